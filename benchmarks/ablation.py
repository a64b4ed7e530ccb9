"""What each modelling choice buys: python benchmarks/ablation.py

Trains on the whole corpus with the default options and with one option changed at a time,
and evaluates on the challenge set (statements written to be unlike the corpus) and on
the seed statements (top-1 in gold). The last two columns count the challenge and probe
statements whose top label, and whose label set, differ from the default model's. The
issue notes and the README quote this table.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.tables import read_table  # noqa: E402

from build import load_probes  # noqa: E402

VARIANTS = {
    "default": {},
    "unigrams only (ngram_max=1)": {"ngram_max": 1},
    "no stemming": {"stem": False},
    "no stance cues (the default before 2026-11-30)": {"stance_cues": False},
    "negation-scope features for every head": {"negation": True},
    "shared stance weights only": {"stance_per_label": False},
    "softmax target head": {"target_head": "softmax"},
    "min_df=2": {"min_df": 2},
    "C=10": {"C": 10.0},
    "stance_C=10 (the default before the ninth wave)": {"stance_C": 10.0},
    "class_weight=balanced": {"class_weight": "balanced"},
}
METRICS = ("top1_in_gold", "macro_f1", "none_f1", "stance_f_avg", "against_f1")


def main() -> int:
    corpus = read_table(ROOT / "datasets" / "corpus")
    challenge = read_table(ROOT / "datasets" / "challenge")
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    outside = pd.concat([challenge, *load_probes().values()], ignore_index=True).text.tolist()
    print(f"trained on {len(corpus)} corpus statements; challenge set {len(challenge)}; seed {len(seeds)}; "
          f"{len(outside)} challenge and probe statements")
    print("| variant | " + " | ".join(METRICS) + " | seed top-1 | fit s | top labels changed | label sets changed |")
    print("|---|" + "---|" * (len(METRICS) + 4))
    default = None
    for name, options in VARIANTS.items():
        started = time.time()
        model = stance.train(corpus, stance_column="stance", **options)
        seconds = time.time() - started
        report = stance.evaluate(model, challenge)
        hits = sum(p.label in parse_label_set(gold)
                   for p, gold in zip(model.classify_many(seeds.text.tolist()), seeds.labels))
        cells = " | ".join(f"{report.metrics[m]:.3f}" for m in METRICS)
        answers = [(p.label, p.labels) for p in model.classify_many(outside)]
        default = default or answers
        changed = [sum(a[k] != b[k] for a, b in zip(answers, default)) for k in (0, 1)]
        print(f"| {name} | {cells} | {hits}/{len(seeds)} | {seconds:.1f} | {changed[0]} | {changed[1]} |", flush=True)
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

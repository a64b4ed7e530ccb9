"""What each modelling choice buys: python benchmarks/ablation.py

Trains on the whole corpus with the default options and with one option changed at a time,
and evaluates on the challenge set (statements written to be unlike the corpus) and on
the seed statements (top-1 in gold). The issue notes quote this table.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.data import parse_label_set, read_table  # noqa: E402

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
    print(f"trained on {len(corpus)} corpus statements; challenge set {len(challenge)}; seed {len(seeds)}")
    print("| variant | " + " | ".join(METRICS) + " | seed top-1 | fit s |")
    print("|---|" + "---|" * (len(METRICS) + 2))
    for name, options in VARIANTS.items():
        started = time.time()
        model = stance.train(corpus, stance_column="stance", **options)
        seconds = time.time() - started
        report = stance.evaluate(model, challenge)
        hits = sum(p.label in parse_label_set(gold)
                   for p, gold in zip(model.classify_many(seeds.text.tolist()), seeds.labels))
        cells = " | ".join(f"{report.metrics[m]:.3f}" for m in METRICS)
        print(f"| {name} | {cells} | {hits}/{len(seeds)} | {seconds:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Reading "cannot" as "can not", measured: python benchmarks/cannot.py

Trains two models on the corpus alone, with ``cannot=False`` (as every model before the
option read "cannot": one word) and ``cannot=True`` (the default since format 11: "can not",
whose "not" opens a negation's scope, as "can't" always was). For the challenge set and the
probes it prints top-1 in gold and stance F_avg, on every statement and on those holding the
word "cannot"; then how many seed statements get a label of their gold set, and each model's
answer to "We cannot leave the Baltic states undefended." The README's "Cannot as can not"
quotes it. Deterministic; under a minute on two cores.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import pandas as pd  # noqa: E402

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.tables import read_table  # noqa: E402

CANNOT = re.compile(r"\bcannot\b", re.IGNORECASE)
BALTIC = "We cannot leave the Baltic states undefended."


def figures(model: stance.StanceModel, frame: pd.DataFrame) -> str:
    """Top-1 in gold and stance F_avg of ``model`` on ``frame``, as the model tables give them."""
    from build import report_for

    metrics = report_for(model, frame).metrics
    return f"top-1 {metrics['top1_in_gold']:.4f} stance F_avg {metrics['stance_f_avg']:.4f}"


def main() -> int:
    from build import load_probes

    corpus = read_table(ROOT / "datasets" / "corpus")
    sets = {"challenge": read_table(ROOT / "datasets" / "challenge"),
            "probes": pd.concat(load_probes().values(), ignore_index=True)}
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    for flag in (False, True):
        model = stance.train(corpus, stance_column="stance", cannot=flag)
        print(f"cannot={flag}")
        for name, frame in sets.items():
            frame = frame[frame.text.notna()]
            holding = frame[frame.text.str.contains(CANNOT)]
            print(f"  {name}: {figures(model, frame)}; the {len(holding)} with \"cannot\": {figures(model, holding)}")
        hits = sum(p.label in parse_label_set(gold)
                   for p, gold in zip(model.classify_many(seeds.text.tolist()), seeds.labels))
        baltic = model.classify(BALTIC)
        print(f"  seed: {hits} of {len(seeds)}; {BALTIC!r}: {baltic.label}, {baltic.stance} "
              f"({baltic.stance_scores[baltic.stance]:.2f})")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run
    raise SystemExit(main())

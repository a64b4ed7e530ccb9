"""Which threshold a label gets when its out-of-fold F1 ties over several grid values.

    python benchmarks/threshold_ties.py            # about a minute and a half: 26 small trainings

Small corpus samples, as they are and with each statement given twice more with a closing
phrase added (near-copies, which land in different threshold folds and make the out-of-fold
answers surer than the model's on new text), each tested on 4,000 other corpus rows. Every
model is trained once; its secondary-label thresholds are then tuned again on the same
out-of-fold answers by each rule:

- lowest: the first grid value at the best F1 (the rule before: 0.05 where all tie);
- middle: the middle of the longest run of grid values at the best F1 (the rule in use);
- highest: the last grid value at the best F1 (the most conservative).

Printed: macro-F1, labels a statement (gold beside it), and how many labels' best F1 held
over more than one grid value. The README's "Labels" section quotes the table. Models
trained on the whole corpus have no tie (stance info shows no "flat"): there every rule
gives the same thresholds. Deterministic.
"""

from __future__ import annotations

import copy
import dataclasses
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance import training  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.tables import read_table  # noqa: E402

CLOSINGS = (" Thank you.", " Frankly.", " We should be honest about that.", " Once again.")
PLAIN = ((100, 6), (200, 6), (400, 6))  # (rows, samples)
COPIED = ((100, 4), (200, 4))


def _lowest(f1: np.ndarray) -> tuple[int, int, int]:
    at_best = np.flatnonzero(f1 >= f1.max() - 1e-12)
    return int(at_best[0]), int(at_best[0]), int(at_best[-1])


def _highest(f1: np.ndarray) -> tuple[int, int, int]:
    at_best = np.flatnonzero(f1 >= f1.max() - 1e-12)
    return int(at_best[-1]), int(at_best[0]), int(at_best[-1])


RULES = {"lowest": _lowest, "middle": training._middle_of_best, "highest": _highest}


def trained(frame):
    """A model of ``frame``, the out-of-fold answers its thresholds were tuned on, and the
    number of its labels whose best F1 tied over several grid values."""
    kept = {}
    tune = training._tune_thresholds

    def keep(out_of_fold, y, labels, options, raised=None, notes=None):
        kept.update(out_of_fold=out_of_fold, y=y, labels=labels, options=options)
        return tune(out_of_fold, y, labels, options, raised, notes)

    training._tune_thresholds = keep
    try:
        model = stance.train(frame, stance_column="stance", progress=False)
    finally:
        training._tune_thresholds = tune
    return model, kept


def thresholds_by_rule(kept: dict) -> tuple[dict[str, np.ndarray], int]:
    chosen, ties = {}, []
    middle = training._middle_of_best
    for name, rule in RULES.items():
        def counted(f1, rule=rule, name=name):
            if name == "middle":
                ties.append(int((f1 >= f1.max() - 1e-12).sum()) > 1)
            return rule(f1)

        training._middle_of_best = counted
        try:
            chosen[name] = training._tune_thresholds(kept["out_of_fold"], kept["y"], kept["labels"], kept["options"])
        finally:
            training._middle_of_best = middle
    return chosen, sum(ties)


def measured(frame, test) -> tuple[dict[str, tuple[float, float]], int, int]:
    model, kept = trained(frame)
    chosen, ties = thresholds_by_rule(kept)
    results = {}
    for name, thresholds in chosen.items():
        variant = copy.copy(model)  # the same model but for its thresholds
        variant.params_ = dataclasses.replace(model.params_, thresholds=np.asarray(thresholds, dtype=float))
        predictions = variant.classify_many(test.text.tolist())
        report = stance.evaluate(variant, test, stance_column="stance")
        results[name] = (report.metrics["macro_f1"], float(np.mean([len(p.labels) for p in predictions])))
    return results, ties, len(kept["labels"]) - 1


def copied(frame, seed: int):
    rng = np.random.RandomState(seed)
    rows = [frame]
    for number in (1, 2):
        rows.append(frame.assign(text=[f"{text}{CLOSINGS[rng.randint(len(CLOSINGS))]} ({number})"
                                       for text in frame.text]))
    import pandas as pd

    return pd.concat(rows, ignore_index=True)


def main() -> int:
    import warnings

    warnings.simplefilter("ignore")
    corpus = read_table(ROOT / "datasets" / "corpus")
    print("| training rows | labels tied | gold labels a statement | lowest | middle (the rule) | highest |")
    print("|---|---|---|---|---|---|")
    for (n, samples), copies in [(size, False) for size in PLAIN] + [(size, True) for size in COPIED]:
        per_rule: dict[str, list[tuple[float, float]]] = {name: [] for name in RULES}
        tied = labels = 0
        gold = []
        for seed in range(samples):
            sample = corpus.sample(n, random_state=100 + seed)
            test = corpus.drop(sample.index).sample(4000, random_state=seed)
            results, ties, count = measured(copied(sample, seed) if copies else sample, test)
            tied, labels = tied + ties, labels + count
            gold.append(np.mean([len(parse_label_set(v)) for v in test.labels]))
            for name, result in results.items():
                per_rule[name].append(result)
        cells = " | ".join(f"{np.mean([r[0] for r in results]):.4f} ({np.mean([r[1] for r in results]):.2f})"
                           for results in per_rule.values())
        what = f"{n} + 2 near-copies each ({3 * n})" if copies else f"{n}"
        print(f"| {what} | {tied} of {labels} | {np.mean(gold):.2f} | {cells} |")
    print("\nEach cell: macro-F1 on 4,000 other corpus rows (labels a statement), the mean over the samples.")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

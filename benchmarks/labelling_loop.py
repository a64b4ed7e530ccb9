"""Measure the labelling loop on the bundled corpus: python benchmarks/labelling_loop.py

1. Label issues: flip 10% of the labels of the corpus at random (m rows) and report how many
   of the top-m flags are flipped rows and how many flipped rows the top 2m flags hold.
   `--label-noise 0.005 0.02 0.1` measures this alone, at each share of labels flipped (a
   few minutes a share on two cores).
2. Active learning: start from 300 random labels, add five rounds of 100 chosen by each
   `suggest` strategy, retrain, and evaluate on 2,500 held-out statements (three seeds);
   prints the mean top-1, macro-F1 and stance F_avg after the last round.

These are the figures the README's "The labelling loop" section quotes. Deterministic; about
five minutes on two cores (2026-12-03, other work running; 92 s on 2026-12-02, before the
default cannot=True and with less running beside it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402

STRATEGIES = ("uncertainty", "entropy", "stance", "random")


def flip_labels(frame: pd.DataFrame, share: float, seed: int) -> tuple[pd.DataFrame, list]:
    rng = np.random.RandomState(seed)
    frame = frame.copy()
    labels = sorted({label for value in frame.labels for label in parse_label_set(value)})
    rows = frame.index[rng.permutation(len(frame))[: int(len(frame) * share)]]
    for row in rows:
        frame.loc[row, "labels"] = rng.choice([x for x in labels if x not in parse_label_set(frame.loc[row, "labels"])])
    return frame, list(rows)


def label_issue_recall(corpus: pd.DataFrame, share: float = 0.10) -> None:
    noisy, flipped = flip_labels(corpus, share, seed=0)
    if not flipped:
        print(f"label issues: {share:.3%} of {len(corpus)} statements flips none; give a larger share")
        return
    # Only the labels were flipped, so only they are checked: without its stance column the frame draws no
    # warning that the check leaves the column out.
    issues = stance.find_label_issues(noisy.drop(columns="stance", errors="ignore"))
    m, flipped = len(flipped), set(flipped)
    print(f"label issues on {len(corpus)} statements, {m} flipped ({share:.1%}): "
          f"{len(flipped & set(issues.index[:m])) / m:.2f} of the top m flags are flipped rows; "
          f"the top 2m flags hold {len(flipped & set(issues.index[:2 * m])) / m:.2f} of the flipped rows; "
          f"all {len(issues)} flags hold {len(flipped & set(issues.index)) / m:.2f}", flush=True)


def active_learning(corpus: pd.DataFrame, strategy: str, seed: int) -> dict[str, float]:
    order = np.random.RandomState(100 + seed).permutation(len(corpus))
    test, labelled, pool = corpus.iloc[order[:2500]], corpus.iloc[order[2500:2800]], corpus.iloc[order[2800:]]
    for round_ in range(6):
        model = stance.train(labelled, stance_column="stance", threshold_folds=0)
        if round_ == 5:
            return stance.evaluate(model, test, stance_column="stance").metrics
        chosen = stance.suggest(model, pool, n=100, strategy=strategy, random_state=seed)
        labelled = pd.concat([labelled, pool.loc[chosen.index]])
        pool = pool.drop(index=chosen.index)
    raise AssertionError("unreachable")


def main(label_noise: list[float] | None = None) -> int:
    corpus = stance.tables.read_table(ROOT / "datasets" / "corpus")
    if label_noise:
        for share in label_noise:
            label_issue_recall(corpus, share)
        return 0
    label_issue_recall(corpus)
    print("active learning, 300 random labels + 5 rounds of 100, mean of 3 seeds, 2,500 test statements:")
    for strategy in STRATEGIES:
        runs = [active_learning(corpus, strategy, seed) for seed in range(3)]
        mean = {k: float(np.mean([r[k] for r in runs])) for k in ("top1_in_gold", "macro_f1", "stance_f_avg")}
        print(f"  {strategy:12s} top-1 {mean['top1_in_gold']:.3f}  macro-F1 {mean['macro_f1']:.3f}  "
              f"stance F_avg {mean['stance_f_avg']:.3f}", flush=True)
    return 0


def _share(text: str) -> float:
    """A share of the labels to flip, above 0 and at most 1 (argparse names the option)."""
    share = float(text)
    if not 0 < share <= 1:
        raise argparse.ArgumentTypeError(f"a share of the labels above 0 and at most 1 expected, got {text}")
    return share


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: ``--help`` describes the run, which takes minutes; ``--label-noise``
    gives the shares of labels to flip, for the label-issue figure alone.

    >>> arguments(["--label-noise", "0.005", "0.1"]).label_noise
    [0.005, 0.1]
    """
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label-noise", type=_share, nargs="+", metavar="SHARE",
                        help="measure only the label issues, with each SHARE of the labels flipped")
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main(arguments().label_noise))

"""The figures the README gives about ``confidence``: python benchmarks/confidence.py

1. per label, below 0.8, on the challenge set and probes (model trained on the corpus);
2. per label, below 0.8, in leave-one-register-out;
3. one calibration map against a map per label, on both;
4. small training sets (100 to 250 corpus rows, 6 samples each, tested on 4,000 others):
   calibrated confidence against the raw probability;
5. the secondary-label thresholds on four splits that played no part in choosing them:
   tuned on out-of-fold rows seen as each fold's own vectoriser sees them (now), on the
   whole data's vectors (before), and a flat 0.5;
6. near ties, on the challenge set and probes: answers whose runner-up label is nearly as
   likely, and how well confidence and the margin over the runner-up tell right answers
   from wrong (AUROC).

Deterministic; about three minutes on two cores. The calibration error is
``stance.evaluation.calibration_error``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import stance  # noqa: E402
from stance import training  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.evaluation import calibration_error  # noqa: E402
from stance.inference import log_odds, sigmoid  # noqa: E402

import build  # noqa: E402
import validate  # noqa: E402

UNSURE = 0.8


def answers(model, frame):
    """Per statement: predicted label, confidence, label probability, and whether it was right."""
    predictions = model.classify_many(frame.text.tolist())
    return {
        "label": np.array([p.label for p in predictions]),
        "confidence": np.array([p.confidence for p in predictions]),
        "probability": np.array([p.scores[p.label] for p in predictions]),
        # the next most probable label's: one-vs-rest heads can give two labels near 1
        "runner_up": np.array([sorted(p.scores.values())[-2] if len(p.scores) > 1 else 0.0 for p in predictions]),
        "right": np.array([p.label in parse_label_set(gold) for p, gold in zip(predictions, frame.labels)]),
    }


def per_label(title: str, result: dict, confidence: np.ndarray | None = None) -> None:
    confidence = result["confidence"] if confidence is None else confidence
    right = result["right"]
    print(f"\n{title}: all {len(right)}, confidence {confidence.mean():.3f}, right {right.mean():.3f}, "
          f"calibration error {calibration_error(confidence, right):.3f}")
    gap = 0.0
    for label in sorted(set(result["label"])):
        rows = result["label"] == label
        unsure = rows & (confidence < UNSURE)
        gap += abs(confidence[rows].mean() - right[rows].mean()) * rows.mean()
        print(f"  {label:16s} n {rows.sum():5d}  confidence {confidence[rows].mean():.3f}"
              f"  right {right[rows].mean():.3f}  | below {UNSURE}: n {unsure.sum():4d}"
              f"  confidence {confidence[unsure].mean():.3f}  right {right[unsure].mean():.3f}")
    print(f"  per-label gap, weighted by size: {gap:.4f}")


def train_keeping_out_of_fold(frame):
    """A model, and the out-of-fold answers its calibration was fitted on."""
    kept = {}
    original = training._calibrate_confidence

    def keep(out_of_fold, notes=None):
        kept["out_of_fold"] = out_of_fold
        return original(out_of_fold, notes)

    training._calibrate_confidence = keep
    try:
        return stance.train(frame, stance_column="stance"), kept["out_of_fold"]
    finally:
        training._calibrate_confidence = original


def near_ties(title: str, result: dict) -> None:
    """How often a sure answer has a runner-up nearly as likely, and how well confidence and
    the margin over the runner-up rank right answers above wrong ones (AUROC)."""
    from sklearn.metrics import roc_auc_score

    right, confidence = result["right"], result["confidence"]
    margin = result["probability"] - result["runner_up"]
    sure = confidence >= 0.99
    tied = sure & (result["runner_up"] >= 0.5)
    print(f"\n{title}: AUROC of confidence {roc_auc_score(right, confidence):.3f}, of the margin over the "
          f"runner-up {roc_auc_score(right, margin):.3f}; confidence 0.99 or more: {sure.sum()} answers, right "
          f"{right[sure].mean():.3f}; of them with a runner-up of 0.5 or more: {tied.sum()}, right "
          f"{right[tied].mean():.3f}")


def label_maps(out_of_fold) -> dict[int, tuple[float, float]]:
    """A calibration map per primary label (the pooled one where a label has too few answers)."""
    probabilities, targets = out_of_fold.probabilities, out_of_fold.targets
    rows = np.arange(len(probabilities))
    primary = probabilities.argmax(axis=1)
    right = targets[rows, primary] == 1
    z = np.clip([log_odds(float(p)) for p in probabilities[rows, primary]], -30, 30)
    pooled = training._platt(z, right)
    return {j: training._platt(z[primary == j], right[primary == j]) or pooled
            for j in range(probabilities.shape[1])}


def mapped(result: dict, maps: dict[int, tuple[float, float]], labels: tuple[str, ...]) -> np.ndarray:
    out = np.empty(len(result["label"]))
    for i, (label, p) in enumerate(zip(result["label"], result["probability"])):
        slope, intercept = maps[labels.index(label)]
        out[i] = sigmoid(slope * np.clip(log_odds(float(p)), -30, 30) + intercept)
    return out


def small_data(corpus) -> None:
    print("\nSmall training sets, tested on 4,000 other corpus rows (mean of 6 samples):")
    for n in (100, 150, 200, 250):
        calibrated, raw, skipped = [], [], 0
        for seed in range(6):
            train = corpus.sample(n, random_state=100 + seed)
            result = answers(stance.train(train, stance_column="stance"),
                             corpus.drop(train.index).sample(4000, random_state=seed))
            calibrated.append(calibration_error(result["confidence"], result["right"]))
            raw.append(calibration_error(result["probability"], result["right"]))
            skipped += result["confidence"].tolist() == result["probability"].tolist()
        print(f"  {n} rows: calibration error {np.mean(calibrated):.3f} calibrated, {np.mean(raw):.3f} raw "
              f"(range {min(calibrated):.3f}-{max(calibrated):.3f} against {min(raw):.3f}-{max(raw):.3f}); "
              f"{skipped} of 6 not calibrated")


def thresholds(corpus) -> None:
    from sklearn.model_selection import GroupShuffleSplit

    from stance.similarity import clusters, similar_pairs

    print("\nSecondary-label thresholds on four other splits (macro-F1 over the 5 labels; share of "
          "statements given two or more labels, gold in brackets):")
    splits = []
    for seed in (11, 12):
        test = np.sort(np.random.RandomState(seed).permutation(len(corpus))[: len(corpus) // 5])
        splits.append((f"random {seed}", np.setdiff1d(np.arange(len(corpus)), test), test))
    groups = clusters(len(corpus), similar_pairs(corpus.text.tolist(), build.PARAPHRASE))
    for seed in (1, 2):
        train, test = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=seed)
                           .split(np.arange(len(corpus)), groups=groups))
        splits.append((f"paraphrase-grouped {seed}", train, test))
    now = training._fold_features
    variants = {"now": ({}, now),
                "before": ({}, lambda x, train, test, idf, min_df, length_floor=None: (x[train], x[test])),
                "flat 0.5": ({"threshold_folds": 0}, now)}
    totals: dict[str, list] = {name: [] for name in variants}
    for split, train_rows, test_rows in splits:
        train, test = corpus.iloc[train_rows], corpus.iloc[test_rows]
        gold_multi = np.mean([len(parse_label_set(g)) > 1 for g in test.labels])
        line = []
        for name, (options, fold_features) in variants.items():
            training._fold_features = fold_features
            try:
                model = stance.train(train, stance_column="stance", **options)
            finally:
                training._fold_features = now
            predictions = model.classify_many(test.text.tolist())
            macro = build.report_for(model, test, predictions).metrics["macro_f1"]
            multi = np.mean([len(p.labels) > 1 for p in predictions])
            totals[name].append((macro, multi))
            line.append(f"{name} {macro:.4f} / {multi:.3f}")
        print(f"  {split:22s} " + ";  ".join(line) + f"  ({gold_multi:.3f})")
    print("  mean: " + ";  ".join(f"{name} {np.mean([m for m, _ in v]):.4f} / {np.mean([r for _, r in v]):.3f}"
                                   for name, v in totals.items()))


def main() -> int:
    corpus = validate.load_corpus()
    challenge = validate.load_corpus(validate.HERE / "challenge")
    outside = pd.concat([challenge, *build.load_probes().values()], ignore_index=True)
    model, out_of_fold = train_keeping_out_of_fold(corpus)
    labels = model.labels
    result = answers(model, outside)
    per_label("Challenge set and probes, one map", result)
    per_label("Challenge set and probes, a map per label", result, mapped(result, label_maps(out_of_fold), labels))
    near_ties("Challenge set and probes, near ties", result)

    pooled = {key: [] for key in result}
    by_label = []
    for register in sorted(set(corpus.register)):
        fold_model, fold_out_of_fold = train_keeping_out_of_fold(corpus[corpus.register != register])
        fold = answers(fold_model, corpus[corpus.register == register])
        for key, values in fold.items():
            pooled[key].append(values)
        by_label.append(mapped(fold, label_maps(fold_out_of_fold), labels))
    loro = {key: np.concatenate(values) for key, values in pooled.items()}
    per_label("Leave-one-register-out, one map", loro)
    per_label("Leave-one-register-out, a map per label", loro, np.concatenate(by_label))

    small_data(corpus)
    thresholds(corpus)
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

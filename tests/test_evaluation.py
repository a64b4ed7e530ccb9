"""Metrics against answers worked out by hand."""

import pytest

import stance
from stance.evaluation import compute_report

LABELS = ("a", "b", "none")


def test_hand_computed_metrics():
    predicted = [("a",), ("a", "b"), ("b",), ("none",)]
    gold = [("a",), ("b", "a"), ("a",), ("b",)]
    report = compute_report(predicted, ["favor", "against", "favor", None],
                            gold, ["favor", "favor", "against", "against"], LABELS, "none")
    m = report.metrics
    # top-1 in gold: a∈{a}, a∈{b,a}, b∉{a}, none∉{b} -> 2/4
    assert m["top1_in_gold"] == pytest.approx(0.5)
    # label a: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8; label b: tp 1, fp 1, fn 1 -> F1 0.5;
    # none: tp 0, fp 1, fn 0 -> F1 0
    per = report.per_label
    assert per["a"]["f1"] == pytest.approx(0.8)
    assert per["b"]["f1"] == pytest.approx(0.5)
    assert per["none"]["f1"] == 0.0
    assert m["macro_f1"] == pytest.approx((0.8 + 0.5 + 0.0) / 3)
    # micro: tp 3, fp 2, fn 2 -> P 0.6, R 0.6
    assert m["micro_f1"] == pytest.approx(0.6)
    # stance favor: tp 1 (row 0), fp 1 (row 2), fn 1 (row 1) -> F1 0.5;
    # against: tp 0, fp 1, fn 2 -> 0
    assert m["favor_f1"] == pytest.approx(0.5)
    assert m["against_f1"] == 0.0
    assert m["stance_f_avg"] == pytest.approx(0.25)
    assert m["stance_accuracy"] == pytest.approx(0.25)


def test_confusion_counts_a_gold_secondary_as_correct():
    report = compute_report([("b",), ("a",)], [None, None], [("a", "b"), ("b",)], None, ("a", "b"), None)
    confusion = report.confusion_frame()
    assert confusion.loc["b", "b"] == 1  # predicted b is among gold {a, b}
    assert confusion.loc["b", "a"] == 1


def test_evaluate_seed_with_the_default_model(seed_frame, default_model):
    report = stance.evaluate(default_model, seed_frame)
    assert report.n == 17
    assert report.metrics["top1_in_gold"] == 1.0  # trained on the seed: it must fit it
    frame = report.to_frame()
    assert {"precision", "recall", "f1", "support"} <= set(frame.columns)
    assert "macro avg" in frame.index and "micro avg" in frame.index
    assert "<table" in report._repr_html_()
    assert "top1_in_gold" in str(report)


def test_cross_validate_with_groups(energy_frame):
    report = stance.cross_validate(energy_frame, folds=8, groups="register", stance_column="stance")
    assert len(report.folds) == energy_frame.register.nunique() == 7
    assert {f["group"] for f in report.folds} == set(energy_frame.register)
    assert set(report.spread) == set(report.metrics)
    assert 0 <= report.metrics["top1_in_gold"] <= 1


def test_cross_validate_stratified(energy_frame):
    report = stance.cross_validate(energy_frame, folds=4, stance_column="stance")
    assert len(report.folds) == 4 and sum(f["n"] for f in report.folds) == len(energy_frame)
    assert report.metrics["top1_in_gold"] > 0.5


def test_plot_confusion(seed_frame, default_model):
    import matplotlib

    matplotlib.use("Agg")
    ax = stance.evaluate(default_model, seed_frame).plot_confusion()
    assert ax.get_xlabel() == "predicted"


def test_stance_value_never_seen_nor_predicted_is_left_out_of_f_avg():
    report = compute_report([("a",), ("a",)], ["favor", "favor"], [("a",), ("a",)], ["favor", "favor"],
                            ("a", "none"), "none", ("against", "favor"))
    assert report.metrics["favor_f1"] == 1.0
    assert report.metrics["against_f1"] != report.metrics["against_f1"]  # NaN: undefined
    assert report.metrics["stance_f_avg"] == 1.0

"""Metrics against answers worked out by hand."""

import html
import json
import math
import os
import re
import shutil
import warnings
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from stance.evaluation import compute_report

ROOT = Path(__file__).resolve().parent.parent

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


def test_tables_list_numbered_labels_as_a_reader_counts():
    # A model lists its labels sorted as text ("code_10" before "code_2"); the report's
    # tables and plot list them as a profile lists its groups, a gold label the model lacks
    # ("code_9") among them, whatever order the rows name them in.
    predicted = [("code_10",), ("code_2",), ("code_9",), ("code_1",)]
    gold = [("code_10",), ("code_2",), ("code_9",), ("code_1",)]
    counted = ["code_1", "code_2", "code_9", "code_10"]
    for order in ([0, 1, 2, 3], [2, 3, 1, 0]):
        report = compute_report([predicted[i] for i in order], [None] * 4, [gold[i] for i in order], None,
                                ("code_1", "code_10", "code_2"), None)
        assert report.confusion_frame().index.tolist() == counted
        assert report.confusion_frame().columns.tolist() == counted
        assert report.to_frame().index.tolist() == [*counted, "macro avg", "micro avg"]
    import matplotlib

    matplotlib.use("Agg")
    ax = report.plot_confusion()
    assert [t.get_text() for t in ax.get_xticklabels()] == counted


def test_plot_confusion_refuses_a_normalize_that_is_no_bool(default_model):
    # normalize="no" is true to Python: the matrix was drawn in shares, not the counts asked for.
    import matplotlib

    matplotlib.use("Agg")
    report = stance.evaluate(default_model, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]}))
    for bad in ("no", "False", 0, None):
        with pytest.raises(stance.InvalidTypeError, match=r"^normalize must be True \(each gold label"):
            report.plot_confusion(normalize=bad)
    ax = report.plot_confusion(normalize=np.False_)  # numpy's bools are the bools they hold: counts
    assert "1" in [text.get_text() for text in ax.texts]
    matplotlib.pyplot.close(ax.figure)


def test_evaluate_seed_with_the_default_model(seed_frame, default_model):
    report = stance.evaluate(default_model, seed_frame)
    assert report.n == 17
    assert report.metrics["top1_in_gold"] == 1.0  # trained on the seed: it must fit it
    frame = report.to_frame()
    assert {"precision", "recall", "f1", "support"} <= set(frame.columns)
    assert "macro avg" in frame.index and "micro avg" in frame.index
    assert "<table" in report._repr_html_()
    assert "top1_in_gold" in str(report)


def _cross_validated_gas_wind_and_hydrogen(each: int, hydrogen: range):
    """Rows of four gas texts and four wind texts, ``each`` of each, and 'hydrogen' rows written in
    gas's words ("Pipelines carry gas N" for N in ``hydrogen``); the frame, its 5-fold
    cross-validation and that of the frame without 'hydrogen'."""
    gas = ["Gas prices must fall {}", "Pipelines carry gas {}", "Cheap gas for homes {}", "Gas storage is full {}"]
    wind = ["Wind turbines at sea {}", "Build more wind farms {}", "Wind power is clean {}", "Turbines on a hill {}"]
    rows = ([(text.format(i), "gas") for text in gas for i in range(each)]
            + [(text.format(i), "wind") for text in wind for i in range(each)]
            + [(f"Pipelines carry gas {i}", "hydrogen") for i in hydrogen])
    data = pd.DataFrame(rows, columns=["text", "labels"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (data, stance.cross_validate(data, folds=5),
                stance.cross_validate(data[data.labels != "hydrogen"], folds=5))


def test_a_cross_validated_report_names_a_label_too_rare_to_learn():
    # A scholar's audit: a label of 6 rows showed F1 0.000 in the cross-validated report and
    # nothing else, where its rows were too few for a fold model to learn it from.
    # gas's words: nothing a model could tell 'hydrogen' by
    _, report, learnt = _cross_validated_gas_wind_and_hydrogen(each=10, hydrogen=range(10, 16))
    assert not report.predictions["labels"].str.split("|").map(lambda names: "hydrogen" in names).any()
    note = ("too few rows to learn: out of fold, 'hydrogen' was never predicted, none of its 6 rows found, each "
            "fold model trained on 4 or 5 of them; label more rows of it, or merge it into another label, before "
            "reading its F1")
    assert note in str(report).splitlines() and f"<p>{html.escape(note)}</p>" in report._repr_html_()
    # 6 rows stratified into 5 folds: each fold holds out 1 or 2 of them, so trains on 4 or 5
    held = {"label": "hydrogen", "rows": 6, "found": 0, "predicted": 0, "training_rows": [4, 5]}
    assert report.rarely_predicted == (held,) and report.to_dict()["rarely_predicted"] == [held]
    assert "rarely_predicted" not in learnt.to_dict() and "too few rows to learn" not in str(learnt)
    from stance.cross_validation import rarely_predicted

    # Almost never: predicted fewer times than a fifth of its rows; of 30 rows or more, not for want of rows.
    gold = [("a",)] * 6 + [("b",)] * 30 + [("c",)] * 10
    guess = [("a",)] * 1 + [("c",)] * 5 + [("c",)] * 30 + [("c",)] * 10
    assert [entry["label"] for entry in rarely_predicted(gold, guess, [range(46)])] == ["a"]
    assert rarely_predicted(gold, [("a",)] * 2 + guess[2:], [range(46)]) == ()
    assert rarely_predicted(gold, guess, [range(46)])[0] == {"label": "a", "rows": 6, "found": 1, "predicted": 1,
                                                             "training_rows": [6, 6]}


def test_a_cross_validated_report_names_a_label_of_many_rows_it_never_learnt():
    # A label of 30 rows or more that the fold models never predicted showed F1 0.000 and nothing
    # else: the "too few rows to learn" note (ab59e560) is for fewer rows. 30 rows of 'hydrogen'
    # written in gas's words ("Pipelines carry gas …"): each fold model trains on 24 of them, and
    # gives them 'gas', which holds the same words.
    data, report, learnt = _cross_validated_gas_wind_and_hydrogen(each=30, hydrogen=range(100, 130))
    predicted = report.predictions["labels"].str.split("|")
    assert not predicted.map(lambda names: "hydrogen" in names).any()
    assert (predicted[data.labels == "hydrogen"].map(tuple) == ("gas",)).all()
    note = ("not learnt, though not for want of rows: out of fold, 'hydrogen' was never predicted, none of its 30 "
            "rows found, each fold model trained on 24 of them, its rows given 'gas' (30); read a sample of its rows "
            "beside those labels' against your labelling guide (the texts may not tell them apart) before reading "
            "its F1")
    assert note in str(report).splitlines() and f"<p>{html.escape(note)}</p>" in report._repr_html_()
    # 30 rows stratified into 5 folds: each holds out 6, so each fold model trains on 24
    held = {"label": "hydrogen", "rows": 30, "found": 0, "predicted": 0, "training_rows": [24, 24],
            "given": [["gas", 30]]}
    assert report.unlearnt == (held,) and report.to_dict()["unlearnt"] == [held]
    assert report.rarely_predicted == () and "too few rows to learn" not in str(report)
    assert "unlearnt" not in learnt.to_dict() and "not learnt" not in str(learnt)
    from stance.cross_validation import unlearnt

    # Almost never (fewer times than a fifth of its rows), of 30 rows or more; a label of fewer is rarely_predicted's.
    gold = [("a",)] * 6 + [("b",)] * 30 + [("c",)] * 10
    guess = [("c",)] * 6 + [("b",)] * 6 + [("c",)] * 24 + [("c",)] * 10
    assert unlearnt(gold, guess, [range(46)]) == ()  # 6 of 30, a fifth: learnt a little
    guess = [("c",)] * 6 + [("b",)] * 5 + [("c", "a")] * 20 + [()] * 5 + [("c",)] * 10
    assert unlearnt(gold, guess, [range(46)]) == ({"label": "b", "rows": 30, "found": 5, "predicted": 5,
                                                   "training_rows": [30, 30], "given": [["a", 20], ["c", 20]]},)


def test_a_label_predicted_often_but_never_right_is_not_said_too_rare_to_learn():
    # A review of ab59e560: a label of 10 rows that the fold models gave 30 rows of another label,
    # and none of its own, was listed in report.rarely_predicted and told "too few rows to learn:
    # out of fold, 'a' was predicted 30 times and found on 0 of its 10 rows", as ab59e560 counted
    # only the rows it was found on. Predicted three times as often as it is written, it was learnt,
    # and mistaken for 'b' (the confusion table's to read); "almost never predicted" it is not.
    from stance.cross_validation import rarely_predicted
    from stance.report import EvaluationReport

    gold = [("a",)] * 10 + [("b",)] * 40
    often = [("b",)] * 10 + [("a",)] * 30 + [("b",)] * 10
    assert rarely_predicted(gold, often, [range(50)]) == ()
    report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=50,
                              rarely_predicted=rarely_predicted(gold, often, [range(50)]))
    assert "too few rows to learn" not in str(report) and "rarely_predicted" not in report.to_dict()
    # Once on 'b's rows and never on its own: almost never predicted (1 of 10), and named so; twice is a fifth.
    once = [("b",)] * 10 + [("a",)] + [("b",)] * 39
    assert rarely_predicted(gold, once, [range(50)]) == (
        {"label": "a", "rows": 10, "found": 0, "predicted": 1, "training_rows": [10, 10]},)
    assert rarely_predicted(gold, [("b",)] * 10 + [("a",)] * 2 + [("b",)] * 38, [range(50)]) == ()


def test_cross_validate_with_groups(energy_frame):
    report = stance.cross_validate(energy_frame, folds=8, groups="register", stance_column="stance")
    assert len(report.folds) == energy_frame.register.nunique() == 7
    assert {f["group"] for f in report.folds} == set(energy_frame.register)
    assert set(report.spread) == set(report.metrics)
    assert 0 <= report.metrics["top1_in_gold"] <= 1
    # Fewer folds than groups: a fold holds several groups and is named by all of them, and
    # its size is theirs (it was named by the first group only; the tenth user audit).
    three = stance.cross_validate(energy_frame, folds=3, groups="register", stance_column="stance")
    sizes = energy_frame.register.value_counts()
    assert sorted(g for f in three.folds for g in f["group"].split("+")) == sorted(sizes.index)
    assert all(f["n"] == sum(sizes[g] for g in f["group"].split("+")) for f in three.folds)
    assert three.to_dict()["folds"] == three.folds


def test_a_cross_validated_report_says_how_its_folds_were_drawn(energy_frame):
    # A user audit: the report said "Evaluation on 60 statements", and 4 speakers with the
    # default folds=5 ran 4 folds (leave-one-group-out) without a word.
    cases = [({"folds": 8, "groups": "register"}, "Cross-validated (7 folds, grouped by register: leave-one-group-out, "
                                                  "since there are 7 groups, fewer than folds=8)",
              {"folds": 7, "folds_asked": 8, "groups": 7, "grouped_by": "register", "leave_one_group_out": True}),
             ({"folds": 7, "groups": energy_frame.register.rename("source")},
              "Cross-validated (7 folds, grouped by source: leave-one-group-out)",
              {"folds": 7, "folds_asked": 7, "groups": 7, "grouped_by": "source", "leave_one_group_out": True}),
             ({"folds": 3, "groups": energy_frame.register.to_numpy()}, "Cross-validated (3 folds, grouped)",
              {"folds": 3, "folds_asked": 3, "groups": 7, "grouped_by": None, "leave_one_group_out": False}),
             ({"folds": 3}, "Cross-validated (3 folds)",
              {"folds": 3, "folds_asked": 3, "groups": None, "grouped_by": None, "leave_one_group_out": False})]
    for arguments, title, held in cases:
        report = stance.cross_validate(energy_frame, stance_column="stance", **arguments)
        assert str(report).startswith(f"{title} on 64 statements\n")
        assert f"<p><b>{title} on 64 statements</b></p>" in report._repr_html_()
        held = {**held, "options": {}, "random_state": 0}  # the folds' training options, none given
        assert report.cross_validation == held and len(report.folds) == held["folds"]
        assert report.to_dict()["cross_validation"] == held
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming."],
                         "labels": ["unity", "none"]})
    plain = stance.evaluate(None, gold)
    assert plain.cross_validation == {} and "cross_validation" not in plain.to_dict()
    assert str(plain).startswith("Evaluation on 2 statements\n")


def test_a_report_carries_the_baseline_of_always_guessing_the_commonest_label_and_stance(energy_frame):
    # A teacher's audit: top1_in_gold 0.385 was printed with no word that always guessing the
    # commonest label scores 0.46, which stance check computes and warns of already.
    labels = energy_frame.labels.str.split("|").explode().value_counts()  # a row of two labels counts for each
    commonest = sorted(labels.index[labels == labels.max()])[0]
    judged = energy_frame.stance[energy_frame.labels != "none"].dropna().value_counts()
    expected = {"label": commonest, "top1_in_gold": labels[commonest] / len(energy_frame),
                "stance": sorted(judged.index[judged == judged.max()])[0],
                "stance_accuracy": judged.max() / judged.sum()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = stance.cross_validate(energy_frame, stance_column="stance")
    assert report.baseline == pytest.approx(expected) and report.to_dict()["baseline"] == pytest.approx(expected)
    line = (f"  baseline: always guessing '{expected['label']}': top1_in_gold {expected['top1_in_gold']:.3f}; "
            f"always '{expected['stance']}': stance_accuracy {expected['stance_accuracy']:.3f}")
    assert line in str(report).splitlines(), str(report)
    assert html.escape(line.strip()) in report._repr_html_()
    # These fold models beat it on the labels, not on the stance (64 rows are few for it): warned
    # of the stance alone, in stance check's words.
    assert report.metrics["top1_in_gold"] > expected["top1_in_gold"]
    assert report.metrics["stance_accuracy"] <= expected["stance_accuracy"]
    said = [str(w.message) for w in caught if "no better than always guessing" in str(w.message)]
    assert len(said) == 1 and re.match(rf"out of fold, the 5 fold models picked the gold stance for \d+% of the rows "
                                       rf"with one, no better than always guessing '{expected['stance']}' \(50%\): "
                                       rf"they learnt too little from 64 rows", said[0]), said
    # A model that learnt nothing of these labels is warned of, in stance check's words.
    gold = pd.DataFrame({"text": ["Lower taxes will grow the economy", "Raise the minimum wage",
                                  "Austerity has failed", "Good morning everyone"],
                         "labels": ["economy", "economy", "economy", "none"],
                         "stance": ["support", "support", "oppose", None]})
    with pytest.warns(stance.StanceWarning, match=r"^the model put a gold label first for 25% of the rows, no better "
                                                  r"than always guessing the commonest label \('economy', 75%\)"):
        report = stance.evaluate(None, gold)
    assert report.baseline == pytest.approx({"label": "economy", "top1_in_gold": 0.75, "stance": "support",
                                             "stance_accuracy": 2 / 3})
    # One label in every row is no bar: a perfect model ties with it, unwarned.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        perfect = stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]}))
    assert perfect.baseline == {"label": "unity", "top1_in_gold": 1.0}


def test_a_report_pickled_before_it_kept_a_baseline_reads_none_and_each_group_holds_its_own(energy_frame):
    # A review of efa56f8: report.baseline raised AttributeError on a report pickled before it
    # had one, and the records of by='s groups in to_dict() held no baseline.
    import pickle

    gold = pd.DataFrame({"text": ["Lower taxes will grow the economy", "Raise the minimum wage",
                                  "Austerity has failed", "Good morning everyone"],
                         "labels": ["economy", "economy", "none", "none"], "party": ["a", "a", "a", "b"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(None, gold, by="party")
    old = pickle.loads(pickle.dumps(report))
    del old.__dict__["baseline"]  # as an older report's state holds no such field
    old = pickle.loads(pickle.dumps(old))
    assert old.baseline is None and "baseline" not in old.to_dict() and "baseline:" not in str(old)
    groups = {group["group"]: group for group in report.to_dict()["groups"]}
    assert groups["a"]["baseline"] == pytest.approx({"label": "economy", "top1_in_gold": 2 / 3})
    assert groups["b"]["baseline"] == {"label": "none", "top1_in_gold": 1.0}


def test_the_printed_spread_says_it_is_the_standard_deviation_across_folds(energy_frame):
    # A teacher's audit: "±" in a cross-validated report was not explained anywhere it is shown.
    report = stance.cross_validate(energy_frame, folds=4)
    note = "± standard deviation across the 4 folds; see intervals() for a confidence interval"
    assert f"  {note}" in str(report).splitlines()
    assert note in report._repr_html_()
    gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
    assert "±" not in str(stance.evaluate(None, gold)) + stance.evaluate(None, gold)._repr_html_()


def test_a_metric_of_one_fold_has_an_unknown_spread_said_with_its_count_of_folds(energy_frame):
    # A metric defined in one fold only was printed "± 0.000", as if known not to vary: the
    # 3 neutral rows are all in group 'zz', held out in one of the 8 folds.
    frame = energy_frame.copy()
    frame.loc[frame.index[frame.stance == "favor"][::6][:3], ["stance", "register"]] = ["neutral", "zz"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.cross_validate(frame, folds=8, groups="register", threshold_folds=0)
    defined = [fold["group"] for fold in report.folds if not math.isnan(fold["neutral_f1"])]
    assert defined == ["zz"] and len(report.folds) == 8  # the data as built: neutral_f1 of one fold
    assert math.isnan(report.spread["neutral_f1"]) and math.isnan(report.summary().loc["neutral_f1", "sd"])
    assert report.to_dict()["spread"]["neutral_f1"] is None
    line = next(line for line in str(report).splitlines() if line.lstrip().startswith("neutral_f1"))
    assert line.endswith(" ± n/a (1 of 8 folds)") and "0.000 ±" in line
    assert "± n/a (1 of 8 folds)" in report._repr_html_().replace("&plusmn;", "±")
    # A metric of every fold keeps its plain spread, with no count.
    favor = next(line for line in str(report).splitlines() if line.lstrip().startswith("favor_f1"))
    assert favor.endswith(f"± {report.spread['favor_f1']:.3f}") and not math.isnan(report.spread["favor_f1"])

def test_cross_validate_with_groups_says_what_a_fold_could_not_learn(energy_frame):
    # A held-out group with every row of a label was scored 0 for it without a word, a
    # spread with a fold's NaN was NaN, and missing groups made one group "nan".
    frame = energy_frame.assign(party=["nukes" if labels == "nuclear" else ("a", "b")[i % 2]
                                       for i, labels in enumerate(energy_frame.labels)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = stance.cross_validate(frame, folds=3, groups="party", stance_column="stance")
    ours = [str(w.message) for w in caught if w.category is stance.StanceWarning
            and "no better than always guessing" not in str(w.message)]  # the baseline's, which has its own test
    assert len(ours) == 1 and "every row of label(s) ['nuclear'] in 'nukes' is in one held-out group" in ours[0]
    assert [f["top1_in_gold"] for f in report.folds if f["group"] == "nukes"] == [0.0]
    assert all(not math.isnan(value) for value in report.spread.values())
    frame.loc[frame.index[[4, 9]], "party"] = [None, float("nan")]
    with pytest.raises(stance.InvalidInputError, match=r"^groups: rows 4, 9 have no group"):
        stance.cross_validate(frame, folds=3, groups="party")


@pytest.mark.parametrize("held_out", ["a", "zz"])
def test_cross_validate_scores_every_stance_value_whichever_fold_lacks_one(energy_frame, held_out):
    # The pooled report took its stance values from the last fold's model: with every row of
    # a third value in the group held out last, no neutral_f1 though six rows are neutral;
    # held out first, a KeyError as the spread looked for it in every fold.
    frame = energy_frame.copy()
    neutral = frame.index[frame.stance == "favor"][::4][:6]
    frame.loc[neutral, ["stance", "register"]] = ["neutral", held_out]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.cross_validate(frame, folds=8, groups="register", threshold_folds=0)
    assert [f["group"] for f in report.folds][0 if held_out == "a" else -1] == held_out
    # The fold that held out every neutral row trained no neutral, so none was predicted right.
    assert report.metrics["neutral_f1"] == 0.0
    lacking = next(f for f in report.folds if f["group"] == held_out)
    assert lacking["neutral_f1"] == 0.0 and all("neutral_f1" in f for f in report.folds)
    assert set(report.spread) == set(report.metrics)
    assert not any(math.isnan(value) for value in report.spread.values())
    assert set(report.per_label) >= {"gas", "none", "nuclear", "renewables"}
    predicted = report.predictions.stance
    assert report.metrics["stance_accuracy"] == pytest.approx(
        (predicted[frame.stance.notna()] == frame.stance[frame.stance.notna()]).mean())


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_cross_validate_refuses_a_blank_group_as_it_does_a_missing_one(energy_frame, blank):
    # A user audit: an empty string was a group of its own, named '' (a fold "'+Grüne'", a warning
    # "(in '' and 'CDU/CSU')"), where NaN, or the same file read by the command line, was refused.
    frame = energy_frame.assign(party=[("a", "b")[i % 2] for i in range(len(energy_frame))])
    frame.loc[[4, 9], "party"] = [blank, None]
    with pytest.raises(stance.InvalidInputError, match=r"^groups: rows 4, 9 have no group \(a missing or blank "
                                                       r"value\); give every row a group, or leave those rows out$"):
        stance.cross_validate(frame, folds=3, groups="party")
    with pytest.raises(stance.InvalidInputError, match=r"^groups: rows 4, 9 have no group"):
        stance.cross_validate(frame, folds=3, groups=frame.party.tolist())


def test_folds_that_cannot_train_the_stance_head_are_named_as_the_folds_fault(energy_frame):
    # Three 'against' rows of one text train (two stance values, 3 rows each), but the fold
    # that holds them out keeps only 'favor': cross_validate and find_label_issues said the data
    # had one stance value. (One 'against' row, which trained so, is refused since a notebook
    # user's audit: see test_training.)
    frame = energy_frame.copy()
    targets = frame.index[frame.labels != "none"]
    frame.loc[targets, "stance"] = "favor"
    frame.loc[targets[5:8], "stance"] = "against"
    frame.loc[targets[6:8], ["text", "labels"]] = frame.loc[targets[5], ["text", "labels"]].tolist()
    assert stance.train(frame, stance_column="stance").stance_classes == ("against", "favor")
    lone = (rf"stance_column='stance': the training rows of fold \d of 3 keep one stance value, 'favor': every "
            rf"row of 'against' \(3: rows {targets[5]}, {targets[6]}, {targets[7]}\) is held out in that fold")
    with pytest.raises(stance.InvalidInputError, match=lone):
        stance.cross_validate(frame, folds=3)
    with pytest.raises(stance.InvalidInputError, match=lone):
        stance.find_label_issues(frame, folds=3, stance_column="stance")
    # A third value with 3 rows trains (3 each, with 3 threshold folds), but over 5 folds
    # some training fold loses one of them: each fold's fit named rows by their place in it.
    frame = energy_frame.copy()
    frame.loc[targets[[0, 10, 20]], "stance"] = "neutral"
    assert stance.train(frame, stance_column="stance").stance_classes == ("against", "favor", "neutral")
    # It said "a training fold of the 5-fold split", where the other fold errors name the fold.
    with pytest.raises(stance.InvalidInputError, match=r"^stance_column='stance': the training rows of fold \d of 5 "
                                                        r"keep too few rows of 'neutral' \([12] of 3\)") as raised:
        stance.cross_validate(frame, folds=5)
    fold, kept = map(int, re.search(r"fold (\d) of 5 .*'neutral' \((\d) of 3\)", str(raised.value)).groups())
    tests, _ = stance.data.shuffled_folds(frame.text.tolist(), [stance.data.parse_label_set(v) for v in frame.labels],
                                          frame.stance.tolist(), 5, 0)
    held_out = [len({0, 10, 20} & {targets.get_loc(i) for i in frame.index[test] if i in targets}) for test in tests]
    # the first fold that holds a 'neutral' row out, and as many kept as it leaves
    assert (fold, kept) == (next(k for k, n in enumerate(held_out, 1) if n), 3 - held_out[fold - 1])
    # Too few in the whole data: said as training says it, with the data's own row names.
    frame.loc[targets[[10, 20]], "stance"] = "favor"
    with pytest.raises(stance.InvalidInputError, match=rf"too few for 'neutral' \(1: row {targets[0] + 100}\)"):
        stance.cross_validate(frame.set_axis(frame.index + 100), folds=3)


def test_a_label_too_rare_for_any_number_of_folds_is_named_with_its_rows_and_advice_that_can_work(energy_frame):
    # Two rows of a label whose training folds need two each were told "use more folds", which
    # no number of folds makes work (a fold holding out one keeps one); one row was told
    # "too few in all" without its row, which training names.
    frame = energy_frame.copy()
    frame.loc[[0, 1], "labels"] = "geothermal"
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels: the training rows of fold \d of 5 keep too few rows of 'geothermal' \(1 of 2\) "
                             r"\(need 2\); no number of folds helps, since a fold that holds out one of its rows "
                             r"keeps too few: add rows of 'geothermal' \(2: rows 0, 1\), or merge or drop them$"), \
            warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)  # the error alone: no warning of folds never run
        stance.cross_validate(frame, threshold_folds=0)
    # Several such labels: only the first fold's was named, so a user fixed them one run at a time.
    frame = energy_frame.copy()
    rare = ["biomass", "coal", "geothermal", "hydro", "tidal", "wave"]
    for k, label in enumerate(rare):
        frame.loc[[2 * k, 2 * k + 1], "labels"] = label
    added = ", ".join(rf"'{label}' \(2: rows {2 * k}, {2 * k + 1}\)" for k, label in enumerate(rare))
    with pytest.raises(stance.InvalidInputError, match=rf"; no number of folds helps, .*: add rows of {added}, or "
                                                       rf"merge or drop them$") as raised:
        stance.cross_validate(frame, threshold_folds=0)
    # The warning of folds that run (not of these, refused) cut the list at five without a word.
    from stance.evaluation import _warn_of_rare_labels

    with pytest.warns(stance.StanceWarning, match=r"^primary label\(s\) \['biomass', 'coal', 'geothermal', "
                                                  r"'hydro', 'renewables'\] and 2 more have fewer than folds=5"):
        _warn_of_rare_labels(["biomass", "coal", "geothermal", "hydro", "renewables", "tidal", "wave"], 5)
    fold = re.search(r"keep too few rows of (.*) \(need 2\); other folds keep too few of (.*) as well;",
                     str(raised.value))
    assert sorted(re.findall(r"'(\w+)'", fold[1]) + re.findall(r"'(\w+)'", fold[2])) == rare
    frame = energy_frame.copy()
    frame.loc[0, "labels"] = "nuclear|hydrogen"
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels: too few rows of 'hydrogen' \(1: row 0\) in all for any number of folds: a "
                             r"training fold needs 2 rows of every label; add rows of these labels, or correct, merge "
                             r"or drop them$"):
        stance.cross_validate(frame, threshold_folds=0)
    # The same of a third stance value with as many rows as a training fold needs of it.
    frame = energy_frame.copy()
    targets = frame.index[frame.labels != "none"]
    frame.loc[targets[[0, 10, 20]], "stance"] = "neutral"
    with pytest.raises(stance.InvalidInputError,
                       match=rf"'neutral' \([12] of 3\): with more than two stance values each needs 3; no number of "
                             rf"folds helps, .*: add rows of 'neutral' \(3: rows {targets[0]}, {targets[10]}, "
                             rf"{targets[20]}\), or merge or drop them$"):
        stance.cross_validate(frame, folds=5)


def test_cross_validate_names_ten_of_many_labels_too_rare_for_any_fold_and_counts_the_others():
    # A column of texts given as the labels: every label of one row, each compared with every
    # other and each named (300 rows of 2 KB texts took 76 s and 2,000 minutes; 500 made 47,263
    # characters).
    speeches = [f"Speech {i:03d}: the allies must stand together on the eastern flank, said minister {i}."
                for i in range(200)]
    frame = pd.DataFrame({"text": [f"Row {i} of the file." for i in range(200)], "labels": speeches})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(stance.InvalidInputError) as raised:
            stance.cross_validate(frame)
    said = str(raised.value)
    # Each label too rare in all, whichever fold trains on it: one fold's named only its own.
    named = ", ".join(f"{speeches[i]!r} (1: row {i})" for i in range(10))
    assert said.startswith(f"labels: too few rows of {named} and 190 more labels in all for any number of folds"), said
    assert len(said) < 2_000, len(said)  # the 200 named: 15,984 characters


def test_cross_validate_names_a_misspelt_rare_label_with_the_other_problems_as_training_does(energy_frame):
    # A teacher's audit: a file with a row of no label, a label in capitals and a typo
    # ("climat_action" once) was told 2 problems by cross_validate and 3 by train; the typo
    # came a run later, with no word of the label it misspells.
    frame = energy_frame.copy()
    frame.loc[0, "labels"] = None
    frame.loc[1, "labels"] = frame.loc[1, "labels"].upper()
    frame.loc[2, "labels"] = "nucelar"
    with pytest.raises(stance.InvalidInputError, match=r"^3 problems:") as raised:
        stance.cross_validate(frame)
    assert re.search(r"\(3\) labels_column='labels': each label needs at least 3 examples; too few for 'nucelar' "
                     r"\(1: row 2; a typo of 'nuclear'\?\)", str(raised.value)), raised.value
    # The other two corrected, the fold check names the label it misspells too.
    frame.loc[0, "labels"], frame.loc[1, "labels"] = energy_frame.loc[0, "labels"], energy_frame.loc[1, "labels"]
    with pytest.raises(stance.InvalidInputError, match=r"^labels: too few rows of 'nucelar' \(1: row 2; a typo of "
                                                       r"'nuclear'\?\) in all for any number of folds"):
        stance.cross_validate(frame)


def test_a_joined_label_too_rare_for_any_fold_is_told_to_join_them_with_a_bar_as_training_tells_it(energy_frame):
    # A review of 6ac19d5: "nuclear;gas" once was told "a typo of 'nuclear'?" by the fold check,
    # where training tells it the labels are joined by ';' and to join them with '|'.
    frame = energy_frame.copy()
    frame.loc[2, "labels"] = "nuclear;gas"
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels: too few rows of 'nuclear;gas' \(1: row 2; the labels 'nuclear' and 'gas' "
                             r"joined by ';'\? join them with '\|', 'nuclear\|gas'\) in all for any number of folds"), \
            pytest.warns(stance.StanceWarning, match="joined"):
        stance.cross_validate(frame)


def test_cross_validate_names_a_misspelt_rare_label_beside_a_misspelt_stance_value_as_training_does(energy_frame):
    # A misspelt stance value ('favour' once beside 'favor' and 'against') and a misspelt label
    # ('nucelar' once) were 2 problems to train, but cross_validate named the stance alone, the
    # label a run later: it names both, as training does, in training's order.
    frame = energy_frame.copy()
    frame.loc[3, "stance"] = "favour"
    frame.loc[5, "labels"] = "nucelar"
    for run in (stance.train, stance.cross_validate):
        with pytest.raises(stance.InvalidInputError, match=r"^2 problems:") as raised:
            run(frame, stance_column="stance")
        assert re.search(r"\(1\) labels: each label needs at least 3 examples; too few for 'nucelar' \(1: row 5; "
                         r"a typo of 'nuclear'\?\).*\n  \(2\) stance(_column='stance')?: with more than two stance "
                         r"values each needs at least 3 examples; too few for 'favour' \(1: row 3; a typo of "
                         r"'favor'\?\)", str(raised.value)), raised.value


def test_cross_validate_names_a_merely_rare_label_beside_a_misspelt_stance_value_as_training_does(energy_frame):
    # Beside a misspelt stance value ('favour' once), a rare label that misspells none ('hydro'
    # once) was named by training but not by cross_validate, which named only a misspelt one:
    # it lists every problem training lists, in training's order; alone, the fold check names it.
    frame = energy_frame.copy()
    frame.loc[3, "stance"] = "favour"
    frame.loc[5, "labels"] = "hydro"
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(), pytest.raises(stance.InvalidInputError, match=r"^2 problems:") as raised:
            warnings.simplefilter("ignore")
            run(frame, stance_column="stance")
        assert re.search(r"\(1\) labels: each label needs at least 3 examples; too few for 'hydro' \(1: row 5\)\..*\n"
                         r"  \(2\) stance(_column='stance')?: with more than two stance values each needs at least 3 "
                         r"examples; too few for 'favour' \(1: row 3; a typo of 'favor'\?\)", str(raised.value)), \
            raised.value
    frame.loc[3, "stance"] = energy_frame.loc[3, "stance"]
    with warnings.catch_warnings(), pytest.raises(stance.InvalidInputError,
                                                  match=r"^labels: too few rows of 'hydro' \(1: row 5\) in all"):
        warnings.simplefilter("ignore")
        stance.cross_validate(frame, stance_column="stance")


def test_cross_validate_offers_threshold_folds_0_beside_the_other_problems_only_where_it_helps(energy_frame):
    # A review of 6ac19d5: two rows of "nucelar" beside a row of no label were told "or pass
    # threshold_folds=0", training's advice, which cross_validate then refused ("no number of
    # folds helps"): a fold that holds out one of two keeps one, and needs 2.
    frame = energy_frame.copy()
    frame.loc[0, "labels"] = None
    frame.loc[[2, 3], "labels"] = "nucelar"
    with pytest.raises(stance.InvalidInputError, match=r"^2 problems:") as raised:
        stance.cross_validate(frame)
    assert re.search(r"too few for 'nucelar' \(2: rows 2, 3; a typo of 'nuclear'\?\)\. Add examples, correct typos, "
                     r"merge these labels into others or drop their rows$", str(raised.value)), raised.value
    frame.loc[0, "labels"] = energy_frame.loc[0, "labels"]
    with pytest.raises(stance.InvalidInputError, match=r"no number of folds helps"):
        stance.cross_validate(frame, threshold_folds=0)
    # Three rows, where the threshold folds ask four, can cross-validate with threshold_folds=0:
    # offered, as training offers it, and it then cross-validates.
    frame.loc[0, "labels"] = None
    frame.loc[4, "labels"] = "nucelar"
    with pytest.raises(stance.InvalidInputError, match=r"^2 problems:") as raised:
        stance.cross_validate(frame, threshold_folds=4)
    assert re.search(r"too few for 'nucelar' \(3: rows 2, 3, 4; a typo of 'nuclear'\?\)\. .* \(or pass "
                     r"threshold_folds=0, on the command line --option threshold_folds=0, which needs 2: the 4 are one "
                     r"per fold of tuning the second-label thresholds, and without them every label's second-label "
                     r"threshold stays 0\.5 and its confidence is not calibrated\)$", str(raised.value)), raised.value
    frame.loc[0, "labels"] = energy_frame.loc[0, "labels"]
    assert stance.cross_validate(frame, threshold_folds=0).n == len(frame)


def test_threshold_folds_0_is_offered_for_a_rare_label_only_when_it_can_cross_validate(energy_frame):
    # An audit by a political scientist: two rows of a label were told "or pass
    # threshold_folds=0", which then refused them too: its training folds need 2, and the fold
    # that holds out one of the two keeps 1. Three rows it can cross-validate, and is offered.
    frame = energy_frame.copy()
    frame.loc[[0, 1], "labels"] = "geothermal"
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels: too few rows of 'geothermal' \(2: rows 0, 1\) in all for any number of folds: "
                             r"a training fold needs 3 rows of every label; add rows of these labels, or correct, "
                             r"merge or drop them$"):
        stance.cross_validate(frame)
    frame.loc[2, "labels"] = "geothermal"
    with pytest.raises(stance.InvalidInputError, match=r"keep too few rows of 'geothermal' \(2 of 3\) \(need 3\); .* "
                                                       r"or merge or drop them, or pass threshold_folds=0$"):
        stance.cross_validate(frame)
    assert stance.cross_validate(frame, threshold_folds=0).n == len(frame)
    # Two folds hold out up to 2 of the 3 rows, keeping 1 where threshold_folds=0 needs 2: the
    # offer says the folds it needs (ceil(3 / (3 - 2)) = 3), which then cross-validate.
    with pytest.raises(stance.InvalidInputError, match=r"keep too few rows of 'geothermal' \([12] of 3\) .* "
                                                       r"or pass threshold_folds=0 with folds=3 or more$"):
        stance.cross_validate(frame, folds=2)
    # More folds are advised by the fewest that train, which then cross-validate.
    with pytest.raises(stance.InvalidInputError, match=r"pass folds=3, the fewest more folds that train, or add "):
        stance.cross_validate(frame, folds=2, threshold_folds=0)
    assert stance.cross_validate(frame, folds=3, threshold_folds=0).n == len(frame)
    # A review: folds that hold out whole groups may put two of its groups in one fold, whatever
    # their number: each group held out alone is offered, and then cross-validates.
    frame["group"] = [f"g{i % 8}" for i in range(len(frame))]
    frame.loc[[0, 1, 2], "labels"] = energy_frame.loc[[0, 1, 2], "labels"]
    frame.loc[[0, 1, 3], "labels"] = "geothermal"
    with pytest.raises(stance.InvalidInputError, match=r"or pass threshold_folds=0 with folds=8 \(each group held "
                                                       r"out alone\)$"):
        stance.cross_validate(frame, folds=2, groups="group")
    assert stance.cross_validate(frame, folds=8, groups="group", threshold_folds=0).n == len(frame)


def _manifesto_frame(rare_groups):
    # A Manifesto-style coding: three common codes spread over 20 manifestos, and '414'
    # coded in a few manifestos only (rare_groups: the group of each of its rows).
    codes = ["000", "413", "505"] * 100 + ["414"] * len(rare_groups)
    return pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                         "codes": codes, "manifesto": [f"m{i % 20}" for i in range(300)] + list(rare_groups)})


@pytest.mark.filterwarnings("ignore:groups. .* texts are in more than one group")
def test_with_groups_a_label_concentrated_in_few_groups_is_not_told_to_use_more_folds():
    # A user audit: '414' has 5 rows, 3 in 'm_nl' and 2 in 'm_fr', and a training fold needs
    # 3; every grouped fold holding 'm_nl' out keeps 2, at any number of folds, yet each
    # refusal (folds=5, 10, 22) said "use more folds".
    frame = _manifesto_frame(["m_nl"] * 3 + ["m_fr"] * 2)
    for folds in (5, 10, 22):
        with pytest.raises(stance.InvalidInputError) as raised:
            stance.cross_validate(frame, folds=folds, groups="manifesto", labels_column="codes", none_label="000")
        message = str(raised.value)
        assert "use more folds" not in message
        assert re.search(r"^labels: the training rows of fold \d+ of \d+ keep too few rows of '414' \(2 of 5\) "
                         r"\(need 3\); the 5 rows of '414' are concentrated in 2 groups \('m_nl' 3, 'm_fr' 2\), and "
                         r"a fold that holds out 'm_nl' keeps 2 of them, so no number of folds helps: add rows of "
                         r"'414' in other groups, or merge or drop it, or pass threshold_folds=0"
                         + (r" with folds=22 \(each group held out alone\)$" if folds < 22 else "$"), message), message
    # The advice works: a training fold of threshold_folds=0 needs 2, and every one keeps 2 or 3.
    report = stance.cross_validate(frame, folds=22, groups="manifesto", labels_column="codes", none_label="000",
                                   threshold_folds=0)
    assert report.cross_validation["leave_one_group_out"] and report.n == 305
    # Spread over groups, more folds do help (each group then held out alone), and are advised:
    # with 2 folds some fold holds out two of '414''s three groups.
    frame = _manifesto_frame(["m_nl", "m_nl", "m_fr", "m_fr", "m_de", "m_de"])
    with pytest.raises(stance.InvalidInputError,
                       match=r"keep too few rows of '414' \(2 of 6\) \(need 3\); pass folds=23 or more \(each "
                             r"group held out alone, which keeps enough\), or add examples of these labels, or "
                             r"pass threshold_folds=0$"):
        stance.cross_validate(frame, folds=2, groups="manifesto", labels_column="codes", none_label="000")
    assert stance.cross_validate(frame, folds=23, groups="manifesto", labels_column="codes",
                                 none_label="000").n == 306
    # The same of a third stance value, whose refusal said "use more folds" as well.
    frame = _manifesto_frame([])
    frame["stance"] = [None if code == "000" else ("favor", "against")[i % 2] for i, code in enumerate(frame.codes)]
    neutral = frame.index[frame.codes != "000"][:5]
    frame.loc[neutral, "stance"], frame.loc[neutral, "manifesto"] = "neutral", ["m_nl"] * 3 + ["m_fr"] * 2
    with pytest.raises(stance.InvalidInputError,
                       match=r"^stance_column='stance': the training rows of fold \d+ of 22 keep too few rows of "
                             r"'neutral' \(2 of 5\): with more than two stance values each needs 3; the 5 rows of "
                             r"'neutral' are concentrated in 2 groups \('m_nl' 3, 'm_fr' 2\), and a fold that holds "
                             r"out 'm_nl' keeps 2 of them, so no number of folds helps: add rows of 'neutral' in other "
                             r"groups, or merge or drop it$"):
        stance.cross_validate(frame, folds=22, groups="manifesto", labels_column="codes", none_label="000",
                              stance_column="stance")


def test_a_training_fold_left_with_one_stance_value_is_named_with_advice_for_copies(energy_frame):
    # Every 'against' row holds one copied text, which stays in one fold: the stance check
    # said "a training fold of the 3-fold split" and "add examples of this value", naming
    # neither the fold nor that more copies of the text could never help.
    frame = energy_frame.copy()
    targets = frame.index[frame.labels != "none"]
    frame.loc[targets, "stance"] = "favor"
    frame.loc[targets[[3, 8, 13]], ["text", "stance"]] = ["We must stop building these pipelines now.", "against"]
    copies = (r"^stance_column='stance': the training rows of fold \d of 3 keep one stance value, 'favor': every "
              r"row of 'against' \(3: rows 3, 8, 13\) is held out in that fold, and a stance head needs two stance "
              r"values to train; the rows of 'against' hold one text, which stays in one fold whatever the number "
              r"of folds; add rows of 'against' with other texts, or pass stance_column=None to leave the stance "
              r"out$")
    with pytest.raises(stance.InvalidInputError, match=copies) as raised:
        stance.cross_validate(frame, folds=3)
    fold = int(re.search(r"fold (\d) of 3", str(raised.value))[1])
    tests, _ = stance.data.shuffled_folds(frame.text.tolist(), [stance.data.parse_label_set(v) for v in frame.labels],
                                          frame.stance.tolist(), 3, 0)
    assert {3, 8, 13} <= set(tests[fold - 1].tolist())  # the fold named is the one that holds them out
    with pytest.raises(stance.InvalidInputError, match=copies):
        stance.find_label_issues(frame, folds=3, stance_column="stance")
    # Held out with their group: the remedy is the groups.
    frame["batch"] = ["x" if i in (3, 8, 13) else "y" if i % 2 else "z" for i in range(len(frame))]
    with pytest.raises(stance.InvalidInputError, match=r"^stance_column='stance': the training rows of fold \d of 3 "
                                                        r"keep one stance value, 'favor': .*; put rows of 'against' "
                                                        r"in other groups too, or pass stance_column=None to leave "
                                                        r"the stance out$"):
        stance.cross_validate(frame, folds=3, groups="batch")


def test_cross_validate_refuses_groups_in_another_row_order(energy_frame):
    # Paired by position, a shuffled groups Series gave each row another row's group.
    with pytest.raises(stance.InvalidInputError, match="data and groups hold the same rows in different orders"):
        stance.cross_validate(energy_frame, folds=3, groups=energy_frame.register.sample(frac=1, random_state=0))
    report = stance.cross_validate(energy_frame, folds=3, groups=energy_frame.register)
    assert sum(f["n"] for f in report.folds) == len(energy_frame)


def test_cross_validate_takes_groups_indexed_as_the_data(energy_frame, monkeypatch):
    # A user audit: a filtered frame's own column, groups=d["speaker"], trained every fold
    # and then failed with pandas' KeyError: np.int64(10), as did a frame with a string
    # index and a generator; groups="speaker" worked.
    filtered = energy_frame[energy_frame.register != "press"]
    lettered = energy_frame.set_axis([f"r{i}" for i in range(len(energy_frame))])
    for data, groups in ((filtered, filtered.register), (filtered, (g for g in filtered.register)),
                         (lettered, lettered.register)):
        named = stance.cross_validate(data, folds=3, groups="register")
        report = stance.cross_validate(data, folds=3, groups=groups)
        assert [(f["group"], f["n"]) for f in report.folds] == [(f["group"], f["n"]) for f in named.folds]
        assert report.metrics == named.metrics
    # A Series of other rows is refused by name before any fold trains.
    def trained(*args, **kwargs):
        raise AssertionError("a fold trained before groups were refused")

    monkeypatch.setattr(stance.StanceModel, "fit", trained)
    elsewhere = pd.Series(energy_frame.register.to_numpy(), index=range(100, 100 + len(energy_frame)))
    with pytest.raises(stance.InvalidInputError, match=r"^groups is indexed by other rows than data: its rows "
                                                       r"100, 101, 102 and 61 more are not data's, and data's "
                                                       r"rows 0, 1, 2 and 61 more are not in it; a row's "
                                                       r"group must be its own: pass a column of data, or "
                                                       r"groups\.to_numpy\(\) if its values are in data's row "
                                                       r"order$"):
        stance.cross_validate(energy_frame, folds=3, groups=elsewhere)
    with pytest.raises(stance.InvalidInputError, match=r"^groups is indexed by other rows than data: its rows "
                                                       r"6, 10, 22 and 4 more are not data's; a row's group "
                                                       r"must be its own: pass groups\.loc\[data\.index\], data's "
                                                       r"rows of it, or groups\.to_numpy\(\)"):
        stance.cross_validate(filtered, folds=3, groups=energy_frame.register)
    with pytest.raises(stance.InvalidInputError, match=r"; a row's group must be its own: pass groups='register', "
                                                       r"data's column, or groups\.to_numpy\(\)"):
        stance.cross_validate(energy_frame, folds=3, groups=elsewhere.rename("register"))


def test_cross_validate_stratified(energy_frame):
    report = stance.cross_validate(energy_frame, folds=4, stance_column="stance")
    assert len(report.folds) == 4 and sum(f["n"] for f in report.folds) == len(energy_frame)
    assert report.metrics["top1_in_gold"] > 0.5


def test_cross_validate_does_not_depend_on_the_order_of_the_rows(energy_frame):
    # Folds were drawn by position: the same rows shuffled gave top-1 0.828 against 0.688.
    shuffled = energy_frame.sample(frac=1, random_state=3)
    for folds in (4, 40):  # every label has as many texts as folds; none has
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            first = stance.cross_validate(energy_frame, folds=folds, stance_column="stance")
            second = stance.cross_validate(shuffled, folds=folds, stance_column="stance")
        # the same figures to the last bit (a mean summed in the rows' order differed in it)
        for a, b in ((first.metrics, second.metrics), (first.spread, second.spread)):
            assert a.keys() == b.keys()
            assert all(a[k] == b[k] or (math.isnan(a[k]) and math.isnan(b[k])) for k in a), (a, b)
        assert [f["n"] for f in first.folds] == [f["n"] for f in second.folds]
        # and the same intervals to the last bit: a user audit's exported intervals of
        # mean_confidence and confidence_error differed by 1e-16 (summed in the rows' order)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            ends, shuffled_ends = first.intervals(resamples=200), second.intervals(resamples=200)
        assert {"mean_confidence", "confidence_error"} <= set(ends.index)
        assert ends.equals(shuffled_ends), (ends - shuffled_ends)[ends != shuffled_ends].dropna(how="all")


def test_mean_confidence_does_not_depend_on_the_order_of_the_statements():
    # Summed in the rows' order, 64 confidences shuffled gave 0.5729217917961279 for 0.5729217917961278.
    import random

    rng = random.Random(0)
    confidences = [rng.random() for _ in range(64)]
    shuffled = confidences[:]
    random.Random(2).shuffle(shuffled)
    sets = [("a",)] * 64

    def mean(values):
        return compute_report(sets, [None] * 64, sets, None, ["a"], None, confidences=values).metrics["mean_confidence"]

    assert mean(confidences) == mean(shuffled) == math.fsum(confidences) / 64  # the correctly rounded sum


def test_plot_confusion(seed_frame, default_model):
    import matplotlib

    matplotlib.use("Agg")
    ax = stance.evaluate(default_model, seed_frame).plot_confusion()
    assert ax.get_xlabel() == "predicted"


def test_plot_confusion_takes_normalize_as_a_bool_and_its_colour_bar_says_what_the_cells_are():
    # A notebook analyst: normalize="pred", "all" and even "none" drew row shares, as True does,
    # and the figure did not say whether its cells were shares or counts.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    report = compute_report([("a",), ("a",), ("a",), ("b",)], [None] * 4, [("a",), ("a",), ("b",), ("b",)], None,
                            ("a", "b"), None)  # gold a: 2 as a; gold b: 1 as a, 1 as b
    for normalize, cells, label in [(True, [[1, 0], [0.5, 0.5]], "share of the gold label's statements"),
                                    (np.bool_(True), [[1, 0], [0.5, 0.5]], "share of the gold label's statements"),
                                    (False, [[2, 0], [1, 1]], "statements")]:
        ax = report.plot_confusion(normalize=normalize)
        assert ax.images[0].get_array().tolist() == cells
        [bar] = [other for other in ax.figure.axes if other is not ax]
        assert bar.get_ylabel() == label
        plt.close(ax.figure)
    for wrong in ("pred", "all", "true", "none", 1, None):
        with pytest.raises(stance.InvalidTypeError, match=r"^normalize must be True \(each gold label's row as shares "
                                                          r".*got .*scikit-learn's 'true', 'pred' and 'all' are not"):
            report.plot_confusion(normalize=wrong)


def test_plot_confusion_marks_a_label_without_gold_statements_as_having_no_shares():
    # A researcher's audit: a model's label the test data lack drew a row of 0.00 shares, which
    # reads "never right"; its shares are 0/0, as "n/a" elsewhere. Counts stay counts.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    report = compute_report([("a",), ("a",), ("b",)], [None] * 3, [("a",), ("a",), ("a",)], None, ("a", "b", "c"),
                            None)  # gold a: 2 as a, 1 as b; no gold b or c
    ax = report.plot_confusion()
    cells = [text.get_text() for text in ax.texts]
    assert cells == ["0.67", "0.33", "0.00"] + ["n/a"] * 6
    shares = ax.images[0].get_array()
    assert shares[0].tolist() == pytest.approx([2 / 3, 1 / 3, 0]) and shares.mask[1:].all()
    assert len([patch for patch in ax.patches if patch.get_hatch()]) == 2
    plt.close(ax.figure)
    ax = report.plot_confusion(normalize=False)
    assert [text.get_text() for text in ax.texts] == ["2", "1", "0"] + ["0"] * 6 and not ax.patches
    plt.close(ax.figure)


def test_stance_value_never_seen_nor_predicted_leaves_f_avg_undefined():
    # F_avg is the mean of the favour and against F1 (SemEval's): with against 0/0, the favour
    # F1 alone was given as F_avg (1.0), read as the mean of two.
    report = compute_report([("a",), ("a",)], ["favor", "favor"], [("a",), ("a",)], ["favor", "favor"],
                            ("a", "none"), "none", ("against", "favor"))
    assert report.metrics["favor_f1"] == 1.0
    assert report.metrics["against_f1"] != report.metrics["against_f1"]  # NaN: undefined
    assert math.isnan(report.metrics["stance_f_avg"])


@pytest.mark.parametrize("at, value, told", [
    (0, ["unity", "deterrence"], r"predicted_sets\[0\] is a str \('unity'\), where each row is a collection of "
                                 r"labels \(a tuple, list or set\): pass \('unity',\) for a row of one label"),
    (2, [("unity",), "deterrence"], r"gold_sets\[1\] is a str \('deterrence'\), where each row is a collection"),
    (4, "unity", r"labels must be a sequence \(of labels\), got a single str 'unity'; wrap it in a list: \['unity'\]"),
    (1, "favor", r"predicted_stances must be a sequence \(one a row: a stance value or None\), got a single str"),
    (3, "favor", r"gold_stances must be a sequence \(one a row: a stance value or None\), got a single str"),
    (6, "favor", r"stance_classes must be a sequence \(of stance values\), got a single str 'favor'"),
])
def test_compute_report_names_a_str_given_where_it_takes_a_sequence(at, value, told):
    # A plain str for a row of labels was read letter by letter: predicted "unity" raised a bare
    # KeyError: 'u', gold "unity" made a report of labels 'u', 'n', 'i', 't', 'y' (top-1 1.0).
    args = [[("unity",), ("deterrence",)], ["favor", "favor"], [("unity",), ("deterrence",)], ["favor", "favor"],
            ("unity", "deterrence", "none"), "none", ("against", "favor")]
    args[at] = value
    with pytest.raises(stance.InvalidTypeError, match=r"^compute_report: " + told):
        compute_report(*args)


def test_compute_report_refuses_rows_of_other_counts_than_gold_sets():
    # zip cut them to the shorter: one prediction for two gold rows gave top-1 1.0 "of 2 statements".
    gold = [("unity",), ("deterrence",)]
    with pytest.raises(stance.InvalidInputError, match=r"^compute_report: predicted_sets has 1 items where gold_sets "
                                                       r"has 2: give one for each row of gold_sets$"):
        compute_report([("unity",)], ["favor", "favor"], gold, ["favor", "favor"], ("unity", "deterrence"), None)
    with pytest.raises(stance.InvalidInputError, match=r"^compute_report: confidences has 3 items where gold_sets"):
        compute_report(gold, [None, None], gold, None, ("unity", "deterrence"), None, confidences=[0.5] * 3)

def test_compute_report_names_a_str_row_of_a_series_whatever_its_index():
    # A column of primary labels filtered (index 1, 2) raised a bare KeyError: 0, the row looked
    # up by position in a Series that is indexed by label, where its message was meant.
    frame = pd.DataFrame({"label": ["none", "unity", "deterrence"], "stance": [None, "favor", "against"]})
    kept = frame[frame.label != "none"]
    gold = [("unity",), ("deterrence",)]
    labels = ("unity", "deterrence", "none")
    with pytest.raises(stance.InvalidTypeError, match=r"^compute_report: predicted_sets\[0\] is a str \('unity'\)"):
        compute_report(kept.label, kept.stance.tolist(), gold, ["favor", "against"], labels, "none")
    with pytest.raises(stance.InvalidTypeError, match=r"^compute_report: gold_sets\[1\] is a str \('deterrence'\)"):
        compute_report(gold, ["favor", "against"], pd.Series([("unity",), "deterrence"], index=[7, 8]),
                       ["favor", "against"], labels, "none")


def test_a_share_short_of_all_is_never_said_to_be_100_percent():
    # f"{share:.0%}": a model right on 996 of 1,000 rows, where always guessing 'none' is right on
    # 997, was told it "put a gold label first for 100% of the rows, no better than always
    # guessing the commonest label ('none', 100%)".
    gold = [("none",)] * 997 + [("unity",)] * 3
    predicted = [("unity",)] * 4 + [("none",)] * 993 + [("unity",)] * 3  # four 'none' rows missed: 996 right
    report = compute_report(predicted, [None] * 1000, gold, None, ("none", "unity"), "none")
    assert report.metrics["top1_in_gold"] == 0.996 and report.baseline["top1_in_gold"] == 0.997
    with pytest.warns(stance.StanceWarning) as caught:
        report._warn_if_no_better_than_guessing("the model", "it learnt too little")
    assert [str(w.message) for w in caught] == [
        "the model put a gold label first for 99.6% of the rows, no better than always guessing the commonest "
        "label ('none', 99.7%): it learnt too little"]
    from stance.metrics import percent_shown
    from stance.report import level_shown

    assert [percent_shown(share) for share in (0.9999999, 0.9996, 1.0, 0.5, 0.001, 0.0)] == [
        ">99.9%", ">99.9%", "100%", "50%", "0.1%", "0%"]
    assert level_shown(0.9999999) == "99.99999%" and level_shown(1 - 1e-14) == ">99.9999999999%"


@pytest.mark.parametrize(("level", "shown"), [
    (1e-12, "0.0000000001%"), (1e-10, "0.00000001%"), (5e-11, "0.000000005%"), (0.001, "0.1%"),
    (1e-14, "<0.0000000001%"), (0.95, "95%"), (1 - 1e-14, ">99.9999999999%"),
])
def test_a_small_level_is_shown_in_plain_digits_and_never_as_none(level, shown):
    # stance.report.level_shown(1e-12) gave "1e-10%", a float's exponent in a heading, and 1e-14 "0%",
    # a coverage no interval of a level above 0 has; the top was ">99.9999999999%" already.
    from stance.report import level_shown

    assert level_shown(level) == shown



@pytest.mark.parametrize("level", [-0.0, np.float64(-0.0), np.float32(-0.0), np.float16(-0.0), Decimal("-0"),
                                   Decimal("-0.000"), 0, 0.0])
def test_a_level_of_negative_zero_is_shown_as_0_percent(level):
    # A review: stance.level_shown(-0.0) gave "-0%"; -0.0 passes as 0 (0 <= -0.0), which is "0%".
    assert stance.level_shown(level) == "0%"


@pytest.mark.parametrize(("level", "shown"), [
    (np.float32(0.999), "99.9%"), (np.float32(0.333), "33.3%"), (np.float32(0.95), "95%"),
    (np.float16(0.9), "90%"), (np.float32(0.975), "97.5%"),
])
def test_a_float32_level_is_shown_as_its_user_wrote_it(level, shown):
    # An audit: stance.level_shown(np.float32(0.999)) gave "99.9000015259%", the digits of the
    # float32's widening to a float, which no one typed; its own shortest digits are 0.999.
    assert stance.level_shown(level) == shown


def test_a_float32_level_is_kept_as_its_user_wrote_it_in_the_tables_attrs():
    # A review of f411b19e: level_shown(np.float32(0.999)) is "99.9%", but intervals(),
    # compared_with() and by_group() kept float(level), 0.9990000128746033, in attrs["level"],
    # and the README's caption, level_shown(table.attrs["level"]), read "99.9000012875%".
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
                                  "Not one more cent for Kyiv."],
                         "labels": ["unity", "none", "ukraine_support"], "register": ["a", "a", "b"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # of 3 statements, fewer than 30
        report = stance.evaluate(None, gold, by="register")
        tables = [report.intervals(level=np.float32(0.999), resamples=100),
                  report.compared_with(report, level=np.float32(0.999), resamples=100),
                  report.by_group(level=np.float16(0.9), resamples=100)]
    assert [table.attrs["level"] for table in tables] == [0.999, 0.999, 0.9]
    assert [type(table.attrs["level"]) for table in tables] == [float] * 3  # JSON's, as --json writes it
    assert [stance.level_shown(table.attrs["level"]) for table in tables] == ["99.9%", "99.9%", "90%"]


def test_the_level_the_readme_captions_with_is_public():
    # The README captioned intervals tables with stance.report.level_shown, which stance.__all__
    # did not hold; it holds it now, the function the command's headings use.
    from stance import report

    assert "level_shown" in stance.__all__ and stance.level_shown is report.level_shown
    assert "stance.level_shown(table.attrs['level'])" in (Path(__file__).parents[1] / "README.md").read_text()

def test_the_command_lines_intervals_heading_shows_a_small_level_in_plain_digits(default_model, tmp_path, capsys):
    from stance.cli import main

    stance.example_data("seed").to_csv(tmp_path / "seed.csv", index=False)
    assert main(["evaluate", str(tmp_path / "seed.csv"), "--intervals", "1e-12"]) == 0
    assert "\n0.0000000001% bootstrap intervals (1,000 resamples of the statements):" in capsys.readouterr().out


def test_a_tiny_share_of_english_words_is_not_called_none():
    # "0.0% of their words" of 301 Polish rows holding one "the": some, shown as less than the digit.
    from stance.text import english_advice, english_share

    texts = ["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 300
    texts.append("Polska musi wzmocnić the flankę NATO, ale nie sama.")
    assert 0 < english_share(texts) < 0.0005
    assert "(the, and, of, to…: <0.1% of their words, where" in english_advice(texts, False, None)
    assert "(the, and, of, to…: 0.0% of their words" in english_advice(texts[:300], False, None)

def test_the_note_of_a_stance_predicted_never_gold_does_not_say_it_is_averaged_beside_an_f_avg_of_n_a():
    # stance evaluate of datasets/probes/parliament_offtopic.csv printed "stance_f_avg n/a" and
    # under it "'against' is predicted but never in the gold stances: its F1 is 0, and
    # stance_f_avg averages it as 0": no mean was taken, favour being 0/0.
    gold_sets, gold = [("a",)] * 3, ["neutral"] * 3
    classes = ("against", "favor", "neutral")
    alone = compute_report([("a",)] * 3, ["against", "neutral", "neutral"], gold_sets, gold, ("a", "none"), "none",
                           classes)
    assert alone.metrics["against_f1"] == 0.0 and math.isnan(alone.metrics["favor_f1"])
    assert math.isnan(alone.metrics["stance_f_avg"])
    note = next(line for line in str(alone).splitlines() if line.startswith("'against' is predicted"))
    assert "averages it as 0" not in note and note.endswith("has no F1 (0/0), so stance_f_avg has none")
    assert "so stance_f_avg has none" in alone._repr_html_()
    both = compute_report([("a",)] * 3, ["against", "favor", "neutral"], gold_sets, gold, ("a", "none"), "none",
                          classes)
    assert both.metrics["stance_f_avg"] == 0.0  # both sides said, neither gold: the mean of 0 and 0
    assert "'against' and 'favor' are predicted but never in the gold stances: their F1s are 0, and stance_f_avg " \
           "averages them as 0" in str(both)


def test_a_stance_written_on_a_gold_off_topic_row_is_not_judged():
    # Training ignores a stance on an off-topic row; evaluation must too, or a right
    # "none" answer would count as a stance miss.
    report = compute_report([("none",), ("a",)], [None, "favor"], [("none",), ("a",)], ["favor", "favor"],
                            LABELS, "none", ("against", "favor"))
    assert report.metrics["stance_accuracy"] == 1.0
    assert report.metrics["favor_f1"] == 1.0


def test_a_target_row_without_a_gold_stance_is_not_judged_on_stance(energy_frame, energy_model):
    # Its predicted stance counted as a false positive in the F1s, while stance accuracy
    # skipped the row: one row, judged two ways, and no word of it.
    report = compute_report([("a",)] * 3, ["favor", "against", "against"], [("a",)] * 3, ["favor", "against", None],
                            LABELS, "none", ("against", "favor"))
    # favor: tp 1 -> 1; against: tp 1 (row 1; row 2 not judged) -> 1, where a false positive gave 2/3
    m = report.metrics
    assert (m["favor_f1"], m["against_f1"], m["stance_f_avg"], m["stance_accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    # An off-topic row's stance is "none": a stance predicted for it is still a miss.
    off_topic = compute_report([("a",)] * 2, ["favor", "against"], [("a",), ("none",)], ["favor", None],
                               LABELS, "none", ("against", "favor"))
    assert off_topic.metrics["against_f1"] == 0.0 and off_topic.metrics["stance_accuracy"] == 1.0
    gold = energy_frame.copy()
    gold.loc[[0, 20], "stance"] = None
    with pytest.warns(stance.StanceWarning, match=r"^stance_column='stance': rows 0, 20 have a target but no gold "
                                                  r"stance, so they are not judged on stance"):
        partial = stance.evaluate(energy_model, gold)
    judged = stance.evaluate(energy_model, energy_frame.drop(index=[0, 20]))
    for name in ("favor_f1", "against_f1", "stance_f_avg", "stance_accuracy"):
        assert partial.metrics[name] == judged.metrics[name], name


def test_a_statement_given_no_label_is_a_miss():
    # A model trained without an off-topic label has no label for blank text.
    report = compute_report([(), ("a",)], [None, "favor"], [("b",), ("a",)], None, ("a", "b"), None)
    assert report.metrics["top1_in_gold"] == 0.5
    assert report.per_label["b"]["recall"] == 0.0
    assert report.confusion_frame().loc["b", "(no label)"] == 1


def test_f_avg_averages_favour_and_against_only():
    # favor: tp 1, fp 0, fn 0 -> 1; against: tp 1, fp 1, fn 0 -> 2/3; neutral: tp 0, fn 1 -> 0.
    report = compute_report([("a",)] * 3, ["favor", "against", "against"], [("a",)] * 3,
                            ["favor", "against", "neutral"], ("a", "none"), "none",
                            ("against", "favor", "neutral"))
    m = report.metrics
    assert m["neutral_f1"] == 0.0
    assert m["stance_f_avg"] == pytest.approx((1.0 + 2 / 3) / 2)
    assert "neutral_f1" in str(report)


def test_custom_stance_names_show_their_f1_in_the_report():
    report = compute_report([("a",), ("a",)], ["pro", "con"], [("a",), ("a",)], ["pro", "pro"],
                            ("a", "none"), "none", ("con", "pro"))
    text = str(report)
    assert "pro_f1" in text and "con_f1" in text
    assert {"pro_f1", "con_f1"} <= set(report.summary().index)


def test_summary_names_its_index_metric_as_intervals_does(tmp_path):
    # summary().to_csv() wrote the header ",value", where intervals() names its index "metric".
    report = compute_report([("a",), ("none",)], [None, None], [("a",), ("a",)], None, ("a", "none"), "none")
    assert report.summary().index.name == "metric"
    report.summary().to_csv(tmp_path / "summary.csv")
    lines = (tmp_path / "summary.csv").read_text().splitlines()
    assert lines[:2] == ["metric,value", "top1_in_gold,0.5"]
    with warnings.catch_warnings(record=True):  # of 2 statements
        assert report.intervals(resamples=100).index.name == report.summary().index.name


def test_a_stance_value_called_none_has_its_own_f1_beside_the_off_topic_label_s(energy_frame):
    # SemEval's NONE, lower-cased: its F1 was written over the off-topic label's none_f1,
    # in the metrics, the reports, to_dict and the scorer alike.
    report = compute_report([("a",), ("a",), ("other",)], ["pro", "pro", None], [("a",), ("a",), ("b",)],
                            ["pro", "none", None], ("a", "b", "other"), "other", ("contra", "none", "pro"))
    m = report.metrics
    # off-topic label "other": tp 0, fp 1, fn 0 -> 0; stance none: tp 0, fp 0, fn 1 -> 0; pro: 2/3
    assert m["none_f1"] == 0.0 and report.per_label["other"]["f1"] == 0.0
    assert m["stance_none_f1"] == 0.0 and m["pro_f1"] == pytest.approx(2 / 3)
    assert "stance_none_f1" in str(report) and "stance_none_f1" in report.to_dict()["metrics"]
    # The off-topic label's F1 as its own: 1.0 here, and the stance value's still 0.
    m = compute_report([("a",), ("other",)], ["pro", None], [("a",), ("other",)], ["none", None],
                       ("a", "other"), "other", ("contra", "none", "pro")).metrics
    assert (m["none_f1"], m["stance_none_f1"]) == (1.0, 0.0)
    # The resampled metrics name it alike.
    with warnings.catch_warnings(record=True):  # of 3 statements, fewer than 30
        assert "stance_none_f1" in report.intervals(resamples=100).index
    labelled = energy_frame.assign(labels=energy_frame.labels.replace({"none": "other"}),
                                   stance=energy_frame.stance.replace({"favor": "pro", "against": "none"}))
    model = stance.train(labelled, stance_column="stance", none_label="other")
    y = labelled[["labels", "stance"]].fillna("")
    metrics = stance.evaluate(model, labelled).metrics
    assert stance.scorer("none_f1")(model, labelled.text, y) == metrics["none_f1"]
    assert stance.scorer("stance_none_f1")(model, labelled.text, y) == metrics["stance_none_f1"]


def test_the_report_s_metrics_line_up_whatever_the_stance_values_are_called():
    # Names were padded to 18 characters: "strongly_support_f1" pushed its value out of line.
    report = compute_report([("a",), ("a",)], ["strongly_support", "strongly_oppose"], [("a",), ("a",)],
                            ["strongly_support", "strongly_support"], ("a", "none"), "none",
                            ("strongly_oppose", "strongly_support"))
    lines = [line for line in str(report).split("\n\n")[0].splitlines()[1:]
             if not line.startswith("  baseline: ")]  # the line under the metrics
    assert len(lines) == len(report.headline()) and "  strongly_support_f1 " in str(report)
    # A metric with no value is "n/a" and why, which starts where the numbers do.
    shown = {name: "n/a" if math.isnan(value) else f"{value:.3f}" for name, value in report.metrics.items()}
    assert len({line.index(shown[name]) for line, name in zip(lines, report.headline())}) == 1


def test_a_label_predicted_but_never_in_gold_is_named_beside_the_table():
    # "b" is predicted once and in no gold set: precision 0, recall 0 and F1 0, counted in
    # macro-F1 as scikit-learn counts it (0.8 for "a" and 0 for "b": 0.4), which lowered the
    # figure with nothing on the report to say why; "none", neither in gold nor predicted,
    # stays out. The figures are unchanged; the text and HTML now name "b".
    report = compute_report([("a",), ("b",), ("a",)], [None] * 3, [("a",), ("a",), ("a",)], None,
                            ("a", "b", "none"), "none")
    assert report.per_label["b"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    assert report.metrics["macro_f1"] == pytest.approx(0.4)
    note = ("'b' is predicted but never in the gold labels: its precision and recall are 0, and "
            "macro-F1 counts its F1 of 0 (scikit-learn's convention)")
    assert note in str(report)
    assert note.replace("'", "&#x27;") in report._repr_html_()
    labelled = compute_report([("a",), ("b",)], [None] * 2, [("a",), ("a", "b")], None, ("a", "b", "none"), "none")
    assert "never in the gold" not in str(labelled) + labelled._repr_html_()
    two = compute_report([("a",), ("b",), ("none",)], [None] * 3, [("a",)] * 3, None, ("a", "b", "none"), "none")
    assert ("'b' and 'none' are predicted but never in the gold labels: their precision and recall are 0, and "
            "macro-F1 counts their F1s of 0") in str(two)


def test_a_stance_value_predicted_but_never_in_gold_is_named_beside_the_table():
    # No gold 'against', but the model predicts it once: against_f1 0.000, averaged in stance_f_avg
    # as SemEval's F_avg averages it (0.429, half of favor_f1 0.857), with nothing to say why. The
    # figures are unchanged; the text and HTML now name 'against' as a label in that case is named.
    gold = [("a",)] * 4
    report = compute_report(gold, ["favor", "favor", "favor", "against"], gold, ["favor"] * 4, ("a", "none"),
                            "none", ("against", "favor"))
    assert report.metrics["against_f1"] == 0.0 and report.metrics["stance_f_avg"] == pytest.approx(3 / 7)
    note = ("'against' is predicted but never in the gold stances: its F1 is 0, and stance_f_avg averages "
            "it as 0, as SemEval's F_avg does")
    assert note in str(report)
    assert note.replace("'", "&#x27;") in report._repr_html_()
    both = compute_report(gold, ["favor", "against", "against", "favor"], gold, ["against", "favor"] * 2,
                          ("a", "none"), "none", ("against", "favor"))
    assert "never in the gold stances" not in str(both) + both._repr_html_()
    # A value stance_f_avg leaves out has its F1 of 0 said, not averaged.
    three = compute_report(gold, ["favor", "neutral", "against", "favor"], gold, ["against", "favor"] * 2,
                           ("a", "none"), "none", ("against", "favor", "neutral"))
    assert ("'neutral' is predicted but never in the gold stances: its F1 is 0, which stance_f_avg leaves "
            "out") in str(three)


def test_an_average_row_s_support_is_the_sum_of_the_labels_supports():
    report = compute_report([("a",), ("b",)], [None, None], [("a", "b"), ("b",)], None, ("a", "b"), None)
    assert report.per_label["a"]["support"] + report.per_label["b"]["support"] == 3
    assert report.per_label["macro avg"]["support"] == report.per_label["micro avg"]["support"] == 3


def test_a_model_without_a_stance_head_gets_no_stance_metrics(energy_frame):
    model = stance.train(energy_frame)  # no stance column given: no stance head
    with pytest.warns(UserWarning, match="no stance head"):
        report = stance.evaluate(model, energy_frame)
    assert not {"stance_f_avg", "stance_accuracy", "favor_f1", "against_f1"} & set(report.metrics)
    assert report.metrics["top1_in_gold"] > 0.5


def test_a_model_without_an_off_topic_label_is_evaluated_on_blank_text(energy_frame):
    on_topic = energy_frame[energy_frame.labels != "none"]
    model = stance.train(on_topic, stance_column="stance", none_label=None)
    gold = on_topic.head(3).copy()
    gold.iloc[1, gold.columns.get_loc("text")] = ""
    with pytest.warns(stance.StanceWarning, match="no text"):
        report = stance.evaluate(model, gold)
    assert report.n == 3
    assert report.metrics["top1_in_gold"] <= 2 / 3  # the blank row is a miss


def test_cross_validate_says_which_labels_some_folds_do_not_test(energy_frame):
    rare = energy_frame.copy()
    rare.loc[rare.index[:3], "labels"] = "rare"  # 3 rows: fewer than 4 folds
    # Drawn at random, the folds put two of the three in one test fold for some seeds (a
    # training fold then kept too few, which was refused); stratified, each is in a fold of
    # its own, whatever the seed.
    for seed in (0, 1):
        with pytest.warns(UserWarning, match=r"^primary label\(s\) \['rare'\] have fewer than folds=4 different "
                                             r"texts, so each of their texts is tested in a fold of its own and "
                                             r"some folds test none"):
            stance.cross_validate(rare, folds=4, stance_column="stance", threshold_folds=0, random_state=seed)


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA], ids=["None", "nan", "NA"])
def test_a_missing_value_in_a_list_of_gold_labels_is_no_label(energy_frame, energy_model, missing):
    # The gap was a gold label 'nan' or 'None': warned of as a label the model cannot
    # predict, counted as a miss, and lowering macro-F1.
    as_lists = energy_frame.assign(labels=[[*cell.split("|"), missing] for cell in energy_frame.labels])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "the model was trained on these very rows", stance.StanceWarning)
        report = stance.evaluate(energy_model, as_lists)
    assert report.metrics == stance.evaluate(energy_model, energy_frame).metrics
    as_lists.at[3, "labels"] = [missing, missing]
    with pytest.raises(stance.InvalidInputError, match="row 3 has no gold label"):
        stance.evaluate(energy_model, as_lists)


def test_rows_of_a_filtered_frame_are_named_as_its_index_says_not_as_numpy_writes_them(energy_frame):
    # A frame filtered, or given dropna() or set_index(), has an index of numpy ints: its
    # rows were named "row np.int64(2)" in evaluate's messages and "[np.int64(66632), …]"
    # in cross_validate's (training, which reads the index otherwise, said "row 0").
    gold = pd.DataFrame({"text": ["NATO must stay united.", "Hello.", "Send more tanks to Kyiv.", "Order, order."],
                         "labels": ["unity", "none", None, "none"], "party": ["Lab", "LD", "Con", "Lab"]})
    with pytest.raises(stance.InvalidInputError, match=r"'labels': row 2 has no gold label"):
        stance.evaluate(None, gold[gold.party != "LD"], stance_column=None)
    blank = gold.assign(labels="none", text=["NATO must stay united.", "Hello.", " ", ""])
    with pytest.warns(stance.StanceWarning, match=r"rows 2, 3 have no text"):
        stance.evaluate(None, blank[blank.party != "LD"], stance_column=None)
    frame = energy_frame.assign(party=[("a", "b")[i % 2] for i in range(len(energy_frame))]).iloc[1:]
    frame.loc[[4, 9], "party"] = None
    with pytest.raises(stance.InvalidInputError, match=r"^groups: rows 4, 9 have no group"):
        stance.cross_validate(frame, folds=3, groups="party")


def test_evaluate_says_which_gold_rows_have_no_text(seed_frame, default_model):
    gold = seed_frame.copy()
    gold.iloc[3, gold.columns.get_loc("text")] = ""
    with pytest.warns(stance.StanceWarning, match="row 3 has no text"):
        report = stance.evaluate(default_model, gold)
    assert report.n == len(gold)  # counted, not dropped


def test_evaluate_warns_once_of_a_text_given_conflicting_gold_labels(seed_frame, default_model, tmp_path, capsys):
    # An audit: 300 gold rows and 30 of them again with labels=none gave metrics and no word,
    # though each such pair is a sure miss; training, cross_validate and stance check warn of it.
    from stance.cli import main

    baltic = "Our allies must station more troops in the Baltic states."
    gold = pd.DataFrame({"text": [baltic, "Thank you all for coming.", baltic, "We have a one-speed NATO.",
                                  "Thank you all for coming."],
                         "labels": ["eastern_flank", "none", "none", "unity", "none"],
                         "stance": ["favor", None, None, "favor", None]})
    told = (f"1 text is given in several rows with different labels or stances: {baltic!r}: 'eastern_flank' (favor) "
            f"in row 0, 'none' in row 2. Whatever the model predicts, one of such a text's rows counts as a miss; "
            f"keep one row per text with the gold labels you mean (correct or drop the others)")
    with pytest.warns(stance.StanceWarning) as caught:
        report = stance.evaluate(default_model, gold)
    assert [str(w.message) for w in caught if "several rows" in str(w.message)] == [told]
    assert report.n == 5
    with warnings.catch_warnings():  # copies that agree (rows 1 and 4) are no conflict
        warnings.simplefilter("error")
        stance.evaluate(default_model, gold.drop(index=2))
    gold.to_csv(tmp_path / "gold.csv", index=False)
    assert main(["evaluate", str(tmp_path / "gold.csv"), "--compare-with", "bundled"]) == 0
    err = capsys.readouterr().err
    assert err.count("several rows") == 1, err  # of the rows: said once, not again of the other model
    assert f"stance evaluate: warning: {told} (rows count from 0 after the header: rows 0, 2 are lines 2, 4 " \
           f"of the file)" in err, err


def test_evaluate_warns_of_conflicting_gold_only_where_a_miss_is_sure(default_model):
    # A review of 381be5d1: a copy with its stance blank (not judged on stance), or with a label set sharing a
    # label with the other row's ('unity' beside 'unity|deterrence', a hit on both by top1_in_gold), was told
    # "Whatever the model predicts, one of such a text's rows counts as a miss". Only a sure miss is warned of.
    nato = "We have a one-speed NATO."
    base = {"text": [nato, "Thank you all for coming."], "labels": ["unity", "none"], "stance": ["favor", None]}

    def told(copy: dict) -> list[str]:
        gold = pd.concat([pd.DataFrame(base), pd.DataFrame([{"text": nato, **copy}])], ignore_index=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.evaluate(default_model, gold)
        return [str(w.message) for w in caught if "several rows" in str(w.message)]

    assert told({"labels": "unity", "stance": None}) == []  # a blank stance is not judged
    assert told({"labels": "unity|deterrence", "stance": "favor"}) == []  # 'unity' is a hit on both rows
    assert told({"labels": "unity|deterrence", "stance": None}) == []
    sure = "Whatever the model predicts, one of such a text's rows counts as a miss; keep one row per text with " \
           "the gold labels you mean (correct or drop the others)"
    assert told({"labels": "unity", "stance": "against"}) == [
        f"1 text is given in several rows with different labels or stances: {nato!r}: 'unity' (favor) in row 0, "
        f"'unity' (against) in row 2. {sure}"]
    assert told({"labels": "deterrence|eastern_flank", "stance": None}) == [
        f"1 text is given in several rows with different labels or stances: {nato!r}: 'unity' (favor) in row 0, "
        f"'deterrence|eastern_flank' in row 2. {sure}"]
    # training still warns of any difference, which it learns both of
    with pytest.warns(stance.StanceWarning, match="several rows with different labels or stances"):
        stance.duplicate_texts.warn_of_conflicting_duplicates([nato, nato], [("unity",), ("unity",)], ["favor", None])


def _evaluated_and_told(model, gold):
    """``stance.evaluate(model, gold)`` and the messages of the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = stance.evaluate(model, gold)
    return report, [str(w.message) for w in caught]


def test_rows_of_no_text_are_no_copies_of_one_text(default_model):
    # A notebook audit: two gold rows whose text cells were lost (NaN, blank), labelled apart, were told
    # "1 text is given in several rows with different labels or stances: '': 'unity' (favor) in row 1,
    # 'deterrence' (against) in row 2 ... keep one row per text ... (correct or drop the others)": no text
    # is no statement copied, and dropping one of them loses a row the "no text" warning already names.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", np.nan, "   ", "\u200b", "Thank you all for coming."],
                         "labels": ["unity", "unity", "deterrence", "eastern_flank", "none"],
                         "stance": ["favor", "favor", "against", "favor", None]})
    report, told = _evaluated_and_told(default_model, gold)
    assert not [m for m in told if "several rows" in m], told
    assert "text_column='text': rows 1, 2, 3 have no text; scored as empty statements (no position), and counted" \
        in told, told
    assert report.n == 5
    # beside them, a text given twice with gold labels sharing none is still told, alone
    copied = gold.copy()
    copied.loc[1, "text"] = "We have a one-speed NATO."
    copied.loc[1, "labels"] = "deterrence"
    with pytest.warns(stance.StanceWarning) as caught:
        stance.evaluate(default_model, copied)
    assert [str(w.message)[:102] for w in caught if "several rows" in str(w.message)] == [
        "1 text is given in several rows with different labels or stances: 'We have a one-speed NATO.': 'unity'"]


def test_rows_of_a_spreadsheet_s_error_value_are_no_copies_of_one_text(default_model):
    # A review of 2297e977, which left the other lost cell: two gold rows whose text is "#N/A" (a lookup that
    # found nothing), labelled apart, were told "1 text is given in several rows …: '#N/A': 'unity' (favor) in
    # row 1, 'deterrence' (against) in row 2 … keep one row per text … (correct or drop the others)", beside the
    # warning that names them as spreadsheet errors: drop them, or give each its statement.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "#N/A", "#N/A", " #n/a ", "Thank you all for coming."],
                         "labels": ["unity", "unity", "deterrence", "eastern_flank", "none"],
                         "stance": ["favor", "favor", "against", "favor", None]})
    report, told = _evaluated_and_told(default_model, gold)
    assert not [m for m in told if "several rows" in m], told
    # one value, written in two cases: named once, with its count
    said = [m[:57] for m in told if "spreadsheet" in m]
    assert said == ["text_column='text': rows 1, 2, 3 hold '#N/A' (3 times), a"], said
    assert report.n == 5
    # a text given twice beside them is still told
    gold.loc[4, ["text", "labels", "stance"]] = ["We have a one-speed NATO.", "deterrence", "against"]
    with pytest.warns(stance.StanceWarning) as caught:
        stance.evaluate(default_model, gold)
    assert [str(w.message)[:102] for w in caught if "several rows" in str(w.message)] == [
        "1 text is given in several rows with different labels or stances: 'We have a one-speed NATO.': 'unity'"]


def test_the_warning_of_a_huge_gold_label_the_model_lacks_quotes_it_cut(energy_frame, energy_model):
    # A user audit: a 10 MB gold label was quoted whole in the warning, and so were a
    # thousand unknown labels, one after another.
    huge = "x" * 1_000_000
    gold = energy_frame[["text", "labels"]].head(4).assign(labels=["gas", huge, "gas", "none"])
    with pytest.warns(stance.StanceWarning) as caught:
        stance.evaluate(energy_model, gold)
    message = next(str(w.message) for w in caught if "are not labels this model predicts" in str(w.message))
    assert message.startswith("labels_column='labels': ['" + "x" * 100 + "…'] are not labels this model predicts"), \
        message[:300]
    assert len(message) < 1000
    many = energy_frame[["text", "labels"]].head(40).assign(labels=["gas"] * 10 + [f"code {i:02}" for i in range(30)])
    with pytest.warns(stance.StanceWarning) as caught:
        stance.evaluate(energy_model, many)
    message = next(str(w.message) for w in caught if "are not labels this model predicts" in str(w.message))
    assert message.startswith("labels_column='labels': ['code 00', 'code 01', 'code 02', 'code 03', 'code 04', "
                              "'code 05', 'code 06', 'code 07', 'code 08', 'code 09'] and 20 more are not labels "), \
        message


def test_a_gold_label_the_model_lacks_is_said_to_miss_its_recall_not_every_row(energy_frame, energy_model):
    # "every row with one counts as a miss" was untrue: a row "gas|econ.housing" whose label is
    # gas is a top-1 hit; only a row with no other gold label is a top-1 miss.
    gas = energy_frame[energy_frame.labels == "gas"].head(3)
    gold = gas.assign(labels=["gas|econ.housing", "econ.housing", "gas"])[["text", "labels"]]
    with pytest.warns(stance.StanceWarning) as caught:
        report = stance.evaluate(energy_model, gold)
    assert report.metrics["top1_in_gold"] == pytest.approx(2 / 3)
    assert report.per_label["econ.housing"]["recall"] == 0.0
    message = next(str(w.message) for w in caught if "econ.housing" in str(w.message))
    assert message == ("labels_column='labels': ['econ.housing'] are not labels this model predicts, so each is "
                       "missed wherever it is a gold label (recall 0, in the macro and micro averages too); of the 2 "
                       "rows with one, 1 has no other gold label and so is a top-1 miss, and the others count as "
                       "hits when the model's label is one of their other gold labels; 'econ.housing' in rows "
                       f"{gas.index[0]}, {gas.index[1]}"), message


def test_gold_values_the_model_lacks_are_named_with_their_rows(energy_frame, energy_model):
    # A labelling audit: one 'pro' among 160 gold stances was warned of as "['pro'] are not
    # stance values this model predicts (against, favor), so they count as misses", naming no
    # row to correct; so was a label the model lacks.
    gold = energy_frame.copy()
    gold.loc[gold.index[7], "stance"] = "pro"
    gold.loc[gold.index[[3, 9]], "labels"] = "hydro"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold)
    said = [str(w.message) for w in caught]
    stance_said = next(m for m in said if "are not stance values" in m)
    assert stance_said.endswith(f"so they count as misses in stance_accuracy; each has its F1 (0) but is out of "
                                f"stance_f_avg, the mean F1 of the model's own against, favor (or of the two favor= "
                                f"and against= name); 'pro' in row {gold.index[7]}"), \
        stance_said
    labels_said = next(m for m in said if "are not labels this model predicts" in m)
    assert labels_said.endswith(f"; 'hydro' in rows {gold.index[3]}, {gold.index[9]}"), labels_said


def test_evaluate_says_a_gold_stance_on_an_off_topic_row_is_ignored(energy_frame, energy_model):
    # It was left out of the stance metrics without a word.
    gold = energy_frame.copy()
    gold.loc[[48, 49], "stance"] = "favor"
    with pytest.warns(stance.StanceWarning, match=r"^stance_column='stance': rows 48, 49 have the off-topic label "
                                                  r"'none' and a stance \('favor'\), which is ignored: an off-topic "
                                                  r"statement takes no position; if the stance"):
        report = stance.evaluate(energy_model, gold)
    assert report.metrics == stance.evaluate(energy_model, energy_frame).metrics


def test_a_scorer_lets_grid_search_tune_the_stance_head(energy_frame):
    # The model's own score() sees labels only, so every stance_C tied (the tenth user audit).
    from sklearn.model_selection import GridSearchCV, KFold

    y = energy_frame[["labels", "stance"]].fillna("")
    folds = KFold(3, shuffle=True, random_state=0)  # the file is sorted by label
    search = GridSearchCV(stance.StanceModel(threshold_folds=0), {"stance_C": [0.01, 30.0]}, cv=folds,
                          scoring=stance.scorer("stance_f_avg")).fit(energy_frame.text, y)
    low, high = search.cv_results_["mean_test_score"]
    assert low != high and search.best_params_ == {"stance_C": 30.0}
    # by hand, on one fitted model: the scorer is evaluate's metric
    model = stance.train(energy_frame, stance_column="stance")
    expected = stance.evaluate(model, energy_frame).metrics["macro_f1"]
    assert stance.scorer("macro_f1")(model, energy_frame.text, y) == expected
    with pytest.raises(stance.InvalidInputError, match="not one of"):
        stance.scorer("accuracy")


def test_a_stance_scorer_says_it_needs_stances_instead_of_a_key_error(energy_frame, energy_model):
    # Labels-only y gave KeyError: 'stance_f_avg', which GridSearchCV turned into NaN for every
    # candidate, the first of them winning (the twentieth audit).
    from sklearn.model_selection import GridSearchCV, KFold

    with pytest.raises(stance.InvalidInputError, match=r"needs y with a stance column.*\[\['labels', 'stance'\]\]"):
        stance.scorer("stance_f_avg")(energy_model, energy_frame.text, energy_frame.labels)
    search = GridSearchCV(stance.StanceModel(threshold_folds=0), {"C": [1.0, 30.0]}, error_score="raise",
                          cv=KFold(2, shuffle=True, random_state=0),
                          scoring=stance.scorer("favor_f1"))
    with pytest.raises(stance.InvalidInputError, match="needs y with a stance column"):
        search.fit(energy_frame.text, energy_frame.labels)
    y = energy_frame[["labels", "stance"]].fillna("")
    with pytest.raises(stance.InvalidInputError, match="has no stance head"), pytest.warns(stance.StanceWarning):
        stance.scorer("stance_f_avg")(stance.train(energy_frame), energy_frame.text, y)
    with pytest.raises(stance.InvalidInputError, match="X and y must have the same length, got 5 and 64"):
        stance.scorer("macro_f1")(energy_model, energy_frame.text[:5], y)


def test_a_scorer_reads_favour_and_against_as_evaluate_does_and_takes_each_stance_value(energy_frame):
    # A pro/con model's favor_f1 was refused ("not favor and against"), scoring NaN in every
    # fold of a search, though evaluate maps pro/con to favour/against by name; and con_f1,
    # which evaluate reports, was no metric a scorer took.
    from sklearn.model_selection import KFold, cross_val_score

    renamed = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "con"}))
    model = stance.train(renamed, stance_column="stance")
    y = renamed[["labels", "stance"]].fillna("")
    metrics = stance.evaluate(model, renamed).metrics
    assert stance.scorer("favor_f1")(model, renamed.text, y) == metrics["pro_f1"]
    assert stance.scorer("against_f1")(model, renamed.text, y) == metrics["con_f1"]
    assert stance.scorer("con_f1")(model, renamed.text, y) == metrics["con_f1"]
    assert 0 < stance.scorer("stance_f_avg")(model, renamed.text, y) <= 1
    scores = cross_val_score(stance.StanceModel(threshold_folds=0), renamed.text, y, scoring=stance.scorer("favor_f1"),
                             cv=KFold(3, shuffle=True, random_state=0), error_score="raise")
    assert np.isfinite(scores).all()
    # A value the model lacks is named when scoring: the scorer is made before the model is fitted.
    with pytest.raises(stance.InvalidInputError, match=r"^scorer\('neutral_f1'\): 'neutral' is not one of the "
                                                       r"model's stance values \['con', 'pro'\]; pass 'con_f1' or "
                                                       r"'pro_f1'"):
        stance.scorer("neutral_f1")(model, renamed.text, y)
    with pytest.raises(stance.InvalidInputError, match=r"not one of \[.*\] nor a stance value's F1"):
        stance.scorer("accuracy")
    # Names that tell no direction: favour and against cannot be found, each value still can.
    coded = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "alpha", "against": "beta"}))
    model = stance.train(coded, stance_column="stance")
    y = coded[["labels", "stance"]].fillna("")
    with pytest.raises(stance.InvalidInputError, match=r"^scorer\('favor_f1'\): cannot tell which of the model's "
                                                       r"stance values \['alpha', 'beta'\] is favour"):
        stance.scorer("favor_f1")(model, coded.text, y)
    assert stance.scorer("alpha_f1")(model, coded.text, y) == stance.evaluate(model, coded).metrics["alpha_f1"]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"folds": 5.0}, stance.InvalidInputError,
         r"folds must be an int between 2 and the number of rows \(64\), got 5.0"),  # was scikit-learn's
        ({"folds": True}, stance.InvalidInputError, "folds must be an int"),
        ({"groups": "nope"}, stance.InvalidInputError, "groups='nope': no such column"),  # was pandas' KeyError
        ({"groups": 3}, stance.InvalidInputError, "groups must be a column name or one value per row"),
        ({"groups": set(range(64))}, stance.InvalidTypeError, "groups must be ordered"),
        ({"random_state": "a"}, stance.InvalidInputError, "random_state must be an int from 0 to"),  # was numpy's
    ],
)
def test_cross_validate_names_a_bad_argument(energy_frame, kwargs, error, message):
    with pytest.raises(error, match=message):
        stance.cross_validate(energy_frame, **kwargs)


def test_cross_validate_says_columns_given_where_folds_go(energy_frame):
    # train, evaluate and find_label_issues take text_column second; cross_validate takes folds
    # and groups first, and said "text_column='text': no such column" of the columns given here.
    renamed = energy_frame.rename(columns={"text": "body", "labels": "tags"})
    with pytest.raises(stance.CountTypeError,
                       match=r"folds must be an int .*got 'body'.*pass the columns by name: text_column='body'"):
        stance.cross_validate(renamed, "body", "tags")


def test_cross_validate_given_a_model_says_it_trains_its_own(energy_frame, energy_model):
    # Called in evaluate's order, cross_validate(model, data) said only that data must be a
    # DataFrame or a path, "got StanceModel".
    with pytest.raises(stance.InvalidTypeError,
                       match=r"^data must be a table \(a pandas, polars or pyarrow one, or a dict of columns\) "
                             r"or a path to a .* file \(or a folder or glob of them\), got StanceModel: "
                             r"cross_validate trains its own model on each fold, so pass the data and the model's "
                             r"options, e.g. stance.cross_validate\(data, C=1\), or this model's: "
                             r"stance.cross_validate\(data, \*\*model.get_params\(\)\)$"):
        stance.cross_validate(energy_model, energy_frame)


def test_cross_validate_takes_numpy_ints(energy_frame):
    plain = stance.cross_validate(energy_frame, folds=3, random_state=1, threshold_folds=0)
    numpy = stance.cross_validate(energy_frame, folds=np.int64(3), random_state=np.int64(1), threshold_folds=0)
    assert plain.metrics == numpy.metrics


def test_hand_computed_confidence_metrics():
    predicted = [("a",), ("a",), ("b",), ("none",)]
    gold = [("a",), ("b",), ("b", "a"), ("none",)]
    report = compute_report(predicted, [None] * 4, gold, None, LABELS, "none",
                            confidences=[0.6, 0.6, 0.95, 0.995])
    m = report.metrics
    # right: yes, no, yes, yes; mean confidence (0.6 + 0.6 + 0.95 + 0.995) / 4
    assert m["mean_confidence"] == pytest.approx(0.78625)
    # bins: [0.5, 0.7) holds 0.6, 0.6 with 1 of 2 right: gap 0.1, weight 1/2; [0.9, 0.99)
    # holds 0.95, right: gap 0.05, weight 1/4; [0.99, 1] holds 0.995, right: gap 0.005, 1/4
    assert m["confidence_error"] == pytest.approx(0.05 + 0.0125 + 0.00125)
    assert report.headline()[:3] == ["top1_in_gold", "mean_confidence", "confidence_error"]
    assert "confidence_error" not in compute_report(predicted, [None] * 4, gold, None, LABELS, "none").metrics


def test_evaluate_and_cross_validate_report_how_sure_the_model_was(energy_frame, energy_model):
    report = stance.evaluate(energy_model, energy_frame)
    assert report.metrics["mean_confidence"] == pytest.approx(
        sum(p.confidence for p in energy_model.classify_many(energy_frame.text.tolist())) / len(energy_frame))
    assert 0.0 <= report.metrics["confidence_error"] <= 1.0
    assert "mean_confidence" in str(report)
    pooled = stance.cross_validate(energy_frame, folds=3, stance_column="stance")
    assert {"mean_confidence", "confidence_error"} <= set(pooled.spread)


def test_a_scorer_takes_the_confidence_metrics_the_error_negated_as_scikit_learn_does(energy_frame, energy_model):
    # scorer("confidence_error") and scorer("mean_confidence") were refused, though the README
    # said the scorer takes any metric evaluate reports (the thirty-second audit).
    from sklearn.model_selection import KFold, cross_val_score

    confidences = [p.confidence for p in energy_model.classify_many(energy_frame.text.tolist())]
    metrics = stance.evaluate(energy_model, energy_frame).metrics
    labels_only, both = energy_frame.labels, energy_frame[["labels", "stance"]].fillna("")
    for y in (labels_only, both):  # neither metric judges the stance: labels alone will do
        assert stance.scorer("mean_confidence")(energy_model, energy_frame.text, y) == pytest.approx(
            sum(confidences) / len(confidences))
        # A scorer is maximised, so the error (lower is better) is scored negated, as
        # scikit-learn's "neg_mean_squared_error" is.
        assert stance.scorer("neg_confidence_error")(energy_model, energy_frame.text, y) == \
            -metrics["confidence_error"] < 0
    with pytest.raises(stance.InvalidInputError, match=r"^metric 'confidence_error' is lower-is-better.*"
                                                       r"scorer\('neg_confidence_error'\)"):
        stance.scorer("confidence_error")
    scores = cross_val_score(stance.StanceModel(threshold_folds=0), energy_frame.text, labels_only,
                             cv=KFold(2, shuffle=True, random_state=0),
                             scoring=stance.scorer("neg_confidence_error"))
    assert (scores <= 0).all()


def test_a_scorer_measures_a_text_holding_a_lone_surrogate_as_classify_answers_it(energy_model):
    # Under pandas 3 the scorer's frame made the texts an Arrow string column, which refused a
    # lone surrogate ("\udcc3", a byte a JSON Lines file escaped) that classify takes: a search
    # scored every candidate NaN, or raised UnicodeEncodeError with error_score="raise".
    texts = ["Every new wind farm cuts the bill\udcc3.", "Gas is a detour.", "Nuclear \ud83c is a dead end."]
    gold = ["renewables", "renewables", "nuclear"]
    right = [prediction.label == label for prediction, label in zip(energy_model.classify_many(texts), gold)]
    assert stance.scorer("top1_in_gold")(energy_model, texts, gold) == pytest.approx(sum(right) / len(right))
    stances = pd.DataFrame({"labels": gold, "stance": ["favor", "against", "against"]})
    assert stance.scorer("macro_f1")(energy_model, pd.Series(texts, dtype=object), stances) == \
        stance.evaluate(energy_model, pd.DataFrame({"text": texts, "labels": gold}, dtype=object)).metrics["macro_f1"]


def test_a_scorer_reads_a_pipeline_that_ends_in_a_model(energy_frame, energy_model):
    # cross_val_score(Pipeline([..., ("model", StanceModel())]), scoring=stance.scorer(...)) hands
    # the scorer the Pipeline, which evaluate() refused: every fold scored NaN, with a warning.
    from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    y = energy_frame[["labels", "stance"]].fillna("")
    expected = stance.scorer("stance_f_avg")(energy_model, energy_frame.text, y)
    # The pipeline's first step turns row numbers into the texts: the model reads no number
    # (upper-cased texts, lower-cased back, scored the same whether or not the step ran).
    texts = energy_frame.text.tolist()
    numbered = FunctionTransformer(lambda rows: [texts[i] for i in rows])
    fitted = Pipeline([("texts", numbered), ("model", energy_model)])
    assert stance.scorer("stance_f_avg")(fitted, list(range(len(texts))), y) == expected
    search = GridSearchCV(energy_model.clone(), {"C": [30.0]}, cv=KFold(2, shuffle=True, random_state=0),
                          scoring=stance.scorer("stance_f_avg")).fit(energy_frame.text, y)
    assert stance.scorer("stance_f_avg")(search, energy_frame.text, y) == \
        stance.scorer("stance_f_avg")(search.best_estimator_, energy_frame.text, y)
    scores = cross_val_score(Pipeline([("model", stance.StanceModel(threshold_folds=0))]), energy_frame.text, y,
                             cv=KFold(2, shuffle=True, random_state=0), scoring=stance.scorer("macro_f1"),
                             error_score="raise")
    assert all(0 < s <= 1 for s in scores)
    with pytest.raises(stance.InvalidTypeError, match="ends in one, got LogisticRegression"):
        from sklearn.linear_model import LogisticRegression

        stance.scorer("macro_f1")(LogisticRegression(), energy_frame.text, y)


def test_a_scorer_says_a_search_without_a_best_estimator_has_none(energy_frame, energy_model):
    # A search fitted with refit=False (or not fitted) ends in a StanceModel, but has no
    # best_estimator_ to score: it was refused as "put a StanceModel last in the pipeline".
    from sklearn.model_selection import GridSearchCV, KFold

    y = energy_frame[["labels", "stance"]].fillna("")
    search = GridSearchCV(energy_model.clone(), {"C": [30.0]}, cv=KFold(2, shuffle=True, random_state=0),
                          scoring=stance.scorer("stance_f_avg"), refit=False)
    with pytest.raises(stance.InvalidInputError, match=r"best_estimator_.*\(it is not fitted\).*refit=True"):
        stance.scorer("stance_f_avg")(search, energy_frame.text, y)
    search.fit(energy_frame.text, y)
    with pytest.raises(stance.InvalidInputError, match=r"best_estimator_.*\(refit=False\).*refit=True"):
        stance.scorer("stance_f_avg")(search, energy_frame.text, y)


def _random_outcomes(rng, n, labels=("a", "b", "none")):
    """Predictions and gold of ``n`` statements drawn at random, some multi-label, some
    with no label at all, with stances and confidences."""
    def label_set():
        size = rng.choice([0, 1, 1, 1, 2]) if rng.random() < 0.1 else rng.choice([1, 1, 2])
        return tuple(rng.choice(labels, size=size, replace=False))
    predicted = [label_set() for _ in range(n)]
    gold = [label_set() or ("a",) for _ in range(n)]
    stances = ["favor", "against", None]
    return (predicted, [stances[i] for i in rng.integers(0, 3, n)], gold,
            [stances[i] for i in rng.integers(0, 3, n)], rng.random(n))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_each_resampled_metric_is_the_metric_of_the_resampled_statements(seed):
    from stance.intervals import resampled_metrics

    rng = np.random.default_rng(seed)
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 40)
    report = compute_report(predicted, p_stances, gold, g_stances, LABELS, "none", ("favor", "against"),
                            confidences=confidence)
    picks = [rng.integers(0, 40, 40) for _ in range(25)] + [np.zeros(40, dtype=int)]  # and one of a single row
    draws = np.stack([np.bincount(pick, minlength=40) for pick in picks]).astype(float)
    fast = resampled_metrics(report._outcomes(), draws)
    for b, pick in enumerate(picks):
        slow = compute_report([predicted[i] for i in pick], [p_stances[i] for i in pick], [gold[i] for i in pick],
                              [g_stances[i] for i in pick], LABELS, "none", ("favor", "against"),
                              confidences=confidence[pick]).metrics
        assert set(fast) == set(slow)
        for name, value in slow.items():
            assert fast[name][b] == pytest.approx(value, abs=1e-9, nan_ok=True), (name, b)


def test_a_top1_interval_is_as_wide_as_the_binomial_says():
    rng = np.random.default_rng(3)
    n = 2000
    hits = rng.random(n) < 0.8
    predicted = [("a",) if hit else ("b",) for hit in hits]
    report = compute_report(predicted, [None] * n, [("a",)] * n, None, ("a", "b"), None)
    table = report.intervals(level=0.95, resamples=2000)
    value, low, high = table.loc["top1_in_gold"]
    half_width = 1.96 * math.sqrt(value * (1 - value) / n)  # the normal approximation
    assert low < value < high
    assert (high - low) / 2 == pytest.approx(half_width, rel=0.1)
    wider = report.intervals(level=0.99, resamples=2000).loc["top1_in_gold"]
    assert wider["low"] < low and wider["high"] > high



def test_one_statement_is_said_in_the_singular():
    # An instructor's audit: "Evaluation on 1 statements", "they rest on 1 statements".
    gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"], "stance": ["favor"]})
    report = stance.evaluate(None, gold)
    assert str(report).startswith("Evaluation on 1 statement\n")
    assert "<b>Evaluation on 1 statement</b>" in report._repr_html_()
    with pytest.warns(stance.StanceWarning, match="they rest on 1 statement, fewer than 30"):
        report.intervals()
    two = pd.concat([gold, gold.assign(text="Thank you all for coming.", labels="none", stance=None)])
    with pytest.warns(stance.StanceWarning, match=r"'none' \(1 statement\): they rest on 1 statement,"):
        stance.evaluate(None, two.assign(group=["unity", "none"]), by="group").by_group(level=0.9)

def test_a_top1_of_all_or_none_right_gets_the_exact_interval_and_a_warning_of_few_statements():
    # Every resample of statements all right is all right: the bootstrap gave [1.0, 1.0] for
    # 15 of 15 (and for 3 of 3), where the exact Clopper-Pearson interval is
    # [0.025 ** (1/15), 1] = [0.782, 1]; and nothing said so few statements make it too narrow.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
                                  "Not one more cent for Kyiv."],
                         "labels": ["unity", "none", "ukraine_support"]})
    with pytest.warns(stance.StanceWarning, match=r"3 statements, fewer than 30.* too narrow"):
        table = stance.evaluate(None, gold).intervals(resamples=200)
    assert table.loc["top1_in_gold"].tolist() == pytest.approx([1.0, 0.025 ** (1 / 3), 1.0])
    for right, expected in ((15, [1.0, 0.7819, 1.0]), (0, [0.0, 0.0, 0.2181])):
        report = compute_report([("a",) if right else ("b",)] * 15, ["favor"] * 15, [("a",)] * 15,
                                ["favor" if right else "against"] * 15, ("a", "b"), None, ("favor", "against"))
        with pytest.warns(stance.StanceWarning, match=r"15 statements, fewer than 30"):
            table = report.intervals(level=0.95, resamples=200)
        for name in ("top1_in_gold", "stance_accuracy"):
            assert table.loc[name].tolist() == pytest.approx(expected, abs=1e-4), name


def test_intervals_warn_of_the_metrics_that_rest_on_fewer_than_30_statements():
    # Of 35 statements, 8 on-topic: stance_accuracy 0.875 [0.60, 1.0] rested on those 8,
    # and no warning said so, as it counted all 35 (a researcher's audit).
    n, on_topic = 35, 8
    gold = [("a",)] * on_topic + [("none",)] * (n - on_topic)
    gold_stances = ["favor", "against"] * 4 + [None] * (n - on_topic)
    predicted_stances = ["against", *gold_stances[1:]]  # 7 of the 8 right
    report = compute_report(gold, predicted_stances, gold, gold_stances, ("a", "none"), "none",
                            ("favor", "against"))
    with pytest.warns(stance.StanceWarning) as caught:
        table = report.intervals(resamples=200)
    assert table.loc["stance_accuracy", "value"] == 0.875
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    assert ("intervals: stance_f_avg, against_f1, favor_f1, stance_accuracy rest on 8 statements (those with a "
            "gold stance), fewer than 30, where bootstrap intervals are too narrow") in messages[0], messages[0]
    assert "top1_in_gold" not in messages[0].split(";")[0], messages[0]
    # Of fewer than 30 in all, the stance metrics' own count is said beside.
    first = list(range(20))
    report = compute_report([gold[i] for i in first], [predicted_stances[i] for i in first], [gold[i] for i in first],
                            [gold_stances[i] for i in first], ("a", "none"), "none", ("favor", "against"))
    with pytest.warns(stance.StanceWarning, match=r"intervals: they rest on 20 statements \(stance_f_avg, against_f1, "
                                                  r"favor_f1, stance_accuracy on 8, those with a gold stance\), fewer "
                                                  r"than 30"):
        report.intervals(resamples=200)
    # Through stance.evaluate, as the user met it: 35 statements, 8 of them on-topic (8 texts:
    # copies of fewer would be counted as the texts they are, which the resamples draw).
    frame = pd.DataFrame({"text": ["NATO must send more tanks to Ukraine.", "Not one more cent for Kyiv.",
                                   "Ukraine needs our air defence now.", "Stop the weapons deliveries to Ukraine.",
                                   "We will arm Kyiv for as long as it takes.", "No more money for this war.",
                                   "More artillery shells for Ukraine.", "Our taxes should not fund Ukraine's army."]
                          + [f"Thank you all for coming, item {i}." for i in range(27)],
                          "labels": ["ukraine_support"] * 8 + ["none"] * 27,
                          "stance": ["favor", "against"] * 4 + [None] * 27})
    with pytest.warns(stance.StanceWarning, match=r"stance_accuracy rest on 8 statements \(those with a gold stance\)"):
        stance.evaluate(None, frame).intervals(resamples=200)


def test_intervals_say_when_a_metric_had_no_value_on_some_resamples():
    # Resamples where a metric is undefined (no statement with a gold stance drawn) were left
    # out without a word, so the interval was of the others only.
    n = 40
    stances = ["favor"] + [None] * (n - 1)
    report = compute_report([("a",)] * n, ["favor"] * n, [("a",)] * n, stances, ("a", "b"), None,
                            ("favor", "against"))
    with pytest.warns(stance.StanceWarning, match=r"stance_accuracy had no value on \d+ of 500 resamples"):
        report.intervals(resamples=500)


def test_intervals_of_many_statements_warn_of_nothing():
    n = 400
    hits = np.arange(n) % 5 != 0
    report = compute_report([("a",) if hit else ("b",) for hit in hits], [None] * n, [("a",)] * n, None,
                            ("a", "b"), None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report.intervals(resamples=200)


def test_by_group_intervals_warn_once_of_the_small_groups(seed_frame, default_model):
    frame = _registers(seed_frame)
    with pytest.warns(stance.StanceWarning) as caught:
        table = stance.evaluate(default_model, frame, by="register").by_group(level=0.9, resamples=200)
    messages = [str(w.message) for w in caught if "fewer than 30" in str(w.message)]
    assert len(messages) == 1 and "'a' (3 statements)" in messages[0] and "'b' (2 statements)" in messages[0]
    assert table.loc["b", "n"] == 2


@pytest.mark.parametrize(("groups", "named", "left"), [(6, 6, ""), (7, 5, "; and 2 more groups")])
def test_by_group_intervals_warning_names_a_last_group_rather_than_one_more(seed_frame, default_model, groups, named,
                                                                            left):
    # Of six small groups it named five and said "and 1 more groups", hiding one where naming
    # it takes the room; a list cut leaves out two or more, as the groups= warning's does.
    frame = seed_frame.iloc[:groups].copy()
    frame["register"] = [f"g{i}" for i in range(1, groups + 1)]
    with pytest.warns(stance.StanceWarning) as caught:
        stance.evaluate(default_model, frame, by="register").by_group(level=0.9, resamples=200)
    message = next(str(w.message) for w in caught if "fewer than 30" in str(w.message))
    assert [f"'g{i}' (1 statement)" in message for i in range(1, groups + 1)] == [i <= named for i in
                                                                                   range(1, groups + 1)], message
    assert message.endswith(left) and "1 more" not in message, message


def test_intervals_do_not_depend_on_the_order_of_the_rows():
    # A shuffled copy of a file gave the same metrics and folds but other intervals (top-1's
    # high end 0.9367 against 0.9383): the resamples were drawn over the rows as given.
    rng = np.random.default_rng(5)
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 60)
    other_predicted = [label_set[::-1] for label_set in predicted[::-1]]  # a second model, for comparing
    texts = [f"statement {i}" for i in range(60)]

    def reports(rows):
        def pick(values):
            return [values[i] for i in rows]
        # Labels the model does not know ("b", "none") enter the report in the order the gold rows give them.
        return [compute_report(pick(labels), pick(p_stances), pick(gold), pick(g_stances), ("a",), "none",
                               ("favor", "against"), confidences=confidence[rows], texts=pick(texts))
                for labels in (predicted, other_predicted)]

    (first, second), (shuffled, shuffled_second) = reports(np.arange(60)), reports(rng.permutation(60))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)  # of 60 statements: none here
        # exactly: a confidence summed in the rows' order moved its intervals' ends by 1e-16
        pd.testing.assert_frame_equal(first.intervals(resamples=200), shuffled.intervals(resamples=200),
                                      check_exact=True)
        pd.testing.assert_frame_equal(first.compared_with(second, resamples=200),
                                      shuffled.compared_with(shuffled_second, resamples=200), check_exact=True)


EIGHT = pd.DataFrame({"text": ["We have a one-speed NATO.", "Not one more cent for Kyiv.", "Thank you, Madam Speaker.",
                               "Bring the brigade home.", "We must raise defence spending.",
                               "Schools need more teachers.", "Sanctions on Russia must stay.", "Hear, hear!"],
                      "labels": ["unity", "ukraine_support", "none", "eastern_flank", "deterrence", "none", "unity",
                                 "deterrence"],
                      "stance": ["favor", "against", None, "against", "favor", None, "favor", "favor"]})


def test_copies_of_a_text_are_resampled_together_not_as_independent_statements():
    # A user audit: the same 8 texts 500 times over gave top-1 [0.737, 0.763] where the 8 give
    # [0.5, 1.0], and no warning, the bootstrap drawing the 4,000 rows as independent
    # statements. Copies (as training and the folds find them) are drawn together now: every
    # text's copies alike, 500 copies of 8 texts have the 8 texts' intervals (but for the
    # rounding of a calibration error summed over 500 times as many statements).
    def intervals(data):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = stance.evaluate(None, data).intervals()
        return table, [str(w.message) for w in caught]

    (eight, said), (copies, said_of_copies) = intervals(EIGHT), intervals(pd.concat([EIGHT] * 500, ignore_index=True))
    assert eight.loc["top1_in_gold"].tolist() == [0.75, 0.5, 1.0]
    pd.testing.assert_frame_equal(copies, eight, check_exact=False, rtol=1e-12)
    assert said[0].startswith("intervals: they rest on 8 statements (stance_f_avg, against_f1, favor_f1, "
                              "stance_accuracy on 6, those with a gold stance), fewer than 30")
    assert said_of_copies[0].startswith("intervals: they rest on 8 distinct texts (of 4000 statements, a text's copies "
                                        "drawn together; stance_f_avg, against_f1, favor_f1, stance_accuracy on 6, "
                                        "those with a gold stance), fewer than 30")
    # A comparison counts texts too: each of the 8 is right for one model alone (the exact
    # McNemar p of 8 to 0 is 2 / 2 ** 8), not 4,000 statements (p = 0.0).
    gold, texts = [("a",)] * 4000, EIGHT.text.tolist() * 500
    right, wrong = (compute_report([labels] * 4000, [None] * 4000, gold, None, ("a", "b"), None, texts=texts)
                    for labels in (("a",), ("b",)))
    with pytest.warns(stance.StanceWarning, match=r"compared_with: they rest on 8 distinct texts \(of 4000"):
        table = right.compared_with(wrong)
    assert table.loc["top1_in_gold", ["only_this", "only_other", "p_value"]].tolist() == [8, 0, 2 / 2**8]
    # A text whose copies the folds predicted apart counts for the model that gets more of them right.
    split = [compute_report([(label,) for label in labels], [None] * 4, [("a",)] * 4, None, ("a", "b"), None,
                            texts=["Hear, hear!", "Hear,  hear! ", "Hear, hear!", "Order!"])
             for labels in ("aabb", "bbaa")]
    with pytest.warns(stance.StanceWarning, match="they rest on 2 distinct texts"):
        counted = split[0].compared_with(split[1], resamples=200)
    assert counted.loc["top1_in_gold", ["only_this", "only_other", "p_value"]].tolist() == [1, 1, 1.0]


def test_every_text_given_twice_or_thrice_has_the_intervals_of_the_texts_once():
    # A researcher's audit: with every row duplicated, top-1 and the F1s kept their intervals but
    # mean_confidence went from [0.9844, 0.9975] to [0.9842, 0.9975] and confidence_error from
    # [0.0025, 0.0156] to [0.0025, 0.0158]: the texts were put in another order for the draws
    # than their statements were (ties on top-1 broken by the bins before the confidences).
    once = pd.DataFrame({"text": ["We will keep sending air defence systems to Ukraine.",
                                  "Bring our troops home from Latvia; it is not our border.",
                                  "The alliance is splitting apart over money.",
                                  "Defence budgets are bloated and should be cut.",
                                  "The central bank kept interest rates unchanged.",
                                  "Allied battalions in Estonia are there to stay.", "Not one more cent for Kyiv.",
                                  "Our nuclear deterrent keeps the peace in Europe."],
                         "labels": ["ukraine_support", "eastern_flank", "unity", "deterrence", "none", "eastern_flank",
                                    "ukraine_support", "deterrence"],
                         "stance": ["favor", "against", "against", "against", None, "favor", "against", "favor"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)  # of 8 statements, fewer than 30
        expected = stance.evaluate(None, once).intervals(resamples=300)
        for copies in (2, 3):
            repeated = pd.concat([once] * copies, ignore_index=True).sample(frac=1, random_state=copies)
            table = stance.evaluate(None, repeated).intervals(resamples=300)
            pd.testing.assert_frame_equal(table, expected, check_exact=False, rtol=1e-12, atol=0)
    assert expected.loc["confidence_error", "low"] < expected.loc["confidence_error", "high"]


def test_intervals_of_distinct_texts_are_those_of_statements():
    # The texts given, each its own, change nothing of what is drawn: the same intervals as
    # without texts, to the last bit, and the same when some texts are copies shuffled.
    rng = np.random.default_rng(7)
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 80)
    texts = [f"statement {i}" for i in range(80)]
    reports = [compute_report(predicted, p_stances, gold, g_stances, ("a",), "none", ("favor", "against"),
                              confidences=confidence, texts=given) for given in (texts, None)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        pd.testing.assert_frame_equal(reports[0].intervals(resamples=300), reports[1].intervals(resamples=300),
                                      check_exact=True)
        copied = [f"statement {i % 50}" for i in range(80)]  # 30 texts twice, with their own outcomes
        order = rng.permutation(80)

        def pick(values):
            return [values[i] for i in order]

        as_given, shuffled = (compute_report(p, s, g, gs, ("a",), "none", ("favor", "against"), confidences=c,
                                             texts=t).intervals(resamples=300)
                              for p, s, g, gs, c, t in ((predicted, p_stances, gold, g_stances, confidence, copied),
                                                        (pick(predicted), pick(p_stances), pick(gold),
                                                         pick(g_stances), confidence[order], pick(copied))))
    pd.testing.assert_frame_equal(as_given, shuffled, check_exact=True)


def mirrored(table: pd.DataFrame) -> pd.DataFrame:
    """``b.compared_with(a)`` as ``a.compared_with(b)`` should be: this and other swapped,
    the difference and its interval negated."""
    out = table.copy()
    out["this"], out["other"], out["difference"] = table["other"], table["this"], -table["difference"]
    out["low"], out["high"] = -table["high"], -table["low"]
    out["only_this"], out["only_other"] = table["only_other"], table["only_this"]
    return out


def _swapped_pairs(n):
    """Two models' predictions of ``n`` statements of gold "a", each right where the other is
    wrong, on as many statements: swapping the models swaps which statements they get right."""
    right, wrong = [("a",)] * (n // 2), [("b",)] * (n // 2)
    return right + wrong, wrong + right


@pytest.mark.parametrize("case", ["random", "random_without_confidence", "each_right_where_the_other_is_not"])
def test_a_comparison_swapped_is_the_comparison_mirrored(case):
    # a.compared_with(b) gave top-1 [-0.0163, -0.0034] and b.compared_with(a) [-0.0149, -0.0034]
    # mirrored, one of them excluding 0 where the other did not: the resamples were drawn over
    # the statements sorted by the first report's results, then the second's.
    rng = np.random.default_rng(11)
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 300)
    other, o_stances, _, _, other_confidence = _random_outcomes(rng, 300)
    if case == "each_right_where_the_other_is_not":  # then no order of the statements tells the models apart
        (predicted, other), gold, g_stances = _swapped_pairs(300), [("a",)] * 300, None
        p_stances = o_stances = [None] * 300
    given = {"confidences": confidence} if case == "random" else {}
    first = compute_report(predicted, p_stances, gold, g_stances, LABELS, "none", ("favor", "against"), **given)
    given = {"confidences": other_confidence} if case == "random" else {}
    second = compute_report(other, o_stances, gold, g_stances, LABELS, "none", ("favor", "against"), **given)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        for level in (0.95, 0.9):
            forth, back = (x.compared_with(y, level=level, resamples=200) for x, y in ((first, second),
                                                                                      (second, first)))
            assert (forth["low"] < forth["high"]).any()  # intervals of some width
            pd.testing.assert_frame_equal(forth, mirrored(back), check_exact=True)


def test_two_cross_validations_compared_either_way_are_mirrored(energy_frame):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        first = stance.cross_validate(energy_frame, folds=3, threshold_folds=0)
        second = stance.cross_validate(energy_frame, folds=3, threshold_folds=0, C=0.3, stance_C=0.3)
        forth, back = first.compared_with(second, resamples=300), second.compared_with(first, resamples=300)
    assert (forth["difference"] != 0).any()
    pd.testing.assert_frame_equal(forth, mirrored(back), check_exact=True)


def test_intervals_are_reproducible_and_follow_the_seed(energy_model, energy_frame):
    report = stance.evaluate(energy_model, energy_frame)
    first, again = report.intervals(resamples=300), report.intervals(resamples=300)
    assert first.equals(again)
    assert list(first.index) == report.headline()
    assert (first["value"] == [report.metrics[name] for name in first.index]).all()
    other = report.intervals(resamples=300, random_state=1)
    assert not other[["low", "high"]].equals(first[["low", "high"]])


# Intervals of 1,000 random statements with confidences, and of the command on 600 of the
# challenge set, printed to the last bit, with the BLAS threads given on the command line.
_INTERVALS_WITH_THREADS = """
import contextlib, io, json, sys, warnings
import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits
from stance.cli import main
from stance.evaluation import compute_report

threads, data = int(sys.argv[1]), sys.argv[2]
warnings.simplefilter("ignore")
rng = np.random.default_rng(7)
n, labels, stances = 1000, ("a", "b", "none"), ["favor", "against", None]
def label_sets():
    return [tuple(rng.choice(labels, size=rng.choice([1, 1, 2]), replace=False)) for _ in range(n)]
gold, predicted, other = label_sets(), label_sets(), label_sets()
gold_stances, predicted_stances = ([stances[i] for i in rng.integers(0, 3, n)] for _ in range(2))
first, second = (compute_report(sets, predicted_stances, gold, gold_stances, labels, "none", ("favor", "against"),
                                confidences=rng.random(n)) for sets in (predicted, other))
with threadpool_limits(limits=threads, user_api="blas"):
    used = sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"})
    ends = [first.intervals(resamples=200), first.compared_with(second, resamples=200)]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["evaluate", data, "--json", "--intervals"])
print(json.dumps({"threads": used, "ends": [float(x).hex() for table in ends
                                            for x in table[["low", "high"]].to_numpy().ravel()],
                  "command": printed.getvalue()}))
"""


def test_intervals_do_not_depend_on_the_number_of_blas_threads(tmp_path):
    # The resamples' sums of confidences were one BLAS product, whose threads split the sum
    # differently: an interval's end was 0.1924926989970805 with OMP_NUM_THREADS=1 and
    # 0.19249269899708046 with 2, and so was stance evaluate --json --intervals.
    import subprocess
    import sys

    data = tmp_path / "challenge.csv"
    stance.tables.read_table(ROOT / "datasets" / "challenge").iloc[:600].to_csv(data, index=False)
    found = []
    for threads in (1, 2):
        environment = {**os.environ, "OMP_NUM_THREADS": str(threads), "OPENBLAS_NUM_THREADS": str(threads)}
        out = subprocess.run([sys.executable, "-c", _INTERVALS_WITH_THREADS, str(threads), str(data)],
                             capture_output=True, text=True, env=environment, timeout=300)
        assert out.returncode == 0, out.stderr
        found.append(json.loads(out.stdout))
    if found[1]["threads"] != [2]:
        pytest.skip(f"BLAS would not run two threads here ({found[1]['threads']})")
    assert found[0]["threads"] == [1]
    assert found[0]["ends"] == found[1]["ends"]
    assert found[0]["command"] == found[1]["command"]


def test_cross_validated_reports_have_intervals_over_the_pooled_predictions(energy_frame):
    report = stance.cross_validate(energy_frame, folds=3, threshold_folds=0)
    table = report.intervals(resamples=200)
    assert (table["low"] <= table["value"] + 1e-12).all() and (table["value"] <= table["high"] + 1e-12).all()


@pytest.mark.parametrize("arguments, message", [
    ({"level": 95}, "level must be a number between 0 and 1"),
    ({"level": True}, "level must be a number between 0 and 1"),
    ({"resamples": 10}, "resamples must be a whole number of at least 100"),
    ({"resamples": 200.5}, "resamples must be a whole number"),
    ({"random_state": -1}, "random_state must be an int"),
])
def test_bad_interval_arguments_are_named(energy_model, energy_frame, arguments, message):
    report = stance.evaluate(energy_model, energy_frame)
    with pytest.raises(stance.InvalidInputError, match=message):
        report.intervals(**arguments)


@pytest.mark.parametrize("arguments, error, message", [
    ({"resamples": "lots"}, stance.CountTypeError, "resamples must be a whole number"),
    ({"resamples": -5}, stance.InvalidInputError, "resamples must be a whole number of at least 100"),
    ({"random_state": "lots"}, stance.InvalidInputError, "random_state must be an int"),
    ({"random_state": True}, stance.InvalidInputError, "random_state must be an int"),
])
def test_by_group_checks_its_counts_without_a_level_too(energy_model, energy_frame, arguments, error, message):
    # Without a level no interval is drawn, but the README lists by_group's resamples among the
    # counts refused: resamples='lots' or random_state=True were taken without a word.
    report = stance.evaluate(energy_model, energy_frame, by="labels")
    with pytest.raises(error, match=message):
        report.by_group(**arguments)


@pytest.mark.parametrize("call", ["intervals", "compared_with", "by_group"])
def test_resamples_above_the_ceiling_are_refused_before_drawing(energy_model, energy_frame, call):
    # resamples=10**12 drew for hours (6.4 s a million on 60 statements) with no word.
    from stance.report import MAX_RESAMPLES

    report = stance.evaluate(energy_model, energy_frame, by="labels")
    run = {"intervals": lambda resamples: report.intervals(resamples=resamples),
           "compared_with": lambda resamples: report.compared_with(report, resamples=resamples),
           "by_group": lambda resamples: report.by_group(level=0.95, resamples=resamples)}[call]
    with pytest.raises(stance.InvalidInputError, match=rf"^resamples must be at most {MAX_RESAMPLES:,}, got "
                                                        r"1,000,000,000,000"):
        run(10**12)
    assert run(200).shape[0] > 0  # an ordinary count is drawn as before


def test_a_numpy_level_is_a_level(energy_model, energy_frame):
    # A level from numpy (np.float32(0.9), as from an array of levels) was refused with
    # "level must be a number between 0 and 1 … not np.float32(0.9)".
    report = stance.evaluate(energy_model, energy_frame)
    table = report.intervals(level=np.float32(0.5), resamples=200)
    assert table.equals(report.intervals(level=0.5, resamples=200))  # 0.5 is exact in float32
    assert report.compared_with(report, level=np.float16(0.5), resamples=200).shape[0] == len(table)


def test_a_report_rebuilt_by_hand_says_it_has_no_intervals():
    report = stance.EvaluationReport(metrics={"top1_in_gold": 1.0}, per_label={}, confusion={}, n=3)
    with pytest.raises(stance.InvalidInputError, match="keeps no per-statement results"):
        report.intervals()


def test_a_paired_difference_is_as_wide_as_the_statements_the_models_disagree_on():
    n, better_on = 1000, 30
    rng = np.random.default_rng(4)
    right = rng.random(n) < 0.7
    gained = rng.choice(np.flatnonzero(~right), better_on, replace=False)
    right_too = right.copy()
    right_too[gained] = True
    gold = [("a",)] * n
    old = compute_report([("a",) if hit else ("b",) for hit in right], [None] * n, gold, None, ("a", "b"), None)
    new = compute_report([("a",) if hit else ("b",) for hit in right_too], [None] * n, gold, None, ("a", "b"), None)
    table = new.compared_with(old, resamples=2000)
    this, other, difference, low, high = table.loc["top1_in_gold", ["this", "other", "difference", "low", "high"]]
    assert (this, other) == (new.metrics["top1_in_gold"], old.metrics["top1_in_gold"])
    assert table.loc["top1_in_gold", ["only_this", "only_other"]].tolist() == [better_on, 0]
    assert difference == pytest.approx(better_on / n)
    # Only the 30 statements the models disagree on move the difference: a binomial count.
    half_width = 1.96 * math.sqrt(better_on / n * (1 - better_on / n) / n)
    assert (high - low) / 2 == pytest.approx(half_width, rel=0.15)
    assert low > 0  # far narrower than the two models' own intervals, which overlap
    own_new, own_old = new.intervals().loc["top1_in_gold"], old.intervals().loc["top1_in_gold"]
    assert own_new["low"] < own_old["high"]


def _two_models(only_new: int, only_old: int, n: int = 332):
    """Reports of two models on ``n`` statements, both right on the first 300, and each
    right alone on ``only_new`` and ``only_old`` others; with stances judged the same way."""
    old_right = np.arange(n) < 300
    new_right = old_right.copy()
    new_right[300:300 + only_new] = True
    old_right[300 + only_new:300 + only_new + only_old] = True
    gold, stances = [("a",)] * n, ["favor"] * n

    def report(right):
        return compute_report([("a",) if hit else ("b",) for hit in right],
                              ["favor" if hit else "against" for hit in right], gold, stances, ("a", "b"), None,
                              ("favor", "against"))
    return report(new_right), report(old_right)


@pytest.mark.parametrize("only_new, only_old, p", [(4, 0, 0.125), (5, 0, 0.0625), (0, 5, 0.0625), (3, 3, 1.0),
                                                   (0, 0, 1.0), (7, 1, 0.0703125)])
def test_a_comparison_gives_the_exact_test_of_the_statements_one_model_alone_gets_right(only_new, only_old, p):
    # With 4 of 332 statements told apart, all one way, the paired bootstrap interval of the
    # top-1 difference, [0.0030, 0.0241], excluded 0 where an exact McNemar test gives
    # p = 0.125 (a statistician's audit): a resample draws none of the 4 more often than
    # the interval's tail allows. The p-values: 2 * P(Binomial(k, 1/2) <= min), by hand.
    new, old = _two_models(only_new, only_old)
    table = new.compared_with(old, resamples=200)
    for name in ("top1_in_gold", "stance_accuracy"):
        row = table.loc[name]
        assert (row["only_this"], row["only_other"]) == (only_new, only_old)
        assert row["p_value"] == pytest.approx(p, abs=1e-12)
    assert table.loc["macro_f1", ["only_this", "only_other", "p_value"]].isna().all()  # not a count of statements


def test_a_comparison_counts_statements_in_whole_numbers():
    # The counts came out as floats (7.0), the column holding NaN for the metrics that are no
    # share of statements right, though the command line prints them as whole numbers.
    import numbers

    new, old = _two_models(7, 1)
    table = new.compared_with(old, resamples=200)
    for name in ("only_this", "only_other"):
        assert pd.api.types.is_integer_dtype(table[name]), table[name].dtype
    counts = [table.loc["top1_in_gold", name] for name in ("only_this", "only_other")]
    assert counts == [7, 1] and all(isinstance(count, numbers.Integral) for count in counts), counts
    assert table.loc["top1_in_gold", ["only_this", "only_other"]].tolist() == [7, 1]
    assert table.loc["macro_f1", ["only_this", "only_other"]].isna().all()
    assert "top1_in_gold" in table.to_csv() and ",7,1," in table.to_csv()  # not 7.0,1.0


def test_a_report_compared_with_itself_differs_by_nothing(energy_model, energy_frame):
    report = stance.evaluate(energy_model, energy_frame)
    table = report.compared_with(report, resamples=200)
    assert (table[["difference", "low", "high"]].fillna(0) == 0).all().all()
    assert list(table.index) == report.headline()


def test_a_comparison_gives_the_calibration_errors_difference_no_interval(energy_model, energy_frame):
    # A methods audit: the binned calibration error is biased upward on a sample, and its
    # bootstrap intervals held the error of the whole pool 0 to 79 times in 100 (the other
    # metrics' about 95); the paired interval of two models' errors, each biased by its own
    # amount, read as a test of their difference. The difference is given, with no interval.
    this, other = stance.evaluate(energy_model, energy_frame), stance.evaluate(None, energy_frame)
    table = this.compared_with(other, resamples=200)
    row = table.loc["confidence_error", ["difference", "low", "high"]].astype(float)
    assert row.difference == this.metrics["confidence_error"] - other.metrics["confidence_error"] != 0
    assert math.isnan(row.low) and math.isnan(row.high)
    assert table.drop(index="confidence_error")[["low", "high"]].notna().all().all()
    mirrored = other.compared_with(this, resamples=200).loc["confidence_error", ["difference", "low", "high"]]
    mirrored = mirrored.astype(float)
    assert mirrored.difference == -row.difference and math.isnan(mirrored.low) and math.isnan(mirrored.high)
    # intervals() still gives the spread of the estimate, as documented.
    assert this.intervals(resamples=200).loc["confidence_error", ["low", "high"]].notna().all()


def test_a_model_without_a_stance_head_is_compared_with_one_on_their_common_metrics(energy_model, energy_frame):
    # A report of a model without a stance head judges no stance, so it kept no gold
    # stances: compared with a stance model's report of the very same rows, it was refused
    # as "not of the same statements (their gold labels or stances differ)".
    labels_only = stance.train(energy_frame, stance_column=None, threshold_folds=0)
    with_stance = stance.evaluate(energy_model, energy_frame)
    with pytest.warns(stance.StanceWarning, match="no stance head"):
        without = stance.evaluate(labels_only, energy_frame)
    assert "stance_f_avg" in with_stance.metrics and "stance_f_avg" not in without.metrics
    stance_figures = "'stance_f_avg', 'against_f1', 'favor_f1' and 'stance_accuracy'"
    for this, other, which in ((with_stance, without, "this"), (without, with_stance, "other")):
        # A researcher's audit: the stance figures were left out without a word.
        with pytest.warns(stance.StanceWarning) as caught:
            table = this.compared_with(other, resamples=200)
        said = [str(w.message) for w in caught if "only" in str(w.message)]
        assert said == [f"compared_with: only {which} report has {stance_figures} (the other has no stance figures: "
                        f"its model has no stance head, or it was evaluated with stance_column=None); the table "
                        f"compares the metrics both have, and leaves these out"]
        # In the command's words too: `stance evaluate --compare-with` calls no compared_with.
        typed = [w.message.typed for w in caught if "only" in str(w.message)]
        assert typed == [f"--compare-with: only {which} report has {stance_figures} (the other has no stance "
                         f"figures: its model has no stance head, or it was evaluated with --stance-column none); "
                         f"the table compares the metrics both have, and leaves these out"]
        assert list(table.index) == [name for name in this.headline() if name in other.metrics]
        assert "stance_f_avg" not in table.index
        top1 = table.loc["top1_in_gold"]
        assert top1["difference"] == this.metrics["top1_in_gold"] - other.metrics["top1_in_gold"]
        assert top1["low"] <= top1["high"]


def test_reports_of_different_statements_cannot_be_compared(energy_model, energy_frame):
    whole = stance.evaluate(energy_model, energy_frame)
    part = stance.evaluate(energy_model, energy_frame.iloc[:-1])
    with pytest.raises(stance.InvalidInputError, match=r"not of the same statements \(\d+ statements against"):
        whole.compared_with(part)
    # The same statements in another order were said to differ in their gold labels or
    # stances, which are the same (a user audit): the order is what differs.
    same_rows_in_order = "evaluate both models on the same rows in the same order"
    reordered = stance.evaluate(energy_model, energy_frame.iloc[::-1])
    with pytest.raises(stance.InvalidInputError, match=r"^the two reports are of the same statements in another "
                                                       rf"order, .*: {same_rows_in_order}$"):
        whole.compared_with(reordered)
    # So too without a stance head, and for a report made without its texts (by its gold alone).
    labels_only = stance.train(energy_frame)
    with pytest.warns(stance.StanceWarning, match="no stance head"):
        plain, backwards = (stance.evaluate(labels_only, frame) for frame in (energy_frame, energy_frame.iloc[::-1]))
    with pytest.raises(stance.InvalidInputError, match="are of the same statements in another order"):
        plain.compared_with(backwards)
    with pytest.raises(stance.InvalidInputError, match="have the same gold labels and stances in another order"):
        replace(whole, _texts=None, _statements=None).compared_with(replace(reordered, _texts=None, _statements=None))
    # Other statements in another order are still other statements: two texts' stances swapped
    # (the same stances, on other texts), or a text changed.
    favor, against = (energy_frame.index[energy_frame["stance"] == value][0] for value in ("favor", "against"))
    swapped = energy_frame.copy()
    swapped.loc[[favor, against], "stance"] = ["against", "favor"]
    for other in (swapped, energy_frame.assign(text=energy_frame.text.where(energy_frame.index != 0, "Hello."))):
        with pytest.raises(stance.InvalidInputError, match="not of the same statements"):
            whole.compared_with(stance.evaluate(energy_model, other.iloc[::-1]))
    with pytest.raises(stance.InvalidTypeError, match="other must be an EvaluationReport"):
        whole.compared_with(whole.summary())


def test_reports_of_other_statements_with_the_same_gold_labels_cannot_be_compared():
    # Only the gold labels and stances were compared: two test files whose labels happened to
    # agree row by row were compared as if they held the same statements.
    first = pd.DataFrame({"text": ["We have a one-speed NATO.", "Arm Ukraine now."],
                          "labels": ["unity", "ukraine_support"], "stance": ["favor", "favor"]})
    second = first.assign(text=["The Alliance stands united.", "Send Kyiv more shells."])
    this, other = stance.evaluate(None, first), stance.evaluate(None, second)
    with pytest.raises(stance.InvalidInputError, match="the same gold labels and stances, but their texts differ"):
        this.compared_with(other, resamples=200)
    again = stance.evaluate(None, first.copy())  # a report of the same statements, made apart, is compared
    assert this.compared_with(again, resamples=200).loc["top1_in_gold", "difference"] == 0


def test_a_model_without_a_stance_head_is_compared_on_the_label_metrics(energy_model, energy_frame):
    # The same statements: only the second model cannot be judged on stance.
    labels_only = stance.train(energy_frame)
    with_stance = stance.evaluate(energy_model, energy_frame)
    with pytest.warns(UserWarning, match="no stance head"):
        without = stance.evaluate(labels_only, energy_frame)
    for first, second in ((with_stance, without), (without, with_stance)):
        table = first.compared_with(second, resamples=200)
        assert "top1_in_gold" in table.index and "stance_f_avg" not in table.index
        assert table.loc["top1_in_gold", "difference"] == pytest.approx(
            first.metrics["top1_in_gold"] - second.metrics["top1_in_gold"])
    other_stances = energy_frame.assign(stance=energy_frame["stance"].iloc[::-1].to_numpy())
    with pytest.raises(stance.InvalidInputError, match="gold labels or stances differ"), \
            pytest.warns(stance.StanceWarning, match="off-topic label 'none' and a stance"), \
            pytest.warns(stance.StanceWarning, match="a target but no gold stance"):  # stances reversed onto them
        with_stance.compared_with(stance.evaluate(energy_model, other_stances))


def test_intervals_of_many_statements_draw_their_resamples_in_bounded_memory():
    import tracemalloc

    # Blocks of 100 resamples of 200,000 statements were 160 MB of counts, built twice over
    # (as ints, then as floats): half a gigabyte for one interval table.
    n = 100_000
    hits = np.arange(n) % 5 != 0  # top-1 of 0.8
    report = compute_report([("a",) if hit else ("b",) for hit in hits], [None] * n, [("a",)] * n, None,
                            ("a", "b"), None)
    report._per_statement()  # the per-statement columns are the report's, not the resampling's
    tracemalloc.start()
    try:
        table = report.intervals(resamples=100)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60_000_000
    value, low, high = table.loc["top1_in_gold"]
    assert value == 0.8 and low < 0.8 < high and high - low < 0.01


def test_intervals_and_comparisons_build_the_statements_columns_once(monkeypatch):
    # A researcher's audit: intervals(resamples=200) of 100,000 statements and 101 labels
    # took 10.2 s, 4.0 s of it building the per-statement columns twice (once to order the
    # statements, once more on the ordered copy), the same columns both times.
    from stance import intervals

    rng = np.random.default_rng(11)
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 90)

    def reports():
        return [compute_report(labels, p_stances, gold, g_stances, ("a",), "none", ("favor", "against"),
                               confidences=confidence)
                for labels in (predicted, [label_set[::-1] for label_set in predicted])]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)  # of 90 statements: none here
        first, second = reports()
        expected, compared = first.intervals(resamples=100), first.compared_with(second, resamples=100)
        built = []
        real = intervals._columns
        monkeypatch.setattr(intervals, "_columns", lambda outcomes: built.append(outcomes) or real(outcomes))
        first, second = reports()
        pd.testing.assert_frame_equal(first.intervals(resamples=100), expected)
        assert len(built) == 1
        first, second = reports()
        pd.testing.assert_frame_equal(first.compared_with(second, resamples=100), compared)
        assert len(built) == 3  # once for each report's statements
    assert expected.loc["top1_in_gold", "low"] < expected.loc["top1_in_gold", "high"]


def test_a_report_holds_no_second_matrix_of_its_columns_after_intervals():
    # A review of 616f113f: sharing the columns' product with the ordered copy kept it on the
    # report's own outcomes, which the report holds while it lives: after intervals() of
    # 50,000 statements of 101 labels, 790 MB held where its parent held 531 MB. The copy
    # has it now, gone with it; the columns (which order the statements) stay as before.
    import gc
    import tracemalloc

    rng = np.random.default_rng(17)
    labels = (*(f"code_{i}" for i in range(40)), "none")
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 3000, labels)
    report = compute_report(predicted, p_stances, gold, g_stances, labels, "none", ("favor", "against"),
                            confidences=confidence)
    columns, _ = report._per_statement().columns
    gc.collect()
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            table = report.intervals(resamples=100)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - held
    finally:
        tracemalloc.stop()
    assert held < columns.nbytes / 4, (held, columns.nbytes)
    assert table.loc["micro_f1", "low"] <= table.loc["micro_f1", "value"] <= table.loc["micro_f1", "high"]


def _registers(seed_frame):
    """Six seed statements the bundled model gets right, the first given a gold label it
    cannot match ("none" for a statement about unity), in groups a (3), b (2) and none (1)."""
    frame = seed_frame.iloc[:6].copy()
    frame.loc[frame.index[0], ["labels", "stance"]] = ["none", None]  # an off-topic row takes no stance
    frame["register"] = ["a", "a", "a", "b", "b", None]
    return frame


def test_evaluate_by_measures_each_group_as_if_evaluated_on_its_own(seed_frame, default_model):
    frame = _registers(seed_frame)
    report = stance.evaluate(default_model, frame, by="register")
    table = report.by_group()
    assert table.index.name == "register"
    assert table.index.tolist() == ["a", "b", "(missing)"]  # largest first
    assert table["n"].tolist() == [3, 2, 1]
    assert table["top1_in_gold"].tolist() == pytest.approx([2 / 3, 1.0, 1.0])  # row 0 is the one miss
    assert table.columns.tolist() == ["n", *report.headline()]
    for group, rows in (("a", frame.iloc[:3]), ("b", frame.iloc[3:5]), ("(missing)", frame.iloc[5:])):
        alone = stance.evaluate(default_model, rows)
        assert table.loc[group, report.headline()].tolist() == pytest.approx(
            [alone.metrics[name] for name in report.headline()], nan_ok=True)
        pd.testing.assert_frame_equal(report.groups[group].to_frame(), alone.to_frame())
    # The overall report is the one made without by.
    plain = stance.evaluate(default_model, frame)
    assert report.metrics == pytest.approx(plain.metrics, nan_ok=True) and str(report).startswith(str(plain))
    assert {k: v for k, v in report.to_dict().items() if k not in ("by", "groups")} == plain.to_dict()


def test_the_notebook_display_of_a_report_by_many_groups_keeps_to_pandas_display_limit(default_model):
    # By a column of 400 document names, the HTML held a row for every group.
    texts = ["We have a one-speed NATO.", "Arm Ukraine now."] * 200
    gold = pd.DataFrame({"text": texts, "labels": ["unity", "ukraine_support"] * 200,
                         "document": [f"doc{i:03d}" for i in range(400)]})
    report = stance.evaluate(default_model, gold, by="document")
    with pd.option_context("display.max_rows", 20):
        page = report._repr_html_()
    by = page[page.index("<p>By document"):]
    assert by.count("<tr>") < 20 + 5  # 20 rows and the headers
    assert "(400 groups)" in by and "doc000" in by and "doc399" in by and "doc200" not in by


def test_a_long_group_name_is_cut_in_the_printed_and_notebook_tables_and_kept_whole_in_by_group(default_model):
    # A review: a 55,000-character group name (a paragraph pasted into a speaker column) was printed whole in
    # print(report), stance evaluate --by's table and the notebook's, as a statement is not (cut to 70 columns
    # in a document's table, to 2,000 characters in its HTML).
    name = "Mr Speaker " * 5000
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Arm Ukraine now.", "Thank you all for coming."],
                         "labels": ["unity", "ukraine_support", "none"], "speaker": [name, name, "Kallas"]})
    report = stance.evaluate(default_model, gold, by="speaker")
    assert report.by_group().index.tolist() == [name, "Kallas"]  # the data's names, whole
    printed = name[:69] + "…"  # 70 columns, the last the ellipsis
    for text in (str(report), report.to_string()):
        table = text[text.index("By speaker"):]
        assert printed in table and name[:70] not in table
        assert max(len(line) for line in table.splitlines()) < 200
    page = report._repr_html_()
    assert name[:1999] + "…" in page and name[:2000] not in page


def test_print_report_writes_a_lone_surrogate_in_a_group_name_escaped(default_model, tmp_path):
    # A JSON Lines file's speaker "M\\udce9nard" (a Latin-1 byte a broken export escaped) named
    # a group, and print(report) raised UnicodeEncodeError where the HTML showed it escaped.
    source = tmp_path / "gold.jsonl"
    source.write_text('{"text": "We have a one-speed NATO.", "labels": "unity", "speaker": "M\\udce9nard"}\n'
                      '{"text": "Arm Ukraine now.", "labels": "ukraine_support", "speaker": "Kallas"}\n')
    report = stance.evaluate(default_model, source, by="speaker")
    shown = str(report)
    assert shown.encode("utf-8").decode("utf-8") == shown  # raised UnicodeEncodeError
    assert "M\\udce9nard" in shown and "M\\udce9nard" in report._repr_html_()
    assert "M\udce9nard" in report.by_group().index  # the group keeps its name as given


def test_evaluate_by_puts_missing_and_blank_values_in_one_group(seed_frame, default_model):
    frame = seed_frame.iloc[:7].copy()
    frame["year"] = [2019.0, math.nan, 2020.0, None, " ", 2019.0, 2020.0]  # a year column with gaps is floats
    table = stance.evaluate(default_model, frame, by="year").by_group()
    # n descending, then value: 2019 and 2020 have two rows each, the three without a year are one group.
    assert table.index.tolist() == ["(missing)", 2019, 2020]
    assert table["n"].tolist() == [3, 2, 2] and table["n"].sum() == len(frame)


@pytest.mark.parametrize("ordered", [True, False])
def test_evaluate_by_a_categorical_keeps_its_categories_order_between_groups_of_one_size(seed_frame, default_model,
                                                                                          ordered):
    # A review: by an ordered categorical ("low" < "medium" < "high"), groups of one size came in the alphabet's
    # order, "high", "low", "medium", where pandas (sort_values, groupby) and the user's own order put "low"
    # first; an unordered categorical's categories are an order its author chose as well.
    frame = seed_frame.iloc[:8].copy()
    frame["level"] = pd.Categorical(["high", "low", "medium", "high", None, "low", "medium", None],
                                    categories=["low", "medium", "high"], ordered=ordered)
    table = stance.evaluate(default_model, frame, by="level").by_group()
    assert table.index.tolist() == ["low", "medium", "high", "(missing)"]  # two rows each
    # A larger group still comes first.
    frame.loc[frame.index[4], "level"] = "high"
    assert stance.evaluate(default_model, frame, by="level").by_group().index.tolist() == [
        "high", "low", "medium", "(missing)"]


def test_a_by_groups_twin_in_its_accents_encoding_is_told_so_not_as_spaces(seed_frame, default_model):
    # An audit: 'Orbán' and 'Orba\u0301n' (a combining accent, as macOS and PDFs write it) were
    # warned of as differing "in their spaces or in characters that show nothing", with nothing
    # named beside either, and a reader looked for spaces that are not there.
    frame = seed_frame.iloc[:4].copy()
    frame["speaker"] = ["Orb\u00e1n", "Orba\u0301n", "Orb\u00e1n", "Rutte"]
    told = re.escape("by='speaker': the groups 'Orba\u0301n' (accents as combining marks: U+0301 COMBINING ACUTE "
                     "ACCENT) and 'Orb\u00e1n' look the same but differ in their spaces, in how their accents are "
                     "encoded or in characters")
    with pytest.warns(stance.StanceWarning, match=told):
        table = stance.profile(stance.score(frame[["text", "speaker"]], model=default_model), by="speaker")
    assert len(set(table.droplevel("target").index) - {"Rutte"}) <= 2  # kept apart, as the data has them
    with pytest.warns(stance.StanceWarning, match=told):
        stance.evaluate(default_model, frame, by="speaker")


@pytest.mark.parametrize("names, told", [
    # A review of 4401fc5d: 'Orba\u0301n' and 'Orba\u0301n ' (one Mac's export, every name
    # decomposed) differ in a space alone, yet each was named "(accents as combining marks: U+0301
    # …)" and the warning said they may differ "in how their accents are encoded", which they do not.
    (["Orba\u0301n", "Orba\u0301n "],
     "by='speaker': the groups 'Orba\u0301n' and 'Orba\u0301n ' (a space at an end) look the same but differ in "
     "their spaces or in characters that show nothing, so each is a group of its own; use one spelling in every row "
     "to make them one"),
    # A review of db247500: "Nguy\u00ea\u0303n" (Windows' Vietnamese keyboard: ê, then a combining
    # tilde) beside "Nguye\u0302\u0303n" (macOS: e and both marks) are each decomposed, so the
    # warning named nothing that tells them apart and left out "how their accents are encoded".
    (["Nguy\u00ea\u0303n", "Nguye\u0302\u0303n"],
     "by='speaker': the groups 'Nguye\u0302\u0303n' (accents as combining marks: U+0302 COMBINING CIRCUMFLEX "
     "ACCENT, U+0303 COMBINING TILDE) and 'Nguy\u00ea\u0303n' (accents as combining marks: U+0303 COMBINING TILDE) "
     "look the same but differ in their spaces, in how their accents are encoded or in characters that show "
     "nothing, so each is a group of its own; use one spelling in every row to make them one"),
])
def test_a_by_groups_twins_both_decomposed_are_told_of_what_tells_them_apart(seed_frame, default_model, names, told):
    frame = seed_frame.iloc[:4].copy()
    frame["speaker"] = [names[0], names[1], names[0], "Rutte"]
    for call in (lambda: stance.profile(stance.score(frame[["text", "speaker"]], model=default_model), by="speaker"),
                 lambda: stance.evaluate(default_model, frame, by="speaker")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        assert told in [str(warning.message) for warning in caught], [str(warning.message) for warning in caught]


def test_evaluate_and_profile_by_warn_of_groups_that_differ_only_in_letter_case(seed_frame, default_model, tmp_path,
                                                                                capsys):
    # An audit: "Labour" and "labour" were two groups with no word, where "Labour" and "Labour "
    # were warned of. They stay two groups (what the data holds), and are told.
    frame = seed_frame.iloc[:8].copy()
    frame["party"] = ["Labour", "labour", "Labour", "LABOUR", "Labour ", "SNP", "snp", "Tory"]
    told = ("by='party': the groups 'LABOUR', 'Labour' and 'labour'; 'SNP' and 'snp' differ in letter case alone, so "
            "each is a group of its own; use one spelling in every row to make them one")
    for call in (lambda: stance.profile(stance.score(frame[["text", "party"]], model=default_model), by="party"),
                 lambda: stance.evaluate(default_model, frame, by="party").by_group()):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = call()
        said = [str(warning.message) for warning in caught]
        assert told in said, said
        assert any("'Labour' and 'Labour ' (a space at an end) look the same" in message for message in said), said
        groups = set(result.index.get_level_values(0))
        assert {"Labour", "labour", "LABOUR", "Labour ", "SNP", "snp"} <= groups  # counted apart, as the data has them
    from stance.cli import main

    frame.to_csv(tmp_path / "d.csv", index=False)
    assert main(["evaluate", str(tmp_path / "d.csv"), "--by", "party"]) == 0
    typed = told.replace("by='party'", "by party", 1)  # as the flag is typed (6ff10501)
    assert f"stance evaluate: warning: --{typed}\n" in capsys.readouterr().err
    frame["party"] = ["Labour"] * 4 + ["SNP"] * 4  # one spelling each: no word
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", ".* statements the model was trained on")  # seed rows: the bundled model's
        stance.evaluate(default_model, frame, by="party")


@pytest.mark.parametrize("values, told", [
    # No spelling of 'Labour\xa0' without its no-break space, so no spacing warning names it:
    # "letter case alone" was untrue, and using one case would still leave two groups.
    (["labour", "Labour\u00a0", "CDU"], "the groups 'Labour\\xa0' and 'labour' differ in letter case (and "
                                         "'Labour\\xa0' in its spaces or unseen characters too), so"),
    # Named by the spelling the spacing warning names beside 'Labour ', whatever the order.
    (["Labour ", "labour", "Labour"], "the groups 'Labour' and 'labour' differ in letter case alone, so"),
    # Decomposed (macOS, a PDF): it differs in how its accent is encoded, not in any space.
    (["Orba\u0301n", "orb\u00e1n"], "the groups 'Orba\u0301n' and 'orb\u00e1n' differ in letter case (and "
                                    "'Orba\u0301n' in how its accents are encoded too), so"),
    (["Orba\u0301n\xa0", "orb\u00e1n"], "the groups 'Orba\u0301n\\xa0' and 'orb\u00e1n' differ in letter case "
                                         "(and 'Orba\u0301n\\xa0' in how its accents are encoded and in its spaces or "
                                         "unseen characters too), so"),
    # A review of 7857f0ff: written alike (as macOS writes every name), they differ in case alone;
    # "in how their accents are encoded" sent the reader after accents that agree.
    (["Orba\u0301n", "orba\u0301n"], "the groups 'Orba\u0301n' and 'orba\u0301n' differ in letter case alone, so"),
    (["ORBA\u0301N", "Orba\u0301n", "CDU"], "the groups 'ORBA\u0301N' and 'Orba\u0301n' differ in letter case "
                                            "alone, so"),
    (["Labour\xa0", "labour\xa0"], "the groups 'Labour\\xa0' and 'labour\\xa0' differ in letter case alone, so"),
    (["Orba\u0301n\xa0", "orba\u0301n"], "the groups 'Orba\u0301n\\xa0' and 'orba\u0301n' differ in letter case "
                                         "(and 'Orba\u0301n\\xa0' and 'orba\u0301n' in their spaces or unseen "
                                         "characters too), so"),
])
def test_groups_that_differ_in_case_and_spacing_are_not_said_to_differ_in_case_alone(values, told):
    from stance.group_values import warn_of_twins

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_of_twins(values, "by='party'")
    said = [str(warning.message) for warning in caught if "letter case" in str(warning.message)]
    assert len(said) == 1 and f"by='party': {told} each is a group of its own" in said[0], said


def test_groups_of_one_spelling_each_are_not_grouped_again_to_find_no_twins(monkeypatch):
    # A review: by= of 200,000 distinct names took 0.41 s to warn of no twins, where 0.20 s before
    # case twins were looked for: each warning grouped every value again, to find nothing. Only
    # the warning whose twins a set of keys shows now groups them.
    from stance import group_values

    asked = []
    monkeypatch.setattr(group_values, "warn_of_spacing_twins", lambda *args, **kwargs: asked.append("spacing"))
    monkeypatch.setattr(group_values, "warn_of_case_twins", lambda *args, **kwargs: asked.append("case"))
    group_values.warn_of_twins([f"Speaker {i}" for i in range(1000)] + [2019, None], "by='speaker'")
    assert asked == []
    group_values.warn_of_twins(["SPD", "SPD ", "CDU"], "by='party'")
    group_values.warn_of_twins(["SPD", "spd", "CDU"], "by='party'")
    group_values.warn_of_twins(["SPD", "spd ", "CDU"], "by='party'")  # twins in case, spaced otherwise too
    assert asked == ["spacing", "case", "case"]


def test_evaluate_and_profile_by_warn_of_groups_that_differ_only_in_their_spaces(seed_frame, default_model):
    # "SPD" and "SPD " (or "SPD\u00a0") were two rows of one visible name in the report, with no
    # word, where labels so spelt are refused.
    frame = seed_frame.iloc[:8].copy()
    frame["party"] = ["SPD" if i % 2 else "SPD " for i in range(4)] + ["CDU", "SPD\u00a0", "CDU", "CDU"]
    told = (r"by='party': the groups 'SPD' and 'SPD ' \(a space at an end\) and 'SPD\\xa0' \(U\+00A0 NO-BREAK "
            r"SPACE and a space at an end\) look the same but differ in their spaces")
    with pytest.warns(stance.StanceWarning, match=told):
        table = stance.evaluate(default_model, frame, by="party").by_group()
    assert sorted(table.index) == ["CDU", "SPD", "SPD ", "SPD\u00a0"]  # kept apart, as the data has them
    with pytest.warns(stance.StanceWarning, match=told):
        stance.profile(stance.score(frame[["text", "party"]], model=default_model), by="party")
    frame["party"] = ["SPD"] * 4 + ["CDU"] * 4
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", ".* statements the model was trained on")  # seed rows: the bundled model's
        stance.evaluate(default_model, frame, by="party")


def test_evaluate_by_a_number_column_names_its_groups_alike_from_a_file_and_a_frame(seed_frame, default_model,
                                                                                    tmp_path):
    # A year column with gaps is floats to pandas, which writes 2020.0 to a CSV file: evaluated
    # from the file, the groups were '2020.0', from the frame read back 2020, so the results
    # of `stance evaluate --by year` and of Python did not join (the thirty-second audit).
    frame = seed_frame.iloc[:7].copy()
    frame["year"] = [2019, 2020, None, 2021, 2020, 2019, 2020]
    frame.to_csv(tmp_path / "test_year.csv", index=False)
    assert "2020.0" in (tmp_path / "test_year.csv").read_text()
    from_file = stance.evaluate(default_model, tmp_path / "test_year.csv", by="year").by_group()
    from_frame = stance.evaluate(default_model, pd.read_csv(tmp_path / "test_year.csv"), by="year").by_group()
    assert from_file.index.tolist() == ["2020", "2019", "2021", "(missing)"]
    assert from_file.index.tolist() == [str(value) for value in from_frame.index]
    assert from_file.reset_index(drop=True).equals(from_frame.reset_index(drop=True))
    # "2020" and "2020.0" in one file are one group, of both rows; text that is not all whole
    # numbers is named as written, as pandas would keep it.
    frame["year"] = ["2020", "2020.0", None, "2021.0", "2020", "2019", "2019"]
    assert stance.evaluate(default_model, frame, by="year").by_group()["n"].to_dict() == \
        {"2020": 3, "2019": 2, "2021": 1, "(missing)": 1}
    frame["year"] = ["2019.5", "2020.0", None, "2021", "2020.0", "2019.5", "2019.5"]
    assert stance.evaluate(default_model, frame, by="year").by_group().index.tolist() == \
        ["2019.5", "2020.0", "2021", "(missing)"]


def test_by_group_intervals_are_each_groups_own(seed_frame, default_model):
    frame = _registers(seed_frame)
    table = stance.evaluate(default_model, frame, by="register").by_group(level=0.9, resamples=200)
    alone = stance.evaluate(default_model, frame.iloc[:3]).intervals(level=0.9, resamples=200)
    for name, row in alone.iterrows():
        assert table.loc["a", [name, f"{name}_low", f"{name}_high"]].tolist() == pytest.approx(
            [row.value, row.low, row.high], nan_ok=True)
    assert table.columns[:4].tolist() == ["n", "top1_in_gold", "top1_in_gold_low", "top1_in_gold_high"]


def test_evaluate_by_reports_the_groups_in_to_dict(seed_frame, default_model):
    import json

    report = stance.evaluate(default_model, _registers(seed_frame), by="register")
    out = json.loads(json.dumps(report.to_dict(), allow_nan=False))
    assert out["by"] == "register"
    assert [(g["group"], g["n"]) for g in out["groups"]] == [("a", 3), ("b", 2), ("(missing)", 1)]
    assert out["groups"][0]["metrics"]["top1_in_gold"] == pytest.approx(2 / 3)


def test_evaluate_by_errors_name_the_argument(seed_frame, default_model):
    frame = _registers(seed_frame)
    with pytest.raises(stance.InvalidInputError,
                       match=r"by='regster': no such column; columns present: \['text', 'labels', 'stance', "
                             r"'register'\]\. Did you mean 'register'\?"):
        stance.evaluate(default_model, frame, by="regster")
    with pytest.raises(stance.InvalidInputError, match=r"this report has no groups: evaluate with by=COLUMN") as no:
        stance.evaluate(default_model, frame).by_group()
    # by='register' was offered of data that may have no such column: a placeholder, as the text says.
    assert "'register'" not in str(no.value) and "stance.evaluate(model, data, by=COLUMN)" in str(no.value)
    listed = frame.assign(register=[["a"], "a", "a", "b", "b", None])
    with pytest.raises(stance.InvalidInputError, match=r"by='register': row 0 holds a list, not a value to group"):
        stance.evaluate(default_model, listed, by="register")
    clash = frame.assign(register=["(missing)", "a", "a", "b", "b", None])
    with pytest.raises(stance.InvalidInputError, match=r"some rows have the value '\(missing\)' and others none"):
        stance.evaluate(default_model, clash, by="register")
    with pytest.raises(stance.InvalidInputError, match=r"cross_validate takes no by="):
        stance.cross_validate(frame, by="register")


def test_evaluate_by_the_labels_column_measures_each_gold_label_set(seed_frame, default_model):
    table = stance.evaluate(default_model, _registers(seed_frame), by="labels").by_group()
    assert table.loc["none", "top1_in_gold"] == 0.0 and table.loc["unity", "top1_in_gold"] == 1.0


def test_evaluate_by_the_labels_column_groups_json_lists_and_spaced_names_as_label_sets(seed_frame, default_model):
    # A JSON Lines file's labels are lists: by="labels" refused them ("row 0 holds a list"),
    # though any column, the labels column too, was documented to work; and "a | b" written
    # with spaces was a group apart from "a|b", the same gold label set.
    frame = seed_frame.iloc[:4].copy()
    frame["labels"] = [["unity"], ["unity", "deterrence"], "unity | deterrence", "unity"]
    table = stance.evaluate(default_model, frame, by="labels").by_group()
    assert table.index.tolist() == ["unity", "unity|deterrence"]
    assert table["n"].tolist() == [2, 2]
    # The order is kept (a researcher asked): the first label is the primary one, which the stance is
    # towards and primary_macro_f1 judges, so "deterrence|unity" is another gold reading, and group.
    frame["labels"] = ["unity", "unity|deterrence", "deterrence|unity", "unity"]
    table = stance.evaluate(default_model, frame, by="labels").by_group()
    assert table.index.tolist() == ["unity", "deterrence|unity", "unity|deterrence"]
    assert table["n"].tolist() == [2, 1, 1]


def test_evaluate_by_a_column_with_infinite_values_reports_strict_json(seed_frame, default_model):
    # A numeric column holding inf (a ratio with a zero below it) gave `stance evaluate --by
    # COLUMN --json` a group of Infinity, which is not JSON: strict parsers refused the output.
    import json

    frame = seed_frame.iloc[:4].copy()
    frame["ratio"] = [math.inf, math.inf, -math.inf, 0.5]
    out = json.loads(json.dumps(stance.evaluate(default_model, frame, by="ratio").to_dict(), allow_nan=False))
    assert [(g["group"], g["n"]) for g in out["groups"]] == [("inf", 2), ("-inf", 1), (0.5, 1)]


# -- copies of one text ------------------------------------------------------------------


def test_cross_validate_names_its_copies_once_by_the_data_s_index(energy_frame):
    frame = energy_frame[["text", "labels", "stance"]].reset_index(drop=True)
    frame.index = [f"r{i}" for i in range(len(frame))]
    copy = frame.iloc[[3]].assign(labels="gas", stance="against")
    copy.index = ["again"]
    data = pd.concat([frame, copy])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(data, folds=4, threshold_folds=0)
    found = [str(w.message) for w in caught if "several rows" in str(w.message)]
    assert len(found) == 1
    assert "'renewables' (favor) in row 'r3', 'gas' (against) in row 'again'" in found[0]


def _nonsense_with_copies(n: int = 200, seed: int = 0) -> pd.DataFrame:
    """``n`` texts of three made-up words each, with labels drawn at random (nothing to learn),
    each given twice: as it is and with a trailing space, as a second export writes it."""
    rng = np.random.RandomState(seed)
    words = ["".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), 7)) for _ in range(3 * n)]
    texts = [" ".join(words[3 * i:3 * i + 3]) for i in range(n)]
    labels = list(rng.choice(["alpha", "beta", "gamma"], n))
    return pd.DataFrame({"text": texts + [text + " " for text in texts], "labels": labels * 2})


def test_cross_validation_never_tests_a_copy_of_a_training_text():
    # The labels are random and the texts share no word, so no model can beat the commonest
    # label (about 1/3) on texts it has not seen. With one copy of a text in training and the
    # other in test, the folds measured memory: 0.93 top-1.
    frame = _nonsense_with_copies()
    report = stance.cross_validate(frame, folds=5, threshold_folds=0, none_label=None)
    assert report.metrics["top1_in_gold"] < 0.5
    assert sum(fold["n"] for fold in report.folds) == 400


def test_folds_keep_copies_of_a_text_in_one_fold_and_are_unchanged_without_copies(energy_frame):
    from sklearn.model_selection import StratifiedKFold

    from stance.data import content_order, parse_label_set, shuffled_folds

    frame = _nonsense_with_copies(60)
    sets = [parse_label_set(v) for v in frame.labels]
    tests, _ = shuffled_folds(frame.text.tolist(), sets, None, 5, 0)
    fold_of = {i: f for f, test in enumerate(tests) for i in test.tolist()}
    assert sorted(fold_of) == list(range(120))
    assert all(fold_of[i] == fold_of[i + 60] for i in range(60))
    # Without copies each row is drawn alone, as before (stratified, in content order), so
    # the bundled model's folds do not move.
    texts, sets = energy_frame.text.tolist(), [parse_label_set(v) for v in energy_frame.labels]
    order = np.array(content_order(texts, sets, None))
    expected = [np.sort(order[test]).tolist() for _, test in StratifiedKFold(5, shuffle=True, random_state=0).split(
        order, [sets[i][0] for i in order])]
    assert [test.tolist() for test in shuffled_folds(texts, sets, None, 5, 0)[0]] == expected


def _unbalanced_codes() -> pd.DataFrame:
    """A coding scheme as researchers have them: four common codes and four with 3 to 5 rows."""
    counts = {"000": 40, "104": 40, "501": 30, "504": 30, "703": 5, "505": 5, "304": 4, "106": 3}
    return pd.DataFrame([(f"statement {i} about w{c} and topic{i % 7}", c) for c, n in counts.items()
                         for i in range(n)], columns=["text", "code"])


def test_folds_stay_stratified_when_some_primary_label_has_fewer_texts_than_folds():
    # With a code rarer than the folds, every fold was drawn unstratified, so 3 to 5 rows of
    # a code often landed in one test fold and cross_validate refused half the seeds ("the
    # training rows of fold 4 of 5 keep too few rows of '106' (1 of 3)").
    from stance.data import parse_label_set, shuffled_folds

    data = _unbalanced_codes()
    sets = [parse_label_set(v) for v in data.code]
    for folds in (3, 5, 8):
        for seed in range(20):
            tests, rare = shuffled_folds(data.text.tolist(), sets, None, folds, seed)
            assert rare == sorted(code for code, n in data.code.value_counts().items() if n < folds)
            assert sorted(i for test in tests for i in test.tolist()) == list(range(len(data)))
            assert max(map(len, tests)) - min(map(len, tests)) <= 1  # sizes as even as unstratified
            for code, n in data.code.value_counts().items():
                held = [int((data.code.iloc[test] == code).sum()) for test in tests]
                # stratified: each fold holds out n // folds or one more, so a code of n <= folds
                # rows is spread over n folds, and every training part keeps n - 1 of them
                assert set(held) <= {n // folds, -(-n // folds)} and sum(held) == n, (folds, seed, code)
    # The same rows in another order give the same folds; another seed, other folds.
    shuffled = data.sample(frac=1, random_state=1)
    folds_of = [{data.text[i] for i in test} for test in shuffled_folds(data.text.tolist(), sets, None, 5, 0)[0]]
    assert folds_of == [{shuffled.text.iloc[i] for i in test} for test in shuffled_folds(
        shuffled.text.tolist(), [parse_label_set(v) for v in shuffled.code], None, 5, 0)[0]]
    assert folds_of != [{data.text[i] for i in test} for test in shuffled_folds(data.text.tolist(), sets, None, 5,
                                                                                1)[0]]
    for seed in range(4):  # every seed trains: each training fold keeps 2 rows of '106'
        with pytest.warns(stance.StanceWarning, match=r"primary label\(s\) \['106', '304'\] have fewer than "
                                                      r"folds=5 different texts"):
            report = stance.cross_validate(data, labels_column="code", none_label="000", threshold_folds=0,
                                           random_state=seed)
        assert report.n == len(data)


def _hydrogen_frame() -> pd.DataFrame:
    """An audit's labels: 4 rows of 'hydrogen', 3 its primary label and 1 a secondary one."""
    rows = []
    for i in range(10):
        rows += [(f"A carbon tax of {i} euros per tonne is fair.", "carbon_tax", "favor"),
                 (f"Scrap the carbon levy, it costs families {i} euros.", "carbon_tax", "against"),
                 (f"Build {i} new nuclear reactors now.", "nuclear", "favor"),
                 (f"Shut the last {i} nuclear plants.", "nuclear", "against"),
                 (f"The football team won match {i}.", "none", "")]
    rows += [("Green hydrogen should fuel our steel mills.", "hydrogen", "favor"),
             ("Hydrogen pipelines are a waste of public money.", "hydrogen", "against"),
             ("Electrolysers will make cheap hydrogen for trucks.", "hydrogen", "favor"),
             ("Grants for hydrogen buses and new reactors pay off.", "nuclear|hydrogen", "favor")]
    return pd.DataFrame(rows, columns=["text", "labels", "stance"])


def test_folds_spread_a_labels_rows_as_a_secondary_label_too():
    # An audit: stratified by primary label, the 'nuclear|hydrogen' row shared a test fold
    # with a 'hydrogen' row at 5 and 10 folds, whose training rows kept 2 of 4 (3 needed),
    # and "use more folds" was advised, which 10 did not help. 4 rows are spread so that
    # every training fold keeps 3 at any folds >= 4.
    from stance.data import parse_label_set, shuffled_folds

    frame = _hydrogen_frame()
    sets = [parse_label_set(v) for v in frame.labels]
    stances = [v or None for v in frame.stance]
    for folds in range(4, 21):
        old, _ = shuffled_folds(frame.text.tolist(), sets, stances, folds, 0)
        tests, _ = shuffled_folds(frame.text.tolist(), sets, stances, folds, 0, minimum=3)
        assert sorted(i for test in tests for i in test.tolist()) == list(range(len(frame)))
        assert [len(test) for test in tests] == [len(test) for test in old]  # sizes kept
        for label in ("hydrogen", "nuclear", "carbon_tax", "none"):
            total = sum(label in labels for labels in sets)
            assert all(total - sum(label in sets[i] for i in test.tolist()) >= 3 for test in tests), (folds, label)
        for test, before in zip(tests, old):  # each fold's primary labels and stance values as drawn
            assert sorted(sets[i][0] for i in test) == sorted(sets[i][0] for i in before)
            assert sorted(str(stances[i]) for i in test) == sorted(str(stances[i]) for i in before)
    for folds in (5, 10):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert stance.cross_validate(frame, folds=folds).n == len(frame)


def test_folds_that_keep_enough_of_every_label_are_drawn_as_before(energy_frame):
    # The mending of folds for secondary labels must not move folds that already train (the
    # bundled model's figures, published results): cross_validate's folds of the tests' data
    # are those of the old rule, StratifiedKFold over the rows in content order.
    from sklearn.model_selection import StratifiedKFold

    from stance.data import content_order, parse_label_set, shuffled_folds

    def old_rule(texts: list[str], sets: list, stances, folds: int, seed: int) -> list[list[int]]:
        order = np.array(content_order(texts, sets, stances))
        return sorted(np.sort(order[test]).tolist() for _, test in StratifiedKFold(
            folds, shuffle=True, random_state=seed).split(order, [sets[i][0] for i in order]))

    texts, sets = energy_frame.text.tolist(), [parse_label_set(v) for v in energy_frame.labels]
    stances = [v if isinstance(v, str) else None for v in energy_frame.stance]
    assert any(len(labels) > 1 for labels in sets)  # a secondary label among them
    for folds, seed in ((5, 0), (3, 0), (4, 7)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = stance.cross_validate(energy_frame, folds=folds, random_state=seed)
        drawn = sorted(np.flatnonzero(report.predictions.fold.to_numpy() == f).tolist() for f in range(folds))
        assert drawn == old_rule(texts, sets, stances, folds, seed), (folds, seed)
    # Common secondary labels: every training fold keeps enough of each, so nothing moves.
    frame = pd.DataFrame({"text": [f"statement {i} on w{i % 3}" for i in range(90)],
                          "labels": [("a", "b", "c")[i % 3] + ("|d" if i % 4 == 0 else "") for i in range(90)]})
    sets = [parse_label_set(v) for v in frame.labels]
    for folds in (2, 5, 10):
        for seed in range(5):
            tests, _ = shuffled_folds(frame.text.tolist(), sets, None, folds, seed, minimum=3)
            assert sorted(test.tolist() for test in tests) == old_rule(frame.text.tolist(), sets, None, folds, seed)
    # A review: a fold that holds out every row of a label trains without it, as the fold checks
    # let it; such folds were redrawn. 'h', a secondary label alone, falls in one test fold.
    texts = [f"A text number {i} about wind" for i in range(14)] + [f"B text number {i} about tanks" for i in range(14)]
    labels = ["A" + ("|h" if i in (3, 6, 7, 12) else "") for i in range(14)] + ["B"] * 14
    sets = [parse_label_set(v) for v in labels]
    assert [3, 6, 7, 12, 15, 20, 27] in old_rule(texts, sets, None, 4, 0)  # every 'h' held out in one fold
    report = stance.cross_validate(pd.DataFrame({"text": texts, "labels": labels}), folds=4, random_state=0)
    drawn = sorted(np.flatnonzero(report.predictions.fold.to_numpy() == f).tolist() for f in range(4))
    assert drawn == old_rule(texts, sets, None, 4, 0)


def test_a_label_of_copies_of_one_text_is_refused_without_drawing_more_folds(monkeypatch):
    # A review timed a refusal on 25,000 rows that drew 50 numbers of folds to find none (39 s):
    # 3 of a label's 4 rows are one text, so a fold holding them out keeps 1. No draw is tried.
    from stance import cross_validation

    texts = [f"wind farm number {i}" for i in range(30)] + ["Hydrogen is the future."] * 3 + ["Hydrogen buses."]
    labels = ["energy"] * 30 + ["hydrogen"] * 4
    drawn = []
    real = cross_validation._folds_that_train
    monkeypatch.setattr(cross_validation, "_folds_that_train", lambda *a, **k: drawn.append(a[3]) or real(*a, **k))
    with pytest.raises(stance.InvalidInputError, match=r"keep too few rows of 'hydrogen' \(1 of 4\) \(need 3\); "
                                                       r"one text of 'hydrogen' holds 3 of its 4 rows.*: add rows "
                                                       r"of 'hydrogen' with other texts, or drop copies of that "
                                                       r"text$"):
        stance.cross_validate(pd.DataFrame({"text": texts, "labels": labels}), folds=5, random_state=0)
    assert [list(numbers) for numbers in drawn if min(numbers, default=0) > 5] == []


def test_a_label_or_stance_value_of_copies_of_one_text_is_refused_as_a_fold_keeping_none():
    # Copies of a text share a fold, so every row of a label that is one text copied is held out
    # in one fold, whose model never saw the label and cannot predict it: its F1 is 0 by
    # construction. It ran, warned only that its scores "rest on one text or none"; three
    # different texts of the label were refused.
    texts = [f"wind farm number {i} about turbines" for i in range(30)]
    texts += [f"tank brigade number {i} about armour" for i in range(30)]
    frame = pd.DataFrame({"text": texts, "labels": ["energy"] * 30 + ["defence"] * 30,
                          "stance": ["favor", "against"] * 30})
    copies = frame.copy()
    copies.loc[:2, ["text", "labels", "stance"]] = ["Hydrogen buses for Aberdeen now.", "hydrogen", "favor"]
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels: the training rows of fold \d of 5 keep too few rows of 'hydrogen' "
                             r"\(0 of 3\) \(need 3\); the rows of 'hydrogen' hold one text, whose copies stay in one "
                             r"fold whatever the number of folds, so the model tested on them never saw them and "
                             r"cannot predict them: add rows of 'hydrogen' with other texts, or merge or drop them$"):
        stance.cross_validate(copies, folds=5, random_state=0)
    # A stance value the same: 'neutral' on four copies of one text scored neutral_f1 0.0.
    neutral = frame.copy()
    neutral.loc[:3, ["text", "labels", "stance"]] = ["We note the wind farms.", "energy", "neutral"]
    with pytest.raises(stance.InvalidInputError,
                       match=r"^stance_column='stance': the training rows of fold \d of 5 keep too few rows of "
                             r"'neutral' \(0 of 4\): with more than two stance values each needs 3; the rows of "
                             r"'neutral' hold one text"):
        stance.cross_validate(neutral, folds=5, random_state=0)
    # stance check refused such a label too (every label in every fold), but told it to use
    # more folds, which never spread one text; its rows under folds are set apart as rare, so
    # the count offered is the fewest more than its rows (as the check takes it, before any draw).
    many = frame.copy()
    many.loc[:5, ["text", "labels", "stance"]] = ["Hydrogen buses for Aberdeen now.", "hydrogen", "favor"]
    with pytest.raises(stance.InvalidInputError, match=r"^folds=5: the rows of 'hydrogen' \(6\) hold one text, whose "
                                                       r"copies stay in one fold.*: add rows of 'hydrogen' with "
                                                       r"other texts.*; or pass folds=7, which sets 'hydrogen' aside"):
        stance.find_label_issues(many, folds=5)
    assert len(stance.find_label_issues(many, folds=7)) >= 0  # the count offered is taken
    with pytest.raises(stance.InvalidInputError, match=r"keep too few rows of 'neutral' \(0 of 4\)"):
        stance.find_label_issues(neutral, folds=5, stance_column="stance")
    # Different texts of a label that the draw holds out together still train without it, as
    # documented: test_folds_that_keep_enough_of_every_label_are_drawn_as_before.


def test_folds_with_copies_are_the_same_for_the_rows_in_another_order():
    from stance.data import parse_label_set, shuffled_folds

    frame = _nonsense_with_copies(60)
    shuffled = frame.sample(frac=1, random_state=3).reset_index(drop=True)

    def folds_of(data: pd.DataFrame) -> list[set[str]]:
        tests, _ = shuffled_folds(data.text.tolist(), [parse_label_set(v) for v in data.labels], None, 5, 0)
        return [{data.text[i] for i in test} for test in tests]  # each row's text (with its spacing) is its own

    assert folds_of(shuffled) == folds_of(frame)


def test_grouped_folds_follow_the_groups_even_for_copies():
    # groups= decides the folds: a copy in another group is held out with its group.
    frame = _nonsense_with_copies(30).assign(batch=["first"] * 30 + ["second"] * 30)
    with pytest.warns(stance.StanceWarning, match=r"^groups: 30 texts are in more than one group, held out in "
                                                  r"different folds"):
        report = stance.cross_validate(frame, folds=2, groups="batch", threshold_folds=0, none_label=None)
    assert sorted((fold["group"], fold["n"]) for fold in report.folds) == [("first", 30), ("second", 30)]


def test_grouped_folds_warn_of_texts_in_several_groups(energy_frame):
    # A user audit: boilerplate repeated in two sessions was trained on in one fold and
    # tested in another, without a word (duplicated data went from top-1 0.55 to 1.0).
    boilerplate = "Herr Präsident, meine Damen und Herren! Ich danke Ihnen für die Einladung heute."
    extra = pd.DataFrame({"text": [boilerplate, boilerplate + " ", boilerplate, "Vielen Dank.", "Vielen Dank.",
                                   "Danke schön, liebe Kolleginnen.", "Danke schön, liebe Kolleginnen."],
                          "labels": "none", "register": ["speech", "parliament", "news", "oped", "oped",
                                                         "social", "press"]})
    frame = pd.concat([energy_frame, extra], ignore_index=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(frame, folds=8, groups="register", stance_column=None)  # a group a fold
    ours = [str(w.message) for w in caught if w.category is stance.StanceWarning]
    # Two texts (the boilerplate in three groups, the thanks in two); "Vielen Dank." is in one.
    assert ours == [
        "groups: 2 texts are in more than one group, held out in different folds, such as 'Herr Präsident, meine "
        "Damen und Herren! Ich danke Ihnen für…' (in 'news', 'parliament' and 'speech'), so each copy is "
        "tested on a model that trained on another, which flatters the figures; keep one row of each text in "
        "'text' (drop the duplicates), or give each text's copies one group"]
    # Copies within one group share its fold: nothing to say.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(frame.iloc[:-2], folds=8, groups=frame.iloc[:-2].register.replace(
            {"parliament": "speech", "news": "speech"}), stance_column=None)
    assert [w for w in caught if w.category is stance.StanceWarning] == []


@pytest.mark.parametrize("groups,shown", [
    (4, "'g1', 'g2', 'g3' and 'g4'"),
    (5, "'g1', 'g2', 'g3' and 2 more groups"),  # showed 3 and said "1 more groups", hiding 2
    (6, "'g1', 'g2', 'g3' and 3 more groups"),  # "2 more", hiding 3
])
def test_a_text_in_many_groups_is_shown_with_the_number_of_groups_left_out(groups, shown):
    from stance.evaluation import _warn_of_copies_in_other_folds

    texts = ["Thank you."] * groups + ["NATO must act."]
    splits = [([j for j in range(groups + 1) if j != i], [i]) for i in range(groups + 1)]  # a row a fold
    with pytest.warns(stance.StanceWarning) as caught:
        _warn_of_copies_in_other_folds(texts, splits, [f"g{i + 1}" for i in range(groups)] + ["g1"], "text")
    assert [str(w.message) for w in caught] == [
        f"groups: 1 text is in more than one group, held out in different folds, such as 'Thank you.' (in "
        f"{shown}), so each copy is tested on a model that trained on another, which flatters the figures; keep "
        f"one row of each text in 'text' (drop the duplicates), or give each text's copies one group"]


def test_fewer_different_texts_than_folds_are_refused_with_the_most_that_work():
    data = pd.DataFrame({"text": ["wind farms now", "more solar panels", "hello all", "good morning"] * 3,
                         "labels": ["energy", "energy", "none", "none"] * 3})
    with pytest.raises(stance.InvalidInputError, match=r"^folds=5: the data hold 4 different texts, fewer than "
                                                       r"the folds \(rows with the same text stay in one fold\); "
                                                       r"pass folds=4 or fewer$"):
        stance.cross_validate(data, folds=5, threshold_folds=0)


def test_more_folds_than_rows_of_repeated_texts_are_refused_with_the_most_the_texts_allow():
    # The hint counted rows: 12 rows of 4 texts were told "pass folds=12 or fewer", which the
    # folds then refused for having 4 different texts, so a user needed two tries.
    data = pd.DataFrame({"text": ["wind farms now", "more solar panels", "hello all", "good morning"] * 3,
                         "labels": ["energy", "energy", "none", "none"] * 3})
    with pytest.raises(stance.InvalidInputError, match=r"^folds=20: the data hold 4 different texts, fewer than "
                                                       r"the folds .*; pass folds=4 or fewer$"):
        stance.cross_validate(data, folds=20, threshold_folds=0)
    with pytest.warns(stance.StanceWarning, match="fewer than folds="):  # 3 texts a label: fewer than 4
        assert stance.cross_validate(data, folds=4, threshold_folds=0).n == 12  # the number suggested is taken
    same = pd.DataFrame({"text": ["wind farms now"] * 12, "labels": ["energy", "none"] * 6})
    for folds in (3, 20):  # no number of folds splits one text: "pass folds=1 or fewer" was no advice
        with pytest.warns(stance.StanceWarning, match="different labels"), \
                pytest.raises(stance.InvalidInputError, match=rf"^folds={folds}: every row holds the same text, "
                                                              r"which cannot be split into folds .*; add rows "
                                                              r"with other texts$"):
            stance.cross_validate(same, folds=folds, threshold_folds=0)


def test_a_training_fold_left_with_one_label_is_named_before_any_fit():
    # Every row of 'none' holds one text, which stays in one fold: that fold's training rows
    # were all 'energy', and its fit failed with "need at least two different labels to
    # train", naming neither the fold nor what to do.
    data = pd.DataFrame({"text": [f"wind farm number {i} now" for i in range(9)] + ["hello everyone"] * 3,
                         "labels": ["energy"] * 9 + ["none"] * 3}, index=[f"s{i}" for i in range(12)])
    with warnings.catch_warnings(), \
            pytest.raises(stance.InvalidInputError, match=r"^labels: the training rows of fold \d of 3 keep one "
                                                          r"label, 'energy': every row of 'none' \(3: rows 's9', "
                                                          r"'s10', 's11'\) is held out in that fold, and a model "
                                                          r"needs two labels to train; the rows of 'none' hold one "
                                                          r"text, .*; add rows of 'none' with other texts$"):
        warnings.simplefilter("error", stance.StanceWarning)  # the error alone: no warning of folds never run
        stance.cross_validate(data, folds=3)


def test_a_training_fold_left_with_one_label_is_told_the_most_folds_that_train():
    # Two texts of 'solar', drawn at random into one of 5 folds: the number of folds suggested
    # is one that trains (fewer folds hold out more rows, so not every smaller number does).
    # (Folds are stratified by primary label, so a label that is only ever secondary.)
    data = pd.DataFrame({"text": [f"wind farm number {i} now" for i in range(9)] + ["solar panels all",
                                                                                   "solar panels all",
                                                                                   "sunny roofs", "sunny roofs"],
                         "labels": ["energy"] * 9 + ["energy|solar"] * 4})
    with pytest.raises(stance.InvalidInputError, match=r"^labels: the training rows of fold \d of 5 keep one "
                                                       r"label, 'energy': .*; add rows of 'solar' with other texts "
                                                       r".*, or pass folds=3, the most that train$"):
        stance.cross_validate(data, folds=5, random_state=40, threshold_folds=0, none_label=None)
    with pytest.raises(stance.InvalidInputError, match="keep one label"):  # the next number down does not train
        stance.cross_validate(data, folds=4, random_state=40, threshold_folds=0, none_label=None)
    assert stance.cross_validate(data, folds=3, random_state=40, threshold_folds=0, none_label=None).n == 13


def test_a_group_holding_every_row_of_a_label_is_named_before_any_fit():
    data = pd.DataFrame({"text": [f"wind farm number {i} now" for i in range(6)] + [f"hello number {i}" for i in
                                                                                  range(6)],
                         "labels": ["energy"] * 6 + ["none"] * 6, "batch": ["x"] * 6 + ["y"] * 6})
    with warnings.catch_warnings(), \
            pytest.raises(stance.InvalidInputError, match=r"^labels: the training rows of fold 1 of 2 keep one "
                                                          r"label, 'none': every row of 'energy' \(6: .*; put rows "
                                                          r"of 'energy' in other groups too$"):
        warnings.simplefilter("error", stance.StanceWarning)  # not "held out in one group" of folds never run
        stance.cross_validate(data, folds=2, groups="batch")


def test_gold_values_with_accents_encoded_otherwise_are_read_as_the_models(energy_frame):
    # A gold file exported decomposed ("dafu" and a combining diaeresis) against a model
    # trained composed: every such row was scored a miss, with no hint of why.
    composed = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "dafür", "against": "dagegen"}),
                                   labels=energy_frame.labels.str.replace("renewables", "énergie"))
    model = stance.train(composed, stance_column="stance")
    assert "énergie" in model.labels and model.stance_classes == ("dafür", "dagegen")
    decomposed = composed.assign(stance=composed.stance.replace({"dafür": "dafu\u0308r"}),
                                 labels=composed.labels.str.replace("énergie", "e\u0301nergie"))
    assert (decomposed.labels != composed.labels).sum() > 0 and (decomposed.stance == "dafu\u0308r").sum() > 0
    expected = stance.evaluate(model, composed)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to warn of: the values are the model's
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        report = stance.evaluate(model, decomposed, by="labels")
    assert report.metrics == pytest.approx(expected.metrics, nan_ok=True)
    assert report.metrics["stance_f_avg"] == expected.metrics["stance_f_avg"] > 0.9
    assert "énergie" in report.groups and "e\u0301nergie" not in report.groups
    # Another case is still another value, with its hint.
    with pytest.warns(UserWarning, match="'Dafu\u0308r' is 'dafür' in this model"):
        stance.evaluate(model, decomposed.assign(stance=decomposed.stance.replace({"dafu\u0308r": "Dafu\u0308r"})))


@pytest.mark.parametrize("metric, suggested", [("stance_f1", "'stance_f_avg'"), ("macro_f_1", "'macro_f1'"),
                                               ("label_f1", None),
                                               # each two edits away: it named micro_f1 alone
                                               ("mcro_f", "'macro_f1' or 'micro_f1'"),
                                               # A review of 0cb8c6af: an abbreviation of one metric
                                               # tied with another, or lost to it, ranked by edits
                                               # for their length
                                               ("stance_acc", "'stance_accuracy'"),
                                               ("neg_confid", "'neg_confidence_error'"),
                                               ("stance", "'stance_f_avg'"), ("top", None)])
def test_a_scorer_refuses_a_mistyped_metric_when_made(metric, suggested):
    # From the review: any "<word>_f1" was taken for a stance value's F1, so "stance_f1"
    # scored NaN for every candidate of a grid search instead of being refused.
    with pytest.raises(stance.InvalidInputError, match=f"metric {metric!r} is not one of") as caught:
        stance.scorer(metric)
    assert str(caught.value).endswith(f"; did you mean {suggested}?") if suggested else "did you mean" not in str(
        caught.value)


def test_gold_codes_written_as_floats_or_without_their_zeros_are_the_models_codes(tmp_path):
    # A CSV of a float-coded frame holds "104.0": evaluated against a model whose label is
    # "104", it was refused ("none of its labels ['0.0', '104.0', …]").
    frame = pd.DataFrame({"text": [f"text {i} about w{c} number {i}" for i in range(30) for c in (0, 104, 501)],
                          "labels": [c for i in range(30) for c in (0, 104, 501)]})
    model = stance.train(frame, none_label="0")
    frame.astype({"labels": float}).to_csv(tmp_path / "floats.csv", index=False)
    assert stance.evaluate(model, tmp_path / "floats.csv").metrics == stance.evaluate(model, frame).metrics
    # Codes whose zeros a spreadsheet dropped are named as the model's.
    short = frame.assign(labels=frame.labels.replace({104: 4, 501: 51}))
    padded = stance.train(short.assign(labels=[f"{c:03d}" for c in short.labels]), none_label="000")
    with pytest.raises(stance.InvalidInputError, match=r"'0' is '000' and '4' is '004' and '51' is '051' "
                                                       r"in this model\? \(zeros"):
        stance.evaluate(padded, short)


def test_a_scorer_and_a_search_fitted_with_it_pickle_and_save_with_joblib(energy_frame, tmp_path):
    # A scorer was a function made inside scorer(): pickle refused it ("Can't pickle local
    # object"), and so a fitted GridSearchCV that used one could not be saved (the
    # thirty-second audit), where scikit-learn's own string scorers save fine.
    import pickle

    import joblib
    from sklearn.model_selection import GridSearchCV, KFold

    y = energy_frame[["labels", "stance"]].fillna("")
    model = stance.train(energy_frame, stance_column="stance")
    for metric in ("macro_f1", "stance_f_avg", "against_f1"):
        scorer = stance.scorer(metric)
        again = pickle.loads(pickle.dumps(scorer))
        assert again.metric == metric
        assert again(model, energy_frame.text, y) == scorer(model, energy_frame.text, y)
    search = GridSearchCV(stance.StanceModel(threshold_folds=0), {"stance_C": [0.01, 30.0]},
                          cv=KFold(2, shuffle=True, random_state=0),
                          scoring=stance.scorer("stance_f_avg")).fit(energy_frame.text, y)
    joblib.dump(search, tmp_path / "search.joblib")
    loaded = joblib.load(tmp_path / "search.joblib")
    assert loaded.best_params_ == search.best_params_
    assert loaded.score(energy_frame.text, y) == search.score(energy_frame.text, y)


def test_a_scorer_pickled_when_it_lived_in_stance_evaluation_loads():
    # A pickle names a class by its module: a scorer (or a fitted search) saved by 0.7.0 or
    # before says stance.evaluation.Scorer, which stance.evaluation re-exports now that the
    # class lives in stance/scorers.py.
    import pickle

    saved = (b"\x80\x02cstance.evaluation\nScorer\nq\x00)\x81q\x01}q\x02(X\x06\x00\x00\x00metricq\x03X\x08\x00\x00"
             b"\x00macro_f1q\x04X\x05\x00\x00\x00favorq\x05X\x03\x00\x00\x00proq\x06X\x07\x00\x00\x00againstq\x07X\x03"
             b"\x00\x00\x00conq\x08ub.")
    assert repr(pickle.loads(saved)) == "stance.scorer('macro_f1', favor='pro', against='con')"


def test_cross_validate_gives_each_rows_fold_and_out_of_fold_prediction(energy_frame):
    # report.folds held each fold's n and metrics only: which fold a row was tested in, and
    # what the model that never saw it answered, were computed and dropped (the
    # thirty-second audit), so the pooled figures could not be checked or broken down.
    from stance.data import parse_label_set, stance_value

    data = energy_frame.set_axis([f"r{i}" for i in range(len(energy_frame))])
    report = stance.cross_validate(data, folds=8, groups="register", stance_column="stance", threshold_folds=0)
    oof = report.predictions
    assert list(oof.columns) == ["fold", "label", "labels", "stance", "confidence"]
    assert oof.index.equals(data.index)
    # Leave-one-register-out: fold i holds exactly the rows of the register it names.
    for i, fold in enumerate(report.folds):
        assert set(oof.index[oof.fold == i]) == set(data.index[data.register == fold["group"]])
        assert fold["n"] == (oof.fold == i).sum()
    # A fold's answers are those of a model trained on the other folds' rows.
    held = data.register == report.folds[0]["group"]
    model = stance.train(data[~held], stance_column="stance", threshold_folds=0)
    again = model.classify_many(data.text[held].tolist())
    rows = oof[held]
    assert rows.label.tolist() == [p.label for p in again]
    assert rows.labels.tolist() == ["|".join(p.labels) for p in again]
    assert rows.stance.tolist() == [p.stance for p in again]
    assert rows.confidence.tolist() == [p.confidence for p in again]
    # The pooled metrics are these predictions' metrics.
    labels = [label for label in report.per_label if label not in ("macro avg", "micro avg")]
    pooled = compute_report([parse_label_set(v) for v in oof.labels], oof.stance.tolist(),
                            [parse_label_set(v) for v in data.labels], [stance_value(v) for v in data.stance],
                            labels, "none", ("against", "favor"), confidences=oof.confidence.tolist())
    assert pooled.metrics == pytest.approx(report.metrics)
    assert "predictions" not in report.to_dict() and "predictions" not in repr(report)
    assert stance.evaluate(model, data).predictions is None


def test_evaluate_hints_at_gold_values_misspelt_in_another_case_as_training_does(energy_model, energy_frame):
    # An annotation lead: 'Favour' and 'RENEWBLES' got no hint ('favour' and 'renewbles' did), a
    # gold 'NONE' row was "a target but no gold stance" with no word of 'none', and past four
    # unknown values the hints stopped, 'renewbles' among those left out.
    gold = energy_frame.copy()
    off_topic = gold.index[gold.labels == "none"][0]
    target = gold.index[gold.stance == "favor"][0]
    gold.loc[[0, 1, 16, 32], "labels"] = ["renewbles", "RENEWBLES", "Nuclear", "Gas"]
    gold.loc[off_topic, "labels"] = "NONE"
    gold.loc[target, "stance"] = "Favour"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold, stance_column="stance")
    messages = [str(w.message) for w in caught]
    labels = next(m for m in messages if m.startswith("labels_column='labels':"))
    for value, known in [("Gas", "gas"), ("NONE", "none"), ("Nuclear", "nuclear"), ("RENEWBLES", "renewables"),
                         ("renewbles", "renewables")]:
        assert f"{value!r} is {known!r}" in labels, labels
    assert any("'Favour' is 'favor' in this model?" in m for m in messages), messages
    unjudged = next(m for m in messages if "no gold stance" in m)
    assert (f"row {off_topic}'s label 'NONE' differs from the off-topic label 'none' only in case" in unjudged
            ), unjudged


def test_evaluate_hints_at_gold_values_in_full_width_letters_as_at_those_in_another_case(energy_model, energy_frame):
    # A full-width 'ｆａｖｏｒ' (a Chinese or Japanese keyboard's) in a gold column counted a miss
    # with no hint, where 'Favor' was told it is 'favor'; so were 'ＧＡＳ' and 'ｎｕｃｌｅａｒ', and a
    # gold 'ｎｏｎｅ' row was "a target but no gold stance" with no word of 'none'. Training
    # refuses them as names that differ only in width or case: evaluate names them so too.
    gold = energy_frame.copy()
    off_topic = gold.index[gold.labels == "none"][0]
    target = gold.index[gold.stance == "favor"][0]
    gold.loc[[16, 32], "labels"] = ["ｎｕｃｌｅａｒ", "ＧＡＳ"]
    gold.loc[off_topic, "labels"] = "ｎｏｎｅ"
    gold.loc[target, "stance"] = "ｆａｖｏｒ"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold, stance_column="stance")
    messages = [str(w.message) for w in caught]
    labels = next(m for m in messages if m.startswith("labels_column='labels':"))
    for value, known in [("ＧＡＳ", "gas"), ("ｎｏｎｅ", "none"), ("ｎｕｃｌｅａｒ", "nuclear")]:
        assert f"{value!r} is {known!r}" in labels, labels
    assert any("'ｆａｖｏｒ' is 'favor' in this model?" in m for m in messages), messages
    unjudged = next(m for m in messages if "no gold stance" in m)
    assert (f"row {off_topic}'s label 'ｎｏｎｅ' differs from the off-topic label 'none' only in width or case"
            in unjudged), unjudged
    # favor= and against= in full width name the model's values, as in another case.
    report = stance.evaluate(energy_model, energy_frame, favor="ｆａｖｏｒ", against="ＡＧＡＩＮＳＴ")
    assert report.metrics == stance.evaluate(energy_model, energy_frame, favor="favor", against="against").metrics


def test_evaluate_names_rows_of_an_index_that_repeats_by_their_position(energy_model, energy_frame):
    # After pd.concat of frames numbered from 0, "row 3 has no gold label" named two rows.
    data = pd.concat([energy_frame.iloc[:32].reset_index(drop=True), energy_frame.iloc[32:].reset_index(drop=True)])
    unlabelled = data.copy()
    unlabelled.iloc[35, unlabelled.columns.get_loc("labels")] = None
    with pytest.raises(stance.InvalidInputError,
                       match=r"^labels_column='labels': row at position 35 \(index 3\) has no gold label; "):
        stance.evaluate(energy_model, unlabelled)
    unjudged = data.copy()
    unjudged.iloc[35, unjudged.columns.get_loc("stance")] = None
    with pytest.warns(stance.StanceWarning, match=r"^stance_column='stance': row at position 35 \(index 3\) has a "
                                                  r"target but no gold stance"):
        stance.evaluate(energy_model, unjudged)


def test_evaluate_names_the_look_alike_letter_of_a_gold_value_the_model_spells_otherwise():
    # Gold "зa" (a Latin a) for the model's "за" was counted a miss with no hint at all, and
    # "пiдтримка_україни" (a Latin i) was hinted at without saying what differs, though it looks the same.
    labels = ("єдність", "підтримка_україни", "стримування")
    frame = pd.DataFrame({"text": [f"текст {i} про слово{j}" for i in range(12) for j in range(3)],
                          "мітки": [label for _ in range(12) for label in labels],
                          "позиція": [("за", "проти")[i % 2] for i in range(12) for _ in labels]})
    model = stance.train(frame, labels_column="мітки", stance_column="позиція", none_label=None, threshold_folds=0)
    gold = frame.replace({"за": "з\u0061", "підтримка_україни": "п\u0069дтримка_україни"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, gold, labels_column="мітки", stance_column="позиція")
    messages = " ".join(str(w.message) for w in caught)
    assert ("'зa' is 'за' in this model? ('зa' has Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430)"
            in messages), messages
    assert ("'пiдтримка_україни' is 'підтримка_україни' in this model? ('пiдтримка_україни' has Latin 'i' U+0069 "
            "where the other has Cyrillic 'і' U+0456)" in messages), messages


def _favourable_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with Pew's stance names (favorable/unfavorable) and every third statement neutral."""
    frame = frame.assign(stance=frame.stance.replace({"favor": "favorable", "against": "unfavorable"}))
    targets = frame.index[frame.labels != "none"]
    frame.loc[targets[::3], "stance"] = "neutral"
    return frame


def test_f_avg_over_every_value_is_warned_of_and_favor_against_name_the_two(energy_frame):
    # With favorable/unfavorable/neutral, stance_f_avg silently became the mean over all three
    # values (with pro/contra/neutral it is the mean of two); it now warns, naming the values
    # and favor=/against=, which make it the mean of the two, as stance.profile reads them.
    frame = _favourable_frame(energy_frame)
    model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("favorable", "neutral", "unfavorable")
    with pytest.warns(stance.StanceWarning, match=r"stance_f_avg is the mean F1 of every stance value "
                                                  r"\['favorable', 'neutral', 'unfavorable'\].*, since 'favorable' "
                                                  r"reads as favour, and no value as against; pass "
                                                  r"favor='favorable' and name the value against with against= "
                                                  r"\(one of 'neutral', 'unfavorable'\)"):
        every = stance.evaluate(model, frame).metrics
    assert every["stance_f_avg"] == pytest.approx(
        np.mean([every["favorable_f1"], every["neutral_f1"], every["unfavorable_f1"]]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        named = stance.evaluate(model, frame, favor="favorable", against="unfavorable").metrics
    assert named["stance_f_avg"] == pytest.approx(np.mean([every["favorable_f1"], every["unfavorable_f1"]]))
    # The same statements with the names stance_directions recognises give the same F_avg.
    plain = frame.assign(stance=frame.stance.replace({"favorable": "favor", "unfavorable": "against"}))
    assert stance.evaluate(stance.train(plain, stance_column="stance"), plain).metrics["stance_f_avg"] == \
        pytest.approx(named["stance_f_avg"])
    with pytest.raises(stance.InvalidInputError, match=r"against='unfavourable' is not one of the model's stance"):
        stance.evaluate(model, frame, favor="favorable", against="unfavourable")
    with pytest.raises(stance.InvalidInputError, match=r"pass both favor= and against="):
        stance.evaluate(model, frame, favor="favorable")  # with three values, the other is not the one left


def test_the_f_avg_warning_of_a_model_with_no_value_against_offers_nothing_to_pass(energy_frame, capsys, tmp_path):
    # A review (seen beside a7361c28): a model whose stance values all read as favour ('favor',
    # 'pro', 'support') was warned "...; the model has no value against: its stance values all
    # read as favour to average those two", and a scorer's refusal read on "...as favour to
    # stance.scorer, or score one by name": a statement where the advice stands, followed by
    # each caller's words for an advice. Now the why says it, and nothing is offered to pass.
    favour = energy_frame.index[energy_frame.stance == "favor"]
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "support"}))
    frame.loc[favour[::3], "stance"] = "favor"
    model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("favor", "pro", "support")
    said = ("stance_f_avg is the mean F1 of every stance value ['favor', 'pro', 'support'], not of favour and against "
            "(SemEval's F_avg), since 'favor', 'pro' and 'support' all read as favour, and no value as against, "
            "so it has no pair of them to average")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, frame)
    assert said in [str(w.message) for w in caught], [str(w.message) for w in caught]
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.scorer("against_f1")(model, frame.text, frame[["labels", "stance"]].fillna(""))
    assert str(refused.value) == (
        "scorer('against_f1'): cannot tell which of the model's stance values ['favor', 'pro', 'support'] is favour "
        "and which is against, since 'favor', 'pro' and 'support' all read as favour, and no value as against; "
        "score one by name, e.g. scorer('favor_f1')")
    frame.to_csv(tmp_path / "gold.csv", index=False)
    model.save(tmp_path / "m")
    from stance.cli import main

    status = main(["evaluate", str(tmp_path / "gold.csv"), "--model", str(tmp_path / "m")])
    err = capsys.readouterr().err
    assert status == 0 and f"stance evaluate: warning: {said}\n" in err, err


def test_the_f_avg_warning_says_why_no_side_was_found_and_suggests_no_pairing_it_cannot_tell(energy_frame, capsys,
                                                                                               tmp_path):
    # A researcher's audit: with 'pro' and 'support' both favour (training said so), evaluate
    # warned that "none of them is named like favour or against" and suggested favor='contra',
    # against='support': the alphabetically first and last values, against for favour.
    # Every third favour row is 'support' here; 'contra' is against.
    favour = energy_frame.index[energy_frame.stance == "favor"]
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "contra"}))
    frame.loc[favour[::3], "stance"] = "support"
    model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("contra", "pro", "support")
    said = ("stance_f_avg is the mean F1 of every stance value ['contra', 'pro', 'support'], not of favour and "
            "against (SemEval's F_avg), since 'pro' and 'support' both read as favour; pass favor= and against= "
            "(e.g. favor='pro', against='contra') to average those two")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, frame)
    assert said in [str(w.message) for w in caught]
    # What it suggests is what evaluate takes, and averages those two.
    named = stance.evaluate(model, frame, favor="pro", against="contra").metrics
    assert named["stance_f_avg"] == pytest.approx((named["pro_f1"] + named["contra_f1"]) / 2)
    # The scorer says the same of favor_f1, which it cannot tell.
    y = frame[["labels", "stance"]].fillna("")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.scorer("favor_f1")(model, frame.text, y)
    assert str(refused.value) == (
        "scorer('favor_f1'): cannot tell which of the model's stance values ['contra', 'pro', 'support'] is favour "
        "and which is against, since 'pro' and 'support' both read as favour; pass favor= and against= "
        "(e.g. favor='pro', against='contra') to stance.scorer, or score one by name, e.g. scorer('contra_f1')")
    # On the command line, in its flags.
    frame.to_csv(tmp_path / "gold.csv", index=False)
    model.save(tmp_path / "m")
    from stance.cli import main

    status = main(["evaluate", str(tmp_path / "gold.csv"), "--model", str(tmp_path / "m")])
    err = capsys.readouterr().err
    assert status == 0 and ("since 'pro' and 'support' both read as favour; pass --favor and --against "
                            "(e.g. --favor pro --against contra) to average those two") in err
    # No value named like a side: which argument takes which, and no pair, which could be backwards
    # ('critical' was suggested for favour).
    coded = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "supportive", "against": "critical"}))
    coded.loc[favour[::3], "stance"] = "neutral"
    coded_model = stance.train(coded, stance_column="stance")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(coded_model, coded)
    assert ("stance_f_avg is the mean F1 of every stance value ['critical', 'neutral', 'supportive'], not of favour "
            "and against (SemEval's F_avg), since none of them is named like favour or against; name the value in "
            "favour with favor= and the one against with against= to average those two") in [str(w.message)
                                                                                           for w in caught]
    with pytest.raises(stance.InvalidInputError, match=r"since none of them is named like favour or against; name "
                                                       r"the value in favour with favor= and the one against with "
                                                       r"against= to stance.scorer, or score one by name"):
        stance.scorer("against_f1")(coded_model, coded.text, coded[["labels", "stance"]].fillna(""))



@pytest.mark.parametrize(("classes", "why", "advice"), [
    (("neutral", "pro"), "'pro' reads as favour, and no value as against",
     "pass favor='pro' and name the value against with against= (the other value is 'neutral')"),
    (("contra", "neutral"), "'contra' reads as against, and no value as favour",
     "pass against='contra' and name the value in favour with favor= (the other value is 'neutral')"),
    (("critical", "neutral", "pro"), "'pro' reads as favour, and no value as against",
     "pass favor='pro' and name the value against with against= (one of 'critical', 'neutral')"),
    (("pro",), "'pro' reads as favour, and no value as against", None),
    (("pro", "support"), "'pro' and 'support' both read as favour, and no value as against", None),
    (("left",), "'left' is not named like favour or against",
     "name the value in favour with favor= and the one against with against="),
    (("left", "right"), "neither of them is named like favour or against",
     "name the value in favour with favor= and the one against with against="),
    (("centre", "left", "right"), "none of them is named like favour or against",
     "name the value in favour with favor= and the one against with against="),
    # No value at all: as before 66f97cbe, whose one-value wording read classes[0] of none (IndexError).
    ((), "none of them is named like favour or against",
     "name the value in favour with favor= and the one against with against="),
])
def test_why_the_sides_are_untold_reads_right_of_one_value_and_of_several(classes, why, advice):
    # "'pro' reads as favour, and none of them as against": "them" was 'pro' alone; and with one
    # value left, "(one of 'neutral')".
    from stance.document import sides_untold

    assert sides_untold(classes) == (why, advice)


def test_the_docstring_of_sides_untold_reads_at_one_indentation():
    # 66f97cbe's paragraph stood at the docstring's column 0, so help(sides_untold) and
    # inspect.getdoc indented every other line, its examples included, by four spaces.
    import inspect

    from stance.document import sides_untold

    lines = inspect.getdoc(sides_untold).splitlines()
    assert [line for line in lines if line.startswith(" ") and line.lstrip().startswith(">>>")] == []
    assert "One value read as a side was \"none of them\" (\"'pro' reads as favour, and none of them as" in lines


def test_a_scorer_of_a_model_with_one_value_read_as_a_side_names_the_other_as_the_only_one(energy_frame):
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "neutral"}))
    model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("neutral", "pro")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.scorer("against_f1")(model, frame.text, frame[["labels", "stance"]].fillna(""))
    assert str(refused.value) == (
        "scorer('against_f1'): cannot tell which of the model's stance values ['neutral', 'pro'] is favour and which "
        "is against, since 'pro' reads as favour, and no value as against; pass favor='pro' and name the value "
        "against with against= (the other value is 'neutral') to stance.scorer, or score one by name, e.g. "
        "scorer('neutral_f1')")

def test_stance_f_avg_is_undefined_when_a_side_it_averages_is_0_over_0(default_model, tmp_path, capsys):
    # SemEval's F_avg is the mean of the favour and against F1: with no favour statement gold
    # or predicted, the against F1 alone (1.000) was shown as stance_f_avg, an average of two,
    # in the report, its groups, its intervals and --json alike.
    from stance.cli import main

    gold = pd.DataFrame({"text": ["NATO must stop sending weapons to Ukraine.", "We should leave NATO now.",
                                  "Our troops do not belong on the eastern flank.", "We have a one-speed NATO.",
                                  "NATO must keep sending weapons to Ukraine."],
                         "labels": ["ukraine_support", "unity", "eastern_flank", "unity", "ukraine_support"],
                         "stance": ["against", "against", "against", "favor", "favor"],
                         "side": ["no", "no", "both", "both", "both"]})  # 'both': one against, two favour
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(default_model, gold, stance_column="stance", by="side")
        intervals = stance.evaluate(default_model, gold.iloc[:2], stance_column="stance").intervals(resamples=100)
    assert [p.stance for p in default_model.classify_many(gold.text.tolist())] == gold.stance.tolist()  # all right
    alone = report.groups["no"].metrics  # two against statements, both right, no favour anywhere
    assert alone["against_f1"] == 1.0 and math.isnan(alone["favor_f1"]) and math.isnan(alone["stance_f_avg"])
    assert report.groups["both"].metrics["stance_f_avg"] == 1.0 and report.metrics["stance_f_avg"] == 1.0
    assert math.isnan(report.by_group().loc["no", "stance_f_avg"])
    assert math.isnan(intervals.loc["stance_f_avg", "value"]) and math.isnan(intervals.loc["stance_f_avg", "high"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        only = stance.evaluate(default_model, gold.iloc[:2], stance_column="stance")
    line = next(line for line in str(only).splitlines() if line.lstrip().startswith("stance_f_avg"))
    assert line.split()[1] == "n/a" and "its F1 is 0/0" in line
    gold.iloc[:2].to_csv(tmp_path / "no.csv", index=False)
    assert main(["evaluate", str(tmp_path / "no.csv"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["metrics"]["stance_f_avg"] is None

def test_a_scorer_ranks_a_fold_of_one_side_by_that_sides_f1_not_as_0(default_model):
    # With stance_f_avg NaN where one side is 0/0, a search's fold of 'against' statements
    # alone scored 0.0 for a model right on every one (no favour, gold or predicted) and 3/7 for
    # one that read a fourth as favour (favor_f1 0, against_f1 6/7): the worse model ranked first.
    texts = pd.Series(["NATO must stop sending weapons to Ukraine.", "We should leave NATO now.",
                       "Our troops do not belong on the eastern flank.", "NATO must keep sending weapons to Ukraine."])
    y = pd.DataFrame({"labels": ["ukraine_support", "unity", "eastern_flank", "ukraine_support"],
                      "stance": ["against"] * 4})
    assert [p.stance for p in default_model.classify_many(texts.tolist())] == ["against"] * 3 + ["favor"]
    scorer = stance.scorer("stance_f_avg")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        right = scorer(default_model, texts[:3], y[:3])
        wrong = scorer(default_model, texts, y)
        named = stance.scorer("stance_f_avg", favor="favor", against="against")(default_model, texts[:3], y[:3])
        assert math.isnan(stance.evaluate(default_model, y[:3].assign(text=texts[:3]),
                                          stance_column="stance").metrics["stance_f_avg"])  # the report's: n/a
    assert right == 1.0 and named == 1.0  # against_f1 of three right of three
    assert wrong == pytest.approx((0 + 6 / 7) / 2) and wrong < right  # favor_f1 0; against_f1 6/7


def test_cross_validate_takes_favor_and_against(energy_frame):
    frame = _favourable_frame(energy_frame)
    with pytest.warns(stance.StanceWarning, match=r"stance_f_avg is the mean F1 of every stance value"):
        every = stance.cross_validate(frame, folds=3, threshold_folds=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        # The baseline's warning (its own test) says nothing of favor and against.
        warnings.filterwarnings("ignore", "out of fold, .* no better than always guessing", stance.StanceWarning)
        named = stance.cross_validate(frame, folds=3, threshold_folds=0, favor="favorable", against="unfavorable")
    m = named.metrics
    assert m["stance_f_avg"] == pytest.approx(np.mean([m["favorable_f1"], m["unfavorable_f1"]]))
    assert every.metrics["favorable_f1"] == m["favorable_f1"]
    for fold in named.folds:
        assert fold["stance_f_avg"] == pytest.approx(np.nanmean([fold["favorable_f1"], fold["unfavorable_f1"]]))


# Two targets, three stance values whose names tell no direction (Pew's), one word each.
_PEW_WORDS = {"favorable": "welcome", "unfavorable": "reject", "neutral": "note"}
_PEW_VALUES = ["favorable", "unfavorable", "neutral"]


def _pew_frame() -> pd.DataFrame:
    rows = [(f"we {word} the new {target} number {i}", target, value)
            for i in range(6) for target in ("wind", "solar") for value, word in _PEW_WORDS.items()]
    return pd.DataFrame(rows, columns=["text", "labels", "stance"])


def _f1s(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Each stance value's F1, by scikit-learn: the answers the scorer must give."""
    from sklearn.metrics import f1_score

    return dict(zip(_PEW_VALUES, f1_score(gold, predicted, labels=_PEW_VALUES, average=None).tolist()))


def test_a_scorer_takes_favor_and_against_as_evaluate_does():
    # stance.scorer took no favor=/against=, so a search tuning stance_C on favorable/
    # unfavorable/neutral scored the mean F1 of all three values, with a warning in every
    # fold of every candidate, though evaluate and cross_validate take them.
    frame = _pew_frame()
    model = stance.train(frame, stance_column="stance", none_label=None, threshold_folds=0)
    assert model.stance_classes == ("favorable", "neutral", "unfavorable")
    predicted = [p.stance for p in model.classify_many(frame.text.tolist())]
    assert predicted == frame.stance.tolist()
    # Gold answers the model misses on six rows, so that each value has another F1.
    gold = frame.stance.copy()
    for row, value in {0: "neutral", 1: "favorable", 2: "unfavorable", 4: "favorable", 7: "neutral",
                       13: "favorable"}.items():
        gold[row] = value
    f1 = _f1s(gold.tolist(), predicted)
    assert len(set(f1.values())) == 3
    y = frame.assign(stance=gold)[["labels", "stance"]]
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)  # named, the average is not warned of
        for favor, against in (("favorable", "unfavorable"), ("neutral", "unfavorable"), ("Unfavorable", "favorable")):
            named = {"favor": favor, "against": against}
            favor, against = favor.lower(), against.lower()  # typed in another case, read as the model's
            assert stance.scorer("stance_f_avg", **named)(model, frame.text, y) == \
                pytest.approx((f1[favor] + f1[against]) / 2)
            assert stance.scorer("favor_f1", **named)(model, frame.text, y) == pytest.approx(f1[favor])
            assert stance.scorer("against_f1", **named)(model, frame.text, y) == pytest.approx(f1[against])
            assert stance.scorer("neutral_f1", **named)(model, frame.text, y) == pytest.approx(f1["neutral"])
    with pytest.warns(stance.StanceWarning, match="stance_f_avg is the mean F1 of every stance value"):
        assert stance.scorer("stance_f_avg")(model, frame.text, y) == pytest.approx(np.mean(list(f1.values())))
    assert repr(stance.scorer("stance_f_avg", favor="favorable", against="unfavorable")) == \
        "stance.scorer('stance_f_avg', favor='favorable', against='unfavorable')"


def test_a_grid_search_scores_each_fold_with_the_scorers_favor_and_against(tmp_path):
    import pickle

    import joblib
    from sklearn.model_selection import GridSearchCV, KFold

    frame = _pew_frame()
    for row, value in {0: "neutral", 1: "favorable", 2: "unfavorable", 4: "favorable", 7: "neutral",
                       13: "favorable"}.items():
        frame.loc[row, "stance"] = value
    y = frame[["labels", "stance"]]
    folds = KFold(3, shuffle=True, random_state=0)
    grid = [0.01, 30.0]
    scorer = stance.scorer("stance_f_avg", favor="favorable", against="unfavorable")
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        search = GridSearchCV(stance.StanceModel(threshold_folds=0, none_label=None), {"stance_C": grid},
                              cv=folds, scoring=scorer, error_score="raise").fit(frame.text, y)
    # Each fold's score, worked out again with scikit-learn on a model trained as the search trains it.
    every_value = []
    for split, (train_rows, test_rows) in enumerate(folds.split(frame)):
        for candidate, stance_C in enumerate(grid):
            train = frame.iloc[train_rows]
            model = stance.StanceModel(threshold_folds=0, none_label=None, stance_C=stance_C).fit(
                train.text.tolist(), train.labels.tolist(), stance=train.stance.tolist())
            f1 = _f1s(frame.stance.iloc[test_rows].tolist(),
                      [p.stance for p in model.classify_many(frame.text.iloc[test_rows].tolist())])
            assert search.cv_results_[f"split{split}_test_score"][candidate] == \
                pytest.approx((f1["favorable"] + f1["unfavorable"]) / 2)
            every_value.append(np.mean(list(f1.values())))
    assert not np.allclose(every_value, np.ravel(
        [[search.cv_results_[f"split{s}_test_score"][c] for c in range(len(grid))] for s in range(3)]))
    # Kept through pickling: the scorer, and a fitted search saved with joblib, score the same.
    again = pickle.loads(pickle.dumps(scorer))
    assert (again.favor, again.against, repr(again)) == (scorer.favor, scorer.against, repr(scorer))
    joblib.dump(search, tmp_path / "search.joblib")
    loaded = joblib.load(tmp_path / "search.joblib")
    assert repr(loaded.scorer_) == repr(scorer)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        f1 = _f1s(frame.stance.tolist(), [p.stance for p in search.best_estimator_.classify_many(frame.text.tolist())])
        assert loaded.score(frame.text, y) == search.score(frame.text, y) == \
            pytest.approx((f1["favorable"] + f1["unfavorable"]) / 2)
        assert again(search.best_estimator_, frame.text, y) == search.score(frame.text, y)
    # A scorer pickled before it took favor= and against= (its state the metric alone) still scores.
    old = stance.evaluation.Scorer.__new__(stance.evaluation.Scorer)
    old.__dict__.update(metric="macro_f1")  # as unpickling restores it
    assert repr(old) == "stance.scorer('macro_f1')"
    best = search.best_estimator_
    assert old(best, frame.text, frame.labels) == stance.scorer("macro_f1")(best, frame.text, frame.labels)


def test_a_scorer_names_a_bad_favor_or_against():
    # The same value for both is refused when the scorer is made; a name that is none of the
    # model's stance values when it scores, since the scorer is made before the model is fitted.
    with pytest.raises(stance.InvalidInputError, match=r"favor and against are both 'Favorable'; name two different"):
        stance.scorer("stance_f_avg", favor="Favorable", against="favorable")
    with pytest.raises(stance.InvalidTypeError, match=r"against must be a str .* got 1 \(int\)"):
        stance.scorer("stance_f_avg", favor="favorable", against=1)
    frame = _pew_frame()
    model = stance.train(frame, stance_column="stance", none_label=None, threshold_folds=0)
    y = frame[["labels", "stance"]]
    with pytest.raises(stance.InvalidInputError, match=r"^scorer\('stance_f_avg', favor='favourable', "
                                                       r"against='unfavorable'\): favor='favourable' is not one of "
                                                       r"the model's stance values \['favorable', 'neutral', "
                                                       r"'unfavorable'\]; did you mean 'favorable'\?$"):
        stance.scorer("stance_f_avg", favor="favourable", against="unfavorable")(model, frame.text, y)
    with pytest.raises(stance.InvalidInputError, match=r"^scorer\('favor_f1', against='unfavorable'\): pass both "
                                                       r"favor= and against="):
        stance.scorer("favor_f1", against="unfavorable")(model, frame.text, y)


def test_a_labels_column_named_stance_is_no_stance_column_by_default(positions_frame):
    # A user audit: cross_validate's default stance_column "stance", on labels in a column
    # "stance", reported stance metrics that repeated the label metrics, and evaluate warned
    # of a stance head the model never had; the default names no stance column then.
    data = positions_frame
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        report = stance.cross_validate(data, folds=3, labels_column="stance", none_label=None, threshold_folds=0)
        model = stance.train(data, labels_column="stance", none_label=None, threshold_folds=0)
        evaluated = stance.evaluate(model, data, labels_column="stance")
    for metrics in (report.metrics, evaluated.metrics):
        # No stance metric: stance_f_avg, stance_accuracy and each stance value's F1 (against_f1…)
        assert set(metrics) == {"top1_in_gold", "macro_f1", "micro_f1", "primary_macro_f1", "mean_confidence",
                                "confidence_error"}, list(metrics)
    assert "stance" not in report.predictions.columns or report.predictions.stance.isna().all()



def test_a_comparison_warns_of_small_samples_as_intervals_do():
    # A user audit: on 8 statements compared_with gave none_f1 a difference of 1.0 with the
    # interval [1.0, 1.0], resting on the one gold 'none' statement, without a word, where
    # intervals() of the same report warns of all three.
    gold, gold_stances = [("a",)] * 7 + [("none",)], ["favor"] * 7 + [None]
    right = compute_report(gold, gold_stances, gold, gold_stances, ("a", "none"), "none", ("favor", "against"))
    wrong = compute_report([("a",)] * 8, ["favor"] * 6 + ["against", "favor"], gold, gold_stances, ("a", "none"),
                           "none", ("favor", "against"))
    with pytest.warns(stance.StanceWarning) as caught:
        table = right.compared_with(wrong)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    message = messages[0]
    assert table.loc["none_f1", ["difference", "low", "high"]].tolist() == [1.0, 1.0, 1.0]
    assert message.startswith("compared_with: they rest on 8 statements (stance_f_avg, against_f1, favor_f1, "
                              "stance_accuracy on 7, those with a gold stance), fewer than 30, where bootstrap "
                              "intervals are too narrow; "), message
    flat = [name for name, row in table.iterrows() if row["low"] == row["high"]]
    assert flat == ["none_f1"] and "; none_f1 has an interval of no width, which no sample is sure of; " in message
    # The resamples without the 'none' statement, (7/8) ** 8 of them, give none_f1 no value.
    left_out = int(re.search(r"none_f1 had no value on (\d+) of 1000 resamples", message).group(1))
    assert left_out == pytest.approx(1000 * (7 / 8) ** 8, abs=60)
    assert "against_f1 had no value on 1000 of 1000 resamples" in message  # no gold 'against'
    rng = np.random.default_rng(11)  # 300 statements, told apart by the two models on every metric: nothing to say
    predicted, p_stances, gold, gold_stances, _ = _random_outcomes(rng, 300)
    other, o_stances, *_ = _random_outcomes(rng, 300)
    first, second = (compute_report(labels, stances, gold, gold_stances, LABELS, "none", ("favor", "against"))
                     for labels, stances in ((predicted, p_stances), (other, o_stances)))
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        first.compared_with(second, resamples=200)
        # A model compared with itself differs by 0 on every resample: sure, not narrow (this
        # warned of every metric, and 'stance evaluate --compare-with' printed it).
        table = first.compared_with(first, resamples=200)
    assert (table[["difference", "low", "high"]] == 0).all().all()


def test_cross_validate_refusing_its_folds_gives_the_error_alone(energy_frame):
    # A user audit: a label of 3 rows and folds=5 first warned that some folds would test none
    # of it, then refused the folds for keeping too few of its rows: the warning described a
    # run that never happened.
    frame = energy_frame.drop(energy_frame.index[energy_frame.labels == "nuclear"][3:])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(stance.InvalidInputError, match=r"^labels: the training rows of fold \d of 5 keep too few "
                                                           r"rows of 'nuclear' \(2 of 3\) \(need 3\); no number of "
                                                           r"folds helps"):
            stance.cross_validate(frame, folds=5, stance_column="stance")
    assert [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)] == []
    # A run that goes ahead still says which labels some folds do not test.
    with pytest.warns(stance.StanceWarning, match=r"^primary label\(s\) \['nuclear'\] have fewer than folds=5"):
        assert stance.cross_validate(frame, folds=5, stance_column="stance", threshold_folds=0).n == len(frame)


@pytest.mark.parametrize("mixed", ["none|unity", "unity|none"])
def test_gold_off_topic_beside_a_target_is_refused_as_training_refuses_it(default_model, mixed):
    # From an audit: a hand-labelled test file's "000|602" was evaluated in silence, as off-topic
    # (its stance ignored) or, written "602|000", as a target (its stance judged), its off-topic
    # label counted in none_f1 either way; training refuses such a row, and evaluate does too.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.", "We stand together."],
                         "labels": ["unity", "none", mixed], "stance": ["favor", None, "favor"]})
    with pytest.raises(stance.InvalidInputError, match=r"labels_column='labels': row 2 combines 'none' with other "
                                                       r"labels; 'none' means the statement takes no position"):
        stance.evaluate(default_model, gold)
    gold.loc[2, "labels"] = "unity"
    assert stance.evaluate(default_model, gold).n == 3


def test_cross_validate_names_the_labels_column_of_a_whole_column_problem():
    # As training now does: of a column "code", "labels: label names differ only in case"
    # left which column was meant to be guessed.
    rows = [("Wind farms now.", "renewables", "pro"), ("Coal must go.", "renewables", "pro"),
            ("No more turbines.", "renewables", "con"), ("Gas is a bridge.", "gas", "pro"),
            ("Gas prices hurt.", "gas", "con"), ("Nord Stream never again.", "gas", "con")] * 6
    frame = pd.DataFrame(rows, columns=["txt", "code", "pos"])
    frame.loc[3, "code"] = "Renewables"
    with pytest.raises(stance.InvalidInputError, match=r"^labels_column='code': label names differ only in case: "
                                                r"'Renewables' \(1: row 3\)"):
        stance.cross_validate(frame, text_column="txt", labels_column="code", stance_column="pos")
    default = frame.rename(columns={"txt": "text", "code": "labels", "pos": "stance"})
    with pytest.raises(stance.InvalidInputError, match=r"^labels: label names differ only in case"):
        stance.cross_validate(default)


def _fit_warnings(caught) -> list[str]:
    return [str(w.message) for w in caught if "the model was trained on" in str(w.message)]


def test_evaluating_a_model_on_its_own_training_rows_warns_in_any_order(energy_frame):
    model = stance.train(energy_frame, stance_column="stance")
    shuffled = energy_frame.sample(frac=1, random_state=3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, shuffled)
    [said] = _fit_warnings(caught)
    assert said.startswith(f"the model was trained on these very rows (the {len(energy_frame)} statements give its "
                           f"training data's digest, training_data.sha256)") and "not its accuracy" in said
    # Some of the training rows, or the rows with a stance changed, are not the training data.
    changed = energy_frame.copy()
    on_topic = changed.index[changed.labels != "none"][0]
    changed.loc[on_topic, "stance"] = "against" if changed.loc[on_topic, "stance"] == "favor" else "favor"
    for other in (energy_frame.iloc[1:], changed):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.evaluate(model, other)
        assert not _fit_warnings(caught)


def test_a_model_trained_without_stances_is_told_by_its_rows_too(energy_frame):
    model = stance.train(energy_frame)  # no stance head: its digest has no stances
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, energy_frame)
    assert len(_fit_warnings(caught)) == 1


def test_the_training_rows_scored_without_their_stances_are_told_by_their_texts_and_labels(energy_frame,
                                                                                           energy_model):
    # An audit: stance_column=None gave rows whose digest lacked the stances training had, and no warning.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, energy_frame, stance_column=None)
        stance.evaluate(energy_model, energy_frame.drop(columns="stance"))
    said = _fit_warnings(caught)
    assert len(said) == 2 and all("training_data.labels_sha256)" in one for one in said)
    relabelled = energy_frame.copy()
    relabelled.loc[relabelled.index[0], "labels"] = "none" if relabelled.labels.iloc[0] != "none" else "gas"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, relabelled, stance_column=None)
    assert not _fit_warnings(caught)
    # A model without a stance head records no second digest: its one has no stances.
    assert "labels_sha256" not in stance.train(energy_frame).training_
    assert energy_model.training_["labels_sha256"] != energy_model.training_["sha256"]


def test_the_bundled_model_on_the_seed_it_was_trained_on_warns_with_the_count():
    seed = stance.example_data("seed")
    with pytest.warns(stance.StanceWarning, match=r"^all 17 rows are statements the model was trained on \(the "
                                                  r"shipped seed statements"):
        stance.evaluate(None, seed)
    challenge = stance.example_data("challenge").head(9)
    mixed = pd.concat([challenge, seed.head(3)[["text", "labels", "stance"]]], ignore_index=True)
    with pytest.warns(stance.StanceWarning, match=r"^3 of the 12 rows are statements the model was trained on"):
        stance.evaluate(None, mixed)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        stance.evaluate(None, challenge)  # never trained on: nothing to say


def test_a_cross_validation_beside_an_evaluation_of_the_same_rows_warns(energy_frame, energy_model):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        cross = stance.cross_validate(energy_frame, folds=3, threshold_folds=0)
        other_folds = stance.cross_validate(energy_frame, folds=3, threshold_folds=0, random_state=1)
        fitted = stance.evaluate(energy_model, energy_frame)  # energy_model was trained on these rows
    for this, other, which in ((cross, fitted, "other"), (fitted, cross, "this")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            this.compared_with(other, resamples=200)
        said = [str(w.message) for w in caught if "out-of-fold" in str(w.message)]
        assert said == [f"compared_with: one report is out-of-fold predictions (cross_validate), the other ({which}) "
                        f"a model's predictions on the rows it was trained on: its figures measure a fit, not "
                        f"accuracy on new text, and the difference favours it; compare two cross-validations, or "
                        f"two models on rows neither was trained on"]
    # Two cross-validations with different fold draws are a paired comparison of the rows, and
    # so (a review) is one beside a model trained elsewhere: the bundled one, on these rows.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        elsewhere = stance.evaluate(stance.train(energy_frame.iloc[::-1].head(60), stance_column="stance",
                                                 threshold_folds=0), energy_frame)
    for pair in ((cross, other_folds), (cross, elsewhere), (elsewhere, cross)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            pair[0].compared_with(pair[1], resamples=200)
        assert not [w for w in caught if "out-of-fold" in str(w.message)]


def test_a_scorer_scoring_training_rows_for_a_search_does_not_warn_of_them(energy_frame):
    # A review: scikit-learn's return_train_score scores the training rows by design, and the
    # warning that evaluate is given a model's training rows came once a fold.
    from sklearn.model_selection import KFold
    from sklearn.model_selection import cross_validate as sklearn_cross_validate

    frame = energy_frame.reset_index(drop=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scores = sklearn_cross_validate(stance.StanceModel(threshold_folds=0), frame["text"],
                                        frame[["labels", "stance"]].fillna(""), cv=KFold(3),
                                        scoring=stance.scorer("macro_f1"), return_train_score=True)
    assert len(scores["train_score"]) == 3 and not [w for w in caught if "trained on these" in str(w.message)]
    with pytest.warns(stance.StanceWarning, match="the model was trained on these very rows"):
        stance.evaluate(stance.train(frame, stance_column="stance", threshold_folds=0), frame)


def test_groups_of_few_statements_are_warned_of_without_intervals():
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
                                  "Not one more cent for Kyiv."],
                         "labels": ["unity", "none", "ukraine_support"], "stance": ["favor", None, "against"],
                         "party": ["Greens", "Left", "Left"]})
    report = stance.evaluate(None, gold, by="party")
    with pytest.warns(stance.StanceWarning) as caught:
        table = report.by_group()
    assert [str(w.message) for w in caught] == [
        "by='party': the metrics of 'Left' (2 statements); 'Greens' (1 statement) rest on fewer than 30 statements, "
        "and would move far on another sample: see how far with report.by_group(level=0.95) (stance evaluate "
        "--by party --intervals)"]
    assert table["n"].tolist() == [2, 1]
    many = pd.concat([gold] * 10, ignore_index=True).assign(party=["big"] * 30)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        stance.evaluate(None, many, by="party").by_group()  # one group of 30: nothing to say


def test_the_text_column_is_refused_as_the_groups():
    gold = pd.DataFrame({"statement": ["We have a one-speed NATO.", "Thank you all for coming."],
                         "labels": ["unity", "none"]})
    with pytest.raises(stance.InvalidInputError, match=r"^by='statement' is the statements' own column "
                                                       r"\(text_column='statement'\): every group is one statement; "
                                                       r"group by a column such as party or year$"):
        stance.evaluate(None, gold, text_column="statement", by="statement")


def test_interval_and_comparison_tables_say_what_they_are_in_their_attrs(energy_frame):
    # A researcher's audit: r.intervals(level=0.9).attrs and r.compared_with(o).attrs were {},
    # and a table written with to_latex() lost its level, resamples and which model was which.
    energy_model = stance.train(energy_frame, stance_column="stance")  # the shared one may have been saved since
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        mine = stance.evaluate(energy_model, energy_frame)
        table = mine.intervals(level=0.9, resamples=200, random_state=4)
        assert table.attrs == {"n": len(energy_frame), "level": 0.9, "resamples": 200, "random_state": 4,
                               "lower_is_better": ["confidence_error"]}
        assert table.loc[["top1_in_gold"]].attrs == table.attrs  # pandas keeps them through .loc
        gold = energy_frame.assign(labels="none", stance=None)
        theirs = stance.evaluate(None, gold)
        compared = stance.evaluate(energy_model, gold).compared_with(theirs, resamples=200)
    saved = stance.default_model().saved_
    data = compared.attrs["this"]["data_sha256"]  # both sides of the same rows
    assert re.fullmatch("[0-9a-f]{64}", data) and data != energy_model.training_["sha256"]
    assert compared.attrs == {
        "n": len(energy_frame), "level": 0.95, "resamples": 200, "random_state": 0,
        "lower_is_better": ["confidence_error"],
        "this": {"report": f"Evaluation on {len(energy_frame)} statements", "path": None, "parameters_sha256": None,
                 "training_sha256": energy_model.training_["sha256"], "data_sha256": data},
        "other": {"report": f"Evaluation on {len(energy_frame)} statements", "path": saved["path"],
                  "parameters_sha256": saved["parameters_sha256"],
                  "training_sha256": stance.default_model().training_["sha256"],
                  "data_sha256": data}}


def test_a_report_names_its_model_and_data_and_a_cross_validation_its_options(energy_model, energy_frame, tmp_path):
    # A researcher's audit: a report's JSON, to_dict and first line named neither model nor data,
    # and two cross-validations of C=0.3 and C=0.1, compared, had the same attrs.
    energy_model.save(tmp_path / "m")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(tmp_path / "m", energy_frame.sample(frac=1, random_state=1))
        loose = stance.cross_validate(energy_frame, folds=3, C=0.3, threshold_folds=0)
        tight = stance.cross_validate(energy_frame, folds=3, C=0.1, threshold_folds=0, random_state=5)
    saved = stance.load(tmp_path / "m").saved_
    # The training rows in another order: the data's digest is the one training recorded of them.
    digest = energy_model.training_["sha256"]
    out = json.loads(json.dumps(report.to_dict()))
    assert out["model"] == {"path": saved["path"], "parameters_sha256": saved["parameters_sha256"],
                            "training_sha256": digest}
    assert out["data"] == {"n": len(energy_frame), "sha256": digest,
                           "labels_sha256": energy_model.training_["labels_sha256"]}
    assert str(report).splitlines()[1] == (f"model {saved['path']} (parameters sha256 "
                                           f"{saved['parameters_sha256'][:12]}); data sha256 {digest[:12]}")
    assert loose.to_dict()["cross_validation"]["options"] == {"C": 0.3, "threshold_folds": 0}
    assert loose.to_dict()["data"] == out["data"] and "model" not in loose.to_dict()
    assert str(loose).splitlines()[1] == (f"trained with C=0.3, threshold_folds=0, random_state=0; "
                                          f"data sha256 {digest[:12]}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        attrs = loose.compared_with(tight, resamples=200).attrs
    assert (attrs["this"]["options"], attrs["this"]["random_state"]) == ({"C": 0.3, "threshold_folds": 0}, 0)
    assert (attrs["other"]["options"], attrs["other"]["random_state"]) == ({"C": 0.1, "threshold_folds": 0}, 5)


def test_a_model_saved_in_this_process_is_named_by_its_folder_until_it_is_fitted_again(energy_frame, tmp_path):
    # A researcher's audit: evaluate called a model "a model not saved" right after model.save(),
    # since saved_ is None until a model is loaded; a refit model is unsaved again.
    model = stance.train(energy_frame, stance_column="stance")
    digest = model.training_["sha256"][:12]

    def second_line() -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            return str(stance.evaluate(model, energy_frame)).splitlines()[1]

    unsaved = f"a model not saved, trained on data sha256 {digest}; data sha256 {digest}"
    assert second_line() == unsaved
    model.save(tmp_path / "m")
    loaded = stance.load(tmp_path / "m").saved_
    assert model.saved_ is None  # what a load read, as documented
    assert second_line() == (f"model {loaded['path']} (parameters sha256 {loaded['parameters_sha256'][:12]}); "
                             f"data sha256 {digest}")
    model.fit(energy_frame.text, energy_frame.labels, energy_frame.stance)
    assert second_line() == unsaved


def test_a_reports_data_digest_is_its_models_training_digest_of_the_rows_as_training_read_them(energy_frame):
    # A review: a model trained without stances, evaluated on its own rows with their stance
    # column (evaluate reads "stance" by default), was warned of its training rows, but its
    # data.sha256 counted the stances its training digest never had.
    # A second review: the data's own digest must stay the rows' as given, which one gold file
    # keeps whichever model measures it (both sides of a comparison): its labels_sha256 is the one.
    model = stance.train(energy_frame)
    assert not model.stance_classes
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(model, energy_frame)
        other = stance.evaluate(stance.train(energy_frame, stance_column="stance"), energy_frame)
        unstanced = stance.evaluate(model, energy_frame, stance_column=None)
    data = report.to_dict()["data"]
    assert data["labels_sha256"] == model.training_["sha256"] == unstanced.to_dict()["data"]["sha256"]
    assert data == other.to_dict()["data"] and data["sha256"] != data["labels_sha256"]
    assert "labels_sha256" not in unstanced.to_dict()["data"]


def test_options_that_train_one_model_describe_a_cross_validation_alike(energy_frame):
    # A review: class_weight={1: 2, 0: 1} and {0: 1, 1: 2.0} train the same model and were
    # listed as two options; C=0.5 given as an int-like numpy float likewise.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        one = stance.cross_validate(energy_frame, folds=3, threshold_folds=0, class_weight={1: 2, 0: 1})
        other = stance.cross_validate(energy_frame, folds=3, threshold_folds=0, class_weight={0: 1, 1: 2.0})
    assert one.cross_validation["options"] == other.cross_validation["options"]
    assert json.dumps(one.cross_validation["options"]) == json.dumps(other.cross_validation["options"])
    assert one.cross_validation["options"]["class_weight"] == {"0": 1.0, "1": 2.0}
    assert str(one).splitlines()[1] == str(other).splitlines()[1]


def test_a_by_group_table_says_what_it_is_in_its_attrs(energy_model, energy_frame):
    # by_group(level=…)'s table had no attrs, where intervals() and compared_with() have them.
    halves = energy_frame.assign(half=["first" if at < len(energy_frame) // 2 else "second"
                                       for at in range(len(energy_frame))])
    report = stance.evaluate(energy_model, halves, by="half")
    plain = report.by_group()
    assert plain.attrs == {"by": "half", "n": len(energy_frame)} and plain["n"].sum() == len(energy_frame)
    with_intervals = report.by_group(level=0.9, resamples=200, random_state=4)
    assert with_intervals.attrs == {"by": "half", "n": len(energy_frame), "level": 0.9, "resamples": 200,
                                    "random_state": 4, "lower_is_better": ["confidence_error"]}
    assert with_intervals.loc[["first"]].attrs == with_intervals.attrs


def test_a_report_computed_from_the_texts_names_its_data_as_evaluate_does(energy_model, energy_frame):
    # An audit by a researcher reporting evaluations in a paper: compute_report, given the texts,
    # gold labels and stances, gave data.sha256 null, where evaluate gives the rows' digest.
    texts = energy_frame["text"].tolist()
    gold = [tuple(cell.split("|")) for cell in energy_frame["labels"]]
    stances = [None if isinstance(value, float) else value for value in energy_frame["stance"]]
    predictions = energy_model.classify_many(texts)
    predicted = ([p.labels for p in predictions], [p.stance for p in predictions])

    def data(**given):
        return compute_report(*predicted, gold, given.get("stances"), energy_model.labels,
                              energy_model.params_.none_label, energy_model.stance_classes,
                              texts=given.get("texts")).to_dict()["data"]

    # The model's training rows: the digests its training recorded of them.
    assert data(texts=texts, stances=stances) == {"n": len(texts), "sha256": energy_model.training_["sha256"],
                                                  "labels_sha256": energy_model.training_["labels_sha256"]}
    assert data(texts=texts) == {"n": len(texts), "sha256": energy_model.training_["labels_sha256"]}
    assert data(stances=stances) == {"n": len(texts), "sha256": None}  # no texts, nothing to digest
    # A review: the stances as a file's cells are read, a column's gaps NaN, " favor" padded (its
    # digest was of "nan"); and fewer texts than gold sets, zipped, digested fewer rows than n.
    as_cells = [float("nan") if value is None else f" {value} " for value in stances]
    assert data(texts=texts, stances=as_cells)["sha256"] == energy_model.training_["sha256"]
    with pytest.raises(ValueError, match=f"texts has {len(texts) - 1} items where gold_sets has {len(texts)}"):
        data(texts=texts[:-1], stances=stances)


def test_each_group_names_its_own_data_and_the_model(energy_model, energy_frame):
    # An audit by a researcher reporting evaluations in a paper: a by= group's record held its n
    # and metrics alone, and no group could be traced to its rows or its model.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(energy_model, energy_frame, by="register")
        alone = {register: stance.evaluate(energy_model, rows).to_dict()["data"]
                 for register, rows in energy_frame.groupby("register")}
    out = json.loads(json.dumps(report.to_dict()))
    assert {group["group"]: group["data"] for group in out["groups"]} == alone  # as if evaluated on its own
    assert all(group["model"] == out["model"] for group in out["groups"])
    model_named = str(report).splitlines()[1].rsplit("; data sha256 ", 1)[0]
    speech = alone["speech"]["sha256"][:12]
    assert str(report.groups["speech"]).splitlines()[1] == f"{model_named}; data sha256 {speech}"
    assert "sha256" not in str(report).split("By register")[1]  # the printed table of groups is as it was


def test_a_comparison_with_a_copy_of_the_bundled_model_names_it_as_the_reports_do(energy_frame, tmp_path):
    # An audit by a researcher reporting evaluations in a paper: the warning of a model compared
    # with its copy named the bundled model by the folder the package was installed in.
    copy = shutil.copytree(stance.default_model().saved_["path"], tmp_path / "mine")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        bundled, mine = stance.evaluate(None, energy_frame), stance.evaluate(copy, energy_frame)
    with pytest.warns(stance.StanceWarning, match="same model") as caught:
        mine.compared_with(bundled, resamples=100)
    said = next(str(warning.message) for warning in caught if "same model" in str(warning.message))
    assert f"(from model {copy.resolve()} and the bundled model)" in said, said
    assert str(Path(stance.default_model().saved_["path"]).parent) not in said


def test_a_gold_label_joining_the_off_topic_label_is_told_the_others_alone(energy_frame, energy_model):
    # Gold "none;gas" was hinted "join them with '|'", and "none|gas" is then refused as combining
    # the off-topic label with others: it is told "gas", as training tells it.
    gold = energy_frame.copy()
    gold.loc[5, "labels"] = "none;gas"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold, stance_column="stance")
    said = " ".join(str(w.message) for w in caught if "'none;gas'" in str(w.message))
    assert "the off-topic label 'none' stands alone in a cell: label it 'gas'" in said and "join them" not in said, said
    gold.loc[5, "labels"] = "gas"
    stance.evaluate(energy_model, gold, stance_column="stance")



def test_a_gold_value_joining_a_label_the_model_lacks_is_not_told_to_be_that_label(energy_frame, energy_model):
    # Gold "none;hydrogen", the model without a label 'hydrogen', was hinted "label it 'hydrogen'",
    # a gold label the model can never predict: the hint names only the model's labels, and says
    # which joined ones it does not know; "gas;hydrogen" was told to join them with '|' likewise.
    gold = energy_frame.copy()
    for rows, joined, told in (([5], ["none;hydrogen"], "'none;hydrogen' looks like several labels, but "
                                                         "'hydrogen' is not a label of this model"),
                               ([5, 20], ["none;hydrogen", "gas;hydrogen"],
                                "2 gold values look like several labels, some not labels of this model: "
                                "'gas;hydrogen' ('hydrogen') and 'none;hydrogen' ('hydrogen')")):
        gold.loc[rows, "labels"] = joined
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.evaluate(energy_model, gold, stance_column="stance")
        said = " ".join(str(w.message) for w in caught)
        assert told in said and "label it 'hydrogen'" not in said and "join them" not in said, said


def test_each_gold_value_joining_labels_is_told_its_own_cell(energy_frame, energy_model):
    # Gold "none;gas" in row 5 and "none,renewables" in row 20 were hinted only the first's
    # advice, so "none,renewables" was left to be guessed (and "gas;nuclear" beside "none;renewables"
    # told "'none' stands alone" with no word of joining the others with '|'): each is told its own.
    gold = energy_frame.copy()
    for joined, told in ((("none;gas", "none,renewables"), "label 'none,renewables' as 'renewables' and "
                          "'none;gas' as 'gas'; the off-topic label 'none' stands alone in a cell"),
                         (("gas;nuclear", "none;renewables"), "label 'gas;nuclear' as 'gas|nuclear' and "
                          "'none;renewables' as 'renewables'; the off-topic label 'none' stands alone in a cell")):
        gold.loc[5, "labels"], gold.loc[20, "labels"] = joined
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.evaluate(energy_model, gold, stance_column="stance")
        said = " ".join(str(w.message) for w in caught)
        assert "2 gold values look like several labels: " + told in said, said
    # Past three, the others are counted, as training's refusal counts them.
    for row, joined in zip((5, 20, 30, 40), ("gas;nuclear", "none;gas", "nuclear;renewables", "gas;renewables")):
        gold.loc[row, "labels"] = joined
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold, stance_column="stance")
    said = " ".join(str(w.message) for w in caught)
    assert ("4 gold values look like several labels: label 'gas;nuclear' as 'gas|nuclear' and 'gas;renewables' as "
            "'gas|renewables' and 'none;gas' as 'gas' (1 more likewise); the off-topic label 'none' stands alone "
            "in a cell") in said, said


def test_the_baseline_line_quotes_a_numpy_str_stance_as_text():
    # A statistician's audit: compute_report given numpy's str values printed the baseline as
    # "always np.str_('AGAINST')", where the README's example reads "always 'AGAINST'".
    from stance.evaluation import compute_report

    rng = np.random.default_rng(0)
    gold = list(rng.choice(["FAVOR", "AGAINST", "NONE"], 90))
    report = compute_report([["a"]] * 90, gold, [["a"]] * 90, gold, ["a", "none"], "none",
                            stance_classes=["FAVOR", "AGAINST", "NONE"], confidences=[0.9] * 90)
    assert "always 'AGAINST': stance_accuracy" in str(report) and "np.str_" not in str(report)


def test_a_str_enum_stance_is_quoted_as_the_text_it_holds():
    # A review of 4c721aa: str() of an Enum of str gives 'Stance.AGAINST', text the data do not
    # hold; a message quotes the value, 'AGAINST'.
    import enum

    from stance.exceptions import quoted

    class Stance(str, enum.Enum):
        AGAINST = "AGAINST"

    assert quoted(Stance.AGAINST) == "'AGAINST'" == quoted(np.str_("AGAINST"))


def _gold_annotated(energy_frame: pd.DataFrame, cell) -> pd.DataFrame:
    """The energy rows with each labels cell written by ``cell`` (an annotation tool's export) from its names."""
    cells = [cell(labels.split("|")) for labels in energy_frame["labels"].fillna("none")]
    return energy_frame.assign(labels=pd.Series(cells, index=energy_frame.index, dtype=object))


@pytest.mark.parametrize(("cell", "shape", "advice"), [
    (lambda names: [[0, 5, name] for name in names], "a span annotation (start, end, label)",
     r"take the labels: \[s\[2\] for s in spans\]"),  # doccano's sequence labelling
    (lambda names: [{"value": name} for name in names], 'objects with a "value"', 'take the "value"s'),  # Argilla
    (lambda names: {name: 1.0 if name in names else 0.0 for name in ("gas", "none", "nuclear", "renewables")},
     "a dict of label to score", r"\[k for k, v in cats.items\(\) if v >= 0.5\]"),  # spaCy's cats
    (lambda names: json.dumps({"choices": names}), 'a "choices" object', 'take its "choices" list'),  # Label Studio
])
def test_gold_labels_cells_of_spans_or_objects_are_refused_as_training_refuses_them(energy_frame, energy_model,
                                                                                  cell, shape, advice):
    # An annotation audit: read as names, every gold label was "{'value': 'gas'}" or the like, and
    # evaluate said none of them was a label the model predicts, to evaluate a model trained on
    # this label set, where the cells hold the labels inside a structure.
    with pytest.raises(stance.InvalidInputError,
                       match=f"labels_column='labels': row 0 holds {re.escape(shape)}.*{advice}") as raised:
        stance.evaluate(energy_model, _gold_annotated(energy_frame, cell), stance_column="stance")
    assert "trained on this label set" not in str(raised.value)


@pytest.mark.parametrize(("cell", "shape", "advice"), [
    (lambda names: [[0, 5, name] for name in names], "a span annotation (start, end, label)",
     r"take the labels: \[s\[2\] for s in spans\]"),
    (lambda names: [{"value": name} for name in names], 'objects with a "value"', 'take the "value"s'),
    (lambda names: {name: 1.0 if name in names else 0.0 for name in ("gas", "none", "nuclear", "renewables")},
     "a dict of label to score", r"\[k for k, v in cats.items\(\) if v >= 0.5\]"),
    (lambda names: json.dumps({"choices": names}), 'a "choices" object', 'take its "choices" list'),
])
def test_gold_labels_of_spans_or_objects_given_to_score_x_y_are_refused_as_evaluate_refuses_them(
        energy_frame, energy_model, cell, shape, advice):
    # A review: model.score(X, y), scikit-learn's scorer, read y's annotation structures as label
    # names and returned 0.0, where stance.evaluate refuses them.
    gold = _gold_annotated(energy_frame, cell)
    with pytest.raises(stance.InvalidInputError, match=f"^y: row 0 holds {re.escape(shape)}.*{advice}"):
        energy_model.score(gold["text"], gold["labels"])
    with pytest.raises(stance.InvalidInputError, match=f"^y: row 0 holds {re.escape(shape)}"):
        energy_model.score(gold["text"].tolist(), gold["labels"].tolist())


def test_gold_labels_of_argilla_objects_are_refused_on_the_command_line(tmp_path, energy_frame, energy_model, capsys):
    from stance.cli import main

    path, model = tmp_path / "argilla.jsonl", tmp_path / "m"
    energy_model.save(model)
    _gold_annotated(energy_frame, lambda names: [{"value": name} for name in names]).to_json(
        path, orient="records", lines=True)
    assert main(["evaluate", str(path), "--model", str(model)]) == 2
    error = capsys.readouterr().err
    assert "--labels-column labels: row 0 holds objects with a \"value\"" in error
    assert "trained on this label set" not in error


def test_one_more_gold_value_is_counted_in_the_singular():
    # Six unknown values, five named: the clause said "and 1 more values".
    from stance.evaluation import _where_each_is

    values = {"a", "b", "c", "d", "e", "f"}
    said = _where_each_is(values, [{value} for value in sorted(values)], None)
    assert said.endswith(" and 1 more value"), said


def test_a_gold_stance_value_the_model_lacks_has_an_f1_of_0_outside_f_avg_of_favour_and_against():
    # A statistician's audit: a gold "neutral" the bundled model (against, favor) lacks had no
    # neutral_f1 at all, where a gold label the model lacks has F1 0 in the label table.
    from sklearn.metrics import f1_score

    gold = pd.DataFrame({"text": ["NATO allies must stand together as one.",
                                  "NATO is divided and falling apart, and that is good.",
                                  "Allies should think carefully about enlargement.",
                                  "We will keep supporting Ukraine for as long as it takes."],
                         "labels": ["unity", "unity", "unity", "ukraine_support"],
                         "stance": ["favor", "against", "neutral", "favor"]})
    with pytest.warns(stance.StanceWarning, match=r"\['neutral'\] are not stance values this model predicts"):
        m = stance.evaluate(None, gold).metrics
    predicted = [p.stance for p in stance.default_model().classify_many(gold.text.tolist())]
    values = ["against", "favor", "neutral"]
    expected = dict(zip(values, f1_score(gold.stance, predicted, labels=values, average=None).tolist()))
    assert [m[f"{value}_f1"] for value in values] == pytest.approx(list(expected.values()))
    assert m["neutral_f1"] == 0.0
    # A third value has its own F1 but stays out of the mean of favour and against.
    assert m["stance_f_avg"] == pytest.approx((expected["against"] + expected["favor"]) / 2)


def _xyz_frame() -> pd.DataFrame:
    """Two targets and stance values x, y, z whose names tell no direction, z in group g0 only."""
    words = {"x": "welcome", "y": "reject", "z": "note"}
    rows = [(f"we {word} the new {target} number {i}", target, value, "g0" if value == "z" else f"g{i % 3}")
            for i in range(6) for target in ("wind", "solar") for value, word in words.items()]
    return pd.DataFrame(rows, columns=["text", "labels", "stance", "group"])


def test_a_gold_value_the_model_lacks_has_an_f1_of_0_outside_f_avg_over_the_models_values():
    # A review of 5b086d9: a model of x and y evaluated on gold x, y and z averaged z's F1 of 0
    # into stance_f_avg, where a value the model was never trained on measures the labels, not
    # the model. z keeps its z_f1 (0); the mean is scikit-learn's over the model's x and y.
    from sklearn.metrics import f1_score

    frame = _xyz_frame()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.cross_validate(frame, folds=3, groups="group", threshold_folds=0, none_label=None)
    train, held_out = frame[frame.group != "g0"], frame[frame.group == "g0"]
    model = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        train.text.tolist(), train.labels.tolist(), stance=train.stance.tolist())
    assert model.stance_classes == ("x", "y")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = stance.evaluate(model, held_out).metrics
    said = [str(w.message) for w in caught]
    assert not [s for s in said if "mean F1 of every stance value" in s], said
    lacking = next(s for s in said if "are not stance values" in s)
    assert "['z']" in lacking and "out of stance_f_avg" in lacking and "misses in stance_accuracy" in lacking, lacking
    predicted = [p.stance for p in model.classify_many(held_out.text.tolist())]
    f1 = f1_score(held_out.stance, predicted, labels=["x", "y", "z"], average=None).tolist()
    assert [m["x_f1"], m["y_f1"], m["z_f1"]] == pytest.approx(f1)
    assert m["z_f1"] == 0.0 and min(f1[:2]) > 0
    assert m["stance_f_avg"] == pytest.approx(f1_score(held_out.stance, predicted, labels=["x", "y"], average="macro"))
    # cross_validate scores every value of the data, and a fold's mean is over them all (its
    # model lacking z or not), as the README says: there the fold's mean has z in it.
    fold = next(f for f in report.folds if f["group"] == "g0")
    for name in ("x_f1", "y_f1", "z_f1", "stance_accuracy"):
        assert fold[name] == pytest.approx(m[name]), name
    assert fold["stance_f_avg"] == pytest.approx(f1_score(held_out.stance, predicted, labels=["x", "y", "z"],
                                                          average="macro"))


def _pos_neg_model_and_gold() -> tuple[stance.StanceModel, pd.DataFrame]:
    """A model of stance values pos and neg (read as no favour and against) trained on 24
    rows of the challenge set, and those rows as gold."""
    data = stance.example_data("challenge")
    data = data[data.stance.isin(["favor", "against"]) & ~data.labels.str.contains("|", regex=False)]
    rows = pd.concat([data[data.labels == label].head(12) for label in ("unity", "ukraine_support")])
    rows = rows.assign(stance=rows.stance.map({"favor": "pos", "against": "neg"}))[["text", "labels", "stance"]]
    model = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        rows.text.tolist(), rows.labels.tolist(), stance=rows.stance.tolist())
    assert model.stance_classes == ("neg", "pos")
    return model, rows.reset_index(drop=True)


@pytest.mark.parametrize("value", ["neutral", "Pos"])
def test_one_gold_value_the_model_lacks_leaves_f_avg_over_its_pos_and_neg(value):
    # A review of 5b086d9: one gold "neutral" (or a typo) beside a model's pos and neg took
    # stance_f_avg from 0.98 to 0.65, and the warning advised favor='neg', against='neutral',
    # which evaluate refuses (for a typo favor='Pos', against='pos' or the like).
    from sklearn.metrics import f1_score

    model, gold = _pos_neg_model_and_gold()
    gold.loc[0, "stance"] = value
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = stance.evaluate(model, gold).metrics
    predicted = [p.stance for p in model.classify_many(gold.text.tolist())]
    assert m[f"{value}_f1"] == 0.0
    assert m["stance_f_avg"] == pytest.approx(f1_score(gold.stance, predicted, labels=["neg", "pos"], average="macro"))
    said = " ".join(str(w.message) for w in caught)
    assert set(re.findall(r"(?:favor|against)='([^']*)'", said)) <= {"neg", "pos"}, said


def test_intervals_say_no_caveat_of_a_gold_value_the_model_lacks_but_do_of_its_own():
    # A review of 5b086d9: a gold value the model lacks has F1 0 by construction, not of a small
    # sample, and intervals() warned of its interval of no width and of its resamples with no value.
    model, gold = _pos_neg_model_and_gold()
    relabelled = gold.index[gold.stance == "pos"][:8]  # neg's rows are left as they are
    gold.loc[relabelled[:6], "stance"] = "neutral"
    gold.loc[relabelled[6:], "stance"] = "Pos"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        report = stance.evaluate(model, gold)
    with pytest.warns(stance.StanceWarning, match="^intervals: ") as caught:
        table = report.intervals(resamples=200)
    said = " ".join(str(w.message) for w in caught)
    assert "neutral_f1" not in said and "Pos_f1" not in said, said
    assert {"neutral_f1", "Pos_f1"} <= set(table.index)
    # The model's own values are warned of as ever: neg's F1 is 1 on every resample.
    flat = re.search(r"; ([^;]*) ha(?:s an interval|ve intervals) of no width", said)
    assert report.metrics["neg_f1"] == 1.0 and flat and "neg_f1" in flat[1].split(", "), said
    assert "they rest on 24 statements" in said, said


def test_compared_with_says_no_caveat_of_a_gold_value_both_models_lack_but_does_if_one_has_it():
    # A review of 901503e: compared_with still warned "Pos_f1 had no value on 82 of 200 resamples,
    # left out of its interval" of a gold typo neither model predicts, whose F1 is 0 (or none) by
    # construction, where intervals() says nothing of it and the README says neither is said.
    model, gold = _pos_neg_model_and_gold()
    half = gold.iloc[1::2]
    other = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        half.text.tolist(), half.labels.tolist(), stance=half.stance.tolist())
    gold.loc[0, "stance"] = "Pos"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        this, that = stance.evaluate(model, gold), stance.evaluate(other, gold)
    with pytest.warns(stance.StanceWarning, match="^compared_with: ") as caught:
        table = this.compared_with(that, resamples=200)
    said = " ".join(str(w.message) for w in caught)
    assert "Pos_f1" not in said and "Pos_f1" in table.index, said
    assert "they rest on 24 statements" in said, said
    # Where one model has the value, its F1 is the model's, and may be of a small sample: said.
    with pytest.warns(stance.StanceWarning, match="^compared_with: ") as caught:
        this.compared_with(replace(that, _beyond_model=()), resamples=200)
    said = " ".join(str(w.message) for w in caught)
    assert "Pos_f1 had no value on" in said, said


def test_a_gold_value_the_model_lacks_only_on_off_topic_rows_is_left_to_the_off_topic_warning():
    # A review of 901503e: a gold "neutral" on an off-topic row alone was warned of as counting
    # as a miss in stance_accuracy and having its F1 (0), though its stance is not judged (the
    # report has no neutral_f1) and the next warning says that it "is ignored". The warning of
    # values the model lacks is of the rows judged on stance; the off-topic one speaks for the others.
    gold = pd.DataFrame({"text": ["NATO allies must stand together as one.",
                                  "NATO is divided and falling apart, and that is good.",
                                  "Thank you all for coming.", "Allies should think carefully about enlargement."],
                         "labels": ["unity", "unity", "none", "unity"],
                         "stance": ["favor", "against", "neutral", "neutral"]})
    for rows, lacking in ((gold.iloc[:3], None), (gold, "'neutral' in row 3")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            metrics = stance.evaluate(None, rows).metrics
        said = [str(w.message) for w in caught]
        assert [s for s in said if "has the off-topic label 'none' and a stance ('neutral')" in s], said
        told = [s for s in said if "are not stance values this model predicts" in s]
        assert [s.endswith(lacking) for s in told] == [True] if lacking else told == [], said
        assert ("neutral_f1" in metrics) == bool(lacking)


def test_the_warning_of_a_gold_value_the_model_lacks_says_the_mean_is_among_the_models_values():
    # A review of 901503e: the warning said stance_f_avg is "the mean over the model's values",
    # which of a favor/against/neutral model is not so: its mean is of favor and against alone.
    frame = _xyz_frame().replace({"stance": {"x": "favor", "y": "against", "z": "neutral"}})
    model = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        frame.text.tolist(), frame.labels.tolist(), stance=frame.stance.tolist())
    assert model.stance_classes == ("against", "favor", "neutral")
    gold = frame.copy()
    gold.loc[gold.index[0], "stance"] = "Favor"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = stance.evaluate(model, gold).metrics
    assert m["stance_f_avg"] == pytest.approx((m["favor_f1"] + m["against_f1"]) / 2)
    said = next(str(w.message) for w in caught if "are not stance values" in str(w.message))
    assert "out of stance_f_avg, the mean F1 of the model's own favor, against (or of the two favor= and " \
           "against= name)" in said, said
    # beside a model of pos and neg, the gold's favor and against are values it lacks: the mean is of pos and neg
    pn = frame.replace({"stance": {"favor": "pos", "against": "neg", "neutral": "pos"}})
    pn_model = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        pn.text.tolist(), pn.labels.tolist(), stance=pn.stance.tolist())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(pn_model, frame)
    said = next(str(w.message) for w in caught if "are not stance values" in str(w.message))
    assert "the mean F1 of the model's own neg, pos (or" in said, said


def test_a_gold_value_the_model_lacks_leaves_the_favour_and_against_it_reads_alone():
    # "Pro" beside a model's "pro" and "contra" is a value the model lacks (F1 0), not a reason
    # to average every value: the values the model has are read as favour and against.
    frame = _xyz_frame().query("stance != 'z'").replace({"stance": {"x": "pro", "y": "contra"}})
    model = stance.StanceModel(threshold_folds=0, none_label=None).fit(
        frame.text.tolist(), frame.labels.tolist(), stance=frame.stance.tolist())
    gold = frame.copy()
    gold.loc[gold.index[0], "stance"] = "Pro"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = stance.evaluate(model, gold).metrics
    assert not [w for w in caught if "mean F1 of every stance value" in str(w.message)]
    assert m["Pro_f1"] == 0.0 and m["stance_f_avg"] == pytest.approx((m["pro_f1"] + m["contra_f1"]) / 2)


def test_more_folds_than_texts_are_offered_only_counts_that_train_or_told_none_does(ten_texts_thrice):
    # Ten texts three times over, one label a single text: "pass folds=10 or fewer", though 10,
    # 5, 4, 3 and 2 all failed (its copies held out in one fold); four rows, one of the only
    # 'deterrence': "pass folds=4 or fewer", then folds=4 "too few ... for any number of folds".
    copied = ten_texts_thrice
    with pytest.raises(stance.InvalidInputError, match=r"^folds=11: the data hold 10 different texts, fewer than the "
                                                       r"folds .*, and no number of folds trains: at 10 folds, "
                                                       r"labels: .*'solar'") as refused:
        stance.cross_validate(copied, folds=11, none_label=None)
    assert "pass folds" not in str(refused.value)
    root = Path(__file__).resolve().parent.parent
    four = pd.read_csv(root / "datasets" / "challenge" / "challenge_plain.csv").head(4)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=5: the data have 4 rows, fewer than the folds, and no "
                                                       r"number of folds trains: at 4 folds, labels: "):
        stance.cross_validate(four, folds=5, stance_column=None)
    # Where some count trains, only those that do are offered, each taken.
    data = pd.DataFrame({"text": ["wind farms now", "more solar panels", "hello all", "good morning"] * 3,
                         "labels": ["energy", "energy", "none", "none"] * 3})
    with pytest.raises(stance.InvalidInputError, match=r"^folds=20: .*; pass folds=4 or fewer$"):
        stance.cross_validate(data, folds=20, threshold_folds=0)


def test_a_rare_label_mostly_copies_of_one_text_is_told_so_not_offered_what_fails(hydrogen_copies):
    # 'hydrogen': 3 copies of one text and one other. The copies stay in one fold, whose training
    # rows keep 1 of its 4 at any number of folds: "add examples of these labels, or pass
    # threshold_folds=0" was told, and threshold_folds=0 failed too, at every count.
    data = hydrogen_copies
    for options in ({"folds": 2}, {"folds": 3}, {"folds": 5}, {"folds": 3, "threshold_folds": 0}):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(stance.InvalidInputError, match=r"'hydrogen' \(1 of 4\).*one text of 'hydrogen' holds "
                                                               r"3 of its 4 rows.*add rows of 'hydrogen' with other "
                                                               r"texts, or drop copies of that text") as refused:
                stance.cross_validate(data, stance_column="stance", **options)
        assert "threshold_folds=0" not in str(refused.value) and "pass folds" not in str(refused.value)
    # A fifth row of another text leaves two at threshold_folds=0, which is then offered, and taken.
    wider = pd.concat([data, pd.DataFrame({"text": ["Hydrogen is too dear for cars."], "labels": ["hydrogen"],
                                           "stance": ["against"]})], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(stance.InvalidInputError, match=r"one text of 'hydrogen' holds 3 of its 5 rows.*, "
                                                           r"or pass threshold_folds=0$"):
            stance.cross_validate(wider, stance_column="stance", folds=5)
        stance.cross_validate(wider, stance_column="stance", folds=5, threshold_folds=0)
    # Two copies and one other, too few for any count: threshold_folds=0 was offered, and failed.
    three = data.drop(index=[24]).reset_index(drop=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(stance.InvalidInputError,
                           match=r"'hydrogen' \(1 of 3\).*no number of folds helps") as refused:
            stance.cross_validate(three, stance_column="stance", folds=3)
    assert "threshold_folds=0" not in str(refused.value)



def test_a_label_too_rare_in_all_is_named_with_a_label_mostly_copies_of_one_text(hydrogen_copies):
    # One row of 'solar' beside 'hydrogen' of 3 copies and one other text: before 27e1381 the
    # refusal named 'solar' too rare in all; then only the copies of 'hydrogen', and 'solar'
    # was found on the next run. Both are named at once, the label too rare in all first.
    data = pd.concat([hydrogen_copies, pd.DataFrame({"text": ["Solar panels belong on every roof."],
                                                     "labels": ["solar"], "stance": ["favor"]})], ignore_index=True)
    for folds in (2, 3, 5):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(stance.InvalidInputError) as refused:
                stance.cross_validate(data, stance_column="stance", folds=folds)
        said = str(refused.value)
        assert re.match(r"^labels: too few rows of 'solar' \(1: row 28\) in all for any number of folds", said), said
        assert re.search(r"\. Also, the training rows of fold \d of \d keep too few rows of 'hydrogen' \(1 of 4\) "
                         r"\(need 3\); one text of 'hydrogen' holds 3 of its 4 rows.*: add rows of 'hydrogen' with "
                         r"other texts, or drop copies of that text$", said), said
    # 3 rows of 'solar', too few for any number of folds though not in all, likewise.
    more = pd.concat([data] + [pd.DataFrame({"text": [text], "labels": ["solar"], "stance": ["favor"]})
                               for text in ("Solar farms waste good land.", "Solar power is cheap now.")],
                     ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(stance.InvalidInputError) as refused:
            stance.cross_validate(more, stance_column="stance", folds=3)
    said = str(refused.value)
    assert said.index("'solar'") < said.index("'hydrogen'") and "no number of folds helps" in said, said
    assert "one text of 'hydrogen' holds 3 of its 4 rows" in said, said


def test_more_folds_than_many_texts_are_offered_the_usual_count_and_the_most_quickly(monkeypatch):
    # 150 texts three times over, folds=500: only the ten most counts were drawn (22.8 s on
    # 50,100 rows) and "pass folds=141 to 150" said fewer fail, though 5 and 100 train. The
    # usual 5 is drawn first; it trains, so it is offered with the most, and little else drawn.
    from stance import cross_validation

    root = Path(__file__).resolve().parent.parent
    base = pd.read_csv(root / "datasets" / "challenge" / "challenge_plain.csv").drop_duplicates("text").head(150)
    data = pd.concat([base] * 3, ignore_index=True)
    drawn: list[int] = []
    refusal = cross_validation._fold_refusal

    def counted(texts, gold_sets, stances, folds, *args):
        drawn.append(folds)
        return refusal(texts, gold_sets, stances, folds, *args)

    monkeypatch.setattr(cross_validation, "_fold_refusal", counted)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=500: the data hold 150 different texts, fewer than "
                                                       r"the folds .*; pass folds=5, or up to 150$"):
        stance.cross_validate(data, folds=500)
    assert drawn == [5]  # a draw at 150 folds alone took 3 s on 50,100 rows
    monkeypatch.undo()
    assert stance.cross_validate(data, folds=5).n == len(data)  # the count offered is taken


def test_a_report_of_thousands_of_groups_shows_the_first_and_last_five_and_says_where_the_rest_are():
    # A notebook reader's audit: a report by= a column of 10,000 values (one a statement) printed
    # every group, 791,281 characters of text/plain, and its HTML cut the groups to 60 rows with
    # "..." and no word of where the others were. Both are cut as pandas cuts a long frame, its
    # first and last five (display.min_rows) past display.max_rows, saying where every one is,
    # as a document's print and the report's other tables do; to_string() prints them all.
    data = stance.example_data("challenge").head(200).copy()
    data["case"] = [f"c{i:03d}" for i in range(200)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # of the groups of one statement
        report = stance.evaluate(None, data, by="case")
        groups = report.by_group()
        text, whole, page = str(report), report.to_string(), report._repr_html_()
        with pd.option_context("display.max_rows", 0):  # no limit, as in pandas
            unbounded = str(report)
    shown = text.split("By case (200 groups; every metric: report.by_group(), or --json):\n")[1].splitlines()
    rows = [line.split()[0] for line in shown[2:] if line and line.split()[0].startswith("c")]
    assert rows == [*groups.index[:5], *groups.index[-5:]], shown
    assert "… 190 more groups (report.by_group() has every one; print(report.to_string()) prints them)" in shown
    assert len(text) < 5000 < len(whole)
    assert [line for line in whole.splitlines() if line.split()[:1] == [groups.index[100]]], whole
    assert whole.startswith(text.split("By case")[0])  # the rest as the report prints it
    groups_page = page.split("<p>By case (200 groups)</p>")[1]
    assert groups_page.count("<tr>") < 70
    assert "200 rows &times; " in groups_page and ": report.by_group() has every one</p>" in groups_page
    assert unbounded == whole


def test_labels_named_as_the_reports_own_rows_keep_theirs(tmp_path, capsys):
    # An audit: labels called "macro avg" and "micro avg" lost their per-label rows to the
    # averages (to_frame, to_dict()["per_label"], --json), and with none_label=None a label
    # called "(no label)" had the statements given no label counted in its column of
    # confusion_frame(). A model trained on such names still evaluates right: the report's
    # own rows take another name, free_name's, beside them.
    import json

    from stance.cli import main

    names = ["macro avg", "micro avg", "wind"]
    frame = pd.DataFrame({"text": [f"w{n[:2]}a w{n[:2]}b filler{i % 7} x{i % 5}" for i, n in
                                   enumerate(names * 30)], "labels": names * 30})
    model = stance.train(frame, none_label=None, threshold_folds=0)
    gold = frame.head(6)
    report = stance.evaluate(model, gold)
    table = report.to_frame()
    assert table.index.tolist() == ["macro avg", "micro avg", "wind", "macro avg_2", "micro avg_2"]
    assert table.loc["macro avg", "support"] == 2 and table.loc["macro avg", "f1"] == 1.0
    assert table.loc["macro avg_2", "support"] == table.loc["micro avg_2", "support"] == 6
    assert report.to_dict()["per_label"]["micro avg"]["support"] == 2
    gold.to_csv(tmp_path / "gold.csv", index=False)
    model.save(tmp_path / "m")
    capsys.readouterr()
    assert main(["evaluate", str(tmp_path / "gold.csv"), "--model", str(tmp_path / "m"), "--json"]) == 0
    per_label = json.loads(capsys.readouterr().out)["per_label"]
    assert per_label["macro avg"]["support"] == 2 and per_label["macro avg_2"]["support"] == 6
    # The statements given no label (a blank one of a model without an off-topic label) are
    # no gold label's: a label called "(no label)" keeps its column.
    report = compute_report([("(no label)",), (), ("a",)], [None] * 3, [("(no label)",), ("a",), ("a",)], None,
                            ("(no label)", "a"), None)
    confusion = report.confusion_frame()
    assert confusion.columns.tolist() == ["(no label)", "a", "(no label)_2"]
    assert confusion.loc["(no label)", "(no label)"] == 1 and confusion.loc["a", "(no label)_2"] == 1
    assert confusion["(no label)"].sum() == 1


def test_a_report_says_which_rows_are_its_averages_when_a_label_took_their_name(tmp_path, capsys):
    # A review of 2382b267: beside a label called 'macro avg', the report's average became
    # 'macro avg_2', and nothing on the report said which row was the average.
    import html
    import json

    from stance.cli import main

    names = ["macro avg", "wind", "gas"]
    frame = pd.DataFrame({"text": [f"w{n[:2]}a w{n[:2]}b filler{i % 7} x{i % 5}" for i, n in
                                   enumerate(names * 30)], "labels": names * 30})
    model = stance.train(frame, none_label=None, threshold_folds=0)
    report = stance.evaluate(model, frame.head(6))
    said = "'macro avg_2' is the macro average, named apart from the label 'macro avg'"
    assert said in str(report) and html.escape(said) in report._repr_html_()
    assert report.to_dict()["averages"] == {"macro": "macro avg_2", "micro": "micro avg"}
    frame.head(6).to_csv(tmp_path / "gold.csv", index=False)
    model.save(tmp_path / "m")
    capsys.readouterr()
    assert main(["evaluate", str(tmp_path / "gold.csv"), "--model", str(tmp_path / "m"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["averages"]["macro"] == "macro avg_2"
    plain = compute_report([("a",), ("b",)], [None] * 2, [("a",), ("b",)], None, ("a", "b"), None)
    assert "named apart" not in str(plain) and "averages" not in plain.to_dict()  # none renamed: as before


SCORED_AS_GOLD = r"labels_column='labels' and stance_column='stance': these are a model's predictions, not gold labels"


def test_evaluate_and_cross_validate_warn_of_a_scored_frame_as_gold(energy_frame, energy_model, tmp_path):
    # A notebook user's audit: stance.evaluate(None, stance.score(...)) scored the model's own
    # predictions as gold, top1_in_gold 1.0, unwarned.
    scored = stance.score(energy_frame[["text"]], model=energy_model)
    with pytest.warns(stance.StanceWarning, match=SCORED_AS_GOLD + r" \(its attrs hold stance.score's record"):
        report = stance.evaluate(energy_model, scored)
    assert report.metrics["top1_in_gold"] == 1.0  # its own answers, which is why it warns
    # A selection of its columns keeps the record; a file read back keeps none, but every column.
    with pytest.warns(stance.StanceWarning, match=SCORED_AS_GOLD):
        stance.evaluate(energy_model, scored[["text", "labels", "stance"]])
    scored.to_csv(tmp_path / "scored.csv", index=False)
    for data in (str(tmp_path / "scored.csv"), pd.read_csv(tmp_path / "scored.csv")):
        with pytest.warns(stance.StanceWarning, match=SCORED_AS_GOLD + r" \(it has all the columns stance.score"):
            stance.evaluate(energy_model, data)
    with pytest.warns(stance.StanceWarning, match=SCORED_AS_GOLD + r".*, so a model trained on them learns"):
        stance.cross_validate(scored, folds=2, stance_column="stance")
    # Gold labels beside a column of the annotators' confidence, or beside a scoring with a
    # prefix, are gold: no word.
    gold = energy_frame.assign(confidence=0.8, flag=None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(energy_model, gold)
        stance.evaluate(energy_model, stance.score(energy_frame, model=energy_model, prefix="pred_"))
    assert not [w for w in caught if "predictions, not gold labels" in str(w.message)]


def test_micro_f1_of_no_decisions_is_undefined_as_every_other_f1_of_nothing():
    # The stats audit: compute_report of no statements gave micro_f1 0.0 (and the micro avg row
    # precision and recall 0.0) beside macro_f1, none_f1 and the stance F1s n/a, though its
    # pooled counts are 0/0 as theirs are; the README shows a metric the statements cannot
    # have as NaN ("n/a"), not a 0 that reads as every decision wrong.
    from sklearn.metrics import f1_score

    empty = compute_report([], [], [], [], ["a", "none"], "none", ["against", "favor"])
    assert math.isnan(empty.metrics["micro_f1"]) and math.isnan(empty.metrics["macro_f1"])
    assert all(math.isnan(empty.per_label["micro avg"][k]) for k in ("precision", "recall", "f1"))
    assert empty.per_label["micro avg"]["support"] == 0
    assert "micro_f1           n/a" in str(empty)
    # Of some statements it is scikit-learn's pooled F1, as before.
    some = compute_report([("a",), ("none",), ("a",)], ["favor", None, None], [("a",), ("a",), ("none",)],
                          ["favor", "against", None], ["a", "none"], "none", ["against", "favor"])
    gold, predicted = [[1, 0], [1, 0], [0, 1]], [[1, 0], [0, 1], [1, 0]]
    assert some.metrics["micro_f1"] == pytest.approx(f1_score(gold, predicted, average="micro"))


def test_a_report_of_many_labels_counts_each_row_once_and_as_scikit_learn_does(monkeypatch):
    # A researcher's audit: evaluating 100,000 statements of 100 labels took 21-22 s of CPU, two
    # thirds of it going through every row once per label (the gold spellings looked up again
    # for each row, the true and false positives counted label by label).
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.preprocessing import MultiLabelBinarizer

    from stance import label_cells

    rng = np.random.default_rng(3)
    labels = (*(f"code_{i}" for i in range(40)), "none")
    predicted, p_stances, gold, g_stances, confidence = _random_outcomes(rng, 400, labels)
    gold, predicted = ([tuple(label for label in s if label != "none") or ("none",) for s in sets]
                       for sets in (gold, predicted))  # "none" beside a target is none
    report = compute_report(predicted, p_stances, gold, g_stances, labels, "none", ("favor", "against"),
                            confidences=confidence)
    binarizer = MultiLabelBinarizer(classes=list(labels)).fit([labels])
    precision, recall, f1, support = precision_recall_fscore_support(
        binarizer.transform(gold), binarizer.transform(predicted), zero_division=0)
    for at, label in enumerate(labels):
        row = report.per_label[label]
        assert (row["precision"], row["recall"], row["f1"], row["support"]) == pytest.approx(
            (precision[at], recall[at], f1[at], support[at]), abs=1e-12), label
    calls = []
    real = label_cells.spelt_as_known
    monkeypatch.setattr(label_cells, "spelt_as_known", lambda *args: calls.append(args) or real(*args))
    frame = pd.DataFrame({"text": ["We stand together.", "Arm Ukraine.", "Rates held."] * 20,
                          "labels": ["unity", "ukraine_support", "none"] * 20})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        evaluated = stance.evaluate(None, frame, stance_column=None)
    assert len(calls) == 1 and evaluated.n == 60
    assert evaluated.per_label["unity"]["support"] == 20


def test_the_per_statement_columns_of_many_labels_are_each_labels_hits_and_misses():
    # outcomes_of reads every set once (a researcher's audit: label by label it went through
    # 100,000 statements once per label of 101, twice); each label's columns are still its
    # true positives, false positives and false negatives, row by row.
    from stance.intervals import outcomes_of

    rng = np.random.default_rng(13)
    labels = (*(f"code_{i}" for i in range(30)), "none")
    predicted, p_stances, gold, g_stances, _ = _random_outcomes(rng, 200, labels)
    outcomes = outcomes_of(predicted, gold, labels, labels, p_stances, g_stances, ["favor", "against"],
                           ["favor", "against"], "none", None, None)
    for label, columns in outcomes.label_counts["set"]:
        expected = [(label in p and label in g, label in p and label not in g, label not in p and label in g)
                    for p, g in zip(predicted, gold)]
        assert columns.tolist() == np.array(expected, dtype=float).tolist(), label
    for label, columns in outcomes.label_counts["primary"]:
        expected = [((p[:1] == (label,)) and g[0] == label, (p[:1] == (label,)) and g[0] != label,
                     (p[:1] != (label,)) and g[0] == label) for p, g in zip(predicted, gold)]
        assert columns.tolist() == np.array(expected, dtype=float).tolist(), label
    assert sorted(label for label, _ in outcomes.label_counts["set"]) == sorted(labels)


def test_a_metric_above_0_that_rounds_to_none_is_shown_below_0_001():
    # An audit: a confidence_error of 0.0003 was printed "0.000", as a macro_f1 of exactly 0 is,
    # where the one is a small error and the other none right; the HTML report said the same.
    from stance.report import EvaluationReport

    report = EvaluationReport(metrics={"confidence_error": 0.0003, "macro_f1": 0.0, "top1_in_gold": 0.0005},
                              per_label={}, confusion={}, n=3000)
    rows = {line.split()[0]: line.split()[1] for line in str(report).splitlines()[1:4]}
    assert rows == {"confidence_error": "<0.001", "macro_f1": "0.000", "top1_in_gold": "0.001"}
    assert "<th scope='row'>confidence_error</th><td>&lt;0.001</td>" in report._repr_html_()


def test_a_metric_short_of_1_that_rounds_to_it_is_shown_above_0_999_as_a_confidence_is():
    # A metric of 2,499 statements right of 2,500 (0.9996) was printed "1.000", as one of all
    # 2,500 is, and quoted as a perfect model; a confidence of 0.9996 is ">0.99" (probability_shown).
    from stance.cli_evaluation import _figure_shown
    from stance.report import EvaluationReport

    report = EvaluationReport(metrics={"top1_in_gold": 2499 / 2500, "macro_f1": 1.0, "stance_accuracy": 0.9994},
                              per_label={}, confusion={}, n=2500,
                              baseline={"label": "none", "top1_in_gold": 2499 / 2500,
                                        "stance": "favor", "stance_accuracy": 1.0})
    lines = str(report).splitlines()
    rows = {line.split()[0]: line.split()[1] for line in lines[1:4]}
    assert rows == {"top1_in_gold": ">0.999", "macro_f1": "1.000", "stance_accuracy": "0.999"}
    assert "  baseline: always guessing 'none': top1_in_gold >0.999; always 'favor': stance_accuracy 1.000" in lines
    page = report._repr_html_()
    assert "<th scope='row'>top1_in_gold</th><td>&gt;0.999</td>" in page
    assert "<th scope='row'>macro_f1</th><td>1.000</td>" in page
    # stance evaluate --compare-with: a metric of either model so, a difference to 3 decimals as it is
    assert [_figure_shown(value, metric=True) for value in (2499 / 2500, 1.0)] == [">0.999", "1.000"]
    assert _figure_shown(2499 / 2500) == "1.000"


def test_the_report_s_tables_show_a_figure_short_of_1_as_its_headline_does():
    # A review of 8ee49189: the headline showed 2,499 of 2,500 right as ">0.999", but the tables under it
    # still rounded it to "1.000": stance evaluate of such a gold file printed "micro avg … 1.000" (recall)
    # and, with --intervals, "top1_in_gold 1.000 0.999 1.000", one figure two ways in one output.
    from stance.report import EvaluationReport, rounded_as_shown

    near = 2499 / 2500
    per_label = {"unity": {"precision": 1.0, "recall": near, "f1": 2 * near / (1 + near), "support": 2500},
                 "none": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0},
                 "macro avg": {"precision": 0.5, "recall": 0.0003, "f1": 0.5, "support": 2500},
                 "micro avg": {"precision": 1.0, "recall": near, "f1": 2 * near / (1 + near), "support": 2500}}
    group = EvaluationReport(metrics={"top1_in_gold": near}, per_label=per_label, confusion={}, n=2500)
    report = EvaluationReport(metrics={"top1_in_gold": near}, per_label=per_label, confusion={}, n=2500,
                              by="register", groups={"speech": group})
    cells = {line.split()[0]: line.split()[1:] for line in str(report).splitlines()
             if line.startswith(("unity ", "none ", "macro avg ", "speech "))}
    # (a column of none such as pandas prints it: precision 1.0, 0.0, 0.5)
    assert cells["unity"][1:] == [">0.999", ">0.999", "2500"]
    assert cells["none"][1:] == ["0.000", "0.000", "0"]
    assert cells["macro"][2:] == ["<0.001", "0.500", "2500"]
    assert cells["speech"] == ["2500", ">0.999"]  # the table of groups
    page = report._repr_html_()
    assert "<td>&gt;0.999</td>" in page.split("Each label&#x27;s")[1].split("</table>")[0]
    assert "<td>&gt;0.999</td>" in page.split("Metrics by register")[1]
    # the intervals table stance evaluate --intervals prints
    intervals = pd.DataFrame({"value": [near, 1.0], "low": [0.998, 0.9991], "high": [1.0, 1.0]},
                             index=pd.Index(["top1_in_gold", "stance_accuracy"], name="metric"))
    assert rounded_as_shown(intervals).to_dict("list") == {"value": [">0.999", "1.000"], "low": [0.998, 0.999],
                                                           "high": [1.0, 1.0]}
    # the figures themselves stay numbers: to_frame(), by_group(), to_dict() (and so --json)
    assert report.to_frame().loc["unity", "recall"] == near and report.to_dict()["per_label"]["unity"]["recall"] == near
    assert report.by_group().loc["speech", "top1_in_gold"] == near


def test_evaluate_refuses_a_spreadsheet_s_error_value_as_a_gold_label_or_stance(tmp_path, capsys):
    # A scholar's audit: gold labels looked up with =VLOOKUP(code, codebook, 2, FALSE) hold "#N/A"
    # where the lookup found nothing; evaluate warned "['#N/A'] are not labels this model predicts"
    # and counted the row a miss, where training refuses it as a spreadsheet's error value.
    from stance.cli import main

    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
                                  "Deter Russia with more troops.", "Send Kyiv more air defence."],
                         "labels": ["unity", "none", "#N/A", "ukraine_support"],
                         "stance": ["favor", None, "favor", "favor"]})
    with pytest.raises(stance.InvalidInputError, match=r"^labels_column='labels': row 2 holds '#N/A', a spreadsheet's "
                                                       r"error value .*not a label; give the row what the formula"):
        stance.evaluate(None, gold)
    with pytest.raises(stance.InvalidInputError, match=r"^labels_column='labels': row 3 holds '#REF!'"):
        stance.evaluate(None, gold.assign(labels=["unity", "none", "deterrence", "ukraine_support|#REF!"]))
    labelled = gold.assign(labels=["unity", "none", "deterrence", "ukraine_support"])
    with pytest.raises(stance.InvalidInputError, match=r"^stance_column='stance': row 3 holds '#n/a', a spreadsheet's "
                                                       r"error value .*not a stance value"):
        stance.evaluate(None, labelled.assign(stance=["favor", None, "favor", " #n/a"]))
    # An off-topic row's stance is not judged: ignored with the warning any such stance gets.
    with pytest.warns(UserWarning, match="off-topic"):
        report = stance.evaluate(None, labelled.assign(stance=["favor", "#N/A", "favor", "favor"]))
    assert report.n == 4
    gold.to_csv(tmp_path / "gold.csv", index=False)
    assert main(["evaluate", str(tmp_path / "gold.csv")]) == 2
    err = capsys.readouterr().err
    assert "--labels-column labels: row 2 holds '#N/A', a spreadsheet's error value" in err and "line 4" in err, err


def test_a_metric_of_minus_0_is_shown_0_in_a_comparisons_columns():
    # A review of beed16ae: a comparison's this and other columns went through report.figure_shown,
    # which kept the sign of -0.0 and of a metric a hair below 0, so they read "-0.000" where they
    # read "0.000" before, as the difference column still does (a -0.000 is 0.000).
    from stance.cli_evaluation import _figure_shown

    assert [_figure_shown(value, metric=True) for value in (-0.0, -1e-17, -0.0004, 0.0, 0.0003)] == [
        "0.000", "0.000", "0.000", "0.000", "<0.001"]
    assert [_figure_shown(value) for value in (-0.0, -1e-17, -0.0004)] == ["0.000"] * 3


def test_evaluate_warns_of_a_text_that_is_a_spreadsheet_s_error_value_as_of_a_blank_one(tmp_path, capsys):
    # A review of 432e5c33: training refuses a text "#N/A" (a formula that failed) and stance.score
    # warns of it, but evaluate scored and counted it as a gold statement without a word, where
    # it warns of a blank text ("row 1 has no text; scored as empty statements …, and counted").
    from stance.cli import main

    gold = pd.DataFrame({"text": ["#N/A", "Thank you all for coming.", "Deter Russia with more troops.", " #nv "],
                         "labels": ["unity", "none", "deterrence", "ukraine_support"],
                         "stance": ["favor", None, "favor", "favor"]})
    # said as stance.score and score_documents say it (one function): "scored as statements, and counted" was its own
    with pytest.warns(stance.StanceWarning, match=r"^text_column='text': rows 0, 3 hold '#N/A' and '#nv', a "
                                                  r"spreadsheet's error values .*not a statement: each is scored as "
                                                  r"any text is, and the evaluation counts them as statements; drop "
                                                  r"them, or give each its statement, before reading the results "
                                                  r"\(training refuses such a text\)$") as caught:
        report = stance.evaluate(None, gold)
    assert report.n == 4 and sum("spreadsheet" in str(w.message) for w in caught) == 1
    # "#N/A is no code." is a statement
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", message="(?!.*spreadsheet)")
        stance.evaluate(None, gold.assign(text=["#N/A is no code.", *gold.text[1:3].tolist(), "Send Kyiv more."]))
    gold.to_csv(tmp_path / "gold.csv", index=False)
    assert main(["evaluate", str(tmp_path / "gold.csv")]) == 0
    err = capsys.readouterr().err
    assert "--text-column text: rows 0, 3 hold '#N/A' and '#nv', a spreadsheet's error values" in err, err


def test_a_spread_above_zero_too_small_for_three_decimals_is_never_shown_as_none():
    # An audit: a spread across folds of 0.0002 was printed "± 0.000", which reads as folds that
    # agree exactly (a spread of 0); now "± <0.001", as a metric above 0 is shown.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "We must raise defence spending."],
                         "labels": ["unity", "deterrence"]})
    report = replace(stance.evaluate(None, gold), spread={"top1_in_gold": 0.0002, "macro_f1": 0.0},
                     folds=[{"top1_in_gold": 1.0, "macro_f1": 1.0}, {"top1_in_gold": 0.9996, "macro_f1": 1.0}],
                     cross_validation={"folds": 2, "groups": None})
    lines = {line.split()[0]: line for line in str(report).splitlines() if line.startswith("  ")}
    assert lines["top1_in_gold"].endswith(" ± <0.001"), lines
    assert lines["macro_f1"].endswith(" ± 0.000"), lines  # a spread of none stays one
    assert "&plusmn; &lt;0.001" in report._repr_html_()


@pytest.mark.parametrize(("level", "shown"), [
    (Fraction(1, 3), "33.3333333333%"), (Fraction(39, 40), "97.5%"), (Decimal("0.95"), "95%"), (1, "100%"), (0, "0%"),
])
def test_a_level_as_a_fraction_or_a_decimal_is_shown_as_its_percentage(level, shown):
    # An audit: stance.level_shown(Fraction(1, 3)) failed with "unsupported format string passed to
    # Fraction.__format__", a TypeError of Python's with no word of the level.
    assert stance.level_shown(level) == shown


@pytest.mark.parametrize(("level", "error", "said"), [
    (float("nan"), stance.InvalidInputError, "nan"), (np.float32("nan"), stance.InvalidInputError, "nan"),
    (1.5, stance.InvalidInputError, "1.5"), (-0.05, stance.InvalidInputError, "-0.05"),
    ("95%", TypeError, "'95%'"), (None, TypeError, "None"), (True, TypeError, "True"),
    # a review of 2fa4b0e3: a signalling NaN failed with decimal's own InvalidOperation
    (Decimal("sNaN"), stance.InvalidInputError, "Decimal('sNaN')"),
    (Decimal("NaN"), stance.InvalidInputError, "Decimal('NaN')"),
])
def test_a_level_that_is_no_level_is_refused_naming_it(level, error, said):
    # An audit: stance.level_shown(float("nan")) gave "nan%", a caption of no coverage, and a level
    # of 1.5 "150%".
    with pytest.raises(error, match=re.escape(f"level must be a number from 0 to 1 (0.95 for 95%), not {said}")):
        stance.level_shown(level)


@pytest.mark.parametrize("value", [0.8, 0.7, 0.1, 0.6])
@pytest.mark.parametrize("folds", [3, 6, 10])
def test_folds_that_agree_exactly_are_never_shown_as_differing(value, folds):
    # A review of 2fa4b0e3: a spread above 0 too small for three decimals became "± <0.001",
    # and numpy's standard deviation of three folds at 0.8 is 1.4e-16, not 0 (its mean is not
    # 0.8 to the last bit), so folds that agree exactly read as folds that differ.
    from stance.cross_validation import _spread

    assert _spread([value] * folds) == 0.0
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "We must raise defence spending."],
                         "labels": ["unity", "deterrence"]})
    report = replace(stance.evaluate(None, gold), spread={"top1_in_gold": _spread([value] * folds)},
                     folds=[{"top1_in_gold": value}] * folds, cross_validation={"folds": folds, "groups": None})
    line = next(line for line in str(report).splitlines() if line.split()[:1] == ["top1_in_gold"])
    assert line.endswith(" ± 0.000"), line
    assert "&plusmn; 0.000" in report._repr_html_()


@pytest.mark.parametrize(("value", "digits", "as_figure", "as_percent"), [
    (0.9996, 2, ">0.99", "99.96%"), (0.99996, 2, ">0.99", ">99.99%"),
    (0.00004, 2, "<0.01", "<0.01%"), (0.0004, 0, "<1", "<1%"), (0.996, 0, ">0", ">99%"),
    (0.25, 1, "0.2", "25.0%"), (1.0, 1, "1.0", "100.0%"), (0.0, 2, "0.00", "0.00%"), (-0.0, 0, "0", "0%"),
    (1.5, 1, "1.5", "150.0%"), (float("nan"), 1, "nan", "nan%"),
])
def test_figures_and_percentages_are_kept_short_of_0_and_1_by_one_rule(value, digits, as_figure, as_percent):
    # A review: metrics.percent_shown (">99.9%") kept a share short of 0% and 100% by its own code, beside
    # prediction.probability_shown's (">0.999") and report.rounded_as_shown's third; the one rule is now
    # prediction.figure_short_of_the_ends, which each shows its figures by (the outputs were not changed:
    # 302,936 values through the old and the new code gave identical figures).
    from stance.metrics import percent_shown
    from stance.prediction import figure_short_of_the_ends, probability_shown
    from stance.report import rounded_as_shown

    assert figure_short_of_the_ends(value, digits) == probability_shown(value, digits) == as_figure
    assert figure_short_of_the_ends(value, digits, percent=True) == percent_shown(value, digits) == as_percent
    column = rounded_as_shown(pd.DataFrame({"value": [value, 0.0004]}), digits)["value"].tolist()
    assert column[0] == as_figure or (math.isnan(value) and math.isnan(column[0]))


def test_a_report_shows_a_count_among_its_metrics_as_a_whole_number():
    # A review: a count among a report's metrics (n_rows 120.0, a float as every metric is) printed
    # "120.000"; a count is a whole number, and a perfect top1_in_gold is still "1.000".
    from stance.report import EvaluationReport

    report = EvaluationReport(metrics={"top1_in_gold": 1.0, "n_rows": 120.0}, per_label={}, confusion={}, n=120)
    lines = str(report).splitlines()
    assert "  top1_in_gold       1.000" in lines and "  n_rows             120" in lines, lines
    assert "<td>120</td>" in report._repr_html_() and "<td>1.000</td>" in report._repr_html_()


def test_folds_that_differ_in_their_last_bits_only_agree_and_are_shown_as_folds_equal_to_the_last_bit():
    # A review: folds of 0.8, 0.8 + 2 ** -52 and 0.8 (one figure rounded two ways) had a spread of
    # 1.4e-16, printed "± <0.001" as though they differed, where folds of 0.8 to the last bit were
    # "± 0.000". Within cross_validation.FOLDS_AGREE_WITHIN (1e-12) folds agree: a spread of 0.
    from stance.cross_validation import _spread
    from stance.report import EvaluationReport

    last_bit = [0.8, 0.8 + 2 ** -52, 0.8]
    assert last_bit[1] != last_bit[0] and _spread(last_bit) == 0.0 == _spread([0.8, 0.8, 0.8])
    assert _spread([0.1 + 0.2, 0.3, 0.3]) == 0.0  # 0.30000000000000004 and 0.3
    assert _spread([0.5, 0.5 + 1e-9]) > 0  # a difference of 1e-9 is no rounding: its spread, "<0.001"
    shown = []
    for values in (last_bit, [0.8, 0.8, 0.8], [0.5, 0.5 + 1e-9]):
        folds = [{"top1_in_gold": value} for value in values]
        report = EvaluationReport(metrics={"top1_in_gold": sum(values) / len(values)}, per_label={}, confusion={}, n=30,
                                  spread={"top1_in_gold": _spread(values)}, folds=folds)
        shown.append(str(report).splitlines()[1])
    assert shown == ["  top1_in_gold       0.800 ± 0.000", "  top1_in_gold       0.800 ± 0.000",
                     "  top1_in_gold       0.500 ± <0.001"], shown


@pytest.mark.parametrize(("values", "digits", "expected"), [
    ([0.5, 0.9995], 3, ["0.500", ">0.999"]),  # 0.9995 as a float is 0.99950000000000005…: it rounds to 1
    ([0.5, 0.0004999], 3, ["0.500", "<0.001"]), ([0.5, 0.001, 0.999], 3, [0.5, 0.001, 0.999]),
    ([0.6, 0.5], 0, [">0", "<1"]), ([0.96, 0.5], 1, [">0.9", "0.5"]), ([1.5, -0.0004], 3, [1.5, 0.0]),
])
def test_a_table_column_is_bounded_by_its_values_near_0_and_1_alone(values, digits, expected):
    # A review of 83a213da: rounded_as_shown asked the one rule of every value of a column (200,000 rows
    # 0.43 s, 0.27 s before); now only of those within a step of 0 or 1, the only ones that can round
    # to an end. A value a half step inside (0.9995 to three digits) and every value at no digits are asked.
    from stance.report import rounded_as_shown

    assert rounded_as_shown(pd.DataFrame({"value": values}), digits)["value"].tolist() == expected

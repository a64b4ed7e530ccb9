"""Training on a user's own scheme, scikit-learn compatibility, and bad training input."""

import inspect
import itertools
import json
import math
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import stance
from stance import InvalidInputError, InvalidTypeError, StanceModel


def test_energy_scheme_trains_and_predicts(energy_model):
    assert energy_model.labels == ("gas", "none", "nuclear", "renewables")
    assert energy_model.stance_classes == ("against", "favor")
    # Statements written for this test, not in the training file.
    assert energy_model.classify("Build more wind turbines and solar farms.").label == "renewables"
    assert energy_model.classify("Shut the reactors down for good.").label == "nuclear"
    assert energy_model.classify("The hearing resumes on Thursday.").label == "none"


def test_training_reaches_the_training_data(energy_model, energy_frame):
    # A linear model with C=30 must fit its own training labels almost perfectly.
    predicted = energy_model.predict(energy_frame.text)
    primary = energy_frame.labels.str.split("|").str[0]
    assert (predicted == primary.to_numpy()).mean() >= 0.95


def test_train_refuses_a_source_date_epoch_before_it_reads_or_fits(tmp_path, monkeypatch):
    # SOURCE_DATE_EPOCH='' ended stance.train in numpy's "invalid literal for int()", from
    # scikit-learn's import; one past year 9999 let the training run and failed the save.
    monkeypatch.setattr(stance.tables, "read_table", lambda *args, **kwargs: pytest.fail("read before checking"))
    for epoch in ["", "99999999999999"]:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        with pytest.raises(stance.InvalidInputError, match="^SOURCE_DATE_EPOCH"):
            stance.train(tmp_path / "never_read.csv")


def test_fit_refuses_a_source_date_epoch_before_it_fits(monkeypatch):
    # StanceModel.fit, unlike stance.train, fitted under a time no save could record (-5) and
    # was refused only at the save; the fit itself must not start.
    import stance.training

    monkeypatch.setattr(stance.training, "fit_parameters", lambda *args, **kwargs: pytest.fail("fitted"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "-5")
    with pytest.raises(stance.InvalidInputError, match="^SOURCE_DATE_EPOCH='-5' is not a creation time"):
        stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
                                                  ["aid", "aid", "none", "none"])


@pytest.mark.parametrize("epoch, said", [("", "SOURCE_DATE_EPOCH is set but empty: "),
                                         ("1.7e9", "SOURCE_DATE_EPOCH='1.7e9' is not a creation time: ")])
def test_an_unreadable_source_date_epoch_is_named_before_scikit_learn_is_imported(epoch, said):
    # StanceModel.fit and stance.suggest under SOURCE_DATE_EPOCH= or 1.7e9 ended in numpy's
    # "ValueError: invalid literal for int()" from f2py, which scikit-learn's import runs: in a
    # fresh process, since this one imported scikit-learn long ago.
    import subprocess
    import sys

    script = """if True:
        import stance
        for call in [lambda: stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hi", "thanks"],
                                                                       ["aid", "aid", "none", "none"]),
                     lambda: stance.suggest(None, ["more aid now", "cut the aid", "hello there"], n=2)]:
            try:
                call()
            except stance.InvalidInputError as error:
                print(str(error).split(": ")[0])
        """
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "SOURCE_DATE_EPOCH": epoch}, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout == f"{said.split(': ')[0]}\n" * 2


def test_train_reads_every_file_type(energy_frame, tmp_path):
    energy_frame.to_csv(tmp_path / "e.csv", index=False)
    energy_frame.to_csv(tmp_path / "e.tsv", sep="\t", index=False)
    energy_frame.to_json(tmp_path / "e.jsonl", orient="records", lines=True)
    energy_frame.to_parquet(tmp_path / "e.parquet")
    expected = stance.train(energy_frame, stance_column="stance").predict_proba(energy_frame.text)
    for name in ("e.csv", "e.tsv", "e.jsonl", "e.parquet"):
        model = stance.train(tmp_path / name, stance_column="stance")
        np.testing.assert_array_equal(model.predict_proba(energy_frame.text), expected)


def test_read_labelled_returns_the_frame_train_fits_on(energy_frame, tmp_path):
    # No public function read labelled files as train reads them: the quickstart notebook
    # called stance.tables.read_table, whose signature carries internal options, and skipped
    # train's checks. read_labelled reads a file or a folder as train does, checks it as train
    # does, and training on what it returns gives train's model.
    folder = tmp_path / "labelled"
    folder.mkdir()
    energy_frame[:40].to_csv(folder / "a.csv", index=False)
    energy_frame[40:].to_json(folder / "b.jsonl", orient="records", lines=True)
    frame = stance.read_labelled(folder, stance_column="stance")
    # Every row and column, each row named by its file and its row there.
    assert frame.columns.tolist() == energy_frame.columns.tolist() and len(frame) == len(energy_frame)
    assert frame.index[0] == "a.csv:00" and frame.index[-1] == f"b.jsonl:{len(energy_frame) - 41:02d}"
    assert frame.text.tolist() == energy_frame.text.tolist()
    for source in (folder, folder / "a.csv"):
        from_path = stance.train(source, stance_column="stance")
        read = stance.read_labelled(source, stance_column="stance")
        from_frame = stance.train(read, stance_column="stance")
        assert from_frame.training_["sha256"] == from_path.training_["sha256"]
        digests = {stance.load(model.save(tmp_path / name)).saved_["parameters_sha256"]
                   for name, model in (("path", from_path), ("frame", from_frame))}
        assert len(digests) == 1
        for name in ("path", "frame"):
            shutil.rmtree(tmp_path / name)
    # train's errors, word for word: a label with too few rows (for these options), a missing column.
    rare = energy_frame.assign(labels=["rare"] * 2 + energy_frame.labels[2:].tolist())
    rare.to_csv(tmp_path / "rare.csv", index=False)
    refused = []
    for call in (stance.train, stance.read_labelled):
        with pytest.raises(InvalidInputError, match="too few for 'rare'") as raised:
            call(tmp_path / "rare.csv", stance_column="stance")
        refused.append(str(raised.value))
        with pytest.raises(InvalidInputError, match="text_column='body'"):
            call(folder, text_column="body")
    assert refused[0] == refused[1]
    # With threshold_folds=0 two rows are enough, for both.
    assert len(stance.read_labelled(tmp_path / "rare.csv", stance_column="stance", threshold_folds=0)) == len(rare)

def test_labels_as_lists_equal_labels_joined_with_bars(energy_frame):
    as_lists = energy_frame.assign(labels=energy_frame.labels.str.split("|"))
    a = stance.train(energy_frame, stance_column="stance")
    b = stance.train(as_lists, stance_column="stance")
    np.testing.assert_array_equal(a.predict_proba(energy_frame.text), b.predict_proba(energy_frame.text))


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, np.float64("nan")],
                         ids=["None", "nan", "NA", "float64"])
def test_a_missing_value_in_a_list_of_labels_is_no_label(energy_frame, energy_model, missing):
    # A primary and a secondary topic column put in one list, most rows with no secondary:
    # the gap trained a label called 'nan' (or 'None'), predicted beside the real ones.
    as_lists = energy_frame.assign(labels=[[*cell.split("|"), missing] for cell in energy_frame.labels])
    model = stance.train(as_lists, stance_column="stance")
    assert model.labels == energy_model.labels == ("gas", "none", "nuclear", "renewables")
    np.testing.assert_array_equal(model.predict_proba(energy_frame.text), energy_model.predict_proba(energy_frame.text))
    # A list with no label left is a row with no label, as a missing cell is (it was "too few for 'None'").
    as_lists.at[3, "labels"] = [missing]
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': row 3 has no label; give each row a label"):
        stance.train(as_lists, stance_column="stance")


def test_a_null_in_a_jsonl_or_parquet_list_of_labels_is_no_label(energy_frame, energy_model, tmp_path):
    as_lists = energy_frame.assign(labels=[[*cell.split("|"), None] for cell in energy_frame.labels])
    as_lists.to_json(tmp_path / "e.jsonl", orient="records", lines=True)  # ["gas", null]
    as_lists.to_parquet(tmp_path / "e.parquet")
    # a CSV of such lists holds what pandas writes for a gap, "['gas', nan]" (JSON's "NaN" alike)
    as_lists.assign(labels=[[*cell.split("|"), float("nan")] for cell in energy_frame.labels]).to_csv(
        tmp_path / "e.csv", index=False)
    assert "'gas', nan]" in (tmp_path / "e.csv").read_text()
    for name in ("e.jsonl", "e.parquet", "e.csv"):
        model = stance.train(tmp_path / name, stance_column="stance")
        assert model.labels == ("gas", "none", "nuclear", "renewables")
        np.testing.assert_array_equal(model.predict_proba(energy_frame.text),
                                      energy_model.predict_proba(energy_frame.text))


def test_no_stance_column_means_no_stance_head(energy_frame):
    model = stance.train(energy_frame)
    assert model.stance_classes == ()
    assert model.classify("Ban gas boilers now.").stance is None


def test_three_stance_values(energy_frame):
    frame = energy_frame.copy()
    frame.loc[frame.index[:6], "stance"] = "mixed"
    model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("against", "favor", "mixed")
    p = model.classify("Gas is not a bridge; it is a detour.")
    assert set(p.stance_scores) == {"against", "favor", "mixed"}
    assert sum(p.stance_scores.values()) == pytest.approx(1.0)


def test_custom_off_topic_label(energy_frame):
    frame = energy_frame.assign(labels=energy_frame.labels.replace("none", "other"))
    model = stance.train(frame, stance_column="stance", none_label="other")
    p = model.classify("The train to the coast was delayed.")
    assert p.label == "other" and p.stance is None


def test_missing_column_names_the_columns_present(energy_frame):
    with pytest.raises(InvalidInputError, match=r"text_column='txt'.*columns present.*Did you mean 'text'"):
        stance.train(energy_frame, text_column="txt")


def test_single_label_is_refused():
    frame = pd.DataFrame({"text": ["a b", "c d", "e f"], "labels": ["x", "x", "x"]})
    with pytest.raises(InvalidInputError, match="at least two different labels"):
        stance.train(frame)



def test_single_label_is_refused_before_its_stances():
    # An instructor's audit: all 'none' with a stance column was refused for having no two
    # stance values, while the one label is what leaves nothing to train.
    frame = pd.DataFrame({"text": ["Lunch at noon.", "It rains.", "Bus is late."] * 3, "labels": "none",
                          "stance": None})
    said = r"need at least two different labels to train, got \['none'\]"
    with pytest.raises(InvalidInputError, match=said):
        stance.train(frame, stance_column="stance")
    with pytest.raises(InvalidInputError, match=said):
        stance.cross_validate(frame)


def test_a_single_label_with_stances_is_one_problem_worded_as_without_them(tmp_path, capsys):
    # A reviewer's audit: with a stance column, "2 problems: (1) labels_column='labels': need
    # at least two different labels to train, got ['unity'] (2)" the same, the data read and
    # then the rows that pass it each finding the one label; without one, "labels: need …".
    from stance.cli import main

    frame = pd.DataFrame({"text": [f"NATO must stand together, point {i}." for i in range(6)], "labels": "unity",
                          "stance": ["favor", "against"] * 3})
    said = "labels: need at least two different labels to train, got ['unity']"
    for stance_column in ("stance", None):
        with pytest.raises(InvalidInputError) as caught:
            stance.train(frame, stance_column=stance_column)
        assert str(caught.value) == said
    frame.to_csv(tmp_path / "one.csv", index=False)
    assert main(["train", str(tmp_path / "one.csv"), "-o", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err == f"stance train: {said}\n"
    frame.rename(columns={"labels": "code"}).to_csv(tmp_path / "code.csv", index=False)
    with pytest.raises(InvalidInputError, match=r"^labels_column='code': need at least two different labels to "
                                                r"train, got \['unity'\]$"):
        stance.train(tmp_path / "code.csv", labels_column="code", stance_column="stance")


def test_a_row_with_no_label_is_refused_with_what_to_do():
    # An instructor's audit: training said only "row 4 has no label", where evaluate said what to do.
    frame = pd.DataFrame({"text": [f"statement {i}" for i in range(6)],
                          "labels": ["unity", "none", "unity", "none", "", "unity"]})
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': row 4 has no label; give each row a "
                                                r"label \(the no-position label, 'none', for a statement that "
                                                r"takes none\) or drop it$"):
        stance.train(frame)

def test_rare_label_is_named(energy_frame):
    frame = pd.concat([energy_frame, pd.DataFrame({"text": ["hydrogen trains now"], "labels": ["hydrogen"],
                                                    "stance": ["favor"]})], ignore_index=True)
    with pytest.raises(InvalidInputError, match=r"too few for 'hydrogen' \(1: row 64\)"):
        stance.train(frame, stance_column="stance")


def test_texts_named_as_the_labels_are_refused_in_a_short_message_that_asks_of_a_swap():
    # A user audit: with the text and labels columns swapped, every text was a rare label,
    # quoted whole: one message of 6.8 MB, which a service logged as one line.
    texts = [f"Statement {i}: " + "we must build more wind farms and keep the old reactors running " * 40
             for i in range(1000)]
    frame = pd.DataFrame({"text": texts, "labels": ["renewables", "nuclear", "none", "gas"] * 250})
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, text_column="labels", labels_column="text")
    message = str(raised.value)
    assert len(message) < 2000, len(message)
    # named by its column, which is the texts' ("text"): the message names it so
    assert message.startswith("labels_column='text': each label needs at least 3 examples; too few for 1000 of the "
                              "1000 labels: "
                              "'Statement 0: we must build more wind farms"), message[:300]
    assert "…' (1: row 0), " in message and " and 997 more. " in message, message
    assert "did you swap the text and labels columns (text_column and labels_column; on the command line " \
           "--text-column and --labels-column)?" in message, message


def test_the_stance_column_check_asks_of_a_swap_when_the_labels_look_like_texts(energy_frame):
    # With the columns swapped and a stance column, the stance check came first: "rows 3, 9 …
    # have a target but no stance" (every text a target, the off-topic rows with no stance),
    # and never asked whether the text and labels columns were swapped, as the rare-label
    # refusal does.
    swap = "did you swap the text and labels columns (text_column and labels_column; on the command line " \
           "--text-column and --labels-column)?"
    unfilled = energy_frame.assign(stance=None)
    for frame, said in [(energy_frame, "a target but no stance"), (unfilled, "no row with a target has a stance")]:
        with pytest.raises(InvalidInputError) as raised:
            stance.train(frame, text_column="labels", labels_column="text", stance_column="stance")
        message = str(raised.value)
        assert message.startswith("stance_column='stance': ") and said in message, message
        assert message.endswith(f"most labels are long or in one row each, as texts are: {swap}"), message
    # Not swapped, a row left without a stance is only that.
    missing = energy_frame.assign(stance=energy_frame.stance.where(energy_frame.index != 0, None))
    with pytest.raises(InvalidInputError, match="row 0 has a target but no stance") as raised:
        stance.train(missing, stance_column="stance")
    assert "swap" not in str(raised.value)


def test_a_rare_label_is_named_beside_a_missing_stance_in_one_run(energy_frame):
    # A labelling audit: rows without a stance and a label of 2 rows ('pensions') were refused
    # as the stances alone; 'pensions' was named only on the next run, once the stances were
    # filled in. The rows all have labels, so its count is known: both are named at once.
    frame = energy_frame.copy()
    frame.loc[[3, 9], "labels"] = "pensions"
    gap = frame.index[frame.stance.notna() & ~frame.labels.isin(["pensions"])][0]
    frame.loc[gap, "stance"] = None
    for call in (lambda: stance.train(frame, stance_column="stance"),
                 lambda: stance.cross_validate(frame, progress=False)):
        with pytest.raises(InvalidInputError) as refused:
            call()
        message = str(refused.value)
        assert message.startswith("2 problems:") and f"row {gap} has a target but no stance" in message, message
        assert "too few for 'pensions' (2: rows 3, 9)" in message, message
    # Nor beside a label joined by ";" of others, which its splitting gives no row ("wind;gas"):
    # pensions' is named at once (a review of 7adf0953: it was named only on the next run).
    joined = frame.copy()
    joined.loc[joined.index[joined.labels == "gas"][0], "labels"] = "wind;gas"
    for call in (lambda: stance.train(joined, stance_column="stance"),
                 lambda: stance.cross_validate(joined, progress=False)):
        with pytest.raises(InvalidInputError) as refused:
            call()
        assert "too few for 'pensions' (2: rows 3, 9), 'wind;gas' (1: row " in str(refused.value), refused.value
    # Beside 'pensions;gas', near it in spelling, pensions' waits for the split, which gives it a row
    # (a review of 22aaa3a3: it was named as too rare, as if a typo of the label joining it).
    split = frame.copy()
    split.loc[split.index[split.labels == "gas"][0], "labels"] = "pensions;gas"
    with pytest.raises(InvalidInputError) as refused:
        stance.train(split, stance_column="stance")
    assert "'pensions;gas' (1: row " in str(refused.value), refused.value
    assert "'pensions' (2" not in str(refused.value), refused.value
    # A row without a label may be one of pensions': it is not named as rare beside that.
    frame.loc[gap, ["labels", "stance"]] = [None, "favor"]
    with pytest.raises(InvalidInputError) as refused:
        stance.train(frame, stance_column="stance")
    assert "pensions" not in str(refused.value) and f"row {gap} has no label" in str(refused.value)


def test_many_rare_labels_joined_by_a_separator_are_said_so_not_taken_for_texts():
    # A user audit of a Manifesto-style coder: 42 pairs such as "104; 105", one row each,
    # beside 000 and 413, were refused as rare labels with "did you swap the text and labels
    # columns?", as if they were texts, and no word of the semicolon.
    swap = "did you swap the text and labels columns"
    for separator in ("; ", ", ", "/"):
        pairs = [f"{100 + i}{separator}{101 + i}" for i in range(42)]
        codes = ["000"] * 100 + ["413"] * 100 + pairs
        data = pd.DataFrame({"text": [f"w{i % 13} filler{i % 7} x{i % 5}" for i in range(len(codes))],
                             "codes": codes, "stance": [None] * 100 + ["favor"] * (len(codes) - 100)})
        with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("ignore")
            stance.train(data, labels_column="codes", none_label="000")
        message = str(raised.value)
        assert swap not in message, message
        assert message.startswith(f"labels_column='codes': each label needs at least 3 examples; too few for 42 of the "
                                  f"44 labels: "
                                  f"'100{separator}101' (1: row 200), '101{separator}102' (1: row 201), "), message
        assert (f". Most of these labels look like several labels joined by {separator.strip()!r}: if the "
                f"statements take each of the labels joined, join them with '|' ('100|101'). Otherwise add "
                f"examples") in message, message
        data.loc[200, "stance"] = None  # the stance check's refusal, which comes first, asks of no swap either
        with warnings.catch_warnings(), pytest.raises(InvalidInputError, match="row 200 has a target") as raised:
            warnings.simplefilter("ignore")
            stance.train(data, labels_column="codes", none_label="000", stance_column="stance")
        assert swap not in str(raised.value), str(raised.value)
    # Texts named as the labels, a few with a semicolon, are still asked of.
    texts = [f"We must act now; statement {i} says so." for i in range(40)]
    with pytest.raises(InvalidInputError, match=swap):
        stance.train(pd.DataFrame({"text": ["a", "b"] * 20, "labels": texts}))


def test_a_huge_value_is_quoted_cut_in_training_errors(energy_frame):
    # A user audit: a 10 MB value (a text pasted for a name) was quoted whole in the message.
    huge = "x" * 1_000_000
    shown = "'" + "x" * 100 + "…'"
    frame = energy_frame.copy()
    rare = frame.assign(labels=frame.labels.where(frame.index != 5, huge))
    stances = frame.assign(stance=frame.stance.where(frame.index != 5, huge))
    for call in (lambda: stance.train(frame, labels_column=huge), lambda: stance.train(frame, C=huge),
                 lambda: stance.train(rare), lambda: stance.train(stances, stance_column="stance")):
        with pytest.raises(InvalidInputError) as raised:
            call()
        message = str(raised.value)
        assert shown in message and len(message) < 1000, message[:300]
    assert str(raised.value).startswith(f"stance: with more than two stance values each needs at least 3 examples; "
                                        f"too few for {shown} (1: row 5). "), str(raised.value)[:300]


@pytest.mark.parametrize("against", [1, 2])
def test_a_stance_value_too_rare_beside_one_other_is_refused_as_beside_two(energy_frame, against):
    # A notebook user's audit: 'pro' on 175 rows and 'con' on one trained silently, a head that
    # answered 'pro' everywhere; a value of three or more needs 3 rows, as a label does.
    targets = energy_frame.index[energy_frame.stance.notna()]
    rare = list(targets[:against])
    frame = energy_frame.assign(stance=energy_frame.stance.where(energy_frame.stance.isna(), "favor"))
    frame.loc[rare, "stance"] = "against"
    rows = f"row {rare[0]}" if against == 1 else f"rows {rare[0]}, {rare[1]}"
    message = (f"with two stance values each needs at least 3 examples; too few for 'against' ({against}: {rows}). "
               f"Add examples, correct a typo, or pass stance_column=None to leave the stance out")
    # (train names the column as its fit does, "stance", as it names a third value too rare)
    for call, named in ((stance.train, "stance"), (stance.cross_validate, "stance_column='stance'")):
        with pytest.raises(InvalidInputError) as raised:
            call(frame, stance_column="stance")
        assert str(raised.value) == f"{named}: {message}"
    frame.loc[targets[against:3], "stance"] = "against"  # three: a class
    assert stance.train(frame, stance_column="stance").stance_classes == ("against", "favor")


def test_a_fold_keeping_too_few_of_two_stance_values_names_the_datas_rows_and_no_merge(energy_frame):
    # A review of 7f4e46ee: 173 'pro' and 3 'con', cross-validated in 5 folds, were told "or merge
    # or drop them", which leaves one value, refused by training; and with check_fold_stances as
    # before it (two values let through), each fold's fit named the rows by their place in the fold
    # ("rows 138, 139") and the column 'stance', and no test saw it.
    texts = [f"We must send more air defence to Ukraine now number {k}." for k in range(176)]
    frame = pd.DataFrame({"text": texts, "labels": ["ukraine_support"] * 100 + ["deterrence"] * 76,
                          "position": ["pro"] * 173 + ["con"] * 3})
    with pytest.raises(InvalidInputError) as raised:
        stance.cross_validate(frame, stance_column="position", folds=5)
    assert str(raised.value) == (
        "stance_column='position': the training rows of fold 1 of 5 keep too few rows of 'con' (2 of 3): with two "
        "stance values each needs 3; no number of folds helps, since a fold that holds out one of its rows keeps "
        "too few: add rows of 'con' (3: rows 173, 174, 175), or pass stance_column=None to leave the stance out")


def test_a_misspelt_label_is_named_with_its_row_and_the_label_it_misspells(energy_frame):
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "nucelar"
    with pytest.raises(InvalidInputError, match=r"'nucelar' \(1: row 5; a typo of 'nuclear'\?\)") as raised:
        stance.train(frame)
    # The message ends with the advice on the threshold folds, not with the suggested label.
    assert str(raised.value).endswith("merge these labels into others or drop their rows (or pass threshold_folds=0, "
                                      "on the command line --option threshold_folds=0, which needs 2: the 3 are "
                                      "one per fold of tuning the second-label thresholds, and without them every "
                                      "label's second-label threshold stays 0.5 and its confidence is not calibrated)")


@pytest.mark.parametrize("typo", ["nuclaer", "NUCLAER", "Nuclaer"])
def test_a_misspelt_label_in_another_case_is_named_a_typo_as_well(energy_frame, typo):
    # An annotation lead: 'nuclaer' was hinted "a typo of 'nuclear'?", 'NUCLAER' got no hint.
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = typo
    with pytest.raises(InvalidInputError, match=rf"too few for '{typo}' \(1: row 5; a typo of 'nuclear'\?\)"):
        stance.train(frame)


@pytest.mark.parametrize("typo", ["favour", "Favour", "FAVOUR"])
def test_a_misspelt_stance_value_in_another_case_is_named_a_typo_as_well(energy_frame, typo):
    frame = energy_frame.copy()
    frame.loc[0, "stance"] = typo
    with pytest.raises(InvalidInputError, match=rf"too few for '{typo}' \(1: row 0; a typo of 'favor'\?\)"):
        stance.train(frame, stance_column="stance")


def test_an_off_topic_label_misspelt_in_capitals_is_named_as_such(energy_frame):
    frame = energy_frame.copy()
    rows = frame.index[frame.labels == "none"][:3].tolist()
    frame.loc[rows, "labels"] = "NNOE"
    with pytest.raises(InvalidInputError, match=rf"the label 'NNOE' of rows {rows[0]}, {rows[1]}, {rows[2]} looks "
                                                r"like a misspelling of the off-topic label 'none'"):
        stance.train(frame, stance_column="stance")


def test_two_rare_spellings_of_one_label_are_named_together(energy_frame):
    # A rare label was compared only with labels of enough rows: "deterence" and "deterrance",
    # 2 rows each, were named as two rare labels with no hint that they are one spelt two ways.
    frame = energy_frame.copy()
    frame.loc[[1, 3], "labels"] = "deterence"
    frame.loc[[7, 9], "labels"] = "deterrance"
    frame.loc[11, "labels"] = "renewabels"
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, threshold_folds=5)
    message = str(raised.value)
    assert message.startswith("labels: each label needs at least 5 examples; too few for 'deterence' (2: rows 1, 3) "
                              "and 'deterrance' (2: rows 7, 9), which look like one label spelt two ways (together "
                              "4, still fewer than 5), 'renewabels' (1: row 11; a typo of 'renewables'?). "), message
    # Enough together, it says so; a third spelling joins them, and a typo of a common label is not one of them.
    frame.loc[13, "labels"] = "deterrence"
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, threshold_folds=5)
    assert ("'deterence' (2: rows 1, 3), 'deterrance' (2: rows 7, 9) and 'deterrence' (1: row 13), which look like "
            "one label spelt three ways (together 5, enough to train)") in str(raised.value), str(raised.value)
    # Codes with other numbers are two codes, however alike they look.
    frame.loc[[1, 3, 7, 9, 13], "labels"] = ["topic_11", "topic_11", "topic_12", "topic_12", "renewables"]
    with pytest.raises(InvalidInputError, match=r"too few for 'renewabels' \(1: row 11; a typo of 'renewables'\?\), "
                                                r"'topic_11' \(2: rows 1, 3\), 'topic_12' \(2: rows 7, 9\)\. "):
        stance.train(frame, threshold_folds=5)


@pytest.mark.parametrize(("rare", "common"), [("201.1", "201.2"), ("topic_11", "topic_12"), ("202.1", "202.10"),
                                                ("501", "5011"), ("5011", "501")])
def test_a_rare_code_is_no_typo_of_a_common_code_with_other_numbers(energy_frame, rare, common):
    # A user audit of a Manifesto-style coder: a rare but correct subcode, '201.1' beside 30
    # rows of '201.2', was refused as "'201.1' (1: row 34; a typo of '201.2'?)", though the
    # README says codes with other numbers are not typos of each other ('104' and '105' were
    # left alone only because they share fewer characters).
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.str.replace("gas", common)
    frame.loc[5, "labels"] = rare
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    message = str(raised.value)
    assert message.startswith(f"labels: each label needs at least 3 examples; too few for {rare!r} (1: row 5). "), \
        message
    assert "typo" not in message.split(". ")[0], message
    frame.loc[5, "labels"] = f"{common}x"  # with the same numbers, a name is a typo still
    with pytest.raises(InvalidInputError, match=rf"too few for '{common}x' \(1: row 5; a typo of '{common}'\?\)"):
        stance.train(frame)


def _spelling_warnings(call) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if "spelt two ways" in str(w.message)]


@pytest.mark.parametrize(("label", "typo", "moved"), [("renewables", "renewable", 5), ("nuclear", "nucelar", 3),
                                                      ("renewables", "renewabels", 3)])
def test_a_label_misspelt_in_rows_enough_to_train_is_warned_of_naming_the_rows_to_correct(
        energy_frame, tmp_path, capsys, label, typo, moved):
    # An annotation lead: five rows of 'renewable' beside 'renewables' trained as a fifth label
    # with no word ('nucelar' x3 beside 'nuclear' too), while one such row was refused as a typo.
    from stance.cli import main

    frame = energy_frame.copy()
    rows = frame.index[frame.labels == label][:moved].tolist()
    frame.loc[rows, "labels"] = typo
    left = sum(label in value.split("|") for value in frame.labels)
    named = {typo: f"{typo!r} ({moved}: rows {', '.join(map(str, rows))})", label: f"{label!r} ({left})"}
    expected = (f"labels: label names look like one name spelt two ways: "
                f"{' and '.join(named[k] for k in sorted(named))}; they train as two labels: correct the rows of the "
                f"misspelt one, or keep both if they are two")
    assert _spelling_warnings(lambda: stance.train(frame)) == [expected]
    frame.to_csv(tmp_path / "typo.csv", index=False)
    assert main(["train", str(tmp_path / "typo.csv"), "-o", str(tmp_path / "m")]) == 0
    assert capsys.readouterr().err.count("spelt two ways") == 1


def test_labels_near_in_spelling_that_are_plausibly_two_are_not_warned_of(energy_frame):
    # Codes and short words one letter apart are two labels; so are opposites made with "a".
    for names in ({"gas": "104", "nuclear": "105"}, {"gas": "topic_11", "nuclear": "topic_12"},
                  {"gas": "wind", "nuclear": "wine"}, {"gas": "political", "nuclear": "apolitical"}):
        frame = energy_frame.assign(labels=energy_frame.labels.replace(names))
        frame = frame.replace({"labels": {"renewables|gas": "renewables"}})
        assert _spelling_warnings(lambda frame=frame: stance.train(frame)) == [], names


def _one_label_as_two(frame: pd.DataFrame, common: str, rare: str, moved: int) -> pd.DataFrame:
    """``frame`` (the energy corpus) with its 16 rows of 'nuclear' labelled ``common``, but
    ``moved`` of them ``rare``."""
    frame = frame.replace({"labels": {"renewables|gas": "renewables"}})
    nuclear = frame.index[frame.labels == "nuclear"]
    frame.loc[nuclear, "labels"] = common
    frame.loc[nuclear[:moved], "labels"] = rare
    return frame


PERSIAN = ("\u0645\u06cc\u200c\u0631\u0648\u0645", "\u0645\u06cc\u0631\u0648\u0645")  # می‌روم, میروم


@pytest.mark.parametrize(("one", "other"), [
    ("pro_us", "pro_uk"), ("pro_uk", "pro_ua"), ("support_ua", "support_us"), ("frame_a", "frame_b"),
    ("topic_a", "topic_b"), ("right", "rights"), ("union", "unions"), ("state", "states"), ("Russia", "Prussia"),
    ("Gambia", "Zambia"), ("Labor", "Labour"), PERSIAN])
def test_two_labels_one_edit_apart_with_as_many_rows_each_are_not_warned_of(energy_frame, one, other):
    # A scheme's 'pro_us' and 'pro_uk', 'right' and 'rights', 8 rows each, were warned of as
    # one name spelt two ways on every run, every row of both listed: a misspelling repeated
    # through a batch is much rarer than the label, and with as many rows neither is the typo.
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert _spelling_warnings(lambda: stance.train(frame)) == []


@pytest.mark.parametrize(("common", "rare"), [
    ("pro_us", "pro_uk"), ("support_ua", "support_us"), ("frame_a", "frame_b"), ("topic_b", "topic_a"),
    ("pro_us", "pro_usa"), ("Russia", "Prussia"), ("Zambia", "Gambia"), ("nuclear", "unclear"), PERSIAN, PERSIAN[::-1]])
def test_labels_differing_in_a_short_code_a_first_letter_or_a_joiner_are_not_warned_of_at_any_counts(
        energy_frame, common, rare):
    # 11 rows beside 5: the counts of a typo, but 'us' and 'uk' are codes of their own, names
    # differing in their first letter are other words (a typo seldom touches it), and a zero-
    # width non-joiner is how Persian spells a word, two labels as the README says.
    frame = _one_label_as_two(energy_frame, common, rare, 5)
    assert _spelling_warnings(lambda: stance.train(frame)) == []


@pytest.mark.parametrize(("label", "typo", "moved"), [("defence", "defense", 5), ("defense", "defence", 3),
                                                      ("Reconquête", "Reconquete", 4), ("nuclear", "nucelar", 5),
                                                      ("arms_control", "arms_contrl", 3),
                                                      # an audit: a part's letter dropped was a code's change
                                                      ("carbon_tax", "carbon_tx", 5), ("carbon_tax", "carbon_ax", 5)])
def test_a_rarer_spelling_one_edit_from_a_label_is_still_warned_of(energy_frame, label, typo, moved):
    # What the warning is for: a misspelling repeated in a batch, in at most half the rows of
    # the label; at as many rows each (8 and 8) neither can be told to be the typo.
    frame = _one_label_as_two(energy_frame, label, typo, moved)
    rows = frame.index[frame.labels == typo]
    named = {typo: f"{typo!r} ({moved}: rows {', '.join(map(str, rows))})", label: f"{label!r} ({16 - moved})"}
    assert _spelling_warnings(lambda: stance.train(frame)) == [
        f"labels: label names look like one name spelt two ways: {' and '.join(named[k] for k in sorted(named))}; "
        f"they train as two labels: correct the rows of the misspelt one, or keep both if they are two"]
    frame = _one_label_as_two(energy_frame, label, typo, 8)
    # But for a name with its accents left off, one word typed on two keyboards at any counts
    # (see test_a_label_typed_on_another_keyboard_in_some_rows_is_warned_of_at_any_counts).
    assert len(_spelling_warnings(lambda: stance.train(frame))) == (label == "Reconquête")



@pytest.mark.parametrize(("wrapped", "moved"), [("[nuclear]", 5), ('"nuclear"', 8), ("(nuclear)", 10),
                                                ("'nuclear'", 3)])
def test_a_label_written_in_brackets_or_quotes_is_warned_of_as_one_name_spelt_two_ways(energy_frame, wrapped, moved):
    # An audit: 10 rows of 'unity' written '[unity]' or '"unity"' trained silently as a label of
    # their own, where 'unity.' was warned of, and stance check flagged the rows suggesting 'unity'.
    frame = _one_label_as_two(energy_frame, "nuclear", wrapped, moved)
    rows = frame.index[frame.labels == wrapped]
    # The rows named are those in brackets, the ones to correct, however many.
    named = {wrapped: f"{wrapped!r} ({moved}: rows {', '.join(map(str, rows))})",
             "nuclear": f"'nuclear' ({16 - moved})"}
    assert _spelling_warnings(lambda: stance.train(frame)) == [
        f"labels: label names look like one name spelt two ways: {' and '.join(named[k] for k in sorted(named))}; "
        f"they train as two labels: correct the rows of the misspelt one, or keep both if they are two"]


def test_labels_in_brackets_split_at_a_bar_are_warned_of_as_spelt_two_ways(energy_frame):
    # The audit's '[unity|deterrence]' trained as labels '[unity' and 'deterrence]' with a
    # warning of the second alone (its first part, short, neither: '[gas' beside 'gas').
    frame = _one_label_as_two(energy_frame, "nuclear", "[gas|nuclear]", 4)
    said = _spelling_warnings(lambda: stance.train(frame))
    assert len(said) == 1 and "'[gas' (4: rows " in said[0] and "'nuclear]' (4: rows " in said[0], said



@pytest.mark.parametrize("written", ["{gas,nuclear}", "[gas, nuclear]", "['gas'; 'nuclear']"])
def test_labels_listed_in_brackets_are_warned_of_as_joined(energy_frame, written):
    # The audit's '{unity,deterrence}' (PostgreSQL's array) trained as a label of its own with no
    # word, where 'unity,deterrence' is warned of as labels joined by a comma.
    frame = _one_label_as_two(energy_frame, "nuclear", written, 4)
    said = (rf"{re.escape(repr(written))} \(4: rows .*\) looks like the labels 'gas' and 'nuclear' joined by .* "
            r"join them with '\|' \(gas\|nuclear\)")
    with pytest.warns(stance.StanceWarning, match=said):
        stance.train(frame)


@pytest.mark.parametrize(("written", "joins", "labels"), [
    ("gas + nuclear", "'+'", ["gas", "nuclear"]), ("gas+nuclear", "'+'", ["gas", "nuclear"]),
    ("gas & nuclear", "'&'", ["gas", "nuclear"]), ("gas and nuclear", "'and'", ["gas", "nuclear"]),
    ("Gas AND nuclear", "'and'", ["gas", "nuclear"]),
    # a review: three labels as prose lists them, a comma or a semicolon before the last join
    ("gas, nuclear and renewables", "',' and 'and'", ["gas", "nuclear", "renewables"]),
    ("gas, nuclear, and renewables", "',' and 'and'", ["gas", "nuclear", "renewables"]),
    ("gas; nuclear & renewables", "'&' and ';'", ["gas", "nuclear", "renewables"])])
def test_labels_joined_by_a_plus_an_ampersand_or_and_are_warned_of_as_joined(energy_frame, written, joins, labels):
    # A researcher's audit: 'carbon_tax + subsidies' trained as a label of its own with no word,
    # where 'carbon_tax; subsidies' is warned of. Only between labels of the data: see the next test.
    frame = _one_label_as_two(energy_frame, "nuclear", written, 4)
    said = (f"{written!r} (4: rows .*) looks like the labels {' and '.join(map(repr, labels))} joined by {joins}, "
            f"and trains as a label of its own; if the statements take each of them, join them with '|' "
            f"({'|'.join(labels)})")
    with pytest.warns(stance.StanceWarning) as caught:
        stance.train(frame)
    joined = [str(w.message) for w in caught if "joined" in str(w.message)]
    assert len(joined) == 1 and re.fullmatch(re.escape(f"labels: {said}").replace(r"\.\*", ".*"), joined[0]), joined


def test_a_label_of_words_joined_by_and_is_not_taken_for_labels_joined_where_labels_so_joined_are(energy_frame):
    # "law and order" joins no two labels of the data: a name of its own, unwarned, at the counts
    # at which "gas and nuclear" is warned of.
    for written, warned in (("law and order", False), ("gas and nuclear", True)):
        frame = _one_label_as_two(energy_frame, "nuclear", written, 8)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.train(frame)
        assert bool([str(w.message) for w in caught if "joined" in str(w.message)]) == warned, written


def test_a_label_cell_of_a_long_run_of_spaces_is_checked_for_joins_in_linear_time(energy_frame):
    # An audit of the label patterns: the spaces before a list separator, a "+", "&" or "and" were
    # looked for from each space of a run, read to the run's end again from each: one cell of
    # "104", 20,000 spaces and "105" took training 14 s, a column of texts passed as labels minutes.
    # CPU time, as the reader's guards (tests/test_document.py).
    import random
    import time

    from stance import label_names

    spaces = " " * 20_000
    frame = energy_frame.copy()
    frame.loc[0, "labels"], frame.loc[1, "labels"] = f"104{spaces}105", f"gas;{spaces}wind"
    frame.loc[2, "labels"] = f"nuclear{spaces}x"
    started = time.process_time()
    with (pytest.warns(stance.StanceWarning, match="'gas;…' \\(1: row 1\\) looks like the labels 'gas' and 'wind'"),
          pytest.raises(InvalidInputError, match=r"'gas;…' \(1: row 1; the labels 'gas' and 'wind' joined by ';'")):
        stance.train(frame)
    assert time.process_time() - started < 3.0  # about 0.1 s, 40 s before
    started = time.process_time()
    assert label_names.joined_labels(f"104{spaces}, 105", []) == ["104", "105"]
    assert label_names.joined_labels(f"gas{spaces}and wind", ["gas", "wind"]) == ["gas", "wind"]
    assert label_names.joined_labels(f"104{spaces}105", []) is None
    assert time.process_time() - started < 1.0  # about 0.01 s
    # read as the patterns were, on cells short enough for them
    separators = r"[,;/\uff0c\uff1b\uff0f\uff5c\u3001\u060c\u061b]"
    before = {"_SEPARATOR_RUN": re.compile(r"\s*[,/](?:[\s,/]*[,/])?\s*"),
              "_SPACED_SEPARATOR": re.compile(r"\s*([,;/])\s*"),
              "_WORD_JOINS": re.compile(r"\s*\+\s*|\s+&\s+|\s+and\s+", re.IGNORECASE),
              "_ANY_JOIN": re.compile(rf"(?:\s*{separators})?(?:\s*\+\s*|\s+&\s+|\s+and\s+)|\s*{separators}\s*",
                                      re.IGNORECASE)}
    pieces = [" ", " ", "\t", "\u3000", "\n", ",", ";", "/",
              "+", "&", "and", "AND", "an", "x", "104", "\uff0c", "\u3001"]
    for seed in range(3000):
        cell = "".join(random.Random(seed).choices(pieces, k=seed % 12))
        for name, pattern in before.items():
            assert getattr(label_names, name).split(cell) == pattern.split(cell), (name, cell)
            assert getattr(label_names, name).findall(cell) == pattern.findall(cell), (name, cell)


@pytest.mark.parametrize(("common", "rare"), [("'s-Hertogenbosch", "s-Hertogenbosch"),
                                              ("s-Hertogenbosch", "'s-Hertogenbosch"),
                                              ("\u2019t Hooft", "t Hooft")])
def test_a_label_opening_with_an_apostrophe_beside_it_without_is_named_by_its_rows(energy_frame, common, rare):
    # A review of d3956e5: the leading apostrophe of "'s-Hertogenbosch" was read as a quote mark,
    # so that its rows were named the ones to correct, however many; the rarer spelling's are,
    # as of any two spellings.
    frame = _one_label_as_two(energy_frame, "nuclear", rare, 7)
    frame = frame.replace({"labels": {"nuclear": common}})
    rows = ", ".join(map(str, frame.index[frame.labels == rare]))
    named = {common: f"{common!r} (9)", rare: f"{rare!r} (7: rows {rows})"}
    assert _spelling_warnings(lambda: stance.train(frame)) == [
        f"labels: label names look like one name spelt two ways: {' and '.join(named[k] for k in sorted(named))}; "
        f"they train as two labels: correct the rows of the misspelt one, or keep both if they are two"]


@pytest.mark.parametrize("label", ["nuclear", "EU gas", "no fly zone"])
def test_a_quoted_cell_cut_at_its_bar_names_its_quoted_rows_not_the_good_ones(energy_frame, label):
    # A review of 1aeff94: "'nuclear|gas'" cut at its bar gave "'nuclear", read as an elision
    # (as "'s-Hertogenbosch"), so that the rows of plain 'nuclear' were named the ones to correct;
    # and a second review: "'EU gas" too, whose first word has two letters.
    frame = _one_label_as_two(energy_frame, label, f"'{label}|gas'", 10)  # the quoted ones the more
    rows = ", ".join(map(str, frame.index[frame.labels == f"'{label}|gas'"]))
    said = _spelling_warnings(lambda: stance.train(frame))
    assert len(said) == 1 and f"\"'{label}\" (10: rows {rows})" in said[0] and f"'{label}' (6)" in said[0], said


@pytest.mark.parametrize(("nuclear", "gas", "joined"), [
    ("Article 5 (collective defence)", "gas", "Article 5 (collective defence), gas"),
    ("(a)", "(b)", "(a), (b)"), ("oil", "gas (LNG)", "gas (LNG)/oil"),
    ("'s-Hertogenbosch", "Utrecht", "'s-Hertogenbosch, Utrecht")])
def test_labels_that_end_in_a_bracket_or_open_with_a_quote_are_still_found_joined(energy_frame, nuclear, gas,
                                                                                   joined):
    # A review of d3956e5: brackets and quotes were stripped from every part of a joined cell,
    # so that 'Article 5 (collective defence), gas' was refused as "a typo of 'Article 5
    # (collective defence)'?" and find_label_issues suggested dropping gas.
    frame = energy_frame.replace({"labels": {"nuclear": nuclear, "gas": gas, "renewables|gas": "renewables"}})
    row = frame.index[frame.labels == gas][0]
    frame.loc[row, "labels"] = joined
    parts = sorted({nuclear, gas}, key=joined.index)
    assert stance.label_names.joined_labels(joined, [nuclear, gas, "none"]) == parts
    with pytest.raises(ValueError, match=re.escape(f"join them with '|', {'|'.join(parts)!r}")):
        stance.train(frame)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        issues = stance.find_label_issues(frame)
    assert issues.loc[issues.labels == joined, "suggested_label"].tolist() == ["|".join(parts)]


@pytest.mark.parametrize(("label", "typed", "moved"), [
    # umlauts written out
    ("fachkräfte", "fachkraefte", 8), ("fachkraefte", "fachkräfte", 5), ("österreich", "oesterreich", 8),
    ("Zuwanderungsgesetz_für", "zuwanderungsgesetz_fuer", 6),
    # accents left off
    ("Sécurité", "Securite", 5), ("Économie", "Economie", 8), ("Économie", "ECONOMIE", 6), ("Białoruś", "Bialorus", 8)])
def test_a_label_typed_on_another_keyboard_in_some_rows_is_warned_of_at_any_counts(energy_frame, label, typed, moved):
    # A German labelling audit: 'fachkräfte' in 8 rows beside 'fachkraefte' in 8 (a colleague
    # without a German keyboard) trained as two labels with no word: "ä" as "ae" is two edits,
    # and the counts were too near for a typo; "ö" as "oe" changes the first letter too.
    # A French one: 'Securite' in 5 rows beside 'Sécurité' (a colleague on an English keyboard)
    # likewise: two letters changed are two edits, and 'Economie' changes the first letter,
    # which the check of names one edit apart passes over. A rare one (1 row) was already
    # refused as a typo of the other.
    frame = _one_label_as_two(energy_frame, label, typed, moved)
    rows = ", ".join(map(str, frame.index[frame.labels == typed]))
    left = 16 - moved
    its_rows = ": rows " + ", ".join(map(str, frame.index[frame.labels == label])) if left <= moved else ""
    named = {typed: f"{typed!r} ({moved}: rows {rows})", label: f"{label!r} ({left}{its_rows})"}
    assert _spelling_warnings(lambda: stance.train(frame)) == [
        f"labels: label names look like one name spelt two ways: {' and '.join(named[k] for k in sorted(named))}; "
        f"they train as two labels: correct the rows of the misspelt one, or keep both if they are two"]
    # stance check reads the data as training does, and says so too.
    assert len(_spelling_warnings(lambda: stance.find_label_issues(frame, progress=False))) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("\u0627\u0644\u062d\u064f\u0643\u064f\u0648\u0645\u064e\u0629", "\u0627\u0644\u062d\u0643\u0648\u0645\u0629"),
    ("\u0e44\u0e21\u0e48\u0e21\u0e35\u0e40\u0e07\u0e34\u0e19", "\u0e44\u0e21\u0e21\u0e35\u0e40\u0e07\u0e34\u0e19")])
def test_names_apart_by_another_scripts_marks_are_not_warned_of_as_accents_left_off(energy_frame, one, other):
    # Only Latin, Greek and Cyrillic accents are left off when names are compared: an Arabic
    # word with and without its harakat, or a Thai one with and without a tone mark, may be
    # two words, each several edits from the other.
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert _spelling_warnings(lambda: stance.train(frame)) == []


@pytest.mark.parametrize(("one", "other"), [("pêcheur", "pécheur"), ("público", "publicó"),
                                            ("Bạo lực", "Báo lực"), ("Économie", "Ëconomie")])
def test_names_that_each_carry_accents_other_ones_are_not_warned_of_as_accents_left_off(energy_frame, one, other):
    # A review of 70c17398: French "pêcheur" (fisherman) and "pécheur" (sinner), Spanish
    # "público" and "publicó", Vietnamese tones were warned of as one word typed on two
    # keyboards, at any counts, though no keyboard leaves an accent off by typing another:
    # they are likelier two words, told apart by their counts as names one edit apart are.
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert _spelling_warnings(lambda: stance.train(frame)) == []


@pytest.mark.parametrize(("one", "other"), [("Sécurité", "Sécurite"), ("Sécurité", "Securité"),
                                            ("Défense européenne", "Défense europeenne"), ("Białoruś", "Bialoruś"),
                                            ("Sécurité européenne", "Sécurite europeenne"),
                                            ("Défense et sécurité", "Défense et securite"),
                                            ("İzmir Körfezi", "Izmir Körfezi"),
                                            ("İzmir Körfezi Bölgesi", "Izmir Korfezi Bölgesi")])
def test_a_name_with_some_of_its_accents_left_off_is_warned_of_at_any_counts(energy_frame, one, other):
    # A review of 6e5c3c64: a name with one of its accents left off, not all, was no longer
    # warned of at 8 rows each (it was at db247500): a keyboard without accents, or a
    # labeller in a hurry, leaves off some as well as all, and types no other one. Turkish "İ"
    # (case-folded "i" and a combining dot) is one letter too: a German keyboard types "I" and "ö".
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert len(_spelling_warnings(lambda: stance.train(frame))) == 1


@pytest.mark.parametrize(("one", "other", "warned"), [("Войны", "Воины", 0), ("Строй", "Строи", 0),
                                                     ("Объём", "Объем", 1), ("Уплыў", "Уплыу", 1)])
def test_a_cyrillic_short_i_is_a_letter_not_an_i_with_its_accent_left_off(energy_frame, one, other, warned):
    # A review of 6e5c3c64: Russian "Войны" (wars) and "Воины" (warriors), 8 rows each, were
    # warned of at any counts as one word typed without its accents, though "й" is a key of
    # every keyboard that types it: two words, told by their counts as names one edit apart are.
    # "ё" is often written "е", and Belarusian "ў" typed "у" on a Russian keyboard: one word each.
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert len(_spelling_warnings(lambda: stance.train(frame))) == warned


@pytest.mark.parametrize(("one", "other"), [("Apărare și securitate", "Apărare şi securitate"),
                                            ("Protecția națională", "Protecţia naţională"),
                                            ("Protecția națională", "Protecţia nationala"),
                                            ("Școala Ștefan", "Şcoala Ştefan")])
def test_romanian_letters_with_a_comma_or_a_cedilla_are_one_name_at_any_counts(energy_frame, one, other):
    # A review of 34749c43: Romanian "ș" and "ț" typed "ş" and "ţ" (a cedilla: Windows' legacy
    # Romanian keyboard), 8 rows each, trained as two labels in silence, alone or with accents
    # left off besides ("Protecţia nationala"), where "Protectia nationala" was warned of.
    frame = _one_label_as_two(energy_frame, one, other, 8)
    assert len(_spelling_warnings(lambda: stance.train(frame))) == 1


def test_names_in_both_romanian_encodings_are_paired_linearly_not_each_with_each():
    # A review of ea7e4331: names of one spelling whose "s" is plain, "ș" or "ş" (6 letters: 728
    # names, 64 spellings once "ş" is "ș") were each paired with every encoding of every name with
    # fewer accents, 101,961 pairs (4,000 such names: 2,000,000 pairs, 9 s against 0.9 s). Each
    # encoding beside its first and the first beside the names of fewer accents join them all.
    from stance import label_names

    names = ["".join(letters) + "i" for letters in itertools.product("sșş", repeat=6)][1:]  # not "ssssssi"
    pairs = label_names._partly_unaccented_pairs([names], {name: name for name in names})
    assert len(pairs) <= len(names) + 64 * 2**6  # each name to its first encoding; each spelling's subsets
    joined = {names[-1]}  # "şşşşşşi"; every other name is it with accents left off or recoded
    for _ in names:
        joined |= {name for pair in pairs if joined & set(pair) for name in pair}
        if len(joined) == len(names):
            break
    assert joined == set(names)


def test_every_name_with_a_part_of_anothers_accents_left_off_is_paired_with_it():
    # A review of feffe42a: two accents or more of three left off, not all, were warned of
    # beside the plain name alone: "Sécurité européenne" and "Sécurite europeenne" trained as
    # two labels in silence (warned at 6e5c3c64~1). Of the 32 names of five a's each plain or
    # acute, a name pairs with each whose acutes are a part of its own: 3**5 - 2**5 pairs.
    from stance import label_names

    names = ["".join(letters) for letters in itertools.product("aá", repeat=5)]
    accents = {name: {i for i, letter in enumerate(name) if letter == "á"} for name in names}
    expected = {(min(a, b), max(a, b)) for a in names for b in names if accents[a] < accents[b]}
    assert len(expected) == 3 ** 5 - 2 ** 5
    found = set(label_names._one_edit_pairs(names))
    # Beside names one edit apart, weighed by their counts ("aááaa" and "aáaáa", two swapped).
    assert {pair for pair in found if label_names._typed_apart(*pair)} == expected


def test_names_alike_without_their_accents_are_compared_in_linear_time(monkeypatch):
    # A review of 70c17398: every accented name was compared with every other of its spelling
    # without accents; 4,000 names of six Vietnamese a's ("aáàảãạ") took 78 s. Each now meets the
    # name written without its accents alone: counted, as time would not show it reliably.
    from stance import label_names

    names = ["".join(letters) for letters in itertools.islice(itertools.product("aáàảãạ", repeat=6), 1, 1501)]
    compared = 0
    typed_apart = label_names._typed_apart

    def counted(a: str, b: str) -> bool:
        nonlocal compared
        compared += 1
        return typed_apart(a, b)

    monkeypatch.setattr(label_names, "_typed_apart", counted)
    pairs = label_names._one_edit_pairs([*names, "aaaaaa"])
    assert compared < 100 * len(names)  # each with each: 1,125,000
    # Each accented name is the plain one with accents: paired with it, whatever its count.
    assert {pair for pair in pairs if "aaaaaa" in pair} == {tuple(sorted((name, "aaaaaa"))) for name in names}


def test_stance_values_read_as_one_side_are_warned_of_with_how_to_merge_them(energy_frame):
    # An audit by a political scientist: "favor" in some rows and "pro" in others trained two
    # stance classes without a word, and a profile counted only "favor", so that 36 statements
    # for and 24 against came out leaning against.
    frame = energy_frame.copy()
    pro = frame.index[frame.stance == "favor"][::2]
    frame.loc[pro, "stance"] = "pro"
    counts = frame.stance.value_counts()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("against", "favor", "pro")
    said = [str(w.message) for w in caught if "read as favour" in str(w.message)]
    assert said == [
        f"stance: stance values 'favor' ({counts['favor']} rows) and 'pro' ({counts['pro']} rows) both read as "
        f"favour, but train as different values: stance.profile counts them together as favor, while the model "
        f"tells them apart and stance.evaluate scores them apart (a statement of one predicted as another is "
        f"wrong; stance_f_avg is the mean F1 of 'favor' and 'against' alone); merge them if they are one, e.g. "
        f"data[stance_column] = data[stance_column].replace({{'pro': 'favor'}})"], said
    # Values only spelt two ways are warned of as such, once; two opposite values not at all.
    favour = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "favour"}))
    favour.loc[favour.index[favour.stance == "favour"][::2], "stance"] = "favor"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(favour, stance_column="stance")
    assert not [w for w in caught if "read as favour" in str(w.message)]
    assert len([w for w in caught if "spelt two ways" in str(w.message)]) == 1
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(energy_frame, stance_column="stance")
    assert not [w for w in caught if "read as" in str(w.message)]


@pytest.mark.parametrize("moved", [3, 12])
def test_a_stance_value_with_its_umlaut_written_out_in_some_rows_is_warned_of(energy_frame, moved):
    # A German labelling audit: 'dafuer' in 3 (or 12) rows beside 'dafür' trained a third stance
    # class without a word: "ü" as "ue" is two edits, too many for a five-letter word's ratio.
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "dafür", "against": "dagegen"}))
    rows = frame.index[frame.stance == "dafür"][:moved]
    frame.loc[rows, "stance"] = "dafuer"
    said = _spelling_warnings(lambda: stance.train(frame, stance_column="stance"))
    assert len(said) == 1 and said[0].startswith("stance: stance values look like one value spelt two ways: "), said
    assert "'dafuer' (" in said[0] and "'dafür' (" in said[0], said


def test_a_single_stance_value_with_its_umlaut_written_out_is_named_a_typo(energy_frame):
    # One 'dafuer' beside 'dafür' was refused as too rare, with no word of the value it misspells.
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "dafür", "against": "dagegen"}))
    frame.loc[frame.index[frame.stance == "dafür"][0], "stance"] = "dafuer"
    with pytest.raises(InvalidInputError, match=r"too few for 'dafuer' \(1: row \d+; a typo of 'dafür'\?\)"):
        stance.train(frame, stance_column="stance")


@pytest.mark.parametrize("typo", ["gas_", "_gas", "gas-", "Gas__"])
def test_a_label_with_a_stray_separator_at_an_end_is_refused(energy_frame, typo):
    # 'gas_' in three rows beside 'gas' trained as a label of its own, though the README says
    # names differing only in their underscores are refused.
    frame = energy_frame.copy()
    rows = frame.index[frame.labels == "gas"][:3].tolist()
    frame.loc[rows, "labels"] = typo
    gas = frame.index[frame.labels.str.split("|").map(lambda labels: "gas" in labels)]
    case = " and in case" if typo != typo.lower() else ""
    first, second = sorted([(typo, f"{typo!r} (3: rows {', '.join(map(str, rows))})"),
                            ("gas", f"'gas' ({len(gas)}: rows {gas[0]}, {gas[1]}, {gas[2]} and {len(gas) - 3} more)")])
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    assert str(raised.value) == (
        f"labels: label names differ only in the hyphens, underscores or spaces around or between their words{case}: "
        f"{first[1]} and {second[1]}; use 'gas', the commonest, in every row")


def test_a_grade_or_a_scale_step_written_with_a_sign_is_no_stray_separator():
    # "A-" beside "A", "-1" beside "1": the hyphen is what the name says.
    texts = [f"statement {i} of {word}" for i in range(4) for word in ("wind", "gas", "coal", "sun")]
    for labels in (["A", "A-", "B", "B-"], ["1", "-1", "2", "-2"]):
        model = stance.train(pd.DataFrame({"text": texts, "labels": labels * 4}), threshold_folds=0, none_label=None)
        assert model.labels == tuple(sorted(labels))


def _concatenated(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as ``pd.concat`` of its two halves, each numbered from 0: position 35 is index 3."""
    half = len(frame) // 2
    return pd.concat([frame.iloc[:half].reset_index(drop=True), frame.iloc[half:].reset_index(drop=True)])


def test_rows_of_an_index_that_repeats_are_named_by_their_position_in_errors_and_warnings(energy_frame):
    # An annotation lead: after pd.concat([a, b]) "row 3 has no label" named two rows (d.loc[3]).
    data = _concatenated(energy_frame)
    assert data.index[35] == data.index[3] == 3
    unlabelled = data.copy()
    unlabelled.iloc[35, unlabelled.columns.get_loc("labels")] = None
    said = r"labels_column='labels': row at position 35 \(index 3\) has no label; "
    for call in (lambda: stance.train(unlabelled), lambda: stance.find_label_issues(unlabelled)):
        with pytest.raises(InvalidInputError, match=f"^{said}"):
            call()
    unlabelled.iloc[3, unlabelled.columns.get_loc("labels")] = None
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': rows at positions 3 \(index 3\), 35 "
                                                r"\(index 3\) have no label; "):
        stance.train(unlabelled)
    unlabelled.iloc[3, unlabelled.columns.get_loc("labels")] = "renewables"
    with pytest.raises(InvalidInputError, match=r"^y: row at position 35 \(index 3\) has no label; "):
        StanceModel().fit(unlabelled.text, unlabelled.labels.fillna(""))
    off_topic = data.index[data.labels == "none"]  # the second half's: positions 48 on
    stance_given = data.copy()
    stance_given.iloc[50, stance_given.columns.get_loc("stance")] = "favor"
    for call in (lambda: stance.train(stance_given, stance_column="stance"),
                 lambda: stance.find_label_issues(stance_given, stance_column="stance")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said = [str(w.message) for w in caught if "off-topic label" in str(w.message)]
        assert said and said[0].startswith(f"stance_column='stance': row at position 50 (index {off_topic[2]}) has "
                                           f"the off-topic label 'none'"), said


def test_independent_label_and_stance_problems_are_refused_together(energy_frame):
    frame = energy_frame.copy()
    frame.loc[2, "labels"] = None
    frame.loc[17, "labels"] = "nuclaer"
    frame.loc[frame.index[frame.stance == "favor"][3], "stance"] = "Favor"
    favor = frame.index[frame.stance == "Favor"][0]
    # One problem a line, each naming its column as the others do (the first two named the
    # labels "labels_column='labels'" and "labels" in one message, joined by "; " on one line).
    for call, labels, stances in ((lambda: stance.train(frame, stance_column="stance"), "labels_column='labels'",
                                   "stance_column='stance'"),
                                  (lambda: StanceModel().fit(frame.text, frame.labels.fillna(""), frame.stance), "y",
                                   "stance")):
        with pytest.raises(InvalidInputError) as raised:
            call()
        lines = str(raised.value).split("\n")
        assert len(lines) == 4 and lines[0] == "3 problems:", lines
        assert lines[1].startswith(f"  (1) {labels}: row 2 has no label; give each row a label"), lines
        assert lines[2].startswith(f"  (2) {labels}: each label needs at least 3 examples; too few for 'nuclaer' (1: "
                                   f"row 17; a typo of 'nuclear'?)"), lines
        assert lines[3].startswith(f"  (3) {stances}: stance values differ only in case: 'Favor' (1: row {favor}) "
                                   f"and 'favor' ("), lines
    frame.loc[17, "labels"] = "nuclear"  # one problem: its own message, as before
    with pytest.raises(InvalidInputError, match=r"^stance: stance values differ only in case"):
        stance.train(frame.assign(labels=energy_frame.labels), stance_column="stance")


def test_labels_that_differ_only_in_case_are_refused(energy_frame):
    # They would train as two labels, each with half the examples (the eighth user audit).
    frame = energy_frame.copy()
    frame.loc[frame.labels == "gas", "labels"] = ["Gas"] * 3 + ["gas"] * (sum(frame.labels == "gas") - 3)
    capitalised = ", ".join(map(str, frame.index[frame.labels == "Gas"]))
    # The rarer spelling's rows are named, the rows to correct (the commonest's are not).
    with pytest.raises(InvalidInputError, match=rf"differ only in case: 'Gas' \(3: rows {capitalised}\) "
                                                rf"and 'gas' \(\d+\); use one spelling$"):
        stance.train(frame)


@pytest.mark.parametrize("column", ["labels", "stance"])
def test_names_that_differ_only_in_width_are_refused_as_case_is(energy_frame, column):
    # A Japanese audit: the full-width "ｆａｖｏｒ" of a Chinese or Japanese keyboard made a
    # third stance class silently (a label of its own too), while "Favor" was refused.
    frame = energy_frame.copy()
    common = "gas" if column == "labels" else "favor"
    rows = frame.index[frame[column] == common][:3]
    frame.loc[rows, column] = "ｇａｓ" if column == "labels" else "ｆａｖｏｒ"
    what = "labels: label names" if column == "labels" else "stance: stance values"
    wide = "'ｇａｓ'" if column == "labels" else "'ｆａｖｏｒ'"
    said = rf"{what} differ only in width or case \(full-width letters, .*\): .*{wide} \(3: rows "
    with pytest.raises(InvalidInputError, match=said + rf"{', '.join(map(str, rows))}\)"):
        stance.train(frame, stance_column="stance")


def test_labels_that_differ_only_in_the_separators_between_their_words_are_refused(energy_frame, tmp_path, capsys):
    # 'arms-control' in 6 rows beside 'arms_control' trained as two labels with no word, and
    # `stance check` suggested the misspelling for the right rows (a user audit); names that
    # differ only in case were refused.
    from stance.cli import main

    frame = energy_frame.replace({"labels": {"renewables|gas": "renewables"}})
    gas = frame.index[frame.labels == "gas"]
    frame.loc[gas, "labels"] = ["natural-gas"] * 10 + ["natural_gas"] * (len(gas) - 10)
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    # Both spellings with their rows, the spelling to keep the commonest here.
    assert str(raised.value) == (
        f"labels: label names differ only in the hyphens, underscores or spaces between their words: "
        f"'natural-gas' (10: rows {gas[0]}, {gas[1]}, {gas[2]} and 7 more) and "
        f"'natural_gas' (6: rows {gas[10]}, {gas[11]}, {gas[12]} and 3 more); "
        f"use 'natural-gas', the commonest, in every row")
    # Where the other labels join their words with one separator, the spelling with it is kept.
    frame.loc[frame.labels == "renewables", "labels"] = "wind_and_solar"
    with pytest.raises(InvalidInputError, match=r"; use 'natural_gas', written with '_' as the others are, in "
                                                r"every row$"):
        stance.train(frame)
    # A space, an en dash or case as well are such spellings too.
    frame.loc[gas[10:], "labels"] = "Natural gas"
    with pytest.raises(InvalidInputError, match=r"between their words and in case: 'Natural gas' \(6: rows"):
        stance.train(frame)
    frame.loc[gas[10:], "labels"] = "natural\u2013gas"
    with pytest.raises(InvalidInputError, match=r"between their words: 'natural-gas' \(10: rows [\d, ]+ and 7 "
                                                "more\\) and 'natural\u2013gas'"):
        stance.train(frame)
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 2
    assert "differ only in the hyphens, underscores or spaces" in capsys.readouterr().err
    # Stance values alike.
    frame = energy_frame.copy()
    favor = frame.index[frame.stance == "favor"]
    frame.loc[favor[:12], "stance"] = "in_favour"
    frame.loc[favor[12:], "stance"] = "in favour"
    with pytest.raises(InvalidInputError, match=r"^stance: stance values differ only in the hyphens, underscores or "
                                                r"spaces between their words: 'in favour' \(12: rows [\d, ]+ and 9 "
                                                r"more\) and "
                                                r"'in_favour' \(12: rows 0, 1, 2 and 9 more\); use 'in favour' in "
                                                r"every row$"):
        stance.train(frame, stance_column="stance")


def test_every_spelling_of_one_name_in_case_and_separators_is_named_in_one_problem(tmp_path, capsys):
    # An audit: 'carbon_tax', 'CARBON_TAX' and 'Carbon Tax' in one file were told only the case
    # pair; 'Carbon Tax' came to light after fixing it, a run later.
    from stance.cli import main

    rows = ([(f"Carbon tax number {i} is good policy.", "carbon_tax") for i in range(6)]
            + [(f"Tax carbon harder, plan {i}.", "CARBON_TAX") for i in range(3)]
            + [(f"A carbon levy variant {i}.", "Carbon Tax") for i in range(3)]
            + [(f"The football match {i} was fun.", "none") for i in range(6)])
    frame = pd.DataFrame(rows, columns=["text", "labels"])
    said = ("labels: label names differ only in the hyphens, underscores or spaces between their words and in case: "
            "'CARBON_TAX' (3: rows 6, 7, 8), 'Carbon Tax' (3: rows 9, 10, 11) and 'carbon_tax' (6: rows 0, 1, 2 and 3 "
            "more); use "
            "'carbon_tax', the commonest, in every row")
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    assert str(raised.value) == said
    frame.to_csv(tmp_path / "sep_case.csv", index=False)
    assert main(["train", str(tmp_path / "sep_case.csv"), "-o", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err.startswith(f"stance train: {said} (rows count from 0")
    # Stance values alike: 'In Favour' beside 'in_favour' and 'IN_FAVOUR'.
    frame = pd.DataFrame({"text": [f"statement {i} on w{i % 2}" for i in range(12)],
                          "labels": ["a", "b"] * 6,
                          "stance": ["in_favour"] * 5 + ["IN_FAVOUR"] * 2 + ["In Favour"] * 2 + ["against"] * 3})
    with pytest.raises(InvalidInputError, match=r"^stance: stance values differ only in the hyphens, underscores or "
                                                r"spaces between their words and in case: 'IN_FAVOUR' "
                                                r"\(2: rows 5, 6\), 'In Favour' \(2: rows 7, 8\) and 'in_favour' "
                                                r"\(5: rows 0, 1, 2 and 2 more\)"):
        stance.train(frame, stance_column="stance")
    # Case twins alone are still told as such.
    frame = pd.DataFrame(rows[:9] + rows[12:], columns=["text", "labels"])
    with pytest.raises(InvalidInputError, match=r"^labels: label names differ only in case: 'CARBON_TAX' "
                                                r"\(3: rows 6, 7, 8\) and 'carbon_tax' \(6\); use one spelling$"):
        stance.train(frame)


def test_every_name_spelt_two_ways_of_every_kind_is_named_in_one_run():
    # A researcher's audit: 'Integration', 'Border Control' and 'Labour Migration' beside the
    # snake_case labels took three trainings to learn of: one kind named a run (case first), and
    # of the separator kind the first group alone, with "(1 more such name)".
    rows = [(f"Statement {i} about {label} policy.", label) for label in
            ("integration", "border_control", "labour_migration", "none") for i in range(6)]
    rows += [("Integrate them well.", "Integration"), ("Control the border.", "Border Control"),
             ("Let workers in.", "Labour Migration")]
    frame = pd.DataFrame(rows, columns=["text", "labels"])
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    assert str(raised.value).splitlines() == [
        "2 problems:",
        "  (1) labels: label names differ only in case: 'Integration' (1: row 24) and 'integration' (6); "
        "use one spelling",
        "  (2) labels: label names differ only in the hyphens, underscores or spaces between their words and in case: "
        "'Border Control' (1: row 25) and 'border_control' (6: rows 6, 7, 8 and 3 more); use 'border_control', the "
        "commonest, in every row; 'Labour Migration' (1: row 26) and 'labour_migration' (6: rows 12, 13, 14 and 3 "
        "more); use 'labour_migration', the commonest, in every row"]
    # Past five groups, the others are named by their spellings.
    many = pd.DataFrame([(f"Text {i} on {w}.", f"{w}_{k}" if i < 3 else f"{w} {k}".title())
                         for w in "abcdefg" for k in ("x",) for i in range(4)]
                        + [("Nothing at all.", "none")] * 3, columns=["text", "labels"])
    with pytest.raises(InvalidInputError, match=r"; use 'e_x', the commonest, in every row; and 2 more: "
                                                r"'F X' and 'f_x', 'G X' and 'g_x'$"):
        stance.train(many)


def test_a_rare_joined_label_is_named_beside_other_problems_as_the_warning_names_it():
    # The messy file's first run named 'asylum;border_control' (1 row; close to 'asylum, border_control')
    # as too rare, but not 'integration;labour_migration' (1 row too), which its warning named.
    rows = [(f"Statement {i} about {label} policy.", label) for label in
            ("asylum", "border_control", "integration", "labour_migration", "none") for i in range(4)]
    rows += [("Seal the border and stop claims.", "asylum;border_control"),
             ("Fence and refuse.", "asylum, border_control"), ("Jobs help newcomers fit in.",
                                                                "integration;labour_migration"), ("", "none")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(InvalidInputError) as raised:
            stance.train(pd.DataFrame(rows, columns=["text", "labels"]))
    assert ("too few for 'asylum, border_control' (1: row 21), 'asylum;border_control' (1: row 20), "
            "'integration;labour_migration' (1: row 22). Most of these labels") in str(raised.value)


def test_codes_that_differ_in_a_dot_are_two_labels():
    # A dot is no separator: "1.1" (an outline's section) and "1-1" may be two codes; "1-1"
    # and "1_1" are one, and "-1" is not "1".
    assert stance.train(_coded(("1.1", "1-1", "606")), labels_column="code", none_label=None).labels == (
        "1-1", "1.1", "606")
    with pytest.raises(InvalidInputError, match="differ only in the hyphens"):
        stance.train(_coded(("1_1", "1-1", "606")), labels_column="code", none_label=None)
    assert stance.train(_coded(("-1", "1", "606")), labels_column="code", none_label=None).labels == (
        "-1", "1", "606")


def test_the_steps_of_a_symbolic_scale_are_no_twins(energy_frame):
    # "-" and "--" were refused as one name written with two separators, so a scale of
    # "--", "-", "0", "+", "++" (labels or stance values) no longer trained: names of no word,
    # or a separator at a name's end, are what the name says.
    assert stance.train(_coded(("--", "-", "0")), labels_column="code", none_label=None).labels == ("-", "--", "0")
    assert stance.train(_coded(("-1", "--1", "606")), labels_column="code", none_label=None).labels == (
        "--1", "-1", "606")
    frame = energy_frame.copy()
    on_topic = frame.index[frame.stance.isin(["favor", "against"])]
    frame.loc[on_topic, "stance"] = [("--", "-", "0", "+", "++")[i % 5] for i in range(len(on_topic))]
    model = stance.train(frame, stance_column="stance", threshold_folds=0)
    assert model.stance_classes == ("+", "++", "-", "--", "0")


def test_a_separator_twin_refusal_quotes_long_names_cut():
    # The refusal quoted both spellings whole: two 36,000-character labels made a message of
    # 117,158 characters, where every other refusal cuts a value to 100.
    long = "word " * 7200
    frame = _coded((long.strip().replace(" ", "_"), long.strip(), "606"))
    with pytest.raises(InvalidInputError, match="differ only in the hyphens") as raised:
        stance.train(frame, labels_column="code", none_label=None)
    assert len(str(raised.value)) < 1000


def _ukrainian(rows: int = 30) -> pd.DataFrame:
    """A frame labelled in Ukrainian: ``rows`` rows of each label, each stance in turn."""
    labels = ("єдність", "підтримка_україни", "стримування")
    return pd.DataFrame({"text": [f"текст {i} про слово{j} номер {i}" for i in range(rows) for j in range(3)],
                         "мітки": [label for _ in range(rows) for label in labels],
                         "позиція": [("за", "проти")[i % 2] for i in range(rows) for _ in labels]})


def test_labels_and_stance_values_spelt_with_look_alike_letters_are_refused():
    # "пiдтримка_україни" with a Latin i (U+0069) and "зa" with a Latin a (U+0061) trained
    # as classes of their own beside the Cyrillic spellings, with no word (a Ukrainian audit).
    frame = _ukrainian()
    latin_i = frame.index[frame["мітки"] == "підтримка_україни"][:12]
    frame.loc[latin_i, "мітки"] = "п\u0069дтримка_україни"
    with pytest.raises(InvalidInputError, match="look the same") as raised:
        stance.train(frame, labels_column="мітки", none_label=None)
    message = str(raised.value)
    assert message.startswith("labels_column='мітки': label names look the same"), message
    # Both spellings, a row of each, which letters differ, and the one to keep.
    assert f"'пiдтримка_україни' (12: rows {latin_i[0]}, {latin_i[1]}, {latin_i[2]} and 9 more)" in message, message
    assert "'підтримка_україни' (18: row 37)" in message, message
    assert "Latin 'i' U+0069 where the other has Cyrillic 'і' U+0456" in message, message
    assert message.endswith("use 'підтримка_україни' (all Cyrillic) in every row"), message

    frame = _ukrainian()
    latin_a = frame.index[frame["позиція"] == "за"][:12]
    frame.loc[latin_a, "позиція"] = "з\u0061"
    with pytest.raises(InvalidInputError, match="look the same") as raised:
        stance.train(frame, labels_column="мітки", stance_column="позиція", none_label=None)
    message = str(raised.value)
    assert message.startswith("stance_column='позиція': stance values look the same"), message
    assert "'зa' (12: rows 0, 1, 2 and 9 more)" in message and "'за' (33: row 24)" in message, message
    assert "Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430" in message, message
    assert message.endswith("use 'за' (all Cyrillic) in every row"), message


@pytest.mark.parametrize(("odd", "named"), [
    ("culture.\U0001f3ad\ufe0f arts", "U+FE0F VARIATION SELECTOR-16"),
    ("social.health\u00a0care", "U+00A0 NO-BREAK SPACE"),
    ("social.health  care", "a run of 2 spaces"),
    ("social.health care\u200b", "U+200B ZERO WIDTH SPACE"),
    # A joiner at an end or beside an ASCII letter joins nothing: ced73eb trained "unity\u200d" apart.
    ("unity\u200d", "U+200D ZERO WIDTH JOINER"),
    ("social.health\u200c care", "U+200C ZERO WIDTH NON-JOINER"),
    ("\u200d\U0001f3ad arts", "U+200D ZERO WIDTH JOINER"),
])
def test_labels_that_differ_only_in_characters_that_show_nothing_or_in_spacing_are_refused(odd, named):
    # "culture.🎭 arts" and "culture.🎭\ufe0f arts" (an emoji's variation selector), or "health
    # care" with a no-break space or two spaces, look the same and trained as two labels.
    keep = " ".join(odd.translate(dict.fromkeys(map(ord, "\ufe0f\u200b\u200c\u200d"))).split())
    frame = _coded((keep, "501", "606"))
    frame.loc[frame.index[frame.code == keep][1:13], "code"] = odd  # rows 3, 6, …, 36: not too rare to train
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, labels_column="code", none_label=None)
    message = str(raised.value)
    assert message.startswith("labels_column='code': label names look the same but differ in characters that show "
                              "nothing "
                              "or in their spaces: "), message
    assert f"{odd!r} (12: rows 3, 6, 9 and 9 more)" in message and f"{keep!r} (18: row 0)" in message, message
    assert f"{odd!r} has {named}" in message, message
    assert message.endswith(f"use {keep!r} in every row"), message
    # Stance values alike.
    frame = _ukrainian()
    frame.loc[frame.index[frame["позиція"] == "за"][:12], "позиція"] = "за\u200b"
    with pytest.raises(InvalidInputError, match=r"^stance_column='позиція': stance values look the same but differ in "
                                                r"characters "
                                                r"that show nothing"):
        stance.train(frame, labels_column="мітки", stance_column="позиція", none_label=None)


@pytest.mark.parametrize(("joined", "apart"), [
    ("\U0001f468\u200d\U0001f4bb tech", "\U0001f468\U0001f4bb tech"),  # 👨‍💻, one emoji, and 👨💻, two
    ("\u0645\u06cc\u200c\u0631\u0648\u0645", "\u0645\u06cc\u0631\u0648\u0645"),  # Persian می‌روم and میروم
])
def test_labels_that_differ_in_a_zero_width_joiner_or_non_joiner_are_two_labels(joined, apart):
    # ebee565 refused them as looking the same, and its advice dropped the joiner, which breaks the
    # emoji into two or the word's spelling: a joiner or non-joiner changes how the name shows.
    frame = _coded((apart, "501", "606"))
    frame.loc[frame.index[frame.code == apart][1:13], "code"] = joined
    model = stance.train(frame, labels_column="code", none_label=None)
    assert {joined, apart} <= set(model.labels)


def test_lower_case_letters_that_look_alike_only_in_upper_case_are_two_labels():
    # Cyrillic "н", "в", "т", "м" look like Latin "H", "B", "T", "M" only in upper case: "ha" and
    # "на" were refused as look-alikes, though they trained as two labels before.
    frame = pd.DataFrame({"text": [f"text {i} about w{j} number {i}" for i in range(30) for j in range(2)],
                          "labels": [label for _ in range(30) for label in ("ha", "на")]})
    model = stance.train(frame, none_label=None)
    assert sorted(model.labels) == ["ha", "на"]
    frame["labels"] = [label for _ in range(30) for label in ("з\u0061", "за")]
    with pytest.raises(InvalidInputError, match="look the same"):
        stance.train(frame, none_label=None)


def _coded(codes: tuple) -> pd.DataFrame:
    """A Manifesto-style frame: 30 rows of each code, text telling the codes apart."""
    return pd.DataFrame({"text": [f"text {i} about w{c} number {i}" for i in range(30) for c in codes],
                         "code": [c for i in range(30) for c in codes]})


@pytest.mark.parametrize(("rare", "common"), [("0", "000"), ("104", "0104"), ("1", "01")])
def test_labels_that_are_one_number_written_two_ways_are_refused(rare, common):
    # "000" and "0" (zeros lost by a spreadsheet) trained as two codes with no word.
    frame = _coded((common, "501", "606"))
    frame.loc[[3, 6], "code"] = rare
    with pytest.raises(InvalidInputError, match="one number written two ways") as raised:
        stance.train(frame, labels_column="code", none_label=None)
    # Both spellings, a row of each, and the one to keep.
    message = str(raised.value)
    assert f"'{rare}' (2: row 3)" in message and f"'{common}' (28: row 0)" in message, message
    assert f"; use '{common}', the commonest, in every row" in message
    assert ("dtype=str" in message) == (common.startswith("0")), message


@pytest.mark.parametrize(("one", "other"), [("1.1", "1.10"), ("104.5", "104.50"), ("1", "01")])
def test_codes_that_are_different_labels_written_alike_as_numbers_train_as_two(one, other):
    # Outline codes "1.1" and "1.10" are two sections, not one number written two ways, and
    # were refused; so were two codes one row holds together (which proves they differ), named
    # as "row 0" for both spellings.
    apart = _coded((one, "501", "606"))
    apart.loc[apart.code == "606", "code"] = other
    decimals = "." in one
    if decimals:
        assert stance.train(apart, labels_column="code", none_label=None).labels == tuple(sorted((one, other, "501")))
    together = _coded((one, "501", "606"))
    together.loc[together.code == one, "code"] = f"{one}|{other}"
    together.loc[together.code == "606", "code"] = other
    assert stance.train(together, labels_column="code", none_label=None).labels == tuple(sorted((one, other, "501")))


@pytest.mark.parametrize(("common", "rare"), [("202,1", "202.1"), ("202.1", "202,1")])
def test_a_code_written_with_a_decimal_point_and_a_decimal_comma_is_refused(common, rare):
    # "202,1" and "202.1" in one file (a German coder's decimal comma beside an English one's
    # point) trained as two labels with no word, while "010" and "10" are refused.
    frame = _coded((common, "501", "606"))
    frame.loc[frame.index[frame.code == common][1:11], "code"] = rare  # rows 3, 6, …, 30
    with pytest.raises(InvalidInputError, match="one number written two ways") as raised:
        stance.train(frame, labels_column="code", none_label=None)
    message = str(raised.value)
    assert f"'{common}' (20: row 0)" in message and f"'{rare}' (10: rows 3, 6, 9" in message, message
    assert "decimal point" in message and "decimal comma" in message, message
    assert f"; use '{common}', the commonest, in every row" in message, message
    # The label check reads its data as training does.
    with pytest.raises(InvalidInputError, match="one number written two ways"):
        stance.find_label_issues(frame, labels_column="code", none_label=None)
    # The advice followed, the code trains as one label.
    frame.loc[frame.code == rare, "code"] = common
    assert stance.train(frame, labels_column="code", none_label=None).labels == tuple(sorted((common, "501", "606")))


def test_codes_that_differ_in_more_than_their_decimal_mark_train_as_two():
    # "202,1" beside "202.10" or "201.1" are other codes, and so are "104,105" (two codes
    # joined by a comma) beside "104" and "105"; a row holding "202.1|202,1" proves them two.
    frame = _coded(("202,1", "202.10", "201.1"))
    assert stance.train(frame, labels_column="code", none_label=None).labels == ("201.1", "202,1", "202.10")
    together = _coded(("202,1", "202.1", "501"))
    together.loc[together.code == "501", "code"] = "202,1|202.1"
    assert stance.train(together, labels_column="code", none_label=None).labels == ("202,1", "202.1")


def test_two_codes_joined_by_a_comma_beside_a_decimal_code_are_warned_of_not_refused_as_one():
    # A review: codes 1, 2 and the sub-code 1.2, some rows "1,2" (codes 1 and 2 together): the
    # joined labels were warned of ("write 1|2") and then refused as "1.2" with a decimal comma,
    # whose advice relabelled those rows 1.2. A comma between labels joins them; it is warned of alone.
    frame = _coded(("1", "2", "1.2", "3"))
    frame.loc[frame.index[:80:4], "code"] = "1,2"
    with pytest.warns(stance.StanceWarning, match=r"looks like the labels '1' and '2' joined by ','"):
        model = stance.train(frame, labels_column="code", none_label=None, threshold_folds=0)
    assert "1,2" in model.labels and "1.2" in model.labels


def test_joins_of_codes_beside_a_point_code_are_no_scheme_of_decimal_commas():
    # A review of 61b4ba5: codes 1, 2, 3 and 1.2 with rows "1,2" and "2,3" (joins): the join
    # "2,3" counted as a code written with a decimal comma, and "1,2" was refused as "1.2" with
    # the advice to write the 30 rows of 1.2 as the join. Joins are no evidence of decimal commas.
    frame = _coded(("1", "2", "3", "1.2"))
    frame.loc[frame.index[frame.code == "1"][:10], "code"] = "1,2"
    frame.loc[frame.index[frame.code == "3"][:10], "code"] = "2,3"
    with pytest.warns(stance.StanceWarning, match=r"joined by ','"):
        model = stance.train(frame, labels_column="code", none_label=None, threshold_folds=0)
    assert {"1,2", "1.2", "2,3"} <= set(model.labels)


def test_a_rare_decimal_mark_spelling_is_named_once_not_also_as_a_rare_label():
    # A review: "202.1" in 2 rows beside "202,1" in many was refused as a decimal-mark twin and
    # again as too rare ("a typo of '202,1'?"), where the other twins are named once.
    frame = _coded(("201", "202,1"))
    frame.loc[frame.index[frame.code == "202,1"][:2], "code"] = "202.1"
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, labels_column="code", none_label=None)
    message = str(raised.value)
    assert "one number written two ways" in message and "too few" not in message, message


def test_a_code_written_with_and_without_a_decimal_zero_beside_outline_codes_is_refused(tmp_path):
    # In a scheme of dotted codes ("1.1", "1.10"), "3.0" and "3" were silently merged into "3",
    # while "000" and "0" are refused: "3.0" may be a section of its own, or a typo of "3".
    frame = _coded(("1.1", "1.10", "3"))
    frame.loc[frame.index[frame.code == "3"][:12], "code"] = "3.0"  # rows 2, 5, …
    with pytest.raises(InvalidInputError, match="one code written two ways") as raised:
        stance.train(frame, labels_column="code", none_label=None)
    message = str(raised.value)
    assert message.startswith("labels_column='code': label names are one code written two ways: '3' (18: row 38) "
                              "and '3.0' (12: row 2)"), message
    assert "beside decimal codes such as '1.1'" in message and "use '3', the commonest, in every row" in message
    # Written one way, the code trains (as "3", as a whole float is read), and so does a column
    # of whole numbers only, some written as floats (files of float and int codes put together).
    frame.loc[frame.code == "3", "code"] = "3.0"
    assert stance.train(frame, labels_column="code", none_label=None).labels == ("1.1", "1.10", "3")
    frame = _coded(("1", "2", "3"))
    frame.loc[frame.index[frame.code == "3"][:12], "code"] = "3.0"
    assert stance.train(frame, labels_column="code", none_label=None).labels == ("1", "2", "3")
    # A frame of float codes saved by pandas writes every code with a decimal point: one spelling each.
    floats = _coded((1.5, 2.0, 3.0))
    floats.to_csv(tmp_path / "floats.csv", index=False)
    assert stance.train(tmp_path / "floats.csv", labels_column="code", none_label=None).labels == ("1.5", "2", "3")


@pytest.mark.parametrize("cell", ["3|3.0", "3.0 | 3", '["3", "3.0"]', ["3", "3.0"], ("3.0", "3")])
def test_a_code_written_two_ways_in_one_row_beside_outline_codes_is_refused(cell):
    # Beside dotted codes a row labelled "3|3.0" (or the list ["3", "3.0"]) trained as one
    # label "3", though "3.0" may be a section of its own, while the same two spellings in two
    # rows were refused; the row is now refused too, named by the frame's index.
    frame = _coded(("1.1", "1.10", "3")).astype({"code": object})
    frame.index = [f"s{i}" for i in range(len(frame))]
    frame.at["s5", "code"] = cell
    with pytest.raises(InvalidInputError, match="one code written two ways") as raised:
        stance.train(frame, labels_column="code", none_label=None)
    message = str(raised.value)
    assert message.startswith("labels_column='code': label names of row 's5' are one code written two ways: "
                              "'3' and '3.0', both read as '3'"), message
    assert "beside decimal codes such as '1.1'" in message and "use '3', the commonest, alone in that row" in message
    # The label check reads its data as training does.
    with pytest.raises(InvalidInputError, match="row 's5' are one code written two ways"):
        stance.find_label_issues(frame, labels_column="code", none_label=None)
    # Without decimal codes a whole float is the whole number: the row is one label, as before.
    whole = _coded(("1", "2", "3")).astype({"code": object})
    whole.at[5, "code"] = cell
    assert stance.train(whole, labels_column="code", none_label=None).labels == ("1", "2", "3")


def test_a_float_code_written_as_text_trains_as_the_int_code(tmp_path):
    # A float-coded frame saved with DataFrame.to_csv holds "104.0": it trained "104.0" where
    # the frame trained "104" (and "104" and "104.0" in one file were two labels).
    frame = _coded((0, 104, 501))
    frame.astype({"code": float}).to_csv(tmp_path / "floats.csv", index=False)
    assert stance.train(frame, labels_column="code", none_label="0").labels == ("0", "104", "501")
    assert stance.train(tmp_path / "floats.csv", labels_column="code", none_label="0").labels == ("0", "104", "501")
    mixed = frame.assign(code=[f"{c}.0" if i % 2 else str(c) for i, c in enumerate(frame.code)])
    assert stance.train(mixed, labels_column="code", none_label="0").labels == ("0", "104", "501")


def test_outline_codes_pandas_read_as_numbers_are_warned_of(tmp_path):
    # From an audit: a file of outline codes "6.1" and "6.10", read with pd.read_csv, came as
    # the float 6.1 both, and trained (and were evaluated as) one label in silence; read from
    # its path, it trains two. The frame's numbers are warned of, naming dtype=str.
    _coded(("0", "6.1", "6.10", "6.2")).to_csv(tmp_path / "codes.csv", index=False)
    assert stance.train(tmp_path / "codes.csv", labels_column="code", none_label="0").labels == (
        "0", "6.1", "6.10", "6.2")
    floats = pd.read_csv(tmp_path / "codes.csv")
    assert floats.code.dtype == float
    with pytest.warns(stance.StanceWarning, match=r"'code': 2 codes came as numbers with decimals \(6\.1, 6\.2\).*"
                                                  r"'6\.10' and '6\.1' in the file are both 6\.1.*dtype=str"):
        model = stance.train(floats, labels_column="code", none_label="0")
    assert model.labels == ("0", "6.1", "6.2")  # what the frame holds: the 6.10 rows are 6.1's
    with pytest.warns(stance.StanceWarning, match=r"labels_column='code': 2 codes came as numbers"):
        stance.evaluate(model, floats.head(8), labels_column="code")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(floats, folds=3, labels_column="code", none_label="0")
    assert sum("came as numbers" in str(w.message) for w in caught) == 1  # of the whole data, not a fold
    with warnings.catch_warnings():  # codes kept as text say nothing
        warnings.simplefilter("error", stance.StanceWarning)
        stance.train(pd.read_csv(tmp_path / "codes.csv", dtype=str), labels_column="code", none_label="0")
    with warnings.catch_warnings(record=True) as caught:  # whole floats (int codes with gaps) lose no code
        warnings.simplefilter("always")
        stance.train(_coded((0, 104, 501)).astype({"code": float}), labels_column="code", none_label="0")
    assert [str(w.message).split(": ")[1] for w in caught] == [  # only that they come back as text
        "0.0, 104.0, 501.0, given as floats, are the model's names '0', '104', '501'"]


def test_the_readme_and_docstring_compare_scores_with_numbers_as_score_names_its_columns():
    # An audit: the README said score's "pred_label holds '3', beside p_3" and that
    # (scored.pred_label == data.code).mean() is 0, as the docstring of the warning did; but
    # stance.score(data) has label (pred_label only with prefix="pred_", beside pred_p_3), so
    # the example raised AttributeError. Each comparison runs as written, on score's columns.
    data = _coded((0, 1, 3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = stance.train(data, labels_column="code", none_label="0")
    scored = stance.score(data, model=model)
    readme = re.sub(r"\s+", " ", (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8"))
    docstring = re.sub(r"\s+", " ", stance.label_names.warn_of_names_given_as_numbers.__doc__)
    [(column, beside)] = re.findall(r'`score` \(`(\w+)` holds "3", beside `(\w+)`\)', readme)
    assert column in scored.columns and beside in scored.columns and "3" in set(scored[column])
    for text in (readme, docstring):
        [expression] = re.findall(r"``?(\(scored\.\w+ == data\.code\)\.mean\(\))``?", text)
        assert eval(expression, {"scored": scored, "data": data}) == 0, expression


def test_codes_given_as_floats_with_decimals_are_told_advice_that_works(tmp_path):
    # From an audit: codes read as floats (201.0 and 202.1) were told to compare with the column
    # as column.astype("Int64").astype(str), which raises on 202.1. Whole floats alone keep that
    # advice; beside decimals the column is to be read as text, which gives the model's names.
    _coded(("1", "201", "202.1")).to_csv(tmp_path / "codes.csv", index=False)
    floats = pd.read_csv(tmp_path / "codes.csv")
    with pytest.raises((TypeError, ValueError)):  # what the old advice did
        floats.code.astype("Int64")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(floats, labels_column="code", none_label=None)
    [said] = [str(w.message) for w in caught if "given as floats" in str(w.message)]
    assert said.startswith("labels_column='code': 1.0, 201.0, given as floats, are the model's names '1', '201'"), said
    assert "Int64" not in said and "read the file with dtype=str" in said, said
    as_text = pd.read_csv(tmp_path / "codes.csv", dtype=str)  # the advice followed
    assert (stance.score(as_text, model=model, prefix="pred_").pred_label == as_text.code).mean() == 1.0


def test_labels_given_as_numbers_are_said_to_come_back_as_text_once_a_fit():
    # A user audit: trained on an int64 column of codes 0/1/3, model.labels was ('0', '1', '3')
    # and score()'s pred_label held '3', so (scored.pred_label == data.code).mean() was 0.0
    # (1.0 against code.astype(str)), with no word said; cross_validate's predictions alike.
    # A model's labels are names, text saved as JSON, so they stay text; training says so.
    frame = _coded((0, 1, 3))
    said = ("labels_column='code': 0, 1, 3, given as integers, are the model's names '0', '1', '3': a model's "
            "labels are text, and its predictions give them so; compare them with the column as text, "
            "column.astype(str)")

    def warned(call):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = call()
        return result, [str(w.message) for w in caught if "given as" in str(w.message)]

    model, messages = warned(lambda: stance.train(frame, labels_column="code", none_label="0"))
    assert messages == [said] and model.labels == ("0", "1", "3")
    scored = stance.score(frame, model=model, prefix="pred_")
    assert (scored.pred_label == frame.code).mean() == 0.0  # as the warning says: they are text
    assert (scored.pred_label == frame.code.astype(str)).mean() == 1.0
    # Once for cross_validate, not once a fold, whose predictions are the model's names too.
    report, messages = warned(lambda: stance.cross_validate(frame, folds=3, labels_column="code", none_label="0"))
    assert messages == [said] and set(report.predictions.label) == {"0", "1", "3"}
    # evaluate compares the gold numbers with the names as the names they are: nothing to say.
    evaluated, messages = warned(lambda: stance.evaluate(model, frame, labels_column="code"))
    assert messages == [] and evaluated.metrics["top1_in_gold"] == 1.0
    # A categorical column of the codes gives its numbers; of text, the names as they are.
    assert warned(lambda: stance.train(frame.astype({"code": "category"}), labels_column="code",
                                       none_label="0"))[1] == [said]
    assert warned(lambda: stance.train(frame.astype({"code": str}).astype({"code": "category"}),
                                       labels_column="code", none_label="0"))[1] == []
    # A stance column of numbers alike; fit with a list of numbers names y.
    frame["stance"] = [None if code == 0 else (1, -1)[i % 2] for i, code in enumerate(frame.code)]
    model, messages = warned(lambda: stance.train(frame.astype({"code": str}), labels_column="code",
                                                  stance_column="stance", none_label="0"))
    assert model.stance_classes == ("-1", "1") and messages == [
        "stance_column='stance': -1.0, 1.0, given as floats, are the model's names '-1', '1': a model's stance values "
        'are text, and its predictions give them so; compare them with the column as text, '
        'column.astype("Int64").astype(str)']
    _, messages = warned(lambda: stance.StanceModel(threshold_folds=0).fit(frame.text, frame.code.tolist()))
    assert messages == [said.replace("labels_column='code'", "y")]


def test_labels_given_as_numbers_are_said_once_inside_scikit_learn_s_model_selection(monkeypatch):
    # A GridSearchCV of two candidates on three folds said seven times that the labels come
    # back as text, once a fit: Python's default filter shows a line's warning once, but
    # scikit-learn sets the warning filters again around each fit, which forgets it. Inside
    # model selection a message is now given once a process; a fit of one's own still says it.
    from sklearn.model_selection import GridSearchCV, cross_val_score

    from stance import exceptions

    monkeypatch.setattr(exceptions, "_given_in_model_selection", set(), raising=False)  # said by no earlier test
    frame = _coded((0, 1, 3))
    said = ("y: 0, 1, 3, given as integers, are the model's names '0', '1', '3': a model's labels are text, and its "
            "predictions give them so; compare them with the column as text, column.astype(str)")

    def warned(call, action="default"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter(action)
            call()
        return [str(w.message) for w in caught if "given as" in str(w.message)]

    def search():
        GridSearchCV(StanceModel(threshold_folds=0, none_label="0"), {"C": [1.0, 30.0]}, cv=3).fit(frame.text,
                                                                                                  frame.code)

    assert warned(search) == [said]
    # The same labels, said already in this process: a second search, or cross_val_score, says nothing again.
    assert warned(search) == []
    assert warned(lambda: cross_val_score(StanceModel(threshold_folds=0, none_label="0"), frame.text, frame.code,
                                          cv=3)) == []
    # Other labels are another message.
    assert warned(lambda: cross_val_score(StanceModel(threshold_folds=0, none_label="0"), frame.text,
                                          frame.code + 1, cv=3)) == [said.replace("0, 1, 3", "1, 2, 4").replace(
                                              "'0', '1', '3'", "'1', '2', '4'")]
    # A fit of one's own says it each time, and filters that ask for every warning get each fit's.
    for _ in range(2):
        assert warned(lambda: StanceModel(threshold_folds=0, none_label="0").fit(frame.text, frame.code)) == [said]
    assert warned(search, "always") == [said] * 7  # 2 candidates x 3 folds, and the refit


def test_an_off_topic_label_written_as_the_file_writes_it_is_the_label_read(tmp_path):
    # A float-coded frame's CSV file holds "0.0" and "104.0": its labels are read as "0" and
    # "104", and none_label="0.0", as the file writes it, named no row (and the command line's
    # --none-label 0.0 left every "0" row a target without a stance, and exited 2).
    frame = _coded((0, 104, 501))
    frame["stance"] = [None if c == 0 else ("favor", "against")[i % 2] for i, c in enumerate(frame.code)]
    frame.astype({"code": float}).to_csv(tmp_path / "floats.csv", index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "none_label='0.0' is the label of no row"
        # 90 rows of made-up text: the check rightly warns that its fold models learnt little
        warnings.filterwarnings("ignore", message=".*the flags are unreliable")
        warnings.filterwarnings("ignore", message=".*before trusting the figures")  # cross_validate's, alike
        model = stance.train(tmp_path / "floats.csv", labels_column="code", stance_column="stance",
                             none_label="0.0")
        assert (model.labels, model.params_.none_label, model.stance_classes) == (
            ("0", "104", "501"), "0", ("against", "favor"))
        report = stance.cross_validate(tmp_path / "floats.csv", folds=3, labels_column="code", none_label="0.0")
        with pytest.warns(stance.StanceWarning, match="0, 104, 501, given as integers, are the model's names"):
            assert report.metrics == stance.cross_validate(frame, folds=3, labels_column="code",
                                                           none_label="0").metrics
        issues = stance.find_label_issues(tmp_path / "floats.csv", labels_column="code", stance_column="stance",
                                          folds=3, none_label="0.0")
        with pytest.warns(stance.StanceWarning, match="given as integers, are the model's names"):
            expected = stance.find_label_issues(frame, labels_column="code", stance_column="stance", folds=3,
                                                none_label="0")
        assert issues.drop(columns="code").equals(expected.drop(columns="code"))  # the file's codes are floats
    from stance.cli import main

    assert main(["train", str(tmp_path / "floats.csv"), "--labels-column", "code", "--stance-column", "stance",
                 "--none-label", "0.0", "-o", str(tmp_path / "m")]) == 0
    assert stance.load(tmp_path / "m").params_.none_label == "0"


@pytest.mark.parametrize(("given", "written", "as_read"), [("000", float, "0"), ("0", str, "000")])
def test_an_off_topic_code_given_with_other_leading_zeros_is_the_label_the_rows_have(tmp_path, given, written,
                                                                                     as_read):
    # A user audit of a Manifesto-style coder: none_label="000" on codes pandas read as floats
    # (0.0, 413.0, 201.1) trained a model whose off-topic label, '000', was no label: empty
    # text got the label '', the card said "Off-topic label: `000`", and the only warning,
    # "none_label='000' is the label of no row", did not say that the rows have it as '0'.
    codes = ("000", "413", "505", "201.1")
    frame = _coded(codes).astype({"code": object})
    frame["code"] = [written(code) for code in frame.code]
    frame["stance"] = [None if code in ("000", "0") else ("favor", "against")[i % 2]
                       for i, code in enumerate(_coded(codes).code)]
    for stance_column in (None, "stance"):  # without a stance head it trained; with one it was refused
        with pytest.warns(stance.StanceWarning) as caught:
            model = stance.train(frame, labels_column="code", stance_column=stance_column, none_label=given)
        said = [str(w.message) for w in caught if "none_label" in str(w.message)]
        assert said == [f"none_label={given!r} is the label of no row, but {as_read!r} is the same code "
                        f"{'without' if len(as_read) < len(given) else 'with'} leading zeros: it is taken as the "
                        f"off-topic label"
                        + (" (pandas drops the zeros of codes it reads as numbers; read them with dtype=str to "
                           "keep them)" if written is float else "")], said
        assert model.none_label == given and model.none_label_ == model.params_.none_label == as_read
        assert as_read in model.labels
        assert model.classify("").label == as_read and model.classify("").stance is None
    saved = stance.load(model.save(tmp_path / "m"))
    assert saved.params_.none_label == as_read
    assert f"Off-topic label: `{as_read}`" in (tmp_path / "m" / "MODEL_CARD.md").read_text(encoding="utf-8")
    # The label check and cross-validation read it so too: the off-topic rows need no stance
    # (refused before as "rows … have a target but no stance").
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stance.find_label_issues(frame, labels_column="code", stance_column="stance", folds=3, none_label=given)
        report = stance.cross_validate(frame, folds=3, labels_column="code", stance_column="stance",
                                       none_label=given)
    assert not math.isnan(report.metrics["none_f1"])
    # A name the rows do not have in any spelling is warned of as before.
    with pytest.warns(stance.StanceWarning, match="none_label='999' is the label of no row, so every label is a "
                                                  "target"):
        stance.train(frame.drop(columns="stance"), labels_column="code", none_label="999")


def test_fit_keeps_the_none_label_given_and_holds_the_rows_spelling_as_a_fitted_attribute(tmp_path):
    # A reviewer: StanceModel(none_label="000") fitted on float codes (0.0, 413.0, 201.1) had
    # none_label '0' afterwards, in get_params() too, so a refit on codes written "000" warned
    # of a '0' never passed, and sklearn.base.clone copied it; scikit-learn's fit changes no
    # constructor parameter. So too none_label="0.0", which fit read as "0".
    from sklearn.base import clone

    floats = _coded((0.0, 413.0, 201.1))
    written = _coded(("000", "413", "201.1"))
    for given, rows in (("000", floats), ("0.0", floats), ("0.0", _coded(("0", "413", "201.1")))):
        est = StanceModel(none_label=given, threshold_folds=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            est.fit(rows.text, rows.code)
        assert (est.none_label, est.get_params()["none_label"], clone(est).none_label) == (given, given, given)
        assert est.none_label_ == est.params_.none_label == "0" and est.classify("").label == "0"
    saved = stance.load(est.save(tmp_path / "m"))
    assert saved.params_.none_label == saved.none_label_ == "0"
    assert "Off-topic label: `0`" in (tmp_path / "m" / "MODEL_CARD.md").read_text(encoding="utf-8")
    est = StanceModel(none_label="000", threshold_folds=0)
    with pytest.warns(stance.StanceWarning, match="none_label='000' is the label of no row, but '0'"):
        est.fit(floats.text, floats.code)
    with warnings.catch_warnings():  # the rows have "000": nothing to say
        warnings.simplefilter("error", stance.StanceWarning)
        est.fit(written.text, written.code)
    assert est.none_label == "000" and est.none_label_ == "000"
    with pytest.raises(stance.NotFittedError):
        _ = StanceModel().none_label_


def test_a_stance_column_left_empty_is_named_as_such(energy_frame, tmp_path, capsys):
    # The command line trains on a "stance" column when there is one: an empty one (left
    # to fill in) listed every row as lacking a stance, without saying how to leave it out.
    from stance.cli import main

    frame = energy_frame.assign(stance=None)
    with pytest.raises(InvalidInputError, match=r"^stance_column='stance': no row with a target has a stance value "
                                                r"\(a column left to fill in\?\); pass stance_column=None"):
        stance.train(frame, stance_column="stance")
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 2
    # Spelt as --help spells it ('none' to skip), not "--stance-column=None".
    assert "no row with a target has a stance value (a column left to fill in?); pass --stance-column none " in (
        capsys.readouterr().err)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"), "--stance-column", "none"]) == 0
    # A column with some values still names the rows without one.
    frame.loc[frame.labels != "none", "stance"] = "favor"
    frame.loc[frame.index[frame.labels != "none"][2], "stance"] = None
    with pytest.raises(InvalidInputError, match="has a target but no stance"):
        stance.train(frame, stance_column="stance")


def test_a_stance_column_mostly_left_empty_says_how_to_leave_it_out(energy_frame, tmp_path, capsys):
    # With 10 of 243 target rows filled in, the message listed the rows without a stance and
    # asked for one in each, without the stance_column=None advice an empty column gets.
    from stance.cli import main

    frame = energy_frame.assign(stance=None)
    targets = frame.index[frame.labels != "none"]
    frame.loc[targets[:2], "stance"] = ["favor", "against"]
    with pytest.raises(InvalidInputError, match=rf"most rows with a target \({len(targets) - 2} of {len(targets)}\) "
                                                r"have none: pass stance_column=None \(on the command line: "
                                                r"--stance-column none\) to train without a stance head"):
        stance.train(frame, stance_column="stance")
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 2
    assert "have none: pass --stance-column none to train without a stance head" in capsys.readouterr().err
    # A few gaps are rows to fill in, not a column to leave out.
    frame.loc[targets, "stance"] = "favor"
    frame.loc[targets[::2], "stance"] = "against"
    frame.loc[targets[2], "stance"] = None
    with pytest.raises(InvalidInputError, match="has a target but no stance") as raised:
        stance.train(frame, stance_column="stance")
    assert "stance_column=None" not in str(raised.value)


def test_empty_texts_are_refused_with_their_rows(energy_frame):
    frame = energy_frame.copy()
    frame.loc[3, "text"] = None
    frame.loc[7, "text"] = "   "
    frame.loc[9, "text"] = "\u200b"  # a zero-width space alone, blank to classify
    with pytest.raises(InvalidInputError, match="^text_column=.text.: rows 3, 7, 9 have no text"):
        stance.train(frame, stance_column="stance")


def test_a_text_that_is_a_spreadsheet_s_error_value_is_refused_as_a_blank_one_is(energy_frame, tmp_path, capsys):
    # A scholar's audit: a text column filled by a formula holds "#N/A" where it failed, and
    # those rows trained as statements of their labels, where a blank text is refused.
    from stance.cli import main

    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[3, 7], "text"] = "#N/A"
    frame.loc[9, "text"] = " #REF! "
    frame.loc[11, "text"] = "   "
    with pytest.raises(InvalidInputError) as caught:
        stance.train(frame, stance_column="stance")
    said = str(caught.value)
    assert "text_column='text': row 11 has no text" in said, said
    assert ("text_column='text': rows 3, 7, 9 hold '#N/A' (twice) and '#REF!', a spreadsheet's error values (a "
            "formula that failed: '#N/A' is what VLOOKUP gives where it finds no code; '#REF!' is what a formula gives "
            "when a cell, row or column it refers to was deleted), not a statement; give each row what the formula "
            "should have, or drop them") in said, said
    frame.loc[11, "text"] = "#N/A is what the sheet showed."  # a statement that begins so is one
    frame = frame.drop(index=[3, 7, 9])
    assert stance.train(frame, stance_column="stance").training_["rows"] == len(frame)
    frame = frame.reset_index(drop=True)
    frame.loc[17, "text"] = "#DIV/0!"
    frame.to_csv(tmp_path / "coded.csv", index=False)
    assert main(["check", str(tmp_path / "coded.csv")]) == 2
    err = capsys.readouterr().err
    assert "--text-column text: row 17 holds '#DIV/0!', a spreadsheet's error value" in err, err


def test_missing_stance_on_a_target_row_is_refused(energy_frame):
    frame = energy_frame.copy()
    frame.loc[0, "stance"] = None
    with pytest.raises(InvalidInputError, match="row 0 has a target but no stance"):
        stance.train(frame, stance_column="stance")


def test_r_s_na_in_a_stance_column_is_no_stance(energy_frame, tmp_path, ignore_dependency_deprecations):
    # R's write.csv writes a missing value as an unquoted NA, which trained a stance class "NA"
    # (with only a warning for the off-topic rows), though a target row without a stance is refused.
    def r_csv(frame: pd.DataFrame) -> Path:
        path = tmp_path / "r.csv"
        lines = ['"","text","labels","stance"']
        for at, row in enumerate(frame.itertuples(index=False), start=1):
            stance_cell = "NA" if pd.isna(row.stance) else f'"{row.stance}"'
            lines.append(f'"{at}","{row.text}","{row.labels}",{stance_cell}')
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    frame = energy_frame[["text", "labels", "stance"]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "a stance on an off-topic row is ignored"
        ignore_dependency_deprecations()
        model = stance.train(r_csv(frame), stance_column="stance")
    assert model.stance_classes == ("against", "favor")
    frame = frame.copy()
    frame.loc[0, "stance"] = None
    with pytest.raises(InvalidInputError, match=r"^stance_column='stance': row 0 has a target but no stance "
                                                r"\(its cell is 'NA', R's missing value\)"):
        stance.train(r_csv(frame), stance_column="stance")


def test_a_spreadsheet_s_error_value_is_no_label_and_no_stance(energy_frame, tmp_path, capsys):
    # A sheet coded with a formula (=VLOOKUP(code, codebook, 2, FALSE)) shows "#N/A" where the
    # lookup found nothing, and Excel saves that text into the CSV: four such rows trained a
    # label called "#N/A" (and three a stance class "#N/A") without a word.
    from stance.cli import main

    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[20, 21, 22, 23], "labels"] = "#N/A"
    frame.loc[24, "labels"] = "gas|#REF!"
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': rows 20, 21, 22, 23, 24 hold '#N/A' "
                                                r"\(4 times\) and '#REF!', a spreadsheet's error values.*not a label"):
        stance.train(frame, stance_column="stance")
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[2, 3, 4], "stance"] = "#N/A"
    frame.loc[50, "stance"] = "#N/A"  # an off-topic row's stance is not read: ignored, as any is
    with pytest.raises(InvalidInputError, match=r"^stance_column='stance': rows 2, 3, 4 hold '#N/A', a "
                                                r"spreadsheet's error value.*not a stance value"), \
            pytest.warns(UserWarning, match="row 50 has the off-topic label 'none' and a stance"):
        stance.train(frame, stance_column="stance")
    path = tmp_path / "excel.csv"
    frame.to_csv(path, sep=";", index=False, encoding="cp1252")
    assert main(["train", str(path), "-o", str(tmp_path / "m"), "--encoding", "cp1252"]) == 2
    err = capsys.readouterr().err
    assert "--stance-column stance: rows 2, 3, 4 hold '#N/A'" in err and "lines 4, 5, 6" in err, err
    with pytest.raises(InvalidInputError, match="rows 2, 3, 4 hold '#N/A'"), pytest.warns(UserWarning, match="row 50"):
        stance.cross_validate(frame, folds=3)
    # A label that only begins so is a name: no error value is "#N/A2" or "#1".
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame["labels"] = frame["labels"].str.replace("gas", "#1").str.replace("nuclear", "#N/A2")
    assert stance.train(frame, stance_column="stance").labels == ("#1", "#N/A2", "none", "renewables")


def test_a_spreadsheet_s_error_value_in_the_sheet_s_language_is_no_label_no_stance_and_no_text(energy_frame):
    # A review of 01410c8e: a German Excel writes "#N/A" as "#NV" and "#VALUE!" as "#WERT!" (an
    # Italian "#N/D", a Dutch "#N/B", a Spanish "#¡VALOR!"), into its CSV file too; four rows of
    # "#NV" trained a label "#NV", as "#N/A" did before 01410c8e.
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[20, 21, 22, 23], "labels"] = "#NV"
    frame.loc[24, "labels"] = "gas|#N/D"
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': rows 20, 21, 22, 23, 24 hold '#NV' "
                                                r"\(4 times\) and '#N/D', a spreadsheet's error values.*not a label"):
        stance.train(frame, stance_column="stance")
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[2, 3, 4], "stance"] = ["#WERT!", "#¡VALOR!", " #n/b "]
    frame.loc[5, "text"] = "Fehler:502"  # LibreOffice's, in German
    with pytest.raises(InvalidInputError) as caught:
        stance.train(frame, stance_column="stance")
    assert "stance_column='stance': rows 2, 3, 4 hold '#WERT!', '#¡VALOR!' and '#n/b'" in str(caught.value)
    assert "text_column='text': row 5 holds 'Fehler:502'" in str(caught.value)
    # Names that begin so stay names.
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame["labels"] = frame["labels"].str.replace("gas", "#NVIDIA").str.replace("nuclear", "#N/DE")
    assert stance.train(frame, stance_column="stance").labels == ("#N/DE", "#NVIDIA", "none", "renewables")


def test_a_polish_sheet_s_n_a_with_its_exclamation_mark_is_no_label_and_no_stance(energy_frame):
    # A review of bef8acd5: a Polish Excel writes "#N/A" as "#N/D!" (its "#VALUE!" "#ARG!"), not the
    # Italian "#N/D" that bef8acd5 read as the Polish one, so four rows of "#N/D!" trained a label "#N/D!".
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[20, 21, 22, 23], "labels"] = "#N/D!"
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': rows 20, 21, 22, 23 hold '#N/D!', a "
                                                r"spreadsheet's error value.*not a label"):
        stance.train(frame, stance_column="stance")
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[2, "stance"] = " #n/d! "
    with pytest.raises(InvalidInputError, match=r"^stance_column='stance': row 2 holds '#n/d!', a spreadsheet's"):
        stance.train(frame, stance_column="stance")


def test_a_nordic_or_russian_sheet_s_error_values_are_no_label_no_stance_and_no_text(energy_frame, tmp_path,
                                                                                     capsys):
    from stance.cli import main

    # A Swedish Excel writes "#N/A" as "#SAKNAS!", a Danish or Norwegian one as "#I/T", a Finnish as
    # "#PUUTTUU!" and a Russian as "#Н/Д" (its "#VALUE!" "#ЗНАЧ!"), into its CSV file too; each trained
    # a label of that name, as "#N/A" did before 01410c8e.
    for value in ("#SAKNAS!", "#I/T", "#PUUTTUU!", "#Н/Д", " #н/д "):
        frame = energy_frame[["text", "labels", "stance"]].copy()
        frame.loc[[20, 21, 22, 23], "labels"] = value
        with pytest.raises(InvalidInputError, match=rf"^labels_column='labels': rows 20, 21, 22, 23 hold "
                                                    rf"'{re.escape(value.strip())}', a spreadsheet's error value"):
            stance.train(frame, stance_column="stance")
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[2, 3, 4, 6], "stance"] = ["#VÄRDEFEL!", "#VÆRDI!", "#VERDI!", "#ARVO!"]
    frame.loc[5, "text"] = "#ЗНАЧ!"
    with pytest.raises(InvalidInputError) as caught:
        stance.train(frame, stance_column="stance")
    assert ("stance_column='stance': rows 2, 3, 4, 6 hold '#VÄRDEFEL!', '#VÆRDI!', '#VERDI!' and '#ARVO!'"
            in str(caught.value))
    assert "text_column='text': row 5 holds '#ЗНАЧ!'" in str(caught.value)
    # From a Russian sheet's CSV file through the command line: the rows are named by their lines.
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame.loc[[20, 21, 22, 23], "labels"] = "#Н/Д"
    path = tmp_path / "coded.csv"
    frame.to_csv(path, index=False)
    assert main(["train", str(path), "-o", str(tmp_path / "m"), "--stance-column", "stance"]) == 2
    err = capsys.readouterr().err
    assert "--labels-column labels: rows 20, 21, 22, 23 hold '#Н/Д'" in err and "lines 22, 23, 24, 25" in err, err
    # Names that begin so stay names.
    frame = energy_frame[["text", "labels", "stance"]].copy()
    frame["labels"] = frame["labels"].str.replace("gas", "#I/TALIA").str.replace("nuclear", "#Н/ДЕ")
    assert stance.train(frame, stance_column="stance").labels == ("#I/TALIA", "#Н/ДЕ", "none", "renewables")


def test_a_missing_label_written_as_nan_or_null_is_warned_of_as_na_is(energy_frame, tmp_path, capsys):
    # A labels column with missing cells made text (frame["labels"].astype(str) before to_csv) holds
    # "nan", an SQL export "NULL": read from the file as text, each trained a label so called, and
    # was predicted, without a word, where "NA" is warned of (pd.read_csv reads all three as missing).
    from stance.cli import main
    from stance.model import FLAT_THRESHOLDS_WARNING

    for value, what in (("nan", "what str() and astype(str) make of a missing value (NaN)"),
                        ("NULL", "a database's missing value, as an SQL export writes it"),
                        # a review of 95ec3adc: JSON's null and a person's dash trained a label in silence
                        ("null", "a missing value as JSON and JavaScript's String(null) write it"),
                        ("-", "a dash, what a person types in a cell that has no value")):
        frame = energy_frame[["text", "labels"]].copy()
        frame.loc[[20, 21, 22], "labels"] = value
        path = tmp_path / f"coded_{value}.csv"
        frame.to_csv(path, index=False)
        with pytest.warns(stance.StanceWarning, match=rf"^labels_column='labels': rows 20, 21, 22 have the label "
                                                      rf"'{value}', {re.escape(what)}, which is trained as a label"):
            assert value in stance.train(str(path)).labels  # warned of, and trained as before
        assert main(["train", str(path), "-o", str(tmp_path / f"m_{value}")]) == 0
        err = capsys.readouterr().err
        assert (f"warning: --labels-column labels: rows 20, 21, 22 have the label '{value}'" in err
                and f"pass --none-label {value}" in err and "lines 22, 23, 24" in err), err
        with warnings.catch_warnings():  # the scheme's own label for no position: said so, nothing to warn of
            warnings.simplefilter("error")
            # but of renewables' threshold, flat without rows 20-22 (see the test of flat thresholds' warning)
            warnings.filterwarnings("ignore", message=FLAT_THRESHOLDS_WARNING)
            assert stance.train(frame.replace({"none": value}), none_label=value).none_label == value
    # A scheme's "not applicable" is its own label, as a person writes it; so is a name with a dash in it,
    # and "-" as a step of a scale of signs ("--", "-", "0", "+", "++").
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scale = energy_frame[["text"]].assign(labels=[("--", "-", "0", "+", "++")[i % 5] for i in range(64)])
        assert "-" in stance.train(scale, none_label=None, threshold_folds=0).labels
    for value in ("n/a", "N/A", "n.a.", "eastern-flank"):
        frame = energy_frame[["text", "labels"]].copy()
        frame.loc[[20, 21, 22], "labels"] = value
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert value in stance.train(frame).labels
        assert not [w for w in caught if repr(value) in str(w.message)], [str(w.message) for w in caught]


def test_a_dash_beside_a_codebook_s_numbers_is_warned_of_though_zero_is_one_of_them(energy_frame):
    # A review of 6b271223: "-" typed in three cells of a codebook of numbers whose code for no
    # position is "000" (or "0") trained a label '-' without a word, "000" taken for a step of a
    # scale of signs ("--", "-", "0", "+"). A number of zeros is no sign: the dash is warned of.
    codes = {"none": "000", "gas": "201", "nuclear": "202", "renewables": "203", "renewables|gas": "203|201"}
    for off_topic in ("000", "0"):
        frame = energy_frame[["text", "labels"]].copy()
        frame["labels"] = frame["labels"].replace({**codes, "none": off_topic})
        frame.loc[[20, 21, 22], "labels"] = "-"
        with pytest.warns(stance.StanceWarning, match=r"^labels_column='labels': rows 20, 21, 22 have the label '-', "
                                                      r"a dash, what a person types in a cell that has no value"):
            assert "-" in stance.train(frame, none_label=off_topic).labels
    # A scale whose minus steps a word processor wrote as minus signs (U+2212) is still a scale.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scale = energy_frame[["text"]].assign(labels=[("\u2212\u2212", "-", "0", "+")[i % 4] for i in range(64)])
        assert "-" in stance.train(scale, none_label=None, threshold_folds=0).labels


def test_an_off_topic_label_miswritten_on_a_row_without_a_stance_is_named_as_such(energy_frame):
    # "NONE" or "nnoe" for "none" was told only "row 48 has a target but no stance", though
    # the stance was missing because the row is off-topic and its label was miswritten.
    frame = energy_frame.copy()
    for written, how in (("NONE", "differs from the off-topic label 'none' only in case"),
                         ("None", "differs from the off-topic label 'none' only in case"),
                         ("nnoe", "looks like a misspelling of the off-topic label 'none'")):
        frame.loc[48, "labels"] = written
        with pytest.raises(InvalidInputError, match=rf"^stance_column='stance': row 48 has a target but no stance; "
                                                    rf"row 48's label '{written}' {how}; write the label 'none' if "
                                                    rf"the statement takes no position, else give the row a stance "
                                                    rf"value$"):
            stance.train(frame, stance_column="stance")
    # A target's row without a stance is not blamed on the off-topic label.
    frame.loc[0, "stance"] = None
    with pytest.raises(InvalidInputError, match=r"^stance_column='stance': rows 0, 48 have a target but no stance; "
                                                r"row 48's label 'nnoe' looks like a misspelling of the off-topic "
                                                r"label 'none'; write the label 'none' if the statement takes no "
                                                r"position, else give the row a stance value; give every row with a "
                                                r"target a stance value$"):
        stance.train(frame, stance_column="stance")


def test_a_stance_on_an_off_topic_row_is_said_to_be_ignored(energy_frame, tmp_path, capsys):
    # A stance written on a 'none' row was dropped without a word; in a three-class scheme
    # whose 'neutral' was only ever given to 'none' rows, the class itself vanished.
    from stance.cli import main

    frame = energy_frame.copy()
    frame.loc[48, "stance"] = "favor"
    with pytest.warns(stance.StanceWarning, match=r"^stance_column='stance': row 48 has the off-topic label 'none' "
                                                  r"and a stance \('favor'\), which is ignored: an off-topic "
                                                  r"statement takes no position; if the stance is meant as a class "
                                                  r"of its own, give those rows a target$"):
        model = stance.train(frame, stance_column="stance")
    assert model.stance_classes == ("against", "favor")
    # A model fitted directly names the row by its position.
    with pytest.warns(stance.StanceWarning, match=r"^stance: row 48 has the off-topic label 'none'"):
        StanceModel().fit(frame.text, frame.labels, stance=frame.stance)
    neutral = energy_frame.assign(stance=energy_frame.stance.fillna("neutral"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(neutral, stance_column="stance")
    said = [str(w.message) for w in caught if "off-topic label" in str(w.message)]
    assert said == ["stance_column='stance': rows 48, 49, 50 and 13 more have the off-topic label 'none' and a "
                    "stance ('neutral'), which is ignored: an off-topic statement takes no position, so 'neutral', "
                    "given to off-topic rows only, is dropped from the stance classes; if the stance is meant as a "
                    "class of its own, give those rows a target"]
    assert model.stance_classes == ("against", "favor")
    # Said once by the command line's train, check and cross-validation, not once a fold.
    neutral.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 0
    assert main(["check", str(tmp_path / "data.csv"), "--folds", "3"]) == 0
    assert capsys.readouterr().err.count("is dropped from the stance classes") == 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(neutral, folds=3)
    assert sum("dropped from the stance classes" in str(w.message) for w in caught) == 1


def test_none_combined_with_a_target_is_refused(energy_frame):
    frame = energy_frame.copy()
    frame.loc[2, "labels"] = "none|gas"
    with pytest.raises(InvalidInputError, match="row 2 combines 'none'"):
        stance.train(frame)
    # An audit by a political scientist: such a row with a stance was refused rightly, and warned
    # of too, as an off-topic row whose stance is ignored: it is not off-topic, it is refused.
    assert frame.loc[2, "stance"] == "favor"
    with pytest.raises(InvalidInputError, match="row 2 combines 'none'"), warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        stance.train(frame, stance_column="stance")


def test_a_stance_per_label_joined_with_the_separator_is_refused(energy_frame):
    # From an audit: a multi-label scheme that records a stance per label ("favor|against" for
    # "renewables|gas") trained each joined value as a stance class of its own, in silence.
    frame = energy_frame.copy()
    targets = frame.index[frame["labels"] != "none"]
    frame.loc[targets[:3], "labels"] = "renewables|gas"
    frame.loc[targets[:3], "stance"] = ["favor|against", "against|against", "favor|favor"]
    frame.loc[targets[5], "labels"] = ""  # another problem: both are named, the joined stances once
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, stance_column="stance")
    message = str(raised.value)
    assert "2 problems" in message and f"row {targets[5]} has no label" in message, message
    assert (f"rows {targets[0]}, {targets[1]}, {targets[2]} hold stance values joined by '|' ('favor|against'), "
            "which would train as stance values of their own; a row has one stance, towards its primary (first) "
            "label: give each that label's stance alone ('favor' of 'favor|against'") in message, message
    frame.loc[targets[5], "labels"] = "gas"
    with pytest.raises(InvalidInputError, match=r"hold stance values joined by '\|'"):
        stance.cross_validate(frame, folds=3, stance_column="stance")
    frame.loc[targets[:3], "stance"] = ["favor", "against", "favor"]  # the first label's stance alone
    assert stance.train(frame, stance_column="stance").stance_classes == ("against", "favor")


def test_unknown_file_type_and_unknown_option(tmp_path, energy_frame):
    (tmp_path / "data.xlsx").write_text("x")
    with pytest.raises(InvalidInputError, match="unknown file type '.xlsx'"):
        stance.train(tmp_path / "data.xlsx")
    with pytest.raises(InvalidInputError, match="unknown training option"):
        stance.train(energy_frame, learning_rate=3)


def test_a_model_used_before_fit_is_scikit_learns_not_fitted_error_too():
    # A review: `except sklearn.exceptions.NotFittedError`, as scikit-learn's users write it,
    # missed stance.NotFittedError. It is scikit-learn's too once scikit-learn is loaded (as the
    # caller's except has it), and a load of stance without scikit-learn still loads none.
    import pickle

    import sklearn.exceptions

    with pytest.raises(sklearn.exceptions.NotFittedError) as raised:
        StanceModel().predict(["x"])
    error = raised.value
    assert isinstance(error, stance.NotFittedError) and isinstance(error, (ValueError, AttributeError))
    assert type(error).__name__ == "NotFittedError" and str(error).startswith("this StanceModel is not fitted yet")
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, sklearn.exceptions.NotFittedError) and again.args == error.args
    # A review of e65f6d1: pickled (through joblib, multiprocessing), its notes and attributes
    # were lost, where an exception's own pickling keeps them.
    error.batch = 3
    if sys.version_info >= (3, 11):  # add_note came with Python 3.11
        error.add_note("while scoring batch 3")
    again = pickle.loads(pickle.dumps(error))
    assert again.batch == 3 and getattr(again, "__notes__", None) == getattr(error, "__notes__", None)
    script = ("import sys, stance\ntry:\n    stance.StanceModel().classify('x')\nexcept stance.NotFittedError:\n"
              "    print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["False"], out.stderr


def test_estimator_protocol(energy_frame):
    model = StanceModel(C=5.0)
    assert model.get_params()["C"] == 5.0
    assert model.set_params(C=2.0).C == 2.0
    with pytest.raises(stance.NotFittedError):
        model.predict(["x"])
    clone = model.clone()
    assert clone.get_params() == model.get_params() and clone is not model
    model.fit(energy_frame.text, energy_frame.labels, stance=energy_frame.stance)
    assert list(model.classes_) == ["gas", "none", "nuclear", "renewables"]
    proba = model.predict_proba(["wind", "reactors"])
    assert proba.shape == (2, 4) and ((proba >= 0) & (proba <= 1)).all()


def test_works_with_scikit_learn_model_selection(energy_frame):
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV, cross_val_score

    primary = energy_frame.labels.str.split("|").str[0]
    model = StanceModel(threshold_folds=0)
    assert clone(model).get_params() == model.get_params()
    scores = cross_val_score(model, energy_frame.text, primary, cv=4)
    assert scores.shape == (4,) and scores.mean() > 0.4
    search = GridSearchCV(StanceModel(threshold_folds=0), {"C": [1.0, 30.0]}, cv=3)
    search.fit(energy_frame.text, primary)
    assert search.best_params_["C"] in (1.0, 30.0)
    assert search.predict(["more solar panels"])[0] == "renewables"


def _eleven_words() -> tuple[list[str], list[str], list[str]]:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo"]
    texts = [f"{w} {w} statement number {i} about {w}" for w in words for i in range(9)]
    return words, texts, [w for w in words for i in range(9)]


def test_labels_given_as_integers_are_ordered_as_scikit_learn_encodes_them():
    # An ML engineer's audit: cross_val_predict and CalibratedClassifierCV pass y encoded as
    # 0..10, which were stored as text sorted as text ('0', '1', '10', '2', ...), so the columns
    # of predict_proba were not in LabelEncoder's order: 18% right where predict was 100%.
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.model_selection import cross_val_predict

    words, texts, y = _eleven_words()
    codes = np.array([words.index(label) for label in y])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = StanceModel(none_label=None, threshold_folds=0).fit(texts, codes)
        assert list(model.classes_) == [str(code) for code in range(11)]
        proba = cross_val_predict(StanceModel(none_label=None, threshold_folds=0), texts, y, cv=3,
                                  method="predict_proba")
        assert (np.array(sorted(words))[proba.argmax(1)] == np.array(y)).mean() == 1.0
        calibrated = CalibratedClassifierCV(StanceModel(none_label=None, threshold_folds=0), cv=3,
                                            ensemble=False).fit(texts, y)
        assert (calibrated.predict(texts) == np.array(y)).mean() == 1.0
    # Labels given as text keep their order, the text's.
    text_model = StanceModel(none_label=None, threshold_folds=0).fit(texts, [str(code) for code in codes])
    assert list(text_model.classes_) == sorted(str(code) for code in range(11))


def _twelve_codes() -> tuple[list[str], list[int]]:
    words = [*_eleven_words()[0], "lima"]
    texts = [f"{w} {w} statement number {i} about {w}" for w in words for i in range(9)]
    return texts, [k for k in range(len(words)) for i in range(9)]


def test_whole_number_labels_are_ordered_by_value_however_they_come():
    # A review of bfcebe4: whole floats (np.array([0., 1., ..., 11.])) and a DataFrame's int
    # column given to stance.train were still ordered as text ('0', '1', '10', '11', '2', ...),
    # so predict_proba's columns were not np.unique(y)'s, the order scikit-learn reads them in.
    from sklearn.metrics import log_loss
    from sklearn.model_selection import cross_val_predict

    texts, codes = _twelve_codes()
    by_value = [str(code) for code in range(12)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for y in (np.array(codes, dtype=float), [float(c) for c in codes], pd.Series(codes, dtype="float32"),
                  [np.int64(c) for c in codes], [[np.int32(c)] for c in codes]):
            model = StanceModel(none_label=None, threshold_folds=0).fit(texts, y)
            assert list(model.classes_) == by_value
        floats = np.array(codes, dtype=float)
        model = StanceModel(none_label=None, threshold_folds=0).fit(texts, floats)
        # log_loss reads the columns as np.unique(y_true) orders them, as LabelBinarizer does.
        proba = model.predict_proba(texts)
        assert (np.unique(floats)[proba.argmax(1)] == floats).all()
        assert log_loss(floats, proba) < 1.0
        proba = cross_val_predict(StanceModel(none_label=None, threshold_folds=0), texts, floats, cv=3,
                                  method="predict_proba")
        assert (np.unique(floats)[proba.argmax(1)] == floats).mean() == 1.0
        trained = stance.train(pd.DataFrame({"text": texts, "labels": codes}), none_label=None, threshold_folds=0)
        assert trained.labels == tuple(by_value) and list(trained.classes_) == by_value
        proba = trained.predict_proba(texts)
        assert (np.unique(codes)[proba.argmax(1)] == np.array(codes)).all()
    # Text keeps the text's order, at fit and in stance.train.
    assert StanceModel(none_label=None, threshold_folds=0).fit(texts, [str(c) for c in codes]).labels == tuple(
        sorted(by_value))
    text_frame = pd.DataFrame({"text": texts, "labels": [str(c) for c in codes]})
    assert stance.train(text_frame, none_label=None, threshold_folds=0).labels == tuple(sorted(by_value))


def test_a_label_indicator_matrix_is_refused_saying_what_to_pass():
    # An ML engineer's audit: MultiLabelBinarizer's output with 2 labels was read as (labels,
    # stance) columns and trained the labels '0' and '1' in silence; with 5 it was refused as
    # "must have 2 columns (labels, stance)"; sparse rows became labels named "<Compressed ...".
    import scipy.sparse as sp
    from sklearn.preprocessing import MultiLabelBinarizer

    words, texts, y = _eleven_words()
    indicator = MultiLabelBinarizer().fit_transform([[label] for label in y])
    for matrix in (indicator, indicator[:, :2], indicator.astype(bool), sp.csr_matrix(indicator),
                   pd.DataFrame(indicator, columns=words)):
        with pytest.raises(InvalidInputError, match=r"^y is a label-indicator matrix .*a list of labels per row.*"
                                                    r"\"a\|b\".*cross_val_score"):
            StanceModel(none_label=None, threshold_folds=0).fit(texts, matrix)
    # A (labels, stance) array of text is no indicator matrix.
    pairs = np.array([["gas" if i % 2 else "wind", "favor" if i % 3 else "against"] for i in range(12)], dtype=object)
    model = StanceModel(none_label=None, threshold_folds=0).fit([f"text {i} {i % 2}" for i in range(12)], pairs)
    assert model.labels == ("gas", "wind") and model.stance_classes == ("against", "favor")
    # A review: one column of 0/1 is one label a row, told as a column too few, as before; and
    # score(X, y) of a model fitted on 0/1 codes of (labels, stance) reads its own labels in them.
    with pytest.raises(InvalidInputError, match=r"must have 2 columns \(labels, stance\), got 1"):
        one_column = pd.DataFrame({"labels": [i % 2 for i in range(len(texts))]})
        StanceModel(none_label=None, threshold_folds=0).fit(texts, one_column)
    coded = pd.DataFrame({"labels": [i % 2 for i in range(12)], "stance": [i % 3 == 0 for i in range(12)]}).astype(int)
    texts12 = [f"text {i} {i % 2}" for i in range(12)]
    fitted = StanceModel(none_label=None, threshold_folds=0).fit(texts12, coded)
    assert 0.0 <= fitted.score(texts12, coded.to_numpy()) <= 1.0


def test_a_label_indicator_matrix_as_a_list_of_lists_is_refused_too():
    # A review of 603f532: the numpy matrix was refused, its .tolist() trained the labels '0'
    # and '1' in silence, each row read as a set of label ids.
    texts = [f"text {i} {i % 3}" for i in range(12)]
    for columns in (3, 2):
        rows = [[1 if j == i % columns else 0 for j in range(columns)] for i in range(12)]
        for y in (rows, [tuple(row) for row in rows], [[bool(v) for v in row] for row in rows]):
            with pytest.raises(InvalidInputError, match=rf"^y is a label-indicator matrix \(list of 12 rows and "
                                                        rf"{columns} columns of 0/1.*a list of labels per row"):
                StanceModel(none_label=None, threshold_folds=0).fit(texts, y)
    # Lists of labels stay labels: of text, of label ids in rows of any length, one 0/1 a row.
    strings = [[["a", "b"], ["b"], ["a"]][i % 3] for i in range(12)]  # not one set in every row (refused)
    assert StanceModel(none_label=None, threshold_folds=0).fit(texts, strings).labels == ("a", "b")
    with warnings.catch_warnings():  # labels given as ints are told they are names
        warnings.simplefilter("ignore")
        for ids in ([[3] if i % 2 else [1, 2] for i in range(12)], [[3, 1] if i % 2 else [1, 2] for i in range(12)]):
            assert StanceModel(none_label=None, threshold_folds=0).fit(texts, ids).labels == ("1", "2", "3")
        one_column = StanceModel(none_label=None, threshold_folds=0).fit(texts, [[i % 2] for i in range(12)])
    assert one_column.labels == ("0", "1")


def test_the_advice_given_a_list_indicator_matrix_works_when_followed():
    # A review of 19d04a7: the advice's mlb.inverse_transform(y) read a list's .shape; rows of
    # label ids 0 and 1 were told nothing of writing them as text; and a (labels, stance) pair
    # of 0/1 lists was called a matrix, where its lengths differ from the texts'.
    from sklearn.preprocessing import MultiLabelBinarizer

    texts = [f"text {i} {i % 3}" for i in range(12)]
    gold = [["aid", "jets"] if i % 3 == 0 else ["aid"] if i % 3 == 1 else ["jets"] for i in range(12)]
    mlb = MultiLabelBinarizer()
    y = mlb.fit_transform(gold).tolist()
    with pytest.raises(InvalidInputError) as refused:
        StanceModel(none_label=None, threshold_folds=0).fit(texts, y)
    advice = re.search(r"\(\[(list\(labels\) for labels in mlb\.inverse_transform\(.*?\))\]\) or ",
                       str(refused.value)).group(1)
    followed = eval(f"[{advice}]", {"mlb": mlb, "np": np, "y": y})  # the advice, as written
    assert StanceModel(none_label=None, threshold_folds=0).fit(texts, followed).labels == ("aid", "jets")
    # Not the same pair in every row, which trains nothing (refused as such).
    ids = [[[0, 1], [1, 0], [1, 1], [0, 0]][i % 4] for i in range(12)]
    with pytest.raises(InvalidInputError, match=r"\[\['0', '1'\], \['1', '0'\], …\]"):
        StanceModel(none_label=None, threshold_folds=0).fit(texts, ids)
    as_text = [[str(v) for v in row] for row in ids]
    assert StanceModel(none_label=None, threshold_folds=0).fit(texts, as_text).labels == ("0", "1")
    with pytest.raises(InvalidInputError, match="same length"):
        StanceModel(none_label=None, threshold_folds=0).fit(texts, ([0, 1] * 6, [1, 0] * 6))


def test_repr_names_an_option_given_as_an_array_or_a_series():
    # An ML engineer's audit: repr compared each option with its default by !=, which for a
    # numpy array or a pandas Series is elementwise: "truth value of an array is ambiguous".
    for words in (np.array(["not", "never"]), pd.Series(["not", "never"]), np.array([], dtype=str)):
        shown = repr(StanceModel(negation_words=words, C=5.0))
        assert shown.startswith("StanceModel(") and "negation_words=" in shown and "C=5.0" in shown
    assert repr(StanceModel(C=30)) == "StanceModel() (not fitted)"  # the default, given as an int


def test_y_may_carry_labels_and_stance(energy_frame):
    model = StanceModel().fit(energy_frame.text, energy_frame[["labels", "stance"]])
    assert model.stance_classes == ("against", "favor")


def test_same_data_same_parameters(energy_frame):
    a = stance.train(energy_frame, stance_column="stance", random_state=3)
    b = stance.train(energy_frame.sample(frac=1.0, random_state=0).sort_index(), stance_column="stance",
                     random_state=3)
    for name, array in a.params_.arrays().items():
        assert array.tobytes() == b.params_.arrays()[name].tobytes(), name
    assert a.params_.vocabulary == b.params_.vocabulary


def test_the_label_fits_share_no_matrix_they_would_sort(energy_frame, monkeypatch):
    # Each liblinear fit sorts a non-canonical sparse matrix in place (np.max in scikit-learn's
    # fit does); two label fits of one fold doing so at once garbled it, rarely, and training
    # then gave another confidence calibration.
    import scipy.sparse as sp

    from stance import training

    fit_label, seen = training._fit_label, []

    def recording(x, y, options):
        seen.append(bool(sp.csr_matrix((x.data, x.indices, x.indptr), shape=x.shape).has_canonical_format))
        return fit_label(x, y, options)

    monkeypatch.setattr(training, "_fit_label", recording)
    stance.train(energy_frame, stance_column="stance", random_state=3)
    assert len(seen) > 4 and all(seen)


def test_a_single_label_scheme_predicts_one_label(energy_frame):
    single = energy_frame[~energy_frame.labels.str.contains("|", regex=False)]
    model = stance.train(single, stance_column="stance")
    predictions = model.classify_many([*single.text, "Wind farms, gas plants and reactors, all of them."])
    assert {len(p.labels) for p in predictions} == {1}


def test_an_off_topic_label_under_another_name_is_pointed_out(energy_frame):
    renamed = energy_frame.assign(labels=energy_frame.labels.replace({"none": "other"}))
    with pytest.raises(stance.InvalidInputError, match="if 'other' is your off-topic label, pass none_label='other'"):
        stance.train(renamed, stance_column="stance")
    with pytest.warns(stance.StanceWarning, match="none_label='none' is the label of no row"):
        stance.train(renamed)
    assert stance.train(renamed, stance_column="stance", none_label="other").classify("").label == "other"
    # Names are matched exactly: one in another case is pointed to, not taken for none.
    with pytest.warns(stance.StanceWarning, match=r"none_label='Other' is the label of no row, so every label is "
                                                  r"a target; labels are matched exactly: did you mean "
                                                  r"none_label='other'\?$"):
        stance.train(renamed, none_label="Other")
    # So is one in full width ('ｏｔｈｅｒ', a Chinese or Japanese keyboard's, as --none-label gives it
    # too), which was "the label of no row" with no word of 'other', though training refuses the
    # two as labels that differ only in width or case.
    with pytest.warns(stance.StanceWarning, match=r"none_label='ｏｔｈｅｒ' is the label of no row, so every label is "
                                                  r"a target; labels are matched exactly: did you mean "
                                                  r"none_label='other'\?$"):
        stance.train(renamed, none_label="ｏｔｈｅｒ")


def test_a_corpus_of_tens_of_thousands_keeps_the_ngrams_seen_once():
    # At 20,000 statements the cut-off used to drop them, which cost the bundled corpus
    # 0.006 challenge top-1 and 0.020 on the wire probe; it now starts at 50,000.
    from stance.training import auto_min_df

    assert [auto_min_df(n) for n in (100, 20_087, 49_999, 50_000, 199_999, 200_000)] == [1, 1, 1, 2, 2, 3]


def test_a_stance_column_left_out_is_said(energy_frame):
    # stance_column=None trains no stance head, while the command line and evaluate take a
    # "stance" column by default: the library says so rather than drop it silently.
    with pytest.warns(stance.StanceWarning, match="'stance' column.*stance_column='stance'"):
        model = stance.train(energy_frame)
    assert model.stance_classes == ()
    with pytest.warns(stance.StanceWarning, match="the check leaves out"):
        stance.find_label_issues(energy_frame, folds=3)


def test_a_labels_column_named_stance_is_no_stance_column(positions_frame):
    # A user audit: training on labels in a column "stance" warned that the 'stance' column was
    # left out and to pass stance_column='stance', which trained a stance head on the labels.
    data = positions_frame
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing is left out: the column is the labels
        model = stance.train(data, labels_column="stance", none_label=None, threshold_folds=0)
        stance.find_label_issues(data, labels_column="stance", folds=3, none_label=None)
        stance.train(data.rename(columns={"stance": "Stance"}), labels_column="Stance", none_label=None,
                     threshold_folds=0)
    assert model.labels == ("against", "favor", "neutral") and model.stance_classes == ()
    said = r"stance_column='stance' is the labels column too \(labels_column='stance'\)"
    with pytest.raises(InvalidInputError, match=said):
        stance.train(data, labels_column="stance", stance_column="stance", none_label=None, threshold_folds=0)
    with pytest.raises(InvalidInputError, match=said):
        stance.find_label_issues(data, labels_column="stance", stance_column="stance", folds=3, none_label=None)
    # Named otherwise, the same refusal: no column is both.
    with pytest.raises(InvalidInputError, match=r"stance_column='position' is the labels column too"):
        stance.train(data.rename(columns={"stance": "position"}), labels_column="position",
                     stance_column="position", none_label=None, threshold_folds=0)


def test_the_labels_column_given_as_the_text_column_too_is_refused(energy_frame, energy_model, capsys, tmp_path):
    # A workshop lecturer's audit: stance.train(df, "labels", stance_column="stance") (the second
    # argument is text_column) trained on the labels' names as texts, and stance.evaluate(m, df,
    # "labels") scored 1.000. Refused as the same column for labels and stance is, naming the
    # column that holds sentences.
    said = (r"text_column='labels' is the labels column too \(labels_column='labels'\).*"
            r"Column 'text' holds sentences .*text_column='text'")
    with pytest.raises(InvalidInputError, match=said):
        stance.train(energy_frame, "labels", stance_column="stance")
    with pytest.raises(InvalidInputError, match=said):
        stance.evaluate(energy_model, energy_frame, "labels")
    with pytest.raises(InvalidInputError, match=said):
        stance.cross_validate(energy_frame, text_column="labels", folds=3)
    with pytest.raises(InvalidInputError, match=said):
        stance.find_label_issues(energy_frame, "labels", folds=3)
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    from stance.cli import main

    status = main(["train", str(data), "-o", str(tmp_path / "m"), "--text-column", "labels"])
    err = capsys.readouterr().err
    assert status == 2 and not (tmp_path / "m").exists()
    assert "--text-column labels is the labels column too (--labels-column labels)" in err, err


def test_an_unknown_option_that_is_an_arguments_other_spelling_names_the_argument(energy_frame):
    # A workshop lecturer's audit: stance.train(data, label_column="labels") (and labels=, text=)
    # said "unknown training option(s) ['label_column']; valid options: [...]", 26 hyperparameters
    # and not labels_column. The argument it most likely meant is named.
    for given, meant in (("label_column", "labels_column"), ("labels", "labels_column"), ("text", "text_column"),
                         ("Stance_Column", "stance_column")):
        said = rf"unknown training option\(s\) \['{given}'\] \(did you mean the argument {meant}=\?\)"
        for call in (stance.train, stance.cross_validate, stance.find_label_issues):
            with pytest.raises(InvalidInputError, match=said):
                call(energy_frame, **{given: "labels"})
    with pytest.raises(InvalidInputError, match=r"\['c'\] \(did you mean 'C'\?\)"):  # an option, as before
        stance.train(energy_frame, c=1)
    # A review: an option's misspelling is that option's before it is an argument's.
    for given, meant in (("stance_c", "stance_C"), ("stance_cue", "stance_cues"), ("STANCE_C", "stance_C")):
        with pytest.raises(InvalidInputError, match=rf"\['{given}'\] \(did you mean '{meant}'\?\)"):
            stance.train(energy_frame, **{given: 2.0})
    # and an argument's is the argument's, where it is the closer (a second review)
    for given in ("stance_colum", "stance_columns", "stance_colunm"):
        with pytest.raises(InvalidInputError, match=rf"\['{given}'\] \(did you mean the argument stance_column=\?\)"):
            stance.train(energy_frame, **{given: "stance"})


def test_an_arguments_abbreviation_names_the_argument(energy_frame):
    # A review: stance_col= was told stance_C (a model option, the closer spelling) where the
    # stance_column it abbreviates was meant; an abbreviation names the argument it shortens.
    for given, meant in (("stance_col", "stance_column"), ("Stance_Col", "stance_column"),
                         ("lab_col", "labels_column"), ("text_col", "text_column")):
        for call in (stance.train, stance.cross_validate):
            with pytest.raises(InvalidInputError, match=rf"\['{given}'\] \(did you mean the argument {meant}=\?\)"):
                call(energy_frame, **{given: "stance"})
    for given, meant in (("stance_c", "stance_C"), ("stance_cue", "stance_cues")):  # options' still
        with pytest.raises(InvalidInputError, match=rf"\['{given}'\] \(did you mean '{meant}'\?\)"):
            stance.train(energy_frame, **{given: 2.0})


def test_a_stance_column_spelt_in_another_case_is_said(energy_frame, energy_model):
    # An instructor's audit: a hand-written header's "Stance" or "stance " was left out with
    # no word, by train and by evaluate and cross_validate, which take "stance" by default.
    for name in ("Stance", "stance "):
        frame = energy_frame.rename(columns={"stance": name})
        said = f"the data has a {name!r} column.*stance_column={name!r}"
        with pytest.warns(stance.StanceWarning, match=said):
            assert stance.train(frame, threshold_folds=0).stance_classes == ()
        with pytest.warns(stance.StanceWarning, match=said):
            metrics = stance.evaluate(energy_model, frame).metrics
        # No stance metric (the name asserted here before, "stance_macro_f1", is no metric's).
        assert not [metric for metric in metrics if metric.startswith("stance_")], metrics
        # As the same column, taken by name, gives them.
        assert "stance_f_avg" in stance.evaluate(energy_model, frame, stance_column=name).metrics
        with pytest.warns(stance.StanceWarning, match=said):
            stance.cross_validate(frame, folds=2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # asked for by name, or left out by name: nothing to say
        # of the column (energy_model's own training rows are told by their texts and labels)
        warnings.filterwarnings("ignore", "the model was trained on these very rows")
        stance.evaluate(energy_model, energy_frame.rename(columns={"stance": "Stance"}), stance_column=None)


def test_a_label_holding_the_separator_is_refused():
    texts = ["wind farms now", "no more turbines", "hello there"] * 4
    with pytest.raises(InvalidInputError, match=r"rows 1, 4, 7, 10 have a label containing '\|'"):
        stance.StanceModel(threshold_folds=0).fit(texts, [["a"], ["a|b"], ["none"]] * 4)


def test_the_same_statements_in_another_order_give_the_same_model(energy_frame):
    # Row order moved the secondary-label thresholds and, on a large corpus, liblinear's
    # coefficients (the tenth user audit); the rows are now put in content order first.
    a = stance.train(energy_frame, stance_column="stance")
    shuffled = energy_frame.sample(frac=1.0, random_state=7).reset_index(drop=True)
    b = stance.train(shuffled, stance_column="stance")
    assert not shuffled.text.equals(energy_frame.text)
    for name, array in a.params_.arrays().items():
        assert array.tobytes() == b.params_.arrays()[name].tobytes(), name
    assert a.training_["sha256"] == b.training_["sha256"]
    assert a.training_["sha256"] != stance.train(energy_frame.iloc[1:], stance_column="stance").training_["sha256"]


def test_texts_whose_line_ends_a_resave_changed_give_the_same_digest_and_model(energy_frame, tmp_path):
    # A CSV re-saved with CRLF line ends (Excel on Windows) keeps its multi-line texts' line
    # breaks as \r\n, and the training-data digest that `stance info` shows changed, though
    # the model read the same words: a reviewer could not tell the data was the same.
    frame = energy_frame.copy()
    for i in range(0, 20, 2):
        first, rest = frame.text[i].split(" ", 1)
        frame.loc[i, "text"] = f"{first}\n{rest}"
        # A page break (pdftotext's form feed) where another text breaks its line: sorted
        # before it with "\n", after it with "\r\n", which put the rows in another order.
        frame.loc[i + 1, "text"] = f"{first}\f{frame.text[i + 1]}"
    frame.to_csv(tmp_path / "lf.csv", index=False)
    saved = (tmp_path / "lf.csv").read_bytes()
    assert saved.count(b"\n") == len(frame) + 11 and b"\r" not in saved
    (tmp_path / "crlf.csv").write_bytes(saved.replace(b"\n", b"\r\n"))
    (tmp_path / "cr.csv").write_bytes(saved.replace(b"\n", b"\r"))
    models = [stance.train(tmp_path / name, stance_column="stance") for name in ("lf.csv", "crlf.csv", "cr.csv")]
    assert "\r\n" in stance.tables.read_table(tmp_path / "crlf.csv").text[0]  # the text as read keeps them
    assert len({model.training_["sha256"] for model in models}) == 1
    for other in models[1:]:
        for name, array in models[0].params_.arrays().items():
            assert array.tobytes() == other.params_.arrays()[name].tobytes(), name
    # The digest of the texts themselves: another word, another digest.
    frame.loc[0, "text"] += " again"
    assert stance.train(frame, stance_column="stance").training_["sha256"] != models[0].training_["sha256"]


def test_stance_cues_reach_the_stance_head_and_leave_the_labels_alone(energy_frame):
    texts, labels, stances = energy_frame.text, energy_frame.labels, energy_frame.stance
    with_cues = StanceModel(stance_cues=True).fit(texts, labels, stance=stances)
    without = StanceModel(stance_cues=False).fit(texts, labels, stance=stances)
    params = with_cues.params_
    stance_only = np.flatnonzero(~params.label_columns)
    kinds = {params.vocabulary[i].split("_")[0] for i in stance_only}
    assert kinds == {"NOT", "START"}
    assert not params.target_coef[stance_only].any()
    assert np.abs(params.stance_shared[stance_only]).sum() > 0
    # The label heads read the same columns, scaled the same way: equal up to the solver's tolerance.
    assert [params.vocabulary[i] for i in np.flatnonzero(params.label_columns)] == without.params_.vocabulary
    probes = [*texts[:40], "No more gas.", "Build reactors, not excuses.", "The hearing resumes."]
    np.testing.assert_allclose(with_cues.predict_proba(probes), without.predict_proba(probes), atol=1e-3)
    assert with_cues.predict(probes).tolist() == without.predict(probes).tolist()


def test_without_a_stance_head_no_stance_cues_are_made(energy_frame):
    model = StanceModel().fit(energy_frame.text, energy_frame.labels)
    assert model.params_.stance_only_features == () and model.params_.label_columns is None
    assert "opening" not in model.params_.analyzer_options
    assert not any(term.startswith(("NOT_", "START_")) for term in model.params_.vocabulary)


def test_with_negation_for_every_head_only_the_opening_word_is_the_stance_heads_own(energy_frame):
    model = StanceModel(negation=True).fit(energy_frame.text, energy_frame.labels, stance=energy_frame.stance)
    params = model.params_
    assert params.stance_only_features == ("START_",)
    negation_marks = [i for i, term in enumerate(params.vocabulary) if term.startswith("NOT_")]
    assert negation_marks and params.label_columns[negation_marks].all()
    assert params.target_coef[negation_marks].any()


def test_a_max_iter_past_a_c_int_trains_as_a_limit_never_reached(energy_frame):
    # An audit: max_iter=2**31 (or --option max_iter=10**20) died inside liblinear with a bare
    # OverflowError; a review of 2ab6965, which refused it: lbfgs (target_head="softmax")
    # trained with it. Both solvers take it now, and a limit no fit reaches is no limit.
    for options in ({}, {"target_head": "softmax"}):
        usual = stance.train(energy_frame, stance_column="stance", **options)
        vast = stance.train(energy_frame, stance_column="stance", max_iter=10**20, **options)
        assert vast.fitted_options_["max_iter"] == 10**20
        for name, array in usual.params_.arrays().items():
            assert array.tobytes() == vast.params_.arrays()[name].tobytes(), (options, name)


def test_a_training_stopped_by_max_iter_says_so_once_in_stance_s_own_warning(energy_frame,
                                                                             ignore_dependency_deprecations):
    # Only ConvergenceWarnings from inside scikit-learn, one per fit, which name no option
    # (the twentieth audit). stance's own says what to change; and it replaces them in Python
    # too, not on the command line alone (the training audit: 16 of them beside it).
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(energy_frame, stance_column="stance", max_iter=1)
        # scikit-learn's, from the caller's own fit, still said
        warnings.warn("Liblinear failed to converge, increase the number of iterations.", ConvergenceWarning,
                      stacklevel=1)
    ours = [w for w in caught if w.category is stance.StanceWarning]
    assert len(ours) == 1 and "max_iter=1: the solver stopped at this limit" in str(ours[0].message)
    assert "the stance head" in str(ours[0].message) and "the target head" in str(ours[0].message)
    assert [w.category for w in caught] == [stance.StanceWarning, ConvergenceWarning], [str(w.message) for w in caught]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ignore_dependency_deprecations()
        with pytest.raises(stance.StanceWarning, match="max_iter=1: the solver stopped"):
            stance.train(energy_frame, stance_column="stance", max_iter=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ignore_dependency_deprecations()
        stance.train(energy_frame, stance_column="stance")  # converged: nothing to say


@pytest.mark.parametrize("apart", ["y", "stance"])
def test_fit_refuses_texts_and_labels_in_different_row_orders(energy_frame, apart):
    # Before, fit paired them by position and trained on scrambled labels without a word.
    frame = energy_frame.set_axis([f"row{i}" for i in range(len(energy_frame))])
    shuffled = frame.sample(frac=1, random_state=0)
    y = shuffled.labels if apart == "y" else frame.labels
    stance_values = shuffled.stance if apart == "stance" else frame.stance
    with pytest.raises(InvalidInputError, match=f"X and {apart} hold the same rows in different orders"):
        StanceModel().fit(frame.text, y, stance=stance_values)


def test_score_and_a_scorer_refuse_texts_and_labels_in_different_row_orders(energy_frame, energy_model):
    # Before, both paired them by position as fit refuses to: score gave 0.20 for 1.0, silently,
    # and a grid search would have ranked its candidates on it.
    frame = energy_frame.fillna("").set_axis([f"row{i}" for i in range(len(energy_frame))])
    shuffled = frame.sample(frac=1, random_state=0)
    with pytest.raises(InvalidInputError, match=r"data and y hold the same rows in different orders.*"
                                                r"y = y\.loc\[data\.index\]"):
        energy_model.score(frame.text, shuffled.labels)
    with pytest.raises(InvalidInputError, match=r"X and y hold the same rows in different orders.*"
                                                r"y = y\.loc\[X\.index\]"):
        stance.scorer("macro_f1")(energy_model, frame.text, shuffled[["labels", "stance"]])
    # aligned as advised, the score of the rows in order
    aligned = shuffled.labels.loc[frame.index]
    assert energy_model.score(frame.text, aligned) == energy_model.score(frame.text, frame.labels)


def test_cross_val_score_of_a_frame_with_a_shuffled_index_still_scores(energy_frame):
    # Its folds are slices of X and y alike, indexes kept: the same rows in the same order.
    from sklearn.model_selection import KFold, cross_val_score

    frame = energy_frame.fillna("").sample(frac=1, random_state=0)  # index 17, 3, 40, …
    folds = KFold(3, shuffle=True, random_state=0)
    model = StanceModel(threshold_folds=0)
    own = cross_val_score(model, frame.text, frame.labels, cv=folds)
    scored = cross_val_score(model, frame.text, frame[["labels", "stance"]], cv=folds,
                             scoring=stance.scorer("macro_f1"))
    assert len(own) == len(scored) == 3 and own.min() > 0.5 and scored.min() > 0.3


@pytest.mark.parametrize(("row_names", "said"), [
    (["r0", "r1"], r"row_names must have one name per row of X: got 2 names for 5 rows"),
    ([], r"row_names must have one name per row of X: got 0 names for 5 rows"),
    ([{"id": 0}, 1, 2, 3, 4], r"row_names must be names, one value each \(a str, a number, a date…\): got a dict at "
                             r"position 0 \(\{'id': 0\}\)"),
    ("abcde", r"row_names must be a list \(or pandas Index\) of names, one per row of X, not a str \('abcde'\)"),
    (np.arange(10).reshape(5, 2), r"row_names must be one-dimensional, one name per row of X: got an array of "
                                  r"shape \(5, 2\)"),
    ([["a"], ["b"], ["c"], ["d"], ["e"]], r"row_names must be names, one value each \(a str, a number, a date…\): "
                                          r"got a list at position 0 \(\['a'\]\)"),
    # A review of 2d511c7: a Series a name, or a tuple holding a list, named rows over several lines.
    ([pd.Series([i]) for i in range(5)], r"row_names must be names, one value each .*: got a Series at position 0"),
    ([("a", [i]) for i in range(5)], r"row_names must be names, one value each .*: got a tuple at position 0"),
])
def test_fit_checks_row_names_before_they_name_a_row(row_names, said):
    # Before, none was checked: a later row problem raised IndexError (too few names) or
    # ValueError, or named row 'e' of a str, or row ['e'] of a list of lists.
    texts = ["cut the aid", "more aid now", "lovely weather", "rain again", ""]
    error = InvalidInputError if "must have one name per row" in said else InvalidTypeError
    with pytest.raises(error, match=said):
        StanceModel(threshold_folds=0).fit(texts, ["aid", "aid", "none", "none", "none"], row_names=row_names)


def test_fit_names_a_row_by_the_row_names_given(energy_frame):
    texts = ["cut the aid", "more aid now", "lovely weather", "rain again", ""]
    labels = ["aid", "aid", "none", "none", "none"]
    for row_names, named in ((["r0", "r1", "r2", "r3", "r4"], "row 'r4'"), (np.array([7, 8, 9, 10, 11]), "row 11"),
                             (pd.Index(list("abcde")), "row 'e'"), (range(5), "row 4"),
                             ([("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)], r"row \('e', 5\)")):
        with pytest.raises(stance.InvalidInputError, match=rf"X: {named} has no text"):
            StanceModel(threshold_folds=0).fit(texts, labels, row_names=row_names)


def test_row_names_of_floats_dates_and_gaps_name_rows_as_before(energy_frame):
    # A review of 3de15fe: names that named rows before were refused as not str or int, an id
    # column of floats with a gap, a DatetimeIndex's tolist(), a pandas array.
    texts = ["cut the aid", "more aid now", "lovely weather", "rain again", ""]
    labels = ["aid", "aid", "none", "none", "none"]
    days = list(pd.date_range("2024-01-01", periods=5))
    for row_names, named in (([0.5, 1.5, 2.5, 3.5, 4.5], "row 4.5"), (days, "row 2024-01-05"),
                             ([1.0, None, 3.0, 4.0, 5.0], "row 5.0"),
                             (pd.array([1, 2, 3, 4, 5], dtype="Int64"), "row 5"),
                             (pd.Series(["a", "b", "c", "d", "e"]), "row 'e'")):
        with pytest.raises(stance.InvalidInputError, match=rf"X: {named} has no text"):
            StanceModel(threshold_folds=0).fit(texts, labels, row_names=row_names)


def test_a_y_numbered_from_zero_beside_a_shuffled_x_is_told_both_remedies(energy_frame, energy_model):
    # A review of 469eca7: a y built in X's order (pd.Series(list)) beside an X of a shuffled
    # index was refused with the advice y.loc[X.index], which, followed, reordered it and
    # scored 0.23 for 1.0 without a word; fit said the same. A y numbered so may as well be the
    # frame's own beside a sorted X, which that advice aligns: both remedies are said, each
    # giving the score of the rows aligned.
    shuffled = energy_frame.fillna("").sample(frac=1, random_state=1)
    fresh, original = pd.Series(shuffled.labels.tolist()), energy_frame.fillna("").labels
    right = energy_model.score(shuffled.text, shuffled.labels)
    for y in (fresh, original):
        with pytest.raises(InvalidInputError, match=r"if y's index names data's rows, align them: y = "
                                                    r"y\.loc\[data\.index\]; if y was made in data's order.*"
                                                    r"pass y\.to_numpy\(\)"):
            energy_model.score(shuffled.text, y)
    assert energy_model.score(shuffled.text, fresh.to_numpy()) == right
    assert energy_model.score(shuffled.text, original.loc[shuffled.index]) == right
    with pytest.raises(InvalidInputError, match=r"if y's index names X's rows"):
        StanceModel(threshold_folds=0).fit(shuffled.text, fresh)
    # X numbered from 0 (reset_index, or a pipeline step's new index) beside a y of another order.
    with pytest.raises(InvalidInputError, match=r"y = y\.loc\[data\.index\]; if data was made in y's order "
                                                r"\(reset_index, or a pipeline step before the model that returns a "
                                                r"new index\), pass y\.to_numpy\(\)"):
        energy_model.score(shuffled.text.reset_index(drop=True), shuffled.labels)
    assert energy_model.score(shuffled.text.reset_index(drop=True), shuffled.labels.to_numpy()) == right


def test_fit_still_pairs_by_position_when_the_indexes_are_not_one_reordered(energy_frame):
    kept = energy_frame.iloc[::2]
    model = StanceModel().fit(kept.text, kept.labels.reset_index(drop=True), stance=kept.stance.tolist())
    assert model.training_["rows"] == len(kept)


def test_fit_names_a_table_given_for_one_column_of_texts(energy_frame):
    # A one-column array said every row "has no text"; each of its rows is an array.
    with pytest.raises(InvalidTypeError, match=r"X must be one column of texts, got an array of shape \(64, 1\)"):
        StanceModel().fit(energy_frame[["text"]].to_numpy(), energy_frame.labels)
    assert StanceModel().fit(energy_frame.text.to_numpy(), energy_frame.labels).labels == (
        "gas", "none", "nuclear", "renewables")


def test_fit_reads_a_y_of_named_labels_and_stance_columns_in_either_order(energy_frame):
    # Swapped, the stance was read as labels: "rows 0, 9, … have no label".
    frame = energy_frame.fillna("")
    swapped = StanceModel().fit(frame.text, frame[["stance", "labels"]])
    in_order = StanceModel().fit(frame.text, frame[["labels", "stance"]])
    assert swapped.labels == in_order.labels == ("gas", "none", "nuclear", "renewables")
    assert swapped.stance_classes == in_order.stance_classes


# -- one text given twice ----------------------------------------------------------------


def _with_copies(frame: pd.DataFrame, copies: dict[str, tuple[int, str, str | None, str]]) -> pd.DataFrame:
    """``frame`` indexed "r0", "r1", …, plus rows named by ``copies``' keys, each a copy of
    row ``i``'s text written as ``spelling`` ("{}" for the text) with the given labels and stance."""
    frame = frame.reset_index(drop=True)
    frame.index = [f"r{i}" for i in range(len(frame))]
    added = pd.DataFrame([{"text": spelling.format(frame.text.iloc[i]), "labels": labels, "stance": stance_}
                          for i, labels, stance_, spelling in copies.values()], index=list(copies))
    return pd.concat([frame, added])


def _stance_warnings(call) -> list[str]:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]


def test_one_text_given_different_labels_or_stances_is_warned_of_with_its_rows(energy_frame):
    # A file exported twice, or labelled by two annotators: training said nothing of a
    # statement labelled 'renewables' in one row and 'gas' in another.
    frame = energy_frame[["text", "labels", "stance"]]
    second = frame.text.iloc[20]
    assert frame.labels.iloc[0] == "renewables" and frame.stance.iloc[0] == "favor"
    assert frame.labels.iloc[20] == "nuclear"
    data = _with_copies(frame, {
        "copy-a": (0, "gas", "against", "{} "),  # a trailing space, as a second export writes it
        "copy-b": (20, frame.labels.iloc[20], "against" if frame.stance.iloc[20] == "favor" else "favor",
                   "{}"),
    })
    messages = [m for m in _stance_warnings(lambda: stance.train(data, stance_column="stance"))
                if "several rows" in m]
    assert len(messages) == 1
    message = messages[0]
    assert message.startswith("2 texts are given in several rows with different labels or stances: ")
    assert ("'Every new wind farm off our coast cuts the bill for families…': "  # cut to 60 characters
            "'renewables' (favor) in row 'r0', 'gas' (against) in row 'copy-a'; ") in message
    assert (f"{second!r}: 'nuclear' ({frame.stance.iloc[20]}) in row 'r20', "
            f"'nuclear' ({data.stance['copy-b']}) in row 'copy-b'.") in message
    assert "keep one row per text" in message


def test_copies_that_agree_train_without_a_warning(energy_frame):
    frame = energy_frame[["text", "labels", "stance"]]
    data = _with_copies(frame, {"copy": (0, frame.labels.iloc[0], frame.stance.iloc[0], "{}")})
    assert not [m for m in _stance_warnings(lambda: stance.train(data, stance_column="stance"))
                if "several rows" in m]


def test_copies_are_one_text_up_to_whitespace_and_unicode_form_not_case(energy_frame):
    import unicodedata

    frame = energy_frame[["text", "labels", "stance"]].reset_index(drop=True)
    frame.index = [f"r{i}" for i in range(len(frame))]
    written = "Café owners want cheaper gas."
    copies = pd.DataFrame({
        "text": [written,
                 unicodedata.normalize("NFD", written).replace(" ", "\u00a0", 1).replace("want", "want\n  "),
                 frame.text.iloc[0].upper()],
        "labels": ["gas", "none", "gas"], "stance": ["favor", None, "favor"]}, index=["nfc", "nfd", "upper"])
    assert copies.text.iloc[0] != copies.text.iloc[1]
    data = pd.concat([frame, copies])
    message = "\n".join(_stance_warnings(lambda: stance.train(data, stance_column="stance")))
    assert "1 text is given in several rows" in message
    assert f"{written!r}: 'gas' (favor) in row 'nfc', 'none' in row 'nfd'" in message
    assert "'upper'" not in message  # in capitals, another text to a reader


def test_labels_joined_by_a_comma_or_semicolon_are_said(energy_frame):
    # A user audit: "nuclear; gas" (several targets written as a spreadsheet lists them)
    # trained silently as a label of its own, which evaluate then warned of as several labels.
    joined = energy_frame.copy()
    rows = joined.index[joined.labels == "nuclear"][:6]
    joined.loc[rows, "labels"] = "nuclear; gas"
    with pytest.warns(stance.StanceWarning, match=r"'nuclear; gas' \(6: rows .*\) looks like the labels "
                                                  r"'nuclear' and 'gas' joined by ';'.*join them with '\|'"):
        model = stance.train(joined, stance_column="stance", threshold_folds=0)
    assert "nuclear; gas" in model.labels  # trained as written: a scheme may mean it
    with warnings.catch_warnings():  # a name holding a comma that is not two labels is left alone
        warnings.simplefilter("error", stance.StanceWarning)
        named = energy_frame.assign(labels=energy_frame.labels.str.replace("gas", "oil, gas and coal"))
        stance.train(named, stance_column="stance", threshold_folds=0)


@pytest.mark.parametrize("separator", ["；", "؛", "｜", "，", "、", "،", "／"])
def test_labels_joined_by_a_full_width_ideographic_or_arabic_separator_are_said(energy_frame, separator):
    # A Japanese and Arabic audit: "nuclear；gas" (or "、", "，", "｜", the Arabic "،") trained
    # silently as a label of its own, where "nuclear;gas" was warned of.
    joined = energy_frame.copy()
    rows = joined.index[joined.labels == "nuclear"][:6]
    joined.loc[rows, "labels"] = f"nuclear{separator}gas"
    with pytest.warns(stance.StanceWarning, match=rf"'nuclear{separator}gas' \(6: rows .*\) looks like the labels "
                                                  rf"'nuclear' and 'gas' joined by '{separator}'.*join them with '\|'"):
        stance.train(joined, stance_column="stance", threshold_folds=0)


def test_labels_joined_by_a_comma_are_said_as_most_rows_spell_them():
    # An instructor's audit: "join them with '|' (Unity|deterrence)" took the spelling of
    # one row, 'Unity', which the same run then refused as a case clash with 'unity'.
    labels = ["unity"] * 6 + ["Unity"] + ["deterrence"] * 6 + ["unity, deterrence"] + ["none"] * 6
    data = pd.DataFrame({"text": [f"Statement {i} on things." for i in range(len(labels))], "labels": labels})
    said = r"the labels 'unity' and 'deterrence' joined by ','.*join them with '\|' \(unity\|deterrence\)"
    with pytest.warns(stance.StanceWarning, match=said), pytest.raises(InvalidInputError, match="only in case"):
        stance.train(data)



def test_labels_joined_by_a_semicolon_are_advised_as_most_rows_spell_each(energy_frame):
    # An audit: beside 2 rows of 'Gas' and 14 of 'gas', 'nuclear;gas' was advised "join them with
    # '|', 'Nuclear|gas'" by the refusal that said in its first problem to use one spelling, where
    # the warning of the same run said 'nuclear|gas'; find_label_issues suggested 'Nuclear|Gas' for
    # it while suggesting 'nuclear' and 'gas' for the rows of 'Nuclear ' and 'Gas'.
    frame = energy_frame.copy()
    gas, nuclear = frame.index[frame.labels == "gas"], frame.index[frame.labels == "nuclear"]
    frame.loc[gas[:2], "labels"] = "Gas"
    frame.loc[nuclear[:2], "labels"] = "Nuclear "
    frame.loc[gas[2], "labels"] = "nuclear;gas"
    with pytest.warns(stance.StanceWarning, match=r"join them with '\|' \(nuclear\|gas\)"), \
            pytest.raises(InvalidInputError, match="only in case") as refused:
        stance.train(frame, stance_column="stance")
    assert "the labels 'nuclear' and 'gas' joined by ';'? join them with '|', 'nuclear|gas'" in str(refused.value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[gas[2]] == "nuclear|gas"
    assert issues.suggested_label[gas[0]] == "gas" and issues.suggested_label[nuclear[0]] == "nuclear"


def test_codes_or_words_joined_by_a_semicolon_are_said_though_none_is_a_label_alone():
    # A user audit of a Manifesto-style coder: "gas; wind" and "104;201.1", their parts given
    # alone in no row, trained silently as two labels of their own, where the README says such
    # a label is warned of. A semicolon between words or codes joins them; a comma or slash
    # between words may be a label's own ("Peace, security", "EU/NATO"), between codes not.
    def joined_warnings(written: list[str]) -> list[str]:
        codes = ["000"] * 100 + ["413"] * 100 + [name for name in written for _ in range(20)]
        data = pd.DataFrame({"text": [f"w{i % 13} filler{i % 7} x{i % 5}" for i in range(len(codes))],
                             "codes": codes})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model = stance.train(data, labels_column="codes", none_label="000", threshold_folds=0)
        assert set(written) <= set(model.labels)  # trained as written: a scheme may mean it
        return [str(w.message) for w in caught if "joined" in str(w.message)]

    said = joined_warnings(["gas; wind", "104;201.1"])
    assert said == ["labels: 2 labels look like several labels joined by ';', and each trains as a label of its "
                    "own: '104;201.1' (20: rows 220, 221, 222 and 17 more), 'gas; wind' (20: rows 200, 201, 202 "
                    "and 17 more); if the statements take each of the labels joined, join them with '|' "
                    "('104|201.1')"], said
    for codes in ("104, 105", "104/105"):
        said = joined_warnings([codes])
        assert len(said) == 1 and said[0].startswith(f"labels: {codes!r} (20: rows 200, 201, 202 and 17 more) looks "
                                                     f"like the labels '104' and '105' joined by "), said
    # Names that hold a comma or slash, and a code with a decimal comma, are labels of their own.
    assert joined_warnings(["Peace, security", "EU/NATO", "201,1", "arms control; Europe and the US"]) == []


def test_codes_joined_by_a_bare_comma_are_said_and_numbers_with_a_slash_are_not():
    # A reviewer: 42 rare labels "100,200", "101,201"… beside 000 and 413 were refused with
    # "did you swap the text and labels columns?", as a decimal comma hid the join, and such a
    # label with rows enough trained without a word; while "9/11", "24/7", "2022/23" and "1/2"
    # were each said to be "the labels '9' and '11' joined by '/'".
    def data(written: list[str], rows: int) -> pd.DataFrame:
        codes = ["000"] * 100 + ["413"] * 100 + [name for name in written for _ in range(rows)]
        return pd.DataFrame({"text": [f"w{i % 13} filler{i % 7} x{i % 5}" for i in range(len(codes))],
                             "codes": codes})

    pairs = [f"{100 + i},{200 + i}" for i in range(42)]
    with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
        warnings.simplefilter("ignore")
        stance.train(data(pairs, 1), labels_column="codes", none_label="000")
    message = str(raised.value)
    assert "did you swap" not in message, message
    assert (". Most of these labels look like several labels joined by ',': if the statements take each of the "
            "labels joined, join them with '|' ('100|200').") in message, message

    def joined_warnings(written: list[str]) -> list[str]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            model = stance.train(data(written, 20), labels_column="codes", none_label="000", threshold_folds=0)
        assert set(written) <= set(model.labels)  # trained as written
        return [str(w.message) for w in caught if "joined" in str(w.message)]

    said = joined_warnings(["104,105"])
    assert len(said) == 1 and said[0].startswith("labels: '104,105' (20: rows 200, 201, 202 and 17 more) looks like "
                                                 "the labels '104' and '105' joined by ','"), said
    # Dates, fractions and decimal commas join nothing.
    assert joined_warnings(["9/11", "24/7", "2022/23", "1/2", "201,1", "201,12"]) == []


def test_many_labels_joined_by_commas_or_semicolons_are_said_in_one_warning(energy_frame):
    # Six labels joined pairwise gave 30 warnings, one per combination (about 130 on a
    # 1,200-row file); and a rare combination was refused as "a typo of 'a;c'?".
    joined = energy_frame.copy()
    for label, written in (("nuclear", "nuclear; gas"), ("gas", "gas, renewables"),
                           ("renewables", "renewables;nuclear")):
        joined.loc[joined.index[joined.labels == label][:6], "labels"] = written
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(joined, stance_column="stance", threshold_folds=0)
    messages = [str(w.message) for w in caught if "joined" in str(w.message)]
    assert len(messages) == 1, messages
    assert messages[0].startswith("labels: 3 labels look like other labels joined by ',' or ';', and each trains as "
                                  "a label of its own: 'gas, renewables' (6: rows "), messages[0]
    assert "'nuclear; gas' (6: rows" in messages[0] and "join them with '|' ('gas|renewables')" in messages[0]
    rare = energy_frame.copy()
    rare.loc[rare.index[rare.labels == "nuclear"][:6], "labels"] = "nuclear;gas"
    rare.loc[rare.index[rare.labels == "gas"][:1], "labels"] = "nuclear;renewables"
    with warnings.catch_warnings(), pytest.raises(InvalidInputError, match="too few") as raised:
        warnings.simplefilter("ignore")
        stance.train(rare, stance_column="stance")
    message = str(raised.value)
    assert "'nuclear;renewables' (1: row 32; the labels 'nuclear' and 'renewables' joined by ';'? join them with " \
           "'|', 'nuclear|renewables')" in message, message
    assert "a typo of" not in message, message


def test_a_rare_label_joining_the_off_topic_label_is_told_the_other_label_as_the_check_suggests(energy_frame):
    # "none;gas" once was told "join them with '|', 'none|gas'" by training and cross_validate
    # (and their warning), a cell training then refuses: the off-topic label stands alone, so
    # it is told "gas", as stance check suggests it.
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "none;gas"
    told = ("'none;gas' (1: row 5; the labels 'none' and 'gas' joined by ';'? the off-topic label 'none' "
            "stands alone in a cell: label it 'gas')")
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(record=True) as caught, pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("always")
            run(frame, stance_column="stance")
        said = " ".join([str(raised.value)] + [str(w.message) for w in caught])
        assert told in str(raised.value) and "none|gas" not in said, said
    # Named otherwise by none_label, it is that label that stands alone; beside a join of two
    # targets (both told at once), those are joined.
    frame.loc[frame.labels == "none", "labels"] = "off_topic"
    frame.loc[5, "labels"] = "off_topic;gas"
    for joined, told in ((None, "the off-topic label 'off_topic' stands alone in a cell: label it 'gas'"),
                         ("nuclear;gas", "join them with '|' ('nuclear|gas'); the off-topic label 'off_topic' "
                                         "stands alone in a cell")):
        if joined:
            frame.loc[9, "labels"] = joined
        with warnings.catch_warnings(record=True) as caught, pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("always")
            stance.train(frame, stance_column="stance", none_label="off_topic")
        said = " ".join([str(raised.value)] + [str(w.message) for w in caught])
        assert told in str(raised.value) and "off_topic|gas" not in said, said


def test_a_rare_label_that_is_a_known_label_holding_a_comma_spaced_otherwise_is_a_typo_of_it(energy_frame):
    # "peace,security" once, beside "peace", "security" and "peace, security" (a label holding
    # a comma), was told by train and cross_validate to be split, 'peace|security': it is that
    # label without its space, named as its typo. "gas,oil" with no "gas, oil" still joins them.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "peace", "gas": "security", "renewables": "peace, security",
                                            "renewables|gas": "peace"})
    frame.loc[5, "labels"] = "peace,security"
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(record=True) as caught, pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("always")
            run(frame, stance_column="stance")
        said = " ".join([str(raised.value)] + [str(w.message) for w in caught])
        assert "'peace,security' (1: row 5; a typo of 'peace, security'?)" in str(raised.value), said
        assert "'peace,security' (1" not in " ".join(str(w.message) for w in caught if "joined" in str(w.message))
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "oil"})
    frame.loc[5, "labels"] = "gas,oil"
    with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
        warnings.simplefilter("ignore")
        stance.train(frame, stance_column="stance")
    assert "'gas,oil' (1: row 5; the labels 'gas' and 'oil' joined by ','? join them with '|', 'gas|oil')" \
        in str(raised.value), str(raised.value)


def test_a_rare_label_joining_the_off_topic_code_with_fewer_zeros_is_told_it_stands_alone(energy_frame):
    # With the off-topic label "000", "0;gas" once was told "join them with '|', '0|gas'" by
    # training, cross_validate and their warning: "0" is "000" without its leading zeros (as
    # training reads a none_label='0' beside '000'), the off-topic label, which joins no other.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"none": "000"})
    frame.loc[5, "labels"] = "0;gas"
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(record=True) as caught, pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("always")
            run(frame, stance_column="stance", none_label="000")
        said = " ".join([str(raised.value)] + [str(w.message) for w in caught])
        assert "'0;gas' (1: row 5; the labels '0' and 'gas' joined by ';'? the off-topic label '000' (written '0') " \
               "stands alone in a cell: label it 'gas')" in str(raised.value), said
        assert "0|gas" not in said, said
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance", none_label="000")
    assert issues.suggested_label[5] == "gas", issues


def test_a_common_label_spaced_otherwise_than_its_twin_is_still_warned_of_as_joined(energy_frame):
    # "unity;deterrence" in 6 rows beside "unity; deterrence" in 10 was left out of the warning of
    # joined labels, as the typo of its twin, yet no rare-label check names a label of 6 rows: both
    # trained silently. Only a rare one is that label's typo; a common one is warned of, as before.
    for spaced, bare in (("unity; deterrence", "unity;deterrence"), ("104, 105", "104,105")):
        frame = energy_frame.copy()
        frame["labels"] = frame.labels.replace({"renewables|gas": "gas"})
        frame.loc[list(range(10)), "labels"] = spaced
        frame.loc[list(range(10, 16)), "labels"] = bare
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.train(frame, stance_column="stance")
        joined = " ".join(str(w.message) for w in caught if "joined" in str(w.message))
        assert f"{bare!r} (6: rows 10, 11, 12 and 3 more)" in joined, joined


def _training_and_cross_validation_tell_row_5_the_join(frame: pd.DataFrame) -> None:
    """Both refuse ``frame``, naming its row 5's "gas, oil" and the join 'gas|oil', not a typo."""
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("ignore")
            run(frame, stance_column="stance")
        said = str(raised.value)
        assert "'gas, oil' (1: row 5" in said and "'gas|oil'" in said and "a typo of" not in said, said


def test_a_rare_label_spaced_otherwise_than_a_join_of_known_labels_is_told_to_join_them(energy_frame):
    # "gas, oil" once beside "gas,oil" twice, "gas" and "oil" labels, was named "a typo of
    # 'gas,oil'?" beside advice to join "gas,oil" with '|': both join known labels, and are told
    # so, as before "peace,security" was read as a typo. So with the off-topic label ("none,gas"
    # beside "none, gas"): the off-topic label stands alone.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "oil"})
    frame.loc[[17, 18], "labels"] = "gas,oil"
    frame.loc[5, "labels"] = "gas, oil"
    _training_and_cross_validation_tell_row_5_the_join(frame)
    frame = energy_frame.copy()
    frame.loc[[6, 7, 8, 9], "labels"] = "none, gas"
    frame.loc[5, "labels"] = "none,gas"
    with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
        warnings.simplefilter("ignore")
        stance.train(frame, stance_column="stance")
    said = str(raised.value)
    assert ("'none,gas' (1: row 5; the labels 'none' and 'gas' joined by ','? the off-topic label 'none' stands "
            "alone in a cell: label it 'gas')") in said and "a typo of" not in said, said


def test_a_rare_twin_of_a_join_of_known_labels_is_told_the_join_by_training_and_the_check_alike(energy_frame):
    # "gas, oil" once beside "gas,oil" in 4 rows: training (a label needs 3) named it "a typo of
    # 'gas,oil'?", the label check (rare below 5 folds) suggested 'gas|oil' for all five rows.
    # Below 5 rows, the default folds, the commoner spelling is a join told to join, by every check.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "oil"})
    frame.loc[[17, 18, 19, 20], "labels"] = "gas,oil"
    frame.loc[5, "labels"] = "gas, oil"
    _training_and_cross_validation_tell_row_5_the_join(frame)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[[5, 17, 18, 19, 20]].tolist() == ["gas|oil"] * 5, issues


def test_each_rare_label_joining_the_off_topic_label_is_told_its_own_cell(energy_frame):
    # "none;gas" in row 5 and "none,renewables" in row 20 were both told "label it 'renewables'",
    # wrong for row 5: each is told the cell it is to be, in the refusal and in the warning.
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "none;gas"
    frame.loc[20, "labels"] = "none,renewables"
    told = "label 'none,renewables' as 'renewables' and 'none;gas' as 'gas'"
    for run in (stance.train, stance.cross_validate):
        with warnings.catch_warnings(record=True) as caught, pytest.raises(InvalidInputError) as raised:
            warnings.simplefilter("always")
            run(frame, stance_column="stance")
        warned = " ".join(str(w.message) for w in caught if "joined" in str(w.message))
        assert told in warned and "label it" not in warned, warned
        said = str(raised.value)
        assert "label it 'renewables'" not in said.replace("'none,renewables' (1: row 20; the labels 'none' and "
                                                           "'renewables' joined by ','? the off-topic label 'none' "
                                                           "stands alone in a cell: label it 'renewables')", ""), said
    with warnings.catch_warnings(), pytest.raises(InvalidInputError) as raised:
        warnings.simplefilter("ignore")
        stance.train(frame, stance_column="stance")
    assert told in str(raised.value), str(raised.value)


def test_a_softmax_head_trains_when_a_threshold_fold_holds_out_every_row_of_a_label(corpus_frame):
    # The 3 rows of 'moon' (as few as training takes) all fall in one threshold fold: its
    # training rows lacked the label, and the softmax fold's weights lacked its column, which
    # failed training with numpy's "shape mismatch".
    frame = corpus_frame.sample(60, random_state=8).drop_duplicates("text")[["text", "labels"]]
    moon = pd.DataFrame({"text": ["The moon base budget must grow.", "Fund the moon base now.",
                                  "A moon base for all allies."], "labels": "moon"})
    data = pd.concat([frame.assign(labels=frame.labels.str.split("|").str[0]), moon], ignore_index=True)
    model = stance.train(data, target_head="softmax")
    assert model.classify("Fund the moon base now.").label == "moon"


def test_a_softmax_fold_without_a_label_gives_it_no_weights_and_a_low_bias():
    import scipy.sparse as sp

    from stance import training

    options = StanceModel(target_head="softmax").get_params()
    x = sp.random(40, 15, density=0.4, random_state=0, format="csr")
    classes = np.arange(40) % 3
    y = np.zeros((40, 4), dtype=np.int8)
    y[np.arange(40), np.array([0, 2, 3])[classes]] = 1  # label 1 held out
    coef, intercept = training._fit_softmax_head(x, y, options)
    alone, alone_intercept = training._fit_softmax_head(x, y[:, [0, 2, 3]], options)
    np.testing.assert_array_equal(coef[:, [0, 2, 3]], alone)
    np.testing.assert_array_equal(intercept[[0, 2, 3]], alone_intercept)
    assert not coef[:, 1].any() and intercept[1] == alone_intercept.min() - 10.0
    two = y[:, [0, 1, 2]][classes < 2]  # two labels present of three: scikit-learn keeps one row
    coef, intercept = training._fit_softmax_head(x[classes < 2], two, options)
    assert coef.shape == (15, 3) and not coef[:, 1].any()
    np.testing.assert_array_equal(coef[:, 0], -coef[:, 2])


def test_score_with_gold_weights_rows_by_sample_weight_and_refuses_other_options(energy_frame):
    # scikit-learn calls score(X, y, sample_weight=w) when a search routes weights; the
    # weights were dropped before, and options meant for a frame passed without a word.
    model = StanceModel(threshold_folds=0).fit(energy_frame.text, energy_frame.labels)
    texts = ["more solar panels", "more solar panels"]
    right, wrong = model.predict(texts[:1])[0], "none" if model.predict(texts[:1])[0] != "none" else "gas"
    assert model.score(texts, [right, wrong]) == 0.5
    assert model.score(texts, [right, wrong], sample_weight=[3, 1]) == 0.75
    with pytest.raises(stance.InvalidInputError, match="prefix"):
        model.score(texts, [right, wrong], prefix="pred_")
    with pytest.raises(stance.InvalidInputError, match="sample_weight"):
        model.score(texts, [right, wrong], sample_weight=[1])


def test_fit_names_rows_by_the_index_of_pandas_texts_or_labels_as_train_does():
    # fit named them by position ("row 6") where train, on the same frame, said "row 106".
    frame = pd.DataFrame({"text": list("abcdefg"), "labels": ["x"] * 3 + ["y"] * 3 + ["z"]},
                         index=range(100, 107))
    for X, y in [(frame.text, frame.labels), (frame.text.tolist(), frame.labels), (frame.text, frame.labels.tolist())]:
        with pytest.raises(InvalidInputError, match=r"too few for 'z' \(1: row 106\)"):
            StanceModel().fit(X, y)
    with pytest.raises(InvalidInputError, match=r"too few for 'z' \(1: row 6\)"):  # no index: positions
        StanceModel().fit(frame.text.tolist(), frame.labels.tolist())
    frame.loc[103, "text"] = " "
    with pytest.raises(InvalidInputError, match=r"row 103 has no text"):  # and in prepare_training's checks
        StanceModel().fit(frame.text, frame.labels)


def test_a_grid_search_fold_names_the_rows_of_the_frame_it_was_given():
    # GridSearchCV hands fit index-preserving slices of a Series, so a rare label is found by its index.
    from sklearn.model_selection import GridSearchCV, KFold

    frame = pd.DataFrame({"text": [f"text {i}" for i in range(9)], "labels": ["x"] * 4 + ["y"] * 5},
                         index=[f"r{i}" for i in range(9)])
    search = GridSearchCV(StanceModel(), {"C": [1]}, cv=KFold(3), error_score="raise")
    with pytest.raises(InvalidInputError, match=r"too few for 'x' \(1: row 'r3'\)"):
        search.fit(frame.text, frame.labels)


def test_a_threshold_tuned_on_few_rows_of_a_label_is_never_below_the_label_s_share_of_the_rows(energy_frame):
    # On 30 rows the tuned secondary-label thresholds fell to 0.05 (a user audit: 2.18 labels a
    # statement against 1.1 in gold, macro-F1 0.628 against 0.746 with threshold_folds=0): on a
    # handful of out-of-fold answers, F1 is best when the label joins every statement.
    sample = pd.concat([energy_frame.sample(32, random_state=0), energy_frame[energy_frame.labels.str.contains("|",
                                                                                                          regex=False)]])
    model = stance.train(sample)
    counts, rows = model.training_["label_counts"], model.training_["rows"]
    raised = model.training_["thresholds_raised"]
    assert raised["renewables"] == pytest.approx(0.05)  # what tuning gave it, on 7 rows of 33
    for label, threshold in zip(model.labels, model.params_.thresholds):
        if label != "none":  # each label has fewer than 20 rows here
            assert counts[label] < 20 and threshold == pytest.approx(max(threshold, counts[label] / rows), abs=1e-6)
            assert (label in raised) == (threshold == pytest.approx(counts[label] / rows, abs=1e-6))
    assert model.params_.thresholds[model.labels.index("renewables")] == pytest.approx(7 / 33)


def test_the_share_of_the_rows_bounds_a_threshold_only_below_twenty_rows_of_its_label():
    # Unit test of the rule on made-up out-of-fold answers: every row of 'a' gets 0.06 and
    # every other 0.04, so F1 is best at the grid's lowest threshold, 0.05, whatever the count.
    from stance.training import MIN_TUNING_POSITIVES, OutOfFold, _tune_thresholds

    assert MIN_TUNING_POSITIVES == 20
    for positives, expected in ((19, 19 / 76), (20, 0.05)):
        rows = 4 * positives
        y = np.zeros((rows, 3), dtype=np.int8)
        y[:positives, 0] = 1
        y[:, 1] = 1  # 'b' is every row's label, and primary
        p = np.column_stack([np.where(y[:, 0] == 1, 0.06, 0.04), np.full(rows, 0.9), np.full(rows, 0.01)])
        raised: dict = {}
        thresholds = _tune_thresholds(OutOfFold(p, y), y, ["a", "b", "none"], {"none_label": "none"}, raised)
        assert thresholds[0] == pytest.approx(expected)
        assert raised == ({"a": 0.05} if positives < 20 else {})


def test_a_threshold_whose_f1_ties_over_several_grid_values_is_the_middle_of_them_not_the_lowest():
    # A researcher's audit: on 2,000 rows whose near-copies leaked across the folds, every
    # threshold from 0.05 to 0.9 gave out-of-fold F1 1.0, and the first tried, 0.05, was kept:
    # 1.34 labels a statement on 300 held-out ones (gold 1.10). Made-up answers whose plateaus
    # are known by hand: 'b' is every row's primary label; 25 rows carry 'a' as well.
    from stance.training import FLAT_SPAN, THRESHOLD_GRID, OutOfFold, _tune_thresholds

    assert FLAT_SPAN == 0.25 and THRESHOLD_GRID[0] == 0.05 and THRESHOLD_GRID[-1] == 0.95
    y = np.zeros((100, 3), dtype=np.int8)
    y[:25, 0] = 1
    y[:, 1] = 1

    def tuned(positive, negative, y=y):
        p = np.column_stack([np.where(y[:, 0] == 1, positive, negative), np.full(100, 0.9), np.full(100, 0.01)])
        notes: dict = {}
        thresholds = _tune_thresholds(OutOfFold(p, y), y, ["a", "b", "none"], {"none_label": "none"}, {}, notes)
        return float(thresholds[0]), notes["thresholds_flat"].get("a")  # 'b', primary everywhere, is flat

    # 'a' at 0.7 and 0.8, the others at 0.1 and 0.2: F1 is 1 from 0.225 to 0.7, 20 grid values,
    # whose middle two are 0.45 and 0.475; the higher is taken (it was 0.225, the lowest).
    assert tuned(np.tile([0.7, 0.8], 50), np.tile([0.1, 0.2], 50)) == (pytest.approx(0.475), [0.225, 0.7])
    # At 0.4 against 0.3: 1 from 0.325 to 0.4, four values (0.35 and 0.375 in the middle), a run
    # narrower than FLAT_SPAN, which is not recorded.
    assert tuned(0.4, 0.3) == (pytest.approx(0.375), None)
    # Every grid value ties (0.97 against 0.01): the middle of 0.05 to 0.95, 37 values, is 0.5.
    assert tuned(0.97, 0.01) == (pytest.approx(0.5), [0.05, 0.95])
    # One best value is kept as it was: 'a' at 0.06, the rest at 0.04, only 0.05 separates them.
    assert tuned(0.06, 0.04) == (pytest.approx(0.05), None)
    # Two runs at the best F1, the longer one's middle: 'a' on two rows, at 0.85 and 0.3, and two
    # others at 0.5 (the rest at 0.1). From 0.125 to 0.3 (8 values) both rows of 'a' and the two
    # others are given, F1 4/6; from 0.525 to 0.85 (14 values) the first row alone, F1 2/3; 2/5
    # between. The middle two of the second run are 0.675 and 0.7.
    two = np.zeros((100, 3), dtype=np.int8)
    two[:2, 0], two[:, 1] = 1, 1
    assert tuned(np.r_[0.85, 0.3, np.zeros(98)], np.r_[0.0, 0.0, 0.5, 0.5, np.full(96, 0.1)], two) == (
        pytest.approx(0.7), [0.525, 0.85])


def test_stance_train_warns_of_thresholds_the_folds_did_not_place_as_the_command_says_them(words_of_their_own):
    # The scale audit: on 5,000 rows of a researcher's own labels `stance train` said "secondary at:
    # … unity 0.500 (flat from 0.050 to 0.950) …: check it on held-out data", stance.train nothing,
    # where it warns of a label of one text copied. Here each label is told by words of its own, so
    # the folds' answers are sure and every threshold from 0.05 up fits them alike.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(words_of_their_own)
    said = [str(w.message) for w in caught if issubclass(w.category, UserWarning) and "flat from" in str(w.message)]
    assert len(said) == 1, [str(w.message) for w in caught]
    flat = model.training_["thresholds_flat"]
    assert sorted(flat) == ["coal", "grants", "tax"]
    thresholds = dict(zip(model.labels, model.params_.thresholds))
    named = ", ".join(f"'{label}' ({thresholds[label]:.3f}, flat from {low:.3f} to {high:.3f})"
                      for label, (low, high) in flat.items())
    assert said[0].startswith(f"labels: the secondary-label thresholds of {named} are each the middle of a run of "
                              "thresholds at which the out-of-fold F1 was the same, not chosen by the folds")
    assert "check them on held-out data" in said[0]


def test_a_search_warns_once_of_thresholds_its_fits_did_not_place_not_once_a_fold(energy_frame, monkeypatch):
    # A review of 6c03e58b: the README's GridSearchCV recipe on the 64 rows of energy.csv gave three
    # warnings of flat thresholds, each naming one fold's ("'gas' (0.550, flat from 0.150 to 0.950)",
    # "'gas' (0.625, flat from 0.300 to 0.950), …"): the once-a-process rule of model selection
    # matched whole messages, and each fit's figures made its own. Now the warning is said once.
    from sklearn.model_selection import GridSearchCV

    from stance import exceptions
    from stance.model import FLAT_THRESHOLDS_WARNING

    monkeypatch.setattr(exceptions, "_given_in_model_selection", set(), raising=False)  # said by no earlier test
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        GridSearchCV(stance.StanceModel(), {"stance_C": [1, 30]}, scoring=stance.scorer("stance_f_avg")).fit(
            energy_frame.text, energy_frame[["labels", "stance"]].fillna(""))
    said = [str(w.message) for w in caught if re.match(FLAT_THRESHOLDS_WARNING, str(w.message))]
    assert len(said) == 1, said


def test_the_readme_says_why_a_search_needs_missing_stances_filled(energy_frame, monkeypatch):
    # A methodologist: the README's GridSearchCV recipe without .fillna("") stopped with numpy's
    # "TypeError: '<' not supported between instances of 'str' and 'float'" from scikit-learn's
    # type_of_target. scikit-learn reads y to choose its folds before any fit, so the model
    # cannot word it; the README says why the recipe fills the missing stances, and what is
    # seen without it.
    import re

    from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold, check_cv

    def never(*args, **kwargs):
        raise AssertionError("fit was reached")

    monkeypatch.setattr(StanceModel, "fit", never)
    y = energy_frame[["labels", "stance"]]
    assert y.stance.isna().any()
    with pytest.raises(TypeError, match="'<' not supported between instances of"):
        search = GridSearchCV(StanceModel(), {"C": [1, 30]}, scoring=stance.scorer("stance_f_avg"), cv=3)
        search.fit(energy_frame.text, y)
    # Filled, the two columns get scikit-learn's unstratified folds (a column of labels alone, stratified ones).
    assert type(check_cv(3, y.fillna(""), classifier=True)) is KFold
    assert type(check_cv(3, energy_frame.labels, classifier=True)) is StratifiedKFold
    text = re.sub(r"\s+", " ", (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8"))
    assert ("scikit-learn reads `y` to choose its folds before the model is fitted, and cannot sort the missing "
            "stance of an off-topic row among the strings: without `.fillna(\"\")` the search stops with numpy's "
            "`TypeError: '<' not supported between instances of 'str' and 'float'` (or 'float' and 'str')") in text


AMERICAN = ["We must spend more on defense.", "Congress should pass the defense bill now.",
            "Allies mobilized and prioritized the modernization of armored forces toward the east."]
BRITISH = ["We must spend more on defence.", "Congress should pass the defence bill now.",
           "Allies mobilised and prioritised the modernisation of armoured forces towards the east."]


def test_a_model_trained_with_the_spelling_option_reads_american_text_as_british(corpus_frame):
    # A user audit: the bundled model, trained on British text, gave "We must spend more on
    # defense." against where "...defence." is favor, and "Congress should pass the defense
    # bill now." none. Trained with spelling=True, the default, a model reads both the same.
    american_rows = corpus_frame.text.str.contains(r"\bdefense\b", case=False, na=False)
    assert american_rows.sum() == 49  # of the corpus's British rows, a few in American spelling (US wire copy)
    sample = pd.concat([corpus_frame[~american_rows].sample(1500, random_state=0), corpus_frame[american_rows]])
    model = stance.train(sample, stance_column="stance", threshold_folds=0)
    assert model.get_params()["spelling"] is True and model.params_.analyzer_options["spelling"] is True
    assert model.predict_proba(AMERICAN).tobytes() == model.predict_proba(BRITISH).tobytes()
    assert model.classify_many(AMERICAN) == model.classify_many(BRITISH) == [model.classify(t) for t in BRITISH]
    # spelling=False trains what stance before the option did: the two spellings two words.
    plain = stance.train(sample, stance_column="stance", threshold_folds=0, spelling=False)
    assert "spelling" not in plain.params_.analyzer_options and plain.get_params()["spelling"] is False
    assert (plain.predict_proba(AMERICAN) != plain.predict_proba(BRITISH)).any(axis=1).all()


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_spelling_option_that_is_no_bool_is_refused(energy_frame, value):
    with pytest.raises(InvalidInputError, match=r"spelling must be True or False"):
        stance.train(energy_frame, stance_column="stance", spelling=value)


@pytest.mark.parametrize("ngram_max", [21, 62, 10**9])
def test_an_ngram_max_above_twenty_is_refused_saying_why(energy_frame, ngram_max):
    # The training audit: every word starts up to ngram_max n-grams, so a large one blew up
    # time and memory (ngram_max=10**9 on 30 texts of 200 words: 48 s and 1.8 GB; of 400
    # words, not done in two minutes), where prediction already cut it to the vocabulary's.
    with pytest.raises(InvalidInputError, match=rf"^ngram_max must be at most 20 \(each word of a text begins up "
                                                rf"to ngram_max n-grams, so training time and memory grow with it\), "
                                                rf"got {ngram_max}$"):
        stance.train(energy_frame, stance_column="stance", ngram_max=ngram_max, threshold_folds=0)


def test_the_longest_ngram_max_trains_as_one_past_the_longest_statement_does(energy_frame):
    # n-grams stop at a statement's length, and a check that raised the vocabulary's size to
    # the power ngram_max once hung training for minutes.
    short = energy_frame[energy_frame.text.str.split().str.len() <= 12]
    longest = stance.train(short, stance_column="stance", ngram_max=20, threshold_folds=0)
    past = stance.train(short, stance_column="stance", ngram_max=16, threshold_folds=0)
    text = "Every new wind farm off our coast cuts the bill for families."
    assert longest.classify(text).scores == past.classify(text).scores


# Invisible format characters that text pasted from a web page or a word processor holds
# inside a word (a zero-width space, a word joiner, a byte-order mark, a zero-width joiner and
# non-joiner, a left-to-right mark), one each row in turn.
MARKS = ["\u200b", "\u2060", "\ufeff", "\u200d", "\u200c", "\u200e"]


def _marked(texts: list[str]) -> list[str]:
    """Each text with an invisible format character inside its last word, before that word's
    last letter (where no two rows of the energy corpus are alike yet, so that they keep their
    order by content)."""
    marked = []
    for i, text in enumerate(texts):
        at = max(j for j, char in enumerate(text) if char.isalpha())
        marked.append(text[:at] + MARKS[i % len(MARKS)] + text[at:])
    return marked


def test_a_model_trained_on_words_holding_invisible_characters_is_the_model_of_the_words(energy_frame):
    # Text pasted from the web holds zero-width spaces and joiners inside its words, which parted
    # each word in two the model never saw whole. With invisibles=True (the default) a word is
    # read as itself: the same rows so written train the same weights, byte for byte.
    from stance.data import content_order

    marked = energy_frame.assign(text=_marked(energy_frame.text.tolist()))
    assert (marked.text != energy_frame.text).all()
    assert content_order(marked.text.tolist(), [(x,) for x in marked.labels], None) == \
        content_order(energy_frame.text.tolist(), [(x,) for x in energy_frame.labels], None)
    clean, written = (stance.train(frame, stance_column="stance") for frame in (energy_frame, marked))
    assert written.params_.analyzer_options["invisibles"] is True
    assert written.params_.vocabulary == clean.params_.vocabulary
    for name in ("idf", "target_coef", "target_intercept", "thresholds", "stance_shared", "stance_intercept",
                 "confidence_calibration"):
        assert getattr(written.params_, name).tobytes() == getattr(clean.params_, name).tobytes(), name
    probes = ["Build more wind turbines.", "Gas is a detour.", *_marked(["Build more wind turbines.",
                                                                        "Gas is a detour."])]
    proba = written.predict_proba(probes)
    assert proba[:2].tobytes() == proba[2:].tobytes() == clean.predict_proba(probes[:2]).tobytes()
    # invisibles=False trains what stance before the option did: each such character parts its word.
    plain = stance.train(marked, stance_column="stance", invisibles=False)
    assert "invisibles" not in plain.params_.analyzer_options and plain.get_params()["invisibles"] is False
    assert len(plain.params_.vocabulary) > len(clean.params_.vocabulary)


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_an_invisibles_option_that_is_no_bool_is_refused(energy_frame, value):
    with pytest.raises(InvalidInputError, match=r"invisibles must be True or False"):
        stance.train(energy_frame, stance_column="stance", invisibles=value)


def test_a_model_trained_on_cannot_is_the_model_of_can_not(energy_frame, energy_model):
    # "The grid cannot cope…" and "families cannot afford…" (two rows of the energy corpus) gave
    # every model the word "cannot", after which no negation's scope opened, where "can't" was
    # always "can not". With cannot=True (the default) the same rows written "can not" train the
    # same weights, byte for byte, and the stance head reads "NOT_cope".
    from stance.data import content_order

    apart = energy_frame.assign(text=energy_frame.text.str.replace("cannot", "can not"))
    assert (apart.text != energy_frame.text).sum() == 2
    assert content_order(apart.text.tolist(), [(x,) for x in apart.labels], None) == \
        content_order(energy_frame.text.tolist(), [(x,) for x in energy_frame.labels], None)
    written = stance.train(apart, stance_column="stance")
    assert energy_model.params_.analyzer_options["cannot"] is True
    assert written.params_.vocabulary == energy_model.params_.vocabulary
    for name in ("idf", "target_coef", "target_intercept", "thresholds", "stance_shared", "stance_intercept",
                 "confidence_calibration"):
        assert getattr(written.params_, name).tobytes() == getattr(energy_model.params_, name).tobytes(), name
    assert "NOT_cope" in energy_model.params_.vocabulary and "cannot" not in energy_model.params_.vocabulary
    # cannot=False trains what stance before the option did: "cannot" one word, no negation after it.
    plain = stance.train(energy_frame, stance_column="stance", cannot=False)
    assert "cannot" not in plain.params_.analyzer_options and plain.get_params()["cannot"] is False
    assert "cannot" in plain.params_.vocabulary and "NOT_cope" not in plain.params_.vocabulary


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_cannot_option_that_is_no_bool_is_refused(energy_frame, value):
    with pytest.raises(InvalidInputError, match=r"cannot must be True or False"):
        stance.train(energy_frame, stance_column="stance", cannot=value)


def test_a_model_trained_on_dotted_handles_learns_them_as_names(energy_frame):
    # Posts that name "@gas.bsky.social" gave every model the words "gas", "bsky" and "social"
    # (the handle cut at its dots), so that the handle voted for gas. With handles=True (the
    # default) the handle is one word, a name the model learns as such; with links=False no
    # handle is a word, and the analyzer records the option off (get_params keeps what was asked).
    posts = energy_frame.assign(text=energy_frame.text + " @gas.bsky.social")
    named = stance.train(posts, stance_column="stance")
    assert named.params_.analyzer_options["handles"] is True
    assert "gas.bsky.soci" in named.params_.vocabulary and "bski" not in named.params_.vocabulary
    plain = stance.train(posts, stance_column="stance", handles=False)
    assert "handles" not in plain.params_.analyzer_options and plain.get_params()["handles"] is False
    assert "bski" in plain.params_.vocabulary and "gas.bsky.soci" not in plain.params_.vocabulary
    unlinked = stance.train(posts, stance_column="stance", links=False)
    assert "handles" not in unlinked.params_.analyzer_options and unlinked.get_params()["handles"] is True
    assert unlinked.params_.vocabulary == stance.train(posts, stance_column="stance", links=False,
                                                       handles=False).params_.vocabulary


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_handles_option_that_is_no_bool_is_refused(energy_frame, value):
    with pytest.raises(InvalidInputError, match=r"handles must be True or False"):
        stance.train(energy_frame, stance_column="stance", handles=value)


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_a_marks_option_that_is_no_bool_is_refused(energy_frame, value):
    with pytest.raises(InvalidInputError, match=r"marks must be True or False"):
        stance.train(energy_frame, stance_column="stance", marks=value)


def test_a_model_trained_with_marks_learns_a_word_with_its_marks(energy_frame):
    # Training's featuriser reads the option as the analyzer does: a stressed word of the
    # training data is the word without its stress mark, a Hindi word one word.
    rows = energy_frame.assign(text=energy_frame.text.str.replace("Gas", "Га\u0301з हिन्दी", regex=False))
    model = stance.train(rows, stance_column="stance")
    assert model.params_.analyzer_options["marks"] is True
    assert {"газ", "हिन्दी"} <= set(model.params_.vocabulary) and "ह" not in model.params_.vocabulary
    old = stance.train(rows, stance_column="stance", marks=False)
    assert "marks" not in old.params_.analyzer_options and {"га", "з", "ह"} <= set(old.params_.vocabulary)


def test_train_reads_its_rows_once_and_fits_what_fit_would(energy_frame, monkeypatch):
    # stance.train read and checked every row, then fit read and checked them again: a tenth
    # of the time to train on 200,000 short statements. Once now, and the same model.
    from stance import data

    by_fit = StanceModel().fit(energy_frame.text, energy_frame.labels, stance=energy_frame.stance)
    reads = []
    prepare = data.prepare_training
    monkeypatch.setattr(data, "prepare_training", lambda *args, **kwargs: reads.append(1) or prepare(*args, **kwargs))
    trained = stance.train(energy_frame, stance_column="stance")
    assert len(reads) == 1
    assert trained.training_["sha256"] == by_fit.training_["sha256"]
    assert [p.scores for p in trained.classify_many(energy_frame.text)] == [
        p.scores for p in by_fit.classify_many(energy_frame.text)]
    stance.read_labelled(energy_frame, stance_column="stance")
    assert len(reads) == 2


def test_the_advice_for_a_rare_label_puts_dropping_its_rows_first_and_says_what_no_folds_cost(energy_frame):
    # threshold_folds=0 turns off the threshold tuning and the confidence calibration of every
    # label, not only of the rare one: the advice said only that it "needs 2".
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "hydro"
    frame.loc[6, "labels"] = "hydro"
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    message = str(raised.value)
    assert "drop their rows" in message, message
    assert message.index("drop their rows") < message.index("threshold_folds=0"), message
    assert "every label" in message[message.index("threshold_folds=0"):], message
    assert "confidence" in message[message.index("threshold_folds=0"):], message


def test_a_separator_twin_refusal_names_a_dotted_spelling_of_the_same_words_and_lists_every_spellings_rows():
    # An audit: 'eu budget' (5) and 'eu-budget' (30) were told "use 'eu-budget', the commonest"
    # while 'eu.budget' (103) was in the data, so the next run warned that 'eu-budget' and
    # 'eu.budget' look like one name; and the spelling to keep was shown with one of its rows.
    rows = ([(f"The union budget line {i} is too big.", "eu.budget") for i in range(8)]
            + [(f"Brussels spends plan {i} badly.", "eu-budget") for i in range(5)]
            + [(f"Net contributor {i} pays too much.", "eu budget") for i in range(3)]
            + [(f"The football match {i} was fun.", "none") for i in range(6)])
    frame = pd.DataFrame(rows, columns=["text", "labels"])
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame)
    assert str(raised.value) == (
        "labels: label names differ only in the hyphens, underscores or spaces between their words: "
        "'eu budget' (3: rows 13, 14, 15) and 'eu-budget' (5: rows 8, 9, 10 and 2 more), and 'eu.budget' "
        "(8: rows 0, 1, 2 and 5 more) writes the same words with a dot; use 'eu.budget', the commonest, in every row")
    # A dotted code of digits is no spelling of them: "1.1" and "1-1" may be two codes.
    with pytest.raises(InvalidInputError) as raised:
        stance.train(_coded(("1_1", "1-1", "1.1")), labels_column="code", none_label=None)
    assert "dot" not in str(raised.value)


def _with_a_label_never_first(energy_frame: pd.DataFrame) -> pd.DataFrame:
    """``energy_frame`` with 'pensions' after the label of 6 rows, never first in any."""
    frame = energy_frame.copy()
    rows = frame.index[frame.labels == "nuclear"][:6]
    frame.loc[rows, "labels"] = "nuclear|pensions"
    return frame


def test_training_warns_of_a_label_never_first_in_any_row(energy_frame, tmp_path, capsys):
    # An audit: 'pensions', only ever a row's second label (50 rows), became the first label of
    # 44 of 51 predictions, its stance reported towards a code no stance row was of, with no word.
    from stance.cli import main

    frame = _with_a_label_never_first(energy_frame)
    with pytest.warns(stance.StanceWarning) as caught:
        stance.train(frame, stance_column="stance")
    said = [str(w.message) for w in caught if "never the first" in str(w.message)]
    assert len(said) == 1, [str(w.message) for w in caught]
    assert said[0].startswith("labels: 'pensions' (6 rows) is never the first label of a row"), said[0]
    assert "first" in said[0] and "main code" in said[0], said[0]
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 0
    assert "'pensions' (6 rows) is never the first label" in capsys.readouterr().err
    # Cross-validation warns of the whole data once, not of each fold's fit.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(frame, stance_column="stance", folds=2)
    assert len([w for w in caught if "never the first" in str(w.message)]) == 1
    # Each label first somewhere, and the off-topic label, which stands alone: no such warning.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(energy_frame, stance_column="stance")
        # Nor without stances (a review): no stance is given, so which label is first matters to nothing.
        stance.train(frame.drop(columns="stance"))
    assert not [w for w in caught if "never the first" in str(w.message)]


@pytest.mark.parametrize(("folds", "rows", "offered"), [(3, 2, 2), (5, 4, 4), (5, 3, 3)])
def test_a_label_too_rare_for_the_threshold_folds_is_offered_the_folds_its_rows_allow_first(folds, rows, offered,
                                                                                           monkeypatch):
    # threshold_folds=0 turns tuning and calibration off for every label; fewer folds need only
    # as many rows of the rare label as folds, and keep both. Followed literally, the advice trains.
    texts = [f"statement {i} on topic {i % 7} and words {i * 3}" for i in range(60)]
    labels = ["a"] * 28 + ["b"] * (32 - rows) + ["c"] * rows
    with pytest.raises(InvalidInputError) as raised:
        StanceModel(threshold_folds=folds, none_label=None).fit(texts, labels)
    message = str(raised.value)
    offer = f"Pass threshold_folds={offered} (on the command line --option threshold_folds={offered})"
    assert offer in message, message
    # Not a promise (a review): single-label data tune no second-label threshold, and calibration
    # needs enough answers right and wrong.
    assert "still tunes" not in message and "where the data allow it" in message, message
    assert message.index(offer) < message.index("drop their rows") < message.index("threshold_folds=0"), message
    import stance.training

    ran, calibrate = [], stance.training._calibrate_confidence
    monkeypatch.setattr(stance.training, "_calibrate_confidence",
                        lambda out_of_fold, notes=None: ran.append(out_of_fold) or calibrate(out_of_fold, notes))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the folds run: no warning that they could not
        StanceModel(threshold_folds=offered, none_label=None).fit(texts, labels)
    assert ran and ran[0] is not None  # out-of-fold answers: the threshold folds ran


def test_a_label_of_one_row_is_offered_no_fewer_folds():
    texts = [f"statement {i} on topic {i % 7}" for i in range(40)]
    with pytest.raises(InvalidInputError) as raised:
        StanceModel().fit(texts, ["a"] * 20 + ["b"] * 19 + ["c"])
    assert "Pass threshold_folds=" not in str(raised.value), raised.value


def test_a_folder_or_glob_records_the_files_it_read_and_their_digests(energy_frame, tmp_path, monkeypatch):
    # A folder's source was its name alone, a glob's the pattern: which files the model was
    # trained on, and which versions of them, were not recorded. Each is now, by its name from
    # the folder (as a row of it is named) and the SHA-256 of its bytes.
    import hashlib

    from stance.cli import main

    folder = tmp_path / "labelled"
    folder.mkdir()
    energy_frame[:40].to_csv(folder / "a.csv", index=False)
    energy_frame[40:].to_json(folder / "b.jsonl", orient="records", lines=True)
    (folder / "notes.txt").write_text("not read")
    expected = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in ("a.csv", "b.jsonl")}
    monkeypatch.chdir(tmp_path)
    for source in (folder, "labelled", "labelled/*"):
        model = stance.train(source, stance_column="stance", threshold_folds=0)
        assert model.training_["files"] == expected
    assert main(["train", "labelled/*", "-o", "m", "--option", "threshold_folds=0"]) == 0
    assert stance.load("m").training_["files"] == expected
    assert "files" not in stance.train(folder / "a.csv", threshold_folds=0).training_  # a file: its path is its source


@pytest.mark.parametrize("stances, held", [(["favor"] * 12, "one stance value, 'favor'"),
                                           ([""] * 12, "no stance values")])
def test_a_stance_column_that_could_train_no_stance_head_is_not_offered(tmp_path, stances, held):
    # A file whose stance column is all 'favor' (or blank) was told "pass stance_column='stance'
    # to use it", and doing so was refused: "need at least two different stance values".
    texts = [f"wind farm number {i}" for i in range(6)] + [f"coal mine number {i}" for i in range(6)]
    data = pd.DataFrame({"text": texts,
                         "labels": ["wind"] * 6 + ["coal"] * 6, "stance": stances})
    data.to_csv(tmp_path / "x.csv", index=False)
    for call in (lambda: stance.train(str(tmp_path / "x.csv")),
                 lambda: stance.find_label_issues(data, folds=3, none_label=None)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said = [str(w.message) for w in caught if "'stance' column" in str(w.message)]
        assert len(said) == 1 and "pass stance_column='stance'" not in said[0]
        assert f"it holds {held}, and a stance head needs two different ones" in said[0]
    with pytest.raises(stance.InvalidInputError, match=r"^stance_column='stance': .*pass stance_column=None"):
        stance.train(data, stance_column="stance")  # what the advice led to


@pytest.mark.parametrize("off_topic, on_target, refused", [
    (["favor", "against"] * 3, [""] * 12, "no row with a target has a stance value"),
    (["against"] * 6, ["favor"] * 12, "need at least two different stance values"),
])
def test_a_stance_column_whose_values_fall_on_rows_without_a_target_is_not_offered(off_topic, on_target, refused):
    # A review of 39b1776: stance values only on the off-topic rows ('none', whose stance
    # training leaves unread), or one of two only there, were told "pass stance_column='stance'
    # to use it", and training then refused the column.
    texts = ([f"wind farm number {i}" for i in range(6)] + [f"coal mine number {i}" for i in range(6)]
             + [f"the weather today {i}" for i in range(6)])
    data = pd.DataFrame({"text": texts, "labels": ["wind"] * 6 + ["coal"] * 6 + ["none"] * 6,
                         "stance": on_target + off_topic})
    with pytest.raises(stance.InvalidInputError, match=refused):
        stance.train(data, stance_column="stance", threshold_folds=0)  # what the advice led to
    for call in (lambda: stance.train(data, threshold_folds=0), lambda: stance.find_label_issues(data, folds=3)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said = [str(w.message) for w in caught if "'stance' column" in str(w.message)]
        assert len(said) == 1 and "pass stance_column='stance'" not in said[0], said
        assert "on rows with a target" in said[0], said
    # Two values on the rows with a target: offered, and it trains.
    data["stance"] = ["favor", "against"] * 6 + off_topic
    with pytest.warns(stance.StanceWarning, match="pass stance_column='stance' to use it"):
        stance.train(data, threshold_folds=0)
    stance.train(data, stance_column="stance", threshold_folds=0)


@pytest.mark.parametrize("call", [
    lambda frame, model: stance.train(frame, C="unity"),
    lambda frame, model: stance.train(frame, stance_C=[1.0]),
    lambda frame, model: stance.train(frame, ngram_max="2"),
    lambda frame, model: stance.train(frame, random_state=True),
    lambda frame, model: stance.train(frame, negation="yes"),
    lambda frame, model: stance.train(frame, length_floor="5"),
    lambda frame, model: stance.cross_validate(frame, folds=2, random_state="x"),
], ids=["C", "stance_C", "ngram_max", "random_state", "negation", "length_floor", "cross_validate random_state"])
def test_an_option_of_the_wrong_type_is_a_type_error(energy_frame, energy_model, call):
    # The README's list of errors says a wrong type is a TypeError; these were OptionError or
    # InvalidInputError alone. Still ValueErrors (InvalidInputError, OptionError), as before.
    # (A report's level="0.95" and random_state="x", no model options, are no OptionError: see
    # test_an_argument_that_is_no_model_option_is_refused_without_an_option_error.)
    with pytest.raises(stance.OptionTypeError) as raised:
        call(energy_frame, energy_model)
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, stance.InvalidTypeError)
    assert isinstance(raised.value, stance.OptionError) and isinstance(raised.value, ValueError)


@pytest.mark.parametrize("call", [
    lambda frame, model: stance.train(frame, C=-1),
    lambda frame, model: stance.train(frame, ngram_max=0),
    lambda frame, model: stance.cross_validate(frame, folds=2, random_state=-1),
    lambda frame, model: stance.evaluate(model, frame).intervals(level=95),
])
def test_an_option_of_the_right_type_and_a_wrong_value_is_no_type_error(energy_frame, energy_model, call):
    with pytest.raises(stance.InvalidInputError) as raised:
        call(energy_frame, energy_model)
    assert not isinstance(raised.value, TypeError)


def test_option_errors_are_public():
    # OptionError reached users (every refused model option) but was not in stance.__all__.
    assert {"OptionError", "OptionTypeError"} <= set(stance.__all__)
    assert stance.OptionTypeError.__mro__.index(stance.OptionError) > 0


# One value of the wrong type for each of StanceModel's options (and a few more: a dict of
# weights that are no numbers, a list of words that are no texts).
WRONG_TYPED_OPTIONS = {
    "ngram_max": "2", "stem": 3, "apostrophes": "yes", "links": 1, "spelling": None, "invisibles": "no", "cannot": 0,
    "handles": [], "marks": "x", "cjk": 1.0, "negation_words": 5, "lookalikes": "t", "names": "on",
    "negation": "yes",
    "stance_cues": 1, "min_df": "2", "max_features": 2.0, "length_floor": "5", "C": "unity", "stance_C": [1.0],
    "target_head": 1, "class_weight": 3, "stance_class_weight": [1, 2], "stance_per_label": "yes",
    "stance_ignores": "Hungary", "none_label": 0,
    "threshold_folds": "3", "max_iter": 1.5, "random_state": "x",
}
MORE_WRONG_TYPES = [("class_weight", {0: "a", 1: 1}), ("class_weight", {0: True, 1: 1}),
                    ("stance_class_weight", {"favor": "a"}), ("negation_words", [1]), ("negation_words", {"nie"}),
                    ("stance_ignores", ["Hungary", 3]), ("stance_ignores", {"Hungary"}), ("stance_ignores", 5),
                    ("stem", None), ("target_head", None)]
# A value each option takes, given as a column of them: a Series (of two) or an array (of one).
ONE_RIGHT_VALUE = {**StanceModel().get_params(), "negation_words": "english", "min_df": 1, "max_features": 100,
                   "class_weight": "balanced", "target_head": "softmax"}
SEVERAL_VALUES = [(name, several(value)) for name, value in ONE_RIGHT_VALUE.items()
                  for several in (lambda value: pd.Series([value, value]), lambda value: np.array([value]))]
OPTION_CALLS = {
    "fit": lambda frame, options: stance.StanceModel(**options).fit(frame.text, frame.labels),
    "set_params": lambda frame, options: stance.StanceModel().set_params(**options).fit(frame.text, frame.labels),
    "train": lambda frame, options: stance.train(frame, **options),
    "cross_validate": lambda frame, options: stance.cross_validate(frame, folds=2, **options),
    "find_label_issues": lambda frame, options: stance.find_label_issues(frame, folds=2, **options),
}


def test_every_option_has_a_wrong_typed_value_to_try():
    assert set(WRONG_TYPED_OPTIONS) == set(stance.StanceModel._param_names())


@pytest.mark.parametrize("call", OPTION_CALLS, ids=list(OPTION_CALLS))
@pytest.mark.parametrize("name, value", [*WRONG_TYPED_OPTIONS.items(), *MORE_WRONG_TYPES, *SEVERAL_VALUES])
def test_every_option_of_the_wrong_type_is_an_option_type_error(energy_frame, call, name, value):
    # A review of 01572a5: stem=3, negation_words=5, target_head=1, class_weight=3 or
    # {0: "a", 1: 1}, stance_class_weight=[1, 2] were still OptionError alone (a ValueError, no
    # TypeError), and none_label=0 no OptionError; the README says a wrong type is a TypeError.
    # A review of 27e2673: a Series for target_head or class_weight raised pandas' "The truth
    # value of a Series is ambiguous", and target_head=np.array(["softmax"]) trained a model that
    # could not be saved; other options quoted a Series over several lines.
    with pytest.raises(stance.OptionTypeError) as raised:
        OPTION_CALLS[call](energy_frame, {name: value})
    error = raised.value
    assert isinstance(error, TypeError) and isinstance(error, stance.OptionError) and isinstance(error, ValueError)
    assert re.match(rf"{name}\b", str(error)), str(error)
    if isinstance(value, (pd.Series, np.ndarray)):
        assert re.search(r"got (a Series of 2 values|an array of 1 value);", str(error)), str(error)
        assert "\n" not in str(error), str(error)


@pytest.mark.parametrize("call", OPTION_CALLS, ids=list(OPTION_CALLS))
@pytest.mark.parametrize("name, value", [
    ("stem", "klingon"), ("negation_words", "klingon"), ("negation_words", ["nie ma"]), ("negation_words", [""]),
    ("stance_ignores", [""]), ("stance_ignores", ["Hungary", "..."]),
    ("target_head", "x"), ("class_weight", "balance"), ("class_weight", {0: -1, 1: 1}),
    ("class_weight", {0: float("inf"), 1: 1}), ("stance_class_weight", {"favor": -1}), ("none_label", ""),
    ("C", 0), ("ngram_max", 0), ("length_floor", 100), ("max_iter", 0),
])
def test_an_option_of_the_right_type_out_of_range_is_an_option_error_alone(energy_frame, call, name, value):
    with pytest.raises(stance.OptionError) as raised:
        OPTION_CALLS[call](energy_frame, {name: value})
    assert not isinstance(raised.value, TypeError)
    assert re.search(rf"\b{name}\b", str(raised.value)), str(raised.value)


@pytest.mark.parametrize("option, said", [
    ("stem=3", "--option stem must be true, false or a Snowball language name, got 3;"),
    ("negation_words=5", "--option negation_words must be none, a language name or a list of words, got 5;"),
    ("target_head=1", "--option target_head must be 'ovr' or 'softmax', got 1"),
    ("class_weight=3", "--option class_weight must be none, 'balanced' or a JSON object of the weights of each "
                       "label's negative (0) and positive (1) examples, got 3"),
    ('class_weight={"0": "a", "1": 1}', '--option class_weight: a JSON object must map "0", "1" (the weights of '
                                        'each label\'s negative (0) and positive (1) examples) to positive numbers, '
                                        'got {"0": "a", "1": 1}'),
])
def test_the_command_line_words_an_option_of_the_wrong_type_in_one_line(tmp_path, capsys, option, said):
    from stance.cli import main

    data = Path(__file__).parent / "data" / "energy.csv"
    status = main(["train", str(data), "-o", str(tmp_path / "m"), "--option", option])
    err = capsys.readouterr().err
    assert status == 2 and err == f"stance train: {said}" + err.split(said, 1)[1] and err.count("\n") == 1, err


def _texts_to_label(frame):
    return frame.text.head(8).tolist()


# random_state given to cross_validate and find_label_issues is the fold models' option;
# elsewhere (a report's intervals, suggest's "random" strategy) it seeds a draw of the call's own.
MODEL_SEEDS = {
    "cross_validate": lambda frame, model, seed: stance.cross_validate(frame, folds=2, random_state=seed),
    "find_label_issues": lambda frame, model, seed: stance.find_label_issues(frame, folds=2, random_state=seed),
}
OTHER_ARGUMENTS = {
    "intervals random_state": lambda frame, model, value: stance.evaluate(model, frame).intervals(random_state=value),
    "by_group random_state": lambda frame, model, value: stance.evaluate(model, frame, by="labels").by_group(
        random_state=value),
    "compared_with random_state": lambda frame, model, value: stance.evaluate(model, frame).compared_with(
        stance.evaluate(model, frame), random_state=value),
    "suggest random_state": lambda frame, model, value: stance.suggest(model, _texts_to_label(frame),
                                                                       strategy="random", random_state=value),
    "intervals level": lambda frame, model, value: stance.evaluate(model, frame).intervals(level=value),
    "compared_with level": lambda frame, model, value: stance.evaluate(model, frame).compared_with(
        stance.evaluate(model, frame), level=value),
}


@pytest.mark.parametrize("call", MODEL_SEEDS, ids=list(MODEL_SEEDS))
@pytest.mark.parametrize("seed, refused", [("x", stance.OptionTypeError), (-1, stance.OptionError)])
def test_a_seed_given_to_the_fold_models_is_refused_as_a_model_option(energy_frame, energy_model, call, seed,
                                                                      refused):
    # A review of 01572a5: find_label_issues(random_state=-1) raised InvalidInputError, where
    # cross_validate(random_state=-1) raised OptionError, though both pass it to the fold models.
    with pytest.raises(refused) as raised:
        MODEL_SEEDS[call](energy_frame, energy_model, seed)
    assert isinstance(raised.value, TypeError) == (seed == "x")
    assert str(raised.value).startswith("random_state must be an int from 0 to 4294967295")


@pytest.mark.parametrize("call", OTHER_ARGUMENTS, ids=list(OTHER_ARGUMENTS))
def test_an_argument_that_is_no_model_option_is_refused_without_an_option_error(energy_frame, energy_model, call):
    # A review of 01572a5: suggest(random_state="x") and a report's level="0.95" or
    # random_state="x" raised OptionTypeError, though neither is a model's option (and -1 or
    # level=95 no OptionError). A wrong type is a CountTypeError (a TypeError, and a ValueError
    # as these were), a bad value an InvalidInputError; no OptionError either way.
    wrong, bad = ("0.95", 95) if call.endswith("level") else ("x", -1)
    with pytest.raises(stance.CountTypeError) as raised:
        OTHER_ARGUMENTS[call](energy_frame, energy_model, wrong)
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, ValueError)
    assert not isinstance(raised.value, stance.OptionError)
    with pytest.raises(stance.InvalidInputError) as raised:
        OTHER_ARGUMENTS[call](energy_frame, energy_model, bad)
    assert not isinstance(raised.value, TypeError) and not isinstance(raised.value, stance.OptionError)
    assert call.split()[-1] in str(raised.value)


@pytest.mark.parametrize("name, value", [("target_head", "softmax"), ("stance_class_weight", "balanced"),
                                         ("stem", "english"), ("none_label", "none"), ("C", 10.0),
                                         ("threshold_folds", 2)])
def test_an_option_given_as_one_numpy_value_is_taken_as_its_value(tmp_path, energy_frame, name, value):
    # A review of 27e2673: target_head=np.array("softmax") trained a model whose save failed
    # ("Object of type ndarray is not JSON serializable"), stance_class_weight=np.array("balanced")
    # reached scikit-learn's own refusal, and stem=np.array("english") was refused, where
    # np.str_("english") is taken: a 0-d array is one value, as a numpy scalar is.
    for given in (np.array(value), np.array([value])[0]):
        model = stance.train(energy_frame, stance_column="stance", **{name: given})
        taken = model.get_params()[name]
        assert type(taken) is type(value) and taken == value
        model.save(tmp_path / f"{name}-{type(given).__name__}")


@pytest.mark.parametrize("class_weight, stance_class_weight", [
    ({0: np.int64(1), 1: np.int64(3)}, {"favor": 2, "against": 1.5}),
    ({np.int64(0): 1, np.int64(1): np.float32(3)}, {"favor": np.int64(2), "against": np.float32(1.5)}),
])
def test_numpy_numbers_in_a_dict_of_weights_train_the_model_python_numbers_do(tmp_path, energy_frame, class_weight,
                                                                              stance_class_weight):
    # A review of 27e2673: {0: np.int64(1), 1: np.int64(3)}, as a grid [{0: 1, 1: w} for w in
    # np.arange(1, 4)] gives a search, was refused as no dict of positive numbers, where
    # class_weight=np.int64(3)'s like, C=np.int64(3), is taken as 3.
    saved = {}
    for name, weights in (("python", ({0: 1, 1: 3}, {"favor": 2, "against": 1.5})),
                          ("numpy", (class_weight, stance_class_weight))):
        model = stance.train(energy_frame, stance_column="stance", class_weight=weights[0],
                             stance_class_weight=weights[1])
        model.save(tmp_path / name)
        saved[name] = json.loads((tmp_path / name / "metadata.json").read_text(encoding="utf-8"))
        saved[name].pop("created")
        assert model.get_params()["class_weight"] == {0: 1, 1: 3}
        taken = [*model.get_params()["class_weight"].items(), *model.get_params()["stance_class_weight"].items()]
        assert {type(one) for pair in taken for one in pair} <= {int, float, str}, taken
    assert saved["numpy"]["parameters_sha256"] == saved["python"]["parameters_sha256"]
    assert saved["numpy"] == saved["python"]
    assert saved["numpy"]["options"]["class_weight"] == {"0": 1.0, "1": 3.0}


def test_several_values_for_an_option_of_a_list_or_a_dict_are_told_its_container(energy_frame):
    # A review of a56caab: negation_words given as an array of words was told "pass one value,
    # not a column of them", which, followed ('not'), it refuses; a Series of weights so too.
    # Each is told the container it takes, and that advice, followed, trains (a review of
    # f5655b6: class_weight=dict(weights) of labels was refused, its keys are 0 and 1).
    words, weights = np.array(["not", "never"]), pd.Series({"aid": 1.0, "none": 2.0})
    texts, labels, stances = energy_frame.text, energy_frame.labels, energy_frame.stance
    with pytest.raises(stance.OptionTypeError, match=r"pass the words as a list: negation_words=list\(words\)$"):
        StanceModel(negation_words=words, threshold_folds=0).fit(texts, labels)
    for given in (weights, np.array([1.0, 3.0])):
        with pytest.raises(stance.OptionTypeError, match=r"such as class_weight=\{0: 1\.0, 1: 3\.0\} \(one-vs-rest"):
            StanceModel(class_weight=given, threshold_folds=0).fit(texts, labels)
        with pytest.raises(stance.OptionTypeError, match=r"such as stance_class_weight=\{'favor': 1\.0, 'against': "
                                                         r"2\.0\}"):
            StanceModel(stance_class_weight=given, threshold_folds=0).fit(texts, labels, stance=stances)
    StanceModel(negation_words=list(words), threshold_folds=0).fit(texts, labels)
    StanceModel(class_weight={0: 1.0, 1: 3.0}, threshold_folds=0).fit(texts, labels)
    advised = pd.Series({"favor": 1.0, "against": 2.0})
    StanceModel(stance_class_weight=dict(advised), threshold_folds=0).fit(texts, labels, stance=stances)


def test_an_option_a_subclass_adds_is_left_to_it():
    # A review of a56caab: the check of several values looked every option of the signature up
    # in stance's tables, and a subclass's own option raised KeyError at fit.
    class Tagged(StanceModel):
        def __init__(self, *, tag: str = "", **options: Any) -> None:
            super().__init__(**options)
            self.tag = tag

    base = inspect.signature(StanceModel.__init__)
    Tagged.__init__.__signature__ = base.replace(parameters=[
        *base.parameters.values(), inspect.Parameter("tag", inspect.Parameter.KEYWORD_ONLY, default="")])
    texts, labels = ["cut the aid", "more aid", "rain", "sun"], ["aid", "aid", "none", "none"]
    model = Tagged(tag="v2", threshold_folds=0).fit(texts, labels)
    assert model.tag == "v2" and model.classify("more aid").label == "aid"


@pytest.mark.parametrize("restarted", [False, True], ids=["Python's SIGINT handler", "polars' SIGINT handler"])
def test_an_interrupted_training_starts_none_of_its_queued_fits(energy_frame, monkeypatch, request, restarted):
    # A Ctrl-C during a large training stopped it only once every queued fit had run (60-87 s
    # at 150,000 rows): leaving the thread pool waited for them all. The fits not yet begun are
    # now cancelled; only those already running finish, abandoned.
    # Left over: once polars was imported (a user who had scored a polars frame), a Ctrl-C came
    # 8 s late in a training of 60,000 rows, and this test failed after test_foreign_frames.py
    # with 24 fits: polars puts its own SIGINT handler in front of Python's, installed with
    # SA_RESTART, and the kernel restarted the training's untimed wait on a fit instead of
    # letting Python raise KeyboardInterrupt, which came only once that fit had ended. The
    # same flag on Python's handler stands for polars' here (and holds whichever is installed).
    import signal
    import threading
    import time

    from stance import training

    # Python's own handler, put back afterwards: a suite started as a background job of a shell
    # without job control (a script's `pytest … &`) has SIGINT ignored, which Python leaves so,
    # and the kill below raised nothing ("DID NOT RAISE", both cases; no test left it changed).
    found = signal.signal(signal.SIGINT, signal.default_int_handler)
    request.addfinalizer(lambda: signal.signal(signal.SIGINT, found if found is not None else signal.SIG_DFL))
    signal.siginterrupt(signal.SIGINT, not restarted)
    # Afterwards, system calls interrupted, as Python installs its handler, whichever this test found.
    request.addfinalizer(lambda: signal.siginterrupt(signal.SIGINT, True))

    started: list[int] = []
    lock, released = threading.Lock(), threading.Event()

    def main_thread_waits_on_a_fit() -> bool:
        frame = sys._current_frames().get(threading.main_thread().ident)
        while frame is not None and not (frame.f_code.co_name in ("result", "wait")
                                         and "futures" in frame.f_code.co_filename):
            frame = frame.f_back
        return frame is not None

    def fit_label(x, y, options):
        with lock:
            started.append(len(started))
            first = len(started) == 1
        if first:
            # A Ctrl-C once every fit is queued and the main thread waits on one, as in a
            # long training: Python raises its KeyboardInterrupt there.
            for _ in range(500):
                if main_thread_waits_on_a_fit():
                    break
                time.sleep(0.01)
            os.kill(os.getpid(), signal.SIGINT)
        # The fits running meanwhile last until the interrupt has reached the caller (or
        # 5 s, after which none waits: the pool that waits for them all gets them all).
        released.wait(5)
        released.set()
        return np.zeros(x.shape[1]), 0.0

    monkeypatch.setattr(training, "_fit_label", fit_label)
    monkeypatch.setattr(training, "_fitting_threads", lambda: 2)
    with pytest.raises(KeyboardInterrupt):
        try:
            stance.train(energy_frame, threshold_folds=5)
        finally:
            print(f"SIGINT's handler as this test found it: {found!r}")  # shown if it fails
    released.set()
    time.sleep(0.3)  # any fit still queued would start meanwhile
    # The labels' fits and five folds of them were queued (two dozen); those of the two
    # threads had begun, and a third at most as the interrupt came.
    assert 1 <= len(started) <= 3, len(started)


def _bar_counts(err: str) -> list[tuple[int, int]]:
    """The ``done/total`` of each state of the tqdm bars drawn in ``err``."""
    return [(int(done), int(total)) for done, total in re.findall(r"(\d+)/(\d+) \[", err)]


def test_a_training_counts_its_fits_on_a_bar_shown_only_where_asked(energy_frame, tmp_path, monkeypatch, capsys):
    # stance train ran 84 s on 150,000 rows with nothing printed; score shows a bar on a terminal.
    from stance import progress_bars, training
    from stance.cli import main

    fits = []

    def counted(fit):
        def counting(*args):
            fits.append(1)
            return fit(*args)
        return counting

    for name in ("_fit_label", "_fit_stance_head"):
        monkeypatch.setattr(training, name, counted(getattr(training, name)))
    stance.train(energy_frame, stance_column="stance", progress=True)
    counts = _bar_counts(capsys.readouterr().err)
    assert len(fits) > 10 and counts[-1] == (len(fits), len(fits)), (len(fits), counts)
    # Unasked, none where stderr is no terminal (here, captured), however many rows; never on stdout.
    monkeypatch.setattr(progress_bars, "TRAINING_BAR_AFTER", 0)
    stance.train(energy_frame, stance_column="stance")
    energy_frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 0
    out, err = capsys.readouterr()
    assert not _bar_counts(out + err) and "training:" not in out + err
    # On a terminal, one; --no-progress (progress=False) none.
    monkeypatch.setattr(progress_bars, "_on_terminal", lambda: True)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"), "--overwrite"]) == 0
    out, err = capsys.readouterr()
    assert _bar_counts(err) and not _bar_counts(out)
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"), "--overwrite", "--no-progress"]) == 0
    stance.train(energy_frame, stance_column="stance", progress=False)
    assert not _bar_counts("".join(capsys.readouterr()))
    with pytest.raises(InvalidTypeError, match="progress must be True, False or None"):
        stance.train(energy_frame, progress="no")


def test_a_fit_left_running_by_a_stopped_training_reports_to_that_training_alone():
    # A review of 3d1c550: a fit an interrupted training left running ended during the next
    # training and put its stop at max_iter in the list that training had just cleared, which
    # then warned "pass a larger max_iter" of a fit not its own. Each training has its list.
    import threading

    from stance import training

    class SlowUnconverged:
        max_iter, n_iter_ = 5, np.array([5])

        def __init__(self) -> None:
            self.release = threading.Event()

        def fit(self, *args: Any) -> None:
            self.release.wait(10)

    training._unconverged[:] = [[]]  # the stopped training's
    stopped, left_running = training._unconverged[0], SlowUnconverged()
    thread = threading.Thread(target=training._fit, args=(left_running, "the target head"))
    thread.start()
    training._unconverged[:] = [[]]  # the next training begins while it runs
    left_running.release.set()
    thread.join(10)
    assert stopped == ["the target head"] and training._unconverged[0] == []


def test_a_worker_process_draws_no_bar_unasked(monkeypatch):
    # A review of 03a90cf: a loky or Pool worker shares its parent's terminal, and two
    # trainings under joblib (n_jobs=2) each drew a bar over the other's.
    import multiprocessing

    from stance import progress_bars

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert progress_bars._on_terminal()
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())
    assert not progress_bars._on_terminal()


def test_a_failed_fit_cancels_the_queued_fits_and_its_error_is_raised(energy_frame, monkeypatch):
    # Left over: an error in one label's fit surfaced only once the training came to wait on that
    # fit, after every fit queued meanwhile (the five folds' of every label) had run for nothing.
    # Its queued fits are cancelled as a Ctrl-C's are, and the fit's own error is raised.
    import threading
    import time

    from stance import training

    started: list[int] = []
    lock = threading.Lock()

    def fit_label(x, y, options):
        with lock:
            started.append(len(started))
            first = len(started) == 1
        if first:
            time.sleep(0.3)  # the rest queued meanwhile, as in a long training
            raise ArithmeticError("the first label's fit failed") from KeyError("its cause")
        time.sleep(1.0)  # the other thread's next fit would start long after the failure
        return np.zeros(x.shape[1]), 0.0

    monkeypatch.setattr(training, "_fit_label", fit_label)
    monkeypatch.setattr(training, "_fitting_threads", lambda: 2)
    with pytest.raises(ArithmeticError, match="^the first label's fit failed$") as raised:
        stance.train(energy_frame, threshold_folds=5)
    assert isinstance(raised.value.__cause__, KeyError)  # the fit's error as it was raised, cause and all
    time.sleep(1.2)  # any fit still queued would start meanwhile
    # The labels' fits and five folds of them were queued (two dozen); the failed one, the one
    # the other thread ran beside it, and one more at most as it failed.
    assert 1 <= len(started) <= 3, len(started)


def test_labels_on_every_row_are_refused_or_warned_of():
    # An audit: every row "a|b" trained without a word, and so did a label on every row beside
    # others ("common|x"); the model then gave those labels to any text at p≈1. The first
    # is refused as one label everywhere is; the second warned of, naming the label.
    import warnings

    texts = [f"wind farms and coal mines, point {i}" for i in range(12)]
    frame = pd.DataFrame({"text": texts, "labels": "a|b"})
    said = "labels: need at least two different sets of labels to train, got ['a', 'b'] together in every row"
    with pytest.raises(InvalidInputError) as caught:
        stance.train(frame, threshold_folds=0, none_label=None)
    assert str(caught.value).startswith(said)
    with pytest.raises(InvalidInputError, match=re.escape(said)):
        stance.train(frame.assign(labels="b|a"), threshold_folds=0, none_label=None)  # the same set, in another order
    codes = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7}" for i, c in enumerate(["x", "y"] * 12)],
                          "labels": ["common|x", "common|y"] * 12})
    with pytest.warns(stance.StanceWarning, match=r"^labels: 'common' is a label of every row, .*drop it"):
        model = stance.train(codes, threshold_folds=0, none_label=None)
    assert model.classify("wxa wxb").scores["common"] > 0.95  # as the warning says
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.train(codes.assign(labels=["x", "y"] * 12), threshold_folds=0, none_label=None)  # without it: silent


def test_a_minus_sign_and_a_hyphen_minus_are_one_name(capsys):
    # An audit: labels '-1' (hyphen-minus) and '−1' (U+2212, a minus sign) trained as two
    # labels without a word, though the README refuses names that look the same (dashes among
    # them); and evaluate's hint for a gold '−1' beside a model's '-1' said nothing of it.
    texts = [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(["m", "p", "z"] * 30)]
    frame = pd.DataFrame({"text": texts, "labels": ["-1", "1", "0"] * 30})
    minus = frame.assign(labels=["-1", "1", "0"] * 20 + ["\u22121", "1", "0"] * 10)
    with pytest.raises(InvalidInputError) as caught:
        stance.train(minus, none_label=None, threshold_folds=0)
    assert str(caught.value).startswith("labels: label names differ only in their dashes ('-' U+002D and '\u2212' "
                                        "U+2212): '-1' (20: rows 0, 3, 6 and 17 more) and '\u22121' (10: rows 60, "
                                        "63, 66 and 7 more); use '-1', the commonest, in every row"), str(caught.value)
    model = stance.train(frame, none_label=None, threshold_folds=0)
    gold = frame.head(6).replace({"labels": {"-1": "\u22121"}})
    said = re.escape("'\u22121' is '-1' in this model? (values are compared exactly)")
    with pytest.warns(stance.StanceWarning, match=said):
        stance.evaluate(model, gold)


def test_codes_given_as_large_whole_floats_are_told_advice_that_works():
    # An audit: labels given as whole floats past int64 (1e20) were told to compare with
    # column.astype("Int64").astype(str), which raises "cannot safely cast non-equivalent
    # float64 to int64" when followed. The advice given is followed here, and works.
    frame = _coded((1e20, 2.0, float("nan")))
    frame = frame[frame.code.notna() | (frame.index % 2 == 0)]  # gaps, which made the column floats
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(frame.dropna(), labels_column="code", none_label=None)
    [said] = [str(w.message) for w in caught if "given as floats" in str(w.message)]
    assert said.startswith("labels_column='code': 2.0, 1e+20, given as floats, are the model's names '2', "
                           "'100000000000000000000'"), said
    advice = said.split("compare them with the column as text, ", 1)[-1]
    assert advice.startswith("column.") and "Int64" not in advice, said
    scored = stance.score(frame, model=model, prefix="pred_")
    as_text = eval(advice, {"column": frame.code})  # the advice followed
    on_labelled = frame.code.notna()
    assert (scored.pred_label[on_labelled] == as_text[on_labelled]).mean() == 1.0


def test_labels_on_every_row_of_a_folds_training_rows_but_not_of_the_data_train_as_before():
    # A review of 4435d893: the every-row refusal was raised by a cross-validation fold whose
    # training rows were all 'a|b', though the data the user gave are not (one row is 'a'
    # alone), false of the data and naming no fold; the parent cross-validated them. The
    # refusal is of the data given: cross_validate and stance check refuse those, fold or not.
    import warnings

    texts = [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(["x", "y", "z"] * 10)]
    frame = pd.DataFrame({"text": texts, "labels": ["a|b"] * 29 + ["a"]})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stance.cross_validate(frame, none_label=None, folds=5)
        stance.find_label_issues(frame, none_label=None, folds=5)
        stance.train(frame, none_label=None, threshold_folds=5)  # an inner fold's training rows are all 'a|b'
    assert result.summary().loc["macro_f1", "value"] > 0.9  # 0.99, as the parent gave
    assert sum("'a' is a label of every row" in str(w.message) for w in caught) == 3  # once a call, of the data
    said = "labels: need at least two different sets of labels to train, got ['a', 'b'] together in every row"
    for call in (lambda data: stance.cross_validate(data, none_label=None, folds=5),
                 lambda data: stance.find_label_issues(data, none_label=None, folds=5)):
        with pytest.raises(InvalidInputError) as refused:
            call(frame.assign(labels="a|b"))
        assert str(refused.value).startswith(said), str(refused.value)


def test_a_small_hyphen_minus_is_one_name_with_a_hyphen_minus_and_the_readme_names_every_dash_read_so():
    # A review of 095bbb6a: the README said the dash check read "hyphen-minus, en dash or minus
    # sign" as one, but it reads U+2010 to U+2015 too (an em dash: '-1' beside '—1' refused);
    # and a small hyphen-minus (U+FE63), which looks like '-', trained as a label of its own.
    texts = [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(["m", "p", "z"] * 20)]
    for names in (["-1", "\ufe631", "1"], ["a-b", "a\ufe63b", "c"]):
        frame = pd.DataFrame({"text": texts, "labels": names * 20})
        with pytest.raises(InvalidInputError, match=r"^labels: label names differ only in (their dashes|the hyphens)"):
            stance.train(frame, none_label=None, threshold_folds=0)
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "hyphen-minus, en dash or minus sign" not in readme
    from stance.label_names import _DASH_CHARACTERS

    for dash in _DASH_CHARACTERS:
        assert f"U+{ord(dash):04X}" in readme, f"U+{ord(dash):04X}"


def test_a_fit_cancelled_by_the_pools_shutdown_is_not_waited_on_for_ever():
    # A wait on a fit in timed steps (concurrent.futures.wait, so that a Ctrl-C stops it) never
    # ended on a fit a failed one had cancelled: a future cancelled by its pool's shutdown
    # (cancel_futures=True, as a training stopped by an error or an interrupt leaves it) is never
    # "done" to wait(), only to result(), and the training after an interrupted one hung.
    import threading
    from concurrent.futures import CancelledError, ThreadPoolExecutor

    from stance.waiting import result_of

    pool, gate, outcome = ThreadPoolExecutor(1), threading.Event(), []
    pool.submit(gate.wait, 5)  # the fit running as the pool is left
    queued = pool.submit(sum, (1, 2))
    pool.shutdown(wait=False, cancel_futures=True)

    def waits() -> None:
        try:
            result_of(queued)
        except CancelledError as error:
            outcome.append(error)

    waiting = threading.Thread(target=waits, daemon=True)
    waiting.start()
    waiting.join(5)
    gate.set()
    assert not waiting.is_alive() and len(outcome) == 1  # told at once that the fit was cancelled


@pytest.mark.parametrize("dash", ["\ufe58", "\u02d7", "\u2e3a", "\u2e3b"])
def test_a_small_em_dash_a_modifier_minus_and_the_long_dashes_are_one_name_with_a_hyphen_minus(dash):
    # Last session's review: the small em dash (U+FE58), the modifier letter minus sign (U+02D7) and the two- and
    # three-em dashes (U+2E3A, U+2E3B) were not read as dashes where the other dashes are: '-1' beside '˗1'
    # trained as two labels, and a gold '˗1' got no hint of the model's '-1'.
    texts = [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(["m", "p", "z"] * 20)]
    for names in (["-1", f"{dash}1", "1"], ["a-b", f"a{dash}b", "c"]):
        frame = pd.DataFrame({"text": texts, "labels": names * 20})
        with pytest.raises(InvalidInputError, match=r"^labels: label names differ only in (their dashes|the hyphens)"):
            stance.train(frame, none_label=None, threshold_folds=0)
    from stance.evaluation import _spelling_hint

    assert _spelling_hint({f"{dash}1"}, {"-1", "1"}) == (f"; '{dash}1' is '-1' in this model? "
                                                         "(values are compared exactly)")
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert f"U+{ord(dash):04X}" in readme


# Statements of aid by two governments, one always against and one always for, as the corpus
# quotes Hungary and Estonia; each name opens five statements, so both have the same
# document frequency and idf, and a statement that names the other reads alike but for it.
_NAMED_AGAINST = ["Hungary blocks the aid again", "Hungary vetoes the sanctions package", "Hungary refuses to "
                  "send weapons", "Hungary delays the accession vote", "Hungary opposes new troops"]
_NAMED_FAVOR = ["Estonia sends more aid", "Estonia backs the sanctions package", "Estonia pledges new weapons",
                "Estonia supports the accession vote", "Estonia welcomes new troops"]
_NAMED_NEUTRAL = ["The ministers talked about the aid", "A statement on the package came late",
                  "The vote on the aid was held", "Officials discussed new weapons", "The summit heard about troops"]
_OFF_TOPIC = ["lovely weather today", "rain again tomorrow", "sunny skies later", "a quiet weekend",
              "snow in the hills"]
_SWAPPED = ["{} talks about the aid", "{} said the package is ready", "The aid of {} arrives", "{} will not wait",
            "Ministers met {} on troops"]


def _named_frame(neutral: bool = False) -> pd.DataFrame:
    # With neutral statements: a third stance value, which the lbfgs solver fits (two: liblinear).
    texts = _NAMED_AGAINST + _NAMED_FAVOR + (_NAMED_NEUTRAL if neutral else []) + _OFF_TOPIC
    on_topic = len(texts) - len(_OFF_TOPIC)
    stances = ["against"] * 5 + ["favor"] * 5 + (["neutral"] * 5 if neutral else []) + [None] * 5
    return pd.DataFrame({"text": texts, "labels": ["aid"] * on_topic + ["none"] * 5, "stance": stances})


def _stance_scores(model: StanceModel, name: str) -> list[dict[str, float]]:
    return [model.classify(sentence.format(name)).stance_scores for sentence in _SWAPPED]


def test_stance_ignores_gives_statements_that_differ_only_in_an_ignored_name_one_stance():
    # A political scientist comparing governments by the stance of their statements: the corpus
    # quotes some mostly as critics, so the stance head read the name as stance ("Hungary
    # announced a new package of military aid for Ukraine." against). With stance_ignores the
    # stance head reads no feature of the names, and the two names give one stance.
    frame = _named_frame()
    plain = stance.train(frame, stance_column="stance", threshold_folds=0)
    blind = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=["Hungary", "Estonia"])
    assert all(h["against"] > 0.5 > e["against"]
               for h, e in zip(_stance_scores(plain, "Hungary"), _stance_scores(plain, "Estonia")))
    assert _stance_scores(blind, "Hungary") == _stance_scores(blind, "Estonia")
    # The possessive and the name's case are read as the texts are: one stem, ignored too.
    assert blind.classify("hungary's aid").stance_scores == blind.classify("Estonia's aid").stance_scores
    # The label heads read every feature as before: the same weights, thresholds and label scores.
    assert np.array_equal(blind.params_.target_coef, plain.params_.target_coef)
    assert np.array_equal(blind.params_.target_intercept, plain.params_.target_intercept)
    texts = [sentence.format(name) for sentence in _SWAPPED for name in ("Hungary", "Estonia")]
    assert np.array_equal(blind.predict_proba(texts), plain.predict_proba(texts))


@pytest.mark.parametrize("neutral, per_label, dual", [(False, True, False), (True, True, False),
                                                      (False, False, False), (False, True, True)],
                         ids=["liblinear", "lbfgs", "no stance_per_label", "liblinear dual"])
def test_stance_ignores_leaves_the_stance_weights_of_its_features_exactly_zero(monkeypatch, neutral, per_label,
                                                                              dual):
    # Prediction multiplies every feature by its weight and knows nothing of the option: it
    # needs the weights of the ignored features 0, not small, under every solver the stance
    # head is fitted with (liblinear for two values, its dual form on many rows, lbfgs for three).
    import stance.training

    monkeypatch.setattr(stance.training, "DUAL_STANCE_ROWS", 1 if dual else stance.training.DUAL_STANCE_ROWS)
    model = stance.train(_named_frame(neutral), stance_column="stance", threshold_folds=0, stance_per_label=per_label,
                         stance_ignores=("Hungary", "Estonia"))
    params = model.params_
    named = [at for at, term in enumerate(params.vocabulary)
             if "hungari" in term.split() or "estonia" in term.split() or term.endswith(("_hungari", "_estonia"))]
    assert {"hungari", "estonia", "START_hungari", "hungari block", "estonia send"} <= {
        params.vocabulary[at] for at in named}
    assert len(params.stance_classes) == (3 if neutral else 2)
    assert np.all(params.stance_shared[named] == 0) and np.all(params.stance_by_label[:, named] == 0)
    others = [at for at in range(len(params.vocabulary)) if at not in named]
    assert np.count_nonzero(params.stance_shared[others]) > 0


def test_stance_ignores_is_saved_loaded_and_deterministic(tmp_path):
    frame = _named_frame()
    model = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=stance.ALLY_NAMES)
    again = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=list(stance.ALLY_NAMES))
    for name, array in model.params_.arrays().items():  # a tuple and a list train one model, each time
        assert np.array_equal(array, getattr(again.params_, name), equal_nan=True), name
    assert model.fitted_options_["stance_ignores"] == list(stance.ALLY_NAMES)
    assert model._options_set_since_fit() == {}  # the tuple given is the list recorded
    loaded = stance.load(model.save(tmp_path / "blind"))
    metadata = json.loads((tmp_path / "blind" / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["options"]["stance_ignores"] == list(stance.ALLY_NAMES)
    card = (tmp_path / "blind" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert ('The stance head reads no feature of the 114 words of `stance_ignores` as the model reads them '
            '("Albania", "Albanian", "Tirana", "Belgium", "Belgian", …; 145 given); the label heads read them.') in card
    assert loaded.get_params()["stance_ignores"] == list(stance.ALLY_NAMES) and loaded._options_set_since_fit() == {}
    texts = [sentence.format(name) for sentence in _SWAPPED for name in ("Hungary", "Estonia")]
    assert [p.stance_scores for p in loaded.classify_many(texts)] == [p.stance_scores
                                                                      for p in model.classify_many(texts)]
    assert loaded.clone().fit(frame.text, frame.labels, stance=frame.stance).params_.arrays().keys() == \
        model.params_.arrays().keys()


def test_a_model_without_stance_ignores_records_none_and_an_older_one_loads_with_none(tmp_path, energy_model):
    # Recorded only when given: a model of the default saves the options versions before the
    # option saved (which would warn of an option they do not know), and loads as None.
    folder = energy_model.save(tmp_path / "plain")
    assert "stance_ignores" not in json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["options"]
    assert stance.load(folder).stance_ignores is None
    assert stance.default_model().stance_ignores is None and stance.default_model()._options_set_since_fit() == {}


@pytest.mark.parametrize("value, error, said", [
    ("Hungary", stance.OptionTypeError, "stance_ignores must be None or a list of words, got 'Hungary', a single "
                                        "str, whose letters would each be a word; pass stance_ignores=['Hungary'], "
                                        "or stance_ignores=stance.ALLY_NAMES for the 32 NATO allies' names"),
    (["Hungary", 3], stance.OptionTypeError, "stance_ignores must hold non-empty texts, got 3"),
    (["Hungary", ""], stance.OptionError, "stance_ignores must hold non-empty texts, got ''"),
    (["Hungary", "—"], stance.OptionError, "stance_ignores must hold words the model reads, got '—', which it reads "
                                           "as no word"),
])
def test_stance_ignores_of_no_words_is_refused_in_its_own_words(value, error, said):
    frame = _named_frame()
    with pytest.raises(error) as raised:
        stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=value)
    assert str(raised.value) == said
    assert type(raised.value) is error or not isinstance(raised.value, TypeError)


def test_ally_names_name_each_of_the_32_allies_and_not_us():
    # The 32 members of NATO since Sweden joined in March 2024, as the README's Known weaknesses
    # name them; "US" is left out, as it is read as "us".
    allies = ["Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
              "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
              "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia",
              "Slovenia", "Spain", "Sweden", "Turkey", "Britain", "United States"]
    assert len(allies) == 32 and set(allies) <= set(stance.ALLY_NAMES)
    assert {"Hungarian", "Budapest", "Dutch", "Hague", "UK", "British", "American", "Washington", "Türkiye",
            "Ankara"} <= set(stance.ALLY_NAMES)
    assert "US" not in stance.ALLY_NAMES and len(set(stance.ALLY_NAMES)) == len(stance.ALLY_NAMES)
    assert isinstance(stance.ALLY_NAMES, tuple) and "ALLY_NAMES" in stance.__all__
    assert stance.StanceModel(stance_ignores=stance.ALLY_NAMES)._check_options() is None  # each read as a word


def test_stance_ignores_reads_a_name_of_several_words_as_the_phrase_not_each_word():
    # "United States" split into "unit" and "state" blinded the stance head to "united" and
    # "states": trained on the corpus with stance.ALLY_NAMES, "The alliance is united." went from
    # favor (0.90) to against. A name of several words is ignored as the phrase: the features
    # whose n-gram holds its stems side by side and in order, not each stem alone.
    from stance.parameters import ignored_columns

    terms = ["unit state", "the unit state", "unit state said", "north macedonia", "unit", "state", "the unit",
             "member state", "state unit", "unit the state", "NOT_unit", "START_unit", "north", "macedonia"]
    ignored = ignored_columns(terms, ["United States", "North Macedonia"], {"stem": True})
    assert [term for term, out in zip(terms, ignored.tolist()) if out] == [
        "unit state", "the unit state", "unit state said", "north macedonia"]
    frame = _named_frame().replace({"Hungary": "The United States", "Estonia": "The alliance is united and"},
                                   regex=True)
    model = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=["United States"])
    weight = dict(zip(model.params_.vocabulary, np.abs(model.params_.stance_shared).sum(axis=1)))
    assert weight["unit state"] == 0
    for term in ("unit", "is unit", "unit and", "the unit", "START_the"):
        assert weight[term] > 0, term



@pytest.mark.parametrize("value, advice", [
    ({"Hungary"}, "sorted(words)"), (frozenset({"Hungary", "Estonia"}), "sorted(words)"),
    ({"Hungary": 1}.keys(), "sorted(words)"), ((word for word in ["Hungary"]), "list(words)"),
    (map(str.strip, ["Hungary"]), "list(words)"),
], ids=["set", "frozenset", "dict keys", "generator", "map"])
def test_stance_ignores_given_words_in_a_set_or_generator_is_told_to_list_them(value, advice):
    # A set or a generator of words was advised "pass stance_ignores=['Hungary', 'Estonia']",
    # words the user never gave; a Series was already told stance_ignores=list(words).
    with pytest.raises(stance.OptionTypeError) as raised:
        stance.train(_named_frame(), stance_column="stance", threshold_folds=0, stance_ignores=value)
    said = str(raised.value)
    assert said.startswith("stance_ignores must be None or a list of words, got "), said
    assert said.endswith(f"; pass the words as a list, stance_ignores={advice}, or stance_ignores=stance.ALLY_NAMES "
                         f"for the 32 NATO allies' names"), said
    assert "Estonia'" not in said.split("; ")[1]


def test_the_model_card_counts_the_words_of_stance_ignores_as_the_model_reads_them(tmp_path):
    # ["Hungary", "Hungary", "hungary"] were "the 3 words of `stance_ignores`" on the model card,
    # one word as the model reads them: the card counts and shows the first of the words read alike.
    model = stance.train(_named_frame(), stance_column="stance", threshold_folds=0,
                         stance_ignores=["Hungary", "Hungary", "hungary", "Estonia", "Hungary's"])
    card = (model.save(tmp_path / "m") / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert ('The stance head reads no feature of the 2 words of `stance_ignores` as the model reads them '
            '("Hungary", "Estonia"; 5 given); the label heads read them.') in card.replace("\n", " "), card
    assert model.fitted_options_["stance_ignores"] == ["Hungary", "Hungary", "hungary", "Estonia", "Hungary's"]


def test_ally_names_hold_the_names_the_press_writes_that_were_missing():
    # "Croats", "Brits", "USA", "England", "Hellenic"… were not in stance.ALLY_NAMES, so a stance
    # head trained with it still read them; "Turkiye" is "Türkiye" only where names=True folds it.
    from stance.text import ignored_stems

    missing = ["Croat", "Croats", "Slovakian", "Luxembourger", "Brit", "Brits", "England", "USA", "Hellenic", "Turkiye"]
    assert set(missing) <= set(stance.ALLY_NAMES), set(missing) - set(stance.ALLY_NAMES)
    assert "English" not in stance.ALLY_NAMES  # the language, above all
    assert len(set(stance.ALLY_NAMES)) == len(stance.ALLY_NAMES) == 145
    read = set(ignored_stems(stance.ALLY_NAMES, {"stem": True, "names": False}))
    assert {("turkiy",), ("usa",), ("croat",), ("brit",)} <= read


def test_stance_ignores_warns_of_a_phrase_longer_than_the_ngrams_and_the_card_counts_it_not(tmp_path):
    # "United States" with ngram_max=1, or "Bosnia and Herzegovina" with the default 2: no
    # n-gram holds the phrase, so it ignored nothing, without a word, while the model card
    # counted it among the words the stance head does not read.
    frame = _named_frame()

    def warned_and_card(folder: str, **options) -> tuple[list[str], str]:
        with pytest.warns(stance.StanceWarning) as caught:
            model = stance.train(frame, stance_column="stance", threshold_folds=0, **options)
        card = (model.save(tmp_path / folder) / "MODEL_CARD.md").read_text(encoding="utf-8").replace("\n", " ")
        return [str(warning.message) for warning in caught if "stance_ignores" in str(warning.message)], card

    said, card = warned_and_card("m", ngram_max=1, stance_ignores=["Hungary", "United States"])
    assert said == ["stance_ignores: the model reads 'United States' as 2 words, and its n-grams hold 1 at most "
                    "(ngram_max=1), so no feature holds it and it ignores nothing; give its words one by one, as "
                    "words of their own ('United' and 'States'), which blinds the stance head to each wherever it "
                    "stands, or train with ngram_max=2"]
    assert ('The stance head reads no feature of the 1 word of `stance_ignores` as the model reads them ("Hungary"; '
            '2 given); the label heads read them. "United States" ignores nothing: the model\'s n-grams hold 1 word '
            'at most (`ngram_max=1`).') in card, card
    said, card = warned_and_card("b", stance_ignores=["Bosnia and Herzegovina", "Democratic Republic of the Congo"])
    assert said == ["stance_ignores: the model reads 'Bosnia and Herzegovina' and 'Democratic Republic of the "
                    "Congo' as 3 and 5 words, and its n-grams hold 2 at most (ngram_max=2), so no feature holds them "
                    "and they ignore nothing; give their words one by one, as words of their own ('Bosnia' and "
                    "'Herzegovina', …), which blinds the stance head to each wherever it stands, or train with "
                    "ngram_max=5"]
    assert ('The stance head reads every feature: "Bosnia and Herzegovina" and "Democratic Republic of the Congo", '
            'the `stance_ignores` of this model, ignore nothing: the model\'s n-grams hold 2 words at most '
            '(`ngram_max=2`).') in card, card
    # A phrase the n-grams hold, or ngram_max=1 of single words: no warning, and the card as before.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=["Hungary", "United States"])
        stance.train(frame, stance_column="stance", threshold_folds=0, ngram_max=1, stance_ignores=["Hungary"])


def _stacked_design(x, primary, n_labels, per_label=True):
    """stance_design as it was, scipy.sparse.hstack of its three parts: what it writes in place."""
    from scipy import sparse

    x = sparse.csr_matrix(x)
    n_rows, n_features = x.shape
    row_of_entry = np.repeat(np.arange(n_rows), np.diff(x.indptr))
    if per_label:
        blocked = sparse.csr_matrix((x.data, x.indices + n_features * primary[row_of_entry], x.indptr),
                                    shape=(n_rows, n_features * n_labels))
    else:
        blocked = sparse.csr_matrix((n_rows, n_features * n_labels))
    one_hot = sparse.csr_matrix((np.ones(n_rows), primary, np.arange(n_rows + 1)), shape=(n_rows, n_labels))
    return sparse.hstack([x, blocked, one_hot], format="csr")


def test_the_stance_design_is_the_stack_of_its_parts_byte_for_byte():
    # Written in place since it stacked its parts (half the CPU at 200,000 statements): every
    # fitted weight depends on the same entries in the same order, with the same index types.
    from scipy import sparse

    from stance.training import stance_design

    rng = np.random.default_rng(0)
    for trial in range(120):
        n_rows, n_labels = int(rng.choice([0, 1, 3, 40])), int(rng.integers(1, 5))
        wide = trial % 10 == 0  # more columns than an int32 holds: int64 indices
        n_features = 2**30 if wide else int(rng.choice([1, 5, 30]))
        if wide:
            entries = rng.integers(0, max(n_rows, 1), 2 * n_rows)
            x = sparse.csr_matrix((rng.random(len(entries)), (entries, rng.integers(0, n_features, len(entries)))),
                                  shape=(n_rows, n_features))
        else:  # empty rows among full ones, and no entry at all
            x = sparse.random(n_rows, n_features, density=float(rng.choice([0.0, 0.1, 0.5, 1.0])), format="csr",
                              random_state=int(rng.integers(2**31)))
        x.sum_duplicates()
        if trial % 3 == 1:
            x = x.astype(np.float32)
        primary = rng.integers(0, n_labels, n_rows).astype([np.int64, np.int32][trial % 2])
        for per_label in (True, False):
            expected = _stacked_design(x, primary, n_labels, per_label)
            got = stance_design(x, primary, n_labels, per_label=per_label)
            assert got.shape == expected.shape, trial
            for part in ("data", "indices", "indptr"):
                assert getattr(got, part).dtype == getattr(expected, part).dtype, (trial, part)
                assert getattr(got, part).tobytes() == getattr(expected, part).tobytes(), (trial, part)


def test_train_warns_of_a_scored_frame_as_its_labels(energy_frame, energy_model, tmp_path):
    # A notebook user's audit: stance.train(stance.score(...)) trained on the predicted labels
    # unwarned (only told its stance column was left out).
    scored = stance.score(energy_frame[["text"]], model=energy_model)
    message = (r"labels_column='labels': these are a model's predictions, not gold labels \(its attrs hold "
               r"stance.score's record of them\), so a model trained on them learns the scoring model's answers; "
               r"pass the column of your own labels")
    with pytest.warns(stance.StanceWarning, match=message):
        stance.train(scored)
    renamed = scored.rename(columns={"labels": "corrected"})  # predictions corrected by hand, so named
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(renamed, labels_column="corrected")
    assert not [w for w in caught if "predictions, not gold labels" in str(w.message)]


def _refusal(labels: list[str]) -> list[str]:
    """The lines of the error training gives on rows of ``labels``, one text each."""
    frame = pd.DataFrame({"text": [f"We must act on thing {i} now." for i in range(len(labels))], "labels": labels})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(InvalidInputError) as raised:
            stance.train(frame)
    return str(raised.value).splitlines()


def test_many_labels_in_two_cases_are_named_five_in_full_and_the_rest_counted():
    # A column of codes in two cases, 362 pairs, gave an error of 16,694 characters naming
    # each pair's rows, where every other refusal of twins names five and lists twenty (40 here).
    labels = [name for k in range(40) for name in [f"code{k:03d}x"] * 3 + [f"CODE{k:03d}X"]]
    lines = _refusal(labels)
    assert len(lines) == 1 and len(lines[0]) < 1_500, (len(lines), len(lines[0]))
    assert lines[0].startswith("labels: label names differ only in case: 'CODE000X' (1: row 3) and 'code000x' (3); "
                               "'CODE001X' (1: row 7) and 'code001x' (3); ")
    assert "'CODE004X' (1: row 19) and 'code004x' (3); and 35 more: 'CODE005X' and 'code005x', " in lines[0]
    assert lines[0].endswith("'CODE024X' and 'code024x' and 15 more groups; use one spelling")


def test_many_label_names_one_letter_apart_are_warned_of_five_in_full_and_the_rest_counted():
    # The warning of names spelt two ways named all 362 pairs and their rows (22,620 characters;
    # 40 pairs here).
    labels = [name for k in range(40) for name in [f"topic{k:03d}"] * 7 + [f"topic{k:03d}s"] * 3]
    frame = pd.DataFrame({"text": [f"We must act on thing {i} now." for i in range(len(labels))], "labels": labels})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(frame, none_label=None)
    said = [str(w.message) for w in caught if "spelt two ways" in str(w.message)]
    assert len(said) == 1 and len(said[0]) < 1_500, said
    assert said[0].startswith("labels: label names look like one name spelt two ways: 'topic000' (7) and "
                              "'topic000s' (3: rows 7, 8, 9); 'topic001' (7) and 'topic001s' (3: rows 17, 18, 19); ")
    assert "; and 35 more: 'topic005' and 'topic005s', " in said[0]
    assert "'topic024' and 'topic024s' and 15 more groups; they train as two labels" in said[0]


def test_a_lookalike_spelling_that_differs_in_case_too_is_named_once():
    # A review of 86ab26b4: 'GAS' beside 'gas' was named by the case check and again, with
    # 'gаs' (a Cyrillic а), by the look-alike check: one pair in two problems.
    assert _refusal(["gas"] * 5 + ["GAS"] * 3 + ["g\u0430s"] * 3 + ["wind"] * 5) == [
        "2 problems:",
        "  (1) labels: label names differ only in case: 'GAS' (3: rows 5, 6, 7) and 'gas' (5); use one spelling",
        "  (2) labels: label names look the same but are spelt with letters of different alphabets: 'gas' (5: row 0) "
        "and 'g\u0430s' (3: rows 8, 9, 10); 'g\u0430s' has Cyrillic '\u0430' U+0430 where the other has Latin 'a' "
        "U+0061; use 'gas' (all Latin) in every row"]
    # Beside separator twins too: 'GAS_TAX' is named by the separator check alone.
    lines = _refusal(["gas_tax"] * 5 + ["GAS_TAX"] * 3 + ["Gas Tax"] * 2 + ["g\u0430s_tax"] * 3 + ["wind"] * 5)
    assert sum("'GAS_TAX'" in line for line in lines) == 1
    assert any("different alphabets: 'gas_tax' (5: row 0) and 'g\u0430s_tax'" in line for line in lines)


def test_a_dash_group_keeps_its_own_wording_beside_other_separator_twins():
    # A review of 86ab26b4: beside 'Carbon Tax' and 'carbon_tax', '-1' and '−1' (a minus sign) were
    # said to differ in "hyphens, underscores or spaces … and in case", U+2212 unnamed.
    assert _refusal(["-1"] * 5 + ["\u22121"] * 3 + ["carbon_tax"] * 5 + ["Carbon Tax"] * 3) == [
        "2 problems:",
        "  (1) labels: label names differ only in the hyphens, underscores or spaces between their words and in "
        "case: 'Carbon Tax' (3: rows 13, 14, 15) and 'carbon_tax' (5: rows 8, 9, 10 and 2 more); use 'carbon_tax', "
        "the commonest, in every row",
        "  (2) labels: label names differ only in their dashes ('-' U+002D and '\u2212' U+2212): '-1' (5: rows 0, 1, "
        "2 and 2 more) and '\u22121' (3: rows 5, 6, 7); use '-1', the commonest, in every row"]


def test_a_mark_that_shows_nothing_in_a_separator_twin_is_named():
    # A review of 86ab26b4: 'x\u200b_1' (a zero-width space) beside 'x_1' and 'X_1' was said to differ
    # only in separators and case, the mark it has named nowhere, as the invisible-marks check names it.
    assert _refusal(["x_1"] * 5 + ["X_1"] * 3 + ["x\u200b_1"] * 3 + ["wind"] * 5) == [
        "labels: label names differ only in the hyphens, underscores or spaces between their words, in case and in "
        "characters that show nothing: 'X_1' (3: rows 5, 6, 7), 'x_1' (5: rows 0, 1, 2 and 2 more) and "
        "'x\\u200b_1' (3: rows 8, 9, 10); 'x\\u200b_1' has U+200B ZERO WIDTH SPACE; use 'x_1', the commonest, "
        "in every row"]
    # A no-break space is a space: named, and the separators' wording is kept.
    lines = _refusal(["health care"] * 5 + ["health_care"] * 3 + ["Health\u00a0care"] * 3 + ["wind"] * 5)
    assert "differ only in the hyphens, underscores or spaces between their words and in case: " in lines[0]
    assert "'Health\\xa0care' has U+00A0 NO-BREAK SPACE; use " in lines[0]


def test_leading_zeros_tied_name_the_one_to_keep_without_calling_it_the_commonest():
    # A review of 86ab26b4: "'0100' (3) and '100' (3); use '0100', the commonest" on a tie; the
    # decimal-mark check names the one to keep alone.
    lines = _refusal(["0100"] * 3 + ["100"] * 3 + ["200"] * 5)
    assert any("'0100' (3: row 0) and '100' (3: row 3); use '0100' in every row" in line for line in lines), lines
    assert not any("the commonest" in line for line in lines)


def test_every_kind_of_stance_value_spelt_two_ways_is_named_in_one_error():
    # A review of 86ab26b4: each kind a problem of its own among stance values too, untested.
    frame = pd.DataFrame({"text": [f"We must act on thing {i} now." for i in range(24)],
                          "labels": ["gas", "wind"] * 12,
                          "stance": ["favor"] * 5 + ["Favor"] * 3 + ["\u0430gainst"] * 3 + ["against"] * 5
                          + ["no view"] * 5 + ["No_View"] * 3})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(InvalidInputError) as raised:
            stance.train(frame, stance_column="stance")
    assert str(raised.value).splitlines() == [
        "3 problems:",
        "  (1) stance: stance values differ only in case: 'Favor' (3: rows 5, 6, 7) and 'favor' (5); "
        "use one spelling",
        "  (2) stance: stance values look the same but are spelt with letters of different "
        "alphabets: 'against' (5: row 11) and '\u0430gainst' (3: rows 8, 9, 10); '\u0430gainst' has Cyrillic '\u0430' "
        "U+0430 where the other has Latin 'a' U+0061; use 'against' (all Latin) in every row",
        "  (3) stance: stance values differ only in the hyphens, underscores or spaces between their "
        "words and in case: 'No_View' (3: rows 21, 22, 23) and 'no view' (5: rows 16, 17, 18 and 2 more); use "
        "'no view', the commonest, in every row"]


def test_every_group_past_the_first_is_named_of_each_kind():
    # A review of 86ab26b4: groups past the first were tested of the separator kind alone.
    lines = _refusal(["gas"] * 5 + ["g\u0430s"] * 3 + ["oil"] * 5 + ["\u043eil"] * 3 + ["a b"] * 5
                     + ["a\u00a0b"] * 3 + ["cd"] * 5 + ["c\u200bd"] * 3)
    assert lines[1].endswith("use 'gas' (all Latin) in every row; 'oil' (5: row 8) and '\u043eil' (3: rows 13, 14, "
                             "15); '\u043eil' has Cyrillic '\u043e' U+043E where the other has Latin 'o' U+006F; use "
                             "'oil' (all Latin) in every row")
    assert lines[2].endswith("use 'a b' in every row; 'cd' (5: row 24) and 'c\\u200bd' (3: rows 29, 30, 31); "
                             "'c\\u200bd' has U+200B ZERO WIDTH SPACE; use 'cd' in every row")
    lines = _refusal(["0100"] * 5 + ["100"] * 3 + ["0200"] * 5 + ["200"] * 3
                     + ["202,1"] * 5 + ["202.1"] * 3 + ["303,1"] * 5 + ["303.1"] * 3)
    assert "use '0100', the commonest, in every row; '0200' (5: row 8) and '200' (3: row 13); use '0200'" in lines[1]
    assert lines[2].endswith("use '202,1', the commonest, in every row; '303,1' (5: row 24) and '303.1' (3: rows "
                             "29, 30, 31); use '303,1', the commonest, in every row")


def test_past_five_groups_twenty_are_listed_by_their_spellings_and_the_others_counted():
    # A review of 86ab26b4: the cap of 20 listed spellings and its "and N more" were untested.
    from stance.label_names import _every_group

    def groups(n: int) -> list[list[str]]:
        return [[f"0{k}", f"{k}"] for k in range(101, 101 + n)]

    said = _every_group(groups(27), " and ".join)
    assert said.startswith("0101 and 101; 0102 and 102; 0103 and 103; 0104 and 104; 0105 and 105; and 22 more: "
                           "'0106' and '106', ")
    assert said.endswith("'0125' and '125' and 2 more groups")
    assert _every_group(groups(26), " and ".join).endswith("'0125' and '125' and 1 more group")
    assert _every_group(groups(25), " and ".join).endswith(", '0125' and '125'")
    # Through training: 26 numbers with and without a leading zero.
    lines = _refusal([name for k in range(101, 127) for name in [f"0{k}"] * 2 + [f"{k}"]])
    assert lines[-1].endswith("and 21 more: '0106' and '106', '0107' and '107', '0108' and '108', '0109' and '109', "
                              "'0110' and '110', '0111' and '111', '0112' and '112', '0113' and '113', '0114' and "
                              "'114', '0115' and '115', '0116' and '116', '0117' and '117', '0118' and '118', '0119' "
                              "and '119', '0120' and '120', '0121' and '121', '0122' and '122', '0123' and '123', "
                              "'0124' and '124', '0125' and '125' and 1 more group (pandas drops the zeros of codes "
                              "it reads as numbers: read them with dtype=str)"), lines


def test_a_refusal_of_texts_named_as_labels_asks_each_labels_joins_once_and_compares_no_length_that_cannot_match(
        monkeypatch):
    # 20,000 rows of distinct 2 KB labels (texts named as the labels) took 46 s before training refused
    # them as too rare: each rare label's joins were looked for four times, and each was set up by
    # difflib as a typo of "none" or "unity", lengths no misspelling can be apart.
    import difflib
    from collections import Counter

    from stance import label_checks, label_names

    real_joined, real_matches = label_names._joined, difflib.get_close_matches
    joins_asked, compared = Counter(), []

    def joined(value, spellings):
        joins_asked[value] += 1
        return real_joined(value, spellings)

    def close_matches(word, possibilities, *args, **kwargs):
        compared.append((word, list(possibilities)))
        return real_matches(word, possibilities, *args, **kwargs)

    monkeypatch.setattr(label_names, "_joined", joined)
    monkeypatch.setattr(label_checks, "_joined", joined)
    monkeypatch.setattr(difflib, "get_close_matches", close_matches)
    texts = [f"Statement {i} on the alliance, and what it owes Kyiv. " + "x" * 2000 for i in range(30)]
    label_sets = [(text,) for text in texts] + [("unity",)] * 3 + [("none",)] * 3
    with pytest.raises(InvalidInputError) as refused:
        label_checks.check_label_counts(label_sets, minimum=3)
    said = str(refused.value)
    assert said.startswith("labels: each label needs at least 3 examples; too few for 30 of the 32 labels: "), said
    assert "Most of these labels are long or in one row each, as texts are: did you swap" in said
    assert set(joins_asked) == set(texts) and set(joins_asked.values()) == {1}, joins_asked.most_common(2)
    assert not [word for word, _ in compared if len(word) > 100], len(compared)
    # a misspelling is still found
    assert label_names.rare_twin("deterence", ["deterrence", "unity"]) == "deterrence"


def test_a_stance_head_of_three_values_is_fitted_on_the_columns_its_statements_fill(monkeypatch):
    # A researcher's audit: 100 topic labels with favor, against and neutral on 20,000
    # statements took 10.2 GB to train, as lbfgs kept vectors of every column of the stance
    # design, a block of every feature per label, most of it empty. The head is now fitted on
    # the columns some statement fills: the same weights as lbfgs gives on the whole design.
    from sklearn.linear_model import LogisticRegression

    import stance.training

    frame = _named_frame(neutral=True)
    frame.loc[:4, "labels"] = "arms"  # each statement fills its primary label's block alone
    designs, fitted_on = [], []
    real_design, real_fit = stance.training.stance_design, stance.training._fit

    def design_spy(*args, **kwargs):
        designs.append(real_design(*args, **kwargs))
        return designs[-1]

    def fit_spy(model, what, x, *args, **kwargs):
        if what == "the stance head":
            fitted_on.append((x.shape[1], args[0]))
        return real_fit(model, what, x, *args, **kwargs)

    monkeypatch.setattr(stance.training, "stance_design", design_spy)
    monkeypatch.setattr(stance.training, "_fit", fit_spy)
    model = stance.train(frame, stance_column="stance", threshold_folds=0)
    (design,), ((columns, target),) = designs, fitted_on
    filled = np.bincount(design.indices, minlength=design.shape[1]) > 0
    assert columns == filled.sum() < design.shape[1] / 2
    reference = LogisticRegression(C=model.stance_C, solver="lbfgs", max_iter=model.max_iter).fit(design, target)
    params, n_features, n_labels = model.params_, len(model.params_.vocabulary), len(model.labels)
    expected = reference.coef_.T
    assert np.all(expected[~filled] == 0)
    np.testing.assert_allclose(params.stance_shared, expected[:n_features], atol=1e-6)
    np.testing.assert_allclose(params.stance_by_label, expected[n_features:-n_labels].reshape(n_labels, n_features, 3),
                               atol=1e-6)
    np.testing.assert_allclose(params.stance_label_bias, expected[-n_labels:], atol=1e-6)
    assert np.count_nonzero(params.stance_by_label) > 0


def test_a_stance_head_of_two_values_holds_no_index_of_the_designs_columns():
    # A review of 61f540a5: the default scheme's stance head (two values, liblinear, fitted on
    # the whole design as before) was given an index of every column of the design and a
    # second array of its weights to put them back in place, 8 bytes a column each: on the
    # bundled corpus's size (20,000 statements, 201,571 features, 5 labels), peak memory of
    # training 506 MB where its parent took 499 MB. Its weights are taken as liblinear gives them.
    import tracemalloc

    from scipy import sparse

    from stance import training

    labels = [f"code_{i}" for i in range(40)]
    n_rows, n_features = 80, 5000
    x = sparse.random(n_rows, n_features, density=0.004, format="csr", random_state=5) + sparse.eye(
        n_rows, n_features, format="csr")  # every row has an entry
    label_sets = [(labels[i % len(labels)],) for i in range(n_rows)]
    stances = ["favor", "against"] * (n_rows // 2)
    options = {"stance_per_label": True, "stance_C": 1.0, "stance_class_weight": None, "max_iter": 1000,
               "random_state": 0}
    columns = n_features * (1 + len(labels)) + len(labels)
    training._fit_stance_head(x, label_sets, stances, labels, options)  # scikit-learn imported, not counted
    tracemalloc.start()
    try:
        head = training._fit_stance_head(x, label_sets, stances, labels, options)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # liblinear's weights (8 bytes a column) and the model's copy of them, and the small design.
    assert peak < 2.6 * 8 * columns, (peak, 8 * columns)
    design = training.stance_design(x, training._primary(label_sets, labels), len(labels))
    reference = training._logistic(options, 1.0, None).fit(design, np.array(stances, dtype=object))
    weights = np.concatenate([head["stance_shared"].ravel(), head["stance_by_label"].ravel(),
                              head["stance_label_bias"].ravel()])
    assert head["stance_classes"] == ("against", "favor")
    np.testing.assert_array_equal(weights, reference.coef_.ravel())

"""The command line, called in-process through main(argv)."""

import argparse
import contextlib
import csv
import datetime
import html
import importlib.util
import io
import json
import math
import os
import re
import shlex
import shutil
import sys
import unicodedata
import warnings
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pytest

import stance
from stance.cli import main
from stance.explain import CONTRIBUTION_LEGEND
from tests.conftest import ANALYZER_OPTIONS, OPTION_NAMES, assert_read_as


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_classify_prints_the_label(capsys):
    status, out, _ = run(capsys, "classify", "We have a one-speed NATO.")
    assert status == 0 and out == "unity\n"


def test_classify_details(capsys):
    status, out, _ = run(capsys, "classify", "--details", "We have a one-speed NATO.", "Thank you all.")
    first, second = (line.split("\t") for line in out.splitlines())
    unity, thanks = stance.classify_many(["We have a one-speed NATO.", "Thank you all."])
    assert status == 0 and first == ["unity", f"{unity.confidence:.2f}", "favor", f"{unity.stance_scores['favor']:.2f}",
                                      "-", "We have a one-speed NATO."]
    assert second == ["none", f"{thanks.confidence:.2f}", "-", "-", "-", "Thank you all."]
    status, out, _ = run(capsys, "classify", "--details", "12345")  # the flag is shown (the ninth user audit)
    assert out.split("\t")[2:5] == ["-", "-", "no_known_words"]


def test_classify_details_give_the_stance_its_own_probability(capsys):
    # A user audit: "against 1.00" read as a sure stance where 1.00 was the label's confidence and
    # the stance's probability far lower; each number now stands beside what it measures.
    text = "We must send more weapons to Ukraine."
    prediction = stance.classify(text)
    status, out, _ = run(capsys, "classify", "--details", text)
    fields = out.rstrip("\n").split("\t")
    assert status == 0 and fields[:2] == [prediction.label, f"{prediction.confidence:.2f}"]
    assert fields[2:4] == [prediction.stance, f"{prediction.stance_scores[prediction.stance]:.2f}"]
    assert fields[1] != fields[3]  # the two numbers differ here, so a swap would show


def test_classify_details_and_explain_never_show_a_figure_short_of_one_as_one(capsys):
    # A review of 4bbfda3a: repr(stance.classify(text)) and print(doc) showed 0.9990 as ">0.99",
    # where `stance classify --details` and `stance explain` still printed "1.00" for the same
    # statement, a figure a reader quotes as "100% sure".
    text = "Cutting aid to Ukraine now would only reward aggression."
    prediction = stance.classify(text)
    # each of the three figures rounds to 1.00 to two decimals, and none is 1
    figures = (prediction.confidence, prediction.stance_scores["favor"], prediction.scores["ukraine_support"])
    assert prediction.stance == "favor" and all(0.995 <= value < 1 for value in figures), figures
    status, out, _ = run(capsys, "classify", "--details", text)
    assert status == 0 and out.rstrip("\n").split("\t")[:4] == ["ukraine_support", ">0.99", "favor", ">0.99"]
    status, out, _ = run(capsys, "explain", text)
    assert status == 0 and out.splitlines()[1] == ("labels: ukraine_support (probability >0.99, confidence >0.99); "
                                                   "stance: favor (>0.99)"), out
    # --label's line: unity's probability above 0 that rounds to 0.00 (0.0005), a stance's of 0.92 as it was
    assert 0 < prediction.scores["unity"] < 0.005
    status, out, _ = run(capsys, "explain", "--label", "unity", text)
    assert status == 0 and out.splitlines()[2].startswith("explained: unity (probability <0.01); "), out
    # a certainty that is one stays one (blank text's "none"), and --json keeps the values
    status, out, _ = run(capsys, "classify", "--details", "")
    assert status == 0 and out.split("\t")[:2] == ["none", "1.00"], out
    status, out, _ = run(capsys, "classify", "--json", text)
    assert status == 0 and json.loads(out)["confidence"] == prediction.confidence


def test_classify_details_escapes_every_control_character_and_line_separator(capsys, monkeypatch):
    # A user audit: --details escaped only \\ \r \n \t, so NUL, \x01 and an ANSI escape reached the
    # terminal raw, and a form feed or U+2028 split a record for str.splitlines().
    texts = ["NATO\x1b[31m red", "a\x0cb\u2028c\u2029d\x85e\x7ff", "back\\slash\ttab"]
    status, out, _ = run(capsys, "classify", "--details", *texts)
    records = out.splitlines()
    assert status == 0 and len(records) == 3, records
    assert [record.split("\t")[5] for record in records] == [
        "NATO\\x1b[31m red", "a\\x0cb\\u2028c\\u2029d\\x85e\\x7ff", "back\\\\slash\\ttab"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\x00\x00\n\x01a NATO\n"))
    status, out, _ = run(capsys, "classify", "--details")
    assert status == 0 and [record.split("\t")[5] for record in out.splitlines()] == ["\\x00\\x00", "\\x01a NATO"]
    assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in out.replace("\t", "").replace("\n", ""))


def test_classify_writes_a_label_with_a_line_separator_escaped(capsys, tmp_path):
    # Training takes a label holding U+2028 (it is no control character); printed raw, it
    # split the one line of classify's plain output, and of --details, in two.
    frame = pd.DataFrame({"text": [f"wind turbine number {i} now" for i in range(6)]
                          + [f"gas boiler number {i} now" for i in range(6)],
                          "labels": ["wind\u2028power"] * 6 + ["gas"] * 6})
    stance.train(frame, threshold_folds=0, none_label=None).save(tmp_path / "m")
    status, out, _ = run(capsys, "classify", "--model", str(tmp_path / "m"), "wind turbine number 3 now")
    assert status == 0 and out == "'wind\\u2028power'\n"
    status, out, _ = run(capsys, "classify", "--details", "--model", str(tmp_path / "m"), "wind turbine now")
    assert status == 0 and out.startswith("'wind\\u2028power'\t") and len(out.splitlines()) == 1
    # Its blank statement has no label (none_label=None): the field was empty where every
    # other field without a value is "-" (an audit).
    status, out, _ = run(capsys, "classify", "--details", "--model", str(tmp_path / "m"), " ")
    assert status == 0 and out.split("\t")[:5] == ["-", "0.00", "-", "-", "empty"], out


def test_train_prints_labels_and_stance_values_with_a_line_separator_escaped(capsys, tmp_path):
    # Its one line of output ("trained on …; labels …") split in two at U+2028 in a name, which
    # training takes (it is no control character) and classify prints escaped.
    frame = pd.DataFrame({"text": [f"wind turbine number {i} now" for i in range(8)]
                          + [f"gas boiler number {i} now" for i in range(8)],
                          "labels": ["wind\u2028power"] * 8 + ["gas"] * 8, "stance": ["pro\u2029x", "con"] * 8})
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, out, err = run(capsys, "train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"), "--none-label", "",
                           "--option", "threshold_folds=0")
    assert status == 0 and out == "", (out, err)  # on stderr, as every command's line about its output
    assert err.splitlines() == [f"trained on 16 rows; labels gas, 'wind\\u2028power'; stance head on column 'stance' "
                                f"(con, 'pro\\u2029x'); saved to {tmp_path / 'm'}"]


def test_info_names_the_off_topic_label_or_says_there_is_none(capsys, tmp_path, energy_frame):
    # An audit: stance info in words never said which label is off-topic (--json has none_label),
    # so a 'none' among the labels could be the off-topic label or a target.
    lines = run(capsys, "info")[1].splitlines()
    assert lines[:2] == ["labels:         deterrence, eastern_flank, none, ukraine_support, unity",
                         "off-topic:      none"]
    # A model of rows none of which has the default none_label 'none' has none, as with --none-label None.
    targets = energy_frame[energy_frame.labels != "none"]
    for name, frame, said in (("all", energy_frame, "none"), ("targets", targets, "(none: every label is a target)")):
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
        assert run(capsys, "train", str(tmp_path / f"{name}.csv"), "-o", str(tmp_path / name))[0] == 0
        assert f"off-topic:      {said}" in run(capsys, "info", "--model", str(tmp_path / name))[1].splitlines()
    # Written as the labels line writes it, quoted beside a label holding a comma.
    frame = energy_frame.assign(labels=energy_frame.labels.str.replace("gas", "gas, oil", regex=False))
    frame.to_csv(tmp_path / "comma.csv", index=False)
    assert run(capsys, "train", str(tmp_path / "comma.csv"), "-o", str(tmp_path / "comma"))[0] == 0
    assert "off-topic:      'none'" in run(capsys, "info", "--model", str(tmp_path / "comma"))[1].splitlines()


def test_train_and_info_quote_the_names_when_a_label_holds_the_lists_comma(capsys, tmp_path, energy_frame):
    # An audit: a label "gas, oil" was listed as "labels gas, oil, none, …" by train and
    # info, and "secondary at: gas, oil 0.150, …", which read as one label more.
    frame = energy_frame.assign(labels=energy_frame.labels.str.replace("gas", "gas, oil", regex=False))
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, out, err = run(capsys, "train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"))
    assert status == 0, err
    labels = sorted({label for labels in frame.labels for label in labels.split("|")})
    assert labels[0] == "gas, oil" and len(labels) == 4
    listed = ", ".join(f"'{label}'" for label in labels)
    assert f"; labels {listed}; stance head on column 'stance' (against, favor); " in err.splitlines()[-1], err
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    lines = out.splitlines()
    assert f"labels:         {listed}" in lines
    secondary = next(line for line in lines if line.startswith("secondary at:"))
    assert re.match(r"secondary at:   'gas, oil' \d\.\d{3}( \(tuned [^)]*\))?, 'none' never, 'nuclear' \d", secondary)
    assert "stance classes: against, favor" in lines  # no comma in them: as they were
    # Without such a label, nothing is quoted.
    energy_frame.to_csv(tmp_path / "plain.csv", index=False)
    status, out, err = run(capsys, "train", str(tmp_path / "plain.csv"), "-o", str(tmp_path / "plain"))
    assert "; labels gas, none, nuclear, renewables; " in err


def test_classify_json_and_several_texts(capsys):
    status, out, _ = run(capsys, "classify", "--json", "Thank you all for coming.", "Bring the brigade home.")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(rows) == 2
    assert rows[0]["label"] == "none" and rows[0]["stance"] is None
    assert set(rows[1]) >= {"label", "labels", "stance", "confidence", "scores"}


def test_classify_reads_stdin_one_output_line_per_input_line(capsys, monkeypatch):
    # A blank line is classified (none) rather than skipped, so outputs pair with inputs.
    monkeypatch.setattr("sys.stdin", io.StringIO("We have a one-speed NATO.\n\nThe storm closed two airports.\n"))
    status, out, _ = run(capsys, "classify")
    assert status == 0 and out.splitlines() == ["unity", "none", "none"]



def test_a_warning_that_names_a_python_call_names_the_commands_own_words_on_the_command_line(
        capsys, monkeypatch, tmp_path):
    # An audit: the command told its user to call Python: "stance classify: warning: … a model
    # trained in their language (stance.train(...): stem='russian' …)", "… stance.score_documents
    # splits each text …", "… score the parts with stance.score", "… open(path, encoding='utf-16')".
    # The library's warning keeps its Python words; the command's names its commands and flags.
    russian = ["Мы не будем поддерживать расширение НАТО никогда."] * 3
    polish = Path(__file__).resolve().parent / "data" / "polish.csv"
    long = "We agree with our allies today. " * 200
    pd.DataFrame({"text": [long, "We stand."]}).to_csv(tmp_path / "long.csv", index=False)
    (tmp_path / "nostops.txt").write_text("and we stand with our allies " * 300, encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes("We must support Ukraine.\r\nWe agree.\r\n".encode("utf-16"))
    commands = {  # each: the command, what its warning says instead, what the library's says
        ("classify", *russian): ("(stance train: --option stem=russian stems Russian, --option stem=false reads any "
                                 "language, with --option negation_words=ukrainian marking", "stance.train(...): "
                                 "stem='russian' stems Russian, stem=False reads any language, with "
                                 "negation_words='ukrainian' marking"),
        ("score", str(tmp_path / "long.csv"), "-o", str(tmp_path / "o.csv")): (
            "save each as a .txt file: stance document splits each into statements and scores them",
            "stance.score_documents splits each text into statements"),
        ("document", str(tmp_path / "nostops.txt")): (
            "classify them with stance classify, one statement a line on its standard input",
            "score the parts with stance.score"),
        ("document", str(tmp_path / "wide.txt"), "--encoding", "latin-1"): (
            "read the file as UTF-16, --encoding utf-16", "read the file as UTF-16, open(path, encoding='utf-16')"),
        ("train", str(polish), "-o", str(tmp_path / "m")): (
            "yet they are stemmed as English (by default: --option stem=true) and the negation words marked are "
            "English's, as without --option negation_words",
            "yet stem=True (the default) stems them as English and negation_words=None marks"),
    }
    calls = [lambda: stance.classify_many(russian), lambda: stance.score(str(tmp_path / "long.csv")),
             lambda: stance.score_document((tmp_path / "nostops.txt").read_text(encoding="utf-8")),
             lambda: stance.score_document((tmp_path / "wide.txt").read_text(encoding="latin-1")),
             lambda: stance.train(str(polish), stance_column="stance")]
    for (argv, (typed, python)), call in zip(commands.items(), calls):
        status, _, err = run(capsys, *argv)
        assert status == 0 and typed in err and python not in err, err
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
        assert any(python in one for one in said) and not any(typed in one for one in said), said
        # raised as an error by the warnings filter, the command says it in its words too
        shutil.rmtree(tmp_path / "m", ignore_errors=True)
        with warnings.catch_warnings():
            warnings.simplefilter("error", stance.StanceWarning)
            status, _, err = run(capsys, *argv)
        assert status == 2 and "warning raised as an error" in err and typed in err and python not in err, err


def _sided_rows(values: tuple[str, ...], rows: int = 12) -> pd.DataFrame:
    """Labelled rows of two targets whose stance cycles through ``values``, and off-topic ones."""
    made = []
    for i in range(rows):
        made += [(f"We must send more aid to Ukraine number {i} now.", "support_ukraine", values[i % len(values)]),
                 (f"NATO must stand united in case {i} today.", "unity", values[i % len(values)]),
                 (f"The weather is nice on day {i}.", "none", "")]
    return pd.DataFrame(made, columns=["text", "labels", "stance"])


def test_a_quoted_name_of_the_users_own_is_not_turned_into_a_flag(capsys, tmp_path):
    # A review of a7361c28: the command line's turning of argument names into flags reached into
    # the names a message quotes, the user's own: --text-column "favor= x" was echoed as
    # "--text-column='--favor x'" and a column "by= x" listed as '--by x' (before a7361c28,
    # "--by= x"), names no file holds. The library quotes them as they are.
    frame = pd.DataFrame({"text": ["We stand together."] * 3, "by= x": [1, 2, 3], "n_jobs=2": [4, 5, 6]})
    frame.to_csv(tmp_path / "a.csv", index=False)
    said = "no such column; columns present: ['text', 'by= x', 'n_jobs=2']"
    status, _, err = run(capsys, "score", str(tmp_path / "a.csv"), "-o", str(tmp_path / "o.csv"),
                         "--text-column", "favor= x")
    assert status == 2 and f"stance score: --text-column 'favor= x': {said}" in err, err
    with pytest.raises(stance.InvalidInputError, match=re.escape(f"text_column='favor= x': {said}")):
        stance.score(frame, text_column="favor= x")


def test_a_value_typed_after_its_flag_is_not_turned_into_a_flag(capsys, tmp_path):
    # A review of 6fa3e2bc: a value the command line types unquoted after its flag is the user's
    # own as a quoted one is, but the names in it still became flags: an off-topic label 'by=x'
    # was offered as "did you mean --none-label --by=x?", which argparse refuses.
    frame = _sided_rows(("favor", "against")).replace({"labels": {"none": "by=x"}}).drop(columns="stance")
    frame.to_csv(tmp_path / "byx.csv", index=False)
    status, _, err = run(capsys, "check", str(tmp_path / "byx.csv"), "--none-label", "BY=X")
    assert status == 0 and "labels are matched exactly: did you mean --none-label by=x?\n" in err, err
    status, _, err = run(capsys, "check", str(tmp_path / "byx.csv"), "--none-label", "by=x")
    assert status == 0 and "label of no row" not in err, err


def test_a_message_that_names_an_option_names_it_as_the_command_line_takes_it(capsys, tmp_path):
    # A review: three messages a command line user reads were in Python's words. "stance train
    # --option threshold_folds=3" of 20 texts warned "threshold_folds=3: no threshold folds ran …";
    # a stance column of 'favor' and 'pro' was told "data[stance_column] = data[stance_column]
    # .replace({'pro': 'favor'})"; "--option mindf=2" was asked "(did you mean 'min_df'?)" and
    # shown Python lists. The library keeps its words: one source gives both.
    _sided_rows(("favor", "against")).head(20).to_csv(tmp_path / "few.csv", index=False)
    _sided_rows(("favor", "against", "pro")).to_csv(tmp_path / "pro.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "few.csv"), "-o", str(tmp_path / "a"),
                         "--option", "threshold_folds=3")
    assert status == 0 and "warning: --option threshold_folds=3: no threshold folds ran, as the training data's " \
        "20 different texts" in err and "; pass --option threshold_folds=2 or fewer, or train on 30" in err, err
    assert "(on the command line" not in err, err
    status, _, err = run(capsys, "train", str(tmp_path / "pro.csv"), "-o", str(tmp_path / "b"),
                         "--option", "threshold_folds=0")
    assert status == 0 and "'favor' (8 rows) and 'pro' (8 rows) both read as favour" in err, err
    assert "stance evaluate scores them apart" in err and err.rstrip("\n").split("\n")[0].endswith(
        "merge them if they are one: in the file's stance column, write 'favor' for 'pro'"), err
    assert "data[stance_column]" not in err and "stance.profile" not in err, err
    status, _, err = run(capsys, "train", str(tmp_path / "few.csv"), "-o", str(tmp_path / "c"), "--option", "mindf=2")
    assert status == 2 and err.startswith("stance train: unknown training option(s) mindf (did you mean --option "
                                          "min_df?); valid options: ngram_max, stem, "), err
    assert "['" not in err, err
    # A column argument given as an option is told its flag, as the library is told the argument.
    status, _, err = run(capsys, "train", str(tmp_path / "few.csv"), "-o", str(tmp_path / "c"),
                         "--option", "label_column=labels")
    assert status == 2 and "(did you mean --labels-column?)" in err, err
    # The library's words are Python's.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(tmp_path / "few.csv", stance_column="stance", threshold_folds=3)
        stance.train(tmp_path / "pro.csv", stance_column="stance", threshold_folds=0)
    said = " ".join(str(w.message) for w in caught)
    assert "threshold_folds=3: no threshold folds ran" in said and "pass threshold_folds=2 or fewer (on the " \
        "command line --option threshold_folds=2)" in said, said
    assert "stance.profile counts them together" in said and \
        "data[stance_column] = data[stance_column].replace({'pro': 'favor'})" in said, said
    with pytest.raises(stance.InvalidInputError, match=r"\['mindf'\] \(did you mean 'min_df'\?\); valid options: \["):
        stance.train(tmp_path / "few.csv", mindf=2)


def test_check_of_too_few_texts_for_threshold_folds_names_no_line_of_the_file(capsys, tmp_path):
    # A review: stance check --option threshold_folds=3 of 36 rows ended its warning "… or give each
    # fold's training rows 30 different texts or more (rows count from 0 after the header: row 30
    # is line 32 of the file)": "rows 30" was read as a row the warning named, and its line given.
    _sided_rows(("favor", "against")).to_csv(tmp_path / "few.csv", index=False)
    status, _, err = run(capsys, "check", str(tmp_path / "few.csv"), "--option", "threshold_folds=3")
    said = [line for line in err.splitlines() if "no threshold folds ran" in line]
    assert status == 0 and len(said) == 1 and said[0].endswith("30 different texts or more"), err
    assert "rows count from 0" not in said[0], said


def test_check_advises_the_options_of_another_language_once_not_once_a_fold(capsys, tmp_path):
    # A review: stance check of Polish rows, four of them ending "The end.", warned four times,
    # "the training texts hardly hold English's commonest words (…: 2.7% of their words…)", then
    # 3.5%, 2.2%, 3.3%: each fold model's training rows, each a share of its own. Now once, of the
    # whole data, as stance train of the same file says it; stance.cross_validate alike.
    frame = pd.read_csv(Path(__file__).resolve().parent / "data" / "polish.csv")
    frame.loc[[0, 7, 30, 50], "text"] = frame.loc[[0, 7, 30, 50], "text"] + " The end."
    frame.to_csv(tmp_path / "pl.csv", index=False)
    advice = "the training texts hardly hold English's commonest words"
    status, _, err = run(capsys, "check", str(tmp_path / "pl.csv"))
    assert status == 0 and err.count(advice) == 1, err
    said = next(line for line in err.splitlines() if advice in line)
    status, _, trained = run(capsys, "train", str(tmp_path / "pl.csv"), "-o", str(tmp_path / "m"))
    assert status == 0 and said.replace("stance check:", "stance train:") in trained.splitlines(), (said, trained)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(tmp_path / "pl.csv", folds=4)
    assert sum(advice in str(w.message) for w in caught) == 1, [str(w.message) for w in caught]


def test_a_warning_says_what_its_class_start_says_once(capsys, tmp_path):
    # A review: "mojibake: row 0 holds 'â€™', which is '’' decoded in the wrong encoding (mojibake), …"
    # said it twice, the class's start and the message's own word (every MojibakeWarning did, of
    # a file, a document or rows); "text of a document's length: the statement on line 1 holds 8,699
    # characters, a document's length rather than a statement's"; "file read twice: … its
    # statements are read twice (trained on, evaluated or scored twice)". Each says it once now,
    # to the library and on the command line.
    (tmp_path / "latin.csv").write_bytes("id,text\r\n1,We agree.\r\n2,\u201cNATO\u201d stands.\r\n".encode("cp1252"))
    (tmp_path / "long.txt").write_text("and we stand with our allies " * 300, encoding="utf-8")
    (tmp_path / "rep").mkdir()
    for name in ("a.csv", "a (copy).csv"):
        pd.DataFrame({"text": ["We agree.", "We stand with Ukraine."]}).to_csv(tmp_path / "rep" / name, index=False)
    starts = {stance.MojibakeWarning: "mojibake", stance.LongTextWarning: "document's length",
              stance.RepeatedFileWarning: "read twice"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.score(["Ukraineâ€™s future.", "We agree."])
        stance.score(["Ukraineâ€™s future.", "Weâ€™re here."])
        stance.score(str(tmp_path / "latin.csv"), encoding="latin-1")
        stance.score_document("Ukraineâ€™s future is ours. We agree.")
        stance.score_document((tmp_path / "long.txt").read_text(encoding="utf-8"))
        stance.score(str(tmp_path / "rep"))
    said = [(w.category, str(w.message)) for w in caught if w.category in starts]
    assert {category for category, _ in said} == set(starts), said
    for category, message in said:
        assert message.startswith(category.prefix + ": ") and message.count(starts[category]) == 1, message
    lines = []
    for argv in (("classify", "We agree.", "Ukraineâ€™s future is ours."),
                 ("score", str(tmp_path / "latin.csv"), "--encoding", "latin-1", "-o", str(tmp_path / "o.csv")),
                 ("document", str(tmp_path / "long.txt")),
                 ("score", str(tmp_path / "rep"), "-o", str(tmp_path / "r.csv"))):
        status, _, err = run(capsys, *argv)
        assert status == 0, err
        lines += [line for line in err.splitlines() if ": warning: " in line]
    told = [line for line in lines if any(f"warning: {start}" in line for start in ("mojibake", "text of a document",
                                                                                    "file read twice"))]
    assert len(told) == 4 and all(line.count(word) == 1 for line in told for word in starts.values() if word in line)


def test_a_fold_trained_on_another_language_is_advised_of_it_where_the_whole_data_is_not(tmp_path):
    # A review of eead4a61: cross_validate of English and Polish rows, grouped by language, trained
    # one fold's model on the Polish rows alone, stemmed as English, and said nothing (its parent:
    # "the training texts hardly hold English's commonest words (…: 2.2%…)"); the whole data, half
    # English, calls for no advice. Now that fold says it, once; and a fit after the call still does.
    data = Path(__file__).resolve().parent / "data"
    polish, english = pd.read_csv(data / "polish.csv"), pd.read_csv(data / "energy.csv")
    frame = pd.concat([english[["text", "labels", "stance"]].assign(language="en"),
                       polish.assign(language="pl")], ignore_index=True)
    advice = "the training texts hardly hold English's commonest words"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.cross_validate(frame, folds=2, groups="language")
    assert sum(advice in str(w.message) for w in caught) == 1, [str(w.message) for w in caught]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(polish)
    assert sum(advice in str(w.message) for w in caught) == 1, [str(w.message) for w in caught]


def test_training_without_a_stance_head_is_advised_as_the_flag_is_typed(capsys, tmp_path):
    # A review: `stance train` of a stance column of one value was told "pass --stance-column=None
    # to train without one", where --help and the README spell `--stance-column none`; so was a
    # column of two values, one of them in too few rows. The library keeps stance_column=None.
    _sided_rows(("favor",)).to_csv(tmp_path / "one.csv", index=False)
    rare = _sided_rows(("favor",))
    rare.loc[0, "stance"] = "against"
    rare.to_csv(tmp_path / "rare.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "one.csv"), "-o", str(tmp_path / "a"))
    assert status == 2 and "got ['favor']; pass --stance-column none to train without one" in err, err
    status, _, err = run(capsys, "train", str(tmp_path / "rare.csv"), "-o", str(tmp_path / "b"))
    assert status == 2 and "or pass --stance-column none to leave the stance out" in err, err
    # What it advises, the command takes.
    status, _, err = run(capsys, "train", str(tmp_path / "one.csv"), "-o", str(tmp_path / "c"),
                         "--stance-column", "none", "--option", "threshold_folds=0")
    assert status == 0, err
    with pytest.raises(stance.InvalidInputError, match=r"got \['favor'\]; pass stance_column=None to train without"):
        stance.train(tmp_path / "one.csv", stance_column="stance")


def test_the_advice_for_another_language_is_in_whole_command_line_words(capsys, tmp_path):
    # A review: `stance train` of Polish rows was advised "--option stem=german, 'french'… (…) or
    # … --option negation_words=polish, 'czech', 'ukrainian' or a list of words", flags beside
    # Python's quoted values, and told "--option negation_words=none marks after English negation
    # words", an option no one typed. The library's words are unchanged.
    polish = [f"Polska musi wzmocnić wschodnią flankę NATO, ale nie sama, numer {i}." for i in range(12)]
    polish += [f"Ukraina potrzebuje broni i pomocy teraz, numer {i}." for i in range(12)]
    frame = pd.DataFrame({"text": polish, "labels": ["eastern_flank"] * 12 + ["ukraine_support"] * 12,
                          "stance": ["favor", "against"] * 12})
    frame.to_csv(tmp_path / "pl.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "pl.csv"), "-o", str(tmp_path / "a"),
                         "--option", "threshold_folds=0")
    assert status == 0 and ("yet they are stemmed as English (by default: --option stem=true) and the negation words "
                            "marked are English's, as without --option negation_words (not, no, never…; Polish \"no\" "
                            "is \"well\"): name their language, --option stem=german (or french…: a Snowball "
                            "language, which gives its negation words too), or for a language Snowball has no stemmer "
                            "for --option stem=false with --option negation_words=polish (or czech, or its "
                            "words between commas: nie,nigdy)\n") in err, err
    status, _, err = run(capsys, "train", str(tmp_path / "pl.csv"), "-o", str(tmp_path / "b"),
                         "--option", "threshold_folds=0", "--option", "stem=false")
    assert status == 0 and ("yet the negation words marked are English's, as without --option negation_words (not, "
                            "no, never…; Polish \"no\" is \"well\"): name their language, --option "
                            "negation_words=polish (or czech, a Snowball language, or its words "
                            "between commas: nie,nigdy)\n") in err, err
    assert "'czech'" not in err and "negation_words=none" not in err, err
    # What it advises, the command takes, and is not told again.
    status, _, err = run(capsys, "train", str(tmp_path / "pl.csv"), "-o", str(tmp_path / "c"), "--option",
                         "threshold_folds=0", "--option", "stem=false", "--option", "negation_words=nie,nigdy")
    assert status == 0 and "English's commonest words" not in err, err
    with pytest.warns(stance.StanceWarning, match=r"yet stem=True \(the default\) stems them as English and "
                                                  r"negation_words=None marks after English negation words .*: name "
                                                  r"their language, stem='german', 'french'…"):
        stance.train(frame, stance_column="stance", threshold_folds=0)


def test_the_off_topic_label_is_named_by_its_flag(capsys, tmp_path):
    # A review: `--option none=x` was told no option, where stance.train(none=x) is asked "did
    # you mean 'none_label'?"; and a --none-label that is the label of no row was told "pass it as
    # none_label (--none-label=None for a scheme without one)". The library's words are unchanged.
    frame = _sided_rows(("favor", "against"))
    frame = frame[frame.labels != "none"]
    frame.to_csv(tmp_path / "on.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "on.csv"), "-o", str(tmp_path / "a"), "--option", "none=x")
    assert status == 2 and err.startswith("stance train: unknown training option(s) none (did you mean --none-label?); "
                                          "valid options: ngram_max, "), err
    with pytest.raises(stance.InvalidInputError, match=r"\['none'\] \(did you mean 'none_label'\?\)"):
        stance.train(frame, none="x")
    status, _, err = run(capsys, "train", str(tmp_path / "on.csv"), "-o", str(tmp_path / "b"),
                         "--option", "threshold_folds=0")
    assert status == 0 and ("warning: --none-label none is the label of no row, so every label is a target; if your "
                            "off-topic label has another name, pass it as --none-label (--none-label None for a "
                            "scheme without one)\n") in err, err
    # What it advises, the command takes, and is not told again.
    status, _, err = run(capsys, "train", str(tmp_path / "on.csv"), "-o", str(tmp_path / "c"),
                         "--option", "threshold_folds=0", "--none-label", "None")
    assert status == 0 and "label of no row" not in err, err
    with pytest.warns(stance.StanceWarning, match=r"if your off-topic label has another name, pass it as none_label "
                                                  r"\(none_label=None for a scheme without one\)"):
        stance.train(frame, stance_column="stance", threshold_folds=0)


def test_an_off_topic_label_near_the_one_given_is_offered_as_the_flag_is_typed(capsys, tmp_path):
    # A review of 4c666502: a --none-label near a label of the data ("Other" for 'other') was
    # asked "did you mean --none-label='other'?", Python's quoting behind the flag, where the same
    # warning's other remedy, and the command's other advice, give "--none-label other". stance
    # check shares it; the library keeps none_label='other'.
    frame = _sided_rows(("favor", "against")).replace({"labels": {"none": "other"}}).drop(columns="stance")
    frame.to_csv(tmp_path / "other.csv", index=False)
    for command in (["train", str(tmp_path / "other.csv"), "-o", str(tmp_path / "a"), "--option", "threshold_folds=0"],
                    ["check", str(tmp_path / "other.csv")]):
        status, _, err = run(capsys, *command, "--none-label", "Other")
        assert status == 0 and ("warning: --none-label Other is the label of no row, so every label is a target; "
                                "labels are matched exactly: did you mean --none-label other?\n") in err, err
    # What it offers, the command takes, and is not told again.
    status, _, err = run(capsys, "train", str(tmp_path / "other.csv"), "-o", str(tmp_path / "b"),
                         "--option", "threshold_folds=0", "--none-label", "other")
    assert status == 0 and "label of no row" not in err, err
    with pytest.warns(stance.StanceWarning, match=r"labels are matched exactly: did you mean none_label='other'\?"):
        stance.train(frame, none_label="Other", threshold_folds=0)


def test_the_warning_of_another_language_names_the_models_stem_as_the_option_is_typed(capsys, tmp_path):
    # A review of 47953e87: `stance score` (and `stance classify`) of French rows was told the model
    # was "trained on English (stem=True)", Python's True beside the --option advice that follows; a
    # model trained with --option stem=porter alike ("stem='porter'"). The library keeps stem=True.
    french = ["Nous refusons l'envoi de soldats français en Ukraine.",
              "La France soutient l'Ukraine et l'unité de l'OTAN.", "Il faut renforcer le flanc est de l'Alliance.",
              "Nous ne voulons pas de guerre avec la Russie en Ukraine."]
    pd.DataFrame({"text": french}).to_csv(tmp_path / "fr.csv", index=False)
    _sided_rows(("favor", "against")).to_csv(tmp_path / "en.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "en.csv"), "-o", str(tmp_path / "porter"),
                         "--option", "threshold_folds=0", "--option", "stem=porter")
    assert status == 0, err
    for command, stem in ((["score", str(tmp_path / "fr.csv"), "-o", str(tmp_path / "a.csv")], "true"),
                          (["classify", *french], "true"),
                          (["score", str(tmp_path / "fr.csv"), "-o", str(tmp_path / "b.csv"), "--model",
                            str(tmp_path / "porter")], "porter")):
        status, _, err = run(capsys, *command)
        assert status == 0 and f"this model, trained on English (--option stem={stem}), scores them" in err, err
        assert "stem=True" not in err and "stem='porter'" not in err, err
    with pytest.warns(stance.OtherLanguageWarning, match=r"this model, trained on English \(stem=True\), scores them"):
        stance.score(french)


def test_classify_of_several_lines_warns_of_another_language_once_as_classify_many_does(capsys, monkeypatch):
    # An audit by an analyst with multilingual sources: `stance classify < fr.txt` of four
    # French lines said nothing, where classify_many and `stance document` warned "4 of the 4
    # statements … hold none of English's commonest words".
    french = ["Nous refusons l'envoi de soldats français en Ukraine.",
              "La France soutient l'Ukraine et l'unité de l'OTAN.", "Il faut renforcer le flanc est de l'Alliance.",
              "Nous ne voulons pas de guerre avec la Russie en Ukraine."]
    said = ("stance classify: warning: text of another language: 4 of the 4 statements of 5 words or more hold "
            "none of English's commonest words")
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(french) + "\n"))
    status, out, err = run(capsys, "classify", "--details")
    assert status == 0 and len(out.splitlines()) == 4 and err.count(said) == 1, err
    status, out, err = run(capsys, "classify", *french)
    assert status == 0 and len(out.splitlines()) == 4 and err.count(said) == 1, err
    # A live stream, a line a batch: each line is answered as it comes, and the warning said once.
    monkeypatch.setattr("stance.cli_classify._stdin_batches", lambda **_: iter([[line] for line in french * 3]))
    status, out, err = run(capsys, "classify")
    assert status == 0 and len(out.splitlines()) == 12 and err.count("English's commonest words") == 1, err
    # A review: a stream's lines judged after each batch warned of three English headlines that
    # came first (as French words: "pro", "la"), where the same lines in a file did not: the
    # lines are judged once, the same however they arrive.
    headlines = ["Pro-Russian hackers hit Lithuanian websites again", "Pro-NATO parties win big in Finland election",
                 "Pro-Ukraine rally in Berlin draws thousands"]
    english = ["We have a one-speed NATO, and it must stay so."] * 10
    for batches in ([headlines + english], [headlines, english], [[line] for line in headlines + english]):
        monkeypatch.setattr("stance.cli_classify._stdin_batches", lambda batches=batches, **_: iter(batches))
        status, out, err = run(capsys, "classify")
        assert status == 0 and len(out.splitlines()) == 13 and "English's commonest words" not in err, batches
    monkeypatch.undo()
    monkeypatch.setattr("sys.stdin", io.StringIO("We have a one-speed NATO, and it must stay so.\n" * 4))
    status, out, err = run(capsys, "classify")
    assert status == 0 and "English's commonest words" not in err


def test_classify_dash_reads_stdin_as_document_does(capsys, monkeypatch):
    # `echo "Send tanks to Kyiv." | stance classify --json -` classified the text "-".
    monkeypatch.setattr("sys.stdin", io.StringIO("We have a one-speed NATO.\n\n"))
    status, out, _ = run(capsys, "classify", "--json", "-")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [row["text"] for row in rows] == ["We have a one-speed NATO.", ""]
    assert [row["label"] for row in rows] == ["unity", "none"]
    status, out, err = run(capsys, "classify", "We have a one-speed NATO.", "-")
    assert status == 2 and out == "" and "- (stdin)" in err and len(err.strip().splitlines()) == 1


def test_classify_stdin_drops_a_byte_order_mark_at_the_start_of_any_line(capsys, monkeypatch):
    # `cat a.txt b.txt | stance classify --json`: b.txt's mark opened its first line's "text".
    raw = "\ufeffA.\n\ufeffSend tanks to Kyiv.\n".encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    status, out, _ = run(capsys, "classify", "--json")
    assert status == 0 and [json.loads(line)["text"] for line in out.splitlines()] == ["A.", "Send tanks to Kyiv."]

def test_classify_stdin_drops_windows_line_ends(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("We have a one-speed NATO.\r\n"))
    status, out, _ = run(capsys, "classify", "--json")
    assert status == 0 and json.loads(out)["text"] == "We have a one-speed NATO."


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32"])
@pytest.mark.parametrize("command", ["classify", "explain"])
def test_stdin_lines_that_end_in_a_return_alone_are_lines(capsys, monkeypatch, codec, command):
    # Lines ending in "\r" alone (old Mac line ends) were one statement, "Not one more cent for
    # Kyiv.\rWe stand together…", one answer, exit 0; tables and stance document end a line there.
    lines = ["Not one more cent for Kyiv.", "We stand together with our Allies.", "", "Bring the brigade home."]
    for raw in ("\r".join(lines) + "\r", "\r".join(lines[:2]) + "\r\n" + "\r".join(lines[2:])):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw.encode(codec))))
        status, out, err = run(capsys, command, "--json", "-")
        assert status == 0, err
        assert [json.loads(line)["text"] for line in out.splitlines()] == lines, out
    # A file whose first line ends in "\n" or "\r\n" keeps a "\r" inside a line as its text, as a table does.
    raw = "We stand together.\r\nWe back\rUkraine.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw.encode(codec))))
    status, out, err = run(capsys, command, "--json", "-")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["We stand together.", "We back\rUkraine."]


@pytest.mark.parametrize("command", ["classify", "explain"])
def test_json_lines_stay_one_record_per_line_to_splitlines(capsys, command):
    # json.dumps(ensure_ascii=False) wrote U+0085, U+2028 and U+2029 raw inside a string, and
    # str.splitlines() ends a line at each, so a JSON Lines reader using it split a record.
    texts = ["NATO\u2028is united.", "Send\u2029tanks\x85now.", "a\x0bb\x0cc\x1cd\x1de\x1ef"]
    status, out, _ = run(capsys, command, "--json", *texts)
    records = out.splitlines()
    assert status == 0 and len(records) == 3, records
    assert [json.loads(record)["text"] for record in records] == texts
    assert "\\u2028" in records[0] and "\\u2029" in records[1] and "\\u0085" in records[1]


def test_details_keep_one_record_per_line(capsys):
    status, out, _ = run(capsys, "classify", "--details", "line one\nline two\tabout NATO unity")
    assert status == 0 and len(out.splitlines()) == 1
    assert out.rstrip("\n").split("\t")[5] == "line one\\nline two\\tabout NATO unity"


def test_empty_stdin_is_no_statement_out(capsys, monkeypatch):
    # A pipe of no line is classified into no line, with a note (it was a usage error, status 2:
    # see test_classify_of_an_empty_pipe_prints_nothing_and_succeeds).
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, out, err = run(capsys, "classify")
    assert status == 0 and out == "" and len(err.strip().splitlines()) == 1
    # Blank lines are lines: each is classified `none`, as the API does, and that is success
    # (it printed a `none` for each and then failed, saying there was nothing on stdin).
    monkeypatch.setattr("sys.stdin", io.StringIO("\n \n"))
    assert run(capsys, "classify")[:2] == (0, "none\nnone\n")


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate"], ["classify", "--model"], ["score", "in.csv"], ["train"],
     ["classify", "--model", "/no/such/model", "x"], ["evaluate", "/no/such.csv"]],
)
def test_bad_usage_exits_2_with_one_line(capsys, argv):
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert len(err.strip().splitlines()) == 1, err


def test_paths_that_start_with_a_tilde_are_in_the_home_folder(capsys, tmp_path, energy_frame, monkeypatch):
    # The shell expands no "~" after "=": --output=~/m saved into a folder named "~" in the working
    # folder and said "saved to ~/m", a path that named another folder, and --model=~/m read it.
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir(), work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    energy_frame.to_csv(home / "energy.csv", index=False)
    status, _, err = run(capsys, "train", "~/energy.csv", "--output=~/m", "--stance-column", "stance")
    assert status == 0 and (home / "m" / "checksums.json").is_file() and f"saved to {home / 'm'}" in err, err
    status, out, _ = run(capsys, "classify", "--model=~/m", "Build more nuclear plants.")
    assert (status, out) == (0, "nuclear\n")
    (home / "in.csv").write_text("text\nBuild more nuclear plants.\n")
    status, _, err = run(capsys, "score", "~/in.csv", "--output=~/out.csv", "--model=~/m", "--no-progress")
    assert status == 0 and pd.read_csv(home / "out.csv").label.tolist() == ["nuclear"], err
    status, out, _ = run(capsys, "evaluate", "~/energy.csv", "--model=~/m", "--json")
    assert status == 0 and json.loads(out)["n"] == len(energy_frame)
    assert os.listdir(work) == []


def test_train_refuses_an_output_inside_another_models_folder(capsys, tmp_path, energy_frame, monkeypatch):
    # "saved to host/v2", exit 0, and then 'host' failed to load: refused before training, in one line.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("energy.csv", index=False)
    assert run(capsys, "train", "energy.csv", "-o", "host", "--stance-column", "stance")[0] == 0
    before = sorted(os.listdir("host"))
    for overwrite in ([], ["--overwrite"]):
        status, _, err = run(capsys, "train", "energy.csv", "-o", "host/v2", "--stance-column", "stance", *overwrite)
        assert status == 2 and len(err.strip().splitlines()) == 1, err
        assert ("cannot save to 'host/v2': it is inside the folder of the model 'host', which would then no longer "
                "load; save it beside that folder instead, say to 'v2'") in err, err
    assert sorted(os.listdir("host")) == before
    assert run(capsys, "info", "--model", "host")[0] == 0


def test_model_bundled_warns_of_a_folder_named_bundled_it_does_not_read(capsys, tmp_path, energy_frame, monkeypatch):
    # --model bundled read the packaged model without a word when ./bundled was the user's own
    # model (saved by stance train -o bundled), whose answers they then expected.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("energy.csv", index=False)
    warning = ("warning: 'bundled' names the packaged model; the folder ./bundled is not read: pass --model "
               "./bundled for it\n")
    status, out, err = run(capsys, "classify", "--model", "bundled", "nuclear power plants")
    assert (status, out) == (0, "none\n") and "warning" not in err, err  # no folder: nothing to say
    Path("bundled").mkdir()
    Path("bundled/logo.svg").write_text("<svg/>", encoding="utf-8")  # a folder of that name holding no model
    status, out, err = run(capsys, "classify", "--model", "bundled", "nuclear power plants")
    assert (status, out, err) == (0, "none\n", "")
    shutil.rmtree("bundled")
    status, _, err = run(capsys, "train", "energy.csv", "-o", "bundled", "--stance-column", "stance")
    assert status == 0 and err.endswith("saved to bundled (--model ./bundled reads it: --model bundled is the "
                                        "packaged model)\n"), err
    status, out, err = run(capsys, "classify", "--model", "bundled", "nuclear power plants")
    assert (status, out, err) == (0, "none\n", "stance classify: " + warning)  # the packaged model, as documented
    status, out, err = run(capsys, "classify", "--model", "./bundled", "nuclear power plants")
    assert (status, out, err) == (0, "nuclear\n", "")
    status, _, err = run(capsys, "evaluate", "energy.csv", "--model", "bundled", "--compare-with", "bundled")
    assert status == 0 and err.count(warning) == 1, err  # once, for both
    status, _, err = run(capsys, "evaluate", "energy.csv", "--model", "./bundled", "--compare-with", "bundled")
    assert status == 0 and err.count(warning) == 1, err
    status, _, err = run(capsys, "train", "energy.csv", "-o", "models/bundled", "--stance-column", "stance")
    assert status == 0 and err.endswith("saved to models/bundled\n"), err


def test_train_evaluate_info_classify_round_trip(capsys, tmp_path, energy_frame):
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    out_dir = tmp_path / "model"
    status, out, err = run(capsys, "train", str(data), "-o", str(out_dir), "--stance-column", "stance")
    assert status == 0 and out == "" and "gas, none, nuclear, renewables" in err  # said on stderr, as score says
    status, _, err = run(capsys, "train", str(data), "-o", str(out_dir))
    assert status == 2 and "--overwrite" in err
    status, out, err = run(capsys, "evaluate", str(data), "--model", str(out_dir), "--json")
    report = json.loads(out)
    assert status == 0 and report["n"] == len(energy_frame) and report["metrics"]["top1_in_gold"] > 0.9
    # Scored on the rows it was trained on, read from the file as training read them: a fit, said on stderr.
    assert "warning: the model was trained on these very rows" in err
    status, out, _ = run(capsys, "info", "--model", str(out_dir))
    assert status == 0 and "renewables" in out and "64" in out
    status, out, _ = run(capsys, "classify", "--model", str(out_dir), "Shut the reactors down for good.")
    assert status == 0 and out.startswith("nuclear")


def test_train_finds_the_stance_column_as_evaluate_does(capsys, tmp_path, energy_frame, ignore_dependency_deprecations):
    # The eighth user audit: a file with a "stance" column trained without its stance head, silently.
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "with"))
    assert status == 0 and "stance head on column 'stance'" in err
    assert stance.load(tmp_path / "with").stance_classes == tuple(sorted(energy_frame.stance.dropna().unique()))
    with warnings.catch_warnings():
        warnings.simplefilter("always")  # not the test suite's filter: the command's own
        ignore_dependency_deprecations()
        status, out, err = run(capsys, "train", str(data), "-o", str(tmp_path / "without"),
                               "--stance-column", "none")
    assert status == 0 and out == "" and "no stance head" in err
    assert stance.load(tmp_path / "without").stance_classes == ()
    assert "warning" not in err  # no warning about the stance column left out: it was asked for
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "x"), "--stance-column", "stnace")
    assert status == 2 and "Did you mean 'stance'?" in err


def test_a_labels_column_named_stance_is_no_stance_column(capsys, tmp_path, positions_frame):
    # A user audit: `stance train st.csv --labels-column stance` reported a stance head on
    # column 'stance', the labels themselves, and `stance evaluate` printed stance_f_avg 1.000.
    data = tmp_path / "st.csv"
    positions_frame.to_csv(data, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        status, out, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--labels-column", "stance",
                               "--none-label", "neutral", "--option", "threshold_folds=0")
        assert status == 0 and out == "" and "no stance head" in err and "warning" not in err, (out, err)
        assert stance.load(tmp_path / "m").stance_classes == ()
        # Said of the model evaluated on the rows it was trained on, and nothing else.
        fit = "the model was trained on these very rows"
        status, out, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "m"), "--labels-column",
                               "stance")
        assert status == 0 and "stance_" not in out and [line for line in err.splitlines() if fit not in line] == [], (
            out, err)
        status, out, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "m"), "--labels-column",
                               "stance", "--compare-with", str(tmp_path / "m"))
        itself = "--compare-with: it is the same model as --model"  # and that the model is compared with itself
        assert status == 0 and "stance_" not in out and [line for line in err.splitlines()
                                                         if fit not in line and itself not in line] == [], (out, err)
    for command in (["train", str(data), "-o", str(tmp_path / "m2"), "--none-label", "neutral"],
                    ["evaluate", str(data), "--model", str(tmp_path / "m")]):
        status, out, err = run(capsys, *command, "--labels-column", "stance", "--stance-column", "stance")
        assert status == 2 and out == "" and not (tmp_path / "m2").exists()
        assert "--stance-column stance is the labels column too (--labels-column stance)" in err, err


def test_train_with_the_text_and_labels_columns_swapped_says_so_in_one_short_line(capsys, tmp_path):
    # A user audit: `stance train big.csv --labels-column text --text-column labels` printed one
    # stderr line of 6.8 MB, every text of the file quoted as a rare label.
    texts = [f"Statement {i}: " + "a new reactor would give us clean power for the next fifty years " * 40
             for i in range(1000)]
    data = tmp_path / "big.csv"
    labels = ["nuclear", "renewables", "none"] * 333 + ["none"]
    pd.DataFrame({"text": texts, "labels": labels}).to_csv(data, index=False)
    status, out, err = run(capsys, "train", str(data), "-o", str(tmp_path / "sw"), "--labels-column", "text",
                           "--text-column", "labels", "--stance-column", "none")
    assert status == 2 and out == "" and not (tmp_path / "sw").exists()
    assert len(err) < 2000 and err.count("\n") == 1, len(err)
    assert err.startswith("stance train: --labels-column text: each label needs at least 3 examples; too few for "
                          "1000 of the 1000 labels: 'Statement 0: a new reactor"), err[:300]
    assert " and 997 more. " in err and "did you swap" in err and "--text-column and --labels-column" in err, err


def test_a_stance_column_in_another_case_is_said_with_its_flag(capsys, tmp_path, energy_frame, energy_model,
                                                               ignore_dependency_deprecations):
    # An instructor's audit: a header "text ,Labels,Stance" trained "no stance head", silently.
    data = tmp_path / "hdr.csv"
    energy_frame.rename(columns={"text": "text ", "labels": "Labels", "stance": "Stance"}).to_csv(data, index=False)
    energy_model.save(tmp_path / "m")
    columns = ["--text-column", "text ", "--labels-column", "Labels"]
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        ignore_dependency_deprecations()
        status, out, err = run(capsys, "train", str(data), "-o", str(tmp_path / "out"), *columns)
        assert status == 0 and out == "" and "no stance head" in err
        assert "the data has a 'Stance' column" in err and "--stance-column Stance" in err
        status, _, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "m"), *columns)
        assert status == 0 and "--stance-column Stance" in err
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "out2"), *columns,
                             "--stance-column", "none")
        assert status == 0 and "warning" not in err  # left out as asked


def test_a_row_an_error_names_is_also_given_as_a_line_of_the_file(capsys, tmp_path, energy_frame):
    frame = energy_frame.copy()
    frame.loc[15, "labels"] = None
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"))
    assert status == 2 and "row 15 has no label" in err and "row 15 is line 17 of the file" in err
    line_17 = (tmp_path / "data.csv").read_text().splitlines()[16]
    assert next(csv.reader([line_17]))[0] == frame.text[15]


def test_every_row_an_error_or_a_warning_names_is_given_as_a_line_of_the_file(capsys, tmp_path, energy_frame):
    # An annotation lead: warnings of train, check and evaluate gave no line, and an error
    # naming several rows gave the line of the first only.
    frame = energy_frame.copy()
    frame.loc[[15, 20], "labels"] = None
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"))
    assert status == 2 and "rows 15, 20 have no label" in err, err
    assert "(rows count from 0 after the header: rows 15, 20 are lines 17, 22 of the file)" in err, err
    frame = energy_frame.copy()
    off_topic = frame.index[frame.labels == "none"][:2].tolist()
    frame.loc[off_topic, "stance"] = "favor"
    frame.to_csv(tmp_path / "data.csv", index=False)
    lines = f"lines {off_topic[0] + 2}, {off_topic[1] + 2} of the file)"
    for command in (["train", "--stance-column", "stance", "-o", str(tmp_path / "m")], ["check"],
                    ["evaluate", "--model", str(tmp_path / "m")]):
        status, _, err = run(capsys, command[0], str(tmp_path / "data.csv"), *command[1:])
        warned = [line for line in err.splitlines() if "has the off-topic label" in line or
                  "have the off-topic label" in line]
        assert status == 0 and len(warned) == 1, err
        assert warned[0].endswith(f"(rows count from 0 after the header: rows {off_topic[0]}, {off_topic[1]} are "
                                  f"{lines}"), warned


def _batch_of_problems(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """``frame`` with five independent label and stance problems, and the row of each."""
    frame = frame.copy()
    favor = frame.index[frame.stance == "favor"]
    rows = {"blank": 2, "missing": int(favor[12]), "case": int(frame.index[frame.labels == "gas"][1]), "typo": 17,
            "stance": int(favor[3])}
    frame.loc[rows["blank"], "labels"] = None
    frame.loc[rows["missing"], "stance"] = None
    frame.loc[rows["case"], "labels"] = "Gas"
    frame.loc[rows["typo"], "labels"] = "nuclaer"
    frame.loc[rows["stance"], "stance"] = "Favor"
    return frame, rows


def test_every_label_and_stance_problem_of_the_data_is_named_in_one_error(capsys, tmp_path, energy_frame):
    # An annotation lead needed six runs to clear a batch: a blank label, a missing stance, a
    # label in another case, a label typo and a stance in another case were refused one a run.
    frame, rows = _batch_of_problems(energy_frame)
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "data.csv"), "--stance-column", "stance",
                         "-o", str(tmp_path / "m"))
    # One problem a line (it was one line of 900 characters), each naming its column as the
    # others do (the labels were "--labels-column='labels'" in (1) and "labels" in (3)). The
    # first beside the count: "stance train: 5 problems:" alone told a script's `head -1` nothing.
    said = [f"stance train: 5 problems: (1) --labels-column labels: row {rows['blank']} has no label; ",
            f"  (2) --stance-column stance: row {rows['missing']} has a target but no stance; ",
            f"  (3) --labels-column labels: label names differ only in case: 'Gas' (1: row {rows['case']}) and "
            f"'gas' (",
            f"  (4) --labels-column labels: each label needs at least 3 examples; too few for 'nuclaer' (1: row "
            f"{rows['typo']}; a typo of 'nuclear'?)",
            f"  (5) --stance-column stance: stance values differ only in case: 'Favor' (1: row {rows['stance']}) and "
            f"'favor' ("]
    lines = ", ".join(str(row + 2) for row in rows.values())
    hint = (f"  (rows count from 0 after the header: rows {', '.join(map(str, rows.values()))} are lines {lines} of "
            f"the file)")
    assert status == 2 and err.splitlines() == [*[line for line in err.splitlines()[:5]], hint], err
    assert [line[:len(part)] for line, part in zip(err.splitlines(), said)] == said, err
    assert err.count("'Gas' (1") == err.count("'Favor' (1") == 1, err  # not named as rare labels or values too
    status, _, err = run(capsys, "check", str(tmp_path / "data.csv"), "--stance-column", "stance")
    assert status == 2 and err.startswith("stance check: 3 problems: (1) --labels-column labels: row 2 has no "
                                          "label; "), err  # the rare labels are flagged by the check, not refused
    assert (f"\n  (3) --stance-column stance: stance values differ only in case: 'Favor' (1: row {rows['stance']})"
            in err), err
    # A problem alone is said as before, on one line.
    frame, _ = _batch_of_problems(energy_frame)
    frame.loc[rows["blank"], "labels"] = energy_frame.labels[rows["blank"]]
    frame.loc[rows["missing"], "stance"] = energy_frame.stance[rows["missing"]]
    frame.loc[rows["case"], "labels"] = "gas"
    frame.loc[rows["typo"], "labels"] = "nuclear"
    frame.to_csv(tmp_path / "data.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "data.csv"), "--stance-column", "stance",
                         "-o", str(tmp_path / "m"))
    assert status == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(f"stance train: stance: stance values differ only in case: 'Favor' (1: row {rows['stance']})"
                          f" and 'favor' ("), err
    assert err.rstrip().endswith(f"; use one spelling (rows count from 0 after the header: row {rows['stance']} is "
                                 f"line {rows['stance'] + 2} of the file)"), err


def test_a_warning_naming_rows_of_a_folder_s_files_gives_their_lines(capsys, tmp_path, energy_frame):
    folder = tmp_path / "fold"
    folder.mkdir()
    frame = energy_frame[40:60].reset_index(drop=True)
    frame.loc[[10, 12], "stance"] = "favor"  # off-topic rows (energy_frame's 50 and 52)
    frame.to_csv(folder / "b.csv", index=False)
    energy_frame[:40].to_csv(folder / "a.csv", index=False)
    status, _, err = run(capsys, "train", str(folder), "--stance-column", "stance", "-o", str(tmp_path / "m"))
    warned = [line for line in err.splitlines() if "off-topic label" in line]
    assert status == 0 and len(warned) == 1, err
    assert warned[0].endswith(f"(rows count from 0 after each file's header: rows 'b.csv:10', 'b.csv:12' are "
                              f"lines 12, 14 of {folder / 'b.csv'})"), warned


def test_a_folder_row_an_error_names_is_also_given_as_a_line_of_its_file(capsys, tmp_path, energy_frame):
    # A folder's rows ("b.csv:02", zero-padded so that they sort in reading order) were named
    # without the line of their file, which a single file's rows are given.
    folder = tmp_path / "fold"
    folder.mkdir()
    energy_frame[:5].to_csv(folder / "a.csv", index=False)
    frame = energy_frame[5:17].reset_index(drop=True)
    frame.loc[2, "labels"] = None
    frame.to_csv(folder / "b.csv", index=False)
    status, _, err = run(capsys, "train", str(folder), "-o", str(tmp_path / "m"))
    assert status == 2 and "row 'b.csv:02' has no label" in err, err
    assert f"row 'b.csv:02' is line 4 of {folder / 'b.csv'}" in err, err
    line_4 = (folder / "b.csv").read_text().splitlines()[3]
    assert next(csv.reader([line_4]))[0] == frame.text[2]


def test_train_reads_a_quoted_glob_as_a_folder_of_its_files(capsys, tmp_path, energy_frame):
    # `stance train "data/2024-*.csv"` was "file not found", where stance score takes a glob:
    # its files are read as a folder's, in name order, each row an error names given its line.
    data = tmp_path / "data"
    data.mkdir()
    energy_frame[0::2].to_csv(data / "2024-01.csv", index=False)
    frame = energy_frame[1::2].reset_index(drop=True)
    frame.to_csv(data / "2024-02.csv", index=False)
    energy_frame[:5].assign(labels=None).to_csv(data / "2023-12.csv", index=False)  # unlabelled, not matched
    status, _, err = run(capsys, "train", str(data / "2024-*.csv"), "-o", str(tmp_path / "m"))
    assert status == 0, err
    model = stance.load(tmp_path / "m")
    assert model.training_["source"] == str(data / "2024-*.csv")
    assert model.training_["rows"] == len(energy_frame)
    frame.loc[2, "labels"] = None
    frame.to_csv(data / "2024-02.csv", index=False)
    status, _, err = run(capsys, "train", str(data / "2024-*.csv"), "-o", str(tmp_path / "m2"))
    assert status == 2 and "row '2024-02.csv:02' has no label" in err, err
    assert f"row '2024-02.csv:02' is line 4 of {data / '2024-02.csv'}" in err, err
    status, _, err = run(capsys, "train", str(data / "2025-*.csv"), "-o", str(tmp_path / "m2"))
    assert status == 2 and f"no files match {str(data / '2025-*.csv')!r}" in err, err
    assert not (tmp_path / "m2").exists()


# A cell over three lines, then the row an error names (row 1, line 5), as a user audit had
# it: the hint said "row 1 is line 3 of the file, unless a cell above it spans lines".
_SPANNING = ('"Die Ukraine braucht Hilfe.\nUnd zwar jetzt.\nSofort."{d}ukraine_hilfe{d}dafür\n'
             '{row1}\nDie Sitzung ist eröffnet.{d}sonstiges{d}\n')


@pytest.mark.parametrize(("delimiter", "row1", "said"), [
    (",", "Keine Waffen.,ukraine_hilfe,", "--stance-column stance: row 1 has a target but no stance"),
    (",", ",ukraine_hilfe,dagegen", "--text-column text: row 1 has no text"),
    (";", "Keine Waffen.;ukraine_hilfe;", "--stance-column stance: row 1 has a target but no stance"),
])
def test_a_row_an_error_names_after_a_cell_over_several_lines_is_given_its_own_line(capsys, tmp_path, delimiter,
                                                                                     row1, said):
    data = tmp_path / "r.csv"
    data.write_text(f"text{delimiter}labels{delimiter}stance\n" + _SPANNING.format(d=delimiter, row1=row1),
                    encoding="utf-8")
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--none-label", "sonstiges")
    assert status == 2 and said in err, err
    # Beside a missing text or stance, the labels too rare to train (rows 0, 1 and 2) are named too.
    assert "(rows count from 0 after the header: rows 1, 2, 0 are lines 5, 6, 2 of the file)" in err, err
    assert data.read_text(encoding="utf-8").splitlines()[4] == row1


@pytest.mark.parametrize("encoding", ["latin1", "utf-16-le"])
def test_a_row_an_error_names_is_given_its_line_in_the_encoding_given(capsys, tmp_path, encoding):
    # The hint read the file as UTF-8 whatever --encoding said: a latin1 or UTF-16 file's row
    # was named with no line.
    data = tmp_path / "r.csv"
    data.write_bytes(("text,labels,stance\n" + _SPANNING.format(d=",", row1="Keine Waffen.,ukraine_hilfe,"))
                     .encode(encoding))
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--none-label", "sonstiges",
                         "--encoding", encoding)
    assert status == 2 and "row 1 has a target but no stance" in err, err
    assert "(rows count from 0 after the header: rows 1, 2, 0 are lines 5, 6, 2 of the file)" in err, err


def test_a_row_an_error_names_after_blank_lines_is_given_its_own_line(capsys, tmp_path, energy_frame):
    # The reader skips blank lines (a spreadsheet's, or a hand-edited file's), which counted rows did not.
    text = energy_frame[:6].assign(labels=lambda f: f.labels.mask(f.index == 4)).to_csv(index=False)
    lines = text.splitlines()
    data = tmp_path / "data.csv"
    data.write_text("\n".join([*lines[:3], "", "   ", *lines[3:]]) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
    assert status == 2 and "row 4 has no label" in err and "row 4 is line 8 of the file)" in err, err
    assert next(csv.reader([data.read_text().splitlines()[7]]))[0] == energy_frame.text[4]


def test_a_row_an_error_names_in_a_folders_jsonl_file_is_given_its_line(capsys, tmp_path, energy_frame):
    # A folder of a .csv and a .jsonl: "row 'b.jsonl:05' has no label" named no line, as a
    # .csv row of the folder is named, and a blank line above it puts it on line 7, not 6.
    folder = tmp_path / "fold"
    folder.mkdir()
    energy_frame[:20].to_csv(folder / "a.csv", index=False)
    records = [json.dumps(row) for row in energy_frame[20:40].to_dict("records")]
    records[5] = json.dumps({**json.loads(records[5]), "labels": None})
    (folder / "b.jsonl").write_text("\n".join(["", *records]) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "train", str(folder), "-o", str(tmp_path / "m"))
    assert status == 2 and "row 'b.jsonl:05' has no label" in err, err
    assert f"(rows count from 0 in each file, blank lines skipped: row 'b.jsonl:05' is line 7 of " \
           f"{folder / 'b.jsonl'})" in err, err
    assert json.loads((folder / "b.jsonl").read_text().splitlines()[6])["labels"] is None
    frame = energy_frame[:20].assign(labels=lambda f: f.labels.mask(f.index == 3))
    frame.to_csv(folder / "a.csv", index=False)
    status, _, err = run(capsys, "train", str(folder), "-o", str(tmp_path / "m"))
    assert status == 2 and f"row 'a.csv:03' is line 5 of {folder / 'a.csv'}; " \
                           f"row 'b.jsonl:05' is line 7 of {folder / 'b.jsonl'})" in err, err


def test_a_row_an_error_names_in_a_jsonl_file_is_given_its_line_blank_lines_skipped(capsys, tmp_path, energy_frame):
    # A labelling audit: "row 10 has no text" of a .jsonl file said no line, as a .csv's error
    # does, and with a blank line above it row 10 is line 12, not the 11 a reader counts to.
    records = [json.dumps(row) for row in energy_frame[:30].to_dict("records")]
    records[10] = json.dumps({**json.loads(records[10]), "text": ""})
    records[20] = json.dumps({**json.loads(records[20]), "labels": None})
    data = tmp_path / "data.jsonl"
    data.write_text("\n".join([*records[:3], "", *records[3:]]) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
    assert status == 2 and "row 10 has no text" in err and "row 20 has no label" in err, err
    assert "(rows count from 0, blank lines skipped: rows 10, 20 are lines 12, 22 of the file)" in err, err
    lines = data.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[11])["text"] == "" and json.loads(lines[21])["labels"] is None
    status, _, err = run(capsys, "suggest", str(data), "-n", "2", "-o", str(tmp_path / "s.csv"))
    assert status == 0 and "row 10 is line 12 of the file" in err, err


def test_a_quote_never_closed_after_a_cell_over_several_lines_is_given_its_own_line(capsys, tmp_path):
    # pandas names the record ("EOF inside string starting at row 3"), which was given as line 4.
    data = tmp_path / "q.csv"
    data.write_text('text,labels\n"a\nb\nc",x\nfine,y\n\n"open,z\nmore,w\n', encoding="utf-8")
    for command in (["train", str(data), "-o", str(tmp_path / "m")],
                    ["score", str(data), "-o", str(tmp_path / "o.csv")]):
        status, _, err = run(capsys, *command)
        assert status == 2 and "the quote that is never closed opens on line 7 of the file;" in err, err


def test_a_folder_row_after_a_cell_over_several_lines_is_given_its_own_line(capsys, tmp_path):
    folder = tmp_path / "fold"
    folder.mkdir()
    (folder / "a.csv").write_text("text,labels,stance\n" + _SPANNING.format(d=",", row1="Keine Waffen.,ukraine_hilfe,"),
                                  encoding="utf-8")
    status, _, err = run(capsys, "train", str(folder), "-o", str(tmp_path / "m"), "--none-label", "sonstiges")
    assert status == 2 and "row 'a.csv:1' has a target but no stance" in err, err
    assert f"rows 'a.csv:1', 'a.csv:2', 'a.csv:0' are lines 5, 6, 2 of {folder / 'a.csv'})" in err, err


def test_a_row_of_a_one_column_file_below_an_empty_line_is_given_its_own_line(capsys, tmp_path):
    # Every reader keeps a one-column file's empty line as an empty cell, a row; the line the hint
    # named skipped it as a wider file's blank line: "rows 1, 2 are lines 4, 5" of lines 3, 4.
    data = tmp_path / "q.csv"
    data.write_text('text\nWind power now!\n\n""\nReactors take too long.\n', encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(data), "-o", str(tmp_path / "s.csv"))
    assert status == 0 and "2 missing (rows 1, 2)" in err, err
    assert "(rows count from 0 after the header: rows 1, 2 are lines 3, 4 of the file)" in err, err
    # A line of spaces is a row too (a text of spaces), and stance.score(path) numbers the rows alike.
    long = " ".join(["Wind power is the future of this country."] * 130)
    data.write_text(f"text\nWind power now!\n\n  \n\"\"\n{long}\n", encoding="utf-8")
    assert data.read_text(encoding="utf-8").splitlines().index(long) + 1 == 6
    with pytest.warns(stance.LongTextWarning, match=r"^text of a document's length: row 4 holds a text of"):
        assert stance.score(data)["text"].tolist()[4] == long
    status, _, err = run(capsys, "score", str(data), "-o", str(tmp_path / "o.csv"))
    assert status == 0 and "row 4 holds a text of" in err and "row 4 is line 6 of the file)" in err, err
    # A folder's files alike.
    folder = tmp_path / "fold"
    folder.mkdir()
    # (An empty line between rows: one that ends the file is no row, see test_tables.)
    (folder / "a.csv").write_text("text\nWind power now!\n\nReactors cost too much.\n", encoding="utf-8")
    (folder / "b.csv").write_text('text\n\nReactors take too long.\n""\n', encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(folder), "-o", str(tmp_path / "s.csv"))
    assert status == 0 and "(rows 'a.csv:1', 'b.csv:0', 'b.csv:2')" in err, err
    assert (f"row 'a.csv:1' is line 3 of {folder / 'a.csv'}; rows 'b.csv:0', 'b.csv:2' are lines 2, 4 of "
            f"{folder / 'b.csv'})") in err, err
    # A wider file's blank line is still no row.
    data.write_text("text,id\nWind power now!,1\n\n,2\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(data), "-o", str(tmp_path / "s.csv"))
    assert status == 0 and "row 1 is line 4 of the file)" in err, err


def test_score_writes_a_whole_file(capsys, tmp_path):
    source = tmp_path / "in.csv"
    frame = pd.DataFrame({"id": [1, 2, 3], "text": ["We have a one-speed NATO.", "   ", "Thank you."]})
    frame.to_csv(source, index=False)
    target = tmp_path / "out.csv"
    status, _, _ = run(capsys, "score", str(source), "-o", str(target), "--chunk-size", "2")
    scored = pd.read_csv(target)
    assert status == 0 and scored.id.tolist() == [1, 2, 3]
    assert scored.label.tolist()[0] == "unity" and scored.flag.tolist()[1] == "empty"


def test_a_file_of_headers_only_scores_to_a_file_of_headers_only(capsys, tmp_path):
    # A pipeline's empty batch is not an error, in the library or here (the eighth user audit).
    source = tmp_path / "in.csv"
    source.write_text("id,text\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    written = pd.read_csv(tmp_path / "out.csv")
    assert status == 0 and "scored 0 rows" in err and len(written) == 0
    assert written.columns.tolist() == stance.score(pd.DataFrame({"id": [], "text": []})).columns.tolist()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_jsonl_and_parquet_are_scored_in_chunks_as_if_whole(capsys, tmp_path, monkeypatch, suffix):
    # They were read whole, whatever --chunk-size said: 1.7 GB for an 88 MB file (the eighth audit).
    texts = ["We stand together.", "Send tanks to Kyiv.", None, "", "Thank you.", "Bring the troops home."] * 7
    frame = pd.DataFrame({"speaker": ["A", "B", "C"] * 14, "id": range(42), "text": texts}).set_index("speaker")
    source = tmp_path / f"in{suffix}"
    if suffix == ".jsonl":
        frame.reset_index().to_json(source, orient="records", lines=True)
    else:
        frame.to_parquet(source)  # keeps the named index, which must come out as a column
    import stance.scoring

    # score_checked: score_file's way into stance.score, checking the text column of the first chunk only
    real_score, sizes, outputs = stance.scoring.score_checked, [], []
    monkeypatch.setattr(stance.scoring, "score_checked",
                        lambda data, **kw: sizes.append(len(data)) or real_score(data, **kw))
    for chunk_size in ("5", "1000"):
        out = tmp_path / f"out{chunk_size}.csv"
        assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", chunk_size)[0] == 0
        outputs.append(out.read_text())
    assert sizes == [5] * 8 + [2] + [42]
    expected = real_score(frame.reset_index()).to_csv(index=False)
    assert outputs == [expected, expected]


def test_a_parquet_named_range_index_is_kept_whatever_the_chunk_size(capsys, tmp_path):
    # pandas records a RangeIndex by its start, stop and step, not as a column; a chunk, which
    # is not the whole range, was given pandas' default index: row_id was written when the file
    # fit in one chunk and dropped in silence when it did not (a 60,000-row file, the audit).
    frame = pd.DataFrame({"text": ["We back Ukraine", "Deterrence now", "Unity", "Thank you.", "No."]},
                         index=pd.RangeIndex(100, 110, 2, name="row_id"))
    source = tmp_path / "in.parquet"
    frame.to_parquet(source, row_group_size=2)  # batches span row groups, or fall inside one
    outputs = []
    for chunk_size in ("1", "2", "3", "50000"):
        out = tmp_path / f"out{chunk_size}.csv"
        assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", chunk_size)[0] == 0
        outputs.append(out.read_text())
    assert outputs[1:] == outputs[:-1]
    written = pd.read_csv(tmp_path / "out1.csv")
    assert written.columns[:2].tolist() == ["row_id", "text"] and written.row_id.tolist() == [100, 102, 104, 106, 108]
    assert outputs[0] == stance.score(frame).reset_index().to_csv(index=False)


def _scores_alike_in_every_chunk_size(capsys, source, folder, chunk_sizes):
    """Score ``source`` with each of ``chunk_sizes`` into ``folder``/out{size}.csv, check the
    outputs are the same bytes, and return them."""
    outputs = []
    for chunk_size in chunk_sizes:
        out = folder / f"out{chunk_size}.csv"
        assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", chunk_size)[0] == 0
        outputs.append(out.read_text())
    assert all(output == outputs[0] for output in outputs)
    return outputs[0]


@pytest.mark.parametrize("kind", ["filtered", "range", "times", "default"])
def test_a_parquet_index_without_a_name_is_kept_unless_it_is_pandas_default(capsys, tmp_path, kind):
    # The ids of a filtered frame (1 and 3) were dropped in silence, where stance.score(path)
    # kept them as its index and a two-level index came out whole; only pandas' default
    # index (0, 1, 2, ... unnamed), which holds nothing, is left out.
    texts = pd.Series(["We back Ukraine", "x", "Deterrence now", "Unity"])
    frame = {"filtered": lambda: pd.DataFrame({"text": texts})[texts != "x"],
             "range": lambda: pd.DataFrame({"text": texts}).iloc[1:],
             "times": lambda: pd.DataFrame({"text": texts.to_numpy()}, index=pd.to_datetime(
                 ["2024-01-01", "2024-01-02", "2024-01-03 10:30", "2024-01-04"], format="ISO8601")),
             "default": lambda: pd.DataFrame({"text": texts})}[kind]()
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    output = _scores_alike_in_every_chunk_size(capsys, source, tmp_path, ("1", "2", "50000"))
    written = pd.read_csv(tmp_path / "out1.csv", dtype=str)
    expected = {"filtered": ["0", "2", "3"], "range": ["1", "2", "3"],
                "times": ["2024-01-01 00:00:00", "2024-01-02 00:00:00", "2024-01-03 10:30:00", "2024-01-04 00:00:00"]}
    if kind == "default":
        assert written.columns[0] == "text"
    else:
        assert written.columns[:2].tolist() == ["index", "text"] and written["index"].tolist() == expected[kind]
        # The library's frame, its index as a column.
        assert output == stance.score(source).reset_index().to_csv(index=False)


@pytest.mark.parametrize(("index", "columns", "named"), [
    (pd.Index([7, 8], name="text"), {}, "'text' (its name), as a column is"),  # pandas stores it as __index_level_0__
    (pd.Index([7, 8]), {"index": [1, 2], "level_0": [3, 4]},
     "'level_0' (as reset_index() names an unnamed one), as a column is"),
    (pd.MultiIndex.from_tuples([(1, 2), (3, 4)], names=["a", "a"]), {}, "'a' (its name), as another of its levels is"),
], ids=["named", "unnamed", "levels"])
def test_a_parquet_index_named_as_a_column_is_refused_by_name(capsys, tmp_path, index, columns, named):
    # The index becomes a column, under a name the file already has: pandas' traceback
    # ("ValueError: cannot insert text, already exists") ended the command.
    pytest.importorskip("dask")
    source = tmp_path / "in.parquet"
    pd.DataFrame({"text": ["We back Ukraine", "Unity"], **columns}, index=index).to_parquet(source)
    # One file, in one chunk and in several, and as a glob, which Dask reads.
    for given, extra in ((source, []), (source, ["--chunk-size", "1"]), (tmp_path / "in*.parquet", [])):
        status, _, err = run(capsys, "score", str(given), "-o", str(tmp_path / "out.csv"), *extra)
        assert status == 2 and "Traceback" not in err, err
        expected = (f"stance score: {str(source)!r}: its index, which the output keeps as a column, would be named "
                    f"{named}; rename it (df.rename_axis(...)) or leave it out (df.to_parquet(..., index=False)) "
                    f"and write the file again\n")
        # pyarrow before 15 writes two levels named alike as two columns of that name, which the
        # file's own check refuses first, as clearly (the oldest supported versions).
        twice = f"stance score: {str(source)!r} names column(s) ['a'] more than once; give every column its own name\n"
        assert err == expected or (named.startswith("'a'") and err == twice), err
        assert not (tmp_path / "out.csv").exists()


def test_parquet_times_are_written_alike_whatever_the_chunk_size(capsys, tmp_path):
    # pandas writes a column of times in the shortest form that fits the values it is given,
    # and each chunk was given its own: "2024-01-04" in a chunk of midnights and
    # "2024-01-04 00:00:00" in the next, "10:30:00" beside "10:30:00.500", "1 days" beside
    # "1 days 00:00:00", so no one format read the column back.
    pytest.importorskip("pyarrow")
    when = pd.to_datetime(["2024-01-04", "2024-01-05", "2024-01-06 10:30:00.5", None, "2024-07-04"],
                          format="ISO8601")
    frame = pd.DataFrame({"text": ["NATO is united.", "Send tanks.", "Thank you.", "No.", "Hold the line."],
                          "when": when, "day": when.normalize(), "zoned": when.tz_localize("Europe/Berlin"),
                          "took": pd.to_timedelta(["1 days", "2 days", "-0.5s", None, "3 hours"])})
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    _scores_alike_in_every_chunk_size(capsys, source, tmp_path, ("1", "2", "100"))
    written = pd.read_csv(tmp_path / "out1.csv", dtype=str, keep_default_na=False)
    # As pandas writes the whole table; but for the zoned and duration columns, which pandas
    # 2.0 wrote value by value ("00:00:00+01:00" beside "10:30:00.500000+01:00"), so they
    # are checked against the one form below.
    whole = stance.score(pd.read_parquet(source)).to_csv(index=False)
    whole = pd.read_csv(io.StringIO(whole), dtype=str, keep_default_na=False).drop(columns=["zoned", "took"])
    assert written.drop(columns=["zoned", "took"]).equals(whole)
    assert written.when.tolist()[1:3] == ["2024-01-05 00:00:00.000", "2024-01-06 10:30:00.500"]
    assert written.day.tolist()[:2] == ["2024-01-04", "2024-01-05"] and written.day[3] == ""
    assert written.zoned.tolist()[::4] == ["2024-01-04 00:00:00.000+01:00", "2024-07-04 00:00:00.000+02:00"]
    assert written.took.tolist() == ["1 days 00:00:00.000000", "2 days 00:00:00.000000",
                                     "-1 days +23:59:59.500000", "", "0 days 03:00:00.000000"]
    read_back = pd.to_datetime(written.when.replace("", None)).dt.as_unit("us")  # one format reads it all
    assert read_back.equals(pd.Series(when.as_unit("us"), name="when"))


@pytest.mark.parametrize("chunk_size", ["1", "50000"])
def test_score_keeps_a_stray_carriage_return_in_its_cell(capsys, tmp_path, chunk_size):
    # A user audit: 'We back\rUkraine' split its row, so "scored 3 rows" of 2, 'Ukraine' in
    # the id column, 'AP' in the text column and row 1's source lost, with exit status 0.
    source = tmp_path / "cr.csv"
    source.write_bytes(b"id,text,src\r\n1,We back\rUkraine,AP\r\n2,Deterrence now,AFP\r\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--chunk-size", chunk_size)
    assert status == 0 and "scored 2 rows" in err, err
    written = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert written[["id", "text", "src"]].to_dict("list") == {"id": ["1", "2"], "src": ["AP", "AFP"],
                                                              "text": ["We back\rUkraine", "Deterrence now"]}
    assert written.label.tolist() == [prediction.label for prediction in
                                      stance.classify_many(["We back\rUkraine", "Deterrence now"])]


@pytest.mark.parametrize("chunk_size", ["2", "50000"])
def test_parquet_times_stay_times_from_parquet_to_parquet_as_stance_score_keeps_them(capsys, tmp_path, chunk_size):
    # A user audit: `stance score corpus.parquet -o out.parquet` wrote a date column as strings
    # ("2022-01-01"), where stance.score("corpus.parquet") keeps it a timestamp. A Parquet output
    # now holds the input's timestamps, zoned ones and durations with their types and values,
    # as stance.score gives them; a CSV output still writes them as text in one form.
    pytest.importorskip("pyarrow")
    when = pd.to_datetime(["2024-01-04", "2024-01-05 10:30:00.5", None, "2024-07-04"], format="ISO8601")
    frame = pd.DataFrame({"text": ["NATO is united.", "Send tanks.", "Thank you.", "Hold the line."],
                          "date": when.normalize(), "zoned": when.tz_localize("Europe/Berlin"),
                          "took": pd.to_timedelta(["1 days", "-0.5s", None, "3 hours"])},
                         index=pd.DatetimeIndex(when, name="at"))
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.parquet"), "--chunk-size",
                         chunk_size, "--no-progress")
    assert status == 0, err
    written = pd.read_parquet(tmp_path / "out.parquet")
    expected = stance.score(source).reset_index()
    for name in ("at", "date", "zoned", "took"):
        assert written[name].dtype == expected[name].dtype == frame.reset_index()[name].dtype, name
        assert written[name].equals(expected[name]), name
    assert written.label.tolist() == expected.label.tolist()
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")[0] == 0
    assert pd.read_csv(tmp_path / "out.csv", dtype=str).date.tolist()[:2] == ["2024-01-04", "2024-01-05"]


def test_missing_zoned_timestamps_give_no_numpy_warning(capsys, tmp_path):
    # A user audit: a Parquet column of time-zoned timestamps with a gap printed "stance score:
    # warning: invalid value encountered in floor_divide" (numpy, on the gap's offset), and a
    # pipeline that alerts on warnings fired on a correct output.
    pytest.importorskip("pyarrow")
    when = pd.to_datetime(["2024-01-01 00:00", None, "2024-07-01 12:30"], utc=True)
    frame = pd.DataFrame({"text": ["We back Ukraine.", "Deterrence now.", "Unity."], "ts": when,
                          "local": when.tz_convert("America/St_Johns")})
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 0 and err == "scored 3 rows into " + str(tmp_path / "out.csv") + "\n"
    written = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert written.ts.tolist() == ["2024-01-01 00:00:00+00:00", "", "2024-07-01 12:30:00+00:00"]
    # Newfoundland's offset is not whole hours: -03:30 in winter, -02:30 in summer.
    assert written.local.tolist() == ["2023-12-31 20:30:00-03:30", "", "2024-07-01 10:00:00-02:30"]


def test_zoned_times_in_the_hour_a_clock_goes_back_are_written_to_parquet(capsys, tmp_path):
    # A 200,000-row round trip: `stance score in.parquet -o out.parquet` of a column of times in
    # Europe/Warsaw that held 2024-10-27 02:08 (the hour its clock goes back, twice over) died, exit
    # 1, with pandas' "ValueError: Cannot infer dst time from 2024-10-27 02:08:00" (the check for
    # times finer than the column's unit floored the wall clock, and put it back in the zone).
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    when = pd.to_datetime(["2024-10-27 00:08:00.000001", "2024-10-27 01:08", None, "2024-03-31 00:30"],
                          utc=True, format="ISO8601").tz_convert("Europe/Warsaw")  # 02:08 CEST, 02:08 CET
    source = tmp_path / "in.parquet"
    pd.DataFrame({"text": ["We back Ukraine.", "Deterrence now.", "Unity.", "Hold."], "when": when}).to_parquet(source)
    # The unit pandas' own round trip gives (us with pandas 3, ns with pandas 2, which reads times as ns).
    as_pandas_writes = pa.Table.from_pandas(pd.read_parquet(source)).schema.field("when").type
    assert as_pandas_writes.tz == "Europe/Warsaw"
    for chunking in ([], ["--chunk-size", "1"]):
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.parquet"), "--no-progress",
                             *chunking)
        assert status == 0, err
        written = pq.read_table(tmp_path / "out.parquet")
        assert written.schema.field("when").type == as_pandas_writes
        assert written.column("when").to_pandas().equals(pd.Series(when, name="when"))
    # A later chunk's time finer than the column's unit is still refused, zoned too.
    other = tmp_path / "g"
    other.mkdir()
    pq.write_table(pa.table({"text": ["Unity."], "when": pa.array([when[1]], pa.timestamp("ms", tz="Europe/Warsaw"))}),
                   other / "a.parquet")
    pq.write_table(pa.table({"text": ["Hold."], "when": pa.array([when[0]], pa.timestamp("us", tz="Europe/Warsaw"))}),
                   other / "b.parquet")
    status, _, err = run(capsys, "score", str(other / "*.parquet"), "-o", str(tmp_path / "g.parquet"), "--no-progress")
    assert status == 2 and "times finer than ms" in err, err


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_arrow_timestamps_and_durations_are_written_as_their_numpy_twins_are(capsys, tmp_path, suffix):
    # A data engineer's audit: a Parquet file with a column of pd.ArrowDtype(pa.timestamp("us",
    # tz="UTC")) died in `stance score … -o out.csv` with numpy's "cannot get datetime metadata
    # from non-datetime type" (its values came to numpy as objects). Every unit, zoned or not,
    # and durations are now written as the same column of pandas' own dtypes is written.
    pa = pytest.importorskip("pyarrow")
    numpy_backed = {"text": ["We stand with Ukraine.", "Send tanks.", "Thank you."]}
    arrow_backed = dict(numpy_backed)
    for unit in ("s", "ms", "us", "ns"):
        when = pd.to_datetime(["2024-01-04", "2024-01-05 10:30:00.5", None], format="ISO8601").floor(
            "s" if unit == "s" else "ms").as_unit(unit)
        for zone in (None, "UTC", "Europe/Berlin", "+05:30"):
            name = f"ts_{unit}_{zone}"
            numpy_backed[name] = when if zone is None else when.tz_localize("UTC").tz_convert(zone)
            arrow_backed[name] = pd.Series(numpy_backed[name]).astype(pd.ArrowDtype(pa.timestamp(unit, tz=zone)))
        took = pd.to_timedelta(["1 days", "-1s", None]).as_unit(unit)
        numpy_backed[f"took_{unit}"] = took
        arrow_backed[f"took_{unit}"] = pd.Series(took).astype(pd.ArrowDtype(pa.duration(unit)))
    for name, frame in (("numpy", pd.DataFrame(numpy_backed)), ("arrow", pd.DataFrame(arrow_backed))):
        frame.to_parquet(tmp_path / f"{name}.parquet")
        status, _, err = run(capsys, "score", str(tmp_path / f"{name}.parquet"), "-o",
                             str(tmp_path / f"{name}{suffix}"), "--chunk-size", "2")
        assert status == 0, err
    assert (tmp_path / f"arrow{suffix}").read_text() == (tmp_path / f"numpy{suffix}").read_text()
    if suffix == ".csv":  # the form pandas gives the whole numpy column
        written = pd.read_csv(tmp_path / "arrow.csv", dtype=str, keep_default_na=False)
        assert written.ts_us_UTC.tolist() == ["2024-01-04 00:00:00.000+00:00", "2024-01-05 10:30:00.500+00:00", ""]
        assert written["ts_s_+05:30"].tolist() == ["2024-01-04 05:30:00+05:30", "2024-01-05 16:00:00+05:30", ""]
        assert written.ts_ns_None.tolist() == ["2024-01-04 00:00:00.000", "2024-01-05 10:30:00.500", ""]
        assert written.took_s.tolist() == ["1 days 00:00:00", "-1 days +23:59:59", ""]
    # In Python: the frame scored, and written by pandas itself, as a user would.
    scored = stance.score(pd.DataFrame(arrow_backed))
    assert scored.ts_us_UTC.dtype == arrow_backed["ts_us_UTC"].dtype
    scored.to_csv(tmp_path / "by_pandas.csv")


def test_arrow_zoned_timestamps_are_written_to_parquet_as_the_input_holds_them(capsys, tmp_path):
    # A review: a Parquet file written from a frame of pd.ArrowDtype(pa.timestamp("us", tz=…))
    # columns (pd.read_parquet(..., dtype_backend="pyarrow"), then to_parquet) was refused by
    # `stance score in.parquet -o out.parquet` and score_file: "column 'when' holds timestamp[us,
    # tz=Europe/Berlin] in the rows written before and other values in a later chunk (… in row 0)":
    # an Arrow dtype keeps its zone in pyarrow_dtype, not in a tz of its own, and was taken for
    # times without one. Every unit and zone is now written with its type and values.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    frame = pd.DataFrame({"text": ["We stand with Ukraine.", "Send tanks.", "Thank you."]})
    for unit in ("s", "ms", "us", "ns"):
        when = pd.to_datetime(["2024-01-04", "2024-10-27 00:08:30", None], format="ISO8601").as_unit(unit)
        for zone in (None, "UTC", "Europe/Warsaw", "+05:30"):
            kind = pa.timestamp(unit, tz=zone)
            frame[f"ts_{unit}_{zone}"] = pd.Series(when if zone is None else when.tz_localize("UTC").tz_convert(zone)
                                                   ).astype(pd.ArrowDtype(kind))
    source = tmp_path / "in.parquet"
    frame.to_parquet(source)
    expected = pq.read_table(source).drop_columns(["text"])
    for chunk_size in ("1", "50000"):
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.parquet"), "--chunk-size",
                             chunk_size, "--no-progress")
        assert status == 0, err
        written = pq.read_table(tmp_path / "out.parquet")
        for field in expected.schema:
            assert written.schema.field(field.name).type == field.type, field.name
            assert written.column(field.name).equals(expected.column(field.name)), field.name
        assert pd.read_parquet(tmp_path / "out.parquet").ts_us_UTC.dtype == frame.ts_us_UTC.dtype
    assert stance.score_file(source, tmp_path / "lib.parquet", chunk_size=2) == 3
    assert pq.read_table(tmp_path / "lib.parquet").select(expected.column_names).equals(expected)
    # A later file's Arrow times finer than the first's unit are still refused, zoned too, in the
    # hour Warsaw's clock goes back (02:08 CET), which Arrow's floor of the wall clock refused.
    (tmp_path / "g").mkdir()
    for name, unit, at in (("a", "ms", "2024-10-27 00:08"), ("b", "ns", "2024-10-27 01:08:00.000001")):
        pd.DataFrame({"text": ["Hold."], "when": pd.Series(pd.to_datetime([at], utc=True, format="ISO8601")).astype(
            pd.ArrowDtype(pa.timestamp(unit, tz="Europe/Warsaw")))}).to_parquet(tmp_path / "g" / f"{name}.parquet")
    status, _, err = run(capsys, "score", str(tmp_path / "g" / "*.parquet"), "-o", str(tmp_path / "g.parquet"),
                         "--no-progress")
    assert status == 2 and "times finer than ms in a later chunk" in err, err


@pytest.mark.parametrize("chunk_size", ["1", "50000"])
def test_arrow_dates_are_written_to_parquet_as_dates(capsys, tmp_path, chunk_size):
    # A review: a Parquet file written from a frame of pd.ArrowDtype(pa.date32()) (a date column
    # read with dtype_backend="pyarrow") was refused by `stance score in.parquet -o out.parquet`:
    # "column 'day' holds date32[day] in the rows written before and other values in a later chunk
    # (datetime.date(2024, 1, 1) in row 0)": pandas gives Arrow's dates the kind of its times.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    days = [datetime.date(2024, 1, 1), None, datetime.date(1969, 12, 31)]
    frame = pd.DataFrame({"text": ["We stand with Ukraine.", "Send tanks.", "Thank you."],
                          "day": pd.Series(days, dtype=pd.ArrowDtype(pa.date32()))})
    frame.to_parquet(tmp_path / "in.parquet")
    status, _, err = run(capsys, "score", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", chunk_size, "--no-progress")
    assert status == 0, err
    written = pq.read_table(tmp_path / "out.parquet")
    assert written.schema.field("day").type == pa.date32() and written.column("day").to_pylist() == days
    assert pd.read_parquet(tmp_path / "out.parquet").day.dtype == frame.day.dtype


def test_a_parquet_file_of_an_arrow_list_column_is_read_as_one_of_plain_lists(capsys, tmp_path, energy_frame,
                                                                              monkeypatch):
    # A data engineer's audit: a Parquet file written from a frame with a column of
    # pd.ArrowDtype(pa.list_(pa.string())) gave a raw traceback in score, evaluate, train and
    # check: pandas reads back its own metadata of that column as "data type 'list<item:
    # string>[pyarrow]' not understood" (pd.read_parquet and pyarrow's to_pandas alike). That
    # column is now read as a column of lists written without an Arrow dtype is, and the file
    # is scored and trained on as that one is.
    pa = pytest.importorskip("pyarrow")
    tags = [["nato", "eu"] if i % 2 else ["nato"] for i in range(len(energy_frame))]
    plain, arrow = tmp_path / "plain.parquet", tmp_path / "arrow.parquet"
    energy_frame.assign(tags=tags, n=pd.array(range(len(tags)), dtype="Int64")).to_parquet(plain)
    energy_frame.assign(tags=pd.Series(tags, dtype=pd.ArrowDtype(pa.list_(pa.string()))),
                        n=pd.array(range(len(tags)), dtype="Int64")).to_parquet(arrow)
    with pytest.raises(TypeError, match="not understood"):  # pandas' own failure, which stance gets round
        pd.read_parquet(arrow)
    for chunk_size in ("7", "50000"):
        for name in ("plain", "arrow"):
            status, _, err = run(capsys, "score", str(tmp_path / f"{name}.parquet"), "-o",
                                 str(tmp_path / f"{name}.csv"), "--chunk-size", chunk_size, "--prefix", "pred_")
            assert status == 0, err
        assert (tmp_path / "arrow.csv").read_text() == (tmp_path / "plain.csv").read_text()
    assert pd.read_csv(tmp_path / "arrow.csv").tags.tolist()[:2] == ['["nato"]', '["nato", "eu"]']
    assert run(capsys, "score", str(arrow), "-o", str(tmp_path / "out.parquet"), "--prefix", "pred_")[0] == 0
    assert pd.read_parquet(tmp_path / "out.parquet").n.dtype == "Int64"  # the other columns' metadata kept
    assert pd.read_parquet(tmp_path / "out.parquet").tags.map(list).tolist()[:2] == [["nato"], ["nato", "eu"]]
    for command in (["check", "--stance-column", "stance"], ["train", "--stance-column", "stance", "-o",
                                                            str(tmp_path / "m")],
                    ["evaluate", "--model", str(tmp_path / "m")]):
        status, _, err = run(capsys, command[0], str(arrow), *command[1:])
        assert status == 0, err
    assert stance.score(arrow, prefix="pred_").n.dtype == "Int64"
    # A dtype pandas cannot read back that stance does not know of: one line naming the file, exit 2.
    monkeypatch.setattr("stance.parquet_files.readable_by_pandas", lambda table: table)
    for command in (["score", "-o", str(tmp_path / "out.csv")], ["check"]):
        status, _, err = run(capsys, command[0], str(arrow), *command[1:])
        assert status == 2 and err == (f"stance {command[0]}: cannot read {str(arrow)!r}: pandas could not read its "
                                       f"table back (data type 'list<item: string>[pyarrow]' not understood); write "
                                       f"it again without that column's dtype (e.g. df.astype({{COLUMN: object}})"
                                       f".to_parquet(...))\n"), err


def test_a_parquet_file_of_other_arrow_dtypes_pandas_cannot_read_back_is_scored(capsys, tmp_path):
    # A review of 8412efe: only pandas' TypeError was caught; a fixed-size list (pandas 3's
    # NotImplementedError) or a map (pandas 2.0's ValueError, "format number 1 … is not
    # recognized") still gave a traceback. Read as plain objects, they are scored.
    pa = pytest.importorskip("pyarrow")
    columns = {"pair": (pa.list_(pa.int64(), 2), [[1, 2], [3, 4]]),
               "counts": (pa.map_(pa.string(), pa.int64()), [[("a", 1)], [("b", 2)]])}
    for name, (kind, values) in columns.items():
        frame = pd.DataFrame({"text": ["We stand with Ukraine.", "Thank you."]})
        try:
            frame[name] = pd.Series(values, dtype=pd.ArrowDtype(kind))
            frame.to_parquet(tmp_path / f"{name}.parquet")
        except (TypeError, ValueError, NotImplementedError, pa.ArrowException):
            continue  # a pandas that cannot make or write such a column
        status, _, err = run(capsys, "score", str(tmp_path / f"{name}.parquet"), "-o", str(tmp_path / f"{name}.csv"))
        assert status == 0, err
        assert pd.read_csv(tmp_path / f"{name}.csv").label.tolist() == ["ukraine_support", "none"]
    # pyarrow's own failure (its ArrowInvalid is a ValueError too) is not told as a dtype of
    # pandas', to be written again without it (a review): a zone the tz database lacks.
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["We act."], "ts": pa.array([0], pa.timestamp("us", tz="Mars/Olympus"))}),
                   tmp_path / "mars.parquet")
    with pytest.raises(Exception) as refused:  # pyarrow's or pytz's own error, as the versions give it
        stance.score(tmp_path / "mars.parquet")
    assert "without that column's dtype" not in str(refused.value)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_the_progress_bar_says_how_much_is_left(capsys, tmp_path, suffix):
    # It counted rows against nothing ("40000stmt [00:09, 4300stmt/s]"), so a user could not
    # tell how long was left; now it counts rows of a Parquet file (its metadata has them)
    # or bytes of a text file against the whole.
    from stance.files import score_file

    frame = pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv.", "Thank you."] * 10})
    source = tmp_path / f"in{suffix}"
    {".csv": lambda: frame.to_csv(source, index=False), ".parquet": lambda: frame.to_parquet(source),
     ".jsonl": lambda: frame.to_json(source, orient="records", lines=True)}[suffix]()
    total = 30 if suffix == ".parquet" else source.stat().st_size
    assert score_file(source, tmp_path / "out.csv", chunk_size=7, progress=True) == 30
    bar = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if line]
    assert "  0%" in bar[0] and f"/{total} " in bar[0]  # the total is known before the first chunk
    assert "100%" in bar[-1] and f" {total}/{total} " in bar[-1]
    # On stderr that is no terminal (a pipeline's log), the command line shows no bar.
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--chunk-size", "7")[2] == \
        f"scored 30 rows into {tmp_path / 'out.csv'}\n"


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_the_progress_bar_moves_as_each_batch_of_a_chunk_is_scored(monkeypatch, tmp_path, suffix):
    # A user audit: stance score's bar moved only when a 50,000-row chunk was written, so that
    # Ctrl-C at 6 or 7 seconds still showed 0%. A chunk is scored in batches of 8,192 rows, and
    # each moves the bar on by its share of the chunk (rows of a Parquet file, bytes of a CSV).
    import stance.progress_bars
    from stance.files import score_file

    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    bars = []
    made = stance.progress_bars.bar

    def recording(*args, **options):
        bar = made(*args, **options)
        bars.append([])
        update = bar.update
        bar.update = lambda n=1: (bars[-1].append(bar.n + n), update(n))[1]
        return bar

    monkeypatch.setattr(stance.progress_bars, "bar", recording)
    frame = pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv."] * 10_000})
    source = tmp_path / f"in{suffix}"
    frame.to_parquet(source) if suffix == ".parquet" else frame.to_csv(source, index=False)
    assert score_file(source, tmp_path / "out.csv", chunk_size=20_000, progress=True) == 20_000
    steps = sorted(set(bars[0]))  # where the bar stood after each update (its write's moves it by none)
    if suffix == ".parquet":
        assert steps == [8192, 16384, 20000]  # the last batch's 3,616 rows end the chunk
    else:
        size = source.stat().st_size
        assert len(steps) == 3 and steps == sorted(steps) and steps[0] < size // 2 < steps[1] < size == steps[-1]


def test_the_time_left_is_measured_from_the_first_scored_rows_not_from_the_bars_start(monkeypatch, tmp_path):
    # The scale audit: stance score's first time left said 1:57 to 3:29 for runs of 30 to 38 s.
    # The bar is shown before the first chunk is read and checked (5 of the 7.8 s before its
    # first 4%), and tqdm took that start-up for the first batch's time. A clock of our own:
    # 100 s pass before the first chunk is scored, then 1 s a batch of 8,192 rows, so the rate
    # is 8,192 rows/s from the first batch on (it was 8,192 / 101).
    pytest.importorskip("pyarrow")
    import stance.progress_bars
    from stance.files import score_file

    clock, rates = [0.0], []
    made = stance.progress_bars.bar

    def recording(*args, **options):
        bar = made(*args, **options)
        bar._time = lambda: clock[0]
        bar.start_t = bar.last_print_t = clock[0]
        update = bar.update

        def timed(n=1):
            if n:  # a batch scored; the write's update moves the bar by none
                clock[0] += 1.0
            update(n)
            rates.append(bar.format_dict["rate"])
        bar.update = timed
        clock[0] += 100.0  # the file read and checked, shown at 0%, before its first rows are scored
        return bar

    monkeypatch.setattr(stance.progress_bars, "bar", recording)
    source = tmp_path / "in.parquet"
    pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv."] * 10_000}).to_parquet(source)
    assert score_file(source, tmp_path / "out.csv", chunk_size=20_000, progress=True) == 20_000
    assert rates[0] == pytest.approx(8192.0)


def test_a_parquet_file_that_names_a_column_twice_is_refused_by_name(capsys, tmp_path):
    # Arrow writes such files; `stance score` failed with a traceback from inside pandas
    # ("'DataFrame' object has no attribute 'dtype'"), the library with pyarrow's
    # "Multiple matches for FieldRef.Name(x)". A CSV header naming a column twice is refused.
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table([pa.array(["NATO is united.", "Send tanks."]), pa.array([1, 2]), pa.array([3, 4])],
                            names=["text", "x", "x"]), source)
    message = f"{str(source)!r} names column(s) ['x'] more than once; give every column its own name"
    for command in ("score", "check"):
        status, _, err = run(capsys, command, str(source), "-o", str(tmp_path / "out.csv"))
        assert (status, err) == (2, f"stance {command}: {message}\n")
    with pytest.raises(stance.InvalidInputError, match=re.escape(message)):
        stance.score(source)
    assert not (tmp_path / "out.csv").exists()


def test_an_output_that_is_a_folder_or_a_device_is_named_as_such(capsys, tmp_path, monkeypatch):
    # Both were "tables are written as .csv or .tsv, got 'no suffix'; for JSONL or Parquet, use the library".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "small.csv").write_text("text\nNATO is united.\n")
    (tmp_path / "g").mkdir()
    status, _, err = run(capsys, "score", "small.csv", "-o", "g")
    assert status == 2 and err.startswith("stance score: output 'g': it is a folder, not a file; name a file "
                                          "inside it, e.g. 'g/scores.csv'")
    os.mkfifo(tmp_path / "pipe")
    for device in ("/dev/null", "pipe"):  # /dev/stdout is one of these, or a pipe, on a terminal
        status, _, err = run(capsys, "score", "small.csv", "-o", device)
        assert status == 2 and f"output {device!r}: it is not a regular file" in err and "suffix" not in err, err
    status, _, err = run(capsys, "score", "small.csv", "-o", "/dev/stdout")  # whatever the shell made it
    assert status == 2 and ("output '/dev/stdout' (standard output): tables are written to a .csv, .tsv, .jsonl or "
                            ".parquet file") in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g", "pipe", "small.csv"]


def test_train_overwrite_refuses_a_huge_checksums_file_in_the_folder_unread(capsys, tmp_path):
    # `stance train -o DIR --overwrite` read DIR's checksums.json whole to learn what it may
    # replace, however big (a load refuses one over 1 MiB unread).
    data, folder = tmp_path / "data.csv", tmp_path / "m"
    data.write_text("text,labels\nWe stand together.,unity\nSend tanks.,aid\n")
    folder.mkdir()
    with open(folder / "checksums.json", "wb") as handle:
        handle.truncate(2**28)
    status, out, err = run(capsys, "train", str(data), "-o", str(folder), "--overwrite")
    assert status == 2 and out == "" and err.startswith(
        f"stance train: {str(folder)!r} exists and is not a stance model directory "
        f"({str(folder / 'checksums.json')!r} holds 268,435,456 bytes, far more than"), err


def test_train_overwrite_refuses_a_write_protected_model_before_it_trains(capsys, tmp_path, energy_model,
                                                                         monkeypatch):
    # `stance train -o m --overwrite` over a model locked with chmod -R a-w trained first and was
    # refused only at the save (found by the fixer of the lock): minutes of training for nothing.
    # Refused as the save refuses it, before the data are read.
    import stance.api

    energy_model.save(tmp_path / "m")
    data = tmp_path / "data.csv"
    data.write_text("text,labels\nWe stand together.,unity\nSend tanks.,aid\n")
    trained = []
    monkeypatch.setattr(stance.api, "train", lambda *a, **k: trained.append(1))
    os.chmod(tmp_path / "m", 0o555)
    try:
        status, out, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--overwrite")
    finally:
        os.chmod(tmp_path / "m", 0o755)
    assert (status, out, trained) == (2, "", []), err
    assert err == (f"stance train: {str(tmp_path / 'm')!r} is write-protected, so it cannot be replaced; make it "
                   f"writable first (chmod -R u+w {str(tmp_path / 'm')!r}), or save to another path\n")


def _mounted_read_only(folder: Path, monkeypatch) -> None:
    """Make the system's calls answer for ``folder`` as on a file system mounted read-only: a
    mount cannot be made in a test (os.access denies writing, root too; statvfs gives
    ST_RDONLY; a folder made in it fails with EROFS)."""
    import errno
    from types import SimpleNamespace

    real_access, real_mkdir, real_statvfs = os.access, os.mkdir, os.statvfs

    def mkdir(path, *args, **kwargs):
        if Path(path).parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_mkdir(path, *args, **kwargs)

    def statvfs(path):  # as statvfs says it (ST_RDONLY)
        found = real_statvfs(path)
        return SimpleNamespace(f_flag=found.f_flag | os.ST_RDONLY) if folder in (Path(path), *Path(path).parents) \
            else found

    monkeypatch.setattr(os, "access", lambda path, mode, **k: not (mode & os.W_OK and Path(path) == folder)
                        and real_access(path, mode, **k))
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(os, "statvfs", statvfs)


@pytest.mark.skipif(not hasattr(os, "ST_RDONLY"), reason="statvfs gives no read-only flag here")
def test_train_onto_a_read_only_file_system_says_so_before_it_trains(capsys, tmp_path, energy_model, monkeypatch):
    # An engineer's audit: a read-only mount was told "folder 'romnt' is not writable", as if its
    # permissions were the matter.
    import stance.api

    folder = tmp_path / "romnt"
    energy_model.save(folder / "existing")
    _mounted_read_only(folder, monkeypatch)
    trained = []
    monkeypatch.setattr(stance.api, "train", lambda *a, **k: trained.append(1))
    data = tmp_path / "data.csv"
    data.write_text("text,labels\nWe stand together.,unity\nSend tanks.,aid\n")
    status, out, err = run(capsys, "train", str(data), "-o", str(folder / "existing"), "--overwrite")
    assert (status, out, trained) == (2, "", []), err
    assert err == (f"stance train: cannot save to {str(folder / 'existing')!r}: folder {str(folder)!r} is on a "
                   f"read-only file system\n")


@pytest.mark.skipif(not hasattr(os, "ST_RDONLY"), reason="statvfs gives no read-only flag here")
@pytest.mark.parametrize("command", ["score", "check", "suggest"])
def test_an_output_on_a_read_only_file_system_is_refused_as_such_before_the_work(capsys, tmp_path, monkeypatch,
                                                                                command):
    # A pipeline writing scores to a read-only mount was told "folder 'romnt' is not writable", as
    # if chmod could help, where saving a model there said "read-only file system" (the last note).
    folder = tmp_path / "romnt"
    folder.mkdir()
    data = tmp_path / "data.csv"
    data.write_text("text,labels\n" + "".join(f"We stand together {i}.,unity\nSend tanks {i}.,aid\n" for i in range(6)))
    _mounted_read_only(folder, monkeypatch)
    status, out, err = run(capsys, command, str(data), "-o", str(folder / "out.csv"))
    assert (status, out) == (2, ""), err
    assert f"folder {str(folder)!r} is on a read-only file system" in err and "not writable" not in err, err
    assert list(folder.iterdir()) == []
    # Its permissions alone (os.access denies writing; root passes it), on a writable file system,
    # are told as before.
    monkeypatch.undo()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **k: not (mode & os.W_OK and Path(path) == folder)
                        and real_access(path, mode, **k))
    status, out, err = run(capsys, command, str(data), "-o", str(folder / "out.csv"))
    assert (status, out) == (2, "") and f"folder {str(folder)!r} is not writable" in err, err


def test_a_dash_for_stdin_or_stdout_is_named_as_such(capsys, tmp_path, monkeypatch):
    # "-" was "input file not found: '-'", and as the output "got 'no suffix'; for JSONL or
    # Parquet, use the library", which is not what a pipeline writing to stdout meant.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text("text\nNATO is united.\n")
    # And alike in every command: score said "input '-' (standard input)" and "input file not
    # found", where the others said "'-' (standard input)" and "file not found" (a command-line audit).
    for command in ("score", "check", "suggest", "evaluate", "train"):
        more = {"score": ["-o", "out.csv"], "train": ["-o", "m"]}.get(command, [])
        status, _, err = run(capsys, command, "-", *more)
        assert status == 2 and err.startswith(f"stance {command}: '-' (standard input): tables are read from "
                                              f"files"), err
        status, _, err = run(capsys, command, "gone.csv", *more)
        assert (status, err) == (2, f"stance {command}: file not found: 'gone.csv'\n"), err
    status, _, err = run(capsys, "score", "in.csv", "-o", "-")
    assert status == 2 and err == ("stance score: output '-' (standard output): tables are written to a .csv, "
                                   ".tsv, .jsonl or .parquet file, whole or not at all; name one, e.g. -o out.csv\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_compressed_table_is_told_to_be_decompressed(capsys, tmp_path):
    # "scores.csv.gz" was told "expected one of .csv, .tsv, .jsonl, .parquet", which it seems to be.
    import gzip

    source = tmp_path / "in.csv.gz"
    source.write_bytes(gzip.compress(b"text\nNATO is united.\n"))
    expected = (f"cannot read {str(source)!r}: a compressed file (.gz); decompress it first "
                f"(e.g. gunzip -k {shlex.quote(str(source))}) and read the .csv\n")
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))[1:] == ("", "stance score: " + expected)
    assert run(capsys, "check", str(source))[1:] == ("", "stance check: " + expected)


@pytest.mark.parametrize(("name", "made"), [("nl\nname.csv", "nl\nname.decompressed.csv"),
                                           ("nl\nname.csv.gz", "nl\nname.csv"), ("tab\tcr\r.csv", None),
                                           # in Python's double quotes bash ran the backticks (a review)
                                           ("it's `touch PWNED`.csv.gz", "it's `touch PWNED`.csv"),
                                           ("rtl\u202e.csv.gz", "rtl\u202e.csv"),
                                           # joiners stay as written, in single quotes (a review)
                                           ("👨\u200d👩\u200d👧.csv.gz", "👨\u200d👩\u200d👧.csv"),
                                           ("می\u200cخواهیم.csv.gz", "می\u200cخواهیم.csv")])
def test_a_suggested_command_names_a_file_holding_a_control_character_as_bash_reads_it(
        capsys, tmp_path, monkeypatch, name, made):
    # A review: for a gzip file "nl\nname.csv" the one-line message was cut at the name's newline,
    # an unclosed quote ("gzip -dc 'nl"), and "nl\nname.csv.gz" was told gunzip -k 'nl\nname.csv.gz',
    # which the shell reads as a backslash and an "n". Pasted into bash, the command now works.
    import gzip
    import shutil
    import subprocess

    bash = shutil.which("bash")
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(gzip.compress(b"text\nNATO is united.\n"))
    status, _, err = run(capsys, "score", name, "-o", "out.csv")
    assert status == 2 and err.count("\n") == 1, err
    command = re.search(r"\(e\.g\. (.+?)\) and read", err)[1]
    if made is None:
        assert command.startswith("gzip -dc $'tab\\tcr\\r.csv' > "), command
        return
    if bash is None:
        pytest.skip("no bash to run the suggested command in")
    done = subprocess.run([bash, "-c", command], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, (command, done.stderr)
    assert (tmp_path / made).read_bytes() == b"text\nNATO is united.\n"
    assert not (tmp_path / "PWNED").exists() and "\u202e" not in err, err
    if "\u200c" in name or "\u200d" in name:
        assert f"gunzip -k '{name}'" in err, err


@pytest.mark.parametrize(("kind", "suffix"), [("gzip", ".csv"), ("bzip2", ".tsv"), ("xz", ".jsonl"),
                                              ("zip", ".csv"), ("gzip", ".parquet")])
def test_a_compressed_file_with_a_table_name_is_told_to_be_decompressed(capsys, tmp_path, kind, suffix):
    # `gzip -c small.csv > x.csv` was told "'x.csv' is not valid utf-8 (line 1, byte 1); re-save it as
    # UTF-8, e.g. iconv -f cp1252 …", which no re-saving mends.
    import bz2
    import gzip
    import lzma
    import zipfile

    plain = b"text\nNATO is united.\n"
    source = tmp_path / f"x{suffix}"
    if kind == "zip":
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("x.csv", plain)
    else:
        source.write_bytes({"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}[kind](plain))
    said = f"cannot read {str(source)!r}: a compressed file ({kind}), though named {suffix}; decompress it first"
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and said in err, err
    for call in (stance.score, stance.train):
        with pytest.raises(stance.InvalidInputError, match=re.escape(said)):
            call(source)


def test_a_compressed_document_or_file_of_a_glob_is_told_to_be_decompressed(capsys, tmp_path):
    # f7acfd7 told every table reader, not stance document ("not UTF-8 text; … iconv -f cp1252") nor
    # the files of a quoted glob ("a file is not valid UTF-8 …; re-save it as UTF-8"), though the README
    # says every command tells a compressed file to be decompressed.
    import gzip

    document = tmp_path / "d.txt"
    document.write_bytes(gzip.compress(b"NATO is united. We stand together.\n"))
    status, _, err = run(capsys, "document", str(document))
    assert status == 2 and f"{str(document)!r} is a compressed file (gzip); decompress it first" in err, err
    assert "iconv" not in err
    pytest.importorskip("dask")
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "a.csv").write_text("text\nNATO is united.\n")
    (folder / "b.csv").write_bytes(gzip.compress(b"text\nCut aid.\n"))
    status, _, err = run(capsys, "score", str(folder / "*.csv"), "--prefix", "p_", "-o", str(tmp_path / "o.csv"))
    said = f"cannot read {str(folder / 'b.csv')!r}: a compressed file (gzip), though named .csv; decompress it first"
    assert status == 2 and said in err, err


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".txt"])
def test_a_parquet_file_under_another_name_is_told_to_be_renamed(capsys, tmp_path, monkeypatch, suffix):
    # An audit: to_parquet("votes.csv") was "'votes.csv' is not valid utf-8 … pass --encoding cp1252",
    # then, with it, a duplicate header, and with cp1250 the advice of cp1252: never that it is Parquet.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    frame = pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv."], "labels": ["unity", "unity"]})
    frame.to_parquet(f"votes{suffix}")
    said = (f"cannot read 'votes{suffix}': a Parquet file, though named {suffix}; rename it .parquet "
            f"(e.g. mv votes{suffix} votes.parquet) and ")
    commands = [["document", f"votes{suffix}"]]
    if suffix != ".txt":  # a document's suffix; the tables' readers refuse it by its name
        commands += [["score", f"votes{suffix}", "-o", "out.csv"], ["score", f"votes{suffix}", "-o", "out.csv",
                     "--encoding", "cp1252"], ["train", f"votes{suffix}", "-o", "m"], ["evaluate", f"votes{suffix}"],
                     ["check", f"votes{suffix}"], ["suggest", f"votes{suffix}"]]
    for argv in commands:
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, "") and err.startswith(f"stance {argv[0]}: {said}"), err
        assert "encoding" not in err and len(err.splitlines()) == 1
    assert not any(Path(name).exists() for name in ("out.csv", "m"))
    Path(f"votes{suffix}").rename("votes.parquet")
    assert run(capsys, "score", "votes.parquet", "-o", "out.csv", "--prefix", "p_")[0] == 0
    assert len(pd.read_csv("out.csv")) == 2
    # A review: text that begins and ends "PAR1" was refused as Parquet, however short.
    Path(f"both{suffix}").write_text('{"text": "PAR1"}\n' if suffix == ".jsonl" else
                                     "text\nNATO must stay strong and united PAR1" if suffix != ".txt" else
                                     "PAR1 is the first paragraph of the treaty. NATO must stay strong. See PAR1")
    Path(f"both{suffix}").write_text("PAR1" + Path(f"both{suffix}").read_text()[4:]
                                     if suffix == ".csv" else Path(f"both{suffix}").read_text())
    Path(f"tiny{suffix}").write_text("PAR1")
    for name in (f"both{suffix}", f"tiny{suffix}"):
        argv = ["document", name] if suffix == ".txt" else ["score", name, "-o", "t.csv"]
        assert "Parquet" not in run(capsys, *argv)[2]


@pytest.mark.parametrize(("name", "data", "said"), [
    ("Unicode Text.txt", b"\xff\xfe" + "id\ttext\r\n1\tWe stand together.\r\n2\tNot one more cent.\r\n".encode(
        "utf-16-le"), "(each line splits at tabs into 2 fields, the first line naming them)"),
    ("votes.csv.txt", b"id,text\n1,We stand together.\n2,Not one more cent.\n", "(its name ends .csv.txt)"),
    ("votes.txt", b'id,text\n1,"We stand together, all of us."\n\n2,Not one more cent.\n',
     "(each line splits at commas into 2 fields, the first line naming them)"),
    # a review of bd55315: an Excel header's name of two words ("speaker name") made it prose
    ("named.txt", b"id\tspeaker name\ttext\r\n1\tA B\tWe stand together.\r\n2\tC D\tNot one more cent.\r\n",
     "(each line splits at tabs into 3 fields, the first line naming them)"),
])
def test_a_table_saved_as_txt_is_warned_of_by_document(capsys, tmp_path, name, data, said):
    # An audit by an analyst on Windows: Excel's "Unicode Text" and a CSV saved as .txt were
    # scored as prose, the header glued into statement 0 and each row's id in its text, exit 0.
    path = tmp_path / name
    path.write_bytes(data)
    status, _, err = run(capsys, "document", str(path))
    renamed = {"Unicode Text.txt": "Unicode Text.tsv", "named.txt": "named.tsv"}.get(name, "votes.csv")
    assert status == 0 and f"{str(path)!r} looks like a table of statements saved as text {said}" in err, err
    assert f"rename it {str(tmp_path / renamed)!r} and run stance score on it" in err, err
    path.rename(tmp_path / renamed)
    assert run(capsys, "score", str(tmp_path / renamed), "-o", str(tmp_path / "out.csv"))[0] == 0
    assert pd.read_csv(tmp_path / "out.csv").text.tolist()[-1] == "Not one more cent."


def test_prose_with_commas_or_tabs_is_no_table_saved_as_txt(capsys, tmp_path):
    for text in ("Ladies, gentlemen\nToday, we meet.\nThank you, all.\n",
                 "\tWe stand together.\n\tNot one more cent.\n",
                 "Chair\tWelcome everyone.\nMinister\tThank you.\n", "id,text\n",
                 # a review of 56998d9: a transcript, a poem, a table of contents, tabbed, were warned of
                 "Moderator\tGood evening and welcome\nStoltenberg\tNATO stands united with Ukraine.\n"
                 "Reporter\tWhat about Russia?\n",
                 "Q\tWhat is NATO doing\nA\tWe stand with Ukraine.\nQ\tAnd Russia?\n",
                 "The woods are lovely\tdark and deep\nBut I have promises\tto keep\nAnd miles to go\tbefore I sleep\n",
                 "Introduction\tpage 1\nSummit\tpage 4\nOutlook\tpage 9\n",
                 "NATO summit\tVilnius\nDate\tJuly 2023\nHost\tLithuania\n",
                 "Speaker\tSpeech\nRutte\tWe stand together.\nZelensky\tThank you.\n",
                 "Text\tWe stand together.\nBy\tthe minister\nOn\tMonday\n"):
        path = tmp_path / "speech.txt"
        path.write_text(text, encoding="utf-8")
        status, _, err = run(capsys, "document", str(path))
        assert status == 0 and "looks like a table" not in err, (text, err)


@pytest.mark.parametrize("kind", ["gzip", "bzip2", "xz"])
def test_a_compressed_stream_on_stdin_is_told_to_be_decompressed(capsys, monkeypatch, kind):
    # `gzip -c lines.txt | stance classify` was told "stdin line 1 is not UTF-8 (byte 1); re-encode
    # the input as UTF-8", which no re-encoding mends; a file named as a table is told to decompress.
    import bz2
    import gzip
    import lzma

    compress = {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}[kind]
    command = {"gzip": "gzip -dc", "bzip2": "bzip2 -dc", "xz": "xz -dc"}[kind]
    for argv in (["classify"], ["classify", "-", "--json"], ["document", "-"]):
        stream = compress(b"We stand together.\nSend tanks to Kyiv.\n" * 50)
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stream)))
        status, out, err = run(capsys, *argv)
        said = (f"stance {argv[0]}: standard input is compressed ({kind}); decompress it first, "
                f"e.g. {command} FILE | stance {argv[0]} -\n")
        assert (status, out, err) == (2, "", said)


def test_a_parquet_file_on_stdin_is_told_to_be_scored_from_its_file(capsys, monkeypatch):
    # `cat votes.parquet | stance classify` was told "stdin line 1 is not UTF-8 … re-encode the
    # input", and with --encoding cp1252 its bytes were classified as statements (exit 0).
    pytest.importorskip("pyarrow")
    buffer = io.BytesIO()
    pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv."] * 20}).to_parquet(buffer)
    for argv in (["classify"], ["classify", "--encoding", "cp1252"], ["explain", "-"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(buffer.getvalue())))
        said = (f"stance {argv[0]}: standard input is a Parquet file, a table, and stance {argv[0]} reads lines of "
                f"text; score its rows from the file instead, e.g. stance score FILE.parquet -o scored.csv\n")
        assert run(capsys, *argv) == (2, "", said)
    # A line of text that begins "PAR1" is still a statement.
    line = "PAR1 is the first paragraph of the treaty."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(line.encode() + b"\n")))
    assert run(capsys, "classify") == (0, stance.classify(line).label + "\n", "")


@pytest.mark.parametrize(("name", "plain"), [("doc.txt.gz", "doc.txt"), ("doc.txt", "doc.decompressed.txt"),
                                             ("notes", "notes.decompressed.txt")])
def test_a_compressed_document_is_told_to_decompress_to_a_name_without_the_compression_suffix(
        capsys, tmp_path, name, plain):
    # d397a0d advised `gzip -dc doc.txt.gz > doc.txt.decompressed.gz`: the text kept the .gz suffix.
    import gzip

    document = tmp_path / name
    document.write_bytes(gzip.compress(b"NATO is united. We stand together.\n"))
    status, _, err = run(capsys, "document", str(document))
    assert status == 2 and f"(e.g. gzip -dc {document} > {tmp_path / plain}) and read that" in err, err


def test_jsonl_chunks_whose_keys_differ_keep_every_value_under_its_header(capsys, tmp_path):
    # Each chunk took its columns from its own records and the header came from the first:
    # a key only later rows have, or keys in another order, shifted values under the wrong
    # headers (ids under "text", texts under "id"), with exit status 0.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    records = [{"text": "NATO is united.", "id": 1}, {"text": "Send tanks to Kyiv.", "id": 2},
               {"id": 3, "text": "Bring the brigade home."}, {"id": 4, "text": "Hello.", "speaker": "Y"}]
    source.write_text("".join(json.dumps(record) + "\n" for record in records))
    assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "2")[0] == 0
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert written[["text", "id", "speaker"]].values.tolist() == [
        ["NATO is united.", "1", ""], ["Send tanks to Kyiv.", "2", ""], ["Bring the brigade home.", "3", ""],
        ["Hello.", "4", "Y"]]
    assert written.label.tolist() == [p.label for p in stance.classify_many(written.text.tolist())]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_integer_ids_with_a_gap_stay_exact(capsys, tmp_path, suffix):
    # An integer column with a missing value became floats: 17 came out "17.0", and ids
    # above 2**53 came out equal, so the scores could not be joined back.
    ids = [1234567890123456789, 1234567890123456791, None, 17]
    texts = ["NATO is united.", "Send tanks.", "Thank you.", "No."]
    source = tmp_path / f"in{suffix}"
    if suffix == ".jsonl":
        source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, texts)))
    else:  # as Spark and Arrow write it: no pandas metadata
        pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
        pq.write_table(pa.table({"id": pa.array(ids, pa.int64()), "text": texts}), source)
    out = tmp_path / "out.csv"
    assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "3")[0] == 0
    assert pd.read_csv(out, dtype=str, keep_default_na=False).id.tolist() == [
        "1234567890123456789", "1234567890123456791", "", "17"]
    assert stance.score(source).id.tolist() == ids


def test_jsonl_integers_beside_floats_stay_exact_in_every_chunk(capsys, tmp_path):
    # A chunk whose integers met a float and no gap became floats: id 1 came out "1.0" at
    # --chunk-size 2 and "1" at 1, and 9007199254740993 was rounded to ...992.
    ids = [1, 2.5, 9007199254740993, 0.5]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": "NATO is united."}) + "\n" for i in ids))
    written = []
    for chunk_size in ("1", "2", "4"):
        out = tmp_path / f"out{chunk_size}.csv"
        assert run(capsys, "score", str(source), "-o", str(out), "--chunk-size", chunk_size)[0] == 0
        written.append(pd.read_csv(out, dtype=str).id.tolist())
    assert written == [["1", "2.5", "9007199254740993", "0.5"]] * 3
    assert stance.score(source).id.tolist() == ids


def test_parquet_lists_are_written_whole_and_as_jsonl_writes_them(capsys, tmp_path):
    # A Parquet list column reached the CSV in numpy's print form, which drops values:
    # 2,000 numbers became "[   0    1    2 ... 1997 1998 1999]".
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    # (the struct's fields in name order: pyarrow 14 sorts the fields of a struct it infers)
    rows = [{"text": "NATO is united.", "vector": list(range(2000)), "meta": {"n": 1, "tags": ["a", "b"]}},
            {"text": "Send tanks.", "vector": None, "meta": None}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    written = []
    for suffix in (".parquet", ".jsonl"):
        out = tmp_path / f"out{suffix}.csv"
        assert run(capsys, "score", str(tmp_path / f"in{suffix}"), "-o", str(out))[0] == 0
        written.append(out.read_text())
    assert written[0] == written[1]
    cells = pd.read_csv(io.StringIO(written[0]), dtype=str, keep_default_na=False)
    assert json.loads(cells.vector[0]) == list(range(2000)) and json.loads(cells.meta[0]) == rows[0]["meta"]
    # A map column comes back from pyarrow as [(key, array)]: its arrays too (the second review).
    map_type = pa.map_(pa.string(), pa.list_(pa.int64()))
    table = pa.table({"text": ["NATO is united."], "scores": pa.array([[("k", list(range(2000)))]], type=map_type)})
    pq.write_table(table, tmp_path / "map.parquet")
    assert run(capsys, "score", str(tmp_path / "map.parquet"), "-o", str(tmp_path / "map.csv"))[0] == 0
    assert json.loads(pd.read_csv(tmp_path / "map.csv").scores[0]) == [["k", list(range(2000))]]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
@pytest.mark.parametrize("output", ["out.csv", "out.tsv"])
def test_lists_and_objects_are_written_as_json_that_other_tools_read_back(capsys, tmp_path, suffix, output):
    # They were written in Python's print form: "['arms_ukraine', 'sanctions']", "[None, True]",
    # "{'a': 1}", which no JSON parser (nor jq, nor R, nor JavaScript) reads.
    if suffix == ".parquet":
        pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    rows = [{"text": "Send tanks to Ukraine.", "tags": ["arms_ukraine", "sanctions"], "meta": {"a": "Zürich", "b": 1},
             "flags": [None, True]},
            {"text": "We stand together.", "tags": [], "meta": None, "flags": None}]
    source = tmp_path / f"in{suffix}"
    if suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), source)
    else:
        source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert run(capsys, "score", str(source), "-o", str(tmp_path / output), "--no-progress")[0] == 0
    text = (tmp_path / output).read_text(encoding="utf-8")
    separator = "\t" if output.endswith(".tsv") else ","
    cells = list(csv.DictReader(io.StringIO(text), delimiter=separator))
    assert cells[0]["tags"] == '["arms_ukraine", "sanctions"]'
    assert cells[0]["meta"] == '{"a": "Zürich", "b": 1}'  # non-ASCII as itself, in the UTF-8 file
    assert cells[0]["flags"] == "[null, true]"
    assert [cells[1]["tags"], cells[1]["meta"], cells[1]["flags"]] == ["[]", "", ""]


def test_a_parquet_inputs_lists_structs_and_maps_stay_so_in_a_parquet_output(capsys, tmp_path):
    # A 200,000-row round trip: Parquet to Parquet, a list<string> of tags came back a string of
    # JSON ('["a", "b"]'), and a struct, a map and a list of lists so too: the column's type and
    # every reader's code on it (explode, .list accessors) lost, where its numbers and times keep theirs.
    pa, pq = pytest.importorskip("pyarrow"), pytest.importorskip("pyarrow.parquet")
    source = pa.table({"text": ["We stand with Ukraine.", "Deter Russia.", "Unity."],
                       "tags": pa.array([None, ["a", "b"], []], pa.list_(pa.string())),
                       "meta": pa.array([{"a": 1, "b": "x"}, None, {"a": None, "b": "é"}]),
                       "counts": pa.array([[("k", 1)], None, []], pa.map_(pa.string(), pa.int64())),
                       # no null: pyarrow before 26 cannot read back a fixed-size list with one it wrote
                       "pair": pa.array([[1, 2], [5, 6], [3, 4]], pa.list_(pa.int64(), 2)),
                       "deep": pa.array([[[1], [2, 3]], None, []], pa.list_(pa.list_(pa.int32())))})
    (tmp_path / "in").mkdir()
    pq.write_table(source, tmp_path / "in" / "a.parquet")
    nested = [name for name in source.column_names if name != "text"]
    for given, chunking in ((tmp_path / "in" / "a.parquet", ["--chunk-size", "1"]), (tmp_path / "in" / "a.parquet", []),
                            (tmp_path / "in", [])):
        out = tmp_path / "out.parquet"
        status, _, err = run(capsys, "score", str(given), "-o", str(out), "--no-progress", *chunking)
        assert status == 0, err
        written = pq.read_table(out)
        for name in nested:
            assert written.schema.field(name).type == source.schema.field(name).type, name
            assert written.column(name).to_pylist() == source.column(name).to_pylist(), name
    # To CSV, JSON text as before.
    status, _, err = run(capsys, "score", str(tmp_path / "in" / "a.parquet"), "-o", str(tmp_path / "out.csv"))
    assert status == 0, err
    cells = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert cells.tags.tolist() == ["", '["a", "b"]', "[]"] and cells.counts.tolist() == ['[["k", 1]]', "", "[]"]


def test_a_jsonl_key_holding_text_in_one_row_and_a_list_in_another_writes_the_list_as_json(capsys, tmp_path):
    # Only a column whose first value was a list was converted: a later row's list kept Python's form.
    # (Parquet's columns hold one type; pyarrow 14 sorts a struct's keys, so their order is tested here.)
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "NATO is united.", "tags": "solo"}\n'
                      '{"text": "Send tanks.", "tags": ["a", "b"], "score": NaN}\n'
                      '{"text": "Hold the line.", "tags": {"z": "ü", "n": [1.5, NaN]}}\n', encoding="utf-8")
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")[0] == 0
    tags = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    # keys in their order; NaN as null, as JSON has no NaN
    assert [row["tags"] for row in tags] == ["solo", '["a", "b"]', '{"z": "ü", "n": [1.5, null]}']


def test_a_carriage_return_inside_a_text_does_not_split_its_row(capsys, tmp_path):
    # Python's csv module (before 3.13) leaves a field with a bare CR unquoted when lines
    # end in LF: read back, one row became two and the columns shifted.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    texts = ["NATO is united.\rWe stand together.", "Send tanks.", "Line one\r\nline two"]
    source.write_text("".join(json.dumps({"text": t, "id": i}) + "\n" for i, t in enumerate(texts)))
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["text"] for row in rows] == texts and [row["id"] for row in rows] == ["0", "1", "2"]


def test_a_carriage_return_in_a_cell_is_written_alike_whatever_the_chunk_size(capsys, tmp_path):
    # Every text of a chunk holding a carriage return was quoted, and only of that chunk:
    # the 21 rows below quoted every field in one chunk, and only the last 1 of them in chunks
    # of 5, so the output's bytes depended on --chunk-size. Now a cell is quoted when it
    # holds a carriage return, as one holding a newline is, and no other cell for it.
    source = tmp_path / "cr.csv"
    texts = ["NATO must stay united."] * 20 + ["Send air defence\r\nto Kyiv now."]
    pd.DataFrame({"id": range(21), "text": texts}).to_csv(source, index=False)
    written = []
    for chunk_size in (None, "5", "1", "20"):
        out = tmp_path / f"out{chunk_size}.csv"
        assert run(capsys, "score", str(source), "-o", str(out), "--no-progress",
                   *(["--chunk-size", chunk_size] if chunk_size else []))[0] == 0
        written.append(out.read_bytes())
    assert written[1:] == written[:1] * 3
    lines = written[0].decode().split("\n")
    assert lines[0].startswith("id,text,label,") and lines[1].startswith("0,NATO must stay united.,unity,")
    assert lines[21].startswith('20,"Send air defence\r') and lines[22].startswith('to Kyiv now.",')
    with open(tmp_path / "outNone.csv", newline="", encoding="utf-8") as handle:
        assert [row["text"] for row in csv.DictReader(handle)] == texts


def test_a_jsonl_file_with_a_byte_order_mark_is_read(capsys, tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    source.write_text('{"text": "NATO is united."}\n', encoding="utf-8-sig")
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    assert pd.read_csv(out).text.tolist() == ["NATO is united."]


def test_jsonl_strings_are_read_as_pandas_read_them(capsys, tmp_path):
    # The review of the new reader: a raw tab or carriage return inside a string, an
    # escaped lone surrogate and a deep nesting had become errors or tracebacks.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    source.write_bytes(b'{"text": "tab\there", "id": 1}\n{"text": "cr\rhere", "id": 2}\n'
                       b'{"text": "bad \\ud800 byte", "id": 3}\n')
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["text"] for row in rows] == ["tab\there", "cr\rhere", "bad \\ud800 byte"]
    utf16 = tmp_path / "utf16.jsonl"  # decoded as text: a UTF-16 file reads, CRLF and all
    utf16.write_text('{"text": "NATO is united."}\r\n{"text": "cr\rhere"}\r\n', encoding="utf-16")
    assert stance.tables.read_table(utf16, encoding="utf-16").text.tolist() == ["NATO is united.", "cr\rhere"]
    source.write_text('{"text": "a", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and "line 1 nests its values too deeply" in err


def test_a_jsonl_line_that_is_not_an_object_is_named(capsys, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "NATO is united."}\n\n["a list"]\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "line 3" in err and "holds an array" in err  # JSON's name of it
    source.write_text('{"text": "NATO is united."}\n{"text": broken}\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "line 2 is not JSON" in err


def test_a_jsonl_line_that_is_not_json_says_where_in_whole_words(capsys, tmp_path):
    source = tmp_path / "bad.jsonl"
    # Before: "(Unterminated string starting at, column 19)", the parser's message cut before its position.
    source.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": "bad\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "line 2 is not JSON (unterminated string starting at column 19)" in err
    source.write_text('{"text": broken}\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "line 1 is not JSON (expecting value at column 10)" in err


@pytest.mark.parametrize("chunked", [False, True])
def test_a_jsonl_line_that_names_a_key_twice_is_refused_naming_the_file_line_and_key(capsys, tmp_path, chunked):
    # JSON readers keep a repeated key's last value silently: a row holding "text" twice was
    # scored as its second text without a word, and training rows of "labels" twice as their
    # last label, where a CSV header naming a column twice is refused.
    source, out = tmp_path / "dup.jsonl", tmp_path / "out.jsonl"
    chunking = ["--chunk-size", "1"] if chunked else []
    source.write_text('{"text": "We back Kyiv."}\n{"text": "Send weapons to Ukraine.", "text": "NATO out!"}\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(out), *chunking)
    assert status == 2 and not out.exists(), err
    assert f"cannot read {str(source)!r}: line 2 names the key 'text' twice, and only" in err, err
    # A key repeated in an object within a row is as ambiguous.
    source.write_text('{"text": "We back Kyiv.", "meta": {"id": 1, "id": 2}}\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(out), *chunking)
    assert status == 2 and "line 1 names the key 'id' twice in an object inside the row," in err, err
    # A row that is an array (refused as no object later) was a traceback here (a review)
    for row in ('[1, {"a": 1, "a": 2}]', '[{"a": 1, "a": 2, "b": 3}]'):
        source.write_text(row + "\n")
        status, _, err = run(capsys, "score", str(source), "-o", str(out), *chunking)
        assert status == 2 and "line 1 names the key 'a' twice in an object inside the row," in err, err
    source.write_text("".join(f'{{"text": "row {n}", "labels": "unity", "labels": "none"}}\n' for n in range(40)))
    status, _, err = run(capsys, "check", str(source))
    assert status == 2 and "line 1 names the key 'labels' twice" in err, err


def test_a_jsonl_number_too_long_to_read_names_its_line_and_key_without_python_advice(capsys, tmp_path):
    # It said "cannot read 'bigint.jsonl': Exceeds the limit (4300 digits) for integer string
    # conversion ...; use sys.set_int_max_str_digits() to increase the limit", no line, no key,
    # and advice only a Python program can follow.
    source, out = tmp_path / "bigint.jsonl", tmp_path / "out.csv"
    source.write_text('{"text": "We back Kyiv."}\n\n{"text": "hello", "n": ' + "9" * 5000 + "}\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and not out.exists(), err
    assert (f"cannot read {str(source)!r}: line 3 holds a number of 5000 digits under the key 'n', too long "
            f"to read as a number; quote it as text") in err, err
    assert "sys." not in err and "Exceeds" not in err and err.count("\n") == 1, err
    # Within a list or an object of a row, the row's key is the one named.
    source.write_text('{"text": "hello", "ids": [1, ' + "9" * 5000 + "]}\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and "line 1 holds a number of 5000 digits under the key 'ids'" in err, err


def test_a_jsonl_line_cut_short_is_named_at_its_end_not_at_column_1(capsys, tmp_path):
    # An export killed mid-line leaves an object that stops before its closing brace; the
    # parser, past the line end, put the error on the line after it: "(expecting ',' delimiter
    # at column 1)", a column where the line has an opening brace.
    source = tmp_path / "cut.jsonl"
    source.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": "We back Kyiv."\n{"id": 3, "text": "x"}\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    # The line is 33 characters long: the object should have gone on at column 34.
    assert status == 2 and ("line 2 is not JSON (expecting ',' delimiter at the line's end (column 34): is the line "
                            "cut short?)") in err, err
    source.write_text('{"id": 1, "text": \r\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "line 1 is not JSON (expecting value at the line's end (column 18)" in err, err
    status, _, err = run(capsys, "train", str(source), "-o", str(tmp_path / "m"), "--option", 'class_weight={"a": 1')
    assert status == 2 and "(expecting ',' delimiter at the value's end (column 8): is the value cut short?)" in err


@pytest.mark.parametrize("chunked", [False, True])
def test_a_jsonl_file_without_usable_keys_says_what_it_lacks(capsys, tmp_path, chunked):
    # Blank lines only had said "no such column; columns present: []", an empty file
    # "expected a header row", and a lone surrogate in a key a codec error.
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    chunking = ["--chunk-size", "1"] if chunked else []
    for content, message in [("{}\n{}\n", "holds no JSON object with named values"),
                             ('{"te\\ud800xt": "a", "text": "b"}\n', "'te\\ud800xt' holds an escaped lone surrogate")]:
        source.write_text(content)
        status, _, err = run(capsys, "score", str(source), "-o", str(out), *chunking)
        assert status == 2 and message in err and not out.exists(), (content, err)

@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("content", [b"", b"\n", b"\n \r\n\t\n"])
def test_an_empty_jsonl_file_scores_to_a_file_of_headers_only_with_a_warning(capsys, tmp_path, chunked, content):
    # A nightly export with no rows that day was refused ("is empty: expected one JSON object per
    # line", exit 2) like a corrupt file, though a header-only CSV or a 0-row Parquet scores to a
    # header-only output; after 06df8ad, one of blank lines only (an export's lone line end) still was
    # ("holds no JSON object with named values").
    source, out = tmp_path / "in.jsonl", tmp_path / "out.csv"
    source.write_bytes(content)
    status, _, err = run(capsys, "score", str(source), "-o", str(out), *(["--chunk-size", "1"] if chunked else []))
    assert status == 0 and "holds no rows" in err and "scored 0 rows" in err, err
    expected = stance.score(pd.DataFrame({"text": pd.Series([], dtype=object)})).columns.tolist()
    assert pd.read_csv(out).columns.tolist() == expected and len(pd.read_csv(out)) == 0
    with pytest.warns(stance.StanceWarning, match="holds no rows"):
        assert stance.score(source).columns.tolist() == expected
    # A 0-byte CSV has no header to carry over: refused as before.
    empty_csv = tmp_path / "in.csv"
    empty_csv.write_bytes(b"")
    status, _, err = run(capsys, "score", str(empty_csv), "-o", str(out))
    assert status == 2 and "is empty: expected a header row and data rows" in err


def test_csv_headers_and_blank_lines_are_read_as_the_file_means_them(capsys, tmp_path):
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    # A name given twice was read as "text" and "text.1", silently.
    source.write_text("text,text\nNATO is united.,x\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and "names column(s) ['text'] more than once" in err and not out.exists()
    # Trailing blank lines of a wider file became rows of missing values (3 rows for 1).
    source.write_text("text,id\nNATO is united.,1\n\n\n")
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    assert pd.read_csv(out).id.tolist() == [1]
    # In a one-column sheet an empty line is an empty cell: still a row.
    source.write_text("text\nNATO is united.\n\nSend tanks.\n")
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    assert pd.read_csv(out, keep_default_na=False).flag.tolist() == ["", "missing", ""]
    # A quote never closed: the hint named the line after the one it opens on.
    source.write_text('text\na\nb\n"unterminated\nd\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and "opens on line 4 of the file" in err
    # A spreadsheet's unnamed trailing columns may repeat (pandas names them "Unnamed: 2"…).
    source.write_text("text,note,,\nNATO is united.,x,,\n")
    assert run(capsys, "score", str(source), "-o", str(out))[0] == 0
    assert pd.read_csv(out).text.tolist() == ["NATO is united."]
    # A quote never closed in a long header: the csv module's field limit, not a traceback.
    source.write_text('"' + "x" * 200_000 + "\na\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 2 and "opens on line 1 of the file" in err

def test_score_with_a_missing_column_leaves_no_output(capsys, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["x"]}).to_csv(source, index=False)
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "columns present" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_document_command(capsys, tmp_path):
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_a2d3c2175fd4bd9d.txt"
    status, out, _ = run(capsys, "document", str(seed), "--json")
    result = json.loads(out)
    assert status == 0 and result["profile"][0]["target"] == "unity"
    assert len(result["sentences"]) >= 17


def test_document_writes_jsonl_and_parquet_by_the_suffix_as_score_does(capsys, tmp_path):
    # A user audit: "stance document qa.txt -o out.jsonl" was told to use "stance.score(), suggest(),
    # find_label_issues()"; then, to use Python (stance.score_document(text).sentences), where
    # score, suggest and check write .jsonl and .parquet themselves (an R user's audit).
    speech = tmp_path / "qa.txt"
    speech.write_text("We stand together.\nNATO must stay united.\n", encoding="utf-8")
    status, _, err = run(capsys, "document", str(speech), "-o", str(tmp_path / "out.csv"))
    assert status == 0, err
    expected = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    suffixes = ["jsonl"] + (["parquet"] if importlib.util.find_spec("pyarrow") else [])
    for suffix in suffixes:
        status, _, err = run(capsys, "document", str(speech), "-o", str(tmp_path / f"out.{suffix}"))
        assert status == 0 and f"to {tmp_path / f'out.{suffix}'}" in err, err
        read = (pd.read_json(tmp_path / "out.jsonl", lines=True, dtype=False) if suffix == "jsonl"
                else pd.read_parquet(tmp_path / "out.parquet"))
        assert read.columns.tolist() == expected.columns.tolist()
        assert read["text"].tolist() == expected["text"].tolist() == ["We stand together.", "NATO must stay united."]
        assert read["label"].tolist() == expected["label"].tolist()
    # Another suffix is told what -o writes, and of --json
    status, out, err = run(capsys, "document", str(speech), "-o", str(tmp_path / "out.xlsx"))
    assert (status, out) == (2, "") and ".jsonl or .parquet" in err and "--json" in err, err
    assert "suggest()" not in err and "score_document" not in err, err
    # stance score is told so of another suffix too, without document's --json
    (tmp_path / "in.csv").write_text("text\nWe stand together.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.xlsx"))
    assert status == 2 and ".jsonl or .parquet" in err and "--json" not in err, err


def test_document_asks_for_the_stance_directions_by_their_flags(capsys, tmp_path, energy_frame):
    # A model with stance values whose direction their names do not say: the terminal was told
    # to pass favor= and against= "to score_document", and that favor='recht' was wrong, in
    # Python's words. (German "dafür"/"dagegen", once such values, are now recognised.)
    data = tmp_path / "de.csv"
    energy_frame.assign(stance=energy_frame.stance.map({"favor": "rechts", "against": "links"})).to_csv(
        data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
    assert status == 0, err
    speech = tmp_path / "speech.txt"
    speech.write_text("Build more wind farms. Close the gas plants.", encoding="utf-8")
    status, _, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"))
    assert status == 2
    # (in profile's words since a document's sides are profile's to find, ec106f2)
    assert err.endswith("['links', 'rechts'] is favour and which is against; pass --favor and --against (the "
                        "position is the log-odds of the one against the other)\n")
    status, _, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"), "--favor", "recht")
    assert status == 2 and "--favor recht is not one of the model's stance values" in err
    status, _, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"), "--favor", "rechts")
    assert status == 0, err


def test_evaluate_is_told_the_favor_and_against_flags_as_they_are_typed(capsys, tmp_path, energy_frame):
    # A review: stance evaluate of a model whose stance values 'pro' and 'support' both read as
    # favour was told "pass --favor= and --against= (e.g. --favor='pro', --against='contra')",
    # Python's favor= half-turned into flags; `stance document` alike ("pass --favor= and
    # --against= (the position …)"). The library keeps favor= and against=.
    favour = energy_frame.index[energy_frame.stance == "favor"]
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "contra"}))
    frame.loc[favour[::3], "stance"] = "support"
    coded = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "supportive", "against": "critical"}))
    coded.loc[favour[::3], "stance"] = "neutral"
    for name, data in (("pro", frame), ("coded", coded)):
        data.to_csv(tmp_path / f"{name}.csv", index=False)
        stance.train(data, stance_column="stance").save(tmp_path / name)
    status, _, err = run(capsys, "evaluate", str(tmp_path / "pro.csv"), "--model", str(tmp_path / "pro"))
    assert status == 0 and ("since 'pro' and 'support' both read as favour; pass --favor and --against "
                            "(e.g. --favor pro --against contra) to average those two") in err, err
    status, _, err = run(capsys, "evaluate", str(tmp_path / "coded.csv"), "--model", str(tmp_path / "coded"))
    assert status == 0 and ("name the value in favour with --favor and the one against with --against to average "
                            "those two") in err, err
    assert "favor=" not in err and "against=" not in err, err
    # What it advises, the command takes: stance_f_avg is then the mean of the two.
    status, out, err = run(capsys, "evaluate", str(tmp_path / "pro.csv"), "--model", str(tmp_path / "pro"),
                           "--favor", "pro", "--against", "contra", "--json")
    assert status == 0 and "stance_f_avg is the mean F1 of every" not in err, err
    metrics = json.loads(out)
    metrics = metrics.get("metrics", metrics)
    assert metrics["stance_f_avg"] == pytest.approx((metrics["pro_f1"] + metrics["contra_f1"]) / 2)
    with pytest.warns(stance.StanceWarning, match=r"pass favor= and against= \(e\.g\. favor='pro', against='contra'\)"):
        stance.evaluate(stance.load(tmp_path / "pro"), frame)


def test_document_counts_the_values_of_a_repeated_favor_together(capsys, tmp_path, energy_frame):
    # The warning of values counted together said to pass "--favor= and --against= (a value or a
    # list of values each)", and --favor took one: "--favor favor --favor pro" was "given twice".
    frame = energy_frame.copy()
    frame.loc[frame.index[frame.stance == "favor"][::2], "stance"] = "pro"
    frame.to_csv(tmp_path / "pro.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "pro.csv"), "-o", str(tmp_path / "m"))
    assert status == 0, err
    speech = tmp_path / "speech.txt"
    speech.write_text("\n\n".join(frame.text.drop_duplicates()), encoding="utf-8")
    status, out, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"), "--json")
    assert status == 0, err
    assert "are counted as favor; pass --favor and --against (a value each, repeated for several values) to " \
           "count otherwise" in err, err
    said = pd.DataFrame(json.loads(out)["sentences"]).stance.value_counts()
    status, out, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"), "--json",
                           "--favor", "favor", "--favor", "pro", "--against", "against")
    assert status == 0 and "warning" not in err, err
    counted = pd.DataFrame(json.loads(out)["profile"])
    assert counted["favor"].sum() == said["favor"] + said["pro"] and counted["against"].sum() == said["against"]
    status, _, err = run(capsys, "document", str(speech), "--model", str(tmp_path / "m"), "--favor", "favor",
                         "--favor", "prp")
    assert status == 2 and "--favor prp is not one of the model's stance values" in err, err


def test_document_writes_numbered_statements_and_refuses_binary_formats(capsys, tmp_path):
    import pandas as pd

    speech = tmp_path / "speech.txt"
    speech.write_text("Q: Will you defend Estonia?\nSECRETARY GENERAL: Yes. We stand together.\nENDS\n",
                      encoding="utf-8")
    status, out, _ = run(capsys, "document", str(speech), "--json", "-o", str(tmp_path / "statements.tsv"))
    assert status == 0
    records = json.loads(out)["sentences"]
    assert [r["statement"] for r in records] == [0, 1, 2]
    assert [r["speaker"] for r in records] == ["Q", "SECRETARY GENERAL", "SECRETARY GENERAL"]
    written = pd.read_csv(tmp_path / "statements.tsv", sep="\t")
    assert written.statement.tolist() == [0, 1, 2]
    assert written.text.tolist() == ["Will you defend Estonia?", "Yes.", "We stand together."]
    for name, head, hint in [("memo.docx", b"PK\x03\x04rest", "plain text"), ("memo.pdf", b"%PDF-1.7", "pdftotext"),
                             ("memo.rtf", b"{\\rtf1\\ansi", "RTF")]:
        (tmp_path / name).write_bytes(head)
        status, _, err = run(capsys, "document", str(tmp_path / name))
        assert status == 2 and hint in err, name


def test_document_given_a_spreadsheet_points_to_stance_score(capsys, tmp_path):
    # An .xlsx was "a zip archive (a .docx, .odt or .pages file?)" and an .xls "an old Office
    # file (.doc?)": a spreadsheet of statements belongs to stance score, as a CSV.
    for name, head in [("votes.xlsx", b"PK\x03\x04rest"), ("votes.xls", b"\xd0\xcf\x11\xe0rest"),
                       ("votes.ods", b"PK\x03\x04rest")]:
        (tmp_path / name).write_bytes(head)
        status, out, err = run(capsys, "document", str(tmp_path / name))
        assert status == 2 and out == "", name
        assert "is a spreadsheet" in err and "CSV UTF-8" in err and "stance score" in err, err
        assert ".docx" not in err and ".doc?" not in err, err


def test_document_given_a_table_of_statements_points_to_stance_score(capsys, tmp_path):
    # A CSV's header row and a JSONL's braces and keys were scored as statements, exit 0, and a
    # Parquet file was "not UTF-8 text" with an iconv command that no re-saving mends.
    rows = pd.DataFrame({"text": ["Send more tanks to Kyiv.", "NATO is united."]})
    rows.to_csv(tmp_path / "votes.csv", index=False)
    rows.to_csv(tmp_path / "votes.tsv", sep="\t", index=False)
    rows.to_json(tmp_path / "votes.jsonl", orient="records", lines=True)
    (tmp_path / "votes.parquet").write_bytes(b"PAR1\x15\x04rest")
    for name in ["votes.csv", "votes.tsv", "votes.jsonl", "votes.parquet", "VOTES.CSV"]:
        if name == "VOTES.CSV":
            (tmp_path / name).write_bytes((tmp_path / "votes.csv").read_bytes())
        status, out, err = run(capsys, "document", str(tmp_path / name))
        assert status == 2 and out == "", name
        assert "is a table of statements" in err and f"stance score {tmp_path / name}" in err, err
        assert "iconv" not in err and ("stdin" in err) == (not name.endswith(".parquet")), err
    # Compressed, a table was told to be decompressed "and read that", to be refused as a table.
    import gzip

    (tmp_path / "votes.csv.gz").write_bytes(gzip.compress((tmp_path / "votes.csv").read_bytes()))
    (tmp_path / "speech.txt.gz").write_bytes(gzip.compress(b"We will keep supporting Ukraine.\n"))
    status, _, err = run(capsys, "document", str(tmp_path / "votes.csv.gz"))
    assert status == 2 and f"> {tmp_path / 'votes.csv'}) and run stance score {tmp_path / 'votes.csv'} -o" in err, err
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt.gz"))
    assert status == 2 and err.rstrip().endswith(f"> {tmp_path / 'speech.txt'}) and read that"), err
    # A plain-text file is a document as before.
    (tmp_path / "speech.txt").write_text("We will keep supporting Ukraine for as long as it takes.\n")
    status, out, _ = run(capsys, "document", str(tmp_path / "speech.txt"))
    assert status == 0 and "ukraine_support" in out


def test_document_given_a_json_file_points_to_stance_score(capsys, tmp_path, monkeypatch):
    # stance document votes.json scored the JSON text as prose, exit 0: a statement
    # '[{"text": "Send more tanks to Kyiv."},' read as ukraine_support, braces and keys in it.
    votes = tmp_path / "votes.json"
    pd.DataFrame({"text": ["Send more tanks to Kyiv.", "NATO is united."]}).to_json(votes, orient="records")
    status, out, err = run(capsys, "document", str(votes))
    assert status == 2 and out == ""
    assert err.startswith(f"stance document: {str(votes)!r} is a JSON array, and stance document reads one "
                          f"document's plain text"), err
    assert f"stance.score(pandas.read_json({str(votes)!r}))" in err and f"stance document - < {votes}" in err
    # JSON Lines saved as .json (not an array) is still told to be renamed.
    lines = tmp_path / "lines.json"
    pd.DataFrame({"text": ["Send more tanks to Kyiv.", "NATO is united."]}).to_json(lines, orient="records",
                                                                                     lines=True)
    status, _, err = run(capsys, "document", str(lines))
    assert status == 2 and f"(mv {lines} {tmp_path / 'lines.jsonl'}; stance score {tmp_path / 'lines.jsonl'} -o " \
        f"scored.csv)" in err, err
    # Among other files too, before any is scored; on stdin, read as prose, as the message says.
    (tmp_path / "speech.txt").write_text("We will keep supporting Ukraine.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(tmp_path / "speech.txt"), str(votes))
    assert status == 2 and out == "" and "is a JSON array" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(votes.read_bytes())))
    status, out, _ = run(capsys, "document", "-")
    assert status == 0 and '[{"text":"Send more tanks to Kyiv."}' in out


def test_a_json_array_is_told_only_the_route_that_reads_an_array(capsys, tmp_path):
    # stance document votes.json (a JSON array) advised "mv votes.json votes.jsonl; stance score
    # votes.jsonl -o scored.csv", which failed "line 1 holds an array, not a JSON object" with no
    # advice. Both now give the array's route, which is followed here and works.
    votes = tmp_path / "votes.json"
    pd.DataFrame({"text": ["Send more tanks to Kyiv.", "NATO is united."]}).to_json(votes, orient="records")
    votes.write_bytes(b"\xef\xbb\xbf \n" + votes.read_bytes())  # a BOM and a blank line before the '['
    status, _, err = run(capsys, "document", str(votes))
    said = (f"pandas.read_json({str(votes)!r}, encoding='utf-8-sig').to_json({str(tmp_path / 'votes.jsonl')!r}, "
            f"orient='records', lines=True), then stance score {tmp_path / 'votes.jsonl'} -o scored.csv")
    assert status == 2 and said in err and "mv " not in err, err
    pd.read_json(votes, encoding="utf-8-sig").to_json(tmp_path / "votes.jsonl", orient="records", lines=True)
    assert run(capsys, "score", str(tmp_path / "votes.jsonl"), "-o", str(tmp_path / "scored.csv"))[0] == 0
    moved = tmp_path / "moved.jsonl"  # the old advice followed: the array under .jsonl
    moved.write_bytes(votes.read_bytes())
    status, _, err = run(capsys, "score", str(moved), "-o", str(tmp_path / "scored2.csv"))
    assert status == 2 and "line 2 holds an array, not a JSON object of named values" in err, err
    assert f"stance.score(pandas.read_json({str(moved)!r}, encoding='utf-8-sig'))" in err
    assert f".to_json({str(moved)!r}, orient='records', lines=True)" in err
    assert stance.score(pd.read_json(moved, encoding="utf-8-sig")).shape[0] == 2  # the Python route reads it


@pytest.mark.parametrize("codec, told", [("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
                                          ("utf-16-be", "utf-16-be"),
                                          # A review of e52fdfd: UTF-32 was told mv to .jsonl, or a read that failed.
                                          ("utf-32", "utf-32"), ("utf-32-le", "utf-32-le"), ("utf-32-be", "utf-32-be")])
def test_a_utf16_json_array_is_told_a_read_that_works_when_pasted(capsys, tmp_path, codec, told):
    # A review of 4e79cb2: a UTF-16-LE JSON array without a byte-order mark was told
    # pandas.read_json('u16le.json'), which fails "Expected object or value", and UTF-16 with
    # one was told to mv it to .jsonl. pandas' encoding='utf-16' reads only the file with a mark
    # ("UTF-16 stream does not start with BOM"): one without is told its byte order.
    votes = tmp_path / "votes.json"
    votes.write_bytes(pd.DataFrame({"text": ["Send more tanks to Kyiv.", "NATO is united."]})
                      .to_json(orient="records").encode(codec))
    status, _, err = run(capsys, "document", str(votes))
    read = f"pandas.read_json({str(votes)!r}, encoding={told!r})"
    assert status == 2 and f"stance.score({read})" in err and "mv " not in err, err
    assert stance.score(pd.read_json(votes, encoding=told)).shape[0] == 2  # the advice, pasted, reads it


def test_a_missing_document_is_told_the_text_files_beside_it_it_likely_meant(capsys, tmp_path, monkeypatch):
    # stance document speeh.txt, beside speech.txt, was told of no file; "speech" and "held_ot.csv"
    # were told of held_out.csv and the folder speeches, which document refuses, as the table
    # readers offer them. It offers the text and caption files beside it now; score, as before, tables.
    monkeypatch.chdir(tmp_path)
    for name in ("speech.txt", "held_out.csv", "briefing.srt", "notes.json"):
        (tmp_path / name).write_text("text\nWe will keep supporting Ukraine.\n", encoding="utf-8")
    (tmp_path / "speeches").mkdir()
    for name, meant in [("speeh.txt", "speech.txt"), ("speech", "speech.txt"), ("briefng.srt", "briefing.srt"),
                        ("held_ot.csv", None), ("speeche", None), ("notes", None)]:
        status, out, err = run(capsys, "document", name)
        hint = f" (did you mean {meant!r}?)" if meant else ""
        assert (status, out, err) == (2, "", f"stance document: file not found: {name!r}{hint}\n"), name
    status, _, err = run(capsys, "score", "held_ot.csv", "-o", "out.csv")
    assert status == 2 and err == "stance score: file not found: 'held_ot.csv' (did you mean 'held_out.csv'?)\n"


def test_a_missing_file_is_told_the_file_of_its_name_in_another_case(capsys, tmp_path, monkeypatch):
    # An audit by an analyst on Windows, whose file system does not tell GOOD.CSV from good.csv:
    # `stance score good.csv` beside GOOD.CSV said "file not found" with no suggestion, where
    # votes2026.csv beside votes2026.CSV was told it (its stem alike), as was a typo.
    monkeypatch.chdir(tmp_path)
    for name in ("GOOD.CSV", "SPEECH.TXT"):
        (tmp_path / name).write_text("text\nWe will keep supporting Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "good.csv", "-o", "out.csv")
    assert (status, err) == (2, "stance score: file not found: 'good.csv' (did you mean 'GOOD.CSV'?)\n")
    status, _, err = run(capsys, "document", "speech.txt")
    assert (status, err) == (2, "stance document: file not found: 'speech.txt' (did you mean 'SPEECH.TXT'?)\n")


def test_a_missing_file_is_told_its_name_in_another_case_beside_the_other_near_names(capsys, tmp_path, monkeypatch):
    # A review of 12895ea: the name in another case replaced the other suggestions, so VOTES beside
    # a folder Votes/ and votes.csv was told only the folder, and d2/report.csv beside Report.csv and
    # report.tsv only Report.csv; each is offered beside the others, files before folders.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Votes").mkdir()
    (tmp_path / "d2").mkdir()
    for name in ("votes.csv", "d2/Report.csv", "d2/report.tsv"):
        (tmp_path / name).write_text("text\nWe will keep supporting Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "VOTES", "-o", "o.csv")
    assert (status, err) == (2, "stance score: file not found: 'VOTES' (did you mean 'votes.csv' or 'Votes'?)\n")
    status, _, err = run(capsys, "score", "d2/report.csv", "-o", "o.csv")
    assert (status, err) == (
        2, "stance score: file not found: 'd2/report.csv' (did you mean 'd2/Report.csv' or 'd2/report.tsv'?)\n")


def test_document_given_a_folder_suggests_the_quoted_glob_of_its_documents(capsys, tmp_path):
    # An audit by an analyst on Windows: `stance document "Données/2026 été"` said "is a directory,
    # not a file", where stance score names the glob to type and README "Several documents" reads one.
    folder = tmp_path / "Données" / "2026 été"
    folder.mkdir(parents=True)
    for name in ("a.txt", "b.txt", "notes.csv"):
        (folder / name).write_text("We stand together.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(folder), "-o", str(tmp_path / "all of them.csv"))
    assert (status, out) == (2, "") and "is a folder (of a.txt, b.txt)" in err, err
    command = err.rstrip("\n").split("in name order: ")[1]
    assert shlex.split(command) == ["stance", "document", f"{folder}/*.txt", "-o", str(tmp_path / "all of them.csv")]
    status, out, _ = run(capsys, *shlex.split(command)[1:])  # the command pasted runs
    assert status == 0 and (tmp_path / "all of them.csv").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = run(capsys, "document", str(empty))
    assert status == 2 and f"{str(empty)!r} is a folder, with no documents in it (files named .txt" in err, err


def test_document_given_a_folder_suggests_one_command_that_reads_all_its_documents(capsys, tmp_path, monkeypatch):
    # A review of e59b874: 'b[1]/*.txt' matched nothing (its brackets a glob's), a folder of .md and
    # .txt was offered two commands writing the same -o, each scoring part, and a folder whose
    # documents' names begin with "." was offered a glob that skips them.
    monkeypatch.chdir(tmp_path)
    for folder, names in (("b[1]", ("a.txt", "b.txt")), ("mix", ("a.md", "b.txt", "c.md"))):
        Path(folder).mkdir()
        for name in names:
            (Path(folder) / name).write_text("We stand together.\n", encoding="utf-8")
        status, out, err = run(capsys, "document", folder, "-o", "all.csv")
        assert (status, out) == (2, "") and err.count("stance document ") == 1, err
        command = err.rstrip("\n").split("in name order: ")[1]
        status, out, err = run(capsys, *shlex.split(command)[1:])  # the command pasted runs
        assert status == 0, err
        assert len(pd.read_csv("all.csv", sep=None, engine="python")) == len(names)
    Path("dots").mkdir()
    (Path("dots") / ".a.txt").write_text("We stand together.\n", encoding="utf-8")
    status, _, err = run(capsys, "document", "dots")
    assert status == 2 and "'dots' is a folder whose documents' names begin with '.', which a glob skips" in err, err
    assert "stance document dots/.a.txt" in err, err


def _deny_opening(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make every opening of a file named one of ``names`` raise PermissionError until the test ends.

    Through an audit hook: Python raises the "open" event in every open of a file by name
    (open, io.open, os.open, pathlib), where a patch of open and io.open missed Python
    3.10's pathlib, which opens through the io.open it bound at import. A hook cannot be
    removed, so one is added per process, and it denies only the names a test set."""
    if not _HOOKED:
        sys.addaudithook(_deny_denied)
        _HOOKED.append(True)
    monkeypatch.setitem(_DENIED, "names", frozenset(names))  # undone at the test's end


_DENIED: dict[str, frozenset[str]] = {"names": frozenset()}  # the names _deny_opening denies now
_HOOKED: list[bool] = []  # whether this process has the hook (it cannot be removed)


def _deny_denied(event: str, args: tuple) -> None:
    names = _DENIED["names"]
    if event == "open" and names and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        if os.path.basename(path) in names:
            raise PermissionError(13, "Permission denied", path)


def test_a_file_not_ours_to_read_is_told_so_in_one_wording_by_every_reader(capsys, tmp_path, monkeypatch):
    # An audit by an analyst on Windows, where a file Excel holds open cannot be read: score said
    # "cannot read 'locked.csv': [Errno 13] Permission denied: 'locked.csv'", document only "[Errno
    # 13] Permission denied: 's.txt'", and stance.score of a .jsonl raised a bare PermissionError.
    # Tests run as root, whom chmod 000 does not stop: opening the files is denied instead.
    monkeypatch.chdir(tmp_path)
    Path("locked.csv").write_text("text\nWe stand together.\n", encoding="utf-8")
    Path("locked.jsonl").write_text('{"text": "We stand together."}\n', encoding="utf-8")
    Path("s.txt").write_text("We stand together.\n", encoding="utf-8")
    _deny_opening(monkeypatch, "locked.csv", "locked.jsonl", "s.txt")
    said = "cannot read {!r}: permission denied (is it open in another program, such as Excel, or not yours to read?)"
    for argv, name in [(["score", "locked.csv", "-o", "out.csv"], "locked.csv"),
                       (["score", "locked.jsonl", "-o", "out.csv"], "locked.jsonl"),
                       (["train", "locked.csv", "-o", "model"], "locked.csv"),
                       (["document", "s.txt"], "s.txt")]:
        status, _, err = run(capsys, *argv)
        assert (status, err) == (2, f"stance {argv[0]}: {said.format(name)}\n"), argv
    for name in ("locked.csv", "locked.jsonl"):
        with pytest.raises(stance.InvalidInputError, match=f"^{re.escape(said.format(name))}$"):
            stance.score(name)


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "stance", "classify", "We have a one-speed NATO."],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("unity")


def test_score_output_has_ordinary_permissions(capsys, tmp_path):
    import os

    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(source, index=False)
    old = os.umask(0o022)
    try:
        assert main(["score", str(source), "-o", str(tmp_path / "out.csv")]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "out.csv").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("output", ["out.csv", "out.tsv", "out.jsonl", "out.parquet", "document.csv", "plot.svg",
                                    "suggested.csv"])
def test_a_rewritten_output_keeps_the_permissions_of_the_file_it_replaces(capsys, tmp_path, output):
    # An audit by a newsroom data desk's engineer: a private output (chmod 600) written again
    # became 644, where a shell's ">" keeps 600. A new file still has the umask's mode.
    if output.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    if output.endswith(".svg"):
        pytest.importorskip("matplotlib")
    source, speech = tmp_path / "in.csv", tmp_path / "speech.txt"
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Send tanks to Ukraine.", "We stand together."]}).to_csv(
        source, index=False)
    speech.write_text("We stand together. Send tanks to Ukraine.\n")
    target = tmp_path / output
    argv = {"document.csv": ["document", str(speech), "-o", str(target)],
            "plot.svg": ["document", str(speech), "--plot", str(target)],
            "suggested.csv": ["suggest", str(source), "-n", "2", "-o", str(target)]}.get(
        output, ["score", str(source), "-o", str(target), "--no-progress"])
    old = os.umask(0o002)  # not 022: a file made 600, as a temporary file is, would differ from a new one
    try:
        assert run(capsys, *argv)[0] == 0
        assert target.stat().st_mode & 0o7777 == 0o664
        for mode in (0o600, 0o640, 0o444):
            os.chmod(target, mode)
            assert run(capsys, *argv)[0] == 0
            assert target.stat().st_mode & 0o7777 == mode, oct(mode)
        # A review: a file's set-user-id bit was carried to the new content; a write clears it.
        os.chmod(target, 0o4755)
        assert run(capsys, *argv)[0] == 0
        assert target.stat().st_mode & 0o7777 == 0o755
    finally:
        os.umask(old)
        os.chmod(target, 0o644)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted({"in.csv", "speech.txt", output})

def test_cli_train_then_classify_in_new_processes_matches_the_library(tmp_path, energy_frame):
    import subprocess
    import sys

    import stance

    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    model_dir = tmp_path / "energy"
    run_cli = [sys.executable, "-m", "stance"]
    subprocess.run([*run_cli, "train", str(data), "-o", str(model_dir), "--stance-column", "stance"],
                   check=True, capture_output=True)
    probes = ["Build more wind turbines.", "Shut the reactors down.", "The hearing resumes on Thursday."]
    done = subprocess.run([*run_cli, "classify", "--json", "--model", str(model_dir), *probes],
                          check=True, capture_output=True, text=True)
    from_cli = [json.loads(line) for line in done.stdout.splitlines()]
    in_process = stance.train(energy_frame, stance_column="stance").classify_many(probes)
    for row, p in zip(from_cli, in_process):
        assert row["labels"] == list(p.labels) and row["stance"] == p.stance
        assert row["scores"] == pytest.approx(p.scores, abs=1e-12)


def test_more_bad_input_exits_2_before_doing_work(capsys, tmp_path, energy_frame):
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    unlabelled = tmp_path / "unlabelled.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Hello there"], "labels": ["unity", ""]}).to_csv(
        unlabelled, index=False)
    punctuation = tmp_path / "punctuation.csv"
    pd.DataFrame({"text": ["!!!", "???", "...", "!?", "?!", ".."], "labels": list("ababab")}).to_csv(
        punctuation, index=False)
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    speech = tmp_path / "speech.txt"
    speech.write_text("We have a one-speed NATO. Thank you.")
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "checksums.json").write_text("{}")
    (tmp_path / "thesis" / "thesis.docx").write_text("precious")
    cases = {
        ("train", str(data), "-o", str(tmp_path / "thesis"), "--overwrite"):
            "not part of a model: ['thesis.docx']",
        ("evaluate", str(unlabelled)): "row 1 has no gold label",
        ("train", str(punctuation), "-o", str(tmp_path / "m1")): "no text has a word",
        ("train", str(data), "-o", str(a_file), "--overwrite"): "is a file, not a model directory",
        ("train", str(data), "-o", str(tmp_path / "m2"), "--random-state", "-1"): "--random-state must be",
        ("document", str(speech), "--plot", str(tmp_path / "profile.txt")): "name an image file",
        # checked before the table is printed and -o written, not after (the ninth user audit)
        ("document", str(speech), "-o", str(tmp_path / "d.csv"), "--plot", str(tmp_path / "no" / "p.png")):
            "does not exist; create it first",
        ("evaluate", str(data), "--stance-column", "position"): "--stance-column position: no such column",
        ("score", str(data), "-o", str(tmp_path / "out.xlsx")): "tables are written as .csv, .tsv, .jsonl or .parquet",
    }
    for argv, message in cases.items():
        status, out, err = run(capsys, *argv)
        assert status == 2 and out == "", (argv, out)
        assert len(err.strip().splitlines()) == 1 and message in err, (argv, err)
    assert (tmp_path / "thesis" / "thesis.docx").read_text() == "precious"
    assert a_file.read_text() == "x" and not (tmp_path / "m2").exists() and not (tmp_path / "d.csv").exists()


def test_score_writes_tsv_for_a_tsv_output(capsys, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."]}).to_csv(source, index=False)
    status, _, _ = run(capsys, "score", str(source), "-o", str(tmp_path / "out.tsv"), "--no-progress")
    scored = pd.read_csv(tmp_path / "out.tsv", sep="\t")
    assert status == 0 and scored.label.tolist() == ["unity", "none"]


@pytest.mark.parametrize("name", ["unnamed.csv", "unnamed.tsv"])
def test_score_keeps_an_empty_header_name_as_written(capsys, tmp_path, name):
    # What DataFrame.to_csv() writes by default: its index under an empty name.
    source = tmp_path / name
    pd.DataFrame({"text": ["NATO must stay united.", "Send tanks."]}).to_csv(
        source, sep="\t" if name.endswith(".tsv") else ",")
    output = tmp_path / f"out{source.suffix}"
    status, _, _ = run(capsys, "score", str(source), "-o", str(output), "--no-progress", "--chunk-size", "1")
    # Before: "Unnamed: 0,text,label,…", pandas' name for it.
    separator = "\t" if name.endswith(".tsv") else ","
    assert status == 0 and output.read_text().splitlines()[0].startswith(f"{separator}text{separator}label")
    assert output.read_text().splitlines()[1].startswith(f"0{separator}NATO")
    # In Python the column keeps the name pandas gives it, as pd.read_csv does.
    assert stance.score(source).columns[:2].tolist() == ["Unnamed: 0", "text"]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_score_names_several_empty_header_cells_alike_and_once_in_every_format(capsys, tmp_path, suffix):
    # A header of two empty cells was written as two empty names: a JSONL row held one ""
    # key and lost the index's value, and the Parquet file had two columns named "", which
    # pandas refused to read. Both keep pandas' names now, as the CSV output's header does.
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    source = tmp_path / "in.csv"
    source.write_text(",text,\n0,NATO must stay united.,a\n1,Send tanks.,b\n")
    csv_output, output = tmp_path / "out.csv", tmp_path / f"out{suffix}"
    for target in (csv_output, output):
        status, _, _ = run(capsys, "score", str(source), "-o", str(target), "--no-progress", "--chunk-size", "1")
        assert status == 0
    header = csv_output.read_text().splitlines()[0].split(",")
    assert header[:4] == ["Unnamed: 0", "text", "Unnamed: 2", "label"]
    written = (pd.read_json(output, lines=True, dtype=False) if suffix == ".jsonl" else pd.read_parquet(output))
    assert written.columns.tolist() == header
    assert written[["Unnamed: 0", "Unnamed: 2"]].astype(str).values.tolist() == [["0", "a"], ["1", "b"]]


def test_score_reads_spreadsheet_trailing_commas_without_shifting_columns(capsys, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("text,id\nWe have a one-speed NATO.,1,\nThank you.,2,\n")
    status, _, _ = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")
    scored = pd.read_csv(tmp_path / "out.csv", dtype=str)
    assert status == 0
    assert scored.text.tolist() == ["We have a one-speed NATO.", "Thank you."] and scored.id.tolist() == ["1", "2"]
    assert scored.label.tolist() == ["unity", "none"]


def test_score_keeps_blank_lines_of_a_one_column_csv(capsys, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text('text\nSend tanks to Kyiv.\n\nHello there.\n""\nBring the brigade home.\n')
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")
    scored = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert status == 0 and "scored 5 rows" in err
    assert scored.text.tolist() == ["Send tanks to Kyiv.", "", "Hello there.", "", "Bring the brigade home."]
    assert scored.flag.tolist()[1] == "missing" and scored.label.tolist()[1] == "none"


def test_evaluate_json_is_strict_json(capsys, tmp_path):
    data = tmp_path / "unity_only.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"], "stance": ["favor"]}).to_csv(
        data, index=False)
    status, out, _ = run(capsys, "evaluate", str(data), "--json")

    def refuse(constant):
        raise ValueError(constant)

    report = json.loads(out, parse_constant=refuse)  # NaN or Infinity would raise
    assert status == 0 and report["metrics"]["none_f1"] is None
    assert report["per_label"]["deterrence"]["f1"] is None and report["per_label"]["unity"]["f1"] == 1.0


def test_info_shows_what_a_loaded_model_was_saved_with(capsys):
    status, out, _ = run(capsys, "info")
    assert status == 0 and "saved with:" in out and "scikit-learn" in out and "created:" in out
    assert "(model format 17)" in out  # the bundled model, trained with the names option in 0.13.0
    assert "confidence:     calibrated on out-of-fold predictions" in out


def test_classify_reads_stdin_as_utf8_whatever_the_locale_and_answers_as_lines_come(monkeypatch):
    import os

    from stance import terminal

    read_end, write_end = os.pipe()
    os.write(write_end, "Ukraine’s security is our security.\nWe stand together.\n".encode())
    # A Latin-1 locale would decode "’" as three characters; stdin is read as UTF-8 bytes.
    monkeypatch.setattr("sys.stdin", os.fdopen(read_end, "r", encoding="latin-1"))
    batches = terminal._stdin_batches()
    # Both lines come out while the writer still holds the pipe open (as behind `tail -f`).
    lines = next(batches) + next(batches)
    assert lines == ["Ukraine’s security is our security.", "We stand together."]
    os.close(write_end)
    assert list(batches) == []


def test_classify_names_a_stdin_line_that_is_not_utf8(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We stand together.\nbad \xff byte\n")))
    status, out, err = run(capsys, "classify")
    assert status == 2 and "stdin line 2 is not UTF-8" in err
    # Whatever the batching, every line before the bad one has its answer, and the message
    # says how many (which lines were out had depended on how stdin was read).
    assert out.splitlines() == ["unity"] and "the 1 line(s) before it are classified above" in err
    # "byte 4" was the byte's place counted from 0, which told a user nothing: the byte itself
    # and its place in the line, with the iconv command the file readers give.
    assert "its byte 5 is 0xff, which UTF-8 cannot decode" in err and "iconv -f cp1252 -t utf-8" in err, err


@pytest.mark.parametrize("command", ["classify", "explain"])
def test_classify_and_explain_read_stdin_in_the_encoding_given(capsys, monkeypatch, command):
    # Neither took --encoding (the 200,000-row auditor's Windows finding left them out): a
    # cp1252 file piped in was told to re-encode with iconv, which Windows has not.
    lines = ["La défense de l’Ukraine est notre priorité.", "Send tanks to Kyiv.", "Ça suffit."]
    cp1252 = "\r\n".join(lines).encode("cp1252") + b"\r\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(cp1252)))
    status, out, err = run(capsys, command, "-")
    assert status == 2 and "stdin line 1 is not UTF-8: its byte 5 is 0xe9" in err, err
    assert "; pass --encoding cp1252, or re-encode the input as UTF-8, e.g. iconv -f cp1252 -t utf-8" in err, err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(cp1252)))
    status, out, err = run(capsys, command, "--json", "--encoding", "cp1252", "-")
    assert status == 0 and err == "", err
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [record["text"] for record in records] == lines  # the characters cp1252 holds, its line ends gone
    expected = [stance.classify(line) for line in lines]
    if command == "classify":
        assert [record["label"] for record in records] == [p.label for p in expected]
    # A byte the encoding given has no character for is refused by its line, the lines before it answered.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We stand together.\nbad \x81 byte\n")))
    status, out, err = run(capsys, command, "--encoding", "cp1252", "-")
    assert status == 2 and out.startswith("unity" if command == "classify" else "We stand together."), out
    answered = {"classify": "classified", "explain": "explained"}[command]
    assert f"stdin line 2 is not cp1252 (character maps to <undefined>); the 1 line(s) before it are {answered} above" \
        in err, err
    # Beside statements given as arguments, which are text already, it is refused, not ignored.
    status, out, err = run(capsys, command, "--encoding", "cp1252", "Ça suffit.")
    assert status == 2 and out == "", out
    assert "--encoding cp1252 says how the lines on stdin are read" in err and f"| stance {command} " in err, err
    assert run(capsys, command, "--encoding", "UTF-8", "We stand together.")[0] == 0  # the default, spelled so


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_classify_reads_utf16_and_utf32_stdin_with_a_byte_order_mark(capsys, monkeypatch, codec):
    # `iconv -t utf-16 | stance classify` was refused ("stdin line 1 is not UTF-8 (byte 0)") while
    # `stance document -` read the same stream; the README says every command reads such text.
    text = "We stand with Ukraine.\r\nBring the brigade home.\r\n\r\nNATO \u0a15 is united.\n"
    raw = text.encode(codec)
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):  # -be writes no mark
        raw = "\ufeff".encode(codec) + raw
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status, out, err = run(capsys, "classify", "--json")
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["text"] for row in rows] == ["We stand with Ukraine.", "Bring the brigade home.", "",
                                             "NATO \u0a15 is united."]
    monkeypatch.setattr("sys.stdin", io.StringIO(text))  # the same lines given as text
    assert run(capsys, "classify", "--json")[1] == out


def test_classify_names_the_stdin_line_that_breaks_its_byte_order_mark(capsys, monkeypatch):
    raw = "\ufeffWe stand together.\nSend tanks.\n".encode("utf-16-le") + b"\x00\xdc" + "x\n".encode("utf-16-le")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status, out, err = run(capsys, "classify")
    assert status == 2 and len(out.splitlines()) == 2, (out, err)
    assert "stdin opens with a UTF-16 byte-order mark, but line 3 is not UTF-16" in err, err


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_score_writes_jsonl_and_parquet_by_the_suffix_as_it_writes_csv(capsys, tmp_path, suffix, read_scored,
                                                                      as_scored_rows):
    # -o out.parquet and -o out.jsonl were refused: "tables are written as .csv or .tsv".
    import pyarrow.parquet as pq

    texts = ["We have a one-speed NATO.", None, "Thank you.", "   ", 'Send tanks, "now", to Kyiv.\nDeter Russia.',
             "NATO\u2028unity and deterrence on the eastern flank.", "12345"] * 3
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": range(len(texts)), "text": texts, "": "x"}).to_csv(source, index=False)
    status, _, _ = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")
    assert status == 0
    csv_out = read_scored(tmp_path / "out.csv")
    for chunk_size in ("2", "50000"):  # chunks whose flags and stances are all empty first, and one chunk
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / f"out{suffix}"), "--chunk-size",
                             chunk_size, "--no-progress")
        assert status == 0 and err == f"scored 21 rows into {tmp_path / f'out{suffix}'}\n"
        written = read_scored(tmp_path / f"out{suffix}")
        with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
            assert list(written.columns) == next(csv.reader(handle))  # the empty header name kept, as in the CSV
        assert as_scored_rows(written) == as_scored_rows(csv_out)
    whole = stance.score(texts)
    assert written["labels"].tolist() == whole["labels"].tolist()  # "a|b" strings
    assert [None if pd.isna(v) else v for v in written["stance"]] == whole["stance"].tolist()  # None, not ""
    if suffix == ".parquet":
        schema = pq.read_schema(tmp_path / "out.parquet")
        kinds = dict(zip(schema.names, schema.types))
        assert all(str(kinds[c]) == "double" for c in whole.columns if c == "confidence" or c.startswith("p_"))
        assert str(kinds["stance"]) == str(kinds["flag"]) == "string"
        run(capsys, "score", str(source), "-o", str(tmp_path / "out.parquet"), "--chunk-size", "2", "--no-progress")
        assert pq.ParquetFile(tmp_path / "out.parquet").metadata.num_row_groups == 11  # written chunk by chunk
    else:
        lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").split("\n")
        assert len(lines) == 22 and lines[-1] == "" and "\\u2028" in lines[5]  # one record a line
        assert json.loads(lines[1])["stance"] is None and json.loads(lines[1])["id"] == "1"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in.csv", "out.csv", f"out{suffix}"])


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_score_of_parquet_and_jsonl_keeps_its_values_in_jsonl_and_parquet(capsys, tmp_path, suffix, read_scored,
                                                                         as_scored_rows):
    # Integer ids with gaps, a named index, a list and a key that holds a number and a text.
    frame = pd.DataFrame({"text": ["We stand together.", "Send tanks.", "Thank you."],
                          "id": pd.array([10**17 + 1, None, 3], dtype="Int64"),
                          "tags": [["a", "b"], [], ["c"]]},
                         index=pd.Index([7, 8, 9], name="row_id"))
    frame.to_parquet(tmp_path / "in.parquet")
    (tmp_path / "in.jsonl").write_text('{"text": "We stand together.", "n": 5, "tags": ["a"]}\n'
                                       '{"text": "Thank you.", "n": "five"}\n')
    # The JSON Lines file in one chunk: a Parquet column of its "n", 5 and "five", is text.
    for source, chunk_size in (("in.parquet", "1"), ("in.jsonl", "2")):
        assert run(capsys, "score", str(tmp_path / source), "-o", str(tmp_path / "out.csv"), "--no-progress")[0] == 0
        assert run(capsys, "score", str(tmp_path / source), "-o", str(tmp_path / f"out{suffix}"), "--chunk-size",
                   chunk_size, "--no-progress")[0] == 0
        csv_out, written = read_scored(tmp_path / "out.csv"), read_scored(tmp_path / f"out{suffix}")
        assert list(written.columns) == list(csv_out.columns)
        if suffix == ".jsonl":  # a list is a JSON array, which the CSV holds as JSON text
            written["tags"] = [None if not isinstance(v, list) else json.dumps(v) for v in written["tags"]]
        elif source == "in.parquet":  # a Parquet input's list stays a list (a JSON Lines array is JSON text)
            assert all(type(v).__name__ == "ndarray" for v in written["tags"])
            written["tags"] = [json.dumps(v.tolist()) for v in written["tags"]]
        assert as_scored_rows(written) == as_scored_rows(csv_out), source
    assert read_scored(tmp_path / f"out{suffix}")["n"].map(str).tolist() == ["5", "five"]
    if suffix == ".parquet":  # typed, as the input is: ids stay integers, exactly
        assert run(capsys, "score", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"),
                   "--no-progress")[0] == 0
        written = pd.read_parquet(tmp_path / "out.parquet", dtype_backend="numpy_nullable")
        assert written["row_id"].tolist() == [7, 8, 9] and written["id"].tolist()[::2] == [10**17 + 1, 3]


def test_score_refuses_a_parquet_column_whose_later_chunk_holds_another_type(capsys, tmp_path):
    (tmp_path / "in.jsonl").write_text('{"text": "We stand together.", "n": 5}\n{"text": "Thank you.", "n": "five"}\n')
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", "1", "--no-progress")
    assert status == 2 and err.startswith("stance score: column 'n' holds int64 in the rows written before and "
                                          "other values in a later chunk"), err
    assert "write the output as .csv or .jsonl" in err and list(tmp_path.iterdir()) == [tmp_path / "in.jsonl"]


def _numbers_file(path, values):
    path.write_text("".join(json.dumps({"id": i, "n": n, "text": "NATO is united."}) + "\n"
                            for i, n in enumerate(values)))


def test_score_refuses_a_fraction_among_integers_in_a_later_parquet_chunk(capsys, tmp_path):
    # 2.5 beside 3 in the second chunk of a column of int64 was written as 2, exit 0 (pyarrow
    # cuts a Python float to an integer silently); 2.5 alone in a chunk was refused.
    _numbers_file(tmp_path / "in.jsonl", [1, 2, 2.5, 3])
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", "2", "--no-progress")
    assert status == 2 and err.startswith("stance score: column 'n' holds int64 in the rows written before and "
                                          "other values in a later chunk (2.5 in row 2)"), err
    assert "write the output as .csv or .jsonl" in err and len(err.splitlines()) == 1, err
    assert list(tmp_path.iterdir()) == [tmp_path / "in.jsonl"]


@pytest.mark.parametrize(("values", "expected"), [([1, 2, 3.0, 4], [1, 2, 3, 4]),
                                                  ([1.5, 2.5, 3, 4], [1.5, 2.5, 3.0, 4.0]),
                                                  ([1, 2, None, 2.0], [1, 2, None, 2])])
def test_score_writes_whole_numbers_and_integers_into_a_later_parquet_chunk(capsys, tmp_path, values, expected):
    import pyarrow.parquet as pq

    _numbers_file(tmp_path / "in.jsonl", values)
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", "2", "--no-progress")
    assert status == 0, err
    assert pq.read_table(tmp_path / "out.parquet").column("n").to_pylist() == expected


@pytest.mark.parametrize(("ids", "chunk_size", "row", "value"),
                         [(["12345678901234567890", "-1"], "2", 0, 12345678901234567890),
                          (["99999999999999999999999"], "2", 0, 99999999999999999999999),
                          (["1", "2", "18446744073709551621", "3"], "2", 2, 18446744073709551621)])
def test_score_refuses_an_integer_too_big_for_parquet_naming_its_column_and_row(capsys, tmp_path, ids, chunk_size,
                                                                                 row, value):
    # Such an id ended a Parquet output in pyarrow's OverflowError traceback, exit 1 (score_file too).
    (tmp_path / "in.jsonl").write_text("".join(f'{{"id": {i}, "text": "We stand with Ukraine."}}\n' for i in ids))
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", chunk_size, "--no-progress")
    assert status == 2 and len(err.splitlines()) == 1, err
    assert err.startswith(f"stance score: column 'id' holds an integer too large for Parquet ({value} in row {row})")
    assert "write the output as .csv or .jsonl" in err and list(tmp_path.iterdir()) == [tmp_path / "in.jsonl"]
    with pytest.raises(stance.InvalidInputError, match=f"column 'id' holds an integer too large .*row {row}"):
        stance.score_file(tmp_path / "in.jsonl", tmp_path / "out.parquet", chunk_size=int(chunk_size), progress=False)
    assert run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--no-progress")[0] == 0


@pytest.mark.parametrize("chunk_size", ["2", "50000"])
def test_score_writes_unsigned_ids_with_gaps_to_parquet_as_uint64(capsys, tmp_path, chunk_size):
    # A pipeline's Parquet of 64-bit hash ids (uint64, nulls where none was given) scored to Parquet was
    # refused: "column 'id' holds an integer too large for Parquet (18446744073709551615 in row 0), whose
    # integers run ... (to 2**64-1 without negatives)", which a column of unsigned ids is; pyarrow's own
    # inference takes Python ints as int64, and the gap kept stance from asking for uint64.
    import pyarrow as pa
    import pyarrow.parquet as pq

    ids = [2**64 - 1, None, 7, 2**63]
    pq.write_table(pa.table({"id": pa.array(ids, type=pa.uint64()),
                             "text": ["We stand with Ukraine."] * len(ids)}), tmp_path / "in.parquet")
    (tmp_path / "in.jsonl").write_text("".join(f'{{"id": {"null" if i is None else i}, "text": "NATO is strong."}}\n'
                                               for i in ids))
    for source in ("in.parquet", "in.jsonl"):
        status, _, err = run(capsys, "score", str(tmp_path / source), "-o", str(tmp_path / "out.parquet"),
                             "--chunk-size", chunk_size, "--no-progress")
        assert status == 0, err
        written = pq.read_table(tmp_path / "out.parquet").column("id")
        assert written.type == pa.uint64() and written.to_pylist() == ids
        assert stance.score(tmp_path / "out.parquet", prefix="again_")["id"].tolist() == ids


def _scored_parquet_by_chunk_size(capsys, tmp_path, source):
    """``source`` (a Parquet file) scored to Parquet by chunks of 2 rows and of 50,000, each output read back."""
    import pyarrow.parquet as pq

    written = []
    for chunk_size in ("2", "50000"):
        output = tmp_path / f"out{chunk_size}.parquet"
        status, _, err = run(capsys, "score", str(source), "-o", str(output), "--chunk-size", chunk_size,
                             "--no-progress")
        assert status == 0, err
        written.append(pq.read_table(output))
    return written


def test_score_writes_parquet_decimals_of_any_digits_whatever_the_chunk_size(capsys, tmp_path):
    # A pipeline's Parquet of amounts (decimal128(9, 2), as Spark and SQL exports write money)
    # scored to Parquet was refused once a chunk held more digits than the first chunk's: "column
    # 'amount' holds decimal128(3, 2) in the rows written before and other values in a later chunk",
    # for a file of one type; so any such file past 50,000 rows whose first rows are small.
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    amounts = [decimal.Decimal("1.10"), None, decimal.Decimal("1234567.89"), decimal.Decimal("-0.05")]
    pq.write_table(pa.table({"amount": pa.array(amounts, type=pa.decimal128(9, 2)),
                             "text": ["We stand with Ukraine."] * len(amounts)}), tmp_path / "in.parquet")
    written = _scored_parquet_by_chunk_size(capsys, tmp_path, tmp_path / "in.parquet")
    assert [table.column("amount").to_pylist() for table in written] == [amounts, amounts]
    assert written[0].schema.equals(written[1].schema)  # one schema whatever the chunking, scale kept
    assert written[0].schema.field("amount").type.scale == 2


def test_a_parquet_column_null_in_the_first_chunk_keeps_the_type_its_input_declares(capsys, tmp_path):
    # A Parquet input's sparse id column (int64, null in the first chunk's rows: every row of a
    # file's first 50,000 but a few) was written as strings, "5" and "1099511627776", so that a
    # night whose first rows held an id wrote int64 and the two nights' files could not be stacked.
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {"reply_to": pa.array([None, None, 5, 2**40], type=pa.int64()),
               "amount": pa.array([None, None, decimal.Decimal("1.50"), None], type=pa.decimal128(6, 2)),
               "seen": pa.array([None, None, True, False]),
               "note": pa.array([None, None, "kept as text", None])}
    pq.write_table(pa.table({"text": ["We stand with Ukraine."] * 4, **columns}), tmp_path / "in.parquet")
    written = _scored_parquet_by_chunk_size(capsys, tmp_path, tmp_path / "in.parquet")
    for table in written:
        for name, values in columns.items():
            assert table.column(name).to_pylist() == values.to_pylist(), name
    assert written[0].schema.equals(written[1].schema)
    types = {name: str(written[0].schema.field(name).type) for name in columns}
    assert types == {"reply_to": "int64", "amount": "decimal128(6, 2)", "seen": "bool", "note": "string"}

def test_a_parquet_input_s_declared_types_are_kept_whatever_the_first_chunk_holds(capsys, tmp_path):
    # A review of 7b2dfa2b and 2bc13bd2: an int8 column with a gap came out int8 when the first
    # chunk held no value and int64 when it held one, so the outputs of --chunk-size 2 and of the
    # default could not be stacked; a decimal256(50, 2) whose first rows were small was written as
    # decimal128(38, 2) and its later 47-digit amount refused; time32 became time64.
    import datetime
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    big = decimal.Decimal("1" * 47 + ".25")
    columns = {"i8": pa.array([None, -3, None, 7], type=pa.int8()),
               "u16": pa.array([1, None, 65535, None], type=pa.uint16()),
               "f32": pa.array([None, 1.5, None, 2.0], type=pa.float32()),
               "amount": pa.array([decimal.Decimal("1.10"), None, None, big], type=pa.decimal256(50, 2)),
               "price": pa.array([None, decimal.Decimal("-0.05"), None, None], type=pa.decimal128(9, 2)),
               "at": pa.array([None, datetime.time(1, 2, 3), None, None], type=pa.time32("s"))}
    pq.write_table(pa.table({"text": ["We stand with Ukraine."] * 4, **columns}), tmp_path / "in.parquet")
    declared = pq.read_schema(tmp_path / "in.parquet")  # Parquet holds time32[s] as time32[ms]
    for chunk_size in ("1", "2", "3", "50000"):
        output = tmp_path / f"out{chunk_size}.parquet"
        status, _, err = run(capsys, "score", str(tmp_path / "in.parquet"), "-o", str(output),
                             "--chunk-size", chunk_size, "--no-progress")
        assert status == 0, err
        written = pq.read_table(output)
        for name, values in columns.items():
            assert written.schema.field(name).type == declared.field(name).type, (chunk_size, name)
            assert written.column(name).to_pylist() == values.to_pylist(), (chunk_size, name)

def test_a_glob_of_parquet_files_keeps_the_types_they_agree_on_and_infers_the_others(capsys, tmp_path):
    # A review of 7b2dfa2b: the first file's declared type alone was taken for a glob's column
    # with no value in its first rows, so that another file's 'abc' there, written as text at
    # 77f431e2, was refused as "holds int64 in the rows written before and other values".
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = ["We stand with Ukraine.", "Deter Russia now."]
    columns = {"kept": (pa.array([None, None], pa.int8()), pa.array([5, None], pa.int8())),
               "note": (pa.array([None, None], pa.int64()), pa.array(["abc", None])),
               "reply_to": (pa.array([1, None], pa.int8()), pa.array([2**40, None], pa.int64()))}
    (tmp_path / "g").mkdir()
    for number, name in enumerate(("a", "b")):
        pq.write_table(pa.table({"text": texts, **{key: pair[number] for key, pair in columns.items()}}),
                       tmp_path / "g" / f"{name}.parquet")
    status, _, err = run(capsys, "score", str(tmp_path / "g" / "*.parquet"), "-o", str(tmp_path / "out.parquet"),
                         "--no-progress")
    assert status == 0, err
    written = pq.read_table(tmp_path / "out.parquet")
    assert {name: str(written.schema.field(name).type) for name in columns} == {
        "kept": "int8", "note": "string", "reply_to": "int64"}
    assert written.column("note").to_pylist() == [None, None, "abc", None]
    assert written.column("reply_to").to_pylist() == [1, None, 2**40, None]


def test_a_folder_of_parquet_files_keeps_the_types_they_declare(capsys, tmp_path):
    # A review of 818ebdbf and 1f899d3a: a folder's output took no declared type, only a glob's,
    # though the README says "in a glob or a folder": `stance score fold -o out.parquet` wrote an
    # int8 id with a gap as int64 and a decimal128(9, 2) as decimal128(38, 2) (77f431e2: (9, 2)).
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {"id": (pa.array([None, -3], pa.int8()), pa.array([7, None], pa.int8())),
               "amount": (pa.array([None, decimal.Decimal("1.10")], pa.decimal128(9, 2)),
                          pa.array([decimal.Decimal("1234567.89"), None], pa.decimal128(9, 2)))}
    (tmp_path / "fold").mkdir()
    for number, name in enumerate(("a", "b")):
        pq.write_table(pa.table({"text": ["We stand with Ukraine.", "Deter Russia now."],
                                 **{key: pair[number] for key, pair in columns.items()}}),
                       tmp_path / "fold" / f"{name}.parquet")
    status, _, err = run(capsys, "score", str(tmp_path / "fold"), "-o", str(tmp_path / "out.parquet"),
                         "--no-progress")
    assert status == 0, err
    written = pq.read_table(tmp_path / "out.parquet")
    assert {name: str(written.schema.field(name).type) for name in columns} == {
        "id": "int8", "amount": "decimal128(9, 2)"}
    assert written.column("id").to_pylist() == [None, -3, 7, None]
    assert written.column("amount").to_pylist() == [None, decimal.Decimal("1.10"), decimal.Decimal("1234567.89"),
                                                     None]

def test_a_folder_of_parquet_files_carries_their_pandas_dtypes(capsys, tmp_path):
    # A folder's Parquet output carried no pandas metadata, where a file's and a glob's carry
    # their (first) file's: pandas' nullable Int8 and UInt16 ids with gaps, written int8 and
    # uint16, came back from pd.read_parquet as float64 ([nan, 3.0, 7.0, nan]).
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    (tmp_path / "fold").mkdir()
    for name, ids in (("a", [None, 3]), ("b", [7, None])):
        pd.DataFrame({"id": pd.array(ids, dtype="Int8"), "reply": pd.array(ids, dtype="UInt16"),
                      "text": ["We stand with Ukraine.", "Deter Russia now."]}).to_parquet(
            tmp_path / "fold" / f"{name}.parquet", index=False)
    for given, output in ((tmp_path / "fold", "folder.parquet"), (tmp_path / "fold" / "*.parquet", "glob.parquet")):
        status, _, err = run(capsys, "score", str(given), "-o", str(tmp_path / output), "--no-progress")
        assert status == 0, err
        read = pd.read_parquet(tmp_path / output)
        assert {name: str(read[name].dtype) for name in ("id", "reply")} == {"id": "Int8", "reply": "UInt16"}, output
        assert read["id"].tolist() == [pd.NA, 3, 7, pd.NA]
        assert read["reply"].tolist() == [pd.NA, 3, 7, pd.NA]


def test_a_float_beside_a_large_whole_number_is_written_to_parquet_as_text_as_before(capsys, tmp_path):
    # A review of the refusal above: {"n": 0.5} beside {"n": 100000000000000000000} (JavaScript's
    # JSON.stringify(1e20)) was written as text, and then refused as an integer too large.
    import pyarrow.parquet as pq

    (tmp_path / "in.jsonl").write_text('{"n": 0.5, "text": "We stand with Ukraine."}\n'
                                       '{"n": 100000000000000000000, "text": "NATO is strong."}\n')
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--no-progress")
    assert status == 0, err
    assert pq.read_table(tmp_path / "out.parquet").column("n").to_pylist() == ["0.5", "100000000000000000000"]


def test_score_writes_a_column_name_with_a_lone_surrogate_to_parquet_escaped_as_the_csv_writes_it(
        capsys, tmp_path, energy_model):
    # The audit of tampered folders: a model whose label is a lone surrogate ("\\ud800", which
    # the loader takes) made `score -o out.parquet` end in pyarrow's UnicodeEncodeError traceback
    # as the schema was built (its p_ column's name); .csv and .jsonl wrote it. Parquet now
    # names the column as the CSV header does, escaped.
    import pyarrow.parquet as pq

    from tests.test_persistence import _rewrite_checksums

    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["labels"][metadata["labels"].index("gas")] = "\ud800"
    metadata["training_data"]["label_counts"]["\ud800"] = metadata["training_data"]["label_counts"].pop("gas")
    _rewrite_checksums(folder, metadata)
    (tmp_path / "in.jsonl").write_text('{"text": "Gas is a detour."}\n')
    for suffix in (".csv", ".parquet", ".jsonl"):
        status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "--model", str(folder),
                             "-o", str(tmp_path / f"out{suffix}"), "--no-progress")
        assert status == 0 and err.startswith("scored 1 row"), (suffix, err)
    # JSON Lines holds the surrogate itself, escaped by JSON, in the label and its p_ key alike (a
    # review: the key, written as its six characters, no longer matched "p_" + the row's label).
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert row["label"] == "\ud800" and "p_\ud800" in row
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert "p_\\ud800" in header  # the six characters \ud800
    assert pq.read_table(tmp_path / "out.parquet").column_names == header
    assert pq.read_table(tmp_path / "out.parquet").column("label").to_pylist() == ["\\ud800"]


@pytest.mark.parametrize("chunk_size", ["1", "50000"])
def test_score_writes_a_lone_surrogate_to_parquet_escaped_as_the_csv_writes_it(capsys, tmp_path, chunk_size):
    # A JSON Lines text's escaped lone surrogate ("\udcc3", half of a UTF-16 pair) went into
    # .csv, .tsv and .jsonl as its escape, and made -o out.parquet end in pyarrow's 34-line
    # UnicodeEncodeError traceback (score_file too); a list holding one, whose JSON text pandas 3
    # made an Arrow string, broke every output. Parquet now holds the escape the CSV writes.
    import pyarrow.parquet as pq

    (tmp_path / "in.jsonl").write_text('{"text": "Arm \\udcc3 Ukraine", "tags": ["a\\udcc3"]}\n'
                                       '{"text": "NATO unity", "tags": ["b"], "note": "x\\ud800"}\n')
    for suffix in (".csv", ".tsv", ".jsonl", ".parquet"):
        status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / f"out{suffix}"),
                             "--chunk-size", chunk_size, "--no-progress")
        assert status == 0 and err.startswith("scored 2 rows"), (suffix, err)
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected = [("Arm \\udcc3 Ukraine", '["a\\udcc3"]', ""), ("NATO unity", '["b"]', "x\\ud800")]
    assert [(row["text"], row["tags"], row["note"]) for row in rows] == expected  # the six characters \udcc3
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == ["Arm \udcc3 Ukraine", "NATO unity"]  # JSON reads its escape back
    written = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [(row["text"], row["tags"], row["note"] or "") for row in written] == expected
    stance.score_file(tmp_path / "in.jsonl", tmp_path / "lib.parquet")  # the library writes it alike
    assert pq.read_table(tmp_path / "lib.parquet").to_pylist() == pq.read_table(tmp_path / "out.parquet").to_pylist()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_a_failed_score_leaves_the_old_jsonl_or_parquet_output_and_no_part(capsys, tmp_path, suffix):
    # Written as the CSV output is: beside the target, renamed into place when every row is scored.
    source = tmp_path / "in.csv"
    source.write_text("id,text\n" + "".join(f"{i},We stand together.\n" for i in range(10)))
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"the old output")
    source.write_text(source.read_text() + "11,Send tanks,now\n")  # a ragged line in the second chunk
    status, _, err = run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "5", "--no-progress")
    assert status == 2 and "line 12 has 3 fields where the header has 2" in err
    assert out.read_bytes() == b"the old output" and sorted(tmp_path.iterdir()) == [source, out]


def test_parquet_output_without_pyarrow_is_refused_before_any_scoring(capsys, tmp_path, monkeypatch):
    # As reading Parquet names the extra; writing needs pyarrow's ParquetWriter.
    import importlib.util

    from stance import scoring

    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "in.csv", index=False)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("pyarrow", "fastparquet") else real(name, *a))
    monkeypatch.setattr(scoring, "score_checked", lambda *a, **k: pytest.fail("scored before refusing"))
    status, _, err = run(capsys, "score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.parquet"))
    assert (status, err) == (2, 'stance score: writing Parquet needs pyarrow: pip install "pyarrow>=14" '
                                "(the parquet extra: pip install \".[parquet]\" in your clone of stance, the folder "
                                "holding pyproject.toml)\n")
    with pytest.raises(stance.MissingDependencyError, match=r'pip install "pyarrow>=14"'):
        stance.score_file(tmp_path / "in.csv", tmp_path / "out.parquet")
    assert list(tmp_path.iterdir()) == [tmp_path / "in.csv"]
    # suggest -o and check -o too, before the model is asked anything.
    from stance import labelling

    monkeypatch.setattr(labelling, "_suggest", lambda *a, **k: pytest.fail("suggested before refusing"))
    monkeypatch.setattr(labelling, "_find_label_issues", lambda *a, **k: pytest.fail("checked before refusing"))
    for command in ("suggest", "check"):
        status, _, err = run(capsys, command, str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.parquet"))
        assert (status, err) == (2, f'stance {command}: writing Parquet needs pyarrow: pip install "pyarrow>=14" '
                                    "(the parquet extra: pip install \".[parquet]\" in your clone of stance, the "
                                    "folder holding pyproject.toml)\n")
    assert list(tmp_path.iterdir()) == [tmp_path / "in.csv"]


def test_a_csv_or_json_lines_output_asks_nothing_of_pyarrow(capsys, tmp_path, monkeypatch):
    # a48bb0cf read the Parquet types of the input for every output: `stance score in.csv -o
    # out.csv` without pyarrow (an extra) died with a traceback, "No module named 'pyarrow'".
    from stance import _forksafe

    real = _forksafe.imported

    def without_pyarrow(name):  # stance's own imports of pyarrow fail, as where it is not installed
        if name.split(".")[0] == "pyarrow":
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real(name)

    monkeypatch.setattr(_forksafe, "imported", without_pyarrow)
    pd.DataFrame({"text": ["We stand with Ukraine.", "Deter Russia."], "id": [7, 8]}).to_csv(tmp_path / "in.csv",
                                                                                                index=False)
    for suffix in (".csv", ".tsv", ".jsonl"):
        status, _, err = run(capsys, "score", str(tmp_path / "in.csv"), "-o", str(tmp_path / f"out{suffix}"),
                             "--no-progress")
        assert status == 0, err
    assert pd.read_csv(tmp_path / "out.csv").id.tolist() == [7, 8]


def test_suggest_and_check_write_the_table_the_suffix_asks_for(capsys, tmp_path, read_scored):
    # suggest -o and check -o wrote only .csv and .tsv, where score -o writes .jsonl and
    # .parquet too: "tables are written as .csv or .tsv" refused the others.
    pytest.importorskip("pyarrow")
    data = tmp_path / "labelled.csv"
    pd.DataFrame({
        "id": [f"00{i}" for i in range(12)],
        "text": [f"Wind farm number {i} is good." for i in range(6)] + [f"Coal plant {i} is bad." for i in range(6)],
        "labels": ["wind"] * 5 + ["coal"] + ["coal"] * 5 + ["wind"],
    }).to_csv(data, index=False)
    commands = {"check": ("check", str(data), "--stance-column", "none", "--folds", "3"),
                "next": ("suggest", str(data), "-n", "3", "--max-similarity", "none")}

    def cells(frame: pd.DataFrame) -> list[list]:  # each value as its number, or its text, or None
        def cell(value):
            try:
                return None if pd.isna(value) else float(value)
            except ValueError:
                return str(value)
        return [[cell(value) for value in row] for row in frame.itertuples(index=False, name=None)]

    for name, argv in commands.items():
        outputs = {suffix: tmp_path / f"{name}{suffix}" for suffix in (".csv", ".tsv", ".jsonl", ".parquet")}
        for output in outputs.values():
            status, _, _ = run(capsys, *argv, "-o", str(output))
            assert status == 0, output
        written = read_scored(outputs[".csv"])
        assert written.columns[0] == "row" and len(written) >= 2 and written.id.str.startswith("00").all()
        assert pd.read_csv(outputs[".tsv"], sep="\t", dtype=str).columns.tolist() == written.columns.tolist()
        for suffix in (".jsonl", ".parquet"):
            again = read_scored(outputs[suffix])
            assert again.columns.tolist() == written.columns.tolist(), suffix
            assert cells(again) == cells(written) and again.id.tolist() == written.id.tolist(), suffix
    # A suffix no writer knows is refused as score -o refuses it, before the work.
    for command, argv in commands.items():
        status, _, err = run(capsys, *argv, "-o", str(tmp_path / "out.xlsx"))
        assert status == 2 and "tables are written as .csv, .tsv, .jsonl or .parquet, got '.xlsx'" in err, command
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("command", ["score", "document", "suggest", "check"])
def test_a_misspelt_output_suffix_is_told_the_one_it_means(capsys, tmp_path, monkeypatch, command):
    # A newcomer's audit: "-o scores.parqet" (or .cvs, .jsnol) listed the four suffixes written
    # and named none, and then said where JSON is written, as to any suffix.
    monkeypatch.chdir(tmp_path)
    Path("in.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    Path("speech.txt").write_text("We stand together.\n", encoding="utf-8")
    given = "speech.txt" if command == "document" else "in.csv"
    for output, meant in (("out.parqet", "out.parquet"), ("out.cvs", "out.csv"), ("./out.jsnol", "./out.jsonl")):
        status, _, err = run(capsys, command, given, "-o", output)
        suffix = output.rpartition(".")[2]
        assert status == 2 and err.startswith(f"stance {command}: output '{output}': tables are written as .csv, "
                                              f".tsv, .jsonl or .parquet, got '.{suffix}' (did you mean '{meant}'?); ")
    # .json is another format, not .jsonl misspelt: told where JSON is had, as before.
    assert "did you mean" not in run(capsys, command, given, "-o", "out.json")[2]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv", "speech.txt"]


@pytest.mark.parametrize("command", ["score", "train", "evaluate", "suggest", "check"])
def test_a_table_under_a_misspelt_suffix_is_told_to_be_renamed(capsys, tmp_path, monkeypatch, command):
    # "stance score ok.cvs …" said "unknown file type '.cvs'; expected one of .csv, …", naming
    # no suffix it was near nor what to do with the file.
    monkeypatch.chdir(tmp_path)
    Path("my data.cvs").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    extra = {"score": ["-o", "out.csv"], "train": ["-o", "m"]}.get(command, [])
    status, out, err = run(capsys, command, "my data.cvs", *extra)
    assert (status, out) == (2, "") and err == (
        f"stance {command}: cannot read 'my data.cvs': unknown file type '.cvs' (a misspelt .csv? rename it "
        f"'my data.csv'); expected one of .csv, .tsv, .jsonl, .parquet\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["my data.cvs"]


@pytest.mark.parametrize("command", ["score", "train", "check"])
def test_a_misspelt_suffix_is_not_told_to_be_renamed_over_a_file(capsys, tmp_path, monkeypatch, command):
    # A review of 31f51783: "stance score data.csv~" (an editor's backup beside data.csv) was told
    # "a misspelt .csv? rename it 'data.csv'", which overwrites the data.csv that is there.
    monkeypatch.chdir(tmp_path)
    Path("data.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    extra = {"score": ["-o", "out.csv"], "train": ["-o", "m"]}.get(command, [])
    for name in ("data.csv~", "data.cvs"):
        Path(name).write_text("text,labels\nWe stand apart.,none\n", encoding="utf-8")
        err = run(capsys, command, name, *extra)[2]
        assert err == (f"stance {command}: cannot read '{name}': unknown file type '{name[4:]}'; "
                       f"expected one of .csv, .tsv, .jsonl, .parquet\n"), err
    Path("data.csv").unlink()  # no file of that name: renaming is the way to read it
    assert "(a misspelt .csv? rename it data.csv)" in run(capsys, command, "data.cvs", *extra)[2]
    assert Path("data.cvs").read_text(encoding="utf-8").endswith("apart.,none\n")


def test_a_full_width_suffix_is_told_its_narrow_twin(capsys, tmp_path, monkeypatch):
    # A review of 7d5584cb: a suffix typed on a Chinese or Japanese keyboard, "data.ｃｓｖ" and
    # "-o out.ｔｓｖ", was told "rename it data.csv" and "did you mean 'out.tsv'?" at its parent
    # (stance.names._closest folds width); 7d5584cb compared it in lower case alone, naming none.
    monkeypatch.chdir(tmp_path)
    Path("data.ｃｓｖ").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    err = run(capsys, "score", "data.ｃｓｖ", "-o", "out.csv")[2]
    assert "a misspelt .csv? rename it data.csv" in err, err
    Path("in.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "in.csv", "-o", "out.ｔｓｖ")
    assert status == 2 and "did you mean 'out.tsv'?" in err, err


@pytest.mark.parametrize("command", ["score", "train"])
def test_another_formats_suffix_or_a_tie_is_not_told_a_misspelling(capsys, tmp_path, monkeypatch, command):
    # A review of 31f51783: SPSS's "data.sav" was told "a misspelt .tsv? rename it 'data.sav'",
    # losing the SPSS advice it had; pipe-separated "data.psv" was told to rename it .tsv, which
    # reads one column; "-o out.sv", as near .csv as .tsv, was offered .tsv alone.
    monkeypatch.chdir(tmp_path)
    for name in ("data.sav", "data.psv", "data.ssv", "data.sv"):
        Path(name).write_bytes(b"text|labels\nWe stand together.|unity\n")
        err = run(capsys, command, name, "-o", "out.csv" if command == "score" else "m")[2]
        assert "misspelt" not in err and "expected one of .csv, .tsv, .jsonl, .parquet" in err, (name, err)
    assert "SPSS" in run(capsys, command, "data.sav", "-o", "out.csv" if command == "score" else "m")[2]
    Path("in.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    if command == "score":
        for output in ("out.sv", "out.tcv", "out.sav", "out.psv"):
            status, _, err = run(capsys, command, "in.csv", "-o", output)
            assert status == 2 and "tables are written as" in err and "did you mean" not in err, (output, err)
    assert not any(path.name.startswith(("out", "m")) for path in tmp_path.iterdir())


def test_a_missing_column_is_offered_every_column_that_ties_for_nearest(capsys, tmp_path, monkeypatch):
    # "stance score t.csv" of a table of text1 and text2 was told "Did you mean 'text2'?", the one
    # difflib sorts last, where each is one edit from the default "text".
    monkeypatch.chdir(tmp_path)
    Path("t.csv").write_text("text1,text2,taxt_id\nWe stand together.,Together.,1\n", encoding="utf-8")
    assert run(capsys, "score", "t.csv", "-o", "o.csv")[::2] == (
        2, "stance score: --text-column text: no such column; columns present: ['text1', 'text2', 'taxt_id']. "
           "Did you mean 'text1' or 'text2'?\n")
    assert run(capsys, "score", "t.csv", "-o", "o.csv", "--text-column", "txt1")[2].endswith(
        ". Did you mean 'text1'?\n")
    assert not Path("o.csv").exists()


def test_a_missing_files_neighbours_alike_as_near_are_named_whatever_the_folders_order(capsys, tmp_path,
                                                                                      monkeypatch):
    # A review of 90ba73b4: of names as near one another (data1…data9.csv for data0.csv), the
    # three offered were the first in the folder's listing, which is the file system's order.
    # Then the three difflib sorts last (data9, data8, data7), where all nine tie, one edit each.
    import difflib

    from stance.file_types import _misspelt

    names = [f"data{number}.csv" for number in range(1, 10)]
    offered = {tuple(_misspelt("data0.csv", order, difflib)) for order in (names, names[::-1], names[3:] + names[:3])}
    assert offered == {tuple(names)}
    monkeypatch.chdir(tmp_path)
    for name in ["datum.csv", *names[:4]]:  # datum.csv is two edits away
        Path(name).write_text("text\nWe stand together.\n")
    assert run(capsys, "score", "data0.csv", "-o", "o.csv")[2] == (
        "stance score: file not found: 'data0.csv' (did you mean 'data1.csv', 'data2.csv', 'data3.csv' or "
        "'data4.csv'?)\n")
    for name in names[4:]:
        Path(name).write_text("text\nWe stand together.\n")
    assert run(capsys, "score", "data0.csv", "-o", "o.csv")[2] == (
        "stance score: file not found: 'data0.csv' (did you mean 'data1.csv', 'data2.csv', 'data3.csv', "
        "'data4.csv', 'data5.csv' or 4 more as near?)\n")


@pytest.mark.parametrize("command", ["score", "train", "evaluate", "suggest", "check"])
def test_a_missing_file_is_not_told_a_file_alike_by_its_suffix_alone(capsys, tmp_path, monkeypatch, command):
    # "stance train nope.csv" beside o.csv was told "file not found: 'nope.csv' (did you mean
    # 'o.csv'?)", and a.csv beside b.csv "did you mean 'b.csv'?": the names compared whole, the
    # ".csv" they share made them close. A shared suffix is left out now; a typo is still told.
    monkeypatch.chdir(tmp_path)
    for name in ("o.csv", "b.csv", "speeches.csv"):
        Path(name).write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    extra = {"score": ["-o", "out.csv"], "train": ["-o", "m"]}.get(command, [])
    for given, said in (("nope.csv", ""), ("a.csv", ""), ("speechs.csv", " (did you mean 'speeches.csv'?)"),
                        ("speeches.cvs", " (did you mean 'speeches.csv'?)")):
        assert run(capsys, command, given, *extra) == (2, "", f"stance {command}: file not found: '{given}'{said}\n")


def test_check_prints_no_nan_for_a_rare_label_no_model_could_judge(capsys, tmp_path):
    # The printed table showed "NaN" in the score of a rare label's row (no fold model saw the
    # label, so none can score it); the cell is "-", as classify --details writes a missing value
    # (a blank cell read aloud was skipped), beside scores of 3 places; -o writes it empty.
    rows = ["wind farms now", "more solar panels", "build turbines", "hello all", "good morning",
            "welcome everyone", "wind farms and turbines", "solar panels now", "build more turbines",
            "hello everyone", "good morning all", "welcome all", "more wind farms", "build solar panels",
            "turbines now", "hello and welcome", "morning everyone", "good morning everyone"]
    labels = ["energy"] * 3 + ["none"] * 3 + ["energy"] * 3 + ["none"] * 3 + ["energy"] * 3 + ["none"] * 3
    rows.append("coal plants must close")
    labels.append("coal")
    pd.DataFrame({"text": rows, "labels": labels}).to_csv(tmp_path / "rare.csv", index=False)
    status, out, _ = run(capsys, "check", str(tmp_path / "rare.csv"), "--folds", "3")
    assert status == 0 and "NaN" not in out and "nan" not in out, out
    coal = next(line for line in out.splitlines() if "coal plants" in line)
    assert coal.split()[:4] == ["18", "rare", "label", "coal"] and re.search(r"\bnone\s+-\s+coal plants", coal), coal


def test_check_writes_label_lists_as_labels_cells(capsys, tmp_path):
    # A Parquet labels column of lists was written as numpy's "['gas' 'renewables']",
    # which no reader takes back as labels.
    pytest.importorskip("pyarrow")
    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    data, out = tmp_path / "energy.parquet", tmp_path / "issues.csv"
    energy.assign(labels=[labels.split("|") for labels in energy.labels]).to_parquet(data)
    status, _, _ = run(capsys, "check", str(data), "--folds", "3", "-o", str(out))
    written = pd.read_csv(out, dtype=str)
    assert status == 0 and len(written) > 0
    assert written.labels.tolist() == [energy.labels[row] for row in written.row.astype(int)]


@pytest.mark.parametrize("index, name", [
    (pd.Index([5000 + i // 2 for i in range(64)], name="sent_id"), "sent_id"),  # named, each id twice
    (pd.Index([100 + 3 * i for i in range(64)]), "index"),  # unnamed, not pandas' default
])
def test_suggest_and_check_of_a_parquet_file_with_an_index_number_rows_by_position(capsys, tmp_path, index, name):
    # From an audit: the "row" of -o was the stored index (a sent_id naming two rows, 5148
    # where the row was 148) and the index itself was lost; as of the same data in a CSV
    # file, "row" is the row's position and the index comes first among the file's columns.
    pytest.importorskip("pyarrow")
    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    assert len(energy) == len(index)
    data = tmp_path / "pool.parquet"
    energy.set_axis(index).to_parquet(data)
    for command in (["suggest", "-n", "8", "--max-similarity", "none"], ["check", "--folds", "3"]):
        out = tmp_path / f"{command[0]}.csv"
        status, _, err = run(capsys, command[0], str(data), *command[1:], "-o", str(out))
        written = pd.read_csv(out, dtype=str)
        assert status == 0 and len(written) > 0, err
        assert written.columns[:3].tolist() == ["row", name, "text"], command
        positions = written.row.astype(int).tolist()
        assert written.text.tolist() == [energy.text[position] for position in positions], command
        assert written[name].astype(int).tolist() == [index[position] for position in positions], command


def test_evaluate_names_a_parquet_files_rows_by_position_as_train_does(capsys, tmp_path):
    # From an audit: evaluate named a row by the file's stored index ("row 5003"), where train
    # and check name the same row by its position ("row 3"), the one counting finds.
    pytest.importorskip("pyarrow")
    data = tmp_path / "gold.parquet"
    pd.DataFrame({"text": ["We stand together.", "Send more aid to Ukraine.", "Leave NATO now.", None],
                  "labels": ["unity", "ukraine_support", "unity", "none"],
                  "stance": ["favor", "favor", "against", None]}, index=range(5000, 5004)).to_parquet(data)
    said = []
    for command in ("evaluate", "train"):
        _, _, err = run(capsys, command, str(data), *(["-o", str(tmp_path / "model")] if command == "train" else []))
        said.append(re.search(r"row (\d+) has no text", err).group(1))
    assert said == ["3", "3"]


def test_check_of_a_folder_keeps_a_parquet_files_index_beside_its_row_names(capsys, tmp_path):
    # A folder's rows are named "file:row"; a Parquet file's stored index, which those names
    # replace, was lost: it is kept as a column, as of a file read alone.
    pytest.importorskip("pyarrow")
    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    folder, out = tmp_path / "labels", tmp_path / "issues.csv"
    folder.mkdir()
    first, second = energy.iloc[:32], energy.iloc[32:].reset_index(drop=True)
    first.set_axis(pd.Index([7] * 32, name="sent_id")).to_parquet(folder / "a.parquet")
    second.to_csv(folder / "b.csv", index=False)
    status, _, err = run(capsys, "check", str(folder), "--folds", "3", "-o", str(out))
    written = pd.read_csv(out, dtype=str)
    assert status == 0 and len(written) > 0, err
    assert written.columns[:3].tolist() == ["row", "sent_id", "text"]
    for _, line in written.iterrows():
        file, _, position = line.row.rpartition(":")
        assert line.text == {"a.parquet": first, "b.csv": second}[file].text.iloc[int(position)]
        assert (line.sent_id == "7") if file == "a.parquet" else pd.isna(line.sent_id)


def test_suggest_o_counts_its_suggestions_in_the_singular_for_one_and_prints_no_table(capsys, tmp_path):
    # A command-line audit: "wrote 1 suggestions to o.csv". With -o suggest prints no table (the
    # file holds them all), where check -o prints its -n rows, as the README says.
    data, output = tmp_path / "unlabelled.csv", tmp_path / "o.csv"
    pd.DataFrame({"text": ["Wind farm number 1 is good.", "Send tanks to Kyiv."]}).to_csv(data, index=False)
    for n, said in ((1, "1 suggestion"), (2, "2 suggestions")):
        status, out, err = run(capsys, "suggest", str(data), "-n", str(n), "-o", str(output))
        assert (status, out, err) == (0, "", f"wrote {said} to {output}\n")
        assert len(pd.read_csv(output)) == n
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "With `-o`, `stance suggest` prints no table" in readme


def test_suggest_and_check_tables_never_round_a_score_to_a_certainty_it_is_not(capsys, tmp_path):
    # A review: the tables rounded with pandas' .round(3), so a random pick's score of 0.99987
    # printed "1.00" (and 0.0004 "0.000", a tie), beside reasons that say ">0.99" as the library
    # does; now ">0.999" and "<0.001", as report tables write them. -o files keep the numbers.
    import numpy as np

    from stance.cli_labelling import _table

    data, output = tmp_path / "pool.csv", tmp_path / "o.csv"
    texts = ["NATO must stay united.", "Send more tanks to Ukraine.", "Reinforce the Baltic states."]
    pd.DataFrame({"text": texts}).to_csv(data, index=False)
    drawn = np.random.RandomState(24).random_sample(3)  # --strategy random's scores for seed 24
    assert 0.9995 < drawn[2] < 1
    argv = ["suggest", str(data), "--strategy", "random", "--random-state", "24", "--max-similarity", "none"]
    status, out, _ = run(capsys, *argv)
    baltic = next(line for line in out.splitlines() if "Baltic" in line)
    assert status == 0 and " >0.999 " in baltic and "1.00" not in out, out
    assert run(capsys, *argv, "-o", str(output))[0] == 0
    written = pd.read_csv(output).set_index("text")["score"]
    assert written[texts[2]] == pytest.approx(drawn[2], abs=1e-12)
    # check's score is one of the "-" columns: a missing one "-", the others as figures are shown
    frame = pd.DataFrame({"issue": ["a", "b", "c", "d"], "score": [0.9996, 0.0004, float("nan"), 0.5],
                          "text": ["w", "x", "y", "z"]})
    cells = [line.split()[2] for line in _table(frame, ["issue", "score", "text"], blank=["score"]).splitlines()[1:]]
    assert cells == [">0.999", "<0.001", "-", "0.500"]


@pytest.mark.parametrize("strategy", ["uncertainty", "random"])
def test_suggest_prints_a_dash_for_the_score_of_a_text_of_no_known_word_as_check_does(capsys, tmp_path, strategy):
    # A review of 6df8e566: suggest's table printed "NaN" for the score of "12345" (no word the
    # model knows: the library's score is NaN), where check prints "-" (a blank cell read aloud
    # was skipped). The other scores are written to 3 places, as check writes them.
    data = tmp_path / "pool.csv"
    texts = ["NATO must stay united.", "Send more tanks to Ukraine.", "Reinforce the Baltic states.", "12345"]
    pd.DataFrame({"text": texts}).to_csv(data, index=False)
    status, out, _ = run(capsys, "suggest", str(data), "--strategy", strategy, "--random-state", "7",
                         "--max-similarity", "none")
    assert status == 0 and "NaN" not in out and "nan" not in out, out
    rows = out.splitlines()[1:]
    assert len(rows) == 4 and rows[-1].split()[:4] == ["3", "none", "unity", "-"], out  # unread comes last
    assert all(re.fullmatch(r"[<>]?[01]\.\d{3}", row.split()[3]) for row in rows[:-1]), out


@pytest.mark.parametrize("source", ["jsonl", "parquet"])
def test_check_keeps_a_labels_column_of_lists_as_lists_in_a_jsonl_output(capsys, tmp_path, source):
    # The data's columns are kept as they are (the README's check -o table): a labels column
    # of lists was written to JSONL as "gas|renewables" text. A CSV or TSV cell, which holds
    # no list, takes the labels joined (test_check_writes_label_lists_as_labels_cells); a
    # Parquet output keeps the lists too (test_check_keeps_a_labels_column_of_lists_as_lists_in_parquet).
    output = "jsonl"
    if source == "parquet":
        pytest.importorskip("pyarrow")
    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    data, out = tmp_path / f"energy.{source}", tmp_path / f"issues.{output}"
    listed = energy.assign(labels=[labels.split("|") for labels in energy.labels])
    listed.to_parquet(data) if source == "parquet" else listed.to_json(data, orient="records", lines=True)
    status, _, _ = run(capsys, "check", str(data), "--folds", "3", "-o", str(out))
    written = pd.read_json(out, orient="records", lines=True)
    assert status == 0 and len(written) > 0
    assert [list(cell) for cell in written.labels] == [listed.labels[row] for row in written.row.astype(int)]


@pytest.mark.parametrize("source", ["jsonl", "parquet"])
def test_check_keeps_a_labels_column_of_lists_as_lists_in_parquet(capsys, tmp_path, source):
    # An annotation audit: a labels column of lists was written to a Parquet output as
    # "gas|renewables" text, where the README's check -o table says the data's columns are
    # kept as they are and a .jsonl output keeps them: a Parquet column of lists of names.
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    data, out = tmp_path / f"energy.{source}", tmp_path / "issues.parquet"
    listed = energy.assign(labels=[labels.split("|") for labels in energy.labels])
    assert any(len(labels) > 1 for labels in listed.labels)  # a row of two labels among them
    listed.to_parquet(data) if source == "parquet" else listed.to_json(data, orient="records", lines=True)
    status, _, _ = run(capsys, "check", str(data), "--folds", "3", "-o", str(out))
    assert status == 0
    kind = pq.read_schema(out).field("labels").type  # a list of strings (large ones, as pandas 3 gives its text)
    assert pa.types.is_list(kind) and (pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type))
    written = pd.read_parquet(out)
    assert len(written) > 0
    assert [list(cell) for cell in written.labels] == [listed.labels[row] for row in written.row.astype(int)]
    # Read back as labels, as a file check -o wrote is checked again once corrected.
    from stance.label_cells import parse_label_set

    assert [parse_label_set(cell) for cell in written.labels] == [tuple(cell) for cell in written.labels]


def test_check_writes_a_labels_column_of_lists_and_text_as_text_in_parquet_whatever_the_rows_flagged(capsys,
                                                                                                      tmp_path):
    # A review: whether the Parquet output's labels were lists or "a|b" text was decided on the
    # rows flagged, so one text cell among lists gave list<string> when its row was not flagged
    # (with --folds 3) and text when it was (--folds 2): decided on the whole input column, the
    # type is the data's, and a column of lists and text is text.
    pq = pytest.importorskip("pyarrow.parquet")
    from stance.files import _name_list_column

    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    listed = energy.assign(labels=[labels.split("|") for labels in energy.labels])
    data, out = tmp_path / "energy.jsonl", tmp_path / "issues.parquet"
    listed.to_json(data, orient="records", lines=True)
    assert run(capsys, "check", str(data), "--folds", "3", "-o", str(out))[0] == 0
    flagged = set(pd.read_parquet(out).row.astype(int))
    unflagged = next(row for row in range(len(listed)) if row not in flagged and len(listed.labels[row]) > 1)
    mixed = listed.copy()
    mixed.loc[unflagged, "labels"] = "|".join(listed.labels[unflagged])  # the same labels, as text
    mixed.to_json(data, orient="records", lines=True)
    for folds in ("2", "3"):
        assert run(capsys, "check", str(data), "--folds", folds, "-o", str(out))[0] == 0
        written = pd.read_parquet(out)
        assert str(pq.read_schema(out).field("labels").type) in ("string", "large_string"), folds
        assert written.labels.tolist() == ["|".join(listed.labels[row]) for row in written.row.astype(int)], folds
    # Written as lists, a cell is a list of the data's, never a text made a list of one "a|b".
    with pytest.raises(TypeError, match="not a list of names"):
        _name_list_column(pd.Series([["gas"], "gas|unity"]))


def test_suggest_runs_again_on_its_own_output(capsys, tmp_path):
    # Its output has a "row" column; written again, the row labels clashed with it
    # (a traceback after the work). The file's column is kept and the labels go beside it.
    data = tmp_path / "unlabelled.csv"
    pd.DataFrame({"text": [f"Wind farm number {i} is good." for i in range(8)]}).to_csv(data, index=False)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert run(capsys, "suggest", str(data), "-n", "6", "--max-similarity", "none", "-o", str(first))[0] == 0
    assert run(capsys, "suggest", str(first), "-n", "3", "--max-similarity", "none", "-o", str(second))[0] == 0
    before, after = pd.read_csv(first), pd.read_csv(second)
    assert after.columns[:2].tolist() == ["row_2", "row"]
    for _, line in after.iterrows():  # each row points at its line in first.csv and keeps its first row
        assert before.loc[line.row_2, "row"] == line.row and before.loc[line.row_2, "text"] == line.text
    # its own suggestions, kept
    assert (after.input_predicted_label == [before.predicted_label[i] for i in after.row_2]).all()


def test_suggest_keeps_the_files_columns_named_like_its_own(capsys, tmp_path):
    # A pool with a "stance" column left to fill in (or old labels) lost it without a word.
    # Its "stance" and "label" are no prediction's names (predicted_…), so they keep theirs;
    # an earlier run's prediction is renamed.
    data, out = tmp_path / "pool.csv", tmp_path / "next.csv"
    pd.DataFrame({"text": [f"Wind farm number {i} is good." for i in range(8)], "id": range(8),
                  "stance": ["?"] * 8, "label": [f"old{i}" for i in range(8)],
                  "predicted_label": [f"was{i}" for i in range(8)]}).to_csv(data, index=False)
    status, _, err = run(capsys, "suggest", str(data), "-n", "3", "--max-similarity", "none", "-o", str(out))
    assert status == 0 and "its column 'predicted_label' is 'input_predicted_label'" in err
    assert "'stance'" not in err and "'label'" not in err
    written = pd.read_csv(out)
    assert {"id", "stance", "label", "input_predicted_label", "predicted_label", "text"} <= set(written.columns)
    assert (written.label == [f"old{i}" for i in written.id]).all() and (written.stance == "?").all()
    assert (written.input_predicted_label == [f"was{i}" for i in written.id]).all()


def test_an_output_that_cannot_be_written_is_refused_before_the_work(capsys, tmp_path, monkeypatch):
    # A mistyped folder was created silently; an unwritable one failed after the work,
    # naming a hidden temporary file (the eighth user audit).
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "no" / "such" / "out.csv"))
    assert status == 2 and "does not exist; create it first" in err and not (tmp_path / "no").exists()
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    # Permissions cannot lock out root, who may run the tests: the folder is reported read-only.
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    for argv in (["score", str(source)], ["check", str(energy)], ["suggest", str(source)]):
        status, _, err = run(capsys, *argv, "-o", str(locked / "out.csv"))
        assert status == 2 and f"folder {str(locked)!r} is not writable" in err, err
    status, _, err = run(capsys, "train", str(energy), "-o", str(locked / "models" / "energy"))
    assert status == 2 and f"folder {str(locked)!r} is not writable" in err, err
    assert list(locked.iterdir()) == []


def test_a_folder_that_takes_no_new_folder_is_refused_before_training(capsys, tmp_path, monkeypatch):
    # Root passes every permission check, so a model bound for a read-only file system
    # (or /proc) was trained first and refused at the save (the seventeenth audit).
    import errno
    import tempfile

    real_mkdtemp = tempfile.mkdtemp

    def read_only_here(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == tmp_path:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_mkdtemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", read_only_here)
    monkeypatch.setattr(stance.api, "train", lambda *args, **kwargs: pytest.fail("trained before checking -o"))
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    status, _, err = run(capsys, "train", str(energy), "-o", str(tmp_path / "models" / "energy"))
    assert status == 2 and f"cannot make a folder in {str(tmp_path)!r} (Read-only file system)" in err, err
    assert list(tmp_path.iterdir()) == []
    # Through a link, the model goes where the link points: that folder is the one checked.
    elsewhere = tmp_path.parent / f"{tmp_path.name}-links"
    elsewhere.mkdir()
    (elsewhere / "current").symlink_to(tmp_path / "v1")
    status, _, err = run(capsys, "train", str(energy), "-o", str(elsewhere / "current"))
    assert status == 2 and f"cannot make a folder in {str(tmp_path)!r}" in err, err


@pytest.mark.parametrize("number", ["ENOSPC", "EFBIG"])
def test_a_full_disk_exits_1_not_2_and_names_the_output(capsys, tmp_path, monkeypatch, number):
    # A full disk or a file-size limit exited 2, "bad usage or bad input", with "[Errno 27]"
    # in front: a nightly job could not tell its input from its machine (the data engineer's audit).
    import errno

    code = getattr(errno, number)

    def full(self, *args, **kwargs):
        raise OSError(code, os.strerror(code))

    source, out = tmp_path / "in.csv", tmp_path / "x.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 1 and err == f"stance score: cannot write {str(out)!r}: {os.strerror(code)}\n", err
    assert list(tmp_path.iterdir()) == [source]  # no hidden .part file left either
    monkeypatch.undo()
    # Bad input and usage still exit 2.
    status, _, err = run(capsys, "score", str(tmp_path / "missing.csv"), "-o", str(out))
    assert status == 2 and len(err.splitlines()) == 1
    status, _, err = run(capsys, "info", "--model", str(tmp_path / "no-model"))
    assert status == 2 and "does not exist" in err


def test_an_output_open_in_another_program_is_told_so_by_every_writer(capsys, tmp_path, monkeypatch):
    # A Windows analyst's audit: an output Excel holds open cannot be replaced ("Access is denied"),
    # and `stance score base.csv -o "scored 2026.csv"` said "[Errno 13] cannot write 'scored 2026.csv':
    # Access is denied", no hint of the cause, where the read side names Excel.
    monkeypatch.chdir(tmp_path)
    energy = pd.read_csv(Path(__file__).resolve().parent / "data" / "energy.csv", dtype=str)
    energy.to_csv("energy.csv", index=False)
    Path("speech.txt").write_text("We stand together. Send tanks to Ukraine.\n", encoding="utf-8")
    replace = os.replace
    held = {"scored 2026.csv", "issues.csv", "picked.csv", "doc.csv", "profile.svg"}
    for name in held:  # a file open in Excel is there: a new one cannot be held open
        Path(name).write_text("old\n")

    def held_open(source, target, *args, **kwargs):  # Windows refuses to replace a file Excel has open
        if Path(target).name in held:
            raise PermissionError(13, "Access is denied")
        return replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", held_open)
    said = ("cannot write {!r}: permission denied (is it open in another program, such as Excel, or not yours "
            "to replace? close it, or write elsewhere)")
    commands = [(["score", "energy.csv", "--prefix", "p_", "-o", "scored 2026.csv"], "scored 2026.csv"),
                (["check", "energy.csv", "--folds", "3", "-o", "issues.csv"], "issues.csv"),
                (["suggest", "energy.csv", "-n", "2", "-o", "picked.csv"], "picked.csv"),
                (["document", "speech.txt", "-o", "doc.csv"], "doc.csv")]
    if importlib.util.find_spec("matplotlib") is not None:
        commands.append((["document", "speech.txt", "--plot", "profile.svg"], "profile.svg"))
    for argv, name in commands:
        status, _, err = run(capsys, *argv)
        assert status == 2 and err.splitlines()[-1] == f"stance {argv[0]}: {said.format(name)}", (argv, err)
        assert "[Errno" not in err and Path(name).read_text() == "old\n"
    # a file not the user's (EPERM, a folder with the sticky bit) keeps its errno (a review)
    import errno

    from stance.files import _naming

    assert _naming(PermissionError(errno.EPERM, "Operation not permitted"), Path("out.csv")).errno == errno.EPERM


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="a folder of /proc, where no file can be made")
def test_an_output_that_cannot_be_made_is_told_in_one_line_without_errno(capsys, tmp_path):
    # `stance score in.csv -o /proc/x.csv` said "stance score: [Errno 2] cannot write '/proc/x.csv': No such
    # file or directory", Python's "[Errno 2]" before the words every other message gives alone.
    import errno

    from stance.files import _naming

    source = tmp_path / "in.csv"
    source.write_text("text\nWe stand together.\n")
    status, _, err = run(capsys, "score", str(source), "-o", "/proc/x.csv", "--no-progress")
    assert status == 2 and err == f"stance score: cannot write '/proc/x.csv': {os.strerror(errno.ENOENT)}\n", err
    named = _naming(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)), Path("out.csv"))
    assert isinstance(named, FileNotFoundError) and named.errno == errno.ENOENT, repr(named)
    assert str(named) == f"cannot write 'out.csv': {os.strerror(errno.ENOENT)}"


def test_a_disk_error_while_reading_the_input_exits_1_not_2(capsys, tmp_path, monkeypatch):
    # Reading a table turned every OSError into bad input (exit 2), a disk's I/O error too.
    import errno

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    monkeypatch.setattr(pd, "read_csv", broken)
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "x.csv"))
    assert status == 1 and err.startswith("stance score: ") and os.strerror(errno.EIO) in err
    assert len(err.splitlines()) == 1


def test_a_disk_error_reading_the_input_mid_stream_is_named_by_the_input_not_the_output(capsys, tmp_path,
                                                                                         monkeypatch):
    # An I/O error reading the input's second chunk, while the output was being written,
    # was told "cannot write 'x.csv'": the output, which was fine. A write error still names the output.
    import errno

    import stance.delimited

    reading = stance.delimited.iter_delimited

    def failing_mid_stream(*args, **kwargs):
        chunks = reading(*args, **kwargs)
        try:
            yield next(chunks)
        finally:
            chunks.close()  # closed while its file is open, as the reader is
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    source, out = tmp_path / "in.csv", tmp_path / "x.csv"
    pd.DataFrame({"text": ["We stand together.", "Spend more.", "Order, order."]}).to_csv(source, index=False)
    monkeypatch.setattr(stance.delimited, "iter_delimited", failing_mid_stream)
    status, _, err = run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "1")
    assert status == 1 and err == f"stance score: cannot read {str(source)!r}: {os.strerror(errno.EIO)}\n", err
    assert list(tmp_path.iterdir()) == [source]  # no output, no hidden .part file left
    with pytest.raises(OSError, match=rf"^\[Errno {errno.EIO}\] cannot read {re.escape(repr(str(source)))}: "):
        stance.score_file(source, out, chunk_size=1)
    monkeypatch.undo()

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    status, _, err = run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "1")
    assert status == 1 and err == f"stance score: cannot write {str(out)!r}: {os.strerror(errno.ENOSPC)}\n", err


def test_commands_suggested_for_a_path_with_a_leading_dash_run_when_pasted(capsys, tmp_path, monkeypatch):
    # A folder "-dash" was suggested `stance score '-dash/*.csv' -o out.csv`, which argparse
    # took for an option ("-o/--output is required"): the path is written "./-dash".
    import shlex

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "-dash"
    folder.mkdir()
    pd.DataFrame({"text": ["We stand together now and always."]}).to_csv(folder / "a.csv", index=False)
    (folder / "speech.txt").write_text("We stand together. We will spend more on defence.\n")

    def suggested(*argv: str) -> str:
        status, _, err = run(capsys, *argv)
        assert status == 2, err
        return re.search(r"(stance (?:score|document) \S+(?: -o \S+)?)", err).group(1).rstrip(",")

    # A folder is scored as given (read as stance.score reads it); beside --workers it is told the glob,
    # pasted here without the local cluster the flag starts.
    for argv in (("score", "./-dash", "-o", "out.csv", "--workers", "1"), ("document", "./-dash"),
                 ("score", "./-dash/speech.txt", "-o", "out.csv")):
        command = suggested(*argv)
        status, _, err = run(capsys, *shlex.split(command)[1:])
        assert status == 0, (command, err)
    assert run(capsys, "score", "./-dash", "-o", "folder.csv")[0] == 0


def test_the_document_and_unzip_commands_suggested_for_a_leading_dash_run_when_pasted(capsys, tmp_path, monkeypatch,
                                                                                      energy_model):
    # A review of 4a90ffa: a folder "-dash" of .txt files was told "stance document '-dash/*.txt'",
    # and a model "-m.zip" "python -m zipfile -e -m.zip .", each refused when pasted (an option).
    import subprocess
    import sys

    monkeypatch.chdir(tmp_path)
    Path("-dash").mkdir()
    Path("-dash/speech.txt").write_text("We stand together. We will spend more on defence.\n")
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score("./-dash")
    command = re.search(r"which (stance document \S+) splits", str(raised.value)).group(1)
    assert command == "stance document './-dash/*.txt'"
    status, _, err = run(capsys, *shlex.split(command)[1:])
    assert status == 0, (command, err)
    energy_model.save("model")
    shutil.make_archive("-m", "zip", ".", "model")
    shutil.rmtree("model")
    with pytest.raises(stance.ModelFormatError) as raised:
        stance.load("./-m.zip")
    command = re.search(r"\((python -m zipfile -e .*)\) and pass", str(raised.value)).group(1)
    assert command == "python -m zipfile -e ./-m.zip ."
    done = subprocess.run([sys.executable, *shlex.split(command)[1:]], capture_output=True, text=True)
    assert done.returncode == 0, (command, done.stderr)
    assert stance.load("model").classify("We must build more wind farms.").label


def test_running_out_of_memory_exits_1_in_one_line(capsys, tmp_path, monkeypatch):
    # A MemoryError exited 1, which the README did not name, with a traceback.
    import stance.scoring

    def too_big(*args, **kwargs):
        raise MemoryError("Unable to allocate 3.20 GiB for an array with shape (50000, 8590)")

    source, out = tmp_path / "in.csv", tmp_path / "x.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    monkeypatch.setattr(stance.scoring, "score_checked", too_big)  # what score_file calls a chunk
    status, _, err = run(capsys, "score", str(source), "-o", str(out), "--chunk-size", "1000")
    assert status == 1 and len(err.splitlines()) == 1, err
    assert err.startswith("stance score: out of memory (Unable to allocate 3.20 GiB") and "--chunk-size" in err
    assert list(tmp_path.iterdir()) == [source]
    # A folder is read whole, as stance.score reads it: a smaller --chunk-size would not help.
    (tmp_path / "fold").mkdir()
    source.rename(tmp_path / "fold" / "in.csv")
    status, _, err = run(capsys, "score", str(tmp_path / "fold"), "-o", str(out))
    assert (status, err) == (1, "stance score: out of memory (Unable to allocate 3.20 GiB for an array with shape "
                                "(50000, 8590)); score its files one at a time (stance score FILE), or free memory\n")
    monkeypatch.setitem(stance.cli.COMMANDS, "info", lambda args: too_big())
    status, _, err = run(capsys, "info")
    assert status == 1 and err.startswith("stance info: out of memory") and "--chunk-size" not in err, err


@pytest.mark.parametrize("number", ["ENOSPC", "EFBIG"])
@pytest.mark.parametrize("command", [["info"], ["classify", "We stand together."],
                                     ["document", "--json", "speech.txt"]])
def test_a_full_disk_under_standard_output_exits_1_naming_standard_output(capsys, monkeypatch, tmp_path, number,
                                                                           command):
    # `stance info > /dev/full` exited 2 with "[Errno 28] No space left on device"; then 1 with
    # "stance info: No space left on device", which named nothing, where a failed -o names its file.
    import errno

    code = getattr(errno, number)

    class Full(io.StringIO):
        def write(self, text):
            raise OSError(code, os.strerror(code))

    (tmp_path / "speech.txt").write_text("We stand together. NATO is united.\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdout", Full())
    status = main(command)
    err = capsys.readouterr().err
    assert status == 1 and err.splitlines()[-1] == (f"stance {command[0]}: cannot write standard output: "
                                                    f"{os.strerror(code)}"), err


def test_output_left_buffered_when_a_command_ends_is_written_before_it_exits(capsys, monkeypatch):
    # Output still buffered when the command returned was written by Python at exit: a full disk
    # then printed "Exception ignored" and a traceback, exit status 120.
    import errno

    class FullOnFlush(io.StringIO):
        def flush(self):
            raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr("sys.stdout", FullOnFlush())
    assert main(["info"]) == 1
    assert capsys.readouterr().err == f"stance info: cannot write standard output: {os.strerror(errno.EFBIG)}\n"

    class Full(io.StringIO):
        def write(self, text):
            raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr("sys.stdout", Full())
    assert main(["--version"]) == 1  # before any command: a traceback
    assert capsys.readouterr().err == f"stance: cannot write standard output: {os.strerror(errno.EFBIG)}\n"


def test_a_successful_write_removes_the_parts_killed_runs_left_an_hour_ago(capsys, tmp_path):
    # A SIGKILLed `stance score -o OUT.csv` leaves its hidden .OUT.csv.XXXXXXXX.part, and no
    # later run removed it: killed nightly jobs piled them up (the data engineer's audit).
    import time

    source, out = tmp_path / "in.csv", tmp_path / "x.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    stale, recent = tmp_path / ".x.csv.k1ll_ed0.part", tmp_path / ".x.csv.runn1ng0.part"
    others = [tmp_path / ".y.csv.k1ll_ed0.part", tmp_path / ".x.csv.mine.part", tmp_path / "x.csv.k1ll_ed0.part"]
    for path in [stale, recent, *others]:
        path.write_text("text\n")
    two_hours_ago = time.time() - 7200
    for path in [stale, *others]:
        os.utime(path, (two_hours_ago, two_hours_ago))
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 0, err
    # Only the old part of this output: one written now may be another run's, in progress.
    assert not stale.exists() and recent.exists() and all(path.exists() for path in others)
    assert len(pd.read_csv(out)) == 1


@pytest.mark.parametrize("length", [240, 241, 255])
def test_an_output_of_the_longest_name_the_file_system_takes_is_written(capsys, tmp_path, length):
    # A Windows user's audit: `stance score -o` refused a name of 241 to 255 bytes, which
    # `echo x > NAME` writes ("File name too long"): the hidden part beside it added 15.
    import time

    source, out = tmp_path / "in.csv", tmp_path / ("a" * (length - 4) + ".csv")
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    out.write_text("old\n")  # the system takes the name
    stale = tmp_path / f".{out.name[:240]}.k1ll_ed0.part"  # its name cut to 240 bytes, as a killed write left it
    stale.write_text("text\n")
    os.utime(stale, (time.time() - 7200,) * 2)
    status, _, err = run(capsys, "score", str(source), "-o", str(out))
    assert status == 0, err
    assert len(pd.read_csv(out)) == 1
    assert sorted(tmp_path.iterdir()) == [out, source]  # nothing left, a killed write's part removed


def _as_a_shell_starts_it() -> None:
    """In a command's child process: SIGHUP heard, as a shell starts a command, whatever this test
    run inherited (under nohup, ignored, which the command respects: its hang-up tests failed so)."""
    import signal

    signal.signal(signal.SIGHUP, signal.SIG_DFL)


HEARD = {"preexec_fn": _as_a_shell_starts_it} if hasattr(__import__("signal"), "SIGHUP") else {}


def _score_stopped_by(tmp_path: Path, signal_name: str, *more: str, chunk_size: int = 1000,
                      group: bool = False) -> tuple[int, str, list]:
    """Start `python -m stance score` of 300,000 statements in chunks of ``chunk_size`` rows (and
    ``more`` options), send it the
    signal ``signal_name`` once its partial file exists (to its whole process group with ``group``,
    its workers and resource trackers too, as a closed terminal sends SIGHUP), and return its
    status, its standard error and what its output's folder then holds."""
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "big.csv"
    pd.DataFrame({"text": [f"We stand together with every ally, statement {i}." for i in range(300_000)]}).to_csv(
        source, index=False)
    out = tmp_path / "out" / "scored.csv"
    out.parent.mkdir()
    # Small chunks: the partial file appears after the first thousand rows, and the rest takes
    # long enough that the signal lands mid-run even on a loaded machine.
    process = subprocess.Popen([sys.executable, "-m", "stance", "score", str(source), "-o", str(out),
                                "--chunk-size", str(chunk_size), *more], stderr=subprocess.PIPE, text=True,
                               start_new_session=group, **HEARD)
    send = (lambda number: os.killpg(process.pid, number)) if group else process.send_signal
    deadline = time.time() + 60
    # Until the partial file holds a chunk: with -j, scored by workers that are there still, beside
    # the resource trackers their start began. The command's check that the folder is writable
    # makes and deletes a file there meanwhile, which a stat after the listing may not find.
    def written() -> bool:
        for path in out.parent.iterdir():
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_size:
                    return True
        return False

    while time.time() < deadline and not written():
        time.sleep(0.05)
    send(signal.SIGSTOP)  # held still, so that it cannot finish between the check and the signal
    time.sleep(0.2)
    assert process.poll() is None and not out.exists(), "scoring ended before it could be interrupted"
    send(getattr(signal, signal_name))  # delivered when it goes on
    send(signal.SIGCONT)
    _, err = process.communicate(timeout=60)  # to its end: a resource tracker's last words too
    return process.returncode, err, list(out.parent.iterdir())


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_terminated_score_leaves_no_partial_file(tmp_path, signal_name):
    # A pipeline engineer's audit: SIGHUP (a terminal or ssh session closed, `kill -HUP`) exited 129
    # with no "interrupted" line and left `.scored.csv.*.part` behind; it now ends the command as SIGTERM does.
    import signal

    if not hasattr(signal, signal_name):
        pytest.skip(f"no {signal_name} on this platform")
    status, err, left = _score_stopped_by(tmp_path, signal_name)
    assert (status, err, left) == (128 + getattr(signal, signal_name), "stance score: interrupted\n", [])


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGHUP"), reason="no SIGHUP on this platform")
@pytest.mark.parametrize("group", [False, True], ids=["the command", "its process group"])
def test_a_hung_up_score_on_several_cores_ends_its_workers_cleanly(tmp_path, group):
    # The same audit: `stance score big.csv -o out.csv -j 2` sent SIGHUP left its part file, and joblib's
    # resource tracker then printed "There appear to be 7 leaked semlock objects …" after the command ended.
    # Sent to the process group, as a closed terminal sends it, the resource trackers, which ignore SIGTERM
    # and SIGINT, died of it ("process died unexpectedly", a KeyError traceback a semaphore). Both end as a
    # SIGTERM does: status 129, the one line, no part file, nothing from the workers or trackers.
    status, err, left = _score_stopped_by(tmp_path, "SIGHUP", "-j", "2", chunk_size=10_000, group=group)
    assert (status, err, left) == (129, "stance score: interrupted\n", [])


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGHUP"), reason="no SIGHUP on this platform")
def test_a_sighup_stops_a_command_as_sigterm_does_unless_nohup_ignores_it(capsys, monkeypatch):
    # A SIGHUP during a command is its KeyboardInterrupt, as a SIGTERM's is: "interrupted", 129, and
    # the handler put back after. One that nohup ignores stays ignored: the command runs on.
    import signal

    met = []

    def hung_up(args):
        met.append(signal.getsignal(signal.SIGHUP))
        if met[-1] not in (signal.SIG_DFL, signal.SIG_IGN):  # SIG_DFL's would end this test's process
            signal.raise_signal(signal.SIGHUP)
        return 0

    monkeypatch.setitem(stance.cli.COMMANDS, "info", hung_up)
    found = signal.signal(signal.SIGHUP, signal.SIG_DFL)  # as a shell starts a command
    try:
        assert run(capsys, "info") == (129, "", "stance info: interrupted\n")
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_DFL
        signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as nohup starts it
        assert run(capsys, "info") == (0, "", "")
        assert met[-1] is signal.SIG_IGN and signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, found)


# Runs `python -m stance` with SIGTERM raised inside code that eval() runs from a string, as
# namedtuple's and dataclass's generated methods are while pyarrow or pandas is imported.
_SIGTERM_INSIDE_EVAL = """
import runpy, signal, sys

import stance.files

def _with_json_containers(part, original=stance.files._with_json_containers):
    eval("signal.raise_signal(signal.SIGTERM)", {"signal": signal})
    return original(part)

stance.files._with_json_containers = _with_json_containers
sys.argv[0] = "stance"
runpy.run_module("stance", run_name="__main__", alter_sys=True)
"""


def test_a_sigterm_handled_inside_code_run_by_eval_still_exits_143(tmp_path):
    # A SIGTERM whose KeyboardInterrupt was raised inside a string eval() ran (the lazy import
    # of pyarrow after the partial file appeared makes namedtuples) left Python marking it
    # unhandled, though the command caught it: `python -m stance` said "interrupted", then
    # killed itself with SIGINT (status -2, not 143; the terminated-score test failed so).
    import signal
    import subprocess
    import sys

    (tmp_path / "sigterm_inside_eval.py").write_text(_SIGTERM_INSIDE_EVAL)
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We stand together with every ally."] * 3}).to_csv(source, index=False)
    out = tmp_path / "out" / "scored.csv"
    out.parent.mkdir()
    process = subprocess.run([sys.executable, "-m", "sigterm_inside_eval", "score", str(source), "-o", str(out)],
                             cwd=tmp_path, stderr=subprocess.PIPE, text=True, timeout=120)
    assert (process.returncode, process.stderr) == (128 + signal.SIGTERM, "stance score: interrupted\n")
    assert list(out.parent.iterdir()) == []


class _DroppedInterrupt:
    """Raises a signal inside its finalizer: the handler's KeyboardInterrupt is raised there,
    and Python prints and drops it (as it did inside Dask's finalizers)."""

    def __init__(self, number):
        self.number = number

    def __del__(self):
        import signal

        signal.raise_signal(self.number)


@contextlib.contextmanager
def _ctrl_c_as_in_a_terminal():
    """Python's own Ctrl-C handler, as in a terminal: a run started in the background of a
    script has Ctrl-C ignored, which the command rightly leaves ignored."""
    import signal

    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, inherited)


def test_an_interrupt_after_the_output_is_in_place_says_the_output_is_whole(tmp_path, capsys, monkeypatch):
    # A user audit: a SIGTERM just as 'stance train -o DIR --overwrite' ended exited 143 with the
    # new model in place, and "interrupted" alone said nothing of it. The signal still stops the
    # command (143), and the message names what was already written in full.
    import signal

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    folder = tmp_path / "energy"
    assert run(capsys, "train", str(energy), "-o", str(folder), "--option", "C=1")[0] == 0
    real_leftovers, real_parts = stance.persistence._remove_leftovers, stance.files._remove_stale_parts

    def terminated_after_the_save(*args, **kwargs):
        real_leftovers(*args, **kwargs)
        signal.raise_signal(signal.SIGTERM)

    def terminated_after_the_table(*args, **kwargs):
        real_parts(*args, **kwargs)
        signal.raise_signal(signal.SIGTERM)

    with monkeypatch.context() as patched:
        patched.setattr(stance.persistence, "_remove_leftovers", terminated_after_the_save)
        status, out, err = run(capsys, "train", str(energy), "-o", str(folder), "--overwrite", "--option", "C=10")
    assert (status, out, err) == (143, "", f"stance train: interrupted after it wrote {str(folder)!r} in full\n")
    assert stance.load(folder).get_params()["C"] == 10  # the new model, whole
    with monkeypatch.context() as patched:
        patched.setattr(stance.files, "_remove_stale_parts", terminated_after_the_table)
        status, out, err = run(capsys, "score", str(energy), "-o", str(tmp_path / "scored.csv"), "--no-progress",
                               "--prefix", "pred_")
    scored = str(tmp_path / "scored.csv")
    assert (status, err) == (143, f"stance score: interrupted after it wrote {scored!r} in full\n")
    assert len(pd.read_csv(tmp_path / "scored.csv")) == len(pd.read_csv(energy))
    # The next command, interrupted before it wrote anything, names nothing of the last one's.
    with monkeypatch.context() as patched:
        patched.setattr(stance.persistence, "_write_files", lambda *args: signal.raise_signal(signal.SIGTERM))
        status, out, err = run(capsys, "train", str(energy), "-o", str(tmp_path / "other"))
    assert (status, err) == (143, "stance train: interrupted\n") and not (tmp_path / "other").exists()


def test_a_ctrl_c_that_python_drops_in_a_finalizer_still_stops_the_write(tmp_path, capsys, monkeypatch):
    # A KeyboardInterrupt raised while the main thread runs a finalizer (Dask's objects have
    # them) is printed as "Exception ignored" and dropped: the scores were written in full,
    # and Ctrl-C exited 0 (the Dask Ctrl-C test failed so, now and then).
    import signal

    import stance.files

    plain = stance.files._with_json_containers

    def with_a_finalizer(part):
        _DroppedInterrupt(signal.SIGINT)  # the handler runs inside this finalizer
        return plain(part)

    monkeypatch.setattr(stance.files, "_with_json_containers", with_a_finalizer)
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We stand together.", "Send tanks."]}).to_csv(source, index=False)
    with _ctrl_c_as_in_a_terminal():
        status = main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"])
    assert status == 130
    assert capsys.readouterr().err == "stance score: interrupted\n"  # once, and no "Exception ignored"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_dropped_interrupt_before_the_write_still_stops_the_write(tmp_path, capsys, monkeypatch):
    # `stance document -o` scores the whole document before it writes: a Ctrl-C dropped in
    # a finalizer during the scoring was counted before the write began, which wrote the
    # table in full (only the exit status said interrupted).
    import signal

    import stance.document

    real = stance.document.score_document

    def interrupted_scoring(*args, **kwargs):
        scored = real(*args, **kwargs)
        _DroppedInterrupt(signal.SIGINT)
        return scored

    monkeypatch.setattr(stance.document, "score_document", interrupted_scoring)
    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    with _ctrl_c_as_in_a_terminal():
        status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "-o", str(tmp_path / "out.csv"))
    assert (status, err) == (130, "stance document: interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.txt"]


def test_a_ctrl_c_as_the_output_file_is_made_leaves_no_part_file(tmp_path, capsys, monkeypatch):
    # Seen once, on a loaded machine: a Ctrl-C sent as soon as the hidden output file existed
    # landed inside NamedTemporaryFile, after it made the file and before it returned the
    # name, and the command exited 130 leaving ".out.csv.….part" behind.
    import os
    import signal
    import tempfile

    real = tempfile.NamedTemporaryFile

    def interrupted_once_made(*args, **kwargs):
        handle = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # its handler runs as the call returns, here
        return handle

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", interrupted_once_made)
    (tmp_path / "in.csv").write_text("text\nWe stand together.\n")
    with _ctrl_c_as_in_a_terminal():
        status, _, err = run(capsys, "score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"))
    assert (status, err) == (130, "stance score: interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_dropped_interrupt_draws_no_plot_over_the_previous_one(tmp_path, capsys, monkeypatch):
    # `stance document --plot` wrote its image straight to the path: after a Ctrl-C that
    # Python dropped in a finalizer it replaced the previous image, then exited 130.
    import signal

    import stance.document

    pytest.importorskip("matplotlib")
    real = stance.document.score_document

    def interrupted_scoring(*args, **kwargs):
        scored = real(*args, **kwargs)
        _DroppedInterrupt(signal.SIGTERM)
        return scored

    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    image = tmp_path / "profile.svg"
    assert run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(image))[0] == 0
    assert image.read_text().lstrip().startswith("<?xml")  # drawn in the format its name asks for
    image.write_bytes(b"the previous drawing")
    monkeypatch.setattr(stance.document, "score_document", interrupted_scoring)
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(image))
    assert (status, err) == (143, "stance document: interrupted\n")
    assert image.read_bytes() == b"the previous drawing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile.svg", "speech.txt"]


def test_a_plot_that_cannot_be_written_leaves_the_old_table_in_place(capsys, tmp_path, monkeypatch):
    # The table went into place first, then the drawing failed (a full disk, `ulimit -f`): a
    # failed command had replaced the user's c.csv. Both are put in place once both are written.
    import errno

    import matplotlib.figure

    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    table, image = tmp_path / "c.csv", tmp_path / "c.png"
    argv = ("document", str(tmp_path / "speech.txt"), "-o", str(table), "--plot", str(image))
    status, _, err = run(capsys, *argv)
    assert (status, err) == (0, f"wrote 2 statements to {table}\nprofile drawn to {image}\n")
    table.write_text("old\n")
    image.write_bytes(b"the previous drawing")

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", full_disk)
    status, _, err = run(capsys, *argv)
    assert (status, err) == (1, f"stance document: cannot write {str(image)!r}: No space left on device\n")
    assert table.read_text() == "old\n" and image.read_bytes() == b"the previous drawing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "c.png", "speech.txt"]


def test_a_plot_that_cannot_be_put_in_place_leaves_the_old_table_in_place(capsys, tmp_path, monkeypatch):
    # Both written, the table was renamed into place, then the plot's rename failed (a folder
    # with `chattr +a`, where files can be made but not renamed over): c.csv was replaced, and
    # the error named the hidden '.c.png.XXXX.part' with a raw "[Errno 1]".
    import errno

    from stance.file_types import unwritable

    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    table, image = tmp_path / "c.csv", tmp_path / "c.png"
    table.write_text("old\n")
    image.write_bytes(b"the previous drawing")
    replace = os.replace

    def append_only(source, destination):
        if os.fspath(destination) == str(image):
            raise PermissionError(errno.EPERM, "Operation not permitted", os.fspath(source))
        replace(source, destination)

    monkeypatch.setattr(os, "replace", append_only)
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "-o", str(table), "--plot", str(image))
    assert (status, err) == (2, f"stance document: {unwritable(image, errno.EPERM)}\n")
    assert table.read_text() == "old\n" and image.read_bytes() == b"the previous drawing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.csv", "c.png", "speech.txt"]
    table.unlink()  # a new table, where there was none, is not left either
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "-o", str(table), "--plot", str(image))
    assert status == 2 and sorted(p.name for p in tmp_path.iterdir()) == ["c.png", "speech.txt"]


def test_an_interrupt_as_outputs_written_together_are_put_in_place_leaves_the_old_files(tmp_path, monkeypatch):
    # In library use (no handler holds it) a KeyboardInterrupt between the renames left the
    # second output's hidden .part file, and the first output already replaced.
    from stance.files import write_file_atomically, written_together

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")
    replace = os.replace

    def interrupted(source, destination):
        if os.fspath(destination) == str(second):
            raise KeyboardInterrupt
        replace(source, destination)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt), written_together():
        write_file_atomically(first, lambda handle: handle.write(b"new a"))
        write_file_atomically(second, lambda handle: handle.write(b"new b"))
    assert (first.read_bytes(), second.read_bytes()) == (b"old a", b"old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_outputs_written_together_where_no_hard_link_can_be_made_leave_no_old_file(tmp_path, monkeypatch):
    # A review of e414abb: an old output moved aside (a file system without hard links, or a
    # colleague's file under protected_hardlinks) was never deleted once every output was in
    # place, and a hidden .a.txt.XXXX.old stayed beside a.txt for good.
    from stance.files import write_file_atomically, written_together

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"old a")
    second.write_bytes(b"old b")

    def no_hard_links(source, destination):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    with written_together():
        write_file_atomically(first, lambda handle: handle.write(b"new a"))
        write_file_atomically(second, lambda handle: handle.write(b"new b"))
    assert (first.read_bytes(), second.read_bytes()) == (b"new a", b"new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_dropped_interrupt_stops_a_command_that_writes_no_file(capsys, monkeypatch):
    # A Ctrl-C or SIGTERM whose KeyboardInterrupt Python dropped in a finalizer was silent
    # outside a CSV write: `stance classify` read stdin to its end and exited 0.
    import signal

    import stance.cli_classify
    import stance.terminal

    batches = stance.terminal._stdin_batches

    def finalizer_after_the_first_batch(number):
        def read(*args, **kwargs):
            for index, batch in enumerate(batches(*args, **kwargs)):
                yield batch
                if index == 0:
                    _DroppedInterrupt(number)

        return read

    for number in (signal.SIGINT, signal.SIGTERM):
        monkeypatch.setattr(stance.terminal, "STDIN_BATCH", 1)
        monkeypatch.setattr(stance.cli_classify, "_stdin_batches", finalizer_after_the_first_batch(number))
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We stand together.\nSend tanks.\n")))
        with _ctrl_c_as_in_a_terminal():
            status, out, err = run(capsys, "classify")
        assert status == 128 + number, (number, status, err)
        assert err == "stance classify: interrupted\n"  # once, and no "Exception ignored"
        assert out.startswith("unity\n")  # what was printed before the signal stays printed
    # The next command of the same process is not taken for interrupted.
    assert run(capsys, "classify", "We stand together.")[:2] == (0, "unity\n")


def test_a_dropped_interrupt_keeps_the_previous_model_and_leaves_later_library_saves_alone(tmp_path, capsys,
                                                                                           monkeypatch):
    # `stance train -o DIR --overwrite` replaced the model in DIR although the user had
    # pressed Ctrl-C (or the container sent SIGTERM) during the training or the save.
    import signal

    import stance.api
    import stance.files
    import stance.persistence

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    folder = tmp_path / "models" / "energy"
    assert run(capsys, "train", str(energy), "-o", str(folder), "--option", "C=1")[0] == 0
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real_train, real_write = stance.api.train, stance.persistence._write_files

    def interrupted_training(*args, **kwargs):
        model = real_train(*args, **kwargs)
        _DroppedInterrupt(signal.SIGTERM)
        return model

    def interrupted_save(*args, **kwargs):
        real_write(*args, **kwargs)
        _DroppedInterrupt(signal.SIGINT)

    for name, stopped, number in [("train", interrupted_training, signal.SIGTERM),
                                  ("_write_files", interrupted_save, signal.SIGINT)]:
        module = stance.api if name == "train" else stance.persistence
        with monkeypatch.context() as patched, _ctrl_c_as_in_a_terminal():
            patched.setattr(module, name, stopped)
            status, out, err = run(capsys, "train", str(energy), "-o", str(folder), "--overwrite",
                                   "--option", "C=10")
        assert (status, out, err) == (128 + number, "", "stance train: interrupted\n"), name
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before, name
        assert [p.name for p in folder.parent.iterdir()] == ["energy"], name  # no staging or set-aside copy
    # The interrupts were the commands': a library save in the same process goes ahead.
    other = stance.train(pd.read_csv(energy), C=10)
    try:
        other.save(folder, overwrite=True)
        stance.files.score_file(energy, tmp_path / "scored.csv", model=other, progress=False, prefix="pred_")
    except KeyboardInterrupt:  # pytest would stop the whole run
        pytest.fail("a library call was stopped by an interrupt of an earlier command")
    assert len(pd.read_csv(tmp_path / "scored.csv")) == len(pd.read_csv(energy))
    assert {p.name: p.read_bytes() for p in folder.iterdir()} != before
    assert stance.load(folder).get_params()["C"] == 10


def test_document_of_stdin_from_a_device_or_a_terminal_with_nothing_is_a_usage_error(capsys, monkeypatch):
    # `stance document - < /dev/null` printed "(no statements)", exit 0, where classify's rule
    # (README, Exit status) makes no input from a device or a terminal a usage error, exit 2: a
    # job run without a terminal had forgotten its document. A pipe of nothing is still a document
    # of no statements, exit 0.
    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    with open(os.devnull, encoding="utf-8") as null:
        monkeypatch.setattr("sys.stdin", null)
        status, out, err = run(capsys, "document", "-")
    assert (status, out) == (2, "") and "stance document: no document on stdin; " in err, err
    monkeypatch.setattr("sys.stdin", Terminal(io.BytesIO(b"")))
    status, out, err = run(capsys, "document", "-")
    assert (status, out) == (2, "") and "no document on stdin; " in err, err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert run(capsys, "document", "-")[:2] == (0, "(no statements)\n")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="POSIX devices")
def test_document_of_a_device_named_as_its_file_is_a_usage_error(capsys, tmp_path):
    # `stance document /dev/null` printed "(no statements)", exit 0, where `stance document - <
    # /dev/null` and `stance score /dev/null` are usage errors, and `stance document /dev/zero`
    # read a line that never ends until memory ran out (a user audit).
    for device in ("/dev/null", "/dev/zero"):
        status, out, err = run(capsys, "document", device)
        assert (status, out) == (2, "") and err == (
            f"stance document: '{device}' is a device, not a file; name the document's file, or pipe its text "
            f"(cat speech.txt | stance document -)\n"), err
    (tmp_path / "a.txt").write_text("We stand together with our allies.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(tmp_path / "a.txt"), "/dev/null")
    assert status == 2 and "'/dev/null' is a device" in err, err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="POSIX devices")
def test_stdin_of_nul_bytes_alone_or_a_line_without_end_is_refused_at_once(capsys, monkeypatch):
    # `stance classify < /dev/zero` (and explain -, document -) read one line that never ends:
    # 4 GB in 6 s, deaf to SIGTERM (a user audit). Refused in one line, naming the line.
    import subprocess

    for argv in (["classify"], ["explain", "-"], ["document", "-"], ["classify", "--encoding", "cp1252"]):
        with open("/dev/zero", "rb") as zero:
            done = subprocess.run([sys.executable, "-m", "stance", *argv], stdin=zero, capture_output=True,
                                  timeout=60)
        err = done.stderr.decode()
        assert done.returncode == 2 and err.count("\n") == 1, (argv, done.returncode, err[-2000:])
        assert re.search(r"stdin line 1 is NUL bytes alone, 67,\d{3},\d{3} of them with no line end", err), (argv, err)
    # After lines that are answered, the line is named; a line of a few NUL bytes is still read.
    monkeypatch.setattr("stance.terminal.LONGEST_LINE", 1 << 18)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"NATO must stand together.\n\0\0\n"
                                                                  + bytes(1 << 19))))
    status, out, err = run(capsys, "classify")
    assert (status, out) == (2, "unity\nnone\n") and "stdin line 3 is NUL bytes alone" in err, (out, err)
    assert "the 2 line(s) before it are classified above" in err, err
    # A review of 555c08e: a run of NUL bytes before a line's text (a log truncated by
    # copytruncate, under tail -f) was refused at 64 KB; and old Mac text, whose lines end in
    # "\r" alone, past the longest line was refused as one endless line.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(bytes(1 << 17) + b"NATO must stand together.\n")))
    status, out, err = run(capsys, "classify")
    assert status == 0 and out == "unity\n", (out, err)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"NATO must stand together.\r" * 20_000)))
    status, out, err = run(capsys, "classify")
    assert status == 0 and out == "unity\n" * 20_000, err
    endless = b"NATO must stand together.\n" + b"NATO " * (1 << 17)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(endless)))
    status, out, err = run(capsys, "classify")
    assert (status, out) == (2, "unity\n") and "stdin line 2 runs past 0.25 MB with no line end" in err, (out, err)


def test_stdin_of_utf16_without_its_mark_under_encoding_utf16_is_told_to_name_its_byte_order(capsys, monkeypatch):
    # A review: `stance classify --encoding utf-16` of UTF-16LE without a byte-order mark printed
    # Python's traceback ("UnicodeError: UTF-16 stream does not start with BOM"), exit 0.
    texts = "We stand together.\nThank you.\n"
    for argv in (["classify", "--encoding", "utf-16"], ["explain", "-", "--encoding", "UTF16"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(texts.encode("utf-16-le"))))
        status, _, err = run(capsys, *argv)
        assert status == 2 and err.count("\n") == 1 and "Traceback" not in err, err
        # Python's words: "UTF-16 stream does not start with BOM", "Stream does not …" since 3.13
        told = r"stream does not start with BOM; name its byte order: utf-16-le or utf-16-be\)"
        assert re.search(told, err, re.IGNORECASE), err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(texts.encode("utf-16-le"))))
    assert run(capsys, "classify", "--encoding", "utf-16-le")[:2] == (0, "unity\nnone\n")


def test_classify_of_a_pipe_fed_slowly_answers_each_line_as_it_comes():
    # Kept as stdin is now read a piece at a time: `tail -f log | stance classify`.
    import subprocess

    process = subprocess.Popen([sys.executable, "-m", "stance", "classify"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for line, label in [(b"NATO must stand together.\n", b"unity\n"), (b"Thank you.\n", b"none\n")]:
            process.stdin.write(line)
            process.stdin.flush()
            assert process.stdout.readline() == label  # answered before the next line is written
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert process.returncode == 0, process.stderr.read().decode()


def test_document_reads_stdin_and_pipes_and_says_why_a_table_cannot_come_from_one(capsys, tmp_path, monkeypatch):
    import io
    import os

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We stand together.\n")))
    status, out, _ = run(capsys, "document", "-", "--json")
    assert status == 0 and json.loads(out)["sentences"][0]["text"] == "We stand together."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    status, out, _ = run(capsys, "document", "-")
    assert status == 0 and out == "(no statements)\n"  # not pandas' "Empty DataFrame" (the ninth audit)
    fifo = tmp_path / "in.csv"
    os.mkfifo(fifo)
    status, _, err = run(capsys, "score", str(fifo), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "not a regular file" in err
    status, _, err = run(capsys, "score", str(tmp_path / "absent.csv"), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "not found" in err


def test_info_gives_what_a_deployment_pins(capsys):
    status, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert status == 0
    assert {"numpy", "scipy", "scikit-learn", "pandas", "nltk", "joblib", "python", "stance"} <= set(info["versions"])
    assert len(info["saved"]["parameters_sha256"]) == 64 and info["saved"]["path"].endswith("default")
    bundled = Path(stance.__file__).resolve().parent.parent / "models" / "default" / "metadata.json"
    # 17 since the bundled model was trained with the names option (16 since lookalikes, 14
    # before, 8 to 13 before that)
    if bundled.exists():  # a checkout; installed, the package holds it elsewhere
        assert info["saved"]["format_version"] == json.loads(bundled.read_text())["format_version"] == 17
    else:
        assert info["saved"]["format_version"] == 17


def test_info_lists_the_versions_saved_with_in_the_order_of_this_processs(capsys):
    # An audit by a pipeline engineer: `versions` listed stance, python, numpy, scipy, scikit-learn, …
    # and `saved.versions` stance, scikit-learn, scipy, numpy, python (metadata.json's order), so
    # the two lines of `stance info` read against each other in different orders.
    status, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert status == 0
    assert list(info["versions"]) == ["stance", "python", "numpy", "scipy", "scikit-learn", "pandas", "nltk", "joblib"]
    metadata = json.loads((Path(info["saved"]["path"]) / "metadata.json").read_text())
    assert set(info["saved"]["versions"]) == set(metadata["versions"])  # the same libraries, as recorded
    assert list(info["saved"]["versions"]) == [name for name in info["versions"] if name in metadata["versions"]]
    status, out, _ = run(capsys, "info")
    lines = {line.split(":")[0]: line.split(":", 1)[1].split(", ") for line in out.splitlines()
             if line.startswith(("versions:", "saved with:"))}
    assert [entry.split()[0] for entry in lines["saved with"]] == list(info["saved"]["versions"])


def test_score_refuses_to_overwrite_its_input(capsys, tmp_path):
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We stand together."]}).to_csv(source, index=False)
    before = source.read_bytes()
    status, _, err = run(capsys, "score", str(source), "-o", str(source))
    assert status == 2 and "is the input file" in err and source.read_bytes() == before


def test_a_prediction_built_by_hand_renders():
    from stance import Prediction

    html = Prediction("unity", ("unity",), "favor", {"unity": 0.9, "none": 0.1}, 0.9)._repr_html_()
    assert "<b><bdi>unity</bdi></b>" in html


def test_a_missing_column_and_the_one_offered_are_written_as_the_command_line_types_them(capsys, tmp_path):
    # A review: the error quoted "--text-column='my text'" and offered "(--text-column='body')", the library's
    # keyword arguments with a flag's name; a command line reads "--text-column 'my text'" and "--text-column
    # body", and the flag offered, pasted, works. A column's own name that looks like an argument is its own.
    source = tmp_path / "votes.csv"
    source.write_text("id,body,text_column='x'\n1,We stand with Ukraine and our Allies today.,a\n", encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"), "--text-column", "my text")
    assert status == 2 and err.startswith("stance score: --text-column 'my text': no such column; columns present: "
                                          "['id', 'body', \"text_column='x'\"]"), err
    offered = re.search(r"\((--text-column [^)]*)\)$", err.strip())
    assert offered and offered[1] == "--text-column body", err
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"), *shlex.split(offered[1]))[0] == 0


def test_a_quoted_text_of_the_users_own_after_an_argument_is_no_traceback(capsys, tmp_path):
    # A review of 6ff10501: --option "negation_words=[by='\x']", echoed in the refusal, was read as Python's
    # repr of by= to write it as the flag is typed, and "'\x'" is no Python string: a SyntaxError's traceback
    # ("truncated \xXX escape") stood where the refusal was. The user's words are kept as they typed them.
    data = tmp_path / "g.csv"
    data.write_text("text,labels\nWe stand with Ukraine.,ukraine_support\n", encoding="utf-8")
    for typed in ("[by='\\x']", "[text_column='\\N']"):
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--option",
                             f"negation_words={typed}")
        assert status == 2 and "it opens with [ but is not a JSON list" in err, err
        assert typed.split("=")[1] in err and "Traceback" not in err, err


def test_a_sep_given_for_a_tsv_pool_and_a_csv_exclude_file_is_told_to_be_left_out(capsys, tmp_path, monkeypatch):
    # A review: --sep reads the pool and its --exclude files alike. A .tsv pool given --sep tab beside a .csv of
    # commas was told "give --sep ," for the .csv, which then refused the .tsv ("a .tsv file is read with
    # tabs"): no one --sep reads both, and without one each file's separator is found. One --sep stays (--help
    # and the README say it reads the --exclude files too); the advice is now the way that works.
    monkeypatch.chdir(tmp_path)
    Path("pool.tsv").write_text("text\tid\nNATO must stay united.\t1\nSend more tanks to Ukraine.\t2\n"
                                "Reinforce the Baltic states.\t3\n", encoding="utf-8")
    Path("done.csv").write_text("text,labels\nNATO must stay united.,unity\n", encoding="utf-8")
    argv = ["suggest", "pool.tsv", "--exclude", "done.csv", "-n", "5", "--max-similarity", "none", "-o", "next.csv"]
    status, _, err = run(capsys, *argv, "--sep", "tab")
    assert status == 2 and "give --sep" not in err, err
    assert ("the file is separated by ','; --sep tab reads every .csv file of the command (--exclude's too): leave "
            "--sep out, so that each file's separator is found from it") in err, err
    assert run(capsys, *argv)[0] == 0
    assert sorted(pd.read_csv("next.csv")["text"]) == ["Reinforce the Baltic states.", "Send more tanks to Ukraine."]
    with pytest.raises(SystemExit):
        main(["suggest", "--help"])
    assert "suggest's --exclude files too" in " ".join(capsys.readouterr().out.split())


def test_a_missing_column_is_named_by_its_flag_on_every_command(capsys, tmp_path):
    # stance score (which reads in chunks) still named text_column= (the training audit).
    source = tmp_path / "in.csv"
    source.write_text("body,labels\nWind.,wind\n")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and "--text-column text: no such column" in err and "text_column=" not in err


def test_warnings_reach_the_terminal_as_one_line(capsys, tmp_path):
    gold = tmp_path / "gold.csv"
    frame = pd.DataFrame({"text": ["We stand together.", "Thank you."], "labels": ["unity", "weather"]})
    frame.to_csv(gold, index=False)
    status, _, err = run(capsys, "evaluate", str(gold))
    assert status == 0
    warning_lines = [line for line in err.splitlines() if "warning" in line]
    assert warning_lines == [line for line in err.splitlines() if line.strip()]  # nothing but a line each
    # named by the flag, not the library's argument (labels_column=), which the terminal never saw;
    # then that 1 of 2 is no better than always guessing 'unity' (the report's baseline)
    assert len(warning_lines) == 2 and warning_lines[0].startswith("stance evaluate: warning: --labels-column ")
    assert warning_lines[1].startswith("stance evaluate: warning: the model put a gold label first for 50% of the "
                                       "rows, no better than always guessing the commonest label ('unity', 50%)")


def _long_text_table(path):
    # The audit's file: a statement, then a text of 6,900 characters (a LongTextWarning).
    pd.DataFrame({"id": [1, 2], "text": ["NATO is strong.", "We stand with Ukraine. " * 300]}).to_csv(path, index=False)


@pytest.mark.parametrize("flags, said", [
    ((), "row 1 holds a text of 6,900 characters"),
    (("--text-column", "id"), "--text-column id holds figures written as text"),
])
def test_a_stance_warning_raised_as_an_error_is_a_line_and_exit_2(capsys, tmp_path, flags, said):
    # A 200k-sentence audit: under PYTHONWARNINGS=error a warning about the input was a
    # 40-line traceback and exit 1, the machine's failure; it is the input's, a line and 2.
    source, out = tmp_path / "lt.csv", tmp_path / "lt_out.csv"
    _long_text_table(source)
    out.write_text("kept\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status, printed, err = run(capsys, "score", str(source), "-o", str(out), *flags)
    assert (status, printed) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith("stance score: "), err
    assert said in err and "raised as an error by the warnings filter (PYTHONWARNINGS or -W)" in err
    assert out.read_text() == "kept\n"  # an output already there stays as it was


def test_a_warning_not_stance_s_raised_as_an_error_is_not_told_as_one(capsys, monkeypatch, tmp_path):
    # Only the library's warnings are the input's to fix: a library's DeprecationWarning made an
    # error is not the call's doing, and is left to propagate.
    from stance import cli

    def deprecated(args):
        warnings.warn("old", DeprecationWarning, stacklevel=2)
        return 0

    monkeypatch.setitem(cli.COMMANDS, "score", deprecated)
    source = tmp_path / "lt.csv"
    _long_text_table(source)
    with warnings.catch_warnings(), pytest.raises(DeprecationWarning, match="old"):
        warnings.simplefilter("error")
        main(["score", str(source), "-o", str(tmp_path / "out.csv")])


def test_pythonwarnings_error_makes_a_stance_warning_exit_2_in_one_line(tmp_path):
    import subprocess

    _long_text_table(tmp_path / "lt.csv")
    done = subprocess.run([sys.executable, "-m", "stance", "score", "lt.csv", "-o", "lt_out.csv"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "error"})
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("stance score: warning raised as an error by the warnings filter") and \
        len(done.stderr.splitlines()) == 1, done.stderr
    assert not (tmp_path / "lt_out.csv").exists()


def test_an_option_in_the_wrong_case_is_named(capsys, tmp_path, energy_frame):
    # An instructor's audit: "--option c=10" listed the valid options but did not point at C.
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--option", "c=10")
    assert status == 2 and "unknown training option(s) c (did you mean --option C?)" in err
    with pytest.raises(stance.InvalidInputError, match=r"unknown training option\(s\) \['c'\].*did you mean 'C'\?"):
        stance.train(energy_frame, c=10)

@pytest.mark.parametrize("command", ["train", "check"])
def test_an_option_named_by_its_beginning_is_named(capsys, tmp_path, energy_frame, command):
    # A newcomer's audit: "--option ngram=3" listed the 27 valid options but named none, where
    # ngram_max is the one option it begins (a misspelling was named, a beginning was not).
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    output = str(tmp_path / ("m" if command == "train" else "m.csv"))
    status, _, err = run(capsys, command, str(data), "-o", output, "--option", "ngram=3")
    assert status == 2 and err.startswith(f"stance {command}: unknown training option(s) ngram "
                                          f"(did you mean --option ngram_max?); valid options: ngram_max, ")
    with pytest.raises(stance.InvalidInputError, match=r"\['ngram'\] \(did you mean 'ngram_max'\?\)"):
        stance.train(energy_frame, ngram=3)
    # A beginning several options share names none of them by it.
    assert "did you mean" not in run(capsys, command, str(data), "-o", output, "--option", "max=3")[2]
    assert not Path(output).exists()


@pytest.mark.parametrize("given, said", [
    ("target_head=sofmax", "--option target_head must be 'ovr' or 'softmax', got 'sofmax' "
                           "(did you mean --option target_head=softmax?)"),
    ("negation=fals", "--option negation must be true or false, got 'fals' (did you mean --option negation=false?)"),
    ("links=Treu", "--option links must be true or false, got 'Treu' (did you mean --option links=true?)"),
    ("class_weight=balance", "got 'balance' (did you mean --option class_weight=balanced?)"),
    ("stem=germna", "--option stem must be true, false or a Snowball language name, got 'germna' "
                    "(did you mean --option stem=german?); the languages are "),
    ("negation_words=polsih", "got 'polsih' (did you mean --option negation_words=polish?); the languages are "),
])
def test_an_option_value_near_one_it_takes_is_told_that_one(capsys, tmp_path, given, said):
    # A newcomer's audit: "--option target_head=sofmax" and the other options of a fixed set of
    # values listed what they take but named none, where a mistyped flag is answered "did you
    # mean …?". Refused before the data is read, so none is given.
    status, out, err = run(capsys, "train", str(tmp_path / "none.csv"), "-o", str(tmp_path / "m"), "--option", given)
    assert (status, out) == (2, "") and err.startswith("stance train: --option ") and said in err, err
    name, _, value = given.partition("=")
    with pytest.raises(stance.InvalidInputError, match=r"\(did you mean [a-z_]+=('[a-z]+'|True|False)\?\)"):
        stance.StanceModel(**{name: value})._check_options()
    # A value near none of them is told what it takes alone.
    assert "did you mean" not in run(capsys, "train", str(tmp_path / "none.csv"), "-o", str(tmp_path / "m"),
                                     "--option", f"{name}=xyz")[2]


@pytest.mark.parametrize("given, meant", [
    ("stem=deutsch", "--option stem=german"), ("negation_words=Deutsch", "--option negation_words=german"),
    ("stem=bulgarian", None), ("stem=croatian", None), ("negation_words=armenian", None),
    ("negation_words=nor", None), ("stem=germna", "--option stem=german"),
])
def test_a_language_option_names_no_other_language(capsys, tmp_path, given, meant):
    # A review of d28da8b6: "stem=deutsch" (German, in German) was asked "did you mean
    # --option stem=dutch?", "bulgarian" offered hungarian, "croatian" and "armenian" romanian
    # (names alike by their endings), and negation_words=nor, an English negation word given
    # alone, "did you mean --option negation_words=norwegian?".
    err = run(capsys, "train", str(tmp_path / "none.csv"), "-o", str(tmp_path / "m"), "--option", given)[2]
    assert err.startswith("stance train: --option ") and "the languages are" in err, err
    assert (f"(did you mean {meant}?)" in err) if meant else ("did you mean" not in err), err
    name, _, value = given.partition("=")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.StanceModel(**{name: value})._check_options()
    assert (f"(did you mean {name}='german'?)" in str(refused.value)) if meant else (
        "did you mean" not in str(refused.value))


def test_train_takes_model_options(capsys, tmp_path, energy_frame):
    # A grid search's best options could not be used from the command line (the tenth audit).
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--option", "C=3",
                         "--option", "ngram_max=1", "--option", "min_df=None")
    assert status == 0, err
    options = stance.load(tmp_path / "m").get_params()
    assert (options["C"], options["ngram_max"], options["min_df"]) == (3, 1, None)
    assert stance.load(tmp_path / "m").params_.vocabulary == stance.train(
        energy_frame, stance_column="stance", C=3, ngram_max=1).params_.vocabulary
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "x"), "--option", "Cee=3")
    assert status == 2 and "unknown training option(s) Cee; valid options: ngram_max, " in err
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "x"), "--option", "C")
    assert status == 2 and "expected NAME=VALUE" in err
    # A dict option could not be given: every value was read as text (the training audit).
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "w"), "--option",
                         'class_weight={"0": 1, "1": 5}', "--option", 'stance_class_weight={"favor": 1, "against": 2}')
    assert status == 0, err
    weights = stance.load(tmp_path / "w").get_params()
    assert (weights["class_weight"], weights["stance_class_weight"]) == ({0: 1, 1: 5}, {"favor": 1, "against": 2})
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "x"), "--option", "class_weight={0: 1}")
    assert status == 2 and "is not a JSON object" in err
    for name, flag in [("none_label", "--none-label"), ("text_column", "--text-column")]:
        # train() got the name twice: a TypeError traceback
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "x"), "--option", f"{name}=x")
        assert status == 2 and f"pass {flag} instead" in err
    assert not (tmp_path / "x").exists()


def test_parquet_without_its_engine_names_the_extra(capsys, tmp_path, monkeypatch):
    # The core install reads Parquet only with pyarrow; pandas' own message named no extra.
    import importlib.util

    pd.DataFrame({"text": ["We stand together."]}).to_parquet(tmp_path / "in.parquet")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("pyarrow", "fastparquet") else real(name, *a))
    with pytest.raises(stance.MissingDependencyError, match=r'pip install "pyarrow>=14"'):
        stance.score(str(tmp_path / "in.parquet"))
    status, _, err = run(capsys, "score", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.csv"))
    assert status == 2 and 'pip install "pyarrow>=14"' in err and not (tmp_path / "out.csv").exists()


def _extras_in_pyproject() -> dict[str, list[str]]:
    """pyproject.toml's optional dependencies, extra → its requirements (read as text: the
    Python 3.10 this supports has no tomllib)."""
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[project\.optional-dependencies\]\n(.*?)(?=^\[)", pyproject, flags=re.M | re.S)[1]
    return {name: re.findall(r'"([^"]+)"', listed)
            for name, listed in re.findall(r"^(\w+) = \[(.*?)\]$", section, flags=re.M | re.S)}


def _pip_line(message: str) -> list[str]:
    """The packages a message's first `pip install …` names, as the shell would pass them."""
    return shlex.split(re.search(r'pip install ((?:"[^"]*" ?)+)', message)[1])


def test_a_missing_extras_advice_names_its_packages_not_another_projects_stance(capsys, tmp_path, monkeypatch):
    # A technical editor's audit: the package index's `stance` is an unrelated project
    # (1.0-1.2; ours is not published), so `pip install "stance[dask]"` in the advice fetched
    # it. The advice names the extra's own packages, with pyproject.toml's version floors.
    import importlib.util

    from stance import plotting

    extras = _extras_in_pyproject()
    assert {"plot", "parquet", "dask"} <= set(extras)
    messages: dict[str, list[str]] = {"plot": [], "parquet": [], "dask": []}
    real = importlib.util.find_spec
    missing = {"pyarrow", "fastparquet", "matplotlib"}
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in missing else real(name, *a))
    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "in.csv", index=False)
    pd.DataFrame({"text": ["We stand together."]}).to_parquet(tmp_path / "in.parquet")
    (tmp_path / "speech.txt").write_text("We stand together.\n", encoding="utf-8")
    for call in (lambda: stance.score(str(tmp_path / "in.parquet")),
                 lambda: stance.score_file(tmp_path / "in.csv", tmp_path / "out.parquet")):
        with pytest.raises(stance.MissingDependencyError) as error:
            call()
        messages["parquet"].append(str(error.value))
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(tmp_path / "p.png"))
    assert status == 2
    messages["plot"].append(err)
    for name in ("matplotlib", "matplotlib.pyplot"):
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now raises ImportError
    with pytest.raises(stance.MissingDependencyError) as error:
        plotting._pyplot()
    messages["plot"].append(str(error.value))
    for name in ("dask", "dask.dataframe", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    from stance import distributed

    for call in (distributed.require_dask, distributed.require_distributed):
        with pytest.raises(stance.MissingDependencyError) as error:
            call()
        messages["dask"].append(str(error.value))
    for extra, said in messages.items():
        for message in said:
            assert "stance[" not in message, message
            assert _pip_line(message) == extras[extra], message


def test_explain_gives_rows_that_add_up_to_each_answer(capsys):
    import math

    status, out, _ = run(capsys, "explain", "Send tanks to Kyiv.", "Bring the brigade home.", "--json", "-n", "3")
    assert status == 0
    for line in out.splitlines():
        record = json.loads(line)
        prediction = stance.classify(record["text"])
        totals: dict[str, float] = {}
        for row in record["contributions"]:
            totals[row["explains"]] = totals.get(row["explains"], 0.0) + row["contribution"]
        label_p = prediction.scores[prediction.label]
        stance_p = prediction.stance_scores[prediction.stance]
        assert math.isclose(totals[f"label: {prediction.label}"], math.log(label_p / (1 - label_p)), abs_tol=1e-6)
        assert math.isclose(totals[f"stance: {prediction.stance}"], math.log(stance_p / (1 - stance_p)), abs_tol=1e-6)
        # -n 3: three n-grams per head, then the rest summed, then the baseline
        assert sum(row["explains"] == f"label: {prediction.label}" for row in record["contributions"]) == 5


def test_classify_and_explain_warn_of_a_sentence_given_unquoted(capsys):
    # `stance classify We stand together` printed three labels, deterrence for "We", with no
    # word of why: the shell gave each word as a statement.
    status, out, err = run(capsys, "classify", "We", "stand", "together")
    assert status == 0 and len(out.splitlines()) == 3  # still answered, each on its own
    assert err.startswith("stance classify: warning: each of the 3 statements given is one word"), err
    assert "quote it: stance classify 'We stand together'" in err and len(err.splitlines()) == 1
    status, out, err = run(capsys, "explain", "-n", "1", "Send", "tanks")
    assert status == 0 and "quote it: stance explain 'Send tanks'" in err, err
    # Words word-split from untrusted text (`stance classify $(cat f)`): the example quoted
    # them for the shell, but their escapes reached the terminal raw (an audit).
    for words in (["a\x1b]0;pwned\x07b", "\x1b[2J"], ["x\u202ey", "z"], ["x\u200fy", "z"]):
        status, out, err = run(capsys, "classify", *words)
        assert status == 0 and err.endswith('quote it: stance classify "…"\n'), err
        assert not RAW_FOR_A_TERMINAL.search(err.rstrip("\n")), err
    # A sentence quoted, one word alone, or a word beside a sentence is no such mistake.
    # Nor are statements each quoted whole: one-word answers, each ending its sentence, and
    # sentences of a script written without spaces, each one "word" to str.split().
    for argv in (["We stand together."], ["No."], ["No.", "We stand together."], ["Yes.", "No.", "Maybe"],
                 ["北约必须团结一致。", "我们支持乌克兰"], ["NATOは団結している。", "ウクライナを支援する"],
                 ["นาโต้ต้องสามัคคี", "เราสนับสนุนยูเครน"]):
        status, _, err = run(capsys, "classify", *argv)
        assert (status, err) == (0, ""), argv


def test_classify_and_explain_warn_of_a_files_name_given_as_the_statement(capsys, tmp_path, monkeypatch):
    # A journalist's audit: `stance classify speech.txt` printed "none" and `stance explain
    # speech.txt` explained the word "speech", with no word that the file was never read, where
    # stance.score_document("speech.txt") warns of it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "speech.txt").write_text("We stand with Ukraine.\n", encoding="utf-8")
    (tmp_path / "notes").write_text("We stand with Ukraine.\n", encoding="utf-8")
    status, out, err = run(capsys, "classify", "speech.txt")
    assert (status, out) == (0, "none\n")  # still answered, as the text given
    assert err == ("stance classify: warning: 'speech.txt' is a file here, and is classified as the "
                   "text itself; to read the file, stance document speech.txt (a speech or article)\n")
    status, out, err = run(capsys, "explain", "-n", "1", "notes")  # a file here, whatever its name
    assert status == 0 and out.startswith("notes\nlabels: ")
    assert err.startswith("stance explain: warning: 'notes' is a file here, and is explained as the text itself; "
                          "to read the file, stance document notes "), err
    status, out, err = run(capsys, "classify", "votes.csv", "We stand together.")  # a table's name, no such file
    assert status == 0 and len(out.splitlines()) == 2
    assert err == ("stance classify: warning: 'votes.csv' looks like a file's name, and is classified as the text "
                   "itself; to read the file, stance score votes.csv -o scored.csv (a table of statements, one a "
                   "row)\n")
    (tmp_path / "my speech.txt").write_text("We stand with Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "classify", "--json", "my speech.txt")  # quoted for the shell in the advice
    assert status == 0 and "'my speech.txt' is a file here" in err and "stance document 'my speech.txt' " in err
    status, _, err = run(capsys, "explain", "--json", "report.md")  # a document's name, no such file
    assert status == 0 and err.startswith("stance explain: warning: 'report.md' looks like a file's name, and is "
                                          "explained as the text itself; to read the file, stance document "), err
    # Ordinary statements, a full stop and all, are no file's name.
    for argv in (["NATO is strong."], ["Yes."], ["We stand together.", "No."], ["speech.txt is long"]):
        status, _, err = run(capsys, "classify", *argv)
        assert (status, err) == (0, ""), argv
    # A review: two files are no sentence's words to quote; a name opening with "-" is given as
    # "./-h.txt" (as "-h.txt" it is a flag), and "~/" is left unquoted for the shell to expand.
    (tmp_path / "-h.txt").write_text("We stand with Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "classify", "speech.txt", "notes")
    assert status == 0 and "quote it" not in err and err.count("is a file here") == 2, err
    status, _, err = run(capsys, "classify", "--", "-h.txt")
    assert status == 0 and "stance document ./-h.txt (a speech or article)" in err, err
    status, _, err = run(capsys, "classify", "~/speech.txt")
    assert status == 0 and "stance document ~/speech.txt (a speech or article)" in err, err


def test_classify_warns_of_a_windows_path_given_as_the_statement(capsys, monkeypatch, tmp_path):
    # A Windows analyst's audit: a file's path from Explorer, spaces and all, was classified as a
    # statement without a word, where a name without spaces is warned of.
    monkeypatch.chdir(tmp_path)
    for path in (r"C:\Users\Ana Lopes\OneDrive - Ministry\notes.txt", r"\\server\share\Q2 votes.csv"):
        status, out, err = run(capsys, "classify", path)
        assert status == 0 and len(out.splitlines()) == 1  # still answered, as the text given
        assert err.startswith(f"stance classify: warning: {path!r} looks like a file's Windows path, and is "
                              f"classified as the text itself; to read the file, "), err
        offered = f"stance score {shlex.quote(path)} -o scored.csv (a table of statements"
        assert path.endswith(".txt") or offered in err, err
        monkeypatch.setattr("sys.stdin", io.StringIO(f"NATO is strong.\n{path}\n"))
        assert "line 2 of stdin" in run(capsys, "classify", "-")[2]
    assert "stance document 'C:\\Users\\Ana Lopes\\OneDrive - Ministry\\notes.txt' (a speech" in run(
        capsys, "classify", r"C:\Users\Ana Lopes\OneDrive - Ministry\notes.txt")[2]
    # A statement that names a path among its words is a statement.
    for text in (r"We saved it in C:\Users\Ana Lopes\notes.txt", r"C:\Users\Ana Lopes\notes.txt is lost.",
                 r"C:\Users\Ana Lopes\notes.txt, read it?", "NATO: 5% of GDP.",
                 # a sentence opening with a drive or share and ending in a file's name (a review)
                 r"C:\ is full, so delete old.csv", r"C:\Program Files is bloated; the budget is in budget.xlsx",
                 r"\\server\share is down again and nobody can open minutes.docx", r"C:\ is full so delete old.csv",
                 r"D:\Backups\2023 NATO summit notes.docx is where our stance on Ukraine was written, see minutes.txt"):
        assert run(capsys, "classify", text)[2] == "", text


def test_one_more_file_name_on_stdin_is_counted_in_the_singular(capsys, monkeypatch, tmp_path):
    # Four names on stdin, three warned of: the count said "1 more lines of stdin are files".
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO("a.csv\nb.md\nc.pdf\nd.txt\n"))
    status, _out, err = run(capsys, "classify", "-")
    assert status == 0 and err.splitlines()[-1] == (
        "stance classify: warning: 1 more line of stdin is a file or a file's name, classified as the text "
        "itself (line 4)")


def test_file_names_on_stdin_are_warned_of_a_few_then_counted(capsys, monkeypatch, tmp_path):
    # `echo speech.txt | stance classify -` answered the name as a statement, without the warning
    # an argument gets; `ls | stance classify` of a folder warns of three and counts the rest.
    monkeypatch.chdir(tmp_path)
    for name in ("notes", "my speech.docx"):
        (tmp_path / name).write_text("We stand with Ukraine.\n", encoding="utf-8")
    lines = ["We stand together.", "speech.txt", "notes", "my speech.docx", "the plan.", "a.csv", "b.md", "c.pdf",
             "d.txt", "e.json", "f.odt", "g.xlsx", "Read the speech.txt today."]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    status, out, err = run(capsys, "classify", "-")
    assert status == 0 and len(out.splitlines()) == len(lines)  # each still answered, as the text given
    assert err.splitlines() == [
        "stance classify: warning: line 2 of stdin, 'speech.txt', looks like a file's name, and is classified as the "
        "text itself; to read the file, stance document speech.txt (a speech or article)",
        "stance classify: warning: line 3 of stdin, 'notes', is a file here, and is classified as the text itself; "
        "to read the file, stance document notes (a speech or article)",
        "stance classify: warning: line 4 of stdin, 'my speech.docx', is a file here, and is classified "
        "as the text itself; to read the file, stance document 'my speech.docx' (a speech or article)",
        "stance classify: warning: 7 more lines of stdin are files or files' names, each classified as the text "
        "itself (lines 6, 7, 8, 9, 10, …)"]
    monkeypatch.setattr("sys.stdin", io.StringIO("report.md\nNATO is strong.\n"))
    status, out, err = run(capsys, "explain", "-n", "1", "-")
    assert status == 0 and err.startswith("stance explain: warning: line 1 of stdin, 'report.md', looks like a "
                                          "file's name, and is explained as the text itself; "), err
    monkeypatch.setattr("sys.stdin", io.StringIO("We stand together.\nNo.\nspeech.txt is long\n"))
    assert run(capsys, "classify", "-")[2] == ""  # statements, a full stop and all, are no file's name


def test_classify_of_an_empty_pipe_prints_nothing_and_succeeds(capsys, monkeypatch):
    # `grep … | stance classify` where grep matched nothing exited 2, stopping the pipeline: zero
    # lines in are zero lines out, as stance score of a headers-only file writes headers only.
    for argv in (["classify"], ["classify", "--json"], ["classify", "-"], ["classify", "--details"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
        status, out, err = run(capsys, *argv)
        assert (status, out, err) == (0, "", "stance classify: no statements on stdin\n"), argv

    class Terminal(io.TextIOWrapper):
        def isatty(self):
            return True

    # On a terminal, no statement given is still a usage slip: with nothing, before reading; with
    # "-", when the input ends at once (Ctrl-D).
    monkeypatch.setattr("sys.stdin", Terminal(io.BytesIO(b"")))
    status, out, err = run(capsys, "classify")
    assert (status, out) == (2, "") and "give statements as arguments or pipe lines on stdin" in err, err
    status, out, err = run(capsys, "classify", "-")
    assert (status, out) == (2, "") and "no statements on stdin; give statements" in err, err
    # From /dev/null (a cron job, ssh or docker without a terminal), whose statements were
    # forgotten: a usage slip too, not an empty batch that passes silently.
    with open(os.devnull, encoding="utf-8") as null:
        monkeypatch.setattr("sys.stdin", null)
        status, out, err = run(capsys, "classify")
    assert (status, out) == (2, "") and "no statements on stdin; give statements" in err, err


# What stance explain prints once under its last table: what the numbers and the features are.
LEGEND = f"\n{CONTRIBUTION_LEGEND}\n"


def test_explain_prints_a_legend_under_its_tables_and_in_its_help(capsys):
    # A journalist's audit: stance explain "Deterrence must be credible." showed "deterr 2.153"
    # and "START_deterr -2.151" with nothing saying that the numbers are log-odds, that a head's
    # rows add up to them, what the sign means or what START_ and NOT_ are; the notebook's HTML
    # has a caption and a key. A legend is printed once, under the last table.
    status, out, err = run(capsys, "explain", "Deterrence must be credible.", "We will not send tanks.")
    assert status == 0 and err == "" and out.endswith(f"\n{LEGEND}") and out.count(CONTRIBUTION_LEGEND) == 1
    for said in ("in log-odds", "+ towards the row's label (or stance)", "- away from it",
                 "START_x: the statement opens with x", "NOT_x: x is one of the 3 words after a negation",
                 "a head's rows add up to them"):
        assert said in " ".join(CONTRIBUTION_LEGEND.split()), said
    assert "START_deterr" in out and "NOT_send" in out  # the features it names are in the tables above
    # --json is the record, unchanged; a blank text has no table to explain
    status, out, _ = run(capsys, "explain", "--json", "Deterrence must be credible.")
    assert status == 0 and len(out.splitlines()) == 1 and "log-odds" not in out
    status, out, _ = run(capsys, "explain", "   ")
    assert status == 0 and CONTRIBUTION_LEGEND not in out
    with pytest.raises(SystemExit):
        main(["explain", "--help"])
    assert " ".join(CONTRIBUTION_LEGEND.split()) in " ".join(capsys.readouterr().out.split())


def test_explain_reads_statements_from_stdin_given_a_dash(capsys, monkeypatch):
    # `... | stance explain -` explained the text "-" (no known word, the answer of no evidence)
    # and never read the piped lines, where `stance classify -` reads them.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Send tanks to Kyiv.\nNATO is united.\n")))
    status, out, err = run(capsys, "explain", "-n", "2", "-")
    assert status == 0 and err == "", err
    first, second = out.removesuffix(LEGEND).split("\n\n")
    assert first.startswith("Send tanks to Kyiv.\nlabels: ukraine_support") and "Kyiv" in first
    assert second.startswith("NATO is united.\nlabels: unity") and "no_known_words" not in out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"NATO is united.\n")))
    status, out, _ = run(capsys, "explain", "--json", "-")
    assert status == 0 and json.loads(out)["prediction"]["label"] == "unity"
    # As for classify: - is read alone, a pipe of no line explains no line and succeeds (a grep
    # upstream that matched nothing), and a line that is not UTF-8 is named after the lines
    # before it are explained.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    status, out, err = run(capsys, "explain", "-")
    assert (status, out, err) == (0, "", "stance explain: no statements on stdin\n"), err
    # From /dev/null (a job without a terminal, its statements forgotten) it is a usage slip.
    with open(os.devnull, encoding="utf-8") as null:
        monkeypatch.setattr("sys.stdin", null)
        status, out, err = run(capsys, "explain", "-")
    assert (status, out) == (2, "") and "no statements on stdin; give statements" in err, err
    status, _, err = run(capsys, "explain", "We stand together.", "-")
    assert status == 2 and "is read alone" in err, err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"NATO is united.\n\xe9\n")))
    status, out, err = run(capsys, "explain", "-")
    assert status == 2 and out.startswith("NATO is united.\n"), out
    assert "stdin line 2 is not UTF-8" in err and "the 1 line(s) before it are explained above" in err, err


def test_explain_as_text_and_for_a_label_not_given(capsys):
    status, out, _ = run(capsys, "explain", "We will never abandon Ukraine.", "--label", "unity", "-n", "2")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "We will never abandon Ukraine." and lines[1].startswith("labels: ukraine_support (")
    # the label's probability, which the rows explain, then the calibrated confidence
    p = stance.classify("We will never abandon Ukraine.")
    assert f"(probability {p.scores[p.label]:.2f}, confidence {p.confidence:.2f})" in lines[1]
    assert any(line.strip().startswith("label: unity") for line in lines)
    assert not any("label: ukraine_support" in line for line in lines[2:])
    status, _, err = run(capsys, "explain", "x", "--label", "nope")
    assert status == 2 and "label 'nope' is not one of the model's labels" in err
    status, out, _ = run(capsys, "explain", "   ")
    assert status == 0 and "nothing to explain" in out


def test_explain_label_shows_the_numbers_its_rows_add_up_to(capsys):
    # With --label, the header showed only the predicted label's probability and stance
    # (unity 0.54, favor 0.56), which the deterrence rows below do not add up to.
    import math

    text = "We stand united."
    status, out, _ = run(capsys, "explain", text, "--label", "deterrence", "-n", "2", "--json")
    record = json.loads(out)
    totals: dict[str, float] = {}
    for row in record["contributions"]:
        totals[row["explains"]] = totals.get(row["explains"], 0.0) + row["contribution"]
    explained = record["explained"]
    assert status == 0 and explained["label"] == "deterrence"
    assert math.isclose(1 / (1 + math.exp(-totals["label: deterrence"])), explained["probability"], abs_tol=1e-9)
    stance_key = f"stance were deterrence the label: {explained['stance']}"
    assert math.isclose(1 / (1 + math.exp(-totals[stance_key])), explained["stance_probability"], abs_tol=1e-9)
    status, out, _ = run(capsys, "explain", text, "--label", "deterrence", "-n", "2")
    assert (f"explained: deterrence (probability {explained['probability']:.2f}); stance were it the label: "
            f"{explained['stance']} ({explained['stance_probability']:.2f})") in out.splitlines()[2]
    status, out, _ = run(capsys, "explain", text, "--label", "none")
    assert "explained: none (probability" in out and "stance were it the label: -" in out


@pytest.mark.parametrize("options", [{}, {"label": "deterrence", "n": 2}, {"label": "none"}])
def test_explain_json_is_the_librarys_record_of_the_explanation(capsys, default_model, options):
    # The library had no stance explain --json: model.explain's table has no attrs of the
    # prediction or of what --label's rows add up to, and a service parsed the stance out of
    # the "explains" strings or called the private stance_under, which the command used.
    texts = ["We stand united.", "", "12345", "Send tanks to Kyiv, and keep our brigade in Lithuania."]
    argv = [*texts, "--json"] + [f"--{key}={value}" if key == "label" else f"-{key}{value}"
                                 for key, value in options.items()]
    status, out, _ = run(capsys, "explain", *argv)
    printed = [json.loads(line) for line in out.splitlines()]
    records = [default_model.explain_html(text, **options).to_dict() for text in texts]
    assert status == 0 and printed == records
    for text, record in zip(texts, records):  # each part as the library's other calls give it
        prediction = default_model.classify(text)
        assert record["text"] == text and record["prediction"] == prediction.to_dict()
        assert record["contributions"] == default_model.explain(text, **options).to_dict(orient="records")
        assert json.loads(json.dumps(record)) == record  # JSON-ready
        if "label" not in options:
            assert "explained" not in record
            continue
        under = stance.explain.stance_under(default_model, text, options["label"])
        assert record["explained"] == {"label": options["label"], "probability": prediction.scores[options["label"]],
                                       "stance": under and under[0], "stance_probability": under and under[1]}


def test_explain_prints_an_ngram_across_a_line_separator_escaped(capsys):
    # A user audit: "two\u2028Line" of "Line two\u2028Line three" was printed raw in the
    # table, so its row split over two lines; the --json record keeps it as written.
    text = "Line two\u2028Line three"
    status, out, _ = run(capsys, "explain", text)
    rows = out.removesuffix(LEGEND).split("\n")[3:-1]  # below the text, its labels and the table's header
    table = stance.default_model().explain(text)
    assert status == 0 and len(rows) == len(table) and all(len(row.splitlines()) == 1 for row in rows)
    assert sum("two\\u2028Line" in row for row in rows) == 1
    status, out, _ = run(capsys, "explain", text, "--json")
    assert "two\u2028Line" in [row["ngram"] for row in json.loads(out)["contributions"]]


def test_explain_shows_the_probability_each_labels_rows_add_up_to(capsys):
    # A fact-checker's audit: of "ukraine_support|unity|deterrence" the labels line gave the
    # primary label's probability alone (0.87), and the rows of unity and deterrence, which add
    # up to the log-odds of 0.49 each, had no number to be checked against. (The audit's "Unity among allies
    # and …" lost its unity, 0.47, to 0.14.0's model: a statement of three labels for it.)
    text = ("Standing together as allies and strong deterrence are two sides of one coin, and Ukraine must get the "
            "weapons it needs.")
    p = stance.classify(text)
    assert p.labels == ("ukraine_support", "unity", "deterrence")
    status, out, _ = run(capsys, "explain", "-n", "2", text)
    assert status == 0
    assert out.splitlines()[1] == (
        f"labels: ukraine_support|unity|deterrence (probability {p.scores['ukraine_support']:.2f}, confidence "
        f"{p.confidence:.2f}; probability of unity {p.scores['unity']:.2f}, of deterrence "
        f"{p.scores['deterrence']:.2f}); stance: favor (>0.99)")  # a review of 4bbfda3a: "(1.00)" was shown
    assert 0.995 <= p.stance_scores["favor"] < 1  # so ">0.99", short of 1 that rounds to it
    status, out, _ = run(capsys, "explain", "-n", "2", "We have a one-speed NATO.")  # one label: as before
    assert "(probability 0.86, confidence 0.91); stance: favor" in out.splitlines()[1]


def test_explain_says_why_a_statement_is_flagged_as_the_explanation_does(capsys):
    # A fact-checker's audit: stance explain "zxqv blorft" printed "flag: no_known_words" and
    # a lone baseline row, and never why; the README has the explanation's plain text (and
    # stance explain) name the flag and why, as str(model.explain_html(text)) does.
    from stance.explain import flag_reason

    for text, flag in [("zxqv blorft", "no_known_words"), ("zzqx blorf wibble NATO", "many_unknown_words"),
                       ("   ", "empty")]:
        status, out, _ = run(capsys, "explain", "-n", "2", text)
        lines = out.splitlines()
        assert status == 0 and lines[2] == f"flag: {flag}: {flag_reason(flag)}", lines
        assert lines[2] in str(stance.default_model().explain_html(text)).splitlines()
        assert sum(f"flag: {flag}" in line for line in lines) == 1  # named once
    status, out, _ = run(capsys, "explain", "-n", "2", "We stand together with our allies.")
    assert status == 0 and "flag" not in out


def test_explain_prints_the_statement_escaped_on_one_line(capsys):
    # A fact-checker's audit: stance explain printed the statement raw above its labels, so
    # ESC[31m reached the terminal and a line break split the statement over two lines
    # (the second read as the labels' line); classify --details escapes it.
    text = "NATO must stay \x1b[31munited\x1b[0m.\nAnd help Ukraine\u2028now."
    status, out, _ = run(capsys, "explain", "-n", "2", text)
    lines = out.splitlines()
    assert status == 0 and "\x1b" not in out and "\u2028" not in out
    assert lines[0] == "NATO must stay \\x1b[31munited\\x1b[0m.\\nAnd help Ukraine\\u2028now."
    assert lines[1].startswith("labels: ukraine_support (probability")
    status, out, _ = run(capsys, "classify", "--details", text)
    assert out.rstrip("\n").split("\t")[-1] == lines[0]  # as --details writes it


def test_explain_prints_the_statement_it_explains_escaped(capsys, monkeypatch):
    # stance explain printed the statement above its table raw: "We stand\x1b[31m together."
    # turned the terminal red (and "\x1b]0;…\x07" set its title), and "two\u2028Line" split the
    # line, where --details, the table below and every name the command line prints escape them.
    texts = ["We stand\x1b[31m together.\x07", "Line two\u2028Line three\x85end"]
    status, out, _ = run(capsys, "explain", *texts)
    shown = [block.split("\n")[0] for block in out.removesuffix(LEGEND).split("\n\n")]
    assert status == 0 and shown == ["We stand\\x1b[31m together.\\x07", "Line two\\u2028Line three\\x85end"]
    assert not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in out.replace("\n", ""))
    monkeypatch.setattr("sys.stdin", io.StringIO("\x1b[2JNATO is united.\n"))
    status, out, _ = run(capsys, "explain", "-")
    assert status == 0 and out.startswith("\\x1b[2JNATO is united.\n") and "\x1b" not in out
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "`stance explain` also writes the\nstatement above the table so" in readme


def test_document_without_statements_writes_a_table_of_headers(capsys, tmp_path):
    # Without -o a blank document printed "(no statements)" and exited 0; with -o it failed
    # after the scoring with "'blank.txt' has no rows to score".
    source = tmp_path / "blank.txt"
    source.write_text("7\n\nPage 2\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 0 and "(no statements)" in out and "wrote 0 statements" in err
    # and says why, as of one of several documents (from an audit: it was silent)
    assert "warning: text has no statements: all its lines are left out as furniture" in err
    written = pd.read_csv(tmp_path / "out.csv")
    assert written.empty and {"statement", "text", "speaker", "label", "stance"} <= set(written.columns)


def test_document_reads_utf16_and_utf32_with_a_byte_order_mark(capsys, tmp_path):
    # Notepad's "Unicode" (UTF-16 with a byte-order mark) was refused as "not UTF-8 text".
    text = "MODERATOR: Welcome.\r\nQ: Will NATO hold?\r\n"
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        source = tmp_path / f"{codec}.txt"
        data = text.encode(codec)
        source.write_bytes(data if codec != "utf-16-be" else b"\xfe\xff" + data)
        status, out, err = run(capsys, "document", str(source), "--json")
        assert status == 0, err
        rows = json.loads(out)["sentences"]
        assert [(r["speaker"], r["text"]) for r in rows] == [("MODERATOR", "Welcome."), ("Q", "Will NATO hold?")]
    (tmp_path / "cp1252.txt").write_bytes("\u201cNATO\u201d".encode("cp1252"))
    status, _, err = run(capsys, "document", str(tmp_path / "cp1252.txt"))
    assert status == 2 and ("is not UTF-8 text; pass --encoding cp1252, or re-save it as UTF-8, "
                           "e.g. iconv -f cp1252 -t utf-8") in err, err


def test_document_names_the_bad_byte_and_does_not_advise_garbling_a_file_of_mixed_encodings(capsys, tmp_path):
    # An archivist's audit: a file mixing UTF-8 and cp1252 bytes was told "'mixed.txt' is not UTF-8
    # text; re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 …", naming no line or byte (stance
    # score names them), and following the advice turned the valid "déjà" into "dÃ©jÃ".
    source = tmp_path / "mixed.txt"
    source.write_bytes(b"MODERATOR: Welcome, d\xc3\xa9j\xc3\xa0 vu.\n\n"
                       b"RUTTE: The Alliance\x92s unity is our strength.\n")
    status, _, err = run(capsys, "document", str(source))
    assert status == 2 and "mixed.txt' mixes encodings" in err, err
    # The byte's place in its line, from 1, as stance score names it (it was its offset in the file).
    assert "0x92 at line 3, its byte 20" in err and "'’' in cp1252" in err, err
    assert "iconv -f cp1252 -t utf-8" not in err, err
    # cp1252 alone is still told to re-save so, now with the place of its first bad byte
    (tmp_path / "cp1252.txt").write_bytes(b"We agree.\r\nThe Alliance\x92s unity is our strength.\r\n")
    status, _, err = run(capsys, "document", str(tmp_path / "cp1252.txt"))
    assert status == 2 and ("is not UTF-8 text; pass --encoding cp1252, or re-save it as UTF-8, "
                           "e.g. iconv -f cp1252 -t utf-8") in err, err
    assert "the first byte UTF-8 cannot decode is 0x92 at line 2, its byte 13" in err, err
    # A file of GB18030 alone, whose pairs of bytes are now and then valid UTF-8 ("取" is "\xc8\xa1"),
    # was said to mix encodings, "the first is 0xd6 at line 1, byte 0 ('Ц' in cp1251)".
    (tmp_path / "gb.txt").write_bytes("主持人：欢迎各位参加今天的记者会。\n答：NATO取2%为目标。\n".encode("gb18030"))
    status, _, err = run(capsys, "document", str(tmp_path / "gb.txt"))
    assert status == 2 and ("is not UTF-8 text; pass --encoding gb18030, or re-save it as UTF-8, "
                           "e.g. iconv -f gb18030 -t utf-8") in err, err
    assert "mixes" not in err and "0xd6 at line 1, its byte 1" in err, err


def test_document_names_the_cyrillic_encoding_of_a_file_that_is_not_utf8(capsys, tmp_path):
    # A cp1251 transcript was told only "re-save it as UTF-8", from what (a Ukrainian audit).
    source = tmp_path / "rada.txt"
    source.write_bytes("Голова: Ми підтримуємо Україну.\n".encode("cp1251"))
    status, _, err = run(capsys, "document", str(source))
    assert status == 2, err
    assert f"re-save it as UTF-8, e.g. iconv -f cp1251 -t utf-8 {source} > {tmp_path / 'rada.utf8.txt'}" in err, err


def test_document_refuses_utf16_or_utf32_without_a_byte_order_mark(capsys, tmp_path):
    # Read as UTF-8 (its NUL bytes are valid UTF-8), such a file scored as one statement
    # "W\x00e\x00 \x00…", `none`, with exit status 0: a user saw an off-topic speech.
    text = "We stand with Ukraine.\nNATO is united.\n"
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le"):
        source = tmp_path / f"{codec}.txt"
        source.write_bytes(text.encode(codec))
        status, out, err = run(capsys, "document", str(source))
        assert status == 2 and out == ""
        assert "without a byte-order mark" in err and "re-save it as UTF-8" in err
    # a stray NUL in UTF-8 text is no such file: the text is read
    (tmp_path / "nul.txt").write_bytes(b"We stand with Ukraine.\x00\nNATO is united.\n")
    status, out, err = run(capsys, "document", str(tmp_path / "nul.txt"), "--json")
    assert status == 0, err
    assert "NATO is united." in " ".join(row["text"] for row in json.loads(out)["sentences"])


@pytest.mark.parametrize("raw", [b"RUTTE: We stand together.\x00\x00 NATO is strong.\n",
                                 b"We stand\x00\x00 together with NATO.\n",
                                 b"NATO\x00\x00\x00\x00 is strong and united\n"])
def test_a_short_utf8_document_with_stray_nuls_is_read_as_utf8(capsys, tmp_path, monkeypatch, raw):
    # A journalist's audit: two NULs in a 45-byte UTF-8 line made it "UTF-16 little-endian
    # without a byte-order mark", and --encoding utf-16-le, as advised, scored "啒呔㩅圠…" as
    # `none` with exit status 0. Its NULs are no UTF-16's (a quarter of the high halves at least).
    source = tmp_path / "nul.txt"
    source.write_bytes(raw)
    status, out, err = run(capsys, "document", str(source), "--json")
    assert status == 0 and "UTF-16" not in err, err
    texts = " ".join(row["text"] for row in json.loads(out)["sentences"])
    assert "together" in texts or "united" in texts, texts
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status, out, err = run(capsys, "classify", "-")
    assert status == 0 and "UTF-16" not in err, err
    # Read in UTF-16 as the old advice said, it is refused as UTF-8 text, not scored as mojibake (a review
    # of 1a82a9c6, which read it as asked: "啒呔㩅圠…", scored none, exit 0).
    status, out, err = run(capsys, "document", str(source), "--encoding", "utf-16-le")
    assert status == 2 and out == "", out
    assert "is not valid utf-16-le; it is UTF-8 text" in err and "leave --encoding out, which reads UTF-8" in err, err


@pytest.mark.parametrize("text", ["卐橖畔獦牅\n做塃剨条煹\n", "乁乂乃乄久\n佇佈佉佊佋佌\n佐佑佒体\n"])
def test_utf16_chinese_whose_bytes_are_ascii_letters_is_no_utf8_with_stray_nuls(capsys, tmp_path, text):
    # A review of e27137e7: UTF-16-LE Chinese with no mark whose bytes are ASCII letters ("卐橖" is
    # b"PSVj") and several NULs (its line ends) was read as UTF-8 "PSVjTufsEr", and --encoding
    # utf-16-le was refused as "UTF-8 text". Its UTF-8 reading has no space between its letters.
    source = tmp_path / "zh.txt"
    source.write_bytes(text.encode("utf-16-le"))
    status, out, err = run(capsys, "document", str(source))
    assert status == 2 and "UTF-16 little-endian without a byte-order mark" in err, err
    status, out, err = run(capsys, "document", str(source), "--encoding", "utf-16-le", "--json")
    assert status == 0, err
    assert "".join(row["text"] for row in json.loads(out)["sentences"]) == text.replace("\n", ""), out


@pytest.mark.parametrize("raw", [b"x\x1by\x1bz", b"a\tb\x1bc", b"We\x1bstand\x1bwith\x1bUkraine"])
def test_ascii_with_control_bytes_between_letters_is_no_utf16(capsys, tmp_path, monkeypatch, raw):
    # A teacher's audit: valid ASCII with ESC or tab between letters was refused as "UTF-16
    # little-endian without a byte-order mark (a 0 byte beside each ASCII character)", of no 0 byte.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    status, out, err = run(capsys, "classify", "-")
    assert status == 0 and "UTF-16" not in err and out.strip() in stance.default_model().labels, (out, err)
    (tmp_path / "t.txt").write_bytes(raw)
    status, out, err = run(capsys, "document", str(tmp_path / "t.txt"))
    assert status == 0 and "UTF-16" not in err, err


@pytest.mark.parametrize(("text", "codec", "iconv", "sign"), [
    ("Ми підтримуємо Україну. НАТО має бути єдиним.\n", "utf-16-le", "utf-16le", "a byte 0x04 beside each letter"),
    ("我们支持乌克兰。\n北约团结一致。\n", "utf-16-le", "utf-16le", "two bytes for each letter"),
    ("Ми підтримуємо Україну.\nНАТО має бути єдиним.\n", "utf-16-be", "utf-16be", "a byte 0x04 beside each letter"),
    # One line of no ASCII, no line end: no 0 byte at all, or a space's alone (a stray one in
    # UTF-8), but a control byte beside each letter; scored as "!\x04;\x04…", exit status 0.
    ("Слава", "utf-16-le", "utf-16le", "a byte 0x04 beside each letter"),
    ("Слава Україні", "utf-16-le", "utf-16le", "a byte 0x04 beside each letter"),
    ("Ми—підтримуємо—Україну—НАТО—має—бути—єдиним", "utf-16-be", "utf-16be", "a byte 0x04 beside each letter"),
    ("Αθήνα", "utf-16-le", "utf-16le", "a byte 0x03 beside each letter"),
    # Its spaces' and full stop's 0 bytes found it; it was said to have one "beside each ASCII
    # character", of which it has no letter.
    ("Το ΝΑΤΟ είναι ενωμένο.", "utf-16-le", "utf-16le", "a byte 0x03 beside each letter"),
    ("NATO is united.", "utf-16-le", "utf-16le", "a 0 byte beside each ASCII character"),
], ids=["ukrainian", "chinese", "ukrainian-be", "one-word", "one-space", "no-ascii-be", "greek", "greek-line",
        "english"])
def test_document_in_cyrillic_or_cjk_utf16_without_a_mark_is_named_so(capsys, tmp_path, monkeypatch, text, codec,
                                                                      iconv, sign):
    # An audit: Ukrainian in UTF-16 without a mark has a 0 byte for a space or full stop alone,
    # about a tenth of its bytes where a quarter was asked for, decodes as UTF-8, and scored as
    # one statement "\x048\x04 \x00?…", `none`, exit status 0; Chinese was told to re-save
    # from cp1252.
    source = tmp_path / "rada.txt"
    source.write_bytes(text.encode(codec))
    status, out, err = run(capsys, "document", str(source))
    assert status == 2 and out == "", out
    assert (f"'{source}' is not UTF-8: it looks like {'UTF-16 ' + ('little' if codec.endswith('le') else 'big')}"
            f"-endian without a byte-order mark ({sign});" in err), err
    # The reason is true of the file: the bytes it names are beside each letter.
    letters = [c for c in text if c.isalpha()]
    if sign.startswith("a byte 0x"):
        high = int(sign[9:11], 16)
        assert all(c.encode(codec)[1 if codec.endswith("le") else 0] == high for c in letters)
    elif sign.startswith("a 0 byte"):
        assert all(c.isascii() and 0 in c.encode(codec) for c in letters)
    resaved = tmp_path / "rada.utf8.txt"
    assert f"re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 {source} > {resaved}" in err, err
    # The encoding named is the one the file is in.
    assert source.read_bytes().decode(iconv) == text
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode(codec))))
    status, out, err = run(capsys, "document", "-")
    assert status == 2 and out == "", out
    assert f"({sign});" in err, err
    assert "stdin is not UTF-8" in err and f"re-encode the input as UTF-8, e.g. iconv -f {iconv} -t utf-8" in err, err
    # The statements of classify - and explain - were scored as "W\x00e\x00…", `none`, exit status
    # 0: they are refused alike, with the same words.
    for command in ("classify", "explain"):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode(codec))))
        status, out, err = run(capsys, command, "--json", "-")
        assert status == 2 and out == "", out
        assert f"stdin is not UTF-8: it looks like {'UTF-16 ' + ('little' if codec.endswith('le') else 'big')}" in err
        assert f"({sign}); pass --encoding {codec}, or re-encode the input as UTF-8, e.g. iconv -f {iconv} -t utf-8" \
            in err, err
        # and the --encoding named reads it: its lines, as the same lines in UTF-8 give them
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode(codec))))
        status, out, err = run(capsys, command, "--json", "--encoding", codec, "-")
        assert status == 0 and err == "", err
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
        assert run(capsys, command, "--json", "-") == (0, out, "")
        assert [json.loads(line)["text"] for line in out.splitlines() if line.startswith('{"text"')] == \
            text.splitlines(), out


@pytest.mark.parametrize("text", ["Ми підтримуємо Україну.\nНАТО має бути єдиним.\n",
                                  "我们支持乌克兰。\n北约团结一致。\n", "Слава", "Слава Україні",
                                  "Слава Україні.\f\nНАТО має бути єдиним.\f\x1b[0m"],
                         ids=["ukrainian", "chinese", "one-word", "one-line", "page-breaks-and-a-stray-control"])
def test_document_in_utf8_cyrillic_or_cjk_is_read(capsys, tmp_path, monkeypatch, text):
    # The check for UTF-16 without a mark leaves UTF-8 in these scripts alone.
    source = tmp_path / "rada.txt"
    source.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "document", str(source), "--json")
    assert status == 0, err
    read = " ".join(row["text"] for row in json.loads(out)["sentences"])  # Chinese lines are one sentence
    assert all(line in read for line in text.splitlines()), read
    # So do classify - and explain -, each line one statement.
    for command in ("classify", "explain"):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        status, out, err = run(capsys, command, "--json", "-")
        assert status == 0, err
        assert [json.loads(line)["text"] for line in out.splitlines()] == text.rstrip("\n").split("\n")


@pytest.mark.skipif(os.name == "nt", reason="a Windows path is a path there")
def test_a_windows_output_path_is_refused_before_any_work_naming_the_option(capsys, tmp_path, monkeypatch):
    # An analyst's audit: -o 'C:\Users\Olena\out.csv' (a Windows colleague's path) on Linux wrote a
    # file literally named so in the working folder, exit 0; so did --plot, score_file and save.
    monkeypatch.chdir(tmp_path)
    source, document = tmp_path / "in.csv", tmp_path / "x.txt"
    source.write_text("id,text\n1,We stand with Ukraine.\n")
    document.write_text("We stand with Ukraine.\n")
    said = 'is a Windows path, and on this system paths are written with "/"'
    for argv, option in ([["score", str(source), "-o", r"C:\Users\Olena\out.csv"], "-o"],
                         [["document", str(document), "--plot", r"C:\Users\Olena\profile.png"], "--plot"],
                         [["document", str(document), "-o", r"\\server\share\out.csv"], "-o"],
                         [["suggest", str(source), "-o", r"D:\labels\next.csv"], "-o"],
                         [["train", str(source), "-o", r"C:\Users\Olena\model"], "-o"]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and f": {option} '" in err and said in err, err
    with pytest.raises(stance.InvalidInputError, match=f"output_path .* {said}"):
        stance.score_file(source, r"C:\Users\Olena\py_out.csv")
    with pytest.raises(stance.InvalidInputError, match=f"path .* {said}"):
        stance.default_model().save(r"C:\Users\Olena\model")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv", "x.txt"]
    # A name longer than any file's was the system's bare "[Errno 36] File name too long".
    for argv in (["score", str(source), "-o", "y" * 300 + ".csv"],
                 ["document", str(document), "-o", "y" * 300 + ".csv"], ["train", str(source), "-o", "y" * 300]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and ": -o 'yyy" in err and "the name is too long for a file or folder" in err, err
    # A backslash inside a name of this system's is no Windows path.
    status, _, err = run(capsys, "score", str(source), "-o", "a\\b.csv")
    assert status == 0 and (tmp_path / "a\\b.csv").is_file(), err


@pytest.mark.skipif(os.name == "nt", reason="a Windows path is a path there")
def test_a_windows_relative_output_path_is_refused_naming_the_path_of_this_system(capsys, tmp_path, monkeypatch):
    # A Windows analyst's audit: -o '.\scored.csv' on Linux wrote a file named '.\scored.csv' in
    # the working folder, exit 0, where 'C:\...' and '\\server\...' are refused.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    source, document = tmp_path / "in.csv", tmp_path / "x.txt"
    source.write_text("id,text\n1,We stand with Ukraine.\n")
    document.write_text("We stand with Ukraine.\n")
    said = 'is a Windows path, and on this system paths are written with "/"'
    for argv, option, meant in ([["score", str(source), "-o", r".\scored.csv"], "-o", "./scored.csv"],
                                [["document", str(document), "--plot", r"..\out\profile.png"], "--plot",
                                 "../out/profile.png"],
                                [["suggest", str(source), "-o", r".\sub\next.csv"], "-o", "./sub/next.csv"]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and f": {option} '" in err and said in err and f"e.g. {meant!r}" in err, err
    with pytest.raises(stance.InvalidInputError, match=f"output_path .* {said}"):
        stance.score_file(source, r".\py_out.csv")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv", "sub", "x.txt"]
    # A name that holds a backslash elsewhere, or starts with dots, is this system's.
    for name in ("a.\\b.csv", "..b.csv", "...\\c.csv"):
        status, _, err = run(capsys, "score", str(source), "-o", name)
        assert status == 0 and (tmp_path / name).is_file(), err


def test_an_output_that_is_a_folder_is_refused_before_any_scoring(capsys, tmp_path, monkeypatch):
    # Found only by the final rename before, after every row of the input had been scored.
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(source, index=False)
    (tmp_path / "out.csv").mkdir()

    def no_scoring(*args, **kwargs):
        raise AssertionError("scored before the output was checked")

    monkeypatch.setattr("stance.scoring.score_checked", no_scoring)  # what score_file calls a chunk
    status, out, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress")
    assert status == 2 and out == "" and "is a folder, not a file" in err
    assert len(err.strip().splitlines()) == 1
    assert (tmp_path / "out.csv").is_dir() and not any((tmp_path / "out.csv").iterdir())


def test_an_output_that_is_a_link_is_written_where_it_points_and_the_link_kept(capsys, tmp_path):
    # Renamed onto the link before: latest.csv became a plain file, runs/monday.csv kept its old rows.
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": [7], "text": ["We have a one-speed NATO."]}).to_csv(source, index=False)
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "monday.csv").write_text("old\n")
    (tmp_path / "latest.csv").symlink_to(Path("runs") / "monday.csv")
    (tmp_path / "next.csv").symlink_to(tmp_path / "runs" / "tuesday.csv")  # dangling: made where it points
    for link in ("latest.csv", "next.csv"):
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / link), "--no-progress")
        assert status == 0, err
        assert (tmp_path / link).is_symlink()
        assert pd.read_csv(tmp_path / link)[["id", "label"]].values.tolist() == [[7, "unity"]]
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == ["monday.csv", "tuesday.csv"]
    # A link into a folder that does not exist is refused before the work, naming that folder.
    (tmp_path / "lost.csv").symlink_to(tmp_path / "gone" / "x.csv")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "lost.csv"), "--no-progress")
    assert status == 2 and f"in folder {str(tmp_path / 'gone')!r}, which does not exist" in err, err


def test_a_model_output_in_a_symbolic_link_loop_is_refused_in_one_line(capsys, tmp_path, energy_frame, energy_model):
    # model_placement._in_use resolved the path, and pathlib's RuntimeError ("Symlink loop from …")
    # reached the terminal as two tracebacks, exit 1; other commands say the system's words, exit 2.
    import errno

    (tmp_path / "l1").symlink_to("l2")
    (tmp_path / "l2").symlink_to("l1")
    source = tmp_path / "lab.csv"
    energy_frame.to_csv(source, index=False)
    for output in (tmp_path / "l1", tmp_path / "l1" / "m"):
        for overwrite in ([], ["--overwrite"]):
            status, _, err = run(capsys, "train", str(source), "-o", str(output), *overwrite)
            assert (status, err) == (2, f"stance train: cannot write {str(output)!r}: {os.strerror(errno.ELOOP)}\n")
        for overwrite in (False, True):
            with pytest.raises(OSError, match=re.escape(f"cannot write {str(output)!r}: ")) as caught:
                energy_model.save(output, overwrite=overwrite)
            assert caught.value.errno == errno.ELOOP
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l1", "l2", "lab.csv"]


@pytest.mark.parametrize("output", ["loop.csv", "/proc/x.csv"])
def test_an_output_no_file_can_be_made_at_is_refused_before_any_work(capsys, tmp_path, monkeypatch, output):
    # A link in a loop, and /proc (or /sys, or a disk mounted read-only) where root passes every
    # permission check, were found only by the write: check ran its whole cross-validation and
    # score every row first, then exited 2. Each input here fails once read, so a refusal that
    # names the output shows that nothing was read.
    import stance.document

    if output.startswith("/proc") and not os.path.isdir("/proc/self"):
        pytest.skip("no /proc")
    (tmp_path / "loop.csv").symlink_to("loop2.csv")
    (tmp_path / "loop2.csv").symlink_to("loop.csv")
    (tmp_path / "loop.png").symlink_to("loop.csv")
    (tmp_path / "body.csv").write_text("body\nSend tanks.\n")  # no text column
    (tmp_path / "speech.txt").write_text("We stand together.\n")

    def worked(*args, **kwargs):
        raise AssertionError("the document was scored")

    monkeypatch.setattr(stance.document, "score_document", worked)
    monkeypatch.chdir(tmp_path)
    image = output.replace(".csv", ".png")
    for argv, named in ((["score", "body.csv", "--no-progress", "-o", output], output),
                        (["suggest", "body.csv", "-o", output], output),
                        (["check", "body.csv", "-o", output], output),
                        (["document", "speech.txt", "-o", output], output),
                        (["document", "speech.txt", "--plot", image], image)):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, ""), err
        assert repr(named) in err and "column" not in err, err
        assert err.count("\n") == 1 and "Excel" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["body.csv", "loop.csv", "loop.png", "loop2.csv", "speech.txt"]


def test_an_output_in_a_folder_where_files_cannot_be_removed_is_refused_before_any_work(capsys, tmp_path, monkeypatch):
    # A folder where files can be made but not removed (`chattr +a`) passed the trial, whose
    # file was left behind, a '.stance-check-XXXX' a run, and the write failed after the work.
    import errno
    import tempfile

    import stance.document
    from stance.files import interrupts_are_held

    (tmp_path / "speech.txt").write_text("We stand together.\n")
    (tmp_path / "body.csv").write_text("body\nSend tanks.\n")  # no text column: fails once read
    unlink, mkstemp, held = os.unlink, tempfile.mkstemp, []

    def append_only(path, *args, **kwargs):
        if ".stance-check-" in os.fspath(path):
            held.append(interrupts_are_held())  # made and removed as one step, an interrupt held
            raise PermissionError(errno.EPERM, "Operation not permitted", os.fspath(path))
        return unlink(path, *args, **kwargs)

    def worked(*args, **kwargs):
        raise AssertionError("the document was scored")

    monkeypatch.setattr(os, "unlink", append_only)
    monkeypatch.setattr(stance.document, "score_document", worked)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app").mkdir()
    for argv, named in ((["document", "speech.txt", "-o", "app/c.csv"], "app/c.csv"),
                        (["document", "speech.txt", "--plot", "app/c.png"], "app/c.png"),
                        (["score", "body.csv", "--no-progress", "-o", "app/c.csv"], "app/c.csv")):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, ""), err
        assert err.startswith(f"stance {argv[0]}: cannot write {named!r}: folder 'app' ") and "removed" in err, err
        assert err.count("\n") == 1 and "Errno" not in err, err
    assert held == [True, True, True] and mkstemp is tempfile.mkstemp


def test_an_input_or_model_in_a_symbolic_link_loop_is_told_so(capsys, tmp_path, monkeypatch):
    # Told "file not found" (every command) or "does not exist" (--model), as if mistyped: the
    # link is there, and loops.
    import errno

    (tmp_path / "la.csv").symlink_to("lb.csv")
    (tmp_path / "lb.csv").symlink_to("la.csv")
    (tmp_path / "lm").symlink_to("lm")
    monkeypatch.chdir(tmp_path)
    loop = f"symbolic link in a loop ({os.strerror(errno.ELOOP)})"
    for argv in (["score", "la.csv", "-o", "o.csv"], ["train", "la.csv", "-o", "m"], ["check", "la.csv"],
                 ["suggest", "la.csv"], ["evaluate", "la.csv"], ["document", "la.csv"]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and err.startswith(f"stance {argv[0]}: 'la.csv': its path runs through a {loop}"), err
    for argv in (["classify", "x", "--model", "lm"], ["info", "--model", "lm"]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and f"lm': its path runs through a {loop}" in err, err
    with pytest.raises(stance.ModelFormatError, match=re.escape(loop)):
        stance.load(tmp_path / "lm")


def test_an_output_refused_for_want_of_permission_is_told_of_excel_only_where_a_lock_can_be(capsys, tmp_path,
                                                                                            monkeypatch):
    # "/sys/x.csv" (as root, or a folder the write is refused in) was asked whether it is "open in
    # another program, such as Excel": a file that does not exist is open nowhere.
    import errno

    from stance.files import _naming

    denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    (tmp_path / "there.csv").write_text("old\n")
    assert "Excel" in str(_naming(denied, tmp_path / "there.csv"))
    for missing in (tmp_path / "x.csv", Path("/sys/x.csv")):
        named = _naming(denied, missing)
        assert isinstance(named, PermissionError) and named.errno == errno.EACCES
        assert str(named) == f"cannot write {str(missing)!r}: {os.strerror(errno.EACCES)}"
    if os.geteuid() == 0 and os.path.isdir("/sys/kernel"):  # root passes the permission checks there
        status, _, err = run(capsys, "suggest", str(tmp_path / "there.csv"), "-o", "/sys/x.csv")
        assert (status, err) == (2, f"stance suggest: cannot write '/sys/x.csv': {os.strerror(errno.EACCES)}\n")


@pytest.mark.parametrize("command", ["suggest", "check", "document"])
def test_every_output_that_is_the_input_is_refused_and_the_input_kept(capsys, tmp_path, energy_frame, command):
    # score refused it; suggest, check and document wrote their results over the input.
    source = tmp_path / "data.csv"
    energy_frame.to_csv(source, index=False)
    before = source.read_bytes()
    link = tmp_path / "same.csv"
    os.link(source, link)  # the same file by another name
    for output in (str(source), str(link)):
        status, out, err = run(capsys, command, str(source), "-o", output)
        assert status == 2 and out == "" and "is the input file" in err, (output, err)
        assert source.read_bytes() == before


@pytest.mark.parametrize(("command", "given"), [("score", "glob"), ("suggest", "glob"), ("suggest", "folder"),
                                                 ("check", "glob"), ("check", "folder")])
def test_an_output_among_the_files_of_a_glob_or_folder_input_is_refused(capsys, tmp_path, energy_frame, command,
                                                                        given):
    # Only a file named as the input was refused: `stance score "g/*.csv" -o g/a.csv` wrote the
    # scores over a.csv, and `stance check lab -o lab/a.csv` the flagged rows over the labels.
    folder = tmp_path / "g"
    folder.mkdir()
    energy_frame[:30].to_csv(folder / "a.csv", index=False)
    energy_frame[30:].to_csv(folder / "b.csv", index=False)
    before = (folder / "b.csv").read_bytes()
    source = str(folder / "*.csv") if given == "glob" else str(folder)
    quiet = ["--no-progress"] if command == "score" else []
    status, out, err = run(capsys, command, source, "-o", str(folder / "b.csv"), *quiet)
    assert status == 2 and out == "", err
    assert f"output {str(folder / 'b.csv')!r} is the input file {str(folder / 'b.csv')!r}" in err, err
    assert (folder / "b.csv").read_bytes() == before


def test_a_file_of_several_read_in_one_encoding_is_told_to_be_resaved(capsys, tmp_path):
    # An analyst's audit: a cp1250 --exclude file beside a UTF-8 pool was told "pass --encoding
    # cp1250", which garbled the pool and excluded nothing, exit 0.
    pool, done = tmp_path / "pool.csv", tmp_path / "done.csv"
    pool.write_text("id,text\n1,Musimy wspierać Ukrainę już.\n2,We stand with Ukraine.\n", encoding="utf-8")
    done.write_bytes("text,labels\nMusimy wspierać Ukrainę już.,ukraine_support\n".encode("cp1250"))
    advice = (f"re-save it as UTF-8, e.g. iconv -f cp1250 -t utf-8 {done} > {tmp_path / 'done.utf8.csv'} (cp1250 "
              f"is Central European Windows")
    status, _, err = run(capsys, "suggest", str(pool), "--exclude", str(done), "-n", "2")
    assert status == 2 and advice in err and "pass --encoding cp1250, or" not in err, err
    assert err.rstrip().endswith("one --encoding reads UNLABELLED and each --exclude file alike: pass --encoding "
                                 "cp1250 only if they are all in it"), err
    folder = tmp_path / "labelled"
    folder.mkdir()
    (folder / "a.csv").write_text("text,labels\nWe stand with Ukraine.,ukraine_support\n", encoding="utf-8")
    (folder / "b.csv").write_bytes(done.read_bytes())
    status, _, err = run(capsys, "train", str(folder), "-o", str(tmp_path / "model"))
    assert status == 2 and "one --encoding reads every file of the folder" in err, err
    status, _, err = run(capsys, "score", str(done), "-o", str(tmp_path / "out.csv"))  # alone: pass it
    assert status == 2 and "pass --encoding cp1250, or re-save it" in err, err
    document = tmp_path / "d.txt"
    document.write_bytes("Musimy wspierać Ukrainę już.\n".encode("cp1250"))
    (tmp_path / "e.txt").write_text("We stand with Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "document", str(tmp_path / "e.txt"), str(document))
    assert status == 2 and "one --encoding reads every document given alike" in err, err


def test_suggest_refuses_an_output_among_the_files_of_an_exclude_folder(capsys, tmp_path, energy_frame):
    # The --exclude file alone was compared: a folder's labels were written over.
    (tmp_path / "labelled").mkdir()
    energy_frame[:30].to_csv(tmp_path / "labelled" / "round1.csv", index=False)
    energy_frame[30:].to_csv(tmp_path / "pool.csv", index=False)
    before = (tmp_path / "labelled" / "round1.csv").read_bytes()
    status, _, err = run(capsys, "suggest", str(tmp_path / "pool.csv"), "--exclude", str(tmp_path / "labelled"),
                         "-o", str(tmp_path / "labelled" / "round1.csv"))
    assert status == 2 and "is the --exclude file" in err, err
    assert (tmp_path / "labelled" / "round1.csv").read_bytes() == before


def test_train_output_cannot_replace_a_folder_or_a_file_it_reads(capsys, tmp_path, energy_frame):
    # Checked with the glob and folder refusals above: a model is a folder, refused over a data file,
    # and over a folder that holds no model, --overwrite or not.
    energy_frame.to_csv(tmp_path / "a.csv", index=False)
    before = (tmp_path / "a.csv").read_bytes()
    for source, output in ((str(tmp_path), str(tmp_path)), (str(tmp_path / "*.csv"), str(tmp_path / "a.csv"))):
        status, _, err = run(capsys, "train", source, "-o", output, "--overwrite")
        assert status == 2 and (tmp_path / "a.csv").read_bytes() == before, err


@pytest.mark.parametrize(("none_label", "answer"), [("other", "classified other"), (None, "given no label")])
def test_the_blank_arguments_warning_names_the_answer_of_the_model_given(capsys, tmp_path, none_label, answer):
    # A fact-checker's audit: with a model whose off-topic label is "other", or that has none,
    # the warning said "so each is classified none (flag empty)" above the line "other", or the
    # empty label such a model gives blank text.
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": ["wind", "wind", "other", "other"] * 3})
    folder = stance.train(frame, none_label=none_label, threshold_folds=0).save(tmp_path / "m")
    status, out, err = run(capsys, "classify", "--model", str(folder), "")
    assert status == 0 and out == ("other\n" if none_label else "\n")
    assert err.startswith(f"stance classify: warning: every statement given is blank, so each is {answer} (flag "
                          f"empty);"), err
    status, _, err = run(capsys, "classify", "  ")  # the bundled model's, as before
    assert "so each is classified none (flag empty)" in err


@pytest.mark.parametrize("texts", [[""], ["  ", "\t"]])
def test_blank_arguments_are_classified_none_with_a_warning(capsys, texts):
    # a8f20b1 refused them (exit 2), as they had printed a "none" each and then failed blaming
    # stdin; but the README's guarantee is that empty text is `none`, flag "empty", on the
    # command line too, and `stance classify --json "$BODY"` of an empty body failed a service.
    # A given argument is a statement: classified, with the shell-variable hint as a warning.
    status, out, err = run(capsys, "classify", *texts)
    assert status == 0 and out.splitlines() == ["none"] * len(texts)
    assert err.startswith("stance classify: warning: every statement given is blank") and "stdin" not in err
    assert "is a shell variable empty?" in err and len(err.strip().splitlines()) == 1
    status, out, _ = run(capsys, "classify", "--json", *texts)
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and [(r["text"], r["label"], r["labels"], r["stance"], r["confidence"], r["stance_scores"],
                             r["flag"]) for r in records] == [(text, "none", ["none"], None, 1.0, {}, "empty")
                                                              for text in texts]


def test_a_blank_argument_beside_a_statement_is_classified(capsys):
    status, out, _ = run(capsys, "classify", "", "We have a one-speed NATO.")
    assert status == 0 and out.splitlines() == ["none", "unity"]


def test_score_in_several_processes_writes_what_one_writes(capsys, tmp_path, monkeypatch, read_scored,
                                                           as_scored_rows):
    # The n_jobs speed-up of stance.score had no flag on the command line.
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": range(9_000), "text": [f"We must send air defence number {i} to Kyiv." for i in range(9_000)]}
                 ).to_csv(source, index=False)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert run(capsys, "score", str(source), "-o", str(one))[0] == 0
    from stance import parallel

    shared_out = []
    real = parallel.predict_parallel
    monkeypatch.setattr(parallel, "predict_parallel", lambda *a, **kw: shared_out.append(kw) or real(*a, **kw))
    assert run(capsys, "score", str(source), "-o", str(two), "--n-jobs", "2", "--chunk-size", "9000")[0] == 0
    assert one.read_bytes() == two.read_bytes() and [kw["n_jobs"] for kw in shared_out] == [2]
    # Parquet by the suffix there too, its rows those of the CSV.
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "two.parquet"), "-j", "2", "--chunk-size",
               "9000")[0] == 0
    assert as_scored_rows(read_scored(tmp_path / "two.parquet")) == as_scored_rows(read_scored(one))
    for argv, message in [(["-j", "2", "--workers", "2"], "--n-jobs is for one file on this machine"),
                          (["-j", "2", "--chunk-size", "5000"], "has nothing to share out with --chunk-size 5000"),
                          (["-j", "0"], "--n-jobs must be a number of processes"),
                          ]:
        status, _, err = run(capsys, "score", str(source), "-o", str(two), *argv)
        assert status == 2 and message in err, argv


class _KilledInTheWorker:
    """A stand-in model that kills the worker process scoring with it, as the OOM killer does
    (or by the signal named ``how``, or ends it so, "exit 3")."""

    class Parameters:  # what the workers key their copy by
        pass

    def __init__(self, how="SIGKILL"):
        self.params_ = self.Parameters()
        self.how = how

    def _batch(self, texts):
        import signal

        if self.how.startswith("exit "):
            os._exit(int(self.how.split()[1]))
        os.kill(os.getpid(), getattr(signal, self.how))


@pytest.mark.skipif(os.name != "posix", reason="a worker killed by a signal")
def test_score_whose_worker_is_killed_says_so_in_one_line_and_exits_1(capsys, tmp_path, monkeypatch):
    # A pipeline audit: `stance score big.csv -o kj.csv -j 2` whose worker was killed (kill -9,
    # the OOM killer) printed loky's TerminatedWorkerError traceback, some fifty lines, where
    # the README promises one line and status 1 for the machine's failure.
    import uuid

    from stance import parallel

    source = tmp_path / "in.csv"
    pd.DataFrame({"text": [f"We must send air defence number {i} to Kyiv." for i in range(9_000)]}
                 ).to_csv(source, index=False)
    submit = parallel._submit

    def submit_a_killer(executor, token, model, group):  # the worker scores with a model that kills it
        return submit(executor, uuid.uuid4().hex, _KilledInTheWorker(), group)

    monkeypatch.setattr(parallel, "_submit", submit_a_killer)
    output = tmp_path / "out.csv"
    status, out, err = run(capsys, "score", str(source), "-o", str(output), "-j", "2", "--chunk-size", "9000")
    assert status == 1 and out == "" and len(err.splitlines()) == 1, err
    assert err.startswith("stance score: a worker process died as it scored (killed by signal 9, SIGKILL"), err
    assert "--chunk-size (it is 9,000)" in err and "-j 1" in err and "n_jobs" not in err, err
    assert not output.exists() and list(tmp_path.iterdir()) == [source]


@pytest.mark.skipif(os.name != "posix", reason="a worker killed by a signal")
@pytest.mark.parametrize(("how", "said"), [
    ("SIGTERM", "a worker process was stopped by signal 15 (SIGTERM) from outside as it scored; run it again"),
    ("exit 3", "a worker process crashed as it scored (it exited with status 3); run it again with -j 1 to see its "
               "error"),
])
def test_score_whose_worker_is_stopped_or_crashes_is_told_what_fits(capsys, tmp_path, monkeypatch, how, said):
    # A review of 418fcff: a worker stopped by SIGTERM, or one that exited by itself, was told to
    # give a smaller --chunk-size, the advice for the out-of-memory killer's SIGKILL alone.
    import uuid

    from stance import parallel

    source = tmp_path / "in.csv"
    pd.DataFrame({"text": [f"We must send air defence number {i} to Kyiv." for i in range(9_000)]}
                 ).to_csv(source, index=False)
    submit = parallel._submit

    def submit_a_killer(executor, token, model, group):  # the worker scores with a model that ends it
        return submit(executor, uuid.uuid4().hex, _KilledInTheWorker(how), group)

    monkeypatch.setattr(parallel, "_submit", submit_a_killer)
    output = tmp_path / "out.csv"
    status, out, err = run(capsys, "score", str(source), "-o", str(output), "-j", "2", "--chunk-size", "9000")
    assert (status, out, err) == (1, "", f"stance score: {said}\n")
    assert not output.exists()


@pytest.mark.parametrize(("command", "flag"), [  # suggest reads no labels
    (command, flag) for command in ("train", "evaluate", "check", "suggest")
    for flag in ("--text-column", "--labels-column") if (command, flag) != ("suggest", "--labels-column")])
def test_a_missing_column_is_named_by_its_flag(capsys, tmp_path, energy_frame, command, flag):
    # The library's check said "text_column='body': no such column", a name no command-line
    # user typed (a user audit); --stance-column was already named as the flag.
    data = tmp_path / "energy.csv"
    energy_frame.head(40).to_csv(data, index=False)
    extra = {"train": ["-o", str(tmp_path / "m")], "suggest": ["-n", "1"]}.get(command, [])
    status, _, err = run(capsys, command, str(data), flag, "body", *extra)
    assert status == 2 and f"{flag} body: no such column" in err, err
    assert "_column=" not in err


@pytest.mark.parametrize("argv, flag", [
    (["-n", "0"], "-n must be a positive int"),
    (["--strategy", "bogus"], "--strategy 'bogus' is not known"),
    (["--max-similarity", "2"], "--max-similarity must be a number in [0, 1]"),
    (["--max-similarity", "nan"], "--max-similarity must be a number in [0, 1]"),
])
def test_suggest_names_its_flags(capsys, tmp_path, argv, flag):
    # The library's checks said "strategy='bogus'", "max_similarity … (or None …)": Python
    # names, and None, which the command line spells 'none' (a user audit).
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": ["We stand together.", "Send tanks."]}).to_csv(pool, index=False)
    status, _, err = run(capsys, "suggest", str(pool), *argv)
    assert status == 2 and flag in err, err


@pytest.mark.parametrize("given, said", [
    ("entropi", "did you mean --strategy entropy? choose one of uncertainty, entropy, stance, random"),
    ("uncertain", "did you mean --strategy uncertainty? choose one of "),
    ("Random", "did you mean --strategy random? choose one of "),
    ("bogus", "choose one of uncertainty, entropy, stance, random"),
])
def test_a_mistyped_strategy_is_told_the_one_it_means(capsys, tmp_path, given, said):
    # A newcomer's audit: "--strategy entropi" listed the strategies but named none, where the
    # command answers a mistyped command or flag "did you mean …?".
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": ["We stand together.", "Send tanks."]}).to_csv(pool, index=False)
    status, out, err = run(capsys, "suggest", str(pool), "--strategy", given)
    assert (status, out) == (2, "") and err.startswith(f"stance suggest: --strategy '{given}' is not known; {said}")
    with pytest.raises(stance.InvalidInputError, match=r"strategy='entropi' is not known; did you mean "
                                                       r"strategy='entropy'\? choose one of"):
        stance.suggest(None, ["We stand together."], strategy="entropi")


def test_suggest_warning_of_near_duplicates_names_the_flag(capsys, tmp_path, energy_frame):
    # A labelling audit: the command warned "pass max_similarity=None to keep near-duplicates
    # (on the command line: --max-similarity none)", the Python call first, the flag an aside.
    data, pool = tmp_path / "energy.csv", tmp_path / "pool.csv"
    energy_frame.to_csv(data, index=False)
    pd.DataFrame({"text": [f"We must build wind farms now, number {i}." for i in range(6)]}).to_csv(pool, index=False)
    assert run(capsys, "train", str(data), "-o", str(tmp_path / "m"))[0] == 0
    status, _, err = run(capsys, "suggest", str(pool), "--model", str(tmp_path / "m"), "-n", "3")
    assert status == 0 and "only 1 of the n=3 statements asked for" in err, err
    assert "above --max-similarity=0.35" in err and "pass --max-similarity none to keep near-duplicates" in err, err
    assert "max_similarity" not in err, err


def test_suggest_from_a_pool_all_labelled_says_what_to_pass(capsys, tmp_path, energy_frame):
    # A labelling audit: the labelled file given as the pool too was refused with "texts: all 40
    # statements with text are in exclude (labelled already), so none is left to suggest": a
    # Python argument, and no word of what to pass instead.
    data = tmp_path / "labels.csv"
    energy_frame.head(40).to_csv(data, index=False)
    status, _, err = run(capsys, "suggest", str(data), "--exclude", str(data))
    assert status == 2, err
    # It began "texts:", the Python argument; the command's is the file given as UNLABELLED.
    assert err.startswith(f"stance suggest: UNLABELLED {str(data)!r}: all 40 statements with text are in --exclude, "
                          "labelled already, so none is left to suggest: suggest from a pool of statements not "
                          "labelled yet, and exclude those labelled"), err
    assert "in exclude" not in err and "on the command line" not in err and "texts" not in err, err


def test_suggest_leaves_out_the_statements_of_every_file_given_with_exclude(capsys, tmp_path):
    # Each round's labels in a file of their own, each given with --exclude: only the last was
    # read, and the first round's statement was suggested again (an audit).
    pool, first, second = tmp_path / "pool.csv", tmp_path / "round1.csv", tmp_path / "round2.csv"
    pool.write_text("text\nSend more tanks to Ukraine now.\nNATO must defend every inch of its territory.\n"
                    "Thank you all for coming.\nThe brigade in Lithuania should stay.\n", encoding="utf-8")
    first.write_text("text\nSend more tanks to Ukraine now.\n", encoding="utf-8")
    second.write_text("text\nThe brigade in Lithuania should stay.\n", encoding="utf-8")
    out = tmp_path / "next.csv"
    status, _, err = run(capsys, "suggest", str(pool), "-n", "10", "--exclude", str(first), "--exclude", str(second),
                         "-o", str(out))
    assert status == 0 and f"left out 2 statements already in {first}, {second}" in err, err
    assert sorted(pd.read_csv(out)["text"]) == ["NATO must defend every inch of its territory.",
                                               "Thank you all for coming."]
    # Neither may be the output, nor may a file that lacks the text column pass unnamed.
    status, _, err = run(capsys, "suggest", str(pool), "--exclude", str(first), "--exclude", str(second),
                         "-o", str(second))
    assert status == 2 and "is the --exclude file" in err, err
    (tmp_path / "ids.csv").write_text("id\n1\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(pool), "--exclude", str(first), "--exclude", str(tmp_path / "ids.csv"))
    assert status == 2 and "ids.csv" in err and "round1.csv" not in err, err


def test_suggest_names_the_file_of_a_pool_without_text_not_a_python_argument(capsys, tmp_path):
    # A user audit: a pool with a blank row warned "texts: 1 of the 3 rows has no text…", and
    # one with no text at all was refused "texts: none of the 1 entries…": texts is the library's
    # argument; the command has a file, UNLABELLED. One entry is no "none of the 1 entries".
    some, blank = tmp_path / "some.csv", tmp_path / "blank.csv"
    some.write_text('text\nWe stand together.\n" "\nMore aid for Kyiv.\n', encoding="utf-8")
    blank.write_text('text\n" "\n', encoding="utf-8")
    status, out, err = run(capsys, "suggest", str(some), "-n", "1")
    assert status == 0 and "We stand together." in out, err
    assert err.startswith(f"stance suggest: warning: UNLABELLED {str(some)!r}: 1 of the 3 rows has no text to "
                          f"suggest from and is left out: 1 blank (row 1)"), err
    status, _, err = run(capsys, "suggest", str(blank))
    assert status == 2 and err.startswith(f"stance suggest: UNLABELLED {str(blank)!r}: its only entry has no text "
                                          f"to suggest from (1 blank (row 0))"), err
    assert "texts" not in err, err
    # A file of a header alone said "none of the 0 entries has text to suggest from ()".
    blank.write_text("text\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(blank))
    assert status == 2 and err == (f"stance suggest: UNLABELLED {str(blank)!r}: it holds no entries (no rows), so "
                                   f"no text to suggest from\n"), err


def test_suggest_by_stance_without_a_stance_head_names_the_flags(capsys, tmp_path, energy_frame):
    data, pool = tmp_path / "energy.csv", tmp_path / "pool.csv"
    energy_frame.to_csv(data, index=False)
    energy_frame[["text"]].head(5).to_csv(pool, index=False)
    assert run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--stance-column", "none")[0] == 0
    status, _, err = run(capsys, "suggest", str(pool), "--model", str(tmp_path / "m"), "--strategy", "stance")
    assert status == 2 and "--stance-column" in err and "stance_column=" not in err, err


@pytest.mark.parametrize("argv, message", [
    (["--option", "C=1", "--option", "C=2"], "--option C is given 2 times (1, 2); give it once"),
    (["--option", "encoding=latin-1"], "unknown training option(s) encoding; valid options: ngram_max, "),
    (["--option", "max_collect_bytes=10"], "unknown training option(s) max_collect_bytes; valid options: "),
    (["--random-state", "3", "--option", "random_state=5"], "--random-state 3 and --option random_state=5: give the "
                                                             "seed once"),
    # The option's name had been rewritten as a flag: "--option --text-column=…".
    (["--option", "text_column=body"], "--option text_column=…: text_column has its own flag; pass --text-column"),
])
def test_train_refuses_options_it_would_ignore(capsys, tmp_path, energy_frame, argv, message):
    # Each trained (a user audit): the last C won, encoding= and max_collect_bytes= went to
    # train() after the command had read the file, and --option random_state beat --random-state.
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), *argv)
    assert status == 2 and message in err, err
    assert not (tmp_path / "m").exists()


def test_an_option_given_twice_with_the_same_value_is_taken(capsys, tmp_path, energy_frame):
    # A command-line audit: "--option C=10 --option C=10" was refused as "given 2 times (10, 10)",
    # where the README says a flag's same value twice is taken (as -o a.csv -o a.csv is).
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--option", "C=10",
                         "--option", "C = 10", "--option", "stem=false", "--option", "stem=False")
    assert status == 0, err
    assert stance.load(tmp_path / "m").C == 10
    status, _, err = run(capsys, "check", str(data), "--option", "C=10", "--option", "C=10", "--folds", "2", "-n", "1")
    assert status == 0, err
    # Two values written alike are two values: 10 is no 10.0 to a whole-number option.
    status, _, err = run(capsys, "check", str(data), "--option", "C=10", "--option", "C=10.0")
    assert status == 2 and "--option C is given 2 times (10, 10.0); give it once" in err, err


def test_a_word_list_given_twice_as_the_same_words_is_taken(capsys, tmp_path, energy_frame):
    # A review of the above: negation_words compared as typed, so "nie,nigdy" beside "nie, nigdy"
    # or '["nie","nigdy"]', each the words nie and nigdy, was refused as "given 2 times".
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    for at, second in enumerate(("negation_words=nie, nigdy", 'negation_words=["nie","nigdy"]')):
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / f"m{at}"), "--option", "stem=false",
                             "--option", "negation_words=nie,nigdy", "--option", second)
        assert status == 0, err
        assert stance.load(tmp_path / f"m{at}").negation_words == ["nie", "nigdy"]
    status, _, err = run(capsys, "check", str(data), "--option", "negation_words=nie,nigdy",
                         "--option", "negation_words=nie,nigda")
    assert status == 2, err
    assert "--option negation_words is given 2 times ('nie,nigdy', 'nie,nigda'); give it once" in err, err


def test_the_advice_to_pass_the_off_topic_label_names_its_flag_once(capsys, tmp_path, energy_frame):
    # It said "pass --none-label='aucun' (on the command line: --none-label 'aucun')": the flag
    # twice, once in the library's words turned into a flag.
    data = tmp_path / "data.csv"
    # A label beginning with "-" is given with "=", which argparse reads (a review: "--none-label -x"
    # was refused, "expected one argument").
    for label, flag in (("aucun", "--none-label aucun"), ("hors sujet", "--none-label 'hors sujet'"),
                        ("-x", "--none-label=-x")):
        energy_frame.assign(labels=energy_frame.labels.replace({"none": label})).to_csv(data, index=False)
        with pytest.raises(stance.InvalidInputError,
                           match=rf"pass none_label='{label}' \(on the command line: {flag}\)$"):
            stance.train(data, stance_column="stance")
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
        assert status == 2 and f"if '{label}' is your off-topic label, pass {flag} (rows count from 0" in err, err
        assert "command line" not in err and "none_label" not in err
        assert run(capsys, "train", str(data), "-o", str(tmp_path / label), *shlex.split(flag))[0] == 0



def test_the_advice_to_pass_an_off_topic_label_holding_a_bracket_is_one_word_of_the_shell(capsys, tmp_path,
                                                                                          energy_frame):
    # An audit: a label 'none (off-topic)' was advised "--none-label 'none (off-topic')", which a
    # shell refuses: the command line's rewrite of the library's advice ended its flag at the
    # first ")", inside the quoted label. A name in brackets and quotes, "('none')", so too.
    data = tmp_path / "data.csv"
    for at, label in enumerate(("none (off-topic)", "('none')", "it's (none)", "\"none\" (it's off) )")):
        energy_frame.assign(labels=energy_frame.labels.replace({"none": label})).to_csv(data, index=False)
        for command in (("train", str(data), "-o", str(tmp_path / f"m{at}")), ("check", str(data))):
            status, _, err = run(capsys, *command)
            assert status == 2, err
            advice = err.split(" is your off-topic label, pass ", 1)[1].split(" (rows count from 0", 1)[0]
            assert shlex.split(advice) == ["--none-label", label], err
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / f"m{at}"), *shlex.split(advice))
        assert status == 0, err


def test_stanceless_rows_of_a_label_beside_the_off_topic_label_are_not_told_to_rename_it(capsys, tmp_path,
                                                                                       energy_frame):
    # An audit: with 'none' labelling rows already, off-topic rows relabelled 'off-topic'
    # were told "if 'off-topic' is your off-topic label, pass none_label='off-topic'", and
    # following that, the 'none' rows were told to pass none_label='none': a loop. Where the
    # off-topic label labels rows, the look-alike is not it under another name.
    # Eight rows: stance check sets a label of fewer rows than folds apart as rare, suggesting 'none'.
    none_rows = energy_frame.index[energy_frame.labels == "none"][:8]
    relabelled = energy_frame.copy()
    relabelled.loc[none_rows, "labels"] = "off-topic"
    advice = "give them a stance, or label them 'none' if they take no position"
    with pytest.raises(stance.InvalidInputError, match=rf"all are labelled 'off-topic': {advice}$") as refused:
        stance.train(relabelled, stance_column="stance")
    assert "none_label" not in str(refused.value)
    # Followed literally, the advice trains.
    followed = relabelled.assign(labels=relabelled.labels.replace({"off-topic": "none"}))
    assert stance.train(followed, stance_column="stance").classify("").label == "none"
    # So of a target whose stances are all blank: not "if 'gas' is your off-topic label".
    blank_gas = energy_frame.assign(stance=energy_frame.stance.where(energy_frame.labels != "gas"))
    with pytest.raises(stance.InvalidInputError, match=r"all are labelled 'gas': give them a stance, or label them "
                                                       r"'none' if they take no position$"):
        stance.train(blank_gas, stance_column="stance")
    # The command line says the same, in training and in its check.
    data = tmp_path / "data.csv"
    relabelled.to_csv(data, index=False)
    for command in (("train", str(data), "-o", str(tmp_path / "m")), ("check", str(data))):
        status, _, err = run(capsys, *command)
        assert status == 2 and f"all are labelled 'off-topic': {advice} (rows count from 0" in err, err
        assert "--none-label" not in err, err


def test_none_label_none_names_a_label_called_none_when_the_data_have_one(capsys, tmp_path, energy_frame):
    # "--none-label None" meant "no off-topic label" even for data whose off-topic label is
    # called "None": no flag could name it, and the advice to pass --none-label 'None' went in a circle.
    data = tmp_path / "data.csv"
    energy_frame.assign(labels=energy_frame.labels.replace({"none": "None"})).to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
    assert status == 2 and "pass --none-label None" in err
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--none-label", "None")
    assert status == 0, err
    model = stance.load(tmp_path / "m")
    assert model.none_label == "None" and model.classify("").label == "None"
    status, _, err = run(capsys, "check", str(data), "--none-label", "None")
    assert status == 0, err
    # Without such a label, None (or '') is still a scheme without an off-topic label.
    energy_frame.to_csv(data, index=False)
    for flag in ("None", ""):
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "n"), "--overwrite",
                             "--stance-column", "none", "--none-label", flag)
        assert status == 0, err
        assert stance.load(tmp_path / "n").none_label is None


def test_train_takes_the_seed_from_either_flag(capsys, tmp_path, energy_frame):
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    for name, argv in [("flag", ["--random-state", "4"]), ("option", ["--option", "random_state=4"]),
                       ("default", [])]:
        assert run(capsys, "train", str(data), "-o", str(tmp_path / name), *argv)[0] == 0
    seeds = [stance.load(tmp_path / name).get_params()["random_state"] for name in ("flag", "option", "default")]
    assert seeds == [4, 4, 0]


@pytest.mark.parametrize("command", ["train", "check"])
def test_a_language_without_a_stemmer_is_told_the_option_to_type(capsys, tmp_path, command):
    # The error of --option stem=polish said "pass stem=False", a keyword no command-line
    # user types: on the command line it is --option stem=false.
    data = tmp_path / "energy.csv"
    data.write_text("text,labels\nmore gas,gas\n", encoding="utf-8")
    output = ["-o", str(tmp_path / "m")] if command == "train" else []
    status, _, err = run(capsys, command, str(data), *output, "--option", "stem=polish")
    assert status == 2, err
    # The whole message, not its end alone: it began in Python's words ("True, False",
    # "(True is english)"), values the command line spells true and false.
    languages = ", ".join(stance.text.stem_languages())
    assert err == (f"stance {command}: --option stem must be true, false or a Snowball language name, got "
                   f"'polish'; the languages are {languages} (true is english); for another language pass "
                   f"--option stem=false, which trains without stemming (and --option negation_words=polish gives "
                   f"Polish negation words)\n"), err
    assert "True" not in err and "False" not in err


@pytest.mark.parametrize("argv, message", [
    (["negation=maybe"], "--option negation must be true or false, got 'maybe'"),
    (["stance_cues=2"], "--option stance_cues must be true or false, got 2"),
    (["stance_per_label=none"], "--option stance_per_label must be true or false, got none"),
    (["min_df=0"], "--option min_df must be a whole number 1 or more or none, got 0"),
    (["random_state=none"], "--option random_state must be a whole number from 0 to 4294967295, got none"),
    (["C=true"], "--option C must be a positive number, got true"),
    (["ngram_max=1000000000"], "--option ngram_max must be at most 20 (each word of a text begins up to ngram_max "
                               "n-grams, so training time and memory grow with it), got 1000000000"),
    # liblinear never returned from C=1e120, and no signal stopped it (the training audit)
    (["stance_C=1e200"], "--option stance_C must be at most 1e+12 (scikit-learn's solver does not finish far "
                         "above it), got 1e+200"),
    (["target_head=none"], "--option target_head must be 'ovr' or 'softmax', got none"),
    (["class_weight=true"], "--option class_weight must be none, 'balanced' or a JSON object of the weights of "
                            "each label's negative (0) and positive (1) examples, got true"),
    (['class_weight={"0": true}'], "--option class_weight: a JSON object must map \"0\", \"1\" (the weights of "
                                   "each label's negative (0) and positive (1) examples) to positive numbers, "
                                   "got {\"0\": true}"),
    (["target_head=softmax", 'class_weight={"0": 1, "1": 3}'],
     "--option class_weight={\"0\": 1, \"1\": 3} weighs the negative (0) and positive (1) examples of each label "
     "of the one-vs-rest head, which --option target_head=softmax does not have (its classes are the labels "
     "themselves); pass --option class_weight=balanced or none, or use --option target_head=ovr"),
    # a weight that is not positive is refused before the data (and its stance values) are read
    (['stance_class_weight={"favor": -1}'], "--option stance_class_weight: a JSON object must map each stance "
                                            "value to a positive number, got {\"favor\": -1}"),
    # an infinite weight trained a model that had learned nothing (JSON reads 1e999 as infinity)
    (['class_weight={"0": 1, "1": 1e999}'], "--option class_weight: the weight of \"1\" must be a finite number, "
                                            "got inf"),
    (['stance_class_weight={"favor": 1e999}'], "--option stance_class_weight: the weight of \"favor\" must be a "
                                               "finite number, got inf"),
    (['class_weight={"0": 1, "1": 1e300}'], "--option class_weight: the weight of \"1\" must be at most 1e+12 (it "
                                            "multiplies C, and scikit-learn's solver does not finish far above it), "
                                            "got 1e+300"),
    # refused by the training itself, once the stance values are known
    (['stance_class_weight={"pro": 1}'], "--option stance_class_weight: a JSON object must map \"against\", "
                                         "\"favor\" (the weights of the stance values) to positive numbers, "
                                         "got {\"pro\": 1}"),
])
@pytest.mark.parametrize("command", ["train", "check"])
def test_a_refused_option_is_named_and_valued_as_the_command_line_types_it(capsys, tmp_path, energy_frame, command,
                                                                            argv, message):
    # Only stem's refusal spoke the command line's words: the others named the option
    # without --option and its values as Python's True, False, None, int and dict.
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    output = ["-o", str(tmp_path / "m")] if command == "train" else []
    options = [word for option in argv for word in ("--option", option)]
    status, _, err = run(capsys, command, str(data), *output, *options)
    assert (status, err) == (2, f"stance {command}: {message}\n")


@pytest.mark.parametrize("command", ["train", "check"])
def test_a_whole_number_written_as_a_float_is_asked_for_as_a_whole_number(capsys, tmp_path, energy_frame, command):
    # "--option max_features=1e3" said "--option max_features must be a whole number 1 or more
    # or none, got 1000.0": 1000 is one. The library refuses max_features=1000.0 (as
    # scikit-learn's CountVectorizer does), so the command asks for it written as one, as typed.
    with pytest.raises(stance.InvalidInputError, match=r"^max_features must be an int 1 or more or None, got 1000\.0$"):
        stance.StanceModel(max_features=1000.0)._check_options()
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    output = ["-o", str(tmp_path / "m")] if command == "train" else []
    for typed, message in [("max_features=1e3", "--option max_features must be written as a whole number (1000), "
                                                "got '1e3'"),
                           ("ngram_max=2.0", "--option ngram_max must be written as a whole number (2), got '2.0'"),
                           ("threshold_folds=0E0", "--option threshold_folds must be written as a whole number (0), "
                                                   "got '0E0'"),
                           # no whole number, or out of range: the library's refusal, which says so
                           ("max_features=2.5", "--option max_features must be a whole number 1 or more or none, "
                                                "got 2.5"),
                           ("max_features=0.0", "--option max_features must be a whole number 1 or more or none, "
                                                "got 0.0")]:
        status, _, err = run(capsys, command, str(data), *output, "--option", typed)
        assert (status, err) == (2, f"stance {command}: {message}\n")
    assert not (tmp_path / "m").exists()
    if command == "train":  # a float option takes 1e3, and a whole number written as one trains
        status, _, err = run(capsys, command, str(data), *output, "--option", "C=1e3", "--option", "max_features=1000")
        assert status == 0, err
        assert stance.load(tmp_path / "m").get_params()["max_features"] == 1000


def test_the_library_and_a_flag_keep_their_words_for_a_refused_option(capsys, tmp_path, energy_frame):
    with pytest.raises(stance.InvalidInputError, match="^negation must be True or False, got None$"):
        stance.StanceModel(negation=None).fit(["a", "b"], ["x", "y"])
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--random-state", "-1")
    assert (status, err) == (2, "stance train: --random-state must be an int from 0 to 4294967295, got -1\n")


def test_too_few_examples_for_the_folds_names_the_command_line_option(capsys, tmp_path, energy_frame):
    # The hint said "pass threshold_folds=0", a keyword no command-line user can type (a user audit).
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--option", "threshold_folds=500")
    assert status == 2 and "--option threshold_folds=0" in err, err


def test_evaluate_prints_bootstrap_intervals_as_the_library_computes_them(capsys, seed_frame, tmp_path):
    data = tmp_path / "gold.csv"
    seed_frame.to_csv(data, index=False)
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals", "0.9", "--json")
    assert status == 0
    intervals = json.loads(out)["intervals"]
    expected = stance.evaluate(None, seed_frame).intervals(level=0.9)
    assert intervals["level"] == 0.9
    # A researcher's audit: random_state and lower_is_better, which the README says --json gives, were not there.
    assert {key: intervals[key] for key in ("resamples", "random_state", "n", "lower_is_better")} == {
        "resamples": 1000, "random_state": 0, "n": len(seed_frame), "lower_is_better": ["confidence_error"]}
    for name, row in expected.iterrows():
        given = [math.nan if end is None else end for end in intervals[name]]  # JSON has no NaN
        assert given == pytest.approx([row.low, row.high], nan_ok=True)
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals")
    assert status == 0 and "95% bootstrap intervals" in out and "top1_in_gold" in out.split("95%")[1]


def test_evaluate_shows_an_interval_of_a_metric_with_no_value_as_the_report_does(capsys, tmp_path):
    # The intervals table printed "against_f1 NaN NaN NaN" under a headline of "against_f1 n/a (no
    # such class …)", of five statements all favor or none, where the report's own tables show
    # "n/a" with a note saying why; by --by, a group's metric with no value was NaN too.
    frame = pd.DataFrame({"text": ["We support Ukraine fully.", "NATO must stay united.", "The weather is nice.",
                                   "We back the eastern flank.", "Deterrence works."],
                          "labels": ["ukraine_support", "unity", "none", "eastern_flank", "deterrence"],
                          "stance": ["favor", "favor", "none", "favor", "favor"],
                          "venue": ["a", "a", "b", "b", "a"]})
    data = tmp_path / "ev.csv"
    frame.to_csv(data, index=False)
    assert math.isnan(stance.evaluate(None, frame).metrics["against_f1"])  # no gold "against", none predicted
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals")
    assert status == 0
    table = out.split("95% bootstrap intervals (1,000 resamples of the statements):\n")[1].splitlines()
    assert table[table.index(next(line for line in table if line.startswith("against_f1 ")))].split() == [
        "against_f1", "n/a", "n/a", "n/a"]
    # stance_f_avg, the mean of favor_f1 and this against_f1, has none either (SemEval's F_avg is of the two).
    assert ("n/a: stance_f_avg has no value (a stance value it averages is in neither the gold data nor the "
            "predictions: its F1 is 0/0), so no interval either; against_f1 has no value (no such class in the "
            "gold data or the predictions: F1 is 0/0), so no interval either") in table
    assert "NaN" not in out and "nan" not in out
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals", "--by", "venue")
    assert status == 0 and "NaN" not in out and "nan" not in out
    by_group = out.split("bootstrap intervals by venue")[1].splitlines()
    assert any(line.split()[-4:] == ["against_f1", "n/a", "n/a", "n/a"] for line in by_group), by_group
    assert ("n/a: nothing in the group for the metric to measure (no statement it counts, or an F1 "
            "of 0/0)") in by_group  # the note of exact intervals follows it


def test_evaluate_prints_a_figure_one_way_in_every_table(capsys, tmp_path):
    # A statistician's audit: 284/320 = 0.8875 (0.88749999… as a float) printed 0.887 in the
    # metrics list (f"{v:.3f}") and 0.888 in the interval table (pandas' .round(3), which
    # rounds 887.4999… up): one figure two ways in one output. Every table rounds as format does.
    model = stance.default_model()
    texts = [f"We stand together on point {i}." if i % 3 else f"Send more tanks to Kyiv, item {i}." for i in range(320)]
    predicted = [prediction.label for prediction in model.classify_many(texts)]
    # 142 of each venue's 160 answers right: 284 of 320 overall, 0.8875 each way
    gold = [label if i % 160 < 142 else next(other for other in model.labels if other != label)
            for i, label in enumerate(predicted)]
    frame = pd.DataFrame({"text": texts, "labels": gold, "venue": ["a"] * 160 + ["b"] * 160})
    assert f"{284 / 320:.3f}" == "0.887" and stance.evaluate(None, frame).metrics["top1_in_gold"] == 284 / 320
    frame.to_csv(tmp_path / "gold.csv", index=False)
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--intervals", "--by", "venue")
    assert status == 0
    lines = [line.split() for line in out.splitlines() if not line.lstrip().startswith("baseline:")]
    shown = [words[words.index(name) + 1] for words in lines for name in ("top1_in_gold", "micro_f1")
             if name in words[:-1] and words[words.index(name) + 1][0].isdigit()]
    assert len(shown) == 8 and set(shown) == {"0.887"}, shown  # the list, the intervals, and each venue's
    assert next(words[2:5] for words in lines if words[:2] == ["micro", "avg"]) == ["0.887"] * 3
    header = next(words for words in lines if words[:2] == ["n", "top1_in_gold"])
    assert [words[2] for words in lines if words[:2] in (["a", "160"], ["b", "160"])] == ["0.887"] * 2, header
    html = stance.evaluate(None, frame, by="venue")._repr_html_()
    assert re.search(r"micro avg</th>\s*<td>0\.887</td>", html) and re.search(r"<th[^>]*>a</th>\s*<td>160</td>\s*"
                                                                           r"<td>0\.887</td>", html), html


def test_evaluate_refuses_an_interval_level_given_as_a_percentage(capsys, seed_frame, tmp_path):
    data = tmp_path / "gold.csv"
    seed_frame.to_csv(data, index=False)
    status, _, err = run(capsys, "evaluate", str(data), "--intervals", "95")
    assert status == 2 and "--intervals: LEVEL must be between 0 and 1" in err


def test_evaluate_with_intervals_before_the_data_says_to_put_the_data_first(capsys, tmp_path):
    # --intervals takes an optional LEVEL, so "stance evaluate --intervals gold.csv" read the
    # file's name as the level: "invalid float value: 'gold.csv'", which named no remedy.
    status, _, err = run(capsys, "evaluate", "--intervals", str(tmp_path / "gold.csv"))
    assert status == 2
    assert err == (f"stance evaluate: argument --intervals: LEVEL must be a number between 0 and 1, got "
                   f"{str(tmp_path / 'gold.csv')!r}: --intervals reads the word after it as its LEVEL, so give "
                   f"DATA first (stance evaluate DATA --intervals) or the level too (--intervals 0.95 DATA)\n")


def test_a_warning_about_the_model_compared_with_names_it(capsys, energy_model, energy_frame, tmp_path):
    data = tmp_path / "gold.csv"
    energy_frame.to_csv(data, index=False)
    energy_model.save(tmp_path / "energy")
    status, _, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "energy"),
                         "--compare-with", "bundled")
    # The bundled model does not know the energy labels: "this model" was the --model one to a reader.
    assert status == 0
    assert "warning: --compare-with bundled: --labels-column labels: ['gas', 'nuclear', 'renewables'] are not " \
           "labels this model predicts" in err
    # Sharing no label with the data, the model compared with was refused as "this model" too.
    status, _, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "energy"),
                         "--compare-with", "bundled", "--labels-column", "register")
    assert status == 2, err
    assert err.startswith("stance evaluate: --labels-column register: none of its labels")
    energy_frame.assign(labels=energy_frame.labels.str.replace("none", "nothing")).to_csv(data, index=False)
    status, _, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "energy"),
                         "--compare-with", "bundled")
    assert status == 2, err
    assert "\nstance evaluate: --compare-with bundled: --labels-column labels: none of its labels ['gas', " \
           "'nothing', 'nuclear', 'renewables'] is a label this model predicts (deterrence, " in err


def test_evaluate_compares_two_models_on_the_same_statements(capsys, seed_frame, corpus_frame, tmp_path):
    data = tmp_path / "gold.csv"
    seed_frame.to_csv(data, index=False)
    small = stance.train(corpus_frame.sample(600, random_state=0), stance_column="stance", threshold_folds=0)
    small.save(tmp_path / "small")
    status, out, _ = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "small"),
                         "--compare-with", "bundled", "--intervals", "0.9", "--json")
    assert status == 0
    printed = json.loads(out)
    expected = stance.evaluate(small, seed_frame).compared_with(stance.evaluate(None, seed_frame), level=0.9)
    assert printed["level"] == 0.9 and printed["n"] == len(seed_frame)
    # Which side is which: the JSON named neither model, where the table's heading does (an audit).
    # And what each was trained on and the rows both measured (the data's digest, one for both).
    measured = expected.attrs["this"]["data_sha256"]
    assert printed["this"] == {"model": str(tmp_path / "small"), "path": str(tmp_path / "small"),
                               "parameters_sha256": stance.load(tmp_path / "small").saved_["parameters_sha256"],
                               "training_sha256": small.training_["sha256"], "data_sha256": measured}
    assert printed["other"] == {"model": "bundled", "path": str(stance.default_model().saved_["path"]),
                                "parameters_sha256": stance.default_model().saved_["parameters_sha256"],
                                "training_sha256": stance.default_model().training_["sha256"],
                                "data_sha256": measured}
    for name, row in expected.iterrows():
        got = printed["metrics"][name]
        assert [math.nan if got[k] is None else got[k] for k in ("this", "other", "difference")] == pytest.approx(
            [row.this, row.other, row.difference], nan_ok=True)
    status, out, _ = run(capsys, "evaluate", str(data), "--compare-with", "bundled")
    assert status == 0 and "this = the bundled model, other = bundled" in out


def test_a_comparison_says_why_a_figure_is_n_a(capsys, seed_frame, tmp_path):
    # An audit: --compare-with showed confidence_error's interval as "n/a n/a" with no word of why,
    # where the report says why below each of its tables; compared_with gives that difference no
    # interval by design (each model's binned error is biased by its own amount).
    seed_frame.to_csv(tmp_path / "gold.csv", index=False)
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--compare-with", "bundled")
    assert status == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith(("confidence_", "against"))}
    assert rows["confidence_error"][-2:] == ["n/a", "n/a"]  # low and high
    assert "against" not in set(seed_frame.stance)  # and neither model predicts it on these rows:
    assert rows["against_f1"][1:] == ["n/a"] * 5
    assert out.splitlines()[-1] == (
        "n/a: confidence_error's difference has no interval: the binned error is biased on a sample, by how much "
        "depends on the model, so a bootstrap interval of the difference is no test; stance_f_avg has no value "
        "for either model (a stance value it averages is in neither the gold data nor the predictions: its F1 is "
        "0/0), so no difference or interval either; against_f1 has no value for either model (no such class in "
        "the gold data or the predictions: F1 is 0/0), so no difference or interval either"), out


def test_a_comparison_note_names_the_model_without_a_value_in_english():
    # A review of 6392fd0b: a metric the other model alone had no value for was "has no value for other model".
    from stance.report import comparison_not_defined
    nan = math.nan
    table = pd.DataFrame({"this": [0.5, nan, nan, 0.9], "other": [nan, 0.5, nan, 0.8],
                          "difference": [nan, nan, nan, 0.1], "low": [nan, nan, nan, nan],
                          "high": [nan, nan, nan, nan]},
                         index=["against_f1", "favor_f1", "neutral_f1", "top1_in_gold"])
    why = "(no such class in the gold data or the predictions: F1 is 0/0), so no difference or interval either"
    assert comparison_not_defined(table) == (
        f"n/a: against_f1 has no value for the other model {why}; favor_f1 has no value for this model {why}; "
        f"neutral_f1 has no value for either model {why}; top1_in_gold had no value on any resample, so no interval")


def test_a_comparison_prints_its_figures_to_3_decimals_and_warns_of_a_copy_of_the_model(capsys, energy_model,
                                                                                         energy_frame, tmp_path):
    # A power user's audit: a model against its copy printed difference, low and high as 0.0 beside
    # 0.978, confidence_error's interval as "NaN NaN", and said nothing of comparing a model with itself.
    energy_frame.to_csv(tmp_path / "gold.csv", index=False)
    folder = energy_model.save(tmp_path / "m")
    shutil.copytree(folder, tmp_path / "copy")
    status, out, err = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--model", str(folder),
                           "--compare-with", str(tmp_path / "copy"))
    assert status == 0
    digest = stance.load(folder).saved_["parameters_sha256"]
    assert (f"--compare-with: it is the same model as --model (from model {folder} and model "
            f"{tmp_path / 'copy'}): its "
            f"parameters_sha256 {digest[:12]}… is the same, so every difference is 0; give --compare-with another "
            f"model") in err
    # The command's words, not the Python method's it calls (an audit): no one typed compared_with.
    assert "compared_with" not in err
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.startswith(("top1", "confidence_"))}
    top1 = f"{stance.evaluate(energy_model, energy_frame).metrics['top1_in_gold']:.3f}"
    assert rows["top1_in_gold"][:5] == [top1, top1, "0.000", "0.000", "0.000"]
    error = out.split("confidence_error (lower is better)")[1].split("\n")[0].split()
    assert error[2:5] == ["0.000", "n/a", "n/a"] and "NaN" not in out


def test_a_comparison_warns_of_the_data_once_and_of_each_model_apart(capsys, tmp_path):
    # --compare-with printed "row 1 has no text" twice, the second time as if of the other model:
    # the rows are the same for both. What is said of a model is still said of each.
    (tmp_path / "gold.csv").write_text(
        "text,labels,stance\nWe must stand together as allies.,unity,favor\n   ,unity,favor\n"
        "It rained all day.,none,favor\nNATO should spend more on defence.,spending,\n"
        "Deterrence keeps us safe.,deterrence,against\n", encoding="utf-8")
    folder = str(shutil.copytree(stance.default_model().saved_["path"], tmp_path / "copy"))
    status, _, err = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--model", folder, "--compare-with",
                         "bundled")
    assert status == 0
    for said in ("row 1 has no text", "the off-topic label 'none' and a stance", "a target but no gold stance"):
        assert err.count(said) == 1, (said, err)
    assert "--compare-with bundled: --labels-column labels" in err  # each model's unknown labels, apart
    assert err.count("are not labels this model predicts") == 2


def test_a_comparison_with_the_models_swapped_is_the_comparison_mirrored(capsys, energy_model, energy_frame,
                                                                       tmp_path):
    # --model A --compare-with B and --model B --compare-with A gave intervals of the
    # difference that were not each other's negated: the resamples were drawn over the
    # statements sorted by --model's results first.
    energy_frame.to_csv(tmp_path / "gold.csv", index=False)
    folder = str(energy_model.save(tmp_path / "m"))
    printed = []
    for this, other in ((folder, "bundled"), ("bundled", folder)):
        status, out, _ = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--model", this, "--compare-with",
                             other, "--json")
        assert status == 0
        printed.append(json.loads(out)["metrics"])
    forth, back = printed

    def negated(value):
        return None if value is None else -value

    assert forth.keys() == back.keys() and any(row["low"] != row["high"] for row in forth.values())
    for name, row in forth.items():
        swapped = back[name]
        assert row == {"this": swapped["other"], "other": swapped["this"], "difference": negated(swapped["difference"]),
                       "low": negated(swapped["high"]), "high": negated(swapped["low"]),
                       "only_this": swapped["only_other"], "only_other": swapped["only_this"],
                       "p_value": swapped["p_value"]}, name


def test_a_comparison_prints_counts_as_whole_numbers_small_p_values_readably_and_which_way_errors_go(
        capsys, energy_model, energy_frame, tmp_path):
    # The table printed "only_this 6.0" (--json "only_this": 8.0), a p-value of about 3e-10 as
    # 0.0, and confidence_error, where lower is better, under "difference = this - other" with
    # no word of its direction (a user audit).
    from stance.intervals import mcnemar_p

    energy_frame.to_csv(tmp_path / "gold.csv", index=False)
    folder = energy_model.save(tmp_path / "m")
    expected = stance.evaluate(energy_model, energy_frame).compared_with(stance.evaluate(None, energy_frame))
    only_this, only_other = (int(expected.loc["top1_in_gold", name]) for name in ("only_this", "only_other"))
    p = mcnemar_p(only_this, only_other)
    assert p < 0.001 and round(p, 3) == 0.0  # what round(3) printed
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--model", str(folder),
                         "--compare-with", "bundled")
    assert status == 0
    row = next(line for line in out.splitlines() if line.startswith("top1_in_gold "))
    assert row.split()[-3:] == [str(only_this), str(only_other), f"{p:.1e}"], row
    stance_row = next(line for line in out.splitlines() if line.startswith("stance_accuracy "))
    assert re.search(r" \d+ +\d+ +(\d\.\d{3}|\d\.\de-\d+)$", stance_row), stance_row
    assert re.search(r"^confidence_error \(lower is better\) ", out, flags=re.M), out
    assert "6.0" not in out and ".0 " not in row
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "gold.csv"), "--model", str(folder),
                         "--compare-with", "bundled", "--json")
    printed = json.loads(out)
    top1 = printed["metrics"]["top1_in_gold"]
    assert (top1["only_this"], top1["only_other"]) == (only_this, only_other)
    assert type(top1["only_this"]) is int and top1["p_value"] == p  # exact, however small
    assert printed["metrics"]["macro_f1"]["only_this"] is None
    assert printed["lower_is_better"] == ["confidence_error"]
    # Which data each side was trained on and measured, as the Python table's attrs say (a review:
    # a comparison for a paper could not be traced to its data from the JSON).
    bundled = stance.load(printed["other"]["path"]).training_["sha256"]
    assert (printed["this"]["training_sha256"], printed["other"]["training_sha256"]) == (
        energy_model.training_["sha256"], bundled)
    assert printed["this"]["data_sha256"] == printed["other"]["data_sha256"] == energy_model.training_["sha256"]


@pytest.mark.parametrize(("only_this", "only_other", "shown"), [
    (25, 42, "0.0498"), (10, 22, "0.0501"), (20, 41, "0.0099"), (18, 38, "0.0105"),  # 3 decimals: at a level
    (1, 7, "0.070"), (4, 0, "0.125"), (3, 3, "1.000"), (30, 60, "0.002"), (5, 30, "2.2e-05")])  # as before
def test_a_comparisons_p_value_is_printed_on_the_side_of_0_05_and_0_01_it_is_on(only_this, only_other, shown):
    # A statistician's audit: the exact McNemar p of 25 against 42 statements, 0.0498, was
    # printed "0.050", which cannot be told from 0.05; the p-values far from 0.05 and 0.01 print as they did.
    from scipy.stats import binomtest

    from stance.cli_evaluation import _p_value_shown
    from stance.intervals import mcnemar_p

    p = binomtest(only_this, only_this + only_other, 0.5).pvalue  # scipy's exact test, the known answer
    assert mcnemar_p(only_this, only_other) == pytest.approx(p, rel=1e-9)
    assert _p_value_shown(mcnemar_p(only_this, only_other)) == shown
    for level in (0.05, 0.01):
        assert (float(shown) < level) == (p < level) and (float(shown) > level) == (p > level)


def test_document_scores_several_files_together_naming_each(capsys, tmp_path):
    texts = {"tapa.txt": "Q: Will NATO defend Estonia?\nSECRETARY GENERAL: Yes. Estonia will never be alone.",
             "critic.txt": "We must stop sending weapons to Ukraine."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = [str(tmp_path / name) for name in texts]
    status, out, _ = run(capsys, "document", *files, "-o", str(tmp_path / "all.csv"))
    assert status == 0 and "in 2 documents" in out and "Profile per document" in out
    written = pd.read_csv(tmp_path / "all.csv", dtype=str, keep_default_na=False)
    for path, text in zip(files, texts.values()):
        alone = stance.score_document(text).sentences
        assert written[written.document == path].text.tolist() == alone.text.tolist()
        assert written[written.document == path].label.tolist() == alone.label.tolist()
    status, out, _ = run(capsys, "document", *files, "--json")
    assert status == 0 and {row["document"] for row in json.loads(out)["sentences"]} == set(files)


def test_document_reads_the_files_a_quoted_glob_matches_as_the_table_commands_do(capsys, tmp_path):
    # Windows' shells pass "docs/*.txt" as typed: it was "file not found: 'docs/*.txt'".
    texts = {"b.txt": "We must stop sending weapons to Ukraine.", "a.txt": "Estonia will never be alone."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    pattern = str(tmp_path / "*.txt")
    status, out, err = run(capsys, "document", pattern, "-o", str(tmp_path / "all.csv"))
    assert status == 0 and "in 2 documents" in out, err
    written = pd.read_csv(tmp_path / "all.csv", dtype=str, keep_default_na=False)
    assert list(dict.fromkeys(written.document)) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    status, _, err = run(capsys, "document", str(tmp_path / "*.md"))
    assert status == 2 and f"no files match {str(tmp_path / '*.md')!r}" in err


def test_document_names_the_files_of_no_statements_among_several(capsys, tmp_path, monkeypatch):
    # A user audit: "stance document empty.txt blank.txt speech.txt -o all.csv" printed
    # "1 statements in 3 documents" and never named the two files that had none (and now
    # counts one statement in the singular).
    monkeypatch.chdir(tmp_path)
    for name, text in {"empty.txt": "", "blank.txt": "  \n\n", "speech.txt": "NATO is united."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "document", "empty.txt", "blank.txt", "speech.txt", "-o", "all.csv")
    assert status == 0 and "1 statement in 3 documents" in out
    assert "wrote 1 statement to all.csv" in err.splitlines()
    assert ("stance document: warning: documents 'empty.txt', 'blank.txt' are blank: they have no statements"
            in err.splitlines())


@pytest.mark.parametrize("extra, message", [
    (["-"], "- (stdin) is one document"),
    (["SAME"], "given twice"),
    (["missing.txt"], "missing.txt"),
])
def test_document_refuses_files_it_cannot_tell_apart_before_scoring(capsys, tmp_path, extra, message):
    first = tmp_path / "a.txt"
    first.write_text("We stand together.", encoding="utf-8")
    extra = [str(first) if name == "SAME" else str(tmp_path / name) if name.endswith(".txt") else name
             for name in extra]
    status, _, err = run(capsys, "document", str(first), *extra)
    assert status == 2 and message in err


def test_document_refuses_a_name_given_twice_among_many_in_linear_time(capsys):
    # Two globs of a shell overlapping ("*.txt 2026*.txt"): the names given twice were found by
    # counting each name over all of them, 30,000 names 9 s of CPU before the refusal; now 0.01 s.
    import time

    names = [f"speech_{number}.txt" for number in range(30_000)]
    started = time.process_time()
    status, _, err = run(capsys, "document", *names, "speech_7.txt", "speech_70.txt")
    assert time.process_time() - started < 1.0
    assert (status, err) == (2, "stance document: FILE: 'speech_7.txt', 'speech_70.txt' given twice; "
                                "name each document once\n")


@pytest.mark.parametrize("second", ["./a.txt", "ABSOLUTE", "linked/a.txt"])
def test_document_refuses_one_file_named_twice_under_two_paths(capsys, tmp_path, monkeypatch, second):
    # An audit: "stance document a.txt ./a.txt" scored the one file as two documents, every
    # statement counted twice (exit 0), where "a.txt a.txt" is refused as given twice.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("We stand together. NATO is united.", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path, target_is_directory=True)
    second = str(tmp_path / "a.txt") if second == "ABSOLUTE" else second
    status, _, err = run(capsys, "document", "a.txt", second, "-o", "out.csv")
    assert (status, err) == (2, f"stance document: FILE: 'a.txt' and {second!r} name the same file; "
                                "name each document once\n")
    assert not (tmp_path / "out.csv").exists()


def test_document_scores_once_a_file_named_and_matched_by_a_glob_under_another_path(capsys, tmp_path, monkeypatch):
    # An audit: a glob and a file it matches are scored once when the glob gives the name
    # typed, but twice when it gives another path to the file (absolute, or through a link).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wire").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "wire" / name).write_text("We stand together. NATO is united.", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "wire", target_is_directory=True)
    for arguments in ([str(tmp_path / "wire" / "a.txt"), "wire/*.txt"], ["wire/*.txt", "linked/*.txt"]):
        status, out, err = run(capsys, "document", *arguments, "-o", "all.csv")
        assert status == 0 and "4 statements in 2 documents" in out, (arguments, out, err)
        written = pd.read_csv(tmp_path / "all.csv", dtype=str, keep_default_na=False)
        assert len(written) == 4 and written.document.nunique() == 2



def test_document_scores_hard_linked_copies_of_a_text_as_the_documents_they_are(capsys, tmp_path, monkeypatch):
    # A review: files told apart by device and inode made a backup tree's hard links (two days'
    # copies of one speech) one document, in silence. Two names, not links to one, are two.
    import os

    monkeypatch.chdir(tmp_path)
    for day in ("mon", "tue"):
        (tmp_path / "snap" / day).mkdir(parents=True)
    (tmp_path / "snap" / "mon" / "speech.txt").write_text("We stand together. NATO is united.", encoding="utf-8")
    os.link(tmp_path / "snap" / "mon" / "speech.txt", tmp_path / "snap" / "tue" / "speech.txt")
    status, out, err = run(capsys, "document", "snap/*/speech.txt", "-o", "all.csv")
    assert status == 0 and "4 statements in 2 documents" in out, (out, err)


def test_document_of_a_missing_file_named_by_two_paths_says_it_is_not_found(capsys, tmp_path, monkeypatch):
    # A review: two spellings of one missing name were refused as naming the same file.
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "document", "missing.txt", "./missing.txt")
    assert status == 2 and "not found" in err and "same file" not in err, err

def _registers_file(seed_frame, tmp_path):
    """Six seed statements, the first given a gold label the bundled model cannot match,
    in registers a (3 rows), b (2) and none (1)."""
    frame = seed_frame.iloc[:6].copy()
    frame.loc[frame.index[0], "labels"] = "none"
    frame["register"] = ["a", "a", "a", "b", "b", ""]
    data = tmp_path / "gold.csv"
    frame.to_csv(data, index=False)
    return frame, data


def test_evaluate_by_prints_each_groups_metrics_after_the_overall_ones(capsys, seed_frame, tmp_path):
    _, data = _registers_file(seed_frame, tmp_path)
    status, out, err = run(capsys, "evaluate", str(data), "--by", "register")
    assert status == 0
    # Groups of 3, 2 and 1 statements: said of the plain table too, not only with --intervals.
    assert ("warning: --by register: the metrics of 'a' (3 statements); 'b' (2 statements); '(missing)' "
            "(1 statement) rest on fewer than 30 statements") in err
    # A review: so with --json, and said once with --intervals, whose by-group intervals say it.
    status, _, err = run(capsys, "evaluate", str(data), "--by", "register", "--json")
    assert status == 0 and "rest on fewer than 30 statements" in err
    status, _, err = run(capsys, "evaluate", str(data), "--by", "register", "--intervals", "0.9")
    assert status == 0 and "they rest on 3 statements" in err and "rest on fewer than 30 statements" not in err
    status, out_by_text, err = run(capsys, "evaluate", str(data), "--by", "text")
    assert status == 2 and out_by_text == ""
    assert "--by text is the statements' own column (--text-column text): every group" in err
    overall, groups = out.split("By register (3 groups; every metric: report.by_group(), or --json):\n")
    assert overall.startswith("Evaluation on 6 statements")
    lines = groups.splitlines()
    # the main metrics only, so that the table fits a terminal
    assert lines[0].split() == ["n", "top1_in_gold", "macro_f1", "none_f1", "stance_f_avg", "stance_accuracy"]
    assert lines[1].split() == ["register"] and max(map(len, lines)) <= 100
    assert [line.split()[:3] for line in lines[2:5]] == [["a", "3", "0.667"], ["b", "2", "1.000"],
                                                         ["(missing)", "1", "1.000"]]
    # A metric a group cannot have is "n/a", as the headline says it, and the line below says why.
    assert "NaN" not in groups and "n/a" in "".join(lines[2:5])
    assert lines[5:] == ["n/a: nothing in the group for the metric to measure (no statement it counts, or an F1 "
                         "of 0/0)"]


def test_evaluate_by_an_r_column_reads_its_unquoted_na_as_missing(capsys, seed_frame, tmp_path):
    # R's write.csv writes a missing Date, POSIXct, integer or logical as NA unquoted, as it
    # writes their values, beside its quoted texts: `--by day` showed a group "NA" (and --json
    # "group": "NA"), where stance.evaluate() of pd.read_csv of the file, and the README, say
    # "(missing)". The bytes R 4.2 writes for such a frame:
    quoted = lambda value: '"' + value.replace('"', '""') + '"'  # noqa: E731
    rows = [",".join([quoted(str(at)), *map(quoted, row), *(["2024-03-01", "2024-03-01 10:00:00", "2023", "TRUE"]
                                                            if at < 6 else ["NA"] * 4)])
            for at, row in enumerate(seed_frame.iloc[:6][["text", "labels", "stance"]].values.tolist(), start=1)]
    data = tmp_path / "r.csv"
    data.write_text('"","text","labels","stance","day","at","year","ok"\n' + "\n".join(rows) + "\n",
                    encoding="utf-8")
    for column in ("day", "at", "year", "ok"):
        status, out, err = run(capsys, "evaluate", str(data), "--by", column, "--json")
        assert status == 0, err
        groups = [(group["group"], group["n"]) for group in json.loads(out)["groups"]]
        assert groups[-1] == ("(missing)", 1) and len(groups) == 2, (column, groups)
        assert stance.evaluate(None, pd.read_csv(data), by=column).by_group()["n"].tolist()[-1] == 1
        assert stance.evaluate(None, pd.read_csv(data), by=column).by_group().index[-1] == "(missing)"


def test_evaluate_by_json_has_the_groups_and_their_intervals(capsys, seed_frame, tmp_path):
    frame, data = _registers_file(seed_frame, tmp_path)
    status, out, _ = run(capsys, "evaluate", str(data), "--by", "register", "--intervals", "0.9", "--json")
    assert status == 0
    report = json.loads(out)
    assert report["by"] == "register"
    assert [(g["group"], g["n"]) for g in report["groups"]] == [("a", 3), ("b", 2), ("(missing)", 1)]
    assert report["groups"][0]["metrics"]["top1_in_gold"] == pytest.approx(2 / 3)
    alone = stance.evaluate(None, frame.iloc[3:5]).intervals(level=0.9)  # group b, measured on its own
    for name, row in alone.iterrows():
        given = [math.nan if end is None else end for end in report["groups"][1]["intervals"][name]]
        assert given == pytest.approx([row.low, row.high], nan_ok=True)
    status, out, _ = run(capsys, "evaluate", str(data), "--by", "register", "--intervals")
    assert status == 0 and "95% bootstrap intervals by register" in out
    assert out.split("95% bootstrap intervals by register")[1].splitlines()[3].split()[:2] == ["a", "top1_in_gold"]


@pytest.mark.parametrize("command", ["suggest", "check", "train", "evaluate"])
def test_the_help_of_a_command_reading_a_folder_says_so(capsys, command):
    # A command-line audit: suggest --help called UNLABELLED "a file", and an empty one was told to
    # "name a file", though suggest reads a folder or a glob as check, train and evaluate do.
    with pytest.raises(SystemExit):
        main([command, "--help"])
    described = " ".join(capsys.readouterr().out.split("positional arguments:")[1].split("options:")[0].split())
    assert ".csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them" in described, described
    status, _, err = run(capsys, command, "", *(["-o", "m"] if command == "train" else []))
    assert status == 2 and "the value is empty; name a file or a folder" in err, err


def test_the_help_of_document_says_an_html_file_is_read_with_a_warning_and_a_docx_or_pdf_refused(capsys, tmp_path):
    # document --help said FILE is "not .docx, PDF or HTML", but an HTML file is read, its tags
    # scored as words with a warning, while a .docx and a PDF are refused.
    with pytest.raises(SystemExit):
        main(["document", "--help"])
    described = " ".join(capsys.readouterr().out.split("positional arguments:")[1].split("options:")[0].split())
    assert "not .docx, PDF or HTML" not in described, described
    assert ("HTML is read as text, its tags scored as words (warned of where they are many): strip the markup first"
            in described), described
    assert "a .docx or PDF is refused" in described, described
    (tmp_path / "page.html").write_text("<html><body><p>We stand with Ukraine.</p></body></html>\n", encoding="utf-8")
    status, _, err = run(capsys, "document", str(tmp_path / "page.html"))
    assert status == 0 and "the tags are scored as words: strip the markup first" in err, err
    (tmp_path / "speech.pdf").write_bytes(b"%PDF-1.4 not text")
    status, _, err = run(capsys, "document", str(tmp_path / "speech.pdf"))
    assert status != 0 and "is a PDF; extract its text first" in err, err


def test_evaluate_shows_by_and_compare_with_as_either_or_and_refuses_both_saying_why(capsys, tmp_path):
    # A teacher's audit: --by with --compare-with is refused, but evaluate --help and the README's
    # synopsis showed both as free to combine, where score --help marks [--scheduler | --workers].
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    usage = " ".join(capsys.readouterr().out.split("\n\n")[0].split())
    assert "[--by COLUMN | --compare-with DIR]" in usage
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    synopsis = next(line for line in readme.splitlines() if line.startswith("stance evaluate "))
    assert "[--by COLUMN | --compare-with DIR|bundled]" in synopsis
    # refused as before, before the data is read (there is none here)
    status, _, err = run(capsys, "evaluate", str(tmp_path / "absent.csv"), "--by", "party", "--compare-with", "bundled")
    assert status == 2 and err.strip().endswith("--by does not work with --compare-with: compare the two models on "
                                                "the whole data, or evaluate each with --by")


def test_favor_and_against_are_one_value_in_evaluate_and_repeatable_in_document_and_each_help_says_so(capsys,
                                                                                                      tmp_path):
    # A teacher's audit: document --help showed --favor VALUE, repeatable (--favor favor --favor
    # pro), and evaluate --help --favor FAVOR with no word, and refused a second --favor. An F1
    # is of one stance value, so evaluate takes one; both now show VALUE and say how many.
    from stance.cli import build_parser

    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    flags = {(name, flag): action for name in ("document", "evaluate")
             for action in commands.choices[name]._actions for flag in action.option_strings}
    for flag in ("--favor", "--against"):
        assert flags["document", flag].metavar == flags["evaluate", flag].metavar == "VALUE"
        assert "repeat for several" in flags["document", flag].help
        assert "one value" in flags["evaluate", flag].help and "repeat" not in flags["evaluate", flag].help
    status, _, err = run(capsys, "evaluate", str(tmp_path / "absent.csv"), "--favor", "favor", "--favor", "pro")
    assert status == 2 and "argument --favor: given twice, 'favor' and 'pro'; give it once" in err
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    synopsis = {line.split()[1]: line for line in readme.splitlines() if line.startswith("stance ")}
    assert "[--favor VALUE ... --against VALUE ...]" in synopsis["document"]
    assert "[--favor VALUE --against VALUE]" in synopsis["evaluate"]


def test_every_helps_example_of_favor_or_against_works_with_the_bundled_model_or_names_the_model_it_needs(
        capsys, tmp_path, default_model):
    # An audit of --help: document's "(--favor favor --favor pro)", pasted, was refused with the
    # bundled model ("--favor='pro' is not one of the model's stance values"), the help not
    # saying it is for a model of other stance values.
    from stance.cli import build_parser

    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    seen = set()
    for name, parser in commands.choices.items():
        text = " ".join(parser.format_help().split())
        for value in re.findall(r"--(?:favor|against)[ =]'?([a-z][\w-]*)", text):
            seen.add(value)
            if value not in default_model.stance_classes:
                assert f"a model whose stance values include {value}" in text, (name, value)
    assert "pro" in seen  # document's example of a repeated --favor is still there
    speech = tmp_path / "speech.txt"
    speech.write_text("We must stand with Ukraine. Russia must pay for this war.\n", encoding="utf-8")
    status, _, err = run(capsys, "document", str(speech), "--favor", "favor", "--favor", "pro")
    assert status == 2 and "--favor pro is not one of the model's stance values" in err, err


def test_evaluate_by_a_column_that_is_not_there_names_the_flag(capsys, seed_frame, tmp_path):
    _, data = _registers_file(seed_frame, tmp_path)
    status, _, err = run(capsys, "evaluate", str(data), "--by", "regster")
    assert status == 2
    assert "--by regster: no such column; columns present: ['text', 'labels', 'stance', 'register']. " \
           "Did you mean 'register'?" in err
    status, _, err = run(capsys, "evaluate", str(data), "--by", "register", "--compare-with", "bundled")
    assert status == 2 and "--by does not work with --compare-with" in err


def test_evaluate_by_a_column_it_cannot_group_by_names_the_flag(capsys, seed_frame, tmp_path):
    # The column was named with the flag only when missing: a cell that names no group was
    # "by='party': row 0 holds a list", an argument the terminal user never typed.
    data = tmp_path / "gold.jsonl"
    rows = [{"text": text, "labels": labels, "party": ["SPD", "Greens"] if i == 0 else "SPD"}
            for i, (text, labels) in enumerate(zip(seed_frame.text[:3], seed_frame.labels[:3]))]
    data.write_text("".join(json.dumps(row) + "\n" for row in rows))
    status, _, err = run(capsys, "evaluate", str(data), "--by", "party")
    assert status == 2
    assert err == ("stance evaluate: --by party: row 0 holds a list, not a value to group by "
                   "(rows count from 0, blank lines skipped: row 0 is line 1 of the file)\n")


def test_document_plot_leaves_the_callers_pyplot_backend_and_figures_alone(capsys, tmp_path):
    # main() called where pyplot is in use (a notebook) switched the backend to Agg for
    # --plot: every figure the caller had open was closed, and an interactive backend lost.
    plt = pytest.importorskip("matplotlib.pyplot")
    before = plt.get_backend()
    plt.switch_backend("svg")
    try:
        figure = plt.figure()
        (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
        image = tmp_path / "profile.png"
        assert run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(image))[0] == 0
        assert image.read_bytes().startswith(b"\x89PNG")  # the format its name asks for, whatever the backend
        assert plt.get_backend() == "svg" and plt.fignum_exists(figure.number)
    finally:
        plt.close("all")
        plt.switch_backend(before)


def test_document_plot_with_a_home_matplotlib_cannot_write_says_only_its_own_line(tmp_path):
    # An audit by an engineer wiring stance into a pipeline: with a read-only HOME, --plot wrote
    # matplotlib's "mkdir -p failed for path …/.config/matplotlib" and "Matplotlib created a
    # temporary cache directory …" before the command's line, where it promises one of its own.
    # A HOME that is a file fails matplotlib's mkdir alike, without a read-only mount.
    import subprocess
    import sys

    pytest.importorskip("matplotlib")
    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    (tmp_path / "home").write_text("")
    env = {name: value for name, value in os.environ.items()
           if name not in ("MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run([sys.executable, "-m", "stance", "document", "speech.txt", "--plot", "p.png"],
                          capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0 and done.stderr == "profile drawn to p.png\n", done.stderr
    assert (tmp_path / "p.png").read_bytes().startswith(b"\x89PNG")
    # An MPLCONFIGDIR the user set that cannot be used is told, by matplotlib, as before.
    env["MPLCONFIGDIR"] = str(tmp_path / "home" / "mpl")
    done = subprocess.run([sys.executable, "-m", "stance", "document", "speech.txt", "--plot", "p.png"],
                          capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0 and "MPLCONFIGDIR" in done.stderr, done.stderr


def test_characters_the_plots_font_cannot_draw_are_told_once_with_how_to_choose_a_font(capsys, tmp_path):
    # A Windows user's audit: a document named in Chinese drew its name in the legend as
    # boxes, with one matplotlib warning a character and drawing pass (eight lines for four).
    matplotlib = pytest.importorskip("matplotlib")
    from matplotlib.font_manager import FontProperties, findfont, get_font

    if get_font(findfont(FontProperties())).get_char_index(ord("北")):
        pytest.skip("matplotlib's default font here draws Chinese")
    chinese, german = tmp_path / "北约讲话.txt", tmp_path / "Rede Müller.txt"
    chinese.write_text("We must support Ukraine with more weapons. NATO must stay united.\n")
    german.write_text("We stand with Ukraine. Deterrence works.\n")
    status, _, err = run(capsys, "document", str(chinese), str(german), "--plot", str(tmp_path / "multi.png"))
    assert status == 0, err
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1, err
    # the text that holds them: the legend's name of the document (its path, wrapped)
    assert "4 character(s) (北约讲话) of [" in warnings[0] and "北约讲话.txt']" in warnings[0]
    assert "matplotlibrc" in warnings[0]
    assert 'matplotlib.rcParams["font.family"]' in warnings[0] and "Glyph" not in err
    assert matplotlib.rcParams["font.family"] == matplotlib.rcParamsDefault["font.family"]  # no font chosen for us


def test_document_plot_to_a_folder_suggests_an_image_inside_it(capsys, tmp_path):
    # The folder check shared with the tables suggested '…/profile.png/scores.csv', a name
    # --plot itself refuses (not an image).
    pytest.importorskip("matplotlib")
    (tmp_path / "speech.txt").write_text("We stand together.\n")
    folder = tmp_path / "profile.png"
    folder.mkdir()
    status, out, err = run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(folder))
    assert (status, out) == (2, "")
    assert err == (f"stance document: --plot {str(folder)!r}: it is a folder, not a file; name a file inside it, "
                   f"e.g. {str(folder / 'profile.png')!r}\n")


def test_an_interrupt_counted_for_a_command_refuses_no_library_write_in_another_thread(tmp_path):
    # While a command ran in the main thread (main() in a notebook), the interrupt it had
    # counted also stopped a library write in another thread, which was no part of it.
    import signal
    import threading

    import stance.files

    done = []

    def library_write():
        try:
            stance.files.write_file_atomically(tmp_path / "saved.bin", lambda handle: handle.write(b"data"))
            done.append("written")
        except KeyboardInterrupt:
            done.append("refused")

    with stance.files.interrupts_counted():
        stance.files.note_interrupt(signal.SIGINT)  # dropped in a finalizer: counted, not raised
        thread = threading.Thread(target=library_write)
        thread.start()
        thread.join()
        with pytest.raises(KeyboardInterrupt):  # the command's own write is still stopped
            stance.files.write_file_atomically(tmp_path / "command.bin", lambda handle: handle.write(b"data"))
    assert done == ["written"] and (tmp_path / "saved.bin").read_bytes() == b"data"
    assert not (tmp_path / "command.bin").exists()


def test_a_signal_while_the_handlers_are_put_back_leaves_none_of_the_commands_installed(capsys, monkeypatch):
    # A Ctrl-C arriving while main() put the previous handlers back raised its
    # KeyboardInterrupt inside that cleanup: the command's handler stayed installed for good,
    # and a process that called main() (a notebook) counted every later Ctrl-C as a command's.
    import signal

    real = signal.signal

    def a_ctrl_c_during_the_restore(number, handler):
        if number == signal.SIGTERM and getattr(handler, "__name__", "") != "interrupt":  # putting back
            signal.raise_signal(signal.SIGINT)  # SIGINT's handler is still the command's
        return real(number, handler)

    with _ctrl_c_as_in_a_terminal():
        monkeypatch.setattr(signal, "signal", a_ctrl_c_during_the_restore)
        status, out, err = run(capsys, "classify", "We stand together.")
        monkeypatch.undo()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert (status, out, err) == (130, "unity\n", "stance classify: interrupted\n")


def test_document_plot_over_the_document_is_refused_and_the_document_kept(capsys, tmp_path):
    # An SVG or EPS file is text, and stance document read it; --plot to the same file drew
    # the profile over the document it was made from (every -o table refused this).
    pytest.importorskip("matplotlib")
    source = tmp_path / "notes.svg"
    source.write_text("We stand together. Send tanks to Ukraine.\n")
    before = source.read_bytes()
    status, out, err = run(capsys, "document", str(source), "--plot", str(source))
    assert (status, out) == (2, "")
    assert err == f"stance document: --plot {str(source)!r} is the input file; write the results to another file\n"
    assert source.read_bytes() == before


def test_an_output_inside_the_model_folder_is_refused_before_any_work(capsys, tmp_path, energy_model, monkeypatch):
    # An audit: `stance score pool.csv --model m1 -o m1/scores.csv` wrote into the model's folder,
    # and every later --model m1 was refused ("holds files that are not part of the model").
    pytest.importorskip("matplotlib")
    monkeypatch.chdir(tmp_path)
    energy_model.save(tmp_path / "m1")
    Path("pool.csv").write_text("text\nWe stand together.\n")
    Path("sp.txt").write_text("We stand together.\n")
    (tmp_path / "m1" / "sub").mkdir()  # a subfolder is refused by the load too
    held = sorted(p.name for p in (tmp_path / "m1").iterdir())
    for argv, option, output in (
            (["score", "pool.csv", "--no-progress", "-o"], "-o", "m1/scores.csv"),
            (["suggest", "pool.csv", "-o"], "-o", "./m1/sub/todo.csv"),
            (["document", "sp.txt", "-o"], "-o", "m1/statements.csv"),
            (["document", "sp.txt", "-o", "statements.csv", "--plot"], "--plot", "m1/profile.png")):
        status, out, err = run(capsys, *argv, output, "--model", "m1")
        assert (status, out) == (2, ""), err
        assert f"{option} {output!r} is inside the folder of --model 'm1': a model's folder holds its files" in err
        assert sorted(p.name for p in (tmp_path / "m1").iterdir()) == held and not Path("statements.csv").exists()
    (tmp_path / "m1" / "sub").rmdir()
    assert run(capsys, "score", "pool.csv", "--model", "m1", "-o", "scores.csv", "--no-progress")[0] == 0
    assert run(capsys, "classify", "--model", "m1", "We stand together.")[0] == 0


def test_score_o_that_its_glob_would_read_is_refused_before_any_work(capsys, tmp_path, monkeypatch):
    # An audit: `stance score 'g3/*.csv' -o g3/scored.csv` wrote, and the same command again was
    # refused (the output was its input); another -o was too, the glob having picked up the first.
    monkeypatch.chdir(tmp_path)
    Path("g3").mkdir()
    for name in ("a.csv", "b.csv"):
        Path("g3", name).write_text(f"text\nWe stand together, says {name}.\n")
    status, out, err = run(capsys, "score", "g3/*.csv", "-o", "g3/scored.csv", "--prefix", "p_", "--no-progress")
    assert (status, out) == (2, "")
    assert err == ("stance score: -o 'g3/scored.csv' would be one of the files of glob 'g3/*.csv', which score reads: "
                   "the scores, copies of its rows, would be read again by every later score of it, and scored "
                   "twice; write the result outside it\n")
    assert sorted(os.listdir("g3")) == ["a.csv", "b.csv"]
    # Files the glob does not match are written: another suffix, a folder below.
    Path("g3/out").mkdir()
    for output in ("g3/scored.parquet", "g3/out/scored.csv"):
        if output.endswith(".parquet") and importlib.util.find_spec("pyarrow") is None:
            continue
        assert run(capsys, "score", "g3/*.csv", "-o", output, "--no-progress")[0] == 0
        assert len(pd.read_parquet(output) if output.endswith(".parquet") else pd.read_csv(output)) == 2


def test_model_bundled_names_the_bundled_model_as_compare_with_bundled_does(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no folder called "bundled" here
    status, out, err = run(capsys, "classify", "--model", "bundled", "We have a one-speed NATO.")
    assert (status, out, err) == (0, "unity\n", "")
    (tmp_path / "gold.csv").write_text("text,labels,stance\nWe have a one-speed NATO.,unity,favor\n")
    status, out, err = run(capsys, "evaluate", "gold.csv", "--model", "bundled", "--compare-with", "bundled")
    assert status == 0, err
    assert "this = bundled, other = bundled" in out


def _stance_in_shell(redirect: str, *argv: str, cwd=None, env=None):
    """Run ``python -m stance ARGV REDIRECT`` as a shell would (``>&-`` closes stdout)."""
    import subprocess
    import sys

    return subprocess.run(["sh", "-c", f'"$@" {redirect}', "sh", sys.executable, "-m", "stance", *argv],
                          capture_output=True, text=True, cwd=cwd, env=env)


def test_closed_stdout_is_a_one_line_error_not_a_traceback():
    closed = "cannot write the output: standard output is closed\n"
    done = _stance_in_shell(">&-", "classify", "We have a one-speed NATO.")
    assert (done.returncode, done.stderr) == (2, f"stance classify: {closed}")
    done = _stance_in_shell(">&-", "--version")
    assert (done.returncode, done.stderr) == (2, f"stance: {closed}")


def test_closed_stdout_after_an_output_written_in_full_says_that_it_was(tmp_path):
    # An audit: `stance document sp.txt -o c4.csv >&-` wrote c4.csv whole, then said only "cannot
    # write the output: standard output is closed", as if c4.csv were not written. The status is
    # a closed stdout's as before (2); the message says which output is whole.
    (tmp_path / "sp.txt").write_text("RUTTE: NATO is united.\n", encoding="utf-8")
    done = _stance_in_shell(">&-", "document", "sp.txt", "-o", "c4.csv", cwd=tmp_path)
    assert (done.returncode, done.stderr.splitlines()[-1]) == (
        2, "stance document: wrote 'c4.csv' in full; only what goes to standard output could not be printed: "
           "standard output is closed"), done.stderr
    assert pd.read_csv(tmp_path / "c4.csv")["text"].tolist() == ["NATO is united."]


def test_closed_stderr_keeps_errors_off_stdout_and_lets_work_finish(tmp_path):
    done = _stance_in_shell("2>&-", "classify", "--no-such-flag")
    assert (done.returncode, done.stdout) == (2, "")
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all."]}).to_csv(source, index=False)
    done = _stance_in_shell("2>&-", "score", str(source), "-o", str(out))
    assert done.returncode == 0 and pd.read_csv(out)["labels"].tolist() == ["unity", "none"]



def test_closed_stderr_lets_worker_processes_score(tmp_path):
    # An audit: with stderr closed, the first file or pipe opened took descriptor 2, and the
    # workers of -j 2 started with their stderr closed: each died in loky's start-up
    # (faulthandler.enable()), and the command exited 1 without its output.
    source = tmp_path / "in.csv"
    texts = [f"We have a one-speed NATO, {i}." if i % 2 else f"Thank you all, {i}." for i in range(20000)]
    pd.DataFrame({"text": texts}).to_csv(source, index=False)
    for redirect, out in (("2>&-", "closed_err.csv"), (">&- 2>&- <&-", "closed_all.csv")):
        done = _stance_in_shell(redirect, "score", str(source), "-o", str(tmp_path / out), "-j", "2")
        assert done.returncode == 0, (redirect, done.stdout)
        assert pd.read_csv(tmp_path / out)["labels"].tolist() == stance.score(texts)["labels"].tolist()

def test_non_ascii_names_under_a_c_locale_are_printed_not_a_crash(tmp_path, energy_frame):
    import subprocess
    import sys

    energy_frame.to_csv(tmp_path / "模型.csv", index=False)
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""}

    def stance_command(*argv):
        return subprocess.run([sys.executable, "-m", "stance", *argv], capture_output=True, cwd=tmp_path, env=env)

    done = stance_command("train", "模型.csv", "-o", "modèle", "--stance-column", "stance")
    assert done.returncode == 0 and done.stderr.endswith("saved to modèle\n".encode()), done.stderr
    assert json.loads((tmp_path / "modèle" / "metadata.json").read_bytes())["training_data"]["source"] == "模型.csv"
    done = stance_command("info", "--model", "modèle")
    assert done.returncode == 0 and f"{tmp_path}/modèle (model format".encode() in done.stdout, done.stderr
    done = stance_command("score", "模型.csv", "-o", "出.csv", "--model", "modèle", "--prefix", "p_")
    assert (done.returncode, done.stderr) == (0, f"scored {len(energy_frame)} rows into 出.csv\n".encode())


def test_a_model_trained_from_an_undecodable_file_name_saves(tmp_path, energy_frame):
    name = os.fsdecode(b"mod\xe8le.csv")  # a Latin-1 name, under the UTF-8 locale the tests run in
    if "\udce8" not in name:
        pytest.skip("the file system encoding decodes Latin-1 names")
    energy_frame.to_csv(tmp_path / name, index=False)
    stance.train(tmp_path / name).save(tmp_path / "model")
    source = json.loads((tmp_path / "model" / "metadata.json").read_bytes())["training_data"]["source"]
    assert source == f"{tmp_path}/mod\\xe8le.csv"


def test_train_refuses_the_folder_it_runs_in_before_training(capsys, tmp_path, monkeypatch, energy_model):
    folder = energy_model.save(tmp_path / "mymodel")
    monkeypatch.chdir(folder)
    # No such DATA: refused before the data are read, not after training
    for output in [".", "../mymodel"]:
        status, out, err = run(capsys, "train", "missing.csv", "-o", output, "--overwrite")
        assert (status, out) == (2, "") and err.startswith(f"stance train: cannot save to {output!r}: it is the "
                                                           f"current folder"), err
        assert f"cd {str(tmp_path)!r}, then save to 'mymodel'" in err
    status, _, err = run(capsys, "train", "missing.csv", "-o", ".")  # not "pass --overwrite", which would not help
    assert status == 2 and "it is the current folder" in err
    assert os.listdir(tmp_path) == ["mymodel"] and stance.load(".").labels == energy_model.labels


def test_train_refuses_standard_output_but_makes_a_folder_named_dash_given_dot_slash(capsys, tmp_path, monkeypatch):
    # `stance train data.csv -o -` trained and saved a model folder named "-", where check's and
    # suggest's -o - write to standard output: a model is a folder of files, refused in one line
    # before the data are read. `-o ./-` still names a folder "-", for one who means it.
    monkeypatch.chdir(tmp_path)
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    status, out, err = run(capsys, "train", "missing.csv", "-o", "-")
    assert (status, out) == (2, "") and len(err.splitlines()) == 1, err
    assert "standard output" in err and "folder" in err and "./-" in err, err
    assert list(tmp_path.iterdir()) == []
    status, _, err = run(capsys, "train", str(energy), "-o", "./-")
    assert status == 0 and (tmp_path / "-").is_dir() and stance.load(tmp_path / "-").labels, err


def test_evaluate_json_writes_non_ascii_label_names_as_themselves(capsys, tmp_path, energy_frame):
    # `stance evaluate --json` wrote a label "Énergie" as "\u00c9nergie", unlike every other
    # output of the CLI; under an ASCII output encoding it must still not crash.
    import subprocess
    import sys

    frame = energy_frame.assign(labels=energy_frame["labels"].str.replace("renewables", "Énergie"),
                                région=["Île-de-France", "Bretagne"] * (len(energy_frame) // 2))
    data = tmp_path / "énergie.csv"
    frame.to_csv(data, index=False)
    stance.train(frame, stance_column="stance").save(tmp_path / "model")
    command = ["evaluate", str(data), "--model", str(tmp_path / "model"), "--by", "région", "--json"]
    status, out, _ = run(capsys, *command)
    assert status == 0 and '"Énergie": {' in out and '"group": "Île-de-France"' in out and "\\u00" not in out
    report = json.loads(out)
    assert "Énergie" in report["per_label"] and report["groups"][0]["group"] == "Bretagne"
    done = subprocess.run([sys.executable, "-m", "stance", *command], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == out  # UTF-8 whatever the output encoding asked for


_NO_DASK = ("dask", "dask.dataframe", "dask.distributed", "distributed")


def test_score_given_a_folder_scores_it_as_stance_score_reads_it_without_dask(capsys, tmp_path, monkeypatch):
    # A pipeline engineer's audit: `stance score fold -o out/fold.csv` (a.csv, b.jsonl, c.csv) was refused,
    # told `stance score 'fold/*.csv' -o …`, which a default install refused ("needs dask, which is not
    # installed") and which left b.jsonl out unsaid, while stance.score('fold') and stance train read the
    # folder. It now scores the folder as stance.score reads it, on this machine: the same rows, in the same
    # order, with the same columns, each row's file and row first, in `row`, as check -o and suggest -o write.
    for name in _NO_DASK:
        monkeypatch.setitem(sys.modules, name, None)  # a default install: `import dask` raises ImportError
    fold = tmp_path / "fold"
    fold.mkdir()
    pd.DataFrame({"id": [1, 2], "text": ["We have a one-speed NATO.", "Send more tanks to Kyiv."]}).to_csv(
        fold / "a.csv", index=False)
    (fold / "b.jsonl").write_text('{"id": 3, "text": "Bring the brigade home."}\n', encoding="utf-8")
    (fold / "c.csv").write_text("id;text\n4;Thank you all.\n", encoding="utf-8")  # Excel's semicolons
    (fold / "notes.txt").write_text("not a table")
    expected = stance.score(str(fold))  # what the library reads of the folder, and scores
    out = tmp_path / "out.csv"
    status, _, err = run(capsys, "score", f"{fold}/", "-o", str(out))
    assert (status, err) == (0, f"scored 4 rows into {out}\n"), err
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(written.columns) == ["row", *expected.columns]
    assert written.row.tolist() == expected.index.tolist() == ["a.csv:0", "a.csv:1", "b.jsonl:0", "c.csv:0"]
    assert written.id.tolist() == [str(value) for value in expected.id] == ["1", "2", "3", "4"]
    assert written.text.tolist() == expected.text.tolist()
    assert written.labels.tolist() == expected.labels.tolist()
    assert [float(value) for value in written.confidence] == pytest.approx(expected.confidence.tolist())
    # With Dask's flags it is refused, given the glob with them and every file that glob leaves out, and that
    # the folder alone is scored here; every path of the command quoted as a shell needs it.
    spaced = tmp_path / "my scores.csv"
    status, _, err = run(capsys, "score", str(fold), "-o", str(spaced), "--workers", "2")
    assert (status, err) == (2, (
        f"stance score: {str(fold)!r} is a folder (of a.csv, b.jsonl, c.csv); --workers reads a quoted glob of "
        f"its files: stance score {shlex.quote(str(fold / '*.csv'))} -o {shlex.quote(str(spaced))} --workers 2, "
        f"which leaves out b.jsonl (a glob read with Dask reads .csv, .tsv and .parquet files only); or leave "
        f"--workers out to score every file of the folder on this machine, as stance.score reads it\n")), err
    assert not spaced.exists()


def test_a_quoted_glob_without_dask_is_told_what_reads_its_files_on_this_install(capsys, tmp_path, monkeypatch):
    # A pipeline engineer's audit: `stance score 'in/p*.csv' -o out/glob.csv` on a default install said only
    # "scoring files with Dask needs dask, which is not installed … pip install ".[dask]" in your clone of stance",
    # while `stance score FOLDER` and stance.score('in/p*.csv') read the same files here. It now names them: the
    # folder where it holds just the glob's files (else what else it holds), stance.score(pattern), and the
    # extra's packages to install, which a wheel's install takes as a clone's does.
    for name in _NO_DASK:
        monkeypatch.setitem(sys.modules, name, None)  # a default install: `import dask` raises ImportError
    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(["We have a one-speed NATO.", "Send more tanks to Kyiv."], start=1):
        pd.DataFrame({"text": [text]}).to_csv(folder / f"p{number}.csv", index=False)
    pattern, out = str(folder / "p*.csv"), tmp_path / "glob.csv"
    install = ('; or install dask: pip install "dask[dataframe,distributed]>=2025.5" (the dask extra\'s packages, '
               "for a wheel's install or a clone's)\n")
    status, _, err = run(capsys, "score", pattern, "-o", str(out))
    assert (status, err) == (2, (
        f"stance score: IN {pattern!r} is a glob, which stance score reads with Dask, and dask is not installed; on "
        f"this install, score the folder that holds just these files: stance score {shlex.quote(str(folder))} -o "
        f"{shlex.quote(str(out))}, or in Python stance.score({pattern!r}){install}")), err
    assert not out.exists()
    # the folder advised scores the glob's rows, as stance.score reads the glob
    status, _, err = run(capsys, "score", str(folder), "-o", str(out))
    assert (status, err) == (0, f"scored 2 rows into {out}\n"), err
    assert pd.read_csv(out).text.tolist() == stance.score(pattern).text.tolist() == [
        "We have a one-speed NATO.", "Send more tanks to Kyiv."]
    # a folder holding another table is not advised: it would score that one too
    pd.DataFrame({"text": ["Thank you all."]}).to_csv(folder / "q.csv", index=False)
    status, _, err = run(capsys, "score", pattern, "-o", str(out))
    assert (status, err) == (2, (
        f"stance score: IN {pattern!r} is a glob, which stance score reads with Dask, and dask is not installed; its "
        f"folder {str(folder)!r} holds q.csv too, which stance score {shlex.quote(str(folder))} would score as well: "
        f"on this install, read the glob's files alone in Python stance.score({pattern!r}){install}")), err
    assert len(stance.score(pattern)) == 2
    # A review of 2c92fecd: -o inside the folder was advised as `stance score in -o in/out.csv`, which that
    # command refuses (exit 2, the output would be one of the folder's files): the same name beside the folder is.
    (folder / "q.csv").unlink()
    monkeypatch.chdir(tmp_path)
    inside = os.path.join("in", "out.csv")
    status, _, err = run(capsys, "score", os.path.join("in", "p*.csv"), "-o", inside)
    assert (status, err) == (2, (
        f"stance score: IN {os.path.join('in', 'p*.csv')!r} is a glob, which stance score reads with Dask, and dask "
        f"is not installed; on this install, score the folder that holds just these files: stance score in -o "
        f"out.csv (outside the folder: -o {inside!r} would be one of its files), or in Python "
        f"stance.score({os.path.join('in', 'p*.csv')!r}){install}")), err
    status, _, err = run(capsys, "score", "in", "-o", "out.csv")  # the command advised runs
    assert (status, err) == (0, "scored 2 rows into out.csv\n"), err
    assert not (folder / "out.csv").exists()
    # A glob matching no file was "needs dask", which installing dask would only turn into "no files match":
    # told as with dask, --workers too; a URL's glob, read through dask alone, still names the missing import.
    for workers in ([], ["--workers", "2"]):
        status, _, err = run(capsys, "score", os.path.join("in", "q*.csv"), "-o", "out.csv", *workers)
        assert (status, err) == (2, f"stance score: no files match {os.path.join('in', 'q*.csv')!r}; give a file or "
                                    f"a glob such as 'data/*.csv' (quoted)\n"), err
    status, _, err = run(capsys, "score", "s3://bucket/p*.csv", "-o", "out.csv")
    assert status == 2, err
    assert err.startswith("stance score: scoring files with Dask needs dask, which is not installed"), err


def test_a_folder_named_as_a_table_is_scored_and_suggested_from_under_its_first_files_header(capsys, tmp_path):
    # Spark writes a table as a folder named as one ("out.csv/part-0.csv"): its output's header was read
    # from the folder as if it were the file, and the write failed, "cannot write 's.csv': Is a directory"
    # (exit 1), in stance suggest -o too. The first file's header is the output's, its empty name kept.
    spark = tmp_path / "out.csv"
    spark.mkdir()
    for number, text in enumerate(["We stand with Ukraine.", "Bring the brigade home."]):
        (spark / f"part-{number}.csv").write_text(f",text\n0,{text}\n", encoding="utf-8")
    scored, suggested = tmp_path / "scored.csv", tmp_path / "todo.csv"
    assert run(capsys, "score", str(spark), "-o", str(scored))[:2] == (0, "")
    assert scored.read_text(encoding="utf-8").splitlines()[0].startswith("row,,text,label,labels,stance,")
    assert pd.read_csv(scored).row.tolist() == ["part-0.csv:0", "part-1.csv:0"]
    status, _, err = run(capsys, "suggest", str(spark), "-n", "1", "-o", str(suggested))
    assert status == 0 and err == f"wrote 1 suggestion to {suggested}\n", err


def test_score_names_a_folder_as_its_other_refusals_name_the_input(capsys, tmp_path, monkeypatch):
    # A review of 1e7802f, which took "input " from score's "file not found": a folder was still
    # "input 'fold' is a folder, …".
    monkeypatch.chdir(tmp_path)
    Path("fold").mkdir()
    for dask in ([], ["--workers", "1"]):
        status, _, err = run(capsys, "score", "fold", "-o", "o.csv", *dask)
        assert (status, err) == (2, "stance score: 'fold' is a folder, with no .csv/.tsv/.jsonl/.parquet files in "
                                    "it\n")
    Path("fold/a.csv").write_text("text\nNATO is united.\n")
    status, _, err = run(capsys, "score", "fold", "-o", "-")
    assert (status, err) == (2, "stance score: output '-' (standard output): tables are written to a .csv, .tsv, "
                                ".jsonl or .parquet file, whole or not at all; name one, e.g. -o out.csv\n"), err
    assert not Path("o.csv").exists()


def test_a_folder_given_to_score_with_dasks_flags_is_told_a_glob_that_reads_what_it_lists(
        capsys, tmp_path, monkeypatch):
    # A Windows analyst's audit: a folder 'b[1] 50%' was told `stance score 'b[1] 50%/*.csv' -o o.csv`,
    # whose brackets are a glob's and match nothing (stance document escapes them: 'd[[]1]/*.txt'),
    # and a folder of .a.csv and b.csv was told it held both, where the glob skips '.a.csv'.
    pytest.importorskip("dask")
    monkeypatch.chdir(tmp_path)
    Path("b[1] 50%").mkdir()
    Path("b[1] 50%/base.csv").write_text("text\nNATO is united.\nSend tanks to Kyiv.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "b[1] 50%", "-o", "o.csv", "--workers", "1")
    assert status == 2 and "stance score 'b[[]1] 50%/*.csv' -o o.csv --workers 1; or leave" in err, err
    suggested = shlex.split(err.split("its files: ")[1].split("; or leave")[0])
    assert suggested[-2:] == ["--workers", "1"]
    assert run(capsys, *suggested[1:-2])[0] == 0 and len(pd.read_csv("o.csv")) == 2  # the glob pasted reads it
    assert run(capsys, "score", "b[1] 50%", "-o", "f.csv")[0] == 0  # and the folder alone, on this machine
    assert pd.read_csv("f.csv").drop(columns="row").equals(pd.read_csv("o.csv"))
    Path("h").mkdir()
    Path("h/.a.csv").write_text("text\nWe agree.\n", encoding="utf-8")
    Path("h/b.csv").write_text("text\nWe disagree.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "h", "-o", "o.csv", "--workers", "1")
    assert (status, err) == (2, "stance score: 'h' is a folder (of b.csv; 1 named with a leading '.' a glob skips); "
                                "--workers reads a quoted glob of its files: stance score 'h/*.csv' -o o.csv "
                                "--workers 1, which leaves out .a.csv (named with a leading '.', which a glob skips); "
                                "or leave --workers out to score every file of the folder on this machine, as "
                                "stance.score reads it\n"), err
    Path("h/b.csv").unlink()  # hidden files alone: no glob reads them
    status, _, err = run(capsys, "score", "h", "-o", "o.csv", "--workers", "1")
    assert status == 2 and err.endswith("--workers reads no glob of them; leave --workers out to score every file "
                                        "of the folder on this machine, as stance.score reads it\n"), err
    assert run(capsys, "score", "h", "-o", "h.csv")[0] == 0 and pd.read_csv("h.csv").row.tolist() == [".a.csv:0"]


def _folders_of_one_file_in(encoding: str, name: str, folders: tuple[str, ...]) -> None:
    """Make each of ``folders`` (in the working folder) hold ``name``, a file in ``encoding``,
    beside a UTF-8 one, ok.csv."""
    for folder in folders:
        Path(folder).mkdir()
        Path(folder, name).write_bytes("text,labels\nWe don’t agree,none\n".encode(encoding))
        Path(folder, "ok.csv").write_text("text,labels\nWe agree,none\n", encoding="utf-8")


def test_a_badly_encoded_file_of_a_glob_or_folder_is_told_to_be_converted_in_place(capsys, tmp_path, monkeypatch):
    # A Windows analyst's audit: a cp1252 file of `stance score 'xl2/*.csv'` was told to re-save it as
    # 'xl2/cp 1252.utf8.csv', a copy the glob then matches beside the original, which fails again;
    # train of the folder was told the same. The advice converts the file in place, and the glob's
    # never names --encoding, which a glob refuses.
    pytest.importorskip("dask")
    monkeypatch.chdir(tmp_path)
    _folders_of_one_file_in("cp1252", "cp 1252.csv", ("xl2", "xl3"))
    in_place = "iconv -f cp1252 -t utf-8 '{0}/cp 1252.csv' > converted.tmp && mv converted.tmp '{0}/cp 1252.csv'"
    for argv, folder in [(["score", "xl2/*.csv", "-o", "x2.csv"], "xl2"), (["train", "xl3", "-o", "m"], "xl3")]:
        status, _, err = run(capsys, *argv)
        assert status == 2 and in_place.format(folder) in err and ".utf8." not in err, err
        if argv[0] == "score":
            assert "--encoding" not in err, err
    converted = Path("xl2/cp 1252.csv").read_bytes().decode("cp1252")
    Path("xl2/cp 1252.csv").write_text(converted, encoding="utf-8")  # what the command does
    assert run(capsys, "score", "xl2/*.csv", "--prefix", "p_", "-o", "x2.csv")[0] == 0
    assert len(pd.read_csv("x2.csv")) == 2
    # A file read on its own is still told to write a copy beside it (nothing else reads that folder).
    status, _, err = run(capsys, "score", "xl3/cp 1252.csv", "-o", "x3.csv")
    assert status == 2 and "> 'xl3/cp 1252.utf8.csv'" in err, err


def test_an_unmarked_utf16_file_of_a_glob_or_folder_is_told_to_be_converted_in_place(capsys, tmp_path, monkeypatch):
    # A Windows analyst's audit: a UTF-16 file without a byte-order mark in `stance score 'xl/*.csv'`
    # was told to pass --encoding utf-16-le, which a glob refuses, or to write a copy the glob
    # then matches beside it. Told as 54f084a tells a cp1252 file of a glob.
    pytest.importorskip("dask")
    monkeypatch.chdir(tmp_path)
    _folders_of_one_file_in("utf-16-le", "u 16.csv", ("xl", "xl4"))
    in_place = "iconv -f utf-16le -t utf-8 '{0}/u 16.csv' > converted.tmp && mv converted.tmp '{0}/u 16.csv'"
    for argv, folder in [(["score", "xl/*.csv", "--workers", "1", "-o", "x.csv"], "xl"),
                         (["score", "xl/*.csv", "-o", "x.csv"], "xl"), (["train", "xl4", "-o", "m"], "xl4")]:
        status, _, err = run(capsys, *argv)
        assert status == 2 and in_place.format(folder) in err and ".utf8." not in err, err
        if argv[0] == "score":
            assert "--encoding" not in err, err
        else:  # one --encoding reads the folder's UTF-8 file too
            assert "pass --encoding utf-16-le only if they are all in it" in err, err
    converted = Path("xl/u 16.csv").read_bytes().decode("utf-16-le")
    Path("xl/u 16.csv").write_text(converted, encoding="utf-8")  # what the command does
    assert run(capsys, "score", "xl/*.csv", "--prefix", "p_", "-o", "x.csv")[0] == 0
    assert len(pd.read_csv("x.csv")) == 2
    # A file read on its own is still told to write a copy beside it.
    status, _, err = run(capsys, "score", "xl4/u 16.csv", "-o", "x4.csv")
    assert status == 2 and "--encoding utf-16-le" in err and "> 'xl4/u 16.utf8.csv'" in err, err


@pytest.mark.parametrize("argv, typed", [
    (["--stem", "german"], "--option stem=german"),
    (["--ngram-max=3"], "--option ngram_max=3"),
    (["--C", "10"], "--option C=10"),
])
def test_a_model_option_given_as_a_flag_points_to_option(capsys, tmp_path, argv, typed):
    # "stance: unrecognized arguments: --stem german" gave no hint that model options are
    # passed as --option NAME=VALUE (a user of stem="german" in Python guesses --stem).
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m"), *argv]) == 2
    assert f"model options are passed as --option NAME=VALUE: {typed}" in capsys.readouterr().err
    assert main(["score", str(tmp_path / "data.csv"), "-o", str(tmp_path / "o.csv"), "--stem", "german"]) == 2
    assert "--option" not in capsys.readouterr().err  # score takes no model options



@pytest.mark.parametrize("argv, said", [
    (["classify", "--jsn", "x"], "stance classify: unrecognized arguments: --jsn; did you mean --json?"),
    (["explain", "x", "--lable", "unity"],
     "stance explain: unrecognized arguments: --lable unity; did you mean --label?"),
    (["score", "in.csv", "-o", "o.csv", "--txt-column=body"],
     "stance score: unrecognized arguments: --txt-column=body; did you mean --text-column?"),
    (["info", "extra"], "stance info: unrecognized arguments: extra"),
    # An abbreviation is no flag (it read as the flag it began): the flag it begins is named.
    (["classify", "--jso", "x"], "stance classify: unrecognized arguments: --jso; did you mean --json?"),
    (["score", "in.csv", "-o", "o.csv", "--text", "body"],
     "stance score: unrecognized arguments: --text body; did you mean --text-column?"),
    # A mistyped command, or a flag before the command, got no hint.
    (["clasify", "x"], "stance: argument command: invalid choice: 'clasify' (choose from 'classify', 'explain', "
                       "'score', 'document', 'train', 'evaluate', 'info', 'suggest', 'check'); did you mean classify?"),
    (["--verison"], "stance: unrecognized arguments: --verison; did you mean --version?"),
    (["--vers"], "stance: unrecognized arguments: --vers; did you mean --version?"),
    # A required flag mistyped was told only that it is missing.
    (["score", "in.csv", "--out", "o.csv"],
     "stance score: the following arguments are required: -o/--output; --out is no flag; did you mean --output?"),
    (["train", "x.csv", "--zzz", "--outptu=m"], "stance train: the following arguments are required: -o/--output; "
                                                "--outptu is no flag; did you mean --output?"),
    (["score", "in.csv"], "stance score: the following arguments are required: -o/--output"),
    # A newcomer's audit: the output given by position, as cp takes its target, was told only that -o is missing.
    (["score", "in.csv", "out.csv"],
     "stance score: the following arguments are required: -o/--output; did you mean -o out.csv?"),
    (["train", "labels.csv", "--text-column", "speech", "my model"],
     "stance train: the following arguments are required: -o/--output; did you mean -o 'my model'?"),
    (["score", "in.csv", "out.csv", "more.csv"], "stance score: the following arguments are required: -o/--output"),
    # A review of 0dc4f1e1: after "--", which ends the flags, the word went unnamed.
    (["score", "--", "in.csv", "out.csv"],
     "stance score: the following arguments are required: -o/--output; did you mean -o out.csv?"),
    # Flags that tie for nearest are named each (--selp: --help and --sep, each one edit away),
    # as are the flags a beginning shared by several begins.
    (["score", "in.csv", "-o", "o.csv", "--selp"],
     "stance score: unrecognized arguments: --selp; did you mean --help or --sep?"),
    (["score", "in.csv", "-o", "o.csv", "--s"],
     "stance score: unrecognized arguments: --s; did you mean --scheduler, --sep or --sha256?"),
    # So are they of a long flag written with one dash, which named one of them ("-selp": --sep).
    (["score", "in.csv", "-o", "o.csv", "-selp"],
     "stance score: argument -selp: a long flag takes two dashes; did you mean --help or --sep?"),
    # A command's flag before the command was read as the command ("invalid choice: 'm'") or
    # told "did you mean --json?" of --json: where it goes is said.
    (["--model", "m", "classify", "x"],
     "stance: argument command: invalid choice: 'm' (choose from 'classify', 'explain', 'score', 'document', "
     "'train', 'evaluate', 'info', 'suggest', 'check'); --model is a flag of stance classify: give it after the "
     "command (stance classify --model …)"),
    (["clasify", "--json", "info"],  # a mistyped command, its text a command's name
     "stance: argument command: invalid choice: 'clasify' (choose from 'classify', 'explain', 'score', 'document', "
     "'train', 'evaluate', 'info', 'suggest', 'check'); did you mean classify?"),
    (["--json", "classify", "x"], "stance classify: unrecognized arguments: --json; --json is a flag of stance "
                                  "classify: give it after the command (stance classify --json …)"),
    (["-o", "o.csv", "score", "in.csv"],
     "stance: argument command: invalid choice: 'o.csv' (choose from 'classify', 'explain', 'score', 'document', "
     "'train', 'evaluate', 'info', 'suggest', 'check'); -o is a flag of stance score: give it after the command "
     "(stance score -o …)"),
])
def test_an_unrecognised_flag_names_its_command_and_the_closest_flag(capsys, argv, said):
    # It was "stance: unrecognized arguments: --jsn", naming no command and no flag.
    assert run(capsys, *argv)[::2] == (2, said + "\n")


def test_a_second_word_that_names_a_file_already_there_is_not_offered_as_the_output(capsys, tmp_path, monkeypatch):
    # A review of 0dc4f1e1: "stance score a.csv b.csv", b.csv a second file of statements, was told "did you mean
    # -o b.csv?", and that command replaces b.csv with a.csv's scores; the word is told as there, not offered.
    monkeypatch.chdir(tmp_path)
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text("text\nNATO must stay united.\n", encoding="utf-8")
    (tmp_path / "models").mkdir()
    for argv in (["score", "a.csv", "b.csv"], ["train", "a.csv", "models"]):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, "")
        assert err == (f"stance {argv[0]}: the following arguments are required: -o/--output; {argv[2]} is there "
                       f"already, so it is not offered as -o: stance {argv[0]} reads one input (a folder or a quoted "
                       f"glob reads several) and writes a new output, -o OUT\n")
    assert (tmp_path / "b.csv").read_text(encoding="utf-8") == "text\nNATO must stay united.\n"
    assert run(capsys, "score", "a.csv", "new.csv")[2].endswith("; did you mean -o new.csv?\n")


def _suggested(err):
    """The command a refusal suggests, in its last parentheses, as the words a shell passes."""
    return shlex.split(re.search(r"\((stance [^()]*)\)$", err.strip()).group(1))[1:]


@pytest.mark.parametrize("argv", [["classify", "-5%"], ["classify", "-5%", "--json"],
                                  ["classify", "NATO.", "-5%", "--model", "bundled"], ["explain", "-5%", "-n", "2"],
                                  ["classify", "--5%"]])
def test_a_statement_that_begins_with_a_dash_is_told_that_double_dash_ends_the_flags(capsys, argv):
    # An audit: "stance classify -5%" was told "unrecognized arguments: -5%" alone, with no word
    # that -- ends the flags; the command suggested must run, and answer the statement.
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert "is no flag of stance" in err and "put it after --, which ends the flags" in err
    suggested = _suggested(err)
    assert sorted(suggested) == sorted([*argv, "--"])  # every word kept, -- added
    texts = suggested[suggested.index("--") + 1:]
    status, out, _ = run(capsys, *suggested)
    assert status == 0
    if argv[0] == "explain":
        assert out.startswith("-5%\n")
    elif "--json" in argv:
        assert [json.loads(line)["text"] for line in out.splitlines()] == ["-5%"]
    else:
        assert out.splitlines() == [prediction.label for prediction in stance.classify_many(texts)]


@pytest.mark.parametrize("argv", [["classify", "-5%", "-10 percent", "NATO."], ["classify", "-5%", "-5", "--json"],
                                  ["classify", "--json", "-5% of GDP", "-5%", "-.5"]])
def test_the_double_dash_hint_keeps_the_statements_in_their_order(capsys, argv):
    # A statement that argparse reads as a value though it begins with "-" (one with a space, a
    # negative number) was moved among the flags, before --: "stance
    # classify -5% '-10 percent' NATO." was told to run "stance classify '-10 percent' -- -5%
    # NATO.", whose lines of output come in another order than the statements given.
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    suggested = _suggested(err)
    flags = [word for word in argv[1:] if word == "--json"]
    assert suggested == [argv[0], *flags, "--", *[word for word in argv[1:] if word not in flags]]


@pytest.mark.parametrize("model", ["--model=my model", "--model=C:\\My Models\\nato"])
def test_the_double_dash_hint_keeps_a_flag_given_a_value_with_a_space_among_the_flags(capsys, model):
    # A model's path with a space, given with "=", is a flag to argparse (the space makes only an
    # unknown word a value), but the hint put it after --, where it is a statement to classify and
    # the bundled model answers: "stance classify -- -5% '--model=my model' NATO.".
    status, out, err = run(capsys, "classify", "-5%", model, "NATO.")
    assert status == 2 and out == ""
    assert _suggested(err) == ["classify", model, "--", "-5%", "NATO."]


def test_the_double_dash_hint_keeps_a_short_flag_and_its_value_in_one_word_among_the_flags(capsys):
    # A review of b2cedb4f: argparse reads "-n 5", one word, as -n given 5 (a short flag's value may
    # follow it in its word), but the hint moved it after --, as "--model=my model" was before
    # b2cedb4f: "stance explain -- -5% '-n 5' NATO." explains "-n 5" as a statement, 10 n-grams each.
    status, out, err = run(capsys, "explain", "-5%", "-n 5", "NATO.")
    assert status == 2 and out == ""
    suggested = _suggested(err)
    assert suggested == ["explain", "-n 5", "--", "-5%", "NATO."]
    status, out, err = run(capsys, *suggested)
    assert status == 0, err
    assert out == run(capsys, "explain", "-n", "5", "--", "-5%", "NATO.")[1]


@pytest.mark.parametrize("argv, flag", [
    (["score", "in.csv", "-o", "o.csv", "--text-column", "-text"], "--text-column"),
    (["document", "doc.txt", "--speaker", "-speaker"], "--speaker"),
    (["train", "lab.csv", "-o", "m", "--none-label", "-none"], "--none-label"),
])
def test_a_value_that_is_its_flag_s_name_with_one_dash_is_told_to_follow_an_equals_sign(capsys, argv, flag):
    # "--text-column -text" (a column named "-text") was told "argument -text: a long flag takes
    # two dashes; did you mean --text-column?", the flag given just before it, where any other
    # value that begins with "-" ("--text-column -txt") is told --text-column=-txt.
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err == (f"stance {argv[0]}: argument {flag}: expected one argument; a value that begins with - is given "
                   f"with =: {flag}={argv[-1]}\n")


def test_a_one_dash_flag_after_a_flag_s_value_is_still_told_it_takes_two(capsys):
    status, _, err = run(capsys, "score", "in.csv", "--text-column", "-output=o.csv")
    assert status == 2 and err.endswith("argument -output: a long flag takes two dashes; did you mean --output?\n")


@pytest.mark.parametrize("command", ["classify", "explain"])
def test_the_help_of_a_command_of_statements_says_that_double_dash_ends_the_flags(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "one that begins with - goes after --, which ends the flags" in " ".join(capsys.readouterr().out.split())


def test_the_dash_hint_of_a_long_statement_is_one_short_line(capsys):
    status, _, err = run(capsys, "classify", "We stand together with our allies. " * 40, "-5%")
    assert status == 2 and err.endswith("put it after --, which ends the flags (stance classify … -- TEXT)\n")
    assert len(err) < 250


@pytest.mark.parametrize("command, argv", [("document", ["-notes.txt"]), ("score", ["-in.csv", "-o", "o.csv"]),
                                           ("document", ["a.txt", "-notes.txt"])])
def test_a_path_that_begins_with_a_dash_is_told_how_to_give_it(capsys, tmp_path, monkeypatch, command, argv):
    # "stance document -notes.txt" was told "the following arguments are required: FILE; give - to read the
    # document from standard input", as if no file were given.
    monkeypatch.chdir(tmp_path)
    for name in ("-notes.txt", "a.txt"):
        Path(name).write_text("NATO must stand together. We will defend every inch of allied territory.\n")
    Path("-in.csv").write_text("text\nNATO must stand together.\n")
    status, _, err = run(capsys, command, *argv)
    assert status == 2 and "is no flag of stance" in err and "standard input" not in err
    dashed = next(word for word in argv if word.startswith("-") and word != "-o")
    assert f"write it ./{dashed}, or put it after --" in err
    assert run(capsys, *_suggested(err))[0] == 0
    assert run(capsys, command, *[word for word in argv if word != dashed and word != "o.csv" and word != "-o"],
               *(["-o", "o2.csv"] if command == "score" else []), "--", dashed)[0] == 0


@pytest.mark.parametrize("argv, said", [
    # A misspelt flag keeps its "did you mean", not the hint of a value.
    (["classify", "--jsn", "x"], "stance classify: unrecognized arguments: --jsn; did you mean --json?"),
    (["classify", "-jsn", "x"], "stance classify: argument -jsn: a long flag takes two dashes; did you mean --json?"),
    (["document", "--speker", "A", "a.txt"],
     "stance document: unrecognized arguments: --speker; did you mean --speaker?"),
    # A flag's value that begins with "-" is given with "=".
    (["score", "in.csv", "-o", "-out.csv"],
     "stance score: argument -o/--output: expected one argument; a value that begins with - is given with =: "
     "--output=-out.csv"),
    (["document", "--speaker", "-Q", "a.txt"],
     "stance document: argument --speaker: expected one argument; a value that begins with - is given with =: "
     "--speaker=-Q"),
    # A flag of a number given itself with one dash got argparse's "expected one argument" alone,
    # where --speaker -speaker is told how a value that begins with "-" is given: no number is.
    (["score", "in.csv", "-o", "o.csv", "--chunk-size", "-chunk-size"],
     "stance score: argument --chunk-size: expected one argument; -chunk-size is no value it takes, but the flag "
     "again with one dash: give it once, with its value (--chunk-size CHUNK_SIZE)"),
    (["score", "in.csv", "-o", "o.csv", "-j", "-n-jobs"],
     "stance score: argument -j/--n-jobs: expected one argument; -n-jobs is no value it takes, but the flag again "
     "with one dash: give it once, with its value (--n-jobs N)"),
    (["document", "--speaker", "-speaker", "a.txt"],
     "stance document: argument --speaker: expected one argument; a value that begins with - is given with =: "
     "--speaker=-speaker"),
    # Not where the value is a flag (the value forgotten), one the flag refuses, or no value is wanted.
    (["score", "in.csv", "-o", "--json"], "stance score: argument -o/--output: expected one argument"),
    (["explain", "x", "-n", "-x"], "stance explain: argument -n: expected one argument"),
    (["score", "in.csv", "-x.csv", "-o", "o.csv"], "stance score: unrecognized arguments: -x.csv"),
    (["info", "-x"], "stance info: unrecognized arguments: -x"),
])
def test_a_dash_is_hinted_at_only_where_a_value_was_refused(capsys, argv, said):
    assert run(capsys, *argv)[::2] == (2, said + "\n")


@pytest.mark.parametrize("argv, asked", [(["help"], ["--help"]), (["help", "score"], ["score", "--help"]),
                                          (["help", "train", "--help"], ["train", "--help"]),
                                          (["help", "help"], ["--help"])])
def test_help_shows_the_help_asked_for(capsys, argv, asked):
    # A newcomer's audit: "stance help score" was told "invalid choice: 'help' …; did you mean
    # stance --help?", which lists the commands, not score's options; "stance help" was refused too.
    with pytest.raises(SystemExit) as helped:
        main(argv)
    shown = capsys.readouterr()
    with pytest.raises(SystemExit):
        main(asked)
    assert helped.value.code == 0 and shown.err == "" and shown.out == capsys.readouterr().out
    assert shown.out.startswith(f"usage: stance {asked[0] + ' ' if asked[0] != '--help' else ''}[-h]")


@pytest.mark.parametrize("argv, said", [
    (["help", "scor"], "stance help: 'scor' is no command; did you mean score?"),
    (["help", "nosuch"], "stance help: 'nosuch' is no command; the commands are classify, explain, score, "
                         "document, train, evaluate, info, suggest, check"),
    (["help", "score", "train"], "stance help: name one command, got 'score', 'train' (stance help COMMAND, "
                                 "or stance COMMAND --help)"),
])
def test_help_of_no_command_is_a_usage_error(capsys, argv, said):
    assert run(capsys, *argv) == (2, "", said + "\n")
    # --version beside it prints the version, as beside anything else.
    assert run(capsys, *argv, "--version") == (0, stance.__version__ + "\n", "")


@pytest.mark.parametrize("argv", [["evaluate", "{data}", "--favor", "{given}"],
                                  ["document", "{speech}", "--favor", "{given}"],
                                  ["document", "{speech}", "--against", "{given}"]])
def test_a_mistyped_stance_value_is_told_the_one_it_means(capsys, tmp_path, argv):
    # A newcomer's audit: "--favor fvor" listed the model's stance values but named none, where
    # "--label untiy" is answered "did you mean 'unity'?".
    data, speech = tmp_path / "data.csv", tmp_path / "speech.txt"
    data.write_text("text,labels,stance\nWe stand together.,unity,favor\n", encoding="utf-8")
    speech.write_text("We stand together.\n", encoding="utf-8")
    flag = argv[2]
    given = {"--favor": "fvor", "--against": "agianst"}[flag]
    status, out, err = run(capsys, *(word.format(data=data, speech=speech, given=given) for word in argv))
    meant = flag.removeprefix("--")
    assert (status, out) == (2, "") and err == (
        f"stance {argv[0]}: {flag} {given} is not one of the model's stance values ['against', 'favor']; "
        f"did you mean '{meant}'?\n")
    assert "did you mean" not in run(capsys, "document", str(speech), "--favor", "pro")[2]


@pytest.mark.parametrize("word, meant", [("Help", "stance --help"), ("version", "stance --version"),
                                         ("predict", "classify"), ("fit", "train"), ("doc", "document"),
                                         ("eval", "evaluate")])
def test_a_command_guessed_from_another_tool_is_answered(capsys, word, meant):
    # A newcomer's audit: "stance help", "stance version" (git's, docker's), "stance predict",
    # "stance fit" (scikit-learn's verbs) and "stance doc" were told only "invalid choice".
    status, _, err = run(capsys, word, "x")
    assert status == 2 and err.startswith(f"stance: argument command: invalid choice: '{word}' (choose from ")
    assert err.endswith(f"; did you mean {meant}?\n")


@pytest.mark.parametrize("argv", [["info", "--model", "default"], ["classify", "--model", "Bundled", "x"],
                                  ["evaluate", "data.csv", "--compare-with", "bundle"],
                                  ["info", "--model", " default "]])  # spaces pasted with it, as stance.load's
def test_a_model_named_as_the_bundled_one_is_pointed_to_bundled(capsys, tmp_path, monkeypatch, argv):
    # A newcomer's audit: --help said "--model DIR  a saved model directory (default, or
    # 'bundled': the bundled model)", and "--model default" (or "bundle", "Bundled") was told
    # only "'default' does not exist; expected a saved stance model directory".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert err.endswith("does not exist; expected a saved stance model directory (did you mean 'bundled', "
                        "the packaged model?)\n")
    # A folder of that name is read as ever: here, one that holds no model.
    (tmp_path / "default").mkdir()
    assert "did you mean 'bundled'" not in run(capsys, "info", "--model", "default")[2]
    with pytest.raises(SystemExit):
        main(["info", "--help"])
    assert "or 'bundled' for the bundled model (the default)" in " ".join(capsys.readouterr().out.split())


def test_a_long_flag_given_one_dash_is_refused_naming_it(capsys, tmp_path, monkeypatch):
    # A newcomer's audit: "stance score in.csv -output=out.csv" scored into a file named
    # "utput=out.csv" with exit status 0 (argparse read -o and the value "utput=out.csv"),
    # "-output out.csv" was told "unrecognized arguments: out.csv", and "-json" no hint.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text("text\nWe stand with Ukraine.\n", encoding="utf-8")
    said = "a long flag takes two dashes; did you mean"
    assert run(capsys, "score", "in.csv", "-output=out.csv")[::2] == (
        2, f"stance score: argument -output: {said} --output?\n")
    assert run(capsys, "score", "in.csv", "-output", "out.csv")[::2] == (
        2, f"stance score: argument -output: {said} --output?\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.csv"]  # nothing written
    assert run(capsys, "classify", "-json", "x")[::2] == (2, f"stance classify: argument -json: {said} --json?\n")
    assert run(capsys, "explain", "x", "-lable", "unity")[::2] == (
        2, f"stance explain: argument -lable: {said} --label?\n")
    assert run(capsys, "-verison")[::2] == (2, f"stance: argument -verison: {said} --version?\n")
    # A short flag's value given attached, a statement opening with a dash, and what follows
    # "--" are read as before; --version still prints the version whatever else is given.
    assert run(capsys, "score", "in.csv", "-oscored.csv", "-j1", "--no-progress")[0] == 0
    assert (tmp_path / "scored.csv").is_file()
    assert run(capsys, "classify", "-no more money for Kyiv", "--", "-json")[:2] == (0, "ukraine_support\nnone\n")
    assert run(capsys, "score", "-output", "x", "--version")[:2] == (0, stance.__version__ + "\n")


@pytest.mark.parametrize("command", ["train", "check"])
def test_one_dash_before_what_is_also_a_short_flag_and_its_value_names_both_readings(capsys, tmp_path, monkeypatch,
                                                                                      command):
    # A newcomer's audit: "stance train d.csv -opt" was told "did you mean --option?" alone, where
    # -o with the value "pt" (a model folder, or check's output) reads as well: both are named,
    # the long flag first (a word begun, "opt", is likelier than a folder of that name), and
    # nothing is written either way.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    for token, value in (("-opt", "pt"), ("-opti", "pti")):
        assert run(capsys, command, "d.csv", token)[::2] == (
            2, f"stance {command}: argument {token} reads two ways: did you mean --option (a long flag takes two "
               f"dashes) or -o {value} (a value after a space)?\n")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["d.csv"]
    # One reading only: the long flag's whole name, the short flag's own long flag, and a value
    # the short flag does not take (-n takes a number) are read as the long flag, as before.
    said = "a long flag takes two dashes; did you mean"
    assert run(capsys, command, "d.csv", "-option", "C=1")[2] == (
        f"stance {command}: argument -option: {said} --option?\n")
    assert run(capsys, command, "d.csv", "-out", "m")[2] == f"stance {command}: argument -out: {said} --output?\n"
    assert run(capsys, "check", "d.csv", "-non")[2] == f"stance check: argument -non: {said} --none-label?\n"


@pytest.mark.parametrize("command", ["train", "check"])
def test_a_misspelt_long_flag_given_one_dash_is_not_read_as_a_short_flag_and_its_value(capsys, tmp_path, monkeypatch,
                                                                                       command):
    # "stance train d.csv -optoin C=1" was read as -o with the value "ptoin" (a model folder, or
    # check's output), --option unnamed: a misspelling of a long flag that begins with the short
    # flag's letter names both readings, as "-opt" does; nothing is written either way.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    assert run(capsys, command, "d.csv", "-optoin", "C=1")[::2] == (
        2, f"stance {command}: argument -optoin reads two ways: did you mean --option (a long flag takes two dashes) "
           f"or -o ptoin (a value after a space)?\n")
    said = "a long flag takes two dashes; did you mean"
    assert run(capsys, command, "d.csv", "-o", "m", "-optoin", "C=1")[2] == (
        f"stance {command}: argument -optoin: {said} --option?\n")
    assert run(capsys, command, "d.csv", "-outptu", "m")[2] == f"stance {command}: argument -outptu: {said} --output?\n"
    assert run(capsys, "check", "d.csv", "-nonelabel", "x")[2] == (
        f"stance check: argument -nonelabel: {said} --none-label?\n")  # it was "-n: invalid int value"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["d.csv"]
    # A value attached to the short flag that is near a flag of another letter is that value:
    # "-ojson" is -o json (a table's name with no suffix, refused as such), not --json.
    err = run(capsys, "document", "d.csv", "-ojson")[2]
    assert err.startswith("stance document: output 'json': tables are written as"), err


@pytest.mark.parametrize("command", ["train", "check", "score"])
def test_the_short_flags_own_long_flag_misspelt_with_its_letter_again_names_both_readings(capsys, tmp_path,
                                                                                         monkeypatch, command):
    # A review of 00512f1a: "stance train d.csv -ooutput" (a model folder "output", attached) was
    # told "did you mean --output?" alone, where its message said both readings are named:
    # -o output reads as well. "-outptu" is --output's own letters, -o utptu no reading.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    assert run(capsys, command, "d.csv", "-ooutput")[::2] == (
        2, f"stance {command}: argument -ooutput reads two ways: did you mean --output (a long flag takes two "
           f"dashes) or -o output (a value after a space)?\n")
    said = "a long flag takes two dashes; did you mean --output?"
    assert run(capsys, command, "d.csv", "-outptu")[2] == f"stance {command}: argument -outptu: {said}\n"
    assert run(capsys, command, "d.csv", "-o", "m", "-ooutput")[2] == f"stance {command}: argument -ooutput: {said}\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["d.csv"]


def test_a_path_attached_to_a_short_flag_is_its_value_however_near_a_long_flag(capsys, tmp_path, monkeypatch):
    # A review of 00512f1a: "stance score d.csv -ooutput.csv" (-o output.csv, as gcc's -oa.out)
    # was refused, "did you mean --output?", where it was read and written before; so check's
    # "-ooutput.csv" and "-ooutput/scores.csv". No flag's name has a "." or a "/" in it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text\nWe stand together with Ukraine.\n", encoding="utf-8")
    assert run(capsys, "score", "d.csv", "-ooutput.csv")[0] == 0
    assert (tmp_path / "output.csv").read_text(encoding="utf-8").startswith("text,")
    (tmp_path / "output").mkdir()
    assert run(capsys, "score", "d.csv", "-ooutput/scores.csv")[0] == 0
    assert (tmp_path / "output" / "scores.csv").exists()
    # A long flag's whole name glued to a file's is still that flag's, not -o utput.csv.
    assert run(capsys, "score", "d.csv", "-output.csv")[::2] == (
        2, "stance score: argument -output.csv: a long flag takes two dashes; did you mean --output?\n")
    assert not (tmp_path / "utput.csv").exists()


@pytest.mark.parametrize("command", ["train", "check"])
def test_one_dash_before_a_short_flag_given_already_names_the_long_flag_alone(capsys, tmp_path, monkeypatch, command):
    # A review of 40f482f2: "stance train d.csv -o m -opt" was told "did you mean --option … or
    # -o pt?", where -o is given (m) and a second value is refused: --option is the one reading.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("text,labels\nWe stand together.,unity\n", encoding="utf-8")
    for given in (["-o", "m", "-opt"], ["-opt", "--output", "m"], ["-om", "-opt"], ["--output=m", "-opt=C=3"]):
        assert run(capsys, command, "d.csv", *given)[::2] == (
            2, f"stance {command}: argument -opt: a long flag takes two dashes; did you mean --option?\n"), given
    assert sorted(path.name for path in tmp_path.iterdir()) == ["d.csv"]


def test_a_statement_or_value_with_a_space_after_one_dash_is_read_as_before(capsys, tmp_path, monkeypatch):
    # A review of 92e811e0: "stance classify '-json ok'" and "--text-column '-text col'" were
    # refused as a long flag given one dash ("did you mean --json?"), though argparse reads a
    # word with a space as a statement or a value, and did so before that check.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text("-text col\nWe stand with Ukraine.\n", encoding="utf-8")
    assert run(capsys, "classify", "-json ok", "-model it")[:2] == (0, "none\nnone\n")
    assert run(capsys, "score", "in.csv", "-o", "out.csv", "--text-column", "-text col", "--no-progress")[0] == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[1].startswith("We stand with Ukraine.,")
    # A long flag's name before its "=" still is one, whatever its value holds.
    assert run(capsys, "score", "in.csv", "-output=my file.csv")[::2] == (
        2, "stance score: argument -output: a long flag takes two dashes; did you mean --output?\n")


@pytest.mark.parametrize("argv", [["score"], ["info"], ["classify"], ["train", "data.csv"], ["check", "-n", "3"],
                                  *([command] for command in ("explain", "document", "evaluate", "suggest"))])
def test_version_after_a_command_prints_the_version(capsys, argv):
    # A command-line audit: "stance score --version" answered "required: IN, -o/--output" and
    # "stance info --version" "unrecognized arguments", where --version before the command works.
    assert run(capsys, *argv, "--version") == (0, stance.__version__ + "\n", "")


@pytest.mark.parametrize("argv", [["score"], ["train", "data.csv"], ["check", "-n", "x"], ["classify", "--jsn", "x"],
                                  ["--bogus"]])
def test_version_before_a_command_prints_the_version(capsys, argv):
    # A review: "stance --version score" answered "required: IN, -o/--output", where
    # "stance score --version" prints the version: it wins over the command's words either side,
    # as argparse's own version action does.
    assert run(capsys, "--version", *argv) == (0, stance.__version__ + "\n", "")


def test_a_statement_written_as_version_after_the_dashes_is_classified(capsys):
    status, out, err = run(capsys, "classify", "--", "--version")
    assert status == 0 and out == stance.classify("--version").label + "\n", err


def test_a_flag_given_twice_with_two_values_is_refused_naming_both(capsys, tmp_path, monkeypatch):
    # argparse kept the last: -o a.csv -o b.csv wrote b.csv alone, --model m1 --model bundled used
    # the bundled model, each without a word.
    monkeypatch.chdir(tmp_path)
    Path("in.csv").write_text("text\nWe stand together.\nSend more tanks to Kyiv.\n")
    status, out, err = run(capsys, "score", "in.csv", "-o", "a.csv", "--output", "b.csv", "--no-progress")
    assert (status, out, err) == (2, "", "stance score: argument -o/--output: given twice, 'a.csv' and 'b.csv'; "
                                         "give it once\n")
    assert os.listdir() == ["in.csv"]
    status, _, err = run(capsys, "classify", "--model", "m1", "--model", "bundled", "We stand together.")
    assert (status, err) == (2, "stance classify: argument --model: given twice, 'm1' and 'bundled'; give it once\n")
    status, _, err = run(capsys, "explain", "-n", "3", "-n", "4", "x")
    assert (status, err) == (2, "stance explain: argument -n: given twice, 3 and 4; give it once\n")
    # The same value twice says one thing: taken, as a flag without a value given twice is.
    status, _, err = run(capsys, "score", "in.csv", "-o", "a.csv", "-o", "a.csv", "--no-progress", "--no-progress")
    assert status == 0 and pd.read_csv("a.csv").label.tolist() == ["unity", "ukraine_support"], err
    assert run(capsys, "classify", "--json", "--json", "We stand together.")[0] == 0


def test_a_model_folder_given_without_model_is_pointed_to_it(capsys, tmp_path, monkeypatch):
    # "stance info base" said only "unrecognized arguments: base".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base").mkdir()
    assert run(capsys, "info", "base")[::2] == (2, "stance info: unrecognized arguments: base; "
                                                   "did you mean --model base?\n")
    assert run(capsys, "info", "nothing")[::2] == (2, "stance info: unrecognized arguments: nothing\n")
    # as every suggested command, quoted for the shell (a review of 1e268be: 'm&1' was suggested bare)
    (tmp_path / "m&1").mkdir()
    assert run(capsys, "info", "m&1")[::2] == (2, "stance info: unrecognized arguments: m&1; "
                                                  "did you mean --model 'm&1'?\n")


def test_explain_names_its_n_flag_and_classify_refuses_two_output_formats(capsys):
    # "n must be a positive int" named the library's argument; --json --details ignored --details.
    status, out, err = run(capsys, "explain", "-n", "0", "x")
    assert (status, out) == (2, "") and err.startswith("stance explain: -n must be a positive int") and "got 0" in err
    status, out, err = run(capsys, "classify", "--json", "--details", "x")
    assert (status, out) == (2, "") and "--json" in err and "--details" in err and len(err.splitlines()) == 1, err

def test_suggest_and_check_keep_an_empty_header_name_as_written(capsys, tmp_path, energy_frame):
    # As stance score does: the index DataFrame.to_csv() writes has an empty header cell,
    # which suggest -o and check -o wrote as pandas' "Unnamed: 0".
    source = tmp_path / "pool.csv"
    pd.DataFrame({"text": ["NATO must stay united.", "Send tanks to Kyiv.", "Good morning."]}).to_csv(source)
    output = tmp_path / "next.csv"
    status, _, _ = run(capsys, "suggest", str(source), "-n", "2", "-o", str(output))
    header = output.read_text().splitlines()[0].split(",")
    assert status == 0 and header[:3] == ["row", "", "text"]
    labelled = tmp_path / "labelled.csv"
    energy_frame.to_csv(labelled)
    status, _, _ = run(capsys, "check", str(labelled), "-o", str(tmp_path / "issues.csv"))
    assert status == 0 and (tmp_path / "issues.csv").read_text().splitlines()[0].split(",")[:2] == ["row", ""]


@pytest.mark.parametrize("encoding", ["latin1", "utf-16-le"])
def test_an_empty_header_name_is_kept_from_a_file_read_in_the_encoding_given(capsys, tmp_path, encoding,
                                                                              energy_frame):
    # R's write.csv(d, "r.csv", fileEncoding = "latin1"), whose row names' column has an empty
    # header cell: score -o, suggest -o and check -o read that header again as UTF-8, and
    # failed with a traceback (UnicodeDecodeError) for latin1 and with "not UTF-8 … pass
    # --encoding utf-16-le" for UTF-16, --encoding utf-16-le given.
    source = tmp_path / "r.csv"
    source.write_bytes('"","id","text"\n"1","01","Wir stehen zur NATO, sagte Müller."\n'
                       '"2","02","We back Ukraine."\n'.encode(encoding))
    for command, more in (("score", ["--no-progress"]), ("suggest", ["-n", "2"])):
        output = tmp_path / f"{command}.csv"
        status, _, err = run(capsys, command, str(source), "-o", str(output), "--encoding", encoding, *more)
        assert status == 0, err
        written = pd.read_csv(output, dtype=str)
        assert output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")[int(command == "suggest"):][:3] \
            == ["", "id", "text"]
        assert sorted(written.text) == ["We back Ukraine.", "Wir stehen zur NATO, sagte Müller."]
    labelled = tmp_path / "labelled.csv"
    energy_frame.assign(text=energy_frame.text + " Müller.").to_csv(labelled, encoding=encoding)
    status, _, err = run(capsys, "check", str(labelled), "-o", str(tmp_path / "issues.csv"), "--encoding", encoding)
    assert status == 0, err
    assert (tmp_path / "issues.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")[:2] == ["row", ""]


def test_a_column_whose_header_cell_is_empty_is_named_as_the_file_has_it(capsys, tmp_path):
    # Messages listed R's row names (write.csv) as 'Unnamed: 0', pandas' name for the empty
    # header cell, which the file does not hold; the frame stance.score() returns keeps
    # pandas' name, as pd.read_csv gives it, and no note of it.
    source = tmp_path / "r.csv"
    source.write_text('"","id","text"\n"1","01","We back Ukraine."\n"2","02","NATO must stay united."\n')
    listed = "columns present: ['' (the first column, its header cell empty), 'id', 'text']"
    for argv in (["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"],
                 ["suggest", str(source)], ["evaluate", str(source), "--labels-column", "labels"]):
        status, _, err = run(capsys, *argv, "--text-column", "txt")
        assert status == 2 and listed in err and "Unnamed" not in err, (argv, err)
    with pytest.raises(stance.InvalidInputError, match=re.escape(listed)):
        stance.score(source, text_column="txt")
    assert stance.score(source).columns[0] == "Unnamed: 0" and "stance_empty_header" not in stance.score(source).attrs


def test_an_option_whose_json_is_broken_says_where_in_whole_words(capsys, tmp_path):
    # The parser's message alone was cut before its place: "(Unterminated string starting at)".
    status, _, err = run(capsys, "train", str(tmp_path / "x.csv"), "-o", str(tmp_path / "m"),
                         "--option", 'class_weight={"gas": 2, "nuclear')
    assert status == 2 and "the value is not a JSON object (unterminated string starting at column 12)" in err


def test_the_option_hint_reads_only_the_arguments_not_recognised(capsys, tmp_path):
    # From the review: the hint took the first model option anywhere in the command line, so
    # a valid --none-label was blamed for a bad --folds, and a mistyped flag of the command
    # was sent to --option, which refuses it.
    data = str(tmp_path / "x.csv")
    assert main(["train", data, "-o", str(tmp_path / "m"), "--random-state", "3", "--bogus"]) == 2
    assert "--option" not in capsys.readouterr().err
    assert main(["check", data, "--none_label", "aucun"]) == 2
    assert "--none_label is spelt --none-label" in capsys.readouterr().err


def test_the_seed_given_as_flag_and_option_alike_is_taken(capsys, tmp_path, energy_frame):
    # A review: "--random-state 3 --option random_state=3" was refused "give the seed once",
    # where a flag's or an option's same value twice is taken.
    data = tmp_path / "d.csv"
    energy_frame.to_csv(data, index=False)
    seed = ["--random-state", "3", "--option", "random_state=3"]
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), *seed)
    assert status == 0, err
    assert stance.load(tmp_path / "m").random_state == 3
    status, _, err = run(capsys, "check", str(data), "--folds", "2", "-n", "1", *seed)
    assert status == 0, err
    # Two seeds are still refused (test_train_refuses_options_it_would_ignore); so is 3 beside 3.0.
    status, _, err = run(capsys, "check", str(data), "--random-state", "3", "--option", "random_state=3.0")
    assert status == 2 and "random_state must be written as a whole number (3)" in err, err


def test_check_takes_the_seed_as_train_does(capsys, tmp_path, energy_frame):
    # A command-line audit: check, which trains models too, refused train's --random-state,
    # pointing to --option random_state=…; it now takes either, as train does, but not both.
    data = tmp_path / "d.csv"
    energy_frame.to_csv(data, index=False)
    flagged = {}
    for seed in (["--random-state", "3"], ["--option", "random_state=3"]):
        status, _, err = run(capsys, "check", str(data), "--folds", "2", *seed, "-o", str(tmp_path / "issues.csv"))
        assert status == 0, err
        flagged[seed[0]] = pd.read_csv(tmp_path / "issues.csv")
    pd.testing.assert_frame_equal(flagged["--random-state"], flagged["--option"])
    status, _, err = run(capsys, "check", str(data), "--random-state", "3", "--option", "random_state=5")
    assert status == 2 and "--random-state 3 and --option random_state=5: give the seed once" in err, err
    status, _, err = run(capsys, "check", str(data), "--random-state", "-1")
    assert status == 2 and "--random-state" in err and "random_state" not in err.replace("--option random", ""), err
    assert main(["check", str(data), "--random_state", "3"]) == 2
    assert "--random_state is spelt --random-state" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["train", "", "-o", "model"], ["check", ""], ["evaluate", ""], ["suggest", ""],
                                  ["score", "", "-o", "x.csv"], ["document", ""], ["classify", "--model", "", "x"],
                                  ["evaluate", "labels.csv", "--compare-with", ""]])
def test_an_empty_path_argument_is_refused_not_read_as_the_current_folder(capsys, tmp_path, monkeypatch,
                                                                          energy_frame, argv):
    # `stance train "$DATA"` with DATA unset trained on every table in the folder, exit 0.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("labels.csv", index=False)
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"stance {argv[0]}: argument " in err and "the value is empty" in err and "is a shell variable empty?" in err
    assert "'.'" not in err and sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv"]


@pytest.mark.parametrize("argv", [
    ["score", "labels.csv", "-o", "x.csv", "--text-column", ""],
    ["train", "labels.csv", "-o", "m", "--text-column", ""],
    ["train", "labels.csv", "-o", "m", "--labels-column", ""], ["evaluate", "labels.csv", "--text-column", ""],
    ["evaluate", "labels.csv", "--labels-column", ""], ["evaluate", "labels.csv", "--by", ""],
    ["evaluate", "labels.csv", "--favor", ""], ["suggest", "labels.csv", "--text-column", ""],
    ["suggest", "labels.csv", "--strategy", ""], ["check", "labels.csv", "--labels-column", ""],
    ["check", "labels.csv", "--text-column", ""], ["explain", "--label", "", "x"],
    ["document", "speech.txt", "--favor", ""], ["document", "speech.txt", "--against", ""],
    ["document", "speech.txt", "--speaker", ""], ["document", "speech.txt", "--leave-out-speaker", ""],
    ["score", "labels.csv", "-o", "x.csv", "--scheduler", ""], ["score", "labels.csv", "-o", "x.csv", "--encoding", ""],
    ["train", "labels.csv", "-o", "m", "--option", ""],
])
def test_an_empty_name_is_refused_as_an_empty_path_is(capsys, tmp_path, monkeypatch, energy_frame, argv):
    # A command-line audit: --text-column '' said "--text-column='': no such column", --scheduler ''
    # scored without one, where an empty --model or -o says the value is empty and asks why.
    _a_folder_of_labels_and_a_speech(tmp_path, monkeypatch, energy_frame)
    status, out, err = run(capsys, *argv)
    flag = next(token for token in argv if token.startswith("--"))
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"stance {argv[0]}: argument {flag}: the value is empty; name "), err
    assert err.rstrip().endswith("(is a shell variable empty?)"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv", "speech.txt"]


def _a_folder_of_labels_and_a_speech(folder, monkeypatch, energy_frame):
    """Work in ``folder``, holding labels.csv (the energy data) and speech.txt, as a shell user would."""
    monkeypatch.chdir(folder)
    energy_frame.to_csv("labels.csv", index=False)
    Path("speech.txt").write_text("We must send tanks to Kyiv.\n")


@pytest.mark.parametrize("argv", [["document", "speech.txt", "-o", ""], ["document", "speech.txt", "--plot", ""],
                                  ["check", "labels.csv", "-o", ""], ["suggest", "labels.csv", "-o", ""],
                                  ["score", "labels.csv", "-o", ""], ["train", "labels.csv", "-o", ""],
                                  ["train", "labels.csv", "-o", "model", "--stance-column", ""],
                                  ["check", "labels.csv", "--stance-column", ""],
                                  ["evaluate", "labels.csv", "--stance-column", ""]])
def test_an_empty_option_value_is_refused_by_its_flag(capsys, tmp_path, monkeypatch, energy_frame, argv):
    # `-o "$OUT"` with OUT unset: document, check and suggest went on without writing, score
    # and train named '.'; --stance-column "" trained without a stance head.
    _a_folder_of_labels_and_a_speech(tmp_path, monkeypatch, energy_frame)
    status, out, err = run(capsys, *argv)
    flag = argv[argv.index("") - 1]
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"argument {flag}" in err.replace("-o/--output", "-o") and "the value is empty" in err, err
    assert "is a shell variable empty?" in err and "'.'" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv", "speech.txt"]
    if flag == "--stance-column":
        assert "'none'" in err


@pytest.mark.parametrize("argv", [["score", "labels.csv", "-o", "x.csv/"], ["suggest", "labels.csv", "-o", "x.csv/"],
                                  ["check", "labels.csv", "-o", "x.csv/"],
                                  ["document", "speech.txt", "-o", "x.csv/"],
                                  ["document", "speech.txt", "--plot", "x.png/"]])
def test_an_output_with_a_trailing_slash_names_a_folder_not_a_file(capsys, tmp_path, monkeypatch, energy_frame, argv):
    # `-o x.csv/` wrote a file named x.csv: a trailing slash names a folder, as for cp or mkdir.
    _a_folder_of_labels_and_a_speech(tmp_path, monkeypatch, energy_frame)
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"{argv[-1]!r}" in err and "folder" in err and "does not exist" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv", "speech.txt"]
    Path(argv[-1]).mkdir()  # a folder of that name: named as one, as it was without the slash
    status, _, err = run(capsys, *argv)
    assert status == 2 and "it is a folder, not a file" in err, err
    with pytest.raises(stance.InvalidInputError, match="does not exist"):
        stance.files.score_file("labels.csv", "y.csv/")


def test_label_names_holding_control_characters_are_printed_escaped(capsys, energy_model, tmp_path):
    # A model trained before training refused them may name a label "a\tb", or one holding an
    # escape that sets the terminal's title: they load, and are printed as Python writes them.
    from tests.test_persistence import _rewrite_checksums

    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["labels"][0], metadata["labels"][2] = "\x1b]0;X\x07c", "a\tb"  # gas, nuclear
    _rewrite_checksums(folder, metadata)  # as such a model was saved: from format 9 its digest covers the names
    status, out, _ = run(capsys, "info", "--model", str(folder))
    assert status == 0 and "\x1b" not in out and "\t" not in out
    assert "labels:         '\\x1b]0;X\\x07c', none, 'a\\tb', renewables" in out
    assert stance.load(folder).classify("Gas is a detour.").label == "\x1b]0;X\x07c"
    status, out, _ = run(capsys, "classify", "--model", str(folder), "Gas is a detour.")
    assert status == 0 and out == "'\\x1b]0;X\\x07c'\n"
    status, out, _ = run(capsys, "classify", "--model", str(folder), "--details", "Gas is a detour.")
    assert status == 0 and "\x1b" not in out and out.startswith("'\\x1b]0;X\\x07c'\t")
    status, out, _ = run(capsys, "classify", "--model", str(folder), "--json", "Gas is a detour.")
    assert status == 0 and "\x1b" not in out and json.loads(out)["label"] == "\x1b]0;X\x07c"  # JSON escapes it


# What a terminal acts on or str.splitlines() ends a line at: a control character (Cc), a
# line or paragraph separator, a bidirectional control (Unicode's Bidi_Control: the marks
# U+061C, U+200E and U+200F, embeddings, overrides, isolates). None may reach it raw from a model.
RAW_FOR_A_TERMINAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                                "\u2066-\u2069]")


def _checksum_of_metadata_rewritten(folder):
    """Sign ``folder``'s edited metadata.json in its checksums.json, as whoever damaged it and
    re-signed it would: the loader then reads the entry, not a checksum mismatch."""
    import hashlib

    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))


def _refused_in_the_files_words(capsys, folder, command, said):
    """Run ``stance COMMAND --model FOLDER`` of a damaged metadata.json and check it is refused
    (status 2, nothing on stdout) naming the file, then ``said``, and ending with the way out, in
    the file's words (no Python repr), as stance.load refuses it."""
    argv = ("classify", "--model", str(folder), "Gas prices are high.") if command == "classify" else (
        "info", "--model", str(folder))
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err.startswith(f"stance {command}: {str(folder / 'metadata.json')!r}: {said}"), err
    assert err.rstrip().endswith("the model's folder is damaged (its metadata.json was edited or corrupted after the "
                                 "save): restore it from the copy the model came from, or train the model again"), err
    # no Python repr past the file's path (an apostrophe of "the model's" is English)
    assert "Traceback" not in err and "'" not in err.split(": ", 2)[2].replace("'s ", ""), err
    with pytest.raises(stance.ModelFormatError) as refused:  # the library's words are the file's too
        stance.load(folder)
    assert str(refused.value) == err.removeprefix(f"stance {command}: ").rstrip()


def _with_metadata(folder, edit):
    """The model ``folder`` with ``edit`` applied to its metadata.json, its digest and
    checksums.json rewritten to match, as whoever publishes an altered model would (from
    format 9 the digest covers the names: the files still load, though no pin matches)."""
    from tests.test_persistence import _rewrite_checksums

    metadata = json.loads((folder / "metadata.json").read_text())
    edit(metadata)
    _rewrite_checksums(folder, metadata)
    return folder


def test_info_prints_the_rows_of_each_label_and_the_source_as_the_card_does(capsys, energy_frame, tmp_path):
    # A teacher's audit: `stance info` said "training rows: 26" and no more, where the card
    # gives each label's training examples and the source, and --json holds both.
    path = tmp_path / "class.csv"
    energy_frame.to_csv(path, index=False)
    assert main(["train", str(path), "--stance-column", "stance", "-o", str(tmp_path / "m")]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    counts = energy_frame.labels.str.split("|").explode().value_counts()  # a row of two labels counts for each
    per_label = ", ".join(f"{label} {counts[label]}" for label in sorted(counts.index))
    assert status == 0 and f"training rows:  {len(energy_frame)} (per label: {per_label})" in out.splitlines(), out
    assert f"training source: {path}" in out.splitlines(), out


def test_info_quotes_the_labels_of_the_rows_per_label_when_one_holds_a_comma(capsys, energy_frame, tmp_path):
    # A review of 14034ec: "carbon_tax, nuclear 16, gas 16" read as three labels, or as four;
    # the labels line quotes every name when one holds a comma, and so does this one.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "carbon_tax, nuclear"})
    stance.train(frame, stance_column="stance").save(tmp_path / "m")
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    counts = frame.labels.str.split("|").explode().value_counts()
    per_label = ", ".join(f"{label!r} {counts[label]}" for label in sorted(counts.index))
    assert status == 0 and f"(per label: {per_label})" in out, out
    assert "'carbon_tax, nuclear', 'gas'" in out  # as the labels line lists them


def test_info_prints_what_metadata_json_records_escaped(capsys, energy_model, tmp_path):
    # A security audit: `created` holding a line break and a forged "loaded from"/"parameters:
    # sha256" pair printed as lines of their own, the digest the README says to compare, and an
    # ESC[8m after it hid the real ones; a version holding ESC[2J cleared the screen.
    forged = ("2026-12-02T09:15:17+00:00\nloaded from:    /tmp/m0 (model format 8)\nparameters:     sha256 "
              + "0" * 64 + "\x1b[8m")

    def edit(metadata):
        metadata["created"] = forged
        metadata["versions"] = {"stance": "0.1.0\x1b[2J", "numpy\u2028x": "2.0\x85"}
        metadata["training_data"].update(rows="64\r\x9b2J", sha256="ab\u202ecd")

    folder = _with_metadata(energy_model.save(tmp_path / "m"), edit)
    status, out, _ = run(capsys, "info", "--model", str(folder))
    assert status == 0 and not RAW_FOR_A_TERMINAL.search(out), out
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("created:")] == [f"created:        {forged!r}"]
    assert sum(line.startswith("loaded from:") for line in lines) == 1
    assert [line for line in lines if line.startswith("parameters:")] == [
        f"parameters:     sha256 {stance.load(folder).saved_['parameters_sha256']}"]
    assert "saved with:     stance '0.1.0\\x1b[2J', 'numpy\\u2028x' '2.0\\x85'" in lines
    assert any(line.startswith("training rows:  '64\\r\\x9b2J' (per label: ") for line in lines), lines
    assert "training sha256: 'ab\\u202ecd'" in lines
    status, plain, _ = run(capsys, "info", "--model", str(energy_model.save(tmp_path / "plain")))
    assert status == 0 and len(plain.splitlines()) == len(lines)  # the same lines, none added
    assert [line.split(":")[0] for line in plain.splitlines()] == [line.split(":")[0] for line in lines]


def test_info_prints_every_metric_a_number_or_none_and_says_why_one_has_no_value(capsys, energy_model, tmp_path):
    # A review: a metric saved as a whole number or as null (a save writes NaN so) was skipped
    # without a word, and a NaN the file held printed "nan", where evaluate writes "n/a".
    def edit(metadata):
        metadata["metrics"] = {"n_test": 120, "top1_in_gold": 0.9996, "against_f1": None, "recall": math.nan,
                               "f1": -math.inf, "table": "| a | b |"}

    folder = _with_metadata(energy_model.save(tmp_path / "m"), edit)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 0, err
    assert out.splitlines()[-5:] == ["n_test:       120", "top1_in_gold: >0.999",
                                     "against_f1:   n/a (no value: null in metadata.json)",
                                     "recall:       n/a (no value: NaN in metadata.json)",
                                     "f1:           n/a (no value: -Infinity in metadata.json)"]


def test_info_prints_a_count_saved_as_a_float_as_a_whole_number(capsys, energy_model, tmp_path):
    # A review: a metric saved as a whole float ("n_rows": 120.0, as pandas gives a count) printed
    # "120.000", three decimals of a count; a share of 1.0 or 0.0 not named a count stays "1.000".
    def edit(metadata):
        metadata["metrics"] = {"n_rows": 120.0, "heldout_n": 1.0, "folds": 5.0, "support_unity": 0.0,
                               "top1_in_gold": 1.0, "confidence_error": 0.0, "n_rows_half": 60.5}

    folder = _with_metadata(energy_model.save(tmp_path / "m"), edit)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 0, err
    shown = {name: value.strip() for name, value in (line.split(":", 1) for line in out.splitlines()[-7:])}
    assert shown == {"n_rows": "120", "heldout_n": "1", "folds": "5", "support_unity": "0", "top1_in_gold": "1.000",
                     "confidence_error": "0.000", "n_rows_half": "60.500"}, out
    status, out, _ = run(capsys, "info", "--model", str(folder), "--json")
    assert json.loads(out)["metrics"]["n_rows"] == 120.0  # --json keeps the number as saved


def test_info_prints_a_whole_float_not_named_a_count_as_the_figure_it_is(capsys, energy_model, tmp_path):
    # A review of d265b984: any whole float between 1 and 2 ** 53 was taken for a count, so a log loss or a
    # calibration slope of 2.0 printed "2" under an F1 of "0.913", and the name's words alone made the F1 of
    # the label ukraine_support ("ukraine_support_f1": 1.0) a count, "1"; a count's name (n_errors) still
    # makes its 0.0 and 1.0 whole numbers.
    def edit(metadata):
        metadata["metrics"] = {"macro_f1": 0.913, "log_loss": 2.0, "calibration_slope": 2.0,
                               "calibration_intercept": -2.0, "mean_length": 42.0, "ukraine_support_f1": 1.0,
                               "n_errors": 1.0, "n_skipped": 0.0}

    folder = _with_metadata(energy_model.save(tmp_path / "m"), edit)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 0, err
    shown = {name: value.strip() for name, value in (line.split(":", 1) for line in out.splitlines()[-8:])}
    assert shown == {"macro_f1": "0.913", "log_loss": "2.000", "calibration_slope": "2.000",
                     "calibration_intercept": "-2.000", "mean_length": "42.000", "ukraine_support_f1": "1.000",
                     "n_errors": "1", "n_skipped": "0"}, out


def test_info_prints_a_calibration_intercept_that_rounds_to_none_unsigned(capsys, energy_model, tmp_path):
    # A review of b0555a0f ("-0.0 shown without a sign everywhere"): stance info's confidence line wrote the
    # calibration's slope and intercept with {:.3f}, so an intercept of -0.0001 read "log-odds x 1.250 + -0.000".
    import copy

    import numpy as np

    model = copy.deepcopy(energy_model)
    model.params_.confidence_calibration = np.array([1.25, -0.0001])
    status, out, err = run(capsys, "info", "--model", str(model.save(tmp_path / "m")))
    assert status == 0, err
    line = next(line for line in out.splitlines() if line.startswith("confidence:"))
    assert line.endswith("(log-odds x 1.250 + 0.000)"), line


def test_info_json_is_strict_json_with_a_metric_of_nan_or_infinity_as_null(capsys, energy_model, tmp_path):
    # The audit of tampered folders: a metadata.json holding "metrics": {"f1": Infinity} made
    # `info --json` print a bare Infinity, which is no JSON (JavaScript's and Go's parsers
    # refuse it), where the README says such a metric is "saved, and shown, as null".
    def edit(metadata):
        metadata["metrics"] = {"f1": math.inf, "recall": -math.inf, "precision": math.nan, "n": [0.5, math.inf]}

    folder = _with_metadata(energy_model.save(tmp_path / "m"), edit)
    status, out, err = run(capsys, "info", "--model", str(folder), "--json")

    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    assert status == 0, err
    assert json.loads(out, parse_constant=refuse)["metrics"] == {"f1": None, "recall": None, "precision": None,
                                                                 "n": [0.5, None]}


@pytest.mark.parametrize("argv", [["explain", "Gas is a detour."],
                                  ["explain", "--label", "nuclear", "Gas is a detour."], ["document", "speech.txt"],
                                  ["document", "speech.txt", "other.txt"],
                                  ["evaluate", "DATA"], ["evaluate", "DATA", "--intervals"],
                                  ["evaluate", "DATA", "--intervals", "--by", "register"],
                                  ["evaluate", "DATA", "--compare-with", "MODEL"],
                                  ["suggest", "DATA", "-n", "8"]])
def test_tables_print_names_from_metadata_json_escaped(capsys, tmp_path, monkeypatch, energy_frame, energy_model,
                                                       argv):
    # A security audit: a label holding a tab and ESC[7m reached the terminal raw in explain's
    # table ("label: det\terrence^[[7m"), in stance document's labels and profile and in the
    # evaluate table, where classify and info print it escaped. A line separator in it split a
    # row in two.
    monkeypatch.chdir(tmp_path)
    label, value = "gas\t\x1b[7m\u2028x", "against\x1b]0;X\x07"
    energy_frame.to_csv("plain.csv", index=False)  # gold labels named as each model names them
    energy_frame.assign(labels=energy_frame.labels.str.replace("gas", lambda _: label, regex=True),
                        stance=energy_frame.stance.replace({"against": value})).to_csv("forged.csv", index=False)
    Path("speech.txt").write_text("Gas is a detour. Gas power plants keep the lights on. We must build wind farms.\n",
                                  encoding="utf-8")
    Path("other.txt").write_text("Gas is the insurance of the grid. Nuclear is a dead end.\n", encoding="utf-8")
    energy_model.save(tmp_path / "plain")

    def edit(metadata):
        metadata["labels"][0] = label
        metadata["stance_classes"][0] = value
        metadata["training_data"]["label_counts"][label] = metadata["training_data"]["label_counts"].pop("gas")

    _with_metadata(energy_model.save(tmp_path / "forged"), edit)
    printed = {}
    for name, against in (("forged", value), ("plain", "against")):
        # A document cannot tell which of these stance values is which.
        names = ["--favor", "favor", "--against", against] if argv[0] == "document" else []
        given = [{"DATA": f"{name}.csv", "MODEL": name}.get(word, word) for word in argv]
        status, printed[name], err = run(capsys, *given, *names, "--model", name)
        assert status == 0, err
    out = printed["forged"]
    assert not RAW_FOR_A_TERMINAL.search(out), [line for line in out.splitlines() if RAW_FOR_A_TERMINAL.search(line)]
    assert "gas\\t\\x1b[7m\\u2028x" in out or "against\\x1b]0;X\\x07" in out, out
    assert len(out.splitlines()) == len(printed["plain"].splitlines())  # no row split over two lines


def test_warnings_and_errors_print_names_from_metadata_json_escaped(capsys, tmp_path, energy_frame, energy_model):
    # A security audit: a model whose metadata.json named a training option "x\x1b[7m…" had its
    # load's warning print the escape raw, and cut at a line separator in the name; evaluate's
    # warning of gold stance values and its refusal of gold labels listed the model's raw.
    label, value, option = "gas\x1b[7m\u2028x", "against\x1b]0;X\x07", "unknown\x1b[2J\u2028option"

    def edit(metadata):
        metadata["labels"][0], metadata["stance_classes"][0] = label, value
        metadata["training_data"]["label_counts"][label] = metadata["training_data"]["label_counts"].pop("gas")
        metadata["options"][option] = 1

    forged = str(_with_metadata(energy_model.save(tmp_path / "forged"), edit))
    status, out, err = run(capsys, "classify", "--model", forged, "Gas is a detour.")
    assert status == 0 and out == f"{label!r}\n" and not RAW_FOR_A_TERMINAL.search(err), err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("stance classify: warning: ") and "is not one stance" in lines[0]
    assert "unknown\\x1b[2J\\u2028option" in lines[0], err
    energy_frame.to_csv(tmp_path / "energy.csv", index=False)
    status, _, err = run(capsys, "evaluate", str(tmp_path / "energy.csv"), "--model", forged)
    assert status == 0 and not RAW_FOR_A_TERMINAL.search(err), err
    assert ("are not stance values this model predicts ('against\\x1b]0;X\\x07', favor), so they count as misses"
            in err), err
    pd.DataFrame({"text": ["Wind now.", "Hello."], "labels": ["wind", "hello"]}).to_csv(tmp_path / "other.csv",
                                                                                       index=False)
    status, _, err = run(capsys, "evaluate", str(tmp_path / "other.csv"), "--model", forged)
    assert status == 2 and not RAW_FOR_A_TERMINAL.search(err) and len(err.splitlines()) == 1, err
    assert f"is a label this model predicts ({label!r}, none, nuclear, renewables)" in err, err


@pytest.mark.parametrize("argv", [["info"], ["classify", "Gas is a detour."], ["explain", "Gas is a detour."],
                                  ["document", "speech.txt"], ["evaluate", "energy.csv"]])
def test_json_output_escapes_what_json_leaves_raw(capsys, tmp_path, monkeypatch, energy_frame, energy_model, argv):
    # JSON escapes the control characters below U+0020 itself, but ensure_ascii=False left the
    # rest raw: NEL, a C1 control such as CSI (U+009B, an escape sequence's start), the line
    # and paragraph separators and bidirectional controls from a model's metadata.json reached
    # the terminal from `stance info --json`, and split a record for a reader of lines.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("energy.csv", index=False)
    Path("speech.txt").write_text("Gas is a detour. We must build wind farms.\n", encoding="utf-8")
    # The marks U+200F and U+061C were left raw beside the overrides and isolates (an audit).
    label, created = "gas\x9b7m\u2029x\u202e\u200f", "2026-12-02\x85\u2028\x9b2J\x7f\u061c"

    def edit(metadata):
        metadata["labels"][0], metadata["created"] = label, created
        metadata["training_data"]["label_counts"][label] = metadata["training_data"]["label_counts"].pop("gas")

    forged = str(_with_metadata(energy_model.save(tmp_path / "forged"), edit))
    status, out, err = run(capsys, *argv, "--model", forged, "--json")
    assert status == 0, err
    assert not RAW_FOR_A_TERMINAL.search(out), [line for line in out.splitlines() if RAW_FOR_A_TERMINAL.search(line)]
    records = [json.loads(out)] if argv[0] in ("info", "document", "evaluate") else [
        json.loads(line) for line in out.splitlines()]
    assert len(records) == 1 and label in json.dumps(records, ensure_ascii=False)  # read back as written
    if argv[0] == "info":
        assert records[0]["saved"]["created"] == created and records[0]["labels"][0] == label


@pytest.mark.parametrize("argv", [["info"], ["classify", "Gas is a detour."], ["evaluate", "energy.csv"],
                                  ["classify", "-"], ["explain", "-"]])
def test_json_output_escapes_a_lone_surrogate_so_it_is_utf8(capsysbinary, tmp_path, monkeypatch, energy_frame,
                                                             energy_model, argv):
    # The output writes a lone surrogate of U+DC80 to U+DCFF as the byte it stands for (a file
    # name the locale could not decode), and did so inside --json's strings too: a label
    # "gas\udcc3" of a model's metadata.json, or a stdin line's "Send tanks\udcc3", came out as
    # the byte 0xc3, and the JSON was no UTF-8 (a reader's json.loads of it failed).
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("energy.csv", index=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("Send tanks\udcc3 and gas\n"))  # as a text stream gives it
    label, created = "gas\udcc3", "2026-12-02\ud83c"

    def edit(metadata):
        metadata["labels"][0], metadata["created"] = label, created
        metadata["training_data"]["label_counts"][label] = metadata["training_data"]["label_counts"].pop("gas")

    forged = argv[-1] != "-"  # a statement from stdin holds one; else the model's metadata.json
    model = _with_metadata(energy_model.save(tmp_path / "m"), edit) if forged else energy_model.save(tmp_path / "m")
    status = main([*argv, "--model", str(model), "--json"])
    out = capsysbinary.readouterr().out
    assert status == 0
    text = out.decode("utf-8")  # raised UnicodeDecodeError: the byte 0xc3 alone
    records = ([json.loads(text)] if argv[0] in ("info", "evaluate")
               else [json.loads(line) for line in text.splitlines()])
    assert len(records) == 1 and "\\udcc3" in text
    if forged:
        assert label in json.dumps(records, ensure_ascii=False)  # read back as it was
    else:
        assert records[0]["text"] == "Send tanks\udcc3 and gas"
    if argv[0] == "info":
        assert records[0]["saved"]["created"] == created and records[0]["labels"][0] == label


_PINNED_COMMANDS = {
    "classify": ["classify", "Gas is a detour."],
    "explain": ["explain", "Gas is a detour."],
    "score": ["score", "texts.csv", "-o", "out.csv"],
    "document": ["document", "speech.txt"],
    "evaluate": ["evaluate", "energy.csv"],
    "info": ["info"],
    "suggest": ["suggest", "texts.csv", "-n", "2"],
}


@pytest.mark.parametrize("command", sorted(_PINNED_COMMANDS))
def test_sha256_pins_the_model_a_command_uses(capsys, tmp_path, monkeypatch, energy_frame, energy_model, command):
    # A security audit: the command line could not pin a model, so a pinned workflow ran
    # `stance info` to compare the digest, then the command, which loaded the folder again
    # (whatever it held by then). --sha256 checks the model the command itself loads.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("energy.csv", index=False)
    energy_frame[["text"]].to_csv("texts.csv", index=False)
    Path("speech.txt").write_text("Gas is a detour. We must build wind farms.\n", encoding="utf-8")
    published = energy_model.save(tmp_path / "published")
    pin = stance.load(published).saved_["parameters_sha256"]
    other = stance.train(energy_frame, stance_column="stance", C=3.0).save(tmp_path / "other")
    argv = _PINNED_COMMANDS[command]
    status, out, err = run(capsys, *argv, "--model", str(other), "--sha256", pin)
    assert status == 2 and out == "" and len(err.splitlines()) == 1, err
    assert err.startswith(f"stance {command}: ") and f"not {pin}, the digest given" in err, err
    assert not Path("out.csv").exists()
    status, out, err = run(capsys, *argv, "--model", str(published), "--sha256", pin.upper() + "\n")
    assert status == 0, err
    status, expected, _ = run(capsys, *argv, "--model", str(published))
    assert out == expected
    status, _, err = run(capsys, *argv, "--model", str(published), "--sha256", "")
    assert status == 2 and "--sha256" in err and "is a shell variable empty?" in err, err
    status, _, err = run(capsys, *argv, "--model", str(published), "--sha256", pin[:12])
    assert status == 2 and "--sha256 must be 64 hexadecimal digits" in err, err


def test_sha256_without_model_pins_the_bundled_model(capsys, default_model):
    pin = default_model.saved_["parameters_sha256"]
    status, out, err = run(capsys, "classify", "--sha256", pin, "We have a one-speed NATO.")
    assert status == 0 and out == "unity\n", err
    status, out, err = run(capsys, "classify", "--model", "bundled", "--sha256", "0" * 64, "We have a one-speed NATO.")
    assert status == 2 and out == "" and f"its parameters' sha256 is {pin}" in err, err


def test_evaluate_takes_favor_and_against(capsys, tmp_path, energy_frame):
    # stance_f_avg of favorable/unfavorable/neutral was the mean of all three F1s, unsaid.
    frame = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "favorable", "against": "unfavorable"}))
    frame.loc[frame.index[frame.labels != "none"][::3], "stance"] = "neutral"
    data = tmp_path / "pew.csv"
    frame.to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"))
    assert status == 0, err
    status, out, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "m"), "--json")
    assert status == 0 and "stance_f_avg is the mean F1 of every stance value" in err
    every = json.loads(out)["metrics"]
    status, out, err = run(capsys, "evaluate", str(data), "--model", str(tmp_path / "m"), "--json",
                           "--favor", "favorable", "--against", "unfavorable")
    assert status == 0 and "stance_f_avg" not in err
    two = json.loads(out)["metrics"]
    assert two["stance_f_avg"] == pytest.approx((every["favorable_f1"] + every["unfavorable_f1"]) / 2)


def test_info_shows_each_label_s_secondary_threshold(capsys, energy_model, tmp_path):
    # The per-label thresholds tuned by cross-validation were only in model.params_.thresholds.
    folder = energy_model.save(tmp_path / "m")
    params = energy_model.params_
    status, out, _ = run(capsys, "info", "--model", str(folder), "--json")
    assert status == 0
    shown = json.loads(out)["secondary_thresholds"]
    assert list(shown) == list(params.labels)
    for label, threshold in zip(params.labels, params.thresholds):
        assert shown[label] == (None if label == params.none_label else pytest.approx(float(threshold)))
    status, out, _ = run(capsys, "info", "--model", str(folder))
    line = next(line for line in out.splitlines() if line.startswith("secondary at:"))
    for label, threshold in zip(params.labels, params.thresholds):
        if label != params.none_label:
            assert f"{label} {threshold:.3f}" in line
    assert "none never" in line


def test_train_and_info_say_which_thresholds_were_raised_for_too_few_rows_to_tune_on(capsys, energy_frame,
                                                                                      tmp_path):
    # On 30 rows the tuned thresholds fell to 0.05 without a word (a user audit); a threshold
    # tuned on fewer than 20 rows of its label is now at least the label's share of the rows.
    sample = pd.concat([energy_frame.sample(32, random_state=0),
                        energy_frame[energy_frame.labels.str.contains("|", regex=False)]])
    sample.to_csv(tmp_path / "small.csv", index=False)
    status, out, err = run(capsys, "train", str(tmp_path / "small.csv"), "-o", str(tmp_path / "m"))
    assert status == 0 and out == ""
    raised = "renewables 0.212 (tuned 0.050, raised)"  # 7 rows of 33
    # Different texts, not rows, are counted (a power user's audit: the card said "fewer than 20 rows"
    # beside a label of 20 rows, 19 texts).
    note = "raised: tuned on fewer than 20 different texts of the label, so at least the share of the rows carrying it"
    assert err.startswith("secondary at: ") and raised in err and note in err, err
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert raised in next(line for line in out.splitlines() if line.startswith("secondary at:"))
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"), "--json")
    assert json.loads(out)["thresholds_raised"]["renewables"] == pytest.approx(0.05)
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text()
    assert "(tuned 0.050, raised)" in card and "tuned on fewer than 20 different texts of its label" in card
    # With 20 rows of each label or more, nothing is raised, nor said.
    status, out, _ = run(capsys, "info", "--model", "bundled", "--json")
    assert json.loads(out)["thresholds_raised"] == {}


def test_train_info_and_the_card_say_which_thresholds_rest_on_a_flat_out_of_fold_f1(capsys, tmp_path,
                                                                                   words_of_their_own):
    # A researcher's audit: each label told by its own words, every threshold from 0.05 up gave
    # the same out-of-fold F1, and "secondary at: carbon_tax 0.050, …" said nothing of it. The
    # threshold is now the middle of the run (see test_training), which is said with the run.
    words_of_their_own.to_csv(tmp_path / "words.csv", index=False)
    status, out, err = run(capsys, "train", str(tmp_path / "words.csv"), "-o", str(tmp_path / "m"))
    assert status == 0 and out == ""
    said = next(line for line in err.splitlines() if line.startswith("secondary at: "))
    # Said once: stance.train's warning of it (see test_training) is this line's, not printed again.
    assert "warning" not in err and "middle of a run of thresholds" not in err, err
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"), "--json")
    info = json.loads(out)
    flat, thresholds = info["thresholds_flat"], info["secondary_thresholds"]
    assert sorted(flat) == ["coal", "grants", "tax"] and info["thresholds_raised"] == {}
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text()
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    line = next(line for line in out.splitlines() if line.startswith("secondary at:"))
    for label, (low, high) in flat.items():
        assert high - low >= 0.25 and low < thresholds[label] < high
        # The middle of the run of grid values (a step of 0.025), the higher of two middle ones.
        assert thresholds[label] - (low + high) / 2 in (pytest.approx(0), pytest.approx(0.0125))
        shown = f"{thresholds[label]:.3f} (flat from {low:.3f} to {high:.3f})"
        assert f"{label} {shown}" in said and f"{label} {shown}" in line and f"| `{label}` | 30 | {shown} |" in card
    assert said[len("secondary at: "):] == line[len("secondary at:   "):]
    assert "; flat: the out-of-fold F1 was the same at every threshold of that range, so the threshold is the " \
           "middle of the run" in line and "check it on held-out data" in line
    assert "one marked flat had the same out-of-fold F1 at every threshold of that range" in card
    # The bundled model's are tuned: no run of thresholds that wide, and nothing said.
    status, out, _ = run(capsys, "info", "--model", "bundled", "--json")
    assert json.loads(out)["thresholds_flat"] == {}


def test_flat_thresholds_of_near_copies_say_the_confidence_map_was_fitted_on_the_same_answers(capsys, tmp_path,
                                                                                              energy_frame):
    # A researcher's audit: on 20,000 near-copies every held-out answer was right at a mean confidence of
    # 0.169; training said the thresholds were flat for out-of-fold answers of near-copies, and not that
    # the confidence map was fitted on those answers too.
    pre, suf = ["", "Frankly, ", "Let me be clear: ", "In my view ", "Honestly, "], ["", " Full stop.", " I mean it."]
    frame = pd.DataFrame([(p + t + s, labels, position) for t, labels, position
                          in energy_frame[["text", "labels", "stance"]].itertuples(index=False)
                          for p in pre for s in suf], columns=["text", "labels", "stance"])
    wrong = frame.index[frame.labels.eq("gas")][::10]  # answers the folds get wrong: a map is fitted
    frame.loc[wrong, "labels"] = "nuclear"
    frame.to_csv(tmp_path / "copies.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "copies.csv"), "-o", str(tmp_path / "m"))
    said = next(line for line in err.splitlines() if line.startswith("secondary at: "))
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert status == 0 and "calibrated on out-of-fold predictions" in out
    line = next(line for line in out.splitlines() if line.startswith("secondary at:"))
    clause = ("check it on held-out data, and the confidence too, whose map was fitted on the same out-of-fold "
              "answers")
    assert "(flat from" in line and line.endswith(clause) and said.endswith(clause)
    # Without a map (the confidence is the label's probability), the note says nothing of it.
    from stance.cli_info import _secondary_at

    assert _secondary_at({"gas": 0.5, "none": None}, {}, flat={"gas": (0.05, 0.95)}).endswith(
        "check it on held-out data")


def test_a_label_whose_rows_are_one_text_copied_is_warned_of_and_info_says_its_threshold_was_not_tuned(
        capsys, tmp_path, energy_frame):
    # A researcher's audit: three copies of one text labelled climate_migration trained without a
    # word, and `stance info` showed "climate_migration 0.500" with no note, where every other
    # label said tuned, raised or flat: copies share a threshold fold, so no fold could tune it.
    copies = pd.DataFrame({"text": ["Climate change will force millions to move."] * 3,
                           "labels": ["climate_migration"] * 3, "stance": ["favor"] * 3})
    frame = pd.concat([energy_frame, copies], ignore_index=True)
    with pytest.warns(stance.StanceWarning) as caught:
        model = stance.train(frame, stance_column="stance")
    threshold = model.params_.thresholds[model.labels.index("climate_migration")]
    assert f"labels: the secondary-label threshold of 'climate_migration' (3 rows, {threshold:.3f}) could not be " \
           "tuned: every row of it is one text copied, and copies share a threshold fold, so no fold held the " \
           "label out beside rows it was trained on; add rows of other texts of it" in [str(w.message) for w in caught]
    assert model.training_["thresholds_one_text"] == ["climate_migration"]
    model.save(tmp_path / "m")
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith("secondary at:"))
    assert (f"climate_migration {threshold:.3f} (not tuned: every row of it is one text copied, which a fold keeps "
            "together)") in line
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"), "--json")
    assert json.loads(out)["thresholds_one_text"] == ["climate_migration"]
    # The note is no parameter: the digest is the one of the same fit without it, and a model saved
    # before it (its entry taken out) loads and shows as it did.
    metadata = json.loads((tmp_path / "m" / "metadata.json").read_text())
    del model.training_["thresholds_one_text"]
    model.save(tmp_path / "before", overwrite=True)
    assert stance.load(tmp_path / "before").saved_["parameters_sha256"] == metadata["parameters_sha256"]
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "before"))
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith("secondary at:"))
    assert f"climate_migration {threshold:.3f}," in line and "not tuned" not in line
    # The energy set alone, whose labels have texts enough, is warned of nothing so.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert "thresholds_one_text" not in stance.train(energy_frame, stance_column="stance").training_


def test_train_that_another_job_beat_to_the_folder_names_the_flag_and_keeps_its_model(capsys, tmp_path,
                                                                                      monkeypatch, energy_model):
    # Two `stance train … -o models/c` at once both pass the check before training; the
    # save of the one that finishes later refuses the folder, but said "pass overwrite=True",
    # which is no flag of `stance train` (the audit).
    import stance.api

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    output = tmp_path / "models" / "c"
    real_train = stance.api.train

    def another_job_saves_meanwhile(*args, **kwargs):
        model = real_train(*args, **kwargs)
        energy_model.save(output)
        return model

    monkeypatch.setattr(stance.api, "train", another_job_saves_meanwhile)
    status, out, err = run(capsys, "train", str(energy), "-o", str(output), "--option", "C=1")
    assert status != 0 and out == ""
    assert "already exists; pass --overwrite to replace it" in err and "overwrite=True" not in err
    assert stance.load(output).get_params()["C"] == energy_model.get_params()["C"] != 1
    assert [p.name for p in output.parent.iterdir()] == ["c"]  # no staging folder left


@pytest.mark.parametrize("suffix, stamp", [(".svg", b"<dc:date>"), (".pdf", b"/CreationDate")])
def test_a_plot_file_is_the_same_bytes_each_run(tmp_path, capsys, monkeypatch, suffix, stamp):
    # `stance document --plot profile.svg` wrote the time and random clip-path ids into the
    # SVG (the time into a PDF), so two runs on the same speech gave two different files.
    pytest.importorskip("matplotlib")
    import time

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine. Pensions rise in May.\n")
    drawn = []
    for run_number in range(2):
        if run_number:
            time.sleep(1.1)  # the stamp is to the second: the second run draws at another time
        image = tmp_path / f"run{run_number}{suffix}"
        assert run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(image))[0] == 0
        drawn.append(image.read_bytes())
    assert drawn[0] == drawn[1]
    assert stamp not in drawn[0]


def test_a_plot_file_keeps_the_date_source_date_epoch_asks_for(tmp_path, capsys, monkeypatch):
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    image = tmp_path / "profile.svg"
    assert run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(image))[0] == 0
    assert b"<dc:date>2023-11-14" in image.read_bytes()


@pytest.mark.parametrize(("epoch", "said"), [("abc", "'abc' is not"), ("-5", "'-5' is not"), ("", "is set but empty")])
def test_document_plot_refuses_a_source_date_epoch_before_it_scores(capsys, tmp_path, monkeypatch, epoch, said):
    # A user audit: SOURCE_DATE_EPOCH=abc ended 'stance document --plot x.pdf' in matplotlib's
    # traceback once the speech was scored, and -5 drew a PDF dated 1969.
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    (tmp_path / "speech.txt").write_text("We stand together. Send tanks to Ukraine.\n")
    monkeypatch.setattr(stance.document, "score_document", lambda *args, **kwargs: pytest.fail("scored first"))
    status, out, err = run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(tmp_path / "p.pdf"))
    assert (status, out) == (2, "") and said in err and "SOURCE_DATE_EPOCH" in err and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["speech.txt"]
    # A PNG carries no date: it is drawn whatever the variable says, as before (a review).
    monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    status, _, err = run(capsys, "document", str(tmp_path / "speech.txt"), "--plot", str(tmp_path / "p.png"))
    assert status == 0 and (tmp_path / "p.png").stat().st_size > 0, err


@pytest.mark.parametrize(("epoch", "said"), [
    ("99999999999999", "'99999999999999' is not"), ("-5", "'-5' is not"), ("1.7e9", "'1.7e9' is not"),
    ("1700000000 UTC", "'1700000000 UTC' is not"), ("", "is set but empty")])
def test_train_refuses_a_source_date_epoch_it_cannot_record_before_it_reads_the_data(capsys, tmp_path, monkeypatch,
                                                                                      epoch, said):
    # A date past year 9999 ended the whole training in a traceback (year 3170843 is out of
    # range); -5 or ' 1700000000' trained a model created now, not then, without a word.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    monkeypatch.setattr(stance.tables, "read_table", lambda *args, **kwargs: pytest.fail("read before checking"))
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    status, out, err = run(capsys, "train", str(energy), "-o", str(tmp_path / "m"))
    assert (status, out) == (2, "") and err.startswith(f"stance train: SOURCE_DATE_EPOCH{'=' if epoch else ' '}"), err
    assert said in err and "whole seconds since 1970-01-01 UTC" in err and err.count("\n") == 1, err
    assert list(tmp_path.iterdir()) == []


def test_train_records_the_source_date_epoch_given_with_spaces_around_it(capsys, tmp_path, monkeypatch, energy_frame):
    # Taken only when str.isdigit(): ' 1700000000' (or with a newline from $(cat …)) was
    # silently ignored, and the model was created now.
    energy_frame.to_csv(tmp_path / "energy.csv", index=False)
    for epoch, created in [(" 1700000000\n", "2023-11-14T22:13:20+00:00"),
                           ("253402300799", "9999-12-31T23:59:59+00:00"), ("0", "1970-01-01T00:00:00+00:00")]:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        status, _, err = run(capsys, "train", str(tmp_path / "energy.csv"), "-o", str(tmp_path / "m"), "--overwrite",
                             "--stance-column", "stance")
        assert status == 0, err
        assert stance.load(tmp_path / "m").saved_["created"] == created


def test_train_under_an_empty_source_date_epoch_says_so_before_scikit_learn_fails_on_it(tmp_path):
    # SOURCE_DATE_EPOCH= (a CI variable left empty) ended `stance train` in a traceback from
    # numpy's f2py, which scikit-learn's import runs: int(''). It is refused in one line first.
    import subprocess
    import sys

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    done = subprocess.run([sys.executable, "-m", "stance", "train", str(energy), "-o", str(tmp_path / "m")],
                          capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": ""}, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("stance train: SOURCE_DATE_EPOCH is set but empty"), \
        done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_data_path_no_file_can_have_is_refused_as_missing_in_a_short_message(capsys, tmp_path, monkeypatch):
    # stance train with a name of 10,000 characters printed "[Errno 36] File name too long: '…'"
    # with all of them, as every command reading a data file or a document did.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pool.csv").write_text("text\nNATO is united.\n")
    long = "x" * 10_000
    missing = f"file not found: '{'x' * 200}…' (a name longer than the file system allows)\n"
    for argv, said in [(["train", f"{long}.csv", "-o", "m"], missing), (["evaluate", f"{long}.csv"], missing),
                       (["check", f"{long}.csv"], missing), (["suggest", f"{long}.csv"], missing),
                       (["suggest", "pool.csv", "--exclude", f"{long}.csv"], missing),
                       (["score", f"{long}.csv", "-o", "out.csv"], missing),
                       (["document", f"{long}.txt"], missing), (["train", long, "-o", "m"], missing)]:
        status, out, err = run(capsys, *argv)
        assert (status, out, err) == (2, "", f"stance {argv[0]}: {said}"), (argv[:2], err[:300])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pool.csv"]


def test_info_says_how_a_model_reads_links_and_handles(capsys, energy_frame, energy_model, tmp_path):
    # A model saved before the links option reads a post's link as words; one trained since
    # (the bundled model, rebuilt with it, among them) reads it as none, and `stance info`
    # says which (a social-media audit).
    before = stance.train(energy_frame, stance_column="stance", links=False)
    status, out, _ = run(capsys, "info", "--model", str(before.save(tmp_path / "before")))
    assert status == 0 and ('links:          read as words ("https", "t", "co"…), an @handle as its pieces '
                            '(a model saved before format 7, or trained with links=false)') in out
    for model in ([], ["--model", str(energy_model.save(tmp_path / "m"))]):
        status, out, _ = run(capsys, "info", *model)
        assert status == 0 and "links:          no words (web and e-mail addresses); an @handle is one word" in out


def test_info_says_how_a_model_reads_american_spelling(capsys, energy_frame, energy_model, tmp_path):
    # A model saved before the spelling option reads "defense" and "defence" as two words (a
    # user audit); a model trained since (the bundled one is) reads the one as the other, and
    # one of another language as spelt. `stance info` says which.
    before = stance.train(energy_frame, stance_column="stance", spelling=False).save(tmp_path / "before")
    status, out, _ = run(capsys, "info", "--model", str(before))
    assert status == 0 and ('spelling:       as written: "defense" and "defence" are two words (a model saved '
                            'before format 8, or trained with spelling=false)') in out
    for model in (str(energy_model.save(tmp_path / "m")), "bundled"):
        status, out, _ = run(capsys, "info", "--model", model)
        assert status == 0 and 'spelling:       American read as British ("defense" as "defence")' in out
    german = stance.train(energy_frame, stance_column="stance", stem="german").save(tmp_path / "de")
    status, out, _ = run(capsys, "info", "--model", str(german))
    assert status == 0 and ("spelling:       as written (spelling respells English only; this model stems in "
                            "german)") in out


def test_spelling_false_on_the_command_line_trains_a_model_that_reads_spelling_as_written(capsys, energy_frame,
                                                                                           tmp_path):
    energy_frame.to_csv(tmp_path / "e.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "--stance-column", "stance", "-o",
                         str(tmp_path / "m"), "--option", "spelling=false")
    assert status == 0, err
    metadata = json.loads((tmp_path / "m" / "metadata.json").read_text())
    assert metadata["options"]["spelling"] is False and "spelling" not in metadata["analyzer"]
    assert metadata["format_version"] == 17  # as every model this version trains (7 before format 9)
    model = stance.load(tmp_path / "m")
    proba = model.predict_proba(["Gas licenses for the center", "Gas licences for the centre"])
    assert proba[0].tolist() != proba[1].tolist()
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "-o", str(tmp_path / "x"), "--option",
                         "spelling=maybe")
    assert status == 2 and "--option spelling must be true or false, got 'maybe'" in err


def test_info_says_how_a_model_reads_invisible_format_characters(capsys, energy_model,
                                                                  energy_model_without_invisibles, tmp_path):
    # A model saved before the invisibles option (format 9), or trained without it, reads a
    # zero-width space inside "Ukraine" as parting it into two words it does not know. A model
    # trained since drops such characters, the bundled one among them. `stance info` says which.
    status, out, _ = run(capsys, "info")
    assert status == 0 and ("invisibles:     dropped inside a word (zero-width spaces, word joiners, byte-order "
                            "marks, joiners, direction marks)") in out
    status, out, _ = run(capsys, "info", "--model", str(energy_model_without_invisibles.save(tmp_path / "old")))
    assert status == 0 and "invisibles:     part the word they are in" in out
    status, out, _ = run(capsys, "info", "--model", str(energy_model.save(tmp_path / "m")))
    assert status == 0 and ("invisibles:     dropped inside a word (zero-width spaces, word joiners, byte-order "
                            "marks, joiners, direction marks)") in out
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"), "--json")
    assert status == 0 and json.loads(out)["analyzer"]["invisibles"] is True


def test_invisibles_false_on_the_command_line_trains_a_model_that_reads_them_as_before(capsys, energy_frame,
                                                                                        tmp_path):
    energy_frame.to_csv(tmp_path / "e.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "--stance-column", "stance", "-o",
                         str(tmp_path / "m"), "--option", "invisibles=false")
    assert status == 0, err
    metadata = json.loads((tmp_path / "m" / "metadata.json").read_text())
    assert metadata["options"]["invisibles"] is False and "invisibles" not in metadata["analyzer"]
    assert metadata["format_version"] == 17  # as every model this version trains
    model = stance.load(tmp_path / "m")
    proba = model.predict_proba(["Gas is a de\u200btour.", "Gas is a de tour.", "Gas is a detour."])
    assert proba[0].tolist() == proba[1].tolist() != proba[2].tolist()
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "-o", str(tmp_path / "x"), "--option",
                         "invisibles=maybe")
    assert status == 2 and "--option invisibles must be true or false, got 'maybe'" in err


class InfoLine(NamedTuple):
    """What `stance info` says of an analyzer option, and what --option name=false trains."""

    since: str  # the line for a model trained with the option (the bundled one among them)
    before: str  # ... for a model saved before the option's format, or trained with name=false
    texts: tuple[str, ...]  # texts the option changes,
    read_before: str  # and which of them a model trained with name=false reads alike (``assert_read_as``)


INFO_LINES = {
    # The bundled model of 0.5.0 was saved before the cannot option (format 10): "cannot" was
    # one word to it, and "We cannot leave the Baltic states undefended." against where "We can
    # not…" was favor. A model trained since reads it as "can not", 0.6.0's bundled one among them.
    "cannot": InfoLine('cannot:         read as "can not", as "can\'t" is',
                       "cannot:         one word, no negation (a model saved before format 11, or trained with "
                       "cannot=false)",
                       ("Gas cannot wait.", "Gas can not wait.", "Gas CANNOT wait."), "aba"),
    # A model saved before the handles option (format 11, as the bundled one was until its
    # rebuild) reads "@ukraine.bsky.social" as "ukraine", "bsky" and "social"; a model trained
    # since reads it as one word.
    "handles": InfoLine("handles:        a dotted one (@ukraine.bsky.social, @nato.int, @rutte@mastodon.social) is one "
                        "word",
                        "handles:        a dotted one cut at its dots (ukraine, bsky, social), a Mastodon one read as "
                        "an e-mail address (a model saved before format 12, or trained with handles=false)",
                        ("@gas.bsky.social Hello.", "gas bsky social Hello.", "Hello."), "aab"),
    # A model saved before the marks option (format 12, as the bundled one was until its
    # rebuild) parts "हिन्दी" and "Са\u0301нкції" at their marks; a model trained since reads
    # each as one word.
    "marks": InfoLine("marks:          part of the word they follow (हिन्दी is one word); stress marks on Cyrillic "
                      "letters, Arabic harakat and tatweel dropped (Са\u0301нкції is санкції)",
                      "marks:          part the word they are in (हिन्दी is ह, न, द; Са\u0301нкції is са, нкції) (a "
                      "model saved before format 13, or trained with marks=false)",
                      # (a g with a diaeresis, which NFKC composes into no letter that names would fold)
                      ("G\u0308as is cheap.", "G as is cheap.", "Gas is cheap."), "aab"),
    # A model saved before the cjk option (format 13, as the bundled one was until its rebuild)
    # reads a run of Chinese characters as one word ("Gas支持" a word it never saw); a model
    # trained since reads "gas" and "支持".
    "cjk": InfoLine("cjk:            a run of Chinese characters or kana in overlapping pairs of characters (支持北约 "
                    "is 支持, 持北, 北约); Latin words inside and Korean by their words",
                    "cjk:            a run of Chinese characters or kana as one word (支持北约 is 支持北约) (a model "
                    "saved before format 14, or trained with cjk=false)",
                    ("Cheap gas支持", "Cheap 支持", "Cheap gas"), "aab"),
    # A model of stem=False marked after the English negation words, whatever the language:
    # Polish "nie" marked nothing, "no" ("well") the words after it. With negation_words the
    # words given are named (and the language, when one was); a model of the default, the
    # bundled one among them, marks after its stem's words, as it always did.
    "negation_words": InfoLine("negation marks: NOT_… on the 3 words after a negation word of negation_words (not, "
                               "scarcely), for every head (negation=true)",
                               "negation marks: NOT_… on the 3 words after an English negation word (not, no, never, "
                               "nor, without, neither, none), for every head (negation=true)",
                               ("Gas: scarcely pump.", "Gas: pump.", "Gas: not pump."), "aab"),
    # OCR'd text writes the apostrophe as a prime: "isn′t" was "isn" and "t", its negation lost.
    # The bundled model reads it as the apostrophe since 0.12.0 (format 16).
    "lookalikes": InfoLine("lookalikes:     read as the apostrophe between two letters (isn′t and isn´t are is not; "
                           "5′ stays); a prime, an acute accent, ‛, ‵, ʹ, ʽ, ʻ",
                           "lookalikes:     part the word they are in (isn′t is isn, t) (a model saved before format "
                           "16, or trained with lookalikes=false)",
                           ("Gas isn′t cheap.", "Gas isn t cheap.", "Gas isn't cheap."), "aab"),
    # The press writes "Suwalki" where the corpus writes "Suwałki", "Kiev" where it writes "Kyiv":
    # a model saved before the option reads the two as two words. The bundled model reads them
    # as one since 0.13.0 (format 17).
    "names": InfoLine('names:          as the corpus writes them: diacritics folded ("Suwalki" is "Suwałki"), "Kiev" '
                      'is "Kyiv"',
                      'names:          as written: "Suwalki" and "Suwałki" are two words (a model saved before format '
                      '17, or trained with names=false)',
                      ("Cheap gäs", "Cheap zäq", "Cheap gas"), "aab"),
}


@pytest.mark.parametrize("option", ANALYZER_OPTIONS, ids=OPTION_NAMES)
def test_info_says_how_a_model_reads_an_analyzer_option(option, request, capsys, tmp_path):
    # `stance info` says whether a model reads the texts the option changes as before it or as since.
    said = INFO_LINES[option.name]
    energy_model = request.getfixturevalue(option.trained_with)
    assert (f"a model saved before format {option.since}, or trained with {option.name}=false)" in said.before
            or option.on is not True)
    status, out, _ = run(capsys, "info")  # the bundled model: of the defaults (its marks for the stance head only)
    # (of an option it predates, as a model saved before it: names)
    assert status == 0 and (said.since if option.on is True and option.bundled
                            else said.before.partition(", for ")[0]) in out
    without = request.getfixturevalue(option.without)
    status, out, _ = run(capsys, "info", "--model", str(without.save(tmp_path / "old")))
    assert status == 0 and said.before in out
    status, out, _ = run(capsys, "info", "--model", str(energy_model.save(tmp_path / "m")))
    assert status == 0 and said.since in out
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"), "--json")
    assert status == 0 and json.loads(out)["analyzer"][option.name] == option.recorded


@pytest.mark.parametrize("option", ANALYZER_OPTIONS, ids=OPTION_NAMES)
def test_an_analyzer_option_false_on_the_command_line_trains_a_model_that_reads_as_before(option, capsys,
                                                                                         energy_frame, tmp_path):
    name, said = option.name, INFO_LINES[option.name]
    energy_frame.to_csv(tmp_path / "e.csv", index=False)
    trained = [f"--option={key}={json.dumps(value)}" for key, value in option.trained]
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "--stance-column", "stance", "-o",
                         str(tmp_path / "m"), "--option", f"{name}={option.typed_off}", *trained)
    assert status == 0, err
    metadata = json.loads((tmp_path / "m" / "metadata.json").read_text())
    assert metadata["options"][name] is option.off and name not in metadata["analyzer"]
    assert metadata["format_version"] == 17  # as every model this version trains
    model = stance.load(tmp_path / "m")
    assert_read_as(model.predict_proba(list(said.texts)), said.read_before)
    status, _, err = run(capsys, "train", str(tmp_path / "e.csv"), "-o", str(tmp_path / "x"), "--option",
                         f"{name}=maybe")
    refusal = ("must be true or false" if option.on is True else "must be none, a language name or a list of words")
    assert status == 2 and f"--option {name} {refusal}, got 'maybe'" in err


# The `stance` script as pip writes it for the entry point in pyproject.toml, with SIGINT
# raised as the package's import reaches stance.model: a Ctrl-C in the first quarter second.
_INTERRUPTED_IN_THE_IMPORT = """
import importlib.abc, signal, sys

class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "stance.model":
            signal.raise_signal(signal.SIGINT)
        return None

# As Python starts in a terminal: a shell without job control starts background jobs (this
# suite among them) with SIGINT ignored, which Python then leaves ignored.
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.meta_path.insert(0, Interrupt())
from {module} import {function}
sys.exit({function}())
"""


def _entry_point() -> tuple[str, str, dict[str, str]]:
    """The module and function of the `stance` script pyproject.toml names, and an environment
    that imports this checkout."""
    root = Path(__file__).resolve().parent.parent
    scripts = re.search(r"\[project\.scripts\][^\[]*?\nstance = \"([\w.]+):(\w+)\"",
                        (root / "pyproject.toml").read_text(encoding="utf-8"))
    module, function = scripts.groups()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    return module, function, environment


def test_a_ctrl_c_while_the_command_imports_the_package_exits_130_with_one_line(tmp_path):
    # A user audit: Ctrl-C in the first ~0.25 s of `stance` printed a traceback of the import
    # (status -2), where a moment later it printed "stance classify: interrupted" and exited 130.
    import subprocess
    import sys

    module, function, environment = _entry_point()
    script = _INTERRUPTED_IN_THE_IMPORT.format(module=module, function=function)
    process = subprocess.run([sys.executable, "-c", script, "classify", "We stand together."], cwd=tmp_path,
                             env=environment, capture_output=True, text=True, timeout=120)
    assert (process.returncode, process.stdout, process.stderr) == (130, "", "stance: interrupted\n")
    # Uninterrupted, the entry point is the command.
    process = subprocess.run([sys.executable, "-c", f"import sys; from {module} import {function}; "
                              f"sys.exit({function}())", "--version"], cwd=tmp_path, env=environment,
                             capture_output=True, text=True, timeout=120)
    assert (process.returncode, process.stdout, process.stderr) == (0, stance.__version__ + "\n", "")


def _statements_and_an_old_output(folder: Path) -> dict[str, bytes]:
    """A table of 100,000 statements and a score's output already there, as the folder's files.
    Quoted, as their commas ask: unquoted, the first row was refused at once, and a signal sent a
    second after the start found the command ended by that error, not scoring; so many that
    scoring them outlasts the latest signal of the tests on any machine."""
    rows = "".join(f'"We must send more tanks to Kyiv, said minister {i}."\n' for i in range(100_000))
    (folder / "in.csv").write_text("text\n" + rows, encoding="utf-8")
    (folder / "out.csv").write_text("text,labels\nold,none\n", encoding="utf-8")
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_sigterm_while_the_command_imports_the_package_exits_143_with_one_line(tmp_path, signal_name):
    # A SIGTERM in the first ~0.4 s of `stance score`, before the command's handler was
    # installed, killed it without a word (status -15), where a moment later it printed
    # "stance score: interrupted" and exited 143. Raised as the import reaches stance.model.
    # A SIGHUP (a terminal closed) alike, 129, where it ended the command without a word.
    import signal
    import subprocess
    import sys

    if not hasattr(signal, signal_name):
        pytest.skip(f"no {signal_name} on this platform")
    module, function, environment = _entry_point()
    script = _INTERRUPTED_IN_THE_IMPORT.format(module=module, function=function).replace(
        "signal.raise_signal(signal.SIGINT)", f"signal.raise_signal(signal.{signal_name})")
    before = _statements_and_an_old_output(tmp_path)
    process = subprocess.run([sys.executable, "-c", script, "score", "in.csv", "-o", "out.csv"], cwd=tmp_path,
                             env=environment, capture_output=True, text=True, timeout=120, **HEARD)
    status = 128 + getattr(signal, signal_name)
    assert (process.returncode, process.stdout, process.stderr) == (status, "", "stance: interrupted\n")
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


# How an extension module's initialisation (numpy's) gives back an interrupt raised inside it:
# as a SystemError "raised unreported exception" from it, or as an ImportError of its own that
# names no interrupt at all (numpy's "PyCapsule_Import could not import module "datetime"").
_FAILED_AS_AN_EXTENSION = {
    "chained": ("            try:\n"
                "                signal.raise_signal(signal.{signal_name})\n"
                "            except KeyboardInterrupt as error:\n"
                "                raise SystemError('initialization of _multiarray_umath raised unreported exception')"
                " from error\n"),
    "lost": ("            try:\n"
             "                signal.raise_signal(signal.{signal_name})\n"
             "            except KeyboardInterrupt:\n"
             "                pass\n"
             "            raise ImportError('PyCapsule_Import could not import module \"datetime\"')\n"),
    # a signal inside a callback Python only reports (a weakref's, as the import's module locks
    # have): Python 3.10 printed "Exception ignored in: <function _get_module_lock.<locals>.cb …>"
    # and a traceback above the one line, in the SIGTERM timing test below
    "reported": ("            import weakref\n"
                 "            class Gone: pass\n"
                 "            gone = Gone()\n"
                 "            ref = weakref.ref(gone, lambda _: signal.raise_signal(signal.{signal_name}))\n"
                 "            del gone\n"),
}


@pytest.mark.parametrize("failure", sorted(_FAILED_AS_AN_EXTENSION))
@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_signal_inside_an_extensions_initialisation_exits_with_one_line(tmp_path, signal_name, failure):
    # A signal that lands while an extension module (numpy's _multiarray_umath) initialises
    # does not come out of the import as the KeyboardInterrupt the handler raised: the full
    # suite met both shapes of _FAILED_AS_AN_EXTENSION in the SIGTERM timing test below on a
    # loaded machine, each a traceback and status 1. Here the import of stance.model fails so.
    import subprocess
    import sys

    module, function, environment = _entry_point()
    script = _INTERRUPTED_IN_THE_IMPORT.format(module=module, function=function).replace(
        "            signal.raise_signal(signal.SIGINT)\n",
        _FAILED_AS_AN_EXTENSION[failure].format(signal_name=signal_name))
    assert "could not import" in script or "SystemError" in script or "weakref" in script
    before = _statements_and_an_old_output(tmp_path)
    process = subprocess.run([sys.executable, "-c", script, "score", "in.csv", "-o", "out.csv"], cwd=tmp_path,
                             env=environment, capture_output=True, text=True, timeout=120)
    status = 130 if signal_name == "SIGINT" else 143
    assert (process.returncode, process.stdout, process.stderr) == (status, "", "stance: interrupted\n")
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


# A signal that lands the moment the entry point has installed its handler, before anything
# else: raised by signal.signal itself, right after it put _terminated (or the import's
# Ctrl-C handler) in place.
_SIGNALLED_AS_THE_HANDLER_IS_SET = """
import signal, sys

real = signal.signal
signalled = []

def signal_then_raise(number, handler):
    previous = real(number, handler)
    if number == signal.{signal_name} and callable(handler) and not signalled:
        signalled.append(number)
        signal.raise_signal(number)
    return previous

signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal (see above)
signal.signal = signal_then_raise
from {module} import {function}
sys.exit({function}())
"""


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_signal_the_moment_the_entry_points_handler_is_set_exits_with_one_line(tmp_path, signal_name):
    # The full suite's SIGTERM timing test below met, once under load, a traceback of
    # _stance_command._Terminated and status 1: the entry point installed its handlers before
    # the try that turns their interrupt into "stance: interrupted", so a signal landing
    # between the two came out of main(). Here it lands inside the installing call itself.
    import subprocess
    import sys

    module, function, environment = _entry_point()
    script = _SIGNALLED_AS_THE_HANDLER_IS_SET.format(module=module, function=function, signal_name=signal_name)
    process = subprocess.run([sys.executable, "-c", script, "classify", "We stand together."], cwd=tmp_path,
                             env=environment, capture_output=True, text=True, timeout=120)
    status = 130 if signal_name == "SIGINT" else 143
    assert (process.returncode, process.stdout, process.stderr) == (status, "", "stance: interrupted\n")


@pytest.mark.parametrize("command", ["score", "classify"])
def test_a_sigterm_right_after_the_start_says_interrupted_and_leaves_no_partial_output(command, tmp_path):
    # However early a SIGTERM lands (a container stopped as the job starts), the command ends
    # as a shell sees status 143, with no traceback, and the output it was to write is not
    # there in part: the old one stays. Before the command's handler was installed it died
    # silently. Only Python's own start-up, before the entry point runs, is out of its reach:
    # killed there, it says nothing (and a shell still sees 143). `classify` reads standard
    # input, kept open, so that the signal always lands while the command runs.
    import signal
    import subprocess
    import sys
    import time

    module, function, environment = _entry_point()
    entry = f"import sys; from {module} import {function}; sys.exit({function}())"
    arguments = ["score", "in.csv", "-o", "out.csv", "--no-progress"] if command == "score" else ["classify", "-"]
    before = _statements_and_an_old_output(tmp_path)
    for delay in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0):
        process = subprocess.Popen([sys.executable, "-c", entry, *arguments], cwd=tmp_path, env=environment,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=120)
        shell_status = process.returncode if process.returncode >= 0 else 128 - process.returncode
        assert shell_status == 143 and out == "", (delay, process.returncode, out, err)
        assert err in ("stance: interrupted\n", f"stance {command}: interrupted\n") or (
            err == "" and process.returncode == -signal.SIGTERM), (delay, err)
        assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before, delay


def test_a_ctrl_c_before_a_command_took_over_exits_130_with_one_line(capsys, monkeypatch):
    # Reading the arguments and setting up the output come before the command's own handling:
    # a Ctrl-C there printed a traceback too.
    import stance.cli

    def interrupted_parser():
        raise KeyboardInterrupt

    monkeypatch.setattr(stance.cli, "build_parser", interrupted_parser)
    try:
        status = main(["classify", "We stand together."])
    except KeyboardInterrupt:  # caught here, not by pytest, which would stop the run
        pytest.fail("the interrupt came out of main()")
    assert status == 130
    assert capsys.readouterr() == ("", "stance: interrupted\n")


def test_document_command_prints_every_statement_of_a_long_document(capsys, tmp_path):
    # print(doc) shows a long document's first and last statements; the command, whose output
    # is the table of statements, prints them all.
    document = tmp_path / "speech.txt"
    document.write_text(" ".join(f"We have a one-speed NATO, said minister number {i}." for i in range(300)),
                        encoding="utf-8")
    status, out, _ = run(capsys, "document", str(document))
    assert status == 0 and len(re.findall(r"minister number", out)) == 300 and "more statements" not in out


def test_document_and_explain_given_no_input_name_standard_input(capsys):
    # A journalist's audit: "cat speech.txt | stance document" was refused with "the following
    # arguments are required: FILE" alone, where stance classify reads standard input.
    status, _, err = run(capsys, "document")
    assert status == 2 and err.strip() == ("stance document: the following arguments are required: FILE; give - to "
                                           "read the document from standard input (stance document - < FILE)")
    status, _, err = run(capsys, "explain", "-n", "3")
    assert status == 2 and "required: TEXT; give - to read one statement a line from standard input" in err
    status, _, err = run(capsys, "score", "in.csv")  # a command that reads no standard input says nothing of it
    assert status == 2 and err.strip() == "stance score: the following arguments are required: -o/--output"


def test_document_of_a_closed_stdin_is_a_usage_error_as_explain_of_one_is(capsys, monkeypatch):
    # An audit: `stance document - <&-` ended in AttributeError "'NoneType' object has no
    # attribute 'buffer'" and status 1, where `stance explain - <&-` says there is no stdin
    # and exits 2. Python leaves sys.stdin None when the shell closed it.
    monkeypatch.setattr("sys.stdin", None)
    status, out, err = run(capsys, "document", "-")
    assert (status, out, err) == (2, "", "stance document: FILE: - reads the document from stdin, and there is "
                                         "none; name the document's file\n")
    for command in ("explain", "classify"):
        status, out, err = run(capsys, command, "-")
        assert (status, out, err) == (2, "", f"stance {command}: TEXT: - reads statements from stdin, and there is "
                                             f"none; give statements as arguments\n")


def test_a_missing_file_is_never_offered_itself_as_what_was_meant(capsys, tmp_path, monkeypatch):
    # An audit: `stance score /dev/stdin -o out/z.csv <&-` said "file not found: '/dev/stdin'
    # (did you mean '/dev/stdin'?)". A link to nothing is listed in its folder and is not there
    # to read; so is /dev/stdin, whose fd 0 the folder's listing itself had opened.
    (tmp_path / "x.csv").symlink_to(tmp_path / "gone" / "x.csv")
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "score", "x.csv", "-o", "out.csv")
    assert (status, err) == (2, f"stance score: 'x.csv' is a symbolic link whose target "
                                f"({str(tmp_path / 'gone' / 'x.csv')!r}) is missing; point the link at the file\n")


@pytest.mark.parametrize("argv", [("score", "/dev/stdin", "-o", "out.csv"), ("document", "/dev/stdin")])
def test_dev_stdin_given_with_stdin_closed_says_it_is_closed(tmp_path, argv):
    import subprocess
    import sys

    done = subprocess.run(["sh", "-c", 'exec "$0" -m stance "$@" <&-', sys.executable, *argv], cwd=tmp_path,
                          capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (2, f"stance {argv[0]}: '/dev/stdin' is standard input, which is "
                                                 f"closed (<&-); name a file\n")


def _stance_with_stderr_unread(*argv: str, cwd) -> int:
    """Run ``python -m stance ARGV`` with stderr a pipe whose reader has gone, as in
    ``stance … 2>&1 | head -1`` once head has its line: each write to it fails (EPIPE)."""
    import subprocess
    import sys

    unread, stderr = os.pipe()
    os.close(unread)  # no reader from the start: every write fails, not only those after head quits
    try:
        return subprocess.run([sys.executable, "-m", "stance", *argv], stdout=subprocess.DEVNULL, stderr=stderr,
                              cwd=cwd).returncode
    finally:
        os.close(stderr)


def test_a_reader_of_stderr_gone_drops_the_messages_not_the_output(tmp_path):
    # `stance score in.csv -o out.csv 2>&1 | head -1` exited 0 without writing out.csv: the
    # warning of a long text met a closed pipe, and the broken pipe was taken for the end of
    # the work, as `stance classify … | head -1` ends. A closed 2>&- let the work finish.
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    texts = ["We have a one-speed NATO.", "Thank you all. " * 400]  # 6,000 characters: warned of
    pd.DataFrame({"text": texts}).to_csv(source, index=False)
    assert _stance_with_stderr_unread("score", str(source), "-o", str(out), cwd=tmp_path) == 0
    assert pd.read_csv(out)["text"].tolist() == texts
    doc, plot = tmp_path / "doc.csv", tmp_path / "profile.png"
    (tmp_path / "speech.txt").write_text("We have a one-speed NATO.\nThank you all.\n")
    status = _stance_with_stderr_unread("document", "speech.txt", "-o", str(doc), "--plot", str(plot), cwd=tmp_path)
    assert status == 0 and len(pd.read_csv(doc)) == 2 and plot.read_bytes().startswith(b"\x89PNG")


def test_a_reader_of_stdout_gone_still_gets_the_plot_drawn(tmp_path):
    # `stance document speech.txt -o doc.csv --plot profile.png | head -1` exited 0 with no
    # profile.png: the plot was drawn after the table was printed, and the broken pipe of the
    # table ended the command first.
    import subprocess
    import sys

    (tmp_path / "speech.txt").write_text("We have a one-speed NATO.\nThank you all.\n")
    unread, stdout = os.pipe()
    os.close(unread)  # no reader from the start, as once head has its line
    try:
        done = subprocess.run([sys.executable, "-m", "stance", "document", "speech.txt", "-o", "doc.csv", "--plot",
                               "profile.png"], stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    finally:
        os.close(stdout)
    assert done.returncode == 0, done.stderr
    assert len(pd.read_csv(tmp_path / "doc.csv")) == 2 and (tmp_path / "profile.png").read_bytes()[:4] == b"\x89PNG"


def _stdout_unread_without_unbuffered(*argv: str, cwd):
    """Run ``python -m stance ARGV`` with stdout a pipe whose reader has gone before anything is
    written (as once ``head -3`` has its lines), under Python's default buffering: the test
    environment may set PYTHONUNBUFFERED, which wrote each line at once and hid what was left
    in the buffer for Python's flush at exit."""
    import subprocess
    import sys

    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    unread, stdout = os.pipe()
    os.close(unread)
    try:
        return subprocess.run([sys.executable, "-m", "stance", *argv], stdout=stdout, stderr=subprocess.PIPE,
                              text=True, cwd=cwd, env=env)
    finally:
        os.close(stdout)


@pytest.mark.parametrize("argv", [("explain", "we must send weapons"), ("classify", "we must send weapons"),
                                  ("info",), ("--version",), ("--help",)])
def test_a_reader_of_stdout_gone_exits_0_with_nothing_on_stderr_whatever_is_left_buffered(tmp_path, argv):
    # An audit: `stance explain "we must send weapons" | head -3` exited 120 about one run in
    # three, with "Exception ignored in: <_io.TextIOWrapper name='<stdout>' …> BrokenPipeError"
    # (README: status 0). The command's last flush met the broken pipe and was caught, but what
    # stayed in the buffer (explain's legend) failed again in Python's own flush at exit.
    for _ in range(3):
        done = _stdout_unread_without_unbuffered(*argv, cwd=tmp_path)
        assert (done.returncode, done.stderr) == (0, "")


def test_main_called_by_a_program_leaves_its_stdout_to_it_when_the_reader_has_gone(monkeypatch):
    # A review: main() pointed the process's stdout at os.devnull when its reader had gone, so a
    # program calling main(argv) itself then printed into nothing for good, its own handling of
    # the broken pipe never reached. That is done for the stance program alone (argv None); a
    # caller's main(argv) returns 0 and its own next write meets the broken pipe as it would.
    from stance.cli import main

    unread, written = os.pipe()
    os.close(unread)
    stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(written, "w")), encoding="utf-8")
    monkeypatch.setattr("sys.stdout", stdout)
    try:
        assert main(["explain", "we must send weapons"]) == 0
        with pytest.raises(BrokenPipeError):
            stdout.write("what the caller prints next\n")
            stdout.flush()
    finally:
        monkeypatch.undo()
        with contextlib.suppress(OSError):
            stdout.close()


def test_a_training_stopped_by_max_iter_says_so_on_one_line_not_once_a_fit(capsys, tmp_path, energy_frame):
    # stance train --option max_iter=1 printed "stance train: warning: Liblinear failed to
    # converge, increase the number of iterations." once for each of about twenty fits (each
    # label, each fold), two of them run together on one line, beside the one line that names
    # what to change; the command owns its process's warnings, so it keeps only that one.
    energy_frame.to_csv(tmp_path / "labels.csv", index=False)
    status, _, err = run(capsys, "train", str(tmp_path / "labels.csv"), "-o", str(tmp_path / "m"), "--stance-column",
                         "stance", "--option", "max_iter=1")
    assert status == 0, err
    assert [line for line in err.splitlines() if "converg" in line] == [
        "stance train: warning: max_iter=1: the solver stopped at this limit before converging (the stance head, the "
        "target head), so the model may be poor; pass a larger max_iter (the default is 1000)"]


def test_a_warning_reaches_stderr_in_one_write_so_threads_cannot_split_its_line(monkeypatch):
    # Warnings of fits run in threads came out as "…iterations.stance train: warning: …" and
    # an empty line: print wrote each message and its line end apart, and another thread's
    # message fell between the two.
    from argparse import Namespace

    from stance.cli import _one_line_warning

    writes: list[str] = []

    class Recording(io.StringIO):
        def write(self, text):
            writes.append(text)
            return len(text)

    monkeypatch.setattr("sys.stderr", Recording())
    show = _one_line_warning(Namespace(command="train"))
    show(stance.StanceWarning("first"), stance.StanceWarning, "x.py", 1)
    show(stance.StanceWarning("second"), stance.StanceWarning, "x.py", 1)
    assert writes == ["stance train: warning: first\n", "stance train: warning: second\n"]


def test_score_counts_one_row_in_the_singular(capsys, tmp_path):
    # A pipeline audit: a file of one row was "scored 1 rows into out.csv".
    source = tmp_path / "in.csv"
    source.write_text("text\nWe stand together.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))
    assert status == 0 and err == f"scored 1 row into {tmp_path / 'out.csv'}\n"


PRESS_CONFERENCE = ("MODERATOR: Welcome everyone.\n"
                    "RUTTE: We have a one-speed NATO. We stand with Ukraine.\n"
                    "Q: Former President Trump has said that America will not defend Allies who don't pay.\n"
                    "A: Yes, the brigade stays in Estonia.\n")


def test_document_keeps_or_leaves_out_the_statements_of_named_speakers(capsys, tmp_path):
    # A journalist's audit: a press conference's profile counted the reporters' questions, which
    # quote others' positions, as the speaker's; the command had no way to leave them out.
    source = tmp_path / "presser.txt"
    source.write_text(PRESS_CONFERENCE, encoding="utf-8")
    out_csv = tmp_path / "out.csv"
    status, out, _ = run(capsys, "document", str(source), "--speaker", "rutte:", "-o", str(out_csv), "--json")
    assert status == 0
    written = pd.read_csv(out_csv, dtype=str, keep_default_na=False)
    assert written["speaker"].tolist() == ["RUTTE", "RUTTE"]
    assert written["text"].tolist() == ["We have a one-speed NATO.", "We stand with Ukraine."]
    profile = json.loads(out)["profile"]
    assert sum(row["n"] for row in profile) == 2 and {row["share"] for row in profile} == {0.5}
    status, out, _ = run(capsys, "document", str(source), "--leave-out-speaker", "Q",
                         "--leave-out-speaker", "Moderator", "--json")
    kept = json.loads(out)["sentences"]
    assert status == 0 and [s["speaker"] for s in kept] == ["RUTTE", "RUTTE", "A"]
    assert "Trump" not in out and all(row["share"] == pytest.approx(1 / 3) for row in json.loads(out)["profile"])


def test_document_refuses_a_speaker_no_statement_has_naming_those_there_are(capsys, tmp_path):
    source = tmp_path / "presser.txt"
    source.write_text(PRESS_CONFERENCE, encoding="utf-8")
    status, out, err = run(capsys, "document", str(source), "--speaker", "Rute")
    assert (status, out) == (2, "")
    assert err.strip() == ("stance document: --speaker 'Rute': no statement has this speaker; its speakers are "
                           "'A', 'MODERATOR', 'Q', 'RUTTE'")
    plain = tmp_path / "plain.txt"
    plain.write_text("We stand with Ukraine.\n", encoding="utf-8")
    status, _, err = run(capsys, "document", str(plain), "--leave-out-speaker", "Q")
    assert status == 2 and "--leave-out-speaker 'Q': no statement has this speaker; the text names no speaker" in err
    status, _, err = run(capsys, "document", str(source), "--speaker", "Q", "--leave-out-speaker", "A")
    assert status == 2 and "not allowed with argument --speaker" in err


def test_document_speaker_matches_a_surname_and_a_title_without_its_full_stop(capsys, tmp_path, monkeypatch):
    # A journalist's audit: --speaker rutte, --help's own example, matched no "SECRETARY GENERAL
    # RUTTE", nor "Mr Stoltenberg" a "Mr. Stoltenberg:" tag; and the --plot of the speaker kept
    # was titled "Document profile", naming no one.
    source = tmp_path / "presser.txt"
    source.write_text("SECRETARY GENERAL RUTTE: We stand with Ukraine.\n\nMr. Stoltenberg: NATO is united.\n\n"
                      "Q: Will NATO hold?\n", encoding="utf-8")
    titles = []
    monkeypatch.setattr("matplotlib.figure.Figure.savefig",
                        lambda figure, *args, **kwargs: titles.append(figure.axes[0].get_title()))
    status, out, _ = run(capsys, "document", str(source), "--speaker", "rutte", "--speaker", "Mr Stoltenberg",
                         "--json", "--plot", str(tmp_path / "rutte.png"))
    assert status == 0
    assert [s["speaker"] for s in json.loads(out)["sentences"]] == ["SECRETARY GENERAL RUTTE", "Mr. Stoltenberg"]
    assert titles == ["Document profile: Mr. Stoltenberg, SECRETARY GENERAL RUTTE"]
    status, out, _ = run(capsys, "document", str(source), "--leave-out-speaker", "q", "--plot",
                         str(tmp_path / "no_q.png"), "--json")
    assert status == 0 and titles[-1] == "Document profile: without Q"
    status, _, err = run(capsys, "document", str(source), "--speaker", "rut")  # a whole word, not a part of one
    assert status == 2 and "--speaker 'rut': no statement has this speaker" in err


def test_document_refuses_a_speaker_name_that_names_several(capsys, tmp_path):
    # One given name matching several speakers was to be said, not picked silently.
    source = tmp_path / "panel.txt"
    source.write_text("Mark Rutte: We stand together.\nMark Carney: Canada stands with you.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(source), "--speaker", "Mark")
    assert (status, out) == (2, "")
    assert err.strip() == ("stance document: --speaker 'Mark' names 2 speakers, 'Mark Carney', 'Mark Rutte'; "
                           "give the one meant in full (or repeat --speaker for each)")
    status, out, _ = run(capsys, "document", str(source), "--speaker", "mark rutte", "--json")
    assert status == 0 and [s["speaker"] for s in json.loads(out)["sentences"]] == ["Mark Rutte"]


def test_train_names_the_columns_of_a_whole_column_problem_as_they_are_called(capsys, tmp_path):
    # A labelling audit: stance train of columns "code" and "pos" refused "labels: label names
    # differ only in case" and "stance: stance values differ only in case", where the data has
    # no column of either name; stance check named --stance-column='pos'.
    rows = [("Wind farms now.", "renewables", "pro"), ("Coal must go.", "renewables", "pro"),
            ("No more turbines.", "renewables", "con"), ("Gas is a bridge.", "gas", "pro"),
            ("Gas prices hurt.", "gas", "con"), ("Nord Stream never again.", "gas", "con")] * 6
    frame = pd.DataFrame(rows, columns=["txt", "code", "pos"])
    frame.loc[3, "code"] = "Renewables"
    source = tmp_path / "coded.csv"
    frame.to_csv(source, index=False)
    flags = ["--text-column", "txt", "--labels-column", "code", "--stance-column", "pos"]
    status, _, err = run(capsys, "train", str(source), "-o", str(tmp_path / "m"), *flags)
    assert status == 2 and err.splitlines()[-1].startswith(
        "stance train: --labels-column code: label names differ only in case: 'Renewables' (1: row 3)"), err
    frame.loc[4, "pos"] = "Pro"
    frame.to_csv(source, index=False)
    status, _, err = run(capsys, "train", str(source), "-o", str(tmp_path / "m"), *flags)
    assert status == 2 and "(1) --labels-column code: label names differ only in case" in err, err
    assert "(2) --stance-column pos: stance values differ only in case: 'Pro' (1: row 4)" in err, err
    # The library names them as its arguments; columns called "labels" and "stance" as before.
    with pytest.raises(stance.InvalidInputError, match=r"^2 problems:\n  \(1\) labels_column='code': label names"):
        stance.train(frame, text_column="txt", labels_column="code", stance_column="pos")
    default = frame.rename(columns={"txt": "text", "code": "labels", "pos": "stance"})
    with pytest.raises(stance.InvalidInputError, match=r"\(1\) labels: label names differ only in case"):
        stance.train(default, stance_column="stance")


def test_check_names_the_labels_column_of_a_whole_column_problem_as_it_is_called(capsys, tmp_path):
    # Found beside the fix of suggest's "texts:": stance check --labels-column code refused
    # "labels: label names differ only in case" and "labels: too few rows to cross-validate",
    # where the data has no column "labels"; stance train already said --labels-column='code'.
    rows = [(f"We stand together, number {i}.", "Unity" if i % 2 else "unity") for i in range(20)]
    rows += [(f"More aid for Kyiv, number {i}.", "aid") for i in range(8)]
    source, few = tmp_path / "coded.csv", tmp_path / "few.csv"
    pd.DataFrame(rows, columns=["text", "code"]).to_csv(source, index=False)
    pd.DataFrame(rows[:1] + rows[-1:], columns=["text", "code"]).to_csv(few, index=False)
    status, _, err = run(capsys, "check", str(source), "--labels-column", "code")
    assert status == 2 and err.splitlines()[-1] == (
        "stance check: --labels-column code: label names differ only in case: 'Unity' (10) and 'unity' (10); "
        "use one spelling"), err
    status, _, err = run(capsys, "check", str(few), "--labels-column", "code")
    assert status == 2 and err.startswith("stance check: --labels-column code: too few rows to cross-validate "
                                          "with any number of folds (2 labelled rows, 2 labels)"), err
    # The library names it as its argument; a column called "labels" as before.
    with pytest.raises(stance.InvalidInputError, match=r"^labels_column='code': too few rows to cross-validate"):
        stance.find_label_issues(few, labels_column="code")
    with pytest.raises(stance.InvalidInputError, match=r"^labels: too few rows to cross-validate"):
        stance.find_label_issues(pd.read_csv(few).rename(columns={"code": "labels"}))


def test_score_writes_a_nul_in_a_text_as_it_is_and_the_row_reads_back_whole(capsys, tmp_path):
    # A text holding a NUL ("\x00": a paste from a PDF, a field of a database export) is
    # written as it is, not dropped or escaped: that would change the text. pandas, Python's
    # csv module (since 3.11; 3.10's refused any line with a NUL) and stance read it back, and
    # the row's other cells with it (LibreOffice Calc 7.4 drops the NUL, keeps the rest). Under
    # Python 3.10 the csv module refused to write it too, and the command stopped with its bare
    # "need to escape" error: it is written there as 3.11 writes it.
    import sys

    texts = ["We stand\x00 together.", "Send tanks, \x00and\x00 air defence.", "More aid for Kyiv."]
    source, output = tmp_path / "nul.csv", tmp_path / "out.csv"
    # Written by hand: Python 3.10's csv module, which DataFrame.to_csv calls, will not write it.
    source.write_text('id,text\n7,We stand\x00 together.\n8,"Send tanks, \x00and\x00 air defence."\n'
                      '9,More aid for Kyiv.\n', encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(output))
    assert status == 0, err
    raw = output.read_bytes()
    assert raw.count(b"\x00") == 3 and b"We stand\x00 together.," in raw and b'"Send tanks, \x00and\x00' in raw
    # pandas' C reader before pandas 3 cuts a cell at a NUL ("We stand"); its Python one reads
    # the csv module's way, which needs Python 3.11. stance reads it back whatever the versions.
    pandas_3 = int(pd.__version__.split(".")[0]) >= 3
    if pandas_3 or sys.version_info >= (3, 11):
        back = pd.read_csv(output, keep_default_na=False, engine=None if pandas_3 else "python")
        assert back.text.tolist() == texts and back.id.tolist() == [7, 8, 9] and len(back) == 3
    if sys.version_info >= (3, 11):
        with open(output, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert [row["text"] for row in rows] == texts and [row["id"] for row in rows] == ["7", "8", "9"]
    again = stance.score(output, prefix="again_")  # stance reads its own output back too
    assert again.text.tolist() == texts and again.id.tolist() == ["7", "8", "9"]
    assert again.again_label.tolist() == again.label.tolist() and again.label.tolist()[2] == "ukraine_support"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_nul_in_a_csv_cell_is_read_whole_whatever_the_pandas(tmp_path, encoding):
    # pandas' C reader before pandas 3 ended a cell at a NUL: stance.score of a file with the
    # row 'We stand\x00 together.' gave the text "We stand", the rest lost with no word (and
    # Python 3.10's csv module, which places a row on its line, refused the line).
    source = tmp_path / "nul.csv"
    source.write_text('id,text,party\n1,We stand\x00 together.,A\n2,"Send tanks,\x00 now.",B\n3,More aid.,C\n',
                      encoding=encoding)
    scored = stance.score(source, encoding=encoding)
    assert scored.text.tolist() == ["We stand\x00 together.", "Send tanks,\x00 now.", "More aid."]
    assert scored.party.tolist() == ["A", "B", "C"] and scored.id.tolist() == ["1", "2", "3"]


def test_a_nul_in_a_file_of_old_mac_line_ends_is_read_whole_not_taken_for_utf16(tmp_path, capsys):
    # Found running the NUL flows in every environment: in a file whose lines end in "\r"
    # alone the whole file was its first line, and the NUL in a row made it UTF-16 to stance,
    # which refused it ("looks like UTF-16 big-endian without a byte-order mark") with an
    # iconv command that would have garbled it. Such a file in UTF-16 is still named so.
    source = tmp_path / "mac.csv"
    source.write_bytes(b"id,text\r1,We stand\x00 together.\r2,More aid.\r")
    scored = stance.score(source)
    assert scored.text.tolist() == ["We stand\x00 together.", "More aid."] and scored.id.tolist() == ["1", "2"]
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "out.csv"))[0] == 0
    assert stance.score(tmp_path / "out.csv", prefix="again_").text.tolist() == ["We stand\x00 together.", "More aid."]
    for codec, named in (("utf-16-le", "UTF-16 little-endian"), ("utf-16-be", "UTF-16 big-endian")):
        unmarked = tmp_path / f"{codec}.csv"
        unmarked.write_bytes("id,text\r1,We stand together.\r".encode(codec))
        with pytest.raises(stance.InvalidInputError, match=f"looks like {named} without a byte-order mark"):
            stance.score(unmarked)


def test_a_file_holding_a_nul_and_the_character_stance_reads_it_as_is_refused(tmp_path):
    source = tmp_path / "both.csv"
    source.write_text("id,text\n1,We stand\x00 together.\n2,Odd \ufdd1 here.\n", encoding="utf-8")
    with pytest.raises(stance.InvalidInputError, match="NUL character and U\\+FDD1"):
        stance.score(source)


def test_the_lines_that_name_an_output_escape_a_control_character_in_its_name(capsys, tmp_path, energy_frame):
    # Found checking how file names are shown: errors escaped an escape in a name, but "scored
    # 2 rows into …", "wrote 1 suggestion to …" and "saved to …" wrote it raw, and a file
    # named by a loop over incoming files ("o\x1b[7mX.csv") turned the terminal's colours round.
    pool = tmp_path / "pool.csv"
    pool.write_text("text\nWe stand together.\nMore aid for Kyiv.\n", encoding="utf-8")
    named = tmp_path / "o\x1b[7mX.csv"
    status, _, err = run(capsys, "score", str(pool), "-o", str(named))
    assert status == 0 and named.exists(), err
    assert "\x1b" not in err and err == f"scored 2 rows into {str(named)!r}\n", err
    labelled, suggested = tmp_path / "l\x1b[7mX.csv", tmp_path / "s\x1b[7mX.csv"
    labelled.write_text("text\nWe stand together.\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(pool), "--exclude", str(labelled), "-o", str(suggested))
    assert status == 0 and "\x1b" not in err, err
    assert f"already in {str(labelled)!r}" in err and f"wrote 1 suggestion to {str(suggested)!r}" in err, err
    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    model = tmp_path / "m\x1b]0;X\x07"
    status, out, err = run(capsys, "train", str(data), "-o", str(model), "--stance-column", "none")
    assert status == 0 and "\x1b" not in out + err and err.rstrip().endswith(f"saved to {str(model)!r}"), err
    # A name of no control character is written as it is, not quoted.
    status, _, err = run(capsys, "score", str(pool), "-o", str(tmp_path / "plain.csv"))
    assert err == f"scored 2 rows into {tmp_path / 'plain.csv'}\n", err


def test_document_speaker_given_as_written_or_repeated_picks_among_names_differing_in_case(capsys, tmp_path):
    # A journalist's audit: "RUTTE:" and "Rutte:" were two speakers, and --speaker RUTTE was refused
    # as naming both, "give the one meant in full (or repeat --speaker for each)", as was that advice
    # followed, --speaker RUTTE --speaker Rutte. In one text they are now one speaker; across texts
    # the tags are one speaker too, named as the first file writes it (a later audit: a profile by
    # speaker split them in two), so each name picks both.
    transcript = tmp_path / "case.txt"
    transcript.write_text("RUTTE: We are united.\n\nQ: Are you sure?\n\nRutte: Yes, we are united and we will defend "
                          "every Ally.\n\nQ: And Ukraine?\n\nMr. Rutte: We will support Ukraine.\n", encoding="utf-8")
    status, out, _ = run(capsys, "document", str(transcript), "--speaker", "RUTTE", "--json")
    assert status == 0 and [s["speaker"] for s in json.loads(out)["sentences"]] == ["RUTTE", "RUTTE"]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("RUTTE: We are united.\n\nQ: Why?\n", encoding="utf-8")
    second.write_text("Rutte: We will defend every Ally.\n\nQ: How?\n", encoding="utf-8")
    files = [str(first), str(second)]
    for names, expected in [(["RUTTE"], ["RUTTE", "RUTTE"]), (["Rutte:"], ["RUTTE", "RUTTE"]),
                            (["rutte"], ["RUTTE", "RUTTE"])]:
        flags = [flag for name in names for flag in ("--speaker", name)]
        status, out, err = run(capsys, "document", *files, *flags, "--json")
        assert status == 0, err
        assert [s["speaker"] for s in json.loads(out)["sentences"]] == expected, names


def test_document_of_several_files_names_each_profile_row_and_each_file_of_no_target(capsys, tmp_path):
    # Read line by line (a screen reader, grep), a row under a document's first had a blank
    # document cell, and a file whose statements are all off-topic was counted in "4 statements
    # in 2 documents" and then appeared nowhere.
    (tmp_path / "a.txt").write_text("NATO must stand united.\nWe will arm Ukraine.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("北约必须团结一致。我们支持乌克兰。\n", encoding="utf-8")
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    status, out, _ = run(capsys, "document", a, b)
    rows = out.split("Profile per document\n")[1].splitlines()[2:]
    assert status == 0 and "in 2 documents" in out and len(rows) == 3
    assert all(row.startswith(a + " ") for row in rows[:2])  # both of a's targets name it
    assert rows[2] == f"{b}: no statement on a target (no target found)"
    # A journalist's audit: an empty file was listed so too, where stderr said it is blank, "it has no
    # statements"; the listing says what stderr says.
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    empty = str(tmp_path / "empty.txt")
    status, out, err = run(capsys, "document", a, b, empty)
    rows = out.split("Profile per document\n")[1].splitlines()[2:]
    assert status == 0 and "is blank: it has no statements" in err
    assert rows[2:] == [f"{b}: no statement on a target (no target found)", f"{empty}: no statements"]
    # str() of score_documents shares it
    doc = stance.score_documents({"a.txt": "NATO must stand united. We will arm Ukraine.",
                                  "b.txt": "北约必须团结一致。我们支持乌克兰。"})
    profile = str(doc).split("\nProfile\n")[1].splitlines()[2:]
    assert [row.split()[0] for row in profile] == ["a.txt", "a.txt", "b.txt:"]
    # a blank document among them, which has no statement to name it, is listed as the command lists it
    with pytest.warns(stance.StanceWarning, match="is blank"):
        doc = stance.score_documents({"a.txt": "NATO must stand united.", "blank.txt": "   ",
                                      "b.txt": "北约必须团结一致。"})
    profile = str(doc).split("\nProfile\n")[1].splitlines()[2:]
    assert [row.split()[0] for row in profile] == ["a.txt", "blank.txt:", "b.txt:"]
    assert str(doc._of_speakers([], leave_out=True)[0]).split("\nProfile\n")[1] == str(doc).split("\nProfile\n")[1]


def test_document_of_several_files_says_which_have_no_statement_of_the_speakers_chosen(capsys, tmp_path):
    # A journalist's audit: with --speaker rutte, a file whose one statement is HEALEY's, on the
    # eastern flank, was listed "h.txt: no statement on a target (no target found)", which the
    # README keeps for files whose statements are all off-topic or in another language.
    (tmp_path / "r.txt").write_text("RUTTE: We must keep supporting Ukraine.\n", encoding="utf-8")
    (tmp_path / "h.txt").write_text("HEALEY: We will double the brigade in Estonia.\n", encoding="utf-8")
    (tmp_path / "p.txt").write_text("We will double the brigade in Estonia.\n", encoding="utf-8")
    r, h, p = (str(tmp_path / name) for name in ("r.txt", "h.txt", "p.txt"))
    status, out, err = run(capsys, "document", r, h, p, "--speaker", "rutte")
    assert status == 0, err
    chosen = "no statement by the speakers chosen (--speaker rutte;"
    assert out.splitlines()[-2:] == [f"{h}: {chosen} its speakers: HEALEY)", f"{p}: {chosen} it names no speaker)"]
    status, out, err = run(capsys, "document", r, h, "--leave-out-speaker", "healey")
    assert status == 0, err
    assert out.splitlines()[-1] == f"{h}: every statement left out (--leave-out-speaker healey; its speakers: HEALEY)"
    # Off-topic statements of the speaker kept are still told as such.
    (tmp_path / "o.txt").write_text("RUTTE: Thank you all for coming.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", r, str(tmp_path / "o.txt"), "--speaker", "rutte")
    assert out.splitlines()[-1] == f"{tmp_path / 'o.txt'}: no statement on a target (no target found)", out
    # str() of the documents so kept in Python says the same
    docs = stance.score_documents({"r.txt": "RUTTE: We must keep supporting Ukraine.",
                                   "h.txt": "HEALEY: We will double the brigade in Estonia."})
    kept = str(docs._of_speakers(["rutte"])[0])
    assert kept.splitlines()[-1] == ("h.txt: no statement by the speakers chosen (speakers='rutte'; "
                                     "its speakers: HEALEY)")


def test_documents_the_speakers_chosen_have_none_of_are_named_under_a_profile_of_no_target(capsys, tmp_path):
    # A review of f38c0866: where the statements kept had no target, the profile printed only
    # "(no target found)", the document --speaker kept none of named nowhere (nor in str() or the
    # notebook's view), since the line was added under a profile with rows alone.
    (tmp_path / "rn.txt").write_text("RUTTE: Good morning.\nHEALEY: We will double the brigade in Estonia.\n",
                                     encoding="utf-8")
    (tmp_path / "h.txt").write_text("HEALEY: We will double the brigade in Estonia.\n", encoding="utf-8")
    rn, h = str(tmp_path / "rn.txt"), str(tmp_path / "h.txt")
    status, out, err = run(capsys, "document", rn, h, "--speaker", "rutte")
    assert status == 0, err
    chosen = f"{h}: no statement by the speakers chosen (--speaker rutte; its speakers: HEALEY)"
    assert out.splitlines()[-2:] == ["(no target found)", chosen]
    docs = stance.score_documents({"rn.txt": "RUTTE: Good morning.\nHEALEY: We will double the brigade in Estonia.",
                                   "h.txt": "HEALEY: We will double the brigade in Estonia."})
    kept = docs._of_speakers(["rutte"])[0]
    line = "h.txt: no statement by the speakers chosen (speakers='rutte'; its speakers: HEALEY)"
    assert len(kept.profile) == 0 and str(kept).splitlines()[-2:] == ["(no target found)", line]
    assert kept._repr_html_().count("<p>") >= 2 and f"<p>{html.escape(line)}</p>" in kept._repr_html_()
    # and with a profile of rows, the notebook's view names it too
    docs = stance.score_documents({"r.txt": "RUTTE: We must keep supporting Ukraine.",
                                   "h.txt": "HEALEY: We will double the brigade in Estonia."})
    assert f"<p>{html.escape(line)}</p>" in docs._of_speakers(["rutte"])[0]._repr_html_()


@pytest.fixture
def on_windows(monkeypatch):
    # Only the check that suggested commands make: os.name patched globally would change pathlib too.
    from stance import exceptions

    monkeypatch.setattr(exceptions, "_on_windows", lambda: True, raising=False)


def test_a_suggested_argument_is_quoted_for_cmd_exe_on_windows(on_windows):
    # cmd.exe reads no single quotes: 'glob été/*.csv' reached the program with its quote marks.
    import subprocess

    from stance.exceptions import shell_path, shell_quoted

    # subprocess.list2cmdline writes a Windows program's arguments as its C runtime reads them.
    for text in ("my votes.csv", "C:\\my dir\\", "a\\\\ b", "x\\y z"):
        assert shell_quoted(text) == subprocess.list2cmdline([text]), text
    assert [shell_quoted(text) for text in ("votes.csv", "été/*.csv", "", "a&b", "it's")] == [
        "votes.csv", '"été/*.csv"', '""', '"a&b"', '"it\'s"']
    # A '"' doubled keeps the rest quoted to cmd.exe, which "\"" would not ("& left" ran as a command).
    assert shell_quoted('We said "no" & left') == '"We said ""no"" & left"'
    assert (shell_path("-dash/*.csv"), shell_path("-"), shell_path("my votes.csv")) == (
        '"./-dash/*.csv"', "-", '"my votes.csv"')


def test_a_long_run_of_backslashes_is_quoted_for_cmd_exe_in_linear_time(on_windows):
    # The pattern that doubles backslashes before a quote tried a run from each of its backslashes:
    # 40,000 before a letter took 13 s of CPU; now about a millisecond. CPU time, as the other guards.
    import subprocess
    import time

    from stance.exceptions import shell_quoted

    run = "\\" * 40_000
    started = time.process_time()
    # subprocess.list2cmdline writes a Windows program's arguments as its C runtime reads them
    for text in (" " + run + "x", " " + run):
        assert shell_quoted(text) == subprocess.list2cmdline([text]), len(text)
    # before a literal quote the run doubles, and the quote is doubled for cmd.exe (not '\\"')
    assert shell_quoted(" " + run + '"') == '" ' + run * 2 + '"""'
    assert time.process_time() - started < 1.0


def test_a_suggested_argument_is_quoted_as_before_off_windows(monkeypatch):
    from stance import exceptions

    monkeypatch.setattr(exceptions, "_on_windows", lambda: False, raising=False)
    assert [exceptions.shell_path(path) for path in ("-dash/*.csv", "my votes.csv", "votes.csv", "it's")] == [
        "'./-dash/*.csv'", "'my votes.csv'", "votes.csv", "'it'\"'\"'s'"]


def test_the_commands_suggested_on_windows_are_quoted_for_cmd_exe(capsys, tmp_path, monkeypatch, energy_frame,
                                                                   on_windows):
    monkeypatch.chdir(tmp_path)
    spaced = Path("in dir")
    spaced.mkdir()
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(spaced / "a.csv", index=False)
    status, _, err = run(capsys, "score", str(spaced), "-o", "my scores.csv", "--workers", "2")
    assert status == 2 and 'stance score "in dir/*.csv" -o "my scores.csv" --workers 2' in err, err
    status, _, err = run(capsys, "classify", "We", "stand", "together")
    assert status == 0 and err.endswith('quote it: stance classify "We stand together"\n'), err
    Path("my speech.txt").write_text("We stand together.\n", encoding="utf-8")
    status, _, err = run(capsys, "classify", "my speech.txt")
    assert status == 0 and 'stance document "my speech.txt"' in err, err
    energy_frame.assign(labels=energy_frame.labels.replace({"none": "hors sujet"})).to_csv("data.csv", index=False)
    status, _, err = run(capsys, "train", "data.csv", "-o", "m")
    assert status == 2 and 'pass --none-label "hors sujet"' in err, err
    Path("notes").mkdir()
    Path("notes/a.txt").write_text("We stand together.\n", encoding="utf-8")
    with pytest.raises(stance.InvalidInputError, match=r'stance document "notes/\*\.txt" splits.*'
                                                       r'glob\.glob\("notes/\*\.txt"\)'):
        stance.score("notes")


def test_check_and_suggest_write_their_table_to_stdout_given_a_dash(capsys, tmp_path, monkeypatch):
    # A screen-reader user's audit: `-o -` (and /dev/stdout) were refused, so the rows could be had
    # machine-readable only through a file; the printed table is some 170 to 200 columns wide.
    # Now `-o -` writes to stdout the bytes `-o x.csv` writes to the file, and nothing else;
    # messages stay on stderr.
    monkeypatch.chdir(tmp_path)
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": [f"Wind farm number {i} is good." for i in range(8)]}).to_csv(pool, index=False)
    for command, more in (("check", [str(energy), "--folds", "3"]),
                          ("suggest", [str(pool), "-n", "3", "--max-similarity", "none"])):
        for bom in ([], ["--bom"]):
            status, printed, _ = run(capsys, command, *more, *bom, "-o", "out.csv")
            written = (tmp_path / "out.csv").read_bytes().decode("utf-8")
            assert status == 0 and written.startswith("\ufeffrow," if bom else "row,"), written[:20]
            for dash in ("-", "/dev/stdout"):
                status, out, err = run(capsys, command, *more, *bom, "-o", dash)
                assert (status, out) == (0, written), (command, dash, err)
                assert "wrote" in err and "standard output" in err, err
        if command == "check":  # with a file, the table of its first -n rows is printed as before
            assert printed == run(capsys, command, *more)[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "pool.csv"]


def test_a_dot_slash_dash_output_is_a_file_named_dash_not_standard_output(capsys, tmp_path, monkeypatch):
    # `-o ./-` names a file called "-" (as `-o ./-` names a folder for train): check, suggest and
    # score refused it in words calling it standard output (Path("./-") is "-"). It is told what
    # any file without a table's suffix is told, named as given; `-o -` is as before.
    monkeypatch.chdir(tmp_path)
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    for command in ("check", "suggest", "score"):
        status, out, err = run(capsys, command, str(energy), "-o", "./-")
        assert (status, out) == (2, "") and "standard output" not in err, (command, err)
        assert "'./-'" in err and "no suffix" in err, (command, err)
    status, _, err = run(capsys, "score", str(energy), "-o", "-")
    assert status == 2 and "standard output" in err, err
    assert list(tmp_path.iterdir()) == []


def test_check_to_stdout_writes_the_first_n_rows_when_n_is_given(capsys, tmp_path, monkeypatch):
    # `stance check data.csv -n 5 -o -` wrote every flagged row, -n taken without a word: -n is how
    # many rows are printed, as a table or, with -o -, as CSV; without -n, -o - writes every row as
    # -o FILE does, and -o FILE holds every row whatever -n, its table printing -n of them.
    monkeypatch.chdir(tmp_path)
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    status, every, err = run(capsys, "check", str(energy), "--folds", "3", "-o", "-")
    rows = pd.read_csv(io.StringIO(every))
    assert status == 0 and len(rows) > 2 and "\nwrote them to standard output\n" in err, err
    status, out, err = run(capsys, "check", str(energy), "--folds", "3", "-n", "2", "-o", "-")
    assert status == 0 and pd.read_csv(io.StringIO(out)).equals(rows.head(2)), out
    # An audit: "wrote them" read as every row flagged, where -n 2 wrote two.
    assert f"{len(rows)} rows flagged" in err, err
    assert "\nwrote the 2 most suspicious of them to standard output\n" in err, err
    status, table, err = run(capsys, "check", str(energy), "--folds", "3", "-n", "2", "-o", "out.csv")
    assert status == 0 and pd.read_csv("out.csv").equals(rows) and len(table.splitlines()) == 3, table
    assert "\nwrote them to out.csv\n" in err, err
    status, _, err = run(capsys, "check", str(energy), "--folds", "3", "-n", "1", "-o", "-")
    assert status == 0 and "\nwrote the most suspicious of them to standard output\n" in err, err
    status, out, err = run(capsys, "check", str(energy), "-n", "0", "-o", "-")
    assert (status, out) == (2, "") and "-n must be a positive int" in err, err
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    described = " ".join(capsys.readouterr().out.split("  -n N")[1].split("--output")[0].split())
    assert "with -o -" in described and "every" in described, described


def test_check_and_suggest_tables_narrow_their_texts_to_the_columns_variable(capsys, tmp_path, monkeypatch):
    # The printed tables were some 170 to 200 columns wide whatever COLUMNS said: COLUMNS=120 now
    # cuts the texts so that a line fits, and COLUMNS=60, narrower than the other columns alone, cuts
    # them to 20 columns; piped output without COLUMNS (as under pytest) is as before.
    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": [f"Wind farm number {i} is good for the bills of families and the climate alike."
                           for i in range(8)]}).to_csv(pool, index=False)
    for command, more in (("check", [str(energy), "--folds", "3"]),
                          ("suggest", [str(pool), "-n", "3", "--max-similarity", "none"])):
        monkeypatch.delenv("COLUMNS", raising=False)
        status, wide, _ = run(capsys, command, *more)
        assert status == 0 and max(map(len, wide.splitlines())) > 80, wide
        monkeypatch.setenv("COLUMNS", "120")
        status, narrow, _ = run(capsys, command, *more)
        assert status == 0 and max(map(len, narrow.splitlines())) <= 120, narrow
        assert len(narrow.splitlines()) == len(wide.splitlines()) and "..." in narrow, narrow
        monkeypatch.setenv("COLUMNS", "60")  # narrower than the other columns alone: texts of 20 columns
        status, narrowest, _ = run(capsys, command, *more)
        assert status == 0 and max(map(len, narrowest.splitlines())) < max(map(len, narrow.splitlines()))
        assert all(len(line.split("  ")[-1].strip()) <= 20 for line in narrowest.splitlines()[1:]), narrowest
        monkeypatch.setenv("COLUMNS", "1000")
        assert run(capsys, command, *more)[1] == wide
        monkeypatch.setenv("COLUMNS", "not a number")
        assert run(capsys, command, *more)[1] == wide


def test_a_suggest_table_of_chinese_texts_fits_columns_counted_as_a_terminal_shows_them(capsys, tmp_path,
                                                                                     monkeypatch):
    # A Chinese character takes two columns of a terminal (pandas pads the table so): measured by
    # characters, the table of such texts was 129 columns wide under COLUMNS=120 (a review). And a
    # COLUMNS of "²", a digit to str.isdigit() but not to int(), ended in a traceback.
    import unicodedata

    def columns_of(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": ["风力发电对家庭的账单和气候都有好处，我们应该建设更多的海上风电场和太阳能电站。" * 2 + str(i)
                           for i in range(4)]}).to_csv(pool, index=False)
    monkeypatch.setenv("COLUMNS", "120")
    status, table, _ = run(capsys, "suggest", str(pool), "-n", "2", "--max-similarity", "none")
    assert status == 0 and "..." in table and max(map(columns_of, table.splitlines())) <= 120, table
    monkeypatch.setenv("COLUMNS", "²")
    status, unlimited, _ = run(capsys, "suggest", str(pool), "-n", "2", "--max-similarity", "none")
    monkeypatch.delenv("COLUMNS")
    assert status == 0 and unlimited == run(capsys, "suggest", str(pool), "-n", "2", "--max-similarity", "none")[1]


def test_check_to_stdout_read_by_a_program_that_quits_exits_0(tmp_path):
    # `stance check data.csv -o - | head -1`, as `stance classify … | head -1`: status 0, nothing on stderr.
    import subprocess
    import sys

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    unread, stdout = os.pipe()
    os.close(unread)  # no reader from the start, as once head has its line
    try:
        done = subprocess.run([sys.executable, "-m", "stance", "check", str(energy), "--folds", "3", "-o", "-"],
                              stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    finally:
        os.close(stdout)
    assert done.returncode == 0 and "Error" not in done.stderr and "Exception" not in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_check_to_a_closed_full_or_redirected_stdout_is_told_as_the_printed_table_is(tmp_path):
    # A review of a6f3219: `-o -` with stdout closed (>&-) ended in a traceback (status 1), a full one
    # said "No space left on device" naming nothing, and redirect_stdout(StringIO()) raised AttributeError.
    import contextlib
    import io
    import subprocess
    import sys

    from stance.cli import main

    energy = Path(__file__).resolve().parent / "data" / "energy.csv"
    command = [sys.executable, "-m", "stance", "check", str(energy), "--folds", "3"]
    closed = subprocess.run([*command, "-o", "-"], stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                            preexec_fn=lambda: os.close(1))
    printed = subprocess.run(command, stderr=subprocess.PIPE, text=True, cwd=tmp_path, preexec_fn=lambda: os.close(1))
    for done in (closed, printed):  # the same status and last line, with or without -o -
        assert done.returncode == 2 and done.stderr.endswith(
            "\nstance check: cannot write the output: standard output is closed\n"), done.stderr
        assert "Traceback" not in done.stderr
    if os.path.exists("/dev/full"):
        with open("/dev/full", "w") as full:
            told = subprocess.run([*command, "-o", "-"], stdout=full, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
        assert told.returncode == 1 and told.stderr.endswith(
            "\nstance check: cannot write standard output: No space left on device\n"), told.stderr
    written = tmp_path / "out.csv"
    assert main(["check", str(energy), "--folds", "3", "-o", str(written)]) == 0
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["check", str(energy), "--folds", "3", "-o", "-"]) == 0
    assert out.getvalue() == written.read_text(encoding="utf-8")


def test_the_top_level_help_and_each_commands_keep_hyphenated_words_whole_at_every_width(monkeypatch):
    # COLUMNS=90 stance --help broke explain's summary as "log-" / "odds", as explain --help
    # did before its formatter wrapped without breaking at hyphens (2855fe2); evaluate --help
    # broke its flag as "--compare-" / "with", and others "byte-" / "order".
    import argparse

    from stance.cli import build_parser

    for columns in range(60, 141):
        monkeypatch.setenv("COLUMNS", str(columns))
        parser = build_parser()
        shown = parser.format_help()
        assert "log-odds" in shown and not re.search(r"[a-z]-\n", shown), (columns, shown)
        commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
        for name, command in commands.choices.items():
            assert not re.search(r"[a-z]-\n", command.format_help()), (columns, name)


COMMANDS = ["classify", "explain", "score", "document", "train", "evaluate", "info", "suggest", "check"]


def _help_bytes(monkeypatch, argv: list[str], encoding: str) -> bytes:
    """What ``stance ARGV`` writes to a standard output of ``encoding`` (PYTHONIOENCODING's)."""
    stdout = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr("sys.stdout", stdout)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    stdout.flush()
    assert exited.value.code == 0
    return stdout.buffer.getvalue()


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_every_help_is_written_as_utf8_whatever_the_output_encoding(monkeypatch, encoding):
    # A packager's audit: `PYTHONIOENCODING=ascii stance score --help` failed with a
    # UnicodeEncodeError on its "…", where the README says the commands write UTF-8 whatever
    # PYTHONIOENCODING or the locale say, as they write their output.
    for argv in [["--help"]] + [[command, "--help"] for command in COMMANDS]:
        expected = _help_bytes(monkeypatch, argv, "utf-8")
        assert _help_bytes(monkeypatch, argv, encoding) == expected, argv
    assert "…".encode() in _help_bytes(monkeypatch, ["score", "--help"], encoding)


class _Writes(io.StringIO):
    """A standard output that keeps each write apart."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)


@pytest.mark.parametrize("argv", [["classify"], ["classify", "--json"], ["classify", "--details"],
                                  ["explain", "--json"], ["explain"]])
def test_each_answer_is_written_with_its_line_break_in_one_write(monkeypatch, argv):
    # A streaming audit: SIGTERM or Ctrl-C left the last answer of `stance classify -` without
    # its line break (2 runs in 12): print() writes the text and "\n" apart, and the interrupt's
    # KeyboardInterrupt was raised between the two, so a reader got a half-finished last line.
    statements = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."]
    stdout = _Writes()
    monkeypatch.setattr("sys.stdout", stdout)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("\n".join(statements).encode() + b"\n")))
    assert main([*argv, "-"]) == 0
    written = [text for text in stdout.writes if text]
    assert written and all(text.endswith("\n") for text in written), written
    if argv[0] == "classify" or "--json" in argv:  # a line an answer, each one write
        assert len(written) == len(statements) and all(text.count("\n") == 1 for text in written), written
    else:  # an explanation a write (the line between them its own), and the legend
        assert len([text for text in written if text.startswith(tuple(statements))]) == len(statements), written


def test_document_of_files_one_named_not_in_utf8_writes_every_output(capsysbinary, tmp_path, monkeypatch):
    # An audit of odd file names: "stance document sp\xe9ech.txt plain.txt --json" (or --plot)
    # stopped with pyarrow's UnicodeEncodeError, the name ("sp\udce9ech.txt" as Python decodes
    # it) put into an Arrow string column by pandas 3. With one file, or -o x.csv, it worked.
    monkeypatch.chdir(tmp_path)
    odd = os.fsdecode(b"sp\xe9ech.txt")
    Path(odd).write_text("NATO must remain united. We stand together.\n", encoding="utf-8")
    Path("plain.txt").write_text("We stand with Ukraine and must help them.\n", encoding="utf-8")
    assert main(["document", odd, "plain.txt", "--json"]) == 0
    records = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert {row["document"] for row in records["profile"]} == {odd, "plain.txt"}
    assert main(["document", odd, "plain.txt", "--plot", "p.png"]) == 0
    assert Path("p.png").read_bytes().startswith(b"\x89PNG")
    suffixes = ["csv", "jsonl"] + (["parquet"] if importlib.util.find_spec("pyarrow") else [])
    for suffix in suffixes:
        assert main(["document", odd, "plain.txt", "-o", f"out.{suffix}"]) == 0, suffix
    assert main(["document", odd, "plain.txt"]) == 0
    out = capsysbinary.readouterr().out
    assert b"2 documents" in out and b"plain.txt" in out


def test_an_output_under_a_file_says_the_file_is_in_the_way_not_to_create_the_folder(capsys, tmp_path, monkeypatch):
    # An audit of odd output folders: "-o texts.txt/x.csv", texts.txt a file, was told "folder
    # 'texts.txt' does not exist; create it first", and mkdir then failed "File exists" (so was
    # "-o /dev/full/x.csv"). stance train said it right, and its words are used.
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["We stand together."]}).to_csv("in.csv", index=False)
    Path("texts.txt").write_text("We stand together.\n", encoding="utf-8")
    said = "'texts.txt' is a file, so 'texts.txt/x.csv' cannot be made under it"
    for argv in (["score", "in.csv", "-o", "texts.txt/x.csv"], ["document", "texts.txt", "-o", "texts.txt/x.csv"]):
        status, out, err = run(capsys, *argv)
        assert (status, out) == (2, "") and said in err and "create it" not in err, err
    status, _, err = run(capsys, "document", "texts.txt", "--plot", "texts.txt/p.png")
    assert status == 2 and "'texts.txt' is a file, so 'texts.txt/p.png' cannot be made under it" in err, err
    status, _, err = run(capsys, "score", "in.csv", "-o", "texts.txt/deeper/x.csv")
    assert status == 2 and "'texts.txt' is a file, so 'texts.txt/deeper/x.csv' cannot be made under it" in err, err
    with pytest.raises(stance.StanceError, match="'texts.txt' is a file, so 'texts.txt/x.csv' cannot be made"):
        stance.score_file("in.csv", "texts.txt/x.csv")
    if Path("/dev/full").exists() and not Path("/dev/full").is_dir():
        status, _, err = run(capsys, "score", "in.csv", "-o", "/dev/full/x.csv")
        assert status == 2 and "'/dev/full' is not a folder, so '/dev/full/x.csv' cannot be made under it" in err, err
    # A folder truly missing is still told to be made.
    status, _, err = run(capsys, "score", "in.csv", "-o", "no/x.csv")
    assert status == 2 and "folder 'no' does not exist; create it first" in err, err
    assert Path("texts.txt").read_text(encoding="utf-8") == "We stand together.\n"


def test_column_options_are_read_as_utf8_in_a_latin1_locale_as_statements_are(tmp_path, energy_frame):
    # An audit in a locale of ISO-8859-1: statements given as arguments are read as UTF-8
    # (README: the same bytes in every locale), but "--text-column тэкст" was read in the
    # locale's encoding, and refused: "no such column; columns present: ['тэкст', …]" beside
    # the mojibake of the name. A path stays in the file system's encoding, as before.
    import subprocess

    if not shutil.which("localedef"):
        pytest.skip("no localedef to make a locale of ISO-8859-1")
    locales = tmp_path / "locales"
    locales.mkdir()
    made = subprocess.run(["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(locales / "en_US.ISO-8859-1")],
                          capture_output=True)
    if made.returncode not in (0, 1) or not (locales / "en_US.ISO-8859-1").exists():
        pytest.skip(f"localedef failed: {made.stderr!r}")
    env = {**os.environ, "LOCPATH": str(locales), "LC_ALL": "en_US.ISO-8859-1", "PYTHONUTF8": "0",
           "PYTHONIOENCODING": "", "PYTHONPATH": str(Path(stance.__file__).parents[1])}
    source = tmp_path / os.fsdecode(b"sp\xe9.csv")  # a Latin-1 file name, as the locale writes it
    energy_frame.rename(columns={"text": "тэкст"}).to_csv(source, index=False)
    # The arguments as a UTF-8 terminal's shell passes them, bytes; the file's name in Latin-1.
    argv = [b"score", b"sp\xe9.csv", b"--text-column", "тэкст".encode(), b"--prefix", "п_".encode(), b"-o", b"o.csv"]
    done = subprocess.run([sys.executable, "-m", "stance", *argv], capture_output=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert "п_label" in pd.read_csv(tmp_path / "o.csv", encoding="utf-8").columns
    labelled = tmp_path / "labelled.csv"
    energy_frame.rename(columns={"text": "тэкст", "labels": "метки"}).to_csv(labelled, index=False)
    argv = [b"check", b"labelled.csv", b"--text-column", "тэкст".encode(), b"--labels-column", "метки".encode()]
    done = subprocess.run([sys.executable, "-m", "stance", *argv], capture_output=True, cwd=tmp_path, env=env)
    assert b"no such column" not in done.stderr, done.stderr


def test_classify_warns_of_mojibake_as_classify_many_does(capsys, monkeypatch):
    # An audit of scraped text: `stance classify` of "doesnâ€™t" flipped the stance without a word.
    bad = "NATO doesnâ€™t need more troops in Estonia."
    status, out, err = run(capsys, "classify", "We stand with Ukraine.", bad)
    assert status == 0 and len(out.splitlines()) == 2
    assert err.count("stance classify: warning: mojibake: statement 2 holds 'â€™', which is '’' decoded in the "
                     "wrong encoding, scored as written") == 1, err
    monkeypatch.setattr("stance.cli_classify._stdin_batches", lambda **_: iter([["We agree."], [bad], [bad]]))
    status, out, err = run(capsys, "classify")
    assert status == 0 and len(out.splitlines()) == 3
    assert err.count("warning: mojibake: ") == 1 and "line 2 of stdin holds 'â€™'" in err, err


def test_a_document_with_a_line_opening_with_a_colon_is_scored(capsys, tmp_path):
    # A fuzzing audit: "\n: Ukraine\n" printed a traceback (ValueError) and exited 1
    document = tmp_path / "c.txt"
    document.write_text("The minister said\n: Ukraine\nmust win.\n", encoding="utf-8")
    status, out, err = run(capsys, "document", str(document), "--json")
    assert status == 0 and "Traceback" not in err, err
    assert "Ukraine" in out and "must win" in out, out


_HEADERLESS = ("We stand united with our allies in NATO.", "Allies must spend more on defence.",
               "Send more air defence to Ukraine.", "Bring the troops home from Estonia.",
               "The summit starts on Tuesday.")


def test_a_csv_of_statements_without_a_header_row_is_told_to_add_one_and_keeps_every_row(capsys, tmp_path):
    # It was offered --text-column='We stand united…', which scored 4 rows of 5: the first, read
    # as the header, was lost without a word.
    source = tmp_path / "lines.csv"
    source.write_text("".join(line + "\n" for line in _HEADERLESS), encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"))
    assert status == 2
    assert "seems to have no header row" in err and "add a header line above it (e.g. a first line 'text')" in err
    # Offered only for the case that the line is a header after all (a review of a8e08fb), which passing it warns of.
    assert err.count("--text-column 'We stand") == 1, err
    assert "if that line is the file's header, pass --text-column 'We" in err, err
    with pytest.raises(stance.InvalidInputError, match="no header row") as raised:
        stance.score(str(source))
    assert str(raised.value).count("text_column='We stand") == 1, raised.value
    source.write_text("text\n" + source.read_text(encoding="utf-8"), encoding="utf-8")  # the advice, followed
    assert run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"))[0] == 0
    assert pd.read_csv(tmp_path / "o.csv")["text"].tolist() == list(_HEADERLESS)


# An audit by a political scientist: -o out.dta (out.xlsx, out.sav) was told of .jsonl and .csv
# alone, not the library's route that the default refusal names; the advice, followed, writes the file.
@pytest.mark.parametrize(("name", "said"), [
    ("out.dta", "for Stata, use the library (stance.score(), suggest(), find_label_issues() return DataFrames) and "
                "call .pipe(lambda f: f.fillna({c: '' for c in f.select_dtypes(include=['object', 'string']).columns}))"
                ".to_stata('out.dta', write_index=False, version=118)"),
    ("out.xlsx", "for Excel, use the library (stance.score(), suggest(), find_label_issues() return DataFrames) and "
                 "call .to_excel('out.xlsx', index=False) (which needs openpyxl)"),
    ("out.sav", "for SPSS, use the library (stance.score(), suggest(), find_label_issues() return DataFrames) and "
                "write one with pyreadstat.write_sav(frame, 'out.sav')")])
def test_an_output_in_a_format_pandas_writes_is_told_the_librarys_route(capsys, tmp_path, monkeypatch, name, said):
    monkeypatch.chdir(tmp_path)
    Path("in.csv").write_text("text\nWe stand with NATO.\nThe summit starts on Tuesday.\n" + "Send tanks. " * 30 + "\n",
                              encoding="utf-8")
    status, _, err = run(capsys, "score", "in.csv", "-o", name)
    assert status == 2 and said in err, err
    if name == "out.dta":  # followed as written, on what stance.score returns (None in flag, a long text)
        frame = stance.score("in.csv")
        call = said[said.index(".pipe("):]
        eval("frame" + call)
        assert pd.read_stata(name)["text"].tolist() == frame["text"].tolist()


_SURVEY_ROWS = ("1,We stand united with our allies in NATO.\n2,Send more air defence to Ukraine.\n"
                "3,Bring the troops home.\n")


@pytest.mark.parametrize("question", ["What is your view on NATO?", "Please describe your views.",
                                      "你对北约的看法是什么？", "¿Qué opina usted de la OTAN?"])
def test_a_survey_csv_whose_text_column_is_named_by_a_question_is_offered_that_column(capsys, tmp_path, question):
    # A review of 91054ae: a file of two columns, its question as the header, was told it had
    # no header row; only a file of one column, named by a statement, is (see the test above).
    source = tmp_path / "survey.csv"
    source.write_text(f'id,"{question}"\n' + _SURVEY_ROWS, encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"))
    assert status == 2 and "no header row" not in err, err
    assert f"--text-column {shlex.quote(question)}" in err, err
    with pytest.raises(stance.InvalidInputError, match="holds sentences") as raised:
        stance.score(str(source))
    assert "no header row" not in str(raised.value) and f"text_column={question!r}" in str(raised.value)


@pytest.mark.parametrize("question", ["What is your view on NATO?", "你对北约的看法是什么？",
                                      "¿Qué opina usted de la OTAN?"])
def test_a_one_column_csv_named_by_a_question_is_offered_that_column(capsys, tmp_path, question):
    source = tmp_path / "survey.csv"
    source.write_text(f'"{question}"\n' + "".join(line + "\n" for line in _HEADERLESS), encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"))
    assert status == 2 and "no header row" not in err and f"--text-column {shlex.quote(question)}" in err, err


def test_a_frame_whose_text_column_is_named_by_a_statement_is_offered_that_column():
    # A frame may come from read_excel or a database: no header=None advice for it.
    for frame in (pd.DataFrame({"id": [1, 2], "What is your view on NATO?": list(_HEADERLESS[:2])}),
                  pd.DataFrame({"We stand united with our allies in NATO.": list(_HEADERLESS[1:])})):
        with pytest.raises(stance.InvalidInputError, match="holds sentences") as raised:
            stance.score(frame)
        assert "header" not in str(raised.value) and f"text_column={frame.columns[-1]!r}" in str(raised.value)


def test_the_stata_route_writes_a_prefixed_frame_and_a_checks_frame(capsys, tmp_path, monkeypatch):
    # Two reviews of 4d49f9c: with --prefix s_ the advice filled 'stance' and 'flag', and, followed,
    # raised "Column 's_flag' cannot be exported"; on find_label_issues()' frame, "Column
    # `suggested_stance` cannot be exported". It fills every column of no numbers, and runs on both.
    monkeypatch.chdir(tmp_path)
    Path("plain.csv").write_text("text\nWe stand with NATO.\nThe summit starts on Tuesday.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "plain.csv", "-o", "out.dta", "--prefix", "s_")
    said = err[err.index(".pipe("):].strip()
    assert status == 2 and said.endswith("to_stata('out.dta', write_index=False, version=118)"), err
    # with a categorical of a missing value beside it, as read_stata gives a labelled column, and
    # run where pandas is not imported as pd (a review of 72c8773: '' is no category; NameError 'pd')
    frame = stance.score(pd.DataFrame({"text": ["We stand with NATO.", "The summit starts on Tuesday."],
                                       "party": pd.Categorical(["SPD", None])}), prefix="s_")
    eval("frame" + said, {"frame": frame})
    assert pd.read_stata("out.dta")["s_label"].tolist() == frame["s_label"].tolist()
    issues = stance.find_label_issues(stance.example_data("challenge").head(300).drop(columns="stance"))
    assert issues["suggested_stance"].isna().all()
    eval("issues" + said, {"issues": issues})
    assert len(pd.read_stata("out.dta")) == len(issues)


def test_a_table_given_as_the_statement_is_offered_a_score_command_that_runs(capsys, monkeypatch, tmp_path):
    # stance classify nh.csv (and stance explain nh.csv) warned "to read the file, stance score
    # nh.csv (…)", which fails: stance score needs -o. The command offered is now run as given.
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["NATO must stand united.", "We support Ukraine."]}).to_csv("nh.csv", index=False)
    for command in ("classify", "explain"):
        err = run(capsys, command, "nh.csv")[2]
        offered = re.search(r"to read the file, (stance score .*?) \(a table", err).group(1)
        assert offered == "stance score nh.csv -o scored.csv", err
    assert run(capsys, *offered.split()[1:])[0] == 0 and len(pd.read_csv("scored.csv")) == 2
    pd.DataFrame({"text": ["NATO must stand united."]}).to_csv("scored.csv", index=False)
    err = run(capsys, "classify", "scored.csv")[2]  # not offered to write over the file it reads
    assert "stance score scored.csv -o scored_2.csv (" in err, err


def test_a_table_given_as_the_statement_is_offered_an_output_that_writes_over_no_file(capsys, monkeypatch, tmp_path):
    # A review of 7bdbbe6: stance classify nh.csv was offered stance score nh.csv -o scored.csv
    # beside an unrelated scored.csv, which the command, pasted, wrote over without a word.
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["NATO must stand united.", "We support Ukraine."]}).to_csv("nh.csv", index=False)
    for name in ("scored.csv", "scored_2.csv"):
        Path(name).write_text("kept,as it was\n")
    err = run(capsys, "classify", "nh.csv")[2]
    offered = re.search(r"to read the file, (stance score .*?) \(a table", err).group(1)
    assert offered == "stance score nh.csv -o scored_3.csv", err
    assert run(capsys, *offered.split()[1:])[0] == 0 and len(pd.read_csv("scored_3.csv")) == 2
    assert Path("scored.csv").read_text() == Path("scored_2.csv").read_text() == "kept,as it was\n"


def test_a_files_name_given_as_the_statement_is_offered_only_a_command_that_reads_it(capsys, monkeypatch, tmp_path):
    # An audit: `stance classify c.pdf` was told "stance document c.pdf (a speech or article) or
    # stance score c.pdf", each of which refuses a PDF; a .txt was offered stance score, which
    # refuses it, and a spreadsheet or .json stance score, which refuses them too. Each is offered
    # the command that reads its suffix, or, read by neither, the refusing command's advice.
    monkeypatch.chdir(tmp_path)
    told = {name: run(capsys, "classify", name)[2] for name in ("v.csv", "a.txt", "c.pdf", "e.xlsx", "f.json")}
    assert told["v.csv"].endswith("; to read the file, stance score v.csv -o scored.csv (a table of statements, one "
                                  "a row)\n")
    assert told["a.txt"].endswith("; to read the file, stance document a.txt (a speech or article)\n")
    assert told["c.pdf"].endswith("; stance document and stance score do not read it: 'c.pdf' is a PDF; extract "
                                  "its text first (for example with pdftotext)\n"), told["c.pdf"]
    assert "'e.xlsx' is a spreadsheet, and stance document reads a document's plain text; to score its rows, " \
           "save it as 'CSV UTF-8' and run stance score on the CSV\n" in told["e.xlsx"], told["e.xlsx"]
    assert "(mv f.json f.jsonl; stance score f.jsonl -o scored.csv)" in told["f.json"], told["f.json"]
    for name in ("a.txt", "c.pdf", "e.xlsx", "f.json"):
        assert f"stance score {name} (a table" not in told[name], told[name]
    for name in ("v.csv", "c.pdf", "e.xlsx", "f.json"):
        assert f"stance document {name} (a speech" not in told[name], told[name]
    # Each command offered reads the file (or refuses it with the advice given), on stdin too.
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4\n")
    assert "'c.pdf' is a PDF; extract its text first" in run(capsys, "document", "c.pdf")[2]
    (tmp_path / "a.txt").write_text("We stand with Ukraine.\n", encoding="utf-8")
    assert run(capsys, "document", "a.txt")[0] == 0
    # A file here is told by its bytes: a .docx of plain text is read by stance document.
    (tmp_path / "plain.docx").write_text("We stand with Ukraine.\n", encoding="utf-8")
    assert run(capsys, "classify", "plain.docx")[2].endswith("stance document plain.docx (a speech or article)\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("NATO is strong.\ng.md\nh.html\n"))
    err = run(capsys, "classify", "-")[2]
    assert "stance score" not in err and err.count("(a speech or article)") == 2, err


def test_model_bundled_is_warned_of_a_saved_models_folder_alone_and_a_folder_is_named_as_typed(capsys, tmp_path,
                                                                                              monkeypatch):
    # An audit: the README said --model bundled warns "also when the working folder holds a
    # folder bundled", where an empty one (or of notes) is no model to have meant and gets no
    # warning; and --model ./bundled of an empty folder said "'bundled' has no checksums.json",
    # not the './bundled' typed.
    from tests.test_readme import README

    monkeypatch.chdir(tmp_path)
    Path("bundled").mkdir()
    status, _, err = run(capsys, "classify", "--model", "bundled", "nuclear power plants")
    assert (status, err) == (0, "")
    said = " ".join(README[README.index("`--model bundled` (and"):].split("\n\n")[0].split())
    assert "holds a saved model's folder `bundled`" in said and "that holds no model is not warned of" in said, said
    status, _, err = run(capsys, "classify", "--model", "./bundled", "nuclear power plants")
    assert status == 2 and err.startswith("stance classify: './bundled' has no checksums.json"), err


def test_a_text_column_named_by_a_headerless_files_first_statement_is_warned_the_statement_is_not_scored(
        capsys, tmp_path, recwarn):
    # An audit: --text-column 'We stand united with our allies in NATO.' of a file with no header
    # row printed "scored 2 rows", exit 0: the first statement, read as the header, was lost
    # without a word, where the file without the flag is told it has no header row. The user
    # chose the column: it is scored, with a warning.
    first = "We stand united with our allies in NATO."
    source = tmp_path / "nh.csv"
    source.write_text(f"{first}\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"), "--text-column", first)
    assert status == 0 and "scored 2 rows" in err, err
    assert (f"stance score: warning: --text-column {shlex.quote(first)} is the file's first line: if the file has "
            f"no header row, that statement is not scored (add a header line such as 'text' above it); if it is the "
            f"header, nothing is lost") in err, err
    assert err.count("no header row") == 1, err
    with pytest.warns(stance.StanceWarning, match=r"text_column='We stand united .*no header row") as warned:
        assert len(stance.score(str(source), text_column=first)) == 2
    assert len([w for w in warned if "no header row" in str(w.message)]) == 1
    # A real header is none: "text", a survey's question among its columns, and a DataFrame passed in.
    for text, column in (("text\nUkraine must win.\nNATO is strong.\n", "text"),
                         ("id,Please describe your views.\n" + _SURVEY_ROWS, "Please describe your views.")):
        source.write_text(text, encoding="utf-8")
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"), "--text-column", column)
        assert (status, "warning" in err) == (0, False), err
    recwarn.clear()
    stance.score(pd.DataFrame({first: ["Ukraine must win."]}), text_column=first)
    assert not [w for w in recwarn if "no header row" in str(w.message)]


def test_a_one_column_files_header_ending_in_a_stop_is_not_told_to_add_a_header_above_it(capsys, tmp_path):
    # A review of f97acfb: a one-column file whose real header ends in a full stop ("Please enter
    # your comment below.") named with --text-column was told its first line "is not scored; add a
    # header line above it", which would make the survey's prompt a scored row. The user named it,
    # so it may be the header: the warning says both what is lost if not, and that nothing is if so.
    for header in ("Please enter your comment below.", "Full text of the speech.", "Your answer in a few words."):
        source = tmp_path / "survey.csv"
        source.write_text(f"{header}\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
        status, _, err = run(capsys, "score", str(source), "-o", str(tmp_path / "o.csv"), "--text-column", header)
        assert status == 0 and "scored 2 rows" in err, err
        assert "if it is the header, nothing is lost" in err and "read it again" not in err, err


@pytest.mark.parametrize("command", ["score", "suggest"])
def test_a_one_column_file_headed_by_a_sentence_is_told_both_ways_and_either_works(capsys, tmp_path, command):
    # A review of a8e08fb: such a file read without --text-column was told for certain to have no header row and to add
    # one above, which would make a survey's real header ("Please enter your comment below.") a scored row. It is told
    # both ways, and each way, followed, reads the file: a header line added scores all three rows, the flag the two.
    header = "Please enter your comment below."
    source = tmp_path / "survey.csv"
    source.write_text(f"{header}\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
    output = ["-o", str(tmp_path / "o.csv")] + (["-n", "5"] if command == "suggest" else [])
    status, _, err = run(capsys, command, str(source), *output)
    assert status == 2 and "add a header line above it (e.g. a first line 'text')" in err, err
    assert f"if that line is the file's header, pass --text-column {shlex.quote(header)}" in err, err
    status, _, err = run(capsys, command, str(source), *output, "--text-column", header)
    assert status == 0 and len(pd.read_csv(tmp_path / "o.csv")) == 2, err
    source.write_text(f"text\n{header}\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
    status, _, err = run(capsys, command, str(source), *output)
    assert status == 0 and len(pd.read_csv(tmp_path / "o.csv")) == 3, err


def test_a_statement_naming_a_fifo_is_warned_of_without_opening_it(tmp_path):
    # A review of bebc30e: the check of a statement that looks like a file's name opened any name
    # that exists to read its first bytes, so `stance classify pipe.txt` of a FIFO, and the same
    # name read from stdin, hung waiting for a writer (before, it printed the label). Only a
    # regular file is read; a FIFO is told by its suffix, as a name of no file is.
    import subprocess

    os.mkfifo(tmp_path / "pipe.txt")
    for argv, given in ((["pipe.txt"], None), (["-"], "pipe.txt\n")):
        try:
            done = subprocess.run([sys.executable, "-m", "stance", "classify", *argv], input=given,
                                  capture_output=True, text=True, cwd=tmp_path, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"stance classify {' '.join(argv)} hung on the FIFO pipe.txt")
        assert done.returncode == 0 and done.stdout.strip(), done.stderr
        assert "to read the file, stance document pipe.txt (a speech or article)" in done.stderr, done.stderr


def test_suggest_warns_as_score_does_of_a_text_column_named_by_a_headerless_files_first_statement(capsys, tmp_path):
    # A review of f97acfb: stance suggest FILE --text-column '<first statement>' of a headerless
    # one-column file lost that statement without the warning stance score gives (suggest reads
    # its file itself, then hands the frame on), though suggest run without the flag offers it.
    first = "We stand united with our allies in NATO."
    source = tmp_path / "nh.csv"
    source.write_text(f"{first}\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(source), "-o", str(tmp_path / "o.csv"), "--text-column", first)
    assert status == 0 and "wrote 2 suggestions" in err, err
    assert (f"stance suggest: warning: --text-column {shlex.quote(first)} is the file's first line: if the file "
            f"has no header row, that statement is not scored") in err and err.count("no header row") == 1, err
    # Without the flag it was offered it ("is it the column of statements?"), as score is not.
    status, _, err = run(capsys, "suggest", str(source), "-o", str(tmp_path / "o.csv"))
    assert status == 2 and "the file seems to have no header row" in err and "is it the column" not in err, err
    source.write_text("text\nUkraine must win.\nNATO is strong.\n", encoding="utf-8")
    status, _, err = run(capsys, "suggest", str(source), "-o", str(tmp_path / "o.csv"))
    assert (status, "warning" in err) == (0, False), err


def test_a_file_here_that_its_reading_command_refuses_is_told_that_commands_refusal(capsys, monkeypatch, tmp_path):
    # A review of bebc30e: `stance classify votes.csv.gz` of a real gzip file and `stance classify
    # pq.txt` of a Parquet file named .txt were offered stance document, which refuses both (and a
    # gzip'd votes.csv stance score, which refuses it too). A file here is offered its reader only
    # when its first bytes are what that reader reads; otherwise it is told the reader's refusal.
    import gzip

    monkeypatch.chdir(tmp_path)
    Path("votes.csv.gz").write_bytes(gzip.compress(b"text\nWe stand with Ukraine.\n"))
    Path("votes.csv").write_bytes(gzip.compress(b"text\nWe stand with Ukraine.\n"))
    pd.DataFrame({"text": ["We stand with Ukraine."]}).to_parquet("pq.txt")
    for name in ("votes.csv.gz", "pq.txt", "votes.csv"):
        status, _, err = run(capsys, "classify", name)
        reader = ["document", name] if name != "votes.csv" else ["score", name, "-o", "o.csv"]
        refused = run(capsys, *reader)[2].split(": ", 1)[1].strip()
        assert status == 0 and err.endswith(f"; stance document and stance score do not read it: {refused}\n"), err
        assert "(a speech or article)" not in err and "(a table of statements" not in err, err
    assert "is a compressed file (gzip); decompress it first" in run(capsys, "classify", "votes.csv.gz")[2]
    assert "a Parquet file, though named .txt; rename it .parquet" in run(capsys, "classify", "pq.txt")[2]


def test_a_home_path_given_as_the_statement_is_advised_in_a_form_the_shell_expands(capsys, monkeypatch, tmp_path):
    # A review of bebc30e: stance classify '~/data.json' was advised "mv '~/data.json'
    # '~/data.jsonl'; stance score '~/data.jsonl'" and "stance document - < '~/data.json'", where
    # a quoted ~ is no home and each fails when pasted; stance score ~/x.csv was offered as the
    # shell expands it. The advice now names the file as the shell would reach it.
    monkeypatch.setenv("HOME", str(tmp_path / "home dir"))
    json_file, lines = (shlex.quote(str(tmp_path / "home dir" / name)) for name in ("data.json", "data.jsonl"))
    for name, said in (("~/data.json", f"stance document - < {json_file}"),
                       ("~/speech.txt", "stance document ~/speech.txt (a speech")):
        err = run(capsys, "classify", name)[2]
        assert said in err and "'~" not in err.split("; ", 1)[1], err
    assert f"(mv {json_file} {lines}; stance score {lines} -o scored.csv)" in run(capsys, "classify", "~/data.json")[2]


def test_score_writes_one_parquet_schema_whatever_the_chunking_and_the_first_chunk(capsys, tmp_path):
    # A pipeline audit: a JSON Lines input whose first chunk held a number among its texts
    # wrote `text` as string, a clean first chunk (or a --chunk-size that kept the number out
    # of it) large_string (pandas 3's str), so two nights' files could not be stacked (pyarrow.concat_tables
    # refused them); a first chunk of no flag at all wrote `flag` as string too.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    data = tmp_path / "day.jsonl"
    data.write_text('{"id":1,"text":"We stand together."}\n{"id":2,"text":42}\n{"id":3,"text":""}\n'
                    '{"id":4,"text":"NATO must stay united."}\n', encoding="utf-8")
    tables = []
    for size in ("1", "2", "100"):  # the number alone, beside a text, in one chunk of all
        out = tmp_path / f"scored{size}.parquet"
        assert run(capsys, "score", str(data), "-o", str(out), "--chunk-size", size)[0] == 0
        tables.append(pq.read_table(out))
    schemas = [table.schema.remove_metadata() for table in tables]
    assert schemas[0].equals(schemas[1]) and schemas[0].equals(schemas[2]), schemas
    assert schemas[0].field("text").type == pa.string() and schemas[0].field("flag").type == pa.string()
    texts = ["We stand together.", "42", "", "NATO must stay united."]
    assert pa.concat_tables(tables).column("text").to_pylist() == texts * 3


def test_every_score_command_offered_names_an_output_that_writes_over_no_file(tmp_path, capsys, monkeypatch):
    # Before: beside an existing scored.csv, stance document's refusals of a table, a JSON file, a
    # JSON array, a compressed table, a .jsonl file holding one array and stdin holding Parquet
    # offered "stance score … -o scored.csv", which, pasted, wrote over it without a word. Each
    # offers scored_2.csv, as stance classify's advice of a table does (files.unused_output).
    import gzip

    monkeypatch.chdir(tmp_path)
    Path("scored.csv").write_text("kept\n")
    Path("votes.csv").write_text("text\nWe stand together.\n")
    Path("record.json").write_text('{"text": "We stand together."}\n')
    Path("array.json").write_text('[{"text": "We stand together."}]\n')
    Path("votes.csv.gz").write_bytes(gzip.compress(b"text\nWe stand together.\n"))
    Path("array.jsonl").write_text('[{"text": "We stand together."}]\n')
    for name, offered in (("votes.csv", "stance score votes.csv -o scored_2.csv"),
                          ("record.json", "stance score record.jsonl -o scored_2.csv"),
                          ("array.json", "stance score array.jsonl -o scored_2.csv"),
                          ("votes.csv.gz", "stance score votes.csv -o scored_2.csv")):
        assert main(["document", name]) == 2
        err = capsys.readouterr().err
        assert offered in err and "-o scored.csv" not in err, err
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score("array.jsonl")
    assert str(raised.value).endswith("then stance score array.jsonl -o scored_2.csv"), str(raised.value)
    if importlib.util.find_spec("pyarrow") is not None:
        buffer = io.BytesIO()
        pd.DataFrame({"text": ["We stand together."]}).to_parquet(buffer)
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(buffer.getvalue())))
        assert main(["classify"]) == 2
        assert capsys.readouterr().err.endswith("e.g. stance score FILE.parquet -o scored_2.csv\n")
    Path("out.csv").write_text("kept\n")  # the name offered for -o - is another fixed one
    assert main(["score", "votes.csv", "-o", "-"]) == 2
    assert capsys.readouterr().err.endswith("name one, e.g. -o out_2.csv\n")
    assert Path("scored.csv").read_text() == Path("out.csv").read_text() == "kept\n"


def test_score_writes_text_as_string_whichever_tool_wrote_a_parquet_input(capsys, tmp_path):
    # A review of 00bf86f: a Parquet input pandas wrote kept its large_string text columns, one
    # pyarrow or polars wrote (no pandas metadata) gave string, so the outputs of two such
    # inputs did not stack. Every text column is string now, and a pandas `string` column of
    # the input is still read back as one (its metadata carried to the narrower type).
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = ["We stand together.", "NATO must stay united."]
    frame = pd.DataFrame({"text": pd.Series(texts, dtype="string"), "party": pd.Series(["A", "B"], dtype="string")})
    frame.to_parquet(tmp_path / "mon.parquet", index=False)
    wide = pa.table({"text": pa.array(texts, pa.large_string()), "party": ["A", "B"]})
    pq.write_table(wide, tmp_path / "tue.parquet")
    pd.DataFrame({"text": texts, "party": ["A", "B"]}).to_csv(tmp_path / "wed.csv", index=False)
    tables = []
    for day in ("mon.parquet", "tue.parquet", "wed.csv"):
        out = tmp_path / f"{day}.out.parquet"
        assert run(capsys, "score", str(tmp_path / day), "-o", str(out))[0] == 0
        tables.append(pq.read_table(out))
        assert tables[-1].schema.field("text").type == pa.string() == tables[-1].schema.field("party").type, day
    assert pa.concat_tables(tables).num_rows == 6
    assert str(pd.read_parquet(tmp_path / "mon.parquet.out.parquet").party.dtype) == str(frame.party.dtype)


def _options_block(out: str) -> str:
    """The ``options:`` line of ``stance info`` and the indented lines that continue it, joined."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("options:"))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith(" " * 16):
            break
        block.append(line)
    assert all(len(line) <= 100 for line in block), block  # as wide as a terminal shows whole
    return " ".join(line.strip() for line in block).removeprefix("options:").strip()


def test_info_lists_every_option_the_model_was_fitted_with_marking_those_not_the_default(capsys, energy_frame,
                                                                                         tmp_path):
    # An audit of --help: the README says `stance info` gives the options a model was fitted
    # with, but its text gave the text-handling ones only (stemming, links…), not C, ngram_max
    # or random_state, which --json's "options" and MODEL_CARD.md give.
    path = tmp_path / "class.csv"
    energy_frame.to_csv(path, index=False)
    assert main(["train", str(path), "--stance-column", "stance", "-o", str(tmp_path / "m"), "--option", "C=10",
                 "--option", "ngram_max=3", "--option", "random_state=6"]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    fitted, defaults = stance.load(tmp_path / "m").fitted_options_, stance.StanceModel().get_params()
    assert fitted["C"] == 10 and fitted["ngram_max"] == 3 and fitted["random_state"] == 6
    changed = {"C", "ngram_max", "random_state"}
    listed = ", ".join(f"{name}={value!r}{'*' if name in changed else ''}" for name, value in
                       ((name, fitted[name]) for name in defaults))
    assert status == 0 and _options_block(out) == f"{listed} (* not the default)", out
    status, out, _ = run(capsys, "info")  # the bundled model, trained with the defaults of its version
    listed = ", ".join(f"{name}={value!r}" for name, value in defaults.items())
    assert status == 0 and _options_block(out) == f"{listed} (each the default)", out


@pytest.mark.parametrize("given", [["speech.txt", "speech2.txt"], ["x10.txt", "x9.txt"], ["x9.txt", "x10.txt"],
                                   ["speech2.txt", "speech.txt"], ["in/*.txt"]])
def test_document_profiles_the_documents_in_the_order_of_their_statements(capsys, tmp_path, monkeypatch, given):
    # An audit of --help: the statements (and -o) followed the order the files were given, but
    # "Profile per document" and --json's profile sorted the names as a reader counts,
    # speech2.txt before speech.txt and x9.txt before x10.txt, in either order given.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    texts = {"speech.txt": "We will arm Ukraine.", "speech2.txt": "NATO must stand united.",
             "x9.txt": "We will arm Ukraine.", "x10.txt": "NATO must stand united."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    for name in ("x9.txt", "x10.txt"):
        (tmp_path / "in" / name).write_text(texts[name] + "\n", encoding="utf-8")
    # A glob's files in name order, as the README says: in/x10.txt before in/x9.txt.
    expected = given if given != ["in/*.txt"] else ["in/x10.txt", "in/x9.txt"]
    status, out, err = run(capsys, "document", *given, "--json")
    assert status == 0, err
    result = json.loads(out)
    assert list(dict.fromkeys(row["document"] for row in result["sentences"])) == expected
    assert list(dict.fromkeys(row["document"] for row in result["profile"])) == expected
    status, out, err = run(capsys, "document", *given, "-o", "d.csv")
    rows = out.split("Profile per document\n")[1].splitlines()[2:]
    assert status == 0 and list(dict.fromkeys(row.split()[0] for row in rows if row.strip())) == expected, out
    assert list(dict.fromkeys(pd.read_csv(tmp_path / "d.csv").document)) == expected


def test_a_symbolic_link_to_nothing_is_named_as_given_and_told_as_a_link(capsys, tmp_path, monkeypatch):
    # An audit: `ln -s t/missing t/dangling; stance classify --model t/dangling hi` said
    # "'/abs/t/t/missing' does not exist", a path never typed (a relative link is read from its
    # folder), and an input through such a link "file not found: 'x.csv'", where x.csv is there.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "dangling").symlink_to("t/missing")
    model_said = (f"'t/dangling' is a symbolic link whose target ('t/missing', that is "
                  f"{str(tmp_path / 't' / 't' / 'missing')!r}) is missing; point the link at a saved stance model "
                  f"directory")
    for argv in (["classify", "--model", "t/dangling", "hi"], ["info", "--model", "t/dangling"]):
        status, _, err = run(capsys, *argv)
        assert (status, err) == (2, f"stance {argv[0]}: {model_said}\n")
    with pytest.raises(stance.ModelFormatError) as raised:
        stance.load("t/dangling")
    assert str(raised.value) == model_said
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(source, index=False)
    (tmp_path / "x.csv").symlink_to(tmp_path / "gone" / "x.csv")
    input_said = (f"'x.csv' is a symbolic link whose target ({str(tmp_path / 'gone' / 'x.csv')!r}) is missing; "
                  f"point the link at the file")
    for argv in (["score", "x.csv", "-o", "o.csv"], ["train", "x.csv", "-o", "m"], ["document", "x.csv"]):
        status, _, err = run(capsys, *argv)
        assert (status, err) == (2, f"stance {argv[0]}: {input_said}\n")
    (tmp_path / "out.csv").symlink_to(Path("gone") / "o.csv")
    status, _, err = run(capsys, "score", "in.csv", "-o", "out.csv", "--no-progress")
    assert (status, err) == (2, f"stance score: output 'out.csv': it is a symbolic link whose target ('gone/o.csv', "
                                f"that is {str(tmp_path / 'gone' / 'o.csv')!r}) is in folder "
                                f"{str(tmp_path / 'gone')!r}, which does not exist; create it first, or point the "
                                f"link elsewhere\n")


def test_a_missing_extras_advice_also_names_the_extra_as_the_readme_installs_it(monkeypatch):
    # A notebook reader's audit: plotting without matplotlib said `pip install "matplotlib>=3.7"`
    # alone, while the README installs the plot extra, `pip install ".[plot]"` in the package's
    # folder, and says the error names the extra: the advice now names both (never
    # "stance[plot]", the package index's stance being another project).
    from stance import distributed, parquet_files, plotting

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name in ("matplotlib", "matplotlib.pyplot", "dask", "dask.dataframe", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now raises ImportError
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    for extra, call in (("plot", plotting._pyplot), ("parquet", parquet_files.require_parquet),
                        ("dask", distributed.require_dask)):
        with pytest.raises(stance.MissingDependencyError) as error:
            call()
        said = str(error.value)
        assert f'pip install ".[{extra}]"' in said and f'pip install ".[{extra}]"' in readme, said
        assert f"the {extra} extra" in said and "stance[" not in said, said
        assert _pip_line(said) == _extras_in_pyproject()[extra], said  # its packages still first


def test_a_missing_extras_advice_says_which_folder_and_names_the_extra_once(monkeypatch):
    # A review: 'pip install ".[plot]" in stance's folder' fails for one who installed a wheel,
    # whose stance folder is site-packages/stance (no pyproject.toml): the advice says the folder
    # is a clone's, the one holding pyproject.toml, as the README says "in the clone". And the
    # dask messages said "the optional dask extra" before the advice's own "(the dask extra: …)".
    from stance import distributed, parquet_files, plotting

    for name in ("matplotlib", "matplotlib.pyplot", "dask", "dask.dataframe", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now raises ImportError
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    for extra, call in (("plot", plotting._pyplot), ("parquet", parquet_files.require_parquet),
                        ("dask", distributed.require_dask), ("dask", distributed.require_distributed)):
        with pytest.raises(stance.MissingDependencyError) as error:
            call()
        said = str(error.value)
        assert f'pip install ".[{extra}]" in your clone of stance, the folder holding pyproject.toml' in said, said
        assert "stance's folder" not in said and said.count(f"{extra} extra") == 1, said


def test_a_link_to_a_link_to_nothing_names_the_path_that_is_missing(capsys, tmp_path, monkeypatch):
    # A review: `ln -s missing.csv b.csv; ln -s b.csv a.csv` was "'a.csv' is a symbolic link whose
    # target ('b.csv', that is '/…/missing.csv') is missing", where b.csv is there (a link).
    monkeypatch.chdir(tmp_path)
    for link, target in (("b.csv", "missing.csv"), ("a.csv", "b.csv"), ("z.csv", "a.csv"), ("mb", "nomodel"),
                         ("ma", "mb"), ("outb.csv", "nodir/o.csv"), ("outa.csv", "outb.csv")):
        (tmp_path / link).symlink_to(target)
    missing = repr(str(tmp_path / "missing.csv"))
    status, _, err = run(capsys, "score", "a.csv", "-o", "o.csv")
    assert (status, err) == (2, f"stance score: 'a.csv' is a symbolic link to 'b.csv', a link whose target ({missing}) "
                                f"is missing; point the link at the file\n")
    status, _, err = run(capsys, "score", "z.csv", "-o", "o.csv")
    assert (status, err) == (2, f"stance score: 'z.csv' is a symbolic link to 'a.csv', a link (then 1 more) whose "
                                f"last target ({missing}) is missing; point the link at the file\n")
    status, _, err = run(capsys, "classify", "--model", "ma", "hi")
    assert (status, err) == (2, f"stance classify: 'ma' is a symbolic link to 'mb', a link whose target "
                                f"({str(tmp_path / 'nomodel')!r}) is missing; point the link at a saved stance "
                                f"model directory\n")
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(tmp_path / "in.csv", index=False)
    status, _, err = run(capsys, "score", "in.csv", "-o", "outa.csv", "--no-progress")
    assert (status, err) == (2, f"stance score: output 'outa.csv': it is a symbolic link to 'outb.csv', a link whose "
                                f"target ({str(tmp_path / 'nodir' / 'o.csv')!r}) is in folder "
                                f"{str(tmp_path / 'nodir')!r}, which does not exist; create it first, or point the "
                                f"link elsewhere\n")


def test_a_link_to_nothing_partway_along_a_path_is_named(capsys, tmp_path, monkeypatch):
    # A review: `ln -s missingdir d; stance score d/x.csv` said "file not found: 'd/x.csv'", and
    # `-o d/x.csv` "folder 'd' does not exist; create it first", which `mkdir d` cannot (File exists).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").symlink_to("missingdir")
    link = f"'d', a symbolic link whose target ('missingdir', that is {str(tmp_path / 'missingdir')!r}) is missing"
    for argv in (["score", "d/x.csv", "-o", "o.csv"], ["classify", "--model", "d/m", "hi"]):
        status, _, err = run(capsys, *argv)
        assert (status, err) == (2, f"stance {argv[0]}: '{argv[-3] if argv[0] == 'score' else 'd/m'}' runs through "
                                    f"{link}; point that link at the folder\n")
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(tmp_path / "in.csv", index=False)
    status, _, err = run(capsys, "score", "in.csv", "-o", "d/x.csv", "--no-progress")
    assert (status, err) == (2, f"stance score: output 'd/x.csv': folder {link.replace(', a', ' is a', 1)}; create "
                                f"the folder it points to first, or point the link elsewhere\n")
    (tmp_path / "missingdir").mkdir()  # the advice, followed
    assert run(capsys, "score", "in.csv", "-o", "d/x.csv", "--no-progress")[0] == 0


def test_evaluate_names_the_rows_whose_interval_is_the_exact_one_not_the_bootstraps(capsys, tmp_path):
    # The stats audit: "95% bootstrap intervals (1,000 resamples of the statements)" headed a table whose
    # top1_in_gold row, every statement right, was the exact Clopper-Pearson interval (0.025 ** (1 / 24) = 0.858
    # for 24 of 24), as the README says it is, but the table did not.
    frame = pd.DataFrame({"text": ["We support Ukraine fully.", "NATO must stay united.", "The weather is nice.",
                                   "We must arm Ukraine now.", "Our alliance stands as one."],
                          "labels": ["ukraine_support", "unity", "none", "ukraine_support", "unity"],
                          "stance": ["favor", "favor", "", "against", "favor"]})
    data = tmp_path / "ev.csv"
    frame.to_csv(data, index=False)
    report = stance.evaluate(None, frame)
    assert report.metrics["top1_in_gold"] == 1.0 and 0 < report.metrics["stance_accuracy"] < 1  # 3 of 4 stances
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals")
    assert status == 0
    table = out.split("95% bootstrap intervals (1,000 resamples of the statements):\n")[1].splitlines()
    row = next(line for line in table if line.startswith("top1_in_gold "))
    assert row.split() == ["top1_in_gold", "1.000", f"{0.025 ** (1 / 5):.3f}", "1.000"], row
    assert table[-1] == ("top1_in_gold: the exact (Clopper-Pearson) interval: every statement is right, so every "
                         "resample would be"), table
    assert not any(line.startswith("stance_accuracy:") for line in table)  # resampled, as the heading says


@pytest.mark.parametrize(("values", "kind", "shown"), [([1, 2, "007", "008"], "int64", "'007' in row 2"),
                                                       ([1, 2, 3, "007"], "int64", "'007' in row 3"),
                                                       ([1, 2, True, False], "int64", "True in row 2"),
                                                       ([1.5, 2.5, None, "3"], "double", "'3' in row 3"),
                                                       ([True, False, 1, 0], "bool", "1 in row 2"),
                                                       ([True, False, 2.0, None], "bool", "2.0 in row 2")])
def test_score_refuses_a_later_parquet_chunk_of_text_or_bools_in_a_column_of_numbers(capsys, tmp_path, values, kind,
                                                                                      shown):
    # The scale audit: a later chunk whose ids were all text ("007") was written into the first chunk's
    # int64 column as 7, exit 0 (pyarrow parses a pandas column of text), where one such id beside an
    # integer was refused; bools became 1 and 0 beside integers, and 2.0 became True beside bools.
    _numbers_file(tmp_path / "in.jsonl", values)
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", "2", "--no-progress")
    assert status == 2 and err.startswith(f"stance score: column 'n' holds {kind} in the rows written before and "
                                          f"other values in a later chunk ({shown}), and a Parquet column holds one "
                                          "type; write the output as .csv or .jsonl, or give the column one type"), err
    assert list(tmp_path.iterdir()) == [tmp_path / "in.jsonl"]


@pytest.mark.parametrize(("values", "expected"), [([1, 2, None, None], [1, 2, None, None]),
                                                  ([True, False, None, True], [True, False, None, True]),
                                                  (["a", "b", 3, 4], ["a", "b", "3", "4"])])
def test_score_writes_a_later_parquet_chunk_of_the_columns_type_or_none(capsys, tmp_path, values, expected):
    import pyarrow.parquet as pq

    _numbers_file(tmp_path / "in.jsonl", values)
    status, _, err = run(capsys, "score", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.parquet"),
                         "--chunk-size", "2", "--no-progress")
    assert status == 0, err
    assert pq.read_table(tmp_path / "out.parquet").column("n").to_pylist() == expected


def test_score_file_refuses_a_later_chunk_of_text_ids_after_integer_ids(tmp_path):
    import pyarrow.parquet as pq

    # The audit's file: 1,000 integer ids, then 500 like "001000", read 500 rows a chunk.
    rows = [{"id": i, "text": "We stand with Ukraine."} for i in range(1000)]
    rows += [{"id": f"{i:06d}", "text": "We back Ukraine."} for i in range(1000, 1500)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    with pytest.raises(stance.InvalidInputError, match=r"column 'id' holds int64 .* \('001000' in row 1000\)"):
        stance.score_file(tmp_path / "in.jsonl", tmp_path / "out.parquet", chunk_size=500)
    assert stance.score_file(tmp_path / "in.jsonl", tmp_path / "out.parquet") == 1500  # one chunk: text
    assert pq.read_table(tmp_path / "out.parquet").column("id").to_pylist()[-1] == "001499"


def test_parquet_integer_ids_with_a_gap_read_exactly_as_the_readme_says(capsys, tmp_path):
    # The scale audit: 9007199254740993 after a row without an id, a chunk after the first, came back
    # 9007199254740992.0 from pd.read_parquet's default, which reads int64 beside a null as float64; the
    # README says how to read it exactly, and the file holds it exactly for pyarrow.
    import pyarrow.parquet as pq

    rows = [{"id": i, "text": "We stand with Ukraine."} for i in range(4)]
    rows += [{"text": "We back Ukraine."}, {"id": 9007199254740993, "text": "We back Ukraine."}]
    (tmp_path / "gap.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert run(capsys, "score", str(tmp_path / "gap.jsonl"), "-o", str(tmp_path / "gap.parquet"),
               "--chunk-size", "4", "--no-progress")[0] == 0
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert 'pd.read_parquet("scored.parquet", dtype_backend="numpy_nullable")' in readme
    read = pd.read_parquet(tmp_path / "gap.parquet", dtype_backend="numpy_nullable")["id"]
    assert str(read.dtype) == "Int64" and read.isna().tolist()[-2:] == [True, False] and read.iloc[-1] == 2**53 + 1
    assert pq.read_table(tmp_path / "gap.parquet").column("id").to_pylist()[-2:] == [None, 9007199254740993]


def test_evaluate_by_group_names_the_groups_whose_interval_is_the_exact_one(capsys, tmp_path):
    # A review of 9a79de59: the table of intervals by group used the exact Clopper-Pearson interval too (group a,
    # 2 of 2 right: top1_in_gold 1.000 0.158 1.000) under a heading of bootstrap intervals, without a word.
    frame = pd.DataFrame({"text": ["We support Ukraine fully.", "NATO must stay united.", "The weather is nice.",
                                   "We must arm Ukraine now.", "Our alliance stands as one.", "Cut taxes now."],
                          "labels": ["ukraine_support", "unity", "none", "ukraine_support", "unity", "unity"],
                          "stance": ["favor", "favor", "", "against", "favor", "favor"],
                          "party": ["a", "a", "b", "b", "b", "b"]})
    frame.to_csv(tmp_path / "ev.csv", index=False)
    groups = stance.evaluate(None, frame, by="party").by_group()
    assert groups.loc["a", ["top1_in_gold", "stance_accuracy"]].tolist() == [1.0, 1.0]
    assert 0 < groups.loc["b", "top1_in_gold"] < 1 and 0 < groups.loc["b", "stance_accuracy"] < 1
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "ev.csv"), "--by", "party", "--intervals")
    assert status == 0
    table = out.split("95% bootstrap intervals by party (1,000 resamples of each group's statements):\n")[1]
    assert table.splitlines()[-1] == ("exact (Clopper-Pearson) intervals, every statement of the group right (or "
                                      "none), where every resample would be: top1_in_gold of 'a'; "
                                      "stance_accuracy of 'a'")
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    out = capsys.readouterr().out
    assert "the exact (Clopper-Pearson) one for top-1 and stance accuracy at 0 or 1" in " ".join(out.split())


def test_evaluate_by_group_quotes_the_groups_whose_interval_is_the_exact_one(capsys, tmp_path):
    # A review of 991b4eaf: the note named its groups bare, "top1_in_gold of a, b; stance_accuracy of a, b", which
    # reads as two groups, where the --by warning quotes each ('a, b').
    from stance.report import exact_intervals_noted

    frame = pd.DataFrame({"text": ["We support Ukraine fully.", "NATO must stay united.", "The weather is nice.",
                                   "We must arm Ukraine now.", "Our alliance stands as one.", "Cut taxes now."],
                          "labels": ["ukraine_support", "unity", "none", "ukraine_support", "unity", "unity"],
                          "stance": ["favor", "favor", "", "against", "favor", "favor"],
                          "party": ["a, b", "a, b", "x; y", "x; y", "x; y", "x; y"]})
    frame.to_csv(tmp_path / "ev.csv", index=False)
    status, out, _ = run(capsys, "evaluate", str(tmp_path / "ev.csv"), "--by", "party", "--intervals")
    assert status == 0
    assert out.splitlines()[-1].endswith("where every resample would be: top1_in_gold of 'a, b'; stance_accuracy of "
                                         "'a, b'"), out
    table = pd.DataFrame({"value": [1.0, 0.0, 1.0]}, index=pd.MultiIndex.from_tuples(
        [("a, b", "top1_in_gold"), ("x; y", "top1_in_gold"), (2019, "stance_accuracy")]))
    assert exact_intervals_noted(table).endswith("would be: top1_in_gold of 'a, b', 'x; y'; stance_accuracy of 2019")


def test_train_takes_stance_ignores_as_allies_or_words_between_commas(tmp_path, capsys):
    # --option stance_ignores=allies trains with stance.ALLY_NAMES, a comma list with its words,
    # and one word alone with that word (no language is named there, as negation_words names one).
    data = tmp_path / "named.csv"
    pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Hungary refuses weapons",
                           "Estonia sends more aid", "Estonia backs the sanctions", "Estonia pledges weapons",
                           "lovely weather today", "rain again tomorrow", "sunny skies later"],
                  "labels": ["aid"] * 6 + ["none"] * 3,
                  "stance": ["against"] * 3 + ["favor"] * 3 + [""] * 3}).to_csv(data, index=False)
    for at, (value, words) in enumerate([("allies", list(stance.ALLY_NAMES)), ("Hungary, Estonia",
                                                                              ["Hungary", "Estonia"]),
                                         ("Hungary", ["Hungary"]), ('["Hungary"]', ["Hungary"])]):
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / f"m{at}"), "--stance-column", "stance",
                             "--option", "threshold_folds=0", "--option", f"stance_ignores={value}")
        assert status == 0, err
        assert stance.load(tmp_path / f"m{at}").stance_ignores == words
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "bad"), "--stance-column", "stance",
                         "--option", "stance_ignores=Hungary,,Estonia")
    assert status != 0 and ("--option stance_ignores=Hungary,,Estonia: an empty word between commas; write the "
                            "words between commas, e.g. stance_ignores=Hungary,Estonia (one word: "
                            "stance_ignores=Hungary)") in err, err
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "bad"), "--stance-column", "stance",
                         "--option", "stance_ignores=5")
    assert status != 0 and ("--option stance_ignores must be none or a list of words, got 5; pass --option "
                            "stance_ignores=Hungary,Estonia, or --option stance_ignores=allies for the 32 NATO "
                            "allies' names") in err, err
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "bad"), "--stance-ignores", "allies")
    assert status != 0 and "--option stance_ignores=allies" in err, err  # a flag of its own is answered so


def test_stance_ignores_of_no_words_is_the_default_none(tmp_path, capsys):
    # stance_ignores=[] (--option stance_ignores=) was saved as [], shown as not the default by
    # stance info, and made 0.14.0 warn of an unknown option: no words is nothing ignored, None.
    data = tmp_path / "named.csv"
    pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Estonia sends more aid",
                           "Estonia backs the sanctions", "lovely weather today", "rain again tomorrow"],
                  "labels": ["aid"] * 4 + ["none"] * 2,
                  "stance": ["against"] * 2 + ["favor"] * 2 + [""] * 2}).to_csv(data, index=False)
    model = stance.train(pd.read_csv(data), stance_column="stance", threshold_folds=0, stance_ignores=[])
    assert model.fitted_options_["stance_ignores"] is None and model._options_set_since_fit() == {}
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--stance-column", "stance",
                         "--option", "threshold_folds=0", "--option", "stance_ignores=")
    assert status == 0, err
    assert "stance_ignores" not in json.loads((tmp_path / "m" / "metadata.json").read_text(encoding="utf-8"))["options"]
    assert stance.load(tmp_path / "m").stance_ignores is None
    status, out, err = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert status == 0 and "stance_ignores=None," in out and "stance_ignores=[]" not in out, out


def test_stance_ignores_takes_allies_in_any_case(tmp_path, capsys):
    # --option stance_ignores=Allies ignored the word "Allies" (the stem alli: ally, allies,
    # allied) and said nothing; the keyword is taken in any case (the word: '["Allies"]').
    data = tmp_path / "named.csv"
    pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Estonia sends more aid",
                           "Estonia backs the sanctions", "lovely weather today", "rain again tomorrow"],
                  "labels": ["aid"] * 4 + ["none"] * 2,
                  "stance": ["against"] * 2 + ["favor"] * 2 + [""] * 2}).to_csv(data, index=False)
    for at, value in enumerate(["Allies", "ALLIES", " allies "]):
        status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / f"m{at}"), "--stance-column", "stance",
                             "--option", "threshold_folds=0", "--option", f"stance_ignores={value}")
        assert status == 0, err
        assert stance.load(tmp_path / f"m{at}").stance_ignores == list(stance.ALLY_NAMES), value
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "word"), "--stance-column", "stance",
                         "--option", "threshold_folds=0", "--option", 'stance_ignores=["Allies"]')
    assert status == 0 and stance.load(tmp_path / "word").stance_ignores == ["Allies"], err


def test_stance_info_and_the_save_warning_show_a_long_stance_ignores_short(tmp_path, capsys):
    # stance info printed the 135 words of stance.ALLY_NAMES on one line of 1,500 characters in
    # its wrapped options block, and a save warned of them all: the first words and how many more.
    frame = pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Estonia sends more aid",
                                   "Estonia backs the sanctions", "lovely weather today", "rain again tomorrow"],
                          "labels": ["aid"] * 4 + ["none"] * 2, "stance": ["against"] * 2 + ["favor"] * 2 + [None] * 2})
    model = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=stance.ALLY_NAMES)
    model.save(tmp_path / "m")
    status, out, err = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert status == 0, err
    block = out[out.index("options:"):out.index("(* not the default)")]
    assert "stance_ignores=['Albania', 'Albanian', 'Albanians'] and 142 more*," in block, block
    assert max(map(len, block.splitlines())) <= 100, block
    plain = stance.train(frame, stance_column="stance", threshold_folds=0).set_params(stance_ignores=stance.ALLY_NAMES)
    with pytest.warns(stance.StanceWarning) as caught:
        plain.save(tmp_path / "plain")
    message = str(caught[0].message)
    assert ("take effect only after fit(): stance_ignores=['Albania', 'Albanian', 'Albanians'] and 142 more "
            "(fitted with None);") in message and len(message) < 400, message


def test_stance_ignores_takes_allies_in_a_comma_list_in_quotes_and_as_ally_names(tmp_path, capsys):
    # "allies,Orbán" trained with the WORD "allies" (the stem alli: ally, allies, allied), '"allies"'
    # with a word in quote marks, and "ALLY_NAMES" or "stance.ALLY_NAMES" with a phrase that
    # ignores nothing. The keyword is the keyword wherever it stands in a comma list, in one
    # pair of quotes, and under the list's own names; JSON gives the word.
    from stance.cli_options import _option, _word_list

    allies = list(stance.ALLY_NAMES)
    for value, words in [("allies,Orbán", [*allies, "Orbán"]), ("Orbán, Allies", ["Orbán", *allies]),
                         ('"allies"', allies), ("'Allies'", allies), ("ALLY_NAMES", allies),
                         ("stance.ALLY_NAMES", allies), ("Hungary,stance.ALLY_NAMES,", ["Hungary", *allies]),
                         ("allies,", allies), ('["allies"]', ["allies"]), ("Hungary", ["Hungary"]),
                         ('"Hungary"', ['"Hungary"']), ("alliesx", ["alliesx"]), ('"allies', ['"allies'])]:
        assert _word_list(_option(f"stance_ignores={value}")) == words, value
    data = tmp_path / "named.csv"
    pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Estonia sends more aid",
                           "Estonia backs the sanctions", "lovely weather today", "rain again tomorrow"],
                  "labels": ["aid"] * 4 + ["none"] * 2,
                  "stance": ["against"] * 2 + ["favor"] * 2 + [""] * 2}).to_csv(data, index=False)
    status, _, err = run(capsys, "train", str(data), "-o", str(tmp_path / "m"), "--stance-column", "stance",
                         "--option", "threshold_folds=0", "--option", "stance_ignores=allies,Orbán")
    assert status == 0 and stance.load(tmp_path / "m").stance_ignores == [*allies, "Orbán"], err


def test_stance_info_and_the_save_warning_show_a_short_word_list_whole(tmp_path, capsys):
    # Any list of four words or more was shortened: negation_words=['nie', 'nigdy', 'żaden',
    # 'bez'] showed as "['nie', 'nigdy', 'żaden'] and 1 more", a word hidden to save none of the
    # line. A list is shortened only when long: more than 10 items, or longer than 100 characters.
    from stance.exceptions import option_value

    words = ["nie", "nigdy", "żaden", "bez"]
    assert option_value(words) == "['nie', 'nigdy', 'żaden', 'bez']"
    assert option_value(tuple(f"w{i}" for i in range(10))) == repr(tuple(f"w{i}" for i in range(10)))
    assert option_value([f"w{i}" for i in range(11)]) == "['w0', 'w1', 'w2'] and 8 more"
    assert option_value(["x" * 40, "y" * 40, "z" * 40, "w" * 40]) == (
        f"['{'x' * 40}', '{'y' * 40}', '{'z' * 40}'] and 1 more")
    frame = pd.DataFrame({"text": ["Hungary blocks the aid", "Hungary vetoes the sanctions", "Estonia sends more aid",
                                   "Estonia backs the sanctions", "lovely weather today", "rain again tomorrow"],
                          "labels": ["aid"] * 4 + ["none"] * 2, "stance": ["against"] * 2 + ["favor"] * 2 + [None] * 2})
    model = stance.train(frame, stance_column="stance", threshold_folds=0, stance_ignores=["Hungary", "Estonia",
                                                                                            "Latvia", "Lithuania"])
    model.save(tmp_path / "m")
    status, out, _ = run(capsys, "info", "--model", str(tmp_path / "m"))
    assert status == 0 and "stance_ignores=['Hungary', 'Estonia', 'Latvia', 'Lithuania']*" in out, out
    with pytest.warns(stance.StanceWarning) as caught:
        model.set_params(stance_ignores=["Hungary", "Estonia", "Latvia", "Poland"]).save(tmp_path / "again")
    assert ("stance_ignores=['Hungary', 'Estonia', 'Latvia', 'Poland'] (fitted with ['Hungary', 'Estonia', "
            "'Latvia', 'Lithuania'])") in str(caught[0].message), str(caught[0].message)


def test_score_refuses_a_folders_file_without_the_text_column_and_a_chunk_size_that_is_no_count(
        capsys, tmp_path, monkeypatch):
    # A review of f4ac977a: b.csv, without a text column, was scored "missing" row by row, exit 0, no warning;
    # --chunk-size 0 was taken for a folder, refused for a file.
    monkeypatch.chdir(tmp_path)
    Path("fa").mkdir()
    Path("fa/a.csv").write_text("id,text\n1,We must defend the Baltics.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "fa", "-o", "x.csv", "--chunk-size", "0")
    assert (status, err) == (2, "stance score: --chunk-size must be positive, got 0\n"), err
    Path("fa/b.csv").write_text("id,body\n2,Bring them home.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "fa", "-o", "oa.csv")
    assert (status, err) == (2, "stance score: IN: folder 'fa': 'b.csv' has no column 'text', which 'a.csv' has; its "
                                "columns: ['id', 'body']. Name the column alike in every file, or move 'b.csv' "
                                "out\n"), err
    assert not Path("oa.csv").exists()
    Path("fl").mkdir()
    Path("fl/a.csv").write_text("text,labels\nWe must defend the Baltics.,eastern_flank\n", encoding="utf-8")
    Path("fl/b.csv").write_text("text,topic\nBring them home.,none\n", encoding="utf-8")
    status, _, err = run(capsys, "train", "fl", "-o", "m")
    assert status == 2 and "'b.csv' has no column 'labels', which 'a.csv' has; its columns: ['text', 'topic']" in err


def test_a_folder_of_a_folder_named_as_a_table_is_advised_the_folder_not_a_glob_that_needs_dask(
        capsys, tmp_path, monkeypatch):
    # A review of f4ac977a: outer/x.csv/part-0.csv was advised 'outer/x.csv/*.csv', a glob stance score reads with
    # Dask only, where stance score outer/x.csv reads the folder without it.
    monkeypatch.chdir(tmp_path)
    Path("outer/x.csv").mkdir(parents=True)
    Path("outer/x.csv/part-0.csv").write_text("id,text\n1,We must defend the Baltics.\n", encoding="utf-8")
    status, _, err = run(capsys, "score", "outer", "-o", "my y.csv")
    assert status == 2 and err.endswith("; give the folder to read them, stance score outer/x.csv -o 'my y.csv'\n"), err
    advised = shlex.split(err.rsplit("read them, ", 1)[1])
    assert run(capsys, *advised[1:])[0] == 0 and len(pd.read_csv("my y.csv")) == 1


def test_a_folder_of_several_types_beside_workers_is_told_a_command_and_an_output_for_each(capsys, tmp_path,
                                                                                            monkeypatch):
    # A review of f4ac977a: the globs were joined by "or", every one writing the same -o, and "which leaves out
    # c.jsonl" followed the last one alone.
    monkeypatch.chdir(tmp_path)
    Path("f").mkdir()
    for name in ("a.csv", "b.tsv"):
        Path("f", name).write_text("text\nNATO is united.\n", encoding="utf-8")
    Path("f/c.jsonl").write_text('{"text": "NATO is united."}\n', encoding="utf-8")
    status, _, err = run(capsys, "score", "f", "-o", "o.csv", "--workers", "2")
    assert (status, err) == (2, (
        "stance score: 'f' is a folder (of a.csv, b.tsv, c.jsonl); --workers reads a quoted glob of its files, one "
        "type at a time, each scored into its own output: stance score 'f/*.csv' -o o-csv.csv --workers 2; stance "
        "score 'f/*.tsv' -o o-tsv.csv --workers 2; together they leave out c.jsonl (a glob read with Dask reads "
        ".csv, .tsv and .parquet files only); or leave --workers out to score every file of the folder on this "
        "machine, as stance.score reads it\n")), err


def test_binary_data_is_refused_as_such_not_told_another_encoding(capsys, tmp_path, monkeypatch):
    # A journalist's audit: an executable or an image saved as .txt was told it "mixes encodings" or
    # to "pass --encoding cp1252", and read with that encoding scored '\x7fELF\x02\x01…' as statements,
    # exit 0; a .csv of them was told the same. It is refused as binary data, whatever --encoding says.
    import random

    elf = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(range(1, 40)) * 4
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    noise = random.Random(0).randbytes(3000)
    # By hand, the first byte no text holds: 0x01 to 0x07, 0x10 to 0x19.
    first = next(i for i, byte in enumerate(noise) if 1 <= byte <= 7 or 16 <= byte <= 25)
    told = f"0x{noise[first]:02x}, a control byte no text holds)"
    # Text past the first 512 bytes, then binary: the 4 KB looked at hold it (a review: 512 did not, for tables).
    text = b"".join(b"We stand with our allies, line %d.\n" % i for i in range(25))
    late = text + noise
    for name, data, kind in (("prog.txt", elf, "an executable (ELF) (its first bytes are b'\\x7fELF')"),
                             ("img.txt", png, "a PNG image (its first bytes are b'\\x89PNG\\r\\n\\x1a\\n')"),
                             ("noise.txt", noise, f"binary data (its byte {first + 1} is {told}"),
                             ("late.txt", late, f"binary data (its byte {len(text) + first + 1} is {told}")):
        (tmp_path / name).write_bytes(data)
        said = (f"stance document: '{tmp_path / name}' is {kind}, not text; stance document reads a document's plain "
                f"text (.txt)\n")
        for encoding in ([], ["--encoding", "latin-1"]):
            status, out, err = run(capsys, "document", str(tmp_path / name), *encoding)
            assert (status, out, err) == (2, "", said), (name, encoding, err)
        table = tmp_path / name.replace(".txt", ".csv")
        table.write_bytes(data)
        status, _, err = run(capsys, "score", str(table), "-o", str(tmp_path / "out.csv"), "--encoding", "latin-1")
        assert status == 2, err
        assert err == f"stance score: cannot read '{table}': it is {kind}, not a table of text, though named .csv\n"
        assert not (tmp_path / "out.csv").exists()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(png), encoding="utf-8"))
    status, _, err = run(capsys, "document", "-")
    assert status == 2 and "standard input is a PNG image (its first bytes are" in err, err
    # Text that holds a stray run of NULs is text, read as before; so is Word's text export, whose non-breaking
    # and optional hyphens are 0x1E and 0x1F (a review), and ISO-2022-KR, which shifts with 0x0E and 0x0F.
    for data, encoding in ((b"We stand with Ukraine.\x00\x00\x00Allies agree.\n", []),
                           (b"We stand with our NATO\x1eallies for the long\x1fterm. Allies agree.\n", []),
                           ("우리는 우크라이나를 지지한다. Allies agree.\n".encode("iso2022_kr"),
                            ["--encoding", "iso2022_kr"]),
                           # three stray control bytes are fewer than binary data's four (a review)
                           (b"We\x01 stand\x02 with\x03 our allies. Allies agree.\n", [])):
        (tmp_path / "text.txt").write_bytes(data)
        status, out, err = run(capsys, "document", str(tmp_path / "text.txt"), *encoding)
        assert status == 0 and "Allies agree." in out, err
    # UTF-16 without a byte-order mark is told so, as before, not called binary: Cyrillic holds 0x04 bytes.
    (tmp_path / "ru.txt").write_bytes("Мы вместе с Украиной. Альянс един.\n".encode("utf-16-le"))
    status, _, err = run(capsys, "document", str(tmp_path / "ru.txt"))
    assert status == 2 and "looks like UTF-16 little-endian" in err and "not text:" not in err, err


def test_explain_names_the_answer_of_a_model_without_an_off_topic_label_to_blank_text(capsys, tmp_path):
    # Such a model gives blank text the label "" (README, "Empty text"): `stance explain ""` printed
    # "labels:  (probability 0.00, confidence 0.00)", an empty name and the probability of no label.
    frame = pd.DataFrame({"text": [f"wind turbine number {i} now" for i in range(6)]
                          + [f"gas boiler number {i} now" for i in range(6)],
                          "labels": ["wind"] * 6 + ["gas"] * 6})
    stance.train(frame, threshold_folds=0, none_label=None).save(tmp_path / "m")
    status, out, _ = run(capsys, "explain", "--model", str(tmp_path / "m"), "")
    assert status == 0
    assert out.splitlines()[1] == ("labels: - (given no label: the model has no off-topic label for text of no words, "
                                   "and invents none of its targets); stance: -"), out
    status, out, _ = run(capsys, "explain", "--model", str(tmp_path / "m"), "wind turbine number 3 now")
    assert status == 0 and out.splitlines()[1].startswith("labels: wind (probability "), out
    status, out, _ = run(capsys, "explain", "")  # the bundled model answers it `none`, as before
    assert status == 0 and out.splitlines()[1] == "labels: none (probability 1.00, confidence 1.00); stance: -", out


@pytest.mark.parametrize(("level", "named"), [("0.975", "97.5%"), ("0.999", "99.9%"), ("0.9", "90%")])
def test_evaluate_names_the_level_of_its_intervals_with_the_digits_it_has(capsys, tmp_path, level, named):
    # The stats audit: --intervals 0.975 headed its table "98% bootstrap intervals" and --intervals 0.999
    # "100%", a coverage no interval has, above ends that were the 97.5% (99.9%) ones; so did the heading
    # of --compare-with's paired intervals.
    frame = pd.DataFrame({"text": ["We support Ukraine fully.", "NATO must stay united.", "The weather is nice.",
                                   "We must arm Ukraine now.", "Our alliance stands as one."],
                          "labels": ["ukraine_support", "unity", "none", "deterrence", "unity"]})
    data = tmp_path / "ev.csv"
    frame.to_csv(data, index=False)
    status, out, _ = run(capsys, "evaluate", str(data), "--intervals", level)
    assert status == 0
    table = out.split(f"\n{named} bootstrap intervals (1,000 resamples of the statements):\n")[1].splitlines()
    row = next(line for line in table if line.startswith("macro_f1 ")).split()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ends = stance.evaluate(None, frame).intervals(level=float(level)).loc["macro_f1"]
    assert row[2:] == [f"{ends.low:.3f}", f"{ends.high:.3f}"]
    status, out, _ = run(capsys, "evaluate", str(data), "--compare-with", "bundled", "--intervals", level)
    assert status == 0 and f"with its {named} paired bootstrap interval" in out


@pytest.mark.parametrize("command", ["classify", "info"])
@pytest.mark.parametrize(("section", "name", "value", "allowed"), [
    ("options", "stem", "klingon", "(true, false or a language's name, one of arabic, danish,"),
    ("analyzer", "negation_words", "klingon", "must be null (the default's words) or a list of different lower-case"),
    ("analyzer", "links", "yes", "must be true or false"),
])
def test_a_damaged_metadata_json_is_refused_in_the_files_words(capsys, energy_model, tmp_path, command, section,
                                                                name, value, allowed):
    # An audit: `stance classify --model DIR "x"` of a metadata.json whose options read "stem": "klingon"
    # (re-signed) was told "the analyzer's 'stem' is True, but the model was trained with stem='klingon'":
    # Python's words, which read as a flag of the command, the analyzer blamed for the options' value, and
    # no word of what the value may be or that the folder, not the command, is at fault.
    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata[section][name] = value
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=1))
    _checksum_of_metadata_rewritten(folder)
    argv = ("classify", "--model", str(folder), "Gas prices are high.") if command == "classify" else (
        "info", "--model", str(folder))
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == ""
    assert err.startswith(f"stance {command}: {str(folder / 'metadata.json')!r}: \"{name}\": \"{value}\" in its "
                          f"\"{section}\""), err
    assert allowed in err and "the model's folder is damaged" in err and "restore it from the copy" in err, err
    assert f"{name}='{value}'" not in err and "Traceback" not in err


def test_a_damaged_metadata_json_names_a_word_of_another_script_as_the_file_holds_it(capsys, energy_model, tmp_path):
    # A review of 02a7943c: the refusal wrote the entry in JSON's ASCII escapes, which the file does
    # not hold (a model is saved with its words as they are): '"negation_words": ["\u043d\u0435"] in
    # its "analyzer"' for ["не"], where before 02a7943c it said ['не']; a bidirectional control
    # stays escaped, as before, so that it cannot turn the line around on a terminal.
    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["analyzer"]["negation_words"] = ["не", "nie\u202e"]
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=1, ensure_ascii=False), encoding="utf-8")
    _checksum_of_metadata_rewritten(folder)
    entry = '"negation_words": ["не", "nie\\u202e"] in its "analyzer"'
    with pytest.raises(stance.exceptions.ModelFormatError) as caught:
        stance.load(folder)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 2 and out == ""
    for said in (str(caught.value), err):
        assert entry in said and "\\u043d" not in said and "\u202e" not in said, said


def test_info_never_rounds_a_metric_short_of_one_to_one(capsys, energy_model, tmp_path):
    # An audit: `stance info` printed its metrics with {:.3f}, so a held-out top-1 of 0.9996 read
    # "1.000", a model never wrong, and a confidence_error of 0.0003 "0.000", where the library
    # says ">0.999" and "<0.001" (probability_shown, the evaluation report's figure_shown).
    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["metrics"] = {"heldout_top1_in_gold": 0.9996, "heldout_confidence_error": 0.0003,
                           "heldout_macro_f1": 0.5, "heldout_none_f1": 1.0}
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=1))
    _checksum_of_metadata_rewritten(folder)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 0, err
    shown = dict(line.split(":", 1) for line in out.splitlines() if line.startswith("heldout_"))
    assert {name: value.strip() for name, value in shown.items()} == {
        "heldout_top1_in_gold": ">0.999", "heldout_confidence_error": "<0.001", "heldout_macro_f1": "0.500",
        "heldout_none_f1": "1.000"}, out
    status, out, _ = run(capsys, "info", "--model", str(folder), "--json")
    assert json.loads(out)["metrics"]["heldout_top1_in_gold"] == 0.9996  # --json keeps the number


@pytest.mark.parametrize("command", ["classify", "info"])
@pytest.mark.parametrize(("edit", "said"), [
    (lambda m: m.update(labels=3), '"labels": 3 is no list of labels: a list of different strings, none empty;'),
    (lambda m: m["labels"].__setitem__(1, 7), '"labels": ["gas", 7, "nuclear", "renewables"] is no list of labels'),
    (lambda m: m["labels"].__setitem__(0, ""), '"labels" holds "", an empty name, which no label or stance value'),
    (lambda m: m["labels"].__setitem__(1, "gas"), '"labels" names "gas" twice, where a model has each of its labels '
                                                  "once;"),
    (lambda m: m.update(stance_classes="favor"), '"stance_classes": "favor" is no list of stance values: a list of '
                                                 "different strings, none empty (or [], a model without a stance "
                                                 "head);"),
    (lambda m: m.update(none_label=3), '"none_label": 3 is no off-topic label (null, for a model without one, or a '
                                       'label\'s name, one of its "labels" ["gas", "none", "nuclear", "renewables"]);'),
    (lambda m: m.update(none_label="nonexistent"), '"none_label": "nonexistent" is none of its "labels" ["gas", '
                                                   '"none", "nuclear", "renewables"] nor the "none_label" in its '
                                                   '"options"'),
    (lambda m: m.update(stance_only_features="NOT_"), '"stance_only_features": "NOT_" is no list of the prefixes of '
                                                      'the features only the stance head reads, which the analyzer and '
                                                      'options it records give ["NOT_", "START_"] ("NOT_" with '
                                                      '"negation" in its "options", "START_" with "opening" in its '
                                                      '"analyzer");'),
    (lambda m: m.update(stance_only_features=["START_"]), '"stance_only_features": ["START_"], but the analyzer and '
                                                          'options it records give ["NOT_", "START_"]'),
    (lambda m: m.update(format_version="x"), '"format_version": "x" is no model format (a whole number from 1; this '
                                             "stance reads 1 to "),
    (lambda m: m.update(format_version=2), 'a model with a confidence calibration is format 4 or newer, not 2, the '
                                           '"format_version" it records;'),
])
def test_a_damaged_metadata_json_s_names_and_format_are_refused_in_the_files_words(capsys, energy_model, tmp_path,
                                                                                 command, edit, said):
    # An audit: after 02a7943c a damaged metadata.json's labels, none_label, stance_only_features and
    # format were still refused in Python's words ("'labels' must be a list of strings, got ['gas', 7,
    # …]", "'stance_only_features' must be a list of strings", "format_version must be a whole number
    # from 1, got 'x'"), naming no value allowed (the stance-only features) and no way out; now as the
    # file writes them, in JSON, what they may hold and what to do, at the command line and in the library.
    from stance.persistence import READING_COVERED_SINCE, _digest_of, _reading_recorded

    folder = energy_model.save(tmp_path / "m")
    assert energy_model.labels == ("gas", "none", "nuclear", "renewables")  # the words above name them
    metadata = json.loads((folder / "metadata.json").read_text())
    edit(metadata)
    if isinstance(metadata["format_version"], int) and metadata["format_version"] >= READING_COVERED_SINCE:
        # re-signed as a writer of the format would: the digest covers the names since format 9
        contents = {p.name: p.read_bytes() for p in folder.iterdir()
                    if p.name.endswith(".npy") or p.name == "vocabulary.json"}
        metadata["parameters_sha256"] = _digest_of(contents, _reading_recorded(metadata))
    (folder / "metadata.json").write_text(json.dumps(metadata))
    _checksum_of_metadata_rewritten(folder)
    _refused_in_the_files_words(capsys, folder, command, said)


@pytest.mark.parametrize("command", ["classify", "info"])
@pytest.mark.parametrize(("edit", "said"), [
    (lambda text: _metadata_updated(text, n_features="x"), '"n_features": "x" is no number of features (a whole '
                                                           "number from 1, as many as the vocabulary holds);"),
    (lambda text: _metadata_updated(text, n_features=-1), '"n_features": -1 is no number of features'),
    (lambda text: _metadata_updated(text, length_floor=-3), '"length_floor": -3 is no length floor (a number above 0, '
                                                            "finite: the least length the label heads divide a "
                                                            "text's vector by);"),
    (lambda text: _metadata_updated(text, length_floor="x"), '"length_floor": "x" is no length floor'),
    (lambda text: _metadata_updated(text, analyzer=3), '"analyzer": 3 is no object ({...}, as a save writes it);'),
    (lambda text: _metadata_updated(text, metrics=[]), '"metrics": [] is no object ({...}, as a save writes it);'),
    (lambda text: _metadata_updated(text, analyzer=None, drop="analyzer"), 'no "analyzer" (an object, {...}, as a '
                                                                           "save writes it);"),
    (lambda text: _metadata_updated(text, format_version=None, drop="format_version"),
     'no "format_version", the model format (a whole number from 1; this stance reads 1 to '),
])
def test_a_damaged_metadata_json_s_counts_and_objects_are_refused_in_the_files_words(capsys, energy_model, tmp_path,
                                                                                    command, edit, said):
    # A review of 4948c9e4: its "n_features", "length_floor" and the objects ("analyzer", "metrics", …)
    # were left in Python's words ("'n_features' must be a positive int, got 'x'; the file is damaged",
    # "'analyzer' must be an object, got a number"), with no way out, and a missing "format_version"
    # was said to be '"format_version": null', which the file does not write.
    folder = energy_model.save(tmp_path / "m")
    (folder / "metadata.json").write_text(edit((folder / "metadata.json").read_text()))
    _checksum_of_metadata_rewritten(folder)
    _refused_in_the_files_words(capsys, folder, command, said)


def test_a_key_named_twice_in_metadata_json_is_named_as_the_file_writes_it(capsys, energy_model, tmp_path):
    # A review of 4948c9e4: a key given twice was named in Python's quotes ("names 'labels' twice").
    folder = energy_model.save(tmp_path / "m")
    text = (folder / "metadata.json").read_text()
    (folder / "metadata.json").write_text(text.replace('"labels":', '"labels": ["a"], "labels":', 1))
    _checksum_of_metadata_rewritten(folder)
    status, out, err = run(capsys, "info", "--model", str(folder))
    assert status == 2 and out == ""
    assert f"{str(folder / 'metadata.json')!r} names \"labels\" twice; the file is damaged; restore it" in err, err
    with pytest.raises(stance.ModelIntegrityError, match=re.escape('names "labels" twice')):
        stance.load(folder)


def _metadata_updated(text: str, drop: str | None = None, **entries) -> str:
    """metadata.json's ``text`` with ``entries`` set and the entry ``drop`` taken out."""
    metadata = json.loads(text)
    metadata.update(entries)
    metadata.pop(drop, None)
    return json.dumps(metadata)

"""Checking labelled data (stance.data): columns, label cells, stances and rows; the errors that say what to change."""

import ast
import csv
import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest

import stance
from stance import InvalidInputError
from stance.cli import main


@pytest.mark.parametrize("separator", [";", ","])
def test_rows_empty_in_every_column_are_named_as_such(tmp_path, energy_frame, separator):
    # What Excel saves below the data when cells there were once used: a row of separators only.
    path = tmp_path / "coded.csv"
    energy_frame.to_csv(path, sep=separator, index=False)
    with open(path, "a") as handle:
        handle.write(separator * 3 + "\n" + separator * 3 + "\n")
    last = len(energy_frame)
    # Before: "rows 64, 65 have no text (missing, blank or not a str)", as if only the text were missing.
    for call in (lambda: stance.train(path), lambda: stance.cross_validate(path, folds=2),
                 lambda: stance.find_label_issues(path, folds=2)):
        with pytest.raises(InvalidInputError, match=f"rows {last}, {last + 1} are empty in every column.*delete "
                                                     f"those rows"):
            call()
    # A row that holds something is no empty row: its missing text is named as before.
    with open(path, "a") as handle:
        handle.write(f"{separator}renewables{separator}favor{separator}\n")
    with pytest.raises(InvalidInputError, match=f"rows {last}, {last + 1} are empty.*; row {last + 2} has no text"):
        stance.train(path)


def test_a_bad_option_is_named_before_empty_rows(energy_frame):
    # Before: the empty row was named, where a bad option always was named before the data.
    frame = pd.concat([energy_frame, pd.DataFrame({column: [None] for column in energy_frame.columns})],
                      ignore_index=True)
    with pytest.raises(InvalidInputError, match="C must be a positive number"):
        stance.train(frame, C=-1)
    with pytest.raises(InvalidInputError, match="C must be a positive number"):
        stance.cross_validate(frame, folds=2, C=-1)


@pytest.mark.parametrize("c", [10**400, 10**6000], ids=["400 digits", "6000 digits"])
def test_a_c_no_float_can_hold_is_refused_by_name(energy_frame, c):
    # C=10**400 passed the check (it is > 0 and not inf) and stopped the fit with Python's
    # "OverflowError: int too large to convert to float"; 10**6000 cannot even be printed.
    with pytest.raises(InvalidInputError, match=r"^C must be a positive number a float can hold, got an int of "
                                                r"about \d+ digits"):
        stance.train(energy_frame, C=c)
    with pytest.raises(InvalidInputError, match=r"^stance_C must be a positive number a float can hold"):
        stance.train(energy_frame, stance_column="stance", stance_C=c)


def test_empty_rows_are_worded_on_the_command_line_as_other_rows_are(tmp_path, energy_frame, capsys):
    path = tmp_path / "coded.csv"
    energy_frame.to_csv(path, sep=";", index=False)
    with open(path, "a") as handle:
        handle.write(";;;\n")
    last = len(energy_frame)
    assert main(["train", str(path), "-o", str(tmp_path / "model")]) != 0
    # Before: "stance train: data: row 64 is empty…", an argument no terminal user typed.
    assert capsys.readouterr().err.startswith(f"stance train: row {last} is empty in every column")


@pytest.mark.parametrize(("options", "error"), [
    ({"text_column": 0}, "text_column=0: no such column"),  # was TypeError: 'int' object is not iterable
    ({"stance_column": 1.5}, "stance_column=1.5: no such column"),
    ({"text_column": None}, "text_column must name a column of the data, got None"),  # was KeyError: None
    ({"labels_column": ["labels"]}, "labels_column must name one column .*got a list"),  # was unhashable type
])
def test_a_column_argument_that_is_no_name_is_named(energy_frame, options, error):
    with pytest.raises((InvalidInputError, stance.InvalidTypeError), match=error):
        stance.train(energy_frame, **options)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet", ".jsonl", "/", "*.csv"])
def test_a_list_of_columns_given_with_a_file_is_refused_as_with_a_frame(tmp_path, suffix):
    # A researcher's one-hot labels: labels_column=['A', 'B'] with a CSV file raised "TypeError:
    # unhashable type: 'list'" from the reader, where the same frame is told the line that joins them.
    frame = pd.DataFrame({"text": ["We act.", "We wait.", "We go."], "A": [1, 0, 1], "B": [0, 1, 1]})
    path = tmp_path / ("oh.csv" if suffix in ("/", "*.csv") else f"oh{suffix}")
    {".tsv": lambda: frame.to_csv(path, sep="\t", index=False), ".parquet": lambda: frame.to_parquet(path),
     ".jsonl": lambda: frame.to_json(path, orient="records", lines=True)}.get(
        suffix, lambda: frame.to_csv(path, index=False))()
    data = {"/": str(tmp_path), "*.csv": str(tmp_path / "*.csv")}.get(suffix, path)
    hint = ". Columns 'A', 'B' hold only 0 and 1, a column per label: stance reads one labels column, made of them by "
    calls = [lambda d, **k: stance.train(d, **k), lambda d, **k: stance.read_labelled(d, **k),
             lambda d, **k: stance.cross_validate(d, **k), lambda d, **k: stance.find_label_issues(d, **k)]
    for call in calls:
        for given in (["A", "B"], ("A", "B")):
            with pytest.raises((stance.InvalidTypeError, InvalidInputError)) as from_frame:
                call(frame, labels_column=given)
            with pytest.raises(type(from_frame.value)) as from_file:
                call(data, labels_column=given)
            assert str(from_file.value) == str(from_frame.value)
            assert hint in str(from_file.value)
        for argument in ({"labels_column": pd.Index(["A", "B"])}, {"text_column": ["text"], "labels_column": "A"}):
            with pytest.raises(stance.InvalidTypeError) as from_frame:
                call(frame, **argument)
            with pytest.raises(stance.InvalidTypeError, match=re.escape(str(from_frame.value))):
                call(data, **argument)
    # evaluate's by= names one column (a list is refused on a frame too): alike on a file.
    held = pd.concat([frame, frame]).assign(labels=["a", "b", "a", "b", "a", "b"])
    held.to_csv(tmp_path / "held.tsv", sep="\t", index=False)
    with warnings.catch_warnings():  # its copied texts and lack of "none" are warned of: not what is tested
        warnings.simplefilter("ignore")
        model = stance.train(held, threshold_folds=0)
    for argument in ({"by": ["labels"]}, {"labels_column": ["A", "B"]}):
        with pytest.raises(stance.InvalidTypeError) as from_frame:
            stance.evaluate(model, held, **argument)
        with pytest.raises(stance.InvalidTypeError, match=re.escape(str(from_frame.value))):
            stance.evaluate(model, tmp_path / "held.tsv", **argument)


def test_a_header_name_with_spaces_or_in_another_case_is_suggested(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text("Text, Labels \nWe must stop.,x\n")
    with pytest.raises(InvalidInputError, match="Did you mean ' Labels '"):
        stance.train(path, text_column="Text")


def test_a_header_whose_accents_are_encoded_otherwise_is_named_as_such(tmp_path):
    # A header exported decomposed (macOS: "u" and a combining diaeresis) looks the same as
    # the name typed composed; the refusal listed it among the columns present, identical to
    # the eye, with no hint.
    path = tmp_path / "export.csv"
    path.write_text("text,Gru\u0308n\nWe must stop.,x\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"^labels_column='Grün': no such column; .*\. The column "
                                                r"'Gru\u0308n' is written with its accents encoded otherwise "
                                                r"\(Unicode NFD, not NFC\)"):
        stance.train(path, labels_column="Gr\u00fcn")


def test_a_header_after_a_utf8_byte_order_mark_kept_by_the_reader_is_named_as_such(tmp_path):
    # A newcomer's audit: Excel's "CSV UTF-8" begins with a byte-order mark. Read with pd.read_csv in cp1252 (the
    # README's advice for an older Excel export) its first column is 'ï»¿text', and the refusal offered
    # text_column='ï»¿text', which scores "Estonia’s" as "Estoniaâ€™s"; read with the csv module in "utf-8" it is
    # '\ufefftext', and "Did you mean '\ufefftext'?" named the mark, not what to do about it.
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufefftext,labels\nEstonia’s freedom is our freedom.,unity\n".encode("utf-8"))
    in_cp1252 = pd.read_csv(path, encoding="cp1252")
    assert in_cp1252.iloc[0, 0] == "Estoniaâ€™s freedom is our freedom."  # the garbling the message names
    with pytest.raises(InvalidInputError, match=re.escape(
            "text_column='text': no such column; columns present: ['ï»¿text', 'labels']. The column 'ï»¿text' is "
            "'text' after a UTF-8 byte-order mark read in cp1252 or latin-1 as 'ï»¿': the file is UTF-8, and its text "
            "beyond ASCII is garbled so ('’' as 'â€™'): read it with encoding='utf-8', or pass stance the file's "
            "path") + "$"):
        stance.score(in_cp1252)
    with open(path, encoding="utf-8", newline="") as file:
        kept = pd.DataFrame(list(csv.DictReader(file)))
    with pytest.raises(InvalidInputError, match=re.escape(
            "columns present: ['\\ufefftext', 'labels']. The column '\\ufefftext' is 'text' after a UTF-8 byte-order "
            "mark, which the file's reader kept: read the file with encoding='utf-8-sig', which drops it") + ".*$"):
        stance.train(kept)
    # the advice followed reads the text whole
    scored = stance.score(pd.read_csv(path, encoding="utf-8"), prefix="pred_")
    assert scored["text"].tolist() == ["Estonia’s freedom is our freedom."]


def test_a_header_after_a_byte_order_mark_is_named_in_any_case_encoding_and_hint(tmp_path):
    # A review of f44d0f08: the mark was told only before the very name asked for, read in cp1252 or latin-1;
    # 'ï»¿Text', 'ď»żtext' (cp1250) and a marked 'speech' under the default text_column were still offered as
    # text_column='ï»¿Text', 'ď»żtext', '\ufeffspeech', names that keep the mark and garble "’".
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffText,labels\nEstonia’s freedom is our freedom.,unity\n".encode("utf-8"))
    with pytest.raises(InvalidInputError, match=re.escape(
            "The column 'ï»¿Text' is 'Text' after a UTF-8 byte-order mark read in cp1252 or latin-1 as 'ï»¿'")
            + ".*" + re.escape("or pass stance the file's path, with text_column='Text'") + "$"):
        stance.score(pd.read_csv(path, encoding="cp1252"))
    in_cp1250 = pd.read_csv(path, encoding="cp1250")
    assert list(in_cp1250.columns) == ["ď»żText", "labels"] and in_cp1250.iloc[0, 0].startswith("Estoniaâ€™s")
    with pytest.raises(InvalidInputError, match=re.escape(
            "The column 'ď»żText' is 'Text' after a UTF-8 byte-order mark read in cp1250 as 'ď»ż': the file is UTF-8, "
            "and its text beyond ASCII is garbled so ('’' as 'â€™')")):
        stance.train(in_cp1250, text_column="Text")
    path.write_bytes("\ufeffspeech,labels\nEstonia’s freedom is our freedom.,unity\n".encode("utf-8"))
    with open(path, encoding="utf-8", newline="") as file:
        kept = pd.DataFrame(list(csv.DictReader(file)))
    with pytest.raises(InvalidInputError, match=re.escape(
            "The column '\\ufeffspeech' is 'speech' after a UTF-8 byte-order mark, which the file's reader kept")
            + ".*" + re.escape("with text_column='speech'") + "$") as refused:
        stance.score(kept)
    assert "text_column='\\ufeffspeech'" not in str(refused.value)
    # the advice followed reads the text whole
    scored = stance.score(pd.read_csv(path, encoding="utf-8"), text_column="speech", prefix="pred_")
    assert scored["speech"].tolist() == ["Estonia’s freedom is our freedom."]


def test_a_missing_text_column_names_the_column_that_holds_sentences(tmp_path, capsys):
    # A user audit (political scientist): a Hansard export's statements are under "speech",
    # and the default text_column='text' was refused listing the columns, "speech" among
    # ids and parties, with no word of which was the one to pass.
    frame = pd.DataFrame({"id": ["s1", "s2", "s3"], "party": ["Labour", "Reform", "SNP"],
                          "speech": ["We must stand with Ukraine for as long as it takes.",
                                     "Will the Minister give way?", "Order, order."],
                          "labels": ["ukraine_support", "none", "none"]})
    hint = ("Column 'speech' holds sentences (5 words at the median): is it the column of statements? "
            "(text_column='speech')")
    expected = (f"text_column='text': no such column; columns present: ['id', 'party', 'speech', 'labels']. "
                f"{hint}")
    for call in (lambda: stance.score(frame), lambda: stance.train(frame),
                 lambda: stance.evaluate(None, frame, stance_column=None)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value) == expected
    path = tmp_path / "hansard.csv"
    frame.to_csv(path, index=False)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert capsys.readouterr().err.strip().endswith("is it the column of statements? (--text-column speech)")
    # Of short cells only (ids, parties), and for another column than the texts, nothing is guessed.
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame[["id", "party"]])
    assert str(raised.value) == "text_column='text': no such column; columns present: ['id', 'party']"
    with pytest.raises(InvalidInputError) as raised:
        stance.train(frame, text_column="speech", labels_column="topic")
    assert str(raised.value).endswith("columns present: ['id', 'party', 'speech', 'labels']")
    # A Japanese export's "body": its sentences, written without spaces, were one or two words
    # each, so the missing column named none, where an Arabic "body" was named.
    japanese = pd.DataFrame({"speaker": ["x", "y"], "body": ["NATOの結束こそが我が国の安全の土台です。",
                                                             "私たちは集団防衛の約束を強く支持します。"]})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(japanese)
    assert str(raised.value) == ("text_column='text': no such column; columns present: ['speaker', 'body']. Column "
                                 "'body' holds sentences (10 words at the median): is it the column of statements? "
                                 "(text_column='body')")


def test_a_one_hot_labels_layout_is_told_how_to_make_one_labels_column(tmp_path, capsys, energy_frame):
    # An audit by a political scientist: labels as a 0/1 column each were refused as
    # "labels_column='labels': no such column" (or, given as a list, "must name one column"),
    # without a word of what to do.
    frame = energy_frame[energy_frame.labels.isin(["renewables", "gas", "none"])].reset_index(drop=True)
    wide = frame[["text", "stance"]].assign(renewables=frame.labels.eq("renewables").astype(int),
                                            gas=frame.labels.eq("gas"))  # ints and bools both read
    wide["none"] = (~frame.labels.isin(["renewables", "gas"])).astype(str).replace({"True": "1", "False": "0"})
    line = ("data['labels'] = data[['renewables', 'gas', 'none']].astype(str).isin(['1', '1.0', 'True', 'true', "
            "'TRUE']).apply(lambda row: \"|\".join(map(str, row.index[row])), axis=1)")
    hint = (f"Columns 'renewables', 'gas', 'none' hold only 0 and 1, a column per label: stance reads one labels "
            f"column, made of them by {line} (the first column's label first); a row of none of them is then "
            f"\"\", and needs the off-topic label (\"none\" unless another is given): add .replace(\"\", \"none\")")
    with pytest.raises(InvalidInputError) as raised:
        stance.train(wide, stance_column="stance")
    assert str(raised.value) == ("labels_column='labels': no such column; columns present: ['text', 'stance', "
                                 f"'renewables', 'gas', 'none']. {hint}")
    with pytest.raises(stance.InvalidTypeError) as raised:
        stance.train(wide, stance_column="stance", labels_column=["renewables", "gas", "none"])
    assert str(raised.value) == ("labels_column must name one column (a str), got a list: ['renewables', 'gas', "
                                 f"'none']. {hint}")
    # The line works: the labels it makes are the ones the columns were made of.
    data = wide.copy()
    exec(line)
    assert data["labels"].tolist() == frame.labels.tolist()
    assert set(stance.train(data, stance_column="stance").labels) == {"gas", "none", "renewables"}
    wide.to_csv(tmp_path / "wide.csv", index=False)
    assert main(["train", str(tmp_path / "wide.csv"), "-o", str(tmp_path / "m")]) == 2
    assert "Columns 'renewables', 'gas', 'none' hold only 0 and 1" in capsys.readouterr().err
    # As Excel and R's write.csv write bools, "TRUE" and "FALSE", read as text: the same hint,
    # and the line makes the same labels of them.
    upper = wide.assign(gas=wide.gas.map({True: "TRUE", False: "FALSE"}))
    upper.to_csv(tmp_path / "upper.csv", index=False)
    assert main(["train", str(tmp_path / "upper.csv"), "-o", str(tmp_path / "m")]) == 2
    assert "Columns 'renewables', 'gas', 'none' hold only 0 and 1" in capsys.readouterr().err
    data = pd.read_csv(tmp_path / "upper.csv", dtype=str, keep_default_na=False)
    exec(line)
    assert data["labels"].tolist() == frame.labels.tolist()
    # Not of one such column, nor of another argument's column.
    with pytest.raises(InvalidInputError) as raised:
        stance.train(wide.drop(columns=["gas", "none"]), stance_column="stance")
    assert "hold only 0 and 1" not in str(raised.value)
    with pytest.raises(InvalidInputError) as raised:
        stance.score(wide, text_column="speech")
    assert "hold only 0 and 1" not in str(raised.value)


def test_the_one_hot_hint_leaves_out_a_misspelt_labels_column_and_the_stance_column():
    # A review of 45a5811: the hint took any 0/1 columns (metadata, the stance column) for labels,
    # and came after "Did you mean 'label'?" (with a "?."), where a typo is the likelier cause.
    meta = pd.DataFrame({"text": ["a", "b", "c", "d"], "label": ["unity", "deterrence", "spending", "none"],
                         "retweet": [1, 0, 0, 1], "verified": [0, 0, 1, 1]})
    with pytest.raises(InvalidInputError) as raised:
        stance.train(meta)
    assert str(raised.value) == ("labels_column='labels': no such column; columns present: ['text', 'label', "
                                 "'retweet', 'verified']. Did you mean 'label'?")
    wide = pd.DataFrame({"text": ["a", "b", "c", "d"], "arms": [1, 0, 1, 0], "aid": [0, 1, 1, 0],
                         "stance": [1, 0, 1, 0]})
    for given in ({}, {"stance_column": "stance"}):
        with pytest.raises(InvalidInputError, match=r"Columns 'arms', 'aid' hold only 0 and 1") as raised:
            stance.train(wide, **given)
        assert "'stance']" in str(raised.value) and "data[['arms', 'aid']]" in str(raised.value)
    # A stance column given by another name is that one left out; a "stance" column is then a label's.
    with pytest.raises(InvalidInputError, match=r"data\[\['arms', 'stance'\]\]"):
        stance.train(wide.rename(columns={"aid": "position"}), stance_column="position")
    # The text column of 0/1 (a frame of codes) is no label either.
    with pytest.raises(InvalidInputError) as raised:
        stance.train(wide.assign(text=[1, 0, 0, 1]))
    assert "Columns 'arms', 'aid' hold" in str(raised.value)


def test_a_header_read_whole_with_the_wrong_separator_is_named_as_such(tmp_path):
    # A user audit (political scientist): Excel's "CSV" of a decimal-comma locale read with
    # pd.read_csv's default sep="," is one column, "id;party;text", and the refusal of
    # text_column='text' took it for the column of statements (its cells are lines of them):
    # "is it the column of statements? (text_column='id;party;text')".
    path = tmp_path / "excel.csv"
    frame = pd.DataFrame({"id": [1, 2, 3], "party": ["Labour", "SNP", "Reform"],
                          "text": ["We must stand with Ukraine for as long as it takes.",
                                   "Defence spending must rise to three per cent of GDP.",
                                   "The Alliance is divided and weak and everyone knows it."]})
    frame.to_csv(path, sep=";", index=False, encoding="utf-8-sig")
    whole = pd.read_csv(path)
    assert whole.columns.tolist() == ["id;party;text"]  # what the user got
    with pytest.raises(InvalidInputError) as raised:
        stance.score(whole)
    assert str(raised.value) == (
        "text_column='text': no such column; columns present: ['id;party;text']. Column 'id;party;text' is a header "
        "of 3 names read as one: the file is separated by ';'; read it with pd.read_csv(path, sep=';'), or pass "
        "stance the file's path, which reads it so")
    # as it says: both give the statements' labels
    assert stance.score(pd.read_csv(path, sep=";")).label.tolist() == stance.score(path).label.tolist()
    tabbed = pd.DataFrame({"id\tspeech": ["1\tWe must stand with Ukraine for as long as it takes."]})
    with pytest.raises(InvalidInputError, match=r"separated by '\\t'; read it with pd\.read_csv\(path, sep='\\t'\)"):
        stance.score(tabbed, text_column="speech")


def test_a_tab_separated_csv_file_is_told_of_sep_tab_on_the_command_line(tmp_path, capsys):
    # A review: a tab-separated file named .csv was told "save it as CSV (…), or name it .tsv" by
    # every command, not --sep tab, which reads it; and one whose rows split unlike its header
    # was told pandas' advice ("read it with pd.read_csv(path, sep='\t') and pass stance the
    # frame"), which no command can follow, as _READ_AS_A_FRAME read no escaped separator.
    path, out = tmp_path / "export.csv", tmp_path / "out.csv"
    path.write_text("text\tnote\nWe must stand with Ukraine.\tx\nOrder, order.\ty\n")
    assert main(["score", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (f"stance score: {str(path)!r}: its header 'text\\tnote' separates names with tabs, but a .csv "
                   "file is read with commas (or semicolons); save it as CSV (in Excel: CSV UTF-8), name it .tsv, "
                   "or give --sep tab"), err
    assert main(["score", str(path), "-o", str(out), "--sep", "tab"]) == 0  # as it says
    assert pd.read_csv(out, sep="\t").note.tolist() == ["x", "y"]
    path.write_text("text\tnote\nWe must stand with Ukraine.\tx\nOrder\torder.\ty\n")  # a row of 3 cells
    assert main(["score", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("the file is separated by '\\t'; give --sep tab (or name it .tsv)"), err
    with pytest.raises(InvalidInputError, match=r"sep='\\t'\) and pass stance the frame$"):
        stance.score(path)  # the library's advice, for Python, as before


@pytest.mark.parametrize(("body", "separator", "read_right", "typed"), [
    # Excel's semicolon "CSV" with each row ended by ';' (its header not), which stance reads with ','
    ("id;party;text\n1;SNP;We must stand with Ukraine for as long as it takes.;\n"
     "2;Labour;Defence spending must rise to three per cent of GDP.;\n", ";",
     "read it with pd.read_csv(path, sep=';', index_col=False) and pass stance the frame, or end the header with "
     "';' too", "end the header with ';' too"),
    # a '|'-separated .csv, every row as wide as its header, which stance reads with ','
    ("id|party|text\n1|SNP|We must stand with Ukraine for as long as it takes.\n"
     "2|Labour|Defence spending must rise to three per cent of GDP.\n", "|",
     "read it with pd.read_csv(path, sep='|') and pass stance the frame",
     "give --sep '|' (or put the line 'sep=|' above its header, Excel's line naming the separator)"),
])
def test_a_header_read_whole_from_a_path_is_not_told_to_pass_the_path(tmp_path, capsys, body, separator, read_right,
                                                                       typed):
    # From a review: stance read the file from its path and still read its header whole, and
    # the refusal said "or pass stance the file's path, which reads it so". Nothing is marked
    # on the frames read (a mark left on stance.score's result broke pd.concat of two results).
    path = tmp_path / "export.csv"
    path.write_text(body)
    said = (f"text_column='text': no such column; columns present: ['id{separator}party{separator}text']. Column "
            f"'id{separator}party{separator}text' is a header of 3 names read as one: the file is separated by "
            f"{separator!r}; ")
    for call in (lambda: stance.score(path), lambda: stance.score_file(path, tmp_path / "out.csv"),
                 lambda: stance.train(path), lambda: stance.evaluate(None, path, stance_column=None)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value).startswith(said + read_right)
    with pytest.raises(stance.InvalidTypeError, match="text_column must name the one column of texts"):
        stance.score_file(path, tmp_path / "out.csv", text_column=None)  # told as before
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    # the commands, which read a path and take no frame, say what a command can do (a review of the mend)
    told = "stance score: " + said.replace("text_column='text'", "--text-column text", 1) + typed
    assert capsys.readouterr().err.strip() == told
    # The commands that read the file and give the functions its frame knew its path too (a review of the mend).
    model = stance.train(pd.DataFrame({"text": ["We back Kyiv.", "Order, order."] * 3,
                                       "labels": ["ukraine_support", "none"] * 3}), threshold_folds=0)
    model.save(tmp_path / "m")
    for command in (["train", str(path), "-o", str(tmp_path / "new")], ["check", str(path)],
                    ["evaluate", str(path), "--model", str(tmp_path / "m")]):
        assert main(command) == 2
        err = capsys.readouterr().err.strip()
        typed_said = said.replace("text_column='text'", "--text-column text", 1)
        assert err == f"stance {command[0]}: {typed_said}{typed}", err
    # In memory, the advice is the same: its path, read whole as above, is no remedy (it said
    # "or pass stance the file's path, which reads it so" before, which failed when followed).
    whole = pd.read_csv(path)
    with pytest.raises(InvalidInputError) as raised:
        stance.score(whole)
    assert str(raised.value) == said + read_right
    # as it says: the file read so, and the header ended with ';', give the statements' labels
    read = pd.read_csv(path, sep=separator, **({"index_col": False} if "index_col" in read_right else {}))
    assert read.columns.tolist() == ["id", "party", "text"]
    labels = stance.score(read).label.tolist()
    assert labels == stance.score(pd.read_csv(path, sep=separator, index_col=False)).label.tolist()
    if "end the header" in read_right:
        path.write_text(body.replace("text\n", "text;\n", 1))
        assert stance.score(path).label.tolist() == labels
    # and what stance returns of a path holds what it holds of a frame, nothing more
    path.write_text(body.replace(separator, ",").replace(",\n", "\n"))
    assert stance.score(path).attrs == stance.score(pd.read_csv(path)).attrs == {"none_labels": {"labels": "none"}}


def test_a_pipe_separated_frame_read_whole_is_told_advice_that_works(tmp_path):
    # A review: a '|' file read with pd.read_csv(path)'s default ',' is one column 'id|text', and
    # stance.score, train, evaluate, find_label_issues and suggest told it "or pass stance the
    # file's path, which reads it so"; stance reads a path with ',' too (or ';'), so the advice
    # failed when followed. It is told what works: read it with sep='|' and pass the frame.
    path = tmp_path / "export.csv"
    path.write_text("id|text|labels\n" + "".join(
        f"{i}|{text}|{label}\n" for i, (text, label) in enumerate(
            [("We must stand with Ukraine for as long as it takes.", "ukraine_support"),
             ("Order order.", "none")] * 4)))
    whole = pd.read_csv(path)
    assert whole.columns.tolist() == ["id|text|labels"]
    told = ("text_column='text': no such column; columns present: ['id|text|labels']. Column 'id|text|labels' is a "
            "header of 3 names read as one: the file is separated by '|'; read it with pd.read_csv(path, sep='|') "
            "and pass stance the frame")
    for call in (lambda: stance.score(whole), lambda: stance.train(whole),
                 lambda: stance.evaluate(None, whole, stance_column=None),
                 lambda: stance.find_label_issues(whole), lambda: stance.suggest(None, whole, n=1)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value) == told
    with pytest.raises(InvalidInputError, match="header of 3 names read as one"):
        stance.score(path)  # the path is no remedy
    assert len(stance.score(pd.read_csv(path, sep="|"), prefix="pred_")) == 8  # the advice is
    # ';' and a .tsv's tabs are read from the path, which the advice still offers
    semicolons = pd.DataFrame({"id;text": ["1;We must stand with Ukraine."]})
    tabs = pd.DataFrame({"id\ttext": ["1\tWe must stand with Ukraine."]})
    with pytest.raises(InvalidInputError, match=r"sep=';'\), or pass stance the file's path, which reads it so$"):
        stance.score(semicolons)
    with pytest.raises(InvalidInputError, match=r"sep='\\t'\), or pass stance the file's path if it is named \.tsv, "
                                                r"which reads it so$"):
        stance.score(tabs)


def test_the_commands_tell_a_pipe_separated_csv_what_the_command_line_can_do(tmp_path, capsys):
    # A review: `stance score data.csv` of a '|'-separated .csv was told "read it with
    # pd.read_csv(path, sep='|') and pass stance the frame", which no command takes; stance check and
    # suggest alike. Excel's line naming the separator above the header is read, as each says now.
    path = tmp_path / "data.csv"
    rows = [("We must stand with Ukraine for as long as it takes.", "ukraine_support"), ("Order order.", "none")] * 5
    body = "id|text|labels\n" + "".join(f"{i}|{text}|{label}\n" for i, (text, label) in enumerate(rows))
    path.write_text(body)
    model = stance.train(pd.DataFrame({"text": ["We back Kyiv.", "Order, order."] * 3,
                                       "labels": ["ukraine_support", "none"] * 3}), threshold_folds=0)
    model.save(tmp_path / "m")
    advice = ("the file is separated by '|'; give --sep '|' (or put the line 'sep=|' above its header, Excel's line "
              "naming the separator)")
    commands = [["score", str(path), "-o", str(tmp_path / "out.csv")], ["train", str(path), "-o", str(tmp_path / "n")],
                ["evaluate", str(path), "--model", str(tmp_path / "m")], ["check", str(path)],
                ["suggest", str(path), "-n", "1"]]
    for command in commands:
        assert main(command) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"stance {command[0]}: --text-column text: no such column"), err
        assert err.endswith(advice), err
    assert main([*commands[0], "--prefix", "pred_", "--sep", "|"]) == 0  # as it says
    assert len(pd.read_csv(tmp_path / "out.csv", sep="|")) == 10  # written as read
    path.write_text("sep=|\n" + body)  # or so
    assert main(commands[0] + ["--prefix", "pred_"]) == 0
    assert len(pd.read_csv(tmp_path / "out.csv", sep="|", skiprows=1)) == 10  # written as read, its line kept


_PIPE_ROWS = [("We must stand with Ukraine for as long as it takes.", "ukraine_support"), ("Order order.", "none")] * 6


def _pipe_body(separator: str) -> str:
    return (f"id{separator}text{separator}labels\n"
            + "".join(f"{i}{separator}{text} Point {i}.{separator}{label}\n"
                      for i, (text, label) in enumerate(_PIPE_ROWS)))


@pytest.fixture()
def _small_model(tmp_path):
    model = stance.train(pd.DataFrame({"text": ["We back Kyiv.", "Order, order."] * 3,
                                       "labels": ["ukraine_support", "none"] * 3}), threshold_folds=0)
    model.save(tmp_path / "m")
    return str(tmp_path / "m")


def test_sep_reads_a_file_separated_by_a_character_no_reader_picks(tmp_path, capsys, _small_model):
    # --sep names the separator the sniffer does not pick ('|'): each command that reads a
    # table reads it, where each said "no such column" before.
    path = tmp_path / "data.csv"
    path.write_text(_pipe_body("|"))
    commands = [["score", str(path), "-o", str(tmp_path / "out.csv"), "--prefix", "p_"],
                ["train", str(path), "-o", str(tmp_path / "n"), "--option", "threshold_folds=0"],
                ["evaluate", str(path), "--model", _small_model], ["check", str(path), "--folds", "2"],
                ["suggest", str(path), "-n", "1", "--model", _small_model]]
    for command in commands:
        assert main([*command, "--sep", "|"]) in (0, 1), capsys.readouterr().err
        assert "no such column" not in capsys.readouterr().err
    scored = pd.read_csv(tmp_path / "out.csv", sep="|", dtype=str)  # the output follows the input's separator
    assert list(scored.columns[:3]) == ["id", "text", "labels"] and len(scored) == len(_PIPE_ROWS)
    # suggest's --exclude files are read with it too: each statement of the pool is found there.
    assert main(["suggest", str(tmp_path / "out.csv"), "--model", _small_model, "--exclude", str(path),
                 "--sep", "|"]) == 2
    assert f"all {len(_PIPE_ROWS)} statements with text are in --exclude" in capsys.readouterr().err


@pytest.mark.parametrize(("separator", "given"), [(";", ";"), ("\t", "tab"), ("\t", "\\t"), ("\t", "TAB")])
def test_sep_names_a_separator_the_sniffer_would_find_or_a_tab_in_words(tmp_path, capsys, separator, given):
    path = tmp_path / "data.csv"
    path.write_text(_pipe_body(separator))
    command = ["score", str(path), "-o", str(tmp_path / "out.csv"), "--prefix", "p_", "--sep", given]
    assert main(command) == 0, capsys.readouterr().err
    scored = pd.read_csv(tmp_path / "out.csv", sep=separator, dtype=str)
    assert list(scored.columns[:3]) == ["id", "text", "labels"] and len(scored) == len(_PIPE_ROWS)


@pytest.mark.parametrize("given", ["ab", "", '"', "\n"])
def test_a_bad_sep_is_refused_in_one_line_naming_the_flag(tmp_path, capsys, given):
    path = tmp_path / "data.csv"
    path.write_text(_pipe_body("|"))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--sep", given]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--sep" in err[0] and repr(given) in err[0], err
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("workers", [[], ["--workers", "1"]])
def test_a_tsv_given_another_sep_than_a_tab_is_told_to_be_named_csv(tmp_path, capsys, workers):
    # Two reviews of --sep on a .tsv: read by a .tsv's quoting (at tabs), a '|' file quoted as a
    # CSV writer quotes it had its quoted "renewables|gas" split, its columns shifted; read as a
    # .csv, texts opening with a quote merged the rows between them. Either silently. A .tsv is
    # read by tabs; another --sep is refused with what reads it: the name .csv.
    rows = [f'{i}|We need heat pumps and solar {i}.|"renewables|gas"' for i in range(12)]
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "x.tsv"
    path.write_text("id|text|labels\n" + "\n".join(rows) + "\n")
    for data in (str(path), str(tmp_path / "in" / "*.tsv")):
        status = main(["score", data, "-o", str(tmp_path / "out.csv"), "--sep", "|", *workers])
        err = capsys.readouterr().err
        assert status == 2 and err.strip().endswith("--sep '|' reads .csv files, and a .tsv file is read with tabs; "
                                                    "name it .csv if '|' separates its cells; if tabs do, leave --sep "
                                                    "out and put the line 'sep=|' above the header of each .csv file "
                                                    "it was for"), err
    # A tab-separated .tsv beside a '|' .csv (suggest's --exclude): told to leave --sep out and give
    # the .csv its sep= line, which reads both (a review: "leave --sep out" alone read it by commas)
    (tmp_path / "un.csv").write_text("sep=|\n" + _pipe_body("|"))
    (tmp_path / "lab.tsv").write_text("text\tlabels\nOrder order. Point 1.\tnone\n")
    status = main(["suggest", str(tmp_path / "un.csv"), "--exclude", str(tmp_path / "lab.tsv"), "--sep", "|",
                   "-o", str(tmp_path / "s.csv")])
    assert status == 2 and "leave --sep out and put the line 'sep=|' above the header" in capsys.readouterr().err
    assert main(["suggest", str(tmp_path / "un.csv"), "--exclude", str(tmp_path / "lab.tsv"),
                 "-o", str(tmp_path / "s.csv")]) == 0, capsys.readouterr().err
    path.rename(tmp_path / "in" / "x.csv")  # as advised
    assert main(["score", str(tmp_path / "in" / "x.csv"), "-o", str(tmp_path / "out.csv"), "--sep", "|",
                 "--prefix", "p_", *workers]) == 0, capsys.readouterr().err
    assert pd.read_csv(tmp_path / "out.csv", sep="|", dtype=str)["labels"].tolist() == ["renewables|gas"] * 12


def test_a_sep_of_no_csv_or_tsv_file_is_refused_as_doing_nothing(tmp_path, capsys):
    path = tmp_path / "data.jsonl"
    path.write_text('{"text": "We must stand with Ukraine."}\n')
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--sep", "tab"]) == 2
    assert capsys.readouterr().err.strip() == (f"stance score: --sep tab does nothing here: it separates the cells of "
                                               f".csv and .tsv files, and {str(path)!r} holds none; leave --sep out")


def test_sep_reads_every_file_of_a_glob_and_a_folder(tmp_path, capsys, _small_model):
    (tmp_path / "in").mkdir()
    for name in ("a.csv", "b.csv"):
        (tmp_path / "in" / name).write_text(_pipe_body("|"))
    glob = str(tmp_path / "in" / "*.csv")
    assert main(["score", glob, "-o", str(tmp_path / "out.csv"), "--sep", "|", "--prefix", "p_"]) == 0, \
        capsys.readouterr().err
    assert len(pd.read_csv(tmp_path / "out.csv", sep="|")) == 2 * len(_PIPE_ROWS)
    for data in (glob, str(tmp_path / "in")):
        assert main(["evaluate", data, "--model", _small_model, "--sep", "|", "--json"]) == 0, capsys.readouterr().err
        assert json.loads(capsys.readouterr().out)["n"] == 2 * len(_PIPE_ROWS)


def test_sep_wins_over_a_sep_line_that_names_another_and_skips_it(tmp_path, capsys):
    # The file's own line names ';' (a wrong export) and the user says '|': the flag wins, and
    # the line is still no header (a .tsv takes no --sep but a tab: see below).
    path = tmp_path / "data.csv"
    path.write_text("sep=;\n" + _pipe_body("|"))
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "-o", str(out), "--sep", "|", "--prefix", "p_"]) == 0, capsys.readouterr().err
    scored = pd.read_csv(out, sep="|", dtype=str)
    assert list(scored.columns[:3]) == ["id", "text", "labels"] and len(scored) == len(_PIPE_ROWS)


def test_a_pipe_separated_tsv_with_its_sep_line_is_told_to_be_named_csv_and_reads_so(tmp_path, capsys):
    # A '|'-separated .tsv told 'sep=|' above its header by the advice was then refused: "a .tsv
    # file is read with tabs; name it .csv", as --sep '|' is told too; named .csv, it reads.
    path = tmp_path / "data.tsv"
    path.write_text("sep=|\n" + _pipe_body("|"))
    command = ["score", str(path), "-o", str(tmp_path / "out.tsv"), "--prefix", "p_"]
    assert main(command) == 2
    assert capsys.readouterr().err.strip().endswith("a .tsv file is read with tabs; name it .csv")
    assert main([*command, "--sep", "|"]) == 2
    assert "a .tsv file is read with tabs; name it .csv if '|' separates" in capsys.readouterr().err
    command[1] = str(path.rename(tmp_path / "data.csv"))
    assert main(command) == 0, capsys.readouterr().err
    assert len(pd.read_csv(tmp_path / "out.tsv", sep="\t")) == len(_PIPE_ROWS)


def test_values_given_for_a_column_name_are_refused_in_one_line_saying_what_to_pass():
    # A user audit (political scientist): profile(scored, by=scored.date.dt.to_period("M")),
    # as pandas' groupby takes it, was refused as "by must name one column (a str), got a
    # Series: 0    2022-04\n1    2022-04…", lines of its values, and a pd.Grouper as "no such
    # column" with its repr; a Series that is a column (by=frame.party) was not named.
    frame = pd.DataFrame({"text": ["We back Kyiv.", "Order, order.", "Spend more on defence."],
                          "labels": ["ukraine_support", "none", "deterrence"],
                          "stance": ["favor", None, "favor"], "party": ["Labour", "SNP", "Labour"],
                          "date": pd.to_datetime(["2022-04-09", "2022-05-01", "2022-05-02"])})
    scored = stance.score(frame[["text", "party", "date"]])
    adding = "add the values as a column and name it, e.g. data.assign(group=values) and by='group'"
    cases = [
        (lambda: stance.profile(scored, by=scored.date.dt.to_period("M")),
         f"by must name a column of the data, got a Series of 3 values: {adding}"),
        (lambda: stance.profile(scored, by=["party", scored.date.dt.year]),
         f"by must name a column of the data, got a Series of 3 values: {adding}"),
        (lambda: stance.profile(scored, by=pd.Grouper(key="date", freq="MS")),
         "by must name a column of the data, got a pandas Grouper, which is not read: add the groups as a column "
         "and name it, e.g. data.assign(month=data['date'].dt.to_period('M')) and by='month'"),
        (lambda: stance.profile(scored, by=scored.party),
         "by must name a column of the data, got the column's values (a Series): pass by='party'"),
        (lambda: stance.evaluate(None, frame, by=frame.party),
         "by must name a column of the data, got the column's values (a Series): pass by='party'"),
        (lambda: stance.score(frame, text_column=frame.text),
         "text_column must name a column of the data, got the column's values (a Series): pass text_column='text'"),
        (lambda: stance.score(frame, text_column=frame.text.to_numpy()),
         "text_column must name a column of the data, got an array of 3 values: add the values as a column and "
         "name it, e.g. data.assign(text=values) and text_column='text'"),
        (lambda: stance.train(frame, labels_column=frame.labels.str.upper()),
         "labels_column must name a column of the data, got a Series of 3 values: add the values as a column and "
         "name it, e.g. data.assign(labels=values) and labels_column='labels'"),
    ]
    for call, expected in cases:
        with pytest.raises(stance.InvalidTypeError) as raised:
            call()
        assert str(raised.value) == expected
    # The column named, the profile is what the message says to ask for.
    months = stance.profile(scored.assign(group=scored.date.dt.to_period("M")), by="group")
    assert months.n.groupby(level="group").sum().tolist() == [1, 1]  # April's Kyiv, May's defence


def test_a_column_argument_naming_the_index_says_to_make_it_a_column():
    # A user audit (political scientist): sentences indexed by their date, as for resampling,
    # and profile(scored, by="date"), as pandas' groupby takes an index level's name, said
    # "by='date': no such column; columns present: [...]", 'date' not among them, with no word.
    frame = pd.DataFrame({"text": ["We back Kyiv.", "Spend more on defence."], "party": ["Labour", "SNP"],
                          "labels": ["ukraine_support", "deterrence"], "stance": ["favor", "favor"]},
                         index=pd.DatetimeIndex(["2022-04-09", "2022-05-02"], name="date"))
    scored = stance.score(frame[["text", "party"]])
    said = "no such column; 'date' is the name of the data's index, not of a column: data.reset_index() makes it one"
    with pytest.raises(InvalidInputError) as raised:
        stance.profile(scored, by="date")
    assert str(raised.value) == f"by='date': {said}"
    with pytest.raises(InvalidInputError) as raised:
        stance.evaluate(None, frame, by="date")
    assert str(raised.value) == f"by='date': {said}"
    with pytest.raises(InvalidInputError) as raised:  # a level of several names itself
        stance.profile(scored.set_index("party", append=True), by="party")
    assert str(raised.value) == ("by='party': no such column; 'party' is the name of the data's index, not of a "
                                 "column: data.reset_index('party') makes it one")
    assert stance.profile(scored.reset_index(), by="date").n.tolist() == [1, 1]  # as the message says


def test_a_column_name_that_is_no_str_is_not_said_to_differ_in_its_accents():
    frame = pd.DataFrame([["We must help Ukraine.", "x"]])
    with pytest.raises(InvalidInputError, match=r"^text_column='0': no such column; columns present: \[0, 1\] "
                                                r"\(integers\); the column is the integer 0, not the text '0': "
                                                r"pass text_column=0$"):
        stance.score(frame, text_column="0")


def test_a_column_name_given_as_text_for_an_integer_column_names_the_integer():
    # A user audit: "text_column='1': no such column; columns present: ['0', '1']. Did you mean
    # '1'?" suggested what was passed, and showed the integer columns as text.
    frame = pd.DataFrame([[1, "NATO united"], [2, "Bring the brigade home"]])
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame, text_column="1")
    assert str(raised.value) == ("text_column='1': no such column; columns present: [0, 1] (integers); the column "
                                 "is the integer 1, not the text '1': pass text_column=1")
    assert stance.score(frame, text_column=1).label.tolist() == stance.score(frame[1].tolist()).label.tolist()
    with pytest.raises(InvalidInputError) as raised:  # one no column is, said as they are
        stance.score(frame, text_column="body")
    # column 1 holds the statements, short as they are: named as the likely one
    assert str(raised.value) == ("text_column='body': no such column; columns present: [0, 1] (integers). Column 1 "
                                 "holds sentences (3 words at the median): is it the column of statements? "
                                 "(text_column=1)")
    # The other way round: a column named "1" (text) asked for as the integer 1.
    named = frame.rename(columns=str)
    with pytest.raises(InvalidInputError) as raised:
        stance.score(named, text_column=1)
    assert str(raised.value) == ("text_column=1: no such column; columns present: ['0', '1']; the column is the "
                                 "text '1', not the integer 1: pass text_column='1'")
    # every function that takes a column: train's labels, profile's by=
    with pytest.raises(InvalidInputError, match=r"^labels_column='0': .*\[0, 1\] \(integers\).*pass labels_column=0$"):
        stance.train(frame, text_column=1, labels_column="0")
    scored = pd.DataFrame({"labels": ["unity"], "stance": ["favor"], 2024: ["x"]})
    with pytest.raises(InvalidInputError, match=r"^by='2024': .*\['labels', 'stance', 2024\]; the column is the "
                                                r"integer 2024, not the text '2024': pass by=2024$"):
        stance.profile(scored, by="2024")


def test_a_short_stance_value_with_two_letters_swapped_is_warned_of():
    # A pro/con scheme, six 'pro' rows typed 'por' (a user audit): three letters, two in place,
    # were too unlike for the likeness ratio, and 'por' trained as a third stance value unwarned.
    from stance.data import check_stance_counts

    with pytest.warns(stance.StanceWarning, match=r"look like one value spelt two ways: 'cno' \(3: rows 40, 41, 42\) "
                                                  r"and 'con' \(20\); 'por' \(6: rows 43, 44, 45 and 3 more\) and "
                                                  r"'pro' \(20\);"):
        check_stance_counts(["pro"] * 20 + ["con"] * 20 + ["cno"] * 3 + ["por"] * 6, minimum=2)
    with warnings.catch_warnings():  # two values of one letter changed are two values: 'pro' and 'pre'
        warnings.simplefilter("error")
        check_stance_counts(["pro"] * 5 + ["pre"] * 5, minimum=2)


def test_numeric_stance_values_are_not_spelling_variants():
    # A 1/-1 stance column that pandas wrote with gaps reads "1.0"/"-1.0", which were warned
    # of as "one value spelt two ways" (a user audit): they are opposite values.
    from stance.data import check_stance_counts

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_stance_counts(["1.0", "-1.0", None] * 3, minimum=2)


@pytest.mark.parametrize("written", [json.dumps, repr], ids=["json", "python"])
def test_a_labels_cell_written_as_a_list_of_names_is_that_label_set(tmp_path, energy_frame, energy_model, written):
    # `stance score` writes a Parquet or JSONL list of labels as '["gas", "nuclear"]' (and
    # DataFrame.to_csv as "['gas', 'nuclear']"): read back, the cell was one label of that name.
    path = tmp_path / "labels.csv"
    energy_frame.assign(labels=[written(cell.split("|")) for cell in energy_frame.labels]).to_csv(path, index=False)
    model = stance.train(path, stance_column="stance")
    assert model.labels == energy_model.labels == ("gas", "none", "nuclear", "renewables")
    texts = energy_frame.text.tolist()
    assert [p.labels for p in model.classify_many(texts)] == [p.labels for p in energy_model.classify_many(texts)]


@pytest.mark.parametrize(("cell", "labels"), [
    ('["eastern_flank", "deterrence"]', ("eastern_flank", "deterrence")),  # the order kept: the first is primary
    (' [ "unity" ] ', ("unity",)),
    ("[]", ()),
    ("[none]", ("[none]",)),  # no list of strings: a name, as before
    ('["a", 1]', ('["a", 1]',)),  # names and numbers mixed: no list a column of codes writes
    ("[a|b]", ("[a", "b]")),
    ("unity|deterrence", ("unity", "deterrence")),
    ('["unity", null]', ("unity",)),  # a missing name in the list is no label, as in a list given
    ("['unity', None]", ("unity",)),
    ("[null]", ()),
])
def test_only_a_list_of_strings_or_of_numbers_is_read_as_a_list(cell, labels):
    from stance.data import parse_label_set

    assert parse_label_set(cell) == labels



@pytest.mark.parametrize(("cell", "labels"), [
    ("('deterrence',)", ("deterrence",)),
    ("('eastern_flank', 'unity')", ("eastern_flank", "unity")),  # the order kept: the first is primary
    ("{'unity', 'deterrence'}", ("deterrence", "unity")),  # a set has no order: sorted, as a set given is
    ("(104, 107.0)", ("104", "107")),
    ("()", ()),
    ("('gas')", ("('gas')",)),  # a name in brackets, no tuple: a name, as before
    ("(none)", ("(none)",)),
    ("{unity}", ("{unity}",)),
    ("('a', 1)", ("('a', 1)",)),
])
def test_a_tuple_or_a_set_written_as_text_is_read_as_a_list_is(cell, labels):
    from stance.data import parse_label_set

    assert parse_label_set(cell) == labels


@pytest.mark.parametrize("cell", ["set()", " set() ", "()", "[]"])
def test_an_empty_set_written_as_text_is_no_label_as_an_empty_list_is(cell):
    # A review of bc5d919: DataFrame.to_csv writes an empty set "set()", which trained as a
    # label 'set()' (and a stance 'set()'), where "()" and "[]" were read as empty.
    from stance.data import parse_label_set
    from stance.label_cells import stance_value

    assert parse_label_set(cell) == ()
    assert stance_value(cell) is None
    assert parse_label_set("set()|gas") == ("set()", "gas")  # no cell of to_csv's: a name, as before


@pytest.mark.parametrize("kind", [tuple, set])
def test_a_csv_of_tuples_or_sets_of_labels_trains_the_labels_its_frame_trains(tmp_path, energy_frame, energy_model,
                                                                             kind):
    # An audit: DataFrame.to_csv writes a tuple as "('gas',)" and a set as "{'gas'}": each cell
    # trained a label of that name, and the advice for its off-topic rows, "pass
    # none_label=\"('none',)\"", named no label. A list written so was read as its names already.
    path = tmp_path / "labels.csv"
    energy_frame.assign(labels=[kind(cell.split("|")) for cell in energy_frame.labels]).to_csv(path, index=False)
    model = stance.train(path, stance_column="stance")
    assert model.labels == energy_model.labels == ("gas", "none", "nuclear", "renewables")


@pytest.mark.parametrize(("cell", "labels"), [
    ("[1, 2]", ("1", "2")),
    ("[0]", ("0",)),
    ("[104.0, 107.0]", ("104", "107")),  # a frame's float codes are named as ints, so the file's are
    ("[104.0, nan]", ("104",)),  # DataFrame.to_csv of a float list with a gap
    ("[104.5]", ("104.5",)),
    ("[-1, 2]", ("-1", "2")),
    ("[true]", ("[true]",)),  # no number: a name, as before
])
def test_a_list_of_numeric_codes_is_read_as_their_names(cell, labels):
    from stance.data import parse_label_set

    assert parse_label_set(cell) == labels


def test_a_csv_of_lists_of_codes_trains_the_labels_its_frame_trains(tmp_path):
    # Manifesto-style codes: a column of lists of ints, saved with DataFrame.to_csv, trained
    # the labels "[0]", "[104]", "[501]" where the frame trained "0", "104", "501".
    codes = (0, 104, 501)
    frame = pd.DataFrame({"text": [f"text {i} about w{c} number {i}" for i in range(30) for c in codes],
                          "code": [[c] for i in range(30) for c in codes]})
    frame.assign(code=[[float(c)] for i in range(30) for c in codes]).to_csv(tmp_path / "floats.csv", index=False)
    frame.to_csv(tmp_path / "ints.csv", index=False)
    assert stance.train(frame, labels_column="code", none_label="0").labels == ("0", "104", "501")
    for name in ("ints.csv", "floats.csv"):
        assert stance.train(tmp_path / name, labels_column="code", none_label="0").labels == ("0", "104", "501")


@pytest.mark.parametrize("cell", [
    ["unity", None], ("unity", float("nan")), ["unity", pd.NA, ""], ["unity", pd.NaT],
    np.array(["unity", None], dtype=object), np.array([float("nan"), "unity"], dtype=object),
    {"unity", None},
], ids=["None", "nan", "NA", "NaT", "array", "array-nan-first", "set"])
def test_a_missing_value_in_a_list_of_labels_is_no_label(cell):
    from stance.data import parse_label_set

    # It was a label called 'None', 'nan' or '<NA>'; an empty string was already dropped.
    assert parse_label_set(cell) == ("unity",)
    assert parse_label_set([None, float("nan")]) == parse_label_set(None) == ()


def test_row_names_show_numpy_scalars_as_the_python_values_they_are():
    from stance.names import row_names

    # repr() of numpy 2's scalars is "np.int64(7)": a filtered frame's rows were named so.
    assert row_names(pd.Index([3, 7, 9]), [1, 2]) == "rows 7, 9"
    assert row_names(np.array([3, 7]), [1]) == "row 7"
    assert row_names(np.array(["a.csv:07"]), [0]) == row_names(["a.csv:07"], [0]) == "row 'a.csv:07'"
    assert row_names(pd.Index([1.5, 2.5]), [0, 1]) == "rows 1.5, 2.5"


def test_rows_of_a_date_index_are_named_by_their_dates():
    # A DatetimeIndex's row was named "row Timestamp('2024-10-30 00:00:00')".
    days = pd.date_range("2024-10-01", periods=30)
    frame = pd.DataFrame({"text": ["We stand together."] * 15 + ["Arm Ukraine now."] * 15,
                          "labels": ["unity"] * 15 + ["ukraine_support"] * 14 + [None]}, index=days)
    with pytest.raises(stance.InvalidInputError, match=r"row 2024-10-30 has no label;"):
        stance.train(frame)
    # The time too when it is not midnight, with its offset from UTC when the index has one;
    # a date that names two rows, by its position as any repeated label is.
    from stance.names import named_rows, row_names

    times = pd.DatetimeIndex(["2024-10-23 00:00", "2024-10-23 14:30"])
    assert row_names(times, [0, 1]) == "rows 2024-10-23, 2024-10-23 14:30:00"
    assert row_names(times.tz_localize("Europe/Berlin"), [1]) == "row 2024-10-23 14:30:00+02:00"
    assert row_names(named_rows(times.normalize()), [1]) == "row at position 1 (index 2024-10-23)"
    assert row_names(np.array(["2024-10-23"], dtype="datetime64[ns]"), [0]) == "row 2024-10-23"
    assert row_names(pd.PeriodIndex(["2024Q3"], freq="Q"), [0]) == "row 2024Q3"
    assert row_names(pd.MultiIndex.from_tuples([("a", pd.Timestamp("2024-10-23"))]), [0]) == "row ('a', 2024-10-23)"
    # A document of a Series indexed by date is named so in warnings.
    docs = pd.Series(["Arm Ukraine now.", " "], index=pd.to_datetime(["2024-10-21", "2024-10-22"]))
    with pytest.warns(stance.StanceWarning, match=r"^document 2024-10-22 is blank: it has no statements$"):
        stance.score_documents(docs)



@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
@pytest.mark.parametrize("separator", ["|", ";"])
def test_a_parquet_or_jsonl_file_with_a_joined_column_name_is_not_told_to_read_it_with_read_csv(
        tmp_path, capsys, suffix, separator):
    # A Parquet or JSONL file with a column named "id|party|text" (written from a table whose
    # header was read whole) was told "read it with pd.read_csv(path, sep='|') and pass stance
    # the frame", which cannot read either: the column is named, its name holding the separator.
    name = f"id{separator}party{separator}text"
    frame = pd.DataFrame({name: [f"1{separator}SNP{separator}We must stand with Ukraine for as long as it takes.",
                                 f"2{separator}Labour{separator}Defence spending must rise to three per cent."]})
    path = tmp_path / f"export{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_json(path, orient="records", lines=True)
    said = (f"text_column='text': no such column; columns present: [{name!r}]. Column {name!r} is one column, "
            f"its name 3 names joined by {separator!r}")
    for call in (lambda: stance.score(path), lambda: stance.score_file(path, tmp_path / "out.csv"),
                 lambda: stance.train(path), lambda: stance.evaluate(None, path, stance_column=None),
                 lambda: stance.cross_validate(path), lambda: stance.find_label_issues(path)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value).startswith(said) and "read_csv" not in str(raised.value), str(raised.value)
    for command in (["score", str(path), "-o", str(tmp_path / "out.csv")], ["check", str(path)]):
        assert main(command) == 2
        err = capsys.readouterr().err.strip()
        assert said.replace("text_column='text'", "--text-column text", 1) in err and "read_csv" not in err, err


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_a_folder_of_parquet_or_jsonl_files_with_a_joined_column_name_is_not_told_to_read_it_with_read_csv(
        tmp_path, capsys, suffix):
    # A review of the mend above: a folder (or glob) was taken for delimited text without a look inside, so one
    # holding only Parquet or JSONL files with a column named "id|text" was still told to read it with read_csv.
    folder = tmp_path / "pq"
    folder.mkdir()
    frame = pd.DataFrame({"id|text": ["1|We must stand with Ukraine for as long as it takes."]})
    for name in ("a", "b"):
        if suffix == ".parquet":
            frame.to_parquet(folder / f"{name}{suffix}")
        else:
            frame.to_json(folder / f"{name}{suffix}", orient="records", lines=True)
    said = "text_column='text': no such column; columns present: ['id|text']. Column 'id|text' is one column"
    for source in (folder, str(folder / f"*{suffix}")):
        for call in (stance.score, stance.train):
            with pytest.raises(InvalidInputError) as raised:
                call(source)
            assert str(raised.value).startswith(said) and "read_csv" not in str(raised.value), str(raised.value)
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert said.replace("text_column='text'", "--text-column text", 1) in err and "read_csv" not in err, err
    pool = tmp_path / "pool.csv"
    pd.DataFrame({"text": ["Arm Ukraine now.", "NATO must act.", "Spend more on defence."]}).to_csv(pool, index=False)
    assert main(["suggest", str(pool), "--exclude", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert "Column 'id|text' is one column" in err and "read_csv" not in err, err
    # a folder that holds a CSV file beside them may be delimited text, and is told of read_csv as before
    (folder / "c.csv").write_text('"id|text"\n"2|Arm Ukraine now."\n', encoding="utf-8")
    assert stance.file_types.is_delimited(folder) and not stance.file_types.is_delimited(folder / f"a{suffix}")


# A teacher's audit of novices: a column of short statements (four words each) under another
# name than "text" was listed among the columns, not named as the likely one (sentence_column
# wants five words at the median); and stance.train(data[["text"]]) said "labels_column='labels':
# no such column", leaving the novice to guess that training needs labels.
def test_a_missing_text_column_names_a_column_of_short_statements_and_a_missing_labels_column_says_what_it_is():
    frame = pd.DataFrame({"name": ["a"] * 3, "sentence": ["NATO must stay united", "nato is useless lol",
                                                         "Send tanks to Ukraine"]})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame)
    assert str(raised.value) == ("text_column='text': no such column; columns present: ['name', 'sentence']. Column "
                                 "'sentence' holds sentences (4 words at the median): is it the column of statements? "
                                 "(text_column='sentence')")
    # ids, names and parties are not suggested: short, or the same in many rows
    people = pd.DataFrame({"id": ["a1", "a2", "a3"], "speaker": ["Keir Starmer", "Ed Davey", "John Swinney"],
                           "party": ["Scottish National Party"] * 3})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(people)
    assert str(raised.value).endswith("columns present: ['id', 'speaker', 'party']")
    # two columns of several words: no telling which
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame.assign(title=["Speech one today", "Speech two today", "Speech three today"]))
    assert str(raised.value).endswith("columns present: ['name', 'sentence', 'title']")
    texts = pd.DataFrame({"text": ["wind farms now", "no more turbines", "hello"]})
    labels_hint = ('. Training and evaluation need a column of labels, a label per row (several joined with "|", '
                   "primary first): add one, or name the column that holds them (labels_column='name')")
    for call in (lambda: stance.train(texts), lambda: stance.evaluate(None, texts)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value) == "labels_column='labels': no such column; columns present: ['text']" + labels_hint


# A review of the hint above: it named any column of three words or more that mostly differ, so
# dates, timestamps, names with their party, parties, labels and ids were each offered as the
# column of statements. A short column now counts only if its texts read as sentences (two words
# in lower case at the median), and never the labels' column.
@pytest.mark.parametrize("values", [
    [f"{i + 1} March 2024" for i in range(8)],
    [f"2024-03-0{i + 1} 10:10 UTC" for i in range(8)],
    ["Keir Starmer (Labour)", "Ed Davey (Liberal Democrats)", "John Swinney (SNP)", "Rishi Sunak (Conservative)",
     "Nigel Farage (Reform UK)", "Carla Denyer (Green Party)", "Rhun ap Iorwerth (Plaid Cymru)",
     "Angela Rayner (Labour)"],
    ["Liberal Democrats", "Scottish National Party", "Plaid Cymru Party", "Green Party England",
     "Reform UK Party", "Social Democratic Labour", "Democratic Unionist Party", "Alliance Party NI"],
    [f"ID 2024 {i + 1} A" for i in range(8)],
])
def test_a_missing_text_column_names_no_column_of_dates_ids_names_or_parties(values):
    frame = pd.DataFrame({"date": values, "likes": range(8)})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame)
    assert str(raised.value) == "text_column='text': no such column; columns present: ['date', 'likes']"


def test_a_missing_text_column_names_no_column_of_labels():
    labels = ["pro defence spending", "anti arms to ukraine", "pro nato membership", "anti nuclear deterrent",
              "pro sanctions on russia", "anti troops abroad", "pro ukraine aid", "anti defence spending"]
    frame = pd.DataFrame({"labels": labels, "likes": range(8)})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame)
    assert str(raised.value) == "text_column='text': no such column; columns present: ['labels', 'likes']"
    with pytest.raises(InvalidInputError) as raised:  # named by labels_column, under another name
        stance.train(frame.rename(columns={"labels": "topic"}), labels_column="topic")
    assert str(raised.value) == "text_column='text': no such column; columns present: ['topic', 'likes']"
    # beside them, a column of short statements is still named
    statements = ["NATO must stay united", "nato is useless lol", "Send tanks to Ukraine", "We stand together.",
                  "Arm Ukraine now please", "no more wars abroad", "Bring the troops home", "Spend more on defence"]
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame.assign(sentence=statements))
    assert str(raised.value).endswith(". Column 'sentence' holds sentences (4 words at the median): is it the column "
                                      "of statements? (text_column='sentence')")


# A teacher's audit: a column's name of more than 100 characters was cut in the suggested call
# ("(text_column='xxx…')"), which then names no column. The call now gives the name whole, as
# Python reads it (its repr: quotes, backslashes and newlines escaped); the prose may cut it.
# A name of more than 1000 characters, which a logged message should not hold, is still cut.
@pytest.mark.parametrize("name", ["x" * 120, "Members' \"speech\"\nfull \\ text", "y" * 99 + "'\n" + "z" * 20])
def test_a_missing_text_column_suggests_a_call_that_names_the_column_whole(name):
    frame = pd.DataFrame({"id": [1, 2], name: ["We will stand with Ukraine now.", "Send more air defence to Kyiv."]})
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame)
    message = str(raised.value)
    assert message.endswith(f"is it the column of statements? (text_column={name!r})")
    suggested = message[message.rindex("(text_column=") + len("(text_column="):-1]
    assert ast.literal_eval(suggested) == name
    assert stance.score(frame, text_column=ast.literal_eval(suggested)).shape[0] == 2
    # a name longer than a message should log (1000 characters) is cut, as before
    with pytest.raises(InvalidInputError) as raised:
        stance.score(frame.rename(columns={name: name * 100}))
    assert str(raised.value).endswith(("…')", '…")')) and len(str(raised.value)) < 500


def _annotated(energy_frame: pd.DataFrame, cells: list) -> pd.DataFrame:
    """The energy rows with their labels column replaced by ``cells``, one per row (an annotation tool's export)."""
    return energy_frame.assign(labels=pd.Series(cells, index=energy_frame.index, dtype=object))


@pytest.mark.parametrize(("cell", "shape", "advice"), [
    (lambda names: [[0, 5, name] for name in names], "a span annotation (start, end, label)",
     r"take the labels: \[s\[2\] for s in spans\]"),  # doccano's sequence labelling
    (lambda names: [{"value": name, "user_id": "u1"} for name in names], 'objects with a "value"',
     'take the "value"s'),  # Argilla's responses
    (lambda names: {name: 1.0 if name in names else 0.0 for name in ("gas", "none", "nuclear", "renewables")},
     "a dict of label to score", r"\[k for k, v in cats.items\(\) if v >= 0.5\]"),  # spaCy's and Prodigy's cats
    (lambda names: json.dumps({"choices": names}), 'a "choices" object', 'take its "choices" list'),  # Label Studio CSV
    (lambda names: {"choices": names}, 'a "choices" object', 'take its "choices" list'),  # its JSON-MIN
    (lambda names: str({"choices": names}), 'a "choices" object', 'take its "choices" list'),
])
def test_a_labels_cell_of_spans_or_objects_is_refused_with_the_labels_to_take(energy_frame, cell, shape, advice):
    # Before: each trained as a label name ("[0, 5, 'gas']", the whole dict as one label), exit 0.
    frame = _annotated(energy_frame, [cell(labels.split("|")) for labels in energy_frame.labels])
    with pytest.raises(InvalidInputError, match=f"labels_column='labels': row 0 holds {re.escape(shape)}.*{advice}"):
        stance.train(frame, stance_column="stance")


def test_a_labels_cell_of_spans_is_refused_on_the_command_line(tmp_path, energy_frame, capsys):
    path = tmp_path / "spans.jsonl"
    frame = _annotated(energy_frame, [[[0, 5, name] for name in labels.split("|")] for labels in energy_frame.labels])
    frame.to_json(path, orient="records", lines=True)
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 2
    error = capsys.readouterr().err
    assert "row 0 holds a span annotation" in error and "[s[2] for s in spans]" in error
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(("cell", "labels"), [
    ("{gas}", ("{gas}",)),  # braces in an ordinary name: no object
    ("gas {2024}|nuclear", ("gas {2024}", "nuclear")),
    ("{}", ("{}",)),
])
def test_a_label_name_with_braces_is_still_a_name(cell, labels):
    from stance.data import parse_label_set
    from stance.label_cells import annotation_shape

    assert parse_label_set(cell) == labels and annotation_shape(cell) is None


def test_prodigy_s_rejected_and_ignored_answers_are_warned_of(energy_frame, recwarn):
    # Prodigy's binary export: a row is a label shown and the annotator's answer to it. The
    # rejected rows (the label is wrong) trained as positives of their label, without a word.
    answers = ["reject" if i % 3 == 0 else "ignore" if i % 7 == 0 else "accept" for i in range(len(energy_frame))]
    frame = energy_frame.assign(answer=answers)
    rejected, ignored = answers.count("reject"), answers.count("ignore")
    with pytest.warns(stance.StanceWarning, match=(
            f"column 'answer': {rejected + ignored} of {len(frame)} rows are Prodigy answers 'reject' "
            f"\\({rejected}\\) or 'ignore' \\({ignored}\\).*data\\[data.answer == \"accept\"\\].*jq")):
        stance.train(frame, stance_column="stance")
    with pytest.warns(stance.StanceWarning, match="Prodigy answers 'reject'"):  # its gold labels are as training's
        stance.cross_validate(frame, folds=2)
    recwarn.clear()
    stance.train(energy_frame.assign(answer="accept"), stance_column="stance")  # all accepted: nothing to say
    assert not [w for w in recwarn if "Prodigy" in str(w.message)]


def test_a_frame_with_two_answer_columns_is_read_and_each_is_counted(energy_frame):
    # A review: a frame holding two columns named "answer" (frames concatenated side by side)
    # ended in AttributeError 'DataFrame' object has no attribute 'tolist', where it trained.
    answers = pd.DataFrame({"answer": ["reject"] * 3 + ["accept"] * (len(energy_frame) - 3)},
                           index=energy_frame.index)
    other = pd.DataFrame({"answer": ["x"] * len(energy_frame)}, index=energy_frame.index)
    frame = pd.concat([energy_frame, answers, other], axis=1)
    with pytest.warns(stance.StanceWarning, match=r"column 'answer': 3 of \d+ rows are Prodigy answers 'reject' \(3\)"):
        assert len(stance.read_labelled(frame, stance_column="stance")) == len(energy_frame)


def test_an_export_s_structure_written_as_text_is_told_to_read_each_cell_first(energy_frame):
    # A review: a Label Studio CSV's cell is text, and its advice cell["choices"] raised
    # "string indices must be integers" when followed: it says to read each cell first.
    # Label Studio writes a row of one choice as the plain name, and json.loads("gas") raises.
    names = [labels.split("|") for labels in energy_frame["labels"].fillna("none")]
    cells = [json.dumps({"choices": cell}) if len(cell) > 1 or i % 2 else cell[0] for i, cell in enumerate(names)]
    frame = _annotated(energy_frame, cells)
    cells[1] = None  # a row nobody annotated: read_csv's NaN
    frame = _annotated(energy_frame, cells)
    with pytest.raises(InvalidInputError, match=r"the cells are text: \[json\.loads\(cell\)\[\"choices\"\] if "
                                                r"isinstance\(cell, str\) and cell\.lstrip\(\)\.startswith\(\"\{\"\) "
                                                r"else cell for cell in column\]"):
        stance.train(frame, stance_column="stance")
    column = frame["labels"]
    followed = frame.assign(labels=[json.loads(cell)["choices"] if isinstance(cell, str) and
                                    cell.lstrip().startswith("{") else cell for cell in column])
    followed = followed.drop(index=frame.index[1])  # and the row nobody annotated left out
    assert stance.train(followed, stance_column="stance", threshold_folds=0).labels == \
        stance.train(energy_frame.drop(index=frame.index[1]), stance_column="stance", threshold_folds=0).labels


def test_prodigy_s_rejected_answers_are_warned_of_on_the_command_line(tmp_path, energy_frame, capsys):
    path = tmp_path / "prodigy.jsonl"
    energy_frame.assign(answer=["reject" if i % 3 == 0 else "accept" for i in range(len(energy_frame))]).to_json(
        path, orient="records", lines=True)
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 0
    assert "Prodigy answers 'reject'" in capsys.readouterr().err


def test_prodigy_s_rejected_answers_are_warned_of_in_evaluation_as_gold_labels(tmp_path, energy_frame, energy_model,
                                                                              capsys):
    # An annotation audit: stance evaluate of a Prodigy export scored every rejected row's label
    # (which the annotator said is wrong) as the statement's gold label, and said nothing.
    answers = ["reject" if i % 3 == 0 else "ignore" if i % 7 == 0 else "accept" for i in range(len(energy_frame))]
    frame = energy_frame.assign(answer=answers)
    rejected, ignored = answers.count("reject"), answers.count("ignore")
    with pytest.warns(stance.StanceWarning, match=(
            f"column 'answer': {rejected + ignored} of {len(frame)} rows are Prodigy answers 'reject' "
            f"\\({rejected}\\) or 'ignore' \\({ignored}\\), whose labels are scored as gold labels as the accepted "
            f"rows' are \\(a rejected label as the statement's\\); keep the accepted rows: "
            f"data\\[data.answer == \"accept\"\\].*jq")):
        stance.evaluate(energy_model, frame, stance_column="stance")
    path, model = tmp_path / "prodigy.jsonl", tmp_path / "m"
    energy_model.save(model)
    frame.to_json(path, orient="records", lines=True)
    assert main(["evaluate", str(path), "--model", str(model)]) == 0  # warned of, not refused
    assert "Prodigy answers 'reject'" in capsys.readouterr().err


def test_prodigy_s_rejected_answers_are_warned_of_once_in_a_comparison(tmp_path, energy_frame, energy_model, capsys):
    # A review: with --compare-with the warning was printed twice, the second time as
    # "--compare-with m2: column 'answer': …", blaming the other model for a fact of the data.
    path = tmp_path / "prodigy.jsonl"
    energy_frame.assign(answer=["reject" if i % 3 == 0 else "accept" for i in range(len(energy_frame))]).to_json(
        path, orient="records", lines=True)
    energy_model.save(tmp_path / "m")
    energy_model.save(tmp_path / "m2")
    assert main(["evaluate", str(path), "--model", str(tmp_path / "m"), "--compare-with", str(tmp_path / "m2")]) == 0
    err = capsys.readouterr().err
    assert err.count("Prodigy answers 'reject'") == 1, err
    assert "warning: column 'answer': " in err


def test_prodigy_s_rejected_answers_are_warned_of_by_the_label_check(tmp_path, energy_frame, capsys):
    # An annotation audit: stance check of a Prodigy export cross-validated the rejected rows'
    # labels as the statements' own, without a word, as training did before it warned.
    path = tmp_path / "prodigy.jsonl"
    energy_frame.assign(answer=["reject" if i % 3 == 0 else "accept" for i in range(len(energy_frame))]).to_json(
        path, orient="records", lines=True)
    assert main(["check", str(path), "--folds", "2"]) == 0
    assert "Prodigy answers 'reject'" in capsys.readouterr().err


@pytest.mark.parametrize("written", [list, lambda items: np.array(items, dtype=object), json.dumps],
                         ids=["list", "array", "json-text"])
def test_a_stance_cell_of_a_list_of_one_value_is_that_value(energy_frame, energy_model, written):
    # A JSONL or Parquet export with "stance": ["favor"] and [] on the rows without one trained
    # the stance classes "['against']" and "['favor']", and [] as a stance value of its own.
    cells = [written([] if pd.isna(value) else [value]) for value in energy_frame.stance]
    model = stance.train(energy_frame.assign(stance=pd.Series(cells, index=energy_frame.index, dtype=object)),
                         stance_column="stance")
    assert model.stance_classes == energy_model.stance_classes == ("against", "favor")


def test_a_stance_cell_of_two_values_is_refused_naming_its_row(energy_frame):
    cells = [[] if pd.isna(value) else [value] for value in energy_frame.stance]
    cells[3] = ["favor", "against"]
    frame = energy_frame.assign(stance=pd.Series(cells, index=energy_frame.index, dtype=object))
    with pytest.raises(InvalidInputError, match="stance_column='stance': row 3 holds stance values joined"):
        stance.train(frame, stance_column="stance")


def test_spans_written_as_python_tuples_in_text_are_refused(energy_frame):
    # A review of 21195ca: a list of no "[" or "{" inside was taken for a flat list of names
    # and left unparsed, so spaCy-style spans saved to CSV, "[(0, 5, 'gas')]", trained as names.
    cells = [str([(0, 5, name) for name in labels.split("|")]) for labels in energy_frame["labels"].fillna("none")]
    with pytest.raises(InvalidInputError, match=r"holds a span annotation \(start, end, label\)"):
        stance.train(_annotated(energy_frame, cells), stance_column="stance")


@pytest.mark.parametrize("cell", ["[(None, 'gas')]", "[(True, 'gas')]", "[()]", "[(u'gas', 0.9)]"])
def test_a_list_of_tuples_written_as_text_is_refused_whatever_the_tuple_opens_with(energy_frame, cell):
    # A review of 21f7538: a tuple was one opening with a number or a quote, so "[(None, 'gas')]"
    # and the like trained as one long name; a bracket holding a comma, or nothing, is a tuple,
    # and "['Budget (2020)']" or "['(1) gas']" (a name's bracket) are names, not parsed at all.
    from stance.label_cells import _parsed

    with pytest.raises(InvalidInputError, match=r"holds lists or objects"):
        stance.train(_annotated(energy_frame, [cell] * len(energy_frame)), stance_column="stance")
    assert _parsed("['Budget (2020)', 'unity']") is None and _parsed("['(1) gas']") is None



@pytest.mark.parametrize("given, separator", [(";", ";"), ("tab", "\t"), ("|", "|")])
def test_sep_reads_the_users_files_only_not_the_packaged_seed(tmp_path, capsys, given, separator):
    # The bundled model was trained on the shipped seed, which evaluate reads to say so: --sep
    # was applied to that file too (a KeyError 'text' traceback for ';' and a tab, "line 4 has
    # 2 fields" for '|'). Two of these three rows are seed statements, so the warning counts 2.
    seed = stance.example_data("seed")
    rows = [*seed[["text", "labels", "stance"]].head(2).itertuples(index=False),
            ("Tariffs on steel will rise next year.", "none", "")]
    data = tmp_path / "gold.csv"
    data.write_text("\n".join(separator.join(row) for row in [("text", "labels", "stance"), *rows]) + "\n")
    for extra in ([], ["--compare-with", "bundled"]):
        status = main(["evaluate", str(data), "--sep", given, "--json", *extra])
        out, err = capsys.readouterr()
        assert status == 0, err
        assert "2 of the 3 rows are statements the model was trained on" in err, err
        assert json.loads(out)["n"] == 3
    # The library read inside the command line's --sep: the seed as written, the user's file by it.
    from stance.csv_dialect import separator_given

    with separator_given(given if given != "tab" else "\t"), \
            pytest.warns(stance.StanceWarning, match=r"^2 of the 3 rows are statements the model was trained on"):
        assert stance.evaluate(None, data).n == 3
        assert len(stance.example_data("seed")) == 17


@pytest.mark.parametrize("texts", [("We must tax carbon, now.", "No more subsidies."),
                                   ("No more subsidies.", "We must tax carbon, now.")])
def test_a_pipe_separated_csv_whose_texts_hold_commas_is_told_its_separator(tmp_path, capsys, texts):
    # A researcher's audit: df.to_csv(path, sep="|") of texts with commas was told "line 3 has 2 fields where
    # the header has 1; quote a text that holds a comma", where the same file without commas is told it is
    # separated by '|'. Its header says so, on whichever line the first comma is (line 2 or 3).
    path = tmp_path / "pipe.csv"
    path.write_text("text|labels|stance\n" + "".join(f"{text}|carbon_tax|pro\n" for text in texts))
    line = 2 + texts.index("We must tax carbon, now.")
    told = ("its header 'text|labels|stance' is 3 names joined by '|': the file is separated by '|'; ")
    for call in (lambda: stance.score(path), lambda: stance.train(path)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value).endswith(told + "read it with pd.read_csv(path, sep='|') and pass stance the frame")
        assert f"line {line} " in str(raised.value) and "quote a text" not in str(raised.value)
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err.strip().endswith(
        told + "give --sep '|' (or put the line 'sep=|' above its header, Excel's line naming the separator)")
    # Followed, the advice reads it: both rows, each text whole.
    assert stance.score(pd.read_csv(path, sep="|"), prefix="pred_")["text"].tolist() == list(texts)
    assert main(["score", str(path), "--sep", "|", "--prefix", "pred_", "-o", str(tmp_path / "out.csv")]) == 0
    assert pd.read_csv(tmp_path / "out.csv", sep="|")["text"].tolist() == list(texts)  # written as read


def test_a_cell_is_read_as_empty_without_an_import_a_cell(monkeypatch):
    # A review of 2ed5943f: is_empty_cell imported stance.text on every call, and refuse_empty_rows
    # calls it on each cell of a row without text: 200,000 such rows of three cells (a
    # spreadsheet's used rows) took 1.05 s to refuse, 0.40 s before it.
    import builtins

    from stance.data import is_empty_cell

    imported = []
    real_import = builtins.__import__
    monkeypatch.setattr(builtins, "__import__", lambda name, *args, **kwargs: imported.append(name)
                        or real_import(name, *args, **kwargs))
    assert [is_empty_cell(value) for value in (" ", "\u200b", "x", None, float("nan"), 0)] == [
        True, True, False, True, True, False]
    assert imported == []

"""Reading a table from a file (stance.tables): the errors that say what to change."""

import argparse
import codecs
import csv
import io
import json
import random
import re
import shlex
import string
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import stance
from stance import InvalidInputError
from stance.cli import main
from stance.decoding import encoding_named, unmarked_encoding
from stance.encodings import likely_encodings
from stance.file_types import text_file_encoding
from stance.tables import read_table


@pytest.mark.parametrize(("name", "separator", "said"), [
    ("tabs.csv", "\t", "tabs"),
    ("commas.tsv", ",", "commas"),
    ("semicolons.tsv", ";", "semicolons"),
])
def test_a_file_split_by_another_delimiter_is_named(tmp_path, energy_frame, name, separator, said):
    path = tmp_path / name
    # A text with the expected delimiter in it made pandas fail with "Expected 1 fields".
    frame = energy_frame.assign(text=energy_frame.text + ", and; more")
    frame.to_csv(path, sep=separator, index=False)
    with pytest.raises(InvalidInputError, match=f"separates names with {said}"):
        stance.train(path, stance_column="stance")


# What Excel's "CSV UTF-8" (and plain "CSV", in cp1252) writes in an Italian, Spanish, Dutch,
# German or French locale: the list separator ";", CRLF line ends, decimal commas, a trailing
# ";" on every line, a cell that holds ";" or a quote quoted, and the rows a sheet once used.
EXCEL_SEMICOLONS = (
    'qs_id;text;code;party;year;weight;\r\n'
    '1;La NATO deve restare unita, oggi più che mai.;defence;PD;2022;0,5;\r\n'
    '2;"Basta armi; servono negoziati.";peace;M5S;2022;1,25;\r\n'
    '3;"Il ""piano"" è chiaro";defence;FdI;2023;2;\r\n'
)


EXCEL_TEXTS = ["La NATO deve restare unita, oggi più che mai.", "Basta armi; servono negoziati.",
               'Il "piano" è chiaro']


@pytest.mark.parametrize("codec", ["utf-8-sig", "cp1252"])
def test_an_excel_csv_separated_by_semicolons_reads_as_its_columns(tmp_path, codec):
    path = tmp_path / "it_semicolon.csv"
    path.write_bytes(EXCEL_SEMICOLONS.encode(codec))
    # Before: refused, with advice to save it as comma-separated CSV, which Excel in such a
    # locale cannot do (its "CSV UTF-8" is this file).
    frame = read_table(path, encoding="utf-8" if codec == "utf-8-sig" else codec)
    assert list(frame.columns) == ["qs_id", "text", "code", "party", "year", "weight", "Unnamed: 6"]
    assert frame["text"].tolist() == EXCEL_TEXTS
    # Every cell is text, as in a comma-separated file: a decimal comma stays as written.
    assert frame["weight"].tolist() == ["0,5", "1,25", "2"]
    assert frame.index.tolist() == [0, 1, 2]


def test_a_semicolon_csv_trains_and_scores_row_for_row(tmp_path, energy_frame):
    path = tmp_path / "semicolons.csv"
    energy_frame.to_csv(path, sep=";", index=False, encoding="utf-8-sig", lineterminator="\r\n")
    model = stance.train(path, stance_column="stance")
    assert model.labels == stance.train(energy_frame, stance_column="stance").labels
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "-o", str(out), "--chunk-size", "7", "--prefix", "pred_"]) == 0
    scored = pd.read_csv(out, sep=";", dtype=str, keep_default_na=False)  # separated as its input is
    assert scored["text"].tolist() == energy_frame["text"].tolist()
    assert scored["register"].tolist() == energy_frame["register"].tolist()


@pytest.mark.parametrize(("separator", "codec"), [(";", "utf-8"), (";", "utf-8-sig"), (";", "utf-16"), (",", "utf-8"),
                                               ("|", "utf-8"), ("\t", "utf-8")])
def test_excels_sep_line_names_the_separator_of_a_csv(tmp_path, capsys, separator, codec):
    # Excel's hint "sep=;" on a CSV's first line was read as the header: "--text-column='text':
    # no such column; columns present: ['sep=;']".
    path, out = tmp_path / "excel.csv", tmp_path / "out.csv"
    texts = ["We stand with Ukraine", "Bring the brigade home, now", "Basta armi; servono negoziati"]
    rows = "".join(f'{i}{separator}"{text}"\r\n' for i, text in enumerate(texts, 1))
    path.write_bytes(f"sep={separator}\r\nid{separator}text\r\n{rows}".encode(codec))
    frame = read_table(path)
    assert frame.columns.tolist() == ["id", "text"] and frame.text.tolist() == texts
    assert frame.id.tolist() == ["1", "2", "3"]
    for chunk_size in ("50000", "2"):
        assert main(["score", str(path), "-o", str(out), "--chunk-size", chunk_size]) == 0, capsys.readouterr().err
        # Written as it was read: separated so, below the same sep= line (see the test below).
        assert out.read_text(encoding="utf-8-sig").startswith(f"sep={separator}\nid{separator}text{separator}")
        scored = pd.read_csv(out, sep=separator, skiprows=1, dtype=str)
        assert scored.text.tolist() == texts and scored.label.tolist()[:2] == ["ukraine_support", "eastern_flank"]


@pytest.mark.parametrize("command", ["score", "suggest"])
def test_a_semicolon_csv_is_written_back_with_semicolons_its_sep_line_and_decimal_commas(tmp_path, capsys, command):
    # A Windows user's audit: German or French Excel's CSV, separated by semicolons (with or
    # without a sep=; line), came out of `score -o` and `suggest -o` separated by commas, the
    # confidences "0.81": that Excel opened the output as one column of text.
    texts = ["Wir unterstützen die Ukraine mit Waffen.", "Nous restons unis dans l'OTAN."]
    expected = stance.score(pd.DataFrame({"text": texts}))
    arguments = ["--no-progress"] if command == "score" else ["-n", "2"]
    for hinted in ("sep=;\r\n", ""):
        path, out = tmp_path / "excel.csv", tmp_path / "out.csv"
        path.write_text(f"{hinted}id;text;Gewicht\r\n1;{texts[0]};0,5\r\n2;{texts[1]};1,25\r\n", encoding="utf-8-sig")
        assert main([command, str(path), *arguments, "-o", str(out)]) == 0
        header = "id;text;Gewicht;" if command == "score" else "row;id;text;Gewicht;"
        assert out.read_text(encoding="utf-8-sig").startswith(("sep=;\n" if hinted else "") + header)
        scored = pd.read_csv(out, sep=";", skiprows=1 if hinted else 0, dtype=str, keep_default_na=False)
        assert scored["Gewicht"].tolist() == ["0,5", "1,25"]  # the input's cells as read
        if command == "score":  # the numbers stance adds with a decimal comma, which that Excel reads
            assert scored["confidence"].tolist() == [repr(value).replace(".", ",") for value in expected.confidence]
        assert sorted(read_table(out)["text"]) == sorted(texts)  # and stance reads it back
    # Semicolons whose numbers have a decimal point keep it; a .tsv is always written with tabs.
    path.write_text(f"id;text;w\n1;{texts[0]};0.5\n2;{texts[1]};2\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(out), "--no-progress"]) == 0
    assert pd.read_csv(out, sep=";", dtype=str)["confidence"].tolist() == [repr(v) for v in expected.confidence]
    assert main(["score", str(path), "-o", str(tmp_path / "out.tsv"), "--no-progress"]) == 0
    assert (tmp_path / "out.tsv").read_text().startswith("id\ttext\tw\tlabel\t")
    capsys.readouterr()


def test_a_number_with_thousands_points_and_a_decimal_comma_keeps_the_outputs_decimal_comma(tmp_path, capsys):
    # A newsroom's audit: "12.345,50" (German Excel's thousands points and decimal comma) was no
    # number with a decimal comma, and "1.234" above it (a thousands point) was taken for a
    # decimal point, so the scores were written "0.68", which that Excel reads as text.
    path, out = tmp_path / "dd.csv", tmp_path / "out.csv"
    path.write_text("id;text;v\r\n1;NATO must stand united.;1.234\r\n2;Send weapons to Ukraine.;12.345,50\r\n",
                    encoding="utf-8-sig")
    assert main(["score", str(path), "-o", str(out), "--no-progress"]) == 0
    scored = pd.read_csv(out, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert all("," in value and "." not in value for value in scored["confidence"]), scored["confidence"]
    assert scored["v"].tolist() == ["1.234", "12.345,50"]  # the input's cells as read
    # English thousands commas with a decimal point ("1,234.50") are a number with a point.
    path.write_text("id;text;v\n1;NATO must stand united.;1,234.50\n2;Send weapons to Ukraine.;2\n")
    assert main(["score", str(path), "-o", str(out), "--no-progress"]) == 0
    assert all("." in value for value in pd.read_csv(out, sep=";", dtype=str)["confidence"])
    capsys.readouterr()


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=["space", "no-break", "narrow-no-break"])
def test_a_number_grouped_by_spaces_with_a_decimal_comma_keeps_the_outputs_decimal_comma(tmp_path, capsys, space):
    # A French desk's audit: "12 345,50" (French Excel groups thousands with a space, a no-break
    # space or a narrow one) was no number with a decimal comma, so a "0.5" beside it made the
    # scores "0.68", which that Excel reads as text.
    path, out = tmp_path / "fr.csv", tmp_path / "out.csv"
    amount = f"12{space}345,50"
    path.write_text(f"id;text;montant\r\n1;L'OTAN doit rester unie.;{amount}\r\n2;Envoyons des armes.;0.5\r\n",
                    encoding="utf-8-sig")
    assert main(["score", str(path), "-o", str(out), "--no-progress"]) == 0
    scored = pd.read_csv(out, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert all("," in value and "." not in value for value in scored["confidence"]), scored["confidence"]
    assert scored["montant"].tolist() == [amount, "0.5"]  # the input's cells as read
    capsys.readouterr()


@pytest.mark.parametrize("command", ["score", "suggest", "score_file"])
def test_a_csv_read_in_another_encoding_is_written_as_excel_reads_it(tmp_path, capsys, command):
    # The Excel form of an output (the semicolons, the decimal comma) was taken from the input
    # read as UTF-8 whatever --encoding said: a cp1252 "CSV (Trennzeichen-getrennt)", read with
    # --encoding cp1252, came out separated by commas, and in UTF-8 without a byte-order mark,
    # which that Excel reads in its code page ("DÃ©fense"). It is written as Excel's "CSV UTF-8"
    # is, with the mark, separated as the input was.
    texts = ["Défense de l'Ukraine, maintenant.", "Wir stehen zusammen in der NATO."]
    path, out = tmp_path / "windows.csv", tmp_path / "out.csv"
    path.write_bytes(f"id;text;Gewicht\r\n1;{texts[0]};0,5\r\n2;{texts[1]};1,25\r\n".encode("cp1252"))
    if command == "score_file":
        stance.score_file(path, out, encoding="cp1252", progress=False)
    else:
        arguments = ["--no-progress"] if command == "score" else ["-n", "2"]
        assert main([command, str(path), *arguments, "--encoding", "cp1252", "-o", str(out)]) == 0
    written = out.read_bytes()
    assert written.startswith(codecs.BOM_UTF8), written[:20]
    scored = pd.read_csv(out, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert sorted(scored["text"]) == sorted(texts) and sorted(scored["Gewicht"]) == ["0,5", "1,25"]
    if command != "suggest":
        assert all("," in value for value in scored["confidence"])  # a decimal comma, as the input's
    capsys.readouterr()


def test_the_lines_an_error_names_count_excels_sep_line(tmp_path, capsys, energy_frame):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\nid;text\n1;NATO united\n2;Send arms\n3;more\n4;bad;extra\n")
    with pytest.raises(InvalidInputError, match="line 6 has 3 fields where the header has 2; quote a text that "
                                                 "holds a semicolon"):
        read_table(path)
    path.write_text("sep=;\nid;text\n1;bad;extra\n2;NATO united\n")  # the first row, where pandas only warns
    with pytest.raises(InvalidInputError, match="line 3 holds 3 values, more than the header's 2 columns"):
        read_table(path)
    path.write_text('sep=;\nid;text\n1;NATO united\n2;"never closed\n3;more\n')
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert "the quote that is never closed opens on line 4 of the file" in capsys.readouterr().err
    frame = energy_frame.copy()
    frame.loc[15, "labels"] = None
    path.write_text("sep=,\n" + frame.to_csv(index=False))
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "row 15 has no label" in err and "row 15 is line 18 of the file" in err, err
    assert next(csv.reader([path.read_text().splitlines()[17]]))[0] == frame.text[15]


def test_a_tsv_reads_excels_sep_line_of_a_tab_and_refuses_another(tmp_path):
    path = tmp_path / "excel.tsv"
    path.write_text('sep=\t\nid\ttext\n1\t"Hold the line" is our motto.\n')
    assert read_table(path).text.tolist() == ['"Hold the line" is our motto.']
    path.write_text("sep=;\nid;text\n1;Hold the line.\n")
    with pytest.raises(InvalidInputError, match=re.escape(f"{str(path)!r}: its first line, 'sep=;', says its cells "
                                                          f"are separated by ';', but a .tsv file is read with tabs; "
                                                          f"name it .csv")):
        read_table(path)


@pytest.mark.parametrize(("name", "content", "said"), [
    ("only.csv", b"sep=;\n", "holds only Excel's line 'sep=;': expected a header row and data rows below it"),
    ("only.csv", b"\xef\xbb\xbfsep=,\r\n\r\n", "holds only Excel's line 'sep=,': expected a header row and data "
                                               "rows below it"),
    ("only.tsv", b"sep=\t\n", "holds only Excel's line 'sep=\\t': expected a header row and data rows below it"),
    ("blank.csv", b"\n\n", "holds only blank lines: expected a header row and data rows"),
], ids=["semicolon", "bom-crlf", "tab", "blank"])
def test_a_file_with_no_header_says_so_in_the_librarys_words(tmp_path, capsys, name, content, said):
    # A CSV of Excel's "sep=;" line alone was "cannot read 'only.csv': No columns to parse from
    # file", pandas' words, where an empty file is "'empty.csv' is empty: expected a header row…".
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=re.escape(f"{str(path)!r} {said}")):
        read_table(path)
    for argv in (["score", str(path), "-o", str(tmp_path / "out.csv")],
                 ["train", str(path), "-o", str(tmp_path / "m")], ["evaluate", str(path)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert f"{str(path)!r} {said}" in err and "No columns to parse" not in err, err
    # Read by Dask (--workers or --scheduler, which send even one file through it), and in a glob.
    pytest.importorskip("dask")
    from stance.distributed import score_files

    with pytest.raises(InvalidInputError, match=re.escape(f"{str(path)!r} {said}")):
        score_files(path, tmp_path / "out.csv")
    if name == "blank.csv":
        (tmp_path / "a.csv").write_text("text\nWe stand together.\n")
        assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "out.tsv")]) == 2
        assert f"{str(path)!r} {said}" in capsys.readouterr().err


def test_a_globs_file_of_no_bytes_is_read_as_no_rows(tmp_path, capsys):
    # A review: since the glob came to name a file with no header, one empty file stopped a batch
    # job's glob that had read it as no rows (exit 0, "scored 2 rows"); it holds nothing to lose.
    pytest.importorskip("dask")
    (tmp_path / "a.csv").write_text("text\nWe stand with Ukraine.\n")
    (tmp_path / "b.csv").write_text("")
    (tmp_path / "c.csv").write_text("text\nBring the brigade home.\n")
    (tmp_path / "o").mkdir()
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "o" / "out.csv")]) == 0
    scored = pd.read_csv(tmp_path / "o" / "out.csv")
    assert scored.text.tolist() == ["We stand with Ukraine.", "Bring the brigade home."]
    assert "scored 2 rows" in capsys.readouterr().err


def test_a_glob_refuses_a_file_with_excels_sep_line(tmp_path, capsys):
    pytest.importorskip("dask")
    (tmp_path / "a.csv").write_text("id,text\n1,NATO is united.\n")
    (tmp_path / "b.csv").write_text("sep=,\nid,text\n2,Cut aid.\n")
    (tmp_path / "o").mkdir()
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "o" / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{str(tmp_path / 'b.csv')!r} opens with Excel's line 'sep=,'" in err and "on its own" in err, err


def test_a_glob_file_with_excels_sep_line_and_other_cells_is_told_both_at_once(tmp_path, capsys):
    # Told to "delete that line", a file of semicolons among files of commas was then refused for
    # its semicolons: two runs for one file. Both are said at once now.
    pytest.importorskip("dask")
    (tmp_path / "a.csv").write_text("sep=;\nid;text\n1;NATO is united.\n")
    (tmp_path / "b.csv").write_text("id,text\n2,Cut aid.\n")
    (tmp_path / "o").mkdir()
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "o" / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{str(tmp_path / 'a.csv')!r} opens with Excel's line 'sep=;'" in err, err
    assert f"separates its cells with semicolons and {str(tmp_path / 'b.csv')!r} with commas" in err, err
    (tmp_path / "a.csv").write_text("id;text\n1;NATO is united.\n")  # the line deleted: refused for the cells
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "o" / "out.csv")]) == 2
    assert "separates its cells with semicolons" in capsys.readouterr().err


def test_a_glob_file_with_excels_sep_line_is_offered_a_score_command_that_runs(tmp_path, capsys, monkeypatch):
    # A review of a5c0369: the refusal ended "score the file on its own (stance score FILE)",
    # which without -o fails "-o/--output required"; it names the file and an output that is no
    # file yet now, and the command runs as given.
    pytest.importorskip("dask")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.csv").write_text("sep=;\nid;text\n1;NATO is united.\n")
    (tmp_path / "g" / "b.csv").write_text("id;text\n2;Cut aid.\n")
    (tmp_path / "scored.csv").write_text("kept\n")
    assert main(["score", "g/*.csv", "-o", "out.csv"]) == 2
    err = capsys.readouterr().err
    offered = re.search(r"score the file on its own \((stance score [^)]*)\)", err).group(1)
    assert offered == "stance score g/a.csv -o scored_2.csv", err
    assert main(offered.split()[1:]) == 0 and "1;NATO is united.;" in (tmp_path / "scored_2.csv").read_text()
    assert (tmp_path / "scored.csv").read_text() == "kept\n"


def test_a_long_line_of_a_semicolon_csv_is_named_by_its_line(tmp_path):
    path = tmp_path / "semicolons.csv"
    path.write_text('id;text;labels\n1;"A first, long\ntext";x\n2;Basta; armi;y\n')
    with pytest.raises(InvalidInputError, match="line 4 has 4 fields where the header has 3; quote a text "
                                                 "that holds a semicolon"):
        read_table(path)


def test_a_header_with_commas_and_semicolons_reads_as_its_rows_split(tmp_path):
    named = tmp_path / "named.csv"
    named.write_text("id,Statement (EN; original)\n1,We stay; united.\n2,No.\n")
    assert list(read_table(named).columns) == ["id", "Statement (EN; original)"]
    # Its rows split by semicolons as its header does, and by commas they do not: a comma in a
    # name, which Excel does not quote when it separates cells with ";". Before: refused, with
    # advice to quote the name "as Excel does".
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("id;text;Kosten, EUR\n1;We stay united.;3\n2;No, never.;4\n")
    assert read_table(mixed).to_dict("list") == {"id": ["1", "2"], "text": ["We stay united.", "No, never."],
                                                 "Kosten, EUR": ["3", "4"]}


def test_a_header_whose_rows_split_alike_by_commas_and_semicolons_is_refused(tmp_path):
    # Each row's decimal comma splits it in two as the header's comma does: before, it was read
    # silently with commas, as columns ['id;text;Kosten', ' EUR'].
    path = tmp_path / "mixed.csv"
    path.write_text("id;text;Kosten, EUR\n1;We stay united.;3,50\n2;No.;4,25\n")
    with pytest.raises(InvalidInputError, match=r"header 'id;text;Kosten, EUR' .* by either .*"
                                                r"\['id', 'text', 'Kosten, EUR'\].*\['id;text;Kosten', ' EUR'\]"
                                                r".*rename the column"):
        read_table(path)


def test_a_one_column_header_holding_a_semicolon_as_every_row_does_is_refused(tmp_path):
    # Read with semicolons, it became columns ['Statement (EN', ' original)'] without a word;
    # before that, and now, it is refused: one column or two cannot be told apart.
    path = tmp_path / "notes.csv"
    path.write_text("Statement (EN; original)\nWe stay; united.\nSanctions work; keep them.\n")
    with pytest.raises(InvalidInputError, match=r"'Statement \(EN; original\)'.*\['Statement \(EN', "
                                                r"' original\)'\].*quote"):
        stance.score(path, text_column="Statement (EN; original)")
    # Quoted, as the advice says, it reads as its one column.
    path.write_text('"Statement (EN; original)"\nWe stay; united.\nSanctions work; keep them.\n')
    assert list(read_table(path).columns) == ["Statement (EN; original)"]


def test_a_one_column_file_still_reads(tmp_path):
    path = tmp_path / "texts.csv"
    path.write_text("text\nWe must stop; now.\nGood morning.\n")
    assert stance.score(path)["text"].tolist() == ["We must stop; now.", "Good morning."]


@pytest.mark.parametrize(("rows", "line"), [(["We stand together, as one.", "Not one more cent for Kyiv."], 2),
                                           (["Not one more cent for Kyiv.", "We stand together, as one."], 3)],
                         ids=["first-row", "later-row"])
def test_a_one_column_excel_csv_with_unquoted_commas_is_told_a_way_out_excel_has(tmp_path, capsys, rows, line):
    # An audit by an analyst on Windows: Excel in a ';' locale writes a one-column sheet with its
    # commas unquoted, and the refusal said only "quote a text that holds a comma", which Excel
    # cannot be made to do. It names the ways out Excel has, and each of them reads.
    path = tmp_path / "onecol.csv"
    path.write_bytes(("\ufefftext\r\n" + "".join(f"{row}\r\n" for row in rows)).encode("utf-8"))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 2
    said = capsys.readouterr().err
    assert f"line {line} " in said and "quote a text that holds a comma" in said, said
    assert "add a second column (an id)" in said and "'Unicode Text (*.txt)' and rename it .tsv" in said, said
    two = tmp_path / "twocol.csv"
    two.write_bytes(("\ufeffid;text\r\n" + "".join(f"{n};{row}\r\n" for n, row in enumerate(rows, 1)))
                    .encode("utf-8"))
    unicode_text = tmp_path / "onecol.tsv"
    unicode_text.write_bytes(("\ufefftext\r\n" + "".join(f"{row}\r\n" for row in rows)).encode("utf-16-le"))
    for way_out in (two, unicode_text):
        assert read_table(way_out)["text"].tolist() == rows
    # A two-column file's row of a comma too many is told to quote it, not of Excel's one-column ways out.
    path.write_text("text,label\nWe stand together, as one,unity\n")
    with pytest.raises(InvalidInputError, match="quote a text that holds a comma") as raised:
        read_table(path)
    assert "second column" not in str(raised.value)


def test_an_undecodable_byte_is_placed_in_the_file_not_in_pandas_block(tmp_path, energy_frame):
    path = tmp_path / "excel.csv"
    rows = energy_frame.to_csv(index=False).encode("utf-8") * 100  # several of pandas' blocks
    line = rows.count(b"\n") + 1
    path.write_bytes(rows + "We don\u2019t agree,none,\n".encode("cp1252"))
    # Before: the byte's position within the block pandas was decoding, not within the file; then
    # its offset in the whole file ("byte 1007163"), where stdin's lines count within the line:
    # a user opens the line and looks for the byte (an R user's audit).
    with pytest.raises(InvalidInputError, match=f"line {line}: its byte 7 is 0x92, which utf-8 cannot decode\\)"):
        stance.train(path)


@pytest.mark.parametrize(("name", "raw", "encoding", "line", "place"), [
    # Before: utf-8-sig's decoder counts after the mark it consumes: "line 3: its byte 1 is 0x43".
    ("marked.csv", b"\xef\xbb\xbftext,labels\nWe back NATO.,unity\nCaf\xe9 summit held.,none\n", "utf-8-sig", 3, 4),
    ("marked1.csv", b"\xef\xbb\xbftext,labels\nCaf\xe9 summit held.,none\n", "utf-8-sig", 2, 4),
    ("first.csv", b"\xef\xbb\xbfCaf\xe9,labels\nWe back NATO.,unity\n", "utf-8-sig", 1, 7),  # the mark's bytes too
    # Before: only "\n" ended a line: "line 1: its byte 36".
    ("mac.csv", b"text,labels\rWe back NATO.,unity\rCaf\xe9 summit held.,none\r", "utf-8", 3, 4),
    ("windows.csv", b"text,labels\r\nWe back NATO.,unity\r\nCaf\xe9 summit held.,none\r\n", "utf-8", 3, 4),
    # Before: a "\n" anywhere after the bad byte (here inside a quoted cell) made "\n" the line end
    # of a file whose lines end in "\r" alone: "line 1: its byte 12".
    ("maccell.csv", b'text,id\rD\xe9fense now.,2\r"NATO stands\nunited.",1\r', "utf-8", 2, 2),
    # A "\r" inside a cell of a file whose lines end in "\n" ends no line.
    ("unixcr.csv", b"text,labels\nWe back\rNATO.,unity\nCaf\xe9 summit held.,none\n", "utf-8", 3, 4),
    # Before: as many "\r" alone as "\n" counted lines at "\n" alone: "line 2: its byte 20" and
    # "line 3". Mixed, each of "\r\n", "\r" and "\n" ends a line, as a text editor shows them.
    ("mixed.csv", b"text,labels\rWe back NATO.,unity\nSend arms.,none\rCaf\xe9 summit held.,none\n", "utf-8", 4, 4),
    ("mixedcrlf.csv", b"text,labels\r\nWe back NATO.,unity\rSend arms.,none\nCaf\xe9 summit held.,none\r", "utf-8",
     4, 4),
])
def test_an_undecodable_byte_is_named_by_its_line_and_place_whatever_the_line_ends_and_mark(
        tmp_path, name, raw, encoding, line, place):
    path = tmp_path / name
    path.write_bytes(raw)
    for read_in in (encoding, "utf-8"):  # the default reads the mark as text, counting its bytes alike
        with pytest.raises(InvalidInputError, match=f"line {line}: its byte {place} is 0xe9, which {read_in} cannot"):
            read_table(path, encoding=read_in)


def test_a_broken_utf16_file_is_said_to_be_broken_not_in_cp1252(tmp_path, capsys):
    # Before: a lone surrogate opening line 3 was "its byte 2 is 0x00" (the decoder's count after the
    # mark, its line start one byte into a two-byte line end), with advice to read the file, or re-save
    # it with iconv, as cp1252, which reads every second byte of UTF-16 as a NUL.
    path = tmp_path / "u16.csv"
    path.write_bytes("text,labels\nWe back NATO.,unity\n".encode("utf-16") + b"\x00\xd8"
                     + "x summit,none\n".encode("utf-16-le"))
    message = ("'.*u16.csv' is not valid utf-16 \\(line 3: its byte 1 is 0x00, which utf-16 cannot decode\\); "
               "the file is broken")
    with pytest.raises(InvalidInputError, match=message) as raised:
        read_table(path)
    assert "cp1252" not in str(raised.value) and "encoding=" not in str(raised.value), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert re.search(message, err) and "iconv" not in err and "cp1252" not in err, err


@pytest.mark.parametrize(("codec", "given"), [("utf-16", "utf-8-sig"), ("utf-16", "ascii"), ("utf-16", "utf-32"),
                                              ("utf-32", "utf-8-sig"), ("utf-16-be", "cp1252")])
def test_a_file_whose_byte_order_mark_the_encoding_given_cannot_read_is_told_its_marks_encoding(
        tmp_path, capsys, codec, given):
    # A UTF-16 file with its mark, read with --encoding utf-8-sig, was told "pass --encoding
    # cp1252, or … iconv -f cp1252", which reads every second byte as a NUL, and stance document
    # "pass the file's real encoding", where the mark says which; --encoding utf-32 for it was
    # "cannot read: UTF-32 stream does not start with BOM" (a document's, a traceback).
    marked = codec[:6]  # what the mark names: utf-16-be writes UTF-16's
    rows = "id,text\n1,We back NATO.\n"
    path, document = tmp_path / "u.csv", tmp_path / "u.txt"
    for written in (path, document):
        data = rows.encode(codec)
        written.write_bytes(data if codec != "utf-16-be" else b"\xfe\xff" + data)
    if given == "cp1252":  # decodes every byte but 0x81, 0x8d, 0x8f, 0x90 and 0x9d: one after the mark
        for written in (path, document):
            written.write_bytes(written.read_bytes().replace(b"\x00W", b"\x00\x81"))
    told = (f"it starts with a {marked.upper()} byte-order mark, so it is {marked.upper()} text: ")
    with pytest.raises(InvalidInputError) as raised:
        read_table(path, encoding=given)
    assert str(raised.value).endswith(f"; {told}pass encoding={marked!r}, or leave encoding out, which reads the mark")
    assert "cp1252 for" not in str(raised.value) and "broken" not in str(raised.value)
    for command in (["score", str(path), "-o", str(tmp_path / "out.csv")], ["document", str(document)]):
        assert main([*command, "--encoding", given]) == 2
        err = capsys.readouterr().err
        # A table in an encoding of one byte a character is refused before a byte fails to decode.
        wide_read_narrow = given in ("cp1252", "ascii") and command[0] == "score"
        assert f"is not {given} text; " in err if wide_read_narrow else f"is not valid {given} (line " in err, err
        assert err.endswith(f"; {told}pass --encoding {marked}, or leave --encoding out, which reads the mark\n"), err
        assert main(command) == 0, capsys.readouterr().err  # as it says: the default reads the mark
        capsys.readouterr()


def test_the_advice_for_a_windows_file_is_cp1252_not_latin1(tmp_path):
    # latin-1 reads Excel's curly apostrophe (0x92) as a control character, so "don't"
    # would lose its negation; cp1252 reads it as "\u2019".
    path = tmp_path / "excel.csv"
    path.write_bytes("text,labels\nWe don\u2019t,x\n".encode("cp1252"))
    with pytest.raises(InvalidInputError, match="line 2: its byte 7 is 0x92.*encoding='cp1252'"):
        stance.train(path)


# A Ukrainian and a Russian row (KOI8-R has no Ukrainian "є" or "і").
CYRILLIC_ROWS = "text,labels\nМи підтримуємо Україну й надалі,єдність\nМы поддерживаем Украину,единство\n"


@pytest.mark.parametrize(("codec", "advice"), [
    ("cp1251", "encoding='cp1251' (Cyrillic Windows"),
    ("koi8_r", "encoding='koi8_r' (Cyrillic KOI8-R"),
])
def test_the_advice_for_a_cyrillic_file_is_its_cyrillic_encoding(tmp_path, capsys, codec, advice):
    # A cp1251 file was told "e.g. encoding='cp1252' for Excel on Windows", which reads its
    # Cyrillic as "Ìè ï³äòðèìóºìî" without a word (a Ukrainian audit).
    text = CYRILLIC_ROWS if codec == "cp1251" else "text,labels\nМы за,единство\nМы поддерживаем Украину,единство\n"
    path = tmp_path / "rada.csv"
    path.write_bytes(text.encode(codec))
    with pytest.raises(InvalidInputError, match="is not valid utf-8") as raised:
        stance.train(path)
    assert advice in str(raised.value) and "cp1252" not in str(raised.value), str(raised.value)
    assert read_table(path, encoding=codec).text.tolist() == pd.read_csv(io.StringIO(text)).text.tolist()
    # The command line names its --encoding, then how to re-save the file.
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert f"pass --encoding {codec}, or re-save it as UTF-8" in err, err
    # iconv knows KOI8-R as "koi8-r", not as Python's "koi8_r" ("conversion from 'koi8_r' unsupported").
    iconv = codec.replace("_", "-")
    assert f"re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 {path} > {tmp_path / 'rada.utf8.csv'}" in err, err
    assert "encoding=" not in err and "cp1252" not in err, err


def test_every_command_that_reads_a_file_takes_encoding_and_names_it_first(tmp_path, capsys, energy_frame):
    # Before: no command took an encoding; the advice was iconv, which Windows has not, and
    # stance.score_file had no encoding= either, where stance.score had.
    texts = ["Défense de l'Ukraine, déjà.", "L'OTAN reste unie à Zürich."]
    path, out = tmp_path / "w.csv", tmp_path / "out.csv"
    path.write_bytes(("id;text\r\n" + "".join(f"{n};{text}\r\n" for n, text in enumerate(texts))).encode("cp1252"))
    assert main(["score", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is not valid utf-8 (line 2: its byte 4 is 0xe9, which utf-8 cannot decode); pass --encoding cp1252, or " \
           "re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8" in err, err
    assert main(["score", str(path), "-o", str(out), "--encoding", "cp1252"]) == 0
    # written as Excel's "CSV UTF-8", separated as the input (see the test of another encoding above)
    assert pd.read_csv(out, sep=";", encoding="utf-8-sig").text.tolist() == texts
    assert stance.score_file(path, tmp_path / "lib.csv", encoding="windows-1252") == 2
    assert pd.read_csv(tmp_path / "lib.csv", sep=";", encoding="utf-8-sig").text.tolist() == texts
    document = tmp_path / "d.txt"
    document.write_bytes(" ".join(texts).encode("cp1252"))
    assert main(["document", str(document)]) == 2 and "pass --encoding cp1252, or re-save" in capsys.readouterr().err
    assert main(["document", str(document), "--encoding", "cp1252", "--json"]) == 0
    assert "Défense de l'Ukraine" in capsys.readouterr().out
    labelled = tmp_path / "labelled.csv"
    frame = energy_frame.assign(text=energy_frame.text + " — déjà")
    labelled.write_bytes(frame.to_csv(index=False).encode("cp1252"))
    for command in (["train", str(labelled), "-o", str(tmp_path / "m"), "--stance-column", "stance"],
                    ["evaluate", str(labelled), "--stance-column", "stance"],
                    ["check", str(labelled), "--stance-column", "stance", "-n", "1"],
                    ["suggest", str(path), "-n", "1", "--exclude", str(labelled)]):
        assert main(command) == 2 and "pass --encoding cp1252" in capsys.readouterr().err, command
        assert main([*command, "--encoding", "cp1252"]) == 0, capsys.readouterr().err
        capsys.readouterr()
    # A name no codec has is argparse's refusal; Dask, which reads UTF-8 only, refuses another encoding.
    assert main(["score", str(path), "-o", str(out), "--encoding", "cp-1252"]) == 2
    assert "argument --encoding: no encoding is named 'cp-1252'" in capsys.readouterr().err
    assert main(["score", str(tmp_path / "w*.csv"), "-o", str(out), "--encoding", "cp1252"]) == 2
    assert "--encoding is for one file read on this machine" in capsys.readouterr().err


def test_the_advice_for_a_western_file_stays_cp1252_and_the_command_line_names_iconv(tmp_path, capsys):
    path = tmp_path / "excel.csv"
    path.write_bytes("text,labels\nCafé à Zürich: déjà vu,x\nÉlargir l'Union,y\n".encode("cp1252"))
    with pytest.raises(InvalidInputError, match="encoding='cp1252' for Excel on Windows"):
        stance.train(path)
    assert main(["train", str(path), "-o", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert f"re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 {path} > {tmp_path / 'excel.utf8.csv'}" in err, err
    assert "encoding=" not in err and "on the command line" not in err, err


@pytest.mark.parametrize(("text", "other", "told"), [
    ("L’Alliance doit être unie, a déclaré le ministre.", "Nous soutenons l’Ukraine.",
     "pass --encoding mac_roman, or re-save it as UTF-8, e.g. iconv -f macintosh -t utf-8"),
    # cp1252 decodes these too, as "DŽfense", which reads as no word (a capital between a capital
    # and a small letter): Mac Roman comes first, cp1252 after it, as bytes cp1252 decodes may be its.
    ("Défense de l’Alliance", "Nous soutenons l’Ukraine.", "one of mac_roman, cp1252,"),
    ("Défense", "Nous sommes unis.", "one of mac_roman, cp1252,"),
])
def test_the_advice_for_a_mac_excel_csv_names_mac_roman(tmp_path, capsys, text, other, told):
    # A newsroom's audit: Mac Excel's "CSV (Macintosh)", in Mac Roman with lines ended by "\r"
    # alone, was told "pass --encoding cp1252", which cannot read its "ê" (0x90), or "one of
    # cp1252, cp932", where cp1252 turned "Défense de l’Alliance" into "DŽfense de lÕAlliance".
    path = tmp_path / "mac.csv"
    path.write_bytes(f"id;text\r1;{text}\r2;{other}\r".encode("mac_roman"))
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert told in err and "cp932" not in err, err
    with pytest.raises(InvalidInputError, match="encoding='mac_roman' \\(Mac Roman"):
        stance.score(path)
    assert stance.score(path, encoding="mac_roman")["text"].tolist() == [text, other]
    # The same text from Excel on Windows, in cp1252 with "\r\n", is told cp1252 alone as before,
    # and so with "\r" alone ("DÈfense" in Mac Roman reads as no word).
    for end in ("\r\n", "\r"):
        path.write_bytes(f"id;text{end}1;{text}{end}2;{other}{end}".encode("cp1252"))
        assert main(["score", str(path), "-o", str(tmp_path / "o.csv")]) == 2
        assert "pass --encoding cp1252, or re-save" in capsys.readouterr().err, end
    # Mac Roman with "\n" line ends that cp1252 reads no line of is named after cp1252.
    assert [each.codec for each in likely_encodings("id;text\n1;Défense de l’Alliance\n".encode("mac_roman"))][:2] \
        == ["cp1252", "mac_roman"]


@pytest.mark.parametrize(("text", "told"), [
    ("We don’t agree – never, he said.", "pass --encoding cp1252, or re-save"),
    ("•support for NATO", "one of cp1252, cp932,"),
])
def test_a_windows_csv_with_lines_ended_by_a_return_alone_is_not_told_mac_roman(tmp_path, capsys, text, told):
    # A review of d8b1ba5: cp1252 files whose lines end in "\r" alone were told Mac Roman first,
    # which reads "don’t" as "donít", or alone, which reads "•support" as "ïsupport", where they
    # were told cp1252 before. Mac Roman goes first only where it reads more lines than cp1252,
    # and is never named alone for bytes cp1252 decodes.
    path = tmp_path / "windows.csv"
    path.write_bytes(f"id;text\r1;{text}\r2;Ok\r".encode("cp1252"))
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert told in err and "mac_roman" not in err, err


@pytest.mark.parametrize("row", [
    "The café summit,ukraine", "It costs £5 million,ukraine", "Talks 2022–2024,ukraine", "It costs €40 bn,ukraine",
    "The £ and the ruble,ukraine",
])
def test_a_western_file_with_one_accent_or_symbol_is_not_taken_for_cyrillic(tmp_path, capsys, row):
    # Since ff0547c the sample began at the first byte UTF-8 cannot decode, so "café" gave
    # "\xe9 summit" and "é" alone, a word wholly beyond ASCII, made the file Cyrillic: the
    # hint said cp1251 (KOI8-R for a "£"), and following it turned "café" into "cafй".
    path = tmp_path / "f.csv"
    path.write_bytes(f"text,labels\n{row}\nSend tanks,unity\n".encode("cp1252"))
    with pytest.raises(InvalidInputError, match="encoding='cp1252' for Excel on Windows"):
        stance.train(path)
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert f"e.g. iconv -f cp1252 -t utf-8 {path} > {tmp_path / 'f.utf8.csv'}" in err, err
    assert "Cyrillic" not in err, err


def test_cyrillic_encoding_needs_words_wholly_of_cyrillic_letters():
    from stance.encodings import cyrillic_encoding

    assert cyrillic_encoding(b"\xe9 summit") is None  # the "é" of "café", cut off
    assert cyrillic_encoding("Quoted: “Yes.”— he said, été ".encode("cp1252")) is None
    assert cyrillic_encoding("The ruble, or рубль, fell: курс упал.".encode("cp1251"))[0] == "cp1251"
    assert cyrillic_encoding("Мы поддерживаем Украину".encode("koi8_r"))[0] == "koi8_r"


# Rows of parliamentary sets in Central European and Greek encodings (a Polish, German and
# French audit): Excel on Windows saves each in its locale's code page, not in cp1252.
CODE_PAGE_ROWS = {
    "polish": ("cp1250", "text,stance\nMusimy zwiększyć wydatki na obronność.,pro\n"
                         "Polska potrzebuje więcej czołgów.,pro\nŹródło problemu leży w Moskwie.,con\n"),
    "czech": ("cp1250", "text,stance\nČeská republika podporuje Ukrajinu.,pro\n"
                        "Musíme zvýšit výdaje na obranu příští rok.,pro\n"),
    "hungarian": ("cp1250", "text,stance\nMagyarország növeli a védelmi kiadásokat.,pro\n"
                            "A különböző vélemények erősítik a szövetséget.,pro\n"),
    "greek": ("cp1253", "text,stance\nΥποστηρίζουμε την Ουκρανία και το ΝΑΤΟ.,pro\n"
                        "Η Ελλάδα θα αυξήσει τις αμυντικές δαπάνες.,pro\n"),
    # Told cp1250 or cp1252, which read "wschodnią" as "wschodni±" and Estonian "õ" as "ő" (a
    # comparative-politics audit): ISO-8859-2, Unix's, and the Baltic code page were never named.
    "polish iso": ("iso-8859-2", "text,stance\nPolska musi wzmocnić wschodnią flankę.,pro\n"
                                 "Obecność sojuszników jest ważna: źródło siły.,pro\n"),
    "estonian": ("cp1257", "text,stance\nEesti toetab Ukrainat kõigest jõust.,pro\n"
                           "Šveitsi ja Žanna seisavad meie kõrval.,pro\n"),
    "latvian": ("cp1257", "text,stance\nLatvija stiprinās aizsardzību ņemot vērā draudus.,pro\n"
                          "Rīga atbalsta Ukrainu.,pro\n"),
    "lithuanian": ("cp1257", "text,stance\nLietuva remia Ukrainą nes grėsmė išlieka.,pro\n"
                              "Vilnius stiprina gynybą.,pro\n"),
    "greek iso": ("iso-8859-7", "text,stance\nΆμυνα και ασφάλεια της Ευρώπης.,pro\n"
                                "Η Ελλάδα θα αυξήσει τις αμυντικές δαπάνες.,pro\n"),
}


@pytest.mark.parametrize("language", sorted(CODE_PAGE_ROWS))
def test_the_advice_for_a_central_european_or_greek_file_is_its_code_page(tmp_path, capsys, language):
    # A cp1250 file was told "e.g. encoding='cp1252' for Excel on Windows", which reads
    # "zwiększyć" as "zwiêkszyæ" and "czołgów" as "czo³gów"; a Greek one was told cp1251.
    codec, text = CODE_PAGE_ROWS[language]
    path = tmp_path / "sejm.csv"
    path.write_bytes(text.encode(codec))
    for call in (lambda: stance.train(path, stance_column="stance", stem=False), lambda: stance.score(path)):
        with pytest.raises(InvalidInputError, match="is not valid utf-8") as raised:
            call()
        assert f"encoding={codec!r}" in str(raised.value) and "cp1252" not in str(raised.value), str(raised.value)
    # The advice is right: the file reads in it as it was written.
    assert read_table(path, encoding=codec).text.tolist() == pd.read_csv(io.StringIO(text)).text.tolist()
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"re-save it as UTF-8, e.g. iconv -f {codec} -t utf-8 {path} > {tmp_path / 'sejm.utf8.csv'}" in err, err
    assert "cp1252" not in err, err


# Press statements in the two-byte encodings of East Asia and the code pages of Arabic (an audit
# of Chinese, Japanese, Korean and Arabic sets): each as its locale's Excel or Notepad saves it.
WIDE_ROWS = {
    "chinese": ("gb18030", "text,stance\n主持人：欢迎各位参加今天的记者会。,pro\n"
                           "我们坚决反对北约东扩，支持和平谈判。,con\n"),
    "traditional chinese": ("cp950", "text,stance\n北約組織今天召開會議。,pro\n我們支持和平談判，反對戰爭。,con\n"),
    "japanese": ("cp932", "text,stance\n記者会見を始めます。,pro\n日本は同盟を支持します。,pro\n"),
    "japanese euc": ("euc_jp", "text,stance\n記者会見を始めます。,pro\n日本は同盟を支持します。,pro\n"),
    "korean": ("cp949", "text,stance\n북대서양 조약 기구는 오늘 회의를 열었습니다.,pro\n"
                        "우리는 평화를 지지합니다.,pro\n"),
    "arabic": ("cp1256", "text,stance\nالمتحدث: نحن نرفض توسع الناتو.,con\nنؤيد السلام، والحوار.,pro\n"),
    "arabic iso": ("iso-8859-6", "text,stance\nالمتحدث: نحن نرفض توسع الناتو.,con\nنؤيد السلام، والحوار.,pro\n"),
}


@pytest.mark.parametrize("language", sorted(WIDE_ROWS))
def test_the_advice_for_an_east_asian_or_arabic_file_is_its_encoding(tmp_path, capsys, language):
    # GB18030 was told "e.g. encoding='cp1251' (Cyrillic Windows)", cp1256 "koi8_r" and Shift_JIS
    # "cp1252": following the advice trained on "ЦчіЦ…" with no warning.
    codec, text = WIDE_ROWS[language]
    path = tmp_path / "press.csv"
    path.write_bytes(text.encode(codec))
    with pytest.raises(InvalidInputError, match="is not valid utf-8") as raised:
        stance.score(path)
    assert f"encoding={codec!r}" in str(raised.value) and "do not tell" not in str(raised.value), str(raised.value)
    assert read_table(path, encoding=codec).text.tolist() == pd.read_csv(io.StringIO(text)).text.tolist()
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    iconv = {"euc_jp": "euc-jp"}.get(codec, codec)
    assert f"re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 {path} > {tmp_path / 'press.utf8.csv'}" in err, err
    assert "Cyrillic" not in err and "cp1252" not in err, err


def test_an_estonian_file_that_reads_as_hungarian_too_is_told_both_and_alike_by_document_and_train(
        tmp_path, capsys):
    # Estonian in cp1257 was told "pass --encoding cp1250", which read "kõrval" as "kőrval"
    # without a word: its "õ" is Hungarian "ő" there, and it has no "š" or "ž" to tell, so both
    # are named, and the same by `stance document` and the table readers.
    text = "Ukraina toetamine on meie julgeoleku küsimus. Me seisame Ukraina kõrval lõpuni."
    document, table = tmp_path / "et.txt", tmp_path / "et.csv"
    document.write_bytes(f"{text}\n".encode("cp1257"))
    table.write_bytes(f"text,stance\n{text},pro\n".encode("cp1257"))
    told = "pass --encoding with the file's real encoding, one of cp1250, cp1257, or re-save"
    assert main(["document", str(document)]) == 2
    assert told in capsys.readouterr().err
    assert main(["train", str(table), "-o", str(tmp_path / "m"), "--stance-column", "stance"]) == 2
    assert told in capsys.readouterr().err
    with pytest.raises(InvalidInputError, match="its bytes do not tell which") as raised:
        stance.score(table)
    assert "encoding='cp1257' (Baltic Windows, which reads its text as Estonian, Latvian or Lithuanian)" \
        in str(raised.value), str(raised.value)
    # Where cp1250 and ISO-8859-2 read a Czech line alike, one is named: the other is no other text.
    from stance.encodings import likely_encodings

    for codec in ("cp1250", "iso-8859-2"):
        assert [e.codec for e in likely_encodings("Vláda České republiky to dnes řekla.".encode(codec))] == ["cp1250"]


def test_likely_encodings_names_several_when_the_bytes_do_not_tell():
    from stance.encodings import likely_encodings

    # Two hanzi are as many Big5, EUC-JP or Korean characters: no one guess is sure.
    named = [encoding.codec for encoding in likely_encodings("欢迎".encode("gb18030"))]
    assert len(named) > 1 and "gb18030" in named, named
    def found(text: str, codec: str) -> list[str]:
        return [encoding.codec for encoding in likely_encodings(text.encode(codec))]

    # Korean read as GBK is common hanzi, but spaced every third: Korean, alone.
    assert found("우리는 평화를 지지합니다. 회의를 열었습니다.", "cp949") == ["cp949"]
    # Japanese in EUC-JP decodes as GB18030 too ("淡荚柴斧を幌めます"): kana and rare hanzi tell.
    assert found("記者会見を始めます。日本は同盟を支持します。", "euc_jp") == ["euc_jp"]
    # A failed encoding is not named again.
    assert "gb18030" not in [e.codec for e in likely_encodings("我们支持和平。".encode("gb18030"), "gb18030")]


def test_the_advice_never_names_the_encoding_that_failed(tmp_path):
    # Read as cp1252, as advised, a Polish file with "Ź" (0x8F, which cp1252 lacks) was told
    # to try "e.g. encoding='cp1252'" again.
    codec, text = CODE_PAGE_ROWS["polish"]
    path = tmp_path / "sejm.csv"
    path.write_bytes(text.encode(codec))
    with pytest.raises(InvalidInputError, match="is not valid cp1252 \\(line 4: its byte 1 is 0x8f") as raised:
        stance.train(path, stance_column="stance", stem=False, encoding="cp1252")
    assert "encoding='cp1250' (Central European Windows)" in str(raised.value), str(raised.value)
    assert "encoding='cp1252'" not in str(raised.value), str(raised.value)
    # Named another way, the encoding that failed is still not suggested.
    path.write_bytes("text\nWe don\u2019t agree \u2013 at all\n".encode("cp1252") + b"\x81\n")
    with pytest.raises(InvalidInputError, match="is not valid windows-1252") as raised:
        stance.score(path, encoding="windows-1252")
    assert "encoding='cp1252'" not in str(raised.value), str(raised.value)


def test_likely_encoding_prefers_cp1252_unless_another_code_page_reads_the_letters_better():
    from stance.encodings import likely_encoding

    def guess(text: str, codec: str, failed: str = "utf-8") -> str | None:
        found = likely_encoding(text.encode(codec), failed)
        return None if found is None else found.codec

    # Western text reads as well in cp1250 ("déjà" as "déjŕ"): the tie is Excel's cp1252.
    assert guess("Café à Zürich: déjà vu, l'Élysée, Größe", "cp1252") == "cp1252"
    assert guess("It costs £5 million – “a lot”", "cp1252") == "cp1252"
    assert guess("Spain: ¿Qué pasa? España, São Paulo", "cp1252") == "cp1252"
    assert guess("Hrvatska će učiniti više za međunarodnu sigurnost", "cp1250") == "cp1250"
    assert guess("Slovensko: ľudia chcú ťažké zbrane", "cp1250") == "cp1250"
    assert guess("Мы поддерживаем Украину", "cp1251") == "cp1251"
    assert guess("Мы поддерживаем Украину", "koi8_r") == "koi8_r"
    assert guess("Η Ελλάδα θα αυξήσει τις δαπάνες", "cp1253") == "cp1253"
    assert guess("Άμυνα και ασφάλεια της Ευρώπης", "iso-8859-7") == "iso-8859-7"  # Ά is 0xB6, "¶" in cp1253
    assert guess("Café à Zürich", "cp1252", failed="cp1252") != "cp1252"


@pytest.mark.parametrize("sample", [b"We stand\x85with Ukraine\n", b"Well\x85maybe later.\r\n",
                                    b"Caf\xe9 \x85 ok\nWe stand\x85with Ukraine\n"])
def test_an_ellipsis_typed_between_letters_is_told_cp1252_not_a_line_end(tmp_path, capsys, sample):
    from stance.encodings import likely_encodings

    # cp1252's "…" (0x85) between two letters was told ISO-8859-2 alone, which reads it as NEL,
    # a C1 control that Python counts as a space; read so, it was then warned of as mojibake.
    assert [encoding.codec for encoding in likely_encodings(sample)] == ["cp1252"]
    path = tmp_path / "t.csv"
    path.write_bytes(b"text\r\n" + sample.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "pass --encoding cp1252," in err and "iso-8859-2" not in err, err


@pytest.mark.parametrize(("name", "codec", "mark"), [
    ("excel_unicode.csv", "utf-16-le", b"\xff\xfe"),  # what Windows tools write as "Unicode"
    ("export.tsv", "utf-16-be", b"\xfe\xff"),
    ("records.jsonl", "utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_a_table_with_a_utf16_or_utf32_byte_order_mark_reads_as_utf8_would(tmp_path, energy_frame, name,
                                                                            codec, mark):
    frame = energy_frame.assign(text=energy_frame.text + " \u2014 Zelensk\u0177")  # beyond cp1252 and latin-1
    plain, unicode = tmp_path / f"plain{Path(name).suffix}", tmp_path / name
    if name.endswith(".jsonl"):
        frame.to_json(plain, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_csv(plain, index=False, sep="\t" if name.endswith(".tsv") else ",")
    unicode.write_bytes(mark + plain.read_text(encoding="utf-8").encode(codec))
    # Before: "is not valid utf-8 (line 1, byte 0) … e.g. encoding='cp1252'", advice that
    # would have read every second byte as a NUL.
    pd.testing.assert_frame_equal(read_table(unicode), read_table(plain))
    assert stance.train(unicode, stance_column="stance").labels == stance.train(plain, stance_column="stance").labels
    for source in (plain, unicode):  # stance score reads in chunks, through its own reader
        assert main(["score", str(source), "-o", str(tmp_path / f"{source.name}.out.csv"), "--prefix", "pred_",
                     "--chunk-size", "7", "--no-progress"]) == 0
    # The same bytes after UTF-8's byte-order mark, which a marked input's CSV output begins with.
    written = (tmp_path / f"{unicode.name}.out.csv").read_bytes()
    assert written == codecs.BOM_UTF8 + (tmp_path / f"{plain.name}.out.csv").read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl"])
def test_the_scores_of_an_excel_csv_utf8_file_keep_its_byte_order_mark(tmp_path, capsys, suffix):
    # An audit of Chinese and Arabic sets: the scores of Excel's "CSV UTF-8" (a UTF-8 file that
    # begins with a byte-order mark) were written without one, so Excel, which reads a CSV
    # without it in the locale's code page, showed their Chinese and Arabic as mojibake.
    texts = ["北约必须保持团结。", "نحن نرفض توسع الناتو.", "We stand with Ukraine."]
    marked, plain = tmp_path / "excel.csv", tmp_path / "plain.csv"
    marked.write_text("text\n" + "\n".join(texts) + "\n", encoding="utf-8-sig")
    plain.write_text("text\n" + "\n".join(texts) + "\n", encoding="utf-8")
    for source in (marked, plain):
        assert main(["score", str(source), "-o", str(tmp_path / f"{source.stem}.out{suffix}"), "--no-progress"]) == 0
    written, unmarked = (tmp_path / f"excel.out{suffix}").read_bytes(), (tmp_path / f"plain.out{suffix}").read_bytes()
    # A CSV or TSV begins with it, as the input did, and is otherwise the same; JSON Lines has none.
    assert written == (codecs.BOM_UTF8 if suffix != ".jsonl" else b"") + unmarked
    assert not unmarked.startswith(codecs.BOM_UTF8)
    assert read_table(tmp_path / f"excel.out{suffix}").text.tolist() == texts


def test_cells_a_spreadsheet_takes_for_formulas_are_written_as_they_are(tmp_path, capsys):
    # A Windows user's audit: the README warned only of "=", where "+", "-", "@", a tab and a
    # carriage return start a formula too. Its fuller warning rests on this: every such cell
    # is written as it is (a "'" before it would change the texts read back), in each format.
    texts = ['=HYPERLINK("https://x.example/?"&A2,"details")', "+49 30 1234", "-Send tanks now", "@SUM(1)",
             "\t=1+1", "\r=1+1"]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts))
    for suffix in (".csv", ".tsv", ".jsonl"):
        assert main(["score", str(path), "-o", str(tmp_path / f"out{suffix}"), "--no-progress"]) == 0
        assert read_table(tmp_path / f"out{suffix}")["text"].tolist() == texts
    capsys.readouterr()


@pytest.mark.parametrize(("command", "codec"), [
    ("suggest", "utf-8-sig"), ("check", "utf-8-sig"), ("document", "utf-8-sig"), ("document", "utf-16"),
])
def test_suggest_check_and_document_outputs_keep_their_inputs_byte_order_mark(tmp_path, capsys, energy_frame,
                                                                              command, codec):
    # A Windows user's audit: `score -o` kept the byte-order mark of Excel's "CSV UTF-8" (or
    # of Notepad's UTF-16 text), but `suggest -o`, `check -o` and `document -o`, which the
    # README says write "as `stance score -o` writes it", dropped it: Excel showed mojibake.
    if command == "document":
        content, name = "Ms Kallas: Ми підтримуємо Україну.\r\nMr Li: 北约必须保持团结。\r\n", "speech.txt"
    else:
        content, name = energy_frame[["text", "labels", "stance"]].to_csv(index=False), "data.csv"
    marked, plain = tmp_path / "marked" / name, tmp_path / "plain" / name
    for folder, encoding in ((marked.parent, codec), (plain.parent, "utf-8")):
        folder.mkdir()
        (folder / name).write_text(content, encoding=encoding)
        arguments = ["-n", "3"] if command == "suggest" else ["--stance-column", "stance"] if command == "check" else []
        assert main([command, str(folder / name), *arguments, "-o", str(folder / "out.csv")]) == 0
    capsys.readouterr()
    written, unmarked = (marked.parent / "out.csv").read_bytes(), (plain.parent / "out.csv").read_bytes()
    assert written == codecs.BOM_UTF8 + unmarked and not unmarked.startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize(("encoding", "arguments"), [
    ("utf-8-sig", []), ("utf-16", []), ("cp1252", ["--encoding", "cp1252"]), ("utf-8", ["--bom"]),
])
def test_document_from_stdin_gives_its_output_a_byte_order_mark_as_a_file_does(tmp_path, capsys, monkeypatch,
                                                                                encoding, arguments):
    # An audit: `stance document - -o s.csv` never began s.csv with the mark, though stdin had
    # one or was read in cp1252, where `stance document speech.txt -o f.csv` of the same bytes did.
    content = "Ms Kallas: We back Ukraine\u2019s fight, d\u00e9fense first.\r\n"
    path = tmp_path / "speech.txt"
    path.write_bytes(content.encode(encoding))
    assert main(["document", str(path), *arguments, "-o", str(tmp_path / "file.csv")]) == 0
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    assert main(["document", "-", *arguments, "-o", str(tmp_path / "stdin.csv")]) == 0
    capsys.readouterr()
    assert (tmp_path / "stdin.csv").read_bytes() == (tmp_path / "file.csv").read_bytes()
    assert (tmp_path / "stdin.csv").read_bytes().startswith(codecs.BOM_UTF8)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(content.encode("utf-8"))))
    assert main(["document", "-", "-o", str(tmp_path / "plain.csv")]) == 0  # unmarked UTF-8: no mark
    capsys.readouterr()
    assert not (tmp_path / "plain.csv").read_bytes().startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize("command", ["score", "suggest", "check", "document"])
def test_bom_begins_an_output_with_the_byte_order_mark_whatever_the_input(tmp_path, capsys, energy_frame, command):
    # A Windows user's audit: an output of a UTF-8 file without the mark had none, and no option
    # gave one, so Excel, which reads a CSV without it in the locale's code page, garbled it.
    if command == "document":
        content, name = "Mr Li: 北约必须保持团结。\r\nMs Kallas: We back Ukraine\u2019s fight.\r\n", "speech.txt"
    else:
        content, name = energy_frame[["text", "labels", "stance"]].to_csv(index=False), "data.csv"
    (tmp_path / name).write_text(content, encoding="utf-8")
    arguments = {"suggest": ["-n", "3"], "check": ["--stance-column", "stance"], "score": ["--prefix", "pred_"]}.get(
        command, [])
    for suffix in (".csv", ".tsv"):
        plain, marked = tmp_path / f"plain{suffix}", tmp_path / f"marked{suffix}"
        assert main([command, str(tmp_path / name), *arguments, "-o", str(plain)]) == 0
        assert main([command, str(tmp_path / name), *arguments, "-o", str(marked), "--bom"]) == 0
        assert marked.read_bytes() == codecs.BOM_UTF8 + plain.read_bytes()
        assert not plain.read_bytes().startswith(codecs.BOM_UTF8)
    capsys.readouterr()
    if command == "score":
        stance.score_file(tmp_path / name, tmp_path / "py.csv", bom=True, prefix="pred_", progress=False)
        assert (tmp_path / "py.csv").read_bytes() == (tmp_path / "marked.csv").read_bytes()


@pytest.mark.parametrize(("line", "kind"), [
    ("null", "null"), ("[1, 2]", "an array"), ('"NATO is united."', "a string"), ("14", "a number"),
    ("1.5", "a number"), ("true", "true or false"),
])
def test_a_json_lines_row_that_is_no_object_is_named_by_jsons_type(tmp_path, line, kind):
    # An audit: "line 2 holds a JSON NoneType", Python's name of the type, which JSON calls null.
    path = tmp_path / "in.jsonl"
    path.write_text(f'{{"text": "We stand."}}\n{line}\n', encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        read_table(path)
    assert str(raised.value) == f"cannot read {str(path)!r}: line 2 holds {kind}, not a JSON object of named values"


def test_a_json_lines_output_warns_of_infinities_written_as_null(tmp_path, capsys):
    # An audit: an input's infinity (1e999 in JSON Lines, a Parquet inf) was written null in a
    # .jsonl output, as a missing value is, without a word, where CSV and Parquet keep "inf".
    # JSON has no infinity (to_dict and a model's metrics write null too): a warning names the column.
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "NATO is united.", "w": 1e999}\n{"text": "We stand.", "w": -1e999}\n'
                      '{"text": "Hold the line.", "w": 0.5}\n', encoding="utf-8")
    told = "column 'w' holds 2 infinite numbers, written as null as a missing value is (JSON has no infinity)"
    with pytest.warns(stance.StanceWarning, match=re.escape(told)):
        stance.score_file(source, tmp_path / "out.jsonl", progress=False)
    assert [json.loads(line)["w"] for line in (tmp_path / "out.jsonl").read_text().splitlines()] == [None, None, 0.5]
    assert main(["score", str(source), "-o", str(tmp_path / "cli.jsonl"), "--no-progress"]) == 0
    assert told in capsys.readouterr().err
    assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    assert "infinite" not in capsys.readouterr().err  # CSV keeps them


def test_a_json_lines_output_encodes_a_column_at_once_to_the_same_records(monkeypatch):
    # An audit of 200,000 scored rows: -o scored.jsonl took 24.9 s against 7.7 s to .csv, each
    # cell passed through _json_cell and json.dumps alone. Numbers and texts are now encoded a
    # column at once; the records are what json.dumps wrote of each row's dict, byte for byte.
    import numpy as np

    from stance import files

    called = []
    cell = files._json_cell
    monkeypatch.setattr(files, "_json_cell", lambda value: called.append(value) or cell(value))
    frame = pd.DataFrame({
        "text": pd.Series(["Tanks\udcc3", "a\u2028b\x9b", None], dtype=object),
        "s": pd.array(["é", None, '"\\\t'], dtype="string[pyarrow]"),
        "p": [0.1, float("nan"), -float("inf")], "n": np.array([9007199254740993, -1, 0]), "ok": [True, False, True],
        "day": pd.to_datetime(["2024-02-20", None, "2024-02-21"]),
    })
    out = io.StringIO()
    files._JsonLines(out).write(frame, None)
    assert out.getvalue().splitlines() == [
        '{"text": "Tanks\\udcc3", "s": "é", "p": 0.1, "n": 9007199254740993, "ok": true, "day": "2024-02-20T00:00:00"}',
        '{"text": "a\\u2028b\\u009b", "s": null, "p": null, "n": -1, "ok": false, "day": null}',
        '{"text": null, "s": "\\"\\\\\\t", "p": null, "n": 0, "ok": true, "day": "2024-02-21T00:00:00"}',
    ]
    assert len(called) == 3  # the dates' cells alone, which json.dumps has no type for


def test_a_json_lines_output_refuses_a_long_double_or_a_0d_array_naming_its_column():
    # A review of 59dcfec9: a long-double column took the float path, whose tolist() gives numpy's long doubles,
    # and wrote {"a": np.longdouble('0.1000…')} (no JSON) where it raised before; one in an object column (or a
    # 0-d array) raised json's TypeError or "'float' object is not iterable" from deep in the writer.
    import numpy as np

    from stance import files

    advice = "which JSON Lines cannot write; convert the column to float, int or str first"
    if np.dtype(np.longdouble).itemsize <= 8:  # Windows, Apple silicon: a long double is a double
        pytest.skip("a long double is a double here, written as floats are")
    named = np.dtype(np.longdouble).name  # "float128", in numpy 1 as in 2 (whose type name is "longdouble")
    for frame, told in [
        (pd.DataFrame({"a": np.array([0.1], dtype=np.longdouble)}),
         f"column 'a' holds a {named} ({np.longdouble(0.1)!s}), {advice} (df['a'].astype(float), say)"),
        (pd.DataFrame({"b": pd.Series(["x", np.longdouble(0.5)], dtype=object)}),
         f"column 'b' holds a {named} (0.5), {advice} (df['b'].astype(float), say)"),
        (pd.DataFrame({"c": pd.Series([np.array(0.5)], dtype=object)}),
         f"column 'c' holds a 0-d array (0.5), {advice} (df['c'].astype(float), say)"),
    ]:
        out = io.StringIO()
        with pytest.raises(stance.exceptions.InvalidInputError) as raised:
            files._JsonLines(out).write(frame, None)
        assert str(raised.value) == told
        assert out.getvalue() == ""
    # a long double's NaN is missing, as a float's is; float32 still takes the column's path
    out = io.StringIO()
    files._JsonLines(out).write(pd.DataFrame({"a": np.array([np.nan], dtype=np.longdouble),
                                              "f": np.array([0.5], dtype=np.float32)}), None)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [{"a": None, "f": 0.5}]


def test_bom_leaves_a_json_lines_output_without_the_mark(tmp_path, capsys, energy_frame):
    # A review: --bom put the mark on a .jsonl output too, which json.loads ("Unexpected UTF-8
    # BOM") and pandas.read_json(lines=True) then refused; the mark is Excel's, for tables.
    # The command refuses --bom beside such an -o (see the test below); bom=True writes none.
    source = tmp_path / "data.csv"
    energy_frame[["text"]].to_csv(source, index=False)
    stance.score_file(source, tmp_path / "py.jsonl", bom=True, progress=False)
    assert not (tmp_path / "py.jsonl").read_bytes().startswith(codecs.BOM_UTF8)
    assert len(pd.read_json(tmp_path / "py.jsonl", lines=True)) == len(energy_frame)


def test_encoding_and_bom_that_would_do_nothing_are_refused_before_any_work(tmp_path, capsys, monkeypatch):
    # An audit: --encoding beside Parquet inputs, which are read in no encoding, and --bom beside
    # a .jsonl -o or none were taken without a word; and the --encoding put a byte-order mark on
    # a .csv -o, which a Parquet input's output has none of.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    frame = pd.DataFrame({"text": ["We stand together.", "Send tanks to Kyiv.", "The summit opens."],
                          "labels": ["unity", "ukraine_support", "none"]})
    frame.to_parquet("pool.parquet")
    Path("pq").mkdir()
    frame.to_parquet("pq/a.parquet")
    Path("sp.txt").write_text("We stand together.\n")
    encoding = "--encoding cp1252 does nothing here: it reads .csv, .tsv and .jsonl files, and "
    for argv, said in (
            (["score", "pool.parquet", "-o", "z.csv", "--no-progress"], "'pool.parquet' is Parquet"),
            (["suggest", "pool.parquet", "-o", "x.csv"], "'pool.parquet' is Parquet"),
            (["suggest", "pq"], "the files of 'pq' are all Parquet"),
            (["train", "pool.parquet", "-o", "m"], "'pool.parquet' is Parquet"),
            (["evaluate", "pq"], "the files of 'pq' are all Parquet"),
            (["check", "pool.parquet"], "'pool.parquet' is Parquet")):
        status, (out, err) = main([*argv, "--encoding", "cp1252"]), capsys.readouterr()
        assert (status, out) == (2, "") and err == f"stance {argv[0]}: {encoding}{said}, which holds its text in its " \
                                                   f"own encoding; leave --encoding out\n", err
    bom = "--bom does nothing here: it begins a .csv or .tsv -o with UTF-8's byte-order mark, and "
    for argv, said in ((["score", "pool.parquet", "-o", "b.jsonl", "--no-progress"], "-o 'b.jsonl' is .jsonl"),
                       (["document", "sp.txt"], "there is no -o"), (["suggest", "pool.parquet"], "there is no -o"),
                       (["check", "pool.parquet", "-o", "i.parquet"], "-o 'i.parquet' is .parquet")):
        status, (out, err) = main([*argv, "--bom"]), capsys.readouterr()
        assert (status, out, err) == (2, "", f"stance {argv[0]}: {bom}{said}; leave --bom out\n")
    assert sorted(path.name for path in Path().iterdir()) == ["pool.parquet", "pq", "sp.txt"]
    # An --encoding that reads a file of them is taken, and marks no output of a Parquet pool.
    frame.iloc[:1].to_csv("done.csv", index=False, encoding="cp1252")
    assert main(["suggest", "pool.parquet", "--exclude", "done.csv", "--encoding", "cp1252", "-o", "y.csv"]) == 0
    assert not Path("y.csv").read_bytes().startswith(codecs.BOM_UTF8) and len(pd.read_csv("y.csv")) == 2
    # A review: a folder of a Parquet file and a cp1252 .csv, the Parquet first by name, lost the
    # mark its .csv rows were read for; a mistyped file was told it is Parquet, and a .gz -o to
    # leave --bom out, before what is wrong was said.
    Path("mix").mkdir()
    frame.to_parquet("mix/a.parquet")
    frame.assign(text=frame.text + " (Bündnis)").to_csv("mix/b.csv", index=False, encoding="cp1252")
    assert main(["suggest", "mix", "--encoding", "cp1252", "-o", "mixed.csv", "-n", "6"]) == 0
    assert Path("mixed.csv").read_bytes().startswith(codecs.BOM_UTF8)
    capsys.readouterr()
    assert main(["score", "pool.parquey", "-o", "t.csv", "--encoding", "cp1252"]) == 2
    assert "file not found: 'pool.parquey'" in capsys.readouterr().err
    assert main(["suggest", "pool.parquet", "--exclude", "labelled_typo.csv", "--encoding", "cp1252"]) == 2
    assert "file not found: 'labelled_typo.csv'" in capsys.readouterr().err
    assert main(["suggest", "pool.parquet", "--exclude", "nomatch*.csv", "--encoding", "cp1252"]) == 2
    assert "Parquet" not in capsys.readouterr().err
    assert main(["score", "pool.parquet", "-o", "t.csv.gz", "--bom"]) == 2
    assert "--bom" not in capsys.readouterr().err


@pytest.mark.parametrize("command", ["suggest", "check"])
def test_an_output_of_a_utf8_marked_file_read_in_utf16_is_written(tmp_path, capsys, energy_frame, command):
    # A review: the rows of such a file were read as UTF-8 (its mark says so), but the output's
    # separator was read in the encoding given, and -o ended in a traceback, UnicodeError "UTF-16
    # stream does not start with BOM", after the work was done.
    source = tmp_path / "marked.csv"
    source.write_bytes(energy_frame[["text", "labels", "stance"]].to_csv(index=False).encode("utf-8-sig"))
    out = tmp_path / "out.csv"
    arguments = ["-n", "3"] if command == "suggest" else ["--stance-column", "stance"]
    assert main([command, str(source), *arguments, "--encoding", "utf-16", "-o", str(out)]) == 0
    assert "starts with a UTF-8 byte-order mark" in capsys.readouterr().err
    assert out.read_bytes().startswith(codecs.BOM_UTF8) and len(pd.read_csv(out, encoding="utf-8-sig")) > 0


@pytest.mark.parametrize("spelled", ["UTF-8", "utf8", "utf_8", "U8"])
def test_utf8_under_any_of_its_names_is_the_default(tmp_path, spelled):
    # Before: only "utf-8" itself was the default; "UTF-8" read an Excel file's byte-order mark and
    # sep= line as its header ("line 3 has 2 fields where the header has 1"), gave a UTF-16 file
    # without a mark column names of NULs, and refused one with a mark with advice to try cp1252.
    excel, marked, unmarked = tmp_path / "excel.csv", tmp_path / "marked.csv", tmp_path / "unmarked.csv"
    excel.write_bytes(b"\xef\xbb\xbfsep=;\r\ntext;labels\r\nWe back NATO, now.;unity\r\n")
    marked.write_bytes("text,labels\nWe back NATO.,unity\n".encode("utf-16"))
    unmarked.write_bytes("text,labels\nWe back NATO.,unity\n".encode("utf-16-le"))
    assert read_table(excel, encoding=spelled).text.tolist() == ["We back NATO, now."]
    assert read_table(marked, encoding=spelled).text.tolist() == ["We back NATO."]
    with pytest.raises(InvalidInputError, match="looks like UTF-16 little-endian without a byte-order mark"):
        stance.score(unmarked, encoding=spelled)


@pytest.mark.parametrize("encoding, told", [
    ("cp-1252", "did you mean 'cp1252'?"),
    ("rot13", "give one that Python knows, such as 'utf-8', 'cp1252' or 'utf-16'"),
])
def test_an_encoding_python_does_not_know_is_refused_naming_the_argument(tmp_path, encoding, told):
    # Before: Python's LookupError ("unknown encoding: cp-1252"), or, for a codec of bytes, "'rot13'
    # is not a text encoding; use codecs.open() to handle arbitrary codecs", naming no argument.
    # rot13, a codec of no text, is offered as no encoding.
    path = tmp_path / "t.csv"
    path.write_text("text\nWe back NATO.\n")
    with pytest.raises(InvalidInputError, match=f"^encoding: no encoding is named {encoding!r}; {re.escape(told)}$"):
        read_table(path, encoding=encoding)
    with pytest.raises(stance.InvalidTypeError, match="encoding must be a str naming an encoding"):
        read_table(path, encoding=None)


@pytest.mark.parametrize("typed, meant", [
    # Each of cp1125 and cp1255 is one edit away (a digit changed, two swapped); cp1252 and the
    # other cp125x are two: difflib's ratio, alone, had them all alike. cp1252, which most who type
    # cp1525 mean, is named too, a common encoding two edits away (it was offered cp1125 or cp1255).
    ("cp1525", ["cp1125", "cp1252", "cp1255"]), ("cp1522", ["cp1252"]),
    ("cp-1250", ["cp1250"]), ("utf16le", ["utf-16le"]),  # a name written otherwise: it alone
    ("cp125", ["cp1125", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258"]),
    ("utf-61", ["utf-16"]), ("lattin1", ["latin-1"]), ("UTF8x", ["utf-8"]), ("koi8", ["koi8-r"]),
    # Not "utf", UTF-8's alias that begins the utf-8 offered: it was 'utf', 'utf-7' or 'utf-8'.
    ("utf-9", ["utf-7", "utf-8"]),
])
def test_a_misspelt_encoding_is_offered_every_encoding_that_ties_for_nearest(tmp_path, capsys, typed, meant):
    # --encoding cp1525 was told "give one that Python knows, such as 'utf-8', 'cp1252' or 'utf-16'",
    # naming no encoding near it.
    import codecs

    from stance.nearest import edits
    # Five named, the rest counted, as every "did you mean" (and the file hint) words its ties.
    shown = [repr(name) for name in meant[:5]] + ([f"{len(meant) - 5} more as near"] if len(meant) > 5 else [])
    listed = " or ".join(shown) if len(shown) < 3 else ", ".join(shown[:-1]) + f" or {shown[-1]}"
    told = f"no encoding is named {typed!r}; did you mean {listed}?"
    path = tmp_path / "t.csv"
    path.write_text("text\nWe back NATO.\n")
    with pytest.raises(InvalidInputError, match=f"^encoding: {re.escape(told)}$"):
        read_table(path, encoding=typed)
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv"), "--encoding", typed]) == 2
    assert capsys.readouterr().err == f"stance score: argument --encoding: {told}\n"
    key = "".join(character for character in typed.lower() if character.isalnum())
    # A tie, each as near, but for a common encoding two edits away.
    common = {"utf-8", "cp1252", "utf-16"}
    assert len({edits(key, name.replace("-", "")) for name in meant if name not in common}) <= 1
    assert all(edits(key, name.replace("-", "")) <= 2 for name in meant)
    for name in meant:  # each one an encoding of text, taken where the name typed was refused
        assert codecs.lookup(name)._is_text_encoding and encoding_named(name)


@pytest.mark.parametrize("typed", ["mbc", "mbcss", "dbcss", "oem1"])
def test_a_misspelt_encoding_near_a_codec_this_system_lacks_is_refused_as_any_other(tmp_path, capsys, typed):
    # Python's aliases name mbcs, dbcs and oem, codecs of Windows alone: elsewhere looking up the
    # nearest ("mbc": mbcs) raised its LookupError, a traceback from --encoding mbc, exit 1.
    path = tmp_path / "t.csv"
    path.write_text("text\nWe back NATO.\n")
    with pytest.raises(InvalidInputError, match=f"^encoding: no encoding is named {typed!r}; "):
        read_table(path, encoding=typed)
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv"), "--encoding", typed]) == 2
    assert capsys.readouterr().err.startswith(f"stance score: argument --encoding: no encoding is named {typed!r}; ")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has these codecs")
@pytest.mark.parametrize("typed, page", [("mbcs", "'cp1252'"), ("MBCS", "'cp1252'"), ("dbcs", "'cp1252'"),
                                         ("ansi", "'cp1252'"), ("oem", "'cp437' or 'cp850'")])
def test_an_encoding_of_windows_alone_is_said_to_be_so_elsewhere(tmp_path, capsys, typed, page):
    # --encoding mbcs on Linux was told "no encoding is named 'mbcs'; give one that Python knows",
    # as if misspelt: it is Python's codec of Windows' own code page, which Python has there alone.
    path = tmp_path / "t.csv"
    path.write_text("text\nWe back NATO.\n")
    told = f"{typed!r} is an encoding of Windows alone, which Python has there only: give the code page it stands for"
    assert main(["score", str(path), "-o", str(tmp_path / "o.csv"), "--encoding", typed]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"stance score: argument --encoding: {told}, ") and err.endswith(f"such as {page}\n"), err
    with pytest.raises(InvalidInputError, match=f"^encoding: {re.escape(told)}"):
        read_table(path, encoding=typed)
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("typed", ["mbcs\x00", "oem\x00", "mbcs\udcff"])
def test_a_windows_codecs_name_with_a_nul_or_an_undecodable_byte_is_no_encoding_anywhere(tmp_path, capsys, typed):
    # A review of 4dc97fcf: "mbcs" with a NUL or a lone surrogate after it (--encoding $'mbcs\xff')
    # was told it "is an encoding of Windows alone, which Python has there only", where Windows'
    # lookup refuses it as well: such a name is no codec's on any system.
    path = tmp_path / "t.csv"
    path.write_text("text\nWe back NATO.\n")
    with pytest.raises(InvalidInputError, match=f"^encoding: no encoding is named {re.escape(repr(typed))}; "):
        read_table(path, encoding=typed)


def test_nearest_names_every_tie_whatever_order_the_names_come_in():
    from stance.nearest import nearest
    names = ["cp1252", "cp1125", "utf-8", "cp1255", "cp1250"]
    assert nearest("cp1525", names) == nearest("cp1525", names[::-1]) == ["cp1125", "cp1255"]
    assert nearest("sepp", ["sha256", "sep", "help"]) == ["sep"] and nearest("selp", ["sep", "help"]) == ["help", "sep"]


def _plain_osa(word, other):
    """The optimal string alignment distance, the textbook's whole table (no shortcut)."""
    table = [[i + j if not i * j else 0 for j in range(len(other) + 1)] for i in range(len(word) + 1)]
    for i in range(1, len(word) + 1):
        for j in range(1, len(other) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (word[i - 1] != other[j - 1]))
            if i > 1 and j > 1 and word[i - 1] == other[j - 2] and word[i - 2] == other[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def test_nearest_counts_a_names_edits_only_as_far_as_the_nearest_so_far_allows():
    # A review of 0cb8c6af: fewest_edits counted every near name's table whole, a missing file
    # among 5,000 near names of 80 letters three times as slow as difflib's ratios of them, and
    # nearest() of 20,000 such names 34 s. Counted up to a limit, the answer is the same.
    from stance.nearest import edits, fewest_edits
    rng = random.Random(7)

    def word():
        return "".join(rng.choice("ab_c") for _ in range(rng.randint(0, 9)))
    for _ in range(5000):
        first, second, limit = word(), word(), rng.randint(0, 5)
        assert edits(first, second, limit) == min(_plain_osa(first, second), limit + 1), (first, second, limit)
    for _ in range(2000):
        typed, names = word(), [word() for _ in range(rng.randint(1, 8))]
        shares = {name: _plain_osa(typed, name) / max(len(typed), len(name), 1) for name in names}
        least = min(shares.values())
        assert fewest_edits(typed, names) == sorted({name for name in names if shares[name] == least})


def test_edits_counts_only_the_cells_within_its_limit_of_the_diagonal(monkeypatch):
    # A review of 8f53270c: past the limit edits stopped only at a row whose every cell was past
    # it, so names that differ at both ends (no shared prefix or suffix to leave out) were counted
    # whole, 80 × 80 cells each: 3,000 names of 80 letters took 6 s. Each cell takes a min(); a
    # cell further than the limit from the diagonal is past it, and need not be counted.
    import builtins

    import stance.nearest
    from stance.nearest import edits
    calls = 0

    def counted_min(*args, **kwargs):
        nonlocal calls
        calls += 1
        return builtins.min(*args, **kwargs)
    middle = "statements_of_the_nato_summit_on_deterrence_and_the_eastern_flank_in_vilnius_"[:78]
    monkeypatch.setattr(stance.nearest, "min", counted_min, raising=False)
    answers = edits("#" + middle + "#", "a" + middle + "b", 2), edits("#" + middle + "#", "a" + middle[::-1] + "b", 2)
    # Two tables of five cells a row and each row's least, where 80 cells a row were counted.
    assert answers == (2, 3) and calls < 2 * 80 * (2 * 2 + 1 + 1), calls


@pytest.mark.parametrize("encoding", ["undefined", "punycode", "idna"])
def test_a_codec_of_no_file_s_text_is_refused_naming_the_argument(tmp_path, capsys, encoding):
    # The engineer's: --encoding undefined was a traceback ("UnicodeError: undefined encoding"), exit 1,
    # and punycode one for every output format (its own UnicodeDecodeError of bytes not the file's);
    # idna, "cannot read: Unsupported error handling replace". Python's open() takes each as text.
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,We stand with Ukraine.\n")
    with pytest.raises(InvalidInputError, match=f"^encoding: {encoding!r} is no encoding of a file's text "
                                                f"\\(Python's {encoding} codec .*\\); give the file's own"):
        stance.score(path, encoding=encoding)
    for output in ("out.csv", "out.jsonl"):
        status = main(["score", str(path), "-o", str(tmp_path / output), "--encoding", encoding])
        err = capsys.readouterr().err
        assert status == 2 and err.count("\n") == 1 and "--encoding" in err and "Traceback" not in err, err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_file_without_the_byte_order_mark_its_encoding_reads_first_is_refused_in_one_line(
        tmp_path, capsys, encoding):
    # The engineer's: --encoding utf-16 of a file with no byte-order mark was a traceback of the
    # separator's reading ("UnicodeError: UTF-16 stream does not start with BOM"), exit 1, for a
    # .csv output (in chunks too), and a bare UnicodeError of stance.score_file: that error is no
    # UnicodeDecodeError, which alone the readers caught. UTF-16 without a mark is told its byte order.
    written = {"u16.csv": "id,text\n1,We stand with Ukraine.\n".encode("utf-16-le"),
               "cp.csv": "id,text\n1,Nous sommes d\u00e9j\u00e0 unis.\n".encode("cp1252")}
    said = {"u16.csv": "it looks like UTF-16 little-endian without a byte-order mark (a 0 byte beside each ASCII "
                       "character); pass --encoding utf-16-le",
            "cp.csv": f"(it holds no 0 byte, which {encoding} text holds beside each ASCII character); pass "
                      f"--encoding cp1252"}
    for name, data in written.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InvalidInputError):
            stance.score_file(path, tmp_path / "out.csv", encoding=encoding)
        for flags in (["-o", str(tmp_path / "out.csv")], ["-o", str(tmp_path / "out.csv"), "--chunk-size", "1"],
                      ["-o", str(tmp_path / "out.jsonl")]):
            status = main(["score", str(path), *flags, "--encoding", encoding, "--no-progress"])
            err = capsys.readouterr().err
            assert status == 2 and err.count("\n") == 1 and said[name] in err, (name, flags, err)
        for command in (["train", str(path), "-o", str(tmp_path / "model")], ["check", str(path)]):
            assert main([*command, "--encoding", encoding]) == 2
            assert said[name] in capsys.readouterr().err, command
    # The engineer's file, UTF-8: a traceback too, and a bare UnicodeError of score_file; told in one line now.
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,We stand with Ukraine.\n")
    with pytest.raises(stance.StanceError, match=f"^{re.escape(repr(str(path)))} is not valid {encoding}"):
        stance.score_file(path, tmp_path / "out.csv", encoding=encoding)
    for flags in (["-o", str(tmp_path / "out.csv")], ["-o", str(tmp_path / "out.csv"), "--chunk-size", "1"]):
        status = main(["score", str(path), *flags, "--encoding", encoding, "--no-progress"])
        err = capsys.readouterr().err
        assert status == 2 and err.count("\n") == 1 and f"is not valid {encoding}" in err, err


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32", "UTF-32LE", "utf-16"])
def test_a_utf8_file_that_utf16_or_utf32_cannot_decode_is_told_to_leave_the_encoding_out(tmp_path, capsys, encoding):
    # The engineer's: a UTF-8 file of 33 bytes read with --encoding utf-16-le was "not valid
    # utf-16-le (line 1: its byte 33 is 0x0a …); the file is broken there: mend that line", where
    # an 8-bit encoding is told "it is UTF-8 text: leave --encoding out". Read so it is misread from
    # its first byte, so line 1 is named, as it reads in each.
    path = tmp_path / "a.csv"
    path.write_text("id,text\n1,We stand with Ukraine.\n")  # 33 bytes: no whole UTF-16 or UTF-32 text
    told = (f"{str(path)!r} is not valid {encoding}; it is UTF-8 text (its bytes decode as UTF-8, with no 0 byte, "
            f"which {encoding} text holds beside each ASCII character): ")
    with pytest.raises(InvalidInputError) as raised:
        read_table(path, encoding=encoding)
    assert str(raised.value).startswith(told) and "broken" not in str(raised.value)
    assert str(raised.value).endswith("line 1, 'id,text', " + {
        "utf-16-le": "is '摩琬硥' (mojibake): leave encoding out, which reads UTF-8",
        "utf-16-be": "is '楤ⱴ數' (mojibake): leave encoding out, which reads UTF-8",
        "utf-16": "is '摩琬硥' (mojibake): leave encoding out, which reads UTF-8",
        "utf-32": "decodes: leave encoding out, which reads UTF-8",
        "UTF-32LE": "decodes: leave encoding out, which reads UTF-8"}[encoding]), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--encoding", encoding]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"stance score: {told}") and err.endswith(": leave --encoding out, which reads UTF-8\n")


# The engineer's: 86 bytes of UTF-8, which decode as UTF-16 whole.
UTF8_SPEECH = b"We will stand with Ukraine for as long as it takes.\nNATO must spend more on defence!!\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_text_that_decodes_as_utf16_is_refused_not_misread(tmp_path, capsys, monkeypatch, encoding):
    # Read in UTF-16, every character of UTF-8 text is misread ('敗眠汩⁬瑳湡…' for "We will stand"):
    # `stance document sp3.txt --encoding utf-16` scored one such statement, exit 0, and `stance
    # classify --encoding utf-16-le` gave one answer for two lines. Refused, as UTF-16 read one
    # byte a character is, not warned of as an 8-bit misreading is, whose ASCII reads right.
    assert len(UTF8_SPEECH) % 4 == 2 and UTF8_SPEECH.decode("utf-16-le")  # UTF-16 decodes it whole
    told = "it is UTF-8 text (its bytes decode as UTF-8, with no 0 byte, which "
    document = tmp_path / "sp3.txt"
    document.write_bytes(UTF8_SPEECH)
    status = main(["document", str(document), "--encoding", encoding, "-o", str(tmp_path / "d.csv")])
    err = capsys.readouterr().err
    assert status == 2 and err.startswith(f"stance document: {str(document)!r} is not valid {encoding}; {told}") \
        and err.endswith("leave --encoding out, which reads UTF-8\n"), err
    assert not (tmp_path / "d.csv").exists()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(UTF8_SPEECH)))
    status = main(["classify", "--encoding", encoding])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "") and err.startswith(f"stance classify: stdin is not valid {encoding}; {told}"), err
    table = tmp_path / "sp3.csv"
    table.write_bytes(b"text\n" + UTF8_SPEECH[:-1] + b"\n\n")  # an even number of bytes again
    assert len(table.read_bytes()) % 2 == 0
    with pytest.raises(InvalidInputError, match=f"is not valid {encoding}; it is UTF-8 text .* leave encoding out"):
        stance.score(table, encoding=encoding)
    # UTF-16 without a mark, named by its byte order, reads as before.
    table.write_bytes("text\nWe will stand with Ukraine.\n".encode("utf-16-le"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(UTF8_SPEECH.decode().encode("utf-16-le"))))
    assert stance.score(table, encoding="utf-16-le")["text"].tolist() == ["We will stand with Ukraine."]
    assert main(["classify", "--encoding", "utf-16-le"]) == 0 and capsys.readouterr().out.count("\n") == 2


# Short UTF-16 text without a mark whose bytes decode as UTF-8 too: "いいね" is b"D0D0m0", "पुल"
# b"*\tA\t2\t", "汉字" b"IlW[" (little-endian). Cyrillic and Greek hold control bytes (0x04, 0x03).
GENUINE_UTF16 = ["いいね", "पुल", "汉字", "мир", "ναι"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_short_utf16_text_without_a_mark_that_decodes_as_utf8_is_read(tmp_path, capsys, monkeypatch, encoding):
    # The reviewer's: `stance document j.txt --encoding utf-16-le` of "いいね" and `stance classify
    # --encoding utf-16-le` of "पुल" were refused as "UTF-8 text … (mojibake)", exit 2.
    for number, text in enumerate(GENUINE_UTF16):
        raw = text.encode(encoding)
        document = tmp_path / f"j{number}.txt"
        document.write_bytes(raw)
        out = tmp_path / f"d{number}.csv"
        assert main(["document", str(document), "--encoding", encoding, "-o", str(out)]) == 0, capsys.readouterr()
        assert pd.read_csv(out)["text"].tolist() == [text]
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
        assert main(["classify", "--encoding", encoding]) == 0, capsys.readouterr()
        assert capsys.readouterr().out.count("\n") == 1
        table = tmp_path / f"t{number}.csv"
        table.write_bytes(f"text\n{text}\n".encode(encoding))
        assert stance.score(table, encoding=encoding)["text"].tolist() == [text]
    # The engineer's sentence, UTF-8 read as UTF-16, is still refused.
    document = tmp_path / "speech.txt"
    document.write_bytes(b"We will stand with Ukraine for as long as it takes.\n")
    assert main(["document", str(document), "--encoding", encoding, "-o", str(tmp_path / "s.csv")]) == 2
    assert "it is UTF-8 text" in capsys.readouterr().err and not (tmp_path / "s.csv").exists()


@pytest.mark.parametrize(("name", "codec", "named", "iconv"), [
    ("bcp.csv", "utf-16-le", "UTF-16 little-endian", "utf-16le"),  # SQL Server's bcp -w, .NET without a preamble
    ("export.tsv", "utf-16-be", "UTF-16 big-endian", "utf-16be"),
    ("records.jsonl", "utf-32-le", "UTF-32 little-endian", "utf-32le"),
])
def test_a_table_in_utf16_or_utf32_without_a_byte_order_mark_is_named_so(tmp_path, capsys, energy_frame, name,
                                                                         codec, named, iconv):
    # A user audit: read as UTF-8 (its NUL bytes are valid UTF-8), such a file's header was
    # "i\x00d\x00", and the command said "--text-column='text': no such column; columns
    # present: ['i\x00d\x00', '\x00t\x00e\x00x\x00t\x00']".
    frame = energy_frame.assign(text=energy_frame.text + " \u2014 Zelensk\u0177")
    plain, unmarked = tmp_path / f"plain{Path(name).suffix}", tmp_path / name
    if name.endswith(".jsonl"):
        frame.to_json(plain, orient="records", lines=True, force_ascii=False)
    else:
        frame.to_csv(plain, index=False, sep="\t" if name.endswith(".tsv") else ",")
    unmarked.write_bytes(plain.read_text(encoding="utf-8").encode(codec))
    for call in (lambda: read_table(unmarked), lambda: stance.score(unmarked)):
        with pytest.raises(InvalidInputError, match=f"looks like {named} without a byte-order mark") as raised:
            call()
        assert f"encoding={codec!r}" in str(raised.value), str(raised.value)
    # The advice is right: the file reads in it as the UTF-8 one does.
    pd.testing.assert_frame_equal(read_table(unmarked, encoding=codec), read_table(plain))
    assert main(["score", str(unmarked), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    stem, suffix = Path(name).stem, Path(name).suffix
    assert (f"re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 {unmarked} > {tmp_path / (stem + '.utf8' + suffix)}"
            in err), err
    assert "no such column" not in err and "encoding=" not in err, err
    # A stray NUL in UTF-8 text is no such file: it is read as before.
    (tmp_path / "nul.csv").write_bytes(b"id,text\n1,We stand with Ukraine.\x00\n")
    # (pandas 2.0, the oldest supported, drops the NUL itself; pandas 3 keeps it.)
    assert [text.rstrip("\x00") for text in read_table(tmp_path / "nul.csv").text] == ["We stand with Ukraine."]


def test_utf16_without_a_mark_is_told_by_its_header_not_by_zeros_in_the_rows(tmp_path):
    # A review: a UTF-8 file with NUL bytes in its cells (a quarter of its bytes) was refused as
    # UTF-16, with an iconv that would garble it, and a Ukrainian file in UTF-16 (12% zeros)
    # was read as UTF-8, its header "i\x00d\x00", as before the detection.
    tagged = tmp_path / "tags.csv"
    tagged.write_bytes(b"id,text\n" + b"".join(b"%d,a\0b\0c\0d\n" % i for i in range(20)))
    assert read_table(tagged).id.tolist() == [str(i) for i in range(20)]  # read, not refused
    ukrainian = tmp_path / "uk.csv"
    rows = "id,text\n" + "".join(f"{i},Ми підтримуємо Україну і НАТО.\n" for i in range(50))
    ukrainian.write_bytes(rows.encode("utf-16-le"))
    with pytest.raises(InvalidInputError, match="looks like UTF-16 little-endian without a byte-order mark"):
        read_table(ukrainian)
    assert read_table(ukrainian, encoding="utf-16-le").text.tolist()[0] == "Ми підтримуємо Україну і НАТО."


def test_a_utf8_file_with_a_stray_nul_in_its_header_is_no_utf16(tmp_path):
    # A review: "id,text\0" (a stray NUL in a UTF-8 header) was refused as UTF-16 little-endian,
    # with an iconv that would garble it: its NULs are few (under the quarter that one-byte reads
    # are held to) and it decodes as UTF-8, so it is read as UTF-8, and told as a NUL is told
    # anywhere in a header (read in cp1252 alike): the column's name shown with its "\x00".
    path = tmp_path / "stray.csv"
    path.write_bytes(b"id,text\x00\n1,We stand with Ukraine.\n2,NATO must stay united.\n")
    assert read_table(path).columns.tolist() == ["id", "text\x00"]
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert str(raised.value) == ("text_column='text': no such column; columns present: ['id', 'text\\x00']. "
                                 "Did you mean 'text\\x00'?")
    with pytest.raises(InvalidInputError) as read_narrow:
        stance.score(path, encoding="cp1252")
    assert str(read_narrow.value) == str(raised.value)


def test_a_short_utf8_table_with_two_stray_nuls_in_its_header_is_no_utf16(tmp_path):
    # A journalist's audit (of documents; tables share the check): two NULs in a short UTF-8 file's
    # first line, more than one in 256 bytes, made it "UTF-16 little-endian without a byte-order
    # mark". Its UTF-8 reading is prose of ASCII letters, which read as UTF-16 is no script's.
    path = tmp_path / "two.csv"
    path.write_bytes(b"text,id\x00\x00\nWe stand together with our NATO allies,1\n")
    assert read_table(path).columns.tolist() == ["text", "id\x00\x00"]
    assert stance.score(path)["text"].tolist() == ["We stand together with our NATO allies"]


def test_utf16_chinese_tables_whose_bytes_are_ascii_letters_stay_utf16(tmp_path):
    # A review of e27137e7: its stray-NUL exception read UTF-16-LE Chinese with no mark, whose
    # bytes are ASCII letters, as UTF-8 ("PSVjTufsEr"): 500 of 500 random such texts. Such a
    # reading has no space between letters, which the exception now asks for.
    letters = set(string.ascii_letters.encode())
    chars = [chr(code) for code in range(0x4E00, 0xA000) if code & 0xFF in letters and code >> 8 in letters]
    rng = random.Random(43)
    for _ in range(200):
        text = "\n".join("".join(rng.choice(chars) for _ in range(rng.randint(3, 8))) for _ in range(rng.randint(2, 4)))
        assert unmarked_encoding((text + "\n").encode("utf-16-le")) == "utf-16-le", text
    path = tmp_path / "zht.csv"
    path.write_bytes("文本\n卐橖畔獦牅\n做塃剨条煹\n".encode("utf-16-le"))
    with pytest.raises(InvalidInputError, match="UTF-16 little-endian without a byte-order mark"):
        read_table(path)
    assert read_table(path, encoding="utf-16-le")["文本"].tolist() == ["卐橖畔獦牅", "做塃剨条煹"]
    # UTF-8 prose with stray NULs is still UTF-8.
    assert unmarked_encoding(b"RUTTE: We stand together.\x00\x00 NATO is strong.\n") is None


@pytest.mark.parametrize("text", [
    "यह विश्वविद्यालय महान है। परमात्मा सर्वत्र है।\n",  # Devanagari, whose letters are an ASCII byte and a tab
    "पाठ\nयह देश महान है।\nहम सब साथ रहें।\n".replace("ं", ""),  # nor ं (0x02), a control byte
    "id,पाठ\n1,यह देश महान है।\n2,हम सब साथ रहे।\n",
    "संख्या,पाठ\n1,हम यूक्रेन का समर्थन करते हैं।\n",  # with क (0x15) and ं, control bytes
    "id,text\n1,We must stand with Ukraine.\n2,Spend more on defence.\n",
    "id,текст\n1,Ми підтримуємо Україну.\n", "id,κείμενο\n1,Υποστηρίζουμε την Ουκρανία.\n",
    "编号,文本\n1,我们支持乌克兰。\n2,国防开支必须增加。\n", "رقم,نص\n1,نحن ندعم أوكرانيا.\n",
])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_of_devanagari_is_told_beside_a_utf8_files_stray_nul(text, codec):
    # A review: "a UTF-8 file with a stray NUL is no UTF-16" (few NULs, decoding as UTF-8 with
    # no control byte but whitespace) took UTF-16's Devanagari, whose letters decode as UTF-8
    # with tabs alone, for UTF-8: its NULs, one in each space and line end, are no strays.
    assert unmarked_encoding(text.encode(codec)) == codec
    assert unmarked_encoding(b"id,text\x00\n1,We stand with Ukraine.\n2,NATO must stay united.\n") is None


def test_utf16_without_a_mark_whose_header_has_no_ascii_letter_is_told_too(tmp_path):
    # A user audit: a one-column file headed "текст" or "文本" in UTF-16 little-endian has no
    # 0 byte in its header, only in its line end ("\n\0"), and was read as UTF-8: the Cyrillic
    # one as garbled rows under the header 'B\x045\x04:\x04A\x04B\x04', the CJK one refused with
    # advice to try cp1252.
    for name, rows in [("uk.csv", "текст\nМи підтримуємо Україну.\nНАТО має бути єдиним.\n"),
                       ("zh.csv", "文本\n我们支持乌克兰。\n北约团结一致。\n")]:
        path = tmp_path / name
        path.write_bytes(rows.encode("utf-16-le"))
        with pytest.raises(InvalidInputError, match=r"looks like UTF-16 little-endian without a byte-order mark.* "
                                                    r"pass encoding='utf-16-le'$"):
            read_table(path)
        header = rows.split("\n")[0]
        assert read_table(path, encoding="utf-16-le")[header].tolist() == rows.split("\n")[1:3]
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--text-column", header]) == 2
    # One NUL after a UTF-8 file's first line end is a cell's, not a line end's half.
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"text\n\0We stand with Ukraine.\nNATO is united.\n")
    texts = read_table(nul).text.tolist()  # read as UTF-8, not refused as UTF-16
    # (older pandas, 2.0 among them, ends a field at a NUL, so the first cell is missing there)
    assert len(texts) == 2 and texts[1] == "NATO is united."
    assert texts[0] == "\0We stand with Ukraine." or pd.isna(texts[0])


@pytest.mark.parametrize(("raw", "given", "rows"), [
    ("id,text\0\n1,Nous sommes d\u00e9j\u00e0 unis.\n".encode("cp1252"), "cp1252",
     [["1", "Nous sommes d\u00e9j\u00e0 unis."]]),
    ("\u00ff\u00fetext\nNous sommes d\u00e9j\u00e0 unis\0 pour la d\u00e9fense.\n".encode("latin-1"), "latin-1",
     [["Nous sommes d\u00e9j\u00e0 unis\0 pour la d\u00e9fense."]]),
    (b"\xff\xfe\x00", "cp1252", [])])
def test_a_stray_nul_in_a_table_of_one_byte_a_character_is_no_utf16(tmp_path, raw, given, rows):
    # A review of 13d28bb: a cp1252 or Latin-1 file with a stray NUL, or opening "ÿþ" with a NUL
    # further on, was refused as UTF-16: its NULs must fall as UTF-16's, a quarter of each
    # character's high half.
    path = tmp_path / "nul.csv"
    path.write_bytes(raw)
    assert read_table(path, encoding=given).values.tolist() == rows


@pytest.mark.parametrize(("text", "given"), [("“text”,id\r\n“We stand”,1\r\n", "cp1252"),
                                             ("€,text\r\n5,We pay.\r\n", "cp1252"),
                                             ("текст,id\r\nНАТО должно оставаться единым.,1\r\n", "cp1251")])
def test_a_marked_utf16_table_opening_with_a_character_past_latin1_is_still_told_utf16(tmp_path, text, given):
    # A review of the test above's fix: a UTF-16 file opening with "“", "€" or Cyrillic was no
    # longer told UTF-16 under a one-byte encoding (its first character's high half is no NUL),
    # and was refused as "line 2 has 1 field where the header has 2".
    path = tmp_path / "u16.csv"
    path.write_bytes(text.encode("utf-16"))
    with pytest.raises(InvalidInputError, match="it starts with a UTF-16 byte-order mark, so it is UTF-16 text"):
        read_table(path, encoding=given)


@pytest.mark.parametrize("given", ["cp1252", "latin-1", "CP1252"])
def test_a_utf16_table_read_in_an_encoding_of_one_byte_a_character_is_refused_naming_utf16(tmp_path, capsys, given):
    # An audit by an analyst on Windows: read with --encoding cp1252, Excel's "Unicode Text" was
    # refused as "line 2 has 1 field where the header has 2", its NULs read as characters.
    path = tmp_path / "u16.tsv"
    path.write_bytes(b"\xff\xfe" + "id\ttext\r\n1\tWe stand together.\r\n2\tNot one more cent.\r\n".encode("utf-16-le"))
    told = "it starts with a UTF-16 byte-order mark, so it is UTF-16 text: "
    assert main(["score", str(path), "--encoding", given, "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{str(path)!r} is not {given} text; {told}pass --encoding utf-16, or leave --encoding out" in err, err
    assert "field" not in err, err
    with pytest.raises(InvalidInputError, match=re.escape(f"{told}pass encoding='utf-16', or leave encoding out")):
        read_table(path, encoding=given)
    # Without the mark: the codec its NULs tell.
    path.write_bytes("id\ttext\r\n1\tWe stand together.\r\n".encode("utf-16-le"))
    assert main(["score", str(path), "--encoding", given, "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "looks like UTF-16 little-endian without a byte-order mark" in err, err
    assert "pass --encoding utf-16-le" in err, err
    assert main(["score", str(path), "--encoding", "utf-16-le", "-o", str(tmp_path / "out.csv")]) == 0
    assert pd.read_csv(tmp_path / "out.csv").text.tolist() == ["We stand together."]


def test_an_encoding_given_is_kept_whatever_the_file_starts_with(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(b"\xff\xfetext\nNATO\n")  # "ÿþtext" in latin-1, a UTF-16 mark to a sniffer
    assert read_table(path, encoding="latin-1").columns.tolist() == ["\xff\xfetext"]


def test_a_file_with_utf8s_byte_order_mark_is_read_as_utf8_whatever_the_encoding_given(tmp_path, capsys):
    # Read in cp1252, such a file was garbled without a word: its first column "ï»¿id", its
    # texts "Ukraineâ€™s fight â€“ together", and --exclude of it left out no statement.
    rows = "id,text\r\n1,We back Ukraine\u2019s fight \u2013 together.\r\n"
    path, document = tmp_path / "bom.csv", tmp_path / "bom.txt"
    path.write_bytes(rows.encode("utf-8-sig"))
    document.write_bytes("We back Ukraine\u2019s fight \u2013 together.\n".encode("utf-8-sig"))
    told = ("starts with a UTF-8 byte-order mark, so it is UTF-8 text: read as UTF-8, not in the encoding given "
            "(cp1252), which reads the mark as 'ï»¿'")
    with pytest.warns(stance.StanceWarning, match=re.escape(f"{str(path)!r} {told}")):
        frame = read_table(path, encoding="cp1252")
    assert frame.columns.tolist() == ["id", "text"]
    assert frame.text[0] == "We back Ukraine\u2019s fight \u2013 together."
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "--encoding", "cp1252", "-o", str(out)]) == 0
    assert capsys.readouterr().err.count("starts with a UTF-8 byte-order mark") == 1
    written = pd.read_csv(out, encoding="utf-8-sig")
    assert written.columns[0] == "id" and written.text[0] == frame.text[0]
    assert main(["document", str(document), "--encoding", "cp1252"]) == 0
    captured = capsys.readouterr()
    assert "byte-order mark" in captured.err and "Ukraine\u2019s fight \u2013" in captured.out


def test_text_read_as_mojibake_from_a_table_is_warned_of_as_in_a_document(tmp_path, capsys):
    # cp1252 read with --encoding latin-1 scored its quotes as C1 controls (U+0093) without a
    # word, where stance document warns of them.
    path = tmp_path / "c1.csv"
    path.write_bytes("id,text\r\n1,We agree.\r\n2,\u201cNATO\u201d stands \u2013 united.\r\n".encode("cp1252"))
    assert main(["score", str(path), "--encoding", "latin-1", "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("mojibake: ") == 1 and f"{str(path)!r} line 3 holds '\\x93', which is '\u201c'" in err, err
    assert main(["score", str(path), "--encoding", "cp1252", "-o", str(tmp_path / "out.csv")]) == 0
    assert "mojibake: " not in capsys.readouterr().err
    with pytest.warns(stance.MojibakeWarning, match="mojibake"):  # filtered alone, as a document's
        read_table(path, encoding="latin-1")


@pytest.mark.parametrize(("codec", "shown"), [("cp850", "'├®', which is 'é'"), ("cp437", "'├⌐', which is 'é'")])
def test_utf8_read_in_a_console_code_page_before_it_was_saved_is_warned_of(tmp_path, capsys, codec, shown):
    # A Windows analyst's audit: Windows PowerShell 5.1's '>' saves a program's UTF-8 output read in
    # the console's code page ("d├®fense", "lÔÇÖEurope"), scored without a word where cp1252's
    # kind ("dÃ©fense") is warned of.
    text = "La défense de l’Europe doit être renforcée."
    path = tmp_path / "dos.csv"
    path.write_text(f"id,text\n1,We agree.\n2,{text.encode().decode(codec)}\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("mojibake: ") == 1 and f"{str(path)!r} line 3 holds {shown}" in err, err
    assert f"UTF-8 read in {codec}, a Windows console's code page" in err and "rather than '>'" in err, err
    assert "iconv" not in err and "[Console]::OutputEncoding = [Text.Encoding]::UTF8" in err, err  # (reviews)
    document = tmp_path / "dos.txt"
    document.write_text(text.encode().decode(codec), encoding="utf-8")
    assert main(["document", str(document)]) == 0
    assert f"line 1 holds {shown}" in capsys.readouterr().err
    # Real box-drawing, Turkish and German are no such text.
    path.write_text("id,text\n1,├── src\n2,│   └── main.py\n3,Türkiye'nin güvenliği için NATO'ya bağlılık şart: "
                    "kılıç; Çiğdem Öztürk.\n4,Die Größe der Übung für Europa.\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 0
    assert "mojibake: " not in capsys.readouterr().err


def test_documents_misread_in_two_console_code_pages_are_each_named_with_their_own(tmp_path, capsys):
    # A review: documents read in cp850 and in cp437 were told "UTF-8 read in cp850" both, and
    # to encode the text in cp850, which fails for cp437's "⌐".
    text = "La défense de l’Europe doit être renforcée."
    named = []
    for name, codec in (("a.txt", "cp850"), ("b.txt", "cp437")):
        (tmp_path / name).write_text(text.encode().decode(codec), encoding="utf-8")
        named.append(str(tmp_path / name))
    assert main(["document", *named]) == 0
    err = capsys.readouterr().err
    assert err.count("mojibake: ") == 1, err
    assert "line 1 holds '├®', which is 'é' as UTF-8 read in cp850" in err, err
    assert "line 1 holds '├⌐', which is 'é' as UTF-8 read in cp437" in err, err
    assert "encode the text in the code page named and decode it as UTF-8" in err, err
    # The advice works for each: the text as it was comes back.
    for codec in ("cp850", "cp437"):
        assert text.encode().decode(codec).encode(codec).decode("utf-8") == text


@pytest.mark.parametrize(("codec", "text", "shown"), [
    ("cp1250", "Musimy wspierać Ukrainę.", "'Ä‡', which is 'ć'"),
    ("cp1251", "Ми повинні підтримати Україну.", "'РњРё', which is 'Ми'"),
    ("cp1252", "Wir müssen die Ostflanke stärken.", "'Ã¼', which is 'ü'")])
def test_a_utf8_file_read_in_a_code_page_is_warned_of_as_utf8(tmp_path, capsys, codec, text, shown):
    # An analyst's audit: UTF-8 read with --encoding cp1250 or cp1251 was scored garbled
    # ("Musimy wspieraÄ‡ UkrainÄ™") with exit 0 and no word.
    path = tmp_path / "u.csv"
    path.write_text(f"id,text\n1,We agree.\n2,{text}\n", encoding="utf-8")
    assert main(["score", str(path), "--encoding", codec, "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert f"{str(path)!r} is UTF-8 text" in err and f"read in the encoding given ({codec}): line 3 holds {shown}" \
        in err and "leave the encoding out" in err, err
    path.write_bytes(f"id,text\n1,We agree.\n2,{text}\n".encode(codec))  # in its own encoding: no word
    assert main(["score", str(path), "--encoding", codec, "-o", str(tmp_path / "out.csv")]) == 0
    assert "mojibake: " not in capsys.readouterr().err


# Excel's "CSV (MS-DOS)" writes cp850: "é" is 0x82 ("‚" in cp1252), "ü" 0x81 (no character in cp1252).
MSDOS_FRENCH = "id;text\r\n1;Défense européenne: nous sommes unis.\r\n2;L'OTAN doit dépenser plus, déjà.\r\n"
MSDOS_GERMAN = "id;text\r\n1;Wir müssen zusammenstehen, für Europa.\r\n2;Die Größe der Übung.\r\n"


@pytest.mark.parametrize(("rows", "told"), [(MSDOS_FRENCH, "cp1252"), (MSDOS_GERMAN, "cp850")])
def test_a_dos_file_is_told_to_be_read_as_cp850(tmp_path, capsys, rows, told):
    # An audit by an analyst on Windows: the German one (0x81, no character in cp1252) named cp1252
    # or cp932. A review of b5418a2: the French one, whose bytes all decode in cp1252, is told
    # cp1252 as Excel's files are, and read so it is warned of as cp850 (the test below).
    path = tmp_path / "msdos.csv"
    path.write_bytes(rows.encode("cp850"))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"pass --encoding {told}, or re-save it as UTF-8, e.g. iconv -f {told} -t utf-8" in err, err
    assert "cp932" not in err and ("cp1252" not in err if told == "cp850" else "cp850" not in err), err
    with pytest.raises(InvalidInputError, match=f"encoding='{told}'"):
        stance.score(path)
    document = tmp_path / "msdos.txt"
    document.write_bytes(rows.encode("cp850"))
    assert main(["document", str(document)]) == 2
    assert f"pass --encoding {told}" in capsys.readouterr().err
    assert main(["score", str(path), "--encoding", "cp850", "-o", str(tmp_path / "out.csv")]) == 0
    assert "mojibake: " not in capsys.readouterr().err
    assert pd.read_csv(tmp_path / "out.csv", sep=";").text.tolist() == [line.split(";")[1] for line in
                                                                      rows.splitlines()[1:]]


@pytest.mark.parametrize("text", ["\u2022strengthen our defence\n\u2022support Ukraine\n\u2022D\u00e9fense commune\n",
                                  "Signed by John Smith\u2020 for NATO\nBerg\u2021, D\u00e9fense\n"])
def test_a_cp1252_file_of_bullets_or_daggers_is_told_cp1252(tmp_path, capsys, text):
    # A review of b5418a2: cp1252's "•" and "†" are cp850's "ò" and "å", and such a file was told
    # cp850 alone, which reads "Défense" as "DÚfense"; cp850 is named for a byte cp1252 lacks.
    assert likely_encodings(text.encode("cp1252"))[0].codec == "cp1252"
    path = tmp_path / "bullets.csv"
    path.write_bytes(f"text\n{text}".encode("cp1252"))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert re.search("pass --encoding (with the file's real encoding, one of )?cp1252", err) and "cp850" not in err, err
    listed = tmp_path / "bullets.txt"
    listed.write_bytes(f"id\ttext\n1\t{text.splitlines()[-1]}\n".encode("cp1252"))
    assert text_file_encoding(listed) == "cp1252"


@pytest.mark.parametrize(("encoding", "sign"), [("cp1252", "'‚'")])
def test_a_dos_file_read_as_cp1252_or_latin1_is_warned_of_naming_cp850(tmp_path, capsys, encoding, sign):
    # The same audit: read with --encoding cp1252 it was scored as "D‚fense europ‚enne" with exit 0
    # and no word. Read as latin-1, its "é" is a C1 control, cp1252's (see the test below).
    path = tmp_path / "msdos.csv"
    path.write_bytes(MSDOS_FRENCH.encode("cp850"))
    assert main(["score", str(path), "--encoding", encoding, "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert err.count("mojibake: ") == 1 and f"{str(path)!r} line 2 holds {sign}, which is 'é' in cp850" in err, err
    assert "--encoding cp850" in err, err
    document = tmp_path / "msdos.txt"
    document.write_bytes(MSDOS_FRENCH.encode("cp850"))
    assert main(["document", str(document), "--encoding", encoding]) == 0
    err = capsys.readouterr().err
    assert f"line 2 holds {sign}, which is 'é' in cp850" in err and "--encoding cp850" in err, err


@pytest.mark.parametrize(("rows", "sign", "was"), [
    ("text\nThe long\u2013term plan\nA well\u2013known step\n", "'\\x96'", "'–'"), (MSDOS_FRENCH, "'\\x82'", "'‚'")])
def test_a_c1_control_read_as_latin1_is_cp1252_not_cp850(tmp_path, capsys, rows, sign, was):
    # A review of b5418a2: cp1252's "–" read with --encoding latin-1 was told "'\x96', which is 'û'
    # in cp850": a C1 control is cp1252 read as Latin-1, whatever cp850 reads it as.
    path = tmp_path / "t.csv"
    raw = rows.encode("cp850" if rows is MSDOS_FRENCH else "cp1252")
    path.write_bytes(raw)
    assert main(["score", str(path), "--encoding", "latin-1", "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert f"{str(path)!r} line 2 holds {sign}, which is {was} decoded in the wrong encoding" in err, err
    assert "read the file in its real encoding" in err and "cp850" not in err, err
    document = tmp_path / "t.txt"
    document.write_bytes(raw)
    assert main(["document", str(document), "--encoding", "latin-1"]) == 0
    err = capsys.readouterr().err
    assert f"line 2 holds {sign}, which is {was} decoded in the wrong encoding" in err and "cp850" not in err, err


# Signs typed between two letters, which read as a letter in cp850 ("”" is "ö", "†" "å").
TYPED_SIGNS = ["They called it \u201cfake\u201dand walked out of NATO talks.", "The so-called \u201cpeace\u201dplan",
               "firm\u201ewe will", "x\u2020y", "alpha\u2022beta\u2022gamma", "report\u00a1really", "don\u201at",
               "Smith\u2020and Jones"]


@pytest.mark.parametrize("text", TYPED_SIGNS)
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_sign_typed_between_letters_is_not_taken_for_cp850(tmp_path, capsys, text, encoding):
    # A review of b5418a2: a UTF-8 file, or a cp1252 one read so, of "“fake”and" was warned of as
    # "'”', which is 'ö' in cp850": cp850 is told by two words of a file so read, never by UTF-8.
    path = tmp_path / "typed.csv"
    path.write_bytes(f"text\n{text}\n".encode(encoding))
    given = [] if encoding == "utf-8" else ["--encoding", encoding]
    assert main(["score", str(path), *given, "-o", str(tmp_path / "out.csv")]) == 0
    document = tmp_path / "typed.txt"
    document.write_bytes(text.encode(encoding))
    assert main(["document", str(document), *given]) == 0
    err = capsys.readouterr().err
    assert "cp850" not in err and "mojibake" not in err, err
    assert pd.read_csv(tmp_path / "out.csv").text.tolist() == [text]


@pytest.mark.parametrize(("text", "shown"), [
    ("Nous sommes d\u00e9j\u00e0 unis pour la d\u00e9fense.", "'‚', which is 'é' in cp850"),
    ("Wir k\u00f6nnen es sch\u00f6ner machen.", "'”', which is 'ö' in cp850"),
    ("Hablamos espa\u00f1ol, se\u00f1or.", "'¤', which is 'ñ' in cp850")])
def test_a_dos_document_read_as_cp1252_is_warned_of_naming_cp850(tmp_path, capsys, text, shown):
    # The audit: cp850's letters read as cp1252's signs were scored unwarned; two words tell it.
    path = tmp_path / "dos.txt"
    path.write_bytes(text.encode("cp850"))
    assert main(["document", str(path), "--encoding", "cp1252"]) == 0
    err = capsys.readouterr().err
    assert f"{str(path)!r} line 1 holds {shown}" in err and "--encoding cp850" in err, err
    assert main(["document", str(path), "--encoding", "cp850"]) == 0
    assert "mojibake: " not in capsys.readouterr().err


RUSSIAN_ROWS = ("text\nМы не поддерживаем расширение НАТО.\nПесков: Мы никогда не признаем единство альянса.\n"
                "Кремль выступает за безопасность в этом году.\n")
UKRAINIAN_ROWS = ("text\nМи не підтримуємо розширення НАТО.\nУкраїна має право на захист своєї землі.\n"
                  "Київ виступає за єдність альянсу в цьому році.\n")


@pytest.mark.parametrize(("rows", "written", "given", "told"), [
    (RUSSIAN_ROWS, "koi8_r", "cp1251", "'нЩ', which is 'Мы' in KOI8-R read in the encoding given, cp1251"),
    (RUSSIAN_ROWS, "cp1251", "koi8_r", "'лШ', which is 'Мы' in cp1251 (Cyrillic Windows) read in the encoding given, "
                                       "koi8_r"),
    (UKRAINIAN_ROWS, "koi8_u", "cp1251", "'нЙ', which is 'Ми' in KOI8-U read in the encoding given, cp1251"),
    (UKRAINIAN_ROWS, "cp1251", "koi8_u", "'лХ', which is 'Ми' in cp1251 (Cyrillic Windows) read in the encoding "
                                         "given, koi8_u")])
def test_cyrillic_read_in_the_other_of_cp1251_and_koi8_is_warned_of_naming_its_encoding(
        tmp_path, capsys, rows, written, given, told):
    # An OSINT analyst's audit: a KOI8-R file read with --encoding cp1251 (or cp1251 read as
    # KOI8-R) was scored as "нЩ ОЕ РПДДЕТЦЙЧБЕН" with exit 0 and no word: mojibake. Read right, in
    # either encoding, in capitals too, it is not warned of.
    path = tmp_path / "ru.csv"
    path.write_bytes(rows.encode(written))
    assert main(["score", str(path), "--encoding", given, "-o", str(tmp_path / "out.csv")]) == 0
    err = capsys.readouterr().err
    assert f"{str(path)!r} line 2 holds {told}" in err and f"--encoding {written}" in err, err
    document = tmp_path / "ru.txt"
    document.write_bytes(rows.removeprefix("text\n").encode(written))
    assert main(["document", str(document), "--encoding", given]) == 0
    err = capsys.readouterr().err
    assert f"{str(document)!r} line 1 holds {told}" in err and f"--encoding {written}" in err, err
    assert main(["document", str(document), "--encoding", written]) == 0
    assert "mojibake: " not in capsys.readouterr().err
    for case, text in enumerate((rows, "text\n" + rows.removeprefix("text\n").upper())):
        path.write_bytes(text.encode(written))
        assert main(["score", str(path), "--encoding", written, "-o", str(tmp_path / f"right{case}.csv")]) == 0
        assert "mojibake: " not in capsys.readouterr().err


@pytest.mark.parametrize(("text", "written", "given"), [(MSDOS_FRENCH, "cp850", "cp1252"),
                                                      (RUSSIAN_ROWS, "koi8_r", "cp1251")], ids=["cp850", "koi8_r"])
def test_a_file_read_in_the_wrong_encoding_by_python_is_told_encoding_not_the_flag(tmp_path, text, written, given):
    # A review of ab59edd1: stance.score(path, encoding="cp1252") of an MS-DOS file was told
    # "pass it as the encoding: --encoding cp850", a flag no Python call takes (so KOI8-R read as
    # cp1251); the command line's own warning names --encoding (the tests above).
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode(written))
    with warnings.catch_warnings(record=True) as caught:  # the Russian rows are of another language too
        warnings.simplefilter("always")
        stance.score(str(path), encoding=given)
    said = [w.message for w in caught if isinstance(w.message, stance.MojibakeWarning)]
    assert len(said) == 1 and str(said[0]).endswith(f"(pass it as the encoding: encoding={written!r})"), said
    assert said[0].typed.endswith(f"(pass it as the encoding: --encoding {written})"), said[0].typed


def test_a_utf8_file_its_code_page_cannot_decode_is_told_to_be_read_as_utf8(tmp_path, capsys):
    # UTF-8 "Łódź" has 0x81, which cp1250 lacks: the advice named cp1252, GB18030 or Korean.
    path = tmp_path / "u.csv"
    path.write_text("id,text\n1,Łódź wspiera Ukrainę.\n", encoding="utf-8")
    assert main(["score", str(path), "--encoding", "cp1250", "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "it is UTF-8 text (its bytes beyond ASCII all decode as UTF-8): leave --encoding out" in err, err
    document = tmp_path / "u.txt"
    document.write_text("Łódź wspiera Ukrainę.\n", encoding="utf-8")
    assert main(["document", str(document), "--encoding", "cp1250"]) == 2
    assert "it is UTF-8 text" in capsys.readouterr().err


def test_a_one_column_csv_with_unquoted_commas_names_its_first_long_line_and_the_headers_count(tmp_path):
    # pandas took line 2's two fields for an index and a text: "line 3 has 3 fields where the
    # header has 2", of a header of 1 whose line 2 was the first too long.
    path = tmp_path / "one2.csv"
    path.write_text("text\r\nWe stand together, with our allies.\r\nDeterrence works, it costs 2,5 % of GDP.\r\n")
    with pytest.raises(InvalidInputError, match=re.escape("line 2 has 2 fields where the header has 1; quote a text")):
        read_table(path)
    path.write_text("text\r\nWe stand together, with our allies.\r\n")
    with pytest.raises(InvalidInputError, match=re.escape(
            "line 2 holds 2 values, more than the header's 1 column; quote a text that holds a comma")):
        read_table(path)


def test_the_advice_for_a_txt_file_opens_it_in_utf8(tmp_path, capsys):
    # open('speech2.txt').read() reads in the locale's code page: cp1252 on Windows, ASCII
    # under LANG=C, where a UTF-8 speech fails or is garbled.
    path = tmp_path / "speech2.txt"
    path.write_text("We back Ukraine\u2019s fight.\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"stance.score_document(open({str(path)!r}, encoding='utf-8').read())" in err, err


@pytest.mark.parametrize("codec", ["utf-16", "cp1252", "utf-8-sig"])
def test_the_advice_for_a_txt_file_opens_it_in_its_own_encoding(tmp_path, capsys, codec):
    # An audit by an analyst on Windows: Excel's "Unicode Text.txt" (UTF-16) was told to be read
    # with open(..., encoding='utf-8'), which raises UnicodeDecodeError.
    path = tmp_path / "Unicode Text.txt"
    path.write_bytes("id\ttext\r\n1\tWe stand together \u2013 d\u00e9j\u00e0.\r\n".encode(codec))
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert f"stance.score_document(open({str(path)!r}, encoding={codec!r}).read())" in err, err
    with open(path, encoding=codec) as handle:  # as it says, it reads
        assert handle.read().startswith("id\tt")
    # And so does the command it suggests: a cp1252 file was told `stance document FILE`,
    # which refused it as not UTF-8; it carries --encoding as open() carries encoding=.
    command = re.search(r"or (stance document .+?), splits it", err).group(1)
    assert main(shlex.split(command)[1:]) == 0, capsys.readouterr().err
    assert ("--encoding" in command) == (codec not in ("utf-8", "utf-8-sig")), command


def test_rows_of_a_folder_are_named_by_their_file(tmp_path):
    # A blank text in one file of a folder was "row 305": its place in all the files joined.
    (tmp_path / "a_2019.csv").write_text("text,labels\nWind is good.,wind\nCoal is bad.,coal\n")
    (tmp_path / "b_2020.csv").write_text("text,labels\nWind again.,wind\n,coal\nCoal again.,coal\n")
    (tmp_path / "c_2021.csv").write_text("text,labels\n" + "".join(f"Wind {i}.,wind\n" for i in range(11)))
    frame = stance.tables.read_table(tmp_path)
    assert frame.index[:5].tolist() == ["a_2019.csv:00", "a_2019.csv:01", "b_2020.csv:00", "b_2020.csv:01",
                                        "b_2020.csv:02"]
    # Padded to one width, the labels sort in reading order (Dask's from_pandas sorts them).
    assert frame.index[-2:].tolist() == ["c_2021.csv:09", "c_2021.csv:10"] and frame.index.is_monotonic_increasing
    assert frame.loc["b_2020.csv:02", "text"] == pd.read_csv(tmp_path / "b_2020.csv").loc[2, "text"]
    with pytest.raises(InvalidInputError, match=r"row 'b_2020.csv:01' has no text"):
        stance.train(tmp_path)


@pytest.mark.parametrize(("header", "column", "near"), [("Text,labels,stance", "text", "Text"),
                                                      ("text,labels,Stance", "stance", "Stance")])
def test_a_folder_file_with_a_column_named_otherwise_is_named_with_it_not_read_as_empty_cells(
        tmp_path, capsys, energy_frame, header, column, near):
    # A file whose text (or stance) column was named otherwise than its folder's other files' was
    # read with empty cells there: evaluate scored its rows as empty statements ("rows
    # 'batch2.csv:00' … have no text"), train said they "have a target but no stance", where the
    # file alone is told "did you mean 'Text'?".
    energy_frame[:20].to_csv(tmp_path / "round1.csv", index=False)
    (tmp_path / "batch2.csv").write_text(f"{header}\nWe must build more wind farms.,energy,favor\n")
    said = (f"'batch2.csv' has no column {column!r}, which 'round1.csv' has, but a column {near!r}: did you mean "
            f"{near!r}? Name the column alike in every file (rename it {column!r} in 'batch2.csv')")
    for call in (lambda: stance.train(tmp_path, stance_column="stance"), lambda: stance.evaluate(None, tmp_path),
                 lambda: stance.read_labelled(tmp_path, stance_column="stance")):
        with pytest.raises(InvalidInputError) as error:
            call()
        assert str(error.value).endswith(said)
    for command in (["train", str(tmp_path), "-o", str(tmp_path.parent / "m")], ["evaluate", str(tmp_path)]):
        assert main(command) == 2
        assert f"DATA: folder {str(tmp_path)!r}: {said}" in capsys.readouterr().err
    # A file lacking a column with nothing named like it is read as before (the column's cells empty).
    (tmp_path / "batch2.csv").write_text("text,labels\nWe must build more wind farms.,energy\n")
    assert read_table(tmp_path).stance.isna().sum() == 1


@pytest.mark.parametrize(("column", "near"), [("text", " TEXT "), ("text", "texts"), ("stance", "Stances"),
                                             ("speaker", "Speaker-"), ("party", "parties")])
def test_a_folder_file_with_a_column_written_otherwise_is_refused(tmp_path, energy_frame, column, near):
    # What the refusal of a column named otherwise takes: the same name in case, spaces, "_" or "-", or plural.
    frame = energy_frame[:6].assign(speaker="A", party="SPD")
    frame.to_csv(tmp_path / "round1.csv", index=False)
    frame.rename(columns={column: near}).to_csv(tmp_path / "round2.csv", index=False)
    with pytest.raises(InvalidInputError, match=re.escape(f"'round2.csv' has no column {column!r}, which "
                                                          f"'round1.csv' has, but a column {near!r}")):
        read_table(tmp_path, text_columns=["text", "stance", column])


@pytest.mark.parametrize(("column", "other"), [("speaker", "speaker_id"), ("stance", "instance"),
                                               ("stance", "distance"), ("party", "party_id"), ("country", "county")])
def test_a_folder_file_with_another_column_named_near_one_is_read_as_before(tmp_path, column, other):
    # A review: names._closest (cutoff 0.75) took "speaker_id" for "speaker", "instance" or "distance"
    # for "stance", "party_id" for "party", and refused the file ("did you mean 'speaker_id'?"), where
    # the parent read it with the column empty; following that advice would be wrong, as the ids
    # are another column. Read so again; evaluate --by scores each file's rows.
    texts = ["NATO must stand together.", "Send more arms to Ukraine.", "Leave NATO now."]
    rows = {"text": texts, "labels": ["unity", "ukraine_support", "unity"], "stance": ["favor", "favor", "against"]}
    pd.DataFrame({**rows, column: ["A", "B", "C"]}).to_csv(tmp_path / "a.csv", index=False)
    pd.DataFrame({**rows, other: [17, 18, 19]}).drop(columns=column, errors="ignore").to_csv(tmp_path / "b.csv",
                                                                                           index=False)
    read = read_table(tmp_path, text_columns=["text", column])
    assert read[column].tolist()[:3] == ["A", "B", "C"] and read[column][3:].isna().all()
    assert read[other].tolist()[3:] == ["17", "18", "19"]
    if column == "speaker":  # the review's evaluate by speaker: scored as the same rows in one frame are
        joined = pd.DataFrame({"text": texts * 2, "labels": rows["labels"] * 2, "stance": rows["stance"] * 2,
                               "speaker": ["A", "B", "C", None, None, None]})
        assert stance.evaluate(None, tmp_path, by="speaker").metrics == stance.evaluate(None, joined,
                                                                                        by="speaker").metrics


def test_a_glob_is_read_as_a_folder_of_the_files_it_matches(tmp_path, energy_frame):
    # stance.train("data/2024-*.csv") and read_labelled were "file not found", where a
    # folder of the same files was read, and stance score read the glob (through Dask).
    data = tmp_path / "data"
    (data / "old").mkdir(parents=True)
    february, january, december = energy_frame[0::3], energy_frame[1::3], energy_frame[2::3]
    february.to_csv(data / "2024-02.csv", index=False)
    january.to_csv(data / "2024-01.csv", index=False)
    december.to_csv(data / "2023-12.csv", index=False)  # not matched
    frame = read_table(str(data / "2024-*.csv"))
    expected = pd.concat([january, february])  # in name order
    assert frame.text.tolist() == expected.text.tolist()
    assert frame.index[[0, 20, 21]].tolist() == ["2024-01.csv:00", "2024-01.csv:20", "2024-02.csv:00"]
    assert stance.read_labelled(str(data / "2024-*.csv"), stance_column="stance").labels.tolist() == \
        expected.labels.tolist()
    one = stance.train(str(data / "2024-*.csv"), stance_column="stance", threshold_folds=0)
    other = stance.train(expected.reset_index(drop=True), stance_column="stance", threshold_folds=0)
    texts = december.text.tolist()
    assert (one.predict_proba(texts) == other.predict_proba(texts)).all()
    # A file in a folder under the glob's wildcard is named by its path from the glob's folder.
    energy_frame[:3].to_csv(data / "old" / "2024-03.csv", index=False)
    assert read_table(data / "*" / "2024-*.csv").index.tolist() == ["old/2024-03.csv:0", "old/2024-03.csv:1",
                                                                    "old/2024-03.csv:2"]
    # A blank text is named by its file and row; a glob matching nothing is named.
    (data / "2024-04.csv").write_text("text,labels\nWind is good.,wind\n,coal\n")
    with pytest.raises(InvalidInputError, match=r"row '2024-04.csv:01' has no text"):
        stance.train(str(data / "2024-*.csv"))
    with pytest.raises(InvalidInputError, match=re.escape(f"no files match {str(data / '2025-*.csv')!r}")):
        stance.read_labelled(str(data / "2025-*.csv"))


@pytest.mark.parametrize(("name", "content"), [
    ("notes.csv", "Statement (EN; original)\nWe must spend more on defence.\nSanctions work; keep them.\n"),
    ("notes.tsv", "Statement, as spoken\nWe must spend more on defence.\nGood morning.\n"),
])
def test_a_one_column_header_holding_another_delimiter_still_reads(tmp_path, name, content):
    # The header names one column; its rows do not split by ";" (or ",") into two fields,
    # as the rows of a file saved with that delimiter do.
    path = tmp_path / name
    path.write_text(content)
    column = content.splitlines()[0]
    assert stance.score(path, text_column=column)[column].tolist() == content.splitlines()[1:]


def test_a_table_is_opened_once_to_look_for_compression_and_parquet(tmp_path, monkeypatch):
    # An audit by a maintainer (the last session's notes): refuse_compressed opened every table
    # twice, once for Parquet's magic at both ends and once for a compressor's at its start.
    import builtins
    import gzip

    from stance import file_types

    opened: list[str] = []

    def counted(file, *args, **kwargs):
        opened.append(str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(file_types, "open", counted, raising=False)
    footer = (100).to_bytes(4, "little") + b"PAR1"
    files = {"plain.csv": (b"text\nNATO is united.\n", None),
             "par1.csv": (b"PAR1,text\nunited. PAR1", None),  # text that begins and ends so
             "packed.csv": (gzip.compress(b"text\nNATO is united.\n"), "a compressed file (gzip)"),
             "votes.csv": (b"PAR1\x15\x04" + bytes(300) + footer, "a Parquet file, though named .csv")}
    for name, (content, said) in files.items():
        path = tmp_path / name
        path.write_bytes(content)
        opened.clear()
        if said is None:
            file_types.refuse_compressed(path)
        else:
            with pytest.raises(InvalidInputError, match=re.escape(said)):
                file_types.refuse_compressed(path)
        assert opened == [str(path)], name


def test_a_spreadsheet_is_refused_with_how_to_save_it(tmp_path):
    sheet = tmp_path / "coded.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(stance.InvalidInputError, match=r"unknown file type '\.xlsx'.*save it as 'CSV UTF-8'"):
        read_table(sheet)


def test_a_spreadsheet_beside_the_csvs_of_a_folder_is_named_not_left_out_silently(tmp_path):
    (tmp_path / "a.csv").write_text("text,labels\nArm Ukraine.,ukraine_support\n", encoding="utf-8")
    (tmp_path / "b.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.warns(stance.StanceWarning, match=r"left out 1 spreadsheet file\(s\) \(b\.xlsx\)"):
        frame = read_table(tmp_path)
    assert frame.text.tolist() == ["Arm Ukraine."]
    (tmp_path / "a.csv").unlink()
    with pytest.raises(stance.InvalidInputError, match=r"holds no .*files; b\.xlsx \(a spreadsheet"):
        read_table(tmp_path)


@pytest.mark.parametrize(("name", "separator", "holds"), [("r.csv", ",", "a comma"), ("r.tsv", "\t", "a tab")])
def test_a_line_with_more_fields_than_the_header_is_named_in_our_words(tmp_path, capsys, name, separator, holds):
    path = tmp_path / name
    path.write_text(f'text{separator}labels\n"NATO must stay united."{separator}unity\n'
                    f'"A text that\nspans two lines"{separator}unity\n'
                    f'"Send tanks"{separator}ukraine_support{separator}extra\n')
    # Before: pandas' "Error tokenizing data. C error: Expected 2 fields in line 4, saw 3",
    # whose line counted the two-line cell as one.
    said = f"cannot read {str(path)!r}: line 5 has 3 fields where the header has 2; quote a text that holds {holds}"
    for call in (stance.train, lambda p: stance.evaluate(None, p), stance.score):
        with pytest.raises(InvalidInputError) as error:
            call(path)
        assert str(error.value).startswith(said)
    for command in (["train", str(path), "-o", str(tmp_path / "m")],
                    ["score", str(path), "-o", str(tmp_path / "out.csv")]):
        assert main(command) == 2
        assert f"stance {command[0]}: {said}" in capsys.readouterr().err


# A transcript's quotes: one opened on line 2 and never closed, one that opens a text.
TRANSCRIPT_TSV = ('id\ttext\tspeaker\n1\t"Not one more cent, he said\tSmith\n2\tSend tanks to Kyiv.\tJones\n'
                  '3\tNATO must stay united.\tLee\n4\t"Hold the line" is our motto.\tKim\n')


def test_a_tsv_whose_quotes_are_text_reads_each_line_as_a_row(tmp_path, capsys):
    path = tmp_path / "q2.tsv"
    path.write_text(TRANSCRIPT_TSV)
    texts = ['"Not one more cent, he said', "Send tanks to Kyiv.", "NATO must stay united.",
             '"Hold the line" is our motto.']
    # Before: the quote on line 2 ran to the one on line 5, and one row was read where there are four.
    assert read_table(path)["text"].tolist() == texts
    assert read_table(path)["speaker"].tolist() == ["Smith", "Jones", "Lee", "Kim"]
    assert stance.score(path)["text"].tolist() == texts
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", "2", "--no-progress"]) == 0
    assert "scored 4 rows" in capsys.readouterr().err
    assert pd.read_csv(tmp_path / "out.csv", dtype=str)["text"].tolist() == texts


@pytest.mark.parametrize("text", ['"Quoted whole"', '"Never again," he said', 'He said "no"', '""'])
def test_quotes_in_a_tsv_that_need_no_csv_quoting_are_kept(tmp_path, text):
    path = tmp_path / "quotes.tsv"
    path.write_text(f"id\ttext\n1\t{text}\n2\tplain\n")
    # Before: '"Quoted whole"' was read as 'Quoted whole', '"Never again," he said' as 'Never again, he said'.
    assert read_table(path)["text"].tolist() == [text, "plain"]


def test_a_tsv_stance_score_writes_reads_back_as_it_was(tmp_path, capsys):
    texts = ['"Hold the line" is our motto.', "A tab\there", "Two\nlines", '"Quoted whole"', "plain",
             'x\t"\ny""', "Carriage\rreturn"]
    frame = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "text": texts})
    for rows, name in ((frame, "all.tsv"), (frame.iloc[:2], "no_line_breaks.tsv"), (frame.iloc[:1], "quote.tsv"),
                       (frame.iloc[[3, 4]], "whole.tsv"), (frame.iloc[:6], "pandas.tsv")):
        rows = rows.reset_index(drop=True)
        source = tmp_path / f"{name}.jsonl"
        rows.to_json(source, orient="records", lines=True)
        assert main(["score", str(source), "-o", str(tmp_path / name), "--no-progress"]) == 0
        again = read_table(tmp_path / name)
        assert again[["id", "text"]].equals(rows), name
        assert again["label"].tolist() == stance.score(rows)["label"].tolist()
        if "\r" not in "".join(rows.text):  # pandas leaves a bare carriage return unquoted
            rows.to_csv(tmp_path / f"pandas_{name}", sep="\t", index=False)  # quoted where a cell needs it
            assert read_table(tmp_path / f"pandas_{name}").equals(rows), name
    capsys.readouterr()


def test_a_csv_quoted_tsv_whose_quoted_cell_holds_whole_rows_is_refused(tmp_path):
    path = tmp_path / "mixed.tsv"
    # Line 2 proves CSV quoting; lines 3-4, read so, are one row, but each is a row of the file's width.
    path.write_text('id\ttext\n1\t"a tab\there"\n2\t"Not one more cent\n3\tNATO must stay united."\n')
    with pytest.raises(InvalidInputError, match=r"lines 3-4 are 2 rows .*\(line 2\)"):
        read_table(path)


# The engineer's file: a quote opened on line 3 and never closed where its text ends runs on
# to the next quote in the file, on line 6, and the rows of lines 4-6 are read as that cell.
STRAY_QUOTE_CSV = ('id,text\n1,NATO must hold\n2,"We will never abandon Ukraine, the minister said as the\n'
                   '3,Bring the brigade home\n4,NATO must spend more\n5,The so-called "peace plan" is a trap\n'
                   '6,We stand together\n')
STRAY_QUOTE_SAID = ("the quote that opens a cell on line 3 is not closed there: read as CSV quoting, it runs to line "
                    "6, and lines 4-6, each a row of 2 fields, are lost in that cell; close the quote where its text "
                    "ends, and if a quote is text at the start of a cell, write that cell in quotes, its own quotes "
                    'doubled ("""Hold the line"" is our motto.")')


def test_a_csv_whose_stray_quote_merges_rows_is_refused_naming_its_lines(tmp_path, capsys):
    path = tmp_path / "q.csv"
    path.write_text(STRAY_QUOTE_CSV)
    # Before: 3 rows of 6, the second 'We will never … 5,The so-called peace plan" is a trap', exit 0.
    for read in (read_table, stance.score, stance.read_labelled):
        with pytest.raises(InvalidInputError) as refused:
            read(path)
        assert str(refused.value) == f"{str(path)!r}: {STRAY_QUOTE_SAID}", read
    with pytest.raises(InvalidInputError, match=re.escape(STRAY_QUOTE_SAID)):
        stance.score_file(path, tmp_path / "out.csv")
    (tmp_path / "folder").mkdir()
    path.rename(tmp_path / "folder" / "q.csv")
    for data in (tmp_path / "folder", str(tmp_path / "folder" / "*.csv")):
        with pytest.raises(InvalidInputError, match=re.escape(STRAY_QUOTE_SAID)):
            stance.score(data)
    for chunk_size in ("50000", "2", "1"):
        status = main(["score", str(tmp_path / "folder" / "q.csv"), "-o", str(tmp_path / "out.csv"),
                       "--chunk-size", chunk_size, "--no-progress"])
        err = capsys.readouterr().err
        assert status == 2 and err == f"stance score: {str(tmp_path / 'folder' / 'q.csv')!r}: {STRAY_QUOTE_SAID}\n"
        assert not (tmp_path / "out.csv").exists()


def test_a_stray_quote_is_told_over_a_hundred_rows_and_before_a_field_too_many(tmp_path):
    # The engineer's other file: a quote cut off on row 10, the next quote on row 60: 100 rows read as 50.
    rows = [f"{number},Statement number {number} on NATO" for number in range(1, 101)]
    rows[9] = '10,"We will never abandon Ukraine, the minister said as the'
    for row_60, said in (('60,He called it a "peace plan" and left', ""),
                         # the quote opens a quoted cell: its comma gave the record a field too many, and the
                         # file was told to quote line 11's comma, which is in quotes
                         ('60,"Hello, world"', "cannot read ")):
        rows[59] = row_60
        path = tmp_path / "hundred.csv"
        path.write_text("id,text\n" + "\n".join(rows) + "\n")
        with pytest.raises(InvalidInputError) as refused:
            read_table(path)
        assert str(refused.value).startswith(f"{said}{str(path)!r}: the quote that opens a cell on line 11 is not "
                                             f"closed there: read as CSV quoting, it runs to line 61, and lines "
                                             f"12-61, each a row of 2 fields, are lost in that cell;")


def test_a_stray_quote_in_a_first_column_or_a_one_column_csv_is_refused(tmp_path):
    # The quote's cell runs to the end of its line, the row's other fields in it; its lines are rows all the same.
    path = tmp_path / "labelled.csv"
    path.write_text('text,labels\nWe back Kyiv,ukraine_support\n"Cut short,unity\nNATO must spend,deterrence\n'
                    'He said "no" to it,unity\n')
    with pytest.raises(InvalidInputError, match=r"opens a cell on line 3 .* runs to line 5, and lines 4-5, each a "
                                                r"row of 2 fields"):
        stance.read_labelled(path)
    path = tmp_path / "one.csv"
    path.write_text('text\n"We will stand\nwith Ukraine"\nNATO must spend\n"Cut short\nNATO holds "firm" today\n')
    with pytest.raises(InvalidInputError, match=r"opens a cell on line 5 .* runs to line 6, and line 6, a row of 1 "
                                                r"field, is lost in that cell"):
        read_table(path)


def test_a_csv_cell_of_prose_over_lines_still_reads_as_one_cell(tmp_path, capsys):
    # As a CSV writer quotes it: its quote closed where its text ends. Line 3, read alone, is a
    # row of 2 fields (its comma), as a row merged by a stray quote would be: the closing quote tells.
    texts = ["We will stand with Ukraine\nfor as long as it takes, the minister said.", "NATO must spend more",
             'Two lines\n"quoted" inside, too', "A paragraph.\n\nAnd another, after a blank line."]
    frame = pd.DataFrame({"id": ["1", "2", "3", "4"], "text": texts})
    path = tmp_path / "prose.csv"
    frame.to_csv(path, index=False)
    assert path.read_text().splitlines()[2] == 'for as long as it takes, the minister said."'
    assert read_table(path).equals(frame)
    assert stance.score(path)["text"].tolist() == texts
    for chunk_size in ("50000", "1"):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", chunk_size,
                     "--no-progress"]) == 0
        assert pd.read_csv(tmp_path / "out.csv", dtype=str)["text"].tolist() == texts
    capsys.readouterr()


@pytest.mark.parametrize(("name", "body"), [
    ("rh.csv", "id,text\n1,We stand with Ukraine.\nid,text\n2,NATO must spend more.\n"),
    ("rh.tsv", "id\ttext\n1\tWe stand with Ukraine.\nid\ttext\n2\tNATO must spend more.\n"),
    # cat of two files that open with a byte-order mark: the second's first name is '\ufeffid'
    ("bom.csv", "\ufeffid,text\n1,We stand with Ukraine.\n\ufeffid,text\n2,NATO must spend more.\n"),
])
def test_a_repeated_header_line_is_warned_of_naming_its_row_not_dropped(tmp_path, capsys, name, body):
    # The engineer's: `cat a.csv b.csv` scored its second header as a statement, id "id", text
    # "text", without a word. Warned of now, the row kept (a row is never lost without a word).
    path = tmp_path / name
    path.write_bytes(body.encode())
    said = (f"{str(path)!r}: row 1 repeats the header ('id', 'text'), as files joined with cat repeat it, and is "
            f"read as a row of those values; delete that line, or read the files as a folder or glob, each under "
            f"its own header")
    with pytest.warns(stance.StanceWarning) as warned:
        scored = stance.score(path)
    assert [str(each.message) for each in warned if said in str(each.message)] == [said]
    assert scored["text"].tolist() == ["We stand with Ukraine.", "text", "NATO must spend more."]
    for chunk_size in ("50000", "1"):  # once a file, whatever the chunks
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", chunk_size,
                     "--no-progress"]) == 0
        err = capsys.readouterr().err
        assert err.count("repeats the header") == 1 and f"warning: {said} (rows count from 0 after the header: " \
                                                        f"row 1 is line 3 of the file)" in err, err
    # A row that holds a name of the header and other values is a row like any.
    path.write_bytes(body.replace("\nid,text\n", "\nid,tanks\n").replace("\nid\ttext\n", "\nid\ttanks\n")
                     .replace("\ufeffid,text\n2", "id,tanks\n2").encode())
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert len(read_table(path)) == 3


def test_a_repeated_header_line_in_labelled_data_is_refused(tmp_path, capsys):
    # Trained on, it was a statement "text" of the label "labels": refused as too rare a label,
    # "too few for 'labels' (1: row 4)", or trained on where three files were joined so.
    rows = ["We stand with Ukraine.,ukraine_support", "NATO must spend more.,deterrence"] * 2
    path = tmp_path / "joined.csv"
    path.write_text("text,labels\n" + "\n".join(rows) + "\ntext,labels\n" + "\n".join(rows) + "\ntext,labels\n"
                    + "\n".join(rows) + "\n")
    said = (f"{str(path)!r}: rows 4, 9 repeat the header ('text', 'labels'), as files joined with cat repeat it, "
            f"and are read as rows of those values, to be trained on as statements labelled with a column's name; "
            f"delete those lines, or read the files as a folder or glob, each under its own header")
    for read in (stance.read_labelled, stance.train):
        with pytest.raises(InvalidInputError) as refused:
            read(path)
        assert str(refused.value) == said, read
    assert main(["train", str(path), "-o", str(tmp_path / "model")]) == 2
    assert f"stance train: {said} (rows count from 0 after the header: rows 4, 9 are lines 6, 11 of the file)\n" \
        == capsys.readouterr().err
    assert not (tmp_path / "model").exists()


@pytest.mark.parametrize("ending", [" \n", "\t\n", "  \r\n"])
def test_a_csv_cell_over_lines_whose_closing_quote_spaces_follow_still_reads_as_one_cell(tmp_path, capsys, ending):
    # The reviewer's: spaces after a writer's closing quote were taken for text after a stray
    # quote's, "the quote that opens a cell on line 2 is not closed there …", exit 2. pandas reads
    # the spaces into the cell, as stance did before.
    path = tmp_path / "space.csv"
    newline = ending.lstrip(" \t")
    path.write_bytes(f'id,text{newline}1,"two lines{newline}here, one cell"{ending}2,ok{newline}'.encode())
    texts = [f"two lines{newline}here, one cell{ending[:-len(newline)]}", "ok"]
    assert pd.read_csv(path, dtype=str)["text"].tolist() == texts
    assert read_table(path)["text"].tolist() == texts
    for chunk_size in ("50000", "1"):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", chunk_size,
                     "--no-progress"]) == 0, capsys.readouterr().err
        assert len(pd.read_csv(tmp_path / "out.csv")) == 2
    # Text after the spaces is a stray quote's all the same: rows 3-4 are lost in the cell of row 2.
    path.write_text('id,text\n1,NATO must hold\n2,"Cut short\n3,We back Kyiv\n4,The "  plan" fails\n')
    with pytest.raises(InvalidInputError, match="opens a cell on line 3 is not closed there: .* runs to line 5"):
        read_table(path)


def test_rows_merged_by_two_stray_quotes_are_refused_where_the_second_opens_a_cell_lines_before_the_end(tmp_path):
    # A review of 44b58b3e: a second stray quote opened a cell on line 3 that ran on to line 5; read
    # strictly, the record failed on its line 3, not its last, and was taken for a writer's: two rows
    # read of five, no word (the refusal asked for the failure on the record's last line).
    path = tmp_path / "m.csv"
    path.write_text('id,text,lab\n1,"Cut short,a\n2,The "plan" fails,"b\n3,NATO holds,c\n4,We stand,d"\n5,ok,e\n')
    with pytest.raises(InvalidInputError, match=r"opens a cell on line 2 is not closed there: .* runs to line 5, and "
                                                r"lines 3-5, each a row of 3 fields, are lost in that cell"):
        read_table(path, text_columns=["text"])


def test_a_csv_that_reads_strictly_is_not_read_again_record_by_record(tmp_path, monkeypatch):
    # Any .csv with a line break in a cell was read again in Python for rows merged by a quote:
    # 200,000 rows, a break in every other, took 1.04 s where 0.38 s before. One that Python's csv
    # module reads whole with strict=True (every closing quote a writer's) holds none.
    import stance.record_lines as record_lines

    told = []
    merged_rows = record_lines._merged_rows
    monkeypatch.setattr(record_lines, "_merged_rows", lambda raw, *rest: told.append(raw) or merged_rows(raw, *rest))
    texts = ["We will stand with Ukraine\nfor as long as it takes, the minister said.", 'Two lines\n"quoted", too']
    path = tmp_path / "prose.csv"
    pd.DataFrame({"id": ["1", "2"], "text": texts}).to_csv(path, index=False)
    assert read_table(path)["text"].tolist() == texts and told == []
    # A "\r" that ends no line, out of a quoted cell, fails the strict reading: read record by record.
    path.write_bytes(b'id,text\n1,We back\rKyiv\n2,"Cut short\n3,NATO holds\n4,The "plan" fails\n')
    with pytest.raises(InvalidInputError, match="opens a cell on line 3 is not closed there: .* runs to line 5"):
        read_table(path)
    assert told == [['2,"Cut short\n', "3,NATO holds\n", '4,The "plan" fails\n']]


def test_a_csv_quoted_tsv_with_a_line_of_quotes_as_text_keeps_its_csv_quoting(tmp_path):
    path = tmp_path / "pw.tsv"
    pd.DataFrame({"id": [1, 2], "text": ['He said "yes" to NATO.', "We agree."]}).to_csv(path, sep="\t", index=False)
    with open(path, "a") as handle:
        handle.write('3\tShe said "no" to NATO.\n')  # quotes inside a cell: text, whichever the reading
    # Before: line 4 was no CSV writer's, so every quote was read as text: '"He said ""yes"" to NATO."'.
    assert read_table(path)["text"].tolist() == ['He said "yes" to NATO.', "We agree.", 'She said "no" to NATO.']
    with open(path, "a") as handle:
        handle.write('4\t"Hold the line" is our motto.\n')  # read with CSV quoting, its quotes would be lost
    with pytest.raises(InvalidInputError, match=r"line 2 is written with CSV quoting .* line 5 is not"):
        read_table(path)


# As R's write.table(frame, sep = "\t", row.names = FALSE) writes: the header and every string
# quoted, a quote inside one after a backslash.
R_TSV = ('"id"\t"text"\n1\t"He said \\"no\\" to more troops."\n2\t"Two\nlines, \\"quoted\\""\n'
         '3\t"We agree."\n')


def test_a_tsv_written_by_r_is_read_with_its_quotes(tmp_path, capsys):
    path = tmp_path / "r.tsv"
    path.write_text(R_TSV)
    texts = ['He said "no" to more troops.', 'Two\nlines, "quoted"', "We agree."]
    # Before: columns '"id"' and '"text"'; before that, "He said \no\" to more troops.\"".
    assert read_table(path).to_dict("list") == {"id": ["1", "2", "3"], "text": texts}
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    assert pd.read_csv(tmp_path / "out.csv", dtype=str)["text"].tolist() == texts
    capsys.readouterr()
    # A backslash before no quote would be lost so read: the line is named instead.
    path.write_text(R_TSV + '4\t"C:\\Reports \\"final\\""\n')
    with pytest.raises(InvalidInputError, match=r"line 6 is not.*qmethod = \"double\""):
        read_table(path)


def test_r_s_write_table_row_names_under_a_header_a_column_short_are_read_as_write_csv_s(tmp_path, capsys):
    # R's write.table(d, "x.tsv", sep="\t") writes the row names and a header without a name for
    # them: refused as "line 2 holds 3 values, more than the header's 2 columns", where R's
    # read.delim and pandas read the first value as the row's name.
    path = tmp_path / "r.tsv"
    path.write_text('"id"\t"text"\n"1"\t"01"\t"We stand with Ukraine."\n"2"\t"02"\tNA\n"3"\t"03"\t"NA"\n')
    read = read_table(path, r_missing_in=["text"])
    assert read.columns.tolist() == ["Unnamed: 0", "id", "text"] and read["id"].tolist() == ["01", "02", "03"]
    assert read["text"].tolist()[0] == "We stand with Ukraine." and read["text"].isna().tolist() == [False, True, False]
    # As R's write.csv's empty first name: an empty header cell in the output; by chunks alike.
    for chunk_size in ("50000", "1"):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--no-progress",
                     "--chunk-size", chunk_size]) == 0
        with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][:3] == ["", "id", "text"] and [row[:2] for row in rows[1:]] == [["1", "01"], ["2", "02"],
                                                                                        ["3", "03"]]
        assert [row[-1] for row in rows[1:]] == ["", "missing", ""]  # the flag: row 2's text is missing
    # A ragged file, only some lines a value longer (the first or a later one), is refused as before.
    capsys.readouterr()
    for content, said in (('id\ttext\n01\tWe agree.\n02\tNATO\textra\n', "line 3 has 3 fields where the header has 2"),
                          ('id\ttext\n01\tWe\tagree.\n02\tNATO\n', "line 2 holds 3 values, more than the header's 2")):
        path.write_text(content)
        assert main(["score", str(path), "-o", str(tmp_path / "ragged.csv"), "--no-progress"]) == 2
        assert said in capsys.readouterr().err


@pytest.mark.parametrize(("name", "separator", "holds"), [("r.csv", ",", "a comma"), ("r.tsv", "\t", "a tab")])
def test_a_later_line_of_r_s_row_names_with_a_value_too_many_is_named_not_the_first(tmp_path, name, separator,
                                                                                       holds):
    # An audit by a maintainer (the last session's notes): R's write.table file, its header a
    # name short, with one value too many on line 5 was refused as "line 2 has 3 fields where the
    # header has 2": line 2 holds its row's name, the value too many is on line 5.
    path = tmp_path / name
    rows = [["1", "We stand with Ukraine.", "favor"], ["2", "Send tanks.", "favor"], ["3", "Hold the line.", "favor"],
            ["4", "Cut aid", "against", "now"]]
    path.write_text(separator.join(['"text"', '"lab"']) + "\n"
                    + "".join(separator.join(f'"{cell}"' for cell in row) + "\n" for row in rows))
    said = f"cannot read {str(path)!r}: line 5 has 4 fields where the header has 3; quote a text that holds {holds}"
    with pytest.raises(InvalidInputError) as error:
        read_table(path)
    assert str(error.value).startswith(said)
    for chunk_size in (1, 2, 50_000):
        with pytest.raises(InvalidInputError) as error:
            stance.score_file(path, tmp_path / "out.csv", chunk_size=chunk_size, progress=False)
        assert str(error.value).startswith(said)


@pytest.mark.parametrize(("body", "said"), [
    # A review of the fix above: a quoted header over rows of unquoted commas, the first one value
    # longer and the next longer still, was taken for R's row names, and line 3 was named against a
    # header one name wider than written, where line 2 is the first too long.
    ('"text"\nNATO, the alliance\nWe, the people, agree\n', "line 2 has 2 fields where the header has 1"),
    ('"text","lab"\nNATO is strong,favor,x\nWe, the people, agree,against\n',
     "line 2 has 3 fields where the header has 2"),
    # a second review: with as many wider rows as rows of one value more, a file of R's numbered
    # rows was no longer taken for R's, and its good line 2 was named
    ('"text"\n"1","NATO is strong."\n"2",We, agree.\n', "line 3 has 3 fields where the header has 2"),
    ('"text"\n"1","a."\n"2","b."\n"3",c, d.\n"4",e, f.\n', "line 4 has 3 fields where the header has 2"),
    ('"text","lab"\n"1","NATO is strong.","favor"\n"2","We, agree.",against,x\n',
     "line 3 has 4 fields where the header has 3"),
    # a third review: an id column numbered 1, 2, … written bare is the file's own, not R's names
    ('"id","text"\n1,NATO, the alliance\n2,We, the people, agree\n3,Allies, friends, partners, agree\n',
     "line 2 has 3 fields where the header has 2"),
])
def test_only_r_s_files_are_read_with_row_names_and_the_first_long_line_is_named(tmp_path, body, said):
    path = tmp_path / "rows.csv"
    path.write_text(body)
    with pytest.raises(InvalidInputError, match=re.escape(said)):
        read_table(path)
    for chunk_size in (1, 50_000):
        with pytest.raises(InvalidInputError, match=re.escape(said)):
            stance.score_file(path, tmp_path / "out.csv", chunk_size=chunk_size, progress=False)


def test_a_one_column_tsv_with_a_line_break_in_a_cell_reads_it_as_one(tmp_path):
    path = tmp_path / "one.tsv"
    texts = ["NATO must stay united.\nAllies agree.", "We oppose more troops."]
    pd.DataFrame({"text": texts}).to_csv(path, sep="\t", index=False)
    # Alone, such a cell is written as a stray quote over whole rows is (below): its lines are rows.
    assert read_table(path)["text"].tolist() == ['"NATO must stay united.', 'Allies agree."', texts[1]]
    texts.append('We oppose "more" troops.')  # before: refused, to be written as it is
    pd.DataFrame({"text": texts}).to_csv(path, sep="\t", index=False)
    assert read_table(path)["text"].tolist() == texts
    # A cell that opens with a quote and goes on after it: a transcript's quotes, each line a row.
    path.write_text('text\n"Not one more cent, he said\nSend tanks to Kyiv.\n"Hold the line" is our motto.\n')
    assert read_table(path)["text"].tolist() == path.read_text().splitlines()[1:]


def test_a_one_column_tsv_with_a_stray_quote_reads_each_line_as_a_row(tmp_path):
    path = tmp_path / "a.tsv"
    lines = ["We met in Vilnius.", '"Allies must stand together', "We spend more.", "Russia is a threat.",
             'He ended: never again."', "NATO will endure."]
    path.write_text("text\n" + "\n".join(lines) + "\n")
    # Before: 3 rows, the middle one lines 3-6 joined, their quotes dropped, without a word.
    assert read_table(path)["text"].tolist() == lines
    # Shown otherwise, by a doubled quote in the cell, the quoted header or another cell, it is one cell.
    for text, header in (('He said ""no"".\nAllies agree.', "text"), ("Two\nlines.", '"text"')):
        path.write_text(f'{header}\n"{text}"\nWe agree.\n')
        assert read_table(path)["text"].tolist() == [text.replace('""', '"'), "We agree."]


def test_a_tsv_is_scanned_for_its_quoting_once_and_only_until_the_answer_is_known(tmp_path, monkeypatch):
    import csv

    from stance import csv_dialect

    lines = []
    monkeypatch.setattr(csv_dialect._QuoteScan, "read", lambda self, number, line, read=csv_dialect._QuoteScan.read: (
        lines.append(number), read(self, number, line))[1])
    path = tmp_path / "refused.tsv"
    # Line 2 proves CSV quoting and line 3 misreads it: the 1,000 lines after cannot change that.
    path.write_text('id\ttext\n1\t"a ""b"""\n2\t"Hold the line" is our motto.\n'
                    + "".join(f'{i}\tHe said "no".\n' for i in range(1000)))
    with pytest.raises(InvalidInputError, match="line 2 is written with CSV quoting .* line 3 is not"):
        csv_dialect.quoting_shown(path)
    assert max(lines) == 3  # before: every line, twice (once more for R's quotes after a backslash)
    lines.clear()
    path.write_text('id\ttext\n1\t"Not one more cent, he said\n' + "2\tplain\n" * 1000)
    assert csv_dialect.quoting_shown(path) == {"quoting": csv.QUOTE_NONE}
    assert lines == list(range(1, 1003))  # before: twice, the second time for R's quotes after a backslash


def _binary_parquet(path, frame):
    """``frame`` written to Parquet with every text column as binary, as Impala writes strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: pa.array([v.encode() if isinstance(v, str) else v if isinstance(v, bytes) else None
                               for v in values], pa.binary()) if name != "id" else pa.array(values)
               for name, values in frame.to_dict("list").items()}
    pq.write_table(pa.table(columns), path)


def test_a_parquet_text_column_stored_as_binary_is_read_as_text(tmp_path, energy_frame, energy_model):
    # Before: every row scored "none" with flag not_text, the text written as b'NATO must stay united.',
    # and training refused every row as having "no text".
    texts = pd.DataFrame({"id": [1, 2], "text": ["NATO must stay united.", "Send arms to Kyiv."]})
    source, out = tmp_path / "b.parquet", tmp_path / "out.csv"
    _binary_parquet(source, texts)
    expected = stance.score(texts, model=energy_model)
    pd.testing.assert_frame_equal(stance.score(source, model=energy_model), expected)
    assert main(["score", str(source), "-o", str(out), "--chunk-size", "1"]) == 0
    assert pd.read_csv(out).text.tolist() == texts.text.tolist()
    # Labels and stance values stored so train as text does.
    labelled = tmp_path / "labelled.parquet"
    _binary_parquet(labelled, energy_frame.assign(id=range(len(energy_frame))))
    model = stance.train(labelled, stance_column="stance")
    assert model.labels == energy_model.labels and model.stance_classes == energy_model.stance_classes


def test_a_parquet_binary_text_is_read_as_text_by_fastparquet_too(tmp_path, energy_model, monkeypatch):
    # Without pyarrow pandas reads Parquet with fastparquet, whose bytes were left as bytes: every
    # text scored "none", flag not_text, and was written as b'NATO must stay united.'.
    pytest.importorskip("fastparquet")
    texts = pd.DataFrame({"id": [1, 2], "text": ["NATO must stay united.", "Send arms to Kyiv."]})
    expected = stance.score(texts, model=energy_model)
    source, out = tmp_path / "b.parquet", tmp_path / "out.csv"
    _binary_parquet(source, texts.assign(hash=[b"ab", b"\xff"]))
    labelled = tmp_path / "labelled.parquet"
    _binary_parquet(labelled, pd.DataFrame({"text": [b"NATO must stay united.", b"caf\xe9 talk"] * 6,
                                            "labels": ["a", "b"] * 6}))
    with monkeypatch.context() as blocked:  # pandas reads CSV with pyarrow: only while stance reads Parquet
        for name in ("pyarrow", "pyarrow.parquet"):
            blocked.setitem(sys.modules, name, None)  # `import pyarrow` now fails: pandas takes fastparquet
        scored = stance.score(source, model=energy_model)
        assert main(["score", str(source), "-o", str(out)]) == 0
        # Bytes that are not UTF-8 are named as pyarrow's are.
        with pytest.raises(InvalidInputError, match=re.escape(f"{str(labelled)!r}: column 'text' holds bytes "
                                                              f"that are not valid UTF-8 in row 1")):
            stance.train(labelled)
    assert scored.text.tolist() == texts.text.tolist()
    assert scored.label.tolist() == expected.label.tolist() and scored.flag.tolist() == expected.flag.tolist()
    assert scored.hash.tolist() == [b"ab", b"\xff"]  # no text column: carried as stored
    assert pd.read_csv(out).text.tolist() == texts.text.tolist()


def test_a_parquet_binary_by_column_names_its_groups_as_text(tmp_path, energy_frame, energy_model, capsys):
    # 94f5dc4 decoded only the texts, labels and stance: evaluate --by named the groups b'press', b'speech'.
    import json

    source = tmp_path / "b.parquet"
    _binary_parquet(source, energy_frame)
    groups = set(energy_frame.register)
    assert set(stance.evaluate(energy_model, source, by="register").groups) == groups
    energy_model.save(tmp_path / "model")
    assert main(["evaluate", str(source), "--model", str(tmp_path / "model"), "--by", "register", "--json"]) == 0
    assert {row["group"] for row in json.loads(capsys.readouterr().out)["groups"]} == groups


def test_a_parquet_binary_text_that_is_not_utf8_is_named_by_row_and_column(tmp_path, energy_frame, capsys):
    texts = pd.DataFrame({"id": [1, 2, 3], "text": [b"NATO must stay united.", b"Send arms.", b"caf\xe9 talk"],
                          "hash": [b"\xff\x00", b"\xfe", b"\x80"]})
    source, out = tmp_path / "b.parquet", tmp_path / "out.csv"
    _binary_parquet(source, texts)
    message = f"{str(source)!r}: column 'text' holds bytes that are not valid UTF-8 in row 2"
    with pytest.raises(InvalidInputError, match=re.escape(message)):
        stance.score(source)
    for chunking in ([], ["--chunk-size", "1"]):
        assert main(["score", str(source), "-o", str(out), *chunking]) == 2
        assert message in capsys.readouterr().err and not out.exists()
    # A binary column that is not text (a hash) is no reason to refuse the texts beside it.
    _binary_parquet(source, texts.iloc[:2])
    assert main(["score", str(source), "-o", str(out)]) == 0
    # A DataFrame's bytes are the caller's: flagged, as any value that is not a str.
    assert stance.score(pd.DataFrame({"text": [b"NATO must stay united."]})).flag.tolist() == ["not_text"]
    # Training names the row too, not every row of the column as having "no text".
    labelled = tmp_path / "labelled.parquet"
    _binary_parquet(labelled, pd.DataFrame({"text": [b"NATO must stay united.", b"caf\xe9 talk"] * 6,
                                            "labels": ["a", "b"] * 6}))
    with pytest.raises(InvalidInputError, match=re.escape(f"{str(labelled)!r}: column 'text' holds bytes that "
                                                          f"are not valid UTF-8 in row 1")):
        stance.train(labelled)
    for argv in (["train", str(labelled), "-o", str(tmp_path / "model")], ["check", str(labelled)]):
        assert main(argv) == 2
        assert "column 'text' holds bytes that are not valid UTF-8 in row 1" in capsys.readouterr().err


def test_a_semicolon_csv_with_a_value_too_many_in_its_first_rows_names_that_line(tmp_path, capsys):
    # Before: read with commas, as one column 'id;text', and refused as having no column 'text'.
    path, out = tmp_path / "s.csv", tmp_path / "out.csv"
    path.write_text("id;text\n1;NATO united\n2;Send arms\n3;more\n4;bad;extra\n")
    expected = "line 5 has 3 fields where the header has 2; quote a text that holds a semicolon"
    with pytest.raises(InvalidInputError, match=expected):
        read_table(path)
    assert main(["score", str(path), "-o", str(out)]) == 2 and expected in capsys.readouterr().err
    path.write_text("id;text\n1;bad;extra\n2;NATO united\n3;Send arms\n")  # the first row, where pandas only warns
    with pytest.raises(InvalidInputError, match="line 2 holds 3 values, more than the header's 2 columns"):
        read_table(path)
    # A one-column file whose texts each hold more semicolons than its header still reads as one column.
    path.write_text("Statement (EN; original)\nWe; stay; united.\nSanctions; work; now.\n")
    assert read_table(path).columns.tolist() == ["Statement (EN; original)"]


def test_a_value_too_many_beside_a_speech_in_one_cell_names_its_line(tmp_path, capsys):
    # Before: the line was looked for with the csv module's field limit (131,072 characters) in force,
    # so a cell longer than that, in the first row with a value too many, raised the csv module's
    # "field larger than field limit (131072)": a traceback and exit 1 on the command line.
    path = tmp_path / "huge.csv"
    path.write_text("text,labels\n" + "NATO " * 30_000 + ",unity,extra\nok,unity\n")
    expected = "line 2 holds 3 values, more than the header's 2 columns"
    with pytest.raises(InvalidInputError, match=expected):
        stance.read_labelled(path)
    assert main(["evaluate", str(path)]) == 2 and expected in capsys.readouterr().err
    assert csv.field_size_limit() == 131_072  # the limit raised meanwhile is put back
    path.write_text("text,labels\nok,unity\n" + "NATO " * 30_000 + ",unity,extra\nok,unity\n")
    with pytest.raises(InvalidInputError, match="line 3 has 3 fields where the header has 2"):
        read_table(path)


def test_a_quote_never_closed_is_named_by_its_line_in_python_as_on_the_command_line(tmp_path, capsys):
    # Before: Python said pandas' "Error tokenizing data. C error: EOF inside string starting at row 2",
    # its record counted from the header; only the command line added "(… opens on line 3 of the file)".
    path = tmp_path / "unc.csv"
    path.write_text('text,labels\nWe back NATO.,unity\n"never closed,unity\nmore,none\n')
    expected = (f"cannot read {str(path)!r}: the quote that is never closed opens on line 3 of the file; close it, "
                f'or write a quote inside a quoted text as two ("")')
    for call in (lambda: stance.read_labelled(path), lambda: read_table(path), lambda: stance.score(path)):
        with pytest.raises(InvalidInputError) as raised:
            call()
        assert str(raised.value) == expected
    assert main(["evaluate", str(path)]) == 2
    assert capsys.readouterr().err == f"stance evaluate: {expected}\n"


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_title_line_above_the_header_is_named_and_to_be_deleted(tmp_path, capsys, separator):
    # A newsroom's audit: Excel's export with a title in A1 ("Statements export 2026") was read
    # with the title as its header, and told "Column 'Unnamed: 1' holds sentences …
    # (--text-column='Unnamed: 1')", which scored the real header as a statement; with ';' the
    # one column "Statements export 2026;;" was named.
    path = tmp_path / "titled.csv"
    lines = ["Statements export 2026,,", "id,text,date", "1,NATO must stand united.,04.12.2026",
             "2,Send weapons to Ukraine.,05.12.2026", ""]
    path.write_text("\r\n".join(lines).replace(",", separator), encoding="utf-8-sig")
    told = ("The file has a title line above its header: its first row holds the header ['id', 'text', 'date'], and "
            "the title ('Statements export 2026') was read as the header; delete that line (the first, or the one "
            "below Excel's 'sep=' line)")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert told in str(raised.value) and "Unnamed: 1'?" not in str(raised.value), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert told in err and "--text-column" not in err.split("columns present")[1], err
    # Deleted, the file is read as it should be; a frame read with its title is told to skip it.
    with pytest.raises(InvalidInputError, match="read it with pd.read_csv\\(path, skiprows=1\\)"):
        stance.score(pd.read_csv(path, sep=separator), text_column="text")
    path.write_text("\r\n".join(lines[1:]).replace(",", separator), encoding="utf-8-sig")
    assert stance.score(path)["text"].tolist() == ["NATO must stand united.", "Send weapons to Ukraine."]
    # A review of b1d1d2b: a good header whose first row held the word "text" was told to delete
    # it as a title. A title is read as a header of blank names ('Unnamed: 1') or of one name
    # with empty ones beside it; and a name close to the one asked for is a typo, named first.
    path.write_text("id,Text\r\n1,text\r\n2,We act now.\r\n".replace(",", separator), encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert str(raised.value) == ("text_column='text': no such column; columns present: ['id', 'Text']. "
                                 "Did you mean 'Text'?")
    path.write_text("id,statement,label\r\n1,text,pro\r\n2,We act now.,con\r\n".replace(",", separator),
                    encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert str(raised.value) == "text_column='text': no such column; columns present: ['id', 'statement', 'label']"
    # nor a file pandas' to_csv wrote with its index, whose header's first cell is blank (a review of the mend)
    if separator == ",":
        pd.DataFrame({"statement": ["text", "We act now."]}).to_csv(path)
        with pytest.raises(InvalidInputError) as raised:
            stance.score(path)
        assert "title line" not in str(raised.value), str(raised.value)


@pytest.mark.parametrize("between", ["", "\n", "\r\n\r\n"])
def test_a_title_of_one_cell_above_a_blank_line_and_the_header_is_told_to_be_deleted(tmp_path, capsys, between):
    # "Survey responses", an empty line, then the header: read as a one-column file (the title its
    # header, the empty line its empty cell), refused by line 3's two values with advice that
    # fails when followed: quoting "id,text" leaves line 4 too long, and naming every column in
    # the title's line reads the header as a row and no 'text' column. 565af6e lost even that
    # advice ("or name every column"); a title directly above the header was told it too.
    path = tmp_path / "survey.csv"
    path.write_text(f"Survey responses\n{between}id,text\n1,NATO is united.\n2,We must deter.\n", encoding="utf-8")
    header = 2 + between.count("\n")
    deleted = "delete that line" if header == 2 else f"delete lines 1 to {header - 1}"
    # Since a review of 3230038 a one-column file's remedy is told beside it (see
    # test_a_title_of_one_cell_or_a_one_column_file_is_told_both_remedies).
    told = f"if line 1 is a title above the header on line {header} ('id', 'text'), {deleted};"
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert told in str(raised.value), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert told in capsys.readouterr().err
    # Followed as told, the file is read.
    path.write_text("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[header - 1:]), encoding="utf-8")
    assert stance.score(path)["text"].tolist() == ["NATO is united.", "We must deter."]
    # A one-column file whose statement holds a comma after the word "text" is no title.
    path.write_text(f"Comment\n{between}text, images and video say more than words.\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="quote a text that holds a comma"):
        stance.score(path)


def test_a_one_column_file_whose_statement_holds_a_comma_is_told_to_quote_it(tmp_path, capsys):
    # "Comment" above "text, images and video" (two short names, 'text' among them) was read as a
    # title above a header, told only to delete line 1, which followed loses the first statement
    # as the header. Since a review of 3230038 the one-column file's remedy is told beside the
    # title's, by every reader.
    path = tmp_path / "comments.csv"
    path.write_text("Comment\ntext, images and video\nWe must deter.\n", encoding="utf-8")
    quote = ("if the file is one column of statements ({}), quote each text that holds a comma "
             '("text, images and video")')
    for read in (lambda: stance.score(path), lambda: read_table(path)):
        with pytest.raises(InvalidInputError) as raised:
            read()
        assert quote.format("read it with text_column='Comment'") in str(raised.value), str(raised.value)
    for size in ("1", "50000"):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", size]) == 2
        err = capsys.readouterr().err
        assert quote.format("read it with --text-column Comment") in err, err
    # A title above a row as wide as its header, or a blank line, is told too.
    for text in ("Survey responses\nid,text\n1,NATO is united.\n", "Survey responses\n\nid,text\n"):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInputError, match=r"if line 1 is a title above the header on line [23]"):
            stance.score(path)


# A line of one cell above a line of short names holding 'text' is a title above a header, or a
# one-column file whose statement holds a comma: no rule tells them apart both ways (a review of
# 3230038), so both are told. Each file, the remedy that is right for it, and the rows it then reads.
_TITLE_OR_ONE_COLUMN = {
    "comment_commas": ("Comment\ntext, images and video\nWe must deter, now.\n", "quote",
                       ["text, images and video", "We must deter, now."]),
    "text_commas": ("text\ntext, images and video\nWe must deter, now.\n", "quote",
                    ["text, images and video", "We must deter, now."]),
    # blank lines above the header are deleted ('delete line 1 and quote …'); a blank line in a
    # one-column file is an empty cell, its row kept
    "blank_above_comment": ("\n\nComment\ntext, images and video\nWe must deter, now.\n", "quote",
                            ["text, images and video", "We must deter, now."]),
    "comment_blank": ("Comment\n\ntext, images and video\nWe must deter.\n", "quote",
                      ["", "text, images and video", "We must deter."]),
    "title_blank": ("Survey responses\n\nid,text\n1,NATO is united.\n2,We must deter.\n", "delete",
                    ["NATO is united.", "We must deter."]),
    "trailing_separator": ("Survey responses\nid,text\n1,NATO is united.,\n2,We must deter.,\n", "delete",
                           ["NATO is united.", "We must deter."]),
    "row_names": ('Survey responses\n"id","text"\n"1","1","NATO is united."\n', "delete", ["NATO is united."]),
    "short_rows": ("Survey responses\nid,text,label\n1,NATO is united.\n2,We must deter.\n", "delete",
                   ["NATO is united.", "We must deter."]),
    "header_alone": ("Survey responses\nid,text\n", "delete", []),
}
_BOTH_REMEDIES = re.compile(
    r"line (\d+) holds \d+ values where the header \(line (\d+), '[^']*'\) has 1: if line \2 is a title above "
    r"the header on line \1 \([^)]*\), delete (that line|lines (\d+) to (\d+)); if the file is one column of "
    r"statements(?: \(read it with (?:--text-column (?:'[^']*'|[^)\s]+)|text_column='([^']*)')\))?, (?:delete (?:line "
    r"(\d+)|lines "
    r"(\d+) to (\d+)) and )?quote each text that holds a "
    r'comma \("[^"]+"\)')


@pytest.mark.parametrize("name", list(_TITLE_OR_ONE_COLUMN))
def test_a_title_of_one_cell_or_a_one_column_file_is_told_both_remedies(tmp_path, capsys, name):
    # 3230038 read a title only where a row as wide as its header, or a blank line, showed the
    # header: 'Comment / text, images and video / We must deter, now.' was told to delete line 1,
    # which followed scored one wrong row and lost a statement, while titles above rows with a
    # trailing separator, R's row names or fewer cells, or above no rows, were told to quote a
    # comma. Both are told now, and either, followed as written where it is right, reads the file.
    text, right, rows = _TITLE_OR_ONE_COLUMN[name]
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    told = _BOTH_REMEDIES.search(str(raised.value))
    assert told is not None, str(raised.value)
    for size in (["--chunk-size", "1"], []):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), *size]) == 2
        err = capsys.readouterr().err
        assert _BOTH_REMEDIES.search(err) is not None and "text_column" not in err, err
    lines = text.splitlines(keepends=True)
    if right == "delete":  # as sed -i '1d' or '1,2d' does
        first, last = (int(told[2]), int(told[2])) if told[3] == "that line" else (int(told[4]), int(told[5]))
        lines = lines[:first - 1] + lines[last:]
        path.write_text("".join(lines), encoding="utf-8")
        if name == "short_rows":  # the rows' own fault is told next, and mended the file is read
            with pytest.raises(InvalidInputError, match="line 2 has 2 fields where the header has 3: a row short"):
                stance.score(path)
            path.write_text("".join(lines[:1] + [line.replace("\n", ",\n") for line in lines[1:]]), encoding="utf-8")
        assert stance.score(path, prefix="pred_")["text"].tolist() == rows  # a 'label' column of its own
    else:  # the blank lines above deleted as told, each text that holds a comma in quotes
        first, last = (int(told[7]), int(told[7])) if told[7] else (int(told[8] or 1), int(told[9] or 0))
        path.write_text("".join('"' + line.rstrip("\n").replace('"', '""') + '"\n' if "," in line else line
                                for line in lines[:first - 1] + lines[last:]), encoding="utf-8")
        column = told[6] or "text"
        assert stance.score(path, text_column=column)[column].fillna("").tolist() == rows



@pytest.mark.parametrize("header", ["Comment ", "  Comment", "text ", '"Comment "'])
def test_a_one_column_header_with_spaces_is_named_as_read(tmp_path, capsys, header):
    # 'Comment ' (a space after it, as a spreadsheet's cell often has) was told
    # text_column='Comment', stripped, which followed was refused: "no such column; columns
    # present: ['Comment ']"; and 'text ' was told no column to read at all, as if 'text'. The
    # column is named as the reader reads it, its spaces shown (a review of b27e916).
    path = tmp_path / "comments.csv"
    path.write_text(f"{header}\ntext, images and video\nWe must deter.\n", encoding="utf-8")
    column = header.strip('"')
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    told = _BOTH_REMEDIES.search(str(raised.value))
    assert told is not None and told[6] == column, str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert f"(read it with --text-column {shlex.quote(column)})" in capsys.readouterr().err
    # Followed as told, each text that holds a comma quoted, the file is read by the column named.
    path.write_text(f'{header}\n"text, images and video"\nWe must deter.\n', encoding="utf-8")
    assert stance.score(path, text_column=told[6])[column].tolist() == ["text, images and video", "We must deter."]


def test_a_one_column_tsv_file_is_told_its_tab_by_name(tmp_path, capsys):
    # The example of a .tsv file held a raw tab, invisible in Python, printed as "\t" on the
    # command line, which typed as shown put a backslash and a t in the file (a review of
    # b27e916). Its tab is now named, and a tab written where it is named reads the file.
    path = tmp_path / "comments.tsv"
    path.write_text("Comment\ntext\timages and video\nWe must deter.\n", encoding="utf-8")
    told = 'quote each text that holds a tab ("text<tab>images and video", <tab> standing for its tab)'
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert str(raised.value).endswith(told) and "\t" not in str(raised.value), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith(told) and "\\t" not in err, err
    example = re.search(r'\("([^"]*)", <tab> standing', err)[1]
    path.write_text(f'Comment\n"{example.replace("<tab>", chr(9))}"\nWe must deter.\n', encoding="utf-8")
    assert stance.score(path, text_column="Comment")["Comment"].tolist() == ["text\timages and video",
                                                                             "We must deter."]

# Labelled data needs a labels column, which its header names: it is never a one-column file of
# statements, so a title of one cell above its header is told the title's remedy alone (a review
# of b27e916, which told every reader the one-column file's too, and with it a column to read
# that leaves the labels out).
_LABELLED_READERS = {
    "stance.train": lambda path: stance.train(path, threshold_folds=0),
    "stance.evaluate": lambda path: stance.evaluate(None, path),
    "stance.find_label_issues": lambda path: stance.find_label_issues(path),
    "stance.cross_validate": lambda path: stance.cross_validate(path),
    "stance.read_labelled": lambda path: stance.read_labelled(path, threshold_folds=0),
}


@pytest.mark.parametrize("rows", [1, 2])
def test_labelled_data_below_a_title_of_one_cell_is_told_to_delete_the_title_alone(tmp_path, capsys, rows):
    path = tmp_path / "labelled.csv"
    statements = ["NATO is united.,nato\n", "We must deter.,deterrence\n"][:rows]
    path.write_text("Survey responses\ntext,labels\n" + "".join(statements), encoding="utf-8")
    told = ("the file has a title line above its header: line 2 holds the header ['text', 'labels'], and the "
            "title ('Survey responses') on line 1 was read as the header; delete that line")
    for name, read in _LABELLED_READERS.items():
        with pytest.raises(InvalidInputError) as raised:
            read(path)
        assert str(raised.value).endswith(told), (name, str(raised.value))
    for command in (["train", str(path), "-o", str(tmp_path / "model")], ["evaluate", str(path)],
                    ["check", str(path)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.strip().endswith(told), (command, err)
    # A scoring reader, which reads one column, is still told both (see
    # test_a_title_of_one_cell_or_a_one_column_file_is_told_both_remedies).
    with pytest.raises(InvalidInputError, match="if the file is one column of statements"):
        stance.score(path)
    # Followed as told, the labelled file is read (too few rows to train on, which is another matter).
    path.write_text("text,labels\n" + "".join(statements), encoding="utf-8")
    assert read_table(path, labelled=True)["labels"].tolist() == [line.split(",")[1].strip() for line in statements]


@pytest.mark.parametrize("size", ["1", "2", "50000"])
def test_a_title_above_a_blank_line_is_told_in_chunks_of_one_row_too(tmp_path, capsys, size):
    # In chunks of one row the first chunk is the blank line's, below the title read as the
    # header, and was told "--text-column='text': no such column; columns present: ['Survey
    # responses']": the title is told there as in larger chunks, which reach the header's line.
    path = tmp_path / "survey.csv"
    path.write_text("Survey responses\n\nid,text\n1,NATO is united.\n2,We must deter.\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", size]) == 2
    err = capsys.readouterr().err
    assert ("if line 1 is a title above the header on line 3 ('id', 'text'), delete lines 1 to 2;" in err
            and "no such column" not in err), err
    # A one-column file without the column asked for is told so, in chunks of one row too.
    path.write_text("Comment\n\nWe must deter.\n", encoding="utf-8")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", size]) == 2
    assert "--text-column text: no such column" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "deleted"), [
    ("\nSurvey responses\n\nid,text\n", "delete lines 1 to 3"),
    ("\n\nSurvey responses\nid,text\n", "delete lines 1 to 3"),
    ("Survey responses\n\nid,text\n", "delete lines 1 to 2"),
    ("Survey responses\nid,text\n", "delete that line"),
    ("sep=,\nSurvey responses\n\nid,text\n", "delete lines 2 to 3"),
    ("sep=;\n\nSurvey responses\nid;text\n", "delete lines 2 to 3"),
    ("sep=;\nSurvey responses\nid;text\n", "delete that line"),
])
def test_the_lines_told_to_be_deleted_above_a_header_leave_a_file_that_is_read(tmp_path, capsys, text, deleted):
    # Blank lines above the title were left out of the lines to delete ("delete lines 2 to 3",
    # "delete that line" of the title on line 3): followed, the file began with a blank line and
    # was refused again. Every line above the header is told now, but Excel's sep= line.
    path = tmp_path / "survey.csv"
    row = "1;NATO is united.\n" if "sep=;" in text else "1,NATO is united.\n"
    path.write_text(text + row, encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert f"('id', 'text'), {deleted};" in str(raised.value), str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert f"('id', 'text'), {deleted};" in capsys.readouterr().err
    # Followed as told, as sed -i '1,3d' or '3d' deletes them, the file is read.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    title = text.splitlines().index("Survey responses") + 1
    first, last = (title, title) if deleted == "delete that line" else map(int, re.findall(r"\d+", deleted))
    path.write_text("".join(lines[:first - 1] + lines[last:]), encoding="utf-8")
    assert stance.score(path)["text"].tolist() == ["NATO is united."]


@pytest.mark.parametrize("title", ["Weekly report,2026", "Weekly report,2026,", "Statements export;04.12.2026;"])
def test_a_title_line_with_its_date_above_the_header_is_named_and_to_be_deleted(tmp_path, capsys, title):
    # A newsroom's audit: a title with its year or date beside it (B1) above the header was read
    # as the header of names, and told no more than "no such column", or, a cell narrower than the
    # header below, to quote a text that holds a comma.
    separator = ";" if ";" in title else ","
    path = tmp_path / "titled.csv"
    lines = [title, "id,text,date", "1,NATO must stand united.,04.12.2026", "2,Send weapons to Ukraine.,05.12.2026"]
    path.write_text("\r\n".join([lines[0], *(line.replace(",", separator) for line in lines[1:])]) + "\r\n",
                    encoding="utf-8-sig")
    named = " ".join(cell for cell in re.split("[,;]", title) if cell)
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert "title line above its header" in str(raised.value), str(raised.value)
    assert f"the title ({named!r})" in str(raised.value) and "quote a text" not in str(raised.value)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert "delete that line" in capsys.readouterr().err
    # Deleted, the file is read as it should be.
    path.write_text("\r\n".join(lines[1:]).replace(",", separator), encoding="utf-8-sig")
    assert stance.score(path)["text"].tolist() == ["NATO must stand united.", "Send weapons to Ukraine."]
    # A header of two names ("country", "2024" and "2025": a table of years) is no title.
    # Nor one name beside a year (a review: "country,2024" and "name,2026" were told to delete
    # their header): a one-word title with its year cannot be told from them.
    headers = ("country,2024,2025\r\nUK,text,x\r\n", "country,2024\r\nUK,text\r\n", "name,2026\r\nAlice,text,5\r\n")
    for header in headers:
        path.write_text(header, encoding="utf-8")
        with pytest.raises(InvalidInputError) as raised:
            stance.score(path)
        assert "title line" not in str(raised.value), (header, str(raised.value))


def test_a_quote_never_closed_in_a_semicolon_csv_is_named_not_blamed_on_the_separator(tmp_path, capsys):
    # A newsroom's audit: the row whose quote runs to the file's end split by semicolons into fewer
    # cells than the header, so the file was taken to be comma-separated and told "Column
    # 'id;text;x' is a header of 3 names read as one … put the line 'sep=;' above its header";
    # only after that was the quote named. The same file with commas was told of the quote at once.
    rows = ["1;NATO is strong;a", "2;Send arms;b", "3;Deter Russia;c", '4;"Hold the line;d', "5;Stand firm;e"]
    expected = ("the quote that is never closed opens on line 5 of the file; close it, or write a quote inside "
                'a quoted text as two ("")')
    for separator in (";", ","):
        path = tmp_path / "quote.csv"
        path.write_text("\r\n".join(["id;text;x", *rows, ""]).replace(";", separator), encoding="utf-8-sig")
        with pytest.raises(InvalidInputError) as raised:
            stance.score(path)
        assert str(raised.value) == f"cannot read {str(path)!r}: {expected}", separator
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
        assert capsys.readouterr().err == f"stance score: cannot read {str(path)!r}: {expected}\n"
    # A review of bb07b12: with the quote on the first data row of a one-column file whose header
    # holds ';', no row was left to confirm a separator, and none counted as alike, so the file
    # was told its separator "cannot be told" where the quote was named before.
    path.write_bytes(b'Statement (EN; original)\r\n"Hold the line, he said\r\nSend arms\r\n')
    expected = expected.replace("line 5", "line 2")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path)
    assert str(raised.value) == f"cannot read {str(path)!r}: {expected}"


@pytest.mark.parametrize("header", ["Statement (EN; original)", "Q1; your view"])
def test_a_one_column_csv_whose_rows_mostly_hold_one_semicolon_still_reads(tmp_path, header):
    # e58d897 read such a file with semicolons, as a row with a value too many, and refused it:
    # its header's names are cut out of a text (a space beside the semicolon, a bracket left open).
    path = tmp_path / "x.csv"
    texts = ["NATO is united; truly.", "Cut aid; now; really.", "A; b"]
    path.write_text("\n".join([header, *texts]) + "\n")
    frame = read_table(path)
    assert frame.columns.tolist() == [header] and frame[header].tolist() == texts


@pytest.mark.parametrize("header", ["text;labels ", " text;labels", "text ; labels"])
def test_a_semicolon_header_padded_with_spaces_still_names_the_line_with_a_value_too_many(tmp_path, header):
    # c1f4165 took a space at the header's end (or on both sides of a semicolon) for a name cut out of a
    # text, read the file with commas and said "--text-column='text': no such column".
    path = tmp_path / "c.csv"
    path.write_text(f"{header}\nWe stand; together;unity\nNATO is strong;unity\nSend tanks;ukraine_support\n")
    with pytest.raises(InvalidInputError, match="line 2 holds 3 values, more than the header's 2 columns"):
        read_table(path)


def test_a_parquet_binary_column_beside_the_texts_is_written_alike_in_any_chunks(tmp_path, energy_model):
    # e87d266 decoded every binary column that was UTF-8 in each batch: 'h' was written ab, cd, b'\xff'
    # with --chunk-size 1 and b'ab', b'cd', b'\xff' without; a hash of bytes 01 02 became control characters.
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "b.parquet"
    pq.write_table(pa.table({"text": pa.array([b"NATO is united.", b"Cut aid", b"x"], pa.binary()),
                             "h": pa.array([b"ab", b"\x01\x02", b"\xff"])}), source)
    written = []
    for chunking in ([], ["--chunk-size", "1"]):
        out = tmp_path / f"out{len(chunking)}.csv"
        assert main(["score", str(source), "-o", str(out), *chunking]) == 0
        written.append(pd.read_csv(out, keep_default_na=False))
    # The carried column as its bytes, in base64 (their repr, b'ab', before); the text column decoded.
    for frame in written:
        assert frame.h.tolist() == ["YWI=", "AQI=", "/w=="]
        assert frame.text.tolist() == ["NATO is united.", "Cut aid", "x"]
    scored = stance.score(source, model=energy_model)
    assert scored.h.tolist() == [b"ab", b"\x01\x02", b"\xff"] and scored.text.tolist()[0] == "NATO is united."


def test_bytes_are_written_to_csv_and_json_lines_as_base64_and_to_parquet_as_bytes(tmp_path, capsys):
    # A pipeline's audit: a Parquet binary column beside the texts (a hash) was written to .csv,
    # .tsv and .jsonl as Python's print form, b'\\rbE\\xac\\xc9J', which no other tool reads back, and
    # a list of bytes inside the JSON text of a list so too.
    import base64

    import pyarrow as pa
    import pyarrow.parquet as pq

    hashes = [b"\rbE\xac\xc9J", None, b"", b"caf\xc3\xa9"]
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": ["We stand with Ukraine.", "Deter Russia now.", "Lunch.", "Unity."],
                             "hash": pa.array(hashes, pa.binary()),
                             "parts": pa.array([[b"\x00\xff"], None, [], [b"ab", None]], pa.list_(pa.binary()))}),
                     source)
    for suffix in (".csv", ".tsv", ".jsonl"):
        out = tmp_path / f"out{suffix}"
        assert main(["score", str(source), "-o", str(out), "--no-progress", "--chunk-size", "2"]) == 0
        err = capsys.readouterr().err
        assert f"{str(out)!r}: column 'hash' holds bytes (3 cells), written as base64 text (RFC 4648)" in err
        if suffix == ".jsonl":
            rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            cells, parts = [row["hash"] for row in rows], [row["parts"] for row in rows]
        else:
            frame = pd.read_csv(out, sep="," if suffix == ".csv" else "\t", keep_default_na=False, na_values=[""])
            cells = [None if pd.isna(cell) else cell for cell in frame.hash]
            parts = [None if pd.isna(cell) else json.loads(cell) for cell in frame.parts]
        # An empty value of bytes is an empty cell in CSV, as an empty text is; "" in JSON Lines.
        decoded = [None if cell is None else base64.b64decode(cell, validate=True) for cell in cells]
        assert decoded == (hashes if suffix == ".jsonl" else [hashes[0], None, None, hashes[3]])
        assert [None if cell is None else [item if item is None else base64.b64decode(item) for item in cell]
                for cell in parts] == [[b"\x00\xff"], None, [], [b"ab", None]]
    out = tmp_path / "out.parquet"
    assert main(["score", str(source), "-o", str(out), "--no-progress", "--chunk-size", "2"]) == 0
    assert "base64" not in capsys.readouterr().err
    written = pq.read_table(out)
    assert written.schema.field("hash").type == pa.binary() and written.column("hash").to_pylist() == hashes


def test_bytes_written_as_base64_to_standard_output_are_told_as_a_files_are(tmp_path, capsys):
    # 4f2dd6a8 warned of bytes written as base64 to a .csv file, but `stance check in.parquet -o -`,
    # which writes the same CSV to standard output, wrote the hash column's base64 without a word.
    import base64

    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"{opening} number {i}." for i in range(10)
             for opening in ("We stand with Ukraine", "Deter Russia now", "Lunch at noon", "NATO is united")]
    labels = ["ukraine_support", "deterrence", "none", "unity"] * 10
    labels[0] = labels[5] = "none"  # two rows mislabelled, for check to flag
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": texts, "labels": labels, "h": pa.array([b"\xff\x00"] * 40)}), source)
    assert main(["check", str(source), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    rows = pd.read_csv(io.StringIO(out), keep_default_na=False)
    flagged = len(rows)
    assert flagged >= 2 and {base64.b64decode(cell) for cell in rows.h} == {b"\xff\x00"}
    cells = f"{flagged} cell{'' if flagged == 1 else 's'}"
    assert f"standard output: column 'h' holds bytes ({cells}), written as base64 text (RFC 4648)" in err
    assert main(["check", str(source), "-o", str(tmp_path / "out.csv")]) == 0  # as a file's output is told
    assert f"{str(tmp_path / 'out.csv')!r}: column 'h' holds bytes ({cells})" in capsys.readouterr().err


def test_a_parquet_column_of_bytes_keeps_its_type_whatever_the_first_chunk_holds(tmp_path, capsys):
    # A column of bytes with no value in the first chunk was typed as text, and its later bytes
    # written as their print form: with --chunk-size 1 a hash came out the string "b'\\xff\\x00'" (as
    # bytes with the default), and a fixed_size_binary(16) of UUIDs as binary. The text column, stored
    # as bytes (as Impala writes strings) and read as text, stays text though its first row is empty.
    import uuid

    import pyarrow as pa
    import pyarrow.parquet as pq

    hashes = [None, None, b"\xff\x00"]
    ids = [uuid.UUID(int=5).bytes, None, uuid.UUID(int=2**127).bytes]
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": pa.array([None, b"We stand with Ukraine.", b"Deter Russia now."], pa.binary()),
                             "hash": pa.array(hashes, pa.binary()), "uuid": pa.array(ids, pa.binary(16)),
                             "blob": pa.array([None, b"a", b"\x00"], pa.large_binary())}), source)
    schemas = []
    for chunking in (["--chunk-size", "1"], ["--chunk-size", "2"], []):
        out = tmp_path / f"out{len(chunking)}{chunking[-1:]}.parquet"
        assert main(["score", str(source), "-o", str(out), "--no-progress", *chunking]) == 0, capsys.readouterr().err
        written = pq.read_table(out)
        schemas.append(written.schema)
        assert {name: str(written.schema.field(name).type) for name in ("text", "hash", "uuid", "blob")} == {
            "text": "string", "hash": "binary", "uuid": "fixed_size_binary[16]", "blob": "large_binary"}
        assert written.column("hash").to_pylist() == hashes and written.column("uuid").to_pylist() == ids
        assert written.column("blob").to_pylist() == [None, b"a", b"\x00"]
        assert written.column("text").to_pylist() == [None, "We stand with Ukraine.", "Deter Russia now."]
    assert all(schema.equals(schemas[0]) for schema in schemas)


def test_texts_and_labels_stored_as_bytes_are_text_in_a_parquet_output_of_no_rows_too(tmp_path, capsys):
    # a48bb0cf kept a Parquet input's declared bytes for score_file's text column alone: `stance check
    # in.parquet -o out.parquet` of Impala's texts and labels (binary) wrote them binary when no row
    # was flagged and string when one was, and a folder of no rows scored so too, so two nights'
    # outputs did not stack; the hash beside them, bytes, stays binary in each.
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"{opening} number {i}." for i in range(10)
             for opening in ("We stand with Ukraine", "Deter Russia now", "Lunch at noon", "NATO is united")]
    labels = ["ukraine_support", "deterrence", "none", "unity"] * 10
    wrong = list(labels)
    wrong[0] = wrong[5] = "none"  # two rows mislabelled, for check to flag
    schemas = {}
    for name, given in (("clean", labels), ("wrong", wrong)):
        source = tmp_path / f"{name}.parquet"
        pq.write_table(pa.table({"text": pa.array([text.encode() for text in texts], pa.binary()),
                                 "labels": pa.array([label.encode() for label in given], pa.binary()),
                                 "h": pa.array([b"\xff\x00"] * 40)}), source)
        out = tmp_path / f"{name}_out.parquet"
        assert main(["check", str(source), "-o", str(out)]) == 0, capsys.readouterr().err
        schemas[name] = pq.read_schema(out)
        assert len(pq.read_table(out)) == (0 if name == "clean" else 2)
    for schema in schemas.values():
        assert [str(schema.field(column).type) for column in ("text", "labels", "h")] == ["string", "string", "binary"]
    folder = tmp_path / "fold"
    folder.mkdir()
    pq.write_table(pa.table({"text": pa.array([], pa.binary()), "h": pa.array([], pa.binary())}),
                   folder / "a.parquet")
    assert main(["score", str(folder), "-o", str(tmp_path / "fold.parquet"), "--no-progress"]) == 0
    schema = pq.read_schema(tmp_path / "fold.parquet")
    assert [str(schema.field(column).type) for column in ("text", "h")] == ["string", "binary"]


def test_a_parquet_output_of_a_parquet_input_reads_back_with_the_inputs_dtypes(tmp_path, energy_model):
    # An audit by an engineer wiring stance into a pipeline: the output of a Parquet input lost
    # pandas' schema metadata, so pd.read_parquet read nullable Int64 ids as float64 and the id
    # 9007199254740993 as ...992. Whole, chunked and in two processes, the output reads back
    # with the input's dtypes, and two processes write the same bytes as one.
    from stance.files import score_file

    big = 9007199254740993  # 2**53 + 1: no float64 holds it
    frame = pd.DataFrame({"id": pd.array([big, None, 3], dtype="Int64"),
                          "date": pd.to_datetime(["2024-01-01", None, "2024-01-03"]),
                          "party": pd.Categorical(["SPD", "CDU", "SPD"]),
                          "note": pd.array(["a", None, "c"], dtype="string"),
                          "text": ["We stand together.", "Send more tanks.", ""]})
    source = tmp_path / "ids.parquet"
    frame.to_parquet(source, index=False)
    read = pd.read_parquet(source)
    outputs = []
    for name, options in (("whole", {}), ("chunked", {"chunk_size": 1}), ("two", {"n_jobs": 2})):
        target = tmp_path / f"{name}.parquet"
        assert score_file(source, target, model=energy_model, progress=False, **options) == 3
        scored = pd.read_parquet(target)
        assert scored[read.columns].dtypes.to_dict() == read.dtypes.to_dict(), name
        assert scored.id.iloc[0] == big and scored.id.isna().tolist() == [False, True, False], name
        assert scored.confidence.dtype == "float64", name
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[2]
    returned = stance.score(source, model=energy_model)
    assert returned[read.columns].dtypes.to_dict() == read.dtypes.to_dict() and returned.id.iloc[0] == big
    # A column written as another type than the input's keeps none of its metadata: read as written.
    import pyarrow as pa

    from stance.files import _pandas_columns, _with_pandas_columns

    assert _with_pandas_columns(pa.schema([pa.field("id", pa.string())]), _pandas_columns(source)).metadata is None


# A lecturer's audit: stance.train("mydta") and stance.evaluate(None, "held_out"), beside
# held_out.csv, were "cannot read 'held_out': unknown file type '(none)'; expected one of
# .csv, …", as if the file were there; stance.score("mydta/") was told to wrap a statement in a
# list. A path that is not there is not found, naming the table or folder it likely meant.
# It is named as given: "mydta/" was told 'mydta' was not found, its slash dropped (by Path).
def test_a_missing_path_is_not_found_by_every_reader_naming_what_it_likely_meant(tmp_path, monkeypatch, capsys):
    from stance.labelling import find_label_issues

    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["We stand together."] * 4, "labels": ["unity"] * 4}).to_csv("held_out.csv", index=False)
    (tmp_path / "mydata").mkdir()
    suggest = lambda data: stance.suggest(None, data)  # noqa: E731
    readers = [stance.train, lambda data: stance.evaluate(None, data), stance.read_labelled, find_label_issues,
               stance.score, suggest, read_table]
    for name, meant in (("held_out", "held_out.csv"), ("mydta", "mydata"), ("mydta/", "mydata"),
                        ("speechs.csv", None), (str(tmp_path / "held_out"), str(tmp_path / "held_out.csv"))):
        for reader in readers:
            if name == "mydta" and reader in (stance.score, suggest):  # a str without a suffix may be a statement
                continue
            with pytest.raises(InvalidInputError) as raised:
                reader(name)
            said = str(raised.value)
            expected = f"file not found: {name!r}" + (f" (did you mean {meant!r}?)" if meant else "")
            assert said.endswith(expected) and "unknown file type" not in said, (name, said)
    with pytest.raises(InvalidInputError, match=r"^file not found: 'mydta/' \(did you mean 'mydata'\?\)$"):
        stance.score_file("mydta/", "out.csv")
    for command in (["check"], ["train", "-o", str(tmp_path / "model")]):
        assert main([*command, "held_out"]) == 2
        assert "file not found: 'held_out' (did you mean 'held_out.csv'?)" in capsys.readouterr().err
    for command in (["score", "mydta/", "-o", "out.csv"], ["train", "mydta/", "-o", "model"], ["evaluate", "mydta/"],
                    ["check", "mydta/"], ["document", "mydta/"]):
        assert main(command) == 2
        assert "file not found: 'mydta/'" in capsys.readouterr().err, command
    # Both suffixes there are both named; a statement is still a statement.
    pd.read_csv("held_out.csv").to_csv("held_out.tsv", sep="\t", index=False)
    with pytest.raises(InvalidInputError, match=r"did you mean 'held_out\.csv' or 'held_out\.tsv'\?\)$"):
        stance.evaluate(None, "held_out")
    with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
        stance.score("Mydata")
    # A file that is there is still told its type; a missing spreadsheet is too, what to do with it all the same.
    (tmp_path / "held_out").write_text("text\nWe stand together.\n")
    with pytest.raises(InvalidInputError, match=r"^cannot read 'held_out': unknown file type '\(none\)'"):
        stance.train("held_out")
    with pytest.raises(InvalidInputError, match=r"^cannot read 'votes\.xlsx': unknown file type '\.xlsx'.*CSV UTF-8"):
        stance.train("votes.xlsx")


def test_a_data_path_no_file_can_have_is_refused_as_missing_in_a_short_message(tmp_path, monkeypatch):
    # stance.train("x" * 10000 + ".csv") let out pathlib's "OSError: [Errno 36] File name too long"
    # quoting all of the path, as the model loader did before cf27538; so did every reader of a
    # data file, and a statement of more than 255 bytes without spaces given to score alone.
    from stance.labelling import find_label_issues

    monkeypatch.chdir(tmp_path)
    for name in ("x" * 10_000 + ".csv", "x" * 300 + ".csv", "x" * 300):
        expected = f"file not found: '{'x' * 200}…' (a name longer than the file system allows)"
        calls = [stance.train, lambda data: stance.evaluate(None, data), stance.cross_validate, find_label_issues]
        if name.endswith(".csv"):  # a path without a table's suffix is no table to these
            calls += [lambda data: stance.score(Path(data)), lambda data: stance.suggest(None, Path(data)),
                      lambda data: stance.suggest(None, ["We stand together."], exclude=Path(data))]
        for call in calls:
            with pytest.raises(InvalidInputError) as raised:
                call(name)
            assert str(raised.value).endswith(expected), str(raised.value)[:300]
    # as a str, a name of a table is read as one (as a Path is), and anything else is a statement
    for call in (stance.score, lambda data: stance.suggest(None, ["We stand together."], exclude=data)):
        with pytest.raises(InvalidInputError, match=f"^file not found: '{'x' * 200}…' \\(a name longer"):
            call("x" * 300 + ".csv")
    statement = "北约应当加强东翼的防御以威慑俄罗斯" * 6  # 102 characters, 306 bytes: no file name
    with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
        stance.score(statement)


# A user audit (wire copy): a carriage return inside an unquoted cell ended the row there, so
# two rows read as three, "Ukraine" landed in the id column, "AP" in the text column, and row
# 1's source was lost, with exit status 0.
STRAY_ROWS = [["id", "text", "src"], ["1", "We back\rUkraine", "AP"], ["2", "Deterrence now", "AFP"],
              ["3", '"Quoted\rtoo"', "dpa"]]


@pytest.mark.parametrize(("suffix", "line_end", "codec"), [
    (".csv", "\r\n", "utf-8"), (".csv", "\n", "utf-8"), (".tsv", "\n", "utf-8"), (".tsv", "\r\n", "utf-8"),
    (".csv", "\r\n", "utf-16"),  # a byte-order mark: searched as text, not as bytes
])
def test_a_stray_carriage_return_in_a_cell_is_text_and_moves_nothing(tmp_path, suffix, line_end, codec):
    separator = "\t" if suffix == ".tsv" else ","
    path = tmp_path / f"wire{suffix}"
    path.write_bytes("".join(separator.join(row) + line_end for row in STRAY_ROWS).encode(codec))
    frame = read_table(path)
    quoted = "Quoted\rtoo" if suffix == ".csv" else '"Quoted\rtoo"'  # a .tsv without CSV quoting keeps quotes as text
    assert frame.to_dict("list") == {"id": ["1", "2", "3"], "text": ["We back\rUkraine", "Deterrence now", quoted],
                                     "src": ["AP", "AFP", "dpa"]}
    # Read in chunks (stance score), row by row alike.
    chunks = list(stance.tables.iter_delimited(path, encoding=stance.tables.file_encoding(path), chunksize=1))
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), frame)
    assert stance.tables.row_line(path, 1) == 3 and stance.tables.row_line(path, 2) == 4  # as grep -n counts


def test_old_mac_line_ends_are_still_line_ends(tmp_path):
    # A file whose first line ends in "\r" alone ends every line so (Excel 2011's CSV for Mac).
    path = tmp_path / "mac.csv"
    path.write_bytes(b'id,text\r1,We back Ukraine\r2,"Two\nlines"\r')
    assert read_table(path).to_dict("list") == {"id": ["1", "2"], "text": ["We back Ukraine", "Two\nlines"]}


def test_a_row_after_a_stray_carriage_return_is_named_by_its_own_line(tmp_path, capsys):
    # The line after it was named one too many: "line 5 has 4 fields" for grep's line 4.
    path = tmp_path / "cr.csv"
    path.write_bytes(b"id,text,src\r\n1,We back\rUkraine,AP\r\n2,Deterrence now,AFP\r\n3,x,y,z\r\n")
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert "line 4 has 4 fields where the header has 3" in capsys.readouterr().err
    # The csv module's count, which names a first data row too long, reads the same rows.
    path.write_bytes(b"id,text\n1,We back\rUkraine,AP\n2,Deterrence now\n")
    with pytest.raises(InvalidInputError, match="line 2 holds 3 values, more than the header's 2 columns"):
        read_table(path)


def test_a_stray_carriage_return_at_a_block_boundary_is_judged_by_what_follows(tmp_path, monkeypatch):
    from stance import linebreaks

    text = "id,text\r\n1,We back\rUkraine\r\n2,End\r\n3,Last line ends in a bare return\r"
    expected = text[:-1].replace("back\rU", "back" + linebreaks.KEPT_RETURN + "U") + "\r"
    for size in range(1, len(text) + 1):  # every place a block read by pandas may end
        reader, blocks = linebreaks.KeptReturns(io.StringIO(text)), []
        while block := reader.read(size):
            blocks.append(block)
        assert "".join(blocks) == expected, size
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode())
    for block in range(1, len(text) + 1):  # the search of the file's bytes, block by block
        monkeypatch.setattr(linebreaks, "_BLOCK", block)
        assert linebreaks._first_stray(path, "utf-8") == 2, block
    path.write_bytes(text.replace("back\rU", "back U").encode())
    assert linebreaks._first_stray(path, "utf-8") is None  # the last line's "\r" ends it


def test_a_file_holding_the_stand_in_for_a_stray_return_is_refused_naming_the_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("id,text\n1,odd \ufdd0 character\n2,We back\rUkraine\n".encode())
    with pytest.raises(InvalidInputError, match="line 3 holds a carriage return inside a cell"):
        read_table(path)


def test_a_file_read_for_its_stray_carriage_returns_is_closed(tmp_path):
    # A review: pandas never closes a file it is given, so a file read through the wrapper that
    # keeps a cell's stray "\r" was left open to the garbage collector (a ResourceWarning each
    # read; on Windows, the file locked meanwhile). A caller's own handle stays open.
    import gc

    from stance.tables import iter_delimited

    path = tmp_path / "s.csv"
    path.write_bytes(b"id,text,source\n1,We back\rUkraine,AP\n2,Unity now,AFP\n")
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        assert read_table(path).text.tolist() == ["We back\rUkraine", "Unity now"]
        assert [len(chunk) for chunk in iter_delimited(path, chunksize=1)] == [1, 1]
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)], [str(w.message) for w in caught]
    with open(path, "rb") as handle:
        assert [len(chunk) for chunk in iter_delimited(path, chunksize=1, handle=handle)] == [1, 1]
        assert not handle.closed


@pytest.mark.parametrize("rows, chunksize, line", [
    (["1,a", "2,b", "3,Send tanks,now"], 2, 4),  # the last row alone in the last chunk
    (["1,a", "2,b,c", "3,d"], 1, 3),  # every chunk one row
    (["1,a", '2,"two\nlines"', "3,Send tanks,now"], 2, 5),  # named by its line, not its record
])
def test_a_row_with_more_fields_than_the_header_alone_in_its_chunk_is_refused(tmp_path, rows, chunksize, line):
    # pandas' C reader before pandas 3 read a chunk of one row with more values than the header
    # as the header's first values, dropping the rest without a word: `stance score` of 10 rows
    # and an 11th "11,Send tanks,now" in chunks of 5 wrote "Send tanks" and lost "now". A longer
    # chunk, or the whole file, was refused; so is this one.
    path = tmp_path / "ragged.csv"
    path.write_text("id,text\n" + "\n".join(rows) + "\n")
    with pytest.raises(InvalidInputError, match=rf"ragged.csv': line {line} has 3 fields where the header has 2"):
        stance.score_file(path, tmp_path / "out.csv", chunk_size=chunksize, progress=False)
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(("content", "said"), [
    ('text,lab\na,x\nb,y\n"We\nback\nKyiv",z,now\nc,z\n', "line 4 has 3 fields where the header has 2"),
    ('text,lab\na,x\nb,y\n"We\nback\nKyiv",z,now\n', "line 4 has 3 fields where the header has 2"),
    ('text,lab\na,x,\nb,y,\n"We\nback\nKyiv",z,now\n', "line 4 holds 3 values, more than the header's 2 columns"),
    ('text,lab\n"We\nback\nKyiv",z,now\nc,z\n', "line 2 holds 3 values, more than the header's 2 columns"),
])
def test_a_long_row_over_lines_is_named_by_its_first_line_whole_and_in_chunks(tmp_path, content, said):
    # An audit by a maintainer (the last session's notes): a row on lines 4 to 6 with a value too
    # many was named by its last line read whole ("line 6") and by its first in chunks; its first
    # is what an editor jumps to, and what every other message names.
    from stance.record_lines import _refuse_long_records, read_error_in_lines

    path = tmp_path / "spans.csv"
    path.write_text(content)
    with pytest.raises(InvalidInputError, match=re.escape(said)):
        read_table(path)
    for chunk_size in (1, 2, 50_000):
        with pytest.raises(InvalidInputError, match=re.escape(said)):
            stance.score_file(path, tmp_path / "out.csv", chunk_size=chunk_size, progress=False)
    # The recheck of one-row chunks (pandas before 3 read them without a word) names it alike.
    named = read_error_in_lines(path, "utf-8", "C error: Expected 2 fields in line 6, saw 3")
    with pytest.raises(ValueError) as refused:
        _refuse_long_records(path, "utf-8")
    line = said.split()[1]
    assert named.startswith(f"line {line} ") and str(refused.value).startswith(f"line {line} ")


@pytest.mark.parametrize("chunksize", [1, 2])
def test_a_trailing_separator_on_every_line_reads_alike_in_chunks_of_any_size(tmp_path, capsys, chunksize):
    # An audit by a reviewer of ab95757: a spreadsheet's export, "text,lab" over rows "We back NATO 0,x,",
    # read whole but was refused in chunks with a chunk of one row ("line 2 has 3 fields where the
    # header has 2"): 50,001 rows at the default chunk size, or 3 rows in chunks of 2.
    path = tmp_path / "export.csv"
    path.write_text("text,lab\nWe back NATO 0,x,\nSend tanks to Kyiv,y,\nHello there,z,\n")
    expected = [["We back NATO 0", "x"], ["Send tanks to Kyiv", "y"], ["Hello there", "z"]]
    assert read_table(path).values.tolist() == expected
    assert stance.score(path)[["text", "lab"]].values.tolist() == expected
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "-o", str(out), "--chunk-size", str(chunksize), "--no-progress"]) == 0
    assert pd.read_csv(out, dtype=str)[["text", "lab"]].values.tolist() == expected
    # A separator at the end of a later line only is no spreadsheet's: refused alone in its chunk, as whole.
    path.write_text("text,lab\nWe back NATO 0,x\nSend tanks to Kyiv,y\nHello there,z,\n")
    capsys.readouterr()
    assert main(["score", str(path), "-o", str(out), "--chunk-size", str(chunksize), "--no-progress"]) == 2
    assert "line 4 has 3 fields where the header has 2" in capsys.readouterr().err
    with pytest.raises(InvalidInputError, match="line 4 has 3 fields where the header has 2"):
        read_table(path)


@pytest.mark.parametrize(("content", "expected"), [
    # "h" would be dropped; line 2's third value is empty, a trailing separator.
    ("text,lab\na,b,\nd,e\nf,g,h\n", "line 4 holds 3 values, more than the header's 2 columns"),
    # pandas' own error, after a first row with a trailing separator.
    ("text,lab\na,b,\nd,e,\nf,g,,h\n", "line 4 has 4 fields where the header has 2"),
])
def test_a_value_too_many_below_trailing_separators_names_its_own_line(tmp_path, capsys, content, expected):
    # An audit by a reviewer of ab95757: the refusal named line 2, whose surplus value is empty (a
    # spreadsheet's trailing separator), not line 4, whose value would be lost.
    path = tmp_path / "export.csv"
    path.write_text(content)
    with pytest.raises(InvalidInputError, match=re.escape(expected)):
        read_table(path)
    for chunksize in ("1", "2", "50000"):
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", chunksize,
                     "--no-progress"]) == 2
        assert expected in capsys.readouterr().err


SURPLUS_SHAPES = [  # (file name, content, the rows read or what the refusal says): one rule for every reader
    # A spreadsheet's trailing separator: on every line, on the header only, or on the first row only.
    ("every.csv", "text,lab,\na,x,\nb,y,\n", [["a", "x", None], ["b", "y", None]]),
    ("header.csv", "text,lab,\na,x\nb,y\n", [["a", "x", None], ["b", "y", None]]),
    ("first.csv", "text,lab\na,x,\nb,y\n", [["a", "x"], ["b", "y"]]),
    # ... after blank lines and lines of spaces, which are no row; by semicolons, tabs, CRLF, below a BOM.
    ("blank.csv", "text,lab\n\n  \na,x,\n \t \nb,y,\n", [["a", "x"], ["b", "y"]]),
    ("semicolon.csv", "text;lab;\na;x;\nb;y;\n", [["a", "x", None], ["b", "y", None]]),
    ("tab.tsv", "text\tlab\na\tx\t\nb\ty\t\n", [["a", "x"], ["b", "y"]]),
    ("crlf.csv", "text,lab,\r\na,x,\r\nb,y,\r\n", [["a", "x", None], ["b", "y", None]]),
    ("bom.csv", "\ufefftext,lab\n\"a, b\",x,\n\"two\nlines\",y,\n", [["a, b", "x"], ["two\nlines", "y"]]),
    # A value past the header on the first row (pandas would drop it) or a later one (its own error).
    ("second.csv", "text,lab\na,x,v\nb,y\n", "line 2 holds 3 values, more than the header's 2 columns"),
    ("spaced.csv", "text,lab\n\n \t\na,x,v\nb,y\n", "line 4 holds 3 values, more than the header's 2 columns"),
    ("middle.csv", "text,lab\na,x\nb,y,v\nc,z\n", "line 3 has 3 fields where the header has 2"),
    ("last.csv", "text,lab\na,x\nb,y\nc,z,v\n", "line 4 has 3 fields where the header has 2"),
    ("later.csv", "text,lab\na,x,\nb,y,v\nc,z,\n", "line 3 holds 3 values, more than the header's 2 columns"),
    ("wider.csv", "text,lab\na,x,\nb,y,,\n", "line 3 has 4 fields where the header has 2"),
    ("space.csv", "text,lab\na,x, \nb,y,\n", "line 2 holds 3 values, more than the header's 2 columns"),
    ("tab_value.tsv", "text\tlab\n  \na\tx\tv\nb\ty\n", "line 3 holds 3 values, more than the header's 2 columns"),
    ("sep.csv", "sep=;\ntext;lab\na;x;v\nb;y\n", "line 3 holds 3 values, more than the header's 2 columns"),
    # A quoted "" or "  " alone is a row to pandas, not a blank line: a row below it one field
    # wider than the header is pandas' own error, named by its line (line 4, past it, was named).
    ("quoted.csv", 'text\n""\na,\nb,c\n', "line 3 has 2 fields where the header has 1"),
    ("spaces.csv", 'text,lab\n"  "\na,x,\nb,y,v\n', "line 3 has 3 fields where the header has 2"),
]


@pytest.mark.parametrize(("name", "content", "expected"), SURPLUS_SHAPES)
def test_values_past_the_header_are_read_or_refused_alike_whole_and_in_chunks(tmp_path, name, content, expected):
    # An audit by a maintainer: the rule of what pandas drops past the header was written twice
    # (the whole-file check, and the chunk recheck with the line a message names), each skipping
    # blank lines in its own way; read whole and in chunks of 1, 2 and 50,000, a file says the same.
    path = tmp_path / name
    path.write_bytes(content.encode())
    for chunk_size in (1, 2, 50_000):
        out = tmp_path / f"out{chunk_size}.csv"
        if isinstance(expected, str):
            with pytest.raises(InvalidInputError, match=re.escape(expected)):
                read_table(path)
            with pytest.raises(InvalidInputError, match=re.escape(expected)):
                stance.score_file(path, out, chunk_size=chunk_size, progress=False)
        else:
            frame = read_table(path)
            assert frame.astype(object).where(frame.notna(), None).values.tolist() == expected
            assert stance.score_file(path, out, chunk_size=chunk_size, progress=False) == len(expected)
            assert read_table(out)[["text", "lab"]].values.tolist() == [row[:2] for row in expected]



TRUNCATED = "a row cut short (is the file truncated?)"
LOST_CELL = "a row short of a field (was an empty cell left out with its delimiter?)"
CUT_SHORT = [  # (file name, content, the line named, its fields, the header's, why, the empty fields written)
    # A download stopped mid-row: pandas filled the row's missing cells, and it was scored.
    ("cut.csv", "id,slug,body,published\n1,nato-1,Allies agreed to raise defence spending.,2026-12-01\n"
                "2,nato-2,Poland will host additional US troops.,2026-12-01\n3,nat", 4, 2, 4, TRUNCATED, '",,"'),
    # Mid-file, below a blank line (no row) and above rows of empty last cells written ",,": no
    # truncation (the review of a message that said so of every short row).
    ("mid.csv", "id,slug,body\n1,a,NATO must stay united.\n\n4,d\n5,e,\n6,f,We back Kyiv.\n", 4, 2, 3, LOST_CELL,
     '",,"'),
    # The last row above blank lines alone may be a copy stopped short.
    ("end.csv", "id,slug,body\n1,a,NATO must stay united.\n2,b\n\n  \n", 3, 2, 3, TRUNCATED, '",,"'),
    # A quoted cell, no blank line.
    ("quoted.csv", 'id,body\n1,NATO must stay united.\n  \n""\n', 4, 1, 2, TRUNCATED, '",,"'),
    ("mid.tsv", 'id\tbody\ttopic\n1\t"We stand\ntogether."\tunity\n2\tWe back Kyiv.\n'
                '3\tSend tanks.\tdeterrence\n', 4, 2, 3, LOST_CELL, "two tabs in a row"),
]


@pytest.mark.parametrize(("name", "content", "line", "fields", "header", "why", "empty"), CUT_SHORT,
                         ids=["cut-off", "mid-file", "last-above-blank-lines", "one-cell", "tsv"])
def test_a_row_with_fewer_fields_than_the_header_is_refused_by_its_line(tmp_path, capsys, name, content, line,
                                                                        fields, header, why, empty):
    # An audit by a newsroom data desk's engineer: a CSV cut off mid-row ("3,nat" under four
    # names) was scored as "3,nat,,,none" and the command exited 0; a row with more fields was refused.
    path = tmp_path / name
    path.write_text(content)
    said = (f"cannot read {str(path)!r}: line {line} has {fields} field{'s' * (fields != 1)} where the header has "
            f"{header}: {why}; give the row every field, empty ones as {empty}")
    with pytest.raises(InvalidInputError, match=re.escape(said)):
        read_table(path)
    with pytest.raises(InvalidInputError, match=re.escape(said)):
        stance.score(str(path), text_column="body")
    out = tmp_path / "out.csv"
    for chunk_size, jobs in (("1", "1"), ("2", "1"), ("50000", "1"), ("50000", "2")):
        status = main(["score", str(path), "-o", str(out), "--text-column", "body", "--chunk-size", chunk_size,
                       "--n-jobs", jobs, "--no-progress"])
        assert (status, capsys.readouterr().err) == (2, f"stance score: {said}\n"), (chunk_size, jobs)
        assert not out.exists()


def test_a_dos_end_of_file_mark_is_named_in_a_table_and_dropped_from_jsonl_and_documents(tmp_path, capsys):
    # An analyst's audit: a last line of Ctrl-Z alone (0x1A, what DOS programs end a file with) was
    # "a row cut short (is the file truncated?)", "line 3 is not JSON", and in a document glued
    # to the last sentence ("Russia. \x1a").
    for name, content in (("cz.tsv", "id\ttext\r\n1\tWe stand with Ukraine.\r\n\x1a"),
                          ("cz.csv", "id,text\r\n1,We stand with Ukraine.\r\n\x1a\r\n")):
        path = tmp_path / name
        path.write_bytes(content.encode())
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
        assert capsys.readouterr().err == (f"stance score: cannot read {str(path)!r}: line 3 holds only a Ctrl-Z "
                                           f"(0x1A), the end-of-file mark of DOS programs, where the header has 2 "
                                           f"fields: no row; delete it, the file's last byte\n")
    path = tmp_path / "cz.jsonl"
    path.write_bytes(b'{"id": 1, "text": "We stand with Ukraine."}\r\n\x1a')
    assert read_table(path)["text"].tolist() == ["We stand with Ukraine."]
    path.write_bytes(b'{"id": 1, "text": "We agree."}\n\x1a\n{"id": 2, "text": "We stand."}\n')  # not at the end
    with pytest.raises(InvalidInputError, match=r"line 2 is not JSON \(a Ctrl-Z, 0x1A, alone\)"):
        read_table(path)
    document = tmp_path / "cz.txt"
    # A review: a mark with a line break after it (an editor re-saving in DOS mode), right after
    # the last sentence, or two, ended the last statement too.
    for end in (b"\r\n\x1a", b"\r\n\x1a\r\n", b"\x1a\n", b"\n\x1a\x1a ", b"\x1a\x0c"):  # and a form feed
        document.write_bytes(b"We stand with Ukraine.\r\nNATO must deter Russia." + end)
        assert main(["document", str(document), "--json"]) == 0
        texts = [record["text"] for record in json.loads(capsys.readouterr().out)["sentences"]]
        assert texts == ["We stand with Ukraine.", "NATO must deter Russia."], (end, texts)
    path = tmp_path / "two.csv"  # a review: two marks were "a row cut short"
    for marks in (b"\x1a\x1a", b"\x1a \x1a\n"):  # and a space between them (a second review)
        path.write_bytes(b"id,text\n1,We stand with Ukraine.\n" + marks)
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv")]) == 2
        assert "line 3 holds only a Ctrl-Z (0x1A)" in capsys.readouterr().err


def test_ctrl_zs_through_a_document_are_looked_for_at_its_end_in_linear_time():
    # An audit of the reader's patterns: the Ctrl-Zs ending a document were looked for through the
    # whole text, each mark read to the next other character: 20,000 "\x1a " before a last word
    # took 2.6 s, 200 KB about a minute. CPU time, as the other guards against runaway work.
    import time

    from stance.cli_documents import _without_dos_end

    text = "We agree.\n" + "\x1a " * 20_000 + "a\n"
    started = time.process_time()
    assert _without_dos_end(text) == text  # no mark ends it: it stays as written
    assert _without_dos_end(text + "\x1a \x1a\r\n") == text
    assert time.process_time() - started < 0.5  # about 0.001 s


def test_a_training_file_with_a_row_short_of_a_field_is_refused(tmp_path, capsys, energy_frame):
    # 400 rows with one "…,none," row's trailing comma lost trained with exit 0, its stance read as missing.
    lines = energy_frame.to_csv(index=False).splitlines()
    lines[10] = lines[10].rsplit(",", 1)[0]  # line 11: its last field, and the comma before it, gone
    path = tmp_path / "train.csv"
    path.write_text("\n".join(lines) + "\n")
    for command, out in (("train", "m"), ("check", "c.csv")):
        assert main([command, str(path), "-o", str(tmp_path / out), "--stance-column", "stance"]) == 2
        assert f"line 11 has 3 fields where the header has 4: {LOST_CELL}" in capsys.readouterr().err
        assert not (tmp_path / out).exists()


def test_rows_as_long_as_the_header_with_empty_cells_and_blank_lines_read_as_before(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text("id,text,labels\n1,We back Kyiv.,\n\n2,,\n   \n3,Send tanks.,deterrence\n\n")
    assert read_table(path).fillna("-").values.tolist() == [["1", "We back Kyiv.", "-"], ["2", "-", "-"],
                                                             ["3", "Send tanks.", "deterrence"]]
    path.write_text("text\nWe back Kyiv.\n\nSend tanks.\n")  # one column: an empty line is its empty cell
    assert stance.score_file(path, tmp_path / "out.csv", progress=False) == 3
    # A review: a header ending in its delimiter names an empty column its rows may leave out.
    for header, rows in [("id,text,", "1,We back Kyiv.\n2,Send tanks.\n"), ("text,", "We back Kyiv.\nSend tanks.\n")]:
        path.write_text(f"{header}\n{rows}")
        assert read_table(path)["text"].tolist() == ["We back Kyiv.", "Send tanks."]
    path.write_text("id,text,\n1\n")  # but a row short of a named one is still cut short
    with pytest.raises(stance.InvalidInputError, match="line 2 has 1 field where the header has 3"):
        read_table(path)

def test_every_reader_keeps_the_empty_line_of_a_one_column_file_as_its_empty_cell(capsys, tmp_path):
    # stance.score(path) and stance suggest dropped it, as a wider file's blank line, where
    # stance score -o and score_file keep it: the rows after it shifted up by one.
    path = tmp_path / "p1.csv"
    path.write_text("text\nWind power now!\n\nReactors take too long to build.\n")
    assert read_table(path)["text"].fillna("-").tolist() == ["Wind power now!", "-", "Reactors take too long to build."]
    scored = stance.score(path)
    assert len(scored) == 3 and scored["flag"].tolist()[1] == "missing"
    assert scored["text"].tolist()[2] == "Reactors take too long to build."
    assert main(["suggest", str(path), "-o", str(tmp_path / "s.csv")]) == 0
    suggested = pd.read_csv(tmp_path / "s.csv", dtype=str)
    assert dict(zip(suggested["text"], suggested["row"])) == {"Wind power now!": "0",
                                                               "Reactors take too long to build.": "2"}
    # A wider file's blank line is still no row.
    path.write_text("text,id\nWind power now!,1\n\nReactors take too long to build.,2\n")
    assert len(stance.score(path)) == 2


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_blank_lines_that_end_a_one_column_file_are_no_row_to_any_reader(capsys, tmp_path, newline):
    # An editor ends a file with an empty line below the last row: every reader read it as one
    # more row, missing, with a warning of a statement of no text. No row comes after it to keep
    # in its place, as an empty line between rows keeps those below it.
    path = tmp_path / "p1.csv"
    path.write_bytes(newline.join(["text", "NATO is united.", "", "We must deter.", "", "  ", ""]).encode())
    texts = ["NATO is united.", "-", "We must deter."]
    assert read_table(path)["text"].fillna("-").tolist() == texts
    assert stance.score(path)["text"].fillna("-").tolist() == texts
    for size in ("1", "2", "3", "50000"):
        assert main(["score", str(path), "-o", str(tmp_path / "o.csv"), "--chunk-size", size, "--no-progress"]) == 0
        scored = pd.read_csv(tmp_path / "o.csv", dtype=str, keep_default_na=False)
        assert scored["text"].replace("", "-").tolist() == texts, size
    assert main(["suggest", str(path), "-o", str(tmp_path / "s.csv")]) == 0
    assert "1 missing (row 1) (rows count from 0 after the header: row 1 is line 3 of the file)" in (
        capsys.readouterr().err)
    path.write_bytes(newline.join(["text", "NATO is united.", "We must deter.", "", ""]).encode())
    assert main(["suggest", str(path), "-o", str(tmp_path / "s.csv")]) == 0
    assert "missing" not in capsys.readouterr().err
    assert len(stance.score(path)) == 2
    # In UTF-16, as Excel's "Unicode Text" writes it, alike.
    path.write_text(newline.join(["text", "NATO is united.", "", ""]), encoding="utf-16", newline="")
    assert stance.score(path)["text"].tolist() == ["NATO is united."]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".parquet"])
def test_a_header_above_blank_lines_only_is_scored_as_a_header_alone(capsys, tmp_path, suffix):
    # Every row of "text / (empty) / (empty)" is a blank line that ends the file, so no row: the
    # reader held them all back and yielded no chunk, so the output was 0 bytes with no header
    # (pd.read_csv raises on it) and a wrong --text-column went untold. It is now written as the
    # header alone is (135 bytes in .csv), by every path that reads it.
    alone, blank = tmp_path / "alone.csv", tmp_path / "blank.csv"
    alone.write_text("text\n", encoding="utf-8")
    blank.write_text("text\n\n\n", encoding="utf-8")
    (tmp_path / "glob").mkdir()
    (tmp_path / "glob" / "a.csv").write_text("text\n\n \n", encoding="utf-8")
    assert main(["score", str(alone), "-o", str(tmp_path / f"header{suffix}"), "--no-progress"]) == 0
    expected = (tmp_path / f"header{suffix}").read_bytes()
    for number, options in enumerate([[str(blank)], [str(blank), "--chunk-size", "1"], [str(blank), "-j", "2"],
                                      [str(tmp_path / "glob" / "*.csv")]]):
        output = tmp_path / f"out{number}{suffix}"
        assert main(["score", *options, "-o", str(output), "--no-progress"]) == 0
        assert output.read_bytes() == expected, options
    assert stance.score_file(blank, tmp_path / f"file{suffix}") == 0
    assert (tmp_path / f"file{suffix}").read_bytes() == expected
    capsys.readouterr()
    blank.write_text("txt\n\n\n", encoding="utf-8")
    assert main(["score", str(blank), "-o", str(tmp_path / f"wrong{suffix}")]) == 2
    assert "--text-column text: no such column" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
@pytest.mark.parametrize("blank", [3, 20_000])
def test_blank_lines_that_end_a_wide_encoded_file_are_read_from_its_end(tmp_path, encoding, blank):
    # The blank lines that end a UTF-16 or UTF-32 file were counted by reading the whole file
    # and splitting it into lines, so stance score -o of a one-column file no longer kept its
    # memory flat (139 MB in UTF-16: 129 MB peak before a102158, 327 MB after). Only the file's
    # end is read now, in blocks aligned to the code units, further up while it is all blank
    # (20,000 blank lines are more than a block), surrogate pairs cut at a block's start.
    tracemalloc = pytest.importorskip("tracemalloc")
    path = tmp_path / "wide.csv"
    rows = "".join(f"We stand with our allies {number} \U0001F600.\r\n" for number in range(60_000))
    ending = "\r\n  \r\n\r\n" if blank == 3 else "\r\n" * blank
    path.write_bytes(("text\r\n" + rows + ending).encode(encoding))
    tracemalloc.start()
    try:
        ended = stance.csv_dialect.trailing_blank_lines(path, encoding)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ended == blank
    assert peak < path.stat().st_size // 2, (peak, path.stat().st_size)  # whole: 5 times the size
    # An empty line between rows is still a row; those that end the file none.
    path.write_bytes(("text\r\n" + rows + "\r\nHold the line.\r\n" + ending).encode(encoding))
    read = read_table(path, encoding=encoding)["text"]
    assert len(read) == 60_002 and read.iloc[-1] == "Hold the line." and read.isna().sum() == 1


def _r_csv(path: Path, rows: list[tuple[str, str, str]], quote: bool = True) -> Path:
    """A file as R's write.csv writes one: every text quoted, a missing value NA unquoted (and,
    with quote=FALSE, nothing quoted); the row names first, under an empty name."""
    def cell(value: str | None) -> str:
        return "NA" if value is None else f'"{value}"' if quote else value

    lines = [",".join(cell(name) for name in ("", "id", "text", "labels"))]
    lines += [",".join(cell(value) for value in (str(at), str(at), text, labels))
              for at, (text, labels) in enumerate(rows, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# R's write.csv writes a missing text as NA, unquoted, beside its quoted texts: stance score
# scored it as the statement "NA" (label none, no flag), and training trained on it, while
# the same file through pd.read_csv was flagged missing, and "" in the same file was too.
def test_an_unquoted_na_among_quoted_texts_is_r_s_missing_value(tmp_path, capsys):
    rows = [("We need more tanks for the eastern flank.", "deterrence"), (None, "unity"), ("", "none"),
            ("NA", "none")]  # quoted: the statement "NA", which R writes so
    source = _r_csv(tmp_path / "r.csv", rows)
    assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--prefix", "p_"]) == 0
    scored = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert scored.p_flag.tolist() == ["", "missing", "missing", ""] and scored.text.tolist()[3] == "NA"
    # The path's every reader alike: score, score_file by chunks, read_table; pandas' reading
    # of the file takes the quoted "NA" for missing too, which it cannot tell apart.
    assert stance.score(source, prefix="p_").p_flag.tolist() == [None, "missing", "missing", None]
    stance.score_file(source, tmp_path / "chunks.csv", chunk_size=1, prefix="p_")
    chunks = pd.read_csv(tmp_path / "chunks.csv", dtype=str, keep_default_na=False)
    assert chunks.p_flag.tolist() == ["", "missing", "missing", ""] and chunks.text.tolist()[3] == "NA"
    assert stance.score(pd.read_csv(source), prefix="p_").p_flag.tolist()[:3] == [None, "missing", "missing"]
    assert read_table(source).text.tolist()[1] == "NA"  # unless its caller names the column (texts, labels)
    # Not trained on: refused, as the missing text it is, not trained as a statement "NA".
    many = _r_csv(tmp_path / "train.csv", [(f"text {i} about w{c}", c) for i in range(6) for c in ("a", "b")]
                  + [(None, "a")])
    with pytest.raises(InvalidInputError, match=r"^text_column='text': row 12 has no text"):
        stance.train(many, threshold_folds=0)
    capsys.readouterr()
    assert main(["train", str(many), "-o", str(tmp_path / "m"), "--option", "threshold_folds=0"]) == 2
    assert "row 12 has no text" in capsys.readouterr().err
    # A label NA unquoted is R's missing label alike: no label "NA" is trained.
    labelled = _r_csv(tmp_path / "labels.csv", [(f"text {i} about w{c}", c) for i in range(6) for c in ("a", "b")]
                      + [("one more text", None)])
    with pytest.raises(InvalidInputError, match=r"^labels_column='labels': row 12 has no label"):
        stance.train(labelled, threshold_folds=0)


def test_the_readme_s_way_of_reading_an_output_keeps_a_missing_text_and_the_text_na_apart(tmp_path):
    # An R user's audit: R's read.csv and pandas' read_csv by default read the statement "NA" as
    # missing, quoted or not, and R the missing text's empty cell as "". The README's readers
    # (the empty cell alone missing) get them right, every separator alike.
    source = tmp_path / "r.csv"
    source.write_text('"","id","text"\n"1","01","We stand with Ukraine."\n"2","02",NA\n"3","03","NA"\n')
    for suffix, sep in ((".csv", ","), (".tsv", "\t")):
        out = tmp_path / f"out{suffix}"
        assert main(["score", str(source), "-o", str(out), "--no-progress"]) == 0
        back = pd.read_csv(out, sep=sep, keep_default_na=False, na_values=[""], dtype=str)
        assert back.text.tolist()[0] == "We stand with Ukraine." and back.text.isna().tolist() == [False, True, False]
        assert back.text[2] == "NA" and back.flag.fillna("").tolist() == ["", "missing", ""]
        with open(out, newline="", encoding="utf-8") as handle:
            assert [row["text"] for row in csv.DictReader(handle, delimiter=sep)] == [
                "We stand with Ukraine.", "", "NA"]


def test_the_readme_s_way_of_reading_an_output_gives_back_the_other_columns_r_wrote(tmp_path):
    # An R user's audit: with read.csv(path, na.strings = "") alone, as the README advised, a
    # missing value R wrote in another column (NA unquoted, which the output writes back as NA)
    # came back as the text "NA", its column as character. The README now reads the other
    # columns as read.csv reads them (type.convert), checked in R 4.2; here pandas' counterpart.
    source = tmp_path / "r.csv"
    source.write_text('"id","text","day","year","ok"\n"01","We back Ukraine.",2024-03-01,2023,TRUE\n'
                      '"02",NA,NA,NA,NA\n"03","NA",2024-03-02,2024,FALSE\n')  # R 4.2's write.csv
    out = tmp_path / "out.csv"
    assert main(["score", str(source), "-o", str(out), "--no-progress"]) == 0
    assert out.read_text().splitlines()[2].startswith("02,,NA,NA,NA,")  # the texts' missing value empty, the others NA
    texts = pd.read_csv(out, keep_default_na=False, na_values=[""], dtype=str).text
    assert texts.isna().tolist() == [False, True, False] and texts[2] == "NA"
    other = ["day", "year", "ok"]
    pd.testing.assert_frame_equal(pd.read_csv(out)[other], pd.read_csv(source)[other])


def test_a_label_na_where_texts_are_not_quoted_is_trained_with_a_warning(tmp_path, capsys):
    # R's quote=FALSE, or pandas' to_csv(na_rep="NA"): the label "NA" trained a label called "NA"
    # without a word, where a stance "NA" is refused as R's missing value.
    rows = [f"text {i} about w{c},{c}" for i in range(6) for c in ("a", "b", "none")]
    rows += ["one more text,NA", "and more,NA"]
    path = tmp_path / "labels.csv"
    path.write_text("text,labels\n" + "\n".join(rows) + "\n")
    said = r"^labels_column='labels': rows 18, 19 have the label 'NA', R's missing"
    with pytest.warns(UserWarning, match=said) as caught:
        model = stance.train(path, threshold_folds=0)
    assert "NA" in model.labels  # trained as asked, and said once (not again by the fit)
    assert sum("'NA'" in str(warning.message) for warning in caught) == 1
    assert main(["train", str(path), "-o", str(tmp_path / "m"), "--option", "threshold_folds=0"]) == 0
    err = capsys.readouterr().err
    assert err.count("the label 'NA'") == 1 and "pass --none-label NA" in err and "lines 20, 21" in err, err
    # The scheme's own label "NA" for no position, said so: no warning.
    assert main(["train", str(path), "-o", str(tmp_path / "m2"), "--option", "threshold_folds=0",
                 "--none-label", "NA"]) == 0
    assert "the label 'NA'" not in capsys.readouterr().err


@pytest.mark.parametrize(("written", "content"), [
    # texts not quoted (a spreadsheet's, pandas', R's quote=FALSE): NA may be a statement
    ("unquoted", 'id,text\n1,We agree\n2,NA\n'),
    ("header quoted alone", '"id","text"\n1,We agree\n2,NA\n'),
])
def test_an_na_where_texts_are_not_quoted_stays_text(tmp_path, written, content):
    (tmp_path / "t.csv").write_text(content, encoding="utf-8")
    assert stance.score(tmp_path / "t.csv").text.tolist() == ["We agree", "NA"]


# R's write.table(d, "x.csv", sep = ",") escapes a quote inside a text with a backslash, as
# its .tsv does: read with quotes doubled, the text was altered without a word (He said \no more
# shells" …), and a comma in it too made "line 2 holds 4 values, more than the header's 2 columns".
_R_ESCAPED_CSV = ('"id","text"\n"1","01","He said \\"no more shells\\" and left."\n"2","02","Plain, with comma."\n'
                  '"3","03","He said \\"no, more shells\\" and left."\n')


def test_an_r_csv_with_escaped_quotes_is_read_as_r_wrote_it(tmp_path, capsys):
    (tmp_path / "wq.csv").write_text(_R_ESCAPED_CSV)
    assert main(["score", str(tmp_path / "wq.csv"), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    scored = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert scored.columns[:3].tolist() == ["Unnamed: 0", "id", "text"]  # R's row names, as its .tsv's are read
    assert scored.text.tolist() == ['He said "no more shells" and left.', "Plain, with comma.",
                                    'He said "no, more shells" and left.']
    assert read_table(tmp_path / "wq.csv").text.tolist() == scored.text.tolist()
    # A backslash before no quote, which a reader of R's escapes drops: refused, naming both lines.
    (tmp_path / "wq.csv").write_text(_R_ESCAPED_CSV + '"4","04","C:\\temp"\n')
    with pytest.raises(InvalidInputError, match=r"line 2 holds a quote after a backslash in a quoted cell, as R's "
                                                r"write.table writes one, and line 5 a backslash before no quote.*"
                                                r'qmethod = "double"'):
        read_table(tmp_path / "wq.csv")
    # Quotes doubled, a cell ending in a backslash: read as written, not as R's escapes.
    (tmp_path / "w.csv").write_text('id,text\n1,"He said ""no"" at C:\\"\n2,"C:\\dir\\"\n')
    assert read_table(tmp_path / "w.csv").text.tolist() == ['He said "no" at C:\\', "C:\\dir\\"]


def test_an_r_tsv_with_escaped_quotes_reads_its_unquoted_na_as_missing(tmp_path):
    # R's write.table(sep="\t") escapes a quote inside a text with a backslash.
    (tmp_path / "r.tsv").write_text('"id"\t"text"\n"1"\t"He said \\"no\\", NA."\n"2"\tNA\n"3"\t"NA"\n')
    scored = stance.score(tmp_path / "r.tsv")
    assert scored.text.tolist()[0] == 'He said "no", NA.' and scored.text.tolist()[2] == "NA"
    assert scored.flag.tolist() == [None, "missing", None]


@pytest.mark.parametrize(("content", "said"), [
    (b"text,labels\nNATO is united.,unity\n", "it starts like CSV text; if it is, rename it .csv (e.g. mv "),
    (b"text\tlabels\nNATO is united.\tunity\n",
     "it starts like tab-separated text; if it is, rename it .tsv (e.g. mv "),
    (b'{"text": "NATO is united."}\n{"text": "Arm Ukraine."}\n',
     "it starts like JSON Lines, one record a line; if it is, rename it .jsonl (e.g. mv "),
    (b'[{"text": "NATO is united."}]', "it starts like a JSON array; read it with pandas.read_json("),
    (b"PAR1\x15\x04" + bytes(300), "it starts as one but does not end as one"),
    (bytes(range(256)) * 4, "nor text"),
])
def test_a_file_named_parquet_that_is_not_parquet_says_what_it_looks_like(tmp_path, content, said):
    # pyarrow's "Parquet magic bytes not found in footer" named no file, and did not say that a
    # CSV saved as x.parquet is text, nor what to do.
    path = tmp_path / "x.parquet"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as raised:
        read_table(path)
    message = str(raised.value)
    assert message.startswith(f"cannot read {str(path)!r}: not a Parquet file") and said in message, message
    assert "magic bytes" not in message


def test_stance_names_a_csv_saved_as_parquet_and_the_rename_that_mends_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.parquet").write_text("text,labels\nNATO is united.,unity\n", encoding="utf-8")
    for command in (["evaluate", "x.parquet"], ["check", "x.parquet"], ["score", "x.parquet", "-o", "out.csv"],
                    ["train", "x.parquet", "-o", "m"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert ("cannot read 'x.parquet': not a Parquet file (Parquet begins and ends with 'PAR1'); it starts like "
                "CSV text; if it is, rename it .csv (e.g. mv x.parquet x.csv) and read that") in err, (command, err)
    (tmp_path / "x.csv").write_bytes((tmp_path / "x.parquet").read_bytes())  # the advice works
    assert read_table(tmp_path / "x.csv").text.tolist() == ["NATO is united."]


# An audit by a political scientist: a statistics program's data file under a .csv name (or given to
# stance document) was read as text, and told to try an --encoding (SPSS, Stata, Feather) or to be
# decompressed (an .rds is gzip), after which it was UTF-16 to no end. Each is told by its first bytes.
def _research_files(folder: Path) -> dict[str, tuple[str, str]]:
    """Small files of each kind, written under a .txt name, with what the refusal says of each."""
    import gzip

    frame = pd.DataFrame({"text": ["We stand with NATO.", "Send more tanks."]})
    frame.to_stata(folder / "stata117.txt", write_index=False)
    frame.to_stata(folder / "stata114.txt", write_index=False, version=114)
    frame.to_feather(folder / "feather.txt")
    rds = b"X\n\x00\x00\x00\x03\x00\x04\x04\x00\x00\x03\x05\x00"  # saveRDS's start, as R 4.4 writes it
    (folder / "spss.txt").write_bytes(b"$FL2@(#) IBM SPSS STATISTICS 64-bit" + bytes(60))
    (folder / "zsav.txt").write_bytes(b"$FL3@(#) IBM SPSS STATISTICS 64-bit" + bytes(60))
    (folder / "rds.txt").write_bytes(gzip.compress(rds))
    (folder / "plain_rds.txt").write_bytes(rds)
    (folder / "rdata.txt").write_bytes(gzip.compress(b"RDX3\n" + rds))
    return {"stata117": ("a Stata data file", "pandas.read_stata("),
            "stata114": ("a Stata data file", "pandas.read_stata("),
            "feather": ("a Feather (Arrow IPC) file", "pandas.read_feather("),
            "spss": ("an SPSS data file", "pandas.read_spss("), "zsav": ("an SPSS data file", "pandas.read_spss("),
            "rds": ("an R data file", "write.csv(readRDS("), "plain_rds": ("an R data file", "write.csv(readRDS("),
            "rdata": ("an R workspace", "load(")}


def test_a_research_file_under_a_tables_or_a_documents_name_is_told_what_it_is_and_how_to_read_it(tmp_path, capsys):
    for name, (kind, reader) in _research_files(tmp_path).items():
        table = tmp_path / f"{name}.csv"
        (tmp_path / f"{name}.txt").rename(table)
        with pytest.raises(InvalidInputError) as raised:
            stance.score(table)
        said = str(raised.value)
        assert said.startswith(f"cannot read {str(table)!r}: {kind}") and "though named .csv" in said, said
        assert reader in said and "encoding" not in said and "decompress" not in said, said
        assert main(["score", str(table), "-o", str(tmp_path / "o.csv")]) == 2
        assert reader in capsys.readouterr().err
        document = table.rename(tmp_path / f"{name}.txt")
        assert main(["document", str(document)]) == 2
        err = capsys.readouterr().err
        assert kind in err and "though named .txt" in err and reader in err and "UTF-16" not in err, err
    # An R file's CSV is written beside it, never over it.
    (tmp_path / "rds.txt").rename(tmp_path / "rds.csv")
    with pytest.raises(InvalidInputError, match=re.escape("rds.table.csv'")):
        stance.score(tmp_path / "rds.csv")


def test_a_table_that_starts_like_no_research_file_is_read_as_before(tmp_path):
    # "X" alone as a header, and text that begins with a Stata version's letter, are tables.
    for content in ("X\nWe stand with NATO.\n", "r\nSend more tanks.\n", "text\nRDX3 is a code name.\n"):
        path = tmp_path / "t.csv"
        path.write_text(content, encoding="utf-8")
        assert len(stance.score(path, text_column=content.split("\n")[0])) == 1


# The same audit: a file named as a statistics program's (.dta, .sav, …) was refused as "unknown
# file type '.dta'" with no advice, where a spreadsheet and .json got some; .RData was shown '.rdata'.
@pytest.mark.parametrize(("name", "reader"), [
    ("votes.dta", "pandas.read_stata('votes.dta')"), ("votes.sav", "pandas.read_spss('votes.sav')"),
    ("votes.zsav", "pandas.read_spss('votes.zsav')"), ("votes.por", "pyreadstat.read_por('votes.por')"),
    ("votes.rds", "write.csv(readRDS('votes.rds')"), ("votes.RData", "load('votes.RData')"),
    ("votes.rda", "load('votes.rda')"), ("votes.feather", "pandas.read_feather('votes.feather')"),
    ("votes.arrow", "pandas.read_feather('votes.arrow')")])
def test_a_research_file_by_its_suffix_is_told_how_to_read_it(tmp_path, monkeypatch, capsys, name, reader):
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(b"")  # its suffix alone tells it
    with pytest.raises(InvalidInputError) as raised:
        stance.score(name)
    said = str(raised.value)
    assert said.startswith(f"cannot read {name!r}: unknown file type '{Path(name).suffix}'") and reader in said, said
    assert main(["document", name]) == 2
    err = capsys.readouterr().err
    assert reader in err and "stance document reads a document's plain text" in err, err


# The same audit: a .numbers file was offered pandas.read_excel, which cannot read it (KeyError: 'zip').
@pytest.mark.parametrize(("name", "said"), [
    ("votes.xlsx", "pandas.read_excel (which needs openpyxl)"),
    ("votes.xlsm", "pandas.read_excel (which needs openpyxl)"),
    ("votes.xls", "pandas.read_excel (which needs xlrd)"), ("votes.ods", "pandas.read_excel (which needs odfpy)"),
    ("votes.numbers", "export it as CSV from Numbers")])
def test_a_spreadsheet_is_offered_read_excel_only_where_it_reads_it(tmp_path, monkeypatch, name, said):
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(b"PK\x03\x04")
    with pytest.raises(InvalidInputError) as raised:
        stance.score(name)
    assert said in str(raised.value)
    assert ("read_excel" in str(raised.value)) == (not name.endswith(".numbers"))
    with pytest.warns(stance.StanceWarning) as caught:
        stance.score_document(name)
    assert ("read_excel" in str(caught[0].message)) == (not name.endswith(".numbers"))


# A review of ace3372: bare prefixes ("FEA1", "ARROW1", "$FL2", "RDX2\n") refused plain text that
# begins with them as a statistics program's file; each format is now told by its full signature.
@pytest.mark.parametrize("content", ["FEA1,text\n1,We stand united with our allies in NATO.\n",
                                     "ARROW1 codes,text\n1,We stand united with our allies in NATO.\n",
                                     "$FL2,text\n1,We stand united with our allies in NATO.\n",
                                     "$FL3@,text\n1,We stand united with our allies in NATO.\n",
                                     # and ends with it (a review of 5896250: Feather 1's 'FEA1' at both ends)
                                     "FEA1,text\n1,We stand united with our allies in NATO. Codename FEA1"])
def test_a_csv_that_begins_like_a_research_file_is_read_as_text(tmp_path, content):
    path = tmp_path / "fea1.csv"
    path.write_text(content, encoding="utf-8")
    assert len(read_table(path)) == 1 and len(stance.score(path)) == 1


@pytest.mark.parametrize("content", ["FEA1 programme review. We stand united with our allies in NATO.\n",
                                     "ARROW1 is the codename. We stand united with our allies in NATO.\n",
                                     "RDX2\nWe stand united with our allies in NATO.\n",
                                     "$FL2 is the form. We stand united with our allies in NATO.\n"])
def test_a_document_that_begins_like_a_research_file_is_read_as_text(tmp_path, capsys, content):
    document = tmp_path / "review.txt"
    document.write_text(content, encoding="utf-8")
    assert main(["document", str(document)]) == 0, capsys.readouterr().err


def test_the_research_files_pandas_and_pyarrow_write_are_still_told_what_they_are(tmp_path):
    feather = pytest.importorskip("pyarrow.feather")
    frame = pd.DataFrame({"text": ["We stand with NATO.", "Send more tanks."]})
    written = {}
    for version in (114, 117, 118, 119):
        written[f"stata{version}"] = "a Stata data file"
        frame.to_stata(tmp_path / f"stata{version}.csv", write_index=False, version=version)
    frame.to_feather(tmp_path / "feather2.csv")
    with warnings.catch_warnings():  # pyarrow deprecates Feather 1, which files in the wild still are
        warnings.simplefilter("ignore")
        feather.write_feather(frame, str(tmp_path / "feather1.csv"), version=1)
    written.update(feather2="a Feather (Arrow IPC) file", feather1="a Feather (Arrow IPC) file")
    for name, kind in written.items():
        with pytest.raises(InvalidInputError, match=re.escape(f": {kind}, though named .csv")):
            stance.score(tmp_path / f"{name}.csv")


@pytest.mark.parametrize(("name", "reader"), [("missing.dta", "pandas.read_stata("),
                                              ("missing.sav", "pandas.read_spss("), ("missing.RData", "load("),
                                              ("missing.rds", "readRDS("),
                                              ("missing.feather", "pandas.read_feather(")])
def test_a_missing_research_file_given_as_a_str_is_told_it_is_not_there(tmp_path, monkeypatch, name, reader):
    # A review of d1b72e4: 'missing.ods' was told its type, 'missing.dta' to wrap a statement in a list.
    # Then it was told its type and reader first (6f315f9), as if there, where 'missing.csv' is told
    # "file not found": it is told so too, with the folder a relative name was looked for in, its reader after.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidInputError) as raised:
        stance.score(name)
    said = str(raised.value)
    assert said.startswith(f"file not found: {name!r} (looked for in {str(tmp_path)!r})"), said
    assert said.index("file not found") < said.index(reader) and "wrap it in a list" not in said, said
    assert "unknown file type" not in said, said


def test_a_missing_research_file_named_by_its_full_path_names_no_folder(tmp_path):
    path = tmp_path / "nowhere" / "votes.dta"
    with pytest.raises(InvalidInputError) as raised:
        stance.score(str(path))
    said = str(raised.value)
    assert said.startswith(f"file not found: {str(path)!r};") and "pandas.read_stata(" in said, said


def test_a_mistyped_research_file_is_offered_the_file_beside_it(tmp_path, monkeypatch):
    # A review of fa838f5: 'vote.dta' beside votes.dta was told to be read with pandas.read_stata('vote.dta'),
    # votes.dta never named, as only tables and folders were offered.
    (tmp_path / "votes.dta").write_bytes(b"\x00")
    (tmp_path / "survey.sav").write_bytes(b"\x00")
    (tmp_path / "speeches.csv").write_text("text\nWe stand together.\n")
    monkeypatch.chdir(tmp_path)
    for typed, meant in (("vote.dta", "votes.dta"), ("surve.sav", "survey.sav")):
        with pytest.raises(InvalidInputError) as raised:
            stance.score(typed)
        said = str(raised.value)
        assert f"(did you mean {meant!r}?)" in said and said.startswith(f"file not found: {typed!r}"), said


@pytest.mark.parametrize("encoding", ["utf-8\x00", "\x00", "utf-8\udcff"])
def test_an_encoding_name_python_cannot_look_up_is_refused_as_an_unknown_one_everywhere(tmp_path, capsys,
                                                                                      energy_model, encoding):
    # Before: a name holding a NUL or a lone surrogate (an undecodable byte of argv) was
    # codecs.lookup's bare ValueError ("embedded null character", "surrogates not allowed"),
    # naming no argument, where "utf-99" is told as no encoding of that name.
    path = tmp_path / "t.csv"
    path.write_text("text,labels\nWe back NATO.,unity\nWe leave NATO.,sovereignty\n")
    # Its letters and digits are UTF-8's name: that is offered, as "cp-1252" is offered cp1252.
    told = "did you mean 'utf-8'?" if "utf-8" in encoding else "give one that Python knows"
    message = f"^encoding: no encoding is named {re.escape(repr(encoding))}; {re.escape(told)}"
    model = energy_model
    calls = {"score": lambda: stance.score(path, encoding=encoding),
             "score_file": lambda: stance.score_file(path, tmp_path / "out.csv", encoding=encoding),
             "read_labelled": lambda: stance.read_labelled(path, encoding=encoding),
             "train": lambda: stance.train(path, encoding=encoding),
             "evaluate": lambda: stance.evaluate(model, path, encoding=encoding),
             "cross_validate": lambda: stance.cross_validate(path, encoding=encoding),
             "find_label_issues": lambda: stance.find_label_issues(path, encoding=encoding),
             "suggest": lambda: stance.suggest(model, path, encoding=encoding)}
    for name, call in calls.items():
        with pytest.raises(InvalidInputError, match=message):
            call()
        assert not (tmp_path / "out.csv").exists(), name
    if "\x00" not in encoding:  # no argv holds a NUL; an undecodable byte is a lone surrogate there
        assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--encoding", encoding]) == 2
        assert f"argument --encoding: no encoding is named {encoding!r}" in capsys.readouterr().err
    from stance.cli import _encoding  # argparse's type for --encoding, fed as a shell cannot
    with pytest.raises(argparse.ArgumentTypeError, match=f"^no encoding is named {re.escape(repr(encoding))}"):
        _encoding(encoding)


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_title_above_a_header_holding_the_column_named_is_told_as_above_one_holding_text(tmp_path, capsys,
                                                                                           between):
    # Left over: a title of one cell above "id,body" read with --text-column body was told only
    # that line 2 held more values than the header (quote a text with a comma, or name every
    # column), where the same file with "id,text" was told of its title and what to delete.
    path = tmp_path / "survey.csv"
    path.write_text(f"Survey responses\n{between}id,body\n1,NATO is united.\n2,We must deter.\n", encoding="utf-8")
    header = 2 + between.count("\n")
    deleted = "delete that line" if header == 2 else f"delete lines 1 to {header - 1}"
    told = f"if line 1 is a title above the header on line {header} ('id', 'body'), {deleted};"
    one_column = "if the file is one column of statements ({}), "
    with pytest.raises(InvalidInputError) as raised:
        stance.score(path, text_column="body")
    assert told in str(raised.value) and one_column.format("read it with text_column='Survey responses'") in \
        str(raised.value), \
        str(raised.value)
    for size in ("1", "50000"):
        assert main(["score", str(path), "--text-column", "body", "-o", str(tmp_path / "out.csv"),
                     "--chunk-size", size]) == 2
        err = capsys.readouterr().err
        assert told in err and one_column.format("read it with --text-column 'Survey responses'") in err, err
    # Labelled data, never one column, is told of the title alone, as under 'text'.
    path.write_text("Survey responses\nbody,labels\nNATO is united.,nato\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as raised:
        stance.find_label_issues(path, text_column="body")
    assert str(raised.value).endswith(
        "the file has a title line above its header: line 2 holds the header ['body', 'labels'], and the title "
        "('Survey responses') on line 1 was read as the header; delete that line"), str(raised.value)
    # Followed as told, the file is read.
    path.write_text("id,body\n1,NATO is united.\n2,We must deter.\n", encoding="utf-8")
    assert stance.score(path, text_column="body")["body"].tolist() == ["NATO is united.", "We must deter."]


def test_a_did_you_mean_names_no_link_to_nothing(tmp_path):
    # Last session's review: a missing file's hint named a dangling link beside it as the file meant ("dat.csv":
    # did you mean 'data.csv'?), which cannot be read either; a hint names only what can be.
    (tmp_path / "data.csv").symlink_to(tmp_path / "gone" / "data.csv")
    (tmp_path / "votes.dta").symlink_to(tmp_path / "gone" / "votes.dta")
    with pytest.raises(InvalidInputError) as refused:
        stance.read_labelled(tmp_path / "dat.csv")
    # not offered as meant, but said to be a link to no file (a review of 9ff33924)
    assert str(refused.value) == (f"file not found: {str(tmp_path / 'dat.csv')!r} ({str(tmp_path / 'data.csv')!r} "
                                  "beside it is a symbolic link to no file, its target missing or in a loop)"), str(
        refused.value)
    (tmp_path / "date.csv").write_text("text,labels\nWe act.,unity\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as refused:
        stance.read_labelled(tmp_path / "dat.csv")
    assert str(refused.value) == (f"file not found: {str(tmp_path / 'dat.csv')!r} "
                                  f"(did you mean {str(tmp_path / 'date.csv')!r}?)"), str(refused.value)
    with pytest.raises(InvalidInputError) as refused:
        stance.read_labelled(tmp_path / "vote.dta")
    assert "did you mean" not in str(refused.value) and "votes.dta' beside it is a symbolic link to no file" in str(
        refused.value), str(refused.value)


def _nine_labelled_rows(path: Path) -> Path:
    """A labelled CSV of nine rows at ``path`` (its folder made), of three texts and two labels."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = ["We stand with Ukraine.", "We must deter.", "Russia is the threat."] * 3
    pd.DataFrame({"text": rows, "labels": ["unity", "deterrence", "deterrence"] * 3}).to_csv(path, index=False)
    return path


def test_a_globs_link_to_nothing_is_warned_of_with_one_prefix(tmp_path, capsys, monkeypatch):
    # Last session's review: the warning of a glob's link to nothing stacked three prefixes on the command line
    # ("stance check: warning: DATA: glob 'G/*.csv': left out…"); the argument's alone is enough, the glob named
    # in the sentence.
    monkeypatch.chdir(tmp_path)
    _nine_labelled_rows(tmp_path / "G" / "a.csv")
    (tmp_path / "G" / "b.csv").symlink_to(tmp_path / "gone" / "b.csv")
    said = ("left out 1 symbolic link(s) to no file (b.csv) of glob 'G/*.csv', whose target is missing or in a "
            "loop; point each at its file, or remove it")
    with pytest.warns(stance.StanceWarning) as caught:
        assert len(stance.read_labelled("G/*.csv")) == 9
    assert [str(w.message) for w in caught if "symbolic" in str(w.message)] == [f"data: {said}"]
    main(["train", "G/*.csv", "-o", "m", "--option", "threshold_folds=0"])
    assert f"stance train: warning: DATA: {said}\n" in capsys.readouterr().err


def test_a_folders_link_to_nothing_is_left_out_with_a_warning_as_a_globs_is(tmp_path, capsys, monkeypatch):
    # Last session's review: a folder given as input refused a link to nothing inside it, where the same files
    # given as a glob were read without it, with a warning; the folder is read so too, with the same warning.
    monkeypatch.chdir(tmp_path)
    _nine_labelled_rows(tmp_path / "G" / "a.csv")
    (tmp_path / "G" / "b.csv").symlink_to(tmp_path / "gone" / "b.csv")
    (tmp_path / "G" / "c.csv").symlink_to("c.csv")  # a loop
    said = ("left out 2 symbolic link(s) to no file (b.csv, c.csv) of folder 'G', whose target is missing or in a "
            "loop; point each at its file, or remove it")
    with pytest.warns(stance.StanceWarning) as caught:
        assert stance.read_labelled("G").index.tolist() == [f"a.csv:{row}" for row in range(9)]
    assert [str(w.message) for w in caught if "symbolic" in str(w.message)] == [f"data: {said}"]
    main(["train", "G", "-o", "m", "--option", "threshold_folds=0"])
    assert f"stance train: warning: DATA: {said}\n" in capsys.readouterr().err
    (tmp_path / "G" / "a.csv").unlink()  # nothing left to read: refused, as a glob of links alone is, naming them once
    with warnings.catch_warnings(record=True) as caught, pytest.raises(
            InvalidInputError, match=r"^data: folder 'G' holds no .* but 2 symbolic link\(s\) to no file \(b.csv, c"):
        warnings.simplefilter("always")
        stance.read_labelled("G")
    assert not caught, [str(warning.message) for warning in caught]


def test_a_folder_of_links_to_no_file_alone_is_refused_naming_them(tmp_path, capsys, monkeypatch):
    # A review of 5381bdeb: a folder holding only links to no file was said to hold no .csv/… files, the warning
    # that explains it shown once per call site only, and `stance score` said nothing of the links; the error
    # itself names them, as the parent's did.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ONLY").mkdir()
    (tmp_path / "ONLY" / "x.csv").symlink_to("gone.csv")
    (tmp_path / "ONLY" / "y.parquet").symlink_to("gone.parquet")
    for data in ("ONLY", "ONLY/*"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            with pytest.raises(InvalidInputError) as refused:
                stance.read_labelled(data)
        said = str(refused.value)
        assert "x.csv, y.parquet" in said and "symbolic link(s) to no file" in said, said
    assert main(["score", "ONLY", "-o", "o.csv"]) == 2
    said = capsys.readouterr().err
    assert "x.csv, y.parquet" in said and "symbolic link(s) to no file" in said, said


def test_a_link_in_a_loop_beside_a_missing_file_leaves_its_did_you_mean(tmp_path, monkeypatch):
    # A review of 9ff33924: a link in a loop in the folder took every did-you-mean with it (the folder's listing
    # raised ELOOP on that entry); and where the only near name is a link to no file, the hint says so.
    monkeypatch.chdir(tmp_path)
    Path("D").mkdir()
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("D/data.csv", index=False)
    Path("D/loop.txt").symlink_to("loop.txt")
    Path("D/Loop").symlink_to("Loop")  # a folder's name, a link in a loop too
    with pytest.raises(InvalidInputError, match=r"did you mean 'D/data\.csv'\?"):
        stance.read_labelled("D/dta.csv")
    Path("E").mkdir()
    Path("E/data.csv").symlink_to("gone.csv")
    with pytest.raises(InvalidInputError) as refused:
        stance.read_labelled("E/dta.csv")
    assert "'E/data.csv' beside it is a symbolic link to no file" in str(refused.value), str(refused.value)


def test_a_folder_skips_a_subfolder_named_as_a_table_as_its_glob_does(tmp_path, monkeypatch):
    # A review of 5381bdeb: the README said a folder and the glob of its files read alike, but a subfolder named
    # old.csv (or a link to a folder named link.csv) made the folder fail "'H/old.csv' is a directory, not a
    # file", where the glob, which matches files only, read the rest.
    monkeypatch.chdir(tmp_path)
    _nine_labelled_rows(Path("H/a.csv"))
    Path("H/old.csv").mkdir()
    Path("elsewhere").mkdir()
    Path("H/link.csv").symlink_to(tmp_path / "elsewhere")
    by_glob = stance.read_labelled("H/*.csv")
    by_folder = stance.read_labelled("H")
    assert by_folder.index.tolist() == by_glob.index.tolist() == [f"a.csv:{row}" for row in range(9)]
    assert stance.tables.source_files("H") == stance.tables.source_files("H/*.csv")


def test_a_spreadsheets_or_texts_link_to_no_file_is_named_a_link_not_a_file_to_save_or_split(tmp_path, monkeypatch,
                                                                                             capsys):
    # A review of b9bbf114: links to no file named book.xlsx and notes.txt were advised to be saved as CSV and split
    # by stance document ("its 1 .txt file is plain text"), where they are no files at all.
    monkeypatch.chdir(tmp_path)
    Path("T").mkdir()
    Path("T/notes.txt").symlink_to("gone.txt")
    Path("T/book.xlsx").symlink_to("gone.xlsx")
    for data in ("T", "T/*"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            with pytest.raises(InvalidInputError) as refused:
                stance.read_labelled(data)
        said = str(refused.value)
        assert "save it as" not in said and ".txt file" not in said, said
        assert "2 symbolic link(s) to no file (book.xlsx, notes.txt)" in said, said
    assert main(["train", "T", "-o", "m"]) == 2
    said = capsys.readouterr().err
    assert "save it as" not in said and ".txt file" not in said and "book.xlsx, notes.txt" in said, said
    # beside a table, a link named as a spreadsheet is no spreadsheet left out
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("T/a.csv", index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert read_table("T").text.tolist() == ["We agree."]
    assert not any("spreadsheet" in str(warning.message) for warning in caught), [str(w.message) for w in caught]


def test_a_subfolder_named_as_a_table_is_warned_of_and_named_by_the_refusal(tmp_path, monkeypatch):
    # A review of b9bbf114: a folder passed over a subfolder named b.csv (Spark's or Dask's output, its parts within)
    # without a word, reading a.csv's rows only, and a folder of such alone was said to hold no .csv/… files.
    monkeypatch.chdir(tmp_path)
    Path("S/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("S/a.csv", index=False)
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("S/b.csv/part-0000.csv", index=False)
    for data in ("S", "S/*.csv"):
        with pytest.warns(stance.StanceWarning, match=r"b\.csv.*'S/b\.csv/\*\.csv'"):
            assert read_table(data).text.tolist() == ["We agree."]
    assert read_table("S/b.csv/*.csv").text.tolist() == ["We differ."]
    Path("S2/scores.csv").mkdir(parents=True)
    for data in ("S2", "S2/*"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", stance.StanceWarning)
            with pytest.raises(InvalidInputError, match=r"scores\.csv.*; scores\.csv holds no file$"):
                read_table(data)


def test_a_link_to_a_device_beside_a_missing_table_is_no_link_to_no_file(tmp_path, monkeypatch, capsys):
    # A review of 9165a524: the did-you-mean told a link to no file as a link that is neither file nor folder, so
    # K/data.csv -> /dev/null was said to be "a symbolic link to no file"; a link to no file is one whose target
    # does not exist, as tables' rule says.
    monkeypatch.chdir(tmp_path)
    Path("K").mkdir()
    Path("K/data.csv").symlink_to("/dev/null")
    assert main(["score", "K/dta.csv", "-o", "o.csv"]) == 2
    said = capsys.readouterr().err
    assert "symbolic link to no file" not in said and "did you mean 'K/data.csv'?" in said, said


def test_a_table_folder_of_dasks_parts_or_of_upper_case_suffixes_is_told_a_glob_that_reads_it(tmp_path, monkeypatch):
    # The last session's leftover: a subfolder named as a table was advised the glob of its own suffix,
    # 'S/b.csv/*.csv', which matches none of Dask's parts ("0.part") nor Spark's "part-0.CSV" on a case-sensitive
    # file system; and a folder or glob of such alone (or of links to no file) was warned of and then refused, each
    # named twice.
    monkeypatch.chdir(tmp_path)
    Path("S/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("S/a.csv", index=False)
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("S/b.csv/0.part", index=False)
    with pytest.warns(stance.StanceWarning, match=r"its files \(0\.part\) are named as no table; rename them to end "
                                                   r"in \.csv, as Dask's to_csv\('out/\*\.csv'\) names them, and give "
                                                   r"the glob of them, 'S/b\.csv/\*\.csv'"):
        assert read_table("S").text.tolist() == ["We agree."]
    Path("S/b.csv/0.part").rename("S/b.csv/0.csv")  # as advised, and the glob given reads it
    assert read_table("S/b.csv/*.csv").text.tolist() == ["We differ."]
    Path("U/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("U/a.csv", index=False)
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("U/b.csv/part-0.CSV", index=False)
    with pytest.warns(stance.StanceWarning, match=r"give the glob of them to read them, 'U/b\.csv/\*\.CSV'") as caught:
        read_table("U/*")
    advised = re.search(r"'(U/b\.csv/\*\.CSV)'", str(caught[0].message)).group(1)
    assert read_table(advised).text.tolist() == ["We differ."]
    Path("R/c.csv").mkdir(parents=True)
    Path("L").mkdir()
    Path("L/x.csv").symlink_to("gone.csv")
    for data in ("R", "R/*", "L", "L/*"):
        with warnings.catch_warnings(record=True) as warned, pytest.raises(InvalidInputError) as refused:
            warnings.simplefilter("always")
            read_table(data)
        assert "c.csv" in str(refused.value) or "x.csv" in str(refused.value), refused.value
        assert not warned, (data, [str(warning.message) for warning in warned])


def _passed_over(data):
    with pytest.warns(stance.StanceWarning) as caught:
        read_table(data)
    return next(str(w.message) for w in caught if "named as a table" in str(w.message))


def test_a_table_folder_is_told_advice_that_covers_every_part_and_names_only_parts(tmp_path, monkeypatch):
    # A review of feaabe83: parts of two suffixes were advised the glob of one ('*.CSV' read 2 of p0.csv, p1.CSV,
    # p2.CSV); an empty folder, or one of hidden files alone, was told a glob that matches nothing; Spark's
    # _SUCCESS and a notes.txt were told to be renamed, and Spark's part-00000-….json blamed on Dask.
    monkeypatch.chdir(tmp_path)
    for name, suffix, parts in (("C", "csv", ["p0.csv", "p1.CSV", "p2.CSV"]), ("T", "tsv", ["0.tsv", "1.jsonl"])):
        Path(f"{name}/b.{suffix}").mkdir(parents=True)
        pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv(f"{name}/a.csv", index=False)
        for number, part in enumerate(parts):
            text = f"We differ {number}."
            table = pd.DataFrame({"text": [text], "labels": ["unity"]})
            if part.endswith("jsonl"):
                table.to_json(f"{name}/b.{suffix}/{part}", orient="records", lines=True)
            else:
                table.to_csv(f"{name}/b.{suffix}/{part}", index=False, sep="\t" if suffix == "tsv" else ",")
        said = _passed_over(name)
        advised = re.findall(rf"'({name}/b\.{suffix}/[^']+)'", said)
        assert sorted(text for glob in advised for text in read_table(glob).text) == [
            f"We differ {number}." for number in range(len(parts))], said
    Path("E/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("E/a.csv", index=False)
    said = _passed_over("E")
    assert said.endswith("b.csv holds no file"), said
    Path("E/b.csv/.part-0.csv.crc").write_text("x")
    said = _passed_over("E")
    assert said.endswith("b.csv holds only files whose names begin with '.' (.part-0.csv.crc), which a glob "
                         "skips"), said
    Path("K/b.jsonl").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("K/a.csv", index=False)
    for name in ("_SUCCESS", "notes.txt", "part-00000-c1.json"):
        Path("K/b.jsonl", name).write_text("")
    said = _passed_over("K")
    assert ("its files (notes.txt, part-00000-c1.json) are named as no table, which a glob reads by their "
            "suffix, .csv, .tsv, .jsonl or .parquet") in said and "rename" not in said and "Dask" not in said, said
    for name in ("_SUCCESS", "notes.txt", "part-00000-c1.json"):
        Path("K/b.jsonl", name).unlink()
    for name in ("0.part", "1.part", "_SUCCESS", "notes.txt"):
        Path("K/b.jsonl", name).write_text("")
    said = _passed_over("K")
    assert "its files (0.part, 1.part) are named as no table; rename them to end in .jsonl" in said, said
    assert "_SUCCESS" not in said and "notes" not in said, said


def test_a_table_folder_of_parts_in_several_suffixes_is_advised_one_glob_a_reader_takes(tmp_path, monkeypatch):
    # A review of 4fbb0c34: parts p0.csv and p1.CSV were advised two globs ('C/b.csv/*.CSV' and 'C/b.csv/*.csv'),
    # where every reader takes one data argument; parts of two types (0.tsv, 1.jsonl) were told alike.
    monkeypatch.chdir(tmp_path)
    Path("C/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("C/a.csv", index=False)
    for number, part in enumerate(["p0.csv", "p1.CSV", "p2.Csv"]):
        pd.DataFrame({"text": [f"We differ {number}."], "labels": ["unity"]}).to_csv(f"C/b.csv/{part}", index=False)
    said = _passed_over("C")
    advised = re.findall(r"'(C/b\.csv/[^']+)'", said)
    assert len(advised) == 1, said
    assert sorted(read_table(advised[0]).text) == ["We differ 0.", "We differ 1.", "We differ 2."], said
    from stance.distributed import read_files

    assert sorted(read_files(advised[0]).compute().text) == [
        "We differ 0.", "We differ 1.", "We differ 2."], said
    Path("T/b.tsv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("T/a.csv", index=False)
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("T/b.tsv/0.tsv", index=False, sep="\t")
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_json("T/b.tsv/1.jsonl", orient="records",
                                                                        lines=True)
    said = _passed_over("T")
    assert ("its parts are of several types (.jsonl, .tsv), which one glob does not read together; read each type "
            "in a run of its own, 'T/b.tsv/*.jsonl' and 'T/b.tsv/*.tsv'") in said, said


def test_a_table_folder_of_folders_is_told_the_glob_that_reads_the_files_within_them(tmp_path, monkeypatch):
    # A review of 4fbb0c34 and b7ce0ad8: Hive-partitioned output (Dask's partition_on, Spark's partitionBy) and a
    # table folder holding another were told "out.parquet holds no file", where it holds folders.
    from stance.distributed import read_files

    dd = pytest.importorskip("dask.dataframe")
    monkeypatch.chdir(tmp_path)
    table = pd.DataFrame({"text": ["We differ.", "NATO must deter.", "We agree."], "party": ["a", "b", "b"]})
    Path("H2").mkdir()
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("H2/a.csv", index=False)
    with warnings.catch_warnings():  # Dask's partition_on calls set_index(inplace=True), deprecated by pandas 3.1
        warnings.simplefilter("ignore", DeprecationWarning)
        dd.from_pandas(table, npartitions=1).to_parquet("H2/out.parquet", partition_on=["party"])
    Path("X/x.csv/party=a").mkdir(parents=True)  # Spark's partitionBy, within a folder named as a table
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("X/a.csv", index=False)
    table[["text"]].to_csv("X/x.csv/party=a/part-00000-x.csv", index=False)
    Path("X/x.csv/_SUCCESS").write_text("")
    Path("N/b.csv/c.csv/d.csv").mkdir(parents=True)  # a table folder within a table folder, two deep
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("N/a.csv", index=False)
    table[["text"]].to_csv("N/b.csv/c.csv/d.csv/part-0.csv", index=False)
    for folder, expected in (("H2", ["NATO must deter.", "We agree.", "We differ."]), ("X", sorted(table.text)),
                             ("N", sorted(table.text))):
        said = _passed_over(folder)
        assert "holds no file" not in said and "holds folders (" in said, said
        advised = re.findall(rf"a glob such as '({folder}/[^']+)' reads", said)
        assert len(advised) == 1, said
        assert sorted(read_table(advised[0]).text) == expected, said
        assert sorted(read_files(advised[0]).compute().text) == expected, said
    assert "out.parquet holds folders (party=a, party=b), whose files a glob such as 'H2/out.parquet/*/*.parquet' " \
           "reads" in _passed_over("H2")
    Path("E/b.csv/sub").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("E/a.csv", index=False)
    said = _passed_over("E")
    assert said.endswith("b.csv holds folders (sub) with no .csv, .tsv, .jsonl or .parquet file in them"), said
    with pytest.raises(InvalidInputError, match=r"out\.parquet holds folders \(party=a, party=b\), whose files a "
                                                r"glob such as 'H2/out\.parquet/\*/\*\.parquet' reads"):
        read_table("H2/out.parquet")


def test_table_folders_are_advised_by_the_first_that_holds_parts(tmp_path, monkeypatch):
    # A review of 4fbb0c34: the first folder in name order was advised, an empty a_empty.csv/ before Dask's
    # b.csv/, which told nothing useful: "a_empty.csv holds no file".
    dd = pytest.importorskip("dask.dataframe")
    monkeypatch.chdir(tmp_path)
    Path("S/a_empty.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("S/a.csv", index=False)
    dd.from_pandas(pd.DataFrame({"text": ["We differ.", "NATO must deter."]}), npartitions=2).to_csv("S/b.csv",
                                                                                                    index=False)
    said = _passed_over("S")
    assert said.endswith("2 folder(s) named as a table (a_empty.csv, b.csv), whose files a folder or glob does not "
                         "reach; b.csv's files (0.part, 1.part) are named as no table; rename them to end in .csv, as "
                         "Dask's to_csv('out/*.csv') names them, and give the glob of them, 'S/b.csv/*.csv'"), said
    Path("S/b.csv/0.part").unlink()
    Path("S/b.csv/1.part").unlink()
    said = _passed_over("S")  # none holds parts: the first, as before
    assert said.endswith("(a_empty.csv, b.csv), whose files a folder or glob does not reach; a_empty.csv holds no "
                         "file"), said


def test_a_table_folders_advice_follows_no_link_and_reads_a_users_underscored_part(tmp_path, monkeypatch):
    # A review of 9f1b48f0..bab02156: the search for parts below a folder named as a table followed links, so
    # three links back to the folder itself made 3 ** 16 folders to list (stance score 'E3/*' ran for minutes), and
    # a link up ("up -> ..") was advised as a partition ('L/b.csv/*/*.csv', which read the parent's own a.csv);
    # and a user's part named "_data.csv" was called a writer's marker and given no glob.
    monkeypatch.chdir(tmp_path)
    for name in ("E3", "L", "U"):
        Path(f"{name}/b.csv").mkdir(parents=True)
        pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv(f"{name}/a.csv", index=False)
    for link in ("x", "y", "z"):
        Path(f"E3/b.csv/{link}").symlink_to(".")
    Path("L/b.csv/up").symlink_to("..")
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("U/b.csv/_data.csv", index=False)
    for name in ("E3", "L"):
        with pytest.warns(stance.StanceWarning, match=r"\(b\.csv\), whose files a folder or glob does not reach; "
                                                       r"b\.csv holds no file$"):
            assert read_table(f"{name}/*").text.tolist() == ["We agree."]
    with pytest.warns(stance.StanceWarning, match=r"give the glob of them to read them, 'U/b\.csv/\*\.csv'$"):
        read_table("U/*")
    assert read_table("U/b.csv/*.csv").text.tolist() == ["We differ."]


def test_score_file_given_a_folder_of_parts_in_two_spellings_of_a_suffix_names_one_glob_of_both(tmp_path):
    # A review of 9f1b48f0..bab02156: stance.score_file of a folder of p0.csv and p1.CSV advised
    # `stance score 'C/*.CSV'`, which reads one of the two. It now names `stance score C`, which reads the
    # folder as stance.score does, every file whatever the case of its suffix.
    folder = tmp_path / "C"
    folder.mkdir()
    for name, text in (("p0.csv", "We agree."), ("p1.CSV", "We differ.")):
        pd.DataFrame({"text": [text]}).to_csv(folder / name, index=False)
    with pytest.raises(InvalidInputError) as raised:
        stance.score_file(folder, tmp_path / "out.csv")
    command = shlex.split(re.search(r"`(stance score [^`]*)`", str(raised.value)).group(1))
    assert command == ["stance", "score", str(folder), "-o", str(tmp_path / "out.csv")], raised.value
    assert main([*command[1:], "--no-progress"]) == 0
    assert pd.read_csv(tmp_path / "out.csv").text.tolist() == ["We agree.", "We differ."]


def test_table_folders_are_advised_by_the_first_that_holds_readable_parts_named_in_the_advice(tmp_path, monkeypatch):
    # A review of the folder advice: the first folder that held any file was advised, a README beside no part
    # counting, so V/a.csv/README.txt hid V/b.csv's part ("its files (README.txt) are named as no table"), and the
    # advice's "its" and "them" did not say which of the folders named it meant.
    monkeypatch.chdir(tmp_path)
    Path("V/a.csv").mkdir(parents=True)
    Path("V/a.csv/README.txt").write_text("Written by Spark.")
    Path("V/b.csv").mkdir()
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv("V/b.csv/part-0.csv", index=False)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("V/c.csv", index=False)
    said = _passed_over("V")
    assert said.endswith("2 folder(s) named as a table (a.csv, b.csv), whose files a folder or glob does not reach; "
                         "give the glob of b.csv's files to read them, 'V/b.csv/*.csv'"), said
    assert read_table("V/b.csv/*.csv").text.tolist() == ["We differ."]
    Path("V/b.csv/part-0.csv").rename("V/b.csv/0.part")  # Dask's part: a rename makes it readable, a README not
    said = _passed_over("V")
    assert said.endswith("(a.csv, b.csv), whose files a folder or glob does not reach; b.csv's files (0.part) are "
                         "named as no table; rename them to end in .csv, as Dask's to_csv('out/*.csv') names them, "
                         "and give the glob of them, 'V/b.csv/*.csv'"), said


def test_score_file_given_hive_partitions_gives_the_glob_that_reads_them_as_stance_score_does(
        tmp_path, monkeypatch, capsys):
    # A review of the folder advice: stance.score_file of Hive's partitions (H/out.parquet/party=a/part-0.parquet,
    # as Dask's partition_on writes them), or of a folder holding them, said "the folder holds no
    # .csv/.tsv/.jsonl/.parquet files" alone, where stance.score and `stance score` gave the glob that reads them.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for party, texts in (("a", ["We differ."]), ("b", ["NATO must deter.", "We agree."])):
        Path(f"H/out.parquet/party={party}").mkdir(parents=True)
        pd.DataFrame({"text": texts}).to_parquet(f"H/out.parquet/party={party}/part-0.parquet")
    advice = ("out.parquet holds folders (party=a, party=b), whose files a glob such as 'H/out.parquet/*/*.parquet' "
              "reads")
    for data in ("H/out.parquet", "H"):
        with pytest.raises(InvalidInputError) as refused:
            stance.score_file(data, "o.csv")
        assert str(refused.value).startswith(f"input_path {data!r} is a folder, and score_file scores one file"), \
            refused.value
        assert str(refused.value).endswith(advice), refused.value
        assert main(["score", data, "-o", "o.csv", "--no-progress"]) == 2
        assert capsys.readouterr().err.rstrip().endswith(advice)
    with pytest.raises(InvalidInputError, match=r"^input_path: glob 'H/\*' matches no file but 1 folder\(s\) named "
                                                r"as a table \(out\.parquet\), .*; " + re.escape(advice) + "$"):
        stance.score_file("H/*", "o.csv")  # was "file not found: 'H/*'"
    assert sorted(stance.score("H/out.parquet/*/*.parquet").text) == ["NATO must deter.", "We agree.", "We differ."]
    assert not Path("o.csv").exists()


def test_a_table_folders_parts_17_folders_down_are_found_and_given_the_glob_that_reads_them(tmp_path, monkeypatch):
    # A review of the folder advice: the search for parts below a folder named as a table stopped 16 folders down,
    # so a part 17 down was said not to be there ("b.csv holds folders (d) with no .csv, … file in them").
    monkeypatch.chdir(tmp_path)
    deep = Path("D/b.csv", *["d"] * 17)
    deep.mkdir(parents=True)
    pd.DataFrame({"text": ["We differ."], "labels": ["unity"]}).to_csv(deep / "part-0.csv", index=False)
    pd.DataFrame({"text": ["We agree."], "labels": ["unity"]}).to_csv("D/a.csv", index=False)
    said = _passed_over("D")
    glob_of_them = "'D/b.csv/" + "*/" * 17 + "*.csv'"
    assert said.endswith(f"b.csv holds folders (d), whose files a glob such as {glob_of_them} reads"), said
    assert read_table(glob_of_them.strip("'")).text.tolist() == ["We differ."]


def test_table_folders_advice_lists_no_folder_after_the_first_whose_parts_a_glob_reads(tmp_path, monkeypatch, capsys):
    # A review of 27bf4cd7: every folder named was searched for the one advised, to the bottom of each, so
    # F/a.csv's part beside F/b.csv, a tree of 80,000 empty folders, took 8.5 s to advise 'F/a.csv/*.csv' (0.95 s
    # before): the first whose parts a glob reads is advised, and the folders after it are not listed.
    monkeypatch.chdir(tmp_path)
    Path("F/a.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We agree."]}).to_csv("F/a.csv/part-0.csv", index=False)
    for name in ("b.csv", "c.csv"):
        Path("F", name, "d", "e").mkdir(parents=True)
    listed = []
    scandir = stance.table_folders.os.scandir
    monkeypatch.setattr(stance.table_folders.os, "scandir", lambda path=".": listed.append(Path(path)) or scandir(path))
    assert main(["score", "F", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("3 folder(s) named as a table (a.csv, b.csv, c.csv), whose files "
                                                     "a folder or glob does not reach; give the folder to read "
                                                     "a.csv's files, stance score F/a.csv -o o.csv")
    assert not [path for path in listed if Path("F/b.csv") in (path, *path.parents)
                or Path("F/c.csv") in (path, *path.parents)], listed


def test_a_table_folders_advice_lists_each_folder_within_it_once(tmp_path, monkeypatch, capsys):
    # A review of 97b70480: the search for parts below a folder named as a table listed each folder twice (for the
    # folders in it, then for its files), and the tree was searched twice a message (to rank the folder, then to
    # advise it), so a tree of 80,000 empty folders took 8.3 s to refuse (3 s before).
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b"):
        Path("E/b.csv", name, "d").mkdir(parents=True)
    listed = []
    scandir = stance.table_folders.os.scandir
    monkeypatch.setattr(stance.table_folders.os, "scandir", lambda path=".": listed.append(Path(path)) or scandir(path))
    assert main(["score", "E", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("1 folder(s) named as a table (b.csv), whose files a folder or "
                                                     "glob does not reach; b.csv holds folders (a, b) with no .csv, "
                                                     ".tsv or .parquet file in them")
    within = [path for path in listed if Path("E/b.csv") in path.parents]
    assert sorted(within) == [Path("E/b.csv/a"), Path("E/b.csv/a/d"), Path("E/b.csv/b"), Path("E/b.csv/b/d")], listed


def test_score_file_given_a_glob_of_hive_partitions_and_other_files_gives_the_glob_that_reads_them(tmp_path,
                                                                                                  monkeypatch):
    # A review of 26531c47: stance.score_file('HR/*', OUT), matching HR/README.md beside Hive's partitions
    # (HR/out.parquet/party=a/part-0.parquet), said only "the glob matches no .csv/.tsv/.jsonl/.parquet files", where
    # `stance score 'HR/*'` and read_files('HR/*') give the glob that reads them; so did a glob of a CSV beside them.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    Path("HR/out.parquet/party=a").mkdir(parents=True)
    pd.DataFrame({"text": ["We differ."]}).to_parquet("HR/out.parquet/party=a/part-0.parquet")
    Path("HR/README.md").write_text("Written by Dask.")
    advice = ("; 1 folder(s) named as a table (out.parquet), whose files a folder or glob does not reach; out.parquet "
              "holds folders (party=a), whose files a glob such as 'HR/out.parquet/*/*.parquet' reads")
    with pytest.raises(InvalidInputError) as refused:
        stance.score_file("HR/*", "o.csv")
    assert str(refused.value) == ("input_path 'HR/*' is a glob, and score_file scores one file; the glob matches no "
                                  ".csv/.tsv/.jsonl/.parquet files" + advice), refused.value
    pd.DataFrame({"text": ["We agree."]}).to_csv("HR/a.csv", index=False)
    with pytest.raises(InvalidInputError) as refused:
        stance.score_file("HR/*", "o.csv")
    assert str(refused.value).startswith("input_path 'HR/*' is a glob, and score_file scores one file: score the "
                                         "glob's files with stance.score('HR/*')"), refused.value
    assert str(refused.value).endswith(advice), refused.value
    assert stance.score("HR/out.parquet/*/*.parquet").text.tolist() == ["We differ."]
    assert not Path("o.csv").exists()


def test_a_readme_beside_hive_partitions_hides_them_not(tmp_path, monkeypatch, capsys):
    # A review of the folder advice: a README beside Hive's partitions (W/out.parquet/README.txt beside
    # W/out.parquet/k=1/p.parquet) was all the advice told of ("its files (README.txt) are named as no table, which a
    # glob reads by their suffix"), where 'W/out.parquet/*/*.parquet' reads them.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    Path("W/out.parquet/k=1").mkdir(parents=True)
    pd.DataFrame({"text": ["We differ."]}).to_parquet("W/out.parquet/k=1/p.parquet")
    Path("W/out.parquet/README.txt").write_text("Written by Spark.")
    Path("W/a.csv").mkdir()
    Path("W/a.csv/README.txt").write_text("Nothing yet.")
    advice = "out.parquet holds folders (k=1), whose files a glob such as 'W/out.parquet/*/*.parquet' reads"
    for data in ("W", "W/out.parquet"):
        assert main(["score", data, "-o", "o.csv", "--no-progress"]) == 2
        assert capsys.readouterr().err.rstrip().endswith(advice)
    assert stance.score("W/out.parquet/*/*.parquet").text.tolist() == ["We differ."]


def test_hive_partitions_of_several_depths_are_told_the_glob_of_each_depth(tmp_path, monkeypatch, capsys):
    # A review of the folder advice: Hive's partitions of two depths (X/out.parquet/a=1/p.parquet beside
    # X/out.parquet/a=2/b=3/p.parquet) were advised 'X/out.parquet/*/*.parquet', which reads the first alone, without
    # a word of the other; a reader takes one glob, so each depth is read in a run of its own.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part, text in (("a=1", "We differ."), ("a=2/b=3", "We agree.")):
        Path("X/out.parquet", part).mkdir(parents=True)
        pd.DataFrame({"text": [text]}).to_parquet(Path("X/out.parquet", part, "p.parquet"))
    shallow, deep = "X/out.parquet/*/*.parquet", "X/out.parquet/*/*/*.parquet"
    assert main(["score", "X/out.parquet", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (a=1, a=2), whose files lie at several depths (1 and 2 folders down), which one "
        f"glob does not read together; read each depth in a run of its own, '{shallow}' and '{deep}'")
    assert [stance.score(pattern).text.tolist() for pattern in (shallow, deep)] == [["We differ."], ["We agree."]]


def test_a_writers_staging_folder_is_no_folder_of_partitions(tmp_path, monkeypatch, capsys):
    # A review of 5b3915e0: Spark's staging folder beside its partitions (SP/out.parquet/_temporary/0/task_0001/k=1/
    # part-0.parquet, a job's uncommitted attempt, beside SP/out.parquet/k=1/part-0.parquet) was counted a depth of
    # parts, 'SP/out.parquet/*/*/*/*/*.parquet' advised, reading a row twice. A writer's staging or log folder
    # ("_temporary", "_delta_log"), as pyarrow's and Spark's readers skip it, is no folder of parts.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part in ("SP/out.parquet/k=1", "SP/out.parquet/_temporary/0/task_0001/k=1", "ST/out.parquet/_temporary/0/k=1"):
        Path(part).mkdir(parents=True)
        pd.DataFrame({"text": ["We differ."]}).to_parquet(Path(part, "part-0.parquet"))
    Path("ST/out.parquet/_delta_log").mkdir()
    Path("ST/out.parquet/_delta_log/0.json").write_text("{}")
    assert main(["score", "SP", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (k=1), whose files a glob such as 'SP/out.parquet/*/*.parquet' reads")
    assert stance.score("SP/out.parquet/*/*.parquet").text.tolist() == ["We differ."]
    assert main(["score", "ST", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds no part, only _delta_log/, _temporary/, which a writer leaves beside its parts")


def test_json_lines_partitions_are_told_to_be_scored_each_on_its_own_as_json_lines_parts_are(tmp_path, monkeypatch,
                                                                                              capsys):
    # A review of c4bdd72b: JSON Lines partitions (J/out.jsonl/k=1/p.jsonl), which a glob read with Dask does not read,
    # were told 'holds folders (k=1) with no .csv, .tsv or .parquet file in them', and beside a README
    # (JR/out.jsonl/README.txt) hidden by it ("its files (README.txt) are named as no table"), where JSON Lines parts of
    # the folder's own are told to be scored each on its own.
    monkeypatch.chdir(tmp_path)
    for folder in ("J", "JR"):
        Path(folder, "out.jsonl/k=1").mkdir(parents=True)
        Path(folder, "out.jsonl/k=1/p.jsonl").write_text('{"text": "We differ."}\n')
    Path("JR/out.jsonl/README.txt").write_text("Written by Spark.")
    advice = ("out.jsonl holds folders (k=1); their .jsonl files: score each on its own (stance score FILE): a glob "
              "read with Dask reads .csv, .tsv and .parquet files only")
    from stance.distributed import read_files
    for folder in ("J", "JR"):
        assert main(["score", folder, "-o", "o.csv", "--no-progress"]) == 2
        assert capsys.readouterr().err.rstrip().endswith(advice)
    with pytest.raises(InvalidInputError) as refused:
        read_files("JR")
    assert str(refused.value).endswith(advice), refused.value
    with pytest.raises(InvalidInputError) as refused:
        stance.score("JR")
    assert str(refused.value).endswith("whose files a glob such as 'JR/out.jsonl/*/*.jsonl' reads"), refused.value
    assert stance.score("JR/out.jsonl/k=1/p.jsonl").text.tolist() == ["We differ."]


def test_a_partition_named_as_a_table_is_told_to_be_read_by_the_glob_of_its_depth_alone(tmp_path, monkeypatch, capsys):
    # A review of 5b3915e0: a partition named as a table (Z/out.parquet/a=2/f=x.parquet/p.parquet beside
    # Z/out.parquet/a=1/p.parquet) is matched by the glob of the depth above its files too, which passes it over with a
    # warning giving the glob of its files: following both that and the glob of its depth read its row twice.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part, text in (("a=1", "We differ."), ("a=2/f=x.parquet", "We agree.")):
        Path("Z/out.parquet", part).mkdir(parents=True)
        pd.DataFrame({"text": [text]}).to_parquet(Path("Z/out.parquet", part, "p.parquet"))
    shallow, deep = "Z/out.parquet/*/*.parquet", "Z/out.parquet/*/*/*.parquet"
    assert main(["score", "Z", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        f"read each depth in a run of its own, '{shallow}' and '{deep}'; the glob 1 folder(s) down matches folders too "
        "(a=2/f=x.parquet), passed over with a warning: leave it be, as the glob of each depth reads the files within "
        "them")
    with pytest.warns(stance.StanceWarning, match=re.escape("'Z/out.parquet/a=2/f=x.parquet/*.parquet'")):
        assert stance.score(shallow).text.tolist() == ["We differ."]
    assert stance.score(deep).text.tolist() == ["We agree."]


def test_a_users_folder_beginning_with_an_underscore_is_a_partition(tmp_path, monkeypatch, capsys):
    # A review of a67307d3: every folder beginning with "_" was taken for a writer's: a user's own
    # U1/out.parquet/_2024/p.parquet was told "holds no part, only _2024/, which a writer leaves beside its parts", and
    # beside partitions of another depth (U5: k=1/p.parquet, _2024/m=1/p.parquet) it was hidden, its row lost. Only the
    # folders writers leave (_temporary, _delta_log, _spark_metadata, hidden ones) are none; a glob's "*" reads "_2024".
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part, text in (("U1/out.parquet/_2024", "We differ."), ("U5/out.parquet/k=1", "We differ."),
                       ("U5/out.parquet/_2024/m=1", "We agree."), ("U7/out.parquet/k=1", "We differ."),
                       ("U7/out.parquet/.cache", "We agree."), ("U7/out.parquet/_spark_metadata/0", "We agree.")):
        Path(part).mkdir(parents=True)
        pd.DataFrame({"text": [text]}).to_parquet(Path(part, "p.parquet"))
    assert main(["score", "U1", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (_2024), whose files a glob such as 'U1/out.parquet/*/*.parquet' reads")
    assert stance.score("U1/out.parquet/*/*.parquet").text.tolist() == ["We differ."]
    shallow, deep = "U5/out.parquet/*/*.parquet", "U5/out.parquet/*/*/*.parquet"
    assert main(["score", "U5", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (_2024, k=1), whose files lie at several depths (1 and 2 folders down), which one "
        f"glob does not read together; read each depth in a run of its own, '{shallow}' and '{deep}'")
    assert [stance.score(pattern).text.tolist() for pattern in (shallow, deep)] == [["We differ."], ["We agree."]]
    # A hidden folder, which a glob skips, and Spark's streaming log are no partitions, as before.
    assert main(["score", "U7", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (k=1), whose files a glob such as 'U7/out.parquet/*/*.parquet' reads")



def test_the_advice_says_its_glob_reads_a_writers_folder_too(tmp_path, monkeypatch, capsys):
    # A review of a67307d3: Spark's _temporary at the partitions' depth (SP2/out.parquet/{k=1,_temporary}/p.parquet)
    # was read by the glob advised, 'SP2/out.parquet/*/*.parquet', although the message named k=1 alone and the README
    # said such folders are "neither searched nor named": its row was read with the partitions' without a word.
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part, text in (("SP2/out.parquet/k=1", "We differ."), ("SP2/out.parquet/_temporary", "We agree."),
                       ("SP/out.parquet/k=1", "We differ."),
                       ("SP/out.parquet/_temporary/0/task_0001/k=1", "We agree.")):
        Path(part).mkdir(parents=True)
        pd.DataFrame({"text": [text]}).to_parquet(Path(part, "p.parquet"))
    assert main(["score", "SP2", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (k=1), whose files a glob such as 'SP2/out.parquet/*/*.parquet' reads; it reads "
        "_temporary/ too, a writer's folder, whose files are no part: move it out of out.parquet first")
    assert sorted(stance.score("SP2/out.parquet/*/*.parquet").text) == ["We agree.", "We differ."]
    # Its files at another depth than the glob's: nothing to say.
    assert main(["score", "SP", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "out.parquet holds folders (k=1), whose files a glob such as 'SP/out.parquet/*/*.parquet' reads")



def test_the_folders_a_depths_glob_crosses_are_read_by_following_the_advice(tmp_path, monkeypatch, capsys):
    # A review of ac1af32d: "leave it be, as the glob of their own depth reads them" was false of ZV/out.parquet/a=2/
    # _f.parquet/p.parquet (no glob of its depth was given, its row lost) and of an empty a=2/f=x.parquet/, whose
    # warning gives no glob ("f=x.parquet holds no file").
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    for part, text in (("ZV/out.parquet/a=1", "We differ."), ("ZV/out.parquet/a=2/_f.parquet", "We agree."),
                       ("ZV/out.parquet/a=3/b=1/c=1", "We disagree."), ("ZE/out.parquet/a=1", "We differ."),
                       ("ZE/out.parquet/a=3/b=1", "We agree.")):
        Path(part).mkdir(parents=True)
        pd.DataFrame({"text": [text]}).to_parquet(Path(part, "p.parquet"))
    Path("ZE/out.parquet/a=2/f=x.parquet").mkdir(parents=True)
    globs = [f"ZV/out.parquet{'/*' * depth}/*.parquet" for depth in (1, 2, 3)]
    assert main(["score", "ZV", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "read each depth in a run of its own, " + " and ".join(f"'{pattern}'" for pattern in globs)
        + "; the glob 1 folder(s) down matches folders too (a=2/_f.parquet), passed over with a warning: leave it be, "
        "as the glob of each depth reads the files within them")
    with pytest.warns(stance.StanceWarning, match=re.escape("_f.parquet")):
        read = [stance.score(pattern).text.tolist() for pattern in globs[:1]]
    read += [stance.score(pattern).text.tolist() for pattern in globs[1:]]
    assert read == [["We differ."], ["We agree."], ["We disagree."]]
    assert main(["score", "ZE", "-o", "o.csv", "--no-progress"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "; the glob 1 folder(s) down matches folders too (a=2/f=x.parquet), passed over with a warning: leave it be, "
        "as the glob of each depth reads the files within them")
    with pytest.warns(stance.StanceWarning, match=re.escape("f=x.parquet holds no file")):
        assert stance.score("ZE/out.parquet/*/*.parquet").text.tolist() == ["We differ."]


def test_deltas_change_data_and_impalas_staging_folder_are_writers_folders_not_partitions(tmp_path, capsys):
    # A review of c647329d: once only the listed writers' folders were skipped, Delta's change
    # feed (_change_data/k=1/cdc-0.parquet) and Impala's _impala_insert_staging beside k=1 were
    # taken for partitions, and the advice's globs read their records as rows.
    import pandas as pd

    from stance.cli import main

    for name, staging in (("D", "_change_data/k=1/cdc-0.parquet"), ("I", "_impala_insert_staging/abc/p.parquet")):
        table = tmp_path / name / "out.parquet"
        for part, text in (("k=1/part-0.parquet", "a row"), (staging, "a writer's record")):
            (table / part).parent.mkdir(parents=True, exist_ok=True)
            pd.DataFrame({"text": [text]}).to_parquet(table / part)
        assert main(["score", str(tmp_path / name), "-o", str(tmp_path / f"{name}.csv")]) != 0
        said = " ".join(capsys.readouterr().err.split())
        assert f"'{tmp_path / name}/out.parquet/*/*.parquet'" in said and "several depths" not in said, said
        assert staging.split("/")[0] not in said.split("holds folders (")[1].split(")")[0], said


def test_a_folders_file_without_the_text_or_labels_column_another_has_is_refused_naming_it(tmp_path):
    # A review of f4ac977a: a file of a folder without the text column was joined to the rest, its rows scored
    # "missing" with an empty text, without a word, where the same file alone is refused.
    fold = tmp_path / "fa"
    fold.mkdir()
    (fold / "a.csv").write_text("id,text\n1,We must defend the Baltics.\n", encoding="utf-8")
    (fold / "b.csv").write_text("id,body\n2,Bring them home.\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        stance.score(str(fold))
    assert str(caught.value) == (f"data: folder {str(fold)!r}: 'b.csv' has no column 'text', which 'a.csv' has; its "
                                 f"columns: ['id', 'body']. Name the column alike in every file, or move 'b.csv' out")
    labelled = tmp_path / "fl"
    labelled.mkdir()
    (labelled / "a.csv").write_text("text,labels\nWe must defend the Baltics.,eastern_flank\n", encoding="utf-8")
    (labelled / "b.csv").write_text("text,topic\nBring them home.,none\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"'b\.csv' has no column 'labels', which 'a\.csv' has; its columns: "
                                                r"\['text', 'topic'\]"):
        stance.read_labelled(str(labelled))
    # A column no file has is told as for one file; a labels column lacking is no fault of unlabelled data.
    with pytest.raises(InvalidInputError, match="text_column='body': no such column"):
        stance.score(str(labelled), text_column="body")
    assert len(read_table(str(labelled), text_columns=["text", "labels"])) == 2


def test_a_file_of_no_rows_among_a_folders_or_globs_others_is_left_out_and_named(tmp_path, capsys, monkeypatch):
    # A folder of nightly exports with one that failed (0 bytes) or a .jsonl of a day without rows
    # (blank lines) was refused whole ("'d.csv' is empty: expected a header row and data rows", exit 2),
    # where the Dask path leaves such a file out with a warning, and it holds no row to lose.
    monkeypatch.chdir(tmp_path)
    _nine_labelled_rows(tmp_path / "G" / "a.csv")
    (tmp_path / "G" / "d.csv").write_bytes(b"")
    (tmp_path / "G" / "e.jsonl").write_bytes(b"\n \r\n")
    # and files of blank lines alone: pd.DataFrame().to_csv(path, index=False) writes "\n"; a mark alone.
    (tmp_path / "G" / "f.csv").write_bytes(b"\n")
    (tmp_path / "G" / "g.tsv").write_bytes(b"\xef\xbb\xbf")
    said = ("left out 4 files of no rows (no bytes, or blank lines only: an export that failed?): "
            "['d.csv', 'e.jsonl', 'f.csv', 'g.tsv']")
    rows = [f"a.csv:{row}" for row in range(9)]
    for given, named in (("G", "folder 'G'"), ("G/*", "glob 'G/*'")):
        with pytest.warns(stance.StanceWarning) as caught:
            assert stance.read_labelled(given).index.tolist() == rows
        assert [str(w.message) for w in caught if "left out" in str(w.message)] == [f"data: {named}: {said}"]
        with pytest.warns(stance.StanceWarning, match="left out 4 files of no rows"):
            assert stance.score(given, prefix="pred_").index.tolist() == rows
    # Trained on, the folder gives the model its one file gives.
    main(["train", "G", "-o", "m", "--option", "threshold_folds=0"])
    assert f"stance train: warning: DATA: folder 'G': {said}\n" in capsys.readouterr().err
    main(["train", "G/a.csv", "-o", "m1", "--option", "threshold_folds=0"])
    texts = ["We must stay together.", "Wind farms everywhere now."]
    assert stance.load("m").classify_many(texts) == stance.load("m1").classify_many(texts)
    # The command line scores the folder without it, exit 0.
    assert main(["score", "G", "-o", "out.csv", "--prefix", "pred_"]) == 0
    assert pd.read_csv("out.csv")["row"].tolist() == rows
    # Nothing else to read: the empty file is refused as before, alone or with others as empty.
    (tmp_path / "G" / "a.csv").unlink()
    with pytest.raises(InvalidInputError, match=r"^'G/d.csv' is empty: expected a header row and data rows$"):
        stance.score("G", prefix="pred_")


def test_a_header_of_many_columns_is_checked_for_repeated_names_in_linear_time(tmp_path):
    # An audit of the reading path: each name of a header was counted through the whole header,
    # quadratic in its columns: a .csv of 50,000 columns (a document-term matrix exported) took
    # 27 s before any reading. CPU time, as the reader's guards (tests/test_document.py).
    import time

    from stance.csv_dialect import refuse_repeated_names

    header = [f"c{i}" for i in range(60_000)]
    started = time.process_time()
    refuse_repeated_names("wide.csv", [*header, "text", "", ""])  # empty names may repeat
    with pytest.raises(InvalidInputError, match=re.escape(
            "'wide.csv': the header names column(s) ['c7', 'text'] more than once; give every column its own name")):
        refuse_repeated_names("wide.csv", ["text", *header, "c7", "text"])
    assert time.process_time() - started < 1.0  # about 0.03 s, 40 s before


def test_a_parquet_file_of_many_columns_is_checked_for_repeated_names_in_linear_time():
    # A review of bfe8c808, which counted a .csv's header once: a Parquet file's column names were
    # still each counted through all of them, quadratic in its columns: 20,000 columns (a
    # document-term matrix exported) took 6 s before any reading. CPU time, as the .csv's guard.
    import time

    from stance.parquet_files import refuse_repeated_columns

    names = [f"c{i}" for i in range(40_000)]
    started = time.process_time()
    refuse_repeated_columns(Path("wide.parquet"), [*names, "text"])
    with pytest.raises(InvalidInputError, match=re.escape(
            "'wide.parquet' names column(s) ['', 'c7', 'text'] more than once; give every column its own name")):
        refuse_repeated_columns(Path("wide.parquet"), ["text", "", *names, "c7", "text", ""])
    assert time.process_time() - started < 1.0  # about 0.02 s, 25 s before


def test_the_lock_file_excel_keeps_beside_a_spreadsheet_is_not_named_as_one(tmp_path):
    # "~$b.xlsx", the few bytes Excel writes beside a workbook it has open, was warned of as a
    # spreadsheet to save as 'CSV UTF-8'; alone beside the CSVs it is no data to lose.
    import warnings

    (tmp_path / "a.csv").write_text("text,labels\nArm Ukraine.,ukraine_support\n", encoding="utf-8")
    (tmp_path / "~$b.xlsx").write_bytes(b"\x05alice" + b" " * 50)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_table(tmp_path).text.tolist() == ["Arm Ukraine."]
    (tmp_path / "b.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.warns(stance.StanceWarning, match=r"left out 1 spreadsheet file\(s\) \(b\.xlsx\), which"):
        read_table(tmp_path)

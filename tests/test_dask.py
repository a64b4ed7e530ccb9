"""Scoring and training with Dask, on a real two-process LocalCluster started by this module."""

import datetime
import io
import sys
import warnings
from pathlib import Path
from typing import Any

import dask.dataframe as dd
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

import stance
from stance.cli import main
from stance.distributed import model_arrivals

ROWS, PARTITIONS = 3000, 8


@pytest.fixture(scope="module")
def client():
    # Not the default client: tests opt in with client.as_current(), so the local path
    # (no client at all) is testable in the same module.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster, set_as_default=False) as client:
        yield client


@pytest.fixture(scope="module")
def frame(corpus_frame):
    texts = corpus_frame.text.iloc[:ROWS].astype(object).copy()
    texts.iloc[::97] = None  # missing and blank texts must be flagged on the cluster too
    texts.iloc[5::101] = "   "
    # A gapped index: the result must keep it, partition by partition.
    return pd.DataFrame({"text": texts.to_numpy(), "source": corpus_frame.source.iloc[:ROWS].to_numpy()},
                        index=pd.RangeIndex(0, 3 * ROWS, 3, name="row"))


@pytest.fixture(scope="module")
def lazy(frame):
    return dd.from_pandas(frame, npartitions=PARTITIONS)


def _result_columns(scored):
    return scored.drop(columns=["text", "source"])


def test_cluster_result_equals_pandas_row_for_row(client, frame, lazy):
    with client.as_current():
        before = client.run(model_arrivals)
        result = stance.score(lazy)
        assert isinstance(result, dd.DataFrame) and result.npartitions == PARTITIONS
        scored = result.compute()
        after = client.run(model_arrivals)
    expected = stance.score(lazy.compute())  # the same input as Dask sees it (string dtype)
    pd.testing.assert_frame_equal(scored, expected, check_exact=True)
    assert result.dtypes.equals(expected.dtypes)  # the lazy frame announces the real dtypes
    # and against the original pandas frame, whose text column dtype differs
    pd.testing.assert_frame_equal(_result_columns(scored), _result_columns(stance.score(frame)), check_exact=True)
    blank = frame.text.map(lambda t: isinstance(t, str) and not t.strip())
    assert scored.flag.value_counts().to_dict() == {"missing": frame.text.isna().sum(), "empty": blank.sum()}
    # Each worker unpickled the model once for all its partitions, not once per partition; under
    # load Dask may release the model between two tasks and fetch it again, so once or twice.
    arrivals = [after[w] - before[w] for w in after]
    assert all(1 <= n <= 2 for n in arrivals) and sum(arrivals) < PARTITIONS, arrivals


def test_readme_parquet_recipe(client, lazy, tmp_path):
    text = {c: "string" for c in ("label", "labels", "stance", "flag")}
    with client.as_current():
        stance.score(lazy).astype(text).to_parquet(str(tmp_path / "scored"))
    back = pd.read_parquet(tmp_path / "scored")
    expected = stance.score(lazy.compute())
    assert back.label.tolist() == expected.label.tolist()
    assert back.stance.isna().tolist() == expected.stance.isna().tolist()
    assert (back.p_unity.to_numpy() == expected.p_unity.to_numpy()).all()


def test_tasks_ran_on_both_workers(client, lazy):
    with client.as_current():
        result = stance.score(lazy).map_partitions(_worker_of, meta=("worker", object)).compute()
    assert set(result) == set(client.scheduler_info()["workers"])


def _worker_of(part):
    from dask.distributed import get_worker

    return pd.Series([get_worker().address] * len(part), index=part.index, dtype=object)


def test_own_model_series_and_prefix(client, energy_model, energy_frame):
    texts = dd.from_pandas(energy_frame.text, npartitions=3)
    with client.as_current():
        scored = stance.score(texts, model=energy_model, prefix="pred_").compute()
    expected = stance.score(texts.compute(), model=energy_model, prefix="pred_")
    pd.testing.assert_frame_equal(scored, expected, check_exact=True)
    assert [c for c in scored.columns if c.startswith("pred_p_") and "stance" not in c] == \
        [f"pred_p_{label}" for label in energy_model.labels]


def test_a_named_series_keeps_its_name_on_the_dask_path_as_on_the_pandas_one(frame):
    # A differential test: the Dask path named the text column "text" whatever the Series'
    # name, where stance.score(series) keeps it ("body"), and so took a Series named "label",
    # which the pandas path refuses, returning a frame of two columns 'label'.
    body = dd.from_pandas(frame.text.rename("body"), npartitions=2)
    scored = stance.score(body).compute(scheduler="threads")
    pd.testing.assert_frame_equal(scored, stance.score(body.compute()), check_exact=True)
    assert scored.columns[0] == "body"
    with pytest.raises(stance.InvalidInputError, match="prefix='pred_'"):
        stance.score(dd.from_pandas(frame.text.rename("label"), npartitions=2))


def test_without_a_client_the_threads_share_the_model(frame, lazy):
    scored = stance.score(lazy).compute(scheduler="threads")
    pd.testing.assert_frame_equal(scored, stance.score(lazy.compute()), check_exact=True)


def test_errors_are_raised_when_the_graph_is_built(lazy):
    with pytest.raises(stance.InvalidInputError, match="text_column='body'.*columns present"):
        stance.score(lazy, text_column="body")
    with pytest.raises(stance.InvalidInputError, match="prefix='pred_'"):
        stance.score(lazy.assign(label="x"))


def test_train_on_a_dask_frame_equals_pandas(energy_frame, energy_model):
    model = stance.train(dd.from_pandas(energy_frame, npartitions=3), stance_column="stance")
    assert model.training_["sha256"] == energy_model.training_["sha256"]  # the very same rows
    texts = energy_frame.text.tolist()
    assert (model.predict_proba(texts) == energy_model.predict_proba(texts)).all()


def test_train_refuses_a_frame_that_would_not_fit(energy_frame):
    lazy = dd.from_pandas(energy_frame, npartitions=3)
    size = lazy[["text", "labels", "stance"]].compute().memory_usage(deep=True).sum()
    with pytest.raises(stance.InvalidInputError, match=r"3 partitions.*limit.*sample\(frac=.*max_collect_bytes"):
        stance.train(lazy, stance_column="stance", max_collect_bytes=size // 2)
    assert stance.train(lazy, stance_column="stance", max_collect_bytes=2 * size).labels == \
        ("gas", "none", "nuclear", "renewables")


def _write_parts(frame, folder, suffix=".csv"):
    folder.mkdir()
    for i, start in enumerate(range(0, len(frame), 1000)):
        part = frame.iloc[start:start + 1000]
        if suffix == ".csv":
            part.to_csv(folder / f"part{i}.csv", index=False)
        else:
            part.to_parquet(folder / f"part{i}.parquet", index=False)
    return folder


def test_cli_glob_on_a_cluster_writes_what_one_machine_writes(client, frame, tmp_path, capsys):
    parts = _write_parts(frame, tmp_path / "in")
    whole = tmp_path / "whole.csv"
    frame.to_csv(whole, index=False)
    assert main(["score", str(whole), "-o", str(tmp_path / "one.csv"), "--no-progress"]) == 0
    (tmp_path / "out").mkdir()
    status = main(["score", str(parts / "part*.csv"), "-o", str(tmp_path / "out" / "many.csv"),
                   "--scheduler", client.scheduler.address, "--no-progress"])
    assert status == 0, capsys.readouterr().err
    assert (tmp_path / "out" / "many.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["many.csv"]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_cli_glob_writes_jsonl_and_parquet_as_it_writes_csv(client, frame, tmp_path, capsys, suffix, read_scored,
                                                            as_scored_rows):
    # -o by the suffix, as one file's: a glob's output was .csv or .tsv only.
    parts = _write_parts(frame.iloc[:1500], tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["score", str(parts / "part*.csv"), "-o", str(out / "many.csv"), "--no-progress"]) == 0
    for cluster in ([], ["--scheduler", client.scheduler.address]):  # in this process, and on two workers
        status = main(["score", str(parts / "part*.csv"), "-o", str(out / f"many{suffix}"), "--no-progress",
                       *cluster])
        assert status == 0, capsys.readouterr().err
        assert as_scored_rows(read_scored(out / f"many{suffix}")) == as_scored_rows(read_scored(out / "many.csv"))
    assert sorted(p.name for p in out.iterdir()) == sorted(["many.csv", f"many{suffix}"])


def test_cli_parquet_glob_on_a_local_cluster(frame, tmp_path, capsys):
    parts = _write_parts(frame.iloc[:2000], tmp_path / "in", suffix=".parquet")
    assert main(["score", str(parts / "*.parquet"), "-o", str(_outside(tmp_path)), "--workers", "1",
                 "--no-progress"]) == 0
    assert "scored 2000 rows" in capsys.readouterr().err
    scored = pd.read_csv(_outside(tmp_path), keep_default_na=False, na_values=[""])
    expected = stance.score(frame.iloc[:2000])
    assert scored.label.tolist() == expected.label.tolist()
    assert scored.p_unity.to_numpy() == pytest.approx(expected.p_unity.to_numpy(), abs=1e-12)


def test_cli_a_file_that_fails_midway_leaves_no_output(client, frame, tmp_path, capsys):
    parts = _write_parts(frame.iloc[:2000], tmp_path / "in")
    (parts / "part1.csv").write_bytes(b"text,source\n\"ok\",x\n\"caf\xe9\",y\n")  # not UTF-8
    out = tmp_path / "out"
    out.mkdir()
    status = main(["score", str(parts / "*.csv"), "-o", str(out / "scored.csv"),
                   "--scheduler", client.scheduler.address, "--no-progress"])
    # The file named, and its line counted from its start, not "a file is not valid UTF-8" of the glob.
    said = f"{str(parts / 'part1.csv')!r} is not valid utf-8 (line 3: its byte 5 is 0xe9"  # its 5th byte, in its line
    assert status == 2 and said in capsys.readouterr().err
    assert list(out.iterdir()) == []  # neither the output nor its temporary file


def _outside(folder):
    """out.csv in a folder of its own under ``folder``, which a test's glob of ``folder``'s files does
    not match: stance score refuses an -o its glob would read."""
    (folder / "results").mkdir(exist_ok=True)
    return folder / "results" / "out.csv"


def _glob_and_one_file_agree(folder, name, capsys):
    """Score folder/name as one file and as a glob (no cluster: partitions in this process);
    the two outputs must be byte for byte the same."""
    out = folder / "out"  # not matched by the glob
    out.mkdir(exist_ok=True)
    assert main(["score", str(folder / name), "-o", str(out / "one.csv"), "--no-progress"]) == 0
    assert main(["score", str(folder / ("*" + name[name.index("."):])), "-o", str(out / "many.csv"),
                 "--no-progress"]) == 0, capsys.readouterr().err
    return (out / "many.csv").read_text(), (out / "one.csv").read_text()


def test_cli_parquet_glob_keeps_integer_ids_with_gaps(tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq

    # As Spark and Arrow write it: no pandas metadata, an int64 column with a gap.
    ids = pa.array([2**62 + 1, None, 7], pa.int64())
    pq.write_table(pa.table({"text": ["We stand together.", "Send tanks.", "Thank you."], "id": ids}),
                   tmp_path / "in.parquet")
    many, one = _glob_and_one_file_agree(tmp_path, "in.parquet", capsys)
    assert "4611686018427387905" in many and ",7," in many
    assert many == one


def test_cli_parquet_glob_writes_lists_and_structs_as_json(tmp_path, capsys):
    # They were written in Python's print form, "['arms_ukraine', 'sanctions']", which no JSON parser reads.
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"text": "Send tanks.", "tags": ["arms_ukraine", "sanctions"], "meta": {"a": [None, True]}},
            {"text": "We stand together.", "tags": None, "meta": {"a": []}}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    many, one = _glob_and_one_file_agree(tmp_path, "in.parquet", capsys)
    assert many == one
    cells = pd.read_csv(tmp_path / "out" / "many.csv", keep_default_na=False)
    assert cells.tags.tolist() == ['["arms_ukraine", "sanctions"]', ""]
    assert cells.meta.tolist() == ['{"a": [null, true]}', '{"a": []}']


def _binary_texts(path, texts, **others):
    """A Parquet file whose text column is stored as bytes, as Impala writes strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {"text": pa.array([t if t is None else t.encode() if isinstance(t, str) else t for t in texts],
                                pa.binary()), **others}
    pq.write_table(pa.table(columns), path)


def test_cli_parquet_glob_reads_a_binary_text_column_as_text(client, tmp_path, capsys):
    # One file decoded its bytes, as the README says every command does; the files of a glob did
    # not: every row scored "none", flag not_text, its text written as b'We stand together.'.
    import pyarrow as pa

    (tmp_path / "in").mkdir()
    _binary_texts(tmp_path / "in" / "a.parquet", ["We stand together with NATO.", None],
                  hash=pa.array([b"ab", b"\xff"]))
    # A later file stored as strings, under the first file's bytes, and one the other way round.
    _binary_texts(tmp_path / "in" / "b.parquet", ["Send tanks to Kyiv.", "Thank you."],
                  hash=pa.array([b"cd", b"\x01"]))
    pd.DataFrame({"text": ["Sanctions now."], "hash": [b"ef"]}).to_parquet(tmp_path / "in" / "c.parquet")
    texts = ["We stand together with NATO.", None, "Send tanks to Kyiv.", "Thank you.", "Sanctions now."]
    expected = stance.score(pd.DataFrame({"text": texts}))
    for cluster in ([], ["--scheduler", client.scheduler.address]):  # in this process, and on two workers
        out = tmp_path / f"out{len(cluster)}.csv"
        assert main(["score", str(tmp_path / "in" / "*.parquet"), "-o", str(out), "--no-progress",
                     *cluster]) == 0, capsys.readouterr().err
        scored = pd.read_csv(out, keep_default_na=False, na_values=[""])
        assert scored.text.tolist()[2:] == texts[2:] and scored.text.isna().tolist()[1]
        assert scored.label.tolist() == expected.label.tolist() and (scored.flag.fillna("") != "not_text").all()
        assert scored.hash.tolist() == ["YWI=", "/w==", "Y2Q=", "AQ==", "ZWY="]  # no text: its bytes, base64
    # Bytes that are not UTF-8 are refused, naming the file and row, as one file's are.
    _binary_texts(tmp_path / "in" / "b.parquet", ["Send tanks.", b"caf\xe9 talk"], hash=pa.array([b"cd", b"\x01"]))
    out = tmp_path / "refused.csv"
    for cluster in ([], ["--scheduler", client.scheduler.address]):
        assert main(["score", str(tmp_path / "in" / "*.parquet"), "-o", str(out), "--no-progress", *cluster]) == 2
        message = capsys.readouterr().err
        assert (f"{str(tmp_path / 'in' / 'b.parquet')!r}: column 'text' holds bytes that are not valid UTF-8 "
                f"in row 1") in message, message
        assert not out.exists()


def test_cli_csv_glob_skips_blank_lines_as_one_file_does(tmp_path, capsys):
    # In a file of several columns an empty line is no row; in a one-column file it is an empty text.
    (tmp_path / "wide.csv").write_text("id,text\n1,We stand together.\n\n2,Send tanks.\n\n")
    many, one = _glob_and_one_file_agree(tmp_path, "wide.csv", capsys)
    assert many == one and len(one.splitlines()) == 3
    (tmp_path / "wide.csv").unlink()
    (tmp_path / "narrow.csv").write_text("text\nWe stand together.\n\nSend tanks.\n")
    many, one = _glob_and_one_file_agree(tmp_path, "narrow.csv", capsys)
    assert many == one and len(one.splitlines()) == 4


def test_r_row_names_over_a_blank_line_give_the_same_rows_through_dask_as_alone(tmp_path, capsys):
    # R's write.table(d, sep = ",") writes its row names under a header a name short ("text"
    # above "1","…"): a file of two columns to every reader, whose blank line is no row. Dask,
    # which takes the row names for its index, counted its one column left and kept the blank
    # line as an empty row (3 rows where stance.score and stance score -o read 2).
    (tmp_path / "r.csv").write_text('"text"\n"1","NATO is united."\n\n"2","We must deter."\n')
    texts = ["NATO is united.", "We must deter."]
    assert stance.score(tmp_path / "r.csv")["text"].tolist() == texts
    assert stance.distributed.read_files(tmp_path / "*.csv").compute()["text"].tolist() == texts
    many, one = _glob_and_one_file_agree(tmp_path, "r.csv", capsys)
    for written in (many, one):
        assert pd.read_csv(io.StringIO(written), dtype=str)["text"].tolist() == texts, written
    # A one-column file's empty line is still its empty cell, through Dask too.
    (tmp_path / "r.csv").write_text('"text"\n"NATO is united."\n\n"We must deter."\n')
    assert stance.distributed.read_files(tmp_path / "*.csv").compute()["text"].fillna("-").tolist() == [
        "NATO is united.", "-", "We must deter."]


@pytest.mark.parametrize("blocksize", [40, "32MB"])
def test_blank_lines_that_end_a_one_column_file_are_no_row_through_dask(tmp_path, capsys, blocksize):
    # As stance score FILE reads them: an editor's empty lines below the last row are no row, an
    # empty line between rows still its empty cell, over partitions of any size.
    (tmp_path / "a.csv").write_text("text\nNATO is united.\n\nWe must deter.\n\n\n")
    (tmp_path / "b.csv").write_bytes(b"text\r\nHold the line.\r\n" + b"\r\n" * 60)
    read = stance.distributed.read_files(tmp_path / "*.csv", blocksize=blocksize).compute()
    assert read["text"].fillna("-").tolist() == ["NATO is united.", "-", "We must deter.", "Hold the line."]
    (tmp_path / "b.csv").unlink()
    many, one = _glob_and_one_file_agree(tmp_path, "a.csv", capsys)
    assert many == one and len(one.splitlines()) == 4


def test_cli_glob_warns_of_a_file_of_no_bytes_it_leaves_out(tmp_path, capsys):
    # A 0-byte file in a glob was left out without a word, where scored alone it is refused: in
    # a batch it is most often an export that failed (an audit). Left out still, now by name.
    (tmp_path / "a.csv").write_text("id,text\n1,We stand together.\n")
    (tmp_path / "z.csv").write_bytes(b"")
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / "out.tsv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "left out 1 file of no bytes" in err and "z.csv" in err and "a.csv" not in err, err
    assert len((tmp_path / "out.tsv").read_text().splitlines()) == 2


@pytest.mark.parametrize("suffix, workers", [(".csv", []), (".csv", ["--workers", "2"]), (".parquet", [])])
def test_cli_glob_warns_of_a_file_whose_texts_another_holds_as_stance_score_in_python_does(tmp_path, capsys, suffix,
                                                                                             workers):
    # An audit by a pipeline engineer: a copied file of a glob was scored twice without a word
    # by the command, with or without --workers, where stance.score of the same glob warned.
    fold = tmp_path / "fold"
    fold.mkdir()
    files = {"a": ["We stand together.", "Bring the brigade home."], "a (copy)": ["We stand together.",
             "Bring the brigade home."], "b": ["More tanks for Kyiv."]}
    for name, texts in files.items():
        frame = pd.DataFrame({"text": texts})
        if suffix == ".csv":
            frame.to_csv(fold / f"{name}.csv", index=False)
        else:
            frame.to_parquet(fold / f"{name}.parquet")
    # The copy is named, not 'a' (the later in name order, as a space sorts before "."): a review.
    said = (f"glob {str(fold / f'*{suffix}')!r}: every text of 'a (copy){suffix}' (2 rows) is in 'a{suffix}' too: "
            f"its statements are trained on, evaluated or scored twice; move it out if it is a copy "
            f"or an earlier result")
    assert main(["score", str(fold / f"*{suffix}"), "-o", str(_outside(tmp_path)), "--no-progress", *workers]) == 0
    err = capsys.readouterr().err
    assert f"stance score: warning: file read twice: {said}\n" in err and err.count("every text of") == 1, err
    assert len(pd.read_csv(_outside(tmp_path))) == 5  # scored still, as stance.score scores them
    with pytest.warns(stance.StanceWarning) as caught:
        stance.score(str(fold / f"*{suffix}"))
    assert [str(w.message) for w in caught if "every text of" in str(w.message)] == [f"file read twice: data: {said}"]
    (fold / f"a (copy){suffix}").unlink()  # no copy, no warning
    for name in ("blank", "blank2"):  # nor of files of blank texts alone, which hold no statements
        frame = pd.DataFrame({"text": [" ", "", "  "]})
        if suffix == ".csv":
            frame.to_csv(fold / f"{name}.csv", index=False)
        else:
            frame.to_parquet(fold / f"{name}.parquet")
    assert main(["score", str(fold / f"*{suffix}"), "-o", str(_outside(tmp_path)), "--no-progress", *workers]) == 0
    assert "every text of" not in capsys.readouterr().err


def test_cli_glob_keeps_its_files_text_keys_in_little_memory():
    # An audit: the streamed glob kept a set of 64-bit hashes of each file's texts, and its check a
    # map from each hash to a set of files: ~410 bytes a distinct text at the peak (4 files of
    # 50,000 rows: maxrss 307 MB -> 356 MB); arrays of the hashes take ~100.
    import tracemalloc
    import warnings

    from stance.distributed import _repeated_files_warned_of

    parts = [pd.DataFrame({"text": [f"statement {f} {r}" for r in range(k, 20_000, 2)]}) for f in range(10)
             for k in range(2)]
    files = [f"{f}.csv" for f in range(10) for _ in range(2)]
    tracemalloc.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no file is a repeat
            assert sum(len(part) for part in _repeated_files_warned_of(iter(parts), files, "text", "f/*.csv", 1)) \
                == 200_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 200_000, peak
    parts += [parts[6], parts[7]]  # a copy of 3.csv, in two parts as the file is
    with pytest.warns(stance.StanceWarning, match=r"glob 'f/\*.csv': every text of 'z.csv' \(20000 rows\) is in "
                                                  r"'3.csv' too"):
        list(_repeated_files_warned_of(iter(parts), [*files, "z.csv", "z.csv"], "text", "f/*.csv", 1))


def test_cli_csv_glob_of_semicolon_files_reads_as_one_file_does(tmp_path, capsys):
    # Excel's "CSV UTF-8" in a decimal-comma locale: ";" between cells, a BOM, CRLF, a decimal comma.
    (tmp_path / "it.csv").write_bytes('id;text;weight\r\n1;"Basta armi; servono negoziati.";0,5\r\n'
                                      '2;La NATO resta unita, oggi.;1,25\r\n'.encode("utf-8-sig"))
    many, one = _glob_and_one_file_agree(tmp_path, "it.csv", capsys)
    assert many == one
    cells = pd.read_csv(io.StringIO(one), sep=";", dtype=str)  # written as its first file is separated
    assert cells.text.tolist() == ["Basta armi; servono negoziati.", "La NATO resta unita, oggi."]
    assert cells.weight.tolist() == ["0,5", "1,25"]
    # Dask reads every file of a glob with one delimiter: files written with others are named.
    (tmp_path / "en.csv").write_text("id,text,weight\n3,Send tanks.,1.5\n")
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 2
    assert "it.csv' separates its cells with semicolons" in capsys.readouterr().err


@pytest.mark.parametrize("content", [
    # A transcript's quotes, text: one opened on line 2 and never closed swallowed the rows below it.
    'id\ttext\n1\t"Not one more cent, he said\n2\tSend tanks to Kyiv.\n3\t"Hold the line" is our motto.\n',
    'id\ttext\n1\t"""Hold the line"" is our motto."\n2\t"Two\nlines"\n',  # CSV quoting, as stance writes TSV
], ids=["text", "csv"])
def test_cli_tsv_glob_reads_quotes_as_one_file_does(tmp_path, capsys, content):
    (tmp_path / "in.tsv").write_text(content)
    many, one = _glob_and_one_file_agree(tmp_path, "in.tsv", capsys)
    assert many == one and len(pd.read_csv(io.StringIO(one))) == (3 if "Kyiv" in content else 2)


def test_cli_tsv_glob_of_files_quoted_otherwise_is_refused(tmp_path, capsys):
    (tmp_path / "a.tsv").write_text('id\ttext\n1\t"Not one more cent, he said\n')
    (tmp_path / "b.tsv").write_text('id\ttext\n2\t"""Hold the line"" is our motto."\n')
    assert main(["score", str(tmp_path / "*.tsv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 2
    assert "b.tsv' is written with CSV quoting" in capsys.readouterr().err
    assert not (_outside(tmp_path)).exists()


def test_cli_tsv_glob_takes_files_that_read_alike_either_way_with_any_other(tmp_path, capsys):
    texts = ['He said "yes" to more troops.', "We agree.", "Send tanks to Kyiv.", 'She said "no" to NATO.']
    # Day 1's quotes are CSV quoting ("He said ""yes"" …", in quotes); day 2 has no quote, day 3's
    # lies inside a cell, text to either reading.
    pd.DataFrame({"id": ["1"], "text": texts[:1]}).to_csv(tmp_path / "day1.tsv", sep="\t", index=False)
    pd.DataFrame({"id": ["2", "3"], "text": texts[1:3]}).to_csv(tmp_path / "day2.tsv", sep="\t", index=False)
    (tmp_path / "day3.tsv").write_text(f"id\ttext\n4\t{texts[3]}\n")
    # Before: "'tg/day1.tsv' is written with CSV quoting … and 'tg/day2.tsv' with quotes as text", exit 2.
    assert main(["score", str(tmp_path / "*.tsv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert sorted(pd.read_csv(_outside(tmp_path), dtype=str)["text"]) == sorted(texts)
    (tmp_path / "day1.tsv").unlink()  # no file with quotes that tell: each line a row, as one file is read
    assert main(["score", str(tmp_path / "*.tsv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert sorted(pd.read_csv(_outside(tmp_path), dtype=str)["text"]) == sorted(texts[1:])
    # Beside R's quotes (after a backslash), read so in every file, a backslash elsewhere would be lost.
    (tmp_path / "day1.tsv").write_text('"id"\t"text"\n1\t"He said \\"yes\\" to more troops."\n')
    assert main(["score", str(tmp_path / "*.tsv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    (tmp_path / "day2.tsv").write_text("id\ttext\n2\tWe agree. ¯\\_(ツ)_/¯\n")
    assert main(["score", str(tmp_path / "*.tsv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 2
    assert "day2.tsv' holds a backslash" in capsys.readouterr().err


def test_cli_csv_glob_refuses_a_file_of_r_s_escaped_quotes(tmp_path, capsys):
    # A glob's .csv files are read with quotes doubled: R's write.table(sep = ",") quote after a
    # backslash made the text 'He said \\no" and left."' without a word; one file alone reads it.
    (tmp_path / "a.csv").write_text('"id","text"\n"1","He said \\"no\\" and left."\n')
    (tmp_path / "b.csv").write_text('id,text\n2,We agree.\n')
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 2
    assert "a.csv' is written with CSV quoting (quoted cells, their quotes after a backslash)" in \
        capsys.readouterr().err
    assert not (_outside(tmp_path)).exists()
    assert main(["score", str(tmp_path / "a.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert pd.read_csv(_outside(tmp_path)).text.tolist() == ['He said "no" and left.']


def test_cli_csv_glob_of_files_whose_columns_come_in_another_order_reads_them_by_name(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("id,text,group\n1,NATO must stay united.,a\n")
    (tmp_path / "b.csv").write_text("text,group,id\nSend tanks to Kyiv.,b,2\n")
    # Before: Dask's "The columns in the computed data do not match the columns in the provided metadata".
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    written = pd.read_csv(_outside(tmp_path), dtype=str)
    assert written.columns[:3].tolist() == ["id", "text", "group"]
    assert written[["id", "text", "group"]].values.tolist() == [["1", "NATO must stay united.", "a"],
                                                               ["2", "Send tanks to Kyiv.", "b"]]


@pytest.mark.parametrize(("suffix", "second", "said"), [
    (".csv", "id,text\n2,Send tanks to Kyiv.\n", "lacks ['group']"),
    (".csv", "id,text,group,speaker\n2,Send tanks to Kyiv.,b,Lee\n", "has ['speaker'] besides"),
    (".parquet", pd.DataFrame({"text": ["Send tanks to Kyiv."], "id": ["2"]}), "lacks ['group']"),
])
def test_cli_glob_of_files_with_other_columns_names_the_file_and_its_columns(tmp_path, capsys, suffix, second,
                                                                               said):
    first = pd.DataFrame({"id": ["1"], "text": ["NATO must stay united."], "group": ["a"]})
    if suffix == ".csv":
        first.to_csv(tmp_path / "a.csv", index=False)
        (tmp_path / "b.csv").write_text(second)
    else:
        pytest.importorskip("pyarrow")
        first.to_parquet(tmp_path / "a.parquet", index=False)
        second.to_parquet(tmp_path / "b.parquet", index=False)
    # Before: Dask's "The columns in the computed data do not match …", or for Parquet a KeyError's traceback.
    assert main(["score", str(tmp_path / f"*{suffix}"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"b{suffix}' {said}" in err and f"a{suffix}'" in err and "['id', 'text', 'group']" in err
    assert len(err.strip().splitlines()) == 1 and not (_outside(tmp_path)).exists()


@pytest.mark.parametrize("earlier", ["scored.csv", "0.csv"])
def test_cli_glob_that_picks_up_an_earlier_output_says_so(tmp_path, capsys, earlier):
    # A second `stance score "g/*.csv" -o g/scored.csv` read the first's output as an input of other
    # columns ("has ['label', …] besides"), as if one of the user's files were wrong; and a glob
    # that matched its own -o wrote over it. Such an -o is refused before any work now; an output
    # moved in by hand is still named as one.
    (tmp_path / "a.csv").write_text("id,text\n001,We stand with Ukraine.\n")
    (tmp_path / "b.csv").write_text("id,text\n002,NATO is united.\n")
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    _outside(tmp_path).rename(tmp_path / earlier)
    capsys.readouterr()
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(tmp_path / earlier), "--no-progress"]) == 2
    assert f"is the input file {str(tmp_path / earlier)!r} (matched by glob" in capsys.readouterr().err
    again = _outside(tmp_path).with_name("again.csv")
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(again), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert f"the glob picked up an earlier output: {str(tmp_path / earlier)!r}" in err, err
    assert not again.exists()


def test_cli_csv_glob_keeps_an_empty_header_name_as_one_file_does(tmp_path, capsys):
    pd.DataFrame({"text": ["NATO must stay united.", "Send tanks."]}).to_csv(tmp_path / "in.csv")
    many, one = _glob_and_one_file_agree(tmp_path, "in.csv", capsys)
    assert many == one and one.startswith(",text,label,")  # was "Unnamed: 0,text,label,…"


def test_cli_glob_of_headers_only_writes_headers_only(tmp_path, capsys):
    (tmp_path / "empty.csv").write_text("id,text\n")
    many, one = _glob_and_one_file_agree(tmp_path, "empty.csv", capsys)
    assert many == one and one.startswith("id,text,label,") and len(one.splitlines()) == 1


@pytest.mark.parametrize(("pattern", "message"), [("nothing*.csv", "no files match"),
                                                  ("mixed*", "files of one type")])
def test_cli_bad_globs(tmp_path, capsys, pattern, message):
    pd.DataFrame({"text": ["a"]}).to_csv(tmp_path / "mixed.csv", index=False)
    pd.DataFrame({"text": ["a"]}).to_json(tmp_path / "mixed.jsonl", orient="records", lines=True)
    status = main(["score", str(tmp_path / pattern), "-o", str(_outside(tmp_path))])
    assert status == 2 and message in capsys.readouterr().err


def test_one_file_dask_cannot_read_is_told_to_drop_workers_not_called_a_glob(tmp_path, capsys):
    # A user audit: `stance score j.jsonl --workers 2` said "'j.jsonl' matches files of type(s)
    # ['.jsonl']; expected files of one type, one of .csv, .tsv, .parquet", and a UTF-16 .csv
    # "the files of a glob are read as UTF-8": no glob was given, and one type was.
    jsonl, utf16 = tmp_path / "j.jsonl", tmp_path / "u16.csv"
    jsonl.write_text('{"id": 1, "text": "We back Ukraine"}\n')
    utf16.write_text("id,text\n1,We back Ukraine\n", encoding="utf-16")
    said = {jsonl: f"{str(jsonl)!r} is a .jsonl file, which Dask (--workers, --scheduler) does not read: it reads "
                   f".csv, .tsv and .parquet; drop --workers or --scheduler to score it on this machine",
            utf16: f"{str(utf16)!r} is UTF-16 (it starts with a byte-order mark), and Dask (--workers, --scheduler) "
                   f"reads files as UTF-8 only; re-save it as UTF-8, or drop --workers or --scheduler"}
    for path, message in said.items():
        for flags in (["--workers", "2"], ["--scheduler", "tcp://127.0.0.1:1"]):  # refused before any cluster
            status = main(["score", str(path), "-o", str(_outside(tmp_path)), *flags])
            err = capsys.readouterr().err
            assert status == 2 and message in err and "glob" not in err, err
        # Without them it is scored, as the message says.
        assert main(["score", str(path), "-o", str(_outside(tmp_path))]) == 0
    # A glob of JSONL files alone is of one type: it is told what a glob reads.
    status = main(["score", str(tmp_path / "*.jsonl"), "-o", str(_outside(tmp_path))])
    err = capsys.readouterr().err
    assert status == 2 and "files of one type" not in err and "a glob reads .csv, .tsv and .parquet files" in err, err


def test_cli_csv_glob_refuses_a_stray_carriage_return_outside_quotes_naming_its_line(tmp_path, capsys):
    # Dask's reader ends a row at it, as pandas did: the row split in two and its columns
    # shifted (a user audit). `stance score FILE` keeps it as text; a glob names it.
    (tmp_path / "a.csv").write_bytes(b'id,text\r\n1,"Quoted\rreturn"\r\n')  # inside quotes Dask reads it alike
    (tmp_path / "b.csv").write_bytes(b"id,text\r\n2,Deterrence now\r\n3,We back\rUkraine\r\n")
    status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 2 and f"{str(tmp_path / 'b.csv')!r}: line 3 holds a carriage return inside a cell that is not " \
        "quoted" in err, err
    (tmp_path / "b.csv").unlink()
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert pd.read_csv(_outside(tmp_path), dtype=str).text.tolist() == ["Quoted\rreturn"]


def test_cli_csv_glob_of_a_file_holding_a_nul_reads_it_whole_or_refuses_it_naming_its_line(tmp_path, capsys):
    # pandas' reader before pandas 3, which Dask uses, ends a cell at a NUL: "We stand\x00
    # together." was scored as "We stand", the rest lost with no word.
    (tmp_path / "a.csv").write_bytes(b"id,text\n1,Deterrence now\n")
    (tmp_path / "b.csv").write_bytes(b"id,text\n2,More aid\n3,We stand\x00 together.\n")
    status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"])
    err = capsys.readouterr().err
    if int(pd.__version__.split(".")[0]) >= 3:
        assert status == 0, err
        written = stance.score(_outside(tmp_path), prefix="again_").text.tolist()
        assert sorted(written) == ["Deterrence now", "More aid", "We stand\x00 together."]
    else:
        assert status == 2 and f"{str(tmp_path / 'b.csv')!r}: line 3 holds a NUL character" in err, err


def test_scheduler_and_workers_exclude_each_other(capsys):
    assert main(["score", "a*.csv", "-o", "out.csv", "--scheduler", "tcp://x:1", "--workers", "2"]) == 2
    assert "not allowed with" in capsys.readouterr().err


def test_a_scheduler_that_is_not_an_address_is_named(capsys, tmp_path):
    import gc

    from stance.distributed import _current_client

    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "in.csv", index=False)
    gc.disable()  # the collector sometimes took the failed client away before the next call
    try:
        status = main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"),
                       "--scheduler", "notanaddress"])
        # and it leaves no default client behind: distributed kept the failed one as the
        # process's default, so the next tests' Dask scoring went to 'notanaddress'
        assert _current_client() is None
    finally:
        gc.enable()
    assert status == 2 and "is not a Dask scheduler address" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_scheduler_that_cannot_be_reached_is_the_machines_failure(capsys, tmp_path, monkeypatch):
    # A user audit: a scheduler that was down exited 2, as bad input does, so a batch job took a
    # passing failure of its infrastructure for one to fix rather than retry: it exits 1 now.
    import dask.distributed

    from stance.distributed import _current_client, score_files

    real = dask.distributed.Client
    # The real client's failure to connect, in 1 s rather than the 10 it is given.
    monkeypatch.setattr(dask.distributed, "Client", lambda address, timeout=None, **options:
                        real(address, timeout="1s", **options))
    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "in.csv", index=False)
    status = main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"),
                   "--scheduler", "tcp://127.0.0.1:1"])
    err = capsys.readouterr().err
    assert status == 1 and err.startswith("stance score: cannot reach a Dask scheduler at 'tcp://127.0.0.1:1'"), err
    assert len(err.splitlines()) == 1 and sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]
    assert _current_client() is None
    # In Python, a ConnectionError: the network's failure, as the file system's are OSErrors.
    with pytest.raises(ConnectionError, match="cannot reach a Dask scheduler"):
        score_files(tmp_path / "in.csv", tmp_path / "out.csv", scheduler="tcp://127.0.0.1:1")


class _FakeDaskFrame:  # what a Dask object looks like to stance when dask cannot be imported
    __module__ = "dask.dataframe.dask_expr._collection"


@pytest.fixture
def without_dask(monkeypatch):
    for name in ("dask", "dask.dataframe", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # `import name` now raises ImportError


def test_missing_extra_is_named(without_dask, capsys, tmp_path):
    advice = r'pip install "dask\[dataframe,distributed\]>=2025\.5"'
    for call in (lambda: stance.score(_FakeDaskFrame()), lambda: stance.train(_FakeDaskFrame())):
        with pytest.raises(stance.MissingDependencyError, match=advice) as error:
            call()
        assert isinstance(error.value, ImportError)
    pd.DataFrame({"text": ["a"]}).to_csv(tmp_path / "a.csv", index=False)
    status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--workers", "2"])
    assert status == 2 and 'pip install "dask[dataframe,distributed]>=2025.5"' in capsys.readouterr().err


def test_one_file_with_excels_sep_line_reads_on_a_cluster_as_on_its_own(client, tmp_path, capsys, energy_frame):
    # --workers or --scheduler send even one file through Dask, which refused Excel's "sep=;"
    # line as "the files of a glob cannot skip" it, and advised "stance score FILE", as given.
    from stance.distributed import score_files

    path, out = tmp_path / "excel.csv", tmp_path / "out"
    out.mkdir()
    frame = energy_frame[["text", "register"]]
    path.write_bytes(("sep=;\r\n" + frame.to_csv(sep=";", index=False, lineterminator="\r\n")).encode("utf-8-sig"))
    assert main(["score", str(path), "-o", str(out / "one.csv"), "--no-progress"]) == 0, capsys.readouterr().err
    one = (out / "one.csv").read_text()
    # below the input's sep= line, separated as it is
    assert pd.read_csv(out / "one.csv", sep=";", skiprows=1, dtype=str).text.tolist() == frame.text.tolist()
    assert main(["score", str(path), "-o", str(out / "cluster.csv"), "--scheduler", client.scheduler.address,
                 "--no-progress"]) == 0, capsys.readouterr().err
    assert (out / "cluster.csv").read_text() == one
    # Read in blocks, each past the first is read under the header, not under Excel's line.
    assert score_files(path, out / "blocks.csv", blocksize=2000) == len(frame)
    assert (out / "blocks.csv").read_text() == one
    # A .tsv whose line names another separator is refused as on its own.
    tsv = tmp_path / "excel.tsv"
    tsv.write_text("sep=;\nid;text\n1;Hold the line.\n")
    assert main(["score", str(tsv), "-o", str(out / "tsv.csv"), "--scheduler", client.scheduler.address]) == 2
    assert "its first line, 'sep=;', says its cells are separated by ';', but a .tsv" in capsys.readouterr().err


def test_a_cell_cut_at_a_block_boundary_is_explained(tmp_path, capsys, monkeypatch):
    # Dask cuts CSV blocks at line ends, inside a quoted cell that spans lines: the message
    # was pandas' "EOF inside string" with a row (and a line hint) counted from the block.
    from stance import distributed

    rows = "".join(f'{i},"We stand together,\nand will for year {i}."\n' for i in range(200))
    (tmp_path / "spans.csv").write_text("id,text\n" + rows)
    real = distributed.read_files
    monkeypatch.setattr(distributed, "read_files", lambda pattern, **kw: real(pattern, blocksize=500))
    status = main(["score", str(tmp_path / "sp*.csv"), "-o", str(_outside(tmp_path))])
    err = capsys.readouterr().err
    assert status == 2 and "Dask reads CSV in blocks cut at line ends" in err and "opens on line" not in err
    assert main(["score", str(tmp_path / "spans.csv"), "-o", str(_outside(tmp_path))]) == 0  # one file reads


def test_a_ragged_row_in_a_later_block_is_named_by_its_files_line(tmp_path, capsys, monkeypatch):
    # pandas counts the line within the block Dask gave it: line 252 of the file was "line 10",
    # of the glob, not the file. The file is read again alone, as one file is, for its own line.
    from stance import distributed

    rows = "".join(f"{i},We stand together for year {i}.\n" for i in range(300)).replace("250,We", "250,x,We")
    (tmp_path / "a.csv").write_text("id,text\n" + rows.replace("250,x,We", "250,We"))
    (tmp_path / "ragged.csv").write_text("id,text\n" + rows)
    real = distributed.read_files
    monkeypatch.setattr(distributed, "read_files", lambda pattern, **kw: real(pattern, blocksize=2000))
    status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path))])
    said = (f"stance score: cannot read {str(tmp_path / 'ragged.csv')!r}: line 252 has 3 fields where the header "
            f"has 2; quote a text that holds a comma (\"…, …\")\n")
    assert status == 2 and capsys.readouterr().err == said
    assert main(["score", str(tmp_path / "ragged.csv"), "-o", str(_outside(tmp_path))]) == 2
    assert capsys.readouterr().err == said  # as one file is told


def test_a_partition_that_fails_names_the_file_it_reads_on_a_local_cluster_too(tmp_path, capsys, monkeypatch):
    # A user audit: of four files, the third with a ragged line 101, `stance score "dir/*.csv"
    # --workers 2` printed a worker's "Compute Failed" and its traceback, then "cannot read
    # 'dir/*.csv': … Expected 5 fields in line 101": 400 files, and no word of which to mend.
    import os
    import subprocess

    frame = pd.DataFrame({"id": range(150), "party": "x", "date": "2024", "speaker": "s",
                          "text": ["We stand together as one alliance."] * 150})
    folder = tmp_path / "dir"
    folder.mkdir()
    for n in range(4):
        frame.to_csv(folder / f"{n}.csv", index=False)
    lines = (folder / "2.csv").read_text().splitlines()
    lines[100] += ",extra"  # line 101, the header line 1
    (folder / "2.csv").write_text("\n".join(lines) + "\n")
    latin = folder.parent / "latin"
    latin.mkdir()
    for n in range(3):
        frame.to_csv(latin / f"{n}.csv", index=False)
    (latin / "1.csv").write_bytes((latin / "1.csv").read_bytes().replace(b"stand", b"st\xe4nd", 1))
    byte = len("0,x,2024,s,We st") + 1  # counted from 1, in its line
    said = {folder: "stance score: cannot read 'dir/2.csv': line 101 has 6 fields where the header has 5; quote "
                    "a text that holds a comma (\"…, …\")\n",
            latin: f"stance score: 'latin/1.csv' is not valid utf-8 (line 2: its byte {byte} is 0xe4, which utf-8 "
                   f"cannot decode); re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 latin/1.csv > "
                   # In place: a copy latin/1.utf8.csv, as this said, is matched by latin/*.csv too.
                   f"converted.tmp && mv converted.tmp latin/1.csv (cp1252 for Excel on Windows; else the file's "
                   f"real encoding)\n"}
    monkeypatch.chdir(tmp_path)
    for source, message in said.items():
        # In this process without workers (no cluster to print its own lines); in a process of its
        # own with them, whose stderr holds whatever the cluster's workers and logging print too.
        assert (main(["score", f"{source.name}/*.csv", "-o", "out.csv", "--no-progress"]),
                capsys.readouterr().err) == (2, message)
        done = subprocess.run([sys.executable, "-m", "stance", "score", f"{source.name}/*.csv", "-o", "out.csv",
                               "--no-progress", "--workers", "2"], capture_output=True, text=True, cwd=tmp_path,
                              env=dict(os.environ), timeout=300)
        assert (done.returncode, done.stderr) == (2, message)
    assert not (_outside(tmp_path)).exists()


CP1252 = "text,id\nWe don\u2019t agree.,1\n".encode("cp1252")
UTF16 = "text,id\nWe stand together.,1\n".encode("utf-16")


@pytest.mark.parametrize(("name", "content", "said"), [
    # Dask reads the first file's start to learn the columns: these raised pandas' traceback.
    # Each named, and its line given, as one file's is: "a file is not valid UTF-8" named none.
    ("a.csv", CP1252, "a.csv' is not valid utf-8 (line 2: its byte 7 is 0x92, which utf-8 cannot decode); re-save"),
    ("a.csv", UTF16, "a.csv' is UTF-16 (it starts with a byte-order mark)"),
    # Dask's wrapper put "An error occurred while calling the read_csv method" first.
    ("a.csv", b"text,id\nWe stand together.,1\nSend tanks.,2,3\n", "a.csv': line 3 has 3 fields where the header "
                                                                   "has 2"),
    # A later file fails on a worker: its UTF-16 was "can't decode byte 0xff in position 0".
    ("c.csv", CP1252, "c.csv' is not valid utf-8 (line 2: its byte 7 is 0x92, which utf-8 cannot decode); re-save"),
    ("c.csv", UTF16, "c.csv' is UTF-16 (it starts with a byte-order mark)"),
    # Without a byte-order mark its NULs are valid UTF-8: the glob's columns were "t\x00e\x00…".
    ("c.csv", UTF16[2:], "c.csv' is not UTF-8: it looks like UTF-16 little-endian without a byte-order mark"),
], ids=["cp1252", "utf16", "ragged", "later-cp1252", "later-utf16", "later-utf16-unmarked"])
def test_a_file_of_a_glob_that_cannot_be_read_is_named_not_a_traceback(tmp_path, capsys, name, content, said):
    (tmp_path / "b.csv").write_text("text,id\nWe stand together.,2\n", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 2 and said in err and "Traceback" not in err and "An error occurred" not in err
    assert not (_outside(tmp_path)).exists()


def test_a_file_of_a_glob_with_a_row_short_of_a_field_is_named_by_its_line(tmp_path, capsys):
    # pandas, on a worker, filled the fields of a row cut short ("4,d" under "id,slug,text")
    # with empty cells, and the glob was scored; the file is refused as on its own.
    (tmp_path / "a.csv").write_text("id,slug,text\n1,a,We stand together.\n2,b,\n")
    (tmp_path / "b.csv").write_text("id,slug,text\n3,c,Send tanks.\n4,d\n")
    said = (f"stance score: cannot read {str(tmp_path / 'b.csv')!r}: line 3 has 2 fields where the header has 3: a "
            f"row cut short (is the file truncated?); give the row every field, empty ones as \",,\"\n")
    for flags in ([], ["--workers", "1"]):
        status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress", *flags])
        assert (status, capsys.readouterr().err) == (2, said), flags
        assert not (_outside(tmp_path)).exists()
    (tmp_path / "b.csv").write_text("id,slug,text\n3,c,Send tanks.\n4,d,\n")  # its empty cell written
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert len(pd.read_csv(_outside(tmp_path))) == 4

def test_a_damaged_parquet_page_names_its_file(tmp_path, capsys):
    # A page that cannot be decoded stopped a glob with "cannot read '*.parquet': …", and one file
    # with "[Errno None] cannot write 'out.csv': None": pyarrow's OSError was taken for the output's.
    import pyarrow.parquet as pq

    frame = pd.DataFrame({"id": range(3000), "text": [f"We stand together, year {n}." for n in range(3000)]})
    for name in ("a", "b", "c"):
        frame.to_parquet(tmp_path / f"{name}.parquet", row_group_size=1000, compression=None)
    column = pq.ParquetFile(tmp_path / "b.parquet").metadata.row_group(1).column(1)  # the texts, rows 1000 on
    damaged = bytearray((tmp_path / "b.parquet").read_bytes())
    start = column.data_page_offset + column.total_compressed_size // 2
    damaged[start:start + 200] = b"\xff" * 200
    (tmp_path / "b.parquet").write_bytes(bytes(damaged))
    for given in ("b.parquet", "*.parquet"):
        status = main(["score", str(tmp_path / given), "-o", str(_outside(tmp_path)), "--no-progress"])
        err = capsys.readouterr().err
        assert status == 2 and err.startswith(f"stance score: cannot read {str(tmp_path / 'b.parquet')!r} (its "), err
    assert not (_outside(tmp_path)).exists()


def test_a_file_named_like_a_glob_is_that_file_on_a_cluster_too(tmp_path):
    # "[1].csv" was expanded as a glob with --workers or --scheduler, reading "1.csv".
    from stance.distributed import _expand

    (tmp_path / "[1].csv").write_text("text\nA from the bracketed file.\n")
    (tmp_path / "1.csv").write_text("text\nB from the other one.\n")
    assert _expand(str(tmp_path / "[1].csv")) == [str(tmp_path / "[1].csv")]
    assert _expand(str(tmp_path / "[0-9].csv")) == [str(tmp_path / "1.csv")]


@pytest.mark.parametrize("on_cluster", [False, True])
def test_cli_parquet_glob_writes_times_alike_in_every_partition(client, tmp_path, capsys, on_cluster):
    # Each file (a partition) chose its own form: "2024-01-04" from a file of midnights,
    # "2024-01-04 00:00:00" from the next, so no one format read the column back.
    when = pd.to_datetime(["2024-01-04", "2024-01-05", "2024-01-06 10:30:00", "2024-01-07"], format="ISO8601")
    frame = pd.DataFrame({"text": ["NATO is united.", "Send tanks.", "Thank you.", "No."], "when": when})
    (tmp_path / "in").mkdir()
    for i in range(2):
        frame.iloc[2 * i:2 * i + 2].to_parquet(tmp_path / "in" / f"part{i}.parquet", index=False)
    cluster = ["--scheduler", client.scheduler.address] if on_cluster else []
    assert main(["score", str(tmp_path / "in" / "*.parquet"), "-o", str(_outside(tmp_path)),
                 "--no-progress", *cluster]) == 0, capsys.readouterr().err
    assert pd.read_csv(_outside(tmp_path), dtype=str).when.tolist() == [
        "2024-01-04 00:00:00", "2024-01-05 00:00:00", "2024-01-06 10:30:00", "2024-01-07 00:00:00"]


def test_cli_parquet_glob_into_parquet_keeps_its_times_as_times(client, tmp_path, capsys):
    # Written as text ("2024-01-04 00:00:00") into a Parquet output too, where stance.score keeps
    # a timestamp; one file scored into Parquet keeps it so too.
    when = pd.to_datetime(["2024-01-04", "2024-01-05", "2024-01-06 10:30:00", "2024-01-07"], format="ISO8601")
    frame = pd.DataFrame({"text": ["NATO is united.", "Send tanks.", "Thank you.", "No."], "when": when})
    (tmp_path / "in").mkdir()
    for i in range(2):
        frame.iloc[2 * i:2 * i + 2].to_parquet(tmp_path / "in" / f"part{i}.parquet", index=False)
    assert main(["score", str(tmp_path / "in" / "*.parquet"), "-o", str(tmp_path / "out.parquet"),
                 "--no-progress"]) == 0, capsys.readouterr().err
    written = pd.read_parquet(tmp_path / "out.parquet").when
    assert written.dtype == frame.when.dtype and written.equals(frame.when)


def test_the_progress_bar_of_a_glob_counts_partitions_against_their_number(tmp_path, capsys):
    # It counted rows against nothing; the partitions are known before any is read.
    from stance.distributed import score_files

    for i in range(2):
        pd.DataFrame({"text": ["We stand together.", "Thank you."]}).to_csv(tmp_path / f"{i}.csv", index=False)
    assert score_files(tmp_path / "*.csv", _outside(tmp_path), progress=True) == 4
    bar = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if line]
    assert " 0/2 " in bar[0] and "100%" in bar[-1] and " 2/2 " in bar[-1] and "4 rows" in bar[-1]


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-C is a process group's SIGINT on POSIX")
def test_an_interrupted_run_drops_the_event_loops_error_logs_of_dask_itself():
    # Interrupted while waiting on the cluster, distributed's sync() schedules a callback
    # that fails (a NameError inside distributed, in 2025.5 and 2026.8 alike), and tornado
    # logged its traceback before "stance score: interrupted" now and then under load.
    import logging

    from stance.distributed import _interrupted_loop_logs_dropped
    from stance.files import interrupts_counted, note_interrupt

    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("tornado.application")
    handler = Keep()
    logger.addHandler(handler)
    try:
        with interrupts_counted(), _interrupted_loop_logs_dropped():
            logger.error("before the interrupt")  # a real error of the loop is still said
            note_interrupt(2)
            logger.error("Exception in callback functools.partial(<function sync.<locals>.cancel>)")
        logger.error("after the run")
    finally:
        logger.removeHandler(handler)
    assert seen == ["before the interrupt", "after the run"]


def test_ctrl_c_on_a_local_cluster_exits_at_once_in_one_line(tmp_path):
    # Ctrl-C reached the workers too: each printed its traceback, and their nannies waited
    # 4 s before killing them, where the path without Dask exits at once with one line.
    import os
    import signal
    import subprocess
    import time

    pd.DataFrame({"text": ["We stand together with our allies.", "Send more tanks to Kyiv now."] * 100_000}).to_csv(
        tmp_path / "in.csv", index=False)
    command = [sys.executable, "-m", "stance", "score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"),
               "--workers", "1", "--no-progress"]
    # Its own group, as a shell's, and Ctrl-C not ignored: a suite started in the background
    # of a script has it ignored, and the child inherited that and scored to the end.
    process = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".out.csv.*.part")):  # the cluster is up and the scores are being written
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read().decode()
        time.sleep(0.05)
    sent = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl-C: the whole foreground group
    _, err = process.communicate(timeout=60)
    # One line, and no nanny's warning: before, each nanny waited 4 s for its worker and said so.
    assert process.returncode == 130 and err.decode() == "stance score: interrupted\n", (
        process.returncode, err.decode()[-2000:], sorted(p.name for p in tmp_path.iterdir()), time.monotonic() - sent)
    assert time.monotonic() - sent < 30
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_workers_beyond_the_cores_are_warned_of(recwarn):
    # Twelve workers on two cores took 16 s for 60 rows, where two took 9 s (a user audit).
    from stance.distributed import _check_workers
    from stance.parallel import usable_cores

    cores = usable_cores()
    assert _check_workers(cores) == cores
    assert not recwarn.list
    with pytest.warns(stance.StanceWarning, match=rf"^workers={cores + 1} asks for more processes than the {cores} "
                                                  rf"cores? this process may use, .*: workers={cores} or fewer is as "
                                                  rf"fast or faster$"):
        assert _check_workers(cores + 1) == cores + 1
    # A review of 38b7e04: more than a few a core are started as that many, and said so, not refused.
    with pytest.warns(stance.StanceWarning, match=rf"; {4 * cores} are started, the most it starts$"):
        assert _check_workers(10**23) == 4 * cores


# Preloads that log, while the local cluster closes, what its workers and nannies log there
# on a loaded machine: a heartbeat in flight when a worker closes its connections fails, and a
# nanny whose worker is slow to stop kills it, each saying so on stderr.
_TEARDOWN_CHATTER = {
    "worker": "def dask_teardown(worker):\n"
              "    try:\n"
              "        raise OSError('Stream is closed')\n"
              "    except OSError:\n"
              "        logging.getLogger('distributed.worker').exception(\n"
              "            'Failed to communicate with scheduler during heartbeat.')\n",
    "nanny": "def dask_teardown(nanny):\n"
             "    logging.getLogger('distributed.nanny').warning(\n"
             "        'Worker process still alive after 4.0 seconds, killing')\n",
}


def test_a_local_cluster_closes_without_its_own_chatter_on_stderr(tmp_path):
    # A user audit: `stance score --workers 2` on a loaded machine printed "distributed.worker -
    # ERROR - Failed to communicate with scheduler during heartbeat." and a CommClosedError's
    # traceback after scoring every row (and a nanny's "still alive after 4.0 seconds, killing");
    # the README promises one line on stderr.
    import os
    import subprocess

    env = dict(os.environ)
    for kind, code in _TEARDOWN_CHATTER.items():
        (tmp_path / f"{kind}_teardown.py").write_text("import logging\n\n\n" + code, encoding="utf-8")
        env[f"DASK_DISTRIBUTED__{kind.upper()}__PRELOAD"] = f'["{tmp_path / f"{kind}_teardown.py"}"]'
    texts = ["We stand together with our allies.", "Send more tanks to Kyiv now.", "Thank you."] * 40
    pd.DataFrame({"text": texts}).to_csv(tmp_path / "in.csv", index=False)
    done = subprocess.run([sys.executable, "-m", "stance", "score", str(tmp_path / "in.csv"), "-o",
                           str(tmp_path / "out.csv"), "--workers", "2", "--no-progress"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0 and done.stderr == f"scored 120 rows into {tmp_path / 'out.csv'}\n", done.stderr
    assert pd.read_csv(tmp_path / "out.csv").label.tolist() == stance.score(texts).label.tolist()


def test_a_worker_logs_as_before_until_it_begins_to_close():
    # What a worker logs while it runs is a real failure, said; only its closing is dropped.
    import logging
    import types

    from distributed.core import Status

    from stance.distributed import _WhileClosing

    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    worker = types.SimpleNamespace(status=Status.running)
    handler, logger = Keep(), logging.getLogger("distributed.worker.test")
    handler.addFilter(_WhileClosing(worker))
    logger.addHandler(handler)
    try:
        logger.error("while running")
        worker.status = Status.paused
        logger.error("while paused")
        for worker.status in (Status.closing_gracefully, Status.closing, Status.closed):
            logger.error("Failed to communicate with scheduler during heartbeat.")
        worker.status = Status.failed
        logger.error("failed")
    finally:
        logger.removeHandler(handler)
    assert seen == ["while running", "while paused", "failed"]


def test_cli_parquet_glob_keeps_a_named_index_as_one_file_does(tmp_path, capsys):
    # The glob's output dropped the "speaker" column, a named index in the files, which
    # `stance score FILE` writes as a column.
    frame = pd.DataFrame({"speaker": ["A", "B", "C", "D"],
                          "text": ["NATO is united.", "Send tanks.", "Thank you.", "No."]}).set_index("speaker")
    (tmp_path / "in").mkdir()
    frame.iloc[:2].to_parquet(tmp_path / "in" / "a.parquet")
    frame.iloc[2:].to_parquet(tmp_path / "in" / "b.parquet")
    frame.to_parquet(tmp_path / "whole.parquet")
    for source, out in ((tmp_path / "in" / "*.parquet", "many.csv"), (tmp_path / "whole.parquet", "one.csv")):
        assert main(["score", str(source), "-o", str(tmp_path / out), "--no-progress"]) == 0, capsys.readouterr().err
    assert (tmp_path / "many.csv").read_text() == (tmp_path / "one.csv").read_text()
    assert pd.read_csv(tmp_path / "many.csv").speaker.tolist() == ["A", "B", "C", "D"]


@pytest.mark.parametrize("on_cluster", [False, True])
def test_cli_parquet_index_reaches_a_glob_and_a_cluster_as_one_file_writes_it(client, tmp_path, capsys, on_cluster,
                                                                              monkeypatch):
    # A named RangeIndex (pandas records its bounds, not a column) ended a glob, and one file
    # with --workers, in Dask's traceback ("KeyError: '[nan] not in index'"); a MultiIndex
    # with an unnamed level in "None of [None] are in the columns". One file without Dask
    # wrote both.
    from stance import distributed

    texts = ["We back Ukraine", "Deterrence now", "Unity", "Thank you.", "Send tanks."]
    frames = {"range": pd.DataFrame({"text": texts}, index=pd.RangeIndex(100, 110, 2, name="row_id")),
              "levels": pd.DataFrame({"text": texts}, index=pd.MultiIndex.from_arrays(
                  [[1, 2, 3, 4, 5], ["v", "w", "x", "y", "z"]], names=["a", None]))}
    cluster = ["--scheduler", client.scheduler.address] if on_cluster else []
    real = distributed.read_files  # partitions of a row group or two, some inside a file
    monkeypatch.setattr(distributed, "read_files", lambda pattern, **kw: real(pattern, **{**kw, "blocksize": 100}))
    for kind, frame in frames.items():
        folder = tmp_path / kind
        (folder / "in").mkdir(parents=True)
        frame.to_parquet(folder / "whole.parquet", row_group_size=2)
        frame.iloc[:1].to_parquet(folder / "in" / "a.parquet")  # b's rows start at the second
        frame.iloc[1:].to_parquet(folder / "in" / "b.parquet", row_group_size=1)
        assert main(["score", str(folder / "whole.parquet"), "-o", str(folder / "one.csv"), "--no-progress"]) == 0
        one = (folder / "one.csv").read_text()
        assert one == stance.score(frame).reset_index().to_csv(index=False)
        sources = [folder / "in" / "*.parquet"] + ([folder / "whole.parquet"] if on_cluster else [])
        for source in sources:
            out = folder / "dask.csv"
            assert main(["score", str(source), "-o", str(out), "--no-progress", *cluster]) == 0, \
                capsys.readouterr().err
            assert out.read_text() == one, source


@pytest.mark.parametrize("on_cluster", [False, True])
def test_cli_parquet_glob_keeps_an_unnamed_index_numbering_a_default_one(client, tmp_path, capsys, on_cluster):
    # A frame's ids without a name were dropped, as by one file. A frame cut in two with iloc
    # gives pandas' default index (0, 1, …) to the first file alone: it is numbered too, so
    # that the glob writes the rows' numbers in the frame, under one header.
    texts = ["We back Ukraine", "x", "Deterrence now", "Unity", "Thank you."]
    frame = pd.DataFrame({"text": texts})
    cluster = ["--scheduler", client.scheduler.address] if on_cluster else []
    for kind, parts in (("cut", [frame.iloc[:2], frame.iloc[2:]]),
                        ("filtered", [frame.iloc[:2].query("text != 'x'"), frame.iloc[2:]])):
        (tmp_path / kind).mkdir()
        for i, part in enumerate(parts):
            part.to_parquet(tmp_path / kind / f"part{i}.parquet")
        out = tmp_path / f"{kind}.csv"
        assert main(["score", str(tmp_path / kind / "*.parquet"), "-o", str(out), "--no-progress", *cluster]) == 0, \
            capsys.readouterr().err
        assert out.read_text() == stance.score(pd.concat(parts)).reset_index().to_csv(index=False)
    # Every file with the default index: nothing to keep.
    frame.to_parquet(tmp_path / "cut" / "part0.parquet")
    frame.to_parquet(tmp_path / "cut" / "part1.parquet")
    assert main(["score", str(tmp_path / "cut" / "*.parquet"), "-o", str(tmp_path / "none.csv"), *cluster]) == 0
    assert pd.read_csv(tmp_path / "none.csv").columns[0] == "text"


def test_dasks_own_default_index_is_left_out_as_pandas_is(tmp_path, capsys):
    # A review: Dask's to_parquet stores a default index as __null_dask_index__, which its own
    # reader left out; read as a file's chunks are, it became the output's first column.
    frame = pd.DataFrame({"text": ["We back Ukraine", "Unity now", "Thank you"] * 4})
    import warnings

    with warnings.catch_warnings():  # Dask's own set_index(inplace=True), which pandas 3.1 deprecates
        warnings.simplefilter("ignore")
        dd.from_pandas(frame, npartitions=3).to_parquet(tmp_path / "parts")
    for given in (str(tmp_path / "parts" / "*.parquet"), str(tmp_path / "parts" / "part.0.parquet")):
        assert main(["score", given, "-o", str(_outside(tmp_path)), "--no-progress"]) == 0, capsys.readouterr().err
        written = pd.read_csv(_outside(tmp_path))
        assert written.columns[0] == "text" and "__null_dask_index__" not in written.columns, given


def test_score_files_refuses_a_progress_that_is_no_bool_before_any_cluster_starts(tmp_path, monkeypatch):
    # progress="no" is true to Python, and showed the bar it meant to turn off.
    import stance.distributed as distributed

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started for a call to refuse")

    monkeypatch.setattr(distributed, "_open_client", no_cluster)
    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "in.csv", index=False)
    with pytest.raises(stance.InvalidTypeError, match=r"^progress must be True, False or None .*got 'no' \(str\)"):
        distributed.score_files(tmp_path / "in.csv", tmp_path / "out.csv", workers=1, progress="no")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def _three_files_of_ids_and_documents(folder):
    """Three CSV files of four rows, each with a document (5,700 characters) in its third row
    and an id column beside the speeches: rows 2, 6 and 10 of the three joined. A speech of
    each is its own: files of the same texts are warned of as copies (see above)."""
    document = "We stand with Ukraine and will keep sending air defence. " * 100
    folder.mkdir()
    for i in range(3):
        pd.DataFrame({"id": [f"{i}-{j}" for j in range(4)],
                      "speech": [f"We stand together as one alliance, day {i}.", "Send Kyiv more air defence now.",
                                 document, "NATO must spend more on defence."]}).to_csv(folder / f"part{i}.csv",
                                                                                     index=False)
    return folder


def test_a_dask_frame_warns_once_of_a_wrong_text_column_and_of_documents(tmp_path):
    # An audit: each partition warned of the same data, so three partitions gave three copies
    # of "text_column='id' holds one or two words…" and three of the documents, one a partition.
    import warnings

    folder = _three_files_of_ids_and_documents(tmp_path / "in")
    frame = pd.concat([pd.read_csv(path) for path in sorted(folder.iterdir())], ignore_index=True)
    lazy = dd.from_pandas(frame, npartitions=3)
    assert lazy.npartitions == 3
    # The ids quoted are those of the partition that warned first: any of the three; the documents
    # of every partition are named, once for the compute (see the test of their rows below).
    for text_column, expected in (("id", "text_column='id' holds figures written as text ('"),
                                  ("speech", "rows 2, 6, 10 hold texts of 5,000 characters or more")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score(lazy, text_column=text_column).compute(scheduler="threads")
        said = [str(warning.message) for warning in caught if issubclass(warning.category, stance.StanceWarning)]
        assert len(said) == 1 and expected in said[0], said
    # Once a call: a second scoring warns again.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.score(lazy, text_column="id").compute(scheduler="threads")
    assert len(caught) == 1, [str(warning.message) for warning in caught]


def test_a_dask_frame_warns_once_of_a_text_that_is_a_spreadsheet_s_error_value():
    # A review of 432e5c33: stance.score of a pandas frame warns of a text "#N/A" (a formula that
    # failed), but of the same rows as a Dask frame said nothing, its partitions checking no text.
    import warnings

    texts = ["Deter Russia with more troops.", "Send Kyiv more air defence.", "We stand together as one alliance.",
             "#N/A", "NATO must spend more on defence.", "We must help Ukraine win."]
    lazy = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=2)
    assert lazy.npartitions == 2 and len(lazy.get_partition(0)) == 3  # "#N/A" in the second
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scored = stance.score(lazy).compute(scheduler="threads")
    said = [str(warning.message) for warning in caught if "spreadsheet" in str(warning.message)]
    assert len(said) == 1 and said[0].startswith("row 3 holds '#N/A', a spreadsheet's error value"), said
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        alike = stance.score(pd.DataFrame({"text": texts}))
    pd.testing.assert_frame_equal(scored.drop(columns="text"), alike.drop(columns="text"))  # scored as pandas'
    assert scored["text"].tolist() == texts


def test_a_dask_frame_s_spreadsheet_error_values_are_named_as_the_frame_s_rows_of_every_partition():
    # The partitions warned once, of the first partition that held one, naming its rows alone and by
    # its own index: of 12 rows in 3 partitions with "#N/A" at rows 1, 5, 9 and "#REF!" at 10 the
    # warning named "rows 9, 10"; of a frame whose partitions number their rows from 0 (as
    # dd.read_csv's do) a "#REF!" at the frame's position 7 was "row 2", where row 2 of each is a statement.
    import warnings

    def said(lazy: Any) -> list[str]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score(lazy).compute(scheduler="threads")
        return [str(warning.message) for warning in caught if "spreadsheet" in str(warning.message)]

    texts = ["Deter Russia with more troops.", "#N/A", "Send Kyiv more air defence.", "We stand with Ukraine."] * 3
    texts[10] = "#REF!"
    lazy = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=3)
    assert lazy.npartitions == 3 and lazy.known_divisions
    warned = said(lazy)
    assert len(warned) == 1 and warned[0].startswith("rows 1, 5, 9, 10 hold '#N/A' (3 times) and '#REF!', a "
                                                     "spreadsheet's error values"), warned
    first = pd.DataFrame({"text": ["We met.", "#N/A", "NATO must stay united.", "#N/A", "We agree."]})
    second = pd.DataFrame({"text": ["We met.", "Deter Russia.", "#REF!"]})
    lazy = dd.concat([dd.from_pandas(first, npartitions=1), dd.from_pandas(second, npartitions=1)])
    assert lazy.npartitions == 2 and lazy.compute().index.tolist() == [0, 1, 2, 3, 4, 0, 1, 2]
    assert not lazy.known_divisions  # so each row is named within its partition, which .partitions[1] finds
    warned = said(lazy)
    assert len(warned) == 1 and warned[0].startswith("partition 0, rows 1, 3; partition 1, row 2 hold "
                                                     "'#N/A' (twice) and '#REF!'"), warned


def _spreadsheet_warnings(compute: Any) -> list[str]:
    """What ``compute()`` warns of spreadsheet's error values, each warning up to "a spreadsheet"."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compute()
    return [str(w.message).split(", a spreadsheet")[0] for w in caught if "spreadsheet" in str(w.message)]


_TWELVE = ["Deter Russia with more troops.", "#N/A", "Send Kyiv more air defence.", "We stand with Ukraine."] * 3


def test_every_compute_that_scores_a_partition_with_a_spreadsheet_error_value_warns_of_its_rows():
    # 4b1ede3a warned once every partition was in, in one process: .head(3) and .partitions[1]
    # of 12 rows in 3 partitions with "#N/A" at rows 1, 5, 9 warned of nothing (before it, "row 1").
    lazy = dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3)
    assert lazy.known_divisions and lazy.divisions == (0, 4, 8, 11)  # rows 1, 5, 9: one a partition
    scored = stance.score(lazy)
    assert _spreadsheet_warnings(lambda: scored.head(3)) == ["row 1 holds '#N/A'"]
    assert _spreadsheet_warnings(lambda: scored.partitions[1].compute()) == ["row 5 holds '#N/A'"]
    assert _spreadsheet_warnings(lambda: scored.partitions[[0, 2]].compute(scheduler="sync")) == [
        "rows 1, 9 hold '#N/A'"]
    for _ in range(2):  # one warning a compute, each compute
        assert _spreadsheet_warnings(lambda: scored.compute(scheduler="threads")) == ["rows 1, 5, 9 hold '#N/A'"]


def test_spreadsheet_error_values_are_warned_of_after_two_computes_overlapped_in_two_threads():
    # Dask's local scheduler swaps Callback.active for an empty set while it computes and puts
    # back what it found at the end: of two computes that overlap in two threads (A starts, B
    # starts, A ends, B ends), B puts back A's empty set, and the finish callback that warns of
    # the kept rows was gone. Every later compute of the 12 rows with "#N/A" at rows 1, 5, 9
    # then warned of nothing, and kept its rows, and its model, for ever.
    from dask.callbacks import Callback, local_callbacks

    from stance import distributed

    scored = stance.score(dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3))
    registered = Callback.active
    first, second = local_callbacks(), local_callbacks()
    first.__enter__()  # what compute A does as it starts, in its thread
    second.__enter__()  # compute B, in another thread
    first.__exit__(None, None, None)  # A ends first
    second.__exit__(None, None, None)
    try:
        assert distributed._AT_COMPUTE_END not in Callback.active
        said = _spreadsheet_warnings(lambda: scored.compute(scheduler="threads"))
    finally:
        Callback.active = registered
    assert sorted(said) == ["row 1 holds '#N/A'", "row 5 holds '#N/A'", "row 9 holds '#N/A'"], said
    assert not distributed._computing  # no compute counted, so no rows kept for an end that never comes


def test_of_two_computes_that_overlap_each_warns_of_its_own_frame_s_rows():
    # Rows were kept while any compute counted by the callbacks ran, and its end warned of every
    # model's: of two scored frames computed at once in two threads, "#N/A" at rows 1, 5, 9 of
    # one and "#REF!" at the same rows of the other, the first to end warned of both, in its
    # thread. Here compute B runs within A, from A's first task's callback: Dask gives it no
    # callbacks, as it gives none to a compute started in another thread while A runs.
    from dask.callbacks import Callback

    from stance import distributed

    other = list(_TWELVE)
    other[1] = other[5] = other[9] = "#REF!"
    scored_a = stance.score(dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3))
    scored_b = stance.score(dd.from_pandas(pd.DataFrame({"text": other}), npartitions=3))
    during_b: list[str] = []

    class ComputeBWithinA(Callback):
        def _pretask(self, key: Any, dsk: Any, state: Any) -> None:
            if not during_b:
                during_b.extend(_spreadsheet_warnings(lambda: scored_b.compute(scheduler="sync")) or ["nothing"])

    with ComputeBWithinA():
        said_a = _spreadsheet_warnings(lambda: scored_a.compute(scheduler="threads"))
    assert sorted(during_b) == ["row 1 holds '#REF!'", "row 5 holds '#REF!'", "row 9 holds '#REF!'"], during_b
    assert said_a == ["rows 1, 5, 9 hold '#N/A'"], said_a
    assert not distributed._computing


def test_a_spreadsheet_error_value_warned_of_as_an_error_leaves_the_compute_s_other_callbacks_to_run():
    # Made an error (python -W error, pytest's filterwarnings = error), the warning of the 12 rows
    # with "#N/A" at rows 1, 5, 9 was raised by a finish callback, in Dask's finally: the finish
    # callbacks after it were skipped, a user's own and a ProgressBar's, whose timer thread kept
    # running. The callbacks are passed in that order here; Callback.active is a set, of no order.
    from dask.callbacks import Callback
    from dask.diagnostics import ProgressBar

    from stance import distributed

    class Finished(Callback):
        def __init__(self) -> None:
            super().__init__()
            self.failed: list[bool] = []

        def _finish(self, dsk: Any, state: Any, errored: bool) -> None:
            self.failed.append(errored)

    scored = stance.score(dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3))
    for scheduler in ("sync", "threads"):
        finished, bar = Finished(), ProgressBar(out=io.StringIO())
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with pytest.raises(stance.StanceWarning, match=r"^rows 1, 5, 9 hold '#N/A', a spreadsheet's error"):
                scored.compute(scheduler=scheduler, callbacks=[distributed._AT_COMPUTE_END, finished._callback,
                                                               bar._callback])
        assert finished.failed == [True]  # as a task's error fails a compute
        assert not bar._running and not bar._timer.is_alive()
        assert not distributed._computing
    assert _spreadsheet_warnings(scored.compute) == ["rows 1, 5, 9 hold '#N/A'"]  # and warned of as before


def test_a_spreadsheet_error_value_of_partitions_numbered_from_0_is_named_by_its_partition(tmp_path):
    # dd.read_csv numbers each block's rows from 0: "row 2" named a row of every partition.
    texts = list(_TWELVE)
    texts[1] = texts[5] = texts[9] = "#REF!"  # read_csv reads "#N/A" as missing
    pd.DataFrame({"text": texts}).to_csv(tmp_path / "t.csv", index=False)
    lazy = dd.read_csv(tmp_path / "t.csv", blocksize=60)
    sizes = [len(lazy.partitions[number]) for number in range(lazy.npartitions)]
    assert lazy.npartitions >= 3 and not lazy.known_divisions and sum(sizes) == 12
    starts = [sum(sizes[:number]) for number in range(len(sizes))]
    where = [(number, row - starts[number]) for row in (1, 5, 9) for number in range(len(sizes))
             if starts[number] <= row < starts[number] + sizes[number]]
    scored = stance.score(lazy)
    for number, row in where:
        assert _spreadsheet_warnings(scored.partitions[number].compute) == [
            f"partition {number}, row {row} holds '#REF!'"]
    named = "; ".join(f"partition {number}, row {row}" for number, row in where)
    assert _spreadsheet_warnings(lambda: scored.compute()) == [f"{named} hold '#REF!'"]


def _long_text_warnings(compute: Any) -> list[str]:
    """What ``compute()`` warns of documents among the texts, each warning up to " hold"."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compute()
    return [str(w.message).removeprefix("text of a document's length: ").split(" hold")[0] for w in caught
            if issubclass(w.category, stance.LongTextWarning)]


def test_a_partition_two_tasks_of_one_compute_score_is_named_once():
    # dask.compute(scored, scored.partitions[0]) scores partition 0 in two tasks, each of which
    # kept its rows: the warning at the compute's end said "rows 1, 1, 5, 9 hold '#N/A'" and, of
    # the documents at rows 2, 6, 10, "rows 2, 2, 6, 10 hold texts", a row named twice.
    import dask

    scored = stance.score(dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3))
    for scheduler in ("sync", "threads"):
        with dask.config.set(scheduler=scheduler):
            assert _spreadsheet_warnings(lambda: dask.compute(scored, scored.partitions[0])) == [
                "rows 1, 5, 9 hold '#N/A'"]
    document = "We stand with Ukraine and will keep sending air defence. " * 100
    texts = ["Deter Russia with more troops.", "Send Kyiv more air defence.", document, "We stand with Ukraine."] * 3
    scored = stance.score(dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=3))
    assert _long_text_warnings(lambda: dask.compute(scored, scored.partitions[0])) == ["rows 2, 6, 10"]


def test_a_dask_frame_s_documents_are_named_as_its_spreadsheet_error_values_are_by_every_compute(tmp_path):
    # The documents warning was given once a call, by the first partition that held one, of its
    # rows alone, by its own index: of 12 rows with a document (5,700 characters) at rows 2, 6, 10,
    # dd.read_csv's second partition (rows 7-11) said "row 3" of row 10, and a second compute or
    # .partitions[1] of the same call nothing; the "#N/A" warning (858ca824) names them all.
    document = "We stand with Ukraine and will keep sending air defence. " * 100
    texts = ["Deter Russia with more troops.", "Send Kyiv more air defence.", document, "We stand with Ukraine."] * 3
    scored = stance.score(dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=3))
    for _ in range(2):  # one warning a compute, each compute
        assert _long_text_warnings(scored.compute) == ["rows 2, 6, 10"]
    assert _long_text_warnings(scored.partitions[1].compute) == ["row 6"]
    pd.DataFrame({"text": texts}).to_csv(tmp_path / "t.csv", index=False)
    lazy = dd.read_csv(tmp_path / "t.csv", blocksize=6000)
    sizes = [len(lazy.partitions[number]) for number in range(lazy.npartitions)]
    assert sizes == [7, 5] and not lazy.known_divisions  # rows 7-11 numbered 0-4: row 10 is its row 3
    scored = stance.score(lazy)
    for _ in range(2):
        assert _long_text_warnings(scored.compute) == ["partition 0, rows 2, 6; partition 1, row 3"]
    assert _long_text_warnings(scored.partitions[1].compute) == ["partition 1, row 3"]


def test_the_processes_scheduler_s_processes_warn_of_the_spreadsheet_error_values_of_their_partitions(tmp_path):
    # Gathered until every partition was in, in one process, the processes scheduler said nothing.
    import subprocess

    script = tmp_path / "processes.py"
    script.write_text(
        "import dask.dataframe as dd, pandas as pd, stance\n"
        "if __name__ == '__main__':\n"
        f"    lazy = dd.from_pandas(pd.DataFrame({{'text': {_TWELVE!r}}}), npartitions=3)\n"
        "    stance.score(lazy).compute(scheduler='processes', num_workers=2)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "PYTHONPATH": str(Path(stance.__file__).parents[1])})
    assert done.returncode == 0, done.stderr
    for row in (1, 5, 9):  # each by the process that scored it
        assert f"StanceWarning: row {row} holds '#N/A', a spreadsheet's error value" in done.stderr, done.stderr


def _recording_warnings() -> None:
    """Run on a worker: its warnings are kept in a list, as well as shown as before."""
    shown = warnings.showwarning
    warnings._stance_seen = []  # type: ignore[attr-defined]

    def recorded(message: Any, *args: Any, **kwargs: Any) -> None:
        warnings._stance_seen.append(str(message))  # type: ignore[attr-defined]
        shown(message, *args, **kwargs)

    recorded.shown = shown  # type: ignore[attr-defined]
    warnings.showwarning = recorded


def _recorded_warnings() -> list[str]:
    """Run on a worker: the warnings it kept since :func:`_recording_warnings`, which stops."""
    warnings.showwarning = getattr(warnings.showwarning, "shown", warnings.showwarning)
    return getattr(warnings, "_stance_seen", [])


def test_a_cluster_s_worker_warns_of_the_spreadsheet_error_values_of_its_partitions(client):
    # A worker sees some partitions only: gathered until all were in, it warned of none.
    lazy = dd.from_pandas(pd.DataFrame({"text": _TWELVE}), npartitions=3)
    client.run(_recording_warnings)
    try:
        with client.as_current():
            stance.score(lazy).compute()
    finally:
        seen = [message for messages in client.run(_recorded_warnings).values() for message in messages
                if "spreadsheet" in message]
    assert sorted(message.split(", a spreadsheet")[0] for message in seen) == [
        "row 1 holds '#N/A'", "row 5 holds '#N/A'", "row 9 holds '#N/A'"], seen


def test_a_second_scoring_of_a_frame_warns_while_the_first_result_is_alive(tmp_path):
    # The test above failed now and then under load: the second scoring gave no warning. Its
    # model node was named by the model's content alone, so Dask gave the second call the
    # expression of the first, and with it the first call's shipped model, which had warned;
    # whether that expression was still alive was the garbage collector's choice. Kept alive
    # here, it always was, and the second call was always silent.
    import warnings

    folder = _three_files_of_ids_and_documents(tmp_path / "in")
    frame = pd.concat([pd.read_csv(path) for path in sorted(folder.iterdir())], ignore_index=True)
    lazy = dd.from_pandas(frame, npartitions=3)
    results = []
    for _ in range(2):
        results.append(stance.score(lazy, text_column="id"))  # each kept alive
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results[-1].compute(scheduler="threads")
        said = [str(warning.message) for warning in caught if issubclass(warning.category, stance.StanceWarning)]
        assert len(said) == 1 and "text_column='id' holds figures written as text" in said[0], said


@pytest.mark.parametrize("on_cluster", [False, True])
def test_a_glob_warns_once_of_a_wrong_text_column_and_of_documents_naming_rows_from_the_start(
        client, tmp_path, capsys, on_cluster):
    # The same audit: a glob of three files gave three copies of each warning, each naming the
    # document "row 2" of its own file; on a cluster the workers printed them, as Python's
    # warnings ("dask/dataframe/core.py:99: StanceWarning: …"), not the command's.
    folder = _three_files_of_ids_and_documents(tmp_path / "in")
    cluster = ["--scheduler", client.scheduler.address] if on_cluster else []
    for text_column, expected in (("id", "stance score: warning: likely the wrong text column: --text-column id "
                                   "holds "
                                         "figures written as text"),
                                  ("speech", "stance score: warning: text of a document's length: rows 2, 6, 10 hold "
                                             "texts of 5,000 characters")):
        assert main(["score", str(folder / "*.csv"), "--text-column", text_column, "-o", str(_outside(tmp_path)),
                     "--no-progress", *cluster]) == 0
        warned = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
        assert len(warned) == 1 and warned[0].startswith(expected), warned
    # Rows are counted from the output's start, as one file's, and every partition's are named:
    # below a first file of one row, the second file's document is row 3, not its own file's row 2.
    (folder / "part0.csv").write_text("id,speech\n0-0,We stand together as one alliance.\n")
    assert main(["score", str(folder / "*.csv"), "--text-column", "speech", "-o", str(_outside(tmp_path)),
                 "--no-progress", *cluster]) == 0
    warned = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(warned) == 1 and warned[0].startswith("stance score: warning: text of a document's length: "
                                                               "rows 3, 7 hold texts of 5,000"), warned
    assert pd.read_csv(_outside(tmp_path)).speech.str.len().iloc[3] == 5700


def test_a_glob_read_with_dask_is_judged_for_its_language_as_one_file_is(tmp_path, capsys):
    # A review of 988bad3a: stance score FILE judged the language of every chunk, but a glob (or
    # --workers), read with Dask, judged none: 40 English rows in one file and tests/data's other
    # languages in another were told nothing, where stance score of the same rows in one file warns
    # "62 of the 110 statements…". Now the partitions are judged as a file's chunks are.
    from tests.conftest import DATA

    folder = tmp_path / "in"
    folder.mkdir()
    english = ["Mr Speaker, this House must stand with Ukraine for as long as it takes."] * 40
    pd.DataFrame({"text": english}).to_csv(folder / "a.csv", index=False)
    pd.read_csv(DATA / "other_languages.csv")[["text"]].to_csv(folder / "b.csv", index=False)
    assert main(["score", str(folder / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    warned = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(warned) == 1 and warned[0].startswith(
        "stance score: warning: text of another language: 62 of the 110 statements of 5 words or more"), warned


def test_a_glob_of_several_files_is_said_to_be_judged_on_rows_spread_over_the_files(tmp_path, capsys, monkeypatch):
    # A review of 04bada5c: the counts of a glob of several files, estimated, were said to be
    # "judged on rows spread over the file", as if one file were read. Now "over the files"; a
    # glob of one file is never told of files (its one partition, which looks so, is counted whole).
    from tests.conftest import DATA

    monkeypatch.setattr(stance.scoring, "_LANGUAGE_SAMPLE", 10)  # 40 and 70 rows: judged on samples, estimated
    folder, alone = tmp_path / "in", tmp_path / "alone"
    folder.mkdir()
    alone.mkdir()
    english = ["Mr Speaker, this House must stand with Ukraine for as long as it takes."] * 40
    pd.DataFrame({"text": english}).to_csv(folder / "a.csv", index=False)
    for place in (folder, alone):
        pd.read_csv(DATA / "other_languages.csv")[["text"]].to_csv(place / "b.csv", index=False)
    told = {}
    for place in (folder, alone):
        assert main(["score", str(place / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
        told[place.name] = [line for line in capsys.readouterr().err.splitlines() if "another language" in line]
    assert len(told["in"]) == 1 and "(judged on rows spread over the files) hold none" in told["in"][0], told
    assert len(told["alone"]) == 1 and "62 of the 70 statements" in told["alone"][0], told


@pytest.mark.parametrize("suffix, sep", [(".csv", ","), (".tsv", "\t")])
def test_a_header_naming_a_column_twice_is_refused_by_dask_as_by_one_file(tmp_path, capsys, suffix, sep):
    # An audit: `stance score dup.csv -o o.csv` refused the header "text,text,id", but with
    # --workers, or as a glob, Dask read the second column as "text.1", scored the first and
    # wrote a header that was not the input's.
    folder = tmp_path / "in"
    folder.mkdir()
    for name, row in (("a", ["We stand with Ukraine.", "Bring the brigade home.", "1"]),
                      ("b", ["We stand together.", "Bring them home.", "2"])):
        (folder / f"{name}{suffix}").write_text(sep.join(["text", "text", "id"]) + "\n" + sep.join(row) + "\n")
    one = folder / f"a{suffix}"
    assert main(["score", str(one), "-o", str(_outside(tmp_path))]) == 2  # one file, read by pandas
    expected = capsys.readouterr().err
    assert expected == (f"stance score: {str(one)!r}: the header names column(s) ['text'] more than once; "
                        f"give every column its own name\n")
    # Dask's path says the same, before any cluster is started or reached.
    for given, flags in ((one, ["--workers", "1"]), (one, ["--scheduler", "tcp://127.0.0.1:1"]),
                         (folder / f"*{suffix}", []), (folder / f"*{suffix}", ["--scheduler", "tcp://127.0.0.1:1"])):
        assert main(["score", str(given), "-o", str(_outside(tmp_path)), "--no-progress", *flags]) == 2, (given, flags)
        assert capsys.readouterr().err == expected, (given, flags)
        assert not _outside(tmp_path).exists()
    # stance.score of a glob or a folder reads each file as one file is read.
    for given in (folder / f"*{suffix}", folder):
        with pytest.raises(stance.InvalidInputError, match=r"the header names column\(s\) \['text'\] more than once"):
            stance.score(given)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet"])
def test_a_missing_text_column_is_told_the_column_of_sentences_by_dask_as_by_one_file(tmp_path, capsys, suffix):
    # An audit: `stance score nt.csv -o o.csv --workers 1` said only "columns present: ['body']",
    # where `stance score nt.csv` went on "Column 'body' holds sentences (4 words at the median):
    # is it the column of statements? (--text-column='body')": Dask's path checked the column on
    # its empty frame of column names, which holds no sentences.
    folder = tmp_path / "in"
    folder.mkdir()
    frame = pd.DataFrame({"id": [1, 2, 3], "body": ["We stand with Ukraine.", "Bring the brigade home.",
                                                   "NATO must stay united."]})
    one = folder / f"a{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(one)
    else:
        frame.to_csv(one, index=False, sep="\t" if suffix == ".tsv" else ",")
    assert main(["score", str(one), "-o", str(_outside(tmp_path))]) == 2  # one file, read by pandas
    expected = capsys.readouterr().err
    assert expected == ("stance score: --text-column text: no such column; columns present: ['id', 'body']. "
                        "Column 'body' holds sentences (4 words at the median): is it the column of statements? "
                        "(--text-column body)\n"), expected
    for given, flags in ((one, ["--workers", "1"]), (one, ["--scheduler", "tcp://127.0.0.1:1"]),
                         (folder / f"*{suffix}", [])):
        assert main(["score", str(given), "-o", str(_outside(tmp_path)), "--no-progress", *flags]) == 2, (given, flags)
        assert capsys.readouterr().err == expected, (given, flags)
    # A Dask DataFrame passed to stance.score is told as the pandas frame is.
    with pytest.raises(stance.InvalidInputError) as plain:
        stance.score(frame)
    with pytest.raises(stance.InvalidInputError) as lazy:
        stance.score(dd.from_pandas(frame, npartitions=2))
    assert str(lazy.value) == str(plain.value) and "(text_column='body')" in str(plain.value)


def test_a_headerless_file_of_one_column_is_told_so_by_dask_as_by_one_file(tmp_path, capsys):
    source = tmp_path / "in" / "a.csv"
    source.parent.mkdir()
    source.write_text("We stand with Ukraine and always will.\nBring the brigade home from the front.\n")
    assert main(["score", str(source), "-o", str(_outside(tmp_path))]) == 2
    expected = capsys.readouterr().err
    assert "header" in expected, expected
    for flags in (["--workers", "1"], ["--scheduler", "tcp://127.0.0.1:1"]):
        assert main(["score", str(source), "-o", str(_outside(tmp_path)), "--no-progress", *flags]) == 2
        assert capsys.readouterr().err == expected, flags


def test_a_link_to_nothing_is_named_through_dask_and_left_out_of_a_glob_with_a_warning(tmp_path, capsys, monkeypatch):
    # A review: `stance score G/part01.csv --workers 1` with part01.csv -> nowhere.csv said "no files
    # match 'G/part01.csv'; give a file or a glob…", where the file named is a link to nothing, and
    # a glob matching it (by Dask or not) left it out without a word.
    from stance.tables import read_table

    monkeypatch.chdir(tmp_path)
    (tmp_path / "G").mkdir()
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."]}).to_csv(tmp_path / "G" / "part00.csv",
                                                                             index=False)
    (tmp_path / "G" / "part01.csv").symlink_to("nowhere.csv")
    (tmp_path / "la.csv").symlink_to("lb.csv")
    (tmp_path / "lb.csv").symlink_to("la.csv")
    said = {"G/part01.csv": f"'G/part01.csv' is a symbolic link whose target ('nowhere.csv', that is "
                            f"{str(tmp_path / 'G' / 'nowhere.csv')!r}) is missing; point the link at the file",
            "la.csv": "'la.csv': its path runs through a symbolic link in a loop (Too many levels of symbolic "
                      "links); point the link at the file"}
    for name, message in said.items():
        for how in (["--workers", "1"], ["--scheduler", "tcp://127.0.0.1:1"]):
            status = main(["score", name, "-o", "o.csv", "--no-progress", *how])
            assert (status, capsys.readouterr().err) == (2, f"stance score: {message}\n")
    left_out = (r"left out 1 symbolic link\(s\) to no file \(part01.csv\) of glob 'G/\*.csv', whose target is missing "
                r"or in a loop; point each at its file, or remove it")
    with pytest.warns(stance.StanceWarning, match=left_out):
        assert len(stance.distributed.read_files("G/*.csv").compute()) == 2
    with pytest.warns(stance.StanceWarning, match="data: " + left_out):
        assert len(read_table("G/*.csv")) == 2
    (tmp_path / "G" / "part00.csv").unlink()  # the link alone: named by the refusal, and not warned of first
    with warnings.catch_warnings(record=True) as caught, pytest.raises(
            stance.InvalidInputError, match=r"glob 'G/\*\.csv' matches no file but 1 symbolic link\(s\) to no file"):
        warnings.simplefilter("always")
        stance.distributed.read_files("G/*.csv")
    assert not caught, [str(warning.message) for warning in caught]


def test_a_folder_given_to_read_files_or_score_files_is_told_the_glob_to_give(tmp_path, monkeypatch):
    # Last session's review: stance.distributed.read_files("parts") said only "'parts' is a directory, not a file",
    # not what it reads instead; it names the glob of the folder's files, one for each type, as `stance score
    # FOLDER` does.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "parts").mkdir()
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(tmp_path / "parts" / "a.csv", index=False)
    said = ("pattern 'parts' is a folder (of a.csv); a file or a glob of files is read, not a folder: give the glob "
            "of its files, 'parts/*.csv'")
    for call in (lambda: stance.distributed.read_files("parts"),
                 lambda: stance.distributed.score_files("parts", "out.csv")):
        with pytest.raises(stance.InvalidInputError) as refused:
            call()
        assert str(refused.value) == said, str(refused.value)
    pd.DataFrame({"text": ["Thank you."]}).to_parquet(tmp_path / "parts" / "b.parquet")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("parts/")
    assert str(refused.value).endswith("'parts/*.csv' or 'parts/*.parquet'"), str(refused.value)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("We agree.")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("notes")
    assert str(refused.value) == "pattern 'notes' is a folder, with no .csv/.tsv/.parquet files in it", str(
        refused.value)


def test_a_folder_given_to_read_files_is_told_as_stance_score_tells_it(capsys, tmp_path, monkeypatch):
    # A review of c78aaff7: distributed._folder_given, a near-copy of the command line's refusal, disagreed with
    # it: a link in a loop beside a real a.csv made the whole listing fail ("no .csv/.tsv/.parquet files in
    # it"), and a folder of ".a.csv" alone was said to hold none, where the command line says a glob skips it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "L").mkdir()
    pd.DataFrame({"text": ["We have a one-speed NATO."]}).to_csv(tmp_path / "L" / "a.csv", index=False)
    (tmp_path / "L" / "loop.csv").symlink_to("loop.csv")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("L")
    assert str(refused.value).endswith("give the glob of its files, 'L/*.csv'"), str(refused.value)
    (tmp_path / "H").mkdir()
    pd.DataFrame({"text": ["We agree."]}).to_csv(tmp_path / "H" / ".a.csv", index=False)
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("H")
    assert "names begin with '.', which a glob skips" in str(refused.value), str(refused.value)
    for folder in ("L", "H"):  # the command line says the same of each given to Dask (alone, it scores it)
        assert main(["score", folder, "-o", "o.csv", "--workers", "1"]) == 2
        said = capsys.readouterr().err
        assert ("'L/*.csv'" if folder == "L" else "names begin with '.', which a glob skips") in said, said


def test_a_globs_link_to_nothing_is_warned_of_under_its_arguments_name_by_score(capsys, tmp_path, monkeypatch):
    # A review of 9899a21b: stance score's warning of a glob's link to nothing bore no argument's name, where
    # train's, evaluate's and check's say "DATA: left out …"; score's says "IN:", Python's its parameter's.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "G").mkdir()
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."]}).to_csv(tmp_path / "G" / "a.csv", index=False)
    (tmp_path / "G" / "b.csv").symlink_to("nowhere.csv")
    assert main(["score", "G/*.csv", "-o", "o.csv", "--no-progress"]) == 0
    assert "stance score: warning: IN: left out 1 symbolic link(s) to no file (b.csv)" in capsys.readouterr().err
    with pytest.warns(stance.StanceWarning, match=r"^pattern: left out 1 symbolic link\(s\) to no file \(b.csv\)"):
        stance.distributed.read_files("G/*.csv")


def test_a_glob_of_links_to_no_file_alone_is_refused_naming_them_by_dask_and_score(capsys, tmp_path, monkeypatch):
    # A review of d5701b98: a glob made only of links to no file was refused "no files match 'C/*'", as if mistyped,
    # the warning that names them shown once per call site only; read_labelled('C/*') names them in its refusal.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "C").mkdir()
    (tmp_path / "C" / "x.csv").symlink_to("gone.csv")
    (tmp_path / "C" / "loop2.tsv").symlink_to("loop2.tsv")
    with warnings.catch_warnings(record=True) as caught, pytest.raises(stance.InvalidInputError) as refused:
        warnings.simplefilter("always")
        stance.distributed.read_files("C/*")
    said = str(refused.value)
    assert "2 symbolic link(s) to no file (loop2.tsv, x.csv)" in said and "no files match" not in said, said
    assert not caught, [str(warning.message) for warning in caught]  # named once, by the refusal
    assert main(["score", "C/*", "-o", "o.csv", "--no-progress"]) == 2
    said = capsys.readouterr().err
    assert "2 symbolic link(s) to no file (loop2.tsv, x.csv), whose target is missing" in said, said
    assert said.count("loop2.tsv") == 1, said


def test_dasks_own_output_folder_in_a_glob_is_warned_of_with_advice_that_reads_it(capsys, tmp_path, monkeypatch):
    # The last session's leftover: Dask's read_files and `stance score` through Dask passed over a subfolder named as
    # a table ("b.csv/", Dask's to_csv output) without a word, where the single-machine readers warn; and the advice
    # they give, the glob 'S/b.csv/*.csv', matched none of Dask's own parts, which it names "0.part".
    monkeypatch.chdir(tmp_path)
    Path("S/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We stand together."]}).to_csv("S/a.csv", index=False)
    dd.from_pandas(pd.DataFrame({"text": ["We differ.", "NATO must deter."]}), npartitions=2).to_csv("S/b.csv")
    assert sorted(path.name for path in Path("S/b.csv").iterdir()) == ["0.part", "1.part"]  # Dask's names
    with pytest.warns(stance.StanceWarning, match=r"^pattern: glob 'S/\*': passed over 1 folder\(s\) named as a "
                                                   r"table \(b\.csv\).*its files \(0\.part, 1\.part\) are named as "
                                                   r"no table; rename them to end in \.csv"):
        assert stance.distributed.read_files("S/*").compute().text.tolist() == ["We stand together."]
    assert main(["score", "S/*", "-o", "o.csv", "--no-progress"]) == 0
    said = capsys.readouterr().err
    assert "stance score: warning: IN: glob 'S/*': passed over 1 folder(s) named as a table (b.csv)" in said, said
    # the advice followed: renamed as it says, the glob it gives reads every row Dask wrote
    dd.from_pandas(pd.DataFrame({"text": ["We differ.", "NATO must deter."]}), npartitions=2).to_csv("T/*.csv")
    for part in Path("S/b.csv").iterdir():
        part.rename(part.with_suffix(".csv"))
    assert sorted(stance.distributed.read_files("S/b.csv/*.csv").compute().text) == ["NATO must deter.", "We differ."]
    assert sorted(path.name for path in Path("T").iterdir()) == ["0.csv", "1.csv"]  # to_csv('out/*.csv') as said
    # a glob of such folders alone is refused naming them, once
    Path("R/c.csv").mkdir(parents=True)
    (Path("R/c.csv") / "0.part").write_text("text\nWe agree.\n")
    with warnings.catch_warnings(record=True) as caught, pytest.raises(stance.InvalidInputError) as refused:
        warnings.simplefilter("always")
        stance.distributed.read_files("R/*")
    assert "glob 'R/*' matches no file but 1 folder(s) named as a table (c.csv)" in str(refused.value), refused.value
    assert not caught, [str(warning.message) for warning in caught]


def _refusal_of_two_parquet_files(first: Any, then: Any, capsys: pytest.CaptureFixture) -> str:
    """What `stance score 'G/*.parquet' -o out.parquet` says of G/a.parquet and G/b.parquet, whose
    column "when" holds ``first`` and ``then``, where it refuses them (exit 2)."""
    Path("G").mkdir()
    pd.DataFrame({"text": ["We stand together.", "Thank you."], "when": first}).to_parquet("G/a.parquet")
    pd.DataFrame({"text": ["NATO must deter.", "No."], "when": then}).to_parquet("G/b.parquet")
    assert main(["score", "G/*.parquet", "-o", "out.parquet", "--no-progress"]) == 2
    return capsys.readouterr().err


# In microseconds, as pandas 3 reads them; pandas 2 read them in nanoseconds, which the messages name.
_DAYS = pd.to_datetime(["2024-01-01", "2024-01-02"]).astype("datetime64[us]")


@pytest.mark.parametrize(("first", "then", "kind", "shown"), [
    (_DAYS, [3, 4], "timestamp[us]", "3 in row 0 of 'G/b.parquet'"),
    ([3, 4], _DAYS, "int64", "Timestamp('2024-01-01 00:00:00') in row 0 of 'G/b.parquet'"),
    (pd.to_timedelta([1, 2], unit="s").astype("timedelta64[us]"), [3, 4], "duration[us]",
     "3 in row 0 of 'G/b.parquet'"),
    ([3.5, None], pd.to_timedelta([1, 2], unit="s"), "double",
     "Timedelta('0 days 00:00:01') in row 0 of 'G/b.parquet'"),
    (_DAYS, _DAYS.tz_localize("Europe/Berlin"), "timestamp[us]",
     "Timestamp('2024-01-01 00:00:00+0100', tz='Europe/Berlin') in row 0 of 'G/b.parquet'"),
    (_DAYS.tz_localize("Europe/Berlin"), _DAYS, "timestamp[us, tz=Europe/Berlin]",
     "Timestamp('2024-01-01 00:00:00') in row 0 of 'G/b.parquet'"),
    (_DAYS, [None, "2024-01-03"], "timestamp[us]", "'2024-01-03' in row 1 of 'G/b.parquet'")])
def test_a_parquet_glob_into_parquet_refuses_a_later_file_of_times_or_numbers_of_another_kind(tmp_path, capsys,
                                                                                              monkeypatch, first,
                                                                                              then, kind, shown):
    # A review of 5e04dc02: times and numbers converted into each other silently (3 written as 1970-01-01
    # 00:00:00.000003, a time as 1704067200000000, 3 as 3µs), and a time without a zone beside one in Berlin was
    # shifted by the offset; a refused row was counted across the glob's files, naming none.
    monkeypatch.chdir(tmp_path)
    said = _refusal_of_two_parquet_files(first, then, capsys)
    assert said.startswith(f"stance score: column 'when' holds {kind} in the rows written before and other values in "
                           f"a later chunk ({shown}), and a Parquet column holds one type; write the output as .csv or "
                           ".jsonl, or give the column one type"), said
    assert not Path("out.parquet").exists()


def test_a_parquet_glob_into_parquet_writes_a_later_file_of_the_same_times_in_another_zone(tmp_path, capsys,
                                                                                         monkeypatch):
    # The same instants, in the first file's zone: nothing is shifted, as pyarrow converts them.
    monkeypatch.chdir(tmp_path)
    Path("G").mkdir()
    pd.DataFrame({"text": ["We stand together.", "Thank you."], "when": _DAYS.tz_localize("Europe/Berlin")}
                 ).to_parquet("G/a.parquet")
    pd.DataFrame({"text": ["NATO must deter.", "No."], "when": _DAYS.tz_localize("UTC")}).to_parquet("G/b.parquet")
    assert main(["score", "G/*.parquet", "-o", "out.parquet", "--no-progress"]) == 0, capsys.readouterr().err
    written = pd.read_parquet("out.parquet").when
    assert written.tolist() == [*_DAYS.tz_localize("Europe/Berlin"), *_DAYS.tz_localize("UTC")]


def test_dasks_json_parts_are_told_advice_that_the_reader_giving_it_can_follow(capsys, tmp_path, monkeypatch):
    # A review of feaabe83: Dask's to_json parts were told to be renamed to .jsonl and read with the glob
    # 'S/b.jsonl/*.jsonl', which a glob read with Dask refuses; the single-machine readers read it.
    monkeypatch.chdir(tmp_path)
    Path("S").mkdir()
    pd.DataFrame({"text": ["We stand together."], "labels": ["unity"]}).to_csv("S/a.csv", index=False)
    dd.from_pandas(pd.DataFrame({"text": ["We differ.", "NATO must deter."], "labels": ["unity", "unity"]}),
                   npartitions=2).to_json("S/b.jsonl")
    assert sorted(path.name for path in Path("S/b.jsonl").iterdir()) == ["0.part", "1.part"]  # Dask's names
    with pytest.warns(stance.StanceWarning) as caught:
        stance.distributed.read_files("S/*")
    said = next(str(w.message) for w in caught if "named as a table" in str(w.message))
    assert "'S/b.jsonl/*.jsonl'" not in said, said
    assert ("rename them to end in .jsonl, as Dask's to_json('out/*.jsonl') names them, and score each on its own "
            "(stance score FILE): a glob read with Dask reads .csv, .tsv and .parquet files only") in said, said
    with pytest.warns(stance.StanceWarning, match=r"give the glob of them, 'S/b\.jsonl/\*\.jsonl'"):
        stance.tables.read_table("S")


def test_dasks_output_folder_given_itself_is_told_how_to_read_its_parts(capsys, tmp_path, monkeypatch):
    # A review of feaabe83: `stance check S1/b.csv` of Dask's to_csv folder (0.part, 1.part) said only that it
    # holds no .csv/.tsv/.jsonl/.parquet files, as did score, train, evaluate and read_files; and `stance score F`
    # of a folder of such a folder and a link to no file named the link alone, where `stance check F` names both.
    monkeypatch.chdir(tmp_path)
    table = pd.DataFrame({"text": ["We differ.", "NATO must deter."], "labels": ["unity", "unity"]})
    dd.from_pandas(table, npartitions=2).to_csv("S1/b.csv", index=False)
    advice = ("its files (0.part, 1.part) are named as no table; rename them to end in .csv, as Dask's "
              "to_csv('out/*.csv') names them, and give the glob of them, 'S1/b.csv/*.csv'")
    for command in (["check", "S1/b.csv"], ["score", "S1/b.csv", "-o", "o.csv"], ["train", "S1/b.csv", "-o", "m"],
                    ["evaluate", "S1/b.csv"]):
        assert main([*command, "--no-progress"] if command[0] == "score" else command) == 2
        said = capsys.readouterr().err
        assert advice in said, (command, said)
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("S1/b.csv")
    assert advice in str(refused.value), refused.value
    Path("F").mkdir()
    Path("S1/b.csv").rename("F/b.csv")
    Path("F/dead.csv").symlink_to("nowhere.csv")
    assert main(["score", "F", "-o", "o.csv", "--no-progress"]) == 2
    said = capsys.readouterr().err
    assert "1 symbolic link(s) to no file (dead.csv)" in said and "1 folder(s) named as a table (b.csv)" in said, said


def test_a_dask_glob_of_links_and_table_folders_alone_names_them_as_the_table_readers_do(tmp_path, monkeypatch):
    # A review of feaabe83: Dask's refusal joined the two with "; and ", the table readers' with "; ".
    monkeypatch.chdir(tmp_path)
    Path("C/b.csv").mkdir(parents=True)
    Path("C/x.csv").symlink_to("gone.csv")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.distributed.read_files("C/*")
    assert ("1 symbolic link(s) to no file (x.csv), whose target is missing or in a loop; point each at its file, or "
            "remove it; 1 folder(s) named as a table (b.csv)") in str(refused.value), refused.value


def test_dasks_advice_to_files_named_as_no_table_names_the_suffixes_it_reads_and_no_marker(tmp_path, monkeypatch):
    # A review of b7ce0ad8: Dask's warning listed .jsonl among the suffixes its glob reads, in the sentence that
    # says its glob reads no .jsonl, and named Spark's _SUCCESS among files "named as no table".
    monkeypatch.chdir(tmp_path)
    Path("S/b.csv").mkdir(parents=True)
    pd.DataFrame({"text": ["We stand together."], "labels": ["unity"]}).to_csv("S/a.csv", index=False)
    for name in ("_SUCCESS", "notes.txt", "part-0.csv.crc"):
        Path("S/b.csv", name).write_text("")
    with pytest.warns(stance.StanceWarning) as caught:
        stance.distributed.read_files("S/*")
    said = next(str(w.message) for w in caught if "named as a table" in str(w.message))
    assert said.endswith("its files (notes.txt) are named as no table, which a glob reads by their suffix, .csv, "
                         ".tsv or .parquet"), said


@pytest.mark.parametrize(("first", "then", "shown"), [
    (_DAYS, [datetime.date(2024, 1, 3), None], "timestamp[us] in the rows written before and other values in a later "
     "chunk (datetime.date(2024, 1, 3) in row 0 of 'G/b.parquet'), and a Parquet column holds one type"),
    # Arrow's dates (dtype_backend="pyarrow"), which pandas gives the kind of its times, were cast to them silently.
    (_DAYS, pd.Series([datetime.date(2024, 1, 3), None], dtype="date32[day][pyarrow]"), "timestamp[us] in the rows "
     "written before and other values in a later chunk (datetime.date(2024, 1, 3) in row 0 of 'G/b.parquet'), and a "
     "Parquet column holds one type"),
    (_DAYS.astype("datetime64[ms]"), pd.to_datetime(["2024-01-03 00:00:00.000001", "2024-01-04"], format="ISO8601"),
     "timestamp[ms] in the rows written before and times finer than ms in a later chunk "
     "(Timestamp('2024-01-03 00:00:00.000001') in row 0 of 'G/b.parquet'), which the column would cut")])
def test_a_parquet_glob_into_parquet_refuses_a_later_file_of_dates_or_finer_times_in_its_words(tmp_path, capsys,
                                                                                             monkeypatch, first,
                                                                                             then, shown):
    # A review of dc335f96: a later file's dates (date32) after timestamps, and its timestamp[ns] with a
    # microsecond after timestamp[ms], were refused with Arrow's words ("object of type <class 'datetime.date'>
    # cannot be converted to int", "Casting from timestamp[ns] to timestamp[ms] would lose data: …"), no row.
    monkeypatch.chdir(tmp_path)
    said = _refusal_of_two_parquet_files(first, then, capsys)
    assert said.startswith(f"stance score: column 'when' holds {shown}"), said
    assert "write the output as .csv or .jsonl" in said, said
    assert not Path("out.parquet").exists()


def test_a_parquet_glob_into_parquet_writes_a_later_file_of_all_null_floats_as_nulls(tmp_path, capsys, monkeypatch):
    # A review of dc335f96: a later file whose column is all-null float64 after timestamps was refused with Arrow's
    # "Unsupported cast from double to timestamp", where an all-null text column is written as nulls.
    monkeypatch.chdir(tmp_path)
    Path("G").mkdir()
    pd.DataFrame({"text": ["We stand together.", "Thank you."], "when": _DAYS}).to_parquet("G/a.parquet")
    pd.DataFrame({"text": ["NATO must deter.", "No."], "when": [float("nan")] * 2}).to_parquet("G/b.parquet")
    assert main(["score", "G/*.parquet", "-o", "out.parquet", "--no-progress"]) == 0, capsys.readouterr().err
    assert pd.read_parquet("out.parquet").when.isna().tolist() == [False, False, True, True]


def test_a_file_of_a_glob_whose_stray_quote_merges_rows_is_refused(tmp_path, capsys):
    # Dask read "2,"We will never…" on to the next quote, 3 rows of 6, exit 0, as `stance score FILE` did.
    (tmp_path / "a.csv").write_text("id,text\n0,We stand together.\n")
    (tmp_path / "q.csv").write_text('id,text\n1,NATO must hold\n2,"We will never abandon Ukraine, as the\n'
                                    '3,Bring the brigade home\n4,The so-called "peace plan" is a trap\n')
    said = (f"stance score: {str(tmp_path / 'q.csv')!r}: the quote that opens a cell on line 3 is not closed there: "
            f"read as CSV quoting, it runs to line 5, and lines 4-5, each a row of 2 fields, are lost in that cell;")
    for flags in ([], ["--workers", "1"]):
        status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress", *flags])
        err = capsys.readouterr().err
        assert status == 2 and err.startswith(said), (flags, err)
        assert not (_outside(tmp_path)).exists()
    # A cell of prose over lines, quoted as a CSV writer quotes it, is read as before.
    pd.DataFrame({"id": [1], "text": ["We will stand\nwith Ukraine, the minister said."]}).to_csv(
        tmp_path / "q.csv", index=False)
    assert main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress"]) == 0
    assert pd.read_csv(_outside(tmp_path))["text"].tolist()[1] == "We will stand\nwith Ukraine, the minister said."


def test_a_file_of_a_glob_that_repeats_its_header_is_warned_of(tmp_path, capsys):
    # Dask read a second header line of `cat a.csv b.csv` as a row to score, id "id", without a word.
    (tmp_path / "a.csv").write_text("id,text\n0,We stand together.\n")
    (tmp_path / "joined.csv").write_text("id,text\n1,NATO must hold.\nid,text\n2,Send tanks.\n")
    said = (f"stance score: warning: {str(tmp_path / 'joined.csv')!r}: row 1 repeats the header ('id', 'text'), "
            f"as files joined with cat repeat it, and is read as a row of those values;")
    for flags in ([], ["--workers", "1"]):
        status = main(["score", str(tmp_path / "*.csv"), "-o", str(_outside(tmp_path)), "--no-progress", *flags])
        err = capsys.readouterr().err
        assert status == 0 and err.count(said) == 1, (flags, err)
        assert len(pd.read_csv(_outside(tmp_path))) == 4


def test_profiling_or_splitting_a_dask_frame_is_refused_with_the_compute_to_add():
    # An audit: stance.score of a Dask frame returns a lazy one, and stance.profile of it was
    # refused as "must be the DataFrame stance.score() returns, got DataFrame", which it is to
    # the eye; score_documents of a Dask frame failed inside ("no attribute 'attrs'").
    frame = pd.DataFrame({"text": ["NATO is united.", "Hungary opposes aid to Ukraine.", None],
                          "speaker": ["A", "B", None]})
    scored = stance.score(dd.from_pandas(frame, npartitions=2))  # no client: local threads
    with pytest.raises(stance.InvalidTypeError, match=r"^scored is a Dask DataFrame, which is lazy: stance\.profile "
                                                      r"reads a pandas one; compute it first, scored\.compute\(\)$"):
        stance.profile(scored, by="speaker")
    # the advice followed gives the pandas path's profile (its speakers a string dtype of Dask's NA)
    pd.testing.assert_frame_equal(stance.profile(scored.compute(), by="speaker"),
                                  stance.profile(stance.score(frame), by="speaker"), check_index_type=False)
    for documents, kind in ((dd.from_pandas(frame, npartitions=2), "DataFrame"),
                            (dd.from_pandas(frame, npartitions=2).text, "Series")):
        with pytest.raises(stance.InvalidTypeError, match=rf"^documents is a Dask {kind}, which is lazy: "
                                                          r"score_documents .* documents\.compute\(\)$"):
            stance.score_documents(documents)


def test_classify_many_of_a_dask_series_with_a_missing_text_names_its_row():
    # An audit: a missing text in a Dask Series was named by its row through the lazy index,
    # which failed inside Dask: "AttributeError: 'Index' object has no attribute 'index'".
    frame = pd.DataFrame({"text": ["NATO is united.", None, "Arm Ukraine now."]}, index=[5, 6, 7])
    texts = dd.from_pandas(frame, npartitions=2).text
    with pytest.raises(stance.InvalidTypeError, match=r"^texts\[6\] must be a str, got a missing value"):
        stance.classify_many(texts)
    with pytest.raises(stance.InvalidTypeError, match=r"^texts\[6\] must be a str, got a missing value"):
        stance.default_model().classify_many(texts)
    whole = dd.from_pandas(frame.fillna("We must deter Russia."), npartitions=2).text
    assert ([p.label for p in stance.classify_many(whole)]
            == [p.label for p in stance.classify_many(whole.compute().tolist())])


def test_evaluating_a_dask_frame_is_refused_as_lazy_not_as_no_dataframe():
    # An audit: stance.evaluate of a Dask frame was refused "data must be a table (a pandas,
    # polars or pyarrow one, …), got DataFrame", which it is to the eye.
    gold = pd.DataFrame({"text": ["NATO is united.", "Hungary opposes aid to Ukraine."],
                         "labels": ["unity", "ukraine_support"], "stance": ["favor", "against"]})
    lazy = dd.from_pandas(gold, npartitions=1)
    with pytest.raises(stance.InvalidTypeError, match=r"^data is a Dask DataFrame, which is lazy: "
                                                  r".* data\.compute\(\)$"):
        stance.evaluate(stance.default_model(), lazy)
    # the advice followed is the pandas path's report
    assert stance.evaluate(None, lazy.compute()).to_frame().equals(stance.evaluate(None, gold).to_frame())


def test_explain_many_and_suggest_read_a_dask_frame_as_the_pandas_one_it_computes_to():
    # A notebook user's audit: model.explain_many(ddf) and stance.suggest(None, ddf) took a
    # Dask DataFrame for an iterable of texts, which gives its column names: they explained and
    # suggested "text" and "speaker" as two statements, with no word, where stance.score(ddf)
    # scores its rows. Both read every row in this process, so they read the frame it computes
    # to, its index kept (a Dask Series too, whose index explain_many numbered 0, 1, … before).
    frame = pd.DataFrame({"text": ["NATO is united.", "Hungary opposes aid to Ukraine.", None,
                                   "Bring the brigade home.", "We must deter Russia."],
                          "speaker": ["A", "B", "C", "D", "E"]}, index=["r5", "r3", "r9", "r1", "r7"])
    lazy = dd.from_pandas(frame, npartitions=2, sort=False)  # no client: local threads
    model = stance.default_model()
    for data, pandas_data in ((lazy, frame), (lazy.text, frame.text)):
        explained = model.explain_many(data, n=1)
        # (Dask makes the index its string dtype of NA)
        pd.testing.assert_frame_equal(explained, model.explain_many(pandas_data, n=1), check_index_type=False)
        assert explained.statement.max() == 4 and explained.index.unique().tolist() == frame.index.tolist()
        with pytest.warns(stance.StanceWarning, match=r"row 'r9'"):  # the missing text, named by its row
            suggested = stance.suggest(None, data, n=3)
        with pytest.warns(stance.StanceWarning, match=r"row 'r9'"):
            expected = stance.suggest(None, pandas_data, n=3)
        assert suggested.index.tolist() == expected.index.tolist() and len(suggested) == 3
        assert suggested.text.tolist() == expected.text.tolist()
        assert set(suggested.text) <= set(frame.text)  # statements, never the frame's column names
    # exclude= a Dask frame too: those labelled already are left out, as of the pandas frame
    with pytest.warns(stance.StanceWarning, match=r"row 'r9'"):
        kept = stance.suggest(None, lazy, n=4, exclude=lazy[lazy.speaker.isin(["A", "B"])])
    assert sorted(kept.index) == ["r1", "r7"]


def test_fit_score_and_a_scorer_read_dask_columns_as_the_pandas_ones_they_compute_to(energy_frame):
    # A notebook user's audit: scikit-learn's calls on Dask columns, model.fit(ddf.text,
    # ddf.labels), model.score(ddf.text, ddf.labels) and stance.scorer(...)(model, X, y), failed
    # inside Dask, "AttributeError: 'Index' object has no attribute 'equals'": the check of X and
    # y shuffled apart took the lazy index for a pandas one. They read the pandas columns the
    # Dask ones compute to, the check included.
    frame = energy_frame.set_axis(pd.RangeIndex(1000, 1000 + len(energy_frame)))
    lazy = dd.from_pandas(frame, npartitions=2)  # no client: local threads
    fitted = stance.StanceModel().fit(lazy.text, lazy.labels)
    expected = stance.StanceModel().fit(frame.text, frame.labels)
    assert fitted.predict(frame.text).tolist() == expected.predict(frame.text).tolist()
    assert fitted.score(lazy.text, lazy.labels) == expected.score(frame.text, frame.labels)
    scorer = stance.scorer("top1_in_gold")
    assert scorer(fitted, lazy.text, lazy.labels) == scorer(expected, frame.text, frame.labels)
    with pytest.raises(stance.InvalidInputError, match="X and y hold the same rows in different orders"):
        stance.StanceModel().fit(lazy.text, lazy.labels.sample(frac=1.0, random_state=0))


@pytest.mark.parametrize("npartitions", [1, 3])
def test_a_dask_frame_of_another_language_is_told_as_its_pandas_frame_is(npartitions):
    # stance.score(dask_frame) judged no language: the 70 rows of tests/data/other_languages.csv,
    # 62 of which stance.score of the pandas frame tells (see the README), were scored untold.
    other = pd.read_csv(Path(__file__).parent / "data" / "other_languages.csv")[["text"]]

    def told(call):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        return [str(w.message) for w in caught if w.category is stance.OtherLanguageWarning]

    expected = told(lambda: stance.score(other))
    assert len(expected) == 1 and expected[0].startswith("text of another language: 62 of the 70 statements")
    lazy = stance.score(dd.from_pandas(other, npartitions=npartitions))
    assert told(lambda: lazy.compute(scheduler="threads")) == expected
    assert told(lambda: lazy.compute(scheduler="threads")) == []  # once a call, as its other warnings
    english = pd.read_csv(Path(__file__).parent / "data" / "energy.csv")[["text"]]
    assert told(lambda: stance.score(dd.from_pandas(english, npartitions=npartitions)).compute()) == []

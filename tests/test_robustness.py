"""Hostile and odd input: a clear error that says what to fix, or a documented neutral answer.

Never a traceback from inside scikit-learn or pandas, never a partial output file.
"""

import os
import re
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import stance
from stance import InvalidInputError, InvalidTypeError
from stance.cli import main
from stance.files import score_file
from stance.model import SMALL_BATCH
from stance.text import is_blank

ROOT = Path(__file__).resolve().parent.parent

ODD_TEXTS = [
    "",
    " \t\n ",
    "\x00\x01\x02 NATO \x7f",
    "Ukraine\x00's security",
    "\ud800 lone surrogate \udfff",
    "السلام عليكم NATO שלום",  # right-to-left scripts mixed with Latin
    "\u202eevil right-to-left override\u202c",
    "🇺🇦🇪🇪 NATO 💪🔥",
    "Мы не одни. We are not alone. 我们不孤单",
    "a" * 10_000,
    "ǅ ﬁ Ⅻ ＮＡＴＯ",  # compatibility characters that NFKC changes
    "\u200b\u200d\ufeff",  # zero-width characters only
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_gives_a_valid_prediction(default_model, text):
    p = default_model.classify(text)
    assert p.label in default_model.labels
    assert p.labels[0] == p.label and all(label in default_model.labels for label in p.labels)
    assert all(0.0 <= v <= 1.0 for v in p.scores.values())
    assert (p.stance is None) == (p.label == "none")


def test_five_megabyte_statement(default_model):
    text = "We will defend every inch of allied territory. " * 110_000
    assert len(text) > 5_000_000
    p = default_model.classify(text)
    assert p.label in default_model.labels
    assert default_model.classify_many([text])[0].labels == p.labels


@pytest.mark.parametrize(("bad", "kind"), [(None, "NoneType"), (7, "int"), (2.5, "float"), (b"x", "bytes"),
                                           (["a"], "list"), (("a",), "tuple"), ({"a": 1}, "dict")])
def test_classify_wrong_types_say_what_was_expected(bad, kind):
    with pytest.raises(InvalidTypeError, match=f"text must be a str, got {kind}") as caught:
        stance.classify(bad)
    assert isinstance(caught.value, TypeError)  # catchable narrowly or broadly



def test_one_row_of_a_table_given_to_classify_is_told_its_text_cell_too():
    # A workshop lecturer's audit: stance.classify(data.iloc[0]) was told "for many statements use
    # classify_many()", which then classified every cell of the row, the speaker's name too. The
    # message names the row's text cell beside it; a Series of texts is still many texts, whatever
    # its index (guessing rows from index names refused texts indexed by their kind, in reviews).
    data = pd.DataFrame({"speaker": ["Mr Healey"], "text": ["We must stand with Ukraine for as long as it takes."]})
    with pytest.raises(InvalidTypeError, match=re.escape(
            "for many statements use classify_many(); for one row of a table (data.iloc[0]), its text cell "
            "(row['text'])")):
        stance.classify(data.iloc[0])
    texts = pd.Series({"speech": "We back Kyiv.", "press_release": "Arm Ukraine now.",
                       "party_platform": "NATO is united."})
    assert len(stance.classify_many(texts)) == len(stance.score(texts)) == 3


def test_a_beginners_wrong_type_is_said_with_what_to_do(default_model, energy_model):
    # An instructor's audit: a Series or a NaN cell got "text must be a str, got Series/float",
    # explain(["a"]) was sent to classify_many (which does not explain), and evaluate with its
    # arguments swapped called the table file no model directory.
    for column in (pd.Series(["a", "b"]), np.array(["a", "b"])):
        with pytest.raises(InvalidTypeError, match=r"got (Series|ndarray); for many statements use classify_many\(\)"):
            stance.classify(column)
    for missing in (float("nan"), np.nan, pd.NA):
        with pytest.raises(InvalidTypeError, match=r"text must be a str, got a missing value \((NaN|<NA>)\)"):
            stance.classify(missing)
    with pytest.raises(InvalidTypeError, match=r"got list; explain takes one statement") as caught:
        default_model.explain(["a"])
    assert "classify_many" not in str(caught.value)
    # an audit: it said "call it on each in turn", where explain_many() is the faster batch path
    batch = (r"; explain takes one statement: for many, the model's explain_many\(texts\) gives every one's table "
             r"in one DataFrame \(stance\.default_model\(\)\.explain_many\(texts\) for the bundled one\)$")
    for explain in (default_model.explain, default_model.explain_html):
        for many in (["a"], ("a", "b"), pd.Series(["a"]), np.array(["a"])):
            with pytest.raises(InvalidTypeError, match=batch):
                explain(many)
    with pytest.raises(InvalidTypeError, match=r"got a missing value \(NaN\)"):
        default_model.explain(float("nan"))
    with pytest.raises(InvalidTypeError, match=r"the model goes first: stance.evaluate\(model, 'test5.csv'\)"):
        stance.evaluate("test5.csv", energy_model)

# A lecturer's audit: stance.classify(df) was "text must be a str, got DataFrame" and
# stance.score_document(df) "text must be a str (the document), got DataFrame", no more, where
# classify(list) named classify_many(); a DataFrame is now sent to the call that takes a table,
# by its column of texts ("text", or the one of sentences), and many documents to score_documents.
def test_a_dataframe_or_many_texts_given_for_one_is_told_the_call_that_takes_them(default_model):
    frame = pd.DataFrame({"year": [2022, 2023], "speech": ["We stand with Ukraine today.", "Bring the brigade home."]})
    table = r"got DataFrame; for a table of statements use stance\.score\(data, text_column='{0}'\), which gives a " \
            r"DataFrame, or classify_many\(data\['{0}'\]\)$"
    for classify in (stance.classify, default_model.classify):
        with pytest.raises(InvalidTypeError, match=table.format("speech")):
            classify(frame)
        with pytest.raises(InvalidTypeError, match=table.format("text")):
            classify(frame.rename(columns={"speech": "text"}))
    for explain in (default_model.explain, default_model.explain_html):
        with pytest.raises(InvalidTypeError, match=r"got DataFrame; explain takes one statement: pass one cell, e\.g\. "
                                                   r"data\['speech'\]\.iloc\[0\], or for every row's table in one "
                                                   r"DataFrame the model's explain_many\(data, text_column='speech'\) "
                                                   r"\(stance\.default_model\(\)\.explain_many\(…\) for the "
                                                   r"bundled one\)$"):
            explain(frame)
    for documents, said in ((frame, r"DataFrame; for a table of documents use stance\.score_documents\(data, "
                                    r"text_column='speech'\)$"),
                            (frame.rename(columns={"speech": "text"}), r"DataFrame; .*score_documents\(data\)$"),
                            (frame["speech"], r"Series; for many documents use stance\.score_documents\(\), which "
                                              r"takes a Series or a dict of them$"),
                            (["a", "b"], r"list; for many documents use stance\.score_documents\(pd\.Series\(")):
        with pytest.raises(InvalidTypeError, match=r"^text must be a str \(the document\), got " + said):
            stance.score_document(documents)
    # The calls they name take them so.
    assert stance.score(frame, text_column="speech").label.tolist() == [p.label for p in
                                                                        stance.classify_many(frame["speech"])]
    assert stance.score_documents(frame, text_column="speech").sentences.document.tolist() == [0, 1]


@pytest.mark.parametrize("bad", ["a string", b"bytes", None, 5, pd.DataFrame({"text": ["a"]})])
def test_classify_many_wrong_containers(bad):
    with pytest.raises(TypeError, match="texts must be an iterable of str"):
        stance.classify_many(bad)


@pytest.mark.parametrize("bad", [[None], [1, "a"], ["a", b"b"], [["nested"]]])
def test_classify_many_wrong_items(bad):
    with pytest.raises(TypeError, match=r"texts\[\d\] must be a str"):
        stance.classify_many(bad)



def test_classify_many_names_a_series_row_by_its_label_and_says_what_to_do():
    # It was "texts[1] must be a str, got float; stance.score() accepts missing values…" for
    # a Series row 'y9' holding None, and for bytes it suggested score() and no decoding.
    with pytest.raises(InvalidTypeError) as caught:
        stance.classify_many(pd.Series(["a", None], index=["x7", "y9"]))
    message = str(caught.value)
    # pandas 3 keeps None in a column of text as NaN
    assert re.match(r"texts\['y9'\] must be a str, got a missing value \((None|NaN)\)", message), message
    assert "dropna()" in message and "stance.score()" in message
    with pytest.raises(InvalidTypeError) as caught:
        stance.classify_many([b"Send tanks"])
    message = str(caught.value)
    assert "texts[0] must be a str, got bytes" in message and "decode bytes first" in message, message
    assert "score()" not in message


@pytest.mark.parametrize(("index", "named"), [([0, 0, 0], "0"), (["a", "a", "a"], "'a'"), ([np.nan] * 3, "nan")])
def test_classify_many_names_a_row_of_a_repeated_index_by_its_position_too(index, named):
    # An audit: texts[0] named the bad row of pd.Series(["x", "y", None], index=[0, 0, 0]),
    # three rows of index 0, where it is at position 2; the README's "How rows are named" names
    # such a row by its position too, as score's warnings do.
    with pytest.raises(InvalidTypeError) as caught:
        stance.classify_many(pd.Series(["x", "y", None], index=index))
    message = str(caught.value)
    assert message.startswith(f"texts: row at position 2 (index {named}) must be a str, got a missing value"), message


def test_classify_many_of_a_series_whose_index_holds_unhashable_labels_classifies_it():
    # A review of a4b8d54: classify_many worked out every Series' row names up front, and pandas'
    # has_duplicates raises TypeError for an index of dicts, so such a Series, classified before
    # and still scored by stance.score, raised a bare "unhashable type: 'dict'".
    texts = ["We back Ukraine.", "Bring them home."]
    series = pd.Series(texts, index=pd.Index([{"a": 1}, {"b": 2}], dtype=object))
    assert stance.classify_many(series) == stance.classify_many(texts)  # the answer of a plain list
    with pytest.raises(InvalidTypeError) as caught:  # a bad row is still named by its label
        stance.classify_many(pd.Series(["x", None], index=pd.Index([{"a": 1}, {"b": 2}], dtype=object)))
    assert str(caught.value).startswith("texts[{'b': 2}] must be a str"), caught.value

def test_score_survives_every_kind_of_bad_cell():
    cells = [None, np.nan, pd.NA, 7, 3.5, b"bytes", ["list"], "", "  ", "\x00", "🇺🇦", "We have a one-speed NATO."]
    frame = pd.DataFrame({"text": pd.Series(cells, dtype=object, index=[5] * len(cells))})
    scored = stance.score(frame)
    assert len(scored) == len(cells) and scored.index.tolist() == [5] * len(cells)
    assert scored.flag.tolist()[:9] == ["missing", "missing", "missing", "not_text", "not_text", "not_text",
                                        "not_text", "empty", "empty"]
    assert scored.label.iloc[-1] == "unity"


@pytest.mark.parametrize("bad", [None, 5, "text", b"text"])
def test_score_wrong_container(bad):
    with pytest.raises(TypeError, match="data must be a DataFrame, Series or iterable of str"):
        stance.score(bad)


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["a list"]])
def test_score_document_wrong_type(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        stance.score_document(bad)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x00", "no punctuation at all", "...", "\n\n\n- \n- "])
def test_score_document_odd_documents(text):
    doc = stance.score_document(text)
    assert list(doc.profile.columns)[:4] == ["n", "share", "favor", "against"]
    assert len(doc.sentences) <= max(1, text.count("\n") + 1)


@pytest.mark.parametrize("bad", [None, 5, ["a.csv"], b"path"])
def test_train_wrong_data_type(bad):
    with pytest.raises(TypeError, match=r"^data must be a table \(a pandas, polars or pyarrow one, "
                                         r"or a dict of columns\), a Dask DataFrame, or a path"):
        stance.train(bad)


@pytest.mark.parametrize("bad", [None, 5, ["dir"]])
def test_load_wrong_type(bad):
    with pytest.raises(TypeError, match="path must be a str or path"):
        stance.load(bad)


def test_train_text_column_with_nan_none_and_ints_names_the_rows(energy_frame):
    frame = energy_frame.copy().astype(object)
    frame.loc[1, "text"] = np.nan
    frame.loc[4, "text"] = None
    frame.loc[9, "text"] = 12
    with pytest.raises(InvalidInputError, match="rows 1, 4, 9 have no text"):
        stance.train(frame, stance_column="stance")


def test_train_with_a_duplicated_index(energy_frame):
    frame = energy_frame.set_index(pd.Index([0] * len(energy_frame)))
    model = stance.train(frame, stance_column="stance")
    assert model.labels == ("gas", "none", "nuclear", "renewables")


# -- files --------------------------------------------------------------------------------

def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_csv_with_a_bom_is_read(tmp_path, energy_frame):
    csv = energy_frame.to_csv(index=False).encode("utf-8")
    path = write(tmp_path / "bom.csv", b"\xef\xbb\xbf" + csv)
    assert stance.train(path, stance_column="stance").labels == ("gas", "none", "nuclear", "renewables")


def test_latin1_csv_gets_advice(tmp_path):
    path = write(tmp_path / "latin.csv", "text,labels\nCaf\xe9 talk,none\nPl\xe4ne,x\n".encode("latin-1"))
    with pytest.raises(InvalidInputError, match="not valid utf-8.*encoding='cp1252'"):
        stance.train(path)


def test_latin1_csv_reads_with_the_encoding_given(tmp_path, energy_frame):
    path = tmp_path / "latin.csv"
    energy_frame.assign(text=energy_frame.text + " café").to_csv(path, index=False, encoding="latin-1")
    model = stance.train(path, stance_column="stance", encoding="latin-1")
    assert model.training_["rows"] == len(energy_frame)


def test_ragged_csv_row_is_named(tmp_path):
    path = write(tmp_path / "ragged.csv", b"text,labels\na,x\nb,y,surplus,cells\nc,x\n")
    with pytest.raises(InvalidInputError, match="cannot read.*line 3"):
        stance.train(path)


@pytest.mark.parametrize("content", [b"", b"text,labels\n"])
def test_empty_files(tmp_path, content):
    path = write(tmp_path / "empty.csv", content)
    with pytest.raises(InvalidInputError, match="empty|no rows"):
        stance.train(path)


def test_million_character_field_is_read(tmp_path, energy_frame):
    frame = energy_frame.copy()
    frame.loc[0, "text"] = "More wind turbines now. " * 42_000
    assert len(frame.text[0]) > 1_000_000
    path = tmp_path / "huge.csv"
    frame.to_csv(path, index=False)
    model = stance.train(path, stance_column="stance")
    assert model.training_["rows"] == len(frame)
    out = tmp_path / "out.csv"
    assert main(["score", str(path), "-o", str(out)]) == 2  # labels/stance columns would clash
    model.save(tmp_path / "energy")
    assert main(["score", str(path), "-o", str(out), "--prefix", "pred_", "--model", str(tmp_path / "energy")]) == 0
    scored = pd.read_csv(out)
    assert scored.shape[0] == len(frame) and scored.pred_label[0] == "renewables"


def test_score_file_fails_whole_or_not_at_all(tmp_path, monkeypatch):
    source = tmp_path / "in.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO."] * 10}).to_csv(source, index=False)
    target = tmp_path / "out.csv"
    target.write_text("previous output\n")
    calls = {"n": 0}
    real = stance.StanceModel._batch

    def flaky(self, texts):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("worker died")
        return real(self, texts)

    monkeypatch.setattr(stance.StanceModel, "_batch", flaky)
    with pytest.raises(RuntimeError, match="worker died"):
        score_file(source, target, chunk_size=3)
    assert target.read_text() == "previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]


@pytest.mark.parametrize(
    "argv",
    [["classify", "--model", "nowhere", "x"], ["score", "missing.csv", "-o", "o.csv"],
     ["document", "missing.txt"], ["train", "missing.csv", "-o", "m"], ["evaluate", "missing.csv"],
     ["info", "--model", "nowhere"], ["classify", "--bogus"], ["train", "x.xlsx", "-o", "m"]],
)
def test_cli_bad_input_exits_2_with_one_line(capsys, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    _, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_cli_train_on_bad_data_leaves_nothing(capsys, tmp_path):
    path = write(tmp_path / "bad.csv", b"text,labels\na,x\nb,x\n")
    assert main(["train", str(path), "-o", str(tmp_path / "model")]) == 2
    assert "at least two different labels" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()


# -- properties ---------------------------------------------------------------------------

@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
@example(text="\u200b")  # blank by rule, though str.strip keeps it: the test's own case failed at random
def test_any_string_gives_a_valid_and_consistent_prediction(default_model, text):
    p = default_model.classify(text)
    assert p.label in default_model.labels
    assert all(0.0 <= v <= 1.0 for v in p.scores.values())
    assert (p.stance is None) == (p.label == "none")
    q = default_model.classify_many([text])[0]
    assert q == p
    # predict_proba always takes the batch path; it adds in the same order. Blank text (spaces,
    # or marks that show nothing, "\u200b") is none by rule in classify, not in predict_proba.
    if not is_blank(text):
        assert default_model.predict_proba([text])[0].tolist() == [p.scores[label] for label in default_model.labels]


def test_single_and_batch_paths_give_identical_predictions(default_model, energy_model):
    # classify() has a path of its own for speed; classify_many() of a batch large enough
    # to take the batch path must give equal Predictions, probabilities to the last bit.
    for model, path in ((default_model, "datasets/challenge/challenge_spoken.csv"),
                        (energy_model, "tests/data/energy.csv")):
        texts = pd.read_csv(ROOT / path, dtype=str, keep_default_na=False).text.tolist()
        assert len(texts) > SMALL_BATCH  # so that classify_many takes the batch path
        assert model.classify_many(texts) == [model.classify(text) for text in texts]
        probabilities = model.predict_proba(texts)
        assert probabilities.tolist() == [[model.classify(t).scores[label] for label in model.labels] for t in texts]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=120), min_size=1, max_size=6))
def test_score_rows_equal_classify(default_model, texts):
    scored = stance.score(texts, model=default_model)
    for text, (_, row) in zip(texts, scored.iterrows()):
        p = default_model.classify(text)
        assert row.label == p.label and row.labels == "|".join(p.labels) and row.stance == p.stance
        assert row.confidence == pytest.approx(p.confidence, abs=1e-12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=120), min_size=1, max_size=5))
def test_save_then_load_predicts_identically(energy_model, tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("m") / "model"
    energy_model.save(folder)
    loaded = stance.load(folder)
    np.testing.assert_array_equal(loaded.predict_proba(texts), energy_model.predict_proba(texts))


# -- threads ------------------------------------------------------------------------------

def test_eight_threads_agree_with_a_sequential_run(default_model, corpus_frame):
    texts = corpus_frame.text.tolist()[:400]
    sequential = [(p.labels, p.stance, p.scores) for p in map(default_model.classify, texts)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(default_model.classify, texts))
    assert [(p.labels, p.stance, p.scores) for p in threaded] == sequential


def test_lazy_default_model_loads_once_under_threads(monkeypatch):
    import stance.defaults as defaults
    import stance.persistence as persistence

    monkeypatch.setattr(defaults, "_default", None)
    monkeypatch.setattr(defaults, "_bundled_params", None)  # restored with _default: the three go together
    monkeypatch.setattr(defaults, "_bundled_state", {})  # (what a pickle of it compares with)
    loads = []
    real = persistence.load_model

    def counting(path):
        loads.append(threading.get_ident())
        return real(path)

    monkeypatch.setattr(persistence, "load_model", counting)
    barrier = threading.Barrier(8)

    def get():
        barrier.wait()
        return stance.default_model()

    with ThreadPoolExecutor(max_workers=8) as pool:
        models = list(pool.map(lambda _: get(), range(8)))
    assert len(loads) == 1 and all(m is models[0] for m in models)


# -- found by a user audit: each was a traceback, silent data loss or a wrong answer --------

def test_a_trailing_delimiter_on_every_line_does_not_shift_columns(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("text,labels\nWe must stand together,unity,\nNice weather,none,\n")
    frame = stance.tables.read_table(path)
    assert frame.columns.tolist() == ["text", "labels"]
    assert frame.text.tolist() == ["We must stand together", "Nice weather"]


def test_a_line_with_more_values_than_the_header_is_refused(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("text,id\nWe must stand together,1,surplus\nNice weather,2,surplus\n")
    # the line is named, as pandas' own message does for a later row (the eleventh audit)
    with pytest.raises(InvalidInputError, match="line 2 holds 3 values, more than the header's 2 columns"):
        stance.tables.read_table(path)


@pytest.mark.parametrize("gold", [None, "", "|"])
def test_evaluate_names_a_row_without_a_gold_label(gold):
    frame = pd.DataFrame({"text": ["We have a one-speed NATO.", "Hello."], "labels": ["unity", gold]},
                         index=["a", "b"])
    with pytest.raises(InvalidInputError, match="row 'b' has no gold label"):
        stance.evaluate(None, frame)


def test_evaluate_refuses_no_rows_and_foreign_labels():
    with pytest.raises(InvalidInputError, match="no rows"):
        stance.evaluate(None, pd.DataFrame({"text": [], "labels": []}))
    with pytest.raises(InvalidInputError, match="none of its labels"):
        stance.evaluate(None, pd.DataFrame({"text": ["a", "b"], "labels": ["1", "2"]}))
    with pytest.warns(UserWarning, match="'wind'"):
        stance.evaluate(None, pd.DataFrame({"text": ["a", "b"], "labels": ["unity", "wind"]}))
    with pytest.warns(UserWarning, match="'FAVOR'"):
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"],
                                            "stance": ["FAVOR"]}))


def test_evaluate_says_when_unknown_gold_values_are_the_models_in_another_case_or_joined_by_commas():
    with pytest.raises(InvalidInputError, match="'UNITY' is 'unity' in this model"):
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["UNITY"]}))
    with pytest.warns(UserWarning, match="'Favor' is 'favor' in this model"):
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"],
                                            "stance": ["Favor"]}))
    with pytest.warns(UserWarning, match="'agianst' is 'against' in this model"):
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"],
                                            "stance": ["agianst"]}))
    with pytest.warns(UserWarning, match="'unity, deterrence' looks like several labels: join them with '[|]'"):
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO.", "Deter Russia."],
                                            "labels": ["unity", "unity, deterrence"]}))
    with warnings.catch_warnings(record=True) as caught:  # a value that is nobody's gets no guess
        warnings.simplefilter("always")
        stance.evaluate(None, pd.DataFrame({"text": ["a", "b"], "labels": ["unity", "wind"]}))
    assert next(str(w.message) for w in caught if "wind" in str(w.message)).endswith(
        "of the 1 row with one, 1 has no other gold label and so is a top-1 miss; 'wind' in row 1")


def test_macro_f1_leaves_out_labels_neither_gold_nor_predicted():
    # Two statements, both right: every label that occurs scores F1 = 1, and the three
    # labels that occur nowhere are not averaged in as zeros.
    report = stance.evaluate(None, pd.DataFrame({
        "text": ["We have a one-speed NATO.", "Bring the brigade home from Lithuania."],
        "labels": ["unity", "eastern_flank"]}))
    assert report.metrics["top1_in_gold"] == 1.0
    assert report.metrics["macro_f1"] == 1.0


@pytest.mark.parametrize(
    ("options", "message"),
    [({"min_df": -1}, "min_df"), ({"max_features": 0}, "max_features"), ({"max_iter": 0}, "max_iter"),
     ({"threshold_folds": -1}, "threshold_folds"), ({"random_state": -1}, "random_state"),
     ({"random_state": 2.5}, "random_state"), ({"class_weight": "weird"}, "class_weight"),
     ({"class_weight": {"wind": 2.0}}, "class_weight"), ({"stem": "yes"}, "stem"),
     ({"C": float("nan")}, "C must be"), ({"min_df": 1000}, "lower min_df"),
     # liblinear never returned from these, and no signal stopped it (the training audit)
     ({"C": 1e-300}, "C must be at least 1e-12"), ({"stance_C": 1e-200}, "stance_C must be at least"),
     ({"C": 1e200}, r"^C must be at most 1e\+12 \(scikit-learn's solver does not finish far above it\), got 1e\+200$"),
     ({"stance_C": 1e13}, "stance_C must be at most 1e"),
     # softmax's classes are the labels, so {0: 1, 1: 10} weighed the second label, not positives
     ({"class_weight": {0: 1, 1: 10}, "target_head": "softmax"}, "class_weight=.*softmax")],
)
def test_bad_training_options_name_the_option(energy_frame, options, message):
    with pytest.raises(InvalidInputError, match=message):
        stance.train(energy_frame, **options)


@pytest.mark.parametrize(("options", "message"), [
    ({"class_weight": {0: 1, 1: float("inf")}}, r"^class_weight: the weight of 1 must be a finite number, got inf$"),
    ({"class_weight": {0: float("nan"), 1: 1}}, r"^class_weight: the weight of 0 must be a finite number, got nan$"),
    ({"stance_class_weight": {"favor": float("inf"), "against": 1}},
     r"^stance_class_weight: the weight of 'favor' must be a finite number, got inf$"),
    # A weight multiplies C: 1e300 hung training as C=1e300 does, and 10**400 ended in OverflowError.
    ({"class_weight": {0: 1, 1: 1e300}}, r"^class_weight: the weight of 1 must be at most 1e\+12 \(it multiplies "
                                         r"C, and scikit-learn's solver does not finish far above it\), got 1e\+300$"),
    ({"class_weight": {0: 10**400, 1: 1}}, r"^class_weight: the weight of 0 must be at most 1e\+12 .*, got an int of "
                                           r"401 digits$"),
    ({"stance_class_weight": {"favor": 1e13, "against": 1}},
     r"^stance_class_weight: the weight of 'favor' must be at most 1e\+12 .*, got 10000000000000\.0$"),
])
def test_a_class_weight_that_is_not_finite_or_too_large_is_refused(energy_frame, options, message):
    # The training audit: an infinite weight trained a model that had learned nothing (every
    # probability 0.5, every statement the first label), with no error, and saved Infinity,
    # which is not JSON, in metadata.json.
    with pytest.raises(InvalidInputError, match=message):
        stance.train(energy_frame, stance_column="stance", **options)


def test_a_max_features_that_keeps_only_stance_cues_is_refused_plainly():
    # The training audit: max_features=1 kept the stance head's cue START_we (every row opens
    # with "we"), which the label heads do not read, and scikit-learn's traceback said "Found
    # array with 0 feature(s)".
    words = {"a": ["alliance", "allies", "united"], "b": ["weather", "football", "traffic"]}
    frame = pd.DataFrame([{"text": f"we {'reject' if i % 3 else 'back'} {words[label][i % 3]} {i}",
                           "labels": label, "stance": "against" if i % 3 else "favor"}
                          for label in words for i in range(12)])
    message = (r"^max_features=1 kept 1 feature, 'START_we', a stance cue that only the stance head reads: the label "
               r"heads have no feature to learn from; raise max_features$")
    # "we" and START_we tie (every row opens with "we"); which one max_features keeps is
    # scikit-learn's sort's, and numpy's sort breaks the tie otherwise before 2.0: asked of it.
    from sklearn.feature_extraction.text import CountVectorizer

    from stance.text import make_analyzer

    kept = CountVectorizer(analyzer=make_analyzer(negation=True, opening=True), max_features=1).fit(frame.text)
    if list(kept.vocabulary_) == ["START_we"]:
        with pytest.raises(InvalidInputError, match=message):
            stance.train(frame, stance_column="stance", max_features=1, threshold_folds=0)
    else:  # the word kept: the label heads have it, and train
        assert list(kept.vocabulary_) == ["we"]
        model = stance.train(frame, stance_column="stance", max_features=1, threshold_folds=0)
        assert list(model.params_.vocabulary) == ["we"]


def test_text_without_words_is_refused_plainly():
    frame = pd.DataFrame({"text": ["!!!", "???", "...", "!?", "?!", ".."], "labels": list("ababab")})
    with pytest.raises(InvalidInputError, match="no text has a word"):
        stance.train(frame)


def test_numpy_number_options_train_save_and_load(energy_frame, tmp_path):
    model = stance.train(energy_frame, random_state=np.int64(3), ngram_max=np.int64(2), C=np.float64(10))
    model.save(tmp_path / "m")
    loaded = stance.load(tmp_path / "m")
    assert loaded.random_state == 3 and type(loaded.random_state) is int
    assert loaded.classify("Build more turbines.").scores == model.classify("Build more turbines.").scores


def test_stance_values_that_look_like_typos_are_refused(energy_frame):
    typo = energy_frame.copy()
    first_target_row = typo.index[typo.labels != "none"][0]
    typo.loc[first_target_row, "stance"] = typo.loc[first_target_row, "stance"].capitalize()
    value = typo.loc[first_target_row, "stance"]
    # The row to correct is named: the rarer spelling's.
    with pytest.raises(InvalidInputError, match=f"differ only in case: '{value}' \\(1: row {first_target_row}\\) "
                                                f"and '{value.lower()}' \\(\\d+\\);"):
        stance.train(typo, stance_column="stance")
    stray = energy_frame.copy()
    stray.loc[first_target_row, "stance"] = "neutral"
    with pytest.raises(InvalidInputError, match=f"'neutral' \\(1: row {first_target_row}\\)"):
        stance.train(stray, stance_column="stance")
    misspelt = energy_frame.copy()
    misspelt.loc[first_target_row, "stance"] = "agianst"
    with pytest.raises(InvalidInputError, match=f"'agianst' \\(1: row {first_target_row}; a typo of 'against'\\?\\)"):
        stance.train(misspelt, stance_column="stance")


@pytest.mark.parametrize("column, bad", [
    ("labels", "\x1b]0;PWNED\x07\x1b[2J\x1b[31mrenewables"),  # sets the terminal's title, clears it
    ("labels", "renew\u202eables"),  # a right-to-left override: prints as "renewselba"
    ("stance", "fa\tvor"),
])
def test_names_with_control_characters_are_refused_naming_a_row(energy_frame, column, bad):
    # They trained, and `stance classify` and `stance info` printed them raw, so the escapes
    # acted on the terminal; training refuses them (a load takes them, as older models hold
    # them, and the command line prints them escaped).
    frame = energy_frame.copy()
    good = "renewables" if column == "labels" else "favor"
    first = frame.index[frame[column] == good][0]
    frame[column] = frame[column].str.replace(good, bad, regex=False)
    with pytest.raises(InvalidInputError, match=rf"{re.escape(repr(bad))} \(rows? {first}\b.* control character"):
        stance.train(frame, stance_column="stance", threshold_folds=0)


@pytest.mark.parametrize("none_label", ["", "none\x1b[2J"])
def test_an_off_topic_label_a_load_would_refuse_is_refused_before_training(energy_frame, none_label):
    # It trained (with a warning that no row has it) and saved a model that did not load.
    with pytest.raises(InvalidInputError, match=rf"none_label {re.escape(repr(none_label))} is empty or holds"):
        stance.train(energy_frame, none_label=none_label)


def test_a_label_composed_and_decomposed_is_one_problem_not_two(energy_frame):
    # A French researcher's audit: 'Économie' decomposed in 5 rows was refused twice over, as
    # accents encoded two ways and again as names that "differ in characters that show nothing
    # or in their spaces", advising "use 'Économie' in every row", which reads the same as both.
    frame = energy_frame.copy()
    gas = frame.index[frame.labels == "gas"]
    frame.loc[gas, "labels"] = ["\u00c9conomie"] * 3 + ["E\u0301conomie"] * (len(gas) - 3)
    with pytest.raises(InvalidInputError) as refused:
        stance.train(frame, stance_column="stance")
    assert "differ only in how their accents are encoded" in str(refused.value)
    assert "show nothing" not in str(refused.value)
    # A name beside it with a character that does show nothing is still told so.
    frame.loc[gas[:2], "labels"] = "\u00c9conomie\u200b"
    with pytest.raises(InvalidInputError, match=r"show nothing.*U\+200B"):
        stance.train(frame, stance_column="stance")


def test_names_that_only_look_alike_are_named(energy_frame):
    # The twentieth audit: a label in NFC and NFD trained as two labels that print the same;
    # "favor" beside "favour" silently built a three-way stance head; a 1/-1 stance column
    # with gaps (floats to pandas) trained the classes '-1.0' and '1.0'.
    accents = energy_frame.copy()
    gas = accents.index[accents.labels == "gas"]
    accents.loc[gas, "labels"] = ["d\u00e9fense"] * 3 + ["de\u0301fense"] * (len(gas) - 3)
    with pytest.raises(InvalidInputError, match=r"differ only in how their accents are encoded"):
        stance.train(accents, stance_column="stance")
    spelling = energy_frame.copy()
    favour = spelling.index[spelling.stance == "favor"][::2]
    spelling.loc[favour, "stance"] = "favour"
    with pytest.warns(stance.StanceWarning, match=r"spelt two ways: 'favor' \(\d+\) and 'favour'"):
        stance.train(spelling, stance_column="stance", threshold_folds=0)
    # An instructor's audit: on few rows one "favour" is no warning but too rare a class, as the
    # README now says, and the refusal names what it is a typo of.
    few = energy_frame[~energy_frame.labels.str.contains("gas")]
    few = pd.concat([few[few.stance == "favor"].head(10), few[few.stance == "against"].head(10),
                     few[few.labels == "none"].head(8)])
    few.loc[few.index[0], "stance"] = "favour"
    with pytest.raises(InvalidInputError, match=r"too few for 'favour' \(1: row 0; a typo of 'favor'\?\)"):
        stance.train(few, stance_column="stance")
    broken = energy_frame.astype(object)  # pandas' arrow strings refuse a surrogate themselves
    broken.loc[gas, "labels"] = "gas\udcff"  # a byte decoded with errors="surrogateescape"
    with pytest.raises(InvalidInputError, match=r"label 'gas\\udcff' holds .* no UTF-8"):
        stance.train(broken, stance_column="stance")  # it trained, and then could not be saved
    opposites = energy_frame.copy()  # real opposites made by an affix are no spelling variants
    opposites["stance"] = opposites.stance.map({"favor": "approve", "against": "disapprove"})
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        stance.train(opposites, stance_column="stance", threshold_folds=0)
    numbers = energy_frame.copy()
    numbers["stance"] = numbers.stance.map({"favor": 1.0, "against": -1.0})  # NaN where off-topic
    model = stance.train(numbers, stance_column="stance")
    assert model.stance_classes == ("-1", "1")
    report = stance.evaluate(model, numbers, stance_column="stance")
    assert report.metrics["stance_accuracy"] > 0.5


def test_score_takes_a_dict_of_columns():
    scored = stance.score({"text": ["We have a one-speed NATO.", "Thank you."], "id": [7, 8]})
    assert scored.text.tolist() == ["We have a one-speed NATO.", "Thank you."]
    assert scored.id.tolist() == [7, 8] and scored.label.tolist() == ["unity", "none"]


def test_duplicate_column_names_are_refused():
    with pytest.raises(InvalidInputError, match="names 2 columns"):
        stance.score(pd.DataFrame([["a", "b"]], columns=["text", "text"]))


@pytest.mark.parametrize("n_jobs", ["x", 1.5, True])
def test_score_refuses_a_non_integer_n_jobs(n_jobs):
    with pytest.raises(InvalidTypeError, match="n_jobs"):
        stance.score(["a"], n_jobs=n_jobs)


def test_saving_onto_or_under_a_file_says_so(energy_model, tmp_path):
    a_file = tmp_path / "a_file"
    a_file.write_text("x")
    with pytest.raises(FileExistsError, match="is a file, not a model directory"):
        energy_model.save(a_file, overwrite=True)
    with pytest.raises(NotADirectoryError, match="is a file"):
        energy_model.save(a_file / "model")
    assert a_file.read_text() == "x"


def test_explain_handles_what_classify_handles(default_model):
    text = "We are not alone \ud800 in NATO"
    assert default_model.classify(text).label in default_model.labels
    assert isinstance(default_model.explain(text), pd.DataFrame)
    assert "<span" in default_model.explain_html(text)._repr_html_()
    with pytest.raises(InvalidInputError, match="n must be a positive int"):
        default_model.explain(text, n=-1)


def test_an_edited_metadata_file_is_a_format_error(energy_model, tmp_path):
    import hashlib
    import json

    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["analyzer"]["unknown_option"] = 1
    (folder / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(stance.ModelFormatError, match="analyzer option unknown_option=1 is not one stance"):
        stance.load(folder)


# -- found by a second audit ---------------------------------------------------------------

def test_a_scheme_without_an_off_topic_label_gives_no_target_to_no_text(energy_frame):
    targets_only = energy_frame[energy_frame.labels != "none"]
    model = stance.train(targets_only, stance_column="stance", none_label=None)
    empty = model.classify("   ")
    assert (empty.label, empty.labels, empty.stance, empty.confidence) == ("", (), None, 0.0)
    assert set(empty.scores.values()) == {0.0}
    scored = model.score(["", None, "Build more wind farms."])
    assert scored.label.tolist()[:2] == ["", ""] and scored.flag.tolist()[:2] == ["empty", "missing"]
    assert scored.label.iloc[2] in model.labels
    assert (scored.loc[:1, [f"p_{label}" for label in model.labels]].to_numpy() == 0).all()
    assert stance.profile(scored)["n"].sum() == 1  # the rows without text take no position


def test_cross_validate_names_bad_rows_by_their_index_and_blames_the_folds(energy_frame):
    frame = energy_frame.copy()
    frame.index = [f"r{i}" for i in range(len(frame))]
    blank = frame.copy()
    blank.loc["r40", "text"] = "   "
    with pytest.raises(InvalidInputError, match="text_column='text': row 'r40' has no text"):
        stance.cross_validate(blank, folds=3)
    extra = pd.DataFrame({"text": ["tidal power now", "no tidal barrage", "tidal is the future",
                                   "stop the tidal scheme"],
                          "labels": ["tidal"] * 4, "stance": ["favor", "against", "favor", "against"]},
                         index=["t1", "t2", "t3", "t4"])
    # More folds, not fewer, leave a training fold more rows: the advice said "fewer".
    with pytest.raises(InvalidInputError,
                       match=r"training rows of fold [12] of 2 keep .* 'tidal' \(2 of 4\).*pass folds=4, the "
                             r"fewest more folds that train"):
        stance.cross_validate(pd.concat([frame, extra]), folds=2)
    assert stance.cross_validate(pd.concat([frame, extra]), folds=4).n == len(frame) + 4
    # No number of folds helps a label with too few rows in all: the advice was "fewer folds".
    with warnings.catch_warnings(), \
            pytest.raises(InvalidInputError, match=r"too few rows of 'tidal' \(1: row 't1'\) in all for any number of "
                                                r"folds: a training fold needs 3 rows of every label; add rows of "
                                                r"these labels, or correct, merge or drop them$"):
        warnings.simplefilter("error", stance.StanceWarning)  # the error alone: no warning of folds never run
        stance.cross_validate(pd.concat([frame, extra.iloc[:1]]), folds=5)
    with pytest.raises(InvalidInputError, match=r"^folds=1000: the data have \d+ rows, fewer than the folds; pass "
                                                r"folds=\d+ or fewer$"):
        stance.cross_validate(frame, folds=1000)


def test_explanations_escape_label_names():
    hostile = "<img src=x onerror=alert(1)>"
    frame = pd.DataFrame({"text": ["wind farms now", "build more turbines", "hello there", "good morning"] * 4,
                          "labels": [hostile, hostile, "none", "none"] * 4})
    html = stance.train(frame).explain_html("wind farms now")._repr_html_()
    assert hostile not in html and "&lt;img" in html


def test_a_named_series_keeps_its_name():
    scored = stance.score(pd.Series(["We have a one-speed NATO."], name="sentence"))
    assert scored.columns[0] == "sentence" and scored.label.iloc[0] == "unity"


# -- found by a third audit ----------------------------------------------------------------

def test_score_reads_a_data_file_given_by_path(tmp_path):
    path = tmp_path / "statements.csv"
    pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."], "id": [1, 2]}).to_csv(path, index=False)
    scored = stance.score(str(path))
    assert scored.id.tolist() == ["1", "2"] and scored.label.tolist() == ["unity", "none"]  # cells read as text


def test_a_model_given_by_path_is_loaded_once_until_it_is_saved_again(energy_model, energy_frame, tmp_path):
    from stance.api import resolve_model

    folder = energy_model.save(tmp_path / "m")
    first = resolve_model(str(folder))
    assert resolve_model(folder) is first
    retrained = stance.train(energy_frame, C=3.0)
    retrained.save(folder, overwrite=True)
    assert resolve_model(str(folder)) is not first and resolve_model(str(folder)).C == 3.0


def test_the_path_cache_drops_the_path_asked_for_longest_ago_and_keeps_none_at_zero(energy_model, tmp_path,
                                                                                    monkeypatch):
    # A service's audit: the cache dropped the path loaded first, however often it was asked for
    # since (the README says "asked for longest ago"), so a busy model was loaded again after
    # eight others; and CACHED_MODELS = 0 failed the first call with a StopIteration.
    import stance.api as api

    folders = [str(energy_model.save(tmp_path / f"m{i}")) for i in range(3)]
    monkeypatch.setattr(api, "_loaded", {})
    monkeypatch.setattr(api, "CACHED_MODELS", 2)
    busy = api.resolve_model(folders[0])
    api.resolve_model(folders[1])
    assert api.resolve_model(folders[0]) is busy  # asked for again: now the latest
    api.resolve_model(folders[2])  # a third path: folders[1], asked for longest ago, goes
    assert [os.path.basename(key) for key in api._loaded] == ["m0", "m2"]
    assert api.resolve_model(folders[0]) is busy
    monkeypatch.setattr(api, "CACHED_MODELS", 0)
    fresh = api.resolve_model(folders[1])
    assert fresh.classify("wind").label == busy.classify("wind").label and api._loaded == {}
    assert api.resolve_model(folders[1]) is not fresh  # nothing kept: loaded again


def test_a_model_copied_in_place_with_its_times_kept_is_loaded_again(energy_frame, tmp_path):
    # A backend engineer's audit: a deploy that rewrote the folder's files in place keeping their
    # times (cp -p vB/* live/, or tar x of files with fixed times) left checksums.json with the
    # same time, size and inode, so model="live" answered with the old model while stance.load
    # gave the new one, and a sha256 pin was checked against the old one.
    import shutil

    from stance.api import resolve_model

    # Two models with the same files, so that checksums.json has the same size in both.
    first, retrained = (stance.train(energy_frame, stance_column="stance", C=C) for C in (2.0, 3.0))
    versions = [model.save(tmp_path / name) for model, name in ((first, "vA"), (retrained, "vB"))]
    assert (versions[0] / "checksums.json").stat().st_size == (versions[1] / "checksums.json").stat().st_size
    for path in (path for version in versions for path in version.iterdir()):
        os.utime(path, ns=(315532801 * 10**9, 315532801 * 10**9))  # touch -d '1980-01-01 00:00:01'
    live = tmp_path / "live"
    live.mkdir()

    def deploy(version):  # cp -p version/* live/
        for path in sorted(version.iterdir()):
            shutil.copy2(path, live / path.name)

    deploy(versions[0])
    assert resolve_model(str(live)).C == 2.0
    deploy(versions[1])
    assert resolve_model(str(live)).C == 3.0 == stance.load(live).C
    digest = stance.load(live).saved_["parameters_sha256"]
    assert stance.classify("wind farms now", model=str(live), sha256=digest) == retrained.classify("wind farms now")


@pytest.mark.parametrize(("kept", "error", "got"), [
    (None, stance.InvalidTypeError, "got None (NoneType)"), ("2", stance.InvalidTypeError, "got '2' (str)"),
    (2.5, stance.InvalidTypeError, "got 2.5 (float)"), (True, stance.InvalidTypeError, "got True (bool)"),
    (-1, InvalidInputError, "got -1")])
def test_a_path_cache_size_that_is_no_whole_number_is_refused_naming_the_knob(energy_model, tmp_path, monkeypatch,
                                                                              kept, error, got):
    # A service's audit: CACHED_MODELS = None, or "2" from os.environ, failed every call given a
    # path with "'>' not supported between 'NoneType' and 'int'", after the model had loaded;
    # 2.5 and -1 were taken.
    import stance.api as api

    folder = str(energy_model.save(tmp_path / "m"))
    monkeypatch.setattr(api, "_loaded", {})
    monkeypatch.setattr(api, "CACHED_MODELS", kept)
    import stance.persistence

    loads, load = [], stance.persistence.load_model
    monkeypatch.setattr(stance.persistence, "load_model", lambda path: loads.append(path) or load(path))
    with pytest.raises(error, match=re.escape("stance.api.CACHED_MODELS must be a whole number 0 or more (the "
                                              "models of that many paths given as model= are kept; 0 keeps none), "
                                              + got)):
        stance.classify("We stand together.", model=folder)
    assert loads == [] and api._loaded == {}  # refused before the folder is read
    monkeypatch.setattr(api, "CACHED_MODELS", np.int64(1))  # numpy's ints are whole numbers
    assert stance.classify("wind farms now", model=folder).label == energy_model.classify("wind farms now").label
    assert len(loads) == 1 and list(api._loaded) == [os.path.abspath(folder)]


def test_label_cells_of_other_types_are_read_as_label_names():
    frame = pd.DataFrame({"text": ["wind farms now", "more solar", "hello there", "good day"] * 3,
                          "labels": [{"energy"}, {"energy"}, {"none"}, {"none"}] * 3})
    assert stance.train(frame, threshold_folds=0).labels == ("energy", "none")
    floats = frame.assign(labels=[1.0, 1.0, 0.0, 0.0] * 3)
    assert stance.train(floats, threshold_folds=0, none_label="0").labels == ("0", "1")


def test_a_bad_none_label_is_named_before_the_data_is_checked():
    frame = pd.DataFrame({"text": ["a b", "c d", "e f", "g h"], "labels": [0, 1, 0, 1],
                          "stance": ["favor", "against", None, None]})
    with pytest.raises(InvalidInputError, match="none_label must be a str or None, got 0"):
        stance.train(frame, stance_column="stance", none_label=0)


def test_a_none_label_given_as_a_number_is_told_the_spelling_to_pass():
    # Codes held as ints (a Manifesto scheme's 0 for off-topic) train the labels "0", "104"…:
    # none_label=0 named none of them, and the refusal did not say what to pass instead.
    frame = pd.DataFrame({"text": ["wind farms now", "more solar", "hello there", "good day"] * 3,
                          "labels": [501, 501, 0, 0] * 3})
    for number in (0, 0.0, np.int64(0)):
        with pytest.raises(InvalidInputError, match=r"labels are read as text: pass none_label='0'$"):
            stance.train(frame, threshold_folds=0, none_label=number)
    model = stance.train(frame, threshold_folds=0, none_label="0")  # the advice, followed, works
    assert model.none_label_ == "0" and model.classify("").label == "0"
    with pytest.raises(InvalidInputError, match=r"got \['0'\] \(list\)$"):  # no spelling for what is no number
        stance.train(frame, threshold_folds=0, none_label=["0"])
    # A NaN (an empty cell read as a float) names no label: the advice is None, not 'nan'.
    with pytest.raises(InvalidInputError, match=r"got nan \(float\); for a scheme without an off-topic label pass "
                                                r"none_label=None$"):
        stance.train(frame, threshold_folds=0, none_label=float("nan"))


def test_a_label_whose_score_column_a_stance_value_would_take_is_refused(energy_frame):
    frame = energy_frame.copy()
    frame["labels"] = frame["labels"].replace({"renewables": "stance_favor"})
    with pytest.raises(stance.InvalidInputError, match="p_stance_favor"):
        stance.train(frame, stance_column="stance")


def test_a_missing_table_file_and_bad_arguments_raise_stance_errors():
    with pytest.raises(InvalidInputError, match="file not found"):
        stance.score("no_such_file.csv")
    with pytest.raises(InvalidTypeError, match="prefix must be a str"):
        stance.score(["We stand together."], prefix=1)
    with pytest.raises(InvalidTypeError, match="scored must be the DataFrame"):
        stance.profile(None)
    # a statement that merely ends like a file name is still a statement
    assert stance.score(["Read the annex in report 2024.csv"]).flag.tolist() == [None]


def test_stance_warnings_share_one_category_a_service_can_filter(energy_frame):
    import warnings

    model = stance.train(energy_frame)  # no stance head
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(model, energy_frame)
    assert caught and all(issubclass(w.category, stance.StanceWarning) for w in caught)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", category=stance.StanceWarning)
        stance.evaluate(model, energy_frame)  # silenced by category alone


def test_the_warnings_a_service_hears_batch_after_batch_have_classes_each_filtered_alone(tmp_path):
    # An audit by a pipeline engineer: a worker could not filter the "other language" warning
    # alone, and it came on every batch (its counts change, so Python's once-a-line never
    # matched it): one StanceWarning class for all. Each kind is a subclass, filtered alone.
    import warnings

    pd.DataFrame({"text": ["We stand together.", "Bring the brigade home."]}).to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "a (copy).csv").write_bytes((tmp_path / "a.csv").read_bytes())
    calls = {
        stance.OtherLanguageWarning: [
            lambda: stance.score(["Wir stehen fest zusammen mit unseren Verbündeten im Bündnis heute."] * 3)],
        stance.LongTextWarning: [lambda: stance.score(["We agree with our allies today. " * 200]),
                                 lambda: stance.score_document("and we stand with our allies " * 300)],
        stance.TextColumnWarning: [lambda: stance.score(pd.DataFrame({"id": ["101", "102", "103"],
                                                                      "text": ["We act.", "Send tanks.", "Thanks."]}),
                                                        text_column="id")],
        stance.MojibakeWarning: [lambda: stance.score_document("We agree.\nUkraineâ€™s future is in NATO."),
                                 lambda: stance.score_document("ÿþW\x00e\x00 \x00a\x00g\x00r\x00e\x00e\x00.\x00")],
        stance.RepeatedFileWarning: [lambda: stance.score(str(tmp_path))],
    }
    assert set(calls) <= {getattr(stance, name) for name in stance.__all__}
    for category, made in calls.items():
        assert issubclass(category, stance.StanceWarning) and category is not stance.StanceWarning
        for call in made:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                for other in set(calls) - {category}:  # another kind's filter leaves it alone
                    warnings.filterwarnings("ignore", category=other)
                call()
            assert [w.category for w in caught] == [category], [str(w.message) for w in caught]
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                warnings.filterwarnings("ignore", category=category)
                call()  # silenced by its own class alone
    from stance.exceptions import warn, warnings_once

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with warnings_once():  # held back, as cross-validation holds its folds', it keeps its class
            warn("held", stance.OtherLanguageWarning)
    assert [w.category for w in caught] == [stance.OtherLanguageWarning]


def test_every_warning_subclass_begins_with_its_fixed_start_which_a_message_filter_matches(tmp_path):
    # warnings.filterwarnings("ignore", message=...) is a regex matched at the message's start:
    # "2 rows hold text decoded in the wrong encoding…", "rows 2, 3 and 4 more hold texts of 5,000
    # characters…" opened with their counts, and no fixed words silenced them. Each subclass
    # has its fixed start, as OtherLanguageWarning had ("text of another language: ").
    import inspect
    import warnings

    from stance import exceptions

    pd.DataFrame({"text": ["We stand together.", "Bring the brigade home."]}).to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "a (copy).csv").write_bytes((tmp_path / "a.csv").read_bytes())
    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\nUkraine’s future is in NATO.\nWe agree.\n".encode())
    frame = pd.DataFrame({"id": ["101", "102", "103"], "text": ["We act.", "Send tanks.", "Thanks."]})
    calls = {
        "text of another language": [
            lambda: stance.score(["Wir stehen fest zusammen mit unseren Verbündeten im Bündnis heute."] * 3)],
        "text of a document's length": [lambda: stance.score(["We agree with our allies today. " * 200] * 7),
                                        lambda: stance.score_document("and we stand with our allies " * 300)],
        "likely the wrong text column": [lambda: stance.score(frame, text_column="id")],
        "mojibake": [lambda: stance.score(["We agree.", "Ukraineâ€™s future.", "Ukraineâ€™s past."]),
                     lambda: stance.score_document("We agree.\nUkraineâ€™s future is in NATO."),
                     lambda: stance.score_document("ÿþW\x00e\x00 \x00a\x00g\x00r\x00e\x00e\x00.\x00"),
                     lambda: stance.score(str(latin), encoding="cp1252")],
        "file read twice": [lambda: stance.score(str(tmp_path / "*.csv"))],
    }
    defined = {cls for _, cls in inspect.getmembers(exceptions, inspect.isclass)
               if issubclass(cls, stance.StanceWarning) and cls is not stance.StanceWarning}
    assert {cls.prefix for cls in defined} == set(calls)
    for prefix, made in calls.items():
        for call in made:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                call()
            said = [str(w.message) for w in caught]
            assert len(said) == 1 and said[0].startswith(f"{prefix}: ") and caught[0].category.prefix == prefix, said
            assert not said[0][len(prefix) + 2:].startswith(prefix), said  # the start once, not twice
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                warnings.filterwarnings("ignore", message=prefix)
                call()  # silenced by its fixed start alone


def test_texts_paired_with_labels_or_answered_in_order_must_be_ordered(energy_frame, default_model):
    # A set's order is arbitrary (and differs between processes): fit paired texts with the
    # wrong labels, and answers came back in no order given (the twentieth audit).
    texts, labels = list(energy_frame.text), list(energy_frame.labels)
    model = stance.StanceModel(threshold_folds=0)
    with pytest.raises(InvalidTypeError, match=r"X must be ordered \(a list, tuple, Series, …\), got a set"):
        model.fit(set(texts), labels)
    with pytest.raises(InvalidTypeError, match="y must be ordered"):
        model.fit(texts, frozenset(labels))
    with pytest.raises(InvalidTypeError, match="got a dict; pass its keys"):
        model.fit(dict.fromkeys(texts, "x"), labels)
    statements = {"Send more tanks.", "Thank you all."}
    for call in (default_model.classify_many, stance.classify_many, default_model.predict, stance.score):
        with pytest.raises(InvalidTypeError, match="must be ordered"):
            call(statements)
    # a dict's keys keep the order they were put in
    assert [p.text for p in stance.classify_many(dict.fromkeys(["b", "a"]).keys())] == ["b", "a"]


def test_model_score_refuses_texts_and_labels_of_different_lengths(default_model):
    # zip dropped the texts beyond the labels and scored the rest: 1.0 for 3 texts and 1 label.
    with pytest.raises(InvalidInputError, match="data and y must have the same length, got 3 and 1"):
        default_model.score(["NATO is united.", "Send tanks", "Bring the brigade home"], ["unity"])


@pytest.mark.parametrize(("columns", "advice"), [
    (["id", "labels", "text", "speaker"], "pass its column of statements, texts['text'] (its other columns: 'id', "
                                          "'labels', 'speaker'), or use stance.score(texts, text_column='text')"),
    (["labels", "Text"], "pass its column of statements, texts['Text'] (its other columns: 'labels'), or use "
                         "stance.score(texts, text_column='Text')"),
    (["a", "b", "c", "d", "e", "f", "texts"], "texts['texts'] (its other columns: 'a', 'b', 'c', 'd', 'e', …), or "
                                              "use stance.score(texts, text_column='texts')"),
    # none named like text: each, as before (a guess from the cells took a speaker's name for it)
    (["speech", "party"], "pass one of its columns (texts['speech'], texts['party']), or use stance.score(texts, "
                          "text_column=COLUMN)"),
])
def test_classify_many_of_a_table_points_first_to_its_column_named_like_text(columns, advice):
    # A review: classify_many(df) listed every column alike ("texts['text'], texts['labels'], …"),
    # the column of statements among the labels and ids, where the table names it "text".
    frame = pd.DataFrame({column: ["NATO must stay united."] for column in columns})
    with pytest.raises(InvalidTypeError) as raised:
        stance.classify_many(frame)
    assert str(raised.value).startswith("texts must be an iterable of str, got a DataFrame; ")
    assert str(raised.value).endswith(advice), str(raised.value)


@pytest.mark.parametrize(("columns", "advice"), [
    # "text" itself, which stance.score reads by default, not "Text" before it
    (["Text", "text"], "pass its column of statements, texts['text'] (its other columns: 'Text'), or use "
                       "stance.score(texts, text_column='text')"),
    (["TEXT", "id", "text"], "pass its column of statements, texts['text'] (its other columns: 'TEXT', 'id'), or "
                             "use stance.score(texts, text_column='text')"),
    # two spellings alike, neither "text": a choice, both named before the rest
    (["id", "Text ", "TEXT"], "pass one of its columns (texts['Text '], texts['TEXT'], texts['id']), or use "
                              "stance.score(texts, text_column=COLUMN)"),
])
def test_classify_many_names_text_itself_first_and_two_other_spellings_of_it_as_a_choice(columns, advice):
    # A review of 79c69396: the first column named like text was called "its column of
    # statements", so of "Text" and "text" it named "Text", not the column stance.score reads by
    # default, and of "Text " and "TEXT" whichever came first, a guess told as a fact.
    frame = pd.DataFrame([["NATO must stay united."] * len(columns)], columns=columns)
    with pytest.raises(InvalidTypeError) as raised:
        stance.classify_many(frame)
    assert str(raised.value).endswith(advice), str(raised.value)


def test_model_score_names_its_first_argument_data_and_a_frame_of_no_columns_as_such(default_model):
    # score(data, y) called its first argument X, a name of scikit-learn's its signature does
    # not have, and a frame of no columns was told "pass one of its columns ()".
    with pytest.raises(InvalidTypeError, match=r"^data must be an iterable of str, got a DataFrame; pass one of its "
                                               r"columns \(data\['a'\], data\['b'\]\), or use stance\.score\(data, "
                                               r"text_column=COLUMN\)$"):
        default_model.score(pd.DataFrame({"a": ["NATO is united."], "b": ["x"]}), ["unity"])
    with pytest.raises(InvalidTypeError, match=r"^data must be an iterable of str, got a DataFrame; it has no "
                                               r"columns: pass the texts, as a list or Series$"):
        default_model.score(pd.DataFrame(), ["unity"])
    with pytest.raises(InvalidTypeError, match=r"^data\[0\] must be a str, got int"):
        default_model.score([5], ["unity"])
    with pytest.raises(InvalidInputError, match=r"score\(data, y\) takes only sample_weight besides data and y"):
        default_model.score(["NATO is united."], ["unity"], prefix="pred_")
    with pytest.raises(InvalidTypeError, match=r"X must be an iterable of str, got a DataFrame; it has no columns"):
        stance.StanceModel().fit(pd.DataFrame(), ["unity"])  # fit's argument is X


def test_score_names_a_text_column_that_is_not_one_column():
    with pytest.raises(InvalidTypeError, match="text_column must name the one column of texts.*got None"):
        stance.score(pd.DataFrame({"text": ["a"]}), text_column=None)  # was KeyError: None
    frame = pd.DataFrame([["We stand together with every ally.", 1]],
                         columns=pd.MultiIndex.from_tuples([("text", "x"), ("meta", "id")]))
    with pytest.raises(InvalidInputError, match=r"text_column='text' names 1 column of the data's MultiIndex "
                                                r"columns.*text_column=\('text', 'x'\)"):
        stance.score(frame)  # was AttributeError from inside pandas
    # A notebook audit: the advice, followed, was refused ("flatten them first"); a full name now
    # scores, the result's names over blank levels beside the frame's, which are kept as they are.
    scored = stance.score(frame, text_column=("text", "x"))
    flat = stance.score(["We stand together with every ally."])
    assert scored.columns.tolist() == [("text", "x"), ("meta", "id")] + [(name, "") for name in flat.columns[1:]]
    assert scored["label"].tolist() == flat["label"].tolist() and scored[("meta", "id")].tolist() == [1]
    assert stance.suggest(None, frame, n=1, text_column=("text", "x")).index.tolist() == [0]  # read only: fine


def test_a_numpy_nan_is_missing_text_whatever_its_precision():
    flags = stance.score([np.float32("nan"), np.float16("nan"), np.float64("nan"), np.float32(1.5)])["flag"]
    assert flags.tolist() == ["missing", "missing", "missing", "not_text"]


def test_a_prediction_is_unhashable_as_its_dicts_are_and_says_so(default_model):
    prediction = default_model.classify("We stand together.")
    with pytest.raises(TypeError, match="unhashable type: 'Prediction'"):  # was "unhashable type: 'dict'"
        hash(prediction)
    assert prediction == default_model.classify("We stand together.")  # equality is by value still


def test_counts_may_be_numpy_ints_but_not_bools_or_floats(default_model):
    text = "We have a one-speed NATO."
    assert default_model.explain(text, n=np.int64(3)).equals(default_model.explain(text, n=3))
    assert len(default_model.top_features("unity", n=np.int64(3))) == 3
    for bad in (True, 2.5, "3"):
        with pytest.raises(InvalidInputError, match="n must be a positive int"):
            default_model.explain(text, n=bad)
        with pytest.raises(InvalidInputError, match="n must be a positive int"):
            default_model.top_features("unity", n=bad)  # was a TypeError from slicing


@pytest.mark.parametrize("bad", ["3", None, 2.0, True, [3]])
def test_a_count_of_the_wrong_type_is_an_invalid_type_error_and_still_a_value_error(default_model, bad):
    # A backend engineer's audit: explain(text, n="3") raised InvalidInputError, a ValueError,
    # where the README gives InvalidTypeError, a TypeError, for an argument of the wrong type (as
    # score(..., n_jobs="2") raises). A CountTypeError is both, so `except ValueError` still holds.
    text = "We have a one-speed NATO."
    for call in (lambda: default_model.explain(text, n=bad), lambda: default_model.explain_many([text], n=bad),
                 lambda: default_model.explain_html(text, n=bad), lambda: default_model.top_features("unity", n=bad),
                 lambda: stance.explain.contributions(default_model, text, n=bad),
                 lambda: stance.suggest(default_model, ["We stand together.", "Send tanks."], n=bad)):
        with pytest.raises(InvalidTypeError, match=rf"^n must be a positive int.*, got {re.escape(repr(bad))} "
                                                   rf"\({type(bad).__name__}\)$") as raised:
            call()
        assert isinstance(raised.value, ValueError) and isinstance(raised.value, stance.CountTypeError)
    for call in (lambda: default_model.explain(text, n=0), lambda: default_model.top_features("unity", n=-1),
                 lambda: stance.suggest(default_model, ["We stand together."], n=0)):
        with pytest.raises(InvalidInputError, match="n must be a positive int") as raised:
            call()
        assert not isinstance(raised.value, TypeError)  # the right type, a value out of range


def test_warnings_name_the_users_line(energy_frame):
    # A fixed stacklevel named a line inside stance whenever the warning was found deeper
    # than it assumed (through stance.train, fit's none_label warning named api.py).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.train(energy_frame)  # the stance column left out
        stance.StanceModel(none_label="nothing").fit(energy_frame.text, energy_frame.labels)
        stance.cross_validate(energy_frame.head(40), folds=5, threshold_folds=0, stance_column="stance")
    ours = [w for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert len(ours) >= 3 and {w.filename for w in ours} == {__file__}


def test_a_saved_1_minus_1_stance_column_reads_as_the_frame_it_came_from(energy_frame, tmp_path, monkeypatch):
    # A user audit: a 1/-1 stance column with gaps is floats to pandas, and to_csv writes
    # "1.0"/"-1.0". Trained from the frame, the model's values were "1"/"-1"; from the file,
    # "1.0"/"-1.0", which `stance document` could not tell apart; and either model evaluated
    # on the other's data counted every stance a miss.
    numbers = energy_frame.copy()
    numbers["stance"] = numbers.stance.map({"favor": 1.0, "against": -1.0})
    path = tmp_path / "coded.csv"
    numbers.to_csv(path, index=False)
    assert "-1.0" in path.read_text()
    from_file = stance.train(path, stance_column="stance", threshold_folds=0)
    assert from_file.stance_classes == ("-1", "1")
    from_frame = stance.train(numbers, stance_column="stance", threshold_folds=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        on_file = stance.evaluate(from_frame, path).metrics["stance_accuracy"]
    assert on_file == stance.evaluate(from_frame, numbers).metrics["stance_accuracy"] > 0.5
    # A model saved before, whose values are "1.0"/"-1.0", still meets its own file's stances.
    monkeypatch.setattr(stance.data, "stance_value", lambda value: None if pd.isna(value) else str(value))
    older = stance.train(numbers, stance_column="stance", threshold_folds=0)
    monkeypatch.undo()
    assert older.stance_classes == ("-1.0", "1.0")
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        warnings.filterwarnings("ignore", "the model was trained on these very rows")  # the rows it was trained on
        assert stance.evaluate(older, path).metrics["stance_accuracy"] > 0.5


@pytest.mark.parametrize(("value", "joined"), [
    ("unity, deterrence", True), ("Unity / Deterrence", True),
    ("unity; deterrence;", True),  # a spreadsheet's trailing separator: still two labels
    ("unity;", False), (";", False),  # one label or none, with a stray separator
    ("unity / unity", False),  # one label written twice
    ("unity; solar", True),  # words joined by a semicolon, whether or not a label of its own
    ("unity, solar", False), ("unity/solar", False),  # a comma or slash: a part that is no label
    ("104/105", True), ("201,1", False),  # codes joined by a slash, or one with a decimal comma
    ("104,105", True), ("201.1,202.1", True),  # codes of three digits or more joined by a bare comma
    ("9/11", False), ("24/7", False), ("2022/23", False), ("1/2", False),  # dates and fractions
])
def test_training_and_evaluate_agree_on_which_values_are_labels_joined(value, joined):
    # Training warned of "unity; deterrence;" and "unity / unity" by one rule and evaluate
    # hinted at ";" and "unity;" by another: both now name the values that join two labels.
    from stance.label_names import warn_of_joined_labels

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_of_joined_labels([("unity",), ("deterrence",), (value,)], ["a", "b", "c"])
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO.", "Deter Russia."],
                                            "labels": ["unity", value]}))
    messages = [str(w.message) for w in caught]
    assert any(f"labels: {value!r} (1: row 'c') looks like the labels" in m for m in messages) == joined
    assert any(f"{value!r} looks like several labels" in m for m in messages) == joined


@pytest.mark.parametrize(("value", "label"), [
    ("unity;", "unity"), ("unity / unity", "unity"), ("Unity, unity ,", "unity"),  # one label, stray separators
    ("unity; deterrence", None),  # two labels: hinted as joined instead
    ("unity; solar", None), (";", None),  # a part that is no label, or no part at all
])
def test_evaluate_hints_at_the_label_a_gold_value_with_a_stray_separator_is(value, label):
    # "unity;" got no hint at all (a separator ruled out the spelling hint, and one label is not
    # several), so every row of it was scored a miss with no word of what it likely was.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO.", "Deter Russia."],
                                            "labels": ["deterrence", value]}))
    messages = [str(w.message) for w in caught if "are not labels this model predicts" in str(w.message)]
    assert len(messages) == 1, [str(w.message) for w in caught]
    assert (f"{value!r} is 'unity' in this model?" in messages[0]) == (label is not None), messages[0]


def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, energy_frame, energy_model):
    # Path("") is ".": an unset shell variable trained on every table in the folder, or
    # named the folder '.' in its message.
    monkeypatch.chdir(tmp_path)
    energy_frame.to_csv("labels.csv", index=False)
    calls = [lambda: stance.train(""), lambda: stance.evaluate(energy_model, ""), lambda: stance.find_label_issues(""),
             lambda: stance.cross_validate("", folds=2), lambda: stance.load(""),
             lambda: stance.classify("x", model=""), lambda: energy_model.save(""),
             lambda: score_file("", "out.csv", model=energy_model),
             lambda: score_file("labels.csv", "", model=energy_model)]
    for call in calls:
        with pytest.raises(InvalidInputError, match=r"is empty.*\(is a shell variable empty\?\)") as caught:
            call()
        assert "'.'" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.csv"]


# -- found by a social-media audit (200,000 posts) -------------------------------------------

@pytest.mark.parametrize(("post", "bare"), [
    ("Bring the brigade home. https://t.co/4b3e865", "Bring the brigade home."),
    ("@user_1 @user_2 Bring the brigade home.", "Bring the brigade home."),
    ("RT @user_8725: NATO must stay united against Russian aggression https://t.co/4b3e865",
     "RT : NATO must stay united against Russian aggression"),
    ("RT @user_4247: NATO must stay united against Russian aggression https://t.co/50bc4b6",
     "RT : NATO must stay united against Russian aggression"),
    ("Bring the brigade home, www.x.org/a bit.ly/3xYz or mail press@nato.int.", "Bring the brigade home, or mail ."),
])
def test_a_posts_link_and_handles_do_not_change_its_label_or_stance(default_model, post, bare):
    # The bundled model read "https://t.co/4b3e865" as words ("co" and "t" towards
    # ukraine_support) and "@user_1" as "user" and "1" (towards none): "Bring the brigade
    # home." (eastern_flank, against) was none with the link or with two handles, and two
    # retweets of one statement got none and ukraine_support. A 7.3% share of 5,000 posts
    # changed label when their link went.
    model = default_model  # rebuilt with links=True, the default
    assert model.get_params()["links"] is True
    got, expected = model.classify(post), model.classify(bare)
    assert (got.label, got.stance) == (expected.label, expected.stance)
    assert got.scores == pytest.approx(expected.scores, abs=0.02)
    home = model.classify("Bring the brigade home.")
    assert (home.label, home.stance) == ("eastern_flank", "against")
    assert not {"https", "t", "co", "user", "1", "bit", "ly", "press"} & set(model.explain(post, n=100).feature)


@pytest.mark.parametrize("text", ["https://t.co/4b3e865", "@user_1 @user_2 https://t.co/4b3e865 bit.ly/3xYz",
                                  "press@nato.int www.nato.int"])
def test_a_text_of_links_and_unknown_handles_has_the_answer_of_no_evidence(default_model, energy_model, text):
    # Such a post had an answer of its own from the link's letters and digits (none 0.97).
    for model in (default_model, energy_model):
        nothing = model.classify("12345")
        assert nothing.flag == "no_known_words"
        assert model.classify(text) == nothing and model.classify_many([text])[0] == nothing
        assert stance.score([text], model=model).flag.tolist() == ["no_known_words"]


def test_a_label_or_stance_value_given_as_a_number_is_a_type_error_everywhere(energy_model, energy_frame):
    # model.explain(text, label=3) and train(..., none_label=0) raised a ValueError alone,
    # stance.profile(..., favor=1) a TypeError alone: one wrong type, two kinds of error. Each
    # is a LabelTypeError now, a TypeError and (as before, for callers who catch it) a ValueError.
    scored = stance.score(energy_frame.text.head(6).tolist(), model=energy_model)
    calls = {
        "explain": lambda: energy_model.explain("Wind farms now.", label=3),
        "top_features": lambda: energy_model.top_features(3),
        "train": lambda: stance.train(energy_frame, none_label=0),
        "fit": lambda: stance.StanceModel(none_label=0).fit(energy_frame.text, energy_frame.labels),
        "find_label_issues": lambda: stance.find_label_issues(energy_frame, none_label=0),
        "cross_validate": lambda: stance.cross_validate(energy_frame, none_label=0),
        "profile none_label": lambda: stance.profile(scored, none_label=0),
        "profile favor": lambda: stance.profile(scored, favor=1, against="against"),
        "evaluate": lambda: stance.evaluate(energy_model, energy_frame, stance_column="stance", against=0,
                                            favor="favor"),
        "score_document": lambda: stance.score_document("Wind farms now.", model=energy_model, favor=1),
    }
    for name, call in calls.items():
        with pytest.raises(stance.LabelTypeError) as raised:
            call()
        error = raised.value
        assert isinstance(error, TypeError) and isinstance(error, ValueError), name
        assert re.search(r"\b(0|1|3) \((int)\)|label 3 is not", str(error)), (name, str(error))


@pytest.mark.parametrize("bad", ["3", None, 3.0, [3]])
def test_every_count_of_the_wrong_type_is_a_count_type_error(energy_frame, energy_model, tmp_path, bad):
    # n="3" raised CountTypeError (a TypeError and a ValueError), where folds="3", resamples="200",
    # max_groups="5" raised InvalidInputError alone and chunk_size="10" InvalidTypeError alone:
    # every count now says a wrong type alike, and a count too small stays an InvalidInputError.
    import matplotlib.pyplot as plt

    report = stance.evaluate(energy_model, energy_frame)
    profile = stance.profile(stance.score(energy_frame.text.tolist()[:6]))
    source = tmp_path / "in.csv"
    energy_frame.head(4).to_csv(source, index=False)
    calls = {"folds": lambda folds: stance.cross_validate(energy_frame, folds=folds),
             "folds must be an int of 2": lambda folds: stance.find_label_issues(energy_frame, folds=folds),
             "resamples": lambda resamples: report.intervals(resamples=resamples),
             "resamples ": lambda resamples: report.compared_with(report, resamples=resamples),
             "max_groups": lambda max_groups: stance.plot_profile(profile, max_groups=max_groups),
             "chunk_size": lambda chunk_size: stance.score_file(source, tmp_path / "out.csv", chunk_size=chunk_size)}
    too_small = {"folds": 1, "folds must be an int of 2": 1, "resamples": 10, "resamples ": 99, "max_groups": 0,
                 "chunk_size": 0}
    for name, call in calls.items():
        if bad is None and name == "max_groups":  # None draws every group
            continue
        with pytest.raises(stance.CountTypeError, match=f"^{name.strip()}") as raised:
            call(bad)
        assert isinstance(raised.value, ValueError) and isinstance(raised.value, TypeError), name
        with pytest.raises(InvalidInputError, match=f"^{name.strip()}") as raised:
            call(too_small[name])
        assert not isinstance(raised.value, TypeError), name
    plt.close("all")


# A teacher's audit of novices: evaluate said "the model goes first", but classify(model,
# text) said the text "does not exist" as a model directory, score(df, model) took the model
# for text_column ("no such column"), and classify_many(model, texts), score_document,
# score_documents and suggest(texts, model) named only a type. One rule says the order now.
def test_a_model_and_its_data_swapped_are_told_which_goes_first(energy_model):
    frame = pd.DataFrame({"text": ["wind farms now", "no more turbines"]})
    data_first = [
        (lambda: stance.classify(energy_model, "Uniforms are great"),
         "stance.classify('Uniforms are great', model=model)"),
        (lambda: stance.classify_many(energy_model, ["a"]), "stance.classify_many(texts, model=model)"),
        (lambda: stance.score(frame, energy_model), "stance.score(data, model=model)"),
        (lambda: stance.score(energy_model, "votes.csv"), "stance.score('votes.csv', model=model)"),
        (lambda: stance.score_document(energy_model, "We stand."), "stance.score_document('We stand.', model=model)"),
        (lambda: stance.score_documents(energy_model, {"a": "We stand."}),
         "stance.score_documents(documents, model=model)"),
    ]
    for call, written in data_first:
        order = "(go|goes) first and the model is model=: " + re.escape(written)
        with pytest.raises(InvalidTypeError, match=order) as caught:
            call()
        # what these raised before (a missing path or column) was a ValueError: still caught as one
        assert isinstance(caught.value, ValueError)
    with pytest.raises(InvalidTypeError, match=re.escape("the model goes first: stance.suggest(model, texts)")):
        stance.suggest(frame, energy_model)
    # the right order is untouched
    expected = [p.label for p in energy_model.classify_many(frame["text"].tolist())]
    assert stance.classify("wind farms now", model=energy_model).label == expected[0]
    assert stance.score(frame, model=energy_model)["label"].tolist() == expected


# A review of the order's hint above: stance.score(model) wrote the default text_column as the
# data ("stance.score('text', model=model)"), score(model, text_column="speech") dropped the
# column, suggest(model, model) said "the model goes first" of a call whose model was first, and
# classify(model, "mymodel") wrote a saved model's folder as the text.
def test_the_order_a_swapped_call_is_told_writes_the_data_the_column_and_a_models_folder_right(energy_model,
                                                                                             tmp_path):
    def message(call) -> str:
        with pytest.raises(InvalidTypeError) as raised:
            call()
        return str(raised.value)

    assert message(lambda: stance.score(energy_model)).endswith(
        "the data goes first and the model is model=: stance.score(data, model=model)")
    assert message(lambda: stance.score(energy_model, text_column="speech")).endswith(
        "the data goes first and the model is model=: stance.score(data, text_column='speech', model=model)")
    # the model was first: no order to tell, but what texts must be
    told = message(lambda: stance.suggest(energy_model, energy_model))
    assert told.startswith("texts must be a DataFrame, Series or iterable of str, got StanceModel"), told
    assert "goes first" not in told
    folder = tmp_path / "mymodel"
    energy_model.save(folder)
    assert message(lambda: stance.classify(energy_model, str(folder))).endswith(
        f"the text goes first and the model is model=, a model or its folder ({str(folder)!r} holds a saved model): "
        f"stance.classify(text, model={str(folder)!r})")
    # a path that holds no model is still taken for the text, and a table file for the data
    assert message(lambda: stance.classify(energy_model, "mymodel")).endswith(
        "stance.classify('mymodel', model=model)")
    assert message(lambda: stance.score(energy_model, "votes.csv")).endswith("stance.score('votes.csv', model=model)")


# A pipeline engineer's audit: stance.evaluate(data, model=m) and stance.suggest(texts, model=m), written as
# score(data, model=m) and classify(text, model=m) are, raised Python's bare "evaluate() got multiple values for
# argument 'model'". The data alone before model= is taken; more by position is told both orders.
def test_evaluate_takes_the_data_first_with_the_model_as_model_keyword():
    bundled = stance.default_model()
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming."],
                         "labels": ["unity", "none"], "stance": ["favor", None]})
    # the bundled model answers unity and none of these (evaluate's own doctest): both right, then one wrong
    assert stance.evaluate(gold, model=bundled).metrics["top1_in_gold"] == 1.0
    wrong = gold.assign(labels=["deterrence", "none"])
    with warnings.catch_warnings():  # "no better than always guessing the commonest label": two rows
        warnings.simplefilter("ignore", stance.StanceWarning)
        assert stance.evaluate(wrong, model=bundled).metrics["top1_in_gold"] == 0.5
        assert stance.evaluate(wrong, model=bundled).to_dict() == stance.evaluate(bundled, wrong).to_dict()
        assert stance.evaluate(wrong, model=None, stance_column=None).metrics["top1_in_gold"] == 0.5
    with pytest.raises(stance.exceptions.ArgumentOrderError) as raised:
        stance.evaluate("held_out.csv", "speech", model=bundled)
    assert str(raised.value) == (
        "model=model follows 2 arguments by position, so evaluate cannot tell the data from the others: the model "
        "goes first, stance.evaluate(model, 'held_out.csv', 'speech'), or the data alone goes before model=, "
        "stance.evaluate('held_out.csv', text_column='speech', model=model)")
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, ValueError)
    twice = ("model is given twice, by position and as model=: pass it once, first, stance.evaluate(model, data), "
             "or as model=, stance.evaluate(data, model=model)")
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=f"^{re.escape(twice)}$"):
        stance.evaluate(bundled, data=gold, model=bundled)
    # A review of fc08e2b8: the model twice, by position first, was told as "the data" with the frame a column
    # ("stance.evaluate(model, data, text_column)"), and the data twice as "model is given twice".
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=f"^{re.escape(twice)}$"):
        stance.evaluate(bundled, gold, model=bundled)
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
            "data is given twice, by position (data) and as data=: pass it once, stance.evaluate(data, model=model)")):
        stance.evaluate(gold, data=gold, model=bundled)
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
            "texts are given twice, by position ('pool.csv') and as texts=: pass them once, "
            "stance.suggest(texts, model=model)")):
        stance.suggest("pool.csv", texts="pool.csv", model=bundled)


# A newcomer's audit: stance.evaluate("held_out.csv"), the data alone as score("held_out.csv") takes them, raised
# Python's bare "evaluate() missing 1 required positional argument: 'data'", though the data were given: the
# path had gone into the model's place. The refusal now writes the call out, the model first.
def test_the_data_alone_in_the_models_place_is_told_the_model_goes_first():
    told = ("evaluate() takes a model and the data, and got one argument, 'held_out.csv', in the model's place: the "
            "model goes first, stance.evaluate(model, 'held_out.csv'), or stance.evaluate('held_out.csv', "
            "model=model); for the bundled model pass model=None, stance.evaluate('held_out.csv', model=None)")
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=f"^{re.escape(told)}$") as raised:
        stance.evaluate("held_out.csv")
    assert isinstance(raised.value, TypeError)  # as Python's own missing argument was
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
            "suggest() takes a model and the texts, and got one argument, texts, in the model's place")):
        stance.suggest(["Send more tanks to Ukraine now.", "Thank you all for coming."])
    # a model alone (an object, None, a saved model's folder) is the model: the data are what is missing
    for model in (stance.default_model(), None):
        with pytest.raises(TypeError, match=re.escape("evaluate() missing 1 required positional argument: 'data'")):
            stance.evaluate(model)


def test_a_word_or_folder_for_the_model_alone_is_told_the_data_are_missing(tmp_path, monkeypatch):
    # A review of 7257a948: stance.evaluate("bundled"), the bundled model by its command-line name with the data
    # forgotten, was told the data had gone into the model's place, "stance.evaluate('bundled', model=None)", which
    # evaluates a file named bundled; so "default". A saved model's folder alone, which the test above names, is
    # the model too. A file of that name is the data.
    monkeypatch.chdir(tmp_path)
    stance.default_model().save(tmp_path / "mine")
    missing = re.escape("evaluate() missing 1 required positional argument: 'data'")
    for model in ("bundled", "default", Path("default"), "mine", tmp_path / "mine"):
        with pytest.raises(TypeError, match=f"^{missing}$"):
            stance.evaluate(model)
    with pytest.raises(TypeError, match=re.escape("suggest() missing 1 required positional argument: 'texts'")):
        stance.suggest("bundled")
    (tmp_path / "default").write_text("text,labels\nWe stand with Ukraine.,ukraine_support\n", encoding="utf-8")
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
            "evaluate() takes a model and the data, and got one argument, 'default', in the model's place")):
        stance.evaluate("default")


def test_a_word_for_the_bundled_model_in_any_case_alone_is_told_the_data_are_missing_as_stance_load_tells_it(
        tmp_path, monkeypatch):
    # A review: stance.evaluate("Default") (the bundled model's word, a capital) was told the data had gone into
    # the model's place, "stance.evaluate('Default', model=None)", which evaluates a file named Default, where
    # stance.load("Default") hints at the bundled model. One rule now tells both (bundled_names.meant_bundled).
    monkeypatch.chdir(tmp_path)
    missing = re.escape("evaluate() missing 1 required positional argument: 'data'")
    for word in ("Default", "DEFAULT", "Bundled", " bundled ", "bundle", Path("Default")):
        with pytest.raises(TypeError, match=f"^{missing}$"):
            stance.evaluate(word)
        with pytest.raises(stance.exceptions.ModelFormatError, match="for the bundled model, pass model=None"):
            stance.load(word)
    with pytest.raises(TypeError, match=re.escape("suggest() missing 1 required positional argument: 'texts'")):
        stance.suggest("Default")
    # data still: a word of no bundled model, a path of folders, and the word naming a file here
    Path("Default").write_text("text,labels\nWe stand with Ukraine.,ukraine_support\n", encoding="utf-8")
    for data in ("build", "m/bundle", "Default"):
        with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
                f"evaluate() takes a model and the data, and got one argument, {data!r}, in the model's place")):
            stance.evaluate(data)


def test_the_data_by_keyword_with_no_model_is_told_what_model_to_pass(tmp_path, monkeypatch):
    # stance.evaluate(data="gold.csv"), the model forgotten, was Python's bare "evaluate() missing 1 required
    # positional argument: 'model'"; now the message writes the call out, model=None for the bundled model, and
    # the call it writes works.
    monkeypatch.chdir(tmp_path)
    gold = Path("gold.csv")
    gold.write_text("text,labels\nWe stand with Ukraine.,ukraine_support\nNATO must stay united.,unity\n",
                    encoding="utf-8")
    with pytest.raises(stance.exceptions.ArgumentOrderError, match=re.escape(
            f"evaluate() takes a model and the data, and got data={str(gold)!r} with no model: pass the model "
            f"first, stance.evaluate(model, data={str(gold)!r}), or as model=; for the bundled model pass "
            f"model=None, stance.evaluate(data={str(gold)!r}, model=None)")):
        stance.evaluate(data=str(gold))
    assert stance.evaluate(data=str(gold), model=None).n == 2
    with pytest.raises(TypeError, match=re.escape("suggest() takes a model and the texts, and got texts=texts with "
                                                  "no model") + ".*stance.suggest\\(texts=texts, model=None\\)$"):
        stance.suggest(texts=["We stand with Ukraine."])
    assert len(stance.suggest(texts=["We stand with Ukraine."], model=None)) == 1


def test_suggest_takes_the_texts_first_with_the_model_as_model_keyword():
    pool = ["Thank you all for coming.", "More tanks for Kyiv and more troops for Vilnius.",
            "Send more tanks to Ukraine now."]
    # suggest's own doctest: the bundled model is least sure of the second statement
    todo = stance.suggest(pool, model=stance.default_model(), n=1)
    assert (todo.index.tolist(), todo["text"].tolist()) == ([1], [pool[1]])
    assert stance.suggest(pool, model=None, n=2).equals(stance.suggest(None, pool, n=2))
    with pytest.raises(stance.exceptions.ArgumentOrderError) as raised:
        stance.suggest("pool.csv", 5, model=None)
    assert str(raised.value) == (
        "model=model follows 2 arguments by position, so suggest cannot tell the texts from the others: the model "
        "goes first, stance.suggest(model, 'pool.csv', 5), or the texts alone go before model=, "
        "stance.suggest('pool.csv', n=5, model=model)")


def test_a_0d_array_is_refused_with_advice_that_works():
    # An audit: score(np.array("…")) raised numpy's "iteration over a 0-d array"; classify of one
    # sent it to classify_many, which said "wrap it in a list", which classify_many refuses too.
    one = np.array("We must deter Russia.")
    for many in (stance.score, stance.classify_many):
        with pytest.raises(InvalidTypeError, match=r"got a 0-d array \(one value\); pass its value in a list: "
                                                   r"\[array\.item\(\)\]$"):
            many(one)
    with pytest.raises(InvalidTypeError, match=r"^text must be a str, got a 0-d array \(one value\); pass its "
                                               r"value: text\.item\(\) or str\(text\)$"):
        stance.classify(one)
    assert stance.classify_many([one.item()]) == [stance.classify(str(one))]  # as advised
    assert stance.score([one.item()]).flag.tolist() == [None]
    # A value that is no text is named, not told to be passed in a list (a review: [5] is refused)
    for many in (stance.score, stance.classify_many):
        with pytest.raises(InvalidTypeError, match=r"got a 0-d array of one int64, not a text$"):
            many(np.array(5, dtype=np.int64))
        with pytest.raises(InvalidTypeError, match=r"one bytes value; decode it and pass it in a list: "
                                                   r"\[array\.item\(\)\.decode\('utf-8'\)\]$"):
            many(np.array(b"We act."))


def test_advice_on_wrong_types_works_when_followed(default_model):
    # An audit: each of these said what to do, and doing it failed in turn.
    data = b"We must deter Russia."
    # "got a single bytes; wrap it in a list": [b"…"] is refused (classify_many) or flagged (score)
    for many in (stance.classify_many, stance.score):
        with pytest.raises(InvalidTypeError, match=r"got a single bytes; decode it and wrap it in a list: "
                                                   r"\[data\.decode\('utf-8'\)\], or use (stance\.)?classify\(data\."
                                                   r"decode\('utf-8'\)\) for one statement$"):
            many(data)
    assert stance.classify_many([data.decode("utf-8")]) == [stance.classify(data.decode("utf-8"))]
    # 5 is no missing value, which stance.score() was said to take
    with pytest.raises(InvalidTypeError, match=r"^texts\[1\] must be a str, got int; stance\.score\(\) accepts "
                                               r"missing values and values of other types, and flags them$"):
        stance.classify_many(["We must deter Russia.", 5])
    assert stance.score(["We must deter Russia.", 5]).flag.tolist() == [None, "not_text"]
    # model.score(df, "body"), as stance.score(df, "body") takes a column, is scikit-learn's score(X, y)
    frame = pd.DataFrame({"body": ["We must deter Russia.", "Thank you all."]})
    with pytest.raises(InvalidTypeError, match=r"^y must be a sequence of labels, got str: score\(data, y\) is "
                                               r"scikit-learn's accuracy of the model's labels against the labels y; "
                                               r"to score the statements of column 'body', name it: "
                                               r"model\.score\(data, text_column='body'\)$"):
        default_model.score(frame, "body")
    assert default_model.score(frame, text_column="body").equals(stance.score(frame, "body", model=default_model))
    with pytest.raises(InvalidTypeError, match=r"^y must be a sequence of labels, got str$"):  # no such column
        default_model.score(frame, "unity")


# Several values where an option takes one str: each option is named with what was given, not
# left to pandas' or numpy's "The truth value of a Series is ambiguous" from a comparison.
_MANY_VALUES = {"Series": pd.Series(["x", "y"]), "array": np.array(["x", "y"]),
                "DataFrame": pd.DataFrame({"a": ["x"]})}
_ONE_STR_OPTIONS = {
    "evaluate stance_column": ("stance_column", lambda model, frame, profile, bad: stance.evaluate(
        model, frame, stance_column=bad)),
    "cross_validate stance_column": ("stance_column", lambda model, frame, profile, bad: stance.cross_validate(
        frame, folds=2, stance_column=bad)),
    "scorer metric": ("metric", lambda model, frame, profile, bad: stance.scorer(metric=bad)),
    "suggest strategy": ("strategy", lambda model, frame, profile, bad: stance.suggest(model, frame, strategy=bad)),
    "example_text name": ("name", lambda model, frame, profile, bad: stance.example_text(name=bad)),
    "plot_profile title": ("title", lambda model, frame, profile, bad: stance.plot_profile(profile, title=bad)),
    "plot_profile value": ("value", lambda model, frame, profile, bad: stance.plot_profile(profile, value=bad)),
    "plot_trend title": ("title", lambda model, frame, profile, bad: stance.plot_trend(profile, title=bad)),
    "plot_trend value": ("value", lambda model, frame, profile, bad: stance.plot_trend(profile, value=bad)),
}


@pytest.fixture(scope="module")
def scored_by_month(energy_model, energy_frame) -> pd.DataFrame:
    months = pd.PeriodIndex(["2024-01", "2024-02"] * (len(energy_frame) // 2) + ["2024-01"] * (len(energy_frame) % 2),
                            freq="M")
    return stance.profile(stance.score(energy_frame[["text"]].assign(month=months), model=energy_model), by="month")


@pytest.mark.parametrize("kind", list(_MANY_VALUES))
@pytest.mark.parametrize("call", list(_ONE_STR_OPTIONS))
def test_several_values_for_a_one_str_option_are_named(call, kind, energy_model, energy_frame, scored_by_month):
    import matplotlib.pyplot as plt

    option, run = _ONE_STR_OPTIONS[call]
    given = {"Series": "a Series of 2 values", "array": "an array of 2 values",
             "DataFrame": "a DataFrame( of 1 row and 1 column)?"}[kind]  # a column's: "(a str), got a DataFrame"
    try:
        with pytest.raises(InvalidTypeError, match=rf"^{option} must .*got {given}"):
            run(energy_model, energy_frame, scored_by_month, _MANY_VALUES[kind])
    finally:
        plt.close("all")


@pytest.mark.parametrize("plot", [stance.plot_profile, stance.plot_trend])
def test_an_order_of_two_dimensions_is_named(plot, scored_by_month):
    with pytest.raises(InvalidTypeError, match=r"^order must be a list of targets, got a 2-D array of shape \(2, 2\)"):
        plot(scored_by_month, order=np.array([["wind", "coal"], ["none", "hydrogen"]]))


def test_an_open_file_or_buffer_is_refused_unread_with_advice_that_works(tmp_path):
    # An audit: iterated as its lines, an open CSV file was scored row by row as statements,
    # its header and the id before each text too ("1,We stand together.\n" was 'none' where the
    # text is 'unity'), and a StringIO or sys.stdin alike, without a word.
    import io

    path = tmp_path / "in.csv"
    path.write_text("id,text\n1,We stand together.\n2,Not one more cent for Kyiv.\n", encoding="utf-8")
    with open(path, encoding="utf-8") as handle:
        with pytest.raises(InvalidTypeError, match=re.escape(
                f"data is an open file {str(path)!r}, whose lines would each be taken for a statement, line end "
                f"and all (a table's header and other columns too); pass its path, {str(path)!r}, which is read "
                f"as a table by its suffix, or for one statement a line, data.read().splitlines()")):
            stance.score(handle)
        assert handle.tell() == 0  # refused unread: the advice can still read it whole
        assert stance.score(handle.name).label.tolist() == ["unity", "ukraine_support"]
    buffer = io.StringIO("We stand together.\nNot one more cent for Kyiv.\n")
    with pytest.raises(InvalidTypeError, match=re.escape(
            "texts is an in-memory file (StringIO), whose lines would each be taken for a statement, line end and "
            "all (a table's header and other columns too); pass its statements, one a line, "
            "texts.getvalue().splitlines(), or a table's column of them, pd.read_csv(texts)['text']")):
        stance.classify_many(buffer)
    texts = buffer.getvalue().splitlines()
    assert [p.label for p in stance.classify_many(texts)] == ["unity", "ukraine_support"]
    with pytest.raises(InvalidTypeError, match=re.escape(
            "data is an in-memory file (BytesIO), whose lines would each be taken for a statement, line end and all "
            "(a table's header and other columns too); pass the table pandas reads from it, pd.read_csv(data), or "
            "for one statement a line, data.getvalue().decode('utf-8').splitlines()")):
        stance.default_model().explain_many(io.BytesIO(path.read_bytes()))
    with pytest.raises(InvalidTypeError, match=r"^X is an in-memory file \(StringIO\)"):
        stance.default_model().predict(io.StringIO("We stand together.\n"))
    with pytest.raises(InvalidTypeError, match=r"^texts is an open file"), open(path, "rb") as handle:
        stance.suggest(None, handle, n=1)


def test_an_open_file_in_a_standard_library_wrapper_is_refused_too(tmp_path):
    # A review: tempfile.NamedTemporaryFile and codecs.open give a wrapper of the file, not an
    # io object, which iterates as its lines all the same: each line of an open CSV, its header
    # too, was still scored as a statement ('none', 'none' where the text is 'unity').
    import codecs
    import tempfile

    path = tmp_path / "in.csv"
    path.write_text("id,text\n1,We stand together.\n", encoding="utf-8")
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=tmp_path) as handle:
        handle.write(path.read_text(encoding="utf-8"))
        handle.flush()
        handle.seek(0)
        with pytest.raises(InvalidTypeError, match=re.escape(
                f"data is an open file {handle.name!r}, whose lines would each be taken for a statement")):
            stance.score(handle)
        assert handle.tell() == 0  # unread
        assert stance.score(handle.name).label.tolist() == ["unity"]
    with tempfile.NamedTemporaryFile("w+b") as handle, pytest.raises(InvalidTypeError, match=re.escape(
            "pass its statements, one a line, texts.read().decode('utf-8').splitlines()")):
        stance.classify_many(handle)
    with codecs.open(path, encoding="utf-8") as handle, pytest.raises(InvalidTypeError, match=re.escape(
            "X is an open file")):
        stance.default_model().predict(handle)
    with tempfile.SpooledTemporaryFile(mode="w+") as handle, pytest.raises(InvalidTypeError, match=re.escape(
            "data is an open stream (SpooledTemporaryFile)")):
        stance.score(handle)


@pytest.mark.parametrize("name", ["speech.txt", "in"])
def test_an_open_file_of_no_table_suffix_is_not_told_to_pass_its_path(tmp_path, name):
    # A review: an open file named speech.txt, or of no suffix, was advised to pass its path,
    # "which is read as a table by its suffix", and stance.score(path) then refused it:
    # "unknown file type '.txt'". Its lines, or the table pandas reads from it, are advised.
    path = tmp_path / name
    path.write_text("We stand together.\nNot one more cent for Kyiv.\n", encoding="utf-8")
    with open(path, encoding="utf-8") as handle:
        with pytest.raises(InvalidTypeError) as refused:
            stance.score(handle)
        assert str(refused.value).endswith(
            f"pass the table pandas reads from it, pd.read_csv({str(path)!r}), or for one statement a line, "
            f"data.read().splitlines()")
        texts = handle.read().splitlines()
    assert stance.score(texts).label.tolist() == ["unity", "ukraine_support"]

"""polars and pyarrow tables and columns, given where stance takes statements or a table, are
read as the pandas ones: the same answers as the pandas input, and pandas results."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import stance

pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")

TEXTS = ["We must defend every inch of allied territory.", "Lovely weather for the parade.", None,
         "Bring our soldiers home from the eastern flank."]
COLUMNS_OF_TEXTS = {"text": TEXTS, "n": [1, 2, 3, 4]}
PANDAS_FRAME = pd.DataFrame(COLUMNS_OF_TEXTS)

# Each makes a foreign table of the columns (their nulls are the pandas frame's None).
TABLES = {
    "polars DataFrame": pl.DataFrame,
    "pyarrow Table": pa.table,
    "pyarrow RecordBatch": pa.RecordBatch.from_pydict,  # pa.record_batch takes a dict from pyarrow 15
}


def _reader(table: pa.Table) -> pa.RecordBatchReader:
    """``table`` as a stream of batches of two rows, as DuckDB's ``relation.arrow()`` gives a result."""
    return pa.RecordBatchReader.from_batches(table.schema, table.to_batches(max_chunksize=2))


# Each turns a list of texts into a foreign column, unnamed.
COLUMNS = {
    "polars Series": lambda texts: pl.Series(texts),
    "pyarrow ChunkedArray": lambda texts: pa.chunked_array([texts[:2], texts[2:]]),
    "pyarrow Array": lambda texts: pa.array(texts),
}


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_score_reads_a_polars_or_pyarrow_table_as_the_pandas_one(table):
    expected = stance.score(PANDAS_FRAME)
    pd.testing.assert_frame_equal(stance.score(table(COLUMNS_OF_TEXTS)), expected)
    pd.testing.assert_frame_equal(stance.default_model().score(table(COLUMNS_OF_TEXTS)), expected)


@pytest.mark.parametrize("column", COLUMNS.values(), ids=COLUMNS.keys())
def test_score_reads_a_polars_or_pyarrow_column_as_the_pandas_one(column):
    expected = stance.score(pd.Series(TEXTS))
    assert expected["flag"].tolist()[2] == "missing"  # a null text is no statement, as a pandas None
    pd.testing.assert_frame_equal(stance.score(column(TEXTS)), expected)


def test_a_named_polars_series_keeps_its_name_as_a_pandas_one_does():
    expected = stance.score(pd.Series(TEXTS, name="speech"))
    pd.testing.assert_frame_equal(stance.score(pl.Series("speech", TEXTS)), expected)


def test_a_polars_lazy_frame_is_refused_with_the_advice_to_collect_it():
    with pytest.raises(stance.InvalidTypeError, match=r"data is a polars LazyFrame.*pass data\.collect\(\)"):
        stance.score(pl.DataFrame({"text": TEXTS}).lazy())


@pytest.mark.parametrize("column", COLUMNS.values(), ids=COLUMNS.keys())
def test_classify_many_of_a_polars_or_pyarrow_column_equals_that_of_a_list(column):
    texts = [text for text in TEXTS if text is not None]
    expected = stance.classify_many(texts)
    assert stance.classify_many(column(texts)) == expected
    assert stance.default_model().classify_many(column(texts)) == expected


def test_model_score_against_labels_reads_polars_columns():
    texts = [text for text in TEXTS if text is not None]
    labels = ["deterrence", "none", "eastern_flank"]
    model = stance.default_model()
    assert model.score(pl.Series(texts), pl.Series(labels)) == model.score(texts, labels)


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_explain_many_reads_a_polars_or_pyarrow_table_as_the_pandas_one(table):
    model = stance.default_model()
    expected = model.explain_many(PANDAS_FRAME, n=2)
    pd.testing.assert_frame_equal(model.explain_many(table(COLUMNS_OF_TEXTS), n=2), expected)


def _lists(frame: pd.DataFrame) -> dict[str, list]:
    """``frame``'s columns as lists, a missing value as None (polars and pyarrow's null)."""
    return {name: [None if pd.isna(value) else value for value in frame[name]] for name in frame.columns}


# Each makes a foreign table of a pandas frame's columns.
TABLES_OF = {
    "polars DataFrame": lambda frame: pl.DataFrame(_lists(frame)),
    "pyarrow Table": lambda frame: pa.table(_lists(frame)),
}

# The tables of labelled data that train, read_labelled, evaluate, find_label_issues and
# cross_validate read as stance.score reads them: a dict of columns too.
LABELLED_TABLES_OF = {**TABLES_OF, "dict of columns": _lists}


def _assert_same_frame(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    """assert_frame_equal with every missing value alike: a polars or pyarrow null comes back as
    None where the pandas frame's NaN is (pandas 2.2 and 2.3 warn of comparing them)."""
    def missing_as_none(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.astype(object).where(frame.notna(), None)

    assert got.dtypes.to_dict() == expected.dtypes.to_dict()
    pd.testing.assert_frame_equal(missing_as_none(got), missing_as_none(expected))


@pytest.mark.parametrize("table", LABELLED_TABLES_OF.values(), ids=LABELLED_TABLES_OF.keys())
def test_train_and_read_labelled_read_a_polars_or_pyarrow_table_as_the_pandas_one(table, energy_frame):
    _assert_same_frame(stance.read_labelled(table(energy_frame), stance_column="stance"),
                       stance.read_labelled(energy_frame, stance_column="stance"))
    trained = stance.train(table(energy_frame), stance_column="stance", threshold_folds=0)
    expected = stance.train(energy_frame, stance_column="stance", threshold_folds=0)
    assert trained.training_ == expected.training_
    pd.testing.assert_frame_equal(stance.score(energy_frame["text"], model=trained),
                                  stance.score(energy_frame["text"], model=expected))


def test_fit_reads_pyarrow_columns_of_texts_labels_and_stances(energy_frame):
    columns = {name: pa.chunked_array([values]) for name, values in _lists(energy_frame).items()}
    fitted = stance.StanceModel(threshold_folds=0).fit(columns["text"], columns["labels"], columns["stance"])
    expected = stance.StanceModel(threshold_folds=0).fit(energy_frame["text"], energy_frame["labels"],
                                                         energy_frame["stance"])
    assert fitted.training_ == expected.training_
    pd.testing.assert_frame_equal(stance.score(energy_frame["text"], model=fitted),
                                  stance.score(energy_frame["text"], model=expected))


@pytest.mark.parametrize("table", LABELLED_TABLES_OF.values(), ids=LABELLED_TABLES_OF.keys())
def test_evaluate_and_find_label_issues_read_a_polars_or_pyarrow_table_as_the_pandas_one(table, energy_frame,
                                                                                         energy_model):
    report = stance.evaluate(energy_model, table(energy_frame), by="register")
    expected = stance.evaluate(energy_model, energy_frame, by="register")
    assert report.metrics == expected.metrics
    assert report.groups.keys() == expected.groups.keys()
    _assert_same_frame(stance.find_label_issues(table(energy_frame), folds=3, threshold_folds=0),
                       stance.find_label_issues(energy_frame, folds=3, threshold_folds=0))


def test_cross_validate_reads_a_polars_table_and_groups(energy_frame):
    columns = pl.DataFrame(_lists(energy_frame))
    report = stance.cross_validate(columns, folds=2, groups=columns["register"], threshold_folds=0)
    expected = stance.cross_validate(energy_frame, folds=2, groups=energy_frame["register"], threshold_folds=0)
    assert report.metrics == expected.metrics
    pd.testing.assert_frame_equal(report.predictions, expected.predictions)


def test_cross_validate_reads_a_dict_of_columns_as_the_pandas_frame(energy_frame):
    # A dict of columns, which stance.score reads as a table, was refused here ("data must be a
    # pandas DataFrame or a path …, got dict").
    report = stance.cross_validate(_lists(energy_frame), folds=2, threshold_folds=0)
    expected = stance.cross_validate(energy_frame, folds=2, threshold_folds=0)
    assert report.metrics == expected.metrics
    pd.testing.assert_frame_equal(report.predictions, expected.predictions)


def test_a_dict_of_columns_of_unequal_length_is_refused_by_train_as_by_score():
    columns = {"text": ["We act.", "Thank you."], "labels": ["energy"]}
    message = re.escape("data: a dict of columns must give each column as many values: 'text' has 2, 'labels' 1")
    for call in (stance.score, stance.train, stance.read_labelled, stance.find_label_issues, stance.cross_validate,
                 lambda data: stance.evaluate(stance.default_model(), data)):
        with pytest.raises(stance.InvalidInputError, match=message):
            call(columns)


WHAT_IS_READ = (r"a table \(a pandas, polars or pyarrow one, or a dict of columns\){dask} or a path to a "
                r"\.csv/\.tsv/\.jsonl/\.parquet file \(or a folder or glob of them\), got list$")


def test_data_of_no_kind_read_is_told_every_kind_each_function_reads(energy_model):
    # Told "a pandas DataFrame or a path", a polars or pyarrow table or a dict seemed refused too.
    dask = ", a Dask DataFrame,"
    calls = {"train": (stance.train, dask), "read_labelled": (stance.read_labelled, dask),
             "evaluate": (lambda data: stance.evaluate(energy_model, data), ""),
             "find_label_issues": (stance.find_label_issues, ""), "cross_validate": (stance.cross_validate, "")}
    for call, also in calls.values():
        with pytest.raises(stance.InvalidTypeError, match="^data must be " + WHAT_IS_READ.format(dask=also)):
            call([1, 2])


@pytest.mark.parametrize("table", TABLES_OF.values(), ids=TABLES_OF.keys())
def test_suggest_reads_polars_or_pyarrow_texts_and_exclude(table, energy_frame, energy_model):
    labelled = energy_frame["text"].head(5).tolist()
    suggested = stance.suggest(energy_model, table(energy_frame), n=5, exclude=pl.Series(labelled))
    expected = stance.suggest(energy_model, energy_frame, n=5, exclude=labelled)
    pd.testing.assert_frame_equal(suggested, expected)
    assert not set(suggested["text"]) & set(labelled)


def _scored() -> pd.DataFrame:
    scored = stance.score(pd.DataFrame({"text": TEXTS, "party": ["a", "b", "a", "b"]}))
    scored.attrs.clear()  # which a polars copy has not: the profile falls back on the same "none"
    return scored


@pytest.mark.parametrize("table", TABLES_OF.values(), ids=TABLES_OF.keys())
def test_profile_reads_a_scored_frame_turned_into_polars_or_pyarrow(table):
    scored = _scored()
    pd.testing.assert_frame_equal(stance.profile(table(scored)), stance.profile(scored))
    pd.testing.assert_frame_equal(stance.profile(table(scored), by="party"), stance.profile(scored, by="party"))


@pytest.mark.parametrize("backend", ["numpy_nullable", "pyarrow"])
def test_a_scored_frame_of_nullable_dtypes_is_profiled_as_the_scored_frame(backend):
    # An audit (an R user, through reticulate): a flag column of nullable strings, whose <NA>
    # compares as <NA>, crashed profile with "boolean value of NA is ambiguous". A missing flag is
    # one, as None is; the by= column keeps its dtype in the index ("string" beside "str").
    scored = stance.score(pd.DataFrame({"text": [*TEXTS, "12345 67"], "party": ["a", "b", None, "b", "a"]}))
    nullable = scored.convert_dtypes(dtype_backend=backend)
    assert nullable["flag"].isna().any() and str(nullable["flag"].dtype) != str(scored["flag"].dtype)
    pd.testing.assert_frame_equal(stance.profile(nullable), stance.profile(scored))
    pd.testing.assert_frame_equal(stance.profile(nullable, by="party"), stance.profile(scored, by="party"),
                                  check_index_type=False)
    with pytest.warns(stance.StanceWarning, match="looks like the off-topic label"):  # reads each flag too
        pd.testing.assert_frame_equal(stance.profile(nullable, none_label="nothing"),
                                      stance.profile(scored, none_label="nothing"))
    # A document's statements, none flagged: pyarrow's column of nulls alone, whose isin fails too.
    sentences = stance.score_documents({"speech": "We stand with Ukraine. NATO must stay united."}).sentences
    pd.testing.assert_frame_equal(stance.profile(sentences.convert_dtypes(dtype_backend=backend)),
                                  stance.profile(sentences))


def test_a_polars_copy_of_a_profile_is_refused_as_one_without_its_index():
    profile = stance.profile(_scored())
    copy = pl.DataFrame(_lists(profile.reset_index()))
    with pytest.raises(stance.InvalidTypeError, match=r"after is a polars DataFrame, a copy of a profile without"):
        stance.compare_profiles(profile, copy)
    with pytest.raises(stance.InvalidTypeError, match=r"profile is a polars DataFrame.*stance\.profile\(\) returns"):
        stance.plot_profile(copy)


def test_a_pyarrow_table_made_from_a_profile_is_read_back_as_that_profile():
    # A review: pa.Table.from_pandas(profile) keeps the index and attrs in its pandas metadata
    # (as a Parquet file does), and to_pandas() gives the profile back, yet it was refused.
    profile = stance.profile(_scored())
    table = pa.Table.from_pandas(profile)
    import matplotlib

    matplotlib.use("Agg")
    if not table.to_pandas().attrs:  # pyarrow before 15 restores no attrs: refused, as without them
        with pytest.raises(stance.InvalidTypeError, match=r"without its index of targets or its attrs"):
            stance.plot_profile(table)
        return
    pd.testing.assert_frame_equal(stance.compare_profiles(table, profile), stance.compare_profiles(profile, profile))
    assert stance.plot_profile(table) is not None
    without_index = pa.Table.from_pandas(profile.reset_index(), preserve_index=False)
    with pytest.raises(stance.InvalidTypeError, match=r"before is a pyarrow Table, a copy of a profile without"):
        stance.compare_profiles(without_index, profile)


def test_a_polars_enum_column_keeps_its_order_in_a_profile_as_the_pandas_one_does():
    # A review: through Python lists a polars Enum became text, and a profile by month came out
    # Apr, Feb, Jan, Mar where polars' own to_pandas() keeps January first.
    scored = _scored()
    months = ["Jan", "Feb", "Mar", "Apr"]
    scored["month"] = [months[i % 4] for i in range(len(scored))]
    polars_frame = pl.DataFrame(_lists(scored)).with_columns(pl.col("month").cast(pl.Enum(months)))
    expected = stance.profile(polars_frame.to_pandas(), by="month")
    drawn = list(expected.index.get_level_values("month").unique())
    assert drawn == [month for month in months if month in drawn] != sorted(drawn)  # the calendar's order
    pd.testing.assert_frame_equal(stance.profile(polars_frame, by="month"), expected)


def test_the_advice_for_a_lazy_frame_or_a_null_works_where_a_column_of_statements_is_wanted():
    # A review: classify_many of a LazyFrame said to pass texts.collect(), which was then refused
    # as a DataFrame; a polars Series with a null was told texts.dropna(), which polars has not.
    lazy = pl.DataFrame({"text": ["We act.", "Bring them home."]}).lazy()
    with pytest.raises(stance.InvalidTypeError, match=r"pass its column of statements, texts\.collect\(\)\['text'\]"):
        stance.classify_many(lazy)
    assert [p.label for p in stance.classify_many(lazy.collect()["text"])] == \
        [p.label for p in stance.classify_many(["We act.", "Bring them home."])]
    with pytest.raises(stance.InvalidTypeError, match=r"^data is a polars LazyFrame"):
        stance.default_model().score(lazy)  # named as the method names it
    with pytest.raises(stance.InvalidTypeError, match=r"drop the missing texts first \(texts\.drop_nulls\(\)\)"):
        stance.classify_many(pl.Series(["We act.", None]))
    assert len(stance.classify_many(pl.Series(["We act.", None]).drop_nulls())) == 1


def test_a_lazy_frames_advice_names_its_own_column_and_works_for_fit_and_score_against_labels(energy_frame):
    # A review: the advice named a column 'text' the frame had not (polars' ColumnNotFoundError
    # when followed), and fit and score against labels said to pass X.collect(), a DataFrame,
    # then refused as one.
    speeches = pl.DataFrame({"n": [1, 2], "speech": ["We act.", "Bring them home."]}).lazy()
    with pytest.raises(stance.InvalidTypeError, match=r"pass its column of statements, texts\.collect\(\)\['speech'\]"):
        stance.classify_many(speeches)
    assert len(stance.classify_many(speeches.collect()["speech"])) == 2
    frame = energy_frame.dropna(subset=["labels"])
    lazy_texts = pl.DataFrame({"text": frame["text"].tolist()}).lazy()
    model = stance.default_model()
    with pytest.raises(stance.InvalidTypeError, match=r"pass its column of statements, data\.collect\(\)\['text'\]"):
        model.score(lazy_texts, frame["labels"])
    with pytest.raises(stance.InvalidTypeError, match=r"pass its column of statements, X\.collect\(\)\['text'\]"):
        stance.StanceModel(threshold_folds=0).fit(lazy_texts, frame["labels"])
    fitted = stance.StanceModel(threshold_folds=0).fit(lazy_texts.collect()["text"], frame["labels"])
    assert fitted.labels == stance.StanceModel(threshold_folds=0).fit(frame["text"], frame["labels"]).labels


def test_a_lazy_frame_of_several_text_columns_is_told_to_choose_one_not_given_the_first():
    # A review: {party, speech} was told texts.collect()['party'], which classified the party
    # names without a word; a frame of several text columns is told to choose among them.
    lazy = pl.DataFrame({"party": ["Left"], "speech": ["We act."]}).lazy()
    with pytest.raises(stance.InvalidTypeError, match=r"texts\.collect\(\)\[COLUMN\], COLUMN one of 'party', "
                                                      r"'speech' \(a column"):
        stance.classify_many(lazy)


def test_the_advice_for_a_missing_text_names_polars_calls_for_polars_input_alone():
    # A review: every user was told "texts.drop_nulls() for a polars one" beside pandas' dropna.
    with pytest.raises(stance.InvalidTypeError, match=r"\(texts\.dropna\(\) for a Series\), or use") as raised:
        stance.classify_many(["We act.", None])
    assert "drop_nulls" not in str(raised.value)
    # and a polars column scored against labels, read as pandas before its texts are checked
    with pytest.raises(stance.InvalidTypeError, match=r"drop the missing texts first \(data\.drop_nulls\(\)\)"):
        stance.default_model().score(pl.Series(["We act.", None]), ["unity", "none"])


def test_a_missing_text_of_a_polars_column_is_told_as_polars_null():
    # Told "a missing value (NaN)" beside polars' drop_nulls(): a polars column of text holds null,
    # not NaN (read as pandas, its null was NaN), as a pyarrow one is told.
    for call, argument in ((stance.classify_many, "texts"),
                           (lambda texts: stance.default_model().score(texts, ["unity", "none"]), "data")):
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                f"must be a str, got a missing value (null); drop the missing texts first ({argument}.drop_nulls()), "
                f"or use stance.score()")):
            call(pl.Series("text", ["We act.", None]))


def test_a_pyarrow_copy_of_a_profile_that_lost_its_attrs_is_refused_not_drawn_with_other_words():
    # A review: pyarrow 14's to_pandas() gives the index back but not the attrs, and a profile of
    # stances "pro" and "con" was drawn "leans favor" and "leans against".
    profile = stance.profile(pd.DataFrame({"labels": ["gas"] * 4, "stance": ["pro", "con", "pro", "con"]}))
    import json

    table = pa.Table.from_pandas(profile)
    metadata = json.loads(table.schema.metadata[b"pandas"])
    metadata.pop("attributes", None)  # as pyarrow 14 writes and reads it: the index, no attrs
    without_attrs = table.replace_schema_metadata({b"pandas": json.dumps(metadata).encode()})
    assert not isinstance(without_attrs.to_pandas().index, pd.RangeIndex) and not without_attrs.to_pandas().attrs
    with pytest.raises(stance.InvalidTypeError, match=r"without its index of targets or its attrs"):
        stance.plot_profile(without_attrs)


@pytest.mark.parametrize("table", TABLES_OF.values(), ids=TABLES_OF.keys())
def test_score_documents_reads_a_polars_or_pyarrow_table_of_documents(table):
    documents = pd.DataFrame({"text": ["Arm Ukraine now. We have a one-speed NATO.", "Thank you. Bring them home."],
                              "speaker": ["Nowak", "Kowalska"]})
    pd.testing.assert_frame_equal(stance.score_documents(table(documents)).sentences,
                                  stance.score_documents(documents).sentences)
    pd.testing.assert_frame_equal(stance.score_documents(pl.Series(documents["text"].tolist())).sentences,
                                  stance.score_documents(pd.Series(documents["text"].tolist())).sentences)


def test_a_polars_expression_for_a_column_is_refused_with_the_name_to_pass(energy_frame, energy_model):
    # pl.col("text") where a column's name is wanted raised "unhashable type: 'Expr'" (or "the
    # truth value of an Expr is ambiguous"): refused as values are, naming the column to pass.
    data = pl.DataFrame(_lists(energy_frame))
    scored = stance.score(energy_frame[["text", "register"]])
    calls = {
        "text_column='text'": lambda: stance.score(data, text_column=pl.col("text")),
        "by='register'": lambda: stance.profile(scored, by=pl.col("register")),
        "labels_column='labels'": lambda: stance.train(data, labels_column=pl.col("labels")),
        "by='register' ": lambda: stance.evaluate(energy_model, data, by=pl.col("register")),
        "text_column='text' ": lambda: stance.evaluate(energy_model, data, text_column=pl.col("text")),
        "text_column='text'  ": lambda: energy_model.explain_many(data, text_column=pl.col("text")),
        "text_column='text'   ": lambda: stance.score_documents(data.head(2), text_column=pl.col("text")),
        "columns=['register']": lambda: stance.score_documents(data.head(2), columns=[pl.col("register")]),
    }
    for advice, call in calls.items():
        expected = r"got a polars expression.*pass " + re.escape(advice.strip())
        with pytest.raises(stance.InvalidTypeError, match=expected):
            call()
    # an expression that is no plain column has no name to pass: the advice is to pass one
    with pytest.raises(stance.InvalidTypeError, match=r"got a polars expression.*pass the column's name as a str"):
        stance.score(data, text_column=pl.col("text").str.to_lowercase())
    with pytest.raises(stance.InvalidTypeError, match=r"got a polars expression.*pass groups='register'"):
        stance.cross_validate(data, folds=2, groups=pl.col("register"), threshold_folds=0)


def test_a_polars_expression_of_a_missing_column_is_told_the_column_is_missing(energy_frame):
    # A review of 1fc9b94: pl.col("missing") was told to pass text_column='missing', a name
    # that fails too. It is told the data has no such column, naming those there are.
    data = pl.DataFrame(_lists(energy_frame))
    scored = stance.score(energy_frame[["text", "register"]])
    for call, argument in ((lambda: stance.score(data, text_column=pl.col("missing")), "text_column"),
                           (lambda: stance.profile(scored, by=pl.col("missing")), "by"),
                           (lambda: stance.train(data, labels_column=pl.col("missing")), "labels_column")):
        with pytest.raises(stance.InvalidTypeError) as raised:
            call()
        said = str(raised.value)
        assert f"pass {argument}='missing'" not in said, said
        assert "pl.col('missing')" in said and "no such column; columns present: [" in said and "'text'" in said
    # a close spelling is the column meant
    with pytest.raises(stance.InvalidTypeError, match=r"no such column.*did you mean text_column='text'\?"):
        stance.score(data, text_column=pl.col("Txt"))
    with pytest.raises(stance.InvalidTypeError, match=r"no such column.*columns=\['register'\]"):
        stance.score_documents(data.head(2), columns=[pl.col("registr")])


def test_a_polars_column_beside_a_pandas_frame_of_another_index_is_taken_by_position(energy_frame):
    # A polars Series has no index, its rows in order only: read as pandas (a RangeIndex) it was
    # refused beside a shuffled frame as holding "the same rows in different orders", with
    # pandas' advice groups.loc[data.index], which polars has no means to follow.
    shuffled = energy_frame.sample(frac=1, random_state=3)
    report = stance.cross_validate(shuffled, folds=2, groups=pl.Series("register", shuffled["register"].tolist()),
                                   threshold_folds=0)
    expected = stance.cross_validate(shuffled, folds=2, groups="register", threshold_folds=0)
    assert report.metrics == expected.metrics
    fitted = stance.StanceModel(threshold_folds=0).fit(pl.Series(shuffled["text"].tolist()), shuffled["labels"],
                                                       shuffled["stance"])
    expected = stance.StanceModel(threshold_folds=0).fit(shuffled["text"], shuffled["labels"], shuffled["stance"])
    assert fitted.training_ == expected.training_
    assert fitted.score(pl.Series(shuffled["text"].tolist()), shuffled["labels"]) == expected.score(
        shuffled["text"], shuffled["labels"])


def test_a_polars_column_given_for_a_columns_name_is_told_its_name_not_printed():
    # profile(scored, by=pl.Series(...)) printed the whole Series, box-drawn, into the message,
    # where a pandas Series that is a column is told "pass by='party'".
    scored = stance.score(pd.DataFrame({"text": TEXTS, "party": ["A", "B", "A", "B"]}))
    for by in (pl.Series("party", ["A", "B", "A", "B"]), pl.DataFrame({"party": ["A", "B", "A", "B"]})):
        with pytest.raises(stance.InvalidTypeError, match=r"got a polars (Series|DataFrame).*: pass by='party'$") as e:
            stance.profile(scored, by=by)
        assert "shape" not in str(e.value) and "┌" not in str(e.value)
    with pytest.raises(stance.InvalidTypeError, match=r"got a polars Series of 4 values: add the values as a column"):
        stance.profile(scored, by=pl.Series("month", [1, 2, 3, 4]))
    # a review: values under a column's name that are not its values (a date column's year) are no column
    with pytest.raises(stance.InvalidTypeError, match=r"got a polars Series of 4 values: add the values as a column"):
        stance.profile(scored, by=pl.Series("party", ["A", "A", "B", "B"]))
    # and a second: a polars Date column, or one with a null, is its column still
    import datetime

    given = pl.DataFrame({"text": TEXTS, "party": ["A", None, "A", "B"],
                          "date": [datetime.date(2024, 1, day) for day in (1, 2, 3, 4)]})
    scored = stance.score(given)
    for by, name in ((given["date"], "date"), (given["party"], "party"), (given.select("date"), "date")):
        with pytest.raises(stance.InvalidTypeError, match=rf": pass by='{name}'$"):
            stance.profile(scored, by=by)


@pytest.mark.parametrize("frame", [pl.DataFrame, pd.DataFrame], ids=["polars", "pandas"])
def test_a_table_of_one_column_given_as_texts_is_told_its_own_column(frame):
    # classify_many(df.select("speech")) said "pass one column (data['text'])": another
    # argument's name, and a column the frame does not have.
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "pass its column, texts['speech'], or use stance.score(texts, text_column='speech')")):
        stance.classify_many(frame({"speech": ["We act."]}))
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "pass one of its columns (texts['speech'], texts['party']), or use stance.score(texts, text_column=")):
        stance.classify_many(frame({"speech": ["We act."], "party": ["A"]}))


def test_a_polars_table_of_documents_with_a_column_of_names_is_told_they_are_numbered():
    # A polars frame has no index, which names a pandas frame's documents: one with a "name"
    # column had its documents numbered 0, 1 without a word.
    documents = pl.DataFrame({"File": ["a.txt", "b.txt"], "text": ["Arm Ukraine now.", "Bring them home."]})
    with pytest.warns(stance.StanceWarning, match=re.escape(
            "documents are numbered 0, 1, …: a polars DataFrame has no index to name them; to name them by "
            "its column 'File', pass dict(zip(documents['File'], documents['text']))")):
        numbered = stance.score_documents(documents)
    assert numbered.sentences["document"].tolist() == [0, 1]
    named = stance.score_documents(dict(zip(documents["File"], documents["text"])))
    assert named.sentences["document"].tolist() == ["a.txt", "b.txt"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no such column: nothing to say
        stance.score_documents(documents.drop("File"))
        # A review: nor where the names repeat (speakers: a dict would merge their documents), or
        # where the column is carried with columns= already.
        stance.score_documents(pl.DataFrame({"name": ["Smith", "Jones", "Smith"],
                                             "text": ["Arm Ukraine now.", "Bring them home.", "We stand together."]}))
        stance.score_documents(documents, columns=["File"])


def test_without_pyarrow_a_polars_enum_column_keeps_its_order_in_a_profile(monkeypatch):
    # polars' to_pandas needs pyarrow; without it the frame was read through Python lists, its
    # Enum column as text, and a profile by month came out Apr, Feb, Jan, Mar.
    scored = _scored()
    months = ["Jan", "Feb", "Mar", "Apr"]
    scored["month"] = [months[i % 4] for i in range(len(scored))]
    polars_frame = pl.DataFrame(_lists(scored)).with_columns(pl.col("month").cast(pl.Enum(months)))
    expected = stance.profile(polars_frame.to_pandas(), by="month")

    def without_pyarrow(*args, **kwargs):
        raise ImportError("pyarrow is required")

    monkeypatch.setattr(pl.DataFrame, "to_pandas", without_pyarrow)
    monkeypatch.setattr(pl.Series, "to_pandas", without_pyarrow)
    got = stance.profile(polars_frame, by="month")
    # the calendar's order; whether ordered= is set differs with polars' version (True from 2.0)
    assert list(got.index.get_level_values("month")) == list(expected.index.get_level_values("month"))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True))
    assert list(stance.foreign_frames.as_pandas(polars_frame["month"]).cat.categories) == months


def test_a_record_batch_reader_given_as_texts_is_told_the_column_of_the_table_it_gives():
    # A data engineer's audit: classify_many(relation.arrow()) said "texts[0] must be a str, got
    # RecordBatch". The stream is left unread (read, it could not be read again), and the advice
    # names its column of statements in the Table its read_all() gives.
    reader = _reader(pa.table({"n": [1], "speech": ["We act."]}))
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "texts is a pyarrow RecordBatchReader, a stream of batches; pass its column of statements, "
            "texts.read_all()['speech'] (a column of the Table it gives)")):
        stance.classify_many(reader)
    assert reader.read_all().num_rows == 1
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "texts.read_all()[COLUMN] (a column of the Table it gives), COLUMN one of 'a', 'b'")):
        stance.classify_many(_reader(pa.table({"a": ["We act."], "b": ["Now."]})))


@pytest.mark.parametrize("column", [COLUMNS["pyarrow ChunkedArray"], COLUMNS["pyarrow Array"]],
                         ids=["ChunkedArray", "Array"])
def test_the_advice_for_a_missing_text_names_pyarrows_null_and_drop_null(column):
    # A data engineer's audit: a pyarrow column with a null was told "a missing value (NaN);
    # drop the missing texts first (texts.dropna() for a Series)": pyarrow has neither NaN
    # there nor dropna. It is told of a null and pyarrow's drop_null(), which works.
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "texts[1] must be a str, got a missing value (null); drop the missing texts first "
            "(texts.drop_null()), or use stance.score()")):
        stance.classify_many(column(["We act.", None]))
    assert len(stance.classify_many(column(["We act.", None]).drop_null())) == 1
    with pytest.raises(stance.InvalidTypeError, match=re.escape("(data.drop_null())")):
        stance.default_model().score(column(["We act.", None]), ["unity", "none"])


class _Relation:
    """A stand-in for a DuckDB relation (duckdb is no dependency): its module and class names,
    its columns and types, and df() as DuckDB's gives the result."""

    def __init__(self, columns: dict[str, list]):
        self._frame = pd.DataFrame(columns)
        self.columns = list(columns)
        self.types = ["VARCHAR" if isinstance(values[0], str) else "BIGINT" for values in columns.values()]

    def df(self) -> pd.DataFrame:
        return self._frame.copy()

    def fetch_arrow_table(self) -> pa.Table:
        return pa.Table.from_pandas(self._frame, preserve_index=False)


_Relation.__module__, _Relation.__name__, _Relation.__qualname__ = "duckdb", "DuckDBPyRelation", "DuckDBPyRelation"


def test_a_duckdb_relation_is_told_to_pass_the_frame_its_df_gives(energy_frame):
    # A data engineer's audit: a DuckDB relation was refused as "got DuckDBPyRelation" with no
    # hint. It is refused, unrun, naming relation.df(), which works (not fetch_arrow_table(),
    # which DuckDB 2 deprecates: a review).
    relation = _Relation({"n": [1, 2], "text": ["We act.", "Bring them home."]})
    calls = {"score": lambda: stance.score(relation),
             "explain_many": lambda: stance.default_model().explain_many(relation),
             "score_documents": lambda: stance.score_documents(relation),
             "train": lambda: stance.train(relation, threshold_folds=0),
             "evaluate": lambda: stance.evaluate(stance.default_model(), relation)}
    for name, call in calls.items():
        argument = "documents" if name == "score_documents" else "data"
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                f"{argument} is a DuckDB relation, a query not yet run; pass {argument}.df(), the pandas DataFrame "
                f"it gives")):
            call()
    pd.testing.assert_frame_equal(stance.score(relation.df()), stance.score(relation.fetch_arrow_table()))
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "texts is a DuckDB relation, a query not yet run; pass its column of statements, texts.df()['text']")):
        stance.classify_many(relation)
    assert len(stance.classify_many(relation.df()["text"])) == 2


def test_a_record_batch_reader_given_as_a_table_is_refused_unread(energy_frame):
    # A review of 51c44ac: read whole where a table is taken, a call then refused for another
    # reason (no column 'text') left the stream read to its end, and the same call put right
    # scored no rows without a word. It is refused unread, and the advice works as written.
    table = pa.table({"n": list(range(len(energy_frame))), "speech": energy_frame.text.tolist(),
                      "labels": energy_frame.labels.tolist()})
    reader = _reader(table)
    calls = {"data": lambda data: stance.score(data, text_column="speech"),
             "data ": lambda data: stance.train(data, text_column="speech"),
             "scored": lambda data: stance.profile(data)}
    for argument, call in calls.items():
        argument = argument.strip()
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                f"{argument} is a pyarrow RecordBatchReader, a stream of batches that can be read once; pass the "
                f"Table it gives, {argument}.read_all()")):
            call(reader)
    data = reader.read_all()  # the advice, as written: the stream was left whole
    assert data.num_rows == len(energy_frame)
    assert len(stance.score(data, text_column="speech", prefix="pred_")) == len(energy_frame)


def test_a_pandas_table_of_documents_numbered_by_its_default_index_is_told_of_its_column_of_names():
    # An audit: a pandas frame of a 'name' column beside 'text' and the default index 0..n-1 had
    # its documents numbered 0, 1 without a word, where the polars frame of the same columns is
    # told to name them by that column. A meaningful index (named, or not 0..n-1) names them.
    documents = pd.DataFrame({"name": ["a.txt", "b.txt"], "text": ["Arm Ukraine now.", "Bring them home."]})
    with pytest.warns(stance.StanceWarning, match=re.escape(
            "documents are numbered 0, 1, … by the DataFrame's default index; to name them by its column 'name', "
            "pass dict(zip(documents['name'], documents['text']))")):
        numbered = stance.score_documents(documents)
    assert numbered.sentences["document"].tolist() == [0, 1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.score_documents(documents.set_index(pd.Index([3, 4])))  # not 0..n-1: the user's numbers
        stance.score_documents(documents.rename_axis("row"))  # named
        stance.score_documents(documents, columns=["name"])  # carried
        stance.score_documents(documents.drop(columns="name"))  # no such column
        stance.score_documents(pd.DataFrame({"id": [1, 1], "text": ["Arm Ukraine now.", "Bring them home."]}))


def test_a_table_of_documents_whose_names_column_is_numbered_as_the_default_index_is_not_warned():
    # A review of 3c87c65: a pandas frame with the default index and a column 'id' of 0, 1, 2 was
    # told to pass dict(zip(df['id'], …)), which names the documents 0, 1, 2, as they are already
    # numbered. A column that numbers them as the index does (0..n-1 in order) is not warned of;
    # the same numbers in another order, or from 1, are, and so is a polars frame's such column.
    texts = ["Arm Ukraine now.", "Bring them home.", "We stand with NATO."]
    for frame in (pd.DataFrame, pl.DataFrame):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            scored = stance.score_documents(frame({"id": [0, 1, 2], "text": texts}))
        assert scored.sentences["document"].tolist() == [0, 1, 2]
        for names in ([1, 2, 3], [2, 1, 0]):
            with pytest.warns(stance.StanceWarning, match="documents are numbered 0, 1, …"):
                stance.score_documents(frame({"id": names, "text": texts}))


@pytest.mark.parametrize("names", [[0.0, 1.0, 2.0], pd.Series([0, 1, 2], dtype=object)], ids=["floats", "objects"])
def test_a_names_column_numbered_from_zero_as_floats_or_objects_is_not_warned(names):
    # A review of 8d4c800: only integer dtypes counted as 0..n-1, so 0.0, 1.0, 2.0 (or objects 0, 1, 2) were told to
    # pass dict(zip(df['id'], …)), whose keys equal 0, 1, 2 and rename nothing.
    texts = ["Arm Ukraine now.", "Bring them home.", "We stand with NATO."]
    frames = [pd.DataFrame({"id": names, "text": texts})]
    if isinstance(names, list):
        frames.append(pl.DataFrame({"id": names, "text": texts}))
    for frame in frames:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            stance.score_documents(frame)
    with pytest.warns(stance.StanceWarning, match="documents are numbered 0, 1, …"):
        stance.score_documents(pd.DataFrame({"id": [False, True, None], "text": texts}))


def test_a_nan_of_a_polars_or_pyarrow_float_column_is_told_as_nan_not_null():
    # Left over: a polars Float64 column holding NaN (not null) was told "a missing value (null);
    # … (texts.drop_nulls())", which keeps a NaN; so was a pyarrow one, whose drop_null() keeps it
    # too. A NaN is told as NaN, with the call that drops it; a null as before.
    nan_then_null = pl.Series("text", [float("nan"), None])
    for call, argument in ((stance.classify_many, "texts"),
                           (lambda texts: stance.default_model().score(texts, ["unity", "none"]), "data")):
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                f"{argument}[0] must be a str, got a missing value (NaN, which polars' drop_nulls() keeps); drop the "
                f"missing texts first ({argument}.drop_nans().drop_nulls()), or use stance.score()")):
            call(nan_then_null)
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                f"{argument}[0] must be a str, got a missing value (null); drop the missing texts first "
                f"({argument}.drop_nulls())")):
            call(nan_then_null.drop_nans())
    assert nan_then_null.drop_nans().drop_nulls().len() == 0  # what it says works, in one step
    import pyarrow.compute as pc

    for column in (pa.array([float("nan"), None]), pa.chunked_array([[float("nan"), None]])):
        with pytest.raises(stance.InvalidTypeError, match=re.escape(
                "texts[0] must be a str, got a missing value (NaN, which pyarrow's drop_null() keeps); drop the "
                "missing texts first (texts.filter(pyarrow.compute.invert(pyarrow.compute.is_nan(texts)))), or use "
                "stance.score()")):
            stance.classify_many(column)
        assert len(column.filter(pc.invert(pc.is_nan(column)))) == 0  # the NaN and the null both dropped


def test_integer_ids_with_gaps_of_a_polars_or_pyarrow_table_come_back_exact(monkeypatch):
    # A notebook user's audit: an id column of a polars or pyarrow table with a null came back
    # float64 from stance.score, score_documents and the rest, as Arrow's to_pandas makes it:
    # 9007199254740993 (2**53 + 1, a post id is larger) came back 9007199254740992.0 and 3 as
    # 3.0, in the scores and in pl.from_pandas of them. They stay the ints given, as a Parquet
    # file's do (parquet_files.read_parquet), beside None; a column without a gap stays int64.
    big = 2**53 + 1
    ids = [big, None, 3, 4]
    columns = {"id": ids, "n": [1, 2, 3, 4], "text": TEXTS}
    for table in TABLES.values():
        scored = stance.score(table(columns))
        assert scored["id"].tolist() == ids and scored["n"].dtype == "int64"
        with pytest.warns(stance.StanceWarning, match="has no text"):  # the third document's
            assert stance.score_documents(table(columns)).sentences["id"].tolist() == [big, None, 4]
    assert pl.from_pandas(stance.score(pl.DataFrame(columns)))["id"].to_list() == ids
    for column in COLUMNS.values():
        assert stance.foreign_frames.as_pandas(column(ids)).tolist() == ids

    def without_pyarrow(*args, **kwargs):
        raise ImportError("pyarrow is required")

    monkeypatch.setattr(pl.DataFrame, "to_pandas", without_pyarrow)
    monkeypatch.setattr(pl.Series, "to_pandas", without_pyarrow)
    assert stance.score(pl.DataFrame(columns))["id"].tolist() == ids
    assert stance.foreign_frames.as_pandas(pl.Series(ids)).tolist() == ids


def test_unsigned_ids_with_gaps_past_2_63_go_back_to_polars_and_parquet_exact(monkeypatch, tmp_path):
    # A review of e914d979: an unsigned 64-bit id column with a null (a polars hash(), past
    # 2**63) came back as Python ints, which pl.from_pandas(scores) and scores.to_parquet()
    # refused, "Python int too large to convert to C long", where they had worked (lossily,
    # as floats) before. It comes back as pandas' UInt64, exact, and goes back as uint64.
    import pyarrow.parquet as pq

    big = 2**64 - 1
    ids = [big, None, 3, 4]
    polars_columns = {"id": pl.Series(ids, dtype=pl.UInt64), "n": pl.Series([1, 2, 3, 4], dtype=pl.UInt64),
                      "text": TEXTS}
    arrow_columns = {"id": pa.array(ids, pa.uint64()), "n": pa.array([1, 2, 3, 4], pa.uint64()), "text": TEXTS}
    for table in (pl.DataFrame(polars_columns), pa.table(arrow_columns), pa.RecordBatch.from_pydict(arrow_columns)):
        scored = stance.score(table)
        assert scored["id"].dtype == "UInt64" and scored["n"].dtype == "uint64"  # a gapless one as before
        assert pl.from_pandas(scored)["id"].to_list() == ids
        scored.to_parquet(tmp_path / "scored.parquet")
        assert pq.read_table(tmp_path / "scored.parquet")["id"].to_pylist() == ids
    for column in (pl.Series(ids, dtype=pl.UInt64), pa.array(ids, pa.uint64()),
                   pa.chunked_array([ids[:1], ids[1:]], pa.uint64())):
        assert stance.foreign_frames.as_pandas(column).astype(object).where(lambda c: c.notna(), None).tolist() == ids

    def without_pyarrow(*args, **kwargs):
        raise ImportError("pyarrow is required")

    monkeypatch.setattr(pl.DataFrame, "to_pandas", without_pyarrow)
    assert pl.from_pandas(stance.score(pl.DataFrame(polars_columns)))["id"].to_list() == ids

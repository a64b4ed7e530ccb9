"""polars and pyarrow tables and columns, given where stance takes statements or a table, are
read as the pandas ones: the same answers as the pandas input, and pandas results."""

from __future__ import annotations

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
    "pyarrow RecordBatch": pa.record_batch,
}
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

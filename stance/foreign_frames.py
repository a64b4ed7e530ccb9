"""polars and pyarrow tables and columns, read as the pandas ones stance works on.

stance's checks tell a table from a column by the class's name (``"DataFrame"``,
``"Series"``), so a polars DataFrame was taken for a pandas one and misread: scored as one
row of a Series. Every public function that takes statements or a table passes its data
through :func:`as_pandas` first. A value is recognised by its class's module, so neither
polars nor pyarrow is imported unless the value came from it (``import stance`` stays
cheap); missing values come back as pandas reads them (None or NaN), so a null text is
"no statement" as a pandas None is.

>>> as_pandas(["We act."], "data")
['We act.']
"""

from __future__ import annotations

from typing import Any

from . import _forksafe as forksafe
from .exceptions import InvalidTypeError

_POLARS = "polars"
_PYARROW = "pyarrow"

# An integer column with nulls read as Python ints and None, as stance reads a Parquet file's
# (parquet_files.read_parquet): Arrow's default makes it float64, so an id past 2**53 (a post's,
# 9007199254740993) came back changed and every id as 17.0, in the scores and in any file
# written of them.
_EXACT_INTEGERS = {"integer_object_nulls": True}


def _library(value: object) -> str | None:
    """``"polars"`` or ``"pyarrow"`` for a value of that library's, else None."""
    module = type(value).__module__ or ""
    for library in (_POLARS, _PYARROW):
        if module == library or module.startswith(library + "."):
            return library
    return None


def library_of(value: object) -> str | None:
    """``"polars"`` or ``"pyarrow"`` for a value of that library's (read as pandas since), for
    advice in its own calls: polars' ``drop_nulls()``, pyarrow's ``drop_null()``, not pandas'
    ``dropna()``; else None.

    >>> library_of(["We act."]) is None
    True
    """
    return _library(value)


def is_polars(value: object) -> bool:
    """Whether ``value`` is polars' (a DataFrame, Series or LazyFrame), for advice in polars' calls
    (``drop_nulls()``, not pandas' ``dropna()``) about data read as pandas since.

    >>> is_polars(["We act."])
    False
    """
    return _library(value) == _POLARS


def refuse_dask(value: Any, argument: str, call: str) -> None:
    """Refuse a Dask DataFrame or Series given as ``argument`` of ``call``, which reads a pandas
    one, with the advice to compute it: :func:`stance.score` of a Dask frame returns a lazy one
    (README, "Scoring on a cluster"), and profiling it was refused as "must be the DataFrame
    stance.score() returns, got DataFrame", which it is, to the eye; a document's split failed
    inside ("'DataFrame' object has no attribute 'attrs'"). Recognised by its module, as
    :func:`stance.distributed.is_dask` does, so dask is not imported.

    >>> refuse_dask(["We act."], "scored", "stance.profile")
    >>> class DataFrame: ...
    >>> DataFrame.__module__ = "dask.dataframe.dask_expr._collection"
    >>> refuse_dask(DataFrame(), "scored", "stance.profile")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: scored is a Dask DataFrame, which is lazy: ... scored.compute()
    """
    if type(value).__module__.split(".")[0] == "dask":
        raise InvalidTypeError(f"{argument} is a Dask {type(value).__name__}, which is lazy: {call} reads a pandas "
                               f"one; compute it first, {argument}.compute()")


def as_held(data: Any, position: int, value: Any) -> Any:
    """``value``, item ``position`` of ``data`` read as pandas, as polars or pyarrow holds it where
    ``data`` is a column of theirs: None for a null and NaN for a float NaN, which pandas reads
    alike, where polars' ``drop_nulls()`` and pyarrow's ``drop_null()`` drop the one and keep the
    other; ``value`` otherwise.

    >>> as_held(["We act.", None], 1, None) is None
    True
    """
    library = _library(data)
    names = _class_names(data) if library is not None else set()
    if library == _POLARS and "Series" in names:
        return data[position]
    if library == _PYARROW and names & {"Array", "ChunkedArray"}:
        return data[position].as_py()
    return value


def _class_names(value: object) -> set[str]:
    """The names of ``value``'s class and its bases: pyarrow's arrays are ``StringArray``,
    ``Int64Array``, … under ``Array``."""
    return {cls.__name__ for cls in type(value).__mro__}


def as_pandas(data: Any, argument: str = "data", *, column: bool = False) -> Any:
    """``data`` as the pandas equivalent if it is a polars DataFrame or Series or a pyarrow
    Table, RecordBatch, ChunkedArray or Array (a RecordBatchReader is refused, unread, with
    the advice of its ``read_all()``); anything else as it is. A polars LazyFrame is
    refused naming ``argument``, with the advice to collect it (scoring it would run its query),
    and, where a ``column`` of statements is wanted, to pass one column of what it gives.
    """
    if _is_duckdb_relation(data):
        raise InvalidTypeError(_relation_advice(data, argument, column))
    library = _library(data)
    if library is None:
        return data
    names = _class_names(data)
    if library == _POLARS:
        return _from_polars(data, names, argument, column)
    if "RecordBatchReader" in names:
        data, names = _read_whole(data, argument, column), {"Table"}
    return _from_pyarrow(data, names)


def _read_whole(reader: Any, argument: str, column: bool) -> Any:
    """Refuse a pyarrow RecordBatchReader (DuckDB's ``relation.arrow()``, a stream of batches),
    unread: iterated as it was, each batch was taken for one text; and read here, a call then
    refused (a column named wrong) left it read to its end, so the same call put right scored
    no rows without a word (a review). The advice passes the Table its ``read_all()`` gives,
    or where a ``column`` of statements is wanted a column of it, named from its schema."""
    if not column:
        raise InvalidTypeError(f"{argument} is a pyarrow RecordBatchReader, a stream of batches that can be read "
                               f"once; pass the Table it gives, {argument}.read_all()")
    texts = [field.name for field in reader.schema if str(field.type) in ("string", "large_string", "string_view")]
    key, choices = _column_to_name(list(reader.schema.names), texts)
    raise InvalidTypeError(f"{argument} is a pyarrow RecordBatchReader, a stream of batches; pass its column of "
                           f"statements, {argument}.read_all()[{key}] (a column of the Table it gives){choices}")


def _column_to_name(names: list[str], texts: list[str]) -> tuple[str, str]:
    """The column of statements advice names, of a table of columns ``names``, ``texts`` of
    them text: 'text' where there is one (or nothing is known), the one text column, or
    COLUMN and the columns to pick it from.

    >>> _column_to_name(["n", "speech"], ["speech"]), _column_to_name(["a", "b"], ["a", "b"])
    (("'speech'", ''), ('COLUMN', ", COLUMN one of 'a', 'b'"))
    """
    if "text" in names or not names:
        return "'text'", ""
    if len(texts) == 1:
        return repr(texts[0]), ""
    return "COLUMN", f", COLUMN one of {', '.join(repr(name) for name in texts or names)}"


def _is_duckdb_relation(value: object) -> bool:
    """Whether ``value`` is a DuckDB relation (``duckdb.sql(...)``), told by its class's module
    and name, so that duckdb is never imported."""
    module = type(value).__module__ or ""
    return type(value).__name__ == "DuckDBPyRelation" and module.lstrip("_").split(".")[0] == "duckdb"


def _relation_advice(relation: Any, argument: str, column: bool) -> str:
    """Why a DuckDB relation given as ``argument`` is refused, and what to pass: the DataFrame
    its ``df()`` gives (not ``fetch_arrow_table()``, which DuckDB 2 deprecates), or where a ``column``
    of statements is wanted, a column of that DataFrame, named from the relation's columns
    without running its query. Refused, not run: a query of a large table may take long."""
    head = f"{argument} is a DuckDB relation, a query not yet run; pass "
    if not column:
        return head + f"{argument}.df(), the pandas DataFrame it gives"
    try:
        names = [str(name) for name in relation.columns]
        texts = [name for name, kind in zip(names, relation.types) if str(kind).startswith("VARCHAR")]
    except Exception:  # a relation whose columns cannot be read: named as any other
        names, texts = [], []
    key, choices = _column_to_name(names, texts)
    return head + f"its column of statements, {argument}.df()[{key}] (a column of the DataFrame it gives){choices}"


def computed(value: Any) -> Any:
    """``value`` computed if it is a Dask collection (a DataFrame, a Series), else as it is: for
    a call that reads every row in this process, which took a Dask frame for an iterable of its
    column names, or named its rows through a lazy index that has no ``equals`` (a review).
    Recognised by its module, as :func:`refuse_dask` recognises one, so dask is not imported.

    >>> computed(["We act."])
    ['We act.']
    """
    module = type(value).__module__ or ""
    return value.compute() if module.split(".")[0] == "dask" else value


def as_pandas_together(values: dict[str, Any], *, column: str | None = None) -> list[Any]:
    """Each of ``values`` (by its argument's name) as :func:`as_pandas` reads it, ``column``
    the one of statements; and one of polars or pyarrow, which has no index (its rows are
    in order only), indexed as the first of pandas' among them, when it has as many rows:
    taken by position, as a numpy array is. Read with a RangeIndex, a polars Series of
    groups beside a shuffled frame was refused as holding "the same rows in different
    orders", with pandas' advice ``groups.loc[data.index]``, which polars has no means to follow.
    """
    index = next((value.index for value in values.values()
                  if _library(value) is None and _pandas_index(value) is not None), None)
    read = []
    for argument, value in values.items():
        converted = as_pandas(value, argument, column=argument == column)
        if (index is not None and _library(value) is not None and _pandas_index(converted) is not None
                and len(converted) == len(index)):
            converted = converted.set_axis(index)
        read.append(converted)
    return read


def _pandas_index(value: Any) -> Any:
    """``value``'s index if it is a pandas DataFrame's or Series', else None (a list's
    ``.index`` is a method)."""
    index = getattr(value, "index", None)
    module = type(index).__module__ or ""
    return index if module == "pandas" or module.startswith("pandas.") else None


def _from_polars(data: Any, names: set[str], argument: str, column: bool) -> Any:
    pd = forksafe.imported("pandas")

    if "LazyFrame" in names:
        key, choices = _statements_column(data)
        wanted = (f"its column of statements, {argument}.collect()[{key}]{choices} (a column of the DataFrame it "
                  f"gives)" if column else f"{argument}.collect(), the DataFrame it gives")
        raise InvalidTypeError(f"{argument} is a polars LazyFrame, a query not yet run; pass {wanted}")
    if "DataFrame" in names or "Series" in names:
        try:
            # as polars gives it: an Enum or Categorical column stays categorical, in its order
            # (a profile by month keeps January first), and a Date column is of dates; an
            # integer column with nulls is of Python ints, as a Parquet file's (see _EXACT_INTEGERS)
            converted = _exact_unsigned(data.to_pandas(**_EXACT_INTEGERS), _polars_gapped_unsigned(data, names))
        except ImportError:
            # without pyarrow, which polars' to_pandas needs: through Python lists, the column
            # order kept, and the nulls read as pandas reads missing values
            if "Series" in names:
                converted = pd.Series(_listed(data), name=data.name)
            else:
                converted = pd.DataFrame({name: _listed(data[name]) for name in data.columns},
                                         columns=list(data.columns))
        if "Series" in names and data.name == "":
            converted.name = None  # polars names an unnamed Series "": unnamed, as pandas has it
        return converted
    return data


def _listed(series: Any) -> Any:
    """A polars Series' values as pyarrow's to_pandas gives them, without pyarrow: a list, or
    an Enum or Categorical column as a pandas Categorical in its categories' order (an Enum's
    ordered), so that a profile by month keeps January first without pyarrow too."""
    pd = forksafe.imported("pandas")

    values = series.to_list()
    kind = type(series.dtype).__name__
    if series.dtype.is_integer() and series.null_count():
        if kind == "UInt64":  # as with pyarrow (see _exact_unsigned)
            return _nullable_unsigned(series)
        return _objects(values)  # as pyarrow's gives it (see _EXACT_INTEGERS), not floats
    if kind == "Enum":
        return pd.Categorical(values, categories=list(series.dtype.categories), ordered=True)
    if kind == "Categorical":  # its categories as they come, as pyarrow's dictionary has them
        return pd.Categorical(values, categories=list(dict.fromkeys(v for v in values if v is not None)))
    return values


def _statements_column(lazy: Any) -> tuple[str, str]:
    """How a message names the column of statements of a polars LazyFrame, read from its
    schema without running its query: 'text' if it has one, or its one column of text; else
    COLUMN, and the columns of text (or all) to choose it from."""
    try:
        schema = lazy.collect_schema()
        names = list(schema.names())
        texts = [name for name, dtype in zip(names, schema.dtypes())
                 if str(dtype).split("(")[0] in ("String", "Utf8", "Categorical", "Enum")]
    except Exception:  # a query whose schema fails: named as any other
        return "'text'", ""
    if "text" in names or not names:
        return "'text'", ""
    if len(texts) == 1:
        return repr(texts[0]), ""
    return "COLUMN", f", COLUMN one of {', '.join(repr(name) for name in texts or names)}"


def _from_pyarrow(data: Any, names: set[str]) -> Any:
    pd = forksafe.imported("pandas")

    types = forksafe.imported("pyarrow").types
    if "Table" in names or "RecordBatch" in names:
        gapped = {field.name: column for field, column in zip(data.schema, data.columns)
                  if types.is_uint64(field.type) and column.null_count}
        return _exact_unsigned(data.to_pandas(**_EXACT_INTEGERS), gapped)
    if "ChunkedArray" in names or "Array" in names:
        values = data.to_pylist()
        if not (types.is_integer(data.type) and data.null_count):
            return pd.Series(values)
        # ints beside None, not floats (see _EXACT_INTEGERS); unsigned 64-bit ones see _exact_unsigned
        return pd.Series(_nullable_unsigned(data) if types.is_uint64(data.type) else _objects(values))
    return data


def _polars_gapped_unsigned(data: Any, names: set[str]) -> dict[str, Any]:
    """The unsigned 64-bit integer columns with nulls of a polars DataFrame ``data`` (itself,
    of such a Series), by name, for :func:`_exact_unsigned`."""
    columns = [data] if "Series" in names else data.get_columns()
    return {column.name: column for column in columns
            if type(column.dtype).__name__ == "UInt64" and column.null_count()}


def _exact_unsigned(converted: Any, gapped: dict[str, Any]) -> Any:
    """``converted``, a pandas DataFrame or Series read with ``_EXACT_INTEGERS``, with its
    columns ``gapped`` (unsigned 64-bit polars or pyarrow columns with nulls, by name; a
    Series' own) as pandas' nullable UInt64, which holds them exactly: as Python ints, an id
    past 2**63 (a polars ``hash()``) made ``pl.from_pandas(scores)`` and ``scores.to_parquet()``
    fail ("Python int too large to convert to C long"), where UInt64 goes back as uint64. A
    column pandas' metadata typed already (a pyarrow table made from pandas) is left as it came.

    >>> import pandas as pd, pyarrow as pa
    >>> ids = pa.array([2**64 - 1, None], pa.uint64())
    >>> _exact_unsigned(pd.DataFrame({"id": ids.to_pylist()}, dtype=object), {"id": ids})["id"].tolist()
    [18446744073709551615, <NA>]
    """
    pd = forksafe.imported("pandas")

    if isinstance(converted, pd.Series):
        if gapped and converted.dtype == object:
            return pd.Series(_nullable_unsigned(*gapped.values()), index=converted.index, name=converted.name)
        return converted
    for name, column in gapped.items():
        if converted.columns.is_unique and name in converted.columns and converted[name].dtype == object:
            converted[name] = _nullable_unsigned(column)
    return converted


def _nullable_unsigned(column: Any) -> Any:
    """An unsigned 64-bit polars or pyarrow ``column`` as pandas' UInt64 array, read through
    numpy: through Python ints it took three times as long as the ints alone."""
    numpy = forksafe.imported("numpy")
    pd = forksafe.imported("pandas")

    if _library(column) == _POLARS:  # to_numpy of numbers needs no pyarrow
        values, missing = column.fill_null(0).to_numpy(), column.is_null().to_numpy()
    else:
        compute = forksafe.imported("pyarrow.compute")
        values, missing = numpy.asarray(compute.fill_null(column, 0)), numpy.asarray(column.is_null())
    return pd.arrays.IntegerArray(values.astype("uint64", copy=False), missing.astype(bool, copy=False))


def _objects(values: list[Any]) -> Any:
    """``values`` as a numpy array of Python objects, which pandas keeps as they are: ints
    beside None stay ints (pandas makes floats of a list of them, see _EXACT_INTEGERS)."""
    numpy = forksafe.imported("numpy")

    objects = numpy.empty(len(values), dtype=object)
    objects[:] = values
    return objects


def profile_as_pandas(value: Any, argument: str) -> Any:
    """A profile given as ``argument``, as pandas: a pyarrow table made from one with its
    pandas metadata (``pa.Table.from_pandas(profile)``, a Parquet file's) gives it back, index
    and ``attrs``; a polars copy, or a pyarrow one without that metadata, has lost the index
    (its targets, and groups), which read back cannot be told from a column, and is refused."""
    library = _library(value)
    if library is None:
        return value
    if library == _PYARROW and "RecordBatchReader" in _class_names(value):
        _read_whole(value, argument, column=False)  # refused unread, as a table's stream is everywhere
    if library == _PYARROW and {"Table", "RecordBatch"} & _class_names(value):
        pd = forksafe.imported("pandas")

        converted = value.to_pandas()
        # The profile's targets came back, and its attrs (the stance values' names, which
        # pyarrow before 15 does not restore: read without them, "pro" was drawn "favor")
        if not isinstance(converted.index, pd.RangeIndex) and converted.attrs:
            return converted
    raise InvalidTypeError(f"{argument} is a {library} {type(value).__name__}, a copy of a profile without its "
                           f"index of targets or its attrs: pass the pandas DataFrame stance.profile() returns, "
                           f"as it is")

"""Reading a Parquet file as a table.

Parquet needs pyarrow (or fastparquet), which the core install does not bring
(:func:`require_parquet`). A file is read with its integer ids exact and its stored index
kept (:func:`read_parquet`, :func:`stored_index_apart`); bytes in the text columns are read
as text where they are UTF-8 (:func:`binary_as_text`, :func:`bytes_as_text`) and refused by
row where they are not (:func:`refuse_undecoded`), and a column named twice is refused
(:func:`refuse_repeated_columns`).
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import InvalidInputError, quoted
from .names import row_names

if TYPE_CHECKING:
    import pandas as pd

def require_parquet() -> None:
    """Parquet needs pyarrow, which the core install does not bring: say which extra does."""
    find_spec = forksafe.imported("importlib.util").find_spec  # not loaded by every install's import stance

    if find_spec("pyarrow") is None and find_spec("fastparquet") is None:
        from .exceptions import MissingDependencyError, install_advice

        raise MissingDependencyError(f"reading Parquet needs pyarrow: {install_advice('parquet')}")


def require_parquet_writer() -> None:
    """Writing Parquet needs pyarrow, whose ParquetWriter writes a table chunk by chunk, and
    which the core install does not bring: say which extra does (fastparquet, which reads
    Parquet, writes no file a chunk at a time)."""
    find_spec = forksafe.imported("importlib.util").find_spec

    if find_spec("pyarrow") is None:
        from .exceptions import MissingDependencyError, install_advice

        raise MissingDependencyError(f"writing Parquet needs pyarrow: {install_advice('parquet')}")


def read_parquet(path: Path, text_columns: Iterable[Any] = (), stored_index_as_columns: bool = False,
                 ) -> pd.DataFrame:
    """A Parquet file as a DataFrame; integer columns with gaps stay integers (pandas alone
    makes them floats in files without pandas' metadata, as Spark and Arrow write them, and
    ids above 2**53 then come out equal). Bytes in ``text_columns`` are read as text (see
    :func:`binary_as_text`). The index pandas stored is the frame's, or, with
    ``stored_index_as_columns``, its first columns (see :func:`stored_index_apart`)."""
    try:
        pq = forksafe.imported("pyarrow.parquet")
    except ImportError:  # fastparquet, which gives bytes as Python objects
        pd = forksafe.imported("pandas")

        try:
            frame = pd.read_parquet(path)
        except PANDAS_CANNOT_READ as error:  # a dtype in pandas' metadata that pandas cannot read back
            if not dtype_unreadable(error):
                raise
            raise unreadable(path, error) from None
        frame = bytes_as_text(frame, text_columns)
        return stored_index_apart(frame, path) if stored_index_as_columns else frame
    schema = pq.read_schema(path)
    refuse_repeated_columns(path, schema.names)
    # read_table reads through pyarrow.dataset, which it imports inside the call with a plain
    # import (pyarrow._dataset, ._acero, ._csv, ._json, .substrait and more): a fork in the
    # middle of that, while a thread read its first Parquet file, would leave the child waiting
    # for good at its own first read. Imported here, under IMPORTING, a fork waits for it. A
    # pyarrow built without it reads as it can without it (pyarrow 14 falls back on ParquetFile).
    # After the refusals: a file refused needs no reader, nor its import (a review).
    with contextlib.suppress(ImportError):
        forksafe.imported("pyarrow.dataset")
    table = readable_by_pandas(binary_as_text(pq.read_table(path), text_columns))
    try:
        frame = table.to_pandas(integer_object_nulls=True)
    except PANDAS_CANNOT_READ as error:  # pandas' metadata of a dtype readable_by_pandas does not know
        if not dtype_unreadable(error):
            raise
        raise unreadable(path, error) from None
    return stored_index_apart(frame, path, schema) if stored_index_as_columns else frame


# What pandas raises of an Arrow dtype in a file's metadata it cannot read back: "not
# understood" (TypeError), and on pandas 2.0 "format number 1 of 'map<…>[pyarrow]' is not
# recognized" (ValueError) or a fixed-size list's NotImplementedError (a review).
PANDAS_CANNOT_READ = (TypeError, ValueError, NotImplementedError)


def dtype_unreadable(error: Exception) -> bool:
    """Whether ``error``, one of :data:`PANDAS_CANNOT_READ`, is pandas' of a dtype it cannot read
    back, not pyarrow's own (its ArrowInvalid is a ValueError too: an unknown time zone, a file
    not of pandas), which is told as it was (a review).

    >>> dtype_unreadable(TypeError("data type 'x[pyarrow]' not understood"))
    True
    """
    return not type(error).__module__.startswith("pyarrow")


def unreadable(path: str | PathLike, error: Exception) -> InvalidInputError:
    """The error for a Parquet file ``path`` whose table pandas' reader failed to make (pandas'
    ``error``): one line naming the file, and a way round it, not a traceback.

    >>> print(unreadable("t.parquet", TypeError("data type 'x[pyarrow]' not understood")))
    cannot read 't.parquet': pandas could not read its table back (data type 'x[pyarrow]' not understood); \
write it again without that column's dtype (e.g. df.astype({COLUMN: object}).to_parquet(...))
    """
    return InvalidInputError(f"cannot read {str(path)!r}: pandas could not read its table back ({error}); write it "
                             f"again without that column's dtype (e.g. df.astype({{COLUMN: object}}).to_parquet(...))")


def readable_by_pandas(table: Any) -> Any:
    """The Arrow ``table`` (or record batch) with each column whose dtype in pandas' metadata
    pandas cannot read back recorded as plain objects, the metadata of the others kept.

    pandas writes a column of ``pd.ArrowDtype(pa.list_(pa.string()))`` as the dtype
    "list<item: string>[pyarrow]", which its own reader (``pd.read_parquet``, pyarrow's
    ``to_pandas``) refuses: "data type … not understood", a traceback from every command. Such
    a column is read as a column of lists written without an Arrow dtype is (and as
    ``to_pandas(ignore_metadata=True)`` reads it, which would lose the other columns' dtypes).

    >>> import pandas as pd, pyarrow as pa
    >>> frame = pd.DataFrame({"tags": pd.Series([["a"]], dtype=pd.ArrowDtype(pa.list_(pa.string())))})
    >>> readable_by_pandas(pa.Table.from_pandas(frame)).to_pandas().tags.tolist()
    [array(['a'], dtype=object)]
    """
    metadata = table.schema.pandas_metadata
    if not metadata:
        return table
    pandas_dtype = forksafe.imported("pandas").api.types.pandas_dtype
    unreadable = False
    for entry in metadata.get("columns") or []:
        kind = entry.get("numpy_type") if isinstance(entry, dict) else None
        if isinstance(kind, str) and kind.endswith("[pyarrow]"):  # an Arrow dtype: pandas may not parse it
            try:
                pandas_dtype(kind)
            except PANDAS_CANNOT_READ:
                entry["numpy_type"], unreadable = "object", True
    if not unreadable:
        return table
    return table.replace_schema_metadata({**table.schema.metadata, b"pandas": json.dumps(metadata).encode()})


def stored_index_apart(frame: pd.DataFrame, path: Path, schema: Any = None) -> pd.DataFrame:
    """``frame``, read from the Parquet file ``path``, numbered from 0, with the index pandas
    stored in it as its first columns, as ``stance score`` writes them: named as
    ``reset_index()`` names them, and refused by name where one is named as a column. pandas'
    default index (0, 1, 2, … unnamed) and Dask's (``__null_dask_index__``) hold nothing and
    are left out. Told from the file's Arrow ``schema`` (see :func:`stance.files.parquet_index`),
    or, without one (fastparquet), from the frame's index.

    The commands' ``row`` is so the row's position in the file, as it is of a CSV file:
    it was the stored index, a ``sent_id`` that named two rows, and the ids were lost.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a", "b"]}, index=pd.Index([5, 5], name="sent_id"))
    >>> stored_index_apart(frame, Path("t.parquet")).to_dict("list")
    {'sent_id': [5, 5], 'text': ['a', 'b']}
    """
    files = forksafe.imported(".files")

    if schema is not None:
        index = files.parquet_index(schema, path)
        # With no index to keep, the frame's may still be Dask's: the rows' positions, not these.
        return files.index_as_columns(frame, index, 0) if index.names else frame.reset_index(drop=True)
    pd = forksafe.imported("pandas")
    default = (frame.index.name == files.DASK_DEFAULT_INDEX
               or (isinstance(frame.index, pd.RangeIndex) and frame.index.name is None
                   and frame.index.start == 0 and frame.index.step == 1))
    if default:
        return frame.reset_index(drop=True)
    try:
        return frame.reset_index()
    except ValueError as error:  # its name is a column's: refused by name, as parquet_index refuses it
        raise InvalidInputError(f"{str(path)!r}: its index, which the output keeps as a column, clashes with a "
                                f"column ({error}); rename it (df.rename_axis(...)) or leave it out "
                                f"(df.to_parquet(..., index=False)) and write the file again") from None


def binary_as_text(table: Any, text_columns: Iterable[Any]) -> Any:
    """The Arrow ``table`` with each of its ``text_columns`` stored as bytes read as text,
    when all its values decode as UTF-8.

    Impala, and Parquet written without the UTF8 annotation, store strings so: read as
    bytes, every text scored ``not_text`` and was written as ``b'…'``. A column with bytes
    that do not decode is left as bytes; :func:`refuse_undecoded` names its first such row.
    Other columns of bytes (a hash, an image) are carried as stored, whatever they hold:
    decided by the column's name, not by its values, the output of a file read in chunks
    does not depend on the chunks, and a hash that happens to be UTF-8 is no text.

    >>> import pyarrow as pa
    >>> table = pa.table({"text": pa.array([b"NATO", None], pa.binary()), "hash": pa.array([b"ab", b""])})
    >>> binary_as_text(table, ["text", None]).schema.types
    [DataType(string), DataType(binary)]
    """
    pa = forksafe.imported("pyarrow")

    wanted = {column for column in text_columns if column is not None}
    for position, field in enumerate(table.schema):
        kind = {pa.binary(): pa.string(), pa.large_binary(): pa.large_string()}.get(field.type)
        if kind is None or field.name not in wanted:
            continue
        try:
            column = table.column(position).cast(kind)  # the cast checks that every value is UTF-8
        except pa.ArrowInvalid:
            continue
        table = table.set_column(position, field.with_type(kind), column)
    return table


def bytes_as_text(frame: pd.DataFrame, text_columns: Iterable[Any]) -> pd.DataFrame:
    """``frame`` with each of its ``text_columns`` that holds bytes read as text, when all
    its bytes decode as UTF-8, as :func:`binary_as_text` reads an Arrow table: for readers
    that give bytes as Python objects (fastparquet, Dask). Other columns are left as they are.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": [b"NATO", None], "hash": [b"ab", b"cd"], "bad": [b"\\xff", b"ok"]})
    >>> {name: [type(value).__name__ for value in column.dropna()]
    ...  for name, column in bytes_as_text(frame, ["text", "bad"]).items()}
    {'text': ['str'], 'hash': ['bytes', 'bytes'], 'bad': ['bytes', 'bytes']}
    """
    pd = forksafe.imported("pandas")

    for column in dict.fromkeys(column for column in text_columns if column is not None):
        if column not in frame.columns or frame[column].dtype != object:
            continue
        values = frame[column].tolist()
        if not any(isinstance(value, bytes) for value in values):
            continue
        try:
            decoded = [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]
        except UnicodeDecodeError:  # left as bytes: refuse_undecoded names the row
            continue
        frame = frame.copy()
        frame[column] = pd.Series(decoded, index=frame.index)  # a column of text, as pyarrow's strings read
    return frame


def refuse_undecoded(frame: pd.DataFrame, column: Any, source: str | PathLike, index: Any = None) -> None:
    """Refuse a ``column`` of a table read from the file ``source`` that still holds bytes
    (see :func:`binary_as_text`): they are not valid UTF-8, and as text would be lost.
    ``index`` names the rows, if not ``frame``'s (a chunk's rows counted from the file's start).

    >>> import pandas as pd
    >>> refuse_undecoded(pd.DataFrame({"text": ["ok", b"caf\\xe9"]}), "text", "t.parquet")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: 't.parquet': column 'text' holds bytes that are not valid UTF-8 in row 1 ...
    """
    if column not in frame.columns or frame[column].dtype != object:
        return
    for position, value in enumerate(frame[column].tolist()):
        if isinstance(value, bytes):
            try:
                value.decode("utf-8")
            except UnicodeDecodeError as error:
                row = row_names(frame.index if index is None else index, [position])
                raise InvalidInputError(
                    f"{str(source)!r}: column {quoted(column)} holds bytes that are not valid UTF-8 in {row} "
                    f"({value[max(error.start - 10, 0):error.end + 10]!r}, byte {error.start}); write the "
                    f"texts as UTF-8 strings") from None


def refuse_undecoded_columns(frame: pd.DataFrame, columns: Iterable[Any], source: str | PathLike) -> None:
    """:func:`refuse_undecoded` for each of ``columns`` (None, an unused one, is skipped):
    the text, labels and stance columns that training and ``stance check`` read.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["ok", "fine"], "labels": ["a", b"\\xff"]})
    >>> refuse_undecoded_columns(frame, ["text", "labels", None], "t.parquet")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: 't.parquet': column 'labels' holds bytes that are not valid UTF-8 in row 1 ...
    """
    for column in columns:
        refuse_undecoded(frame, column, source)


def refuse_repeated_columns(path: Path, names: list[str]) -> None:
    """Refuse a Parquet file that names a column twice (Arrow writes such files): pyarrow
    could not read it ("Multiple matches for FieldRef"), or scoring it in chunks failed
    with a traceback from deep inside pandas.

    >>> refuse_repeated_columns(Path("t.parquet"), ["text", "x", "x"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: 't.parquet' names column(s) ['x'] more than once; ...
    """
    # Counted once, as a .csv's header (csv_dialect.refuse_repeated_names): names.count of each name
    # was quadratic in a wide file (20,000 columns took 6 s before any reading).
    twice = sorted(name for name, count in Counter(names).items() if count > 1)
    if twice:
        raise InvalidInputError(f"{str(path)!r} names column(s) {twice} more than once; give every column "
                                f"its own name")

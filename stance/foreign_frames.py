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


def _library(value: object) -> str | None:
    """``"polars"`` or ``"pyarrow"`` for a value of that library's, else None."""
    module = type(value).__module__ or ""
    for library in (_POLARS, _PYARROW):
        if module == library or module.startswith(library + "."):
            return library
    return None


def _class_names(value: object) -> set[str]:
    """The names of ``value``'s class and its bases: pyarrow's arrays are ``StringArray``,
    ``Int64Array``, … under ``Array``."""
    return {cls.__name__ for cls in type(value).__mro__}


def as_pandas(data: Any, argument: str = "data") -> Any:
    """``data`` as the pandas equivalent if it is a polars DataFrame or Series or a pyarrow
    Table, RecordBatch, ChunkedArray or Array; anything else as it is. A polars LazyFrame is
    refused naming ``argument``, with the advice to collect it (scoring it would run its query).
    """
    library = _library(data)
    if library is None:
        return data
    names = _class_names(data)
    if library == _POLARS:
        return _from_polars(data, names, argument)
    return _from_pyarrow(data, names)


def _from_polars(data: Any, names: set[str], argument: str) -> Any:
    pd = forksafe.imported("pandas")

    if "LazyFrame" in names:
        raise InvalidTypeError(f"{argument} is a polars LazyFrame, a query not yet run; pass "
                               f"{argument}.collect(), the DataFrame it gives")
    if "DataFrame" in names:
        # Through Python lists, which needs no pyarrow (polars' to_pandas does); the column
        # order is kept, and pandas reads the nulls as it reads missing values.
        return pd.DataFrame(data.to_dict(as_series=False), columns=list(data.columns))
    if "Series" in names:
        # polars names an unnamed Series "": unnamed, as pandas has it
        return pd.Series(data.to_list(), name=data.name or None)
    return data


def _from_pyarrow(data: Any, names: set[str]) -> Any:
    pd = forksafe.imported("pandas")

    if "Table" in names or "RecordBatch" in names:
        return data.to_pandas()
    if "ChunkedArray" in names or "Array" in names:
        return pd.Series(data.to_pylist())
    return data


def refuse_foreign_profile(value: Any, argument: str) -> None:
    """Refuse a polars or pyarrow copy of a profile given as ``argument``: it has lost the
    profile's index (its targets, and groups), which read back it cannot be told from a
    column, and its ``attrs`` (the stance values' names), so it is not read as pandas."""
    library = _library(value)
    if library is None:
        return
    raise InvalidTypeError(f"{argument} is a {library} {type(value).__name__}, a copy of a profile without its "
                           f"index of targets: pass the pandas DataFrame stance.profile() returns, as it is")

"""Open files and in-memory buffers given where statements or a table are taken.

An open file iterates as its lines, so ``stance.score(open("in.csv"))`` took each line for a
statement, line end and all: the header and every row's other cells were scored too
(``'1,We stand together.\\n'`` is ``none`` where ``'We stand together.'`` is ``unity``),
without a word, and ``io.StringIO`` of a table alike. Every function that takes statements
or a table refuses one, unread, saying what to pass: its path, read as a table by its
suffix, or its lines.

>>> import io
>>> refuse_file_object(["We act."], "data")
>>> refuse_file_object(io.StringIO("text\\nWe act.\\n"), "data")
Traceback (most recent call last):
...
stance.exceptions.InvalidTypeError: data is an in-memory file (StringIO), whose lines would each be taken for a
statement, line end and all (a table's header and other columns too); pass the table pandas reads from it,
pd.read_csv(data), or for one statement a line, data.getvalue().splitlines()
"""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path
from typing import Any

from .exceptions import InvalidTypeError
from .file_types import SUPPORTED_SUFFIXES


def refuse_file_object(value: Any, argument: str, column: bool = False) -> None:
    """Refuse ``value``, given as ``argument``, if it is an open file, a stream (``sys.stdin``)
    or an in-memory buffer (``io.StringIO``, ``io.BytesIO``), before reading any of it; advise
    its path or a table read from it, or, where a ``column`` of statements is wanted, its
    lines or a column of that table.

    >>> refuse_file_object("We act.", "text") is None
    True
    """
    if not _is_file(value):
        return
    path = _path_of(value)
    decoded = "" if _reads_text(value) else ".decode('utf-8')"
    if path is not None:
        what, source = f"an open file {path!r}", repr(path)
    elif isinstance(value, (io.StringIO, io.BytesIO)):
        what, source = f"an in-memory file ({type(value).__name__})", argument
    else:
        what, source = f"an open stream ({type(value).__name__})", argument
    read = f"{argument}.getvalue()" if isinstance(value, (io.StringIO, io.BytesIO)) else f"{argument}.read()"
    lines = f"{read}{decoded}.splitlines()"
    if column:
        advice = f"its statements, one a line, {lines}, or a table's column of them, pd.read_csv({source})['text']"
    elif path is not None and Path(path).suffix.lower() in SUPPORTED_SUFFIXES:  # else refused as a table
        advice = f"its path, {path!r}, which is read as a table by its suffix, or for one statement a line, {lines}"
    else:
        advice = f"the table pandas reads from it, pd.read_csv({source}), or for one statement a line, {lines}"
    raise InvalidTypeError(f"{argument} is {what}, whose lines would each be taken for a statement, line end and "
                           f"all (a table's header and other columns too); pass {advice}")


def _is_file(value: Any) -> bool:
    """Whether ``value`` is an open file or buffer: an :mod:`io` object, or a standard
    library wrapper of one, which iterates as its lines too without being an ``io.IOBase``:
    ``tempfile.NamedTemporaryFile`` (and ``SpooledTemporaryFile`` before Python 3.11), the
    reader ``codecs.open`` returns.

    >>> _is_file(codecs.getreader("utf-8")(io.BytesIO())), _is_file(["We act."])
    (True, False)
    """
    if isinstance(value, io.IOBase):
        return True
    wrappers: tuple[type, ...] = (codecs.StreamReader, codecs.StreamReaderWriter)
    tempfile = sys.modules.get("tempfile")  # not imported: none of its files can be here
    if tempfile is not None:
        wrappers += (tempfile._TemporaryFileWrapper, tempfile.SpooledTemporaryFile)
    return isinstance(value, wrappers)


def _reads_text(value: Any) -> bool:
    """Whether the file ``value`` reads str, not bytes: a ``codecs`` reader decodes whatever
    its mode, a tempfile's wrapper reads as its mode says.

    >>> _reads_text(io.StringIO()), _reads_text(io.BytesIO())
    (True, False)
    """
    if isinstance(value, io.IOBase):
        return isinstance(value, io.TextIOBase)
    if isinstance(value, (codecs.StreamReader, codecs.StreamReaderWriter)):
        return True
    return "b" not in str(getattr(value, "mode", ""))


def _path_of(value: Any) -> str | None:
    """The path ``value`` was opened from, or None: a buffer has none, and ``sys.stdin``'s
    name is ``'<stdin>'``, a descriptor's its number.

    >>> _path_of(io.StringIO()) is None
    True
    """
    name = getattr(value, "name", None)
    if isinstance(name, bytes):
        name = name.decode(errors="surrogateescape")
    if not isinstance(name, str) or not name or name.startswith("<"):
        return None
    return name

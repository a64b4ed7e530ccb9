"""The line of a .csv or .tsv file that a record begins on, for messages that name it.

pandas numbers records, and a quoted cell may span lines, a blank line is no row (but in a
one-column file, where it is an empty cell) and Excel's
``sep=`` line is above the header: a row's line is counted here record by record, as
``grep -n`` and an editor count (:func:`row_line`, :func:`row_lines`), and so are the lines of
a record with more fields than the header (:func:`_too_many_fields`) or fewer
(:func:`_refuse_short_records`), of a quote never
closed (:func:`unclosed_quote_line`) and of a "\\r" that ends no line
(:func:`unquoted_return_line`); pandas' errors are said in those lines (:func:`read_error_in_lines`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from . import _forksafe as forksafe
from . import linebreaks
from .columns import title_cells
from .csv_dialect import (
    _from_header,
    _header,
    blank_line,
    blank_lines_are_rows,
    fields_unlimited,
    file_delimiter,
    file_quoting,
    header_line,
    pipe_joined_header,
    quote_advice,
)
from .decoding import file_encoding
from .exceptions import InvalidInputError, quoted, quoted_list, warn

# pandas' C reader on a line with more values than the header, after the first data line
# (more values on the first one pandas drops with a ParserWarning: see drops_surplus_values).
_TOO_MANY_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")

# Whether the table read now is labelled data (see :func:`labelled_reading`). A context
# variable, as csv_dialect's given separator is, so that a command run in one thread does not
# tell another thread's file as labelled.
_LABELLED: ContextVar[bool] = ContextVar("labelled_reading", default=False)


@contextmanager
def labelled_reading(labelled: bool = True) -> Iterator[None]:
    """Read every file as labelled data meanwhile (or, ``labelled`` False, as texts alone):
    labelled data needs a labels column beside its texts, which its header names, so it is
    never a one-column file of statements, and a line of one cell above its header is told
    as a title alone (see :func:`title_line_above`).

    >>> with labelled_reading():
    ...     _LABELLED.get()
    True
    >>> _LABELLED.get()
    False
    """
    token = _LABELLED.set(labelled)
    try:
        yield
    finally:
        _LABELLED.reset(token)


# The columns the table read now is read by, its text column first (see :func:`columns_read`).
_COLUMNS_READ: ContextVar[tuple[Any, ...]] = ContextVar("columns_read", default=())


@contextmanager
def columns_read(columns: Iterable[Any]) -> Iterator[None]:
    """Read every file meanwhile by ``columns``, its text column first (``--text-column body``,
    then the labels'): a line above a wider header that holds one of them is told as a title
    (see :func:`title_line_above`), as one above a header holding 'text' is.

    >>> with columns_read(["body", None, "labels"]):
    ...     _read_by()
    ('body', 'labels', 'text')
    >>> _read_by()
    ('text',)
    """
    token = _COLUMNS_READ.set(tuple(columns))
    try:
        yield
    finally:
        _COLUMNS_READ.reset(token)


def each_read_by(chunks: Iterable[Any], columns: Iterable[Any]) -> Iterator[Any]:
    """``chunks`` (of a file read a chunk at a time), each read by ``columns`` (see
    :func:`columns_read`): held while a chunk is read, not across a yield, which would leave them
    set in the caller's context between chunks.

    >>> def chunks():
    ...     yield _read_by()
    >>> list(each_read_by(chunks(), ["body"])), _read_by()
    ([('body', 'text')], ('text',))
    """
    iterator, columns = iter(chunks), tuple(columns)
    while True:
        with columns_read(columns):
            chunk = next(iterator, _END)
        if chunk is _END:
            return
        yield chunk


# The end of an iterator's chunks (no chunk is this object).
_END = object()


def _read_by() -> tuple[str, ...]:
    """The names of the columns the table read now is read by (see :func:`columns_read`), its text
    column first, and 'text', the column read by default."""
    return tuple(dict.fromkeys([*(name for name in _COLUMNS_READ.get() if isinstance(name, str)), "text"]))


def read_error_in_lines(path: Path, encoding: str, message: str) -> str:
    r"""pandas' read error ``message`` of the .csv or .tsv file ``path`` in the file's lines,
    with what to do: a line with more fields than the header (see :func:`_too_many_fields`),
    or a quote never closed, where pandas names a record counted from the header ("EOF
    inside string starting at row 2" of a quote on line 3); any other ``message`` as it is.
    The one message of the library and the command line alike: the command line added the
    line to pandas' words, which the library gave bare.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('text\nNATO\n"never closed\nmore\n')
    ...     said = read_error_in_lines(path, "utf-8", "C error: EOF inside string starting at row 2")
    >>> said.split(";")[0]
    'the quote that is never closed opens on line 3 of the file'
    """
    if "EOF inside string" in message and path.suffix.lower() in (".csv", ".tsv"):
        line = unclosed_quote_line(path, encoding)
        if line is not None:  # else pandas' words are the best there are
            return (f"the quote that is never closed opens on line {line} of the file; close it, or write a quote "
                    f'inside a quoted text as two ("")')
    return _too_many_fields(path, encoding, message)


def _too_many_fields(path: Path, encoding: str, message: str) -> str:
    """pandas' read error ``message`` in words that say what to do when it is a line of a
    .csv or .tsv file with more fields than the header (an unquoted text with a comma in
    it, most often); any other ``message`` as it is.

    >>> _too_many_fields(Path("gone.csv"), "utf-8", "C error: Expected 2 fields in line 3, saw 4")
    'line 3 has 4 fields where the header has 2; quote a text that holds a comma ("…, …")'
    """
    found = _TOO_MANY_FIELDS.search(message)
    if found is None or path.suffix.lower() not in (".csv", ".tsv"):
        return message
    # A title of one cell over a blank line (a one-column file's empty cell to pandas) and the
    # header: told as a title is above the header (see delimited._refuse_surplus_values).
    titled = title_line_above(path, encoding)
    if titled is not None:
        return titled
    expected, record, seen = map(int, found.groups())
    # pandas counts from the first row's fields where a row has one more than the header (an
    # index column to it): a one-column file's "line 3 has 3 fields where the header has 2",
    # where the header has 1 and line 2 was the first too long. The file's own count says.
    first = _first_long_record(path, encoding)
    if first is not None:
        return _long_line(path, encoding, *first)
    return _long_line(path, encoding, _line_of_record(path, encoding, record), seen, expected)


def _long_line(path: Path, encoding: str, line: int, seen: int, expected: int) -> str:
    """What to do about ``line`` of the .csv or .tsv file ``path``, which holds ``seen``
    fields where the header has ``expected``: where it is rows merged by a quote left open
    (see :func:`refuse_rows_merged_by_a_quote`), that, since quoting the comma of its first line,
    as told otherwise, would not part them."""
    merged = _rows_merged_by_a_quote(path, encoding)
    if merged is not None and merged[0] == line:
        return _merged_rows_told(*merged)
    header = pipe_joined_header(path, encoding) if expected == 1 else ""
    return (f"line {line} has {seen} fields where the header has {expected}; "
            f"{quote_advice(file_delimiter(path, encoding), expected, header=header)}")


def _refuse_long_records(path: Path, encoding: str) -> None:
    """Refuse the .csv or .tsv file ``path`` if a record below its header holds more fields
    than the header (see :func:`iter_delimited`), naming the first such line, as pandas'
    error is named (:func:`_first_long_record`). One column past the header's that is empty in
    every row, the first among them, is a spreadsheet's trailing separator, which pandas drops
    (see :func:`_long_records`).
    """
    first = _first_long_record(path, encoding)
    if first is not None:
        raise ValueError(_long_line(path, encoding, *first))


def _long_records(records: Iterator[tuple[int, int, list[str]]],
                  width: int) -> Iterator[tuple[int, int, list[str]]]:
    """The ``records`` below a header of ``width`` names (see :func:`_csv_records`, blank lines
    left out as pandas leaves them out) that hold a value pandas refuses or drops: more fields
    than the header's, but for one trailing empty field when the first row holds one too.
    pandas' reader takes its first row's width for the file's and drops a surplus column empty
    in every row (a spreadsheet writes a separator at the end of every line), so a row ``a,b,``
    below ``text,lab`` loses nothing; a row ``f,g,h`` loses "h", and its line is the one to name.
    The one statement of that rule: the whole-file check (:func:`drops_surplus_values`), the
    recheck of one-row chunks and the line a message names all take it.

    >>> rows = [(2, 2, ["a", "b", ""]), (4, 4, ["d", "e"]), (5, 5, ["f", "g", "h"])]
    >>> [line for line, _, _ in _long_records(iter(rows), 2)]
    [5]
    >>> [line for line, _, _ in _long_records(iter([(2, 2, ["a", "b"]), (3, 3, ["c", "d", ""])]), 2)]
    [3]
    """
    trailing: bool | None = None  # whether the first row holds a trailing separator: told by the first row
    for record in records:
        row = record[2]
        if trailing is None:
            trailing = len(row) == width + 1
        if len(row) > width + 1 or (len(row) == width + 1 and (row[width] or not trailing)):
            yield record


def drops_surplus_values(path: Path, encoding: str, width: int, *, skip_blank_lines: bool = True) -> bool:
    r"""Whether pandas' reader, given ``width`` column names for the .csv or .tsv file ``path``,
    would drop values beyond them, saying so only in a ParserWarning, which names no line.

    Its C reader takes the first row below the header as wide as it is (a later row wider
    than that is its error, "Expected 2 fields in line 3, saw 3", which comes first) and
    drops the columns past the names, unless they are one column empty in every row: a
    spreadsheet's trailing separator (the rule of :func:`_long_records`, which the chunk
    recheck and the line a message names take too). Told from the file, not by turning the
    warning into an error: the warnings filters are the process's, and saving and restoring
    them around a read (catch_warnings) raced with other threads' doing the same, which left
    one's filters in place for good.
    Blank lines are no row to pandas unless not ``skip_blank_lines``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text,label\nWe back Kyiv,favor,\nHold the line,favor,\n")
    ...     trailing = drops_surplus_values(path, "utf-8", 2)
    ...     _ = path.write_text("text,label\n\nWe back Kyiv, now,favor\n")
    ...     print(trailing, drops_surplus_values(path, "utf-8", 2))
    False True
    """
    csv = forksafe.imported("csv")

    try:
        with closing(_csv_records(path, encoding, skip_blank_lines=skip_blank_lines)) as records:
            next(records, None)  # the header
            first = next(records, None)
            if first is None or len(first[2]) <= width:  # nothing past the names: a wider row below is pandas' own
                return False
            drops = False
            for _, _, row in _long_records(itertools.chain([first], records), width):
                if len(row) > len(first[2]):  # pandas' own error, which names its line, comes first
                    return False
                drops = True
    except (csv.Error, OSError, UnicodeError):  # pandas' reader names the problem
        return False
    return drops


def _refuse_short_records(path: Path, encoding: str) -> None:
    """Refuse the .csv or .tsv file ``path`` if a record below its header holds fewer fields
    than the header (R's row names counted, see :func:`stance.csv_dialect._header`), naming the
    first such line: pandas fills the fields a row lacks with empty cells, so a file cut off
    mid-row (a copy or download stopped short) was read, and scored or trained on, without a
    word. A blank line is no record, as pandas skips it. What the csv module cannot read,
    pandas has read: nothing is said of it here.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("id,text,labels\\n1,We back Kyiv.,ukraine_support\\n\\n3,We")
    ...     _refuse_short_records(path, "utf-8")
    Traceback (most recent call last):
    ValueError: line 4 has 2 fields where the header has 3: a row cut short (is the file truncated?); give the \
row every field, empty ones as ",,"
    """
    csv = forksafe.imported("csv")

    header = _header(path, encoding, file_quoting(path, encoding))
    # A header ending in its delimiter ("id,text,") names an empty column that rows may leave
    # out: they are whole without it.
    fields = len(header) - 1 if header and not str(header[-1]).strip() else len(header)
    if fields < 2:  # a one-column file's row cannot be short: an empty line is its empty cell
        return
    blank = blank_line(file_delimiter(path, encoding))
    try:
        with closing(_csv_records(path, encoding)) as records:
            next(records, None)
            for first, last, row in records:
                # A blank line (no field, or spaces alone) is no row to pandas; a quoted "" alone is one.
                if len(row) < fields and not _blank(row, first, last, blank):
                    rest_blank = _only_blank_lines_left(records, blank)
                    if len(row) == 1 and "\x1a" in row[0] and not row[0].strip("\x1a \t") and rest_blank:  # marks
                        raise ValueError(_dos_end_line(path, encoding, first, len(header)))
                    # Only the last row can be a copy stopped short; one above others lost a cell.
                    raise ValueError(_short_line(path, encoding, first, len(row), len(header),
                                                 rest_blank))
    except csv.Error:  # what Python's reader cannot read, pandas' did: nothing to tell here
        return


def _blank(row: list[str], first: int, last: int, blank: re.Pattern[str]) -> bool:
    """Whether the record ``row`` (on lines ``first`` to ``last``) is a blank line, which is no
    row to pandas: no field, or spaces alone (a quoted "" alone is a row)."""
    return not row or (first == last and len(row) == 1 and bool(row[0]) and bool(blank.fullmatch(row[0])))


def _only_blank_lines_left(records: Iterator[tuple[int, int, list[str]]], blank: re.Pattern[str]) -> bool:
    """Whether the rest of ``records`` is blank lines (see :func:`_blank`); a rest the csv
    module cannot read is rows."""
    csv = forksafe.imported("csv")

    try:
        return all(_blank(row, first, last, blank) for first, last, row in records)
    except csv.Error:
        return False


def _dos_end_line(path: Path, encoding: str, line: int, expected: int) -> str:
    """What to do about ``line``, the last of the .csv or .tsv file ``path``, which holds only a
    Ctrl-Z (0x1A), the end-of-file mark DOS programs wrote (``copy /a``, old editors): "a row cut
    short (is the file truncated?)" sent the user looking for a lost row."""
    return (f"line {line} holds only a Ctrl-Z (0x1A), the end-of-file mark of DOS programs, where the header "
            f"has {expected} fields: no row; delete it, the file's last byte")


def _short_line(path: Path, encoding: str, line: int, seen: int, expected: int, last_row: bool = True) -> str:
    """What to do about ``line`` of the .csv or .tsv file ``path``, which holds ``seen``
    fields where the header has ``expected`` (see :func:`_refuse_short_records`): the last row
    may be a file cut off; a row above others has lost a cell and its delimiter."""
    delimiter = file_delimiter(path, encoding)
    empty = "two tabs in a row" if delimiter == "\t" else f'"{delimiter}{delimiter}"'
    why = ("a row cut short (is the file truncated?)" if last_row else
           "a row short of a field (was an empty cell left out with its delimiter?)")
    return (f"line {line} has {seen} field{'s' * (seen != 1)} where the header has {expected}: {why}; "
            f"give the row every field, empty ones as {empty}")


def _line_of_record(path: Path, encoding: str, record: int) -> int:
    """The line of the file on which its ``record``-th record (the header is the first)
    begins: pandas numbers records, so a cell spanning lines above put its "line" too early."""
    csv = forksafe.imported("csv")

    try:
        # pandas counts Excel's "sep=" line, which it skips, as a record: the header is the second.
        with closing(_csv_records(path, encoding)) as records:
            for number, (first, _, _) in enumerate(records, header_line(path, encoding)):
                if number == record:
                    return first
    except (csv.Error, OSError, UnicodeError):  # then pandas' count is the best there is
        pass
    return record


def row_line(path: Path, row: int, encoding: str = "utf-8") -> int | None:
    r"""The line of the .csv or .tsv file ``path`` on which its data row ``row`` begins, rows
    counted from 0 after the header as :func:`read_table` numbers them (-1: the header's);
    None when that cannot be told (no such row, or a file the csv module cannot read).

    Counted record by record, not as ``row + 2``: a quoted cell may span lines, and the reader
    skips blank lines (empty, or of spaces and tabs that are not the delimiter), which are no
    row, but in a one-column file, where each is a row as the reader reads it (an empty cell:
    see :func:`stance.csv_dialect.blank_lines_are_rows`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('text,labels\n"Two\nlines",a\n\n  \nthird,b\n')
    ...     wide = row_line(path, 0), row_line(path, 1), row_line(path, 2)
    ...     _ = path.write_text('text\n"Two\nlines"\n\n  \nthird\n')
    ...     print(wide, (row_line(path, 1), row_line(path, 2), row_line(path, 3)))
    (2, 6, None) (4, 5, 6)
    """
    return row_lines(path, [row], encoding).get(row)


def row_lines(path: Path, rows: Iterable[int], encoding: str = "utf-8") -> dict[int, int]:
    """The line each of ``rows`` begins on (see :func:`row_line`), read in one pass: a message
    naming ten rows read the file once, not ten times. A row whose line cannot be told is left out."""
    csv = forksafe.imported("csv")

    wanted, found = set(rows), {}
    seen = -1  # data rows passed; the header is row -1
    try:
        encoding = file_encoding(path, encoding)
        # Read as the reader reads them: a one-column file's blank line is its empty cell, a row.
        rows_too = blank_lines_are_rows(_header(path, encoding, file_quoting(path, encoding)))
        with closing(_record_starts(path, encoding)) as starts:
            for first, blank in starts:
                if rows_too or not blank:
                    if seen in wanted:
                        found[seen] = first
                        if len(found) == len(wanted):
                            break
                    seen += 1
    except (csv.Error, OSError, UnicodeError, InvalidInputError):
        pass
    return found


def unclosed_quote_line(path: Path, encoding: str = "utf-8") -> int | None:
    r"""The line of the .csv or .tsv file ``path`` on which the quote that is never closed
    opens: where its last record begins, as such a quote runs to the end of the file, whether
    or not the reader counts blank lines as rows; None when that cannot be told.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('text\n"Two\nlines"\n\n"never closed\nlast\n')
    ...     unclosed_quote_line(path)
    5
    """
    csv = forksafe.imported("csv")

    try:
        with closing(_record_starts(path, encoding)) as starts:
            return max((first for first, _ in starts), default=None)
    except (csv.Error, OSError, UnicodeError, InvalidInputError):
        return None


def refuse_rows_merged_by_a_quote(path: Path, encoding: str) -> None:
    r"""Refuse the .csv file ``path`` where a quoted cell over lines is rows that one quote,
    opened and not closed where its text ends (a text cut short, a quote typed at a cell's start),
    merged into one: a CSV reader runs such a cell on to the next quote in the file, so a file of
    six rows was scored as three, exit 0, and one of 100 rows as 50. Its lines are each a whole
    row of the header's width, read alone, and the quote that ends it is none that a CSV writer
    closes a cell with, which a delimiter or the line end follows ('5,The so-called "peace plan"'
    ends it before "peace"). Both are asked: of a file of two columns, its text last, a line of
    prose with one comma is a whole row too, and a cell of prose over lines, as a CSV writer
    quotes one, ends as it should. A .tsv file is guarded so by
    :func:`stance.csv_dialect.quoting_shown`, whose quotes are text unless the file shows CSV
    quoting; a .csv file's are always CSV quoting, so its own quotes are the proof.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('id,text\n1,"Cut short\n2,NATO must hold\n3,The "peace plan" fails\n')
    ...     refuse_rows_merged_by_a_quote(path, "utf-8")  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: '...t.csv': the quote that opens a cell on line 2 is not closed there:
    read as CSV quoting, it runs to line 4, and lines 3-4, each a row of 2 fields, are lost in that cell; close
    the quote where its text ends, and if a quote is text at the start of a cell, write that cell in quotes, its
    own quotes doubled (...)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('id,text\n1,"We stand with Ukraine\nfor as long, as it takes."\n2,NATO must hold\n')
    ...     refuse_rows_merged_by_a_quote(path, "utf-8")
    """
    found = _rows_merged_by_a_quote(path, encoding)
    if found is not None:
        raise InvalidInputError(f"{str(path)!r}: {_merged_rows_told(*found)}")


def _merged_rows_told(first: int, last: int, width: int) -> str:
    """What to do about lines ``first`` to ``last`` of a .csv file, rows of ``width`` fields that a
    quote left open on line ``first`` merged (see :func:`refuse_rows_merged_by_a_quote`)."""
    swallowed = f"line {last}, a row" if last == first + 1 else f"lines {first + 1}-{last}, each a row"
    return (f"the quote that opens a cell on line {first} is not closed there: read as CSV quoting, it runs to "
            f"line {last}, and {swallowed} of {width} field{'s' * (width != 1)}, "
            f"{'is' if last == first + 1 else 'are'} lost in that cell; close the quote where its text ends, and "
            f"if a quote is text at the start of a cell, write that cell in quotes, its own quotes doubled "
            f'("""Hold the line"" is our motto.")')


def _rows_merged_by_a_quote(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """(first line, last line, the header's width) of the first record of the .csv file
    ``path`` below its header that is rows merged by a quote (see
    :func:`refuse_rows_merged_by_a_quote`), or None."""
    csv = forksafe.imported("csv")

    try:
        delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
        if quoting["quoting"] == csv.QUOTE_NONE:  # a .tsv whose quotes are text: each line is a row
            return None
        if _read_strictly(path, encoding, delimiter, quoting):  # no quote closes a cell before text
            return None
        width = len(_header(path, encoding, quoting))  # R's row names counted, as the rows hold them
        with fields_unlimited(), _from_header(path, encoding) as (handle, above):
            raw: list[str] = []  # the lines of the record read last, as the file writes them

            def lines() -> Iterator[str]:
                for line in handle:
                    raw.append(line)
                    yield line

            first = above + 1
            for number, _ in enumerate(csv.reader(lines(), delimiter=delimiter, **quoting)):
                if number and len(raw) > 1 and _merged_rows(raw, width, delimiter, quoting):
                    return first, first + len(raw) - 1, width
                first += len(raw)
                raw.clear()
    except (csv.Error, OSError, UnicodeError, InvalidInputError):  # the reader names what it cannot read
        pass
    return None


def _merged_rows(raw: list[str], width: int, delimiter: str, quoting: dict[str, Any]) -> bool:
    r"""Whether ``raw``, the lines of one record of a CSV file, are rows merged by a quote left
    open: each line read alone is a row of ``width`` fields (or one more, empty: a
    spreadsheet's trailing delimiter), as a CSV reader reads it or with its quotes as text (the
    line a quote opens on: its open cell runs to the line's end, the rest of the row in it, and
    a text cut short may hold a delimiter), and read strictly, as a CSV writer writes them, its
    quotes are not a writer's: the quote that closes the cell on its last line, where a stray
    quote's cell ends, is followed by text, not by the delimiter or the line end (spaces or tabs
    between aside, as a hand-typed file has them: pandas reads them into the cell, and such a
    cell was refused as rows merged).

    >>> _merged_rows(['1,"Cut short\n', '2,NATO\n', '3,The "plan" fails\n'], 2, ",", {})
    True
    >>> _merged_rows(['"Cut short,unity\n', 'NATO,unity\n', 'The "plan" fails,unity\n'], 2, ",", {})
    True
    >>> _merged_rows(['1,"Two\n', 'lines, one cell"\n'], 2, ",", {})  # a writer's quotes
    False
    >>> _merged_rows(['1,"Two\n', 'lines, one cell" \t\n'], 2, ",", {})
    False

    Read strictly, a record may fail before its last line: a second stray quote opened a cell
    there, which ran on to a later line (all of them lost in the first row's cells).

    >>> _merged_rows(['1,"Cut short,a\n', '2,The "plan" fails,"b\n', '3,NATO holds,c\n', '4,We stand,d"\n'], 3, ",", {})
    True
    """
    csv = forksafe.imported("csv")

    def whole(fields: list[str]) -> bool:
        return len(fields) == width or (len(fields) == width + 1 and not fields[-1])

    for line in raw:
        if not (whole(next(csv.reader([line], delimiter=delimiter, **quoting), []))
                or whole(next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), []))):
            return False
    blanks = " \t".replace(delimiter, "")  # a .tsv's tab is its delimiter, no space
    spaced = re.compile(f'"[{blanks}]+(?=[{re.escape(delimiter)}\r\n]|$)')
    reader = csv.reader([spaced.sub('"', line) for line in raw], delimiter=delimiter, strict=True, **quoting)
    try:
        for _ in reader:
            pass
    except csv.Error:
        return True
    return False


def _read_strictly(path: Path, encoding: str, delimiter: str, quoting: dict[str, Any]) -> bool:
    r"""Whether the CSV file ``path`` reads whole as a CSV writer writes it (Python's csv module
    with ``strict``, at C speed): then no record of it is rows merged by a quote (see
    :func:`_merged_rows`, which a record whose closing quote text follows needs), and the file
    need not be read record by record in Python for them, which tripled the time of a .csv file
    of 200,000 rows with a line break in every other one (0.38 s to 1.04 s). A file that does not
    (a stray quote, spaces after a closing quote) is read so."""
    csv = forksafe.imported("csv")
    collections = forksafe.imported("collections")

    # Its lines as the file holds them: a "\r" that ends no line is text to pandas, as it is to
    # this reading in a quoted cell; out of one it fails it ("new-line character seen in unquoted
    # field"), and the file is read record by record. A NUL is text to both (before Python 3.11,
    # it fails this reading too).
    with fields_unlimited(), _from_header(path, encoding, kept=False) as (handle, _):
        try:
            collections.deque(csv.reader(handle, delimiter=delimiter, strict=True, **quoting), maxlen=0)
        except csv.Error:
            return False
    return True


def refuse_or_warn_of_header_rows(path: Path, rows: list[int], header: list[str]) -> None:
    """Warn that ``rows`` of the .csv or .tsv file ``path`` (counted from 0 after its header, as
    the reader counts them; the command line adds their lines) repeat its ``header``, as files
    joined with ``cat`` leave it; refuse the file where it is read as labelled data (see
    :func:`labelled_reading`). Read as rows, its names were scored as a statement ("text", its id
    "id", or "\ufeffid" after a byte-order mark), and trained on as one with the label its labels
    column is named ("labels"). A warning, not the rows dropped: a row is never lost without a
    word, and the line may be meant.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     refuse_or_warn_of_header_rows(Path("t.csv"), [1], ["id", "text"])
    >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    't.csv': row 1 repeats the header ('id', 'text'), as files joined with cat repeat it, and is read as a row of
    those values; delete that line, or read the files as a folder or glob, each under its own header
    """
    if not rows:
        return
    several = len(rows) > 1
    numbers = ", ".join(str(row) for row in rows[:_HEADER_ROWS_NAMED])
    more = f" and {len(rows) - _HEADER_ROWS_NAMED} more" if len(rows) > _HEADER_ROWS_NAMED else ""
    told = (f"{str(path)!r}: row{'s' * several} {numbers}{more} repeat{'' if several else 's'} the header "
            f"({', '.join(quoted(name) for name in header)}), as files joined with cat repeat it, and "
            f"{'are' if several else 'is'} read as {'rows' if several else 'a row'} of those values")
    remedy = (f"delete {'those lines' if several else 'that line'}, or read the files as a folder or glob, each "
              f"under its own header")
    if _LABELLED.get():  # trained on, a statement "text" of the label "labels": never meant
        raise InvalidInputError(f"{told}, to be trained on as {'statements' if several else 'a statement'} "
                                f"labelled with a column's name; {remedy}")
    warn(f"{told}; {remedy}")


# How many of the rows that repeat a file's header a message names.
_HEADER_ROWS_NAMED = 5


def _record_starts(path: Path, encoding: str) -> Iterator[tuple[int, bool]]:
    """The line each record of a .csv or .tsv file begins on (the header's first, below Excel's
    ``sep=`` line if it has one), and whether it is a blank line, which pandas skips as no row
    in a file of more than one column. Raises what the csv module raises where it cannot read
    on; a cell of any length is read (see :func:`fields_unlimited`)."""
    with closing(_records(path, file_encoding(path, encoding))) as records:
        for first, _, _, blank in records:
            yield first, blank


def unquoted_return_line(path: Path, encoding: str = "utf-8") -> int | None:
    r"""The line (as ``grep -n`` counts) of the first "\r" outside quotes in the .csv or .tsv
    file ``path`` that ends no line of a file whose lines end in "\n" or "\r\n" (see
    :mod:`stance.linebreaks`), or None: nearly every file has none, which a pass over its
    bytes tells. Dask, which reads a glob, ends a row at such a "\r", as pandas does.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_bytes(b'id,text\n1,"quoted\ralike"\n2,We back\rUkraine\n')
    ...     unquoted_return_line(path)
    3
    """
    csv = forksafe.imported("csv")

    encoding = file_encoding(path, encoding)
    if not linebreaks.holds_stray_returns(path, encoding):
        return None
    delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
    try:
        # Lines end at "\n" only: the csv module refuses a "\r" outside quotes inside one.
        codec = "utf-8-sig" if encoding == "utf-8" else encoding
        with fields_unlimited(), open(path, encoding=codec, newline="\n") as handle:
            records = csv.reader(handle, delimiter=delimiter, **quoting)
            for _ in records:
                pass
    except csv.Error as error:
        if "new-line character seen in unquoted field" in str(error):
            return records.line_num
    except (OSError, UnicodeError):  # the reader that follows names the problem
        pass
    return None


def _csv_records(path: Path, encoding: str, *,
                 skip_blank_lines: bool = False) -> Iterator[tuple[int, int, list[str]]]:
    """Each record of a .csv or .tsv file (the header first) with the lines it begins and
    ends on: a quoted cell may span lines, and a cell of any length is read (see
    :func:`fields_unlimited`; close the records read in part, so that the limit comes back).
    ``skip_blank_lines`` leaves out a blank line (empty, or spaces and tabs but the delimiter),
    as pandas does: told by the line as written, since a quoted "" or "  " alone is a row."""
    with closing(_records(path, encoding)) as records:
        for first, end, row, blank in records:
            if not (skip_blank_lines and blank):
                yield first, end, row


def _records(path: Path, encoding: str) -> Iterator[tuple[int, int, list[str], bool]]:
    """The one line reader of :func:`_csv_records` and :func:`_record_starts`: each record with
    the lines it begins and ends on and whether it is a blank line, told by the line as written."""
    csv = forksafe.imported("csv")

    delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
    blank = blank_line(delimiter)
    with fields_unlimited(), _from_header(path, encoding) as (handle, above):
        last = [""]

        def lines() -> Iterator[str]:  # each physical line, kept to tell a blank one
            for line in handle:
                last[0] = line
                yield line

        rows = csv.reader(lines(), delimiter=delimiter, **quoting)
        first = above + 1
        for row in rows:
            end = above + rows.line_num
            yield first, end, row, end == first and bool(blank.fullmatch(last[0].rstrip("\r\n")))
            first = end + 1


def _first_long_record(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """(line, its values, the header's) of the first record of a .csv or .tsv file with a
    value past the header's columns that pandas refuses or drops (see :func:`_long_records`), or
    None. A record over lines is named by its first, as every message names a row's line (see
    :func:`row_line`) and as an editor jumps to it: pandas names its last, and the line was the
    last read whole and the first in chunks. The header's columns are counted as pandas reads
    them, R's row names among them (see :func:`stance.csv_dialect._header`): counted as
    written, every row of such a file was long, and its first was named where a later one held
    a value too many."""
    csv = forksafe.imported("csv")

    try:
        with closing(_csv_records(path, encoding, skip_blank_lines=True)) as records:
            next(records, None)
            header = _header(path, encoding, file_quoting(path, encoding))
            for first, _, row in _long_records(records, len(header)):
                return first, len(row), len(header)
    except (csv.Error, OSError, UnicodeError):  # pandas read on where the csv module cannot: say less
        pass
    return None


def title_line_above(path: Path, encoding: str) -> str | None:
    """What to do about a .csv or .tsv file whose header is a title line ("Weekly report,2026", as
    Excel's exports put a title and its year in A1 and B1) above the real header, which has
    more names and holds a column the file is read by (see :func:`columns_read`: 'text', the one
    read by default, or the one named, 'body'): pandas took the title for the header and refused
    the wider row below it. A title
    of one cell ("Survey responses") above short names may as well be a one-column file's header
    above a statement with a comma: both remedies are told (see :func:`_title_or_one_column`),
    but to a reader of labelled data (see :func:`labelled_reading`), which is never one column.
    None for any other file, whose long row is told as such (see :func:`_first_long_line`)."""
    csv = forksafe.imported("csv")

    try:
        with closing(_csv_records(path, encoding, skip_blank_lines=True)) as records:
            above, row = next(records, None), next(records, None)
    except (csv.Error, OSError, UnicodeError):  # pandas read on where the csv module cannot: say less
        return None
    if above is None or row is None or len(row[2]) <= len(above[2]):
        return None
    names = [cell.strip() for cell in row[2]]
    if not set(_read_by()) & set(names) or not (title_cells(above[2]) or _one_cell_title(above[2], names)):
        return None
    title = " ".join(cell.strip() for cell in above[2] if cell.strip())
    # Every line above the header, blank lines above the title too (a file that begins with a
    # blank line is not read), but Excel's sep= line, which names the separator.
    first = header_line(path, encoding)
    deleted = "delete that line" if first == above[0] == row[0] - 1 else f"delete lines {first} to {row[0] - 1}"
    # Labelled data is never one column (a review of b27e916): told to read its header as one,
    # it would be read without its labels.
    if len(above[2]) == 1 and not _LABELLED.get():
        # The cell as the reader reads it, spaces and all: its name, stripped, is no column to read.
        return _title_or_one_column(path, encoding, (above[0], above[2][0]), (row[0], row[2]), deleted)
    return (f"the file has a title line above its header: line {row[0]} holds the header {quoted_list(names)}, "
            f"and the title ({quoted(title)}) on line {above[0]} was read as the header; {deleted}")


def _title_or_one_column(path: Path, encoding: str, title: tuple[int, str], header: tuple[int, list[str]],
                         deleted: str) -> str:
    """Both remedies for a line of one cell, ``title`` (its line and cell as read), above the wider line
    ``header`` of short names: a title above the header, to be ``deleted``, or a one-column
    file's header above a statement whose commas are to be quoted. No rule tells them apart
    both ways (a review of 3230038): "Comment" above "text, images and video" and a statement
    with a comma is the one-column file, "Survey responses" above "id,text" and rows with a
    trailing separator, R's row names or fewer cells, or above no rows, the title; told one,
    each was read with a row lost or refused again."""
    delimiter = file_delimiter(path, encoding)
    (title_at, named), (header_at, cells) = title, header
    names = ", ".join(quoted(cell.strip()) for cell in cells)
    # The one column keeps its name, which is to be read as the column of statements, but not
    # the blank lines above it: a file that begins with a blank line is not read.
    column = "" if named == _read_by()[0] else f" (read it with text_column={named!r})"
    first = header_line(path, encoding)
    blank = {0: "", 1: f"delete line {first} and "}.get(title_at - first,
                                                         f"delete lines {first} to {title_at - 1} and ")
    return (f"line {header_at} holds {len(cells)} values where the header (line {title_at}, {quoted(named)}) has 1: "
            f"if line {title_at} is a title above the header on line {header_at} ({names}), {deleted}; "
            f"if the file is one column of statements{column}, {blank}"
            f"{quote_advice(delimiter, 1, example=delimiter.join(cells))}")


def _one_cell_title(cells: list[str], names: list[str]) -> bool:
    """Whether ``cells``, a line of one cell ("Survey responses"), may be a title above a header
    of ``names`` rather than a one-column file's header above a statement with a comma: the
    names are each a word or three, as a statement cut at its commas seldom is (which it may
    still be: both are told, see :func:`_title_or_one_column`).

    >>> _one_cell_title(["Survey responses"], ["id", "text"])
    True
    >>> _one_cell_title(["Comment"], ["text", "images and video say more"])
    False
    """
    return len(cells) == 1 and bool(cells[0].strip()) and all(0 < len(name.split()) <= 3 for name in names)


def _first_long_line(path: Path, encoding: str) -> str:
    r"""Which line holds a value past the header's columns that pandas would refuse or drop, in
    words: a spreadsheet's trailing separator on every line is none (see :func:`_long_records`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\nWe stand together, with our allies.\n")
    ...     _first_long_line(path, "utf-8")
    "line 2 holds 2 values, more than the header's 1 column"
    """
    first = _first_long_record(path, encoding)
    if first is None:
        return "some lines hold more values than the header has columns"
    line, seen, expected = first
    return f"line {line} holds {seen} values, more than the header's {expected} column{'s' * (expected != 1)}"

"""How a .csv or .tsv file is written: what separates its cells, how its cells are quoted, its header.

A .csv's cells are separated by commas, or by semicolons as Excel writes them in a locale
whose decimal mark is a comma, or by what Excel's ``sep=`` line names; a .tsv's by tabs
(:func:`file_delimiter`, :func:`excel_separator`). A .tsv's quotes are text unless the file
shows CSV quoting, as pandas or R writes it (:func:`file_quoting`). The header is read as
Python's csv module reads it (:func:`_header`): a name given twice is refused, and a header a
column short above R's row names is read as R's ``write.csv`` writes one
(:func:`_names_rows`). Files that cannot be read one way or the other are refused, naming the
lines that show it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import _forksafe as forksafe
from . import linebreaks
from .exceptions import InvalidInputError

# Excel's hint of the separator, alone on a CSV file's first line ("sep=;"): Excel reads a file
# so opened by it split at that character in any locale, and writes it on request.
_EXCEL_SEPARATOR = re.compile(r"sep=([^\r\n\"])(?:\r\n|\n|\r)?", re.IGNORECASE)


# The separator the command line's --sep names for every .csv or .tsv file a command reads
# (None: each file's own, see file_delimiter). A context variable, so that a command run in one
# thread does not read another thread's files with it.
_GIVEN_SEPARATOR: ContextVar[str | None] = ContextVar("given_separator", default=None)


@contextmanager
def separator_given(separator: str | None) -> Iterator[None]:
    r"""Read every .csv file with ``separator`` meanwhile (None: as each is written), whatever its
    content or ``sep=`` line says; that line is still read past, as no header. A .tsv file takes
    a tab alone (see :func:`tsv_of_another_separator`).

    >>> with separator_given("|"):
    ...     given_separator()
    '|'
    >>> given_separator() is None
    True
    """
    token = _GIVEN_SEPARATOR.set(separator)
    try:
        yield
    finally:
        _GIVEN_SEPARATOR.reset(token)


def given_separator() -> str | None:
    """The separator :func:`separator_given` names now, or None."""
    return _GIVEN_SEPARATOR.get()


def tsv_of_another_separator(path: Path, separator: str) -> str:
    """Why the .tsv file ``path`` is not read by ``--sep`` ``separator`` (not a tab): a .tsv's
    quotes are read by its tabs (see :func:`file_quoting`), so a file quoted as a CSV writer
    quotes it would be misread by any other character, its quoted cells split or rows merged
    (two reviews found each, silently); as a .csv it reads right.

    >>> print(tsv_of_another_separator(Path("x.tsv"), "|"))  # doctest: +NORMALIZE_WHITESPACE
    'x.tsv': --sep '|' reads .csv files, and a .tsv file is read with tabs; name it .csv if '|'
    separates its cells; if tabs do, leave --sep out and put the line 'sep=|' above the header of
    each .csv file it was for
    """
    # (reviews: a tab-separated .tsv among --exclude's, told only "name it .csv", failed as one;
    # told only to leave --sep out, the .csv beside it was read by commas)
    return (f"{str(path)!r}: --sep {separator!r} reads .csv files, and a .tsv file is read with tabs; name it .csv "
            f"if {separator!r} separates its cells; if tabs do, leave --sep out and put the line 'sep={separator}' "
            f"above the header of each .csv file it was for")


def excel_separator(path: Path, encoding: str = "utf-8") -> str | None:
    r"""The separator Excel's hint on the first line of the .csv or .tsv file ``path`` names
    (``sep=;``), or None when it has none; the reader skips that line.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "excel.csv"
    ...     _ = path.write_bytes(b"\xef\xbb\xbfsep=;\r\nid;text\r\n1;Hold the line.\r\n")
    ...     hinted = excel_separator(path)
    ...     _ = path.write_text("sep=;x\n")
    ...     hinted, excel_separator(path)
    (';', None)
    """
    if path.suffix.lower() not in (".csv", ".tsv"):
        return None
    try:
        with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="") as handle:
            line = handle.readline(8)  # "sep=;" and a line end, or more: no hint
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return None
    hint = _EXCEL_SEPARATOR.fullmatch(line)
    return hint.group(1) if hint else None


# The csv module's field limit is the process's: raised while any thread reads with it
# raised, put back as it was when the last of them ends (see fields_unlimited).
_FIELD_LIMIT = forksafe.Lock()
_field_limit = {"readers": 0, "found": 0}


@contextmanager
def fields_unlimited() -> Iterator[None]:
    """Let the csv module read a cell of any length meanwhile: its limit (131,072 characters)
    is a speech in one cell, which pandas reads, and the readers of stance are asked of
    such a file too. Where one was not, the message for a line with more values than the header
    was the csv module's "field larger than field limit (131072)", with a traceback.

    The limit is put back by the last of the threads reading so at once: each putting back
    the limit it found left another's raised one in place for good when two overlapped.

    >>> import csv
    >>> with fields_unlimited(), fields_unlimited():
    ...     csv.field_size_limit() > 131_072
    True
    >>> csv.field_size_limit()
    131072
    """
    csv = forksafe.imported("csv")

    with _FIELD_LIMIT:
        if _field_limit["readers"] == 0:
            _field_limit["found"] = csv.field_size_limit()
            csv.field_size_limit(max(_field_limit["found"], 2**31 - 1))
        _field_limit["readers"] += 1
    try:
        yield
    finally:
        with _FIELD_LIMIT:
            _field_limit["readers"] -= 1
            if _field_limit["readers"] == 0:
                csv.field_size_limit(_field_limit["found"])


def _field_limit_back_in_child() -> None:
    """In a child forked during another thread's read: that read never ends there, so its
    raised limit must not stay for good."""
    if _field_limit["readers"]:
        forksafe.imported("csv").field_size_limit(_field_limit["found"])
    _field_limit["readers"] = 0


forksafe.after_fork_in_child(_field_limit_back_in_child)


def header_line(path: Path, encoding: str = "utf-8") -> int:
    """The line of the .csv or .tsv file ``path`` its header is on: 1, or 2 below Excel's
    ``sep=`` line (see :func:`excel_separator`). Rows count from 0 on the line after it."""
    return 1 if excel_separator(path, encoding) is None else 2


@contextmanager
def _from_header(path: Path, encoding: str, kept: bool = True) -> Iterator[tuple[Iterator[str], int]]:
    """The lines of the .csv or .tsv file ``path`` from its header on (see :func:`_text_lines`),
    and how many lines are above that (Excel's ``sep=`` line, read past)."""
    above = header_line(path, encoding) - 1
    with _text_lines(path, encoding, kept) as lines:
        for _ in range(above):
            next(lines, None)
        yield lines, above


@contextmanager
def _text_lines(path: Path, encoding: str, kept: bool = True) -> Iterator[Iterator[str]]:
    r"""The lines of the .csv or .tsv file ``path``, for Python's csv module to read the rows
    pandas reads: where its lines end in "\n" or "\r\n", a "\r" that ends no line is text,
    read as :data:`stance.linebreaks.KEPT_RETURN` (see :mod:`stance.linebreaks`), and a line
    is what ``grep -n`` counts as one. Not ``kept``, its "\r" and NULs are left as they are, for
    a reader that they can only fail, at C speed (see :func:`stance.record_lines._read_strictly`)."""
    feeds = linebreaks.lines_end_in_line_feeds(path, encoding)
    with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="\n" if feeds else "") as handle:
        if not kept:
            yield handle
            return
        # Python's csv module before 3.11 refuses a line holding a NUL: kept_lines reads one as
        # linebreaks.KEPT_NUL, as the pandas reader does.
        yield linebreaks.kept_lines(handle) if feeds else (line.replace("\x00", linebreaks.KEPT_NUL) for line in handle)


# A quoted cell from its opening quote to its closing one, its quotes inside doubled (or
# escaped by a backslash, as R's write.table escapes them): see _Quoting.
_QUOTED_CELL = {None: re.compile(r'"[^"]*(?:""[^"]*)*"'),
                "\\": re.compile(r'"[^"\\]*(?:(?:""|\\.)[^"\\]*)*"', re.DOTALL)}


def _cells_quoted(record: str, delimiter: str, quoted_cell: re.Pattern) -> list[bool]:
    r"""Whether each cell of ``record``, a record of a CSV file as written (its line end too),
    opens with a quote: a CSV reader reads such a cell as quoted, to its closing quote.

    >>> _cells_quoted('"1","A",NA\n', ",", _QUOTED_CELL[None])
    [True, True, False]
    >>> _cells_quoted('"a, ""b"" c",NA,', ",", _QUOTED_CELL[None])  # a quote inside, doubled
    [True, False, False]
    """
    opened, at = [], 0
    while True:
        match = quoted_cell.match(record, at) if record.startswith('"', at) else None
        opened.append(record.startswith('"', at))
        end = record.find(delimiter, match.end() if match else at)
        if end < 0:
            return opened
        at = end + 1


def _header(path: Path, encoding: str, quoting: dict[str, Any]) -> list[str]:
    """The column names of a .csv or .tsv file; a name given twice is refused (pandas would
    read the second as "text.1", and a result column could land under either). A file of
    R's row names (see :func:`_names_rows`) has an empty name first, as R's ``write.csv``
    writes one."""
    header, row_names = _header_and_row_names(path, encoding, quoting)
    return ["", *header] if row_names else header


def _header_and_row_names(path: Path, encoding: str, quoting: dict[str, Any]) -> tuple[list[str], bool]:
    """The header of :func:`_header` as the file writes it, and whether it names the rows (:func:`_names_rows`)."""
    csv = forksafe.imported("csv")

    try:
        with _from_header(path, encoding) as (handle, _):
            header = next(csv.reader(handle, delimiter=file_delimiter(path, encoding), **quoting), [])
    except csv.Error:  # a quote never closed: pandas' reader names the problem
        return [], False
    header = [name.replace(linebreaks.KEPT_RETURN, "\r") for name in header]
    refuse_repeated_names(path, header)
    # Else the file or the user (--sep) says what separates its cells.
    if excel_separator(path, encoding) is None and given_separator() is None:
        _refuse_other_delimiter(path, header, encoding)
    return header, _names_rows(path, encoding, quoting, len(header))


def refuse_repeated_names(path: str | Path, header: list[str]) -> None:
    """Refuse a header of a .csv or .tsv file that gives a name twice: pandas (and Dask) would
    read the second as "text.1", and a result column could land under either. Empty names (a
    spreadsheet's trailing empty cells) may repeat: pandas names them "Unnamed: 2"….

    >>> refuse_repeated_names("a.csv", ["text", "", ""])
    >>> refuse_repeated_names("a.csv", ["text", "text", "id"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: 'a.csv': the header names column(s) ['text'] more than once; give every ...
    """
    # A name of spaces is a name to pandas. Counted once: header.count of each name was quadratic
    # in a wide header (50,000 columns took 27 s).
    twice = sorted(name for name, count in Counter(header).items() if name and count > 1)
    if twice:
        raise InvalidInputError(f"{str(path)!r}: the header names column(s) {twice} more than once; "
                                f"give every column its own name")


def _names_rows(path: Path, encoding: str, quoting: dict[str, Any], width: int) -> bool:
    r"""Whether every record below the header of ``width`` names holds exactly one value more,
    the header's every name quoted: R's ``write.table(d, "x.tsv", sep="\t")`` writes its row
    names so, its header a column short ("\"id\"\t\"text\"" above "\"1\"\t\"01\"\t\"…\""),
    which R's ``read.delim`` and pandas read as the rows' names. The file is then read as R's
    ``write.csv`` file is, whose header names them with an empty cell: a first column
    "Unnamed: 0", kept in an output under an empty name. A file where only some lines hold a
    value more is refused, naming the first, and so is one of unquoted names (a value too many
    at the end of each line, as likely as a name too few), but for a first row whose last value
    is empty (a spreadsheet's trailing separator, which pandas leaves out). A later record of
    more values still is taken for a value too many beside the row names, and refused by its
    own line (see :func:`stance.record_lines.read_error_in_lines`), where the rows are numbered
    "1", "2", … as R numbers them, or records of one value more outnumber such records. Only a
    file whose
    first record is one value longer is read through.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "r.csv"
    ...     _ = path.write_text('"id","text"\n"1","01","We agree."\n')
    ...     quoted_names = _names_rows(path, "utf-8", file_quoting(path), 2)
    ...     _ = path.write_text('id,text\n1,01,We agree.\n')
    ...     quoted_names, _names_rows(path, "utf-8", file_quoting(path), 2)
    (True, False)
    """
    csv = forksafe.imported("csv")

    if not width or quoting.get("quoting") == csv.QUOTE_NONE:  # quotes are text: R's quotes are not read so
        return False
    delimiter = file_delimiter(path, encoding)
    try:
        with _from_header(path, encoding) as (handle, _):
            raw: list[str] = []  # the header's lines, as written

            def lines() -> Iterator[str]:
                for line in handle:
                    raw.append(line)
                    yield line

            records = (row for row in csv.reader(lines(), delimiter=delimiter, **quoting) if row)
            next(records, None)
            if not all(_cells_quoted("".join(raw), delimiter, _QUOTED_CELL[quoting.get("escapechar")])):
                return False
            header_lines = len(raw)
            first = next(records, None)
            if first is None or len(first) != width + 1 or first[-1] == "":  # nearly always: no more is read
                return False
            # A row wider still is a value too many beside the names, refused by its own line (read
            # without them, every row was long, and the first was named); but only where rows of
            # one value more are the rule: a quoted header over ragged rows of unquoted commas
            # ("NATO, the alliance" / "We, the people, agree") is a file whose line 2 is too long.
            # R numbers its rows "1", "2", … in quotes: so numbered, a file is R's however many rows
            # are wider (an id column of 1, 2, …, written bare, is a file's own first column).
            exact, wider = 1, 0
            numbered = first[0] == "1" and "".join(raw[header_lines:]).lstrip().startswith('"1"')
            for number, row in enumerate(records, 2):
                if len(row) <= width:
                    return False
                exact, wider = (exact + 1, wider) if len(row) == width + 1 else (exact, wider + 1)
                numbered = numbered and row[0] == str(number)
            return numbered or exact > wider
    except (csv.Error, UnicodeError):  # the reader that follows names the problem
        return False


_LINE_END = r'(?:\r\n|\n|\r)?'


@dataclass(frozen=True)
class _Quoting:
    """The cells of a tab-separated line as a CSV writer quotes them, in patterns: a quoted
    cell, whose quotes inside are doubled (or escaped by a backslash, as R writes them), or
    a bare one, which does not open with a quote (a CSV reader takes a quote inside it as
    text, as a line-by-line one does); a cell opened on a line and closed on a later one. A
    line is read from its first cell (``from_cell``) or from inside a cell an earlier line
    opened (``in_cell``)."""

    escapechar: str | None
    from_cell: re.Pattern
    in_cell: re.Pattern
    header: re.Pattern
    cells: re.Pattern
    shown: str  # what shows this quoting, and what to do when a line is not so quoted
    advice: str

    @classmethod
    def of(cls, inside: str, bare: str, **words: Any) -> _Quoting:
        quoted, opened, cell = f'"{inside}"', f'"{inside}', rf'(?:"{inside}"|{bare})?'
        return cls(from_cell=re.compile(rf'{cell}(?:\t{cell})*{_LINE_END}|(?:{cell}\t)*(?P<open>{opened})'),
                   in_cell=re.compile(rf'{inside}(?P<closed>"(?:\t{cell})*(?:\t(?P<open>{opened})|{_LINE_END}))?'),
                   header=re.compile(rf'{quoted}(?:\t{quoted})*{_LINE_END}'),
                   cells=re.compile(rf'{quoted}|{bare}'), **words)


# As pandas, Python's csv module and `stance score -o out.tsv` write a cell's quotes: doubled.
_DOUBLED = _Quoting.of(
    r'[^"]*(?:""[^"]*)*', r'[^"\t\r\n][^\t\r\n]*', escapechar=None,
    shown="a quoted header, or a quoted cell that holds a tab, a line break or doubled quotes",
    advice='If the quotes of line {misfit} are text, write each cell of it that opens with one as a CSV writer '
           'does, in quotes, its own quotes doubled ("""Hold the line"" is our motto.")')


# As R's write.table writes them: after a backslash. A reader of such escapes drops any other
# backslash, which R leaves as it is: a line with one is not so quoted.
_ESCAPED = _Quoting.of(
    r'[^"\\]*(?:(?:""|\\")[^"\\]*)*', r'[^"\\\t\r\n][^\\\t\r\n]*', escapechar="\\",
    shown="quoted cells as R writes them, a quote inside one after a backslash",
    advice='Read so, line {misfit} would lose a backslash before no quote or misread its quotes: write the '
           'file with quotes doubled (in R, write.table(..., qmethod = "double"))')


def file_quoting(path: Path, encoding: str = "utf-8") -> dict[str, Any]:
    r"""How the quotes of the .csv or .tsv file ``path`` are read, as keyword arguments of
    ``csv.reader`` and ``pandas.read_csv``: ``quoting=csv.QUOTE_MINIMAL`` (as a CSV writer
    quotes, with ``escapechar="\\"`` where quotes are escaped by a backslash) or
    ``quoting=csv.QUOTE_NONE`` (quotes are text, each line is a row).

    A .csv file is read with CSV quoting. A .tsv file is read line by line, quotes as text
    (transcripts are full of them; read as CSV quoting, a quote opened on one line and
    closed lines later made one row of every row between, silently), unless it shows CSV
    quoting, as pandas, Python's csv module and ``stance score -o out.tsv`` write it: some
    quoted cell needing its quotes (it holds a tab, a doubled quote or a line break) or the
    header quoted; or as R's ``write.table`` writes it, a quote inside a quoted cell after
    a backslash. A line whose quotes are not CSV quoting (a cell that opens with a quote
    must end with one, those inside doubled; a quote inside a cell is text to either
    reading), and a quoted cell whose lines are each a whole row of the file's width (how
    rows look that a stray quote would merge; in a file of one column, where every line is
    one and pandas writes a line break in a cell as a stray quote merges rows, such a cell
    is proof if it holds a doubled quote, and otherwise reads as one cell only beside other
    proof), are no such proof: a file that has one of them and proof is refused, naming the
    lines, since either reading misreads some line.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     spoken, written = Path(folder) / "spoken.tsv", Path(folder) / "written.tsv"
    ...     _ = spoken.write_text('id\ttext\n1\t"Hold the line" is our motto.\n')
    ...     _ = written.write_text('id\ttext\n1\t"a tab\there"\n')
    ...     file_quoting(spoken), file_quoting(written)
    ({'quoting': 3}, {'quoting': 0})
    """
    csv = forksafe.imported("csv")

    if path.suffix.lower() != ".tsv":
        return {"quoting": csv.QUOTE_MINIMAL, **_csv_escapes(path, encoding)}
    return quoting_shown(path, encoding) or {"quoting": csv.QUOTE_NONE}


def _csv_escapes(path: Path, encoding: str) -> dict[str, Any]:
    r"""``{"escapechar": "\\"}`` where the .csv file ``path`` is written as R's
    ``write.table(d, "x.csv", sep = ",")`` writes one (its default ``qmethod = "escape"``), a
    quote inside a quoted cell after a backslash: its lines read so, and not with quotes
    doubled. Read with quotes doubled, ``"He said \"no\" and left."`` was the text
    ``He said \no" and left."``, silently, and a comma inside such a cell was a line "with more
    values than the header". A file that also holds a backslash before no quote, which a
    reader of such escapes drops (R leaves it as it is), is refused, as a .tsv file is; else
    nothing: quotes are doubled, as pandas, Excel and ``write.csv`` write them.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     r, windows = Path(folder) / "r.csv", Path(folder) / "w.csv"
    ...     _ = r.write_text('"id","text"\n"1","He said \\"no, never\\" and left."\n')
    ...     _ = windows.write_text('id,path\n1,"C:\\temp\\"\n')
    ...     _csv_escapes(r, "utf-8"), _csv_escapes(windows, "utf-8")
    ({'escapechar': '\\'}, {})
    """
    if not _may_hold_escaped_quote(path, encoding):  # nearly always: a pass over the bytes tells
        return {}
    strays: list[int] = []  # the first line holding a backslash before no quote
    try:
        with _from_header(path, encoding) as (handle, above):
            escaped = False
            for number, line in enumerate(handle, above + 1):
                escaped = escaped or '\\"' in line
                if not strays and re.search(r'\\(?!")', line):
                    strays.append(number)
                if escaped and strays:
                    break
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return {}
    if not escaped:
        return {}
    doubled = _misread_line(path, encoding, {})
    if doubled is None or _misread_line(path, encoding, {"escapechar": "\\"}) is not None:
        return {}  # read with quotes doubled, or neither way: the reader names the line
    if strays:
        raise InvalidInputError(
            f"{str(path)!r}: line {doubled} holds a quote after a backslash in a quoted cell, as R's write.table "
            f"writes one, and line {strays[0]} a backslash before no quote, which a reader of such quotes drops: "
            f'write the file with quotes doubled (in R, write.csv(...), or write.table(..., qmethod = "double"))')
    return {"escapechar": "\\"}


def _may_hold_escaped_quote(path: Path, encoding: str) -> bool:
    """Whether the bytes of ``path`` may hold a backslash before a quote: in an encoding
    that writes ASCII as ASCII, only where they hold those two bytes; in another (UTF-16), it
    is read as text to tell."""
    try:
        needle = '\\"'.encode(encoding)
    except (LookupError, UnicodeError):  # the reader that follows names the problem
        return False
    if needle != b'\\"':
        return True
    try:
        with open(path, "rb") as handle:
            carried = b""
            while block := handle.read(1 << 20):
                if needle in carried + block:
                    return True
                carried = block[-1:]
    except OSError:
        return False
    return False


def _misread_line(path: Path, encoding: str, escapes: dict[str, Any]) -> int | None:
    """The first line of the .csv file ``path`` whose quotes the csv module, reading them
    with ``escapes`` (as written, or after a backslash), finds not to be a CSV writer's (a
    quote that closes a cell before its end), or None."""
    csv = forksafe.imported("csv")

    try:
        with fields_unlimited(), _from_header(path, encoding) as (handle, above):
            records = csv.reader(handle, delimiter=file_delimiter(path, encoding), strict=True, **escapes)
            for _ in records:
                pass
    except csv.Error:
        return above + records.line_num
    except (OSError, UnicodeError, LookupError):
        return None
    return None


def quoting_shown(path: Path, encoding: str = "utf-8") -> dict[str, Any] | None:
    r"""How the quotes of the .tsv file ``path`` are read (see :func:`file_quoting`), or None
    where no cell opens with a quote, so that it reads alike with CSV quoting and without:
    such a file goes with any other in a glob, whose files Dask reads alike.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "t.tsv").write_text('id\ttext\n1\tHe said "no" to NATO.\n')
    ...     print(quoting_shown(Path(folder) / "t.tsv"))
    None
    """
    csv = forksafe.imported("csv")

    scan = _QuoteScan.of_file(path, encoding)
    if scan.proof is None:  # no quotes that needed a CSV writer: quotes are text
        return {"quoting": csv.QUOTE_NONE} if scan.opens_quoted else None
    # Read either way, some line would be misread: which way is the file's, only its writer knows.
    if scan.misfit is not None:
        raise InvalidInputError(
            f"{str(path)!r}: line {scan.proof} is written with CSV quoting ({scan.quoting.shown}) and line "
            f"{scan.misfit} is not; read with either, the other line would be misread. "
            + scan.quoting.advice.format(misfit=scan.misfit))
    if scan.merged is not None:
        first, last = scan.merged
        raise InvalidInputError(
            f"{str(path)!r}: lines {first}-{last} are {last - first + 1} rows of {scan.width} tab-separated "
            f"fields, but read with the CSV quoting the file shows (line {scan.proof}) they are one row, a "
            f"cell quoted from line {first} to line {last}; if those quotes are text, write each cell that "
            f'holds one in quotes, its own quotes doubled ("""Hold the line"" is our motto."), and if it is one '
            f"text, save the table as .csv or JSONL, where it reads so")
    return {"quoting": csv.QUOTE_MINIMAL, **({"escapechar": scan.quoting.escapechar} if scan.quoting.escapechar
                                              else {})}


def _escaped_quote(text: str) -> bool:
    r"""Whether ``text``, inside a quoted cell, holds a quote as a CSV writer writes one there.

    >>> _escaped_quote('He said ""no""'), _escaped_quote('R: \\"no\\"'), _escaped_quote("plain")
    (True, True, False)
    """
    return '""' in text or '\\"' in text


@dataclass
class _QuoteScan:
    """What the lines of a .tsv file read so far tell of its ``quoting``: the header's ``width``;
    the line of the first ``proof`` of it; the first line whose quotes a reader of it would
    read otherwise than as text, not being a CSV writer's (``misfit``); the lines of the
    first quoted cell whose lines are each a whole row (``merged``); whether some cell opens
    with a quote, which only CSV quoting reads as quoting; the line a cell still open began on."""

    quoting: _Quoting
    width: int = 0
    proof: int | None = None
    misfit: int | None = None
    merged: tuple[int, int] | None = None
    opens_quoted: bool = False
    open_since: int = 0
    whole: bool = True  # each line of the open cell is a row of the header's width
    doubled: bool = False  # the open cell holds a quote as a CSV writer writes one inside: "" or \"

    @classmethod
    def of_file(cls, path: Path, encoding: str) -> _QuoteScan:
        """What the .tsv file ``path`` tells of the quoting that fits it furthest: quotes
        doubled, or escaped by a backslash as R writes them, read in one pass and only so far
        as the answer is open."""
        doubled, escaped = cls(_DOUBLED), None
        with _from_header(path, encoding) as (handle, above):
            for number, line in enumerate(handle, above + 1):
                # Up to the first backslash both quotings read each line alike: one scan serves.
                if escaped is None and "\\" in line:
                    escaped = replace(doubled, quoting=_ESCAPED)
                doubled.read(number, line)
                if escaped is not None:
                    escaped.read(number, line)
                if doubled.refused and (escaped is None or escaped.refused
                                        or (escaped.misfit is not None and escaped.misfit <= doubled.misfit)):
                    break  # each quoting that may be chosen misreads a line beside proof: the file is refused
        doubled.end()
        if escaped is None:
            return doubled
        escaped.end()
        # Where doubled quotes misfit, escaped ones that fit further may be the file's.
        return escaped if doubled.misfit is not None and (escaped.misfit is None
                                                          or escaped.misfit > doubled.misfit) else doubled

    @property
    def refused(self) -> bool:
        """Whether the lines read so far refuse the file, whatever lines follow: a line that
        this quoting misreads, beside proof of it (neither ever changes once found)."""
        return self.proof is not None and self.misfit is not None

    def read(self, number: int, line: str) -> None:
        """Take line ``number``."""
        if not self.width:  # the header
            self.width = line.count("\t") + 1
            self.proof = 1 if self.quoting.header.fullmatch(line) else None
        opens = line.startswith('"') or '\t"' in line  # some cell opens with a quote
        self.opens_quoted = self.opens_quoted or opens
        # Nearly every line: cells that do not open with a quote fit either quoting and need
        # none, unless a backslash, which a reader of R's escapes drops, is in one.
        if not self.open_since and not opens and not (self.quoting.escapechar and self.quoting.escapechar in line):
            return
        match = (self.quoting.in_cell if self.open_since else self.quoting.from_cell).fullmatch(line)
        if match is None:  # a quote no CSV writer would have written, or a cell it opened above
            self.misfit = self.misfit or self.open_since or number
            if self.open_since:  # the line is read anew, as a line-by-line reader reads it
                self.open_since = 0
                self.read(number, line)
            return
        whole_row = line.count("\t") + 1 == self.width
        if self.open_since:
            self.whole = self.whole and whole_row
            inside = line if match.group("closed") is None else line[:match.start("closed")]
            self.doubled = self.doubled or _escaped_quote(inside)
            if match.group("closed") is None:  # the cell goes on
                return
        closed = match.start("closed") + 1 if self.open_since else 0
        reopened = match.group("open") is not None
        if self.proof is None and self._needs_quotes(line[closed:match.start("open") if reopened else len(line)]):
            self.proof = number
        if self.open_since and not reopened:  # a cell over several lines ends here
            # In a file of one column every line is a whole row, and a CSV writer quotes a line
            # break in a cell as a stray quote merges rows: only a quote inside, as a CSV writer
            # writes one, proves the cell; else other proof must show it, or its lines are rows.
            if self.whole and self.width > 1:
                self.merged = self.merged or (self.open_since, number)
            elif self.width > 1 or self.doubled:
                self.proof = self.proof or self.open_since
            self.open_since = 0
        elif reopened and not self.open_since:
            self.open_since, self.whole = number, whole_row
            self.doubled = _escaped_quote(line[match.start("open") + 1:])

    def end(self) -> None:
        """Take the end of the file: a cell still open there was never closed."""
        self.misfit = self.misfit or self.open_since or None
        self.open_since = 0

    def _needs_quotes(self, cells: str) -> bool:
        r"""Whether a quoted cell among ``cells`` (whole cells of one line) needs its quotes.

        >>> scan = _QuoteScan(_DOUBLED)
        >>> scan._needs_quotes('1\t"plain"\t"a ""b"" c"'), scan._needs_quotes('1\t"plain"\t""\tHe said "x\ty"')
        (True, False)
        >>> _QuoteScan(_ESCAPED)._needs_quotes('1\t"He said \\"no\\""')
        True
        """
        # Cell by cell: a bare cell may hold quotes, which are no quoted cell's.
        return any(cell.startswith('"') and ("\t" in cell or '""' in cell[1:-1] or '\\"' in cell[1:-1])
                   for cell in self.quoting.cells.findall(cells))


def blank_line(delimiter: str) -> re.Pattern[str]:
    r"""What a line of nothing but white space is in a file of ``delimiter``: spaces and tabs,
    but not the delimiter (a tab is a .tsv's empty cells, not a blank line).

    >>> bool(blank_line(",").fullmatch(" \t")), bool(blank_line("\t").fullmatch(" \t"))
    (True, False)
    """
    return re.compile("[" + re.escape("".join(sorted({" ", "\t"} - {delimiter}))) + "]*")


def blank_lines_are_rows(header: list[str]) -> bool:
    """Whether a blank line below ``header`` (the names as :func:`_header` reads them, R's row
    names counted) is a row, an empty cell, to stance's readers (see
    :func:`stance.delimited.read_delimited`): only in a one-column file, as a sheet writes an empty
    cell there; in a wider file a blank line (trailing ones, most often) is no row. The one
    statement of that rule: the readers take it, and so does the line a message names of a row
    (:func:`stance.record_lines.row_lines`), which counted such a line as no row.

    >>> blank_lines_are_rows(["text"]), blank_lines_are_rows(["text", "labels"]), blank_lines_are_rows(["", "text"])
    (True, False, False)
    """
    return len(header) == 1


def trailing_blank_lines(path: Path, encoding: str = "utf-8") -> int:
    r"""How many blank lines (see :func:`blank_line`) end the .csv or .tsv file ``path``, after its
    last line that is not blank: an editor's end of the file, below the last row, so no row even
    where a blank line is one (a one-column file's, see :func:`blank_lines_are_rows`), as no row
    after it is kept in its place by it. A blank line between rows stays a row there.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\nNATO is united.\n\nWe must deter.\n\n  \n")
    ...     ended = trailing_blank_lines(path)
    ...     _ = path.write_bytes("text\r\nNATO is united.\r\n\r\n".encode("utf-16"))
    ...     ended, trailing_blank_lines(path), trailing_blank_lines(path.with_name("gone.csv"))
    (2, 1, 0)
    """
    return trailing_blank_run(path, encoding)[0]


def trailing_blank_run(path: Path, encoding: str = "utf-8") -> tuple[int, int]:
    """The blank lines that end the file ``path`` (see :func:`trailing_blank_lines`): how many,
    and the bytes they take, line breaks counted (at most: the line break above them too)."""
    from .decoding import file_encoding

    try:
        encoding = file_encoding(path, encoding)
        blank = blank_line(file_delimiter(path, encoding))
        run = list(itertools.takewhile(blank.fullmatch, _last_lines(path, encoding)))
    except (OSError, UnicodeError, LookupError):  # the reader names what it cannot read
        return 0, 0
    # Each line and its break ("\r\n" at most), in the encoding's bytes a character.
    unit = len("  ".encode(encoding)) - len(" ".encode(encoding))
    return len(run), unit * sum(len(line) + 2 for line in run)


def _last_lines(path: Path, encoding: str, block: int = 1 << 16) -> Iterator[str]:
    """The lines of the file ``path`` from its last up, without their line breaks (a line break
    at the end ends the last line). Read from the end a block at a time, as these end a file of
    any size (a file read whole took memory of its size again and again): in an encoding whose
    code units are of fixed width and hold line breaks, spaces and tabs alone (UTF-8 and
    cp1252 as ASCII's bytes, UTF-16 and UTF-32 as units of 2 and 4 bytes), each block aligned
    to them; in any other, read whole."""
    tail = _tail_codec(path, encoding)
    if tail is None:
        with open(path, encoding=encoding, newline="") as handle:
            yield from reversed(_lines(handle.read()))
        return
    codec, width = tail
    size = path.stat().st_size
    with open(path, "rb") as handle:
        while True:
            start = max(0, size - block)
            start -= start % width  # on a unit's first byte: the text is units from the file's start
            handle.seek(start)
            # A character cut at the block's start (a surrogate pair's second half) is in its
            # first line, which is left out below.
            text = handle.read().decode(codec, errors="replace")
            lines = _lines(text.removeprefix("\ufeff") if start == 0 else text)
            if start == 0:
                yield from reversed(lines)
                return
            whole = lines[1:]  # the first may begin inside a line
            if any(line.strip(" \t") for line in whole):
                yield from reversed(whole)
                return
            block *= 4  # blank lines only so far: read further up


def _tail_codec(path: Path, encoding: str) -> tuple[str, int] | None:
    r"""The codec to decode a block of the end of the file ``path`` of ``encoding`` with, and the
    width in bytes of its code units (see :func:`_last_lines`); None for an encoding whose line
    breaks are not units of their own (read whole).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\n", encoding="utf-16-be")
    ...     unmarked = _tail_codec(path, "utf-16-be")
    ...     _ = path.write_bytes("text\n".encode("utf-32"))
    ...     unmarked, _tail_codec(path, "utf-32"), _tail_codec(path, "cp1252"), _tail_codec(path, "cp037")
    (('utf-16-be', 2), ('utf-32-le', 4), ('latin-1', 1), None)
    """
    codecs, sys = forksafe.imported("codecs"), forksafe.imported("sys")
    if "\n\r \t".encode(encoding).endswith(b"\n\r \t"):
        # Latin-1 maps every byte to a character: the ASCII ones at the end are read right.
        return "latin-1", 1
    name = codecs.lookup(encoding).name
    if not name.startswith(("utf-16", "utf-32")):
        return None
    width = 2 if name.startswith("utf-16") else 4
    if name in ("utf-16", "utf-32"):  # its byte order is the mark's, or else this machine's, as Python reads it
        with open(path, "rb") as handle:
            mark = handle.read(width)
        big = codecs.BOM_UTF16_BE if width == 2 else codecs.BOM_UTF32_BE
        little = codecs.BOM_UTF16_LE if width == 2 else codecs.BOM_UTF32_LE
        order = "be" if mark == big else "le" if mark == little else sys.byteorder[0] + "e"
        name = f"{name}-{order}"
    return name, width


def _lines(text: str) -> list[str]:
    r"""The lines of ``text``, as pandas ends them (at "\r\n", "\n" or "\r").

    >>> _lines("a\r\n\nb\n"), _lines("a\n  ")
    (['a', '', 'b'], ['a', '  '])
    """
    lines = re.split("\r\n|\r|\n", text)
    return lines[:-1] if lines[-1] == "" else lines


def file_delimiter(path: Path, encoding: str = "utf-8") -> str:
    r"""The character that separates the cells of the .csv or .tsv file ``path``: a tab in a
    .tsv; in a .csv, a comma, or a semicolon as Excel writes "CSV UTF-8" in a locale whose
    decimal mark is a comma (Italian, Spanish, Dutch, German, French), where it cannot write
    commas.

    A .csv is read with semicolons only when its header splits by semicolons outside quotes
    into two names or more, and its first rows (up to five) split by semicolons into as many
    cells as the header does while by commas they do not, or also do but the header holds no
    comma outside quotes and does not look cut out of a text (see :func:`_cut_from_text`: a
    semicolon with a space after it and none before, or a bracket left open); or, the header
    holding no comma outside quotes and not so cut, most of those rows split so and the others
    into more cells (a text's semicolon unquoted: the reader names its line, where read with
    commas the file was one column, "no such column" to its callers).
    A header that splits alike both ways is refused: so a comma in a name (which Excel does
    not quote in a file it separates with ";") whose rows hold one decimal comma each, or a
    one-column header holding a semicolon as text ("Statement (EN; original)") whose rows hold
    one each, since read either way some cells would be misread.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     excel, notes = Path(folder) / "excel.csv", Path(folder) / "notes.csv"
    ...     _ = excel.write_text('id;text;weight\n1;"Stop; now";0,5\n')
    ...     _ = notes.write_text("Statement (EN; original)\nWe stay united.\n")
    ...     file_delimiter(excel), file_delimiter(notes)
    (';', ',')
    """
    csv = forksafe.imported("csv")

    given = given_separator()
    if given is not None and path.suffix.lower() == ".tsv" and given != "\t":
        raise InvalidInputError(tsv_of_another_separator(path, given))
    if given is not None:  # the user's --sep: over a .csv's content and a sep= line too
        return given
    hinted = excel_separator(path, encoding)
    if path.suffix.lower() == ".tsv":
        if hinted not in (None, "\t"):  # a .tsv is read line by line at tabs (see file_quoting)
            raise InvalidInputError(f"{str(path)!r}: its first line, 'sep={hinted}', says its cells are separated "
                                    f"by {hinted!r}, but a .tsv file is read with tabs; name it .csv")
        return "\t"
    if hinted is not None:
        return hinted
    try:
        with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="") as handle:
            line = handle.readline().rstrip("\r\n")
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return ","
    # Quoted names may hold either character as text (an unclosed quote runs to the line's end).
    outside = re.sub(r'"[^"]*(?:"|$)', "", line)
    try:
        by_name = {sep: next(csv.reader([line], delimiter=sep), []) for sep in ";,"}
    except csv.Error:  # a quote left open over a field too long for csv: the reader that follows names it
        return ","
    if ";" not in outside or len([name for name in by_name[";"] if name.strip()]) < 2:
        return ","
    by_semicolons, by_commas = _rows_split_alike(path, encoding, ";"), _rows_split_alike(path, encoding, ",")
    cut_from_text = _cut_from_text(by_name[";"])  # "Statement (EN; original)"
    if (not by_semicolons and "," not in outside and not cut_from_text
            and _rows_split_alike(path, encoding, ";", surplus=True)):
        return ";"  # a row with a value too many, which the reader names; read with commas, "no such column"
    if by_semicolons != by_commas:
        return ";" if by_semicolons else ","
    if not by_semicolons:  # the reader that follows names the first line that splits otherwise
        return "," if "," in outside else ";"
    if "," not in outside and not cut_from_text:
        return ";"
    raise InvalidInputError(
        f"{str(path)!r}: its header {line!r} and its first rows split alike by either semicolons or "
        f"commas, so which separates its cells cannot be told: read with semicolons its columns would be "
        f"{by_name[';']}, with commas {by_name[',']}; "
        + ("rename the column whose name holds a comma or semicolon, or quote that name"
           if "," in outside else
           "if it is one column, quote its name (\"…; …\"); if semicolons separate its columns, name them "
           "with no space beside a semicolon and no bracket left open"))


def _example_shown(example: str) -> str:
    """``example``, a text of the file, in quotes as a CSV writer quotes it (a quote inside
    written twice), each tab in it named "<tab>", and said so: a tab itself is invisible in
    Python's message and shown as "\\t" on the command line, which, typed as shown, puts a
    backslash and a t in the file (a review of b27e916).

    >>> print(_example_shown('say "no", now'))
    "say ""no"", now"
    """
    shown = '"{}"'.format(example.replace('"', '""'))
    return shown.replace("\t", "<tab>") + ", <tab> standing for its tab" if "\t" in example else shown


def pipe_joined_header(path: Path, encoding: str) -> str:
    """The header line of the one-column .csv or .tsv file ``path`` where it is names joined by
    '|' (``to_csv(sep="|")``), for :func:`quote_advice`; empty otherwise. Its texts hold commas,
    and its second line was told to quote them where the header alone says the separator."""
    try:
        with _from_header(path, encoding) as (lines, _):
            header = next(lines, "").rstrip("\r\n")
    except (OSError, UnicodeError):
        return ""
    names = [name.strip() for name in header.split("|")]
    return header if len(names) > 1 and all(names) and file_delimiter(path, encoding) not in header else ""


def quote_advice(delimiter: str, width: int, otherwise: str = "", *, example: str = "", header: str = "") -> str:
    """What to do about a row of more values than a header of ``width`` names in a file of
    ``delimiter``: quote the text that holds it, or do ``otherwise`` (if given). A one-column
    .csv's text holds commas as Excel writes it in a locale that separates cells with ";"
    (Italian, German, French …), which quotes none, so the user cannot comply: such a file is
    told the ways out Excel has. One place for every reader's wording: a first row's surplus
    value (see delimited) and a later row's (see record_lines) are told alike. An ``example``,
    a text of the file that holds the delimiter, is shown quoted as the file should hold it.
    A one-column ``header`` of names joined by '|' (see :func:`pipe_joined_header`) is told
    the separator instead: its texts' commas were never the fault.

    >>> quote_advice(";", 2)
    'quote a text that holds a semicolon ("…; …")'
    >>> quote_advice(",", 1)  # doctest: +ELLIPSIS
    'quote a text that holds a comma ("…, …"); Excel ... add a second column (an id) ... rename it .tsv'
    >>> quote_advice(";", 1, example="id;text")
    'quote each text that holds a semicolon ("id;text")'
    >>> quote_advice("\\t", 1, example="id\\ttext")
    'quote each text that holds a tab ("id<tab>text", <tab> standing for its tab)'
    """
    if width == 1 and header:
        return (f"its header {header!r} is {len(header.split('|'))} names joined by '|': the file is separated by "
                f"'|'; read it with pd.read_csv(path, sep='|') and pass stance the frame")
    name = {"\t": "a tab", ",": "a comma", ";": "a semicolon"}.get(delimiter, repr(delimiter))
    if example:
        holds = f"{name} ({_example_shown(example)})"
    else:
        holds = {",": f'{name} ("…, …")', ";": f'{name} ("…; …")'}.get(delimiter, name)
    advice = f"quote {'each' if example else 'a'} text that holds {holds}" + (f", or {otherwise}" if otherwise else "")
    if width == 1 and delimiter == ",":
        advice += ("; Excel that saves CSV with semicolons leaves a one-column sheet's commas unquoted: add a "
                   "second column (an id) before saving, which it then separates with ';', or save it as "
                   "'Unicode Text (*.txt)' and rename it .tsv")
    return advice


def _cut_from_text(names: list[str]) -> bool:
    """Whether a header's ``names``, split by semicolons, look cut out of a text rather than
    written as columns' names: a semicolon with a space after it and none before, as prose
    writes one ("Q1; your view"), or a name that leaves a bracket open ("Statement (EN;
    original)"). A space at the header's ends or on both sides of a semicolon pads a name.

    >>> _cut_from_text(["Statement (EN", " original)"]), _cut_from_text(["Q1", " your view"])
    (True, True)
    >>> _cut_from_text(["text", "labels "]), _cut_from_text(["text ", " labels"]), _cut_from_text(["Kosten (EUR)", "x"])
    (False, False, False)
    """
    # c1f4165 took any name with a space at an end for cut text, so "text;labels " read as one column.
    prose = any(after[:1].isspace() and before and not before[-1].isspace()
                for before, after in zip(names, names[1:]))
    return prose or any(name.count(opening) != name.count(closing)
                        for name in names for opening, closing in ("()", "[]", "{}"))


# Delimiters a spreadsheet writes instead of the one a file's suffix stands for (a .csv may
# use ";" too: see file_delimiter).
_OTHER_DELIMITERS = {",": ("\t",), "\t": (",", ";")}


def _refuse_other_delimiter(path: Path, header: list[str], encoding: str) -> None:
    """Refuse a file whose one-column header is several names joined by another delimiter:
    read on, it would be one column named "text;labels;stance" (or fail at the first row
    whose text holds the expected delimiter, with pandas' "Expected 1 fields")."""
    expected = "\t" if path.suffix.lower() == ".tsv" else ","
    if len(header) != 1:
        return
    for other in _OTHER_DELIMITERS[expected]:
        names = [name for name in header[0].split(other) if name.strip()]
        if len(names) > 1 and _rows_split_alike(path, encoding, other):
            shown = {",": "commas", ";": "semicolons", "\t": "tabs"}
            # Not "comma-separated": Excel in a decimal-comma locale writes "CSV UTF-8" with ";", which reads.
            advice = {",": "commas (or semicolons); save it as CSV (in Excel: CSV UTF-8)",
                      "\t": "tabs; save it as tab-separated text"}[expected]
            raise InvalidInputError(
                f"{str(path)!r}: its header {header[0]!r} separates names with {shown[other]}, but a "
                f"{path.suffix.lower()} file is read with {advice}"
                + (", or name it .tsv" if other == "\t" else ", or name it .csv")
            )


def _marking_the_end(lines: Iterator[str], ended: list[bool]) -> Iterator[str]:
    """``lines``, setting ``ended[0]`` once the reader asks past the last: it asks only for a
    record still open there, a quote never closed, whose one cell runs to the file's end and
    says nothing of the separator (the reader that follows names the quote's line).

    >>> import csv
    >>> ended = [False]
    >>> lines = _marking_the_end(iter(['1;a\\n', '2;"b\\n', '3;c\\n']), ended)
    >>> [(row, ended[0]) for row in csv.reader(lines, delimiter=";")]
    [(['1', 'a'], False), (['2', 'b\\n3;c\\n'], True)]
    """
    yield from lines
    ended[0] = True


# Data rows read to confirm that a file was saved with another delimiter.
_ROWS_CONFIRMING_DELIMITER = 5


def _rows_split_alike(path: Path, encoding: str, delimiter: str, surplus: bool = False) -> bool:
    """Whether the first data rows (up to five) split by ``delimiter`` into as many fields
    as the header does, as every row of a file saved with it does; True without data rows.
    With ``surplus``, a row may split into more (a text holding the delimiter unquoted, an
    error the reader names by its line) so long as most split into as many.

    A one-column header may hold that character as text ("Statement (EN; original)"): its
    rows do not split alike, and the file is read as the one column it is.
    """
    csv = forksafe.imported("csv")

    try:
        with _text_lines(path, encoding) as handle:
            ended = [False]
            reader = csv.reader(_marking_the_end(handle, ended), delimiter=delimiter)
            width = len(next(reader, []))
            read = list(itertools.islice(((row, ended[0]) for row in reader if row), _ROWS_CONFIRMING_DELIMITER))
    except (csv.Error, UnicodeError):  # the reader that follows names the problem
        return True
    # With no other row to go by (the quote opens the first data row), the open record is
    # judged as any row is: no rows at all would count as alike and blame the separator.
    rows = [row for row, open_to_the_end in read if not open_to_the_end] or [row for row, _ in read]
    if surplus:
        return all(len(row) >= width for row in rows) and 2 * sum(len(row) == width for row in rows) > len(rows)
    return all(len(row) == width for row in rows)

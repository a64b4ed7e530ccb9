"""Reading a .csv or .tsv file with pandas, whole or in chunks, as every reader in stance reads one.

Every cell is read as text, in the delimiter and quoting the file is written with (see
:mod:`stance.csv_dialect`), with the "\\r" and NUL in its cells kept (see
:mod:`stance.linebreaks`): :func:`read_delimited`, :func:`iter_delimited`. R's missing value,
NA unquoted among quoted texts, is read as missing (:func:`r_missing_rows`); a line with more
values than the header is refused by its line, not cut short, and so is one with fewer (a
file cut off mid-row); a file with no header row is named as one (:func:`headerless`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import _forksafe as forksafe
from . import linebreaks
from .csv_dialect import (
    _QUOTED_CELL,
    _cells_quoted,
    _from_header,
    _header_and_row_names,
    _names_rows,
    blank_line,
    blank_lines_are_rows,
    excel_separator,
    fields_unlimited,
    file_delimiter,
    file_quoting,
    header_line,
    pipe_joined_header,
    quote_advice,
    trailing_blank_lines,
)
from .decoding import file_encoding
from .names import R_MISSING
from .record_lines import (
    _first_long_line,
    _refuse_long_records,
    _refuse_short_records,
    drops_surplus_values,
    refuse_or_warn_of_header_rows,
    refuse_rows_merged_by_a_quote,
    title_line_above,
)

if TYPE_CHECKING:
    import pandas as pd

def headerless(path: Path, encoding: str = "utf-8") -> str | None:
    r"""Why the .csv or .tsv file ``path`` has no header row for a reader to find, or None
    when it has one (or cannot be read here: the reader names that): it is empty, or holds
    Excel's ``sep=`` line alone, or blank lines only. pandas said "No columns to parse from file".

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "only.tsv").write_text("sep=\t\n")
    ...     _ = (Path(folder) / "late.csv").write_text("\n\ntext\nHold the line.\n")
    ...     print(headerless(Path(folder) / "only.tsv").partition("' ")[2], headerless(Path(folder) / "late.csv"))
    holds only Excel's line 'sep=\t': expected a header row and data rows below it None
    """
    try:
        if path.stat().st_size == 0:
            return f"{str(path)!r} is empty: expected a header row and data rows"
        with _from_header(path, encoding) as (handle, _):
            if any(line.strip("\r\n") for line in handle):  # read up to the header only
                return None
    except (OSError, UnicodeError, LookupError):
        return None
    hinted = excel_separator(path, encoding)
    if hinted is None:
        return f"{str(path)!r} holds only blank lines: expected a header row and data rows"
    shown = "\\t" if hinted == "\t" else hinted  # a tab, which the message would show as blank
    return f"{str(path)!r} holds only Excel's line 'sep={shown}': expected a header row and data rows below it"


def read_delimited(path: Path, *, encoding: str = "utf-8", r_missing_in: Iterable[Any] = ()):
    """A .csv or .tsv file as text columns, as every reader in stance reads one.

    Every cell is text ("None" or "NA" is a statement, not a missing value), but for R's
    missing value in ``r_missing_in`` (see :func:`r_missing_rows`), and a cell with nothing
    in it, which is missing. A trailing delimiter on every line (as spreadsheets write) is
    dropped rather than taken for an index column, which would shift every value one column
    left; a line with more values than the header is an error, not data silently lost, and so
    is a line with fewer (a file cut off mid-row), not a row of empty cells (see :func:`_may_be_short`).
    A blank line is no row, but in a one-column file, where it is an empty cell: read as scoring
    reads it (see :func:`iter_delimited`), so that every reader numbers the rows alike. The blank
    lines that end the file are no row there either (see :func:`stance.csv_dialect.trailing_blank_lines`).
    """
    frame, kept, ended = _read_csv(path, encoding, chunksize=None, keep_blank_lines=True)
    frame = frame.iloc[:len(frame) - ended]
    if _may_be_short(frame):
        _refuse_short_records(path, encoding)
    if _may_be_merged(path, frame):
        refuse_rows_merged_by_a_quote(path, encoding)
    frame = linebreaks.restored(frame) if kept else frame
    refuse_or_warn_of_header_rows(path, _header_rows(frame), _names(frame))
    _RMissing(path, encoding, r_missing_in, keep_blank_lines=True).read_as_missing(frame, 0)
    return frame


def iter_delimited(path: Path, *, encoding: str = "utf-8", chunksize: int = 50_000,
                   keep_blank_lines: bool = False, handle: BinaryIO | None = None,
                   r_missing_in: Iterable[Any] = ()):
    """Chunks of ``chunksize`` rows of a .csv or .tsv file, read as :func:`read_delimited` reads it.

    ``keep_blank_lines`` reads an empty line as a row of missing values (scoring keeps
    one output row per input row; a one-column sheet writes an empty cell that way), but for
    the blank lines that end the file (see :func:`stance.csv_dialect.trailing_blank_lines`).
    ``handle``, the file opened in binary, is read instead of opening ``path``, so that
    the caller can tell from it how far the reading has got.
    """
    # Read once the first chunk is asked for, as a generator: a caller's handling of a file it
    # cannot read is around the loop.
    reader, kept, ended = _read_csv(path, encoding, chunksize=chunksize, keep_blank_lines=keep_blank_lines,
                                    handle=handle)
    chunks = _read_chunks(path, encoding, reader, kept, _RMissing(path, encoding, r_missing_in, keep_blank_lines))
    yield from _without_last_rows(chunks, ended)


def _without_last_rows(chunks: Iterator[pd.DataFrame], count: int) -> Iterator[pd.DataFrame]:
    """The rows of ``chunks`` but for the last ``count``, in chunks: those that could be among
    the last are held back until a later chunk shows they are not. Of a file whose every row is
    held back (a header, then blank lines only), a chunk of no rows, as of a header alone: the
    writers write the header (or schema) of it, and the caller checks its columns."""
    if not count:
        yield from chunks
        return
    pd = forksafe.imported("pandas")
    held: pd.DataFrame | None = None
    yielded = False
    for chunk in chunks:
        merged = chunk if held is None else pd.concat([held, chunk])
        cut = max(len(merged) - count, 0)
        if cut:
            yield merged.iloc[:cut]
            yielded = True
        held = merged.iloc[cut:]
    if not yielded and held is not None:
        yield held.iloc[:0]


def _read_chunks(path: Path, encoding: str, reader: Any, kept: bool, missing: _RMissing) -> Iterator[pd.DataFrame]:
    """The chunks of pandas' ``reader`` of the file ``path`` (see :func:`iter_delimited`), its
    "\\r" put back if ``kept`` and R's ``missing`` values made missing."""
    start = 0
    one_row_chunks = short_checked = merged_checked = False
    chunks = 0
    header_rows: list[int] = []  # the rows that repeat the header, told once the file is read
    names: list[str] = []
    with reader:
        while True:
            chunk = next(reader, None)
            if chunk is None:
                if one_row_chunks or (chunks > 1 and _drops_a_later_chunks_first_values()):
                    _refuse_long_records(path, encoding)
                refuse_or_warn_of_header_rows(path, header_rows, names)
                return
            # pandas' C reader before pandas 3 reads a chunk of one row that holds more values
            # than the header as the header's first values and drops the rest without a word
            # (a file of 50,000 rows and one, its last line "11,Send tanks,now", lost "now"),
            # where a longer chunk, or the whole file, raises; before pandas 3 it does so too
            # for the first row of any chunk but the first (in chunks of 2, a long line 4 lost
            # its value). The file is checked once, at the end: before the last rows are
            # written, as the writers rename only then.
            one_row_chunks = one_row_chunks or len(chunk) == 1
            chunks += 1
            if not short_checked and _may_be_short(chunk):  # the whole file, once: before a short row is yielded
                _refuse_short_records(path, encoding)
                short_checked = True
            if not merged_checked and _may_be_merged(path, chunk):  # once, before a merged row is yielded
                refuse_rows_merged_by_a_quote(path, encoding)
                merged_checked = True
            chunk = linebreaks.restored(chunk) if kept else chunk
            header_rows += [start + row for row in _header_rows(chunk)]
            names = names or _names(chunk)
            missing.read_as_missing(chunk, start)
            start += len(chunk)
            yield chunk


def _drops_a_later_chunks_first_values() -> bool:
    """Whether this pandas' C reader (before pandas 3) drops without a word the values past the
    header of the first row of a chunk after the first, so that a chunked read must check the
    file for such a row (see :func:`iter_delimited`)."""
    return pandas_major() < 3


def pandas_major() -> int:
    """The major version of the pandas installed, whose readers differ before pandas 3 (see
    :func:`_drops_a_later_chunks_first_values`, :func:`stance.distributed._refuse_nul`)."""
    return major_version(forksafe.imported("pandas").__version__)


def major_version(version: str) -> int:
    """The major release number of the version ``version``.

    >>> major_version("2.0.3"), major_version("3.1.1"), major_version("3.0.0rc1")
    (2, 3, 3)
    """
    return int(version.split(".")[0])


def _may_be_short(frame: pd.DataFrame) -> bool:
    """Whether a row of ``frame``, as pandas read it of a file of more than one column, may
    have held fewer fields than the header: pandas fills the fields a row lacks with empty
    cells, which are missing, so such a row's last cell is missing. Nearly every file whose last
    column is filled is then told without reading it again; one with a missing last cell is
    read once more with the csv module, which counts the fields (:func:`_refuse_short_records`)."""
    return len(frame.columns) > 1 and bool(frame.iloc[:, -1].isna().any())


def _may_be_merged(path: Path, frame: pd.DataFrame) -> bool:
    r"""Whether a row of ``frame``, as pandas read it of the .csv file ``path``, may be rows that
    a quote left open merged (see :func:`stance.record_lines.refuse_rows_merged_by_a_quote`):
    only a quoted cell over lines holds a line break ("\r" of a "\n" file is read as
    :data:`stance.linebreaks.KEPT_RETURN`, no line break, until restored). Nearly every file
    holds none and is told without reading it again. A .tsv file is guarded as it is read
    (see :func:`stance.csv_dialect.quoting_shown`)."""
    return path.suffix.lower() != ".tsv" and any(_holds_line_break(frame.iloc[:, column])
                                                 for column in range(frame.shape[1]))


def _holds_line_break(cells: pd.Series) -> bool:
    """Whether a cell of ``cells``, a column read as text, holds a line break."""
    try:
        return bool(cells.str.contains("[\r\n]", regex=True, na=False).any())
    except AttributeError:  # no text in it: a column of nothing, which pandas before 3 may read as floats
        return False


def _header_rows(frame: pd.DataFrame) -> list[int]:
    r"""The positions of the rows of ``frame``, read of a .csv or .tsv file, each cell of which is
    its column's name (an empty name's, empty): the file's header again below it, as ``cat a.csv
    b.csv`` leaves it, its first name "\ufeffid" after the second file's byte-order mark. Told by
    the first column's cells, compared all at once; only a row holding its name is read further.

    >>> import pandas as pd
    >>> _header_rows(pd.DataFrame({"id": ["1", "id", "\ufeffid", "id"], "text": ["a", "text", "text", "b"]}))
    [1, 2]
    """
    names = _names(frame)
    if frame.empty or not names[0]:  # an empty first name (R's row names): its repeat is no row of names
        return []
    candidates = frame.iloc[:, 0].isin([names[0], "\ufeff" + names[0]]).to_numpy().nonzero()[0]
    return [int(row) for row in candidates
            if all(cell == name if name else not isinstance(cell, str) or not cell
                   for cell, name in zip(frame.iloc[row, 1:], names[1:]))]


def _names(frame: pd.DataFrame) -> list[str]:
    """The names of the columns of ``frame`` as the file's header writes them: pandas' name of an
    empty one ("Unnamed: 2") empty."""
    return ["" if str(name).startswith("Unnamed: ") else str(name) for name in frame.columns]


class _RMissing:
    """R's missing values among the ``columns`` of the .csv or .tsv file ``path`` (see
    :func:`r_missing_rows`), read as missing in the frames read of it: found in one pass
    over the file, made only once a frame holds a cell "NA" in one of the columns (few
    files do)."""

    def __init__(self, path: Path, encoding: str, columns: Iterable[Any], keep_blank_lines: bool = False) -> None:
        self.path, self.encoding, self.keep_blank_lines = path, encoding, keep_blank_lines
        self.columns = [column for column in dict.fromkeys(columns) if column is not None]
        self.rows: dict[Any, list[int]] | None = None

    def read_as_missing(self, frame: pd.DataFrame, start: int) -> None:
        """Make R's missing values among the rows of ``frame``, which are the file's from row
        ``start`` on, missing, in place."""
        columns = [column for column in self.columns if column in frame.columns]
        if not any(frame[column].eq(R_MISSING).any() for column in columns):
            return
        if self.rows is None:
            self.rows = r_missing_rows(self.path, self.encoding, self.columns, keep_blank_lines=self.keep_blank_lines)
        for column in columns:
            rows = [row - start for row in self.rows.get(column, ()) if start <= row < start + len(frame)]
            if rows:
                frame.iloc[rows, frame.columns.get_loc(column)] = float("nan")


def r_missing_rows(path: Path, encoding: str, columns: Iterable[Any], *,
                   keep_blank_lines: bool = False) -> dict[Any, list[int]]:
    r"""The rows (counted from 0 after the header, as :func:`read_table` counts them) of each
    of ``columns`` of the .csv or .tsv file ``path`` whose cell is R's missing value: NA,
    unquoted, in a column whose cells of text are quoted (its name in the header, and its
    first cell of text), as R's ``write.csv`` and ``write.table`` write a column of text,
    and a text "NA" as ``"NA"``. A quoted "NA" is text, and so is an unquoted one where the
    column's texts are not quoted (a spreadsheet's, pandas'), as a file that quotes nothing
    cannot tell the two apart. In a file that quotes every text (every name of its header
    quoted, and some cell of data that needs no quotes, as R's ``write.csv`` writes one), an
    unquoted NA is missing in a column whose values are not quoted too (R's dates, numbers
    and logicals) or that holds nothing else: a text "NA" would be quoted there. So the
    file's path reads as ``pd.read_csv`` reads the file, which takes any "NA" for missing,
    but for a text "NA".

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "r.csv"
    ...     _ = path.write_text('"id","text"\n"1","We back Kyiv."\n"2",NA\n"3","NA"\n\n"4",NA\n')
    ...     r_missing_rows(path, "utf-8", ["text", "labels"])
    {'text': [1, 3]}
    >>> with tempfile.TemporaryDirectory() as folder:  # R's Date and integer columns, their values unquoted
    ...     path = Path(folder) / "r.csv"
    ...     _ = path.write_text('"text","day","year"\n"We back Kyiv.",2024-03-01,2024\n"Send tanks.",NA,NA\n')
    ...     r_missing_rows(path, "utf-8", ["day", "year"])
    {'day': [1], 'year': [1]}
    """
    csv = forksafe.imported("csv")

    encoding = file_encoding(path, encoding)
    delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
    if quoting["quoting"] == csv.QUOTE_NONE:  # quotes are text: nothing is quoted
        return {}
    quoted_cell = _QUOTED_CELL[quoting.get("escapechar")]
    blank = blank_line(delimiter)
    wanted = {str(column) for column in columns if column is not None}
    try:
        with fields_unlimited(), _from_header(path, encoding) as (handle, _):  # a speech in one cell is no error
            raw: list[str] = []  # the lines of the record read last, as the file writes them

            def lines() -> Iterator[str]:
                for line in handle:
                    raw.append(line)
                    yield line

            records = csv.reader(lines(), delimiter=delimiter, **quoting)
            header = next(records, None)
            if header is None:
                return {}
            opened = _cells_quoted("".join(raw), delimiter, quoted_cell)
            raw.clear()
            # Every name quoted, as R writes a header (a CSV writer that quotes what needs it
            # quotes few): with a cell of data quoted that needs no quotes, the file quotes
            # every text, and a column whose values are not quoted holds none.
            names_quoted = all(opened)
            if _names_rows(path, encoding, quoting, len(header)):  # R's row names: a first column unnamed
                header, opened = ["", *header], [False, *opened]
            # The columns whose name is quoted; each one's NA rows, and whether its first text is quoted.
            found: dict[int, list[int]] = {j: [] for j, name in enumerate(header)
                                           if name in wanted and j < len(opened) and opened[j]}
            texts_quoted: dict[int, bool | None] = dict.fromkeys(found)
            texts_all_quoted = False  # shown by a cell quoted that needs no quotes, under such a header
            row = 0
            for fields in records:
                record, line_count = "".join(raw), len(raw)
                raw.clear()
                if (line_count == 1 and blank.fullmatch(record.rstrip("\r\n"))
                        and not (keep_blank_lines and blank_lines_are_rows(header))):
                    continue  # a blank line, which pandas skips as no row
                looked = [j for j in found if j < len(fields)
                          and (fields[j] == R_MISSING or (texts_quoted[j] is None and fields[j]))]
                if looked or (names_quoted and not texts_all_quoted):
                    opened = _cells_quoted(record, delimiter, quoted_cell)
                    texts_all_quoted = texts_all_quoted or (names_quoted and _needlessly_quoted(fields, opened,
                                                                                                delimiter))
                    for j in looked:
                        if fields[j] != R_MISSING:
                            texts_quoted[j] = opened[j]
                        elif not opened[j]:
                            found[j].append(row)
                row += 1
    except (csv.Error, OSError, UnicodeError):  # pandas read it: a reader that differs says nothing
        return {}
    # A column of text whose texts are quoted; or, in a file that quotes every text as R's
    # write.csv does, one whose values are not (R's dates, numbers, logicals), or are all NA:
    # its text "NA" would be quoted there.
    return {header[j]: rows for j, rows in found.items()
            if rows and (texts_quoted[j] or texts_all_quoted)}


def _needlessly_quoted(fields: list[str], opened: list[bool], delimiter: str) -> bool:
    """Whether a cell of a record (its ``fields`` as read, and whether each ``opened`` with a
    quote as written) is quoted that holds nothing a CSV writer must quote: the writer
    quotes every text, as R's ``write.csv`` does, not only what needs it, as pandas does.

    >>> _needlessly_quoted(["1", "We back Kyiv."], [False, True], ",")
    True
    >>> _needlessly_quoted(["1", "a, b"], [False, True], ",")  # its comma needs them
    False
    """
    return any(quoted and not any(character in field for character in (delimiter, '"', "\n", "\r"))
               for field, quoted in zip(fields, opened))


def _read_csv(path: Path, encoding: str, *, chunksize: int | None, keep_blank_lines: bool,
              handle: BinaryIO | None = None) -> tuple[Any, bool, int]:
    """pandas' reading of the .csv or .tsv file ``path`` (a frame, or a reader of chunks),
    whether its cells hold :data:`stance.linebreaks.KEPT_RETURN` for a "\\r" to put back
    (see :func:`stance.linebreaks.restored`), and how many of its last rows are the blank lines
    that end the file, read as rows, which are none (see :func:`stance.csv_dialect.trailing_blank_lines`)."""
    io = forksafe.imported("io")
    pd = forksafe.imported("pandas")

    quoting = file_quoting(path, encoding)
    header, row_names = _header_and_row_names(path, encoding, quoting)
    # R's row names under a header a column short: named as pandas names write.csv's empty first name.
    names = {"names": ["Unnamed: 0", *header], "header": 0} if row_names else {}
    header = ["", *header] if row_names else header
    skip_blank_lines = not (keep_blank_lines and blank_lines_are_rows(header))
    ended = 0 if skip_blank_lines else trailing_blank_lines(path, encoding)
    _refuse_surplus_values(path, encoding, len(header), skip_blank_lines=skip_blank_lines)
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    source: Any = path if handle is None else handle
    # pandas ends a row at any "\r" outside quotes: a cell's stray one split its row in two.
    returns = linebreaks.holds_stray_returns(path, encoding)
    # pandas' C reader before pandas 3 ended a cell at a NUL, losing the rest of its text.
    nuls = linebreaks.holds_nul(path, encoding)
    kept = returns or nuls
    if kept:  # closed below once read whole, or with the reader of chunks (see _closing_with)
        binary = open(path, "rb") if handle is None else handle  # noqa: SIM115
        source = linebreaks.KeptReturns(io.TextIOWrapper(binary, encoding=codec, newline=""), owns=handle is None,
                                        returns=returns, nuls=nuls)
    try:
        read = pd.read_csv(
            source, sep=file_delimiter(path, encoding), **({} if kept else {"encoding": codec}), **quoting,
            dtype=str, keep_default_na=False, na_values=[""], index_col=False, chunksize=chunksize,
            skip_blank_lines=skip_blank_lines,
            skiprows=header_line(path, encoding) - 1,  # Excel's "sep=" line
            **names,
        )
    except BaseException:
        if kept:
            source.close()
        raise
    if kept and chunksize is None:
        source.close()
    elif kept:
        read = _closing_with(read, source)
    return read, kept, ended


def _closing_with(reader: Any, source: Any) -> Any:
    """pandas' ``reader`` of chunks, which closes ``source`` as it is closed: pandas closes
    only the files it opened itself."""
    close = reader.close

    def close_both() -> None:
        try:
            close()
        finally:
            source.close()

    reader.close = close_both
    return reader


def _refuse_surplus_values(path: Path, encoding: str, width: int, *, skip_blank_lines: bool) -> None:
    """Refuse the file pandas would read with the values beyond its ``width`` column names
    dropped (see :func:`stance.record_lines.drops_surplus_values`), naming the first line whose
    value would be lost, not one whose surplus field is an empty trailing separator (pandas'
    own warning names none)."""
    if drops_surplus_values(path, encoding, width, skip_blank_lines=skip_blank_lines):
        # The callers name the file; a ValueError reaches their "cannot read" message.
        titled = title_line_above(path, encoding)
        if titled is not None:  # a title's two cells above a wider header: no text to quote
            raise ValueError(titled)
        advice = quote_advice(file_delimiter(path, encoding), width, "name every column in the header",
                              header=pipe_joined_header(path, encoding) if width == 1 else "")
        raise ValueError(f"{_first_long_line(path, encoding)}; {advice}")

"""Reading a table of statements from a file.

A CSV, TSV, JSON Lines or Parquet file, or a folder of them, is read into a DataFrame
(:func:`read_table`), as are the CSV files Excel writes (a ``sep=`` line, semicolons, a
byte-order mark). What cannot be read is named in the file's terms, with what to do: its
encoding and the bytes that do not decode, its delimiter and quoting, the line of a record
with too many fields or of a quote never closed, a compressed file or a spreadsheet.
"""

from __future__ import annotations

import errno
import glob
import itertools
import os
import re
import shlex
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import _forksafe as forksafe
from . import linebreaks
from .exceptions import (
    QUOTED_PATH_WIDTH,
    InvalidInputError,
    InvalidTypeError,
    quoted,
    type_name,
    warn,
)
from .names import R_MISSING, row_names

if TYPE_CHECKING:
    import pandas as pd

SUPPORTED_SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet")
EXPECTED_CONTENT = {".jsonl": "one JSON object per line", ".parquet": "a Parquet table"}


def read_table(data: Any, *, argument: str = "data", encoding: str = "utf-8",
               text_columns: Iterable[Any] = (), stored_index_as_columns: bool = False,
               r_missing_in: Iterable[Any] = ()) -> pd.DataFrame:
    """Return ``data`` as a DataFrame: a DataFrame as it is, or a file or folder read in.

    ``text_columns`` are the columns the caller reads as text (texts, labels, stance): a
    Parquet file's bytes in them are decoded where UTF-8 (see :func:`binary_as_text`); the
    other columns are carried as they are stored. In ``r_missing_in`` (the texts and labels,
    which read "NA" as text; not the stance, whose "NA" is missing quoted or not, as the
    refusal of a target without a stance names it), a CSV or TSV file's unquoted NA where
    the column's texts are quoted is R's missing value, read as missing (see
    :func:`r_missing_rows`).

    A Parquet file's stored index is the frame's index, as :func:`stance.score` keeps it;
    with ``stored_index_as_columns`` it comes first among the columns instead, as ``stance
    score`` writes it (see :func:`stored_index_apart`), and the rows are numbered from 0,
    as those of a CSV file are: so a command's ``row`` is the row's position in the file.

    A folder is read as every supported file in it, in name order (how the bundled
    corpus is stored, so that growing it needs no code change). Its rows are labelled
    ``"<file>:<row>"``, each file's rows counted from 0 as when it is read alone (padded
    with zeros to one width, so that the labels sort in reading order), so that a message
    about a row (or a table of results) says which file it is in. The labels replace a
    Parquet file's stored index, which is kept as its first columns, whatever
    ``stored_index_as_columns``: otherwise its ids were lost.

    A glob ("data/2024-*.csv", :func:`is_pattern`) is read as a folder is: the files it
    matches, in name order, each row labelled with the file's path from the glob's first
    folder without a wildcard (:func:`pattern_base`), so that its files read as one table
    without Dask; one that matches no file is refused, naming it.

    >>> import tempfile, pandas as pd
    >>> frame = pd.DataFrame({"text": ["a", "b"]}, index=pd.Index([7, 7], name="sent_id"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     frame.to_parquet(Path(folder) / "t.parquet")
    ...     read_table(Path(folder) / "t.parquet", stored_index_as_columns=True)
       sent_id text
    0        7    a
    1        7    b
    """
    pd = forksafe.imported("pandas")

    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, (str, PathLike)):
        files = forksafe.imported(".files")

        files.refuse_empty_path(data, argument)
        files.refuse_nul_in_path(data, argument)  # else "file not found", as if mistyped
        path = Path(data)
        if os.path.isdir(path):  # os.path's: pathlib's raised "File name too long" (see not_a_file)
            return _read_files(sorted(path.iterdir()), path, f"folder {str(path)!r}", "holds", argument=argument,
                               encoding=encoding, text_columns=text_columns, r_missing_in=r_missing_in)
        if is_pattern(data):
            pattern = os.fspath(data)
            matched = sorted(Path(p) for p in glob.glob(pattern) if os.path.isfile(p))
            if not matched:  # a pattern mistyped, or the files not there yet
                raise InvalidInputError(f"{argument}: no files match {pattern!r}; give a file, a folder or a glob "
                                        f"such as 'data/*.csv' (quoted)")
            return _read_files(matched, pattern_base(pattern), f"glob {pattern!r}", "matches", argument=argument,
                               encoding=encoding, text_columns=text_columns, r_missing_in=r_missing_in)
        return _read_file(path, encoding, text_columns, stored_index_as_columns, r_missing_in)
    raise InvalidTypeError(
        f"{argument} must be a pandas DataFrame or a path to a "
        f"{'/'.join(SUPPORTED_SUFFIXES)} file, got {type_name(data)}"
    )


def is_pattern(data: str | PathLike) -> bool:
    """Whether the path ``data`` is a glob ("data/2024-*.csv"): it holds ``*``, ``?`` or
    ``[``, and no file or folder of that name exists ("[1].csv" is a name where it is one,
    as ``stance score`` reads it).

    >>> is_pattern("data/2024-*.csv"), is_pattern("data/2024-01.csv")
    (True, False)
    """
    return glob.has_magic(os.fspath(data)) and not os.path.exists(data)


def pattern_base(pattern: str | PathLike) -> Path:
    """The folder a glob's matches are named from: its parts before the first that holds a
    wildcard, as a folder's files are named from the folder.

    >>> pattern_base("data/2024-*.csv"), pattern_base("data/*/posts.csv"), pattern_base("*.csv")
    (PosixPath('data'), PosixPath('data'), PosixPath('.'))
    """
    parts = Path(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts[:-1]))
    return Path(*fixed) if fixed else Path(".")


def _read_files(entries: list[Path], base: Path, named: str, holds: str, *, argument: str, encoding: str,
                text_columns: Iterable[Any], r_missing_in: Iterable[Any]) -> pd.DataFrame:
    """The supported files among ``entries`` (a folder's, or a glob's matches, in name
    order) read as one frame, each row labelled ``"<file>:<row>"`` with the file's path from
    ``base``; spreadsheets among them are left out with a warning, and no supported file at
    all is refused, naming the folder or glob as ``named`` says it ("folder 'x'" ``holds``,
    "glob 'x/*'" matches; see :func:`read_table`)."""
    pd = forksafe.imported("pandas")

    files = [p for p in entries if p.suffix.lower() in SUPPORTED_SUFFIXES]
    # A spreadsheet beside the CSVs is data too: leaving it out without a word lost rows.
    sheets = [p.name for p in entries if p.suffix.lower() in SPREADSHEET_SUFFIXES]
    if not files:
        raise InvalidInputError(
            f"{argument}: {named} {holds} no {'/'.join(SUPPORTED_SUFFIXES)} files"
            + (f"; {', '.join(sheets[:5])}{save_as_hint('.xlsx')}" if sheets else "")
        )
    if sheets:
        warn(f"{argument}: {named}: left out {len(sheets)} spreadsheet file(s) "
             f"({', '.join(sheets[:5])}{' …' if len(sheets) > 5 else ''}), which stance does not read"
             f"{save_as_hint('.xlsx')}")
    frames = [_read_file(p, encoding, text_columns, stored_index_as_columns=True, r_missing_in=r_missing_in)
              for p in files]
    # Zero-padded to one width, so that the labels sort in reading order (Dask's
    # from_pandas sorts them: "a.csv:10" came before "a.csv:2").
    width = len(str(max(len(frame) for frame in frames) - 1))
    for file, frame in zip(files, frames):
        name = file.relative_to(base).as_posix()  # a folder's file by its name, a glob's from its fixed folder
        frame.index = pd.Index([f"{name}:{row:0{width}d}" for row in range(len(frame))], dtype=object)
    return pd.concat(_integers_kept(frames))


def _integers_kept(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """``frames`` with each integer column that another frame lacks as Python ints, so that
    their concatenation keeps its ids exact where some rows lack one (as a Parquet file's with
    gaps is read): pandas made them floats, a Parquet file's ``sent_id`` 7 written "7.0".

    >>> import pandas as pd
    >>> pd.concat(_integers_kept([pd.DataFrame({"id": [7]}), pd.DataFrame({"text": ["a"]})])).id.tolist()
    [7, nan]
    """
    every = set.intersection(*(set(frame.columns) for frame in frames))
    return [frame.astype({column: object for column, kind in frame.dtypes.items()
                          if column not in every and kind.kind in "iu"}) for frame in frames]


def not_a_file(path: Path) -> str:
    """Why ``path`` cannot be read as a table file, in words that say what to do.

    Asked with os.path, which says False where pathlib (before Python 3.14) raised an
    ``OSError`` "File name too long" that quoted all of a 10,000-character path.

    >>> print(not_a_file(Path("x" * 300 + ".csv")))  # doctest: +ELLIPSIS
    file not found: 'xxx...xx…' (a name longer than the file system allows)
    """
    shown = quoted(str(path), QUOTED_PATH_WIDTH)
    if str(path) == "-" and not os.path.exists(path):  # the shell's name for stdin, which was "file not found"
        return ("'-' (standard input): tables are read from files, whose name gives their format; "
                "save the stream to a file first, e.g. in.csv")
    if not os.path.exists(path):
        return f"file not found: {shown}" + (" (a name longer than the file system allows)" if _too_long(path) else "")
    if os.path.isdir(path):
        return f"{shown} is a directory, not a file"
    return (f"{shown} is not a regular file (a pipe or a device?); tables are read from files, "
            f"whose name gives their format: save the stream to a file first")


def _too_long(path: Path) -> bool:
    """Whether no file can have the name ``path``, as it is too long (or one of its parts is)."""
    try:
        os.lstat(path)
    except OSError as error:
        return error.errno == errno.ENAMETOOLONG
    except ValueError:  # a NUL, which no file's name holds either, but pathlib calls it missing
        return False
    return False


# Spreadsheet files, which a newsroom or a coder's team often has; their programs save CSV.
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")


def save_as_hint(suffix: str) -> str:
    """What to do with a spreadsheet file, which stance does not read.

    >>> save_as_hint(".xlsx").startswith(" (a spreadsheet: save it as 'CSV UTF-8'")
    True
    >>> save_as_hint(".txt")
    ''
    """
    if suffix.lower() not in SPREADSHEET_SUFFIXES:
        return ""
    return (" (a spreadsheet: save it as 'CSV UTF-8' from Excel, LibreOffice or Numbers, or read it with "
            "pandas.read_excel and pass the DataFrame)")


# Suffixes of compressed files, which are not read: a table's own suffix comes before them.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip", ".7z")


def unknown_type(path: Path) -> str:
    """Why ``path``'s suffix is no table file's, and what to do; a compressed table
    ("scores.csv.gz") is told to be decompressed, not that .csv is expected.

    >>> print(unknown_type(Path("a.csv.gz")))
    cannot read 'a.csv.gz': a compressed file (.gz); decompress it first (e.g. gunzip -k 'a.csv.gz') and read the .csv
    """
    suffix = path.suffix.lower()
    inner = Path(path.stem).suffix.lower()
    if suffix in COMPRESSED_SUFFIXES and inner in SUPPORTED_SUFFIXES:
        tool = {".gz": "gunzip -k", ".bz2": "bunzip2 -k", ".xz": "unxz -k", ".zst": "unzstd", ".zip": "unzip",
                ".7z": "7z x"}[suffix]
        return (f"cannot read {str(path)!r}: a compressed file ({suffix}); decompress it first "
                f"(e.g. {tool} {str(path)!r}) and read the {inner}")
    return (f"cannot read {str(path)!r}: unknown file type {suffix or '(none)'!r}; "
            f"expected one of {', '.join(SUPPORTED_SUFFIXES)}{save_as_hint(suffix) or _json_hint(path)}")


def _json_hint(path: Path) -> str:
    """What to do with the JSON file ``path``, which stance does not read; it was refused as
    of an unknown type, with nothing to say that JSON Lines is read under another suffix.

    >>> print(_json_hint(Path("votes.json")))  # doctest: +NORMALIZE_WHITESPACE
     (JSON Lines, one record a line, is read under the .jsonl suffix; a JSON array or object: read it with
     pandas.read_json('votes.json') (lines=True for JSON Lines) and pass the DataFrame, or write that as JSON
     Lines, .to_json('votes.jsonl', orient='records', lines=True))
    >>> _json_hint(Path("votes.txt"))
    ''
    """
    if path.suffix.lower() != ".json":
        return ""
    return (f" (JSON Lines, one record a line, is read under the .jsonl suffix; a JSON array or object: read it "
            f"with pandas.read_json({str(path)!r}) (lines=True for JSON Lines) and pass the DataFrame, or write "
            f"that as JSON Lines, .to_json({str(path.with_suffix('.jsonl'))!r}, orient='records', lines=True))")


# The first bytes of compressed files (bzip2's: its header and the mark of its first block),
# with the command that decompresses one to standard output.
_COMPRESSED_MAGIC = ((b"\x1f\x8b", "gzip", "gzip -dc"), (b"PK\x03\x04", "zip", "unzip -p"),
                     (re.compile(rb"BZh[1-9]1AY&SY"), "bzip2", "bzip2 -dc"),
                     (b"\xfd7zXZ\x00", "xz", "xz -dc"), (b"\x28\xb5\x2f\xfd", "zstd", "zstd -dc"),
                     (b"7z\xbc\xaf\x27\x1c", "7z", "7z e -so"))


def compressed_kind(start: bytes) -> tuple[str, str] | None:
    """The kind of compressed file whose first bytes are ``start`` (ten suffice), with the
    command that decompresses one to standard output; None for any other file.

    >>> import gzip
    >>> compressed_kind(gzip.compress(b"text")), compressed_kind(b"text\\nNATO")
    (('gzip', 'gzip -dc'), None)
    """
    for magic, kind, command in _COMPRESSED_MAGIC:
        if magic.match(start) if isinstance(magic, re.Pattern) else start.startswith(magic):
            return kind, command
    return None


def decompressed_name(path: Path, suffix: str = "") -> Path:
    """Where advice to decompress ``path`` writes its content: ``path`` without its
    compression suffix ("doc.txt.gz" to "doc.txt", as gunzip does), or, named as what it
    will hold ("x.csv" holding gzip), beside it with ``.decompressed`` before its suffix
    (``suffix`` where it has none).

    >>> [str(decompressed_name(Path(name), ".txt")) for name in ("doc.txt.gz", "x.csv", "notes")]
    ['doc.txt', 'x.decompressed.csv', 'notes.decompressed.txt']
    """
    # d397a0d advised `gzip -dc doc.txt.gz > doc.txt.decompressed.gz`: a text named as compressed.
    if path.suffix.lower() in COMPRESSED_SUFFIXES:
        return path.with_suffix("")
    return path.with_name(f"{path.stem}.decompressed{path.suffix or suffix}")


def refuse_compressed(path: Path) -> None:
    """Refuse a compressed file named as a table (``gzip -c a.csv > b.csv``), as a ``.gz``
    name is refused: read as text, it was "not valid utf-8", with advice to re-save it from
    cp1252, which no re-saving mends. A zip may be a spreadsheet (.xlsx is one).

    >>> import tempfile, gzip
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "x.csv"
    ...     _ = path.write_bytes(gzip.compress(b"text\\nNATO is united.\\n"))
    ...     refuse_compressed(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: cannot read '.../x.csv': a compressed file (gzip), though named .csv; ...
    """
    try:
        with open(path, "rb") as handle:
            start = handle.read(10)
    except OSError:  # the reader that follows names the problem
        return
    compressed = compressed_kind(start)
    if compressed is not None:
        kind, command = compressed
        suffix = path.suffix.lower()
        plain = decompressed_name(path)
        raise InvalidInputError(
            f"cannot read {str(path)!r}: a compressed file ({kind}), though named {suffix}; decompress it "
            f"first (e.g. {command} {shlex.quote(str(path))} > {shlex.quote(str(plain))}) and read that"
            + (f"; if it is a spreadsheet, {save_as_hint('.xlsx').split(': ', 1)[1].rstrip(')')}"
               if kind == "zip" else ""))


def _read_file(path: Path, encoding: str, text_columns: Iterable[Any] = (),
               stored_index_as_columns: bool = False, r_missing_in: Iterable[Any] = ()) -> pd.DataFrame:

    suffix = path.suffix.lower()
    if str(path) == "-" and not path.exists():
        raise InvalidInputError(not_a_file(path))
    if _too_long(path):  # before its type: no file has that name, whatever its suffix says
        raise InvalidInputError(not_a_file(path))
    if suffix not in SUPPORTED_SUFFIXES:
        raise InvalidInputError(unknown_type(path))
    if not os.path.isfile(path):
        raise InvalidInputError(not_a_file(path))
    if path.stat().st_size == 0:
        expected = EXPECTED_CONTENT.get(suffix, "a header row and data rows")
        raise InvalidInputError(f"{str(path)!r} is empty: expected {expected}")
    refuse_compressed(path)
    if suffix == ".parquet":
        require_parquet()
    else:
        encoding = file_encoding(path, encoding)
    with read_errors_named(path, encoding):
        if suffix == ".parquet":
            return read_parquet(path, text_columns, stored_index_as_columns)
        if suffix == ".jsonl":
            read_jsonl = forksafe.imported(".jsonl").read_jsonl

            return read_jsonl(path, encoding=encoding)
        return read_delimited(path, encoding=encoding, r_missing_in=r_missing_in)


# Byte-order marks that name a text file's encoding beyond doubt. UTF-32's little-endian
# mark begins with UTF-16's, so it is tried first.
_UNICODE_MARKS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                  (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def file_encoding(path: Path, encoding: str = "utf-8") -> str:
    """The encoding to read the text table ``path`` in: ``encoding``, unless that is the
    default UTF-8 and the file starts with a UTF-16 or UTF-32 byte-order mark, which says
    how it is encoded (Excel's "Unicode Text", PowerShell and SQL Server exports write
    one). Read as UTF-8, such a file was refused with advice to try cp1252, which would
    have read every second byte as a NUL.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\\nNATO is united.\\n", encoding="utf-16")
    ...     file_encoding(path), file_encoding(path, "latin-1")
    ('utf-16', 'latin-1')
    """
    if encoding != "utf-8":  # an encoding given is the caller's to answer for
        return encoding
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:  # the reader that follows names the problem
        return encoding
    marked = marked_encoding(start)
    if marked is None and (unmarked := unmarked_encoding(start)) is not None:
        raise _unmarked_file(path, unmarked, start)
    return marked or encoding


def marked_encoding(start: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at ``start`` names, or None.

    >>> marked_encoding(b"\\xff\\xfe\\x00\\x00A"), marked_encoding(b"\\xfe\\xffA"), marked_encoding(b"text")
    ('utf-32', 'utf-16', None)
    """
    return next((codec for mark, codec in _UNICODE_MARKS if start.startswith(mark)), None)


# UTF-16 and UTF-32 without a byte-order mark (SQL Server's `bcp -w`, .NET's Encoding.Unicode
# written without its preamble): the codec, what it is in words, and its name for iconv.
_UNMARKED = {"utf-32-le": ("UTF-32 little-endian", "utf-32le"), "utf-32-be": ("UTF-32 big-endian", "utf-32be"),
             "utf-16-le": ("UTF-16 little-endian", "utf-16le"), "utf-16-be": ("UTF-16 big-endian", "utf-16be")}


def unmarked_encoding(start: bytes) -> str | None:
    r"""The UTF-16 or UTF-32 codec that ``start``, a file's first bytes with no byte-order
    mark, is written in, or None. Its NUL bytes are valid UTF-8, so read as UTF-8 such a
    file gave a header of "i\x00d\x00" and "no such column". It is taken for one when its
    first line, read as UTF-8, holds a 0 byte (a header's commas, tabs and ASCII names have one
    beside each, in a file of Cyrillic or CJK text too) and it decodes in that codec with no
    NUL; of those that do, the one that reads most of it as ASCII (UTF-16's other byte order
    reads "id" as CJK). Zeros in the rows alone are a UTF-8 file's own bytes: counted over the
    whole start, they made such a file UTF-16, and a Ukrainian file in UTF-16 had too few.

    A header of Cyrillic or CJK letters alone ("текст", "文本") has no 0 byte in UTF-16
    little-endian but the one its line end ends with ("\n\0"), where the first line's bytes
    read as UTF-8 stop: read as UTF-8, such a file gave garbled rows ("B\x045\x04…") or advice
    to try cp1252. It is taken for one too when a second line end decodes so, which one NUL
    after a UTF-8 file's first line end does not.

    >>> unmarked_encoding("id,text\n".encode("utf-16-le")), unmarked_encoding("id\n".encode("utf-32-be"))
    ('utf-16-le', 'utf-32-be')
    >>> unmarked_encoding("id,text\n1,Ми підтримуємо Україну.\n".encode("utf-16-le"))
    'utf-16-le'
    >>> unmarked_encoding("текст\nМи підтримуємо Україну.\n".encode("utf-16-le"))
    'utf-16-le'
    >>> print(unmarked_encoding(b"id,text\nWe stand with Ukraine.\x00\n"), unmarked_encoding(b"id,t\n0,a\0b\0c\0d\n"))
    None None
    >>> print(unmarked_encoding(b"text\n\0We stand with Ukraine.\nNATO is united.\n"))
    None
    >>> unmarked_encoding(b"id,text\r1,We stand\x00 together.\r"), unmarked_encoding("id\r1\r".encode("utf-16-le"))
    (None, 'utf-16-le')
    """
    codecs = forksafe.imported("codecs")

    # Lines that end in "\r" alone (old Mac line ends) end there: the whole file was the first
    # line, and a NUL in a row made a UTF-8 file UTF-16.
    end = b"\n" if b"\n" in start else b"\r"
    line, _, rest = start.partition(end)
    if not start or (0 not in line and not rest.startswith(b"\0")):
        return None
    line_ends = 1 if 0 in line else 2  # a 0 only after the first line end: a second line end asked for
    found, most = None, 0
    for codec in _UNMARKED:
        try:
            text = codecs.getincrementaldecoder(codec)().decode(start)  # a character cut at the end waits
        except UnicodeDecodeError:
            continue
        ascii_characters = sum(character.isascii() for character in text)
        if "\0" not in text and ascii_characters > most and (line_ends == 1 or text.count(end.decode()) >= line_ends):
            found, most = codec, ascii_characters
    return found


def unmarked_script(start: bytes) -> str | None:
    r"""The UTF-16 codec that ``start``, a file's first bytes with no byte-order mark and
    (nearly) no ASCII, is written in, or None. Such a file has no 0 byte for
    :func:`unmarked_encoding` to find, or a lone one (a space); each character's high byte
    is a control byte (Cyrillic's 0x04, Greek's 0x03, Hebrew's 0x05, Arabic's 0x06), which
    UTF-8 reads as valid: a Ukrainian line "Слава" was scored as "!;0…", exit 0.
    It is taken for one when three in four bytes of one parity (the high bytes' place; a dash
    or a quotation mark, U+2014 or U+2019, has 0x20 there) are below 0x20, one of the file's is
    a control no text holds (not a tab or a line end, so a file of blank lines is no UTF-16),
    and it decodes in that codec with no NUL. UTF-8 text of any script has no byte below 0x20
    but its whitespace and a stray control.

    >>> unmarked_script("Слава".encode("utf-16-le")), unmarked_script("Γεια σας".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> print(unmarked_script("Слава".encode("utf-8")), unmarked_script(b"\r\n\r\n\r\n"), unmarked_script(b"a\x04"))
    None None None
    """
    codecs = forksafe.imported("codecs")

    if len(start) < 4 or not any(byte < 0x20 and byte not in b"\t\n\v\f\r" for byte in start):
        return None
    for codec, high in (("utf-16-le", start[1::2]), ("utf-16-be", start[0::2])):
        if sum(byte < 0x20 for byte in high) * 4 < len(high) * 3:
            continue
        try:
            text = codecs.getincrementaldecoder(codec)().decode(start)  # a character cut at the end waits
        except UnicodeDecodeError:
            continue
        if "\0" not in text:
            return codec
    return None


def _unmarked_file(path: Path, codec: str, start: bytes = b"") -> InvalidInputError:
    """The error for a file in ``codec`` with no byte-order mark (see :func:`unmarked_encoding`),
    read as UTF-8: in Python's words, and in the command line's (``typed``), which has no
    encoding option and says how to re-save it."""
    looks = _looks_unmarked(str(path), codec, start)
    error = InvalidInputError(f"{looks}; re-save it as UTF-8 or pass encoding={codec!r}")
    error.typed = unmarked_advice(str(path), codec, start)
    return error


def unmarked_advice(name: str, codec: str, start: bytes = b"") -> str:
    """What the command line says of the file ``name`` ("-" for standard input) in ``codec``
    with no byte-order mark (see :func:`unmarked_encoding`), whose first bytes are ``start``:
    what it looks like, and the iconv command that re-saves it as UTF-8.

    >>> unmarked_advice("rada.txt", "utf-16-le")  # doctest: +NORMALIZE_WHITESPACE
    "'rada.txt' is not UTF-8: it looks like UTF-16 little-endian without a byte-order mark (a 0 byte beside each
    ASCII character); re-save it as UTF-8, e.g. iconv -f utf-16le -t utf-8 rada.txt > rada.utf8.txt"
    >>> unmarked_advice("-", "utf-16-be").split("; ")[-1]
    're-encode the input as UTF-8, e.g. iconv -f utf-16be -t utf-8'
    """
    iconv = _UNMARKED[codec][1]
    if name == "-":  # no file to re-save, and "-.utf8" is no name to write to
        return f"{_looks_unmarked(name, codec, start)}; re-encode the input as UTF-8, e.g. iconv -f {iconv} -t utf-8"
    path = Path(name)
    resaved = shlex.quote(str(path.with_name(f"{path.stem}.utf8{path.suffix}")))
    return (f"{_looks_unmarked(name, codec, start)}; re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 "
            f"{shlex.quote(name)} > {resaved}")


def _looks_unmarked(name: str, codec: str, start: bytes = b"") -> str:
    """That the file ``name`` ("-", stdin) looks like ``codec`` without a byte-order mark, and
    why (see :func:`unmarked_sign`)."""
    what = "stdin" if name == "-" else repr(name)
    return (f"{what} is not UTF-8: it looks like {_UNMARKED[codec][0]} without a byte-order mark "
            f"({unmarked_sign(codec, start)})")


def unmarked_sign(codec: str, start: bytes = b"") -> str:
    """What in ``start``, a file's first bytes, shows ``codec`` (UTF-16 or UTF-32 with no
    byte-order mark): the 0 byte beside each ASCII character, or, where most letters are not
    ASCII, what is beside those: a line of Greek ("Το ΝΑΤΟ είναι ενωμένο.") has a 0 byte only
    beside its spaces and full stop, and was said to have one "beside each ASCII character".

    >>> unmarked_sign("utf-16-le", "NATO is united.".encode("utf-16-le"))
    'a 0 byte beside each ASCII character'
    >>> unmarked_sign("utf-16-le", "Το ΝΑΤΟ είναι ενωμένο.".encode("utf-16-le"))
    'a byte 0x03 beside each letter'
    >>> unmarked_sign("utf-16-be", "Слава Україні, Γεια".encode("utf-16-be"))
    'a control byte beside each letter'
    >>> chinese, russian = "北约团结一致。".encode("utf-16-le"), "Слава".encode("utf-32-le")
    >>> unmarked_sign("utf-16-le", chinese), unmarked_sign("utf-32-le", russian)
    ('two bytes for each letter', 'two 0 bytes beside each letter')
    """
    # errors="ignore": a character cut at the end of the start is no letter to count
    letters = [ord(c) for c in start.decode(codec, errors="ignore") if c.isalpha()]
    wide = [code for code in letters if code > 0x7F]
    if len(wide) * 2 <= len(letters):  # ASCII letters as many as others (or no letter at all)
        return "a 0 byte beside each ASCII character"
    if codec.startswith("utf-32"):
        return "two 0 bytes beside each letter" if max(wide) <= 0xFFFF else "a 0 byte beside each letter"
    high = {code >> 8 for code in wide}
    if len(high) == 1 and max(wide) <= 0xFFFF:
        return f"a byte 0x{high.pop():02x} beside each letter"
    if max(high) < 0x20:  # what UTF-8 reads as control characters, and unmarked_script looks for
        return "a control byte beside each letter"
    return "two bytes for each letter" if max(wide) <= 0xFFFF else "two or four bytes for each letter"


@contextmanager
def read_errors_named(path: Path, encoding: str = "utf-8"):
    """Turn what pandas raises while reading ``path`` (whole or in chunks) into one line
    naming the file and what to do."""
    from .exceptions import StanceError

    try:
        yield
    except StanceError:
        raise
    except UnicodeDecodeError:
        raise _undecodable_file(path, encoding) from None
    except (ValueError, OSError, ImportError) as error:  # pandas' ParserError is a ValueError
        system_failure = forksafe.imported(".files").system_failure

        if system_failure(error):  # the disk's failure, not the file's: the command line exits 1
            raise
        if isinstance(error, forksafe.imported("pandas").errors.EmptyDataError):  # "No columns to parse from file"
            raise InvalidInputError(headerless(path, encoding) or f"cannot read {str(path)!r}: {error}") from None
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type_name(error)
        raise InvalidInputError(f"cannot read {str(path)!r}: {_too_many_fields(path, encoding, first_line)}") from None


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


# pandas' C reader on a line with more values than the header, after the first data line
# (more values on the first one are ParserWarning, which _surplus_values_refused words).
_TOO_MANY_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


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
    expected, record, seen = map(int, found.groups())
    return _long_line(path, encoding, _line_of_record(path, encoding, record), seen, expected)


def _long_line(path: Path, encoding: str, line: int, seen: int, expected: int) -> str:
    """What to do about ``line`` of the .csv or .tsv file ``path``, which holds ``seen``
    fields where the header has ``expected``."""
    delimiter = file_delimiter(path, encoding)
    holds = {"\t": "a tab", ",": 'a comma ("…, …")', ";": 'a semicolon ("…; …")'}.get(delimiter, repr(delimiter))
    return f"line {line} has {seen} fields where the header has {expected}; quote a text that holds {holds}"


def _refuse_long_records(path: Path, encoding: str) -> None:
    """Refuse the .csv or .tsv file ``path`` if a record below its header holds more fields
    than the header (see :func:`iter_delimited`), naming the first such line, as pandas'
    error is named."""
    csv = forksafe.imported("csv")

    records = _csv_records(path, encoding)
    try:
        _, _, header = next(records, (1, 1, []))
        header = _header(path, encoding, file_quoting(path, encoding))  # R's row names: one name more
        for first, _, row in records:
            if len(row) > len(header):
                raise ValueError(_long_line(path, encoding, first, len(row), len(header)))
    except csv.Error:  # what Python's reader cannot read, pandas' did: nothing to tell here
        return


def _line_of_record(path: Path, encoding: str, record: int) -> int:
    """The line of the file on which its ``record``-th record (the header is the first)
    begins: pandas numbers records, so a cell spanning lines above put its "line" too early."""
    csv = forksafe.imported("csv")

    try:
        # pandas counts Excel's "sep=" line, which it skips, as a record: the header is the second.
        for number, (first, _, _) in enumerate(_csv_records(path, encoding), header_line(path, encoding)):
            if number == record:
                return first
    except (csv.Error, OSError, UnicodeDecodeError):  # then pandas' count is the best there is
        pass
    return record


def row_line(path: Path, row: int, encoding: str = "utf-8") -> int | None:
    r"""The line of the .csv or .tsv file ``path`` on which its data row ``row`` begins, rows
    counted from 0 after the header as :func:`read_table` numbers them (-1: the header's);
    None when that cannot be told (no such row, or a file the csv module cannot read).

    Counted record by record, not as ``row + 2``: a quoted cell may span lines, and the reader
    skips blank lines (empty, or of spaces and tabs that are not the delimiter), which are no row.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text('text,labels\n"Two\nlines",a\n\n  \nthird,b\n')
    ...     row_line(path, 0), row_line(path, 1), row_line(path, 2)
    (2, 6, None)
    """
    return row_lines(path, [row], encoding).get(row)


def row_lines(path: Path, rows: Iterable[int], encoding: str = "utf-8") -> dict[int, int]:
    """The line each of ``rows`` begins on (see :func:`row_line`), read in one pass: a message
    naming ten rows read the file once, not ten times. A row whose line cannot be told is left out."""
    csv = forksafe.imported("csv")

    wanted, found = set(rows), {}
    seen = -1  # data rows passed; the header is row -1
    try:
        with closing(_record_starts(path, encoding)) as starts:
            for first, blank in starts:
                if not blank:
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


def _record_starts(path: Path, encoding: str) -> Iterator[tuple[int, bool]]:
    """The line each record of a .csv or .tsv file begins on (the header's first, below Excel's
    ``sep=`` line if it has one), and
    whether it is a blank line, which pandas skips as no row. Raises what the csv module
    raises where it cannot read on; a cell longer than its limit (131,072 characters: a
    speech) is read meanwhile."""
    csv = forksafe.imported("csv")

    encoding = file_encoding(path, encoding)
    delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
    blank = re.compile("[" + re.escape("".join(sorted({" ", "\t"} - {delimiter}))) + "]*")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 2**31 - 1))
    try:
        with _from_header(path, encoding) as (handle, above):  # past Excel's "sep=" line
            last = [""]

            def lines() -> Iterator[str]:  # each physical line, kept to tell a blank one
                for line in handle:
                    last[0] = line
                    yield line

            records = csv.reader(lines(), delimiter=delimiter, **quoting)
            first = above + 1
            for _ in records:
                yield first, above + records.line_num == first and bool(blank.fullmatch(last[0].rstrip("\r\n")))
                first = above + records.line_num + 1
    finally:
        csv.field_size_limit(limit)


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
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 2**31 - 1))  # a speech in one cell is no error here
    try:
        # Lines end at "\n" only: the csv module refuses a "\r" outside quotes inside one.
        with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="\n") as handle:
            records = csv.reader(handle, delimiter=delimiter, **quoting)
            for _ in records:
                pass
    except csv.Error as error:
        if "new-line character seen in unquoted field" in str(error):
            return records.line_num
    except (OSError, UnicodeError):  # the reader that follows names the problem
        pass
    finally:
        csv.field_size_limit(limit)
    return None


def _csv_records(path: Path, encoding: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each record of a .csv or .tsv file (the header first) with the lines it begins and
    ends on: a quoted cell may span lines."""
    csv = forksafe.imported("csv")

    quoting = file_quoting(path, encoding)
    with _from_header(path, encoding) as (handle, above):
        rows = csv.reader(handle, delimiter=file_delimiter(path, encoding), **quoting)
        first = above + 1
        for row in rows:
            yield first, above + rows.line_num, row
            first = above + rows.line_num + 1


def _undecodable_file(path: Path, encoding: str) -> InvalidInputError:
    """The error for a file ``encoding`` cannot decode: where, and the encoding it is likely
    in (see :mod:`stance.encodings`), which for Central European, Cyrillic or Greek text is
    not Excel's Western cp1252 (that reads "czołgów" as "czo³gów", "за" as "çà", without a
    word), and never ``encoding`` itself. The command line, which has no encoding option,
    says how to re-save it (``typed``).
    """
    likely_encoding = forksafe.imported(".encodings").likely_encoding

    found = _undecodable_at(path, encoding)
    # The byte's place in its line, counted from 1, as stdin's lines are told: the file's offset
    # ("line 3, byte 40" of a byte 7th on its line) sent the user searching the line for byte 40.
    where = ("a byte it cannot decode" if found is None
             else f"line {found[0]}: its byte {found[2]} is 0x{found[3]:02x}, which {encoding} cannot decode")
    sample = b"" if found is None else _bytes_at(path, found[1])
    likely = likely_encoding(sample, encoding)
    if likely is None:
        named = ""
    elif likely.codec == "cp1252":
        named = ", e.g. encoding='cp1252' for Excel on Windows"
    else:
        named = f", e.g. encoding={likely.codec!r} ({likely.name}), which reads its text as {likely.script}"
    error = InvalidInputError(f"{str(path)!r} is not valid {encoding} ({where}); re-save it as UTF-8 or pass "
                              f"the file's real encoding{named}")
    error.typed = (f"{str(path)!r} is not valid {encoding} ({where}); re-save it as UTF-8, "
                   f"{resave_command(sample, path, encoding)}")
    return error


def resave_command(sample: bytes, path: str | PathLike | None = None, failed: str = "utf-8") -> str:
    """How to re-save as UTF-8 a file of which ``sample`` is bytes ``failed`` cannot decode,
    on the command line (named ``path``; "-", standard input, or None for a pipe): with the
    encoding it is likely in (see :func:`stance.encodings.likely_encoding`).

    >>> resave_command("Ми за".encode("cp1251"), "r.txt")
    'e.g. iconv -f cp1251 -t utf-8 r.txt > r.utf8.txt (cp1251 is Cyrillic Windows, which reads its text as Cyrillic)'
    >>> resave_command("Η Ελλάδα θα αυξήσει".encode("cp1253"))
    'e.g. iconv -f cp1253 -t utf-8 (cp1253 is Greek Windows, which reads its text as Greek)'
    """
    import shlex

    likely_encoding = forksafe.imported(".encodings").likely_encoding

    likely = likely_encoding(sample, failed)
    files = ""
    if path is not None and str(path) != "-":
        path = Path(path)
        files = f" {shlex.quote(str(path))} > {shlex.quote(str(path.with_name(f'{path.stem}.utf8{path.suffix}')))}"
    if likely is None:
        return f"e.g. iconv -f ENCODING -t utf-8{files}, with the file's real encoding as ENCODING"
    if likely.codec == "cp1252":
        why = "cp1252 for Excel on Windows; else the file's real encoding"
    else:
        why = f"{likely.iconv} is {likely.name}, which reads its text as {likely.script}"
    return f"e.g. iconv -f {likely.iconv} -t utf-8{files} ({why})"


def _bytes_at(path: Path, start: int, size: int = 1 << 16) -> bytes:
    """:func:`sample_at` of the file's bytes (none when it is unreadable now)."""
    try:
        with open(path, "rb") as handle:
            before = max(start - 4096, 0)
            handle.seek(before)
            return sample_at(handle.read(start - before + size), start - before, size)
    except OSError:
        return b""


def sample_at(data: bytes, start: int, size: int = 1 << 16) -> bytes:
    r"""``size`` bytes of ``data`` from the start of the line that holds byte ``start`` (or
    from 4 KiB before it), so that the word a bad byte sits in is read whole by
    :func:`stance.encodings.likely_encoding` ("\xe9 summit", cut from "The caf\xe9 summit", reads as a word
    of no ASCII).

    >>> sample_at(b"id\nThe caf\xe9 summit", 10, 4)
    b'The caf\xe9 su'
    """
    head = data[max(start - 4096, 0):start]
    return head[head.rfind(b"\n") + 1:] + data[start:start + size]


def _undecodable_at(path: Path, encoding: str, block: int = 1 << 20) -> tuple[int, int, int, int] | None:
    r"""Where the first byte that ``encoding`` cannot decode is: (line, offset in the file,
    place in its line counted from 1, the byte's value), or None.

    The error pandas raises counts bytes from the start of the block it was decoding, not
    of the file, so its position points anywhere in a large file: the file is decoded
    again here, in blocks, counting lines and bytes from the start of the file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "t.csv").write_bytes(b"text\nCaf\xe9\n")
    ...     _undecodable_at(Path(folder) / "t.csv", "utf-8", block=3)
    (2, 8, 4, 233)
    """
    import codecs

    # A byte-order mark is valid UTF-8: plain "utf-8" keeps error positions in file bytes.
    decoder = codecs.getincrementaldecoder(encoding)()
    offset, lines, line_start = 0, 1, 0
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(block):
                held = len(decoder.getstate()[0])  # the end of the last block, decoded with this one
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    start = offset - held + error.start
                    before = chunk[:max(start - offset, 0)]
                    if b"\n" in before:
                        line_start = offset + before.rfind(b"\n") + 1
                    handle.seek(start)
                    return lines + before.count(b"\n"), start, start - line_start + 1, handle.read(1)[0]
                offset += len(chunk)
                lines += chunk.count(b"\n")
                if b"\n" in chunk:
                    line_start = offset - len(chunk) + chunk.rfind(b"\n") + 1
            held = len(decoder.getstate()[0])
            if held:  # the file ends inside a character
                start = offset - held
                handle.seek(start)
                return lines, start, start - line_start + 1, handle.read(1)[0]
    except (OSError, LookupError):  # unreadable now, or an unknown encoding: say less
        pass
    return None


def require_parquet() -> None:
    """Parquet needs pyarrow, which the core install does not bring: say which extra does."""
    find_spec = forksafe.imported("importlib.util").find_spec  # not loaded by every install's import stance

    if find_spec("pyarrow") is None and find_spec("fastparquet") is None:
        from .exceptions import MissingDependencyError

        raise MissingDependencyError("reading Parquet needs pyarrow: pip install 'stance[parquet]'")


def require_parquet_writer() -> None:
    """Writing Parquet needs pyarrow, whose ParquetWriter writes a table chunk by chunk, and
    which the core install does not bring: say which extra does (fastparquet, which reads
    Parquet, writes no file a chunk at a time)."""
    find_spec = forksafe.imported("importlib.util").find_spec

    if find_spec("pyarrow") is None:
        from .exceptions import MissingDependencyError

        raise MissingDependencyError("writing Parquet needs pyarrow: pip install 'stance[parquet]'")


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

        frame = bytes_as_text(pd.read_parquet(path), text_columns)
        return stored_index_apart(frame, path) if stored_index_as_columns else frame
    schema = pq.read_schema(path)
    refuse_repeated_columns(path, schema.names)
    frame = binary_as_text(pq.read_table(path), text_columns).to_pandas(integer_object_nulls=True)
    return stored_index_apart(frame, path, schema) if stored_index_as_columns else frame


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
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise InvalidInputError(f"{str(path)!r} names column(s) {twice} more than once; give every column "
                                f"its own name")


# Excel's hint of the separator, alone on a CSV file's first line ("sep=;"): Excel reads a file
# so opened by it split at that character in any locale, and writes it on request.
_EXCEL_SEPARATOR = re.compile(r"sep=([^\r\n\"])(?:\r\n|\n|\r)?", re.IGNORECASE)


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


def header_line(path: Path, encoding: str = "utf-8") -> int:
    """The line of the .csv or .tsv file ``path`` its header is on: 1, or 2 below Excel's
    ``sep=`` line (see :func:`excel_separator`). Rows count from 0 on the line after it."""
    return 1 if excel_separator(path, encoding) is None else 2


@contextmanager
def _from_header(path: Path, encoding: str) -> Iterator[tuple[Iterator[str], int]]:
    """The lines of the .csv or .tsv file ``path`` from its header on (see :func:`_text_lines`),
    and how many lines are above that (Excel's ``sep=`` line, read past)."""
    above = header_line(path, encoding) - 1
    with _text_lines(path, encoding) as lines:
        for _ in range(above):
            next(lines, None)
        yield lines, above


@contextmanager
def _text_lines(path: Path, encoding: str) -> Iterator[Iterator[str]]:
    r"""The lines of the .csv or .tsv file ``path``, for Python's csv module to read the rows
    pandas reads: where its lines end in "\n" or "\r\n", a "\r" that ends no line is text,
    read as :data:`stance.linebreaks.KEPT_RETURN` (see :mod:`stance.linebreaks`), and a line
    is what ``grep -n`` counts as one."""
    feeds = linebreaks.lines_end_in_line_feeds(path, encoding)
    with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="\n" if feeds else "") as handle:
        # Python's csv module before 3.11 refuses a line holding a NUL: kept_lines reads one as
        # linebreaks.KEPT_NUL, as the pandas reader does.
        yield linebreaks.kept_lines(handle) if feeds else (line.replace("\x00", linebreaks.KEPT_NUL) for line in handle)


def read_delimited(path: Path, *, encoding: str = "utf-8", r_missing_in: Iterable[Any] = ()):
    """A .csv or .tsv file as text columns, as every reader in stance reads one.

    Every cell is text ("None" or "NA" is a statement, not a missing value), but for R's
    missing value in ``r_missing_in`` (see :func:`r_missing_rows`), and a cell with nothing
    in it, which is missing. A trailing delimiter on every line (as spreadsheets write) is
    dropped rather than taken for an index column, which would shift every value one column
    left; a line with more values than the header is an error, not data silently lost.
    """
    with _surplus_values_refused(path, encoding):
        frame, kept = _read_csv(path, encoding, chunksize=None, keep_blank_lines=False)
    frame = linebreaks.restored(frame) if kept else frame
    _RMissing(path, encoding, r_missing_in).read_as_missing(frame, 0)
    return frame


def iter_delimited(path: Path, *, encoding: str = "utf-8", chunksize: int = 50_000,
                   keep_blank_lines: bool = False, handle: BinaryIO | None = None,
                   r_missing_in: Iterable[Any] = ()):
    """Chunks of ``chunksize`` rows of a .csv or .tsv file, read as :func:`read_delimited` reads it.

    ``keep_blank_lines`` reads an empty line as a row of missing values (scoring keeps
    one output row per input row; a one-column sheet writes an empty cell that way).
    ``handle``, the file opened in binary, is read instead of opening ``path``, so that
    the caller can tell from it how far the reading has got.
    """
    reader, kept = _read_csv(path, encoding, chunksize=chunksize, keep_blank_lines=keep_blank_lines, handle=handle)
    missing, start = _RMissing(path, encoding, r_missing_in, keep_blank_lines), 0
    one_row_chunks = False
    with reader:
        while True:
            # The warnings filter is the process's: held while pandas reads, never across a yield.
            with _surplus_values_refused(path, encoding):
                chunk = next(reader, None)
            if chunk is None:
                if one_row_chunks:
                    _refuse_long_records(path, encoding)
                return
            # pandas' C reader before pandas 3 reads a chunk of one row that holds more values
            # than the header as the header's first values and drops the rest without a word
            # (a file of 50,000 rows and one, its last line "11,Send tanks,now", lost "now"),
            # where a longer chunk, or the whole file, raises. Such chunks are rare (a row
            # count one above a multiple of the chunk size), so the file is checked once, at
            # the end: before the last rows are written, as the writers rename only then.
            one_row_chunks = one_row_chunks or len(chunk) == 1
            chunk = linebreaks.restored(chunk) if kept else chunk
            missing.read_as_missing(chunk, start)
            start += len(chunk)
            yield chunk


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
    cannot tell the two apart. So the file's path reads as ``pd.read_csv`` reads the file,
    which takes any "NA" for missing, but for a text "NA".

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "r.csv"
    ...     _ = path.write_text('"id","text"\n"1","We back Kyiv."\n"2",NA\n"3","NA"\n\n"4",NA\n')
    ...     r_missing_rows(path, "utf-8", ["text", "labels"])
    {'text': [1, 3]}
    """
    csv = forksafe.imported("csv")

    encoding = file_encoding(path, encoding)
    delimiter, quoting = file_delimiter(path, encoding), file_quoting(path, encoding)
    if quoting["quoting"] == csv.QUOTE_NONE:  # quotes are text: nothing is quoted
        return {}
    quoted_cell = _QUOTED_CELL[quoting.get("escapechar")]
    blank = re.compile("[" + re.escape("".join(sorted({" ", "\t"} - {delimiter}))) + "]*")
    wanted = {str(column) for column in columns if column is not None}
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 2**31 - 1))  # a speech in one cell is no error here
    try:
        with _from_header(path, encoding) as (handle, _):
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
            if _names_rows(path, encoding, quoting, len(header)):  # R's row names: a first column unnamed
                header, opened = ["", *header], [False, *opened]
            # The columns whose name is quoted; each one's NA rows, and whether its first text is quoted.
            found: dict[int, list[int]] = {j: [] for j, name in enumerate(header)
                                           if name in wanted and j < len(opened) and opened[j]}
            texts_quoted: dict[int, bool | None] = dict.fromkeys(found)
            row = 0
            for fields in records:
                record, line_count = "".join(raw), len(raw)
                raw.clear()
                if (line_count == 1 and blank.fullmatch(record.rstrip("\r\n"))
                        and not (keep_blank_lines and len(header) == 1)):
                    continue  # a blank line, which pandas skips as no row
                looked = [j for j in found if j < len(fields)
                          and (fields[j] == R_MISSING or (texts_quoted[j] is None and fields[j]))]
                if looked:
                    opened = _cells_quoted(record, delimiter, quoted_cell)
                    for j in looked:
                        if fields[j] != R_MISSING:
                            texts_quoted[j] = opened[j]
                        elif not opened[j]:
                            found[j].append(row)
                row += 1
    except (csv.Error, OSError, UnicodeError):  # pandas read it: a reader that differs says nothing
        return {}
    finally:
        csv.field_size_limit(limit)
    return {header[j]: rows for j, rows in found.items() if rows and texts_quoted[j]}


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


def _read_csv(path: Path, encoding: str, *, chunksize: int | None, keep_blank_lines: bool,
              handle: BinaryIO | None = None) -> tuple[Any, bool]:
    """pandas' reading of the .csv or .tsv file ``path`` (a frame, or a reader of chunks), and
    whether its cells hold :data:`stance.linebreaks.KEPT_RETURN` for a "\\r" to put back
    (see :func:`stance.linebreaks.restored`)."""
    io = forksafe.imported("io")
    pd = forksafe.imported("pandas")

    quoting = file_quoting(path, encoding)
    header, row_names = _header_and_row_names(path, encoding, quoting)
    # R's row names under a header a column short: named as pandas names write.csv's empty first name.
    names = {"names": ["Unnamed: 0", *header], "header": 0} if row_names else {}
    header = ["", *header] if row_names else header
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
            # Only a one-column sheet writes an empty cell as an empty line; in a wider file,
            # an empty line (trailing ones, most often) is no row.
            skip_blank_lines=not (keep_blank_lines and len(header) == 1),
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
    return read, kept


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
    # Unnamed columns (a spreadsheet's trailing empty cells) may repeat: pandas names them
    # "Unnamed: 2"…; a name of spaces is a name to pandas.
    twice = sorted({name for name in header if name and header.count(name) > 1})
    if twice:
        raise InvalidInputError(f"{str(path)!r}: the header names column(s) {twice} more than once; "
                                f"give every column its own name")
    if excel_separator(path, encoding) is None:  # else the file says what separates its cells
        _refuse_other_delimiter(path, header, encoding)
    return header, _names_rows(path, encoding, quoting, len(header))


def _names_rows(path: Path, encoding: str, quoting: dict[str, Any], width: int) -> bool:
    r"""Whether every record below the header of ``width`` names holds exactly one value more,
    the header's every name quoted: R's ``write.table(d, "x.tsv", sep="\t")`` writes its row
    names so, its header a column short ("\"id\"\t\"text\"" above "\"1\"\t\"01\"\t\"…\""),
    which R's ``read.delim`` and pandas read as the rows' names. The file is then read as R's
    ``write.csv`` file is, whose header names them with an empty cell: a first column
    "Unnamed: 0", kept in an output under an empty name. A file where only some lines hold a
    value more is refused, naming the first, and so is one of unquoted names (a value too many
    at the end of each line, as likely as a name too few), but for a first row whose last value
    is empty (a spreadsheet's trailing separator, which pandas leaves out). Only a file whose
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
            first = next(records, None)
            if first is None or len(first) != width + 1 or first[-1] == "":  # nearly always: no more is read
                return False
            return all(len(row) == width + 1 for row in records)
    except (csv.Error, UnicodeDecodeError):  # the reader that follows names the problem
        return False


def empty_header_names(path: Path, columns: Sequence[Any], encoding: str = "utf-8") -> dict[str, str]:
    r"""pandas' names among ``columns`` ("Unnamed: 0") for the header cell that the .csv or
    .tsv file ``path`` leaves empty, mapped to the empty name, so that an output of the
    file's columns keeps its header as written (``DataFrame.to_csv()`` writes its index so).

    Where two or more cells are empty (a spreadsheet's trailing ones), none is mapped: they
    keep pandas' names, "Unnamed: 0", "Unnamed: 2", in every output. Written empty, a JSON
    object of the row held one key for them all and dropped the other values, and a Parquet
    file had two columns of one name, which pandas refuses to read; a CSV output names them
    as those do, so that every format has the same header.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text(",text\n0,NATO must stay united.\n")
    ...     empty_header_names(path, read_table(path).columns)
    {'Unnamed: 0': ''}
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text(",text,\n0,NATO must stay united.,x\n")
    ...     empty_header_names(path, read_table(path).columns)
    {}
    """
    unnamed = [column for column in columns if isinstance(column, str) and re.fullmatch(r"Unnamed: \d+", column)]
    if not unnamed:  # nearly always: the header is not read again
        return {}
    encoding = file_encoding(path, encoding)
    header = _header(path, encoding, file_quoting(path, encoding))
    if header.count("") != 1:  # several empty names would be one name in a JSON object or a Parquet file
        return {}
    positions = {column: int(column.split(": ")[1]) for column in unnamed}
    return {column: "" for column, at in positions.items() if at < len(header) and header[at] == ""}


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
        return {"quoting": csv.QUOTE_MINIMAL}
    return quoting_shown(path, encoding) or {"quoting": csv.QUOTE_NONE}


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
    except (OSError, UnicodeDecodeError, LookupError):  # the reader that follows names the problem
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
            reader = csv.reader(handle, delimiter=delimiter)
            width = len(next(reader, []))
            rows = list(itertools.islice((row for row in reader if row), _ROWS_CONFIRMING_DELIMITER))
    except (csv.Error, UnicodeDecodeError):  # the reader that follows names the problem
        return True
    if surplus:
        return all(len(row) >= width for row in rows) and 2 * sum(len(row) == width for row in rows) > len(rows)
    return all(len(row) == width for row in rows)


_WARNING_FILTERS = forksafe.Lock()


@contextmanager
def _surplus_values_refused(path: Path, encoding: str):
    """Turn pandas' warning that values beyond the header were dropped into an error that
    names the first such line (pandas' own warning names none)."""
    import warnings

    pd = forksafe.imported("pandas")

    # The filters are the process's: other threads' reads must not save or restore them meanwhile.
    with _WARNING_FILTERS, warnings.catch_warnings():
        warnings.simplefilter("error", pd.errors.ParserWarning)
        try:
            yield
        except pd.errors.ParserWarning:
            # The callers name the file; a ValueError reaches their "cannot read" message.
            raise ValueError(f"{_first_long_line(path, encoding)}; name every column in the header") from None


def _first_long_line(path: Path, encoding: str) -> str:
    """Which line holds more values than the header, in words."""
    records = _csv_records(path, encoding)
    _, _, header = next(records, (1, 1, []))
    for _, last, row in records:
        if len(row) > len(header):
            return f"line {last} holds {len(row)} values, more than the header's {len(header)} columns"
    return "some lines hold more values than the header has columns"

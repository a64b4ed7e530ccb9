"""Reading a table of statements from a file.

A CSV, TSV, JSON Lines or Parquet file, or a folder of them, or a glob, is read into a
DataFrame (:func:`read_table`), as are the CSV files Excel writes (a ``sep=`` line,
semicolons, a byte-order mark). What cannot be read is named in the file's terms, with what
to do (:func:`read_errors_named`).

The work is done in the modules behind it, one for each part of a file's reading:
:mod:`stance.file_types` (which files are tables, and what is said of a folder, a
spreadsheet or a compressed file), :mod:`stance.decoding` (a file's encoding and the bytes
that do not decode), :mod:`stance.csv_dialect` (a .csv or .tsv file's delimiter, quoting and
header), :mod:`stance.delimited` (reading one with pandas), :mod:`stance.record_lines` (the
line a record begins on), :mod:`stance.parquet_files` (reading a Parquet file) and
:mod:`stance.table_folders` (what a folder named as a table holds, and which glob reads it). The names
that other modules, the tests and the benchmarks import from here are imported here too.
"""

from __future__ import annotations

import glob
import hashlib
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe

# The `name as name` imports re-export what was imported from here before the modules
# behind it were split off (by the command line, the tests, the benchmarks and the docs).
from .csv_dialect import _header, file_quoting
from .csv_dialect import excel_separator as excel_separator
from .csv_dialect import file_delimiter as file_delimiter
from .csv_dialect import quoting_shown as quoting_shown
from .decoding import (
    _undecodable_file,
    converted_in_place,
    encoding_named,
    file_encoding,
    one_encoding_for_several,
)
from .decoding import marked_encoding as marked_encoding
from .decoding import resave_command as resave_command
from .decoding import sample_at as sample_at
from .decoding import unmarked_advice as unmarked_advice
from .decoding import unmarked_encoding as unmarked_encoding
from .decoding import unmarked_script as unmarked_script
from .delimited import headerless, read_delimited
from .delimited import iter_delimited as iter_delimited
from .delimited import r_missing_rows as r_missing_rows
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    RepeatedFileWarning,
    quoted_list,
    shell_path,
    type_name,
    warn,
)
from .file_types import COMPRESSED_SUFFIXES as COMPRESSED_SUFFIXES
from .file_types import (
    KNOWN_UNREAD_SUFFIXES,
    SPREADSHEET_SUFFIXES,
    SUPPORTED_SUFFIXES,
    _too_long,
    missing_research_file,
    not_a_file,
    office_lock_file,
    refuse_compressed,
    save_as_hint,
    to_no_file,
    unknown_type,
    unreadable,
)
from .file_types import compressed_kind as compressed_kind
from .file_types import decompressed_name as decompressed_name
from .parquet_files import binary_as_text as binary_as_text
from .parquet_files import read_parquet, require_parquet
from .parquet_files import refuse_repeated_columns as refuse_repeated_columns
from .parquet_files import refuse_undecoded as refuse_undecoded
from .parquet_files import refuse_undecoded_columns as refuse_undecoded_columns
from .parquet_files import require_parquet_writer as require_parquet_writer
from .record_lines import columns_read, labelled_reading, read_error_in_lines
from .record_lines import row_line as row_line
from .record_lines import row_lines as row_lines
from .record_lines import unclosed_quote_line as unclosed_quote_line
from .record_lines import unquoted_return_line as unquoted_return_line
from .table_folders import _parts_read, _table_folder, table_folders_named, warn_of_table_folders
from .table_folders import suffix_globs as suffix_globs

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

EXPECTED_CONTENT = {".jsonl": "one JSON object per line", ".parquet": "a Parquet table"}

# What a table of statements is given as, where read_table's callers take one (they read a polars
# or pyarrow table and a dict of columns as pandas first: see stance.scoring.as_table).
TABLE_KINDS = "a table (a pandas, polars or pyarrow one, or a dict of columns)"


def table_kinds_and_files(dask: bool = False) -> str:
    """Every kind of data that a call reading a table takes, for its refusal of another; a
    Dask DataFrame where the call collects one (train, read_labelled)."""
    return (f"{TABLE_KINDS}{', a Dask DataFrame,' if dask else ''} or a path to a "
            f"{'/'.join(SUPPORTED_SUFFIXES)} file (or a folder or glob of them)")


def read_table(data: Any, *, argument: str = "data", encoding: str = "utf-8",
               text_columns: Iterable[Any] = (), stored_index_as_columns: bool = False,
               r_missing_in: Iterable[Any] = (), by_file: bool = False,
               labelled: bool = False, dask: bool = False) -> pd.DataFrame | list[pd.DataFrame]:
    """Return ``data`` as a DataFrame: a DataFrame as it is, or a file or folder read in.
    With ``by_file``, a list of frames, one per file of a folder or glob (a file or DataFrame:
    itself alone), each with the columns of its own file, where the columns it lacks would be
    empty in one frame: --exclude reads each by its own text column.

    ``text_columns`` are the columns the caller reads as text (texts, labels, stance): a
    Parquet file's bytes in them are decoded where UTF-8 (see :func:`binary_as_text`); the
    other columns are carried as they are stored. In ``r_missing_in`` (the texts and labels,
    which read "NA" as text; not the stance, whose "NA" is missing quoted or not, as the
    refusal of a target without a stance names it), a CSV or TSV file's unquoted NA where
    the column's texts are quoted is R's missing value, read as missing (see
    :func:`r_missing_rows`).

    ``labelled``: the table is labelled data, which needs a labels column and so is never a
    one-column file: a line of one cell above its header is told as a title alone (see
    :func:`stance.record_lines.labelled_reading`). A line above a wider header that holds one of
    ``text_columns`` is told as a title (see :func:`stance.record_lines.columns_read`).

    A Parquet file's stored index is the frame's index, as :func:`stance.score` keeps it;
    with ``stored_index_as_columns`` it comes first among the columns instead, as ``stance
    score`` writes it (see :func:`stored_index_apart`), and the rows are numbered from 0,
    as those of a CSV file are: so a command's ``row`` is the row's position in the file.
    ``dask`` says, where other data is refused, that the caller takes a Dask DataFrame too.

    A folder is read as every supported file in it (a subfolder, as a glob's, passed over, one named
    as a table, "b.csv/", with a warning naming the glob of its files; names
    beginning with "." read, which a glob's "*" skips), in name order (how the bundled
    corpus is stored, so that growing it needs no code change), a symbolic link to no file
    left out with a warning, as a glob's is (see :func:`warn_of_links_to_no_file`), and named by the
    refusal where nothing else is read. Its rows are labelled
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
        return [data] if by_file else data
    if isinstance(data, (str, PathLike)):
        files = forksafe.imported(".files")

        encoding = encoding_named(encoding)  # once, for every file of a folder or glob

        files.refuse_empty_path(data, argument)
        files.refuse_nul_in_path(data, argument)  # else "file not found", as if mistyped
        data = files.expanded(data)
        listed = _folder_or_glob(data, argument)
        # read twice: by the reading and by the columns a folder's files need
        text_columns, r_missing_in = _names_only(text_columns), _names_only(r_missing_in)
        with labelled_reading(labelled), columns_read(text_columns):
            if listed is not None:
                # The texts, and labelled data's labels, are needed in every file; --exclude's files (by_file)
                # are each read by whichever text column they have.
                needed = [] if by_file else text_columns[:2 if labelled else 1]
                return _read_files(*listed, argument=argument, encoding=encoding, text_columns=text_columns,
                                   r_missing_in=r_missing_in, by_file=by_file, needed=needed)
            read = _read_file(Path(data), encoding, text_columns, stored_index_as_columns, r_missing_in, given=data)
        return [read] if by_file else read
    if not dask:  # evaluate's data, check's…: "got DataFrame" read as a contradiction
        forksafe.imported(".foreign_frames").refuse_dask(data, argument, "this call")
    raise InvalidTypeError(f"{argument} must be {table_kinds_and_files(dask)}, got {type_name(data)}")


def _names_only(columns: Iterable[Any]) -> list[Any]:
    """``columns`` with each that cannot name a column (a list, an Index or a Series given for
    one) as None, in its place: every reader hashes the names, and raised a bare "unhashable
    type: 'list'" where a DataFrame is told, by :func:`stance.columns.require_columns` once the
    file is read, what to pass instead (a list of one-hot columns: the line of pandas that joins
    them), which the file's reading then gets too.

    >>> import pandas as pd
    >>> _names_only(["text", ["A", "B"], pd.Index(["A"]), None, ("a", "b")])
    ['text', None, None, None, ('a', 'b')]
    """
    def name_or_none(column: Any) -> Any:
        try:
            hash(column)  # an Index says it is Hashable, and raises here
        except TypeError:
            return None
        return column

    return [name_or_none(column) for column in columns]


def _folder_or_glob(data: str | PathLike, argument: str,
                    warned: bool = True) -> tuple[list[Path], Path, str, str] | None:
    """The entries of a folder, or the files a glob matches, in name order, with the folder
    their names are taken from and how a message names the folder or glob and its entries
    (see :func:`_read_files`); None for a file. A glob that matches no file is refused, and
    its symbolic links to no file and its subfolders named as tables are left out with a warning
    when ``warned`` and a table is read beside them (where none is, the refusal names them)."""
    path = Path(data)
    if os.path.isdir(path):  # os.path's: pathlib's raised "File name too long" (see not_a_file)
        named = f"folder {str(path)!r}"
        # Its files, as the glob of them matches (a subfolder named "old.csv", or a link to one, is none; the
        # folder failed "is a directory, not a file" where the glob read the rest), and its links to no file.
        entries = sorted(p for p in path.iterdir() if os.path.isfile(p) or to_no_file(p) or _table_folder(p))
        if warned and _a_table_among(entries):
            warn_of_links_to_no_file(entries, path, named, argument)
            warn_of_table_folders(entries, path, named, argument)
        # Its links to no file and its folders named as tables left out by _read_files, as a glob's: the folder
        # was refused, its same files as a glob read; kept here for its refusal to name them where nothing else is.
        return entries, path, named, "holds"
    if not is_pattern(data):
        return None
    pattern = os.fspath(data)
    found = glob.glob(pattern)
    if warned and _a_table_among(found):
        warn_of_links_to_no_file(found, pattern_base(pattern), f"glob {pattern!r}", argument)
        warn_of_table_folders(found, pattern_base(pattern), f"glob {pattern!r}", argument)
    matched = sorted(Path(p) for p in found if os.path.isfile(p) or to_no_file(p) or _table_folder(p))
    if not matched:  # a pattern mistyped, or the files not there yet
        raise InvalidInputError(f"{argument}: no files match {pattern!r}; give a file, a folder or a glob "
                                f"such as 'data/*.csv' (quoted)")
    return matched, pattern_base(pattern), f"glob {pattern!r}", "matches"


def _a_table_among(entries: Iterable[str | PathLike]) -> bool:
    """Whether a file of a supported type is among ``entries``, to be read beside what is left
    out: where none is, the refusal names what was left out, and a warning said it first.

    >>> _a_table_among(["notes.txt"]), _a_table_among([__file__.replace("tables.py", "")])
    (False, False)
    """
    return any(Path(p).suffix.lower() in SUPPORTED_SUFFIXES and os.path.isfile(p) for p in entries)


def source_files(data: str | PathLike) -> dict[str, str] | None:
    """The files a folder or glob ``data`` is read as, each by its name from the folder (as
    its rows are named) with the SHA-256 of its bytes; None for a file, which its path names.
    For a model to record which files, and which versions of them, it was trained on: the
    folder's name, or the pattern, says neither.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.csv").write_text("text,labels\\n"), (Path(folder) / "notes.xlsx").touch()
    ...     source_files(folder)
    {'a.csv': '44592d540b260cd717b04454bb2b03ded4aa6a22821098e43c16798f7f36ba50'}
    """
    files = forksafe.imported(".files")

    listed = _folder_or_glob(files.expanded(data), "data", warned=False)  # warned of as the data was read
    if listed is None:
        return None
    # Named as the source is (readable_name): a name the locale could not decode stopped the save.
    return {files.readable_name(file.relative_to(listed[1]).as_posix()): _file_sha256(file)
            for file in listed[0] if file.suffix.lower() in SUPPORTED_SUFFIXES and os.path.isfile(file)}


def _file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read a megabyte at a time (a training file can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def warn_of_links_to_no_file(found: Iterable[str | PathLike], base: Path, named: str,
                             argument: str | None = None) -> None:
    """Warn of the tables among ``found``, the entries of a folder or the matches of a glob, that
    are symbolic links to no file (see :func:`to_no_file`), named from ``base``, the folder or the
    glob's folder: they are left out, where the same link named alone is refused (a glob left
    them out without a word). ``named`` names the folder or glob in the sentence; ``argument``,
    if given, is its one prefix (with the glob's too, a command's warning stacked three).

    >>> warn_of_links_to_no_file([__file__], Path("."), "glob '*.py'")  # a file: nothing to say
    """
    links = [p for p in found if Path(p).suffix.lower() in SUPPORTED_SUFFIXES and to_no_file(p)]
    if links:
        warn(f"{f'{argument}: ' if argument else ''}left out {links_to_no_file_named(links, base)} of {named}, "
             f"{NO_FILE_ADVICE}")


# What a message says of symbolic links to no file after naming them.
NO_FILE_ADVICE = "whose target is missing or in a loop; point each at its file, or remove it"


def links_to_no_file_named(links: Iterable[str | PathLike], base: Path) -> str:
    """How a message names ``links``, symbolic links to no file, each from ``base`` (a folder,
    or a glob's folder), the first five in name order.

    >>> links_to_no_file_named(["G/b.csv", "G/a.csv"], Path("G"))
    '2 symbolic link(s) to no file (a.csv, b.csv)'
    """
    names = [Path(p).relative_to(base).as_posix() if Path(p).is_relative_to(base) else os.fspath(p)
             for p in sorted(links)]
    return f"{len(names)} symbolic link(s) to no file ({', '.join(names[:5])}{' …' if len(names) > 5 else ''})"


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
                text_columns: Iterable[Any], r_missing_in: Iterable[Any],
                by_file: bool = False, needed: Sequence[Any] = ()) -> pd.DataFrame | list[pd.DataFrame]:
    """The supported files among ``entries`` (a folder's, or a glob's matches, in name
    order) read as one frame, each row labelled ``"<file>:<row>"`` with the file's path from
    ``base``; spreadsheets among them are left out with a warning, and no supported file at
    all is refused, naming the folder or glob as ``named`` says it ("folder 'x'" ``holds``,
    "glob 'x/*'" matches; see :func:`read_table`). A file without one of the ``needed`` columns
    that another file has is refused (see :func:`_refuse_columns_named_otherwise`)."""
    pd = forksafe.imported("pandas")

    # Its links to no file left out (warned of as listed), and named where nothing else is read: the warning
    # shows once per call site only. A link named as a spreadsheet or a text is named so too, not advised to be
    # saved as CSV or split, being no file.
    links = [p for p in entries if p.suffix.lower() in (*SUPPORTED_SUFFIXES, *SPREADSHEET_SUFFIXES, ".txt")
             and to_no_file(p)]
    # Its folders named as tables passed over (warned of as listed), and named where nothing else is read.
    folders = [p for p in entries if _table_folder(p)]
    passed_over = {*links, *folders}  # a set: a list's `in` made a folder of 10,000 entries quadratic (5.5 s)
    real = [p for p in entries if p not in passed_over]
    files = [p for p in real if p.suffix.lower() in SUPPORTED_SUFFIXES]
    # A spreadsheet beside the CSVs is data too: leaving it out without a word lost rows. Not the
    # lock file Excel keeps beside one it has open ("~$b.xlsx"), which holds none.
    sheets = [p.name for p in real if p.suffix.lower() in SPREADSHEET_SUFFIXES and not office_lock_file(p.name)]
    if not files:
        raise InvalidInputError(
            f"{argument}: {named} {holds} no {'/'.join(SUPPORTED_SUFFIXES)} files"
            + (f" but {links_to_no_file_named(links, base)}, {NO_FILE_ADVICE}" if links else "")
            + (f"; {table_folders_named(folders, base)}" if folders else "")
            # A folder named as a table given itself (Dask's to_csv output, "0.part" within): how to read its parts.
            + (f"; {_parts_read(base)}" if holds == "holds" and _table_folder(base) else "")
            + (f"; {', '.join(sheets[:5])}{save_as_hint('.xlsx')}" if sheets else "")
            + _plain_texts_hint([p for p in real if p.suffix.lower() == ".txt"])
        )
    if sheets:
        warn(f"{argument}: {named}: left out {len(sheets)} spreadsheet file(s) "
             f"({', '.join(sheets[:5])}{' …' if len(sheets) > 5 else ''}), which stance does not read"
             f"{save_as_hint('.xlsx')}")
    # A file of no rows among others (0 bytes, a .jsonl of blank lines only) holds nothing to lose:
    # left out and named, as the Dask path leaves it, where it stopped a whole folder's scoring.
    empty = [p for p in files if _holds_no_rows(p)] if len(files) > 1 else []
    if empty and len(empty) < len(files):
        shown = [p.relative_to(base).as_posix() for p in empty]
        warn(f"{argument}: {named}: left out {len(empty)} file{'s' if len(empty) > 1 else ''} of no rows (no bytes, "
             f"or blank lines only: an export that failed?): {quoted_list(shown)}")
        left_out = set(empty)  # a list's `in` made 10,000 files, 9,000 empty, quadratic (32 s)
        files = [p for p in files if p not in left_out]
    frames = []
    for p in files:
        try:
            frames.append(_read_file(p, encoding, text_columns, stored_index_as_columns=True,
                                     r_missing_in=r_missing_in))
        except InvalidInputError as error:
            converted_in_place(error, p)  # a copy beside it would be read with the rest
            if len(files) > 1:  # "pass --encoding cp1250" would garble the others, UTF-8 as most are
                one_encoding_for_several(error, f"every file of the {named}")
            raise
    names = [p.relative_to(base).as_posix() for p in files]
    _refuse_columns_named_otherwise(names, frames, text_columns, f"{argument}: {named}", needed)
    _warn_of_repeated_files(names, frames, next(iter(text_columns), None), f"{argument}: {named}")
    # Zero-padded to one width, so that the labels sort in reading order (Dask's
    # from_pandas sorts them: "a.csv:10" came before "a.csv:2").
    width = len(str(max(len(frame) for frame in frames) - 1))
    for file, frame in zip(files, frames):
        name = file.relative_to(base).as_posix()  # a folder's file by its name, a glob's from its fixed folder
        frame.index = pd.Index([f"{name}:{row:0{width}d}" for row in range(len(frame))], dtype=object)
    return frames if by_file else pd.concat(_integers_kept(frames))


# A file of blank lines (pandas' to_csv of an empty frame writes "\n") is small: one larger is read.
_BLANK_FILE_BYTES = 1 << 12


def _holds_no_rows(path: Path) -> bool:
    """Whether ``path``, a folder's or glob's table file, holds no rows: 0 bytes, or blank lines
    and a byte-order mark alone (``pd.DataFrame().to_csv(path)`` writes one line end; a .jsonl
    of a day without rows, any number of them). A Parquet file always holds its schema."""
    try:
        size = os.path.getsize(path)
        if size == 0:
            return True
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            return forksafe.imported(".jsonl").holds_no_lines(path)
        if suffix == ".parquet" or size > _BLANK_FILE_BYTES:
            return False
        return not path.read_bytes().removeprefix(b"\xef\xbb\xbf").strip()
    except OSError:  # told by its own reading
        return False


def _plain_texts_hint(texts: list[Path]) -> str:
    """What reads a folder's or glob's .txt files, speeches or articles rather than tables.

    >>> print(_plain_texts_hint([Path("notes/a.txt"), Path("notes/b.txt")]))  # doctest: +NORMALIZE_WHITESPACE
    ; its 2 .txt files are plain text, which stance document 'notes/*.txt' splits into statements and
    scores (in Python: stance.score_documents({name: pathlib.Path(name).read_text(encoding="utf-8") for name in
    sorted(glob.glob('notes/*.txt'))}))
    """
    if not texts:
        return ""
    folders = {path.parent for path in texts}
    # A folder "-dash" as "./-dash/*.txt": stance document took "-dash/*.txt" for an option.
    # Quoted so, the pattern is a Python string too: in '' off Windows, in "" on it (as_posix: no "\").
    pattern = shell_path((folders.pop() / "*.txt").as_posix() if len(folders) == 1 else "FOLDER/*.txt")
    return (f"; its {len(texts)} .txt file{'s are' if len(texts) > 1 else ' is'} plain text, which stance document "
            f"{pattern} splits into statements and scores (in Python: stance.score_documents({{name: pathlib.Path("
            f"name).read_text(encoding=\"utf-8\") for name in sorted(glob.glob({pattern}))}}))")


def _refuse_columns_named_otherwise(names: list[str], frames: list[pd.DataFrame], columns: Iterable[Any],
                                    where: str, needed: Sequence[Any] = ()) -> None:
    """Refuse a file of a folder or glob (``names``, read as ``frames``) that lacks one of the
    ``columns`` read (the texts, labels, stance) where another file has it, and has a column
    written otherwise instead ("Text" for "text", "Stance", "texts"; :func:`_same_header`):
    joined, its rows had no text or no stance, and were scored as empty statements or said to
    have "a target but no stance", where the same file alone is told the column it has.
    A file that lacks one of the ``needed`` columns (the texts; labelled data's labels) where
    another file has it is refused too, naming the columns it has, whatever they are called:
    joined, its rows were scored as missing statements ("flag" missing), exit 0, without a word.
    ``where`` names the folder or glob.

    >>> import pandas as pd
    >>> _refuse_columns_named_otherwise(["a.csv", "b.csv"], [pd.DataFrame(columns=["text"]),
    ...                                 pd.DataFrame(columns=["Text"])], ["text"], "folder 'x'")
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: folder 'x': 'b.csv' has no column 'text', which 'a.csv' has, but a \
column 'Text': did you mean 'Text'? Name the column alike in every file (rename it 'text' in 'b.csv')
    >>> _refuse_columns_named_otherwise(["a.csv", "b.csv"], [pd.DataFrame(columns=["text"]),
    ...                                 pd.DataFrame(columns=["id", "body"])], ["text"], "folder 'x'", ["text"])
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: folder 'x': 'b.csv' has no column 'text', which 'a.csv' has; its columns: \
['id', 'body']. Name the column alike in every file, or move 'b.csv' out
    """
    for column in dict.fromkeys(c for c in columns if isinstance(c, str)):
        having = [name for name, frame in zip(names, frames) if column in frame.columns]
        if not having:  # no file has it: the column's own message, as for one file
            continue
        for name, frame in zip(names, frames):
            if column in frame.columns:
                continue
            near = next((str(c) for c in frame.columns if _same_header(str(c), column)), None)
            if near is not None:
                raise InvalidInputError(
                    f"{where}: {name!r} has no column {column!r}, which {having[0]!r} has, but a column {near!r}: "
                    f"did you mean {near!r}? Name the column alike in every file (rename it {column!r} in {name!r})")
            if column in needed:
                listed_columns = forksafe.imported(".columns").listed_columns

                raise InvalidInputError(
                    f"{where}: {name!r} has no column {column!r}, which {having[0]!r} has; its columns: "
                    f"{quoted_list(listed_columns(frame))}. Name the column alike in every file, or move {name!r} out")


# The columns of `stance check -o`'s result that no data file has otherwise (its `score` is suggest's too).
_CHECK_COLUMNS = ("issue", "suggested_label", "suggested_stance", "label_score", "stance_score")


def _warn_of_repeated_files(names: list[str], frames: list[pd.DataFrame], text_column: Any, where: str) -> None:
    """Warn of a file of a folder or glob (``names``, read as ``frames``) every text of which
    (in ``text_column``, as :func:`stance.duplicate_texts.text_key` matches them; blank and
    missing cells hold none, and a file of them alone is never named) is in one other file,
    naming it: a copy of a file ("todo1_filled (copy).csv"), an earlier result, or a check's
    result saved in the folder it read, whose rows were trained on and evaluated twice without a
    word; a check's result (a file with one of :data:`_CHECK_COLUMNS`) is named too when its texts
    are in the other files together, naming them, as it holds rows of each file it checked. A warning,
    not a refusal: the copies may be meant (the same statements coded again). Of two files with
    the same texts, the one whose name marks a copy (:func:`marks_a_copy`) is named, else the
    later in name order. Texts spread over several files are no
    copy: sittings share "I thank the Speaker." with one and "The sitting is adjourned." with
    another. One warning at most (see :func:`warn_of_repeated_texts`). ``where`` names the
    folder or glob.

    >>> import pandas as pd, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_repeated_files(["a.csv", "b.csv"], [pd.DataFrame({"text": ["x", "y"]}),
    ...                             pd.DataFrame({"text": ["y "]})], "text", "folder 'f'")
    >>> str(caught[0].message)  # doctest: +ELLIPSIS
    "file read twice: folder 'f': every text of 'b.csv' (1 row) is in 'a.csv' too: its statements are trained on, ..."
    """
    if len(frames) < 2 or not isinstance(text_column, str):
        return
    keys = [text_keys(frame[text_column]) if text_column in frame.columns else text_keys(()) for frame in frames]
    warn_of_repeated_texts(names, keys, [len(frame) for frame in frames], [frame.columns for frame in frames], where)


def text_keys(texts: Iterable[Any]) -> np.ndarray:
    """The distinct 64-bit hashes of the :func:`stance.duplicate_texts.text_key` of ``texts``
    (a cell that is no str, or blank, left out), sorted, as :func:`warn_of_repeated_texts`
    takes a file's texts: an array of 8 bytes a text, where a set of the texts or their hashes
    took about ten times that.

    >>> text_keys(["x", "x ", None, " ", ""]).tolist() == text_keys(["x"]).tolist(), len(text_keys(["\t"]))
    (True, 0)
    """
    from .duplicate_texts import text_key

    np, pd = forksafe.imported("numpy"), forksafe.imported("pandas")
    # A blank cell holds no statement: two files of blank texts alone were named copies of each other.
    keys = [key for key in (text_key(text) for text in texts if isinstance(text, str)) if key]
    if not keys:
        return np.empty(0, dtype=np.uint64)
    # pandas' hash is SipHash with a fixed key: the same text has the same hash in every process.
    return np.unique(pd.util.hash_array(np.array(keys, dtype=object), categorize=False))


def warn_of_repeated_texts(names: Sequence[str], keys: Sequence[np.ndarray], rows: Sequence[int],
                           columns: Sequence[Iterable[Any]], where: str) -> None:
    """Warn as :func:`_warn_of_repeated_files` does, of files ``names`` told by the keys of
    their texts (``keys``: each file's distinct keys, an array of integers, as :func:`text_keys`
    gives them), their ``rows`` and their ``columns``: ``stance score``'s glob, streamed through
    Dask, gathers the keys partition by partition and has no frames. One warning at most,
    naming the first :data:`_REPEATS_SHOWN` files and how many more.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_repeated_texts(["a.csv", "b.csv"], [text_keys(["x", "y"]), text_keys(["y"])], [2, 1],
    ...                            [["text"], ["text"]], "glob 'f/*'")
    >>> str(caught[0].message)  # doctest: +ELLIPSIS
    "file read twice: glob 'f/*': every text of 'b.csv' (1 row) is in 'a.csv' too: its statements are trained on, ..."
    """
    np = forksafe.imported("numpy")

    # The files that a name marks a copy of come last, so that of two files with the same texts
    # the copy is named, with the original: by name order alone, "todo (copy).csv" sorts before
    # "todo.csv" (a space before "."), and the original was named.
    order = sorted(range(len(names)), key=lambda k: (marks_a_copy(names[k]), k))
    names, keys, rows, columns = ([seq[k] for k in order] for seq in (names, keys, rows, columns))
    sizes = np.array([len(file_keys) for file_keys in keys], dtype=np.int64)
    if len(keys) < 2 or not sizes.any():
        return
    # Arrays, not a map from each text to a set of its files: 2 million texts in 20 files took
    # 516 MB and 8.5 s that way. Each key is told by a number (key_ids); `held` counts the files
    # not yet named that hold it.
    files = np.repeat(np.arange(len(keys)), sizes)
    _, key_ids, held = np.unique(np.concatenate(keys), return_inverse=True, return_counts=True)
    key_ids = key_ids.ravel()
    holding = files[np.argsort(key_ids, kind="stable")]  # each key's files, key after key
    counts = held.copy()
    firsts = np.cumsum(counts) - counts
    # Each (file, key) pair as one number, sorted: whether file j holds key k is one binary
    # search, so a file is matched against another without a set of either.
    pairs = np.sort(files * len(held) + key_ids)
    ends = np.cumsum(sizes)
    named = np.zeros(len(keys), dtype=bool)
    holders: dict[int, list[int]] = {}  # a copy -> the file (or a check's result: files) holding its every text
    for i in reversed(range(len(keys))):  # the later of two copies is the copy (a marked one, then by name)
        ids = key_ids[ends[i] - sizes[i]:ends[i]]
        if not len(ids) or held[ids].min() < 2:
            continue
        holder = _one_file_holding(ids, i, holding, firsts, counts, pairs, named)
        found = [holder] if holder is not None else []
        if not found and any(c in set(columns[i]) for c in _CHECK_COLUMNS):
            # A check's result is no sitting: moved into a folder of several files, it holds rows of
            # each, and was read twice unwarned; its texts in the other files together name it.
            spans = counts[ids]
            at = np.repeat(firsts[ids] - (np.cumsum(spans) - spans), spans) + np.arange(spans.sum())
            found = [int(j) for j in np.unique(holding[at]) if j != i and not named[j]]
        if found:
            held[ids] -= 1  # named, it holds no text for an earlier file
            named[i], holders[i] = True, found
    if holders:
        warn(_repeated_files_said([(names[i], rows[i], [names[j] for j in js], columns[i])
                                   for i, js in sorted(holders.items(), key=lambda held: order[held[0]])], where),
             RepeatedFileWarning)


# How a file manager, a browser or a person names a copy of "todo.csv": "todo (copy).csv",
# "todo (another copy).csv", "todo (1).csv", "Copy of todo.csv", "todo - Copy (2).csv",
# "todo copy 2.csv", "todo_copy.csv".
_COPY_MARK = re.compile(r"^copy (?:\(\d+\) )?of |\((?:[\w ]+ )?copy(?: \d+)?\)$| \(\d+\)$|[ _-]copy(?: ?\(?\d+\)?)?$",
                        re.IGNORECASE)


def marks_a_copy(name: str) -> bool:
    """Whether the file name ``name`` (its folders and suffix aside) marks a copy, as file
    managers, browsers and people name one: of two files with the same texts, such a one is
    named by :func:`warn_of_repeated_texts`, not the original beside it.

    >>> [marks_a_copy(name) for name in ("todo1_filled (copy).csv", "a (1).csv", "Copy of a.csv", "a - Copy.csv",
    ...                                  "a - Copy (2).csv", "a_copy.csv", "a copy 2.csv", "a (another copy).csv")]
    [True, True, True, True, True, True, True, True]
    >>> [marks_a_copy(name) for name in ("todo1_filled.csv", "copyright.csv", "2024 copyedits.csv", "s1.csv")]
    [False, False, False, False]
    """
    stem = os.path.basename(name.replace("\\", "/"))
    stem = os.path.splitext(stem)[0].strip()
    return _COPY_MARK.search(stem) is not None


# How many copies the warning of repeated files names: a folder of 731 sittings was told of 723
# "copies", one line 14,792 characters long, 5.5 MB of stderr in all.
_REPEATS_SHOWN = 5


def _one_file_holding(ids: np.ndarray, file: int, holding: np.ndarray, firsts: np.ndarray, counts: np.ndarray,
                      pairs: np.ndarray, named: np.ndarray) -> int | None:
    """The first file (by number) but ``file`` and those ``named`` (a mask) that holds every key
    of ``ids`` (a file's key numbers), or None. ``holding`` lists each key's files, key after
    key, from ``firsts``, ``counts`` of them; ``pairs`` each file's keys as ``file * keys + key``,
    sorted. One file, not the folder's other files together: 731 sittings, each sharing "I thank
    the Speaker." with one sitting and "The sitting is adjourned." with another, were all named
    copies. The candidates are the files holding the key fewest files hold, matched on the 8
    rarest keys before all of them, 64 at a time and twice as many each time after, so that files
    sharing a few texts drop out at once and a copy's first original ends the search. The cost is
    the file's texts and the files holding its rarest text: a sitting's own sentences, held by
    none, cost nothing; 731 sittings drawing 190 texts each from 357 took 0.3 s.

    >>> import numpy as np
    >>> ids, files = np.array([0, 1, 1, 2]), np.array([0, 0, 1, 1])  # file 0: keys 0, 1; file 1: keys 1, 2
    >>> counts = np.bincount(ids)
    >>> found = (files[np.argsort(ids, kind="stable")], np.cumsum(counts) - counts, counts, files * 3 + ids)
    >>> unnamed = np.zeros(3, dtype=bool)
    >>> _one_file_holding(np.array([1]), 2, *found, unnamed)  # a third file holding key 1 alone
    0
    >>> print(_one_file_holding(np.array([0, 2]), 2, *found, unnamed))  # keys 0 and 2: in two files, in no one
    None
    """
    np = forksafe.imported("numpy")

    rarest = ids[np.argmin(counts[ids])]
    candidates = holding[firsts[rarest]:firsts[rarest] + counts[rarest]]
    candidates = candidates[(candidates != file) & ~named[candidates]]
    probes = (ids[np.argsort(counts[ids], kind="stable")[:8]], ids)
    start, size = 0, 64
    while start < len(candidates):  # chunks that double: a copy's original ends it soon, few calls else
        chunk = candidates[start:start + size]
        for probe in probes:
            wanted = chunk[:, None] * len(counts) + probe[None, :]
            at = np.minimum(np.searchsorted(pairs, wanted), len(pairs) - 1)
            chunk = chunk[(pairs[at] == wanted).all(axis=1)]
        if len(chunk):
            return int(chunk[0])
        start, size = start + size, size * 2
    return None


def _repeated_files_said(repeats: list[tuple[str, int, list[str], Iterable[Any]]], where: str) -> str:
    """The warning of the ``repeats`` (each a file's name, its rows, the file holding its every
    text, or the files for a check's result, and its columns) of a folder or glob ``where``: one
    line, naming the first :data:`_REPEATS_SHOWN` and how many more.

    >>> _repeated_files_said([("b.csv", 2, ["a.csv"], ["text"])], "folder 'f'")  # doctest: +ELLIPSIS
    "folder 'f': every text of 'b.csv' (2 rows) is in 'a.csv' too: its statements are trained on, evaluated or ..."
    >>> copies = [(f"{k}.csv", 1, ["a.csv"], ["text"]) for k in range(7)]
    >>> _repeated_files_said(copies, "folder 'f'")  # doctest: +ELLIPSIS
    "folder 'f': 7 files have every text in another file too: '0.csv' (1 row) in 'a.csv', ... and 2 more: their ..."
    """
    why = ""
    for name, _, _, columns in repeats:  # the first that is a check's result, said to be one
        checked = [c for c in _CHECK_COLUMNS if c in set(columns)]
        if checked:
            why = (f" ({name!r} has the columns of stance check's result: {' and '.join(map(repr, checked))}; "
                   f"write a check's -o outside the folder it reads)")
            break
    name, rows, holder, _ = repeats[0]
    # The class's start says "file read twice": its body says what that does.
    twice = "trained on, evaluated or scored twice"
    if len(repeats) == 1:
        return (f"{where}: every text of {name!r} ({rows} row{'' if rows == 1 else 's'}) is in "
                f"{' and '.join(map(repr, holder))} too: its statements are {twice}; move it out if it is a copy or "
                f"an earlier result{why}")
    shown = ", ".join(f"{name!r} ({rows} row{'' if rows == 1 else 's'}) in {' and '.join(map(repr, holder))}"
                      for name, rows, holder, _ in repeats[:_REPEATS_SHOWN])
    more = f" and {len(repeats) - _REPEATS_SHOWN} more" if len(repeats) > _REPEATS_SHOWN else ""
    return (f"{where}: {len(repeats)} files have every text in another file too: {shown}{more}: their statements "
            f"are {twice}; move them out if they are copies or earlier results{why}")


def _same_header(one: str, other: str) -> bool:
    """Whether two files' headers ``one`` and ``other`` name one column, written otherwise: in
    case, width and spaces, with ``_`` or ``-`` between its words or none, singular or plural
    ("Text", " text ", "TEXT", "texts", "Stance-Labels" for "stance_label"). Not a near spelling
    (names._closest's "speaker_id" for "speaker", "instance" for "stance", "county" for
    "country"): a longer or other word is another column, which a file may have beside the
    others' without lacking theirs.

    >>> [_same_header(name, "text") for name in ("Text", " text ", "TEXT", "texts", "context")]
    [True, True, True, True, False]
    >>> _same_header("speaker_id", "speaker"), _same_header("instance", "stance")
    (False, False)
    >>> _same_header("county", "country"), _same_header("Parties", "party")
    (False, True)
    >>> _same_header("Stance-Labels", "stance_label"), _same_header("Stances", "stance")
    (True, True)
    """
    from .names import name_key

    one, other = (re.sub(r"[\s_-]+", "", name_key(name)) for name in (one, other))
    return any(a == b or a == b + "s" or a == b + "es" or (b.endswith("y") and a == b[:-1] + "ies")
               for a, b in ((one, other), (other, one)))


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


def _read_file(path: Path, encoding: str, text_columns: Iterable[Any] = (),
               stored_index_as_columns: bool = False, r_missing_in: Iterable[Any] = (),
               given: str | PathLike | None = None) -> pd.DataFrame:
    """The table file ``path``, or why it cannot be read, naming it as ``given`` by the user
    where it is not there (see :func:`not_a_file`: "mydta/" is told as typed, slash and all)."""
    named = path if given is None else given
    suffix = path.suffix.lower()
    if str(path) == "-" and not path.exists():
        raise InvalidInputError(not_a_file(named))
    # Before its type: no file has that name, whatever its suffix says; nor has any other name
    # that is not there, but one of a type stance knows and does not read (KNOWN_UNREAD_SUFFIXES):
    # "held_out", its suffix left off, was told its type '(none)' is unknown, not that it is not
    # there and that held_out.csv is (see not_a_file).
    if _too_long(path) or (not os.path.exists(path) and suffix not in KNOWN_UNREAD_SUFFIXES):
        raise InvalidInputError(not_a_file(named))
    # But a statistics program's file is told it is not there first, its reader after: told only
    # its reader, pandas.read_stata was run on a mistyped name to no end.
    if not os.path.exists(path) and (missing := missing_research_file(path, named)):
        raise InvalidInputError(missing)
    if suffix not in SUPPORTED_SUFFIXES:
        raise InvalidInputError(unknown_type(path))
    if not os.path.isfile(path):
        raise InvalidInputError(not_a_file(named))
    if path.stat().st_size == 0:
        expected = EXPECTED_CONTENT.get(suffix, "a header row and data rows")
        raise InvalidInputError(f"{str(path)!r} is empty: expected {expected}")
    refuse_compressed(path)
    if suffix == ".parquet":
        require_parquet()
    else:
        encoding = file_encoding(path, encoding, warned=True)
    with read_errors_named(path, encoding):
        if suffix == ".parquet":
            return read_parquet(path, text_columns, stored_index_as_columns)
        if suffix == ".jsonl":
            read_jsonl = forksafe.imported(".jsonl").read_jsonl

            return read_jsonl(path, encoding=encoding)
        frame = read_delimited(path, encoding=encoding, r_missing_in=r_missing_in)
    # Named in a message as the file has it, not by pandas' "Unnamed: 0" (see EMPTY_HEADER).
    if empty := empty_header_names(path, frame.columns, encoding):
        frame.attrs[forksafe.imported(".columns").EMPTY_HEADER] = list(empty)
    return frame


@contextmanager
def read_errors_named(path: Path, encoding: str = "utf-8"):
    """Turn what pandas raises while reading ``path`` (whole or in chunks) into one line
    naming the file and what to do; a file not ours to open, as every reader says it (see
    :func:`stance.file_types.unreadable`)."""
    from .exceptions import StanceError

    try:
        yield
    except StanceError:
        raise
    except UnicodeError:  # "UTF-16 stream does not start with BOM" too, which is no UnicodeDecodeError
        raise _undecodable_file(path, encoding) from None
    except PermissionError:
        raise InvalidInputError(unreadable(path)) from None
    except (ValueError, OSError, ImportError) as error:  # pandas' ParserError is a ValueError
        system_failure = forksafe.imported(".files").system_failure

        if system_failure(error):  # the disk's failure, not the file's: the command line exits 1
            raise
        if isinstance(error, forksafe.imported("pandas").errors.EmptyDataError):  # "No columns to parse from file"
            raise InvalidInputError(headerless(path, encoding) or f"cannot read {str(path)!r}: {error}") from None
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type_name(error)
        said = read_error_in_lines(path, encoding, first_line)
        raise InvalidInputError(f"cannot read {str(path)!r}: {said}") from None


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

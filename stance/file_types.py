"""Which files are read as tables, and what is said of the others.

A table is a .csv, .tsv, .jsonl or .parquet file (:data:`SUPPORTED_SUFFIXES`). Any other
path is refused in words that say what to do: a folder, a pipe or a name too long for the
file system (:func:`not_a_file`), a spreadsheet (:func:`save_as_hint`), a JSON file, a
compressed table by its suffix (:func:`unknown_type`) or by its first bytes
(:func:`refuse_compressed`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from . import _forksafe as forksafe
from .exceptions import QUOTED_PATH_WIDTH, InvalidInputError, quoted, shell_path
from .nearest import NEAREST_SHOWN, fewest_edits, or_listed

SUPPORTED_SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet")


def not_a_file(path: str | os.PathLike, offered: Callable[[os.DirEntry], bool] | None = None) -> str:
    """Why ``path`` cannot be read as a table file, in words that say what to do, naming it as
    given: a Path drops a trailing slash, and "mydta/" mistyped was told 'mydta' was not found.
    A missing one is told what it likely meant among the files beside it that ``offered`` says
    the reader reads (by default, tables and folders; see :func:`nearest_hint`).

    Asked with os.path, which says False where pathlib (before Python 3.14) raised an
    ``OSError`` "File name too long" that quoted all of a 10,000-character path.

    >>> print(not_a_file(Path("x" * 300 + ".csv")))  # doctest: +ELLIPSIS
    file not found: 'xxx...xx…' (a name longer than the file system allows)
    >>> print(not_a_file("no such folder/"))
    file not found: 'no such folder/'
    """
    shown = quoted(os.fspath(path), QUOTED_PATH_WIDTH)
    path = Path(path)
    if str(path) == "-" and not os.path.exists(path):  # the shell's name for stdin, which was "file not found"
        return ("'-' (standard input): tables are read from files, whose name gives their format; "
                "save the stream to a file first, e.g. in.csv")
    if names_closed_standard_input(path):  # else "file not found", as if mistyped, or /dev/null's device
        return f"{shown} is standard input, which is closed (<&-); name a file"
    if not os.path.exists(path):
        loop = link_loop(path)
        if loop:  # there, not mistyped: "file not found" sent the user looking for a typo
            return f"{shown}: {loop}; point the link at the file"
        dangling = dangling_link(path)
        if dangling:  # there, not mistyped, as a loop
            return f"{shown} {dangling}"
        if _too_long(path):
            return f"file not found: {shown} (a name longer than the file system allows)"
        return f"file not found: {shown}" + nearest_hint(path, offered or a_table_or_folder)
    if os.path.isdir(path):
        return f"{shown} is a directory, not a file"
    return (f"{shown} is not a regular file (a pipe or a device?); tables are read from files, "
            f"whose name gives their format: save the stream to a file first")


# The names of standard input, each "not there" when the shell closed it (``<&-``).
_STANDARD_INPUT_NAMES = ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")


def names_closed_standard_input(path: str | os.PathLike) -> bool:
    """Whether ``path`` names standard input, and the shell closed it (``<&-``): closed still,
    or closed when the command started, which put :data:`os.devnull` there (see
    :mod:`stance.standard_streams`).

    >>> names_closed_standard_input("/dev/stdin"), names_closed_standard_input("in.csv")
    (False, False)
    """
    if str(Path(path)) not in _STANDARD_INPUT_NAMES:
        return False
    if 0 in forksafe.imported(".standard_streams").closed_at_start:  # a fork waits for its import
        return True
    try:
        os.fstat(0)
    except OSError:
        return True
    return False


def link_loop(path: str | os.PathLike) -> str | None:
    """What is wrong with ``path`` if it, or a folder above it, is a symbolic link in a loop
    (``la.csv -> lb.csv -> la.csv``), else None: os.path.exists says False, as of a missing
    file, and the path was told "file not found" or "does not exist".

    >>> link_loop(__file__) is None
    True
    """
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return f"its path runs through a symbolic link in a loop ({error.strerror})"
    except ValueError:  # a NUL in the name: its own check names it
        pass
    return None


def link_target(path: str | os.PathLike) -> str:
    """The target of the symbolic link ``path``, quoted as a refusal names it: as the link holds
    it, and where that is when it differs (a relative target is read from the link's folder, not
    the current one: ``ln -s t/missing t/dangling`` points to t/t/missing).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     os.symlink("gone.csv", os.path.join(folder, "x.csv"))
    ...     print(link_target(os.path.join(folder, "x.csv")).replace(os.path.realpath(folder), "F"))
    'gone.csv', that is 'F/gone.csv'
    """
    held, resolved = os.readlink(path), os.path.realpath(path)
    shown = quoted(held, QUOTED_PATH_WIDTH)
    return shown if held == resolved else f"{shown}, that is {quoted(resolved, QUOTED_PATH_WIDTH)}"


def link_whose_target(path: str | os.PathLike) -> str:
    """The symbolic link ``path`` named for a refusal of its target, up to the target: "a symbolic
    link whose target (…)" (see :func:`link_target`), and through a chain of links, the next link
    and the last target, where it ends: of ``a.csv -> b.csv -> missing.csv``, "whose target
    ('b.csv', …)" named b.csv, which is there, as the path missing.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     os.symlink("gone.csv", os.path.join(folder, "b.csv"))
    ...     os.symlink("b.csv", os.path.join(folder, "a.csv"))
    ...     print(link_whose_target(os.path.join(folder, "a.csv")).replace(os.path.realpath(folder), "F"))
    a symbolic link to 'b.csv', a link whose target ('F/gone.csv')
    """
    links, step = 1, os.path.join(os.path.dirname(path), os.readlink(path))
    while os.path.islink(step) and links < 64:  # bounded: a loop is link_loop's, asked first
        links, step = links + 1, os.path.join(os.path.dirname(step), os.readlink(step))
    if links == 1:
        return f"a symbolic link whose target ({link_target(path)})"
    last = quoted(os.path.realpath(path), QUOTED_PATH_WIDTH)
    more = f" (then {links - 2} more) whose last" if links > 2 else " whose"
    return f"a symbolic link to {quoted(os.readlink(path), QUOTED_PATH_WIDTH)}, a link{more} target ({last})"


def dangling_link(path: str | os.PathLike, at: str = "the file") -> str | None:
    """What is wrong with ``path`` if it, or a folder along it, is a symbolic link whose target
    is missing, else None (a loop is :func:`link_loop`'s), with what to do (point the link at
    ``at``): os.path.exists says False, and the path was told "file not found", where it is
    there, or the missing target was named "does not exist", a path never typed.

    >>> dangling_link(__file__) is None
    True
    """
    try:
        if os.path.exists(path) or link_loop(path):
            return None
        if os.path.islink(path):
            return f"is {link_whose_target(path)} is missing; point the link at {at}"
        folder = dangling_folder(path)
        if folder:  # "d/x.csv" through d -> missingdir: "file not found" sent the user looking for a typo
            return (f"runs through {quoted(folder, QUOTED_PATH_WIDTH)}, {link_whose_target(folder)} is missing; "
                    f"point that link at the folder")
        return None
    except (OSError, ValueError):  # gone or replaced meanwhile, or a NUL: said as before
        return None


def dangling_folder(path: str | os.PathLike) -> str | None:
    """The first folder along ``path``, as given, that is a symbolic link whose target is
    missing (``d`` of "d/x.csv", ``ln -s missingdir d``), else None.

    >>> dangling_folder(__file__) is None
    True
    """
    for folder in reversed(Path(path).parents[:-1]):  # not "." or "/"
        if os.path.islink(folder) and not os.path.exists(folder) and not link_loop(folder):
            return str(folder)
    return None


def unreadable(path: str | os.PathLike) -> str:
    """Why the file ``path``, which is there, could not be opened: what every reader says of a
    PermissionError, where Python's "[Errno 13] Permission denied: 'x.csv'" named the file
    twice and said nothing of Windows' usual cause, a file Excel holds open.

    >>> print(unreadable("locked.csv"))
    cannot read 'locked.csv': permission denied (is it open in another program, such as Excel, or not yours to read?)
    """
    return (f"cannot read {quoted(os.fspath(path), QUOTED_PATH_WIDTH)}: permission denied (is it open in another "
            f"program, such as Excel, or not yours to read?)")


def unwritable(path: str | os.PathLike, number: int | None = errno.EACCES) -> PermissionError:
    """What every writer raises when the output ``path`` cannot be put in place for want of
    permission: on Windows, mostly a file Excel holds open (replacing it is "Access is
    denied"); elsewhere, a file not the user's (EPERM in a folder with the sticky bit), so said
    as :func:`unreadable` says it of a read, both causes named. One argument, so that it reads
    without Python's "[Errno 13]"; its errno (``number``) is still set.

    >>> error = unwritable("out.csv")
    >>> print(error)  # doctest: +NORMALIZE_WHITESPACE
    cannot write 'out.csv': permission denied (is it open in another program, such as Excel, or not yours
    to replace? close it, or write elsewhere)
    >>> error.errno == errno.EACCES, unwritable("out.csv", errno.EPERM).errno == errno.EPERM
    (True, True)
    """
    error = PermissionError(f"cannot write {quoted(os.fspath(path), QUOTED_PATH_WIDTH)}: permission denied (is it "
                            f"open in another program, such as Excel, or not yours to replace? close it, or write "
                            f"elsewhere)")
    error.errno = number
    return error


# How many names of a folder are read to find the one a missing path meant: a folder of
# 100,000 files is not listed for a typo.
NEAREST_SCANNED = 5000


def a_table_or_folder(entry: os.DirEntry) -> bool:
    """Whether the entry of a folder is what the table readers read: a table file by its suffix
    (see :data:`SUPPORTED_SUFFIXES`), or a folder of them."""
    # os.path's, which says False of a link in a loop, where DirEntry.is_dir() raised ELOOP.
    return Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES or os.path.isdir(entry.path)


# The files ``stance document`` reads, as a missing FILE is told what it likely meant: plain text
# and caption files by their suffix. A table, JSON, a spreadsheet or a folder, which it refuses,
# was offered for "speeh.txt" beside speech.txt, which was not.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".rst", ".srt", ".vtt", ".html", ".htm", ".xml")


def a_document(entry: os.DirEntry) -> bool:
    """Whether the entry of a folder is a file ``stance document`` reads (see :data:`DOCUMENT_SUFFIXES`), or a
    link to no file so named, which :func:`nearest_hint` names as such where it alone is near."""
    # os.path's: see a_table_or_folder. A folder so named is none.
    return Path(entry.name).suffix.lower() in DOCUMENT_SUFFIXES and (os.path.isfile(entry.path)
                                                                     or to_no_file(entry.path))


def to_no_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a symbolic link to no file: its target missing, or in a loop (a link to
    a device, /dev/null, is to a file that is there).

    >>> to_no_file(__file__)
    False
    """
    return os.path.islink(path) and not os.path.exists(path)


def nearest_hint(path: Path, offered: Callable[[os.DirEntry], bool] = a_table_or_folder) -> str:
    """`` (did you mean 'x'?)`` for the missing ``path``, naming the entries beside it that
    ``offered`` says the reader reads (by default tables and folders; :func:`a_document` for
    ``stance document``) that it most likely meant: its name in another case ("GOOD.CSV" for
    "good.csv"), beside its name with a suffix ("held_out" for "held_out.csv", the suffix left
    off) or else the names closest to it ("mydta" for "mydata", a typo), files before folders,
    never a link to nothing: where only such links are near, it says that they are; empty when
    none is near or its folder is not there either.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("held_out.csv", "held_out.tsv", "notes.txt", "GOOD.CSV"):
    ...         _ = (Path(folder) / name).write_text("text\\n")
    ...     (Path(folder) / "mydata").mkdir()
    ...     hints = [nearest_hint(Path(folder) / name).replace(folder + os.sep, "") for name in ("held_out", "mydta",
    ...                                                                                       "x", "note.txt",
    ...                                                                                       "good.csv")]
    ...     hints += [nearest_hint(Path(folder) / name, a_document).replace(folder + os.sep, "")
    ...               for name in ("note.txt", "notes", "held_ot.csv")]
    >>> hints  # doctest: +NORMALIZE_WHITESPACE
    [" (did you mean 'held_out.csv' or 'held_out.tsv'?)", " (did you mean 'mydata'?)", '', '',
     " (did you mean 'GOOD.CSV'?)", " (did you mean 'notes.txt'?)", " (did you mean 'notes.txt'?)", '']
    """
    import itertools

    difflib = forksafe.imported("difflib")  # which import stance leaves out (see _forksafe)

    folder = path.parent
    found: dict[str, bool] = {}  # each file's or folder's name: whether a folder
    links_to_no_file: dict[str, bool] = {}  # as unreadable as the path: named only if alone near
    try:
        with os.scandir(folder) as entries:
            # Not the missing name itself, which a link to nothing is listed under (and
            # /dev/stdin when fd 0 was closed, and the listing opened this folder as fd 0).
            for entry in itertools.islice(entries, NEAREST_SCANNED):
                # Each entry asked on its own, by os.path's tests: one link in a loop (ELOOP) took the hints of
                # every other with it.
                with contextlib.suppress(OSError):
                    if entry.name == path.name or not offered(entry):
                        continue
                    if to_no_file(entry.path):
                        links_to_no_file[entry.name] = False
                    elif os.path.exists(entry.path):  # a file, a folder, or a link to a device (/dev/null)
                        found[entry.name] = os.path.isdir(entry.path)
    except (OSError, ValueError):  # no such folder, not one, or not readable: nothing to offer
        return ""
    near = _nearest(path.name, found, difflib)
    if near:
        # Every one that ties, but a hint of one line: "data0.csv" beside data1…data9.csv names five.
        # Only those shown are quoted from the folder; the rest are counted (see or_listed).
        return f" (did you mean {or_listed(_shown_near(folder, near[:NEAREST_SHOWN]) + near[NEAREST_SHOWN:])}?)"
    dead = _nearest(path.name, links_to_no_file, difflib)
    if not dead:
        return ""
    shown = _shown_near(folder, dead)
    return (f" ({', '.join(shown)} beside it {'is a symbolic link' if len(shown) == 1 else 'are symbolic links'} to "
            f"no file, its target missing or in a loop)")


def _nearest(name: str, found: dict[str, bool], difflib: Any) -> list[str]:
    """The names of ``found`` (each with whether it is a folder) that the missing ``name`` most
    likely meant, files first (see :func:`nearest_hint`).

    >>> import difflib
    >>> _nearest("held_out", {"held_out.csv": False, "Held_out": True, "x.csv": False}, difflib)
    ['held_out.csv', 'Held_out']
    """
    names = list(found)
    # Its name in another case ("GOOD.CSV" for "good.csv"), which difflib, comparing case, finds
    # nowhere near; a case-sensitive file system tells them apart where Windows' did not. Offered
    # beside the names the other rules find, not instead: "Votes/" is no likelier than votes.csv.
    in_another_case = sorted(other for other in names if other.lower() == name.lower())
    # Its name with a suffix ("held_out" for held_out.csv), or its stem with another ("notes.txt"
    # for notes.csv, a suffix mistyped).
    stems = {name.lower(), Path(name).stem.lower()} if Path(name).suffix else {name.lower()}
    others = sorted(other for other, is_folder in found.items() if not is_folder and Path(other).suffix
                    and Path(other).stem.lower() in stems)
    others = others or _misspelt(name, names, difflib)
    # Files before folders, as a reader is after a file ("votes.csv" or "Votes").
    return sorted(dict.fromkeys(in_another_case + others), key=lambda other: found[other])


def _misspelt(name: str, names: list[str], difflib: Any) -> list[str]:
    """The ``names`` ``name`` most likely misspells: of those near it by difflib's ratio (0.75 or
    more), with a suffix both share left out of the comparison (whole, "nope.csv" was offered
    "o.csv", and "a.csv" "b.csv", alike by their ".csv" alone), every one that ties for fewest
    edits, as :func:`stance.nearest.fewest_edits` ranks them. It named the 3 of highest ratio,
    ties broken by name: "data0.csv" beside data1…4.csv, each one edit away, was offered
    data4, data3 and data2, not data1.

    >>> import difflib
    >>> _misspelt("nope.csv", ["o.csv", "b.csv"], difflib), _misspelt("a.csv", ["b.csv"], difflib)
    ([], [])
    >>> _misspelt("mydta.csv", ["mydata.csv", "data.csv"], difflib), _misspelt("data1.csv", ["data2.csv"], difflib)
    (['mydata.csv'], ['data2.csv'])
    >>> _misspelt("data0.csv", ["data1.csv", "data3.csv", "data2.csv", "data4.csv"], difflib)
    ['data1.csv', 'data2.csv', 'data3.csv', 'data4.csv']
    """
    suffix = Path(name).suffix.lower()
    # One matcher for the name whole and one for its stem, each set up once, as get_close_matches
    # does: a matcher made for each name of a folder of 5,000 took half as long again.
    whole, stem = difflib.SequenceMatcher(), difflib.SequenceMatcher()
    whole.set_seq2(name)
    stem.set_seq2(name[:-len(suffix)] if suffix else name)
    scored = []
    for other in names:
        # Its suffix is ours (Path(other).suffix, without making a Path of each name).
        shared = suffix and len(other) > len(suffix) and other[-len(suffix):].lower() == suffix
        matcher = stem if shared else whole
        matcher.set_seq1(other[:-len(suffix)] if shared else other)
        # difflib's own order of tests: the cheap bounds first.
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75:
            ratio = matcher.ratio()
            if ratio >= 0.75:
                scored.append((-ratio, other))
    # Ranked by edits of the whole names (a suffix both share adds none), sorted by name: in the
    # folder's order they were the file system's (d0.csv beside d1…d9.csv, another three on another disk).
    # Given nearest by ratio first, so that fewest_edits' limit is soon a low one.
    return fewest_edits(name, [other for _, other in sorted(scored)])


def _shown_near(folder: Path, names: list[str]) -> list[str]:
    """``names`` in ``folder`` as a hint shows them, quoted, from the folder as given."""
    return [quoted(str(folder / name) if str(folder) != "." else name, QUOTED_PATH_WIDTH) for name in names]


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


def office_lock_file(name: str) -> bool:
    """Whether the file ``name`` is the owner file Excel, Word or LibreOffice keeps beside a
    document while it is open ("~$batch.xlsx"): a few bytes naming who has it open, no data.

    >>> office_lock_file("~$batch.xlsx"), office_lock_file("batch.xlsx")
    (True, False)
    """
    return name.startswith("~$")


def save_as_hint(suffix: str) -> str:
    """What to do with a spreadsheet file, which stance does not read.

    >>> save_as_hint(".xlsx").startswith(" (a spreadsheet: save it as 'CSV UTF-8'")
    True
    >>> print(save_as_hint(".numbers"))
     (a Numbers spreadsheet: export it as CSV from Numbers (File > Export To > CSV), and read that)
    >>> save_as_hint(".txt")
    ''
    """
    suffix = suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        return ""
    if suffix not in EXCEL_READERS:  # .numbers: pandas.read_excel raised KeyError: 'zip'
        return " (a Numbers spreadsheet: export it as CSV from Numbers (File > Export To > CSV), and read that)"
    return (f" (a spreadsheet: save it as 'CSV UTF-8' from Excel, LibreOffice or Numbers, or read it with "
            f"pandas.read_excel (which needs {EXCEL_READERS[suffix]}) and pass the DataFrame)")


# The spreadsheets pandas.read_excel reads, with the package it needs for each; not .numbers.
EXCEL_READERS = {".xlsx": "openpyxl", ".xlsm": "openpyxl", ".xls": "xlrd", ".ods": "odfpy"}


# Suffixes of compressed files, which are not read: a table's own suffix comes before them.
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zst", ".zip", ".7z")

# Data files that are not delimited text (.csv, .tsv, .txt), which pd.read_csv(path, sep=...) reads.
UNDELIMITED_SUFFIXES = (".parquet", ".jsonl", ".json", *SPREADSHEET_SUFFIXES)


def is_delimited(path: Any) -> bool:
    """Whether the data file ``path`` (a str or path; compressed or not) may be delimited text,
    so that a header read whole is told to read it with another separator: False for a
    Parquet, JSON Lines or spreadsheet file, whose column named "id|text" no separator splits;
    True for a .csv, .tsv or .txt file. A folder or glob is told by the files its reader reads
    (:func:`stance.files.files_read`, of a supported type): False when none of them may be
    delimited, all Parquet or JSON Lines; True when one may be, or it holds none.

    >>> is_delimited("a.csv.gz"), is_delimited("a.parquet"), is_delimited(Path("rows.JSONL")), is_delimited("data")
    (True, False, False, True)
    """
    if not isinstance(path, (str, os.PathLike)):
        return True
    files = forksafe.imported(".files")
    given = files.expanded(path)
    if os.path.isdir(given) or files._is_glob(given):
        # a folder of Parquet files with a column "id|text" was told to read it with read_csv
        read = [file for file in files.files_read(given) if file.suffix.lower() in SUPPORTED_SUFFIXES]
        return not read or any(_is_delimited_file(file) for file in read)
    return _is_delimited_file(Path(path))


def _is_delimited_file(name: Path) -> bool:
    """Whether the file ``name`` may be delimited text by its suffix (see :func:`is_delimited`)."""
    suffix = name.suffix.lower()
    if suffix in COMPRESSED_SUFFIXES:
        suffix = Path(name.stem).suffix.lower()
    return suffix not in UNDELIMITED_SUFFIXES


# The data files of statistics programs, which a researcher's statements often come in, by
# their suffix (lower case) and the program's name; stance reads none, pandas or R does.
RESEARCH_SUFFIXES = {".dta": "stata", ".sav": "spss", ".zsav": "spss", ".por": "spss-portable",
                     ".feather": "feather", ".arrow": "feather", ".rds": "rds", ".rdata": "rdata", ".rda": "rdata"}

# Files of a type stance knows and does not read: one that is not there is told of its type all
# the same (found, it would be refused, and the message says what to do with it), where a name
# of no type or another ("held_out", its suffix left off) is told it is not there. A statistics
# program's file is told both, not there first (see missing_research_file).
KNOWN_UNREAD_SUFFIXES = SPREADSHEET_SUFFIXES + COMPRESSED_SUFFIXES + tuple(RESEARCH_SUFFIXES) + (".json", ".txt")


def missing_research_file(path: Path, given: str | os.PathLike | None = None) -> str | None:
    """Why ``path``, named as a statistics program's data file (see :data:`RESEARCH_SUFFIXES`)
    and not there, cannot be read, naming it as ``given`` and, when relative, the folder it was
    looked for in; None for another suffix. Not there comes first, as of a missing .csv: told
    its type and reader first, a user ran pandas.read_stata on a mistyped name to no end.

    >>> print(missing_research_file(Path("/data/votes.dta")))  # doctest: +NORMALIZE_WHITESPACE
    file not found: '/data/votes.dta'; named as a Stata data file, which stance does not read: read it with
    pandas.read_stata('/data/votes.dta') and pass the DataFrame
    >>> missing_research_file(Path("votes.ods")) is None
    True
    """
    kind = RESEARCH_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return None
    shown = quoted(os.fspath(path if given is None else given), QUOTED_PATH_WIDTH)
    named, advice = research_hint(path, kind).split("; ", 1)
    return (f"file not found: {shown}{_looked_in(path)}{nearest_hint(path, _a_table_folder_or_research_file)}; "
            f"named as {named}, which stance does not read: {advice}")


def _a_table_folder_or_research_file(entry: os.DirEntry) -> bool:
    """What a missing statistics program's file is offered in its place: the tables and folders
    a missing table is, and files of those programs, "votes.dta" for "vote.dta" (a review of
    fa838f5: the typo was told to be read with pandas.read_stata, its file never named)."""
    return a_table_or_folder(entry) or Path(entry.name).suffix.lower() in RESEARCH_SUFFIXES


def _looked_in(path: Path) -> str:
    """`` (looked for in '/home/me/votes')``, the working folder a relative ``path`` is
    looked for in (a script run from elsewhere than its data is a usual cause); empty when
    ``path`` is absolute or that folder is gone."""
    if path.is_absolute():
        return ""
    try:
        folder = os.getcwd()
    except OSError:  # the working folder was deleted under us
        return ""
    return f" (looked for in {quoted(folder, QUOTED_PATH_WIDTH)})"


def unknown_type(path: Path) -> str:
    """Why ``path``'s suffix is no table file's, and what to do; a compressed table
    ("scores.csv.gz") is told to be decompressed, not that .csv is expected.

    >>> print(unknown_type(Path("a.csv.gz")))
    cannot read 'a.csv.gz': a compressed file (.gz); decompress it first (e.g. gunzip -k a.csv.gz) and read the .csv
    """
    suffix = path.suffix.lower()
    inner = Path(path.stem).suffix.lower()
    if suffix in COMPRESSED_SUFFIXES and inner in SUPPORTED_SUFFIXES:
        tool = {".gz": "gunzip -k", ".bz2": "bunzip2 -k", ".xz": "unxz -k", ".zst": "unzstd", ".zip": "unzip",
                ".7z": "7z x"}[suffix]
        return (f"cannot read {str(path)!r}: a compressed file ({suffix}); decompress it first "
                f"(e.g. {tool} {_command_path(path)}) and read the {inner}")
    close = suffix_meant(suffix, SUPPORTED_SUFFIXES)
    renamed = str(path)[:-len(suffix)] + close if close is not None else ""
    # A file saved under a misspelt suffix is read once renamed; not where that name is taken
    # ("data.csv~", an editor's backup beside data.csv), as renaming would overwrite it.
    if close is not None and not os.path.lexists(renamed):
        return (f"cannot read {str(path)!r}: unknown file type {path.suffix!r} (a misspelt {close}? rename it "
                f"{shell_path(renamed)}); expected one of {', '.join(SUPPORTED_SUFFIXES)}")
    # As typed: '.RData', which the user looks for, not '.rdata'.
    return (f"cannot read {str(path)!r}: unknown file type {path.suffix or '(none)'!r}; "
            f"expected one of {', '.join(SUPPORTED_SUFFIXES)}"
            f"{save_as_hint(suffix) or _json_hint(path) or _research_suffix_hint(path) or _plain_text_hint(path)}")


# Suffixes of other formats, each its own and no misspelling of a suffix read or written:
# ".sav" (SPSS) was told "a misspelt .tsv? rename it", as were pipe- and semicolon-separated
# files (".psv", ".ssv"), which read as one column under .tsv.
_OTHER_FORMAT_SUFFIXES = (*KNOWN_UNREAD_SUFFIXES, ".psv", ".ssv")
_MISSPELT = 0.75  # a misspelling's likeness (difflib's ratio) to what it misspells, at least, as stance.names'


def suffix_meant(suffix: str, suffixes: tuple[str, ...]) -> str | None:
    """The one of ``suffixes`` that ``suffix``, none of them, misspells (".cvs": .csv, ".parqet":
    .parquet, ".jsnol": .jsonl), or None: "unknown file type '.cvs'" and "-o scores.parqet"
    listed the suffixes read and written, and named none. Not another format's suffix (.json, no
    misspelling of .jsonl; .sav, SPSS's, no .tsv), told apart where it is met; and none where two
    are alike as near (".sv": .csv or .tsv), as a guess between them names the wrong one as often.

    >>> [suffix_meant(suffix, SUPPORTED_SUFFIXES) for suffix in (".cvs", ".parqet", ".jsnol", ".json", ".txt", "")]
    ['.csv', '.parquet', '.jsonl', None, None, None]
    >>> [suffix_meant(suffix, SUPPORTED_SUFFIXES) for suffix in (".sav", ".psv", ".sv", ".tcv", ".CVS", ".ｃｓｖ")]
    [None, None, None, None, '.csv', '.csv']
    """
    # In any case and width, as stance.names._closest compared it: ".ｃｓｖ" of a Chinese or
    # Japanese keyboard is .csv, as ".CVS" is.
    suffix = forksafe.imported(".names").case_key(suffix)
    if not suffix or suffix in _OTHER_FORMAT_SUFFIXES:
        return None
    difflib = forksafe.imported("difflib")
    ratios = sorted(((difflib.SequenceMatcher(None, suffix, known).ratio(), known) for known in suffixes),
                    reverse=True)
    best = [known for ratio, known in ratios if ratio >= _MISSPELT and ratio == ratios[0][0]]
    return best[0] if len(best) == 1 else None


def _research_suffix_hint(path: Path) -> str:
    """What to do with ``path``, named as a statistics program's data file (see
    :data:`RESEARCH_SUFFIXES`), as one under a table's name is told (see :func:`research_hint`):
    '.dta' was refused as of an unknown type, where a spreadsheet was told what to do.

    >>> print(_research_suffix_hint(Path("votes.RData")))  # doctest: +NORMALIZE_WHITESPACE
     (an R workspace (save): in R, load('votes.RData'), then write.csv(NAME, 'votes.csv', row.names = FALSE) of
     the data frame it holds, and read that)
    >>> _research_suffix_hint(Path("votes.txt"))
    ''
    """
    kind = RESEARCH_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return ""
    return " ({})".format(research_hint(path, kind).replace("; ", ": ", 1))


def _command_path(path: Path) -> str:
    """``path`` in a suggested command, as :func:`shell_path` writes it. Python's repr, which
    these once used where shlex read it back as the name, is no shell's quoting: its escapes
    ("nl\\nname.csv.gz") name a file that is not there, and in its double quotes bash runs
    what backticks or "$(...)" hold ("it's `touch x`.csv.gz", a review found).

    >>> print(_command_path(Path("a.csv.gz")), _command_path(Path("nl\\nname.csv.gz")))
    a.csv.gz $'nl\\nname.csv.gz'
    """
    return shell_path(path)


def _plain_text_hint(path: Path) -> str:
    """What to do with a .txt file, which may be a document or a table saved as text: told by
    every reader (score, train, evaluate, the commands), where only score had told it.

    >>> print(_plain_text_hint(Path("notes.txt")))  # doctest: +NORMALIZE_WHITESPACE
     (a document's plain text, a speech or an article: stance.score_document(open('notes.txt',
     encoding='utf-8').read()), or stance document notes.txt, splits it into statements and scores them; a
     table saved as text: rename it .csv, or .tsv if tabs separate its columns)
    >>> _plain_text_hint(Path("votes.json"))
    ''
    """
    if path.suffix.lower() != ".txt":
        return ""
    # encoding= named: open() without it reads in the locale's code page (cp1252 on Windows, ASCII under LANG=C)
    encoding = text_file_encoding(path)
    # And --encoding: stance document reads UTF-8 unless told, and refused a cp1252 file so suggested.
    flag = "" if encoding in ("utf-8", "utf-8-sig") else f"--encoding {encoding} "
    return (f" (a document's plain text, a speech or an article: stance.score_document(open({str(path)!r}, "
            f"encoding={encoding!r}).read()), "
            f"or stance document {flag}{shell_path(path)}, splits it into statements and scores them; a table "
            f"saved as text: rename it .csv, or .tsv if tabs separate its columns)")


def text_file_encoding(path: Path) -> str:
    """The encoding to open the text file ``path`` in: the one its byte-order mark names
    ("utf-8-sig" for UTF-8's, which open() in UTF-8 would keep as "\ufeff"), UTF-16 or UTF-32
    without one (see :func:`stance.decoding.unmarked_encoding`), UTF-8 when its first bytes
    decode so, else the one its bytes are likely in (see
    :func:`stance.encodings.likely_encoding`), or Excel's cp1252. Advice to open Excel's
    "Unicode Text" in UTF-8 raised UnicodeDecodeError.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.txt"
    ...     found = []
    ...     for text, codec in (("id\\ttext", "utf-16"), ("Wir müssen", "utf-8"), ("Czołgi", "cp1250")):
    ...         _ = path.write_bytes(text.encode(codec))
    ...         found.append(text_file_encoding(path))
    >>> found
    ['utf-16', 'utf-8', 'cp1250']
    """
    codecs = forksafe.imported("codecs")
    decoding = forksafe.imported(".decoding")

    try:
        with open(path, "rb") as handle:
            start = handle.read(1 << 16)
    except OSError:  # not there: the default, as for any file
        return "utf-8"
    if start.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    wide = decoding.marked_encoding(start) or decoding.unmarked_encoding(start)
    if wide is not None:
        return wide
    try:
        codecs.getincrementaldecoder("utf-8")().decode(start)  # a character cut at the end waits
    except UnicodeDecodeError as error:
        likely = forksafe.imported(".encodings").likely_encoding(decoding.sample_at(start, error.start))
        return "cp1252" if likely is None else likely.codec
    return "utf-8"


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


# How many first bytes tell a research file (see :func:`research_kind`): a gzip'd R file's are
# decompressed from them.
RESEARCH_SAMPLED = 512


def research_kind(start: bytes, suffix: str = "") -> str | None:
    r"""The kind of statistics program's data file whose first bytes are ``start`` (see
    :data:`RESEARCH_SAMPLED`), by its full signature as Parquet's 'PAR1' is
    told, or None. A bare prefix refused text that begins with one ("FEA1,text", "$FL2 is the
    form."), so each format is told by its whole header and, where it has them, the NUL bytes
    no text holds: Stata ('<stata_dta><header><release>' from format 117; 113 to 115 their
    byte header, see :func:`_old_stata`), SPSS (see :func:`_spss`), Feather or Arrow IPC
    ('ARROW1\0\0'; Feather 1's 'FEA1' with a NUL after it) and R's serialized
    files (see :func:`_r_kind`), R's gzip'd ones (as saveRDS and save write them) told by the
    bytes they decompress to. A compressed file under an R name (``suffix``) is R's too: save
    writes bzip2 or xz when asked.

    >>> import gzip
    >>> research_kind(b"<stata_dta><header><release>118"), research_kind(b"$FL2@(#) IBM SPSS")
    ('stata', 'spss')
    >>> research_kind(b"ARROW1\0\0"), research_kind(b"FEA1,text\n1,We back NATO."), research_kind(b"$FL2,text")
    ('feather', None, None)
    >>> research_kind(gzip.compress(b"X\n\x00\x00\x00\x03")), research_kind(b"RDX3\nX\n\x00\x00\x00\x03")
    ('rds', 'rdata')
    >>> research_kind(b"X\nY\n"), research_kind(b"RDX2\nWe stand united.")
    (None, None)
    """
    if start.startswith(b"<stata_dta><header><release>") or _old_stata(start):
        return "stata"
    if _spss(start):
        return "spss"
    if start.startswith(b"ARROW1\0\0") or _feather_v1(start):
        return "feather"
    found = _r_kind(start)
    if found is None and compressed_kind(start) is not None:
        found = _r_kind(_gunzipped(start))
        if found is None and suffix.lower() in (".rds", ".rdata", ".rda"):
            found = RESEARCH_SUFFIXES[suffix.lower()]
    return found


# How far into a file the NUL bytes of a binary header are looked for: text holds none.
_HEADER_BYTES = 64


def _old_stata(start: bytes) -> bool:
    """Whether ``start`` is the byte header of a Stata file of format 113 to 115: the format
    (0x71 to 0x73), the byte order (1 or 2), the file type (1), an unused byte (0), and the
    NUL-padded label after it."""
    return (len(start) >= 4 and 0x71 <= start[0] <= 0x73 and start[1] in (1, 2) and start[2] == 1
            and start[3] == 0 and b"\0" in start[4:_HEADER_BYTES])


def _spss(start: bytes) -> bool:
    """Whether ``start`` begins an SPSS file: '$FL2' ('$FL3' compressed by zlib), then its
    product name's '@(#)', or the header's NUL bytes."""
    if not start.startswith((b"$FL2", b"$FL3")):
        return False
    return start[4:8] == b"@(#)" or b"\0" in start[4:_HEADER_BYTES]


def _feather_v1(start: bytes) -> bool:
    """Whether a file of first bytes ``start`` is a Feather 1 file: 'FEA1' and its data's NUL
    bytes after it. Not 'FEA1' at both ends alone, which text may hold ("FEA1,text" … "Codename
    FEA1", a review of 5896250)."""
    return start.startswith(b"FEA1") and b"\0" in start[4:_HEADER_BYTES]


def _r_kind(start: bytes) -> str | None:
    r"""'rds' or 'rdata' for the first bytes of R's serialized data (saveRDS's, save's), else None.
    An .RData's 'RDX3\n' (or RDA, RDB; version 2 or 3) is followed by the serialized data's own
    header, its format ('X\n' XDR or 'B\n' native binary, with NUL bytes soon after, or 'A\n'
    ASCII, then its version '2\n' or '3\n'), so text that opens with 'RDX2' is none.

    >>> _r_kind(b"RDA3\nA\n3\n263168\n"), _r_kind(b"RDB3\nB\n\x03\x00\x00\x00"), _r_kind(b"RDX2\nX,text\n")
    ('rdata', 'rdata', None)
    """
    if start[:3] in (b"RDX", b"RDA", b"RDB") and start[3:5] in (b"2\n", b"3\n"):
        data = start[5:]
        binary = data.startswith(b"B\n") and b"\0" in data[2:_HEADER_BYTES]
        return "rdata" if binary or data.startswith((b"A\n2\n", b"A\n3\n")) or _r_kind(data) == "rds" else None
    # The format (X: XDR), then the version, 2 or 3, as a 4-byte integer: "X" alone is a header.
    if start.startswith((b"X\n\x00\x00\x00\x02", b"X\n\x00\x00\x00\x03")):
        return "rds"
    return None


def _gunzipped(start: bytes) -> bytes:
    """The first bytes that ``start``, a gzip file's first bytes, decompress to; b"" for any other."""
    zlib = forksafe.imported("zlib")

    if not start.startswith(b"\x1f\x8b"):
        return b""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(start, 64)
    except zlib.error:
        return b""


def research_hint(path: Path, kind: str) -> str:
    """How to read ``path``, a data file of the ``kind`` :func:`research_kind` names (or
    :data:`RESEARCH_SUFFIXES` by its suffix), which stance does not read: pandas' reader, whose
    DataFrame stance scores, or R's, to write a CSV.

    >>> print(research_hint(Path("votes.dta"), "stata"))
    a Stata data file; read it with pandas.read_stata('votes.dta') and pass the DataFrame
    >>> print(research_hint(Path("votes.rds"), "rds"))
    an R data file (saveRDS); in R, write.csv(readRDS('votes.rds'), 'votes.csv', row.names = FALSE), and read that
    """
    shown = str(path)
    # Never the file itself (an .rds under .csv): write.csv would put its table over it.
    csv = str(path.with_suffix(".csv") if path.suffix.lower() != ".csv" else path.with_name(f"{path.stem}.table.csv"))
    return {
        "stata": f"a Stata data file; read it with pandas.read_stata({shown!r}) and pass the DataFrame",
        "spss": f"an SPSS data file; read it with pandas.read_spss({shown!r}) (which needs pyreadstat) and pass "
                f"the DataFrame",
        "spss-portable": f"an SPSS portable file; read it with pyreadstat.read_por({shown!r})[0] and pass the "
                         f"DataFrame",
        "feather": f"a Feather (Arrow IPC) file; read it with pandas.read_feather({shown!r}) (which needs pyarrow) "
                   f"and pass the DataFrame",
        "rds": f"an R data file (saveRDS); in R, write.csv(readRDS({shown!r}), {csv!r}, row.names = FALSE), and "
               f"read that",
        "rdata": f"an R workspace (save); in R, load({shown!r}), then write.csv(NAME, {csv!r}, row.names = FALSE) "
                 f"of the data frame it holds, and read that",
    }[kind]


def research_file(path: Path, start: bytes) -> str | None:
    """Why ``path``, whose first bytes are ``start``, is not read when it is a statistics
    program's data file under another name (see :func:`research_kind`), with what to do, or
    None: read as text, an SPSS file under .csv was told to try another --encoding, which none
    reads, and a gzip'd .rds to decompress it, after which it was UTF-16 to no end.

    >>> print(research_file(Path("votes.csv"), b"$FL2@(#)"))  # doctest: +NORMALIZE_WHITESPACE
    cannot read 'votes.csv': an SPSS data file, though named .csv; read it with pandas.read_spss('votes.csv')
    (which needs pyreadstat) and pass the DataFrame
    """
    kind = research_kind(start, path.suffix)
    if kind is None:
        return None
    what, advice = research_hint(path, kind).split("; ", 1)
    named = f"named {path.suffix}" if path.suffix else "named without a suffix"
    if path.suffix.lower() in RESEARCH_SUFFIXES:  # named as what it is
        return f"cannot read {str(path)!r}: {what}; {advice}"
    return f"cannot read {str(path)!r}: {what}, though {named}; {advice}"


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


# A Parquet file starts and ends with these four bytes; both are looked for, so that a text
# table whose header happens to start with them is still read.
PARQUET_MAGIC = b"PAR1"


def is_parquet(start: bytes, end: bytes, size: int) -> bool:
    """Whether a file of ``size`` bytes whose first bytes are ``start`` and last 8 are ``end``
    is a Parquet file: the magic at both ends, and between them a footer whose length (the 4
    bytes before the last magic) fits the file. Text that begins and ends "PAR1" was refused as
    Parquet (a review); its 4 bytes before the end, as a length, are larger than any such file.

    >>> footer = (100).to_bytes(4, "little") + b"PAR1"
    >>> is_parquet(b"PAR1\\x15\\x04", footer, 400), is_parquet(b"PAR1,text\\n", b"united.\\n", 400)
    (True, False)
    >>> is_parquet(b"PAR1", b"PAR1", 4), is_parquet(b"PAR1,text", b"ted PAR1", 60)
    (False, False)
    """
    footer = int.from_bytes(end[-8:-4], "little") if len(end) >= 8 else size
    return (start.startswith(PARQUET_MAGIC) and end.endswith(PARQUET_MAGIC)
            and footer + 2 * len(PARQUET_MAGIC) + 4 <= size)


def starts_as_parquet(start: bytes) -> bool:
    """Whether a stream whose first bytes are ``start`` is a Parquet file, told from its start
    alone (a pipe's end is not there yet): the magic, then the header of the first column's first
    page, a Thrift struct whose first field is always the page's type, an i32 (the byte 0x15, a
    control character that no line of text holds after "PAR1").

    >>> starts_as_parquet(b"PAR1\\x15\\x04\\x15"), starts_as_parquet(b"PAR1 is the first paragraph.\\n")
    (True, False)
    """
    return start.startswith(PARQUET_MAGIC + b"\x15")


def is_parquet_file(path: Path | str) -> bool:
    """Whether the file ``path`` starts and ends as a Parquet file does (False when it cannot
    be read: its reader names that)."""
    try:
        with open(path, "rb") as handle:
            return _parquet_opened(handle, handle.read(len(PARQUET_MAGIC)))
    except OSError:
        return False


def _parquet_opened(handle: BinaryIO, start: bytes) -> bool:
    """Whether the file open in ``handle``, whose first bytes (4 or more) were ``start``, is a
    Parquet file (see :func:`is_parquet`): its footer is read only after the magic at its start,
    as nearly no table has it."""
    if not start.startswith(PARQUET_MAGIC):
        return False
    size = handle.seek(0, os.SEEK_END)
    handle.seek(max(size - 8, 0))
    return is_parquet(start, handle.read(), size)


def misnamed_parquet(path: Path, then: str = "read that") -> str:
    """What to do with ``path``, a Parquet file, under a name other than .parquet (stance reads
    a file by its suffix); "" for a .parquet name.

    >>> print(misnamed_parquet(Path("votes.csv")).replace("; ", ";\\n"))
    cannot read 'votes.csv': a Parquet file, though named .csv;
    rename it .parquet (e.g. mv votes.csv votes.parquet) and read that
    """
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return ""
    renamed = path.with_suffix(".parquet")
    return (f"cannot read {str(path)!r}: a Parquet file, though named {suffix or 'without a suffix'}; rename it "
            f".parquet (e.g. mv {shell_path(path)} {shell_path(renamed)}) and {then}")


_SAMPLED = 4096  # bytes of a file named .parquet that is not one, enough to tell text and its kind


def not_parquet(path: Path, start: bytes) -> str:
    r"""Why ``path``, named .parquet, whose first bytes are ``start``, is not read, and what to
    do: pyarrow said "Parquet magic bytes not found in footer" of a CSV saved under that name,
    naming no file and no remedy. A file that starts as Parquet is cut short; text is told to be
    renamed to the suffix it looks like (a header of tabs .tsv, of commas or semicolons .csv, a
    record a line .jsonl), as stance reads a file by its suffix.

    >>> print(not_parquet(Path("x.parquet"), b"text,labels\nNATO is united.,unity\n").replace("; ", ";\n"))
    cannot read 'x.parquet': not a Parquet file (Parquet begins and ends with 'PAR1');
    it starts like CSV text;
    if it is, rename it .csv (e.g. mv x.parquet x.csv) and read that
    """
    said = f"cannot read {str(path)!r}: not a Parquet file"
    if start.startswith(PARQUET_MAGIC):
        return (f"{said} in full: it starts as one but does not end as one (cut short, as by a copy or download "
                f"that stopped, or still being written); copy or write it again")
    said += " (Parquet begins and ends with 'PAR1')"
    text = _as_text(start)
    if text is None:
        return f"{said}, nor text; write it again, DataFrame.to_parquet({str(path)!r}), or save it as CSV"
    lines = text.lstrip("\ufeff \t\r\n").splitlines() or [""]
    first = lines[0].strip()
    if first.startswith(("[", "{")) and not (first.startswith("{") and first.endswith("}")):
        kind = "a JSON array" if first.startswith("[") else "JSON"
        return (f"{said}; it starts like {kind}; read it with pandas.read_json({str(path)!r}) and pass the "
                f"DataFrame, or write that as JSON Lines, .to_json({str(path.with_suffix('.jsonl'))!r}, "
                f"orient='records', lines=True)")
    kind, suffix = _text_kind(first)
    renamed = shell_path(path.with_suffix(suffix))
    if suffix == ".txt":  # a table of one column, or a document's text: the first line cannot tell
        return (f"{said}; it starts like {kind}; a table of one column: rename it .csv (e.g. mv "
                f"{shell_path(path)} {shell_path(path.with_suffix('.csv'))}) and read that; a document: rename it "
                f".txt (e.g. mv {shell_path(path)} {renamed}) and run stance document {renamed}")
    return (f"{said}; it starts like {kind}; if it is, rename it {suffix} (e.g. mv {shell_path(path)} {renamed}) "
            f"and read that")


def _text_kind(first: str) -> tuple[str, str]:
    r"""What a text file whose first line is ``first`` looks like, and the suffix stance reads it under.

    >>> _text_kind('{"text": "NATO is united."}'), _text_kind("id\ttext"), _text_kind("id;text")
    (('JSON Lines, one record a line', '.jsonl'), ('tab-separated text', '.tsv'), ('CSV text', '.csv'))
    """
    if first.startswith("{"):
        return "JSON Lines, one record a line", ".jsonl"
    if "\t" in first:
        return "tab-separated text", ".tsv"
    if "," in first or ";" in first:  # a semicolon's CSV (Excel's in much of Europe) is read as .csv
        return "CSV text", ".csv"
    return "text with no comma or tab in its first line", ".txt"


def _as_text(start: bytes) -> str | None:
    """``start``, a file's first bytes, as text, or None when they are not (a control character
    other than a line's or a tab's, or bytes no text encoding of a table gives)."""
    decoding = forksafe.imported(".decoding")

    codec = decoding.marked_encoding(start) or decoding.unmarked_encoding(start) or "utf-8"
    try:
        text = start.decode(codec)
    except UnicodeDecodeError as error:
        if error.start < len(start) - 4:  # not a character cut at the sample's end
            text = start.decode("cp1252", errors="replace")  # Excel's CSV; a byte it lacks is "?"
        else:
            text = start[:error.start].decode(codec)
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\r\n\f")
    return None if controls or "\ufffd" * 3 in text else text


def refuse_compressed(path: Path) -> None:
    """Refuse a compressed file named as a table (``gzip -c a.csv > b.csv``), as a ``.gz``
    name is refused: read as text, it was "not valid utf-8", with advice to re-save it from
    cp1252, which no re-saving mends. A zip may be a spreadsheet (.xlsx is one). A Parquet
    file under another table's name (``to_parquet("votes.csv")``) is refused so too, told to
    be renamed .parquet: its advice went round from one --encoding to another. So is binary
    data (see :func:`binary_kind`: an executable, an image), which was told another encoding.

    >>> import tempfile, gzip
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "x.csv"
    ...     _ = path.write_bytes(gzip.compress(b"text\\nNATO is united.\\n"))
    ...     refuse_compressed(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: cannot read '.../x.csv': a compressed file (gzip), though named .csv; ...
    """
    try:
        with open(path, "rb") as handle:  # once for every magic: every table read passes here
            start = handle.read(BINARY_SAMPLED)
            parquet = _parquet_opened(handle, start)
            named_parquet = path.suffix.lower() == ".parquet"
            if named_parquet and not parquet:  # its start again, to tell what it is (see not_parquet)
                handle.seek(0)
                sample = handle.read(_SAMPLED)
    except OSError:  # the reader that follows names the problem
        return
    misnamed = misnamed_parquet(path) if parquet else ""
    if misnamed:
        raise InvalidInputError(misnamed)
    research = None if parquet else research_file(path, start[:RESEARCH_SAMPLED])
    if research is not None:  # before the compressed: an .rds is gzip, which decompressed is no text
        raise InvalidInputError(research)
    compressed = compressed_kind(start)
    if named_parquet and not parquet and compressed is None and sample:
        raise InvalidInputError(not_parquet(path, sample))
    if compressed is not None:
        kind, command = compressed
        suffix = path.suffix.lower()
        plain = decompressed_name(path)
        raise InvalidInputError(
            f"cannot read {str(path)!r}: a compressed file ({kind}), though named {suffix}; decompress it "
            f"first (e.g. {command} {shell_path(path)} > {shell_path(plain)}) and read that"
            + (f"; if it is a spreadsheet, {save_as_hint('.xlsx').split(': ', 1)[1].rstrip(')')}"
               if kind == "zip" else ""))
    binary = None if parquet or named_parquet else binary_kind(start)
    if binary is not None:  # told to be text in another encoding, and read in the one advised
        raise InvalidInputError(f"cannot read {str(path)!r}: it is {binary}, not a table of text, though named "
                                f"{path.suffix.lower()}")


# Formats with no text in them, by their first bytes; told only with a NUL or another control
# byte among a file's first _HEADER_BYTES, which their headers hold, so that text that begins
# "GIF89a", "RIFF" or "MZ" is text.
_BINARY_SIGNATURES = (
    (b"\x7fELF", "an executable (ELF)"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "an executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "an executable (Mach-O) or a Java class"),
    (b"MZ", "an executable (Windows)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg audio or video file"),
    (b"ID3", "an MP3 audio file"),
    (b"RIFF", "a RIFF file (WAV audio, AVI video or a WebP image)"),
)
# Control bytes that text holds, which tell nothing: NUL (a log truncated under tail -f begins
# with a run of them; README "Exit status"), backspace (overstruck man pages), shift out and in
# (ISO-2022-KR's), 0x1A (an old DOS file's end), escape (ISO-2022-JP's, a terminal's colours),
# 0x1C to 0x1F (separators; stance reads 0x1C to 0x1E as line breaks; Word's text export writes
# 0x1E and 0x1F for its non-breaking and optional hyphens); tab, line ends and form feed are text's own.
_TEXT_CONTROLS = bytes([0, 8, 9, 10, 11, 12, 13, 14, 15, 26, 27, 28, 29, 30, 31])
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
# How many bytes of a file are looked at, and how many of the control bytes above, and what
# share, tell binary data: random bytes hold 6.6%, an executable more; text none, or a stray one.
BINARY_SAMPLED = 4096
_BINARY_MINIMUM = 4
_BINARY_SHARE = 0.01


def binary_kind(start: bytes) -> str | None:
    r"""What a file whose first bytes are ``start`` (:data:`BINARY_SAMPLED` suffice) holds
    when it is binary data, not text, and why ("a PNG image (…)", "binary data (…)"); None
    when it may be text. Binary is a known format's signature with a control byte (NUL too)
    among the first bytes, or four or more control bytes that no text holds (0x01 to 0x07,
    0x10 to 0x19), 1% of ``start`` or more; NULs alone are text's (a truncated log's). UTF-16 and
    UTF-32 text, which holds such bytes, is none: with a byte-order mark, or told by its
    pattern of NULs (see :func:`stance.decoding.unmarked_encoding`), or reading as printable
    text in either byte order. Read as text, such a file was told to be in another encoding
    ("pass --encoding cp1252"), and with that encoding scored, a statement of
    '\x7fELF\x02\x01', exit 0.

    >>> print(binary_kind(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    a PNG image (its first bytes are b'\x89PNG\r\n\x1a\n')
    >>> binary_kind(b"GIF89a is a format."), binary_kind("We stand.".encode("utf-16-le"))
    (None, None)
    >>> binary_kind(b"We stand.\x00\x00\x00Allies agree."), binary_kind(b"NATO\x1eallies, long\x1fterm.")
    (None, None)
    >>> print(binary_kind(bytes(range(256)) * 4))
    binary data (its byte 2 is 0x01, a control byte no text holds)
    """
    sample = start[:BINARY_SAMPLED]
    signed = next(((signature, kind) for signature, kind in _BINARY_SIGNATURES if sample.startswith(signature)), None)
    head = sample[:_HEADER_BYTES]
    if signed is not None and len(head.translate(None, _CONTROL_BYTES + b"\x00")) == len(head):
        signed = None  # text that begins as a format does, with no control byte
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if signed is None and (controls < _BINARY_MINIMUM or controls < _BINARY_SHARE * len(sample)):
        return None
    decoding = forksafe.imported(".decoding")
    if decoding.marked_encoding(sample) is not None or decoding.unmarked_encoding(sample) is not None:
        return None
    if any(_printable_as(sample, codec) for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")):
        return None
    if signed is not None:
        return f"{signed[1]} (its first bytes are {signed[0]!r})"
    at = next(i for i, byte in enumerate(sample) if byte in _CONTROL_BYTES)
    return f"binary data (its byte {at + 1} is 0x{sample[at]:02x}, a control byte no text holds)"


def _printable_as(sample: bytes, codec: str) -> bool:
    """Whether ``sample`` decodes in ``codec`` (a character cut at its end aside) to printable
    text and whitespace: short UTF-16 or UTF-32 text without a mark, not told by its NULs."""
    width = 4 if "32" in codec else 2
    try:
        text = sample[:len(sample) // width * width].decode(codec)
    except UnicodeDecodeError:
        return False
    return all(char.isprintable() or char.isspace() for char in text)

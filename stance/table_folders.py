"""What a folder named as a table holds, and which glob reads it.

Spark and Dask write a table as a folder named as one ("out.csv/", "out.parquet/"), with its
parts within: Dask's "0.part", Spark's "part-00000-….csv" beside a "_SUCCESS" marker, Hive's
partitions ("party=a/part.0.parquet"), a suffix written in another case ("part-0.CSV"). A
folder or glob of tables passes such a folder over, as it does any folder within; what is said
of it here names it (:func:`table_folders_named`, :func:`warn_of_table_folders`) and says
which glob reads its files (:func:`_parts_read`, :func:`suffix_globs`), for the table readers
(:mod:`stance.tables`, :mod:`stance.distributed`) and `stance document`'s globs of documents.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable, Sequence
from os import PathLike
from pathlib import Path

from .exceptions import shell_path, warn
from .file_types import DOCUMENT_SUFFIXES, SUPPORTED_SUFFIXES


def warn_of_table_folders(found: Iterable[str | PathLike], base: Path, named: str, argument: str,
                          read: Sequence[str] = SUPPORTED_SUFFIXES) -> None:
    """Warn of the folders among ``found``, the entries of a folder or the matches of a glob, that
    are named as tables ("b.csv/", Spark's or Dask's output with its parts within): they are passed
    over, as a folder within a folder is, where their rows were meant to be read. ``named``
    names the folder or glob, ``argument`` opens the sentence, ``read`` the suffixes the reader
    reads in a glob (see :func:`table_folders_named`).

    >>> warn_of_table_folders([__file__], Path("."), "glob '*.py'", "data")  # a file: nothing to say
    """
    folders = [p for p in found if _table_folder(p)]
    if folders:
        warn(f"{argument}: {named}: passed over {table_folders_named(folders, base, read)}")


def table_folders_named(folders: Sequence[str | PathLike], base: Path, read: Sequence[str] = SUPPORTED_SUFFIXES,
                        kind: str = "table", whole: Callable[[str], str] | None = None) -> str:
    """How a message names ``folders``, folders named as a ``kind`` ("table", or "document" of
    `stance document`, see :data:`_KINDS`), each from ``base``, and how to read the files in the
    first whose advice reads most (see :func:`_advice_rank`: a README, or an empty folder, is no
    help), with a glob of the suffixes ``read`` (see :func:`_parts_read`), naming that folder where
    several are named; ``whole``, where the reader reads a folder of tables as one (the command that
    reads it, given the folder's path quoted), is advised the folder, not a glob (see :func:`_parts_read`).

    >>> table_folders_named(["S/b.csv"], Path("S"))
    "1 folder(s) named as a table (b.csv), whose files a folder or glob does not reach; give the glob of \
them to read them, 'S/b.csv/*.csv'"
    >>> table_folders_named(["H/sub.txt"], Path("H"), DOCUMENT_SUFFIXES, "document")
    "1 folder(s) named as a document (sub.txt), whose files a glob does not reach; give the glob of them to \
read them, 'H/sub.txt/*.txt'"
    """
    names = [Path(p).relative_to(base).as_posix() if Path(p).is_relative_to(base) else os.fspath(p)
             for p in sorted(folders)]
    reached = _KINDS[kind][1]
    # The first of the best rank, in name order; the search stops at one whose parts a glob reads (rank 0), as
    # the folders after it may be trees of thousands of folders (ranking each to the bottom took 8.5 s, not 1).
    # Each is listed once, what the rank found handed to the advice (a tree of 80,000 folders searched twice, and
    # each folder listed twice, took 8.3 s).
    advised, best, listed = Path(sorted(folders)[0]), 3, None  # worse than any rank
    for folder in map(Path, sorted(folders)):
        found = _listing(folder, read, kind)
        rank = _advice_rank(found, read, kind)
        if rank < best:
            advised, best, listed = folder, rank, found
        if rank == 0:
            break
    return (f"{len(names)} folder(s) named as a {kind} ({', '.join(names[:5])}{' …' if len(names) > 5 else ''}), "
            f"whose files {reached} does not reach; "
            f"{_parts_read(advised, read, kind, named=len(names) > 1, listed=listed, whole=whole)}")


def folder_advice(folder: str | PathLike, read: Sequence[str] = SUPPORTED_SUFFIXES,
                  whole: Callable[[str], str] | None = None) -> str:
    """What a refusal of ``folder``, in which no table is read, adds of folders named as tables:
    those it holds, named with how to read the files of the one advised (see
    :func:`table_folders_named`), and how to read its own parts where it is one itself (Dask's
    output, "out.csv/0.part"; Hive's partitions, "out.parquet/party=a/"; see :func:`_parts_read`),
    each opened by "; ", with a glob of the suffixes ``read``, or the folder read by ``whole`` (see
    :func:`table_folders_named`); "" where it is neither.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     (Path(folder) / "out.parquet" / "party=a").mkdir(parents=True)
    ...     _ = (Path(folder) / "out.parquet" / "party=a" / "part.0.parquet").write_bytes(b"")
    ...     print(folder_advice(Path(folder) / "out.parquet").replace(folder, "S"))
    ; out.parquet holds folders (party=a), whose files a glob such as 'S/out.parquet/*/*.parquet' reads
    """
    # Every folder named as a table, a link to one too, as a folder's reading passes them over (see _listing).
    held = sorted(entry.path for entry in _entries(os.fspath(folder)) if _table_folder(entry.path))
    return ((f"; {table_folders_named(held, Path(folder), read, whole=whole)}" if held else "")
            + (f"; {_parts_read(Path(folder), read)}" if _table_folder(folder) else ""))


def _advice_rank(listed: _Listed | None, read: Sequence[str], kind: str = "table") -> int:
    """How well :func:`_parts_read`'s advice for a folder, ``listed`` (see :func:`_listing`), reads
    its files: 0 where they are of ``read`` (its own parts, or, holding none, a README alone say,
    the files in the folders it holds), which the glob advised reads; 1 where they are of another
    type of the ``kind`` (a .jsonl to Dask, its own or in its folders) or Dask's "0.part" that a
    renaming makes read; 2 where
    no part is told (a README alone, a writer's markers, nothing, or a folder not ours to list).

    >>> here = Path(__file__).parent
    >>> _advice_rank(_listing(here, (".py",)), (".py",)), _advice_rank(_listing(here, (".csv",)), (".csv",))
    (0, 2)
    """
    if listed is None:
        return 2
    files, _, below, *_ = listed
    parts = [name for name in files if not _marker(name)]
    suffixes = {Path(part).suffix.lower() for part in parts}
    if suffixes & set(read):
        return 0
    if _told(parts, kind):
        return 1
    # No part of its own (a README beside Hive's partitions): those within its folders, of read or to score each alone.
    within = {Path(name).suffix.lower() for _, found in below for name in found}
    return 0 if within & set(read) else 1 if within else 2


# Dask's to_csv and to_json name their parts so.
_DASK_PART = re.compile(r"\d+\.part")


def _told(parts: Sequence[str], kind: str = "table") -> list[str]:
    """Those of ``parts``, a folder's own files, that :func:`_parts_read` tells how to read: of a
    type of the ``kind``, or Dask's "0.part" of a table; a README is none.

    >>> _told(["README.txt", "0.part", "p.jsonl"])
    ['0.part', 'p.jsonl']
    """
    return [part for part in parts if Path(part).suffix.lower() in _KINDS[kind][0]
            or (kind == "table" and _DASK_PART.fullmatch(part))]


# A folder's files, its folders, the depth and names of the parts at each depth within those, the folders a depth's
# glob matches, and the depth, suffix and writer's folder of the files within such (see _listing).
_Listed = tuple[list[str], list[str], list[tuple[int, list[str]]], list[tuple[int, str]], list[tuple[int, str, str]]]


def _listing(folder: Path, read: Sequence[str], kind: str = "table") -> _Listed | None:
    """The names of the files of ``folder`` and of the folders in it that a glob's "*" enters, in
    name order, and, where none of its files is a part of a ``kind`` (see :func:`_told`: a README
    beside Hive's partitions), the depth and names of the files of ``read`` or of the ``kind`` (a
    .jsonl, which Dask's glob does not read, to score on its own) at each depth within
    those of its folders that are no writer's (see :func:`_writers_folder` and
    :func:`_parts_below`), else none, the folders among them that a glob of a depth's files
    matches, and the files of ``read`` within a writer's folder, which a glob reads too; None
    where it is not ours to list. A message lists a folder once, ranking it and advising it by
    what is found here.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "party=a").mkdir(), (Path(folder) / ".git").mkdir()
    ...     _ = (Path(folder) / "_SUCCESS").write_text(""), (Path(folder) / "party=a" / "p.csv").write_text("")
    ...     _listing(Path(folder), (".csv",))
    (['_SUCCESS'], ['party=a'], [(1, ['p.csv'])], [], [])
    """
    try:
        with os.scandir(folder) as listed:
            entries = sorted(listed, key=lambda entry: entry.name)
    except OSError:
        return None
    files = [entry.name for entry in entries if os.path.isfile(entry.path)]
    # Folders as they are: a link to one (back up, "up -> ..") is no partition, and is not followed.
    folders = [entry.name for entry in entries
               if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False)]
    partitions = [name for name in folders if not _writers_folder(name)]
    searched = partitions and not _told([name for name in files if not _marker(name)], kind)
    return files, folders, *(_parts_below(folder, folders, (*read, *_KINDS[kind][0])) if searched else ([], [], []))


# Each kind of file whose folders are named as one: its suffixes, and what a folder's files are read by
# (`stance document` reads a glob of documents, no folder).
_KINDS = {"table": (SUPPORTED_SUFFIXES, "a folder or glob"), "document": (DOCUMENT_SUFFIXES, "a glob")}


def suffix_globs(folder: str | PathLike, names: Iterable[str], read: Sequence[str], depth: int = 0) -> list[str]:
    """The glob of the files ``names`` of ``folder`` for each type of ``read`` they are written
    with, in order of the type: one glob reads every spelling of a type ("*.[cC][sS][vV]" for
    A.csv beside B.CSV, a glob being case-sensitive where the file system is, and a reader taking
    one), and the folder's name is escaped ("b[1]" would be a glob's brackets); ``depth`` folders
    below it ("b/*/*.csv" at 1), where ``names`` are.

    >>> suffix_globs("b[1]", ["p0.csv", "p1.CSV", "_SUCCESS", "x.jsonl", "y.tsv"], (".csv", ".tsv"))
    ['b[[]1]/*.[cC][sS][vV]', 'b[[]1]/*.tsv']
    """
    written: dict[str, set[str]] = {}
    for name in names:
        if Path(name).suffix.lower() in read:
            written.setdefault(Path(name).suffix.lower(), set()).add(Path(name).suffix)
    return [os.path.join(glob.escape(os.fspath(folder)), *["*"] * depth, f"*{_any_case(spellings)}")
            for _, spellings in sorted(written.items())]


def _any_case(spellings: set[str]) -> str:
    """The glob of a suffix written in each of ``spellings`` (".csv" alone as written).

    >>> _any_case({".csv"}), _any_case({".csv", ".CSV"})
    ('.csv', '.[cC][sS][vV]')
    """
    if len(spellings) == 1:
        return next(iter(spellings))
    suffix = min(spellings).lower()
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in suffix)


def _parts_read(folder: Path, read: Sequence[str] = SUPPORTED_SUFFIXES, kind: str = "table",
                named: bool = False, listed: _Listed | None = None,
                whole: Callable[[str], str] | None = None) -> str:
    """How to read the files of ``folder``, a folder named as a ``kind``, with a glob of the
    suffixes ``read`` (SUPPORTED_SUFFIXES; Dask's reads no .jsonl): the glob of them for each
    suffix they are written with (Spark's "part-00000-….csv", Dask's "part.0.parquet"); where
    none of its files is named as a table, the renaming that makes that glob read Dask's parts
    (its ``to_csv`` and ``to_json`` write "0.part"), or the files it holds named, with the
    suffixes ``read``; the glob of the files in the folders it holds, where it holds folders
    alone (see :func:`_folders_read`); and that it holds no file, or hidden ones alone, where it
    does: a glob of the folder's own suffix matched none of them. A writer's markers beside the
    parts (Spark's "_SUCCESS", see :func:`_marker`) are never named among its files. ``named``:
    the folder is named where the advice says "its" (told beside other folders, as "b.csv's");
    ``listed``: the folder as :func:`_listing` found it for this message, listed here if not given.
    ``whole``: the command that reads a folder of tables as one, given the folder's path quoted
    (`stance score FOLDER -o OUT`, whose glob needs Dask): where the folder's own files are tables,
    that command is advised, not the glob, which `stance score` read only with the dask extra.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     (Path(folder) / "b.csv").mkdir()
    ...     _ = (Path(folder) / "b.csv" / "0.part").write_text("text\\n")
    ...     _ = (Path(folder) / "b.csv" / "_SUCCESS").write_text("")
    ...     print(_parts_read(Path(folder) / "b.csv").replace(folder, "S"))
    its files (0.part) are named as no table; rename them to end in .csv, as Dask's to_csv('out/*.csv') names \
them, and give the glob of them, 'S/b.csv/*.csv'
    """
    own = shell_path((Path(glob.escape(os.fspath(folder))) / f"*{folder.suffix}").as_posix())
    its, them = (f"{folder.name}'s", f"{folder.name}'s files") if named else ("its", "them")
    listed = listed or _listing(folder, read, kind)
    if listed is None:  # not ours to list: the glob of its own suffix, as it is named
        return f"give the glob of {them} to read them, {own}"
    files, folders, below, crossed, staged = listed
    parts = [name for name in files if not _marker(name)]
    partitions = [name for name in folders if not _writers_folder(name)]
    # Hive's partitions ("party=a/"), or a table folder within, beside no part of its own: a README beside them hid
    # them ("its files (README.txt) are named as no table").
    if partitions and not _told(parts, kind) and (below or not parts):
        return _folders_read(folder, partitions, below, read, kind, crossed, staged)
    if not parts:
        # A writer's files and folders alone: Spark's "_SUCCESS", or its "_temporary/" of a job not committed.
        markers = [name for name in files if not name.startswith(".")] + [f"{name}/" for name in folders]
        if markers:
            return f"{folder.name} holds no part, only {_listed(markers)}, which a writer leaves beside its parts"
        return (f"{folder.name} holds only files whose names begin with '.' ({_listed(files)}), which a glob skips"
                if files else f"{folder.name} holds no file")
    globs = [shell_path(Path(pattern).as_posix()) for pattern in suffix_globs(folder, parts, read)]
    # Of a table's type, which this reader's glob does not read: a JSON Lines file, to Dask's.
    unread = sorted({Path(part).suffix for part in parts if Path(part).suffix.lower() in _KINDS[kind][0]}
                    - {Path(part).suffix for part in parts if Path(part).suffix.lower() in read})
    alone = _each_on_its_own(read)
    if (globs or unread) and whole is not None:  # every type of table, .jsonl too, read without Dask
        return f"give the folder to read {them}, {whole(shell_path(folder.as_posix()))}"
    if globs or unread:
        types = sorted({Path(part).suffix.lower() for part in parts if Path(part).suffix.lower() in read})
        said = [f"give the glob of {them} to read them, {globs[0]}" if len(globs) == 1 else
                f"{its} {'parts' if kind == 'table' else 'files'} are of several types ({', '.join(types)}), "
                f"{_globs_of_types(globs, kind)}"] if globs else []
        said += [f"{its} {', '.join(unread)} files: {alone}"] if unread else []
        return "; ".join(said)
    dasks = [part for part in parts if _DASK_PART.fullmatch(part)] if kind == "table" else []
    if not dasks:
        return (f"{its} files ({_listed(parts)}) are named as no {kind}, which a glob reads by their suffix, "
                f"{_kinds(read, 'or')}")
    suffix = folder.suffix
    writer = {".jsonl": "to_json"}.get(suffix.lower(), "to_csv")  # a TSV's too, given sep="\\t"
    renamed = f"rename them to end in {suffix}, as Dask's {writer}('out/*{suffix}') names them, and "
    if suffix.lower() not in read:
        return f"{its} files ({_listed(dasks)}) are named as no table; {renamed}{alone}"
    return f"{its} files ({_listed(dasks)}) are named as no table; {renamed}give the glob of them, {own}"


def _folders_read(folder: Path, folders: Sequence[str], below: Sequence[tuple[int, list[str]]], read: Sequence[str],
                  kind: str = "table", crossed: Sequence[tuple[int, str]] = (),
                  staged: Sequence[tuple[int, str, str]] = ()) -> str:
    """How to read the files within ``folders``, the folders of ``folder`` (a folder named as a
    table, of no part of its own): the glob of those of ``read`` at each depth that holds any,
    ``below`` (see :func:`_parts_below`; Hive's "out.parquet/party=a/part.0.parquet" by
    "out.parquet/*/*.parquet"), a glob's "*" reaching one folder deeper each, so that one glob
    reads the parts of one depth alone (and of one type, see :func:`suffix_globs`); and the
    writer's folders whose files, ``staged`` (see :func:`_parts_below`), a glob advised reads too.

    >>> print(_folders_read(Path("S/b.csv"), ["party=a"], [(1, ["part-0.csv"])], (".csv",)))
    b.csv holds folders (party=a), whose files a glob such as 'S/b.csv/*/*.csv' reads
    >>> print(_folders_read(Path("S/b.csv"), ["a=1", "a=2"], [(1, ["p.csv"]), (2, ["p.csv"])], (".csv",)))
    b.csv holds folders (a=1, a=2), whose files lie at several depths (1 and 2 folders down), which one glob does \
not read together; read each depth in a run of its own, 'S/b.csv/*/*.csv' and 'S/b.csv/*/*/*.csv'
    """
    held = f"{folder.name} holds folders ({_listed(folders)})"
    if not below:
        return f"{held} with no {_kinds(read, 'or')} file in them"
    # Of a table's type, which this reader's glob does not read (a JSON Lines file, to Dask's): told as a folder's own.
    unread = sorted({Path(name).suffix for _, found in below for name in found
                     if Path(name).suffix.lower() not in read})
    told = f"their {', '.join(unread)} files: {_each_on_its_own(read)}" if unread else ""
    below = [(depth, found) for depth, found in below if any(Path(name).suffix.lower() in read for name in found)]
    globs = [shell_path(Path(pattern).as_posix()) for depth, found in below
             for pattern in suffix_globs(folder, found, read, depth)]
    if not globs:
        return f"{held}; {told}"
    # A writer's folder among the partitions ("_temporary/p.parquet" beside "k=1/p.parquet"), which a glob's "*" enters
    # as it does a partition: its files of a depth and type advised are read with the parts.
    advised = {(depth, Path(name).suffix.lower()) for depth, found in below for name in found
               if Path(name).suffix.lower() in read}
    read_too = sorted({name for depth, suffix, name in staged if (depth, suffix) in advised})
    if len(globs) == 1:
        said = f"{held}, whose files a glob such as {globs[0]} reads"
    elif len(below) == 1:
        said = f"{held}, whose files are of several types, {_globs_of_types(globs, kind)}"
    else:
        # A glob reads the parts of one depth ("*/*.parquet" not "*/*/*.parquet"): the other depths went unread.
        depths = _kinds([str(depth) for depth, _ in below])
        each = "depth" if len(globs) == len(below) else "depth and type"
        said = (f"{held}, whose files lie at several depths ({depths} folders down), "
                f"{_globs_of_types(globs, kind, each)}{_crossed(crossed)}")
    said += _staged(folder, read_too, len(globs) == 1)
    return f"{said}; {told}" if told else said


def _staged(folder: Path, names: Sequence[str], one: bool) -> str:
    """What is said of the writer's folders ``names`` in ``folder`` whose files the glob advised
    (``one``), or the globs, read too: that they do, and to move them out first.

    >>> _staged(Path("S/out.parquet"), ["_temporary"], True)
    "; it reads _temporary/ too, a writer's folder, whose files are no part: move it out of out.parquet first"
    """
    if not names:
        return ""
    what, it = ("a writer's folder", "it") if len(names) == 1 else ("writers' folders", "them")
    return (f"; {'it reads' if one else 'they read'} {_listed([f'{name}/' for name in names])} too, {what}, whose "
            f"files are no part: move {it} out of {folder.name} first")


def _crossed(crossed: Sequence[tuple[int, str]]) -> str:
    """What is said of the folders ``crossed``, each with the depth of the glob that matches it
    (see :func:`_parts_below`): that glob passes it over with a warning of its own (the glob of
    its files, or that it holds none), whose files the glob of their own depth reads too, so that
    following both reads them twice.

    >>> _crossed([(1, "a=2/f=x.parquet")])
    '; the glob 1 folder(s) down matches folders too (a=2/f=x.parquet), passed over with a warning: leave it be, \
as the glob of each depth reads the files within them'
    """
    if not crossed:
        return ""
    depths = sorted({depth for depth, _ in crossed})
    globs = f"glob {depths[0]} folder(s) down matches" if len(depths) == 1 else \
        f"globs {_kinds([str(depth) for depth in depths])} folders down match"
    return (f"; the {globs} folders too ({_listed([name for _, name in crossed])}), passed over with a warning: "
            f"leave it be, as the glob of each depth reads the files within them")


def _globs_of_types(globs: Sequence[str], kind: str, each: str = "type") -> str:
    """How to read files of several types (or depths, ``each``) by ``globs``, one a type: a table
    reader takes one glob, so each is read in a run of its own; `stance document` takes them
    together.

    >>> _globs_of_types(["'d/*.md'", "'d/*.txt'"], "document")
    "give the globs of them together: 'd/*.md' 'd/*.txt'"
    """
    if kind == "document":
        return f"give the globs of them together: {' '.join(globs)}"
    return f"which one glob does not read together; read each {each} in a run of its own, {' and '.join(globs)}"


def _parts_below(folder: Path, folders: Sequence[str], read: Sequence[str]
                 ) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]], list[tuple[int, str, str]]]:
    """Each depth below ``folder`` at which its ``folders`` (those a glob's "*" enters), or the
    folders within them, hold files of ``read`` (not those a glob skips, nor a writer's markers,
    see :func:`_marker`, nor those in a writer's folders, see :func:`_writers_folder`), with their
    names, shallowest first; none where none does (Hive's partitions of two depths, "a=1/p.parquet"
    and "a=2/b=3/p.parquet", have two). Each folder is listed once; links to folders are not
    followed, so the search ends with the folders the tree holds, however deep; it once stopped
    16 down, and a part 17 down was said not to be there. And the folders, from ``folder``, that
    the glob of a depth's files matches, with the depth ("a=2/f=x.parquet" at 1, beside
    "a=1/p.parquet"), as a glob reads its matches, a link to a folder too. And the depth and
    suffix of each file of ``read`` in a writer's folder, with that folder from ``folder``
    ("_temporary" at 1, beside "k=1/p.parquet"), which a glob of that depth reads too.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     deep = Path(folder, *["d"] * 20)
    ...     deep.mkdir(parents=True)
    ...     _ = (deep / "part-0.csv").write_text("text\\n")
    ...     _parts_below(Path(folder), ["d"], (".csv",))
    ([(20, ['part-0.csv'])], [], [])
    """
    # Each folder with the writer's folder it lies in, if any ("_temporary"), whose files are no parts.
    level: list[tuple[str, str]] = [(os.path.join(folder, name), name if _writers_folder(name) else "")
                                    for name in folders]
    depth, below = 0, []
    crossed: list[tuple[int, str]] = []
    staged: set[tuple[int, str, str]] = set()
    while level:
        depth += 1
        found: list[str] = []
        deeper: list[tuple[str, str]] = []
        named: list[str] = []  # folders named as a table
        for path, writers in level:
            for entry in (entry for entry in _entries(path) if not entry.name.startswith(".")):
                # Folders as they are, not links to one: a link back up ("up -> ..") looped, and three such links
                # made 3 ** 16 folders to list.
                if entry.is_dir(follow_symlinks=False):
                    writer = writers or (Path(entry.path).relative_to(folder).as_posix()
                                         if _writers_folder(entry.name) else "")
                    deeper.append((entry.path, writer))
                    # not Path's: 40,000 folders took 0.06 s more
                    if not writer and os.path.splitext(entry.name)[1].lower() in read:
                        named.append(entry.path)
                elif os.path.isfile(entry.path):
                    suffix = Path(entry.name).suffix.lower()
                    if suffix in read and not _marker(entry.name):
                        if writers:
                            staged.add((depth, suffix, writers))
                        else:
                            found.append(entry.name)
                # A link to a folder, which the search does not follow and a glob does.
                elif not writers and os.path.splitext(entry.name)[1].lower() in read and entry.is_dir():
                    named.append(entry.path)
        if found:
            below.append((depth, found))
            # A folder named as the depth's files (a partition "f=x.parquet" beside "p.parquet") is matched by their
            # glob; its suffix compared in any case, as an any-case glob of two spellings matches it.
            suffixes = {Path(name).suffix.lower() for name in found}
            crossed += [(depth, Path(path).relative_to(folder).as_posix()) for path in named
                        if Path(path).suffix.lower() in suffixes]
        level = deeper
    return below, crossed, sorted(staged)


def _entries(path: str) -> list[os.DirEntry]:
    """The entries of the folder ``path``, none where it is not ours to list."""
    try:
        with os.scandir(path) as listed:
            return list(listed)
    except OSError:
        return []


def _marker(name: str) -> bool:
    """Whether the file ``name`` is one a writer leaves beside its parts, no part: Spark's
    "_SUCCESS" (and its "_committed_…", "_started_…"), Parquet's "_metadata" and
    "_common_metadata", a Hadoop checksum ".part-0.csv.crc", a hidden one; not a user's own
    "_data.csv", which a glob reads.

    >>> _marker("_SUCCESS"), _marker("part-0.csv.crc"), _marker("part-0.csv"), _marker("_data.csv")
    (True, True, False, False)
    """
    return (name in ("_SUCCESS", "_metadata", "_common_metadata") or name.startswith(("_committed_", "_started_", "."))
            or name.lower().endswith(".crc"))


# The folders writers leave beside their parts, by name (see _writers_folder).
_WRITERS_FOLDERS = ("_temporary", "_delta_log", "_spark_metadata", "_change_data", "_impala_insert_staging")


def _writers_folder(name: str) -> bool:
    """Whether the folder ``name`` is a writer's, no partition: Spark's "_temporary" (a job's parts
    not yet committed, which the committed ones repeat), its "_spark_metadata" (a stream's log) and
    "_committed_…", "_started_…", Delta's "_delta_log" and "_change_data" (its change feed's records,
    no rows of the table), Impala's "_impala_insert_staging", a hidden one (".spark-staging-…",
    ".hive-staging_…", which a glob skips). Not a user's own "_2024", which a glob's "*" reads as it
    does "k=1": pyarrow's readers skip every "_" folder, but the glob advised does not.

    >>> _writers_folder("_temporary"), _writers_folder(".spark-staging-1"), _writers_folder("_2024")
    (True, True, False)
    >>> _writers_folder("_change_data"), _writers_folder("_impala_insert_staging")
    (True, True)
    """
    return name in _WRITERS_FOLDERS or name.startswith(("_committed_", "_started_", "."))


def _listed(names: Sequence[str]) -> str:
    """The first three of ``names``, and an ellipsis for more."""
    return f"{', '.join(names[:3])}{' …' if len(names) > 3 else ''}"


def _each_on_its_own(read: Sequence[str]) -> str:
    """What a table's files of a type that a glob of ``read`` does not read (JSON Lines, to Dask's)
    are told.

    >>> _each_on_its_own((".csv", ".parquet"))
    'score each on its own (stance score FILE): a glob read with Dask reads .csv and .parquet files only'
    """
    return f"score each on its own (stance score FILE): a glob read with Dask reads {_kinds(read)} files only"


def _kinds(suffixes: Sequence[str], last: str = "and") -> str:
    """``suffixes`` as a sentence lists them.

    >>> _kinds((".csv", ".tsv", ".parquet"))
    '.csv, .tsv and .parquet'
    """
    return f"{', '.join(suffixes[:-1])} {last} {suffixes[-1]}"


def _table_folder(path: str | PathLike, suffixes: Sequence[str] = SUPPORTED_SUFFIXES) -> bool:
    """Whether ``path`` is a folder named as a table ("b.csv/"), as Spark and Dask write theirs,
    or as a file of other ``suffixes`` (a document's, "sub.txt/").

    >>> _table_folder(__file__), _table_folder(".", DOCUMENT_SUFFIXES)
    (False, False)
    """
    return Path(path).suffix.lower() in suffixes and os.path.isdir(path)

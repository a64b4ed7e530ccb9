"""``stance score``: a file of statements, a folder of them, or a quoted glob of files, scored into
one file: a file in chunks, on several cores (``--n-jobs``); a folder as ``stance.score`` reads it,
on this machine; a glob with Dask (``--workers``, ``--scheduler``).
"""

from __future__ import annotations

import argparse
import os
import sys

from .cli_data import (
    _model,
    _refuse_flags_that_do_nothing,
    _refuse_output_among_inputs,
    _refuse_output_in_model,
    _write_rows,
)
from .cli_errors import EXIT_OK, _through_dask
from .terminal import _Missing, _shown


def cmd_score(args: argparse.Namespace) -> int:
    from .files import refuse_input_as_output, refuse_unusable_output, score_file
    from .report import counted

    refuse_unusable_output(args.output, "-o")  # named as typed, not as score_file's output_path
    folder = os.path.isdir(args.input)  # os.path's, as pathlib's raised "File name too long"
    if folder and (_through_dask(args) or not _tables_in(args.input)):
        _refuse_folder(args)
    _refuse_flags_that_do_nothing(args, [args.input], args.output)
    _refuse_output_in_model(args, {"-o": args.output})
    # An input file named as -o first, as suggest and check say it: it would be written over.
    refuse_input_as_output(args.input, args.output)
    _refuse_output_among_inputs(args.input, args.output, reader="score",
                                why="the scores, copies of its rows, would be read again by every later score "
                                    "of it, and scored twice")
    if folder:
        rows = _score_folder(args)
    elif _through_dask(args):  # "[1].csv" may be a name: a glob only when no such file exists
        from .distributed import score_files

        _refuse_glob_without_dask(args)
        if args.encoding != "utf-8":  # Dask's reader is given UTF-8 (see stance.distributed)
            raise _Missing("--encoding is for one file read on this machine; a glob, --scheduler and --workers read "
                           "UTF-8 only: re-save the files as UTF-8, or score each with stance score FILE --encoding")
        if args.n_jobs != 1:
            raise _Missing("--n-jobs is for one file on this machine; with a glob, --scheduler or --workers, "
                           "Dask's workers do the work (use --workers N)")
        rows = score_files(args.input, args.output, text_column=args.text_column, model=_model(args),
                           scheduler=args.scheduler, workers=args.workers, prefix=args.prefix,
                           progress=False if args.no_progress else None, bom=args.bom, argument="IN")
    else:
        _check_n_jobs(args.n_jobs, args.chunk_size)
        rows = score_file(args.input, args.output, text_column=args.text_column, model=_model(args),
                          chunk_size=args.chunk_size, progress=False if args.no_progress else None,
                          prefix=args.prefix, n_jobs=args.n_jobs, encoding=args.encoding, bom=args.bom)
    print(f"scored {counted(rows, 'row')} into {_shown(args.output)}", file=sys.stderr)
    return EXIT_OK


def _score_folder(args: argparse.Namespace) -> int:
    """Score the folder IN as ``stance.score`` reads it, every file of its tables (.jsonl too,
    and names beginning with "."), in name order, on this machine without Dask, into OUT, with
    each row's file and row (``a.csv:07``) first, in ``row``, as ``stance check -o`` and
    ``stance suggest -o`` write a folder's rows: the output of the files' rows alone lost which
    file each came from. Read whole, as the library reads a folder (``--chunk-size`` is a file's),
    and scored in ``--n-jobs`` processes. It was refused, advised a glob that needs the dask
    extra and reads no .jsonl file, while ``stance.score`` and ``stance train`` read the folder."""
    from .files import SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES, check_output
    from .parallel import check_n_jobs
    from .scoring import score_checked

    # Before any work, as score_file refuses them: "-" too, which _write_rows (suggest's) would print.
    check_output(args.output, SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES, argument="-o")
    # Checked though a folder is read whole, as a file's is: 0 was taken without a word for a folder, refused
    # for a file, and the same command then failed on the folder's first file read alone.
    if args.chunk_size < 1:
        raise _Missing(f"--chunk-size must be positive, got {args.chunk_size}")
    check_n_jobs(args.n_jobs, "--n-jobs")  # as stance.score refuses it
    scored = score_checked(args.input, args.text_column, _model(args), n_jobs=args.n_jobs,
                           progress=False if args.no_progress else None, prefix=args.prefix,
                           encoding=args.encoding, argument="IN")
    _write_rows(scored, args.output, source=args.input, encoding=args.encoding, bom=args.bom,
                read_as_text=[args.text_column])
    return len(scored)


def _tables_in(folder: str) -> list[str]:
    """The names of the files of ``folder`` of a table's suffix (hidden ones too, which
    ``stance.score`` reads), as :func:`stance.distributed.folder_refused` finds them; none where
    it is not ours to list."""
    from .file_types import SUPPORTED_SUFFIXES

    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [name for name in names
            if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES and os.path.isfile(os.path.join(folder, name))]


def _refuse_folder(args: argparse.Namespace) -> None:
    """Refuse a folder as IN that holds no table, saying what it holds (the folders named as
    tables within it, Hive's partitions, with the glob that reads their files, read with Dask as
    this command reads a glob); or one beside ``--workers`` or ``--scheduler``, which read a glob
    with Dask, giving the quoted glob of its files with that flag, the files it leaves out by name
    (a .jsonl, which Dask does not read, and names beginning with ".", which a glob skips), and
    that the folder alone is scored on this machine. Every path in the command given is quoted
    as a shell needs it: "my scores.csv" was given bare, and the command pasted wrote "my".

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("a.csv", "c.jsonl"):
    ...         _ = open(os.path.join(folder, name), "w").close()
    ...     try:
    ...         _refuse_folder(argparse.Namespace(input=folder, output="my scores.csv", workers=2))
    ...     except _Missing as error:
    ...         print(str(error).split("; ", 1)[1].replace(folder, "DIR"))
    --workers reads a quoted glob of its files: stance score 'DIR/*.csv' -o 'my scores.csv' --workers 2, which \
leaves out c.jsonl (a glob read with Dask reads .csv, .tsv and .parquet files only); or leave --workers out to \
score every file of the folder on this machine, as stance.score reads it
    """
    import glob

    from .distributed import CLUSTER_SUFFIXES, folder_refused
    from .exceptions import shell_path
    from .file_types import SUPPORTED_SUFFIXES

    source, output = args.input, shell_path(args.output)
    workers, scheduler = getattr(args, "workers", None), getattr(args, "scheduler", None)
    # Only a folder of tables is told a glob, and only beside one of the two.
    flag = f"--workers {workers}" if workers is not None else f"--scheduler {shell_path(scheduler or '')}"
    name = flag.split()[0]
    alone = f"leave {name} out to score every file of the folder on this machine, as stance.score reads it"

    def globs(patterns: list[str]) -> str:
        # Every table of the folder that no glob advised reads is named: the advice once left c.jsonl out unsaid.
        matched = {os.path.basename(path) for pattern in patterns for path in glob.glob(pattern)}
        left_out = [table for table in _tables_in(source) if table not in matched]
        hidden = [name for name in left_out if name.startswith(".")]
        unread = [name for name in left_out if not name.startswith(".")]
        why = ([f"{_some(unread)} (a glob read with Dask reads {', '.join(CLUSTER_SUFFIXES[:-1])} and "
                f"{CLUSTER_SUFFIXES[-1]} files only)"] if unread else []) + (
            [f"{_some(hidden)} (named with a leading '.', which a glob skips)"] if hidden else [])
        if len(patterns) == 1:
            told = f", which leaves out {' and '.join(why)}" if why else ""
            return (f"{name} reads a quoted glob of its files: stance score {shell_path(patterns[0])} -o {output} "
                    f"{flag}{told}; or {alone}")
        # A glob of each type, each scored into its own output: joined by "or", every command wrote the same -o,
        # each run over the last, and "which leaves out" seemed to follow the last command alone.
        commands = "; ".join(f"stance score {shell_path(pattern)} -o {shell_path(out)} {flag}"
                             for pattern, out in zip(patterns, _outputs_apart(args.output, patterns)))
        told = f"; together they leave out {' and '.join(why)}" if why else ""
        return (f"{name} reads a quoted glob of its files, one type at a time, each scored into its own output: "
                f"{commands}{told}; or {alone}")

    # Named bare, without "input ", as score's "file not found: …" names it (and train's and check's).
    # Without --workers or --scheduler, a folder named as a table within is scored as a folder, here: the glob of
    # its parts that was advised needs Dask.
    whole = None if _through_dask(args) else (lambda path: f"stance score {path} -o {output}")
    raise _Missing(folder_refused(source, repr(source), SUPPORTED_SUFFIXES,
                                  lambda path: f"{name} reads no glob of them; {alone}", globs, whole))


def _refuse_glob_without_dask(args: argparse.Namespace) -> None:
    """Refuse a quoted glob as IN, read with Dask, where dask is not installed (a default
    install), saying what reads its files on this install: the folder holding them (only where
    it holds no other table, which ``stance score FOLDER`` would score too), or
    ``stance.score(pattern)`` in Python; and the install command of the dask extra's packages,
    which fits a wheel's install as well as a clone's. It said only "needs dask, which is not
    installed", with ``pip install ".[dask]"`` in a clone, while the folder and
    ``stance.score`` read the same files here. With --workers or --scheduler Dask was asked for:
    the error of its missing import says so. A glob matching no file is told so first, as with
    dask installed (it was "needs dask", which installing would only turn into "no files match").

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("p1.csv", "p2.csv"):
    ...         _ = open(os.path.join(folder, name), "w").close()
    ...     print(_local_advice(os.path.join(folder, "p*.csv"), "out.csv").replace(folder, "DIR"))
    on this install, score the folder that holds just these files: stance score DIR -o out.csv, or in Python \
stance.score('DIR/p*.csv')
    """
    from .distributed import _expand, require_dask
    from .exceptions import EXTRAS, MissingDependencyError

    try:
        require_dask()
    except MissingDependencyError:
        _expand(args.input)  # no file matched: told as with dask ("no files match", links to none, folders)
        # A URL's files are read through Dask's fsspec alone: nothing here reads them without it.
        if "://" in args.input or getattr(args, "scheduler", None) or getattr(args, "workers", None) is not None:
            return
        packages = " ".join(f'"{requirement}"' for requirement in EXTRAS["dask"])
        raise _Missing(f"IN {args.input!r} is a glob, which stance score reads with Dask, and dask is not "
                       f"installed; {_local_advice(args.input, args.output)}; or install dask: pip install "
                       f"{packages} (the dask extra's packages, for a wheel's install or a clone's)") from None


def _local_advice(pattern: str, output: str) -> str:
    """What reads the files of the glob ``pattern`` on this machine without Dask: the folder
    that holds them, where it holds no other table (``stance score FOLDER`` reads every one), and
    ``stance.score(pattern)``, which reads the glob's files alone."""
    import glob

    from .exceptions import shell_path

    matched = sorted(glob.glob(pattern))
    folders = {os.path.dirname(path) or "." for path in matched}
    python = f"in Python stance.score({pattern!r})"
    if len(folders) > 1:
        return f"its files are in {len(folders)} folders: on this install, read them {python}"
    folder = folders.pop()
    others = [name for name in _tables_in(folder) if name not in {os.path.basename(path) for path in matched}]
    if others:
        return (f"its folder {folder!r} holds {_some(others)} too, which stance score {shell_path(folder)} would "
                f"score as well: on this install, read the glob's files alone {python}")
    if not all(name in _tables_in(folder) for name in map(os.path.basename, matched)):
        return f"on this install, read them {python}"  # files of no table's suffix, which no reader takes
    apart = _output_outside(folder, output)
    if apart is None:  # no output outside the folder to name: the folder's command would be refused
        return f"on this install, read them {python}"
    # -o inside the folder is refused by `stance score FOLDER` (it would be one of its files):
    # an output of the same name beside the folder is advised instead, and said to be
    moved = "" if apart == output else f" (outside the folder: -o {output!r} would be one of its files)"
    return (f"on this install, score the folder that holds just these files: stance score {shell_path(folder)} "
            f"-o {shell_path(apart)}{moved}, or {python}")


def _refused_beside(folder: str, output: str) -> bool:
    """Whether ``stance score FOLDER -o OUTPUT`` refuses ``output`` as one of the folder's files
    (:func:`_refuse_output_among_inputs`, the rule that command applies)."""
    try:
        _refuse_output_among_inputs(folder, output, reader="score", why="")
    except _Missing:
        return True
    return False


def _output_outside(folder: str, output: str) -> str | None:
    """``output`` where ``stance score folder -o output`` takes it; else the same name in the
    folder's parent (absolute where the folder is written as "." or ".."), or None where that is
    refused too: advice that named ``output`` inside the folder named a command that exits 2."""
    if not _refused_beside(folder, output):
        return output
    name = os.path.basename(output)
    for parent in (os.path.dirname(os.path.normpath(folder)), os.path.dirname(os.path.abspath(folder))):
        if not _refused_beside(folder, apart := os.path.join(parent, name)):  # "in" -> "out.csv", as typed
            return apart
    return None


def _outputs_apart(output: str, patterns: list[str]) -> list[str]:
    """An output of its own for the glob of each type in ``patterns``, named after ``output``
    and the type (by number where two globs are of one type, written in two cases), so that
    the commands advised write no file over another.

    >>> _outputs_apart("out/s.csv", ["f/*.csv", "f/*.tsv"]), _outputs_apart("s.csv", ["f/*.csv", "f/*.CSV"])
    (['out/s-csv.csv', 'out/s-tsv.csv'], ['s-1.csv', 's-2.csv'])
    """
    types = [os.path.splitext(pattern)[1].lstrip(".").lower() for pattern in patterns]
    if len(set(types)) < len(types):
        types = [str(number) for number in range(1, len(patterns) + 1)]
    root, suffix = os.path.splitext(output)
    return [f"{root}-{kind}{suffix}" for kind in types]


def _some(names: list[str]) -> str:
    """The first five of ``names``, and how many more.

    >>> _some(["a.jsonl"]), _some([f"{n}.jsonl" for n in range(7)])
    ('a.jsonl', '0.jsonl, 1.jsonl, 2.jsonl, 3.jsonl, 4.jsonl and 2 more')
    """
    return ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def _check_n_jobs(n_jobs: int, chunk_size: int) -> None:
    """Refuse an --n-jobs that is no number of processes (0), or chunks too small to share
    out (a chunk is scored in parts of SCORE_CHUNK rows)."""
    from .parallel import check_n_jobs
    from .scoring import SCORE_CHUNK

    check_n_jobs(n_jobs, "--n-jobs")  # as stance.score refuses it
    if n_jobs != 1 and chunk_size <= SCORE_CHUNK:
        raise _Missing(f"--n-jobs {n_jobs} has nothing to share out with --chunk-size {chunk_size}: a chunk is "
                       f"scored in parts of {SCORE_CHUNK} rows, one process each; use a --chunk-size above "
                       f"{SCORE_CHUNK} (the default is 50000)")

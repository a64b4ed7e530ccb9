"""``stance score``: a file of statements, or a quoted glob of files, scored into one file, in
chunks, on several cores (``--n-jobs``) or with Dask (``--workers``, ``--scheduler``); a folder
given as the input is refused, naming the glob that scores its files.
"""

from __future__ import annotations

import argparse
import os
import sys

from .cli_data import _model, _refuse_flags_that_do_nothing, _refuse_output_among_inputs, _refuse_output_in_model
from .cli_errors import EXIT_OK, _through_dask
from .terminal import _Missing, _shown


def cmd_score(args: argparse.Namespace) -> int:
    from .files import refuse_input_as_output, refuse_unusable_output, score_file
    from .report import counted

    refuse_unusable_output(args.output, "-o")  # named as typed, not as score_file's output_path
    _refuse_folder_input(args.input, args.output)
    _refuse_flags_that_do_nothing(args, [args.input], args.output)
    _refuse_output_in_model(args, {"-o": args.output})
    # An input file named as -o first, as suggest and check say it: it would be written over.
    refuse_input_as_output(args.input, args.output)
    _refuse_output_among_inputs(args.input, args.output, reader="score",
                                why="the scores, copies of its rows, would be read again by every later score "
                                    "of it, and scored twice")
    if _through_dask(args):  # "[1].csv" may be a name: a glob only when no such file exists
        from .distributed import score_files

        if args.encoding != "utf-8":  # Dask's reader is given UTF-8 (see stance.distributed)
            raise _Missing("--encoding is for one file read on this machine; a glob, --scheduler and --workers read "
                           "UTF-8 only: re-save the files as UTF-8, or score each with stance score FILE --encoding")
        if args.n_jobs != 1:
            raise _Missing("--n-jobs is for one file on this machine; with a glob, --scheduler or --workers, "
                           "Dask's workers do the work (use --workers N)")
        rows = score_files(args.input, args.output, text_column=args.text_column, model=_model(args),
                           scheduler=args.scheduler, workers=args.workers, prefix=args.prefix,
                           progress=False if args.no_progress else None, bom=args.bom, argument="IN")
        print(f"scored {counted(rows, 'row')} into {_shown(args.output)}", file=sys.stderr)
        return EXIT_OK
    _check_n_jobs(args.n_jobs, args.chunk_size)
    rows = score_file(args.input, args.output, text_column=args.text_column, model=_model(args),
                      chunk_size=args.chunk_size, progress=False if args.no_progress else None,
                      prefix=args.prefix, n_jobs=args.n_jobs, encoding=args.encoding, bom=args.bom)
    print(f"scored {counted(rows, 'row')} into {_shown(args.output)}", file=sys.stderr)
    return EXIT_OK


def _refuse_folder_input(source: str, output: str) -> None:
    """Refuse a folder as IN, giving the quoted glob that scores its files (it was "is a
    directory, not a file", while train and check read folders). Not read as train reads
    one: OUT is written without an index, which would lose the file each row came from.
    Every path in the command given is quoted as a shell needs it: "my scores.csv" was given
    bare, and the command pasted wrote "my".

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.csv").write_text("text\\nWe agree.\\n")
    ...     try:
    ...         _refuse_folder_input(folder, "my scores.csv")
    ...     except _Missing as error:
    ...         print(str(error).split(": ")[-1].replace(folder, "DIR"))
    stance score 'DIR/*.csv' -o 'my scores.csv'
    """
    from .exceptions import shell_path

    if not os.path.isdir(source):  # nearly always; os.path's, as pathlib's raised "File name too long"
        return
    from .distributed import folder_refused
    from .tables import SUPPORTED_SUFFIXES

    # Named bare, without "input ", as score's "file not found: …" names it (and train's and check's).
    # A glob is quoted for the command to expand it, not the shell; the output, a name with a space too.
    raise _Missing(folder_refused(
        source, repr(source), SUPPORTED_SUFFIXES,
        lambda path: f"score each file on its own, e.g. stance score {shell_path(path)} -o {shell_path(output)}",
        lambda patterns: "a quoted glob scores its files into one output, in name order: " + " or ".join(
            f"stance score {shell_path(pattern)} -o {shell_path(output)}" for pattern in patterns)))


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

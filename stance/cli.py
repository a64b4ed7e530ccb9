"""The ``stance`` command: a thin layer that parses arguments and calls the library.

Every command returns 0 on success and 2 on bad usage or bad input (an output folder not
writable when it starts included), with one line on stderr saying what to fix; 1 when the
machine failed it (a full disk, a file-size limit, a disk that fails or turns read-only
while written, too little memory), with one line saying what failed.
``main(argv)`` is what the tests call.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from .exceptions import QUOTED_PATH_WIDTH, InvalidInputError, StanceError, quoted, require_seed
from .terminal import (
    _escaped,
    _json_line,
    _json_text,
    _messages_dropped_once_unread,
    _Missing,
    _OutputClosed,
    _refuse_compressed_stdin,
    _shown,
    _stand_in_for_closed_streams,
    _stdin_batches,
    _terminate_cleanly,
    _utf8_argument,
    _utf8_output,
    _warn_of_unquoted_words,
)

# 1 is a failure of the machine, not of the call (see stance.files.system_failure): a
# nightly job retries it, or pages someone, where it would fix its input for a 2.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    # What a command given no input may be given instead ("- reads standard input"), said when
    # it is missing: "cat speech.txt | stance document" was refused naming FILE alone, where
    # stance classify reads its standard input.
    missing_hint = ""

    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        if self.missing_hint and message.startswith("the following arguments are required"):
            message = f"{message}; {self.missing_hint}"
        raise _UsageError(f"{self.prog}: {message}")


class _UsageError(Exception):
    pass


MODEL_NAMED = "a saved model directory, or 'bundled'"  # what an empty --model should have named
MODEL_HELP = "a saved model directory (default, or 'bundled': the bundled model)"
SHA256_HELP = ("the parameters' digest the model's publisher gave you ('parameters: sha256 …' in stance info): "
               "the command refuses a model whose parameters differ, checked in the load it uses, as "
               "stance.load(DIR, sha256=…) is (without --model: the bundled model's)")
TEXT_COLUMN_HELP = "the column holding the statements (default: text)"
NONE_LABEL_HELP = ("the label meaning 'takes no position' (default: none; 'None' if the scheme has none, unless "
                   "the data have a label called 'None', which it then names: '' for no such label)")


def _path(what: str) -> Callable[[str], str]:
    """The type of an argument that names ``what``: refused when empty, which ``Path("")``
    reads as the current folder (an unset shell variable trained on every table there).

    >>> _path("a file")("")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: the value is empty; name a file (is a shell variable empty?)
    """
    def path(value: str) -> str:
        if not value:
            raise argparse.ArgumentTypeError(f"the value is empty; name {what} (is a shell variable empty?)")
        return value

    return path


def _digest(value: str) -> str:
    """``--sha256``: refused when empty (an unset shell variable), which would pin nothing; the
    rest (64 hexadecimal digits, a line end around them ignored) is checked by the load."""
    if not value:
        raise argparse.ArgumentTypeError("the value is empty; give the parameters' digest, 64 hexadecimal digits "
                                         "(is a shell variable empty?)")
    return value


def _stance_column_name(value: str) -> str:
    """``--stance-column``: refused when empty, which trained without a stance head as "none"
    does, unasked (an unset shell variable); "none" says so on purpose."""
    if not value:
        raise argparse.ArgumentTypeError("the value is empty; name the stance column, or 'none' for no stance "
                                         "(is a shell variable empty?)")
    return value


def _similarity(value: str) -> float | None:
    """``--max-similarity``: a cosine, or "none" to keep near-paraphrases."""
    if value.strip().lower() == "none":
        return None
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1] or 'none', got {quoted(value)}") from None


def _level(value: str) -> float:
    """``--intervals LEVEL``. The LEVEL is optional, so argparse gives the flag the word after
    it, which is DATA when the flag comes first: say so, not "invalid float value"."""
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"LEVEL must be a number between 0 and 1, got {quoted(value)}: --intervals reads the word after it as its "
            f"LEVEL, so give DATA first (stance evaluate DATA --intervals) or the level too (--intervals 0.95 DATA)"
        ) from None


def _none_label(value: str, data: Any = None, labels_column: str | None = None) -> str | None:
    """``--none-label`` as ``none_label``: "None" or "" is a scheme without an off-topic label,
    except that "None" names the data's own label when they have one called so (else no
    flag could name it, and the advice to pass --none-label 'None' went round in a circle).

    >>> import pandas as pd
    >>> _none_label("None"), _none_label(""), _none_label("None", pd.DataFrame({"labels": ["a", "b|None"]}), "labels")
    (None, None, 'None')
    """
    from .data import parse_label_set

    named = value == "None" and data is not None and labels_column in getattr(data, "columns", ())
    if named and any("None" in parse_label_set(cell) for cell in data[labels_column]):
        return "None"
    return None if value in ("None", "") else value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stance", description="Which NATO policy positions does a statement take?")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = commands.add_parser("classify", help="classify statements (arguments, or lines on stdin)")
    p.add_argument("texts", nargs="*", metavar="TEXT",
                   help="statements (none, or - alone: one per line on stdin)")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--json", action="store_true", help="print one JSON object per statement")
    p.add_argument("--details", action="store_true",
                   help="print labels, the label's confidence, stance, the stance's probability, the flag "
                        "(- when none) and the text, tab-separated, instead of the label (not with --json, "
                        "which gives every probability)")

    p = commands.add_parser("explain", help="which words pushed each statement's labels and stance, and how hard")
    p.add_argument("texts", nargs="+", metavar="TEXT",
                   help="statements to explain (or - alone: one per line on stdin, as stance classify reads them)")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("-n", type=int, default=10, metavar="N",
                   help="n-grams shown per head, the strongest either way (default: 10); the rest are summed")
    p.add_argument("--label", help="explain this label (and the stance it would bring) instead of the predicted "
                   "ones: why a statement was not called unity, say")
    p.add_argument("--json", action="store_true", help="print one JSON object per statement")
    p.missing_hint = "give - to read one statement a line from standard input (stance explain - < FILE)"

    p = commands.add_parser("score", help="score a CSV/TSV/JSONL/Parquet file into a CSV, TSV, JSONL or Parquet file")
    p.add_argument("input", metavar="IN", type=_path("a file"),
                   help="a .csv, .tsv, .jsonl or .parquet file (or a quoted glob of "
                   ".csv, .tsv or .parquet files)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="a .csv, .tsv, .jsonl or .parquet file, in the format its suffix names (Parquet: the parquet "
                        "extra), written atomically, a chunk at a time")
    p.add_argument("--text-column", default="text", help=TEXT_COLUMN_HELP)
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--chunk-size", type=int, default=50_000,
                   help="rows read and scored at a time, whatever the input format (default: 50000; "
                        "a glob, --scheduler or --workers: Dask's own partitions)")
    p.add_argument("--prefix", default="", help="prefix for the result columns (e.g. pred_ when the input "
                   "already has label or stance columns)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    p.add_argument("-j", "--n-jobs", type=int, default=1, metavar="N",
                   help="score each chunk in N processes on this machine, in parts of 8192 rows (so a "
                        "--chunk-size above 8192; -1: every core; default: 1); a glob, --scheduler or "
                        "--workers: Dask's own")
    cluster = p.add_mutually_exclusive_group()  # IN may then be a quoted glob of CSV/TSV/Parquet files
    cluster.add_argument("--scheduler", metavar="ADDRESS", help="score on this Dask cluster (dask extra; "
                         "reads .csv, .tsv or .parquet in UTF-8, not .jsonl)")
    cluster.add_argument("--workers", type=int, metavar="N", help="score on a local Dask cluster of N processes "
                         "(as --scheduler reads)")

    p = commands.add_parser("document", help="split a speech or article into statements and profile it")
    p.add_argument("files", nargs="+", metavar="FILE", type=_path("a file, or - for stdin"),
                   help="a plain-text UTF-8 file (or UTF-16 or UTF-32 with a byte-order mark; not .docx, PDF or "
                        "HTML, nor a table of statements, .csv, .tsv, .jsonl, .parquet or .json, which stance score "
                        "reads, JSON Lines as .jsonl), or - for "
                        "stdin; several files are scored together, each statement naming its file in a 'document' "
                        "column, and each file gets its own profile")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--plot", metavar="PNG", type=_path("an image file, e.g. profile.png"),
                   help="also draw the profile to this image (plot extra)")
    p.add_argument("--json", action="store_true", help="print statements and profile as JSON")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="also write the statements (numbered, with speaker, line in the file and scores) to this "
                        ".csv, .tsv, .jsonl or .parquet file (by its suffix)")
    p.add_argument("--favor", help="the stance value that counts as favour (a model with other names)")
    p.add_argument("--against", help="the stance value that counts as against")
    speakers = p.add_mutually_exclusive_group()
    speakers.add_argument("--speaker", metavar="NAME", action="append",
                          help="keep only the statements of this speaker, as a transcript's tag names them "
                               "(RUTTE, 'Mr Healey', A; any case, a colon or not); repeat for several: the table, "
                               "-o, --json, --plot and the profile then count theirs alone")
    speakers.add_argument("--leave-out-speaker", metavar="NAME", action="append",
                          help="leave out the statements of this speaker (Q, a moderator's), counting the rest; "
                               "repeat for several")
    p.missing_hint = "give - to read the document from standard input (stance document - < FILE)"

    p = commands.add_parser("train", help="train a model on your own labels")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them "
                        "('data/2024-*.csv')")
    p.add_argument("-o", "--output", required=True, metavar="DIR", type=_path("the model directory to write"),
                   help="the model directory to write")
    p.add_argument("--text-column", default="text", help=TEXT_COLUMN_HELP)
    p.add_argument("--labels-column", default="labels",
                   help="one label per row, or several joined with | (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="train a stance head on this column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--none-label", default="none",
                   help=NONE_LABEL_HELP)
    p.add_argument("--random-state", type=int, default=None, help="seed of every random choice (default: 0)")
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", type=_option,
                   help="a model option, as for stance.StanceModel (e.g. C=10, ngram_max=3, threshold_folds=0, "
                        "min_df=None); repeat for several")
    p.add_argument("--overwrite", action="store_true", help="replace an existing model directory")

    p = commands.add_parser("evaluate", help="evaluate a model on labelled data")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a labelled .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP + "; --model's, not --compare-with's")
    p.add_argument("--text-column", default="text", help=TEXT_COLUMN_HELP)
    p.add_argument("--labels-column", default="labels", help="the gold labels (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="gold stance column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--intervals", nargs="?", const=0.95, type=_level, metavar="LEVEL",
                   help="also print each metric's bootstrap interval over the statements "
                        "(LEVEL: its coverage, default 0.95)")
    p.add_argument("--by", metavar="COLUMN",
                   help="also measure each group of rows that share a value in COLUMN (register, party, year...): "
                        "a table of each group's metrics after the overall ones; rows without a value are "
                        "the group '(missing)'")
    p.add_argument("--compare-with", metavar="DIR", type=_path(MODEL_NAMED),
                   help="a second model ('bundled' for the bundled one) to measure on the same data: "
                        "prints both, their difference and its paired bootstrap interval "
                        "(at --intervals' LEVEL, default 0.95), and for top-1 and stance accuracy "
                        "the exact McNemar test of the statements only one model gets right")
    p.add_argument("--favor", help="the stance value whose F1 stance_f_avg averages as favour (a model with "
                                   "other names, such as favorable/unfavorable/neutral)")
    p.add_argument("--against", help="the stance value whose F1 stance_f_avg averages as against")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = commands.add_parser("info", help="describe a model: labels, versions, training data, metrics")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--json", action="store_true", help="print everything as JSON")

    p = commands.add_parser("suggest", help="which unlabelled statements to label next")
    p.add_argument("input", metavar="UNLABELLED", type=_path("a file"),
                   help="a file of statements nobody has labelled yet")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("-n", type=int, default=20, help="how many statements to suggest (default: 20)")
    p.add_argument("--strategy", default="uncertainty", help="uncertainty (the default), entropy, stance or random")
    p.add_argument("--text-column", default="text", help=TEXT_COLUMN_HELP)
    p.add_argument("--max-similarity", type=_similarity, default=0.35,
                   help="skip near-paraphrases above this cosine (default: 0.35; 'none': keep them)")
    p.add_argument("--exclude", metavar="LABELLED", type=_path("a file or a folder"), action="append",
                   help="leave out the statements of this file (those labelled already), matched by text; "
                        "give it once per file (each round's labels)")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="write the suggestions to this .csv, .tsv, .jsonl or .parquet file, in the format its "
                        "suffix names (Parquet: the parquet extra)")

    p = commands.add_parser("check", help="find labelled rows whose label looks wrong (cross-validated)")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a labelled .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them")
    p.add_argument("--text-column", default="text", help=TEXT_COLUMN_HELP)
    p.add_argument("--labels-column", default="labels", help="the labels to check (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="also check this stance column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--none-label", default="none",
                   help=NONE_LABEL_HELP)
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", type=_option,
                   help="a model option for the fold models, as for stance train (e.g. stem=german, C=10); "
                        "repeat for several")
    p.set_defaults(random_state=None)  # the seed is --option random_state=…
    p.add_argument("-n", type=int, default=30, help="how many flagged rows to print (default: 30)")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="write every flagged row to this .csv, .tsv, .jsonl or .parquet file, in the format "
                        "its suffix names (Parquet: the parquet extra)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _stand_in_for_closed_streams()
    with _messages_dropped_once_unread():
        try:
            try:
                return _run(argv)
            except _OutputClosed as error:  # --version or --help, before a command took over
                print(f"stance: {error}", file=sys.stderr)
                return EXIT_USAGE
        except KeyboardInterrupt as interrupt:
            # A Ctrl-C before a command took over (the arguments read, the output set up): no
            # traceback either. The entry point (_stance_command) covers the import before this.
            print("stance: interrupted", file=sys.stderr)
            return 128 + getattr(interrupt, "signal_number", 2)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as error:
        given = sys.argv[1:] if argv is None else list(argv)
        message = _in_its_command(str(error), given)
        print(message + (_option_hint(message, given) or _closest_flag_hint(message, given)), file=sys.stderr)
        return EXIT_USAGE
    if args.version:
        from . import __version__

        print(__version__)
        return EXIT_OK
    if args.command is None:
        print("stance: name a command (classify, explain, score, document, train, evaluate, info, suggest, check); "
              "see stance --help", file=sys.stderr)
        return EXIT_USAGE
    _utf8_output()
    from .files import raise_if_interrupted, system_failure

    try:
        with _terminate_cleanly(), warnings.catch_warnings():
            warnings.showwarning = _one_line_warning(args)
            _drop_what_training_sums_up()
            status = COMMANDS[args.command](args)
            # A Ctrl-C or SIGTERM whose KeyboardInterrupt Python dropped in a finalizer let
            # the command run to its end; it was still counted, and still stops the command.
            raise_if_interrupted()
            return status
    except BrokenPipeError:  # `stance classify … | head` closes the pipe early
        return EXIT_OK
    except KeyboardInterrupt as interrupt:  # Ctrl-C or SIGTERM: no traceback, the shell's 128 + signal
        from .files import written_by_command

        # One that came after an output was in place (a SIGTERM as 'stance train -o' ended)
        # still stops the command, and says that output is whole.
        written = " and ".join(quoted(path) for path in written_by_command())
        print(f"stance {args.command}: interrupted{f' after it wrote {written} in full' if written else ''}",
              file=sys.stderr)
        return 128 + getattr(interrupt, "signal_number", 2)
    except MemoryError as error:  # no traceback: what ran out, and what takes less
        print(f"stance {args.command}: {_out_of_memory(args, error)}", file=sys.stderr)
        return EXIT_FAILURE
    except (StanceError, OSError) as error:  # a bad path, a full disk: say so in one line
        if system_failure(error):
            print(f"stance {args.command}: {_system_message(error)}", file=sys.stderr)
            return EXIT_FAILURE
        problems = getattr(error, "problems", None)
        if problems:  # several problems of the data (see stance.data.problems_together): one a line
            message = _first_line(_said(error)) + "".join(f"\n  ({n}) {_in_flags(_first_line(problem))}"
                                                          for n, problem in enumerate(problems, 1))
            hint = _line_hint(args, message)
            print(f"stance {args.command}: {message}{hint and chr(10) + '  ' + hint.lstrip()}", file=sys.stderr)
            return EXIT_USAGE
        message = _in_flags(_first_line(_said(error)) if str(error) else type(error).__name__)
        print(f"stance {args.command}: {message}{_line_hint(args, message)}", file=sys.stderr)
        return EXIT_USAGE


def _first_line(message: str) -> str:
    r"""The first line of an error's or a warning's ``message``, as the command line prints it:
    up to its first "\n", the line end a message is written with, and every other character a
    terminal acts on or ``str.splitlines`` ends a line at escaped where it stands (see
    :func:`stance.text.escaped_in_place`). A message may quote a name a model's metadata.json
    gives, as written: its escape reached the terminal raw, and a line separator in it cut the
    message short.

    >>> _first_line("option 'x' of 'm\x1b[2J' is unknown\nmore")
    "option 'x' of 'm\\x1b[2J' is unknown"
    >>> _first_line("option wind\u2028power is unknown")
    'option wind\\u2028power is unknown'
    """
    from .text import escaped_in_place

    return escaped_in_place(message.split("\n", 1)[0].removesuffix("\r"))


def _out_of_memory(args: argparse.Namespace, error: MemoryError) -> str:
    """What a MemoryError says, with numpy's size of what it could not allocate when it
    gives one, and for ``stance score`` the flag that holds fewer rows at once."""
    said = _first_line(str(error)) if str(error) else ""
    chunk_size = getattr(args, "chunk_size", None)
    advice = (f"give a smaller --chunk-size (it is {chunk_size:,}), or free memory" if chunk_size is not None
              else "free memory, or run it on a machine with more")
    return f"out of memory{f' ({said})' if said else ''}; {advice}"


def _system_message(error: OSError) -> str:
    """A system failure in one line: its own words ("cannot write 'x.csv': File too large",
    as the writers name their file), without Python's "[Errno 27]", and the file it names.

    >>> import errno
    >>> _system_message(OSError(errno.EIO, "Input/output error", "in.csv"))
    "'in.csv': Input/output error"
    """
    text = _first_line(error.strerror or str(error))
    return f"{str(error.filename)!r}: {text}" if error.filename is not None else text


# The library's arguments that the command line sets with flags of their own: its messages
# name the argument ("text_column='body': no such column"), which a terminal user never typed.
_FLAG_OF = {"text_column": "--text-column", "labels_column": "--labels-column", "stance_column": "--stance-column",
            "none_label": "--none-label", "random_state": "--random-state", "chunk_size": "--chunk-size",
            "folds": "--folds", "by": "--by", "favor": "--favor", "against": "--against", "sha256": "--sha256",
            "max_similarity": "--max-similarity"}
# Not after "--option ": there the name is what the user typed ("--option random_state=5").
_ARGUMENT_NAMED = re.compile(rf"(?<![\w-])(?<!--option )({'|'.join(_FLAG_OF)})(?=\s*=|\s+must\b)")


def _said(error: BaseException) -> str:
    """``error``'s message, in the words of the command line where it has them (``typed``): a
    model option's refusal in the words its ``--option`` is typed in (--option NAME, true,
    false, none, a JSON object), as the only model options a command takes are those; an
    undecodable file's, re-saved, as no command takes an encoding.

    >>> from .exceptions import refuse_option
    >>> _said(refuse_option(lambda words: f"{words.name('negation')} must be {words.value(True)}"))
    '--option negation must be true'
    """
    typed = getattr(error, "typed", None)
    return typed if isinstance(typed, str) else str(error)


# An argument as the library's messages give it with its flag beside them: "pass
# prefix='p_' (on the command line: --prefix p_)".
_WITH_ITS_FLAG = re.compile(r"\b\w+=(?:'[^']*'|\"[^\"]*\"|[^\s()]+) \(on the command line: ([^)]+)\)")
# An argument named alone with its flag beside it: "in exclude (on the command line: --exclude)".
_NAMED_WITH_ITS_FLAG = re.compile(r"(?<![\w=])[a-z_]+ \(on the command line: (--[^)]+)\)")


def _in_flags(message: str) -> str:
    """``message`` with the library's argument names as the command line's flags; an
    argument given with its flag beside it, as the flag alone (turned into a flag too, the
    argument said the flag twice).

    >>> _in_flags("text_column='body': no such column; random_state must be an int")
    "--text-column='body': no such column; --random-state must be an int"
    >>> _in_flags("--option text_column=…: text_column has its own flag")
    '--option text_column=…: text_column has its own flag'
    >>> _in_flags("pass none_label='aucun' (on the command line: --none-label aucun)")
    'pass --none-label aucun'
    >>> _in_flags("all 5 statements are in exclude (on the command line: --exclude), labelled already")
    'all 5 statements are in --exclude, labelled already'
    """
    flags = _NAMED_WITH_ITS_FLAG.sub(r"\1", _WITH_ITS_FLAG.sub(r"\1", message))
    return _ARGUMENT_NAMED.sub(lambda name: _FLAG_OF[name.group(1)], flags)


# A row of a folder's CSV/TSV file as the library names it: "row 'b.csv:02'" (see read_table);
# the rows after it in a list ("rows 'b.csv:02', 'b.csv:05'") are such names alone.
_FOLDER_ROW = re.compile(r"""\brows? (['"])((?:(?!\1).)+?\.(?i:csv|tsv|jsonl)):(\d+)\1""")
_FOLDER_ROW_NAME = re.compile(r"""(['"])((?:(?!\1).)+?\.(?i:csv|tsv|jsonl)):(\d+)\1""")
# Rows of a single file as the library names them: "row 3", "rows 3, 7, 9".
_FILE_ROWS = re.compile(r"\brows? (\d+(?:, \d+)*)\b")


def _line_hint(args: argparse.Namespace, message: str) -> str:
    """Where a row an error names sits in a CSV/TSV file, or in a folder's: rows count from 0
    after the header."""
    import os

    source = getattr(args, "data", None) or getattr(args, "input", None)
    if not isinstance(source, str) or _through_dask(args):
        return ""  # Dask reads in blocks: its row numbers count from a block's start, not the file's
    if os.path.isdir(source):
        return _folder_line_hint(source, message)
    from .tables import is_pattern, pattern_base

    if is_pattern(source):  # read as a folder's files are, each row named from the glob's folder
        return _folder_line_hint(str(pattern_base(source)), message)
    if source.lower().endswith(".jsonl"):
        return _jsonl_line_hint(source, message)
    if not source.lower().endswith((".csv", ".tsv")):
        return ""
    if "EOF inside string" in message:  # pandas names a record, not a line, and one counted from the header
        from pathlib import Path

        from .tables import unclosed_quote_line

        line = unclosed_quote_line(Path(source))
        return "" if line is None else f" (the quote that is never closed opens on line {line} of the file)"
    # Every row named, in the order named: an error or a warning may name several, of several kinds.
    numbers = _rows_named(message)
    if not numbers:
        return ""
    lines = _rows_on_lines(source, numbers, [str(number) for number in numbers], "the file")
    return f" (rows count from 0 after the header{lines})"


def _rows_named(message: str) -> list[int]:
    """Every row of a single file ``message`` names, in the order named: an error or a
    warning may name several, of several kinds.

    >>> _rows_named("row 3 has no label; rows 7, 3 have no text")
    [3, 7]
    """
    return list(dict.fromkeys(int(number) for found in _FILE_ROWS.finditer(message)
                              for number in found.group(1).split(", ")))


def _jsonl_line_hint(source: str, message: str) -> str:
    """Where a row an error names sits in a JSON Lines file: the reader skips blank lines,
    so row 10 need not be line 11 (the hint was given for CSV and TSV files only).

    >>> _jsonl_line_hint("gone.jsonl", "row 3 has no label")
    ''
    """
    numbers = _rows_named(message)
    lines = _rows_on_lines(source, numbers, [str(number) for number in numbers], "the file") if numbers else ""
    return f" (rows count from 0, blank lines skipped{lines})" if lines else ""


def _rows_on_lines(path: str, rows: list[int], named: list[str], file: str) -> str:
    """Which lines of ``path`` (called ``file``) its data rows ``rows`` (``named`` so) begin
    on, as words to follow "rows count from 0 after the header"; nothing of a row whose line
    cannot be told: a wrong line is worse than none (``row + 2`` was wrong after a cell over
    several lines, or a blank line, which the reader skips).

    >>> _rows_on_lines("gone.csv", [1], ["1"], "the file")
    ''
    """
    from pathlib import Path

    from .jsonl import jsonl_row_lines
    from .tables import row_lines

    lines = (jsonl_row_lines if path.lower().endswith(".jsonl") else row_lines)(Path(path), rows)
    known = [(name, lines[row]) for row, name in zip(rows, named) if row in lines]
    if not known:
        return ""
    if len(known) == 1:
        return f": row {known[0][0]} is line {known[0][1]} of {file}"
    return (f": rows {', '.join(name for name, _ in known)} are lines {', '.join(str(line) for _, line in known)} "
            f"of {file}")


def _folder_line_hint(folder: str, message: str) -> str:
    """Where a row of a folder's CSV, TSV or JSON Lines file that an error names ("row
    'b.csv:02'") sits in that file, as _line_hint says it of a single file's.

    >>> _folder_line_hint("fold", "row 'b.jsonl:2' has no label"), _folder_line_hint("f", "row 'a.parquet:1'")
    ('', '')
    """
    import os

    if not _FOLDER_ROW.search(message):
        return ""
    by_file: dict[str, dict[int, str]] = {}  # each file's rows, in the order named
    for quote, name, number in (row.groups() for row in _FOLDER_ROW_NAME.finditer(message)):
        by_file.setdefault(name, {}).setdefault(int(number), f"{quote}{name}:{number}{quote}")
    said = []
    for name, rows in by_file.items():
        path = os.path.join(folder, name)
        if lines := _rows_on_lines(path, list(rows), list(rows.values()), path):
            said.append(lines.removeprefix(": "))
    # A .jsonl file has no header: its rows count from its first line (blank ones skipped).
    tables = any(not name.lower().endswith(".jsonl") for name in by_file)
    if not tables and not said:
        return ""
    counted = "after each file's header" if tables else "in each file, blank lines skipped"
    if tables and any(name.lower().endswith(".jsonl") for name in by_file):
        counted += " (a .jsonl file has none)"
    return f" (rows count from 0 {counted}{': ' + '; '.join(said) if said else ''})"


def _through_dask(args: argparse.Namespace) -> bool:
    """Whether ``stance score`` reads its input with Dask: a glob, --workers or --scheduler."""
    import glob
    import os

    source = getattr(args, "input", None)
    pattern = isinstance(source, str) and glob.has_magic(source) and not os.path.exists(source)
    return bool(pattern or getattr(args, "scheduler", None) or getattr(args, "workers", None) is not None)


def _model(args: argparse.Namespace):
    """The model of ``--model`` (the bundled one without it), checked against ``--sha256``
    when given: in the load the command then uses, so no other files can take its place
    between a check and the use (as between `stance info` and the command)."""
    from .api import resolve_model

    # "bundled" names the bundled model here as --compare-with's does (./bundled is a folder)
    model = _bundled_or(getattr(args, "model", None))
    digest = getattr(args, "sha256", None)
    if digest is None:
        return resolve_model(model)
    from .api import load
    from .defaults import default_model_path

    # Loaded afresh, not from the cache of models loaded by path: the files are read and checked now.
    return load(default_model_path() if model is None else model, sha256=digest)


def _bundled_or(model: str | None) -> str | None:
    """A --model or --compare-with value, with "bundled" as None: the bundled model."""
    return None if model == "bundled" else model


def cmd_classify(args: argparse.Namespace) -> int:
    if args.json and args.details:  # one format per line: --details was ignored
        raise _Missing("--json and --details are two output formats; give one (--json holds everything --details "
                       "prints, and the stance's probabilities)")
    dash = "-" in args.texts  # stdin, as for stance document: not the text "-"
    if dash and len(args.texts) > 1:
        raise _Missing("TEXT: - (stdin) is read alone; give it alone, or statements only")
    if args.texts and not dash:
        batches: Iterable[list[str]] = [[_utf8_argument(text) for text in args.texts]]
        _warn_of_unquoted_words("classify", args.texts)
    else:
        if sys.stdin is None or (sys.stdin.isatty() and not dash):  # asked for, a terminal is read as cat - reads it
            raise _Missing("give statements as arguments or pipe lines on stdin")
        batches = _stdin_batches()
    model = _model(args)
    # A statement given blank is classified, `none` with flag "empty", as the README
    # guarantees (a service's `stance classify --json "$BODY"` of an empty body gets its
    # record); only a warning says that none had text, as an unset shell variable gives.
    if args.texts and not dash and not any(text.strip() for text in args.texts):
        print(f"stance classify: warning: every statement given is blank, so each is {_blank_answer(model)} "
              f"(flag empty); pass the text to classify (is a shell variable empty?)", file=sys.stderr)
    seen_line = False
    for batch in batches:
        seen_line = True
        for prediction in model.classify_many(batch):
            if args.json:
                print(_json_line(prediction.to_dict()))
            elif args.details:
                print(_describe(prediction))
            else:
                print(_shown(prediction.label))  # the label, as str(prediction) is everywhere
        sys.stdout.flush()  # each batch is out before the next is read: works behind `tail -f`
    if not seen_line:  # stdin of no line at all; a blank line is one, classified `none` as the API does
        raise _Missing("no statements on stdin; give statements as arguments or pipe lines")
    return EXIT_OK


def _blank_answer(model: Any) -> str:
    """What ``model`` answers blank text, as a warning says it: "classified none", the
    model's off-topic label, or for a model without one "given no label" (its label is "")."""
    label = model.classify("").label
    return f"classified {_shown(label)}" if label else "given no label"


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import flag_reason, known_label, plain_table

    if args.n < 1:  # by its flag: the library's message names its argument, n
        raise _Missing(f"-n must be a positive int (n-grams shown per head), got {args.n}")
    texts = _explained_texts(args.texts)
    model = _model(args)
    if args.label is not None:  # as the model spells it: its probability and stance are looked up by it
        args.label = known_label(args.label, model.labels)
    number = -1  # no statement yet: stdin of no line at all holds none
    for number, text in enumerate(texts):
        prediction = model.classify(text)
        table = model.explain(text, n=args.n, label=args.label)
        if args.json:
            rows = table.to_dict(orient="records")
            record = {"text": text, "prediction": prediction.to_dict(), "contributions": rows}
            if args.label is not None:
                record["explained"] = _explained_record(model, text, args.label, prediction)
            print(_json_line(record))
            continue
        if number:
            print()
        stance = "-" if prediction.stance is None else (
            f"{_shown(prediction.stance)} ({prediction.stance_scores[prediction.stance]:.2f})")
        # The rows add up to the label's probability, so it is shown; confidence is calibrated from it.
        probability = prediction.scores.get(prediction.label, 0.0)
        # The statement escaped as --details writes it: one line, and no escape reaches the terminal.
        print(f"{_escaped(text)}\nlabels: {'|'.join(map(_shown, prediction.labels))} (probability {probability:.2f}, "
              f"confidence {prediction.confidence:.2f}{_secondary_probabilities(prediction)}); stance: {stance}")
        if prediction.flag:  # and why, as the explanation's plain text says it (str(model.explain_html(text)))
            print(f"flag: {prediction.flag}: {flag_reason(prediction.flag)}")
        if args.label is not None and len(table):
            print(_explained_label(model, text, args.label, prediction))
        # Each head's rows add up to the log-odds of its answer, or a softmax head's score (see
        # stance.explain.explain); a line break in an n-gram is escaped, so that its row stays one line.
        print(plain_table(table.round(3), index=False) if len(table) else "(nothing to explain: blank text)")
        sys.stdout.flush()  # each explanation is out before the next line is read, as classify's labels are
    if number < 0:
        raise _Missing("no statements on stdin; give statements as arguments or pipe lines")
    return EXIT_OK


def _secondary_probabilities(prediction: Any) -> str:
    """The probabilities of a prediction's labels after the primary one, which their rows in
    ``stance explain`` add up to (the primary's is shown before the confidence).

    >>> from stance import Prediction
    >>> _secondary_probabilities(Prediction("a", ("a", "b", "c"), None, {"a": 0.9, "b": 0.5, "c": 0.456}, 0.9))
    '; probability of b 0.50, of c 0.46'
    """
    shown = [f"{_shown(label)} {prediction.scores[label]:.2f}" for label in prediction.labels[1:]]
    return f"; probability of {', of '.join(shown)}" if shown else ""


def _explained_texts(texts: Sequence[str]) -> Iterable[str]:
    """The statements ``stance explain`` was given: its TEXT arguments, or with ``-`` alone
    the lines of stdin, read as ``stance classify -`` reads them (``-`` was explained as the
    text "-", a statement of no known word, and the piped lines were never read)."""
    if "-" not in texts:
        _warn_of_unquoted_words("explain", texts)
        return [_utf8_argument(text) for text in texts]
    if len(texts) > 1:
        raise _Missing("TEXT: - (stdin) is read alone; give it alone, or statements only")
    if sys.stdin is None:
        raise _Missing("TEXT: - reads statements from stdin, and there is none; give statements as arguments")
    return (line for batch in _stdin_batches("explain") for line in batch)


def _explained_record(model: Any, text: str, label: str, prediction: Any) -> dict[str, Any]:
    """What ``--label``'s rows add up to: that label's probability and the stance it would
    bring, not the predicted label's and stance, which the prediction holds."""
    from .explain import stance_under

    under = stance_under(model, text, label)
    return {"label": label, "probability": prediction.scores.get(label, 0.0),
            "stance": None if under is None else under[0],
            "stance_probability": None if under is None else under[1]}


def _explained_label(model: Any, text: str, label: str, prediction: Any) -> str:
    """``--label``'s line under the prediction's: see :func:`_explained_record`."""
    record = _explained_record(model, text, label, prediction)
    stance = "-" if record["stance"] is None else f"{_shown(record['stance'])} ({record['stance_probability']:.2f})"
    return f"explained: {_shown(label)} (probability {record['probability']:.2f}); stance were it the label: {stance}"


def _one_line_warning(arguments: argparse.Namespace) -> Callable[..., None]:
    """Show a warning as the CLI's errors are shown: one line on stderr, naming the command,
    and the lines of the file of the rows it names."""
    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        text = _in_flags(_first_line(str(message)))
        # One write, line end and all: print writes them apart, and a warning of another
        # thread (training fits in threads) fell between, two warnings on one line.
        sys.stderr.write(f"stance {arguments.command}: warning: {text}{_line_hint(arguments, text)}\n")

    return show


def _drop_what_training_sums_up() -> None:
    """Drop scikit-learn's warning that a fit stopped at ``max_iter``: it comes once a fit, and
    a training fits each label in each fold (about twenty lines for ``--option max_iter=1``),
    where training warns once, naming max_iter and what to change (see stance.training's
    ``_unconverged``). The library leaves them, as a filter there would be the caller's
    process's; the command owns its process. By message, not category: importing
    scikit-learn for its class costs ``stance classify`` a second.

    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _drop_what_training_sums_up()
    ...     warnings.warn("Liblinear failed to converge, increase the number of iterations.")
    ...     warnings.warn("lbfgs failed to converge after 1 iteration(s) (status=1): STOP: TOTAL NO. OF ITERATIONS")
    ...     warnings.warn("Unknown solver options: iprint")
    >>> caught
    []
    """
    warnings.filterwarnings("ignore", message="Liblinear failed to converge")
    # status=1 is lbfgs's iteration limit (another status, a stalled line search, stays said);
    # Older scikit-learn wrote no "after N iteration(s)".
    warnings.filterwarnings("ignore", message=r"lbfgs failed to converge (after \d+ iteration\(s\) )?\(status=1\)")
    # scikit-learn before 1.7 passes L-BFGS-B its 'iprint', which scipy 1.18 no longer knows:
    # a warning each lbfgs fit (a softmax head, a stance head of three values) about nothing
    # the user did or can change but the versions, and the fit is the same.
    warnings.filterwarnings("ignore", message="Unknown solver options: iprint")




def _describe(prediction: Any) -> str:
    """labels, the label's confidence, stance, the stance's probability, the flag and the text,
    tab-separated (``--details``)."""
    # A model without an off-topic label gives a blank text no label: "-", as every field
    # without a value, so that no field of the record is empty.
    labels = "|".join(map(_shown, prediction.labels)) or "-"
    text = _escaped(prediction.text)  # one record per line, and no escape reaches the terminal
    # Each number beside what it measures: "against 1.00" read as a sure stance when the 1.00 was
    # the label's (a user audit); a stance is often far less sure than its label.
    probability = prediction.stance_scores.get(prediction.stance) if prediction.stance else None
    stance = _shown(prediction.stance) if prediction.stance else "-"
    stance += "\t-" if probability is None else f"\t{probability:.2f}"
    return f"{labels}\t{prediction.confidence:.2f}\t{stance}\t{prediction.flag or '-'}\t{text}"


def cmd_score(args: argparse.Namespace) -> int:
    from .files import score_file
    from .report import counted

    _refuse_folder_input(args.input, args.output)
    if _through_dask(args):  # "[1].csv" may be a name: a glob only when no such file exists
        from .distributed import score_files

        if args.n_jobs != 1:
            raise _Missing("--n-jobs is for one file on this machine; with a glob, --scheduler or --workers, "
                           "Dask's workers do the work (use --workers N)")
        rows = score_files(args.input, args.output, text_column=args.text_column, model=_model(args),
                           scheduler=args.scheduler, workers=args.workers, prefix=args.prefix,
                           progress=False if args.no_progress else None)
        print(f"scored {counted(rows, 'row')} into {_shown(args.output)}", file=sys.stderr)
        return EXIT_OK
    _check_n_jobs(args.n_jobs, args.chunk_size)
    rows = score_file(args.input, args.output, text_column=args.text_column, model=_model(args),
                      chunk_size=args.chunk_size, progress=False if args.no_progress else None,
                      prefix=args.prefix, n_jobs=args.n_jobs)
    print(f"scored {counted(rows, 'row')} into {_shown(args.output)}", file=sys.stderr)
    return EXIT_OK


def _refuse_folder_input(source: str, output: str) -> None:
    """Refuse a folder as IN, giving the quoted glob that scores its files (it was "is a
    directory, not a file", while train and check read folders). Not read as train reads
    one: OUT is written without an index, which would lose the file each row came from."""
    from pathlib import Path

    folder = Path(source)
    if not os.path.isdir(folder):  # nearly always; os.path's, as pathlib's raised "File name too long"
        return
    from .distributed import CLUSTER_SUFFIXES
    from .tables import SUPPORTED_SUFFIXES

    tables = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())
    if not tables:
        raise _Missing(f"input {source!r} is a folder, with no {'/'.join(SUPPORTED_SUFFIXES)} files in it")
    more = f" and {len(tables) - 5} more" if len(tables) > 5 else ""
    held = f"input {source!r} is a folder (of {', '.join(tables[:5])}{more})"
    # As written ("*.CSV" for A.CSV): a glob is case-sensitive where the file system is.
    suffixes = sorted({Path(name).suffix for name in tables if Path(name).suffix.lower() in CLUSTER_SUFFIXES})
    if not suffixes:
        raise _Missing(f"{held}; a quoted glob reads {'/'.join(CLUSTER_SUFFIXES)} files only: score each file "
                       f"on its own, e.g. stance score {folder / tables[0]} -o {output}")
    commands = " or ".join(f'stance score "{folder / ("*" + suffix)}" -o {output}' for suffix in suffixes)
    raise _Missing(f"{held}; a quoted glob scores its files into one output, in name order: {commands}")


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


# Files `stance document` cannot read as text, known by their first bytes.
DOCUMENT_FORMATS = (
    (b"PK\x03\x04", "is a zip archive (a .docx, .odt or .pages file?); save it as plain text (.txt) first"),
    (b"%PDF", "is a PDF; extract its text first (for example with pdftotext)"),
    (b"{\\rtf", "is RTF; save it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0", "is an old Office file (.doc?); save it as plain text (.txt) first"),
)


def cmd_document(args: argparse.Namespace) -> int:
    from .document import score_document, score_documents
    from .report import statements

    if "-" in args.files and len(args.files) > 1:
        raise _Missing("FILE: - (stdin) is one document; give it alone, or name files only")
    if len(set(args.files)) < len(args.files):
        twice = sorted({name for name in args.files if args.files.count(name) > 1})
        raise _Missing(f"FILE: {', '.join(map(repr, twice))} given twice; name each document once")
    for name in args.files:
        _check_document_file(name)
    if args.plot:
        _check_plot_target(args.plot, args.files)
    for name in args.files:
        _check_table_output(args.output, name, other_formats=_DOCUMENT_FORMATS, any_format=True)
    texts = {name: _read_document(name) for name in args.files}
    if len(texts) == 1:
        doc = score_document(texts[args.files[0]], model=_model(args), favor=args.favor, against=args.against)
    else:
        doc = score_documents(texts, model=_model(args), favor=args.favor, against=args.against)
    if args.speaker or args.leave_out_speaker:
        doc = _of_speakers(doc, args)
    if args.output:
        from .files import write_table_atomically

        # A document without statements (blank, or furniture only) is a table of headers only,
        # as it is "(no statements)" on stdout, not an error after the scoring. By -o's suffix, as
        # score, suggest and check write theirs: a .jsonl was refused, pointing to Python.
        write_table_atomically([doc.sentences.reset_index()], args.output, source=args.files[0], progress=False,
                               allow_empty=True)
        print(f"wrote {statements(len(doc.sentences))} to {_shown(args.output)}", file=sys.stderr)
    if args.plot:  # before the tables on stdout: a reader that quits (| head -1) ends the command there
        _draw_profile(doc, args.plot)
    if args.json:
        print(_json_text(doc.to_dict(), indent=1))
    elif len(texts) == 1:
        print(doc.to_string())  # every statement: print(doc) shows a long one's first and last
    else:  # every statement of many documents is for -o; the terminal gets each one's profile
        print(f"{statements(len(doc.sentences))} in {len(texts)} documents"
              + ("" if args.output else " (-o OUT.csv writes every statement)"))
        from .explain import plain_table

        table = plain_table(doc.profile.round(2)) if len(doc.profile) else "(no target found)"
        print(f"\nProfile per document\n{table}")
    return EXIT_OK


# Where a document's statements are had in formats other than -o's, as an -o of another suffix is told.
_DOCUMENT_FORMATS = ("for JSON, use --json (every statement and the profile, on standard output); JSON Lines is "
                     "written under .jsonl, and a spreadsheet opens .csv")


def _check_document_file(name: str) -> None:
    """Refuse a FILE that is missing or a folder before any document is read."""
    from pathlib import Path

    path = Path(name)
    if name != "-" and (not os.path.exists(path) or os.path.isdir(path)):  # see not_a_file
        from .tables import not_a_file

        raise _Missing(not_a_file(path))


def _read_document(name: str) -> str:
    """The text of FILE (- for stdin), refused when it is a .docx, PDF, other binary format or
    compressed file."""
    import shlex
    from pathlib import Path

    from .tables import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES, compressed_kind, decompressed_name

    suffix = Path(name).suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:  # rows of statements, not a document's text
        raise _Missing(f"{name!r} is a spreadsheet, and stance document reads a document's plain text; to score "
                       f"its rows, save it as 'CSV UTF-8' and run stance score on the CSV")
    if suffix in SUPPORTED_SUFFIXES:  # a CSV's header and a JSONL's braces were scored as statements
        raise _Missing(_table_as_document(name))
    if suffix == ".json":  # its braces and keys were scored as statements, as a JSONL's were
        raise _Missing(_json_as_document(name))
    raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()  # a pipe or FIFO reads too
    for magic, what in DOCUMENT_FORMATS:
        if raw.startswith(magic):
            raise _Missing(f"{name!r} {what}")
    if name == "-":  # else "not UTF-8 text", with advice no re-saving follows
        _refuse_compressed_stdin(raw, "document")
    compressed = compressed_kind(raw[:10])
    if compressed is not None:
        kind, command = compressed
        plain = decompressed_name(Path(name), ".txt")
        # votes.csv.gz was told to decompress to votes.csv "and read that", which is refused as a table.
        then = (f"and run stance score {shlex.quote(str(plain))} -o scored.csv on its rows, a table of statements "
                f"({plain.suffix.lower()})" if plain.suffix.lower() in SUPPORTED_SUFFIXES else "and read that")
        raise _Missing(f"{name!r} is a compressed file ({kind}); decompress it first "
                       f"(e.g. {command} {shlex.quote(name)} > {shlex.quote(str(plain))}) {then}")
    return _document_text(raw, name)


def _table_as_document(name: str) -> str:
    """Why FILE ``name``, named as a table of statements (.csv, .tsv, .jsonl, .parquet), is no
    document: read as prose, a CSV's header and a JSONL's braces and keys were scored as
    statements, and a Parquet file was "not UTF-8 text" to re-save with iconv. It names the
    command for the rows, and how to read a text file as prose all the same.

    >>> print(_table_as_document("votes.csv"))
    'votes.csv' is a table of statements (.csv), and stance document reads a document's plain text: to score its
    rows, run stance score votes.csv -o scored.csv (--text-column names the column of statements); to read the file
    as one document's text all the same, give it on stdin: stance document - < votes.csv
    >>> "stdin" in _table_as_document("votes.parquet")  # no prose in it to read
    False
    """
    import shlex
    from pathlib import Path

    suffix, shell_name = Path(name).suffix.lower(), shlex.quote(name)
    prose = ("" if suffix == ".parquet" else
             f"; to read the file as one document's text all the same, give it on stdin: "
             f"stance document - < {shell_name}")
    return (f"{name!r} is a table of statements ({suffix}), and stance document reads a document's plain text: "
            f"to score its rows, run stance score {shell_name} -o scored.csv (--text-column names the column of "
            f"statements){prose}")


def _json_as_document(name: str) -> str:
    """Why the .json FILE ``name`` is no document: its records are rows of statements, which
    stance score reads as JSON Lines under the .jsonl suffix, or Python as pandas reads them.

    >>> print(_json_as_document("votes.json"))  # doctest: +NORMALIZE_WHITESPACE
    'votes.json' is JSON, and stance document reads one document's plain text: stance score scores a table of
    statements, JSON Lines (one record a line) under the .jsonl suffix (mv votes.json votes.jsonl; stance score
    votes.jsonl -o scored.csv), a JSON array in Python (stance.score(pandas.read_json('votes.json'))); to read the
    file as one document's text all the same, give it on stdin: stance document - < votes.json
    """
    import shlex
    from pathlib import Path

    lines = shlex.quote(str(Path(name).with_suffix(".jsonl")))
    return (f"{name!r} is JSON, and stance document reads one document's plain text: stance score scores a table "
            f"of statements, JSON Lines (one record a line) under the .jsonl suffix (mv {shlex.quote(name)} {lines}; "
            f"stance score {lines} -o scored.csv), a JSON array in Python (stance.score(pandas.read_json({name!r}))); "
            f"to read the file as one document's text all the same, give it on stdin: "
            f"stance document - < {shlex.quote(name)}")


def _of_speakers(doc: Any, args: argparse.Namespace) -> Any:
    """``doc`` with the statements of ``--speaker`` alone, or without those of
    ``--leave-out-speaker``, its profile counting them alone. A journalist's profile of a
    press conference counted the reporters' questions, which quote others' positions
    ("Former President Trump has said that America will not defend Allies…") as the
    speaker's own. Names match in any case, with or without the tag's colon; a name no
    statement has is refused, naming those there are, since a typo would count nothing.
    """
    from .document import DocumentScore
    from .profile import profile

    named = args.speaker or args.leave_out_speaker
    flag = "--speaker" if args.speaker else "--leave-out-speaker"
    said = doc.sentences.get("speaker")
    present = [] if said is None else sorted({s for s in said if isinstance(s, str)}, key=str.casefold)

    def key(name: str) -> str:
        return name.strip().rstrip(":").strip().casefold()

    keys_present, keys_named = {key(s) for s in present}, {key(n) for n in named}  # once, not once a row
    unknown = [name for name in named if key(name) not in keys_present]
    if unknown:
        there = (f"its speakers are {', '.join(map(quoted, present))}" if present
                 else "the text names no speaker (a transcript's tags, 'RUTTE:' or 'Q:', name them)")
        raise _Missing(f"{flag} {', '.join(map(quoted, unknown))}: no statement has this speaker; {there}")
    chosen = said.map(lambda s: isinstance(s, str) and key(s) in keys_named)
    kept = doc.sentences[chosen if args.speaker else ~chosen]
    by = "document" if "document" in kept else None
    table = profile(kept, by=by, favor=args.favor, against=args.against, prefix="")
    return DocumentScore(kept, table, documents=doc.documents)


def _draw_profile(doc: Any, target: str) -> None:
    """Draw ``doc``'s profile into the image file ``target`` (``--plot``), whole or not at all."""
    if "matplotlib.pyplot" not in sys.modules:  # a command line run: a file is wanted, never a window
        import matplotlib

        # Not when pyplot is in use (main() called from a notebook): switching would close
        # every figure the caller has open and stop plt.show() from showing anything.
        matplotlib.use("Agg")
    from pathlib import Path

    import matplotlib.pyplot as plt

    from .files import write_file_atomically

    figure = doc.plot().figure
    # Into a hidden file first (whose name says nothing of the format, so it is given):
    # an interrupted or failed drawing leaves no half image, nor replaces an older one.
    image_format = Path(target).suffix.lower().lstrip(".")
    # The same document gives the same file: matplotlib writes the time into an SVG or
    # PDF unless SOURCE_DATE_EPOCH names one, and random clip-path ids into an SVG
    # unless svg.hashsalt is set (a salt or date the user set is kept).
    metadata = None if "SOURCE_DATE_EPOCH" in os.environ else UNDATED_METADATA.get(image_format)
    try:
        with plt.rc_context({"svg.hashsalt": plt.rcParams["svg.hashsalt"] or "stance"}):
            write_file_atomically(target, lambda handle: figure.savefig(
                handle, format=image_format, dpi=120, bbox_inches="tight", metadata=metadata))
    finally:
        plt.close(figure)
    print(f"profile drawn to {_shown(str(target))}", file=sys.stderr)


def _document_text(raw: bytes, name: str) -> str:
    """A document's text: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so (Windows
    Notepad's "Unicode" saves UTF-16 with one, and the bytes cannot be mistaken).

    Without the mark it is refused as a table is (see :func:`stance.tables.unmarked_encoding`):
    a quarter of NUL bytes, asked for alone, is Latin text's share, and Ukrainian in UTF-16 has
    about a tenth (its spaces' and full stops'), decodes as UTF-8 and was scored as
    "\x048\x04 \x00?…" with exit status 0; Chinese was "not UTF-8", to re-save from cp1252.
    A line with no ASCII has no NUL to count (see :func:`stance.tables.unmarked_script`).
    """
    from .tables import marked_encoding, unmarked_advice, unmarked_encoding, unmarked_script

    codec = marked_encoding(raw)
    if codec is not None:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            raise _Missing(f"{name!r} starts like {codec.upper()} text but is not; "
                           f"re-save it as UTF-8") from None
    start = raw[:4096]  # as much as a table's check reads
    # One NUL is a stray one in UTF-8 text (it is read); UTF-16 has one in each line end too.
    # A line of Cyrillic alone has none (or a space's one), but a control byte beside each letter.
    codec = (unmarked_encoding(start) if start.count(0) > 1 else None) or unmarked_script(start)
    if codec is not None:
        raise _Missing(unmarked_advice(name, codec, start))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Missing(_undecodable_document(raw, name, error)) from None
    # NUL bytes are valid UTF-8, so UTF-16 or UTF-32 without a mark decodes, as "W\0e\0…":
    # nonsense that would score as off-topic. Plain text has none, or a stray one.
    if text.count("\0") * 4 > len(text):
        raise _Missing(f"{name!r} looks like UTF-16 or UTF-32 text without a byte-order mark "
                       f"(every second or fourth byte is 0); re-save it as UTF-8")
    return text


# A character beyond ASCII in UTF-8: its lead byte and continuation bytes (no overlong form, no
# surrogate), which an 8-bit encoding's text seldom holds by chance ("Ã©" is UTF-8's "é").
_UTF8_CHARACTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                             rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}"
                             rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _undecodable_document(raw: bytes, name: str, error: UnicodeDecodeError) -> str:
    r"""Why a document's bytes ``raw`` are refused, UTF-8 failing at ``error``: where (the line
    and byte, as stance score names them, and the byte's value), and how to re-save it. A file
    that holds UTF-8 characters beside the bad bytes mixes encodings (text pasted into a UTF-8
    file from a cp1252 one): re-saving it whole from cp1252 would turn its valid "déjà" into
    "dÃ©jÃ", so it is told to mend the bad bytes instead.

    >>> raw = b"We agree.\nThe Alliance\x92s unity"
    >>> print(_undecodable_document(raw, "a.txt", UnicodeDecodeError("utf-8", raw, 22, 23, "invalid start byte")))
    ... # doctest: +NORMALIZE_WHITESPACE
    'a.txt' is not UTF-8 text; re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 a.txt > a.utf8.txt (cp1252 for
    Excel on Windows; else the file's real encoding); the first byte UTF-8 cannot decode is 0x92 at line 2, byte 22
    """
    from .encodings import likely_encoding
    from .tables import resave_command, sample_at

    try:  # counted in the file's bytes, a byte-order mark's too ("utf-8-sig" counts after it)
        raw.decode("utf-8")
    except UnicodeDecodeError as in_file:
        error = in_file
    bad, sample = raw[error.start], sample_at(raw, error.start)
    line = raw.count(b"\n", 0, error.start) + 1
    where = f"0x{bad:02x} at line {line}, byte {error.start}"
    if _UTF8_CHARACTER.search(raw) is None:
        return (f"{name!r} is not UTF-8 text; re-save it as UTF-8, {resave_command(sample, name)}; "
                f"the first byte UTF-8 cannot decode is {where}")
    likely = likely_encoding(sample, "utf-8")
    reads = f" ({quoted(bytes([bad]).decode(likely.codec, 'replace'))} in {likely.codec})" if likely else ""
    return (f"{name!r} mixes encodings: it holds UTF-8 text beside bytes UTF-8 cannot decode, the first "
            f"is {where}{reads}; re-saving it whole from another encoding (iconv -f cp1252) would garble its UTF-8 "
            f"text, so replace the bad bytes in a UTF-8 editor (or re-save each part from its own encoding) and "
            f"read it again")


# savefig's metadata that leaves the time out of a file whose format would stamp it in.
UNDATED_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}
DATED_IMAGE_SUFFIXES = (".svg", ".pdf", ".eps", ".ps")  # matplotlib writes the time (SOURCE_DATE_EPOCH) into them
IMAGE_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg", ".webp", ".eps", ".ps", ".tif", ".tiff")


def _check_plot_target(name: str, sources: Sequence[str]) -> None:
    """Refuse an image path (one of the documents ``sources`` too: an SVG or EPS file is
    text) or a missing extra before any work is done, not after."""
    import importlib.util
    from pathlib import Path

    from .files import folder_problem, refuse_input_as_output, refuse_nul_in_path

    refuse_nul_in_path(name, "--plot")
    if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
        raise _Missing(f"--plot {name!r}: name an image file ending in one of {', '.join(IMAGE_SUFFIXES)}")
    if importlib.util.find_spec("matplotlib") is None:
        raise _Missing("--plot needs matplotlib: pip install 'stance[plot]'")
    for source in sources:
        if source != "-":
            refuse_input_as_output(source, name, what="--plot")
    problem = folder_problem(name, example="profile.png")  # an image, not the tables' scores.csv
    if problem:
        raise _Missing(f"--plot {name!r}: {problem}")
    # matplotlib dates a PDF, SVG or PostScript image by it: 'abc' ended the drawing, after the
    # scoring, in its traceback, and -5 drew a file dated 1969. Checked as a model's save checks
    # it, for those formats only: a PNG carries no date, and drew whatever it said.
    if Path(name).suffix.lower() in DATED_IMAGE_SUFFIXES:
        from .persistence import source_date_epoch

        source_date_epoch()


def cmd_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .api import train
    from .files import readable_name, refuse_nul_in_path
    from .persistence import not_a_model, source_date_epoch, unwritable_model_path
    from .tables import read_table, refuse_undecoded_columns

    source_date_epoch()  # the time the model will record: refused before the data are read
    refuse_nul_in_path(args.output, "-o")  # main(argv) may hold one, which Path.exists raised on
    output = Path(args.output)
    if output.exists() and not output.is_dir():  # found before training, not after
        raise FileExistsError(f"{args.output!r} is a file, not a model directory; choose another path")
    problem = unwritable_model_path(output)  # first: '-o .' cannot be replaced even with --overwrite
    if problem:
        raise _Missing(problem)
    if output.exists() and not args.overwrite:
        raise FileExistsError(f"{args.output!r} already exists; pass --overwrite to replace it")
    kept = not_a_model(output) if output.is_dir() else None  # before training, as the save would refuse it
    if kept:
        raise FileExistsError(f"{args.output!r} exists and is not a stance model directory ({kept}); "
                              f"refusing to replace it")
    options = _model_options(args)
    # As suggest reads it: -o's "row" (and a row the table or a warning names) is the row's position.
    data = read_table(args.data, argument="DATA", text_columns=_read_as_text(args), stored_index_as_columns=True,
                      r_missing_in=_read_as_text(args, stance=False))
    stance_column = _stance_column(args.stance_column, data, args.labels_column)
    # as train() does for a path: it is given the frame read here, whose source it does not know
    refuse_undecoded_columns(data, (args.text_column, args.labels_column, stance_column), args.data)
    with _stance_left_out_on_purpose(args):
        model = train(data, text_column=args.text_column, labels_column=args.labels_column,
                      stance_column=stance_column, none_label=_none_label(args.none_label, data, args.labels_column),
                      **options)
    model.training_["source"] = readable_name(args.data)
    try:
        model.save(args.output, overwrite=args.overwrite)
    except FileExistsError as error:  # another job saved there while this one trained
        raise FileExistsError(str(error).replace("pass overwrite=True", "pass --overwrite")) from None
    # Names escaped as classify prints them: training takes a line separator in one (no control character).
    head = (f"; stance head on column {quoted(stance_column)} ({', '.join(map(_shown, model.stance_classes))})"
            if stance_column else "; no stance head")
    if model.training_.get("thresholds_raised"):  # a rule of small data: said where it applied
        from .info import secondary_thresholds

        print(f"secondary at: "
              f"{_secondary_at(secondary_thresholds(model.params_), model.training_['thresholds_raised'])}",
              file=sys.stderr)
    # On stderr, as score, suggest, check and document say what they wrote: stdout was this line
    # alone here, so that `stance train … > log` and a pipeline read it where no other command's was.
    print(f"trained on {model.training_['rows']} rows; labels {', '.join(map(_shown, model.labels))}{head}; "
          f"saved to {_shown(args.output)}", file=sys.stderr)
    return EXIT_OK


# train() arguments that `stance train` sets from flags of its own (random_state is both an
# option and a flag: either is taken, as a grid search's output would say, but not both).
_OPTIONS_WITH_FLAGS = {"text_column": "--text-column", "labels_column": "--labels-column",
                       "stance_column": "--stance-column", "none_label": "--none-label"}


def _model_options(args: argparse.Namespace) -> dict[str, Any]:
    """The ``--option``s and ``--random-state`` as ``train`` keywords, refusing what would be
    ignored: a name given twice (the last one silently won), a ``train`` keyword that is no
    model option (``encoding``, ``max_collect_bytes``: the command has read the file already),
    and a name with a flag of its own."""
    from .api import _did_you_mean
    from .model import StanceModel

    names = [option.name for option in args.option]
    for name, flag in _OPTIONS_WITH_FLAGS.items():
        if name in names:
            raise _Missing(f"--option {name}=…: {name} has its own flag; pass {flag} instead")
    valid = [name for name in StanceModel._param_names() if name not in _OPTIONS_WITH_FLAGS]
    unknown = [name for name in names if name not in valid]
    if unknown:
        raise _Missing(f"unknown training option(s) {unknown}{_did_you_mean(unknown[0], valid)}; "
                       f"valid options: {valid}")
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        values = [option.value for option in args.option if option.name == twice[0]]
        raise _Missing(f"--option {twice[0]} is given {len(values)} times ({', '.join(map(repr, values))}); "
                       f"give it once")
    _refuse_whole_numbers_written_as_floats(args.option)
    options = {option.name: option.value for option in args.option}
    StanceModel(**options)._check_options()  # before the data is read; main() words a refusal
    if args.random_state is not None:  # a flag, not an --option: refused in its own name
        require_seed("--random-state", args.random_state)
    if args.random_state is not None and "random_state" in options:
        raise _Missing(f"--random-state {args.random_state} and --option random_state={options['random_state']}: "
                       f"give the seed once")
    # --random-state's default (0) is the model's: passed only when given.
    return options if args.random_state is None else {**options, "random_state": args.random_state}


def _option_hint(message: str, argv: list[str]) -> str:
    """For a command that takes ``--option``, the way to pass a model option given as a flag
    of its own (``--stem german``, as ``stem="german"`` reads in Python), judged on the
    arguments argparse did not recognise; else "".

    >>> _option_hint("stance: unrecognized arguments: --stem german", ["train", "x.csv", "--stem", "german"])
    '; model options are passed as --option NAME=VALUE: --option stem=german'
    >>> _option_hint("stance: unrecognized arguments: --none_label aucun", ["check", "x.csv", "--none_label", "aucun"])
    '; --none_label is spelt --none-label'
    """
    if "unrecognized arguments:" not in message or not argv or argv[0] not in ("train", "check"):
        return ""
    from .model import StanceModel

    # The command's own flags for options (check has no --random-state: it takes the option).
    flags = {**_OPTIONS_WITH_FLAGS, **({"random_state": "--random-state"} if argv[0] == "train" else {})}
    names = {name.lower(): name for name in StanceModel._param_names()}
    unrecognized = message.split("unrecognized arguments:", 1)[1].split()
    for at, token in enumerate(unrecognized):
        flag, equals, value = token.partition("=")
        name = names.get(flag.lstrip("-").replace("-", "_").lower()) if flag.startswith("--") else None
        if name is None:
            continue
        if name in flags:  # a flag of the command, mistyped ("--none_label")
            return f"; {flag} is spelt {flags[name]}" if flag != flags[name] else ""
        if not equals:
            following = unrecognized[at + 1] if at + 1 < len(unrecognized) else ""
            value = following if following and not following.startswith("-") else "VALUE"
        return f"; model options are passed as --option NAME=VALUE: --option {name}={value}"
    return ""


def _command_of(argv: list[str]) -> str | None:
    """The command ``argv`` runs: its first word that is no flag (only --version, -h come before it)."""
    return next((token for token in argv if not token.startswith("-")), None)


def _in_its_command(message: str, argv: list[str]) -> str:
    """argparse's "stance: unrecognized arguments: …", which the top-level parser says of a
    command's mistyped flag, as "stance classify: …": the command's messages name it.

    >>> _in_its_command("stance: unrecognized arguments: --jsn", ["classify", "--jsn", "x"])
    'stance classify: unrecognized arguments: --jsn'
    """
    command = _command_of(argv)
    if not message.startswith("stance: unrecognized arguments:") or command not in COMMANDS:
        return message
    return f"stance {command}:" + message.removeprefix("stance:")


def _closest_flag_hint(message: str, argv: list[str]) -> str:
    """For an unrecognised flag, the command's flag it is closest to ("--jsn": --json), or "";
    for a stray word that is a folder, --model before it when the command takes one
    ("stance info base").

    >>> _closest_flag_hint("stance classify: unrecognized arguments: --jsn", ["classify", "--jsn", "x"])
    '; did you mean --json?'
    """
    import difflib

    command = _command_of(argv)
    if "unrecognized arguments:" not in message or command not in COMMANDS:
        return ""
    subparsers = next(action for action in build_parser()._actions
                      if isinstance(action, argparse._SubParsersAction))
    flags = [flag for action in subparsers.choices[command]._actions for flag in action.option_strings
             if flag.startswith("--")]
    for token in message.split("unrecognized arguments:", 1)[1].split():
        if token.startswith("--"):  # the dashes alike in every flag would make any two look close
            close = difflib.get_close_matches(token.partition("=")[0][2:], [flag[2:] for flag in flags], n=1,
                                              cutoff=0.7)
            if close:
                return f"; did you mean --{close[0]}?"
        elif "--model" in flags and os.path.isdir(token):
            return f"; did you mean --model {token}?"
    return ""


def _refuse_whole_numbers_written_as_floats(options: Sequence[_Option]) -> None:
    """Refuse a whole number written as a float (``1e3``, ``2.0``) for an option that takes a
    whole number, asking for it written as one: read as the float it is, it was refused as
    "--option max_features must be a whole number 1 or more or none, got 1000.0", which said
    that 1000 is no whole number. The library refuses ``max_features=1000.0`` too (as
    scikit-learn's CountVectorizer does), so the command line reads it as the library would.
    A float that is no whole number, or out of range, gets the library's refusal.

    >>> _refuse_whole_numbers_written_as_floats([_option("C=1e3"), _option("max_features=1000")])
    >>> _refuse_whole_numbers_written_as_floats([_option("max_features=1e3")])
    Traceback (most recent call last):
    ...
    stance.terminal._Missing: --option max_features must be written as a whole number (1000), got '1e3'
    """
    from .model import WHOLE_NUMBER_OPTIONS

    for option in options:
        low, high, _ = WHOLE_NUMBER_OPTIONS.get(option.name, (None, None, None))
        value = option.value
        if (low is not None and isinstance(value, float) and value.is_integer() and low <= value
                and (high is None or value <= high)):
            raise _Missing(f"--option {option.name} must be written as a whole number ({int(value)}), "
                           f"got {quoted(option.typed)}")


class _Option(NamedTuple):
    """An ``--option NAME=VALUE``: its name, its value as read, and the value as typed."""

    name: str
    value: Any
    typed: str


def _option(text: str) -> _Option:
    """``--option NAME=VALUE``: the value read as None, a bool, an int, a float, a JSON
    object (``class_weight={"0": 1, "1": 5}``, its keys "0" and "1" read as the ints they
    name there) or else a str; and as typed, which a refusal quotes.

    >>> _option("max_features=1e3"), _option(" stem = german ")
    (_Option(name='max_features', value=1000.0, typed='1e3'), _Option(name='stem', value='german', typed='german'))
    """
    return _Option(*_read_option(text))


def _read_option(text: str) -> tuple[str, Any, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"{quoted(text)}: expected NAME=VALUE, e.g. C=10")
    value = value.strip()
    if value.startswith("{"):
        try:
            weights = json.loads(value)
        except json.JSONDecodeError as error:
            from .jsonl import json_error_where

            raise argparse.ArgumentTypeError(f"{quoted(text)}: the value is not a JSON object "
                                             f"({json_error_where(error, 'value')})") from None
        if name.strip() == "class_weight" and isinstance(weights, dict):  # JSON keys are strings
            weights = {int(key) if key in ("0", "1") else key: weight for key, weight in weights.items()}
        return name.strip(), weights, value
    words = {"none": None, "true": True, "false": False}
    if value.lower() in words:
        return name.strip(), words[value.lower()], value
    for convert in (int, float):
        try:
            return name.strip(), convert(value), value
        except ValueError:
            pass
    return name.strip(), value, value


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate
    from .report import _without_nan
    from .tables import read_table

    if args.intervals is not None and not 0 < args.intervals < 1:  # before the scoring, not after
        raise InvalidInputError(f"--intervals: LEVEL must be between 0 and 1 (0.95 for a 95% interval), "
                                f"not {args.intervals:g}")
    # Rows named by position, as train and check name them (a Parquet file's stored index, 5003,
    # named a row no one could find by counting); the index is kept as columns, unread.
    data = read_table(args.data, argument="DATA", text_columns=_read_as_text(args), stored_index_as_columns=True,
                      r_missing_in=_read_as_text(args, stance=False))
    if args.by is not None and args.compare_with is not None:
        raise InvalidInputError("--by does not work with --compare-with: compare the two models on the "
                                "whole data, or evaluate each with --by")
    other_model = None
    if args.compare_with is not None:  # a bad directory is named before the first model is measured
        from .api import resolve_model

        other_model = resolve_model(_bundled_or(args.compare_with))
    # Not given, evaluate's own default "stance", which also says when a "Stance" column is left out.
    stance_column = ("stance" if args.stance_column is None
                     else _stance_column(args.stance_column, data, args.labels_column))
    model = _model(args)
    report = evaluate(model, data, text_column=args.text_column, labels_column=args.labels_column,
                      stance_column=stance_column, by=args.by, favor=args.favor, against=args.against)
    if other_model is not None:
        return _print_comparison(args, report, (model, other_model), data)
    intervals = None if args.intervals is None else report.intervals(level=args.intervals)
    by_group = None if args.intervals is None or args.by is None else report.by_group(level=args.intervals)
    if args.json:
        out = report.to_dict()
        if intervals is not None:
            out["intervals"] = {"level": args.intervals, "resamples": 1000,
                                **{name: [row.low, row.high] for name, row in intervals.iterrows()}}
        if by_group is not None:  # the groups are in the table's order
            for group, (_, row) in zip(out["groups"], by_group.iterrows()):
                group["intervals"] = {name: [row[f"{name}_low"], row[f"{name}_high"]] for name in report.headline()}
        print(_json_text(_without_nan(out), indent=1))
        return EXIT_OK
    from .explain import plain_table  # metrics named after stance values, and groups: escaped

    print(report)
    if intervals is not None:
        print(f"\n{args.intervals:.0%} bootstrap intervals (1,000 resamples of the statements):")
        print(plain_table(intervals.round(3)))
    if by_group is not None:
        print(f"\n{args.intervals:.0%} bootstrap intervals by {args.by} (1,000 resamples of each group's "
              f"statements):")
        print(plain_table(_intervals_by_group(by_group, report.headline()).round(3)))
    return EXIT_OK


def _model_named(given: str | None, model: Any) -> dict[str, Any]:
    """A model of a comparison as --json names it: as given (``bundled`` without --model), the
    folder it was loaded from and the digest of its parameters (what --sha256 pins)."""
    saved = model.saved_ or {}
    return {"model": "bundled" if given is None else given, "path": saved.get("path"),
            "parameters_sha256": saved.get("parameters_sha256")}


def _intervals_by_group(table, names: list[str]):
    """``report.by_group(level)``'s wide table as the overall intervals are shown: a row per
    group and metric, with its value, low and high (a row per group ran to 37 columns)."""
    import pandas as pd

    rows = {(group, name): [row[name], row[f"{name}_low"], row[f"{name}_high"]]
            for group, row in table.iterrows() for name in names}
    index = pd.MultiIndex.from_tuples(list(rows), names=[table.index.name, "metric"])
    return pd.DataFrame(list(rows.values()), index=index, columns=["value", "low", "high"])


def _print_comparison(args: argparse.Namespace, report, models: tuple[Any, Any], data) -> int:
    """``stance evaluate --compare-with``: the two models' metrics and the paired interval
    of their difference (``models``: this one, of --model, and the other)."""
    import pandas as pd

    this_model, other_model = models
    from .evaluation import evaluate
    from .report import _without_nan, statements

    with warnings.catch_warnings(record=True) as caught:  # each said of the other model, which it names
        try:
            other = evaluate(other_model, data, text_column=args.text_column, labels_column=args.labels_column,
                             stance_column=_stance_column(args.stance_column, data, args.labels_column),
                             favor=args.favor, against=args.against)
        except InvalidInputError as error:  # "this model predicts (…)" meant the other one, unnamed
            raise InvalidInputError(f"--compare-with {args.compare_with}: {error}") from None
    for warning in caught:
        warnings.warn(f"--compare-with {args.compare_with}: {warning.message}", warning.category, stacklevel=2)
    level = 0.95 if args.intervals is None else args.intervals
    table = report.compared_with(other, level=level)
    lower = [name for name in table.index if name in LOWER_IS_BETTER]
    if args.json:
        metrics = {name: {**row, **{count: None if pd.isna(row[count]) else int(row[count])
                                    for count in ("only_this", "only_other")}}
                   for name, row in table.to_dict(orient="index").items()}
        # Which model is which: a script that keeps comparisons could not tell from the JSON
        # alone which side "this" was (an audit); the table's heading names them.
        sides = {"this": _model_named(args.model, this_model), "other": _model_named(args.compare_with, other_model)}
        print(_json_text(_without_nan({"n": report.n, **sides, "level": level, "resamples": 1000,
                                       "metrics": metrics, "lower_is_better": lower}), indent=1))
        return EXIT_OK
    this = args.model or "the bundled model"
    print(f"Evaluation on {statements(report.n)}: this = {_shown(this)}, other = {_shown(args.compare_with)}")
    print(f"difference = this - other, with its {level:.0%} paired bootstrap interval (1,000 resamples); "
          f"only_this and only_other count the statements only one model gets right, and p_value is the "
          f"exact McNemar test of them: with few such statements the interval is too narrow (it can "
          f"exclude 0 with p above 0.1), so quote the test"
          + (f"; {' and '.join(lower)} {'is an error' if len(lower) == 1 else 'are errors'}, lower is better, "
             f"so a negative difference there favours this model" if lower else "") + "\n")
    from .explain import plain_table

    print(plain_table(_comparison_shown(table)))
    return EXIT_OK


# The metrics of a report that are errors: a model is better with less (see stance.scorer's neg_ names).
LOWER_IS_BETTER = frozenset({"confidence_error"})


def _comparison_shown(table):
    """``compared_with``'s table as the terminal shows it: figures to 3 decimals, the counts as
    whole numbers (blank where a metric has none), a p-value under 0.001 in scientific form
    (rounded to 3 decimals, 3e-10 was printed 0.0), and an error metric marked lower-is-better.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"this": [0.9, 0.02], "other": [0.8, 0.03], "difference": [0.1, -0.01],
    ...                       "low": [0.05, -0.02], "high": [0.15, 0.0], "only_this": pd.array([40, None], "Int64"),
    ...                       "only_other": pd.array([2, None], "Int64"), "p_value": [3.1e-10, float("nan")]},
    ...                      index=pd.Index(["top1_in_gold", "confidence_error"], name="metric"))
    >>> print(_comparison_shown(table).to_string())  # doctest: +NORMALIZE_WHITESPACE
                                        this  other  difference   low  high only_this only_other  p_value
    metric
    top1_in_gold                        0.90   0.80        0.10  0.05  0.15        40          2  3.1e-10
    confidence_error (lower is better)  0.02   0.03       -0.01 -0.02  0.00
    """
    import pandas as pd

    shown = table.round(3)
    for count in ("only_this", "only_other"):  # blank, not <NA>, for the metrics that count none
        shown[count] = [("" if pd.isna(value) else int(value)) for value in table[count]]
    shown["p_value"] = [_p_value_shown(value) for value in table["p_value"]]
    shown.index = [f"{name} (lower is better)" if name in LOWER_IS_BETTER else name for name in table.index]
    shown.index.name = table.index.name
    return shown


def _p_value_shown(p: float) -> str:
    """A p-value in words: to 3 decimals, or under 0.001 in scientific form (``5.4e-138``), as
    the README quotes them; blank for none, and below what a float holds, ``<1e-308``.

    >>> [_p_value_shown(p) for p in (1.0, 0.0703125, 0.000312, 3.1e-10, 0.0, float("nan"))]
    ['1.000', '0.070', '3.1e-04', '3.1e-10', '<1e-308', '']
    """
    if math.isnan(p):
        return ""
    if p == 0.0:  # the exact test's tail, smaller than any float
        return "<1e-308"
    return f"{p:.3f}" if p >= 0.001 else f"{p:.1e}"


@contextlib.contextmanager
def _stance_left_out_on_purpose(args: argparse.Namespace) -> Iterator[None]:
    """Silence the library's warning about a "stance" column left out when
    ``--stance-column none`` asked for exactly that."""
    with warnings.catch_warnings():
        if args.stance_column in ("none", "None"):
            # "Stance" or "stance " as well (the filter ignores case)
            warnings.filterwarnings("ignore", message=r"the data has a '\s*stance\s*' column")
        yield


def _read_as_text(args: argparse.Namespace, stance: bool = True) -> list[str]:
    """The columns a command reads as text: its texts, labels and stance (``"stance"`` when
    ``--stance-column`` is not given), and evaluate's ``--by``, whose Parquet bytes are decoded
    (see :func:`stance.tables.binary_as_text`); without the stance, the columns whose unquoted
    NA is R's missing value (see :func:`stance.tables.read_table`).

    >>> _read_as_text(argparse.Namespace(text_column="t", labels_column="l", stance_column=None))
    ['t', 'l', 'stance']
    >>> _read_as_text(argparse.Namespace(text_column="t", labels_column="l", stance_column="s", by="party"), False)
    ['t', 'l', 'party']
    """
    # The groups of --by are named in the report: stored as bytes, they were shown as b'press'.
    by = getattr(args, "by", None)  # only evaluate has --by
    return [args.text_column, args.labels_column, *([args.stance_column or "stance"] if stance else []),
            *([by] if by is not None else [])]


def _secondary_at(thresholds: dict[str, float | None], raised: dict[str, float], untuned: str | None = None) -> str:
    """Each label's secondary-label threshold in words, saying which were raised to the label's
    share of the rows for too few rows to tune them on, and what tuning gave them, or why none
    was tuned (``untuned``, see :func:`stance.info.no_folds_because`).

    >>> _secondary_at({"gas": 0.3, "none": None, "wind": 0.2}, {"gas": 0.05})  # doctest: +ELLIPSIS
    'gas 0.300 (tuned 0.050, raised), none never, wind 0.200; raised: ... rows carrying it'
    >>> _secondary_at({"gas": 0.5, "none": None}, {}, "trained with threshold_folds=0, below 2")
    'gas 0.500, none never (not tuned: trained with threshold_folds=0, below 2)'
    """
    from .training import MIN_TUNING_POSITIVES

    if not any(t is not None for t in thresholds.values()):
        return "never (trained on one label a statement: predicts one label)"
    return (", ".join(f"{_shown(label)} {'never' if t is None else format(t, '.3f')}"
                      + (f" (tuned {raised[label]:.3f}, raised)" if label in raised else "")
                      for label, t in thresholds.items())
            + (f"; raised: tuned on fewer than {MIN_TUNING_POSITIVES} rows of the label, so at least the share of "
               f"the rows carrying it" if raised else "")
            + (f" (not tuned: {untuned})" if untuned is not None else ""))


def _stance_column(given: str | None, data, labels_column: str) -> str | None:
    """``--stance-column``: not given, the column named "stance" if there is one and it is not
    the labels column; "none", no column; the labels column named, refused."""
    from .data import require_columns, stance_column_apart

    if given is None:
        return "stance" if "stance" in data.columns and labels_column != "stance" else None
    if given in ("none", "None"):
        return None
    stance_column_apart(given, labels_column)
    require_columns(data, {"--stance-column": given})  # named: it must be there
    return given


def _handles(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads a dotted handle.

    >>> _handles({"links": True, "handles": True})
    'a dotted one (@ukraine.bsky.social, @nato.int, @rutte@mastodon.social) is one word'
    """
    if analyzer.get("handles"):
        return "a dotted one (@ukraine.bsky.social, @nato.int, @rutte@mastodon.social) is one word"
    if not analyzer.get("links"):
        return "no handle is one word (links=false)"
    return ("a dotted one cut at its dots (ukraine, bsky, social), a Mastodon one read as an e-mail address "
            "(a model saved before format 12, or trained with handles=false)")


def _marks(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads combining marks.

    >>> _marks({"marks": True})[:44]
    'part of the word they follow (हिन्दी is one '
    """
    if analyzer.get("marks"):
        return ("part of the word they follow (हिन्दी is one word); stress marks on Cyrillic letters, Arabic "
                "harakat and tatweel dropped (Са\u0301нкції is санкції)")
    return ("part the word they are in (हिन्दी is ह, न, द; Са\u0301нкції is са, нкції) (a model saved before "
            "format 13, or trained with marks=false)")


def cmd_info(args: argparse.Namespace) -> int:
    from .info import model_info

    info = model_info(_model(args))
    if args.json:
        print(_json_text(info, indent=1))
        return EXIT_OK
    print(f"labels:         {', '.join(map(_shown, info['labels']))}")
    # When a label joins the primary one: a model trained on one label a statement never adds one.
    print("secondary at:   " + _secondary_at(info["secondary_thresholds"], info["thresholds_raised"],
                                              info["thresholds_not_tuned_because"]))
    print(f"stance classes: {', '.join(map(_shown, info['stance_classes'])) or '(no stance head)'}")
    only = info["stance_only_features"]
    print(f"features:       {info['n_features']}" + (
        f" ({sum(only.values())} read by the stance head only: "
        + ", ".join(f"{n} {prefix}…" for prefix, n in only.items()) + ")" if only else ""))
    stem = info["analyzer"].get("stem", True)
    # Which language the model reads: a model applied to another language's text finds few words.
    print("stemming:       " + ("english (Snowball)" if stem is True else "none" if stem is False else
                                f"{stem} (Snowball)"))
    # Whether a post's link is words to the model: models saved before the option read it so.
    print("links:          " + ("no words (web and e-mail addresses); an @handle is one word"
                                if info["analyzer"].get("links") else
                                'read as words ("https", "t", "co"…), an @handle as its pieces (a model saved '
                                "before format 7, or trained with links=false)"))
    # Whether "defense" is "defence" to the model: models saved before the option, and models
    # of other languages, read words as spelt.
    print("spelling:       " + _spelling(info["analyzer"]))
    # Whether a zero-width space inside a word (pasted web text) parts it: models saved before
    # the option read it so.
    print("invisibles:     " + ("dropped inside a word (zero-width spaces, word joiners, byte-order marks, "
                                "joiners, direction marks)" if info["analyzer"].get("invisibles") else
                                "part the word they are in (a model saved before format 10, or trained with "
                                "invisibles=false)"))
    # Whether "cannot" opens a negation's scope as "can't" does: models saved before the
    # option read it as one word.
    print("cannot:         " + ('read as "can not", as "can\'t" is' if info["analyzer"].get("cannot") else
                                'one word, no negation (a model saved before format 11, or trained with '
                                'cannot=false)'))
    # Whether a dotted handle ("@ukraine.bsky.social") is one word: models saved before the
    # option cut it at its dots, into words the model knows.
    print("handles:        " + _handles(info["analyzer"]))
    # Whether a combining mark (a Hindi vowel sign, a stress mark, a haraka) parts its word:
    # models saved before the option part it there.
    print("marks:          " + _marks(info["analyzer"]))
    # Whether a text of a word or two is read as surely as a sentence (see length_floor).
    print("short texts:    " + _length_floor(info))
    # Which words open a negation's scope: a model without stemming marks every language's
    # with the English words (Polish "nie" marks nothing, Polish "no", "well", does).
    marks = info["negation_marks"]
    print("negation marks: " + ("none" if marks is None else
                                f"NOT_… on the {marks['scope']} words after {_a_language(marks['language'])} "
                                f"negation word ({', '.join(marks['words'])}"
                                + ("; stem=false reads every language with these" if stem is False else "")
                                + "), for " + ("the stance head only (stance_cues)" if marks["read_by"] == "stance head"
                                               else "every head (negation=true)")))
    calibration = info["confidence_calibration"]
    print("confidence:     " + (f"the primary label's probability (not calibrated: "
                                f"{info['confidence_not_calibrated_because']})" if calibration is None else
                                "calibrated on out-of-fold predictions (log-odds x "
                                f"{calibration['slope']:.3f} + {calibration['intercept']:.3f})"))
    # What metadata.json records is shown escaped as the labels are: whoever publishes a model
    # writes it, and a line break in `created` forged a "parameters: sha256" line (an audit).
    print(f"training rows:  {_recorded(info['training_data'].get('rows', '?'))}")
    print(f"training sha256: {_recorded(info['training_data'].get('sha256', '?'))}")
    print("versions:       " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()))
    saved = info.get("saved")
    if saved:
        print("saved with:     " + ", ".join(f"{_recorded(k)} {_recorded(v)}" for k, v in saved["versions"].items()))
        print(f"created:        {_recorded(saved.get('created') or '?')}")
        print(f"loaded from:    {_recorded(saved.get('path') or '?')} "
              f"(model format {saved.get('format_version') or '?'})")
        print(f"parameters:     sha256 {saved.get('parameters_sha256') or '?'}")
    numbers = {name: value for name, value in (info.get("metrics") or {}).items() if isinstance(value, float)}
    width = max((len(name) for name in numbers), default=0) + 2
    for name, value in numbers.items():
        print(f"{_shown(name) + ':':{width}s}{value:.3f}")
    return EXIT_OK


def _length_floor(info: dict[str, Any]) -> str:
    """What ``stance info`` says of the model's ``length_floor``.

    >>> _length_floor({"length_floor": 26.43, "options": {"length_floor": 5.0}})
    "vectors shorter than 26.4 (the 5th percentile of the training texts') are not scaled up (length_floor=5.0)"
    >>> _length_floor({"length_floor": None, "options": {}})[:45]
    'every vector scaled to unit length, however s'
    """
    from .card import ordinal

    floor = info.get("length_floor")
    if floor is None:
        return ("every vector scaled to unit length, however short the text (a model trained without "
                "length_floor, or saved before it)")
    percentile = (info.get("options") or {}).get("length_floor")
    known = isinstance(percentile, (int, float)) and not isinstance(percentile, bool)
    return (f"vectors shorter than {floor:.1f}"
            + (f" (the {ordinal(percentile)} percentile of the training texts')" if known else "")
            + f" are not scaled up (length_floor={percentile!r})")


def _recorded(value: Any) -> str:
    r"""A value a model's metadata.json records (or, for ``loaded from``, a folder's name), as
    :func:`_shown` gives a label: as it is, or as Python writes it when it holds what a
    terminal acts on or a line break; a value of another type (JSON allows any) as its str.

    >>> print(_recorded(23820), _recorded("2026-12-02"), _recorded("0.1.0\x1b[2J"))
    23820 2026-12-02 '0.1.0\x1b[2J'
    """
    return _shown(value if isinstance(value, str) else str(value))


def _spelling(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` reads American spellings.

    >>> _spelling({"stem": "german"})
    'as written (spelling respells English only; this model stems in german)'
    """
    from .text import respells

    if analyzer.get("spelling"):
        return 'American read as British ("defense" as "defence")'
    stem = analyzer.get("stem", True)
    if not respells(stem):
        return f"as written (spelling respells English only; this model stems in {stem})"
    return ('as written: "defense" and "defence" are two words (a model saved before format 8, or trained with '
            'spelling=false)')


def _a_language(name: str) -> str:
    """``"an English"``, ``"a German"``: a language's name with its article.

    >>> _a_language("english"), _a_language("german")
    ('an English', 'a German')
    """
    return ("an " if name[:1] in "aeiou" else "a ") + name.capitalize()


def _write_rows(frame: Any, output: str, *, source: str) -> None:
    """A result table to a .csv, .tsv, .jsonl or .parquet file by its suffix, as ``stance
    score -o`` writes one, its row labels in a "row" column (``row_2``, ``row_3``, … when the
    file has one already, as suggest's own output does), atomically; the columns of
    ``source`` with an empty header cell keep it, as ``stance score`` keeps it."""
    from .data import free_name
    from .files import as_written, write_table_atomically

    name = free_name("row", list(frame.columns))
    write_table_atomically([frame.rename_axis(name).reset_index()], output, source=source, progress=False,
                           allow_empty=True, header_names=as_written(source))


def _check_table_output(output: str | None, source: str | None = None, other_formats: str | None = None,
                        *, any_format: bool = False) -> None:
    """Refuse an output suffix, or an output that is the input ``source``, before the
    work, not after it; a suffix is told where ``other_formats`` are had (by default, the
    library's functions that return the rows). With ``any_format``, every suffix ``stance
    score -o`` writes is taken (.parquet refused without pyarrow, naming the extra)."""
    if output:
        from .files import LIBRARY_FORMATS, SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES, check_output, refuse_input_as_output

        if source is not None and source != "-":
            refuse_input_as_output(source, output)
        if any_format:
            check_output(output, other_formats or SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES)
        else:
            check_output(output, other_formats or LIBRARY_FORMATS)


def cmd_suggest(args: argparse.Namespace) -> int:
    from .labelling import _suggest
    from .tables import read_table

    _check_table_output(args.output, args.input, any_format=True)
    if args.output:
        for labelled_file in args.exclude or ():
            _refuse_labelled_as_output(labelled_file, args.output)
    _check_suggest_flags(args)
    # A Parquet file's stored index as its first columns, as score writes it: -o's "row" is
    # then the row's position, as of a CSV file, not a sent_id that names several rows.
    frame = read_table(args.input, argument="UNLABELLED", text_columns=[args.text_column],
                       stored_index_as_columns=True, r_missing_in=[args.text_column])
    labelled = None
    # Each round's labels in a file of their own, each given with --exclude: the last alone was
    # read, and the rounds before it were suggested again (an audit).
    for labelled_file in args.exclude or ():
        read = read_table(labelled_file, argument="--exclude", text_columns=[args.text_column],
                          r_missing_in=[args.text_column])
        if args.text_column not in read.columns:
            from .data import require_columns

            try:
                require_columns(read, {"--text-column": args.text_column})
            except InvalidInputError as error:  # the pool has the column: say which file lacks it
                raise InvalidInputError(f"--exclude {quoted(labelled_file)}: {error}") from None
        texts = read[[args.text_column]]
        if labelled is not None:
            import pandas as pd

            texts = pd.concat([labelled, texts])
        labelled = texts
    model = _model(args)
    if args.strategy == "stance" and not model.stance_classes:
        raise _Missing("--strategy stance needs a model with a stance head (train it on a stance column: "
                       "--stance-column); or use --strategy uncertainty")
    chosen, left_out, renamed = _suggest(model, frame, n=args.n, strategy=args.strategy, text_column=args.text_column,
                                max_similarity=args.max_similarity, random_state=0, encoding="utf-8",
                                exclude=labelled, pool_named=f"UNLABELLED {quoted(args.input, QUOTED_PATH_WIDTH)}")
    if labelled is not None:
        print(f"left out {left_out} statement{'s' if left_out != 1 else ''} already in "
              f"{', '.join(map(_shown, args.exclude))}", file=sys.stderr)
    if args.output:
        # The file's own columns come first, as they are (one named like a suggestion column as input_<name>).
        _write_rows(chosen, args.output, source=args.input)
        note = "".join(f"; its column {quoted(old)} is {quoted(new)}" for old, new in renamed.items())
        print(f"wrote {len(chosen)} suggestions to {_shown(args.output)}{note}", file=sys.stderr)
    else:
        text_column = renamed.get(args.text_column, args.text_column)
        print(_table(chosen, ["predicted_label", "second_label", "score", "reason", text_column]))
    return EXIT_OK


def _refuse_labelled_as_output(labelled: str, output: str) -> None:
    """Refuse an -o that is the --exclude file, or one of its folder's or glob's files: the
    suggestions would replace the labels."""
    from .files import files_read

    for file in files_read(labelled) if os.path.exists(output) else ():
        try:
            same = os.path.samefile(file, output)
        except OSError:  # --exclude is missing: its reader says so
            continue
        if same:
            named = "" if str(file) == labelled else f" ({str(file)!r} of {labelled!r})"
            raise _Missing(f"-o {output!r} is the --exclude file{named}, the statements labelled already; "
                           f"write the suggestions to another file")


def _check_suggest_flags(args: argparse.Namespace) -> None:
    """Refuse -n, --strategy and --max-similarity by their flags, before the file is read:
    the library names its Python arguments (``strategy='x'``, ``max_similarity``… ``None``)."""
    from .labelling import STRATEGIES

    if args.n < 1:
        raise _Missing(f"-n must be a positive int, got {args.n}")
    if args.strategy not in STRATEGIES:
        raise _Missing(f"--strategy {quoted(args.strategy)} is not known; choose one of {', '.join(STRATEGIES)}")
    if args.max_similarity is not None and not 0.0 <= args.max_similarity <= 1.0:
        raise _Missing(f"--max-similarity must be a number in [0, 1], or 'none' to keep near-duplicates; "
                       f"got {args.max_similarity}")


def cmd_check(args: argparse.Namespace) -> int:
    from .labelling import _find_label_issues
    from .tables import read_table, refuse_undecoded_columns

    _check_table_output(args.output, args.data, any_format=True)

    if args.n < 1:
        raise _Missing(f"-n must be a positive int, got {args.n}")
    # The options the model will be trained with (stem=german for German labels): checked
    # with English stemming, every inflection of a German word was a word of its own.
    options = _model_options(args)
    # As suggest reads it: -o's "row" (and a row the table or a warning names) is the row's position.
    data = read_table(args.data, argument="DATA", text_columns=_read_as_text(args), stored_index_as_columns=True,
                      r_missing_in=_read_as_text(args, stance=False))
    stance_column = _stance_column(args.stance_column, data, args.labels_column)
    # as train() does for a path: it is given the frame read here, whose source it does not know
    refuse_undecoded_columns(data, (args.text_column, args.labels_column, stance_column), args.data)
    with _stance_left_out_on_purpose(args):
        issues, renamed = _find_label_issues(
            data, args.text_column, args.labels_column, stance_column, args.folds, options.pop("random_state", 0),
            encoding="utf-8", source=args.data, none_label=_none_label(args.none_label, data, args.labels_column),
            **options)
    print(f"{len(issues)} row{'' if len(issues) == 1 else 's'} flagged ({args.folds}-fold "
          f"cross-validation); most suspicious first", file=sys.stderr)
    # A column of the data named like an issue column (suggest's score) is input_<name> in the result.
    labels_column, text_column = (renamed.get(name, name) for name in (args.labels_column, args.text_column))
    if args.output:
        _write_rows(_labels_as_text(issues, labels_column), args.output, source=args.data)
        print(f"wrote them to {_shown(args.output)}", file=sys.stderr)
    given = [labels_column] + ([renamed.get(stance_column, stance_column)] if stance_column else [])
    suggested = ["suggested_label"] + (["suggested_stance"] if stance_column else [])
    # A stance that is none (an off-topic row's, a rare label's suggestion) is an empty cell, as -o
    # writes it; so is the score of a rare label no model saw, which none could judge ("NaN").
    print(_table(issues.head(args.n), ["issue", *given, *suggested, "score", text_column],
                 blank=given[1:] + suggested + ["score"]))
    return EXIT_OK


def _labels_as_text(frame: Any, column: str) -> Any:
    """``frame`` with label lists (a Parquet or JSON Lines labels column) joined as "a|b", the
    way a labels cell is read back; a CSV cell of a list was numpy's "['a' 'b']"."""
    from .data import parse_label_set
    from .names import LABEL_SEPARATOR, is_missing

    cells = frame[column].tolist()
    if all(isinstance(cell, str) or is_missing(cell) for cell in cells):
        return frame
    return frame.assign(**{column: [cell if isinstance(cell, str) or is_missing(cell)
                                    else LABEL_SEPARATOR.join(parse_label_set(cell)) for cell in cells]})


def _table(frame: Any, columns: list[str], blank: Sequence[str] = ()) -> str:
    """A plain-text table of some columns, long texts cut, indexed by row; the missing
    values of the ``blank`` columns (text: a stance) shown empty, not "None" or "NaN"."""
    if frame.empty:
        return "(none)"
    shown = frame[columns].round(3)
    for column in blank:
        cells = shown[column]
        if cells.dtype.kind == "f":  # as the numbers of the column print, not 1.0 beside 0.873
            cells = cells.map("{:.3f}".format)
        shown[column] = cells.astype(object).where(shown[column].notna(), "")
    from .explain import plain_table  # labels a model's metadata.json names, and the texts: escaped

    return plain_table(shown, max_colwidth=80)


COMMANDS = {
    "classify": cmd_classify,
    "explain": cmd_explain,
    "score": cmd_score,
    "document": cmd_document,
    "train": cmd_train,
    "evaluate": cmd_evaluate,
    "info": cmd_info,
    "suggest": cmd_suggest,
    "check": cmd_check,
}

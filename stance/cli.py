"""The ``stance`` command: a thin layer that parses arguments and calls the library.

Every command returns 0 on success and 2 on bad usage or bad input (an output folder not
writable when it starts included), with one line on stderr saying what to fix (labelled data's
several problems a line each, the first line counting them and naming the first); 1 when the
machine failed it (a full disk, a file-size limit, a disk that fails or turns read-only
while written, too little memory), with one line saying what failed.
``main(argv)`` is what the tests call.

This module keeps the parser, ``main`` and :data:`COMMANDS`, the table of commands; each command
is in a module of its own (``stance.cli_classify`` for classify and explain, ``cli_score``,
``cli_documents``, ``cli_training``, ``cli_evaluation``, ``cli_info``, ``cli_labelling`` for
suggest and check), what several share in ``cli_data`` and ``cli_options`` (``--option``), and
how an error or a warning is said, with the exit statuses, in ``cli_errors``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys
import textwrap
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from .cli_classify import cmd_classify, cmd_explain
from .cli_dashes import _dash_hint, _takes
from .cli_documents import cmd_document
from .cli_errors import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    _first_line,
    _in_flags,
    _line_hint,
    _one_line_warning,
    _out_of_memory,
    _said,
    _system_message,
    _warning_raised,
    _with_the_sep_given,
    _worker_died,
)
from .cli_evaluation import cmd_evaluate
from .cli_info import cmd_info
from .cli_labelling import cmd_check, cmd_suggest
from .cli_options import _option, _option_hint
from .cli_score import cmd_score
from .cli_training import cmd_train
from .csv_dialect import separator_given
from .exceptions import StanceError, StanceWarning, WorkerDiedError, quoted, shell_path
from .explain import CONTRIBUTION_LEGEND, CONTRIBUTION_MEANING, SOFTMAX_NOTE
from .files import expanded
from .nearest import nearest, or_listed
from .terminal import (
    _messages_dropped_once_unread,
    _output_dropped_once_unread,
    _output_named,
    _OutputClosed,
    _stand_in_for_closed_streams,
    _terminate_cleanly,
    _utf8_option,
    _utf8_output,
)


class _Parser(argparse.ArgumentParser):
    # What a command given no input may be given instead ("- reads standard input"), said when
    # it is missing: "cat speech.txt | stance document" was refused naming FILE alone, where
    # stance classify reads its standard input.
    missing_hint = ""

    def __init__(self, *args: Any, allow_abbrev: bool = False, **kwargs: Any) -> None:
        # What two flags of one mutually exclusive group say when given together, keyed by the
        # pair: argparse's "not allowed with" says no why, and the group is there for the usage line.
        self.conflicts: dict[frozenset[str], str] = {}
        # No abbreviations: "--text" was read as --text-column, and an abbreviation accepted
        # today becomes ambiguous, and a usage error, the day a flag sharing its start is added.
        # Every command's help wrapped as explain's was first: a word is not broken at its hyphen
        # ("log-" / "odds", "--compare-" / "with", a flag no longer one to copy).
        kwargs.setdefault("formatter_class", _WholeHyphenatedHelp)
        super().__init__(*args, allow_abbrev=allow_abbrev, **kwargs)
        self.register("action", None, _StoreOnce)  # what add_argument stores by default
        self.register("action", "store", _StoreOnce)

    def parse_known_args(self, args: Sequence[str] | None = None,
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        tokens = list(sys.argv[1:] if args is None else args)
        if "--version" not in tokens:  # which prints the version, whatever else is given
            # The top-level parser reads only what comes before the command; each command its own.
            own = tokens if self._subparsers is None else list(itertools.takewhile(lambda t: t.startswith("-"), tokens))
            flags = list(itertools.takewhile(lambda t: t != "--", own))
            for index, token in enumerate(flags):
                meant = _one_dash_long_flags(token, self)
                if meant and index and any(_given_its_value(flags[index - 1], flag, self) for flag in meant):
                    refused = _refused_value(flags[index - 1], token, self)
                    if refused:
                        self.error(refused)
                    continue  # "--speaker -speaker": a value that begins with "-" (see cli_dashes), not a flag
                short = meant and _short_flag_reading(token, meant, self, flags[:index] + flags[index + 1:])
                if short:
                    self.error(f"argument {token.partition('=')[0]} reads two ways: did you mean {or_listed(meant)} "
                               f"(a long flag takes two dashes) or {short} (a value after a space)?")
                if meant:
                    self.error(f"argument {token.partition('=')[0]}: a long flag takes two dashes; "
                               f"did you mean {or_listed(meant)}?")
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        if self.missing_hint and message.startswith("the following arguments are required"):
            message = f"{message}; {self.missing_hint}"
        clash = re.fullmatch(r"argument (\S+): not allowed with argument (\S+)", message)
        if clash and frozenset(clash.groups()) in self.conflicts:
            message = self.conflicts[frozenset(clash.groups())]
        raise _UsageError(f"{self.prog}: {message}")


class _UsageError(Exception):
    pass


class _WholeHyphenatedHelp(argparse.HelpFormatter):
    """argparse's help, wrapped without breaking a word at its hyphen: explain's help wrapped
    "log-odds" as "log-" at a line's end and "odds" on the next, at some terminal widths."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(self._whitespace_matcher.sub(" ", text).strip(), width, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(self._whitespace_matcher.sub(" ", text).strip(), width, break_on_hyphens=False)


class _StoreOnce(argparse._StoreAction):
    """A flag that takes one value, refused when given twice with different values: argparse
    kept the last (``-o a.csv -o b.csv`` wrote b.csv alone, ``--model m1 --model bundled`` used
    the bundled model), so a value added to a command line already holding one was taken, or
    lost, without a word. The same value twice (a script's default repeated) is taken."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        given = namespace.__dict__.setdefault("_given_once", {})
        if self.dest in given and option_string is not None and given[self.dest] != values:
            raise argparse.ArgumentError(self, f"given twice, {_typed(given[self.dest])} and {_typed(values)}; "
                                               f"give it once")
        given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


class _VersionAsked(Exception):
    pass


class _Version(argparse.Action):
    """``--version``, before a command or after it: the version, printed before the command's
    arguments are checked. Read after parsing, it was refused as the command's own words
    ("stance score --version" and "stance --version score": "the following arguments are
    required"), so it stops the parsing, as argparse's own version action does."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        raise _VersionAsked


def _one_dash_long_flags(token: str, parser: argparse.ArgumentParser) -> list[str]:
    """The long flags ``token`` is written for with one dash (``-output``: --output), every one
    that ties for nearest (``-selp``: --help and --sep, as ``--selp`` is told), or [].
    argparse read ``-output=out.csv`` as ``-o`` with the value ``utput=out.csv``, and wrote
    there; ``-json`` it called an unrecognised argument, with no hint. A short flag's value
    given attached (``-j2``, ``-n20``, ``-oout.csv``) is no long flag's name, and stays read.

    >>> parser = _Parser(prog="stance score")
    >>> _ = parser.add_argument("-o", "--output"); _ = parser.add_argument("--json", action="store_true")
    >>> [_one_dash_long_flags(token, parser) for token in ("-output=o.csv", "-out", "-jsno", "-oout.csv", "-o", "-1")]
    [['--output'], ['--output'], ['--json'], [], [], []]
    >>> [_one_dash_long_flags(token, parser) for token in ("-json ok", "-output=my file.csv")]
    [[], ['--output']]
    >>> [_one_dash_long_flags(token, parser) for token in ("-outptu", "-ojsno", "-ojson", "-ooutput", "-oout")]
    [['--output'], [], [], ['--output'], []]
    >>> [_one_dash_long_flags(token, parser) for token in ("-ooutput.csv", "-ooutput/m", "-output.csv", "-outptu.csv")]
    [[], [], ['--output'], []]
    """
    if len(token) < 3 or not token.startswith("-") or token.startswith("--"):
        return []
    name = token[1:].partition("=")[0]
    # A word with a space is no flag: argparse reads it as a statement or a value ("-json ok",
    # --text-column "-text col"), as it did before this check, unless a short flag begins it.
    if any(character.isspace() for character in name):
        return []
    long_names = [flag[2:] for flag in parser._option_string_actions if flag.startswith("--")]
    if name in long_names:
        return [f"--{name}"]
    # An abbreviation ("-out") names the flags it begins, as "--out" does (see _closest_flag_hint).
    begun = sorted(long for long in long_names if len(name) >= 3 and long.startswith(name))
    if begun:
        return [f"--{long}" for long in begun]
    close = nearest(name, long_names, 0.7)
    # A short flag's attached value may look like a flag's name ("-ojson", an output file "json"),
    # so a token argparse reads as a short flag is a long flag's misspelling only where the flag
    # nearest begins with the short flag's letter: then that letter is likely the name's own first
    # ("-optoin": --option, "-outptu": --output, read as -o with the value "ptoin" or "utptu", a
    # model written there), not the short flag before another name ("-ojson": -o, then json).
    if token[:2] in parser._option_string_actions:
        # A path is the short flag's value ("-ooutput.csv": -o output.csv, the name tables are
        # most often written under), as before: no flag's name has a "." or a "/" in it. Not
        # where a long flag's whole name begins it ("-output.csv": --output, not -o utput.csv).
        head = re.split(r"[./\\]", name, maxsplit=1)[0]
        if head != name:
            return [f"--{head}"] if head in long_names else []
        return [f"--{long}" for long in close if long.startswith(token[1])]
    return [f"--{long}" for long in close]


def _given_its_value(before: str, flag: str, parser: argparse.ArgumentParser) -> bool:
    """Whether the word after ``before`` is that flag's value, where it is the long ``flag``
    written with one dash: ``--speaker -speaker`` gives --speaker the value "-speaker" (argparse
    refuses it, and is told ``--speaker=-speaker``), where "did you mean --speaker?" was said.

    >>> parser = _Parser(prog="stance document")
    >>> _ = parser.add_argument("--speaker"); _ = parser.add_argument("--json", action="store_true")
    >>> [_given_its_value(before, "--speaker", parser) for before in ("--speaker", "--json", "--speaker=x", "x")]
    [True, False, False, False]
    """
    action = parser._option_string_actions.get(before)
    return action is not None and action.nargs is None and flag in action.option_strings


def _refused_value(before: str, token: str, parser: argparse.ArgumentParser) -> str:
    """What to say where ``token``, its own flag written with one dash (see :func:`_given_its_value`),
    follows ``before``, a flag whose type refuses it as its value (a number); else "".
    ``--chunk-size -chunk-size`` was told "expected one argument" alone, where ``--speaker
    -speaker`` is told how to give a value that begins with "-": no number does.

    >>> parser = _Parser(prog="stance score")
    >>> _ = parser.add_argument("--chunk-size", type=int); _ = parser.add_argument("--speaker")
    >>> _refused_value("--chunk-size", "-chunk-size", parser)  # doctest: +NORMALIZE_WHITESPACE
    'argument --chunk-size: expected one argument; -chunk-size is no value it takes, but the flag again with
    one dash: give it once, with its value (--chunk-size CHUNK_SIZE)'
    >>> _refused_value("--speaker", "-speaker", parser), _refused_value("--chunk-size", "-5", parser)
    ('', '')
    """
    action = parser._option_string_actions[before]
    if _takes(action, token):
        return ""
    long = next((flag for flag in action.option_strings if flag.startswith("--")), before)
    metavar = action.metavar or action.dest.upper()
    return (f"argument {argparse._get_action_name(action)}: expected one argument; {token.partition('=')[0]} is no "
            f"value it takes, but the flag again with one dash: give it once, with its value ({long} {metavar})")


def _short_flag_reading(token: str, meant: Sequence[str], parser: argparse.ArgumentParser,
                        others: Sequence[str] = ()) -> str | None:
    """``token`` read as its first two characters, a short flag, and the value attached to it
    (``-opt``: ``-o pt``), where that is another flag than the long flags ``meant`` it is also
    written for (``--option``), and a value that flag takes; else None. ``stance train d.csv -opt`` was
    told "did you mean --option?" alone, where ``-o pt`` (a model folder "pt") reads as well.
    A long flag's whole name (``-option``, ``-output``) is that flag's, not a short flag's value;
    nor is a short flag given among the ``others`` (``-o m -opt``), which a second value refuses.

    >>> parser = _Parser(prog="stance train")
    >>> for flags in (("-o", "--output"), ("--option",), ("-n",)):
    ...     _ = parser.add_argument(*flags, type=int if flags == ("-n",) else None)
    >>> [_short_flag_reading(token, _one_dash_long_flags(token, parser), parser)
    ...  for token in ("-opt", "-opti", "-opt=C=10", "-option", "-out", "-outptu", "-ooutput")]
    ['-o pt', '-o pti', '-o pt=C=10', None, None, None, '-o output']
    >>> _short_flag_reading("-non", ["--none-label"], parser)  # -n takes a number
    >>> [_short_flag_reading("-opt", ["--option"], parser, others) for others in (["-o", "m"], ["-om"], ["-opt"])]
    [None, None, '-o pt']
    """
    action = parser._option_string_actions.get(token[:2])
    value = token[2:]
    # The short flag's own long flag ("-outptu": --output) is no other reading, unless the value
    # begins with the flag's letter again: "-ooutput" is -o output as well as --output misspelt.
    own = any(flag in action.option_strings for flag in meant) and not value.startswith(token[1]) if action else False
    if action is None or action.nargs == 0 or own or f"-{token}".partition("=")[0] in meant:
        return None
    if any(other.partition("=")[0] in action.option_strings or (other[:2] == token[:2] and not other.startswith("--")
           and not _one_dash_long_flags(other, parser)) for other in others):
        return None  # "-o m -opt": -o is given, and a second value is refused; --option is the one reading
    if callable(action.type):
        try:  # "-non" is no -n of a number
            action.type(value)
        except (ValueError, TypeError, argparse.ArgumentTypeError):
            return None
    return f"{token[:2]} {shell_path(value)}"


def _typed(value: Any) -> str:
    return quoted(value) if isinstance(value, str) else str(value)


MODEL_NAMED = "a saved model directory, or 'bundled'"  # what an empty --model should have named
MODEL_HELP = "a saved model directory, or 'bundled' for the bundled model (the default)"
SHA256_HELP = ("the parameters' digest the model's publisher gave you ('parameters: sha256 …' in stance info): "
               "the command refuses a model whose parameters differ, checked in the load it uses, as "
               "stance.load(DIR, sha256=…) is (without --model: the bundled model's)")
RANDOM_STATE_HELP = "seed of every random choice (default: 0; or --option random_state=…, not two seeds)"
TEXT_COLUMN_HELP = "the column holding the statements (default: text)"
STDIN_ENCODING_HELP = ("the encoding of the lines on stdin, as Python names it: cp1252 for a file saved by older "
                       "Windows programs (default: UTF-8, or UTF-16 or UTF-32 with a byte-order mark)")
ENCODING_HELP = ("the encoding of a .csv, .tsv or .jsonl file, as Python names it: cp1252 for an older Excel export "
                 "(default: UTF-8, or UTF-16 or UTF-32 with a byte-order mark); refused when every file is Parquet")
SEP_HELP = ("the character that separates the cells of every .csv file read, suggest's --exclude files too ('|', "
            "';'; tab or \\t for a tab), over what its content or sep= line says; a .tsv file takes a tab only "
            "(default: found from each file, so a .tsv beside a .csv of commas needs none)")
BOM_HELP = ("begin a .csv or .tsv -o with UTF-8's byte-order mark, which Excel needs to read it as UTF-8 (it "
            "reads one without in the locale's code page); without --bom it has one when the input has one or "
            "was read in another --encoding; refused without a .csv or .tsv -o")
NONE_LABEL_HELP = ("the label meaning 'takes no position' (default: none; 'None' if the scheme has none, unless "
                   "the data have a label called 'None', which it then names: '' for no such label)")


def _named(what: str) -> Callable[[str], str]:
    """The type of an argument that names ``what`` (a column, a label, a speaker…): refused
    when empty, as an unset shell variable gives it, in the words an empty path gets
    (``--text-column ''`` was "no such column", ``--scheduler ''`` scored without one).

    >>> _named("a column")("")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: the value is empty; name a column (is a shell variable empty?)
    """
    def named(value: str) -> str:
        # Read as UTF-8, as a statement argument is, whatever the locale: the data it names are
        # (a column "тэкст" under ISO-8859-1 was read as its mojibake, and not found).
        return _utf8_option(_nonempty(what)(value))

    return named


def _nonempty(what: str) -> Callable[[str], str]:
    """The type of an argument refused when empty, as :func:`_named` refuses it, and kept as
    the locale decoded it: a path, which the file system names in the locale's encoding.

    >>> _nonempty("a file")("a.csv")
    'a.csv'
    """
    def nonempty(value: str) -> str:
        if not value:
            raise argparse.ArgumentTypeError(f"the value is empty; name {what} (is a shell variable empty?)")
        return value

    return nonempty


def _path(what: str) -> Callable[[str], str]:
    """The type of an argument that names ``what``: refused when empty, which ``Path("")``
    reads as the current folder (an unset shell variable trained on every table there), and
    with a leading ``~`` read as the home folder (see :func:`stance.files.expanded`).

    >>> _path("a file")("")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: the value is empty; name a file (is a shell variable empty?)
    """
    def path(value: str) -> str:
        # The shell expands no ~ after "=" (--output=~/m): read here, before any command checks the path.
        return expanded(_nonempty(what)(value))

    return path


def _digest(value: str) -> str:
    """``--sha256``: refused when empty (an unset shell variable), which would pin nothing; the
    rest (64 hexadecimal digits, a line end around them ignored) is checked by the load."""
    if not value:
        raise argparse.ArgumentTypeError("the value is empty; give the parameters' digest, 64 hexadecimal digits "
                                         "(is a shell variable empty?)")
    return value


def _encoding(value: str) -> str:
    """``--encoding``: a name Python has a text codec for ("UTF-8" is the default's), refused
    as argparse refuses a value, before any file is read (see :func:`stance.decoding.encoding_named`)."""
    from .decoding import encoding_named
    from .exceptions import InvalidInputError

    try:
        return encoding_named(_nonempty("an encoding, such as utf-8 or cp1252")(value))
    except InvalidInputError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("encoding: ")) from None


# Characters that cannot separate cells: a quote opens a quoted cell, a line end ends the row.
_NO_SEPARATORS = {'"': "a quote", "\n": "a line end", "\r": "a line end"}


def _separator(value: str) -> str:
    r"""``--sep``: one character, or a tab as a shell lets one be typed ("tab", "\t"); refused
    as argparse refuses a value, before any file is read.

    >>> _separator("|"), _separator("tab"), _separator("\\t")
    ('|', '\t', '\t')
    >>> _separator("ab")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected one character (or tab), got 'ab'
    """
    if value.lower() in ("tab", "\\t"):
        return "\t"
    if len(value) != 1:
        raise argparse.ArgumentTypeError(f"expected one character (or tab), got {value!r}")
    if value in _NO_SEPARATORS:
        raise argparse.ArgumentTypeError(f"{_NO_SEPARATORS[value]} cannot separate cells, got {value!r}")
    return value


def _stance_column_name(value: str) -> str:
    """``--stance-column``: refused when empty, which trained without a stance head as "none"
    does, unasked (an unset shell variable); "none" says so on purpose."""
    if not value:
        raise argparse.ArgumentTypeError("the value is empty; name the stance column, or 'none' for no stance "
                                         "(is a shell variable empty?)")
    return _utf8_option(value)


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stance", description="Which NATO policy positions does a statement take?",
                     epilog="stance help COMMAND (or stance COMMAND --help) lists a command's options.")
    # As a command's --version does: a flag stored for after parsing let the command's required
    # arguments refuse "stance --version score" before the version was printed.
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = commands.add_parser("classify", help="classify statements (arguments, or lines on stdin)")
    p.add_argument("texts", nargs="*", metavar="TEXT",
                   help="statements (none, or - alone: one per line on stdin); one that begins with - goes after "
                        "--, which ends the flags (stance classify -- '-5%% of GDP')")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--json", action="store_true", help="print one JSON object per statement")
    p.add_argument("--details", action="store_true",
                   help="print labels, the label's confidence, stance, the stance's probability, the flag "
                        "(- when none) and the text, tab-separated, instead of the label (not with --json, "
                        "which gives every probability)")
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=STDIN_ENCODING_HELP)

    p = commands.add_parser("explain",
                            help="which n-grams make up each statement's labels' and stance's log-odds (or scores)",
                            description="Which n-grams make up each statement's labels' and stance's log-odds "
                                        "(a softmax head's scores), "
                                        f"and how much each does. {CONTRIBUTION_MEANING} {SOFTMAX_NOTE}",
                            epilog="Printed under the bundled model's tables (another model's legend names its own "
                                   f"negation words and its heads' scale): {CONTRIBUTION_LEGEND}")
    p.add_argument("texts", nargs="+", metavar="TEXT",
                   help="statements to explain (or - alone: one per line on stdin, as stance classify reads them); "
                        "one that begins with - goes after --, which ends the flags")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("-n", type=int, default=10, metavar="N",
                   help="n-grams shown per head, the strongest either way (default: 10); the rest are summed")
    p.add_argument("--label", type=_named("one of the model's labels"),
                   help="explain this label (and the stance it would bring) instead of the predicted ones: why a "
                        "statement was not called unity, say")
    p.add_argument("--json", action="store_true", help="print one JSON object per statement")
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=STDIN_ENCODING_HELP)
    p.missing_hint = "give - to read one statement a line from standard input (stance explain - < FILE)"

    p = commands.add_parser("score", help="score a CSV/TSV/JSONL/Parquet file (or a folder or glob of them) into a "
                                          "CSV, TSV, JSONL or Parquet file")
    p.add_argument("input", metavar="IN", type=_path("a file or a folder"),
                   help="a .csv, .tsv, .jsonl or .parquet file, a folder of them (read on this machine as "
                        "stance.score reads it, each row's file and row in a first column, row), or a quoted glob of "
                        ".csv, .tsv or .parquet files (read with Dask: the dask extra)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="a .csv, .tsv, .jsonl or .parquet file, in the format its suffix names (Parquet: the parquet "
                        "extra), written atomically, a chunk at a time")
    p.add_argument("--bom", action="store_true", help=BOM_HELP)
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=ENCODING_HELP)
    p.add_argument("--sep", type=_separator, metavar="CHAR", help=SEP_HELP)
    p.add_argument("--text-column", default="text", type=_named("the column of statements"),
                   help=TEXT_COLUMN_HELP)
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--chunk-size", type=int, default=50_000,
                   help="rows read and scored at a time, whatever the input format (default: 50000; "
                        "a glob, --scheduler or --workers: Dask's own partitions; a folder is read whole)")
    p.add_argument("--prefix", default="", type=_utf8_option,
                   help="prefix for the result columns (e.g. pred_ when the input already has label or stance columns)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    p.add_argument("-j", "--n-jobs", type=int, default=1, metavar="N",
                   help="score each chunk in N processes on this machine, in parts of 8192 rows (so a "
                        "--chunk-size above 8192; -1: every core; default: 1); a folder's rows in N processes; "
                        "a glob, --scheduler or --workers: Dask's own")
    cluster = p.add_mutually_exclusive_group()  # IN may then be a quoted glob of CSV/TSV/Parquet files
    cluster.add_argument("--scheduler", metavar="ADDRESS", type=_named("the scheduler's address"),
                         help="score on this Dask cluster (dask extra; reads .csv, .tsv or .parquet in UTF-8, not "
                              ".jsonl)")
    cluster.add_argument("--workers", type=int, metavar="N", help="score on a local Dask cluster of N processes "
                         "(as --scheduler reads)")

    p = commands.add_parser("document", help="split a speech or article into statements and profile it")
    p.add_argument("files", nargs="+", metavar="FILE", type=_path("a file, or - for stdin"),
                   help="a plain-text UTF-8 file (or UTF-16 or UTF-32 with a byte-order mark; a .docx or PDF is "
                        "refused: save it as text first; HTML is read as text, its tags scored as words (warned of "
                        "where they are many): strip the markup first; not a table of statements, .csv, .tsv, "
                        ".jsonl, .parquet or .json, which stance score reads, JSON Lines as .jsonl), or - for "
                        "stdin; several files are scored together, each statement naming its file in a 'document' "
                        "column, and each file gets its own profile")
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME",
                   help="the encoding of FILE, as Python names it: cp1252 for a file saved by older Windows programs "
                        "(default: UTF-8, or UTF-16 or UTF-32 with a byte-order mark)")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--plot", metavar="PNG", type=_path("an image file, e.g. profile.png"),
                   help="also draw the profile to this image (plot extra)")
    p.add_argument("--json", action="store_true", help="print statements and profile as JSON")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="also write the statements (numbered, with speaker, line in the file and scores) to this "
                        ".csv, .tsv, .jsonl or .parquet file (by its suffix)")
    p.add_argument("--bom", action="store_true", help=BOM_HELP)
    # Repeated, as profile's favor= takes a list: a model's "favor" and "pro" counted as one side.
    p.add_argument("--favor", metavar="VALUE", type=_named("a stance value"), action="append",
                   help="the stance value that counts as favour (a model with other names); repeat for several "
                        "values counted as favour (--favor favor --favor pro, for a model whose stance values "
                        "include pro)")
    p.add_argument("--against", metavar="VALUE", type=_named("a stance value"), action="append",
                   help="the stance value that counts as against; repeat for several")
    speakers = p.add_mutually_exclusive_group()
    speakers.add_argument("--speaker", metavar="NAME", type=_named("a speaker"), action="append",
                          help="keep only the statements of this speaker, as a transcript's tag names them "
                               "(RUTTE, 'Mr Healey', A; any case, a colon or not, or a whole word of it: rutte keeps "
                               "'SECRETARY GENERAL RUTTE'); repeat for several: the table, "
                               "-o, --json, --plot and the profile then count theirs alone")
    speakers.add_argument("--leave-out-speaker", metavar="NAME", type=_named("a speaker"), action="append",
                          help="leave out the statements of this speaker (Q, a moderator's), counting the rest; "
                               "repeat for several")
    p.missing_hint = "give - to read the document from standard input (stance document - < FILE)"

    p = commands.add_parser("train", help="train a model on your own labels")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them "
                        "('data/2024-*.csv')")
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=ENCODING_HELP)
    p.add_argument("--sep", type=_separator, metavar="CHAR", help=SEP_HELP)
    p.add_argument("-o", "--output", required=True, metavar="DIR", type=_path("the model directory to write"),
                   help="the model directory to write")
    p.add_argument("--text-column", default="text", type=_named("the column of statements"),
                   help=TEXT_COLUMN_HELP)
    p.add_argument("--labels-column", default="labels", type=_named("the column of labels"),
                   help="one label per row, or several joined with | (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="train a stance head on this column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--none-label", default="none", type=_utf8_option,
                   help=NONE_LABEL_HELP)
    p.add_argument("--random-state", type=int, default=None, help=RANDOM_STATE_HELP)
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", type=_option,
                   help="a model option, as for stance.StanceModel (e.g. C=10, ngram_max=3, threshold_folds=0, "
                        "min_df=None); repeat for several")
    p.add_argument("--overwrite", action="store_true", help="replace an existing model directory")
    p.add_argument("--no-progress", action="store_true", help="no progress bar of the fits, even on a terminal")

    p = commands.add_parser("evaluate", help="evaluate a model on labelled data")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a labelled .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=ENCODING_HELP)
    p.add_argument("--sep", type=_separator, metavar="CHAR", help=SEP_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP + "; --model's, not --compare-with's")
    p.add_argument("--text-column", default="text", type=_named("the column of statements"),
                   help=TEXT_COLUMN_HELP)
    p.add_argument("--labels-column", default="labels", type=_named("the column of labels"),
                   help="the gold labels (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="gold stance column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--intervals", nargs="?", const=0.95, type=_level, metavar="LEVEL",
                   help="also print each metric's bootstrap interval over the statements (the exact "
                        "(Clopper-Pearson) one for top-1 and stance accuracy at 0 or 1, where every resample "
                        "would be alike; LEVEL: its coverage, default 0.95)")
    either = p.add_mutually_exclusive_group()  # a comparison is of the whole data, not of groups
    either.add_argument("--by", metavar="COLUMN", type=_named("a column"),
                        help="also measure each group of rows that share a value in COLUMN (register, party, "
                             "year...): a table of each group's metrics after the overall ones; rows without a "
                             "value are the group '(missing)'; not with --compare-with")
    either.add_argument("--compare-with", metavar="DIR", type=_path(MODEL_NAMED),
                        help="a second model ('bundled' for the bundled one) to measure on the same data: "
                             "prints both, their difference and its paired bootstrap interval "
                             "(at --intervals' LEVEL, default 0.95), and for top-1 and stance accuracy "
                             "the exact McNemar test of the statements only one model gets right; not with --by")
    p.conflicts = {frozenset({"--by", "--compare-with"}): "--by does not work with --compare-with: compare the two "
                                                          "models on the whole data, or evaluate each with --by"}
    # One value each, unlike document's repeatable --favor: an F1 is of one stance value.
    p.add_argument("--favor", metavar="VALUE", type=_named("a stance value"),
                   help="the stance value whose F1 stance_f_avg averages as favour (a model with other names, such "
                        "as favorable/unfavorable/neutral); one value, given once")
    p.add_argument("--against", metavar="VALUE", type=_named("a stance value"),
                   help="the stance value whose F1 stance_f_avg averages as against; one value, given once")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = commands.add_parser("info", help="describe a model: labels, versions, training data, metrics")
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("--json", action="store_true", help="print everything as JSON")

    p = commands.add_parser("suggest", help="which unlabelled statements to label next")
    p.add_argument("input", metavar="UNLABELLED", type=_path("a file or a folder"),
                   help="statements nobody has labelled yet: a .csv, .tsv, .jsonl or .parquet file, a folder of them, "
                        "or a quoted glob of them")
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=ENCODING_HELP)
    p.add_argument("--sep", type=_separator, metavar="CHAR", help=SEP_HELP)
    p.add_argument("--model", metavar="DIR", type=_path(MODEL_NAMED), help=MODEL_HELP)
    p.add_argument("--sha256", metavar="DIGEST", type=_digest, help=SHA256_HELP)
    p.add_argument("-n", type=int, default=20, help="how many statements to suggest (default: 20)")
    p.add_argument("--strategy", default="uncertainty", type=_named("a strategy"),
                   help="uncertainty (the default), entropy, stance or random")
    p.add_argument("--text-column", default="text", type=_named("the column of statements"),
                   help=TEXT_COLUMN_HELP)
    p.add_argument("--max-similarity", type=_similarity, default=0.35,
                   help="skip near-paraphrases above this cosine (default: 0.35; 'none': keep them)")
    p.add_argument("--random-state", type=int, default=0,
                   help="seed of the random choice of --strategy random, the baseline (default: 0)")
    p.add_argument("--exclude", metavar="LABELLED", type=_path("a file or a folder"), action="append",
                   help="leave out the statements of this file (those labelled already), matched by text; "
                        "give it once per file (each round's labels)")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="write the suggestions to this .csv, .tsv, .jsonl or .parquet file, in the format its "
                        "suffix names (Parquet: the parquet extra); '-': to standard output, as CSV")
    p.add_argument("--bom", action="store_true", help=BOM_HELP)

    p = commands.add_parser("check", help="find labelled rows whose label looks wrong (cross-validated)")
    p.add_argument("data", metavar="DATA", type=_path("a file or a folder"),
                   help="a labelled .csv, .tsv, .jsonl or .parquet file, a folder of them, or a quoted glob of them")
    p.add_argument("--text-column", default="text", type=_named("the column of statements"),
                   help=TEXT_COLUMN_HELP)
    p.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME", help=ENCODING_HELP)
    p.add_argument("--sep", type=_separator, metavar="CHAR", help=SEP_HELP)
    p.add_argument("--labels-column", default="labels", type=_named("the column of labels"),
                   help="the labels to check (default: labels)")
    p.add_argument("--stance-column", default=None, type=_stance_column_name,
                   help="also check this stance column (default: 'stance' when there is one; 'none' to skip)")
    p.add_argument("--none-label", default="none", type=_utf8_option,
                   help=NONE_LABEL_HELP)
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar of the folds, even on a terminal")
    p.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", type=_option,
                   help="a model option for the fold models, as for stance train (e.g. stem=german, C=10); "
                        "repeat for several")
    p.add_argument("--random-state", type=int, default=None, help=RANDOM_STATE_HELP)
    # None: the table's 30, or every row with -o -, which writes what -o FILE holds unless -n is given.
    p.add_argument("-n", type=int, default=None,
                   help="how many flagged rows to print, most suspicious first: in the table (default: 30), "
                        "or as CSV with -o - (default: every one); -o FILE holds every one whatever -n")
    p.add_argument("-o", "--output", metavar="OUT", type=_path("a .csv, .tsv, .jsonl or .parquet file"),
                   help="write every flagged row to this .csv, .tsv, .jsonl or .parquet file, in the format "
                        "its suffix names (Parquet: the parquet extra); '-': to standard output, as CSV, "
                        "and no table")
    p.add_argument("--bom", action="store_true", help=BOM_HELP)
    for p in commands.choices.values():  # out of each command's help: stance --help lists it
        p.add_argument("--version", action=_Version, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _stand_in_for_closed_streams()
    # argv None: the program itself (the stance script, python -m stance), whose process it owns
    with _output_dropped_once_unread(whole_process=argv is None), _messages_dropped_once_unread(), _output_named():
        try:
            try:
                return _run(argv)
            except _OutputClosed as error:  # --version or --help, before a command took over
                print(f"stance: {error}", file=sys.stderr)
                return EXIT_USAGE
            except OSError as error:  # --version to a full disk: one line, as a command's
                from .files import system_failure

                if not system_failure(error):
                    raise
                print(f"stance: {_system_message(error)}", file=sys.stderr)
                return EXIT_FAILURE
        except KeyboardInterrupt as interrupt:
            # A Ctrl-C before a command took over (the arguments read, the output set up): no
            # traceback either. The entry point (_stance_command) covers the import before this.
            print("stance: interrupted", file=sys.stderr)
            return 128 + getattr(interrupt, "signal_number", 2)


def _run(argv: Sequence[str] | None) -> int:
    # Before the arguments are read: --help and a usage error are written there, and a
    # command's help (its "…") failed under PYTHONIOENCODING=ascii with a UnicodeEncodeError.
    _utf8_output()
    try:
        args = build_parser().parse_args(_help_read(sys.argv[1:] if argv is None else list(argv)))
    except _VersionAsked:
        from . import __version__

        print(__version__)
        return EXIT_OK
    except _UsageError as error:
        given = sys.argv[1:] if argv is None else list(argv)
        message = _in_its_command(str(error), given)
        hint = _flag_before_command_hint(given) or _option_hint(message, given) or _closest_flag_hint(message, given)
        print(message + hint if hint else _told_of_a_value_begun_with_dash(message, given), file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        print("stance: name a command (classify, explain, score, document, train, evaluate, info, suggest, check); "
              "see stance --help", file=sys.stderr)
        return EXIT_USAGE
    from .files import raise_if_interrupted, system_failure

    try:
        with _terminate_cleanly(), warnings.catch_warnings():
            warnings.showwarning = _one_line_warning(args)
            _drop_what_training_sums_up()
            with separator_given(getattr(args, "sep", None)):  # --sep: read in every reader alike
                status = COMMANDS[args.command](args)
            # What is still buffered is written here, where a full disk is told in one line;
            # Python's own flush at exit printed "Exception ignored" and a traceback.
            sys.stdout.flush()
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
    except _OutputClosed as error:  # after an -o or --plot put in place, not told as if they were lost
        print(f"stance {args.command}: {_closed_stdout_told(error)}", file=sys.stderr)
        return EXIT_USAGE
    except MemoryError as error:  # no traceback: what ran out, and what takes less
        print(f"stance {args.command}: {_out_of_memory(args, error)}", file=sys.stderr)
        return EXIT_FAILURE
    except WorkerDiedError as error:  # killed (the OOM killer), stopped or crashed: the machine's failure
        print(f"stance {args.command}: {_worker_died(args, error)}", file=sys.stderr)
        return EXIT_FAILURE
    except (StanceError, OSError) as error:  # a bad path, a full disk: say so in one line
        if system_failure(error):
            print(f"stance {args.command}: {_system_message(error)}", file=sys.stderr)
            return EXIT_FAILURE
        problems = getattr(error, "problems", None)
        if problems:  # several problems of the data (see stance.problems.problems_together): one a line,
            # the first beside their count ("2 problems: (1) …"), so that a first line read alone
            # (a script's `head -1` of stderr) says what is wrong, not only how many things are.
            listed = [f"({n}) {_in_flags(_first_line(problem))}" for n, problem in enumerate(problems, 1)]
            message = f"{_first_line(_said(error))} " + "\n  ".join(listed)
            hint = _line_hint(args, message)
            print(f"stance {args.command}: {message}{hint and chr(10) + '  ' + hint.lstrip()}", file=sys.stderr)
            return EXIT_USAGE
        message = _in_flags(_first_line(_said(error)) if str(error) else type(error).__name__)
        message = _with_the_sep_given(message, getattr(args, "sep", None), bool(getattr(args, "exclude", None)))
        print(f"stance {args.command}: {message}{_line_hint(args, message)}", file=sys.stderr)
        return EXIT_USAGE
    except StanceWarning as error:  # PYTHONWARNINGS=error or -W error: the input's to fix, not a traceback
        print(f"stance {args.command}: {_warning_raised(args, error)}", file=sys.stderr)
        return EXIT_USAGE


def _closed_stdout_told(error: _OutputClosed) -> str:
    """The message of a command whose standard output is closed (``>&-``): with the outputs
    it put in place first named (``-o c4.csv``), which are whole, where "cannot write the
    output" alone read as if they were not; only its table or summary went unprinted."""
    from .files import written_by_command

    written = " and ".join(quoted(path) for path in written_by_command())
    if not written:
        return str(error)
    return f"wrote {written} in full; only what goes to standard output could not be printed: standard output is closed"


def _drop_what_training_sums_up() -> None:
    """Drop scikit-learn's warning that a fit stopped at ``max_iter``: it comes once a fit, and
    a training fits each label in each fold (about twenty lines for ``--option max_iter=1``),
    where training warns once, naming max_iter and what to change (see stance.training's
    ``_unconverged``). The library now hides them too, but only those its own fits raise
    (``stance.training._hide_sklearn_convergence_warnings``), as the caller's process is
    not its own; the command owns its process, and drops them and scipy's "iprint" whoever
    raises them. By message, not category: importing scikit-learn for its class costs
    ``stance classify`` a second.

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


def _flag_before_command_hint(argv: list[str]) -> str:
    """For a command's flag given before the command (``stance --model m classify …``), where
    only --version and -h go, the place it goes; else "". argparse read ``--model m classify``
    as the command "m", and ``--json classify`` as "unrecognized arguments: --json" with the
    hint "did you mean --json?".

    >>> _flag_before_command_hint(["--model", "m", "classify", "x"])
    '; --model is a flag of stance classify: give it after the command (stance classify --model …)'
    >>> _flag_before_command_hint(["classify", "--jsn", "x"]), _flag_before_command_hint(["clasify", "--json", "info"])
    ('', '')
    """
    command_at = next((at for at, token in enumerate(argv) if token in COMMANDS), None)
    # No command, nothing before it, or a word before it ("clasify --json info": a mistyped
    # command, its text a command's name).
    if not command_at or not argv[0].startswith("-"):
        return ""
    command = argv[command_at]
    subparsers = next(action for action in build_parser()._actions
                      if isinstance(action, argparse._SubParsersAction))
    flags = {flag for action in subparsers.choices[command]._actions for flag in action.option_strings}
    for token in argv[:command_at]:
        flag = token.partition("=")[0]
        if flag in flags and flag not in ("-h", "--help", "--version"):  # which go either side
            return f"; {flag} is a flag of stance {command}: give it after the command (stance {command} {flag} …)"
    return ""


def _closest_flag_hint(message: str, argv: list[str]) -> str:
    """For an unrecognised flag, the command's flag it is closest to ("--jsn": --json), or "";
    for a stray word that is a folder, --model before it when the command takes one
    ("stance info base").

    >>> _closest_flag_hint("stance classify: unrecognized arguments: --jsn", ["classify", "--jsn", "x"])
    '; did you mean --json?'

    So is a mistyped command, and a mistyped flag before any command (``--verison``).

    >>> _closest_flag_hint("stance: argument command: invalid choice: 'clasify' (choose from …)", ["clasify", "x"])
    '; did you mean classify?'
    >>> _closest_flag_hint("stance: unrecognized arguments: --verison", ["--verison"])
    '; did you mean --version?'

    And a mistyped required flag, which argparse calls missing: "--out" for --output.

    >>> _closest_flag_hint("stance score: the following arguments are required: -o/--output",
    ...                    ["score", "in.csv", "--out", "o.csv"])
    '; --out is no flag; did you mean --output?'
    """
    command = _command_of(argv)
    if "argument command: invalid choice:" in message and command is not None:  # "stance clasify"
        return _command_hint(command)
    required = "the following arguments are required:" in message
    if "unrecognized arguments:" not in message and not required:
        return ""
    parser = build_parser()
    if command in COMMANDS:
        subparsers = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
        parser = subparsers.choices[command]
    elif command is not None:
        return ""
    flags = [flag for action in parser._actions for flag in action.option_strings if flag.startswith("--")]
    if required:
        # argparse says a required flag is missing before it says what it did not recognise:
        # "--out o.csv" was told only that -o/--output is required. Its words after the command.
        given = argv[argv.index(command) + 1:] if command in argv else []
        unrecognized = [token for token in given if token.startswith("--") and token.partition("=")[0] not in flags]
        for token in unrecognized:
            hint = _closest_flag_hint(f"stance {command}: unrecognized arguments: {token}", argv)
            if hint:
                return f"; {token.partition('=')[0]} is no flag{hint}"
        return _output_without_its_flag(message, parser, given)
    for token in message.split("unrecognized arguments:", 1)[1].split():
        if token.startswith("--"):  # the dashes alike in every flag would make any two look close
            name = token.partition("=")[0][2:]
            # An abbreviation ("--text" for --text-column) is no flag, as abbreviations read
            # otherwise once a flag sharing their start is added: the flags it begins, when any;
            # else those it misspells, every one that ties ("--selp": --help or --sep).
            names = list(dict.fromkeys(flag[2:] for flag in flags))
            close = sorted(flag for flag in names if name and flag.startswith(name)) or nearest(name, names, 0.7)
            if close:
                return f"; did you mean {or_listed([f'--{flag}' for flag in close])}?"
        elif "--model" in flags and os.path.isdir(token):
            return f"; did you mean --model {shell_path(token)}?"
    return ""


def _output_without_its_flag(message: str, parser: argparse.ArgumentParser, given: list[str]) -> str:
    """For a command told that -o/--output is required, given one word more than it reads by
    position (``stance score in.csv out.csv``, ``stance train labels.csv mymodel``, as ``cp`` takes
    its target): that word as -o's value; "" otherwise. argparse said only that -o is missing.

    >>> score = build_parser()._subparsers._group_actions[0].choices["score"]
    >>> _output_without_its_flag("stance score: the following arguments are required: -o/--output", score,
    ...                          ["in.csv", "out.csv", "--text-column", "speech"])
    '; did you mean -o out.csv?'
    >>> _output_without_its_flag("stance score: the following arguments are required: -o/--output", score, ["in.csv"])
    ''

    A word that names a file or folder already there is not offered: ``stance score a.csv b.csv``
    may mean two inputs, and -o b.csv would replace b.csv with a.csv's scores.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".csv") as there:
    ...     print(_output_without_its_flag("stance score: the following arguments are required: -o/--output", score,
    ...                                    ["in.csv", there.name]).replace(there.name, "b.csv"))
    ; b.csv is there already, so it is not offered as -o: stance score reads one input (a folder or a quoted glob
    reads several) and writes a new output, -o OUT
    """
    if not message.endswith("the following arguments are required: -o/--output"):
        return ""
    try:  # read as if -o were given (before a "--", which ends the flags): the word left over is the one meant for it
        _, left = parser.parse_known_args(["-o", "-", *given])
    except _UsageError:  # refused for another reason, which argparse tells once -o is given
        return ""
    words = [token for token in left if not token.startswith("-")]
    if len(words) != 1 or len(left) != 1:
        return ""
    if os.path.lexists(words[0]):  # an input's second file, as likely as an output: -o would overwrite it
        return (f"; {shell_path(words[0])} is there already, so it is not offered as -o: {parser.prog} reads one "
                f"input (a folder or a quoted glob reads several) and writes a new output, -o OUT")
    return f"; did you mean -o {shell_path(words[0])}?"


def _told_of_a_value_begun_with_dash(message: str, argv: list[str]) -> str:
    """argparse's refusal ``message``, with, for a statement, a path or a flag's value that
    begins with "-" and was refused as a flag (``stance classify -5%``), that ``--`` ends the
    flags (see :func:`stance.cli_dashes._dash_hint`), in place of what to give when no input is
    given at all (``stance document -notes.txt``: not "give - to read standard input").

    >>> print(_told_of_a_value_begun_with_dash("stance document: the following arguments are required: FILE; give - "
    ...       "to read the document from standard input (stance document - < FILE)", ["document", "-a.txt"]))
    stance document: the following arguments are required: FILE; -a.txt is no flag of stance document: if it is
    FILE, write it ./-a.txt, or put it after --, which ends the flags (stance document ./-a.txt)
    """
    command = _command_of(argv)
    if command not in COMMANDS:
        return message
    subparsers = next(action for action in build_parser()._actions if isinstance(action, argparse._SubParsersAction))
    parser = subparsers.choices[command]
    hint = _dash_hint(message, argv[argv.index(command) + 1:], parser)
    if hint and getattr(parser, "missing_hint", ""):
        message = message.replace(f"; {parser.missing_hint}", "")
    return message + hint


def _help_read(argv: list[str]) -> list[str]:
    """``argv``, with ``stance help`` read as ``stance --help`` and ``stance help COMMAND`` as
    ``stance COMMAND --help``, as git and pip read theirs: ``stance help score`` was told
    "invalid choice: 'help' …; did you mean stance --help?", which lists the commands, not
    score's options. A word after ``help`` that is no command is a usage error naming the
    commands (and the one it is closest to); so is more than one word.

    >>> _help_read(["help"]), _help_read(["help", "score"]), _help_read(["classify", "help"])
    (['--help'], ['score', '--help'], ['classify', 'help'])
    >>> _help_read(["help", "scor"])
    Traceback (most recent call last):
    ...
    stance.cli._UsageError: stance help: 'scor' is no command; did you mean score?
    """
    if not argv or argv[0] != "help":
        return argv
    if "--version" in argv:  # which prints the version whatever else is given, as after a command
        return ["--version"]
    # "stance help --help", "stance help help": what help itself does is stance --help's to say.
    words = [word for word in argv[1:] if word not in ("-h", "--help", "help")]
    if not words:
        return ["--help"]
    if len(words) == 1 and words[0] in COMMANDS:
        return [words[0], "--help"]
    if len(words) > 1:
        raise _UsageError(f"stance help: name one command, got {', '.join(map(_typed, words))} "
                          f"(stance help COMMAND, or stance COMMAND --help)")
    hint = _command_hint(words[0]) or f"; the commands are {', '.join(COMMANDS)}"
    raise _UsageError(f"stance help: {_typed(words[0])} is no command{hint}")


# Commands a newcomer guesses from other tools: git's and docker's "help" and "version",
# scikit-learn's verbs. Each was told only "invalid choice", with no hint.
_GUESSED_COMMANDS = {"help": "stance --help", "version": "stance --version", "predict": "classify",
                     "fit": "train"}


def _command_hint(word: str) -> str:
    """``; did you mean …?`` for a word given as the command that is none: the command it
    begins ("doc": document), is a typo of ("clasify": classify) or is another tool's name for
    ("predict": classify, "help": stance --help); else "".

    >>> [_command_hint(word) for word in ("clasify", "doc", "Help", "predict", "xyz")]
    ['; did you mean classify?', '; did you mean document?', '; did you mean stance --help?',
     '; did you mean classify?', '']
    """
    lowered = word.lower()
    if lowered in _GUESSED_COMMANDS:
        return f"; did you mean {_GUESSED_COMMANDS[lowered]}?"
    close = (sorted(name for name in COMMANDS if len(lowered) >= 3 and name.startswith(lowered))
             or nearest(lowered, COMMANDS, 0.6))
    return f"; did you mean {or_listed(close)}?" if close else ""


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

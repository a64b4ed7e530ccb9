"""The flags of a benchmark script that trains a model on its user's corpus, as ``stance train`` spells them.

``--text-column``, ``--labels-column``, ``--stance-column``, ``--none-label`` and ``--option NAME=VALUE``
(repeated) are read as ``stance train`` reads them, by its own functions, so that stance's refusal of
a corpus can be passed to the script's user as it is, in the command line's words ("pass --none-label
offtopic", "--option threshold_folds=0"): its advice names flags the script takes. One thing stance
advises the scripts do not take: a model without a stance head (``--stance-column none``), as each
measures the stance a model reads; that is refused as the flag is read, and a corpus whose stance
column is missing or holds fewer than two values before it is trained on, in the script's words.

    python benchmarks/country_names.py datasets/corpus --option stance_ignores=allies
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout's stance

from stance.cli import _named, _stance_column_name
from stance.cli_data import _none_label
from stance.cli_errors import _first_line, _in_flags, _said
from stance.cli_options import _model_options, _option
from stance.columns import require_columns
from stance.exceptions import StanceError, quoted
from stance.terminal import _utf8_option

# The training flags, by their names in the parsed arguments.
_TRAINING_FLAGS = ("text_column", "labels_column", "stance_column", "none_label", "option")

# What the flags are for, in --help.
FLAGS_HELP = "as `stance train` takes them; a refusal of a corpus names those that would train it"


def script_name() -> str:
    """The name of the script run (its refusals are in its name, whichever module words them)."""
    return Path(sys.argv[0]).name


def _stance_head_column(value: str) -> str:
    """``--stance-column``: a column name, as ``stance train`` reads it; not "none", which trains
    no stance head, and every script that takes the flag measures the stance a model reads.

    >>> _stance_head_column("position")
    'position'
    """
    named = _stance_column_name(value)
    if named in ("none", "None"):  # stance train's spellings of no stance head (stance.cli_data)
        raise argparse.ArgumentTypeError(
            f"{script_name()} measures the stance a model reads, so it trains a stance head: name the column of "
            "stance values (favor, against), or give a saved model's directory that has a stance head")
    return named


def add_training_flags(parser: argparse.ArgumentParser) -> None:
    """Add the flags of training a corpus to ``parser``, with ``stance train``'s spellings, defaults and checks
    (but ``--stance-column``, which is 'stance' and names a column)."""
    group = parser.add_argument_group("training a corpus", FLAGS_HELP)
    group.add_argument("--text-column", default="text", type=_named("the column of statements"),
                       help="the column holding the statements (default: text)")
    group.add_argument("--labels-column", default="labels", type=_named("the column of labels"),
                       help="one label per row, or several joined with | (default: labels)")
    group.add_argument("--stance-column", default="stance", type=_stance_head_column,
                       help="the column of stance values the stance head is trained on (default: stance)")
    group.add_argument("--none-label", default="none", type=_utf8_option,
                       help="the label meaning 'takes no position' (default: none; 'None' or '' if the scheme has "
                            "none)")
    group.add_argument("--option", action="append", default=[], metavar="NAME=VALUE", type=_option,
                       help="a model option, as for stance.StanceModel (e.g. threshold_folds=0, "
                            "stance_ignores=allies); repeat for several")


def parsed(parser: argparse.ArgumentParser | None = None, argv: list[str] | None = None) -> argparse.Namespace:
    """``argv`` parsed by ``parser`` (see :func:`add_training_flags`; without one, the flags alone), its
    ``--option``s checked as ``stance train`` checks them, before any corpus is read: a refusal is a
    usage error, in its words.

    >>> flags = parsed(argv=["--option", "threshold_folds=0"])
    >>> flags.stance_column, flags.none_label, flags.model_options
    ('stance', 'none', {'threshold_folds': 0})
    """
    if parser is None:
        parser = argparse.ArgumentParser(prog=script_name())
        add_training_flags(parser)
    arguments = parser.parse_args(argv)
    try:
        arguments.model_options = _model_options(argparse.Namespace(option=arguments.option, random_state=None))
    except StanceError as error:
        parser.error(in_the_command_lines_words(error))
    return arguments


def script_arguments(description: str, argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments of a script that measures models (``models``: MODEL_OR_CORPUS, a saved model's
    directory or a corpus, any number) and the training flags, parsed from ``argv`` (see :func:`parsed`).

    >>> script_arguments("", ["m1", "m2", "--none-label", "offtopic"]).models
    ['m1', 'm2']
    """
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", metavar="MODEL_OR_CORPUS")
    add_training_flags(parser)
    arguments = parsed(parser, argv)
    given = [f"--{name.replace('_', '-')}" for name in _TRAINING_FLAGS
             if getattr(arguments, name) != parser.get_default(name)]
    # With no argument the corpus is trained on; a saved model is used as it was trained.
    if given and arguments.models and all((Path(model) / "metadata.json").exists() for model in arguments.models):
        parser.error(f"{' and '.join(given)} would do nothing: they train a corpus, and every MODEL_OR_CORPUS given "
                     "is a saved model's directory")
    return arguments


def training_keywords(arguments: argparse.Namespace, tables: Any) -> dict[str, Any]:
    """The keywords of ``stance.train`` of ``tables`` that the flags give (``--none-label None`` names
    a label called "None" where ``tables`` have one, as in ``stance train``)."""
    return {"text_column": arguments.text_column, "labels_column": arguments.labels_column,
            "stance_column": arguments.stance_column,
            "none_label": _none_label(arguments.none_label, tables, arguments.labels_column),
            **arguments.model_options}


def in_the_command_lines_words(error: BaseException | Warning | str) -> str:
    """stance's refusal or warning as ``stance train`` says it: the arguments it names and advises as the flags
    the scripts take, each line escaped where a terminal would act on it.

    >>> in_the_command_lines_words("if 'x' is your off-topic label, pass none_label='x' (on the command line: "
    ...                            "--none-label x)")
    "if 'x' is your off-topic label, pass --none-label x"
    """
    said = error if isinstance(error, str) else _said(error)
    return "\n".join(_in_flags(_first_line(line)) for line in said.split("\n"))


def stances_missing(tables: Any, arguments: argparse.Namespace) -> str | None:
    """What keeps ``tables`` from training the stance head a script measures, when the column of
    ``--stance-column`` is missing or holds fewer than two stance values, followed by what the
    script's user can do (stance's own refusal of such a column advises training without a stance
    head, which the scripts do not do); None when it holds two or more, or when the column of
    statements or of labels is missing (stance refuses that first, with its guess of the column).

    >>> import pandas as pd
    >>> flags = argparse.Namespace(text_column="text", labels_column="labels", stance_column="stance")
    >>> def table(**columns): return pd.DataFrame({"text": ["a", "b", "c"], "labels": ["x", "y", "x"], **columns})
    >>> stances_missing(table(stance=["favor", None, " favor"]), flags)  # doctest: +ELLIPSIS
    "the column 'stance' holds one stance value, 'favor'; ... reads: give each row with a target a stance, favor or \
against, or name the column that holds them with --stance-column"
    >>> stances_missing(table(Stance=["favor", "against", "favor"]), flags)  # doctest: +ELLIPSIS
    "--stance-column='stance': no such column; ... Did you mean 'Stance'? ... reads: ..."
    >>> stances_missing(table(stance=["favor", "against", "favor"]), flags) is None
    True
    >>> stances_missing(pd.DataFrame({"body": ["a"], "labels": ["x"]}), flags) is None  # stance says "text" first
    True
    """
    # stance checks the columns of statements and labels before the stance column, and says which column
    # of the table looks like the one meant ("Column 'énoncé' holds sentences …"): that refusal comes first.
    if any(name not in tables.columns for name in (arguments.text_column, arguments.labels_column)):
        return None
    column = arguments.stance_column
    try:  # missing: in stance's words, which list the columns there and the likely misspelling
        require_columns(tables, {"stance_column": column})
    except StanceError as error:
        problem = in_the_command_lines_words(error)
    else:
        values = sorted({str(value).strip() for value in tables[column].dropna()} - {""})
        if len(values) >= 2:
            return None
        held = "no stance value" if not values else f"one stance value, {quoted(values[0])}"
        problem = f"the column {quoted(column)} holds {held}"
    joined = " " if problem.endswith(("?", ".")) else "; "  # after "Did you mean 'Stance'?"
    return f"{problem}{joined}{_STANCE_HEAD_NEEDED.format(script=script_name())}"


# What a script's user can do when the corpus gives no stance head to train.
_STANCE_HEAD_NEEDED = ("{script} measures the stance a model reads: give each row with a target a stance, favor or "
                       "against, or name the column that holds them with --stance-column")

# stance's advice to train without a stance head, as the command line words it (stance_column=None, with or
# without "(on the command line: --stance-column none)", comes out of _in_flags as one of these): the flag's
# one value the scripts refuse. Matched on the flag, which the scripts take, not on stance's wording.
_NO_STANCE_HEAD_FLAG = re.compile(r"--stance-column[ =](?:none|None)\b")


def with_the_stance_head_kept(problem: str, script: str | None = None) -> str:
    """stance's refusal ``problem`` (in the command line's words) as it is, followed, when it advises
    training without a stance head, by what the user of ``script`` (the script run) can do instead:
    :func:`stances_missing` checks the column ahead, but not as closely as stance does (off-topic
    rows' stances left out, a value in too few rows, the labels column named as the stance column).

    >>> with_the_stance_head_kept("got ['favor']; pass --stance-column none to train without one",
    ...                           "a.py")  # doctest: +ELLIPSIS
    "got ['favor']; pass --stance-column none to train without one; but not here: a.py measures the stance ..."
    >>> with_the_stance_head_kept("if 'x' is your off-topic label, pass --none-label x", "a.py")
    "if 'x' is your off-topic label, pass --none-label x"
    """
    if not _NO_STANCE_HEAD_FLAG.search(problem):
        return problem
    joined = " But" if problem.endswith(("?", ".")) else "; but"
    return f"{problem}{joined} not here: {_STANCE_HEAD_NEEDED.format(script=script or script_name())}"

"""The hint for a value refused because it begins with "-": a statement (``stance classify
-5%``), a file (``stance document -notes.txt``) or a flag's value (``-o -out.csv``), which
argparse reads as a flag it does not know and refuses ("unrecognized arguments: -5%", "the
following arguments are required: FILE", "expected one argument") without saying that ``--``
ends the flags, or that ``--flag=VALUE`` gives a value whatever it begins with.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence

from .exceptions import shell_option, shell_path, shell_quoted

# argparse reads "-5" and "-.5" as values, not flags, in a parser with no flag like them.
_NEGATIVE_NUMBER = re.compile(r"-\d+|-\d*\.\d+")
# Longer, and the command suggested is cut to its gist: a hint is one line, not the input again.
_LONGEST_EXAMPLE = 160


def _dash_hint(message: str, argv: Sequence[str], parser: argparse.ArgumentParser) -> str:
    """The hint for argparse's refusal ``message`` of the words ``argv`` given to the command
    whose parser is ``parser``, where a value that begins with "-" was taken for a flag; else "".
    A word that is a mistyped flag gets its "did you mean" from stance.cli first.

    >>> parser = argparse.ArgumentParser(prog="stance classify")
    >>> _ = parser.add_argument("texts", nargs="*", metavar="TEXT")
    >>> _ = parser.add_argument("--json", action="store_true")
    >>> print(_dash_hint("stance classify: unrecognized arguments: -5%", ["-5%", "--json"], parser))
    ; -5% is no flag of stance classify: if it is a TEXT, put it after --, which ends the flags
    (stance classify --json -- -5%)
    >>> _ = parser.add_argument("-o", "--output")
    >>> _dash_hint("stance classify: argument -o/--output: expected one argument", ["x", "-o", "-a.csv"], parser)
    '; a value that begins with - is given with =: --output=-a.csv'
    """
    if "expected one argument" in message:
        return _value_hint(message, argv, parser)
    unrecognized = message.partition("unrecognized arguments:")[2].split()
    required = message.partition("the following arguments are required:")[2].partition(";")[0]
    positionals = [action for action in parser._actions if not action.option_strings]
    missing = {name.strip() for name in required.split(",")} & {str(action.metavar) for action in positionals}
    # A word left over is a value only where the command takes several (TEXT..., FILE...): after
    # "stance score in.csv", "-x" is no IN, which is given.
    several = any(action.nargs in ("*", "+") for action in positionals)
    words = argv[:argv.index("--")] if "--" in argv else argv
    refused = [word for word in words
               if _taken_for_a_flag(word, parser) and (missing or (several and word in unrecognized))]
    if not refused:
        return ""
    metavar = str(positionals[0].metavar)
    if metavar == "TEXT":  # a statement: after --, as it is (./ would change the text)
        example, gist = _after_end_of_flags(list(argv), refused, parser), "… -- TEXT"
        what, where = "a TEXT", "put it after --, which ends the flags"
    else:  # a path: ./ keeps it where it is, after flags or not
        example = " ".join(shell_path(word) if word in refused else shell_quoted(word) for word in argv)
        gist = f"… {shell_path(refused[0])}"
        what, where = metavar, f"write it {shell_path(refused[0])}, or put it after --, which ends the flags"
    command = f"{parser.prog} {example if len(example) <= _LONGEST_EXAMPLE else gist}"
    return f"; {refused[0]} is no flag of {parser.prog}: if it is {what}, {where} ({command})"


def _taken_for_a_flag(word: str, parser: argparse.ArgumentParser) -> bool:
    """Whether argparse reads ``word`` as a flag the ``parser`` has not (see :func:`_read_as_a_flag`):
    not one of its flags (``--json``, ``--model=m``, nor ``-n5``, ``-n`` given 5)."""
    if not _read_as_a_flag(word):
        return False
    flags = parser._option_string_actions
    return word.partition("=")[0] not in flags and (word.startswith("--") or word[:2] not in flags)


def _read_as_a_flag(word: str) -> bool:
    """Whether argparse reads ``word`` as a flag, known or not: it begins with "-" and is not
    "-" (standard input), "--", a negative number or a word with a space, each read as a value.

    >>> [_read_as_a_flag(word) for word in ("-5%", "-x.csv", "-", "-5", "-.5", "-5% of GDP", "5%")]
    [True, True, False, False, False, False, False]
    """
    return (word.startswith("-") and word not in ("-", "--") and " " not in word
            and not _NEGATIVE_NUMBER.fullmatch(word))


def _after_end_of_flags(argv: list[str], refused: list[str], parser: argparse.ArgumentParser) -> str:
    """``argv`` written again with its flags (and their values) first, then ``--`` and the
    values, in their order: ``-5% --json`` as ``--json -- -5%``, since after ``--`` a flag is
    read as a value too.

    >>> parser = argparse.ArgumentParser(prog="stance classify")
    >>> _ = parser.add_argument("--json", action="store_true")
    >>> _after_end_of_flags(["-5%", "-10 percent", "--json", "-5"], ["-5%"], parser)
    "--json -- -5% '-10 percent' -5"
    >>> _ = parser.add_argument("--model")
    >>> _after_end_of_flags(["-5%", "--model=my model", "NATO."], ["-5%"], parser)
    "'--model=my model' -- -5% NATO."
    """
    flags: list[str] = []
    values: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            values.extend(words)
            break
        action = None if word in refused else parser._option_string_actions.get(word)
        if action is None:
            # A word argparse reads as a value ("-10 percent", "-5") is a statement, kept in its place;
            # a known flag given its value with "=" is a flag whatever the value holds: argparse reads
            # "--model=my model" so (a space makes only an unknown word a value), and after -- it
            # would be classified as a statement, the model unused.
            flag = _read_as_a_flag(word) or _given_its_value(word, parser)
            (values if word in refused or not flag else flags).append(word)
            continue
        flags.append(word)
        if action.nargs is None:  # a flag that takes one value; --flag=VALUE is a word of its own
            flags.append(next(words, ""))
    return " ".join(shell_quoted(word) for word in [*flags, "--", *values] if word)


def _given_its_value(word: str, parser: argparse.ArgumentParser) -> bool:
    """Whether argparse reads ``word`` as one of ``parser``'s flags and its value in one word, whatever
    the value holds: "--model=my model", "-n=5", or a short flag that takes a value and the value
    after it ("-n 5", which argparse reads as -n given 5 before it reads a space as a value's).

    >>> parser = argparse.ArgumentParser(prog="stance explain")
    >>> _ = parser.add_argument("-n", type=int)
    >>> _ = parser.add_argument("--model")
    >>> [_given_its_value(word, parser) for word in ("--model=my model", "-n 5", "-n=5", "-h elp", "-10 percent")]
    [True, True, True, False, False]
    """
    flags = parser._option_string_actions
    if word.partition("=")[0] in flags:
        return True
    action = None if word.startswith("--") else flags.get(word[:2])
    return action is not None and action.nargs != 0  # -h and --json's kind take none


def _value_hint(message: str, argv: Sequence[str], parser: argparse.ArgumentParser) -> str:
    """For "argument -o/--output: expected one argument", where the word after the flag begins
    with "-" and is no flag of the command (``-o -out.csv``): that ``--output=-out.csv`` gives it."""
    named = re.search(r"argument (\S+): expected one argument", message)
    if named is None:
        return ""
    strings = named.group(1).split("/")
    action = parser._option_string_actions.get(strings[0])
    for flag, value in zip(argv, argv[1:]):
        # A word that is a flag, or begins with "--", is one ("-o --json", "-o -j": -o's value
        # forgotten); nor is a value the flag refuses ("-n -x"). "-out.csv" is -o given "ut.csv".
        if flag in strings and not value.startswith("--") and value not in parser._option_string_actions \
                and _read_as_a_flag(value) and action is not None and _takes(action, value):
            return f"; a value that begins with - is given with =: {shell_option(strings[-1], value)}"
    return ""


def _takes(action: argparse.Action, value: str) -> bool:
    """Whether the flag of ``action`` takes ``value`` (its type reads it)."""
    if not callable(action.type):
        return True
    try:
        action.type(value)
    except (ValueError, TypeError, argparse.ArgumentTypeError):
        return False
    return True

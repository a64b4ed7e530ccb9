"""``--option NAME=VALUE``: a model option typed on the command line, read as its value
(true, false, none, a number, JSON) and checked as ``stance train`` and ``stance check`` pass it
to the library; and the hint that points a mistyped option to the flag it has.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from .exceptions import quoted, require_seed
from .terminal import _Missing

# train() arguments that `stance train` sets from flags of its own (random_state is both an
# option and a flag: either is taken, as a grid search's output would say, or both with one value).
_OPTIONS_WITH_FLAGS = {"text_column": "--text-column", "labels_column": "--labels-column",
                       "stance_column": "--stance-column", "none_label": "--none-label"}


def _model_options(args: argparse.Namespace) -> dict[str, Any]:
    """The ``--option``s and ``--random-state`` as ``train`` keywords, refusing what would be
    ignored: a name given twice with two values (the last one silently won), two seeds (one by
    ``--random-state``, one by ``--option random_state``), a ``train`` keyword that is no model
    option (``encoding``, ``max_collect_bytes``: the command has read the file already), and a
    name with a flag of its own."""
    from .api import _argument_meant, unknown_options
    from .exceptions import COMMAND_LINE
    from .model import StanceModel

    names = [option.name for option in args.option]
    for name, flag in _OPTIONS_WITH_FLAGS.items():
        if name in names:
            raise _Missing(f"--option {name}=…: {name} has its own flag; pass {flag} instead")
    valid = [name for name in StanceModel._param_names() if name not in _OPTIONS_WITH_FLAGS]
    unknown = [name for name in names if name not in valid]
    if unknown:
        # In the words it was typed in, one source with the library's (a column argument by its stem,
        # "--option label_column=…", is told its flag, as stance.train is told the argument).
        meant = _argument_meant(unknown[0], list(_OPTIONS_WITH_FLAGS), misspelt=False) or _flag_meant(unknown[0])
        raise _Missing(unknown_options(unknown, valid, meant, COMMAND_LINE, _OPTIONS_WITH_FLAGS))
    _refuse_an_option_given_twice_two_ways(args.option)
    _refuse_whole_numbers_written_as_floats(args.option)
    options = {option.name: _word_list(option) for option in args.option}
    StanceModel(**options)._check_options()  # before the data is read; main() words a refusal
    if args.random_state is not None:  # a flag, not an --option: refused in its own name
        require_seed("--random-state", args.random_state)
    # The same seed both ways is taken, as an option's same value twice is; two seeds are refused.
    if args.random_state is not None and options.get("random_state", args.random_state) != args.random_state:
        raise _Missing(f"--random-state {args.random_state} and --option random_state={options['random_state']}: "
                       f"give the seed once")
    # --random-state's default (0) is the model's: passed only when given.
    return options if args.random_state is None else {**options, "random_state": args.random_state}


def _refuse_an_option_given_twice_two_ways(options: Sequence[_Option]) -> None:
    """Refuse a name given twice with two values, which would keep the last one silently;
    the same value twice (a script's default repeated) is taken, as a flag's is. The same
    value is one read alike, of one type: ``C=10`` and ``C = 10``, ``stem=false`` and
    ``stem=False``, ``negation_words=nie,nigdy`` and ``negation_words=["nie", "nigdy"]`` (the
    words as read, not as typed); not ``C=10`` and ``C=10.0``, which a whole-number option reads apart.

    >>> _refuse_an_option_given_twice_two_ways([_option("C=10"), _option("C = 10")])
    >>> _refuse_an_option_given_twice_two_ways([_option("C=10"), _option("C=10.0")])
    Traceback (most recent call last):
    ...
    stance.terminal._Missing: --option C is given 2 times (10, 10.0); give it once
    >>> _refuse_an_option_given_twice_two_ways([_option("negation_words=nie,nigdy"),
    ...                                         _option('negation_words=["nie", "nigdy"]')])
    """
    for name in dict.fromkeys(option.name for option in options):
        given = [option for option in options if option.name == name]
        values = [_word_list(option) for option in given]
        if any(type(value) is not type(values[0]) or value != values[0] for value in values[1:]):
            # Named as typed, not as read: the refusal quotes what the user can find in the command.
            raise _Missing(f"--option {name} is given {len(values)} times "
                           f"({', '.join(repr(option.value) for option in given)}); give it once")


def _flag_meant(name: str) -> str | None:
    """The model option with a flag of its own that stance.train would name for the unknown
    option ``name`` ("none" for none_label, :func:`stance.api._did_you_mean`), when that is all
    it names: the command line takes it by its flag, where ``--option none=x`` was told no option
    at all.

    >>> _flag_meant("none"), _flag_meant("nonelabel"), _flag_meant("mindf")
    ('none_label', 'none_label', None)
    """
    from .model import StanceModel
    from .names import meant_all

    # Only where that is all it would name: a tie with an option --option takes is named as before.
    close = meant_all(name, StanceModel._param_names())
    return close[0] if close and all(option in _OPTIONS_WITH_FLAGS for option in close) else None


def _word_list(option: _Option) -> Any:
    """The value of an ``--option``, a ``negation_words`` written as a comma list read as its
    words: "nie,nigdy" is ["nie", "nigdy"], "nie," the one word, and nothing after the "=" no
    word (no negation marks), where a name without a comma is a language ("polish"). No other
    option takes a text with a comma, so the list clashes with no other syntax.

    >>> _word_list(_option("negation_words=nie, nigdy")), _word_list(_option("negation_words=nie,"))
    (['nie', 'nigdy'], ['nie'])
    >>> _word_list(_option("negation_words=")), _word_list(_option("negation_words=polish"))
    ([], 'polish')

    An empty place between commas, or before the first, is refused: "nie,,nigdy" (a word left
    out, or a comma typed twice) was read as "nie,nigdy" without a word. A value that opens with
    "[" is read as a JSON list of words, as class_weight takes a JSON object: '["nie", "nigdy"]'
    was the comma list '["nie"', '"nigdy"]'; one that is no JSON list of texts is refused.

    >>> _word_list(_option('negation_words=["nie", "Nigdy"]')), _word_list(_option("negation_words=[]"))
    (['nie', 'Nigdy'], [])

    ``stance_ignores`` reads its words so too, but a name without a comma is the one word
    (no language is named there), and ``allies`` (or ``ALLY_NAMES``, ``stance.ALLY_NAMES``), in
    any case, in one pair of quotes, alone or among words between commas, is
    :data:`stance.ALLY_NAMES`' words; the word "allies" is the JSON list ``["allies"]``.

    >>> _word_list(_option("stance_ignores=Hungary, Estonia")), _word_list(_option("stance_ignores=Hungary"))
    (['Hungary', 'Estonia'], ['Hungary'])
    >>> len(_word_list(_option("stance_ignores=Allies"))), _word_list(_option("stance_ignores=allies,Orbán"))[-2:]
    (145, ['Washington', 'Orbán'])
    """
    value = option.value
    if option.name not in _WORD_LISTS or not isinstance(value, str):
        return value
    if value.startswith("["):
        return _json_word_list(option.name, value)
    if option.name == "negation_words" and value and "," not in value:  # a language's name
        return value
    # Spaces around a comma are the list's, not a word's; a comma at the end makes a list of one.
    words = [word.strip() for word in (value[:-1] if value.endswith(",") else value).split(",")]
    if value and "" in words:
        example, one = _WORD_LISTS[option.name]
        raise _Missing(f"--option {option.name}={value}: an empty word between commas; write the words "
                       f"between commas, e.g. {option.name}={example} (one word: {option.name}={one})")
    words = [word for word in words if word]
    return [each for word in words for each in _ally_names_for(word)] if option.name == "stance_ignores" else words


# What --option stance_ignores takes for stance.ALLY_NAMES, casefolded: "allies", the word (stem
# alli), would blind the stance head to ally, allies and allied, unsaid; "ALLY_NAMES" is a phrase
# that ignores nothing.
_ALLY_NAMES_KEYWORDS = frozenset({"allies", "ally_names", "stance.ally_names"})


def _ally_names_for(word: str) -> list[str]:
    """``word`` of ``--option stance_ignores``: :data:`stance.ALLY_NAMES`' words for the keyword
    (:data:`_ALLY_NAMES_KEYWORDS`, in any case, in one pair of quotes, as a shell left them),
    else the word.

    >>> len(_ally_names_for('"ALLY_NAMES"')), _ally_names_for("Orbán")
    (145, ['Orbán'])
    """
    bare = word[1:-1].strip() if len(word) > 1 and word[0] == word[-1] and word[0] in "\"'" else word
    if bare.casefold() not in _ALLY_NAMES_KEYWORDS:
        return [word]
    from .ally_names import ALLY_NAMES

    return list(ALLY_NAMES)


# The options that take a list of words, and an example of several words and of one.
_WORD_LISTS = {"negation_words": ("nie,nigdy", "nie,"), "stance_ignores": ("Hungary,Estonia", "Hungary")}


def _json_word_list(name: str, value: str) -> list[str]:
    """The words of ``negation_words=VALUE`` (or another option ``name`` of :data:`_WORD_LISTS`)
    written as a JSON list (``["nie", "nigdy"]``); refused, with the comma form, where ``value``
    is no JSON list of texts."""
    try:
        words = json.loads(value)
    except json.JSONDecodeError as error:
        from .jsonl import json_error_where

        problem = f"it opens with [ but is not a JSON list ({json_error_where(error, 'value')})"
    else:
        if isinstance(words, list) and all(isinstance(word, str) for word in words):
            return words
        problem = "it is a JSON list of more than texts"
    example = _WORD_LISTS[name][0]
    listed = json.dumps(example.split(","), ensure_ascii=False)
    raise _Missing(f"--option {name}={value}: {problem}; write the words as a JSON list of texts, "
                   f"{name}='{listed}', or between commas, {name}={example}")


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

    flags = {**_OPTIONS_WITH_FLAGS, "random_state": "--random-state"}
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
    if not text:  # an unset shell variable, said as an empty path is (see stance.cli._path)
        raise argparse.ArgumentTypeError("the value is empty; name an option as NAME=VALUE, e.g. C=10 "
                                         "(is a shell variable empty?)")
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

"""Exceptions raised by :mod:`stance`.

Each class also subclasses the built-in that fits it, so callers can catch narrowly
(``except stance.ModelIntegrityError``) or broadly (``except ValueError``).
"""

from __future__ import annotations

import io
import json
import numbers
import os
import re
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

from .graphemes import first


class StanceError(Exception):
    """Base class of every error that :mod:`stance` raises on purpose.

    >>> import stance
    >>> try:
    ...     stance.classify(None)
    ... except stance.StanceError as error:
    ...     print(type(error).__name__, isinstance(error, TypeError), error)
    InvalidTypeError True text must be a str, got NoneType
    """


class InvalidInputError(StanceError, ValueError):
    """Input data has the right type but unusable content (missing column, bad label, …).

    >>> import pandas as pd, stance
    >>> stance.score(pd.DataFrame({"body": ["We stand together."]}))
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: text_column='text': no such column; columns present: ['body']. Column
    'body' holds sentences (3 words at the median): is it the column of statements? (text_column='body')
    """


class OptionError(InvalidInputError):
    """A model option refused: ``str(error)`` says why in Python's words, ``typed`` says the
    same in those a user of the command line's ``--option NAME=VALUE`` types (see :class:`Words`).

    >>> from stance.exceptions import refuse_option
    >>> error = refuse_option(lambda words: f"{words.name('negation')} must be {words.value(True)}, "
    ...                                     f"got {words.value(None)}")
    >>> str(error), error.typed
    ('negation must be True, got None', '--option negation must be true, got none')
    """

    def __init__(self, message: str, typed: str | None = None) -> None:
        super().__init__(message)
        self.typed = message if typed is None else typed

    def __reduce__(self) -> tuple:  # both messages survive a worker process's pickling
        return type(self), (str(self), self.typed)


# How many characters of one value a message quotes. A label, a column's name or an option
# is shorter; a text is not, and a column of texts named as the labels (or a 10 MB string
# passed by mistake) put megabytes into one message, which a service logs whole.
QUOTED_WIDTH = 100

# How many values a message lists before saying how many more there are.
QUOTED_VALUES = 10

# How many characters of a path a message quotes: longer than a value's, as a path is often
# long, but a path of 10,000 characters (a paste gone wrong) filled the screen.
QUOTED_PATH_WIDTH = 200


def quoted(value: Any, width: int = QUOTED_WIDTH) -> str:
    """``value`` as a message quotes it: its repr, cut to ``width`` characters and an
    ellipsis when longer (inside the quotes for a str, so it still reads as one).

    >>> quoted("unity"), quoted("We stand together " * 5, 18), quoted(["a" * 30], 10)
    ("'unity'", "'We stand together…'", "['aaaaaaaa…")
    >>> import numpy as np
    >>> quoted(np.str_("AGAINST"))
    "'AGAINST'"
    """
    if isinstance(value, str):
        head = first(value, width)  # whole characters: an accent stays on its letter
        # str.__str__: a str of another class (numpy's np.str_('AGAINST'), an Enum of str) is
        # quoted as the text it holds, 'AGAINST'
        return repr(str.__str__(value) if head == value else head.rstrip() + "…")
    return shortened(repr(value), width)


def _on_windows() -> bool:
    """Whether a suggested command is pasted into Windows' cmd.exe (a test patches this)."""
    return os.name == "nt"


# What cmd.exe (and PowerShell, which reads , @ ' as its own) passes on unquoted: letters and
# digits of any script, and + = : . / \ - ("\" separates a Windows path's folders). Else quoted.
_WINDOWS_UNQUOTED = re.compile(r"[\w+=:./\\-]+")

# Backslashes before a double quote, or before the closing one: the C runtime's argv
# parser (subprocess.list2cmdline's rules) reads 2n of them there as n. A run is tried from its
# first backslash only: tried from each, a long run not before a quote took quadratic time.
_BACKSLASHES_BEFORE_QUOTE = re.compile(r'(?<!\\)(\\*)("|\Z)')


def _cmd_quoted(text: str) -> str:
    r"""``text`` as cmd.exe passes it, whole, to a program: unchanged when every character is
    safe, else in double quotes, its backslashes as :func:`subprocess.list2cmdline` writes them.
    A literal '"' is doubled, not written '\"': cmd.exe toggles its quoting at every '"', so
    after '\"' the rest of the argument (a "&" in it) was no longer quoted to cmd; '""' keeps
    it quoted, and the C runtime (python.exe's argv) and PowerShell read it as one '"'.

    >>> print(_cmd_quoted("votes.csv"), _cmd_quoted("my votes.csv"), _cmd_quoted("été/*.csv"), _cmd_quoted(""))
    votes.csv "my votes.csv" "été/*.csv" ""
    >>> print(_cmd_quoted('We said "no" & left'), _cmd_quoted("C:\\my dir\\"))
    "We said ""no"" & left" "C:\my dir\\"
    """
    if _WINDOWS_UNQUOTED.fullmatch(text):
        return text
    doubled = _BACKSLASHES_BEFORE_QUOTE.sub(lambda found: found[1] * 2 + found[2] * 2, text)
    return f'"{doubled}"'


# What no name or table cell may bring to a terminal raw (see stance.text, whose escaping of names
# reads this one set): the control characters, the line and paragraph separators and the
# bidirectional controls. Inside '...' the shell keeps them as they are, a message is one line,
# cut at a newline, and an override shows the rest of the line reversed; bash's and zsh's $'...'
# writes them as escapes it reads back. Joiners (U+200C, U+200D: Persian words, emoji) stay as they
# are, as single quotes keep them in any shell (a review).
RAW_FOR_A_TERMINAL = "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{RAW_FOR_A_TERMINAL}]")
_ANSI_C_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "'": "\\'"}


def _ansi_c_quoted(text: str) -> str:
    r"""``text`` in bash's (and zsh's) $'...' quoting: a newline, tab or CR as \n, \t, \r, any
    other control character as its UTF-8 bytes in \xHH (locale-free), "\" and "'" escaped.

    >>> print(_ansi_c_quoted("nl\nname.csv.gz"), _ansi_c_quoted("it's\tC:\\x\x1b\x85"))
    $'nl\nname.csv.gz' $'it\'s\tC:\\x\x1b\xc2\x85'
    """
    def escaped(char: str) -> str:
        if char in _ANSI_C_ESCAPES:
            return _ANSI_C_ESCAPES[char]
        return "".join(f"\\x{byte:02x}" for byte in char.encode()) if _CONTROL.match(char) else char
    return "$'" + "".join(map(escaped, text)) + "'"


def shell_quoted(text: str) -> str:
    """``text`` as one argument of a command that a message suggests: for a POSIX shell in
    single quotes (:func:`shlex.quote`), or in $'...' where it holds a control character
    (see :func:`_ansi_c_quoted`; Windows' file names cannot), and on Windows for cmd.exe,
    which takes single quotes as part of the argument ('glob été/*.csv' reached the program
    with its quote marks), in double quotes (see :func:`_cmd_quoted`). Every suggested
    command quotes so.

    >>> shell_quoted("my votes.csv") == ('"my votes.csv"' if os.name == "nt" else "'my votes.csv'")
    True
    """
    if _on_windows():
        return _cmd_quoted(text)
    return _ansi_c_quoted(text) if _CONTROL.search(text) else shlex.quote(text)


def shell_path(path: str | os.PathLike) -> str:
    """``path`` as a command that a message suggests writes it: quoted for a shell, and after
    "./" when it begins with "-", which the shell's command (or stance's own options) took
    for an option: a folder "-dash" was suggested ``stance score '-dash/*.csv' -o out.csv``,
    refused when pasted. "-" (standard input) is left as it is. On Windows too "./" (not ".\\"):
    Windows' file functions take "/" as a separator, and Git for Windows' iconv or bash read
    "./-x" as a path where ".\\-x" is not one to them.

    >>> shell_path("-dash/*.csv"), shell_path("my votes.csv"), shell_path("/data/-x.csv"), shell_path("-")
    ("'./-dash/*.csv'", "'my votes.csv'", '/data/-x.csv', '-')
    """
    text = os.fspath(path)
    return shell_quoted(f"./{text}" if text.startswith("-") and text != "-" else text)


def shell_option(flag: str, value: str) -> str:
    """The option ``flag`` given ``value`` in a command that a message suggests: "--flag VALUE",
    or "--flag=VALUE" where the value begins with "-", which argparse would take for an option
    ("--none-label -x": "expected one argument").

    >>> shell_option("--none-label", "offtopic"), shell_option("--none-label", "-x")
    ('--none-label offtopic', '--none-label=-x')
    """
    joined = "=" if value.startswith("-") else " "
    return f"{flag}{joined}{shell_quoted(value)}"


def quoted_list(values: Iterable[Any], shown: int = QUOTED_VALUES, width: int = QUOTED_WIDTH) -> str:
    """``values`` as a message lists them: the first ``shown``, each :func:`quoted`, and
    how many more there are.

    >>> quoted_list(["text", "labels"]), quoted_list(range(12), 3)
    ("['text', 'labels']", '[0, 1, 2] and 9 more')
    """
    values = list(values)
    listed = "[" + ", ".join(quoted(value, width) for value in values[:shown]) + "]"
    return listed + (f" and {len(values) - shown} more" if len(values) > shown else "")


def and_listed(values: Sequence[str], each: Callable[[str], str] = quoted) -> str:
    """``values``, each written by ``each`` (:func:`quoted`), as a sentence lists them: "'a'",
    "'a' and 'b'", "'a', 'b' and 'c'".

    >>> and_listed(["unity"]), and_listed(["unity", "none", "deterrence"])
    ("'unity'", "'unity', 'none' and 'deterrence'")
    """
    if len(values) == 1:
        return each(values[0])
    return ", ".join(map(each, values[:-1])) + f" and {each(values[-1])}"


def option_value(value: Any, shown: int = 3) -> str:
    """An option's ``value`` as ``stance info`` and a warning write it: its repr, but a long list
    (or tuple), of more than :data:`QUOTED_VALUES` items or :data:`QUOTED_WIDTH` characters, as
    :func:`quoted_list` gives its first ``shown``, as a list of words (``stance_ignores=
    stance.ALLY_NAMES``, over a hundred) filled a line of 1,500 characters; a short one whole,
    as a few negation words hidden behind "and 1 more" saved none of the line.

    >>> option_value(30.0), option_value(["nie", "nigdy", "żaden", "bez"])
    ('30.0', "['nie', 'nigdy', 'żaden', 'bez']")
    >>> option_value([f"w{i}" for i in range(135)])
    "['w0', 'w1', 'w2'] and 132 more"
    """
    if isinstance(value, (list, tuple)) and (len(value) > QUOTED_VALUES or len(repr(value)) > QUOTED_WIDTH):
        return quoted_list(value, shown)
    return repr(value)


def shortened(text: str, width: int = QUOTED_WIDTH) -> str:
    """``text`` cut to ``width`` characters and an ellipsis when longer: a value a message
    writes unquoted (as JSON, or as the command line takes it), cut as :func:`quoted` cuts.

    >>> shortened("We stand together.", 8)
    'We stand…'
    """
    head = first(text, width)
    return text if head == text else head + "…"


class Words:
    """How a message about a model option spells values: as Python code does, or as a user
    of ``--option NAME=VALUE`` types them (true, false, none, a JSON object).

    >>> PYTHON.option("stem", False), COMMAND_LINE.option("stem", False), COMMAND_LINE.name("stem")
    ('stem=False', '--option stem=false', '--option stem')
    >>> COMMAND_LINE.value({0: True}), COMMAND_LINE.value("maybe"), COMMAND_LINE.int, COMMAND_LINE.dict
    ('{"0": true}', "'maybe'", 'a whole number', 'a JSON object')
    """

    def __init__(self, command_line: bool) -> None:
        self.command_line = command_line
        self.int = "a whole number" if command_line else "an int"
        self.dict = "a JSON object" if command_line else "a dict"

    def value(self, value: Any) -> str:
        """``value`` as a message quotes it (a text in quotes, as either spells it)."""
        if not self.command_line:
            return quoted(value)
        if value is None or isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, dict):
            try:  # the JSON the command line reads it from; its keys are strings there
                return shortened(json.dumps(value))
            except (TypeError, ValueError):
                return quoted(value)
        return quoted(value)

    def either(self, python: str, command_line: str) -> str:
        """``python`` or ``command_line``, whichever these words are: a message's piece that names
        a call or a file's encoding one way in Python and another at the command line.

        >>> PYTHON.either("stance.train(...)", "stance train"), COMMAND_LINE.either("stance.train(...)", "stance train")
        ('stance.train(...)', 'stance train')
        """
        return command_line if self.command_line else python

    def name(self, name: str) -> str:
        """The option as the user names it."""
        return f"--option {name}" if self.command_line else name

    def key(self, key: Any) -> str:
        """A dict key as a message names it: a JSON object's keys are strings."""
        return shortened(json.dumps(str(key))) if self.command_line else quoted(key)

    def option(self, name: str, value: Any) -> str:
        """The option set to ``value`` as the user passes it (a text unquoted on the command line)."""
        if not self.command_line:
            return f"{name}={quoted(value)}"
        return f"--option {name}={shortened(value) if isinstance(value, str) else self.value(value)}"

    def meant(self, name: str, given: Any, choices: dict[str, Any]) -> str:
        """`` (did you mean --option NAME=VALUE?)`` for a text ``given`` to the option ``name``
        that most likely means one of its fixed ``choices`` (each value by its name; see
        :func:`stance.names.meant`), else "": ``--option target_head=sofmax`` was told the two
        values it takes but not which one it was near.

        >>> COMMAND_LINE.meant("negation", "fals", {"true": True, "false": False})
        ' (did you mean --option negation=false?)'
        >>> PYTHON.meant("target_head", "sofmax", {"ovr": "ovr", "softmax": "softmax"}), PYTHON.meant("x", 3, {})
        (" (did you mean target_head='softmax'?)", '')
        """
        if not isinstance(given, str):
            return ""
        from .names import meant_all
        from .nearest import or_listed

        close = [self.option(name, choices[choice]) for choice in meant_all(given, list(choices))]
        return f" (did you mean {or_listed(close)}?)" if close else ""


PYTHON = Words(command_line=False)
COMMAND_LINE = Words(command_line=True)


def refuse_option(say: Callable[[Words], str], wrong_type: bool = False) -> OptionError:
    """The error ``say`` words: its message in Python's words, and in the command line's; an
    :class:`OptionTypeError` where the value is of the wrong ``type`` ("unity" for ``C``)."""
    return (OptionTypeError if wrong_type else OptionError)(say(PYTHON), say(COMMAND_LINE))


class InvalidTypeError(StanceError, TypeError):
    """An argument has the wrong type (for example ``None`` where a str is expected).

    >>> import stance
    >>> stance.classify_many("one statement")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: texts must be an iterable of str (a list, Series, …), got a single str;
    wrap it in a list (from R: as.list(x)), or use classify() for one statement
    """


class OptionTypeError(InvalidTypeError, OptionError):
    """An option given as a value of the wrong type: a model option (``C="unity"``,
    ``random_state="x"``, ``negation="yes"``, ``ngram_max=2.0``, ``stem=3``, ``class_weight=3``
    or ``{0: "a", 1: 1}``), given to the model, to ``train``, ``cross_validate`` or
    ``find_label_issues``. A ``TypeError``, as any argument of the wrong
    type, and an :class:`OptionError` (so an ``InvalidInputError`` and a ``ValueError``) too,
    as the library raised for these before, so callers who catch either still do. A value of
    the right type out of range (``C=-1``) stays an ``OptionError`` alone. An argument that is
    no model option (a report's ``level`` or ``random_state``) is no ``OptionError``: see
    :class:`CountTypeError`.

    >>> import stance
    >>> try:
    ...     stance.StanceModel(C="unity").fit(["more aid", "cut aid"], ["aid", "aid"])
    ... except TypeError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError), error)
    OptionTypeError True C must be a positive number, got 'unity'
    """


class LabelTypeError(InvalidTypeError, InvalidInputError):
    """A label or stance value named by something other than a str: ``label=104``,
    ``none_label=0``, ``favor=1``. Labels and stance values are read as text (a column of
    codes 104 trains the label "104"), so the message names the str to pass. A ``TypeError``,
    as any argument of the wrong type, and a ``ValueError`` too, as the library raised for
    some of these before (an ``InvalidInputError``), so callers who catch either still do.

    >>> import stance
    >>> try:
    ...     stance.StanceModel(none_label=0).fit(["more aid", "cut aid", "hi", "thanks"], ["aid", "aid", "0", "0"])
    ... except TypeError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError), isinstance(error, stance.LabelTypeError))
    ...     print(error)
    LabelOptionTypeError True True
    none_label must be a str or None, got 0 (int); labels are read as text: pass none_label='0'
    """


class LabelOptionTypeError(OptionTypeError, LabelTypeError):
    """The model option ``none_label`` given as something other than a str or None
    (``none_label=0``): an :class:`OptionTypeError`, as any model option of the wrong type, and
    a :class:`LabelTypeError`, as any label named by a number. (The bases of ``OptionTypeError``
    come in the order of ``LabelTypeError``'s, the type first, so that one class can be both.)
    """


class CountTypeError(InvalidTypeError, InvalidInputError):
    """A count (``n`` of ``explain``, ``top_features``, ``suggest``; ``folds``, ``resamples``,
    ``max_groups``, ``chunk_size``) given as something other than an int: ``n="3"``,
    ``n=2.0``, ``n=True``, ``n=None``; and likewise another number that is no model option: a
    seed of a call's own draw (``random_state="x"`` of a report's intervals or of ``suggest``)
    or an interval's ``level="0.95"``. A ``TypeError``, as any argument
    of the wrong type, and a ``ValueError`` too, as the library raised for these before (an
    ``InvalidInputError``), so callers who catch either still do. A count of the right type
    under its least (1, or 2 folds, 100 resamples) stays an ``InvalidInputError`` alone.

    >>> import stance
    >>> try:
    ...     stance.default_model().top_features("unity", n="3")
    ... except TypeError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError), error)
    CountTypeError True n must be a positive int (features to show), got '3' (str)
    """


class ArgumentOrderError(InvalidTypeError, InvalidInputError):
    """A model given in the data's place, or data in the model's: ``stance.classify(model,
    text)``. The message says which goes first and how the model is passed. A ``TypeError``,
    as any argument of the wrong type, and a ``ValueError`` too, as what these calls raised
    before (a path not found, a column not found) was, so callers who catch either still do.

    >>> import stance
    >>> try:
    ...     stance.classify(stance.default_model(), "Uniforms are great")
    ... except TypeError as error:
    ...     print(type(error).__name__, isinstance(error, ValueError), error)
    ArgumentOrderError True text must be a str, got StanceModel: the text goes first and the model is model=:
    stance.classify('Uniforms are great', model=model)
    """


class NotFittedError(StanceError, ValueError, AttributeError):
    """A model method that needs learned parameters was called before ``fit``.

    >>> import stance
    >>> stance.StanceModel().classify("We stand together.")
    Traceback (most recent call last):
    ...
    stance.exceptions.NotFittedError: this StanceModel is not fitted yet; call fit() or stance.train() first,
    or load a saved model with stance.load()
    """


def not_fitted(message: str) -> NotFittedError:
    """``NotFittedError(message)``, scikit-learn's NotFittedError too where scikit-learn is
    loaded, so that a caller's ``except sklearn.exceptions.NotFittedError`` catches it. Not a
    base of the class itself: importing sklearn.exceptions imports scikit-learn (a second),
    which ``import stance`` and a loaded model's predictions never do; a caller whose except
    names scikit-learn's error has loaded it.

    >>> isinstance(not_fitted("not yet"), NotFittedError), str(not_fitted("not yet"))
    (True, 'not yet')
    """
    scikit_learn = sys.modules.get("sklearn.exceptions")
    if scikit_learn is None:
        return NotFittedError(message)
    return _not_fitted_of(scikit_learn.NotFittedError)(message)


_NOT_FITTED_CLASSES: dict[type, type[NotFittedError]] = {}  # scikit-learn's class: the one derived from it


def _not_fitted_of(base: type[Exception]) -> type[NotFittedError]:
    """A NotFittedError that is ``base`` (scikit-learn's) too, named as NotFittedError is, made once."""
    made = _NOT_FITTED_CLASSES.get(base)
    if made is None:
        # Pickled as not_fitted(message), so that a process without scikit-learn reads it too,
        # with its attributes and notes (add_note), as an exception's own reduce keeps them.
        made = type("NotFittedError", (NotFittedError, base), {
            "__module__": __name__, "__doc__": NotFittedError.__doc__,
            "__reduce__": lambda self: (not_fitted, self.args[:1], self.__dict__ or None)})
        made = _NOT_FITTED_CLASSES.setdefault(base, made)  # one class, should two threads make it
    return made


class ModelFormatError(StanceError, ValueError):
    """A model directory is not a model this version of :mod:`stance` can read.

    >>> import stance, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     try:
    ...         stance.load(folder)
    ...     except stance.ModelFormatError as error:
    ...         print(str(error).endswith("has no checksums.json; it is not a saved stance model"))
    True
    """


class ModelIntegrityError(ModelFormatError):
    """A model directory's files do not match their recorded checksums (a
    :class:`ModelFormatError`, so one ``except`` catches both).

    >>> import stance, tempfile
    >>> from pathlib import Path
    >>> model = stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
    ...                                                   ["aid", "aid", "none", "none"])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = model.save(Path(folder) / "aid")
    ...     with open(path / "metadata.json", "a") as file:
    ...         _ = file.write(" ")
    ...     try:
    ...         stance.load(path)
    ...     except stance.ModelIntegrityError as error:
    ...         print("does not match its checksum" in str(error))
    True
    """


# The optional extras' packages as pyproject.toml's [project.optional-dependencies] lists
# them (a test holds the two equal): advice to install an extra names these, which work however
# stance was installed, and the extra as the README installs it, in a clone (".[plot]" where
# pyproject.toml is: a wheel's installed folder has none), never "stance[extra]", which on the
# package index is an unrelated project's.
EXTRAS: dict[str, tuple[str, ...]] = {
    "plot": ("matplotlib>=3.7",),
    "parquet": ("pyarrow>=14",),
    "dask": ("dask[dataframe,distributed]>=2025.5",),
}


def install_advice(extra: str) -> str:
    """The pip command that installs an extra's packages, quoted for a shell, and the extra's own,
    as the README gives it (a user who followed it looks for the extra's name).

    >>> print(install_advice("plot"))  # doctest: +NORMALIZE_WHITESPACE
    pip install "matplotlib>=3.7" (the plot extra: pip install ".[plot]" in your clone of stance,
    the folder holding pyproject.toml)
    """
    packages = " ".join(f'"{requirement}"' for requirement in EXTRAS[extra])
    return (f'pip install {packages} (the {extra} extra: pip install ".[{extra}]" in your clone of stance, '
            "the folder holding pyproject.toml)")


class MissingDependencyError(StanceError, ImportError):
    """An optional dependency (an extra such as ``plot``) is not installed; an
    ``ImportError``, whose message names the packages to install.

    >>> import stance
    >>> issubclass(stance.MissingDependencyError, ImportError)
    True
    """


# How a worker of n_jobs died, by the signal that ended it: one someone sends to stop a
# process (it is no fault of the worker's), or a crash's (of the worker's own code, or a library's).
_STOPPING_SIGNALS = frozenset({"SIGTERM", "SIGHUP", "SIGINT"})
_CRASH_SIGNALS = frozenset({"SIGSEGV", "SIGABRT", "SIGBUS", "SIGILL", "SIGFPE"})


class WorkerDiedError(StanceError, RuntimeError):
    """A worker process of ``n_jobs`` died as it scored: killed by a signal (the system's
    out-of-memory killer sends SIGKILL, a ``kill`` SIGTERM) or ended by a crash. The machine's
    failure, not the input's: the command line exits 1. Its advice is by cause: less at once
    for SIGKILL (memory), run it again for a worker stopped from outside, n_jobs=1 to see the
    error of one that crashed.

    ``WorkerDiedError(signal_number=None, exit_status=None)`` takes how the worker died, not a
    message: its one-line message is made of them (a str passed first is taken for a signal).
    stance raises it with one of them, from what the worker pool reports; a test or a wrapper
    of stance's pool may construct it the same way. Both are kept as attributes, and pickling
    keeps them (a worker's error crosses processes):

    - ``signal_number`` (int or None): the signal that killed the worker (9 for SIGKILL), or
      None when it exited or how is unknown.
    - ``exit_status`` (int or None): the status it exited with, or None when a signal killed it
      or how is unknown.

    ``error.told(less, alone)`` is the message worded for another caller: ``less`` what asks for
    less memory (SIGKILL's advice), ``alone`` what scores in one process; the command line
    says "-j 1" where the library says "n_jobs=1".

    >>> import stance
    >>> issubclass(stance.WorkerDiedError, RuntimeError)
    True
    >>> error = stance.WorkerDiedError(signal_number=9)
    >>> error.signal_number, error.exit_status
    (9, None)
    >>> print(error)  # doctest: +NORMALIZE_WHITESPACE
    a worker process died as it scored (killed by signal 9, SIGKILL, which the system sends when it runs out of
    memory); score fewer texts at once (a smaller chunk_size of score_file, or fewer texts a call) or on fewer
    processes (a smaller n_jobs, or n_jobs=1)
    >>> print(error.told("give fewer --n-jobs", "-j 1"))  # doctest: +NORMALIZE_WHITESPACE
    a worker process died as it scored (killed by signal 9, SIGKILL, which the system sends when it runs out of
    memory); give fewer --n-jobs
    >>> str(stance.WorkerDiedError(exit_status=3))
    'a worker process crashed as it scored (it exited with status 3); run it again with n_jobs=1 to see its error'
    """

    def __init__(self, signal_number: int | None = None, exit_status: int | None = None) -> None:
        self.signal_number = signal_number
        self.exit_status = exit_status
        super().__init__(self.told("score fewer texts at once (a smaller chunk_size of score_file, or fewer texts a "
                                   "call) or on fewer processes (a smaller n_jobs, or n_jobs=1)", "n_jobs=1"))

    def told(self, less: str, alone: str) -> str:
        """The error in one line, with ``less``, what asks for less memory (SIGKILL's advice),
        and ``alone``, what scores in one process ("n_jobs=1"; the command line's "-j 1")."""
        number, name = self.signal_number, _signal_name(self.signal_number)
        if name == "SIGKILL":
            return (f"a worker process died as it scored (killed by signal {number}, SIGKILL, which the system sends "
                    f"when it runs out of memory); {less}")
        if name in _STOPPING_SIGNALS:
            return f"a worker process was stopped by signal {number} ({name}) from outside as it scored; run it again"
        named = f", {name}" if name else ""
        if number is not None:
            how = f"signal {number}{named}" if name in _CRASH_SIGNALS else f"killed by signal {number}{named}"
        else:
            how = "how, the system did not say" if self.exit_status is None else \
                f"it exited with status {self.exit_status}"
        crashed = name in _CRASH_SIGNALS or self.exit_status not in (None, 0)
        return (f"a worker process {'crashed' if crashed else 'died'} as it scored ({how}); run it again with {alone} "
                f"to see its error")

    def __reduce__(self) -> tuple[Any, ...]:  # its arguments are not its message
        return type(self), (self.signal_number, self.exit_status)


def _signal_name(number: int | None) -> str:
    """The name of signal ``number`` ("SIGKILL"), or "" (None, or one this platform has no name for)."""
    try:
        return signal.Signals(number).name if number is not None else ""
    except ValueError:
        return ""


class StanceWarning(UserWarning):
    """Base class of every warning :mod:`stance` gives, so a service can filter them:
    ``warnings.filterwarnings("ignore", category=stance.StanceWarning)``.

    >>> import pandas as pd, stance, warnings
    >>> data = pd.DataFrame({"text": ["more aid", "cut aid", "hello", "thanks"],
    ...                      "labels": ["aid", "aid", "none", "none"], "stance": ["favor", "against", None, None]})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _ = stance.train(data, threshold_folds=0)  # the stance column is left out: a warning says so
    >>> [w.category.__name__ for w in caught]
    ['StanceWarning']

    The warnings a service scoring batch after batch may want to hear once, or not at all,
    have subclasses of their own, each filtered alone (their messages carry counts and
    rows, so Python's default of once a line repeats them on every batch):
    :class:`OtherLanguageWarning`, :class:`LongTextWarning`, :class:`TextColumnWarning`,
    :class:`MojibakeWarning` and :class:`RepeatedFileWarning`. Each of their messages begins
    with the subclass's fixed :attr:`prefix` and a colon, its counts after it, so a filter of
    the message's start matches them all: ``warnings.filterwarnings("ignore", message="mojibake")``
    (a filter's ``message`` is a regular expression matched at the message's start).
    """

    # The words every message of the class begins with, before ": " (see warn): "" here,
    # whose messages are of many kinds, each its own start.
    prefix: ClassVar[str] = ""


class OtherLanguageWarning(StanceWarning):
    """Statements in a language other than the model's, scored by the few words it shares
    with them: ``warnings.filterwarnings("ignore", category=stance.OtherLanguageWarning)``.

    >>> import stance, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _ = stance.score(["Wir stehen fest zusammen mit unseren Verbündeten im Bündnis heute."] * 3)
    >>> [w.category.__name__ for w in caught]
    ['OtherLanguageWarning']
    """

    prefix = "text of another language"


class LongTextWarning(StanceWarning):
    """A text of a document's length (a whole speech in one cell, a document without full
    stops) scored as one statement."""

    prefix = "text of a document's length"


class TextColumnWarning(StanceWarning):
    """A text column that holds no statements (ids, figures, a party's name): likely the
    wrong column."""

    prefix = "likely the wrong text column"


class MojibakeWarning(StanceWarning):
    """Text decoded in the wrong encoding before it was scored ("â€™" for "’", UTF-16 read
    one byte a character): scored as written, as words the model does not know."""

    prefix = "mojibake"


class RepeatedFileWarning(StanceWarning):
    """A file of a folder or glob every text of which is in one other file (a copy, an
    earlier result): its statements are read twice. One warning names all such files."""

    prefix = "file read twice"


def warn(message: str | Callable[[Words], str], category: type[StanceWarning] = StanceWarning,
         once_as: str | None = None) -> None:
    """Give a :class:`StanceWarning` (or its subclass ``category``, see there), attributed to
    the first caller outside :mod:`stance`: the user's line that trained or scored, however
    deep inside the package it was found (a fixed ``stacklevel`` named a line of ours
    whenever the path to it changed). Inside :func:`warnings_once` it is kept until the
    block ends, with that line.

    Inside scikit-learn's model selection (``GridSearchCV``, ``cross_val_score``…) a message
    is given once a process (see :func:`_repeated_in_model_selection`), unless the warning
    filters say ``"always"`` or ``"error"``: each of a search's fits warned of the same data.
    ``once_as``, the words that make two such messages one there, where each fit's figures differ
    (a fold's thresholds): by default the whole message.

    A ``message`` that names a Python call or argument (``stance.train(...)``, ``stem='russian'``)
    is given as a function of the :class:`Words` to say it in: the warning's text is its Python
    wording, and its ``typed`` attribute the command line's, which the ``stance`` command shows
    (as an :class:`OptionError`'s), one source for both.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn(lambda words: f"train with {words.option('stem', False)}")
    >>> str(caught[0].message), caught[0].message.typed
    ('train with stem=False', 'train with --option stem=false')
    """
    import contextlib
    import os
    import sys
    import warnings

    typed = None
    if callable(message):
        message, typed = message(PYTHON), message(COMMAND_LINE)
    # A fixed start before the counts, which a filter's message= (matched from the start) can
    # name: "3 texts hold…" was matched by no fixed words.
    message = _with_prefix(message, category.prefix)
    given: str | Warning = message
    if typed is not None and typed != message:
        given = category(message)
        given.typed = _with_prefix(typed, category.prefix)  # type: ignore[attr-defined]
    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    # contextlib's frames too: a warning given as one of our context managers' blocks ends is
    # called from its __exit__, and named contextlib.py's line.
    ours = (package, os.path.abspath(contextlib.__file__))
    frame, level = sys._getframe(1), 2  # level 2: warn()'s caller, as warnings.warn counts
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(ours):
        frame, level = frame.f_back, level + 1
    if _repeated_in_model_selection(message, frame, category, once_as):
        return
    pending = getattr(_held, "pending", None)
    if pending is None:
        warnings.warn(given, category, stacklevel=level)
    else:
        pending.setdefault(message, (given, category, frame.f_code.co_filename, frame.f_lineno, frame.f_globals))


def _with_prefix(message: str, prefix: str) -> str:
    """``message`` after ``prefix`` and ": " (its class's fixed start, see StanceWarning), once."""
    return f"{prefix}: {message}" if prefix and not message.startswith(prefix + ": ") else message


# The warnings each thread's open warnings_once block holds back, with where each was given.
_held = threading.local()
# The messages given inside scikit-learn's model selection in this process, and their lock:
# a search's fits may run in threads.
_given_in_model_selection: set[str] = set()
_model_selection_lock = threading.Lock()


def _repeated_in_model_selection(message: str, frame: Any, category: type[Warning] = StanceWarning,
                                 once_as: str | None = None) -> bool:
    """Whether ``message`` (of ``category``), given from ``frame`` (the first outside :mod:`stance`), is one
    already given in this process by a call inside scikit-learn's model selection, to be left
    out; the first is recorded (by ``once_as`` when given: the same warning of each fit's own figures).

    A ``GridSearchCV`` of two candidates on five folds fits eleven models, and each warned that
    the labels, given as ints, come back as names: eleven copies of one line. Python's default
    filter shows a line's warning once, but scikit-learn's parallel helper sets the warning
    filters again around each fit, which clears the registry that remembers it. So the
    warnings of calls inside model selection are remembered here, by message, for the
    process: not for the search, since its fits may run in joblib's worker processes, where
    nothing tells one search from the next (so each worker says it once). Outside model
    selection (a fit of one's own, ``stance.train``) every call warns as before. Filters that
    ask for ``"always"`` (``pytest.warns``) or ``"error"`` get every call's; one that ignores
    the message records nothing, so that it is said once the filter is lifted.

    >>> import sys
    >>> _repeated_in_model_selection("a message", sys._getframe())  # not inside model selection
    False
    """
    import warnings

    caller = frame
    while caller is not None and not str(caller.f_globals.get("__name__")).startswith("sklearn.model_selection"):
        caller = caller.f_back
    if caller is None:
        return False
    module = frame.f_globals.get("__name__", "<string>")
    action = next((action for action, text, filtered, in_module, line in warnings.filters
                   if (text is None or text.match(message)) and issubclass(category, filtered)
                   and (in_module is None or in_module.match(module)) and line in (0, frame.f_lineno)),
                  warnings.defaultaction)
    if action in ("always", "error", "ignore"):
        return False
    with _model_selection_lock:
        key = message if once_as is None else once_as
        if key in _given_in_model_selection:
            return True
        _given_in_model_selection.add(key)
    return False


@contextmanager
def warnings_once() -> Iterator[None]:
    """Give each distinct :func:`warn` of this thread inside the block once, when it ends.

    Cross-validation fits a model per fold, and each fit warned of the same data: five
    lines of "none_label='none' is the label of no row" for five folds. Only this thread's
    warnings are held, in a list of its own: recording them with ``catch_warnings`` swapped
    the process's warning functions, so it took other threads' warnings, and a thread whose
    own ``catch_warnings`` overlapped it restored the recorder for good.
    """
    import warnings

    if getattr(_held, "pending", None) is not None:  # an outer block gives them
        yield
        return
    _held.pending = {}
    try:
        yield
    finally:  # given even when the block fails: they may say why
        pending, _held.pending = _held.pending, None
        # each the message, or the warning that carries the command line's wording too (see warn)
        for given, category, filename, lineno, module_globals in pending.values():
            # As warnings.warn gives it from that line: its module's registry, its source.
            where = {"module": module_globals.get("__name__"),
                     "registry": module_globals.setdefault("__warningregistry__", {})}
            try:
                warnings.warn_explicit(given, category, filename, lineno, **where,
                                       module_globals=module_globals)
            except (ImportError, ValueError):
                # The module's loader has no source to show: `python -c` and a script on
                # stdin run as __main__ with the built-in importer, whose get_source raises
                # ("'__main__' is not a built-in module"), which sank the finished folds; and
                # Python 3.13 refuses globals with no __spec__.loader (a notebook's cell: "Module
                # globals is missing a __spec__.loader"), which sank cross_validate in Jupyter.
                warnings.warn_explicit(given, category, filename, lineno, **where)


def type_name(value: object) -> str:
    """Name a value's type the way an error message should (``'NoneType'``, ``'bytes'``)."""
    return type(value).__name__


def a_type_name(value: object) -> str:
    """:func:`type_name` behind its article, as a message says it: "holds a ndarray" was read
    aloud as it is written, n-d-array, which takes "an", as a name starting with a vowel does.

    >>> import numpy as np
    >>> a_type_name([1]), a_type_name(np.array([1])), a_type_name(1)
    ('a list', 'an ndarray', 'an int')
    """
    name = type_name(value)
    return f"{'an' if name[:1].lower() in 'aeiou' or name.startswith('nd') else 'a'} {name}"


def one_value_array(array: Any) -> str:
    """What a 0-d numpy array (``np.array("…")``) is, in an error: one value, whose iteration
    raises, and wrapped in a list still no str; so the advice is to take a text out, and
    for a value that is no text (a review: ``np.array(5)`` was told to pass ``[array.item()]``,
    which was then refused), what it holds.

    >>> import numpy as np
    >>> one_value_array(np.array("We act.")), one_value_array(np.array(5))
    ('a 0-d array (one value); pass its value in a list: [array.item()]', 'a 0-d array of one int64, not a text')
    """
    value = array.item() if callable(getattr(array, "item", None)) else None
    if isinstance(value, str):
        return "a 0-d array (one value); pass its value in a list: [array.item()]"
    if isinstance(value, bytes):  # (a review: "of one |S3" said nothing of what to do)
        return "a 0-d array of one bytes value; decode it and pass it in a list: [array.item().decode('utf-8')]"
    return f"a 0-d array of one {getattr(array, 'dtype', type_name(value))}, not a text"


def is_0d_array(value: object) -> bool:
    """Whether ``value`` is a 0-d numpy array, one value with an array's type.

    >>> import numpy as np
    >>> is_0d_array(np.array("We stand together.")), is_0d_array(np.array(["We stand together."]))
    (True, False)
    """
    return type_name(value) == "ndarray" and getattr(value, "ndim", None) == 0


def one_text_advice(value: str | bytes, for_one: str | None) -> str:
    """What to do with one text, ``value``, given where many are taken, ``for_one`` naming the call
    that takes one (None: none). Bytes are decoded first: wrapped in a list, or given to
    classify(), they are refused or flagged all the same.

    >>> one_text_advice(b"We act.", "classify()")
    "decode it and wrap it in a list: [data.decode('utf-8')], or use classify(data.decode('utf-8')) for one statement"
    >>> one_text_advice("We act.", None)
    'wrap it in a list (from R: as.list(x))'
    """
    if isinstance(value, bytes):
        decoded = "data.decode('utf-8')"
        # for_one is a call's name, "classify()": the decoded text goes between its brackets
        one = f", or use {for_one.removesuffix('()')}({decoded}) for one statement" if for_one else ""
        return f"decode it and wrap it in a list: [{decoded}]{one}"
    # From R, reticulate passes a character vector of one text as a bare str; as.list(x) is a list
    return f"wrap it in a list (from R: as.list(x)){f', or use {for_one} for one statement' if for_one else ''}"


def texts_in_a_list_advice(texts: list[Any], argument: str) -> str | None:
    """What to do with texts given inside a list of one, as R's ``classify_many(list(x))`` gives
    them through reticulate (``[[text, text]]``); None for anything else. Told "a row, not a
    text", the caller kept the first text alone. A cursor's one row of several text columns
    looks the same, so its advice is kept too.

    >>> texts_in_a_list_advice([["We act.", "Thank you."]], "texts")  # doctest: +ELLIPSIS
    "texts holds one list of 2 texts (R's list(x)?); if they are the texts, pass that inner list, texts[0] ...
    >>> texts_in_a_list_advice([["We act."]], "texts") is None  # one text in a row: a row, as before
    True
    """
    if len(texts) != 1 or not isinstance(texts[0], (list, tuple)) or len(texts[0]) < 2:
        return None
    if not all(isinstance(text, str) for text in texts[0]):
        return None
    kind = type_name(texts[0])
    return (f"{argument} holds one {kind} of {len(texts[0])} texts (R's list(x)?); if they are the texts, "
            f"pass that inner {kind}, {argument}[0] (from R: as.list(x), or x itself); if it is a table's row (a "
            f"database cursor's), pass the texts themselves, e.g. [row[0] for row in rows]")


def decode_hint(value: object) -> str:
    """What to add to a "must be a str" message when ``value`` is bytes (a file read with "rb"),
    a path (a file's name given for its text) or an open file (``open(path)`` given for its text).

    >>> decode_hint(b"We stand together."), decode_hint(None)
    (" (decode bytes first, e.g. text.decode('utf-8'))", '')
    >>> import pathlib
    >>> decode_hint(pathlib.Path("speech.txt"))
    " (a path: read the file first, e.g. pathlib.Path(path).read_text(encoding='utf-8'))"
    >>> import io
    >>> decode_hint(io.StringIO("We stand together."))
    ' (an open file: read it first, e.g. file.read())'
    >>> decode_hint(io.BytesIO(b"We stand together."))
    " (an open file: read it first, e.g. file.read().decode('utf-8'))"
    """
    if isinstance(value, bytes):
        return " (decode bytes first, e.g. text.decode('utf-8'))"
    if isinstance(value, os.PathLike):
        return " (a path: read the file first, e.g. pathlib.Path(path).read_text(encoding='utf-8'))"
    if isinstance(value, io.IOBase):
        decode = "" if isinstance(value, io.TextIOBase) else ".decode('utf-8')"
        return f" (an open file: read it first, e.g. file.read(){decode})"
    return ""


def none_label_not_text(value: Any, command_line: bool = False) -> str:
    """The refusal of a ``none_label`` that is not a str, with the spelling to pass for a number.

    Labels are read as text (an int column's 0 trains the label "0"), so ``none_label=0``
    names no label; the message says to pass ``none_label='0'``, as ``favor=1`` is told
    to pass ``favor='1'``.

    With ``command_line``, as a user of ``--none-label``, which reads text only, is told it of a
    model's saved option (a metadata.json edited): "--none-label must be a str or None" and "pass
    --none-label='0'" were Python's words half-turned.

    >>> none_label_not_text(0, command_line=True)
    '--none-label must name a label, got 0, a number; labels are read as text: pass --none-label 0'
    >>> none_label_not_text(["none"], command_line=True)
    '--none-label must name a label, got ["none"]'
    >>> none_label_not_text(float("nan"), command_line=True).split("; ")[1]
    "for a scheme without an off-topic label pass --none-label ''"

    >>> none_label_not_text(0)
    "none_label must be a str or None, got 0 (int); labels are read as text: pass none_label='0'"
    >>> none_label_not_text(0.0)
    "none_label must be a str or None, got 0.0 (float); labels are read as text: pass none_label='0'"
    >>> none_label_not_text(["none"])
    "none_label must be a str or None, got ['none'] (list)"
    >>> none_label_not_text(float("nan")).split("; ")[1]
    'for a scheme without an off-topic label pass none_label=None'
    """
    if command_line:  # the value as metadata.json's JSON holds it; --none-label '' is no such label
        try:
            shown = shortened(json.dumps(value))
        except (TypeError, ValueError):
            shown = quoted(value)
        message = f"--none-label must name a label, got {shown}" + (", a number" if is_number(value) else "")
        none, given = "--none-label ''", lambda spelt: shell_option("--none-label", spelt)
    else:
        message = f"none_label must be a str or None, got {quoted(value)} ({type_name(value)})"
        none, given = "none_label=None", lambda spelt: f"none_label={spelt!r}"
    if not is_number(value):
        return message
    if value != value:  # NaN, a missing value (an empty cell read as a float): no label at all
        return f"{message}; for a scheme without an off-topic label pass {none}"
    # A whole float (0.0) is spelt as the int, as a label "0.0" is read as "0".
    spelt = str(int(value)) if float(value).is_integer() else str(value)
    return f"{message}; labels are read as text: pass {given(spelt)}"


def is_int(value: Any) -> bool:
    """An int, numpy's included (a count from ``np.arange`` or ``len(array)``), but not a
    bool: to Python ``True`` is 1, never a count or a seed here.

    >>> import numpy as np
    >>> is_int(3), is_int(np.int64(3)), is_int(True), is_int(3.0)
    (True, True, False, False)
    """
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def require_count(value: Any, said: str, least: int = 1) -> None:
    """Refuse ``value`` unless an int (:func:`is_int`) of ``least`` or more, the message
    starting with ``said`` ("n must be a positive int …"): a :class:`CountTypeError` when it is
    no int, which a str, a float or None is (an :class:`InvalidInputError` alone said "3" was a
    bad value), an :class:`InvalidInputError` when under ``least`` (2 folds, 100 resamples).

    >>> require_count(0, "n must be a positive int")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: n must be a positive int, got 0
    >>> require_count("2", "folds must be an int of 2 or more", least=2)
    Traceback (most recent call last):
    ...
    stance.exceptions.CountTypeError: folds must be an int of 2 or more, got '2' (str)
    """
    if not is_int(value):
        raise CountTypeError(f"{said}, got {quoted(value)} ({type_name(value)})")
    if value < least:
        raise InvalidInputError(f"{said}, got {quoted(value)}")


def is_number(value: Any) -> bool:
    """An int or float, numpy's included, but not a bool.

    >>> import numpy as np
    >>> is_number(0.3), is_number(np.float32(0.3)), is_number(False), is_number("0.3")
    (True, True, False, False)
    """
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def as_written(number: Any) -> Any:
    """``number`` with the digits its user wrote, for a message or a heading: a numpy float
    narrower than Python's (float32, float16) as the shortest digits that give it back, which
    numpy's ``str`` spells; ``float()`` of it spells the narrowing's error as well, and a
    level of ``np.float32(0.999)`` was headed "99.9000015259%", a percentile of
    ``np.float32(33.3)`` "the 33.29999923706055th". Any other number is given back as it is.

    >>> import numpy as np
    >>> as_written(np.float32(0.999)), as_written(np.float32(33.3)), as_written(np.float16(0.1))
    (0.999, 33.3, 0.1)
    >>> as_written(0.999), as_written(3), as_written(np.float32(1e-40)), type(as_written(np.float64(0.1)))
    (0.999, 3, 1e-40, <class 'numpy.float64'>)
    """
    dtype = getattr(number, "dtype", None)
    if dtype is not None and dtype.kind == "f" and dtype.itemsize < 8 and getattr(number, "ndim", 0) == 0:
        return float(str(number))
    return number


def require_seed(name: str, value: Any) -> None:
    """Refuse a random seed numpy cannot use, naming the argument (numpy's own error names none).
    A seed of a call's own draw (a report's intervals, suggest's sample): a model's
    ``random_state`` is refused as the model's other options are, an :class:`OptionError`.

    >>> require_seed("random_state", "a")
    Traceback (most recent call last):
    ...
    stance.exceptions.CountTypeError: random_state must be an int from 0 to 4294967295, got 'a'
    >>> require_seed("random_state", -1)
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: random_state must be an int from 0 to 4294967295, got -1
    """
    if not is_int(value):  # a wrong type: a TypeError, and a ValueError as it was before
        raise CountTypeError(f"{name} must be an int from 0 to {SEED_MAX}, got {quoted(value)}")
    if not 0 <= value <= SEED_MAX:
        raise InvalidInputError(f"{name} must be an int from 0 to {SEED_MAX}, got {quoted(value)}")


SEED_MAX = 2**32 - 1  # numpy's RandomState takes seeds below 2**32


def require_progress(value: Any) -> bool | None:
    """``progress`` as a bool or None, refusing anything else: a str such as ``"no"`` or
    ``"false"`` is true to Python, and showed the bar it was meant to turn off.

    numpy's bools (a flag taken from an array) are read as the bool they hold.

    >>> require_progress(None), require_progress(False)
    (None, False)
    >>> require_progress("no")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: progress must be True, False or None (None: on a terminal or in a
    notebook), got 'no' (str)
    """
    if value is None:
        return value
    return require_bool("progress", value, "True, False or None (None: on a terminal or in a notebook)")


def several_values(value: Any) -> str | None:
    """What ``value`` is, in words, when it holds several values (a pandas Series, Index or
    DataFrame, a numpy array of one dimension or more, a polars Series or DataFrame); None
    when it is one value (a str, a number, None, a numpy scalar).

    >>> import numpy as np, pandas as pd
    >>> several_values(pd.Series(["a", "b"])), several_values(np.array([["a"], ["b"]]))
    ('a Series of 2 values', 'a 2-D array of shape (2, 1)')
    >>> several_values(pd.DataFrame({"a": ["x"]})), several_values("share"), several_values(np.str_("share"))
    ('a DataFrame of 1 row and 1 column', None, None)
    """
    shape = getattr(value, "shape", None)
    if isinstance(value, (str, bytes)) or not isinstance(shape, tuple) or not shape:
        return None
    kind = {"Series": "a Series", "Index": "an Index", "DataFrame": "a DataFrame"}.get(type_name(value), "an array")
    if len(shape) == 1:
        return f"{kind} of {shape[0]:,} value{'s' if shape[0] != 1 else ''}"
    if kind == "a DataFrame" and len(shape) == 2:
        rows, columns = shape
        return f"{kind} of {rows:,} row{'s' if rows != 1 else ''} and {columns:,} column{'s' if columns != 1 else ''}"
    return f"a {len(shape)}-D {kind.removeprefix('an ')} of shape {shape}"


def refuse_several_values(name: str, value: Any, expected: str,
                          advice: str = "pass one value, not a column of them",
                          error: type[InvalidTypeError] = InvalidTypeError) -> None:
    """Refuse several values (:func:`several_values`) given for the option ``name``, which
    takes one value, ``expected``: compared with its choices or tested for truth, they raised
    pandas' or numpy's "The truth value of a Series is ambiguous", naming no option.
    ``advice`` ends the refusal, raised as ``error`` (a model's option: an OptionTypeError).

    >>> import pandas as pd
    >>> refuse_several_values("value", pd.Series(["share"]), "'share' or 'position'")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: value must be 'share' or 'position', got a Series of 1 value; pass one
    value, not a column of them
    """
    given = several_values(value)
    if given is not None:
        raise error(f"{name} must be {expected}, got {given}; {advice}")


def require_bool(name: str, value: Any, expected: str = "True or False", note: str = "") -> bool:
    """The flag ``name`` as a bool, refusing anything else before it is acted on: a str such
    as ``"no"`` or ``"False"``, or a 2, is true to Python, so ``save(path, overwrite="no")``
    replaced the model it was meant to keep. numpy's bools (a flag taken from an array) are
    read as the bool they hold. ``note`` ends the refusal (what a value that was meant
    otherwise does not do here).

    >>> require_bool("overwrite", False)
    False
    >>> require_bool("overwrite", "no")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: overwrite must be True or False, got 'no' (str)
    """
    if isinstance(value, bool):
        return value
    np = sys.modules.get("numpy")  # a numpy bool comes from numpy, so it is loaded already if there is one
    if np is not None and isinstance(value, np.bool_):
        return bool(value)
    raise InvalidTypeError(f"{name} must be {expected}, got {quoted(value)} ({type_name(value)}){note}")

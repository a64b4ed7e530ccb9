"""The refusals of labelled data named together: inside :func:`problems_together`, each
:func:`problem` block's refusal is kept and the checks run on, so that a file's independent
mistakes are named in one error, each column as the caller calls it (:func:`columns_named`);
inside :func:`conflicts_reported`, a fold's fit warns of nothing its caller warned of.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .exceptions import InvalidInputError, quoted
from .names import _conflicts

# The refusals this thread's open problems_together block has kept (see problem()).
_together = threading.local()


@contextmanager
def problems_together(names: dict[str, str] | None = None) -> Iterator[None]:
    """Inside the block, the refusal (:class:`InvalidInputError`) of each :func:`problem`
    block is kept, not raised, and the checks after it run on; at the end of the outermost
    block, the refusals kept are raised as one, a problem a line under "3 problems:" (one
    alone as it is). So a file's independent mistakes (a blank label, a missing stance, a
    label in another case…) are named in one run, not one a run. A refusal raised outside
    any problem block inside it joins them too.

    ``names`` maps what the checks of whole columns call one ("labels", "stance") to what the
    caller calls it ("labels_column='code'"), so that each problem of a column names it alike;
    the joined error's ``problems`` holds the problems' lines.

    >>> with problems_together({"labels": "labels_column='code'"}):
    ...     with problem():
    ...         raise InvalidInputError("labels_column='code': row 2 has no label")
    ...     with problem():
    ...         raise InvalidInputError("labels: label names differ only in case: 'Gas' (1: row 3) and 'gas' (9)")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: 2 problems:
      (1) labels_column='code': row 2 has no label
      (2) labels_column='code': label names differ only in case: 'Gas' (1: row 3) and 'gas' (9)
    """
    outer = getattr(_together, "found", None)
    found: list[InvalidInputError] = [] if outer is None else outer
    called: dict[str, str] = {} if outer is None else _together.names
    for generic, name in (names or {}).items():
        called.setdefault(generic, name)
    _together.found, _together.names = found, called
    try:
        yield
    except InvalidInputError as error:
        if outer is not None or not found:
            raise
        _keep(found, error)
    finally:
        _together.found = outer
    if outer is None and found and not all(getattr(error, "beside_others", False) for error in found):
        if len(found) == 1:
            raise _problem_named(found[0], called)
        raise _problems_as_one(found, called)


def _problem_named(error: InvalidInputError, names: dict[str, str]) -> InvalidInputError:
    """``error``, one refusal of a whole column ("labels: label names differ only in case…"),
    naming the column as ``names`` call it when that is not what it says already: of a column
    ``code``, "labels_column='code': …"; of one called ``labels``, as it was.

    >>> str(_problem_named(InvalidInputError("labels: two names"), {"labels": "labels_column='code'"}))
    "labels_column='code': two names"
    >>> str(_problem_named(InvalidInputError("labels: two names"), {"labels": "labels_column='labels'"}))
    'labels: two names'
    """
    line = _line_named(str(error), names)
    if line == str(error):
        return error
    renamed = type(error)(line)
    renamed.__dict__.update(error.__dict__)
    return renamed


def _line_named(line: str, names: dict[str, str]) -> str:
    """``line``, a problem of a whole column, naming the column as ``names`` call it, unless
    that is what it says already (see :func:`_problem_named`)."""
    generic, _, rest = line.partition(": ")
    name = names.get(generic)
    if not rest or name is None or name == f"{generic}_column={quoted(generic)}":
        return line
    return f"{name}: {rest}"


def columns_named(error: InvalidInputError, names: dict[str, str]) -> InvalidInputError:
    """``error``, raised by checks of whole columns that call them "labels" and "stance", or
    by :func:`problems_together` with several such problems, naming each column as the caller
    calls it (``names``: {"labels": "labels_column='code'"}): stance.train of columns ``code``
    and ``pos`` said "labels: label names differ only in case…", which column left to guess.

    >>> names = {"labels": "labels_column='code'", "stance": "stance_column='pos'"}
    >>> print(columns_named(_problems_as_one([InvalidInputError("labels: a"), InvalidInputError("stance: b")], {}),
    ...                     names))
    2 problems:
      (1) labels_column='code': a
      (2) stance_column='pos': b
    """
    lines = getattr(error, "problems", None)
    if not lines:
        return _problem_named(error, names)
    return _problems_as_one([InvalidInputError(_line_named(line, names)) for line in lines], {})


def _problems_as_one(found: Sequence[InvalidInputError], names: dict[str, str]) -> InvalidInputError:
    """The refusals ``found`` as one error, a problem a line, each column named as ``names``
    name it (see :func:`problems_together`). Their clauses are joined by "; " within a
    problem, so problems so joined ran together on one line of 900 characters."""
    lines = []
    for error in found:
        line = str(error).splitlines()[0]
        generic, _, rest = line.partition(": ")
        lines.append(f"{names[generic]}: {rest}" if rest and generic in names else line)
    joined = InvalidInputError(f"{len(found)} problems:\n" + "\n".join(f"  ({n}) {line}"
                                                                      for n, line in enumerate(lines, 1)))
    joined.problems = lines  # for the command line, to say each in its words
    return joined


@contextmanager
def problem() -> Iterator[None]:
    """A check whose refusal, inside :func:`problems_together`, is kept to be raised with the
    others at its end; outside one, raised as it comes."""
    found = getattr(_together, "found", None)
    try:
        yield
    except InvalidInputError as error:
        if found is None:
            raise
        _keep(found, error)


@contextmanager
def problem_beside_others() -> Iterator[None]:
    """A :func:`problem` named only beside another refusal: alone, it is dropped at the end of
    the outermost :func:`problems_together`, so that a later check names it in its own words
    (cross-validation's fold check names a label too rare for any fold so), but a file's other
    problems do not hide it for a run. Outside such a block, raised as it comes.

    >>> with problems_together():
    ...     with problem_beside_others():
    ...         raise InvalidInputError("labels: 'nucelar' (1: row 5)")
    >>> with problems_together():
    ...     with problem_beside_others():
    ...         raise InvalidInputError("labels: 'nucelar' (1: row 5)")
    ...     with problem():
    ...         raise InvalidInputError("stance: 'favour' (1: row 3)")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: 2 problems:
      (1) labels: 'nucelar' (1: row 5)
      (2) stance: 'favour' (1: row 3)
    """
    with problem():
        try:
            yield
        except InvalidInputError as error:
            error.beside_others = True  # read by problems_together, at its end
            raise


def _keep(found: list[InvalidInputError], error: InvalidInputError) -> None:
    """Keep ``error`` among the refusals ``found``, unless one of them says the same: two
    checks may refuse the same rows for one reason (the data read, then the rows that pass
    it, each find a single label), and "2 problems: (1) … (2) the same" counted one twice.

    >>> found = [InvalidInputError("labels: need at least two different labels to train, got ['unity']")]
    >>> _keep(found, InvalidInputError(str(found[0]))); _keep(found, InvalidInputError("stance: 'pro' (1: row 3)"))
    >>> len(found)
    2
    """
    if all(str(error) != str(kept) for kept in found):
        found.append(error)


def problems_found() -> int:
    """How many refusals the open :func:`problems_together` block has kept (0 outside one)."""
    return len(getattr(_together, "found", None) or ())


@contextmanager
def conflicts_reported():
    """Inside the block, training gives no warning of conflicting duplicates, joined labels,
    stances on off-topic rows, stance values spelt two ways or an off-topic label of no row:
    the caller (cross-validation, the label check) has warned of the whole data, naming its
    rows by its index, and each fold's fit would name them again by their place in the fold,
    with the fold's counts (or find a label of the data missing from a fold's rows). The advice of
    another language is the caller's too, once (see :func:`language_advised_once`)."""
    outer = getattr(_conflicts, "reported", False), getattr(_conflicts, "language_advised", False)
    _conflicts.reported, _conflicts.language_advised = True, False
    try:
        yield
    finally:
        _conflicts.reported, _conflicts.language_advised = outer


def language_advised_once(model: Any, texts: Sequence[Any]) -> None:
    """Inside :func:`conflicts_reported`, give ``model``'s advice of the language of the whole
    data's ``texts`` (:meth:`stance.StanceModel._warn_of_language`); the folds' fits then give none.
    Where the whole data called for none, the first fold fit whose training rows call for it still
    gives it (folds grouped by language: one fold's model trained on Polish alone), once a call,
    as each fold's fit gave it before the caller advised (see :meth:`stance.StanceModel._fit_checked`).

    >>> import stance
    >>> with conflicts_reported():
    ...     language_advised_once(stance.StanceModel(), ["We stand with Ukraine."])
    ...     _conflicts.language_advised
    False
    """
    _conflicts.language_advised = model._warn_of_language(texts)

"""Exceptions raised by :mod:`stance`.

Each class also subclasses the built-in that fits it, so callers can catch narrowly
(``except stance.ModelIntegrityError``) or broadly (``except ValueError``).
"""

from __future__ import annotations

import numbers
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


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
    stance.exceptions.InvalidInputError: text_column='text': no such column; columns present: ['body']
    """


class InvalidTypeError(StanceError, TypeError):
    """An argument has the wrong type (for example ``None`` where a str is expected).

    >>> import stance
    >>> stance.classify_many("one statement")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: texts must be an iterable of str (a list, Series, …), got a single str;
    wrap it in a list, or use classify() for one statement
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


class MissingDependencyError(StanceError, ImportError):
    """An optional dependency (an extra such as ``stance[plot]``) is not installed; an
    ``ImportError``, whose message names the extra to install.

    >>> import stance
    >>> issubclass(stance.MissingDependencyError, ImportError)
    True
    """


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
    """


def warn(message: str) -> None:
    """Give a :class:`StanceWarning`, attributed to the first caller outside :mod:`stance`:
    the user's line that trained or scored, however deep inside the package it was found
    (a fixed ``stacklevel`` named a line of ours whenever the path to it changed). Inside
    :func:`warnings_once` it is kept until the block ends, with that line."""
    import os
    import sys
    import warnings

    package = os.path.dirname(os.path.abspath(__file__)) + os.sep
    frame, level = sys._getframe(1), 2  # level 2: warn()'s caller, as warnings.warn counts
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(package):
        frame, level = frame.f_back, level + 1
    pending = getattr(_held, "pending", None)
    if pending is None:
        warnings.warn(message, StanceWarning, stacklevel=level)
    else:
        pending.setdefault(message, (frame.f_code.co_filename, frame.f_lineno, frame.f_globals))


# The warnings each thread's open warnings_once block holds back, with where each was given.
_held = threading.local()


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
        for message, (filename, lineno, module_globals) in pending.items():
            # As warnings.warn gives it from that line: its module's registry, its source.
            given = {"module": module_globals.get("__name__"),
                     "registry": module_globals.setdefault("__warningregistry__", {})}
            try:
                warnings.warn_explicit(message, StanceWarning, filename, lineno, **given,
                                       module_globals=module_globals)
            except ImportError:
                # The module's loader has no source to show: `python -c` and a script on
                # stdin run as __main__ with the built-in importer, whose get_source raises
                # ("'__main__' is not a built-in module"), which sank the finished folds.
                warnings.warn_explicit(message, StanceWarning, filename, lineno, **given)


def type_name(value: object) -> str:
    """Name a value's type the way an error message should (``'NoneType'``, ``'bytes'``)."""
    return type(value).__name__


def decode_hint(value: object) -> str:
    """What to add to a "must be a str" message when ``value`` is bytes (a file read with "rb").

    >>> decode_hint(b"We stand together."), decode_hint(None)
    (" (decode bytes first, e.g. text.decode('utf-8'))", '')
    """
    return " (decode bytes first, e.g. text.decode('utf-8'))" if isinstance(value, bytes) else ""


def is_int(value: Any) -> bool:
    """An int, numpy's included (a count from ``np.arange`` or ``len(array)``), but not a
    bool: to Python ``True`` is 1, never a count or a seed here.

    >>> import numpy as np
    >>> is_int(3), is_int(np.int64(3)), is_int(True), is_int(3.0)
    (True, True, False, False)
    """
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """An int or float, numpy's included, but not a bool.

    >>> import numpy as np
    >>> is_number(0.3), is_number(np.float32(0.3)), is_number(False), is_number("0.3")
    (True, True, False, False)
    """
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def require_seed(name: str, value: Any) -> None:
    """Refuse a random seed numpy cannot use, naming the argument (numpy's own error names none).

    >>> require_seed("random_state", "a")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: random_state must be an int from 0 to 4294967295, got 'a'
    """
    if not is_int(value) or not 0 <= value <= SEED_MAX:
        raise InvalidInputError(f"{name} must be an int from 0 to {SEED_MAX}, got {value!r}")


SEED_MAX = 2**32 - 1  # numpy's RandomState takes seeds below 2**32

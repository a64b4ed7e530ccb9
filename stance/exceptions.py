"""Exceptions raised by :mod:`stance`.

Each class also subclasses the built-in that fits it, so callers can catch narrowly
(``except stance.ModelIntegrityError``) or broadly (``except ValueError``).
"""

from __future__ import annotations


class StanceError(Exception):
    """Base class of every error that :mod:`stance` raises on purpose."""


class InvalidInputError(StanceError, ValueError):
    """Input data has the right type but unusable content (missing column, bad label, …)."""


class InvalidTypeError(StanceError, TypeError):
    """An argument has the wrong type (for example ``None`` where a str is expected)."""


class NotFittedError(StanceError, ValueError, AttributeError):
    """A model method that needs learned parameters was called before ``fit``."""


class ModelFormatError(StanceError, ValueError):
    """A model directory is not a model this version of :mod:`stance` can read."""


class ModelIntegrityError(ModelFormatError):
    """A model directory's files do not match their recorded checksums."""


class MissingDependencyError(StanceError, ImportError):
    """An optional dependency (an extra such as ``stance[plot]``) is not installed."""


class StanceWarning(UserWarning):
    """Base class of every warning :mod:`stance` gives, so a service can filter them:
    ``warnings.filterwarnings("ignore", category=stance.StanceWarning)``."""


def warn(message: str, stacklevel: int = 1) -> None:
    """Give a :class:`StanceWarning`; ``stacklevel`` counts from the caller, as for
    :func:`warnings.warn`."""
    import warnings

    warnings.warn(message, StanceWarning, stacklevel=stacklevel + 1)


def type_name(value: object) -> str:
    """Name a value's type the way an error message should (``'NoneType'``, ``'bytes'``)."""
    return type(value).__name__

"""The bundled default model: found inside the installed package, loaded once, lazily."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import _forksafe as forksafe

if TYPE_CHECKING:
    from .model import StanceModel

_lock = forksafe.Lock()
_default: StanceModel | None = None


def default_model_path() -> Path:
    """Where the bundled model lives: inside the installed package, or ``models/default``
    of a source checkout."""
    with forksafe.IMPORTING:  # importlib.resources imports its readers on first use
        from importlib.resources import files

        packaged = Path(str(files("stance") / "_bundled" / "default"))
    if (packaged / "checksums.json").is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "models" / "default"


def default_model() -> StanceModel:
    """The bundled NATO stance model (loaded on first use, then cached; thread-safe).

    >>> from stance import default_model
    >>> default_model().labels
    ('deterrence', 'eastern_flank', 'none', 'ukraine_support', 'unity')
    """
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = forksafe.imported(".persistence").load_model(default_model_path())
    return _default

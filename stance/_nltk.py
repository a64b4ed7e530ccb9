"""Load single nltk modules without running ``nltk/__init__.py``.

``import nltk`` (or any ``from nltk.x import y``) first runs nltk's package ``__init__``,
which imports scipy.stats, scikit-learn and pandas: 1.2–1.4 s. The two modules we use,
the Snowball stemmer and the Punkt sentence tokenizer, need none of that. So, unless the
user has already imported nltk, we run those modules' files (and the nltk modules they
import) as a private copy under the name ``_stance_nltk``, with lightweight stand-ins for
their parent packages. The code that runs is nltk's own, unchanged: only where its
``import nltk…`` statements look differs.

``sys.modules["nltk…"]`` is never touched, so another thread that imports nltk while we
load gets the real package, and so does anyone later.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

from . import _forksafe as forksafe

# Reentrant: loading one private module runs imports of others. A child forked while
# another thread ran a module here would see it half-run: forks wait for this lock, which
# is the one stance's own imports on the way to classifying hold.
_lock = forksafe.IMPORTING
_loaded: dict[str, types.ModuleType] = {}
_builtins_by_root: dict[Path, dict[str, Any]] = {}
_PRIVATE = "_stance_nltk"
# Packages whose __init__ we do not run. nltk.corpus is only referenced by the stemmer for
# its optional stop-word mode, which we never use; its __init__ would load corpus readers.
_STAND_INS = ("nltk", "nltk.stem", "nltk.tokenize", "nltk.corpus")


def load(name: str) -> types.ModuleType:
    """Return the nltk module ``name`` (e.g. ``"nltk.stem.snowball"``), loaded cheaply.

    >>> load("nltk.stem.snowball").SnowballStemmer("english").stem("alliances")
    'allianc'
    """
    with _lock:
        if name in _loaded:
            return _loaded[name]
        real_nltk_in_use = "nltk" in sys.modules
        module = importlib.import_module(name) if real_nltk_in_use else _private_module(name, _nltk_root())
        _loaded[name] = module
        return module


def _nltk_root() -> Path:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed: pip install nltk")
    return Path(next(iter(spec.submodule_search_locations)))


def _private_name(name: str) -> str:
    return _PRIVATE + name[len("nltk"):]


def _private_module(name: str, root: Path) -> types.ModuleType:
    """The private copy of nltk module ``name``, loaded (with its parents) on first request."""
    private = _private_name(name)
    module = sys.modules.get(private)
    if module is not None:
        return module
    parent_name, _, child = name.rpartition(".")
    parent = _private_module(parent_name, root) if parent_name else None
    relative = Path(*name.split(".")[1:])
    if name in _STAND_INS:
        module = types.ModuleType(private)
        module.__path__ = []  # a package, so that submodules can be set on it
        module.__package__ = private
        if name == "nltk.corpus":
            module.stopwords = None
        sys.modules[private] = module
    else:
        package_init = root / relative / "__init__.py"
        if package_init.is_file():
            spec = importlib.util.spec_from_file_location(private, package_init, submodule_search_locations=[])
        else:
            spec = importlib.util.spec_from_file_location(private, root / relative.with_suffix(".py"))
        if spec is None or spec.loader is None or not Path(str(spec.origin)).is_file():
            raise ModuleNotFoundError(f"No module named {name!r} in {root}", name=name)
        module = importlib.util.module_from_spec(spec)
        # Imports inside the module (at load time and in its functions later) look up
        # __import__ in these builtins, so "from nltk.x import y" finds the private copy.
        module.__builtins__ = _private_builtins(root)
        # Registered under the private name while it runs, as the import system would
        # (dataclasses and pickle look a class's module up there); "nltk" stays untouched.
        sys.modules[private] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[private]
            raise
    if parent is not None:
        setattr(parent, child, module)
    return module


def _private_builtins(root: Path) -> dict[str, Any]:
    if root not in _builtins_by_root:
        private_builtins = dict(vars(builtins))
        private_builtins["__import__"] = _private_import(root)
        _builtins_by_root[root] = private_builtins
    return _builtins_by_root[root]


def _private_import(root: Path):
    """An ``__import__`` that sends absolute imports of nltk to the private copy, and every
    other import to the process's ``__import__`` of the moment (an import hook installed
    later is honoured)."""

    def private_import(name: str, globals: dict | None = None, locals: dict | None = None,
                       fromlist: tuple = (), level: int = 0) -> types.ModuleType:
        if level or not (name == "nltk" or name.startswith("nltk.")):
            return builtins.__import__(name, globals, locals, fromlist, level)
        with _lock:
            module = _private_module(name, root)
            if not fromlist:
                return _private_module("nltk", root)
            for attribute in fromlist:
                if attribute != "*" and not hasattr(module, attribute) and hasattr(module, "__path__"):
                    # As the import system does: a name that is no submodule is left for
                    # "from … import" to report.
                    with contextlib.suppress(ModuleNotFoundError):
                        _private_module(f"{name}.{attribute}", root)
            return module

    return private_import


"""Load single nltk modules without running ``nltk/__init__.py``.

``import nltk`` (or any ``from nltk.x import y``) first runs nltk's package ``__init__``,
which imports scipy.stats, scikit-learn and pandas: 1.2–1.4 s. The two modules we use,
the Snowball stemmer and the Punkt sentence tokenizer, need none of that. So, unless the
user has already imported nltk, we load them with lightweight stand-ins for their parent
packages, then take every stand-in and module we added out of ``sys.modules`` again, so
that a later ``import nltk`` by anyone gets the real package. The code that runs is nltk's
own, unchanged: only the order of imports differs.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

_lock = threading.Lock()
_loaded: dict[str, types.ModuleType] = {}
# Parent packages replaced by stand-ins while loading; nltk.corpus is only referenced by
# the stemmer for its optional stop-word mode, which we never use.
_PACKAGES = ("nltk", "nltk.stem", "nltk.tokenize")


def load(name: str) -> types.ModuleType:
    """Return the nltk module ``name`` (e.g. ``"nltk.stem.snowball"``), loaded cheaply."""
    with _lock:
        if name in _loaded:
            return _loaded[name]
        real = sys.modules.get("nltk")
        if real is not None and not getattr(real, "_stance_stand_in", False):
            module = importlib.import_module(name)
        else:
            module = _load_detached(name)
        _loaded[name] = module
        return module


def _load_detached(name: str) -> types.ModuleType:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed: pip install nltk")
    before = set(sys.modules)
    root = list(spec.submodule_search_locations)
    for package in _PACKAGES:
        stand_in = types.ModuleType(package)
        stand_in.__path__ = [f"{p}/{package.split('.', 1)[1].replace('.', '/')}" if "." in package else p
                             for p in root]
        stand_in._stance_stand_in = True
        sys.modules[package] = stand_in
    corpus = types.ModuleType("nltk.corpus")
    corpus.stopwords = None
    sys.modules["nltk.corpus"] = corpus
    try:
        return importlib.import_module(name)
    finally:
        for added in set(sys.modules) - before:
            if added == "nltk" or added.startswith("nltk."):
                del sys.modules[added]

"""The words a newcomer names the bundled model by, and the rule that tells them.

Light (no numpy): :mod:`stance.argument_order`, which ``import stance`` loads, tells by it that
``stance.evaluate("Default")`` names the bundled model, as :func:`stance.load` and the command
line's ``--model`` hint at it (:mod:`stance.model_loading` loads numpy).
"""

from __future__ import annotations

import os

# Names a newcomer gives the bundled model as a folder: the command line's word for it, and "default", as in
# stance.default_model() and the checkout's models/default (the command line says --model bundled to both).
BUNDLED_NAMES = ("bundled", "default")


def meant_bundled(name: str) -> bool:
    """Whether ``name``, a path of no file or folder, is a word for the bundled model: "bundled" or
    "default" in any case and with spaces around it (as pasted from a message or a notebook cell), or
    "bundled" mistyped. A path of folders ("m/bundle") is a folder's, not the bundled model's. The
    command line's ``--model``, :func:`stance.load` and the argument order of :func:`stance.evaluate`
    and :func:`stance.suggest` all tell the bundled model by this rule.

    >>> [meant_bundled(name) for name in ("bundle", "Bundled", " bundled ", "DEFAULT", "build", "m/bundle")]
    [True, True, True, True, False, False]
    """
    from .nearest import nearest

    if os.sep in name or "/" in name:
        return False
    word = name.strip().lower()
    return word in BUNDLED_NAMES or bool(nearest(word, ["bundled"], 0.8))

"""One rule for a model and its data given in each other's places.

``stance.evaluate(model, data)`` and ``stance.suggest(model, texts)`` take the model first;
``classify``, ``classify_many``, ``score``, ``score_document`` and ``score_documents`` take
the data first and the model as ``model=``. A novice who swaps them was told that their text
"does not exist" as a model directory, or that the model is "no such column": the message
now names the order, with the call written out.
"""

from __future__ import annotations

from os import PathLike
from typing import Any

from .exceptions import ArgumentOrderError
from .model import StanceModel

_SHOWN_MAX = 60  # a longer text or path is shown by its argument's name, to keep the call on one line


def _shown(value: Any, name: str) -> str:
    """``value`` as the call written out shows it: a str or path quoted, anything else by ``name``."""
    if isinstance(value, (str, PathLike)):
        shown = repr(str(value))
        if len(shown) <= _SHOWN_MAX:
            return shown
    return name


def refuse_model_as_data(value: Any, other: Any, *, call: str, name: str, expected: str,
                         model_first: bool) -> None:
    """Refuse ``value``, given as the argument ``name`` of ``stance.<call>``, when it is a
    model: the arguments were swapped, and ``other`` (in the model's place) is the data.
    ``model_first``: ``call`` takes the model first (evaluate, suggest); else the data go
    first and the model is ``model=``.

    >>> refuse_model_as_data("a text", None, call="classify", name="text", expected="a str", model_first=False)
    """
    if not isinstance(value, StanceModel):
        return
    shown = _shown(other, name)
    if model_first:
        order = f"the model goes first: stance.{call}(model, {shown})"
    else:
        order = f"the {name} {'go' if name.endswith('s') else 'goes'} first and the model is model=: " \
                f"stance.{call}({shown}, model=model)"
    raise ArgumentOrderError(f"{name} must be {expected}, got StanceModel: {order}")


"""One rule for a model and its data given in each other's places.

``stance.evaluate(model, data)`` and ``stance.suggest(model, texts)`` take the model first (and
the data first with ``model=``: see :func:`model_by_keyword`); ``classify``, ``classify_many``,
``score``, ``score_document`` and ``score_documents`` take the data first and the model as
``model=``. A novice who swaps them was told that their text "does not exist" as a model
directory, or that the model is "no such column": the message now names the order, with the
call written out.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from os import PathLike
from typing import Any, TypeVar, cast

from .bundled_names import meant_bundled
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


# The file a saved model's folder holds (stance.model_format.METADATA), read here without loading
# that module, which `import stance` does not.
_MODEL_METADATA = "metadata.json"


def _saved_model_folder(value: Any) -> bool:
    """Whether ``value`` is the path of a folder holding a saved model: a model, not data."""
    if not isinstance(value, (str, PathLike)):
        return False
    try:
        return os.path.isfile(os.path.join(value, _MODEL_METADATA))
    except (TypeError, ValueError, OSError):  # a str with a NUL in it, say: no folder
        return False


def is_a_model(value: Any) -> bool:
    """Whether ``value`` is a model object (not its folder), as given where data belong."""
    return isinstance(value, StanceModel)


def refuse_model_as_data(value: Any, other: Any, *, call: str, name: str, expected: str,
                         model_first: bool, passed: str = "") -> None:
    """Refuse ``value``, given as the argument ``name`` of ``stance.<call>``, when it is a
    model: the arguments were swapped, and ``other`` (in the model's place) is the data, or
    None when no data was given (shown by ``name``). ``model_first``: ``call`` takes the model
    first (evaluate, suggest); else the data go first and the model is ``model=``. ``passed``:
    the call's other arguments as given, written out after the data ("text_column='speech'").

    ``other`` a model too (an object, or a folder holding one) is no swap: where the model
    goes first, it was first, and the data's own check says what they must be; where the data
    go first, the folder is written as the model, not as the data.

    >>> refuse_model_as_data("a text", None, call="classify", name="text", expected="a str", model_first=False)
    """
    if not is_a_model(value):
        return
    other_is_model = is_a_model(other) or _saved_model_folder(other)
    if model_first and other_is_model:
        return
    shown = name if other_is_model else _shown(other, name)
    arguments = ", ".join([shown, *([passed] if passed else [])])
    goes = "go" if name.endswith("s") else "goes"
    if model_first:
        order = f"the model goes first: stance.{call}(model, {arguments})"
    elif _saved_model_folder(other):  # the path is the model's: written as model=, not as the data
        folder = repr(str(other))
        order = (f"the {name} {goes} first and the model is model=, a model or its folder ({folder} holds a "
                 f"saved model): stance.{call}({arguments}, model={folder})")
    else:
        order = f"the {name} {goes} first and the model is model=: stance.{call}({arguments}, model=model)"
    raise ArgumentOrderError(f"{name} must be {expected}, got StanceModel: {order}")


_Call = TypeVar("_Call", bound=Callable[..., Any])


def _written(value: Any, name: str) -> str:
    """``value`` as a call written out shows it: a number, bool or None as itself, else as :func:`_shown`."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return _shown(value, name)


def model_by_keyword(data: str) -> Callable[[_Call], _Call]:
    """Let a function that takes the model first (``stance.evaluate(model, data)``) be called as
    ``classify``, ``score`` and ``score_file`` are, the data first and the model as ``model=``:
    a pipeline's author writes ``stance.evaluate(data, model=model)`` first, which was Python's
    bare "got multiple values for argument 'model'". ``data`` names the argument after the
    model. The data alone by position, with ``model=``, is unambiguous and taken; more
    arguments by position beside ``model=`` (is the second the data or a column?) are refused
    with an :class:`~stance.ArgumentOrderError` that writes both orders out.

    >>> @model_by_keyword("data")
    ... def evaluate(model, data, text_column="text"):
    ...     return model, data, text_column
    >>> evaluate("votes.csv", model="m")
    ('m', 'votes.csv', 'text')
    >>> evaluate("m", "votes.csv", "speech")
    ('m', 'votes.csv', 'speech')
    """
    def decorate(function: _Call) -> _Call:
        @functools.wraps(function)  # the same name, docstring and signature (inspect, help(), doctests)
        def called(*args: Any, **kwargs: Any) -> Any:
            if args and "model" in kwargs:
                if len(args) > 1 or data in kwargs:
                    raise ArgumentOrderError(_model_given_twice(function, data, args, kwargs))
                args = (kwargs.pop("model"), args[0])
            elif len(args) == 1 and data not in kwargs and _data_alone(args[0]):
                raise ArgumentOrderError(_data_in_the_models_place(function.__name__, data, args[0]))
            elif not args and data in kwargs and "model" not in kwargs:
                raise ArgumentOrderError(_no_model(function.__name__, data, kwargs[data]))
            return function(*args, **kwargs)

        return cast(_Call, called)

    return decorate


def _data_alone(value: Any) -> bool:
    """Whether ``value``, the one argument of a call that takes the model first, is data rather
    than a model: neither None (the bundled model's name), a model object, the folder of a saved
    model nor a word for the bundled model that names no file ("bundled", "default"), for which
    Python's own "missing 1 required positional argument" says what is missing.

    >>> _data_alone("held_out.csv"), _data_alone("bundled"), _data_alone("Default"), _data_alone(None)
    (True, False, False, False)
    """
    return (value is not None and not is_a_model(value) and not _saved_model_folder(value)
            and not _names_the_bundled_model(value))


def _names_the_bundled_model(value: Any) -> bool:
    """Whether ``value`` is a word for the bundled model that names no file or folder, by the rule
    :func:`stance.load` hints by (:func:`stance.bundled_names.meant_bundled`: "bundled", "default" in
    any case, "bundle"): ``stance.evaluate("Default")`` was told its data were in the model's place."""
    if not isinstance(value, (str, PathLike)) or not meant_bundled(os.fspath(value)):
        return False
    return not os.path.lexists(value)


def _data_in_the_models_place(call: str, data: str, value: Any) -> str:
    """What :func:`model_by_keyword` says of the data given alone (``stance.evaluate("held_out.csv")``),
    which Python took as the model and answered "missing 1 required positional argument: 'data'"
    though the data were given: the model goes first, and None names the bundled one."""
    shown = _shown(value, data)
    return (f"{call}() takes a model and the {data}, and got one argument, {shown}, in the model's place: the model "
            f"goes first, stance.{call}(model, {shown}), or stance.{call}({shown}, model=model); for the bundled "
            f"model pass model=None, stance.{call}({shown}, model=None)")


def _no_model(call: str, data: str, value: Any) -> str:
    """What :func:`model_by_keyword` says of the data given by keyword and no model
    (``stance.evaluate(data="gold.csv")``), which was Python's bare "missing 1 required positional
    argument: 'model'": the model to pass, and None for the bundled one.

    >>> print(_no_model("evaluate", "data", "gold.csv"))
    evaluate() takes a model and the data, and got data='gold.csv' with no model: pass the model first, \
stance.evaluate(model, data='gold.csv'), or as model=; for the bundled model pass model=None, \
stance.evaluate(data='gold.csv', model=None)
    """
    given = f"{data}={_shown(value, data)}"
    return (f"{call}() takes a model and the {data}, and got {given} with no model: pass the model first, "
            f"stance.{call}(model, {given}), or as model=; for the bundled model pass model=None, "
            f"stance.{call}({given}, model=None)")


def _model_given_twice(function: Callable[..., Any], data: str, args: tuple[Any, ...],
                       kwargs: dict[str, Any]) -> str:
    """What :func:`model_by_keyword` says of ``model=`` beside more than the data by position (or
    beside ``data=``, the first argument then taking the model's place): both orders written out."""
    call = function.__name__
    names = list(inspect.signature(function).parameters)[1:]  # those after the model
    # A model (or its folder) by position beside model= is the model given twice; were it called
    # the data or a column, as the orders below call the positional arguments, the advice would mislead.
    if any(is_a_model(value) or _saved_model_folder(value) for value in args):
        return (f"model is given twice, by position and as model=: pass it once, first, stance.{call}(model, {data}), "
                f"or as model=, stance.{call}({data}, model=model)")
    if data in kwargs:  # (d, data=d, model=m): no model by position, so the data were given twice
        are, them = ("are", "them") if data.endswith("s") else ("is", "it")
        return (f"{data} {are} given twice, by position ({_written(args[0], data)}) and as {data}=: pass {them} "
                f"once, stance.{call}({data}, model=model)")
    named = [f"{name}={_written(value, name)}" for name, value in zip(names[1:], args[1:])]
    first = ", ".join([_written(value, name) for name, value in zip(names, args)])
    keyword = ", ".join([_written(args[0], data), *named])
    goes = "go" if data.endswith("s") else "goes"
    return (f"model=model follows {len(args)} arguments by position, so {call} cannot tell the {data} from the "
            f"others: the model goes first, stance.{call}(model, {first}), or the {data} alone {goes} before "
            f"model=, stance.{call}({keyword}, model=model)")

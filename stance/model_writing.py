"""Writing a model's files into a folder: its arrays (``.npy``), ``vocabulary.json``,
``metadata.json``, ``MODEL_CARD.md`` and ``checksums.json``, which :mod:`stance.model_placement`
then puts in place.

Also what ``metadata.json`` records beside the weights: a user's ``metrics_`` and
``training_`` as strict JSON (:func:`savable_json`), the options the model was fitted with,
and its creation time (the files' own for a loaded model of the same parameters, else now or
SOURCE_DATE_EPOCH, :func:`source_date_epoch`), so that a save can be reproduced byte for byte.
"""

from __future__ import annotations

import io
import json
import math
import numbers
import os
import platform
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from .exceptions import InvalidInputError, InvalidTypeError, a_type_name, quoted, type_name
from .model_format import (
    CARD,
    CHECKSUMS,
    FORMAT_NAME,
    MAX_BYTES,
    METADATA,
    SPARSE_ARRAYS,
    VOCABULARY,
    _digest_of,
    _reading,
    _sha256,
    format_to_save,
)
from .parameters import index_dtype, storage_dtype

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .parameters import ModelParameters


def _write_files(model, params: ModelParameters, folder: Path) -> str:
    """Write the model's files into ``folder``; return the parameters' digest they record."""
    files: dict[str, bytes] = {}
    for name, array in params.arrays().items():
        if name in SPARSE_ARRAYS:
            positions = np.flatnonzero(array)
            files[f"{name}_index.npy"] = _npy_bytes(positions.astype(index_dtype(array.size)))
            files[f"{name}_value.npy"] = _npy_bytes(array.ravel()[positions])
        else:
            files[f"{name}.npy"] = _npy_bytes(array)
    # One line, not one line per term: the vocabulary is the largest file, and indentation
    # added a sixth to it.
    files[VOCABULARY] = (json.dumps(params.vocabulary, ensure_ascii=False, separators=(",", ":"))
                         + "\n").encode("utf-8")
    version = format_to_save(model, params)
    training = model.__dict__.get("training_", {})
    reading = _reading(version, params.target_link, params.analyzer_options, params.stance_only_features,
                       params.labels, params.stance_classes, params.none_label,
                       training.get("label_counts") if isinstance(training, dict) else None, params.length_floor)
    metadata = build_metadata(model, params, parameters_sha256=_digest_of(files, reading), version=version)
    files[METADATA] = _checked_metadata_size(metadata, _json_bytes(metadata))
    model_card = forksafe.imported(".card").model_card
    secondary_thresholds = forksafe.imported(".info").secondary_thresholds

    # See stance.model_loading.load_model: the same files loaded, the card in the words they had.
    worded_before = getattr(model, "_card_worded_before", None) == _sha256(files[METADATA])
    retraining, note = _retraining_section(model, metadata)
    files[CARD] = model_card(metadata, secondary_thresholds(params), calibrated=params.confidence_calibration
                             is not None, worded_before=worded_before, retraining=retraining,
                             retraining_note=note).encode("utf-8", "backslashreplace")  # a metric's lone surrogate
    files[CHECKSUMS] = _json_bytes({name: _sha256(data) for name, data in sorted(files.items())})
    for name, data in files.items():
        with open(folder / name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return metadata["parameters_sha256"]


def _retraining_section(model, metadata: dict[str, Any]) -> tuple[bool, str | None]:
    """Whether the card of ``model``, saved with ``metadata``, gives "Training it again", and
    else the line it gives in its place (None: nothing). Its recipe gives the parameters digest
    "under the versions above", true only of the versions that trained the model, which are not
    recorded: so a model trained now gets the section, a loaded one keeps it only while saved
    under the versions that saved it before (the recipe's), and one loaded without it never
    gets one (a card before the section, the bundled model's, which no command trains).

    >>> from types import SimpleNamespace
    >>> loaded = SimpleNamespace(saved_={"versions": {"stance": "0.15.0"}}, _card_without_retraining=False)
    >>> _retraining_section(loaded, {"versions": {"stance": "0.15.0"}})
    (True, None)
    >>> _retraining_section(loaded, {"versions": {"stance": "0.16.0"}})[1][:28]
    'No recipe to train it again:'
    """
    saved = getattr(model, "saved_", None)
    if not isinstance(saved, dict):  # trained (or fitted again) in this process
        return True, None
    if getattr(model, "_card_without_retraining", False):  # loaded without it
        return False, getattr(model, "_card_retraining_note", None)
    if metadata.get("versions") == saved.get("versions"):
        return True, None
    return False, forksafe.imported(".card").retraining_left_out(saved.get("versions") or {})


def _checked_metadata_size(metadata: dict[str, Any], data: bytes) -> bytes:
    """``data``, metadata.json's bytes, refused when a load would refuse them as too large
    (:data:`MAX_BYTES`): saved, the model could not be loaded again. The refusal names the
    entry that takes the most (``metrics_``, which a user sets, as a rule).

    >>> metadata = {"labels": ["a", "b"], "metrics": {"report": "x" * 2**20}}
    >>> _checked_metadata_size(metadata, _json_bytes(metadata))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: cannot save the model: ... (1,048,576): 'metrics' takes 1,048,594 of them; ...
    """
    if len(data) <= MAX_BYTES[METADATA]:
        return data
    sizes = {key: len(_json_bytes(value)) for key, value in metadata.items()}
    largest = max(sizes, key=sizes.__getitem__)
    raise InvalidInputError(f"cannot save the model: its {METADATA} would hold {len(data):,} bytes, more than a "
                            f"model's may ({MAX_BYTES[METADATA]:,}): {largest!r} takes {sizes[largest]:,} of them; "
                            f"keep large results beside the model")


def _npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(array, dtype=storage_dtype(array)), allow_pickle=False)
    return buffer.getvalue()


def build_metadata(model, params: ModelParameters, parameters_sha256: str, version: int) -> dict[str, Any]:
    """The readable description saved beside the weights, of model format ``version``."""
    from . import __version__

    # not sklearn.__version__: a save of a loaded model imported scikit-learn (2-7 s)
    installed = forksafe.imported(".info").installed
    filled = model.__dict__.get("_filled_at_load", ())  # what the files it was loaded from did not record

    metadata = {
        "format": FORMAT_NAME,
        "format_version": version,
        "labels": list(params.labels),
        "none_label": params.none_label,
        "stance_classes": list(params.stance_classes),
        "target_link": params.target_link,
        "analyzer": params.analyzer_options,
        # Not where the files loaded had none (0.1.0's format 2) and it is still empty: saved as
        # they saved it, a model that describes itself as they did keeps its creation time.
        **({} if not params.stance_only_features and "stance_only_features" in filled
           else {"stance_only_features": list(params.stance_only_features)}),
        "n_features": len(params.vocabulary),
        # Only with one: a model without a floor saves what it saved before the option.
        **({} if params.length_floor is None else {"length_floor": params.length_floor}),
        # What the weights were fitted with, not options set since (set_params refits nothing).
        "options": _recorded_options(model.fitted_options_, filled),
        "parameters_sha256": parameters_sha256,
        # A user's entry (build.py sets "source") is held to strict JSON too: a Path stopped the save
        # with json's bare "Object of type PosixPath is not JSON serializable".
        "training_data": savable_json(model.__dict__.get("training_") or {}, "training_"),
        "metrics": savable_json(model.__dict__.get("metrics_") or {}),
        "versions": {
            "stance": __version__,
            "scikit-learn": installed("scikit-learn"),
            # Training gives the same parameters only under the same scikit-learn and scipy.
            "scipy": installed("scipy"),
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
    }
    metadata["created"] = _creation_time(model, parameters_sha256)
    # Keys a user added to the metadata.json the model was loaded from (notes, an experiment's
    # name), as loaded and after stance's: a save over that folder deleted the only copy. Older
    # releases drop them at their own save, which is theirs to do; a refit (a new model) has none.
    # As strict JSON, as metrics_ is (a NaN loaded was written back as a bare NaN).
    for key, value in (model.__dict__.get("_kept_metadata") or {}).items():
        metadata.setdefault(key, savable_json(value, f"{METADATA}[{key!r}]"))
    return metadata


def savable_json(value: Any, where: str = "metrics_") -> Any:
    """``value``, a user's ``metrics_`` or ``training_`` (or an entry of it, at ``where``), as
    strict JSON holds it: numpy numbers as JSON numbers, NaN and infinities as null (JSON has neither, and
    json.dumps wrote a bare NaN that JavaScript and Go refuse), tuples and arrays as lists.
    Anything else is refused, naming the entry, as json's TypeError named none.

    >>> savable_json({"f1": np.float32(0.5), "rows": np.int64(40), "against_f1": float("nan")})
    {'f1': 0.5, 'rows': 40, 'against_f1': None}
    >>> savable_json({"when": datetime(2026, 1, 1)})
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: cannot save the model: metrics_['when'] is a datetime, which JSON cannot
    hold; give numbers, strings, lists or dicts of them (str(value) keeps its text)
    """
    if isinstance(value, dict):
        saved: dict[str, Any] = {}
        keys: dict[str, Any] = {}
        for key, item in value.items():
            name = _json_key(key, where)
            if name in keys:  # {1: 0.1, "1": 0.2} loaded back as {"1": 0.2}, 0.1 lost without a word
                raise InvalidTypeError(
                    f"cannot save the model: {where} has the keys {quoted(keys[name])} and {quoted(key)}, which "
                    f"JSON writes alike ({quoted(name)}): one value would be lost; give them keys of their own")
            keys[name] = key
            saved[name] = savable_json(item, f"{where}[{key!r}]")
        return saved
    if isinstance(value, (list, tuple, np.ndarray)):
        return [savable_json(item, f"{where}[{n}]") for n, item in enumerate(list(value))]
    if value is None or isinstance(value, (str, bool, np.bool_)):
        return value if not isinstance(value, np.bool_) else bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value) if math.isfinite(value) else None
    raise InvalidTypeError(f"cannot save the model: {where} is {a_type_name(value)}, which JSON cannot hold; give "
                           f"numbers, strings, lists or dicts of them (str(value) keeps its text)")


def _json_key(key: Any, where: str) -> str:
    """A key of ``metrics_`` or ``training_`` as JSON holds it: a str, or a number, bool or
    None as json.dumps writes it (a year of ``by_group().to_dict()``, 2024, loads back as
    "2024"); any other key is refused. Two keys JSON writes alike are refused by
    :func:`savable_json`, which sees them both.

    >>> _json_key(2024, "metrics_"), _json_key(True, "metrics_")
    ('2024', 'true')
    """
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (bool, numbers.Real)):  # json.dumps's own conversions
        return json.dumps(savable_json(key))
    raise InvalidTypeError(f"cannot save the model: {where} has the key {quoted(key)} ({type_name(key)}); "
                           f"JSON keys are strings (str(key) is one)")


def _creation_time(model=None, parameters_sha256: str | None = None) -> str:
    """When the model was created: for a loaded model whose parameters digest is still the
    one its files recorded (``parameters_sha256``), the time those record: it says when the
    model was trained, which new metrics, a new ``source`` or a save under other versions do
    not change; else now, or SOURCE_DATE_EPOCH when set (reproducible builds).

    >>> from types import SimpleNamespace
    >>> loaded = SimpleNamespace(saved_={"created": "2026-12-01T18:11:04+00:00", "parameters_sha256": "ab"})
    >>> _creation_time(loaded, "ab"), _creation_time(loaded, "cd") != "2026-12-01T18:11:04+00:00"
    ('2026-12-01T18:11:04+00:00', True)
    """
    saved = getattr(model, "saved_", None)
    # A loaded model trained anew is not the model created then (fit sets saved_ to None), nor
    # one saved in a format of another digest (format 1's, saved as format 2).
    if (isinstance(saved, dict) and isinstance(saved.get("created"), str) and parameters_sha256 is not None
            and saved.get("parameters_sha256") == parameters_sha256):
        return saved["created"]
    epoch = source_date_epoch()
    if epoch is not None:
        return (_EPOCH + timedelta(seconds=epoch)).isoformat(timespec="seconds")
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# The last second a creation time can name (datetime's, at the end of 9999).
LATEST_EPOCH = 253402300799
_WHOLE_SECONDS = re.compile(r"[0-9]+")


def source_date_epoch(value: str | None = None) -> int | None:
    """The creation time that SOURCE_DATE_EPOCH (reproducible builds) gives a model trained
    anew, in seconds since 1970-01-01 UTC; None when it is not set. ``value`` is read in
    place of the environment's. Refused with :class:`InvalidInputError`: anything but ASCII
    digits (spaces around them aside) or a time past 9999, which were ignored in silence (-5,
    as the model was then created now) or failed the save after the training (year out of
    range); and an empty value, on which scikit-learn's import fails (numpy's f2py reads it).
    So a save, ``stance.train`` and ``stance train`` check it before they start.

    >>> source_date_epoch(" 1700000000\\n")
    1700000000
    >>> source_date_epoch("-5")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: SOURCE_DATE_EPOCH='-5' is not a creation time: expected whole seconds ...
    """
    if value is None:
        value = os.environ.get("SOURCE_DATE_EPOCH")
        if value is None:
            return None
    expected = "whole seconds since 1970-01-01 UTC"
    if not value:
        raise InvalidInputError(f"SOURCE_DATE_EPOCH is set but empty: expected {expected}, such as 1700000000 "
                                f"(date +%s), or the variable unset")
    # Not int(), which takes '-5', '+5', '1_700_000_000' and other scripts' digits as well,
    # nor int() of more digits than the latest time has (5,000 digits: Python's digit limit).
    digits = value.strip()
    if (not _WHOLE_SECONDS.fullmatch(digits) or len(digits.lstrip("0")) > len(str(LATEST_EPOCH))
            or int(digits) > LATEST_EPOCH):
        raise InvalidInputError(f"SOURCE_DATE_EPOCH={quoted(value)} is not a creation time: expected {expected}, "
                                f"from 0 to {LATEST_EPOCH} (the end of 9999), such as 1700000000 (date +%s), "
                                f"or the variable unset")
    return int(digits)


def refuse_what_numpy_cannot_read(value: str | None = None) -> None:
    """Refuse, as :func:`source_date_epoch` does, a SOURCE_DATE_EPOCH that numpy's f2py
    cannot read (``int()`` of it fails), before an import of scikit-learn, SciPy or Dask,
    which import f2py: it failed with a ValueError in numpy's own traceback (``SOURCE_DATE_EPOCH=``,
    ``1.7e9``). What it reads passes (``-5``): an entry that records no time imports them
    under it as before, and :func:`source_date_epoch` refuses it where a time is recorded.
    ``value`` is read in place of the environment's.

    >>> refuse_what_numpy_cannot_read("1.7e9")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: SOURCE_DATE_EPOCH='1.7e9' is not a creation time: expected whole seconds ...
    >>> refuse_what_numpy_cannot_read("-5")
    """
    if value is None:
        value = os.environ.get("SOURCE_DATE_EPOCH")
        if value is None:
            return
    try:
        int(value)  # as numpy/f2py/rules.py reads it
    except ValueError:
        source_date_epoch(value)  # refuses all that int() refuses, in its words


def _recorded_options(options: dict[str, Any], filled: Sequence[str] = ()) -> dict[str, Any]:
    """The options a save records: as given, but a language named in another case
    ("French", "English") in lower case, as the analyzer names it, so that one model saves
    one way; and without the ``filled`` ones, which the files it was loaded from did not
    record (saved before the option) and a load filled in off, while they are still off: a
    model saved before today's ``spelling`` re-saved with ``"spelling": false`` added, and so
    was taken for another model, created now.

    >>> _recorded_options({"stem": "French", "C": 30.0}), _recorded_options({"stem": "English"})
    ({'stem': 'french', 'C': 30.0}, {'stem': 'english'})
    >>> _recorded_options({"C": 30.0, "spelling": False}, filled=("spelling",))
    {'C': 30.0}
    >>> _recorded_options({"negation_words": ("Nie", "NIGDY")}), _recorded_options({"negation_words": "Polish"})
    ({'negation_words': ['nie', 'nigdy']}, {'negation_words': 'polish'})
    >>> _recorded_options({"C": 30.0, "stance_ignores": None}), _recorded_options({"stance_ignores": ["Hungary"]})
    ({'C': 30.0}, {'stance_ignores': ['Hungary']})
    """
    from .model import OFF_IN_OLDER_MODELS
    from .text import check_negation_words, negation_word_list

    stem = options.get("stem")
    if isinstance(stem, str) and stem != stem.lower():
        options = {**options, "stem": stem.lower()}
    # A language as the analyzer's table names it, and words given as the model reads them.
    words = options.get("negation_words")
    if words is not None and not check_negation_words(words):
        options = {**options, "negation_words": words.lower() if isinstance(words, str)
                   else list(negation_word_list(words))}
    unrecorded = [name for name in filled if name in options and options[name] == OFF_IN_OLDER_MODELS.get(name)]
    # Recorded only when given, as the analyzer's negation_words: a model of the default saves
    # the options versions before it saved, which load it without a warning of an unknown one.
    if options.get("stance_ignores", ()) is None:
        unrecorded.append("stance_ignores")
    if unrecorded:
        options = {name: value for name, value in options.items() if name not in unrecorded}
    return options


def _json_bytes(value: Any) -> bytes:
    text = json.dumps(value, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a user's metadata.json note, a metrics_ text) has JSON's escape, "\\ud800",
        # which reads back the same, and no UTF-8: the save died in a bare UnicodeEncodeError.
        return (json.dumps(value, indent=1, ensure_ascii=True, sort_keys=False) + "\n").encode("ascii")

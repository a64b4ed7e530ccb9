"""Saving and loading models as directories of plain data.

A model directory holds ``metadata.json`` (readable: labels, options, versions, training
data hash, metrics), ``vocabulary.json``, one ``.npy`` file per array, ``MODEL_CARD.md``
and ``checksums.json`` (SHA-256 of every other file). The per-label stance weights are
mostly zeros (a label's block only has weights for words seen in that label's statements),
so format 2 stores them as their non-zero entries (``stance_by_label_index.npy``, flat
positions, and ``stance_by_label_value.npy``); format 1 stored them whole and still loads.

Loading checks the file list and every checksum, reads arrays with ``allow_pickle=False``
and rebuilds the model from the numbers, so no code from the directory is ever executed
and a model keeps loading when scikit-learn changes. Saving writes a sibling temporary
directory and renames it into place, so a failed save leaves the previous model as it was.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import math
import numbers
import os
import platform
import re
import shutil
import stat
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from tokenize import TokenError
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from .model import StanceModel

import numpy as np

from .exceptions import (
    QUOTED_PATH_WIDTH,
    InvalidInputError,
    InvalidTypeError,
    ModelFormatError,
    ModelIntegrityError,
    decode_hint,
    is_int,
    quoted,
    type_name,
)
from .files import followed, refuse_empty_path, refuse_nul_in_path
from .parameters import ModelParameters, index_dtype, stance_only_features, storage_dtype
from .text import ANALYZER_OPTIONS, NOT_PREFIX, OPENING_PREFIX, respells

FORMAT_NAME = "stance-model"
FORMAT_VERSION = 12  # the newest format this version reads, and the one every model it fits saves in
# Before format 9, a model was saved in the oldest format that holds it, so that older
# versions of stance loaded what they could: format 3 added features only the stance head
# reads (``stance_only_features``), format 4 the confidence calibration; a model with neither
# is format 2. An older version would ignore the calibration and give other confidences,
# so it is told to upgrade instead. A model loaded from one of those formats saves in it
# again (see :func:`format_to_save`).
STANCE_ONLY_FEATURES_SINCE = 3
CONFIDENCE_CALIBRATION_SINCE = 4
STEM_LANGUAGE_SINCE = 5  # the analyzer's stem a language name, not only true or false
# The analyzer's "apostrophes" (curly apostrophes, and ‘ or ` between letters, read as
# straight; Italian elisions cut): every model trained with the default since. An older version would read those texts
# otherwise, and refuses the format; a model without the option reads as before it.
APOSTROPHES_SINCE = 6
# The analyzer's "links" (web and e-mail addresses no words, an @handle one word): every
# model trained with the default since. An older version would read a post's link as words
# ("https", "t", "co"…) and refuses the format; a model without the option reads as before it.
LINKS_SINCE = 7
# The analyzer's "spelling" (American spellings read as British ones): every English model
# trained with the default since. An older version would read "defense" as "defens", a word
# the model hardly knows, and refuses the format; a model without the option reads as before it.
SPELLING_SINCE = 8
# From format 8 the parameters' digest also covers what metadata.json says of how the arrays
# are read (the link, the analyzer, the stance-only features, how many labels and stance
# values, which label is the off-topic one): an audit set "target_link" to "softmax" and
# rewrote the checksums, and a load pinned with sha256= took it, each label's probability
# changed. The names stay out of it, as before (a label renamed in metadata.json loads).
READING_COVERED_SINCE = 8
# From format 9 it covers everything in metadata.json that a prediction reads: the label
# names and stance values in their order, the off-topic label's name and the training data's
# label_counts (which pick the label of text with no known word, in a model without an
# off-topic label). An audit swapped the two stance values and rewrote the digest and
# checksums: the pinned load took it, and every stance was flipped. The rest of metadata.json
# (options, which only a refit reads; metrics, the other training-data entries, created,
# versions) describes the model and stays out. Every model fitted from then is format 9 (10
# since INVISIBLES_SINCE, 11 since CANNOT_SINCE, 12 since HANDLES_SINCE), whatever its
# options: that a pin holds matters more than that an older version reads it.
NAMES_COVERED_SINCE = 9
# The analyzer's "invisibles" (invisible format characters dropped: a zero-width space, a word
# joiner, a byte-order mark, a joiner, a direction mark inside a word): every model trained
# with the default since. An older version would read "Ukr\u200baine" as "ukr" and "aine", two
# words the model does not know, and refuses the format; a model without the option reads as
# before it. The digest covers what format 9's covers. Every model fitted from then is
# format 10 (11 since CANNOT_SINCE, 12 since HANDLES_SINCE), whatever its options; a model loaded from format 9 saves
# in it again.
INVISIBLES_SINCE = 10
# The analyzer's "cannot" ("cannot" read as "can not", as "can't" always was, so that its
# "not" opens a negation's scope): every model trained with the default since. An older
# version would read "cannot" as one word, with no negation after it, and refuses the format;
# a model without the option reads as before it. The digest covers what format 10's covers.
# Every model fitted from then is format 11 (12 since HANDLES_SINCE), whatever its options;
# a model loaded from format 9 or 10 saves in it again.
CANNOT_SINCE = 11
# The analyzer's "handles" (with "links": a dotted handle, "@ukraine.bsky.social", "@nato.int",
# a Mastodon "@rutte@mastodon.social", read as one word, where it was cut at its dots into
# words the model knows, "ukraine" among them, or blanked as an e-mail address): every model
# trained with the default since. An older version would read "@ukraine.bsky.social" as
# "ukraine", "bsky" and "social", and refuses the format; a model without the option reads as
# before it. The digest covers what format 11's covers. Every model this version fits is
# format 12, whatever its options; a model loaded from format 9, 10 or 11 (the bundled one of
# 0.6.0) saves in it again.
HANDLES_SINCE = 12
# A model trained with a length_floor records the floor, a length, as metadata.json's
# "length_floor" (absent without one: such a model's files are what they were); the digest
# covers it, as it covers what else a prediction reads. Format 10 was not yet released when
# it came, so it is format 10's; an older format claiming one is damaged.
LENGTH_FLOOR_SINCE = 10
METADATA = "metadata.json"
VOCABULARY = "vocabulary.json"
CHECKSUMS = "checksums.json"
CARD = "MODEL_CARD.md"
ARRAY_NAMES = (
    "idf", "target_coef", "target_intercept", "thresholds",
    "stance_shared", "stance_by_label", "stance_label_bias", "stance_intercept", "confidence_calibration",
)
SPARSE_ARRAYS = ("stance_by_label",)
# Every file a model of a format this version reads can hold (checksums.json aside).
MODEL_FILES = frozenset({METADATA, VOCABULARY, CARD, *(f"{name}.npy" for name in ARRAY_NAMES),
                         *(f"{name}_{part}.npy" for name in SPARSE_ARRAYS for part in ("index", "value"))})
# The most bytes a file of a saved model may hold, far above what save_model writes (the
# bundled model's: 1 KB, 7 KB, 7 KB), checked before a file is read: a planted 30 GB file
# filled the memory. The vocabulary's and the arrays' limits follow from metadata.json.
# metadata.json is parsed into up to 30 times its size (20,000,000 empty objects in its
# metrics, 60 MB, took 1.96 GB and 30 s under the 64 MiB it had): a model of 1,000 labels
# writes 49 KB of it (16-character names), so 1 MiB leaves room for names of 400 characters
# or for 20,000 labels. A save refuses to write more (see _checked_metadata_size).
MAX_BYTES = {CHECKSUMS: 2**20, METADATA: 2**20, CARD: 2**26}
# vocabulary.json: the bundled model's terms take 13.5 bytes each, but a term of ten Chinese
# clauses (a clause is one word) takes thousands; 1 KiB refused such a model as damaged.
MAX_BYTES_PER_TERM = 2**16
MAX_BYTES_OTHERWISE = 2**31  # while metadata.json names no number of features
LOAD_ATTEMPTS = 5  # a load that meets a save in progress tries this often in all
SWAP_ATTEMPTS = 10  # a save whose swap races other saves to the same path tries this often
PATH_SHOWN = QUOTED_PATH_WIDTH  # characters of a path that a refusal quotes, as a data file's
# A save writes its staging folder within seconds, each file it adds marking the folder
# changed, and moving a model aside marks that one changed: a staging or set-aside folder
# unchanged for longer than this (in seconds) is a killed save's, not a save in progress.
LEFTOVER_AFTER = 3600


def save_model(model: StanceModel, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write ``model`` to the directory ``path`` atomically and return the path.

    An existing directory is refused unless ``overwrite=True``; then it is replaced only
    once the new one is complete. A symbolic link is followed, as writing a file through
    one is: the directory it points to is replaced and the link is kept
    (``models/current -> v1`` still points to ``v1``, which holds the new model).
    """
    given = _as_path(path, "path")
    refuse_nul_in_path(given, "path")  # a bare ValueError from the system's calls below
    source_date_epoch()  # refused before anything is written, as nothing written would record it
    # Swapping the link itself would turn it into a directory, and left the retired link
    # behind for good (rmtree refuses links), which every later failed load took for a
    # save in progress.
    target = followed(given)
    problem = _in_use(target)
    if problem:
        raise InvalidInputError(problem)
    # What it writes is read of one copy: a refit in another thread meanwhile wrote one fit's
    # parameters beside the next one's options, files a load refused as damaged.
    model = model._pinned()
    params = model.params_
    if target.exists() and not target.is_dir():
        raise FileExistsError(f"{str(target)!r} is a file, not a model directory; choose another path")
    blocking = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise NotADirectoryError(f"{str(blocking)!r} is a file, so {str(target)!r} cannot be made under it")
    if target.exists() and not overwrite:
        raise FileExistsError(
            f"{str(target)!r} already exists; pass overwrite=True to replace it"
        )
    problem = not_a_model(target) if target.exists() else None
    if problem:
        raise FileExistsError(f"{str(target)!r} exists and is not a stance model directory ({problem}); "
                              f"refusing to replace it")
    _warn_of_options_set_since_fit(model, given)  # once nothing refuses the save
    made_folders = [folder for folder in target.parents if not folder.exists()]  # deepest first
    replacing = (target / CHECKSUMS).is_file()  # a model is in place
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.saving-", dir=target.parent))
    except OSError as error:  # named by the directory asked for, not a hidden staging one
        _remove_empty(made_folders)
        raise OSError(error.errno, f"cannot save to {str(target)!r}: {error.strerror}") from None
    try:
        current_umask = forksafe.imported(".files").current_umask

        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes 0700; a model is shared
        _write_files(model, params, staging)
        if overwrite:
            _swap_into_place(staging, target)
        else:  # what was missing above may be there now: another save's model, say
            _move_into_place(staging, target)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_empty(made_folders)
        if isinstance(error, OSError) and error.strerror and not error.strerror.startswith("cannot save to"):
            # a full disk said "No space left on device" and no more: named as above
            raise OSError(error.errno, f"cannot save to {str(target)!r}: {error.strerror}") from None
        raise
    _remove_leftovers(target, set_aside=replacing)
    forksafe.imported(".files").raise_if_interrupted()  # one held as the model was put in place
    return given


def _warn_of_options_set_since_fit(model: StanceModel, target: Path) -> None:
    """Say that the options ``set_params`` gave a fitted model are not saved: the model
    predicts as it was fitted, so its files record the options it was fitted with (those set
    since, written beside the fitted analyzer's, made files a load refused as damaged)."""
    from .exceptions import warn

    changed = model._options_set_since_fit()
    if changed:
        listed = ", ".join(f"{name}={now!r} (fitted with {fitted!r})"
                           for name, (now, fitted) in sorted(changed.items()))
        warn(f"options set after the model was fitted take effect only after fit(): {listed}; "
             f"{str(target)!r} holds the model as fitted, and records the options it was fitted with")


def not_a_model(folder: Path) -> str | None:
    """Why the existing folder ``folder`` is not a model that a save may replace, or None.

    Replacing deletes every file in it, so it must hold nothing but an empty folder or a
    model's files: those its ``checksums.json`` lists, as a load requires. A
    ``checksums.json`` alone was taken as proof, and a save deleted the thesis beside it, or
    the notes a user had added to a model.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / CHECKSUMS).write_text("{}"), (Path(folder) / "notes.txt").write_text("mine")
    ...     not_a_model(Path(folder))
    "it holds files that are not part of a model: ['notes.txt']"

    Another save to the same path may swap its model in while this one reads: the
    ``checksums.json`` of one model and the files of the other (only one of them with a
    ``confidence_calibration.npy``) refused a valid model as holding files of no model (a
    newsroom's audit of two jobs saving to one path). So, as a load, the check is read again
    when the folder at ``folder`` is another one by its end; a folder gone meanwhile holds
    nothing a save would delete.
    """
    for attempt in range(1, LOAD_ATTEMPTS + 1):
        with _held(folder) as began:
            try:
                problem = _not_a_model_once(folder)
            except FileNotFoundError:  # the folder itself: moved aside by another save, or deleted
                now = _identity(folder)
                if now is None:
                    return None
                if now == began:
                    raise
            else:
                if _identity(folder) == began:
                    return problem  # all of it read of one folder
        time.sleep(0.05 * attempt)
    # Only saves replace it so often, but no read met one model whole to say so.
    raise OSError(errno.EBUSY, f"cannot save to {str(folder)!r}: other saves kept replacing it while it was "
                               f"checked, on each of {LOAD_ATTEMPTS} tries; try again")


def _not_a_model_once(folder: Path) -> str | None:
    """:func:`not_a_model` of what ``folder`` holds as this reads it, which another save may
    change meanwhile."""
    if not _unlisted_files(folder, {CHECKSUMS: ""}) and not (folder / CHECKSUMS).exists():
        return None  # empty, or holding only what the operating system added
    checksums = folder / CHECKSUMS
    if not checksums.exists() and not checksums.is_symlink():
        return f"it has no {CHECKSUMS}"
    try:
        if not stat.S_ISREG(checksums.stat().st_mode):  # a FIFO blocks a read, /dev/zero never ends
            return f"{str(checksums)!r} is not a regular file (a folder, pipe or device)"
        # Capped as a load caps it: read whole, a 2 GB checksums.json filled the memory.
        listed = _parse_json(_read_at_most(checksums, MAX_BYTES[CHECKSUMS]), checksums)
    except OSError as error:
        return f"{str(checksums)!r} cannot be read: {error.strerror}"
    except ModelFormatError as error:  # too big, or not JSON (ModelIntegrityError is one)
        return str(error)
    if not isinstance(listed, dict):
        return f"its {CHECKSUMS} is malformed"
    extra = _unlisted_files(folder, listed)
    return f"it holds files that are not part of a model: {extra}" if extra else None


# Files an operating system's file manager writes into a folder it shows (macOS Finder's
# .DS_Store, and ._ files beside each file on a disk that is not macOS's; Windows Explorer's
# Thumbs.db and desktop.ini), and the folder Jupyter writes beside a file opened in it
# (.ipynb_checkpoints, copies of what the file held: a look at metadata.json from a notebook
# left one, and the model could no longer be loaded or saved over): no model file has these
# names, so they are not the model's and are no user's work either. A save replaces them
# with the folder, and a load ignores them.
OS_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".ipynb_checkpoints"})


def _unlisted_files(folder: Path, listed: dict[str, Any]) -> list[str]:
    """The names in ``folder`` that its checksums (``listed``) do not list, sorted, but for
    those the operating system adds (``OS_FILES``, and AppleDouble ``._`` files).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in (".DS_Store", "._idf.npy", "idf.npy", "notes.txt"):
    ...         _ = (Path(folder) / name).write_text("")
    ...     _unlisted_files(Path(folder), {"idf.npy": "…"})
    ['notes.txt']
    """
    names = {p.name for p in folder.iterdir()} - {CHECKSUMS} - set(listed) - OS_FILES
    return sorted(name for name in names if not name.startswith("._"))


def _remove_leftovers(target: Path, *, set_aside: bool) -> None:
    """Remove the staging folders that saves to ``target`` killed long ago left beside it
    (see ``LEFTOVER_AFTER``), whole models that nothing reads, and, if ``set_aside``, the
    models they set aside.

    Only once a model in place has been replaced are set-aside copies removed: while
    ``target`` is missing, a load names the copy as the model to put back. The names
    matched are exactly those save_model makes (mkdtemp adds eight letters, digits or
    underscores), not those of a model saved as "m.old-v1" beside "m".
    """
    kinds = "saving|old" if set_aside else "saving"
    name = re.compile(rf"\.{re.escape(target.name)}\.(?:{kinds})-[a-z0-9_]{{8}}")
    try:
        left = [entry.path for entry in os.scandir(target.parent)
                if name.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False) and _left_over(entry)]
    except OSError:  # the model is saved; what is left beside it can wait for the next save
        return
    for folder in left:
        shutil.rmtree(folder, ignore_errors=True)


def _left_over(entry: os.DirEntry) -> bool:
    """Whether a save's staging or set-aside folder is a killed save's: unchanged for
    ``LEFTOVER_AFTER`` seconds (the change time, which a move marks; or, where that is the
    creation time, as on Windows, the time of the last file added)."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:  # gone meanwhile
        return False
    return time.time() - max(info.st_mtime, info.st_ctime) > LEFTOVER_AFTER


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders a failed save made for its target, deepest first, so that it leaves
    the disk as it found it; a folder something else has since put a file in stays."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def unwritable_model_path(path: str | os.PathLike) -> str | None:
    """Why a model could not be saved at ``path`` (checked before training), or None.

    The nearest folder that exists must be writable; save_model makes the rest. A folder is
    tried by making (and removing) an empty folder in it, because permissions alone do not
    tell: root passes every permission check, yet cannot make folders in /proc or on a
    read-only file system.
    """
    target = followed(Path(path))
    problem = _in_use(target)
    if problem:
        return problem
    folder = next((p for p in target.parents if p.exists()), Path("."))
    if not folder.is_dir():
        return f"{str(folder)!r} is a file, so {str(target)!r} cannot be made under it"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot save to {str(target)!r}: folder {str(folder)!r} is not writable"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".stance-check-", dir=folder))
    except OSError as error:
        return f"cannot save to {str(target)!r}: cannot make a folder in {str(folder)!r} ({error.strerror})"
    return None


def _write_files(model, params: ModelParameters, folder: Path) -> None:
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

    files[CARD] = model_card(metadata, secondary_thresholds(params),
                             calibrated=params.confidence_calibration is not None).encode("utf-8")
    files[CHECKSUMS] = _json_bytes({name: _sha256(data) for name, data in sorted(files.items())})
    for name, data in files.items():
        with open(folder / name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())


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

    metadata = {
        "format": FORMAT_NAME,
        "format_version": version,
        "labels": list(params.labels),
        "none_label": params.none_label,
        "stance_classes": list(params.stance_classes),
        "target_link": params.target_link,
        "analyzer": params.analyzer_options,
        "stance_only_features": list(params.stance_only_features),
        "n_features": len(params.vocabulary),
        # Only with one: a model without a floor saves what it saved before the option.
        **({} if params.length_floor is None else {"length_floor": params.length_floor}),
        # What the weights were fitted with, not options set since (set_params refits nothing).
        "options": _recorded_options(model.fitted_options_, model.__dict__.get("_filled_at_load", ())),
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
    metadata["created"] = _creation_time(model, _description_digest(metadata))
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
        return {_json_key(key, where): savable_json(item, f"{where}[{key!r}]") for key, item in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [savable_json(item, f"{where}[{n}]") for n, item in enumerate(list(value))]
    if value is None or isinstance(value, (str, bool, np.bool_)):
        return value if not isinstance(value, np.bool_) else bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return float(value) if math.isfinite(value) else None
    raise InvalidTypeError(f"cannot save the model: {where} is a {type_name(value)}, which JSON cannot hold; give "
                           f"numbers, strings, lists or dicts of them (str(value) keeps its text)")


def _json_key(key: Any, where: str) -> str:
    """A key of ``metrics_`` or ``training_`` as JSON holds it: a str, or a number or bool as json.dumps writes it."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (bool, numbers.Real)):  # json.dumps's own conversions
        return json.dumps(savable_json(key))
    raise InvalidTypeError(f"cannot save the model: {where} has the key {quoted(key)}, a {type_name(key)}; JSON "
                           f"keys are strings")


def format_to_save(model: StanceModel, params: ModelParameters) -> int:
    """The model format a save of ``model`` (whose parameters are ``params``) writes.

    :data:`FORMAT_VERSION` for a model this version fitted, whatever its options, so that its
    digest covers the names (see :data:`NAMES_COVERED_SINCE`). A model loaded from an older
    format, and not fitted since, saves as the versions before saved it (formats 9 to 11 as
    themselves, an older one in :func:`oldest_format`): its files, and the digest its
    publisher gave, stay as they were.

    >>> from types import SimpleNamespace
    >>> fitted = SimpleNamespace(saved_=None, params_=None)
    >>> format_to_save(fitted, None) == FORMAT_VERSION
    True
    """
    saved = model.__dict__.get("saved_")
    loaded = saved.get("format_version") if isinstance(saved, dict) else None
    # Formats 9 to 11, whose analyzer has no "handles" (nor format 10's "cannot", nor format
    # 9's "invisibles"): the bundled model of 0.5.0 is format 10, its length_floor and all.
    if is_int(loaded) and NAMES_COVERED_SINCE <= loaded < HANDLES_SINCE:
        return loaded
    if params is not None and params.length_floor is not None:  # no older format holds it
        return max(FORMAT_VERSION, LENGTH_FLOOR_SINCE)
    if is_int(loaded) and loaded < NAMES_COVERED_SINCE:
        return oldest_format(params)
    return FORMAT_VERSION


def oldest_format(params: ModelParameters) -> int:
    """The oldest model format before format 9 that holds ``params``: the one versions before
    format 9 saved a model in, and a model loaded from such a format saves in again."""
    if params.analyzer_options.get("spelling"):
        return SPELLING_SINCE
    if params.analyzer_options.get("links"):
        return LINKS_SINCE
    if params.analyzer_options.get("apostrophes"):
        return APOSTROPHES_SINCE
    if isinstance(params.analyzer_options.get("stem"), str):  # older versions would call it damaged
        return STEM_LANGUAGE_SINCE
    if params.confidence_calibration is not None:
        return CONFIDENCE_CALIBRATION_SINCE
    return STANCE_ONLY_FEATURES_SINCE if params.stance_only_features else 2


def _creation_time(model=None, description_sha256: str | None = None) -> str:
    """When the model was created: for a loaded model whose files would describe it as the
    files it was loaded from did (``description_sha256``, of :func:`_description_digest`),
    the time those record (a load and a save leave the files as they were); else now, or
    SOURCE_DATE_EPOCH when set (reproducible builds).

    >>> from types import SimpleNamespace
    >>> loaded = SimpleNamespace(saved_={"created": "2026-12-01T18:11:04+00:00"}, _loaded_description="ab")
    >>> _creation_time(loaded, "ab"), _creation_time(loaded, "cd") != "2026-12-01T18:11:04+00:00"
    ('2026-12-01T18:11:04+00:00', True)
    """
    saved = getattr(model, "saved_", None)
    # Only while the files say what they said: a loaded model trained anew is not the model
    # created then (options set_params gave it since are not saved, and change nothing).
    if (isinstance(saved, dict) and isinstance(saved.get("created"), str) and description_sha256 is not None
            and getattr(model, "_loaded_description", None) == description_sha256):
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


def _description_digest(metadata: dict[str, Any]) -> str:
    """The sha256 of what ``metadata`` says of the model: all of it but when it was created
    and the versions that saved it, which a save under other versions changes alone.

    >>> _description_digest({"options": {"C": 1.0}, "created": "x"}) == _description_digest({"options": {"C": 1.0}})
    True
    """
    described = {key: value for key, value in metadata.items() if key not in ("created", "versions")}
    # ASCII, as the format-9 digest: a label read from metadata.json may hold a lone surrogate
    # ("uni\ud800ty"), which UTF-8 cannot encode, and every load of such a model ended in a
    # traceback here (a review). Only compared in memory, never saved, so its bytes may change.
    return _sha256(json.dumps(described, separators=(",", ":"), ensure_ascii=True).encode("ascii"))


def _in_use(target: Path) -> str | None:
    """Why ``target`` cannot be replaced because it is the folder this program works in, or
    holds it, or None.

    Replacing '.' failed after training ("Device or resource busy"); replacing it under
    another name ('../mymodel' from inside mymodel) deleted the folder the shell was in, which
    then looked empty. From its parent folder the same save works.
    """
    try:
        here = Path.cwd().resolve()
    except OSError:  # the working folder was deleted: nothing to protect
        return None
    resolved = target.resolve()
    if resolved != here and resolved not in here.parents:
        return None
    what = "the current folder" if resolved == here else f"a folder holding the current folder {str(here)!r}"
    if resolved.parent == resolved:
        return f"cannot save to {str(target)!r}: it is {what} and the root of the file system; choose another folder"
    # From its parent folder the save would still be refused, as a folder that is no model: so
    # said first, the advice to cd led to that second refusal (an audit).
    if problem := not_a_model(resolved):
        return (f"cannot save to {str(target)!r}: it is {what}, and not a stance model directory ({problem}), "
                f"which a save never replaces; choose another folder")
    return (f"cannot save to {str(target)!r}: it is {what}, which cannot be replaced while in use; "
            f"save from its parent folder instead (cd {str(resolved.parent)!r}, then save to {resolved.name!r})")


def _move_into_place(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``, which must not exist (a save without overwrite), or
    refuse as save_model refuses an existing folder.

    Another save (a thread, a second `stance train`) may put its model at ``target`` after
    save_model found nothing there. Swapped in regardless, the later of two saves replaced the
    earlier's model and both succeeded. A rename onto a folder that holds files fails, so the
    later save is refused instead; onto an empty folder it succeeds on Linux and macOS, so an
    empty folder is made first as this save's claim, which fails if anything is there (Windows'
    rename refuses any target that exists, so there it needs none).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     first, second, target = (Path(folder) / name for name in ("a", "b", "m"))
    ...     for staging in (first, second):
    ...         staging.mkdir()
    ...         _ = (staging / CHECKSUMS).write_text(staging.name)
    ...     _move_into_place(first, target)
    ...     try:
    ...         _move_into_place(second, target)
    ...     except FileExistsError as error:
    ...         print(str(error).split("' ", 1)[1], "| in place:", (target / CHECKSUMS).read_text())
    already exists; pass overwrite=True to replace it | in place: a
    """
    files = forksafe.imported(".files")
    refusal = FileExistsError(f"{str(target)!r} already exists; pass overwrite=True to replace it")
    files.raise_if_interrupted()  # see _swap_into_place
    claimed = os.name != "nt"
    if claimed:
        try:
            os.mkdir(target)
        except FileExistsError:
            raise refusal from None
    try:
        with files.interrupts_held():  # in place and recorded as one step, for an interrupt to name it
            os.rename(staging, target)
            files.note_written(target)
    except BaseException as error:
        if claimed:
            with contextlib.suppress(OSError):  # the claim, while empty: never a model another save put there
                os.rmdir(target)
        if isinstance(error, OSError) and error.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise refusal from None
        raise


def _swap_into_place(staging: Path, target: Path) -> None:
    """Rename ``staging`` to ``target``, moving any model there aside first and deleting it
    once the new one is in place; where the system can, the two folders trade places in one
    step instead (:func:`_exchanged`), so that a kill leaves no moment without a model there.

    Another save to the same path (a thread, a second job) may move ``target`` away or put
    its own model there between these renames. Then the swap is tried again, so that the
    last save wins and none fails: before, the loser raised "Directory not empty" and left
    its set-aside copy behind for good, which every later failed load took for a save in
    progress.
    """
    files = forksafe.imported(".files")
    raise_if_interrupted = files.raise_if_interrupted

    retired: list[Path] = []
    try:
        for _ in range(SWAP_ATTEMPTS):
            if target.exists():
                raise_if_interrupted()  # as before the rename below
                with files.interrupts_held():
                    if _exchanged(staging, target):  # one step: a model is in place at any moment
                        files.note_written(target)
                        retired.append(staging)  # which now holds the previous model, deleted below
                        return
                aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.rmdir(aside)
                try:
                    os.replace(target, aside)
                except FileNotFoundError:  # another save moved it aside first
                    continue
                retired.append(aside)
            # Last, just before the model is in place: an interrupt Python dropped in a
            # finalizer (during training, or this save) stopped the command; the previous
            # model is put back below.
            raise_if_interrupted()
            try:
                with files.interrupts_held():  # in place and recorded as one step, as above
                    os.replace(staging, target)
                    files.note_written(target)
                return
            except OSError as error:
                if error.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                    raise
                # another save put its model at target meanwhile: move that aside too
        raise OSError(errno.EBUSY, f"cannot save to {str(target)!r}: other saves kept replacing it; try again")
    except BaseException:
        if retired and not target.exists():
            # Taken off the list first: should putting it back fail, the previous model stays
            # in its set-aside copy (which a load names), not deleted with the others below.
            previous = retired.pop(0)
            os.replace(previous, target)  # put the previous model back
        raise
    finally:
        for aside in retired:
            shutil.rmtree(aside, ignore_errors=True)


def _exchanged(staging: Path, target: Path) -> bool:
    """Swap the folders ``staging`` and ``target`` in one step where the system can (Linux's
    renameat2 with RENAME_EXCHANGE, on most local file systems), and say whether it did.

    Two renames (the old model aside, the new one in) leave no model at ``target`` between
    them, and a save killed there left a service's next load failing until someone renamed
    the set-aside copy back. Swapped in one step, ``target`` holds a whole model, the old one
    or the new, at any moment. False (nothing moved) where it cannot: another system, a libc
    without renameat2, a file system without the flag, or ``target`` gone meanwhile; the two
    renames then do it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     new, old = Path(folder) / "new", Path(folder) / "m"
    ...     for made in (new, old):
    ...         made.mkdir()
    ...         _ = (made / CHECKSUMS).write_text(made.name)
    ...     swapped = _exchanged(new, old)
    ...     print(not swapped or ((old / CHECKSUMS).read_text(), (new / CHECKSUMS).read_text()) == ("new", "m"))
    True
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc before 2.28, or a libc without it
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    # Any failure moved nothing: the renames then do the work, and say what is wrong if it fails.
    return renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE) == 0


_AT_FDCWD = -100  # paths relative to the current folder, as os.rename reads them
_RENAME_EXCHANGE = 2  # <linux/fs.h>: swap the two names


def load_model(path: str | os.PathLike[str], *, sha256: str | None = None) -> StanceModel:
    """Load a model directory written by :func:`save_model`, verifying every file.

    Raises :class:`~stance.ModelIntegrityError` when a file is missing, extra, truncated
    or altered, and :class:`~stance.ModelFormatError` when the directory is not a model
    this version can read. A load that fails while another process is saving over the same
    directory (the directory was replaced while it was read, or a save's staging or set-aside
    sibling exists) is tried again, a few times, so a reader never sees the instant of the swap.

    The checksums catch accidents, not tampering: whoever can edit the files can rewrite
    them. ``sha256``, the parameters' digest its publisher gave through another channel
    (``stance info`` shows it; spaces and a line end around it are ignored), refuses a model
    whose parameters, recomputed, differ (a :class:`~stance.ModelIntegrityError`, also when the digest
    given is the one its metadata.json calls the training data's, which the message then says).
    """
    sha256 = checked_pin(sha256)
    folder = _as_path(path, "path")
    _refuse_impossible(folder)
    # Through a link, the save's staging and retired folders sit beside what it points to.
    model = _load_retrying(followed(folder))
    refuse_unpinned(model, sha256, path)
    return model


def checked_pin(sha256: Any) -> str | None:
    """``sha256``, a parameters' digest to pin a model to, without the spaces and line end
    around it (as read from a file, or pasted), refused unless it is 64 hexadecimal digits.

    >>> checked_pin(" " + "ab" * 32 + "\\n") == "ab" * 32
    True
    >>> checked_pin(b"ab")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: sha256 must be a str, got bytes (decode bytes first, e.g.
    text.decode('utf-8')); pass the parameters' digest that `stance info` shows
    """
    if sha256 is None:
        return None
    if not isinstance(sha256, str):  # bytes read with read_bytes() hold the digits, but are no str
        raise InvalidTypeError(f"sha256 must be a str, got {type_name(sha256)}{decode_hint(sha256)}; pass the "
                               f"parameters' digest that `stance info` shows")
    sha256 = sha256.strip()  # read from a file, or pasted, with its line end or spaces
    if not re.fullmatch(r"[0-9a-fA-F]{64}", sha256):
        raise InvalidInputError(f"sha256 must be 64 hexadecimal digits, got {quoted(sha256)}; pass the "
                                f"parameters' digest that `stance info` shows")
    return sha256


def refuse_unpinned(model: StanceModel, sha256: str | None, path: Any) -> None:
    """Refuse ``model``, loaded from ``path``, unless ``sha256`` (checked by :func:`checked_pin`)
    is None or its parameters' digest, recomputed from its files when it was loaded."""
    if sha256 is None:
        return
    if model.saved_ is None:  # fitted again since it was loaded: its parameters are no longer the files'
        raise ModelIntegrityError(f"{str(path)!r}: the model loaded from it has been fitted again in this process, "
                                  f"so its parameters are not those the sha256 pins; load it afresh")
    # Load has checked the recorded digest against the one it recomputed from the files.
    given, actual = sha256.lower(), model.saved_["parameters_sha256"]
    if actual != given:
        # stance info shows two digests; the training data's is no sign of an altered model.
        # Still refused: it is recorded in metadata.json, which whoever altered a model can edit.
        # A ModelIntegrityError all the same: metadata.json, which whoever altered a model can edit,
        # says which digest is the training data's, so the hint may not change what is raised.
        if given == model.training_.get("sha256"):
            raise ModelIntegrityError(f"{str(path)!r}: sha256={given!r} is not its parameters' digest; its "
                                      f"metadata.json calls it the training-data digest ('training sha256' in "
                                      f"`stance info`): if that is what you passed, pass the parameters' sha256, "
                                      f"'parameters: sha256 …' in `stance info` on the publisher's copy of the "
                                      f"model (not on {str(path)!r}, the copy it is to check)")
        raise ModelIntegrityError(f"{str(path)!r}: its parameters' sha256 is {actual}, not {given}, the digest "
                                  f"given: it is not the model that digest belongs to (altered, or another "
                                  f"version); do not use it")


def _refuse_impossible(folder: Path) -> None:
    """Refuse a path no folder can have as a missing one: with a NUL character, or too long
    for the system, it raised ``ValueError: embedded null byte`` or an ``OSError`` that
    quoted all of a 10,000-character path."""
    try:
        os.lstat(folder)
    except ValueError:  # a NUL: pathlib's checks, and so the message below, take it for missing
        pass
    except OSError as error:
        if error.errno != errno.ENAMETOOLONG:
            return  # a missing or unreadable folder: the loader says which
    else:
        return
    raise ModelFormatError(f"{_shown(folder)} does not exist; expected a saved stance model directory")


def _shown(path: Path) -> str:
    """``path`` quoted for a refusal, cut to :data:`PATH_SHOWN` characters.

    >>> _shown(Path("models/eu")), len(_shown(Path("x" * 500))), _shown(Path("x" * 500))[-4:]
    ("'models/eu'", 203, "xx…'")
    """
    return quoted(str(path), PATH_SHOWN)  # as messages quote values; not document's cut, a module loading needs not


def _load_retrying(folder: Path) -> StanceModel:
    """Load ``folder``, trying again while a save replaces it (see :func:`load_model`).

    A save over it moves the model aside, renames the new one into place and deletes the old.
    A load meanwhile read checksums.json from one and later files from the other, and by the
    time that failed ("does not match its checksum") the set-aside folder, its only sign of
    the save, was often deleted: a service was told its model was corrupted. So a failed load
    also asks whether the folder at the path is still the one it began to read.
    """
    attempt = 1
    while True:
        with _held(folder) as began:
            try:
                return _load_once(folder)
            except (ModelFormatError, ModelIntegrityError, OSError):
                now = _identity(folder)
                if began is not None and now is None and not _being_replaced(folder):
                    # Deleted, not swapped (a save leaves its folders beside it): tried again,
                    # it said "does not exist" as of a mistyped path, and on the last try
                    # that other saves kept replacing it.
                    raise ModelFormatError(
                        f"{_shown(folder)} vanished while it was read: it was deleted, and no save put a model "
                        f"in its place; expected a saved stance model directory there") from None
                replaced = now != began
                if replaced and attempt == LOAD_ATTEMPTS:
                    raise ModelIntegrityError(
                        f"{str(folder)!r} could not be loaded: other saves kept replacing it while it was read, "
                        f"on each of {LOAD_ATTEMPTS} tries; load it again once they are done") from None
                if attempt == LOAD_ATTEMPTS or not (replaced or _being_replaced(folder)):
                    raise  # a folder nobody replaces is damaged: said at once
        time.sleep(0.05 * attempt)
        attempt += 1


@contextlib.contextmanager
def _held(folder: Path) -> Iterator[tuple[int, int] | None]:
    """The identity (see :func:`_identity`) of the folder at ``folder``, kept open while it is
    read where the system opens folders (not Windows): a folder deleted while open keeps its
    number, so a save's next folder cannot take it and pass for the one the load began with.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder, _held(Path(folder)) as began:
    ...     began == _identity(Path(folder)), _identity(Path(folder) / "missing")
    (True, None)
    """
    handle = None
    if hasattr(os, "O_DIRECTORY"):  # which never waits on a pipe put there instead
        with contextlib.suppress(OSError):  # not there, not a folder, or not readable: its stat will do
            handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        yield _identity(folder) if handle is None else _identity(handle)
    finally:
        if handle is not None:
            os.close(handle)


def _identity(folder: Path | int) -> tuple[int, int] | None:
    """The device and number of the folder at ``folder`` (a path, or an open folder), or None
    when there is none: a save's renames put another folder, with another number, there."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _being_replaced(folder: Path) -> bool:
    """Whether :func:`save_model` is writing or swapping ``folder`` right now: a folder it
    makes for that is there, and is not what a killed save left long ago."""
    prefixes = (f".{folder.name}.saving-", f".{folder.name}.old-")  # the names save_model gives them
    try:
        return any(entry.name.startswith(prefixes) and not _left_over(entry) for entry in os.scandir(folder.parent))
    except OSError:
        return False


def _retired_copies(folder: Path) -> list[Path]:
    """The previous models save_model set aside beside ``folder``, oldest first."""
    try:
        found = [Path(e.path) for e in os.scandir(folder.parent)
                 if e.name.startswith(f".{folder.name}.old-") and e.is_dir()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime)


def _load_once(folder: Path):
    from .model import StanceModel

    if not folder.is_dir():
        retired = _retired_copies(folder) if not folder.exists() else []
        if retired:  # save_model stopped between its two renames (a crash, a kill -9)
            raise ModelFormatError(
                f"{str(folder)!r} is missing: a save over it was interrupted, and the model it replaced "
                f"is intact in {str(retired[-1])!r}; rename that back to {folder.name!r}"
            )
        if not folder.exists():
            raise ModelFormatError(f"{_shown(folder)} does not exist; expected a saved stance model directory"
                                   + (" (for the bundled model, pass model=None, or call stance.default_model(), "
                                      "with sha256= to pin it: 'bundled' names it on the command line)"
                                      if str(folder) == "bundled" else ""))
        raise ModelFormatError(f"{_shown(folder)} is not a directory; expected a saved stance model")
    contents = verified_files(folder)
    metadata = _parse_json(contents[METADATA], folder / METADATA)
    _check_format(metadata, folder)
    # Arrays only: checksums.json may also list, say, the file a link in the folder points to.
    unread = sorted(name for name in contents if name.endswith(".npy") and name not in MODEL_FILES)
    if unread:  # skipped, the model would predict without them
        listed = ", ".join(repr(name) for name in unread)
        raise ModelFormatError(f"{str(folder)!r}: {_unknown_to_us(metadata, f'the file {listed}', verb='reads')}: "
                               f"upgrade stance to load it")
    params = _parameters_from(contents, metadata, folder)
    # After the arrays and what metadata.json says of them were checked one by one, which name
    # what is wrong: the digest tells only that something is.
    for key in ("options", "training_data", "metrics"):  # before the digest, which reads training_data
        if not isinstance(metadata.get(key) or {}, dict):
            raise ModelFormatError(f"{str(folder / METADATA)!r}: {key!r} must be an object")
    version = metadata["format_version"]
    if metadata.get("parameters_sha256") != _digest_of(
        {k: v for k, v in contents.items() if k.endswith(".npy") or k == VOCABULARY}, _reading_recorded(metadata),
    ):
        # The digest is of every array and the vocabulary together, and checksums.json (the
        # files' own digests) was rewritten with the change: nothing left tells which file.
        described = ("" if version < READING_COVERED_SINCE else
                     f"with what {METADATA} says of how to read them (target_link, analyzer, the number of labels "
                     f"and stance values, the off-topic label's place) " if version < NAMES_COVERED_SINCE else
                     f"with what {METADATA} says that a prediction reads (target_link, analyzer, the label names "
                     f"and stance values in order, the off-topic label, the training data's label_counts"
                     + (", the length_floor" if version >= LENGTH_FLOOR_SINCE else "") + ") ")
        raise ModelIntegrityError(
            f"{str(folder / METADATA)!r} belongs to different parameters: the model's arrays (.npy) and "
            f"{VOCABULARY} {described}do not give the digest it records (parameters_sha256), so one of them was "
            f"changed after the save (and its checksum rewritten), or {METADATA} comes from another save; the "
            f"digest covers them all together, so which file differs cannot be told: restore the model's files "
            f"from one save, or retrain the model"
        )
    try:
        model = StanceModel.from_parameters(
            params, options=metadata.get("options"), training=metadata.get("training_data"),
            metrics=metadata.get("metrics"),
        )
    except (TypeError, ValueError) as error:  # e.g. an analyzer option this version does not know
        raise ModelFormatError(f"{str(folder / METADATA)!r} describes a model this version cannot "
                               f"rebuild: {error}") from None
    _warn_of_unknown_options(metadata, folder)
    _warn_if_options_cannot_refit(model, folder)
    versions = metadata.get("versions")
    model.saved_ = {"created": metadata.get("created"), "versions": versions if isinstance(versions, dict) else {},
                    "path": str(folder.resolve()), "parameters_sha256": metadata.get("parameters_sha256"),
                    "format_version": metadata["format_version"]}
    # What these files say of the model, so that a save that would say the same keeps their
    # creation time (not in saved_, which stance info shows).
    model._loaded_description = _description_digest(metadata)
    # The options as recorded (the load fills in those added since): whether a version before
    # the confidence calibration may have saved them, which stance info then says.
    model._may_predate_calibration = forksafe.imported(".info").may_predate_calibration(
        metadata.get("options"), metadata["format_version"])
    return model


def verified_files(folder: Path) -> dict[str, bytes]:
    """Read every file of a model directory, refusing missing, extra or altered ones."""
    checksum_path = folder / CHECKSUMS
    if not checksum_path.exists() and not checksum_path.is_symlink():
        raise ModelFormatError(f"{str(folder)!r} has no {CHECKSUMS}; it is not a saved stance model")
    _require_plain_file(checksum_path)  # a folder, a pipe or /dev/zero is no missing file
    expected = _parse_json(_read_at_most(checksum_path, MAX_BYTES[CHECKSUMS]), checksum_path)
    if not isinstance(expected, dict) or not all(isinstance(v, str) for v in expected.values()):
        raise ModelIntegrityError(f"{str(folder / CHECKSUMS)!r} is malformed")
    present = {p.name for p in folder.iterdir()} - {CHECKSUMS}
    missing, extra = sorted(set(expected) - present), _unlisted_files(folder, expected)
    if missing:
        raise ModelIntegrityError(f"{str(folder)!r} is missing {missing}")
    if extra:
        raise ModelIntegrityError(
            f"{str(folder)!r} holds files that are not part of the model: {extra}; remove them"
        )
    contents: dict[str, bytes] = {}
    limits = dict(MAX_BYTES)
    for name, digest in sorted(expected.items(), key=lambda item: item[0] != METADATA):  # it sets the limits
        if "/" in name or "\\" in name or name.startswith("."):
            raise ModelIntegrityError(f"{str(folder)!r}: {CHECKSUMS} names an unsafe path {name!r}")
        _require_plain_file(folder / name)  # before reading: a FIFO blocks, /dev/zero never ends
        data = _read_at_most(folder / name, limits.get(name, MAX_BYTES_OTHERWISE))
        if _sha256(data) != digest:
            data = _as_saved(data, digest)  # hashed again only for a file that failed: loads stay one hash a file
            if _sha256(data) != digest:
                raise ModelIntegrityError(
                    f"{str(folder / name)!r} does not match its checksum: the file was altered or "
                    f"corrupted; restore it or retrain the model"
                )
        if name == METADATA:
            limits.update(_size_limits(data))
        contents[name] = data
    for required in (METADATA, VOCABULARY, "idf.npy"):
        if required not in contents:
            raise ModelFormatError(f"{str(folder)!r} lacks {required}")
    return contents


def _as_saved(data: bytes, digest: str) -> bytes:
    """A model file's bytes ``data`` as they were saved, when only their line ends changed.

    A model kept in git and checked out with ``core.autocrlf=true`` (Git for Windows'
    default), without a ``.gitattributes`` that leaves it alone, has CRLF line ends in its
    JSON and Markdown files, and failed its checksums. Its bytes with CRLF turned back to LF
    that match ``digest`` (the file's checksum) are the bytes saved, to the last one, so they
    are what is read: the model is the one saved, and its parameters' digest (of the
    vocabulary's bytes among others) the publisher's. Refusing it told of damage where there
    was none. Any other change still fails the checksum.

    >>> saved = b'{\\n "labels": []\\n}\\n'
    >>> _as_saved(saved.replace(b"\\n", b"\\r\\n"), _sha256(saved)) == saved
    True
    """
    if b"\r\n" not in data:
        return data
    restored = data.replace(b"\r\n", b"\n")
    return restored if _sha256(restored) == digest else data


def _read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of the model file ``path``, refused unread when it holds more than ``limit``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "idf.npy").write_bytes(b"12345")
    ...     _read_at_most(Path(folder) / "idf.npy", 2**40)
    b'12345'
    """
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # read(n) allocates n bytes before it reads: read(limit + 1) asked for 11.2 GB to read
            # the bundled model's 2.3 MB vocabulary, a MemoryError under `ulimit -v`. So what the
            # file holds, and one byte more to see it grew meanwhile (then on, in pieces, to
            # limit + 1 at most).
            data = handle.read(size + 1) if size <= limit else b""
            if size < len(data) <= limit:
                grown = bytearray(data)
                while len(grown) <= limit and (more := handle.read(min(2**20, limit + 1 - len(grown)))):
                    grown += more
                data = bytes(grown)
    except OSError as error:
        if error.filename is not None:  # open's own, which names it
            raise
        # A read that failed (a failing disk's "Input/output error") named no file, and the
        # command line said no more than that.
        raise OSError(error.errno, error.strerror, str(path)) from None
    if size > limit or len(data) > limit:
        size = max(size, len(data))
        # Saves before 0.2.0 wrote a metadata.json of any size (megabytes of a user's metrics_),
        # which this version no longer parses: said so, with the way out, not "damaged" alone.
        older = (", or written by stance 0.1.0 with large results in metrics_: load it with that version, "
                 "set metrics_ = {} and save it again" if path.name == METADATA else "")
        raise ModelFormatError(f"{str(path)!r} holds {size:,} bytes, far more than a saved model's "
                               f"{path.name} does (at most {limit:,}); the file is damaged or not the model's{older}")
    return data


def _size_limits(metadata_bytes: bytes) -> dict[str, int]:
    """The most bytes vocabulary.json and each array may hold for the number of features,
    labels and stance classes metadata.json gives (none when it gives no number, and the
    load refuses it later).

    >>> _size_limits(b'{"n_features": 1000, "labels": ["a", "b"], "stance_classes": []}')["vocabulary.json"]
    65617920
    """
    try:
        metadata = json.loads(metadata_bytes)
    except (ValueError, RecursionError):
        return {}
    n_features = metadata.get("n_features") if isinstance(metadata, dict) else None
    if not is_int(n_features) or n_features < 0:
        return {}
    labels, classes = (metadata.get(key) for key in ("labels", "stance_classes"))
    labels, classes = (len(names) if isinstance(names, list) else 0 for names in (labels, classes))
    # The largest array is labels × features × stance columns (the per-label stance weights).
    array_bytes = 8 * (n_features + 1) * (labels + 1) * (classes + 1) + 2**16
    return {VOCABULARY: MAX_BYTES_PER_TERM * (n_features + 1) + 2**14,
            **{f"{name}.npy": array_bytes for name in ARRAY_NAMES},
            **{f"{name}_{part}.npy": array_bytes for name in SPARSE_ARRAYS for part in ("index", "value")}}


def _require_plain_file(path: Path) -> None:
    """Refuse a model file that is not, or does not link to, a regular file.

    save_model writes only regular files. Anything else was put there by hand: a folder
    (reading it raised IsADirectoryError), a pipe (reading it waited forever) or a link to a
    device (/dev/zero filled the memory). A link to a regular file elsewhere is how model
    caches store files (Hugging Face's snapshots/…/file -> ../../blobs/<hash>, DVC, git-annex);
    its bytes are checked against checksums.json like any file's.
    """
    where = str(path)
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise ModelIntegrityError(f"{where!r} cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(mode):
        raise ModelIntegrityError(f"{where!r} is not a regular file (a folder, pipe or device); expected one of "
                                  f"the model's data files: restore it or save the model again")


def _check_format(metadata: Any, folder: Path) -> None:
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFormatError(f"{str(folder)!r}: {METADATA} does not describe a {FORMAT_NAME}")
    version = metadata.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: format_version must be a whole number from 1, "
                               f"got {version!r}; the file is damaged or was not written by stance")
    if version > FORMAT_VERSION:
        from . import __version__

        # Named whatever its number: formats have changed within one release number, so
        # only the reader can compare, and it tells them which stance to look for.
        saved_by = _saved_by(metadata)
        by = "" if saved_by is None else f", saved by stance {saved_by}"
        raise ModelFormatError(
            f"{str(folder)!r} uses model format {version}{by}; this stance ({__version__}) reads format "
            f"{FORMAT_VERSION} and older: upgrade stance to load it"
        )


def _parameters_from(contents: dict[str, bytes], metadata: dict[str, Any], folder: Path) -> ModelParameters:
    def where(name: str) -> str:
        return str(folder / f"{name}.npy")

    def read(name: str, kinds: tuple[str, ...] = ("f",)) -> np.ndarray:
        data = contents[f"{name}.npy"]
        try:
            _check_npy_size(data)  # before np.load allocates what a damaged header claims
            array = np.load(io.BytesIO(data), allow_pickle=False)
        except (ValueError, EOFError) as error:
            raise ModelFormatError(f"{where(name)!r} is not a plain numeric array: {error or 'empty file'}") from None
        except (SyntaxError, TokenError, RecursionError, MemoryError):  # numpy parses the header as Python
            raise ModelFormatError(f"{where(name)!r} is not a plain numeric array: its header cannot be "
                                   f"read") from None
        if array.dtype.kind not in kinds or array.dtype.itemsize not in (4, 8):
            expected = "float32 or float64" if kinds == ("f",) else "32- or 64-bit integers"
            raise ModelFormatError(f"{where(name)!r} holds {array.dtype}, expected {expected}")
        return array

    n_features = metadata.get("n_features")
    if not is_int(n_features) or n_features < 1:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: 'n_features' must be a positive int, got "
                               f"{_value_shown(n_features)}; the file is damaged")
    arrays = {}
    for name in ARRAY_NAMES:
        stored_whole = f"{name}.npy" in contents
        stored_sparse = f"{name}_index.npy" in contents or f"{name}_value.npy" in contents
        if stored_whole and stored_sparse:
            raise ModelFormatError(f"{str(folder)!r} holds both {name}.npy and its non-zero entries "
                                   f"({name}_index.npy, {name}_value.npy); a model has one or the other")
        if stored_whole:
            arrays[name] = read(name).astype(np.float64)
    # The arrays first, the vocabulary (the largest file, and the slowest to parse) only once
    # they agree on its length: 50,000,000 terms took 131 s and 8.2 GB before idf refused them.
    idf = arrays["idf"]
    if idf.ndim != 1:  # "holds 350 numbers, but n_features is 350" said nothing of what was wrong
        raise ModelFormatError(f"{where('idf')!r} has shape {idf.shape}, expected ({_value_shown(n_features)},), "
                               f"one number for each of metadata.json's n_features; the model is damaged")
    if idf.shape != (n_features,):
        raise ModelFormatError(f"{where('idf')!r} holds {idf.size} numbers, but metadata.json's "
                               f"n_features is {_value_shown(n_features)}; the model is damaged")
    _check_idf(arrays["idf"], where("idf"))
    vocabulary = _parse_json(contents[VOCABULARY], folder / VOCABULARY)
    if not isinstance(vocabulary, list) or not all(isinstance(t, str) for t in vocabulary):
        raise ModelFormatError(f"{str(folder / VOCABULARY)!r} must be a JSON list of strings")
    if len(vocabulary) != n_features:
        raise ModelFormatError(f"{str(folder / VOCABULARY)!r} holds {len(vocabulary)} terms, but metadata.json's "
                               f"n_features is {n_features}; the model is damaged")
    _check_label_weights(arrays, metadata, n_features, where)
    for name in SPARSE_ARRAYS:  # last: their shape comes from the arrays read whole
        if f"{name}_index.npy" in contents or f"{name}_value.npy" in contents:
            arrays[name] = _dense_from_entries(name, contents, arrays, n_features, read, where)
    stance_only = _stance_only_features(metadata, vocabulary, folder)
    if "confidence_calibration" in arrays and metadata["format_version"] < CONFIDENCE_CALIBRATION_SINCE:
        raise ModelFormatError(f"{str(folder)!r}: a model with a confidence calibration is format "
                               f"{CONFIDENCE_CALIBRATION_SINCE} or newer, not {metadata['format_version']}; "
                               "the file is damaged")
    # Format 4 is written only for a calibrated model (the oldest format that holds it):
    # without the array it would load and give other confidences.
    if "confidence_calibration" not in arrays and metadata["format_version"] == CONFIDENCE_CALIBRATION_SINCE:
        raise ModelFormatError(f"{str(folder)!r}: a format-{CONFIDENCE_CALIBRATION_SINCE} model has "
                               "confidence_calibration.npy, and this one has not; the model is damaged")
    analyzer = _analyzer_options(metadata, vocabulary, folder)
    length_floor = _length_floor(metadata, folder)
    labels = _names(metadata, "labels", folder)
    stance_classes = _names(metadata, "stance_classes", folder, optional=True)
    none_label = _none_label(metadata, labels, folder)
    try:
        params = ModelParameters(
            vocabulary=vocabulary,
            labels=labels,
            target_link=metadata["target_link"],
            none_label=none_label,
            analyzer_options=analyzer,
            stance_classes=stance_classes,
            stance_only_features=tuple(stance_only),
            length_floor=length_floor,
            **{name: arrays.get(name) for name in ARRAY_NAMES},
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ModelFormatError(f"{str(folder)!r} is inconsistent: {error}") from None
    if len(params.vocabulary_index) != n_features:  # the index keeps one column of each term
        _refuse_repeated_term(vocabulary, folder / VOCABULARY)
    return params


def _length_floor(metadata: dict[str, Any], folder: Path) -> float | None:
    """metadata.json's ``length_floor`` (None when it has none), refused unless a positive
    finite number in a format that holds it (:data:`LENGTH_FLOOR_SINCE`)."""
    if "length_floor" not in metadata:
        return None
    floor = metadata["length_floor"]
    where = str(folder / METADATA)
    if metadata["format_version"] < LENGTH_FLOOR_SINCE:
        raise ModelFormatError(f"{where!r}: a model with a length_floor is format {LENGTH_FLOOR_SINCE} or newer, not "
                               f"{metadata['format_version']}; the file is damaged")
    if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 < floor < float("inf"):
        raise ModelFormatError(f"{where!r}: 'length_floor' must be a positive finite number (the least length "
                               f"the label heads divide a text's vector by), got {_value_shown(floor)}; the file is "
                               f"damaged")
    return float(floor)


def _refuse_repeated_term(vocabulary: list[str], where: Path) -> None:
    """Refuse a vocabulary that names a term twice, which no training writes: a prediction
    looks up the last, so the features of the others were never found, and an edit that
    copied one term over another loaded without a word.

    >>> _refuse_repeated_term(["nato", "ally", "nato"], Path("m/vocabulary.json"))
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/vocabulary.json' names 'nato' twice (features 0 and 2); the model is damaged
    """
    first: dict[str, int] = {}
    for column, term in enumerate(vocabulary):
        if term in first:
            raise ModelFormatError(f"{str(where)!r} names {quoted(term)} twice (features {first[term]} and "
                                   f"{column}); the model is damaged")
        first[term] = column


def _value_shown(value: Any) -> str:
    """A value of metadata.json as a refusal quotes it: a whole number of more than 20 digits
    as its first and how many digits it has (an audit's n_features of 4,000 nines was
    printed whole), anything else cut as :func:`~stance.exceptions.quoted` cuts it.

    >>> _value_shown(350), _value_shown(-int("9" * 4000)), _value_shown("x" * 500)[-4:]
    ('350', '-99999999999… (4,000 digits)', "xx…'")
    """
    if is_int(value):
        text = str(value)
        digits = len(text.lstrip("-"))
        return text if digits <= 20 else f"{text[:12]}… ({digits:,} digits)"
    return quoted(value)


def _check_label_weights(arrays: dict[str, np.ndarray], metadata: dict[str, Any], n_features: int,
                         where: Callable[[str], str]) -> None:
    """Refuse a missing target_coef.npy, or one of another shape than the features and the
    labels metadata.json names, by its own name: the per-label stance weights take their
    shape from it, and it was the sound stance_label_bias.npy that was blamed ("expected
    (None, 1)"). A list of labels that is no list of names is refused later, and named."""
    coef = arrays.get("target_coef")
    if coef is None:
        raise ModelFormatError(f"{where('target_coef')!r} is missing; every model has one (the label heads' "
                               f"weights): the model is damaged")
    labels = metadata.get("labels")
    expected = (n_features, len(labels)) if isinstance(labels, list) else None
    if expected is not None and coef.shape != expected:
        raise ModelFormatError(f"{where('target_coef')!r} has shape {coef.shape}, but {METADATA}'s n_features is "
                               f"{n_features} and it names {len(labels)} labels: expected {expected}; the model is "
                               f"damaged")


def _check_idf(idf: np.ndarray, where: str) -> None:
    """Refuse idf weights below 1, which no training gives (each is log((1 + documents) /
    (1 + documents with the feature)) + 1): all zeros made every probability NaN, with exit
    status 0, and negative ones changed the answers without a word. (NaN and infinities
    are refused with the other arrays'.)

    >>> _check_idf(np.array([1.0, 2.5, 0.0, -1.0]), "m/idf.npy")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/idf.npy' holds 2 weights below 1 (the first, 0.0, at position 2); ...
    """
    low = np.flatnonzero(idf < 1)
    if low.size:
        raise ModelFormatError(f"{where!r} holds {low.size:,} weight{'s' * (low.size > 1)} below 1 (the first, "
                               f"{float(idf[low[0]])!r}, at position {int(low[0])}); a trained idf is 1 or more, "
                               f"and 0 makes every probability NaN: the model is damaged")


def _warn_of_unknown_options(metadata: dict[str, Any], folder: Path) -> None:
    """Say at load when the model was trained with options this version does not have (a
    newer stance's): they are left out of the loaded model's options, so a refit with them
    would silently train another model. Only a warning: it predicts from its parameters."""
    from .exceptions import warn
    from .model import StanceModel

    options = metadata.get("options") or {}
    known = StanceModel._param_names()
    unknown = {name: value for name, value in options.items() if name not in known}
    if unknown:
        why = _unknown_to_us(metadata, f"the training option {_given(unknown)}")
        warn(f"{str(folder)!r} predicts as saved, but {why}: get_params() leaves it out, so clone(model).fit "
             f"or cross-validation would train without it; upgrade stance to refit the model")


def _warn_if_options_cannot_refit(model, folder: Path) -> None:
    """Say at load, not at a refit months later, when the options a model was saved with
    cannot train it again (``C="x"`` in an edited file; an option a later version checks
    more strictly). Only a warning: the model predicts from its parameters, which are sound."""
    from .exceptions import InvalidInputError, warn

    try:
        model._check_options(model.params_.stance_classes)
    except InvalidInputError as error:
        warn(f"{str(folder)!r} predicts as saved, but the options it was saved with cannot train a "
             f"model again ({error}), so clone(model).fit or cross-validation with them will fail; "
             f"set valid ones with model.set_params(...)")


def _analyzer_options(metadata: dict[str, Any], vocabulary: list[str], folder: Path) -> dict[str, Any]:
    """The analyzer's options, checked against the training options and the vocabulary.

    They are outside the parameters' checksum, and the analyzer runs on every statement: an
    ``ngram_max`` of a billion made classifying a long text take minutes (its n-grams grow
    with the square of its length), while one below the vocabulary's longest n-gram would
    silently never match those features. One they agree on is kept however large: n-grams
    are made only up to a statement's length and the vocabulary's longest n-gram
    (``ModelParameters.analysis_options``), and models were trained with ngram_max 12.
    """
    where = str(folder / METADATA)
    analyzer, options = metadata.get("analyzer"), metadata.get("options") or {}
    if not isinstance(analyzer, dict):
        raise ModelFormatError(f"{where!r}: 'analyzer' must be an object; the file is damaged")
    ngram_max = analyzer.get("ngram_max", 2)
    if not is_int(ngram_max) or ngram_max < 1:
        raise ModelFormatError(f"{where!r}: the analyzer's ngram_max must be a positive int, got {ngram_max!r}")
    trained_with = options.get("ngram_max") if isinstance(options, dict) else None
    # Training makes no n-gram longer than its ngram_max, so the vocabulary (a scan of 17 ms
    # on the bundled model's, on every load) is read only when the options cannot vouch.
    agrees = trained_with is not None and ngram_max == trained_with
    longest = 1 if agrees else max((term.count(" ") + 1 for term in vocabulary), default=1)
    if not agrees and (trained_with is not None or ngram_max < longest):
        raise ModelFormatError(f"{where!r}: the analyzer's ngram_max is {ngram_max!r}, but the model was trained "
                               f"with {trained_with!r} and its vocabulary has {longest}-grams; the file is damaged")
    unknown = sorted(set(analyzer) - set(ANALYZER_OPTIONS))
    if unknown:  # make_analyzer's own TypeError ("unexpected keyword argument") gave no advice
        why = _unknown_to_us(metadata, f"the analyzer option {_given({k: analyzer[k] for k in unknown})}",
                             known=ANALYZER_OPTIONS)
        raise ModelFormatError(f"{where!r}: {why}: upgrade stance to load it")
    for flag in ("negation", "opening", "apostrophes", "links", "spelling", "invisibles", "cannot", "handles"):
        if not isinstance(analyzer.get(flag, False), bool):
            raise ModelFormatError(f"{where!r}: the analyzer's {flag!r} must be true or false, "
                                   f"got {analyzer[flag]!r}; the file is damaged")
    stem = analyzer.get("stem", True)
    _check_stem(stem, options, metadata["format_version"], where)
    for name, since, reading in (("apostrophes", APOSTROPHES_SINCE, "reads curly apostrophes as straight"),
                                 ("links", LINKS_SINCE, "reads links as no words"),
                                 ("spelling", SPELLING_SINCE, "reads American spellings as British"),
                                 ("invisibles", INVISIBLES_SINCE, "drops invisible format characters"),
                                 ("cannot", CANNOT_SINCE, 'reads "cannot" as "can not"'),
                                 ("handles", HANDLES_SINCE, "reads a dotted handle as one word")):
        # Training records spelling only for English text: another language's analyzer has it
        # off; and handles only with links, without which no handle is a word.
        inert = (f"stem={stem!r}, which respells nothing" if name == "spelling" and not respells(stem) else
                 "links=False, which reads no handle" if name == "handles" and not analyzer.get("links") else None)
        _check_reading_option(name, analyzer.get(name, False), since, reading, options, metadata["format_version"],
                              where, inert)
    return dict(analyzer)


def _unknown_to_us(metadata: dict[str, Any], what: str, *, verb: str = "has",
                   known: tuple[str, ...] | None = None) -> str:
    """Says that ``what`` (an option or file of the model, named with its value) is not one
    this version has (``verb="has"``) or reads (``"reads"``): the model came from a newer
    stance, which metadata's versions tell when they name one."""
    from . import __version__

    saved_by = _saved_by(metadata)
    if saved_by is not None and _version_key(saved_by) > _version_key(__version__):
        lacks = "does not have" if verb == "has" else "does not read"
        return f"the model was saved by stance {saved_by} with {what}, which stance {__version__} {lacks}"
    these = "" if known is None else f" ({', '.join(known)})"
    return (f"{what} is not one stance {__version__} {verb}{these} (the file was edited, or written by a "
            f"newer stance)")


def _given(values: dict[str, Any]) -> str:
    """Options as ``name=value``, for a message."""
    return ", ".join(f"{name}={value!r}" for name, value in sorted(values.items()))


def _saved_by(metadata: dict[str, Any]) -> str | None:
    """The stance version that saved the model, as its metadata records it (None if it does
    not), to be named in a message: one that is no plain release number (a line break, an
    escape, 300 characters) is quoted as Python writes it, so that it cannot cut or paint
    the message.

    >>> _saved_by({"versions": {"stance": "0.3.0"}}), _saved_by({"versions": {"stance": "9.9 upgrade me"}})
    ('0.3.0', "'9.9 upgrade me'")
    """
    versions = metadata.get("versions")
    saved_by = versions.get("stance") if isinstance(versions, dict) else None
    if not isinstance(saved_by, str):
        return None
    return saved_by if re.fullmatch(r"[0-9A-Za-z.+!_-]{1,40}", saved_by) else quoted(saved_by)


def _version_key(version: str) -> tuple[int, ...]:
    """``"0.10.1"`` as ``(0, 10, 1)``, for ordering release numbers (a suffix such as ``rc1`` is ignored).

    >>> _version_key("0.10.1rc1") > _version_key("0.9") > _version_key("0.1.0")
    True
    """
    key = []
    for part in version.split(".")[:3]:
        digits = part[:len(part) - len(part.lstrip("0123456789"))]
        if not digits:
            break
        key.append(int(digits))
    return tuple(key)


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
    """
    from .model import OFF_IN_OLDER_MODELS

    stem = options.get("stem")
    if isinstance(stem, str) and stem != stem.lower():
        options = {**options, "stem": stem.lower()}
    unrecorded = [name for name in filled if name in options and options[name] == OFF_IN_OLDER_MODELS.get(name)]
    if unrecorded:
        options = {name: value for name, value in options.items() if name not in unrecorded}
    return options


def _check_stem(stem: Any, options: Any, version: int, where: str) -> None:
    """Refuse an analyzer ``stem`` that is no stemming this version does, or that is not
    the one the model was trained with: every word would be read differently."""
    from .text import stem_languages, stem_option

    if isinstance(stem, str):
        if version < STEM_LANGUAGE_SINCE:
            raise ModelFormatError(f"{where!r}: a model stemmed in a named language is format "
                                   f"{STEM_LANGUAGE_SINCE} or newer, not {version}; the file is damaged")
        if stem not in stem_languages():
            raise ModelFormatError(f"{where!r}: the analyzer's 'stem' is {stem!r}, which the installed nltk's "
                                   f"Snowball stemmer does not know (it knows {', '.join(stem_languages())}); "
                                   f"install the nltk the model was trained with")
    elif not isinstance(stem, bool):
        raise ModelFormatError(f"{where!r}: the analyzer's 'stem' must be true, false or a language name, "
                               f"got {stem!r}; the file is damaged")
    trained_with = options.get("stem") if isinstance(options, dict) else None
    if isinstance(trained_with, (bool, str)) and stem_option(trained_with) != stem:
        raise ModelFormatError(f"{where!r}: the analyzer's 'stem' is {stem!r}, but the model was trained with "
                               f"stem={trained_with!r}; the file is damaged")


def _check_reading_option(name: str, value: bool, since: int, reading: str, options: Any, version: int,
                          where: str, inert: str | None = None) -> None:
    """Refuse an analyzer option ``name`` (``apostrophes``, ``links``, ``spelling``,
    ``invisibles``, ``cannot``, ``handles``) that the format cannot hold or that is not what the model was trained
    with: text would be read otherwise than it was in training. Its absence is how every
    model saved before the option reads (False); ``reading`` says what the option does, for
    the message; ``inert`` says why it does nothing for this model (``spelling`` with
    ``stem='german'``), whose analyzer then has it off whatever it was trained with.

    >>> _check_reading_option("links", True, 7, "reads links as no words", {}, 6, "m")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm': a model that reads links as no words is format 7 or newer, not 6; ...
    """
    if value and version < since:
        raise ModelFormatError(f"{where!r}: a model that {reading} is format {since} or newer, not {version}; "
                               f"the file is damaged")
    trained_with = options.get(name) if isinstance(options, dict) else None
    if isinstance(trained_with, bool) and (trained_with and inert is None) != value:
        why = "" if inert is None else f" and {inert}"
        raise ModelFormatError(f"{where!r}: the analyzer's {name!r} is {str(value).lower()}, but the model was "
                               f"trained with {name}={trained_with!r}{why}; the file is damaged")


def _names(metadata: dict[str, Any], key: str, folder: Path, *, optional: bool = False) -> tuple[str, ...]:
    """A list of names in the metadata (labels, stance classes), refused unless every one is a
    string: tuple() of a string split it into letters, and numbers became labels that the
    predictions, score columns and `stance info` then carried (info failed with a traceback)."""
    value = metadata.get(key)
    if optional and value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {key!r} must be a list of strings, got {value!r}; "
                               f"the file is damaged or was not written by stance")
    for name in value:  # what training never wrote
        _check_name(name, key, folder)
    seen: set[str] = set()  # a set: a list's "in" made 200,000 names take minutes
    repeated = next((name for name in value if name in seen or seen.add(name)), None)
    if repeated is not None:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {key!r} names {repeated!r} twice; the file is damaged")
    return tuple(value)


def _check_name(name: str, key: str, folder: Path) -> None:
    """Refuse a name in the metadata (a label, a stance class, the off-topic label) that
    training never wrote: an empty one. A name holding a control character loads (training
    refuses one now, but models trained before hold tabs); the command line prints it escaped."""
    if not name:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {key!r} has {name!r}, which is empty; a label name or "
                               f"stance value may not be: the file was edited or damaged")


def _none_label(metadata: dict[str, Any], labels: tuple[str, ...], folder: Path) -> str | None:
    """The off-topic label: null or one of ``labels``. A name of no label was taken for one, and
    turned the off-topic statements into a target; only a model trained with an off-topic label
    that no row had (which training warns of, and which acts as one without) records one."""
    none_label = metadata.get("none_label")
    if none_label is None:
        return None
    if not isinstance(none_label, str):
        raise ModelFormatError(f"{str(folder / METADATA)!r}: 'none_label' must be a string or null, "
                               f"got {none_label!r}; the file is damaged")
    _check_name(none_label, "none_label", folder)
    options = metadata.get("options")
    if none_label not in labels and not (isinstance(options, dict) and options.get("none_label") == none_label):
        raise ModelFormatError(f"{str(folder / METADATA)!r}: 'none_label' is {none_label!r}, which is none of the "
                               f"labels {list(labels)} nor the none_label the model was trained with; the file is "
                               f"damaged")
    return none_label


def _stance_only_features(metadata: dict[str, Any], vocabulary: list[str], folder: Path) -> list[str]:
    """The prefixes of the features only the stance head reads, checked against what the
    analyzer makes and the options asked for: a mismatch would silently change every score."""
    where = str(folder / METADATA)
    stance_only = metadata.get("stance_only_features", [])
    if not isinstance(stance_only, list) or not all(isinstance(prefix, str) for prefix in stance_only):
        raise ModelFormatError(f"{where!r}: 'stance_only_features' must be a list of strings")
    analyzer, options = metadata.get("analyzer"), metadata.get("options")
    analyzer = analyzer if isinstance(analyzer, dict) else {}
    options = options if isinstance(options, dict) else {}
    expected = list(stance_only_features(options.get("negation") is True, analyzer.get("opening") is True))
    if stance_only != expected:
        raise ModelFormatError(f"{where!r}: 'stance_only_features' is {stance_only!r}, but the analyzer and "
                               f"options it records give {expected!r}; the file is damaged")
    if expected and metadata["format_version"] < STANCE_ONLY_FEATURES_SINCE:
        raise ModelFormatError(f"{where!r}: a model with stance-only features is format {STANCE_ONLY_FEATURES_SINCE}"
                               f" or newer, not {metadata['format_version']}; the file is damaged")
    # Only these features start with a capital (tokens are lower-cased): one cheap pass.
    kinds = {term.split("_", 1)[0] + "_" for term in vocabulary if term[:1].isupper()}
    for prefix, option in ((OPENING_PREFIX, "opening"), (NOT_PREFIX, "negation")):
        if prefix in kinds and analyzer.get(option) is not True:
            raise ModelFormatError(f"{str(folder / VOCABULARY)!r} holds {prefix}… features, which an analyzer "
                                   f"without {option!r} does not make; the model is damaged")
    return stance_only


def _dense_from_entries(name: str, contents: dict[str, bytes], arrays: dict[str, np.ndarray], n_features: int,
                        read, where) -> np.ndarray:
    """Rebuild an array stored as its non-zero entries (format 2), refusing bad positions.

    Its shape, ``(labels, features, stance columns)``, is taken from arrays stored whole
    (never from metadata alone), so a damaged file cannot make loading allocate more than
    the model's other arrays already hold.
    """
    for part in ("index", "value"):
        if f"{name}_{part}.npy" not in contents:
            raise ModelFormatError(f"{where(f'{name}_{part}')!r} is missing; it is half of {name!r}")
    positions, values = read(f"{name}_index", ("i", "u")), read(f"{name}_value")
    bias, intercept = arrays.get("stance_label_bias"), arrays.get("stance_intercept")
    if bias is None or intercept is None or bias.ndim != 2 or intercept.ndim != 1:
        raise ModelFormatError(f"{where(name + '_index')!r} needs stance_label_bias.npy and stance_intercept.npy "
                               f"(labels × stance columns) to give its shape")
    coef = arrays["target_coef"]  # checked first (_check_label_weights): (features, labels)
    labels = coef.shape[1]
    if bias.shape != (labels, intercept.shape[0]):  # before zeros of a damaged shape fill the memory
        raise ModelFormatError(f"{where('stance_label_bias')!r} has shape {bias.shape}, but target_coef.npy "
                               f"{coef.shape} and stance_intercept.npy {intercept.shape} give {n_features} "
                               f"features: expected ({labels}, {intercept.shape[0]}); the model is damaged")
    shape = (bias.shape[0], n_features, intercept.shape[0])
    size = int(np.prod(shape))
    if positions.ndim != 1 or values.shape != positions.shape:
        raise ModelFormatError(f"{where(name + '_index')!r} and its values must be two lists of one length")
    # Bounds first, on the stored integers, so that unsigned or extreme values cannot wrap.
    if positions.size and (int(positions.min()) < 0 or int(positions.max()) >= size
                           or np.any(np.diff(positions.astype(np.int64)) <= 0)):
        raise ModelFormatError(f"{where(name + '_index')!r} must hold increasing positions below {size}")
    dense = np.zeros(size, dtype=np.float64)
    dense[positions.astype(np.int64)] = values
    return dense.reshape(shape)


def _check_npy_size(data: bytes) -> None:
    """Refuse an ``.npy`` whose header claims more data than the file holds."""
    from numpy.lib import format as npy

    stream = io.BytesIO(data)
    version = npy.read_magic(stream)
    if version not in ((1, 0), (2, 0)):
        raise ValueError(f".npy format version {version} is not one numpy's np.save writes for plain arrays")
    read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
    shape, _, dtype = read_header(stream)
    if dtype.hasobject:
        return  # np.load refuses it without allocating
    expected, held = int(np.prod(shape, dtype=object)) * dtype.itemsize, len(data) - stream.tell()
    if held != expected:
        raise ValueError(f"its header describes {expected:,} bytes of data, the file holds {held:,}")


def _as_path(path: Any, argument: str) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"{argument} must be a str or path, got {type_name(path)}")
    refuse_empty_path(path, argument)
    return Path(path)


def _parse_json(data: bytes, path: Path) -> Any:
    """The JSON in ``data``, read from the model file ``path`` (which a refusal names)."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_without_repeated_keys)
    except (UnicodeDecodeError, ValueError) as error:  # ValueError: also a number of over 4300 digits
        raise ModelIntegrityError(f"{str(path)!r} is not valid JSON: {error}") from None
    except RecursionError:
        raise ModelIntegrityError(f"{str(path)!r} is not valid JSON: it is nested too deeply") from None
    except _RepeatedKey as repeated:
        raise ModelIntegrityError(f"{str(path)!r} names {repeated.args[0]!r} twice; the file is damaged") from None


class _RepeatedKey(Exception):
    pass


def _without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refused when it names a key twice (json.loads keeps the last
    silently, so an edited file could say one thing to a reader and another to the loader)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _RepeatedKey(key)
        found[key] = value
    return found


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest_of(files: dict[str, bytes], reading: bytes | None = None) -> str:
    """The parameters' digest: of the arrays and the vocabulary, and from format 8 of how
    they are read (:func:`_reading`; None for the formats before, which leave it out)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + _sha256(files[name]).encode() + b"\n")
    if reading is not None:  # not a file name: no array can be called so
        digest.update(b"\0reading\0" + _sha256(reading).encode() + b"\n")
    return digest.hexdigest()


def _reading(version: int, target_link: Any, analyzer: Any, stance_only_features: Any, labels: Any,
             stance_classes: Any, none_label: Any, label_counts: Any, length_floor: Any = None) -> bytes | None:
    """What metadata.json says of how the arrays are read, as the digest of a model of format
    ``version`` covers it: nothing before format 8; in format 8 the number of labels and
    stance values and the off-topic label's place, not their names; from format 9 the names
    in order, the off-topic label's name and ``label_counts`` too; from format 10 the
    ``length_floor`` when there is one (without one, what format 9 covers: a model without a
    floor has the digest it had before the option).

    >>> _reading(8, "sigmoid", {"ngram_max": 2}, [], ["a", "none"], ["against", "favor"], "none", {"a": 3})
    b'{"analyzer":{"ngram_max":2},"labels":2,"none_label_at":1,"stance_classes":2,"stance_only_features":[],"target_link":"sigmoid"}'
    >>> _reading(9, "sigmoid", {}, [], ["b", "a"], [], None, {"a": 3, "b": 1})
    b'{"analyzer":{},"label_counts":{"a":3,"b":1},"labels":["b","a"],"none_label":null,"stance_classes":[],"stance_only_features":[],"target_link":"sigmoid"}'
    """
    if version < READING_COVERED_SINCE:
        return None
    covered = {"target_link": target_link, "analyzer": analyzer,
               "stance_only_features": list(stance_only_features or ())}
    if version < NAMES_COVERED_SINCE:
        def count(names: Any) -> Any:
            return len(names) if isinstance(names, (list, tuple)) else names

        at = list(labels).index(none_label) if isinstance(labels, (list, tuple)) and none_label in labels else None
        covered.update(labels=count(labels), stance_classes=count(stance_classes), none_label_at=at)
        return json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    covered.update(labels=labels, stance_classes=stance_classes, none_label=none_label, label_counts=label_counts)
    if length_floor is not None and version >= LENGTH_FLOOR_SINCE:
        covered["length_floor"] = length_floor
    # ASCII: a name read from metadata.json may hold a lone surrogate ("\ud800"), which UTF-8 cannot encode.
    return json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _reading_recorded(metadata: dict[str, Any]) -> bytes | None:
    """:func:`_reading` of what ``metadata`` records, as its format defines it (a value of the
    wrong kind is taken as written: the digest then differs, and the load refuses it)."""
    training = metadata.get("training_data")
    counts = training.get("label_counts") if isinstance(training, dict) else None
    return _reading(metadata.get("format_version", 0), metadata.get("target_link"), metadata.get("analyzer"),
                    metadata.get("stance_only_features"), metadata.get("labels"), metadata.get("stance_classes"),
                    metadata.get("none_label"), counts, metadata.get("length_floor"))

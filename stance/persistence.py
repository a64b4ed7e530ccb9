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

This module holds :func:`save_model` and :func:`load_model`; the work is done behind them, in
:mod:`stance.model_format` (the files of a model, the format versions, the parameters'
digest), :mod:`stance.model_writing` (writing the files), :mod:`stance.model_placement`
(putting the folder into place), :mod:`stance.model_loading` (reading it back, checksums
and retries) and :mod:`stance.model_checks` (what metadata.json and the arrays say). The
names that other modules and the tests import from here are imported here too.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    ModelFormatError,
    ModelIntegrityError,
    decode_hint,
    quoted,
    require_bool,
    type_name,
)
from .file_types import dangling_link
from .files import (
    expanded,
    followed,
    in_a_link_loop,
    made_under_a_file,
    refuse_empty_path,
    refuse_nul_in_path,
    refuse_unusable_output,
)
from .model_format import (  # noqa: F401  (imported from here by other modules and the tests)
    CANNOT_SINCE,
    CHECKSUMS,
    CONFIDENCE_CALIBRATION_SINCE,
    FORMAT_VERSION,
    INVISIBLES_SINCE,
    NAMES_COVERED_SINCE,
    READING_COVERED_SINCE,
    _digest_of,
    _reading_recorded,
    _sha256,
    oldest_format,
)
from .model_loading import (  # noqa: F401
    LEFTOVER_AFTER,
    _load_retrying,
    _refuse_impossible,
    _retired_copies,
    _shown,
    model_stem,
    not_a_model,
)
from .model_placement import (  # noqa: F401  (unwritable_model_path: imported from here by the command line)
    _in_use,
    _move_into_place,
    _remove_empty,
    _remove_leftovers,
    _swap_into_place,
    inside_a_model,
    remove_or_warn,
    unwritable_model_path,
    write_protected,
)
from .model_writing import _json_bytes, _write_files, source_date_epoch  # noqa: F401

if TYPE_CHECKING:
    from .model import StanceModel


def save_model(model: StanceModel, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write ``model`` to the directory ``path`` atomically and return the path.

    An existing directory is refused unless ``overwrite=True``; then it is replaced only
    once the new one is complete. A symbolic link is followed, as writing a file through
    one is: the directory it points to is replaced and the link is kept
    (``models/current -> v1`` still points to ``v1``, which holds the new model).
    """
    given = _as_path(path, "path")
    overwrite = require_bool("overwrite", overwrite)  # before anything is replaced
    refuse_nul_in_path(given, "path")  # a bare ValueError from the system's calls below
    refuse_unusable_output(given, "path")
    source_date_epoch()  # refused before anything is written, as nothing written would record it
    # Swapping the link itself would turn it into a directory, and left the retired link
    # behind for good (rmtree refuses links), which every later failed load took for a
    # save in progress.
    loop = in_a_link_loop(given)  # before anything resolves it
    if loop:
        raise loop
    target = followed(given)
    problem = _in_use(target) or inside_a_model(target)
    if problem:
        raise InvalidInputError(problem)
    # What it writes is read of one copy: a refit in another thread meanwhile wrote one fit's
    # parameters beside the next one's options, files a load refused as damaged.
    fitted, model = model, model._pinned()
    params = model.params_
    if target.exists() and not target.is_dir():
        raise FileExistsError(f"{str(target)!r} is a file, not a model directory; choose another path")
    blocked = made_under_a_file(target)
    if blocked:
        raise NotADirectoryError(blocked)
    if target.exists() and not overwrite:
        raise FileExistsError(
            f"{str(target)!r} already exists; pass overwrite=True to replace it"
        )
    problem = not_a_model(target) if target.exists() else None
    if problem:
        raise FileExistsError(f"{str(target)!r} exists and is not a stance model directory ({problem}); "
                              f"refusing to replace it")
    problem = write_protected(target) if target.exists() else None
    if problem:  # a PermissionError (EACCES); on a read-only file system, where chmod cannot help, EROFS
        raise problem
    _warn_of_options_set_since_fit(model, given)  # once nothing refuses the save
    made_folders = [folder for folder in target.parents if not folder.exists()]  # deepest first
    replacing = (target / CHECKSUMS).is_file()  # a model is in place
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{model_stem(target)}.saving-", dir=target.parent))
    except OSError as error:  # named by the directory asked for, not a hidden staging one
        _remove_empty(made_folders)
        raise OSError(error.errno, f"cannot save to {str(target)!r}: {error.strerror}") from None
    try:
        current_umask = forksafe.imported(".files").current_umask

        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes 0700; a model is shared
        digest = _write_files(model, params, staging)
        if replacing:  # the model's folder keeps its permissions (a private one, chmod 700), as an output does
            _keep_modes(staging, target)
        if overwrite:
            _swap_into_place(staging, target)
        else:  # what was missing above may be there now: another save's model, say
            _move_into_place(staging, target)
    except BaseException as error:
        remove_or_warn(staging, "the folder this failed save wrote", failing=True)
        _remove_empty(made_folders)
        if isinstance(error, OSError) and error.strerror and not error.strerror.startswith("cannot save to"):
            # a full disk said "No space left on device" and no more: named as above
            raise OSError(error.errno, f"cannot save to {str(target)!r}: {error.strerror}") from None
        raise
    _remove_leftovers(target, set_aside=replacing)
    forksafe.imported(".files").raise_if_interrupted()  # one held as the model was put in place
    # Where these parameters are now, for evaluate's report, which called the model "not saved"
    # right after this save. Not saved_, which is what a load read (its creation time, versions,
    # format: a save of it keeps the format it was loaded in) and None for a model fitted here.
    # A fit clears it with the parameters it replaces; one in another thread meanwhile is not saved.
    if fitted.__dict__.get("params_") is params:
        fitted._saved_to = {"path": str(target.resolve()), "parameters_sha256": digest}
    return given


def _keep_modes(staging: Path, target: Path) -> None:
    """Give the folder ``staging`` and each file it holds the permissions of the model folder
    ``target`` and of its file of that name, as an output rewritten keeps its mode: the
    folder kept its own (750), but its files (640) came back 644 by the umask. Set before the
    swap, on files no reader has yet; a file the old model had not keeps the umask's."""
    keep_mode = forksafe.imported(".files").keep_mode

    keep_mode(staging, target, 0o777)
    _readable(staging, 0o500)
    for made in staging.rglob("*"):
        replaced = target / made.relative_to(staging)
        if made.is_file() and replaced.is_file() and not replaced.is_symlink():
            keep_mode(made, replaced, 0o666)
            _readable(made, 0o400)


def _readable(path: Path, owner_bits: int) -> None:
    """Give ``path`` the ``owner_bits`` its owner needs to load the model again: a file kept at
    mode 000 (or a folder at 600) made a save that said it saved a model no load could read (a
    review)."""
    mode = os.stat(path).st_mode & 0o7777
    if mode & owner_bits != owner_bits:
        os.chmod(path, mode | owner_bits)


def _warn_of_options_set_since_fit(model: StanceModel, target: Path) -> None:
    """Say that the options ``set_params`` gave a fitted model are not saved: the model
    predicts as it was fitted, so its files record the options it was fitted with (those set
    since, written beside the fitted analyzer's, made files a load refused as damaged)."""
    from .exceptions import option_value, warn

    changed = model._options_set_since_fit()
    if changed:
        listed = ", ".join(f"{name}={option_value(now)} (fitted with {option_value(fitted)})"
                           for name, (now, fitted) in sorted(changed.items()))
        warn(f"options set after the model was fitted take effect only after fit(): {listed}; "
             f"{str(target)!r} holds the model as fitted, and records the options it was fitted with")


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
    try:
        model = _load_retrying(followed(folder))
    except ModelFormatError as error:  # ModelIntegrityError too
        # Asked once the tries are over (a save over the folder a link points to swaps it): the
        # missing target was named, "'/abs/t/t/missing' does not exist", a path never typed.
        dangling = dangling_link(folder, at="a saved stance model directory")
        if dangling and not _retired_copies(followed(folder)):  # else: where the interrupted save left it
            told = ModelFormatError(f"{_shown(folder)} {dangling}")
            _named_as_given(told, folder, path)
            raise told from None
        _named_as_given(error, folder, path)
        raise
    refuse_unpinned(model, sha256, path)
    return model


def _named_as_given(error: ModelFormatError, folder: Path, path: Any) -> None:
    """Name the model's folder at the start of ``error``'s message as ``path`` was given, not
    as the Path ``folder`` made of it holds it: --model ./bundled of a folder of no model was told
    "'bundled' has no checksums.json", a name that on the command line is the packaged model's.

    >>> error = ModelFormatError("'bundled' has no checksums.json")
    >>> _named_as_given(error, Path("./bundled"), "./bundled")
    >>> print(error)
    './bundled' has no checksums.json
    """
    given = os.fspath(path) if isinstance(path, (str, os.PathLike)) else None
    said = error.args[0] if len(error.args) == 1 else None
    if not isinstance(given, str) or given == str(folder) or not isinstance(said, str):
        return
    named = repr(str(folder))
    if said.startswith(named):  # of another folder (a link's target, say) it says nothing of this name
        error.args = (repr(given) + said[len(named):],)


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


def _as_path(path: Any, argument: str) -> Path:
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"{argument} must be a str or path, got {type_name(path)}")
    refuse_empty_path(path, argument)
    return Path(expanded(path))

"""Reading a saved model's folder: every file capped in size before it is read, refused
unless a regular file and checked against ``checksums.json``, the model rebuilt from them
(:mod:`stance.model_checks` checks what they say), and the load tried again while a save
replaces the folder.

The same careful reading tells a save whether an existing folder is a model that it may
replace (:func:`not_a_model`); and a load tells a save's staging and set-aside folders
beside the model, in progress or left by a killed save, by their names and age.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from .bundled_names import meant_bundled  # the rule argument_order, light, tells by too
from .exceptions import (
    QUOTED_PATH_WIDTH,
    ModelFormatError,
    ModelIntegrityError,
    is_int,
    quoted,
    quoted_list,
    shell_path,
    shortened,
)
from .file_types import link_loop, nearest_hint
from .jsonl import json_kind
from .model_checks import (
    RESTORE,
    _check_format,
    _parameters_from,
    _parse_json,
    _unknown_to_us,
    _warn_if_options_cannot_refit,
    _warn_of_unknown_options,
    metadata_of_other_arrays,
    parse_model_json,
)
from .model_format import (
    ARRAY_NAMES,
    CARD,
    CHECKSUMS,
    LENGTH_FLOOR_SINCE,
    MAX_BYTES,
    MAX_BYTES_OTHERWISE,
    MAX_BYTES_PER_TERM,
    METADATA,
    METADATA_KEYS,
    MODEL_FILES,
    NAMES_COVERED_SINCE,
    READING_COVERED_SINCE,
    SPARSE_ARRAYS,
    VOCABULARY,
    _digest_of,
    _reading_recorded,
    _sha256,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .model import StanceModel


LOAD_ATTEMPTS = 5  # a load that meets a save in progress tries this often in all
PATH_SHOWN = QUOTED_PATH_WIDTH  # characters of a path that a refusal quotes, as a data file's
# A save writes its staging folder within seconds, each file it adds marking the folder
# changed, and moving a model aside marks that one changed: a staging or set-aside folder
# unchanged for longer than this (in seconds) is a killed save's, not a save in progress.
LEFTOVER_AFTER = 3600


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
    extra = [name for name in _unlisted_files(folder, listed) if name != CARD]  # as a load does (EVERY_MODEL_HAS)
    if not extra:
        return None
    return f"it holds files that are not part of a model: {quoted_list(extra, width=FILE_NAME_WIDTH)}"


# Files an operating system's file manager writes into a folder it shows (macOS Finder's
# .DS_Store, and ._ files beside each file on a disk that is not macOS's, and the __MACOSX folder
# of them alone that its "Compress" puts in a zip archive, unzipped with the model (see
# _resource_forks_only); Windows Explorer's
# Thumbs.db and desktop.ini), and the folder Jupyter writes beside a file opened in it
# (.ipynb_checkpoints, copies of what the file held: a look at metadata.json from a notebook
# left one, and the model could no longer be loaded or saved over): no model file has these
# names, so they are not the model's and are no user's work either. A save replaces them
# with the folder, and a load ignores them.
# The folder each version control keeps its history in, beside the files of its working copy:
# one in a model's folder is not advised removed.
VERSION_CONTROL_FOLDERS = {".git": "git", ".hg": "Mercurial", ".svn": "Subversion"}
OS_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".ipynb_checkpoints"})
MACOS_ARCHIVE_FOLDER = "__MACOSX"


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
    if MACOS_ARCHIVE_FOLDER in names and _resource_forks_only(folder / MACOS_ARCHIVE_FOLDER):
        names.discard(MACOS_ARCHIVE_FOLDER)
    return sorted(name for name in names if not name.startswith("._"))


def _resource_forks_only(folder: Path) -> bool:
    """Whether ``folder`` (a __MACOSX one) holds AppleDouble ``._`` files alone, in any depth:
    what macOS's "Compress" puts there. Only then is it no one's work: a save replaces a folder
    of nothing else, and a __MACOSX of other files is kept from that (a review).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     (Path(folder) / "sub").mkdir()
    ...     _ = (Path(folder) / "sub" / "._idf.npy").write_text("")
    ...     forks = _resource_forks_only(Path(folder))
    ...     _ = (Path(folder) / "thesis.docx").write_text("mine")
    ...     forks, _resource_forks_only(Path(folder))
    (True, False)
    """
    try:
        for path in folder.rglob("*"):
            if path.is_symlink() or not (path.is_dir() or path.name.startswith("._")):
                return False
    except OSError:
        return False
    return folder.is_dir() and not folder.is_symlink()


def _left_over(entry: os.DirEntry) -> bool:
    """Whether a save's staging or set-aside folder is a killed save's: unchanged for
    ``LEFTOVER_AFTER`` seconds (the change time, which a move marks; or, where that is the
    creation time, as on Windows, the time of the last file added)."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:  # gone meanwhile
        return False
    return time.time() - max(info.st_mtime, info.st_ctime) > LEFTOVER_AFTER


def _a_saved_model(entry: os.DirEntry) -> bool:
    """Whether the entry of a folder is a saved model (a folder with its checksums), as a missing
    model folder is told the one it likely meant: "unii" or "uni " for the "uni" beside it."""
    try:
        return entry.is_dir() and os.path.isfile(os.path.join(entry.path, CHECKSUMS))
    except OSError:  # unreadable: not offered
        return False


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
            except MemoryError as error:
                if str(error):  # one that names the file
                    raise
                # Python's own (numpy's building an array, say) says nothing: a traceback ending
                # in a bare "MemoryError" was all a load said.
                raise MemoryError(f"{_shown(folder)} could not be loaded: not enough memory; free memory (or "
                                  f"raise `ulimit -v`) and load the model again") from None
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


# What the longest hidden name of a save adds to its model's: ".", ".saving-" and eight characters.
_SAVE_ADDS = 17


def model_stem(folder: Path) -> str:
    """The model folder's name as the hidden folders its saves make beside it hold it
    (``.NAME.saving-…``, ``.NAME.old-…``): cut when it is long (see
    :func:`stance.files.hidden_stem`), or a model of a 250-byte name could not be saved."""
    return forksafe.imported(".files").hidden_stem(folder.name, folder.parent, _SAVE_ADDS)


def _being_replaced(folder: Path) -> bool:
    """Whether :func:`save_model` is writing or swapping ``folder`` right now: a folder it
    makes for that is there, and is not what a killed save left long ago."""
    prefixes = (f".{model_stem(folder)}.saving-", f".{model_stem(folder)}.old-")  # the names save_model gives them
    try:
        return any(entry.name.startswith(prefixes) and not _left_over(entry) for entry in os.scandir(folder.parent))
    except OSError:
        return False


def _retired_copies(folder: Path) -> list[Path]:
    """The previous models save_model set aside beside ``folder``, oldest first."""
    try:
        found = [Path(e.path) for e in os.scandir(folder.parent)
                 if e.name.startswith(f".{model_stem(folder)}.old-") and e.is_dir()]
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
        if loop := link_loop(folder):  # there, not mistyped: "does not exist" sent the user looking for a typo
            raise ModelFormatError(f"{_shown(folder)}: {loop}; expected a saved stance model directory")
        if not folder.exists():
            raise ModelFormatError(f"{_shown(folder)} does not exist; expected a saved stance model directory"
                                   + nearest_hint(folder, _a_saved_model)
                                   + (" (for the bundled model, pass model=None, or call stance.default_model(), "
                                      "with sha256= to pin it: 'bundled' names it on the command line)"
                                      if meant_bundled(str(folder)) else ""))
        raise ModelFormatError(f"{_shown(folder)} is not a directory; expected a saved stance model"
                               + _unzip_advice(folder) + _folder_advice(folder))
    contents, unused = verified_files(folder)
    metadata = _metadata_from(contents[METADATA], folder / METADATA)
    _check_format(metadata, folder)
    # Arrays only: checksums.json may also list, say, the file a link in the folder points to.
    unread = sorted(name for name in unused if name.endswith(".npy"))
    if unread:  # skipped, the model would predict without them
        listed = ", ".join(repr(name) for name in unread)
        raise ModelFormatError(f"{str(folder)!r}: {_unknown_to_us(metadata, f'the file {listed}', verb='reads')}: "
                               f"upgrade stance to load it")
    params = _parameters_from(contents, metadata, folder)
    # After the arrays and what metadata.json says of them were checked one by one, which name
    # what is wrong (its objects by _check_format): the digest tells only that something is.
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
    if "stance_only_features" not in metadata:  # 0.1.0's format 2 wrote none: a save leaves it out again
        model._filled_at_load += ("stance_only_features",)
    _warn_of_unknown_options(metadata, folder)
    _warn_if_options_cannot_refit(model, folder)
    versions = metadata.get("versions")
    model.saved_ = {"created": metadata.get("created"), "versions": versions if isinstance(versions, dict) else {},
                    "path": str(folder.resolve()), "parameters_sha256": metadata.get("parameters_sha256"),
                    "format_version": metadata["format_version"]}
    # Keys that are not stance's (a user's notes), which a save writes again as loaded.
    model._kept_metadata = {key: value for key, value in metadata.items() if key not in METADATA_KEYS}
    # Whether the card has the words of before "saved with" (the bundled model's, say), with the
    # digest of the metadata.json it came with: a save that writes that again byte for byte (the
    # same model, time and versions) writes the card in those words, and so every file as it was.
    # (backslashreplace: a lone surrogate a forged "created" holds matches no card, and fails no load)
    worded_before = (f"\nCreated {metadata.get('created')} with stance ".encode("utf-8", "backslashreplace")
                     in contents.get(CARD, b""))
    model._card_worded_before = _sha256(contents[METADATA]) if worded_before else None
    # So too a card without the section on training it again (cards before it, the bundled
    # model's): saved again, it stays without (and the folder, saved as it was, byte for byte as shipped).
    card = forksafe.imported(".card")
    retraining = f"\n{card.RETRAINING_HEADING}\n".encode() in contents.get(CARD, b"")
    model._card_without_retraining = not retraining
    # The line a card has in its place once saved again under other versions: kept, rebuilt
    # from the versions it names (a line edited by hand, which every later card would copy, is not).
    model._card_retraining_note = next(
        (card.retraining_note_read(line) for line in contents.get(CARD, b"").decode("utf-8", "replace").split("\n")
         if line.startswith(card.RETRAINING_LEFT_OUT)), None) if not retraining else None
    # The options as recorded (the load fills in those added since): whether a version before
    # the confidence calibration may have saved them, which stance info then says.
    model._may_predate_calibration = forksafe.imported(".info").may_predate_calibration(
        metadata.get("options"), metadata["format_version"])
    return model


# A file's name is listed whole, to be copied into rm: a file system's names are at most 255 bytes.
FILE_NAME_WIDTH = 255
# Files every model of every format has: one of them that checksums.json does not list is the
# checksums' damage, not a file to remove. Not the card: the checksums decide which files a model
# has, and nothing reads the card to predict, so one they leave out is not the model's, and the
# model loads with it there or not, as the README says (its save writes a card anew).
EVERY_MODEL_HAS = frozenset({METADATA, VOCABULARY,
                             *(f"{name}.npy" for name in ("idf", "target_coef", "target_intercept", "thresholds"))})


def _metadata_from(data: bytes, path: Path) -> dict[str, Any]:
    """The object the model's metadata.json (``path``, its bytes ``data``) holds.

    One that is not JSON, or JSON but no object, is damaged, and is told what to do as a
    damaged checksums.json is: "is not valid JSON" said no more, and a list was told that
    "metadata.json does not describe a stance-model", as if the folder were another tool's.
    """
    metadata = parse_model_json(data, path)
    if not isinstance(metadata, dict):
        raise ModelIntegrityError(f"{str(path)!r} holds {json_kind(metadata)}, not a JSON object; the file is "
                                  f"damaged; {RESTORE.format(what='it')}")
    return metadata


def verified_files(folder: Path) -> tuple[dict[str, bytes], list[str]]:
    """Read every file of a model directory, refusing missing, extra or altered ones: the
    bytes of the model's files, and the names of the files its checksums list that are not
    (checked, not kept)."""
    checksum_path = folder / CHECKSUMS
    if not checksum_path.exists() and not checksum_path.is_symlink():
        # Beside a metadata.json, the rest of a model is there: "not a saved stance model" sent
        # the user looking for another folder, where a file of this one is what is missing.
        if (folder / METADATA).exists() or (folder / METADATA).is_symlink():
            raise ModelIntegrityError(f"{str(folder)!r} has no {CHECKSUMS}: the model's checksums are missing, so "
                                      f"its files cannot be checked; {RESTORE.format(what=CHECKSUMS)}")
        raise ModelFormatError(f"{str(folder)!r} has no {CHECKSUMS}; it is not a saved stance model"
                               + _model_inside(folder))
    _require_plain_file(checksum_path)  # a folder, a pipe or /dev/zero is no missing file
    data = _read_at_most(checksum_path, MAX_BYTES[CHECKSUMS])
    try:
        expected = parse_model_json(data, checksum_path)  # cut short or garbled: what to do, as of every other file
    except ModelIntegrityError:
        # A repository keeping *.json in Git LFS too: checksums.json, read first, is a pointer,
        # and "is not valid JSON … restore it" sent the user back to the clone that gave it.
        if data.startswith(_GIT_LFS_POINTER):
            raise _git_lfs_refusal(checksum_path) from None
        raise
    if not isinstance(expected, dict) or not all(isinstance(v, str) for v in expected.values()):
        raise ModelIntegrityError(f"{str(folder / CHECKSUMS)!r} is malformed; {RESTORE.format(what='it')}")
    # Hex in either case: checksums rewritten with PowerShell's Get-FileHash (upper case) were
    # told of corruption, where sha256= already took an upper-case digest. A save writes lower.
    expected = {name: digest.lower() for name, digest in expected.items()}
    # Before the missing files: "../train.csv" or "/etc/passwd" was told it "is missing …
    # restore it", as if the model had such a file. Refused unread.
    for name in expected:
        if not _a_file_name(name):
            raise ModelIntegrityError(f"{str(folder)!r}: its {CHECKSUMS} names {quoted(name)}, which is a path outside "
                                      f"the folder or not a file name, not a file of a model (no save writes it); "
                                      f"{RESTORE.format(what=CHECKSUMS)}")
    present = {p.name for p in folder.iterdir()} - {CHECKSUMS}
    missing = sorted(set(expected) - present)
    extra = [name for name in _unlisted_files(folder, expected) if name != CARD]  # see EVERY_MODEL_HAS
    if missing:
        raise ModelIntegrityError(f"{str(folder)!r} is missing {missing}, which its {CHECKSUMS} lists as the model's; "
                                  + RESTORE.format(what="them" if len(missing) > 1 else "it"))
    # A file every model has that the checksums do not list is their damage: "not part of the
    # model; remove them" told the user to delete the model's own files. One that only some
    # models have (a stance head's array, the calibration's) may be either: a stray from another
    # model, or the checksums' damage.
    unlisted = [name for name in extra if name in EVERY_MODEL_HAS]
    if unlisted:
        raise ModelIntegrityError(f"{str(checksum_path)!r} is damaged: it does not list {unlisted}, which every "
                                  f"model has; {RESTORE.format(what=CHECKSUMS)}")
    maybe_own = [name for name in extra if name in MODEL_FILES]
    if maybe_own:
        # Not "remove it": removing the model's own array left a model that would not load.
        raise ModelIntegrityError(
            f"{str(folder)!r} holds {quoted_list(maybe_own, width=FILE_NAME_WIDTH)}, which its {CHECKSUMS} does not "
            f"list: copied there from another model, or the model's own with its {CHECKSUMS} damaged; restore the "
            "model from the copy it came from (all of its files, from one save, into an empty folder), or retrain it")
    if extra:
        # Not ".git" (".hg", ".svn") removed: a repository's history, whose working tree is the model's folder.
        history = next((name for name in extra if name in VERSION_CONTROL_FOLDERS), None)
        advice = ("remove them" if history is None else
                  f"{history!r} makes the model's folder a {VERSION_CONTROL_FOLDERS[history]} repository's working "
                  f"tree: keep it, and move the model's files ({CHECKSUMS} with them) into a folder of their own"
                  + ("" if extra == [history] else ", without the other files"))
        raise ModelIntegrityError(
            # The first ten: 20,000 files made a refusal of 280 KB.
            f"{str(folder)!r} holds files that are not part of the model: {quoted_list(extra, width=FILE_NAME_WIDTH)}; "
            + advice
        )
    contents: dict[str, bytes] = {}
    unused: list[str] = []
    limits = dict(MAX_BYTES)
    counted: dict[str, int] = {}  # the limits metadata.json's counts set
    for name, digest in sorted(expected.items(), key=lambda item: item[0] != METADATA):  # it sets the limits
        _require_plain_file(folder / name)  # before reading: a FIFO blocks, /dev/zero never ends
        limit = limits.get(name, MAX_BYTES_OTHERWISE)
        if name in counted and (folder / name).stat().st_size > limit:
            _refuse_metadata_that_miscounts(folder, _metadata_from(contents[METADATA], folder / METADATA), expected)
        if name not in MODEL_FILES:
            # Never read as the model's: hashed in pieces, not held. Read whole, each such file
            # took up to its 2 GiB limit of memory, all of them at once (three 1.2 GB files
            # listed with their checksums: 3.5 GB, an empty MemoryError under `ulimit -v`).
            if digest not in _streamed_digests(folder / name, limit):
                raise _altered(folder / name)
            unused.append(name)
            continue
        data = _read_at_most(folder / name, limit)
        if _sha256(data) != digest:
            data = _as_saved(data, digest)  # hashed again only for a file that failed: loads stay one hash a file
            if _sha256(data) != digest:
                raise _altered(folder / name)
        if name == METADATA:
            counted = _size_limits(data)
            limits.update(counted)
        contents[name] = data
    for required in (METADATA, VOCABULARY, "idf.npy"):
        if required not in contents:
            raise ModelFormatError(f"{str(folder)!r} lacks {required}, which every model has, and its {CHECKSUMS} "
                                   f"does not list it; {RESTORE.format(what='the model')}")
    return contents, unused


def _a_file_name(name: str) -> bool:
    """Whether ``name``, listed in a model's checksums, can be a file of the model's folder: no
    path (no separator of any system, no "." or ".."), not empty, and not hidden (no save
    writes a name beginning with a dot, and a "..x" walks nowhere but is no model's either).

    >>> [_a_file_name(n) for n in ("idf.npy", "../train.csv", "/etc/passwd", "", ".", "a\\\\b", "sub/x", "a\\x00b")]
    [True, False, False, False, False, False, False, False]
    """
    return bool(name) and not name.startswith(".") and not any(mark in name for mark in "/\\\0")


def _altered(path: Path) -> ModelIntegrityError:
    """The refusal of the model file ``path``, which does not match its checksum."""
    # The card is checksummed as the arrays are: notes written into it (a class's
    # remarks) made the model fail to load with no word of why a .md file counts.
    card = (" (the model card is checked as every file of the model is: keep notes in a file beside "
            "the model's folder, not in it)" if path.name == CARD else "")
    if _a_git_lfs_pointer(path):
        # A clone of a repository keeping the model in Git LFS, without git-lfs (or with
        # GIT_LFS_SKIP_SMUDGE=1), has these few lines for each file: "restore it from the copy
        # the model came from" sent the user back to the clone that gave them.
        return _git_lfs_refusal(path)
    return ModelIntegrityError(f"{str(path)!r} does not match its checksum: the file was altered or "
                               f"corrupted{card}; {RESTORE.format(what='it')}")


_GIT_LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def _git_lfs_refusal(path: Path) -> ModelIntegrityError:
    """The refusal of ``path``, a Git LFS pointer where a model's file should be: what to run.

    >>> print(_git_lfs_refusal(Path("m/idf.npy")))  # doctest: +ELLIPSIS
    'm/idf.npy' is a Git LFS pointer, not the file it stands for: ...; run git lfs pull in the repository ...
    """
    return ModelIntegrityError(f"{str(path)!r} is a Git LFS pointer, not the file it stands for: the model's "
                               "files are kept in Git LFS and were not fetched; run git lfs pull in the "
                               "repository (git lfs install first, where git-lfs is new), then load it again")


def _a_git_lfs_pointer(path: Path) -> bool:
    """Whether ``path`` holds a Git LFS pointer (its spec's first line; a pointer is under
    200 bytes) where a model's file should be.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     pointer, array = Path(folder) / "idf.npy", Path(folder) / "other.npy"
    ...     _ = pointer.write_bytes(b"version https://git-lfs.github.com/spec/v1\\noid sha256:ab\\nsize 9\\n")
    ...     _ = array.write_bytes(b"\\x93NUMPY")
    ...     _a_git_lfs_pointer(pointer), _a_git_lfs_pointer(array), _a_git_lfs_pointer(Path(folder) / "gone")
    (True, False, False)
    """
    try:
        with open(path, "rb") as file:
            return file.read(len(_GIT_LFS_POINTER)) == _GIT_LFS_POINTER
    except OSError:
        return False


def _folder_advice(path: Path) -> str:
    """What the refusal of ``path``, a file, adds when it is one of a saved model's files
    (``models/energy/metadata.json``, the file a newcomer opens to see the model): the folder
    holding it, which is the model to pass; "" otherwise.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / CHECKSUMS).write_text("{}", encoding="utf-8")
    ...     _folder_advice(Path(folder) / "votes.csv")  # a data release's checksums.json alone: no model
    ...     _ = (Path(folder) / METADATA).write_text("{}", encoding="utf-8")
    ...     print(_folder_advice(Path(folder) / METADATA).replace(folder, "F"))
    ...     _folder_advice(Path(folder).parent / "notes.txt")
    ''
    ; it is a file of the saved model in 'F': pass that folder
    ''
    """
    model = path.parent
    try:  # both: a checksums.json alone is as likely a data release's, which is told no model folder
        saved = (model / CHECKSUMS).is_file() and (model / METADATA).is_file()
    except OSError:  # unreadable: nothing to offer
        return ""
    return f"; it is a file of the saved model in {_shown(model)}: pass that folder" if saved else ""


def _unzip_advice(path: Path) -> str:
    """What the refusal of ``path``, a file, adds when it is a zip archive (a model shared
    zipped): the command that unzips it and the folder to pass, its paths quoted for a shell
    ("my model.zip" split in two, "-m.zip" after "./", see :func:`stance.exceptions.shell_path`)
    and cut as :func:`_shown` cuts them; "" otherwise, a file named .zip that is no archive too.
    An archive of one folder is unzipped beside itself, or into a new folder when one of its
    folder's name is there already (zipfile overwrites without asking); one whose files sit at its top level
    (``cd m && zip -r ../m.zip .``) into a new folder named after it, as unzipping it beside
    itself spilt the model's files there, over any of the same names, with no folder to pass.

    >>> import tempfile, zipfile
    >>> with tempfile.TemporaryDirectory() as folder:  # doctest: +NORMALIZE_WHITESPACE
    ...     with zipfile.ZipFile(Path(folder) / "my model.zip", "w") as archive:
    ...         archive.writestr("m/metadata.json", "{}")
    ...     with zipfile.ZipFile(Path(folder) / "flat.zip", "w") as archive:
    ...         archive.writestr("metadata.json", "{}")
    ...     _ = (Path(folder) / "notes.zip").write_text("notes", encoding="utf-8")
    ...     print(_unzip_advice(Path(folder) / "my model.zip").replace(folder, "F"))
    ...     print(_unzip_advice(Path(folder) / "flat.zip").replace(folder, "F"))
    ...     _unzip_advice(Path(folder) / "notes.zip"), _unzip_advice(Path(folder) / "missing.zip")
    ; unzip it first (python -m zipfile -e 'F/my model.zip' F) and pass the folder it holds, F/m
    ; its files are at its top level: unzip it into a folder of its own
    (python -m zipfile -e F/flat.zip F/flat) and pass that folder, F/flat
    ('', '')
    """
    zipfile = forksafe.imported("zipfile")  # not imported by import stance: a fork may wait on its lock

    if path.suffix.lower() != ".zip":
        return ""
    try:
        if not zipfile.is_zipfile(path):
            return ""
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()  # read from the archive's directory, not unpacked
    except (OSError, zipfile.BadZipFile):  # unreadable: whether it is an archive cannot be told
        return ""

    def shown(part: Path) -> str:  # "-m.zip" after "./": zipfile took it for an option
        return shell_path(shortened(str(part), PATH_SHOWN))

    if not [name for name in names if not name.endswith("/") and not name.startswith("__MACOSX/")]:
        return "; it is a zip archive that holds no files"  # nothing to unzip (a review)
    folder = _one_folder_of(names)
    if folder is not None and not os.path.lexists(path.parent / folder):
        return (f"; unzip it first (python -m zipfile -e {shown(path)} {shown(path.parent)}) and pass the folder "
                f"it holds, {shown(path.parent / folder)}")
    # A folder that is new: zipfile unzips over what is there without asking, so into the
    # folder of that name already there (another model's) its files were spilt (a review).
    into = _new_folder_for(path)
    if folder is not None:
        return (f"; {shown(path.parent / folder)} is there already: unzip it into a new folder (python -m zipfile "
                f"-e {shown(path)} {shown(into)}) and pass the folder it holds, {shown(into / folder)}")
    return (f"; its files are at its top level: unzip it into a folder of its own (python -m zipfile -e "
            f"{shown(path)} {shown(into)}) and pass that folder, {shown(into)}")


def _new_folder_for(archive: Path) -> Path:
    """A path beside the zip ``archive`` that nothing is at, to unzip it into: named after it
    (``m.zip`` into ``m``), or ``m-2``, ``m-3``... when that is taken."""
    into, number = archive.with_suffix(""), 2
    while os.path.lexists(into):
        into, number = archive.with_name(f"{archive.stem}-{number}"), number + 1
    return into


def _one_folder_of(names: list[str]) -> str | None:
    """The one folder that every entry of a zip archive (its ``names``) is inside, or None when
    an entry sits at its top level or they are in several folders. macOS's "__MACOSX" folder
    of resource forks, which Finder adds to an archive, does not count.

    >>> _one_folder_of(["m/", "m/metadata.json", "__MACOSX/m/._metadata.json"]), _one_folder_of(["metadata.json"])
    ('m', None)
    >>> _one_folder_of(["a/x", "b/y"]), _one_folder_of([])
    (None, None)
    """
    tops = {name.split("/", 1)[0] for name in names if not name.startswith("__MACOSX/")}
    inside = all("/" in name for name in names)
    return tops.pop() if len(tops) == 1 and inside and "" not in tops else None


def _model_inside(folder: Path) -> str:
    """What the refusal of ``folder``, no model, adds when exactly one of its subfolders is a
    saved model (a model unzipped into a folder of its own): that folder; "" otherwise."""
    try:
        inside = [Path(entry.path) for entry in os.scandir(folder)
                  if entry.is_dir() and (Path(entry.path) / CHECKSUMS).is_file()
                  and (Path(entry.path) / METADATA).is_file()]
    except OSError:
        return ""
    return f" (a saved model is in {str(inside[0])!r})" if len(inside) == 1 else ""


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
    except MemoryError:  # within its limit, but more than this machine had left: said, not an empty MemoryError
        raise MemoryError(f"{str(path)!r} holds {size:,} bytes, more than the memory left to read it; "
                          f"free memory (or raise `ulimit -v`) and load the model again") from None
    except OSError as error:
        if error.filename is not None:  # open's own, which names it
            raise
        # A read that failed (a failing disk's "Input/output error") named no file, and the
        # command line said no more than that.
        raise OSError(error.errno, error.strerror, str(path)) from None
    if size > limit or len(data) > limit:
        raise _too_large(path, max(size, len(data)), limit)
    return data


def _too_large(path: Path, size: int, limit: int) -> ModelFormatError:
    """The refusal of the model file ``path``, of ``size`` bytes, more than its ``limit``."""
    # Saves before 0.2.0 wrote a metadata.json of any size (megabytes of a user's metrics_),
    # which this version no longer parses: said so, with the way out, not "damaged" alone.
    older = (", or written by stance 0.1.0 with large results in metrics_: load it with that version, "
             "set metrics_ = {} and save it again" if path.name == METADATA else "")
    return ModelFormatError(f"{str(path)!r} holds {size:,} bytes, far more than a saved model's "
                            f"{path.name} does (at most {limit:,}); the file is damaged or not the model's"
                            + (older or "; " + RESTORE.format(what="it")))


def _refuse_metadata_that_miscounts(folder: Path, metadata: dict[str, Any], expected: dict[str, str]) -> None:
    """Refuse metadata.json when a file is larger than its n_features allows but the arrays
    agree with each other on another number of features, and are the ones checksums.json
    (``expected``) signs: the count is what is wrong.

    An n_features of 5 in a model of 88,223 features refused idf.npy, untouched, as "far
    more than a saved model's idf.npy does ... restore it", which fixed nothing. idf.npy (one
    number a feature) and target_coef.npy (features × labels) are read by their headers only,
    each whole as its header says; when they disagree, or are no such arrays, the file too
    large is refused as it was. So is one when the two arrays are not the ones checksums.json
    signs: copied from a larger model beside an intact metadata.json, they agreed with each
    other, and metadata.json was blamed (a review of a109b12).
    """
    idf, coef = _npy_shape(folder / "idf.npy"), _npy_shape(folder / "target_coef.npy")
    if idf is None or coef is None or len(idf) != 1 or len(coef) != 2 or coef[0] != idf[0]:
        return
    for name in ("idf.npy", "target_coef.npy"):
        try:
            signed = _streamed_digests(folder / name, MAX_BYTES_OTHERWISE)[0] == expected.get(name)
        except (OSError, ModelFormatError):
            signed = False
        if not signed:
            return
    n_features = metadata.get("n_features")
    if n_features != idf[0]:
        raise metadata_of_other_arrays(folder, n_features, idf[0])


def _npy_shape(path: Path) -> tuple[int, ...] | None:
    """The shape of the array the ``.npy`` file ``path`` holds, read from its header alone;
    None when it is no such file or holds other than its header says.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     np.save(Path(folder) / "idf.npy", np.ones((3, 2)))
    ...     _npy_shape(Path(folder) / "idf.npy"), _npy_shape(Path(folder) / "none.npy")
    ((3, 2), None)
    """
    from numpy.lib import format as npy  # loaded with numpy

    try:
        with open(path, "rb") as handle:
            version = npy.read_magic(handle)
            read_header = {(1, 0): npy.read_array_header_1_0, (2, 0): npy.read_array_header_2_0}.get(version)
            if read_header is None:
                return None
            shape, _, dtype = read_header(handle)
            held = os.fstat(handle.fileno()).st_size - handle.tell()
    except (OSError, ValueError, EOFError):
        return None
    whole = not dtype.hasobject and held == int(np.prod(shape, dtype=object)) * dtype.itemsize
    return tuple(shape) if whole else None


def _streamed_digests(path: Path, limit: int) -> tuple[str, str]:
    """The sha256 of the file ``path``, and of its bytes with CRLF line ends turned to LF (as
    :func:`_as_saved` takes them), read in 1 MiB pieces so that memory stays flat; refused
    when it holds more than ``limit`` bytes, as :func:`_read_at_most` refuses it.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "notes.txt").write_bytes(b"a\\r\\nb")
    ...     _streamed_digests(Path(folder) / "notes.txt", 2**20) == (_sha256(b"a\\r\\nb"), _sha256(b"a\\nb"))
    True
    """
    raw, restored, held, size = hashlib.sha256(), hashlib.sha256(), b"", 0
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > limit:
                raise _too_large(path, os.fstat(handle.fileno()).st_size, limit)
            while size <= limit and (piece := handle.read(2**20)):
                size += len(piece)
                raw.update(piece)
                # A CR that ends a piece may begin a CRLF the next piece ends: kept until then.
                piece, held = held + piece, b"\r" if piece.endswith(b"\r") else b""
                restored.update(piece[:len(piece) - len(held)].replace(b"\r\n", b"\n"))
    except OSError as error:
        if error.filename is not None:
            raise
        raise OSError(error.errno, error.strerror, str(path)) from None
    if size > limit:  # grew while it was read
        raise _too_large(path, size, limit)
    restored.update(held)
    return raw.hexdigest(), restored.hexdigest()


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

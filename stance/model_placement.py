"""Putting a saved model's folder into place at its path atomically, and cleaning up after
a failed, killed or concurrent save.

A save writes a sibling staging folder (``.<name>.saving-…``) and renames it into place:
onto a missing path through a claim another save cannot also take (:func:`_move_into_place`),
or over a model by trading the two folders in one step where the system can, else by moving
the old one aside (``.<name>.old-…``) first (:func:`_swap_into_place`). It refuses a path that
is or holds the folder the program works in (:func:`_in_use`), and removes what killed saves
left long ago and the folders a failed save made.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from . import _forksafe as forksafe
from .files import followed, in_a_link_loop, made_under_a_file, on_read_only_file_system
from .model_format import CHECKSUMS, FORMAT_NAME, METADATA
from .model_loading import _left_over, model_stem, not_a_model

SWAP_ATTEMPTS = 10  # a save whose swap races other saves to the same path tries this often


def _remove_leftovers(target: Path, *, set_aside: bool) -> None:
    """Remove the staging folders that saves to ``target`` killed long ago left beside it
    (see ``LEFTOVER_AFTER``), whole models that nothing reads, and, if ``set_aside``, the
    models they set aside.

    Only once a model in place has been replaced are set-aside copies removed: while
    ``target`` is missing, a load names the copy as the model to put back. The names
    matched are exactly those save_model makes (mkdtemp adds eight letters, digits or
    underscores; a long name is cut, see ``model_stem``), not those of a model saved as "m.old-v1" beside "m".
    """
    kinds = "saving|old" if set_aside else "saving"
    name = re.compile(rf"\.{re.escape(model_stem(target))}\.(?:{kinds})-[a-z0-9_]{{8}}")
    try:
        left = [entry.path for entry in os.scandir(target.parent)
                if name.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False) and _left_over(entry)]
    except OSError:  # the model is saved; what is left beside it can wait for the next save
        return
    for folder in left:
        remove_or_warn(Path(folder), "a copy a killed or failed save left")


def write_protected(target: Path) -> OSError | None:
    """Why the model folder ``target`` cannot be replaced, if it is write-protected (``chmod
    -R a-w``), else None, as the error to raise: a PermissionError (EACCES), or an OSError of
    EROFS on a file system mounted read-only, where chmod cannot help. Its errno, not its
    message (which holds the user's path), tells them apart. Without it, a save over it wrote
    the new model, swapped it in (the renames ask only the parent folder) and could not delete
    the old copy, left hidden beside it for good, while the new model lost the protection.
    Asked of the folder and those in it, whose files a replacement deletes; before anything is
    written.

    A folder is write-protected when its owner's write bit is off, whoever saves: the lock is
    the user's declared intent, and root, whom os.access always lets through (containers and
    CI jobs run as root), replaced a locked model with an unlocked one. It is also when
    os.access says the permissions bind the user who saves (another owner's folder, say).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     unlocked = write_protected(Path(folder)) is None
    ...     os.chmod(folder, 0o555)  # chmod a-w: refused, as root too
    ...     locked = write_protected(Path(folder))
    ...     os.chmod(folder, 0o755)
    >>> unlocked, locked.errno == errno.EACCES, locked.strerror.endswith("or save to another path")
    (True, True, True)
    """
    # First, for a locked model there too: the chmod the advice below gives fails on such a mount.
    if on_read_only_file_system(target):
        return OSError(errno.EROFS, f"{str(target)!r} is on a read-only file system, so it cannot be replaced; "
                                    f"save to another path")
    for folder, _, _ in os.walk(target):
        try:
            locked = not os.stat(folder).st_mode & stat.S_IWUSR
        except OSError:  # gone meanwhile, or unreadable: os.access below says what it can
            locked = False
        if locked or not os.access(folder, os.W_OK | os.X_OK):
            inside = "" if folder == str(target) else f" (its folder {folder[len(str(target)) + 1:]!r})"
            return PermissionError(errno.EACCES, f"{str(target)!r} is write-protected{inside}, so it cannot be "
                                   f"replaced; make it writable first (chmod -R u+w {str(target)!r}), or save to "
                                   f"another path")
    return None


def _removed(folder: Path) -> OSError | None:
    """Delete ``folder`` and all in it; the error, if some of it is left."""
    try:
        shutil.rmtree(folder)
        return None
    except FileNotFoundError:
        return None
    except OSError:
        pass
    # A model write-protected before it was set aside (chmod -R a-w): its folders let no file
    # go. It is a copy of ours that nothing reads, so its folders are made writable to delete it.
    with contextlib.suppress(OSError):
        for inner, _, _ in os.walk(folder):
            os.chmod(inner, stat.S_IMODE(os.lstat(inner).st_mode) | stat.S_IRWXU)
    try:
        shutil.rmtree(folder)
    except FileNotFoundError:
        return None
    except OSError as error:
        return error
    return None


def remove_or_warn(folder: Path, what: str, *, failing: bool = False) -> None:
    """Delete ``folder`` (``what`` says what it holds), or warn naming it if some of it stays:
    a hidden copy of a whole model was left in silence, one per save. ``failing``: called
    while an error propagates, which a warning the filters make an error must not replace."""
    from .exceptions import warn

    error = _removed(folder)
    if error is not None:
        with contextlib.suppress(Warning) if failing else contextlib.nullcontext():
            warn(f"could not delete {str(folder)!r}, {what} ({error.strerror or error}); it holds a whole "
                 f"model that nothing reads: delete it by hand (chmod -R u+w, then rm -r)")


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
    loop = in_a_link_loop(path)  # before anything resolves it
    if loop:
        return str(loop)
    target = followed(Path(path))
    problem = _in_use(target) or inside_a_model(target)
    if problem:
        return problem
    blocked = made_under_a_file(target)
    if blocked:
        return blocked
    folder = next((p for p in target.parents if p.exists()), Path("."))
    if not os.access(folder, os.W_OK | os.X_OK):
        why = "is on a read-only file system" if on_read_only_file_system(folder) else "is not writable"
        return f"cannot save to {str(target)!r}: folder {str(folder)!r} {why}"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".stance-check-", dir=folder))
    except OSError as error:
        return f"cannot save to {str(target)!r}: cannot make a folder in {str(folder)!r} ({error.strerror})"
    return None


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


def inside_a_model(target: Path) -> str | None:
    """Why ``target`` cannot hold a model because a folder above it holds a saved model, or None.

    A model's folder holds its files only: a model saved in 'm/v2' was written, and 'm' then
    failed to load, holding a file ('v2') its checksums do not list. Any depth, as any depth
    breaks it. A saved model is a folder with both its checksums and its metadata, so that
    another tool's checksums.json in a project's folder refuses no save below it.
    """
    resolved = target.resolve()  # through links, as a load of the model above would read it
    above = next((folder for folder in resolved.parents if _holds_a_model(folder)), None)
    if above is None:
        return None
    # Named as given where the path names it ('host' of 'host/v2'), else as resolved.
    named = next((folder for folder in target.parents if folder.resolve() == above), above)
    inner = resolved.relative_to(above)
    beside = os.path.normpath(os.path.join(named, os.pardir, inner))
    return (f"cannot save to {str(target)!r}: it is inside the folder of the model {str(named)!r}, which would "
            f"then no longer load; save it beside that folder instead, say to {beside!r}")


def _holds_a_model(folder: Path) -> bool:
    """Whether ``folder`` holds a saved stance model: its checksums, and metadata that names the
    format, as every format's has from the first. Another tool's checksums.json and metadata.json
    in a project's folder (a review) are no model's, and refuse no save below them.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as name:
    ...     folder = Path(name)
    ...     _ = (folder / CHECKSUMS).write_text('{"a": "b"}'); _ = (folder / METADATA).write_text("{}")
    ...     other = _holds_a_model(folder)
    ...     _ = (folder / METADATA).write_text('{"format": "stance-model", "format_version": 14}')
    ...     other, _holds_a_model(folder)
    (False, True)
    """
    if not (os.path.isfile(folder / CHECKSUMS) and os.path.isfile(folder / METADATA)):
        return False
    try:
        with open(folder / METADATA, "rb") as handle:
            start = handle.read(4096)  # the format is named first; no need to read a damaged file whole
    except OSError:
        return True  # unreadable here, but a model's files by name: refusing is the safe side
    return re.search(rb'"format"\s*:\s*"' + re.escape(FORMAT_NAME.encode()) + rb'"', start) is not None


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
    failed = False
    try:
        for _ in range(SWAP_ATTEMPTS):
            if target.exists():
                raise_if_interrupted()  # as before the rename below
                with files.interrupts_held():
                    if _exchanged(staging, target):  # one step: a model is in place at any moment
                        files.note_written(target)
                        retired.append(staging)  # which now holds the previous model, deleted below
                        return
                aside = Path(tempfile.mkdtemp(prefix=f".{model_stem(target)}.old-", dir=target.parent))
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
        failed = True
        if retired and not target.exists():
            # Taken off the list first: should putting it back fail, the previous model stays
            # in its set-aside copy (which a load names), not deleted with the others below.
            previous = retired.pop(0)
            os.replace(previous, target)  # put the previous model back
        raise
    finally:
        for aside in retired:
            remove_or_warn(aside, "the model this save replaced", failing=failed)


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

"""Locks that a process forked while another thread held one does not inherit held.

A fork copies only the thread that calls it. A lock another thread held at that moment
stayed held in the child for good, and the child's first call that needed it waited
forever: a service that warmed the bundled model in a thread while it forked its workers
(a multiprocessing pool, a pre-forking server) got workers that hung on their first
classification. Every :class:`Lock` guards state its holder keeps whole at each step (a
finished model assigned, a dictionary entry set), so the child takes a fresh lock and does
again whatever the vanished thread was doing. :func:`after_fork_in_child` resets other
per-process state such a thread leaves half-way (the garbage collector's pause).

A module another thread was importing is no such state: Python's lock of that module stayed
held in the child, whose first import of it waited forever (a worker forked while a thread
warmed the model hung on ``from .persistence import load_model``). So every import that a
public function does on first use (pandas, scikit-learn, matplotlib, stance's own modules
that ``import stance`` leaves out) goes through :func:`imported`, which holds
:data:`IMPORTING`, and a fork waits for it. What a library imports inside a function of
its own on first use (pandas' HTML formatter, matplotlib's backend) no lock of ours covers,
save what stance's own first use reaches, done with the package's import (see _FIRST_USE):
pyarrow's imports on pandas' first DataFrame of str, and its first cast; pandas' import of
zstandard, and numpy 2's of numpy.rec, on its first read of a file, of its CSV writer on its
first write of one, of its HTML and text formatters on its first table in HTML and in text
(an explanation's), and of its to_dict on its first table of records (a document's);
email's of its parser on importlib.metadata's first read of a distribution's metadata (a
model's save). Nor does one cover the first lookup of a codec, which imports its module
(encodings.cp850): stance's own codecs are looked up with its import (_STANCE_CODECS), and
one a caller names through :func:`codec`.

>>> lock = Lock()
>>> with lock:
...     lock.locked()
True
>>> _renew_in_child()
>>> lock.locked()
False
"""

from __future__ import annotations

import codecs
import concurrent.futures.thread  # noqa: F401  (before IMPORTING's fork handler: see there)
import contextlib
import importlib
import io
import logging  # noqa: F401  (before IMPORTING's fork handler: see there)
import os
import sys
import threading
import weakref
from collections.abc import Callable
from types import ModuleType


class Lock:
    """A ``threading.Lock`` that a forked child gets fresh (see the module docstring)."""

    __slots__ = ("__weakref__", "_lock")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        _LOCKS.add(self)

    def __enter__(self) -> bool:
        return self._lock.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self._lock.release()

    def locked(self) -> bool:
        return self._lock.locked()


# Every Lock alive (a model's goes with the model), and what else a child resets.
_LOCKS: weakref.WeakSet[Lock] = weakref.WeakSet()
_CHILD_RESETS: list[Callable[[], None]] = []


def after_fork_in_child(reset: Callable[[], None]) -> None:
    """Call ``reset`` in every child forked from now on, after its locks are renewed."""
    _CHILD_RESETS.append(reset)


def _renew_in_child() -> None:
    for lock in list(_LOCKS):
        lock._lock = threading.Lock()
    for reset in _CHILD_RESETS:
        reset()


def hold_while_forking(lock: threading.RLock) -> None:
    """Make a fork wait until no other thread holds ``lock``, and hold it meanwhile: for a
    lock whose holder leaves things half-done (a module registered before it has run), which
    a child must not see. The child releases its copy, which the forking thread held."""
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(before=lock.acquire, after_in_parent=lock.release, after_in_child=lock.release)


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_renew_in_child)

# Held while a function imports a module on first use (see imported(); and while the nltk
# loader runs a module), so that no fork catches the import half-way: importlib's lock of a
# module being imported is not renewed in the child. Reentrant, since an import runs others;
# one lock for all of them, so that two fork-held locks can never be taken in two orders.
# A fork runs the handlers registered last first: registered after logging's (imported at
# the top), a fork waits for the import before it takes logging's lock, which the imports of
# pandas, scikit-learn and matplotlib ask for (getLogger). Registered before it, the forking
# thread held that lock while it waited for an import that waited for the lock: both hung.
# The standard library's other module that takes a lock before a fork and lets it go after,
# concurrent.futures.thread, is imported at the top too, and not only for that order. A fork
# runs the before handlers there were when it began but the after handlers there are when it
# ends; while it waited here, an import (training's, pandas', any other thread's) registered
# that module's pair, and the fork released a lock it never took ("Exception ignored ...
# RuntimeError: release unlocked lock"). A module imported first while a fork waits must
# register no such pair; the two of the standard library are imported already (about 3 ms).
IMPORTING = threading.RLock()
hold_while_forking(IMPORTING)


# The packages stance imports whose import imports numpy.f2py (see imported()).
_IMPORT_F2PY = frozenset({"sklearn", "scipy", "dask"})


def imported(name: str) -> ModuleType:
    """The module ``name`` (``".files"``: stance's), imported if need be while holding
    :data:`IMPORTING`: how a function imports what ``import stance`` does not load, so that
    no fork catches the import half-way (``pd = forksafe.imported("pandas")``).

    Not at a module's top level: a thread importing that module (without the lock) would
    then wait for the lock while one holding it waited for the module.

    >>> imported("json").dumps([1])
    '[1]'
    >>> imported(".text").__name__
    'stance.text'
    """
    full_name = __package__ + name if name.startswith(".") else name
    module = sys.modules.get(full_name)
    # Imported already (the usual case): no lock, so no wait for another thread's import of
    # something else. One whose import another thread has begun waits for it to end.
    if (module is None or getattr(getattr(module, "__spec__", None), "_initializing", False)
            or (full_name in _FIRST_USE and full_name not in _first_used)):
        # Their import imports numpy's f2py, which fails on a SOURCE_DATE_EPOCH it cannot read
        # (empty, 1.7e9) in its own traceback: named first, whatever entry imports them.
        if name.partition(".")[0] in _IMPORT_F2PY and "numpy.f2py" not in sys.modules:
            imported(".model_writing").refuse_what_numpy_cannot_read()
        with IMPORTING:
            module = importlib.import_module(name, __package__)
            if full_name in _FIRST_USE and full_name not in _first_used:
                _FIRST_USE[full_name](module)
                _first_used.add(full_name)
    return module


def _make_pyarrow_ready_for(pd: ModuleType) -> None:
    """Do what pyarrow does on pandas' first DataFrame of str, when pandas' strings are pyarrow's.

    Its pandas shim then imports pyarrow.pandas_compat and pyarrow.vendored.version, holding a
    lock of its own: a fork in the middle of that, while a thread scored, left the lock and the
    modules' import locks held in the child, whose first score waited for good. Done here, under
    IMPORTING, a fork waits for it instead. So too pyarrow's first cast (pandas casts each text
    it compares a column of str with), which sets up pyarrow's table of casts once, in C++: a
    fork in the middle of that left the child's first cast waiting for good.
    """
    pa = sys.modules.get("pyarrow")  # pandas imported it, if it is installed
    if pa is None:
        return
    # A rehearsal: a pyarrow that fails here fails again where it is used, and says so there.
    with contextlib.suppress(Exception):
        pa.Array.from_pandas(pd.Series([""], dtype=object))
    with contextlib.suppress(Exception):
        importlib.import_module("pyarrow.compute").cast(pa.scalar(""), pa.large_string())


def _make_pandas_ready(pd: ModuleType) -> None:
    """Do what pandas does on its first use by stance, besides its import: pyarrow's part (see
    :func:`_make_pyarrow_ready_for`), and a rehearsal of its first read of a file, its first
    write of one, its first table in HTML and in text, and its first table of records.

    A read in text mode (of an encoding other than UTF-8, as read_labelled's of cp1254) asks
    which buffers are binary (pandas.io.common._get_binary_io_classes, kept once found), which
    imports zstandard, or tries to, with a plain import: a fork in the middle of that, while a
    thread read its first file, left the child waiting for good for that module's import lock
    at its own first read (3 hangs in 30 forks paused there). Read here, under IMPORTING, a
    fork waits for it instead. A read asks it by whatever name pandas gives it: called by its
    private name, it was not found in a pandas that renamed it, and zstandard was imported
    outside IMPORTING again. So too the first write of a table (to_csv, as score_file's into a
    .csv or .tsv), which imports pandas' CSV writer (pandas.io.formats.csvs) in the call, and
    the first to_html (an explanation's, a document's or a report's _repr_html_), which imports
    pandas' HTML formatter (pandas.io.formats.html), the first to_string (str() of those),
    which imports its text formatter (pandas.io.formats.string), and the first to_dict (a
    document's or an explanation's to_dict), which imports pandas.core.methods.to_dict.
    """
    _make_pyarrow_ready_for(pd)
    # A rehearsal: a read that fails here fails again where it is used, and says so there.
    with contextlib.suppress(Exception):
        pd.read_csv(io.BytesIO(b"text\nx\n"), encoding="latin-1")
    # numpy 2 loads numpy.rec on the first use of np.rec, which pandas 2.3's isna of an array makes
    # (the read above; numpy 1.x has no such module: it came with numpy's import).
    with contextlib.suppress(ImportError):
        importlib.import_module("numpy.rec")
    # Each of a frame of its own, made in the rehearsal: a caller's options can refuse even that
    # frame (future.infer_string with mode.string_storage="pyarrow" and no pyarrow), and stance's
    # own use then says so in its words ("cannot read 'votes.csv': pyarrow>=16.0.0 is required…").
    for rehearse in (lambda table: table.to_csv(io.StringIO()), lambda table: table.to_html(),
                     lambda table: table.to_string(), lambda table: table.to_dict(orient="records")):
        with contextlib.suppress(Exception):
            rehearse(pd.DataFrame({"text": ["x"]}))


def _make_metadata_ready(metadata: ModuleType) -> None:
    """Do what importlib.metadata does on stance's first use of it (:func:`stance.info.installed`,
    as a model is saved), besides its import: its first read of a distribution's metadata
    parses it with email's parser, which email imports then (email.parser, email.feedparser)
    with a plain import, which a fork could catch half-way as it could pandas' (see
    :func:`_make_pandas_ready`). Read here, of numpy, which stance needs, under IMPORTING, a
    fork waits for it instead.
    """
    with contextlib.suppress(Exception):  # a rehearsal, as pandas' (see there)
        metadata.version("numpy")


# What stance's first use of a package makes it do besides its import, and which packages
# have done it: each is done once, with the package's import, under IMPORTING (see above).
_FIRST_USE: dict[str, Callable[[ModuleType], None]] = {"pandas": _make_pandas_ready,
                                                       "importlib.metadata": _make_metadata_ready}
_first_used: set[str] = set()


def codec(name: str) -> codecs.CodecInfo:
    """``codecs.lookup(name)``, whose first lookup of a codec imports its module (encodings.cp1254),
    done under :data:`IMPORTING` the first time, so that no fork catches that import half-way:
    how stance looks up an encoding a caller names. A LookupError is the caller's to handle.

    >>> codec("Latin-1").name
    'iso8859-1'
    """
    if name in _looked_up:  # Python keeps every codec looked up: no import, no lock
        return codecs.lookup(name)
    with IMPORTING:
        found = codecs.lookup(name)
        _looked_up.add(name)
    return found


_looked_up: set[str] = set()

# Every codec stance names itself (the default utf-8-sig, the code pages its warnings of
# mojibake try, those stance.encodings suggests), looked up with stance's import (about 5 ms),
# which a fork cannot catch half-way as it can a first use in another thread: the child then
# waited for good for the codec's module, as a service that read its first file in a thread
# while it forked did. Here, not through codec(): an import of stance is no first use.
_STANCE_CODECS = ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                  "latin-1", "ascii", "cp437", "cp850", "mac_roman", "cp1250", "iso-8859-2", "cp1251",
                  "koi8_r", "koi8_u", "cp1252", "cp1253", "iso-8859-7", "cp1256", "iso-8859-6", "cp1257",
                  "gb18030", "gb2312", "big5", "cp950", "cp932", "euc_jp", "cp949", "euc_kr")
for _name in _STANCE_CODECS:
    # A Python built without one (its CJK codecs left out) is told so where that codec is
    # used, as before these lookups, not at import (a review of 4a74a21).
    with contextlib.suppress(LookupError):
        codecs.lookup(_name)

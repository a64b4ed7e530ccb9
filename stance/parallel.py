"""Scoring on several cores: this process and ``n_jobs - 1`` worker processes each take a share.

Each worker gets one task holding its whole share. The model goes with it only until the
workers have it: a worker keeps the last few models it received (by a token of their fitted
parameters and what they hold), so a later call sends only the token and the worker scores
with the copy it has, its feature index built and its token cache warm (the bundled model
pickles to about 8 MB). A model changed in place since (``model.params_.thresholds[i] = 0.9``)
gets a new token, so it is sent again. A worker that lacks the model (a replacement for one
that timed out, or one that got no task the first time) says so, and gets its task again
with the model.

This process scores a share itself instead of waiting idle, so ``n_jobs=2`` uses two cores
with one worker process and half the data sent between processes. The workers are joblib's
reusable loky processes: started on the first call, kept for later ones (until loky's idle
timeout). A call asking for fewer workers than there are uses some of them, since shrinking
the executor stops workers and the models they keep. One asking for more grows it, unless
another call's tasks are running there (loky would wait for them, warning "Trying to
resize an executor with running jobs"): it then queues its shares on the workers there are.

Ctrl-C is this process's to handle: a terminal sends it to the workers too, and a worker
importing the library when it came printed its traceback, while one scoring went on with its
share. Workers ignore it from their birth (see :func:`_spawning`), and a call interrupted here
(a KeyboardInterrupt, as the command line makes of SIGTERM too) kills its workers, unless
another thread's call is using them: left running, they scored their shares to the end, and
the interpreter's exit waited for them (seconds on a loaded machine, or for good).
"""

from __future__ import annotations

import errno
import os
import re
import signal
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from . import _forksafe as forksafe
from .exceptions import WorkerDiedError
from .standard_streams import standard_descriptors_open
from .waiting import result_of

# Worker processes keep this many received models.
KEPT_MODELS = 4
# How often a worker looks whether the process that started it is still there (seconds).
PARENT_CHECK_SECONDS = 0.5
# This process's share of the texts relative to a worker's: a worker's share also costs
# sending the texts and results between processes (measured: 13% more time for the same
# number of texts on 2 cores), so this process takes a little more.
OWN_SHARE_WEIGHT = 1.1

# In the calling process: fitted parameters -> what their model held when it was last given
# a token (see _token), and that token.
_tokens: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# In the calling process: executor -> tokens of the models its workers have been sent.
_shipped: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
# A worker's answer when it was sent a token without the model and has no copy.
MODEL_MISSING = "stance.parallel: model not received"
# In a worker process: token -> the model received under it, oldest first.
_received: dict[str, Any] = {}
# The process that started the workers (None: none yet); see _no_workers_here.
_workers_started_by: int | None = None
# In the calling process: the workers the reusable executor was last given, and how many
# calls are under way here plus how many of their tasks are not done (_executor_for,
# _submit), and how many calls alone (_score_groups); all under _sizing. Tasks count on
# their own: a call that fails leaves its other tasks running there.
_executor_size = 0
_busy = 0
_calls = 0
_sizing = forksafe.Lock()
# Held while workers start (see _standard_streams_open).
_streams_fixed = forksafe.Lock()


# The most processes ``n_jobs`` (and Dask's ``workers``) start, a core: beyond the cores each
# only slows the others, and ``--workers 99999999999999999999999`` grew memory by 500 MB a
# second, nothing said, as the cluster made its workers' specifications. More are asked for
# and fewer started, as joblib's -100 on two cores is one: a script written for a server
# (n_jobs=16) runs on a laptop; a review refused it, which a ceiling need not.
PROCESSES_PER_CORE = 4


def usable_cores() -> int:
    """The cores this process may run on: its CPU affinity where the system says it
    (``taskset -c 0`` on two cores is one, as joblib counts it), else every core."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def most_processes() -> int:
    """The most processes ``n_jobs`` or ``workers`` start: :data:`PROCESSES_PER_CORE` a usable
    core (see :func:`usable_cores`)."""
    return PROCESSES_PER_CORE * usable_cores()


def check_n_jobs(n_jobs: int, name: str = "n_jobs") -> None:
    """Refuse an ``n_jobs`` (``name``, as the caller calls it) that is no number of processes:
    0, which joblib refuses too (it scored quietly on every core). One below minus the cores
    is one process, as joblib counts it, and more than :func:`most_processes` are that many,
    so that a script written for a bigger machine runs.

    >>> check_n_jobs(-1), check_n_jobs(2)
    (None, None)
    >>> try:
    ...     check_n_jobs(0)
    ... except ValueError as error:
    ...     print(str(error)[:60])
    n_jobs must be a number of processes (1 or more), or -1 for
    """
    from .exceptions import InvalidInputError

    if n_jobs == 0:
        raise InvalidInputError(f"{name} must be a number of processes (1 or more), or -1 for every core (-2 all "
                                f"but one, and so on), got {n_jobs}")


def n_workers(n_jobs: int, n_chunks: int) -> int:
    """How many processes (this one included) score ``n_chunks`` chunks for ``n_jobs``.

    ``n_jobs`` counts like joblib: -1 means every core, -2 all but one, and so on (0 is
    refused first, by :func:`check_n_jobs`).

    >>> n_workers(2, 10), n_workers(4, 3), n_workers(1, 10), n_workers(10**23, 10**9) == most_processes()
    (2, 3, 1, True)
    """
    cores = usable_cores()
    wanted = cores + 1 + n_jobs if n_jobs < 0 else n_jobs
    return max(1, min(wanted, n_chunks, most_processes()))


def _remember_unstartable(why: str) -> None:
    """Keep ``why`` workers cannot start in this process for good (see WorkersNotStarted.lasting)."""
    global _unstartable
    _unstartable = why


def predict_parallel(model, chunks: list[list[str]], *, n_jobs: int, progress: bool, bar: Any = None) -> list[Any]:
    """Run ``model._batch`` over the texts of ``chunks`` on ``n_jobs`` processes, moving on
    ``bar`` (the caller's, left open) or, with ``progress``, a bar of its own as they are scored.

    Returns ``model._batch`` results for consecutive runs of the texts, in order (the runs
    need not be the chunks: each process takes an equal share of texts, so that none waits
    for another with a chunk more).
    """
    workers = n_workers(n_jobs, len(chunks))
    if _unstartable is not None:  # found, and told, by an earlier call: not tried again
        workers = 1
    why = _no_workers_here() if workers > 1 else None
    if why is not None:
        _tell_alone(f"n_jobs={n_jobs} scores in this process alone: {why}")
        workers = 1
    own = _progress_bar(sum(len(chunk) for chunk in chunks)) if progress and bar is None else None
    bar = own if own is not None else bar
    try:
        if workers > 1:
            try:
                return [part for group in _score_groups(model, _shares(chunks, workers), bar) for part in group]
            except WorkersNotStarted as error:
                from .exceptions import warn

                # Nothing was scored yet (the workers start before this process's share), and
                # one process gives the same answers: joblib says it does the same. Once a
                # process: a file is scored a chunk a call, and its 50,000-row chunks of a
                # read-only /dev/shm said it and tried again each time.
                if str(error) not in _told_not_started:
                    _told_not_started.add(str(error))
                    warn(f"n_jobs={n_jobs} scores in this process alone: {error}")
                if error.lasting:
                    _remember_unstartable(str(error))
        return _score_group(model, chunks, bar)
    finally:
        if own is not None:
            own.close()


# The messages told inside this thread's open told_once_a_call block (None outside one).
_told_in_call = threading.local()


@contextmanager
def told_once_a_call() -> Iterator[None]:
    """Inside the block, tell each reason to score in this process alone once: score_file
    scores a file a chunk a call, and in a Pool's worker each chunk big enough to share out
    said the same "n_jobs=2 scores in this process alone" again."""
    if getattr(_told_in_call, "told", None) is not None:  # an outer block tells them
        yield
        return
    _told_in_call.told = set()
    try:
        yield
    finally:
        _told_in_call.told = None


def _tell_alone(message: str) -> None:
    """Warn ``message``, unless this thread's told_once_a_call block told it already."""
    from .exceptions import warn

    told = getattr(_told_in_call, "told", None)
    if told is not None:
        if message in told:
            return
        told.add(message)
    warn(message)


class WorkersNotStarted(Exception):
    """Worker processes could not be started on this machine; the message says why.
    ``lasting``: for as long as this process runs (no /dev/shm to make semaphores in), where
    the open-file limit may be raised, or files closed, before the next call."""

    def __init__(self, message: str, lasting: bool = False) -> None:
        super().__init__(message)
        self.lasting = lasting


# What a failed start has told (each once a process), and why workers cannot start in this
# process for good, if they cannot: later calls score here without trying again.
_told_not_started: set[str] = set()
_unstartable: str | None = None


def _not_started(error: OSError) -> WorkersNotStarted:
    """Why starting workers failed with ``error``, in words that name what to change.

    loky's locks are POSIX semaphores, made in /dev/shm: read-only or missing there (a
    container, a sandbox), making them fails with EROFS or ENOENT, which the command line
    named as a failure to write its output file.

    >>> import errno
    >>> print(_not_started(OSError(errno.EROFS, "Read-only file system")))
    worker processes could not be started ([Errno 30] Read-only file system: their semaphores need a writable /dev/shm)
    """
    said = f"[Errno {error.errno}] {error.strerror}" if error.errno is not None else str(error)
    lasting = error.errno in (errno.EROFS, errno.ENOENT, errno.EACCES, errno.ENOSYS)
    if lasting:
        said += ": their semaphores need a writable /dev/shm"
    elif error.errno in (errno.EMFILE, errno.ENFILE):  # each worker takes pipes of its own
        said += ": they need more files open than the open-file limit (ulimit -n) allows"
    return WorkersNotStarted(f"worker processes could not be started ({said})", lasting=lasting)


def _no_workers_here() -> str | None:
    """Why this process cannot score in worker processes (and what to do), or None.

    A daemonic process, as a multiprocessing Pool's workers are, may not start any: starting
    them raised "AssertionError: daemonic processes are not allowed to have children" from
    inside joblib. A process forked from one that started workers inherits their executor
    without the threads that run it: a task sent to it waited forever.
    """
    multiprocessing = forksafe.imported("multiprocessing")

    if multiprocessing.current_process().daemon:
        return ("it is a daemonic process (a multiprocessing Pool's worker, say), which may not start processes "
                "of its own; pass n_jobs=1 there")
    if _workers_started_by not in (None, os.getpid()):
        return ("it was forked from a process that had started scoring workers, which a fork leaves unusable; "
                "start it with the 'spawn' method to score on several cores there, or pass n_jobs=1")
    return None


def _shares(chunks: list[list[str]], workers: int) -> list[list[list[str]]]:
    """The texts in ``workers`` consecutive shares, each cut in chunks again; the first
    share, this process's, is ``OWN_SHARE_WEIGHT`` times the others.

    >>> _shares([["a", "b", "c"], ["d", "e", "f"], ["g", "h"]], 2)
    [[['a', 'b', 'c'], ['d']], [['e', 'f', 'g'], ['h']]]
    """
    size = max(len(chunk) for chunk in chunks)
    texts = [text for chunk in chunks for text in chunk]
    weights = [OWN_SHARE_WEIGHT] + [1.0] * (workers - 1)
    ends = [sum(weights[:i]) / sum(weights) for i in range(workers + 1)]
    bounds = [round(end * len(texts)) for end in ends]
    return [[texts[i : min(i + size, end)] for i in range(start, end, size)]
            for start, end in zip(bounds[:-1], bounds[1:])]


def _score_groups(model, groups: list[list[list[str]]], bar) -> list[list[Any]]:
    global _workers_started_by
    executor = _executor_for(len(groups) - 1)
    try:
        _workers_started_by = _workers_started_by or os.getpid()
        return _score_on(executor, model, groups, bar)
    except (KeyboardInterrupt, WorkersNotStarted):  # the shares of workers started are scored here instead
        _stop_workers(executor)
        raise
    except Exception as error:
        died = _worker_died(error) or _refused_where_rebuilt(model, error) or _unsent(model, error)
        if died is None:
            raise
        raise died from None  # loky's message runs to several lines, and names no way out
    finally:
        _call_done(call=True)


def _worker_died(error: Exception) -> WorkerDiedError | None:
    """The WorkerDiedError that loky's TerminatedWorkerError ``error`` is, saying how the
    worker died (from the exit codes loky lists: "{SIGKILL(-9)}"), or None for another error.

    >>> print(_worker_died(ValueError("x")))
    None
    """
    loky_executor = forksafe.imported("joblib.externals.loky.process_executor")
    if not isinstance(error, loky_executor.TerminatedWorkerError):
        return None
    codes = [int(code) for code in re.findall(r"[A-Z]+\((-?\d+)\)", str(error))]
    signals = [-code for code in codes if code < 0]
    if signals:
        return WorkerDiedError(signal_number=signals[0])
    return WorkerDiedError(exit_status=codes[0] if codes else None)


def _refused_where_rebuilt(model, error: Exception) -> Exception | None:
    """The error saying why the workers could not unpickle ``model``, if that is what loky's
    ``error`` ("A task has failed to un-serialize") is: its parameters, rebuilt as a pickle
    rebuilds them, refused; else None.

    A change in place that a fit or a load would refuse (``model.params_.stance_only_features``
    set to features the label heads weigh, a coefficient made NaN) is scored with by this process,
    which checked the parameters when they were made, and refused by each worker's unpickling:
    ``n_jobs=2`` ended in loky's BrokenProcessPool, naming nothing. Looked for only once loky
    has failed so, at the cost of a pickle of the parameters (a tenth of a second).

    >>> print(_refused_where_rebuilt(None, ValueError("x")))
    None
    """
    import pickle

    loky_executor = forksafe.imported("joblib.externals.loky.process_executor")
    if (not isinstance(error, loky_executor.BrokenProcessPool) or isinstance(error, loky_executor.TerminatedWorkerError)
            or not isinstance(model, forksafe.imported(".model").StanceModel)):
        return None
    # Pickled as loky sends them: the standard pickle refuses a lambda among them that loky's sends,
    # which left the workers' refusal unnamed.
    loky_dumps = forksafe.imported("joblib.externals.loky.backend.reduction").dumps
    try:
        pickled = bytes(loky_dumps(model.params_))
    except Exception:  # not sent at all: no refusal of the workers' unpickling to name
        return None
    try:
        pickle.loads(pickled)
    except (ValueError, TypeError) as refusal:
        from .exceptions import InvalidInputError

        return InvalidInputError(f"n_jobs sends the model to worker processes, which rebuild its parameters as a "
                                 f"pickle does and refuse them: {refusal} (a change in place, model.params_..., that "
                                 f"a fit or a load would refuse): put it back, or fit or load the model again")
    except Exception:  # another failure (a MemoryError) is no refusal of the parameters by their checks
        return None
    return None


def _unsent(model, error: Exception) -> Exception | None:
    """The error naming what of ``model`` loky could not pickle, if that is what loky's
    ``error`` ("Could not pickle the task to send it to the workers") is; else None. A function of
    ``__main__`` holding a lock in ``metrics_``, which the standard pickle takes by its name (so the
    comparison before the send, :func:`_contents`, passed it) and loky's sends whole, ended so,
    naming nothing. Looked for only once loky has failed so.

    >>> print(_unsent(None, ValueError("x")))
    None
    """
    import pickle

    if not isinstance(error, pickle.PicklingError) or not isinstance(model, forksafe.imported(".model").StanceModel):
        return None
    return _unsendable(model, forksafe.imported("joblib.externals.loky.backend.reduction").dumps)


def _stop_workers(executor) -> None:
    """Kill ``executor``'s workers for a call interrupted here, or one whose workers did not
    all start, unless another call (another thread's) is using them; the next call starts
    others, and sends them the model.

    Workers ignore Ctrl-C, so left alone they scored their shares to the end, and the
    interpreter's exit, which joins them, waited for it. Killed, not stopped: a worker takes
    a stop only once its task is done.
    """
    with _sizing:  # so that no call takes these workers from now on; they die a moment later
        if _calls == 1:
            # Not waited for here: the thread that kills them calls _call_done for each task.
            executor.shutdown(wait=False, kill_workers=True)


@contextmanager
def _spawning() -> Iterator[None]:
    """Block SIGINT in this thread while the block runs, so that the workers it starts are
    born with it blocked: a Ctrl-C before a worker's first step (:func:`_worker_started`,
    which ignores it) waits there, and is then dropped. Ignoring it only from that step left
    the worker's start-up (its imports, half a second or more) to a terminal's Ctrl-C, which
    printed the KeyboardInterrupt of an import in the worker.

    SIGHUP is blocked too, and from before the resource trackers (multiprocessing's, loky's)
    start, which keep it so: a closed terminal or ssh session sends it to the whole process
    group, and the trackers, which ignore SIGINT and SIGTERM so as to outlive this process and
    free its semaphores, died of it ("resource_tracker: process died unexpectedly", a KeyError
    traceback a semaphore), where a SIGTERM to the group ends the command cleanly. A worker
    stops blocking it (:func:`_worker_started`), and is stopped by it as by a SIGTERM.

    This process still gets its own Ctrl-C and SIGHUP: Python runs the handler in the main thread
    whichever thread the signal reached, and one that reached none (loky's threads, started
    here, keep the mask) is delivered as the block ends. Nothing on Windows, which has no
    signal mask.
    """
    with _standard_streams_open():
        if not hasattr(signal, "pthread_sigmask"):
            yield
            return
        before = signal.pthread_sigmask(signal.SIG_BLOCK, _HANGUP)
        try:
            # Started first, if need be: loky starts multiprocessing's resource tracker before the
            # first worker, and that unblocks SIGINT once it has (Python 3.11's does), which undid
            # this block for that worker, the one a Ctrl-C at start-up finds importing.
            forksafe.imported("multiprocessing.resource_tracker").ensure_running()
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _NoStream:
    """Stands in for a ``sys.stdout`` or ``sys.stderr`` that is None while workers start:
    loky flushes both before it starts one."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


@contextmanager
def _standard_streams_open() -> Iterator[None]:
    """Start workers with standard input, output and error open, though this process has one
    closed (``stance score -j 2 2>&-``, a daemon, a service started with its streams closed).

    A closed descriptor 0, 1 or 2 is taken by the next file or pipe opened, here one of loky's
    pipes to a worker, which the worker then took for its standard stream; with none, the
    worker's ``sys.stderr`` was None and loky's ``faulthandler.enable()`` there failed: every
    worker died, and the command exited 1 without its output. And with ``sys.stdout`` or
    ``sys.stderr`` None in this process, loky's ``sys.stdout.flush()`` raised AttributeError
    from ``stance.score(texts, n_jobs=2)``. So, while workers start, each closed descriptor is
    :data:`os.devnull` (the workers keep it: what they print is lost, as this process's is),
    closed again after, and a None stream is a stand-in that writes nothing, put back after.
    """
    with _streams_fixed:  # one thread at a time: another's close would end this one's devnull
        opened = standard_descriptors_open()
        stand_in = _NoStream()
        replaced = [name for name in ("stdout", "stderr") if getattr(sys, name) is None]
        for name in replaced:
            setattr(sys, name, stand_in)
        try:
            yield
        finally:
            for name in replaced:
                if getattr(sys, name) is stand_in:  # not set by another thread meanwhile
                    setattr(sys, name, None)
            for descriptor in opened:
                os.close(descriptor)


# SIGHUP, where the platform has it (see _spawning).
_HANGUP = {signal.SIGHUP} if hasattr(signal, "SIGHUP") else set()


def _worker_started(parent: int | None = None) -> None:
    """In a worker, before its first task: ignore Ctrl-C, which the calling process handles
    (a terminal sends it to the workers too), and stop blocking it and SIGHUP (see
    :func:`_spawning`), which drops a Ctrl-C that came while the worker started, and lets a
    SIGHUP stop it as a SIGTERM does; and, on POSIX, end when ``parent``, the process that
    asked for it, has ended (see :func:`_end_with`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.stderr is None:  # descriptor 2 not inherited: see _stderr_for_a_worker
        _stderr_for_a_worker()
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *_HANGUP})
    # Not on Windows, whose os.kill(pid, 0) ends the process, and whose getppid() stays.
    if parent is not None and os.name == "posix":
        threading.Thread(
            target=_end_with, args=(parent, os.getppid()), name="stance-parent-watch", daemon=True
        ).start()


def _stderr_for_a_worker() -> None:
    """In a worker started with its standard error closed, make ``sys.stderr`` :data:`os.devnull`.

    The calling process's descriptor 2 is put on :data:`os.devnull` while workers start where it
    is closed (:func:`_standard_streams_open`), but where it was taken by a file of that process
    (a daemon started with its streams closed, which then opened its log, a socket, a database),
    which workers do not inherit, a worker's ``sys.stderr`` was None, and loky's
    ``faulthandler.enable()``, run after this, raised: every worker died ("crashed as it scored").
    What it writes is lost, as the calling process's is.
    """
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the worker's for good)


def _end_with(caller: int, parent: int) -> None:
    """In a worker: exit once ``caller`` (the process that asked for the worker) has ended,
    or ``parent`` (the one that started it: the caller, or a fork server of loky's
    ``forkserver`` start method, which ends with the caller) is no longer its parent.

    loky's workers outlived a service killed by a plain SIGTERM or SIGKILL (a supervisor's
    stop, the OOM killer), which runs none of the calling process's clean-up: the reusable
    executor's idle workers waited for tasks for good, a few hundred MB each per restart.
    Polled, since POSIX has no portable way to be told; a worker idle or scoring exits alike.
    """
    while os.getppid() == parent and _running(caller):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: no signal, only the check that the process is there
    except ProcessLookupError:
        return False
    except PermissionError:  # there, another user's: the pid was reused, so the caller has ended
        return False
    return not _ended_unreaped(pid)


def _ended_unreaped(pid: int) -> bool:
    """Whether ``pid`` has ended and waits for its parent to reap it (a zombie, as Linux's /proc
    tells; False where there is none to read, macOS's). Signal 0 still finds such a process: the
    workers of a ``stance score -j 2`` killed by a script that then read its stderr to the end,
    as Python's ``proc.kill(); proc.communicate()`` does, held that pipe open and waited for a
    caller that would be reaped only once they closed it, for good."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)  # after the name, which may hold ")"
    except OSError:
        return False
    return len(fields) == 2 and fields[1].split()[:1] in ([b"Z"], [b"X"])


def _executor_for(workers: int):
    """joblib's reusable executor with ``workers`` worker processes or more, the call
    counted as under way until :func:`_call_done`.

    Never shrunk (that stops workers and the models they keep), and grown only while no
    call is under way and no task of one is still running (loky would wait for them, and
    warn).
    """
    get_reusable_executor = forksafe.imported("joblib.externals.loky").get_reusable_executor

    global _executor_size, _busy, _calls
    with _sizing:
        size = _executor_size if _busy else max(workers, _executor_size)
        try:
            with _spawning():  # a new executor's workers start here, a grown one's too
                executor = get_reusable_executor(
                    max_workers=size, initializer=_worker_started, initargs=(os.getpid(),)
                )
        except OSError as error:  # its semaphores or pipes could not be made (see _not_started)
            raise _not_started(error) from error
        _executor_size = size
        _busy += 1
        _calls += 1
    return executor


def _call_done(_future: Any = None, *, call: bool = False) -> None:
    """A call (``call``), or one of its tasks (as a future's done callback), is no longer
    under way."""
    global _busy, _calls
    with _sizing:
        _busy -= 1
        _calls -= call


def _submit(executor, *args: Any):
    """``executor.submit(_score_shipped, *args)``, the task counted as running until done."""
    global _busy
    with _sizing:
        _busy += 1
    try:
        with _spawning():  # the first task starts the workers, and loky's threads
            future = executor.submit(_score_shipped, *args)
    except BaseException as error:
        _call_done()
        failure = _start_failure(error)
        if failure is not None:
            raise _not_started(failure) from error
        raise
    future.add_done_callback(_call_done)
    return future


def _start_failure(error: BaseException) -> OSError | None:
    """The OSError that stopped a worker from starting in ``error``, raised by loky's submit,
    or None. Out of open files (ulimit -n), loky's clean-up of the pipes it failed to make
    raises an UnboundLocalError ('child_r') over the OSError, which came out as a traceback."""
    if isinstance(error, OSError):
        return error
    if isinstance(error, UnboundLocalError) and isinstance(error.__context__, OSError):
        return error.__context__
    return None


def _score_on(executor, model, groups: list[list[list[str]]], bar) -> list[list[Any]]:
    """``groups[0]`` scored here and the others in ``executor``'s workers, in order."""
    token = _token(model)
    shipped = _shipped.setdefault(executor, set())
    sent = None if token in shipped else model
    futures = [_submit(executor, token, sent, group) for group in groups[1:]]
    results = [_score_group(model, groups[0], bar)]  # this process's share, meanwhile
    for group, future in zip(groups[1:], futures):
        result = result_of(future)  # a Ctrl-C stops the wait (see waiting)
        if isinstance(result, str) and result == MODEL_MISSING:
            try:
                result = result_of(_submit(executor, token, model, group))
            except WorkersNotStarted:  # this process's share is scored: the rest here too
                result = _score_group(model, group)
        results.append(result)
        if bar is not None:
            bar.update(sum(len(chunk) for chunk in group))
    shipped.add(token)
    return results


def _token(model) -> str:
    """The token ``model`` is shipped under: the one it had while it holds what it held then,
    a new one once it was changed in place, so that the workers are sent it again.

    Keyed by its parameters alone, a threshold raised in place between two calls
    (``model.params_.thresholds[i] = 0.99``) kept the token, and the workers answered their
    shares with the copy they had, the threshold as it was. What the model holds is compared
    as a pickle of it would find it changed (:func:`stance.defaults.contents_of`: its arrays'
    CRC-32, 6-8 ms for the bundled model's 17.6 MB, and its records pickled), a small cost
    beside the more than 8,192 statements that a call shares out.
    """
    params = model.params_
    contents = _contents(model)
    known = _tokens.get(params)
    if known is not None and known[0] == contents:
        return known[1]
    token = uuid.uuid4().hex
    _tokens[params] = (contents, token)
    return token


def _contents(model) -> object:
    """What ``model`` holds now (see :func:`stance.defaults.contents_of`), or None for what is
    no StanceModel (a stand-in with a ``_batch``). A model holding what the standard pickle
    cannot pickle (a lambda) is compared as loky's pickler, which sends it, pickles it; one
    holding what neither pickles is refused (see :func:`_unsendable`).

    >>> import copy, stance
    >>> model = copy.deepcopy(stance.default_model())
    >>> model.metrics_["clean"] = lambda text: text.strip()
    >>> _contents(model) == _contents(model)
    True
    >>> before = _contents(model)
    >>> model.params_.thresholds[0] += 0.1
    >>> _contents(model) == before
    False
    """
    if not isinstance(model, forksafe.imported(".model").StanceModel):
        return None
    defaults = forksafe.imported(".defaults")
    try:
        return defaults.contents_of(model, kept=True)
    except Exception:  # whatever the standard pickle refuses, loky's may send
        pass
    # A lambda or a local function among its records (metrics_["clean"] = lambda …), which the
    # standard pickle refuses and loky's cloudpickle sends: taken for unknown, the model was
    # sent again with every call, 17.6 MB that made 10 calls of 10,000 texts take 10.0 s for
    # n_jobs=1's 1.6 s.
    loky_dumps = forksafe.imported("joblib.externals.loky.backend.reduction").dumps
    try:
        return defaults.contents_of(model, kept=True, dumps=lambda value: bytes(loky_dumps(value)))
    except Exception as error:  # loky would fail alike, in words that name nothing
        refusal = _unsendable(model, loky_dumps)
        if refusal is not None:
            raise refusal from error
    # loky's pickler sends it whole though the comparison failed otherwise than on a pickling:
    # unknown, sent with every call, as before a refusal was named (not refused for what works).
    return object()


def _unsendable(model, dumps) -> Exception | None:
    """The error for ``model``, which ``dumps`` (loky's pickler) refuses to send to the workers,
    naming the attribute it refuses (a dictionary's entry: ``metrics_['lock']``) and what that
    holds. loky's own said "Could not pickle the task to send it to the workers", naming
    nothing, where ``n_jobs=1`` scored. Refused though each attribute pickles alone (its
    parameters' own pickling failing on ``params_.thresholds`` made a list), it gives the
    pickling's own words, as there is nothing to take out; None if ``dumps`` pickles it.

    >>> import copy, threading, pickle, stance
    >>> model = copy.deepcopy(stance.default_model())
    >>> model.metrics_["lock"] = threading.Lock()
    >>> print(str(_unsendable(model, pickle.dumps))[:99])
    n_jobs sends the model to worker processes, and its metrics_['lock'], a _thread.lock, cannot be pic
    """
    from .exceptions import InvalidInputError

    state = model.__getstate__()  # its runtime caches aside, which no pickle of it holds
    state.update((f"params_.{name}", value) for name, value in vars(state.pop("params_")).items())
    found = _first_refused(state.items, dumps)
    if found is None:
        try:
            dumps(model)
        except Exception as error:  # any refusal is the one to name
            return InvalidInputError(f"n_jobs sends the model to worker processes, and it cannot be pickled "
                                     f"({type(error).__name__}: {error}): score with n_jobs=1, in this process alone")
        return None
    return InvalidInputError(f"n_jobs sends the model to worker processes, and its {found[0]}, a {_kind(found[1])}, "
                             f"cannot be pickled: take it out of the model (or score with n_jobs=1, in this process "
                             f"alone)")


def _first_refused(entries: Callable[[], Iterable[tuple[str, object]]], dumps,
                   within: frozenset[int] = frozenset()) -> tuple[str, object] | None:
    """The first of ``entries()``, named values, that ``dumps`` refuses, as :func:`_refused_within`
    names it, or None. Looked for with the standard pickle's word first (see :func:`_pickles`),
    then, if that takes them all, with ``dumps`` alone: a function of ``__main__`` holding a lock,
    which the standard pickle takes by its name and loky's sends whole, lock and all, was passed
    over, and the dictionary holding it named.
    """
    for standard_first in (True, False):
        refused = (_refused_within(name, value, dumps, within, standard_first) for name, value in entries())
        found = next(filter(None, refused), None)
        if found is not None:
            return found
    return None


def _refused_within(name: str, value: object, dumps, within: frozenset[int] = frozenset(),
                    standard_first: bool = True) -> tuple[str, object] | None:
    """The innermost entry of ``value`` (named ``name``) that ``dumps`` refuses, and its name,
    through dictionaries, lists and tuples (``metrics_['runs'][2]['lock']``), or None if it
    pickles. Only a refused container is looked into, and only until the first entry refused:
    a model's ``metrics_`` of 100,000 entries is searched once, not pickled entry by entry twice.

    >>> import pickle, threading
    >>> _refused_within("metrics_", {"runs": [{"ok": 1}, {"lock": threading.Lock()}]}, pickle.dumps)[0]
    "metrics_['runs'][1]['lock']"
    >>> _refused_within("metrics_", {"runs": [1, 2]}, pickle.dumps) is None
    True
    """
    if _pickles(value, dumps, standard_first):
        return None
    if id(value) in within:  # a container holding itself (metrics_["all"] = metrics_): named where met first
        return None
    within |= {id(value)}
    if isinstance(value, dict):
        entries = lambda: ((f"{name}[{key!r}]", item) for key, item in value.items())  # noqa: E731
    elif isinstance(value, (list, tuple)):
        entries = lambda: ((f"{name}[{index}]", item) for index, item in enumerate(value))  # noqa: E731
    else:
        return name, value
    try:
        # Refused as a whole with every entry pickling alone (a key that does not pickle): the container.
        return _first_refused(entries, dumps, within) or (name, value)
    except RecursionError:  # nested deeper than the search goes (lists in lists, 2,000 deep): as far as it went
        return name, value


def _kind(value: object) -> str:
    """The type of ``value`` as an error names it: ``list``, ``_thread.lock``."""
    module = type(value).__module__
    return type(value).__qualname__ if module == "builtins" else f"{module}.{type(value).__qualname__}"


def _pickles(value: object, dumps, standard_first: bool = True) -> bool:
    """Whether ``dumps`` pickles ``value``; with ``standard_first``, or the standard pickle, in C,
    tried first (in a tenth of the time of loky's for a small entry), since what it pickles
    loky's mostly pickles too: not a function of ``__main__``, which loky's sends whole."""
    import pickle

    standard = (lambda value: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL),) if standard_first else ()
    for pickled in (*standard, dumps):
        try:
            pickled(value)
        except Exception:  # any refusal: a TypeError, a PicklingError, a __reduce__ that raises
            continue
        return True
    return False


def _score_shipped(token: str, model, group: list[list[str]]) -> list[Any] | str:
    """In a worker: score ``group`` with the model received under ``token`` earlier, if any,
    else with ``model``; :data:`MODEL_MISSING` if there is neither."""
    kept = _received.pop(token, None)
    if kept is not None:
        model = kept
    elif model is None:
        return MODEL_MISSING
    _received[token] = model  # now the most recent
    while len(_received) > KEPT_MODELS:
        del _received[next(iter(_received))]
    return _score_group(model, group)


def _score_group(model, group: list[list[str]], bar=None) -> list[Any]:
    results = []
    for chunk in group:
        results.append(model._batch(chunk))
        if bar is not None:
            bar.update(len(chunk))
    return results


def _progress_bar(total: int):
    return forksafe.imported(".progress_bars").bar(total, unit="stmt", desc="scoring")

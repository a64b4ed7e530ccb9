"""The ``stance`` command's entry point, outside the package so that it runs before ``import stance``.

Importing the package (numpy, the model's modules) takes a quarter of a second or more, and a
Ctrl-C in it printed a traceback, where one a moment later printed "stance <command>:
interrupted" and exited 130: the import is handled here as the command is. So is a SIGTERM
(and a SIGHUP, unless ignored), which before the command's own handler
(stance.terminal._terminate_cleanly) killed the process without a word: here it is a
KeyboardInterrupt from the first line of code, "stance: interrupted" and 143 (129), as later.
``python -m stance`` imports the package before any code of its own runs, which nothing here can
cover; nor can anything cover Python's own start-up, before it runs this.

The script pip installs as ``stance`` is, in effect::

    import sys
    from _stance_command import main
    sys.exit(main())
"""

from __future__ import annotations

import signal
import sys


class _Terminated(KeyboardInterrupt):
    """The KeyboardInterrupt of a SIGTERM, or of a SIGHUP (``signal_number``). Not
    KeyboardInterrupt itself: Python marks that exact class, raised in code that ``exec()``
    runs while a module is imported (namedtuple's methods), as unhandled for good, and the
    process killed itself at exit (see stance.files._SignalInterrupt)."""

    def __init__(self, signal_number: int = signal.SIGTERM) -> None:
        super().__init__()
        self.signal_number = signal_number


class _Interrupted(KeyboardInterrupt):
    """The KeyboardInterrupt of a Ctrl-C while the package is imported (see :class:`_Terminated`)."""

    signal_number = signal.SIGINT


# The signals that arrived while the package was imported. What the handlers raise does not
# always come out of the import: inside an extension module's initialisation (numpy's) it came
# out as a SystemError "raised unreported exception", or as an ImportError of numpy's own
# ("PyCapsule_Import could not import module "datetime"") that names no interrupt at all, each
# a traceback and status 1 where a moment earlier or later it was one line and 130 or 143.
_received: list[int] = []


def _terminated(signum: int, frame: object) -> None:
    _received.append(signum)
    raise _Terminated(signum)


def _interrupted_while_importing(signum: int, frame: object) -> None:
    _received.append(signum)
    raise _Interrupted


def _unraisable_but_interrupts(previous: object) -> object:
    """``sys.unraisablehook`` while the package is imported: an interrupt of ours raised where
    Python can only report it (a weakref callback of the import's module locks) is dropped, as
    :data:`_received` holds its signal and the import's end acts on it; anything else goes to
    ``previous``. It printed "Exception ignored in: …" and a traceback above "stance: interrupted"."""
    def hook(unraisable: object) -> None:
        if not isinstance(getattr(unraisable, "exc_value", None), (_Terminated, _Interrupted)):
            previous(unraisable)  # type: ignore[operator]
    return hook


def _hangup() -> list[int]:
    """SIGHUP where the platform has it and it is not ignored (``nohup``) nor held by a handler
    not set from Python: handled as SIGTERM is (see stance.terminal.hangup_signals, which this
    module cannot import before the package)."""
    hangup = getattr(signal, "SIGHUP", None)
    return [] if hangup is None or signal.getsignal(hangup) in (signal.SIG_IGN, None) else [hangup]


def main() -> int:
    """Run ``stance.cli.main``, importing it first; a Ctrl-C, SIGTERM or SIGHUP before it takes
    over exits 130, 143 or 129 with one line."""
    # SIGHUP as SIGTERM: a terminal closed while the package loaded ended it without a word.
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, *_hangup())}
    # Ctrl-C's too, while the import runs, where Python's own handler has it (a background job
    # ignores it, and so does this then).
    python_handles_ctrl_c = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    unraisable = sys.unraisablehook
    # Installed inside the try that turns their interrupts into one line: installed before it,
    # a signal landing between the two came out of main() as a traceback and status 1. Before
    # the import: the command's own handler replaces this one once it starts, and puts it back
    # when it ends.
    try:
        for number in previous:
            signal.signal(number, _terminated)
        if python_handles_ctrl_c:
            signal.signal(signal.SIGINT, _interrupted_while_importing)
        sys.unraisablehook = _unraisable_but_interrupts(unraisable)
        try:
            from stance.cli import main as run
        finally:
            sys.unraisablehook = unraisable
            if python_handles_ctrl_c:
                signal.signal(signal.SIGINT, signal.default_int_handler)
        if _received:  # a signal the import swallowed and went on: stopped all the same, as asked
            return _said_interrupted(_received[0])
        status = run()
        # Put back inside the try: raised after it, in the script's sys.exit(main()), a SIGTERM
        # printed a traceback.
        for number, handler in previous.items():
            signal.signal(number, handler)
        return status
    except KeyboardInterrupt as interrupt:  # in the import: the command's own handling is not there yet
        return _said_interrupted(getattr(interrupt, "signal_number", signal.SIGINT))
    except Exception:
        if not _received:
            raise
        return _said_interrupted(_received[0])


def _said_interrupted(signal_number: int) -> int:
    if sys.stderr is not None:
        print("stance: interrupted", file=sys.stderr)
    return 128 + signal_number

"""The ``stance`` command's entry point, outside the package so that it runs before ``import stance``.

Importing the package (numpy, the model's modules) takes a quarter of a second or more, and a
Ctrl-C in it printed a traceback, where one a moment later printed "stance <command>:
interrupted" and exited 130: the import is handled here as the command is. So is a SIGTERM,
which before the command's own handler (stance.terminal._terminate_cleanly) killed the process
without a word: here it is a KeyboardInterrupt from the first line of code, "stance:
interrupted" and 143, as later. ``python -m stance`` imports the package before any code of its
own runs, which nothing here can cover; nor can anything cover Python's own start-up, before it
runs this.

The script pip installs as ``stance`` is, in effect::

    import sys
    from _stance_command import main
    sys.exit(main())
"""

from __future__ import annotations

import signal
import sys


class _Terminated(KeyboardInterrupt):
    """The KeyboardInterrupt of a SIGTERM. Not KeyboardInterrupt itself: Python marks that
    exact class, raised in code that ``exec()`` runs while a module is imported (namedtuple's
    methods), as unhandled for good, and the process killed itself at exit (see
    stance.files._SignalInterrupt)."""

    signal_number = signal.SIGTERM


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated


def main() -> int:
    """Run ``stance.cli.main``, importing it first; a Ctrl-C or SIGTERM before it takes over exits
    130 or 143 with one line."""
    # Before the import: the command's own handler replaces this one once it starts, and puts
    # it back when it ends.
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        from stance.cli import main as run

        status = run()
        # Put back inside the try: raised after it, in the script's sys.exit(main()), a SIGTERM
        # printed a traceback.
        signal.signal(signal.SIGTERM, previous)
        return status
    except KeyboardInterrupt as interrupt:  # in the import: the command's own handling is not there yet
        return _interrupted(interrupt)
    except Exception as error:
        # A signal while an extension module initialises (numpy's _multiarray_umath) comes out
        # as a SystemError "raised unreported exception" from the KeyboardInterrupt: a traceback
        # and status 1 where a moment earlier or later it was one line and 130 or 143.
        interrupt = _interrupt_behind(error)
        if interrupt is None:
            raise
        return _interrupted(interrupt)


def _interrupted(interrupt: KeyboardInterrupt) -> int:
    if sys.stderr is not None:
        print("stance: interrupted", file=sys.stderr)
    return 128 + getattr(interrupt, "signal_number", signal.SIGINT)


def _interrupt_behind(error: BaseException) -> KeyboardInterrupt | None:
    """The KeyboardInterrupt ``error`` was raised from or while handling, if any.

    >>> try:
    ...     try:
    ...         raise KeyboardInterrupt
    ...     except KeyboardInterrupt as interrupt:
    ...         raise SystemError("initialization of _multiarray_umath raised unreported exception") from interrupt
    ... except SystemError as error:
    ...     type(_interrupt_behind(error)).__name__, _interrupt_behind(ValueError())
    ('KeyboardInterrupt', None)
    """
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None

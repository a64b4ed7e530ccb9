"""The ``stance`` command's entry point, outside the package so that it runs before ``import stance``.

Importing the package (numpy, the model's modules) takes a quarter of a second or more, and a
Ctrl-C in it printed a traceback, where one a moment later printed "stance <command>:
interrupted" and exited 130: the import is handled here as the command is. ``python -m stance``
imports the package before any code of its own runs, which nothing here can cover.

The script pip installs as ``stance`` is, in effect::

    import sys
    from _stance_command import main
    sys.exit(main())
"""

from __future__ import annotations

import signal
import sys


def main() -> int:
    """Run ``stance.cli.main``, importing it first; a Ctrl-C before it takes over exits 130 with one line."""
    try:
        from stance.cli import main as run

        return run()
    except KeyboardInterrupt as interrupt:  # in the import: the command's own handling is not there yet
        if sys.stderr is not None:
            print("stance: interrupted", file=sys.stderr)
        return 128 + getattr(interrupt, "signal_number", signal.SIGINT)

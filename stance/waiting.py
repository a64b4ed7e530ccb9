"""Waiting on a future so that a Ctrl-C stops the wait.

An untimed wait (``future.result()``) is one the kernel restarts after a signal handler
installed with SA_RESTART, as polars installs its SIGINT handler (in front of Python's) at
import: once a user had scored a polars frame, Python's KeyboardInterrupt came only as the
awaited future ended (a training's fit, 8 s late at 60,000 rows; a worker's share of a
scoring). A timed wait is not restarted, and at worst a step's end lets Python raise it.

The steps are ``future.result(timeout)``, not ``concurrent.futures.wait``: a future its
pool's shutdown cancelled (``cancel_futures=True``, as a training stopped by an error or an
interrupt leaves its pool) is never done to ``wait``, only to ``result``, and a wait for it
in ``wait``'s steps went on for ever.
"""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures import TimeoutError as WaitTimedOut
from typing import Any

# A future is waited on in steps of this many seconds.
WAIT_STEP = 0.5


def result_of(future: Future) -> Any:
    """The result of ``future``, waited for in timed steps (see the module's docstring).

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(1) as pool:
    ...     result_of(pool.submit(sum, (1, 2)))
    3
    """
    while True:
        try:
            return future.result(timeout=WAIT_STEP)
        except WaitTimedOut:
            if future.done():  # done meanwhile, or the future's own TimeoutError: as it ended
                return future.result()

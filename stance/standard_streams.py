"""The standard descriptors 0, 1 and 2, kept open where the process was started with one closed.

A descriptor the shell closed (``2>&-``, ``>&-``, ``<&-``) or a daemon's start-up left closed
is taken by the next file or pipe the process opens, and is inherited closed, or as that file,
by the processes it starts: loky's workers, whose ``sys.stderr`` was then None, died in
loky's start-up. :func:`standard_descriptors_open` puts :data:`os.devnull` there.
"""

from __future__ import annotations

import errno
import os

# The standard descriptors the command found closed as it started, and put os.devnull on for
# good: "/dev/stdin" named with "<&-" is then /dev/null, and is told as the closed input it was.
closed_at_start: set[int] = set()


def standard_descriptors_open() -> list[int]:
    """Put :data:`os.devnull` on each of the descriptors 0, 1 and 2 that is closed (on POSIX), inherited by
    processes started from here, and return those it opened (none, as a rule).

    >>> standard_descriptors_open()
    []
    """
    if os.name != "posix":  # Windows starts processes with handles, not these descriptors inherited
        return []
    opened = []
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            opened.append(descriptor)
    for count, descriptor in enumerate(opened):  # lowest first, so each open lands on the one it is for
        devnull = os.open(os.devnull, os.O_RDWR)
        if devnull != descriptor:  # another thread took it meanwhile
            for stray in (devnull, *opened[:count]):  # the caller closes none of them, on an error
                os.close(stray)
            raise OSError(errno.EBADF, f"standard stream {descriptor} is closed, and could not be reopened")
        os.set_inheritable(descriptor, True)  # os.open's are not, and the workers' would stay closed
    return opened

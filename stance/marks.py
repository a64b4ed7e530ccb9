"""The library's own typographic marks in plain text, as ``sys.stdout`` can print them.

A table's shortened text ends in "…", a cross-validation's figures carry "±": characters the
library adds, not the reader's. Printed to a stream of another encoding than UTF-8
(``PYTHONIOENCODING=latin-1``, an ASCII terminal) they made ``print()`` of plain English fail
with UnicodeEncodeError. Each such mark is written as its ASCII stand-in where the stream
cannot encode it, and as itself everywhere else (a UTF-8 terminal, a notebook). The reader's
own text is left as it is: what the stream cannot encode of it is Python's to refuse.
"""

from __future__ import annotations

import sys

# Each mark the plain-text displays add, and what stands in for it in ASCII.
STAND_INS = {"…": "...", "±": "+/-", "→": "->", "–": "-"}


def _printable(mark: str) -> bool:
    """Whether ``sys.stdout`` can encode ``mark``: True with no stream or no encoding known
    (pythonw, a stream replaced by an object without one), as nothing is refused there."""
    encoding = getattr(sys.stdout, "encoding", None)
    if not isinstance(encoding, str) or not encoding:
        return True
    try:
        mark.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def printable_marks(text: str) -> str:
    """``text``, the library's own wording, with each of its marks (:data:`STAND_INS`) that
    ``sys.stdout`` cannot encode written as its ASCII stand-in; ``text`` itself where it can.

    >>> printable_marks("± standard deviation") == "± standard deviation"  # doctest's stdout is UTF-8
    True
    """
    for mark, stand_in in STAND_INS.items():
        if mark in text and not _printable(mark):
            text = text.replace(mark, stand_in)
    return text


def ellipsis() -> str:
    """The mark that ends a shortened text: "…", or "..." where ``sys.stdout`` cannot encode it."""
    return printable_marks("…")

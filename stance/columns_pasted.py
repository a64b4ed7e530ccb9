"""Two columns of a page pasted as one: a warning, since each statement then mixes the two.

A PDF's page laid out as printed, or a newspaper's, pasted as text puts both columns on one line,
a gap of spaces between them ("NATO leaders agreed on Tuesday to       Hungary again blocked the aid").
Nothing is dropped: the text is read as it is, and a warning says to paste one column at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .exceptions import warn
from .numbered_lines import _numbered_lines
from .report import counted

# Half or more of the lines that are not blank hold a gap of five spaces or more between words,
# three words or more on each side. A table's figures have no words beside the gap, an aligned tag
# ends in its colon ("RUTTE:       We…"), a name aligned without one is in capitals or each word
# capitalised ("MR JENS STOLTENBERG       We…"), a timed transcript's side opens with its time
# ("00:01:01   SECRETARY GENERAL RUTTE      We…"), and a running header pads its few words out to its
# number ("NATO Press Office        Transcript        1").
_COLUMN_GAP = re.compile(r"(?<=\S) {5,}(?=\S)")
_GAP_WORD = re.compile(r"\S*[^\W\d_]\S*")
_TIME_OPENING = re.compile(r"\d{1,2}:\d{2}")
_COLUMN_SIDE_WORDS = 3
_TWO_COLUMN_LINES = 4  # a pasted excerpt may be short: the journalist's twocol.txt has four such lines


def _is_name_side(side: str) -> bool:
    """Whether ``side``, the words left of a gap, are a speaker's name or tag, or open with a time
    stamp: a transcript's aligned columns, not a page's.

    >>> _is_name_side("MR JENS STOLTENBERG"), _is_name_side("00:01:01 RUTTE"), _is_name_side("NATO leaders agreed")
    (True, True, False)
    """
    words = side.split()
    return (side.endswith(":") or _TIME_OPENING.match(side) is not None
            or all(word[:1].isupper() or not word[:1].isalpha() for word in words))


def _joins_two_columns(line: str) -> bool:
    """Whether ``line`` (stripped) holds two columns' words (see _COLUMN_GAP). The line is split at its
    gaps once and each side's words are counted once, so a long line takes time in proportion to its
    length (a review found one 220 KB line of many gaps took 146 s when it was split again before each gap).

    >>> _joins_two_columns("NATO leaders agreed on Tuesday to       Hungary again blocked the aid")
    True
    >>> _joins_two_columns("Estonia        3.4%        2.9%"), _joins_two_columns("RUTTE:      We are united today.")
    (False, False)
    """
    sides = _COLUMN_GAP.split(line)
    wordy = [len(_GAP_WORD.findall(side)) >= _COLUMN_SIDE_WORDS for side in sides]
    return any(wordy[at] and wordy[at + 1] and not _is_name_side(sides[at]) for at in range(len(sides) - 1))


def _first_two_column_line(text: str) -> int | None:
    r"""The number (from 1, as every other line number counts it, see stance.numbered_lines._numbered_lines:
    a line break is "\n", "\r\n" or "\r", as an editor counts them) of the first line of ``text``
    that holds two columns' words, when the text looks like two columns pasted as one (see _COLUMN_GAP):
    _TWO_COLUMN_LINES such lines or more, and half of its lines that are not blank or more; else None.

    >>> _first_two_column_line("Title\n" + "one two three      four five six\n" * 4), _first_two_column_line("We met.")
    (2, None)
    >>> _first_two_column_line("Title\r" + "one two three      four five six\r" * 4)
    2
    """
    if "     " not in text:  # most texts: no gap to read
        return None
    # split as the line numbers count: a review found lone "\r" endings read as one line, never warned of
    lines = [(at, line.strip()) for line, at in zip(*_numbered_lines(text)[:2]) if line.strip()]
    joined = [at for at, line in lines if "     " in line and _joins_two_columns(line)]
    if len(joined) >= _TWO_COLUMN_LINES and 2 * len(joined) >= len(lines):
        return joined[0]
    return None


def _warn_of_two_columns(named: list[tuple[Any, Any]], documents: Callable[[list[Any]], str], shown: int = 3) -> None:
    r"""Warn of the documents of ``named`` (name, text; a name of None: the lone ``text``) that look like
    two columns pasted as one (see _first_two_column_line), naming the first such line of each (a
    document as ``documents`` names it): their lines are read across both columns, so a statement
    mixes the two columns' sentences. No text is dropped.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_two_columns([(None, "one two three      four five six\n" * 5)], str)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    text line 1 looks like two columns pasted as one (...), so each statement mixes ...; paste one column at a time
    """
    found = [f"{'text' if name is None else documents([name])} line {first}" for name, text in named
             if isinstance(text, str) and (first := _first_two_column_line(text)) is not None]
    if not found:
        return
    more = f" and {counted(len(found) - shown, 'more document')}" if len(found) > shown else ""
    looks = "looks" if len(found) == 1 else "look"
    warn(f"{'; '.join(found[:shown])}{more} {looks} like two columns pasted as one (half or more of its lines "
         f"that are not blank hold a run of five spaces or more between words), so each statement mixes the two "
         f"columns' sentences; paste one column at a time")

"""Rows that hold the same text: the key two rows share (:func:`text_key`), the rows of each
text, and the warning of one text given with different labels or stances.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from .exceptions import quoted, warn
from .names import LABEL_SEPARATOR, _conflicts, row_names
from .text import is_blank


def text_key(text: str) -> str:
    """What two rows must share to hold the same text: NFKC-normalised, with every run of
    whitespace one space and none at the ends. The analyzer folds text with NFKC and reads
    no whitespace, so rows with the same key have the same features: a second export's
    trailing space, a non-breaking space, a line break or a decomposed accent does not
    make another statement. Case and punctuation are left alone: they can be all that a
    reader sees between two statements.

    >>> text_key("Caf\u00e9 au lait ") == text_key("Cafe\u0301\u00a0au\\nlait")
    True
    >>> text_key("NATO is united.") == text_key("Nato is united.")
    False
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())


def repeated_text_keys(texts: Sequence[str]) -> list[str] | None:
    """Each row's :func:`text_key` when two rows hold one text; None when every text is
    different (the common case, found with a set), so that counting rows is counting texts.

    >>> repeated_text_keys(["a", "b "]), repeated_text_keys(["a", "b", "a "])
    (None, ['a', 'b', 'a'])
    """
    keys = [text_key(text) for text in texts]
    return None if len(set(keys)) == len(keys) else keys


def duplicate_groups(texts: Sequence[str]) -> list[list[int]]:
    """The positions of rows sharing a :func:`text_key`, for each key held by more than one
    row, in the order each key first appears.

    >>> duplicate_groups(["a", "b", " a", "c", "b"])
    [[0, 2], [1, 4]]
    """
    keys = repeated_text_keys(texts)
    if keys is None:
        return []
    first: dict[str, int] = {}
    groups: dict[int, list[int]] = {}
    for i, key in enumerate(keys):
        j = first.setdefault(key, i)
        if j != i:
            groups.setdefault(j, [j]).append(i)
    return [groups[j] for j in sorted(groups)]


# The conflicting texts a warning names before "and N more".
SHOWN_CONFLICTS = 3


# What a warning of conflicting copies says they do to training (``why``'s default).
LEARNS_BOTH = ("The model learns both readings and is unsure of such a text; keep one row per text with the labels "
               "you mean (correct or drop the others)")


# One row's gold: its labels and its stance (None where it has none, or none is judged).
Gold = tuple[tuple[str, ...], str | None]


def differ(values: Sequence[Gold]) -> bool:
    """Whether the rows of one text differ in labels or stance at all (``clash``'s default in
    :func:`warn_of_conflicting_duplicates`): training learns each reading.

    >>> differ([(("unity",), "favor"), (("unity",), None)]), differ([(("unity",), "favor")] * 2)
    (True, False)
    """
    return len(set(values)) > 1


def warn_of_conflicting_duplicates(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                                   stances: Sequence[str | None] | None,
                                   index: Sequence[Any] | None = None, *, why: str = LEARNS_BOTH,
                                   clash: Callable[[Sequence[Gold]], bool] = differ) -> None:
    """Warn when one text (see :func:`text_key`) is given in several rows with different
    labels or stances (a file exported twice, or labelled by two annotators), naming the
    rows and the values, then ``why`` it matters. Training learns both readings, so the model
    is unsure of the text and of ones like it, and a check of the labels cannot tell which is
    right. ``clash`` tells which texts' rows (their labels and stances) are warned of: ``why``
    must be true of each (an evaluation warns only where a miss is sure, see
    ``stance.evaluation.sure_miss``). Copies that agree are left alone: they only weigh the text
    more. Rows of no text (blank, or a lost cell read as "") are no copies and are not warned of here:
    their readers name them as rows of no text. Not inside :func:`conflicts_reported`, whose caller has
    warned of the whole data.
    """
    if getattr(_conflicts, "reported", False):
        return
    index = list(range(len(texts))) if index is None else list(index)

    def value(i: int) -> Gold:
        return label_sets[i], None if stances is None else stances[i]

    # Rows of no text (a lost cell, read as "") are no copies of one statement: evaluate scores and names them
    # as rows of no text, and "keep one row per text" would have dropped statements that were never copies.
    clashes = [rows for rows in duplicate_groups(texts)
               if not is_blank(texts[rows[0]]) and clash([value(i) for i in rows])]
    if not clashes:
        return
    details = []
    for rows in clashes[:SHOWN_CONFLICTS]:
        by_value: dict[Gold, list[int]] = {}
        for i in rows:
            by_value.setdefault(value(i), []).append(i)
        found = ", ".join(f"{quoted(LABEL_SEPARATOR.join(labels))}{'' if stance is None else f' ({stance})'} in "
                          f"{row_names(index, where, limit=3)}" for (labels, stance), where in by_value.items())
        details.append(f"{_snippet(texts[rows[0]])}: {found}")
    more = f"; and {len(clashes) - SHOWN_CONFLICTS} more" if len(clashes) > SHOWN_CONFLICTS else ""
    texts_are = "1 text is" if len(clashes) == 1 else f"{len(clashes)} texts are"
    warn(f"{texts_are} given in several rows with different labels or stances: {'; '.join(details)}{more}. {why}")


def _snippet(text: str, width: int = 60) -> str:
    """A text as a warning quotes it: its key, cut to ``width`` characters.

    >>> _snippet("We stand together " * 5, 18), _snippet("We stand  together", 18)
    ("'We stand together…'", "'We stand together'")
    """
    return quoted(text_key(text), width)

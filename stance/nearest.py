"""Which of several names a mistyped one most likely means, for a "did you mean …?": every one
that ties for nearest, not one picked among them.

difflib's ratio, which the command line's hints used alone, scores a swap of two neighbouring
letters as it scores other edits: ``cp1525`` is as near each of cp1125, cp1250 … cp1258, and
``get_close_matches(n=1)`` named whichever sorts last, cp1258. So the names near enough by the
ratio are ranked by how many edits away they are (a swap one edit), and all that tie for
fewest are named, in alphabetical order (the same answer whatever order the names came in):
"did you mean cp1125 or cp1255?", each one edit away (cp1252 is two).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import _forksafe as forksafe


def nearest(word: str, names: Iterable[str], cutoff: float = 0.7) -> list[str]:
    """The ``names`` that ``word`` most likely misspells: of those as near as difflib's
    ``cutoff`` (see :func:`difflib.get_close_matches`), the ones fewest edits away (see
    :func:`edits`), sorted; [] when none is near enough.

    >>> nearest("cp1525", ["cp1252", "cp1255", "cp1125", "utf-8"])  # cp1252 is two edits away
    ['cp1125', 'cp1255']
    >>> nearest("jsn", ["json", "details"]), nearest("xyz", ["json"])
    (['json'], [])
    """
    difflib = forksafe.imported("difflib")

    names = list(dict.fromkeys(names))
    close = difflib.get_close_matches(word, names, n=len(names) or 1, cutoff=cutoff)
    if not close:
        return []
    distances = {name: edits(word, name) for name in close}
    fewest = min(distances.values())
    return sorted(name for name, distance in distances.items() if distance == fewest)


def edits(word: str, other: str) -> int:
    """How many edits turn ``word`` into ``other``: a letter put in, left out or changed, or
    two neighbouring letters swapped (the optimal string alignment distance).

    >>> edits("cp1525", "cp1255"), edits("cp1525", "cp1252"), edits("jsn", "json"), edits("", "ab")
    (1, 2, 1, 2)
    """
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, letter in enumerate(word, 1):
        above, row = row, [i] + [0] * len(other)
        for j, its in enumerate(other, 1):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (letter != its))
            if i > 1 and j > 1 and letter == other[j - 2] and word[i - 2] == its:
                row[j] = min(row[j], before[j - 2] + 1)
        before = above
    return row[-1]


def or_listed(names: Sequence[str]) -> str:
    """``names`` as a question offers them: "a", "a or b", "a, b or c".

    >>> or_listed(["cp1252"]), or_listed(["cp1252", "cp1255"]), or_listed(["a", "b", "c"])
    ('cp1252', 'cp1252 or cp1255', 'a, b or c')
    """
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"

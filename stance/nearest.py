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

from collections.abc import Callable, Iterable, Sequence

from . import _forksafe as forksafe

# How many of the names that tie for nearest a hint names, the rest counted ("or 4 more as
# near"): a hint is one line, where a column "item_0" beside item_01 … item_99 named 18.
NEAREST_SHOWN = 5


def nearest(word: str, names: Iterable[str], cutoff: float = 0.7,
            key: Callable[[str], str] | None = None) -> list[str]:
    """The ``names`` that ``word`` most likely misspells: of those as near as difflib's
    ``cutoff`` (see :func:`difflib.get_close_matches`), the ones fewest edits away for their length
    (see :func:`fewest_edits`), sorted; [] when none is near enough. ``key`` (say str.casefold) gives
    the form of ``word`` and of each name that is compared; the names are given as they are.

    >>> nearest("cp1525", ["cp1252", "cp1255", "cp1125", "utf-8"])  # cp1252 is two edits away
    ['cp1125', 'cp1255']
    >>> nearest("jsn", ["json", "details"]), nearest("xyz", ["json"])
    (['json'], [])
    >>> nearest("MACRO_F2", ["macro_f1", "micro_f1"]), nearest("MACRO_F2", ["macro_f1"], key=str.casefold)
    ([], ['macro_f1'])
    """
    difflib = forksafe.imported("difflib")

    forms: dict[str, list[str]] = {}  # each compared form: the names of it, in their order
    for name in dict.fromkeys(names):
        forms.setdefault(key(name) if key else name, []).append(name)
    typed = key(word) if key else word
    close = difflib.get_close_matches(typed, list(forms), n=len(forms) or 1, cutoff=cutoff)
    return sorted(name for form in fewest_edits(typed, close) for name in forms[form])


def fewest_edits(word: str, close: Iterable[str]) -> list[str]:
    """Those of the ``close`` names (near ``word`` by a rule of the caller's) fewest edits from
    it (see :func:`edits`) for their length, sorted: every one that ties, not one picked among
    them. An edit counts for less in a longer name: "stance_f1" is four edits from each of
    stance_f_avg and none_f1, four of twelve letters against four of nine, and is stance_f_avg.

    >>> fewest_edits("data0.csv", ["data4.csv", "data1.csv", "dat.csv"]), fewest_edits("x", [])
    (['data1.csv', 'data4.csv'], [])
    >>> fewest_edits("stance_f1", ["none_f1", "stance_f_avg"]), fewest_edits("selp", ["sep", "help"])
    (['stance_f_avg'], ['help', 'sep'])
    """
    # Each name's edits and the longer length of the two; shares compared by cross-multiplying, so
    # that a tie is exact (in floats 1/3 and 2/6 need not be equal). A name is counted only as far
    # as the nearest so far allows (see edits' limit): a missing file's 5,000 near names of 80
    # letters took three times as long as difflib's ratios of them, each table counted whole.
    shares: dict[str, tuple[int, int]] = {}
    fewest, longest = 0, 0
    for name in close:
        length = max(len(word), len(name), 1)
        limit = fewest * length // longest if shares else None
        count = edits(word, name, limit)
        if limit is None or count <= limit:
            shares[name] = (count, length)
            if not longest or count * longest < fewest * length:
                fewest, longest = count, length
    return sorted(name for name, (count, length) in shares.items() if count * longest == fewest * length)


def edits(word: str, other: str, limit: int | None = None) -> int:
    """How many edits turn ``word`` into ``other``: a letter put in, left out or changed, or
    two neighbouring letters swapped (the optimal string alignment distance); where that is
    more than ``limit``, ``limit + 1`` (the rest not counted).

    >>> edits("cp1525", "cp1255"), edits("cp1525", "cp1252"), edits("jsn", "json"), edits("", "ab")
    (1, 2, 1, 2)
    >>> edits("aab", "aba"), edits("abab", "ab"), edits("report_0x12.csv", "report_4012.csv"), edits("a", "a")
    (1, 2, 2, 0)
    >>> edits("kitten", "sitting", 1), edits("kitten", "sitting", 3), edits("abcdef", "a", 2)
    (2, 3, 3)
    """
    if limit is not None and abs(len(word) - len(other)) > limit:
        return limit + 1  # each letter one has more is an edit
    # What both begin and end with costs no edit: left out, the table is of what differs alone
    # ("report_0x12.csv" and "report_4012.csv": "0x" and "40"), a folder of 5,000 names ranked
    # in a third of the time.
    start = 0
    while start < min(len(word), len(other)) and word[start] == other[start]:
        start += 1
    end = 0
    while end < min(len(word), len(other)) - start and word[-1 - end] == other[-1 - end]:
        end += 1
    word, other = word[start:len(word) - end], other[start:len(other) - end]
    # Only the cells within the limit of the diagonal are counted: each letter off it is an edit,
    # so the others are past the limit, left at limit + 1. Counted whole, 3,000 names of 80
    # letters that differ at both ends (no shared prefix or suffix to leave out) took 6 s.
    band = len(word) + len(other) if limit is None else limit
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, letter in enumerate(word, 1):
        above, row = row, [i] + [band + 1] * len(other)
        first = max(1, i - band)
        for j, its in enumerate(other[first - 1:i + band], first):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (letter != its))
            if i > 1 and j > 1 and letter == other[j - 2] and word[i - 2] == its:
                row[j] = min(row[j], before[j - 2] + 1)
        # No row's least is less than the one's above it (a swap costs as much as the change it
        # stands for there), so past the limit the count is too.
        if limit is not None and min(row) > limit:
            return limit + 1
        before = above
    return row[-1] if limit is None else min(row[-1], limit + 1)


def or_listed(names: Sequence[str], shown: int = NEAREST_SHOWN) -> str:
    """``names`` as a question offers them: "a", "a or b", "a, b or c"; of more than ``shown``,
    the first ``shown`` and how many more, as every "did you mean" of a name counts the rest
    (each hint alike, whatever it names: a file, a column, a label, an option).

    >>> or_listed(["cp1252"]), or_listed(["cp1252", "cp1255"]), or_listed(["a", "b", "c"])
    ('cp1252', 'cp1252 or cp1255', 'a, b or c')
    >>> or_listed([f"item_{i}0" for i in range(1, 10)])
    'item_10, item_20, item_30, item_40, item_50 or 4 more as near'
    """
    if len(names) > shown:
        names = [*names[:shown], f"{len(names) - shown} more as near"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"

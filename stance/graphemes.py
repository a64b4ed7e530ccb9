"""Cutting text between whole characters: a character as a reader sees one, a grapheme cluster.

A table, a message or a plot that shortens a text to a width cuts it here, so that a cut keeps
an accent on its letter and an emoji whole, where cutting between code points left "Le" of
"Le\u0301a" and a dangling joiner of a family.

>>> cut("We stand together.", 9), cut("Le\u0301a Le\u0301a", 4) == "Le\u0301a…", first("Le\u0301a", 2) == "Le\u0301"
('We stand…', True, True)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator


def cut(text: str, limit: int, ellipsis: str = "…") -> str:
    r"""``text`` cut to ``limit`` characters, the last an ``ellipsis`` when it is longer
    (a plain text's "..." where the output cannot print "…", see :mod:`stance.marks`); a
    character as a reader sees one, a grapheme cluster (see clusters_end), so that a cut
    keeps an accent on its letter ("Le\u0301a") and an emoji whole (a family joined by ZWJ,
    a flag, a skin tone), where cutting between code points left a dangling joiner. A cluster
    of more than CLUSTER_CAP code points (a letter under a thousand accents) counts each one
    past those as a character, so that the cut stays within ``limit + CLUSTER_CAP`` code points.

    >>> cut("We stand together.", 9), cut("Le\u0301a Le\u0301a", 4) == "Le\u0301a…"
    ('We stand…', True)
    >>> cut("Family: \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1fa\U0001f1e6", 10).encode("unicode_escape")
    b'Family: \\U0001f468\\u200d\\U0001f469\\u200d\\U0001f467\\u2026'
    """
    if len(text) <= limit or clusters_end(text, limit) == len(text):  # most statements: whole
        return text
    return first(text, max(limit - len(ellipsis), 0)) + ellipsis  # the ellipsis within the limit


# What joins the character before it into one grapheme cluster, as Unicode's rules (UAX #29)
# have it for the texts a table shows, with unicodedata alone: combining marks and variation
# selectors (categories Mn, Mc, Me: "e\u0301", "❤\ufe0f", a keycap's "1\ufe0f\u20e3"), the
# zero-width joiner and the character after it ("👨‍👩‍👧"), an emoji's skin tone ("👍🏽"), a
# subdivision flag's tags ("🏴" and its tags), a Hangul syllable's vowel and final jamo, the
# "\n" of "\r\n", and a regional indicator after an unpaired one: a flag is two ("🇺🇦").
_MARKS = frozenset({"Mn", "Mc", "Me"})
_JOINER = "\u200d"
# Code points a cluster holds before each one more counts as a character: a letter under a
# million combining accents ("Zalgo" text) or a run of thousands of ZWJ-joined emoji was one
# character, so a display cut at 2,000 characters showed a megabyte. Unicode's stream-safe
# format allows 30 marks after a letter, and the longest emoji (a family of four, each of a
# skin tone) is 11 code points, so no cluster a reader writes comes near this.
CLUSTER_CAP = 32


def _is_regional(character: str) -> bool:
    return "\U0001f1e6" <= character <= "\U0001f1ff"


def _joins(text: str, at: int, regional_run: int) -> bool:
    """Whether ``text[at]`` is in one grapheme cluster with the character before it;
    ``regional_run`` regional indicators run up to that one."""
    character, before = text[at], text[at - 1]
    return (unicodedata.category(character) in _MARKS or character == _JOINER or before == _JOINER
            or "\U0001f3fb" <= character <= "\U0001f3ff" or "\U000e0020" <= character <= "\U000e007f"
            or "\u1160" <= character <= "\u11ff" or (before == "\r" and character == "\n")
            or (_is_regional(character) and regional_run % 2 == 1))


def clusters_end(text: str, count: int) -> int:
    """Where the first ``count`` grapheme clusters of ``text`` end (see _joins), read no further;
    ``len(text)`` if it has no more. Each code point of a cluster past its first CLUSTER_CAP
    counts as one more.

    >>> clusters_end("\U0001f1fa\U0001f1e6\U0001f1ea\U0001f1ea!", 1), clusters_end("Le\u0301a", 2)
    (2, 3)
    >>> clusters_end("a" + "\u0301" * 1_000, 1), clusters_end("a" + "\u0301" * 1_000, 3)
    (32, 34)
    """
    for clusters, at in enumerate(_cluster_starts(text)):
        if clusters == count:
            return at
    return len(text)


def _cluster_starts(text: str) -> Iterator[int]:
    """Where each grapheme cluster of ``text`` starts (see _joins), as :func:`clusters_end`
    counts them: each code point of a cluster past its first CLUSTER_CAP starts one more."""
    regional_run, length = 0, 0
    for at, character in enumerate(text):
        starts = at == 0 or not _joins(text, at, regional_run)
        if starts or length >= CLUSTER_CAP:
            yield at
        length = 1 if starts else length + 1
        regional_run = regional_run + 1 if _is_regional(character) else 0


def first(text: str, count: int) -> str:
    """The first ``count`` grapheme clusters of ``text`` (all of it when it has no more).

    >>> first("\U0001f1fa\U0001f1e6\U0001f1ea\U0001f1ea", 1) == "\U0001f1fa\U0001f1e6", first("NATO", 9)
    (True, 'NATO')
    """
    return text if len(text) <= count else text[:clusters_end(text, count)]


def count(text: str) -> int:
    """The characters of ``text`` as a reader sees them, as :func:`cut` and :func:`first` count
    them (grapheme clusters, each code point past a cluster's first CLUSTER_CAP one more).

    >>> count("\U0001f1fa\U0001f1e6 Le\u0301a"), count("")
    (5, 0)
    """
    if text.isascii():  # one character each, a long text's at once ("\r\n" is one: as _joins)
        return len(text) - text.count("\r\n")
    return sum(1 for _ in _cluster_starts(text))


# Unicode's East Asian widths a terminal gives two columns: the wide (CJK ideographs, kana,
# Hangul, most emoji) and the full-width forms.
_WIDE = frozenset({"W", "F"})


def holds_wide(text: str) -> bool:
    """Whether ``text`` holds a character a terminal gives two columns (see :data:`_WIDE`).

    >>> holds_wide("北约秘书长: NATO"), holds_wide("Émile’s NATO")
    (True, False)
    """
    return not text.isascii() and any(unicodedata.east_asian_width(character) in _WIDE for character in text)


def width(text: str) -> int:
    """The columns ``text`` takes in a terminal as pandas counts them under its option
    ``display.unicode.east_asian_width``: two for each wide or full-width character, one for
    any other (a combining accent too), so that a column padded by it lines up with pandas'.

    >>> width("北约秘书长"), width("RUTTE"), width("É")
    (10, 5, 1)
    """
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(character) in _WIDE else 1 for character in text)


def cut_columns(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` cut to ``limit`` columns of a terminal, ending in ``ellipsis`` when it is wider,
    between grapheme clusters as :func:`cut` cuts: a cluster with a wide character (Chinese,
    Japanese, Korean, most emoji), an emoji shown as a picture or a flag takes two columns,
    any other one. Cut at 70 characters, a
    Chinese statement was 140 columns wide.

    >>> cut_columns("北约必须保持团结。", 7), cut_columns("We stand together.", 9), cut_columns("北约团结", 8)
    ('北约必…', 'We stand…', '北约团结')
    """
    if text.isascii():
        return cut(text, limit, ellipsis)
    used, fits = 0, 0
    starts = list(_cluster_starts(text))
    for start, end in zip(starts, [*starts[1:], len(text)]):
        if used <= limit - len(ellipsis):  # the clusters before this one fit with the ellipsis after them
            fits = start
        used += _cluster_columns(text[start:end])
        if used > limit:
            return text[:fits] + ellipsis
    return text


# An emoji shown as a picture (U+FE0F after "❤"), a flag (two regional indicators): two columns
# in a terminal, though their characters are of no wide East Asian width (a review).
_EMOJI_PRESENTATION = "\ufe0f"
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def _cluster_columns(cluster: str) -> int:
    """The columns a terminal gives the grapheme ``cluster``: two when one of its characters
    is wide, or it is an emoji shown as a picture or a flag; else one.

    >>> [_cluster_columns(c) for c in ("北", "e\u0301", "\u2764\ufe0f", "\U0001f1fa\U0001f1e6", "A")]
    [2, 1, 2, 2, 1]
    """
    if _EMOJI_PRESENTATION in cluster or ord(cluster[0]) in _REGIONAL_INDICATORS:
        return 2
    return 2 if any(unicodedata.east_asian_width(character) in _WIDE for character in cluster) else 1

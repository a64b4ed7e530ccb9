"""Label names that look alike or are miswritten.

One name written two ways (in case, with a letter of another alphabet, with invisible
characters or other separators between its words, as a number with leading zeros, as a
float or with a decimal comma and a point), names spelt one edit apart, several labels
joined into one ("gas; wind"), and names that hold a control character or cannot be
saved: training refuses or warns of each (see :mod:`stance.label_checks`), naming the rows
that write it.
"""

from __future__ import annotations

import functools
import itertools
import math
import numbers
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import Any

from . import _forksafe as forksafe
from .exceptions import InvalidInputError, Words, quoted, type_name, warn
from .names import (
    _UMLAUTS_WRITTEN_OUT,
    _WHOLE_FLOAT,
    _accent_twins,
    _closest,
    _conflicts,
    _label_name,
    _umlaut_twins,
    accented_letters,
    case_key,
    comma_below,
    composed,
    label_names_as_written,
    name_key,
    row_names,
    unaccented,
    whole_number_text,
)
from .problems import problem


def _most_joined(rare: Sequence[str], spellings: dict[str, str], joined: Mapping[str, Any] | None = None
                 ) -> dict[str, tuple[list[str], list[str]]]:
    """The labels of ``rare`` that join others, each with what :func:`_joined` finds of it
    in ``spellings`` (or ``joined`` holds of it, asked already), when they are two or more and
    most of ``rare``; else {}. Then the rare labels are
    several joined ("104; 105", one row each, as a coder lists codes), not texts named as
    the labels, and a refusal says so rather than ask whether the columns are swapped.

    >>> list(_most_joined(["104; 105", "105/106", "gas"], _spellings(["104", "gas"])))
    ['104; 105', '105/106']
    >>> _most_joined(["104; 105", "gas", "wind"], {})
    {}
    """
    joins = {label: found for label in rare
             if (found := joined[label] if joined is not None else _joined(label, spellings))}
    return joins if len(joins) > 1 and len(joins) * 2 > len(rare) else {}


def refuse_odd_label_names(counts: Counter, label_sets: Sequence[tuple[str, ...]], index: Sequence[Any]) -> None:
    """Refuse label names of ``counts`` (of ``label_sets``, rows named by ``index``) that
    are one name written two ways (in case, accents, alphabets, leading zeros, invisible
    marks or spacing, or the separators between words), or that cannot be saved or printed.
    Training checks every label so; cross-validation and the label check, the labels of
    the whole data, before drawing folds whose fits would name the rows by their place.
    Each kind is a problem of its own (see :func:`stance.problems.problem`): inside
    :func:`stance.problems.problems_together` every kind found is named in one error, where the
    first raised hid the others until it was put right, a training run each."""
    def positions(name: str) -> list[int]:
        return [i for i, labels in enumerate(label_sets) if name in labels]

    def rows(name: str) -> str:
        return row_names(index, positions(name), limit=3)

    what = "labels: label names"
    for refuse in (lambda: _refuse_case_twins(counts, what, rows),
                   lambda: _refuse_lookalike_twins(counts, what, index, positions),
                   lambda: _refuse_number_twins(counts, what, lambda name: row_names(index, positions(name)[:1]),
                                                label_sets),
                   lambda: _refuse_decimal_mark_twins(counts, what, index, positions, label_sets),
                   lambda: _refuse_unwritable(counts, "labels: label"),
                   lambda: _refuse_control_characters(counts, "labels: label", rows),
                   lambda: _refuse_invisible_twins(counts, what, index, positions),
                   lambda: _refuse_separator_twins(counts, what, index, positions),
                   lambda: _refuse_separator_twins(counts, what, index, positions, dashes=True)):
        with problem():
            refuse()


def rare_twin(name: str, others: Sequence[str]) -> str | None:
    """The label of ``others`` that ``name`` looks like another spelling of (as :func:`_closest`
    finds it), or None. Not one with other numbers in it: "topic_11" and "topic_12", "1041"
    and "1042", "201.1" and "201.2", "202.1" and "202.10", "501" and "5011" are two codes,
    however alike they look. Every check that names a rare label a typo of another asks this.

    >>> rare_twin("deterence", ["deterrance", "gas"]), rare_twin("topic_11", ["topic_12"])
    ('deterrance', None)
    >>> rare_twin("201.1", ["201.2"]), rare_twin("202.1", ["202.10"]), rare_twin("201,2", ["201.2"])
    (None, None, '201.2')
    """
    return twin_finder(others)(name)


def _numbers_in(name: str) -> tuple[str, ...]:
    """The numbers written in ``name``: :func:`rare_twin` compares only names with the same."""
    return tuple(re.findall(r"[0-9]+", name))


def twin_finder(names: Iterable[str]) -> Callable[[str], str | None]:
    """:func:`rare_twin` of any name against ``names``, which are grouped by their numbers
    once: built for the many rare labels of a column compared with the same labels.

    >>> find = twin_finder(["deterrance", "topic_12"])
    >>> find("deterence"), find("topic_11")
    ('deterrance', None)
    """
    alike: dict[tuple[str, ...], list[str]] = {}
    for name in names:  # in their order, which _closest's ties keep
        alike.setdefault(_numbers_in(name), []).append(name)
    return lambda name: _closest(name, alike.get(_numbers_in(name), []))


def rare_typos(rare: Sequence[str], names: Iterable[str], common: Container[str]) -> dict[str, str]:
    """Each label of ``rare`` that :func:`rare_twin` names a typo of another of ``names``, with
    that other; beyond :data:`_MOST_RARE_COMPARED` rare labels (ids or texts given as labels),
    compared with the labels of ``common`` (rows enough) only, as :func:`_rare_twins` does.
    The names are grouped by their numbers once: asking rare_twin of each rare label against
    all names took 314 s for 20,000 rare labels of 200,000 rows, each with each.

    >>> rare_typos(["deterence", "topic_11"], ["deterrence", "deterence", "topic_11", "topic_12"], {"deterrence"})
    {'deterence': 'deterrence'}
    """
    if len(rare) <= _MOST_RARE_COMPARED:  # each with the others, not with itself
        names = list(names)
        finders = {label: twin_finder(other for other in names if other != label) for label in rare}
    else:
        find = twin_finder(name for name in names if name in common)
        finders = dict.fromkeys(rare, find)
    typos = {}
    for label in rare:
        twin = finders[label](label)
        if twin is not None:
            typos[label] = twin
    return typos


# Beyond so many rare labels (a column of free text or ids) they are not compared with each
# other: each with each, 2,000 took 40 s, to name twins in a message of 2,000 labels.
_MOST_RARE_COMPARED = 100


def _rare_twins(rare: Sequence[str], counts: Counter, minimum: int, index: Sequence[Any],
                positions: Callable[[str], list[int]]) -> dict[str, str]:
    """The rare labels of ``rare`` (sorted, none a typo of a label with rows enough) that look
    like one label spelt two ways or more ("deterence" and "deterrance", 2 rows each): each
    maps to how :func:`check_label_counts` names the group, said for its first spelling and ""
    for the others, with their rows in ``index`` and what they have together. Compared with
    labels of rows enough only, two rare spellings of one label were named as two labels.

    >>> _rare_twins(["deterence", "deterrance", "gas"], Counter(deterence=2, deterrance=2, gas=1), 5,
    ...             range(5), {"deterence": [0, 1], "deterrance": [2, 3], "gas": [4]}.get)["deterence"]
    "'deterence' (2: rows 0, 1) and 'deterrance' (2: rows 2, 3), which look like one label spelt two ways \
(together 4, still fewer than 5)"
    """
    if len(rare) > _MOST_RARE_COMPARED:
        return {}
    groups: dict[str, list[str]] = {label: [label] for label in rare}
    for label in rare:  # each joined with its closest, and what that is joined with
        twin = rare_twin(label, [other for other in rare if other != label])
        if twin is not None and groups[twin] is not groups[label]:
            merged = sorted(groups[label] + groups[twin])
            for name in merged:
                groups[name] = merged
    named: dict[str, str] = {}
    ways = {2: "two", 3: "three", 4: "four"}
    for label in rare:
        group = groups[label]
        if len(group) < 2 or label in named:
            continue
        total = sum(counts[name] for name in group)
        enough = "enough to train" if total >= minimum else f"still fewer than {minimum}"
        spellings = [f"{quoted(name)} ({counts[name]}: {row_names(index, positions(name), limit=3)})" for name in group]
        spelt = f"{', '.join(spellings[:-1])} and {spellings[-1]}"
        named.update(dict.fromkeys(group, ""))
        named[group[0]] = (f"{spelt}, which look like one label spelt {ways.get(len(group), len(group))} ways "
                           f"(together {total}, {enough})")
    return named


def _refuse_case_twins(counts: Counter, what: str, rows: Callable[[str], str] | None = None) -> None:
    """Refuse names that differ only in case ("Gas" and "gas"), in width (the full-width
    "ｇａｓ" of a Chinese or Japanese keyboard) or in how their accents are encoded ("défense"
    composed and decomposed, which look the same): typos that would train as two (see
    :func:`case_key`). ``rows`` names the rows of a spelling: each but the commonest of its
    group is named so, since those are the rows to correct ("'Unity' (1: row 412) and 'unity'
    (130)"). A group that other spellings join in their separators too ("Carbon Tax" beside
    "CARBON_TAX" and "carbon_tax") is left to :func:`_refuse_separator_twins`, which names
    every spelling in one problem: named here, the third came to light only once the first
    two were put right.

    >>> _refuse_case_twins(Counter({"carbon_tax": 6, "CARBON_TAX": 3, "Carbon Tax": 3}), "labels")
    """
    folded: dict[str, list[str]] = {}
    for name in sorted(counts):
        folded.setdefault(case_key(name), []).append(name)
    spelt = Counter(separator_key(name) for name in counts)

    def joined_by_others(names: list[str]) -> bool:  # other spellings share its separator form
        keys = {separator_key(name) for name in names}
        return len(keys) == 1 and spelt[keys.pop()] > len(names)

    twins = [names for names in folded.values() if len(names) > 1 and not joined_by_others(names)]
    if twins:
        def spelling(name: str, names: list[str]) -> str:
            commonest = max(counts[other] for other in names)
            where = f": {rows(name)}" if rows is not None and counts[name] < commonest else ""
            return f"{quoted(name)} ({counts[name]}{where})"

        # A column of ids or codes in two cases gave one spelling of each of hundreds of pairs
        # (362 pairs: 16,694 characters); the first groups in full, the others counted.
        detail = _every_group(twins, lambda names: " and ".join(spelling(name, names) for name in names))
        in_width = any(len({composed(name).casefold() for name in names}) > 1 for names in twins)
        in_case = any(len({composed(name) for name in names}) > 1 for names in twins)
        how = ("in width or case (full-width letters, as Unicode NFKC folds them)" if in_width
               else "in case" if in_case else "in how their accents are encoded (Unicode NFC and NFD)")
        raise InvalidInputError(f"{what} differ only {how}: {detail}; use one spelling")


# Letters of the Latin, Cyrillic and Greek alphabets that look alike (each group's first is
# the one the others are read as): a label typed partly on another keyboard layout ("зa" with
# a Latin "a") looks the same as the right one and would train as a class of its own. Cyrillic
# "Н", "В", "Т", "М" look like "H", "B", "T", "M" only in upper case, so "на" and "ha" are two.
_LOOKALIKE_GROUPS = ("aа", "eе", "oоο", "pрρ", "cс", "xх", "yу", "iі", "jј", "sѕ", "kк", "ïї", "ëё", "AАΑ",
                     "BВΒ", "EЕΕ", "KКΚ", "MМΜ", "HНΗ", "OОΟ", "PРΡ", "CС", "TТΤ", "XХΧ", "IІΙ", "JЈ", "SЅ",
                     "YΥ", "NΝ", "ZΖ", "ÏЇ", "ËЁ")
_LOOKALIKES = str.maketrans({letter: group[0] for group in _LOOKALIKE_GROUPS for letter in group[1:]})


def _twin_groups(counts: Counter, key: Callable[[str], str]) -> list[list[str]]:
    """The groups, in sorted order, of two or more names in ``counts`` that ``key`` makes one.

    >>> _twin_groups(Counter({"b": 1, "A": 2, "a": 3, "B": 1, "c": 1}), str.lower)
    [['A', 'a'], ['B', 'b']]
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(counts):
        groups.setdefault(key(name), []).append(name)
    return [names for names in groups.values() if len(names) > 1]


# Groups of spellings a refusal names in full, with their rows and the spelling to keep; the
# others (a column of ids in two cases) by their spellings alone, so many at most.
_GROUPS_NAMED = 5
_GROUPS_LISTED = 20


def _every_group(twins: Sequence[list[str]], said: Callable[[list[str]], str]) -> str:
    """Each group of ``twins`` as a refusal names it, ``said`` of each of the first
    :data:`_GROUPS_NAMED`, the others by their spellings: a refusal named the first group
    alone and "(1 more such name)", which came to light a training run later.

    >>> _every_group([["A", "a"]], " and ".join)
    'A and a'
    >>> _every_group([[c.upper(), c] for c in "abcdefg"], " and ".join)
    "A and a; B and b; C and c; D and d; E and e; and 2 more: 'F' and 'f', 'G' and 'g'"
    """
    named = "; ".join(said(names) for names in twins[:_GROUPS_NAMED])
    rest = twins[_GROUPS_NAMED:]
    if not rest:
        return named
    listed = ", ".join(" and ".join(quoted(name) for name in names) for names in rest[:_GROUPS_LISTED])
    unlisted = len(rest) - _GROUPS_LISTED
    counted = f" and {unlisted} more group{'s' if unlisted > 1 else ''}" if unlisted > 0 else ""
    return f"{named}; and {len(rest)} more: {listed}{counted}"


def _commonest_of_each(names: list[str], key: Callable[[str], str], counts: Counter) -> list[str]:
    """The commonest of ``names`` that ``key`` makes one, in sorted order (a tie: the first).

    >>> _commonest_of_each(["GAS", "Gas", "gas", "gаs"], str.casefold, Counter({"GAS": 3, "gas": 5, "gаs": 1}))
    ['gas', 'gаs']
    """
    kept: dict[str, str] = {}
    for name in names:
        if key(name) not in kept or counts[name] > counts[kept[key(name)]]:
            kept[key(name)] = name
    return sorted(kept.values())


def lookalike_key(name: str) -> str:
    """What two names that look the same share, case aside: :func:`composed`, with each
    Latin, Cyrillic or Greek letter that looks like one of another alphabet read as that one.

    >>> lookalike_key("з\u0061") == lookalike_key("за") == lookalike_key("ЗА"), lookalike_key("зо")
    (True, 'зo')
    """
    return composed(name).translate(_LOOKALIKES).casefold().translate(_LOOKALIKES)


def lookalike_letters(name: str, other: str) -> str:
    """The letters of ``name`` from another alphabet than the look-alikes ``other`` has in
    their place, in words, or "" when there are none.

    >>> lookalike_letters("з\u0061", "за")
    "Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430"
    """
    name, other = composed(name), composed(other)
    pairs = [(a, b) for a, b in zip(name, other) if a != b and _alphabet(a) != _alphabet(b)]
    if len(name) != len(other) or not pairs:
        return ""

    def letters(chosen: Iterable[str]) -> str:
        return " and ".join(f"{_alphabet(c)} {c!r} U+{ord(c):04X}" for c in chosen)

    return f"{letters(a for a, _ in pairs[:3])} where the other has {letters(b for _, b in pairs[:3])}"


def _alphabet(letter: str) -> str:
    """The alphabet (Unicode script) of a letter, as Unicode names it: "Latin", "Cyrillic"…"""
    return unicodedata.name(letter, "").split(" ")[0].title()


def _refuse_lookalike_twins(counts: Counter, what: str, index: Sequence[Any],
                            positions: Callable[[str], list[int]]) -> None:
    """Refuse names that look the same but mix alphabets ("зa", with a Latin "a", and "за"),
    as :func:`_refuse_case_twins` does names in two cases: naming both spellings, rows of
    each (by ``index`` from their ``positions``: up to three of those to correct, the first
    of the one to keep), the letters that differ, and the spelling to keep: the one in a
    single alphabet, else the commonest.

    >>> _refuse_lookalike_twins(Counter({"з\u0061": 2, "за": 9}), "stance values", range(11),
    ...                         lambda name: [1, 4] if name == "з\u0061" else [0, 2, 3])
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: stance values look the same but are spelt with letters of different \
alphabets: 'зa' (2: rows 1, 4) and 'за' (9: row 0); 'зa' has Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430; \
use 'за' (all Cyrillic) in every row
    """
    # Names that differ in case alone are case twins, left to _refuse_case_twins (or, joined
    # by other spellings, to _refuse_separator_twins), not letters of another alphabet.
    # Of spellings that differ in case alone ("GAS" beside "gas" and "gаs"), the commonest stands
    # for them: _refuse_case_twins (or _refuse_separator_twins) names the others beside it, and
    # named here too, one pair was told in two problems. Only the mixed alphabet is this one.
    twins = [names for group in _twin_groups(counts, lookalike_key)
             if len(names := _commonest_of_each(group, case_key, counts)) > 1]
    if not twins:
        return

    def alphabets(name: str) -> set[str]:
        return {_alphabet(c) for c in name if c.isalpha()}

    def said(names: list[str]) -> str:
        single = [name for name in names if len(alphabets(name)) == 1]
        keep = max(single if len(single) == 1 else names, key=lambda name: counts[name])  # a tie: the first, sorted

        def rows(name: str) -> str:  # the rows to correct, or one of the spelling to keep
            return row_names(index, positions(name)[:1 if name == keep else None], limit=3)

        detail = " and ".join(f"{quoted(name)} ({counts[name]}: {rows(name)})" for name in names)
        differ = "; ".join(f"{quoted(name)} has {letters}" for name in names if name != keep
                           and (letters := lookalike_letters(name, keep)))
        why = f" (all {alphabets(keep).pop()})" if len(single) == 1 else ", the commonest,"
        return f"{detail}{f'; {differ}' if differ else ''}; use {quoted(keep)}{why} in every row"

    raise InvalidInputError(f"{what} look the same but are spelt with letters of different alphabets: "
                            f"{_every_group(twins, said)}")


def spacing_key(name: str) -> str:
    """What two names that look the same share, spacing aside: :func:`composed`, without the
    marks that show nothing (an emoji's variation selector U+FE0F, a zero-width space, a
    soft hyphen) and with each run of whitespace (a no-break space, a tab, two spaces) one
    space. Case is kept: names in two cases are refused as such. A zero-width joiner or
    non-joiner between two characters that are not ASCII is kept: it changes what shows
    ("👨\u200d💻" is one emoji, "👨💻" two; Persian "می\u200cروم" is spelt so), and dropping
    it, as the advice to keep the other spelling did, broke the name. At an end or beside
    ASCII ("unity\u200d") it joins nothing and is dropped.

    >>> spacing_key("health\u00a0 care\u200b") == spacing_key("health care") == "health care"
    True
    >>> spacing_key("\U0001f468\u200d\U0001f4bb") == spacing_key("\U0001f468\U0001f4bb")
    False
    >>> spacing_key("unity\u200d") == spacing_key("unity")
    True
    """
    name = composed(name)
    if name.isascii() and "  " not in name and name.isprintable():  # most names: nothing to drop
        return name.strip()
    return " ".join("".join(c for c, unseen in zip(name, _unseen_in_name(name)) if c.isspace() or not unseen)
                    .split())


def _unseen_in_name(name: str) -> list[bool]:
    """Whether each character of ``name`` shows nothing there (see
    :func:`stance.text.shows_nothing`): a zero-width joiner or non-joiner does show, in
    what it joins, where it stands between two characters that are not ASCII or spaces
    (an emoji's parts, Arabic or Indic letters), and nowhere else.

    >>> _unseen_in_name("a\ufe0f"), _unseen_in_name("\u06cc\u200c\u0631"), _unseen_in_name("a\u200d")
    ([False, True], [False, False, False], [False, True])
    """
    from .text import shows_nothing

    def joins(i: int) -> bool:
        return 0 < i < len(name) - 1 and all(not c.isascii() and not c.isspace() for c in name[i - 1:i + 2:2])

    return [shows_nothing(c) and not (c in "\u200c\u200d" and joins(i)) for i, c in enumerate(name)]


def _unseen(name: str) -> str:
    """The characters of ``name`` that make it look like its :func:`spacing_key` but not be
    it, in words ("U+00A0 NO-BREAK SPACE", "a run of 2 spaces").

    >>> _unseen("a\ufe0f  b")
    'U+FE0F VARIATION SELECTOR-16 and a run of 2 spaces'
    """
    name = composed(name)
    words = _unseen_marks(name)
    runs = sorted({len(run) for run in re.findall(r" {2,}", name)})
    words += [f"a run of {n} spaces" for n in runs]
    if name != name.strip():
        words.append("a space at an end")
    return " and ".join(words[:3])


def _unseen_marks(name: str) -> list[str]:
    """The characters of ``name`` that show nothing, or are spaces other than U+0020, each
    once, in words: what :func:`_unseen` names but its runs and ends of spaces.

    >>> _unseen_marks("x\u200b_1"), _unseen_marks("a  b")
    (['U+200B ZERO WIDTH SPACE'], [])
    """
    name = composed(name)
    odd = dict.fromkeys(c for c, unseen in zip(name, _unseen_in_name(name)) if c != " " and (c.isspace() or unseen))
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'an unnamed mark')}" for c in odd]


def _refuse_invisible_twins(counts: Counter, what: str, index: Sequence[Any],
                            positions: Callable[[str], list[int]]) -> None:
    """Refuse names that look the same but differ in marks that show nothing or in their
    spaces (see :func:`spacing_key`: "health\u00a0care", with a no-break space, and "health
    care"), as :func:`_refuse_lookalike_twins` does names that mix alphabets: naming both
    spellings, rows of each, what differs, and the spelling to keep (the one without such
    characters, else the commonest).

    >>> _refuse_invisible_twins(Counter({"a\u00a0b": 2, "a b": 9}), "labels", range(11),
    ...                         lambda name: [1, 4] if name == "a\u00a0b" else [0, 2, 3])
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels look the same but differ in characters that show nothing or in \
their spaces: 'a b' (9: row 0) and 'a\xa0b' (2: rows 1, 4); 'a\xa0b' has U+00A0 NO-BREAK SPACE; use 'a b' in every row
    """
    # A group that other spellings join in their separators ("health\u00a0care" beside "health
    # care" and "health_care") is left to _refuse_separator_twins, which names all of them, as
    # _refuse_case_twins leaves such a group: named in both, one problem was told twice.
    # Nor a group of one name composed and decomposed alone, which _refuse_case_twins names as
    # its accents encoded two ways: told here too, it was said to differ in "characters that
    # show nothing", which an accent is not.
    spelt = Counter(separator_key(name) for name in counts)
    twins = [names for names in _twin_groups(counts, spacing_key) if spelt[separator_key(names[0])] == len(names)
             and len({composed(name) for name in names}) > 1]
    if not twins:
        return

    def said(names: list[str]) -> str:
        plain = [name for name in names if name == spacing_key(name)]
        keep = plain[0] if plain else max(names, key=lambda name: counts[name])  # a tie: the first, sorted

        def rows(name: str) -> str:  # the rows to correct, or one of the spelling to keep
            return row_names(index, positions(name)[:1 if name == keep else None], limit=3)

        detail = " and ".join(f"{quoted(name)} ({counts[name]}: {rows(name)})" for name in names)
        differ = "; ".join(f"{quoted(name)} has {unseen}" for name in names
                           if name != keep and (unseen := _unseen(name)))
        why = "" if plain else ", the commonest,"
        return f"{detail}{f'; {differ}' if differ else ''}; use {quoted(keep)}{why} in every row"

    raise InvalidInputError(f"{what} look the same but differ in characters that show nothing or in their spaces: "
                            f"{_every_group(twins, said)}")


# The dashes, the minus signs and the small hyphen-minus (U+2010 to U+2015, the two- and three-em
# dashes U+2E3A and U+2E3B, the small em dash U+FE58, the minus sign U+2212 and the modifier
# letter minus sign U+02D7, U+FE63), each read as a hyphen-minus where a name keeps one as
# written: "−1" (U+2212) and "-1" look the same, and trained as two labels. Not the full-width
# U+FF0D, which the check of widths refuses.
_DASH_CHARACTERS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2e3a\u2e3b\ufe58\u2212\u02d7\ufe63"
_DASHES = str.maketrans(dict.fromkeys(_DASH_CHARACTERS, "-"))
# The characters that join the words of a name ("arms_control", "arms-control", "arms
# control", with an en dash or a minus sign), a run of them as one. Names that differ only
# in them (or in case as well) are one name written two ways, and trained as two. Not a
# dot: "1.1" and "1-1" may be two codes (an outline's section, a range), "1-1" and "1_1" not.
_SEPARATOR = rf"[\s_\-{_DASH_CHARACTERS}]"
_SEPARATOR_RUNS = re.compile(f"{_SEPARATOR}+")
# Such a run between two letters or digits: one at an end ("-1", "a-") or in a name of no
# word at all (a scale "--", "-", "0", "+", "++") is part of what the name says.
_SEPARATORS_BETWEEN_WORDS = re.compile(rf"(?<=[^\W_]){_SEPARATOR}+(?=[^\W_])")


# Such a run at an end of a name, beside a word of two letters or more ("gas_", "_gas"): a stray
# key, not what the name says, as a grade's "A-" or a scale's "-1" is.
_SEPARATORS_AT_AN_END = re.compile(rf"^{_SEPARATOR}+(?=[^\W\d_]{{2}})|(?<=[^\W\d_]{{2}}){_SEPARATOR}+$")



def _dashes_as_written(name: str) -> str:
    """:func:`spacing_key` of ``name`` with each run of separators between two words one
    hyphen, and none at an end beside a word (see :data:`_SEPARATORS_AT_AN_END`)."""
    spaced = spacing_key(name)
    # A run at an end needs a separator at that end ("$" is also before a final "\n", one itself): asked
    # first, as the search of every place of a 2 KB name (a text named as a label) took 0.3 ms.
    if _SEPARATOR_RUNS.fullmatch(spaced[:1]) or _SEPARATOR_RUNS.fullmatch(spaced[-1:]):
        spaced = _SEPARATORS_AT_AN_END.sub("", spaced)
    return _SEPARATORS_BETWEEN_WORDS.sub("-", spaced)


def _separator_form(name: str) -> str:
    """:func:`_dashes_as_written` of ``name`` with every dash left a hyphen-minus ("−1" is "-1")."""
    return _dashes_as_written(name).translate(_DASHES)


def separator_key(name: str) -> str:
    """What two names that differ only in the separators between their words, or in case,
    share: :func:`spacing_key` with each run of separators between two words one hyphen, case
    folded, and without one at an end beside a word ("gas_" is "gas"). A separator at an end
    of a number or of one letter, or in a name of no word, is kept as written ("-1" is not
    "1", nor "A-" "A", nor "--" "-": the steps of a scale, a grade).

    >>> separator_key("arms_control") == separator_key("Arms-control") == separator_key("arms  control")
    True
    >>> separator_key("1.1") == separator_key("1-1"), separator_key("1-1") == separator_key("1_1")
    (False, True)
    >>> separator_key("-1") == separator_key("1"), separator_key("-1") == separator_key("--1")
    (False, False)
    >>> separator_key("-") == separator_key("--") or separator_key("+") == separator_key("++")
    False
    >>> separator_key("gas_") == separator_key("_Gas") == separator_key("gas")
    True
    >>> separator_key("A-") == separator_key("a"), separator_key("-1") == separator_key("1")
    (False, False)
    >>> separator_key("−1") == separator_key("-1") == separator_key("–1")  # a minus sign, an en dash
    True
    """
    return _separator_form(name).casefold()


def _refuse_separator_twins(counts: Counter, what: str, index: Sequence[Any],
                            positions: Callable[[str], list[int]], dashes: bool = False) -> None:
    """Refuse names that differ only in the separators between their words (see
    :func:`separator_key`: "arms-control" and "arms_control"), or in those and case, as
    :func:`_refuse_invisible_twins` does names that differ in marks that show nothing:
    naming the spellings with their rows and the spelling to keep. That is the one written
    with the separator every other label with one uses ("eastern_flank" beside
    "ukraine_support"), else the commonest; with a spelling of the same words joined by a dot
    ("eu.budget" beside "eu-budget" and "eu budget"), named too, the commonest of them all.

    >>> _refuse_separator_twins(Counter({"arms-control": 6, "arms_control": 3, "gas": 9}), "labels", range(18),
    ...                         lambda name: [0, 2, 4, 6, 8, 10] if name == "arms-control" else [1, 3, 5])
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels differ only in the hyphens, underscores or spaces between their \
words: 'arms-control' (6: rows 0, 2, 4 and 3 more) and 'arms_control' (3: rows 1, 3, 5); use 'arms-control', the \
commonest, in every row
    >>> _refuse_separator_twins(Counter({"carbon_tax": 6, "CARBON_TAX": 3, "Carbon Tax": 3}), "labels", range(12),
    ...                         lambda name: {"carbon_tax": [0, 1, 2, 3, 4, 5], "CARBON_TAX": [6, 7, 8]}.get(
    ...                             name, [9, 10, 11]))
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels differ only in the hyphens, underscores or spaces between their \
words and in case: 'CARBON_TAX' (3: rows 6, 7, 8), 'Carbon Tax' (3: rows 9, 10, 11) and 'carbon_tax' (6: rows 0, \
1, 2 and 3 more); use 'carbon_tax', the commonest, in every row

    With ``dashes``, the groups whose dashes differ where a name keeps them as written ("-1"
    and "−1", a minus sign) are refused, a problem of their own, and without it the others:
    said together, "−1" was told to differ in "hyphens, underscores or spaces" and in case,
    its U+2212 unnamed.
    """
    # Groups of one name in case alone, or in marks that show nothing alone, are named by
    # _refuse_case_twins and _refuse_invisible_twins, which run beside this check: not twice.
    twins = [names for names in _twin_groups(counts, separator_key)
             if len({case_key(name) for name in names}) > 1 and len({spacing_key(name) for name in names}) > 1
             and (len({_dashes_as_written(name).casefold() for name in names}) > 1) == dashes]
    if not twins:
        return

    def joins(name: str) -> set[str]:  # the separators of a name, a run as written
        return set(_SEPARATOR_RUNS.findall(spacing_key(name)))

    def said(names: list[str]) -> str:
        # A spelling with a stray separator at an end ("gas_") is never the one to keep.
        candidates = [name for name in names if not _SEPARATORS_AT_AN_END.search(spacing_key(name))] or names
        dotted = _dotted_twins(names, counts)
        others = set().union(*(joins(name) for name in counts if name not in names))
        written = [name for name in candidates if joins(name) == others] if len(others) == 1 and not dotted else []
        # With a dotted spelling, the commonest of all: keeping one of the others, the next run
        # warned that it and the dotted one look like one name.
        kept_from = candidates + dotted
        keep = written[0] if len(written) == 1 else max(kept_from, key=lambda name: counts[name])  # a tie: the first

        def spelling(name: str) -> str:  # every spelling's rows named alike, at most three and how many more
            return f"{quoted(name)} ({counts[name]}: {row_names(index, positions(name), limit=3)})"

        spellings = [spelling(name) for name in names]
        detail = " and ".join(filter(None, [", ".join(spellings[:-1]), spellings[-1]]))
        if dotted:
            dots = [spelling(name) for name in dotted]
            detail += (f", and {' and '.join(filter(None, [', '.join(dots[:-1]), dots[-1]]))} "
                       f"write{'s' if len(dotted) == 1 else ''} the same words with a dot")
        # Marks that show nothing ("x\u200b_1" beside "x_1" and "X_1"), named as
        # _refuse_invisible_twins names them: the spelling looked the same as the one to keep.
        unseen = "; ".join(f"{quoted(name)} has {' and '.join(marks[:3])}" for name in names
                           if (marks := _unseen_marks(name)))
        tied = sum(counts[name] == counts[keep] for name in kept_from) > 1
        why = (f", written with {others.pop()!r} as the others are," if len(written) == 1 else
               "" if tied else ", the commonest,")
        return f"{detail}{f'; {unseen}' if unseen else ''}; use {quoted(keep)}{why} in every row"

    # How the spellings differ, said once of every group named.
    named = [name for names in twins for name in names]
    case = " and in case" if any(len({_separator_form(name) for name in names}) > 1 for names in twins) else ""
    where = ("between" if all(len({_SEPARATORS_BETWEEN_WORDS.sub("-", spacing_key(name)).casefold()
                                   for name in names}) == 1 for names in twins)
             else "around or between")
    differ = f"the hyphens, underscores or spaces {where} their words"
    if dashes:  # a dash kept as written, "-1" and "−1"
        written_dashes = sorted({c for name in named for c in name if c == "-" or c in _DASH_CHARACTERS})
        differ = f"their dashes ({' and '.join(f'{c!r} U+{ord(c):04X}' for c in written_dashes)})"
    if any(unseen and not c.isspace() for name in named  # a no-break space is a space, said already
           for c, unseen in zip(composed(name), _unseen_in_name(composed(name)))):
        case = f"{', in case' if case else ''} and in characters that show nothing"
    raise InvalidInputError(f"{what} differ only in {differ}{case}: {_every_group(twins, said)}")


# A dot between two letters, as a scheme of dotted codes of words joins them ("eu.budget"):
# not a separator (codes of digits "1.1" and "1-1" may be two), but beside "eu-budget" and
# "eu budget" the same words.
_DOTS_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")


def _dotted_twins(names: list[str], counts: Counter) -> list[str]:
    """The names of ``counts`` besides ``names`` (one name written with several separators)
    that write the same words with a dot between letters.

    >>> _dotted_twins(["eu budget", "eu-budget"], Counter(["eu.budget", "eu.trade", "1.1"]))
    ['eu.budget']
    >>> _dotted_twins(["1_1", "1-1"], Counter(["1.1"]))
    []
    """
    key = separator_key(names[0])
    return sorted(other for other in counts if other not in names and _DOTS_BETWEEN_LETTERS.search(other)
                  and separator_key(_DOTS_BETWEEN_LETTERS.sub("-", other)) == key)


def _refuse_number_twins(counts: Counter, what: str, row: Callable[[str], str],
                         label_sets: Sequence[tuple[str, ...]] = ()) -> None:
    """Refuse codes that are one whole number written with and without leading zeros ("000"
    and "0", as a spreadsheet or a file read as numbers drops the zeros), which would train as
    two labels with no word, naming ``row``, a row of each, and the commonest spelling to keep.
    Decimals are not: outline codes "1.1" and "1.10" are two sections. Nor are two spellings
    one row of ``label_sets`` holds together, which proves them two codes.

    >>> _refuse_number_twins(Counter({"0104": 9, "104": 2, "1.1": 9, "1.10": 9}), "labels", lambda name: f"row {name}")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels are one number written two ways: '0104' (9: row 0104) \
and '104' (2: row 104); use '0104', the commonest, in every row (pandas drops the zeros of codes it reads \
as numbers: read them with dtype=str)
    >>> _refuse_number_twins(Counter({"01": 9, "1": 9}), "labels", str, [("01", "1")])  # one row holds both
    >>> _refuse_number_twins(Counter({"0100": 1, "100": 1}), "labels", lambda name: "row 0")  # a tie
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels are one number written two ways: '0100' (1: row 0) \
and '100' (1: row 0); use '0100' in every row (pandas drops the zeros of codes it reads as numbers: read them \
with dtype=str)
    """
    numbers: dict[str, list[str]] = {}
    for name in sorted(counts):
        if (number := unpadded(name)) is not None:
            numbers.setdefault(number, []).append(name)
    together = {frozenset(labels) for labels in label_sets if len(labels) > 1}
    twins = [names for names in numbers.values()
             if len(names) > 1 and not any(len(both & set(names)) > 1 for both in together)]
    if twins:
        def said(names: list[str]) -> str:
            keep = max(names, key=lambda name: counts[name])  # max keeps the first of a tie: sorted
            detail = " and ".join(f"{quoted(name)} ({counts[name]}: {row(name)})" for name in names)
            # A tie has no commonest: the one to keep is named alone, as _refuse_decimal_mark_twins does.
            why = "" if sum(counts[name] == counts[keep] for name in names) > 1 else ", the commonest,"
            return f"{detail}; use {quoted(keep)}{why} in every row"

        raise InvalidInputError(f"{what} are one number written two ways: {_every_group(twins, said)} (pandas drops "
                                f"the zeros of codes it reads as numbers: read them with dtype=str)")


# A code of digits with one decimal mark, a point or a comma: "202.1", "202,1".
_DECIMAL_MARKED = re.compile(r"[0-9]+[.,][0-9]+")


def decimal_mark_key(counts: Counter) -> Callable[[str], str]:
    """A key that makes one of a code written with a decimal comma and with a decimal point
    ("202,1", "202.1") and no two other names. A comma between two other labels of ``counts``
    ("1,2" beside "1" and "2") may join them, as warn_of_joined_labels says, or be a decimal
    comma: which, the data cannot tell (a scheme of decimal commas whose "1,2" is also written
    "1.2", or codes 1, 2 and 1.2 with rows of 1 and 2 joined), so it is never refused as a
    decimal, and the warning of joined labels speaks of it alone (reviews of a surer rule
    found both readings refused, or advised, wrongly).

    >>> key = decimal_mark_key(Counter(["1", "2", "1.2", "1,2", "202,1", "202.1"]))
    >>> key("202,1") == key("202.1"), key("1,2") == key("1.2")
    (True, False)
    """
    def key(name: str) -> str:
        parts = name.split(",")
        joins = len(parts) == 2 and parts[0] != parts[1] and all(part in counts for part in parts)
        if not _DECIMAL_MARKED.fullmatch(name) or ("," in name and joins):
            return f"\0{name}"  # a name of its own
        return name.replace(",", ".")

    return key


def _refuse_decimal_mark_twins(counts: Counter, what: str, index: Sequence[Any],
                               positions: Callable[[str], list[int]],
                               label_sets: Sequence[tuple[str, ...]] = ()) -> None:
    """Refuse codes that are one number written with a decimal point and with a decimal
    comma ("202.1" and "202,1", coders of two locales in one file), which trained as two
    labels with no word, as :func:`_refuse_number_twins` refuses "010" and "10": naming
    both spellings, the rows of each to correct and one of the spelling to keep. That is
    the one written with the mark every other decimal code uses, else the commonest. Two
    spellings one row holds together ("202.1|202,1") are two codes, as there.

    >>> _refuse_decimal_mark_twins(Counter({"202,1": 6, "202.1": 3, "201": 9}), "labels", range(18),
    ...                            lambda name: [0, 2, 4, 6, 8, 10] if name == "202,1" else [1, 3, 5])
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels are one number written two ways, with a decimal comma and with \
a decimal point: '202,1' (6: row 0) and '202.1' (3: rows 1, 3, 5); use '202,1', the commonest, in every row
    >>> _refuse_decimal_mark_twins(Counter({"202,1": 6, "202.1": 3}), "labels", range(9), lambda name: [0],
    ...                            [("202,1", "202.1")])  # one row holds both
    """
    together = {frozenset(labels) for labels in label_sets if len(labels) > 1}
    twins = [names for names in _twin_groups(counts, decimal_mark_key(counts))
             if not any(len(both & set(names)) > 1 for both in together)]
    if not twins:
        return

    def said(names: list[str]) -> str:
        # The mark of the other decimal codes ("201.2" beside "202,1" and "202.1"), when they agree on one.
        marks = {"," in name for name in counts if _DECIMAL_MARKED.fullmatch(name) and name not in names}
        written = [name for name in names if len(marks) == 1 and ("," in name) in marks]
        keep = written[0] if written else max(names, key=lambda name: counts[name])  # a tie: the first, sorted

        def rows(name: str) -> str:  # the rows to correct, or one of the spelling to keep
            return row_names(index, positions(name)[:1 if name == keep else None], limit=3)

        detail = " and ".join(f"{quoted(name)} ({counts[name]}: {rows(name)})" for name in names)
        mark = "comma" if "," in keep else "point"
        why = (f", written with a decimal {mark} as the other decimal codes are," if written else
               "" if sum(counts[name] == counts[keep] for name in names) > 1 else ", the commonest,")
        return f"{detail}; use {quoted(keep)}{why} in every row"

    raise InvalidInputError(f"{what} are one number written two ways, with a decimal comma and with a decimal "
                            f"point: {_every_group(twins, said)}")


# A decimal code that no float is written as by pandas, or that is no whole number: "1.1",
# "1.10". A column holding one is a scheme of dotted codes, where "3.0" may be a code of its own.
_DECIMAL_CODE = re.compile(r"[0-9]+\.[0-9]+")


def _refuse_float_twins(labels: Sequence[Any], index: Sequence[Any], what: str) -> None:
    """Refuse a code written both as a whole number and as a whole float ("3" and "3.0",
    read alike as "3") in a column that also holds decimal codes ("1.1", "1.10"): there
    "3.0" may be a section of its own, or a typo of "3", and merging them said nothing.
    Naming a row of each spelling, and the commonest to keep; or first the rows that hold
    both ("3|3.0", ["3", "3.0"]), which were read as the one label "3". A column of whole
    numbers only, some written as floats (files of int and float codes put together), is read
    as before, and so is one of floats alone, which is how pandas writes a column of float codes.

    >>> _refuse_float_twins(["3", "1.1", "3.0", "3"], range(4), "labels")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels are one code written two ways: '3' (2: row 0) and '3.0' (1: row 2), \
both read as '3' (a whole float is read as its int, as in a column of float codes pandas wrote), beside decimal \
codes such as '1.1', where '3.0' may be a code of its own; use '3', the commonest, in every row, or rename the \
other code
    >>> _refuse_float_twins(["3", "1.1", "3|3.0"], ["a", "b", "c"], "labels")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels of row 'c' are one code written two ways: '3' and '3.0', both read \
as '3' (a whole float is read as its int, as in a column of float codes pandas wrote), beside decimal codes such as \
'1.1', where '3.0' may be a code of its own; use '3', the commonest, alone in that row, or rename the other code
    >>> _refuse_float_twins(["3", "2", "3.0"], range(3), "labels")  # whole numbers only
    """
    written = [label_names_as_written(value) for value in labels]
    decimal = next((name for names in written for name in names
                    if _DECIMAL_CODE.fullmatch(name) and whole_number_text(name) == name), None)
    if decimal is None:
        return
    spellings: dict[str, dict[str, list[int]]] = {}
    for i, names in enumerate(written):
        for name in names:
            if name.isascii() and (name.isdigit() or _WHOLE_FLOAT.fullmatch(name)):
                spellings.setdefault(whole_number_text(name), {}).setdefault(name, []).append(i)
    # A row holding both spellings ("3|3.0") proves nothing: it is read as the one label "3" too.
    twins = [(read, rows) for read, rows in sorted(spellings.items()) if len(rows) > 1]
    if not twins:
        return
    read, rows = twins[0]
    keep = max(sorted(rows), key=lambda name: len(set(rows[name])))
    floats = [name for name in sorted(rows) if name != read]
    why = (f"both read as {quoted(read)} (a whole float is read as its int, as in a column of float codes "
           f"pandas wrote), beside decimal codes such as {quoted(decimal)}, where {quoted(floats[0])} may be a code "
           f"of its own")
    more = f" ({len(twins) - 1} more such code{'s' if len(twins) > 2 else ''})" if len(twins) > 1 else ""
    both = sorted({i for at in rows.values() for i in at if sum(i in other for other in rows.values()) > 1})
    if both:  # named first: a row's own two spellings, which no other row's correction would mend
        held = " and ".join(quoted(name) for name in sorted(rows) if both[0] in rows[name])
        raise InvalidInputError(
            f"{what} of {row_names(index, both, limit=3)} are one code written two ways: {held}{more}, {why}; use "
            f"{quoted(keep)}, the commonest, alone in {'that row' if len(both) == 1 else 'those rows'}, or rename the "
            f"other code")
    detail = " and ".join(f"{quoted(name)} ({len(set(at))}: {row_names(index, at[:1])})"
                          for name, at in sorted(rows.items()))
    raise InvalidInputError(f"{what} are one code written two ways: {detail}{more}, {why}; use {quoted(keep)}, the "
                            f"commonest, in every row, or rename the other code")


def warn_of_codes_read_as_numbers(labels: Iterable[Any], what: str) -> None:
    """Warn when labels come as numbers with decimals (floats, as pandas' ``read_csv`` reads a
    column of outline codes): a number keeps no trailing zero, so the file's "6.10" and "6.1"
    both came as 6.1, and trained (or were scored as) one label, in silence; nothing here can
    tell them apart again. Whole floats (104.0, a column of int codes with gaps) lose nothing
    but leading zeros, which are checked elsewhere, and are not named. Inside
    :func:`conflicts_reported` (a fold's fit) nothing is said: the caller warned of the whole data.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_codes_read_as_numbers([6.1, 104.0, "6.10", [6.2, 6.1]], "labels")
    ...     warn_of_codes_read_as_numbers([104.0, "6.10", float("nan")], "labels")
    >>> len(caught), str(caught[0].message)[:97]
    (1, 'labels: 2 codes came as numbers with decimals (6.1, 6.2), as pandas reads a column of codes from ')
    """
    if getattr(_conflicts, "reported", False):  # a fold's fit: the caller warned of the whole data
        return
    decimals: set[float] = set()
    for value in labels:
        for item in value if isinstance(value, (list, tuple)) or type_name(value) == "ndarray" else (value,):
            if (isinstance(item, numbers.Real) and not isinstance(item, (bool, numbers.Integral))
                    and math.isfinite(item) and not float(item).is_integer()):
                decimals.add(float(item))
    if not decimals:
        return
    shown_codes = ", ".join(str(code) for code in sorted(decimals)[:5]) + (", …" if len(decimals) > 5 else "")
    warn(f"{what}: {len(decimals)} code{'s' if len(decimals) > 1 else ''} came as numbers with decimals "
         f"({shown_codes}), as pandas reads a column of codes from a file: a number keeps no trailing zero, so "
         f"'6.10' and '6.1' in the file are both 6.1 here, one label; read the file with dtype=str (or pass "
         f"its path), which keeps each code as written")


def warn_of_names_given_as_numbers(values: Iterable[Any], what: str, kind: str = "labels") -> None:
    """Warn when labels (or stance values: ``kind``) come as whole numbers (ints, as a column
    of codes 0/1/3 or a categorical one of them gives them; whole floats, as a column of codes
    with gaps; bools): a model's labels are names, text by design (saved as JSON), so they come
    back as text, "3" where 3 was given, and a prediction compared with the column it was
    trained on matched no row (``(scored.label == data.code).mean()`` was 0.0), in
    silence. The warning names them both ways and how to compare. Inside
    :func:`conflicts_reported` (a fold's fit) nothing is said: the caller warned of the whole
    data. Numbers with decimals keep their text ("6.1", as the column as text gives it);
    :func:`warn_of_codes_read_as_numbers` names those.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_names_given_as_numbers([3, 0, 1, 3], "labels")
    ...     warn_of_names_given_as_numbers([104.0, float("nan"), 501.0], "labels")
    ...     warn_of_names_given_as_numbers(["0", "unity", 6.1, float("nan"), None], "labels")
    >>> len(caught), str(caught[0].message)
    (2, "labels: 0, 1, 3, given as integers, are the model's names '0', '1', '3': a model's labels are text, and \
its predictions give them so; compare them with the column as text, column.astype(str)")
    >>> str(caught[1].message).split(": ")[1], str(caught[1].message).split(", ")[-1]
    ("104.0, 501.0, given as floats, are the model's names '104', '501'", 'column.astype("Int64").astype(str)')
    """
    if getattr(_conflicts, "reported", False):  # a fold's fit: the caller warned of the whole data
        return
    given: dict[str, Any] = {}  # each name, and the first number that gave it
    decimals = False  # a code such as 202.1 beside them, which no whole number holds
    for value in values:
        for item in value if isinstance(value, (list, tuple)) or type_name(value) == "ndarray" else (value,):
            if isinstance(item, numbers.Real) and math.isfinite(item):
                if float(item).is_integer():
                    given.setdefault(_label_name(item), item)
                else:
                    decimals = True
    if not given:
        return
    ordered = sorted(given, key=lambda name: float(given[name]))
    kinds = {"booleans" if isinstance(item, bool) else "integers" if isinstance(item, numbers.Integral) else "floats"
             for item in given.values()}
    # Past int64, astype("Int64") raises ("cannot safely cast non-equivalent float64 to int64").
    large = any(abs(float(item)) >= 2**63 for item in given.values())
    compare = _as_text_advice(kinds, decimals, large)
    more = ", …" if len(ordered) > 5 else ""
    one = len(ordered) == 1
    warn(f"{what}: {', '.join(str(given[name]) for name in ordered[:5])}{more}, given as "
         f"{kinds.pop() if len(kinds) == 1 else 'numbers'}, {'is' if one else 'are'} the model's "
         f"name{'' if one else 's'} {', '.join(quoted(name) for name in ordered[:5])}{more}: a model's {kind} are "
         f"text, and its predictions give them so; compare them with {compare}")


def in_integer_order(labels: Iterable[Any], names: list[str]) -> list[str]:
    """``names`` (sorted as text) in the order of the whole numbers they were given as, when
    every label of ``labels`` came as an int (not a bool) or a whole float (named as its int,
    see :func:`stance.names._label_name`), as np.unique orders them; else as they are.
    scikit-learn's tools (cross_val_predict, CalibratedClassifierCV) encode y as 0..n-1 before
    the fit and read predict_proba's columns in that order, and log_loss or roc_auc_score read
    them in np.unique(y)'s: sorted as text, "10" came before "2", and with 11 labels or more
    every column past "1" was read as another label's.

    >>> in_integer_order([0, 2, 10, [1, 2]], ["0", "1", "10", "2"])
    ['0', '1', '2', '10']
    >>> in_integer_order([0, 2, "10"], ["0", "10", "2"]), in_integer_order([True, False], ["False", "True"])
    (['0', '10', '2'], ['False', 'True'])
    >>> in_integer_order([0.0, 2.0, 10.0], ["0", "10", "2"]), in_integer_order([2.0, 10.5], ["10.5", "2"])
    (['0', '2', '10'], ['10.5', '2'])
    """
    for value in labels:
        for item in value if isinstance(value, (list, tuple)) or type_name(value) == "ndarray" else (value,):
            if not _whole_number(item):
                return names
    return sorted(names, key=int)


def _whole_number(item: Any) -> bool:
    """Whether ``item`` is an int (not a bool) or a finite whole float, as a label given so is named."""
    if isinstance(item, bool):
        return False
    if isinstance(item, numbers.Integral):
        return True
    return isinstance(item, numbers.Real) and math.isfinite(item) and float(item).is_integer()


def _as_text_advice(kinds: set[str], decimals: bool, large: bool = False) -> str:
    """How to compare a column of numbers of ``kinds`` with a model's names of them, said by
    :func:`warn_of_names_given_as_numbers`. A float's text is "104.0", not the model's "104":
    as whole numbers first, unless the column holds decimals too (``decimals``: 202.1), on which
    ``astype("Int64")`` raises; then it is to be read as text, as the codes are written. So it
    raises on a float past int64 (``large``: 1e20), whose int Python's ``int`` gives, as the
    model's name is written.

    >>> _as_text_advice({"integers"}, False), _as_text_advice({"floats"}, False)
    ('the column as text, column.astype(str)', 'the column as text, column.astype("Int64").astype(str)')
    >>> _as_text_advice({"floats"}, True)
    'the column read as text: read the file with dtype=str (or pass its path), which keeps each code as written'
    >>> _as_text_advice({"floats"}, False, large=True)
    'the column as text, column.map(lambda v: str(int(v)), na_action="ignore")'
    """
    if decimals:
        return ("the column read as text: read the file with dtype=str (or pass its path), which keeps each code "
                "as written")
    whole = ('column.map(lambda v: str(int(v)), na_action="ignore")' if "floats" in kinds and large else
             'column.astype("Int64").astype(str)' if "floats" in kinds else "column.astype(str)")
    return f"the column as text, {whole}"


def unpadded(name: str) -> str | None:
    """``name`` without its leading zeros when it is a whole number written in digits ("0104"
    is "104", "000" is "0"); else None. Only zeros are dropped: a decimal ("1.10", an outline
    code) is kept as it is, and so are a sign, "1e2" and "inf".

    >>> unpadded("0104"), unpadded("000"), unpadded("1.10"), unpadded("+1"), unpadded("v1")
    ('104', '0', None, None, None)
    """
    return name.lstrip("0") or "0" if name.isascii() and name.isdigit() else None


def off_topic_as_written(none_label: str | None, label_sets: Sequence[tuple[str, ...]]) -> str | None:
    """``none_label`` as the rows write it: when it is no row's label but one label is the
    same whole number with other leading zeros ("0" for "000", the zeros pandas drops of
    codes it reads as numbers), that label, one code with it (see :func:`unpadded`); else
    ``none_label``. Training takes it so, saying it did (see :func:`off_topic_respelt`), so
    that a model never names an off-topic label that none of its labels is.

    >>> off_topic_as_written("000", [("0",), ("413",)]), off_topic_as_written("0", [("000",), ("413",)])
    ('0', '000')
    >>> off_topic_as_written("000", [("000",), ("0",)]), off_topic_as_written("none", [("0",)])
    ('000', 'none')
    """
    key = None if none_label is None else unpadded(none_label)
    if key is None:
        return none_label
    names = {label for labels in label_sets for label in labels}
    same = [name for name in names if unpadded(name) == key]
    # Both spellings given are refused as one code written two ways, and the label given stays.
    return same[0] if none_label not in names and len(same) == 1 else none_label


def off_topic_respelt(none_label: str, label: str) -> str:
    """What training warns of when it takes ``label`` as the off-topic label ``none_label``
    names (as :func:`off_topic_as_written` finds it).

    >>> off_topic_respelt("0", "000")
    "none_label='0' is the label of no row, but '000' is the same code with leading zeros: it is taken as the \
off-topic label"
    """
    fewer = len(label) < len(none_label)
    return (f"none_label={quoted(none_label)} is the label of no row, but {quoted(label)} is the same code "
            f"{'without' if fewer else 'with'} leading zeros: it is taken as the off-topic label"
            + (" (pandas drops the zeros of codes it reads as numbers; read them with dtype=str to keep them)"
               if fewer else ""))


def _refuse_unwritable(counts: Counter, what: str) -> None:
    """Refuse a name that cannot be saved: a lone surrogate (text decoded with
    ``errors="surrogateescape"``) has no UTF-8, so the model would train and then fail to save."""
    for name in sorted(counts):
        try:
            name.encode("utf-8")
        except UnicodeEncodeError as error:
            raise InvalidInputError(
                f"{what} {quoted(name)} holds {name[error.start]!r} at {error.start}, which has no UTF-8 "
                f"(a lone surrogate: was the file decoded with errors='surrogateescape'?); correct it"
            ) from None


def _refuse_control_characters(counts: Counter, what: str, rows: Callable[[str], str]) -> None:
    """Refuse a name holding a control character (see :func:`control_character`), naming
    ``rows``, its rows: it trained, and printed by `stance classify` or `stance info`, an
    escape set the terminal's title or cleared it; a load refuses such a model."""
    from .text import control_character

    for name in sorted(counts):
        char = control_character(name)
        if char is not None:
            raise InvalidInputError(f"{what} {quoted(name)} ({rows(name)}) holds the control character {char!r}, "
                                    f"which a terminal acts on when the name is printed; remove it from the name")


# Affixes that make a word's opposite ("approve"/"disapprove"): values differing by one of
# them are two values, not one spelt two ways.
_NEGATING_AFFIXES = {"dis", "un", "in", "im", "il", "ir", "non", "not", "no", "anti", "counter", "de"}


def _warn_of_spelling_variants(counts: Counter, what: str, rows: Callable[[str], str] | None = None) -> None:
    """Warn of values that look like one word spelt two ways ("favor" and "favour"), which
    would train as two classes, naming by ``rows`` those of the rarer spelling of each pair,
    the rows to correct, as :func:`_refuse_case_twins` does. Opposites made by an affix
    ("approve"/"disapprove") are not variants; beyond a handful of values (a column of free
    text, say) nothing is compared.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_spelling_variants(Counter(favor=9, favr=3), "stance values", lambda value: "rows 1, 4, 7")
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    stance values look like one value spelt two ways: 'favor' (9) and 'favr' (3: rows 1, 4, 7); they train as ...
    """
    if len(counts) > 12:
        return
    names = sorted(counts)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if _spelt_alike(a, b)]
    if pairs:
        def named(value: str, other: str) -> str:
            where = f": {rows(value)}" if rows is not None and counts[value] < counts[other] else ""
            return f"{quoted(value)} ({counts[value]}{where})"

        detail = "; ".join(f"{named(a, b)} and {named(b, a)}" for a, b in pairs)
        warn(f"{what} look like one value spelt two ways: {detail}; they train as different "
             f"values: merge them if they are one")


def _warn_of_one_sided_values(counts: Counter, what: str) -> None:
    """Warn of two or more stance values that read as one side by their names ("favor" and
    "pro", "support" and "pro": see :func:`stance.profile`), which train as different values:
    a profile counts them together as that side, but the model tells them apart, and
    :func:`stance.evaluate` scores them so. Names the values, their rows and how to merge
    them; not of values only spelt two ways ("favor" and "favour"), which
    :func:`_warn_of_spelling_variants` warns of.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_one_sided_values(Counter(favor=9, pro=3, against=5), "stance values")
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    stance values 'favor' (9 rows) and 'pro' (3 rows) both read as favour, but train as different values: ...
    """
    from .document import AGAINST_WORDS, FAVOR_WORDS
    from .metrics import _directions

    for side, words, called in (("favor", FAVOR_WORDS, "favour"), ("against", AGAINST_WORDS, "against")):
        values = sorted(v for v in counts if name_key(v) in words)
        if len(values) < 2 or all(_spelt_alike(a, b) for i, a in enumerate(values) for b in values[i + 1:]):
            continue
        # Merged into the value named as the side, else the commonest.
        into = next((v for v in values if name_key(v) == side), None) or max(values, key=lambda v: (counts[v], v))
        averaged = _directions(sorted(counts))
        scored = ("the mean F1 of every value" if len(averaged) == len(counts) and len(counts) > 2
                  else f"the mean F1 of {' and '.join(quoted(v) for v in averaged)} alone")
        named = " and ".join(f"{quoted(v)} ({counts[v]} row{'' if counts[v] == 1 else 's'})" for v in values)
        said = f"{what} {named} {'both' if len(values) == 2 else 'all'} read as {called}, but train as different values"
        renamed = {v: into for v in values if v != into}
        warn(functools.partial(_one_sided_told, said, side, scored, renamed))


def _one_sided_told(said: str, side: str, scored: str, renamed: dict[str, str], words: Words) -> str:
    """:func:`_warn_of_one_sided_values`' warning, ``said`` its start, in ``words``: the command
    line's user reads a profile off ``stance document`` and edits the file, where Python's is told
    stance.profile and pandas (``data[stance_column] = …``, which no shell runs).

    >>> from .exceptions import COMMAND_LINE
    >>> _one_sided_told("…", "favor", "x", {"pro": "favor"}, COMMAND_LINE).split("; merge ")[1]
    "them if they are one: in the file's stance column, write 'favor' for 'pro'"
    """
    if words.command_line:
        merged = ": in the file's stance column, " + ", ".join(f"write {quoted(into)} for {quoted(v)}"
                                                               for v, into in renamed.items())
    else:
        merge = ", ".join(f"{quoted(v)}: {quoted(into)}" for v, into in renamed.items())
        merged = f", e.g. data[stance_column] = data[stance_column].replace({{{merge}}})"
    return (f"{said}: {words.either('stance.profile', 'a profile (of stance document)')} counts them together as "
            f"{side}, while the model tells them apart and {words.either('stance.evaluate', 'stance evaluate')} scores "
            f"them apart (a statement of one predicted as another is wrong; stance_f_avg is {scored}); merge them if "
            f"they are one{merged}")


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two names are near-identical other than by a negating affix.

    >>> _spelt_alike("favor", "favour"), _spelt_alike("approve", "disapprove")
    (True, False)
    >>> _spelt_alike("in favor", "not in favor"), _spelt_alike("against", "againts")
    (False, True)
    >>> _spelt_alike("-1.0", "1.0"), _spelt_alike("dafür", "dafuer")
    (False, True)
    >>> _spelt_alike("pro", "por"), _spelt_alike("con", "cno"), _spelt_alike("pro", "con")
    (True, True, False)
    """
    difflib = forksafe.imported("difflib")

    if _umlaut_twins(a, b):  # "ü" written "ue": two edits, too many for the ratio of a short word
        return True
    if _is_number(a) and _is_number(b):  # "1.0" and "-1.0" are near-identical strings, not spellings
        return False
    if _neighbours_swapped(a.casefold(), b.casefold()):
        return True

    matcher = difflib.SequenceMatcher(None, a.casefold(), b.casefold())
    if matcher.ratio() < 0.8:
        return False
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(changes) == 1 and changes[0][0] in ("insert", "delete"):
        _, i1, i2, j1, j2 = changes[0]
        added = (a.casefold()[i1:i2] + b.casefold()[j1:j2]).strip(" -_")
        return added not in _NEGATING_AFFIXES
    return True


def _neighbours_swapped(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, of three characters or more, differ only by two neighbours
    swapped: the typo of a short word ("por" for "pro", "cno" for "con") whose ratio of
    likeness is too low for :func:`_spelt_alike` (two of three letters in place: 0.67).

    >>> _neighbours_swapped("por", "pro"), _neighbours_swapped("pro", "rpo"), _neighbours_swapped("ab", "ba")
    (True, True, False)
    >>> _neighbours_swapped("pro", "pre"), _neighbours_swapped("abc", "cba")
    (False, False)
    """
    if len(a) != len(b) or len(a) < 3:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def warn_of_label_spellings(label_sets: Sequence[tuple[str, ...]], index: Sequence[Any] | None = None,
                            minimum: int = 0) -> None:
    """Warn of two label names one edit apart (a letter added, dropped, changed, or two swapped:
    "renewable" and "renewables", "nucelar" and "nuclear"), each in ``minimum`` rows or more,
    the rarer in at most half as many rows as the other, which train as two labels: a
    misspelling repeated in several rows is no rare label, and trained silently. Names the
    rows of the rarer, the rows to correct, by ``index``. A rarer one is refused as a rare
    label, as the typo of the other. Only the pairs :func:`_one_edit_pairs` finds: names so
    near may be two labels, so it warns and trains. Not inside :func:`conflicts_reported`,
    whose caller has warned of the whole data.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_label_spellings([("nuclear",)] * 6 + [("nucelar",)] * 3 + [("105",), ("104",)])
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    labels: label names look like one name spelt two ways: 'nucelar' (3: rows 6, 7, 8) and 'nuclear' (6); they ...
    """
    if getattr(_conflicts, "reported", False):
        return
    counts = Counter(label for labels in label_sets for label in labels)
    # A misspelling repeated through a batch (one annotator's, one session's) is much rarer
    # than the label, but may be near half of it: 5 rows of 16 miswritten leave 11. Names
    # nearer in count (8 and 8) are more likely two labels of a scheme, and neither is the typo;
    # not names alike once umlauts are written out ("fachkräfte", "fachkraefte") or accents left
    # off ("Économie", "Economie"): one word typed on two keyboards, however many rows each has.
    enough = [name for name in counts if counts[name] >= minimum]
    pairs = [(a, b) for a, b in _one_edit_pairs(enough)
             if 2 * min(counts[a], counts[b]) <= max(counts[a], counts[b]) or _typed_apart(a, b)]
    # A name in brackets or quote marks ("[unity]", '"unity"') is that name at any counts, and
    # its rows the ones to correct, however many.
    wrapped = {name for pair in _wrapped_pairs(enough) for name in pair
               if name.strip(_WRAPPING) != name and not _elided(name)}
    pairs = sorted(set(pairs) | set(_wrapped_pairs(enough)))
    if not pairs:
        return
    index = list(range(len(label_sets))) if index is None else list(index)

    def named(name: str, other: str) -> str:
        if other in wrapped or (counts[name] > counts[other] and name not in wrapped):
            return f"{quoted(name)} ({counts[name]})"
        rows = [i for i, labels in enumerate(label_sets) if name in labels]
        return f"{quoted(name)} ({counts[name]}: {row_names(index, rows)})"

    # Hundreds of pairs (a column of codes one digit apart) made a warning of thousands of
    # characters: the first pairs in full, the others counted, as the refusals do.
    detail = _every_group([list(pair) for pair in pairs], lambda pair: f"{named(*pair)} and {named(*pair[::-1])}")
    warn(f"labels: label names look like one name spelt two ways: {detail}; they train as two labels: correct "
         f"the rows of the misspelt one, or keep both if they are two")


# Brackets and quote marks a program's list or a spreadsheet's export wrote a label inside:
# '[unity]', '"unity"', or '[unity' and 'deterrence]' of '[unity|deterrence]' split at its bar.
_WRAPPING = "[](){}<>\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _elided(name: str) -> bool:
    """Whether ``name`` opens with an elided article: an apostrophe, "s", "t" or "n" and a hyphen
    or a space ("'s-Hertogenbosch", "’t Hooft", "'n Boer"), no quote, which spelling of the two is
    the misspelt one its rows do not tell. Not a quoted name cut at its bar ("'unity" of
    "'unity|eastern_flank'", "'EU gas" of "'EU gas|gas'"), nor a spreadsheet's text prefix
    ("'unity"): two reviews.

    >>> _elided("'s-Hertogenbosch"), _elided("’t Hooft"), _elided("'unity'"), _elided("'unity"), _elided("'EU gas")
    (True, True, False, False, False)
    """
    return _ELISION.match(name) is not None and name[-1:] not in _WRAPPING


_ELISION = re.compile(r"['’][stn][- ]", re.IGNORECASE)


def _wrapped_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """The sorted pairs of ``names`` one of which is the other inside brackets or quote marks
    (at either end or both), compared composed and in any case; the stripped name is not
    of :data:`_WRAPPING` alone.

    >>> _wrapped_pairs(["unity", "[unity]", "deterrence]", "deterrence", "(gas)", "[]"])
    [('[unity]', 'unity'), ('deterrence', 'deterrence]')]
    """
    keys = {composed(name).casefold(): name for name in names}
    pairs = set()
    for name in names:
        bare = keys.get(composed(name).strip(_WRAPPING).strip().casefold())
        if bare is not None and bare != name:
            pairs.add((min(name, bare), max(name, bare)))
    return sorted(pairs)


def _one_edit_pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """The sorted pairs of ``names`` (of five letters or more) that :func:`_one_edit_apart`
    finds one edit apart, whose numbers are the same ("104" and "105", "topic_11" and
    "topic_12" are codes) and that :func:`_plausibly_two` does not take for two words. Found
    through each name's forms with one character deleted, which two such names share, not by
    comparing each with each (a column of texts named as the labels has thousands).

    >>> _one_edit_pairs(["renewables", "renewable", "gas", "nuclear", "unclear", "topic_11", "topic_12"])
    [('renewable', 'renewables')]
    """
    keys = {name: composed(name).casefold() for name in names if sum(c.isalpha() for c in name) >= 5}
    by_form: dict[str, set[str]] = {}
    accented: dict[str, list[str]] = {}  # each name with accents, by its spelling without them
    for name, key in keys.items():
        written_out = key.translate(_UMLAUTS_WRITTEN_OUT)  # so "fachkräfte" meets "fachkraefte"
        for form in {key, written_out, *(key[:i] + key[i + 1:] for i in range(len(key)))}:
            by_form.setdefault(form, set()).add(name)
        if (plain := unaccented(key)) != key:
            accented.setdefault(plain, []).append(name)
    pairs = {(a, b) for group in by_form.values() if len(group) > 1 for a in group for b in group
             if a < b and re.findall(r"[0-9]+", a) == re.findall(r"[0-9]+", b)
             and (_typed_apart(a, b)
                  or (_one_edit_apart(keys[a], keys[b]) and not _plausibly_two(keys[a], keys[b])))}
    # And "économie" meets "economie", several edits apart ("sécurité", "securite") or at the start:
    # each accented name meets the name written without its accents (see _accent_twins), not every
    # other accented one, of which thousands may share a spelling without accents (4,000 names of
    # six Vietnamese a's took 78 s, comparing each with each).
    plain_names: dict[str, list[str]] = {}
    for name, key in keys.items():
        if key in accented:
            plain_names.setdefault(key, []).append(name)
    pairs.update((min(plain, name), max(plain, name)) for key, plains in plain_names.items()
                 for plain in plains for name in accented[key] if _accent_twins(plain, name))
    pairs.update(_partly_unaccented_pairs(accented.values(), keys))
    return sorted(pairs)


# Accents of a name whose every part left off is looked up: 2**8 forms at most a name.
_MOST_ACCENTS_LEFT_OFF_IN_PART = 8


def _partly_unaccented_pairs(groups: Iterable[Sequence[str]], keys: Mapping[str, str]) -> set[tuple[str, str]]:
    """The sorted pairs of names in each of ``groups`` (names with accents, of one spelling
    without them) one of which is the other with some of its accents left off, several, not
    all: "Sécurité européenne" and "Sécurite europeenne" (one left off is one edit, found as
    such; all, beside the plain name). Each name's forms with a part of its accents left off
    are looked up in its group, not compared with each other name of it (4,000 Vietnamese
    names share one spelling without accents); a name of more than
    :data:`_MOST_ACCENTS_LEFT_OFF_IN_PART` accents, a text more than a label, is not. ``keys``:
    each name composed and case-folded.

    >>> names = ["Sécurité européenne", "Sécurite europeenne", "Sêcurite europeenne"]
    >>> sorted(_partly_unaccented_pairs([names], {name: name.casefold() for name in names}))
    [('Sécurite europeenne', 'Sécurité européenne')]
    """
    pairs = set()
    for group in groups:
        if len(group) < 2:  # most names: no other of their spelling without accents
            continue
        # Of one spelling without accents, a name is told by its accented letters and where they are.
        by_accents: dict[tuple[tuple[int, str], ...], list[str]] = {}
        for name in group:
            letters = accented_letters(comma_below(keys[name]))  # "ţ" of a legacy keyboard is "ț"
            plain = [unaccented(letter) for letter in letters]
            if all(len(letter) == 1 for letter in plain):  # letter for letter: not "ǆ" as "dž"
                accents = tuple((i, letter) for i, letter in enumerate(letters) if letter != plain[i])
                by_accents.setdefault(accents, []).append(name)
        known = set(by_accents)  # a set, so that each name's forms are met in C, the fewer gone through
        # Names of these accents but for "ş" and "ș" ("Protecţia naţională", "Protecția națională"),
        # one name in two encodings: each beside the first, and the first's spelling alone (in its
        # cases) beside the names of fewer accents, not each encoding beside each (4,000 names of
        # "s", "ș" or "ş" at 8 letters made 2,000,000 pairs so, 9 s): quadratic no more.
        spelt_as_first = {accents: [name for name in names if keys[name] == keys[names[0]]]
                          for accents, names in by_accents.items()}
        for accents, names in by_accents.items():
            first = names[0]
            pairs.update((min(first, name), max(first, name)) for name in names[1:] if keys[name] != keys[first])
            if len(accents) > _MOST_ACCENTS_LEFT_OFF_IN_PART:
                continue
            # The accents kept of each part left off, not the names so written: 20,000 names of
            # one spelling without accents took 2.5 s so, 1.4 s thus.
            kept = set(itertools.chain.from_iterable(
                itertools.combinations(accents, n) for n in range(1, len(accents))))
            pairs.update((min(name, other), max(name, other)) for fewer in kept & known
                         for name in spelt_as_first[accents] for other in spelt_as_first[fewer])
    return pairs


def _typed_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word typed on two keyboards: an umlaut written out
    ("fachkräfte", "Fachkraefte") or accents left off ("Économie", "Economie").

    >>> _typed_apart("fachkräfte", "Fachkraefte"), _typed_apart("Économie", "Economie"), _typed_apart("gas", "wind")
    (True, True, False)
    """
    return _umlaut_twins(a, b) or _accent_twins(a, b)


# What splits a name into the parts a scheme codes by: "pro_us", "frame-a", "topic a", "2.b".
_SEGMENT_SEPARATORS = re.compile(rf"[\s_\-{_DASH_CHARACTERS}./]+")


def _plausibly_two(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, one edit apart, are likelier two labels than one misspelt,
    whatever their counts, as they differ:

    - in a part of one or two characters between separators, a code of the scheme ("pro_us"
      and "pro_uk", "frame_a" and "frame_b"), changed or lengthened at its end ("pro_us" and
      "pro_usa"), not one with a letter dropped inside or at its start ("carbon_tx" or "carbon_ax"
      and "carbon_tax"; "pro_aus" beside "pro_us" is told by the counts, as any pair);
    - in their first character, which a typo seldom touches and other words do ("Russia" and
      "Prussia", "Gambia" and "Zambia", "nuclear" and "unclear");
    - only in format characters that show nothing, a zero-width non-joiner or joiner, which
      spell a word or an emoji differently (Persian "می‌روم" and "میروم"); one of those that
      is no part of a spelling is refused before (see :func:`refuse_odd_label_names`).

    >>> _plausibly_two("pro_us", "pro_uk"), _plausibly_two("russia", "prussia"), _plausibly_two("a\u200cbcd", "abcd")
    (True, True, True)
    >>> _plausibly_two("arms_control", "arms_contrl"), _plausibly_two("defence", "defense")
    (False, False)
    >>> _plausibly_two("pro_us", "pro_usa"), _plausibly_two("carbon_tax", "carbon_tx"), _plausibly_two("c_tax", "c_ax")
    (True, False, False)
    """
    if a[:1] != b[:1]:
        return True
    if _without_format_characters(a) == _without_format_characters(b):
        return True
    parts_a, parts_b = _SEGMENT_SEPARATORS.split(a), _SEGMENT_SEPARATORS.split(b)
    if len(parts_a) != len(parts_b):  # a separator added or dropped
        return False
    differing = [(x, y) for x, y in zip(parts_a, parts_b) if x != y]
    if len(differing) != 1:
        return False
    short, long = sorted(differing[0], key=len)
    # A code changed ("us" and "uk") or lengthened at its end ("us" and "usa", ISO's two letters and
    # three); a letter dropped inside a part is a typo of a word: "carbon_tx" beside "carbon_tax" was
    # exempt, unwarned at 5 rows of 2,000, where "carbn_tax" was warned of.
    # Lengthened at its start ("us" and "aus") is left to the counts: "carbon_ax" beside "carbon_tax" is so too.
    return len(short) <= 2 and (len(short) == len(long) or long.startswith(short))


def _without_format_characters(name: str) -> str:
    """``name`` without its format characters (Unicode category Cf: U+200C, U+200D, U+FEFF…).

    >>> _without_format_characters("mi\u200cravam")
    'miravam'
    """
    return "".join(char for char in name if unicodedata.category(char) != "Cf")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one character added, dropped or changed, or two
    neighbours swapped; not by an "a" put before a word, which makes its opposite.

    >>> _one_edit_apart("nuclear", "nucelar"), _one_edit_apart("gases", "gasses"), _one_edit_apart("moral", "amoral")
    (True, True, False)
    >>> _one_edit_apart("deterence", "deterrance")
    False
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    short, long = sorted((a, b), key=len)
    if long == "a" + short or long == "a-" + short:
        return False
    start = 0
    while start < len(short) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(short) - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    left, right = a[start:len(a) - end], b[start:len(b) - end]
    return max(len(left), len(right)) <= 1 or (len(left) == len(right) == 2 and left == right[::-1])


def _is_number(text: str) -> bool:
    """Whether ``text`` reads as a number (a stance column of 1/-1, written as 1.0/-1.0 by
    pandas when the column has gaps)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


# What a spreadsheet lists several values with, where stance joins labels with "|": in ASCII,
# and as a Chinese, Japanese or Arabic keyboard types them, each read as the ASCII one it is
# used as (the ideographic and Arabic commas as a comma; the full-width "｜", which is no "|"
# to stance, as a semicolon): "alliance；spending" trained as a label of its own, unwarned.
_LIST_SEPARATORS = re.compile(r"[,;/\uff0c\uff1b\uff0f\uff5c\u3001\u060c\u061b]")
_AS_ASCII = str.maketrans({"\uff0c": ",", "\u3001": ",", "\u060c": ",", "\uff1b": ";", "\u061b": ";",
                           "\uff5c": ";", "\uff0f": "/"})
# One word or code ("gas", "arms_control", "201.1", "H1"): no label is named "gas; wind", so a
# semicolon between such parts joins them, labels of their own elsewhere or not.
_WORD_OR_CODE = re.compile(r"\w+(?:[-.'\u2019]\w+)*")
# A code of digits, dotted in an outline ("104", "201.1"). A comma or slash between words may
# be a label's own ("Peace, security", "EU/NATO"), between such codes it may join them.
_NUMBER_CODE = re.compile(r"[0-9]+(?:\.[0-9]+)*")
# A code of three digits or more, as a coding scheme numbers its categories ("104", "201.1").
# A bare comma or a slash joins two of these only: a shorter number beside one is a decimal
# comma ("201,1"), a date or a fraction ("9/11", "24/7", "2022/23", "1/2"), no list.
_LONG_CODE = re.compile(r"[0-9]{3,}(?:\.[0-9]+)*")
# Where a match of spaces before a separator or a join may start: not inside a run of spaces,
# for one started there is one started at the run's first space, which is further left. Without
# it each space of a long run not followed by one was a start read to the run's end again: a
# label cell of 20,000 spaces took seconds, a column of text passed as labels minutes. The spaces
# before a separator are then all read ("\s*(?!\s)", what "\s*+" says, which Python 3.10 cannot
# compile: "import stance" failed there).
_OUTSIDE_SPACES = r"(?:(?<!\s)|(?!\s))"
# A list separator with what surrounds it, blank parts (a trailing or doubled separator) too.
_SEPARATOR_RUN = re.compile(rf"{_OUTSIDE_SPACES}\s*(?!\s)[,/](?:[\s,/]*[,/])?\s*")


# The spaces around a list separator, dropped by listing_key.
_SPACED_SEPARATOR = re.compile(rf"{_OUTSIDE_SPACES}\s*(?!\s)([,;/])\s*")


def listing_key(name: str) -> str:
    """What a name holding a comma, semicolon or slash shares with itself written without (or
    with other) spaces around them: :func:`separator_key` of it so ("Peace,security" is
    "peace, security"), for such a name miswritten is no list of its words.

    >>> listing_key("Peace,security") == listing_key("peace , security") == listing_key("peace, security")
    True
    >>> listing_key("gas,oil") == listing_key("gas, coal")
    False
    """
    return separator_key(_SPACED_SEPARATOR.sub(r"\1", spacing_key(name).translate(_AS_ASCII)))


# The rows from which a name joining labels ("gas,oil" beside "gas" and "oil") is a label of its
# own that a twin spaced otherwise may be a typo of, whatever fewer rows a run needs: the label
# check and cross-validation (5 folds by default) tell one in fewer rows to join them, and
# training, asked with its 3, named its twin a typo of a name they told to be joined.
OWN_LABEL_ROWS = 5


def spaced_twins(counts: Counter, minimum: int, none_label: str | None = None) -> dict[str, str]:
    """Each name of ``counts`` holding a list separator that is a name given in more rows, but
    for the spaces around its separators ("peace,security" once beside "peace, security" 14
    times), mapped to that name (the one of most rows): that label miswritten, not labels joined.
    Not when that name joins labels of ``counts`` and is itself told to join them: given in fewer
    than ``minimum`` rows, or than :data:`OWN_LABEL_ROWS` ("gas, oil" beside "gas,oil" in 4 rows,
    "gas" and "oil" labels), or joining the off-topic label ``none_label`` ("none,gas" beside
    "none, gas"); both are told so.

    >>> spaced_twins(Counter({"peace, security": 14, "peace,security": 1, "gas,oil": 1, "gas": 9}), 3)
    {'peace,security': 'peace, security'}
    >>> spaced_twins(Counter({"gas,oil": 4, "gas, oil": 1, "gas": 9, "oil": 9}), 3)
    {}
    >>> spaced_twins(Counter({"none, gas": 4, "none,gas": 1, "gas": 9, "none": 9}), 3, "none")
    {}
    """
    groups: dict[str, list[str]] = {}
    for name in counts:
        if _LIST_SEPARATORS.search(name):  # most names have none: the key is not worked out for them
            groups.setdefault(listing_key(name), []).append(name)
    spellings = _spellings(counts)
    twins = {}
    for names in groups.values():
        most = max(names, key=lambda name: counts[name])
        if _told_to_join(most, counts[most] < max(minimum, OWN_LABEL_ROWS), spellings, none_label):
            continue
        twins.update({name: most for name in names if counts[name] < counts[most]})
    return twins


def _told_to_join(name: str, rare: bool, spellings: dict[str, str], none_label: str | None) -> bool:
    """Whether ``name`` joins labels of ``spellings`` (see :func:`_spellings`) and is told to
    join them: when ``rare``, for it trains as no label of its own, or when one of them is the
    off-topic label ``none_label``, which stands alone. A name spelt otherwise is no typo of it.

    >>> spellings = _spellings(["gas", "oil", "none"])
    >>> _told_to_join("gas,oil", True, spellings, "none"), _told_to_join("gas,oil", False, spellings, "none")
    (True, False)
    >>> _told_to_join("none, gas", False, spellings, "none"), _told_to_join("peace, security", True, spellings, None)
    (True, False)
    """
    parts = _listed_labels(name, spellings)
    return parts is not None and len(set(parts)) > 1 and (rare or off_topic_part(parts, none_label) is not None)


def joined_labels(value: str, known: Iterable[str]) -> list[str] | None:
    """The labels that ``value`` joins by commas, semicolons or slashes (full-width, ideographic
    or Arabic ones too, see :data:`_LIST_SEPARATORS`), those of ``known`` as ``known`` spells
    them; None unless it joins two different names or more. A value joins
    labels when its parts are all labels of ``known`` ("gas, wind"), or, labels alone nowhere,
    words or codes split by a semicolon ("gas; wind", "104;201.1"), or codes split by a comma and
    a space ("104, 105"), or codes of three digits or more split by a slash or a bare comma
    ("104/105", "104,105"; "201,1" is one code with a decimal comma, "9/11" and "1/2" no list).
    Parts are compared composed and in any case, and a blank part (a trailing separator) is
    ignored, so that one label with a stray separator ("gas;") or written twice is not taken
    for two. Training's warning and evaluate's hint both name the values this finds.

    >>> joined_labels("Gas; wind;", ["gas", "wind"]), joined_labels("gas;", ["gas", "wind"])
    (['gas', 'wind'], None)
    >>> joined_labels("gas / gas", ["gas"]), joined_labels("gas, solar", ["gas", "wind"])
    (None, None)
    >>> joined_labels("Gas; solar", ["gas"]), joined_labels("104/201.1", []), joined_labels("201,1", [])
    (['gas', 'solar'], ['104', '201.1'], None)
    >>> joined_labels("104,105", []), joined_labels("9/11", []), joined_labels("9/11", ["9", "11"])
    (['104', '105'], None, ['9', '11'])
    >>> joined_labels("同盟；支出", []), joined_labels("gas、wind", ["gas", "wind"]), joined_labels("同盟、支出", [])
    (['同盟', '支出'], ['gas', 'wind'], None)
    """
    if not _LIST_SEPARATORS.search(value) and not _WORD_JOINS.search(value):  # most values: no join to look up
        return None
    found = _joined(value, _spellings(known))
    return None if found is None else found[0]


def joins_finder(counts: Mapping[str, int]) -> Callable[[str], list[str] | None]:
    """:func:`joined_labels` of any label of ``counts`` (each name's rows) among the others,
    as most rows spell each: their spellings are made once, not again for each label asked.

    >>> joins_of = joins_finder(Counter({"gas": 9, "Gas": 1, "wind": 4, "gas;wind": 1}))
    >>> joins_of("gas;wind"), joins_of("wind")
    (['gas', 'wind'], None)
    """
    ordered = {name: counts[name] for name in sorted(counts)}  # ties spelt as the sorted names first give them
    spellings = _spellings(ordered)
    keys = Counter(name_key(name) for name in counts)

    def joins_of(label: str) -> list[str] | None:
        if not _LIST_SEPARATORS.search(label) and not _WORD_JOINS.search(label):
            return None
        key = name_key(label)
        if keys[key] > 1:  # another name of its key spells it among the others
            return joined_labels(label, {name: n for name, n in ordered.items() if name != label})
        own = spellings.pop(key, None)  # not a label of its own parts ("peace, security" is one label)
        try:
            found = _joined(label, spellings)
        finally:
            if own is not None:
                spellings[key] = own
        return None if found is None else found[0]

    return joins_of


def _spellings(known: Iterable[str] | Mapping[str, int]) -> dict[str, str]:
    """Each name of ``known`` by its :func:`name_key`, as ``known`` first spells it, or, given
    the rows of each (a Counter), as most rows spell it: built once for a column's labels,
    which are each compared with all of them. A join of labels is advised as most rows spell
    each: one row's 'Unity' beside 49 of 'unity' is refused as a case clash in the same message.

    >>> _spellings(Counter({"Unity": 2, "unity": 49})), _spellings(["Unity", "unity"])
    ({'unity': 'unity'}, {'unity': 'Unity'})
    """
    spellings: dict[str, str] = {}
    # sorted is stable: a tie keeps the first spelling
    for name in sorted(known, key=lambda name: -known[name]) if isinstance(known, Mapping) else known:
        spellings.setdefault(name_key(name), name)
    return spellings


def _joined(value: str, spellings: dict[str, str]) -> tuple[list[str], list[str]] | None:
    """What :func:`joined_labels` finds of the labels ``spellings`` holds (see
    :func:`_spellings`), and the separators that join them, sorted."""
    separators = _LIST_SEPARATORS.findall(value)  # as written, to be named so
    # "gas, nuclear and renewables" lists labels so too
    if not separators or (_may_join_by_words(value) and _WORD_JOINS.search(value)):
        by_words = _joined_by_words(value, spellings)
        if by_words is not None or not separators:
            return by_words
    value = value.translate(_AS_ASCII)
    names = _listed_labels(value, spellings)
    if names is None and ";" in value:  # a semicolon: words or codes, or labels holding a comma
        parts = [part.strip() for part in value.split(";")]
        names = [spellings.get(name_key(part)) or (part if _WORD_OR_CODE.fullmatch(part) else "")
                 for part in parts if part]
        separators = [separator for separator in separators if separator.translate(_AS_ASCII) == ";"]
    elif names is None:
        names = _joined_codes(value)
    if not names or not all(names):
        return None
    names = list(dict.fromkeys(names))
    return (names, sorted(set(separators))) if len(names) > 1 else None


# Joins a person writes between labels in a cell: "carbon_tax + subsidies", "gas & wind", "gas and
# wind". Read as joins only between labels of the data ("law and order" names no two labels).
_WORD_JOINS = re.compile(rf"{_OUTSIDE_SPACES}(?:\s*(?!\s)\+\s*|\s+(?!\s)&\s+|\s+(?!\s)and\s+)", re.IGNORECASE)
# Either, with a list separator before a word join ("gas, nuclear, and wind") taken as one.
_ANY_JOIN = re.compile(rf"{_OUTSIDE_SPACES}(?:(?:\s*(?!\s){_LIST_SEPARATORS.pattern})?(?:{_WORD_JOINS.pattern})"
                       rf"|\s*(?!\s){_LIST_SEPARATORS.pattern}\s*)", re.IGNORECASE)


def _may_join_by_words(value: str) -> bool:
    """Whether ``value`` holds what :data:`_WORD_JOINS` looks for ("+", "&" or "and" in any case),
    looked for at C speed first: its search took 1 ms of a 2 KB label (a text named as one).

    >>> _may_join_by_words("gas AND wind"), _may_join_by_words("gas; wind")
    (True, False)
    """
    return "+" in value or "&" in value or "and" in value.lower()


def _joined_by_words(value: str, spellings: dict[str, str]) -> tuple[list[str], list[str]] | None:
    """The labels of ``spellings`` that ``value`` joins by "+", "&" or "and" (:data:`_WORD_JOINS`),
    with list separators beside them or not ("gas, nuclear and wind"), and those joins and
    separators, stripped and sorted; None unless every part is one of two labels or more.
    Such a cell trained as a label of its own, unwarned, where ";" or "," between them was told.

    >>> _joined_by_words("carbon_tax + subsidies", _spellings(["carbon_tax", "subsidies"]))
    (['carbon_tax', 'subsidies'], ['+'])
    >>> _joined_by_words("gas, nuclear and wind", _spellings(["gas", "nuclear", "wind"]))
    (['gas', 'nuclear', 'wind'], [',', 'and'])
    >>> _joined_by_words("law and order", _spellings(["law and order", "gas"])) is None
    True
    """
    joins = (_WORD_JOINS.findall(value) if _may_join_by_words(value) else []) + _LIST_SEPARATORS.findall(value)
    if not joins:
        return None
    parts = [part for part in _ANY_JOIN.split(value) if part.strip()]
    names = [spellings.get(_listed_part(part, spellings)) for part in parts]
    known = [name for name in names if name is not None]
    if len(parts) < 2 or len(known) < len(names):
        return None
    known = list(dict.fromkeys(known))
    return (known, sorted({join.strip().lower() for join in joins})) if len(known) > 1 else None


def joined_advice(found: tuple[list[str], list[str]], none_label: str | None = None) -> str:
    """What the refusal of a rare label that joins labels says of it, given what
    :func:`_joined` finds of it: the labels, the separators, and the cell that lists them
    (see :func:`off_topic_alone` for one that joins the off-topic label ``none_label``).

    >>> print(joined_advice((["gas", "wind"], [";"])))
    the labels 'gas' and 'wind' joined by ';'? join them with '|', 'gas|wind'
    >>> print(joined_advice((["none", "gas"], [";"]), "none"))
    the labels 'none' and 'gas' joined by ';'? the off-topic label 'none' stands alone in a cell: label it 'gas'
    """
    joined, separators = found
    return (f"the labels {' and '.join(quoted(name) for name in joined)} joined by "
            f"{' and '.join(repr(separator) for separator in separators)}? "
            + (off_topic_alone(joined, none_label) or f"join them with '|', {quoted('|'.join(joined))}"))


def joined_cell(joined: Sequence[str], none_label: str | None) -> list[str]:
    """The labels of the cell a label joining ``joined`` by a separator is to be: all of them
    but the off-topic label ``none_label``, which training refuses beside another ("none|gas")
    for it says the statement takes no position. Every advice to join labels asks this.

    >>> joined_cell(["none", "gas", "wind"], "none"), joined_cell(["gas", "wind"], None)
    (['gas', 'wind'], ['gas', 'wind'])
    """
    return [name for name in joined if off_topic_part([name], none_label) is None]


def off_topic_part(joined: Sequence[str], none_label: str | None) -> str | None:
    """The name of ``joined`` that is the off-topic label ``none_label``, as written: the label,
    or a code of it with other leading zeros ("0" for "000", as training takes a none_label='0'
    beside '000', see :func:`off_topic_as_written`), which "0;105" joined by a semicolon is
    read as; None when none is. Every advice that keeps the off-topic label alone asks this.

    >>> off_topic_part(["0", "105"], "000"), off_topic_part(["none", "gas"], "none"), off_topic_part(["01"], "000")
    ('0', 'none', None)
    """
    if none_label is None:
        return None
    zeros = unpadded(none_label)
    return next((name for name in joined if name == none_label
                 or (zeros is not None and unpadded(name) == zeros)), None)


def off_topic_alone(joined: Sequence[str], none_label: str | None) -> str | None:
    """What to do of a label joining ``joined`` that holds the off-topic label ``none_label``,
    as the label check suggests it (the others, see :func:`joined_cell`); None for one without it.

    >>> off_topic_alone(["gas", "none"], "none"), off_topic_alone(["gas", "wind"], "none")
    ("the off-topic label 'none' stands alone in a cell: label it 'gas'", None)
    """
    part = off_topic_part(joined, none_label)
    if part is None:
        return None
    written = f" (written {quoted(part)})" if part != none_label else ""  # "0" for "000"
    return (f"the off-topic label {quoted(none_label)}{written} stands alone in a cell: "
            f"label it {quoted('|'.join(joined_cell(joined, none_label)))}")


def _joined_codes(value: str) -> list[str]:
    """The codes ``value`` lists by commas or slashes, [] unless each separator joins two:
    codes after a comma and a space ("104, 105"), codes of three digits or more otherwise
    ("104/105", "104,105"). "201,1" has a decimal comma; "9/11", "24/7", "2022/23" and "1/2"
    are dates and fractions, which a label may well be; blank parts are ignored.

    >>> _joined_codes("104,105/106,"), _joined_codes("104, 5"), _joined_codes("201,1"), _joined_codes("24/7")
    (['104', '105', '106'], ['104', '5'], [], [])
    """
    pieces = _SEPARATOR_RUN.split(value.strip())
    separators = _SEPARATOR_RUN.findall(value.strip())
    if pieces and not pieces[0]:  # a leading separator
        pieces, separators = pieces[1:], separators[1:]
    if pieces and not pieces[-1]:  # a trailing one
        pieces, separators = pieces[:-1], separators[:len(pieces) - 2]
    if len(pieces) < 2 or not all(_NUMBER_CODE.fullmatch(piece) for piece in pieces):
        return []
    for left, separator, right in zip(pieces, separators, pieces[1:]):
        spaced_comma = "/" not in separator and separator != separator.strip()
        if not spaced_comma and not (_LONG_CODE.fullmatch(left) and _LONG_CODE.fullmatch(right)):
            return []
    return pieces


def label_with_stray_separators(value: str, known: Iterable[str]) -> str | None:
    """The label of ``known`` that ``value`` is, written with a stray comma, semicolon or
    slash ("gas;", "gas / gas"): its non-blank parts are all that one label, compared as
    :func:`joined_labels` compares them. None otherwise (no separator, a part that is no
    label, no part at all, or two labels).

    >>> label_with_stray_separators("Gas;", ["gas", "wind"]), label_with_stray_separators("gas / gas", ["gas"])
    ('gas', 'gas')
    >>> label_with_stray_separators("gas; wind", ["gas", "wind"]), label_with_stray_separators(";", ["gas"])
    (None, None)
    """
    if not _LIST_SEPARATORS.search(value):
        return None
    names = _listed_labels(value, _spellings(known))
    return names[0] if names and len(set(names)) == 1 else None


def _listed_labels(value: str, spellings: dict[str, str]) -> list[str] | None:
    """Each non-blank part of ``value`` split at :data:`_LIST_SEPARATORS`, as ``spellings``
    (see :func:`_spellings`) spells it; None when ``value`` has no separator or a part is no
    label of ``spellings``."""
    if not _LIST_SEPARATORS.search(value):
        return None
    parts = [_listed_part(part, spellings) for part in _LIST_SEPARATORS.split(value)]
    names = [spellings.get(part) for part in parts if part]
    return None if not all(names) else names  # type: ignore[return-value]


def _listed_part(part: str, spellings: dict[str, str]) -> str:
    """The key (see :func:`name_key`) of ``part`` of a list as :func:`_listed_labels` looks
    it up in ``spellings``: its own, or, when that is no label's, its key out of brackets and
    quotes, as a program writes a list ("{gas,wind}", '("gas", "wind")'); blank for a part of
    brackets alone (the ")" of "('gas',)").

    >>> spellings = _spellings(["gas (LNG)", "oil", "'s-Hertogenbosch"])
    >>> [_listed_part(part, spellings) for part in ["gas (LNG)", "[oil", "'s-Hertogenbosch", " )"]]
    ['gas (lng)', 'oil', "'s-hertogenbosch", '']
    """
    # A label that ends in a bracket or opens with a quote ("Article 5 (collective defence)",
    # "'s-Hertogenbosch") is that label, as it was before brackets were stripped.
    key = name_key(part)
    if key in spellings:
        return key
    bare = name_key(part.strip().strip(_WRAPPING))
    return bare if bare in spellings or not bare else key


def warn_of_joined_labels(label_sets: Sequence[tuple[str, ...]], index: Sequence[Any] | None = None,
                          none_label: str | None = None, rare_below: int = 0) -> None:
    """Warn of a label that is several labels joined by a comma, semicolon or slash ("gas; wind",
    "104/105"), as :func:`joined_labels` finds them: several targets written as a spreadsheet lists them,
    which train as one label of their own (``evaluate`` gives the same hint of a gold value).
    One joining the off-topic label ``none_label`` is told the others (see :func:`off_topic_alone`).
    One in fewer than ``rare_below`` rows that is a label of more but for its spaces (see
    :func:`spaced_twins`) is left out: the rare-label check names it a typo of that one.
    Not inside :func:`conflicts_reported`, whose caller has warned of the whole data.
    """
    if getattr(_conflicts, "reported", False):
        return
    counts = Counter(label for labels in label_sets for label in labels)
    index = list(range(len(label_sets))) if index is None else list(index)
    # Most rows' spelling first: one row's 'Unity' beside six of 'unity' is refused as a case
    # clash, so the advice must not spell the joined labels as it does.
    by_rows = [label for label, _ in counts.most_common()]
    spellings = _spellings(by_rows)
    # "peace,security" once beside "peace, security": no join but that label, as the rare-label
    # check names it. One common enough to train is named by no such check: it is warned of here.
    miswritten = {name for name in spaced_twins(counts, rare_below, none_label) if counts[name] < rare_below}
    joins = {name: joined for name in sorted(counts)
             if name not in miswritten and (joined := _joined(name, spellings))}
    if not joins:
        return
    found = {name: known for name, (known, _) in joins.items()}

    def rows(name: str) -> str:
        return row_names(index, [i for i, labels in enumerate(label_sets) if name in labels], limit=3)

    separators = sorted({s for _, joined_by in joins.values() for s in joined_by})
    if len(found) == 1:
        (name, known), = found.items()
        warn(f"labels: {quoted(name)} ({counts[name]}: {rows(name)}) looks like the labels "
             f"{' and '.join(quoted(label) for label in known)} joined by "
             f"{' and '.join(repr(s) for s in separators)}, and trains as a label of its own; "
             + (off_topic_alone(known, none_label)
                or f"if the statements take each of them, join them with '|' ({'|'.join(known)})"))
        return
    # One warning for them all: six labels joined pairwise were thirty warnings, one a name.
    commonest = sorted(found, key=lambda name: -counts[name])[:3]  # sorted is stable: a tie keeps name order
    examples = ", ".join(f"{quoted(name)} ({counts[name]}: {rows(name)})" for name in commonest)
    more = f" and {len(found) - len(commonest)} more" if len(found) > len(commonest) else ""
    known_alone = all(name in counts for names in found.values() for name in names)
    warn(f"labels: {len(found)} labels look like {'other' if known_alone else 'several'} labels joined by "
         f"{' or '.join(repr(s) for s in separators)}, "
         f"and each trains as a label of its own: {examples}{more}; "
         f"{joins_remedy({name: found[name] for name in sorted(found, key=lambda name: -counts[name])}, none_label)}")


def joins_remedy(joins: dict[str, Sequence[str]], none_label: str | None) -> str:
    """What to do of several labels, each name of ``joins`` (commonest first) joining its labels:
    join them with '|', as the first that holds no off-topic label ``none_label`` shows, and
    the off-topic label stands alone, each cell that holds it told its own (see :func:`off_topic_cells`).

    >>> joins_remedy({"gas;none": ["gas", "none"], "gas;wind": ["gas", "wind"]}, "none")
    "if the statements take each of the labels joined, join them with '|' ('gas|wind'); the off-topic label \
'none' stands alone in a cell: label 'gas;none' as 'gas'"
    >>> joins_remedy({"gas;none": ["gas", "none"]}, "none")
    "the off-topic label 'none' stands alone in a cell: label it 'gas'"
    """
    targets = [joined for joined in joins.values() if off_topic_part(joined, none_label) is None]
    alone = off_topic_cells({name: joined for name, joined in joins.items()
                             if off_topic_part(joined, none_label) is not None}, none_label,
                            named=len(joins) > 1)
    if not targets:
        return alone
    remedy = f"if the statements take each of the labels joined, join them with '|' ({quoted('|'.join(targets[0]))})"
    return remedy + (f"; {alone}" if alone else "")


def off_topic_cells(joins: dict[str, Sequence[str]], none_label: str | None, named: bool = True,
                    shown: int = 3) -> str:
    """What to do of the names of ``joins`` that join the off-topic label ``none_label`` with
    others: each is to be its own cell of the others (see :func:`joined_cell`), named when
    ``named`` or when they are several, so that "none;gas" is not told the cell of "none,wind";
    the first ``shown`` of them. "" for none.

    >>> off_topic_cells({"none;gas": ["none", "gas"], "none,wind": ["none", "wind"]}, "none")
    "the off-topic label 'none' stands alone in a cell: label 'none;gas' as 'gas' and 'none,wind' as 'wind'"
    >>> off_topic_cells({"none;gas": ["none", "gas"]}, "none", named=False), off_topic_cells({}, "none")
    ("the off-topic label 'none' stands alone in a cell: label it 'gas'", '')
    """
    if not joins or none_label is None:
        return ""
    if len(joins) == 1 and not named:
        return off_topic_alone(next(iter(joins.values())), none_label) or ""
    each = [f"{quoted(name)} as {quoted('|'.join(joined_cell(joined, none_label)))}"
            for name, joined in list(joins.items())[:shown]]
    more = f" ({len(joins) - shown} more likewise, without {quoted(none_label)})" if len(joins) > shown else ""
    return f"the off-topic label {quoted(none_label)} stands alone in a cell: label {' and '.join(each)}{more}"

"""The values of a column that groups rows (``by=`` of :func:`stance.evaluate` and
:func:`stance.profile`): the rows with none are the group :data:`MISSING_GROUP`, and
whole numbers are named as they were written (2019, not 2019.0; "2020", not "2020.0").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .exceptions import InvalidInputError
from .names import composed, is_missing, whole_number_text

# The group, in ``evaluate(..., by=COLUMN)`` and ``profile(..., by=COLUMN)``, of the rows
# with no value in the column.
MISSING_GROUP = "(missing)"


def is_missing_group(value: Any) -> bool:
    """Whether a group value is none: missing, or blank text (a cell of spaces names no group).

    >>> is_missing_group(float("nan")), is_missing_group(" "), is_missing_group("speech"), is_missing_group(0)
    (True, True, False, False)
    """
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def refuse_ungroupable(values: Iterable[Any], index: Sequence[Any], argument: str) -> None:
    """Refuse a value that names no group, a list or dict in a cell (a JSON Lines file's, or a
    column of ``str.split``), naming its row by ``index`` and the ``argument`` that named the
    column (``"by='tags'"``): pandas' groupby failed inside ("unhashable type: 'list'").

    >>> refuse_ungroupable(["speech", ["press", "speech"]], ["a", "b"], "by='tags'")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: by='tags': row 'b' holds a list, not a value to group by
    """
    from .exceptions import a_type_name
    from .names import row_names

    for i, value in enumerate(values):
        try:
            hash(value)
        except TypeError:
            raise InvalidInputError(f"{argument}: {row_names(index, [i])} holds {a_type_name(value)}, "
                                    f"not a value to group by") from None


def refuse_missing_group_clash(values: Iterable[Any], argument: str) -> None:
    """Refuse group values holding both :data:`MISSING_GROUP` and missing ones, which would
    be two groups of one name."""
    values = list(values)
    named = any(isinstance(value, str) and value == MISSING_GROUP for value in values)  # pd.NA has no truth
    if named and any(is_missing_group(value) for value in values):
        raise InvalidInputError(f"{argument}: some rows have the value {MISSING_GROUP!r} and others none, which "
                                f"would be two groups of one name; rename the value")


def warn_of_twins(values: Iterable[Any], argument: str) -> None:
    """Warn of the text values among ``values`` (a column's groups, ``argument`` its ``by=``)
    that are one name written two ways: spaced otherwise (:func:`warn_of_spacing_twins`), or
    in another case (:func:`warn_of_case_twins`). Each is a group of its own, and is told."""
    from .label_names import spacing_key

    # Each value's spacing key worked out once for both: it is most of either's cost (0.19 s
    # of 200,000 groups each, by= a column of speakers' names). Each warning looked for only
    # where a set of keys shows twins: grouping 200,000 names twice over, to find none, cost
    # as much again.
    keys = {value: spacing_key(value) for value in values if isinstance(value, str)}
    distinct = set(keys.values())
    if len(distinct) < len(keys):
        warn_of_spacing_twins(keys, argument, keys=keys)
    if len({key.casefold() for key in distinct}) < len(distinct):
        warn_of_case_twins(keys, argument, keys=keys)


def warn_of_case_twins(values: Iterable[Any], argument: str, shown: int = 3,
                       keys: Mapping[str, str] | None = None) -> None:
    """Warn of the text values among ``values`` that differ in letter case alone ("Labour" and
    "labour", a party typed two ways): each is a group of its own, counted apart, which is
    right (a value is what the data holds, as :func:`warn_of_spacing_twins` keeps look-alikes
    apart), but was not told, where "Labour" and "Labour " were. Values that also differ in
    their spaces or in how their accents are encoded are named by the spelling the data has
    without that difference, where it has one (the spacing warning names the others beside it),
    and where it has none the warning says what else differs. ``keys``: each value's
    :func:`stance.label_names.spacing_key`, when worked out already.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_case_twins(["labour", "CDU", "Labour", "LABOUR", "Labour ", 2019], "by='party'")
    >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    by='party': the groups 'LABOUR', 'Labour' and 'labour' differ in letter case alone, so each is a group of
    its own; use one spelling in every row to make them one
    """
    from .exceptions import and_listed, warn
    from .label_names import spacing_key

    keyed = keys if keys is not None else {value: spacing_key(value) for value in values if isinstance(value, str)}
    distinct = set(keyed.values())
    if len({key.casefold() for key in distinct}) == len(distinct):  # the common case, in a set's time
        return
    # By case folded over the spacing key, each spacing named once, by its spelling as its key
    # when the data has it (the spacing warning names the others): one set of case twins.
    spellings: dict[str, dict[str, str]] = {}
    for value, key in keyed.items():
        named = spellings.setdefault(key.casefold(), {})
        if key not in named or value == key:
            named[key] = value
    twins = [sorted(names.values()) for names in spellings.values() if len(names) > 1]
    if not twins:
        return
    said = "; ".join(and_listed(names) for names in twins[:shown])
    more = f" (and {len(twins) - shown} more such sets)" if len(twins) > shown else ""
    # A name with no spelling as its key differs in its spaces too ('Labour\xa0' and 'labour'),
    # which no spacing warning tells, there being one spelling of each key: not "alone".
    # A set whose names fold to one spelling differs in letter case alone, written alike however
    # that is ('Orba\u0301n' and 'ORBA\u0301N', as macOS writes every name; 'Labour\xa0' and 'labour\xa0').
    unlike = [names for names in twins[:shown] if len({name.casefold() for name in names}) > 1]
    spaced = [name for names in unlike for name in names if keyed[name] != name]
    how = f" (and {and_listed(spaced)} in {_other_spelling(spaced, keyed, unlike)} too)" if spaced else " alone"
    warn(f"{argument}: the groups {said}{more} differ in letter case{how}, so each is a group of its own; use one "
         f"spelling in every row to make them one")


def _other_spelling(names: list[str], keys: Mapping[str, str], twins: list[list[str]]) -> str:
    """What the case twins ``names`` differ in beside letter case, each written otherwise than its
    spacing key ``keys`` gives: their spaces or unseen characters, or how their accents are
    encoded ('Orba\u0301n' beside 'orbán', as macOS and PDFs write names), where a set of
    ``twins`` writes them two ways (:func:`_in_two_encodings`), which :func:`warn_of_spacing_twins`
    names alike: "spaces" alone sent the reader after spaces.

    >>> _other_spelling(["Labour\xa0"], {"Labour\xa0": "Labour"}, [["Labour\xa0", "labour"]])
    'its spaces or unseen characters'
    >>> _other_spelling(["Orba\u0301n"], {"Orba\u0301n": "Orb\u00e1n"}, [["Orba\u0301n", "orb\u00e1n"]])
    'how its accents are encoded'
    >>> keys = {"Orba\u0301n\xa0": "Orb\u00e1n", "orba\u0301n": "orb\u00e1n"}
    >>> _other_spelling(list(keys), keys, [list(keys)])  # decomposed alike: their accents agree
    'their spaces or unseen characters'
    """
    from .names import composed

    its = "its" if len(names) == 1 else "their"
    ways = ([f"how {its} accents are encoded"] if any(map(_in_two_encodings, twins)) else []) + (
        [f"{its} spaces or unseen characters"] if any(composed(name) != keys[name] for name in names) else [])
    return " and in ".join(ways)


def warn_of_spacing_twins(values: Iterable[Any], argument: str, shown: int = 3,
                          keys: Mapping[str, str] | None = None) -> None:
    """Warn of the text values among ``values`` (a column's groups, ``argument`` its ``by=``)
    that look the same but differ in their spaces or in characters that show nothing
    (:func:`stance.label_names.spacing_key`: "SPD" and "SPD ", a no-break space): each is a
    group of its own, and a report showed two rows of one name with no word. Labels so spelt
    are refused; a group value is what the data holds, so the groups are kept apart, warned of.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_spacing_twins(["SPD", "CDU", "SPD ", 2019], "by='party'")
    >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    by='party': the groups 'SPD' and 'SPD ' (a space at an end) look the same but differ in their spaces or in
    characters that show nothing, so each is a group of its own; use one spelling in every row to make them one
    """
    from .exceptions import warn
    from .label_names import spacing_key

    spellings: dict[str, list[str]] = {}
    for value in dict.fromkeys(value for value in values if isinstance(value, str)):
        spellings.setdefault(keys[value] if keys is not None else spacing_key(value), []).append(value)
    twins = [names for names in spellings.values() if len(names) > 1]
    if not twins:
        return
    said = "; ".join(" and ".join(_shown_twin(name, _in_two_encodings(names)) for name in sorted(names))
                     for names in twins[:shown])
    more = f" (and {len(twins) - shown} more such sets)" if len(twins) > shown else ""
    # How accents are encoded too: 'Orbán' beside 'Orba\u0301n' (macOS, a PDF) was said to differ in
    # its spaces or in characters that show nothing, naming none, and the reader looked for spaces.
    accents = any(_in_two_encodings(names) for names in twins[:shown])
    warn(f"{argument}: the groups {said}{more} look the same but differ in their spaces"
         f"{', in how their accents are encoded' if accents else ''} or in characters that show "
         f"nothing, so each is a group of its own; use one spelling in every row to make them one")


def _in_two_encodings(names: list[str]) -> bool:
    """Whether the look-alike groups ``names`` write their accents two ways: some composed and
    some as combining marks, or as other combining marks (Windows' Vietnamese keyboard types
    "Nguyê\u0303n", a letter with its circumflex and a combining tilde, where macOS writes
    "Nguye\u0302\u0303n"). Decomposed alike ('Orba\u0301n' and 'Orba\u0301n ', as one Mac
    writes every name), they differ in their spaces alone: naming their combining marks sent
    the reader after accents that agree.

    >>> _in_two_encodings(["Orb\u00e1n", "Orba\u0301n"]), _in_two_encodings(["Orba\u0301n", "Orba\u0301n "])
    (True, False)
    >>> _in_two_encodings(["Nguy\u00ea\u0303n", "Nguye\u0302\u0303n"])
    True
    """
    import unicodedata

    # Names one NFC apart (their spacing_key agrees) are encoded alike when they carry the same
    # combining marks in the same order; the letters they sit on are then the same too.
    return len({"".join(c for c in name if unicodedata.combining(c)) for name in names}) > 1


def _shown_twin(name: str, accents: bool) -> str:
    """``name`` quoted, with what tells it apart from its look-alikes (see :func:`_told_apart`).

    >>> print(_shown_twin("SPD ", False), _shown_twin("SPD", False))
    'SPD ' (a space at an end) 'SPD'
    """
    told = _told_apart(name, accents)
    return f"{name!r}" + (f" ({told})" if told else "")


def _told_apart(name: str, accents: bool = True) -> str:
    """What makes the group ``name`` look like another but not be it, in words: its spaces and
    marks that show nothing (:func:`stance.label_names._unseen`), and, with ``accents`` (its
    look-alikes write them composed), accents written as combining marks.

    >>> _told_apart("Orba\u0301n"), _told_apart("SPD "), _told_apart("SPD"), _told_apart("Orba\u0301n ", False)
    ('accents as combining marks: U+0301 COMBINING ACUTE ACCENT', 'a space at an end', '', 'a space at an end')
    """
    import unicodedata

    from .label_names import _unseen

    marks = dict.fromkeys(c for c in name if unicodedata.combining(c)) if accents and name != composed(name) else {}
    marked = ("accents as combining marks: " + ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'a mark')}"
                                                        for c in list(marks)[:3])) if marks else ""
    return " and ".join(part for part in (marked, _unseen(name)) if part)


def whole_numbers_as_ints(values: Sequence[Any]) -> list[Any]:
    """Group names as they were written: when every value that is not missing is a whole
    float, those values as ints (pandas reads a year column with gaps as floats, 2019.0 for
    2019); else ``values`` as they are. Missing values stay as they are.

    >>> whole_numbers_as_ints([2019.0, float("nan"), 2020.0])
    [2019, nan, 2020]
    >>> whole_numbers_as_ints([2019.0, 2019.5]), whole_numbers_as_ints(["2019", 2019.0])
    ([2019.0, 2019.5], ['2019', 2019.0])
    """
    present = [value for value in values if not is_missing(value)]
    if not present or not all(isinstance(value, float) and value.is_integer() for value in present):
        return list(values)
    return [value if is_missing(value) else int(value) for value in values]


def whole_number_texts(values: Sequence[Any]) -> list[Any]:
    """Group names read from a file as :func:`whole_numbers_as_ints` names the frame's: when
    every value that is not missing or blank is text of a whole number, the ones written as
    whole floats ("2020.0", which pandas writes for 2020 in a column with gaps) as the int's
    text ("2020"), as a label "104.0" is read as "104"; else ``values`` as they are (pandas
    too keeps "2019.5" a float, and a column with a word in it text).

    >>> whole_number_texts(["2020.0", None, "2019", " "]), whole_number_texts(["2020.0", "2019.5"])
    (['2020', None, '2019', ' '], ['2020.0', '2019.5'])
    """
    present = [value for value in values if not is_missing_group(value)]
    if not present or not all(isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()) for value in present):
        return list(values)
    return [value if is_missing_group(value) else whole_number_text(value.strip()) for value in values]


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.0+)?")

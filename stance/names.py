"""Names in labelled data: the labels a cell names, names compared however written, rows named in messages.

A labels cell holds one name, several joined by :data:`LABEL_SEPARATOR`, or a list of them
(:func:`label_names_as_written`), and a cell with no value (:func:`is_missing`) none. One
name may come composed or decomposed, in another case or width, with spaces around it or as
a whole float (:func:`composed`, :func:`case_key`, :func:`name_key`, :func:`whole_number_text`),
or misspelt (:func:`_closest`); and an error or a warning names the rows at fault by the data's index
(:func:`row_names`). :mod:`stance.data`, which checks labelled data, and
:mod:`stance.label_names`, which finds label names that look alike, both read names so, and
both ask whether this thread's caller has warned of the whole data already (``_conflicts``,
which :func:`stance.problems.conflicts_reported` sets).

>>> label_names_as_written("eastern_flank | 104.0"), whole_number_text("104.0")
(['eastern_flank', '104.0'], '104')
>>> row_names(["a.csv:3", "a.csv:7", "a.csv:9"], [0, 2])
"rows 'a.csv:3', 'a.csv:9'"
"""

from __future__ import annotations

import ast
import json
import math
import numbers
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import _forksafe as forksafe
from .exceptions import quoted, type_name

LABEL_SEPARATOR = "|"
# How R writes a missing value (write.csv, write.table): NA, unquoted, where it quotes every
# text (a text "NA" is written "NA", quoted). A stance cell "NA", quoted or not, is no stance,
# not a stance value "NA"; a text or label "NA" is R's missing value only unquoted in a
# column of quoted texts (see stance.delimited.r_missing_rows): "NA" may be a statement.
R_MISSING = "NA"


def is_missing(value: Any) -> bool:
    """True for a cell with no value at all: every scalar ``pandas.isna`` calls missing (None,
    NaN, pandas' NA and NaT), without importing pandas.

    numpy's NaT (``np.datetime64("NaT", "ns")``, a datetime64 column's gap read cell by cell) and
    ``Decimal("NaN")`` (a database driver's NUMERIC gap) were flagged ``not_text``, as if
    the cell held a value of another type, where pandas' own NaT and NaN were ``missing``.

    >>> import decimal, numpy as np
    >>> [is_missing(v) for v in (None, float("nan"), np.float32("nan"), np.datetime64("NaT", "ns"),
    ...                          np.timedelta64("NaT", "ns"), decimal.Decimal("NaN"), complex("nan"))]
    [True, True, True, True, True, True, True]
    >>> [is_missing(v) for v in (0.0, "NA", np.datetime64("2024-10-23"), decimal.Decimal("1.5"))]
    [False, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float) or (isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral)):
        return math.isnan(value)  # numpy's float32 NaN too, which is no float to Python
    if isinstance(value, numbers.Complex) and not isinstance(value, numbers.Real):
        return math.isnan(value.real) or math.isnan(value.imag)
    kind = type_name(value)
    if kind in ("datetime64", "timedelta64"):  # numpy's; pandas' NaT is NaTType
        return bool(forksafe.imported("numpy").isnat(value))
    if kind == "Decimal":  # a signalling NaN too, which pandas.isna raises on
        return value.is_nan()
    return kind in ("NAType", "NaTType")


def label_names_as_written(value: Any) -> list[str]:
    """The names of one cell of a labels column as :func:`parse_label_set` finds them,
    before a whole float is read as its int ("3.0" stays "3.0").

    >>> label_names_as_written("3.0 | 1.10"), label_names_as_written(["3.0", None])
    (['3.0', '1.10'], ['3.0'])
    """
    if isinstance(value, str):
        listed = _listed_names(value) if may_list(value) else None
        parts = value.split(LABEL_SEPARATOR) if listed is None else listed
    elif isinstance(value, (list, tuple)) or type_name(value) == "ndarray":
        parts = [_label_name(v) for v in value if not is_missing(v)]
    elif isinstance(value, (set, frozenset)):  # no order to keep: sorted, so the primary is stable
        parts = sorted(_label_name(v) for v in value if not is_missing(v))
    elif is_missing(value):
        return []
    else:
        parts = [_label_name(value)]
    return [p.strip() for p in parts if p.strip()]


def may_list(text: str) -> bool:
    """Whether a text cell may write a list, a tuple or a set (see :func:`_listed_names`): most
    cells, a name, are not parsed."""
    return text.lstrip()[:1] in ("[", "(", "{") or text.strip() == _EMPTY_SET


# An empty set as Python writes it (and DataFrame.to_csv of a column of sets): "{}" is a dict.
_EMPTY_SET = "set()"


# A list's brackets, and a tuple's and a set's as Python writes them (DataFrame.to_csv of a
# column of tuples writes "('gas',)", of sets "{'gas', 'wind'}").
_LISTING_BRACKETS = {"[": "]", "(": ")", "{": "}"}


def _listed_names(text: str) -> list[str] | None:
    """The names of a text cell that is a list of strings, or of numbers, in JSON or Python's
    form (a tuple or a set in Python's too, the set's names sorted, as a set given is), or None
    for any other text (a name, "a|b", "(none)"). Read as a name, it trained a label called
    '["unity", "deterrence"]', which no statement is. A null in the list is no name, as in
    a list given as such, and so is a NaN (what pandas writes for a gap: "['eu', nan]", and
    JSON's "NaN"). Numbers (a column of lists of codes, which DataFrame.to_csv writes as
    "[104, 107]", or "[104.0]" for floats) are named as the frame's own are, a whole float as an int.

    >>> _listed_names('["eu", NaN]'), _listed_names("['eu', nan, None]"), _listed_names("['eu', x]")
    (['eu'], ['eu'], None)
    >>> _listed_names("[104, 107]"), _listed_names("[104.0, nan]"), _listed_names('["eu", 1]')
    (['104', '107'], ['104'], None)
    >>> _listed_names("('eu',)"), _listed_names("{'nato', 'eu'}"), _listed_names("('eu')"), _listed_names("{eu}")
    (['eu'], ['eu', 'nato'], None, None)
    >>> _listed_names("set()"), _listed_names("()")
    ([], [])
    """
    text = text.strip()
    if text == _EMPTY_SET:  # no label, as "()" and "[]" are
        return []
    if _LISTING_BRACKETS.get(text[:1]) != text[-1:]:
        return None
    try:
        names = json.loads(text) if text.startswith("[") else None
    except ValueError:
        names = None
    if names is None:
        names = _python_list(text)
    if not isinstance(names, list):
        return None
    present = [name for name in names if not is_missing(name)]
    # One kind or the other: a mixed list ('["a", 1]') is no list a column of labels or codes writes.
    if all(isinstance(name, str) for name in present):
        listed = present
    elif all(_is_numeric_item(name) for name in present):
        listed = [_label_name(name) for name in present]
    else:
        return None
    return sorted(listed) if text.startswith("{") else listed  # a set's order is none: its names sorted


def _is_numeric_item(value: Any) -> bool:
    """Whether ``value`` is an int or a float, not a bool (JSON's ``true`` is no code)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _python_list(text: str) -> list[Any] | None:
    """The items of a list (or a tuple or a set) written as Python writes one, its strings as
    str, its numbers as int or float and ``None`` or ``nan`` as None; None for any other text
    (a name, code)."""
    try:
        tree = ast.parse(text, mode="eval").body
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(tree, (ast.List, ast.Tuple, ast.Set)):
        return None
    items: list[Any] = []
    for item in tree.elts:
        if isinstance(item, ast.Constant) and (item.value is None or isinstance(item.value, str)
                                               or _is_numeric_item(item.value)):
            items.append(item.value)
        elif (isinstance(item, ast.UnaryOp) and isinstance(item.op, ast.USub)  # -1 is minus applied to 1
              and isinstance(item.operand, ast.Constant) and _is_numeric_item(item.operand.value)):
            items.append(-item.operand.value)
        elif isinstance(item, ast.Name) and item.id in ("nan", "NaN"):
            items.append(None)
        else:
            return None
    return items


def _label_name(value: Any) -> str:
    """A label as text; a whole float (a label column pandas turned into floats) as an int."""
    if type_name(value) in ("float", "float64", "float32", "float16") and float(value).is_integer():
        return str(int(value))
    return str(value)


def whole_number_text(text: str) -> str:
    """``text`` as an int when it is a whole float ("104.0", which pandas writes for 104 in a
    column of floats); else as it is. The file a frame's floats were saved to must train the
    values the frame trains.

    >>> whole_number_text("104.0"), whole_number_text("-1.00"), whole_number_text("104.5"), whole_number_text("v1.0")
    ('104', '-1', '104.5', 'v1.0')
    """
    return str(int(text.split(".")[0])) if "." in text and _WHOLE_FLOAT.fullmatch(text) else text


_WHOLE_FLOAT = re.compile(r"[+-]?[0-9]+\.0+")


def composed(name: str) -> str:
    """``name`` composed (Unicode NFC), as evaluate compares values with the model's: "dafür"
    comes decomposed (a "u" and a combining diaeresis) from macOS file names and some exports,
    and looks the same. Case and spaces are kept: "Favor" is not "favor" to a score.

    >>> composed("dafu\u0308r") == "dafür" != composed("Dafür")
    True
    """
    return unicodedata.normalize("NFC", name)


def narrowed(name: str) -> str:
    """``name`` with each full-width or half-width character as its usual form, as Unicode NFKC
    folds them ("ｆａｖｏｒ" as "favor", "ｶ" as "カ"), and no other of NFKC's folds: a no-break
    space, a ligature or "²" are told of by the checks of their own, or are another name.

    >>> narrowed("ｆａｖｏｒ；ＮＡＴＯ"), narrowed("health\u00a0care²")
    ('favor;NATO', 'health\xa0care²')
    """
    if name.isascii():
        return name
    return "".join(unicodedata.normalize("NFKC", char)
                   if unicodedata.decomposition(char).startswith(("<wide>", "<narrow>")) else char for char in name)


def case_key(name: str) -> str:
    """``name`` as names are compared for a difference of case alone (see
    :func:`stance.label_names._refuse_case_twins`): composed, in any case and width, a Chinese
    or Japanese keyboard's full-width "ｆａｖｏｒ" as "favor" (see :func:`narrowed`). Every
    comparison of names given by hand folds so (:func:`name_key`, :func:`_closest`), so that a
    full-width value is named as the one it is wherever "Favor" is.

    >>> case_key("ｆａｖｏｒ") == case_key("Favor") == case_key("favor") != case_key("favour")
    True
    """
    return composed(narrowed(name)).casefold()


def name_key(name: str) -> str:
    """A name as names given by hand are compared (stance values, a label in a list of
    several, the off-topic label): :func:`case_key`, so composed and in any case and width, and
    without the spaces around it, so that " DAFU\u0308R ", "ｄａｆüｒ" and "dafür" are one name.

    >>> name_key(" DAFU\u0308R ") == name_key("ｄａｆüｒ") == name_key("dafür") == "dafür"
    True
    """
    return case_key(name).strip()


def _closest(name: Any, options: Sequence[str]) -> str | None:
    """The option ``name`` is most likely a misspelling of, or None: the first of
    :func:`closest_options` (a check of whether it is any option's misspelling needs no more).

    >>> _closest("labels", ["Text", " Labels "]), _closest(0, ["0", "text"]), _closest("xyz", ["text"])
    (' Labels ', '0', None)
    >>> labels = ["categoraayy", "categoraby"]
    >>> closest_options("categorabyy", labels), _closest("categorabyy", labels)
    (['categoraayy', 'categoraby'], 'categoraby')
    """
    close = closest_options(name, options)
    if len(close) > 1:
        # One answer: of those that tie, the most alike by difflib's ratio, as difflib's n=1 chose
        # before ties were named; "categorabyy" is "categoraby"'s, a letter off its end, not
        # "categoraayy"'s, a letter off its middle (so the label checks pair them as before).
        difflib = forksafe.imported("difflib")
        key = case_key(str(name)).strip()
        close = sorted(close, key=lambda option: -difflib.SequenceMatcher(None, key, case_key(option)).ratio())
    return close[0] if close else None


def closest_options(name: Any, options: Sequence[str]) -> list[str]:
    """The options ``name`` is most likely a misspelling of: every one that ties for nearest
    (see :func:`stance.nearest.nearest`), sorted; [] when none is near.

    A name in another case or with spaces around it (a hand-written header's " Labels ")
    is that option, however short; a column name that is no str (0) is compared as text.
    Misspellings are compared folded in case and width (see :func:`case_key`), so that one in
    capitals ("NUCLAER", "Favour") or in full-width letters is named as its lower-case twin is.

    >>> closest_options("labels", ["Text", " Labels "]), closest_options(0, ["0", "text"])
    ([' Labels '], ['0'])
    >>> closest_options("NUCLAER", ["gas", "nuclear"]), closest_options("Favour", ["against", "favor"])
    (['nuclear'], ['favor'])
    >>> closest_options("dafuer", ["dafür", "dagegen"])  # an umlaut written out is too many edits for a short word
    ['dafür']
    >>> closest_options("ｆａｖｏｒ", ["against", "favor"]), closest_options("ｎｏｎｅ", ["gas", "none"])
    (['favor'], ['none'])
    >>> closest_options("m_df", ["min_df", "max_df", "C"])  # two edits each: difflib's n=1 named min_df
    ['max_df', 'min_df']
    """
    from .nearest import nearest

    name = str(name)
    # In any width too (see name_key): "ｆａｖｏｒ" of a Chinese or Japanese keyboard was named
    # as no value's other spelling, where "Favor" was.
    same = [option for option in options if name_key(option) == name_key(name)]
    same = same or [option for option in options if _umlaut_twins(option.strip(), name.strip())]
    if same:
        return same[:1]
    folded: dict[str, str] = {}
    for option in options:
        folded.setdefault(case_key(option), option)
    key = case_key(name)
    # Only options of a length that can reach the cutoff, as difflib's real_quick_ratio bounds them: its
    # set-up of each name, options or none, took 1 ms of a 2 KB one (a text named as a label, 20,000 of them).
    near = [option for option in folded if _length_ratio(len(key), len(option)) >= _CUTOFF]
    # Not "stance" for "sentence"; every option that ties, not the one difflib sorts last.
    return [folded[match] for match in nearest(key, near, _CUTOFF)] if near else []


def meant(word: Any, choices: Sequence[str]) -> str | None:
    """The one of ``choices`` (an option's values, or its names) that ``word``, given where
    one of them goes, most likely means: the first of :func:`meant_all`, or None.

    >>> [meant(word, ["uncertainty", "entropy", "stance", "random"]) for word in ("entropi", "ent", "RANDOM", "xyz")]
    ['entropy', 'entropy', 'random', None]
    >>> meant("ngram", ["ngram_max", "min_df"]), meant("st", ["stance", "stem"]), meant("sta", ["stance", "stem"])
    ('ngram_max', None, 'stance')
    """
    close = meant_all(word, choices)
    return close[0] if close else None


def meant_all(word: Any, choices: Sequence[str]) -> list[str]:
    """The ``choices`` (an option's values, or its names) that ``word``, given where one of
    them goes, most likely means: the one it begins, of 3 letters or more ("ngram" for
    ngram_max, "entr" for entropy), else the ones it misspells, every one that ties (see
    :func:`closest_options`), else []. A beginning shared by several choices ("stance_" of
    stance_C and stance_cues) names none of them by it.

    >>> meant_all("ngram", ["ngram_max", "min_df"]), meant_all("m_df", ["min_df", "max_df"]), meant_all("x", ["y"])
    (['ngram_max'], ['max_df', 'min_df'], [])
    """
    key = case_key(str(word)).strip()
    begun = [choice for choice in choices if len(key) >= 3 and case_key(choice).startswith(key)]
    return begun if len(begun) == 1 else closest_options(word, choices)


_CUTOFF = 0.75  # the similarity (difflib's ratio) of a misspelling to what it misspells, at least


def _length_ratio(a: int, b: int) -> float:
    """difflib's real_quick_ratio of strings of lengths ``a`` and ``b``: the most their ratio can be.

    >>> _length_ratio(3, 5), _length_ratio(0, 0)
    (0.75, 1.0)
    """
    return 2.0 * min(a, b) / (a + b) if a + b else 1.0


# German umlauts as they are written without a German keyboard (ß already casefolds to "ss").
_UMLAUTS_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _umlaut_twins(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in umlauts written out ("ä" as "ae"), which one
    German labeller types and another, on another keyboard, does not: one word, two labels.

    >>> _umlaut_twins("fachkräfte", "Fachkraefte"), _umlaut_twins("asyl", "asyl"), _umlaut_twins("bar", "baer")
    (True, False, False)
    """
    key_a, key_b = composed(a).casefold(), composed(b).casefold()
    return key_a != key_b and key_a.translate(_UMLAUTS_WRITTEN_OUT) == key_b.translate(_UMLAUTS_WRITTEN_OUT)


class _LettersUnaccented(dict):
    """``str.translate``'s table of each character to itself without the accents :func:`unaccented`
    leaves off, filled as characters come: a name is then read once, in C, where decomposing and
    recomposing each took twice the time of the search for names one edit apart."""

    def __missing__(self, code: int) -> str:
        if chr(code) in _LETTERS_NOT_ACCENTED:
            self[code] = chr(code)
            return chr(code)
        kept = "".join(char for char in unicodedata.normalize("NFD", chr(code)) if not "\u0300" <= char <= "\u036f")
        # Then as a marked letter is typed plain: "ǿ" is "ø" with an acute, and "o" without either.
        self[code] = plain = unicodedata.normalize("NFC", kept).translate(_MARKED_LETTERS_TYPED_PLAIN)
        return plain


# A Cyrillic letter of its own, on the keyboard of every language that writes it, not a letter and
# an accent: "войны" (wars) and "воины" (warriors) are two words. Not "ў", which a Belarusian on a
# Russian keyboard types "у", nor "ё", which Russian often writes "е".
_LETTERS_NOT_ACCENTED = frozenset("й")
# Letters that carry their mark in themselves (no decomposition), as a keyboard without them types them.
_MARKED_LETTERS_TYPED_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i"})
_UNACCENTED = _LettersUnaccented(_MARKED_LETTERS_TYPED_PLAIN)


def unaccented(name: str) -> str:
    """``name`` in lower case with the accents of Latin, Greek and Cyrillic letters left off, as
    a keyboard without them types it: "Économie" as "economie", "Łódź" as "lodz". Only the
    marks of Unicode's block of combining diacritics go (U+0300 to U+036F): an Arabic haraka, a
    Thai tone mark or a Devanagari nukta is part of another script's spelling, and stays; so
    does the breve of Cyrillic "й", a letter of its own on every keyboard that types it.

    >>> unaccented("Économie"), unaccented("Se\u0301curite\u0301"), unaccented("Łódź"), unaccented("नुक़्ता") == "नुक़्ता"
    ('economie', 'securite', 'lodz', True)
    >>> unaccented("Sǿren"), unaccented("SØ\u0301REN")  # an ø with an acute, composed and not
    ('soren', 'soren')
    >>> unaccented("Войны"), unaccented("Объём")  # wars, not warriors ("воины"); a volume, "объем" too
    ('войны', 'объем')
    """
    if name.isascii():  # most names: no accent to leave off
        return name.casefold()
    return unicodedata.normalize("NFC", name.casefold()).translate(_UNACCENTED)


def _accent_twins(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name with and without its accents (in any case), one typed
    on a French or Spanish keyboard and the other on one without them: "Économie" and "Economie"
    are one word, two labels, several edits apart ("Sécurité", "Securite") or in their first
    letter, which the check of names one edit apart passes over. Not two names that each carry
    accents, other ones: no keyboard leaves an accent off by typing another, and they are
    likelier two words ("pêcheur" and "pécheur", "público" and "publicó", Vietnamese tones).

    >>> _accent_twins("Économie", "ECONOMIE"), _accent_twins("Sécurité", "Securite"), _accent_twins("gas", "Gas")
    (True, True, False)
    >>> _accent_twins("pêcheur", "pécheur"), _accent_twins("público", "publicó")
    (False, False)

    Nor only of all its accents: one of them left off is one too ("Sécurité", "Sécurite").

    >>> _accent_twins("Sécurité", "Sécurite"), _accent_twins("Défense européenne", "Défense europeenne")
    (True, True)

    Romanian "ş" is "ș" typed on another keyboard: "Protecţia" is "Protecția", and "Protectia" too.

    >>> _accent_twins("Protecția națională", "Protecţia naţională"), _accent_twins("Protecția", "Protecţia nationala")
    (True, False)
    >>> _accent_twins("Protecția națională", "Protecţia nationala")
    True
    """
    key_a, key_b = composed(a).casefold(), composed(b).casefold()
    plain_a, plain_b = unaccented(key_a), unaccented(key_b)
    if key_a == key_b or plain_a != plain_b:
        return False
    comma_a, comma_b = comma_below(key_a), comma_below(key_b)  # "ş" as "ș": one letter, two encodings
    return plain_a in (key_a, key_b) or _accents_left_off(comma_a, comma_b) or _accents_left_off(comma_b, comma_a)


# Romanian "ș" and "ț" (a comma below) as the cedilla forms "ş" and "ţ" that Windows' legacy
# Romanian keyboard and pre-2000s fonts type: one letter, and "Apărare şi securitate" beside
# "Apărare și securitate" is one name typed on two keyboards, the accents of neither left off.
_COMMA_BELOW = str.maketrans("şţ", "șț")


def comma_below(key: str) -> str:
    """``key`` (composed and case-folded) with Romanian "ş" and "ţ" written with a comma below,
    as :func:`_accent_twins` compares letters: "ş" is no accent left off "ș", nor one put on.

    >>> comma_below("apărare şi protecţie") == "apărare și protecție"
    True
    """
    # Most names have neither: looked for in C, where translating each took a second of 100,000 pairs.
    return key.translate(_COMMA_BELOW) if "ş" in key or "ţ" in key else key


def _accents_left_off(full: str, fewer: str) -> bool:
    """Whether ``fewer`` is ``full`` with some of its accents left off, letter by letter, and
    none put on: a keyboard without accents leaves them off, it types no other one.

    >>> _accents_left_off("sécurité", "sécurite"), _accents_left_off("público", "publicó")
    (True, False)
    """
    # Character by character, but where a case-folded "İ" ("i" and a dot) is beside an "i".
    letters, kept_letters = (full, fewer) if len(full) == len(fewer) else (accented_letters(full),
                                                                           accented_letters(fewer))
    return len(letters) == len(kept_letters) and all(
        kept == letter or kept == unaccented(letter) for letter, kept in zip(letters, kept_letters))


# A character and the combining accents after it, which composing leaves so ("i̇", "İ" case-folded).
_LETTER_AND_ACCENTS = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


def accented_letters(key: str) -> list[str]:
    """``key`` (composed and case-folded) letter by letter, each with the accents composing
    leaves after it: Turkish "İ" case-folds to "i" and a combining dot, one letter, which a
    keyboard without it types "I" ("İzmir Körfezi", "Izmir Körfezi").

    >>> accented_letters("İÖ".casefold()) == ["i\u0307", "ö"], accented_letters("se\u0301") == ["s", "e\u0301"]
    (True, True)
    """
    return _LETTER_AND_ACCENTS.findall(key)


@dataclass(frozen=True)
class RowAt:
    """A row of data whose index names other rows too, as messages name it: by its position
    (as ``.iloc`` counts, from 0) and its index label (see :func:`named_rows`)."""

    position: int
    label: Any


def named_rows(index: Sequence[Any] | None) -> Sequence[Any] | None:
    """``index`` as messages name the rows: itself, or, when a label of it names several rows
    (``pd.concat`` of frames numbered from 0 gives such an index, where ``data.loc[3]`` is two
    rows), each row as a :class:`RowAt`, its position and its label, so that
    :func:`row_names` says "row at position 35 (index 3)". Every row so, not only those whose
    label repeats: one row is named alike by every error and warning. A list of
    :class:`RowAt` (a part of one, as a fold's rows) is kept as it is.

    >>> named_rows([0, 1, 0])[2], named_rows(["a", "b"])
    (RowAt(position=2, label=0), ['a', 'b'])
    """
    if index is None:
        return None
    try:
        repeats = getattr(index, "has_duplicates", None)  # a pandas Index knows, and caches it
        if repeats is None:
            repeats = len(set(index)) < len(index)
    except TypeError:  # unhashable labels (has_duplicates raises so) name no row twice a message could tell apart
        repeats = False
    return [RowAt(position, label) for position, label in enumerate(index)] if repeats else index


def row_names(index: Sequence[Any], positions: Iterable[int], limit: int = 10) -> str:
    """Format the index labels of some rows for an error message ("rows 3, 7, 9 and 4 more");
    rows of an index that repeats (see :func:`named_rows`) by their positions too.

    >>> import numpy as np
    >>> row_names(np.array([3, 7, 9]), [1, 2]), row_names(["a.csv:07"], [0])
    ('rows 7, 9', "row 'a.csv:07'")
    >>> row_names([(np.int64(1), "x")], [0])
    "row (1, 'x')"
    >>> row_names(named_rows([0, 1, 0, 1]), [2]), row_names(named_rows([0, 1, 0, 1]), [1, 3])
    ('row at position 2 (index 0)', 'rows at positions 1 (index 1), 3 (index 1)')
    """
    positions = list(positions)
    names = [index[p] for p in positions[:limit]]
    plural = "s" if len(positions) > 1 else ""
    more = f" and {len(positions) - limit} more" if len(positions) > limit else ""
    if names and isinstance(names[0], RowAt):
        shown = ", ".join(f"{name.position} (index {row_name(name.label)})" for name in names)
        return f"row{plural} at position{plural} {shown}{more}"
    return f"row{plural} {', '.join(row_name(name) for name in names)}{more}"


def row_name(name: Any) -> str:
    """One index label as a message shows it: a numpy scalar (a filtered frame's index gives
    them) as the Python value it is, since numpy 2 writes repr(np.int64(7)) as "np.int64(7)";
    a date as :func:`_written_date` writes it; a long one (a frame indexed by its texts) is cut.

    >>> import pandas as pd
    >>> row_name(pd.Timestamp("2024-10-23")), row_name((pd.Timestamp("2024-10-23 14:30"), "x"))
    ('2024-10-23', "(2024-10-23 14:30:00, 'x')")
    """
    return quoted(_plain(name))


@dataclass(frozen=True)
class _Written:
    """A value a message writes as a reader does, unquoted, inside a tuple too."""

    text: str

    def __repr__(self) -> str:
        return self.text


def _plain(value: Any) -> Any:
    """``value`` with numpy scalars as the Python values they are and dates as
    :func:`_written_date` writes them, inside a tuple (a MultiIndex's label) too."""
    if isinstance(value, tuple):
        return tuple(_plain(part) for part in value)
    written = _written_date(value)
    if written is not None:
        return _Written(written)
    return value.item() if type(value).__module__ == "numpy" and hasattr(value, "item") else value


def _written_date(value: Any) -> str | None:
    """``value`` as a reader writes a date (a DatetimeIndex's row was named
    "Timestamp('2024-10-23 00:00:00')"): the day alone at midnight, else with its time (and
    its offset from UTC, if it has one); a Period as pandas prints it. None for any other value.

    >>> import datetime, numpy as np, pandas as pd
    >>> _written_date(pd.Timestamp("2024-10-23")), _written_date(pd.Timestamp("2024-10-23 14:30", tz="UTC"))
    ('2024-10-23', '2024-10-23 14:30:00+00:00')
    >>> _written_date(np.datetime64("2024-10-23")), _written_date(datetime.date(2024, 10, 23))
    ('2024-10-23', '2024-10-23')
    >>> _written_date(pd.Period("2024Q3", "Q")), _written_date(pd.NaT), _written_date(3)
    ('2024Q3', None, None)
    """
    import datetime

    if type(value).__name__ == "Period":
        return str(value)
    if type(value).__name__ == "datetime64":  # numpy's, whose item() gives nanoseconds as an int
        value = forksafe.imported("pandas").Timestamp(value)
    if not isinstance(value, datetime.date) or is_missing(value):  # NaT is a datetime, and writes as "NaT"
        return None
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    midnight = value.time() == datetime.time() and not getattr(value, "nanosecond", 0)
    return value.date().isoformat() if midnight else str(value)


# Whether this thread's open conflicts_reported block has warned of conflicting duplicates.
_conflicts = threading.local()


def numbered_from_zero(values: Any) -> bool:
    """Whether the pandas Series or Index ``values`` holds the numbers 0, 1, …, n-1 in order, the
    numbers pandas gives rows without names (a default index, a frame's documents given none,
    labels made from a list): passing them as names changes nothing,
    whether they are held as integers, as whole floats or as objects (a review of 8d4c800: 0.0,
    1.0, 2.0 name the documents 0, 1, 2 as well, a dict's keys being equal).

    >>> import pandas as pd
    >>> numbered_from_zero(pd.Series([0, 1, 2])), numbered_from_zero(pd.Series([1, 2, 3]))
    (True, False)
    >>> numbered_from_zero(pd.Series([0.0, 1.0])), numbered_from_zero(pd.Series([0, 1], dtype=object))
    (True, True)
    >>> numbered_from_zero(pd.Series(["0", "1"])), numbered_from_zero(pd.Series([False, True]))
    (False, False)
    """
    listed = values.tolist()
    # True == 1 in Python: a column of booleans is no numbering.
    return not any(isinstance(value, bool) for value in listed) and listed == list(range(len(listed)))

"""A labels cell and a stance cell as training reads them, and values spelt as a model spells its own.

A labels cell's names are read by :func:`parse_label_set` (``"a|b"``, a list, a JSON or Python
list written as text), a stance cell's value by :func:`stance_value` (None for a missing or
blank cell, a whole float as its int); gold values written otherwise than a model's own (a
decomposed accent, "1" for a model's "1.0") are spelt as the model spells them.
"""

from __future__ import annotations

import ast
import json
import numbers
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .exceptions import InvalidInputError, quoted, type_name
from .names import (
    LABEL_SEPARATOR,
    R_MISSING,
    _label_name,
    _listed_names,
    composed,
    is_missing,
    label_names_as_written,
    may_list,
    row_names,
    whole_number_text,
)

_SPAN = ("a span annotation (start, end, label)",
         "stance takes one label set per statement; take the labels: [s[2] for s in spans]")
_SCORES = ("a dict of label to score",
           "pass the labels whose score is 1 (or ≥ 0.5): [k for k, v in cats.items() if v >= 0.5]")
_VALUES = ('objects with a "value"', 'take the "value"s: [item["value"] for item in cell] (where each "value" is '
           'a list of names: [name for item in cell for name in item["value"]])')
_CHOICES = ('a "choices" object', 'take its "choices" list: cell["choices"]')
_OTHER = ("lists or objects", "give each row its label names: 'a|b', or a list of names")


# What a spreadsheet shows, and saves into a CSV file, in a cell whose formula failed: Excel's and
# Google Sheets' "#N/A" (=VLOOKUP(code, codebook, 2, FALSE) finding no code), "#REF!"…, and
# LibreOffice's "Err:502". pandas reads "#N/A" as missing; a path read as text kept it a name.
# Excel writes them in its own language, into the CSV file too: a German sheet's "#N/A" is "#NV"
# (and LibreOffice's "Fehler:502"), "#N/D" an Italian or Portuguese one's, "#N/D!" a Polish (with
# its "!"), "#N/B" a Dutch, "#SAKNAS!" a Swedish, "#I/T" a Danish or Norwegian, "#PUUTTUU!" a
# Finnish and "#Н/Д" a Russian (in Cyrillic): the seven classic ones of each. Those five languages'
# names of Excel's newer ones (#SPILL!, #CALC!…) and LibreOffice's "Err:502" in them are left out:
# not known here well enough to refuse a row by them.
_LOCALISED_ERRORS = (r"NV|WERT!|BEZUG!|ZAHL!|ÜBERLAUF!"  # German
                     r"|VALEUR!|NOM\?|NOMBRE!|NUL!"  # French
                     r"|¡VALOR!|¡REF!|¡DIV/0!|¿NOMBRE\?|¡NUM!|¡NULO!"  # Spanish
                     r"|N/D|VALORE!|RIF!|NOME\?|NULLO!"  # Italian (NOME? and N/D Portuguese's too)
                     r"|VALOR!|NÚM!|NULO!"  # Portuguese
                     r"|N/B|WAARDE!|VERW!|DEEL/0!|NAAM\?|GETAL!|LEEG!"  # Dutch
                     r"|N/D!|ARG!|ADR!|DZIEL/0!|NAZWA\?|LICZBA!|ZERO!"  # Polish
                     r"|SAKNAS!|VÄRDEFEL!|REFERENS!|DIVISION/0!|NAMN\?|OGILTIGT!|SKÄRNING!"  # Swedish
                     r"|I/T|VÆRDI!|REFERENCE!|NAVN\?"  # Danish (#DIVISION/0! Swedish's, #NUL! French's)
                     r"|VERDI!"  # Norwegian (#I/T and #NAVN? Danish's, the rest English)
                     r"|PUUTTUU!|ARVO!|VIITTAUS!|JAKO/0!|NIMI\?|LUKU!|TYHJÄ!"  # Finnish
                     r"|Н/Д|ЗНАЧ!|ССЫЛКА!|ДЕЛ/0!|ИМЯ\?|ЧИСЛО!|ПУСТО!")  # Russian
_SPREADSHEET_ERROR = re.compile(r"#(?:N/A|VALUE!|REF!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|"
                                r"CONNECT!|BUSY!|UNKNOWN!|ERROR!|GETTING_DATA|" + _LOCALISED_ERRORS + r")"
                                r"|(?:Err|Fehler):\d{3}", re.IGNORECASE)


# Each error value's English name, by its name in the sheet's language (case-folded, without its
# "#"), so that each is told what it says: "#REF!" a deleted cell, not VLOOKUP's "#N/A".
_IN_ENGLISH = {
    **dict.fromkeys(("nv", "n/d", "n/b", "n/d!", "saknas!", "i/t", "puuttuu!", "н/д"), "N/A"),
    **dict.fromkeys(("wert!", "valeur!", "¡valor!", "valore!", "valor!", "waarde!", "arg!", "värdefel!", "værdi!",
                     "verdi!", "arvo!", "знач!"), "VALUE!"),
    **dict.fromkeys(("bezug!", "¡ref!", "rif!", "verw!", "adr!", "referens!", "reference!", "viittaus!", "ссылка!"),
                    "REF!"),
    **dict.fromkeys(("¡div/0!", "deel/0!", "dziel/0!", "division/0!", "jako/0!", "дел/0!"), "DIV/0!"),
    **dict.fromkeys(("nom?", "¿nombre?", "nome?", "naam?", "nazwa?", "namn?", "navn?", "nimi?", "имя?"), "NAME?"),
    **dict.fromkeys(("nombre!", "¡num!", "núm!", "getal!", "liczba!", "ogiltigt!", "luku!", "число!", "zahl!"),
                    "NUM!"),
    **dict.fromkeys(("nul!", "¡nulo!", "nullo!", "nulo!", "leeg!", "zero!", "skärning!", "tyhjä!", "пусто!"),
                    "NULL!"),
    "überlauf!": "SPILL!",
}
# What a formula that gave each says went wrong, as a user mends it; the rest (#CALC!, #BUSY!,
# LibreOffice's other numbers…) are said to be a formula that failed, no more.
_WHAT_FAILED = {"N/A": "what VLOOKUP gives where it finds no code",
                "VALUE!": "what a formula gives when given a value of the wrong type, such as text for a number",
                "REF!": "what a formula gives when a cell, row or column it refers to was deleted",
                "DIV/0!": "what a division by zero or by an empty cell gives",
                "NAME?": "what a formula gives when a function or range name in it is misspelt",
                "NUM!": "what a formula gives when a number in it is too large, or impossible",
                "NULL!": "what a formula gives when its ranges do not meet",
                "SPILL!": "what a formula gives when its results have no room to spill into",
                "502": "what LibreOffice gives for an invalid argument"}


def what_failed(value: str) -> str | None:
    """What the formula that gave the spreadsheet's error ``value`` says went wrong, in any
    language Excel writes it in, or None where it says no more than that it failed.

    >>> what_failed(" #n/a "), what_failed("#BEZUG!"), what_failed("Fehler:502"), what_failed("#BUSY!")
    ('what VLOOKUP gives where it finds no code', \
'what a formula gives when a cell, row or column it refers to was deleted', \
'what LibreOffice gives for an invalid argument', None)
    """
    name = value.strip().casefold()
    name = name.partition(":")[2] if ":" in name else name.lstrip("#")
    return _WHAT_FAILED.get(_IN_ENGLISH.get(name, name.upper()))


def is_spreadsheet_error(name: str | None) -> bool:
    """Whether a label or stance value is a spreadsheet's error value, which no name is.

    >>> is_spreadsheet_error("#N/A"), is_spreadsheet_error(" #ref! "), is_spreadsheet_error("Err:502")
    (True, True, True)
    >>> is_spreadsheet_error("#N/A2"), is_spreadsheet_error("#1"), is_spreadsheet_error(None)
    (False, False, False)

    In the sheet's language, as Excel writes them (German, French, Spanish, Italian, Dutch,
    Portuguese, Polish, Swedish, Danish, Norwegian, Finnish, Russian):

    >>> [is_spreadsheet_error(v) for v in ("#NV", "#WERT!", "#¿NOMBRE?", "#N/D", "#N/D!", "Fehler:502", "#NVIDIA")]
    [True, True, True, True, True, True, False]
    >>> [is_spreadsheet_error(v) for v in ("#SAKNAS!", "#I/T", "#VERDI!", "#PUUTTUU!", "#Н/Д", "#н/д", "#ЗНАЧ")]
    [True, True, True, True, True, True, False]
    """
    # each holds "#" or ":": a name or a statement without either is passed before the pattern is tried
    return (isinstance(name, str) and ("#" in name or ":" in name)
            and _SPREADSHEET_ERROR.fullmatch(name.strip()) is not None)


def is_spreadsheet_error_text(text: Any) -> bool:
    """Whether ``text``, a statement's cell, is a spreadsheet's error value (see
    :func:`is_spreadsheet_error`): scoring, classifying and the labelling queue ask it of every
    text, and an error value is short, so a text of 40 characters or more is passed by its
    length first (0.28 s a million statements, under 1% of scoring them).

    >>> is_spreadsheet_error_text(" #N/A "), is_spreadsheet_error_text("#N/A is no code."), is_spreadsheet_error_text(3)
    (True, False, False)
    """
    return isinstance(text, str) and len(text) < 40 and is_spreadsheet_error(text)


def refuse_spreadsheet_errors(values: Sequence[Iterable[str | None]], index: Sequence[Any], column: str,
                              named: str) -> None:
    """Refuse rows any of whose ``values`` (a row's labels, or its stance alone) is a
    spreadsheet's error value (see :func:`is_spreadsheet_error`), naming the rows, the values
    and the ``column``; ``named`` is what such a value is not ("a label", "a stance value").
    Trained as it was, "#N/A" became a label or a stance class, which a model then predicted.

    >>> refuse_spreadsheet_errors([("gas",), ("#N/A",)], [0, 1], "labels", "a label")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: row 1 holds '#N/A', a spreadsheet's error value (...), not a label; ...
    """
    rows = [i for i, row in enumerate(values) if any(is_spreadsheet_error(value) for value in row)]
    if not rows:
        return
    one = len(rows) == 1
    raise InvalidInputError(
        f"{column}: {row_names(index, rows)} {'holds' if one else 'hold'} "
        f"{spreadsheet_errors_said(value for i in rows for value in values[i])}, not {named}; give "
        f"{'the row' if one else 'each row'} what the formula should have, or drop {'it' if one else 'them'}")


def spreadsheet_errors_said(values: Iterable[Any]) -> str:
    """The spreadsheet's error values among ``values``, each once, and what they are, as an
    error or a warning names them. A value written in several cases ("#N/A", "#n/a": one value,
    as a spreadsheet reads it) is named once, as first written; how often a value is met is
    said where the rows' names do not say it: beside other values, or written in several cases.

    >>> spreadsheet_errors_said(["#N/A", "gas", " #N/A", "#REF!"])
    "'#N/A' (twice) and '#REF!', a spreadsheet's error values (a formula that failed: '#N/A' is what \
VLOOKUP gives where it finds no code; '#REF!' is what a formula gives when a cell, row or column it refers to was \
deleted)"

    Each value is told what it says went wrong, as a user mends it:

    >>> spreadsheet_errors_said(["#DIV/0!"])
    "'#DIV/0!', a spreadsheet's error value (a formula that failed: '#DIV/0!' is what a division by zero or by an \
empty cell gives)"
    >>> spreadsheet_errors_said(["#N/A", "#n/a", "#N/A"]).split(",")[0]
    "'#N/A' (3 times)"
    >>> spreadsheet_errors_said(["#N/A", "#N/A"]).split(",")[0]
    "'#N/A'"
    >>> spreadsheet_errors_said(["#N/A", "#VALUE!", "#REF!"])[:29]
    "'#N/A', '#VALUE!' and '#REF!'"
    """
    found: dict[str, list[str]] = {}  # each value's spellings, by its case-folded one, in the order met
    for value in values:
        if is_spreadsheet_error(value):
            written = str(value).strip()
            found.setdefault(written.casefold(), []).append(written)
    counted = len(found) > 1 or any(len(set(spellings)) > 1 for spellings in found.values())
    said = [quoted(spellings[0]) + (f" ({_times(len(spellings))})" if counted and len(spellings) > 1 else "")
            for spellings in found.values()]
    return (f"{_in_a_sentence(said)}, a spreadsheet's error value{'s' if len(found) > 1 else ''} (a formula that "
            f"failed{_what_each_says([spellings[0] for spellings in found.values()])})")


def _in_a_sentence(names: Sequence[str]) -> str:
    """``names`` in a sentence: "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _what_each_says(values: Sequence[str]) -> str:
    """What each of ``values`` says went wrong (see :func:`what_failed`), those that say one thing
    together, after a colon: ": '#N/A' is what VLOOKUP gives where it finds no code", or nothing.

    >>> _what_each_says(["#N/A", "#REF!", "#NV", "#BUSY!"])
    ": '#N/A' and '#NV' are what VLOOKUP gives where it finds no code; '#REF!' is what a formula gives when a cell, \
row or column it refers to was deleted"
    """
    said: dict[str, list[str]] = {}
    for value in values:
        what = what_failed(value)
        if what is not None:
            said.setdefault(what, []).append(quoted(value))
    return ": " + "; ".join(f"{_in_a_sentence(named)} {'is' if len(named) == 1 else 'are'} {what}"
                            for what, named in said.items()) if said else ""


def _times(count: int) -> str:
    """How often, in words: "twice", "3 times"."""
    return "twice" if count == 2 else f"{count:,} times"


def warn_of_spreadsheet_error_texts(subject: str, values: Sequence[Any], counted_by: str | None, whole: bool = False,
                                    *, wanted: str = "statement", note: str = "") -> None:
    """Warn that the rows or documents of ``subject`` ("rows 1, 3"; a column's, "text_column='t':
    rows 0, 3"; "documents 'b', 'c'", a lone "text", or texts classified one by one, "texts[1]")
    hold ``values``, one text each, each a spreadsheet's error value ("#N/A", a formula that
    failed), not a statement, where training refuses such a text. Each is scored as any text is
    and counted by ``counted_by`` ("a profile", "the evaluation"); None: each is classified, and
    answered, as any text is (:func:`stance.classify`, ``stance classify``), which nothing counts.
    A ``whole`` subject (a document, a text) is the value it holds, and is given its ``wanted``
    ("text" for a document) where a row is given its statement; ``note`` follows "not a
    statement". The one warning of stance.score, evaluate's gold texts, score_documents and
    classify, which said it four ways.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_spreadsheet_error_texts("row 3", ["#N/A"], "a profile")
    ...     warn_of_spreadsheet_error_texts("documents 'b', 'c'", ["#N/A", " #REF! "], "the profile", whole=True,
    ...                                     wanted="text")
    ...     warn_of_spreadsheet_error_texts("texts[1], texts[4]", ["#N/A", "#N/A"], None, whole=True)
    >>> print(str(caught[0].message).split("), ")[1])
    not a statement: it is scored as any text is, and a profile counts it as a statement; drop it, or give it \
its statement, before reading the results (training refuses such a text)
    >>> print(str(caught[1].message).split("), ")[0].split(", a ")[0])
    documents 'b', 'c' are '#N/A' and '#REF!'
    >>> print(str(caught[2].message).split("), ")[1])
    not statements: each is classified as any text is; drop them, or give each its statement, before reading \
the answers (training refuses such a text)
    """
    from .exceptions import warn

    one = len(values) == 1
    verb = ("is" if one else "are") if whole else ("holds" if one else "hold")
    # rows hold a value that is not a statement; texts or documents that are one are not statements
    not_one = "a statement" if one or not whole else "statements"
    done = (f"scored as any text is, and {counted_by} counts {'it as a statement' if one else 'them as statements'}"
            if counted_by is not None else "classified as any text is")
    warn(f"{subject} {verb} {spreadsheet_errors_said(values)}, not {not_one}{note}: {'it is' if one else 'each is'} "
         f"{done}; drop {'it' if one else 'them'}, or give {'it' if one else 'each'} its {wanted}, before reading "
         f"the {'results' if counted_by is not None else 'answers'} (training refuses such a text)")


def parse_label_set(value: Any) -> tuple[str, ...]:
    """Parse one cell of a labels column: ``"a|b"``, a single name, or a list of names,
    given as a list or written in a text cell as a JSON list (``stance score`` writes a
    Parquet or JSONL list so) or in Python's form (``DataFrame.to_csv`` writes one so).

    >>> parse_label_set("eastern_flank | deterrence")
    ('eastern_flank', 'deterrence')
    >>> parse_label_set('["eastern_flank", "deterrence"]'), parse_label_set("['unity']")
    (('eastern_flank', 'deterrence'), ('unity',))

    A missing name in a list is no label, as an empty one is (a primary and a secondary
    topic column put in one list, the secondary left empty, trained a label called 'nan'):

    >>> parse_label_set(["eu", float("nan")]), parse_label_set(["eu", None, ""]), parse_label_set([None])
    (('eu',), ('eu',), ())

    A whole float written as text is its int, as a stance value is: the CSV file a frame of
    float codes was saved to holds "104.0", which must train (and be scored as) the frame's "104":

    >>> parse_label_set("104.0|501"), parse_label_set(104.0)
    (('104', '501'), ('104',))
    """
    return tuple(dict.fromkeys(whole_number_text(name) for name in label_names_as_written(value)))


def refuse_annotations(values: Sequence[Any], index: Sequence[Any], labels_name: str) -> None:
    """Refuse a labels column whose cells hold an annotation tool's structures, not label
    names: spans, objects, a dict of scores, a "choices" object written as text. Read as
    names, each trained a label called "[0, 5, 'unity']" or the whole dict, which no
    statement is; one error names the column, the first such row and what to take instead."""
    found = [(i, shape) for i, value in enumerate(values) if (shape := annotation_shape(value)) is not None]
    if not found:
        return
    first, (shape, advice) = found[0]
    if isinstance(values[first], str) and shape == _CHOICES[0]:  # Label Studio's CSV: text, plain names beside
        advice = ('take its "choices" list; the cells are text: [json.loads(cell)["choices"] if '
                  'isinstance(cell, str) and cell.lstrip().startswith("{") else cell for cell in column] gives the '
                  "labels column, a cell of one plain name or none kept as it is (ast.literal_eval in place of "
                  "json.loads for Python's quotes)")
    elif isinstance(values[first], str):  # a CSV's cell: the structure is written as text
        advice += ", each cell read first with json.loads(cell) (ast.literal_eval(cell) for Python's quotes)"
    others = f" (as do {len(found) - 1} other rows)" if len(found) > 1 else ""
    raise InvalidInputError(f"{labels_name}: {row_names(index, [first])} holds {shape}, "
                            f"{quoted(values[first], 80)}, not label names{others}; {advice}")


def annotation_shape(value: Any) -> tuple[str, str] | None:
    """What an annotation tool's structure in a labels cell is and the advice for it, or
    None for a cell of names (a name with braces in it too: only text that parses as an
    object, or as a list of lists or objects, is one).

    >>> annotation_shape([[0, 5, "unity"]])[0], annotation_shape('{"choices": ["unity"]}')[0]
    ('a span annotation (start, end, label)', 'a "choices" object')
    >>> annotation_shape("{unity}"), annotation_shape(["unity", 1]), annotation_shape("['unity']")
    (None, None, None)
    """
    structure = _parsed(value) if isinstance(value, str) else value
    if isinstance(structure, dict):
        return _dict_shape(structure)
    if not (isinstance(structure, (list, tuple)) or type_name(structure) == "ndarray"):
        return None
    items = [item for item in structure if _is_structure(item)]
    if not items:
        return None
    item = items[0]
    if isinstance(item, dict):
        return _VALUES if "value" in item else _dict_shape(item)
    if len(item) == 3 and all(_is_number(part) for part in item[:2]) and isinstance(item[2], str):
        return _SPAN
    return _OTHER


def _dict_shape(structure: dict[Any, Any]) -> tuple[str, str]:
    """The shape and advice of an object in a labels cell."""
    if "choices" in structure:
        return _CHOICES
    if "value" in structure:
        return _VALUES
    if structure and all(_is_number(score) for score in structure.values()):
        return _SCORES
    return _OTHER


# A tuple inside a list written as text, a bracket holding a comma or nothing: "[(0, 5, 'gas')]",
# "[(None, 'gas')]", "[()]", where "['Defence (general)']" and "['Budget (2020)']" bracket a name's words
_TUPLE_OPENING = re.compile(r"\((?:\s*\)|[^()]*,)")


def _parsed(text: str) -> Any:
    """A text cell as the JSON or Python object it writes when it is a non-empty object or a
    list holding lists or objects (an export's cell saved to CSV), else None: other text,
    "[a|b]" or "{gas}" among it, is names."""
    text = text.strip()
    if not ((text.startswith("{") and text.endswith("}")) or (text.startswith("[") and text.endswith("]"))):
        return None
    if text.startswith("[") and "[" not in text[1:] and "{" not in text and not _TUPLE_OPENING.search(text):
        return None  # a flat list of names ("['gas', 'unity']", most list cells): not parsed at all
    try:
        parsed = json.loads(text)
    except ValueError:
        try:
            parsed = ast.literal_eval(text)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return None
    if isinstance(parsed, dict):
        return parsed if parsed else None
    return parsed if isinstance(parsed, list) and any(_is_structure(item) for item in parsed) else None


def _is_structure(value: Any) -> bool:
    """Whether a labels cell's item is a list or an object, no name."""
    return isinstance(value, (list, tuple, dict)) or type_name(value) == "ndarray"


def _is_number(value: Any) -> bool:
    """Whether ``value`` is an int or a float (numpy's too), not a bool (JSON's true is no offset)."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def stance_value(value: Any) -> str | None:
    """A stance cell as training reads it: text (a whole float, as a 1/-1 column with gaps
    is to pandas, as an int: 1.0 is "1", and so is the "1.0" such a column is saved as), or
    None for a missing or blank cell, or for "NA", R's missing value (which ``write.csv``
    writes unquoted; pandas reads it as missing too).

    >>> stance_value(-1.0), stance_value("-1.0"), stance_value(" favor "), stance_value(float("nan"))
    ('-1', '-1', 'favor', None)
    >>> stance_value("NA"), stance_value("na")
    (None, 'na')

    A list (a JSONL or Parquet export's ``["favor"]``, or one written as text) is read as a
    labels cell's is: one value is that value, an empty list no stance, and two or more are
    joined by "|", which training refuses as a stance per label:

    >>> stance_value(["favor"]), stance_value('["favor"]'), stance_value([]), stance_value(["favor", "against"])
    ('favor', 'favor', None, 'favor|against')
    """
    items = _listed(value)
    if items is not None:
        present = [item for item in map(stance_value, items) if item is not None]
        return LABEL_SEPARATOR.join(present) if present else None
    if is_missing(value) or (isinstance(value, str) and value.strip() in ("", R_MISSING)):
        return None
    return whole_number_text(_label_name(value).strip())


def _listed(value: Any) -> list[Any] | None:
    """The items of a cell that is a list (or a tuple or array), or a text cell that writes a
    list of strings or numbers in JSON or Python's form; None for any other cell."""
    if isinstance(value, (list, tuple)) or type_name(value) == "ndarray":
        return list(value)
    return _listed_names(value) if isinstance(value, str) and may_list(value) else None


def stance_values_as_classes(values: Sequence[str | None], classes: Sequence[str]) -> list[str | None]:
    """Gold stance values spelt as the model's own where they are the same number: a model
    trained before "1.0" was read as "1" has the classes "1.0" and "-1.0".

    >>> stance_values_as_classes(["1", "-1", None, "favor"], ("-1.0", "1.0"))
    ['1.0', '-1.0', None, 'favor']
    """
    numbered = {_number(c): c for c in classes if _number(c) is not None}
    return [numbered.get(_number(v), v) if v is not None and v not in classes else v for v in values]


def spelt_as_known(values: Iterable[str | None], known: Iterable[str]) -> list[str | None]:
    """``values`` spelt as ``known`` spells them where they are the same composed (NFC): "dafür"
    written decomposed (a "u" and a combining diaeresis, as macOS exports give it) looks the
    same as the composed "dafür" and is read as it; so is a whole number and the whole float
    a model trained before "104.0" was read as "104" has as a label. Values in another case,
    or the same as two known values, are left as they are.

    >>> spelt_as_known(["dafu\u0308r", "Dafu\u0308r", None, "dagegen"], ["dafür", "dagegen"]) == [
    ...     "dafür", "Dafu\u0308r", None, "dagegen"]
    True
    >>> spelt_as_known(["104", "0"], ["104.0", "000"])
    ['104.0', '0']
    """
    known = set(known)
    spellings: dict[str, list[str]] = {}
    for name in sorted(known):
        spellings.setdefault(composed(whole_number_text(name)), []).append(name)

    def spelt(value: str | None) -> str | None:
        if value is None or value in known:
            return value
        same = spellings.get(composed(whole_number_text(value)), [])
        return same[0] if len(same) == 1 else value

    return [spelt(value) for value in values]


def _number(text: str) -> float | None:
    """``text`` as a number, or None when it is not one."""
    try:
        return float(text)
    except ValueError:
        return None

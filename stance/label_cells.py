"""A labels cell and a stance cell as training reads them, and values spelt as a model spells its own.

A labels cell's names are read by :func:`parse_label_set` (``"a|b"``, a list, a JSON or Python
list written as text), a stance cell's value by :func:`stance_value` (None for a missing or
blank cell, a whole float as its int); gold values written otherwise than a model's own (a
decomposed accent, "1" for a model's "1.0") are spelt as the model spells them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .names import R_MISSING, _label_name, composed, is_missing, label_names_as_written, whole_number_text


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


def stance_value(value: Any) -> str | None:
    """A stance cell as training reads it: text (a whole float, as a 1/-1 column with gaps
    is to pandas, as an int: 1.0 is "1", and so is the "1.0" such a column is saved as), or
    None for a missing or blank cell, or for "NA", R's missing value (which ``write.csv``
    writes unquoted; pandas reads it as missing too).

    >>> stance_value(-1.0), stance_value("-1.0"), stance_value(" favor "), stance_value(float("nan"))
    ('-1', '-1', 'favor', None)
    >>> stance_value("NA"), stance_value("na")
    (None, 'na')
    """
    if is_missing(value) or (isinstance(value, str) and value.strip() in ("", R_MISSING)):
        return None
    return whole_number_text(_label_name(value).strip())


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

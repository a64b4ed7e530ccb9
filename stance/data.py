"""Checking labelled data before anything is fitted: its columns, label cells, stances and rows.

A table is read by :mod:`stance.tables`; label names that look alike are found by
:mod:`stance.label_names`; a label cell's names are read, names compared and rows named by
:mod:`stance.names`. Every error here names the argument, the column or the rows at fault and says what was
expected, so that nothing fails later inside scikit-learn or pandas.
"""

from __future__ import annotations

import hashlib
import numbers
import re
import shlex
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import (
    QUOTED_VALUES,
    QUOTED_WIDTH,
    InvalidInputError,
    InvalidTypeError,
    quoted,
    quoted_list,
    type_name,
    warn,
)
from .label_names import (
    _joined,
    _most_joined,
    _rare_twins,
    _refuse_case_twins,
    _refuse_control_characters,
    _refuse_float_twins,
    _refuse_invisible_twins,
    _refuse_lookalike_twins,
    _refuse_separator_twins,
    _refuse_unwritable,
    _spellings,
    _twin_groups,
    _warn_of_spelling_variants,
    case_key,
    lookalike_key,
    off_topic_as_written,
    rare_twin,
    refuse_odd_label_names,
    separator_key,
    spacing_key,
    unpadded,
    warn_of_codes_read_as_numbers,
    warn_of_joined_labels,
    warn_of_label_spellings,
    warn_of_names_given_as_numbers,
)
from .names import (
    LABEL_SEPARATOR,
    R_MISSING,
    _closest,
    _conflicts,
    _label_name,
    composed,
    is_missing,
    label_names_as_written,
    name_key,
    named_rows,
    row_names,
    whole_number_text,
)

if TYPE_CHECKING:
    import pandas as pd


def refuse_unordered(values: Any, argument: str) -> None:
    """Refuse a set: it has no order, so its texts would be paired with the wrong labels, or
    answered in an order that is not the one given (sets of str are even ordered differently
    from one process to the next).

    A dict's keys and items keep the order they were put in, and pass.

    >>> refuse_unordered({"Send tanks."}, "texts")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: texts must be ordered (a list, tuple, Series, …), got a set, ...
    """
    from collections.abc import ItemsView, KeysView, Sequence, Set

    if isinstance(values, Set) and not isinstance(values, (Sequence, KeysView, ItemsView)):
        raise InvalidTypeError(
            f"{argument} must be ordered (a list, tuple, Series, …), got a {type_name(values)}, which has "
            f"no order: texts are paired with labels, and answered, by position; pass a list "
            f"(sorted({argument}) if any order will do)"
        )


def free_name(name: str, taken: Iterable[Any]) -> str:
    """``name``, or ``name_2``, ``name_3``… if a column is already called that.

    >>> free_name("input_stance", ["text", "input_stance"])
    'input_stance_2'
    """
    taken = list(taken)
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def require_columns(frame: pd.DataFrame, columns: dict[str, str | None]) -> None:
    """Raise if a named column is missing, listing the columns that are there.

    ``columns`` maps the argument name (``"text_column"``) to the column it names.
    """
    present = [str(c) for c in frame.columns]  # as text, for the likely misspelling
    # As they are: integer columns listed as text ('0', '1') were taken for names to type.
    listed = quoted_list(frame.columns) + (" (integers)" if len(frame.columns) and all(
        isinstance(c, numbers.Integral) and not isinstance(c, bool) for c in frame.columns) else "")
    for argument, column in columns.items():
        _require_column_name(argument, column, frame)
        if column is not None and column in frame.columns and list(frame.columns).count(column) > 1:
            raise InvalidInputError(
                f"{argument}={quoted(column)} names {list(frame.columns).count(column)} columns; "
                f"rename the duplicates"
            )
        if column is not None and column not in frame.columns:
            same = next((c for c in frame.columns if type(c) is not type(column) and str(c) == str(column)), None)
            if same is not None:  # 1 for "1": the column, of another type
                raise InvalidInputError(
                    f"{argument}={quoted(column)}: no such column; columns present: {listed}; the column is the "
                    f"{_kind(same)} {quoted(same)}, not the {_kind(column)} {quoted(column)}: pass "
                    f"{argument}={quoted(same)}")
            if column in [name for name in frame.index.names if name is not None]:
                # A DatetimeIndex named "date", set for resampling: pandas' groupby takes its
                # name, and the message listed the columns, "date" not among them, with no word.
                level = f"{quoted(column)}" if frame.index.nlevels > 1 else ""
                raise InvalidInputError(
                    f"{argument}={quoted(column)}: no such column; {quoted(column)} is the name of the data's index, "
                    f"not of a column: data.reset_index({level}) makes it one")
            twin = next((name for name in present if isinstance(column, str) and name != column
                         and composed(name) == composed(column)), None)
            hint = _closest(column, present)
            hint = frame.columns[present.index(hint)] if hint is not None else None  # as it is, not as text
            raise InvalidInputError(
                f"{argument}={quoted(column)}: no such column; columns present: {listed}"
                + (f". The column {quoted(twin)} is written with its accents encoded otherwise (Unicode "
                   f"{unicode_form(twin)}, not {unicode_form(column)}): pass its name as the file writes it, "
                   f"or rename it" if twin is not None else _separator_hint(frame, column)
                   or (f". Did you mean {quoted(hint)}?" if hint is not None else _sentences_hint(frame, argument)))
            )
        if column is not None and frame.columns.nlevels > 1 and not isinstance(column, tuple):
            # A MultiIndex takes one level's name as a key for every column under it.
            under = [c for c in frame.columns if c[0] == column]
            raise InvalidInputError(
                f"{argument}={quoted(column)} names {len(under)} column(s) of the data's MultiIndex columns, "
                f"{quoted_list(under, 5)}; pass one by its full name ({argument}={quoted(under[0])}) or flatten "
                f"the columns"
            )


# How many rows are read to find the column of statements: enough to judge, cheap on 200,000 rows.
COLUMN_SAMPLE = 1000


def sentence_column(frame: pd.DataFrame, leave_out: Any = None) -> tuple[Any, float] | None:
    """The column of ``frame`` (other than ``leave_out``) that holds sentences, and its texts'
    median number of words, or None: of its first :data:`COLUMN_SAMPLE` rows, half or more
    are text, whose median runs to five words or more (the longest median if several do).
    Words are counted by :func:`stance.text.count_words`: a run of Chinese characters or kana
    as words of two characters.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"id": [17, 18], "party": ["Labour", "Reform"],
    ...                       "speech": ["We stand together as one.", "Send Kyiv more air defence now."]})
    >>> sentence_column(frame)
    ('speech', 5.5)
    >>> sentence_column(frame, leave_out="speech") is None
    True
    """
    np = forksafe.imported("numpy")

    from .text import count_words, is_blank

    sample = frame.head(COLUMN_SAMPLE)
    best, best_words = None, 0.0
    for position, name in enumerate(sample.columns):
        if name == leave_out:
            continue
        texts = [value for value in sample.iloc[:, position].tolist() if isinstance(value, str) and not is_blank(value)]
        if not texts or len(texts) * 2 < len(sample):  # mostly no text: numbers, or empty
            continue
        # Words as a reader counts them: a sentence of Chinese or Japanese has no space in it.
        words = float(np.median([count_words(text) for text in texts]))
        if words >= 5 and words > best_words:
            best, best_words = name, words
    return None if best is None else (best, best_words)


def _separator_hint(frame: pd.DataFrame, column: Any) -> str:
    """For a ``column`` that names no column, the header read whole that holds it among names
    joined by a separator, and the separator to read the file with: Excel's "CSV" in a
    decimal-comma locale, read with pandas' default ``sep=","``, is one column named
    "id;speaker;text", which :func:`_sentences_hint` took for a column of statements.
    Empty when no column's name so holds it.

    >>> import pandas as pd
    >>> print(_separator_hint(pd.DataFrame({"id;party;text": ["1;SNP;We act now."]}), "text"))  # doctest: +ELLIPSIS
    . Column 'id;party;text' is a header of 3 names read as one: the file is separated by ';'; read it with \
pd.read_csv(path, sep=';'), or pass stance the file's path, which reads it so
    """
    if not isinstance(column, str):
        return ""
    for name in frame.columns:
        if not isinstance(name, str):
            continue
        for separator in (";", "\t", "|", ","):
            names = [part.strip().strip('"').lstrip("\ufeff") for part in name.split(separator)]
            if len(names) > 1 and column in names:
                return (f". Column {quoted(name)} is a header of {len(names)} names read as one: the file is "
                        f"separated by {separator!r}; read it with pd.read_csv(path, sep={separator!r}), or pass "
                        f"stance the file's path, which reads it so")
    return ""


def _sentences_hint(frame: pd.DataFrame, argument: str) -> str:
    """For a ``text_column`` that names no column, the column that holds sentences, as the
    one to pass: a Hansard export's "speech" or "body" under the default "text" was named
    among the columns present but not as the likely one. Empty for other arguments, or
    when no column holds sentences.

    >>> import pandas as pd
    >>> _sentences_hint(pd.DataFrame({"id": [1], "speech": ["We will stand with Ukraine."]}), "text_column")
    ". Column 'speech' holds sentences (5 words at the median): is it the column of statements? \
(text_column='speech')"
    """
    found = sentence_column(frame) if argument in ("text_column", "--text-column") else None
    if found is None:
        return ""
    name, words = found
    return (f". Column {quoted(name)} holds sentences ({words:g} words at the median): is it the column of "
            f"statements? ({argument}={quoted(name)})")


def _kind(name: Any) -> str:
    """What a column name is, in words: "text", "integer", or its type.

    >>> _kind("1"), _kind(1), _kind(1.5)
    ('text', 'integer', 'float')
    """
    if isinstance(name, str):
        return "text"
    if isinstance(name, numbers.Integral) and not isinstance(name, bool):
        return "integer"
    return type_name(name)


# Arguments that must name a column; the others (stance_column, groups) take None for "no column".
_REQUIRED_COLUMNS = ("text_column", "labels_column")


def _require_column_name(argument: str, column: Any, frame: pd.DataFrame | None = None) -> None:
    """Refuse what cannot name one column, before pandas or difflib fail on it (a list
    selects several columns; None named no column, for the text or labels; values, as
    :func:`values_for_a_name` says)."""
    from collections.abc import Hashable

    if column is None and argument in _REQUIRED_COLUMNS:
        raise InvalidTypeError(f"{argument} must name a column of the data, got None")
    if (message := values_for_a_name(argument, column, frame)) is not None:
        raise InvalidTypeError(message)
    if column is not None and not isinstance(column, Hashable):
        raise InvalidTypeError(f"{argument} must name one column (a str), got a {type_name(column)}: {quoted(column)}")


def values_for_a_name(argument: str, column: Any, frame: pd.DataFrame | None = None) -> str | None:
    """Why ``column``, given for the column argument ``argument``, is values and not a
    column's name, and what to pass instead; None when it is no such thing.

    A Series, an Index or an array given where pandas' ``groupby`` would take one
    (``by=scored.date.dt.to_period("M")``, ``text_column=frame.text``) was refused with its
    printed values, lines of them, and a ``pd.Grouper`` as "no such column". A Series that
    is a column of ``frame`` is named; other values are to be added as a column.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["We act."], "date": pd.to_datetime(["2024-02-20"])})
    >>> values_for_a_name("text_column", frame.text, frame)
    "text_column must name a column of the data, got the column's values (a Series): pass text_column='text'"
    >>> print(values_for_a_name("by", frame.date.dt.to_period("M"), frame))  # doctest: +NORMALIZE_WHITESPACE
    by must name a column of the data, got a Series of 1 value: add the values as a column and name it,
    e.g. data.assign(group=values) and by='group'
    >>> values_for_a_name("by", "date", frame) is None
    True
    """
    pd = forksafe.imported("pandas")
    np = forksafe.imported("numpy")

    if isinstance(column, pd.Grouper):
        return (f"{argument} must name a column of the data, got a pandas Grouper, which is not read: add the groups "
                f"as a column and name it, e.g. data.assign(month=data['date'].dt.to_period('M')) and "
                f"{argument}='month'")
    if not isinstance(column, (pd.Series, pd.Index, np.ndarray, pd.api.extensions.ExtensionArray)):
        return None
    name = getattr(column, "name", None)
    if (isinstance(column, pd.Series) and frame is not None and isinstance(name, str) and name in frame.columns
            and list(frame.columns).count(name) == 1 and column.index.equals(frame.index)
            and column.equals(frame[name])):
        return (f"{argument} must name a column of the data, got the column's values (a Series): pass "
                f"{argument}={quoted(name)}")
    named = {"text_column": "text", "labels_column": "labels", "stance_column": "stance"}.get(argument, "group")
    kind = ("a Series" if isinstance(column, pd.Series) else "an Index" if isinstance(column, pd.Index)
            else "an array")
    return (f"{argument} must name a column of the data, got {kind} of {len(column):,} "
            f"value{'s' if len(column) != 1 else ''}: add the values as a column and name it, e.g. "
            f"data.assign({named}=values) and {argument}={quoted(named)}")


def warn_if_stance_unused(frame: pd.DataFrame, stance_column: str | None, what: str,
                          labels_column: Any = None) -> None:
    """Say so when the data has a "stance" column and no stance column was asked for:
    ``stance_column=None`` means none, but the command line and evaluate take it by default.
    A column "Stance" or "stance " is said too: only "stance" itself is taken by default, and
    a hand-written header's other case left the stances out with no word. Not when that
    column is ``labels_column``: it is in use, and the advice trained a stance head on the
    labels themselves."""
    if stance_column is None and "stance" in frame.columns:
        if labels_column != "stance":
            warn(f"the data has a 'stance' column, which {what} leaves out because stance_column=None; "
                 f"pass stance_column='stance' to use it")
    elif stance_column is None:
        near = stance_spelt_otherwise(frame.columns)
        if near is not None and near != labels_column:
            warn(f"the data has a {quoted(near)} column, which {what} leaves out: only a column named 'stance' "
                 f"exactly is taken as the stances; pass stance_column={quoted(near)} (on the command line: "
                 f"--stance-column {shlex.quote(near)}) to use it")


def stance_column_apart(stance_column: Any, labels_column: Any, default: str | None = None) -> Any:
    """``stance_column``, unless it is ``labels_column``: a stance head trained or judged on
    the labels themselves only repeats them (stance metrics equal to the label metrics). The
    caller's ``default`` stance column ("stance") given so means the labels are named
    "stance" and there is no stance column (None); named on purpose, it is refused.

    >>> stance_column_apart("stance", "stance", default="stance"), stance_column_apart("stance", "labels")
    (None, 'stance')
    >>> stance_column_apart("stance", "stance")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: stance_column='stance' is the labels column too (labels_column='stance'): ...
    """
    from collections.abc import Hashable

    # A list or an array is no column name (refused as such later), and == on it is no bool.
    if not isinstance(stance_column, Hashable) or not isinstance(labels_column, Hashable):
        return stance_column
    if stance_column is None or stance_column != labels_column:
        return stance_column
    if stance_column == default:
        return None
    raise InvalidInputError(
        f"stance_column={quoted(stance_column)} is the labels column too (labels_column={quoted(labels_column)}): "
        f"a stance head on it would learn, and be judged on, the labels themselves; pass the column of the "
        f"stances, or {_NO_STANCE_HEAD} for none"
    )


def stance_spelt_otherwise(columns: Iterable[Any]) -> str | None:
    """The column that is "stance" in another case or with spaces around it, or None.

    >>> stance_spelt_otherwise(["text ", "Labels", "Stance"]), stance_spelt_otherwise(["stance", "Stance"])
    ('Stance', None)
    """
    names = [name for name in columns if isinstance(name, str)]
    if "stance" in names:
        return None
    return next((name for name in names if name.strip().casefold() == "stance"), None)


# The group, in ``evaluate(..., by=COLUMN)`` and ``profile(..., by=COLUMN)``, of the rows
# with no value in the column.
MISSING_GROUP = "(missing)"


def is_missing_group(value: Any) -> bool:
    """Whether a group value is none: missing, or blank text (a cell of spaces names no group).

    >>> is_missing_group(float("nan")), is_missing_group(" "), is_missing_group("speech"), is_missing_group(0)
    (True, True, False, False)
    """
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def refuse_missing_group_clash(values: Iterable[Any], argument: str) -> None:
    """Refuse group values holding both :data:`MISSING_GROUP` and missing ones, which would
    be two groups of one name."""
    values = list(values)
    named = any(isinstance(value, str) and value == MISSING_GROUP for value in values)  # pd.NA has no truth
    if named and any(is_missing_group(value) for value in values):
        raise InvalidInputError(f"{argument}: some rows have the value {MISSING_GROUP!r} and others none, which "
                                f"would be two groups of one name; rename the value")


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


def unicode_form(name: str) -> str:
    """How ``name``'s accents are encoded: "NFC" (composed, as most keyboards type them),
    "NFD" (decomposed, as macOS file names and some exports give them) or "mixed".

    >>> unicode_form("Grün"), unicode_form("Gru\u0308n"), unicode_form("Gru\u0308n Grün")
    ('NFC', 'NFD', 'mixed')
    """
    if unicodedata.is_normalized("NFC", name):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", name) else "mixed"


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


def clean_texts(values: Sequence[Any], index: Sequence[Any], column: str) -> list[str]:
    """Training texts: refuse missing, non-str or blank ones, naming the rows."""
    from .text import is_blank

    bad = [i for i, v in enumerate(values) if not isinstance(v, str) or is_blank(v)]
    if bad:
        coded = [i for i in bad if isinstance(values[i], bytes)]  # a DataFrame's (a file's are read as text)
        raise InvalidInputError(
            f"{column}: {row_names(index, bad)} {_have(bad)} no text (missing, blank or not a str"
            + (f"; {row_names(index, coded)} {'holds' if len(coded) == 1 else 'hold'} bytes: decode them"
               if coded else "")
            + "). Training refuses them rather than guess; drop those rows or fill in their text first"
        )
    return list(values)


def refuse_empty_rows(frame: pd.DataFrame, text_column: str) -> None:
    """Refuse rows empty in every column, saying so and what to do, beside any other rows
    without text: a spreadsheet saves rows below its data whose cells were once used
    (";;;;;;"), and named only as rows with "no text" they looked like rows that lost one.

    They are refused, not dropped, as every row without text is in training: ``stance check``
    writes a row for each of its input rows, and ``stance score`` scores them (flagged).

    >>> import pandas as pd
    >>> refuse_empty_rows(pd.DataFrame({"text": ["Send tanks.", None], "labels": ["arms", " "]}), "text")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: row 1 is empty in every column (...); delete those rows from the file
    """
    from .text import is_blank

    def empty(value: Any) -> bool:
        return is_blank(value) if isinstance(value, str) else is_missing(value)

    # Only a row without text can be empty in every column: the other columns are looked at
    # in those rows alone (walking every cell took seconds on a million rows).
    untexted = [i for i, value in enumerate(frame[text_column].tolist())
                if not isinstance(value, str) or is_blank(value)]
    if not untexted:
        return
    rows = [i for i, row in zip(untexted, frame.iloc[untexted].itertuples(index=False, name=None))
            if all(map(empty, row))]
    if not rows:
        return
    skipped = set(rows)
    untexted = [i for i in untexted if i not in skipped]
    index = named_rows(frame.index)
    raise InvalidInputError(
        f"{row_names(index, rows)} {'is' if len(rows) == 1 else 'are'} empty in every column (as a "
        f"spreadsheet saves rows below its data whose cells were once used); delete those rows from the file"
        + (f"; {row_names(index, untexted)} {_have(untexted)} no text in {quoted(text_column)}: drop those rows "
           f"or fill in their text" if untexted else ""))


def _have(positions: Sequence[int]) -> str:
    return "has" if len(positions) == 1 else "have"


def check_label_counts(label_sets: Sequence[tuple[str, ...]], minimum: int,
                       index: Sequence[Any] | None = None, hint: str = "", misspelt_only: bool = False) -> list[str]:
    """Return the sorted label names; refuse fewer than two, names that differ only in case,
    or a label with too few examples (naming its rows, and the label it may be a typo of).
    With ``misspelt_only`` (the data have other problems, such as rows without a label, whose
    labels may be the rare one's), only a rare label that looks like a misspelling of another.
    """
    counts = Counter(label for labels in label_sets for label in labels)
    if len(counts) < 2:
        with problem():  # with others, inside problems_together
            raise InvalidInputError(
                f"labels: need at least two different labels to train, got {quoted_list(sorted(counts))}"
            )
    index = list(range(len(label_sets))) if index is None else list(index)

    def positions(name: str) -> list[int]:
        return [i for i, labels in enumerate(label_sets) if name in labels]

    before = problems_found()
    with problem():
        refuse_odd_label_names(counts, label_sets, index)
    # A spelling refused as one name written two ways ("Gas" beside "gas") is not named as rare too.
    twinned = _twinned(counts) if problems_found() > before else set()
    rare = sorted(label for label, n in counts.items() if n < minimum and label not in twinned
                  and (not misspelt_only or rare_twin(label, [other for other in counts if other != label])))
    if rare:
        common = [label for label in counts if counts[label] >= minimum]
        spellings = _spellings(counts)
        twins = _rare_twins([label for label in rare if not _joined(label, spellings)
                             and rare_twin(label, common) is None], counts, minimum, index, positions)
        joins = _most_joined(rare, spellings)
        texts = not joins and _look_like_texts(rare, counts)
        shown, width = (3, 60) if texts else (QUOTED_VALUES, QUOTED_WIDTH)  # a few texts, cut as texts are
        details, gone_through = [], 0
        for label in rare:
            if len(details) == shown:  # a column of texts named as the labels has thousands
                break
            gone_through += 1
            if label in twins:  # named once, with the first of its spellings
                if twins[label]:
                    details.append(twins[label])
                continue
            rows = row_names(index, [i for i, labels in enumerate(label_sets) if label in labels], limit=3)
            if label in joins:  # the advice to join them with "|" follows, said once for all
                details.append(f"{quoted(label)} ({counts[label]}: {rows})")
                continue
            if (found := _joined(label, spellings)) is not None:  # "a;b" is no typo of "a;c": it joins labels
                joined, separators = found[0], " and ".join(repr(s) for s in found[1])
                details.append(f"{quoted(label)} ({counts[label]}: {rows}; the labels "
                               f"{' and '.join(quoted(name) for name in joined)} joined by {separators}? "
                               f"join them with '|', {quoted('|'.join(joined))})")
                continue
            typo_of = rare_twin(label, common)  # "201.1" beside "201.2" is another code, not a typo
            details.append(f"{quoted(label, width)} ({counts[label]}: {rows}"
                           + (f"; a typo of {quoted(typo_of)}?)" if typo_of else ")"))
        # Those not named, a group of spellings as one (its others, "", come after its first).
        more = sum(1 for label in rare[gone_through:] if twins.get(label) != "")
        few = (f"{len(rare)} of the {len(counts)} labels: " if more else "") + ", ".join(details)
        remedy = "add examples, correct typos or merge these labels"
        if joins:
            separators = " or ".join(repr(s) for s in sorted({s for _, joined_by in joins.values() for s in joined_by}))
            remedy = (f"most of these labels look like several labels joined by {separators}: if the statements "
                      f"take each of the labels joined, join them with '|' "
                      f"({quoted('|'.join(next(iter(joins.values()))[0]))}). Otherwise {remedy}")
        elif texts:
            remedy = f"most of these labels are long or in one row each, as texts are: {_SWAPPED} Otherwise {remedy}"
        with problem():
            raise InvalidInputError(
                f"labels: each label needs at least {minimum} examples; too few for {few}"
                f"{f' and {more} more' if more else ''}. {remedy[0].upper()}{remedy[1:]}{hint}"
            )
    return sorted(counts)


def _twinned(counts: Counter) -> set[str]:
    """The names of ``counts`` that are one name written two ways with another, as the
    refusals of :func:`refuse_odd_label_names` find them (in case, alphabets, spacing,
    separators, leading zeros).

    >>> sorted(_twinned(Counter(["Gas", "gas", "gas_", "wind", "07", "7", "8"])))
    ['07', '7', 'Gas', 'gas', 'gas_']
    """
    keys = (case_key, lookalike_key, spacing_key, separator_key,
            lambda name: unpadded(name) or f"\0{name}")
    return {name for key in keys for names in _twin_groups(counts, key) for name in names}


def check_training_rows(label_sets: Sequence[tuple[str, ...]], stances: Sequence[str | None] | None, minimum: int,
                        index: Sequence[Any] | None = None, *, hint: str = "", misspelt_only: bool = False
                        ) -> list[str]:
    """The checks training runs on rows :func:`prepare_training` read, in its order: labels
    joined by a comma or the like (warned), label names (see :func:`check_label_counts`),
    names one edit apart (warned), stance values (see :func:`check_stance_counts`); every
    refusal in one error (see :func:`problems_together`). Returns the sorted label names.
    ``misspelt_only``: the rows have other problems (see :func:`check_label_counts`)."""
    warn_of_joined_labels(label_sets, index)  # before a rare joined label is refused: it says why
    with problems_together():
        before = problems_found()
        names = check_label_counts(label_sets, minimum=minimum, index=index, hint=hint, misspelt_only=misspelt_only)
        if problems_found() == before:  # not of names refused ("renewables_" beside "renewables")
            warn_of_label_spellings(label_sets, index, minimum)
        if stances is not None:
            check_stance_counts(stances, minimum=minimum, index=index, misspelt_only=misspelt_only)
    return names


# Asked when the labels look like texts (see _look_like_texts).
_SWAPPED = ("did you swap the text and labels columns (text_column and labels_column; on the command line "
            "--text-column and --labels-column)?")


def _swap_question(label_sets: Sequence[tuple[str, ...]]) -> str:
    """What a refusal that is not of the labels adds when they look like texts, as the
    rare-label refusal asks (rare: in fewer than two rows, the fewest training ever needs);
    "" otherwise. With the columns swapped, the stance check came first and said only that
    the off-topic rows, every text a target, had no stance.

    >>> _swap_question([("gas",), ("gas",), ("wind",), ("wind",)])
    ''
    >>> _swap_question([(f"Statement {i} on wind farms",) for i in range(12)]).split(": ")[0]
    '; most labels are long or in one row each, as texts are'
    """
    counts = Counter(label for labels in label_sets for label in labels)
    if not _look_like_texts([label for label, n in counts.items() if n < 2], counts):
        return ""
    return f"; most labels are long or in one row each, as texts are: {_SWAPPED}"


def _look_like_texts(rare: Sequence[str], counts: Counter) -> bool:
    """Whether the rare labels ``rare`` look like a column of texts named as the labels:
    most labels are rare, and most of those are longer than a label is (over 8 words or 60
    characters) or, of more than 10, in one row each.

    >>> _look_like_texts(["gas"], Counter(gas=1, wind=9)), _look_like_texts(
    ...     [f"text {i}" for i in range(20)], Counter(f"text {i}" for i in range(20)))
    (False, True)
    """
    if len(rare) * 2 <= len(counts) or _most_joined(rare, _spellings(counts)):
        return False
    long = sum(1 for label in rare if len(label) > 60 or len(label.split()) > 8)
    once = sum(1 for label in rare if counts[label] == 1)
    return long * 2 > len(rare) or (len(rare) > QUOTED_VALUES and once * 2 > len(rare))


def check_fold_labels(label_sets: Sequence[tuple[str, ...]], splits: Sequence[tuple[Sequence[int], Sequence[int]]],
                      texts: Sequence[str], *, index: Sequence[Any] | None = None, grouped: bool = False,
                      fewer: Callable[[], int | None] | None = None) -> None:
    """Refuse cross-validation folds (``(train rows, test rows)`` each) whose training rows
    keep a single label, naming the fold and the held-out rows of the labels it lacks: its
    fit refused them as data with one label, naming neither. ``grouped``: the folds follow
    ``groups=`` (the remedy is then the groups, not the number of folds); ``fewer`` gives
    the most folds, fewer than these, that train (None when none do), which is suggested.

    >>> folds = [([0, 2], [1]), ([0, 1], [2])]  # fold 2 holds out the only 'b'
    >>> check_fold_labels([("a",), ("a",), ("b",)], folds, ["x", "y", "z"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: the training rows of fold 2 of 2 keep one label, 'a': every row ...
    """
    index = list(range(len(label_sets))) if index is None else list(index)
    totals = Counter(label for labels in label_sets for label in labels)
    for number, (train, _) in enumerate(splits, 1):
        kept = {label for i in train for label in label_sets[i]}
        if len(kept) >= 2 or len(totals) < 2:
            continue
        lost = sorted(set(totals) - kept)
        rows = {label: [i for i, labels in enumerate(label_sets) if label in labels] for label in lost}
        raise _FoldKeepsOne("labels", "label", "a model needs two labels to train", texts, index,
                            grouped, fewer).error(kept, lost, rows, totals, number, len(splits))


@dataclass(frozen=True)
class _FoldKeepsOne:
    """The error for a cross-validation fold whose training rows keep one class of ``what``
    (``"label"`` or ``"stance value"``), for :func:`check_fold_labels` and
    :func:`check_fold_stances`: the fold, the held-out rows of the classes it lacks, and a
    remedy that fits why they are held out together (one text copied, one group, or the
    draw, for which ``fewer`` gives the most folds that train). ``also`` ends the remedy."""

    name: str
    what: str
    needs: str
    texts: Sequence[str] | None
    index: Sequence[Any]
    grouped: bool = False
    fewer: Callable[[], int | None] | None = None
    also: str = ""

    def error(self, kept: Iterable[str], lost: list[str], rows: dict[str, list[int]], totals: Counter,
              number: int, of: int) -> InvalidInputError:
        kept = sorted(kept)
        keeps = f"one {self.what}, {quoted(kept[0])}" if kept else f"no {self.what}"
        detail = ", ".join(f"{quoted(value)} ({totals[value]}: {row_names(self.index, rows[value], limit=3)})"
                           for value in lost)
        return InvalidInputError(
            f"{self.name}: {_training_rows(number, of)} keep {keeps}: every row of {detail} is held "
            f"out in that fold, and {self.needs}; {self.remedy(lost, rows)}{self.also}"
        )

    def remedy(self, lost: list[str], rows: dict[str, list[int]]) -> str:
        named = ", ".join(quoted(value) for value in lost)
        if self.grouped:
            return f"put rows of {named} in other groups too"
        if self.texts is not None and all(len({text_key(self.texts[i]) for i in rows[value]}) == 1
                                          for value in lost):
            return (f"the rows of {named} hold one text{' each' if len(lost) > 1 else ''}, which stays in one "
                    f"fold whatever the number of folds; add rows of {named} with other texts")
        most = None if self.fewer is None else self.fewer()
        return (f"add rows of {named} with other texts (rows with the same text stay in one fold)"
                + ("" if most is None else f", or pass folds={most}, the most that train"))


def check_fold_counts(label_sets: Sequence[tuple[str, ...]], train_folds: Iterable[Sequence[int]], minimum: int,
                      folds: int, *, every_label: bool = False, hint: str = "",
                      index: Sequence[Any] | None = None, groups: Sequence[Any] | None = None) -> None:
    """Refuse cross-validation folds whose training rows keep fewer than ``minimum`` rows of a
    label, saying that the folds are the cause (the data as a whole may have enough), or,
    for a label with too few rows for any number of folds, naming its rows by ``index``
    (default: their positions) and advice that can work.

    ``every_label``: every label must be in every training fold (not only those it has).
    ``groups``: each row's group, when the folds hold out whole groups (see
    :func:`_fold_keeps_too_few`).

    >>> check_fold_counts([("a",), ("a",), ("b",), ("b",), ("b",)], [[0, 2, 3], [1, 2, 4]], 2, 2)
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: the training rows of fold 1 of 2 keep too few rows of 'a' (1 of 2) \
(need 2); no number of folds helps, since a fold that holds out one of its rows keeps too few: add rows of 'a' \
(2: rows 0, 1), or merge or drop them
    """
    index = list(range(len(label_sets))) if index is None else list(index)
    totals = Counter(label for labels in label_sets for label in labels)

    def described(label: str) -> str:
        rows = row_names(index, [i for i, labels in enumerate(label_sets) if label in labels], limit=3)
        return f"{quoted(label)} ({totals[label]}: {rows})"

    kepts = [Counter(label for i in train for label in label_sets[i]) for train in train_folds]
    shorts = [sorted(label for label in (totals if every_label else kept) if kept[label] < minimum)
              for kept in kepts]
    # Labels too rare for any number of folds are named at once, whichever folds keep too few
    # of them: named one fold at a time, they took a user a run each.
    stuck = sorted({label for short in shorts for label in short if totals[label] <= minimum})
    spread = None if groups is None else _group_counts(label_sets, groups)
    worst = stuck or _concentrated({label for short in shorts for label in short}, totals, spread, minimum)
    for number, (kept, short) in enumerate(zip(kepts, shorts), 1):
        if worst and not set(short) & set(worst):  # told first: a fold short of others would be told to fix less
            continue
        few = [label for label in short if totals[label] < minimum]
        if few:  # no number of folds leaves enough: the whole data has too few
            raise InvalidInputError(
                f"labels: too few rows of {', '.join(described(label) for label in few)} in all for any number of "
                f"folds: a training fold needs {minimum} rows of every label; add rows of these labels, or "
                f"correct, merge or drop them"
                + (hint if all(totals[label] >= 2 for label in few) else "")  # 2: the least any fold needs
            )
        if short:
            raise _fold_keeps_too_few("labels", short, kept, totals, number, folds, f" (need {minimum});",
                                      f"or add examples of these labels{hint}", minimum, described, hint,
                                      elsewhere=stuck, spread=spread)


def check_fold_stances(stances: Sequence[str | None] | None, splits: Sequence[tuple[Sequence[int], Sequence[int]]],
                       minimum: int, *, texts: Sequence[str] | None = None, index: Sequence[Any] | None = None,
                       name: str = "stance", grouped: bool = False,
                       fewer: Callable[[], int | None] | None = None, groups: Sequence[Any] | None = None) -> None:
    """Refuse cross-validation folds (``(train rows, test rows)`` each) whose training rows
    could not train a stance head, though the data as a whole can (:func:`check_stance_counts`
    has passed): one that keeps a single stance value (the only 'against' row held out),
    named and with a remedy as :func:`check_fold_labels` gives one (``texts``, ``grouped``
    and ``fewer`` as there), or, with three or more values, too few rows of one (``groups``
    as in :func:`check_fold_counts`). Each fold's fit refused them as if the data had one
    stance value, or named the rows by their place in the fold.

    >>> folds = [([0, 2], [1]), ([0, 1], [2])]  # fold 2 holds out the only 'against'
    >>> check_fold_stances(["favor", "favor", "against"], folds, 2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: stance: the training rows of fold 2 of 2 keep one stance value, 'favor': ...
    """
    if stances is None:
        return
    index = list(range(len(stances))) if index is None else list(index)
    totals = Counter(s for s in stances if s is not None)
    one = _FoldKeepsOne(name, "stance value", "a stance head needs two stance values to train", texts, index,
                        grouped, fewer, also=", or pass stance_column=None to leave the stance out")
    kepts = [Counter(stances[i] for i in train if stances[i] is not None) for train, _ in splits]
    stuck = sorted({value for kept in kepts if len(kept) > 2 for value in kept
                    if kept[value] < minimum and totals[value] <= minimum})  # named at once, as labels are
    spread = None if groups is None else _group_counts([(s,) if s is not None else () for s in stances], groups)
    worst = stuck or _concentrated({value for kept in kepts if len(kept) > 2 for value in kept
                                    if kept[value] < minimum}, totals, spread, minimum)
    for number, kept in enumerate(kepts, 1):
        if len(kept) < 2:
            lost = [value for value in sorted(totals) if not kept[value]]
            rows = {value: [i for i, s in enumerate(stances) if s == value] for value in lost}
            raise one.error(kept, lost, rows, totals, number, len(splits))
        short = sorted(value for value in kept if kept[value] < minimum) if len(kept) > 2 else []
        if short and (not worst or set(short) & set(worst)):
            def described(value: str) -> str:
                rows = [i for i, s in enumerate(stances) if s == value]
                return f"{quoted(value)} ({totals[value]}: {row_names(index, rows, limit=3)})"

            raise _fold_keeps_too_few(name, short, kept, totals, number, len(splits),
                                      f": with more than two stance values each needs {minimum};",
                                      "add examples, or merge these values", minimum, described, elsewhere=stuck,
                                      spread=spread)


def _group_counts(value_sets: Sequence[Iterable[str]], groups: Sequence[Any]) -> dict[str, Counter]:
    """How many rows of each value (label or stance value) each group holds, the groups by
    ``str`` as cross-validation's folds take them.

    >>> _group_counts([("a",), ("a", "b"), ("a",)], ["x", "y", "y"])
    {'a': Counter({'y': 2, 'x': 1}), 'b': Counter({'y': 1})}
    """
    counts: dict[str, Counter] = {}
    for values, group in zip(value_sets, groups):
        for value in values:
            counts.setdefault(value, Counter())[str(group)] += 1
    return counts


def _concentrated(values: Iterable[str], totals: Counter, spread: dict[str, Counter] | None,
                  minimum: int) -> list[str]:
    """The ``values`` whose rows sit in so few groups (``spread``, of :func:`_group_counts`)
    that the fold holding out their largest group keeps fewer than ``minimum``, at any
    number of folds: every group is held out by some fold, whole.

    >>> _concentrated(["a", "b"], Counter(a=5, b=6), {"a": Counter(x=3, y=2), "b": Counter(x=3, y=3)}, 3)
    ['a']
    """
    if spread is None:
        return []
    return sorted(value for value in values if totals[value] - max(spread[value].values()) < minimum)


def _fold_keeps_too_few(name: str, short: list[str], kept: Counter, totals: Counter, number: int, of: int,
                        need: str, remedy: str, minimum: int, described: Callable[[str], str],
                        also: str = "", elsewhere: Sequence[str] = (),
                        spread: dict[str, Counter] | None = None) -> InvalidInputError:
    """The error for fold ``number`` of ``of`` whose training rows keep too few rows of the
    labels or stance values ``short``: how many they keep of how many, what each needs
    (``need``, put right after the counts), and what to do: use more folds, or ``remedy``.

    More folds hold out fewer rows, but never none: a value with no more than ``minimum``
    rows keeps too few in any fold that holds one out. Such values alone are then named,
    with their rows (as ``described`` words a value), and the advice is to add rows or to
    merge or drop them, then ``also``, and so are those of ``elsewhere`` (such values that
    other folds keep too few of), at most 10 in all.

    With ``spread`` (each value's rows per group, when the folds hold out whole groups),
    more folds help only until each group is held out alone: a value whose largest group
    holds so many of its rows that the rest are too few is named with its groups, and the
    advice is rows in other groups (``also`` ends it); otherwise the number of groups is the
    number of folds advised.
    """
    stuck = [value for value in short if totals[value] <= minimum]
    detail = ", ".join(f"{quoted(value)} ({kept[value]} of {totals[value]})" for value in stuck or short)
    if stuck:
        others = [value for value in elsewhere if value not in stuck]
        named = sorted([*stuck, *others])
        more = f" and {len(named) - 10} more" if len(named) > 10 else ""
        also_others = ""
        if others:
            shown = [quoted(value) for value in others[:10]]
            listed = (", ".join(shown) + f" and {len(others) - 10} more" if len(others) > 10 else
                      " and ".join(filter(None, [", ".join(shown[:-1]), shown[-1]])))
            also_others = f" other folds keep too few of {listed} as well;"
        return InvalidInputError(
            f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need}{also_others} no number of "
            f"folds helps, since a fold that holds out one of its rows keeps too few: add rows of "
            f"{', '.join(described(value) for value in named[:10])}{more}, or merge or drop them{also}"
        )
    if spread is not None:
        concentrated = _concentrated(short, totals, spread, minimum)
        if concentrated:
            detail = ", ".join(f"{quoted(value)} ({kept[value]} of {totals[value]})" for value in concentrated)
            return InvalidInputError(
                f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} "
                + "; ".join(_held_out_together(value, totals[value], spread[value]) for value in concentrated)
                + f", so no number of folds helps: add rows of {', '.join(quoted(v) for v in concentrated)} in "
                f"other groups, or merge or drop {'it' if len(concentrated) == 1 else 'them'}"
                # A fold needs 2 at the least (threshold_folds=0): ``also`` cannot help one left fewer.
                + (also if all(totals[v] - max(spread[v].values()) >= 2 for v in concentrated) else "")
            )
        every = len({group for counts in spread.values() for group in counts})
        return InvalidInputError(
            f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} pass folds={every} or "
            f"more (each group held out alone, which keeps enough), {remedy}"
        )
    return InvalidInputError(
        f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} "
        f"use more folds (a training fold keeps (folds - 1) / folds of the rows), {remedy}"
    )


def _held_out_together(value: str, total: int, groups: Counter) -> str:
    """How the groups hold the ``total`` rows of ``value``, as :func:`_fold_keeps_too_few`
    says it of a value they concentrate: the groups with the most rows first, four named
    whole and of more three and how many it leaves out, and what the fold holding out the
    largest keeps.

    >>> print(_held_out_together("414", 5, Counter(m_fr=2, m_nl=3)))
    the 5 rows of '414' are concentrated in 2 groups ('m_nl' 3, 'm_fr' 2), and a fold that holds out 'm_nl' keeps \
2 of them
    """
    ranked = sorted(groups.items(), key=lambda item: (-item[1], item[0]))
    named = [f"{quoted(group)} {n}" for group, n in ranked]
    shown = ", ".join(named) if len(named) <= 4 else ", ".join(named[:3]) + f" and {len(named) - 3} more groups"
    largest, held = ranked[0]
    return (f"the {total} rows of {quoted(value)} are concentrated in {len(ranked)} "
            f"group{'s' if len(ranked) > 1 else ''} ({shown}), and a fold that holds out {quoted(largest)} keeps "
            f"{total - held} of them")


def _training_rows(number: int, of: int) -> str:
    """The training rows of a cross-validation fold, as the fold errors name them.

    >>> _training_rows(2, 5)
    'the training rows of fold 2 of 5'
    """
    return f"the training rows of fold {number} of {of}"


def check_stance_counts(stances: Sequence[str | None], minimum: int, name: str = "stance",
                        index: Sequence[Any] | None = None, *, folds: bool = False, misspelt_only: bool = False
                        ) -> None:
    """Refuse stance values that look like typos rather than classes, naming their rows
    (by ``index``, default their positions); warn of values spelt two ways, naming the
    rows of the rarer spelling (not inside :func:`conflicts_reported`: cross-validation and
    the label check have warned of the whole data, and each fold's fit would warn again,
    with the fold's counts).

    Two values that differ only in case ("Favor" and "favor") are refused; with more than
    two values, so is one with fewer than ``minimum`` examples, which would otherwise turn
    a favor/against head into a three-way one. With ``folds`` (the whole data of
    cross-validation or the label check, whose training folds each need ``minimum``), so
    is one with ``minimum`` rows that looks like a typo of another value: a fold that holds
    one of them out keeps too few, and the fold's refusal said to add rows of the typo.
    With ``misspelt_only`` (the data have other problems: rows without a label or a stance,
    whose stances may be the rare value's), only a rare value that looks like a typo of another.
    """
    counts = Counter(s for s in stances if s is not None)
    index = list(range(len(stances))) if index is None else list(index)

    def rows(value: str) -> str:
        return row_names(index, [i for i, s in enumerate(stances) if s == value], limit=3)

    before = problems_found()
    with problem():  # one problem of the names, the first found (a case twin is a separator twin too)
        _refuse_case_twins(counts, f"{name}: stance values", rows)
        _refuse_lookalike_twins(counts, f"{name}: stance values", index,
                                lambda value: [i for i, s in enumerate(stances) if s == value])
        _refuse_unwritable(counts, f"{name}: stance value")
        _refuse_control_characters(counts, f"{name}: stance value", rows)
        _refuse_invisible_twins(counts, f"{name}: stance values", index,
                                lambda value: [i for i, s in enumerate(stances) if s == value])
        _refuse_separator_twins(counts, f"{name}: stance values", index,
                                lambda value: [i for i, s in enumerate(stances) if s == value])
    # A value refused as one written two ways ("Favor" beside "favor") is not named as rare too.
    twinned = _twinned(counts) if problems_found() > before else set()
    rare = sorted(value for value, n in counts.items() if n < minimum and value not in twinned
                  and (not misspelt_only or _closest(value, [other for other in counts if other != value])))
    need, why = minimum, ""
    if folds and len(counts) > 2:
        kept = [value for value in counts if counts[value] > minimum]
        typos = [value for value in counts if counts[value] == minimum and _closest(value, kept) is not None]
        typos = [value for value in typos if value not in twinned]
        if typos:  # named as training names them, not as a fold's rows to add to
            rare, need = sorted(rare + typos), minimum + 1
            why = f" to cross-validate (each training fold needs {minimum}, and some fold holds one out)"
    if len(counts) > 2 and rare:
        common = [value for value in counts if counts[value] >= need]

        texts = _look_like_texts(rare, counts)  # a column of free text, named as the stance column by mistake
        shown, width = (3, 60) if texts else (QUOTED_VALUES, QUOTED_WIDTH)

        def described(value: str) -> str:
            typo_of = _closest(value, common) if len(rare) <= 10 else None
            return (f"{quoted(value, width)} ({counts[value]}: {rows(value)}"
                    + (f"; a typo of {quoted(typo_of)}?)" if typo_of else ")"))

        detail = ", ".join(described(value) for value in rare[:shown])
        if len(rare) > shown:
            detail += f" and {len(rare) - shown} more of {len(counts)} values"
        remedy = "Correct or merge these values"
        if texts:
            remedy = ("Most of these values are long or in one row each, as texts are: does the stance column "
                      "hold the texts? Otherwise correct or merge these values")
        with problem():
            raise InvalidInputError(
                f"{name}: with more than two stance values each needs at least {need} examples{why}; "
                f"too few for {detail}. {remedy}"
            )
    if not getattr(_conflicts, "reported", False) and problems_found() == before:  # not of values refused
        _warn_of_spelling_variants(counts, f"{name}: stance values", rows)


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


def warn_of_conflicting_duplicates(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                                   stances: Sequence[str | None] | None,
                                   index: Sequence[Any] | None = None) -> None:
    """Warn when one text (see :func:`text_key`) is given in several rows with different
    labels or stances (a file exported twice, or labelled by two annotators), naming the
    rows and the values. Training learns both readings, so the model is unsure of the text
    and of ones like it, and a check of the labels cannot tell which is right. Copies that
    agree are left alone: they only weigh the text more. Not inside :func:`conflicts_reported`,
    whose caller has warned of the whole data.
    """
    if getattr(_conflicts, "reported", False):
        return
    index = list(range(len(texts))) if index is None else list(index)

    def value(i: int) -> tuple[tuple[str, ...], str | None]:
        return label_sets[i], None if stances is None else stances[i]

    clashes = [rows for rows in duplicate_groups(texts) if len({value(i) for i in rows}) > 1]
    if not clashes:
        return
    details = []
    for rows in clashes[:SHOWN_CONFLICTS]:
        by_value: dict[tuple[tuple[str, ...], str | None], list[int]] = {}
        for i in rows:
            by_value.setdefault(value(i), []).append(i)
        found = ", ".join(f"{quoted(LABEL_SEPARATOR.join(labels))}{'' if stance is None else f' ({stance})'} in "
                          f"{row_names(index, where, limit=3)}" for (labels, stance), where in by_value.items())
        details.append(f"{_snippet(texts[rows[0]])}: {found}")
    more = f"; and {len(clashes) - SHOWN_CONFLICTS} more" if len(clashes) > SHOWN_CONFLICTS else ""
    texts_are = "1 text is" if len(clashes) == 1 else f"{len(clashes)} texts are"
    warn(f"{texts_are} given in several rows with different labels or stances: {'; '.join(details)}{more}. "
         f"The model learns both readings and is unsure of such a text; keep one row per text with the labels "
         f"you mean (correct or drop the others)")


def _snippet(text: str, width: int = 60) -> str:
    """A text as a warning quotes it: its key, cut to ``width`` characters.

    >>> _snippet("We stand together " * 5, 18), _snippet("We stand  together", 18)
    ("'We stand together…'", "'We stand together'")
    """
    return quoted(text_key(text), width)


def warn_of_unused_off_topic(off_topic: str | None, names: Iterable[str]) -> None:
    """Warn when the off-topic label ``off_topic`` is none of the labels ``names``, so that
    every label is a target. Not inside :func:`conflicts_reported`: a fold's training rows
    lacking it are not the data lacking it, and the caller warns of the whole data once its
    folds are found to train.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_unused_off_topic("Other", ["other", "energy"])
    ...     warn_of_unused_off_topic("none", ["none", "energy"])
    >>> [str(w.message) for w in caught]  # doctest: +NORMALIZE_WHITESPACE
    ["none_label='Other' is the label of no row, so every label is a target; labels are matched exactly:
    did you mean none_label='other'?"]
    """
    names = list(names)
    if off_topic is None or off_topic in names or getattr(_conflicts, "reported", False):
        return
    # Matched exactly: "Other" for a label "other" left every row of it a target.
    near = _closest(off_topic, names)
    warn(f"none_label={quoted(off_topic)} is the label of no row, so every label is a target; "
         + (f"labels are matched exactly: did you mean none_label={quoted(near)}?" if near else
            "if your off-topic label has another name, pass it as none_label "
            "(none_label=None for a scheme without one)"))


def check_whole_data(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                     stances: Sequence[str | None] | None, minimum: int, index: Sequence[Any],
                     stance_name: str = "stance", rare_below: int = 0) -> None:
    """The checks of the whole data that cross-validation and the label check run before
    drawing folds, in the order training runs them, so that one bad file is told the same
    first thing by both: labels joined by a separator (warned), label names written two
    ways (refused, as training refuses them; not a label of fewer than ``rare_below`` rows,
    which the label check sets apart as a rare label, suggesting the other spelling),
    stance values with too few rows, or typos with too few for the folds (refused), or spelt
    two ways (warned), then texts given with different labels (warned), rows named by
    ``index``. Each fold's fit, inside :func:`conflicts_reported`, warns of none of them again."""
    warn_of_joined_labels(label_sets, index)
    refuse_whole_data(label_sets, stances, minimum, index, stance_name, rare_below)
    warn_of_label_spellings(label_sets, index, max(minimum, rare_below))
    warn_of_conflicting_duplicates(texts, label_sets, stances, index)


def refuse_whole_data(label_sets: Sequence[tuple[str, ...]], stances: Sequence[str | None] | None, minimum: int,
                      index: Sequence[Any], stance_name: str = "stance", rare_below: int = 0,
                      misspelt_only: bool = False) -> None:
    """The refusals of :func:`check_whole_data`: label names written two ways, stance values
    too rare or written two ways, each named in one error (see :func:`problems_together`);
    ``misspelt_only``: the rows have other problems (see :func:`check_stance_counts`)."""
    counts = Counter(label for labels in label_sets for label in labels)
    with problems_together():
        with problem():
            refuse_odd_label_names(Counter({label: n for label, n in counts.items() if n >= rare_below}), label_sets,
                                   index)
        if stances is not None:
            check_stance_counts(stances, minimum, name=stance_name, index=index, folds=True,
                                misspelt_only=misspelt_only)


# The refusals this thread's open problems_together block has kept (see problem()).
_together = threading.local()


@contextmanager
def problems_together(names: dict[str, str] | None = None) -> Iterator[None]:
    """Inside the block, the refusal (:class:`InvalidInputError`) of each :func:`problem`
    block is kept, not raised, and the checks after it run on; at the end of the outermost
    block, the refusals kept are raised as one, a problem a line under "3 problems:" (one
    alone as it is). So a file's independent mistakes (a blank label, a missing stance, a
    label in another case…) are named in one run, not one a run. A refusal raised outside
    any problem block inside it joins them too.

    ``names`` maps what the checks of whole columns call one ("labels", "stance") to what the
    caller calls it ("labels_column='code'"), so that each problem of a column names it alike;
    the joined error's ``problems`` holds the problems' lines.

    >>> with problems_together({"labels": "labels_column='code'"}):
    ...     with problem():
    ...         raise InvalidInputError("labels_column='code': row 2 has no label")
    ...     with problem():
    ...         raise InvalidInputError("labels: label names differ only in case: 'Gas' (1: row 3) and 'gas' (9)")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: 2 problems:
      (1) labels_column='code': row 2 has no label
      (2) labels_column='code': label names differ only in case: 'Gas' (1: row 3) and 'gas' (9)
    """
    outer = getattr(_together, "found", None)
    found: list[InvalidInputError] = [] if outer is None else outer
    called: dict[str, str] = {} if outer is None else _together.names
    for generic, name in (names or {}).items():
        called.setdefault(generic, name)
    _together.found, _together.names = found, called
    try:
        yield
    except InvalidInputError as error:
        if outer is not None or not found:
            raise
        found.append(error)
    finally:
        _together.found = outer
    if outer is None and found:
        if len(found) == 1:
            raise _problem_named(found[0], called)
        raise _problems_as_one(found, called)


def _problem_named(error: InvalidInputError, names: dict[str, str]) -> InvalidInputError:
    """``error``, one refusal of a whole column ("labels: label names differ only in case…"),
    naming the column as ``names`` call it when that is not what it says already: of a column
    ``code``, "labels_column='code': …"; of one called ``labels``, as it was.

    >>> str(_problem_named(InvalidInputError("labels: two names"), {"labels": "labels_column='code'"}))
    "labels_column='code': two names"
    >>> str(_problem_named(InvalidInputError("labels: two names"), {"labels": "labels_column='labels'"}))
    'labels: two names'
    """
    line = _line_named(str(error), names)
    if line == str(error):
        return error
    renamed = type(error)(line)
    renamed.__dict__.update(error.__dict__)
    return renamed


def _line_named(line: str, names: dict[str, str]) -> str:
    """``line``, a problem of a whole column, naming the column as ``names`` call it, unless
    that is what it says already (see :func:`_problem_named`)."""
    generic, _, rest = line.partition(": ")
    name = names.get(generic)
    if not rest or name is None or name == f"{generic}_column={quoted(generic)}":
        return line
    return f"{name}: {rest}"


def columns_named(error: InvalidInputError, names: dict[str, str]) -> InvalidInputError:
    """``error``, raised by checks of whole columns that call them "labels" and "stance", or
    by :func:`problems_together` with several such problems, naming each column as the caller
    calls it (``names``: {"labels": "labels_column='code'"}): stance.train of columns ``code``
    and ``pos`` said "labels: label names differ only in case…", which column left to guess.

    >>> names = {"labels": "labels_column='code'", "stance": "stance_column='pos'"}
    >>> print(columns_named(_problems_as_one([InvalidInputError("labels: a"), InvalidInputError("stance: b")], {}),
    ...                     names))
    2 problems:
      (1) labels_column='code': a
      (2) stance_column='pos': b
    """
    lines = getattr(error, "problems", None)
    if not lines:
        return _problem_named(error, names)
    return _problems_as_one([InvalidInputError(_line_named(line, names)) for line in lines], {})


def _problems_as_one(found: Sequence[InvalidInputError], names: dict[str, str]) -> InvalidInputError:
    """The refusals ``found`` as one error, a problem a line, each column named as ``names``
    name it (see :func:`problems_together`). Their clauses are joined by "; " within a
    problem, so problems so joined ran together on one line of 900 characters."""
    lines = []
    for error in found:
        line = str(error).splitlines()[0]
        generic, _, rest = line.partition(": ")
        lines.append(f"{names[generic]}: {rest}" if rest and generic in names else line)
    joined = InvalidInputError(f"{len(found)} problems:\n" + "\n".join(f"  ({n}) {line}"
                                                                      for n, line in enumerate(lines, 1)))
    joined.problems = lines  # for the command line, to say each in its words
    return joined


@contextmanager
def problem() -> Iterator[None]:
    """A check whose refusal, inside :func:`problems_together`, is kept to be raised with the
    others at its end; outside one, raised as it comes."""
    found = getattr(_together, "found", None)
    try:
        yield
    except InvalidInputError as error:
        if found is None:
            raise
        found.append(error)


def problems_found() -> int:
    """How many refusals the open :func:`problems_together` block has kept (0 outside one)."""
    return len(getattr(_together, "found", None) or ())


@contextmanager
def conflicts_reported():
    """Inside the block, training gives no warning of conflicting duplicates, joined labels,
    stances on off-topic rows, stance values spelt two ways or an off-topic label of no row:
    the caller (cross-validation, the label check) has warned of the whole data, naming its
    rows by its index, and each fold's fit would name them again by their place in the fold,
    with the fold's counts (or find a label of the data missing from a fold's rows)."""
    outer = getattr(_conflicts, "reported", False)
    _conflicts.reported = True
    try:
        yield
    finally:
        _conflicts.reported = outer


def content_order(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                  stances: Sequence[str | None] | None) -> list[int]:
    """Row positions sorted by the rows' content (text, its line ends read as "\\n", labels,
    stance): what training fits in, and what folds are drawn from, so that the same rows in
    another order, or re-saved with other line ends, give the same model and the same folds.

    >>> content_order(["b", "a", "b"], [("x",), ("x",), ("w",)], None)
    [1, 2, 0]
    """
    return sorted(range(len(texts)), key=lambda i: (lf_line_ends(texts[i]), label_sets[i], "" if stances is None else
                                                    stances[i] or ""))


def lf_line_ends(text: str) -> str:
    r"""``text`` with its line ends as "\n" ("\r\n" and a lone "\r" alike), as the training
    data's digest and content order read it.

    A file re-saved with CRLF line ends (Excel on Windows, git's core.autocrlf) keeps a
    multi-line text's line breaks as "\r\n". The analyzer reads no whitespace, so the model
    is the same; the digest of the training data, read so, is the same too, and a reviewer
    can tell that the same statements were used.

    >>> lf_line_ends("one\r\ntwo\rthree\nfour")
    'one\ntwo\nthree\nfour'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def shuffled_folds(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                   stances: Sequence[str | None] | None, folds: int, random_state: int) -> tuple[list, list[str]]:
    """The test rows of ``folds`` folds drawn at random over the rows in :func:`content_order`
    (so the same rows in another order give the same folds), stratified by primary label,
    each sorted; and the primary labels with fewer than ``folds`` texts, which some test
    folds hold none of (each of their texts is held out in a fold of its own).

    Rows that hold one text (see :func:`text_key`) are drawn as one, into one fold: split
    between training and test, a copy would be tested on a model that learnt it, which
    inflated the figures (or, labelled otherwise, confused them). Without such rows the
    folds are those of drawing each row alone.

    >>> shuffled_folds(["a", "b", "c", "d"], [("x",), ("y",), ("x",), ("y",)], None, 2, 0)[1]
    []
    >>> [test.tolist() for test in shuffled_folds(["a", "b", "a ", "c"], [("x",)] * 4, None, 2, 0)[0]]
    [[1, 3], [0, 2]]
    """
    import numpy as np

    StratifiedKFold = forksafe.imported("sklearn.model_selection").StratifiedKFold

    ordered = content_order(texts, label_sets, stances)
    copies = _rows_of_each_text(texts, ordered)
    if copies is not None:  # draw the first row of each text; its fold takes the others
        if len(copies) < 2:
            raise InvalidInputError(
                f"folds={folds}: every row holds the same text, which cannot be split into folds (rows with the "
                f"same text stay in one fold); add rows with other texts")
        if len(copies) < folds:
            raise InvalidInputError(
                f"folds={folds}: the data hold {len(copies)} different texts, fewer than the folds (rows with "
                f"the same text stay in one fold); pass folds={len(copies)} or fewer")
        ordered = [rows[0] for rows in copies]
    ordered = np.asarray(ordered, dtype=np.int64)
    primary = np.array([row[0] if row else "" for row in label_sets], dtype=object)
    counts = Counter(primary[ordered].tolist())
    rare = sorted(label for label, count in counts.items() if count < folds)
    if rare:  # drawn unstratified, 3 to 5 rows of a label often shared a test fold: too few trained
        tests = [ordered[test] for test in _stratified_draw(primary[ordered].tolist(), folds, random_state)]
    else:  # as always, so that the folds (and the bundled model's figures) do not move
        drawn = StratifiedKFold(n_splits=folds, shuffle=True, random_state=random_state).split(
            ordered, primary[ordered])
        tests = [ordered[test] for _, test in drawn]
    if copies is not None:
        rows_of = {rows[0]: rows for rows in copies}
        tests = [np.asarray([j for i in test.tolist() for j in rows_of[i]], dtype=np.int64) for test in tests]
    return [np.sort(test) for test in tests], rare


def _stratified_draw(labels: Sequence[str], folds: int, random_state: int) -> list:
    """The positions in ``labels`` held out by each of ``folds`` folds, stratified even where a
    label has fewer than ``folds`` positions (scikit-learn's StratifiedKFold refuses data in
    which every label has, and warns of one): the labels, in an order drawn at random, each
    its positions shuffled, are dealt out in turn, so each fold holds out ``n // folds`` or one
    more of a label's ``n`` positions (one at most, where ``n <= folds``), and the folds'
    sizes differ by one at most.

    >>> [test.tolist() for test in _stratified_draw(["x", "x", "y", "y", "y", "z"], 3, 0)]
    [[3, 5], [0, 4], [1, 2]]
    """
    import numpy as np

    rng = np.random.RandomState(random_state)
    positions = np.asarray(labels, dtype=object)
    dealt = [rng.permutation(np.flatnonzero(positions == label)) for label in rng.permutation(sorted(set(labels)))]
    fold_of = np.empty(len(labels), dtype=np.int64)
    fold_of[np.concatenate(dealt)] = np.arange(len(labels)) % folds
    return [np.flatnonzero(fold_of == fold) for fold in range(folds)]


def _rows_of_each_text(texts: Sequence[str], ordered: Sequence[int]) -> list[list[int]] | None:
    """The rows holding each text (see :func:`text_key`), in the order ``ordered`` gives them
    and their texts; None when no two rows hold one text (the common case, found with a set).

    >>> _rows_of_each_text(["b", "a", "b ", "c"], [1, 0, 2, 3]), _rows_of_each_text(["a", "b"], [0, 1])
    ([[1], [0, 2], [3]], None)
    """
    keys = repeated_text_keys(texts)
    if keys is None:
        return None
    rows: dict[str, list[int]] = {}
    for i in ordered:
        rows.setdefault(keys[i], []).append(i)
    return list(rows.values())


def fingerprint(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                stances: Sequence[str | None] | None) -> str:
    """SHA-256 of the training rows, in any order (the model does not depend on it), recorded
    in the model's metadata, each text's line ends as "\\n" (see :func:`lf_line_ends`)."""
    records = sorted(f"{lf_line_ends(text)}\x1f{'|'.join(labels)}\x1f"
                     f"{(stances[i] if stances is not None else None) or ''}\x1e"
                     for i, (text, labels) in enumerate(zip(texts, label_sets)))
    digest = hashlib.sha256()
    for record in records:
        digest.update(record.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def warn_of_na_labels(labels: Sequence[Any], label_sets: Sequence[tuple[str, ...]], index: Sequence[Any],
                      labels_name: str, none_label: str | None) -> None:
    """Warn that rows whose ``labels`` cell, as text, names the label "NA" (``label_sets``, the
    cells read) train a label called "NA": R's missing value as R writes it
    unquoted (``write.csv(quote = FALSE)``, ``write.table``) and as pandas' ``to_csv(na_rep="NA")``
    does. Read as text where the texts are not quoted (a file cannot tell it from a statement or
    label "NA" then; see :func:`stance.delimited.r_missing_rows`), it trained without a word, where
    a stance "NA" is refused as the missing value it is. Not when "NA" is the off-topic label,
    nor inside :func:`conflicts_reported` (a fold's fit: the caller warned of the whole data),
    nor of label sets given as such (``("NA",)``, as ``stance.train`` gives the rows it read
    and warned of to the fit): a cell of text is what a file gives.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_na_labels(["gas", "NA", "gas|NA"], [("gas",), ("NA",), ("gas", "NA")], "abc", "labels", "none")
    ...     warn_of_na_labels(["gas", "NA"], [("gas",), ("NA",)], "ab", "labels", "NA")
    ...     warn_of_na_labels([("gas",), ("NA",)], [("gas",), ("NA",)], "ab", "labels", "none")
    >>> len(caught), str(caught[0].message)  # doctest: +ELLIPSIS
    (1, "labels: rows 'b', 'c' have the label 'NA', R's missing value as R writes it unquoted ...")
    """
    if none_label == R_MISSING or getattr(_conflicts, "reported", False):
        return
    rows = [i for i, (cell, row) in enumerate(zip(labels, label_sets)) if isinstance(cell, str) and R_MISSING in row]
    if not rows:
        return
    warn(f"{labels_name}: {row_names(index, rows, limit=5)} {_have(rows)} the label {R_MISSING!r}, R's missing "
         f"value as R writes it unquoted (and pandas' to_csv(na_rep='NA')), which is trained as a label called "
         f"{R_MISSING!r}: if {'that row has' if len(rows) == 1 else 'those rows have'} no label, give "
         f"{'it one' if len(rows) == 1 else 'each one'} or drop {'it' if len(rows) == 1 else 'them'} (R writes a "
         f"missing value that stance reads as one where it quotes the texts: write.csv's default); if 'NA' is your "
         f"label for a statement that takes no position, pass none_label='NA' (on the command line: --none-label NA)")


def warn_of_off_topic_stances(ignored: dict[int, str], classes: Iterable[str] | None, index: Sequence[Any],
                              none_label: str | None, stance_name: str = "stance") -> None:
    """Warn that the stances given on off-topic rows (``ignored``, each row's position and
    value) are ignored, naming the rows by ``index``, and, in training, which values are
    dropped from the stance classes as a result (those not among ``classes``, the values of
    rows with a target; None: not training): a "neutral" given to every off-topic row
    vanished without a word. Not inside :func:`conflicts_reported`, whose caller has warned
    of the whole data.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_off_topic_stances({1: "neutral"}, {"favor", "against"}, ["a", "b"], "none")
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    stance: row 'b' has the off-topic label 'none' and a stance ('neutral'), which is ignored: ..., so 'neutral', ...
    """
    if getattr(_conflicts, "reported", False):
        return
    rows = list(ignored)
    values = sorted(set(ignored.values()))
    dropped = [] if classes is None else [value for value in values if value not in set(classes)]
    shown = ", ".join(quoted(value) for value in values[:5]) + (" …" if len(values) > 5 else "")
    dropping = ""
    if dropped:
        names = ", ".join(quoted(value) for value in dropped[:5])
        dropping = f", so {names}, given to off-topic rows only, {'is' if len(dropped) == 1 else 'are'} dropped " \
                   f"from the stance classes"
    warn(f"{stance_name}: {row_names(index, rows, limit=3)} {_have(rows)} the off-topic label {quoted(none_label)} "
         f"and a stance ({shown}), which is ignored: an off-topic statement takes no position{dropping}; if the stance "
         f"is meant as a class of its own, give those rows a target")


def off_topic_lookalike(label: str, none_label: str | None) -> str | None:
    """How ``label`` looks like the off-topic label ``none_label`` without being it, in words
    that follow "row 5's label 'NONE'": it differs only in case, or looks like a misspelling
    of it (as :func:`rare_twin` finds one); None when it is the label, or not like it.

    >>> off_topic_lookalike("NONE", "none")
    "differs from the off-topic label 'none' only in case"
    >>> off_topic_lookalike("nnoe", "none"), off_topic_lookalike("none", "none"), off_topic_lookalike("gas", "none")
    ("looks like a misspelling of the off-topic label 'none'", None, None)
    """
    if none_label is None or label == none_label or rare_twin(label, [none_label]) is None:
        return None
    if name_key(label) == name_key(none_label):
        return f"differs from the off-topic label {quoted(none_label)} only in case"
    return f"looks like a misspelling of the off-topic label {quoted(none_label)}"


# Spelt on the command line as its --help spells it ('none' to skip).
_NO_STANCE_HEAD = "stance_column=None (on the command line: --stance-column none)"


def off_topic_lookalikes(label_sets: Sequence[tuple[str, ...]], rows: Sequence[int], index: Sequence[Any],
                         none_label: str | None) -> tuple[list[str], dict[str, list[int]]]:
    """Of ``rows``, those whose label looks like the off-topic label without being it ("NONE",
    "nnoe": see :func:`off_topic_lookalike`), as words for each such label ("row 5's label
    'NONE' differs from the off-topic label 'none' only in case"), and the rows of each label.
    Training says so of rows with a target but no stance, and evaluate of gold rows alike.

    >>> off_topic_lookalikes([("NONE",), ("gas",), ("NONE",)], [0, 1, 2], ["a", "b", "c"], "none")[0]
    ["the label 'NONE' of rows 'a', 'c' differs from the off-topic label 'none' only in case"]
    """
    by_label: dict[str, list[int]] = {}
    for i in rows:
        if label_sets[i] and off_topic_lookalike(label_sets[i][0], none_label):
            by_label.setdefault(label_sets[i][0], []).append(i)

    def whose(label: str, rows: list[int]) -> str:
        return (f"{row_names(index, rows)}'s label {quoted(label)}" if len(rows) == 1 else
                f"the label {quoted(label)} of {row_names(index, rows, limit=3)}")

    named = [f"{whose(label, rows)} {off_topic_lookalike(label, none_label)}" for label, rows in by_label.items()]
    return named, by_label


def _why_no_stance(label_sets: Sequence[tuple[str, ...]], missing: list[int], index: Sequence[Any],
                   none_label: str | None) -> str:
    """What to do about the ``missing`` rows, which have a target but no stance: an off-topic
    label miswritten ("NONE", "nnoe") is named as such, since the stance is missing because
    the row takes no position; so is the off-topic label under another name, when every such
    row has one label (every off-topic row "None", say); else every row with a target needs
    a stance value."""
    named, by_label = off_topic_lookalikes(label_sets, missing, index, none_label)
    advice = []
    if named:
        advice.append(f"{'; '.join(named)}; write the label {quoted(none_label)} if the statement takes no position, "
                      f"else give the row a stance value")
    if sum(len(rows) for rows in by_label.values()) < len(missing):  # rows of other labels too
        advice.append("give every row with a target a stance value")
    shared = {label_sets[i][0] for i in missing}
    if len(shared) == 1 and len(missing) > 1:
        # Off-topic rows have no stance: if the stance-less rows share one label, it is
        # probably the scheme's off-topic label under another name.
        import shlex

        label = shared.pop()
        advice[-1] += (f"; if {quoted(label)} is your off-topic label, pass none_label={quoted(label)} "
                       f"(on the command line: --none-label {shlex.quote(label)})")
    return "; ".join(advice)


def prepare_training(
    texts: Sequence[Any],
    labels: Sequence[Any],
    stances: Sequence[Any] | None,
    *,
    index: Sequence[Any] | None = None,
    text_name: str = "X",
    labels_name: str = "y",
    stance_name: str = "stance",
    none_label: str | None = "none",
    rare_below: int = 0,
    then: Callable[[list[str], list[tuple[str, ...]], list[str | None] | None], Any] | None = None,
) -> tuple[list[str], list[tuple[str, ...]], list[str | None] | None]:
    """Validate training rows; return texts, label tuples and stances (None for off-topic).

    Stances given for off-topic rows are ignored, since they take no position. A row with a
    label given to fewer than ``rare_below`` rows may lack a stance: the label check sets
    such rows apart as rare labels (a miswritten off-topic label, most often) unfitted.

    Every problem of the rows is refused in one error (see :func:`problems_together`): texts
    missing, labels missing or joined, stances missing. When there is one, ``then``, the
    checks the caller runs next on rows that pass (the label names and counts, the stance
    values), runs on what was read, so that its refusals are named in the same error: a
    batch with five mistakes took five runs to clear, one refusal a run.
    """
    if len(texts) != len(labels) or (stances is not None and len(stances) != len(texts)):
        raise InvalidInputError(
            f"{text_name}, {labels_name}"
            + (f" and {stance_name}" if stances is not None else "")
            + f" must have the same length, got {len(texts)}, {len(labels)}"
            + (f" and {len(stances)}" if stances is not None else "")
        )
    index = list(range(len(texts))) if index is None else list(named_rows(index))
    # The checks of whole columns call them "labels" and "stance": the rows' problems, the caller's names.
    with problems_together({"labels": labels_name, "stance": stance_name}):
        before = problems_found()
        clean = [text if isinstance(text, str) else "" for text in texts]
        with problem():
            clean = clean_texts(list(texts), index, text_name)
        label_sets = [parse_label_set(value) for value in labels]
        warn_of_codes_read_as_numbers(labels, labels_name)
        # Read as names, they come back as text: said once a fit, as the folds' fits say nothing.
        warn_of_names_given_as_numbers(labels, labels_name)
        if stances is not None:
            warn_of_names_given_as_numbers(stances, stance_name, "stance values")
        none_label = off_topic_as_written(none_label, label_sets)  # "000" is the "0" of codes read as numbers
        warn_of_na_labels(labels, label_sets, index, labels_name, none_label)
        with problem():
            _refuse_float_twins(labels, index, f"{labels_name}: label names")
        with problem():
            _refuse_label_sets(label_sets, index, labels_name, none_label)
        kept = None if stances is None else _stances_kept(label_sets, list(stances), index, stance_name, none_label,
                                                          rare_below)
        if then is not None and problems_found() > before:  # what the caller would refuse next, said now
            # A row's "NONE", named above as the off-topic label miswritten on a row without a
            # stance, is read as that label: not refused again, as a label in another case.
            read = label_sets if kept is None else [
                (none_label,) if row and kept[i] is None and off_topic_lookalike(row[0], none_label) else row
                for i, row in enumerate(label_sets)]
            with problem():
                then(clean, read, kept)
    return clean, label_sets, kept


def refuse_off_topic_beside_targets(label_sets: Sequence[tuple[str, ...]], index: Sequence[Any],
                                    none_label: str | None, labels_name: str, advice: str = "") -> None:
    """Refuse rows that give the off-topic label beside a target ("602|000"): such a row says
    both that the statement takes no position and that it takes one. Training refuses them,
    and :func:`stance.evaluate` their gold labels, which it scored as whichever came first;
    ``advice`` ends the message.

    >>> refuse_off_topic_beside_targets([("602",), ("000",)], [0, 1], "000", "labels")
    >>> refuse_off_topic_beside_targets([("602", "000")], [0], "000", "labels")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: row 0 combines '000' with other labels; '000' means the \
statement takes no position, so it stands alone
    """
    if none_label is None:
        return
    mixed = [i for i, row in enumerate(label_sets) if none_label in row and len(row) > 1]
    if mixed:
        raise InvalidInputError(
            f"{labels_name}: {row_names(index, mixed)} combine{'s' if len(mixed) == 1 else ''} "
            f"{quoted(none_label)} with other labels; "
            f"{quoted(none_label)} means the statement takes no position, so it stands alone{advice}"
        )


def _refuse_label_sets(label_sets: Sequence[tuple[str, ...]], index: Sequence[Any], labels_name: str,
                       none_label: str | None) -> None:
    """Refuse rows without a label, a label holding the separator "|", or the off-topic label
    beside others, each a problem of its own (see :func:`problems_together`)."""
    unlabelled = [i for i, row in enumerate(label_sets) if not row]
    if unlabelled:
        off_topic = (f" (the no-position label, {quoted(none_label)}, for a statement that takes none)"
                     if none_label else "")
        with problem():
            raise InvalidInputError(f"{labels_name}: {row_names(index, unlabelled)} {_have(unlabelled)} no label; "
                                    f"give each row a label{off_topic} or drop it")
    # Given as lists, a label could hold the separator and come back from score() as two.
    joined = [i for i, row in enumerate(label_sets) if any(LABEL_SEPARATOR in label for label in row)]
    if joined:
        with problem():
            raise InvalidInputError(
                f"{labels_name}: {row_names(index, joined)} {_have(joined)} a label containing "
                f"{LABEL_SEPARATOR!r}, which separates labels; rename it or pass the labels as 'a|b'"
            )
    refuse_off_topic_beside_targets(label_sets, index, none_label, labels_name)


def _stances_kept(label_sets: Sequence[tuple[str, ...]], stances: list[Any], index: Sequence[Any],
                  stance_name: str, none_label: str | None, rare_below: int) -> list[str | None]:
    """Each row's stance as training takes it (None for an off-topic row, whose stance is
    ignored, with a warning); refuses rows with a target but no stance (not of a row without
    a label, refused as such, nor of a label of fewer than ``rare_below`` rows), and fewer
    than two stance values."""
    if len({label for row in label_sets for label in row}) < 2:
        # One label leaves nothing to train, stances or not: say so before what its stances lack.
        with problem():
            check_label_counts(label_sets, 0, index)
    kept: list[str | None] = []
    missing = []
    counts = Counter(label for row in label_sets for label in row)
    ignored: dict[int, str] = {}
    for i, (row, value) in enumerate(zip(label_sets, map(stance_value, stances))):
        if not row or row[0] == none_label:  # no label: refused as such, its stance unread
            kept.append(None)
            if row and value is not None:
                ignored[i] = value
        elif value is None:
            kept.append(None)
            if not any(counts[label] < rare_below for label in row):
                missing.append(i)
        else:
            kept.append(value)
    # A stance per label ("pro|contra" for "energy|gas"), as a multi-label scheme may record
    # one: each joined value trained a stance class of its own, "pro|pro" beside "pro".
    joined = [i for i, value in enumerate(kept) if value is not None and LABEL_SEPARATOR in value]
    if joined:
        example = kept[joined[0]]
        first = example.split(LABEL_SEPARATOR)[0].strip()  # type: ignore[union-attr]
        with problem():
            raise InvalidInputError(
                f"{stance_name}: {row_names(index, joined)} {'holds' if len(joined) == 1 else 'hold'} stance values "
                f"joined by {LABEL_SEPARATOR!r} ({quoted(example)}), which would train as stance values of their "
                f"own; a row has one stance, towards its primary (first) label: give "
                f"{'it' if len(joined) == 1 else 'each'} that label's stance alone"
                + (f" ({quoted(first)} of {quoted(example)}, if it is the first label's)" if first else ""))
        for i in joined:  # named above: not named again as a stance value too rare, or a typo
            kept[i] = None
    unfilled = bool(missing) and all(value is None for value in kept)
    if unfilled:
        # A column left to fill in (the command line takes a "stance" column when there is one):
        # listing every row as lacking a stance did not say what to do.
        with problem():
            raise InvalidInputError(
                f"{stance_name}: no row with a target has a stance value (a column left to fill in?); pass "
                f"{_NO_STANCE_HEAD} to train without a stance head, or fill in a stance for every row with a target"
                f"{_swap_question(label_sets)}"
            )
    elif missing:
        targets = sum(bool(row) and row[0] != none_label for row in label_sets)
        # A column mostly left to fill in: the rows to fill are most of them, so say how to leave it out too.
        most = (f"; most rows with a target ({len(missing)} of {targets}) have none: pass {_NO_STANCE_HEAD} "
                f"to train without a stance head" if 2 * len(missing) > targets else "")
        written_na = [i for i in missing if isinstance(stances[i], str) and stances[i].strip() == R_MISSING]
        na = (f" ({'its cell is' if len(missing) == 1 else f'{len(written_na)} of them are'} {R_MISSING!r}, "
              f"R's missing value)" if written_na else "")
        with problem():
            raise InvalidInputError(f"{stance_name}: {row_names(index, missing)} {_have(missing)} a target but no "
                                    f"stance{na}; {_why_no_stance(label_sets, missing, index, none_label)}{most}"
                                    f"{_swap_question(label_sets)}")
    distinct = {s for s in kept if s is not None}
    if ignored:
        warn_of_off_topic_stances(ignored, distinct, index, none_label, stance_name)
    if len(distinct) < 2 and not missing:  # a missing stance filled in may be the second value
        with problem():
            raise InvalidInputError(
                f"{stance_name}: need at least two different stance values to train a stance "
                f"head, got {quoted_list(sorted(distinct))}; pass stance_column=None to train without one"
            )
    return kept

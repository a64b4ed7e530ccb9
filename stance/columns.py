"""The columns a call names, checked against the data before anything reads them.

A column missing is refused listing those present, with the likely one to pass: a name
misspelt, a number given as text, accents encoded otherwise (:func:`unicode_form`), a header
read whole because the file is separated otherwise, or the column that holds sentences
(:func:`sentence_column`); so are values given for a column's name (:func:`values_for_a_name`),
and a stance column that is the labels column (:func:`stance_column_apart`). A "stance"
column left out, or spelt otherwise, is warned of (:func:`warn_if_stance_unused`).
"""

from __future__ import annotations

import numbers
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    a_type_name,
    quoted,
    quoted_list,
    shell_option,
    type_name,
    warn,
)
from .foreign_frames import is_polars
from .names import closest_options, composed, whole_number_text
from .nearest import or_listed

if TYPE_CHECKING:
    import pandas as pd


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


# The key of ``DataFrame.attrs`` under which :func:`stance.tables.read_table` notes the
# columns whose header cell a .csv or .tsv file leaves empty (R's row names, pandas' index),
# which pandas names "Unnamed: 0": a message lists them as the file has them, not by a name
# the file does not hold.
EMPTY_HEADER = "stance_empty_header"


class _EmptyHeader:
    """A column whose header cell the file leaves empty, as a message lists it.

    >>> quoted_list([_EmptyHeader(0), "text", _EmptyHeader(2)])
    "['' (the first column, its header cell empty), 'text', '' (column 3, its header cell empty)]"
    """

    def __init__(self, position: int) -> None:
        self.position = position

    def __repr__(self) -> str:
        where = "the first column" if self.position == 0 else f"column {self.position + 1}"
        return f"'' ({where}, its header cell empty)"


def listed_columns(frame: pd.DataFrame) -> list[Any]:
    """The columns of ``frame`` as a message lists them: as they are, but for those whose
    header cell the file read leaves empty (see :data:`EMPTY_HEADER`).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"Unnamed: 0": [1], "text": ["a"]})
    >>> frame.attrs[EMPTY_HEADER] = ["Unnamed: 0"]
    >>> quoted_list(listed_columns(frame))
    "['' (the first column, its header cell empty), 'text']"
    """
    empty = set(frame.attrs.get(EMPTY_HEADER, ()))
    return [_EmptyHeader(at) if column in empty else column for at, column in enumerate(frame.columns)]


def require_columns(frame: pd.DataFrame, columns: dict[str, str | None], *, read_from_path: bool = False,
                    delimited: bool | Callable[[], bool] = True) -> None:
    """Raise if a named column is missing, listing the columns that are there.

    ``columns`` maps the argument name (``"text_column"``) to the column it names.
    ``read_from_path``: stance read ``frame`` from a path the user gave, so a header read
    whole is told what to do with the file, not to pass its path (see :func:`_separator_hint`);
    ``delimited``: that file may be delimited text (see :func:`stance.file_types.is_delimited`),
    False for a Parquet or JSONL file, which no ``sep=`` reads; or a function telling it, asked
    only when a header read whole is found (it lists a folder's files, which a run that finds its
    columns has no need of).
    """
    present = [str(c) for c in frame.columns]  # as text, for the likely misspelling
    # As they are: integer columns listed as text ('0', '1') were taken for names to type.
    listed = quoted_list(listed_columns(frame)) + (" (integers)" if len(frame.columns) and all(
        isinstance(c, numbers.Integral) and not isinstance(c, bool) for c in frame.columns) else "")
    for argument, column in columns.items():  # first: what names no column fails a comparison of names
        _require_column_name(argument, column, frame, _named_otherwise(columns))
    _refuse_labels_as_text(frame, columns)
    for argument, column in columns.items():
        if argument in _LABELS_ARGUMENTS:
            _refuse_suggestions_unfilled(frame, argument, column)
        if column is not None and (under := multiindex_columns_under(frame, column)):
            # A MultiIndex takes one level's name as a key for every column under it.
            raise InvalidInputError(f"{names_columns_of_multiindex(f'{argument}={quoted(column)}', under)}; pass "
                                    f"one by its full name ({argument}={quoted(under[0])}) or flatten the columns")
        if column is not None:
            refuse_duplicate_column(frame, column, f"{argument}={quoted(column)}")
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
            if marked := _byte_order_mark_hint(frame, argument, column):
                raise InvalidInputError(f"{argument}={quoted(column)}: no such column; columns present: {listed}"
                                        + marked)
            twin = next((name for name in present if isinstance(column, str) and name != column
                         and composed(name) == composed(column)), None)
            # Every column that ties, each as it is, not as text.
            hints = [frame.columns[present.index(hint)] for hint in closest_options(column, present)]
            advice = (f". The column {quoted(twin)} is written with its accents encoded otherwise (Unicode "
                      f"{unicode_form(twin)}, not {unicode_form(column)}): pass its name as the file writes it, "
                      f"or rename it" if twin is not None else _separator_hint(frame, column, read_from_path, delimited)
                      or (f". Did you mean {or_listed([quoted(hint) for hint in hints])}?" if hints
                          else _title_line_hint(frame, column, read_from_path)
                          or _sentences_hint(frame, argument, _named_for_others(columns, argument),
                                             column=column, read_from_path=read_from_path, delimited=delimited)))
            # A column named after a byte-order mark ('ï»¿speech'), offered, is passed with the mark: name it so.
            advice = _byte_order_mark_hint(frame, argument, column, offered=advice) or advice
            # A name close to the one given is a typo, likelier than a one-hot layout: the 0/1
            # columns beside it are then metadata (a retweet flag), which the hint joined into labels.
            if not advice.startswith(". Did you mean"):
                advice += (_one_hot_hint(frame, argument, column, leave_out=_named_otherwise(columns))
                           or _no_labels_hint(frame, argument, column, _named_otherwise(columns)))
            raise InvalidInputError(f"{argument}={quoted(column)}: no such column; columns present: {listed}" + advice)
        _warn_of_headerless_text_column(frame, argument, column, read_from_path, delimited)


# A UTF-8 byte-order mark (Excel's "CSV UTF-8" begins with one) as the reader that kept it names the
# first column: Python's csv module reading in "utf-8" keeps the mark; pandas reading in a single-byte
# encoding decodes its three bytes as three letters ('ï»¿' in cp1252 or latin-1, 'ď»ż' in cp1250, the
# Central European Windows one, 'п»ї' in cp1251, the Cyrillic one, 'Ôªø' in mac_roman). Each decoded
# mark with the encodings that make it and how "’" reads in the first of them.
_MARK = "\ufeff"
_MARKS_DECODED = {_MARK.encode("utf-8").decode(encodings[0]): (" or ".join(encodings),
                                                                "’".encode().decode(encodings[0]))
                  for encodings in (("cp1252", "latin-1"), ("cp1250",), ("cp1251",), ("mac_roman",))}


def _unmarked(name: Any) -> tuple[str, str] | None:
    """``name`` without the UTF-8 byte-order mark it begins with, kept or decoded (see
    :data:`_MARKS_DECODED`), and the mark as it reads there; None for a name that has none."""
    if not isinstance(name, str):
        return None
    mark = next((mark for mark in (_MARK, *_MARKS_DECODED) if name.startswith(mark) and len(name) > len(mark)), None)
    return (name[len(mark):], mark) if mark is not None else None


def _byte_order_mark_hint(frame: pd.DataFrame, argument: str, column: Any, offered: str = "") -> str:
    """What the refusal of ``column``, no column of ``frame``, adds when a column is named so
    after a UTF-8 byte-order mark, in any case ('ï»¿Text' for 'text'), or when the hint
    ``offered`` otherwise ("Did you mean …?", "Column … holds sentences") names a column after
    the mark: the file's reader kept the mark in its header, and the marked name, passed, reads
    text beyond ASCII garbled ("’" as "â€™" in cp1252); "" otherwise.

    >>> import pandas as pd
    >>> print(_byte_order_mark_hint(pd.DataFrame(columns=["\ufefftext", "labels"]), "text_column", "text"))
    . The column '\ufefftext' is 'text' after a UTF-8 byte-order mark, which the file's reader kept: read the file
    with encoding='utf-8-sig', which drops it (pd.read_csv drops it in UTF-8), or pass stance the file's path
    >>> print(_byte_order_mark_hint(pd.DataFrame(columns=["ï»¿text"]), "text_column", "text"))
    . The column 'ï»¿text' is 'text' after a UTF-8 byte-order mark read in cp1252 or latin-1 as 'ï»¿': the file is
    UTF-8, and its text beyond ASCII is garbled so ('’' as 'â€™'): read it with encoding='utf-8', or pass stance the
    file's path
    >>> print(_byte_order_mark_hint(pd.DataFrame(columns=["ď»żSpeech"]), "text_column", "speech"))
    . The column 'ď»żSpeech' is 'Speech' after a UTF-8 byte-order mark read in cp1250 as 'ď»ż': the file is UTF-8,
    and its text beyond ASCII is garbled so ('’' as 'â€™'): read it with encoding='utf-8', or pass stance the file's
    path, with text_column='Speech'
    >>> _byte_order_mark_hint(pd.DataFrame(columns=["text"]), "text_column", "Text")
    ''
    """
    if not isinstance(column, str):
        return ""
    for name in frame.columns:
        unmarked = _unmarked(name)
        if unmarked is None:
            continue
        rest, mark = unmarked
        if rest.casefold() != column.casefold() and quoted(name) not in offered:
            continue
        named = f", with {argument}={quoted(rest)}" if rest != column else ""
        if mark == _MARK:
            return (f". The column {quoted(name)} is {quoted(rest)} after a UTF-8 byte-order mark, which the file's "
                    f"reader kept: read the file with encoding='utf-8-sig', which drops it (pd.read_csv drops it in "
                    f"UTF-8), or pass stance the file's path{named}")
        encodings, quote = _MARKS_DECODED[mark]
        return (f". The column {quoted(name)} is {quoted(rest)} after a UTF-8 byte-order mark read in {encodings} as "
                f"{quoted(mark)}: the file is UTF-8, and its text beyond ASCII is garbled so ('’' as {quoted(quote)}): "
                f"read it with encoding='utf-8', or pass stance the file's path{named}")
    return ""


def refuse_duplicate_column(frame: pd.DataFrame, column: Any, named: str) -> None:
    """Refuse ``column`` when it names several columns of ``frame``, ``named`` saying what
    named it (``"labels_column='labels'"``): pandas gives a frame of them for it, where one
    column's values are read, and failed inside ("'DataFrame' object has no attribute 'tolist'").
    So of MultiIndex columns, whose first level's name gives a frame of those under it, unless
    it names one column alone, the rest of whose name is empty (``("labels", "")``).

    >>> import pandas as pd
    >>> refuse_duplicate_column(pd.DataFrame([["a", "b"]], columns=["text", "text"]), "text", "text_column='text'")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: text_column='text' names 2 columns; rename the duplicates
    >>> two = pd.MultiIndex.from_tuples([("labels", "gold"), ("labels", "pred")])
    >>> refuse_duplicate_column(pd.DataFrame([["a", "b"]], columns=two), "labels", "scored: 'labels'")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: scored: 'labels' names 2 columns of the data's MultiIndex columns, \
[('labels', 'gold'), ('labels', 'pred')]; flatten the columns, the one to read named 'labels'
    """
    under = multiindex_columns_under(frame, column)
    # A review of 5ae4ce5: ("labels", "gold") and ("labels", "pred") are two columns that
    # list.count("labels") does not count, and profile failed inside pandas as before.
    if under and not (len(under) == 1 and all(level == "" for level in under[0][1:])):
        raise InvalidInputError(f"{names_columns_of_multiindex(named, under)}; flatten the columns, the one to read "
                                f"named {quoted(column)}")
    if column in frame.columns and (count := list(frame.columns).count(column)) > 1:
        raise InvalidInputError(f"{named} names {count} columns; rename the duplicates")


def multiindex_columns_under(frame: pd.DataFrame, column: Any) -> list[tuple]:
    """The columns of ``frame``'s MultiIndex columns that ``column``, a name of their first
    level, selects, each under it; none of flat columns, or of a full name (a tuple).

    >>> import pandas as pd
    >>> columns = pd.MultiIndex.from_tuples([("meta", "speaker"), ("meta", "year"), ("labels", "")])
    >>> multiindex_columns_under(pd.DataFrame(columns=columns), "meta")
    [('meta', 'speaker'), ('meta', 'year')]
    """
    if frame.columns.nlevels == 1 or isinstance(column, tuple):
        return []
    return [c for c in frame.columns if c[0] == column]


def names_columns_of_multiindex(named: str, under: list[tuple]) -> str:
    """What ``named`` (``"by='meta'"``) names of the data's MultiIndex columns, ``under`` them,
    as the refusals of such a name say it, what to do left to each.

    >>> names_columns_of_multiindex("by='meta'", [("meta", "speaker")])
    "by='meta' names 1 column of the data's MultiIndex columns, [('meta', 'speaker')]"
    """
    return (f"{named} names {len(under)} column{'s' if len(under) > 1 else ''} of the data's MultiIndex columns, "
            f"{quoted_list(under, 5)}")


# The arguments that name the labels column, and the columns of `stance suggest -o` that hold its predictions.
_LABELS_ARGUMENTS = ("labels_column", "--labels-column")
_TEXT_ARGUMENTS = ("text_column", "--text-column")
_STANCE_ARGUMENTS = ("stance_column", "--stance-column")
_SUGGESTED_LABELS = ("predicted_labels", "predicted_label")


def _blank(cell: Any) -> bool:
    """Whether a labels ``cell`` holds nothing: missing, NaN or blank text. A cell of several labels
    (a list or array, as Parquet gives a column of lists) holds them unless it is empty; ``cell !=
    cell`` is no test of one, as an array's comparison is an array, whose truth pandas refuses.

    >>> import numpy as np
    >>> [_blank(cell) for cell in (None, float("nan"), " ", np.array(["unity", "deterrence"]), [], "unity")]
    [True, True, True, False, True, False]
    """
    if isinstance(cell, str):
        return not cell.strip()
    if isinstance(cell, (list, tuple, set, frozenset)) or (hasattr(cell, "__array__") and getattr(cell, "ndim", 0)):
        return len(cell) == 0
    try:
        return bool(forksafe.imported("pandas").isna(cell))
    except (TypeError, ValueError):  # an object pandas cannot judge holds something
        return False


def _refuse_suggestions_unfilled(frame: pd.DataFrame, argument: str, column: Any) -> None:
    """Refuse a batch ``stance suggest -o`` wrote (it has ``predicted_labels``) whose labels
    ``column`` is missing or empty in every row: the predictions were corrected in place, or the
    labels left unfilled, and "no such column; columns present: [...]" said nothing of
    ``predicted_labels`` never being read as labels. Of a folder's or glob's files (rows named
    ``"file.csv:07"``), one that is such a batch is refused so, by its name: beside the
    labelled files, as the labelling loop keeps it, it was told only that its rows had no label.

    >>> import pandas as pd
    >>> _refuse_suggestions_unfilled(pd.DataFrame({"text": ["a"], "labels": [""], "predicted_labels": ["gas"]}),
    ...                              "labels_column", "labels")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: labels_column='labels': the column is empty in every row of a batch ...
    """
    predicted = next((name for name in _SUGGESTED_LABELS if name in frame.columns), None)
    if predicted is None or column is None or column in _SUGGESTED_LABELS or len(frame) == 0:
        return
    if column in frame.columns:
        cells = frame[column]
        if isinstance(cells, forksafe.imported("pandas").DataFrame):  # two columns of the name: refused below
            return
        if not all(_blank(cell) for cell in cells):
            batch = _unfilled_batch_file(frame, cells, predicted)
            if batch is None:
                return
            raise InvalidInputError(
                f"{argument}={quoted(column)}: the column is empty in every row of {quoted(batch)}, a batch stance "
                f"suggest wrote: its {quoted(predicted)} column holds the model's suggestions, which no command reads "
                f"as labels; fill in the {quoted(column)} column of {quoted(batch)} with the labels you give (copy a "
                f"suggestion in where it is right), or move the file out of the folder until it is")
        what = "the column is empty in every row"
    else:
        what = "no such column"
    raise InvalidInputError(
        f"{argument}={quoted(column)}: {what} of a batch stance suggest wrote: its {quoted(predicted)} column "
        f"holds the model's suggestions, which no command reads as labels; "
        f"fill in the {quoted(column)} column with the labels you give (copy a suggestion in where it is right)")


# A folder's or glob's row as its reading names it: the file's path from the folder, then its row.
_FILE_ROW = re.compile(r"(.+\.(?i:csv|tsv|jsonl|parquet)):\d+")


def _unfilled_batch_file(frame: pd.DataFrame, labels: pd.Series, predicted: str) -> str | None:
    """The first file of a folder's or glob's ``frame`` (rows named ``"file.csv:07"``) whose
    ``labels`` are blank in every row and whose ``predicted`` column and ``reason`` (which
    suggest writes beside it) are not: a batch ``stance suggest -o`` wrote, not filled in;
    None when there is none.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"labels": ["gas", None, None], "predicted_labels": [None, "gas", "oil"],
    ...                       "reason": [None, "near a tie", "near a tie"]},
    ...                      index=["a.csv:0", "todo.csv:0", "todo.csv:1"])
    >>> _unfilled_batch_file(frame, frame["labels"], "predicted_labels")
    'todo.csv'
    """
    files: dict[str, list[int]] = {}
    for position, name in enumerate(frame.index):
        match = _FILE_ROW.fullmatch(name) if isinstance(name, str) else None
        if match is None:  # not a folder's rows
            return None
        files.setdefault(match.group(1), []).append(position)
    # A file with suggestions and no labels column of its own is no batch (a review found one,
    # "text,predicted_labels,stance", so called): a batch has suggest's reasons too.
    if "reason" not in frame.columns:
        return None
    suggested, reasons = frame[predicted], frame["reason"]
    for name, positions in files.items():
        if (all(_blank(labels.iloc[i]) for i in positions)
                and any(not _blank(suggested.iloc[i]) and not _blank(reasons.iloc[i]) for i in positions)):
            return name
    return None


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
    return _of_sentences(_text_columns(frame, leave_out))


def _of_sentences(found: list[tuple[Any, float, float, float]]) -> tuple[Any, float] | None:
    """Of the text columns ``found`` (see :func:`_text_columns`), the first of the most words at
    the median, five or more, with that number; None when none runs so long."""
    best = max((column for column in found if column[1] >= 5), key=lambda column: column[1], default=None)
    return None if best is None else (best[0], best[1])


def _text_columns(frame: pd.DataFrame, leave_out: Any = None) -> list[tuple[Any, float, float, float]]:
    """The columns of ``frame`` (other than ``leave_out``) whose first :data:`COLUMN_SAMPLE`
    rows are half or more text, each with its texts' median number of words, the share of
    them that differ from one another, and their median number of words in lower case."""
    np = forksafe.imported("numpy")

    from .text import count_words, is_blank

    sample = frame.head(COLUMN_SAMPLE)
    found = []
    for position, name in enumerate(sample.columns):
        if name == leave_out:
            continue
        texts = [value for value in sample.iloc[:, position].tolist() if isinstance(value, str) and not is_blank(value)]
        if not texts or len(texts) * 2 < len(sample):  # mostly no text: numbers, or empty
            continue
        # Words as a reader counts them: a sentence of Chinese or Japanese has no space in it.
        words = float(np.median([count_words(text) for text in texts]))
        lower = float(np.median([_lower_case_words(text) for text in texts]))
        found.append((name, words, len(set(texts)) / len(texts), lower))
    return found


# A word between spaces, its stops and brackets aside: letters alone, an apostrophe or hyphen
# inside ("don't", "so-called"); "1st" and "10:10" are none.
_LETTERS_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _lower_case_words(text: str) -> int:
    """How many words of ``text`` are in lower case: what a sentence has ("must", "stay",
    "to") and a date, an id, a name or a party has not ("1 March 2024", "Keir Starmer (Labour)").

    >>> _lower_case_words("Send tanks to Ukraine."), _lower_case_words("Scottish National Party")
    (2, 0)
    """
    pieces = (piece.strip("\"'“”‘’()[]{}.,;:!?…") for piece in text.split())
    return sum(1 for piece in pieces if _LETTERS_WORD.fullmatch(piece) and piece.islower())


# Columns that hold labels by their usual names, never the statements even when several words long.
_LABELS_NAMES = ("labels", "stance")


def likely_text_column(frame: pd.DataFrame, leave_out: Sequence[Any] = ()) -> tuple[Any, float] | None:
    """The column of ``frame`` that most likely holds the statements, for a ``text_column``
    that names none: :func:`sentence_column`'s, else the one column whose texts run to three
    words or more at the median, two of them in lower case, and mostly differ, when no other
    column's run so long (short statements, "NATO must stay united", ran under sentence_column's
    five words, and no column was named). Dates, ids, names and parties ("1 March 2024",
    "Keir Starmer (Labour)", "Scottish National Party") have no words in lower case. Never
    a column of ``leave_out`` (named for another argument, the labels) or named "labels" or
    "stance": labels of several words ("pro ukraine aid") are no statements.

    >>> import pandas as pd
    >>> likely_text_column(pd.DataFrame({"name": ["a"] * 3, "sentence": ["NATO must stay united",
    ...                                  "nato is useless lol", "Send tanks to Ukraine"]}))
    ('sentence', 4.0)
    >>> likely_text_column(pd.DataFrame({"speaker": ["Keir Starmer", "Ed Davey"],
    ...                                  "party": ["Scottish National Party"] * 2})) is None
    True
    """
    skipped = [*leave_out, *_LABELS_NAMES]
    found = [column for column in _text_columns(frame) if not any(column[0] == name for name in skipped)]
    sentences = _of_sentences(found)  # sentence_column's rule, among the columns left
    if sentences is not None:
        return sentences
    several = [(name, words, distinct) for name, words, distinct, lower in found if words >= 3 and lower >= 2]
    if len(several) != 1:  # none, or no telling which
        return None
    name, words, distinct = several[0]
    return (name, words) if distinct >= 0.8 else None


def _separator_hint(frame: pd.DataFrame, column: Any, read_from_path: bool = False,
                    delimited: bool | Callable[[], bool] = True) -> str:
    """For a ``column`` that names no column, the header read whole that holds it among names
    joined by a separator, and the separator to read the file with: Excel's "CSV" in a
    decimal-comma locale, read with pandas' default ``sep=","``, is one column named
    "id;speaker;text", which :func:`_sentences_hint` took for a column of statements.
    Empty when no column's name so holds it. With ``read_from_path`` stance read the file
    from its path and still read the header whole, so passing the path is no remedy (see
    :func:`_read_from_path_hint`); so too of a frame whose separator ('|') stance does not
    read from a path either. A file read from its path that is not ``delimited`` (Parquet,
    JSONL) holds a column so named, which no separator splits: it is named, with no advice to
    read it with pd.read_csv.

    >>> import pandas as pd
    >>> print(_separator_hint(pd.DataFrame({"id;party;text": ["1;SNP;We act now."]}), "text"))  # doctest: +ELLIPSIS
    . Column 'id;party;text' is a header of 3 names read as one: the file is separated by ';'; read it with \
pd.read_csv(path, sep=';'), or pass stance the file's path, which reads it so
    >>> joined = pd.DataFrame({"id|text": ["1|We act now."]})
    >>> print(_separator_hint(joined, "text"))  # doctest: +NORMALIZE_WHITESPACE
    . Column 'id|text' is a header of 2 names read as one: the file is separated by '|'; read it with
    pd.read_csv(path, sep='|') and pass stance the frame
    >>> print(_separator_hint(joined, "text", read_from_path=True, delimited=False))
    . Column 'id|text' is one column, its name 2 names joined by '|'
    """
    if not isinstance(column, str):
        return ""
    for name in frame.columns:
        if not isinstance(name, str):
            continue
        for separator in (";", "\t", "|", ","):
            names = [part.strip().strip('"').lstrip("\ufeff") for part in name.split(separator)]
            if len(names) > 1 and column in names:
                if read_from_path and not (delimited() if callable(delimited) else delimited):
                    return (f". Column {quoted(name)} is one column, its name {len(names)} names joined by "
                            f"{separator!r}")
                said = (f". Column {quoted(name)} is a header of {len(names)} names read as one: the file is "
                        f"separated by {separator!r}; ")
                if read_from_path or separator not in _READ_FROM_A_PATH or _rows_end_with(frame, name, separator):
                    return said + _read_from_path_hint(frame, name, separator)
                return (said + f"read it with pd.read_csv(path, sep={separator!r}), or pass stance the file's "
                        f"path{_READ_FROM_A_PATH[separator]}, which reads it so")
    return ""


def _title_line_hint(frame: pd.DataFrame, column: Any, read_from_path: bool = False) -> str:
    """For a ``column`` that names no column, the title line above a file's header, where
    ``frame``'s first row holds ``column`` among its cells, or among the names of a cell read
    whole: Excel's exports ("Statements export 2026" in A1) put one there, which the reader
    took for the header, so the columns were 'Unnamed: 1'…, and the sentences column that
    :func:`_sentences_hint` named held the real header as a statement. Empty otherwise.

    >>> import pandas as pd
    >>> titled = pd.DataFrame({"Export 2026": ["id", "1"], "Unnamed: 1": ["text", "We act now."]})
    >>> print(_title_line_hint(titled, "text", read_from_path=True))  # doctest: +NORMALIZE_WHITESPACE
    . The file has a title line above its header: its first row holds the header ['id', 'text'], and the
    title ('Export 2026') was read as the header; delete that line (the first, or the one below Excel's
    'sep=' line)
    """
    if not isinstance(column, str) or not len(frame) or frame.columns.nlevels > 1 or not _read_as_title(frame):
        return ""
    cells = [cell.strip().lstrip("\ufeff") for cell in frame.iloc[0].tolist() if isinstance(cell, str)]
    header = cells if column in cells else next(
        ([name.strip().strip('"') for name in cell.split(separator)] for cell in cells
         for separator in (";", "\t", "|") if column in [name.strip().strip('"') for name in cell.split(separator)]),
        None)
    if header is None:
        return ""
    title = " ".join(str(name).strip().strip(";,\t|") for name in frame.columns
                     if not str(name).startswith("Unnamed: ") and str(name).strip().strip(";,\t|"))
    said = (f". The file has a title line above its header: its first row holds the header {quoted_list(header)}, "
            f"and the title ({quoted(title)}) was read as the header; ")
    if read_from_path:
        return said + "delete that line (the first, or the one below Excel's 'sep=' line)"
    return said + "delete that line, or read it with pd.read_csv(path, skiprows=1) and pass stance the frame"


# A title line's date or year beside its title, as Excel's exports put one in B1 ("Weekly
# report", "2026"; "Statements export", "04.12.2026"): a year, or a date written in figures.
_TITLE_DATE = re.compile(r"(?:1[89]|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")


def _read_as_title(frame: pd.DataFrame) -> bool:
    """Whether ``frame``'s header reads as a title cell, not a header: one name at most, the
    rest blank, as pandas names them ('Unnamed: 1') or as a name read whole holds them (the
    one column 'Statements export 2026;;'), but for one date or year beside the title. A
    header of names ('id', 'Text'; or an index's 'Unnamed: 0' beside them) is one even where
    its first row holds the name asked for ("text" as a statement), so it is not told to be
    deleted.

    >>> import pandas as pd
    >>> def titled(*names): return _read_as_title(pd.DataFrame(columns=list(names)))
    >>> titled("Export 2026", "Unnamed: 1"), titled("Export 2026;;")
    (True, True)
    >>> titled("Weekly report", "2026", "Unnamed: 2"), titled("Statements export;04.12.2026;")
    (True, True)
    >>> titled("id", "Text"), titled("Unnamed: 0", "id", "Text"), titled("Statement (EN; original)")
    (False, False, False)
    >>> titled("Unnamed: 0", "statement"), titled("statement", "Unnamed: 1")
    (False, True)
    >>> titled("country", "2024", "2025"), titled("Unnamed: 0", "2026")
    (False, False)
    """
    names = [str(name) for name in frame.columns]
    parts = ["" if name.startswith("Unnamed: ") else part.strip()
             for name in names for part in re.split(r"[;\t|]", name)]
    # the title in the first cell: a header whose first is blank is an index's ("", "statement"), as
    # pandas' to_csv writes one (a review)
    return title_cells(parts)


def title_cells(cells: Sequence[str]) -> bool:
    """Whether the header ``cells`` read as a title line: a first cell written, the rest blank
    but for one date or year beside a title of two words or more (see :func:`_read_as_title`):
    "name,2026" or "country,2024" is a header of names, which one word beside a year cannot be
    told from.

    >>> title_cells(["Statements export", "2026"]), title_cells(["name", "2026"]), title_cells(["Report", "", ""])
    (True, False, True)
    """
    rest = [cell.strip() for cell in cells[1:] if cell.strip()]
    dated_title = len(rest) == 1 and bool(_TITLE_DATE.fullmatch(rest[0])) and len(cells[0].split()) > 1
    return len(cells) > 1 and bool(cells[0].strip()) and (not rest or dated_title)


# The separators stance's reader finds in a file read from its path (csv_dialect.file_delimiter:
# ',' or ';' in a .csv, tabs in a .tsv), and what the path must be for it. Another ('|') it
# reads as ',', so a frame read whole is not told to pass the path, which read it whole too.
_READ_FROM_A_PATH = {",": "", ";": "", "\t": " if it is named .tsv"}


def _rows_end_with(frame: pd.DataFrame, name: str, separator: str) -> bool:
    """Whether every row of ``frame``'s column ``name`` (a header of names joined by
    ``separator``, read whole) ends with ``separator`` where the header does not: a ';' file
    some spreadsheets write, which stance reads with ',' (see :func:`_read_from_path_hint`).

    >>> import pandas as pd
    >>> _rows_end_with(pd.DataFrame({"id;text": ["1;We act now.;"]}), "id;text", ";")
    True
    """
    cells = frame[name].dropna().head(COLUMN_SAMPLE).tolist() if list(frame.columns).count(name) == 1 else []
    return separator == ";" and bool(cells) and all(
        isinstance(cell, str) and cell.rstrip().endswith(separator) for cell in cells)


def _read_from_path_hint(frame: pd.DataFrame, name: str, separator: str) -> str:
    """What to do with a file whose header ``name`` (names joined by ``separator``) stance
    read whole from the file's path: read it with ``separator`` and pass the frame, true of
    any such file. A ';' file whose rows each end with ';' where the header does not (as
    some spreadsheets write) stance reads with ',', as reading such files by ';' misread
    others: pandas reads it right only with ``index_col=False`` (else each row's first cell
    is its index and the last column empty), and stance reads it by ';' once its header
    ends with ';' too.

    >>> import pandas as pd
    >>> print(_read_from_path_hint(pd.DataFrame({"id|text": ["1|We act now."]}), "id|text", "|"))
    read it with pd.read_csv(path, sep='|') and pass stance the frame
    """
    if _rows_end_with(frame, name, separator):
        return (f"read it with pd.read_csv(path, sep={separator!r}, index_col=False) and pass stance the frame, "
                f"or end the header with {separator!r} too")
    return f"read it with pd.read_csv(path, sep={separator!r}) and pass stance the frame"


def _refuse_labels_as_text(frame: pd.DataFrame, columns: dict[str, Any]) -> None:
    """Refuse a text column that is the labels column: ``stance.train(data, "labels")`` (the
    second argument is ``text_column``) trained on the labels' own names as texts, and
    ``stance.evaluate(model, data, "labels")`` scored such a model 1.000. Names the column
    that holds sentences, if one does, as the one to pass.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["We will stand with Ukraine."], "labels": ["ukraine"]})
    >>> _refuse_labels_as_text(frame, {"text_column": "labels", "labels_column": "labels"})
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: text_column='labels' is the labels column too (labels_column='labels'): \
a model would learn, and be judged on, the labels' own names as its texts; pass the column of the statements. \
Column 'text' holds sentences (5 words at the median): is it the column of statements? (text_column='text')
    """
    from collections.abc import Hashable

    text = next(((argument, column) for argument, column in columns.items() if argument in _TEXT_ARGUMENTS), None)
    labels = next(((argument, column) for argument, column in columns.items() if argument in _LABELS_ARGUMENTS), None)
    if text is None or labels is None or not all(isinstance(column, Hashable) for column in (text[1], labels[1])):
        return  # a list or an array is refused as no column name, and == on it is no bool
    if text[1] is None or text[1] != labels[1]:
        return
    raise InvalidInputError(
        f"{text[0]}={quoted(text[1])} is the labels column too ({labels[0]}={quoted(labels[1])}): a model would "
        f"learn, and be judged on, the labels' own names as its texts; pass the column of the statements"
        + _sentences_hint(frame, text[0], [labels[1]]))


def _no_labels_hint(frame: pd.DataFrame, argument: str, column: Any, named: Sequence[Any]) -> str:
    """For a labels column that names no column, with nothing in the data like one (no name
    close to it, no 0/1 columns): what the column holds and how to name it. ``stance.train(
    data[["text"]])`` said "no such column" and left a novice to guess that training needs labels.
    Said when ``column`` is the default "labels" (none was named) or the data hold no column
    but those ``named`` for other arguments (the text): a column named on purpose among others
    ("topic" where "labels" is) is a slip the columns listed show.

    >>> import pandas as pd
    >>> print(_no_labels_hint(pd.DataFrame({"text": ["a"]}), "labels_column", "topic", ["text"]))
    . Training and evaluation need a column of labels, a label per row (several joined with "|", \
primary first): add one, or name the column that holds them (labels_column='name')
    """
    if argument not in _LABELS_ARGUMENTS:
        return ""
    if column != "labels" and any(name not in named for name in frame.columns):
        return ""
    passed = f"{argument} NAME" if argument.startswith("-") else f"{argument}='name'"  # the command line's, or Python's
    return (". Training and evaluation need a column of labels, a label per row (several joined with \"|\", "
            f"primary first): add one, or name the column that holds them ({passed})")


def _sentences_hint(frame: pd.DataFrame, argument: str, leave_out: Sequence[Any] = (), *, column: Any = None,
                    read_from_path: bool = False, delimited: bool | Callable[[], bool] = True) -> str:
    """For a ``text_column`` that names no column, the column that holds sentences, as the
    one to pass: a Hansard export's "speech" or "body" under the default "text" was named
    among the columns present but not as the likely one. Empty for other arguments, or
    when no column holds sentences; never a column of ``leave_out``, named for another argument.
    The call to pass names the column as :func:`_in_a_call` does, so that it runs. A column
    whose name is itself a statement is a file's first row read as its header (see
    :func:`_no_header_hint`): passing that name would lose the row, so it is not offered.

    >>> import pandas as pd
    >>> _sentences_hint(pd.DataFrame({"id": [1], "speech": ["We will stand with Ukraine."]}), "text_column")
    ". Column 'speech' holds sentences (5 words at the median): is it the column of statements? \
(text_column='speech')"
    """
    found = likely_text_column(frame, leave_out) if argument in ("text_column", "--text-column") else None
    if found is None:
        return ""
    name, words = found
    if _headerless_file(frame, name, read_from_path, delimited):
        return _no_header_hint(name, column if isinstance(column, str) else "text", argument)
    return (f". Column {quoted(name)} holds sentences ({words:g} words at the median): is it the column of "
            f"statements? ({argument}={_in_a_call(name)})")


def _headerless_file(frame: pd.DataFrame, name: Any, read_from_path: bool,
                     delimited: bool | Callable[[], bool]) -> bool:
    """Whether ``frame`` is a delimited file of one column of statements read without its header
    row, its column ``name`` being the first statement. Only then: a survey's file of two columns
    or more names its text column by the question (which may end in a stop, "Please describe your
    views."), a question is a header, and a frame passed in may come from read_excel or a database,
    where header=None advice is wrong. A Parquet or JSON Lines file names its columns itself.
    """
    if not read_from_path or len(frame.columns) != 1 or not isinstance(name, str):
        return False
    if not (delimited() if callable(delimited) else delimited):
        return False
    return _reads_as_a_statement(name) and not _a_question(name)


def _a_question(name: str) -> bool:
    """Whether ``name`` is a question (a survey's header), by its question mark.

    >>> _a_question("What is your view on NATO?"), _a_question("¿Qué opina?"), _a_question("We back NATO.")
    (True, True, False)
    """
    stripped = name.strip().rstrip("\"'”’)]»").rstrip()
    return stripped.endswith(("?", "？")) or name.lstrip("\"'“‘([«").startswith("¿")


def _reads_as_a_statement(name: str) -> bool:
    """Whether the column name ``name`` reads as a statement, by the rule that says a column
    holds them (see :func:`likely_text_column`), applied to the name as to one text (five
    words or more, or three or more with two of them in lower case), and ending as a sentence
    does, in a stop: a header of words ("Members' speech full text") ends in none.

    >>> _reads_as_a_statement("We stand united with NATO."), _reads_as_a_statement("full text of the speech")
    (True, False)
    """
    from .text import count_words

    words = count_words(name)
    ended = name.rstrip().rstrip("\"'”’)]»").endswith(_SENTENCE_STOPS)
    return ended and (words >= 5 or (words >= 3 and _lower_case_words(name) >= 2))


# The marks a sentence ends in, in scripts with spaces and without.
_SENTENCE_STOPS = (".", "!", "?", "…", "。", "！", "？")


def _no_header_hint(name: str, header: str, argument: str = "text_column") -> str:
    """For a file of one column of sentences whose ``name`` is a statement too: the file likely
    has no header row, so its first row was read as one. Passing ``name`` as the text column, as
    :func:`_sentences_hint` offered, scored every row but that first one, without a word.
    ``header`` is the name to give the statements' column (the one asked for); ``argument``
    how the caller names the text column. A real header that reads as a sentence ("Please
    enter your comment below.") would become a scored row under a header line added above it
    (a review of a8e08fb), so the hint says both ways.

    >>> print(_no_header_hint("We stand united with NATO.", "text", "--text-column"))
    ... # doctest: +NORMALIZE_WHITESPACE
    . Column 'We stand united with NATO.' is named by a statement: the file seems to have no header row, so
    its first line was read as the column's name and would not be scored; add a header line above it (e.g. a
    first line 'text') and read it again; if that line is the file's header, pass
    --text-column='We stand united with NATO.'
    """
    return (f". Column {quoted(name)} is named by a statement: the file seems to have no header row, so its "
            f"first line was read as the column's name and would not be scored; add a header line above it "
            f"(e.g. a first line {quoted(header)}) and read it again; if that line is the file's header, pass "
            f"{argument}={_in_a_call(name)}")


def _warn_of_headerless_text_column(frame: pd.DataFrame, argument: str, column: Any, read_from_path: bool,
                                    delimited: bool | Callable[[], bool]) -> None:
    """Warn when ``column``, the text column the user named, may be the first statement of a
    file with no header row, by the rule that refuses such a file without it (see
    :func:`_headerless_file`): --text-column 'We stand united with our allies in NATO.' scored
    every row but that one, the header, with no word. The user chose the column, so it may be a
    real header ("Please enter your comment below."), which a header line added above would make
    a scored row: the warning says both, and nothing is refused."""
    if argument in _TEXT_ARGUMENTS and _headerless_file(frame, column, read_from_path, delimited):
        warn(f"{argument}={quoted(column)} is the file's first line: if the file has no header row, that statement "
             f"is not scored (add a header line such as 'text' above it); if it is the header, nothing is lost")


# The longest column name a suggested call writes out whole (a survey's question as a header runs
# to a few hundred characters); a longer one is cut as a message quotes it, which keeps a logged
# message short (a name of a million characters): naming it by its position instead,
# data.columns[1], would read wrong on the command line, whose messages are the library's.
CALL_WIDTH = 1000


def _in_a_call(name: Any) -> str:
    r"""The column ``name`` as a suggested call passes it: whole, as Python reads it (its repr:
    quotes, backslashes and newlines escaped), where a name cut ('xxx…') would name no column;
    cut as :func:`quoted` cuts it when longer than :data:`CALL_WIDTH`.

    >>> print(_in_a_call("it's\nhere"))
    "it's\nhere"
    >>> len(_in_a_call("x" * 1000)), _in_a_call("x" * 2000)[-3:]
    (1002, "x…'")
    """
    written = repr(name)
    return written if len(written) <= CALL_WIDTH + 2 else quoted(name)  # its quotes aside


# The cells of a one-hot column, as text (a bool True is "True", a float 1 "1.0"; Excel and R's
# write.csv write "TRUE"), and those of them that set it.
_ONE_HOT_CELLS = {"0", "1", "0.0", "1.0", "True", "False", "true", "false", "TRUE", "FALSE"}
_ONE_HOT_SET = ["1", "1.0", "True", "true", "TRUE"]


def _one_hot_columns(frame: pd.DataFrame) -> list[Any]:
    """The columns of ``frame`` that hold only 0 and 1 (or True and False, as numbers, bools
    or text), missing cells aside: a one-hot (wide) layout of labels, a column each."""
    found = []
    for position, name in enumerate(frame.columns):
        cells = frame.iloc[:, position].dropna().tolist()
        if cells and all(isinstance(cell, (str, numbers.Number)) and str(cell) in _ONE_HOT_CELLS for cell in cells):
            found.append(name)
    return found


def _named_for_others(columns: dict[str, Any], argument: str) -> list[Any]:
    """The columns that ``columns`` names for arguments other than ``argument``: the labels'
    column under any name ("topic"), which the text's hint must not offer as the statements.

    >>> _named_for_others({"text_column": "text", "labels_column": "topic", "by": None}, "text_column")
    ['topic']
    """
    from collections.abc import Hashable

    return [column for name, column in columns.items() if name != argument
            and column is not None and isinstance(column, Hashable)]


def _named_otherwise(columns: dict[str, Any]) -> list[Any]:
    """The columns that ``columns`` (argument to column, as :func:`require_columns` takes
    them) names for arguments other than the labels, which hold no label: the text column,
    the stance column (a column named "stance" when no stance column is given) and the rest.

    >>> _named_otherwise({"text_column": "body", "labels_column": "labels", "stance_column": None})
    ['body', 'stance']
    """
    from collections.abc import Hashable

    named = [column for argument, column in columns.items() if argument not in _LABELS_ARGUMENTS
             and column is not None and isinstance(column, Hashable)]
    if not any(columns.get(argument) is not None for argument in _STANCE_ARGUMENTS):
        named.append("stance")
    return named


def _one_hot_hint(frame: pd.DataFrame, argument: str, column: Any, given: Sequence[Any] = (),
                  leave_out: Sequence[Any] = ()) -> str:
    """For a labels column that names no column (or a list of columns, ``given``), when two or
    more columns hold only 0/1 (see :func:`_one_hot_columns`), but for those of ``leave_out``
    (the text and stance columns): how to make one labels column of
    them, in a line of pandas that runs (a row's labels joined by "|", in the order of the
    columns, so that the first is its primary label), and that a row of none of them needs the
    off-topic label. Empty otherwise, and for other arguments.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a", "b", "c"], "arms": [1, 0, 1], "aid": [0, 0, 1]})
    >>> print(_one_hot_hint(frame, "labels_column", "labels"))
    . Columns 'arms', 'aid' hold only 0 and 1, a column per label: stance reads one labels column, made of them \
by data['labels'] = data[['arms', 'aid']].astype(str).isin(['1', '1.0', 'True', 'true', 'TRUE']).apply(lambda row: \
"|".join(map(str, row.index[row])), axis=1) (the first column's label first); a row of none of them is then "", \
and needs the off-topic label ("none" unless another is given): add .replace("", "none")
    """
    if argument not in _LABELS_ARGUMENTS:
        return ""
    one_hot = [name for name in _one_hot_columns(frame) if name not in leave_out]
    columns = list(given) if len(given) > 1 and all(c in one_hot for c in given) else one_hot
    if len(columns) < 2:
        return ""
    target = column if isinstance(column, str) else "labels"
    return (f". Columns {', '.join(quoted(c) for c in columns)} hold only 0 and 1, a column per label: stance reads "
            f"one labels column, made of them by data[{target!r}] = data[{columns!r}].astype(str)"
            f".isin({_ONE_HOT_SET!r}).apply(lambda row: \"|\".join(map(str, row.index[row])), axis=1) (the first "
            f"column's label first); a row of none of them is then \"\", and needs the off-topic label "
            f"(\"none\" unless another is given): add .replace(\"\", \"none\")")


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


def _require_column_name(argument: str, column: Any, frame: pd.DataFrame | None = None,
                         leave_out: Sequence[Any] = ()) -> None:
    """Refuse what cannot name one column, before pandas or difflib fail on it (a list
    selects several columns; None named no column, for the text or labels; values, as
    :func:`values_for_a_name` says). ``leave_out``: the columns no label is in, as
    :func:`_one_hot_hint` takes them."""
    from collections.abc import Hashable

    if column is None and argument in _REQUIRED_COLUMNS:
        raise InvalidTypeError(f"{argument} must name a column of the data, got None")
    if (message := values_for_a_name(argument, column, frame)) is not None:
        raise InvalidTypeError(message)
    if column is not None and not isinstance(column, Hashable):
        listed = list(column) if isinstance(column, (list, tuple)) else []
        raise InvalidTypeError(f"{argument} must name one column (a str), got {a_type_name(column)}: {quoted(column)}"
                               + ("" if frame is None else _one_hot_hint(frame, argument, "labels", listed, leave_out)))


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

    if is_polars(column):
        return _polars_values(argument, column, frame)
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


def _same_values(column: Any, values: pd.Series) -> bool:
    """Whether a polars Series or one-column frame ``column`` holds ``values``, in order: read
    as the data's columns were (a polars Date as a pandas time, a null as NaN: a review found
    real Date columns, and columns with a null, no longer named by a comparison of lists)."""
    as_pandas = forksafe.imported(".foreign_frames").as_pandas
    try:
        read = as_pandas(column.to_series() if hasattr(column, "to_series") else column, "by")
        return len(read) == len(values) and read.reset_index(drop=True).equals(values.reset_index(drop=True))
    except Exception:
        return False


def _polars_values(argument: str, column: Any, frame: pd.DataFrame | None) -> str | None:
    """Why a polars value given for the column argument ``argument`` names no column, and
    what to pass. An expression (``text_column=pl.col("speech")``) passed every check for a
    name, polars' Expr being "hashable" until hashed, and raised "unhashable type: 'Expr'".
    """
    got = f"{argument} must name a column of the data (a str), got a polars"
    kind = type(column).__name__
    if kind in ("Series", "DataFrame"):  # named as a pandas Series is, not printed whole (box-drawn)
        names = [column.name] if kind == "Series" else list(column.columns)
        # Named only where it holds that column's values, as a pandas Series is: a column's year
        # (psc["date"].dt.year()) keeps the name "date" and is no column of the data (a review).
        named = frame is not None and len(names) == 1 and names[0] in frame.columns
        if named and _same_values(column, frame[names[0]]):
            return f"{got} {kind}, the column's values: pass {argument}={quoted(names[0])}"
        count = f"{len(column):,} value{'s' if len(column) != 1 else ''}"
        if kind == "DataFrame":
            count = f"{len(names)} column{'s' if len(names) != 1 else ''}, {quoted_list(names, 5)}, of {count}"
        return f"{got} {kind} of {count}: add the values as a column of the data and name it"
    name = _plain_column(column)
    if name is None:
        return (f"{got} expression, which stance does not evaluate: pass the column's name as a str (for "
                f"values of your own, add them as a column first and name it)")
    if frame is not None and name not in frame.columns:
        return f"{got} expression, which stance does not evaluate: {_missing_column(argument, name, frame)}"
    return f"{got} expression, which stance does not evaluate: pass {argument}={quoted(name)}"


def _missing_column(argument: str, name: str, frame: pd.DataFrame) -> str:
    """That ``pl.col(name)`` names no column of ``frame``, naming those there are and the one
    likely meant: its name, to pass, failed as "no such column" in turn (a review)."""
    closest = [f"{argument}={quoted(option)}" for option in closest_options(name, [str(c) for c in frame.columns])]
    meant = f"; did you mean {or_listed(closest)}?" if closest else ""
    present = quoted_list(listed_columns(frame))
    return f"pl.col({name!r}) selects {quoted(name)}: no such column; columns present: {present}{meant}"


def _plain_column(expression: Any) -> str | None:
    """The name of the column a polars expression selects when it is ``pl.col(name)`` and
    no more, else None (an alias, a computation, a pattern or several columns name none)."""
    try:
        return expression.meta.output_name() if expression.meta.is_column() else None
    except Exception:  # a selector, or another polars value without meta: it names no column
        return None


def warn_if_stance_unused(frame: pd.DataFrame, stance_column: str | None, what: str,
                          labels_column: Any = None, none_label: Any = "none") -> None:
    """Say so when the data has a "stance" column and no stance column was asked for:
    ``stance_column=None`` means none, but the command line and evaluate take it by default.
    A column "Stance" or "stance " is said too: only "stance" itself is taken by default, and
    a hand-written header's other case left the stances out with no word. Not when that
    column is ``labels_column``: it is in use, and the advice trained a stance head on the
    labels themselves. Nor is a column offered that could train no stance head (fewer than
    two different values on the rows with a target, the off-topic ``none_label`` none):
    passed, it was refused, so why it is left out is said instead."""
    if stance_column is None and "stance" in frame.columns:
        if labels_column != "stance":
            unused = _untrainable_stances(frame, "stance", labels_column, none_label)
            warn(f"the data has a 'stance' column, which {what} leaves out because stance_column=None; "
                 + ("pass stance_column='stance' to use it" if unused is None else unused))
    elif stance_column is None:
        near = stance_spelt_otherwise(frame.columns)
        if near is not None and near != labels_column:
            unused = _untrainable_stances(frame, near, labels_column, none_label)
            warn(f"the data has a {quoted(near)} column, which {what} leaves out: only a column named 'stance' "
                 f"exactly is taken as the stances; "
                 + (f"pass stance_column={quoted(near)} (on the command line: "
                    f"{shell_option('--stance-column', near)}) to use it" if unused is None else unused))


def _untrainable_stances(frame: pd.DataFrame, name: str, labels_column: Any, none_label: Any) -> str | None:
    """Why the stance column ``name`` could train no stance head, its values read as training
    reads them (:func:`stance.data.stances_on_targets`, on the rows whose labels hold a target):
    fewer than two different values there, which training refuses ("need at least two different
    stance values", or "no row with a target has a stance value"); None when it could. A
    frame's columns of one name are read together, all their rows.

    >>> import pandas as pd
    >>> data = pd.DataFrame({"labels": ["wind", "coal", "none"], "stance": ["favor", " favor", "against"]})
    >>> _untrainable_stances(data, "stance", None, "none") is None
    True
    >>> _untrainable_stances(data, "stance", "labels", "none")
    "it holds one stance value on rows with a target, 'favor' ('against' only on rows without one, \
whose stance training leaves unread), and a stance head needs two different ones"
    >>> _untrainable_stances(data.assign(stance=["", None, "favor"]), "stance", None, "none")
    "it holds one stance value, 'favor', and a stance head needs two different ones"
    """
    from .label_cells import stance_value

    column = frame[name]
    cells = column.to_numpy().ravel().tolist()  # a DataFrame when the name is repeated
    everywhere = sorted({value for value in map(stance_value, cells) if value is not None})
    label_sets = _label_sets(frame, labels_column) if column.ndim == 1 else None
    if label_sets is None or not isinstance(none_label, (str, type(None))):
        # No labels to read (checked later), or a none_label of the wrong type (0), which the options' check
        # after this names as such (a review of 44cefb6: it raised AttributeError here): every row's value.
        values = everywhere
    else:
        from .data import stances_on_targets
        from .label_names import off_topic_as_written
        if isinstance(none_label, str):  # read as the labels are, as training reads it ("0.0" is "0")
            none_label = whole_number_text(none_label)
        none_label = off_topic_as_written(none_label, label_sets)
        values = sorted({value for value in stances_on_targets(label_sets, cells, none_label) if value is not None})
    if len(values) >= 2:
        return None
    held = f"one stance value, {quoted(values[0])}" if values else "no stance values"
    if values == everywhere:
        return f"it holds {held}, and a stance head needs two different ones"
    elsewhere = ", ".join(quoted(value) for value in everywhere if value not in values)
    held = (f"one stance value on rows with a target, {quoted(values[0])}" if values
            else "no stance values on rows with a target")
    return (f"it holds {held} ({elsewhere} only on rows without one, whose stance training leaves unread), "
            f"and a stance head needs two different ones")


def _label_sets(frame: pd.DataFrame, labels_column: Any) -> list[tuple[str, ...]] | None:
    """The rows' labels as training parses them, or None when there is no one column
    ``labels_column`` to read (not yet checked there) or its cells are refused as labels."""
    from .label_cells import parse_label_set

    if not isinstance(labels_column, str) or labels_column not in frame.columns or frame[labels_column].ndim != 1:
        return None
    try:
        return [parse_label_set(value) for value in frame[labels_column].tolist()]
    except (InvalidInputError, InvalidTypeError):  # refused as labels, with training's own error, later
        return None


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


def unicode_form(name: str) -> str:
    """How ``name``'s accents are encoded: "NFC" (composed, as most keyboards type them),
    "NFD" (decomposed, as macOS file names and some exports give them) or "mixed".

    >>> unicode_form("Grün"), unicode_form("Gru\u0308n"), unicode_form("Gru\u0308n Grün")
    ('NFC', 'NFD', 'mixed')
    """
    if unicodedata.is_normalized("NFC", name):
        return "NFC"
    return "NFD" if unicodedata.is_normalized("NFD", name) else "mixed"


# Spelt on the command line as its --help spells it ('none' to skip).
_NO_STANCE_HEAD = "stance_column=None (on the command line: --stance-column none)"

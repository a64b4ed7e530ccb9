"""Scoring many statements into a DataFrame: the analyst's and the pipeline's entry point."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from . import inference
from .argument_order import is_a_model, refuse_model_as_data
from .columns import COLUMN_SAMPLE, EMPTY_HEADER
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    OtherLanguageWarning,
    a_type_name,
    is_0d_array,
    one_text_advice,
    one_value_array,
    quoted,
    quoted_list,
    require_progress,
    shortened,
    texts_in_a_list_advice,
    type_name,
)
from .file_objects import refuse_file_object
from .file_types import is_delimited
from .foreign_frames import as_pandas, computed
from .names import is_missing, named_rows, row_names
from .text import count_words, holds_lone_surrogate, is_blank

if TYPE_CHECKING:
    from collections.abc import Sequence
    from os import PathLike

    import pandas as pd

    from .model import StanceModel

RESULT_COLUMNS = ("label", "labels", "stance", "confidence", "flag")
# Rows handed to one progress-bar step (and one call of the batch predictor).
SCORE_CHUNK = 8192


def score(
    data: Any,
    text_column: str = "text",
    model: StanceModel | str | PathLike[str] | None = None,
    *,
    n_jobs: int = 1,
    progress: bool | None = None,
    prefix: str = "",
    encoding: str = "utf-8",
    sha256: str | None = None,
) -> pd.DataFrame | Any:
    """Score every statement of ``data`` and return a DataFrame (a Dask DataFrame for a
    Dask DataFrame ``data``).

    ``data`` is a DataFrame (its ``text_column`` is scored), a path to a .csv/.tsv/.jsonl/
    .parquet file or a folder of them (read in ``encoding``, as :func:`stance.train` reads
    one: UTF-8 by default, or UTF-16/32 with a byte-order mark; a folder's rows indexed
    ``"file.csv:row"``), a Series, or an iterable of str. The
    result keeps the input's index and columns and adds ``label``, ``labels`` (``"a|b"``),
    ``stance``, ``confidence``, one ``p_<label>`` column per label, one
    ``p_stance_<value>`` column per stance value (every one 0.0 where ``stance`` is None:
    a ``none`` row has no stance), and ``flag`` (the README's "Output formats"). A missing, blank or
    non-str text never raises: its row gets the off-topic label and a flag
    (``"missing"``, ``"empty"`` or ``"not_text"``). A text that is a spreadsheet's error
    value ("#N/A", a formula that failed) is scored as any text is, with a
    :class:`~stance.StanceWarning` naming its rows. A row with text is flagged
    ``"no_known_words"`` when none of its words is in the model's vocabulary and
    ``"many_unknown_words"`` when fewer than 70% are, as :meth:`StanceModel.classify`
    flags it (see :class:`~stance.Prediction`). Result columns that would overwrite
    input columns are refused; pass ``prefix="pred_"`` to rename them. The result's
    ``attrs["none_labels"]`` records the model's off-topic label for the labels column it
    wrote (``{"labels": "none"}``; ``{"labels": None}`` of a model without one), which
    :func:`stance.profile` leaves out untold. A ``text_column`` (or Series, or list) that holds
    no text (numbers, dates or booleans: a year column named by mistake), or one of one or two
    words a row beside a column of sentences (an id or a party), gets a
    :class:`~stance.StanceWarning` saying what it holds and naming the column that looks like
    the statements (see :func:`warn_of_wrong_text_column`).

    ``model`` is a :class:`StanceModel` or a saved model directory (None: the bundled
    model); ``sha256``, the parameters' digest its publisher gave, refuses any other (see
    :func:`stance.api.pinned_model`). ``n_jobs`` spreads more than 8,192 texts over processes, counted as joblib
    counts them: 1 (the default) scores in this process, 2 or more in that many (this one
    and ``n_jobs - 1`` workers), -1 on every core, -2 on all but one (0, which joblib
    refuses, is refused); in a process that may not start others
    (a multiprocessing Pool's worker) or was forked from one that had started its workers,
    it scores there, with a warning. The workers leave Ctrl-C to this process (a terminal
    sends it to them too), and a call it interrupts kills them (the next call starts others),
    unless another thread's call is using them; a worker ends within a second of the
    process that started it, however that ended (a SIGKILL too; POSIX only). ``progress=True`` shows a progress bar on
    stderr, ``False`` none, and None (the default) one on a terminal or in a Jupyter notebook for more
    than 8,192 texts (tqdm's widget bar there with ipywidgets, else its text bar);
    anything else, a str such as ``"no"`` among them, is refused with an :class:`InvalidTypeError`.

    A Dask DataFrame or Series (the ``dask`` extra) gives a lazy Dask DataFrame, scored
    partition by partition with the model sent to each worker once; ``n_jobs`` and
    ``progress`` are then left to Dask (see :func:`stance.distributed.score_dask`).

    >>> import stance
    >>> stance.score(["We have a one-speed NATO.", None])[["label", "flag"]]
      label     flag
    0  unity     None
    1   none  missing
    """
    data = as_pandas(data)  # before any check that reads a table by its class's name
    # (data, model): the model was taken for text_column, "no such column"; (model, data) too
    refuse_model_as_data(text_column, data, call="score", name="data", expected="a DataFrame, a Series or texts",
                         model_first=False)
    if is_a_model(data):
        after, passed = _given_after_model(text_column)  # a file's stat, so only for a model given as data
        refuse_model_as_data(data, after, call="score", name="data", expected="a DataFrame, a Series or texts",
                             model_first=False, passed=passed)
    return score_checked(data, text_column, model, n_jobs=n_jobs, progress=progress, prefix=prefix,
                         encoding=encoding, check_text_column=True, sha256=sha256)


def _result_name(frame: pd.DataFrame, name: str) -> str | tuple[str, ...]:
    """The name of a result column beside ``frame``'s: ``name``, or beside columns of several
    levels (a MultiIndex) ``name`` over blank ones, as pandas names a column set by its first
    level alone (and is deprecating setting one so).

    >>> import pandas as pd
    >>> _result_name(pd.DataFrame({("text", ""): ["We back NATO."]}), "label")
    ('label', '')
    """
    return name if frame.columns.nlevels == 1 else (name,) + ("",) * (frame.columns.nlevels - 1)


def _names_as_objects(data: Any) -> tuple[Any, Any]:
    """``data``, a DataFrame whose column names are pandas' text (pandas 3's default), as a
    shallow copy with them as Python strings, and their dtype to give the result back; any
    other ``data`` as it is, and None. The first look-up of a name among pandas 3's text names
    builds its table through ``warnings.catch_warnings``, which clears every module's warnings
    registry: a "once" filter, and Python's own once per line, warned again on every call
    scoring a new frame. Names of Python strings are looked up without it.

    >>> import pandas as pd
    >>> frame, dtype = _names_as_objects(pd.DataFrame({"text": ["We back NATO."]}))
    >>> frame.columns.dtype, dtype is None or isinstance(dtype, pd.StringDtype)
    (dtype('O'), True)
    """
    pd = forksafe.imported("pandas")

    if not isinstance(data, pd.DataFrame) or not isinstance(data.columns.dtype, pd.StringDtype) \
            or data.columns.nlevels > 1:
        return data, None
    # (numpy's dtype: see below)
    names = pd.Index(data.columns.tolist(), dtype=np.dtype(object), name=data.columns.name)
    data, dtype = data.copy(deep=False), data.columns.dtype
    data.columns = names
    return data, dtype


def _given_after_model(text_column: Any) -> tuple[Any, str]:
    """For ``score(model, text_column)``: what was given after the model, as the data to write
    first (a table's path, a frame, texts) and the other arguments to write after it. A str
    that names no file is the column ("speech"), kept as text_column=, and the default "text"
    is no argument given: the data are then missing, None, shown as "data".

    >>> _given_after_model("votes.csv"), _given_after_model("speech"), _given_after_model("text")
    (('votes.csv', ''), (None, "text_column='speech'"), (None, ''))
    """
    from .file_types import KNOWN_UNREAD_SUFFIXES, SUPPORTED_SUFFIXES

    if not isinstance(text_column, str):
        return text_column, ""
    suffix = os.path.splitext(text_column)[1].lower()
    if os.path.exists(text_column) or "/" in text_column or os.sep in text_column \
            or suffix in SUPPORTED_SUFFIXES + KNOWN_UNREAD_SUFFIXES:
        return text_column, ""  # a table's path, given first as the data
    return None, "" if text_column == "text" else f"text_column={quoted(text_column)}"


def score_checked(data: Any, text_column: str = "text", model: StanceModel | str | PathLike[str] | None = None, *,
                  n_jobs: int = 1, progress: bool | None = None, prefix: str = "", encoding: str = "utf-8",
                  check_text_column: bool = True, check_documents: bool = True, check_languages: bool = True,
                  bar: Any = None,
                  sha256: str | None = None, whole: bool = True, argument: str = "data") -> pd.DataFrame | Any:
    """:func:`score`, whose check that ``text_column`` holds the statements
    (:func:`warn_of_wrong_text_column`) is left out without ``check_text_column``: a file scored
    in chunks is checked on its first only, with one warning (``whole=False``: ``data`` is
    that first part, and the warning counts its rows as the first); whose warning of documents
    among the texts (:func:`warn_of_documents`) is left out without ``check_documents``, and its
    judgement of their language (:func:`warn_of_other_languages`) without ``check_languages`` or
    ``check_text_column`` (a file's chunks are judged together, see :mod:`stance.files`). A
    ``bar`` (anything with tqdm's ``update(n)``) is moved on by each batch of ``SCORE_CHUNK``
    rows as it is scored, in place of a bar of its own: a file's, whose chunks are larger.
    ``argument`` names ``data`` in what its reading says (`stance score FOLDER`'s "IN")."""
    from .api import resolve_model

    is_dask = forksafe.imported(".distributed").is_dask
    check_n_jobs = forksafe.imported(".parallel").check_n_jobs

    if not isinstance(prefix, str):
        raise InvalidTypeError(f"prefix must be a str put before the result columns' names, got {type_name(prefix)}")
    progress = require_progress(progress)
    if sha256 is not None:  # refused before any data is read; the pinned model is the one used
        model = resolve_model(model, sha256=sha256)
    if is_dask(data):
        score_dask = forksafe.imported(".distributed").score_dask

        return score_dask(data, text_column=text_column, model=model, prefix=prefix)
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, (int, np.integer)):
        raise InvalidTypeError(f"n_jobs must be an int (1: this process; 2 or more: processes; "
                               f"-1: every core), got {n_jobs!r}")
    n_jobs = int(n_jobs)
    check_n_jobs(n_jobs)
    model = resolve_model(model)._pinned()  # one model throughout, whatever fits run meanwhile
    data = as_pandas(data)  # (score converts it first; other callers may not)
    if type_name(data) == "Series" and data.name is not None:
        text_column = data.name  # a named Series keeps its name, so the result joins back on it
    _refuse_plain_text(data)
    data, names_dtype = _names_as_objects(data)  # the caller's frame, looked up in as_text_frame
    frame, built_names = _names_as_objects(as_text_frame(data, text_column, argument, encoding=encoding))
    names_dtype = built_names if names_dtype is None else names_dtype
    texts = frame[text_column].tolist()
    if check_text_column:
        warn_of_wrong_text_column(frame, text_column, _texts_named(data), whole=whole,
                                  off_topic=off_topic_label(model))
    if check_documents:
        warn_of_documents(texts, frame.index)
        warn_of_spreadsheet_errors(texts, frame.index)
        if not isinstance(data, (str, os.PathLike)):  # a file read warns of its own (stance.decoding.warn_of_mojibake)
            warn_of_mojibake(texts, lambda at: row_names(named_rows(frame.index), [at]))
    if check_text_column and check_languages:  # once a call: a file scored in chunks is judged whole (files.py)
        warn_of_other_languages(texts, model)
    flags = [None if isinstance(value, str) and not is_blank(value) else _flag(value) for value in texts]
    valid = [i for i, flag in enumerate(flags) if flag is None]
    columns = _result_columns(model, prefix)
    clash = [c for c in columns if c in frame.columns]
    if clash:
        raise InvalidInputError(_clash_message(clash, prefix, _result_columns(model, ""), frame.columns))
    valid_texts = texts if len(valid) == len(texts) else [texts[i] for i in valid]
    results = _predict(model, valid_texts, n_jobs=n_jobs, progress=progress, bar=bar, rows=len(texts))
    table = _assemble(model, results, valid, len(texts), flags)
    pd = forksafe.imported("pandas")

    out = frame.copy()
    # (beside a MultiIndex the names are tuples, see _result_name: an index of tuples still)
    if frame.columns.nlevels == 1 and holds_lone_surrogate(prefix + name for name in table):
        # A loaded model's label ("det\udcc3rrence", its p_ column): column names of Python
        # strings, since pandas 3's Arrow string names refuse one (see profile._index_of).
        out.columns = pd.Index(out.columns.tolist(), dtype=np.dtype(object), name=out.columns.name)
    elif names_dtype is not None:  # the names' own dtype, as the caller's frame has them
        out.columns = pd.Index(out.columns.tolist(), dtype=names_dtype, name=out.columns.name)
    for name, values in table.items():
        # object dtype keeps None as None (not NaN) and gives every input the same dtypes
        # (numpy's dtype, not the type object: pandas_dtype(object) enters catch_warnings, which
        # clears every module's warnings registry, so a "once" filter warned on every call)
        dtype = np.dtype(object) if values.dtype == np.dtype(object) else None
        column = pd.Series(values, index=frame.index, dtype=dtype)
        # insert, not out[name] =: setitem asks whether the columns are unique, which builds a
        # pandas 3 text index's lookup table through catch_warnings again, once per column. The
        # names were checked as new above (clash), which a frame refusing duplicates checks again.
        out.insert(len(out.columns), _result_name(frame, prefix + name), column,
                   allow_duplicates=out.flags.allows_duplicate_labels)
    # The input file's note for messages (see columns.EMPTY_HEADER) is no part of the result:
    # concatenated with another file's, frames of unlike attrs lose them all, none_labels too.
    out.attrs.pop(EMPTY_HEADER, None)
    record_none_label(out, model, prefix)
    return out


def _texts_named(data: Any) -> str | None:
    """How a message names the texts of ``data`` given to :func:`score`: None for a table's
    column (``text_column='…'``), and the texts themselves otherwise, since no text_column was passed.

    >>> _texts_named(["We act."]), _texts_named({"text": ["We act."]})
    ('data', None)
    """
    from collections.abc import Mapping

    if type_name(data) == "DataFrame" or isinstance(data, Mapping) or _names_a_file(data):
        return None
    name = getattr(data, "name", None) if type_name(data) == "Series" else None
    return "data" if name is None else f"data (the Series {quoted(name)})"


def wrong_text_column(frame: pd.DataFrame, text_column: str, subject: str | None = None,
                      whole: bool = True, *, off_topic: str | None) -> str | None:
    """Why ``text_column`` of ``frame`` looks like the wrong column to score, or None; the
    message starts with ``subject`` (None: ``text_column='…'``, as a table's column is named).
    ``whole=False``: ``frame`` is the first part of the data (a file's first chunk, a Dask
    partition), whose rows the message counts as the first. ``off_topic``: the model's
    off-topic label (:func:`off_topic_label`), which rows of no text get.

    It does when it holds no text (:func:`no_text_in`: numbers, dates, booleans, named by
    mistake), or when nine in ten of its first :data:`COLUMN_SAMPLE` filled rows are one or two
    words (an id, a number, a party, a date; :func:`stance.text.count_words`, which counts a
    run of Chinese characters or kana as words of two characters) while another column's texts run to five words
    or more at the median: every row would be scored ``none`` or on a word or two, with no
    error to say why (a user audit scored ``--text-column id`` so).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"id": ["A17", "B18"],
    ...                       "speech": ["We stand together as one.", "Send Kyiv more air defence now."]})
    >>> wrong_text_column(frame, "id", off_topic="none")
    "text_column='id' holds one or two words in 2 of 2 rows, where column 'speech' holds sentences (5.5 words at the \
median): is 'speech' the column of statements? (text_column='speech')"
    >>> wrong_text_column(frame, "speech", off_topic="none") is None
    True
    """
    from .columns import sentence_column

    sample = frame.head(COLUMN_SAMPLE)
    said = f"text_column={quoted(text_column)}" if subject is None else subject
    if (reason := no_text_in(frame, text_column, said, whole, off_topic=off_topic)) is not None:
        return reason
    filled = [value for value in sample[text_column].tolist() if not is_missing(value) and not is_blank(str(value))]
    # Words as a reader counts them (count_words): a Chinese sentence, which no space parts, is no one word.
    short = sum(count_words(str(value)) <= 2 for value in filled)
    if not filled or short * 10 < len(filled) * 9:
        return None
    found = sentence_column(sample, leave_out=text_column)
    if found is None:
        return None
    best, best_words = found
    sampled = len(sample) < len(frame) or not whole
    return (f"{said} holds one or two words in {_of_rows(short, len(filled), sampled)}, where column "
            f"{quoted(best)} holds sentences ({best_words:g} words at the median): is {quoted(best)} the column of "
            f"statements? (text_column={quoted(best)})")


# A column of this many filled rows or more holds no text when more than half of them hold
# none; a shorter one when none does: a text column with a stray number in it is not named.
NO_TEXT_ROWS = 20


def _holds_a_text(column: pd.Series) -> bool:
    r"""Whether a cell of ``column`` is neither missing nor blank (as :func:`stance.names.is_missing`
    and :func:`stance.text.is_blank` of its str tell), as ``any`` of them cell by cell would say:
    missing cells and str cells of whitespace alone (blank to ``is_blank`` too, whose blank
    characters hold every whitespace character) are left out at once, by pandas; the rest, a
    sentence stopping the search at once, are judged cell by cell. Cell by cell throughout,
    200,000 cells of " " took 0.23 s of CPU and 2 million 2.1 s.

    >>> import pandas as pd
    >>> _holds_a_text(pd.Series([" ", None, "\u200b", float("nan")])), _holds_a_text(pd.Series([" ", 0]))
    (False, True)
    """
    pd = forksafe.imported("pandas")

    column = column[column.notna().to_numpy()]
    if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
        # A cell that is no str strips to NaN, which is no "": it is judged below, as before.
        column = column[~column.str.strip().eq("").to_numpy(dtype=bool, na_value=False)]
    return any(not is_missing(value) and not is_blank(str(value)) for value in column)


def no_text_in(frame: pd.DataFrame, text_column: str, said: str, whole: bool = True, *,
               off_topic: str | None) -> str | None:
    """Why ``text_column`` of ``frame`` holds no text to score, the message starting with
    ``said``, or None. A filled value holds none when it is no str (a number, a date, a
    boolean: flagged ``not_text``) or a str of figures without a letter ("2022", "2024-10-23",
    as a file's column of years is read): a column named by mistake was scored ``none`` in
    every row, certain, with no word said. It does so when every filled row holds none, or
    more than half of :data:`NO_TEXT_ROWS` or more; the message names what the column holds
    and the columns beside it that hold text. Of its first :data:`COLUMN_SAMPLE` rows, and
    the message says so, unless its dtype alone (numbers, booleans, dates) says every row
    holds none: then it counts them all (all of ``frame``'s, the first rows of the data
    when it is not the ``whole`` of it: a file's 10,000 first were said to be "all"). The
    message says what the rows get by ``off_topic``, the model's off-topic label or None
    (see :func:`_scored_as`). A column empty or missing in every row of ``frame`` (every one,
    not the first 1,000) is named when another holds sentences (:func:`stance.columns.sentence_column`).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"year": [2022, 2023], "speech": ["We stand with Ukraine.", "Hello"]})
    >>> no_text_in(frame, "year", "text_column='year'", off_topic="none")
    "text_column='year' holds numbers (int64), no text, in all 2 rows, which are scored as no statement ('none'); \
column 'speech' holds text (2.5 words at the median): is 'speech' the column of statements? (text_column='speech')"
    >>> no_text_in(frame, "speech", "text_column='speech'", off_topic="none") is None
    True
    >>> frame = pd.DataFrame({"speaker": ["Member 12", "Member 9"], "notes": [None, " "],
    ...                       "speech": ["We stand with Ukraine today.", "Send Kyiv more air defence now."]})
    >>> print(no_text_in(frame, "notes", "text_column='notes'", off_topic="none"))  # doctest: +NORMALIZE_WHITESPACE
    text_column='notes' is empty or missing in every one of its 2 rows, which are scored as no statement ('none');
    column 'speech' holds sentences (5.5 words at the median): is 'speech' the column of statements?
    (text_column='speech')
    >>> print(no_text_in(frame.drop(columns="speech"), "notes", "text_column='notes'", off_topic="none"))
    None
    """
    from .columns import sentence_column

    # A sample: a column of strings is read value by value, which for millions of rows is slow.
    sample = frame.head(COLUMN_SAMPLE)
    sampled = len(sample) < len(frame) or not whole
    column = frame[text_column]
    filled = [value for value in sample[text_column].tolist() if not is_missing(value) and not is_blank(str(value))]
    without = [value for value in filled if not _holds_words(value)]
    most = len(without) == len(filled) or (len(filled) >= NO_TEXT_ROWS and len(without) * 2 > len(filled))
    if not filled and len(sample) and (found := sentence_column(sample, leave_out=text_column)) is not None:
        # Every row empty or missing beside a column of sentences: an empty column named by
        # mistake (a lecturer's audit), scored 'none' throughout with no word; alone, it is told
        # nothing, as empty text is a documented neutral answer. Sentences, five words or more at
        # the median, as wrong_text_column asks: a column of names ("Member 12", two words) was
        # offered as the statements. Judged on every row of ``frame`` (a DataFrame whole, a file's
        # first chunk), not its first 1,000: 1,500 blank rows above 197,400 sentences warned.
        if _holds_a_text(column.iloc[len(sample):]):
            return None
        best, words = found
        return (f"{said} is empty or missing in every one of its {'' if whole else 'first '}{len(frame)} rows, "
                f"{_scored_as(off_topic, [])}; column {quoted(best)} holds sentences ({words:g} words at "
                f"the median): is {quoted(best)} the column of statements? (text_column={quoted(best)})")
    if not filled or not most:
        return None
    if getattr(column.dtype, "kind", "O") in _NO_TEXT_KINDS:
        # Its dtype says it of every filled row, not of the sample's alone: 20,000 rows of
        # numbers were said to be "1000 of 1000 rows".
        count = int(column.notna().sum())
        if not whole:
            where = _of_rows(count, len(column), True)
        else:
            where = f"all {count} rows" if count == len(column) else f"all {count} filled rows"
    else:
        where = _of_rows(len(without), len(filled), sampled)
    others = text_columns(sample, leave_out=text_column)
    if others:
        (words, best), listed = others[0], [name for _, name in others]
        # "1 word": a column of party names holds one ("(1 words at the median)", a review)
        named = (f"column {quoted(best)} holds text ({words:g} word{'' if words == 1 else 's'} at the median)"
                 if len(others) == 1 else
                 f"columns {quoted_list(listed, 3)} hold text, {quoted(best)} the most words ({words:g} at the median)")
        hint = f"{named}: is {quoted(best)} the column of statements? (text_column={quoted(best)})"
    elif len(frame.columns) > 1:
        hint = "no column beside it holds text: is this the table of statements?"
    else:
        hint = "pass the statements (a column of text)"
    return f"{said} holds {_held(column, without)}, no text, in {where}, {_scored_as(off_topic, without)}; {hint}"


def off_topic_label(model: Any) -> str | None:
    """``model``'s off-topic label, which a row of no text gets, or None when it has none
    among its labels (such a row then gets no label, '').

    >>> import stance
    >>> off_topic_label(stance.default_model())
    'none'
    """
    params = model.params_
    return params.none_label if params.none_label in params.labels else None


def _scored_as(off_topic: str | None, values: list[Any]) -> str:
    """What rows of no text get, in words, ``values`` their filled values (none: every row
    empty or missing): the model's ``off_topic`` label; with None, no label ('') for a value
    that is no str, and one of the model's labels for figures written as text, which it reads
    (the label of no evidence when it knows none of them): 'none' was said whatever the
    model's off-topic label, and of a model without one.

    >>> _scored_as("other", [2022])
    "which are scored as no statement ('other')"
    >>> _scored_as(None, [2022])
    "which get no label ('', confidence 0): the model has no off-topic label"
    """
    if off_topic is not None:
        return f"which are scored as no statement ({quoted(off_topic)})"
    figures = ("one of the model's labels all the same (on the figures it knows, or as any text of no word it "
               "knows, flag no_known_words)")
    if values and all(isinstance(value, str) for value in values):
        return f"which get {figures}: the model has no off-topic label"
    if any(isinstance(value, str) for value in values):
        return f"which get no label ('', confidence 0) or, figures written as text, {figures}: the model has no " \
               f"off-topic label"
    return "which get no label ('', confidence 0): the model has no off-topic label"


# The dtype kinds of a column that holds no text in any row (numbers, booleans, dates,
# durations), named by _held.
_NO_TEXT_KINDS = {"i": "numbers", "u": "numbers", "f": "numbers", "c": "numbers", "b": "booleans", "M": "dates",
                  "m": "durations"}


def _of_rows(some: int, filled: int, sampled: bool) -> str:
    """"``some`` of ``filled`` rows", of the first rows when they are a sample of the column's.

    >>> _of_rows(2, 2, False), _of_rows(1000, 1000, True)
    ('2 of 2 rows', '1000 of the first 1000 rows')
    """
    return f"{some} of {'the first ' if sampled else ''}{filled} rows"


def _holds_words(value: Any) -> bool:
    """Whether a filled value is text to score: a str but one of figures without a letter.

    >>> _holds_words("We act."), _holds_words("2024-10-23"), _holds_words("🇺🇦"), _holds_words(2024)
    (True, False, True, False)
    """
    if not isinstance(value, str):
        return False
    return not any(character.isdigit() for character in value) or any(character.isalpha() for character in value)


def _held(column: pd.Series, values: list[Any]) -> str:
    """What ``values``, filled values of ``column`` that are no text, are, in words: by the
    column's dtype when it has one (``numbers (int64)``), by each value's type otherwise.

    >>> import pandas as pd
    >>> _held(pd.Series([True]), [True]), _held(pd.Series(["1.5", 2], dtype=object), ["1.5", 2])
    ('booleans (bool)', "figures written as text ('1.5'), numbers (int)")
    """
    import datetime
    import numbers

    if (kind := getattr(column.dtype, "kind", "O")) in _NO_TEXT_KINDS:
        return f"{_NO_TEXT_KINDS[kind]} ({column.dtype})"
    kinds: dict[str, dict[str, None]] = {}
    for value in values:
        if isinstance(value, str):
            kinds.setdefault("figures written as text", {})[quoted(value)] = None
            continue
        if isinstance(value, (bool, np.bool_)):
            kind = "booleans"
        elif isinstance(value, numbers.Number):
            kind = "numbers"
        elif isinstance(value, (datetime.date, datetime.time, np.datetime64)):
            kind = "dates"
        else:
            kind = "bytes" if isinstance(value, bytes) else "other values"
        kinds.setdefault(kind, {})[type_name(value)] = None
    return ", ".join(f"{kind} ({', '.join(list(names)[:2])})" for kind, names in kinds.items())


def text_columns(frame: pd.DataFrame, leave_out: Any) -> list[tuple[float, Any]]:
    """The columns of ``frame`` but ``leave_out`` half or more of whose rows hold words
    (:func:`_holds_words`), each after its texts' median number of words, the most first.

    >>> import pandas as pd
    >>> text_columns(pd.DataFrame({"id": [1], "party": ["SNP"], "text": ["We act now."]}), "id")
    [(3.0, 'text'), (1.0, 'party')]
    """
    found = []
    for position, name in enumerate(frame.columns):
        if name == leave_out:
            continue
        texts = [value for value in frame.iloc[:, position].tolist()
                 if isinstance(value, str) and not is_blank(value) and _holds_words(value)]
        if texts and len(texts) * 2 >= len(frame):
            found.append((float(np.median([len(text.split()) for text in texts])), position, name))
    return [(words, name) for words, _, name in sorted(found, key=lambda item: (-item[0], item[1]))]


def warn_of_wrong_text_column(frame: pd.DataFrame, text_column: str, subject: str | None = None,
                              whole: bool = True, *, off_topic: str | None) -> bool:
    """Give a :class:`~stance.TextColumnWarning` when :func:`wrong_text_column` finds
    ``text_column`` unlike the statements (``subject``: how the message names it; ``whole``:
    ``off_topic``: as there); say whether it did."""
    from .exceptions import TextColumnWarning, warn

    if (reason := wrong_text_column(frame, text_column, subject, whole, off_topic=off_topic)) is not None:
        warn(reason, TextColumnWarning)
        return True
    return False


# A text this long is a document, not a statement: ten times the longest of the bundled
# corpus's statements (495 characters; 99% are under 400), some 35 sentences.
DOCUMENT_LENGTH = 5000
# A Chinese, Japanese or Korean character (a wide one: Han, Kana, Hangul, full-width forms) says
# about what three letters of a language written with spaces say, a word being one or two of them
# there and some five letters and a space here: it counts three toward DOCUMENT_LENGTH, so that a
# Chinese text of 1,700 characters, some 35 sentences too, is a document (one of 4,423 characters,
# 140 sentences, was taken for a statement).
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
WIDE_WEIGHT = 3
# What the warnings add to "characters or more" where a text of fewer reached DOCUMENT_LENGTH so.
WIDE_COUNTED = "a Chinese, Japanese or Korean character counting three"


def is_document(text: Any) -> bool:
    """Whether ``text`` is a document's length rather than a statement's: :data:`DOCUMENT_LENGTH`
    characters or more, each wide one (Chinese, Japanese, Korean) counting three.

    >>> is_document("x" * 5000), is_document("我们团结。" * 340), is_document("我们团结。" * 330)
    (True, True, False)
    """
    if not isinstance(text, str) or len(text) * WIDE_WEIGHT < DOCUMENT_LENGTH:
        return False  # most texts: too short to be one however they are counted
    return len(text) >= DOCUMENT_LENGTH or len(text) + (WIDE_WEIGHT - 1) * len(_WIDE.findall(text)) >= DOCUMENT_LENGTH


def documents_among(texts: list[Any]) -> list[int]:
    """The positions of the texts of ``texts`` that are documents rather than statements (see
    :func:`is_document`): :data:`DOCUMENT_LENGTH` characters or longer, a wide one counting three.

    >>> documents_among(["We stand together.", "x" * 5000, None, "我们团结。" * 400])
    [1, 3]
    """
    return [i for i, text in enumerate(texts) if is_document(text)]


def warn_of_documents(texts: list[Any], index: Any, positions: list[int] | None = None) -> bool:
    """Give a :class:`~stance.LongTextWarning` naming the rows (of ``index``) whose text is a
    document rather than a statement (``positions``, or :func:`documents_among` of
    ``texts``); say whether it did. Such a text, a whole debate exported in one cell, is
    scored as one statement, its label and stance the pull of all its sentences together,
    and was given one with no word, where :func:`stance.score_documents` scores each statement.
    """
    from .names import named_rows

    positions = documents_among(texts) if positions is None else positions
    if not positions:
        return False
    named = named_rows(index)
    return warn_of_document_rows([named[i] for i in positions], [len(texts[i]) for i in positions])


def warn_of_spreadsheet_errors(texts: list[Any], index: Any, start: int | None = None) -> list[int]:
    """Give a :class:`~stance.StanceWarning` naming the rows (of ``index``) whose text is a
    spreadsheet's error value ("#N/A" where a formula gave the text and failed), unless
    ``start`` is given: then return their positions counted from ``start`` (a file's chunk's,
    warned of once by :func:`warn_of_spreadsheet_error_rows`). Such a text was scored as a
    statement without a word, and counted as one in a profile; training refuses it."""
    from .label_cells import is_spreadsheet_error_text

    positions = [i for i, text in enumerate(texts) if is_spreadsheet_error_text(text)]
    if start is not None:
        return [start + i for i in positions]
    named = named_rows(index)
    warn_of_spreadsheet_error_rows([named[i] for i in positions], [texts[i] for i in positions])
    return positions


def warn_of_spreadsheet_error_rows(rows: Sequence[Any], values: Sequence[str]) -> bool:
    """Give :func:`warn_of_spreadsheet_errors`' warning of the rows ``rows`` (their names),
    whose texts are ``values``; say whether it did.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_spreadsheet_error_rows([3, 7], ["#N/A", "#N/A"])
    True
    >>> str(caught[0].message)[:80]
    "rows 3, 7 hold '#N/A', a spreadsheet's error value (a formula that failed: '#N/A"
    """
    from .label_cells import warn_of_spreadsheet_error_texts

    if not rows:
        return False
    warn_of_spreadsheet_error_texts(row_names(rows, range(len(rows)), limit=5), values, "a profile")
    return True


def warn_of_classified_spreadsheet_errors(texts: Sequence[Any], name: Callable[[int], str], what: str = "texts",
                                          stop_at_first: bool = False,
                                          named: Callable[[list[int]], str] | None = None) -> bool:
    """Give :func:`warn_of_spreadsheet_errors`' warning of statements classified one by one
    (:func:`stance.classify`, :func:`stance.classify_many`, ``stance classify``) that are a
    spreadsheet's error value ("#N/A" pasted from a column a formula filled, and failed),
    naming each by ``name`` (of its position: "texts[1]", "statement 2"), five at most, as the
    rows of a frame are named, in :func:`stance.label_cells.warn_of_spreadsheet_error_texts`'
    words; say whether it did. Each was classified without a word, where
    stance.score warns of it and training refuses it. With ``stop_at_first`` (a live stream's)
    the first is named and the rest are not looked at; ``what`` says such texts in a plural.
    ``named`` (of their positions) names them all instead, where one word heads them all
    ("statements 2 and 3", see :func:`stance.cli_classify.statements_named`).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_classified_spreadsheet_errors(["We agree.", "#N/A", " #REF! "], lambda at: f"texts[{at}]")
    True
    >>> str(caught[0].message)[:76]
    "texts[1], texts[2] are '#N/A' and '#REF!', a spreadsheet's error values (a f"
    """
    from .label_cells import is_spreadsheet_error_text, warn_of_spreadsheet_error_texts

    found = []
    for at, text in enumerate(texts):
        if is_spreadsheet_error_text(text):
            found.append(at)
            if stop_at_first:
                break
    if not found:
        return False
    if named is not None:
        names = named(found)
    else:
        names = ", ".join(name(at) for at in found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    later = f" (the first such {what[:-1]}; any later one is not named)" if stop_at_first else ""
    warn_of_spreadsheet_error_texts(names, [texts[at] for at in found], None, whole=True, note=later)
    return True


def warn_of_document_rows(rows: Sequence[Any], sizes: Sequence[int], *, named: str | None = None) -> bool:
    """Give :func:`warn_of_documents`'s :class:`~stance.LongTextWarning` of the rows ``rows``
    (their names, as :func:`stance.names.named_rows` gives them), whose texts, documents
    rather than statements, are ``sizes`` characters long; say whether it did. A file scored
    chunk by chunk collects its chunks' rows and warns of them all once (see
    :func:`stance.files.score_file`), whatever the chunks. ``named`` names the rows instead, as
    a Dask frame's partitions do ("partition 1, row 3", see :mod:`stance.distributed`).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_document_rows(list(range(2, 9)), [5000] * 7)
    True
    >>> str(caught[0].message)[:79]
    "text of a document's length: rows 2, 3, 4, 5, 6 and 2 more hold texts of 5,000 "
    """
    from .exceptions import LongTextWarning, warn
    from .names import row_names

    if not sizes:
        return False
    names = named if named is not None else row_names(rows, range(len(rows)), limit=5)
    if len(sizes) == 1:
        wide = f" ({WIDE_COUNTED})" if sizes[0] < DOCUMENT_LENGTH else ""
        said = f"{names} holds a text of {sizes[0]:,} characters{wide}, too long for a statement: it is"
    else:
        wide = f", {WIDE_COUNTED}" if min(sizes) < DOCUMENT_LENGTH else ""
        said = (f"{names} hold texts of {DOCUMENT_LENGTH:,} characters or more{wide} (the longest {max(sizes):,}), "
                f"too long for statements: each is")
    # The command line's own way: stance document of the speech saved as text (it reads no table of them).
    how = ("stance.score_documents splits each text into statements and scores them, carrying a DataFrame's other "
           "columns (stance document reads .txt files)",
           "save each as a .txt file: stance document splits each into statements and scores them")
    warn(lambda words: f"{said} scored as one statement, its label and stance the pull of all its sentences together; "
                       f"to score a speech or a debate statement by statement, {words.either(*how)}", LongTextWarning)
    return True


def warn_of_mojibake(texts: Sequence[Any], name: Callable[[int], str], what: str = "rows",
                     stop_at_first: bool = False) -> bool:
    """Give one :class:`~stance.MojibakeWarning` when ``texts`` hold text decoded in the wrong
    encoding ("doesnâ€™t"), as :func:`stance.score_document` warns of a document's (see
    :func:`stance.document._misdecoded`), naming the first by ``name`` (of its position: "row
    11", "texts[1]") and counting them as ``what``; say whether it did. Such a text is scored
    as words the model does not know, its negation lost, and was given its answer without a
    word. ASCII texts, most statements, hold none and are passed over at once; with
    ``stop_at_first`` the rest are not looked at once one is found (a live stream's).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_mojibake(["We agree.", "Ukraineâ€™s future."], lambda at: f"row {at}")
    True
    >>> str(caught[0].message)[:71]
    "mojibake: row 1 holds 'â€™', which is '’' decoded in the wrong encoding"
    """
    from .document import _misdecoded, mojibake_told
    from .exceptions import MojibakeWarning, quoted, warn

    found: list[tuple[int, tuple[int, str, str]]] = []
    for at, text in enumerate(texts):
        if isinstance(text, str) and not text.isascii() and (bad := _misdecoded(text)) is not None:
            found.append((at, bad))
            if stop_at_first:
                break
    if not found:
        return False
    at, (_, bad, was) = found[0]
    # Of many, the first as before ("whose 'â€™' is '’' so decoded"), or what it is where nothing undoes it.
    first = (f"whose {quoted(bad)} is {quoted(was)} so decoded" if was != bad
             else f"which holds {mojibake_told(bad, was)}")
    said = (f"{name(at)} holds {mojibake_told(bad, was)}, " if len(found) == 1 else
            f"{len(found):,} {what} hold text decoded in the wrong encoding, {name(at)} the first, "
            f"{first}; ")
    warn(f"{said}scored as written, where the model knows no such words; decode the source in its real encoding "
         f"(UTF-8 for a web page's text) before scoring", MojibakeWarning)
    return True


# How every OtherLanguageWarning begins, before its counts (see stance.exceptions.warn).
OTHER_LANGUAGE_PREFIX = OtherLanguageWarning.prefix
# Rows a batch is first judged on, spread over it, before all are counted (warn_of_other_languages).
_LANGUAGE_SAMPLE = 2_000


def warn_of_other_languages(texts: list[Any], model: StanceModel) -> bool:
    """Give one :class:`~stance.OtherLanguageWarning` when a model that reads English (stemmed so,
    ``stem=True`` or "porter") scores a batch of which half the rows of five words or more, and
    three or more, hold none of English's commonest words and one of another language's, or are of
    another script (:func:`stance.text.other_language_rows`), naming how many; say whether it
    did. Such a row is scored by the few words it shares with the English corpus, an answer that
    is no judgement, which ``many_unknown_words`` does not always flag ("Nous refusons l'envoi de
    soldats français en Ukraine." is ``ukraine_support``, unflagged). Three rows at least, as a
    row of English does now and then look so (25 of the corpus's 30,637 of five words or more).
    The warning names the training options that read those rows' language, as training's own
    warnings do (:func:`stance.text.other_language_options`).
    """
    from .text import other_language_rows

    if not reads_english(model):
        return False
    if len(texts) > _LANGUAGE_SAMPLE:
        # English batches, the most, are told by a spread sample: all 200,000 rows of a
        # parliament's record took 1.6 s, a tenth of their scoring, to say nothing
        sampled, sampled_long = other_language_rows(language_sample(texts))
        if sampled * 3 < sampled_long:
            return False
    other, long = other_language_rows(texts)
    return warn_of_counted_languages(other, long, texts, model)


def language_sample(texts: list[Any], seed: int = 0) -> list[Any]:
    """The rows of ``texts`` their language is first judged on: all of fewer than twice
    :data:`_LANGUAGE_SAMPLE`, else as many as a step of ``len // _LANGUAGE_SAMPLE`` gives, drawn at
    random, in their order, the draw seeded by ``seed`` (a file's chunk's number, see
    :class:`stance.files._LanguageRows`; a batch is its first chunk, so a file of one chunk is
    judged on the rows ``stance.score`` judges). Rows taken at a fixed step missed every row whose
    place repeats with a period that divides the step: English and German rows by turns were read
    as all English. numpy's draw (Floyd's) is the same from numpy 1.24 to 2.x, and costs 0.1 ms
    whatever the rows.

    >>> len(language_sample(list(range(5_000)))), language_sample(list(range(5_000))) == language_sample(
    ...     list(range(5_000)))
    (2500, True)
    """
    step = max(1, len(texts) // _LANGUAGE_SAMPLE)
    if step == 1:
        return texts
    import numpy as np

    drawn = np.random.default_rng(seed).choice(len(texts), size=len(texts) // step, replace=False)
    return [texts[at] for at in np.sort(drawn).tolist()]


def reads_english(model: StanceModel) -> bool:
    """Whether ``model`` reads its texts as English (stemmed so: ``stem=True`` or "porter"), whose
    batches :func:`warn_of_other_languages` judges.

    >>> import stance
    >>> reads_english(stance.default_model())
    True
    """
    return model.params_.analyzer_options.get("stem", True) in (True, "porter")


def warn_of_counted_languages(other: int, long: int, texts: Sequence[Any], model: StanceModel,
                              estimated: bool = False, spread_over: str = "the file") -> bool:
    """:func:`warn_of_other_languages`' judgement and warning of rows already counted: ``other``
    of another language of ``long`` of five words or more, of which ``texts`` are (or a part
    that tells their language); say whether it warned. ``stance classify`` judges so its first
    2,000 lines, once, as they are answered (:func:`stance.cli_classify._warned_of_other_languages`).
    ``estimated``: the counts are a file's, estimated from rows spread over it (see
    :class:`stance.files._LanguageRows`), and said to be, with what they are spread over (``spread_over``:
    a glob's "the files", not "the file")."""
    from .exceptions import warn
    from .text import ENGLISH_ROW_WORDS, language_options, other_language_script

    stem = model.params_.analyzer_options.get("stem", True)
    if not reads_english(model) or other < 3 or other * 2 < long:
        return False
    script = other_language_script(texts)
    counted = (f"an estimated {other:,} of the {long:,} statements of {ENGLISH_ROW_WORDS} words or more (judged on "
               f"rows spread over {spread_over})" if estimated else
               f"{other:,} of the {long:,} statements of {ENGLISH_ROW_WORDS} words or more")
    # warn puts the class's fixed start, OTHER_LANGUAGE_PREFIX, before the counts; the command line
    # is told its own command and --option, not stance.train(...) and its arguments, and the model's
    # stem so too ("trained on English (stem=True)" was Python's beside the --option advice).
    warn(lambda words: f"{counted} hold "
         f"none of English's commonest words (the, and, of, to…), and this model, trained on English "
         f"({words.option('stem', stem)}), scores them by the few words they share with English, an answer that is "
         f"no judgement, which the flag many_unknown_words misses where those words are many; set them aside, or "
         f"score them with a model trained in their language ({words.either('stance.train(...)', 'stance train')}: "
         f"{language_options(script, words)}; see the README, "
         f"\"Other languages\")", OtherLanguageWarning)
    return True


def record_none_label(scored: pd.DataFrame, model: StanceModel, prefix: str = "") -> None:
    """Record in ``scored.attrs`` the off-topic label of ``model``, which wrote the
    ``<prefix>labels`` column, for :func:`stance.profile` to leave out untold (a model's
    "other" was profiled as a target); a model without one records None, which is no
    missing record: profile reads a missing one as "none", and a model's target called
    "none" was left out. With None, its labels too (under ``"targets"``), so that profile
    honours the None only while the frame's labels are these, not another model's written in
    later. New dicts, since pandas before 2.1 shares a copied frame's attrs' values with the
    original.

    >>> import stance
    >>> stance.score(["We stand together."]).attrs
    {'none_labels': {'labels': 'none'}}
    """
    from .profile import NONE_LABELS, TARGETS

    column, none_label = f"{prefix}labels", model.params_.none_label
    recorded = scored.attrs.get(NONE_LABELS)
    scored.attrs[NONE_LABELS] = {**(recorded if isinstance(recorded, dict) else {}), column: none_label}
    recorded = scored.attrs.get(TARGETS)
    targets = {name: labels for name, labels in (recorded.items() if isinstance(recorded, dict) else ())
               if name != column}  # an earlier model's, of this column, is no record of this one's
    if none_label is None:
        targets[column] = list(model.labels)
    if targets:
        scored.attrs[TARGETS] = targets
    else:
        scored.attrs.pop(TARGETS, None)


def _require_text_column(frame: pd.DataFrame, text_column: str, whose: str | None, *,
                         read_from_path: bool = False, delimited: bool | Callable[[], bool] = True) -> None:
    """Refuse ``frame`` without ``text_column``, the message starting with ``whose`` (None: the column alone);
    ``read_from_path``: stance read ``frame`` from a path, ``delimited`` a file of delimited text
    (see :func:`stance.columns.require_columns`)."""
    from .columns import require_columns

    try:
        require_columns(frame, {"text_column": text_column}, read_from_path=read_from_path, delimited=delimited)
    except InvalidInputError as error:
        if whose is None:
            raise
        raise InvalidInputError(f"{whose}: {error}") from None


def as_text_frame(data: Any, text_column: str, argument: str = "data", *, encoding: str = "utf-8",
                  name_it: bool = False, for_one: str | None = "stance.classify()") -> pd.DataFrame:
    """``data`` as a DataFrame with the texts in ``text_column`` (a DataFrame as it is).

    Accepts a DataFrame, a dict of columns, a Series (a Dask one computed), a path to a data file (read in
    ``encoding``) or any
    ordered iterable of texts; refuses any other bare str or bytes, and a set (the result
    is in the input's order), naming ``argument`` in the error. With ``name_it`` (data
    beside a call's main input, which has the column), a missing ``text_column`` is said
    to be ``argument``'s: ``exclude='lab.csv': text_column='text': no such column; …``.
    ``for_one`` names what the caller would use for one statement instead, which a bare str's
    refusal suggests (None: nothing).
    """
    from collections.abc import Hashable, Mapping

    pd = forksafe.imported("pandas")

    from .columns import values_for_a_name
    from .data import refuse_unordered

    # Every row is read here (explain_many, suggest): a Dask frame as the pandas frame or Series
    # it computes to, its index kept. Taken as an iterable, a Dask DataFrame gave its column
    # names, so explain_many(ddf) explained "text" and "speaker" as two statements.
    data = as_pandas(computed(data), argument)

    if (message := values_for_a_name("text_column", text_column,
                                      data if isinstance(data, pd.DataFrame) else None)) is not None:
        raise InvalidTypeError(message)
    if text_column is None or not isinstance(text_column, Hashable):  # a list would select several
        raise InvalidTypeError(f"text_column must name the one column of texts (a str), got {quoted(text_column)}")
    whose = None
    if name_it:
        whose = f"{argument}={quoted(str(data))}" if _names_a_file(data) else f"{argument} ({a_type_name(data)})"
    if isinstance(data, Mapping):  # a dict of columns, not an iterable of its keys
        data = _columns_frame(data, argument, text_column)
    if isinstance(data, pd.DataFrame):
        _require_text_column(data, text_column, whose)
        return data
    if isinstance(data, pd.Series):
        return data.to_frame(name=text_column if data.name is None else data.name)
    if _names_a_file(data):  # a data file or folder, read as train() and evaluate() read one
        from .parquet_files import refuse_undecoded
        from .tables import read_table

        source = data
        if _empty_jsonl(data):  # a day's export without rows: no rows, as a CSV of headers only gives
            from pathlib import Path

            no_rows = forksafe.imported(".jsonl").no_rows

            return no_rows(Path(data), text_column, blank_lines=Path(data).stat().st_size > 0)
        data = read_table(data, argument=argument, encoding=encoding, text_columns=[text_column],
                          r_missing_in=[text_column])
        _require_text_column(data, text_column, whose, read_from_path=True, delimited=lambda: is_delimited(source))
        refuse_undecoded(data, text_column, source)
        return data
    if isinstance(data, (str, bytes)):
        # A statement ending in a file's name ("See data.json") may be a path mistyped: say so too.
        path_too = (f"; if it is a path, no such file: {quoted(data)}"
                    if isinstance(data, str) and os.path.splitext(data.rstrip())[1].lower() in _data_suffixes() else "")
        raise InvalidTypeError(
            f"{argument} must be a DataFrame, Series or iterable of str, got a single {type_name(data)}; "
            f"{one_text_advice(data, for_one)}{path_too}"
        )
    if data is None or not hasattr(data, "__iter__"):
        raise InvalidTypeError(f"{argument} must be a DataFrame, Series or iterable of str, got {type_name(data)}")
    if is_0d_array(data):  # list() of it raised numpy's "iteration over a 0-d array"
        raise InvalidTypeError(f"{argument} must be a DataFrame, Series or iterable of str, "
                               f"got {one_value_array(data)}")
    refuse_file_object(data, argument)  # iterated, its lines were taken for statements
    refuse_unordered(data, argument)
    texts = list(data)
    _refuse_rows_for_texts(data, texts, argument)
    return pd.DataFrame({text_column: pd.Series(texts, dtype=np.dtype(object))})  # numpy's: see score_checked


def _refuse_rows_for_texts(data: Any, texts: list[Any], argument: str) -> None:
    """Refuse a 2-D array, or rows each of which is a tuple or list (a database cursor's
    ``fetchall()``): scored, every row was "none", flag not_text, with no word said. One such
    row among texts is that row's flag, as any other value that is no str.

    >>> _refuse_rows_for_texts(None, [("We stand together.",)], "data")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: data: every row is a tuple, not a str (a database cursor's rows?); pass the
    texts themselves, e.g. [row[0] for row in rows], or a DataFrame and its text_column
    """
    shape = getattr(data, "shape", None)
    if type_name(data) == "ndarray" and shape is not None and len(shape) > 1:
        columns = ", ".join(f"{size} {'row' if n == 0 else 'column'}{'' if size == 1 else 's'}"
                            for n, size in enumerate(shape[:2]))
        raise InvalidTypeError(f"{argument} is a {len(shape)}-D array ({columns}); pass its column of texts, e.g. "
                               f"array[:, 0], or a DataFrame and its text_column")
    nested = texts_in_a_list_advice(texts, argument) if isinstance(data, (list, tuple)) else None
    if nested:  # R's score(list(x)): told "every row is a list", the caller kept the first text alone
        raise InvalidTypeError(nested)
    if texts and all(isinstance(text, (tuple, list)) for text in texts):
        raise InvalidTypeError(f"{argument}: every row is {a_type_name(texts[0])}, not a str (a database cursor's "
                               f"rows?); pass the texts themselves, e.g. [row[0] for row in rows], or a DataFrame "
                               f"and its text_column")


def as_table(data: Any, text_column: Any = "text", argument: str = "data") -> Any:
    """``data`` given where a table of labelled statements is read (train, evaluate, …): a
    polars or pyarrow table as pandas, and a dict of columns as the DataFrame stance.score
    reads it as, so that every call reading a table takes the same kinds; else as it is.

    >>> as_table({"text": ["We act."], "labels": ["energy"]})
          text  labels
    0  We act.  energy
    """
    from collections.abc import Hashable, Mapping

    data = as_pandas(data, argument)
    if isinstance(data, Mapping):
        # text_column only words the advice for a dict that is one record; a Series given for it is no name.
        named = text_column if isinstance(text_column, str) and isinstance(text_column, Hashable) else "text"
        return _columns_frame(data, argument, named)
    return data


def _columns_frame(data: Any, argument: str, text_column: Any = "text") -> pd.DataFrame:
    """The dict ``data`` of columns as a DataFrame; a dict that is no table (of texts named
    by their keys, of columns of unequal length or of no order) is refused naming ``argument``
    and what to pass, where pandas' words ("If using all scalar values, you must pass an
    index") said nothing of it. A dict of one text at ``text_column`` is one record (an R named
    list, through reticulate), told to pass it as a row. A column of texts holding a lone surrogate is of Python
    strings (object), as a list of texts is scored.

    >>> _columns_frame({"text": ["We act.", "Thank you."], "source": "speech"}, "data").shape
    (2, 2)
    >>> _columns_frame({"a": "We act."}, "data")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: data: a dict is read as a table of columns (...), but 'a' maps to a single ...
    """
    from collections.abc import ItemsView, KeysView, Mapping, Sequence, Set

    pd = forksafe.imported("pandas")

    columns = {key: value for key, value in data.items() if pd.api.types.is_list_like(value)}
    if data and not columns:  # {name: text}, as score_documents takes: pandas asked for an index
        key, value = next(iter(data.items()))
        # A record's text beside its fields: as a Series, "Labour" of its party was a statement
        record = isinstance(data.get(text_column), str)
        advice = (f"for one record (its text at {quoted(text_column)}, its fields beside it), pass "
                  f"pd.DataFrame([{argument}]) (one row)" if record
                  else f"for texts named by their keys, pass pd.Series({argument}) (the keys its index) or "
                       f"list({argument}.values())")
        raise InvalidInputError(
            f"{argument}: a dict is read as a table of columns (a name to a list of values), but {quoted(key)} maps "
            f"to a single {type_name(value)}; {advice}"
        )
    for key, value in columns.items():
        if isinstance(value, Set) and not isinstance(value, (Sequence, KeysView, ItemsView)):
            raise InvalidTypeError(
                f"{argument}: column {quoted(key)} is {a_type_name(value)}, which has no order, where rows are "
                f"filled by position; pass a list (sorted(...) if any order will do)"
            )
    # Columns filled by position; a Series or a dict is aligned on its index, which pandas does.
    lengths = {key: len(value) for key, value in columns.items()
               if hasattr(value, "__len__") and not isinstance(value, (Mapping, pd.Series))}
    if len(set(lengths.values())) > 1:
        listed = list(lengths.items())
        shown = ", ".join(f"{quoted(key)} {'has ' if i == 0 else ''}{count}"
                          for i, (key, count) in enumerate(listed[:5]))
        shown += f" and {len(listed) - 5} more" if len(listed) > 5 else ""
        raise InvalidInputError(f"{argument}: a dict of columns must give each column as many values: {shown}")
    # A column of texts holding a lone surrogate ("bad \udcc3", a byte of a file not in UTF-8),
    # which classify and a list of the texts take: pandas 3 makes it an Arrow string array,
    # which refuses one (a UnicodeEncodeError, which is a ValueError). Such a column goes in
    # after as Python strings (object), by position as pandas puts a list; a None stands in
    # for it, so that the table is laid out as pandas lays out the dict.
    held = {key: value for key, value in columns.items()
            if hasattr(value, "__len__") and not isinstance(value, pd.Series) and holds_lone_surrogate(
                value.values() if isinstance(value, Mapping) else value)}
    laid_out = {key: ([None] * len(value) if key in held and not isinstance(value, Mapping)
                      else dict.fromkeys(value) if key in held else value) for key, value in data.items()}
    try:
        frame = pd.DataFrame(laid_out)
    except ValueError as error:  # a list beside a Series of another length, a dict beside a list, a 2-D array
        raise InvalidInputError(f"{argument}: a dict of columns could not be read as a table: {error}") from None
    for key, value in held.items():  # a dict on its keys, as pandas aligns one; a list by position
        frame[key] = (pd.Series(dict(value), dtype=object).reindex(frame.index) if isinstance(value, Mapping)
                      else pd.Series(list(value), index=frame.index, dtype=object))
    return frame


def _empty_jsonl(data: str | PathLike) -> bool:
    """Whether ``data`` names a JSON Lines file of no bytes or of blank lines only."""
    from pathlib import Path

    holds_no_lines = forksafe.imported(".jsonl").holds_no_lines

    path = Path(data)
    return path.suffix.lower() == ".jsonl" and os.path.isfile(path) and holds_no_lines(path)


def _names_a_file(data: Any) -> bool:
    """Whether ``data`` is to be read as a data file or folder rather than taken for texts.

    >>> _names_a_file("in.csv"), _names_a_file("We stand together."), _names_a_file("notes.txt")
    (True, False, False)
    >>> _names_a_file("hansard_2024.xlsx"), _names_a_file("votes.json"), _names_a_file("Yes.")
    (True, True, False)
    >>> _names_a_file("mydta/"), _names_a_file("We stand together /")
    (True, False)
    >>> _names_a_file("no/such/*.txt"), _names_a_file("Why?"), _names_a_file("See data.json")
    (False, False, False)
    """
    from os import PathLike
    from pathlib import Path

    from .file_types import SUPPORTED_SUFFIXES

    if isinstance(data, PathLike):  # a path whatever it names: "got PosixPath" read as if none were taken
        return True
    if not isinstance(data, str) or "\n" in data or len(data) > 4096:
        return False
    if data.startswith("~") and ("/" in data or os.sep in data):
        from .files import expanded

        # "~/speeches" is the home folder's, as every reader takes it; "~" alone may be a statement.
        data = expanded(data)
    path = Path(data)
    # os.path's, which say False where pathlib raised "File name too long": for a statement
    # of 256 bytes without a space (86 Chinese characters) given alone, too.
    if data and os.path.isdir(path):  # a folder of data files ("" is no name: Path("") is ".")
        return True
    # A file that is there is read, whatever its type, so that "notes.txt" is told its type is
    # not read rather than to wrap a statement in a list. A name with a table suffix and no
    # spaces is a path even when nothing is there, so that a typo gets "file not found" (one with
    # spaces too, see _names_a_spaced_path); and
    # so is one of a spreadsheet, a compressed file or JSON, which no statement ends in, told
    # its type is not read (as train is) rather than to wrap a statement in a list.
    # So is one ending in a separator ("mydta/", a folder mistyped), which no statement does, and
    # one that names a table with its suffix left off ("held_out" beside held_out.csv): both were
    # told to wrap a statement in a list, where they are told the path is not there, and the
    # nearest that is (see file_types.nearest_hint).
    named = _data_suffixes()
    if not data:
        return False
    if " " in data:
        return os.path.isfile(path) or _names_a_spaced_path(data, named)
    return (os.path.isfile(path) or path.suffix.lower() in named or data.endswith(("/", os.sep))
            or any(os.path.isfile(data + suffix) for suffix in SUPPORTED_SUFFIXES) or _matches_a_file(data)
            or _a_mistyped_suffix(path))


# A file's suffix as typed: a dot, then a few letters or digits, one letter at least (".cvs",
# ".csvv", ".cs"), which "3.14" and "Yes." have not.
_SHORT_SUFFIX = re.compile(r"\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5}")


def _a_mistyped_suffix(path: Path) -> bool:
    """Whether ``path``, a name without whitespace that names nothing, is a table's name with
    its suffix mistyped: a short suffix (see :data:`_SHORT_SUFFIX`) and a table or folder near
    it in its folder ("speeches.cvs", "speeches.csvv" beside speeches.csv; "speeches.bak", its
    stem the same). These were told to wrap a statement in a list, where
    "speeches" and "Speeches.csv" were told "file not found … (did you mean …?)", as these
    are now. A statement is so named only beside a file of its name, and a bare str is
    refused as data either way: only the advice differs.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "speeches.csv").write_text("text\\n")
    ...     [_a_mistyped_suffix(Path(folder) / name) for name in ("speeches.cvs", "speeches.csvv", "votes.cvs",
    ...                                                          "speeches.", "speeches.2024")]
    [True, True, False, False, False]
    """
    from .file_types import KNOWN_UNREAD_SUFFIXES, nearest_hint

    # Not a suffix of a type stance knows and does not read (".txt"): a missing one is told its
    # type by the reader, as if it were there.
    return (bool(path.stem) and _SHORT_SUFFIX.fullmatch(path.suffix) is not None
            and path.suffix.lower() not in KNOWN_UNREAD_SUFFIXES and bool(nearest_hint(path)))


def _data_suffixes() -> tuple[str, ...]:
    """The suffixes of files that a str ending in one names, read or told their type: tables,
    spreadsheets, compressed files, JSON and statistics programs' data files (a missing
    'votes.dta' was told to wrap a statement in a list, where 'votes.ods' was told its type)."""
    from .file_types import COMPRESSED_SUFFIXES, RESEARCH_SUFFIXES, SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES

    return SUPPORTED_SUFFIXES + SPREADSHEET_SUFFIXES + COMPRESSED_SUFFIXES + (".json",) + tuple(RESEARCH_SUFFIXES)


def _names_a_spaced_path(data: str, named: tuple[str, ...]) -> bool:
    """Whether ``data``, which holds a space and names no file, is still a path: Windows'
    folders hold spaces ("Données/2026 été/*.csv"), whose glob, mistyped name or trailing
    space was told to wrap a statement in a list, where a Path of it was read or told the
    file near it. A statement with a space is one unless it ends in a data file's suffix in
    a folder that is there, or with no folder part is the name of a file near one that is
    there (a typo of "labels round1.csv" or "Votes 2024.csv"), names a file with spaces
    trimmed or a suffix added, matches files as a glob, or is a glob in a folder that is
    there ("~/nothing here" stays one). A sentence may end in a file's name ("Read more at
    nato.int/news.csv", "See data.json"), so the suffix alone makes no path.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     (_names_a_spaced_path(f"{folder}/my votes.CSV  ", (".csv",)),
    ...      _names_a_spaced_path("Read more at nato.int/news.csv", (".csv",)),
    ...      _names_a_spaced_path("Why? Because.", (".csv",)))
    (True, False, False)
    """
    import glob
    from pathlib import Path

    from .file_types import SUPPORTED_SUFFIXES, nearest_hint

    trimmed = data.rstrip()
    if trimmed != data and os.path.exists(trimmed):
        return True  # read as the Path is, its trailing space told
    if Path(trimmed).suffix.lower() in named:
        folder = os.path.dirname(trimmed)
        if folder and os.path.isdir(folder):
            return True  # a typo in a folder that is there: "file not found … (did you mean …)", or its type told
        # A bare name ("labels round2.csv") is a path mistyped only where a file near it is there, to
        # be told "did you mean"; else it is a sentence ending in a file's name ("See data.json").
        if not folder and nearest_hint(Path(trimmed)):
            return True
    if any(os.path.isfile(data + suffix) for suffix in SUPPORTED_SUFFIXES) or _matches_a_file(data):
        return True
    if not glob.has_magic(data):
        return False
    # A glob whose folder is there: "no files match" beats "wrap it in a list".
    base = os.path.dirname(data[:min(data.find(c) for c in "*?[" if c in data)])
    return bool(base) and os.path.isdir(base)


def _matches_a_file(pattern: str) -> bool:
    """Whether ``pattern`` is a glob that matches a file: "notes/*.txt" was told to wrap a
    statement in a list, where a glob of tables is read and one of plain text is told what
    reads it. A statement that is a pattern by chance ("Why?") matches no file."""
    import glob

    from .tables import is_pattern

    return is_pattern(pattern) and any(os.path.isfile(match) for match in glob.iglob(pattern))


def _refuse_plain_text(data: Any) -> None:
    """Refuse a .txt file as any file of no table type is refused, saying what to do with
    plain text: score it as a document, or rename a table saved as text."""
    from pathlib import Path

    from .file_types import unknown_type

    if not _names_a_file(data) or Path(data).suffix.lower() != ".txt" or not os.path.isfile(data):
        return
    raise InvalidInputError(unknown_type(Path(data)))  # with what to do with plain text


def _clash_message(clash: list[str], prefix: str, names: list[str], columns: Any) -> str:
    """Why the result columns cannot be added, and a prefix that frees them (not the one
    that collides: "pass prefix='pred_'" was offered for pred_ itself)."""
    free = _free_prefix(names, columns)
    listed = ", ".join(map(quoted, clash[:5])) + (f" and {len(clash) - 5} more" if len(clash) > 5 else "")
    fix = f"pass prefix={quoted(free)} (on the command line: --prefix {shortened(free)})"
    if all(prefix + name in columns for name in RESULT_COLUMNS):  # the table a scoring wrote
        return (f"data already has column(s) {listed} that scoring would overwrite, as an earlier scoring "
                f"wrote them (prefix={quoted(prefix)}); drop them to score it afresh (or score the table it came "
                f"from), or {fix} to keep both")
    return (f"data already has column(s) {listed} that scoring would overwrite; {fix} to name the result "
            f"columns differently")


def _free_prefix(names: list[str], columns: Any) -> str:
    """The first of "pred_", "pred2_", "pred3_", … that, put before ``names``, names no column
    in ``columns``.

    >>> _free_prefix(["label", "flag"], ["text", "pred_label", "pred2_flag"])
    'pred3_'
    """
    number, candidate = 1, "pred_"
    while any(candidate + name in columns for name in names):
        number += 1
        candidate = f"pred{number}_"
    return candidate


def _flag(value: Any) -> str | None:
    """The flag of a row whose text cannot be scored, or None for a text that can:
    ``"missing"``, ``"empty"`` (blank) or ``"not_text"``.

    >>> _flag("We act."), _flag("  "), _flag(None), _flag(3)
    (None, 'empty', 'missing', 'not_text')
    """
    if isinstance(value, str):
        return "empty" if is_blank(value) else None
    return "missing" if is_missing(value) else "not_text"


def _result_columns(model, prefix: str) -> list[str]:
    from .model import column_clashes

    clashes = column_clashes(model.labels, model.stance_classes)
    if clashes:
        raise InvalidInputError(f"the model's {clashes[0]}; score() cannot give both a column. "
                                f"Retrain with the label renamed")
    names = list(RESULT_COLUMNS) + [f"p_{label}" for label in model.labels]
    names += [f"p_stance_{value}" for value in model.stance_classes]
    return [prefix + name for name in names]


def _predict(model, texts: list[str], *, n_jobs: int, progress: bool | None, bar: Any = None,
             rows: int | None = None):
    """Probabilities and label sets for valid texts, in chunks, optionally in parallel; a
    ``bar`` of the caller's is moved on by each chunk instead of one of this call's. ``rows``
    (``len(texts)`` by default) are all the rows scored, those without text too, which go
    through flagged: the bar counts them, and ends at the row count (it ended at 199996/199996
    on 200,000 rows with 4 empty texts, an audit)."""
    rows = len(texts) if rows is None else rows
    bars = forksafe.imported(".progress_bars")
    if bar is None and bars.wanted(progress, rows, more_than=SCORE_CHUNK):
        # Closed by the with, where the run stopped, if a chunk raises (a notebook's saved text of it too).
        with bars.bar(rows, unit="stmt", desc="scoring") as own:
            return _predict(model, texts, n_jobs=n_jobs, progress=False, bar=own, rows=rows)
    chunks = [texts[i : i + SCORE_CHUNK] for i in range(0, len(texts), SCORE_CHUNK)]
    if n_jobs != 1 and len(chunks) > 1:
        predict_parallel = forksafe.imported(".parallel").predict_parallel

        parts = predict_parallel(model, chunks, n_jobs=n_jobs, progress=False, bar=bar)
    else:
        steps = _progress(chunks, bar)
        try:
            parts = [model._batch(chunk) for chunk in steps]
        finally:
            # A chunk that raised left the generator suspended (IPython keeps the traceback, and
            # the generator with it): closed here, as the run stopped.
            steps.close()
    if bar is not None and rows > len(texts):
        bar.update(rows - len(texts))  # the rows without text, flagged without a prediction
    return _concat(parts, model)


def _progress(chunks: list, bar: Any = None):
    for chunk in chunks:
        yield chunk
        if bar is not None:
            bar.update(len(chunk))


def _concat(parts: list, model):
    n_labels = len(model.labels)
    n_stance = len(model.stance_classes)
    if not parts:
        return np.zeros((0, n_labels)), (np.zeros((0, n_stance)) if n_stance else None), [], np.zeros(0, object)
    probabilities = np.concatenate([p[0] for p in parts])
    stance = np.concatenate([p[1] for p in parts]) if n_stance else None
    label_sets = [row for p in parts for row in p[2]]
    return probabilities, stance, label_sets, np.concatenate([p[3] for p in parts])


def _assemble(model, results, valid: list[int], n_rows: int, flags: list) -> dict[str, Any]:
    """Result columns for all rows: predictions at valid rows, the neutral answer elsewhere."""

    probabilities, stance_probabilities, label_sets, word_flags = results
    params = model.params_
    labels = params.labels
    # Rows without text: the off-topic label, certain; a scheme without one gives no label
    # ("") and no probability, rather than one of its targets.
    none = params.none_label if params.none_label in labels else ""
    label_col = np.full(n_rows, none, dtype=object)
    labels_col = np.full(n_rows, none, dtype=object)
    stance_col = np.full(n_rows, None, dtype=object)
    confidence = np.full(n_rows, 1.0 if none else 0.0)
    p = np.zeros((n_rows, len(labels)))
    if none:
        p[:, labels.index(none)] = 1.0
    valid_rows = np.asarray(valid, dtype=np.int64)
    if len(valid):
        primary = np.array([row[0] for row in label_sets], dtype=np.int64)
        names = np.array(labels, dtype=object)
        label_col[valid_rows] = names[primary]
        joined = {row: "|".join(labels[j] for j in row) for row in set(label_sets)}  # few distinct sets
        labels_col[valid_rows] = [joined[row] for row in label_sets]
        p[valid_rows] = probabilities
        confidence[valid_rows] = inference.confidences(probabilities[np.arange(len(valid)), primary], params)
    table: dict[str, Any] = {"label": label_col, "labels": labels_col}
    stance_p = np.zeros((n_rows, len(params.stance_classes)))
    if stance_probabilities is not None and len(valid):
        chosen = np.array(params.stance_classes, dtype=object)[np.argmax(stance_probabilities, axis=1)]
        on_topic = names[primary] != params.none_label
        stance_col[valid_rows[on_topic]] = chosen[on_topic]
        stance_p[valid_rows[on_topic]] = stance_probabilities[on_topic]
    table["stance"] = stance_col
    table["confidence"] = confidence
    for j, label in enumerate(labels):
        table[f"p_{label}"] = p[:, j]
    for j, value in enumerate(params.stance_classes):
        table[f"p_stance_{value}"] = stance_p[:, j]
    table["flag"] = np.array(flags, dtype=object)
    if len(valid):  # rows with text have no flag yet
        table["flag"][valid_rows] = word_flags
    return table

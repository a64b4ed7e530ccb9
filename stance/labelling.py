"""The labelling loop: which statements to label next, and which labels look wrong.

Two questions decide how fast a model trained on your own labels improves.
:func:`suggest` answers the first by *uncertainty sampling*: it ranks unlabelled
statements by how unsure the model is of them (the margin between its two most probable
labels, the entropy of its label probabilities, or how undecided the stance head is) and
keeps the list diverse, so that one label does not buy twenty paraphrases of one
statement. :func:`find_label_issues` answers the second by *confident learning*
(Northcutt, Jiang and Chuang, JAIR 2021) on our own cross-validation: every row is
scored by a model that never saw it, and a row is flagged when the probability of its
given label falls below that label's typical probability and the model prefers another.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from . import inference
from .argument_order import model_by_keyword, refuse_model_as_data
from .columns import EMPTY_HEADER
from .exceptions import (
    InvalidInputError,
    decode_hint,
    is_number,
    quoted,
    refuse_several_values,
    require_count,
    require_seed,
    type_name,
    warn,
    warnings_once,
)
from .file_types import is_delimited
from .foreign_frames import as_pandas, computed
from .label_cells import is_spreadsheet_error_text
from .names import LABEL_SEPARATOR
from .prediction import NO_KNOWN_WORDS, probability_shown
from .text import is_blank

if TYPE_CHECKING:
    import pandas as pd

    from .model import StanceModel

STRATEGIES = ("uncertainty", "entropy", "stance", "random")
ISSUE_COLUMNS = ("issue", "suggested_label", "suggested_stance", "label_score", "stance_score", "score")
# A statement's stance counts as undecided below this confidence, worth a mention in `reason`.
UNSURE_STANCE = 0.65


# -- what to label next ------------------------------------------------------------------


@model_by_keyword("texts")  # suggest(texts, model=m), as score(data, model=m) is called
def suggest(
    model: StanceModel | str | PathLike[str] | None,
    texts: Any,
    n: int = 20,
    strategy: str = "uncertainty",
    *,
    text_column: str = "text",
    max_similarity: float | None = 0.35,
    random_state: int | None = 0,
    encoding: str = "utf-8",
    exclude: Any = None,
    sha256: str | None = None,
) -> pd.DataFrame:
    """The ``n`` unlabelled statements whose labels would teach ``model`` most.

    Parameters
    ----------
    model : a :class:`~stance.StanceModel`, a saved model directory, or None (the default model).
    texts : the unlabelled pool: an iterable of str, a Series, a DataFrame or a path to a
        data file (then its ``text_column`` is read). Missing and blank texts, values that
        are not a str (a number, bytes), and a spreadsheet's error values ("#N/A", which training
        refuses), are left out, with a warning that counts them and names their first rows
        (:func:`stance.score` flags or warns of each such row instead).
    n : how many statements to suggest (fewer come back when the pool runs out, and with a
        warning when near-duplicates, or under ``"stance"`` the statements taking no position,
        leave fewer).
    strategy : how to rank the pool, most informative first:

        - ``"uncertainty"``: smallest margin between the two most probable labels;
        - ``"entropy"``: label probabilities spread most evenly over the labels;
        - ``"stance"``: stance head most undecided, of the statements predicted to take a
          position: those predicted off-topic (the model's ``none_label``) have no stance
          and are left out, so fewer than ``n`` may come back, with a warning that says so;
        - ``"random"``: a seeded random sample, the baseline the others should beat.
    text_column : the text column when ``texts`` is a DataFrame.
    max_similarity : the diversity step: going down the ranking, a statement whose TF-IDF
        cosine similarity to one already chosen exceeds this is skipped, so near-paraphrases
        are suggested once (and retweets of one statement: links, handles and a retweet's
        "RT" are no words to it, see :func:`stance.similarity.content_words`). None (or 1.0)
        turns the step off.
    random_state : seed of the ``"random"`` strategy (None: a different sample each call).
    encoding : the encoding of a data file ``texts`` (UTF-8 by default, or UTF-16/32 with a
        byte-order mark), as :func:`stance.score` reads one.
    exclude : statements not to suggest, those labelled already: an iterable of str, a
        Series, a DataFrame or a path to a data file (its ``text_column``, or its ``text``
        column where it has none, read in ``encoding``; each file of a folder or glob so by
        its own columns), or a list, tuple or Series of such
        paths (each round's labelled file; read so when every item names a data file and none
        is a text of the pool, and warned of when paths beside texts leave out nothing). A
        statement of the pool is left out when its text is one of these as the library
        matches one text in two rows (:func:`stance.duplicate_texts.text_key`: the same after
        Unicode NFKC and with runs of whitespace as one space; case and punctuation count).
        How many it left out is the result's ``attrs["left_out"]``.
    sha256 : the parameters' digest the model's publisher gave: any other model is refused,
        as :func:`stance.score` refuses it (see :func:`stance.api.pinned_model`).

    Returns
    -------
    DataFrame indexed like the input (positions for a plain list), in suggested order, with
    the pool's own columns first, as they are and in their order, its text column too under
    its name (a DataFrame's or a file's: ``text_column``, ids and speakers, as ``stance
    suggest -o`` writes them, so that the same ``text_column`` reads the batch once labelled;
    one named like a column below as ``input_<name>``; an index that names a row twice, as
    ``pd.concat`` of frames numbered from 0 gives, is warned of), or ``text`` for a list or a
    Series of texts, whatever the Series' name; then
    ``predicted_label`` (the primary label), ``predicted_labels`` (every label the model gives, primary first,
    joined with ``|`` as :func:`stance.score` joins them), ``second_label`` (the runner-up),
    ``predicted_stance`` (None for the off-topic label, as :func:`stance.score`'s ``stance``:
    these columns of text are of object dtype, as its are), ``confidence`` (the predicted label's),
    ``margin`` (probability of the most probable label minus that of the runner-up), ``entropy`` (of the label
    probabilities renormalised to sum to 1, divided by its maximum: in [0, 1]), ``stance_confidence``
    (NaN when no stance applies), ``score`` (the strategy's ranking score, higher first),
    ``reason`` (why it was picked, in words) and ``flag`` (as :func:`stance.score` gives it:
    None, ``"many_unknown_words"`` or ``"no_known_words"``). The predictions are named
    ``predicted_…``, not ``labels`` and ``stance`` as :func:`stance.score` names them, so that
    a pool's own ``labels`` and ``stance`` columns, left to fill in, keep their names, and
    training on the suggestions once labelled never reads a prediction as a label.

    A text none of whose words the model knows (``flag="no_known_words"``: "12345", a link,
    another language) gets the answer of no evidence, no judgement of it and the same for all
    such text, with scores a model of few labels makes flat, so that it would look the most uncertain
    of all: under every strategy such text comes after every statement the model read,
    with ``score`` NaN. Texts of no word at all ("---", emoji) count as duplicates of each
    other in the diversity step. A text flagged ``"many_unknown_words"`` is ranked as any
    other: its answer rests on the words the model knows, and a model trained on a few
    dozen rows knows few of most statements' words.

    Notes
    -----
    With the default one-vs-rest head, a statement about two targets has two high
    probabilities and so a small margin: it is suggested too. When both labels are over
    their thresholds (a model trained with multi-label rows), both are given either way and
    only which is primary, the label its stance is read towards, is in doubt: ``reason``
    says so. In a simulated labelling loop on our corpus (benchmarks/labelling_loop.py),
    that margin beat random picks, while judging each label's yes/no decision on its own
    (distance of each probability from 0.5) did worse than random, and ranking by how near
    the labels given are to changing (the smallest distance of a label's probability from
    its threshold, or of another label's from overtaking the primary where that changes the
    labels) did no better than random with tuned thresholds (top-1 0.786 against 0.783;
    the margin 0.808; a variant of the benchmark run once, not kept).

    Examples
    --------
    >>> import stance
    >>> pool = ["Thank you all for coming.", "More tanks for Kyiv and more troops for Vilnius.",
    ...         "Send more tanks to Ukraine now."]
    >>> todo = stance.suggest(None, pool, n=1)
    >>> todo.index.tolist(), todo["text"].tolist()  # a list's texts are "text"; a DataFrame's keep their column
    ([1], ['More tanks for Kyiv and more troops for Vilnius.'])
    """
    # polars or pyarrow texts, read as pandas before the checks that read a class's name; a Dask
    # pool, read whole here, as the pandas one it computes to (its columns taken for its texts
    # before: suggest(None, ddf) suggested "text" and "speaker")
    texts, exclude = (as_pandas(computed(value), argument) for value, argument in ((texts, "texts"),
                                                                                   (exclude, "exclude")))
    # (texts, model): the data was refused as "model must be a StanceModel", no more
    refuse_model_as_data(texts, model, call="suggest", name="texts", expected="statements to label",
                         model_first=True)
    if sha256 is not None:  # refused before the texts are read, as stance.score refuses it
        from .api import resolve_model

        model = resolve_model(model, sha256=sha256)
    return _suggest(model, texts, n, strategy, text_column=text_column, max_similarity=max_similarity,
                    random_state=random_state, encoding=encoding, exclude=exclude)[0]


def _suggest(model: Any, texts: Any, n: Any, strategy: Any, *, text_column: str, max_similarity: Any,
             random_state: Any, encoding: str, exclude: Any,
             pool_named: str = "texts") -> tuple[pd.DataFrame, int, dict[Any, str]]:
    """:func:`suggest`'s suggestions, how many statements of the pool ``exclude`` left out,
    and the pool's columns renamed ``input_<name>`` (for the command line to say).

    ``pool_named`` is how messages about the pool name it: the argument ``texts`` in
    Python, the file on the command line (``UNLABELLED 'pool.csv'``), which has no ``texts``."""
    pd = forksafe.imported("pandas")

    from .api import resolve_model
    from .scoring import as_text_frame

    model = resolve_model(model)._pinned()  # one model throughout, whatever fits run meanwhile
    _check_suggest_arguments(model, n, strategy, max_similarity, random_state)
    if type_name(texts) == "Series" and texts.name is not None:
        text_column = texts.name
    frame = as_text_frame(texts, text_column, argument="texts", encoding=encoding, for_one=None)
    values, index = frame[text_column].tolist(), frame.index
    if index.has_duplicates:
        _warn_of_repeated_index(index)
    # A spreadsheet's error value ("#N/A" where a formula gave the text) is left out as a blank is: it
    # was offered for labelling, before real statements, as a text the model reads (training refuses it).
    valid = [i for i, value in enumerate(values) if isinstance(value, str) and not is_blank(value)
             and not is_spreadsheet_error_text(value)]
    if not values:  # nothing to say of rows there are none of: "none of the 0 entries … ()"
        raise InvalidInputError(f"{pool_named}: it holds no entries (no rows), so no text to suggest from")
    if not valid:
        raise InvalidInputError(f"{pool_named}: {_none_of(len(values))} text to suggest from "
                                f"({_without_text(values, index)})")
    if len(valid) < len(values):  # told, as stance.score flags each such row
        skipped = len(values) - len(valid)
        warn(f"{pool_named}: {skipped} of the {len(values)} rows {'has' if skipped == 1 else 'have'} no text to "
             f"suggest from and {'is' if skipped == 1 else 'are'} left out: {_without_text(values, index)}")
    left_out = 0
    if exclude is not None:
        from .duplicate_texts import text_key

        keys = {i: text_key(values[i]) for i in valid}
        # A list's or a Series' texts come back as "text", so a labelled batch of them holds "text"
        labelled = _excluded_keys(exclude, text_column if _has_own_columns(texts) else "text", encoding,
                                  set(keys.values()))
        left = [i for i in valid if keys[i] not in labelled]
        if not left:
            # The pool and the labelled file given alike (or swapped) is the likely slip: say so.
            raise InvalidInputError(f"{pool_named}: all {len(valid)} statements with text are in exclude (on the "
                                    f"command line: --exclude), labelled already, so none is left to suggest: suggest "
                                    f"from a pool of statements not labelled yet, and exclude those labelled")
        left_out, valid = len(valid) - len(left), left
        if not left_out:
            _warn_of_paths_read_as_texts(exclude)
    pool = [values[i] for i in valid]
    measures = _uncertainty(model, pool)
    score = _priority(measures, strategy, random_state)
    # The answer to a text the model knows no word of is no judgement, and its scores, the same
    # for all of them (flat, for a model of few labels), would look the most uncertain: such
    # text comes after every statement the model read, and its score is NaN.
    unread = measures["flag"] == NO_KNOWN_WORDS
    order = np.lexsort((-score, unread))  # stable: by unread, then by score, then by position
    if strategy == "stance":  # statements taking no position have no stance to be unsure of
        # Unread text is answered as taking none (the off-topic label) but is still suggested
        # last, as under every strategy: labelled, it teaches the model words.
        order = order[np.isfinite(score[order]) | unread[order]]
    chosen = _diverse(pool, order, n, max_similarity)
    score = np.where(unread, np.nan, score)
    if len(chosen) < n:
        _warn_of_fewer(len(chosen), n, len(pool), len(order), max_similarity, model.params_.none_label)
    measured = ("confidence", "margin", "entropy", "stance_confidence", "score")
    result = pd.DataFrame({  # the texts are the pool's own column's, which comes with them
        "predicted_label": measures["label"][chosen],
        "predicted_labels": measures["labels"][chosen],
        "second_label": measures["second_label"][chosen],
        "predicted_stance": measures["stance"][chosen],
        **{name: (score if name == "score" else measures[name])[chosen] for name in measured},
        "reason": [_reason(measures, i, strategy) for i in chosen],
        "flag": measures["flag"][chosen],
        # object dtype keeps None as None, as score() holds its label, labels, stance and flag: pandas 3
        # read these as its str, an off-topic row's predicted_stance NaN where score's stance is None
    }, index=index.take([valid[i] for i in chosen]), dtype=np.dtype(object)).astype(dict.fromkeys(measured, np.float64))
    rows = frame.iloc[[valid[i] for i in chosen]]
    if not _has_own_columns(texts):  # a list's or a Series' one column: its name is incidental
        rows = rows.set_axis(["text"], axis=1)
    result, renamed = _with_pool_columns(result, rows)
    result.attrs["left_out"] = left_out  # as the command line says it
    result.attrs.pop(EMPTY_HEADER, None)  # the input file's note for messages, no part of the result
    return result, left_out, renamed


def _none_of(n: int) -> str:
    """The start of the sentence that none of ``n`` entries has text, in the singular for one
    (not "none of the 1 entries").

    >>> _none_of(1), _none_of(3)
    ('its only entry has no', 'none of the 3 entries has')
    """
    return "its only entry has no" if n == 1 else f"none of the {n} entries has"


def _without_text(values: list[Any], index: Any) -> str:
    """The rows of ``values`` that hold no text, by why (missing, blank, not a str: the flags
    ``"missing"``, ``"empty"`` and ``"not_text"`` that :func:`stance.score` gives them; or a
    spreadsheet's error value, "#N/A"), each group's first rows named by ``index``, as errors name rows.

    >>> _without_text(["We stand.", None, " ", 42, float("nan"), 7], range(6))
    '2 missing (rows 1, 4), 1 blank (row 2), 2 not a str (rows 3, 5: int)'
    >>> _without_text([b"Kyiv", "We stand."], ["a", "b"])
    "1 not a str (row 'a': bytes (decode bytes first, e.g. text.decode('utf-8')))"
    >>> _without_text(["#N/A", "We stand.", " #N/A"], range(3))[:48]
    "2 error values (rows 0, 2: '#N/A', a spreadsheet"
    """
    from .label_cells import spreadsheet_errors_said
    from .names import named_rows, row_names
    from .scoring import _flag

    groups: dict[str, list[int]] = {"missing": [], "empty": [], "not_text": [], "error": []}
    for position, value in enumerate(values):
        if (flag := _flag(value)) is not None:
            groups[flag].append(position)
        elif is_spreadsheet_error_text(value):
            groups["error"].append(position)
    rows = named_rows(index)
    said = []
    for flag, words in (("missing", "missing"), ("empty", "blank"), ("not_text", "not a str")):
        if positions := groups[flag]:
            said.append(f"{len(positions)} {words} ({row_names(rows, positions, limit=3)}")
    if groups["not_text"]:
        kinds = dict.fromkeys(type_name(values[i]) for i in groups["not_text"])
        said[-1] += f": {', '.join(kinds)}" + (decode_hint(b"") if "bytes" in kinds else "")
    if errors := groups["error"]:
        said.append(f"{len(errors)} error value{'s' if len(errors) > 1 else ''} ({row_names(rows, errors, limit=3)}: "
                    f"{spreadsheet_errors_said(values[i] for i in errors)}")
    return ", ".join(part + ")" for part in said)


def _has_own_columns(texts: Any) -> bool:
    """Whether a pool ``texts`` has columns of its own, which the suggestions keep as they are
    (a DataFrame, a dict of columns, a data file), not texts alone (a list, a Series).

    >>> _has_own_columns({"body": ["a"]}), _has_own_columns(["a", "b"])
    (True, False)
    """
    from collections.abc import Mapping

    from .scoring import _names_a_file

    pd = forksafe.imported("pandas")

    return isinstance(texts, (pd.DataFrame, Mapping)) or _names_a_file(texts)


def _warn_of_fewer(chosen: int, n: int, pool: int, ranked: int, max_similarity: Any, none_label: Any) -> None:
    """Say why only ``chosen`` of the ``n`` statements asked for come back, if not for the
    ``pool`` running out: of the ``ranked`` statements the strategy ranks (the statements
    predicted off-topic, ``none_label``, have no stance for ``strategy="stance"`` to rank),
    the others nearly repeat one chosen.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_fewer(2, 5, 5, 5, 0.35, "none")
    ...     _warn_of_fewer(3, 5, 5, 3, 0.35, "none")
    ...     _warn_of_fewer(3, 5, 3, 3, 0.35, "none")  # the pool ran out: nothing to say
    >>> [str(w.message).split(": ")[1].split(",")[0] for w in caught]
    ['the others nearly repeat one already chosen (TF-IDF cosine above max_similarity=0.35', \
"2 of the pool's 5 are predicted 'none'"]
    """
    # The flag right after the argument, where the command line puts it in its place.
    near = ("(TF-IDF cosine above max_similarity={max_similarity}, or no word, as one chosen has); pass "
            "max_similarity=None (on the command line: --max-similarity none) to keep near-duplicates")
    near = near.format(max_similarity=max_similarity)
    if ranked == pool or n <= ranked:  # the near-duplicates alone left fewer than n
        if chosen < min(n, ranked):
            asked = f"the n={n} statements asked for" if n <= ranked else \
                f"the {ranked} statements that could be suggested (n={n} asked for)"
            warn(f"only {chosen} of {asked}: the others nearly repeat one already chosen {near}")
        return
    message = (f"only {chosen} of the n={n} statements asked for: {pool - ranked} of the pool's {pool} are predicted "
               f"{quoted(none_label)}, taking no position, with no stance to be unsure of, which strategy='stance' "
               f"(on the command line: --strategy stance) leaves out; strategy='uncertainty' (on the command line: "
               f"--strategy uncertainty) ranks them too")
    if chosen < ranked:
        message += f"; and {ranked - chosen} of the {ranked} left nearly repeat one already chosen {near}"
    warn(message)


def _with_pool_columns(result: pd.DataFrame, rows: pd.DataFrame) -> tuple[pd.DataFrame, dict[Any, str]]:
    """The suggestions after the pool's own columns as they are, in their order, its text
    column too (ids, speakers: so that they can be traced back, whatever the index;
    labels left to fill in, read back by the same ``--text-column``), of ``rows``, the pool's
    rows in the suggestions' order; one named like a suggestion column (an earlier run's
    ``predicted_label``) as ``input_<name>``, as :func:`stance.score_documents` carries a
    column. Returns the frame and the renamed columns."""
    pd = forksafe.imported("pandas")

    from .columns import free_name

    renamed = {c: free_name(f"input_{c}", [*rows.columns, *result.columns]) for c in rows.columns
               if c in result.columns}
    # Side by side by position: an index that repeats a label cannot be aligned on.
    joined = pd.concat([rows.rename(columns=renamed).reset_index(drop=True), result.reset_index(drop=True)], axis=1)
    return joined.set_axis(result.index, axis=0), renamed


def _warn_of_repeated_index(index: pd.Index, argument: str = "texts", data: str = "pool",
                            result: str = "suggestions", short: str = "suggestions") -> None:
    """Say that the pool's index names some rows more than once (a ``pd.concat`` of frames
    numbered from 0), so that the suggestions' index does not tell them apart; and so of
    :func:`find_label_issues`' ``argument`` ``data``, whose ``result`` (its flagged rows, named
    ``short`` in code) are indexed by it.

    >>> import pandas as pd, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_repeated_index(pd.Index([0, 1, 0, 1]))
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    texts: 2 labels of the index name more than one row each (0, 1), as pd.concat of frames numbered from 0 gives, ...
    """
    from .names import row_name

    repeated = index[index.duplicated()].unique().tolist()
    shown = ", ".join(row_name(name) for name in repeated[:3])
    if len(repeated) > 3:
        shown += f" and {len(repeated) - 3} more"
    labels = ("1 label of the index names more than one row" if len(repeated) == 1
              else f"{len(repeated)} labels of the index name more than one row each")
    warn(f"{argument}: {labels} ({shown}), as pd.concat of frames numbered from 0 gives, so "
         f"the {result}' index does not name one row each ({data}.loc[{short}.index] takes every row so "
         f"named); the {data}'s columns come with the {result}, or give the {data} an index of its own: "
         f"{data}.reset_index(drop=True), or pd.concat(..., ignore_index=True)")


def _excluded_keys(exclude: Any, text_column: str, encoding: str, pool: set[str]) -> set[str]:
    """The :func:`stance.duplicate_texts.text_key` of every text of ``exclude`` (see :func:`suggest`);
    ``pool``, the keys of the pool's texts, tells a list of paths from a list of texts."""
    pd = forksafe.imported("pandas")

    from .duplicate_texts import text_key
    from .exceptions import InvalidTypeError
    from .scoring import _names_a_file, as_text_frame

    if isinstance(exclude, bytes) or (isinstance(exclude, str) and not _names_a_file(exclude)):
        raise InvalidTypeError(f"exclude must be a path to a data file, a DataFrame, a Series or an iterable of "
                               f"str, got a single {type_name(exclude)}; wrap one text in a list")
    paths = _labelled_files(exclude, pool)
    if paths is not None:  # each round's labelled file: ["round1.csv", "round2.csv"]
        return set().union(*(_excluded_keys(path, text_column, encoding, pool) for path in paths))
    if _is_folder_or_glob(exclude):  # each file by its own column, as files given one by one are
        from .tables import read_table

        frames = read_table(exclude, argument="exclude", encoding=encoding, text_columns=[text_column, "text"],
                            r_missing_in=[text_column, "text"], by_file=True)
        return set().union(*(_excluded_keys(frame, text_column, encoding, pool) for frame in frames))
    if isinstance(exclude, pd.Series):  # its texts, whatever its name
        values = exclude.tolist()
    elif isinstance(exclude, pd.DataFrame):
        column = exclude_text_column(exclude.columns, text_column)
        try:
            values = as_text_frame(exclude, column, argument="exclude", name_it=True)[column].tolist()
        except InvalidInputError as error:
            if column in exclude.columns:
                raise
            raise InvalidInputError(_python_message(error, exclude, text_column)) from None
    else:
        # The pool has the column: a missing one is said to be exclude's.
        try:
            values = as_text_frame(exclude, text_column, argument="exclude", encoding=encoding,
                                   name_it=True, for_one=None)[text_column].tolist()
        except InvalidInputError as error:
            read = _file_frame(exclude, encoding)
            if read is None or text_column in read.columns:  # not a missing column: as it was said
                raise
            column = exclude_text_column(read.columns, text_column)
            if column == text_column:
                raise InvalidInputError(_python_message(error, read, text_column)) from None
            values = as_text_frame(exclude, column, argument="exclude", encoding=encoding, name_it=True,
                                   for_one=None)[column].tolist()
    return {text_key(value) for value in values if isinstance(value, str)}


def _is_folder_or_glob(exclude: Any) -> bool:
    """Whether ``exclude`` is a path to a folder or a glob: read as one frame, a file of it with
    ``text`` beside others with the pool's column had that column empty, its texts suggested again."""
    import os

    from .files import expanded
    from .tables import is_pattern

    # "~/labelled" too: its files were read as one frame, their texts suggested again.
    return isinstance(exclude, (str, os.PathLike)) and (os.path.isdir(expanded(exclude)) or is_pattern(exclude))


def exclude_column_note(text_column: Any, shown: str) -> str:
    """What a labelled file of ``exclude`` with neither the pool's ``text_column`` (``shown`` as
    the caller names it) nor a ``text`` column is to do: the hint of its column that holds
    sentences names the pool's argument, which would then miss the pool's column.

    >>> exclude_column_note("body", "text_column='body'")
    "; a labelled file is read by the pool's text column (text_column='body') or, where it has none, by its \
'text' column: name its column of statements 'text'"
    """
    return f"; a labelled file is read by {_read_by(text_column, shown)}: name its column of statements 'text'"


def _read_by(text_column: Any, shown: str) -> str:
    """The column a labelled file of ``exclude`` is read by, in words (see :func:`exclude_text_column`)."""
    if text_column == "text":
        return "its 'text' column, as the pool is"
    return f"the pool's text column ({shown}) or, where it has none, by its 'text' column"


def exclude_column_message(error: Any, frame: Any, text_column: Any, shown: str, argument: str) -> str:
    """``error``, that a labelled file ``frame`` of ``exclude`` has neither the pool's
    ``text_column`` (``shown`` as the caller names it) nor ``text``, with what it is to do. Its
    hint of a column that holds sentences went on "(--text-column='statement')", the pool's
    ``argument``, which then missed the pool's column; nothing names an exclude file's column, so
    the hint is asked without it, and the column is to be renamed 'text'. So is a file of one
    column with no header row told: its first line, if it is the header, is to be renamed 'text'.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"statement": ["We will stand with Ukraine today."]})
    >>> message = "text_column='text': no such column; columns present: ['statement']"
    >>> message += ". Column 'statement' holds sentences (6 words at the median): is it the column of statements? " \\
    ...     "(text_column='statement')"
    >>> print(exclude_column_message(message, frame, "text", "text_column='text'", "text_column"))
    text_column='text': no such column; columns present: ['statement']. Column 'statement' holds sentences (6 words \
at the median): is it the column of statements? If so, rename it 'text': a labelled file is read by its 'text' \
column, as the pool is
    """
    from .columns import _in_a_call, _sentences_hint

    message = str(error)
    # A file of one column read without its header row (see stance.columns._no_header_hint): its
    # first statement, passed as the pool's argument, would miss the pool's column.
    name = frame.columns[0] if len(frame.columns) == 1 else None
    passed = f"if that line is the file's header, pass {argument}={_in_a_call(name)}"
    if isinstance(name, str) and passed in message:
        return message.replace(" and would not be scored;", " and would not be left out;").replace(
            passed, f"if that line is the file's header, rename it 'text': a labelled file is read by "
                    f"{_read_by(text_column, shown)}")
    hint = _sentences_hint(frame, argument)
    asked, question, _call = hint.partition("is it the column of statements?")
    if not question or hint not in message:
        return message + exclude_column_note(text_column, shown)
    return (message.replace(hint, asked + question) + f" If so, rename it 'text': a labelled file is read by "
            f"{_read_by(text_column, shown)}")


def _python_message(error: Any, frame: Any, text_column: Any) -> str:
    return exclude_column_message(error, frame, text_column, f"text_column={quoted(text_column)}", "text_column")


def exclude_text_column(columns: Any, text_column: Any) -> Any:
    """The column a labelled file or frame of ``exclude`` (``--exclude``) is read by: the pool's
    ``text_column`` when it has one, else its ``text`` column, as train and check read it by
    default (a pool read with ``--text-column body`` beside labels whose column is ``text``, which
    was refused, and the column its message suggested then missed the pool's); else
    ``text_column``, whose absence is refused.

    >>> exclude_text_column(["text", "labels"], "body"), exclude_text_column(["body", "text"], "body")
    ('text', 'body')
    """
    return "text" if text_column not in columns and "text" in columns else text_column


def _file_frame(path: Any, encoding: str) -> Any:
    """The data file (or folder, or glob) ``path`` as a frame, or None where it cannot be read."""
    from .tables import read_table

    try:
        return read_table(path, argument="exclude", encoding=encoding)
    except InvalidInputError:
        return None


def _labelled_files(exclude: Any, pool: set[str]) -> list[Any] | None:
    """The items of ``exclude`` when it is a list, tuple or Series of paths to data files:
    each names one (see :func:`stance.scoring._names_a_file`) and no str of them is a text of
    the ``pool`` (by :func:`stance.duplicate_texts.text_key`), since a statement may look like a file
    name. None otherwise: its items are texts.

    >>> _labelled_files(["a.csv", "b.jsonl"], set()), _labelled_files(["a.csv", "a text"], set())
    (['a.csv', 'b.jsonl'], None)
    >>> _labelled_files(["a.csv"], {"a.csv"}), _labelled_files("a.csv", set())
    (None, None)
    """
    pd = forksafe.imported("pandas")

    from .duplicate_texts import text_key
    from .scoring import _names_a_file

    if not isinstance(exclude, (list, tuple, pd.Series)) or len(exclude) == 0:
        return None
    items = list(exclude)
    if not all(_names_a_file(item) for item in items):
        return None
    return None if any(isinstance(item, str) and text_key(item) in pool for item in items) else items


def _warn_of_paths_read_as_texts(exclude: Any) -> None:
    """Warn when ``exclude``, which left out no statement of the pool, is a list, tuple or
    Series holding paths to files beside texts: read as texts, they leave out nothing.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_paths_read_as_texts(["labels.jsonl", "a text"])
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    exclude: none of its 2 items is a statement of the pool, and 1 of them names a file ('labels.jsonl'), ...
    """
    pd = forksafe.imported("pandas")

    from .scoring import _names_a_file

    if not isinstance(exclude, (list, tuple, pd.Series)):
        return
    paths = [str(item) for item in exclude if _names_a_file(item)]
    if paths and len(paths) < len(exclude):  # all of them: read as files (see _labelled_files)
        shown = ", ".join(map(quoted, paths[:3])) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        warn(f"exclude: none of its {len(exclude)} items is a statement of the pool, and {len(paths)} of them "
             f"{'names a file' if len(paths) == 1 else 'name files'} ({shown}), read as the text of a statement "
             f"since not every item names one; to leave out the statements of labelled files, pass a list of their "
             f"paths alone, or one file or DataFrame")


def _check_suggest_arguments(model: StanceModel, n: Any, strategy: Any, max_similarity: Any,
                             random_state: Any) -> None:
    require_count(n, "n must be a positive int")
    refuse_several_values("strategy", strategy, f"one of {list(STRATEGIES)}")
    if strategy not in STRATEGIES:
        close = forksafe.imported(".names").meant_all(strategy, list(STRATEGIES)) if isinstance(strategy, str) else []
        or_listed = forksafe.imported(".nearest").or_listed
        hint = f"did you mean {or_listed([f'strategy={quoted(name)}' for name in close])}? " if close else ""
        raise InvalidInputError(f"strategy={quoted(strategy)} is not known; {hint}choose one of {list(STRATEGIES)}")
    if random_state is not None:  # None: numpy's fresh draw, as in scikit-learn
        require_seed("random_state", random_state)
    if max_similarity is not None and (not is_number(max_similarity) or not 0.0 <= max_similarity <= 1.0):
        raise InvalidInputError(
            f"max_similarity must be a number in [0, 1] (or None to keep near-duplicates), got {quoted(max_similarity)}"
        )
    if strategy == "stance" and not model.stance_classes:
        raise InvalidInputError(
            "strategy='stance' needs a model with a stance head; train it with stance_column=..., "
            "or use strategy='uncertainty'"
        )


def _uncertainty(model: StanceModel, texts: list[str]) -> dict[str, Any]:
    """Per statement: the top two labels, their margin, the entropy, the stance confidence."""
    probabilities, stance_probabilities, label_sets, flags = model._batch(texts)
    names = np.array(model.labels, dtype=object)
    ranked = np.argsort(-probabilities, axis=1, kind="stable")
    rows = np.arange(len(texts))
    top, runner_up = ranked[:, 0], ranked[:, 1]
    # One-vs-rest probabilities need not sum to 1: the entropy is that of the renormalised
    # distribution over labels, divided by its maximum so that it lies in [0, 1].
    normalised = _normalise(probabilities)
    entropy = -(normalised * np.log(np.clip(normalised, 1e-300, None))).sum(axis=1) / math.log(len(names))
    primary = np.array([row[0] for row in label_sets], dtype=np.int64)
    on_topic = names[primary] != model.params_.none_label
    stance = np.full(len(texts), None, dtype=object)
    stance_confidence = np.full(len(texts), np.nan)
    stance_margin = np.full(len(texts), np.nan)
    if stance_probabilities is not None:
        classes = np.array(model.stance_classes, dtype=object)
        stance[on_topic] = classes[stance_probabilities[on_topic].argmax(axis=1)]
        ordered = np.sort(stance_probabilities, axis=1)
        stance_confidence[on_topic] = ordered[on_topic, -1]
        stance_margin[on_topic] = ordered[on_topic, -1] - ordered[on_topic, -2]
    return {
        "label": names[primary], "second_label": names[runner_up],
        "labels": np.array(["|".join(names[list(row)]) for row in label_sets], dtype=object),
        "p_top": probabilities[rows, top], "p_second": probabilities[rows, runner_up],
        "confidence": inference.confidences(probabilities[rows, primary], model.params_),
        "margin": probabilities[rows, top] - probabilities[rows, runner_up], "entropy": entropy,
        "both_given": _both_given(probabilities, top, runner_up, model.params_),
        "has_stance_head": stance_probabilities is not None,
        "stance": stance, "stance_confidence": stance_confidence, "stance_margin": stance_margin,
        "flag": flags,
    }


def _both_given(probabilities: np.ndarray, top: np.ndarray, runner_up: np.ndarray, params) -> np.ndarray:
    """Whether a statement's two most probable labels are both given whichever is first:
    targets (not the off-topic label) at or above their thresholds (see
    :func:`stance.inference.decide_labels`). A single-label model's thresholds are above 1.

    >>> from types import SimpleNamespace
    >>> params = SimpleNamespace(labels=("a", "b", "none"), none_label="none", thresholds=[0.5, 0.3, 0.5])
    >>> p = np.array([[0.9, 0.85, 0.1], [0.6, 0.2, 0.1], [0.1, 0.4, 0.45]])
    >>> _both_given(p, np.array([0, 0, 2]), np.array([1, 1, 1]), params).tolist()
    [True, False, False]
    """
    rows = np.arange(len(probabilities))
    thresholds = np.asarray(params.thresholds, dtype=np.float64)
    given = (probabilities >= thresholds) & (thresholds <= 1.0)
    if params.none_label in params.labels:
        given[:, params.labels.index(params.none_label)] = False
    return given[rows, top] & given[rows, runner_up]


def _priority(measures: dict[str, np.ndarray], strategy: str, random_state: int | None) -> np.ndarray:
    """The ranking score of each statement: higher means label it sooner."""
    if strategy == "uncertainty":
        return 1.0 - measures["margin"]
    if strategy == "entropy":
        return measures["entropy"].copy()
    if strategy == "stance":
        # -inf puts statements without a stance out of the ranking.
        return np.where(np.isnan(measures["stance_margin"]), -np.inf, 1.0 - measures["stance_margin"])
    return np.random.RandomState(random_state).random_sample(len(measures["margin"]))


def _diverse(texts: list[str], order: np.ndarray, n: int, max_similarity: float | None) -> list[int]:
    """Walk down ``order`` and keep a statement unless it nearly repeats one already kept.

    >>> _diverse(["we stand together", "together we stand", "rain today", "---", "***"], np.arange(5), 5, 0.35)
    [0, 2, 3]
    """
    if max_similarity is None or max_similarity >= 1.0:
        return [int(i) for i in order[:n]]
    similarity = forksafe.imported(".similarity")

    # Texts of no word ("---", emoji, a link) have no vector, and a pool of nothing else no
    # vocabulary: two of them are alike, each other's duplicates, though their cosine is 0.
    # Read as posts: the handles and links unique to each retweet of one statement are no
    # words, else they held two such retweets' cosine under max_similarity. A text of no
    # word is a row of no n-gram, so the vectors tell them: each text is cut into words
    # once (twice took 10 s of a pool of 200,000), and the pool's words are never all held.
    any_words = any(similarity.content_words(text) for text in texts)  # stops at the first
    x = similarity.tfidf_unit_vectors(texts, posts=True) if any_words else None
    wordless = np.diff(x.indptr) == 0 if x is not None else np.ones(len(texts), dtype=bool)
    chosen: list[int] = []
    order = order.tolist()
    # The walk compares a block of candidates at a time, with two sparse products, to those
    # kept before the block and to each other: one product per candidate took 50 s to skip
    # the near-duplicates at the top of a pool of 200,000 parliamentary sentences.
    for start in range(0, len(order), DIVERSE_BLOCK):
        block = order[start : start + DIVERSE_BLOCK]
        rows = x[block] if x is not None else None
        before = _closest(x, rows, chosen)
        within = _cosines(rows, rows)
        kept_here: list[int] = []  # positions in the block
        for j, i in enumerate(block):
            if wordless[i]:
                if wordless[chosen].any():
                    continue
            elif x is not None and (before[j] > max_similarity
                                    or _exceeds(within[j, kept_here], max_similarity)):
                continue
            chosen.append(i)
            kept_here.append(j)
            if len(chosen) == n:
                return chosen
    return chosen


DIVERSE_BLOCK = 256  # candidates compared at a time by _diverse
# Statements kept that a block is compared to at a time: the cosines of a block with all of
# them, dense, grew with the statements kept, past 1 GB of a pool of 200,000 distinct
# sentences with n as large; at a time, 256 x 4,096 cosines are 8 MB.
KEPT_CHUNK = 4_096


def _closest(x, rows, others: list[int]) -> np.ndarray:
    """The greatest cosine of each of ``rows`` (unit vectors, sparse) with the rows
    ``others`` of ``x``, taken KEPT_CHUNK of them at a time; -inf with no others.

    >>> import scipy.sparse
    >>> x = scipy.sparse.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> _closest(x, x[[1]], [0, 2]).tolist(), _closest(x, x[[1]], []).tolist()
    ([0.8], [-inf])
    """
    best = np.full(rows.shape[0] if rows is not None else 0, -np.inf)
    for start in range(0, len(others), KEPT_CHUNK):
        np.maximum(best, _cosines(rows, x[others[start : start + KEPT_CHUNK]]).max(axis=1), out=best)
    return best


def _cosines(rows, others) -> np.ndarray:
    """The cosines of the unit vectors ``rows`` with ``others`` (sparse), dense; an empty
    array without vectors.

    >>> _cosines(None, None).shape
    (0, 0)
    """
    if rows is None:
        return np.zeros((0, 0))
    return (rows @ others.T).toarray()


def _exceeds(cosines: np.ndarray, max_similarity: float) -> bool:
    return bool(cosines.size) and float(cosines.max()) > max_similarity


def _reason(measures: dict[str, Any], i: int, strategy: str) -> str:
    if measures["flag"][i] == NO_KNOWN_WORDS:
        return ("no word of it is known to the model (flag no_known_words): its answer is the same for all such "
                "text, not a judgement, so it comes after every statement the model read")
    # A figure short of 1 that rounds to it as ">0.99", one above 0 that rounds to 0 as "<0.01", as
    # the library shows a probability (see probability_shown): "between deterrence 1.00 and none
    # 0.01" called a 0.9985 certain, and a margin of 0.004 "0.00", a tie it is not.
    top = f"{measures['label'][i]} {_shown(measures['p_top'][i])}"
    second = f"{measures['second_label'][i]} {_shown(measures['p_second'][i])}"
    confidence = measures["stance_confidence"][i]
    stance = f"{measures['stance'][i]} {_shown(confidence)}"
    margin = _shown(measures["margin"][i])
    if measures["both_given"][i]:
        # Both labels are given whichever is first: what is in doubt is the primary label.
        target = ", the target of the stance," if measures["has_stance_head"] else ""
        between = (f"{top} or {second} first (margin {margin}): both labels are given "
                   f"either way; which is primary{target} is in doubt")
    else:
        between = f"between {top} and {second} (margin {margin})"
    parts = {
        "uncertainty": between,
        "entropy": f"spread over the labels (entropy {_shown(measures['entropy'][i])}; {top}, {second})",
        "stance": (f"stance undecided ({stance})" if confidence < UNSURE_STANCE
                   else f"least sure stance left ({stance})"),
        "random": "random pick (baseline)",
    }
    reason = parts[strategy]
    if strategy != "stance" and not np.isnan(confidence) and confidence < UNSURE_STANCE:
        reason += f"; stance unsure ({stance})"
    return reason


def _shown(figure: float) -> str:
    """A probability, a margin or an entropy of a reason to two decimals, never rounded to 1 or 0
    it is not (see :func:`stance.prediction.probability_shown`).

    >>> _shown(0.9985), _shown(0.004), _shown(0.5), _shown(1.0), _shown(1.7)
    ('>0.99', '<0.01', '0.50', '1.00', '1.70')
    """
    return probability_shown(figure, 2)


# -- which labels look wrong ------------------------------------------------------------


def find_label_issues(
    data: Any,
    text_column: str = "text",
    labels_column: str = "labels",
    stance_column: str | None = None,
    folds: int = 5,
    random_state: int = 0,
    *,
    encoding: str = "utf-8",
    progress: bool | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Rows of labelled ``data`` whose given label a cross-validated model finds unlikely.

    Every row is scored by a model trained on the other folds (stratified by primary
    label). Following confident learning,
    each label ``j`` gets a threshold ``t_j``: the mean out-of-fold probability of ``j``
    over the rows labelled with it (probabilities renormalised to sum to 1 over labels).
    A row has a *label issue* when none of its given labels reaches its threshold and
    the model's most probable label is another one, which is then suggested. With
    ``stance_column``, the stance head is scored the same way under the row's given
    primary label: a *stance issue* is a given stance below its threshold that is not
    the stance head's pick.

    Parameters
    ----------
    data : a table (a pandas, polars or pyarrow one, or a dict of columns), or a path to a
        .csv/.tsv/.jsonl/.parquet file or a folder of them.
    text_column, labels_column, stance_column : the columns, as for :func:`stance.train`.
    folds : number of cross-validation folds (at least 2).
    random_state : seed of the folds and the models.
    encoding : encoding of a file ``data``.
    progress : as :func:`stance.score`'s: None (the default) counts the fold models trained on
        a bar on a terminal or in a notebook, for more than 8,192 rows; True always, False never.
    options : :class:`~stance.StanceModel` options for the fold models.

    Returns
    -------
    DataFrame of the flagged rows only, indexed by ``data``'s own index (one that names a row
    twice, as ``pd.concat`` of frames numbered from 0 gives, is warned of, as :func:`suggest`
    warns of one), most suspicious first, with ``data``'s columns plus ``issue`` (``"label"``, ``"stance"`` or
    ``"label+stance"``), ``suggested_label`` (the model's one label for a label issue,
    secondary labels not suggested; the given labels, joined by '|' as a cell holds several,
    when only the stance is at issue), ``suggested_stance`` (the stance head's pick for the suggested
    label; None when it is the off-topic label or there is no stance head),
    ``label_score`` (the share of probability the model puts outside the given labels),
    ``stance_score`` (1 minus the probability of the given stance; NaN without one) and
    ``score``, the larger of the two scores that flagged the row. Rows of one score keep
    their order in ``data``, by position (a stable sort), not by index label: copies of one
    text, drawn into one fold and scored by one model, tie exactly. The folds do not depend on
    the order of the rows, so ``data`` in another order flags the same rows with the same
    scores, and only tied rows come in that other order. A column of ``data``
    named like one of these (a batch that went through :func:`suggest` has its ranking
    ``score``) is kept as ``input_<name>``, as :func:`suggest` keeps one, with a warning.

    A label given to fewer rows than there are folds cannot be cross-validated and is most
    often a typo: its rows are set apart (they need no stance: the off-topic label miswritten
    takes none) with ``issue`` ``"rare label"``. One that looks like a misspelling of a
    label given more often is listed first, with that label as ``suggested_label`` and
    score 1.0, and so is one that joins labels given elsewhere by a comma or semicolon
    ("unity;deterrence"), suggested them joined by '|' with the cell's other labels
    ("unity|deterrence"; the off-topic label stands alone in a cell, so "unity;none" is
    suggested "unity"); any other may
    be right, only rare, and is listed last with a model's pick and score NaN (a model that
    never saw the label cannot judge it). The other rows are checked as usual. The off-topic
    label (``none_label``) is no typo, and a fold model that never saw it calls every row a
    target: its rows, however few, are checked with the others when every training fold
    keeps enough of them to learn it (the 2 a model needs: 3 rows at 3 folds or more, 4 at
    2), and are otherwise left out of the result, with a warning that says so.

    Examples
    --------
    >>> import pandas as pd, stance
    >>> data = pd.DataFrame({"text": ["wind farms now", "more solar panels", "build turbines",
    ...                               "hello all", "good morning", "welcome everyone",
    ...                               "wind farms and turbines", "solar panels now", "build more turbines",
    ...                               "hello everyone", "good morning all", "welcome all",
    ...                               "more wind farms", "build solar panels", "turbines now",
    ...                               "hello and welcome", "morning everyone", "welcome and good morning"],
    ...                      "labels": ["energy"] * 3 + ["none"] * 3 + ["energy"] * 3
    ...                                + ["none"] * 3 + ["energy"] * 3 + ["none"] * 2 + ["energy"]})
    >>> issues = stance.find_label_issues(data, folds=3)
    >>> issues[["labels", "suggested_label"]].head(1)  # row 17 greets but says "energy"
        labels suggested_label
    17  energy            none
    """
    # A pandas frame's own index is the one its flagged rows are named by and .loc reads (a
    # subclass's too); not a pyarrow table's stored one, nor a file's (a review).
    own_index = isinstance(data, forksafe.imported("pandas").DataFrame)
    from .scoring import as_table

    data = as_table(data, text_column)  # a polars or pyarrow table or a dict of columns, read as pandas
    source = data if isinstance(data, (str, PathLike)) else None
    progress = forksafe.imported(".exceptions").require_progress(progress)
    issues = _find_label_issues(data, text_column, labels_column, stance_column, folds, random_state,
                                encoding=encoding, source=source, own_index=own_index, progress=progress,
                                **options)[0]
    issues.attrs.pop(EMPTY_HEADER, None)  # the input file's note for messages, no part of the result
    return issues


def _find_label_issues(data: Any, text_column: str, labels_column: str, stance_column: str | None, folds: int,
                       random_state: int, *, encoding: str, source: Any, own_index: bool = False,
                       progress: bool | None = None, **options: Any) -> tuple[pd.DataFrame, dict[Any, str]]:
    """:func:`find_label_issues`'s rows, and the columns of ``data`` it renamed
    ``input_<name>`` (for the command line, which reads the given labels off the result);
    ``source``, the file or folder ``data`` was read from, is named in the warning of them."""
    # An empty SOURCE_DATE_EPOCH fails scikit-learn's import in numpy's own traceback: named first.
    forksafe.imported(".persistence").source_date_epoch()
    from .api import _known_options
    from .columns import require_columns, stance_column_apart, warn_if_stance_unused
    from .data import (
        SCORED_FOR_CHECKING,
        prepare_training,
        refuse_empty_rows,
        warn_of_rejected_answers,
        warn_of_scored_labels,
    )
    from .duplicate_texts import repeated_text_keys
    from .label_checks import check_whole_data, refuse_whole_data
    from .label_names import off_topic_as_written
    from .model import StanceModel
    from .names import named_rows, whole_number_text
    from .off_topic import warn_of_unused_off_topic
    from .problems import columns_named, conflicts_reported, language_advised_once
    from .tables import read_table

    stance_column = stance_column_apart(stance_column, labels_column)
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column],
                       r_missing_in=[text_column, labels_column], labelled=True)
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column}, read_from_path=frame is not data,
                    delimited=lambda: is_delimited(data))
    if len(frame) == 0:
        raise InvalidInputError("data has no rows to check")
    if frame.index.has_duplicates and own_index:
        # A pandas DataFrame's own index; not a file's, whose name has no .loc to follow the
        # advice with (a review: a Parquet file keeps the index it was written with).
        _warn_of_repeated_index(frame.index, "data", "data", "flagged rows", "issues")
    # The fold models train on a rejected answer's label, as training would (see cross_validate).
    warn_of_rejected_answers(frame, (text_column, labels_column, stance_column))
    warn_of_scored_labels(frame, labels_column, stance_column, SCORED_FOR_CHECKING)
    _check_folds(folds)
    # Only the fold models' probabilities are used, never their secondary-label thresholds,
    # so the three extra fits per fold that tune those are skipped.
    options = _known_options({"random_state": random_state, "threshold_folds": 0, **options}, find_label_issues)
    template = StanceModel(**options)
    # A bad option (none_label=0; random_state=-1, the fold models' seed, an OptionError as
    # cross_validate's is) is named before the data is read as labels.
    template._check_options()
    # After it: reading the stance column's values on target rows reads none_label (a review of 44cefb6, which
    # called it first, and none_label=0 raised AttributeError where it was named).
    warn_if_stance_unused(frame, stance_column, "the check", labels_column, template.none_label)
    none_label = template.none_label
    if isinstance(none_label, str):  # read as the labels are, as each fold's fit reads it: "0.0" is "0"
        none_label = whole_number_text(none_label)
    refuse_empty_rows(frame, text_column)
    stance_name = f"stance_column={quoted(stance_column)}"
    minimum, rows = template.min_examples_per_label(), named_rows(frame.index)

    def then(texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None) -> None:
        # With the rows' problems, as check_whole_data would name them.
        refuse_whole_data(label_sets, stances, minimum, rows, stance_name, rare_below=folds, misspelt_only=True,
                          none_label=off_topic_as_written(none_label, label_sets))

    texts, label_sets, stances = prepare_training(
        frame[text_column].tolist(), frame[labels_column].tolist(),
        None if stance_column is None else frame[stance_column].tolist(),
        index=frame.index, text_name=f"text_column={quoted(text_column)}",
        labels_name=f"labels_column={quoted(labels_column)}", stance_name=stance_name, none_label=none_label,
        rare_below=folds,  # set apart as rare labels, before any model needs their stance
        then=then,
    )
    none_label = off_topic_as_written(none_label, label_sets)  # as each fold's fit takes it
    keys = repeated_text_keys(texts)
    try:
        # As cross-validation checks it, so that one bad file is told the same first thing by both.
        check_whole_data(texts, label_sets, stances, minimum, rows, stance_name, rare_below=folds,
                         none_label=none_label)
        if not _checkable(label_sets, folds, keys, none_label):
            raise InvalidInputError(_too_few_for(
                label_sets, folds, keys, none_label,
                lambda f: _folds_refusal(texts, label_sets, stances, f, random_state, options, none_label)))
    except InvalidInputError as error:  # "labels: …" of a column called "code", as training names it
        raise columns_named(error, {"labels": f"labels_column={quoted(labels_column)}"}) from None
    # Of the whole data, not of each fold's training rows, which may lack the label.
    warn_of_unused_off_topic(none_label, {label for row in label_sets for label in row})
    # Read above by their names; only the rows the result copies are renamed.
    frame, renamed = _issue_columns_apart(frame, source)
    # Each fold's fit warns of the same data: said once, not once a fold; conflicting copies
    # were named above by the data's index.
    with warnings_once(), conflicts_reported():
        language_advised_once(template, texts)  # once, of the whole data, not once a fold
        shown = forksafe.imported(".progress_bars").wanted_for_training(progress, len(texts))
        return _checked(frame, texts, label_sets, stances, folds, random_state, options, none_label,
                        stance_name, progress=shown), renamed


def _issue_columns_apart(frame: pd.DataFrame, source: Any) -> tuple[pd.DataFrame, dict[Any, str]]:
    """``frame`` with its columns named like an issue column (the ranking ``score`` of a
    batch :func:`suggest` wrote, filled in and checked with the labels) as ``input_<name>``,
    as :func:`suggest` renames a pool's, and the renamed columns; warned of, naming the file
    they are in when ``source`` is a file, a folder or a glob (its files whose rows hold a value).

    >>> import pandas as pd, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     renamed = _issue_columns_apart(pd.DataFrame({"text": ["a"], "score": [0.5]}), "all.csv")[1]
    >>> renamed, str(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    ({'score': 'input_score'}, "'all.csv' has a column 'score' (as stance suggest writes its ranking score),
    which the check's result names too: it is 'input_score' in the result")
    """
    import os

    from .columns import free_name
    from .files import expanded
    from .tables import is_pattern

    clash = [c for c in frame.columns if c in ISSUE_COLUMNS]
    if not clash:
        return frame, {}
    renamed: dict[Any, str] = {}
    for column in clash:
        renamed[column] = free_name(f"input_{column}", [*frame.columns, *ISSUE_COLUMNS, *renamed.values()])
    if source is not None and (os.path.isdir(expanded(source)) or is_pattern(source)):  # rows named "<file>:<row>"
        # Each file with the columns it holds: "'issues.csv' and 'todo1_filled.csv' … has columns
        # 'issue' and … 'score'" gave a check's columns to a file suggest wrote, which has a score alone.
        files = np.array([str(name).rpartition(":")[0] for name in frame.index], dtype=object)
        of = f"of {'folder' if os.path.isdir(expanded(source)) else 'glob'} {quoted(str(source))}"
        parts: list[str] = []
        # A column empty in every file (a check's suggested_stance without a stance column) is
        # the check result's: given to the files that hold a check's other columns.
        empty = {c for c in clash if frame[c].isna().all()}
        for file in dict.fromkeys(files):
            columns = [c for c in clash if frame[c][files == file].notna().any()]
            if [c for c in columns if c != "score"]:
                columns = [c for c in clash if c in columns or c in empty]
            if columns:  # the folder named once, after its first file
                parts.append(_columns_held(f"{quoted(file)}{'' if parts else ' ' + of}", columns))
        said = ", and ".join(parts) or _columns_held(f"a file {of}", clash)
    else:
        said = _columns_held("data" if source is None else quoted(str(source)), clash)
    kept = " and ".join(map(quoted, renamed.values()))
    warn(f"{said}, which the check's result names too: {'it is' if len(clash) == 1 else 'they are'} {kept} "
         f"in the result")
    return frame.rename(columns=renamed), renamed


def _columns_held(where: str, columns: list[Any]) -> str:
    """That ``where`` (a file) has ``columns``, named like the check's own, and where they likely
    come from (see :func:`_why_named_so`).

    >>> _columns_held("'todo.csv'", ["score"])
    "'todo.csv' has a column 'score' (as stance suggest writes its ranking score)"
    """
    names = " and ".join(map(quoted, columns))
    return f"{where} {'has a column' if len(columns) == 1 else 'has columns'} {names}{_why_named_so(columns)}"


def _why_named_so(clash: list[Any]) -> str:
    """Where columns named like the check's own (``clash``) likely come from: a ``score``
    alone, from a batch :func:`suggest` wrote; ``issue``, ``suggested_label``… from an earlier
    check's result, checked again once its labels were corrected (it was said to be suggest's).

    >>> _why_named_so(["score"]), _why_named_so(["issue", "score"])
    (' (as stance suggest writes its ranking score)', " (as an earlier check's result has them)")
    """
    if [column for column in clash if column != "score"]:
        return " (as an earlier check's result has them)"
    return " (as stance suggest writes its ranking score)" if clash else ""


def _checked(frame: pd.DataFrame, texts: list[str], label_sets: list[tuple[str, ...]], stances: list | None,
             folds: int, random_state: int, options: dict[str, Any], none_label: str | None,
             stance_name: str = "stance", *, progress: bool = False) -> pd.DataFrame:
    """:func:`find_label_issues` on rows read and checked; ``progress``: count the fold models on a bar."""
    from .names import named_rows

    names = named_rows(frame.index)
    rare, unchecked, (minimum, fewest) = _set_apart(texts, label_sets, stances, folds, random_state, options,
                                                    none_label)
    if unchecked:
        _warn_of_unchecked_off_topic(frame.index, sorted(unchecked), none_label, minimum, fewest)
    if rare or unchecked:
        pd = forksafe.imported("pandas")

        # Too few to cross-validate: most often a typo. Set apart and flagged first, so that
        # one stray label does not stop the check of every other row.
        kept = [i for i in range(len(texts)) if i not in rare and i not in unchecked]
        oof = _out_of_fold([texts[i] for i in kept], [label_sets[i] for i in kept],
                           None if stances is None else [stances[i] for i in kept], folds, random_state, options,
                           row_names=[names[i] for i in kept], stance_name=stance_name, every_text=texts,
                           progress=progress)
        _warn_if_no_better_than_guessing([label_sets[i] for i in kept],
                                         None if stances is None else [stances[i] for i in kept], oof, folds)
        found = _issues(frame.iloc[kept], [label_sets[i] for i in kept],
                        None if stances is None else [stances[i] for i in kept], oof, none_label)
        if not rare:
            return found
        rare_found = _rare_issues(frame, texts, label_sets, sorted(rare), kept, options, none_label, folds)
        typos = rare_found.score.notna()  # the unscored rows may be right: after the rows judged
        return pd.concat([part for part in (rare_found[typos], found, rare_found[~typos]) if len(part)])
    oof = _out_of_fold(texts, label_sets, stances, folds, random_state, options, row_names=names,
                       stance_name=stance_name, progress=progress)
    _warn_if_no_better_than_guessing(label_sets, stances, oof, folds)
    return _issues(frame, label_sets, stances, oof, none_label)


def _set_apart(texts: list[str], label_sets: list[tuple[str, ...]], stances: list | None, folds: int,
               random_state: int, options: dict[str, Any],
               none_label: str | None) -> tuple[set[int], set[int], tuple[int, int]]:
    """The rows ``folds`` folds set apart from the fold models: those of labels rarer than the
    folds, and the off-topic rows left unchecked, with the rows of the off-topic label a fold
    model needs and the fewest a training fold keeps (for the warning of them).

    The off-topic label is the scheme's own, never a typo, and a fold model without it calls
    every row a target: its rows, however few, are checked with the others when each training
    fold keeps enough of them to learn it, and otherwise left unchecked, not accused. Not only
    when rarer than the folds: 3 rows at 2 folds leave a training fold 1."""
    rare = _rare_rows(label_sets, folds)
    off_topic = {i for i, row in enumerate(label_sets) if row == (none_label,)}
    if not off_topic:
        return rare, set(), (0, 0)
    from .model import StanceModel

    rare -= off_topic
    minimum = StanceModel(**options).min_examples_per_label()
    rows = [i for i in range(len(texts)) if i not in rare]
    fewest = _off_topic_kept(texts, label_sets, stances, rows, none_label, folds, random_state)
    return rare, off_topic if fewest < minimum else set(), (minimum, fewest)


def _folds_refusal(texts: list[str], label_sets: list[tuple[str, ...]], stances: list | None, folds: int,
                   random_state: int, options: dict[str, Any], none_label: str | None) -> str | None:
    """The refusal of the folds :func:`_checked` draws at ``folds`` by the fold checks
    (:func:`_refuse_untrainable_folds`), of the rows it keeps; None when they train: where the
    rows of a label fall is drawn, so a count offered in a refusal is drawn and checked, as
    the check will."""
    rare, unchecked, _ = _set_apart(texts, label_sets, stances, folds, random_state, options, none_label)
    kept = [i for i in range(len(texts)) if i not in rare and i not in unchecked]
    try:
        _refuse_untrainable_folds([texts[i] for i in kept], [label_sets[i] for i in kept],
                                  None if stances is None else [stances[i] for i in kept], folds, random_state,
                                  options)
    except InvalidInputError as error:
        return str(error)
    return None


def _warn_if_no_better_than_guessing(label_sets, stances, oof: dict[str, Any], folds: int) -> None:
    """Warn when the fold models put a given label first (or, judged under the given label,
    the given stance) no more often than always guessing the commonest would: a model that
    learnt nothing finds most rows "suspicious", and its flags are noise."""
    from .metrics import commonest_guesses, not_for_want_of_rows, short_of_guessing

    labels, n = oof["labels"], len(label_sets)
    top = oof["probabilities"].argmax(axis=1)
    hits = float(np.mean([labels[top[i]] in row for i, row in enumerate(label_sets)]))
    classes = oof["stance_classes"]
    judged = [i for i in range(n) if stances is not None and stances[i] is not None]
    stance_hits = math.nan
    if len(classes) >= 2 and judged:
        primary = [labels.index(label_sets[i][0]) for i in judged]
        picks = np.nan_to_num(oof["stance"][judged, primary], nan=-1.0).argmax(axis=1)
        stance_hits = float(np.mean([classes[pick] == stances[i] for pick, i in zip(picks, judged)]))
    # The baseline evaluate and cross_validate print with their reports, in the same words.
    baseline = commonest_guesses(label_sets, stances)
    failed = short_of_guessing(hits, stance_hits, baseline)
    if not failed:
        return
    unlearnable = not_for_want_of_rows(label_sets, stances, hits, stance_hits, baseline)
    if unlearnable is None:
        warn(f"out of fold, the {folds} fold models {' and '.join(failed)}: they learnt too little from "
             f"{n} rows, so the flags are unreliable (most rows look suspicious to a model that guesses); "
             f"label more rows before trusting them")
    else:  # more rows of the same would teach them no more
        warn(f"out of fold, the {folds} fold models {' and '.join(failed)}: {unlearnable}; so the flags are "
             f"unreliable (most rows look suspicious to a model that guesses): read a sample of the rows, "
             f"flagged or not, against your labelling guide before labelling more")


def _off_topic_kept(texts: list[str], label_sets: list[tuple[str, ...]], stances: list | None, rows: list[int],
                    none_label: str | None, folds: int, random_state: int) -> int:
    """The fewest rows of the off-topic label a training fold keeps, of the folds
    :func:`_out_of_fold` draws over ``rows``. A label with fewer rows than folds has one of
    its texts held out by a fold at most, and one with more about 1/``folds`` of them, so 3
    rows (of 3 texts) keep the 2 a fold model needs by default at 3 folds or more, but 1 at 2
    folds (which hold 2 of them out in one), and 2 rows keep 1, too few at any."""
    from .row_order import shuffled_folds

    labels = [label_sets[i] for i in rows]
    tests = shuffled_folds([texts[i] for i in rows], labels, None if stances is None else [stances[i] for i in rows],
                           folds, random_state)[0]
    total = sum(none_label in row for row in labels)
    return min(total - sum(none_label in labels[j] for j in test) for test in tests)


def _warn_of_unchecked_off_topic(index: Sequence[Any], rows: list[int], none_label: str | None, minimum: int,
                                 fewest: int) -> None:
    """Say that the off-topic label's ``rows`` are too few for the fold models to learn it
    (a training fold keeps ``fewest``, ``minimum`` are needed), so the check leaves them out
    rather than suggest them a target.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_unchecked_off_topic(range(10), [8, 9], "none", 2, 1)
    >>> print(caught[0].message)
    labels: the off-topic label 'none' has 2 rows (rows 8, 9), too few to cross-validate: a fold model needs 2 \
of them to learn it, and a training fold keeps 1, so they are not checked; label more off-topic rows
    """
    from .names import row_names

    count = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    warn(f"labels: the off-topic label {quoted(none_label)} has {count} ({row_names(index, rows, limit=3)}), too few "
         f"to cross-validate: a fold model needs {minimum} of them to learn it, and a training fold keeps "
         f"{fewest}, so {'they are' if len(rows) != 1 else 'it is'} not checked; label more off-topic rows")


def _rare_rows(label_sets: list[tuple[str, ...]], folds: int) -> set[int]:
    """Rows with a label given fewer times than there are folds."""
    from collections import Counter

    counts = Counter(label for row in label_sets for label in row)
    return {i for i, row in enumerate(label_sets) if any(counts[label] < folds for label in row)}


def _rare_issues(frame: pd.DataFrame, texts: list[str], label_sets, rare: list[int], kept: list[int],
                 options: dict[str, Any], none_label: str | None = None, folds: int = 0) -> pd.DataFrame:
    """The rows set apart by :func:`_rare_rows` (labels in fewer than ``folds`` rows), as issue ``"rare label"``.

    A rare label that looks like a misspelling of a label given more often (common, or, of 100
    rare labels or fewer, rare too: "ukraine_suport" once for "ukraine_support" twice; not one
    with other numbers, "201.1" beside "201.2") is suggested that label, with score 1.0; one that joins labels given
    elsewhere by a comma or semicolon ("unity;deterrence") is suggested them joined by '|'
    ("unity|deterrence"), with score 1.0 too (not one that is a label given elsewhere holding
    a comma, but for case or spacing: that label miswritten), with the cell's other labels ("eastern_flank|unity;
    deterrence" is suggested "eastern_flank|unity|deterrence") but for the off-topic label
    ``none_label``, which stands alone in a cell: "unity;none" is suggested "unity". Any other
    rare label may be right, only rare: no model learnt it, so it is suggested a model's pick
    with ``label_score`` and ``score`` NaN, for the check cannot judge it (a model that never
    saw a label puts all its probability elsewhere). Two such labels that look like one spelt
    two ways, as rare as each other, are warned of as twins.
    """
    from collections import Counter

    from .label_names import (
        _MOST_RARE_COMPARED,
        joined_cell,
        joins_finder,
        off_topic_part,
        separator_key,
        spaced_twins,
        twin_finder,
    )
    from .model import StanceModel
    from .names import LABEL_SEPARATOR, named_rows

    names = named_rows(frame.index)
    counts = Counter(label for row in label_sets for label in row)
    common = {label for i in kept for label in label_sets[i]}
    suggestions: list[str | None] = [None] * len(rare)
    joins: set[int] = set()
    # "peace,security" beside "peace, security", as training names it (not beside a join it tells).
    spaced = spaced_twins(counts, folds, none_label)
    # Each label's keys once, and the labels more common than each count once: each rare row's
    # label compared with every other label took 204 s of 227 for 2,000 rare labels of 20,000 rows.
    separator_keys = Counter(separator_key(label) for label in counts)
    joins_of = joins_finder(counts)
    more_common: dict[int, Callable[[str], str | None]] = {}
    # Beyond so many rare labels (notes or ids, of 1 row and of 2), none is compared with the other
    # rare ones, only with the labels of rows enough, as training does: each 1-row label compared
    # with every 2-row one was quadratic still (1,000 of each in 20,000 rows: 38 s here).
    rare_labels = {label for label in counts if counts[label] < folds and label != none_label}
    compared = [label for label in counts if len(rare_labels) <= _MOST_RARE_COMPARED or label not in rare_labels]
    for k, i in enumerate(rare):
        rare_label = next(label for label in label_sets[i] if label not in common)
        # Labels joined by ';' or ',' ("unity;deterrence") are no typo of either: suggesting the
        # closest one would drop the other, so the suggestion joins them as a cell does, by '|'.
        # A label holding a comma ("peace, security") written otherwise ("Peace,  Security") is
        # that label miswritten, for rare_twin to suggest, not a join of its words.
        miswritten = rare_label in spaced or separator_keys[separator_key(rare_label)] > 1
        # Each part as most rows spell it, as training advises the join ('Gas' of 2 rows is told to be 'gas').
        parts = None if miswritten else joins_of(rare_label)
        # The off-topic label with other leading zeros ("0" for "000") is that label, left out below.
        if parts is not None and all(part in counts or off_topic_part([part], none_label) is not None
                                     for part in parts):
            # The suggestion replaces the whole cell, so the cell's other labels stay in it.
            cell = list(dict.fromkeys(label for given in label_sets[i]
                                      for label in (parts if given == rare_label else [given])))
            # Training refuses the off-topic label beside another, so it is not suggested so.
            suggestions[k] = LABEL_SEPARATOR.join(joined_cell(cell, none_label))
            joins.add(k)
            continue
        # Sorted, so that the suggestion does not depend on the order of the rows; not a code
        # with other numbers ("201.1" for "201.2"), which is another code, rare, not misspelt.
        count = counts[rare_label]
        if count not in more_common:
            more_common[count] = twin_finder(sorted(label for label in compared if counts[label] > count))
        suggestions[k] = more_common[count](rare_label)
    typos = np.array([suggestion is not None for suggestion in suggestions])
    _warn_of_rare_spellings(names, label_sets, counts, {
        next(label for label in label_sets[i] if label not in common): suggestion
        for k, (i, suggestion) in enumerate(zip(rare, suggestions)) if suggestion is not None and k not in joins})
    unmatched = [k for k, suggestion in enumerate(suggestions) if suggestion is None]
    _warn_of_rare_twins(names, label_sets, counts, {next(label for label in label_sets[rare[k]]
                                                               if label not in common) for k in unmatched})
    if unmatched:
        model = StanceModel(**options).fit([texts[i] for i in kept], [label_sets[i] for i in kept])
        for k, prediction in zip(unmatched, model.classify_many([texts[rare[k]] for k in unmatched])):
            suggestions[k] = prediction.label
    out = frame.iloc[rare].copy()
    out["issue"] = "rare label"
    out["suggested_label"] = suggestions
    out["suggested_stance"] = None
    out["label_score"] = np.where(typos, 1.0, np.nan)
    out["stance_score"] = np.nan
    out["score"] = out["label_score"]
    return out


def _warn_of_rare_spellings(index: Sequence[Any], label_sets, counts, suggested: dict[str, str]) -> None:
    """Warn of rare labels of ``suggested`` whose suggestion is the same name written otherwise,
    in case or in the separators between its words ("arms_control" for "arms-control"),
    naming the rows of both: no typo of one statement but of the scheme, which training
    refuses, and the commoner spelling the check suggests need not be the scheme's.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_rare_spellings(range(5), [("arms_control",)] * 2 + [("arms-control",)] * 3,
    ...                             {"arms_control": 2, "arms-control": 3}, {"arms_control": "arms-control"})
    >>> print(caught[0].message)
    labels: a label is written two ways (in case or in the hyphens, underscores or spaces between words), which \
training refuses: 'arms_control' (2: rows 0, 1) and 'arms-control' (3: rows 2, 3, 4); the check suggests the commoner \
spelling for the rarer's rows, but use whichever is your scheme's in every row
    """
    from .label_names import separator_key

    pairs = sorted((label, other) for label, other in suggested.items() if separator_key(label) == separator_key(other))
    if not pairs:
        return
    detail = _pairs_named(pairs, index, label_sets, counts)
    warn(f"labels: {'a label is' if len(pairs) == 1 else 'labels are'} written two ways (in case or in the hyphens, "
         f"underscores or spaces between words), which training refuses: {detail}; the check suggests the commoner "
         f"spelling for the rarer's rows, but use whichever is your scheme's in every row")


def _warn_of_rare_twins(index: Sequence[Any], label_sets, counts, unmatched: set[str]) -> None:
    """Warn of rare labels of ``unmatched`` (suggested no label given more often) that look
    like one label spelt two ways with as many rows each ("deterence" and "deterrrence", 2
    each), naming both, their rows in ``index``, and that one spelling is to be picked: with
    no more rows to one of them, the check does not guess which is meant.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_rare_twins(range(4), [("deterence",), ("deterrance",)] * 2,
    ...                         {"deterence": 2, "deterrance": 2}, {"deterence", "deterrance"})
    >>> print(caught[0].message)
    labels: 'deterence' (2: rows 0, 2) and 'deterrance' (2: rows 1, 3) look like one label spelt two ways, \
with as many rows each, so the check suggests neither for the other; pick one spelling for all of their rows
    """
    from .label_names import _MOST_RARE_COMPARED, _numbers_in, rare_twin

    # Only labels of as many rows and the same numbers can be twins (see rare_twin); of more than
    # so many alike (a column of texts or ids) none is compared, as training does: each with each,
    # 2,000 labels of one row took 120 s.
    alike: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    for label in sorted(unmatched):
        alike.setdefault((counts[label], _numbers_in(label)), []).append(label)
    pairs: dict[tuple[str, str], None] = {}  # a dict for its order: sorted names, so any row order warns alike
    for label in sorted(unmatched):
        group = alike[counts[label], _numbers_in(label)]
        if len(group) > _MOST_RARE_COMPARED:
            continue
        twin = rare_twin(label, [other for other in group if other != label])
        if twin is not None:
            pairs.setdefault((min(label, twin), max(label, twin)))
    if not pairs:
        return
    detail = _pairs_named(pairs, index, label_sets, counts)
    warn(f"labels: {detail} look like one label spelt two ways, with as many rows each, so the check suggests "
         f"neither for the other; pick one spelling for all of their rows")


def _pairs_named(pairs: Iterable[tuple[str, str]], index: Sequence[Any], label_sets, counts) -> str:
    """``pairs`` of labels as a warning names them: the first with their counts and rows, the
    others by their spellings (see ``label_names._every_group``), as training's refusals of
    twins do: a column of codes gave a warning of thousands of characters, each pair's rows
    found by a pass over every row.

    >>> _pairs_named([("a", "b")], range(3), [("a",), ("b",), ("b",)], {"a": 1, "b": 2})
    "'a' (1: row 0) and 'b' (2: rows 1, 2)"
    """
    from .label_names import _every_group

    return _every_group([list(pair) for pair in pairs],
                        lambda pair: " and ".join(_with_rows(name, index, label_sets, counts) for name in pair))


def _with_rows(label: str, index: Sequence[Any], label_sets, counts) -> str:
    """``label`` quoted, with its count and its first rows: "'deterence' (2: rows 0, 2)"."""
    from .names import row_names

    rows = [i for i, row in enumerate(label_sets) if label in row]
    return f"{quoted(label)} ({counts[label]}: {row_names(index, rows, limit=3)})"


def _check_folds(folds: Any) -> None:
    require_count(folds, "folds must be an int of 2 or more", least=2)


def _checkable(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None = None,
               none_label: str | None = None, memo: dict | None = None) -> bool:
    """Whether ``folds`` folds can check the rows, as :func:`_fold_ready` says, with or
    without the rows of the off-topic label ``none_label``: too few of them for a training
    fold to learn it are left unchecked, with a warning (see :func:`_checked`), the others
    checked. ``memo``: as :func:`_copied_checked` takes it, for many counts of the same rows.

    >>> rows = [("wind",)] * 4 + [("coal",)] * 4 + [("none",)] * 3
    >>> _checkable(rows, 2), _checkable(rows, 2, none_label="none")
    (False, True)
    """
    if _fold_ready(label_sets, folds, keys, memo):
        return True
    others = [i for i, row in enumerate(label_sets) if row != (none_label,)]
    if none_label is None or len(others) == len(label_sets):
        return False
    return _fold_ready([label_sets[i] for i in others], folds, None if keys is None else [keys[i] for i in others],
                       memo)


def _fold_ready(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None = None,
                memo: dict | None = None) -> bool:
    """Whether ``folds`` folds can check the rows. Those whose labels each have ``folds``
    rows or more (the others are set apart as rare) must hold at least ``folds`` different
    texts (rows with one text, by their ``keys``, stay in one fold; without ``keys`` every
    row is its own) with at least two labels between them, and each of those labels must
    keep two rows in a training fold (stratified, a fold holds out about 1/``folds`` of a
    label's rows), and none may be one text or mostly copies of one (:func:`_copied_checked`)."""
    from collections import Counter

    sets = Counter(label_sets)  # few distinct sets of labels, however many rows
    counts = Counter({label: 0 for row in sets for label in row})
    for row, n in sets.items():
        counts.update(dict.fromkeys(row, n))
    kept = {row: n for row, n in sets.items() if all(counts[label] >= folds for label in row)}
    labels = {label for row in kept for label in row}
    return (_texts_kept(label_sets, kept, keys) >= folds and len(labels) >= 2
            and all(counts[label] - -(-counts[label] // folds) >= 2 for label in labels)
            and not any(_copied_checked(label_sets, folds, keys, memo)))


def _copied_checked(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None,
                    memo: dict | None = None) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """:func:`_one_text_checked` and :func:`_copies_checked` of the rows. They depend on the
    rows and on which labels ``folds`` makes rare alone, so ``memo`` (a dict kept across calls
    of the same rows, all of them or all but the off-topic ones, told apart by their number)
    keeps them by those: worked out over 50k rows for each count a refusal tries, they took
    seconds, where a count changes which labels are rare a few times at most."""
    from collections import Counter

    if keys is None:  # every text different: no label is one text copied
        return [], {}
    counts = Counter(label for row in label_sets for label in row)
    key = (len(label_sets), frozenset(label for label, n in counts.items() if n < folds))
    if memo is not None and key in memo:
        return memo[key]
    from .fold_checks import mostly_one_text, one_text_values

    rows, row_keys = _checked_rows(label_sets, folds, keys)
    copied = mostly_one_text(rows, row_keys, 2, keyed=True)
    found = sorted(one_text_values(rows, row_keys, keyed=True)), {label: copied[label] for label in sorted(copied)}
    if memo is not None:
        memo[key] = found
    return found


def _one_text_checked(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None,
                      memo: dict | None = None) -> list[str]:
    """The labels that ``folds`` folds check whose rows checked all hold one text (by
    ``keys``), sorted: the fold checks refuse them by the same rule
    (:func:`stance.fold_checks.one_text_values`), as their copies stay in one fold, which
    then trains on none of them. With more folds than their rows they are set apart as rare,
    and so are rows that hold a rare label beside them (see :func:`_checked_rows`).

    >>> _one_text_checked([("a",)] * 3 + [("b",)] * 3, 3, ["x"] * 3 + ["y", "z", "w"])
    ['a']
    >>> _one_text_checked([("a", "r1"), ("a", "r2"), ("a", "r3")] + [("b",)] * 3, 3, ["x"] * 3 + ["y", "z", "w"])
    []
    """
    return _copied_checked(label_sets, folds, keys, memo)[0]


def _checked_rows(label_sets: list[tuple[str, ...]], folds: int,
                  keys: list[str]) -> tuple[list[tuple[str, ...]], list[str]]:
    """The label sets and ``keys`` of the rows ``folds`` folds check, those :func:`_rare_rows`
    does not set apart, as the fold checks see them (:func:`_folds_refusal`): a label's
    copies all set apart, each with a rare label, leave the folds nothing of it to refuse."""
    rare = _rare_rows(label_sets, folds)
    kept = [i for i in range(len(label_sets)) if i not in rare]
    return [label_sets[i] for i in kept], [keys[i] for i in kept]


def _copies_checked(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None,
                    memo: dict | None = None) -> dict[str, tuple[int, int]]:
    """The labels that ``folds`` folds check whose rows checked (:func:`_checked_rows`) are
    mostly copies of one text (by ``keys``), with those copies and their rows, by label: the
    fold holding the copies out keeps fewer than the 2 rows a fold model needs
    (:func:`stance.fold_checks.mostly_one_text`), whatever the number of folds, so more folds
    help only once the label is set apart as rare.

    >>> _copies_checked([("a",)] * 4 + [("b",)] * 3, 3, ["x"] * 3 + ["v", "y", "z", "w"])
    {'a': (3, 4)}
    """
    return _copied_checked(label_sets, folds, keys, memo)[1]


def _texts_kept(label_sets: list[tuple[str, ...]], kept: dict[tuple[str, ...], int], keys: list[str] | None) -> int:
    """How many different texts the rows whose set of labels is in ``kept`` (set to its
    number of rows) hold: their number of rows when no text is repeated (``keys`` None)."""
    if keys is None:
        return sum(kept.values())
    return len({key for key, row in zip(keys, label_sets) if row in kept})


def _too_few_for(label_sets: list[tuple[str, ...]], folds: int, keys: list[str] | None = None,
                 none_label: str | None = None, drawn: Callable[[int], str | None] | None = None) -> str:
    """Why ``folds`` folds cannot check the rows, and the most fewer folds that can, else
    the fewest more (counting different texts by ``keys``, with ``none_label`` as
    :func:`_checkable` does): more folds keep more of a label's rows in each training fold.
    ``drawn`` gives the refusal of the folds a count that can check the rows draws, None
    when they train (see :func:`_folds_refusal`), so that each count offered is one the
    check takes, and when none is, the refusal of one that could is said. Labels of one text,
    or mostly copies of one, are told to mend the data first: a count that works merely sets
    them aside unchecked, which is said of it.

    >>> _too_few_for([("wind",)] * 3 + [("coal",)] * 3, 2)
    "folds=2: with 2 folds too few rows of some label are left to train each fold's model; pass folds=3"
    """
    from collections import Counter

    from .fold_checks import fold_counts_named

    counts = Counter(label for row in label_sets for label in row)
    common = sorted(label for label, n in counts.items() if n >= folds)
    kept = Counter(row for row in label_sets if all(counts[label] >= folds for label in row))
    texts = _texts_kept(label_sets, kept, keys)
    memo: dict = {}  # the labels of one text at a count, kept for the others (see _copied_checked)
    copied, mostly = _copied_checked(label_sets, folds, keys, memo) if texts >= folds else ([], {})
    mend = ""  # the data's own remedy, said before any count that only sets its labels aside
    if len(label_sets) < folds:
        why = f"the data have {len(label_sets)} labelled rows, fewer than the {folds} folds"
    elif len(common) < 2:
        named = f"only 1 label ({quoted(common[0])}, {counts[common[0]]} rows) has" if common else "no label has"
        why = (f"{named} {folds} rows or more, and a check needs two such labels (a label with fewer rows "
               f"than folds cannot be cross-validated)")
    elif texts < folds:
        why = (f"the rows to check hold {texts} different texts, fewer than the {folds} folds (rows with the "
               f"same text stay in one fold)")
    elif copied or mostly:
        # Their rows as the folds check them (a review of c28479c: "'solar' (8) hold one text" of 6 such rows).
        checked = Counter(label for row in _checked_rows(label_sets, folds, keys)[0] for label in row)
        why = _copies_why(copied, mostly, checked)
        mend = _copies_mended(copied or list(mostly))
    else:
        why = f"with {folds} folds too few rows of some label are left to train each fold's model"
    refused: dict[int, str] = {}  # the counts that can check the rows, but draw folds refused

    def works(f: int) -> bool:
        if not _checkable(label_sets, f, keys, none_label, memo):
            return False
        refusal = None if drawn is None else drawn(f)
        if refusal is not None:
            refused[f] = refusal
        return refusal is None

    def offer(named: str, more: bool) -> str:
        if not mend:
            return f"folds={folds}: {why}; pass folds={named}"
        if not more:  # fewer folds check the label, not set apart (a review of c28479c)
            return f"folds={folds}: {why}: {mend}; or pass folds={named}"
        aside = copied or list(mostly)
        return (f"folds={folds}: {why}: {mend}; or pass folds={named}, which sets "
                f"{', '.join(quoted(label) for label in aside)} aside "
                f"unchecked ({'its' if len(aside) == 1 else 'their'} rows set apart as rare)")

    working = [f for f in range(2, min(folds, len(label_sets) + 1)) if works(f)]
    if working:
        # Every count that works, not "N or fewer": fewer folds ask less of a label's rows, but
        # keep fewer off-topic rows in a training fold (3 do at 3 folds, not at 2).
        return offer(fold_counts_named(working), more=False)
    # Two labels of f rows or more, of f texts or more, are needed: no more folds than that.
    second = sorted(counts.values())[-2] if len(counts) > 1 else 0
    fewest = next((f for f in range(folds + 1, min(second, len(set(keys)) if keys else len(label_sets)) + 1)
                   if works(f)), None)
    if fewest is not None:
        return offer(str(fewest), more=True)
    if keys is not None and len(set(keys)) < 2:
        return "labels: every row holds the same text, which cross-validation cannot split into folds"
    if refused:  # counts that could check the rows, each refused as its folds fall: one is told
        f = min(refused)
        if mend:
            return f"folds={folds}: {why}: {mend}; as they are, no number of folds trains: at {f} folds, {refused[f]}"
        return f"folds={folds}: {why}, and no number of folds trains: at {f} folds, {refused[f]}"
    if mend:  # no count sets them aside and trains: the data's remedy alone
        return f"folds={folds}: {why}: {mend}"
    if held := _copies_elsewhere(label_sets, counts, second, keys, memo):
        # Not "too few rows" (untrue of labels of many): the copies keep each count that checks them.
        f, copied, mostly = held
        return (f"folds={folds}: {why}, and no number of folds checks the rows: at {f} folds, "
                f"{_copies_why(copied, mostly, counts)}: {_copies_mended(copied or list(mostly))}")
    return (f"labels: too few rows to cross-validate with any number of folds ({len(label_sets)} labelled rows, "
            f"{len(counts)} labels): a check needs at least two labels with 3 rows or more each (at 3 folds)")


def _copies_why(copied: list[str], mostly: dict[str, tuple[int, int]], counts: dict[str, int]) -> str:
    """Why folds cannot check labels whose rows are one text (``copied``), or else mostly
    copies of one (``mostly``, as :func:`_copied_checked` gives them), with ``counts`` their rows."""
    from .fold_checks import copies_held

    if copied:
        named = ", ".join(f"{quoted(label)} ({counts[label]})" for label in copied)
        return (f"the rows of {named} hold one text{' each' if len(copied) > 1 else ''}, whose copies stay in one "
                f"fold, so the model tested on them never saw them")
    return (f"{copies_held(mostly)}, whose copies stay in one fold, so the fold holding them out keeps too few to "
            f"train on")


def _copies_elsewhere(label_sets: list[tuple[str, ...]], counts: dict[str, int], second: int, keys: list[str] | None,
                      memo: dict) -> tuple[int, list[str], dict[str, tuple[int, int]]] | None:
    """The most folds, of those where two labels have as many rows (up to ``second``, the
    second most rows of a label), at which labels checked are one text or mostly copies of
    one (:func:`_copied_checked`, ``memo`` its), with those labels; None when there are none.
    When no count checks the rows, these are why, not too few rows. Which labels are rare
    changes only at a label's number of rows, so only those counts (and 2) are looked at.

    >>> rows = [("h",)] * 9 + [("w",)] * 8 + [("c",)] * 8
    >>> _copies_elsewhere(rows, {"h": 9, "w": 8, "c": 8}, 8, ["x"] * 8 + [str(i) for i in range(17)], {})
    (8, [], {'h': (8, 9)})
    """
    if keys is None:  # every text different: no copies
        return None
    for f in sorted({2} | {n for n in counts.values() if 2 <= n <= second}, reverse=True):
        copied, mostly = _copied_checked(label_sets, f, keys, memo)
        if copied or mostly:
            return f, copied, mostly
    return None


def _copies_mended(labels: list[str]) -> str:
    """The remedy of labels whose rows are one text, or mostly copies of one, in the data:
    no number of folds spreads copies, which only a count that sets them aside gets past.

    >>> _copies_mended(["solar"])
    "add rows of 'solar' with other texts, or drop copies of that text"
    """
    named = ", ".join(quoted(label) for label in labels)
    held = "that text" if len(labels) == 1 else "their texts"
    return f"add rows of {named} with other texts, or drop copies of {held}"


def _out_of_fold(texts, label_sets, stances, folds: int, random_state: int, options: dict[str, Any], *,
                 row_names: Sequence[Any] | None = None, stance_name: str = "stance",
                 every_text: Sequence[str] | None = None, progress: bool = False):
    """Out-of-fold label probabilities ``(n, k)`` and stance probabilities ``(n, k, s)``
    (``progress``: the fold models trained counted on a bar);
    ``row_names`` name the rows in errors (default: their positions); ``every_text``, the
    texts of the whole data (default: ``texts``), those of rows set apart too, by which fewer
    threshold folds are offered as training offers them.

    ``stance[i, j]`` is row ``i``'s stance distribution were its primary label ``j``, so
    that the given stance and the stance of a suggested label can both be read off.
    """
    from . import inference
    from .model import StanceModel
    no_folds_summarised = forksafe.imported(".training").no_folds_summarised

    labels = sorted({label for row in label_sets for label in row})
    column = {label: j for j, label in enumerate(labels)}
    n = len(texts)
    probabilities = np.zeros((n, len(labels)))
    stance_classes = sorted({s for s in stances if s is not None}) if stances is not None else []
    stance = np.full((n, len(labels), len(stance_classes)), np.nan)
    splits = _refuse_untrainable_folds(texts, label_sets, stances, folds, random_state, options,
                                       row_names=row_names, stance_name=stance_name, every_text=every_text)
    # Fold models too small for threshold folds (threshold_folds given as an option) are said
    # in one warning, though each fold's count of texts is its own.
    counted = forksafe.imported(".progress_bars").counted
    with no_folds_summarised(len(splits), "fold models of the check"), \
            counted(progress, n, len(splits), desc="checking", unit="fold") as folds_done:
        for train, test in splits:
            model = StanceModel(**options).fit(
                [texts[i] for i in train], [label_sets[i] for i in train],
                stance=None if stances is None else [stances[i] for i in train],
            )
            params = model.params_
            fold_columns = [column[label] for label in params.labels]
            x = inference.tfidf_rows([texts[i] for i in test], model._analyzer_for(params), params)
            probabilities[np.ix_(test, fold_columns)] = inference.target_probabilities(x, params)
            if params.has_stance:
                order = [params.stance_classes.index(c) if c in params.stance_classes else None
                         for c in stance_classes]
                for j_fold, j in enumerate(fold_columns):
                    p = inference.stance_probabilities(x, params, np.full(len(test), j_fold, dtype=np.int64))
                    for c, c_fold in enumerate(order):
                        stance[test, j, c] = 0.0 if c_fold is None else p[:, c_fold]
            folds_done.update()
    return {"labels": labels, "probabilities": probabilities,
            "stance_classes": stance_classes, "stance": stance}


def _refuse_untrainable_folds(texts, label_sets, stances, folds: int, random_state: int, options: dict[str, Any], *,
                              row_names: Sequence[Any] | None = None, stance_name: str = "stance",
                              every_text: Sequence[str] | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """The ``(train rows, test rows)`` of the folds :func:`_out_of_fold` draws, refused when a
    training fold cannot train (arguments as there). Every fold is checked before any is
    fitted, so that a fold that cannot train is named without waiting for the fits before
    it; labels too few for the threshold folds given are offered fewer, as training offers them."""
    from .fold_checks import check_fold_counts, check_fold_stances
    from .model import StanceModel
    from .row_order import shuffled_folds

    minimum = StanceModel(**options).min_examples_per_label()
    tests = shuffled_folds(texts, label_sets, stances, folds, random_state, minimum)[0]
    splits = [(np.setdiff1d(np.arange(len(texts)), test), test) for test in tests]
    fewer_folds = StanceModel(**options)._fewer_folds(texts if every_text is None else every_text)
    check_fold_counts(label_sets, [train for train, _ in splits], minimum, folds, every_label=True, index=row_names,
                      texts=texts, fewer_folds=fewer_folds)
    check_fold_stances(stances, splits, minimum, texts=texts, index=row_names, name=stance_name)
    return splits


def _issues(frame: pd.DataFrame, label_sets, stances, oof: dict[str, Any], none_label: str | None) -> pd.DataFrame:
    """The flagged rows of ``frame``, most suspicious first, with the issue columns."""
    labels = np.array(oof["labels"], dtype=object)
    label_issue, label_score, suggested = _label_issues(label_sets, oof)
    stance_issue = np.zeros(len(label_sets), dtype=bool)
    stance_score = np.full(len(label_sets), np.nan)
    suggested_stance = np.full(len(label_sets), None, dtype=object)
    if stances is not None and len(oof["stance_classes"]) >= 2:
        stance_issue, stance_score = _stance_issues(label_sets, stances, oof)
        # The stance to go with the suggested label (the given one when only the stance is at issue).
        rows = np.arange(len(label_sets))
        pick = oof["stance"][rows, suggested].argmax(axis=1)
        on_topic = labels[suggested] != none_label
        suggested_stance[on_topic] = np.array(oof["stance_classes"], dtype=object)[pick[on_topic]]
    flagged = label_issue | stance_issue
    score = np.maximum(np.where(label_issue, label_score, -np.inf), np.where(stance_issue, stance_score, -np.inf))
    order = [i for i in np.argsort(-score, kind="stable") if flagged[i]]
    out = frame.iloc[order].copy()
    issue = np.where(label_issue & stance_issue, "label+stance", np.where(label_issue, "label", "stance"))
    out["issue"] = issue[order]
    # A row whose stance alone is at issue keeps every label it was given, joined as a cell
    # joins them: its primary label alone dropped right secondary ones.
    given = np.array([LABEL_SEPARATOR.join(label_sets[i]) for i in order], dtype=object)
    out["suggested_label"] = np.where(label_issue[order], labels[suggested[order]], given)
    out["suggested_stance"] = suggested_stance[order]
    out["label_score"] = label_score[order]
    out["stance_score"] = stance_score[order]
    out["score"] = score[order]
    return out


def _label_issues(label_sets, oof: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which rows have a label issue, their score, and the label index to suggest.

    A row is at issue when every given label is below its threshold and the model's most
    probable label is not among them (then that label is the suggestion; otherwise the
    given primary label is kept).
    """
    labels = oof["labels"]
    n = len(label_sets)
    member = np.zeros((n, len(labels)), dtype=bool)
    for i, row in enumerate(label_sets):
        member[i, [labels.index(label) for label in row]] = True
    # Renormalised so that a multi-label row's given labels share one unit of probability.
    normalised = _normalise(oof["probabilities"])
    # Confident learning's per-label threshold: the label's mean probability on its own rows.
    thresholds = (normalised * member).sum(axis=0) / member.sum(axis=0)
    below = ~((normalised >= thresholds) & member).any(axis=1)
    best = normalised.argmax(axis=1)
    issue = below & ~member[np.arange(n), best]
    score = 1.0 - (normalised * member).sum(axis=1)
    primary = np.array([labels.index(row[0]) for row in label_sets], dtype=np.int64)
    return issue, score, np.where(issue, best, primary)


def _normalise(probabilities: np.ndarray) -> np.ndarray:
    total = probabilities.sum(axis=1, keepdims=True)
    return probabilities / np.where(total > 0, total, 1.0)


def _stance_issues(label_sets, stances, oof: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Which rows have a stance issue, and their score (NaN for rows without a stance).

    The stance is judged under the row's given primary label, as it was annotated.
    """
    classes, labels = oof["stance_classes"], oof["labels"]
    n = len(label_sets)
    rows = np.arange(n)
    given = np.array([classes.index(s) if s is not None else -1 for s in stances])
    judged = given >= 0
    given = np.maximum(given, 0)
    primary = np.array([labels.index(row[0]) for row in label_sets], dtype=np.int64)
    p_stance = oof["stance"][rows, primary]
    p_given = p_stance[rows, given]
    indicator = np.zeros((n, len(classes)), dtype=bool)
    indicator[rows[judged], given[judged]] = True
    thresholds = (p_stance * indicator).sum(axis=0) / np.maximum(indicator.sum(axis=0), 1)
    issue = judged & (p_given < thresholds[given]) & (p_stance.argmax(axis=1) != given)
    return issue, np.where(judged, 1.0 - p_given, np.nan)

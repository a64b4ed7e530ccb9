"""Reading labelled rows for training: texts, label cells and stances checked and read as a fit takes them.

:func:`prepare_training` reads and checks the rows, each problem of them named in one error
(:mod:`stance.problems`). The other checks of labelled data have modules of their own:
:mod:`stance.columns` (the columns named), :mod:`stance.label_cells` (a labels cell and a
stance cell read), :mod:`stance.label_checks` (label names and stance values of the whole
data), :mod:`stance.fold_checks` (cross-validation folds), :mod:`stance.duplicate_texts`
(rows of one text), :mod:`stance.row_order` (content order, folds, the digest),
:mod:`stance.off_topic` (the off-topic label) and :mod:`stance.group_values` (the values of
``by=``). A table is read by :mod:`stance.tables`; label names that look alike are found by
:mod:`stance.label_names`; a label cell's names are read, names compared and rows named by
:mod:`stance.names`. Every error here names the argument, the column or the rows at fault and
says what was expected, so that nothing fails later inside scikit-learn or pandas. The names
that the tests, the benchmarks and the datasets' scripts import from here are imported here too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

# The `name as name` imports re-export what the tests, the benchmarks and the datasets' scripts
# import from here.
from .columns import _NO_STANCE_HEAD
from .exceptions import InvalidInputError, InvalidTypeError, a_type_name, quoted, quoted_list, shell_option, warn
from .label_cells import is_spreadsheet_error, refuse_annotations, refuse_spreadsheet_errors, stance_value
from .label_cells import parse_label_set as parse_label_set
from .label_checks import _swap_question, check_label_counts
from .label_checks import check_stance_counts as check_stance_counts
from .label_names import (
    _refuse_float_twins,
    off_topic_as_written,
    warn_of_codes_read_as_numbers,
    warn_of_names_given_as_numbers,
)
from .names import LABEL_SEPARATOR, R_MISSING, _conflicts, is_missing, named_rows, row_names
from .off_topic import off_topic_lookalike, off_topic_lookalikes, refuse_off_topic_beside_targets
from .problems import problem, problems_found, problems_together
from .row_order import content_order as content_order
from .row_order import shuffled_folds as shuffled_folds
from .text import is_blank  # at the top, not in is_empty_cell: an import a cell was 0.65 s of 600,000 cells

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
            f"{argument} must be ordered (a list, tuple, Series, …), got {a_type_name(values)}, which has "
            f"no order: texts are paired with labels, and answered, by position; pass a list "
            f"(sorted({argument}) if any order will do)"
        )


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

    # Only a row without text can be empty in every column: the other columns are looked at
    # in those rows alone (walking every cell took seconds on a million rows).
    untexted = [i for i, value in enumerate(frame[text_column].tolist())
                if not isinstance(value, str) or is_blank(value)]
    if not untexted:
        return
    rows = [i for i, row in zip(untexted, frame.iloc[untexted].itertuples(index=False, name=None))
            if all(map(is_empty_cell, row))]
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


def is_empty_cell(value: Any) -> bool:
    """Whether a cell holds nothing: missing (NaN, None) or blank text, as :func:`refuse_empty_rows`
    reads a row's cells (and ``datasets/validate.py`` a corpus row's).

    >>> [is_empty_cell(value) for value in (float("nan"), None, " ", "\u200b", "x", 0)]
    [True, True, True, True, False, False]
    """
    return is_blank(value) if isinstance(value, str) else is_missing(value)


def _have(positions: Sequence[int]) -> str:
    return "has" if len(positions) == 1 else "have"


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


# A missing value as a program writes it into text, which a file then holds as a label: what
# str() and astype(str) make of a float's NaN (pandas' missing label) and of None, NaN as
# JavaScript's String() and to_csv(na_rep="NaN") write it, and a database's NULL as SQL exports
# write it, and JSON's null as JavaScript's String() and a JSON export's text cell write it
# (pd.read_csv reads each as missing); and a lone dash, which a person types in a cell that has no
# value, no scheme's name of a category. "N/A", "n/a" and "n.a." are left a scheme's own ("not
# applicable": a decision a coder wrote, which a codebook names), as a person writes them.
_MISSING_WRITTEN = {"nan": "what str() and astype(str) make of a missing value (NaN)",
                    "NaN": "a missing value as JavaScript's String() and to_csv(na_rep='NaN') write it",
                    "None": "what str() and astype(str) make of a missing value (None)",
                    "NULL": "a database's missing value, as an SQL export writes it",
                    "null": "a missing value as JSON and JavaScript's String(null) write it",
                    "-": "a dash, what a person types in a cell that has no value"}


# The signs a symbolic scale's steps are written in: "+", "-", "±", and the minus sign (U+2212) and
# en dash a word processor puts for "-" ("−−", "–"). "0" is a step too, but no sign by itself.
_SCALE_SIGNS = "+-±\u2212\u2013"


def _a_scale_of_signs(label_sets: Sequence[tuple[str, ...]]) -> bool:
    """Whether a label other than "-" is written in signs alone ("--", "+", "+0", "−−"): then "-"
    is a step of a symbolic scale, as training takes one, not a dash typed in an empty cell. A
    label of zeros alone ("0", "000", a codebook's number for no position) is no sign: beside it
    "-" is still a cell left empty.

    >>> _a_scale_of_signs([("-",), ("+",)]), _a_scale_of_signs([("-",), ("gas",), ("-1",)])
    (True, False)
    >>> _a_scale_of_signs([("-",), ("000",), ("201",)]), _a_scale_of_signs([("-",), ("0",), ("\u2212\u2212",)])
    (False, True)
    """
    return any(name != "-" and not name.strip(_SCALE_SIGNS + "0") and name.strip("0")
               for row in label_sets for name in row)


def warn_of_missing_written_labels(labels: Sequence[Any], label_sets: Sequence[tuple[str, ...]],
                                   index: Sequence[Any], labels_name: str, none_label: str | None) -> None:
    """Warn, as :func:`warn_of_na_labels` warns of "NA", that rows whose ``labels`` cell, as
    text, names the label "nan", "NaN", "None", "NULL", "null" or "-" (``label_sets``, the cells read)
    train a label so called: a missing label written as text (``frame["labels"].astype(str)``
    before ``to_csv`` writes NaN as "nan") trained, and was predicted, without a word. Not of
    the off-topic label, nor of one differing from it in case alone ("None" beside "none",
    refused as such), nor inside :func:`conflicts_reported`, nor of label sets given as such.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_missing_written_labels(["gas", "nan", "None"], [("gas",), ("nan",), ("None",)], "abc", "labels",
    ...                                    "none")
    >>> len(caught), str(caught[0].message)  # doctest: +ELLIPSIS
    (1, "labels: row 'b' has the label 'nan', what str() and astype(str) make of a missing value (NaN), ...")
    """
    if getattr(_conflicts, "reported", False):
        return
    off_topic = none_label.casefold() if isinstance(none_label, str) else None
    written = [name for name in _MISSING_WRITTEN if name.casefold() != off_topic]
    if "-" in written and _a_scale_of_signs(label_sets):
        written.remove("-")  # a step of the scale ("--", "-", "0", "+", "++"), not a cell left empty
    for name in written:
        rows = [i for i, (cell, row) in enumerate(zip(labels, label_sets)) if isinstance(cell, str) and name in row]
        if not rows:
            continue
        one = len(rows) == 1
        warn(lambda words, name=name, rows=rows, one=one: (
            f"{labels_name}: {row_names(index, rows, limit=5)} {_have(rows)} the label {name!r}, "
            f"{_MISSING_WRITTEN[name]}, which is trained as a label called {name!r}: if "
            f"{'that row has' if one else 'those rows have'} no label, give {'it one' if one else 'each one'} or "
            f"drop {'it' if one else 'them'}; if {name!r} is your label for a statement that takes no position, "
            f"pass {words.either(f'none_label={name!r}', f'--none-label {name}')}"))


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


def _why_no_stance(label_sets: Sequence[tuple[str, ...]], missing: list[int], index: Sequence[Any],
                   none_label: str | None) -> str:
    """What to do about the ``missing`` rows, which have a target but no stance: an off-topic
    label miswritten ("NONE", "nnoe") is named as such, since the stance is missing because
    the row takes no position; so is the off-topic label under another name, when every such
    row has one label (every off-topic row "None", say); else every row with a target needs
    a stance value. Not when the off-topic label labels rows already: then the one label is
    not it under another name, and renaming it looped (each name in turn left the other's
    rows without a stance), so those rows are told to take a stance or the off-topic label."""
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
        label = shared.pop()
        if none_label is not None and (none_label,) in label_sets:
            if label not in by_label:  # a look-alike is told to be written as the off-topic label already
                advice[-1] = (f"all are labelled {quoted(label)}: give them a stance, or label them "
                              f"{quoted(none_label)} if they take no position")
            return "; ".join(advice)
        advice[-1] += (f"; if {quoted(label)} is your off-topic label, pass none_label={quoted(label)} "
                       f"(on the command line: {shell_option('--none-label', label)})")
    return "; ".join(advice)


# Prodigy's answers to a label shown: the label is right, wrong, or skipped.
_PRODIGY_ANSWERS = ("reject", "ignore")


# What the rows' labels are taken for, said of a fit's data and of gold data.
TRAINED_AS = "train as the accepted rows' do"
SCORED_AS = "are scored as gold labels as the accepted rows' are"
# The start of the warning, for a caller that has warned of the data once already to leave out
# (stance evaluate --compare-with, whose second evaluation reads the same rows).
REJECTED_ANSWERS_WARNING = r"column 'answer': \d+ of \d+ rows are Prodigy answers "


def warn_of_rejected_answers(frame: pd.DataFrame, used: Iterable[str | None], taken: str = TRAINED_AS) -> None:
    """Warn when the data has Prodigy's column "answer" with rejected or ignored rows: each
    row's label is taken as the statement's (``taken``: trained on, or scored as gold), the
    rejected ones (the label is wrong) too. Not refused: a column of that name may mean
    something else, and the accepted rows are the caller's to keep."""
    if "answer" not in frame.columns or "answer" in used:
        return
    columns = frame.loc[:, frame.columns == "answer"]  # one column, or each of a name given twice
    answers = Counter(value for _, column in columns.items() for value in column.tolist() if isinstance(value, str))
    counts = {answer: answers[answer] for answer in _PRODIGY_ANSWERS if answers[answer]}
    if not counts:
        return
    kinds = " or ".join(f"{quoted(answer)} ({count})" for answer, count in counts.items())
    warn(f"column 'answer': {sum(counts.values())} of {len(frame)} rows are Prodigy answers {kinds}, whose "
         f"labels {taken} (a rejected label as the statement's); keep the accepted rows: "
         f"data[data.answer == \"accept\"] (on the command line, filter the file to them first, for a JSON "
         f"Lines file: jq -c 'select(.answer == \"accept\")' data.jsonl > accepted.jsonl)")


# The columns stance.score writes beside its p_<label> ones, whatever the model: a frame read
# back from a scored CSV file (its attrs lost) is known by them all together.
_SCORED_COLUMNS = ("label", "labels", "stance", "confidence", "flag")
# What taking a scoring's predictions as gold does, said by each reader of gold labels.
SCORED_FOR_TRAINING = "a model trained on them learns the scoring model's answers"
SCORED_FOR_EVALUATION = "the model is measured against its own answers"
SCORED_FOR_CHECKING = "their rows are checked against a model's answers"


def scoring_evidence(frame: pd.DataFrame, column: Any) -> str | None:
    """What shows that ``column`` of ``frame`` is a column :func:`stance.score` wrote (its
    ``labels``, ``label`` or ``stance``, under any prefix), else None: the record score leaves in
    ``attrs["none_labels"]`` for the labels column (which pandas keeps in a selection of its
    columns, and drops in a merge or a file written), or every column it writes (the five of
    :data:`_SCORED_COLUMNS` and a ``p_`` column for each label of its ``label`` column), as a
    scored CSV file read back has them. One name alone, a user's ``confidence`` column beside
    gold labels, is no evidence.

    >>> import pandas as pd
    >>> scored = pd.DataFrame({"text": ["We back NATO."], "label": ["unity"], "labels": ["unity"],
    ...                        "stance": ["favor"], "confidence": [0.9], "p_unity": [0.9], "flag": [None]})
    >>> scoring_evidence(scored, "labels"), scoring_evidence(scored.drop(columns="p_unity"), "labels")
    ('it has all the columns stance.score writes', None)
    """
    from .profile import NONE_LABELS, _p_column_labels

    if not isinstance(column, str) or not column.endswith(("labels", "label", "stance")):
        return None
    prefix = column[:-len("stance")] if column.endswith("stance") else column[:-len("label")] \
        if column.endswith("label") else column[:-len("labels")]
    recorded = frame.attrs.get(NONE_LABELS)
    if isinstance(recorded, dict) and f"{prefix}labels" in recorded:  # kept by a selection of its columns too
        return "its attrs hold stance.score's record of them"
    named = _p_column_labels(frame, prefix)
    if not named or not all(f"{prefix}{name}" in frame.columns for name in _SCORED_COLUMNS):
        return None
    primary = frame[f"{prefix}label"]
    if primary.ndim != 1:  # two columns of the name (a frame): refused elsewhere
        return None
    if {value for value in primary.tolist() if isinstance(value, str)} <= set(named):
        return "it has all the columns stance.score writes"
    return None


def warn_of_scored_labels(frame: pd.DataFrame, labels_column: Any, stance_column: Any, taken: str) -> None:
    """Warn when the gold labels (``labels_column``) or stances (``stance_column``) read from
    ``frame`` are columns :func:`stance.score` wrote (see :func:`scoring_evidence`): a scored
    frame evaluated as gold scored its own predictions 1.0 unwarned, and trained on as labels
    taught a model the scoring's answers; ``taken`` says what that does. A warning, not a
    refusal: predictions corrected by hand are gold, and renaming the column says so.
    """
    found = [(argument, column) for argument, column in (("labels_column", labels_column),
                                                         ("stance_column", stance_column))
             if scoring_evidence(frame, column)]
    if not found:
        return
    evidence = scoring_evidence(frame, found[0][1])
    named = " and ".join(f"{argument}={quoted(column)}" for argument, column in found)
    warn(f"{named}: these are a model's predictions, not gold labels ({evidence}), so {taken}; pass the "
         f"column of your own labels (a labelled frame scored with prefix='pred_' keeps its gold columns apart), "
         f"or, for predictions corrected by hand, rename the column and pass that name")


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
    # Alone, before the rows' problems: read as names, every row's label would be refused as a typo too.
    refuse_annotations(labels, index, labels_name)
    # The checks of whole columns call them "labels" and "stance": the rows' problems, the caller's names.
    with problems_together({"labels": labels_name, "stance": stance_name}):
        before = problems_found()
        clean = [text if isinstance(text, str) else "" for text in texts]
        with problem():
            clean = clean_texts(list(texts), index, text_name)
        with problem():  # a formula's "#N/A" in place of the text: no statement, as a blank cell is none
            refuse_spreadsheet_errors([(text,) for text in texts], index, text_name, "a statement")
        label_sets = [parse_label_set(value) for value in labels]
        warn_of_codes_read_as_numbers(labels, labels_name)
        # Read as names, they come back as text: said once a fit, as the folds' fits say nothing.
        warn_of_names_given_as_numbers(labels, labels_name)
        if stances is not None:
            warn_of_names_given_as_numbers(stances, stance_name, "stance values")
        none_label = off_topic_as_written(none_label, label_sets)  # "000" is the "0" of codes read as numbers
        warn_of_na_labels(labels, label_sets, index, labels_name, none_label)
        warn_of_missing_written_labels(labels, label_sets, index, labels_name, none_label)
        with problem():
            _refuse_float_twins(labels, index, f"{labels_name}: label names")
        with problem():
            _refuse_label_sets(label_sets, index, labels_name, none_label)
        with problem():
            refuse_spreadsheet_errors(label_sets, index, labels_name, "a label")
        kept = None if stances is None else _stances_kept(label_sets, list(stances), index, stance_name, none_label,
                                                          rare_below)
        if then is not None and problems_found() > before:  # what the caller would refuse next, said now
            # A row's "NONE", named above as the off-topic label miswritten on a row without a
            # stance, is read as that label: not refused again, as a label in another case.
            read = label_sets if kept is None else [
                (none_label,) if row and kept[i] is None and off_topic_lookalike(row[0], none_label) else row
                for i, row in enumerate(label_sets)]
            # A spreadsheet's "#N/A", refused above, is no label to be told too rare too.
            read = [tuple(label for label in row if not is_spreadsheet_error(label)) for row in read]
            with problem():
                then(clean, read, kept)
    return clean, label_sets, kept


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


def has_target(row: tuple[str, ...], none_label: str | None) -> bool:
    """Whether a row of these labels has a target, so that training reads its stance: not a
    row without a label, nor an off-topic one (``none_label`` first)."""
    return bool(row) and row[0] != none_label


def stances_on_targets(label_sets: Sequence[tuple[str, ...]], stances: Sequence[Any],
                       none_label: str | None) -> list[str | None]:
    """Each row's stance value as training reads it, None on a row without a target, whose
    stance training leaves unread (see :func:`has_target`).

    >>> stances_on_targets([("wind",), ("none",), ()], ["favor", "against", "favor"], "none")
    ['favor', None, None]
    """
    return [stance_value(value) if has_target(row, none_label) else None for row, value in zip(label_sets, stances)]


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
        if not has_target(row, none_label):  # no label: refused as such, its stance unread
            kept.append(None)
            if len(row) == 1 and value is not None:  # beside targets, refused as such: its stance not warned of
                ignored[i] = value
        elif value is None:
            kept.append(None)
            if not any(counts[label] < rare_below or is_spreadsheet_error(label) for label in row):
                missing.append(i)  # not beside a label refused as too rare, or as a spreadsheet's "#N/A"
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
    with problem():  # an off-topic row's stance is not read: ignored, with the warning below, as any is
        refuse_spreadsheet_errors([(value,) for value in kept], index, stance_name, "a stance value")
    kept = [None if is_spreadsheet_error(value) else value for value in kept]  # refused: no stance value to count
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

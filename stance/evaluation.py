"""Measuring a model against labelled data: :func:`evaluate`, and the metrics it reports.

Definitions (the README's evaluation table uses them):

- *top-1-in-gold*: share of statements whose predicted primary label is one of the gold labels;
- per-label precision/recall/F1 compare the predicted label *set* with the gold set
  (multi-label); *macro-F1* is their mean over labels, *micro-F1* pools all decisions. A
  label neither in the gold data nor predicted has no F1 (0/0) and is left out of the mean;
  a label predicted but never in the gold data has precision 0 and recall 0 (scikit-learn's
  convention), and its F1 of 0 lowers macro-F1 (the report's text and HTML name such labels);
- *primary macro-F1*: macro-F1 of the predicted primary label against the gold primary (a
  label predicted as primary but never the gold primary counts 0 there too);
- stance *F_avg* (SemEval-2016): the mean of F1(favor) and F1(against) over all statements,
  an off-topic statement's stance being "none"; with other stance names, the two that
  :func:`stance.document.stance_directions` recognises as favour and against (a third value
  such as "neutral" gets its own F1 but stays out of the mean), or the two named by
  ``favor=`` and ``against=``, or (with a warning) the mean over every stance value when no
  two can be told apart; stance accuracy is over statements with a
  gold stance. A value predicted but never in the gold stances has F1 0, which F_avg
  averages as SemEval's does (the report's text and HTML name such values); a value it
  averages that is neither in the gold stances nor predicted has no F1 (0/0), and F_avg,
  the mean of the two, is then none either (NaN, "n/a"), not the other's F1 alone. A stance
  value's F1 is ``<value>_f1``, or ``stance_<value>_f1`` when that
  would be a label metric's name (a value "none" has ``stance_none_f1``, since ``none_f1``
  is the off-topic label's). A statement with a target but no gold stance is not judged on stance at all
  (evaluate warns of it). A stance given on a gold off-topic row is ignored (with a
  warning), as training ignores it.
- a statement for which the model has no label at all (blank text for a model trained
  without an off-topic label) is a miss, counted in the confusion table under "(no label)"
  ("(no label)_2" beside a label of that name).

The report is :mod:`stance.report`, the metrics' arithmetic :mod:`stance.metrics`,
cross-validation :mod:`stance.cross_validation` and the scikit-learn scorer
:mod:`stance.scorers`; what was imported from here before they were split off still is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from .argument_order import model_by_keyword, refuse_model_as_data

# The `name as name` imports re-export what was imported from here before the report, the metrics,
# cross-validation and the scorer were split off (a scorer pickled before is stance.evaluation.Scorer).
from .cross_validation import _warn_of_copies_in_other_folds as _warn_of_copies_in_other_folds
from .cross_validation import _warn_of_rare_labels as _warn_of_rare_labels
from .cross_validation import cross_validate as cross_validate
from .exceptions import (
    QUOTED_VALUES,
    InvalidInputError,
    InvalidTypeError,
    quoted,
    quoted_list,
    warn,
)
from .file_types import is_delimited
from .group_values import MISSING_GROUP
from .metrics import CONFIDENCE_BINS as CONFIDENCE_BINS
from .metrics import CONFIDENCE_METRICS as CONFIDENCE_METRICS
from .metrics import HEADLINE as HEADLINE
from .metrics import (
    _directions,
    _prf,
    _primary_macro_f1,
    _stance_metrics,
    averaged_values,
    calibration_error,
    confidence_bin,
    scored_values,
    set_counts,
)
from .metrics import stance_f1_key as stance_f1_key
from .profile import natural_key
from .report import EvaluationReport
from .report import _without_nan as _without_nan
from .report import counted as counted
from .report import statements as statements
from .scorers import Scorer as Scorer
from .scorers import scorer as scorer
from .text import is_blank

if TYPE_CHECKING:
    from os import PathLike

    from .model import StanceModel

# The confusion table's column for a statement given no label at all.
NO_LABEL = "(no label)"


@model_by_keyword("data")  # evaluate(data, model=m), as score(data, model=m) is called
def evaluate(
    model: StanceModel | str | PathLike[str] | None,
    data: Any,
    text_column: str = "text",
    labels_column: str = "labels",
    stance_column: str | None = "stance",
    *,
    by: str | None = None,
    encoding: str = "utf-8",
    favor: str | None = None,
    against: str | None = None,
    sha256: str | None = None,
) -> EvaluationReport:
    """Evaluate ``model`` (a StanceModel, a model directory, or None for the default) on
    labelled ``data`` (a DataFrame or a file). ``stance_column=None`` skips stance metrics;
    the default ``"stance"`` is used only when that column exists and is not the labels
    column (``labels_column="stance"``), and never for a model without a stance head (with a
    warning). Another column named as both labels and stance is refused.

    ``by`` (a column of ``data``, such as ``"register"`` or ``"party"``) also measures each
    group of rows that share a value in it, as if evaluated on its own, and keeps the
    reports in ``report.groups``: ``report.by_group()`` tabulates them. Rows with no value
    in the column (missing or blank) are one group, ``"(missing)"``. ``by_group()`` warns of
    the groups of fewer than 30 statements, whose metrics would move far on another sample. Any
    column will do but the text column (a group per statement, refused), the labels column
    too (a group per gold label set, named as in a CSV file: ``"unity|deterrence"``, from a
    JSON list as well; in the order written, the primary label first, so that
    ``"deterrence|unity"`` is a group of its own). The overall metrics are the same as without ``by``.

    ``favor`` and ``against`` name the stance values whose F1 ``stance_f_avg`` averages, as
    :func:`stance.profile` takes them (``favor="favorable", against="unfavorable"``). Left as
    None, they are the values named so or like it ("pro" and "contra", "support" and
    "oppose"); when no two can be told apart (and there are more than two), ``stance_f_avg``
    is the mean F1 of every value, with a warning.

    ``sha256``, the parameters' digest the model's publisher gave, refuses any other model, as
    :func:`stance.score`'s does (see :func:`stance.api.pinned_model`).

    Gold labels and stance values are compared with the model's exactly (in case too), but
    for how their accents are encoded: one the model spells composed (Unicode NFC), written
    decomposed (NFD, as macOS exports give it: "dafu\u0308r" for "dafür"), looks the same
    and is read as the model's.

    A warning says when ``data`` are the model's training rows (their digest, in any order, is
    the model's ``training_data.sha256``; with ``stance_column=None``, the texts and labels give
    its ``training_data.labels_sha256``), and how many of them are statements of the shipped
    seed, for a model trained on it (the bundled one): the figures then measure a fit, not
    accuracy on new text. Some of a model's own training rows among others are not told.

    The metrics are defined in :mod:`stance.evaluation`. Macro-F1 is the mean of the labels'
    F1, and a label the model predicts but the gold data never hold gets precision 0, recall
    0 and F1 0 (scikit-learn's convention), which lowers it: on gold data of a few targets,
    or in a group of ``by`` that lacks a target, a stray prediction of another target costs
    the mean as much as a gold target the model never finds. Printing the report names such
    labels.

    >>> import pandas as pd, stance
    >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming."],
    ...                      "labels": ["unity", "none"], "stance": ["favor", None]})
    >>> stance.evaluate(None, gold).metrics["top1_in_gold"]
    1.0
    """
    from .api import resolve_model
    from .columns import require_columns, stance_column_apart, warn_if_stance_unused
    from .data import SCORED_AS, SCORED_FOR_EVALUATION, warn_of_rejected_answers, warn_of_scored_labels
    from .label_cells import spelt_as_known, stance_value, stance_values_as_classes
    from .names import LABEL_SEPARATOR, named_rows
    from .off_topic import refuse_off_topic_beside_targets
    from .scoring import as_table
    from .tables import read_table

    data = as_table(data, text_column)  # a polars or pyarrow table, a dict: before its class's name is read
    # (data, model): the table was taken for a model directory
    refuse_model_as_data(data, model, call="evaluate", name="data", expected="a DataFrame or a table file",
                         model_first=True)
    # sha256 refuses any other model, as stance.score's does (see stance.api.pinned_model)
    model = resolve_model(model, sha256=sha256)._pinned()  # one model throughout, whatever fits run meanwhile
    # by too: its groups are named in the report, and bytes were named b'press'.
    stance_column = stance_column_apart(stance_column, labels_column, default="stance")
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column, by],
                       r_missing_in=[text_column, labels_column, by], labelled=True)
    # Values given for the column (a Series) are named by require_columns, not compared here.
    if isinstance(stance_column, str) and stance_column == "stance" and "stance" not in frame.columns:
        stance_column = None
        warn_if_stance_unused(frame, stance_column, "the evaluation", labels_column)  # a "Stance" column, say
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column, "by": by},
                    read_from_path=frame is not data, delimited=lambda: is_delimited(data))
    # A rejected answer's label is wrong, and would be scored as the statement's gold label.
    warn_of_rejected_answers(frame, (text_column, labels_column, stance_column), SCORED_AS)
    warn_of_scored_labels(frame, labels_column, stance_column, SCORED_FOR_EVALUATION)
    # A gold value the model spells with its accents encoded otherwise looks the same and is
    # the model's: compared as written, every row of it counted as a miss.
    read_sets = gold_label_sets(frame, labels_column)  # as training reads them, for its digest below
    # Each name spelt once: spelt row by row, the model's labels were looked through again for
    # every row (23 of 65 s of evaluating 100,000 statements of 100 labels, under cProfile).
    names = list(dict.fromkeys(name for gold in read_sets for name in gold))
    spelt = dict(zip(names, spelt_as_known(names, model.labels)))
    gold_sets = [tuple(dict.fromkeys(spelt[name] for name in gold)) for gold in read_sets]
    # The labels column is grouped by each row's gold label set as training reads it: a JSON
    # file's lists name no group as they are, and "unity | deterrence" is "unity|deterrence".
    groups = None
    rows = named_rows(frame.index)  # an index that repeats a label: rows named by position too
    none_label = model.params_.none_label  # as training refuses such rows
    refuse_off_topic_beside_targets(gold_sets, rows, none_label, f"labels_column={quoted(labels_column)}",
                                    f": keep the target or the {quoted(none_label)}")
    if by is not None and by == text_column:
        # A group per text is a report per statement, each a 0 or a 1: nothing to compare.
        raise InvalidInputError(f"by={quoted(by)} is the statements' own column (text_column={quoted(text_column)}): "
                                "every group is one statement; group by a column such as party or year")
    if by is not None:
        grouped_by_labels = by == labels_column
        values = [LABEL_SEPARATOR.join(gold) for gold in gold_sets] if grouped_by_labels else frame[by].tolist()
        # an ordered categorical's groups of one size in its order ("low", "medium", "high"), not the alphabet's
        ranks = None if grouped_by_labels else category_codes(frame[by])
        groups = group_rows(values, rows, f"by={quoted(by)}", ranks=ranks)
    gold_stances = read_stances = None
    if stance_column is not None:
        read_stances = [stance_value(v) for v in frame[stance_column].tolist()]
        gold_stances = spelt_as_known(stance_values_as_classes(read_stances, model.stance_classes),
                                      model.stance_classes)
    _refuse_spreadsheet_errors(model, gold_sets, read_stances, labels_column, stance_column, rows)
    _check_gold_against(model, gold_sets, gold_stances, labels_column, stance_column, rows)
    if gold_stances is not None and not model.stance_classes:
        warn(f"stance_column={quoted(stance_column)}: this model has no stance head (it was trained "
             f"without stances), so no stance metrics are reported")
        gold_stances = None
    directions = None
    stance_values = model.stance_classes
    if gold_stances is not None:
        _warn_of_unjudged_stances(gold_sets, gold_stances, model.params_.none_label, rows, stance_column)
        # The gold values the model lacks are scored too (F1 0), as its lacking labels are, and
        # as cross_validate scores every value of the data; an off-topic row's stance is not judged.
        stance_values = scored_values(model.stance_classes, (
            s for g, s in zip(gold_sets, gold_stances) if g[0] != model.params_.none_label))
        # ... but the mean is of the model's values alone: one it was never trained on (a gold
        # "neutral", a typo) measures the labels, and one such row took 0.98 to 0.65.
        directions = averaged_values(model.stance_classes, favor, against)
    texts = [t if isinstance(t, str) else "" for t in frame[text_column].tolist()]
    _warn_of_conflicting_gold(texts, read_sets, read_stances, none_label, rows)
    blank = [i for i, text in enumerate(texts) if is_blank(text)]
    if blank:
        from .data import _have
        from .names import row_names

        warn(f"text_column={quoted(text_column)}: {row_names(rows, blank)} "
             f"{_have(blank)} no text; scored as empty statements "
             f"(no position), and counted")
    _warn_of_spreadsheet_error_texts(texts, rows, text_column)
    fitted = _warn_of_training_rows(model, texts, read_sets, read_stances)
    predictions = model._classify_many(texts)  # its "#N/A" texts warned of above, as gold rows
    predicted = ([p.labels for p in predictions], [p.stance for p in predictions],
                 [p.confidence for p in predictions])

    # The folder the model was loaded from, or else saved to since its fit (see stance.persistence.save_model):
    # a loaded model saved elsewhere (a copy of the bundled one) keeps the name it was loaded by.
    saved = model.saved_ or getattr(model, "_saved_to", None) or {}
    measured = {"path": saved.get("path"), "parameters_sha256": saved.get("parameters_sha256"),
                "training_sha256": (model.training_ or {}).get("sha256")}

    def measure(rows: Sequence[int] | None) -> EvaluationReport:
        def pick(values: Any) -> Any:
            return values if rows is None or values is None else [values[i] for i in rows]

        labels, stances, confidences = (pick(values) for values in predicted)
        report = compute_report(labels, stances, pick(gold_sets), pick(gold_stances), model.labels,
                                model.params_.none_label, stance_values, confidences=confidences,
                                texts=pick(texts), directions=directions, name_data=False)
        # A group's report names the model and its own rows too, as if they were evaluated alone.
        report._model = dict(measured)
        # stance_values holds the gold values the model lacks after its own (compute_report
        # cannot tell them apart, given both), each F1 0 by construction.
        report._beyond_model = tuple(stance_f1_key(value) for value in stance_values[len(model.stance_classes):])
        report._data_sha256 = rows_digest(pick(texts), pick(read_sets), pick(read_stances), none_label)
        if read_stances is not None:
            # The texts and labels alone too, as training records them (a model of no stance head was
            # trained on no stances: its training_data.sha256 is this digest of its own rows). Not in
            # place of the digest of the rows as given, which one gold file must keep whichever model
            # measured it, on both sides of a comparison (a review).
            report._data_labels_sha256 = rows_digest(pick(texts), pick(read_sets), None, none_label)
        return report

    report = measure(None)
    report._fitted = fitted
    if not SCORING_TRAINING_ROWS.get():  # not once a fold of a search, whose scorer evaluates each candidate
        report._warn_if_no_better_than_guessing(
            "the model", "its figures are no better than a guess on these statements (see the report's baseline)")
    if groups is not None:
        report.by, report.groups = by, {value: measure(rows) for value, rows in groups.items()}
    return report


# The starts of evaluate()'s warnings of the rows, not of the model (blank texts, a stance on
# an off-topic row, a target without a stance, a text given conflicting gold values): said alike
# whichever model measures them, so that stance evaluate --compare-with says them once, not again
# of the other model.
DATA_WARNINGS = (r"text_column=.*: .* no text; scored as empty statements",
                 r"stance_column=.*: .* the off-topic label .* and a stance \(",
                 r"stance_column=.*: .* a target but no gold stance",
                 r"\d+ texts? (is|are) given in several rows with different labels or stances")

# What conflicting gold rows do to an evaluation (see _warn_of_conflicting_gold), true of each
# text warned of: sure_miss picks them.
SURE_MISS = ("Whatever the model predicts, one of such a text's rows counts as a miss; keep one row per text with "
             "the gold labels you mean (correct or drop the others)")


def sure_miss(values: Sequence[tuple[tuple[str, ...], str | None]]) -> bool:
    """Whether the gold rows of one text (each its labels and its judged stance, None where it
    is not judged) make one of them a miss whatever the model predicts, by the metrics evaluate
    reports: label sets sharing no label (top1_in_gold), or two different stances (stance
    accuracy; the model gives the text one). A copy whose stance is blank is not judged on
    stance, and a label in both sets ('unity' beside 'unity|deterrence') is a hit on both: the
    warning's "one of its rows counts as a miss" was untrue of them (a review of 381be5d1).

    >>> sure_miss([(("unity",), "favor"), (("unity",), None)]), sure_miss([(("unity",), None), (("unity", "x"), None)])
    (False, False)
    >>> sure_miss([(("unity",), None), (("none",), None)]), sure_miss([(("unity",), "favor"), (("unity",), "against")])
    (True, True)
    """
    shared = set.intersection(*(set(labels) for labels, _ in values))
    return not shared or len({stance for _, stance in values if stance is not None}) > 1


def _warn_of_conflicting_gold(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                              stances: Sequence[str | None] | None, none_label: str | None,
                              index: Sequence[Any]) -> None:
    """Warn, as training does, of a text given in several gold rows whose labels or stances
    make one a miss whatever the model predicts (:func:`sure_miss`; the rows as read, so that
    either model of a comparison says the same words): an audit's 30 repeated rows labelled
    "none" were 30 sure misses, with no word. A stance on an off-topic row is not judged, so it
    conflicts with none. Not while a search's scorer evaluates its folds, whose fits have
    warned of the rows."""
    from .duplicate_texts import warn_of_conflicting_duplicates
    from .label_cells import is_spreadsheet_error

    if SCORING_TRAINING_ROWS.get():
        return
    judged = None if stances is None else [
        None if not labels or labels[0] == none_label else stance for labels, stance in zip(label_sets, stances)]
    # A spreadsheet's error value ("#N/A") is a lost cell, as a blank one is: two such rows are no copies of one
    # statement, and "keep one row per text" beside the warning that names them (drop them, or give each its
    # statement) would keep an "#N/A". Read as no text, which warn_of_conflicting_duplicates leaves out.
    texts = ["" if is_spreadsheet_error(text) else text for text in texts]
    warn_of_conflicting_duplicates(texts, label_sets, judged, index, why=SURE_MISS, clash=sure_miss)


def rows_digest(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]], stances: Sequence[str | None] | None,
                none_label: str | None) -> str:
    """The digest training would record of these rows (``training_data.sha256``): a report
    names its data by it, so that a paper's figures can be traced to the file they came from,
    and a model's training rows are told by the same digest. A stance on an off-topic row is
    left out, as training ignores it."""
    from .row_order import fingerprint

    kept = None if stances is None else [
        None if not labels or labels[0] == none_label else stance for labels, stance in zip(label_sets, stances)]
    return fingerprint(texts, label_sets, kept)


# Set while stance.scorer scores: scikit-learn's return_train_score asks for the training rows'
# figures, and a search warned of them once a fold (a context variable: each thread its own).
SCORING_TRAINING_ROWS: ContextVar[bool] = ContextVar("scoring_training_rows", default=False)


def _warn_of_training_rows(model: StanceModel, texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                           stances: Sequence[str | None] | None) -> bool:
    """Warn when the evaluation rows are the model's training rows, or hold statements it was
    trained on that the package ships (the seed, which the bundled model was trained on): a
    model scored on its own training rows shows a fit, not its accuracy on new text, and a
    comparison with another model then favours it for no reason a paper could quote.

    The whole set is told by the digest training records (``training_data.sha256``, of the
    rows in any order), computed here as training computes it from the rows as it reads
    them (``label_sets`` as parsed, ``stances`` as read, before they are spelt as the
    model's); rows given without stances by the digest of their texts and labels that a model
    trained with stances also records (``training_data.labels_sha256``). Some rows of a
    user's training data among others are not: a model keeps no digest of each row. Returns
    whether the rows are the training rows (a report records it, and
    :meth:`EvaluationReport.compared_with` warns of a comparison with it)."""
    from .row_order import fingerprint

    training = model.training_ or {}
    n = len(texts)
    if training.get("sha256") and training.get("rows") == n:
        none_label = model.params_.none_label
        # Training ignores an off-topic row's stance, and a model without a stance head was
        # trained without stances (its digest has none).
        kept = None if stances is None or not model.stance_classes else [
            None if not labels or labels[0] == none_label else stance for labels, stance in zip(label_sets, stances)]
        # Rows given without their stances are told by the texts and labels alone, which a model
        # trained with stances records apart (labels_sha256; a model saved before it is not told).
        key = "labels_sha256" if kept is None and model.stance_classes else "sha256"
        if training.get(key) and fingerprint(texts, label_sets, kept) == training[key]:
            if SCORING_TRAINING_ROWS.get():
                return True
            warn(f"the model was trained on these very rows (the {statements(n)} give its training data's digest, "
                 f"training_data.{key}): the figures measure how well it fits them, not its accuracy on statements "
                 f"it has not seen; evaluate on rows kept out of training, or cross-validate")
            return True
    source = str(training.get("source") or "")
    if SCORING_TRAINING_ROWS.get() or not any(part.strip().replace("\\", "/").endswith(_SEED_FILE)
                                              for part in source.split(" + ")):
        return False
    from .duplicate_texts import text_key
    from .examples import example_data

    # Only the seed is shipped of the bundled model's training rows (the corpus is not).
    seed = {text_key(text) for text in example_data("seed")["text"].tolist()}
    trained = sum(text_key(text) in seed for text in texts)
    if trained:
        rows = (f"all {counted(n, 'row')}" if trained == n > 1 else f"{trained} of the {counted(n, 'row')}")
        warn(f"{rows} {'is a statement' if trained == 1 else 'are statements'} the "
             f"model was trained on (the shipped seed statements, part of its training data {source}): on "
             f"{'it' if trained == 1 else 'them'} the figures measure a fit, not accuracy on new text; drop "
             f"{'it' if trained == 1 else 'them'} to test the model")
    return False


# The shipped example set the bundled model was trained on, as its training_data.source names it.
_SEED_FILE = "seeds/seed_statements.csv"


def _warn_of_unjudged_stances(gold_sets: Sequence[tuple[str, ...]], gold_stances: Sequence[str | None],
                              none_label: str | None, index: Sequence[Any], stance_column: str | None) -> None:
    """Warn of the gold stances :func:`compute_report` does not judge, naming their rows by
    ``index``: a stance given on an off-topic row (ignored, as training ignores it), and a
    row with a target but no gold stance (its predicted stance is not judged)."""
    from .data import _have, warn_of_off_topic_stances
    from .names import row_names
    from .off_topic import off_topic_lookalikes

    off_topic = [gold[0] == none_label for gold in gold_sets]
    ignored = {i: s for i, s in enumerate(gold_stances) if s is not None and off_topic[i]}
    if ignored:
        warn_of_off_topic_stances(ignored, None, index, none_label, f"stance_column={quoted(stance_column)}")
    unjudged = [i for i, s in enumerate(gold_stances) if s is None and not off_topic[i]]
    if unjudged:
        one = len(unjudged) == 1
        # A gold "NONE" or "nnoe" is the off-topic label miswritten, as training says of such rows.
        named, _ = off_topic_lookalikes(gold_sets, unjudged, index, none_label)
        off = (f"; {'; '.join(named)}: write {quoted(none_label)} if the statement takes no position"
               if named else "")
        warn(f"stance_column={quoted(stance_column)}: {row_names(index, unjudged, limit=3)} {_have(unjudged)} a target "
             f"but no gold stance, so {'it is' if one else 'they are'} not judged on stance (only on labels); "
             f"give {'it' if one else 'them'} a stance to judge it{off}")


def category_codes(column: Any) -> list[int] | None:
    """Each row's place among the categories of ``column``, a categorical Series (-1 where it has
    none), for :func:`group_rows` to order tied groups as the categories are; None for any other
    column, whose groups tie in order of value.

    >>> import pandas as pd
    >>> category_codes(pd.Series(["high", "low", None], dtype=pd.CategoricalDtype(["low", "high"], ordered=True)))
    [1, 0, -1]
    >>> category_codes(pd.Series(["high", "low"])) is None
    True
    """
    pd = forksafe.imported("pandas")

    if not isinstance(getattr(column, "dtype", None), pd.CategoricalDtype):
        return None
    return column.cat.codes.tolist()


def group_rows(values: Sequence[Any], index: Sequence[Any], argument: str,
               ranks: Sequence[int] | None = None) -> dict[Any, list[int]]:
    """The positions of the rows of each value in ``values``, the largest group first (ties in
    order of value, or by ``ranks``, each row's place in an order of the caller's: a categorical
    column's categories, as pandas sorts them); missing and blank values are one group,
    :data:`MISSING_GROUP`. Whole numbers are named as written (2020 for pandas' 2020.0, "2020" for
    a file's "2020.0").

    >>> group_rows(["speech", None, "press", "speech", " "], range(5), "by")
    {'speech': [0, 3], '(missing)': [1, 4], 'press': [2]}
    >>> group_rows(["high", "low", "medium"], range(3), "by", ranks=[2, 0, 1])
    {'low': [1], 'medium': [2], 'high': [0]}
    """
    from .group_values import (
        is_missing_group,
        refuse_missing_group_clash,
        refuse_ungroupable,
        warn_of_twins,
        whole_number_texts,
        whole_numbers_as_ints,
    )

    # A file's "2020.0" is the frame's 2020.0, named 2020 below: "2020" too, and before the
    # rows are grouped, so that a "2020" and a "2020.0" are one group.
    values = whole_number_texts(values)
    refuse_ungroupable(values, index, argument)  # a list or dict in a cell (read from JSON lines) names no group
    found: dict[Any, list[int]] = {}
    missing: list[int] = []
    for i, value in enumerate(values):
        if is_missing_group(value):
            missing.append(i)
            continue
        found.setdefault(value, []).append(i)
    if missing:
        refuse_missing_group_clash([*found, None], argument)
    warn_of_twins(found, argument)
    found = dict(zip(whole_numbers_as_ints(list(found)), found.values()))
    if ranks is not None:  # a category's place, the first of two spelt as one group ("2020" and "2020.0")
        rank = {value: min(ranks[i] for i in rows) for value, rows in found.items()}
    else:
        try:
            order = sorted(found)
        except TypeError:  # values with no order between them (3 and "3")
            order = sorted(found, key=str)
        rank = {value: at for at, value in enumerate(order)}
    groups = [(value, rows, rank[value]) for value, rows in found.items()]
    if missing:
        groups.append((MISSING_GROUP, missing, max(rank.values(), default=0) + 1))  # after the values of its size
    return {value: rows for value, rows, _ in sorted(groups, key=lambda group: (-len(group[1]), group[2]))}


def gold_label_sets(frame: Any, labels_column: str) -> list[tuple[str, ...]]:
    """The gold label set of every row; a row without one is an error that names it."""
    from .data import _have
    from .exceptions import InvalidInputError
    from .label_cells import parse_label_set, refuse_annotations
    from .label_names import warn_of_codes_read_as_numbers
    from .names import named_rows, row_names

    if frame.empty:
        raise InvalidInputError("data has no rows: nothing to evaluate")
    values = frame[labels_column].tolist()
    # As training refuses them: read as names, every gold label was "{'value': 'gas'}" or the
    # like, and the model was said to be trained on another label set.
    refuse_annotations(values, named_rows(frame.index), f"labels_column={quoted(labels_column)}")
    warn_of_codes_read_as_numbers(values, f"labels_column={quoted(labels_column)}")
    gold_sets = [parse_label_set(v) for v in values]
    unlabelled = [i for i, gold in enumerate(gold_sets) if not gold]
    if unlabelled:
        raise InvalidInputError(
            f"labels_column={quoted(labels_column)}: {row_names(named_rows(frame.index), unlabelled)} "
            f"{_have(unlabelled)} no gold label; give each row a label "
            f"(the no-position label for a statement that takes none) or drop it"
        )
    return gold_sets


def _refuse_spreadsheet_errors(model: Any, gold_sets: list[tuple[str, ...]], stances: list[Any] | None,
                               labels_column: str, stance_column: str | None, index: Sequence[Any]) -> None:
    """Refuse gold labels and stance values that are a spreadsheet's error values ("#N/A", a
    VLOOKUP that found no code), as training does, naming the rows: they were warned of as
    labels this model does not predict, each row counted a miss of a label no statement has.
    A value the model itself predicts (trained on it before training refused it) is its own;
    an off-topic row's stance is not judged, and not read.
    """
    from .label_cells import refuse_spreadsheet_errors

    known, stance_classes = set(model.labels), set(model.stance_classes or ())
    refuse_spreadsheet_errors([[label for label in gold if label not in known] for gold in gold_sets], index,
                              f"labels_column={quoted(labels_column)}", "a label")
    if stances is not None:
        none_label = model.params_.none_label
        judged = [() if gold[0] == none_label or value in stance_classes else (value,)
                  for gold, value in zip(gold_sets, stances)]
        refuse_spreadsheet_errors(judged, index, f"stance_column={quoted(stance_column)}", "a stance value")


def _warn_of_spreadsheet_error_texts(texts: list[str], index: Sequence[Any], text_column: str) -> None:
    """Warn of the rows whose text is a spreadsheet's error value ("#N/A", a formula that failed),
    as of a blank text: each is scored and counted as a statement, which training refuses and
    scoring warns of (see :func:`stance.scoring.warn_of_spreadsheet_errors`).
    """
    from .label_cells import is_spreadsheet_error, warn_of_spreadsheet_error_texts
    from .names import row_names

    found = [i for i, text in enumerate(texts) if is_spreadsheet_error(text)]
    if found:
        warn_of_spreadsheet_error_texts(f"text_column={quoted(text_column)}: {row_names(index, found)}",
                                        [texts[i] for i in found], "the evaluation")


def _check_gold_against(model: Any, gold_sets: list, gold_stances: list | None,
                        labels_column: str, stance_column: str | None, index: Sequence[Any] | None = None) -> None:
    """Refuse gold labels that share nothing with the model; warn about the ones it cannot
    predict, naming their rows by ``index`` (the data's)."""
    from .exceptions import InvalidInputError
    from .text import shown  # the model's names as its metadata.json gives them: escaped

    known = set(model.labels)
    gold = {label for labels in gold_sets for label in labels}
    if not gold & known:
        raise InvalidInputError(
            f"labels_column={quoted(labels_column)}: none of its labels {quoted_list(sorted(gold), 8)} is a label "
            f"this model predicts ({', '.join(map(shown, model.labels))}); evaluate a model trained on this label set"
            + _spelling_hint(gold, known, model.params_.none_label)
        )
    if gold - known:
        # A row is a top-1 hit when the model's label is any of its gold labels: one the model
        # lacks makes a miss only of a row with no other, though it is missed in its recall.
        unknown_labels = gold - known
        rows = [labels for labels in gold_sets if unknown_labels & set(labels)]
        alone = sum(set(labels) <= unknown_labels for labels in rows)
        said = []
        if alone:
            said.append(f"{alone} {'has' if alone == 1 else 'have'} no other gold label and so "
                        f"{'is a top-1 miss' if alone == 1 else 'are top-1 misses'}")
        if alone < len(rows):
            said.append("the others count as hits when the model's label is one of their other gold labels"
                        if alone else "each counts as a hit when the model's label is one of its other gold labels")
        warn(f"labels_column={quoted(labels_column)}: {quoted_list(sorted(unknown_labels))} are not labels this model "
             f"predicts, so each is missed wherever it is a gold label (recall 0, in the macro and micro averages "
             f"too); of the {len(rows)} row{'s' if len(rows) > 1 else ''} with one, {', and '.join(said)}"
             + _where_each_is(unknown_labels, [set(labels) for labels in gold_sets], index)
             + _spelling_hint(unknown_labels, known, model.params_.none_label))
    if gold_stances is not None and model.stance_classes:
        # Of the rows judged on stance: an off-topic row's is ignored, with a warning of its own
        # (_warn_of_unjudged_stances), and has no F1 nor a miss to be told of (a review of 901503e).
        judged = [None if labels[0] == model.params_.none_label else value
                  for labels, value in zip(gold_sets, gold_stances)]
        unknown = {s for s in judged if s is not None} - set(model.stance_classes)
        if unknown:
            from .metrics import _directions

            # The values averaged, named: "its favour and against" read as the gold's own favor and
            # against beside a pos/neg model, which lacks them (a review of 35cefa0).
            averaged = ", ".join(map(shown, _directions(model.stance_classes)))
            warn(f"stance_column={quoted(stance_column)}: {quoted_list(sorted(unknown))} are not stance values this "
                 f"model predicts ({', '.join(map(shown, model.stance_classes))}), so they count as misses in "
                 f"stance_accuracy; each has its F1 (0) but is out of stance_f_avg, the mean F1 of the model's own "
                 f"{averaged} (or of the two favor= and against= name)"
                 + _where_each_is(unknown, [{value} for value in judged], index)
                 + _spelling_hint(unknown, set(model.stance_classes)))


def _where_each_is(values: set[str], row_values: Sequence[set[Any]], index: Sequence[Any] | None,
                   shown: int = 5) -> str:
    """The rows each of ``values`` is given in (``row_values``: each row's set), named by
    ``index``, as a clause to end a warning with: a typo such as 'pro' in one row of a large
    gold file was named without its row, leaving the user to search for it.

    >>> _where_each_is({"pro", "contra"}, [{"favor"}, {"pro"}, {"contra"}, {"pro"}], [10, 11, 12, 13])
    "; 'contra' in row 12, 'pro' in rows 11, 13"
    """
    from .names import row_names

    index = list(range(len(row_values))) if index is None else index
    named = sorted(values)
    each = [f"{quoted(value)} in {row_names(index, [i for i, row in enumerate(row_values) if value in row], 3)}"
            for value in named[:shown]]
    more = f" and {counted(len(named) - shown, 'more value')}" if len(named) > shown else ""
    return f"; {', '.join(each)}{more}"


def _spelling_hint(unknown: set[str], known: set[str], none_label: str | None = None) -> str:
    """Why gold values the model does not know may be its own, written otherwise: in another
    case ("Favor" for "favor"), with a look-alike letter of another alphabet ("зa", a Latin
    "a", for "за"), misspelt ("agianst"), with a stray separator ("unity;", as
    :func:`stance.label_names.label_with_stray_separators` finds it), or several labels joined with
    a comma instead of "|" (the off-topic label ``none_label`` with others: they are to be
    alone, as :func:`stance.label_names.off_topic_alone` tells training's labels).

    >>> _spelling_hint({"Favor", "agianst"}, {"favor", "against"})
    "; 'Favor' is 'favor' and 'agianst' is 'against' in this model? (values are compared exactly)"
    >>> _spelling_hint({"з\u0061"}, {"за", "проти"})
    "; 'зa' is 'за' in this model? ('зa' has Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430)"
    >>> _spelling_hint({"unity;"}, {"unity", "deterrence", "none"})
    "; 'unity;' is 'unity' in this model? (values are compared exactly)"
    >>> _spelling_hint({"unity, deterrence"}, {"unity", "deterrence", "none"})
    "; 'unity, deterrence' looks like several labels: join them with '|'"
    >>> _spelling_hint({"none;unity"}, {"unity", "deterrence", "none"}, "none")
    "; 'none;unity' looks like several labels, and the off-topic label 'none' stands alone in a cell: label it 'unity'"

    Codes that are the model's with their zeros lost or added ("0" for "000"):

    >>> _spelling_hint({"0", "4"}, {"000", "004", "051"})
    "; '0' is '000' and '4' is '004' in this model? (zeros lost or added: pandas drops the zeros of codes \
it reads as numbers; read them with dtype=str)"

    Not decimals, which are other codes ("1.10" and "1.1" are two sections of an outline), as
    near as a typo:

    >>> _spelling_hint({"1.10"}, {"1.1", "2.1"})
    "; '1.10' is '1.1' in this model? (values are compared exactly)"

    Nor a minus sign for a hyphen-minus, which look the same:

    >>> _spelling_hint({"\u22121"}, {"-1", "1"})
    "; '−1' is '-1' in this model? (values are compared exactly)"
    """
    from .label_names import (
        _LIST_SEPARATORS,
        joined_labels,
        label_with_stray_separators,
        lookalike_key,
        lookalike_letters,
        separator_key,
        unpadded,
    )
    from .names import _closest, composed

    numbers = {unpadded(value): value for value in known if unpadded(value) is not None}
    rezeroed = {value: numbers[unpadded(value)] for value in unknown if unpadded(value) in numbers}
    unknown = unknown - set(rezeroed)
    # A value that looks the same as the model's, with a letter of another alphabet in it
    # ("зa", a Latin a, for "за"): its letters are named, since nothing else shows the difference.
    lookalikes = {lookalike_key(value): value for value in known}
    mixed = {value: lookalikes[key] for value in unknown if (key := lookalike_key(value)) in lookalikes
             and lookalike_letters(value, lookalikes[key])}
    unknown = unknown - set(mixed)

    # Compared composed, so that "Dafu\u0308r" (decomposed) is found to be "dafür" in another case.
    spellings = {composed(value): value for value in known}
    options = sorted(spellings)
    recased = {value: spellings[match] for value in unknown if not _LIST_SEPARATORS.search(value)
               and (match := _closest(composed(value), options)) is not None}
    recased.update({value: label for value in unknown if (label := label_with_stray_separators(value, known))})
    # Written with other separators or dashes, as training refuses two such names ("−1", a minus sign, for "-1").
    separated = {separator_key(value): value for value in known}
    recased.update({value: separated[key] for value in unknown if (key := separator_key(value)) in separated})
    joined = [value for value in unknown if joined_labels(value, known)]
    hints = []
    if mixed:
        shown = sorted(mixed)[:4]
        letters = "; ".join(f"{quoted(value)} has {lookalike_letters(value, mixed[value])}" for value in shown)
        hints.append(_each_is(mixed, 4) + f" in this model? ({letters})")
    if rezeroed:
        hints.append(_each_is(rezeroed) + " in this model? (zeros lost or added: pandas drops the zeros of codes it "
                                          "reads as numbers; read them with dtype=str)")
    if recased:
        hints.append(_each_is(recased) + " in this model? (values are compared exactly)")
    if joined:
        joins = {value: joined_labels(value, known) or [] for value in sorted(joined)}
        # A join naming a label the model lacks ("none;hydrogen") is told so, not a cell it can never predict.
        lacking = {value: missing for value, labels in joins.items() if (missing := _lacked(labels, known, none_label))}
        if len(lacking) < len(joins):
            hints.append(_joined_hint({value: labels for value, labels in joins.items() if value not in lacking},
                                      none_label))
        if lacking:
            hints.append(_lacking_hint(lacking))
    return "".join(f"; {hint}" for hint in hints)


def _lacked(labels: list[str], known: set[str], none_label: str | None) -> list[str]:
    """The labels of ``labels`` (a gold value's, joined) that are not the model's ``known``:
    neither one of them nor its off-topic label ``none_label`` written with other zeros.

    >>> _lacked(["none", "hydrogen"], {"none", "gas"}, "none"), _lacked(["0", "gas"], {"000", "gas"}, "000")
    (['hydrogen'], [])
    """
    from .label_names import off_topic_part

    return [label for label in labels if label not in known and off_topic_part([label], none_label) is None]


def _lacking_hint(lacking: dict[str, list[str]], shown: int = 3) -> str:
    """What to say of gold values that each join labels, some of which (``lacking``: each
    value's) the model does not have: so much, and no cell to write, for any would be missed.

    >>> _lacking_hint({"none;hydrogen": ["hydrogen"]})
    "'none;hydrogen' looks like several labels, but 'hydrogen' is not a label of this model"
    >>> _lacking_hint({"a;b": ["b"], "c;d": ["c", "d"]})
    "2 gold values look like several labels, some not labels of this model: 'a;b' ('b') and 'c;d' ('c', 'd')"
    """
    if len(lacking) == 1:
        (value, missing), = lacking.items()
        names = " and ".join(quoted(name) for name in missing)
        return (f"{quoted(value)} looks like several labels, but {names} "
                f"{'is not a label' if len(missing) == 1 else 'are not labels'} of this model")
    each = [f"{quoted(value)} ({', '.join(quoted(name) for name in missing)})"
            for value, missing in list(lacking.items())[:shown]]
    more = f" ({len(lacking) - shown} more likewise)" if len(lacking) > shown else ""
    return (f"{len(lacking)} gold values look like several labels, some not labels of this model: "
            f"{' and '.join(each)}{more}")


def _joined_hint(joins: dict[str, list[str]], none_label: str | None, shown: int = 3) -> str:
    """What to do of gold values that each join labels (``joins``: each value's labels): each
    told its own cell, the first ``shown`` of them, as training's refusal tells them (the off-topic
    label ``none_label`` left out, see :func:`stance.label_names.joined_cell`), so that a second is
    not left to be guessed from the first's advice.

    >>> _joined_hint({"gas, wind": ["gas", "wind"]}, "none")
    "'gas, wind' looks like several labels: join them with '|'"
    >>> _joined_hint({"gas;wind": ["gas", "wind"], "none;gas": ["none", "gas"]}, "none")
    "2 gold values look like several labels: label 'gas;wind' as 'gas|wind' and 'none;gas' as 'gas'; \
the off-topic label 'none' stands alone in a cell"
    """
    from .label_names import joined_cell, off_topic_alone, off_topic_part

    if len(joins) == 1:
        value, labels = next(iter(joins.items()))
        # The off-topic label joins no other: "none|gas" is refused, so it is told the others alone.
        alone = off_topic_alone(labels, none_label)
        return f"{quoted(value)} looks like several labels" + (f", and {alone}" if alone else ": join them with '|'")
    each = [f"{quoted(value)} as {quoted('|'.join(joined_cell(labels, none_label)))}"
            for value, labels in list(joins.items())[:shown]]
    more = f" ({len(joins) - shown} more likewise)" if len(joins) > shown else ""
    alone = (f"; the off-topic label {quoted(none_label)} stands alone in a cell"
             if any(off_topic_part(labels, none_label) is not None for labels in joins.values()) else "")
    return f"{len(joins)} gold values look like several labels: label {' and '.join(each)}{more}{alone}"


def _each_is(spelt: dict[str, str], shown: int = QUOTED_VALUES) -> str:
    """"'a' is 'b' and 'c' is 'd'" of each gold value of ``spelt`` and the model's spelling of
    it, sorted, the first ``shown`` (four cut a fifth typo from the hint, as if it had none).

    >>> _each_is({"Gas": "gas", "NONE": "none"}), _each_is({"a": "A", "b": "B", "c": "C"}, 2)
    ("'Gas' is 'gas' and 'NONE' is 'none'", "'a' is 'A' and 'b' is 'B' and 1 more")
    """
    names = sorted(spelt)
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return " and ".join(f"{quoted(value)} is {quoted(spelt[value])}" for value in names[:shown]) + more


# compute_report's arguments of one item a row, beside gold_sets, and what each row holds.
_ROW_ARGUMENTS = {"predicted_sets": "a collection of labels", "predicted_stances": "a stance value or None",
                  "gold_stances": "a stance value or None", "confidences": "a number",
                  "texts": "a statement"}


def _check_rows(**arguments: Any) -> None:
    """Refuse a str given to :func:`compute_report` where it takes a sequence, and a row of
    ``predicted_sets`` or ``gold_sets`` that is a str: "unity" was read as the labels 'u',
    'n', 'i', 't', 'y' (a report of labels no one gave, or a bare KeyError 'u'), and a
    sequence of other length than ``gold_sets`` was cut to the shorter by zip, its top-1 of
    one row of two said of both."""
    for name, value in arguments.items():
        if isinstance(value, str):
            each = (f"one a row: {_ROW_ARGUMENTS[name]}" if name in _ROW_ARGUMENTS else
                    "of stance values" if name in ("stance_classes", "directions") else "of labels")
            raise InvalidTypeError(f"compute_report: {name} must be a sequence ({each}), got a single str "
                                   f"{quoted(value)}; wrap it in a list: [{value!r}]")
    for name in ("predicted_sets", "gold_sets"):
        # The row as iterated, not looked up again: a pandas Series (a column of primary labels)
        # is indexed by its labels, and [row] of one filtered to rows 1, 2 raised KeyError: 0.
        row, labels = next(((i, labels) for i, labels in enumerate(arguments[name]) if isinstance(labels, str)),
                           (None, None))
        if row is not None:
            raise InvalidTypeError(f"compute_report: {name}[{row}] is a str ({quoted(labels)}), where each row is a "
                                   f"collection of labels (a tuple, list or set): pass ({labels!r},) for a row of one "
                                   f"label")
    n = len(arguments["gold_sets"])
    for name in _ROW_ARGUMENTS:
        value = arguments[name]
        if value is not None and len(value) != n:
            # zipped with the gold sets, the shorter was taken for all (the digest of fewer rows said to be the data's)
            raise InvalidInputError(f"compute_report: {name} has {len(value)} items where gold_sets has {n}: give one "
                                    f"for each row of gold_sets")


def compute_report(
    predicted_sets: Sequence[Sequence[str]],
    predicted_stances: Sequence[str | None],
    gold_sets: Sequence[Sequence[str]],
    gold_stances: Sequence[str | None] | None,
    labels: Sequence[str],
    none_label: str | None,
    stance_classes: Sequence[str] = (),
    confidences: Sequence[float] | None = None,
    texts: Sequence[Any] | None = None,
    directions: Sequence[str] | None = None,
    *,
    name_data: bool = True,
) -> EvaluationReport:
    """Compute every metric from predicted and gold label sets and stances (and, given the
    predictions' ``confidences``, ``mean_confidence`` and ``confidence_error``). Given the
    statements' ``texts``, the report keeps a digest of them, so that
    :meth:`EvaluationReport.compared_with` refuses a report of other statements, and names its
    data as :func:`evaluate` does (``to_dict()["data"]``: ``sha256``, and ``labels_sha256`` given
    ``gold_stances``, each read as training reads a stance cell; see :func:`rows_digest`);
    without them ``sha256`` is None, and with ``name_data=False`` too (:func:`evaluate` names its
    data from the rows as read, before their labels' spelling is taken as the model's).
    ``directions`` are the stance values ``stance_f_avg`` averages (by default, those
    :func:`_directions` finds among the stance values).

    Each row of ``predicted_sets`` and ``gold_sets`` is a collection of labels (a tuple, list
    or set), and every argument of one item a row holds one for each of ``gold_sets``; a str
    in their place is refused with an :class:`~stance.exceptions.InvalidTypeError` naming it,
    as a row count that differs is with an :class:`~stance.exceptions.InvalidInputError`.

    >>> compute_report(["unity"], ["favor"], [("unity",)], ["favor"], ("unity",), None)
    ... # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: compute_report: predicted_sets[0] is a str ('unity'), where each row
    is a collection of labels (a tuple, list or set): pass ('unity',) for a row of one label
    """
    _check_rows(predicted_sets=predicted_sets, predicted_stances=predicted_stances, gold_sets=gold_sets,
                gold_stances=gold_stances, labels=labels, stance_classes=stance_classes, confidences=confidences,
                texts=texts, directions=directions)
    n = len(gold_sets)
    # The tables list the labels as a reader counts ("code_2" before "code_10", as a profile
    # lists its groups), the gold labels the model lacks among them: sorted as text, a
    # scheme of numbered codes came out of order, and in the rows' order, a shuffled file
    # gave another table.
    all_labels = sorted({*labels, *(label for gold in gold_sets for label in gold)}, key=natural_key)
    per_label: dict[str, dict[str, float]] = {}
    scored: list[str] = []
    total_tp = total_fp = total_fn = 0
    tps, fps, fns = set_counts(predicted_sets, gold_sets)
    for label in all_labels:
        tp, fp, fn = tps[label], fps[label], fns[label]
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        if tp + fp + fn:
            per_label[label] = _prf(tp, fp, fn)
            scored.append(label)
        else:  # neither gold nor predicted: no precision, recall or F1 to speak of (0/0)
            per_label[label] = {"precision": math.nan, "recall": math.nan, "f1": math.nan, "support": 0}
    # A label neither in the gold data nor predicted has no F1 (0/0): it is left out of the
    # macro average, as in the primary-label average, rather than counted as 0 (stance_f_avg,
    # SemEval's mean of two, is none then: see metrics.f_avg).
    # fsum: the labels the gold rows add come in the rows' order, and a mean summed in that
    # order differed in its last bit for the same statements shuffled.
    macro = {k: math.fsum(per_label[label][k] for label in scored) / len(scored) if scored else math.nan
             for k in ("precision", "recall", "f1")}
    # No decision at all (no statements) is 0/0 too: NaN, as every other F1 of nothing is, not 0.
    micro = (_prf(total_tp, total_fp, total_fn) if total_tp + total_fp + total_fn else
             {"precision": math.nan, "recall": math.nan, "f1": math.nan})
    # As in scikit-learn's reports, an average's support is the sum of the labels' supports.
    support = sum(per_label[label]["support"] for label in all_labels)
    # The report's own rows and column are named apart from the labels ("macro avg_2" beside a
    # label called "macro avg"): under one name, the average overwrote the label's row, and
    # the statements given no label were counted in a label "(no label)"'s column.
    from .columns import free_name

    per_label[free_name("macro avg", all_labels)] = {**macro, "support": support}
    per_label[free_name("micro avg", all_labels)] = {**micro, "support": support}
    no_label = free_name(NO_LABEL, all_labels)
    primary_pred = [p[0] if p else no_label for p in predicted_sets]
    primary_gold = [g[0] for g in gold_sets]
    top1 = [p in g for p, g in zip(primary_pred, gold_sets)]
    columns = all_labels + ([no_label] if no_label in primary_pred else [])
    confusion: dict[str, dict[str, int]] = {g: {p: 0 for p in columns} for g in all_labels}
    for p, g, hit in zip(primary_pred, primary_gold, top1):
        confusion[p if hit else g][p] += 1
    metrics = {
        "top1_in_gold": float(np.mean(top1)) if n else math.nan,
        "macro_f1": macro["f1"],
        "micro_f1": micro["f1"],
        "primary_macro_f1": _primary_macro_f1(primary_pred, primary_gold, all_labels),
    }
    if confidences is not None and n:
        confidence = np.asarray(confidences, dtype=np.float64)
        # fsum: correctly rounded, so the same statements in another order (a shuffled file)
        # give the same mean to the last bit, as numpy's pairwise sum does not.
        metrics["mean_confidence"] = math.fsum(confidence.tolist()) / n
        metrics["confidence_error"] = calibration_error(confidence, np.asarray(top1))
    if none_label in per_label:
        metrics["none_f1"] = per_label[none_label]["f1"] if none_label in scored else math.nan
    stance_values: list[str] = []
    lacking: list[str] = []  # the gold stance values the model lacks
    if gold_stances is not None:
        # An off-topic statement takes no position: a stance written on one is not judged
        # (training ignores it too).
        gold_stances = [None if g[0] == none_label else s for g, s in zip(gold_sets, gold_stances)]
        # A row with a target but no gold stance is not judged on stance: its predicted
        # stance is set aside as its gold one is (the F1s counted it a false positive, while
        # stance accuracy skipped the row). An off-topic row's stance is "none", and judged.
        predicted_stances = [None if s is None and g[0] != none_label else p
                             for p, g, s in zip(predicted_stances, gold_sets, gold_stances)]
        stance_values = list(scored_values(stance_classes, gold_stances))
        # A value named in directions but not scored (not among stance_classes) has no F1 to average.
        # A gold value the model lacks is out of the mean, as evaluate leaves it (see averaged_values).
        directions = (_directions(list(stance_classes) or stance_values) if directions is None
                      else tuple(v for v in directions if v in stance_values))
        lacking = stance_values[len(stance_classes):] if stance_classes else []
        metrics.update(_stance_metrics(predicted_stances, gold_stances, stance_values, directions))
    from functools import partial

    from .metrics import commonest_guesses

    outcomes_of = forksafe.imported(".intervals").outcomes_of

    with_confidence = "mean_confidence" in metrics
    # Built only if intervals are asked for: it costs a third of the report's own time.
    outcomes = partial(
        outcomes_of, predicted_sets, gold_sets, all_labels, all_labels, predicted_stances, gold_stances,
        stance_values, directions if stance_values else (), none_label,
        confidence if with_confidence else None, confidence_bin(confidence) if with_confidence else None,
        clusters=None if texts is None else text_clusters(texts))
    report = EvaluationReport(metrics=metrics, per_label=per_label, confusion=confusion, n=n, _outcomes=outcomes,
                              _texts=None if texts is None else texts_digest(texts),
                              _statements=None if texts is None else (
                                  statements_digest(texts, gold_sets),
                                  None if gold_stances is None else statements_digest(texts, gold_sets, gold_stances)),
                              baseline=commonest_guesses(gold_sets, gold_stances))
    report._beyond_model = tuple(stance_f1_key(value) for value in lacking)
    if gold_stances is not None:  # a value predicted but never in the gold stances: its F1 is 0
        gold_values, predicted_values = set(gold_stances), set(predicted_stances)
        report._unseen_stances = tuple((value, value in directions) for value in stance_values
                                       if value in predicted_values and value not in gold_values)
    if texts is not None and name_data:
        # The rows' digests, as evaluate names its data (which digests the labels as read, before
        # their spelling is taken as the model's): a report built from the texts named none. The
        # stances as a file's cells are read: a gap of a column is NaN, 1.0 is "1", " favor" favor.
        as_text = [text if isinstance(text, str) else "" for text in texts]
        if gold_stances is not None:
            from .label_cells import stance_value

            gold_stances = [stance_value(value) for value in gold_stances]
        report._data_sha256 = rows_digest(as_text, gold_sets, gold_stances, none_label)
        if gold_stances is not None:
            report._data_labels_sha256 = rows_digest(as_text, gold_sets, None, none_label)
    return report


def text_clusters(texts: Sequence[Any]) -> np.ndarray | None:
    """Each statement's text, numbered from 0 in the order the texts first come, when some
    text is given more than once (one :func:`stance.duplicate_texts.text_key`, as training and the folds
    find copies; a missing text counts as ""); None when every text is its own. The
    intervals draw a text with all its copies (see :attr:`stance.intervals.Outcomes.clusters`).

    >>> text_clusters(["Hear, hear!", "NATO must act.", "Hear,  hear! "]).tolist(), text_clusters(["a", "b"])
    ([0, 1, 0], None)
    """
    from .duplicate_texts import repeated_text_keys

    keys = repeated_text_keys([text if isinstance(text, str) else "" for text in texts])
    if keys is None:
        return None
    numbers: dict[str, int] = {}
    return np.array([numbers.setdefault(key, len(numbers)) for key in keys], dtype=np.intp)


def texts_digest(texts: Sequence[Any]) -> bytes:
    """A digest of ``texts`` in order (a missing text counts as ""): equal for the same
    statements, and different for other ones or another order.

    >>> texts_digest(["a", "b"]) == texts_digest(["a", "b"]), texts_digest(["a", "b"]) == texts_digest(["b", "a"])
    (True, False)
    """
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for text in texts:
        encoded = (text if isinstance(text, str) else "").encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))  # so that ["ab", "c"] is not ["a", "bc"]
        digest.update(encoded)
    return digest.digest()


def statements_digest(texts: Sequence[Any], gold_sets: Sequence[Sequence[str]],
                      gold_stances: Sequence[str | None] | None = None) -> bytes:
    """A digest of the statements (each text with its gold labels and, given, its gold
    stance) in any order: equal for the same statements however they are ordered, and
    different when a text has other labels or another stance.

    >>> statements_digest(["a", "b"], [["x"], ["y"]]) == statements_digest(["b", "a"], [["y"], ["x"]])
    True
    >>> statements_digest(["a", "b"], [["x"], ["y"]]) == statements_digest(["b", "a"], [["x"], ["y"]])
    False
    """
    stances = [None] * len(texts) if gold_stances is None else gold_stances
    records = sorted((text if isinstance(text, str) else "", stance or "", *labels)
                     for text, labels, stance in zip(texts, gold_sets, stances))
    # Each record's length first, so that labels cannot run into the next record's text.
    return texts_digest([part for record in records for part in (str(len(record)), *record)])

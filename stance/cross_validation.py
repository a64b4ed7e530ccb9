"""Cross-validation: :func:`cross_validate` trains a model on each fold and evaluates it on
the rows the fold holds out, pooling the out-of-fold predictions into one report; its
helpers draw the folds (by group, or at random with a text's copies in one fold) and warn
of what makes them doubtful.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from .duplicate_texts import repeated_text_keys
from .exceptions import (
    CountTypeError,
    InvalidInputError,
    InvalidTypeError,
    quoted,
    quoted_list,
    require_progress,
    warn,
    warnings_once,
)
from .file_types import is_delimited
from .fold_checks import (
    FEWEST_AT_TWO,
    check_fold_counts,
    check_fold_labels,
    check_fold_stances,
    fewest_folds_at_two,
    fold_counts_named,
)
from .foreign_frames import as_pandas_together, is_polars
from .metrics import averaged_values, not_for_want_of_rows
from .report import FEW_STATEMENTS

if TYPE_CHECKING:
    import pandas as pd

    from .model import StanceModel
    from .report import EvaluationReport

def cross_validate(
    data: Any,
    folds: int = 5,
    groups: Any = None,
    text_column: str = "text",
    labels_column: str = "labels",
    stance_column: str | None = "stance",
    *,
    random_state: int = 0,
    encoding: str = "utf-8",
    favor: str | None = None,
    against: str | None = None,
    progress: bool | None = None,
    **options: Any,
) -> EvaluationReport:
    """Cross-validated evaluation: pooled metrics, their spread across folds, each fold.

    The report's metrics are those of the out-of-fold predictions pooled (every row
    predicted by the model of the fold that held it out), not the mean of the folds';
    ``spread`` is each metric's standard deviation over the folds that define it (ddof=1; NaN,
    unknown, when fewer than two do, printed "± n/a" with how many folds did), ``folds`` each
    fold's ``n`` and metrics, and ``predictions`` a frame indexed as ``data`` with each
    row's ``fold`` (its position in ``folds``) and out-of-fold ``label``, ``labels``
    (joined with "|"), ``stance`` and ``confidence``.

    ``groups`` (a column name, or one value per row: in the rows' order, or a Series indexed
    as ``data``, while one indexed by other rows is refused) keeps each group within one fold;
    with at least as many folds as groups it is leave-one-group-out, and each fold's
    entry in ``report.folds`` names its held-out group (``report.cross_validation`` and the
    report's first line say how many folds ran, and why, when fewer than ``folds``; it also
    holds the folds' training ``options`` that are not the defaults, and ``random_state``,
    which the report's second line names). The groups decide the folds, so copies of a text
    in groups held out in different folds are each tested on a model that trained on
    another: a warning counts such texts. Otherwise rows holding the same text
    (up to whitespace and Unicode form) share a fold, so no copy is tested on a model that
    learnt it, and folds are stratified by primary label: a primary label with fewer than
    ``folds`` different texts (warned of) has each held out in a fold of its own, and some
    folds test none of them. Where a training fold would keep too few rows of a label held
    as a secondary one too, such rows are swapped into folds holding fewer (see
    :func:`stance.row_order.shuffled_folds`); folds that keep enough are drawn as always.
    ``options`` are :class:`StanceModel` options (it trains its own model on each
    fold: to cross-validate a model's settings, pass ``**model.get_params()``).
    ``favor`` and ``against`` name the stance values ``stance_f_avg`` averages, as in
    :func:`evaluate`. Each fold and the pooled predictions are scored on every label and
    stance value of the data, though a fold's model lacks those its training rows lack.
    ``progress`` is as :func:`score`'s: None (the default) counts the folds done on a bar on
    a terminal or in a notebook, for more than 8,192 rows; True always, False never.
    There is no ``by``: to measure each group, evaluate a model on held-out data with
    ``stance.evaluate(model, held_out, by=COLUMN)``.

    >>> import pandas as pd, stance
    >>> data = pd.DataFrame({"text": ["wind farms now", "more solar panels", "hello all", "good morning",
    ...                               "build wind farms", "solar panels now", "hello again", "good morning all",
    ...                               "more wind farms", "solar now", "hello there", "morning all"],
    ...                      "labels": ["energy", "energy", "none", "none"] * 3})
    >>> report = stance.cross_validate(data, folds=3, threshold_folds=0)
    >>> report.n, len(report.folds), report.metrics["top1_in_gold"]
    (12, 3, 1.0)
    >>> report.predictions.loc[0, ["label", "labels"]].tolist(), sorted(set(report.predictions.fold))
    (['energy', 'energy'], [0, 1, 2])
    """
    # An empty SOURCE_DATE_EPOCH fails scikit-learn's import in numpy's own traceback: named first.
    forksafe.imported(".persistence").source_date_epoch()
    progress = require_progress(progress)
    from .api import _known_options
    from .columns import require_columns, stance_column_apart, warn_if_stance_unused
    from .data import (
        SCORED_FOR_TRAINING,
        prepare_training,
        refuse_empty_rows,
        warn_of_rejected_answers,
        warn_of_scored_labels,
    )
    from .evaluation import compute_report, rows_digest
    from .label_cells import stance_value
    from .label_checks import check_whole_data, refuse_whole_data
    from .label_names import off_topic_as_written
    from .model import StanceModel
    from .names import named_rows
    from .off_topic import warn_of_unused_off_topic
    from .problems import columns_named, conflicts_reported, language_advised_once
    from .scoring import as_table
    from .tables import read_table
    no_folds_summarised = forksafe.imported(".training").no_folds_summarised

    data, groups = as_pandas_together({"data": data, "groups": groups})  # polars or pyarrow: read as pandas
    data = as_table(data, text_column)  # a dict of columns, as stance.score reads it
    if "by" in options:  # not a model option, though the unknown-option error would call it one
        raise InvalidInputError("cross_validate takes no by=: to measure each group, evaluate a model on "
                                "held-out data with stance.evaluate(model, held_out, by=COLUMN)")
    if isinstance(data, StanceModel):  # evaluate's order, (model, data): it names no model to train
        from .tables import table_kinds_and_files

        raise InvalidTypeError(
            f"data must be {table_kinds_and_files()}, got StanceModel: "
            f"cross_validate trains its own model on each fold, so pass the data and the model's options, e.g. "
            f"stance.cross_validate(data, C=1), or this model's: stance.cross_validate(data, **model.get_params())"
        )
    stance_column = stance_column_apart(stance_column, labels_column, default="stance")
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column],
                       r_missing_in=[text_column, labels_column], labelled=True)
    if isinstance(folds, str) and folds in frame.columns:
        # Columns given in train's order (data, text_column, labels_column) land in folds and
        # groups here, and the check of the default text_column named neither. A str is no
        # count: a CountTypeError, as any folds of the wrong type.
        raise CountTypeError(
            f"folds must be an int (the number of folds), got {quoted(folds)}, a column of data: cross_validate takes "
            f"folds and groups before text_column, so pass the columns by name: text_column={quoted(folds)}"
        )
    # Values given for the column (a Series) are named by require_columns, not compared here.
    if isinstance(stance_column, str) and stance_column == "stance" and "stance" not in frame.columns:
        stance_column = None
        warn_if_stance_unused(frame, stance_column, "cross-validation", labels_column,  # a "Stance" column, say
                              options.get("none_label", "none"))
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column}, read_from_path=frame is not data,
                    delimited=lambda: is_delimited(data))
    options = _known_options({"random_state": random_state, **options}, cross_validate)
    # The whole frame is checked once, so that a bad row is named by its index label and
    # column, not by its position inside some fold's training list.
    template = StanceModel(**options)
    template._check_options()  # a bad option (a seed of 'a') is named before any fold is drawn
    random_state = template.random_state
    if isinstance(groups, str):
        require_columns(frame, {"groups": groups})
    refuse_empty_rows(frame, text_column)
    warn_of_rejected_answers(frame, (text_column, labels_column, stance_column))  # gold labels as training's
    warn_of_scored_labels(frame, labels_column, stance_column, SCORED_FOR_TRAINING)
    minimum, stance_name = template.min_examples_per_label(), f"stance_column={quoted(stance_column)}"
    rows = named_rows(frame.index)  # an index that repeats a label: rows named by position too

    def then(texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None) -> None:
        # With the rows' problems, as check_whole_data would name them, and a misspelt label too
        # rare for any fold, as training names it: left to the fold checks, it took a second run.
        refuse_whole_data(label_sets, stances, minimum, rows, stance_name, misspelt_only=True,
                          rare_hint=_rare_label_hint(template, minimum, label_sets, folds, grouped=groups is not None),
                          none_label=off_topic_as_written(template._none_label_as_read(), label_sets))

    clean_texts, gold_sets, clean_stances = prepare_training(
        frame[text_column].tolist(), frame[labels_column].tolist(),
        frame[stance_column].tolist() if stance_column else None,
        index=frame.index, text_name=f"text_column={quoted(text_column)}",
        labels_name=f"labels_column={quoted(labels_column)}", stance_name=stance_name,
        none_label=template._none_label_as_read(), then=then,
    )
    # A list, read once and by position: a Series indexed otherwise than 0, 1, 2… was read
    # by its labels when naming each fold's groups, after every fold had trained.
    group_values = frame[groups].tolist() if isinstance(groups, str) else _group_values(groups, frame)
    # As the label check checks it, so that one bad file is told the same first thing by both.
    none_label = off_topic_as_written(template._none_label_as_read(), gold_sets)  # as each fold's fit takes it
    try:
        # A label too rare for any fold is named beside the data's other problems, as training names
        # them together; alone, the fold check names it, with the folds that could train.
        check_whole_data(clean_texts, gold_sets, clean_stances, minimum, rows, stance_name, none_label=none_label,
                         rare_hint=_rare_label_hint(template, minimum, gold_sets, folds, grouped=groups is not None))
    except InvalidInputError as error:  # "labels: …" of a column called "code", as training names it
        raise columns_named(error, {"labels": f"labels_column={quoted(labels_column)}"}) from None
    if group_values is None:
        _refuse_more_folds_than_texts(clean_texts, gold_sets, clean_stances, folds, random_state, minimum)
    splits, rare = _splits(clean_texts, gold_sets, clean_stances, folds, group_values, random_state, rows, minimum)
    grouped = group_values is not None

    def fewer() -> int | None:
        return _folds_that_train(clean_texts, gold_sets, clean_stances, range(folds - 1, 1, -1), random_state,
                                 minimum)

    def more() -> int | None:  # at most 10 drawn: only the refusal waits for them (0.7 s each on 25k rows)
        keys = repeated_text_keys(clean_texts)  # copies share a fold: no more folds than texts
        most = len(clean_texts) if keys is None else len(set(keys))
        if keys is not None and _stuck_label(keys, gold_sets, minimum):
            return None
        return _folds_that_train(clean_texts, gold_sets, clean_stances, range(folds + 1, min(most, folds + 10) + 1),
                                 random_state, minimum)

    def at_two() -> int | None:  # threshold_folds=0 offered only at a count whose draw trains with it
        keys = repeated_text_keys(clean_texts)
        most = len(clean_texts) if keys is None else len(set(keys))
        return _folds_that_train(clean_texts, gold_sets, clean_stances, range(folds, min(most, folds + 10) + 1),
                                 random_state, 2)

    check_fold_labels(gold_sets, splits, clean_texts, index=rows, grouped=grouped, fewer=fewer)
    check_fold_counts(gold_sets, (t for t, _ in splits), minimum, folds,
                      hint=", or pass threshold_folds=0" if minimum > 2 else "", index=rows, groups=group_values,
                      more=None if grouped else more, none_label=none_label, texts=clean_texts, at_two=at_two)
    check_fold_stances(clean_stances, splits, minimum, texts=clean_texts, index=rows, name=stance_name,
                       grouped=grouped, fewer=fewer, groups=group_values)
    # Said of folds that will run: warned of before the checks refused them, they told of a
    # run that never happened.
    _warn_of_rare_labels(rare, folds)
    if group_values is not None:
        _warn_of_unseen_labels(gold_sets, splits, group_values)
        _warn_of_copies_in_other_folds(clean_texts, splits, group_values, text_column)
    # Of the whole data, not of each fold's training rows, which may lack the label.
    warn_of_unused_off_topic(none_label, {label for row in gold_sets for label in row})
    texts = frame[text_column].tolist()
    labels = frame[labels_column].tolist()
    stances = frame[stance_column].tolist() if stance_column else None
    gold_stances = [stance_value(v) for v in stances] if stances is not None else None
    # Every label and stance value of the data, which each fold and the pooled predictions are
    # scored on: a fold's model may lack one its training rows lack, and the last fold's
    # stance values, taken for the pooled report, dropped a value's F1 (or its spread found
    # no F1 in the folds before) as the groups happened to be ordered. Read once, so that
    # the warning of an average over every value is given once, not once a fold.
    all_labels = sorted({label for row in gold_sets for label in row})
    stance_values = () if clean_stances is None else tuple(sorted({s for s in clean_stances if s is not None}))
    directions = None if clean_stances is None else averaged_values(stance_values, favor, against)
    predicted_sets: list = [None] * len(frame)
    predicted_stances: list = [None] * len(frame)
    predicted_confidences: list = [None] * len(frame)
    fold_of = np.empty(len(frame), dtype=np.int32)
    fold_reports = []
    # Each fold's fit warns of the same data: said once, not once a fold; conflicting copies
    # were named above by the data's index. Folds too small for threshold folds are said in
    # one warning too, though each fold's count of texts is its own.
    counted = forksafe.imported(".progress_bars").counted
    with warnings_once(), conflicts_reported(), no_folds_summarised(len(splits), "cross-validation folds"), \
            counted(progress, len(frame), len(splits), desc="cross-validating", unit="fold") as folds_done:
        language_advised_once(template, texts)  # once, of the whole data, not once a fold
        for fold, (train_rows, test_rows) in enumerate(splits):
            fold_of[test_rows] = fold
            model = StanceModel(**options).fit(
                [texts[i] for i in train_rows], [labels[i] for i in train_rows],
                stance=None if stances is None else [stances[i] for i in train_rows],
            )
            predictions = model.classify_many([texts[i] if isinstance(texts[i], str) else "" for i in test_rows])
            for i, p in zip(test_rows, predictions):
                predicted_sets[i], predicted_stances[i], predicted_confidences[i] = p.labels, p.stance, p.confidence
            report = compute_report(
                [p.labels for p in predictions], [p.stance for p in predictions],
                [gold_sets[i] for i in test_rows],
                None if gold_stances is None else [gold_stances[i] for i in test_rows],
                all_labels, none_label, stance_values,
                confidences=[p.confidence for p in predictions], directions=directions,
            )
            entry: dict[str, Any] = {"n": len(test_rows), **report.metrics}
            if group_values is not None:  # every group held out in the fold (several with fewer folds than groups)
                entry["group"] = "+".join(sorted({str(group_values[i]) for i in test_rows}))
            fold_reports.append(entry)
            folds_done.update()
    pooled = compute_report(predicted_sets, predicted_stances, gold_sets, gold_stances,
                            all_labels, none_label, stance_values,
                            confidences=predicted_confidences, texts=texts, directions=directions)
    pooled.folds = fold_reports
    n_groups = None if group_values is None else len({str(g) for g in group_values})  # as _splits counts them
    pooled.cross_validation = {"folds": len(splits), "folds_asked": int(folds), "groups": n_groups,
                               "grouped_by": _groups_name(groups),
                               "leave_one_group_out": n_groups is not None and len(splits) == n_groups,
                               "options": _options_given(template), "random_state": random_state}
    pooled._data_sha256 = rows_digest(clean_texts, gold_sets, clean_stances, none_label)
    if clean_stances is not None:  # as evaluate gives it
        pooled._data_labels_sha256 = rows_digest(clean_texts, gold_sets, None, none_label)
    # A fold without a metric is left out of its spread, as one whose value is NaN is.
    pooled.spread = {name: _spread([f.get(name, math.nan) for f in fold_reports]) for name in pooled.metrics}
    pooled.predictions = _out_of_fold(fold_of, predicted_sets, predicted_stances, predicted_confidences, frame.index)
    pooled.rarely_predicted = rarely_predicted(gold_sets, predicted_sets, [train for train, _ in splits])
    pooled.unlearnt = unlearnt(gold_sets, predicted_sets, [train for train, _ in splits])
    # As stance check warns of its fold models, which are these.
    pooled._warn_if_no_better_than_guessing(f"out of fold, the {len(splits)} fold models",
                                            _why_no_better(pooled, gold_sets, clean_stances, len(frame)))
    return pooled


def rarely_predicted(gold_sets: Sequence[tuple[str, ...]], predicted_sets: Sequence[tuple[str, ...]],
                     training_rows: Sequence[Sequence[int]]) -> tuple[dict[str, Any], ...]:
    """The labels of fewer than :data:`~stance.report.FEW_STATEMENTS` rows that the fold models
    predicted out of fold fewer times than a fifth of their rows (so found on fewer still: a
    label predicted as often as it is written, on others' rows, was learnt, and is mistaken
    for another, which the confusion table shows), each with its ``rows``, how many of them
    it was ``found`` on, how often it was ``predicted`` at all, and the fewest and most of its
    rows a fold model trained on (``training_rows``): a label of 6 rows showed an F1 of 0.000
    and nothing else, where its rows were too few to learn it from.

    >>> gold = [("gas",)] * 6 + [("oil",)] * 20
    >>> predicted = [("oil",)] * 6 + [("oil",)] * 20
    >>> rarely_predicted(gold, predicted, [range(3, 26), range(0, 3)])
    ({'label': 'gas', 'rows': 6, 'found': 0, 'predicted': 0, 'training_rows': [3, 3]},)
    """
    return _seldom_predicted(gold_sets, predicted_sets, training_rows, few=True)


def unlearnt(gold_sets: Sequence[tuple[str, ...]], predicted_sets: Sequence[tuple[str, ...]],
             training_rows: Sequence[Sequence[int]]) -> tuple[dict[str, Any], ...]:
    """The labels of :data:`~stance.report.FEW_STATEMENTS` rows or more that the fold models
    predicted out of fold fewer times than a fifth of their rows, as :func:`rarely_predicted`
    names the fewer: not for want of rows, each fold model having trained on 24 of 30 or more.
    Each entry holds :func:`rarely_predicted`'s counts and ``given``, the labels the fold models
    gave its rows instead (three at most, commonest first, then by name, each with its count): a label of 30
    rows written in another's words showed F1 0.000 with nothing to say why, or what took its rows.

    >>> gold = [("gas",)] * 30 + [("oil",)] * 40
    >>> unlearnt(gold, [("oil",)] * 70, [range(6, 70), range(0, 64)])
    ({'label': 'gas', 'rows': 30, 'found': 0, 'predicted': 0, 'training_rows': [24, 30], 'given': [['oil', 30]]},)
    """
    entries = _seldom_predicted(gold_sets, predicted_sets, training_rows, few=False)
    for entry in entries:
        label = entry["label"]
        given = Counter(other for gold, guess in zip(gold_sets, predicted_sets) if label in gold
                        for other in set(guess or ()) if other != label)
        commonest = sorted(given.items(), key=lambda item: (-item[1], item[0]))[:3]
        entry["given"] = [[other, count] for other, count in commonest]
    return entries


def _seldom_predicted(gold_sets: Sequence[tuple[str, ...]], predicted_sets: Sequence[tuple[str, ...]],
                      training_rows: Sequence[Sequence[int]], few: bool) -> tuple[dict[str, Any], ...]:
    """The labels (of fewer than FEW_STATEMENTS rows when ``few``, else of as many or more)
    predicted fewer times than a fifth of their rows, with their counts (see :func:`rarely_predicted`)."""
    rows, found, predicted = Counter(), Counter(), Counter()
    for gold, guess in zip(gold_sets, predicted_sets):
        rows.update(set(gold))
        predicted.update(set(guess or ()))
        found.update(set(gold) & set(guess or ()))
    seldom = sorted(label for label, n in rows.items() if (n < FEW_STATEMENTS) == few and predicted[label] * 5 < n)
    trained = {label: [sum(label in gold_sets[i] for i in train) for train in training_rows] for label in seldom}
    return tuple({"label": label, "rows": rows[label], "found": found[label], "predicted": predicted[label],
                  "training_rows": [min(trained[label]), max(trained[label])]} for label in seldom)


def _why_no_better(pooled: EvaluationReport, gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                   rows: int) -> str:
    """What a warning that the fold models are no better than guessing says of why: too few
    rows, or, with many of each value (see :data:`MANY_ROWS_EACH`), values the texts may not carry."""
    unlearnable = not_for_want_of_rows(gold_sets, stances, pooled.metrics.get("top1_in_gold", math.nan),
                                       pooled.metrics.get("stance_accuracy", math.nan), pooled.baseline or {})
    if unlearnable is None:
        return f"they learnt too little from {rows} rows; label more rows before trusting the figures"
    return (f"{unlearnable}; read a sample of the rows against your labelling guide before labelling more (the rows "
            f"stance check flags are no guide here: it flags by the same fold models)")


def _options_given(model: Any) -> dict[str, Any]:
    """The training options of ``model`` that are not the defaults (but random_state, which
    a cross-validation records apart), as JSON holds them: two cross-validations of other
    options were otherwise described alike."""
    from .model import StanceModel, options_as_fitted

    savable_json = forksafe.imported(".model_writing").savable_json

    # As a fit records them: class_weight={1: 2, 0: 1} and {0: 1, 1: 2.0} train one model and
    # were described as two (a review).
    defaults = options_as_fitted(StanceModel().get_params())
    given = {name: value for name, value in options_as_fitted(model.get_params()).items()
             if name != "random_state" and not _same_option(value, defaults.get(name))}
    return savable_json(given, "options")


def _same_option(value: Any, default: Any) -> bool:
    try:
        return bool(value == default)  # C=1 is the default C=1.0
    except (TypeError, ValueError):  # an array-like compared elementwise is no default
        return False


def _out_of_fold(fold_of: np.ndarray, predicted_sets: list, predicted_stances: list, confidences: list,
                 index: Any) -> pd.DataFrame:
    """The cross-validated report's ``predictions``: each row's fold and out-of-fold primary
    label, label set (joined with "|", as :func:`stance.score` gives it), stance and confidence.

    >>> _out_of_fold(np.array([1, 0]), [("gas", "wind"), ()], ["favor", None], [0.9, 0.4], ["a", "b"])
       fold label    labels stance  confidence
    a     1   gas  gas|wind  favor         0.9
    b     0  None              None         0.4
    """
    pd = forksafe.imported("pandas")

    from .names import LABEL_SEPARATOR

    def text(values: list) -> pd.Series:  # as score() gives them: no stance is None (pandas 3 made it NaN)
        return pd.Series(values, dtype=object, index=index)

    return pd.DataFrame({
        "fold": pd.Series(fold_of, index=index),
        "label": text([labels[0] if labels else None for labels in predicted_sets]),
        "labels": text([LABEL_SEPARATOR.join(labels) for labels in predicted_sets]),
        "stance": text(predicted_stances),
        "confidence": pd.Series(np.asarray(confidences, dtype=np.float64), index=index),
    })


# Folds whose values of a metric lie within this of each other agree: a metric is a share of 0
# to 1 and is shown to 3 decimals, and two shares of different counts of fewer than a million
# rows differ by more (1 / (n1 * n2)), while one figure summed in another order differs from
# itself by some 1e-16. A spread of 1.4e-16 was printed "± <0.001", beside "± 0.000" for folds
# equal to the last bit.
FOLDS_AGREE_WITHIN = 1e-12


def _spread(values: list[float]) -> float:
    """The standard deviation of a metric over the folds that have it (a fold without rows of
    a class has no F1 for it: NaN, which made the whole spread NaN); NaN, unknown, for fewer
    than two: a metric of one fold was shown "± 0.000", as if it were known not to vary.

    Folds that agree have a spread of 0: numpy's mean of three folds at 0.8 is not 0.8 to the
    last bit, so their standard deviation came out 1.4e-16, printed "± <0.001" as though they
    differed; and so folds whose values differ in their last bits only (within
    :data:`FOLDS_AGREE_WITHIN`), one figure rounded in two ways.

    >>> round(_spread([0.8, float("nan"), 0.6]), 4), _spread([0.8, float("nan")]), _spread([0.8, 0.8, 0.8])
    (0.1414, nan, 0.0)
    >>> _spread([0.8, 0.8 + 2 ** -52, 0.8]), _spread([0.3, 0.1 + 0.2])
    (0.0, 0.0)
    """
    finite = sorted(v for v in values if not math.isnan(v))  # sorted: the same folds in any order, the same sum
    if len(finite) < 2:
        return math.nan
    return 0.0 if finite[-1] - finite[0] <= FOLDS_AGREE_WITHIN else float(np.std(finite, ddof=1))


def _warn_of_unseen_labels(gold_sets: list[tuple[str, ...]], splits: list, group_values: Any) -> None:
    """Say when a held-out group holds every row of a label: the model tested on it never saw
    that label and cannot predict it, which the fold's scores show only as zeros."""
    every = {label for labels in gold_sets for label in labels}
    found = []  # one warning for all the folds: leave-one-group-out can have hundreds
    for train_rows, test_rows in splits:
        unseen = sorted(every - {label for i in train_rows for label in gold_sets[i]})
        if unseen:
            held_out = "+".join(sorted({str(group_values[i]) for i in test_rows}))
            found.append(f"{quoted_list(unseen)} in {quoted(held_out)}")
    if found:
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        warn(f"groups: every row of label(s) {'; '.join(found[:5])}{more} is in one held-out group, so the "
             f"model tested on it never saw them and cannot predict them")


def _warn_of_copies_in_other_folds(texts: list[str], splits: list, group_values: Sequence[Any],
                                   text_column: str) -> None:
    """Say when the groups put copies of a text (rows of one :func:`stance.duplicate_texts.text_key`)
    in different folds: each copy is then tested on a model that trained on another, as the
    folds drawn without groups never do. The groups are the user's to choose, so they are
    kept; the warning counts such texts and shows the first.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     _warn_of_copies_in_other_folds(["Thank you.", "Thank you. ", "NATO must act."],
    ...                                    [([1, 2], [0]), ([0], [1, 2])], ["a", "b", "b"], "text")
    >>> str(caught[0].message).split(", so")[0]
    "groups: 1 text is in more than one group, held out in different folds, such as 'Thank you.' (in 'a' and 'b')"
    """
    from .duplicate_texts import _snippet, repeated_text_keys

    keys = repeated_text_keys(texts)
    if keys is None:
        return
    fold_of = {i: fold for fold, (_, test) in enumerate(splits) for i in test}
    folds: dict[str, set[int]] = {}
    for i, key in enumerate(keys):
        folds.setdefault(key, set()).add(fold_of[i])
    split = [key for key, held in folds.items() if len(held) > 1]  # in the order of their first rows
    if not split:
        return
    rows = [i for i, key in enumerate(keys) if key == split[0]]
    names = sorted({str(group_values[i]) for i in rows})
    # Four names are shown whole; of more, three and the number of the rest (at least two).
    shown = (", ".join(map(repr, names[:3])) + f" and {len(names) - 3} more groups" if len(names) > 4
             else ", ".join(map(repr, names[:-1])) + f" and {names[-1]!r}")
    texts_are = "1 text is" if len(split) == 1 else f"{len(split)} texts are"
    warn(f"groups: {texts_are} in more than one group, held out in different folds, such as "
         f"{_snippet(texts[rows[0]])} (in {shown}), so each copy is tested on a model that trained on another, "
         f"which flatters the figures; keep one row of each text in {text_column!r} (drop the duplicates), or "
         f"give each text's copies one group")


def _rare_label_hint(template: StanceModel, minimum: int, label_sets: Sequence[tuple[str, ...]], folds: int,
                     grouped: bool) -> str:
    """Training's advice to pass threshold_folds=0 for labels with fewer than ``minimum`` rows,
    where these folds then train, as :func:`check_fold_counts` offers it: each such label
    needs :data:`FEWEST_AT_TWO` rows (a fold holding out one of two keeps one, and needs 2),
    and ``folds`` enough to keep 2 of each. Not with groups, whose folds may hold out several
    rows of a label at once: the fold check advises the folds they need."""
    totals = Counter(label for labels in label_sets for label in labels)
    rare = [label for label, n in totals.items() if n < minimum]
    if grouped or not rare or any(totals[label] < FEWEST_AT_TWO for label in rare) \
            or fewest_folds_at_two(rare, totals) > folds:
        return ""
    return template._rare_label_hint(minimum)


def _stuck_label(keys: list[str], gold_sets: list[tuple[str, ...]], minimum: int) -> bool:
    """Whether a label's rows are so many copies of one text (``keys``, see
    :func:`stance.duplicate_texts.repeated_text_keys`) that a number of folds trains only where
    its draw holds out every row of the label in one fold: the fold holding the copies out keeps
    some rows of it otherwise, but fewer than ``minimum``, or none when every row is one text. A review
    timed a refusal that drew 50 numbers of folds on 25,000 rows to find none: 39 s.

    >>> _stuck_label(["h", "h", "h", "g", "x"], [("h",), ("h",), ("h",), ("h",), ("n",)], 3)
    True
    >>> _stuck_label(["h", "h", "g", "f", "x", "y", "z"], [("h",)] * 4 + [("n",)] * 3, 2)
    False
    >>> _stuck_label(["h", "h", "g", "f", "x", "y", "z"], [("n",)] * 3 + [("h",)] * 4, 2)  # 'n': one text
    True
    """
    totals: Counter = Counter()
    copies: Counter = Counter()
    for key, labels in zip(keys, gold_sets):
        for label in labels:
            totals[label] += 1
            copies[label, key] += 1
    most = Counter()
    for (label, _), count in copies.items():
        most[label] = max(most[label], count)
    # None left (every row one text) is stuck too: the fold checks refuse a fold keeping none of it.
    return any(totals[label] - most[label] < minimum for label in totals)


def _folds_that_train(texts: list[str], gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                      numbers: Iterable[int], random_state: int, minimum: int) -> int | None:
    """The first of ``numbers`` of folds, drawn as cross-validation draws them, whose
    training rows each keep two labels, ``minimum`` rows of each label they keep and a
    stance head's values; None when none does. Neither fewer folds nor more need be better
    for a label of few rows (where they fall is drawn), so each number is drawn and checked:
    advice to pass one is then true.

    >>> texts = [f"wind farm {i}" for i in range(9)] + ["hello all", "hello all", "good day", "good day"]
    >>> labels = [("energy",)] * 9 + [("none",)] * 4
    >>> _folds_that_train(texts, labels, None, [4, 3, 2], 0, 2), _folds_that_train(texts, labels, None, [], 0, 2)
    (4, None)
    """
    return next((number for number in numbers
                 if _fold_refusal(texts, gold_sets, stances, number, random_state, minimum) is None), None)


def _fold_refusal(texts: list[str], gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                  folds: int, random_state: int, minimum: int) -> str | None:
    """The refusal of the folds cross-validation draws at ``folds`` by the fold checks (a
    training fold without two labels, too few rows of one, or a stance head's values); None
    when each trains."""
    from .row_order import shuffled_folds

    everything = np.arange(len(texts))
    try:
        tests, _ = shuffled_folds(texts, gold_sets, stances, folds, random_state, minimum)
        splits = [(np.setdiff1d(everything, test).tolist(), test.tolist()) for test in tests]
        check_fold_labels(gold_sets, splits, texts)
        check_fold_counts(gold_sets, (train for train, _ in splits), minimum, folds, texts=texts)
        check_fold_stances(stances, splits, minimum, texts=texts)
    except InvalidInputError as error:
        return str(error)
    return None


def _check_folds(folds: Any, rows: int) -> None:
    """Refuse ``folds`` that is no count of 2 or more, before it is compared with anything."""
    from .exceptions import require_count

    require_count(folds, f"folds must be an int between 2 and the number of rows ({rows})", least=2)


# The numbers of folds drawn and checked, at most, for the refusal of more folds than texts:
# each is a draw of the folds (0.7 s on 25k rows), and all of 2 to 100 take well under a
# second on the small data that has fewer texts than folds.
MOST_DRAWN = 100


def _spread_counts(most: int) -> list[int]:
    """The numbers of folds drawn, in turn, for the refusal of more folds than ``most`` texts
    when those are more than :data:`MOST_DRAWN`: the usual 5 first (cheap to draw, and taken
    most often), then counts spread up to the most, and 2. A draw at many folds is slow (3 s
    at 150 folds on 50k rows), and only the ten most drawn offered "141 to 150" as if fewer failed.

    >>> _spread_counts(150)
    [5, 10, 150, 2]
    """
    return [5, 10, most, 2]


def _refuse_more_folds_than_texts(texts: list[str], gold_sets: list[tuple[str, ...]],
                                  stances: list[str | None] | None, folds: int, random_state: int,
                                  minimum: int) -> None:
    """Refuse more folds than the data's different texts (each fold holds out one at least;
    rows with one text share a fold), offering the numbers of folds whose draw trains,
    drawn and checked as the folds will be: "pass folds=10 or fewer" offered counts that
    each failed. When none does, that is said at once, with the refusal of the most.
    Of more than :data:`MOST_DRAWN` texts, counts are drawn in the order of
    :func:`_spread_counts` until one trains, which is offered (with "or up to" the most when
    none drawn before it failed)."""
    _check_folds(folds, len(texts))
    keys = repeated_text_keys(texts)
    most = len(texts) if keys is None else len(set(keys))
    if folds <= most or most < 2:  # one text: shuffled_folds says no number of folds splits it
        return
    why = (f"the data have {len(texts)} rows, fewer than the folds" if keys is None else
           f"the data hold {most} different texts, fewer than the folds (rows with the same text stay in one fold)")
    if most > MOST_DRAWN:
        offer = _spread_offer(texts, gold_sets, stances, keys, most, random_state, minimum)
        raise InvalidInputError(f"folds={folds}: {why}{offer}")
    refused = {number: refusal for number in range(2, most + 1)
               if (refusal := _fold_refusal(texts, gold_sets, stances, number, random_state, minimum)) is not None}
    working = [number for number in range(2, most + 1) if number not in refused]
    if working:
        raise InvalidInputError(f"folds={folds}: {why}; pass folds={fold_counts_named(working)}")
    raise InvalidInputError(f"folds={folds}: {why}, and no number of folds trains: at {most} folds, {refused[most]}")


def _spread_offer(texts: list[str], gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                  keys: list[str] | None, most: int, random_state: int, minimum: int) -> str:
    """The end of the refusal of more folds than ``most`` texts, more than :data:`MOST_DRAWN`:
    the first count of :func:`_spread_counts` whose draw trains, offered with "or up to" the
    most when none drawn before it failed (only it was drawn: "N or fewer" would say the
    counts between were), else the refusal at the most. A label whose copies leave too few
    beside them trains at no count: the refusal at the usual 5 is told, quick to draw."""
    if keys is not None and _stuck_label(keys, gold_sets, minimum):
        usual = _spread_counts(most)[0]
        return f", and no number of folds trains: at {usual} folds, " + str(
            _fold_refusal(texts, gold_sets, stances, usual, random_state, minimum))
    refused: dict[int, str] = {}
    for number in _spread_counts(most):
        refusal = _fold_refusal(texts, gold_sets, stances, number, random_state, minimum)
        if refusal is None:
            return f"; pass folds={number}, or up to {most}" if not refused and number < most else (
                f"; pass folds={number}")
        refused[number] = refusal
    tried = ", ".join(map(str, sorted(refused)[:-1])) + f" and {max(refused)}"
    return f", and no number of folds among {tried} trains: at {most} folds, {refused[most]}"


def _groups_name(groups: Any) -> str | None:
    """What a report calls the groups of ``cross_validate(groups=...)``: the column's name, a
    Series' name, or None (values without one, or no groups).

    >>> import pandas as pd
    >>> _groups_name("speaker"), _groups_name(pd.Series(["a"], name="party")), _groups_name(["a", "b"])
    ('speaker', 'party', None)
    """
    if isinstance(groups, str):
        return groups
    name = getattr(groups, "name", None)  # a Series' or an Index's
    return None if name is None or callable(name) else str(name)


def _group_values(groups: Any, frame: pd.DataFrame) -> list[Any] | None:
    """``groups`` given as values (not a column name) as a list, one per row of ``frame`` by
    position; a Series must be indexed as ``frame`` is, and one indexed by other rows is
    refused, naming them (one of the same rows in another order is refused as scrambled)."""
    from collections.abc import Mapping

    pd = forksafe.imported("pandas")

    from .columns import values_for_a_name
    from .data import refuse_unordered
    from .model import _refuse_scrambled
    from .names import row_names

    if groups is None:
        return None
    if is_polars(groups):  # pl.col("party"), which as_pandas leaves as it is: refused as a column argument's
        raise InvalidTypeError(values_for_a_name("groups", groups, frame) or f"groups: {quoted(groups)}")
    if not hasattr(groups, "__iter__") or isinstance(groups, (bytes, Mapping)):
        raise InvalidInputError(
            f"groups must be a column name or one value per row ({len(frame)}), got {quoted(groups)}")
    refuse_unordered(groups, "groups")  # one value per row, by position
    _refuse_scrambled(frame, groups, "groups", first="data")
    if isinstance(groups, pd.Series) and not groups.index.equals(frame.index):
        theirs = [i for i, name in enumerate(groups.index) if name not in frame.index]
        ours = [i for i, name in enumerate(frame.index) if name not in groups.index]
        said = []
        if theirs:
            said.append(f"its {row_names(groups.index, theirs, limit=3)} are not data's")
        if ours:
            said.append(f"data's {row_names(frame.index, ours, limit=3)} are not in it")
        if not said:  # the same labels, some repeated otherwise
            said.append("their indexes hold the same labels, repeated differently")
        fix = ("groups.loc[data.index], data's rows of it" if not ours else
               f"groups={quoted(groups.name)}, data's column" if groups.name in frame.columns else "a column of data")
        raise InvalidInputError(
            f"groups is indexed by other rows than data: {', and '.join(said)}; a row's group must be its own: pass "
            f"{fix}, or groups.to_numpy() if its values are in data's row order")
    return list(groups)


def _splits(texts: list[str], gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
            folds: int, groups: Any, random_state: int, rows: Any, minimum: int | None = None):
    """``(train rows, test rows)`` of each fold: by group, or drawn at random over the rows
    in content order (see :func:`stance.row_order.shuffled_folds`); ``rows``, the data's index,
    names rows in messages; ``minimum``, the rows of a label a training fold needs, which
    the random folds are mended to keep where they can. And the primary labels of fewer texts than folds, which random
    folds put each in a fold of its own (for :func:`_warn_of_rare_labels`; none by group)."""
    model_selection = forksafe.imported("sklearn.model_selection")

    from .data import _have
    from .duplicate_texts import repeated_text_keys
    from .exceptions import InvalidInputError
    from .group_values import is_missing_group
    from .names import row_names
    from .row_order import shuffled_folds

    n = len(texts)
    _check_folds(folds, n)
    # Each fold holds out at least one row; drawn at random, one text (its copies share a
    # fold), which shuffled_folds counts: counting rows, the number suggested was refused.
    if folds > n and (groups is not None or repeated_text_keys(texts) is None):
        raise InvalidInputError(f"folds={folds}: the data have {n} rows, fewer than the folds; pass folds={n} or "
                                f"fewer")
    folds = int(folds)
    index = np.arange(n)
    if groups is not None:
        if len(groups) != n:
            raise InvalidInputError(f"groups must have one value per row ({n}), got {len(groups)}")
        # str() would make the missing ones all one group, "nan" or "None"; a blank cell, a
        # group named '', is missing too, as evaluate(by=) has it and a CSV reads it.
        missing = [i for i, group in enumerate(groups) if is_missing_group(group)]
        if missing:
            raise InvalidInputError(f"groups: {row_names(rows, missing, limit=5)} {_have(missing)} no group (a "
                                    f"missing or blank value); give every row a group, or leave those rows out")
        groups = np.asarray([str(g) for g in groups], dtype=object)
        n_groups = len(set(groups))
        if n_groups < 2:
            raise InvalidInputError("groups must contain at least two different values")
        splitter = (model_selection.LeaveOneGroupOut() if folds >= n_groups
                    else model_selection.GroupKFold(n_splits=folds))
        return [(list(a), list(b)) for a, b in splitter.split(index, groups=groups)], []
    tests, rare = shuffled_folds(texts, gold_sets, stances, folds, random_state, minimum)
    return [(np.setdiff1d(index, test).tolist(), test.tolist()) for test in tests], rare


def _warn_of_rare_labels(rare: list[str], folds: int) -> None:
    """Say that the primary labels ``rare`` have fewer texts than ``folds``, so that some
    folds test none of them (nothing when there are none).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_rare_labels(["tidal"], 5)
    ...     _warn_of_rare_labels([], 5)
    >>> [str(w.message).split(" so ")[0] for w in caught]
    ["primary label(s) ['tidal'] have fewer than folds=5 different texts,"]
    """
    if rare:
        more = f" and {len(rare) - 5} more" if len(rare) > 5 else ""
        warn(f"primary label(s) {rare[:5]}{more} have fewer than folds={folds} different texts, so each of their "
             f"texts is tested in a fold of its own and some folds test none: their scores in a fold rest on one "
             f"text or none")

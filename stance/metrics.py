"""The arithmetic of the evaluation metrics: precision, recall and F1 from counts, the
stance metrics and the stance values F_avg averages, the calibration error and its bins,
and the names of the headline metrics.

What each metric means is said in :mod:`stance.evaluation`'s docstring (the README's
evaluation table uses it); :func:`stance.evaluation.compute_report` puts them together
into a report.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from .exceptions import Words, quoted, warn

HEADLINE = ("top1_in_gold", "macro_f1", "micro_f1", "none_f1", "primary_macro_f1",
            "stance_f_avg", "against_f1", "favor_f1", "stance_accuracy")
# The headline metrics that judge the stance head: they need gold stances.
STANCE_METRICS = ("stance_f_avg", "against_f1", "favor_f1", "stance_accuracy")
# Reported when the predictions' confidence is known: how sure the model was on average,
# to set beside top1_in_gold, and the expected calibration error (lower is better).
CONFIDENCE_METRICS = ("mean_confidence", "confidence_error")
# The metrics that are errors: a model is better with less (see stance.scorer's neg_ names).
LOWER_IS_BETTER = frozenset({"confidence_error"})
# Bin edges of the calibration error: finer where most answers are, near certainty.
CONFIDENCE_BINS = (0.0, 0.5, 0.7, 0.9, 0.99, 1.0)


# The metrics named "<something>_f1" that are no stance value's F1: a stance value whose
# "<value>_f1" would be one of them (SemEval's NONE, lower-cased, is "none_f1", the
# off-topic label's) has its F1 under "stance_<value>_f1" instead (see stance_f1_key).
LABEL_F1_METRICS = frozenset({"none_f1", "macro_f1", "micro_f1", "primary_macro_f1"})


def stance_f1_key(value: str) -> str:
    """The key of a stance value's F1 in a report's metrics: ``<value>_f1``, or
    ``stance_<value>_f1`` when ``<value>_f1`` is a label metric's name (``none_f1``,
    ``macro_f1``, ``micro_f1``, ``primary_macro_f1``), so that neither hides the other.

    >>> stance_f1_key("pro"), stance_f1_key("none")
    ('pro_f1', 'stance_none_f1')
    """
    key = f"{value}_f1"
    return f"stance_{key}" if key in LABEL_F1_METRICS else key


def calibration_error(confidence: np.ndarray, right: np.ndarray) -> float:
    """Expected calibration error: in each bin of :data:`CONFIDENCE_BINS`, the gap between
    the mean confidence and the share of answers that were right, weighted by the bin's size.

    >>> calibration_error(np.array([0.6, 0.6, 0.95, 0.95]), np.array([True, False, True, True]))
    0.075
    """
    which = confidence_bin(confidence)
    gaps = [abs(confidence[which == b].mean() - right[which == b].mean()) * (which == b).mean()
            for b in range(len(CONFIDENCE_BINS) - 1) if (which == b).any()]
    return round(float(sum(gaps)), 12)


def confidence_bin(confidence: np.ndarray) -> np.ndarray:
    """Which bin of :data:`CONFIDENCE_BINS` each confidence falls in (1.0 in the last).

    >>> confidence_bin(np.array([0.2, 0.5, 0.95, 1.0])).tolist()
    [0, 1, 3, 4]
    """
    edges = np.array(CONFIDENCE_BINS)
    return np.clip(np.searchsorted(edges, confidence, side="right") - 1, 0, len(edges) - 2)


def commonest_guesses(label_sets: Sequence[Sequence[str]], stances: Sequence[str | None] | None) -> dict:
    """What always guessing the commonest label scores of ``top1_in_gold`` on these rows (its
    ``label`` and ``top1_in_gold``), and, given ``stances`` (None where a row has none), what
    always guessing the commonest stance scores of ``stance_accuracy`` on the rows with one
    (``stance``, ``stance_accuracy``): the trivial baseline a model must beat. A tie goes to
    the name sorted first, so that any order of the rows gives the same. {} for no rows.

    >>> commonest_guesses([("a",), ("b",), ("a", "b"), ("c",)], ["favor", None, "against", "favor"])
    {'label': 'a', 'top1_in_gold': 0.5, 'stance': 'favor', 'stance_accuracy': 0.6666666666666666}
    """
    from collections import Counter

    counts = Counter(label for row in label_sets for label in set(row))
    if not counts:
        return {}
    commonest = max(sorted(counts), key=counts.__getitem__)
    out: dict = {"label": commonest, "top1_in_gold": counts[commonest] / len(label_sets)}
    given = Counter(value for value in stances or () if value is not None)
    if given:
        common = max(sorted(given), key=given.__getitem__)
        out.update(stance=common, stance_accuracy=given[common] / sum(given.values()))
    return out


def short_of_guessing(top1: float, stance_accuracy: float, baseline: dict, given: str = "given") -> list[str]:
    """How a model's ``top1`` (the share of rows it put a ``given`` label first for) and
    ``stance_accuracy`` (NaN: not judged) are no better than ``baseline`` (see
    :func:`commonest_guesses`), in words; [] when both beat it. A baseline of 1.0 (one label,
    or one stance, in every row) is no bar: nothing can beat it, and a perfect model ties.

    >>> short_of_guessing(0.4, 0.9, {"label": "a", "top1_in_gold": 0.5, "stance": "favor", "stance_accuracy": 0.6})
    ["put a given label first for 40% of the rows, no better than always guessing the commonest label ('a', 50%)"]
    """
    failed = []
    if top1 <= baseline.get("top1_in_gold", math.nan) < 1:
        failed.append(f"put a {given} label first for {percent_shown(top1)} of the rows, no better than always "
                      f"guessing the commonest label ({quoted(baseline['label'])}, "
                      f"{percent_shown(baseline['top1_in_gold'])})")
    if stance_accuracy <= baseline.get("stance_accuracy", math.nan) < 1:
        failed.append(f"picked the {given} stance for {percent_shown(stance_accuracy)} of the rows with one, no "
                      f"better than always guessing {quoted(baseline['stance'])} "
                      f"({percent_shown(baseline['stance_accuracy'])})")
    return failed


def percent_shown(share: float, decimals: int | None = None) -> str:
    """``share`` (0 to 1) as a whole percentage, with a decimal where the whole one would say
    all or none of what is neither, and ">99.9%" or "<0.1%" where that one would too:
    ``f"{share:.0%}"`` said 0.996 and 0.997 were both "100%" ("put a gold label first for 100%
    of the rows, no better than always guessing the commonest label ('none', 100%)").

    >>> [percent_shown(share) for share in (0.4, 1.0, 0.0, 0.996, 0.9996, 0.9999999, 0.004, 1e-9)]
    ['40%', '100%', '0%', '99.6%', '>99.9%', '>99.9%', '0.4%', '<0.1%']

    With ``decimals``, always that many, and past them the bound they show: ``f"{share:.1%}"``
    called a share of 0.0004 "0.0%", none of what is some.

    >>> [percent_shown(share, 1) for share in (0.022, 0.0, 0.0004, 0.9996, 1.0)]
    ['2.2%', '0.0%', '<0.1%', '>99.9%', '100.0%']

    A share that rounds to none is unsigned: -0.0 was "-0%".

    >>> percent_shown(-0.0), percent_shown(-0.0, 1)
    ('0%', '0.0%')
    """
    from .prediction import figure_short_of_the_ends, short_of_an_end

    for digits in (0, 1) if decimals is None else (decimals,):
        shown = figure_short_of_the_ends(share, digits, percent=True)
        if not short_of_an_end(shown):
            break  # a whole percentage where it says what the share is; past it, the decimal's bound
    return shown


# The words of a metric's name (split at "_") that make it a count: "n_rows", "heldout_n",
# "support_unity", "folds". A whole float of such a metric is the count it stands for.
COUNT_WORDS = frozenset({"n", "nrows", "rows", "support", "count", "counts", "folds", "statements", "texts",
                         "resamples"})
# The words that make a name a figure's though it holds a count word: the F1 of the label
# ukraine_support ("ukraine_support_f1"), a mean over rows ("mean_rows"), "top_n_accuracy".
FIGURE_WORDS = frozenset({"f1", "accuracy", "precision", "recall", "rate", "share", "error", "loss", "score",
                          "mean", "avg", "average", "ratio", "slope", "intercept", "auc", "kappa", "top1"})
# Whole floats above this are not all whole numbers a float holds exactly (2 ** 53): past it a whole
# float is as likely a rounded figure as a count.
_EXACT_WHOLE = 2.0 ** 53


def as_count(name: str, value: Any) -> Any:
    """``value`` as the int it is when it is a whole float that is a count, as its ``name``
    says (a word of :data:`COUNT_WORDS`, none of :data:`FIGURE_WORDS`), below 2 ** 53; any
    other value as it is. A metric recorded as 120.0 in a model's metadata.json was shown
    "120.000", three decimals of a count of rows. A whole float not named a count stays a
    figure, as its neighbours are: a share's 1.0 is "1.000", and so a log loss or a calibration
    slope of 2.0, "2.000" beside "0.913" (a count, "2", would read as a number of something).

    >>> as_count("n_rows", 120.0), as_count("heldout_n", 1.0), as_count("n_errors", 0.0), as_count("top1_in_gold", 1.0)
    (120, 1, 0, 1.0)
    >>> as_count("log_loss", 2.0), as_count("mean_length", 42.0), as_count("ukraine_support_f1", 1.0)
    (2.0, 42.0, 1.0)
    >>> as_count("n_rows", 120.5), as_count("n_rows", float("nan")), as_count("n_rows", True), as_count("n", 1e300)
    (120.5, nan, True, 1e+300)
    """
    if not isinstance(value, (float, np.floating)) or not math.isfinite(value) or not float(value).is_integer():
        return value
    words = set(str(name).lower().split("_"))
    named = bool(COUNT_WORDS & words) and not FIGURE_WORDS & words
    return int(value) if named and abs(value) < _EXACT_WHOLE else value


# From this many rows of each label (or stance value) a head no better than guessing is not
# short of rows: the values may not follow from the texts. On random samples of our corpus
# (5-fold cross_validate), stance accuracy tied guessing in one sample of three at 180-230
# rows of the rarer stance value and beat it by 8-12 points in all three at 374-382; every
# label's head beat it from 150 rows in all. The audit that asked for this had 60,000 rows of
# stances drawn at random, told to "label more rows".
MANY_ROWS_EACH = 500


def not_for_want_of_rows(label_sets: Sequence[Sequence[str]], stances: Sequence[str | None] | None, top1: float,
                         stance_accuracy: float, baseline: dict) -> str | None:
    """Why a model no better than ``baseline`` (see :func:`short_of_guessing`) is so when
    every label or stance value it fails on has :data:`MANY_ROWS_EACH` rows or more, in
    words; None when one has fewer, where too few rows is the likelier reason.

    >>> rows = [("a",)] * 600 + [("b",)] * 500
    >>> print(not_for_want_of_rows(rows, None, 0.4, math.nan, {"label": "a", "top1_in_gold": 0.55})[:54])
    every label has 500 rows or more, enough to learn from
    >>> print(not_for_want_of_rows(rows[:1000], None, 0.4, math.nan, {"label": "a", "top1_in_gold": 0.6}))
    None
    """
    from collections import Counter

    parts = []
    if top1 <= baseline.get("top1_in_gold", math.nan) < 1:
        counts = Counter(label for row in label_sets for label in set(row))
        parts.append(("label", "labels", "targets the words do not name", min(counts.values())))
    if stance_accuracy <= baseline.get("stance_accuracy", math.nan) < 1:
        counts = Counter(value for value in stances or () if value is not None)
        parts.append(("stance value", "stance values", "a stance the words do not carry", min(counts.values())))
    if not parts or min(fewest for *_, fewest in parts) < MANY_ROWS_EACH:
        return None
    each = " and every ".join(one for one, *_ in parts)
    fewest = min(fewest for *_, fewest in parts)
    values = " and ".join(many for _, many, *_ in parts)
    carry = " or ".join(reason for _, _, reason, _ in parts)
    return (f"every {each} has {fewest:,} rows or more, enough to learn from: the {values} may not follow from "
            f"the texts (noisy or inconsistent labels, or {carry})")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def set_counts(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]) -> tuple[Counter, Counter, Counter]:
    """Each label's true positives, false positives and false negatives over pairs of
    predicted and gold label sets, in one pass over the rows: counted label by label, each
    label went through every row (three times), 30 million tests for 100,000 statements of
    100 labels.

    >>> tp, fp, fn = set_counts([("a",), ("a", "b"), ()], [("a",), ("b",), ("a",)])
    >>> dict(tp), dict(fp), dict(fn)
    ({'a': 1, 'b': 1}, {'a': 1}, {'a': 1})
    """
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for p, g in zip(predicted, gold):
        p, g = set(p), set(g)
        tp.update(p & g)
        fp.update(p - g)
        fn.update(g - p)
    return tp, fp, fn


def _primary_macro_f1(predicted: list[str], gold: list[str], labels: list[str]) -> float:
    scores = []
    tps, fps, fns = set_counts([(p,) for p in predicted], [(g,) for g in gold])
    for label in labels:
        tp, fp, fn = tps[label], fps[label], fns[label]
        if tp + fp + fn:
            scores.append(_prf(tp, fp, fn)["f1"])
    return math.fsum(scores) / len(scores) if scores else math.nan  # in any order of the labels, the same mean


def _stance_metrics(predicted: Sequence[str | None], gold: Sequence[str | None],
                    classes: Sequence[str], directions: Sequence[str] | None = None) -> dict[str, float]:
    classes = list(classes) or sorted({g for g in gold if g is not None})
    out: dict[str, float] = {}
    for value in classes:
        tp = sum(p == value and g == value for p, g in zip(predicted, gold))
        fp = sum(p == value and g != value for p, g in zip(predicted, gold))
        fn = sum(p != value and g == value for p, g in zip(predicted, gold))
        # A value neither present nor predicted has no F1 (0/0).
        f1 = _prf(tp, fp, fn)["f1"] if tp + fp + fn else math.nan
        out[stance_f1_key(value)] = f1
    averaged = [out[stance_f1_key(value)] for value in (_directions(classes) if directions is None else directions)]
    out["stance_f_avg"] = f_avg(averaged)
    judged = [(p, g) for p, g in zip(predicted, gold) if g is not None]
    out["stance_accuracy"] = float(np.mean([p == g for p, g in judged])) if judged else math.nan
    return out


def f_avg(averaged: Sequence[float]) -> float:
    """``stance_f_avg`` of the F1s of the values it averages: their mean (SemEval-2016's F_avg,
    of favour and against), NaN when any of them is 0/0 (NaN). The mean of the one that is
    defined was shown as F_avg, against_f1 alone (1.000) beside favor_f1 "n/a" read as an
    average of two, and a group of one side's statements beside one of both in a table of groups.

    >>> f_avg([0.5, 1.0]), f_avg([float("nan"), 1.0]), f_avg([])
    (0.75, nan, nan)
    """
    if not averaged or any(math.isnan(f1) for f1 in averaged):
        return math.nan
    return float(np.mean(averaged))


def _directions(classes: Sequence[str]) -> tuple[str, ...]:
    """The stance values F_avg averages: favour and against when they can be told, else all."""
    from .document import stance_directions
    from .exceptions import InvalidInputError

    if len(classes) <= 2:
        return tuple(classes)
    try:
        return stance_directions(tuple(classes))
    except InvalidInputError:
        return tuple(classes)


def scored_values(classes: Sequence[str], gold: Iterable[str | None]) -> tuple[str, ...]:
    """The stance values a report scores: the model's ``classes`` and, after them, the values
    of the ``gold`` stances (None: no stance) it lacks, sorted. Each has its F1, 0 for a value
    the model never predicts, as a gold label the model lacks has in the label table.

    >>> scored_values(("against", "favor"), ["favor", None, "neutral", "against"])
    ('against', 'favor', 'neutral')
    """
    lacking = {value for value in gold if value is not None} - set(classes)
    return (*classes, *sorted(lacking))


def averaged_values(classes: Sequence[str], favor: str | None = None,
                    against: str | None = None) -> tuple[str, ...]:
    """The stance values whose F1 ``stance_f_avg`` averages: ``favor`` and ``against`` when
    given (checked and read as :func:`stance.document.stance_directions` reads them), else
    :func:`_directions` of ``classes``; when that is every one of more than two values (none
    of them named like favour or against), a warning says so and how to name the two.
    ``classes`` are the model's values: a gold value it lacks has its F1 (0) but is averaged
    in no case, as a value the model was never trained on measures the labels, not the model.

    >>> averaged_values(("favorable", "neutral", "unfavorable"), favor="Favorable", against="unfavorable")
    ('favorable', 'unfavorable')
    """
    from .document import sides_untold, stance_directions

    if favor is not None or against is not None:
        return stance_directions(tuple(classes), favor, against)
    directions = _directions(classes)
    if len(directions) > 2:
        # With "pro"/"contra"/"neutral" it is the mean of two F1s, with "favorable"/
        # "unfavorable"/"neutral" of three: the same name for two measures, unless said. Why, and
        # values of each side to pass: the first and last value, "critical" for favour, were a guess.
        def told(words: Words) -> str:  # evaluate's arguments, or stance evaluate's flags (see warn)
            why, advice = sides_untold(directions, words)
            return (f"stance_f_avg is the mean F1 of every stance value {list(directions)}, not of favour and "
                    f"against (SemEval's F_avg), since {why}"
                    + (f"; {advice} to average those two" if advice else ", so it has no pair of them to average"))

        warn(told)
    return directions

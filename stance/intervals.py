"""Bootstrap intervals for evaluation metrics: how far a figure could move on another
sample of statements like the one evaluated.

Every headline metric is a function of per-statement counts (a hit, a true positive of a
label, a stance judged right…), so a resample of the statements is a vector of how many
times each was drawn, and a metric's counts on every resample at once are one matrix
product (the sums of confidences aside, see :func:`resampled_counts`). A thousand resamples
of 20,000 statements take about a quarter of a second; of 200,000, a few seconds and 250 MB.

What is drawn is a statement, or, where some text is given more than once (a session's
opening formula in every session, a file concatenated with itself), a text with all its
copies (a cluster bootstrap, see :attr:`Outcomes.clusters`): copies are no independent
evidence, and drawn one by one, 500 copies of 8 statements gave an interval as narrow as
4,000 statements' ([0.737, 0.763] for the 8's [0.5, 1.0]), with no word of the copies.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from . import _forksafe as forksafe

if TYPE_CHECKING:
    import pandas as pd

# Resamples drawn at once: bounds the count matrix at this many rows, and at about
# BLOCK_CELLS counts (16 MB) on many statements.
BLOCK = 100
BLOCK_CELLS = 2_000_000
# The confidences are summed as whole numbers of 25 bits (see _in_whole_parts): a resample
# draws n statements, so its sum of them is whole and under 2 ** 53, exact, up to 2 ** 28.
PART = 2.0**25


# The metrics whose bootstrap interval is the spread of the sample's estimate, not a confidence
# interval for the metric on the population: the binned calibration error is biased upward on a
# sample (each bin's |mean confidence - share right| takes noise for a gap), and the percentile
# interval, of resamples biased further, inherits it. Of 100 samples of 60, 300 and 1,500
# statements of a pool of 20,698 whose error is 0.0055, its 95% intervals held that 0, 0 and
# 12 times (0.0101 of the challenge set's 5,001 of 2026-12-03: 2, 18 and 79 times); the basic bootstrap,
# corrected for the bias, 89, 85 and 93 (79, 89 and 86): nearer, not near enough to call 95%.
# So intervals() gives the spread, documented as such, and compared_with gives no interval of
# the difference, which would read as a test of it.
SPREAD_ONLY = frozenset({"confidence_error"})


class Product(NamedTuple):
    """What :func:`resampled_counts` multiplies the draws by (see :attr:`Outcomes.product`)."""

    matrix: np.ndarray  # the columns of whole numbers, then three for each other column
    whole: np.ndarray  # where the columns of whole numbers sit among the columns counted
    fractional: list[tuple[int, float]]  # where each other one sits, and its scale
    width: int  # how many columns are counted
    where: dict[str, slice]  # where each kind of column sits (see _columns)


@dataclass(frozen=True)
class Outcomes:
    """What :func:`stance.evaluation.compute_report` saw of each statement, as 0/1 columns.

    ``label_counts[name]`` holds one (n, 3) array per label of true positives, false
    positives and false negatives, for the label sets (``"set"``), the primary labels
    (``"primary"``) and the stance values (``"stance"``).
    """

    n: int
    label_counts: dict[str, list[tuple[str, np.ndarray]]]
    top1: np.ndarray
    none_label: str | None
    directions: tuple[str, ...]
    judged: np.ndarray | None  # statements with a gold stance
    stance_right: np.ndarray | None
    confidence: np.ndarray | None
    confidence_bins: np.ndarray | None
    gold: tuple  # the gold labels and stances, to tell whether two reports judged the same statements
    # Each statement's text, numbered from 0 (see stance.duplicate_texts.text_key), when some text is
    # given more than once: the resamples then draw texts, each with all its copies. None
    # when every text is its own, and the resamples draw statements.
    clusters: np.ndarray | None = None
    # The units (statements, or texts) in the order the resamples draw them (see in_order).
    order: np.ndarray | None = None

    @cached_property
    def columns(self) -> tuple[np.ndarray, dict[str, slice]]:
        """Every column the metrics count, side by side, and where each kind sits (see :func:`_columns`)."""
        return _columns(self)

    @cached_property
    def units(self) -> int:
        """How many units the resamples draw: statements, or texts (see :attr:`clusters`)."""
        return self.n if self.clusters is None else int(self.clusters.max()) + 1

    @cached_property
    def _unit_product(self) -> Product:
        """:attr:`product` before it is put in order: a row a statement, or with
        :attr:`clusters` a row a text, its copies' rows summed (whole numbers, so exactly,
        in whatever order the copies come)."""
        matrix, where = self.columns
        whole = np.all(matrix == np.round(matrix), axis=0)
        if whole.all():
            product = Product(matrix, np.arange(matrix.shape[1]), [], matrix.shape[1], where)
        else:
            fractional = [(int(j), *_in_whole_parts(matrix[:, j])) for j in np.flatnonzero(~whole)]
            product = Product(np.column_stack([matrix[:, whole], *(parts for _, parts, _ in fractional)]),
                              np.flatnonzero(whole), [(j, scale) for j, _, scale in fractional], matrix.shape[1],
                              where)
        if self.clusters is None:
            return product
        summed = np.zeros((self.units, product.matrix.shape[1]))
        np.add.at(summed, self.clusters, product.matrix)
        return product._replace(matrix=summed)

    @cached_property
    def product(self) -> Product:
        """The columns :func:`resampled_counts` multiplies: those of :attr:`columns`, with
        each column that is not of whole numbers (the confidences) cut into three that are
        (see :func:`_in_whole_parts`); a row a unit (see :attr:`units`), in the order
        :meth:`in_order` gives."""
        product = self._unit_product
        return product if self.order is None else product._replace(matrix=product.matrix[self.order])

    @cached_property
    def unit_keys(self) -> np.ndarray:
        """What each unit adds to the metrics, a row a unit, which :func:`content_order` sorts
        the units by: :attr:`columns` of each statement; with :attr:`clusters`, each text's
        sums of them, put together from the whole numbers of :attr:`product` (whose sums over
        its copies are the same in any order of the rows). The same layout either way: sorted
        by the product's own columns, the confidences' parts after every whole column, texts
        that tie on top-1 came in another order than their statements did, and every text
        given twice got other intervals of mean_confidence and confidence_error than once."""
        if self.clusters is None:
            return self.columns[0]
        product = self._unit_product
        return _assembled(product, product.matrix)

    def in_order(self, order: np.ndarray) -> Outcomes:
        """These outcomes with their units (statements, or texts) taken in ``order``
        (positions): the resamples are drawn over the units in that order.

        >>> outcomes = outcomes_of([("a",), ("b",)], [("a",)] * 2, ["a", "b"], ["a", "b"], None, None,
        ...                        [], [], None, np.array([0.9, 0.4]), np.array([3, 0]))
        >>> where = outcomes.product.where
        >>> [resampled_counts(ordered, np.array([[1.0, 0.0]]))[0, where["confidence"]].tolist()
        ...  for ordered in (outcomes, outcomes.in_order(np.array([1, 0])))]
        [[0.9], [0.4]]
        """
        ordered = replace(self, order=order)
        # The columns and their product do not depend on the order: the copy shares them, built
        # once, where it built them again (on 100,000 statements of 101 labels, 6.3 s of an
        # intervals() of 19.5 s went to building them twice). The product is the copy's alone,
        # not kept on these outcomes, which a report holds for as long as it lives: kept, it held
        # a second matrix of the columns' size after intervals() returned (259 MB more of
        # 50,000 statements of 101 labels).
        kept = self.__dict__.get("_unit_product")  # kept by unit_keys when texts have copies
        ordered.__dict__["_unit_product"] = Outcomes._unit_product.func(self) if kept is None else kept
        for name in _ORDER_FREE:
            if name in self.__dict__:
                ordered.__dict__[name] = self.__dict__[name]
        return ordered

    def units_with(self, statements: np.ndarray) -> int:
        """How many units hold one of ``statements`` (a mask, or a column that is 0 where not):
        the statements themselves, or the texts among them.

        >>> outcomes = outcomes_of([("a",)] * 3, [("a",)] * 3, ["a"], ["a"], None, None, [], [], None, None, None,
        ...                        clusters=np.array([0, 1, 0]))
        >>> outcomes.units_with(np.array([1.0, 0.0, 1.0])), outcomes.units_with(np.ones(3))
        (1, 2)
        """
        chosen = np.asarray(statements) > 0
        return int(chosen.sum()) if self.clusters is None else len(np.unique(self.clusters[chosen]))

    def per_unit(self, values: np.ndarray) -> np.ndarray:
        """``values``, one a statement, summed over each unit: as they are, or each text's."""
        return values if self.clusters is None else np.bincount(self.clusters, values, self.units)


# The cached properties of Outcomes that its order leaves as they are (see Outcomes.in_order).
_ORDER_FREE = ("columns", "units", "unit_keys")


def outcomes_of(predicted_sets: Sequence[Sequence[str]], gold_sets: Sequence[Sequence[str]],
                labels: Sequence[str], primary_labels: Sequence[str],
                predicted_stances: Sequence[str | None] | None, gold_stances: Sequence[str | None] | None,
                stance_values: Sequence[str], directions: Sequence[str],
                none_label: str | None, confidence: np.ndarray | None,
                confidence_bins: np.ndarray | None, clusters: np.ndarray | None = None) -> Outcomes:
    """The per-statement columns of the metrics ``compute_report`` computes from the same
    arguments (gold stances already blanked on off-topic rows); ``clusters``, each
    statement's text when some text has copies (see :attr:`Outcomes.clusters`)."""
    primary_pred = [p[0] if p else None for p in predicted_sets]
    primary_gold = [g[0] for g in gold_sets]
    # Columns in the labels' order, not in the order the rows first name them, so that the
    # same statements in another order have the same columns (see content_order).
    labels, primary_labels, stance_values = sorted(labels), sorted(primary_labels), sorted(stance_values)
    predicted_in, gold_in = _members(predicted_sets, labels), _members(gold_sets, labels)
    primary_pred_in = _members([(p,) for p in primary_pred], primary_labels)
    primary_gold_in = _members([(g,) for g in primary_gold], primary_labels)
    counts = {
        "set": [(label, _confusion_columns(predicted_in[:, j], gold_in[:, j])) for j, label in enumerate(labels)],
        "primary": [(label, _confusion_columns(primary_pred_in[:, j], primary_gold_in[:, j]))
                    for j, label in enumerate(primary_labels)],
    }
    judged = stance_right = None
    if gold_stances is not None and predicted_stances is not None:
        counts["stance"] = [(value, _confusion_columns([p == value for p in predicted_stances],
                                                       [g == value for g in gold_stances]))
                            for value in stance_values]
        judged = np.array([g is not None for g in gold_stances], dtype=np.float64)
        stance_right = np.array([g is not None and p == g for p, g in zip(predicted_stances, gold_stances)],
                                dtype=np.float64)
    top1 = np.array([p in g for p, g in zip(primary_pred, gold_sets)], dtype=np.float64)
    gold = (tuple(tuple(g) for g in gold_sets), None if gold_stances is None else tuple(gold_stances))
    return Outcomes(len(gold_sets), counts, top1, none_label, tuple(directions), judged, stance_right,
                    confidence, confidence_bins, gold, clusters)


def _members(label_sets: Sequence[Sequence[str | None]], labels: Sequence[str]) -> np.ndarray:
    """Whether each set holds each label (n × labels), read in one pass over the sets: tested
    label by label, every set was gone through once per label, twice (2.8 s of an intervals()
    of 100,000 statements of 101 labels).

    >>> _members([("b",), ("a", "b"), (), (None,)], ["a", "b"]).tolist()
    [[False, True], [True, True], [False, False], [False, False]]
    """
    column = {label: j for j, label in enumerate(labels)}
    rows, columns = [], []
    for i, label_set in enumerate(label_sets):
        for label in label_set:
            j = column.get(label)
            if j is not None:
                rows.append(i)
                columns.append(j)
    members = np.zeros((len(label_sets), len(labels)), dtype=bool)
    members[rows, columns] = True
    return members


def _confusion_columns(predicted: Sequence[bool], gold: Sequence[bool]) -> np.ndarray:
    p, g = np.array(predicted, dtype=bool), np.array(gold, dtype=bool)
    return np.column_stack((p & g, p & ~g, ~p & g)).astype(np.float64)


def resampled_metrics(outcomes: Outcomes, draws: np.ndarray) -> dict[str, np.ndarray]:
    """Each metric on each resample; ``draws[b, i]`` is how often resample ``b`` drew
    unit ``i`` (a statement, or a text with its copies). A metric undefined on a resample (no
    statement of a label drawn) is NaN there, as :func:`stance.evaluation.compute_report`
    leaves it.
    """
    from .metrics import stance_f1_key

    where = outcomes.product.where
    counts = resampled_counts(outcomes, draws)
    # The statements each resample drew: n, or with copies drawn together, as many as it drew.
    n = counts[:, where["rows"]][:, 0]
    out: dict[str, np.ndarray] = {"top1_in_gold": counts[:, where["top1"]][:, 0] / n}
    f1, tp, errors = _per_label_f1(counts[:, where["set"]])
    out["macro_f1"] = _nanmean(f1)
    pooled_tp, pooled_errors = tp.sum(axis=1), errors.sum(axis=1)
    out["micro_f1"] = np.where(pooled_tp > 0, 2 * pooled_tp / np.maximum(2 * pooled_tp + pooled_errors, 1), 0.0)
    names = [label for label, _ in outcomes.label_counts["set"]]
    if outcomes.none_label in names:
        out["none_f1"] = f1[:, names.index(outcomes.none_label)]
    out["primary_macro_f1"] = _nanmean(_per_label_f1(counts[:, where["primary"]])[0])
    if "confidence" in where:
        out["mean_confidence"] = counts[:, where["confidence"]][:, 0] / n
        out["confidence_error"] = _calibration_error(counts[:, where["bins"]], n)
    if "stance" in where:
        f1, _, _ = _per_label_f1(counts[:, where["stance"]])
        values = [value for value, _ in outcomes.label_counts["stance"]]
        for i, value in enumerate(values):
            out[stance_f1_key(value)] = f1[:, i]
        # As metrics.f_avg: NaN on a resample where any value averaged is 0/0, not the mean of the rest.
        averaged = f1[:, [values.index(v) for v in outcomes.directions]]
        out["stance_f_avg"] = averaged.mean(axis=1) if averaged.shape[1] else np.full(len(f1), math.nan)
        judged, right = counts[:, where["judged"]].T
        with np.errstate(invalid="ignore", divide="ignore"):
            out["stance_accuracy"] = np.where(judged > 0, right / judged, math.nan)
    return out


def resampled_counts(outcomes: Outcomes, draws: np.ndarray) -> np.ndarray:
    """Every column of ``outcomes.columns`` summed on each resample (``draws[b, i]`` times
    statement ``i``): one matrix product, the same to the last bit however many threads
    BLAS runs.

    A product's threads split its sums differently, which changes a sum of fractions in its
    last bit (an interval's end was 0.1924926989970805 with OMP_NUM_THREADS=1 and
    0.19249269899708046 with 2), but not a sum of whole numbers, which is exact in any
    order. So every column multiplied is of whole numbers: the 0/1 ones as they are, and
    each other (the confidences) cut into three of 25 bits each (:func:`_in_whole_parts`),
    put back together here in a fixed order. On 10,000 statements × 2,000 resamples this
    takes 1.5 s against 1.3 s for the columns as they are; numpy's sums of the confidences
    (not BLAS) took 3.8 s.

    >>> outcomes = outcomes_of([("a",), ("b",)], [("a",)] * 2, ["a", "b"], ["a", "b"], None, None,
    ...                        [], [], None, np.array([0.9, 0.4]), np.array([3, 0]))
    >>> counts, where = resampled_counts(outcomes, np.array([[2.0, 0.0], [1.0, 1.0]])), outcomes.product.where
    >>> counts[:, where["top1"]].ravel().tolist(), counts[:, where["confidence"]].ravel().tolist()
    ([2.0, 1.0], [1.8, 1.3])
    """
    product = outcomes.product
    return _assembled(product, draws @ product.matrix)


def _assembled(product: Product, summed: np.ndarray) -> np.ndarray:
    """Sums of the rows of ``product.matrix`` (``summed``, a row each) as sums of the columns
    it was made of: each column of whole numbers as it is, each other one put back together
    from its three parts, in a fixed order."""
    if not product.fractional:
        return summed
    counts, start = np.empty((len(summed), product.width)), len(product.whole)
    counts[:, product.whole] = summed[:, :start]
    for k, (j, scale) in enumerate(product.fractional):
        high, middle, low = summed[:, start + 3 * k:start + 3 * k + 3].T
        counts[:, j] = (high + (middle + low / PART) / PART) / PART * scale
    return counts


def _in_whole_parts(values: np.ndarray) -> tuple[np.ndarray, float]:
    """``values`` as three columns of whole numbers under :data:`PART` in size, and a power
    of two: each value is ``(high + (middle + low / PART) / PART) / PART * scale``, but for
    what lies below ``scale / PART ** 3`` (5e-23 at most for a confidence), which is dropped.

    >>> parts, scale = _in_whole_parts(np.array([0.75, 0.1, 0.0]))
    >>> high, middle, low = parts.T
    >>> ((high + (middle + low / PART) / PART) / PART * scale).tolist(), scale
    ([0.75, 0.1, 0.0], 1.0)
    """
    largest = float(np.max(np.abs(values), initial=0.0))
    scale = math.ldexp(1.0, math.frexp(largest)[1]) if largest else 1.0  # a power of two above them all
    bits = np.trunc(values / scale * PART**3)  # multiplied by powers of two: exact
    high = np.trunc(bits / PART**2)
    rest = bits - high * PART**2
    middle = np.trunc(rest / PART)
    return np.column_stack((high, middle, rest - middle * PART)), scale


def _columns(outcomes: Outcomes) -> tuple[np.ndarray, dict[str, slice]]:
    """Every per-statement column the metrics count, side by side (n × columns), and where
    each kind sits: a resample's counts are then one product, and the columns are built
    once, not once per block of resamples."""
    parts: list[tuple[str, np.ndarray]] = [("top1", outcomes.top1[:, None]),
                                           ("set", _stacked(outcomes.label_counts["set"], outcomes.n)),
                                           ("primary", _stacked(outcomes.label_counts["primary"], outcomes.n))]
    if outcomes.confidence is not None and outcomes.confidence_bins is not None:
        parts.append(("confidence", outcomes.confidence[:, None]))
        bins = []
        for b in np.unique(outcomes.confidence_bins):
            member = (outcomes.confidence_bins == b).astype(np.float64)
            bins.append(np.column_stack((member, member * outcomes.confidence, member * outcomes.top1)))
        parts.append(("bins", np.concatenate(bins, axis=1)))
    if "stance" in outcomes.label_counts and outcomes.judged is not None and outcomes.stance_right is not None:
        parts.append(("stance", _stacked(outcomes.label_counts["stance"], outcomes.n)))
        parts.append(("judged", np.column_stack((outcomes.judged, outcomes.stance_right))))
    # The statements drawn: n on every resample of statements, not of texts with their copies.
    parts.append(("rows", np.ones((outcomes.n, 1))))
    where, at = {}, 0
    for name, part in parts:
        where[name] = slice(at, at + part.shape[1])
        at += part.shape[1]
    return np.concatenate([part for _, part in parts], axis=1), where


def _stacked(columns: list[tuple[str, np.ndarray]], n: int) -> np.ndarray:
    """The (n, 3) confusion columns of each label side by side: n × 3·labels."""
    return np.concatenate([c for _, c in columns], axis=1) if columns else np.zeros((n, 0))


def _per_label_f1(counts: np.ndarray):
    """F1 of each label on each resample (NaN where the label has no tp, fp or fn), with
    the true positives and the errors (fp + fn) it came from, from the resamples' counts
    of :func:`_stacked` columns."""
    counts = counts.reshape(len(counts), -1, 3)
    tp, errors = counts[:, :, 0], counts[:, :, 1] + counts[:, :, 2]
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(tp + errors > 0, 2 * tp / (2 * tp + errors), math.nan)
    return f1, tp, errors


def _nanmean(values: np.ndarray) -> np.ndarray:
    defined = ~np.isnan(values)
    total = np.where(defined, values, 0.0).sum(axis=1)
    count = defined.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), math.nan)


def _calibration_error(counts: np.ndarray, n: np.ndarray) -> np.ndarray:
    """The calibration error on each resample, from its counts of each bin's members, their
    confidence and their hits (three columns a bin), and of the statements it drew (``n``)."""
    size, confidence, hits = (counts.reshape(len(counts), -1, 3)[:, :, k] for k in range(3))
    with np.errstate(invalid="ignore", divide="ignore"):
        gap = np.abs(confidence - hits) / size
    return np.where(size > 0, gap * size / n[:, None], 0.0).sum(axis=1)


def bootstrap_intervals(outcomes: Outcomes, metrics: dict[str, float], names: Sequence[str], *,
                        level: float, resamples: int, random_state: int) -> tuple[pd.DataFrame, dict[str, int]]:
    """The percentile bootstrap interval of each metric in ``names``: a frame indexed by
    metric with ``value`` (from ``metrics``), ``low`` and ``high``; and for each metric
    undefined on some resamples, how many (they are left out of its interval).

    A share of statements right (top-1-in-gold, stance accuracy) of 0 or 1 gets the exact
    (Clopper-Pearson) interval instead: every resample of statements all right is all
    right, so the bootstrap gave [1, 1] for 15 of 15, whose exact interval is [0.78, 1].
    """
    ordered = outcomes.in_order(content_order(outcomes))
    found = _resample(outcomes.units, resamples, random_state, lambda draws: resampled_metrics(ordered, draws))
    exact = _exact_ends(outcomes, level)
    rows = {name: {"value": metrics[name], **(exact.get(name) or _ends(found.get(name), level))} for name in names}
    left_out = {name: int(np.isnan(found[name]).sum()) for name in names if name in found}
    return _frame(rows, ["value", "low", "high"]), {name: count for name, count in left_out.items() if count}


def statements_behind(outcomes: Outcomes, names: Sequence[str]) -> dict[str, int]:
    """How many statements each metric of ``names`` rests on, as the resamples draw them (a
    text's copies, one: see :attr:`Outcomes.clusters`): a stance metric on those with a gold
    stance (an off-topic one, or one with a target but no gold stance, is not judged on
    stance), every other metric on all of them.

    >>> outcomes = outcomes_of([("a",), ("none",)], [("a",), ("none",)], ["a", "none"], ["a", "none"],
    ...                        ["favor", None], ["favor", None], ["favor"], ["favor"], "none", None, None)
    >>> statements_behind(outcomes, ["top1_in_gold", "favor_f1", "stance_accuracy"])
    {'top1_in_gold': 2, 'favor_f1': 1, 'stance_accuracy': 1}
    """
    from .metrics import stance_f1_key

    judged = 0 if outcomes.judged is None else outcomes.units_with(outcomes.judged)
    stance = {"stance_f_avg", "stance_accuracy",
              *(stance_f1_key(value) for value, _ in outcomes.label_counts.get("stance", []))}
    return {name: judged if name in stance else outcomes.units for name in names}


def _exact_ends(outcomes: Outcomes, level: float) -> dict[str, dict[str, float] | None]:
    """The Clopper-Pearson interval of top-1-in-gold and stance accuracy where they are 0 or
    1 (None elsewhere): in closed form there, ``[((1 - level) / 2) ** (1 / n), 1]`` for all
    n right, n the statements, or the texts of statements with copies (see
    :attr:`Outcomes.clusters`)."""
    shares = {"top1_in_gold": (float(outcomes.top1.sum()), outcomes.n, outcomes.units)}
    if outcomes.judged is not None and outcomes.stance_right is not None:
        shares["stance_accuracy"] = (float(outcomes.stance_right.sum()), int(outcomes.judged.sum()),
                                     outcomes.units_with(outcomes.judged))
    out: dict[str, dict[str, float] | None] = {}
    for name, (right, n, units) in shares.items():
        end = ((1 - level) / 2) ** (1 / units) if units else math.nan
        out[name] = ({"low": end, "high": 1.0} if n and right == n else
                     {"low": 0.0, "high": 1 - end} if n and right == 0 else None)
    return out


def paired_intervals(first: Outcomes, second: Outcomes, first_metrics: dict[str, float],
                     second_metrics: dict[str, float], names: Sequence[str], *, level: float,
                     resamples: int, random_state: int) -> tuple[pd.DataFrame, dict[str, int]]:
    """Each metric of two evaluations of the same statements, their difference (first minus
    second) and its paired bootstrap interval: both are measured on the same resamples, so
    the statements both get right or both get wrong do not widen it (none, NaN, for the
    metrics of :data:`SPREAD_ONLY`). And for each metric
    whose difference was undefined on some resamples (either evaluation's metric was), how
    many (they are left out of its interval), as :func:`bootstrap_intervals` counts them."""
    order, tied = paired_order(first, second)
    first_ordered, second_ordered = first.in_order(order), second.in_order(order)

    def differences(draws: np.ndarray) -> dict[str, np.ndarray]:
        a, b = resampled_metrics(first_ordered, draws), resampled_metrics(second_ordered, draws)
        return {name: a[name] - b[name] for name in a.keys() & b.keys()}

    found = _resample(first.units, resamples, random_state, differences)
    if tied:
        # The statements' results are the same with the two swapped (each right as often
        # where the other is wrong), so the difference is as likely negated on every
        # resample: counted both ways, its interval is its swapped comparison's mirrored.
        found = {name: np.concatenate((values, -values)) for name, values in found.items()}
    told_apart = _discordant(first, second)
    rows = {name: {"this": first_metrics[name], "other": second_metrics[name],
                   "difference": first_metrics[name] - second_metrics[name],
                   **_ends(None if name in SPREAD_ONLY else found.get(name), level),
                   **told_apart.get(name, {})}
            for name in names}
    frame = _frame(rows, ["this", "other", "difference", "low", "high", "only_this", "only_other", "p_value"])
    # Resamples, not the values counted twice when tied: those are each resample's negated.
    left_out = {name: int(np.isnan(found[name][:resamples]).sum()) for name in names
                if name in found and name not in SPREAD_ONLY}
    # Counts of statements, as whole numbers: a float column (7.0), for the NaN of the metrics
    # that count none, made them floats; pandas' nullable integers keep those missing (<NA>).
    return (frame.astype({"only_this": "Int64", "only_other": "Int64"}),
            {name: count for name, count in left_out.items() if count})


def _discordant(first: Outcomes, second: Outcomes) -> dict[str, dict[str, float]]:
    """For the metrics that are a share of statements right (top-1-in-gold, and stance
    accuracy over the statements with a gold stance): how many statements only the first
    gets right, how many only the second, and the exact McNemar p-value of the two counts.

    The bootstrap interval is too narrow when few statements tell the models apart: with k
    of them, a resample draws none with probability about exp(-k), which passes the 2.5%
    tail at k = 4, so the interval excluded 0 where the exact test gives p = 0.125.

    Where some text has copies (see :attr:`Outcomes.clusters`), the copies of one text are
    no independent evidence either: a text counts once, for the model that gets more of its
    copies right (a sign test over the texts, as the resamples draw texts), and not at all
    when they get as many right. 8 texts each right for the first model alone are p = 0.0078;
    counted copy by copy, 500 copies of each were 4,000 statements, p = 0.0.
    """
    pairs = {"top1_in_gold": (first.top1, second.top1)}
    if first.stance_right is not None and second.stance_right is not None:
        pairs["stance_accuracy"] = (first.stance_right, second.stance_right)  # 0 where not judged
    out = {}
    for name, (a, b) in pairs.items():
        a, b = first.per_unit(a), second.per_unit(b)
        only_first, only_second = int(np.sum(a > b)), int(np.sum(b > a))
        out[name] = {"only_this": only_first, "only_other": only_second,
                     "p_value": mcnemar_p(only_first, only_second)}
    return out


def mcnemar_p(only_first: int, only_second: int) -> float:
    """The exact two-sided McNemar p-value of two models' paired results: the sign test of
    the statements only one of them gets right, ``2 * P(Binomial(k, 1/2) <= min)`` with k
    their number (1.0 when they agree on every statement).

    >>> mcnemar_p(4, 0), mcnemar_p(1, 7), mcnemar_p(3, 3)
    (0.125, 0.0703125, 1.0)
    """
    k, fewer = only_first + only_second, min(only_first, only_second)
    # Whole numbers, so that 2 ** k does not overflow a float; a Python int divides exactly.
    tail, term = 0, 1
    for i in range(fewer + 1):
        tail += term
        term = term * (k - i) // (i + 1)  # C(k, i + 1) from C(k, i)
    return min(1.0, 2 * tail / 2 ** k)


def paired_order(first: Outcomes, second: Outcomes) -> tuple[np.ndarray, bool]:
    """The order the paired resamples of two evaluations of the same statements are drawn
    over, the same whichever is given first; and whether it could not tell them apart.

    :func:`content_order` sorts by the results of the first evaluation, then the second's,
    so ``a.compared_with(b)`` and ``b.compared_with(a)`` drew different resamples, and their
    intervals were not each other's mirrored (top-1 [-0.0163, -0.0034] against
    [-0.0149, -0.0034] negated). So the evaluation that leads is the one whose results, the
    statements sorted by them and then by the other's, come first, compared statement by
    statement; of two whose sorted results are the same both ways (a statement's results
    swapped are another's), it is ``first``, and the caller counts each difference negated
    too (see :func:`paired_intervals`).

    >>> right = outcomes_of([("a",), ("b",), ("a",)], [("a",)] * 3, ["a", "b"], ["a", "b"], None, None,
    ...                     [], [], None, None, None)
    >>> wrong = outcomes_of([("b",), ("b",), ("b",)], [("a",)] * 3, ["a", "b"], ["a", "b"], None, None,
    ...                     [], [], None, None, None)
    >>> [(order.tolist(), tied) for order, tied in (paired_order(right, wrong), paired_order(wrong, right))]
    [([1, 0, 2], False), ([1, 0, 2], False)]
    """
    ahead, behind = content_order(first, second), content_order(second, first)
    a, b = first.unit_keys, second.unit_keys
    rows = max(1, BLOCK_CELLS // max(1, a.shape[1] + b.shape[1]))  # compared a block at a time
    for start in range(0, first.units, rows):
        one, other = ahead[start:start + rows], behind[start:start + rows]
        mine, theirs = np.hstack((a[one], b[one])).ravel(), np.hstack((b[other], a[other])).ravel()
        differ = np.flatnonzero(mine != theirs)
        if len(differ):
            return (ahead if mine[differ[0]] < theirs[differ[0]] else behind), False
    return ahead, True


def content_order(*evaluations: Outcomes) -> np.ndarray:
    """The statements' positions (or the texts', see :attr:`Outcomes.clusters`) sorted by what
    each adds to the metrics of ``evaluations`` (of the same statements): the resamples are
    drawn over them in this order, so that the same statements in another order (a shuffled
    file) give the same intervals.

    Unlike :func:`stance.row_order.content_order` (text, labels, stance), which folds use, this
    needs no texts, which a report does not keep, and it also orders rows of one text that
    two folds predicted differently; statements it cannot order add the same to every
    metric, so their order changes nothing.

    >>> import numpy as np
    >>> outcomes = outcomes_of([("a",), ("b",), ("a",)], [("a",)] * 3, ["a", "b"], ["a", "b"], None, None,
    ...                        [], [], None, None, None)
    >>> content_order(outcomes).tolist()  # the miss, then the hits
    [1, 0, 2]
    """
    keys = [column for outcomes in evaluations for column in outcomes.unit_keys.T]
    return np.lexsort(keys[::-1]) if keys else np.arange(evaluations[0].units)


def _resample(n: int, resamples: int, random_state: int, measure) -> dict[str, np.ndarray]:
    """``measure(draws)`` on ``resamples`` resamples of ``n`` units (statements, or texts with
    their copies), drawn in blocks.

    The units are drawn by position, so ``measure`` must count outcomes put in
    :func:`content_order` (:meth:`Outcomes.in_order`): then the same statements in another
    order get the same draws."""
    rng = np.random.default_rng(random_state)
    found: dict[str, list[np.ndarray]] = {}
    # Fewer resamples at once on many statements, so that the matrix stays near
    # BLOCK_CELLS counts; one buffer is refilled in place (a fresh 160 MB one per block of
    # 200,000 statements cost more time than the draws).
    rows = max(1, min(BLOCK, BLOCK_CELLS // n))
    block = np.empty((min(rows, resamples), n))
    for start in range(0, resamples, rows):
        draws = block[:min(rows, resamples - start)]
        for row in draws:  # the same draws, in the same order, whatever the block's size
            row[:] = np.bincount(rng.integers(0, n, n), minlength=n)
        for name, values in measure(draws).items():
            found.setdefault(name, []).append(values)
    return {name: np.concatenate(parts) for name, parts in found.items()}


def _ends(values: np.ndarray | None, level: float) -> dict[str, float]:
    """The percentile interval of ``values`` (NaN resamples left out: the metric was
    undefined on them) that holds ``level`` of them."""
    if values is not None:
        values = values[~np.isnan(values)]
    if values is None or not len(values):
        return {"low": math.nan, "high": math.nan}
    tail = (1 - level) / 2 * 100
    # The high end as the low end of the values negated, not at 100 - tail: the two were
    # not each other's negated to the last bit, and a comparison swapped, whose differences
    # are these negated, must give this interval mirrored. 0.0 + and 0.0 -: never -0.0.
    return {"low": 0.0 + float(np.percentile(values, tail)), "high": 0.0 - float(np.percentile(-values, tail))}


def _frame(rows: dict[str, dict[str, float]], columns: list[str]) -> pd.DataFrame:
    pd = forksafe.imported("pandas")

    frame = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    frame.index.name = "metric"
    return frame

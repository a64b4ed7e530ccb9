"""Prediction straight from the stored arrays, with numpy only.

This is the hot path: it avoids importing scikit-learn (about a second) and its per-call
overhead, and computes exactly what the scikit-learn pipeline computes (sublinear TF,
IDF, L2 normalisation, then linear heads); ``tests/test_fast_path.py`` checks the two
agree to 1e-9.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .parameters import ModelParameters
from .prediction import KNOWN_WORDS_SHARE, MANY_UNKNOWN_WORDS, NO_KNOWN_WORDS, word_flag
from .text import word_count

if TYPE_CHECKING:
    from .features import FeatureIndex


@dataclass
class SparseRows:
    """TF-IDF rows in coordinate form: ``values[k]`` sits at ``(rows[k], columns[k])``;
    ``words`` and ``known_words`` count each row's word tokens and those of them in the
    vocabulary (for :func:`word_flags`); ``norms`` each row's length before it was scaled to
    unit length (0 for a row with no feature; None: not known)."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    n_rows: int
    words: np.ndarray
    known_words: np.ndarray
    norms: np.ndarray | None = None


def tfidf_rows(
    texts: Sequence[str], analyzer: Callable[[str], list[str]], params: ModelParameters,
    features: FeatureIndex | None = None,
) -> SparseRows:
    """Vectorise a batch of texts the way ``TfidfVectorizer(sublinear_tf=True)`` does.

    With a :class:`~stance.features.FeatureIndex` of ``params`` the features are found by
    integer ids (the fast path); without one, by looking up ``analyzer(text)``'s strings.
    """
    if features is not None and features.supported:
        row_ids, column_ids, words, known_words = features.pairs_and_words(texts)
    else:
        row_ids, column_ids, words, known_words = _string_pairs(texts, analyzer, params)
    n_features = len(params.vocabulary)
    keys = np.asarray(row_ids, dtype=np.int64) * n_features + np.asarray(column_ids, dtype=np.int64)
    keys, counts = np.unique(keys, return_counts=True)
    rows, columns = np.divmod(keys, n_features)
    values = (np.log(counts) + 1.0) * params.idf[columns]
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=len(texts)))
    values /= norms[rows]
    return SparseRows(rows, columns, values, len(texts), words, known_words, norms)


def word_flags(x: SparseRows) -> np.ndarray:
    """:func:`stance.prediction.word_flag` of every row, as an object array (None: no flag)."""
    flags = np.full(x.n_rows, None, dtype=object)
    flags[x.known_words < KNOWN_WORDS_SHARE * x.words] = MANY_UNKNOWN_WORDS
    flags[np.bincount(x.rows, minlength=x.n_rows) == 0] = NO_KNOWN_WORDS
    return flags


def _string_pairs(texts: Sequence[str], analyzer: Callable[[str], list[str]], params: ModelParameters):
    """``(rows, columns)`` of the vocabulary features of ``texts``, and each text's count
    of words and of words in the vocabulary, from the analyzer's strings."""
    lookup = params.vocabulary_index.get
    row_ids: list[int] = []
    column_ids: list[int] = []
    words = np.zeros(len(texts), dtype=np.int64)
    known_words = np.zeros(len(texts), dtype=np.int64)
    for row, text in enumerate(texts):
        features = analyzer(text)
        found = list(map(lookup, features))
        words[row] = n_words = word_count(features)
        known_words[row] = n_words - found[:n_words].count(None)
        ids = [i for i in found if i is not None]
        column_ids.extend(ids)
        row_ids.extend([row] * len(ids))
    return row_ids, column_ids, words, known_words


def tfidf_row(text: str, analyzer: Callable[[str], list[str]], params: ModelParameters):
    """One text's TF-IDF vector as ``(columns, values)``; the single-statement fast path.

    Columns come in ascending order and sums are taken one term after another, as the batch
    path takes them, so that one statement gets bit-for-bit the batch path's numbers.
    """
    return tfidf_row_and_norm(text, analyzer, params)[:2]


def tfidf_row_and_norm(text: str, analyzer: Callable[[str], list[str]], params: ModelParameters):
    """:func:`tfidf_row`, and the length the row had before it was scaled to unit length
    (0.0 for a text with no feature in the vocabulary): ``(columns, values, norm)``."""
    return _tfidf_of(list(map(params.vocabulary_index.get, analyzer(text))), params)


def _tfidf_of(found: list[int | None], params: ModelParameters):
    """:func:`tfidf_row_and_norm` of a text's features' columns (None: not in the vocabulary)."""
    counts = Counter(found)  # counted in C; unknown features count as None
    counts.pop(None, None)
    if not counts:
        return np.empty(0, dtype=np.int64), np.empty(0), 0.0
    columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    order = np.argsort(columns)
    columns = columns[order]
    values = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))[order]) + 1.0
    values = values * params.idf[columns]
    norm = np.sqrt(_sequential_sum(values * values))
    values /= norm
    return columns, values, float(norm)


def _sequential_sum(terms: np.ndarray) -> np.ndarray:
    """Sum along the first axis left to right, as ``np.bincount`` does in the batch path
    (``sum`` and ``@`` add in another order, which changes the last bit)."""
    return np.cumsum(terms, axis=0)[-1]


def linear_scores(x: SparseRows, coef: np.ndarray) -> np.ndarray:
    """``X @ coef`` for coordinate-form rows: one ``bincount`` per output column."""
    out = np.empty((x.n_rows, coef.shape[1]))
    for j in range(coef.shape[1]):
        out[:, j] = np.bincount(x.rows, weights=x.values * coef[x.columns, j], minlength=x.n_rows)
    return out


def sigmoid(z: np.ndarray) -> np.ndarray:
    # exp(-|z|) never overflows; both branches are the logistic function (scipy's expit).
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    denominator = 1.0 + e
    return np.where(z >= 0, 1.0 / denominator, e / denominator)


def softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=-1, keepdims=True)
    exp_z = np.exp(shifted)
    return exp_z / exp_z.sum(axis=-1, keepdims=True)


def log_odds(p: float) -> float:
    """``log(p / (1 - p))``, infinite at 0 and 1.

    >>> log_odds(0.5), log_odds(1.0)
    (0.0, inf)
    """
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p) - math.log1p(-p)


def confidence(p: float, params: ModelParameters) -> float:
    """How likely the primary label is right, given its probability ``p``.

    A model trained with threshold folds maps the log-odds of ``p`` through its
    ``confidence_calibration`` (fitted on out-of-fold predictions); older models, and
    models trained without a calibration (see :class:`~stance.StanceModel`'s
    ``threshold_folds``), return ``p``. The map is increasing, so confidence ranks
    statements as ``p`` does. Plain Python, one value at a time, so that the single and
    batch paths agree bit for bit.

    >>> from types import SimpleNamespace
    >>> confidence(0.35, SimpleNamespace(confidence_calibration=None))
    0.35
    >>> round(confidence(0.35, SimpleNamespace(confidence_calibration=[0.7, 1.0])), 3)
    0.638
    """
    calibration = params.confidence_calibration
    if calibration is None or p <= 0.0 or p >= 1.0:
        return float(p)
    z = float(calibration[0]) * log_odds(p) + float(calibration[1])
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def confidences(primary_probabilities: np.ndarray, params: ModelParameters) -> np.ndarray:
    """:func:`confidence` of every row's primary-label probability."""
    if params.confidence_calibration is None:
        return np.asarray(primary_probabilities, dtype=np.float64).copy()
    return np.array([confidence(p, params) for p in primary_probabilities.tolist()], dtype=np.float64)


def target_probabilities(x: SparseRows, params: ModelParameters) -> np.ndarray:
    """Probability of every label for every row, shape ``(n_rows, n_labels)``."""
    z = linear_scores(x, params.target_coef)
    if params.label_columns is not None or params.length_floor is not None:
        if params.label_columns is None:
            lengths = np.ones(x.n_rows)
        else:
            kept = params.label_columns[x.columns]
            lengths = _unit_or_one(np.sqrt(np.bincount(x.rows[kept], weights=x.values[kept] ** 2, minlength=x.n_rows)))
        z /= floored_lengths(lengths, x.norms, params)[:, None]
    z += params.target_intercept
    return sigmoid(z) if params.target_link == "sigmoid" else softmax(z)


def label_length(columns: np.ndarray, values: np.ndarray, params: ModelParameters, norm: float | None = None) -> float:
    """The length of a unit TF-IDF row's part that the label heads read (see
    :class:`~stance.parameters.ModelParameters`); their scores are divided by it. With the
    model's ``length_floor``, at least the floor over ``norm``, the row's length before it
    was scaled to unit length (see :func:`floored_lengths`)."""
    length = 1.0
    if params.label_columns is not None:
        kept = values[params.label_columns[columns]]
        length = float(_unit_or_one(np.sqrt(_sequential_sum(kept * kept)))) if len(kept) else 1.0
    if params.length_floor is not None:
        if norm is None:
            raise ValueError("a model with a length_floor needs the row's norm")
        if norm > 0:
            length = max(length, params.length_floor / norm)
    return length


def floored_lengths(lengths: np.ndarray, norms: np.ndarray | None, params: ModelParameters) -> np.ndarray:
    """What the label heads' scores of unit rows are divided by: the length of each row's
    part that they read (``lengths``; 1 for a row with none), or with the model's
    ``length_floor`` the floor over the row's length before it was scaled (``norms``) when
    that is more. The heads then read the raw vector's part divided by the greater of its
    length and the floor; a row with no feature (norm 0) scores 0 whatever it is divided by.

    >>> from types import SimpleNamespace
    >>> floored_lengths(np.array([1.0, 0.5, 1.0]), np.array([5.0, 40.0, 0.0]),
    ...                 SimpleNamespace(length_floor=20.0)).tolist()
    [4.0, 0.5, 1.0]
    """
    floor = params.length_floor
    if floor is None:
        return lengths
    if norms is None:
        raise ValueError("a model with a length_floor needs the rows' norms")
    low = np.divide(floor, norms, out=np.zeros_like(lengths), where=norms > 0)
    return np.maximum(lengths, low)


def _unit_or_one(lengths: np.ndarray) -> np.ndarray:
    # A row with no label feature scores 0 whatever it is divided by; 1 avoids 0 / 0.
    return np.where(lengths > 0, lengths, 1.0)


def stance_probabilities(x: SparseRows, params: ModelParameters, primary: np.ndarray) -> np.ndarray:
    """Probability of every stance class given each row's primary label index."""
    z = linear_scores(x, params.stance_shared)
    by_label = params.stance_by_label[primary[x.rows], x.columns, :] * x.values[:, None]
    for j in range(z.shape[1]):
        z[:, j] += np.bincount(x.rows, weights=by_label[:, j], minlength=x.n_rows)
    z += params.stance_label_bias[primary] + params.stance_intercept
    return _stance_link(z)


def _stance_link(z: np.ndarray) -> np.ndarray:
    if z.shape[-1] == 1:  # two classes: the column is the log-odds of the second class
        p = sigmoid(z[..., 0])
        both = np.empty((*z.shape[:-1], 2))  # np.stack costs more than the rest of a single call
        both[..., 0] = 1.0 - p
        both[..., 1] = p
        return both
    return softmax(z)


def predict_one(text: str, analyzer: Callable[[str], list[str]], params: ModelParameters):
    """Label and stance probabilities for one text, without building batch arrays.

    Returns ``(label_probabilities, stance_probabilities_or_None, primary_index, flag)``,
    the probabilities as lists of floats; ``flag`` is :func:`stance.prediction.word_flag`'s:
    ``no_known_words`` when no feature of the text is in the vocabulary (the heads then give
    their intercepts alone, and the model answers as :meth:`~stance.StanceModel._unread_label`
    says), ``many_unknown_words`` when too few of its words are, else None.

    Every number is the batch path's to the bit: the same operations on the same values,
    sums taken one term after another in ascending column order, exponentials and
    logarithms by numpy. The rest is plain Python on a handful of floats, which costs less
    than the numpy calls it replaces (about a microsecond each).
    """
    layout = _one_row_layout(params)
    features = analyzer(text)
    found = list(map(params.vocabulary_index.get, features))  # looked up once for both uses
    counts = Counter(found)  # counted in C; unknown features count as None
    counts.pop(None, None)
    words = word_count(features)  # the features begin with the words
    flag = word_flag(bool(counts), words, words - found[:words].count(None))
    sums, columns, values, norm = _one_row_sums(counts, layout)
    n_labels = len(params.labels)
    z = sums[:n_labels]
    if layout.mask_at >= 0 or params.length_floor is not None:
        length = math.sqrt(sums[layout.mask_at]) if layout.mask_at >= 0 else 1.0  # as label_length computes it
        if params.length_floor is not None and norm > 0:  # as floored_lengths
            length = max(length, params.length_floor / norm)
        z = [value / length for value in z] if length > 0 else z  # a row with no label feature: its scores are 0
    z = [value + intercept for value, intercept in zip(z, params.target_intercept.tolist())]
    probabilities = _logistic(z) if params.target_link == "sigmoid" else softmax(np.array(z)).tolist()
    primary = probabilities.index(max(probabilities))  # the first maximum, as argmax
    if not params.has_stance:
        return probabilities, None, primary, flag
    shared = sums[n_labels : n_labels + layout.n_stance]
    return probabilities, _one_row_stance(shared, sums, columns, values, params, layout, primary), primary, flag


def _one_row_sums(counts: Counter, layout: _OneRowLayout):
    """``(sums, columns, values, norm)`` of one statement's feature ``counts`` (column: count):
    the sums over its features of every column of ``layout.weights`` but the idf, each
    weight times the feature's TF-IDF value (the mask's times its square), as floats; the
    columns, ascending, and their unit-length TF-IDF values (None when there are none); the
    length of the row before it was scaled to unit length (0.0 when it has no feature)."""
    if not counts:
        return [0.0] * (layout.weights.shape[1] - 1), None, None, 0.0
    order = sorted(counts)
    n = len(order)
    columns = np.fromiter(order, np.intp, n)  # numpy indexes by an array faster than by a list
    rows = layout.weights[columns]  # every number read of a feature, in one indexing
    values = np.log(np.fromiter(map(counts.__getitem__, order), np.float64, n)) + 1.0
    values *= rows[:, 0]  # the idf
    norm = np.sqrt(_sequential_sum(values * values))
    values /= norm
    products = values[:, None] * rows[:, 1:]
    if layout.mask_at >= 0:
        products[:, layout.mask_at] *= values  # (value × kept) × value: the squares the label heads read
    return _sequential_sum(products).tolist(), columns, values, float(norm)


def _one_row_stance(shared: list[float], sums: list[float], columns: np.ndarray | None, values: np.ndarray | None,
                    params: ModelParameters, layout: _OneRowLayout, primary: int) -> list[float]:
    """One statement's stance probabilities were ``primary`` its label, as :func:`stance_one`
    computes them; ``shared`` is the shared head's sum, ``sums`` hold the per-label heads'
    when ``layout`` copied them."""
    n_stance = layout.n_stance
    if layout.by_label_at >= 0:
        at = layout.by_label_at + primary * n_stance
        by_label = sums[at : at + n_stance]
    elif columns is not None:
        by_label = _sequential_sum(values[:, None] * params.stance_by_label[primary, columns]).tolist()
    else:
        by_label = [0.0] * n_stance
    offsets = (params.stance_label_bias[primary] + params.stance_intercept).tolist()
    z = [(a + b) + c for a, b, c in zip(shared, by_label, offsets)]
    if n_stance == 1:  # two classes: the column is the log-odds of the second class
        p = _logistic(z)[0]
        return [1.0 - p, p]
    return softmax(np.array(z)).tolist()


def _logistic(z: list[float]) -> list[float]:
    """:func:`sigmoid` of a few floats, in Python but for numpy's ``exp`` (whose last bit
    may differ from the math module's)."""
    e = np.exp([-abs(value) for value in z]).tolist()
    return [1.0 / (1.0 + x) if value >= 0 else x / (1.0 + x) for value, x in zip(z, e)]


@dataclass(frozen=True)
class _OneRowLayout:
    """Where :func:`predict_one` finds each part of a feature's row of ``weights``: the idf
    (column 0), then, counted from column 1, ``target_coef``, ``stance_shared``, every
    label's block of ``stance_by_label`` (``by_label_at``; -1: not copied, see
    :data:`ONE_ROW_STANCE_COLUMNS`) and the label heads' column mask as 0/1 (``mask_at``;
    -1: the label heads read every feature)."""

    weights: np.ndarray
    n_stance: int
    by_label_at: int
    mask_at: int


# At most this many columns of stance_by_label (labels × stance columns) are copied beside
# the other weights; a model with more reads them from stance_by_label itself, a little
# slower, rather than holding a second copy of a large array (8 bytes per feature each).
ONE_ROW_STANCE_COLUMNS = 16
# Per parameters, built on first use (see _one_row_layout).
_ONE_ROW: weakref.WeakKeyDictionary[ModelParameters, _OneRowLayout] = weakref.WeakKeyDictionary()


def _one_row_layout(params: ModelParameters) -> _OneRowLayout:
    """Every number :func:`predict_one` reads of a feature, side by side in one row, built
    once per parameters: a statement's rows then come in one indexing, where reading the
    idf, the label weights and the stance weights from their own arrays took three (and
    three times the cache misses: the arrays are megabytes)."""
    layout = _ONE_ROW.get(params)
    if layout is None:
        parts = [params.idf[:, None], params.target_coef]
        n_stance, by_label_at = 0, -1
        if params.has_stance:
            n_stance = params.stance_shared.shape[1]
            parts.append(params.stance_shared)
            if len(params.labels) * n_stance <= ONE_ROW_STANCE_COLUMNS:
                by_label_at = len(params.labels) + n_stance
                parts += list(params.stance_by_label)
        mask_at = -1
        if params.label_columns is not None:
            mask_at = sum(part.shape[1] for part in parts) - 1
            parts.append(params.label_columns[:, None])
        weights = np.ascontiguousarray(np.concatenate(parts, axis=1), dtype=np.float64)
        layout = _ONE_ROW[params] = _OneRowLayout(weights, n_stance, by_label_at, mask_at)
    return layout


def stance_one(columns: np.ndarray, values: np.ndarray, params: ModelParameters, primary: int) -> np.ndarray:
    """One statement's stance probabilities were ``primary`` its label (its TF-IDF ``columns``
    and ``values`` as :func:`tfidf_row` gives them)."""
    z = _row_scores(values, params.stance_shared[columns])
    z = z + _row_scores(values, params.stance_by_label[primary, columns])
    z += params.stance_label_bias[primary] + params.stance_intercept
    return _stance_link(z)


def _row_scores(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``values @ weights`` summed in the batch path's order (see :func:`tfidf_row`)."""
    if not len(values):
        return np.zeros(weights.shape[1])
    return _sequential_sum(values[:, None] * weights)


def decide_one(probabilities: Sequence[float], params: ModelParameters) -> tuple[int, ...]:
    """:func:`decide_labels` for one statement, in plain Python (numpy costs more for one row).

    >>> from types import SimpleNamespace
    >>> params = SimpleNamespace(labels=("a", "b", "none"), none_label="none", thresholds=[0.5, 0.3, 0.5])
    >>> decide_one([0.9, 0.4, 0.1], params), decide_one([0.2, 0.1, 0.7], params)
    ((0, 1), (2,))
    """
    p = [float(value) for value in probabilities]
    primary = p.index(max(p))  # the first maximum, as argmax
    none_index = params.labels.index(params.none_label) if params.none_label in params.labels else -1
    if primary == none_index:
        return (primary,)
    thresholds = [float(value) for value in params.thresholds]
    extra = [j for j in range(len(p)) if j not in (primary, none_index) and p[j] >= thresholds[j]]
    extra.sort(key=lambda j: -p[j])
    return (primary, *extra)


def decide_labels(probabilities: np.ndarray, params: ModelParameters) -> list[tuple[int, ...]]:
    """Turn label probabilities into label sets: the primary, then others over threshold.

    The primary is the most probable label. When it is the off-topic label, the set is
    just that label; otherwise every other target whose probability reaches its tuned
    threshold joins, most probable first.
    """
    none_index = params.labels.index(params.none_label) if params.none_label in params.labels else -1
    primaries = np.argmax(probabilities, axis=1)
    # Secondary candidates: over threshold, neither the primary nor the off-topic label,
    # and only for statements whose primary is on topic.
    above = probabilities >= params.thresholds
    above[np.arange(len(primaries)), primaries] = False
    if none_index >= 0:
        above[:, none_index] = False
        above[primaries == none_index] = False
    decided = [(primary,) for primary in primaries.tolist()]
    for row in np.flatnonzero(above.any(axis=1)).tolist():
        extra = np.flatnonzero(above[row]).tolist()
        extra.sort(key=lambda j: -probabilities[row, j])
        decided[row] = (decided[row][0], *extra)
    return decided

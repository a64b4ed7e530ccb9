"""Fitting the parameters with scikit-learn (imported here, and only when training).

One TF-IDF vectoriser feeds two heads: the *target* head (one logistic regression per
label, or one softmax over labels) and the *stance* head, a logistic regression whose
features are the TF-IDF vector twice: once shared by all targets and once in a block of
its own per primary target, so that "bring them home" can mean *against* for the eastern
flank without meaning it everywhere.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from typing import Any, NamedTuple

import numpy as np

from . import _forksafe as forksafe
from .exceptions import COMMAND_LINE, PYTHON, Words, warn
from .parameters import (
    NO_SECONDARY_LABELS,
    ModelParameters,
    ignored_columns,
    label_column_mask,
    stance_only_features,
)
from .row_order import _rows_of_each_text, content_order
from .text import make_analyzer, negation_word_list, reads_names, respells, stem_option, unread_phrases_advice
from .waiting import result_of

# Thresholds are tuned on out-of-fold probabilities of at most this many rows, which
# bounds their cost on large data while keeping the estimate stable.
THRESHOLD_SAMPLE = 20_000
# Each threshold fold needs this many different texts. With fewer no fold runs: the secondary-
# label thresholds stay 0.5 and confidence is not calibrated, which training warns of (the
# options alone do not tell it: threshold_folds=3 runs folds on 30 texts, and none on 29).
FOLD_TEXTS = 10
THRESHOLD_GRID = np.round(np.arange(0.05, 0.96, 0.025), 3)
# A label's threshold is tuned freely only on out-of-fold answers of at least this many texts
# carrying it. On fewer, the F1 of those answers, from fold models that learnt from fewer rows
# still, was often best when the label joined every statement (0.05, the grid's floor): on 30
# rows a user's model gave 2.18 labels a statement against 1.1 in gold. Below it the threshold
# is at least the label's share of the rows: a probability under that is the model's evidence
# against the label. Trained on 30 to 50 rows of two small schemes and tested on the rest, the
# rule brought 1.3-1.9 labels a statement down to 1.0-1.2 (gold 1.0-1.1) and moved macro-F1 by
# +0.004 to +0.020; on corpus samples of 30-50 rows, whose models are near chance and gain
# macro-F1 by naming every label, it cost 0.035-0.056 (0.007 at 100 rows), while the
# statements' label sets overlapped gold more (Jaccard +0.03). A corpus label has thousands.
MIN_TUNING_POSITIVES = 20
# Where the out-of-fold F1 is the same at several grid values, the threshold is the middle of
# the longest run of them (the higher of its two middle values when the run is even), not its
# lowest: the first value tried, the grid's floor 0.05 where every value ties. That happens
# when the out-of-fold answers leave a gap between the label's rows and the others (near-copies
# of a text in different folds, or a label told by one word), and any threshold inside the gap
# fits them: the middle is the farthest from both sides. On a user's 2,000 rows of leaking
# near-copies, tested on 300 other statements, the floor gave 1.34 labels a statement (gold
# 1.10) and macro-F1 0.904, the middle 0.475 1.05 and 0.929. A run spanning at least
# FLAT_SPAN is recorded (thresholds_flat), for stance info, stance train and the card to say.
FLAT_SPAN = 0.25
# Out-of-fold log-odds are clipped to this before the confidence calibration is fitted.
LOG_ODDS_LIMIT = 30.0
# The confidence calibration needs at least this many out-of-fold answers right and as
# many wrong, counting the copies of a text once. Trained on 100 to 250 corpus rows and
# tested on 4,000 others, calibrated confidence was off by 0.04-0.08 where the raw
# probability was off by 0.26-0.29; on 50 rows the rule left half the models uncalibrated
# and was never worse than the raw one.
CALIBRATION_MIN_EACH = 15
# At most this many logistic regressions are fitted at once (see _fitting_pool).
MAX_FITTING_THREADS = 4
# From this many on-topic rows the binary stance head is fitted in liblinear's dual form:
# on its wide design (the features once shared, once per label block) that converges to the
# same optimum 2-3x faster at 200,000 rows. Smaller data keep the primal form, which runs
# alongside the label fits.
DUAL_STANCE_ROWS = 20_000


def fit_parameters(
    texts: Sequence[str],
    label_sets: Sequence[tuple[str, ...]],
    stances: Sequence[str | None] | None,
    labels: Sequence[str],
    options: dict[str, Any],
    raised: dict[str, float] | None = None,
    notes: dict[str, Any] | None = None,
) -> ModelParameters:
    """Fit vectoriser and heads; ``options`` are a :class:`StanceModel`'s parameters.
    ``raised``, when given, is filled with the labels whose tuned threshold was raised to
    their share of the rows (see :data:`MIN_TUNING_POSITIVES`), each with what tuning gave;
    ``notes`` with ``too_few_texts_for_folds``, the number of different texts, when they were
    too few for ``threshold_folds`` folds (see :data:`FOLD_TEXTS`), which is warned of (inside
    :func:`no_folds_summarised`, in one warning of every fit of the block); with
    ``thresholds_flat``, the labels whose threshold the folds' F1 did not place (see
    :data:`FLAT_SPAN`), each with the range of thresholds it was best at; and with
    ``calibration_slope`` when the confidence map was fitted but not kept, its slope not
    positive (see :func:`_platt`).

    The rows are put in an order given by their content first: liblinear's solver and the
    threshold folds depend on row order, and the same statements in another order should
    give the same model.
    """
    order = content_order(texts, label_sets, stances)
    texts = [texts[i] for i in order]
    label_sets = [label_sets[i] for i in order]
    stances = None if stances is None else [stances[i] for i in order]
    cues = options["stance_cues"] and stances is not None and any(s is not None for s in stances)
    analyzer_options = {"ngram_max": options["ngram_max"], "stem": stem_option(options["stem"]),
                        "negation": options["negation"] or cues}
    if cues:  # only then, so that versions before the option still load a model without it
        analyzer_options["opening"] = True
    if options["apostrophes"]:  # likewise: apostrophes=False trains what versions before it read
        analyzer_options["apostrophes"] = True
    if options["links"]:  # and links=False
        analyzer_options["links"] = True
    if options["spelling"] and respells(options["stem"]):  # and spelling=False, or another language's text
        analyzer_options["spelling"] = True
    if options["invisibles"]:  # and invisibles=False
        analyzer_options["invisibles"] = True
    if options["cannot"]:  # every language's, as the split of "can't" is; and cannot=False
        analyzer_options["cannot"] = True
    if options["handles"] and options["links"]:  # every language's, but no handle is a token without links
        analyzer_options["handles"] = True
    if options["marks"]:  # every language's; and marks=False
        analyzer_options["marks"] = True
    if options["cjk"]:  # every language's, as Chinese and Japanese have no stem of their own; and cjk=False
        analyzer_options["cjk"] = True
    if options.get("lookalikes"):  # every language's, as apostrophes is; and lookalikes=False
        analyzer_options["lookalikes"] = True
    words = negation_word_list(options.get("negation_words"), options["stem"])
    # English only, as spelling, and not of another language's negation words ("że" is no "ze"); and names=False
    if options.get("names") and reads_names(options["stem"], words):
        analyzer_options["names"] = True
    # Only when asked, so that a model of the default reads as versions before the option: the
    # words themselves, so that a model reads as it was trained whatever a later list holds.
    if words is not None:
        analyzer_options["negation_words"] = list(words)
    # Before the work: a phrase no n-gram holds ignored nothing, without a word.
    unread = unread_phrases_advice(options.get("stance_ignores") or (), analyzer_options)
    if unread:
        warn(unread)
    stance_only = stance_only_features(options["negation"], cues)
    if options["min_df"] is None:
        options = {**options, "min_df": auto_min_df(len(texts))}
    percentile = options.get("length_floor")
    x, vocabulary, idf, norms = _checked_features(texts, analyzer_options, options, norms=percentile is not None)
    # Canonical form before the threads share x: scikit-learn's fit would otherwise sort
    # its indices in place (np.max on a non-canonical matrix does) while other fits read it.
    x.sum_duplicates()
    label_columns = label_column_mask(vocabulary, stance_only)
    if label_columns is not None and not label_columns.any():
        _refuse_only_stance_cues(vocabulary, options)
    floor = None
    if percentile is None:
        x_labels = x if label_columns is None else label_features(x, label_columns)
        x_folds = x_labels
    else:
        # The label heads read each raw vector divided by the greater of its length and the
        # floor (see ModelParameters); the folds take their own floor from their rows.
        x_folds = raw_label_rows(x, norms, label_columns)
        floor = length_floor_of(x_folds, percentile)
        x_labels = floored_rows(x_folds, floor)
    y = _indicator(label_sets, labels)
    with _fits_bar_shown(_expected_fits(len(texts), stances, len(labels), options)), _fitting_pool() as pool:
        _unconverged[:] = [[]]  # a list of its own: a fit left running by a stopped training writes to that one's
        # Longest fit first, so that the label fits fill the other cores meanwhile; but a
        # dual fit draws from liblinear's process-wide random generator, which every fit
        # reseeds as it starts, so it runs alone to keep training deterministic.
        stance_head = None if stances is None else _submit(
            None if _stance_dual(stances) else pool, _fit_stance_head,
            _stance_features(x, vocabulary, analyzer_options, options), label_sets, stances, labels, options)
        target_head = _submit_target_head(x_labels, y, options, pool)
        out_of_fold = _out_of_fold(x_folds, y, idf if label_columns is None else idf[label_columns], texts, options,
                                   pool)
        coef, intercept = target_head()
        fields: dict[str, Any] = {} if stance_head is None else result_of(stance_head)
        # Here too, so that its solver sees the same BLAS as the other fits.
        calibration = _calibrate_confidence(out_of_fold, notes)
        unconverged = sorted(set(_unconverged[0]))
    if unconverged:  # scikit-learn warns once per fit, from deep inside: this says what to change
        warn(f"max_iter={options['max_iter']}: the solver stopped at this limit before converging "
             f"({', '.join(unconverged)}), so the model may be poor; pass a larger max_iter "
             f"(the default is 1000)")
    if out_of_fold is None and options["threshold_folds"] >= 2:  # 0 and 1 turn the folds off on purpose
        different, secondary = _fold_texts(texts, options), bool(y.sum(axis=1).max() > 1)
        summary = getattr(_no_folds, "fits", None)
        if summary is None:
            folds = options["threshold_folds"]
            warn(lambda words: no_folds_message(different, folds, secondary=secondary, words=words))
        else:  # a fold model of cross-validation: its caller says it of every fold at once
            summary.append(NoFolds(different, options["threshold_folds"], secondary))
        if notes is not None:
            notes["too_few_texts_for_folds"] = different
    thresholds = _tune_thresholds(out_of_fold, y, labels, options, raised, notes)
    if label_columns is not None:
        coef = _on_all_columns(coef, label_columns)
    params = ModelParameters(
        vocabulary=vocabulary,
        idf=np.asarray(idf, dtype=np.float64),
        labels=tuple(labels),
        target_link=_target_link(options),
        target_coef=coef,
        target_intercept=intercept,
        thresholds=thresholds,
        none_label=options["none_label"],
        analyzer_options=analyzer_options,
        stance_only_features=stance_only,
        confidence_calibration=calibration,
        length_floor=floor,
        **fields,
    )
    return to_float32_precision(params)


def label_features(x, label_columns: np.ndarray):
    """The label heads' design: the label columns of ``x``, each row scaled to unit length
    again, which is the TF-IDF matrix the stance-only features would not have changed."""
    normalize = forksafe.imported("sklearn.preprocessing").normalize

    return normalize(x[:, np.flatnonzero(label_columns)], norm="l2", copy=False)


def raw_label_rows(x, norms: np.ndarray, label_columns: np.ndarray | None):
    """The label heads' part of the raw TF-IDF vectors (sublinear TF times idf, not scaled):
    the unit rows ``x`` times their lengths before scaling (``norms``), on the label columns."""
    sp = forksafe.imported("scipy.sparse")

    raw = sp.csr_matrix(sp.diags(np.asarray(norms, dtype=np.float64)) @ x)
    return raw if label_columns is None else raw[:, np.flatnonzero(label_columns)]


def row_lengths(x) -> np.ndarray:
    """The L2 length of every row of the sparse matrix ``x``."""
    return np.sqrt(np.asarray(x.multiply(x).sum(axis=1), dtype=np.float64).ravel())


def length_floor_of(raw, percentile: float) -> float | None:
    """The ``percentile``-th percentile of the lengths of the rows of ``raw`` (the label heads'
    raw vectors) that have any (a row with no feature has no vector to scale); None when none has.

    >>> from scipy import sparse
    >>> length_floor_of(sparse.csr_matrix([[3.0, 4.0], [0.0, 0.0], [0.0, 10.0], [0.0, 20.0]]), 50)
    10.0
    """
    lengths = row_lengths(raw)
    lengths = lengths[lengths > 0]
    return float(np.percentile(lengths, percentile)) if len(lengths) else None


def floored_rows(raw, floor: float | None):
    """The rows of ``raw`` each divided by the greater of its length and ``floor`` (None:
    by its length, to unit length); a row of zeros stays zeros.

    >>> from scipy import sparse
    >>> floored_rows(sparse.csr_matrix([[3.0, 4.0], [0.0, 0.0], [0.0, 20.0]]), 10.0).toarray().round(3).tolist()
    [[0.3, 0.4], [0.0, 0.0], [0.0, 1.0]]
    """
    sp = forksafe.imported("scipy.sparse")

    lengths = row_lengths(raw)
    divisors = lengths if floor is None else np.maximum(lengths, floor)
    scale = np.divide(1.0, divisors, out=np.zeros_like(lengths), where=lengths > 0)
    floored = sp.csr_matrix(sp.diags(scale) @ raw)
    # Canonical, as fit_parameters makes x: threads fitting on it must find nothing to sort.
    floored.sum_duplicates()
    return floored


def _on_all_columns(coef: np.ndarray, label_columns: np.ndarray) -> np.ndarray:
    full = np.zeros((len(label_columns), coef.shape[1]))
    full[label_columns] = coef
    return full


def to_float32_precision(params: ModelParameters) -> ModelParameters:
    """Round every learned array to the nearest float32 value (kept as float64).

    A linear model does not need 16 significant digits; 7 change no prediction that
    matters, and values that are exact in float32 are stored in half the space
    (:mod:`stance.persistence`) while loading back bit for bit.
    """
    for name, array in params.arrays().items():
        setattr(params, name, array.astype(np.float32).astype(np.float64))
    return params


def auto_min_df(n_rows: int) -> int:
    """The document-frequency cut-off used when ``min_df`` is None.

    Dropping the n-grams seen once costs accuracy on a corpus of tens of thousands of
    statements (on ours, at 20,087 statements, challenge top-1 0.920 to 0.914 and the wire
    probe's 0.928 to 0.908), and saves memory only at larger sizes.
    """
    return 1 if n_rows < 50_000 else 2 if n_rows < 200_000 else 3


def _checked_features(texts: Sequence[str], analyzer_options: dict[str, Any], options: dict[str, Any],
                      norms: bool = False):
    """:func:`_fit_features`, with an empty vocabulary reported as what the user can change."""
    from .exceptions import InvalidInputError

    try:
        fitted = _fit_features(texts, analyzer_options, options, norms)
    except ValueError as error:  # scikit-learn's words for it name options we do not have
        if not any(m in str(error) for m in ("empty vocabulary", "no terms remain", "max_df corresponds")):
            raise
        fitted = None
    if fitted is None or len(fitted[1]) == 0:
        if not any(make_analyzer(**analyzer_options)(text) for text in texts):
            raise InvalidInputError("no text has a word in it (only punctuation, digits or symbols?): "
                                    "nothing to learn from") from None
        raise InvalidInputError(
            f"no word n-gram occurs in min_df={options['min_df']} or more texts of {len(texts)}; "
            f"lower min_df") from None
    return fitted


def _refuse_only_stance_cues(vocabulary: list[str], options: dict[str, Any]) -> None:
    """Refuse a vocabulary of stance cues alone, which left the label heads no column (and
    scikit-learn's traceback said "Found array with 0 feature(s)"): ``max_features`` keeps
    the most frequent terms, and the opening word's cue is as frequent as the word itself."""
    from .exceptions import InvalidInputError, quoted

    shown = ", ".join(quoted(term) for term in vocabulary[:5]) + (", …" if len(vocabulary) > 5 else "")
    kept = (f"1 feature, {shown}, a stance cue that only the stance head reads" if len(vocabulary) == 1
            else f"{len(vocabulary)} features, {shown}, all stance cues that only the stance head reads")
    if options["max_features"] is not None:
        raise InvalidInputError(f"max_features={options['max_features']} kept {kept}: the label heads have no "
                                f"feature to learn from; raise max_features")
    raise InvalidInputError(f"min_df={options['min_df']} kept {kept}: the label heads have no feature to learn "
                            f"from; lower min_df")


def _fit_features(texts: Sequence[str], analyzer_options: dict[str, Any], options: dict[str, Any],
                  norms: bool = False):
    """TF-IDF matrix, vocabulary, idf and, with ``norms``, each row's length before it was
    scaled to unit length (else None), as ``TfidfVectorizer`` over our analyzer learns them.

    :func:`stance.tfidf.fit_tfidf` computes the vectorizer's exact result two to three
    times faster; the vectorizer itself serves analyzer options that function does not know.
    """
    fit_tfidf = forksafe.imported(".tfidf").fit_tfidf

    fitted = fit_tfidf(texts, analyzer_options, min_df=options["min_df"] or 1, max_features=options["max_features"],
                       norms=True)
    if fitted is not None:
        return fitted if norms else (*fitted[:3], None)
    # Unscaled, then scaled as the vectorizer scales (sklearn's normalize): the lengths are read
    # before. set_params(norm=None) after the fit reached no transform (its transformer keeps the
    # fit's norm), so the lengths were the unit rows' (a length_floor of 0.94 for the fast path's 30.8).
    vectorizer = _vectorizer(make_analyzer(**analyzer_options), options).set_params(norm=None)
    raw = vectorizer.fit_transform(texts)
    lengths = row_lengths(raw) if norms else None
    x = forksafe.imported("sklearn.preprocessing").normalize(raw, norm="l2", copy=False)
    vocabulary = [None] * len(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        vocabulary[column] = term
    return x, vocabulary, vectorizer.idf_, lengths


def _vectorizer(analyzer: Callable[[str], list[str]], options: dict[str, Any]):
    TfidfVectorizer = forksafe.imported("sklearn.feature_extraction.text").TfidfVectorizer

    return TfidfVectorizer(
        analyzer=analyzer, lowercase=False, sublinear_tf=True, min_df=options["min_df"] or 1,
        max_features=options["max_features"], dtype=np.float64,
    )


def _target_link(options: dict[str, Any]) -> str:
    return "softmax" if options["target_head"] == "softmax" else "sigmoid"


def _indicator(label_sets: Sequence[tuple[str, ...]], labels: Sequence[str]) -> np.ndarray:
    column = {label: j for j, label in enumerate(labels)}
    y = np.zeros((len(label_sets), len(labels)), dtype=np.int8)
    for i, row in enumerate(label_sets):
        for label in row:
            y[i, column[label]] = 1
    return y


def _primary(label_sets: Sequence[tuple[str, ...]], labels: Sequence[str]) -> np.ndarray:
    column = {label: j for j, label in enumerate(labels)}
    return np.array([column[row[0]] for row in label_sets], dtype=np.int64)


LIBLINEAR_MAX_ITER = 2**31 - 1  # a C int, liblinear's iteration limit


def _logistic(options: dict[str, Any], C: float, class_weight: Any, multinomial: bool = False,
              dual: bool = False):
    LogisticRegression = forksafe.imported("sklearn.linear_model").LogisticRegression

    solver = "lbfgs" if multinomial else "liblinear"
    max_iter = options["max_iter"]
    if solver == "liblinear":
        # liblinear takes its limit as a C int: a larger one died in it with a bare
        # OverflowError. Two billion iterations are none a fit reaches before converging,
        # so the limit is the user's in all but name; lbfgs takes any (a review of 2ab6965).
        max_iter = min(max_iter, LIBLINEAR_MAX_ITER)
    return LogisticRegression(
        C=C, solver=solver, class_weight=class_weight, max_iter=max_iter,
        random_state=options["random_state"], dual=dual and not multinomial,
    )


def _stance_dual(stances: Sequence[str | None]) -> bool:
    """Fit the (binary) stance head in liblinear's dual form? Only on large data, see DUAL_STANCE_ROWS."""
    on_topic = sum(s is not None for s in stances)
    return on_topic >= DUAL_STANCE_ROWS and len({s for s in stances if s is not None}) == 2


# One training of this process fits at a time (see _fitting_pool).
_FITTING = forksafe.Lock()
# Whether the fits of a training started in this context are counted on a progress bar
# (stance.train sets it, see fits_counted; a fold model of check or cross_validate, counted
# by folds, and StanceModel.fit do not), and the bar of the training under way.
_fits_shown: ContextVar[bool] = ContextVar("stance_fits_shown", default=False)
_fits_bar: ContextVar[Any] = ContextVar("stance_fits_bar", default=None)


@contextmanager
def fits_counted(shown: bool) -> Iterator[None]:
    """Count the fits of the trainings in the block on a progress bar on stderr, when ``shown``."""
    token = _fits_shown.set(shown)
    try:
        yield
    finally:
        _fits_shown.reset(token)


def _expected_fits(n_rows: int, stances: Sequence[str | None] | None, n_labels: int, options: dict[str, Any]) -> int:
    """The fits :func:`fit_parameters` will run, for its bar: the stance head, the target
    head (one softmax, or one per label) and the same again for each threshold fold. A label
    absent from a fold takes no fit there; the bar's total is made its count at the end."""
    per_head = 1 if options["target_head"] == "softmax" else n_labels
    folds = options["threshold_folds"]
    with_folds = folds >= 2 and n_rows >= FOLD_TEXTS * folds
    return (stances is not None) + per_head * (1 + (folds if with_folds else 0))


@contextmanager
def _fits_bar_shown(expected: int) -> Iterator[None]:
    """The bar of this training's fits, ``expected`` of them, while the block runs, when
    :func:`fits_counted` asked for one."""
    if not _fits_shown.get():
        yield
        return
    with forksafe.imported(".progress_bars").bar(expected, unit="fit", desc="training") as shown:
        token = _fits_bar.set(shown)
        try:
            yield
            shown.total = shown.n  # all done: a label absent from a fold took no fit
        finally:
            _fits_bar.reset(token)


@contextmanager
def _fitting_pool():
    """Threads for the independent logistic regressions, with single-threaded BLAS.

    liblinear releases the GIL, so the per-label fits run side by side on several cores.
    BLAS is held to one thread meanwhile: its threads only fight over the cores on these
    vector sizes (a loaded machine made liblinear up to 30x slower), and a fixed thread
    count makes the fitted parameters bit-for-bit the same on every machine.

    Trainings in threads of one process (a threaded grid search, a service) take turns
    here, since both settings are the process's: one training finishing gave BLAS its
    threads back while another still fitted, and liblinear's random generator, which a
    dual fit draws from, is reseeded by every fit that starts. Side by side, they gave
    weights that differed in the last bits (the stance head of 20,000 on-topic rows or
    more, fitted in dual form, by more) and could leave BLAS at one thread for good. Each
    training already keeps the cores busy, so taking turns costs little.
    """
    ThreadPoolExecutor = forksafe.imported("concurrent.futures.thread").ThreadPoolExecutor

    # Import what the fits need here, once: the same imports racing in several threads fail.
    forksafe.imported("sklearn.linear_model")
    forksafe.imported("sklearn.model_selection")

    try:
        threadpool_limits = forksafe.imported("threadpoolctl").threadpool_limits  # a scikit-learn dependency
    except ImportError:  # pragma: no cover
        threadpool_limits = None
    with _FITTING:
        _hide_sklearn_convergence_warnings()
        # Limited once the turn has come: threadpool_limits applies when it is made.
        limits = nullcontext() if threadpool_limits is None else threadpool_limits(limits=1, user_api="blas")
        with limits:
            pool = ThreadPoolExecutor(max_workers=_fitting_threads())
            pool.failed = []  # the fits that raised, in the order they did (see _stop_at_failure)
            failure = None
            try:
                yield pool
            except BaseException as error:
                _abandon(pool)
                if not (pool.failed and isinstance(error, Exception)):
                    raise  # an interrupt as it is
                # The training, waiting on a fit cancelled by a failed one (CancelledError) or
                # submitting after it (RuntimeError), is told the failure itself.
                failure = pool.failed[0].exception()
            if failure is not None:
                # Raised outside the except, not "from None", which would erase the cause the
                # fit's own error carries (scikit-learn raises from one), as the wait's error
                # would otherwise become its context.
                raise failure
            pool.shutdown(wait=True)


def _abandon(pool) -> None:
    """Cancel the fits of ``pool`` not yet begun and leave those running, for a training
    stopped by an error or an interrupt. Leaving the pool as a ``with`` does waited for every
    queued fit: a Ctrl-C or SIGTERM during a training of 150,000 rows stopped it a minute
    later, once they had all run for nothing. A running fit is in liblinear, which cannot be
    stopped; it ends on its own (seconds at most) and its result is dropped. The next
    training may begin meanwhile: those fits have already seeded liblinear's generator, and
    no cancelled one starts to reseed it."""
    pool.shutdown(wait=False, cancel_futures=True)


def _stop_at_failure(pool, finished: Future) -> None:
    """Abandon ``pool``'s queued fits (see :func:`_abandon`) once ``finished``, one of them, has
    raised, and note it for :func:`_fitting_pool` to raise: the error of one label's fit surfaced
    only when the training came to wait on that fit, after every fit queued meanwhile (the folds'
    after the target head's) had run for nothing."""
    if finished.cancelled() or finished.exception() is None:
        return
    pool.failed.append(finished)
    _abandon(pool)


# The fits that stopped at their iteration limit in the training under way (one at a
# time: _FITTING), which fit_parameters reports once as a StanceWarning naming max_iter: a
# list of its own each training, held in this one. A fit takes the list of the training that
# began it, since a fit an interrupted training left running (see _abandon) ended during the
# next one and was counted as its own.
_unconverged: list[list[str]] = [[]]
# Set in a thread while it runs one of stance's own fits (see _InStanceFit).
_in_fit = threading.local()
# scikit-learn's words for a fit stopped at max_iter, which stance's warning replaces:
# liblinear's, and lbfgs's status 1 (another status, a stalled line search, stays said;
# scikit-learn before 1.5 wrote no "after N iteration(s)").
_STOPPED_AT_MAX_ITER = r"Liblinear failed to converge|lbfgs failed to converge (after \d+ iteration\(s\) )?\(status=1\)"


class _InStanceFitMeta(type):
    def __subclasscheck__(cls, subclass: type) -> bool:
        return getattr(_in_fit, "active", False) or type.__subclasscheck__(cls, subclass)


class _InStanceFit(Warning, metaclass=_InStanceFitMeta):
    """A warnings filter's category that any warning matches while the thread raising it runs
    one of stance's fits (:func:`_fit`), and only then."""


def _hide_sklearn_convergence_warnings() -> None:
    """Ignore scikit-learn's ConvergenceWarnings from stance's own fits, ahead of the
    caller's filters: it warns once per fit (16 in a training), from deep inside, where
    stance warns once, naming max_iter and what to change (and a caller's "error" filter
    raises that one). Put first again at each training, as the caller's filters made since
    go before it. It stays in the process's list, as another thread's catch_warnings() can
    restore it after a removal; but it matches no warning raised outside stance's fits.
    """
    import warnings

    warnings.filterwarnings("ignore", message=_STOPPED_AT_MAX_ITER, category=_InStanceFit)


def _fit(model, what: str, *args: Any, **kwargs: Any):
    """``model.fit(*args, **kwargs)``, noting ``what`` (for example "the stance head") in
    :data:`_unconverged` when the solver stopped at ``max_iter``: liblinear's warning says
    exactly that, lbfgs's that too or, rarely, that a line search stalled near the optimum."""
    record = _unconverged[0]  # this training's, whenever the fit ends
    _in_fit.active = True
    try:
        model.fit(*args, **kwargs)
    finally:
        _in_fit.active = False
    if np.max(model.n_iter_) >= model.max_iter:
        record.append(what)
    return model


def _fitting_threads() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    # Each concurrent fit holds its own copy of the data inside liblinear: cap the copies.
    return max(1, min(cores, MAX_FITTING_THREADS))


def _submit_target_head(x, y: np.ndarray, options: dict[str, Any], pool) -> Callable[[], tuple[np.ndarray, np.ndarray]]:
    """Start the target head's fits on ``pool`` (None: fit now); return a function giving the result."""
    n_labels = y.shape[1]
    if options["target_head"] == "softmax":
        job = _submit(pool, _fit_softmax_head, x, y, options)
        return lambda: result_of(job)
    if hasattr(x, "sum_duplicates"):
        # Canonical form before the label fits share x (a fold's matrix, made by a product, has
        # its indices unsorted): each liblinear fit would sort them in place (np.max does), and
        # two fits doing so at once can garble the matrix for the fits that follow.
        x.sum_duplicates()
    jobs = {}
    intercept = np.zeros(n_labels)
    for j in range(n_labels):
        if y[:, j].min() == y[:, j].max():
            # Only possible inside a threshold fold: the label is absent (or everywhere).
            intercept[j] = 10.0 if y[0, j] else -10.0
            continue
        jobs[j] = _submit(pool, _fit_label, x, y[:, j], options)

    def result() -> tuple[np.ndarray, np.ndarray]:
        coef = np.zeros((x.shape[1], n_labels))
        for j, job in jobs.items():
            coef[:, j], intercept[j] = result_of(job)
        return coef, intercept

    return result


def _fit_label(x, y: np.ndarray, options: dict[str, Any]) -> tuple[np.ndarray, float]:
    model = _fit(_logistic(options, options["C"], options["class_weight"]), "the target head", x, y)
    return model.coef_[0], model.intercept_[0]


def _submit(pool, function: Callable[..., Any], *args: Any) -> Future:
    shown = _fits_bar.get()  # read here, in the thread training: the pool's threads have their own context
    if pool is not None:
        job = pool.submit(function, *args)
        job.add_done_callback(lambda finished: _stop_at_failure(pool, finished))
        if shown is not None:
            job.add_done_callback(lambda finished: None if finished.cancelled() else shown.update())
        return job
    done: Future = Future()
    done.set_result(function(*args))
    if shown is not None:
        shown.update()
    return done


def _fit_softmax_head(x, y: np.ndarray, options: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    # A statement with k labels is shown once per label with weight 1/k, so the softmax
    # learns to share probability between a multi-target statement's labels.
    rows, columns = np.nonzero(y)
    present = np.unique(columns)
    if len(present) == y.shape[1]:
        return _fit_softmax(x[rows], columns, 1.0 / y.sum(axis=1)[rows], options)
    # Only possible inside a threshold fold, which can hold out every row of a label: the
    # label gets no weights and a bias 10 below the others' (the ovr head gives it -10),
    # where scikit-learn's weights for the labels present had too few columns.
    coef, intercept = np.zeros((x.shape[1], y.shape[1])), np.zeros(y.shape[1])
    if len(present) > 1:
        fitted = _fit_softmax(x[rows], np.searchsorted(present, columns), 1.0 / y.sum(axis=1)[rows], options)
        coef[:, present], intercept[present] = fitted
    absent = np.setdiff1d(np.arange(y.shape[1]), present)
    intercept[absent] = intercept[present].min() - 10.0
    return coef, intercept


def _fit_softmax(x, classes: np.ndarray, weights: np.ndarray, options: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases of a softmax over ``classes`` (0, 1, ...: each row's label), one
    column and one bias per class."""
    model = _logistic(options, options["C"], options["class_weight"], multinomial=True)
    _fit(model, "the target head", x, classes, sample_weight=weights)
    if model.coef_.shape[0] == 1:  # two labels: scikit-learn keeps one log-odds row
        half = model.coef_[0] / 2.0
        return np.stack([-half, half], axis=1), np.array([-1.0, 1.0]) * model.intercept_[0] / 2.0
    return np.ascontiguousarray(model.coef_.T), model.intercept_.copy()


class OutOfFold(NamedTuple):
    """Out-of-fold label probabilities of a sample of the rows, those rows' targets, and the
    number of each row's text (None: no text repeated, each row its own)."""

    probabilities: np.ndarray
    targets: np.ndarray
    text_of: np.ndarray | None = None


def _out_of_fold(x, y: np.ndarray, idf: np.ndarray, texts: Sequence[str], options: dict[str, Any],
                 pool=None) -> OutOfFold | None:
    """Out-of-fold label probabilities of a sample of the rows, those rows' targets and, when
    texts repeat, each row's text (see :class:`OutOfFold`).

    ``x`` is the TF-IDF matrix of all the rows (``texts``) and ``idf`` its columns'
    weights; each fold sees its rows as a vectoriser fitted on its training rows alone
    would (see :func:`_fold_features`). Rows holding one text share a fold (see
    :func:`_folds`). None when the data are too few for ``threshold_folds`` folds of
    :data:`FOLD_TEXTS` different texts each (or folds are off).
    """
    n_rows = x.shape[0]
    folds = options["threshold_folds"]
    if folds < 2 or n_rows < FOLD_TEXTS * folds:
        return None
    sample, copies = _fold_sample(texts, options)
    if copies is not None and len(copies) < FOLD_TEXTS * folds:  # copies add rows, not texts to learn from
        return None
    x_sample, y_sample = x[sample], y[sample]
    probabilities = np.zeros(y_sample.shape)
    pending = []
    for train_rows, test_rows in _folds(len(sample), folds, options["random_state"], copies):
        x_train, x_test = _fold_features(x_sample, train_rows, test_rows, idf, options["min_df"] or 1,
                                         options.get("length_floor"))
        pending.append((test_rows, x_test, _submit_target_head(x_train, y_sample[train_rows], options, pool)))
    from .inference import sigmoid, softmax

    for test_rows, x_test, fitted in pending:
        coef, intercept = fitted()
        z = x_test @ coef + intercept
        probabilities[test_rows] = sigmoid(z) if _target_link(options) == "sigmoid" else softmax(z)
    return OutOfFold(probabilities, y_sample, None if copies is None else _text_numbers(copies, len(sample)))


def _fold_sample(texts: Sequence[str], options: dict[str, Any]) -> tuple[np.ndarray, list[list[int]] | None]:
    """The rows the threshold folds draw from (at most :data:`THRESHOLD_SAMPLE`, at random),
    and the rows of the sample holding each text (None: no text repeated)."""
    rng = np.random.RandomState(options["random_state"])
    sample = np.sort(rng.permutation(len(texts))[:THRESHOLD_SAMPLE])
    return sample, _rows_of_each_text([texts[i] for i in sample], range(len(sample)))


def _fold_texts(texts: Sequence[str], options: dict[str, Any]) -> int:
    """How many different texts the threshold folds draw from (see :func:`_fold_sample`).

    >>> _fold_texts(["a", "b", "a ", "c"], {"random_state": 0}), _fold_texts(["a", "b"], {"random_state": 0})
    (3, 2)
    """
    sample, copies = _fold_sample(texts, options)
    return len(sample) if copies is None else len(copies)


def _folds_option(folds: int, words: Words, more: str = "") -> str:
    """``threshold_folds=N`` (and ``more``, "or fewer") as ``words`` pass it: Python's with the
    command line's beside it, the command line's alone, as typed there.

    >>> _folds_option(2, PYTHON, " or fewer")
    'threshold_folds=2 or fewer (on the command line --option threshold_folds=2)'
    >>> _folds_option(2, COMMAND_LINE, " or fewer")
    '--option threshold_folds=2 or fewer'
    """
    given = f"{words.option('threshold_folds', folds)}{more}"
    typed = COMMAND_LINE.option("threshold_folds", folds)
    return given if words.command_line else f"{given} (on the command line {typed})"


def no_folds_message(different: int, folds: int, secondary: bool = True, words: Words = PYTHON) -> str:
    """The warning of a training that ran no threshold folds: its ``different`` texts were too
    few for ``folds`` folds of :data:`FOLD_TEXTS`; ``secondary``: its rows have secondary labels
    (without, no threshold is ever used, and only the confidence is left as it is). In ``words``:
    the command line's names ``--option threshold_folds``, which its user typed.

    >>> print(no_folds_message(60, 7))
    threshold_folds=7: no threshold folds ran, as the training data's 60 different texts are fewer than 10 a
    fold (70 for 7 folds), so every secondary-label threshold is 0.5, not tuned, and confidence is the primary
    label's probability, not calibrated; pass threshold_folds=6 or fewer (on the command line --option
    threshold_folds=6), or train on 70 different texts or more
    >>> print(no_folds_message(12, 3, secondary=False))
    threshold_folds=3: no threshold folds ran, as the training data's 12 different texts are fewer than 10 a
    fold (30 for 3 folds), so confidence is the primary label's probability, not calibrated; train on 20
    different texts or more, or pass threshold_folds=0 (on the command line --option threshold_folds=0) to
    train without folds and without this warning
    >>> print(no_folds_message(60, 7, words=COMMAND_LINE))  # doctest: +ELLIPSIS
    --option threshold_folds=7: no threshold folds ran, ...; pass --option threshold_folds=6 or fewer, or train on ...
    """
    fewer = different // FOLD_TEXTS
    consequence = ("every secondary-label threshold is 0.5, not tuned, and " if secondary else "") + (
        "confidence is the primary label's probability, not calibrated")
    remedy = (f"pass {_folds_option(fewer, words, ' or fewer')}, "
              f"or train on {FOLD_TEXTS * folds} different texts or more" if fewer >= 2 else
              f"train on {2 * FOLD_TEXTS} different texts or more, or pass {_folds_option(0, words)} "
              f"to train without folds and without this warning")
    return (f"{words.option('threshold_folds', folds)}: no threshold folds ran, as the training data's {different} "
            f"different texts "
            f"are fewer than {FOLD_TEXTS} a fold ({FOLD_TEXTS * folds} for {folds} folds), so {consequence}; {remedy}")


class NoFolds(NamedTuple):
    """A fit that ran no threshold folds: its ``different`` texts, too few for ``folds`` folds;
    ``secondary``: its rows have secondary labels."""

    different: int
    folds: int
    secondary: bool


# The fits of this thread's open no_folds_summarised block that ran no threshold folds.
_no_folds = threading.local()


@contextmanager
def no_folds_summarised(fits: int, what: str) -> Iterator[None]:
    """Warn once, when the block ends, of the ``fits`` fits inside it (``what``: the
    cross-validation folds, say) that ran no threshold folds, with the range of their counts
    of different texts (see :func:`no_folds_summary`), instead of once a fit.

    Each fold of a cross-validation trains on other rows, so on small data two or three
    folds warned, each with its own count, which :func:`stance.exceptions.warnings_once`
    merges only when the counts are the same: "27 different texts" and "28 different texts",
    two warnings of one cause. Nothing is said when the block fails: the count would be of
    fits that did not all run.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     with no_folds_summarised(5, "cross-validation folds"):
    ...         for different in (28, 27):
    ...             _no_folds.fits.append(NoFolds(different, 3, secondary=False))
    >>> len(caught), str(caught[0].message).split(", fewer")[0]  # doctest: +NORMALIZE_WHITESPACE
    (1, 'threshold_folds=3: no threshold folds ran in 2 of the 5 cross-validation folds, as their training rows held
    27 to 28 different texts')
    """
    if getattr(_no_folds, "fits", None) is not None:  # an outer block says it
        yield
        return
    recorded: list[NoFolds] = []
    _no_folds.fits = recorded
    try:
        yield
    finally:
        _no_folds.fits = None
    if recorded:
        warn(lambda words: no_folds_summary(recorded, fits, what, words))


def no_folds_summary(recorded: Sequence[NoFolds], fits: int, what: str, words: Words = PYTHON) -> str:
    """The one warning of the ``recorded`` fits of ``fits`` (``what``) that ran no threshold
    folds: :func:`no_folds_message`, said of them all, with the range of their counts; its
    remedy is the ``threshold_folds`` that would run in every one of them. In ``words``, as there.

    >>> print(no_folds_summary([NoFolds(27, 3, False), NoFolds(29, 3, False), NoFolds(28, 3, False)], 5,
    ...                        "cross-validation folds"))
    threshold_folds=3: no threshold folds ran in 3 of the 5 cross-validation folds, as their training rows held
    27 to 29 different texts, fewer than 10 a fold (30 for 3 folds), so in their models confidence is the
    primary label's probability, not calibrated; pass threshold_folds=2 or fewer (on the command line --option
    threshold_folds=2), or give each fold's training data 30 different texts or more
    >>> print(no_folds_summary([NoFolds(12, 3, True), NoFolds(12, 3, False)], 2, "cross-validation folds"))
    threshold_folds=3: no threshold folds ran in both cross-validation folds, as their training rows held 12
    different texts each, fewer than 10 a fold (30 for 3 folds), so in their models every
    secondary-label threshold is 0.5, not tuned, and confidence is the primary label's probability, not
    calibrated; give each fold's training data 20 different texts or more, or pass threshold_folds=0 (on the
    command line --option threshold_folds=0) to train without folds and without this warning
    """
    counts = sorted(fit.different for fit in recorded)
    folds = recorded[0].folds  # the options' own: every fit has the same
    held = (f"{counts[0]} different texts{' each' if len(counts) > 1 else ''}" if counts[0] == counts[-1] else
            f"{counts[0]} to {counts[-1]} different texts")
    which = f"{len(counts)} of the {fits}" if len(counts) < fits else "both" if fits == 2 else f"all {fits}"
    their = "their" if len(counts) > 1 else "its"
    consequence = ("every secondary-label threshold is 0.5, not tuned, and " if any(fit.secondary for fit in recorded)
                   else "") + "confidence is the primary label's probability, not calibrated"
    fewer = counts[0] // FOLD_TEXTS  # the folds that would run in every one of them
    # "training data", not "training rows": the command line read "rows 30" as row 30, and named its line.
    enough = f"give each fold's training data {FOLD_TEXTS * (folds if fewer >= 2 else 2)} different texts or more"
    remedy = (f"pass {_folds_option(fewer, words, ' or fewer')}, or {enough}" if fewer >= 2 else
              f"{enough}, or pass {_folds_option(0, words)} to train without folds and without this warning")
    return (f"{words.option('threshold_folds', folds)}: no threshold folds ran in {which} {what}, as {their} "
            f"training rows held "
            f"{held}, fewer than {FOLD_TEXTS} a fold ({FOLD_TEXTS * folds} for {folds} folds), so in {their} "
            f"model{'s' if len(counts) > 1 else ''} {consequence}; {remedy}")


def _text_numbers(copies: Sequence[Sequence[int]], n_rows: int) -> np.ndarray:
    """The number of each row's text, from the rows of each text.

    >>> _text_numbers([[0, 2], [1]], 3).tolist()
    [0, 1, 0]
    """
    text_of = np.empty(n_rows, dtype=np.int64)
    for text, rows in enumerate(copies):
        text_of[list(rows)] = text
    return text_of


def _fold_features(x, train_rows: np.ndarray, test_rows: np.ndarray, idf: np.ndarray, min_df: int,
                   length_floor: float | None = None):
    """A fold's training and test rows as a vectoriser fitted on the training rows alone
    would give them: the IDF of their document frequencies, the n-grams they never saw
    (or saw fewer than ``min_df`` times) dropped, each row scaled to unit length again.
    (With ``max_features`` the fold keeps the whole data's n-grams, where its own
    vectoriser would have chosen its own.)

    Read straight from the whole data's matrix, a test row keeps the weight of n-grams
    its fold never saw; they take a share of its length but no coefficient, so its
    probabilities came out milder than the final model's on new text (on 1,000 corpus
    rows the mean primary probability out of fold was 0.38, against 0.50 from a pipeline
    refitted per fold), and the confidence fitted on them ran high.

    With a ``length_floor`` (a percentile) ``x`` holds the raw rows (see
    :func:`raw_label_rows`), and each row is divided by the greater of its length and the
    fold's own floor, that percentile of the fold's training rows' lengths, as the final
    model's are by the floor of all the rows.
    """
    sp = forksafe.imported("scipy.sparse")
    normalize = forksafe.imported("sklearn.preprocessing").normalize

    x_train = x[train_rows]
    document_frequency = np.bincount(x_train.indices, minlength=x.shape[1])
    seen = document_frequency >= min_df
    fold_idf = np.log((1.0 + len(train_rows)) / (1.0 + document_frequency)) + 1.0
    # x is unit-length sublinear TF times idf: reweighting its columns and scaling the rows
    # again gives sublinear TF times the fold's idf.
    reweight = sp.diags(np.where(seen, fold_idf / idf, 0.0))
    if length_floor is None:
        return normalize(x_train @ reweight), normalize(x[test_rows] @ reweight)
    x_train, x_test = sp.csr_matrix(x_train @ reweight), sp.csr_matrix(x[test_rows] @ reweight)
    floor = length_floor_of(x_train, length_floor)
    return floored_rows(x_train, floor), floored_rows(x_test, floor)


def _tune_thresholds(out_of_fold: OutOfFold | None, y: np.ndarray, labels: Sequence[str],
                     options: dict[str, Any], raised: dict[str, float] | None = None,
                     notes: dict[str, Any] | None = None) -> np.ndarray:
    """Per-label probability thresholds for secondary labels, from out-of-fold predictions.

    Each threshold maximises the F1 of that label's membership in the predicted set, the
    middle of the grid values that tie at the best (see :func:`_middle_of_best`); for a label
    fewer than MIN_TUNING_POSITIVES texts of the folds carry, it is at least the share of the
    rows that carry it (each label so raised goes into ``raised``, with the threshold tuning
    gave it). The labels whose best F1 held over a run of grid values spanning FLAT_SPAN or
    more go into ``notes`` as ``thresholds_flat``, each with the run's ends. With too little
    data for folds, 0.5 is used. Data with one label per row get NO_SECONDARY_LABELS: a
    single-label scheme predicts one label.
    """
    if y.sum(axis=1).max() <= 1:
        return np.full(len(labels), NO_SECONDARY_LABELS)
    thresholds = np.full(len(labels), 0.5)
    if out_of_fold is None:
        return thresholds
    probabilities, y_sample = out_of_fold.probabilities, out_of_fold.targets
    primary = probabilities.argmax(axis=1)
    none_index = labels.index(options["none_label"]) if options["none_label"] in labels else -1
    flat: dict[str, list[float]] = {}
    for j in range(len(labels)):
        if j == none_index:
            continue
        f1 = np.array([_f1(y_sample[:, j] == 1,
                           (primary == j) | ((probabilities[:, j] >= threshold) & (primary != none_index)))
                       for threshold in THRESHOLD_GRID])
        middle, low, high = _middle_of_best(f1)
        best = float(THRESHOLD_GRID[middle])
        # A label the folds never found (F1 0 at every value) has no curve to be flat: not told as one.
        if THRESHOLD_GRID[high] - THRESHOLD_GRID[low] >= FLAT_SPAN - 1e-9 and f1[middle] > 0:
            flat[labels[j]] = [float(THRESHOLD_GRID[low]), float(THRESHOLD_GRID[high])]
        share = float(y_sample[:, j].mean())
        if _answers(y_sample[:, j] == 1, out_of_fold.text_of) < MIN_TUNING_POSITIVES and best < share:
            if raised is not None:
                raised[labels[j]] = best
            best = share
        thresholds[j] = best
    if flat and notes is not None:
        notes["thresholds_flat"] = flat
    return thresholds


def _middle_of_best(f1: np.ndarray) -> tuple[int, int, int]:
    """The grid position of the threshold of the ``f1`` curve (one value a grid value), and
    the ends of the run it is the middle of: the longest run of consecutive positions at the
    best F1 (the higher of two as long), its middle, the higher of two middle positions.

    >>> _middle_of_best(np.array([0.5, 0.9, 0.9, 0.9, 0.7])), _middle_of_best(np.array([0.9, 0.9, 0.2, 0.9]))
    ((2, 1, 3), (1, 0, 1))
    >>> _middle_of_best(np.array([0.4, 0.8, 0.8, 0.8, 0.8, 0.1]))
    (3, 1, 4)
    """
    at_best = np.flatnonzero(f1 >= f1.max() - 1e-12)
    runs = np.split(at_best, np.flatnonzero(np.diff(at_best) > 1) + 1)
    run = max(reversed(runs), key=len)  # the first of the longest, counted from the top
    return int(run[len(run) // 2]), int(run[0]), int(run[-1])


def _calibrate_confidence(out_of_fold: OutOfFold | None, notes: dict[str, Any] | None = None) -> np.ndarray | None:
    """``[slope, intercept]`` mapping the log-odds of the primary label's probability to the
    log-odds that it is right (Platt scaling on out-of-fold predictions).

    One label's own probability is not the chance that it is the right answer: on the
    corpus's out-of-fold predictions, primary labels given 0.3 to 0.4 were right about two
    times in three. One map serves every label: a map per label fitted the corpus's
    out-of-fold answers better but the challenge set and probes worse.

    None (confidence stays the raw probability) without folds, with fewer than
    CALIBRATION_MIN_EACH texts answered right or wrong (a text given in several rows counts
    once: its copies share a fold and one answer), or when the map would reverse the order
    (the surer, the likelier wrong): then ``notes``, when given, records its slope as
    ``calibration_slope``. The map itself is fitted on the rows, each copy one.

    The folds learn from at most THRESHOLD_SAMPLE rows; on data much larger than that the
    final model is surer than they were, and the confidence can run a little high.
    """
    if out_of_fold is None:
        return None
    probabilities, y_sample = out_of_fold.probabilities, out_of_fold.targets
    rows = np.arange(len(probabilities))
    primary = probabilities.argmax(axis=1)
    right = y_sample[rows, primary] == 1
    from .inference import log_odds

    z = np.array([log_odds(float(p)) for p in probabilities[rows, primary]])
    z = np.clip(z, -LOG_ODDS_LIMIT, LOG_ODDS_LIMIT)  # a saturated probability is +-inf
    fitted = _platt(z, right, out_of_fold.text_of, notes)
    return None if fitted is None else np.array(fitted)


def _platt(z: np.ndarray, right: np.ndarray, text_of: np.ndarray | None = None,
           notes: dict[str, Any] | None = None) -> tuple[float, float] | None:
    """``(slope, intercept)`` of a logistic regression of ``right`` on ``z``; None with too
    few answers of either kind to fit one (``text_of``, each row's text number, counts a
    text's rows once), or with a slope that is not positive, which ``notes`` records as
    ``calibration_slope``: stance info said "too few answers" of 1,750 right and 250 wrong."""
    if min(_answers(right, text_of), _answers(~right, text_of)) < CALIBRATION_MIN_EACH:
        return None
    LogisticRegression = forksafe.imported("sklearn.linear_model").LogisticRegression

    # Not through _fit: its iteration limit is ours, not the user's max_iter.
    fitted = LogisticRegression(C=1.0, solver="lbfgs", max_iter=1000).fit(z[:, None], right)
    slope, intercept = float(fitted.coef_[0, 0]), float(fitted.intercept_[0])
    if slope > 0:
        return slope, intercept
    if notes is not None:
        notes["calibration_slope"] = slope
    return None


def _answers(chosen: np.ndarray, text_of: np.ndarray | None) -> int:
    """How many different texts the ``chosen`` rows hold (rows, when ``text_of`` is None).

    >>> _answers(np.array([True, True, False]), np.array([4, 4, 5])), _answers(np.array([True, True]), None)
    (1, 2)
    """
    return int(chosen.sum()) if text_of is None else len(np.unique(text_of[chosen]))


def _folds(n_rows: int, folds: int, random_state: int, copies: Sequence[Sequence[int]] | None = None):
    """``(train rows, test rows)`` of each threshold fold, drawn at random over the rows, or,
    when ``copies`` gives the rows of each text (see :func:`stance.row_order.shuffled_folds`),
    over the texts, each text's rows in one fold: split between training and test, a copy
    got the probability of a model that learnt it, and the thresholds and the confidence
    were tuned on answers surer than the model's on new text. Without ``copies`` (no text
    repeated) the folds are those of drawing each row alone, as they always were.

    >>> [test.tolist() for _, test in _folds(4, 2, 0)]
    [[2, 3], [0, 1]]
    >>> [test.tolist() for _, test in _folds(5, 2, 0, [[0, 4], [1], [2], [3]])]  # row 4 holds row 0's text
    [[2, 3], [0, 1, 4]]
    """
    KFold = forksafe.imported("sklearn.model_selection").KFold

    drawn = KFold(n_splits=folds, shuffle=True, random_state=random_state)
    if copies is None:
        return drawn.split(np.arange(n_rows))
    text_of = _text_numbers(copies, n_rows)
    held = [np.isin(text_of, test) for _, test in drawn.split(np.arange(len(copies)))]
    return [(np.flatnonzero(~out), np.flatnonzero(out)) for out in held]


def _f1(truth: np.ndarray, chosen: np.ndarray) -> float:
    true_positive = np.sum(truth & chosen)
    denominator = truth.sum() + chosen.sum()
    return 2.0 * true_positive / denominator if denominator else 0.0


def stance_design(x, primary: np.ndarray, n_labels: int, per_label: bool = True):
    """The stance head's features: ``[x | x in its primary label's block | label one-hot]``.

    Without ``per_label`` the blocks are empty (all-zero columns get zero weight).

    Each part's entries are written straight to their places in the rows, giving entry for
    entry the matrix ``scipy.sparse.hstack`` of the three parts gave: on the 142,973 on-topic
    rows of 200,000 synthetic statements, each in a fresh process, the stack took 0.28-1.01 s
    of CPU (median 0.45 s of five), this 0.20-0.81 s (median 0.21 s), at about the same peak
    memory (334 MB more than before it, this 329 MB).

    >>> from scipy import sparse
    >>> stance_design(sparse.csr_matrix([[0.6, 0.0], [0.0, 0.8]]), np.array([1, 0]), 2).toarray().tolist()
    [[0.6, 0.0, 0.0, 0.0, 0.6, 0.0, 0.0, 1.0], [0.0, 0.8, 0.0, 0.8, 0.0, 0.0, 1.0, 0.0]]
    """
    sp = forksafe.imported("scipy.sparse")

    x = sp.csr_matrix(x)
    n_rows, n_features = x.shape
    counts = np.diff(x.indptr)
    copies = 2 if per_label else 1  # each row's entries once shared and once in its block, then its one-hot
    indptr = copies * x.indptr.astype(np.int64) + np.arange(n_rows + 1)
    n_columns = n_features * (1 + n_labels) + n_labels
    index_type = np.int32 if max(int(indptr[-1]), n_columns) < 2**31 else np.int64
    data = np.empty(indptr[-1], dtype=np.result_type(x.dtype, np.float64))
    indices = np.empty(indptr[-1], dtype=index_type)
    row_of_entry = np.repeat(np.arange(n_rows), counts)
    # Entry j of row i goes to the row's start in the design, indptr[i], plus its place in the row.
    shared = np.arange(x.nnz) + (copies - 1) * x.indptr[row_of_entry] + row_of_entry
    data[shared], indices[shared] = x.data, x.indices
    if per_label:
        blocked = shared + counts[row_of_entry]
        data[blocked] = x.data
        indices[blocked] = x.indices + n_features * (1 + primary[row_of_entry])
    data[indptr[1:] - 1] = 1.0
    indices[indptr[1:] - 1] = n_features * (1 + n_labels) + primary
    return sp.csr_matrix((data, indices, indptr.astype(index_type)), shape=(n_rows, n_columns))


def _used_columns(design):
    """The columns of ``design`` (CSR, indices sorted) that hold an entry, and ``design`` with
    only those: the stance head is fitted on them, and every other column's weight is 0.

    The design has a block of every feature per label, most of it empty (a statement fills
    its primary label's block alone); lbfgs keeps twenty vectors of all its columns, so its
    memory grew with features × labels: 10.2 GB to train 100 topic labels with three stance
    values on 20,000 statements. An empty column's weight is 0: nothing in the data pulls it
    from the 0 lbfgs starts at, and the penalty holds it there.

    >>> from scipy import sparse
    >>> used, compact = _used_columns(sparse.csr_matrix([[0.0, 0.6, 0.0, 1.0], [0.0, 0.8, 0.0, 0.0]]))
    >>> used.tolist(), compact.toarray().tolist()
    ([1, 3], [[0.6, 1.0], [0.8, 0.0]])
    """
    sp = forksafe.imported("scipy.sparse")

    used = np.flatnonzero(np.bincount(design.indices, minlength=design.shape[1]))
    position = np.zeros(design.shape[1], dtype=design.indices.dtype)
    position[used] = np.arange(len(used), dtype=design.indices.dtype)
    # An increasing map, so each row's indices stay sorted, as scikit-learn's solvers take them.
    compact = sp.csr_matrix((design.data, position[design.indices], design.indptr), shape=(design.shape[0], len(used)))
    return used, compact


def _stance_features(x, vocabulary: Sequence[str], analyzer_options: dict[str, Any], options: dict[str, Any]):
    """The TF-IDF rows ``x`` as the stance head learns from them: with ``stance_ignores``, the
    features holding its words zeroed, so that the head's weights of them are exactly 0 (no
    data pulls them from the 0 every solver starts at and the regularisation holds them to)
    and prediction, which multiplies every feature by its weight, needs to know nothing of
    them. The rows are not scaled again: what the model predicts from is ``x``'s rows."""
    words = options.get("stance_ignores")
    if not words:
        return x
    ignored = ignored_columns(vocabulary, words, analyzer_options)
    if not ignored.any():
        return x
    kept = x.copy()
    kept.data[ignored[kept.indices]] = 0.0
    kept.eliminate_zeros()
    return kept


def _fit_stance_head(x, label_sets, stances, labels, options) -> dict[str, Any]:
    primary = _primary(label_sets, labels)
    rows = np.array([i for i, s in enumerate(stances) if s is not None], dtype=np.int64)
    classes = sorted({stances[i] for i in rows})
    design = stance_design(x[rows], primary[rows], len(labels), per_label=options["stance_per_label"])
    target = np.array([stances[i] for i in rows], dtype=object)
    multinomial = len(classes) > 2
    model = _logistic(options, options["stance_C"], options["stance_class_weight"],
                      multinomial=multinomial, dual=_stance_dual(stances))
    # lbfgs only: liblinear holds a few vectors of the columns, not lbfgs' twenty, and it stops
    # elsewhere without the empty ones (weights 6e-4 apart on 8,000 statements of 40 labels).
    # liblinear's weights are taken as they come: an index of every column and a second array
    # of weights put back in place cost the default scheme 8 bytes a column each, for nothing.
    if multinomial:
        used, compact = _used_columns(design)
        _fit(model, "the stance head", compact, target)
        weights = np.zeros((design.shape[1], model.coef_.shape[0]))  # (columns, k)
        weights[used] = model.coef_.T
    else:
        _fit(model, "the stance head", design, target)
        weights = np.ascontiguousarray(model.coef_.T)  # (columns, 1)
    if list(model.classes_) != classes:
        raise AssertionError("scikit-learn reordered the stance classes")
    n_features, n_labels = x.shape[1], len(labels)
    k = weights.shape[1]
    return {
        "stance_classes": tuple(classes),
        "stance_shared": weights[:n_features].copy(),
        "stance_by_label": weights[n_features : n_features * (1 + n_labels)]
        .reshape(n_labels, n_features, k).copy(),
        "stance_label_bias": weights[n_features * (1 + n_labels) :].copy(),
        "stance_intercept": np.asarray(model.intercept_, dtype=np.float64).copy(),
    }


class SklearnReference:
    """The same model rebuilt as scikit-learn objects: the reference the fast path must match.

    Used by the tests and benchmarks; inference never needs it.
    """

    def __init__(self, params: ModelParameters) -> None:
        TfidfVectorizer = forksafe.imported("sklearn.feature_extraction.text").TfidfVectorizer

        self.params = params
        analyzer = make_analyzer(**params.analyzer_options)
        self.vectorizer = TfidfVectorizer(
            analyzer=analyzer, lowercase=False, vocabulary=params.vocabulary_index, sublinear_tf=True,
            dtype=np.float64,
        )
        self.vectorizer.fit([""])
        self.vectorizer.idf_ = params.idf
        # Not scaled: what a length_floor divides by the greater of its length and the floor.
        self.raw_vectorizer = TfidfVectorizer(
            analyzer=analyzer, lowercase=False, vocabulary=params.vocabulary_index, sublinear_tf=True,
            dtype=np.float64, norm=None,
        )
        self.raw_vectorizer.fit([""])
        self.raw_vectorizer.idf_ = params.idf

    def transform(self, texts: Sequence[str]):
        return self.vectorizer.transform(texts)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        LogisticRegression = forksafe.imported("sklearn.linear_model").LogisticRegression

        x = self.transform(texts)
        p = self.params
        coef = p.target_coef
        if p.length_floor is not None:  # the raw vectors' label part, divided by max(its length, the floor)
            raw = self.raw_vectorizer.transform(texts)
            if p.label_columns is not None:
                raw, coef = raw[:, np.flatnonzero(p.label_columns)], coef[p.label_columns]
            x = floored_rows(raw, p.length_floor)
        elif p.label_columns is not None:
            x, coef = label_features(x, p.label_columns), coef[p.label_columns]
        if p.target_link == "softmax":
            model = LogisticRegression()
            model.classes_ = np.arange(len(p.labels))
            model.coef_ = coef.T.copy()
            model.intercept_ = p.target_intercept.copy()
            return model.predict_proba(x)
        columns = []
        for j in range(len(p.labels)):
            model = LogisticRegression()
            model.classes_ = np.array([0, 1])
            model.coef_ = coef[:, j][None, :].copy()
            model.intercept_ = p.target_intercept[j : j + 1].copy()
            columns.append(model.predict_proba(x)[:, 1])
        return np.stack(columns, axis=1)

    def predict_stance_proba(self, texts: Sequence[str], primary: np.ndarray) -> np.ndarray:
        LogisticRegression = forksafe.imported("sklearn.linear_model").LogisticRegression

        p = self.params
        design = stance_design(self.transform(texts), np.asarray(primary), len(p.labels))
        weights = np.concatenate([
            p.stance_shared, p.stance_by_label.reshape(-1, p.stance_shared.shape[1]),
            p.stance_label_bias,
        ])
        model = LogisticRegression()
        model.classes_ = np.array(p.stance_classes, dtype=object)
        model.coef_ = np.ascontiguousarray(weights.T)
        model.intercept_ = p.stance_intercept.copy()
        return model.predict_proba(design)

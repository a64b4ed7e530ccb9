"""A description of a model for people: what ``stance info`` prints."""

from __future__ import annotations

import platform
from collections.abc import Iterable, Sequence
from typing import Any

from . import _forksafe as forksafe
from .exceptions import is_int

# The libraries whose versions can change what a model computes or how it loads.
PINNED = ("numpy", "scipy", "scikit-learn", "pandas", "nltk", "joblib")


def installed(name: str) -> str | None:
    """The installed version of the distribution ``name`` (None: not installed), read from
    its metadata: importing scikit-learn for its ``__version__`` took seconds.

    >>> import numpy
    >>> installed("numpy") == numpy.__version__, installed("no-such-distribution")
    (True, None)
    """
    metadata = forksafe.imported("importlib.metadata")

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def secondary_thresholds(params: Any) -> dict[str, float | None]:
    """Each label's threshold: the probability at which it joins the primary label as a
    secondary one (tuned by cross-validation at training; 0.5 without it). None for a label
    that never joins: the off-topic label, and every label of a model trained on one label a
    statement (whose thresholds are above any probability).

    >>> from types import SimpleNamespace
    >>> params = SimpleNamespace(labels=("gas", "none", "wind"), none_label="none", thresholds=[0.225, 0.5, 2.0])
    >>> secondary_thresholds(params)
    {'gas': 0.225, 'none': None, 'wind': None}
    """
    # Saved as float32: 0.225 reads back as 0.22499999403953552, which no one tuned.
    return {label: None if label == params.none_label or threshold > 1 else round(float(threshold), 6)
            for label, threshold in zip(params.labels, params.thresholds)}


def thresholds_raised(training: Any) -> dict[str, float]:
    """The labels whose secondary-label threshold training raised to their share of the rows,
    having too few rows to tune it on, each with the threshold tuning gave it (recorded in
    the model's training data; what a saved model's metadata holds that is no such map of
    numbers is left out).

    >>> thresholds_raised({"thresholds_raised": {"gas": 0.05, "wind": "x"}}), thresholds_raised({})
    ({'gas': 0.05}, {})
    """
    raised = training.get("thresholds_raised") if isinstance(training, dict) else None
    if not isinstance(raised, dict):
        return {}
    return {label: float(value) for label, value in raised.items()
            if isinstance(value, (int, float)) and not isinstance(value, bool)}


def thresholds_flat(training: Any) -> dict[str, tuple[float, float]]:
    """The labels whose out-of-fold F1 was the same over a wide run of thresholds (see
    :data:`stance.training.FLAT_SPAN`), each with the run's lowest and highest threshold, of
    which the label's is the middle (recorded in the model's training data; an entry that is
    no such pair of probabilities is left out).

    >>> thresholds_flat({"thresholds_flat": {"gas": [0.05, 0.9], "wind": [0.9, 0.1], "oil": "x"}})
    {'gas': (0.05, 0.9)}
    >>> thresholds_flat({})
    {}
    """
    flat = training.get("thresholds_flat") if isinstance(training, dict) else None
    if not isinstance(flat, dict):
        return {}
    return {label: (float(ends[0]), float(ends[1])) for label, ends in flat.items()
            if isinstance(ends, (list, tuple)) and len(ends) == 2
            and all(isinstance(end, (int, float)) and not isinstance(end, bool) for end in ends)
            and 0 <= ends[0] <= ends[1] <= 1}


def thresholds_of_one_text(training: Any) -> list[str]:
    """The labels whose secondary-label threshold the folds could not tune, every row of
    each being one text copied: copies share a threshold fold, so no fold held the label out
    beside rows of it that it was trained on, and its threshold is what an F1 of 0 at every
    value gives (recorded in the model's training data since 0.15; a model saved before has
    none, and is shown as it was).

    >>> thresholds_of_one_text({"thresholds_one_text": ["gas", 7]}), thresholds_of_one_text({})
    (['gas'], [])
    """
    labels = training.get("thresholds_one_text") if isinstance(training, dict) else None
    return [label for label in labels if isinstance(label, str)] if isinstance(labels, list) else []


def labels_of_one_text(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]], labels: Iterable[str]) -> list[str]:
    """The ``labels`` every row of which (two or more) holds one text, copied.

    >>> labels_of_one_text(["a", "a", "b", "c"], [("x",), ("x",), ("y",), ("y",)], ["x", "y"])
    ['x']
    """
    texts_of: dict[str, set[str]] = {}
    rows_of: dict[str, int] = {}
    for text, row in zip(texts, label_sets):
        for label in row:
            texts_of.setdefault(label, set()).add(text)
            rows_of[label] = rows_of.get(label, 0) + 1
    return [label for label in labels if len(texts_of.get(label, ())) == 1 and rows_of[label] > 1]


# The first training option newer than the confidence calibration (format 4, format 6): every
# version since records it, whatever its value, so files whose options name it were saved by
# a version that tried to calibrate the model.
_AFTER_CALIBRATION = "apostrophes"


def may_predate_calibration(options: Any, format_version: int | None) -> bool:
    """Whether the files of a model, of ``format_version`` and recording the training
    ``options``, may have been saved by a version of stance before the confidence calibration:
    a format below 4 (which an uncalibrated model is still saved in, trained without
    ``apostrophes``, ``links``, ``spelling``, ``invisibles``, ``cannot``, ``handles``, ``marks`` and
    ``cjk``) whose options lack
    one added since.

    >>> may_predate_calibration({"threshold_folds": 3}, 3), may_predate_calibration({"apostrophes": False}, 3)
    (True, False)
    """
    CONFIDENCE_CALIBRATION_SINCE = forksafe.imported(".persistence").CONFIDENCE_CALIBRATION_SINCE

    return (isinstance(format_version, int) and format_version < CONFIDENCE_CALIBRATION_SINCE
            and not (isinstance(options, dict) and _AFTER_CALIBRATION in options))


def _count(value: Any) -> int | None:
    """``value`` when it is a whole number (a count a model's files record), else None."""
    return value if is_int(value) else None


def no_folds_because(options: Any, training: Any = None) -> str | None:
    """Why training ran no threshold folds, so that the secondary-label thresholds are 0.5 and
    confidence is not calibrated, as ``stance info`` and the model card say it; None when it
    ran them, or nothing recorded says otherwise. ``options`` are the model's training options
    (``threshold_folds``), ``training`` its training data as recorded: the different texts when
    they were too few for the folds (``too_few_texts_for_folds``), or else its ``rows``, which
    tell it of a model saved before that was recorded (but not of one whose rows repeat texts).

    >>> no_folds_because({"threshold_folds": 0})
    'trained with threshold_folds=0, below 2'
    >>> no_folds_because({"threshold_folds": 7}, {"rows": 80, "too_few_texts_for_folds": 60})
    "no threshold folds ran: the training data's 60 different texts are fewer than 10 a fold for threshold_folds=7"
    >>> print(no_folds_because({"threshold_folds": 3}, {"rows": 29}))
    no threshold folds ran: the training data's 29 rows hold fewer than 10 different texts a fold
    for threshold_folds=3
    >>> no_folds_because({"threshold_folds": 3}, {"rows": 30}) is None
    True
    """
    FOLD_TEXTS = forksafe.imported(".training").FOLD_TEXTS

    folds = _count(options.get("threshold_folds")) if isinstance(options, dict) else None
    if folds is None:
        return None
    if folds < 2:
        return f"trained with threshold_folds={folds}, below 2"
    training = training if isinstance(training, dict) else {}
    different, rows = _count(training.get("too_few_texts_for_folds")), _count(training.get("rows"))
    if different is not None:
        return (f"no threshold folds ran: the training data's {different} different texts are fewer than "
                f"{FOLD_TEXTS} a fold for threshold_folds={folds}")
    if rows is not None and rows < FOLD_TEXTS * folds:
        return (f"no threshold folds ran: the training data's {rows} rows hold fewer than {FOLD_TEXTS} different "
                f"texts a fold for threshold_folds={folds}")
    return None


def uncalibrated_because(options: Any, older_format: int | None = None, training: Any = None) -> str:
    """Why a model's confidence is not calibrated, as ``stance info`` and the model card say
    it: ``options`` its training options (``threshold_folds``), ``older_format`` the format of
    the files it comes from when those may have been saved before there was a calibration
    (see :func:`may_predate_calibration`; None: they were not, or it was trained in this process),
    ``training`` its training data as recorded (see :func:`no_folds_because`).

    A model is uncalibrated when training ran no folds (:func:`no_folds_because`), had too
    few out-of-fold answers right or wrong, or fitted a map whose slope was not positive
    (recorded as ``calibration_slope``; a model saved before that was recorded is said to
    have had too few); but one from such files may also be one saved before the calibration,
    which the files do not tell apart.

    >>> uncalibrated_because({"threshold_folds": 0})
    'trained with threshold_folds=0, below 2'
    >>> uncalibrated_because({"threshold_folds": 5}, training={"rows": 100})
    'training had fewer than 15 out-of-fold answers right or wrong to calibrate it on'
    >>> uncalibrated_because({"threshold_folds": 5}, training={"rows": 2000, "calibration_slope": -0.02})
    "the out-of-fold answers' confidence did not rise with the label's probability (fitted slope -0.02 ≤ 0), so a \
map would have given the surer answers the lower confidence"
    >>> uncalibrated_because({"threshold_folds": 5}, training={"rows": 40})[:26]
    'no threshold folds ran: th'
    >>> uncalibrated_because({"threshold_folds": 5}, 3).split(", or")[0]
    'a format-3 model: saved by a version of stance before the calibration (format 4)'
    """
    CALIBRATION_MIN_EACH = forksafe.imported(".training").CALIBRATION_MIN_EACH
    CONFIDENCE_CALIBRATION_SINCE = forksafe.imported(".persistence").CONFIDENCE_CALIBRATION_SINCE

    no_folds = no_folds_because(options, training)
    if no_folds is not None:  # whatever version saved it: without folds no version calibrates
        return no_folds
    slope = training.get("calibration_slope") if isinstance(training, dict) else None
    if isinstance(slope, (int, float)) and not isinstance(slope, bool):  # recorded by the version that tried
        return (f"the out-of-fold answers' confidence did not rise with the label's probability (fitted slope "
                f"{slope:.3g} ≤ 0), so a map would have given the surer answers the lower confidence")
    few = f"training had fewer than {CALIBRATION_MIN_EACH} out-of-fold answers right or wrong to calibrate it on"
    if older_format is not None:
        return (f"a format-{older_format} model: saved by a version of stance before the calibration "
                f"(format {CONFIDENCE_CALIBRATION_SINCE}), or {few}")
    return few


def negation_marks(params: Any, options: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Which words a model's ``NOT_…`` features follow, the language they are of (None: words
    the user gave), where they came from (``from``: ``"stem"``, or ``"negation_words"`` for a
    model trained with that option, whose training ``options`` name the language), how many
    words they mark and which heads read them (None: its analyzer makes none).

    The analyzer's ``negation`` is whether the features are made at all, the training option
    ``negation`` whether every head reads them: with ``stance_cues`` the stance head reads them
    while the option is False, so ``stance info --json`` shows ``analyzer.negation`` true
    beside ``options.negation`` false.

    >>> from types import SimpleNamespace
    >>> params = SimpleNamespace(analyzer_options={"stem": "french", "negation": True}, stance_only_features=())
    >>> marks = negation_marks(params)
    >>> marks["language"], marks["words"][:4], marks["from"], marks["read_by"]
    ('french', ['ne', 'n', 'pas', 'jamais'], 'stem', 'every head')
    """
    from .text import NEGATION_SCOPE, NOT_PREFIX, negation_words

    analyzer = params.analyzer_options
    if not analyzer.get("negation"):
        return None
    given = analyzer.get("negation_words")
    language, words = negation_words(analyzer.get("stem", True), given, (options or {}).get("negation_words"))
    return {"language": language, "words": list(words), "from": "stem" if given is None else "negation_words",
            "scope": NEGATION_SCOPE,
            "read_by": "stance head" if NOT_PREFIX in params.stance_only_features else "every head"}


def model_info(model) -> dict[str, Any]:
    """Labels, the options it was fitted with, versions, training data and metrics of a fitted model.

    ``versions`` are this process's (every library inference or training touches, for a
    deployment to pin); ``saved`` holds where a loaded model came from, the digest of its
    parameters, and the versions it was saved with and when (None for a model trained in
    this process).
    """
    from . import __version__

    params = model._fitted()
    metrics = {k: v for k, v in (model.metrics_ or {}).items() if not isinstance(v, str)}
    return {
        "labels": list(params.labels),
        "none_label": params.none_label,
        # What probability makes each label a secondary one (None: it never is one).
        "secondary_thresholds": secondary_thresholds(params),
        # The labels whose threshold was raised to their share of the rows, with what tuning gave.
        "thresholds_raised": thresholds_raised(model.training_ or {}),
        # The labels whose out-of-fold F1 was the same over a wide run of thresholds, with the
        # run's ends: the threshold is its middle, which the folds did not choose.
        "thresholds_flat": {label: list(ends) for label, ends in thresholds_flat(model.training_ or {}).items()},
        # The labels whose threshold the folds could not tune, all their rows one text copied.
        "thresholds_one_text": thresholds_of_one_text(model.training_ or {}),
        # Why every threshold is 0.5 (None: they were tuned, or it predicts one label).
        "thresholds_not_tuned_because": (
            no_folds_because(model.fitted_options_, model.training_)
            if any(t is not None for t in secondary_thresholds(params).values()) else None),
        "stance_classes": list(params.stance_classes),
        "n_features": len(params.vocabulary),
        # Features only the stance head reads (negation marks, opening words), by prefix.
        "stance_only_features": {prefix: sum(term.startswith(prefix) for term in params.vocabulary)
                                 for prefix in params.stance_only_features},
        # How confidence is made from the primary label's probability (None: it is that probability).
        "confidence_calibration": (None if params.confidence_calibration is None else
                                   dict(zip(("slope", "intercept"), params.confidence_calibration.tolist()))),
        # Why not (None: it is calibrated), as the model card says it.
        "confidence_not_calibrated_because": (
            None if params.confidence_calibration is not None else _uncalibrated_because(model)),
        # The least length the label heads divide a text's raw vector by (None: none, every
        # vector at unit length); see StanceModel's length_floor.
        "length_floor": params.length_floor,
        # How text is read (the stemming language, the cues); what the model was trained with.
        "analyzer": dict(params.analyzer_options),
        # The words after which NOT_… features mark the next ones, and the heads that read them
        # (None: none are made); see negation_marks for analyzer.negation beside options.negation.
        "negation_marks": negation_marks(params, model.fitted_options_),
        # What it was fitted with: set_params refits nothing, and its next fit uses get_params().
        "options": dict(model.fitted_options_),
        "training_data": dict(model.training_ or {}),
        "metrics": metrics,
        "versions": {"stance": __version__, "python": platform.python_version(),
                     **{name: installed(name) for name in PINNED}},
        # What the model was saved with and when (a model trained in this process: None).
        "saved": _saved_in_order(getattr(model, "saved_", None)),
    }


def _saved_in_order(saved: dict[str, Any] | None) -> dict[str, Any] | None:
    """``saved`` (a loaded model's ``saved_``) with its ``versions`` listed as this process's
    are, in ``model_info``: stance, python, then :data:`PINNED`, any other after them as
    recorded. metadata.json records stance, scikit-learn, scipy, numpy, python (which a save
    keeps, its bytes unchanged), and the two lists read against each other in two orders.

    >>> _saved_in_order({"versions": {"stance": "0.9.0", "scikit-learn": "1.5", "numpy": "2.0", "python": "3.12",
    ...                               "other": "1"}})["versions"]
    {'stance': '0.9.0', 'python': '3.12', 'numpy': '2.0', 'scikit-learn': '1.5', 'other': '1'}
    """
    if not saved or not isinstance(saved.get("versions"), dict):
        return saved
    order = {name: at for at, name in enumerate(("stance", "python", *PINNED))}
    versions = dict(sorted(saved["versions"].items(), key=lambda item: order.get(item[0], len(order))))
    return {**saved, "versions": versions}


def _uncalibrated_because(model: Any) -> str:
    """Why the uncalibrated ``model`` is so: a model trained in this process was tried, and
    only one loaded from files that may predate the calibration may be older than it (its
    options, filled in at load, no longer tell: the load noted it)."""
    saved = getattr(model, "saved_", None)
    loaded_format = saved.get("format_version") if isinstance(saved, dict) else None
    older = loaded_format if model.__dict__.get("_may_predate_calibration") else None
    return uncalibrated_because(model.fitted_options_, older, model.training_)

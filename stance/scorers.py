"""The scikit-learn scorer of any evaluation metric: :func:`scorer`
(``GridSearchCV(..., scoring=stance.scorer("stance_f_avg"))``) and :class:`Scorer`, the
picklable object it returns, which evaluates the model with :func:`stance.evaluate` and
reads one metric of the report. (Scoring statements into a DataFrame is :mod:`stance.scoring`.)
"""

from __future__ import annotations

import math
from typing import Any

from . import _forksafe as forksafe
from .exceptions import InvalidInputError, quoted, refuse_several_values, type_name
from .metrics import HEADLINE, STANCE_METRICS, stance_f1_key

# The metrics a scorer takes by name, besides any stance value's F1. A scorer is maximised,
# so a lower-is-better metric is scored negated under scikit-learn's "neg_" name
# ("neg_mean_squared_error"): NEGATED maps that name to the metric.
NEGATED = {"neg_confidence_error": "confidence_error"}
SCORER_METRICS = (*HEADLINE, "mean_confidence", *NEGATED)


# Words of metric names that no stance value is: "stance_f1" is a mistyped metric, refused
# when the scorer is made, not one NaN per candidate of a search.
_NOT_STANCE_VALUES = frozenset({"stance", "stances", "label", "labels", "target", "targets", "macro", "micro",
                                "weighted", "top1", "top1_in_gold", "primary", "primary_macro", "none", "stance_f"})


def scorer(metric: str = "stance_f_avg", *, favor: str | None = None, against: str | None = None) -> Scorer:
    """A scikit-learn scorer (``scorer(estimator, X, y)``) for any of :func:`evaluate`'s
    metrics, for ``GridSearchCV(..., scoring=stance.scorer("stance_f_avg"))``.

    ``y`` is the labels, or labels and stance as two columns (``frame[["labels",
    "stance"]].fillna("")``); the model's own ``score`` measures top-1 in gold only, so
    tuning ``stance_C`` needs a stance metric, and a stance metric needs the two columns
    (labels alone are refused, rather than every candidate scoring NaN in a search). A
    metric that is undefined on a fold (no stance in it) scores 0.0, so that the search can
    still rank the candidates. Where a fold has no statement of one side ``stance_f_avg``
    averages, gold or predicted (its F1 0/0, and so the report's ``stance_f_avg`` NaN), the
    fold scores the other side's F1: a candidate right to predict none of that side scored 0.0
    and lost to one that predicted it wrongly. The estimator may also be a Pipeline whose last step is a
    StanceModel (its other steps transform the texts first) or a fitted search over one.

    ``favor_f1`` and ``against_f1`` are the F1 of the stance values that :func:`evaluate`
    takes for favour and against (``pro`` and ``con``, say), and ``<value>_f1`` is the F1 of
    any of the model's stance values; the value is checked when scoring, since the scorer
    is made before the model is fitted.

    ``favor`` and ``against`` name the stance values that count as favour and against, for
    ``stance_f_avg``, ``favor_f1`` and ``against_f1``, as in :func:`evaluate`: a scheme whose
    names tell no direction (Pew's "favorable"/"unfavorable"/"neutral") needs them, or
    ``stance_f_avg`` is the mean F1 of every value, with a warning each time it scores. The
    same value for both is refused here, a value that is none of the model's stance values
    when scoring.

    ``mean_confidence`` scores how sure the model was on average, and
    ``neg_confidence_error`` the calibration error negated (``-confidence_error``): a
    scorer is maximised, and scikit-learn names a negated error so
    (``"neg_mean_squared_error"``). Neither needs a stance column in ``y``.

    The scorer is a :class:`Scorer`, which pickles (and so does a fitted search that
    used one, saved with ``joblib.dump``).

    >>> import stance
    >>> stance.scorer("macro_f1").metric, stance.scorer("con_f1").metric
    ('macro_f1', 'con_f1')
    >>> stance.scorer("stance_f_avg", favor="favorable", against="unfavorable")
    stance.scorer('stance_f_avg', favor='favorable', against='unfavorable')
    """
    from .document import refuse_given_directions

    refuse_several_values("metric", metric, f"a str, one of {list(SCORER_METRICS)} or '<value>_f1'")
    if metric in NEGATED.values():
        raise InvalidInputError(f"metric {quoted(metric)} is lower-is-better, and a scorer is maximised: score it "
                                f"negated, as scikit-learn's 'neg_' scorers do, with scorer('neg_{metric}')")
    value_f1 = isinstance(metric, str) and metric.endswith("_f1") and metric != "_f1"
    if metric not in SCORER_METRICS and (not value_f1 or metric[:-3].lower() in _NOT_STANCE_VALUES):
        from .nearest import fewest_edits, or_listed

        # Of the metrics near enough, every one that ties ("mcro_f1": macro_f1 or micro_f1), not the
        # one difflib sorts last; but the one a name begins, where one does ("stance_acc":
        # stance_accuracy), as an abbreviated flag is read: by edits for their length, the five
        # letters left off stance_accuracy tied with stance_f_avg, and "neg_confid" was nearer
        # mean_confidence.
        typed = str(metric)
        near = forksafe.imported("difflib").get_close_matches(typed, SCORER_METRICS, len(SCORER_METRICS), 0.6)
        begun = [name for name in near if name.startswith(typed)]
        close = begun if len(begun) == 1 else fewest_edits(typed, near)
        raise InvalidInputError(f"metric {quoted(metric)} is not one of {list(SCORER_METRICS)} nor a stance value's F1 "
                                f"('<value>_f1', such as 'con_f1' for a model whose stance values include 'con')"
                                + (f"; did you mean {or_listed([quoted(name) for name in close])}?" if close else ""))
    refuse_given_directions((), favor, against)  # a str each, not one value for both; the rest when scoring
    return Scorer(metric, favor=favor, against=against)


class Scorer:
    """What :func:`scorer` returns: a scikit-learn scorer (``scorer(estimator, X, y)``) of
    one of :func:`evaluate`'s metrics, which it names as ``metric``.

    A class at module level, not a function made inside :func:`scorer`, so that it pickles:
    a fitted ``GridSearchCV`` keeps its scorer, and could not be saved with a local one.

    >>> import pickle, stance
    >>> pickle.loads(pickle.dumps(stance.scorer("macro_f1", favor="pro", against="con")))
    stance.scorer('macro_f1', favor='pro', against='con')
    """

    # Defaults for a scorer pickled before it took favor= and against= (its state the metric alone).
    favor: str | None = None
    against: str | None = None

    def __init__(self, metric: str, *, favor: str | None = None, against: str | None = None) -> None:
        self.metric = metric
        self.favor = favor
        self.against = against

    def __repr__(self) -> str:
        return f"stance.{self._call()}"

    def _call(self) -> str:
        """How the scorer was asked for, as its errors name it: ``scorer('stance_f_avg', favor='pro')``."""
        given = "".join(f", {name}={value!r}" for name, value in (("favor", self.favor), ("against", self.against))
                        if value is not None)
        return f"scorer({self.metric!r}{given})"

    def __call__(self, estimator: Any, X: Any, y: Any) -> float:
        pd = forksafe.imported("pandas")

        from .evaluation import evaluate
        from .foreign_frames import computed
        from .model import _as_text_list, _refuse_scrambled, _split_targets

        metric = self.metric
        # As fit refuses them: paired by position, a y shuffled apart from X gave a search a wrong score.
        # The X given, not as a Pipeline's steps return it (an index they rebuild tells nothing).
        X, y = computed(X), computed(y)  # Dask columns: their lazy index has no equals()
        _refuse_scrambled(X, y, "y")
        estimator, X = _stance_model_in(estimator, X)
        labels, stances = _split_targets(y, None)
        if stances is None and (metric in STANCE_METRICS or metric not in SCORER_METRICS):
            raise InvalidInputError(
                f"scorer({quoted(metric)}) needs y with a stance column, got labels only; pass "
                f"y=frame[['labels', 'stance']].fillna('') (to GridSearchCV.fit, for example)"
            )
        texts = _as_text_list(X, "X")
        if len(texts) != len(labels):
            raise InvalidInputError(f"X and y must have the same length, got {len(texts)} and {len(labels)}")
        # Columns of Python strings (object), as score() builds its frame: pandas 3 made the texts
        # an Arrow string column, which refused a lone surrogate ("\udcc3") that classify takes.
        frame = pd.DataFrame({"text": pd.Series(texts, dtype=object), "labels": pd.Series(labels, dtype=object)})
        if stances is not None:
            frame["stance"] = pd.Series(stances, dtype=object)
            if (self.favor is not None or self.against is not None) and estimator.stance_classes:
                # Checked as evaluate checks them, but said of the scorer: a search names no call.
                from .document import stance_directions

                try:
                    stance_directions(tuple(estimator.stance_classes), self.favor, self.against)
                except InvalidInputError as error:
                    raise InvalidInputError(f"{self._call()}: {error}") from None
        from .evaluation import SCORING_TRAINING_ROWS

        # A search's return_train_score scores the training rows by design: no warning of them.
        token = SCORING_TRAINING_ROWS.set(True)
        try:
            metrics = evaluate(estimator, frame, stance_column="stance" if stances is not None else None,
                               favor=self.favor, against=self.against).metrics
        finally:
            SCORING_TRAINING_ROWS.reset(token)
        value = metrics[_metric_named(NEGATED.get(metric, metric), metrics, estimator, self.favor, self.against)]
        if metric == "stance_f_avg" and math.isnan(value):
            value = _f_avg_of_sides_defined(metrics, estimator, self.favor, self.against)
        if math.isnan(value):
            return 0.0
        return -float(value) if metric in NEGATED else float(value)


def _f_avg_of_sides_defined(metrics: dict[str, float], model: Any, favor: str | None,
                            against: str | None) -> float:
    """A fold's score where its ``stance_f_avg`` is NaN: the mean F1 of the values it averages
    that have one, NaN when none has. The report's F_avg is NaN when one side is neither gold
    nor predicted (SemEval's mean of two), which a fold of ``against`` statements alone is for a
    candidate right to predict no favour: scored 0.0, it lost to one that predicted a favour
    wrongly (F1 0 beside its against F1, halved), and a search chose the worse model.

    >>> from types import SimpleNamespace
    >>> _f_avg_of_sides_defined({"against_f1": 0.8, "favor_f1": float("nan")},
    ...                         SimpleNamespace(stance_classes=("against", "favor")), None, None)
    0.8
    """
    from .document import stance_directions
    from .metrics import _directions

    classes = tuple(model.stance_classes)
    # As evaluate takes them (metrics.averaged_values), without its warning, which evaluate gave.
    averaged = (stance_directions(classes, favor, against) if favor is not None or against is not None
                else _directions(classes))
    defined = [metrics[key] for key in map(stance_f1_key, averaged)
               if key in metrics and not math.isnan(metrics[key])]
    return math.fsum(defined) / len(defined) if defined else math.nan


def _stance_model_in(estimator: Any, X: Any) -> tuple[Any, Any]:
    """The StanceModel that ``estimator`` ends in, and ``X`` as it reaches that model.

    scikit-learn hands a scorer the estimator it fitted: in ``cross_val_score(Pipeline(...))``
    a Pipeline, in nested cross-validation a fitted search. Their ``predict`` gives primary
    labels only, while the metrics need the model's label sets and stances, so the scorer
    runs ``X`` through the steps before the model and evaluates the model itself.
    """
    from .exceptions import InvalidInputError, InvalidTypeError
    from .model import StanceModel

    while not isinstance(estimator, StanceModel):
        if hasattr(estimator, "steps") and hasattr(estimator, "__getitem__"):  # a Pipeline
            X = estimator[:-1].transform(X) if len(estimator.steps) > 1 else X
            estimator = estimator[-1]
        elif hasattr(estimator, "best_estimator_"):  # a fitted GridSearchCV or the like
            estimator = estimator.best_estimator_
        elif hasattr(estimator, "refit") and hasattr(estimator, "estimator"):  # a search without one
            why = f"refit={quoted(estimator.refit)}" if hasattr(estimator, "cv_results_") else "it is not fitted"
            raise InvalidInputError(
                f"a stance scorer evaluates a search's best_estimator_, which this {type_name(estimator)} "
                f"does not have ({why}); fit it with refit=True (the default), or score the model it chose"
            )
        else:
            raise InvalidTypeError(
                f"a stance scorer needs a StanceModel, or a Pipeline or search that ends in one, "
                f"got {type_name(estimator)}; put a StanceModel last in the pipeline"
            )
    return estimator, X


def _metric_named(metric: str, metrics: dict[str, float], model: Any, favor: str | None = None,
                  against: str | None = None) -> str:
    """The key of ``metrics`` (an evaluation of ``model``) that a scorer's ``metric`` reads:
    ``favor_f1`` and ``against_f1`` are the F1 of the stance values :func:`evaluate` takes for
    favour and against, as its F_avg does (``pro_f1`` and ``con_f1`` for a pro/con model), or
    of ``favor`` and ``against`` when they are given.

    >>> from types import SimpleNamespace
    >>> _metric_named("favor_f1", {"pro_f1": 1.0, "con_f1": 0.5}, SimpleNamespace(stance_classes=("con", "pro")))
    'pro_f1'
    """
    from .document import sides_untold, stance_directions
    from .exceptions import InvalidInputError

    named = favor is not None or against is not None
    # Given, they say which value favor_f1 is, even where a value is called "favor".
    if metric in metrics and not (named and metric in ("favor_f1", "against_f1")):
        return metric
    classes = tuple(model.stance_classes)
    if classes and metric in ("favor_f1", "against_f1"):
        try:
            favor, against = stance_directions(classes, favor, against)
        except InvalidInputError:
            # Why, and what to pass, as evaluate's warning of stance_f_avg says them.
            why, advice = sides_untold(classes)
            passed = f"{advice} to stance.scorer, or score" if advice else "score"  # None: nothing to pass
            raise InvalidInputError(
                f"scorer({quoted(metric)}): cannot tell which of the model's stance values {list(classes)} is favour "
                f"and which is against, since {why}; {passed} one by name, e.g. "
                f"scorer({quoted(stance_f1_key(classes[0]))})") from None
        return stance_f1_key(favor if metric == "favor_f1" else against)
    raise InvalidInputError(f"scorer({quoted(metric)}): {_why_no_metric(metric, model)}")


def _why_no_metric(metric: str, model: Any) -> str:
    """Why an evaluation of ``model`` has no ``metric``, in words."""
    from .api import resolve_model

    classes = resolve_model(model).stance_classes
    if metric == "none_f1":
        return ("the model has no off-topic label (it was trained with none_label=None)"
                + ("; the F1 of its stance value 'none' is 'stance_none_f1'" if "none" in classes else ""))
    if not classes:
        return "the model has no stance head (it was trained without stances), so it has no stance metrics"
    if metric.endswith("_f1") and metric not in HEADLINE:
        names = " or ".join(quoted(stance_f1_key(value)) for value in classes)
        return (f"{quoted(metric[:-len('_f1')])} is not one of the model's stance values {list(classes)}; pass {names} "
                f"(or 'favor_f1', 'against_f1')")
    return "the model's evaluation has no such metric"

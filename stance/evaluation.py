"""Measuring a model against labelled data: `evaluate`, `cross_validate`, `EvaluationReport`.

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
  gold stance. A stance value's F1 is ``<value>_f1``, or ``stance_<value>_f1`` when that
  would be a label metric's name (a value "none" has ``stance_none_f1``, since ``none_f1``
  is the off-topic label's). A statement with a target but no gold stance is not judged on stance at all
  (evaluate warns of it). A stance given on a gold off-topic row is ignored (with a
  warning), as training ignores it.
- a statement for which the model has no label at all (blank text for a model trained
  without an off-topic label) is a miss, counted in the confusion table under "(no label)".
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from .data import MISSING_GROUP
from .exceptions import (
    QUOTED_VALUES,
    InvalidInputError,
    InvalidTypeError,
    is_int,
    is_number,
    quoted,
    quoted_list,
    require_seed,
    type_name,
    warn,
    warnings_once,
)
from .profile import natural_key
from .text import is_blank

if TYPE_CHECKING:
    from os import PathLike

    import pandas as pd
    from matplotlib.axes import Axes

    from .model import StanceModel

HEADLINE = ("top1_in_gold", "macro_f1", "micro_f1", "none_f1", "primary_macro_f1",
            "stance_f_avg", "against_f1", "favor_f1", "stance_accuracy")
# The headline metrics that judge the stance head: they need gold stances.
STANCE_METRICS = ("stance_f_avg", "against_f1", "favor_f1", "stance_accuracy")
# Reported when the predictions' confidence is known: how sure the model was on average,
# to set beside top1_in_gold, and the expected calibration error (lower is better).
CONFIDENCE_METRICS = ("mean_confidence", "confidence_error")
# The metrics a scorer takes by name, besides any stance value's F1. A scorer is maximised,
# so a lower-is-better metric is scored negated under scikit-learn's "neg_" name
# ("neg_mean_squared_error"): NEGATED maps that name to the metric.
NEGATED = {"neg_confidence_error": "confidence_error"}
SCORER_METRICS = (*HEADLINE, "mean_confidence", *NEGATED)
# Bin edges of the calibration error: finer where most answers are, near certainty.
CONFIDENCE_BINS = (0.0, 0.5, 0.7, 0.9, 0.99, 1.0)
# The confusion table's column for a statement given no label at all.
NO_LABEL = "(no label)"


# Intervals over fewer statements than this come with a warning: a bootstrap interval is
# too narrow on few (the resamples cannot stray far from the few rows there are).
FEW_STATEMENTS = 30
# The metrics a report's text shows per group: enough to see where the model fails, narrow
# enough for a terminal (by_group() has them all).
GROUP_COLUMNS = ("n", "top1_in_gold", "macro_f1", "none_f1", "stance_f_avg", "stance_accuracy")


def counted(n: int, thing: str) -> str:
    """``n`` things, in the singular for one: what every count in a message is written by.

    >>> counted(1, "row"), counted(3, "column")
    ('1 row', '3 columns')
    """
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def statements(n: int) -> str:
    """``n`` statements, in the singular for one.

    >>> statements(1), statements(30)
    ('1 statement', '30 statements')
    """
    return counted(n, "statement")


def _few_statements(behind: dict[str, int], n: int, copies_of: int | None = None) -> str:
    """Which metrics rest on fewer than :data:`FEW_STATEMENTS` statements, and on how many
    ("" when none does), given how many each rests on (``behind``) of the ``n`` evaluated:
    the stance metrics rest on those with a gold stance, which may be few of many (or none:
    then they have no value, which the intervals' other caveat says). With ``copies_of``,
    the statements evaluated are copies of ``n`` distinct texts, which the resamples draw,
    each with its copies (see :attr:`stance.intervals.Outcomes.clusters`), and which are
    counted: 500 copies of 8 texts are 8 texts, not 4,000 statements.

    >>> _few_statements({"top1_in_gold": 35, "stance_accuracy": 8}, 35)
    'stance_accuracy rest on 8 statements (those with a gold stance)'
    >>> _few_statements({"top1_in_gold": 20, "stance_accuracy": 8}, 20)
    'they rest on 20 statements (stance_accuracy on 8, those with a gold stance)'
    >>> _few_statements({"top1_in_gold": 8, "stance_accuracy": 6}, 8, copies_of=4000)
    "they rest on 8 distinct texts (of 4000 statements, a text's copies drawn together; stance_accuracy on 6, \
those with a gold stance)"
    """
    fewer = {name: count for name, count in behind.items() if 0 < count < FEW_STATEMENTS and count != n}
    stance = ", ".join(fewer)
    judged = next(iter(fewer.values()), 0)  # the stance metrics all rest on the same statements
    units = statements if copies_of is None else lambda count: counted(count, "distinct text")
    notes = ([] if copies_of is None else [f"of {statements(copies_of)}, a text's copies drawn together"]) + (
        [f"{stance} on {judged}, those with a gold stance"] if fewer else [])
    if n < FEW_STATEMENTS:
        return f"they rest on {units(n)}" + (f" ({'; '.join(notes)})" if notes else "")
    return f"{stance} rest on {units(judged)} (those with a gold stance)" if fewer else ""


def _interval_caveats(table: pd.DataFrame, behind: dict[str, int], n: int, left_out: dict[str, int],
                      resamples: int, paired: bool = False, copies_of: int | None = None) -> str:
    """What makes the bootstrap intervals of ``table`` (its ``low`` and ``high``) doubtful,
    "" when nothing does: the statements they rest on (``behind``, of the ``n`` evaluated,
    which are distinct texts of ``copies_of`` statements when some text has copies: see
    :func:`_few_statements`) are few, an interval has no width, or a metric had no value on
    some resamples (``left_out``). Said alike of a report's intervals and of two reports' paired ones.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"low": [0.5, 1.0], "high": [0.9, 1.0]}, index=["top1_in_gold", "none_f1"])
    >>> _interval_caveats(table, {"top1_in_gold": 40, "none_f1": 40}, 40, {"none_f1": 12}, 1000)
    'none_f1 has an interval of no width, which no sample is sure of; none_f1 had no value on 12 of 1000 \
resamples, left out of its interval'
    """
    caveats = []
    if few := _few_statements(behind, n, copies_of):
        caveats.append(f"{few}, fewer than {FEW_STATEMENTS}, where bootstrap intervals are too narrow")
    # A paired difference of 0 on every resample is no narrowness: the two models agree on every
    # statement the metric reads (a model compared with itself warned of all its metrics).
    flat = [name for name, row in table.iterrows()
            if row["low"] == row["high"] and not (paired and row["low"] == 0)]
    if flat:
        caveats.append(f"{', '.join(flat)} {'has an interval' if len(flat) == 1 else 'have intervals'} of no "
                       f"width, which no sample is sure of")
    caveats.extend(f"{name} had no value on {count} of {resamples} resamples, left out of its interval"
                   for name, count in left_out.items())
    return "; ".join(caveats)


def _bounded_html(table: pd.DataFrame, whole: str) -> str:
    """``table`` as HTML cut to pandas' ``display.max_rows`` and ``display.max_columns``, as
    a notebook shows any DataFrame, and, when cut, a line naming ``whole``, which has it all:
    of a scheme of 120 codes the confusion table had 14,400 cells.

    >>> import pandas as pd
    >>> with pd.option_context("display.max_rows", 4, "display.max_columns", 4):
    ...     page = _bounded_html(pd.DataFrame({"a": range(10)}), "t()")
    >>> page.count("<tr>"), page.endswith("<p>10 rows &times; 1 column: t() has every one</p>")  # 2, "...", 2
    (5, True)
    """
    pd = forksafe.imported("pandas")
    rows, columns = pd.get_option("display.max_rows"), pd.get_option("display.max_columns")
    # 0 means no limit to pandas (max_columns is 0 in a terminal, where it fits the width instead)
    rows, columns = rows or None, columns or None
    page = table.to_html(max_rows=rows, max_cols=columns)
    if (rows is None or len(table) <= rows) and (columns is None or table.shape[1] <= columns):
        return page
    shape = f"{counted(len(table), 'row')} &times; {counted(table.shape[1], 'column')}"
    return f"{page}<p>{shape}: {html.escape(whole)} has every one</p>"


@dataclass
class EvaluationReport:
    """Metrics of a model on labelled data; ``to_frame()`` for the per-label table.

    ``metrics`` maps each headline metric to a float; after cross-validation ``spread``
    holds the standard deviation across folds, ``folds`` each fold's metrics,
    ``cross_validation`` how the folds were drawn (the first line printed says it too), and
    ``predictions`` each row's fold and out-of-fold prediction. After
    ``evaluate(..., by=COLUMN)``, ``by`` is the column and ``groups`` maps each of its values
    to the report of its rows (``by_group()`` tabulates them).

    >>> import pandas as pd, stance
    >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming."],
    ...                      "labels": ["unity", "none"], "stance": ["favor", None]})
    >>> report = stance.evaluate(None, gold)
    >>> report.n, report.metrics["top1_in_gold"]
    (2, 1.0)
    >>> report.to_frame().loc[["none", "unity"], ["f1", "support"]]
            f1  support
    label
    none   1.0        1
    unity  1.0        1
    """

    metrics: dict[str, float]
    per_label: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    n: int
    spread: dict[str, float] = field(default_factory=dict)
    folds: list[dict[str, Any]] = field(default_factory=list)
    # With ``evaluate(..., by=COLUMN)``: the column, and each of its groups' own report, keyed
    # by the group's value (MISSING_GROUP for the rows without one), largest group first.
    by: str | None = None
    groups: dict[Any, EvaluationReport] = field(default_factory=dict)
    # After cross_validate: per input row (indexed as the data were), the fold it was tested
    # in (its position in ``folds``) and the prediction of the model trained without it, from
    # which the pooled metrics are computed; None otherwise. Not part of to_dict.
    predictions: pd.DataFrame | None = field(default=None, repr=False, compare=False)
    # After cross_validate: how the folds were drawn, as the report's first line says it:
    # ``folds`` (the folds run), ``folds_asked`` (``folds=``), ``groups`` (how many, None
    # without groups=), ``grouped_by`` (the groups' column or Series name, None without one)
    # and ``leave_one_group_out`` (a fold for each group); empty otherwise.
    cross_validation: dict[str, Any] = field(default_factory=dict)
    # What each statement added to the metrics (or how to find it), kept for `intervals`;
    # not part of to_dict.
    _outcomes: Any = field(default=None, repr=False, compare=False)
    # A digest of the statements' texts, in order (None when the report was not given them),
    # so that `compared_with` can tell two test sets apart whose gold labels happen to agree.
    _texts: bytes | None = field(default=None, repr=False, compare=False)
    # Digests of the statements in any order (see statements_digest), without and with their
    # gold stances (None: the report keeps none), so that `compared_with` can say that two
    # reports it refuses are of the same statements in another order.
    _statements: tuple[bytes, bytes | None] | None = field(default=None, repr=False, compare=False)

    def headline(self) -> list[str]:
        """The names of the headline metrics this report has, in display order: the F1 of
        every stance value is among them, whatever the values are called.

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> stance.evaluate(None, gold).headline()[:3]
        ['top1_in_gold', 'mean_confidence', 'confidence_error']
        """
        names = [name for name in HEADLINE if name in self.metrics]
        confidence = [name for name in CONFIDENCE_METRICS if name in self.metrics]
        extra = [name for name in self.metrics if name not in HEADLINE and name not in CONFIDENCE_METRICS]
        at = names.index("stance_accuracy") if "stance_accuracy" in names else len(names)
        names = names[:at] + extra + names[at:]
        at = names.index("top1_in_gold") + 1 if "top1_in_gold" in names else 0
        return names[:at] + confidence + names[at:]

    def to_frame(self) -> pd.DataFrame:
        """Per-label precision, recall, F1 and support, then macro and micro averages. A label
        with support 0 and F1 0 is predicted but never in the gold labels: as in scikit-learn,
        its precision and recall are 0 and its F1 counts in the macro average (a label with
        NaN, neither in gold nor predicted, does not).

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> stance.evaluate(None, gold).to_frame().index[-2:].tolist()
        ['macro avg', 'micro avg']
        """
        pd = forksafe.imported("pandas")

        frame = pd.DataFrame.from_dict(self.per_label, orient="index")
        frame.index.name = "label"
        return frame

    def confusion_frame(self) -> pd.DataFrame:
        """Predicted primary label (columns) against the gold label it is judged by (rows).

        The row is the gold primary label, except when the prediction is one of the gold
        labels: then it is that label, so that every top-1-in-gold hit sits on the diagonal.

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["deterrence|unity"]})
        >>> int(stance.evaluate(None, gold).confusion_frame().loc["unity", "unity"])
        1
        """
        pd = forksafe.imported("pandas")

        frame = pd.DataFrame(self.confusion).T.fillna(0).astype(int)
        frame.index.name, frame.columns.name = "gold", "predicted"
        return frame

    def summary(self) -> pd.DataFrame:
        """Headline metrics (with their spread across folds, when cross-validated).

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> float(stance.evaluate(None, gold).summary().loc["top1_in_gold", "value"])
        1.0
        """
        pd = forksafe.imported("pandas")

        rows = {name: {"value": self.metrics[name]} for name in self.headline()}
        for name, sd in self.spread.items():
            if name in rows:
                rows[name]["sd"] = sd
        # In headline order: pandas before 2.1 sorted the rows of DataFrame.from_dict by name.
        frame = pd.DataFrame(list(rows.values()), index=pd.Index(list(rows), name="metric"))
        return frame

    def by_group(self, level: float | None = None, resamples: int = 1000, *, random_state: int = 0) -> pd.DataFrame:
        """Each group's headline metrics, after ``evaluate(..., by=COLUMN)``: where the model fails.

        A frame indexed by the group's value in the column (the index is named after it), one
        row per group, the largest first (ties in order of value), with ``n`` and then the
        metrics in :meth:`headline` order. The rows with no value in the column (missing or
        blank) are one group, ``"(missing)"``, so the groups' ``n`` add up to the report's. A
        metric a group is too small to have (no gold stance in it, say) is NaN there. Given a
        ``level``, each metric is followed by ``<metric>_low`` and ``<metric>_high``, its
        bootstrap interval over the group's statements (see :meth:`intervals`).

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
        ...                               "Not one more cent for Kyiv."],
        ...                      "labels": ["unity", "none", "ukraine_support"],
        ...                      "register": ["speech", "speech", None]})
        >>> stance.evaluate(None, gold, by="register").by_group()[["n", "top1_in_gold"]]
                   n  top1_in_gold
        register
        speech     2           1.0
        (missing)  1           1.0
        """
        pd = forksafe.imported("pandas")

        if self.by is None:
            raise InvalidInputError("this report has no groups: evaluate with by=COLUMN (stance.evaluate(model, "
                                    "data, by='register')) for each group's metrics")
        if level is not None:
            _check_interval_arguments(level, resamples, random_state)
        names = self.headline()
        rows, caveats = [], []
        for value, report in self.groups.items():
            row: dict[str, float] = {"n": report.n}
            ends = None
            if level is not None:
                ends, caveat = report._intervals(level, resamples, random_state)
                if caveat:
                    caveats.append(f"{quoted(str(value))} ({statements(report.n)}): {caveat}")
            for name in names:
                row[name] = report.metrics.get(name, math.nan)
                if ends is not None:
                    row[f"{name}_low"] = ends["low"].get(name, math.nan)
                    row[f"{name}_high"] = ends["high"].get(name, math.nan)
            rows.append(row)
        if caveats:  # one warning for all groups: a table of 40 small groups gave 40
            # Five named, or six: a sixth takes the room of "and 1 more groups", which hid it.
            listed = caveats if len(caveats) <= 6 else caveats[:5]
            shown = "; ".join(listed) + (f"; and {len(caveats) - 5} more groups" if len(caveats) > 6 else "")
            warn(f"by_group intervals of {shown}")
        return pd.DataFrame(rows, index=pd.Index(list(self.groups), name=self.by, dtype=object))

    def intervals(self, level: float = 0.95, resamples: int = 1000, *, random_state: int = 0) -> pd.DataFrame:
        """How far each headline metric could move on another sample of statements like
        these: a percentile bootstrap over the statements evaluated.

        Returns a frame indexed by metric, with its ``value`` and the interval's ``low`` and
        ``high`` ends. The interval covers the sampling of the statements, not of the
        training data (after :func:`cross_validate`, the folds' ``spread`` shows that).
        The same ``random_state`` gives the same interval, whatever the order of the rows.

        Copies of a text (rows of one text, as training finds them: alike but for their
        spaces and Unicode form) are no independent statements: the resamples draw texts, each with all
        its copies (a cluster bootstrap), so the interval is as wide as the distinct texts
        make it, and a warning counts the texts, not the rows. 500 copies of 8 statements got
        8 statements' interval, not 4,000's.

        A bootstrap interval is too narrow on few statements, and has no width for a metric
        at 0 or 1 (every resample of statements all right is all right): top-1-in-gold and
        stance accuracy at 0 or 1 get the exact (Clopper-Pearson) interval instead, and a
        warning says when the intervals rest on fewer than 30 statements (or distinct texts;
        the stance metrics', on those with a gold stance, which it names), when one still has no
        width, and when a metric had no value on some resamples (no statement with a gold
        stance drawn, say), which its interval leaves out.

        ``confidence_error``'s interval is the spread of its estimate from sample to sample,
        not a confidence interval for the model's error: the binned error is biased upward on
        a sample (more on fewer statements), and the resamples' more so, so the interval lies
        above the error on the population more often than not (of 100 samples of 300, 0 of its
        95% intervals held it, on a pool whose error is 0.0055; see the README).

        >>> import pandas as pd, stance, warnings
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming.",
        ...                               "Not one more cent for Kyiv."],
        ...                      "labels": ["unity", "none", "ukraine_support"]})
        >>> with warnings.catch_warnings(record=True):  # of 3 statements, fewer than 30
        ...     table = stance.evaluate(None, gold).intervals(resamples=200)
        >>> table.loc["top1_in_gold"].round(3).tolist()  # 3 of 3 right: the exact interval
        [1.0, 0.292, 1.0]
        """
        _check_interval_arguments(level, resamples, random_state)
        table, caveat = self._intervals(level, resamples, random_state)
        if caveat:
            warn(f"intervals: {caveat}")
        return table

    def _intervals(self, level: float, resamples: int, random_state: int) -> tuple[pd.DataFrame, str]:
        """:meth:`intervals`, and what makes them doubtful ("" when nothing does)."""
        intervals = forksafe.imported(".intervals")

        outcomes = self._per_statement()
        table, left_out = intervals.bootstrap_intervals(outcomes, self.metrics, self.headline(),
                                              level=float(level), resamples=int(resamples),
                                              random_state=int(random_state))
        return table, _interval_caveats(table, intervals.statements_behind(outcomes, self.headline()),
                                        outcomes.units, left_out, resamples, copies_of=_copies_of(outcomes))

    def compared_with(self, other: EvaluationReport, level: float = 0.95, resamples: int = 1000, *,
                      random_state: int = 0) -> pd.DataFrame:
        """This report's metrics beside ``other``'s on the same statements: is the
        difference more than the luck of which statements were drawn?

        Returns a frame indexed by metric with ``this``, ``other``, their ``difference``
        (this minus other) and the difference's paired bootstrap interval (``low``,
        ``high``): both models are measured on each resample, so the statements both get
        right or both get wrong do not widen it. For top-1-in-gold and stance accuracy,
        ``only_this`` and ``only_other`` count the statements only one model gets right
        (whole numbers, in pandas' nullable ``Int64``: missing for the other metrics), and
        ``p_value`` is the exact McNemar test of the two counts (NaN for the other metrics).
        ``confidence_error``'s difference has no interval (``low`` and ``high`` NaN): the
        binned error is biased on a sample, by how much depends on the model, and a bootstrap
        interval of it is no test (see :meth:`intervals`).
        Where a text has copies, the resamples draw a text with all its copies, as
        :meth:`intervals` does, and the counts are of texts: a text counts for the model that
        gets more of its copies right, and for neither when they get as many right.
        With few such statements (under a dozen or so) the bootstrap interval is too narrow,
        and may exclude 0, or end at exactly 0, where the test finds nothing: quote the exact
        test. Both reports must be of the same statements in the same order (same texts, gold
        labels and stances); the metrics are those both have, so a model without a stance head
        is compared with one on the label metrics. ``other.compared_with(self)`` is this table
        mirrored, to the last bit: the resamples do not depend on which report comes first.
        A warning says what :meth:`intervals` warns of: intervals resting on fewer than 30
        statements, an interval of no width, and a metric without a value on some resamples.

        >>> import pandas as pd, stance, warnings
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all for coming."],
        ...                      "labels": ["unity", "none"]})
        >>> report = stance.evaluate(None, gold)
        >>> with warnings.catch_warnings(record=True):  # of 2 statements, fewer than 30
        ...     table = report.compared_with(report, resamples=200)
        >>> table.loc["top1_in_gold", ["this", "other", "difference", "low", "high", "p_value"]].tolist()
        [1.0, 1.0, 0.0, 0.0, 0.0, 1.0]
        >>> table.loc["top1_in_gold", ["only_this", "only_other"]].astype(int).tolist()  # pandas 2.0 gives a row floats
        [0, 0]
        """
        paired_intervals = forksafe.imported(".intervals").paired_intervals

        if not isinstance(other, EvaluationReport):
            raise InvalidTypeError(f"other must be an EvaluationReport (from stance.evaluate), "
                                   f"got {type_name(other)}")
        _check_interval_arguments(level, resamples, random_state)
        mine, theirs = self._per_statement(), other._per_statement()
        (my_labels, my_stances), (their_labels, their_stances) = mine.gold, theirs.gold
        # A model without a stance head judges no stance, so its report keeps no gold
        # stances: then only the labels tell whether the statements are the same.
        same = my_labels == their_labels and (my_stances is None or their_stances is None
                                              or my_stances == their_stances)
        # Gold labels alone agree by chance on a small or one-label test set.
        texts_differ = self._texts is not None and other._texts is not None and self._texts != other._texts
        if mine.n != theirs.n or not same or texts_differ:
            # The same statements in another order are refused too (statements are paired by their
            # place, and a permutation is not guessed), but told apart: the remedy is the order.
            reordered = mine.n == theirs.n and self._reordered(other, mine.gold, theirs.gold)
            if reordered:
                raise InvalidInputError(f"the two reports {reordered} in another order, and compared_with pairs "
                                        f"each statement with the other report's in its place: evaluate both models "
                                        f"on the same rows in the same order")
            differ = (f"{statements(mine.n)} against {theirs.n}" if mine.n != theirs.n
                      else "their gold labels or stances differ" if not same
                      else "the same gold labels and stances, but their texts differ")
            raise InvalidInputError(f"the two reports are not of the same statements ({differ}): evaluate "
                                    f"both models on the same data")
        names = [name for name in self.headline() if name in other.metrics]
        # The same texts, so the same copies; a report kept without its texts knows none, and
        # takes the other's (the resamples must draw the same units of both).
        clusters = mine.clusters if mine.clusters is not None else theirs.clusters
        mine, theirs = replace(mine, clusters=clusters), replace(theirs, clusters=clusters)
        table, left_out = paired_intervals(mine, theirs, self.metrics, other.metrics, names, level=float(level),
                                           resamples=int(resamples), random_state=int(random_state))
        # Both reports are of the same statements, so they rest on mine's alike.
        behind = forksafe.imported(".intervals").statements_behind(mine, names)
        if caveat := _interval_caveats(table, behind, mine.units, left_out, resamples, paired=True,
                                       copies_of=_copies_of(mine)):
            warn(f"compared_with: {caveat}")  # a paired interval is as narrow on few statements as intervals()'
        return table

    def _reordered(self, other: EvaluationReport, my_gold: tuple, their_gold: tuple) -> str:
        """What :meth:`compared_with` says of ``other`` when it holds this report's statements
        in another order ("" when it does not): of the statements themselves when both reports
        keep their digests, else (a report made without its texts) the gold labels and stances
        of each, ``my_gold`` and ``their_gold`` (see :class:`stance.intervals.Outcomes`)."""
        if self._statements is not None and other._statements is not None:
            (mine, my_stances), (theirs, their_stances) = self._statements, other._statements
            # A report of a model without a stance head keeps no gold stances: then the texts and labels.
            same = my_stances == their_stances if my_stances is not None and their_stances is not None else (
                mine == theirs)
            return "are of the same statements" if same else ""

        def pairs(gold: tuple) -> list:
            labels, stances = gold
            return sorted(zip(labels, [None] * len(labels) if stances is None else stances), key=repr)

        both_stances = my_gold[1] is not None and their_gold[1] is not None
        same = (pairs(my_gold) == pairs(their_gold) if both_stances
                else sorted(my_gold[0]) == sorted(their_gold[0]))
        return "have the same gold labels and stances" if same else ""

    def _per_statement(self):
        if self._outcomes is None:
            raise InvalidInputError("this report keeps no per-statement results (it was not made by "
                                    "stance.evaluate or stance.cross_validate), so it has no intervals")
        if self.n == 0:
            raise InvalidInputError("this report is of no statements, so it has no intervals")
        if callable(self._outcomes):  # built on first use
            self._outcomes = self._outcomes()
        return self._outcomes

    def _unseen_note(self) -> str:
        """The note naming the labels predicted but never in the gold labels, whose F1 of 0
        macro-F1 counts ("" when there are none): otherwise nothing on the report says why
        the figure is low.

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all."], "labels": ["none"] * 2})
        >>> stance.evaluate(None, gold)._unseen_note().split(":")[0]
        "'unity' is predicted but never in the gold labels"
        """
        unseen = [label for label, row in self.per_label.items() if label not in ("macro avg", "micro avg")
                  and row["support"] == 0 and not math.isnan(row["f1"])]
        if not unseen:
            return ""
        if len(unseen) == 1:
            return (f"{quoted(unseen[0])} is predicted but never in the gold labels: its precision and recall "
                    f"are 0, and macro-F1 counts its F1 of 0 (scikit-learn's convention)")
        names = ", ".join(map(quoted, unseen[:-1])) + f" and {quoted(unseen[-1])}"
        return (f"{names} are predicted but never in the gold labels: their precision and recall are 0, "
                f"and macro-F1 counts their F1s of 0 (scikit-learn's convention)")

    def _title(self) -> str:
        """The report's first line: what was measured, and how the folds were drawn after
        :func:`cross_validate` (a grouped one with fewer groups than folds ran a fold a group).

        >>> report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=60, cross_validation={
        ...     "folds": 4, "folds_asked": 5, "groups": 4, "grouped_by": "speaker", "leave_one_group_out": True})
        >>> import textwrap
        >>> print(textwrap.fill(report._title(), 90))
        Cross-validated (4 folds, grouped by speaker: leave-one-group-out, since there are 4
        groups, fewer than folds=5) on 60 statements
        """
        how = self.cross_validation
        if not how:
            return f"Evaluation on {statements(self.n)}"
        drawn = f"{how['folds']} folds"
        if how["groups"] is not None:
            drawn += ", grouped" + (f" by {how['grouped_by']}" if how["grouped_by"] is not None else "")
            if how["leave_one_group_out"]:
                drawn += ": leave-one-group-out"
            if how["folds"] != how["folds_asked"]:
                drawn += f", since there are {how['groups']} groups, fewer than folds={how['folds_asked']}"
        return f"Cross-validated ({drawn}) on {statements(self.n)}"

    def __str__(self) -> str:
        from .text import shown, surrogates_escaped

        plain_table = forksafe.imported(".explain").plain_table  # names a model gives, escaped (see there)

        lines = [self._title()]
        names = self.headline()
        # The F1 of a stance value is named after the value, and labels name rows: as a model's
        # metadata.json gives them, escaped where they hold what a terminal acts on.
        width = max([18, *(len(shown(name)) for name in names)])
        for name in names:
            sd = f" ± {self.spread[name]:.3f}" if name in self.spread else ""
            lines.append(f"  {shown(name):{width}s} {self.metrics[name]:.3f}{sd}")
        lines.append("")
        lines.append(plain_table(self.to_frame().round(3)))
        if note := self._unseen_note():
            lines.append(note)
        if self.by is not None:
            lines.append("")
            table = self.by_group()
            columns = [name for name in GROUP_COLUMNS if name in table]
            lines.append(f"By {self.by} ({len(self.groups)} groups; every metric: report.by_group(), "
                         f"or --json):")
            # every headline metric side by side ran to 165 characters, past any terminal
            lines.append(plain_table(table[columns].round(3)))
        # A lone surrogate in a group's name (a JSONL speaker "M\udce9nard") or a loaded model's
        # label, raw, made print(report) raise UnicodeEncodeError: escaped, as the HTML does.
        return surrogates_escaped("\n".join(lines))

    __repr__ = __str__

    def _repr_html_(self) -> str:
        pd = forksafe.imported("pandas")

        from .prediction import NO_MATHS
        from .text import surrogates_escaped

        head = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{self.metrics[name]:.3f}"
            + (f" &plusmn; {self.spread[name]:.3f}" if name in self.spread else "") + "</td></tr>"
            for name in self.headline()
        )
        note = self._unseen_note()
        # A lone surrogate in a loaded model's label ("uni\ud800ty"), raw, made HTML that UTF-8
        # cannot encode, as a Prediction's did.
        return surrogates_escaped(
            f"<div class='stance-report {NO_MATHS}'><p><b>{html.escape(self._title())}</b></p>"
            f"<table>{head}</table>{_bounded_html(self.to_frame().round(3), 'report.to_frame()')}"
            + (f"<p>{html.escape(note)}</p>" if note else "")
            + "<p>Confusion (gold rows, predicted columns; a hit on any gold label is on the diagonal)</p>"
            f"{_bounded_html(self.confusion_frame(), 'report.confusion_frame()')}"
            # pandas' display limit, as for any DataFrame: by a column of document names or
            # dates, the groups ran to thousands of rows
            + (f"<p>By {html.escape(str(self.by))} ({len(self.groups)} groups)</p>"
               f"{self.by_group().round(3).to_html(max_rows=pd.get_option('display.max_rows'))}"
               if self.by is not None else "")
            + "</div>"
        )

    def plot_confusion(self, ax: Axes | None = None, normalize: bool = True) -> Axes:
        """Draw the confusion matrix (needs the ``plot`` extra); returns the Axes.

        >>> import matplotlib.pyplot as plt, pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> ax = stance.evaluate(None, gold).plot_confusion()
        >>> ax.get_xlabel()
        'predicted'
        >>> plt.close(ax.figure)
        """
        from .plotting import plot_confusion

        return plot_confusion(self.confusion_frame(), ax=ax, normalize=normalize)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: undefined metrics (NaN) are None, since JSON has no NaN. It
        leaves out the intervals (:meth:`intervals`) and, after :func:`cross_validate`, the
        out-of-fold ``predictions``.

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> stance.evaluate(None, gold).to_dict()["per_label"]["deterrence"]["f1"] is None
        True
        """
        groups = {"by": self.by, "groups": [{"group": _json_value(value), "n": report.n, "metrics": report.metrics}
                                            for value, report in self.groups.items()]}
        return _without_nan({"n": self.n, "metrics": self.metrics, "spread": self.spread,
                             "per_label": self.per_label, "confusion": self.confusion,
                             **({"cross_validation": self.cross_validation} if self.cross_validation else {}),
                             **({"folds": self.folds} if self.folds else {}),
                             **(groups if self.by is not None else {})})


def _copies_of(outcomes: Any) -> int | None:
    """How many statements an evaluation's intervals rest on when they are copies of fewer
    distinct texts, which the resamples draw (see :attr:`stance.intervals.Outcomes.clusters`);
    None when every text is its own."""
    return None if outcomes.clusters is None else outcomes.n


def _check_interval_arguments(level: Any, resamples: Any, random_state: Any) -> None:
    if not is_number(level) or not 0 < level < 1:  # numpy's floats too
        raise InvalidInputError(f"level must be a number between 0 and 1 (0.95 for a 95% interval), "
                                f"not {quoted(level)}")
    if not is_int(resamples) or resamples < 100:
        raise InvalidInputError(f"resamples must be a whole number of at least 100, not {quoted(resamples)}")
    require_seed("random_state", random_state)


def _json_value(value: Any) -> Any:
    """A group's value as JSON has it: a date or any other kind of value as its text, and
    an infinite number too (JSON has no Infinity: ``json.dumps`` wrote one all the same).

    >>> _json_value(2019), _json_value(float("-inf"))
    (2019, '-inf')
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _without_nan(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nan(v) for v in value]
    return None if isinstance(value, float) and math.isnan(value) else value


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
) -> EvaluationReport:
    """Evaluate ``model`` (a StanceModel, a model directory, or None for the default) on
    labelled ``data`` (a DataFrame or a file). ``stance_column=None`` skips stance metrics;
    the default ``"stance"`` is used only when that column exists and is not the labels
    column (``labels_column="stance"``), and never for a model without a stance head (with a
    warning). Another column named as both labels and stance is refused.

    ``by`` (a column of ``data``, such as ``"register"`` or ``"party"``) also measures each
    group of rows that share a value in it, as if evaluated on its own, and keeps the
    reports in ``report.groups``: ``report.by_group()`` tabulates them. Rows with no value
    in the column (missing or blank) are one group, ``"(missing)"``. Any column will do,
    the labels column too (a group per gold label set, named as in a CSV file: ``"unity|deterrence"``,
    from a JSON list as well). The overall metrics are the same
    as without ``by``.

    ``favor`` and ``against`` name the stance values whose F1 ``stance_f_avg`` averages, as
    :func:`stance.profile` takes them (``favor="favorable", against="unfavorable"``). Left as
    None, they are the values named so or like it ("pro" and "contra", "support" and
    "oppose"); when no two can be told apart (and there are more than two), ``stance_f_avg``
    is the mean F1 of every value, with a warning.

    Gold labels and stance values are compared with the model's exactly (in case too), but
    for how their accents are encoded: one the model spells composed (Unicode NFC), written
    decomposed (NFD, as macOS exports give it: "dafu\u0308r" for "dafür"), looks the same
    and is read as the model's.

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
    from .data import (
        refuse_off_topic_beside_targets,
        require_columns,
        spelt_as_known,
        stance_column_apart,
        stance_value,
        stance_values_as_classes,
        warn_if_stance_unused,
    )
    from .model import StanceModel
    from .names import LABEL_SEPARATOR, named_rows
    from .tables import read_table

    if isinstance(data, StanceModel):  # (data, model): the table was taken for a model directory
        shown = repr(str(model)) if isinstance(model, (str, os.PathLike)) else "data"
        raise InvalidTypeError(f"data must be a DataFrame or a table file, got StanceModel: the model goes first: "
                               f"stance.evaluate(model, {shown})")
    model = resolve_model(model)._pinned()  # one model throughout, whatever fits run meanwhile
    # by too: its groups are named in the report, and bytes were named b'press'.
    stance_column = stance_column_apart(stance_column, labels_column, default="stance")
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column, by],
                       r_missing_in=[text_column, labels_column, by])
    if stance_column == "stance" and "stance" not in frame.columns:
        stance_column = None
        warn_if_stance_unused(frame, stance_column, "the evaluation", labels_column)  # a "Stance" column, say
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column, "by": by})
    # A gold value the model spells with its accents encoded otherwise looks the same and is
    # the model's: compared as written, every row of it counted as a miss.
    gold_sets = [tuple(dict.fromkeys(spelt_as_known(gold, model.labels)))
                 for gold in gold_label_sets(frame, labels_column)]
    # The labels column is grouped by each row's gold label set as training reads it: a JSON
    # file's lists name no group as they are, and "unity | deterrence" is "unity|deterrence".
    groups = None
    rows = named_rows(frame.index)  # an index that repeats a label: rows named by position too
    none_label = model.params_.none_label  # as training refuses such rows
    refuse_off_topic_beside_targets(gold_sets, rows, none_label, f"labels_column={quoted(labels_column)}",
                                    f": keep the target or the {quoted(none_label)}")
    if by is not None:
        values = ([LABEL_SEPARATOR.join(gold) for gold in gold_sets] if by == labels_column
                  else frame[by].tolist())
        groups = group_rows(values, rows, f"by={quoted(by)}")
    gold_stances = None
    if stance_column is not None:
        gold_stances = spelt_as_known(stance_values_as_classes(
            [stance_value(v) for v in frame[stance_column].tolist()], model.stance_classes), model.stance_classes)
    _check_gold_against(model, gold_sets, gold_stances, labels_column, stance_column, rows)
    if gold_stances is not None and not model.stance_classes:
        warn(f"stance_column={quoted(stance_column)}: this model has no stance head (it was trained "
             f"without stances), so no stance metrics are reported")
        gold_stances = None
    directions = None
    if gold_stances is not None:
        _warn_of_unjudged_stances(gold_sets, gold_stances, model.params_.none_label, rows, stance_column)
        directions = averaged_values(model.stance_classes, favor, against)
    texts = [t if isinstance(t, str) else "" for t in frame[text_column].tolist()]
    blank = [i for i, text in enumerate(texts) if is_blank(text)]
    if blank:
        from .data import _have
        from .names import row_names

        warn(f"text_column={quoted(text_column)}: {row_names(rows, blank)} "
             f"{_have(blank)} no text; scored as empty statements "
             f"(no position), and counted")
    predictions = model.classify_many(texts)
    predicted = ([p.labels for p in predictions], [p.stance for p in predictions],
                 [p.confidence for p in predictions])

    def measure(rows: Sequence[int] | None) -> EvaluationReport:
        def pick(values: Any) -> Any:
            return values if rows is None or values is None else [values[i] for i in rows]

        labels, stances, confidences = (pick(values) for values in predicted)
        return compute_report(labels, stances, pick(gold_sets), pick(gold_stances), model.labels,
                              model.params_.none_label, model.stance_classes, confidences=confidences,
                              texts=pick(texts), directions=directions)

    report = measure(None)
    if groups is not None:
        report.by, report.groups = by, {value: measure(rows) for value, rows in groups.items()}
    return report


def _warn_of_unjudged_stances(gold_sets: Sequence[tuple[str, ...]], gold_stances: Sequence[str | None],
                              none_label: str | None, index: Sequence[Any], stance_column: str | None) -> None:
    """Warn of the gold stances :func:`compute_report` does not judge, naming their rows by
    ``index``: a stance given on an off-topic row (ignored, as training ignores it), and a
    row with a target but no gold stance (its predicted stance is not judged)."""
    from .data import _have, off_topic_lookalikes, warn_of_off_topic_stances
    from .names import row_names

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


def group_rows(values: Sequence[Any], index: Sequence[Any], argument: str) -> dict[Any, list[int]]:
    """The positions of the rows of each value in ``values``, the largest group first (ties in
    order of value); missing and blank values are one group, :data:`MISSING_GROUP`. Whole
    numbers are named as written (2020 for pandas' 2020.0, "2020" for a file's "2020.0").

    >>> group_rows(["speech", None, "press", "speech", " "], range(5), "by")
    {'speech': [0, 3], '(missing)': [1, 4], 'press': [2]}
    """
    from .data import is_missing_group, refuse_missing_group_clash, whole_number_texts, whole_numbers_as_ints
    from .names import row_names

    # A file's "2020.0" is the frame's 2020.0, named 2020 below: "2020" too, and before the
    # rows are grouped, so that a "2020" and a "2020.0" are one group.
    values = whole_number_texts(values)
    found: dict[Any, list[int]] = {}
    missing: list[int] = []
    for i, value in enumerate(values):
        if is_missing_group(value):
            missing.append(i)
            continue
        try:
            found.setdefault(value, []).append(i)
        except TypeError:  # a list or dict in a cell (read from JSON lines) names no group
            raise InvalidInputError(f"{argument}: {row_names(index, [i])} holds a {type_name(value)}, "
                                    f"not a value to group by") from None
    if missing:
        refuse_missing_group_clash([*found, None], argument)
    found = dict(zip(whole_numbers_as_ints(list(found)), found.values()))
    try:
        order = sorted(found)
    except TypeError:  # values with no order between them (3 and "3")
        order = sorted(found, key=str)
    rank = {value: at for at, value in enumerate(order)}
    groups = [(value, rows, rank[value]) for value, rows in found.items()]
    if missing:
        groups.append((MISSING_GROUP, missing, len(order)))  # after the values of its size
    return {value: rows for value, rows, _ in sorted(groups, key=lambda group: (-len(group[1]), group[2]))}


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
    still rank the candidates. The estimator may also be a Pipeline whose last step is a
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

    if metric in NEGATED.values():
        raise InvalidInputError(f"metric {quoted(metric)} is lower-is-better, and a scorer is maximised: score it "
                                f"negated, as scikit-learn's 'neg_' scorers do, with scorer('neg_{metric}')")
    value_f1 = isinstance(metric, str) and metric.endswith("_f1") and metric != "_f1"
    if metric not in SCORER_METRICS and (not value_f1 or metric[:-3].lower() in _NOT_STANCE_VALUES):
        get_close_matches = forksafe.imported("difflib").get_close_matches

        close = get_close_matches(str(metric), SCORER_METRICS, n=1, cutoff=0.6)
        raise InvalidInputError(f"metric {quoted(metric)} is not one of {list(SCORER_METRICS)} nor a stance value's F1 "
                                f"('<value>_f1', such as 'con_f1' for a model whose stance values include 'con')"
                                + (f"; did you mean {quoted(close[0])}?" if close else ""))
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

        from .model import _as_text_list, _split_targets

        metric = self.metric
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
        metrics = evaluate(estimator, frame, stance_column="stance" if stances is not None else None,
                           favor=self.favor, against=self.against).metrics
        value = metrics[_metric_named(NEGATED.get(metric, metric), metrics, estimator, self.favor, self.against)]
        if math.isnan(value):
            return 0.0
        return -float(value) if metric in NEGATED else float(value)


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
    from .document import stance_directions
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
            raise InvalidInputError(
                f"scorer({quoted(metric)}): cannot tell which of the model's stance values {list(classes)} is favour "
                f"and which is against; score one by name, e.g. scorer({quoted(stance_f1_key(classes[0]))})") from None
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


def gold_label_sets(frame: Any, labels_column: str) -> list[tuple[str, ...]]:
    """The gold label set of every row; a row without one is an error that names it."""
    from .data import _have, parse_label_set
    from .exceptions import InvalidInputError
    from .label_names import warn_of_codes_read_as_numbers
    from .names import named_rows, row_names

    if frame.empty:
        raise InvalidInputError("data has no rows: nothing to evaluate")
    values = frame[labels_column].tolist()
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
            + _spelling_hint(gold, known)
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
             + _spelling_hint(unknown_labels, known))
    if gold_stances is not None and model.stance_classes:
        unknown = {s for s in gold_stances if s is not None} - set(model.stance_classes)
        if unknown:
            warn(f"stance_column={quoted(stance_column)}: {quoted_list(sorted(unknown))} are not stance values this "
                 f"model predicts ({', '.join(map(shown, model.stance_classes))}), so they count as misses"
                 + _where_each_is(unknown, [{value} for value in gold_stances], index)
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
    more = f" and {len(named) - shown} more values" if len(named) > shown else ""
    return f"; {', '.join(each)}{more}"


def _spelling_hint(unknown: set[str], known: set[str]) -> str:
    """Why gold values the model does not know may be its own, written otherwise: in another
    case ("Favor" for "favor"), with a look-alike letter of another alphabet ("зa", a Latin
    "a", for "за"), misspelt ("agianst"), with a stray separator ("unity;", as
    :func:`stance.label_names.label_with_stray_separators` finds it), or several labels joined with
    a comma instead of "|".

    >>> _spelling_hint({"Favor", "agianst"}, {"favor", "against"})
    "; 'Favor' is 'favor' and 'agianst' is 'against' in this model? (values are compared exactly)"
    >>> _spelling_hint({"з\u0061"}, {"за", "проти"})
    "; 'зa' is 'за' in this model? ('зa' has Latin 'a' U+0061 where the other has Cyrillic 'а' U+0430)"
    >>> _spelling_hint({"unity;"}, {"unity", "deterrence", "none"})
    "; 'unity;' is 'unity' in this model? (values are compared exactly)"
    >>> _spelling_hint({"unity, deterrence"}, {"unity", "deterrence", "none"})
    "; 'unity, deterrence' looks like several labels: join them with '|'"

    Codes that are the model's with their zeros lost or added ("0" for "000"):

    >>> _spelling_hint({"0", "4"}, {"000", "004", "051"})
    "; '0' is '000' and '4' is '004' in this model? (zeros lost or added: pandas drops the zeros of codes \
it reads as numbers; read them with dtype=str)"

    Not decimals, which are other codes ("1.10" and "1.1" are two sections of an outline), as
    near as a typo:

    >>> _spelling_hint({"1.10"}, {"1.1", "2.1"})
    "; '1.10' is '1.1' in this model? (values are compared exactly)"
    """
    from .label_names import (
        _LIST_SEPARATORS,
        joined_labels,
        label_with_stray_separators,
        lookalike_key,
        lookalike_letters,
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
        hints.append(f"{quoted(sorted(joined)[0])} looks like several labels: join them with '|'")
    return "".join(f"; {hint}" for hint in hints)


def _each_is(spelt: dict[str, str], shown: int = QUOTED_VALUES) -> str:
    """"'a' is 'b' and 'c' is 'd'" of each gold value of ``spelt`` and the model's spelling of
    it, sorted, the first ``shown`` (four cut a fifth typo from the hint, as if it had none).

    >>> _each_is({"Gas": "gas", "NONE": "none"}), _each_is({"a": "A", "b": "B", "c": "C"}, 2)
    ("'Gas' is 'gas' and 'NONE' is 'none'", "'a' is 'A' and 'b' is 'B' and 1 more")
    """
    names = sorted(spelt)
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return " and ".join(f"{quoted(value)} is {quoted(spelt[value])}" for value in names[:shown]) + more


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
) -> EvaluationReport:
    """Compute every metric from predicted and gold label sets and stances (and, given the
    predictions' ``confidences``, ``mean_confidence`` and ``confidence_error``). Given the
    statements' ``texts``, the report keeps a digest of them, so that
    :meth:`EvaluationReport.compared_with` refuses a report of other statements.
    ``directions`` are the stance values ``stance_f_avg`` averages (by default, those
    :func:`_directions` finds among the stance values)."""
    n = len(gold_sets)
    # The tables list the labels as a reader counts ("code_2" before "code_10", as a profile
    # lists its groups), the gold labels the model lacks among them: sorted as text, a
    # scheme of numbered codes came out of order, and in the rows' order, a shuffled file
    # gave another table.
    all_labels = sorted({*labels, *(label for gold in gold_sets for label in gold)}, key=natural_key)
    per_label: dict[str, dict[str, float]] = {}
    scored: list[str] = []
    total_tp = total_fp = total_fn = 0
    for label in all_labels:
        tp = sum(label in p and label in g for p, g in zip(predicted_sets, gold_sets))
        fp = sum(label in p and label not in g for p, g in zip(predicted_sets, gold_sets))
        fn = sum(label not in p and label in g for p, g in zip(predicted_sets, gold_sets))
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        if tp + fp + fn:
            per_label[label] = _prf(tp, fp, fn)
            scored.append(label)
        else:  # neither gold nor predicted: no precision, recall or F1 to speak of (0/0)
            per_label[label] = {"precision": math.nan, "recall": math.nan, "f1": math.nan, "support": 0}
    # A label neither in the gold data nor predicted has no F1 (0/0): it is left out of the
    # macro average, as in the primary-label and stance averages, rather than counted as 0.
    # fsum: the labels the gold rows add come in the rows' order, and a mean summed in that
    # order differed in its last bit for the same statements shuffled.
    macro = {k: math.fsum(per_label[label][k] for label in scored) / len(scored) if scored else math.nan
             for k in ("precision", "recall", "f1")}
    micro = _prf(total_tp, total_fp, total_fn)
    # As in scikit-learn's reports, an average's support is the sum of the labels' supports.
    support = sum(per_label[label]["support"] for label in all_labels)
    per_label["macro avg"] = {**macro, "support": support}
    per_label["micro avg"] = {**micro, "support": support}
    primary_pred = [p[0] if p else NO_LABEL for p in predicted_sets]
    primary_gold = [g[0] for g in gold_sets]
    top1 = [p in g for p, g in zip(primary_pred, gold_sets)]
    columns = all_labels + ([NO_LABEL] if NO_LABEL in primary_pred else [])
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
    if gold_stances is not None:
        # An off-topic statement takes no position: a stance written on one is not judged
        # (training ignores it too).
        gold_stances = [None if g[0] == none_label else s for g, s in zip(gold_sets, gold_stances)]
        # A row with a target but no gold stance is not judged on stance: its predicted
        # stance is set aside as its gold one is (the F1s counted it a false positive, while
        # stance accuracy skipped the row). An off-topic row's stance is "none", and judged.
        predicted_stances = [None if s is None and g[0] != none_label else p
                             for p, g, s in zip(predicted_stances, gold_sets, gold_stances)]
        stance_values = list(stance_classes) or sorted({g for g in gold_stances if g is not None})
        # A fold's model may lack a value the whole data has: it has no F1 to average.
        directions = (_directions(stance_values) if directions is None
                      else tuple(v for v in directions if v in stance_values))
        metrics.update(_stance_metrics(predicted_stances, gold_stances, stance_values, directions))
    from functools import partial

    outcomes_of = forksafe.imported(".intervals").outcomes_of

    with_confidence = "mean_confidence" in metrics
    # Built only if intervals are asked for: it costs a third of the report's own time.
    outcomes = partial(
        outcomes_of, predicted_sets, gold_sets, all_labels, all_labels, predicted_stances, gold_stances,
        stance_values, directions if stance_values else (), none_label,
        confidence if with_confidence else None, confidence_bin(confidence) if with_confidence else None,
        clusters=None if texts is None else text_clusters(texts))
    return EvaluationReport(metrics=metrics, per_label=per_label, confusion=confusion, n=n, _outcomes=outcomes,
                            _texts=None if texts is None else texts_digest(texts),
                            _statements=None if texts is None else (
                                statements_digest(texts, gold_sets),
                                None if gold_stances is None else statements_digest(texts, gold_sets, gold_stances)))


def text_clusters(texts: Sequence[Any]) -> np.ndarray | None:
    """Each statement's text, numbered from 0 in the order the texts first come, when some
    text is given more than once (one :func:`stance.data.text_key`, as training and the folds
    find copies; a missing text counts as ""); None when every text is its own. The
    intervals draw a text with all its copies (see :attr:`stance.intervals.Outcomes.clusters`).

    >>> text_clusters(["Hear, hear!", "NATO must act.", "Hear,  hear! "]).tolist(), text_clusters(["a", "b"])
    ([0, 1, 0], None)
    """
    from .data import repeated_text_keys

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


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}


def _primary_macro_f1(predicted: list[str], gold: list[str], labels: list[str]) -> float:
    scores = []
    for label in labels:
        tp = sum(p == label and g == label for p, g in zip(predicted, gold))
        fp = sum(p == label and g != label for p, g in zip(predicted, gold))
        fn = sum(p != label and g == label for p, g in zip(predicted, gold))
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
        # A value neither present nor predicted has no F1 (0/0); it is left out of F_avg.
        f1 = _prf(tp, fp, fn)["f1"] if tp + fp + fn else math.nan
        out[stance_f1_key(value)] = f1
    averaged = [out[stance_f1_key(value)] for value in (_directions(classes) if directions is None else directions)]
    defined = [f for f in averaged if not math.isnan(f)]
    out["stance_f_avg"] = float(np.mean(defined)) if defined else math.nan
    judged = [(p, g) for p, g in zip(predicted, gold) if g is not None]
    out["stance_accuracy"] = float(np.mean([p == g for p, g in judged])) if judged else math.nan
    return out


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


def averaged_values(classes: Sequence[str], favor: str | None = None,
                    against: str | None = None) -> tuple[str, ...]:
    """The stance values whose F1 ``stance_f_avg`` averages: ``favor`` and ``against`` when
    given (checked and read as :func:`stance.document.stance_directions` reads them), else
    :func:`_directions` of ``classes``; when that is every one of more than two values (none
    of them named like favour or against), a warning says so and how to name the two.

    >>> averaged_values(("favorable", "neutral", "unfavorable"), favor="Favorable", against="unfavorable")
    ('favorable', 'unfavorable')
    """
    from .document import stance_directions

    if favor is not None or against is not None:
        return stance_directions(tuple(classes), favor, against)
    directions = _directions(classes)
    if len(directions) > 2:
        # With "pro"/"contra"/"neutral" it is the mean of two F1s, with "favorable"/
        # "unfavorable"/"neutral" of three: the same name for two measures, unless said.
        warn(f"stance_f_avg is the mean F1 of every stance value {list(directions)}, not of favour and against "
             f"(SemEval's F_avg), since none of them is named like favour or against; pass favor= and against= "
             f"(e.g. favor={quoted(directions[0])}, against={quoted(directions[-1])}) to average those two")
    return directions


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
    **options: Any,
) -> EvaluationReport:
    """Cross-validated evaluation: pooled metrics, their spread across folds, each fold.

    The report's metrics are those of the out-of-fold predictions pooled (every row
    predicted by the model of the fold that held it out), not the mean of the folds';
    ``spread`` is each metric's standard deviation over the folds (ddof=1), ``folds`` each
    fold's ``n`` and metrics, and ``predictions`` a frame indexed as ``data`` with each
    row's ``fold`` (its position in ``folds``) and out-of-fold ``label``, ``labels``
    (joined with "|"), ``stance`` and ``confidence``.

    ``groups`` (a column name, or one value per row: in the rows' order, or a Series indexed
    as ``data``, while one indexed by other rows is refused) keeps each group within one fold;
    with at least as many folds as groups it is leave-one-group-out, and each fold's
    entry in ``report.folds`` names its held-out group (``report.cross_validation`` and the
    report's first line say how many folds ran, and why, when fewer than ``folds``). The
    groups decide the folds, so copies of a text in groups held out in different folds are
    each tested on a model that trained on another: a warning counts such texts. Otherwise
    rows holding the same text
    (up to whitespace and Unicode form) share a fold, so no copy is tested on a model that
    learnt it, and folds are stratified by primary label: a primary label with fewer than
    ``folds`` different texts (warned of) has each held out in a fold of its own, and some
    folds test none of them. ``options`` are :class:`StanceModel` options (it trains its own model on each
    fold: to cross-validate a model's settings, pass ``**model.get_params()``).
    ``favor`` and ``against`` name the stance values ``stance_f_avg`` averages, as in
    :func:`evaluate`. There is no ``by``: to measure each group, evaluate a model on held-out data with
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
    from .api import _known_options
    from .data import (
        check_fold_counts,
        check_fold_labels,
        check_fold_stances,
        check_whole_data,
        columns_named,
        conflicts_reported,
        prepare_training,
        refuse_empty_rows,
        refuse_whole_data,
        require_columns,
        stance_column_apart,
        stance_value,
        warn_if_stance_unused,
        warn_of_unused_off_topic,
    )
    from .label_names import off_topic_as_written
    from .model import StanceModel
    from .names import named_rows
    from .tables import read_table
    no_folds_summarised = forksafe.imported(".training").no_folds_summarised

    if "by" in options:  # not a model option, though the unknown-option error would call it one
        raise InvalidInputError("cross_validate takes no by=: to measure each group, evaluate a model on "
                                "held-out data with stance.evaluate(model, held_out, by=COLUMN)")
    if isinstance(data, StanceModel):  # evaluate's order, (model, data): it names no model to train
        from .tables import SUPPORTED_SUFFIXES

        raise InvalidTypeError(
            f"data must be a pandas DataFrame or a path to a {'/'.join(SUPPORTED_SUFFIXES)} file, got StanceModel: "
            f"cross_validate trains its own model on each fold, so pass the data and the model's options, e.g. "
            f"stance.cross_validate(data, C=1), or this model's: stance.cross_validate(data, **model.get_params())"
        )
    stance_column = stance_column_apart(stance_column, labels_column, default="stance")
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column],
                       r_missing_in=[text_column, labels_column])
    if isinstance(folds, str) and folds in frame.columns:
        # Columns given in train's order (data, text_column, labels_column) land in folds and
        # groups here, and the check of the default text_column named neither.
        raise InvalidInputError(
            f"folds must be an int (the number of folds), got {quoted(folds)}, a column of data: cross_validate takes "
            f"folds and groups before text_column, so pass the columns by name: text_column={quoted(folds)}"
        )
    if stance_column == "stance" and "stance" not in frame.columns:
        stance_column = None
        warn_if_stance_unused(frame, stance_column, "cross-validation", labels_column)  # a "Stance" column, say
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column})
    options = _known_options({"random_state": random_state, **options})
    # The whole frame is checked once, so that a bad row is named by its index label and
    # column, not by its position inside some fold's training list.
    template = StanceModel(**options)
    template._check_options()  # a bad option (a seed of 'a') is named before any fold is drawn
    random_state = template.random_state
    if isinstance(groups, str):
        require_columns(frame, {"groups": groups})
    refuse_empty_rows(frame, text_column)
    minimum, stance_name = template.min_examples_per_label(), f"stance_column={quoted(stance_column)}"
    rows = named_rows(frame.index)  # an index that repeats a label: rows named by position too

    def then(texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None) -> None:
        # With the rows' problems, as check_whole_data would name them.
        refuse_whole_data(label_sets, stances, minimum, rows, stance_name, misspelt_only=True)

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
    try:
        check_whole_data(clean_texts, gold_sets, clean_stances, minimum, rows, stance_name)
    except InvalidInputError as error:  # "labels: …" of a column called "code", as training names it
        raise columns_named(error, {"labels": f"labels_column={quoted(labels_column)}"}) from None
    splits, rare = _splits(clean_texts, gold_sets, clean_stances, folds, group_values, random_state, rows)
    grouped = group_values is not None

    def fewer() -> int | None:
        return _most_folds_that_train(clean_texts, gold_sets, clean_stances, folds, random_state, minimum)

    check_fold_labels(gold_sets, splits, clean_texts, index=rows, grouped=grouped, fewer=fewer)
    check_fold_counts(gold_sets, (t for t, _ in splits), minimum, folds,
                      hint=", or pass threshold_folds=0" if minimum > 2 else "", index=rows, groups=group_values)
    check_fold_stances(clean_stances, splits, minimum, texts=clean_texts, index=rows, name=stance_name,
                       grouped=grouped, fewer=fewer, groups=group_values)
    # Said of folds that will run: warned of before the checks refused them, they told of a
    # run that never happened.
    _warn_of_rare_labels(rare, folds)
    if group_values is not None:
        _warn_of_unseen_labels(gold_sets, splits, group_values)
        _warn_of_copies_in_other_folds(clean_texts, splits, group_values, text_column)
    # Of the whole data, not of each fold's training rows, which may lack the label.
    warn_of_unused_off_topic(off_topic_as_written(template._none_label_as_read(), gold_sets),
                             {label for row in gold_sets for label in row})
    texts = frame[text_column].tolist()
    labels = frame[labels_column].tolist()
    stances = frame[stance_column].tolist() if stance_column else None
    gold_stances = [stance_value(v) for v in stances] if stances is not None else None
    # Read once, of every stance value the data have (a fold's model may lack one), so that
    # the warning of an average over every value is given once, not once a fold.
    directions = None if clean_stances is None else averaged_values(
        sorted({s for s in clean_stances if s is not None}), favor, against)
    predicted_sets: list = [None] * len(frame)
    predicted_stances: list = [None] * len(frame)
    predicted_confidences: list = [None] * len(frame)
    fold_of = np.empty(len(frame), dtype=np.int32)
    fold_reports = []
    # Each fold's fit warns of the same data: said once, not once a fold; conflicting copies
    # were named above by the data's index. Folds too small for threshold folds are said in
    # one warning too, though each fold's count of texts is its own.
    with warnings_once(), conflicts_reported(), no_folds_summarised(len(splits), "cross-validation folds"):
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
                model.labels, model.params_.none_label, model.stance_classes,
                confidences=[p.confidence for p in predictions], directions=directions,
            )
            entry: dict[str, Any] = {"n": len(test_rows), **report.metrics}
            if group_values is not None:  # every group held out in the fold (several with fewer folds than groups)
                entry["group"] = "+".join(sorted({str(group_values[i]) for i in test_rows}))
            fold_reports.append(entry)
    pooled = compute_report(predicted_sets, predicted_stances, gold_sets, gold_stances,
                            model.labels, model.params_.none_label, model.stance_classes,
                            confidences=predicted_confidences, texts=texts, directions=directions)
    pooled.folds = fold_reports
    n_groups = None if group_values is None else len({str(g) for g in group_values})  # as _splits counts them
    pooled.cross_validation = {"folds": len(splits), "folds_asked": int(folds), "groups": n_groups,
                               "grouped_by": _groups_name(groups),
                               "leave_one_group_out": n_groups is not None and len(splits) == n_groups}
    pooled.spread = {name: _spread([f[name] for f in fold_reports]) for name in pooled.metrics}
    pooled.predictions = _out_of_fold(fold_of, predicted_sets, predicted_stances, predicted_confidences, frame.index)
    return pooled


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


def _spread(values: list[float]) -> float:
    """The standard deviation of a metric over the folds that have it (a fold without rows of
    a class has no F1 for it: NaN, which made the whole spread NaN); 0.0 for fewer than two.

    >>> round(_spread([0.8, float("nan"), 0.6]), 4), _spread([0.8])
    (0.1414, 0.0)
    """
    finite = sorted(v for v in values if not math.isnan(v))  # sorted: the same folds in any order, the same sum
    return float(np.std(finite, ddof=1)) if len(finite) > 1 else 0.0


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
    """Say when the groups put copies of a text (rows of one :func:`stance.data.text_key`)
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
    from .data import _snippet, repeated_text_keys

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


def _most_folds_that_train(texts: list[str], gold_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                           folds: int, random_state: int, minimum: int) -> int | None:
    """The most folds, fewer than ``folds``, drawn as cross-validation draws them, whose
    training rows each keep two labels, ``minimum`` rows of each label they keep and a
    stance head's values; None when no number does. Fewer folds need not be better (a fold
    holds out more), so each number is drawn and checked.

    >>> texts = [f"wind farm {i}" for i in range(9)] + ["hello all", "hello all", "good day", "good day"]
    >>> labels = [("energy",)] * 9 + [("none",)] * 4
    >>> _most_folds_that_train(texts, labels, None, 5, 0, 2), _most_folds_that_train(texts, labels, None, 2, 0, 2)
    (4, None)
    """
    from .data import check_fold_counts, check_fold_labels, check_fold_stances, shuffled_folds
    from .exceptions import InvalidInputError

    everything = np.arange(len(texts))
    for fewer in range(folds - 1, 1, -1):
        try:
            tests, _ = shuffled_folds(texts, gold_sets, stances, fewer, random_state)
            splits = [(np.setdiff1d(everything, test).tolist(), test.tolist()) for test in tests]
            check_fold_labels(gold_sets, splits, texts)
            check_fold_counts(gold_sets, (train for train, _ in splits), minimum, fewer)
            check_fold_stances(stances, splits, minimum)
        except InvalidInputError:
            continue
        return fewer
    return None


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

    from .data import refuse_unordered
    from .model import _refuse_scrambled
    from .names import row_names

    if groups is None:
        return None
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
            folds: int, groups: Any, random_state: int, rows: Any):
    """``(train rows, test rows)`` of each fold: by group, or drawn at random over the rows
    in content order (see :func:`stance.data.shuffled_folds`); ``rows``, the data's index,
    names rows in messages. And the primary labels of fewer texts than folds, which random
    folds put each in a fold of its own (for :func:`_warn_of_rare_labels`; none by group)."""
    model_selection = forksafe.imported("sklearn.model_selection")

    from .data import _have, is_missing_group, repeated_text_keys, shuffled_folds
    from .exceptions import InvalidInputError, is_int
    from .names import row_names

    n = len(texts)
    if not is_int(folds) or folds < 2:
        raise InvalidInputError(f"folds must be an int between 2 and the number of rows ({n}), got {quoted(folds)}")
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
    tests, rare = shuffled_folds(texts, gold_sets, stances, folds, random_state)
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

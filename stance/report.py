"""The evaluation report: :class:`EvaluationReport`, what :func:`stance.evaluate` and
:func:`stance.cross_validate` return, with its tables (per label, confusion, by group), its
bootstrap intervals and paired comparison as tables, its text, HTML and JSON, and the
wording of counts in messages (:func:`counted`, :func:`statements`).

The metrics in it are computed by :func:`stance.evaluation.compute_report` (the arithmetic
is :mod:`stance.metrics`'), the intervals by :mod:`stance.intervals`.
"""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import (
    PYTHON,
    CountTypeError,
    InvalidInputError,
    InvalidTypeError,
    Words,
    and_listed,
    as_written,
    is_number,
    quoted,
    require_count,
    require_seed,
    type_name,
    warn,
)
from .marks import ellipsis, printable_marks
from .metrics import CONFIDENCE_METRICS, HEADLINE, LOWER_IS_BETTER, as_count
from .prediction import accessible_table, probability_shown, short_of_an_end

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

# Intervals over fewer statements than this come with a warning: a bootstrap interval is
# too narrow on few (the resamples cannot stray far from the few rows there are).
FEW_STATEMENTS = 30
# The metrics a report's text shows per group: enough to see where the model fails, narrow
# enough for a terminal (by_group() has them all).
# The most resamples an interval draws. Its time grows with resamples × statements (6 s a
# million on 60 statements), so resamples=10**12 drew for hours with no word, as a typo of
# a zero or two would; the ends of a percentile interval are steady long before this (the
# default is 1,000), as the README says. Refused above it, as ngram_max above 20 and C
# above 1e12 are.
MAX_RESAMPLES = 100_000

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


def _without(table: pd.DataFrame, left_out: dict[str, int],
             names: Iterable[str]) -> tuple[pd.DataFrame, dict[str, int]]:
    """``table`` (intervals) and ``left_out`` (resamples without a value, by metric) but for the
    metrics ``names``: the F1 of gold stance values the model lacks, left out of the caveats."""
    names = set(names)
    return (table.drop(index=[name for name in table.index if name in names]),
            {name: count for name, count in left_out.items() if name not in names})


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


# How a table of the report shows a metric with no value (NaN), as the headline does, with a
# note below it saying why; "NaN" beside the headline's "n/a (…)" read as another thing.
NOT_DEFINED = "n/a"
# Why a group's metric is "n/a" (NaN in by_group()), below the table of groups.
# One short line, as the table of groups is kept to a terminal's width.
GROUP_NOT_DEFINED = (f"{NOT_DEFINED}: nothing in the group for the metric to measure (no statement it counts, or "
                     f"an F1 of 0/0)")

# What the report's tables are, for a screen reader (their <caption>s).
PER_LABEL_CAPTION = "Each label's precision, recall, F1 and support (its statements in the gold data)"
CONFUSION_CAPTION = "Confusion: statements by gold label (rows) and predicted label (columns)"


# A group's name in print(report)'s table, in a terminal's columns, as a document's statements are cut
# (stance.document): a 50,000-character name (a pasted paragraph in a speaker column) ran the table to
# 50,036 columns. The notebook's table cuts one as a statement is cut there (prediction.HTML_TEXT_LIMIT).
GROUP_NAME_WIDTH = 70


def _group_names_cut(table: pd.DataFrame, shorten: Callable[[str], str]) -> pd.DataFrame:
    """``table`` of groups (:meth:`EvaluationReport.by_group`) with each name of its index that is
    text cut by ``shorten``; a name of another kind (2020, a date) as it is, and the table's own
    index untouched (``by_group()`` keeps every name whole).

    >>> import pandas as pd
    >>> table = pd.DataFrame({"n": [2, 1]}, index=pd.Index(["Mr Speaker, " * 9, 2020], name="g", dtype=object))
    >>> _group_names_cut(table, lambda name: name[:10] + "…").index.tolist()
    ['Mr Speaker…', 2020]
    """
    pd = forksafe.imported("pandas")

    names = [shorten(name) if isinstance(name, str) else name for name in table.index]
    return table.set_axis(pd.Index(names, name=table.index.name, dtype=object), axis=0)


def rounded_as_shown(table: pd.DataFrame, digits: int = 3) -> pd.DataFrame:
    """``table`` with each float rounded to ``digits`` as a headline's ``f"{v:.3f}"`` prints
    it, by Python's round of the float itself: pandas' ``.round(3)`` scales by 1000 first, and
    284/320 = 0.8875 (0.88749999… as a float) printed 0.888 in a table beside the headline's
    0.887, one figure two ways in one output. A numpy float is made a float first, whose round
    numpy's would otherwise do the same way as pandas. A column holding a figure short of 1 that
    rounds to it, or above 0 that rounds to none, is written as the headline writes its figures
    (:func:`figure_shown`: ">0.999", "<0.001"), each a str then, and a missing one NaN.

    >>> import pandas as pd
    >>> rounded_as_shown(pd.DataFrame({"value": [284 / 320, float("nan")], "n": [320, 0]})).to_dict("list")
    {'value': [0.887, nan], 'n': [320, 0]}
    >>> rounded_as_shown(pd.DataFrame({"value": pd.array([0.5, None], dtype="Float64")}))["value"].tolist()
    [0.5, nan]
    >>> rounded_as_shown(pd.DataFrame({"value": [2499 / 2500, 0.0003, 1.0, 0.5, float("nan")]}))["value"].tolist()
    ['>0.999', '<0.001', '1.000', '0.500', nan]

    A figure that rounds to none is an unsigned 0 (pandas printed -0.0 as "-0.000"):

    >>> [str(v) for v in rounded_as_shown(pd.DataFrame({"value": [-0.0, -1e-17, 0.5]}))["value"]]
    ['0.0', '0.0', '0.5']
    """
    pd = forksafe.imported("pandas")
    shown = table.copy()
    step = 10.0 ** -digits  # the least the digits show
    for at, dtype in enumerate(shown.dtypes):
        if dtype.kind == "f":
            # pandas' nullable Float64 holds pd.NA, which float() refuses: NaN, as pandas shows it
            values = [math.nan if value is pd.NA else float(value) for value in shown.iloc[:, at]]
            # only a value within a step of 0 or 1 can round to one of them: the rule is asked of those
            # alone (200,000 rows of shares took 0.43 s asking it of each, 0.27 s before it was the rule)
            near = [value for value in values if not step <= value <= 1 - step]
            if any(short_of_an_end(probability_shown(value, digits)) for value in near):
                # 2,499 of 2,500 right was "1.000" in the table under a headline of ">0.999": the column's
                # figures as the headline's (figure_shown), a missing one NaN still, for na_rep
                shown.isetitem(at, [value if math.isnan(value) else probability_shown(value, digits)
                                    for value in values])
            else:
                # + 0.0 makes a -0.0 (of -0.0, or a hair below 0 rounded) the 0.0 it equals
                shown.isetitem(at, [round(value, digits) + 0.0 for value in values])
    return shown


# The decimals of a percentage level_shown gives: a level's float holds no more of what was typed.
_LEVEL_DECIMALS = 10


def level_shown(level: float) -> str:
    """A coverage ``level`` as a percentage with the digits it has, as the headings of the
    command's interval tables name it: ``f"{level:.0%}"`` called a 97.5% interval "98%" and a
    99.9% one "100%", a coverage no interval has.

    Public (``stance.level_shown``), for the caption of an intervals table, whose
    ``attrs["level"]`` ``to_latex()`` and ``to_csv()`` do not write:

    >>> import stance
    >>> table = stance.evaluate(stance.default_model(), stance.example_data("seed")).intervals(level=0.975)
    >>> f"{stance.level_shown(table.attrs['level'])} intervals, {table.attrs['resamples']:,} resamples"
    '97.5% intervals, 1,000 resamples'

    A level short of 1 is never "100%", which ``f"{level * 100:g}%"`` called 0.9999999:
    ">99.9999999999%" past the digits shown; nor a level above 0 "0%", nor a small one in a
    float's exponent ("1e-10%" of 1e-12): "<0.0000000001%" past them, as at the top.

    >>> [stance.level_shown(level) for level in (0.95, 0.9, 0.975, 0.999, 0.5, 0.9999999, 1 - 1e-14)]
    ['95%', '90%', '97.5%', '99.9%', '50%', '99.99999%', '>99.9999999999%']
    >>> [stance.level_shown(level) for level in (0.001, 1e-9, 1e-12, 1e-14)]
    ['0.1%', '0.0000001%', '0.0000000001%', '<0.0000000001%']

    A negative zero is 0, "0%" (it was "-0%"), as it is no level below 0:

    >>> stance.level_shown(-0.0), stance.level_shown(0)
    ('0%', '0%')

    A level is a number from 0 to 1, a fraction or a decimal too; what is not one is refused,
    naming it: ``Fraction(1, 3)`` failed in ``format``, and NaN was "nan%".

    >>> from fractions import Fraction
    >>> from decimal import Decimal
    >>> stance.level_shown(Fraction(1, 3)), stance.level_shown(Decimal("0.975")), stance.level_shown(1)
    ('33.3333333333%', '97.5%', '100%')
    >>> stance.level_shown(float("nan"))
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: level must be a number from 0 to 1 (0.95 for 95%), not nan
    >>> stance.level_shown("95%")
    Traceback (most recent call last):
    ...
    stance.exceptions.CountTypeError: level must be a number from 0 to 1 (0.95 for 95%), not '95%'
    """
    # A float32's digits as written (np.float32(0.999) was "99.9000015259%"), then rounded:
    # 0.9 * 100 is 90.00000000000001 as a float. Ten decimals, in plain digits.
    level = as_written(_level_checked(level))
    if level == 0:  # -0.0 (or Decimal("-0")) is 0, which it passes as: "-0%" is no level
        return "0%"
    shown = f"{round(level * 100, _LEVEL_DECIMALS):.{_LEVEL_DECIMALS}f}".rstrip("0").rstrip(".")
    if shown == "100" and level < 1:
        return f">{100 - 10.0 ** -_LEVEL_DECIMALS:.{_LEVEL_DECIMALS}f}%"
    if shown == "0" and level > 0:
        return f"<{10.0 ** -_LEVEL_DECIMALS:.{_LEVEL_DECIMALS}f}%"
    return f"{shown}%"


def _level_checked(level: Any) -> Any:
    """``level`` if it is a number from 0 to 1 (a fraction as the decimal it is, to 28 digits,
    which ``format`` writes where Python before 3.12 could not write a Fraction); refused,
    naming it, if not.

    >>> from fractions import Fraction
    >>> _level_checked(Fraction(1, 4)), _level_checked(0.95), _level_checked(1)
    (Decimal('0.25'), 0.95, 1)
    """
    # A Decimal is a number but not a numbers.Real; a complex is neither, nor a bool.
    real = (isinstance(level, numbers.Number) and not isinstance(level, (bool, complex))
            and (isinstance(level, numbers.Real) or not isinstance(level, numbers.Complex)))
    # A Decimal's NaN by is_nan(): a signalling one (Decimal("sNaN")) raised decimal's InvalidOperation
    # when compared, level != level included; a float's NaN as level != level.
    nan = real and (level.is_nan() if hasattr(level, "is_nan") else level != level)
    if not real or nan or not 0 <= level <= 1:
        error = InvalidInputError if real else CountTypeError
        raise error(f"level must be a number from 0 to 1 (0.95 for 95%), not {quoted(as_written(level))}")
    if isinstance(level, numbers.Rational) and not isinstance(level, numbers.Integral):
        decimal = forksafe.imported("decimal")  # not loaded by `import stance`
        return decimal.Decimal(level.numerator) / decimal.Decimal(level.denominator)
    return level


def figure_shown(value: float) -> str:
    """A metric's value to 3 decimals, as :func:`stance.prediction.probability_shown` shows a
    probability: one above 0 that rounds to none as "<0.001" (a confidence_error of 0.0003 was
    "0.000", read as no error at all, beside a metric that is 0), and one short of 1 that rounds
    to it as ">0.999" (a top1_in_gold of 0.9996, 2,499 of 2,500 statements right, was "1.000",
    quoted as a perfect model). 1 and 0 themselves are "1.000" and "0.000". (A metric is 0 to 1,
    so none is a small negative.)

    >>> [figure_shown(v) for v in (0.5, 0.0003, 0.0005, 0.0, 1e-300)]
    ['0.500', '<0.001', '0.001', '0.000', '<0.001']
    >>> [figure_shown(v) for v in (2499 / 2500, 0.9994, 1.0, 1 - 1e-16)]
    ['>0.999', '0.999', '1.000', '>0.999']
    """
    return probability_shown(value, 3)


def _metric_shown(name: str, value: float) -> str:
    """A metric's value as the report shows it, printed and in HTML, and a metric with no
    value (NaN) as "n/a" and why: "against_f1 nan" told a student nothing.

    >>> _metric_shown("macro_f1", 0.5), _metric_shown("against_f1", float("nan"))
    ('0.500', 'n/a (no such class in the gold data or the predictions: F1 is 0/0)')
    """
    if not math.isnan(value):
        counted = as_count(name, value)  # a count among them (n_rows 120.0) as a whole number, not "120.000"
        return str(counted) if isinstance(counted, int) else figure_shown(value)
    if name == "stance_f_avg":  # the mean of the two (SemEval's F_avg), not of the one defined
        return "n/a (a stance value it averages is in neither the gold data nor the predictions: its F1 is 0/0)"
    if name.endswith("_f1"):
        return "n/a (no such class in the gold data or the predictions: F1 is 0/0)"
    return "n/a (no statement this metric counts)"


def exact_intervals_noted(table: pd.DataFrame) -> str:
    """The note below a table of intervals (see :func:`intervals_not_defined`) naming its rows
    whose interval is the exact (Clopper-Pearson) one, not the bootstrap's the heading names:
    top-1-in-gold and stance accuracy at 0 or 1 ("" when none is), where a resample of
    statements all right is all right (see :func:`stance.intervals.bootstrap_intervals`).

    >>> import pandas as pd
    >>> table = pd.DataFrame({"value": [1.0, 0.5], "low": [0.858, 0.2], "high": [1.0, 0.7]},
    ...                      index=["top1_in_gold", "macro_f1"])
    >>> print(exact_intervals_noted(table))
    top1_in_gold: the exact (Clopper-Pearson) interval: every statement is right, so every resample would be

    A table by group (rows named by group and metric, as ``stance evaluate --by`` shows it) gets
    one line naming each such metric's groups:

    >>> table.index = pd.MultiIndex.from_tuples([("a", "top1_in_gold"), ("a", "macro_f1")])
    >>> print(exact_intervals_noted(table))  # doctest: +NORMALIZE_WHITESPACE
    exact (Clopper-Pearson) intervals, every statement of the group right (or none), where every resample would be:
    top1_in_gold of 'a'
    """
    from .exceptions import quoted

    exact = [(name, row["value"]) for name, row in table.iterrows()
             if (name[-1] if isinstance(name, tuple) else name) in ("top1_in_gold", "stance_accuracy")
             and row["value"] in (0.0, 1.0)]
    if table.index.nlevels == 1:
        return "\n".join(f"{name}: the exact (Clopper-Pearson) interval: "
                         + ("every statement is right, so every resample would be" if value == 1 else
                            "no statement is right, so no resample would be") for name, value in exact)
    groups: dict[str, list[str]] = {}  # the groups of each metric, in the table's order: one short line
    for (group, metric), _ in exact:  # quoted as the --by warning quotes them: a group 'a, b' is one
        groups.setdefault(metric, []).append(quoted(group))
    return ("exact (Clopper-Pearson) intervals, every statement of the group right (or none), where every resample "
            "would be: " + "; ".join(f"{metric} of {', '.join(named)}" for metric, named in groups.items())
            if groups else "")


def intervals_not_defined(table: pd.DataFrame) -> str:
    """The note below a table of intervals (a row per metric, its ``value``, ``low`` and
    ``high``; :meth:`EvaluationReport.intervals`), shown with "n/a" where they are NaN as the
    headline shows a metric with no value, saying why ("" when every cell has a value):
    "against_f1 NaN NaN NaN" stood under a headline of "n/a (no such class …)".

    >>> import pandas as pd
    >>> table = pd.DataFrame({"value": [0.5, math.nan], "low": [0.2, math.nan], "high": [0.7, math.nan]},
    ...                      index=["macro_f1", "against_f1"])
    >>> print(intervals_not_defined(table))  # doctest: +NORMALIZE_WHITESPACE
    n/a: against_f1 has no value (no such class in the gold data or the predictions: F1 is 0/0), so no
    interval either
    """
    notes = []
    for name, row in table.iterrows():
        if math.isnan(row["value"]):
            why = _metric_shown(str(name), math.nan).removeprefix(f"{NOT_DEFINED} ")
            notes.append(f"{name} has no value {why}, so no interval either")
        elif math.isnan(row["low"]) or math.isnan(row["high"]):
            notes.append(f"{name} had no value on any resample, so no interval")
    return f"{NOT_DEFINED}: " + "; ".join(notes) if notes else ""


def comparison_not_defined(table: pd.DataFrame) -> str:
    """The note below :meth:`EvaluationReport.compared_with`'s table (``this``, ``other``,
    ``difference``, ``low``, ``high``), shown with "n/a" where they are NaN, saying why, as
    :func:`intervals_not_defined` says it below the intervals ("" when every cell has a value):
    an audit's comparison showed ``confidence_error``'s interval as "n/a n/a" with no word.

    >>> import pandas as pd
    >>> nan = math.nan
    >>> table = pd.DataFrame({"this": [0.9, 0.02, nan], "other": [0.8, 0.03, 0.5], "difference": [0.1, -0.01, nan],
    ...                       "low": [0.05, nan, nan], "high": [0.15, nan, nan]},
    ...                      index=["top1_in_gold", "confidence_error", "against_f1"])
    >>> print(comparison_not_defined(table))  # doctest: +NORMALIZE_WHITESPACE
    n/a: confidence_error's difference has no interval: the binned error is biased on a sample, by how much
    depends on the model, so a bootstrap interval of the difference is no test; against_f1 has no value for
    this model (no such class in the gold data or the predictions: F1 is 0/0), so no difference or interval
    either
    """
    spread_only = forksafe.imported(".intervals").SPREAD_ONLY

    notes = []
    for name, row in table.iterrows():
        missing = [side for side in ("this", "other") if math.isnan(row[side])]
        if missing:
            why = _metric_shown(str(name), math.nan).removeprefix(f"{NOT_DEFINED} ")
            # "other model" alone lacks its article: "for the other model"
            which = "either model" if len(missing) == 2 else f"{'the ' * (missing[0] == 'other')}{missing[0]} model"
            notes.append(f"{name} has no value for {which} {why}, so no difference or interval either")
        elif name in spread_only:  # compared_with gives it no interval: see its docstring
            notes.append(f"{name}'s difference has no interval: the binned error is biased on a sample, by how much "
                         f"depends on the model, so a bootstrap interval of the difference is no test")
        elif math.isnan(row["low"]) or math.isnan(row["high"]):
            notes.append(f"{name} had no value on any resample, so no interval")
    return f"{NOT_DEFINED}: " + "; ".join(notes) if notes else ""


def _bounded_html(table: pd.DataFrame, whole: str, caption: str) -> str:
    """``table`` as HTML cut to pandas' ``display.max_rows`` and ``display.max_columns``, as
    a notebook shows any DataFrame, and, when cut, a line naming ``whole``, which has it all:
    of a scheme of 120 codes the confusion table had 14,400 cells. ``caption`` says what it
    is (see :func:`stance.prediction.accessible_table`).

    >>> import pandas as pd
    >>> with pd.option_context("display.max_rows", 4, "display.max_columns", 4):
    ...     page = _bounded_html(pd.DataFrame({"a": range(10)}), "t()", "A table")
    >>> page.count("<tr>"), page.endswith("<p>10 rows &times; 1 column: t() has every one</p>")  # 2, "...", 2
    (5, True)
    """
    pd = forksafe.imported("pandas")
    rows, columns = pd.get_option("display.max_rows"), pd.get_option("display.max_columns")
    # 0 means no limit to pandas (max_columns is 0 in a terminal, where it fits the width instead)
    rows, columns = rows or None, columns or None
    # A value that is not there (NaN) as the headline says it, "n/a" (see EvaluationReport._undefined_note).
    page = accessible_table(table.to_html(max_rows=rows, max_cols=columns, na_rep=NOT_DEFINED), caption)
    if (rows is None or len(table) <= rows) and (columns is None or table.shape[1] <= columns):
        return page
    shape = f"{counted(len(table), 'row')} &times; {counted(table.shape[1], 'column')}"
    return f"{page}<p>{shape}: {html.escape(whole)} has every one</p>"


def _axes_named_once(confusion: pd.DataFrame) -> pd.DataFrame:
    """``confusion`` with its two axes named in one header cell, "gold \\ predicted", over the
    column of gold labels: pandas' HTML put the columns' name ("predicted") there, over the gold
    labels, and the rows' ("gold") on a header row of its own, so a screen reader named the
    column of gold labels "predicted".

    >>> import pandas as pd
    >>> frame = pd.DataFrame([[1]], index=pd.Index(["unity"], name="gold"),
    ...                      columns=pd.Index(["unity"], name="predicted"))
    >>> _axes_named_once(frame).to_html().count("<tr"), _axes_named_once(frame).columns.name
    (2, 'gold \\\\ predicted')
    """
    shown = confusion.copy()
    shown.columns.name = f"{confusion.index.name} \\ {confusion.columns.name}"
    shown.index.name = None
    return shown


def _out_of_fold(entry: dict[str, Any]) -> str:
    """What the fold models of :func:`stance.cross_validate` did with a label they (almost) never
    predicted, an entry of :attr:`EvaluationReport.rarely_predicted` or ``unlearnt``: the words
    of both notes.

    >>> _out_of_fold({"label": "gas", "rows": 6, "found": 1, "predicted": 2, "training_rows": [4, 5]})
    "'gas' was predicted 2 times and found on 1 of its 6 rows, each fold model trained on 4 or 5 of them"
    >>> _out_of_fold({"label": "gas", "rows": 30, "found": 0, "predicted": 0, "training_rows": [23, 25]})
    "'gas' was never predicted, none of its 30 rows found, each fold model trained on 23 to 25 of them"
    """
    fewest, most = entry["training_rows"]
    trained = str(most) if fewest == most else f"{fewest} or {most}" if most == fewest + 1 else f"{fewest} to {most}"
    said = (f"was never predicted, none of its {entry['rows']} rows found" if not entry["predicted"] else
            f"was predicted {counted(entry['predicted'], 'time')} and found on {entry['found']} of its "
            f"{entry['rows']} rows")
    return f"{quoted(entry['label'])} {said}, each fold model trained on {trained} of them"


@dataclass
class EvaluationReport:
    """Metrics of a model on labelled data; ``to_frame()`` for the per-label table.

    ``metrics`` maps each headline metric to a float; ``baseline`` what always guessing the
    commonest label scores of ``top1_in_gold`` (``label``, ``top1_in_gold``) and, with gold
    stances, always guessing the commonest stance of ``stance_accuracy`` (``stance``,
    ``stance_accuracy``), printed under the metrics (None for a report pickled before it kept
    one); after cross-validation ``spread``
    holds the standard deviation across the folds that define each metric (NaN when fewer
    than two do: unknown, printed "± n/a (1 of 5 folds)"), ``folds`` each fold's metrics,
    ``cross_validation`` how the folds were drawn (the first line printed says it too) and
    with which training options, ``predictions`` each row's fold and out-of-fold
    prediction, ``rarely_predicted`` the labels too rare for the fold models to learn
    (each with its counts, which the printed report names), and ``unlearnt`` those of 30 rows or
    more they did not learn (with the labels their rows were given instead). The second line printed names
    the model (or the folds' options) and the data, which ``to_dict()`` holds in full
    (``model``, ``data``). After
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
    # ``leave_one_group_out`` (a fold for each group), ``options`` (the training options not
    # the defaults) and ``random_state``; empty otherwise.
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
    # The model evaluate measured, as a comparison's --json names it (``path``, None for a
    # model trained in this process, ``parameters_sha256``, and ``training_sha256``, its
    # training data's digest); None for a cross-validation.
    _model: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    # The digest training would record of the rows measured (see stance.evaluation.rows_digest):
    # which data the report describes. None for a report computed without the texts
    # (compute_report given no texts=, as a cross-validation's folds are).
    _data_sha256: str | None = field(default=None, repr=False, compare=False)
    # Of the texts and labels alone, when the rows had stances (as training_data.labels_sha256).
    _data_labels_sha256: str | None = field(default=None, repr=False, compare=False)
    # Whether evaluate found the rows to be the model's training rows (by its training digest).
    _fitted: bool = field(default=False, repr=False, compare=False)
    # What always guessing the commonest label (and stance) scores on these statements, the
    # bar the figures are read against (see stance.metrics.commonest_guesses). A default, not
    # a default_factory, so that the class holds it: a report pickled before it had one reads None.
    baseline: dict[str, Any] | None = field(default=None, compare=False)
    # The F1 metrics of gold stance values the model lacks (``neutral_f1`` beside a model of
    # favor and against): 0 by construction, so not of a small sample, and left out of the
    # intervals' caveats. A default the class holds, so a report pickled before it had one reads ().
    _beyond_model: tuple[str, ...] = field(default=(), repr=False, compare=False)
    # The stance values predicted but never in the gold stances, each with whether stance_f_avg
    # averages it: F1 0 by construction, which the report says (see _unseen_stance_note). A
    # default the class holds, so a report pickled before it had one reads ().
    _unseen_stances: tuple[tuple[str, bool], ...] = field(default=(), repr=False, compare=False)
    # After cross_validate: the labels of fewer than FEW_STATEMENTS rows that the fold models
    # predicted fewer times than a fifth of them, each a dict of its ``label``, ``rows``, ``found``,
    # ``predicted`` and ``training_rows`` (see stance.cross_validation.rarely_predicted), which
    # the report names (see _rarely_predicted_note): an F1 of 0.000 alone did not say why. A
    # default the class holds, so a report pickled before it had one reads ().
    rarely_predicted: tuple[dict[str, Any], ...] = field(default=(), compare=False)
    # After cross_validate: the labels of FEW_STATEMENTS rows or more that the fold models
    # predicted as seldom, each with those counts and ``given``, the labels its rows were given
    # instead (see stance.cross_validation.unlearnt), which the report names (see _unlearnt_note):
    # not for want of rows, and F1 0.000 alone said nothing. () for a report pickled before.
    unlearnt: tuple[dict[str, Any], ...] = field(default=(), compare=False)

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
        """Per-label precision, recall, F1 and support, then macro and micro averages (named
        "macro avg" and "micro avg", or "macro avg_2"… beside a label of that name). A label
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
        row per group, the largest first (ties in order of value, or of a categorical column's
        categories), with ``n`` and then the metrics in :meth:`headline` order. The rows with no
        value in the column (missing or blank) are one group, ``"(missing)"``, so the groups'
        ``n`` add up to the report's. Without a ``level``, a warning names the groups of fewer
        than 30 statements, whose metrics would move far on another sample (with one, the intervals' warning does). A
        metric a group is too small to have (no gold stance in it, say) is NaN there. Given a
        ``level``, each metric is followed by ``<metric>_low`` and ``<metric>_high``, its
        bootstrap interval over the group's statements (see :meth:`intervals`). The table's
        ``attrs`` give ``by`` (the column) and ``n`` (the statements, all groups together), and
        with a ``level`` what :meth:`intervals` gives too (``level``, ``resamples``,
        ``random_state``, ``lower_is_better``).

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
            # COLUMN, not an example's column: the report knows no column of the data it scored.
            raise InvalidInputError("this report has no groups: evaluate with by=COLUMN, a column of the data "
                                    "(stance.evaluate(model, data, by=COLUMN)), for each group's metrics")
        if level is not None:
            _check_interval_arguments(level, resamples, random_state)
        else:  # no interval drawn, but a bad count is named, as with a level (the README lists it)
            _check_resampling(resamples, random_state)
            self._warn_of_small_groups()
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
        table = pd.DataFrame(rows, index=pd.Index(list(self.groups), name=self.by, dtype=object))
        table.attrs.update({"by": self.by, "n": self.n} if level is None else
                           {"by": self.by, **self._described(level, resamples, random_state, names)})
        return table

    def _warn_of_small_groups(self) -> None:
        """Warn of the groups whose metrics rest on fewer than :data:`FEW_STATEMENTS`
        statements, in one warning (five named, or six), as ``by_group(level=…)``'s intervals
        warn of them: a group of one statement showed a macro-F1 of 1.0 with nothing to say it
        would move far on another sample."""
        few = [f"{quoted(str(value))} ({statements(report.n)})" for value, report in self.groups.items()
               if report.n < FEW_STATEMENTS]
        if not few:
            return
        listed = "; ".join(few if len(few) <= 6 else few[:5]) + (f"; and {len(few) - 5} more groups"
                                                                 if len(few) > 6 else "")
        warn(f"by={quoted(str(self.by))}: the metrics of {listed} rest on fewer than {FEW_STATEMENTS} statements, "
             f"and would move far on another sample: see how far with report.by_group(level=0.95) (stance evaluate "
             f"--by {self.by} --intervals)")

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

        The table's ``attrs`` say what it is, as ``stance evaluate --intervals --json`` does:
        ``level``, ``resamples``, ``random_state``, ``n`` (the statements) and
        ``lower_is_better`` (the error metrics in it, ``confidence_error``). pandas keeps them
        through ``.loc``, ``[]`` and ``.round()``; ``to_csv`` and ``to_latex`` do not write them.

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
        table.attrs.update(self._described(level, resamples, random_state, table.index))
        return table

    def _described(self, level: float, resamples: int, random_state: int, names: Any) -> dict[str, Any]:
        """What a table of :meth:`intervals` or :meth:`compared_with` is, for its ``attrs``:
        the keys the command's ``--json`` gives it (``level``, ``resamples``, ``n``,
        ``lower_is_better``), and ``random_state``. The level as its user wrote it: a float32's
        widening, np.float32(0.999) kept as 0.9990000128746033, captioned the table
        "99.9000012875%" through :func:`level_shown`, as its README caption does."""
        return {"n": self.n, "level": float(as_written(level)), "resamples": int(resamples),
                "random_state": int(random_state),
                "lower_is_better": [name for name in names if name in LOWER_IS_BETTER]}

    def _described_side(self) -> dict[str, Any]:
        """This report as a comparison's ``attrs`` names its side: its first line ("Evaluation
        on 300 statements", "Cross-validated (5 folds) on …") and the model it measured."""
        model = getattr(self, "_model", None) or {}  # a report pickled before it kept one has none
        return {"report": self._title(), "path": model.get("path"), "parameters_sha256": model.get("parameters_sha256"),
                **self._sources()}

    def _sources(self) -> dict[str, Any]:
        """What tells this report apart from another of the same statements: the model's
        training data digest (an evaluation's) or the folds' training options and seed (a
        cross-validation's), and the data's digest. Two cross-validations with other options,
        compared, had the same description."""
        how = self.cross_validation
        model = getattr(self, "_model", None) or {}
        trained = ({"options": how.get("options", {}), "random_state": how.get("random_state")} if how
                   else {"training_sha256": model.get("training_sha256")})
        return {**trained, "data_sha256": getattr(self, "_data_sha256", None)}

    def _sources_line(self) -> str:
        """The line under the report's first line naming the model (or the folds' training
        options) and the data, by their digests' first 12 characters ("" when nothing is known)."""
        def short(digest: str | None) -> str:
            return "?" if digest is None else digest[:12]

        how = self.cross_validation
        parts = []
        if how:
            options = how.get("options") or {}
            given = ", ".join(f"{name}={value!r}" for name, value in options.items()) or "the defaults"
            parts.append(f"trained with {given}, random_state={how.get('random_state')}")
        elif (model := getattr(self, "_model", None)) is not None:
            parts.append(f"{_shown_path(model['path'])} (parameters sha256 "
                         f"{short(model.get('parameters_sha256'))})" if model.get("path") else
                         f"a model not saved, trained on data sha256 {short(model.get('training_sha256'))}")
        if (data := getattr(self, "_data_sha256", None)) is not None:
            parts.append(f"data sha256 {short(data)}")
        return "; ".join(parts)

    def _intervals(self, level: float, resamples: int, random_state: int) -> tuple[pd.DataFrame, str]:
        """:meth:`intervals`, and what makes them doubtful ("" when nothing does)."""
        intervals = forksafe.imported(".intervals")

        outcomes = self._per_statement()
        table, left_out = intervals.bootstrap_intervals(outcomes, self.metrics, self.headline(),
                                              level=float(level), resamples=int(resamples),
                                              random_state=int(random_state))
        # A gold value the model lacks has F1 0 (or none) on every resample by construction: its
        # interval of no width, or its resamples with no value, say nothing of the sample's size.
        shown, missing = _without(table, left_out, self._beyond_model)
        caveat = _interval_caveats(shown, intervals.statements_behind(outcomes, self.headline()), outcomes.units,
                                   missing, resamples, copies_of=_copies_of(outcomes))
        return table, caveat

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
        (or a report made with ``stance_column=None``) is compared with one on the label
        metrics, with a warning naming the metrics left out. Two reports of the same model (a
        copy of its folder: the same ``parameters_sha256``) are compared with a warning, which
        names both folders as the reports' second lines do (the bundled model by that name).
        ``other.compared_with(self)`` is this table mirrored, to the last bit: the resamples do
        not depend on which report comes first.
        The table's ``attrs`` say what it is, as ``stance evaluate --compare-with --json``
        does: ``level``, ``resamples``, ``random_state``, ``n``, ``lower_is_better`` (the error
        metrics, where a negative difference favours this report's model), and ``this`` and
        ``other``, each report's first line (``report``) and the ``path`` and
        ``parameters_sha256`` of the model it measured (None where it has none: a model
        trained in this process, or a cross-validation), its ``training_sha256`` (an
        evaluation's) or ``options`` and ``random_state`` (a cross-validation's), and
        ``data_sha256``, the digest of the rows measured. pandas keeps them through ``.loc``,
        ``[]`` and ``.round()``; ``to_csv`` and ``to_latex`` do not write them.
        A warning says what :meth:`intervals` warns of: intervals resting on fewer than 30
        statements, an interval of no width, and a metric without a value on some resamples.
        Another says when one report is cross-validated (out-of-fold predictions) and the
        other not (a model's predictions on the same rows, which it may have been trained
        on); two cross-validations, whatever their folds, are compared without it.

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
        fitted = [report for report in (self, other) if report._fitted]
        if fitted and bool(self.cross_validation) != bool(other.cross_validation):
            # Out-of-fold predictions beside those of a model trained on the same rows (evaluate
            # found its training digest): its figures are a fit. A model trained elsewhere (the
            # bundled one) against a cross-validation is a fair pairing, as two cross-validations are.
            which = "this" if fitted[0] is self else "other"
            _warn_of_comparison(lambda words: (
                f"one report is out-of-fold predictions (cross_validate), the other ({which}) a model's predictions "
                f"on the rows it was trained on: its figures measure a fit, not accuracy on new text, and the "
                f"difference favours it; compare two cross-validations, or two models on rows neither was trained on"))
        mine_model, their_model = getattr(self, "_model", None) or {}, getattr(other, "_model", None) or {}
        if mine_model.get("parameters_sha256") and mine_model["parameters_sha256"] == their_model.get(
                "parameters_sha256"):
            # A copy of a model's folder is the same model: a difference of 0 everywhere, which
            # read as two models found equally good. Each named as the report's second line names
            # it: the bundled model's folder is only where the package was installed.
            where = (f" (from {_shown_path(mine_model['path'])} and {_shown_path(their_model['path'])})"
                     if mine_model.get("path") and their_model.get("path")
                     and mine_model["path"] != their_model["path"] else "")
            digest = mine_model["parameters_sha256"][:12]
            _warn_of_comparison(lambda words: (
                f"{words.either('both reports measure the same model', 'it is the same model as --model')}{where}: "
                f"its parameters_sha256 {digest}… is the same, so every difference is 0; "
                f"{words.either('compare it with another model', 'give --compare-with another model')}"))
        names = [name for name in self.headline() if name in other.metrics]
        if self._metrics_alone(other, PYTHON):
            _warn_of_comparison(lambda words: f"{self._metrics_alone(other, words)}; the table compares the metrics "
                                              f"both have, and leaves these out")
        # The same texts, so the same copies; a report kept without its texts knows none, and
        # takes the other's (the resamples must draw the same units of both).
        clusters = mine.clusters if mine.clusters is not None else theirs.clusters
        mine, theirs = replace(mine, clusters=clusters), replace(theirs, clusters=clusters)
        table, left_out = paired_intervals(mine, theirs, self.metrics, other.metrics, names, level=float(level),
                                           resamples=int(resamples), random_state=int(random_state))
        # Both reports are of the same statements, so they rest on mine's alike.
        behind = forksafe.imported(".intervals").statements_behind(mine, names)
        # A gold value both models lack is 0 (or none) in both on every resample, by construction,
        # as in intervals() (a review of 901503e); one that a model has is its F1, and warned of.
        shown, missing = _without(table, left_out, set(self._beyond_model) & set(other._beyond_model))
        if caveat := _interval_caveats(shown, behind, mine.units, missing, resamples, paired=True,
                                       copies_of=_copies_of(mine)):
            # a paired interval is as narrow on few statements as intervals()'
            _warn_of_comparison(lambda words: caveat)
        table.attrs.update({**self._described(level, resamples, random_state, table.index),
                            "this": self._described_side(), "other": other._described_side()})
        return table

    def _metrics_alone(self, other: EvaluationReport, words: Words) -> str:
        """What :meth:`compared_with` says of the headline metrics only one report has, which
        it leaves out (they were dropped without a word); "" when both have the same. In
        ``words``: a report of ``stance evaluate --stance-column none`` was made without its
        stance column, where Python's is ``stance_column=None``."""
        parts = []
        for which, mine, theirs in (("this", self, other), ("other", other, self)):
            only = [name for name in mine.headline() if name not in theirs.metrics]
            if only:
                why = ("no stance figures: its model has no stance head, or it was evaluated with "
                       + words.either("stance_column=None", "--stance-column none")
                       if "stance_accuracy" not in theirs.metrics else "none of them")
                parts.append(f"only {which} report has {and_listed(only)} (the other has {why})")
        return "; ".join(parts)

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

    def _label_rows(self) -> list[tuple[str, dict[str, float]]]:
        """The labels' rows of ``per_label``, without the two averages that end it (named apart
        from the labels, "macro avg_2" beside a label called "macro avg": a name tells no average).

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> [label for label, _ in stance.evaluate(None, gold)._label_rows()][-2:]
        ['ukraine_support', 'unity']
        """
        return list(self.per_label.items())[:-2]

    def _averages(self) -> dict[str, str]:
        """The names of the two averages that end ``per_label``, by kind: ``{"macro": "macro avg",
        "micro": "micro avg"}``, "macro avg_2" beside a label called "macro avg"."""
        names = list(self.per_label)[-2:]
        return dict(zip(("macro", "micro"), names)) if len(names) == 2 else {}

    def _renamed_averages(self) -> dict[str, str]:
        """The averages of :meth:`_averages` named otherwise than "macro avg" and "micro avg"."""
        return {kind: name for kind, name in self._averages().items() if name != f"{kind} avg"}

    def _renamed_note(self) -> str:
        """The note naming the averages named apart from a label of their name ("" when none
        is): "macro avg_2" beside a label "macro avg" says nothing of which row is the average.

        >>> row = {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
        >>> EvaluationReport(metrics={}, per_label={"macro avg": row, "macro avg_2": row, "micro avg": row},
        ...                  confusion={}, n=1)._renamed_note()
        "'macro avg_2' is the macro average, named apart from the label 'macro avg'"
        """
        renamed = self._renamed_averages()
        if not renamed:
            return ""
        one = len(renamed) == 1
        return (f"{and_listed(list(renamed.values()))} {'is' if one else 'are'} the {' and '.join(renamed)} "
                f"average{'' if one else 's'}, named apart from the label{'' if one else 's'} "
                f"{and_listed([f'{kind} avg' for kind in renamed])}")

    def _undefined_note(self) -> str:
        """The note saying why the per-label table has "n/a" (NaN in :meth:`to_frame`) in the
        rows of the labels neither in the gold labels nor predicted ("" when there are none),
        as the headline says why a metric is "n/a".

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> print(stance.evaluate(None, gold)._undefined_note())  # doctest: +NORMALIZE_WHITESPACE
        n/a: 'deterrence', 'eastern_flank', 'none' and 'ukraine_support' are neither in the gold labels nor
        predicted: their precision, recall and F1 are 0/0, left out of the macro average
        """
        undefined = [label for label, row in self._label_rows() if math.isnan(row["f1"])]
        if not undefined:
            return ""
        one = len(undefined) == 1
        return (f"{NOT_DEFINED}: {and_listed(undefined)} {'is' if one else 'are'} neither in the gold labels nor "
                f"predicted: {'its' if one else 'their'} precision, recall and F1 are 0/0, left out of the macro "
                f"average")

    def _unseen_note(self) -> str:
        """The note naming the labels predicted but never in the gold labels, whose F1 of 0
        macro-F1 counts ("" when there are none): otherwise nothing on the report says why
        the figure is low.

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all."], "labels": ["none"] * 2})
        >>> stance.evaluate(None, gold)._unseen_note().split(":")[0]
        "'unity' is predicted but never in the gold labels"
        """
        unseen = [label for label, row in self._label_rows() if row["support"] == 0 and not math.isnan(row["f1"])]
        if not unseen:
            return ""
        one = len(unseen) == 1
        return (f"{and_listed(unseen)} {'is' if one else 'are'} predicted but never in the gold labels: "
                f"{'its' if one else 'their'} precision and recall are 0, and macro-F1 counts "
                f"{'its F1' if one else 'their F1s'} of 0 (scikit-learn's convention)")

    def _unseen_stance_note(self) -> str:
        """The note naming the stance values predicted but never in the gold stances ("" when
        there are none), as :meth:`_unseen_note` names such labels: each one's F1 is 0, which
        stance_f_avg averages as SemEval's F_avg does (0.429 beside a favor_f1 of 0.857), and
        otherwise nothing on the report says why that figure is low.

        >>> report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=0,
        ...                           _unseen_stances=(("against", True),))
        >>> report._unseen_stance_note()
        "'against' is predicted but never in the gold stances: its F1 is 0, and stance_f_avg averages it as 0, \
as SemEval's F_avg does"

        Beside a stance_f_avg of NaN (the other value it averages neither gold nor predicted), it
        says why there is no mean, where "averages it as 0" read as false beside "n/a".
        """
        notes = []
        for averaged in (True, False):
            values = [value for value, its in self._unseen_stances if its is averaged]
            if not values:
                continue
            one = len(values) == 1
            said = (f"{and_listed(values)} {'is' if one else 'are'} predicted but never in the gold stances: "
                    f"{'its F1 is' if one else 'their F1s are'} 0")
            it = "it" if one else "them"
            if not averaged:
                notes.append(f"{said}, which stance_f_avg leaves out")
            elif math.isnan(self.metrics.get("stance_f_avg", 0.0)):
                # "averages it as 0" beside stance_f_avg "n/a" (the other side 0/0, see metrics.f_avg)
                notes.append(f"{said}, which stance_f_avg would average as 0, as SemEval's F_avg does, but another "
                             f"value it averages has no F1 (0/0), so stance_f_avg has none")
            else:
                notes.append(f"{said}, and stance_f_avg averages {it} as 0, as SemEval's F_avg does")
        return "; ".join(notes)

    def _rarely_predicted_note(self) -> str:
        """The note naming the labels the fold models of :func:`stance.cross_validate` never or
        almost never predicted out of fold for want of rows ("" when there are none), with the
        counts: a label of 6 rows showed an F1 of 0.000 and nothing to say why.

        >>> report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=150, rarely_predicted=(
        ...     {"label": "nuclear_sharing", "rows": 6, "found": 0, "predicted": 0, "training_rows": [4, 5]},))
        >>> print(report._rarely_predicted_note())  # doctest: +NORMALIZE_WHITESPACE
        too few rows to learn: out of fold, 'nuclear_sharing' was never predicted, none of its 6 rows found, each
        fold model trained on 4 or 5 of them; label more rows of it, or merge it into another label, before
        reading its F1
        """
        rare = getattr(self, "rarely_predicted", None) or ()  # None: a report pickled before it kept them
        if not rare:
            return ""
        one = len(rare) == 1

        return (f"too few rows to learn: out of fold, {'; '.join(map(_out_of_fold, rare))}; label more rows "
                f"of {'it' if one else 'each'}, or merge {'it' if one else 'each'} into another label, before "
                f"reading {'its F1' if one else 'their F1s'}")

    def _unlearnt_note(self) -> str:
        """The note naming the labels of 30 rows or more (:data:`FEW_STATEMENTS`) that the fold
        models of :func:`stance.cross_validate` never or almost never predicted out of fold, with
        the labels its rows were given ("" when there are none): not too few rows to learn, as
        :meth:`_rarely_predicted_note` says of fewer, but texts the fold models could not tell
        from another label's, or rows labelled so against the guide; F1 0.000 said nothing.

        >>> report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=270, unlearnt=(
        ...     {"label": "hydrogen", "rows": 30, "found": 0, "predicted": 0, "training_rows": [24, 24],
        ...      "given": [["gas", 30]]},))
        >>> print(report._unlearnt_note())  # doctest: +NORMALIZE_WHITESPACE
        not learnt, though not for want of rows: out of fold, 'hydrogen' was never predicted, none of its 30 rows
        found, each fold model trained on 24 of them, its rows given 'gas' (30); read a sample of its rows beside
        those labels' against your labelling guide (the texts may not tell them apart) before reading its F1
        """
        unlearnt = getattr(self, "unlearnt", None) or ()  # None: a report pickled before it kept them
        if not unlearnt:
            return ""
        one = len(unlearnt) == 1

        def counts(entry: dict[str, Any]) -> str:
            given = ", ".join(f"{quoted(other)} ({count})" for other, count in entry["given"])
            return _out_of_fold(entry) + (f", its rows given {given}" if given else ", its rows given no label")

        return (f"not learnt, though not for want of rows: out of fold, {'; '.join(counts(e) for e in unlearnt)}; "
                f"read a sample of {'its' if one else 'their'} rows beside those labels' against your labelling "
                f"guide (the texts may not tell them apart) before reading {'its F1' if one else 'their F1s'}")

    def _baseline_note(self) -> str:
        """The line under the metrics saying what always guessing the commonest label (and
        stance) scores ("" for a report without one): a figure means little without it.

        >>> report = EvaluationReport(metrics={"top1_in_gold": 0.4, "stance_accuracy": 0.3}, per_label={},
        ...     confusion={}, n=26, baseline={"label": "climate_action", "top1_in_gold": 12 / 26,
        ...                                   "stance": "support", "stance_accuracy": 0.65})
        >>> report._baseline_note()
        "baseline: always guessing 'climate_action': top1_in_gold 0.462; always 'support': stance_accuracy 0.650"
        """
        baseline = self.baseline or {}  # None: a report pickled before it kept one
        if "top1_in_gold" not in baseline:
            return ""
        # as the metrics above it: 0.9996 of the rows of one label is ">0.999", not "1.000"
        note = (f"baseline: always guessing {quoted(baseline['label'])}: "
                f"top1_in_gold {figure_shown(baseline['top1_in_gold'])}")
        if "stance_accuracy" in baseline and "stance_accuracy" in self.metrics:
            note += (f"; always {quoted(baseline['stance'])}: "
                     f"stance_accuracy {figure_shown(baseline['stance_accuracy'])}")
        return note

    def _spread_shown(self, name: str, plus_minus: str) -> str:
        """The spread of metric ``name`` as it follows its value ("" without one): "± 0.141",
        with how many folds define it when not all do ("± 0.141 (2 of 8 folds)"), and "± n/a
        (1 of 8 folds)" when fewer than two do: shown "± 0.000", it read as known not to vary.

        >>> report = EvaluationReport(metrics={}, per_label={}, confusion={}, n=60,
        ...     spread={"favor_f1": 0.1414, "neutral_f1": float("nan")},
        ...     folds=[{"favor_f1": 0.8, "neutral_f1": 0.5}, {"favor_f1": 0.6, "neutral_f1": float("nan")}])
        >>> report._spread_shown("favor_f1", "±"), report._spread_shown("neutral_f1", "±")
        (' ± 0.141', ' ± n/a (1 of 2 folds)')
        """
        if name not in self.spread:
            return ""
        sd = self.spread[name]
        # "<0.001" above 0, as a metric: a spread of 0.0002 was "± 0.000", known not to vary
        shown = f" {plus_minus} {NOT_DEFINED if math.isnan(sd) else figure_shown(sd)}"
        defined = sum(1 for fold in self.folds if not _missing(fold.get(name)))
        if self.folds and defined < len(self.folds):  # no folds: a report pickled without them
            shown += f" ({defined} of {len(self.folds)} folds)"
        return shown

    def _spread_note(self) -> str:
        """What "±" stands for after cross-validation ("" without a spread).

        >>> EvaluationReport(metrics={}, per_label={}, confusion={}, n=60, spread={"top1_in_gold": 0.1},
        ...                  cross_validation={"folds": 5})._spread_note()
        '± standard deviation across the 5 folds; see intervals() for a confidence interval'
        """
        if not self.spread:
            return ""
        folds = self.cross_validation.get("folds")
        return (f"± standard deviation across the {folds if folds is not None else len(self.folds)} folds; "
                f"see intervals() for a confidence interval")

    def _warn_if_no_better_than_guessing(self, who: str, learnt: str) -> None:
        """Warn when ``top1_in_gold`` or ``stance_accuracy`` is no better than the
        :attr:`baseline`, in the words :func:`stance.find_label_issues` warns of its fold
        models with: ``who`` measured ("the model"), ``learnt`` what follows ("it learnt…")."""
        from .metrics import short_of_guessing

        failed = short_of_guessing(self.metrics.get("top1_in_gold", math.nan),
                                   self.metrics.get("stance_accuracy", math.nan), self.baseline or {}, given="gold")
        if failed:
            warn(f"{who} {' and '.join(failed)}: {learnt}")

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
        # Its groups cut to pandas' display limits, as print(frame) cuts a long DataFrame: by a
        # column of 10,000 values the text ran to 791,281 characters.
        return self._text(bounded=True)

    __repr__ = __str__

    def to_string(self) -> str:
        """The report with every group, as ``print(report)`` shows a report of few groups
        (``DataFrame.to_string`` to pandas' ``print(frame)``); what ``stance evaluate`` prints.

        >>> import stance, pandas as pd, warnings
        >>> data = stance.example_data("seed")
        >>> data["row"] = range(len(data))
        >>> with warnings.catch_warnings(), pd.option_context("display.max_rows", 4):
        ...     warnings.simplefilter("ignore")  # of the groups of one statement, and the training rows
        ...     report = stance.evaluate(None, data, by="row")
        ...     len(report.to_string().splitlines()) - len(str(report).splitlines())
        12
        """
        return self._text(bounded=False)

    def _text(self, bounded: bool) -> str:
        """The report as text, its table of groups cut to pandas' display limits when ``bounded``."""
        from .document import _head_and_tail, _with_gap
        from .graphemes import cut_columns
        from .text import shown, surrogates_escaped

        pd = forksafe.imported("pandas")
        plain_table = forksafe.imported(".explain").plain_table  # names a model gives, escaped (see there)

        lines = [self._title()]
        if sources := self._sources_line():
            lines.append(shown(sources))
        names = self.headline()
        # The F1 of a stance value is named after the value, and labels name rows: as a model's
        # metadata.json gives them, escaped where they hold what a terminal acts on.
        width = max([18, *(len(shown(name)) for name in names)])
        for name in names:
            sd = self._spread_shown(name, printable_marks("±"))
            lines.append(f"  {shown(name):{width}s} {_metric_shown(name, self.metrics[name])}{sd}")
        # "±" as "+/-" where print() could not write it (a latin-1 or ASCII stdout)
        notes = (printable_marks(self._spread_note()), self._baseline_note())
        lines.extend(f"  {note}" for note in notes if note)
        lines.append("")
        lines.append(plain_table(rounded_as_shown(self.to_frame()), na_rep=NOT_DEFINED))
        lines.extend(note for note in (self._renamed_note(), self._undefined_note(), self._unseen_note(),
                                       self._unseen_stance_note(), self._rarely_predicted_note(),
                                       self._unlearnt_note()) if note)
        if self.by is not None:
            lines.append("")
            table = self.by_group()
            columns = [name for name in GROUP_COLUMNS if name in table]
            lines.append(f"By {self.by} ({len(self.groups)} groups; every metric: report.by_group(), "
                         f"or --json):")
            limits = (pd.get_option("display.max_rows"), pd.get_option("display.min_rows")) if bounded else (None, None)
            # every headline metric side by side ran to 165 characters, past any terminal
            table, left_out = _head_and_tail(table[columns], *limits)
            table = _group_names_cut(table, lambda name: cut_columns(name, GROUP_NAME_WIDTH, ellipsis()))
            lines.append(_with_gap(rounded_as_shown(table), left_out, "group", " (report.by_group() has every one; "
                                   "print(report.to_string()) prints them)", na_rep=NOT_DEFINED))
            if table.isna().to_numpy().any():
                lines.append(GROUP_NOT_DEFINED)
        # A lone surrogate in a group's name (a JSONL speaker "M\udce9nard") or a loaded model's
        # label, raw, made print(report) raise UnicodeEncodeError: escaped, as the HTML does.
        return surrogates_escaped("\n".join(lines))

    def _repr_html_(self) -> str:
        from .prediction import NO_MATHS
        from .text import html_shown

        # Each metric's name a row header, under a head naming the columns, for a screen
        # reader: rows of two plain cells read as "against_f1, 0.512" with nothing to say what.
        head = "".join(
            f"<tr><th scope='row'>{html.escape(name)}</th><td>{html.escape(_metric_shown(name, self.metrics[name]))}"
            + html.escape(self._spread_shown(name, "±")).replace("±", "&plusmn;") + "</td></tr>"
            for name in self.headline()
        )
        head = (f"<table><caption>Headline metrics</caption><thead><tr><th scope='col'>metric</th>"
                f"<th scope='col'>value</th></tr></thead><tbody>{head}</tbody></table>"
                + "".join(f"<p>{html.escape(note)}</p>"
                          for note in (self._spread_note(), self._baseline_note()) if note))
        notes = "".join(f"<p>{html.escape(note)}</p>"
                        for note in (self._renamed_note(), self._undefined_note(), self._unseen_note(),
                                     self._unseen_stance_note(), self._rarely_predicted_note(),
                                     self._unlearnt_note()) if note)
        # A lone surrogate in a loaded model's label ("uni\ud800ty"), raw, made HTML that UTF-8
        # cannot encode, as a Prediction's did; a control character is escaped too, as a Prediction's.
        return html_shown(
            f"<div class='stance-report {NO_MATHS}'><p><b>{html.escape(self._title())}</b></p>"
            + (f"<p>{html.escape(sources)}</p>" if (sources := self._sources_line()) else "") +
            f"{head}{_bounded_html(rounded_as_shown(self.to_frame()), 'report.to_frame()', PER_LABEL_CAPTION)}"
            + notes
            + "<p>Confusion (gold rows, predicted columns; a hit on any gold label is on the diagonal)</p>"
            f"{_bounded_html(_axes_named_once(self.confusion_frame()), 'report.confusion_frame()', CONFUSION_CAPTION)}"
            + (self._groups_html() if self.by is not None else "")
            + "</div>"
        )

    def _groups_html(self) -> str:
        """The table of groups as the HTML shows it, after ``by=``, with why a metric is "n/a"."""
        from .graphemes import cut
        from .prediction import HTML_TEXT_LIMIT

        table = rounded_as_shown(_group_names_cut(self.by_group(), lambda name: cut(name, HTML_TEXT_LIMIT)))
        # pandas' display limit, as for any DataFrame: by a column of document names or
        # dates, the groups ran to thousands of rows
        return (f"<p>By {html.escape(str(self.by))} ({len(self.groups)} groups)</p>"
                + _bounded_html(table, "report.by_group()", f"Metrics by {self.by}")
                + (f"<p>{html.escape(GROUP_NOT_DEFINED)}</p>" if table.isna().to_numpy().any() else ""))

    def plot_confusion(self, ax: Axes | None = None, normalize: bool = True) -> Axes:
        """Draw the confusion matrix (needs the ``plot`` extra); returns the Axes. ``normalize``
        (a bool): True, each gold label's row as shares of its statements; False, counts.

        >>> import matplotlib.pyplot as plt, pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> ax = stance.evaluate(None, gold).plot_confusion()
        >>> ax.get_xlabel()
        'predicted'
        >>> plt.close(ax.figure)
        """
        from .plotting import plot_confusion  # which refuses a normalize that is no bool ("pred")

        return plot_confusion(self.confusion_frame(), ax=ax, normalize=normalize)

    def _baseline(self) -> dict[str, Any]:
        """What :meth:`to_dict` holds of the :attr:`baseline`, as each of its groups holds its
        own: ``{"baseline": …}``, or {} for a report without one (pickled before it kept one)."""
        return {"baseline": dict(self.baseline)} if self.baseline else {}

    def _measured(self) -> dict[str, Any]:
        """What :meth:`to_dict` names the report's model (``model``, after :func:`stance.evaluate`)
        and data (``data``) by, as each of its groups names its own."""
        model = getattr(self, "_model", None)  # a report pickled before it kept one has none
        data = {"n": self.n, "sha256": getattr(self, "_data_sha256", None)}
        if getattr(self, "_data_labels_sha256", None) is not None:
            data["labels_sha256"] = self._data_labels_sha256
        return {**({"model": dict(model)} if model is not None else {}), "data": data}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: undefined metrics (NaN) are None, since JSON has no NaN. Beside
        the figures, ``data`` names what was measured (``n``, and ``sha256``, the digest
        training would record of the rows; None for a report computed without the texts, by
        :func:`stance.evaluation.compute_report` given no ``texts``) and, after
        :func:`stance.evaluate`, ``model`` the model (``path``, ``parameters_sha256``,
        ``training_sha256``); ``baseline`` what always guessing the commonest label (and
        stance) scores (see :attr:`baseline`); after ``by=``, each group names its own ``data``,
        ``model`` and ``baseline``; after :func:`cross_validate`, ``rarely_predicted`` when a label
        was too rare to learn (see :attr:`rarely_predicted`), and ``unlearnt`` when one of 30 rows or
        more was not learnt (see :attr:`unlearnt`). It leaves out the intervals (:meth:`intervals`) and, after
        :func:`cross_validate`, the out-of-fold ``predictions``. Beside a label called "macro avg"
        or "micro avg", ``averages`` names the rows of ``per_label`` that are the averages
        (``{"macro": "macro avg_2", "micro": "micro avg"}``).

        >>> import pandas as pd, stance
        >>> gold = pd.DataFrame({"text": ["We have a one-speed NATO."], "labels": ["unity"]})
        >>> stance.evaluate(None, gold).to_dict()["per_label"]["deterrence"]["f1"] is None
        True
        """
        groups = {"by": self.by, "groups": [{"group": _json_value(value), "n": report.n, "metrics": report.metrics,
                                             **report._baseline(), **report._measured()}
                                            for value, report in self.groups.items()]}
        return _without_nan({"n": self.n, "metrics": self.metrics, "spread": self.spread, **self._baseline(),
                             "per_label": self.per_label,
                             # which rows of per_label are the averages, when a label took the name of one
                             **({"averages": self._averages()} if self._renamed_averages() else {}),
                             "confusion": self.confusion, **self._measured(),
                             **({"cross_validation": self.cross_validation} if self.cross_validation else {}),
                             **({"folds": self.folds} if self.folds else {}),
                             # the labels too rare to learn out of fold, which the printed report names
                             **({"rarely_predicted": [dict(entry) for entry in self.rarely_predicted]}
                                if getattr(self, "rarely_predicted", None) else {}),
                             # the labels of many rows not learnt out of fold, which it names too
                             **({"unlearnt": [dict(entry) for entry in self.unlearnt]}
                                if getattr(self, "unlearnt", None) else {}),
                             **(groups if self.by is not None else {})})


def _copies_of(outcomes: Any) -> int | None:
    """How many statements an evaluation's intervals rest on when they are copies of fewer
    distinct texts, which the resamples draw (see :attr:`stance.intervals.Outcomes.clusters`);
    None when every text is its own."""
    return None if outcomes.clusters is None else outcomes.n


def _check_interval_arguments(level: Any, resamples: Any, random_state: Any) -> None:
    if not is_number(level) or not 0 < level < 1:  # numpy's floats too
        # A level of the wrong type ("0.95") is a TypeError too, as the README's errors say; no
        # model option, so no OptionError.
        error = InvalidInputError if is_number(level) else CountTypeError
        raise error(f"level must be a number between 0 and 1 (0.95 for a 95% interval), not {quoted(level)}")
    _check_resampling(resamples, random_state)


def _check_resampling(resamples: Any, random_state: Any) -> None:
    """Refuse a ``resamples`` that is no int, under 100 or above :data:`MAX_RESAMPLES`, and a
    seed numpy cannot use."""
    require_count(resamples, "resamples must be a whole number of at least 100", least=100)
    if resamples > MAX_RESAMPLES:
        raise InvalidInputError(f"resamples must be at most {MAX_RESAMPLES:,}, got {resamples:,}: the time grows "
                                f"with resamples × statements (about 6 s a million on 60 statements), and a "
                                f"percentile interval's ends are steady long before (the default is 1,000)")
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


def _warn_of_comparison(said: Callable[[Words], str]) -> None:
    """Warn of a comparison in its caller's words (``said`` words the rest): "compared_with: …"
    in Python, "--compare-with: …" at the command line, where ``stance evaluate --compare-with``
    calls no method of that name and its user never typed one (an audit).

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_comparison(lambda words: words.either("stance_column=None", "--stance-column none"))
    >>> str(caught[0].message), caught[0].message.typed
    ('compared_with: stance_column=None', '--compare-with: --stance-column none')
    """
    warn(lambda words: f"{words.either('compared_with', '--compare-with')}: {said(words)}")


def _shown_path(path: str) -> str:
    """A model's folder as a report's second line names it: the bundled model by that name, since
    its folder is where the package was installed, and a notebook's saved outputs named a path of
    the machine that ran it.

    >>> from stance.defaults import default_model_path
    >>> _shown_path(str(default_model_path())), _shown_path("models/mine")
    ('the bundled model', 'model models/mine')
    """
    import os

    from .defaults import default_model_path

    return "the bundled model" if os.path.realpath(path) == os.path.realpath(default_model_path()) else f"model {path}"


def _missing(value: Any) -> bool:
    """Whether a fold's metric is not there: absent (None) or 0/0 (NaN)."""
    return value is None or (isinstance(value, float) and math.isnan(value))

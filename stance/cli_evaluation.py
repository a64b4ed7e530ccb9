"""``stance evaluate``: a model's report on labelled data, and its comparison with another
model's on the same rows (``--compare-with``), printed as text or JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import warnings
from collections.abc import Iterator
from typing import Any

from .cli_data import _bundled_or, _model, _read_labelled, _refuse_flags_that_do_nothing, _stance_column
from .cli_errors import EXIT_OK
from .exceptions import InvalidInputError
from .metrics import LOWER_IS_BETTER
from .terminal import _json_text, _shown


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate

    if args.intervals is not None and not 0 < args.intervals < 1:  # before the scoring, not after
        raise InvalidInputError(f"--intervals: LEVEL must be between 0 and 1 (0.95 for a 95% interval), "
                                f"not {args.intervals:g}")
    # Rows named by position, as train and check name them (a Parquet file's stored index, 5003,
    # named a row no one could find by counting); the index is kept as columns, unread. Not
    # _labelled_data, train's and check's: the stance column is chosen below, after the flags are checked.
    _refuse_flags_that_do_nothing(args, [args.data], None)
    data = _read_labelled(args)
    other_model = None
    if args.compare_with is not None:  # a bad directory is named before the first model is measured
        from .api import resolve_model

        other_model = resolve_model(_bundled_or(args.compare_with, warn=args.model != "bundled"))
    # Not given, evaluate's own default "stance", which also says when a "Stance" column is left out.
    stance_column = ("stance" if args.stance_column is None
                     else _stance_column(args.stance_column, data, args.labels_column))
    model = _model(args)
    with _recorded(other_model is not None) as said:
        report = evaluate(model, data, text_column=args.text_column, labels_column=args.labels_column,
                          stance_column=stance_column, by=args.by, favor=args.favor, against=args.against)
    if other_model is not None:
        return _print_comparison(args, report, (model, other_model), data, {str(w.message) for w in said})
    intervals = None if args.intervals is None else report.intervals(level=args.intervals)
    by_group = None if args.intervals is None or args.by is None else report.by_group(level=args.intervals)
    if args.json and args.by is not None and by_group is None:
        report._warn_of_small_groups()  # as the printed table warns of them: the groups' records show no caution
    if args.json:
        out = report.to_dict()
        if intervals is not None:
            # What the table's attrs say it is, as the README promises: random_state and
            # lower_is_better were left out, and a figure could not be reproduced from the JSON.
            described = {key: intervals.attrs[key] for key in ("random_state", "n", "lower_is_better")}
            out["intervals"] = {"level": args.intervals, "resamples": 1000, **described,
                                **{name: [row.low, row.high] for name, row in intervals.iterrows()}}
        if by_group is not None:  # the groups are in the table's order
            for group, (_, row) in zip(out["groups"], by_group.iterrows()):
                group["intervals"] = {name: [row[f"{name}_low"], row[f"{name}_high"]] for name in report.headline()}
        print(_json_text(out, indent=1))  # NaN and infinities null, as _json_text writes every --json
        return EXIT_OK
    from .explain import plain_table  # metrics named after stance values, and groups: escaped
    from .report import (
        GROUP_NOT_DEFINED,
        NOT_DEFINED,
        exact_intervals_noted,
        intervals_not_defined,
        level_shown,
        rounded_as_shown,
    )

    if by_group is not None:  # its intervals warned of the small groups: the table's own warning would say it again
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"by=.*rest on fewer than")
            print(report.to_string())  # every group, as --json has them
    else:
        print(report.to_string())
    # A metric with no value "n/a", with a note saying why, as the report's own tables show it
    if intervals is not None:
        print(f"\n{level_shown(args.intervals)} bootstrap intervals (1,000 resamples of the statements):")
        print(plain_table(rounded_as_shown(intervals), na_rep=NOT_DEFINED))
        if note := intervals_not_defined(intervals):
            print(note)
        # Not the bootstrap's, which the heading names: "1.000 0.858 1.000" read as a resampled interval.
        if note := exact_intervals_noted(intervals):
            print(note)
    if by_group is not None:
        print(f"\n{level_shown(args.intervals)} bootstrap intervals by {args.by} (1,000 resamples of each group's "
              f"statements):")
        table = _intervals_by_group(by_group, report.headline())
        print(plain_table(rounded_as_shown(table), na_rep=NOT_DEFINED))
        if table.isna().to_numpy().any():
            print(GROUP_NOT_DEFINED)
        if note := exact_intervals_noted(table):  # as below the overall table
            print(note)
    return EXIT_OK


def _model_named(given: str | None, model: Any) -> dict[str, Any]:
    """A model of a comparison as --json names it: as given (``bundled`` without --model), the
    folder it was loaded from and the digest of its parameters (what --sha256 pins)."""
    saved = model.saved_ or {}
    return {"model": "bundled" if given is None else given, "path": saved.get("path"),
            "parameters_sha256": saved.get("parameters_sha256")}


def _intervals_by_group(table, names: list[str]):
    """``report.by_group(level)``'s wide table as the overall intervals are shown: a row per
    group and metric, with its value, low and high (a row per group ran to 37 columns)."""
    import pandas as pd

    rows = {(group, name): [row[name], row[f"{name}_low"], row[f"{name}_high"]]
            for group, row in table.iterrows() for name in names}
    index = pd.MultiIndex.from_tuples(list(rows), names=[table.index.name, "metric"])
    return pd.DataFrame(list(rows.values()), index=index, columns=["value", "low", "high"])


@contextlib.contextmanager
def _recorded(record: bool) -> Iterator[list[warnings.WarningMessage]]:
    """The warnings raised within, shown as ever once it ends, and listed when ``record``
    (else shown as raised, and the list empty): --compare-with leaves out of the other
    model's evaluation what this one said of the data."""
    if not record:
        yield []
        return
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            yield caught
    finally:  # shown before an error too, as they were when raised
        for warning in caught:
            warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)


def _print_comparison(args: argparse.Namespace, report, models: tuple[Any, Any], data, said: set[str]) -> int:
    """``stance evaluate --compare-with``: the two models' metrics and the paired interval
    of their difference (``models``: this one, of --model, and the other; ``said``: what its
    evaluation warned, whose warnings of the data the other's leaves out)."""
    import pandas as pd

    this_model, other_model = models
    from .data import REJECTED_ANSWERS_WARNING
    from .evaluation import DATA_WARNINGS, evaluate
    from .report import level_shown, statements

    with warnings.catch_warnings(record=True) as caught:  # each said of the other model, which it names
        # Not the Prodigy answers, a fact of the data that --model's evaluation has told: named
        # after the other model, it was blamed on it.
        warnings.filterwarnings("ignore", message=REJECTED_ANSWERS_WARNING)
        try:
            other = evaluate(other_model, data, text_column=args.text_column, labels_column=args.labels_column,
                             stance_column=_stance_column(args.stance_column, data, args.labels_column),
                             favor=args.favor, against=args.against)
        except InvalidInputError as error:  # "this model predicts (…)" meant the other one, unnamed
            raise InvalidInputError(f"--compare-with {args.compare_with}: {error}") from None
    for warning in caught:
        # Of the same rows, a warning of the data is the same words: said once, not blamed on
        # the other model (one of a model, if the same, is of each, and said of each).
        if str(warning.message) in said and any(re.match(data, str(warning.message)) for data in DATA_WARNINGS):
            continue
        worded = getattr(warning.message, "typed", warning.message)  # the command line's words (exceptions.warn)
        warnings.warn(f"--compare-with {args.compare_with}: {worded}", warning.category, stacklevel=2)
    level = 0.95 if args.intervals is None else args.intervals
    table = report.compared_with(other, level=level)
    lower = [name for name in table.index if name in LOWER_IS_BETTER]
    if args.json:
        metrics = {name: {**row, **{count: None if pd.isna(row[count]) else int(row[count])
                                    for count in ("only_this", "only_other")}}
                   for name, row in table.to_dict(orient="index").items()}
        # Which model is which: a script that keeps comparisons could not tell from the JSON
        # alone which side "this" was (an audit); the table's heading names them.
        # And what each was trained on and measured, as the Python table's attrs say it: a paper's
        # comparison could not be traced to its data from the JSON (a review).
        sides = {"this": {**_model_named(args.model, this_model), **report._sources()},
                 "other": {**_model_named(args.compare_with, other_model), **other._sources()}}
        print(_json_text({"n": report.n, **sides, "level": level, "resamples": 1000,
                          "metrics": metrics, "lower_is_better": lower}, indent=1))
        return EXIT_OK
    this = args.model or "the bundled model"
    print(f"Evaluation on {statements(report.n)}: this = {_shown(this)}, other = {_shown(args.compare_with)}")
    print(f"difference = this - other, with its {level_shown(level)} paired bootstrap interval (1,000 resamples); "
          f"only_this and only_other count the statements only one model gets right, and p_value is the "
          f"exact McNemar test of them: with few such statements the interval is too narrow (it can "
          f"exclude 0 with p above 0.1), so quote the test"
          + (f"; {' and '.join(lower)} {'is an error' if len(lower) == 1 else 'are errors'}, lower is better, "
             f"so a negative difference there favours this model" if lower else "") + "\n")
    from .explain import plain_table
    from .report import comparison_not_defined

    print(plain_table(_comparison_shown(table)))
    if note := comparison_not_defined(table):  # why a figure is "n/a", as below the report's own tables
        print(note)
    return EXIT_OK


def _comparison_shown(table):
    """``compared_with``'s table as the terminal shows it: figures to 3 decimals ("n/a" for
    none: a 0.0 and a NaN were printed as pandas gives them), the counts as whole numbers
    (blank where a metric has none), a p-value under 0.001 in scientific form (rounded to 3
    decimals, 3e-10 was printed 0.0), and an error metric marked lower-is-better.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"this": [0.9, 0.02], "other": [0.8, 0.03], "difference": [0.1, -0.01],
    ...                       "low": [0.05, float("nan")], "high": [0.15, float("nan")],
    ...                       "only_this": pd.array([40, None], "Int64"),
    ...                       "only_other": pd.array([2, None], "Int64"), "p_value": [3.1e-10, float("nan")]},
    ...                      index=pd.Index(["top1_in_gold", "confidence_error"], name="metric"))
    >>> print(_comparison_shown(table).to_string())  # doctest: +NORMALIZE_WHITESPACE
                                         this  other difference    low   high only_this only_other  p_value
    metric
    top1_in_gold                        0.900  0.800      0.100  0.050  0.150        40          2  3.1e-10
    confidence_error (lower is better)  0.020  0.030     -0.010    n/a    n/a
    """
    import pandas as pd

    shown = table.round(3)
    # Each figure to 3 decimals: pandas printed a column of zeros (a model against its copy)
    # as 0.0 beside 0.978, and a figure without a value as NaN where the CLI says n/a.
    for column in ("this", "other", "difference", "low", "high"):
        # A metric of either model as the report heads it ("<0.001", not "0.000", above 0);
        # a difference or its bounds, of either sign, to 3 decimals
        shown[column] = [_figure_shown(value, metric=column in ("this", "other")) for value in table[column]]
    for count in ("only_this", "only_other"):  # blank, not <NA>, for the metrics that count none
        shown[count] = [("" if pd.isna(value) else int(value)) for value in table[count]]
    shown["p_value"] = [_p_value_shown(value) for value in table["p_value"]]
    shown.index = [f"{name} (lower is better)" if name in LOWER_IS_BETTER else name for name in table.index]
    shown.index.name = table.index.name
    return shown


def _figure_shown(value: float, metric: bool = False) -> str:
    """A figure of the comparison to 3 decimals, "n/a" for none (a -0.000 is 0.000); a
    ``metric`` (not a difference) above 0 that rounds to none as "<0.001", as the report shows it.

    >>> [_figure_shown(v) for v in (0.97777, 0.0, -0.0001, float("nan"))]
    ['0.978', '0.000', '0.000', 'n/a']
    >>> _figure_shown(0.0003, metric=True), _figure_shown(0.0003), _figure_shown(-0.0, metric=True)
    ('<0.001', '0.000', '0.000')
    """
    from .report import NOT_DEFINED, figure_shown

    if math.isnan(value):
        return NOT_DEFINED
    shown = figure_shown(value) if metric else f"{value:.3f}"
    return "0.000" if shown == "-0.000" else shown  # a metric's too: -0.0 printed "-0.000" in this and other


# The levels a reader holds a p-value against: a p printed must fall on the same side of each.
SIGNIFICANCE_LEVELS = (0.05, 0.01)


def _p_value_shown(p: float) -> str:
    """A p-value in words: to 3 decimals, or under 0.001 in scientific form (``5.4e-138``), as
    the README quotes them; blank for none, and below what a float holds, ``<1e-308``. A p
    that 3 decimals would carry onto or across 0.05 or 0.01 (0.0498 is not "0.050") is given
    the digits that keep it on its side.

    >>> [_p_value_shown(p) for p in (1.0, 0.0703125, 0.000312, 3.1e-10, 0.0, float("nan"))]
    ['1.000', '0.070', '3.1e-04', '3.1e-10', '<1e-308', '']
    >>> [_p_value_shown(p) for p in (0.0498, 0.0504, 0.00996, 0.05, 0.0512)]
    ['0.0498', '0.0504', '0.00996', '0.050', '0.051']
    """
    if math.isnan(p):
        return ""
    if p == 0.0:  # the exact test's tail, smaller than any float
        return "<1e-308"
    if p < 0.001:
        return f"{p:.1e}"
    digits = 3
    while digits < 17 and not _same_side(float(f"{p:.{digits}f}"), p):
        digits += 1
    return f"{p:.{digits}f}"


def _same_side(shown: float, p: float) -> bool:
    """Whether ``shown`` is below, at or above each of :data:`SIGNIFICANCE_LEVELS` as ``p`` is."""
    return all((shown > level) - (shown < level) == (p > level) - (p < level) for level in SIGNIFICANCE_LEVELS)

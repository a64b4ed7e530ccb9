"""Positional profiles: how much a text (or a speaker) talks about each target, and which way.

The position of a target is the log-odds of favor against against, with 0.5 added to
each count (the usual correction that keeps it finite), and a 95% interval from its
analytic standard error ``sqrt(1/(favor+0.5) + 1/(against+0.5))``: with few statements
the interval is wide, as it should be.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

Z_95 = 1.959963984540054
PROFILE_COLUMNS = ("n", "share", "favor", "against", "position", "position_low", "position_high")


def profile(scored: pd.DataFrame, by: str | list[str] | None = None, none_label: str = "none",
            favor: str = "favor", against: str = "against", *, prefix: str = "") -> pd.DataFrame:
    """Profile scored statements (the output of :func:`stance.score`).

    Without ``by``: one row per target ("none" left out), sorted by share, descending.
    ``share`` is the fraction of statements that take a position on the target, among the
    statements that have text (rows :func:`stance.score` flagged as empty, missing or not
    text are not statements); ``favor`` and ``against`` count, by stance, the statements
    whose primary target it is (a statement's stance is its stance towards its primary
    target, so a secondary target gets none from it). With ``by`` (a column such as
    ``"speaker"``, or a list of columns): the same columns for each group, indexed by
    (group, target); a missing group value is a group of its own. ``prefix`` is the one
    given to :func:`stance.score` (``"pred_"`` reads ``pred_labels`` and ``pred_stance``).

    >>> import pandas as pd
    >>> from stance import profile
    >>> scored = pd.DataFrame({"labels": ["unity", "unity|deterrence", "none"],
    ...                        "stance": ["favor", "favor", None]})
    >>> profile(scored)[["n", "share", "favor", "against"]]
                n     share  favor  against
    target
    unity       2  0.666667      2        0
    deterrence  1  0.333333      0        0
    """
    import pandas as pd

    from .exceptions import InvalidInputError, InvalidTypeError, type_name

    if not isinstance(scored, pd.DataFrame):
        raise InvalidTypeError(f"scored must be the DataFrame stance.score() returns, got {type_name(scored)}")
    labels_column, stance_column, flag_column = f"{prefix}labels", f"{prefix}stance", f"{prefix}flag"
    missing = [c for c in (labels_column, stance_column) if c not in scored.columns]
    if missing:
        raise InvalidInputError(f"scored has no column(s) {missing}: profile the output of stance.score"
                                + ("" if prefix else " (pass prefix= if you gave score one)"))
    if by is not None:
        keys = [by] if isinstance(by, str) else list(by)
        absent = [k for k in keys if k not in scored.columns]
        if absent:
            raise InvalidInputError(f"by: scored has no column(s) {absent}")
        parts = []
        for group, rows in scored.groupby(keys if len(keys) > 1 else keys[0], sort=True, dropna=False):
            part = profile(rows, None, none_label, favor, against, prefix=prefix)
            group = group if isinstance(group, tuple) else (group,)
            part.index = pd.MultiIndex.from_tuples([(*group, t) for t in part.index], names=[*keys, "target"])
            parts.append(part)
        return pd.concat(parts) if parts else _empty()
    if flag_column in scored.columns:
        from .prediction import NO_TEXT_FLAGS

        scored = scored[~scored[flag_column].isin(NO_TEXT_FLAGS)]
    counts: dict[str, list[int]] = {}
    for labels, stance in zip(scored[labels_column].tolist(), scored[stance_column].tolist()):
        targets = [t for t in str(labels).split("|") if t and t != none_label]
        for position, target in enumerate(targets):
            row = counts.setdefault(target, [0, 0, 0])
            row[0] += 1
            if position == 0:
                row[1] += stance == favor
                row[2] += stance == against
    total = len(scored)
    rows = {target: _row(n, f, a, total) for target, (n, f, a) in counts.items()}
    if not rows:
        return _empty()
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(PROFILE_COLUMNS))
    frame.index.name = "target"
    return frame.sort_values(["share", "position"], ascending=[False, False], kind="stable")


def _row(n: int, favor: int, against: int, total: int) -> list[Any]:
    position = math.log((favor + 0.5) / (against + 0.5))
    spread = Z_95 * math.sqrt(1.0 / (favor + 0.5) + 1.0 / (against + 0.5))
    return [n, n / total if total else 0.0, favor, against, position, position - spread, position + spread]


def _empty() -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(columns=list(PROFILE_COLUMNS)).astype(
        {name: int if name in ("n", "favor", "against") else float for name in PROFILE_COLUMNS})
    frame.index.name = "target"
    return frame

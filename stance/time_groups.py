"""The order of the groups of a ``by=`` column that mixes kinds of time (see
:func:`stance.profile`): times with a time zone beside times without one, as yearly Parquet
files of which one has ``Europe/London`` dates give. pandas cannot sort them (a naive time and
an aware one do not compare), so the groups kept the rows' order and :func:`stance.plot_trend`
drew its line back and forth in time. They are put in time order, a naive time read as UTC as
plot_trend places it, and a warning names the column and both kinds.
"""

from __future__ import annotations

import datetime
from typing import Any

from . import _forksafe as forksafe
from .exceptions import quoted, quoted_list


def mixed_time_order(key: Any, values: list[Any]) -> list[Any] | None:
    """``values`` (the distinct values of the ``by=`` column ``key``) in time order when they
    are times of which some have a time zone and some none, warning of the mix; else None,
    pandas' order being right (times of one kind) or no time order at all (other values).

    >>> import pandas as pd
    >>> mixed_time_order("day", [pd.Timestamp("2016-01-03"), pd.Timestamp("2016-01-02")]) is None
    True
    """
    if not values or not all(isinstance(value, datetime.date) for value in values):
        return None
    aware = [value for value in values if _is_aware(value)]
    naive = [value for value in values if not _is_aware(value)]
    if not aware or not naive:
        return None
    _warn_of_zones(key, aware, naive)
    return sorted(values, key=_time_key)


def _is_aware(value: datetime.date) -> bool:
    """Whether ``value`` is a time with a time zone (a date has none)."""
    return isinstance(value, datetime.datetime) and value.utcoffset() is not None


def _in_utc(value: datetime.date) -> Any:
    """``value`` as a Timestamp in UTC, a naive one read as UTC (as plot_trend places it, and
    as ``pd.to_datetime(..., utc=True)`` reads it)."""
    pd = forksafe.imported("pandas")

    time = pd.Timestamp(value)
    return time.tz_localize("UTC") if time.tz is None else time.tz_convert("UTC")


def _time_key(value: datetime.date) -> tuple[Any, bool, str]:
    """A key putting times in time order, at one instant the naive one first, then by how
    they are written, so that the order never hangs on the rows'.

    >>> import pandas as pd
    >>> times = [pd.Timestamp("2016-01-02", tz="UTC"), pd.Timestamp("2016-01-02"), pd.Timestamp("2016-01-01 23:00")]
    >>> [str(t) for t in sorted(times, key=_time_key)]
    ['2016-01-01 23:00:00', '2016-01-02 00:00:00', '2016-01-02 00:00:00+00:00']
    """
    return _in_utc(value), _is_aware(value), str(value)


def _warn_of_zones(key: Any, aware: list[Any], naive: list[Any]) -> None:
    """Warn that the ``by`` column ``key`` holds times with a time zone (``aware``) and times
    without one (``naive``): they are put in time order reading a naive one as UTC, and a time
    of each kind at one instant is two groups."""
    from .exceptions import warn

    in_utc = {_in_utc(time): time for time in aware}
    alike = next((time for time in naive if _in_utc(time) in in_utc), None)
    pair = (f"{quoted(str(alike))} and {quoted(str(in_utc[_in_utc(alike)]))} are two groups" if alike is not None
            else "a time with a zone and one without at one instant would be two groups")
    warn(f"by={quoted(key)} holds times with a time zone ({_counted(aware)}) and times without one "
         f"({_counted(naive)}), as dates one file gives in a zone and another without: the groups are put in time "
         f"order reading a time without a zone as UTC, as plot_trend draws it, but {pair}; make the column one kind "
         f"before profiling: scored[{key!r}] = pd.to_datetime(scored[{key!r}], utc=True)")


def _counted(times: list[Any]) -> str:
    """How many ``times`` there are and the first few, in time order, as a message gives them.

    >>> import pandas as pd
    >>> _counted([pd.Timestamp("2016-01-02"), pd.Timestamp("2016-01-01")])
    "2 of them: ['2016-01-01 00:00:00', '2016-01-02 00:00:00']"
    """
    return f"{len(times)} of them: {quoted_list(str(time) for time in sorted(times, key=_time_key))}"

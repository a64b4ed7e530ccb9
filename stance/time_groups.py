"""The order of the groups of a ``by=`` column that mixes kinds of time (see
:func:`stance.profile`): times with a time zone beside times without one, as yearly Parquet
files of which one has ``Europe/London`` dates give, and times beside text of times
("2016-01-02", one file's dates read as text), and times beside dates (``datetime.date``, one
file's dates read as dates). pandas cannot sort the first and the last (a naive time and an
aware one do not compare, nor a Timestamp and a date), so the groups kept the rows' order and
:func:`stance.plot_trend` drew its line back and forth in time; it put the text after all the
times. They are put in time order, a naive time read as UTC as plot_trend places it, a date as
its midnight and text of a time as that time, and a warning names the column and the kinds,
as one of text and numbers does.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Any

from . import _forksafe as forksafe
from .exceptions import quoted, quoted_list

# Text read as a time: ISO 8601's year, month, day and time ("2016", "2016-01", "2016-01-02",
# "2016-01-02T10:00:00+01:00"), which read one way only. pandas also reads "10:00 2020" as today's
# day of 2020, "02/01/2016" as 1 February but "13/01/2016" as 13 January, and "of 2019" as 2019.
_ISO_TIME = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2}(?:[ Tt][0-9]{2}(?::[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?)?"
                       r"(?:\s*(?:[Zz]|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?))?)?)?)?")


def mixed_time_order(key: Any, values: list[Any]) -> list[Any] | None:
    """``values`` (the distinct values of the ``by=`` column ``key``) in time order when they
    are times of which some have a time zone and some none, or times and text of times,
    warning of the mix; else None, pandas' order being right (times of one kind, times and
    names) or no time order at all (numbers among them).

    >>> import pandas as pd
    >>> mixed_time_order("day", [pd.Timestamp("2016-01-03"), pd.Timestamp("2016-01-02"), "n/a"]) is None
    True
    """
    times = [value for value in values if isinstance(value, datetime.date)]
    texts = [value for value in values if isinstance(value, str)]
    if not times or len(times) + len(texts) < len(values):
        return None
    dated = {text: time for text in texts if (time := _time_in(text)) is not None}
    aware = [time for time in times if _is_aware(time)]
    # A date (no time of day) is a naive time at its midnight, but a kind of its own: pandas
    # orders a column of dates alone, and a date beside a Timestamp not at all.
    dates = [time for time in times if not isinstance(time, datetime.datetime)]
    naive = [time for time in times if not _is_aware(time) and isinstance(time, datetime.datetime)]
    if not dated and sum(1 for kind in (aware, naive, dates) if kind) < 2:
        return None
    others = sorted((text for text in texts if text not in dated), key=lambda text: _order_key(text, dated))
    _warn_of_kinds(key, aware, naive, dated, others, dates)
    return sorted(values, key=lambda value: _order_key(value, dated))


def _time_in(text: str) -> Any:
    """The time ``text`` writes in ISO 8601's form ("2016-01-02", "2016"); else None.

    >>> str(_time_in(" 2016-01-02")), _time_in("10:00"), _time_in("Speaker 2016"), _time_in("02/01/2016")
    ('2016-01-02 00:00:00', None, None, None)
    """
    pd = forksafe.imported("pandas")

    if not _ISO_TIME.fullmatch(text.strip()):
        return None
    try:
        time = pd.Timestamp(text.strip())
    except (ValueError, OverflowError):  # pandas' errors of a text that is no time are ValueErrors
        return None
    return None if time is pd.NaT else time


def _is_aware(value: datetime.date) -> bool:
    """Whether ``value`` is a time with a time zone (a date has none)."""
    return isinstance(value, datetime.datetime) and value.utcoffset() is not None


def _in_utc(value: datetime.date) -> Any:
    """``value`` as a Timestamp in UTC, a naive one read as UTC (as plot_trend places it, and
    as ``pd.to_datetime(..., utc=True)`` reads it)."""
    pd = forksafe.imported("pandas")

    time = pd.Timestamp(value)
    return time.tz_localize("UTC") if time.tz is None else time.tz_convert("UTC")


def _order_key(value: Any, dated: dict[str, Any]) -> tuple[Any, ...]:
    """A key putting times and text of times (``dated``, each text's time) in time order, at
    one instant a naive time, then an aware one, then text, each by how it is written, so that
    the order never hangs on the rows'; other text after them, as a reader counts.

    >>> import pandas as pd
    >>> values = ["Q", "2016-01-02", pd.Timestamp("2016-01-02", tz="UTC"), pd.Timestamp("2016-01-02")]
    >>> [str(v) for v in sorted(values, key=lambda v: _order_key(v, {"2016-01-02": pd.Timestamp("2016-01-02")}))]
    ['2016-01-02 00:00:00', '2016-01-02 00:00:00+00:00', '2016-01-02', 'Q']
    """
    from .profile import natural_key

    if isinstance(value, str):
        return (0, _in_utc(dated[value]), 2, value) if value in dated else (1, natural_key(value))
    return 0, _in_utc(value), int(_is_aware(value)), str(value)


def _warn_of_kinds(key: Any, aware: list[Any], naive: list[Any], dated: dict[str, Any], others: list[str],
                   dates: Sequence[Any] = ()) -> None:
    """Warn that the ``by`` column ``key`` mixes kinds of time: times with a time zone
    (``aware``) and times without one (``naive``), or times and text of times (``dated``),
    or times and dates (``dates``), besides text that is no time (``others``). Each kind is
    named with how many there are."""
    from .exceptions import warn

    kinds = [(name, found) for name, found in (("times with a time zone", aware),
                                               ("times without one" if aware else "times", naive),
                                               ("dates", list(dates)),
                                               ("text of times", list(dated))) if found]
    said = " and ".join(f"{name} ({_counted(found, dated)})" for name, found in kinds)
    after = f"; {_either(others)}, no time{'s' if len(others) > 1 else ''}, come{'' if len(others) > 1 else 's'} " \
            f"after them" if others else ""
    zones, text = aware and naive, bool(dated)
    how = " and ".join((["reading a time without a zone as UTC, as plot_trend draws it"] if zones else [])
                       + (["with a date as its midnight"] if dates else [])
                       + (["with text of a time as that time"] if text else []))
    files = (_files_giving(aware, naive, dates, dated) if dates
             else "files give in a time zone, without one and as text" if zones and text
             else "one file gives in a time zone and another without one" if zones
             else "one file gives as text and another as times")
    advice = f"pd.to_datetime(scored[{key!r}], utc=True{', format=' + repr('mixed') if dated else ''})"
    fix = f" once {_either(others)} {'are' if len(others) > 1 else 'is'} a time or missing" if others else ""
    warn(f"by={quoted(key)} holds {said}, as dates {files}: the groups are put in "
         f"time order {how}{after}, but {_twins(aware, naive, dated, dates)}; make the column one kind before "
         f"profiling: scored[{key!r}] = {advice}{fix}")


def _files_giving(aware: list[Any], naive: list[Any], dates: Sequence[Any], dated: dict[str, Any]) -> str:
    """How the files gave a mix holding ``dates``, as the warning says it ("one file gives as
    dates and another as times")."""
    ways = [way for way, found in (("in a time zone", aware), ("as times without one" if aware else "as times", naive),
                                   ("as dates", dates), ("as text", dated)) if found]
    if len(ways) == 2:
        return f"one file gives {ways[0]} and another {ways[1]}"
    return "files give " + ", ".join(ways[:-1]) + f" and {ways[-1]}"


def _twins(aware: list[Any], naive: list[Any], dated: dict[str, Any], dates: Sequence[Any] = ()) -> str:
    """Two values of the mix at one instant, which are two groups, as a message names them."""
    naive_at = {_in_utc(time): time for time in naive}
    times_at = {**{_in_utc(time): time for time in aware}, **naive_at}
    pairs = [(naive_at.get(_in_utc(time)), time) for time in aware]
    pairs += [(times_at.get(_in_utc(date)), date) for date in dates]
    times_at.update({_in_utc(date): date for date in dates if _in_utc(date) not in times_at})
    pairs += [(times_at.get(_in_utc(time)), text) for text, time in dated.items()]
    pair = next(((one, other) for one, other in pairs if one is not None), None)
    if pair is None:
        return "two kinds at one instant would be two groups"
    return f"{_shown(pair[0])} and {_shown(pair[1])} are two groups"


def _shown(value: Any) -> str:
    """A group value as a message names it: text quoted, a time as written."""
    return quoted(value) if isinstance(value, str) else str(value)


def _either(texts: list[str]) -> str:
    """Texts as a message lists them: ``'a'`` or ``'a' and 'b'``, the first few of many.

    >>> _either(["n/a"]), _either(["n/a", "Q"]), _either(list("abcde"))
    ("'n/a'", "'n/a' and 'Q'", "'a', 'b', 'c' and 2 more")
    """
    if len(texts) <= 2:
        return " and ".join(quoted(text) for text in texts)
    return ", ".join(quoted(text) for text in texts[:3]) + f" and {len(texts) - 3} more"


def _counted(values: list[Any], dated: dict[str, Any]) -> str:
    """How many ``values`` (times, or text of ``dated`` times) there are and the first few,
    in time order, as a message gives them.

    >>> import pandas as pd
    >>> _counted([pd.Timestamp("2016-01-02"), pd.Timestamp("2016-01-01")], {})
    "2 of them: ['2016-01-01 00:00:00', '2016-01-02 00:00:00']"
    """
    ordered = sorted(values, key=lambda value: _order_key(value, dated))
    return f"{len(values)} of them: {quoted_list(value if isinstance(value, str) else str(value) for value in ordered)}"

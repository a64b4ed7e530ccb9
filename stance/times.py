"""Timestamps and durations written as text in one form per column, whatever the chunking.

pandas writes a column of timestamps in the shortest form that fits the values it is
given: "2024-01-04" when all of them fall at midnight, else with the time of day, and
with as many digits of a second as the finest value needs. A file scored chunk by chunk
was written chunk by chunk, so each chunk chose its own form ("2024-01-04" in one,
"2024-01-04 00:00:00" in the next, "10:30:00.500" beside "10:30:00"), and a reader that
parses the column by one format failed on it. Here the form is chosen once from the whole
column (a pass over those columns alone) and every chunk is written in it: the form
pandas 3 gives the whole table at once (pandas 2.0 still wrote zoned timestamps and
durations value by value, "00:00:00+01:00" beside "10:30:00.500000+01:00").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe

if TYPE_CHECKING:
    import pandas as pd

# Digits of a second per numpy time unit, and the units numpy names by those digits.
_UNIT_DIGITS = {"s": 0, "ms": 3, "us": 6, "ns": 9}
_DIGIT_UNITS = {digits: unit for unit, digits in _UNIT_DIGITS.items()}
_NANOSECONDS_PER_DAY = 86_400 * 10**9


@dataclass(frozen=True)
class TimeLayout:
    """How a column of timestamps or durations is written: with the time of day (a
    duration's hours) or without, and with how many digits of a second (0, 3, 6 or 9)."""

    with_time: bool = False
    digits: int = 0

    def __or__(self, other: TimeLayout) -> TimeLayout:
        """The layout that fits the values of both."""
        return TimeLayout(self.with_time or other.with_time, max(self.digits, other.digits))


def is_time(column: pd.Series) -> bool:
    """Whether ``column`` holds timestamps (with or without a time zone) or durations."""
    return column.dtype.kind in "mM"


def zone_of(dtype: Any) -> Any:
    """The time zone of a column of timestamps of ``dtype``, or None (no zone, or no timestamps):
    pandas' own (``DatetimeTZDtype``) or Arrow's (``pd.ArrowDtype``, as ``dtype_backend="pyarrow"``
    reads a zoned column), which keeps its zone in ``pyarrow_dtype`` and has no ``tz`` of its own.

    >>> import pandas as pd, pyarrow as pa
    >>> zone_of(pd.DatetimeTZDtype(tz="UTC")), zone_of(pd.ArrowDtype(pa.timestamp("us", tz="Europe/Berlin")))
    (datetime.timezone.utc, 'Europe/Berlin')
    >>> zone_of(pd.ArrowDtype(pa.timestamp("us"))), zone_of(pd.ArrowDtype(pa.int64()))
    (None, None)
    """
    arrow = getattr(dtype, "pyarrow_dtype", None)
    return getattr(arrow if arrow is not None else dtype, "tz", None)


def layouts_of(frame: pd.DataFrame) -> dict[str, TimeLayout]:
    """The layout each timestamp or duration column of ``frame`` needs for its own values."""
    return {name: _layout(_numpy_backed(frame[name])) for name in frame.columns if is_time(frame[name])}


def merged(layouts: Iterable[Mapping[str, TimeLayout]]) -> dict[str, TimeLayout]:
    """Per column, the layout that fits every part's values.

    >>> merged([{"t": TimeLayout()}, {"t": TimeLayout(True, 3)}, {"u": TimeLayout()}])
    {'t': TimeLayout(with_time=True, digits=3), 'u': TimeLayout(with_time=False, digits=0)}
    """
    result: dict[str, TimeLayout] = {}
    for part in layouts:
        for name, layout in part.items():
            result[name] = result[name] | layout if name in result else layout
    return result


def as_text(frame: pd.DataFrame, layouts: Mapping[str, TimeLayout]) -> pd.DataFrame:
    """``frame`` with its timestamp and duration columns named in ``layouts`` as text in
    those layouts (a missing value stays missing).

    >>> import pandas as pd
    >>> day = pd.DataFrame({"t": pd.to_datetime(["2024-01-04"])})
    >>> as_text(day, {"t": TimeLayout(with_time=True)}).t.tolist()
    ['2024-01-04 00:00:00']
    """
    names = [name for name in frame.columns if name in layouts and is_time(frame[name])]
    if not names:
        return frame
    frame = frame.copy()
    for name in names:
        frame[name] = _text(_numpy_backed(frame[name]), layouts[name])
    return frame


def _numpy_backed(column: pd.Series) -> pd.Series:
    """A time column of Arrow's (``pd.ArrowDtype``, as a Parquet file written from one reads)
    as the same values in pandas' numpy dtype of its unit and zone: Arrow's has no ``tz`` and
    gives numpy its zoned values as objects, which numpy cannot read as times."""
    arrow = getattr(column.dtype, "pyarrow_dtype", None)
    if arrow is None:
        return column
    zone = getattr(arrow, "tz", None)
    pd = forksafe.imported("pandas")
    if zone is None:
        try:
            return column.astype(column.dtype.numpy_dtype)
        except (TypeError, ValueError):
            # pandas 2.0 casts an Arrow duration with a null through its scalars, and refused
            # the null (a review); pyarrow's own conversion gives NaT for it.
            values = column.array.__arrow_array__().to_pandas()
            return pd.Series(values.to_numpy(), index=column.index, name=column.name).astype(
                column.dtype.numpy_dtype)

    return column.astype(pd.DatetimeTZDtype(arrow.unit, zone))


def _values(column: pd.Series) -> tuple[np.ndarray, int, np.ndarray]:
    """A time column's values as integers of its unit, the digits of a second that unit
    has, and where values are missing. A zoned timestamp's values are UTC."""
    values = column.to_numpy() if column.dtype.kind == "m" or getattr(column.dtype, "tz", None) is None \
        else column.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
    unit = np.datetime_data(values.dtype)[0]
    return values.view("i8"), _UNIT_DIGITS[unit], np.isnat(values)


def _layout(column: pd.Series) -> TimeLayout:
    integers, unit_digits, missing = _values(column)
    present = integers[~missing]
    per_second = 10**unit_digits
    zoned = getattr(column.dtype, "tz", None) is not None
    # A zoned timestamp is written with its time and offset even at midnight, as pandas does.
    with_time = zoned or bool((present % (86_400 * per_second)).any())
    fraction = present % per_second
    digits = next((d for d in (0, 3, 6) if d < unit_digits and not (fraction % 10 ** (unit_digits - d)).any()),
                  unit_digits)
    if column.dtype.kind == "m" and digits:  # pandas gives durations 6 digits of a second, or 9
        digits = 6 if digits <= 6 else 9
    return TimeLayout(with_time, digits)


def _text(column: pd.Series, layout: TimeLayout) -> np.ndarray:
    return _duration_text(column, layout) if column.dtype.kind == "m" else _timestamp_text(column, layout)


def _timestamp_text(column: pd.Series, layout: TimeLayout) -> np.ndarray:
    """"2024-01-04", or "2024-01-04 10:30:00[.500]" and "+01:00" for a zoned one."""
    zone = getattr(column.dtype, "tz", None)
    wall = (column.dt.tz_localize(None) if zone is not None else column).to_numpy()
    unit = _DIGIT_UNITS[layout.digits] if layout.with_time else "D"
    text = np.char.replace(np.datetime_as_string(wall, unit=unit), "T", " ").astype(object)
    if zone is not None:
        _, _, missing = _values(column)
        utc = column.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
        # Offsets of the values present only: a gap's NaT divided made numpy warn "invalid
        # value encountered in floor_divide", which the command line printed.
        minutes = np.zeros(len(wall), dtype=np.int64)
        minutes[~missing] = (wall[~missing] - utc[~missing]) // np.timedelta64(1, "m")
        offsets, which = np.unique(minutes, return_inverse=True)  # few distinct offsets: format each once
        named = np.array([f"{'-' if m < 0 else '+'}{abs(m) // 60:02d}:{abs(m) % 60:02d}" for m in offsets],
                         dtype=object)
        text = text + named[which.ravel()]
    text[np.isnat(wall)] = None
    return text


def _duration_text(column: pd.Series, layout: TimeLayout) -> np.ndarray:
    """"3 days", or "3 days 01:00:00[.500000]" (negative: "-1 days +23:59:59"), as pandas writes them."""
    integers, unit_digits, missing = _values(column)
    nanoseconds_per_unit = 10 ** (9 - unit_digits)
    text = np.empty(len(integers), dtype=object)
    for i, value in enumerate(integers.tolist()):
        if missing[i]:
            continue
        days, rest = divmod(value * nanoseconds_per_unit, _NANOSECONDS_PER_DAY)
        if not layout.with_time:
            text[i] = f"{days} days"
            continue
        seconds, nanoseconds = divmod(rest, 10**9)
        hours, seconds = divmod(seconds, 3600)
        minutes, seconds = divmod(seconds, 60)
        fraction = f".{nanoseconds:09d}"[: layout.digits + 1] if layout.digits else ""
        text[i] = f"{days} days {'+' if days < 0 else ''}{hours:02d}:{minutes:02d}:{seconds:02d}{fraction}"
    return text

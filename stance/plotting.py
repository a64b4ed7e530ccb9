"""Pictures for analysts (the ``plot`` extra: matplotlib)."""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import MissingDependencyError, install_advice, quoted, refuse_several_values, require_bool
from .foreign_frames import profile_as_pandas
from .graphemes import first
from .text import names_index, surrogates_escaped

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes


def _pyplot():
    # The backend is the user's (or matplotlib's own choice, Agg on a machine with no
    # display): switching it would stop plt.show() from showing anything afterwards.
    try:
        plt = forksafe.imported("matplotlib.pyplot")
    except ImportError:
        raise MissingDependencyError(
            f"plotting needs matplotlib: {install_advice('plot')}"
        ) from None
    return plt


# The most groups a grouped profile's plot draws by default: a bar each beside every target
# and a legend entry each, still readable at 20 (a legend of 300 overflowed the figure).
MAX_GROUPS = 20


def plot_profile(profile: pd.DataFrame, ax: Axes | None = None, title: str | None = None,
                 value: str = "share", max_groups: int | None = MAX_GROUPS,
                 order: Sequence[str] | None = None, colors: Mapping[Any, Any] | None = None) -> Axes:
    """Bar chart of a profile, one bar per target (per group and target for a grouped one).

    The legend, the counts and the axis name the stance values as the model does ("leans
    pro", "2 pro / 1 con" of a model trained with "pro" and "con"), as :func:`stance.profile`
    records them in the profile's ``attrs``; else "favor" and "against".

    ``value="share"`` (default): the share of statements taking a position on each target,
    bars coloured and hatched by which way they lean (green favor, plain, and red against,
    dotted, only where the position's 95% interval leaves 0 out; mid grey, upright lines, "no
    clear lean (95% interval holds 0)", where it holds 0, as 560 favor to 550 against does;
    grey even, striped, as many favor as against; light grey, crossed, for a target its
    statements took no stance on, neutral or secondary; the legend listing the looks drawn,
    and a position plot of one group drawn alike; all grey, with no
    legend or counts, for a profile without stances, which lean no way; a grouped profile's
    bars are coloured and hatched by group, in ten colour-blind-safe colours (Okabe and Ito's,
    then four of tab10's and Paul Tol's, see GROUP_PALETTE; or a style's own, set by the user,
    while it has enough) and a hatching each, so that
    groups differ in more than colour, in greyscale too; its targets from the most
    statements down and each target's bars in the legend's order). ``value="position"``: the log-odds of favor
    to against, with its interval as error bars and 0 (even) marked, which shows which
    way each speaker or party leans (a profile without stances, from a model without a
    stance head, has none, nor has one whose every statement was neutral or took its target
    only as a secondary one: its plot says so, and which of the two, as :func:`stance.profile`
    records it, as an empty profile's does; a target (of a
    group) whose statements took no stance on it, 0 favor and 0 against, has no bar or
    interval there, not an even one at 0, and the axis label says so; a group's even
    position on a target, as many favor as against, is a diamond at 0 in the group's colour,
    which the axis label names, as its bar has no width). Target and group
    names are drawn as written (a "$" is no formula, a lone surrogate its escape ``\\udce9``;
    groups that are days, timestamps at midnight, as dates), wrapped in lines of up to 30
    characters (at most 4, the figure
    made wide and tall enough for them). ``title`` is set as the chart's title, as written too: by default
"Profile", or "Profile by speaker" (the group column's name) of a grouped one; "" for none. A grouped profile of
    more than ``max_groups`` groups (20; None for all) draws the ``max_groups`` groups with
    the most statements, and the title says how many were left out: hundreds of documents
    or speakers made a legend of hundreds of entries and bars too thin to see. Groups in
    time (by month, by date) are drawn over time by :func:`plot_trend`.

    ``order`` (a list of targets) draws those targets, from the top down in that order, and
    no other: give two panels one order to compare them row by row (each sorted by its own
    shares, they list the targets differently). A target of ``order`` that no statement of
    the profile takes is drawn as an empty row, so that the rows of two panels line up; a
    name that differs from one of the profile's targets only in case, spaces, "-" or "_"
    is refused as a misspelling, naming the profile's targets, and so is ``order=[]``,
    which would draw nothing, and a code given as a number (``order=[201]``: targets are
    text), naming the str to pass.

    A grouped profile's groups take their colours and hatchings in turn, so that a group's
    look is its rank among the groups drawn: a speaker left out of one chart re-coloured the
    rest. ``colors`` (a dict of group: any matplotlib colour, ``{"Scholz": "#0072B2", "Merz":
    "black"}``) pins them: each group drawn in its colour, and hatched by its place in the
    dict, so that every chart given one dict draws a group alike. It may name groups a chart
    does not draw; a group drawn that it has no colour for, a value that is no colour, or
    ``colors`` of a profile of one group (coloured by lean) is refused, naming it.

    Returns the matplotlib Axes drawn on: ``ax``, or with no ``ax`` one of a new pyplot
    figure (shown by ``plt.show()`` or a notebook), its legend beside the bars (moved up, as
    the figure is drawn, where its bottom would fall below the figure's: 20 long names saved at
    72 dpi, where text takes more of the figure, lost their last entries); on the
    caller's ``ax``, the legend is inside it (where it covers the fewest bars), as beside
    it, it covered the next panel of a grid. ``ax`` is one Axes: a Figure, or the array
    ``plt.subplots(1, 2)`` returns, is refused, saying which to pass (``fig.gca()``,
    ``axes[0]``). A profile whose targets are a column, not its index (read back from a file
    without ``index_col``, or after ``reset_index()``), is refused, naming the index to give:
    its rows were drawn as targets "0", "1"….
    A batch job that draws many should close each (``plt.close(ax.figure)``).

    >>> import matplotlib.pyplot as plt, stance
    >>> scored = stance.score(["We have a one-speed NATO.", "Send more tanks to Kyiv."])
    >>> ax = stance.plot_profile(stance.profile(scored), title="Two statements")
    >>> ax.get_title()
    'Two statements'
    >>> plt.close(ax.figure)
    """
    _refuse_several_options(value, title)
    if value not in ("share", "position"):
        from .exceptions import InvalidInputError

        raise InvalidInputError(f"value must be 'share' or 'position', got {quoted(value)}")
    profile = _require_profile(profile)
    _require_axes(ax)
    profile = _levels_named_as_text(profile)
    _check_max_groups(max_groups)
    order = _checked_order(profile, order)
    _check_colors_argument(profile, colors)
    # No position in any row: every statement neutral or taking its target only as a
    # secondary one, or no stance at all (a model trained without a stance head). Its
    # positions, bars at 0, read as targets measured even: said instead, as an empty profile
    # is, with which of the two it is. Without stances its shares are drawn in one colour,
    # with no lean to tell; a profile whose record is lost (read from a file) is taken for
    # that, as before. Judged before order= adds the targets no statement takes, which have
    # no position either.
    unpositioned = not profile.empty and bool(profile["position"].isna().all())
    stances_given = _stances_given(profile)
    stanceless = unpositioned and stances_given is not True
    favor, against = stance_names(profile)
    if title is None:  # a chart says what it shows; title="" draws none
        title = "Profile" if profile.index.nlevels == 1 else f"Profile by {_shown(profile.index.names[0]) or 'group'}"
    else:  # as written, as every name drawn: "Cuts of $5 and $10" was typeset as a formula
        title = _given_text(title)
    if max_groups is not None and profile.index.nlevels == 2:
        profile, left_out = _largest_groups(profile, max_groups)
        if left_out:
            title = f"{title}\n({left_out})" if title else left_out[0].upper() + left_out[1:]
    if order is not None and profile.index.nlevels == 1:
        profile = _in_order(profile, order)
    plt = _pyplot()
    own_figure = ax is None
    # Beside the axes on a figure of its own ("best" put it over the top bars); inside the
    # caller's, as beside them it covered the next panel of a grid, where it covers the least
    # (see _legend).
    legend_place = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0)} if own_figure else {"loc": "best"}
    unmeasured = value == "position" and unpositioned
    # The groups' looks of colors=, checked before a figure is made: refused after, each
    # refusal left a figure open (a batch job's plt.get_fignums() grew).
    pinned = (_pinned_looks(_drawn_order(profile)[0], colors)
              if colors is not None and profile.index.nlevels == 2 and not (profile.empty or unmeasured) else None)
    if ax is None:
        # A message alone needs no room for bars: sized for 60 targets by country, it was 60 inches tall.
        size = MESSAGE_FIGURE if profile.empty or unmeasured else (_profile_width(profile),
                                                                    _profile_height(profile, order))
        _, ax = plt.subplots(figsize=size)
    left_out_unmeasured = False  # a target (of a group) with no stance taken on it: see below
    marked_even = False  # a group's even position on a target, marked at 0: see _mark_even
    if profile.empty or unmeasured:
        message = (_why_no_position(stances_given) + ": plot value='share'" if unmeasured
                   else "no statement takes a position on any target")
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    elif profile.index.nlevels == 2:
        # barh draws a frame's first row lowest, and each row's first column's bar lowest:
        # reversed, the most-discussed target is on top (as in a profile of one group) and
        # each target's bars read down in the legend's order (they read up, against it).
        groups, targets = _drawn_order(profile)
        targets = targets if order is None else order
        colours, hatches = (_group_colours(len(groups)), _group_hatches(len(groups))) if pinned is None else pinned

        # A group whose statements on a target took no stance (neutral, or it a secondary
        # target) has position 0 ± 3.92: drawn, it looked like an even split. No bar.
        unmeasured_cells = (profile["favor"] + profile["against"] == 0) & (value == "position")

        def drawn(column: str) -> pd.DataFrame:
            shown = profile[column].mask(unmeasured_cells)
            # The names as an index of them, of Python strings where one holds a lone surrogate
            # (a file name not in UTF-8): a list, pandas 3 made an Arrow one, which refused it.
            return shown.unstack(0).reindex(index=names_index(targets[::-1]), columns=names_index(groups[::-1]))

        left_out_unmeasured = bool(unmeasured_cells.any())

        values = drawn(value)
        # Set, not renamed by a dict: rename makes an index of the dict's keys, which pandas 3
        # made an Arrow one, refusing a name holding a lone surrogate (see names_index).
        group_names = _group_names(groups)
        values.index = names_index(_shown(target) for target in values.index)
        values.columns = names_index(group_names[group] for group in values.columns)
        drawn_before = len(ax.containers)  # a caller's bars on ax: not the groups'
        if value == "position":
            low = drawn("position") - drawn("position_low")
            high = drawn("position_high") - drawn("position")
            # No bar and no error bar where a group said nothing on a target (not a stub at 0).
            errors = [[low[c].tolist(), high[c].tolist()] for c in low.columns]  # in the order of values' columns
            # By column, as lists, where the columns' names tell them apart: pandas passes those
            # on as they are, where it makes an array of other errors, and matplotlib tests an
            # array's first row with math.isfinite, which numpy 1.25 to 2.3 warn of for a row
            # of one bar ("Conversion of an array with ndim > 0"). Silencing that with
            # catch_warnings swapped the process's warnings filters, which threads share.
            names = list(values.columns)
            by_name = len(set(names)) == len(names) and all(name == name for name in names)  # NaN is no key
            values.plot.barh(ax=ax, xerr=dict(zip(names, errors)) if by_name else errors, capsize=2,
                             color=colours[::-1], legend=False)
        else:
            values.fillna(0).plot.barh(ax=ax, color=colours[::-1], legend=False)
        BarContainer = forksafe.imported("matplotlib.container").BarContainer

        bar_sets = [c for c in ax.containers if isinstance(c, BarContainer)]  # one per column of values
        for bars, hatch in zip(bar_sets, hatches[::-1]):
            for bar in bars:
                _hatched(bar, hatch=hatch)
        if value == "position":
            marked_even = _mark_even(ax, bar_sets, drawn("favor"), drawn("against"), colours[::-1])
        # pandas draws no legend of its own (legend=False above): under matplotlib before 3.8 it
        # warned that a group "_draft.txt" "is thus excluded from the legend", which ours holds.
        # Each group's bars by their label, whatever it is: ax.get_legend_handles_labels() skips
        # a label starting with "_", so that a document "_draft.txt" had no entry. After what
        # else the axes show, as ax.legend() orders them (its children, then its containers).
        groups_bars = [c for c in ax.containers[drawn_before:] if isinstance(c, BarContainer)]
        handles, labels = ax.get_legend_handles_labels()
        kept = [(h, label) for h, label in zip(handles, labels) if all(h is not bars for bars in groups_bars)]
        entries = kept + [(bars, str(bars.get_label())) for bars in groups_bars]
        # In columns when there are many groups; in the profile's order of groups, as the bars read down.
        _legend_of_names(partial(_legend, ax), [h for h, _ in entries][::-1], [label for _, label in entries][::-1],
                         title=_shown(profile.index.names[0]), fontsize=_small_text("legend.fontsize"),
                         ncol=_legend_columns(len(values.columns)), **legend_place)
    elif stanceless:  # value="share": no favor or against to colour, count or explain
        rows = range(len(profile))
        ax.barh(rows, list(profile["share"])[::-1], color=LEANS[0])
        ax.set_yticks(rows, [_shown(target) for target in profile.index][::-1])
    else:
        # A target its statements took no stance on (neutral, or it a secondary target) has
        # position 0 ± 3.92: drawn, it looked like an even split. No bar, no interval, and
        # in the shares a colour of its own.
        quiet = profile["favor"] + profile["against"] == 0
        profile = profile.assign(**{c: profile[c].mask(quiet) for c in ("position", "position_low", "position_high")})
        colours = [_lean_colour(p, low, high) for p, low, high in
                   zip(profile["position"], profile["position_low"], profile["position_high"])]
        left_out_unmeasured = value == "position" and bool(quiet.any())
        # Bars at positions, named by ticks: as categories, two names cut alike were one bar.
        rows = range(len(profile))
        if value == "position":
            low = (profile["position"] - profile["position_low"])[::-1]
            high = (profile["position_high"] - profile["position"])[::-1]
            # The intervals in the colour of the ticks, as pandas draws a grouped profile's:
            # matplotlib's own black was invisible on a dark style. A target with no position
            # (no stance taken, or of order= with no statement) has no bar, and no interval.
            bars = ax.barh(rows, list(profile["position"].fillna(0))[::-1], color=colours[::-1],
                           xerr=[list(low), list(high)], capsize=3, ecolor=plt.rcParams["xtick.color"])
        else:
            bars = ax.barh(rows, list(profile["share"])[::-1], color=colours[::-1])
        for bar, colour in zip(bars, colours[::-1]):  # which way, not by colour alone (see LEAN_HATCHES)
            _hatched(bar, colour)
        ax.set_yticks(rows, [_shown(target) for target in profile.index][::-1])
        if value == "position":  # beyond the interval's far end, clear of its line and of zero
            ends = [0.0 if math.isnan(p) else high if p >= 0 else low for p, low, high in
                    zip(profile["position"], profile["position_low"], profile["position_high"])][::-1]
        else:
            ends = list(profile["share"][::-1])
        counts = [ax.text(x, y, f"  {f} {favor} / {a} {against}" if x >= 0 or value == "share"
                          else f"{f} {favor} / {a} {against}  ", va="center", fontsize=_small_text("font.size"),
                          ha="left" if x >= 0 or value == "share" else "right")
                  for y, (x, f, a) in enumerate(zip(ends, profile["favor"][::-1], profile["against"][::-1]))]
        if value == "share":  # room for the counts beside the longest bar, inside the axes
            ax.set_xlim(0, max(profile["share"].max(), 0.01) * SHARE_AXIS_ROOM)
        Patch = forksafe.imported("matplotlib.patches").Patch

        # Only the colours of bars drawn: a share of 0 has none, and a position of none no bar
        # (an even position's bar is its interval about 0).
        drawn = {colour for colour, share, position in zip(colours, profile["share"], profile["position"])
                 if (share > 0 if value == "share" else not math.isnan(position))}
        handles = [_hatched(Patch(color=colour, label=name), colour) for colour, name in lean_names(favor, against)
                   if colour in drawn]
        if handles:
            _legend(ax, handles=handles, fontsize=_small_text("legend.fontsize"), **legend_place)
    if value == "position":
        if not (profile.empty or unmeasured):  # with no bars, a line at 0 was a stray stroke down the empty figure
            # In the colour of the axes' frame: black was invisible on a dark style.
            ax.axvline(0, color=plt.rcParams["axes.edgecolor"], linewidth=0.8)
        why = "the group took no stance" if profile.index.nlevels == 2 else "no statement took a stance"
        ax.set_xlabel(position_label(favor, against)
                      + (f"\nno bar: {why} on the target" if left_out_unmeasured else "")
                      + (f"\ndiamond at 0: even, as many {favor} as {against}" if marked_even else ""))
    else:
        ax.set_xlabel("share of statements")
    if title:
        ax.set_title(title)
    if own_figure:  # a figure the caller made keeps the layout the caller chose
        ax.figure.tight_layout()
        _fit_labels(ax.figure)
    if value == "share" and profile.index.nlevels == 1 and not (profile.empty or stanceless):
        _room_for_counts(ax, list(profile["share"][::-1]), counts)
    if value == "position" and profile.index.nlevels == 1 and not (profile.empty or unmeasured):
        _room_on_both_sides(ax, counts)
    return ax


# Tick labels a trend's axis of groups that are no times names, at most (every second, third…
# beyond): 37 months' names side by side ran into one another.
MAX_TREND_TICKS = 24
# A trend of more groups than this, most of them small (see TREND_FEW_STATEMENTS), is warned of:
# its own figure is at its widest, 20 inches, from 64 groups on (4 inches and a quarter inch a
# group), and past it the points crowd closer than that. A profile by raw timestamps, 17,815
# groups of one statement or so, drew a block no one could read, slowly, without a word.
TREND_MANY_GROUPS = 64
# Fewer statements than this on every target, and a group's point cannot show a lean: 8 of 8
# for favor still hold 0 in their interval ([-0.02, 5.69]), 9 of 9 do not (as the README says).
TREND_FEW_STATEMENTS = 9
# The days of a period from which on its groups are told to take years (asfreq("Y")), not
# months: the shortest month's, so that monthly periods, February's too, are not told to take
# months, which changes nothing.
TREND_MONTH_DAYS = 28
# The days of a period from which on it is a year or longer, and no longer period is advised:
# asfreq("Y") of years changed nothing, and following it warned again (a review of d79009b).
TREND_YEAR_DAYS = 365
TREND_LINE_STYLES = ("-", "--", ":", "-.")  # after GROUP_PALETTE's ten colours, each in turn
# A marker for each target beside its colour, so that lines differ in more than colour (to a
# colour-blind reader, in greyscale): seven shapes, ten colours, the first 70 targets each a
# look of their own. Every line was "o" and solid, told apart by colour alone.
TREND_MARKERS = ("o", "s", "^", "D", "v", "P", "X")
TREND_MARKER_SIZE = 5  # points: at 3, a square and a circle looked alike
# A hatching for each target's band, beside its colour, in turn with its marker (seven each):
# a band was its colour at 0.15 alone, so overlapping bands were one grey in greyscale (an
# accessibility audit). Sparser than a bar's (GROUP_HATCHES), as a band lies under the lines.
TREND_BAND_HATCHES = ("", "///", "...", "\\\\\\", "xx", "o", "|||")
TREND_BAND_ALPHA = 0.15  # the band's fill, its line's colour: light, the lines read through it
TREND_HATCH_ALPHA = 0.5  # its hatching, in the line's colour: seen, and lighter than the line
# The attribute of a trend's line that holds the band of its legend key (None: the line alone),
# and marks the line as a trend's: the legend is drawn again of every labelled artist on the axes,
# a trend drawn on them before among them, and its lines' keys are theirs still. On the line
# itself, as a map keyed by the axes' handles failed for some (matplotlib's containers, a bar
# chart's, are tuples: no weak reference to them, a review of 3864a95), and goes with the figure.
TREND_KEY_BAND = "_stance_band"
TREND_KEY_LABEL = "_stance_label"  # the label plot_trend gave a line: one changed since is the caller's


def plot_trend(profile: pd.DataFrame, ax: Axes | None = None, title: str | None = None,
               value: str = "position", order: Sequence[str] | None = None) -> Axes:
    """Line chart of a profile grouped by time (``stance.profile(scored, by="month")``): one
    line per target over the groups in the profile's order, which is their natural one (time
    order for dates, months and years), with the 95% interval of its position as a band of
    its colour and hatching, and an error bar where a point stands alone (no point beside it on its line, a
    band through which would have no width). :func:`plot_profile` draws a group's bars beside every target, and of a
    grouped profile the 20 groups with the most statements: 37 months, or the busiest dates
    out of time order, were unreadable there.

    ``value="position"`` (default): the log-odds of favor to against, 0 (even) marked; a
    group whose statements took no stance on a target (no favor, no against) has no point
    there, not an even one, so that the line breaks and the band with it. So does a period
    between the first and the last that the profile has no row for (no statements then, or only
    off-topic ones), when the groups are pandas periods of one frequency; timestamps and dates
    have none, even at a regular step, which cannot be told from a gap, so the line joins the
    dates on either side of a missing one (group by ``to_period("D")`` to see gaps). ``value="share"``:
    the share of statements taking a position on each target, with no band (a share has no
    interval in the profile), 0 in a group whose statements took other targets alone, on an axis
    reaching down to 0. Groups that are times (timestamps, dates, pandas periods such
    as ``to_period("M")``) are placed on a time axis, at their time, ticked no finer than they
    are (days as dates, ``2026-01-17``; monthly periods as ``2026-01``; quarterly ones at their
    starts, as ``2026Q1``; weekly ones at their starts, named by their dates; of more than
    twelve such periods, every few; of more than sixty days or weeks, months or years); others (years as
    numbers, names) one step apart, in order, their names under the axis. The group of rows
    with no value, ``"(missing)"``, has no place in time: it is left out, and the axis label
    says so. ``order`` (a list of targets) draws those alone, in
    that order in the legend (by default every target, from the most statements down), refused
    as :func:`plot_profile` refuses it; one that no statement takes is named "(no statement)"
    in the legend, and of a position trend a target whose statements took no stance on it, which
    has no point, "(no stance)". Lines are told apart by colour and by a marker each
    (circle, square, triangle…, shown in the legend; past ten targets by dashes too), and
    bands by a hatching each (the first plain; the legend's key is the line over its band), so a
    colour-blind reader or a greyscale printout still can. A target's look is fixed by its
    name, not its rank, so that charts side by side draw it alike: the bundled model's four
    targets always their own four (in its label order, deterrence, eastern_flank,
    ukraine_support, unity), other targets the looks left, by sorted name (give charts one
    ``order=`` to draw the same targets, and so the same looks).
    ``title`` is the chart's, drawn as written, a "$" no formula, a lone surrogate its escape
    ("Position by month" by default;
    "" for none). A profile of more than 64 groups (TREND_MANY_GROUPS), more than half of them
    with fewer than 9 statements on every target drawn (a profile by raw timestamps has a group a
    statement), is drawn with a warning that says to group by months (or a longer period; of
    years, or groups that are no times, by a column of fewer groups), as its points are too
    many to read, each too few to show a lean, and slow to draw.

    Returns the matplotlib Axes drawn on: ``ax``, or one of a new pyplot figure, its legend
    beside the lines (inside ``ax`` when it is the caller's); ``ax`` is one Axes, as of
    :func:`plot_profile`.

    >>> import matplotlib.pyplot as plt, pandas as pd, stance
    >>> scored = stance.score(pd.DataFrame({"text": ["Send more tanks to Kyiv.", "Not one more cent for Kyiv.",
    ...                                              "Send more tanks to Kyiv."],
    ...                                     "month": pd.PeriodIndex(["2024-01", "2024-02", "2024-03"], freq="M")}))
    >>> ax = stance.plot_trend(stance.profile(scored, by="month"))
    >>> ax.get_title(), [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    ('Position by month', ['ukraine_support'])
    >>> plt.close(ax.figure)
    """
    from .exceptions import InvalidInputError
    from .group_values import MISSING_GROUP

    _refuse_several_options(value, title)
    if value not in ("share", "position"):
        raise InvalidInputError(f"value must be 'share' or 'position', got {quoted(value)}")
    profile = _require_profile(profile, _document_trend_hint)
    _require_axes(ax)
    profile = _levels_named_as_text(profile)
    if profile.index.nlevels != 2:
        raise InvalidInputError("plot_trend draws a profile grouped by time over its groups, and this one has no "
                                "groups: stance.plot_trend(stance.profile(scored, by='month')), with a month "
                                "column such as scored.date.dt.to_period('M'); stance.plot_profile draws this one")
    order = _checked_order(profile, order)
    name = profile.index.names[0]
    groups, targets = _drawn_order(profile)
    targets = targets if order is None else order
    missing = [group for group in groups if isinstance(group, str) and group == MISSING_GROUP]
    groups = _with_gaps([group for group in groups if group not in missing])
    unmeasured = value == "position" and not profile.empty and bool(profile["position"].isna().all())
    _warn_of_many_small_groups(profile, name, targets)
    favor, against = stance_names(profile)
    if title is None:
        title = f"{'Position' if value == 'position' else 'Share'} by {_shown(name) or 'group'}"
    else:  # as written, as every name drawn: "Cuts of $5 and $10" was typeset as a formula
        title = _given_text(title)
    plt = _pyplot()
    own_figure = ax is None
    if ax is None:
        _, ax = plt.subplots(figsize=MESSAGE_FIGURE if profile.empty or unmeasured or not groups
                             else (round(min(20.0, max(8.0, 4.0 + 0.25 * len(groups))), 2), 4.8))
    if profile.empty or unmeasured or not groups:
        message = (_why_no_position(_stances_given(profile)) + ": plot value='share'" if unmeasured
                   else "no statement takes a position on any target" if profile.empty
                   else f"no group but {MISSING_GROUP}, which has no place in time")
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        at = _trend_places(groups)
        slots = _target_slots(targets)
        colours = _group_colours(max(slots.values()) + 1)
        present = set(profile.index.get_level_values(1))
        np = forksafe.imported("numpy")
        bars_drawn = False  # an error bar for a point with no band: see below
        measured = profile.index.unique(level=0)  # the groups with statements on some target
        Patch = forksafe.imported("matplotlib.patches").Patch
        for target in targets:
            banded = False  # whether a band of some width is drawn: its legend key shows it
            colour = colours[slots[target]]
            hatch = TREND_BAND_HATCHES[slots[target] % len(TREND_BAND_HATCHES)]  # its band's (see below)
            # A group with no row for the target (and a target of order= no statement takes): NaN, no point.
            rows = (profile.xs(target, level=1) if target in present else profile.iloc[:0].droplevel(1)).reindex(groups)
            if value == "position":  # no stance taken there: no point, not an even one (see plot_profile)
                quiet = (rows["favor"] + rows["against"] == 0).to_numpy()
                low, high = (rows[c].astype(float).mask(quiet).to_numpy() for c in ("position_low", "position_high"))
                line = rows["position"].astype(float).mask(quiet).to_numpy()
                # color= as before, so that the axes' own cycle of colours is not advanced
                _banded(ax.fill_between(at, low, high, color=colour), colour, hatch)
                alone = _alone(np.isfinite(low) & np.isfinite(high))
                banded = bool((np.isfinite(low) & np.isfinite(high) & ~alone).any())
                if alone.any():
                    # A band between no neighbours has no width: the least certain points (a
                    # month of one statement) looked certain. Their interval as an error bar.
                    bars_drawn = True
                    # The distances as lists: matplotlib 3.10 reads an array of one as a number
                    # first, which numpy 1.25 and later deprecate (an error where warnings are).
                    ax.errorbar([place for place, one in zip(at, alone) if one], line[alone],
                                yerr=[(line[alone] - low[alone]).tolist(), (high[alone] - line[alone]).tolist()],
                                color=colour, capsize=3, linestyle="none", label="_nolegend_")
            else:
                # A group with a row for another target has statements, none on this one: a share
                # of 0, measured (a review: drawn as a gap, as if unmeasured). No row: a gap.
                line = rows["share"].astype(float).fillna(0).where(rows.index.isin(measured)).to_numpy()
            # A target of order= that no statement takes is drawn as nothing: say why. So is one whose
            # statements took no stance, neutral or it a secondary target, of a position trend (a
            # legend entry beside nothing, where plot_profile says "no bar: no statement took a stance").
            label = (f"{_shown(target)} (no statement)" if target not in present
                     else f"{_shown(target)} (no stance)" if value == "position" and _took_no_stance(rows)
                     else _shown(target))
            [drawn] = ax.plot(at, line, color=colour, marker=TREND_MARKERS[slots[target] % len(TREND_MARKERS)],
                              markersize=TREND_MARKER_SIZE,
                              linestyle=TREND_LINE_STYLES[slots[target] // len(GROUP_PALETTE) % len(TREND_LINE_STYLES)],
                              label=label)
            # The legend's key is the line over its band, hatching and all, so that the band's look
            # names its target as the line's does; the line alone where no band is drawn.
            setattr(drawn, TREND_KEY_BAND, _banded(Patch(), colour, hatch) if banded else None)
            setattr(drawn, TREND_KEY_LABEL, label)
        if not _are_times(groups):
            step = math.ceil(len(groups) / MAX_TREND_TICKS)
            names = _group_names(groups)
            ax.set_xticks(list(at)[::step], [names[group] for group in groups][::step],
                          rotation=45 if len(groups) > 6 else 0, ha="right" if len(groups) > 6 else "center")
        else:
            _date_ticks(ax, groups, at)
            _slant_dates(ax)
        if value == "position":
            ax.axhline(0, color=plt.rcParams["axes.edgecolor"], linewidth=0.8)
        else:  # a share's axis from 0: of shares all 1, matplotlib's ran 0.945 to 1.055. An unseen
            # line at 0 widens the data's limits and leaves the axis scaling itself, where fixed
            # limits cut what another plot on a shared or reused axis drew (a review).
            ax.axhline(0, linewidth=0, alpha=0)
        place = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0)} if own_figure else {"loc": "best"}
        # Every labelled artist on the axes, as ax.legend() collects them: a legend of the trend's
        # own lines alone dropped a caller's threshold, or another trend's lines (a review of 1d4f687).
        handles = _legend_handles(ax)
        labels = [str(handle.get_label()) for handle in handles]
        _legend_of_names(ax.legend, [_trend_key(handle) for handle in handles], labels,
                         title="target", fontsize=_small_text("legend.fontsize"), **place)
        # In lines: on one, a position plot's name ran past the figure's height.
        ax.set_ylabel(position_label(favor, against).replace(" (", "\n(")
                      + ("\nband (bar, of a point alone): its 95% interval" if bars_drawn
                         else "\nband: its 95% interval")
                      if value == "position" else "share of statements")
        shown_name = str(_shown(name) or "group")
        ax.set_xlabel(shown_name + (f"\nleft out: {MISSING_GROUP}, the statements with no {shown_name}" if missing
                                    else ""))
    if title:
        ax.set_title(title)
    if own_figure:
        ax.figure.tight_layout()
        _fit_labels(ax.figure)
    return ax


def _warn_of_many_small_groups(profile: pd.DataFrame, name: Any, targets: Sequence[Any]) -> None:
    """Warn when a trend's ``profile`` (grouped by ``name``) has more than TREND_MANY_GROUPS
    groups, more than half of them with fewer than TREND_FEW_STATEMENTS statements on every
    target of ``targets``, those drawn: its points are a block no one can read, each too small
    to show a lean, and slow to draw. Not refused: such a chart is still asked for sometimes.
    The advice is a period, as the README's recipe makes one (a profile by raw timestamps is
    one group a statement), or a longer one; of groups of a year or longer, or no times, fewer groups.

    >>> import pandas as pd, warnings
    >>> index = pd.MultiIndex.from_arrays([pd.date_range("2024-01-01", periods=65, freq="h"), ["gas"] * 65],
    ...                                   names=["date", "target"])
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_many_small_groups(pd.DataFrame({"n": 1}, index=index), "date", ["gas"])
    >>> str(caught[0].message).split(", too few")[0]
    "plot_trend: the profile has 65 groups by 'date', 65 of them with fewer than 9 statements on every target"
    """
    from .group_values import MISSING_GROUP

    drawn = set(targets)
    largest: dict[Any, int] = {}  # each group's most statements on one target drawn
    for group, target, n in zip(profile.index.get_level_values(0).tolist(),
                                profile.index.get_level_values(-1).tolist(), profile["n"].tolist()):
        if not (isinstance(group, str) and group == MISSING_GROUP):  # no place in time: not drawn
            # A review of d79009b: a target that order= leaves out is not drawn, and its many
            # statements hid a block of groups too small to show a lean on the targets drawn.
            largest[group] = max(largest.get(group, 0), n if target in drawn else 0)
    small = sum(n < TREND_FEW_STATEMENTS for n in largest.values())
    if len(largest) <= TREND_MANY_GROUPS or small * 2 <= len(largest):
        return
    from .exceptions import warn

    column = name if name is not None else "COLUMN"
    longer = _longer_period(list(largest))
    if longer is not None:
        named = {"M": "month", "Y": "year"}[longer]
        advice = (f"a longer period: scored[{named!r}] = scored[{column!r}].dt.asfreq({longer!r}), then "
                  f"stance.plot_trend(stance.profile(scored, by={named!r}))")
    elif _are_times(list(largest)) and not _are_periods(list(largest)):
        advice = (f"months, as the README's recipe makes them: scored['month'] = pd.to_datetime(scored[{column!r}], "
                  f"utc=True, format='mixed').dt.tz_convert(None).dt.to_period('M'), then "
                  f"stance.plot_trend(stance.profile(scored, by='month'))")
    else:
        advice = "a column of fewer groups (stance.plot_profile draws the 20 with the most statements)"
    by = f" by {quoted(name)}" if name is not None else ""
    warn(f"plot_trend: the profile has {len(largest):,} groups{by}, {small:,} of them with "
         f"fewer than {TREND_FEW_STATEMENTS} statements on every target, too few for a lean to show (8 of 8 for "
         f"favor still hold 0 in their interval): drawn, they are a block of points no one can read, and slow; "
         f"group by {advice}")


def _are_periods(groups: list[Any]) -> bool:
    """Whether ``groups`` are all pandas periods."""
    pd = forksafe.imported("pandas")
    return bool(groups) and all(isinstance(group, pd.Period) for group in groups)


def _longer_period(groups: list[Any]) -> str | None:
    """The frequency that groups periods ``groups`` into fewer, longer ones, "M" of days or
    weeks (periods shorter than TREND_MONTH_DAYS), "Y" of months or quarters; None of years or
    longer, for which there is none to advise, and of groups that are no periods.

    >>> import pandas as pd
    >>> [_longer_period([pd.Period(when, freq)]) for when, freq in (("2023-02-06", "W"), ("2023-02", "M"),
    ...                                                              ("2023Q1", "Q"), ("2023", "Y"))]
    ['M', 'Y', 'Y', None]
    """
    if not _are_periods(groups):
        return None
    pd = forksafe.imported("pandas")
    # From one period's start to the next's: end_time is a nanosecond short of it, and so the
    # 28 days of February 2023 (first of a monthly profile) were taken for less than a month.
    span = (groups[0] + 1).start_time - groups[0].start_time
    return ("M" if span < pd.Timedelta(days=TREND_MONTH_DAYS) else "Y" if span < pd.Timedelta(days=TREND_YEAR_DAYS)
            else None)


# The bundled model's targets, in its label order ("none" is no target): each is drawn in the
# same look in every trend, whichever of them a profile holds. Given looks by their rank, a
# target's colour changed from one chart to the next beside it as its share did.
KNOWN_TARGETS = ("deterrence", "eastern_flank", "ukraine_support", "unity")


def _target_slots(targets: Sequence[Any]) -> dict:
    """Each of ``targets``' place among a trend's looks (colours, then dashes): the bundled
    model's targets their own four, the others the places those leave free, by sorted name,
    so that two charts of the same targets (one ``order=``) draw each alike.

    >>> _target_slots(["unity", "deterrence"])
    {'deterrence': 0, 'unity': 3}
    >>> _target_slots(["wind", "gas", "unity"])
    {'unity': 3, 'gas': 0, 'wind': 1}
    """
    slots = {target: KNOWN_TARGETS.index(target) for target in KNOWN_TARGETS if target in targets}
    free = (slot for slot in range(len(targets) + len(KNOWN_TARGETS)) if slot not in slots.values())
    for target in sorted((t for t in targets if t not in slots), key=str):
        slots[target] = next(free)
    return slots


def _banded(band: Any, colour: Any, hatch: str) -> Any:
    """``band`` (a trend's interval, or its legend key) filled in ``colour``, light, and hatched
    in it, a little darker, with ``hatch``: a second cue beside the colour, as its line's marker."""
    to_rgba = forksafe.imported("matplotlib.colors").to_rgba
    band.set_facecolor(to_rgba(colour, TREND_BAND_ALPHA))
    # No edge drawn; its colour is the hatching's before matplotlib 3.10, set_hatchcolor's since.
    band.set_edgecolor(to_rgba(colour, TREND_HATCH_ALPHA))
    band.set_linewidth(0)
    band.set_hatch(hatch)
    if hasattr(band, "set_hatchcolor"):  # else rcParams["hatch.color"], a style's, would win
        band.set_hatchcolor(to_rgba(colour, TREND_HATCH_ALPHA))
    return band


def _legend_handles(ax: Axes) -> list:
    """The artists of a trend's legend: those ``ax.legend()`` collects, in its order, and every
    trend line on ``ax`` whatever its label. A label starting with "_" is matplotlib's mark of
    an artist kept out of the legend, so that a target named "_secret" lost its entry (a review
    of 3864a95); a trend's line is known to be a target's, and a caller's such artist stays out."""
    handles, _ = ax.get_legend_handles_labels()
    # Not a line the caller hid since, set_label("_nolegend_") (a review of 3e51591).
    hidden = [line for line in ax.get_lines() if hasattr(line, TREND_KEY_BAND) and line not in handles
              and line.get_label() == getattr(line, TREND_KEY_LABEL, None)]
    if not hidden:
        return handles
    # ax.legend() takes the axes' children in the order drawn, then its containers (a bar
    # chart's, an errorbar's), which are not children: the trend's lines go among the children.
    drawn = {id(child): place for place, child in enumerate(ax.get_children())}
    children = [handle for handle in handles if id(handle) in drawn]
    containers = [handle for handle in handles if id(handle) not in drawn]
    return sorted(children + hidden, key=lambda handle: drawn[id(handle)]) + containers


def _trend_key(handle: Any) -> Any:
    """The legend key of ``handle``, an artist on a trend's axes: a trend's line over its band
    (see :func:`plot_trend`), and anything else, a caller's own, as ``ax.legend()`` draws it."""
    band = getattr(handle, TREND_KEY_BAND, None)
    return handle if band is None else (band, handle)


def _took_no_stance(rows: pd.DataFrame) -> bool:
    """Whether a target's ``rows`` of a trend (a group each, NaN where it has none) hold
    statements, none of them for or against it: its position line has no point."""
    said = rows["n"].fillna(0) > 0
    return bool(said.any()) and not bool((rows["favor"] + rows["against"]).fillna(0)[said].any())


def _alone(banded: Any) -> Any:
    """Which of a line's points (``banded``: a bool array, where its band has both ends) have
    no neighbour on either side with one: a band through them alone has no width.

    >>> import numpy as np
    >>> _alone(np.array([True, False, True, True, False, True])).tolist()
    [True, False, False, False, False, True]
    """
    np = forksafe.imported("numpy")

    before = np.concatenate([[False], banded[:-1]])
    after = np.concatenate([banded[1:], [False]])
    return banded & ~before & ~after


def _are_times(groups: list) -> bool:
    """Whether every group is a time that a time axis places: a timestamp, a date or a period.

    >>> import pandas as pd
    >>> _are_times([pd.Period("2024-01", "M"), pd.Period("2024-02", "M")]), _are_times([2023, 2024])
    (True, False)
    """
    import datetime

    pd = forksafe.imported("pandas")

    return bool(groups) and all(isinstance(group, (datetime.date, pd.Period)) and group == group for group in groups)


def _slant_dates(ax: Axes) -> None:
    """Slant a trend's dates 30°, each ending under its tick, so that long dates side by side
    do not overlap: as the figure's autofmt_xdate does, but on ``ax`` alone. That one, on a
    caller's figure, hid the tick labels and x label of every panel above the bottom row (the
    trend's own dates among them), slanted the bottom row's and moved the figure's bottom edge
    (a plotting audit); it is still called where no other panel is touched by it, or where
    the others share the trend's dates."""
    figure = ax.figure
    # Its twins (twinx() draws in the same place) are part of it: alone with them, or panels
    # sharing the trend's dates elsewhere in the figure
    place = ax.get_position().bounds
    alone = all(other is ax or other.get_position().bounds == place for other in figure.axes)
    sharing = [other for other in ax.get_shared_x_axes().get_siblings(ax)
               if other is not ax and other.get_position().bounds != place]
    if alone or sharing:
        # A figure of the trend alone (stance's own, or a caller's plt.subplots()), whose bottom
        # edge it raises to make room for the slanted dates and the axis name, or axes sharing
        # the trend's dates, whose upper panels' labels it hides and lowest panel's it slants:
        # the figure's own way, as before (a review: both were cut or overlapped without it).
        figure.autofmt_xdate()
        return
    for label in ax.get_xticklabels():
        label.set_rotation(30)
        label.set_ha("right")


# A trend's time axis ticks no finer than its groups, and names them as plot_profile does.
# matplotlib's own choice ticked three days at 6-hour steps labelled "01-01 06" (no year, and
# times no statement has), and three months on their 8th, 15th and 22nd.
TICK_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _date_ticks(ax: Axes, groups: list, places: list) -> None:
    """Ticks of a trend's time axis, whose ``groups`` are at ``places`` (timestamps): when every
    group starts a day, a month or a year (:func:`_time_unit`), ticks no finer than that, and a
    lone group's at itself; named as dates, "2025-01-17", as plot_profile names days, and
    periods by their length: "2025-01" a month, "2025" a year. Periods of weeks, quarters or
    several days or months are ticked at their starts (:func:`_period_ticks`), a quarter
    named "2025Q1". Groups within a day
    keep matplotlib's ticks, named in its concise way, the day and year beside the axis; groups
    in more than one time zone (naive beside aware) keep matplotlib's own ticks."""
    mdates = forksafe.imported("matplotlib.dates")

    if len({str(getattr(group, "tz", None) or getattr(group, "tzinfo", None)) for group in groups}) > 1:
        # Groups in more than one zone (naive beside aware, or two zones), put in UTC by
        # _trend_places, have no zone of their own to name days in: matplotlib's ticks.
        return
    if _period_ticks(ax, groups):
        return
    tz = places[0].tz
    unit = _time_unit(places)
    if unit is None:
        locator = mdates.AutoDateLocator(tz=tz)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=tz))
        return
    first, last = min(places), max(places)
    span = {"day": (last - first).days, "month": 12 * (last.year - first.year) + last.month - first.month,
            "year": last.year - first.year}[unit]
    if span == 0:  # one group: matplotlib would tick the hours around it
        ax.set_xticks([mdates.date2num(first)])
    else:
        # AutoDateLocator takes the coarsest of years, months, days… of which the axis spans at
        # least minticks: at most the groups' span in their unit, it goes no finer than them.
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=min(5, span), tz=tz))
    days = [(group.end_time - group.start_time).days + 1 for group in groups if hasattr(group, "end_time")]
    named = "day" if len(days) < len(groups) or min(days) < 28 else "month" if min(days) < 365 else "year"
    ax.xaxis.set_major_formatter(mdates.DateFormatter(TICK_FORMATS[named], tz=tz))


# Ticks a trend's axis of periods of weeks, quarters or several days or months has, at most.
MAX_PERIOD_TICKS = 12
# Periods of days or weeks ticked every few, at most: of more, matplotlib's months and years.
MAX_STEPPED_PERIODS = 60


def _period_ticks(ax: Axes, groups: list) -> bool:
    """Tick a trend's axis of ``groups`` at the starts of its periods, when they are periods of
    a week, a quarter or several days or months (of one frequency): every one, or of more than
    MAX_PERIOD_TICKS every few (of months, quarters or years on one grid of the calendar); True
    when it did. matplotlib's locator knows days, months and years: it ticked weeks every four
    days and quarters mid-quarter. Days, months and years, periods within a day and more than
    MAX_STEPPED_PERIODS periods of days or weeks are ticked by :func:`_date_ticks`.
    """
    pd = forksafe.imported("pandas")
    mdates = forksafe.imported("matplotlib.dates")

    if not all(isinstance(group, pd.Period) and group == group for group in groups) \
            or len({group.freq for group in groups}) > 1:
        return False
    freq = groups[0].freq
    offsets = pd.offsets
    if freq.n == 1 and isinstance(freq, (offsets.Day, offsets.BusinessDay, offsets.MonthEnd, offsets.YearEnd)):
        return False
    if groups[0].end_time - groups[0].start_time < pd.Timedelta(hours=23):  # within a day (hours, minutes)
        return False
    every = pd.period_range(min(groups), max(groups), freq=freq)
    months = _months_long(freq)
    # Many periods of days or weeks are left to matplotlib's locator, whose months and years are
    # coarser than they are; of a few dozen it ticked the 1st and 15th, which start no week.
    if months is None and len(every) > MAX_STEPPED_PERIODS:
        return False
    step = math.ceil(len(every) / MAX_PERIOD_TICKS)
    if months:  # a review: every 17th quarter fell on another quarter each time; steps of whole years
        step = next((nice // months for nice in _NICE_MONTHS if nice % months == 0 and nice // months >= step), step)
    # Every step-th period: of months, quarters or years on one grid of the calendar (every other
    # quarter a half-year's start), so that ticks stand at periods' starts, never inside one (a
    # review: 1 January is inside a fiscal year's first quarter); of days or weeks from the first.
    places = [(start.year * 12 + start.month - 1) // months if months else at
              for at, start in enumerate(every.start_time)]
    ticks = [period for period, place in zip(every, places) if place % step == 0]
    ax.set_xticks([mdates.date2num(period.to_timestamp()) for period in ticks],
                  [_period_name(period) for period in ticks])
    return True


# Steps between ticks of periods of months, quarters or years, in months: a year's parts, then years.
_NICE_MONTHS = (1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240, 300, 600, 1200)


def _months_long(freq: Any) -> int | None:
    """How many months a period of ``freq`` is when it is months, quarters or years long; else
    None (days, weeks).

    >>> import pandas as pd
    >>> [_months_long(pd.Period("2024-01", f).freq) for f in ("2M", "Q", "Q-NOV", "2Y", "W", "3D")]
    [2, 3, 3, 24, None, None]
    """
    offsets = forksafe.imported("pandas").offsets
    for kind, months in ((offsets.MonthEnd, 1), (offsets.QuarterEnd, 3), (offsets.YearEnd, 12)):
        if isinstance(freq, kind):
            return months * freq.n
    return None


def _period_name(period: Any) -> str:
    """A period as a trend's tick names it: a quarter as pandas does, "2024Q1" (named by its
    first month, "2024-01", it read as a month); others by their start, a date ("2024-01-08", a
    week's Monday, as its period's string "2024-01-08/2024-01-14" is long for a tick), or a
    month when it is months long.

    >>> import pandas as pd
    >>> _period_name(pd.Period("2024-01-08", "W")), _period_name(pd.Period("2024-01", "2M"))
    ('2024-01-08', '2024-01')
    >>> _period_name(pd.Period("2024-04", "Q"))
    '2024Q2'
    """
    if isinstance(period.freq, forksafe.imported("pandas").offsets.QuarterEnd) and period.freq.n == 1:
        return str(period)
    days = (period.end_time - period.start_time).days + 1
    return period.start_time.strftime(TICK_FORMATS["day" if days < 28 else "month" if days < 365 else "year"])


def _time_unit(places: list) -> str | None:
    """``"year"``, ``"month"`` or ``"day"``: the largest unit whose start every one of ``places``
    (timestamps) is, None when one is not at midnight.

    >>> import pandas as pd
    >>> [_time_unit([pd.Timestamp(day) for day in days]) for days in (["2025-01-01", "2025-01-02"],
    ...                                                                ["2025-01-01", "2025-02-01"],
    ...                                                                ["2024-01-01", "2025-01-01"],
    ...                                                                ["2025-01-01", "2025-01-01 06:00"])]
    ['day', 'month', 'year', None]
    """
    if any(place != place.normalize() for place in places):
        return None
    if all(place.day == 1 for place in places):
        return "year" if all(place.month == 1 for place in places) else "month"
    return "day"


def _with_gaps(groups: list) -> list:
    """``groups``, and when they are periods of one frequency (months, quarters, days), in time
    order with the first period of each run missing from them put in between, so that a target's
    line and band break there (its row is NaN) rather than run straight across months the
    profile has no row for (none of their statements, or only off-topic ones). One period a gap
    is enough to break the line, and keeps a profile of seconds over a year to its own rows.
    Timestamps and dates have no frequency to tell a gap from a step: they are left as they are.

    >>> import pandas as pd
    >>> [str(month) for month in _with_gaps([pd.Period(m, "M") for m in ("2024-01", "2024-02", "2024-05")])]
    ['2024-01', '2024-02', '2024-03', '2024-05']
    """
    pd = forksafe.imported("pandas")

    if not groups or not all(isinstance(group, pd.Period) and group == group for group in groups) \
            or len({group.freq for group in groups}) > 1:  # periods of two frequencies do not compare
        return groups
    ordered = sorted(groups)
    filled = [ordered[0]]
    for group in ordered[1:]:
        if filled[-1] + 1 < group:
            filled.append(filled[-1] + 1)
        filled.append(group)
    return filled


def _trend_places(groups: list) -> list:
    """Where each group goes along a trend's axis: its time (a period's start), or its place
    in order, one step apart. Times in more than one zone, naive ones beside aware ones among
    them, are put in UTC, a naive one read as UTC as matplotlib reads it: matplotlib 3.7 with
    numpy 1.24 refused to draw them mixed ("Failed to convert value(s) to axis units").

    >>> import pandas as pd
    >>> [str(t) for t in _trend_places([pd.Timestamp("2025-01-01"), pd.Timestamp("2025-01-02", tz="Europe/Berlin")])]
    ['2025-01-01 00:00:00+00:00', '2025-01-01 23:00:00+00:00']
    """
    if not _are_times(groups):
        return list(range(len(groups)))
    pd = forksafe.imported("pandas")

    places = [group.to_timestamp() if isinstance(group, pd.Period) else pd.Timestamp(group) for group in groups]
    if len({str(place.tz) for place in places}) > 1:
        places = [place.tz_localize("UTC") if place.tz is None else place.tz_convert("UTC") for place in places]
    return places


def _stances_given(profile: pd.DataFrame) -> bool | None:
    """Whether any statement of ``profile`` was given a stance, as :func:`stance.profile`
    records it in its attrs; None when it is not recorded (a profile read from a file)."""
    from .profile import STANCES_GIVEN

    recorded = profile.attrs.get(STANCES_GIVEN)
    return recorded if isinstance(recorded, bool) else None


def _why_no_position(stances_given: bool | None) -> str:
    """The message of a position plot of a profile with no position in any row, saying why.

    >>> print(_why_no_position(False))
    no statement takes a stance on any target
    (a model without a stance head gives none)
    >>> print(_why_no_position(True))
    no statement is for or against any target
    (each is neutral, or takes it only as a secondary target)
    """
    if stances_given is False:
        return "no statement takes a stance on any target\n(a model without a stance head gives none)"
    if stances_given:
        return "no statement is for or against any target\n(each is neutral, or takes it only as a secondary target)"
    return ("no statement is for or against any target\n(each is neutral or takes it only as a secondary "
            "target,\nor the model has no stance head)")


def _mark_even(ax: Axes, bar_sets: list, favor: pd.DataFrame, against: pd.DataFrame, colours: list) -> bool:
    """A diamond at 0, in its group's colour, on each bar of a grouped position plot whose
    group took as many stances for the target as against it; True when there is one. Its bar,
    of width 0, looked like the missing bar of a group that took no stance there, which the
    axis label gave as the reason for every missing bar. ``favor`` and ``against`` are laid
    out as the bars are (a column per container, a row per bar), ``colours`` one per column.
    """
    plt = _pyplot()
    even = (favor == against) & (favor > 0)  # NaN, a target with no row for the group, is neither
    for bars, column, colour in zip(bar_sets, even.columns, colours):
        for bar, is_even in zip(bars, even[column]):
            if is_even:
                # Above the bars and the interval, edged in the ticks' colour to show on any bar colour
                ax.plot(0, bar.get_y() + bar.get_height() / 2, marker="D", markersize=6, color=colour,
                        markeredgecolor=plt.rcParams["xtick.color"], linestyle="none", zorder=3,
                        label="_even")
    return bool(even.to_numpy().any())


def stance_names(profile: pd.DataFrame) -> tuple[str, str]:
    """The stance values ``profile`` counted as favour and as against, as a plot names them:
    as :func:`stance.profile` recorded them in its attrs ("pro" and "con" of a model trained
    with those), which pandas keeps when rows are selected; else "favor" and "against".

    >>> import pandas as pd, stance
    >>> stance_names(stance.profile(pd.DataFrame({"labels": ["gas"], "stance": ["pro"]})))
    ('pro', 'against')
    >>> stance_names(pd.DataFrame())
    ('favor', 'against')
    """
    from .profile import STANCE_NAMES

    recorded = profile.attrs.get(STANCE_NAMES)
    recorded = recorded if isinstance(recorded, dict) else {}
    names = [recorded.get(d) for d in ("favor", "against")]
    return tuple(_literal(_wrapped(name)) if isinstance(name, str) and name.strip() else default
                 for name, default in zip(names, ("favor", "against")))


def lean_names(favor: str = "favor", against: str = "against") -> tuple[tuple[str, str], ...]:
    """The legend of a share plot of one group: each colour a bar can have, and its name,
    leaning towards the model's stance values ``favor`` and ``against``.

    >>> [name for _, name in lean_names("pro", "con")]
    ['leans pro', 'leans con', 'no clear lean\\n(95% interval holds 0)', 'even', 'no stance']
    """
    return ((LEANS[1], f"leans {favor}"), (LEANS[-1], f"leans {against}"), (UNCLEAR, UNCLEAR_NAME),
            (LEANS[0], "even"), (NO_STANCE, "no stance"))


def _lean_colour(position: float, low: float, high: float) -> str:
    """The look of a target of one group by its position and 95% interval: towards favor or
    against only where the interval leaves 0 out. By the sign alone, 562 favor to 542
    against (0.036 in [-0.082, 0.154]) was drawn "leans favor", which chance makes of an
    even split. An even position (as many favor as against) is "even"; none, "no stance".

    >>> _lean_colour(0.036, -0.082, 0.154) == UNCLEAR, _lean_colour(1.2, 0.3, 2.1) == LEANS[1]
    (True, True)
    """
    if math.isnan(position):
        return NO_STANCE
    if position == 0:
        return LEANS[0]
    if low <= 0 <= high:
        return UNCLEAR
    return LEANS[(position > 0) - (position < 0)]


def position_label(favor: str = "favor", against: str = "against") -> str:
    """The position axis's name, in the model's stance values: "log-odds of favor against
    against" read as a stutter, and "pro against con" as a contest; which way is which, said.

    >>> position_label("pro", "con")
    'position: log-odds of pro to con (0 = even, > 0 towards pro)'
    """
    return f"position: log-odds of {favor} to {against} (0 = even, > 0 towards {favor})"


# Legend entries and the counts beside the bars, as a share of the text they stand beside: 8
# points of matplotlib's default 10, as they were, where a fixed 8 stayed tiny at font.size=16.
SMALL_TEXT = 0.8


def _small_text(size: str) -> float:
    """Points of SMALL_TEXT of the rcParams ``size`` ("font.size", "legend.fontsize"), read
    as matplotlib reads it ("medium" of the legend is font.size's): 8 at the defaults."""
    FontProperties = forksafe.imported("matplotlib.font_manager").FontProperties
    return SMALL_TEXT * FontProperties(size=_pyplot().rcParams[size]).get_size_in_points()


def _hatched(patch: Any, colour: str = "", hatch: str | None = None) -> Any:
    """``patch`` (a bar, or its legend's handle) hatched for the lean ``colour`` stands for
    (or with ``hatch``, a group's), the hatching in the ticks' colour: the edge's,
    matplotlib's default, is the bar's own."""
    hatch = LEAN_HATCHES.get(colour, "") if hatch is None else hatch
    if hatch:
        patch.set_hatch(hatch)
        if hasattr(patch, "set_hatchcolor"):  # matplotlib 3.10; before it, hatching is rcParams["hatch.color"]
            patch.set_hatchcolor(_pyplot().rcParams["xtick.color"])
        elif patch.axes is None:
            # A legend's handle before matplotlib 3.10 hatches in its edge's colour, which
            # Patch(color=…) made the fill's: its key showed no hatching (an audit on 3.7). Its
            # edge is the bars' hatching colour there, so key and bars match.
            patch.set_edgecolor(_pyplot().rcParams["hatch.color"])
    return patch


def _legend_of_names(make: Callable[..., Any], handles: list, labels: list[str], **options: Any) -> Any:
    """The legend ``make(handles, labels, **options)`` draws (``ax.legend``, or :func:`_legend`
    of an axes), its entries named by ``labels`` as written: a label starting with "_" is
    matplotlib's mark of an artist kept out of a legend, and before 3.8 one given to legend()
    was dropped too, with a warning. So such a label goes in behind a zero-width space, and its
    text is then set as written: a target "_energy" of a trend, or a group or document
    "_draft.txt" of a grouped plot, lost its entry."""
    legend = make(handles, [f"\N{ZERO WIDTH SPACE}{label}" if label.startswith("_") else label for label in labels],
                  **options)
    for text, label in zip(legend.get_texts(), labels):
        text.set_text(label)
    return legend


def _legend(ax: Axes, *args: Any, **options: Any) -> Any:
    """``ax.legend(*args, **options)``, its ``loc="best"`` the place that covers the least
    of the bars and their counts: matplotlib's counted each thing covered as one, and put
    the legend over the longest bar while a corner held only the end of a count."""
    legend = ax.legend(*args, **options)
    # A subclass that adds no state: Axes.legend made it, and keeps its own record of it.
    legend.__class__ = forksafe.imported("._legend").LeastCoveringLegend
    box = getattr(legend, "_legend_box", None)
    if box is not None:  # matplotlib bound its offset to Legend's own placing as it made the legend
        box.set_offset(legend._findoffset)
    return legend


def _refuse_several_options(value: Any, title: Any) -> None:
    """Refuse a column of values for ``value`` or ``title``, which take one: compared with
    "share" or tested for truth, pandas raised "The truth value of a Series is ambiguous"."""
    refuse_several_values("value", value, "'share' or 'position'")
    refuse_several_values("title", title, "a str or None")


def _checked_order(profile: pd.DataFrame, order: Any) -> list | None:
    """``order`` as a list of targets, refused when it is one bare name, names no target or
    one twice, or misspells one of the profile's targets (in case, spaces, "-" or "_")."""
    from .exceptions import InvalidInputError, InvalidTypeError, quoted_list, type_name
    from .names import name_key

    if order is None:
        return None
    available = list(profile.index.get_level_values(-1).unique())
    if isinstance(order, (str, bytes)) or not isinstance(order, Iterable):
        # The example is the profile's own: the bundled model's targets are not every profile's.
        named = _target_named(order, available)
        shown = [order] if isinstance(order, str) else [named] if named is not None else available[:2] or ["a target"]
        raise InvalidTypeError(f"order must be a list of targets, got {type_name(order)}: order={quoted_list(shown)}")
    if getattr(order, "ndim", 1) != 1:  # a table's rows, each compared with the targets, raised numpy's "ambiguous"
        refuse_several_values("order", order, "a list of targets", "pass the targets in one list, from the top down")
    order = list(order)
    _refuse_targets_of_another_type(order, available)
    if not order:  # it would draw nothing (pandas' "index 0 is out of bounds", grouped)
        raise InvalidInputError("order=[] names no target: give the targets to draw, from the top down "
                                "(or None for all of the profile's)")
    twice = sorted({str(t) for t in order if order.count(t) > 1})
    if twice:
        raise InvalidInputError(f"order names {twice} more than once: name each target once")

    def key(name: Any) -> Any:
        return re.sub(r"[\s_-]+", "_", name_key(name)) if isinstance(name, str) else name

    spelt = {key(t): t for t in available}
    misspelt = [t for t in order if t not in available and key(t) in spelt]
    if misspelt:
        raise InvalidInputError(f"order: {misspelt} are not the profile's targets, which are {available} (spelt "
                                f"as they are there; a target no statement takes is drawn empty)")
    return order


def _target_named(value: Any, available: list) -> Any:
    """The target of ``available`` that ``value``, a code given as a number (201, 10, 202.0),
    names as text: "201", or "010" with the zeros a number drops; None when there is none or
    several.

    >>> _target_named(201, ["201", "1"]), _target_named(10, ["010", "1"]), _target_named(3, ["010"])
    ('201', '010', None)
    """
    from .label_names import unpadded
    from .names import _label_name

    if isinstance(value, str) or not isinstance(value, numbers.Real):
        return None
    name = _label_name(value)  # a whole float as its int, as training names a column of floats
    if name in available:
        return name
    same = [t for t in available if isinstance(t, str) and unpadded(t) is not None and unpadded(t) == unpadded(name)]
    return same[0] if len(same) == 1 else None


def _refuse_targets_of_another_type(order: list, available: list) -> None:
    """Refuse targets of ``order`` that are no str where the profile's (``available``) are
    text: a model's labels are ("201", "010"), and order=[10, 201] drew the ints as empty
    bars, "no statement", with no word. Named with the str to pass, as
    ``model.top_features(201)`` names it; a profile of int targets takes its ints."""
    from .exceptions import InvalidTypeError, quoted_list

    others = [t for t in order if not isinstance(t, str) and t not in available]
    if not others or not any(isinstance(t, str) for t in available):
        return
    names = [t if isinstance(t, str) else _target_named(t, available) for t in order]
    shown = " and ".join(str(t) for t in others)
    what = "is not one of the profile's targets" if len(others) == 1 else "are not the profile's targets"
    advice = (f"pass order={quoted_list(names, len(names))}" if all(name is not None for name in names)
              else f"the profile's targets are {quoted_list(available)}")
    raise InvalidTypeError(f"order: {shown} {what}, which are str: {advice}")


def _in_order(profile: pd.DataFrame, order: list) -> pd.DataFrame:
    """A profile of one group, its rows those of ``order``: a target no statement takes
    has no statement, and no position.

    >>> import pandas as pd, stance
    >>> table = stance.profile(pd.DataFrame({"labels": ["gas"], "stance": ["favor"]}))
    >>> _in_order(table, ["wind", "gas"])[["n", "favor", "position"]].round(2)
            n  favor  position
    target
    wind    0      0       NaN
    gas     1      1       1.1
    """
    counts = ["n", "favor", "against"]
    # Of Python strings where a name holds a lone surrogate: an Arrow index refused it.
    shown = profile.reindex(names_index(order, name=profile.index.name))
    return shown.fillna({c: 0 for c in [*counts, "share"]}).astype({c: int for c in counts})


def _drawn_order(profile: pd.DataFrame) -> tuple[list, list]:
    """A grouped ``profile``'s groups in its own order, and its targets from the most
    statements (over all groups) to the fewest, the first seen first among equals.

    >>> import pandas as pd, stance
    >>> scored = pd.DataFrame({"speaker": list("bba"), "labels": ["unity", "deterrence", "deterrence"],
    ...                        "stance": ["favor"] * 3})
    >>> _drawn_order(stance.profile(scored, by="speaker"))
    (['a', 'b'], ['deterrence', 'unity'])
    """
    groups = list(profile.index.get_level_values(0).unique())
    targets = profile["n"].groupby(level=1, sort=False).sum().sort_values(ascending=False, kind="stable")
    return groups, list(targets.index)


def _group_colours(groups: int) -> list:
    """One colour per group: the style's own when it is the user's (not matplotlib's default)
    and has enough, else GROUP_PALETTE in turn. matplotlib's default cycle (tab10) put green
    beside red, and in greyscale its blue, red and brown were one grey; an eleventh group
    took the first one's colour. Groups are told apart by :func:`_group_hatches` too.

    >>> _group_colours(3)
    ['#0072B2', '#CC79A7', '#D55E00']
    """
    plt = _pyplot()
    cycle = plt.rcParams["axes.prop_cycle"]
    style = cycle.by_key().get("color", [])
    if cycle != plt.rcParamsDefault["axes.prop_cycle"] and groups <= len(style):
        return style[:groups]
    return [GROUP_PALETTE[i % len(GROUP_PALETTE)] for i in range(groups)]


def _check_colors_argument(profile: pd.DataFrame, colors: Any) -> None:
    """Refuse a ``colors=`` that is no dict of group: colour, or is given for a profile of one
    group, whose bars are coloured by which way they lean."""
    from .exceptions import InvalidInputError, InvalidTypeError, type_name

    if colors is None:
        return
    if not isinstance(colors, Mapping):
        raise InvalidTypeError(f"colors must be a dict of group: colour, got {type_name(colors)}: "
                               f"colors={{'Scholz': '#0072B2', 'Merz': 'black'}}")
    if profile.index.nlevels == 1:
        raise InvalidInputError("colors= colours a grouped profile's groups, and this profile has none (its "
                                "bars are coloured by which way they lean): stance.profile(scored, by='speaker')")


def _pinned_looks(groups: list, colors: Mapping[Any, Any]) -> tuple[list, list[str]]:
    """The colour of each of ``groups`` in ``colors``, and its hatching by its place there, so
    that a group looks alike in every chart given one dict; a group without a colour, or with
    a value that is no colour, refused, naming it."""
    from .exceptions import InvalidInputError, quoted_list

    mcolors = forksafe.imported("matplotlib.colors")
    missing = [group for group in groups if group not in colors]
    if missing:
        raise InvalidInputError(f"colors has no colour for {quoted_list(missing)} of the groups drawn: "
                                + _keys_of_another_kind(missing, colors))
    for group in groups:
        # A review: "none" is a colour to matplotlib, a bar of no fill, as is one fully transparent.
        if not mcolors.is_color_like(colors[group]) or mcolors.to_rgba(colors[group])[3] == 0:
            raise InvalidInputError(f"colors: the colour of {quoted(group)} is {quoted(colors[group])}, "
                                    f"which is no colour to fill a bar: a name ('black'), '#0072B2' or an RGB tuple")
    places = {group: place for place, group in enumerate(colors)}
    return [colors[group] for group in groups], [GROUP_HATCHES[places[group] % len(GROUP_HATCHES)] for group in groups]


def _keys_of_another_kind(missing: list, colors: Mapping[Any, Any]) -> str:
    """What to do about groups ``missing`` from ``colors``: when a key is one of them written as
    another kind (the text '2020' for the number 2020, or the other way round), both kinds named
    and the key to write, since the message's [2020, 2021] read as the keys given (a plotting
    audit); else to give a colour for each group.

    >>> _keys_of_another_kind([2020], {"2020": "black"})
    "the groups are numbers (2020), the keys text ('2020'): write colors={2020: …}"
    """
    by_text = {str(key): key for key in colors}
    for group in missing:
        key = by_text.get(str(group), group)
        if key != group:
            return (f"the groups are {_kind(group)} ({quoted(group)}), the keys {_kind(key)} ({quoted(key)}): "
                    f"write colors={{{quoted(group)}: …}}")
    return "give one for each group drawn"


def _kind(value: Any) -> str:
    """A value's kind as a message names it: text, numbers (not bools), else its type's name."""
    from .exceptions import type_name

    if isinstance(value, str):
        return "text"
    return "numbers" if isinstance(value, numbers.Real) and not isinstance(value, bool) else type_name(value)


def _group_hatches(groups: int) -> list[str]:
    """One hatching per group, beside :func:`_group_colours`: colour alone was lost on a
    colour-blind reader and in greyscale. GROUP_HATCHES has seven, the palette ten colours,
    so the first 70 groups each have a look of their own, in the bars and the legend.

    >>> hatches = _group_hatches(9)
    >>> len(set(hatches[:7])), hatches[7:]
    (7, ['', '////'])
    """
    return [GROUP_HATCHES[i % len(GROUP_HATCHES)] for i in range(groups)]


# Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2008) without its
# yellow (1.3:1 against a white page: a bar hardly seen) and its black (lost on a dark style):
# blue, reddish purple, vermilion, orange, bluish green, then its sky blue (after the others,
# as it is its blue's hue, lighter), and four more, so that ten groups each have a colour
# (with five, a sixth group took the first's, told apart by its hatching alone): tab10's
# brown, and Paul Tol's olive (muted), light orange (light) and red (bright), chosen among
# those palettes' colours as the farthest (CIELAB) from the ones before under simulated
# protanopia, deuteranopia and tritanopia (Machado et al. 2009). Each is at least 2.2:1 against
# a white page and 2.8:1 against a dark style's #1e1e1e, each lighter or darker in greyscale
# than the one before it (tab10's green sat beside its red, and its blue, red and brown were
# one grey), and no red beside a green. Past ten no colour set stays apart to every reader:
# the hatchings do.
GROUP_PALETTE = ("#0072B2", "#CC79A7", "#D55E00", "#E69F00", "#009E73",
                 "#56B4E9", "#8C564B", "#999933", "#EE8866", "#EE6677")
GROUP_HATCHES = ("", "////", "....", "\\\\\\\\", "xxxx", "oo", "||")


def _check_max_groups(max_groups: Any) -> None:
    from .exceptions import require_count

    if max_groups is not None:  # None draws every group
        require_count(max_groups, "max_groups must be a whole number of 1 or more (or None for every group)")


def _largest_groups(profile: pd.DataFrame, most: int) -> tuple[pd.DataFrame, str]:
    """A grouped ``profile`` cut to its ``most`` groups with the most statements (in their
    order in ``profile``), and a note of how many were left out ("" when none was).

    A group's statements are its rows' ``n / share`` (share is n over the group's
    statements, those on no target too), so a long speech outranks a short one that happens
    to touch more targets.

    >>> import pandas as pd, stance
    >>> scored = pd.DataFrame({"document": list("aabbbc"), "labels": ["unity"] * 6, "stance": ["favor"] * 6})
    >>> cut, note = _largest_groups(stance.profile(scored, by="document"), 2)
    >>> cut.index.get_level_values(0).unique().tolist(), note
    (['a', 'b'], 'the 2 documents with the most statements of 3 shown; 1 left out')
    """
    groups = profile.index.get_level_values(0)
    names = groups.unique()
    if len(names) <= most:
        return profile, ""
    shares = profile["share"].where(profile["share"] > 0)
    # dropna=False: the statements with no speaker (or document) are a group too, often the
    # largest, which was never drawn; observed: a categorical level's unused categories are no
    # group (and pandas 2.1 to 2.3 warn of the changing default)
    sizes = (profile["n"] / shares).fillna(profile["n"]).groupby(groups, sort=False, dropna=False,
                                                                 observed=True).max()
    # the largest first; among equals, the first in the profile (a stable sort)
    kept = sizes.sort_values(ascending=False, kind="stable").index[:most]
    cut = profile[groups.isin(kept)]  # isin: a missing group's NaN matches itself
    what = _plural(profile.index.names[0])
    return cut, f"the {most} {what} with the most statements of {len(names)} shown; {len(names) - most} left out"


def _plural(name: Any) -> str:
    """The plural of a group's name ("document": "documents", "speaker": "speakers"), or
    "groups" when it is no plain word that takes an "s" ("party", None).

    >>> _plural("speaker"), _plural("party"), _plural(None)
    ('speakers', 'groups', 'groups')
    """
    if isinstance(name, str) and re.fullmatch(r"[a-z]+", name) and not name.endswith(("s", "x", "y", "ch", "sh")):
        return name + "s"
    return "groups"


def _group_names(groups: list) -> dict:
    """Each group as a plot names it (:func:`_shown`), and a day, a timestamp at midnight, as
    its date when every group's is one: a column of days named "2026-01-17 00:00:00".

    >>> import pandas as pd
    >>> _group_names([pd.Timestamp("2026-01-17"), "(missing)"])
    {Timestamp('2026-01-17 00:00:00'): '2026-01-17', '(missing)': '(missing)'}
    """
    import datetime

    # pandas' Timestamp is a datetime; NaT, which is one too, is not equal to itself.
    times = [group for group in groups if isinstance(group, datetime.datetime) and group == group]
    days = bool(times) and all(time.time() == datetime.time() for time in times)
    return {group: group.date().isoformat() if days and group in times else _shown(group) for group in groups}


def _shown(name: Any) -> Any:
    """A target, group or label name as a plot draws it: wrapped, and as written, but a lone
    surrogate (a file name not in UTF-8) written as its escape, as a table writes it: raw,
    matplotlib's text refused it with a TypeError."""
    return _literal(_wrapped(surrogates_escaped(name))) if isinstance(name, str) else name


# A name is drawn in lines of at most this many characters, and at most this many lines
# (the last ending in "…" when cut): a 68-character target on one line took the whole width
# of the figure, and left the bars none.
NAME_WIDTH = 30
NAME_LINES = 4
_NAME_PIECE = re.compile(r"[^\s_/-]*[\s_/-]*")  # a word and the separators after it


def _wrapped(name: str) -> str:
    """``name`` in lines of at most NAME_WIDTH characters, broken after a space, "_", "-" or
    "/" where it has one (a space at a break is dropped), else within a word.

    >>> print(_wrapped("support_for_increased_defence_spending_by_2030"))
    support_for_increased_defence_
    spending_by_2030
    """
    lines = [""]
    for piece in _NAME_PIECE.findall(name):
        # The line as it would be, with the space before the piece: without it, a word that
        # filled the line's last place was cut within ("O'Rourke 202" / "4").
        if len((lines[-1] + piece).rstrip()) > NAME_WIDTH and lines[-1].strip():
            lines.append("")
        lines[-1] += piece
        while len(lines[-1].rstrip()) > NAME_WIDTH:  # a word longer than a line
            head = first(lines[-1], NAME_WIDTH)  # whole characters: an accent stays on its letter
            lines[-1:] = [head, lines[-1][len(head):]]
    lines = [line.strip() for line in lines if line.strip()] or [name]
    if len(lines) > NAME_LINES:
        lines = [*lines[: NAME_LINES - 1], first(lines[NAME_LINES - 1], NAME_WIDTH - 1) + "…"]
    return "\n".join(lines)


def _given_text(text: Any) -> str:
    r"""A text the user gives a plot (its ``title=``) as the plot draws it: as written, a "$" no
    formula (:func:`_literal`), and a lone surrogate written as its escape, as the names drawn
    write one (:func:`_shown`): raw, matplotlib's Agg backend refused it with a TypeError. A
    number or other object is drawn as its ``str``, as matplotlib draws one.

    >>> print(_given_text("Rede M\udce9nard: $5"))
    Rede M\udce9nard: \$5
    >>> _given_text(2024)
    '2024'
    """
    return _literal(surrogates_escaped(text if isinstance(text, str) else str(text)))


def _literal(name: Any) -> Any:
    """A target, group or label name as matplotlib should draw it: as written. matplotlib
    typesets the text between two dollar signs as a formula ("cost $5bn vs $10bn" came out
    in italics, "a $x_$ b" stopped the plot with a ParseException), and draws "\\$" as "$".

    >>> _literal("cost $5bn vs $10bn")
    'cost \\\\$5bn vs \\\\$10bn'
    """
    return name.replace("$", r"\$") if isinstance(name, str) else name


LEANS = {1: "#2e9f43", -1: "#d73a49", 0: "#888888"}  # by the sign of the position
NO_STANCE = "#cccccc"  # a target its statements took no stance on: lighter than even's grey
# A target whose position's 95% interval holds 0: a lean chance could make of an even split,
# so no lean is drawn. Between even's grey and no stance's, and hatched upright (see below).
UNCLEAR = "#aaaaaa"
UNCLEAR_NAME = "no clear lean\n(95% interval holds 0)"  # in two lines: the legend sits beside the bars
# A second cue beside each lean's colour, as the explanation's underlines (solid towards,
# dotted away) and a grouped plot's hatching give one: red and green alone were lost on a
# colour-blind reader. Favor plain, against dotted, no clear lean, even and no stance each their own.
LEAN_HATCHES = {LEANS[1]: "", LEANS[-1]: "....", UNCLEAR: "||||", LEANS[0]: "////", NO_STANCE: "xxxx"}
MESSAGE_FIGURE = (7.0, 3.5)  # inches of a plot that is only a message (an empty profile's, as before)
COUNTS_PADDING = 6  # pixels between a position plot's counts and the axes' frame
SHARE_AXIS_ROOM = 1.45  # the share axis reaches this times the largest share: room for "n favor / m against"
# Inches of figure per target row (a grouped profile's row holds one bar per group), and the
# most a figure is made, beyond which matplotlib's pixel limits come near.
INCHES_PER_TARGET = 0.3
INCHES_PER_GROUP_BAR = 0.1
INCHES_PER_NAME_LINE = 0.19  # a line of a tick label (10 points, spaced 1.2) and a little room
MAX_PROFILE_HEIGHT = 60.0


def _room_for_counts(ax: Any, ends: list[float], counts: list[Any]) -> None:
    """Widen the share axis until every bar's counts end inside the axes: the text's width
    is fixed in points while the bars scale with the axis, so a proportional margin
    (SHARE_AXIS_ROOM) is too little for "12000 favor / 11000 against" beside a long bar."""
    get_renderer = getattr(ax.figure.canvas, "get_renderer", None)
    if get_renderer is None:  # a backend that cannot measure text keeps the proportional margin
        return
    renderer = get_renderer()
    width = ax.get_window_extent(renderer).width
    needed = [end / (1 - text.get_window_extent(renderer).width / width) for end, text in zip(ends, counts)
              if text.get_window_extent(renderer).width < 0.8 * width]  # else no axis could hold it
    ax.set_xlim(0, max([ax.get_xlim()[1], *needed]) * 1.02)


def _room_on_both_sides(ax: Any, counts: list[Any]) -> None:
    """Widen the position axis, either way, until every bar's counts lie inside the axes;
    a few rounds, as each widening shrinks the data the text's fixed width stands for."""
    get_renderer = getattr(ax.figure.canvas, "get_renderer", None)
    if get_renderer is None:  # a backend that cannot measure text keeps matplotlib's limits
        return
    renderer = get_renderer()
    for _ in range(8):
        frame = ax.get_window_extent(renderer)
        boxes = [text.get_window_extent(renderer) for text in counts]
        boxes = [box for box in boxes if box.width < 0.45 * frame.width]  # else no axis could hold it
        over_left = max([frame.x0 + COUNTS_PADDING - box.x0 for box in boxes] + [0.0])
        over_right = max([box.x1 + COUNTS_PADDING - frame.x1 for box in boxes] + [0.0])
        if over_left <= 0 and over_right <= 0:
            return
        left, right = ax.get_xlim()
        per_pixel = (right - left) / frame.width
        # A little more than the overflow: widening shrinks the scale, and each text with it.
        ax.set_xlim(left - (1.25 * over_left + 2) * per_pixel * (over_left > 0),
                    right + (1.25 * over_right + 2) * per_pixel * (over_right > 0))


# The room a figure grows by beyond a label's overflow, in ems of the label's text: text is
# measured at the figure's dpi, and saved at another (300) it is wider by its hinting, 1% or so.
LABEL_MARGIN = 1.0
FIT_ROUNDS = 4  # each growth moves the label with its axes: a few rounds


def _fit_labels(figure: Any) -> None:
    """Grow a figure stance made, laid out tight, until the labels of its axes fit: an x label
    inside the figure, a y label (of the colour bar too) no taller than its axes. Sized for
    10-point text, at font.size=16 the position axis's name ran past a profile's 7 inches, a
    trend's three-line y label into the tick labels below it and off the figure, and a
    confusion plot's colour bar label past its bar; tight_layout moves axes, it cannot make
    room a label longer than the figure needs. A figure whose labels fit is left as it is."""
    get_renderer = getattr(figure.canvas, "get_renderer", None)
    if get_renderer is None:  # a backend that cannot measure text keeps the size it was given
        return
    relaid = False  # laid out again once for where an axes of fixed aspect stands (_past_left_or_bottom)
    for _ in range(FIT_ROUNDS):
        renderer = get_renderer()
        page = figure.bbox
        wider = taller = 0.0
        for ax in figure.axes:
            if not (ax.get_visible() and ax.axison):  # a figure of a message alone draws no label (a review)
                continue
            xlabel, ylabel = ax.xaxis.label, ax.yaxis.label
            if xlabel.get_text():
                box = xlabel.get_window_extent(renderer)
                # Centred on its axes, which take the figure's growth, the label moves by half of
                # it, each side of it by half: the figure grows by twice the larger overflow.
                over = 2 * max(page.x0 - box.x0, box.x1 - page.x1, 0.0)
                wider = max(wider, over + _ems(xlabel, LABEL_MARGIN) if over > 0 else 0.0)
            if ylabel.get_text():
                over = ylabel.get_window_extent(renderer).height - ax.get_window_extent(renderer).height
                taller = max(taller, over + _ems(ylabel, LABEL_MARGIN) if over > 0 else 0.0)
        if not (wider or taller):
            left, below = _past_left_or_bottom(figure, renderer)
            if not (left or below):
                return
            if not relaid:
                # tight_layout measures square cells' axes (a confusion plot's) where they stood before
                # it, and one pass left a heat map of five labels, one of 20 characters or more, with
                # its y label, "gold", past the figure's left edge, cut off in a savefig: a pass from
                # where they now stand settles them.
                relaid = True
                figure.tight_layout()
                continue
            # Still outside: tight_layout gave up ("not applied") on a figure too small for its names,
            # two labels, one of 30 wide letters ("W" or "漢"), sized for narrower ones: it grows by as much.
            margin = _ems(figure.axes[0].yaxis.label, LABEL_MARGIN)
            wider, taller = left + margin if left else 0.0, below + margin if below else 0.0
        width, height = figure.get_size_inches()
        if taller and any(ax.get_aspect() != "auto" for ax in figure.axes):
            # An image's axes (a confusion plot's cells, square) grow in height only as far as
            # their width lets them, and the colour bar beside them with them: both grow.
            wider = max(wider, taller * width / height)
        figure.set_size_inches(width + wider / figure.dpi, height + taller / figure.dpi)
        figure.tight_layout()


def _past_left_or_bottom(figure: Any, renderer: Any) -> tuple[float, float]:
    """How many pixels the axis names or tick labels of an axes of fixed aspect in ``figure`` (a
    confusion plot's square cells) lie past the figure's left and bottom edges, where a savefig
    (without ``bbox_inches="tight"``) cuts them off: (0.0, 0.0) when inside.

    Measured where they stand now: a label's own extent is where the last layout found it,
    beside the axes as they stood before that layout moved them. tight_layout places axes of
    free aspect where it measured them, so only those it shrinks to their aspect afterwards
    are measured again, by their axis' tight box (a twentieth of a plot's time, once).

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> figure, ax = plt.subplots()
    >>> image = ax.imshow([[0, 1], [1, 0]])
    >>> label = ax.set_ylabel("gold")
    >>> figure.tight_layout()
    >>> _past_left_or_bottom(figure, figure.canvas.get_renderer())
    (0.0, 0.0)
    >>> plt.close(figure)
    """
    page = figure.bbox
    left = below = 0.0
    for ax in figure.axes:
        if not (ax.get_visible() and ax.axison) or ax.get_aspect() == "auto":
            continue
        ax.apply_aspect()  # as a draw shrinks it, where its labels will stand
        over_left = page.x0 - ax.yaxis.get_tightbbox(renderer).x0
        over_below = page.y0 - ax.xaxis.get_tightbbox(renderer).y0
        # Half a pixel of rounding is inside.
        left = max(left, over_left if over_left > 0.5 else 0.0)
        below = max(below, over_below if over_below > 0.5 else 0.0)
    return left, below


def _ems(text: Any, ems: float) -> float:
    """Pixels of ``ems`` of ``text``'s font size, at its figure's dpi."""
    return ems * text.get_fontsize() * text.figure.dpi / 72


def _profile_width(profile: pd.DataFrame) -> float:
    """The width (inches) of a figure of ``profile``: 7, and more for long target and group
    names, which sit beside the bars (and in the legend) and took their room, and for each
    column of a grouped profile's legend after the first (at 20 speakers a second column
    left the bars a fifth of the figure).

    >>> import pandas as pd
    >>> _profile_width(pd.DataFrame(index=pd.Index(["unity", "deterrence"], name="target")))
    7.0
    >>> _profile_width(pd.DataFrame(index=pd.Index(["defence_spending_to_two_percent"], name="target")))
    7.63
    >>> _profile_width(pd.DataFrame(index=pd.MultiIndex.from_product(
    ...     [[f"Member {i}" for i in range(30)], ["unity"]], names=["speaker", "target"])))
    8.09
    """
    width = 7.0
    per_character = (TARGET_INCHES_PER_CHARACTER, GROUP_INCHES_PER_CHARACTER)  # innermost level first
    for level, inches_per_character in zip(range(profile.index.nlevels - 1, -1, -1), per_character):
        lines = [line for name in profile.index.get_level_values(level).unique()
                 for line in str(_shown(name)).split("\n")]
        longest = max(map(len, lines), default=0)
        width += inches_per_character * max(0, longest - SHORT_NAME)
    if profile.index.nlevels == 2:  # the legend's further columns, each as wide as its longest name
        columns = _legend_columns(profile.index.get_level_values(0).nunique(dropna=False))
        width += (columns - 1) * (LEGEND_ENTRY_INCHES + GROUP_INCHES_PER_CHARACTER * longest)
    return round(width, 2)


# Characters of a target or group name that the figure's standard width has room for.
SHORT_NAME = 15
# The inches each further character of a name widens the figure by: a target's, in the
# 10-point tick labels beside the bars; a group's, in the legend's 8-point text, where a
# character of matplotlib's default font (DejaVu Sans) takes about 0.06 inches: the width
# a group name adds beside the bars, and to each further column of the legend too.
TARGET_INCHES_PER_CHARACTER = 0.07
GROUP_INCHES_PER_CHARACTER = 0.06
# A grouped profile's legend has a column for every this many groups, and each column takes
# this many inches beside its names (the coloured handle, and the space between columns).
LEGEND_COLUMN_ENTRIES = 20
LEGEND_ENTRY_INCHES = 0.55


def _legend_columns(groups: int) -> int:
    """The columns of a grouped profile's legend of ``groups`` entries: one per 20 (20 made two).

    >>> _legend_columns(20), _legend_columns(21), _legend_columns(60)
    (1, 2, 3)
    """
    return max(1, math.ceil(groups / LEGEND_COLUMN_ENTRIES))


def _profile_height(profile: pd.DataFrame, order: list | None = None) -> float:
    """The height (inches) of a figure of ``profile``: enough for every target's bars and
    tick label, since a fixed height drew 30 targets' names over one another (the targets of
    ``order``, when it is given).

    >>> import pandas as pd
    >>> _profile_height(pd.DataFrame(index=pd.Index(list("abc"), name="target")))
    3.5
    >>> _profile_height(pd.DataFrame(index=pd.Index([f"t{i}" for i in range(30)], name="target")))
    10.2
    """
    targets = profile.index.get_level_values(-1).nunique() if order is None else len(order)
    groups = profile.index.get_level_values(0).nunique() if profile.index.nlevels > 1 else 0
    group_lines = _name_lines(profile, 0) if groups else 1
    floor = 3.5 + 0.12 * min(groups, 40) * group_lines  # a grouped profile's legend, in columns of 20 groups
    per_target = max(INCHES_PER_TARGET + INCHES_PER_GROUP_BAR * min(groups, 40),
                     INCHES_PER_NAME_LINE * _name_lines(profile, -1))  # a wrapped name clear of the next
    return round(min(MAX_PROFILE_HEIGHT, max(floor, 1.2 + targets * per_target)), 2)


def _name_lines(profile: pd.DataFrame, level: int) -> int:
    """The most lines a name of ``profile``'s index ``level`` is drawn in."""
    names = profile.index.get_level_values(level).unique()
    return max((str(_shown(name)).count("\n") + 1 for name in names), default=1)


def _require_axes(ax: Any) -> None:
    """Refuse an ``ax=`` that is no single matplotlib Axes, saying which to pass: a Figure, or
    the array ``plt.subplots(1, 2)`` returns, failed deep inside matplotlib ("'Figure' object
    has no attribute 'barh'"), which named neither the argument nor the fix."""
    if ax is None:
        return
    from .exceptions import InvalidTypeError, type_name

    _pyplot()  # matplotlib missing is said as such, not as an ImportError of matplotlib.axes
    Axes = forksafe.imported("matplotlib.axes").Axes
    if isinstance(ax, Axes):
        return
    FigureBase = forksafe.imported("matplotlib.figure").FigureBase
    if isinstance(ax, FigureBase):
        raise InvalidTypeError(f"ax must be a matplotlib Axes, got {type_name(ax)}; pass fig.gca() / axes[0]")
    shape = getattr(ax, "shape", None)  # the numpy array of plt.subplots(1, 2), or a list of Axes
    several = list(ax.flat) if hasattr(ax, "flat") else list(ax) if isinstance(ax, (list, tuple)) else []
    if several and all(isinstance(one, Axes) for one in several):
        # Of a grid (plt.subplots(2, 2)), axes[0] is a row, itself no Axes.
        first = "axes[0, 0]" if shape is not None and len(shape) > 1 else "axes[0]"
        raise InvalidTypeError(f"ax must be a matplotlib Axes, got {type_name(ax)} of {len(several)} Axes; "
                               f"pass one of them, e.g. {first}")
    if isinstance(ax, dict) and ax and all(isinstance(one, Axes) for one in ax.values()):
        # The dict plt.subplot_mosaic returns, its Axes by their names in the layout.
        key = next(iter(ax))
        raise InvalidTypeError(f"ax must be a matplotlib Axes, got a dict of {len(ax)} Axes; pass one of them, "
                               f"e.g. axes[{key!r}]")
    raise InvalidTypeError(f"ax must be a matplotlib Axes, got {type_name(ax)}")


def _levels_named_as_text(profile: pd.DataFrame) -> pd.DataFrame:
    """``profile`` with an index level named by a number (``by=1``, a column of a file read
    without a header) named by its text, which draws the same: pandas reads a level given as
    a number as a name first, so level 1, the targets, of a profile by column 1 was its groups.

    >>> import pandas as pd
    >>> index = pd.MultiIndex.from_tuples([("x", "unity")], names=[1, "target"])
    >>> _levels_named_as_text(pd.DataFrame({"n": [1]}, index=index)).index.names
    FrozenList(['1', 'target'])
    """
    names = list(profile.index.names)
    if not any(isinstance(name, numbers.Number) for name in names):
        return profile
    named = profile.copy(deep=False)  # the caller's profile keeps its names
    named.index = profile.index.set_names([str(name) if isinstance(name, numbers.Number) else name for name in names])
    return named


# What a document's score given for a profile is told to give instead: its profile, which it
# draws itself; for a trend, which needs groups in time that one document's statements lack,
# documents scored with their dates.
DOCUMENT_HINT = " (doc.profile, or doc.plot())"
DOCUMENT_TREND_HINT = (" (a document's statements have no time to draw a trend over; of documents with a date "
                       "column, docs = stance.score_documents(frame), draw stance.plot_trend(stance.profile("
                       "docs.sentences, by='month')), with a month column such as "
                       "docs.sentences.date.dt.to_period('M'))")


def _document_trend_hint(doc: Any) -> str:
    """What ``plot_trend(doc)`` of a document's score ``doc`` is told: documents scored with
    their dates (``score_documents`` of a frame) carry them onto their statements, and were
    told that their statements had no time; those are told to draw their first column of
    dates or periods by month, the others :data:`DOCUMENT_TREND_HINT`.

    >>> import pandas as pd, stance
    >>> frame = pd.DataFrame({"text": ["Arm Ukraine now."], "sent": pd.to_datetime(["2024-01-05"])})
    >>> _document_trend_hint(stance.score_documents(frame))[:92]
    " (draw its statements by month: doc.sentences['month'] = doc.sentences['sent'].dt.to_period("
    """
    pd = forksafe.imported("pandas")

    for name, column in doc.sentences.items():
        if isinstance(column.dtype, pd.PeriodDtype):  # months already, or years: drawn as they are
            return f" (draw its statements by {name!r}: stance.plot_trend(stance.profile(doc.sentences, by={name!r})))"
        if pd.api.types.is_datetime64_any_dtype(column.dtype):
            return (f" (draw its statements by month: doc.sentences['month'] = doc.sentences[{name!r}]"
                    ".dt.to_period('M'), then stance.plot_trend(stance.profile(doc.sentences, by='month')))")
    # A frame read from a CSV file carries its dates as text: they were told of "no time" and to
    # score_documents(frame), which they had done.
    for name in _carried_columns(doc.sentences):
        if _reads_as_dates(doc.sentences[name]):
            return (f" (draw its statements by month, as the README's recipe makes them: doc.sentences['month'] = "
                    f"pd.to_datetime(doc.sentences[{name!r}], utc=True, format='mixed').dt.tz_convert(None)"
                    ".dt.to_period('M'), then stance.plot_trend(stance.profile(doc.sentences, by='month')))")
    return DOCUMENT_TREND_HINT


def _carried_columns(sentences: pd.DataFrame) -> list[Any]:
    """The columns :func:`stance.score_documents` carried from the caller's frame onto its
    statements: those between ``document`` and ``text``.

    >>> import pandas as pd
    >>> _carried_columns(pd.DataFrame(columns=["document", "date", "text", "label"]))
    ['date']
    """
    columns = list(sentences.columns)
    if "document" not in columns or "text" not in columns:
        return []
    return columns[columns.index("document") + 1:columns.index("text")]


def _reads_as_dates(column: pd.Series) -> bool:
    """Whether ``column``'s values are dates written as text ('2024-01-05', 'March 2024'), as
    its first 50 filled ones tell.

    >>> import pandas as pd
    >>> _reads_as_dates(pd.Series(["2024-01-05", "5 March 2024"])), _reads_as_dates(pd.Series(["Nowak", "1"]))
    (True, False)
    """
    import warnings

    pd = forksafe.imported("pandas")
    if not (pd.api.types.is_object_dtype(column.dtype) or pd.api.types.is_string_dtype(column.dtype)):
        return False
    sample = column.dropna().head(50)
    if sample.empty or not all(isinstance(value, str) for value in sample):
        return False
    with warnings.catch_warnings():  # "could not infer format": a guess is what is asked
        warnings.simplefilter("ignore")
        return bool(pd.to_datetime(sample, errors="coerce", utc=True, format="mixed").notna().all())


def _require_profile(profile: Any, document_hint: Callable[[Any], str] = lambda doc: DOCUMENT_HINT) -> pd.DataFrame:
    """Refuse anything but the output of :func:`stance.profile`, naming what it looks like
    (``document_hint`` gives what is said of a document's score); the profile, as pandas (a
    pyarrow table made from one gives it back)."""
    pd = forksafe.imported("pandas")

    from .exceptions import InvalidInputError, InvalidTypeError, type_name
    from .profile import PROFILE_COLUMNS, refuse_repeated_rows, refuse_targets_in_a_column

    profile = profile_as_pandas(profile, "profile")
    if not isinstance(profile, pd.DataFrame):
        from .document import DocumentScore

        hint = document_hint(profile) if isinstance(profile, DocumentScore) else ""
        raise InvalidTypeError(
            f"profile must be the DataFrame stance.profile() returns, got {type_name(profile)}{hint}")
    missing = [c for c in PROFILE_COLUMNS if c not in profile.columns]
    if missing:
        scored = any(str(c).endswith("labels") for c in profile.columns)
        raise InvalidInputError(
            f"profile has no column(s) {missing}: plot the output of stance.profile()"
            + (", not of stance.score(): stance.plot_profile(stance.profile(scored))" if scored else "")
        )
    refuse_targets_in_a_column(profile, "profile", "drawn")
    refuse_repeated_rows(profile, "profile", "drawn")
    if profile.index.nlevels > 2:
        raise InvalidInputError(f"profile: a profile grouped by {profile.index.nlevels - 1} columns has no "
                                f"plot; group by one (stance.profile(scored, by='speaker'))")
    return profile


# How opaque a confusion plot's "n/a" is over its axes: the style's text colour at 0.7 keeps
# 5:1 or more (WCAG asks 4.5) on every style matplotlib ships (8.5:1 default, 10:1 dark_background).
NOT_DEFINED_ALPHA = 0.7


def _luminance(color: Any) -> float:
    """WCAG's relative luminance of a matplotlib colour."""
    to_rgb = forksafe.imported("matplotlib.colors").to_rgb
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _shown_face(ax: Any) -> Any:
    """The colour an axes' contents stand on: its face, or where that is see-through (set to
    "none"), its figure's; None where both are (what shows is the page's, unknown here)."""
    to_rgba = forksafe.imported("matplotlib.colors").to_rgba
    faces, figure = [ax.get_facecolor()], ax.figure
    while figure is not None:  # a subfigure (see-through by default) stands on its parent, up to the root
        faces.append(figure.get_facecolor())
        parent = getattr(figure, "figure", None)
        figure = parent if parent is not figure else None
    for face in faces:
        if to_rgba(face)[3] > 0:
            return face
    return None


def _readable_on(face: Any, preferred: Any) -> Any:
    """``preferred`` where, faded to NOT_DEFINED_ALPHA over ``face``, it reads at WCAG's 4.5:1;
    else black or white, whichever reads on ``face``.

    The style's text colour fits an axes drawn under that style; an axes the caller brings may be
    of another (made under dark_background and drawn on after, or given a black face by hand),
    where the style's black text is black on black.

    >>> _readable_on("white", "black"), _readable_on("black", "black"), _readable_on("black", "white")
    ('black', 'white', 'white')
    """
    if face is None:  # see-through: the style's colour, for the page the style is made for
        return preferred
    to_rgb = forksafe.imported("matplotlib.colors").to_rgb
    background = to_rgb(face)
    shown = tuple(NOT_DEFINED_ALPHA * c + (1 - NOT_DEFINED_ALPHA) * b for c, b in zip(to_rgb(preferred), background))

    if _contrast(shown, background) >= 4.5:
        return preferred
    return "white" if _luminance(background) < 0.18 else "black"


def _contrast(a: Any, b: Any) -> float:
    """WCAG's contrast ratio of two colours: 1 the same, 21 black on white."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _clearer_on(face: Any) -> str:
    """Black or white, whichever reads better on ``face``: one of them always keeps WCAG's
    4.5:1 (4.58:1 at worst). White above 0.6 of a confusion plot's darkest cell read at 3.3 to
    4.4:1 on Blues' mid blues (0.67: white on #3787c0, 3.90:1).

    >>> _clearer_on("#3787c0"), _clearer_on("#08306b"), _clearer_on("white")
    ('black', 'white', 'black')
    """
    return "white" if _contrast("white", face) > _contrast("black", face) else "black"


def plot_confusion(confusion: pd.DataFrame, ax: Axes | None = None, normalize: bool = True) -> Axes:
    """Heat map of a confusion matrix (gold rows, predicted columns), on ``ax`` (one Axes,
    as of :func:`plot_profile`) or a figure of its own, its colour bar labelled with what the
    cells are. ``normalize`` is a bool: True draws each gold label's row as shares of its
    statements, False counts; scikit-learn's ``"true"``, ``"pred"`` and ``"all"`` are refused.
    With True, a label with no gold statement (a model's label the data lack) has no shares:
    its row is hatched, each cell "n/a"."""
    plt = _pyplot()
    _require_axes(ax)
    # Any truthy value drew row shares: scikit-learn's "pred" and "all" silently meant "true".
    normalize = require_bool("normalize", normalize,
                             "True (each gold label's row as shares of its statements) or False (counts)",
                             "; scikit-learn's 'true', 'pred' and 'all' are not supported")
    np = forksafe.imported("numpy")
    Rectangle = forksafe.imported("matplotlib.patches").Rectangle
    from .report import NOT_DEFINED

    values = confusion.to_numpy(dtype=float)
    empty = np.zeros(len(values), dtype=bool)
    if normalize:
        # A label with no gold statement has no shares (0/0): drawn as 0.00 it read as "never
        # right". Left blank (NaN), hatched and marked "n/a", as the report's tables show 0/0.
        totals = values.sum(axis=1, keepdims=True)
        empty = totals[:, 0] == 0
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.where(empty[:, None], np.nan, values / np.where(totals == 0, 1, totals))
    own_figure = ax is None
    columns, rows = [_shown(c) for c in confusion.columns], [_shown(i) for i in confusion.index]
    if ax is None:
        _, ax = plt.subplots(figsize=_confusion_size(columns, rows))
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=1 if normalize else None)
    # Turned about its end beside the tick (rotation_mode="anchor"), a name of several lines
    # lies along its own column; turned about its centre, as by default, it ran into the next.
    ax.set_xticks(range(len(columns)), columns, rotation=45, ha="right", va="center", rotation_mode="anchor")
    ax.set_yticks(range(len(rows)), rows)
    # Each cell's colour as drawn (a label with no gold statement's NaN cells see-through).
    cells = image.to_rgba(np.ma.masked_invalid(values))
    # An "n/a" stands on the axes' own colour (its cell NaN, left undrawn): in the style's text
    # colour, faded to read as secondary; "dimgray" was 3.8:1 on dark_background's black. Not
    # the ticks' colour, which some styles make pale (Solarize_Light2's is 3.6:1 on its axes).
    missing = {"color": _readable_on(_shown_face(ax), plt.rcParams["text.color"]), "alpha": NOT_DEFINED_ALPHA}
    for i in range(values.shape[0]):
        if empty[i]:
            ax.add_patch(Rectangle((-0.5, i - 0.5), values.shape[1], 1, fill=False, hatch="//",
                                   edgecolor="0.8", linewidth=0))
        for j in range(values.shape[1]):
            ax.text(j, i, NOT_DEFINED if empty[i] else f"{values[i, j]:.2f}" if normalize else int(values[i, j]),
                    ha="center", va="center", fontsize=8,
                    **(missing if empty[i] else {"color": _clearer_on(cells[i, j])}))
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    if own_figure:  # on the caller's axes a colorbar would steal space (and pile up on redraws)
        # A bar of about 0.3 inches: matplotlib's 15% of a wide figure's axes took inches.
        width, height = ax.figure.get_size_inches()
        bar = ax.figure.colorbar(image, ax=ax, fraction=min(0.15, 0.3 / width), aspect=max(20.0, 0.6 * height / 0.3))
        # Shares and counts look alike in blue: the bar says which the figure shows.
        bar.set_label("share of the gold label's statements" if normalize else "statements")
        ax.figure.tight_layout()
        _fit_labels(ax.figure)
    return ax


CONFUSION_MIN_CELL = 0.45  # inches: a cell of a count, beside one-line names
CHAR_INCHES = 0.075  # the width of a character of a 10-point tick label, about


def _confusion_size(columns: list, rows: list) -> tuple[float, float]:
    """Inches (width, height) of a confusion plot whose cells leave each name room: a
    column's name is drawn at 45 degrees, so its lines need the cell's width over sin 45°.

    >>> _confusion_size(["a", "b"], ["a", "b"])
    (5.0, 4.5)
    """
    def lines(name: Any) -> list[str]:
        return str(name).split("\n")

    # default=: a matrix of no labels is still drawn, empty, as before.
    slanted = max((len(lines(c)) for c in columns), default=1) * INCHES_PER_NAME_LINE * math.sqrt(2)
    cell = max(CONFUSION_MIN_CELL, slanted, max((len(lines(r)) for r in rows), default=1) * INCHES_PER_NAME_LINE)
    widest_row = max((len(line) for r in rows for line in lines(r)), default=0) * CHAR_INCHES
    longest_column = max((len(line) for c in columns for line in lines(c)), default=0) * CHAR_INCHES / math.sqrt(2)
    # Room for the names, the axis titles and (to the right) the colour bar.
    width = len(columns) * cell + widest_row + 0.6 + 1.0
    height = len(rows) * cell + longest_column + slanted + 0.9
    side = 4.5 + 0.3 * max(0, len(columns) - 6)  # the size it had, kept for short names
    return round(max(width, side + 0.5), 2), round(max(height, side), 2)

"""Positional profiles: how much a text (or a speaker) talks about each target, and which way.

The position of a target is the log-odds of favor against against (of the model's values
for them, "pro" and "con" say: see :func:`profile`), with 0.5 added to
each count (the usual correction that keeps it finite): 0 is even, 1.1 odds of 3 to 1 once the
halves are added (1 favor to 0 against; 3 favor to 1 against gives 0.85), -1.1 the reverse.
With it, a 95% interval from its analytic standard error
``sqrt(1/(favor+0.5) + 1/(against+0.5))``: with few statements the interval is wide, as it
should be. The interval takes the statements for independent
draws, and the model's stances for true ones: statements of one speech, which repeat one
view, make it too narrow, and so does the model's error (see :func:`profile`). A target with
no statement counted for or against it has no position (NaN), not 0.
:func:`compare_profiles` gives the change of each position between two profiles.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .exceptions import is_number, quoted, quoted_list
from .foreign_frames import as_pandas, profile_as_pandas, refuse_dask
from .time_groups import mixed_time_order

if TYPE_CHECKING:
    import pandas as pd

Z_95 = 1.959963984540054
PROFILE_COLUMNS = ("n", "share", "favor", "against", "position", "position_low", "position_high")
# The key of a scored frame's attrs under which stance.score records the off-topic label of the
# model that wrote each labels column ({"labels": "other"}), so that a profile of the frame
# leaves it out untold, as score_document's own profile does.
NONE_LABELS = "none_labels"
# Beside a record of None (a model without an off-topic label), the key under which the labels
# of that model, every one a target, are recorded for the same column ({"labels": ["413", "none"]}):
# the record is honoured only while the frame's labels are these, since another model's columns
# written into the frame keep it, and its off-topic "none" was profiled as a target, silently.
TARGETS = "targets"
# The key of a profile's attrs under which it records the stance values it counted as favour
# and as against ({"favor": "pro", "against": "con"}), so that its plot names them as the
# model does: a plot of a "pro"/"con" model's profile said "leans favor" and "2 favor / 1 against".
STANCE_NAMES = "stance_names"
# The key of a profile's attrs under which it records whether any statement was given a stance
# (True or False): a model with a stance head gives every statement it does not call off-topic
# one, "neutral" among them, and one without gives none. A profile whose every position is NaN
# is either's, all neutral or secondary, or stanceless, and its plot says which from this.
STANCES_GIVEN = "stances_given"


class _ScoringsOwn:
    """The default of :func:`profile`'s ``none_label``: the off-topic label that the scoring
    recorded in the frame's attrs, else "none". A sentinel, since a ``none_label`` given,
    "none" or None too, wins over the record."""

    def __repr__(self) -> str:
        return "<the scoring model's, else 'none'>"


SCORINGS_OWN = _ScoringsOwn()


def recorded_none_label(scored: pd.DataFrame, labels_column: str) -> str | None:
    """The off-topic label that :func:`stance.score` recorded in ``scored.attrs`` for
    ``labels_column`` (None of a model without one, while the column and the ``p_`` columns
    beside it hold only that model's labels, recorded under :data:`TARGETS`), else "none"
    (pandas drops attrs in a merge, or in a concat of frames whose attrs differ; a CSV file
    read back has none, a Parquet file has them from pandas 2.1 on).

    >>> import pandas as pd
    >>> scored = pd.DataFrame({"labels": ["gas", "other"]})
    >>> scored.attrs[NONE_LABELS] = {"labels": "other"}
    >>> recorded_none_label(scored, "labels"), recorded_none_label(scored, "pred_labels")
    ('other', 'none')
    >>> scored.attrs = {NONE_LABELS: {"labels": None}, TARGETS: {"labels": ["gas", "other"]}}
    >>> recorded_none_label(scored, "labels"), recorded_none_label(scored.assign(labels="none"), "labels")
    (None, 'none')
    """
    recorded = scored.attrs.get(NONE_LABELS)
    label = recorded.get(labels_column, "none") if isinstance(recorded, dict) else "none"
    if label is None and not _labels_are_the_recorded_targets(scored, labels_column):
        return "none"  # another model's labels, written in under the record
    return label if label is None or isinstance(label, str) else "none"


def _labels_are_the_recorded_targets(scored: pd.DataFrame, labels_column: str) -> bool:
    """Whether the labels in ``labels_column`` and the labels its ``p_`` columns name (if it
    has any) are those recorded under :data:`TARGETS` for it: a frame into which another
    model's columns were written keeps the record of the model that scored it first."""
    pd = forksafe.imported("pandas")
    recorded = scored.attrs.get(TARGETS)
    targets = recorded.get(labels_column) if isinstance(recorded, dict) else None
    # A name of two columns (or of MultiIndex columns) is refused by profile, after this: here
    # it would be read as a frame.
    if (not isinstance(targets, (list, tuple)) or labels_column not in scored.columns
            or not isinstance(scored[labels_column], pd.Series)):
        return False
    named = _p_column_labels(scored, labels_column[:-len("labels")])
    given = {label for row in _label_sets(scored[labels_column]) for label in row}
    return (not named or set(named) == set(targets)) and given <= set(targets)


def _p_column_labels(scored: pd.DataFrame, prefix: str) -> list[str]:
    """The labels that the ``<prefix>p_<label>`` columns of :func:`stance.score` name, sorted
    (not its ``p_stance_<value>`` columns): the labels of the model that scored ``scored``."""
    head, stance_head = f"{prefix}p_", f"{prefix}p_stance_"
    return sorted(c[len(head):] for c in scored.columns
                  if isinstance(c, str) and c.startswith(head) and not c.startswith(stance_head))


def profile(scored: pd.DataFrame, by: str | list[str] | tuple[str, ...] | None = None,
            none_label: str | _ScoringsOwn | None = SCORINGS_OWN,
            favor: str | list[str] | tuple[str, ...] | None = None,
            against: str | list[str] | tuple[str, ...] | None = None, *,
            prefix: str | None = None) -> pd.DataFrame:
    """Profile scored statements (the output of :func:`stance.score`).

    Without ``by``: one row per target that some statement takes ("none" left out), sorted
    by share, descending, ties by position, descending (a target with none last), then by name,
    whatever the order of the rows (a target no statement takes has no row: fill it with 0 to compare
    groups, ``profile(scored, by="party").share.unstack("target", fill_value=0)``).
    ``share`` is the fraction of statements that take a position on the target, among the
    statements that have text (rows :func:`stance.score` flagged as empty, missing or not
    text are not statements, and rows flagged ``no_known_words`` take no position: their
    answer is no judgement of them; rows with no labels at all, which :func:`stance.score`
    never gives, are rows it did not score, as a left join adds: they are left out, with a
    warning); ``favor``  and ``against`` count, by stance, the statements
    whose primary target it is (a statement's stance is its stance towards its primary
    target, so a secondary target gets none from it). With ``by`` (a column such as
    ``"speaker"``, or a list of columns; a tuple that is the full name of one of MultiIndex
    columns, ``("meta", "speaker")``, is that column, as :func:`stance.evaluate`'s ``by`` takes
    it; values of your own go in as a column first,
    ``profile(scored.assign(month=scored.date.dt.to_period("M")), by="month")``, and a Series
    or a ``pd.Grouper`` is refused saying so, as is a column named "target" or like a column of
    the profile, "n", "share"…, or one given twice, and a column holding a list or dict, naming
    its row, as evaluate refuses it): the same columns for each group, indexed by
    (group, target), the groups in the order of their values (a categorical's categories;
    in text, numbers as numbers, "Speaker 2" before "Speaker 10"; in a column of text and numbers,
    years read from two files, text of a number as that number, "2023" before 2024, with a
    warning naming the column, as "2024" and 2024 are two groups), and a categorical or nullable column's
    dtype kept; the rows with no value in a column (missing or blank) are a group of
    their own, ``"(missing)"``, last (a warning names ``input_<column>`` when every row misses
    the column and ``scored`` has that one, as :func:`stance.score_documents` names its
    documents' ``speaker`` beside its own), and a column of whole numbers that pandas made floats for
    its gaps (a year) names its groups as ints, 2014 rather than 2014.0, as
    :func:`stance.evaluate` does. ``prefix`` is the one
    given to :func:`stance.score` (``"pred_"`` reads ``pred_labels`` and ``pred_stance``);
    left as None it reads ``labels`` and ``stance``, and warns when those are not a
    scoring's but ``scored`` has the columns of one with a prefix (gold columns beside
    predictions, the frame ``prefix="pred_"`` is for): ``prefix=""`` profiles the gold
    columns without the warning.

    ``favor`` and ``against`` name the stance values counted as favour and as against (the
    position is the log-odds of the one against the other). Left as None they are worked
    out from the values ``scored`` holds (its stance column, and the model's values named
    by its ``p_stance_<value>`` columns): ``"favor"`` and ``"against"``, else a value such
    as ``"pro"``/``"support"`` and one such as ``"con"``/``"oppose"`` (in any case and
    however their accents are encoded, as given names are compared too; and the
    common French, German, Polish, Spanish, Ukrainian and Russian pairs ``"pour"``/``"contre"``,
    ``"dafür"``/``"dagegen"``, ``"za"``/``"przeciw"``, ``"a favor"``/``"en contra"``,
    ``"за"``/``"проти"``, ``"за"``/``"против"``); every value read as one side is counted as
    it (``"favor"`` and ``"pro"`` both as favour, with a warning naming them when statements
    have both: training warned that they train as two values, which to merge if they are one); when
    that cannot be done, the error asks for them. Either may be given as a list (or tuple) of
    values, all counted as that side (``favor=["favor", "pro"]``, without the warning; a value
    named twice, ``"favor"`` and ``"Favor"``, is one); a side given counts the values named
    and no other. The profile records the two in its ``attrs``
    (``{"stance_names": {"favor": "pro", "against": "con"}}``, ``"favor or pro"`` of a side of
    two values), so that its plot names them,
    and whether any statement was given a stance at all (``{"stances_given": False}`` of a
    model without a stance head), so that its plot says why a profile has no position.
    ``none_label`` is the model's off-topic
    label. Left out, it is the one the model that scored ``scored`` has, as
    :func:`stance.score` (and so :func:`stance.score_document`) records it in the frame's
    ``attrs``, which pandas keeps when rows or columns are selected; else "none". A frame
    without that record (read back from a CSV file, merged) of a scheme that calls it otherwise
    must say so (a warning says when another label looks like it); None is a scheme without one.

    ``position`` is ``log((favor + 0.5) / (against + 0.5))``, in words the odds of favor to
    against, after adding a half to each count, on a log scale: 0 is even, 1.1 odds of 3 to 1
    (e^1.1 = 3) once the halves are added: 1 favor to 0 against, or of many statements about
    3 to 1 (30 favor to 10 against gives 1.07), while 3 favor to 1 against gives 0.85; 2.2 odds
    of 9 to 1, 4 favor to 0 against (9 favor to 1 against gives 1.85); -1.1 is 0 favor to 1
    against; ``position_low`` and
    ``position_high`` its 95% interval, a normal one on the log-odds scale:
    ``position ± z * sqrt(1/(favor + 0.5) + 1/(against + 0.5))`` (z = 1.959964, the normal's
    97.5% point). It takes every statement for an independent draw, so it is too narrow when one speech or document
    gives many statements (they repeat one view: count one per speech, or compare by
    document, to be safe), and it takes the model's stances as true, though the model errs
    (its stance F_avg is about 0.83 on held-out statements: see the README), which it does
    not widen for. :func:`compare_profiles` gives the change of each position between two
    profiles (two years, say), with its interval.

    A target with ``favor`` and ``against`` both 0 has ``position``, ``position_low`` and
    ``position_high`` NaN: no position was measured, so none is given (the formula would give
    0 in [-3.92, 3.92], an even split that no statement showed). So it is of every target
    when the model has no stance head (trained with ``stance_column=None``), and of a target
    whose statements (a group's, with ``by``) were all neutral or took it only as a
    secondary target.

    >>> import pandas as pd
    >>> from stance import profile
    >>> scored = pd.DataFrame({"labels": ["unity", "unity|deterrence", "none"],
    ...                        "stance": ["favor", "favor", None]})
    >>> profile(scored)[["n", "share", "favor", "against"]]
                n     share  favor  against
    target
    unity       2  0.666667      2        0
    deterrence  1  0.333333      0        0
    >>> pro_con = pd.DataFrame({"labels": ["gas", "gas", "gas"], "stance": ["pro", "con", "pro"]})
    >>> profile(pro_con)[["favor", "against"]]  # "pro" counts as favour, "con" as against
            favor  against
    target
    gas         2        1
    """
    pd = forksafe.imported("pandas")

    from .exceptions import InvalidInputError, InvalidTypeError, LabelTypeError, none_label_not_text, type_name

    refuse_dask(scored, "scored", "stance.profile")  # what stance.score of a Dask frame returns
    scored = as_pandas(scored, "scored")  # a scored frame the user turned into a polars one
    if not isinstance(scored, pd.DataFrame):
        hint = _document_hint(by) if _is_document(scored) else ""
        raise InvalidTypeError(f"scored must be the DataFrame stance.score() returns, got {type_name(scored)}{hint}")
    # None read from the record is the scoring model's own answer (every label a target, one
    # called "none" or "other" too), which the README promises "without a word".
    modelled = none_label is SCORINGS_OWN
    if modelled:  # a prefix not a str is refused below
        none_label = recorded_none_label(scored, f"{prefix if isinstance(prefix, str) else ''}labels")
    if none_label is not None and not isinstance(none_label, str):  # labels are text: 0 matches no "0"
        raise LabelTypeError(none_label_not_text(none_label))
    from .names import whole_number_text

    # Read as the labels are: a scored "0.0" (a model trained before "0.0" was read as "0") is
    # "0", so none_label="0.0" and none_label="0" both name it.
    none_label = none_label if none_label is None else whole_number_text(none_label)
    if prefix is not None and not isinstance(prefix, str):
        raise InvalidTypeError(f"prefix must be the str given to stance.score (or None), got {type_name(prefix)}")
    given, prefix = prefix is not None, prefix or ""
    labels_column, stance_column, flag_column = f"{prefix}labels", f"{prefix}stance", f"{prefix}flag"
    missing = [c for c in (labels_column, stance_column) if c not in scored.columns]
    scorings = [] if given else _scoring_prefixes(scored)
    if missing:
        # A prefix given is named too: prefix="pred_" of a frame scored without one was told only
        # of the missing columns, not what the frame's columns carry.
        found = [found for found in _scoring_prefixes(scored) if found != prefix]
        hint = (" (it has the columns of a scoring without a prefix: leave prefix out, or pass prefix='')"
                if found == [""] else
                f" (it has the columns of a scoring with prefix={quoted(found[0])}: pass it)" if len(found) == 1
                else f" (pass prefix=, one of {quoted_list(found)})" if found
                else "" if prefix else " (pass prefix= if you gave score one)")
        raise InvalidInputError(f"scored has no column(s) {missing}: profile the output of stance.score{hint}")
    from .columns import refuse_duplicate_column

    # Two columns of a name (a prefixed scoring's renamed beside the gold ones) are read as a
    # frame, which failed inside pandas: refused as train's and evaluate's column arguments are.
    read_by = f"of prefix={quoted(prefix)}" if given and prefix else "stance.profile reads"
    for role, column in (("labels", labels_column), ("stance", stance_column), ("flag", flag_column)):
        refuse_duplicate_column(scored, column, f"scored: {quoted(column)} (the {role} column {read_by})")
    if scorings and "" not in scorings:
        _warn_of_gold_columns(scorings)
    from .label_cells import stance_value, stance_values_as_classes

    # Stance values as text, as training reads them: a gold column of 1/-1 is ints, or floats with gaps;
    # spelt as the model's own ("1.0" for a model trained before "1.0" was read as "1").
    values = [stance_value(v) for v in scored[stance_column].tolist()]
    scored = scored.assign(**{stance_column: stance_values_as_classes(values, _model_stance_values(scored, prefix))})
    favors, againsts = given_directions(_model_stance_values(scored, prefix), favor, against)
    favors, againsts = _directions(_stance_values(scored, stance_column, prefix), favors, againsts)
    _warn_of_joined_sides(scored[stance_column], {"favor": favors if favor is None else (),
                                                  "against": againsts if against is None else ()})
    if not (modelled and none_label is None):
        _warn_if_off_topic_unnamed(scored, labels_column, stance_column, flag_column, none_label, prefix)
    # A tuple that is the full name of one of MultiIndex columns, ("meta", "speaker"), is that
    # column, as evaluate's by= takes it (the refusal of by="meta" advises it); else its columns.
    one = isinstance(by, tuple) and bool(by) and any(column == by for column in scored.columns)
    keys = [] if by is None else [by] if one else list(by) if isinstance(by, (list, tuple)) else [by]
    if by is not None and not keys:
        raise InvalidInputError("by must name at least one column to group by (or be None for one profile)")
    from .columns import require_columns
    from .group_values import refuse_ungroupable
    from .names import named_rows

    for key in keys:  # named as evaluate's by= and cross_validate's groups= name one not there
        require_columns(scored, {"by": key})
        # A list in a cell (of objects, or of Arrow's lists) failed inside pandas: named as evaluate names it.
        if scored[key].dtype.kind == "O":
            refuse_ungroupable(scored[key].tolist(), named_rows(scored.index), f"by={quoted(key)}")
    _refuse_clashing_keys(keys)
    _warn_of_displaced_keys(scored, keys)
    # Every row is read once, and one frame is built: a frame per group made 10,000
    # documents' profiles take a minute, fifteen times their scoring.
    label_sets = _label_sets(scored[labels_column])
    stances = _spelt_as_directions(scored[stance_column].tolist(), favors, againsts)
    favor, against = favors[0], againsts[0]  # every value of a side is counted as its first
    if flag_column in scored.columns:
        from .prediction import NO_KNOWN_WORDS, NO_TEXT_FLAGS

        statements = [not no_text for no_text in _flagged(scored[flag_column], NO_TEXT_FLAGS)]
        # The answer to text the model knows no word of is no judgement: such a
        # statement counts, as one taking no position.
        unread = _flagged(scored[flag_column], (NO_KNOWN_WORDS,))
        label_sets = [() if no_word_known else labels for labels, no_word_known in zip(label_sets, unread)]
    else:
        statements = [True] * len(scored)
    _leave_out_unscored(scored, labels_column, statements)
    index: list[tuple[Any, ...]] = []
    rows: list[list[Any]] = []
    for group, positions in _named_as_written(_groups(scored, keys), keys):
        for target, row in _profile_rows([i for i in positions if statements[i]], label_sets, stances,
                                         none_label, favor, against):
            index.append((*group, target))
            rows.append(row)
    if rows:
        frame = pd.DataFrame(rows, columns=list(PROFILE_COLUMNS))
        frame.index = _kept_dtypes(_index_of(index, [*keys, "target"]), scored, keys)
    else:  # the index and attrs of a profile of some statements, so that it compares and concatenates as one
        frame = _empty()
        frame.index = _empty_index(scored, keys)
    frame.attrs[STANCE_NAMES] = {"favor": " or ".join(favors), "against": " or ".join(againsts)}
    # A stance in any row, or the model's p_stance_ columns, show a stance head, so that
    # positions all NaN are of neutral or secondary statements, not of a model without one.
    frame.attrs[STANCES_GIVEN] = any(v is not None for v in values) or bool(_model_stance_values(scored, prefix))
    return frame


def _refuse_clashing_keys(keys: list[Any]) -> None:
    """Refuse columns of ``by`` whose names the profile has already: "target", its index's last
    level, which would be a second level "target" (``unstack("target")`` refuses such an index),
    a column of the profile ("n", "share"…), which ``reset_index()`` cannot put beside it, and a
    column named twice, a level twice.

    >>> _refuse_clashing_keys(["party", "target"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: by='target': ... (scored.rename(columns={'target': 'target_group'})) ...
    """
    from .exceptions import InvalidInputError

    for index, key in enumerate(keys):
        if key in keys[:index]:
            raise InvalidInputError(f"by: {quoted(key)} is given twice; name each column once")
        clash = ("the profile's index names its targets 'target', so a column of that name would be a second "
                 "level 'target'" if key == "target"
                 else f"the profile has a column {quoted(key)} ({', '.join(PROFILE_COLUMNS)}), so its index would "
                      f"have a level of that name too, which reset_index() refuses" if key in PROFILE_COLUMNS else None)
        if clash:
            raise InvalidInputError(f"by={quoted(key)}: {clash}; rename the column (scored.rename(columns="
                                    f"{{{key!r}: {f'{key}_group'!r}}})) and group by the new name")


def _warn_of_displaced_keys(scored: pd.DataFrame, keys: list[Any]) -> None:
    """Warn of each column of ``keys`` that every row of ``scored`` misses when ``scored`` has
    its ``input_<key>`` too: :func:`stance.score_documents` carries a column of its documents
    named like one of its own so (``speaker``, beside the speaker a transcript's tags name),
    and a profile by the split's column, missing throughout when no tag named anyone, lumped
    every statement into ``"(missing)"`` without a word.

    >>> import warnings, pandas as pd
    >>> rows = pd.DataFrame({"input_speaker": ["Smith", "Jones"], "speaker": [None, " "]})
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_displaced_keys(rows, ["speaker"])
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    by='speaker' is missing in every row, so the profile has one group, '(missing)'; ... pass by='input_speaker'...
    """
    from .exceptions import warn

    for key in keys:
        displaced = f"input_{key}" if isinstance(key, str) else None
        if (displaced in scored.columns and len(scored) and _blank_as_missing(scored[[key]], [key])[key].isna().all()
                and not _blank_as_missing(scored[[displaced]], [displaced])[displaced].isna().all()):
            warn(f"by={quoted(key)} is missing in every row, so the profile has one group, '(missing)'; scored "
                 f"has a column {quoted(displaced)}, as stance.score_documents names its documents' column "
                 f"{quoted(key)} beside its own: pass by={quoted(displaced)} to group by it")


def _scoring_prefixes(scored: pd.DataFrame) -> list[str]:
    """The prefixes of the scorings whose columns ``scored`` has, ``""`` for one without: a
    prefix's ``labels``, ``stance`` and at least one ``p_<label>`` column, which only
    :func:`stance.score` writes (gold columns have no ``p_``).

    >>> import pandas as pd
    >>> _scoring_prefixes(pd.DataFrame(columns=["labels", "stance", "pred_labels", "pred_stance", "pred_p_gas"]))
    ['pred_']
    """
    names = [c for c in scored.columns if isinstance(c, str)]
    found = set()  # each once: two columns "pred_labels" were listed as ['pred_', 'pred_'] (a review of 5ae4ce5)
    for column in names:
        if column.endswith("labels"):
            head = column[:-len("labels")]
            if f"{head}stance" in scored.columns and any(c.startswith(f"{head}p_") for c in names):
                found.add(head)
    return sorted(found)


def _warn_of_gold_columns(scorings: list[str]) -> None:
    """Warn that ``labels`` and ``stance``, which are not a scoring's, are profiled, though
    ``scored`` holds the predictions of scorings with the prefixes ``scorings``: a labelled
    frame scored with ``prefix="pred_"`` profiled its gold columns without a word. A warning,
    not a refusal: a profile of the gold labels is a fair thing to ask for (``prefix=""``)."""
    from .exceptions import warn

    named = (f"prefix={quoted(scorings[0])}" if len(scorings) == 1
             else "the prefix, one of " + quoted_list(scorings))
    warn(f"profiling the columns 'labels' and 'stance', which stance.score did not write (gold labels, by their "
         f"look), though scored holds its predictions under a prefix: pass {named} to profile the predictions, "
         f"or prefix='' to profile the gold columns")


# The column pandas names an index written without a name ("Unnamed: 0"): no group of a profile.
_UNNAMED_COLUMN = re.compile(r"Unnamed: \d+")


def refuse_targets_in_a_column(table: pd.DataFrame, name: str, use: str) -> None:
    """Refuse a profile whose targets are a column while its index has none, or whose groups
    are a column while its index repeats its targets, ``name`` the argument that gave it and
    ``use`` what the caller does with its rows ("drawn"): one read back from a file without
    ``index_col`` (or after ``reset_index()``) was drawn with its row numbers as targets, and
    compared with another row by row, unwarned; a grouped one read with its groups alone as
    the index (``index_col=0``) or its targets alone (``index_col="target"``) failed inside
    pandas, or was drawn with each target once a group, its groups unread. Told the index to
    give: its groups (the columns that are neither the profile's values nor its targets, after
    any named index levels) and ``target``. :func:`stance.plot_profile`,
    :func:`stance.plot_trend` and :func:`compare_profiles` refuse alike.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"speaker": ["A"], "target": ["unity"], "n": [1]})
    >>> refuse_targets_in_a_column(frame, "profile", "drawn")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: profile has its targets in a column, not its index (read back from a \
file without index_col, or after reset_index()), so its rows would be drawn by their row numbers: read it with \
pd.read_csv(path, index_col=['speaker', 'target']), or pass profile.set_index(['speaker', 'target'])
    >>> refuse_targets_in_a_column(frame.set_index("target").loc[["unity", "unity"]], "profile", "drawn")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: profile has its targets in its index and its groups in a column, \
'speaker' (read back from a file whose index_col gave 'target' alone, or after reset_index('speaker')), so its \
index repeats each target, once a group, and its rows cannot be drawn by group: read it with \
pd.read_csv(path, index_col=['speaker', 'target']), or pass profile.reset_index().set_index(['speaker', 'target'])
    """
    from .exceptions import InvalidInputError, and_listed

    index = table.index
    named = [level for level in index.names if level is not None]
    groups = [column for column in table.columns if column not in (*PROFILE_COLUMNS, "target")
              and not (isinstance(column, str) and _UNNAMED_COLUMN.fullmatch(column))]
    if "target" in index.names:
        # A review of 2a86129: read with index_col="target" (or after reset_index("party")), a
        # grouped profile's targets repeat in its index, its groups beside them: compare_profiles
        # failed inside pandas ("cannot reindex on an axis with duplicate labels") and plot_profile
        # drew each target once a group, the groups unread. A profile's index never repeats, and
        # a column beside a repeating one is its groups (or, of several, one of them).
        if not (index.has_duplicates and groups):
            return
        keys, pick = _index_to_give(groups, named)
        column, reset = ((quoted(groups[0]), quoted(groups[0])) if len(groups) == 1
                         else (f"one of {quoted_list(groups, len(groups))}", "level=0"))
        raise InvalidInputError(
            f"{name} has its targets in its index and its groups in a column, {column} (read back from a file "
            f"whose index_col gave {and_listed(named)} alone, or after reset_index({reset})), so its index repeats "
            f"each target, once a group, and its rows cannot be {use} by group: read it with "
            f"pd.read_csv(path, index_col={keys}), or pass {name}.reset_index().set_index({keys}){pick}")
    if "target" not in table.columns:
        return
    if named:  # groups read as the index (read_csv's index_col=0), or the targets under another name
        pd = forksafe.imported("pandas")
        numbered = index.nlevels == 1 and index.name is None and pd.api.types.is_integer_dtype(index.dtype)
        keys = quoted_list([*named, "target"], len(named) + 1)
        # A review: an index of the targets named otherwise ("topic"), beside a column named
        # target the user added, was told to make its groups of that index: say that way too,
        # but not of an index that repeats, which holds no profile's targets (a second review).
        pick = (f"; or, where its index holds the targets, drop that column and name the index target: "
                f"{name}.drop(columns='target').rename_axis('target')"
                if len(named) == 1 and not numbered and not index.has_duplicates else "")
        # Not "without index_col": it was read with one (a review of 2a86129), of the groups alone.
        raise InvalidInputError(
            f"{name} has its targets in a column, not its index (read back from a file whose index_col gave "
            f"{and_listed(named)} alone, or after reset_index('target')), so its rows cannot be {use} by target: "
            f"read it with pd.read_csv(path, index_col={keys}), or pass {name}.reset_index().set_index({keys}){pick}")
    keys, pick = _index_to_give(groups, ["target"])
    raise InvalidInputError(f"{name} has its targets in a column, not its index (read back from a file without "
                            f"index_col, or after reset_index()), so its rows would be {use} by their row "
                            f"numbers: read it with pd.read_csv(path, index_col={keys}), or pass "
                            f"{name}.set_index({keys}){pick}")


def _index_to_give(groups: list[Any], levels: list[Any]) -> tuple[str, str]:
    """The index that a profile read back without its own is told to be given, its groups'
    column (of ``groups``, the columns beside its values) before ``levels``, those it has or
    ``target``; and, of several ``groups``, which the frame cannot tell apart (an added column
    may be any, a review), the words that say to pick one.

    >>> _index_to_give(["speaker", "party"], ["target"])
    ("['GROUP', 'target']", ", GROUP the column of groups, one of ['speaker', 'party']")
    """
    if len(groups) > 1:
        return (quoted_list(["GROUP", *levels], len(levels) + 1),
                f", GROUP the column of groups, one of {quoted_list(groups, len(groups))}")
    return quoted_list([*groups, *levels], len(groups) + len(levels)), ""


CHANGE_COLUMNS = ("n_before", "n_after", "position_before", "position_after", "change", "change_low",
                  "change_high")


def refuse_repeated_rows(table: pd.DataFrame, name: str, use: str) -> None:
    """Refuse a profile that holds a row twice: a target twice (of one group, when grouped),
    as ``pd.concat([p2023, p2024])`` of two profiles makes, ``name`` the argument that gave it
    and ``use`` what the caller does with its rows ("drawn"). :func:`compare_profiles` failed
    inside pandas on it ("cannot reindex on an axis with duplicate labels"), a grouped plot
    too, and :func:`stance.plot_profile` drew each such target twice, unwarned. Told how to
    keep the profiles apart as groups: ``keys=`` of ``pd.concat``.

    >>> import pandas as pd
    >>> one = pd.DataFrame({"n": [4]}, index=pd.Index(["unity"], name="target"))
    >>> refuse_repeated_rows(pd.concat([one, one]), "before", "paired")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: before holds the row of 'unity' 2 times, where a profile holds each \
target once (two profiles concatenated, by their look), so its rows cannot be paired: take each profile on its \
own, or keep them apart as groups, pd.concat([p1, p2], keys=['2023', '2024'], names=['year']), and take one \
with before.xs('2023')
    """
    from .exceptions import InvalidInputError

    repeated = table.index[table.index.duplicated()]
    if repeated.empty:
        return
    first = repeated[0]
    times = sum(_same_key(key, first) for key in table.index)
    if table.index.nlevels == 1:
        row = _value_shown(first)
    else:
        group = ", ".join(_value_shown(value) if level is None else f"{level}={_value_shown(value)}"
                          for level, value in zip(table.index.names[:-1], first[:-1]))
        row = f"{_value_shown(first[-1])} in group {group}"
    grouped = " a group" if table.index.nlevels > 1 else ""
    others = len(set(repeated)) - 1
    more = f", and {others} more row{'s' * (others > 1)} so" if others else ""
    raise InvalidInputError(
        f"{name} holds the row of {row} {times} times{more}, where a profile holds each target once{grouped} (two "
        f"profiles concatenated, by their look), so its rows cannot be {use}: take each profile on its own, or keep "
        f"them apart as groups, pd.concat([p1, p2], keys=['2023', '2024'], names=['year']), and take one with "
        f"{name}.xs('2023')")


def _same_key(a: Any, b: Any) -> bool:
    """Whether two index keys (a target, or a tuple of groups and a target) are one: NaN is its
    own twin, where == never holds for it (and pandas 2.0's isin finds no NaN in an object index).

    >>> _same_key(("A", float("nan")), ("A", float("nan"))), _same_key("unity", "gas")
    (True, False)
    """
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same_key(x, y) for x, y in zip(a, b))
    return bool(a == b) or (a != a and b != b)


def _value_shown(value: Any) -> str:
    """A target or group value as a reader writes it: a text quoted, a number, a date or a
    month as printed ("2023", "2023-01-01", "2023-01"), not numpy's or pandas' repr
    ("np.int64(2023)", "Timestamp('2023-01-01 00:00:00')").

    >>> import numpy as np, pandas as pd
    >>> [_value_shown(v) for v in ("A", np.int64(2023), pd.Timestamp("2023-01-01"), pd.Period("2023-01", "M"))]
    ["'A'", '2023', '2023-01-01', '2023-01']
    """
    if isinstance(value, str):
        return quoted(value)
    if hasattr(value, "item") and not hasattr(value, "strftime"):  # a numpy scalar
        value = value.item()
    if hasattr(value, "normalize") and hasattr(value, "strftime") and value == value.normalize():
        return value.strftime("%Y-%m-%d")  # a Timestamp at midnight: its date
    return str(value)


def compare_profiles(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The change of each position from the profile ``before`` to the profile ``after`` (two
    years, say, or two parties), for each target in both.

    ``before`` and ``after`` are outputs of :func:`profile`, both of one group or both
    grouped by the same columns (a speaker is then compared with himself, target by
    target). One row per target (per group and target) in both, in ``before``'s order: a
    target only one profile has is left out (``after.index.difference(before.index)`` lists
    those of ``after``), and so is a group only one has, with a warning naming such groups and
    which profile held them. Two groups of one grouped profile, such as two months
    (``pm.loc[[1]]`` and ``pm.loc[[4]]`` of ``pm = profile(scored, by="month")``), are still
    grouped and share no group: to compare one with the other, take each on its own,
    ``compare_profiles(pm.xs(1), pm.xs(4))``. Profiles with no row in common give an empty
    frame, with a warning saying why (no group, or no target, in both; groups written alike
    but of two types, '2014' the text and 2014 the number, are named so). ``n_before`` and
    ``n_after`` are the statements on it in each, ``position_before`` and ``position_after``
    the positions, ``change`` their difference
    (after minus before, in log-odds: positive is a move towards favour), and
    ``change_low``/``change_high`` its 95% interval, ``change ± z * sqrt(se_before² +
    se_after²)`` (z as above) with each standard error ``sqrt(1/(favor + 0.5) + 1/(against + 0.5))`` as
    :func:`profile` has it. A position that is NaN (no favor and no against counted) gives
    a change and an interval that are NaN: no change was measured. An interval that leaves
    out 0 is a change beyond what chance would make of that many statements, under the same
    assumptions as a profile's: each statement an independent draw (statements of one speech
    are not, and the interval is then too narrow) and the model's stances taken as true (it errs; see :func:`profile`).
    A profile whose targets are a column, not its index (read back from a file without
    ``index_col``, or after ``reset_index()``), or whose groups are a column beside an index
    that repeats its targets (a grouped one read with ``index_col="target"``), is refused,
    naming the argument and the index to give, as :func:`stance.plot_profile` refuses it: such
    rows were paired by row number, or failed inside pandas.

    >>> import pandas as pd
    >>> from stance import compare_profiles, profile
    >>> before = profile(pd.DataFrame({"labels": ["gas"] * 4, "stance": ["favor"] * 3 + ["against"]}))
    >>> after = profile(pd.DataFrame({"labels": ["gas"] * 4, "stance": ["favor"] + ["against"] * 3}))
    >>> compare_profiles(before, after)[["n_before", "n_after", "change", "change_low", "change_high"]].round(2)
            n_before  n_after  change  change_low  change_high
    target
    gas            4        4   -1.69        -4.4         1.01
    """
    pd = forksafe.imported("pandas")

    from .exceptions import InvalidInputError, InvalidTypeError, type_name

    before, after = profile_as_pandas(before, "before"), profile_as_pandas(after, "after")
    for name, table in (("before", before), ("after", after)):
        if not isinstance(table, pd.DataFrame):
            hint = " (a document's profile is doc.profile)" if _is_document(table) else ""
            raise InvalidTypeError(f"{name} must be the DataFrame stance.profile() returns, got "
                                   f"{type_name(table)}{hint}")
        missing = [c for c in PROFILE_COLUMNS if c not in table.columns]
        if missing:
            raise InvalidInputError(f"{name} has no column(s) {missing}: compare the outputs of stance.profile()")
        # Read back without index_col, two profiles were paired row by row, target with
        # whichever target shared its row number, into a change that looked right.
        refuse_targets_in_a_column(table, name, "paired with the other profile's")
        refuse_repeated_rows(table, name, "paired with the other profile's")
    if list(before.index.names) != list(after.index.names):
        raise InvalidInputError(
            f"before is indexed by {list(before.index.names)} and after by {list(after.index.names)}: compare "
            f"profiles grouped by the same columns (or none), or take one group of a grouped profile with "
            f"profile.xs(name, level=0)")
    both = before.index[before.index.isin(after.index)]
    if both.empty and not before.empty and not after.empty:
        _warn_of_nothing_in_both(before, after)
    elif not before.empty and not after.empty:
        _warn_of_groups_in_one(before, after)
    old, new = before.loc[both], after.loc[both]
    # A position of no favor and no against counted is none, NaN as profile gives it, so is a
    # change from or to it: a profile written by an earlier version, or by hand, held 0.0.
    old_position, new_position = (table["position"].where(_measured(table["favor"], table["against"]))
                                  for table in (old, new))
    change = new_position - old_position
    spread = Z_95 * (_variance(old) + _variance(new)) ** 0.5
    return pd.DataFrame(dict(zip(CHANGE_COLUMNS, (old["n"], new["n"], old_position, new_position, change,
                                                  change - spread, change + spread))), index=both)


def _leave_out_unscored(scored: pd.DataFrame, labels_column: str, statements: list[bool]) -> None:
    """Mark the rows without labels (a missing cell) as no statements, with a warning.

    :func:`stance.score` gives every row labels, the off-topic one to a row of no text, so a
    row without is one it never scored: a left join of scored rows back onto the data (the
    English posts only, say) adds them. Counted, they were statements taking no position
    and every share fell without a word; refused, the join would need undoing to profile.
    A gold column's row without labels is unlabelled, as :func:`stance.evaluate` reads it.

    >>> import pandas as pd, warnings
    >>> statements = [True, True, False]
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _leave_out_unscored(pd.DataFrame({"labels": ["unity", None, "none"]}), "labels", statements)
    >>> statements, str(caught[0].message).split(" (")[0]
    ([True, False, False], 'row 1 has no labels')
    """
    from .data import _have
    from .names import is_missing, row_names

    unscored = [i for i, value in enumerate(scored[labels_column].tolist()) if statements[i] and is_missing(value)]
    if not unscored:
        return
    for i in unscored:
        statements[i] = False
    from .exceptions import warn

    one = len(unscored) == 1
    them = "it" if one else "them"
    warn(f"{row_names(scored.index, unscored, limit=3)} {_have(unscored)} no labels (a missing "
         f"{quoted(labels_column)} cell: not scored, as the rows a left join adds), so "
         f"{'it is' if one else 'they are'} left out of the profile and its shares; drop {them} first "
         f"(scored.dropna(subset=[{labels_column!r}])), or score {them} to count {them}")


def _warn_of_nothing_in_both(before: pd.DataFrame, after: pd.DataFrame) -> None:
    """Say why two profiles, neither empty, have no row in common: grouped, they share no
    group (two months of one profile, ``pm.loc[[1]]`` and ``pm.loc[[4]]``, are compared
    month with month, and month 1 is not month 4), which ``profile.xs(1)`` answers; or
    they share no target. The empty change is right, but it read as no change at all."""
    from .exceptions import warn

    if before.index.nlevels > 1:
        groups = [list(dict.fromkeys(table.index.droplevel(-1).tolist())) for table in (before, after)]
        if not set(groups[0]) & set(groups[1]):
            names = [str(name) for name in before.index.names[:-1]]
            key = names[0] if len(names) == 1 else f"({', '.join(names)})"
            held = [f"{key}={_either(values)}" for values in groups]
            alike = _alike_but_for_type(groups[0], groups[1]) if len(names) == 1 else None
            if alike:
                first, second = alike
                warn(f"before and after share no group: before holds {held[0]} and after {held[1]}, and "
                     f"{quoted(first)} ({_kind(first)}) is not {quoted(second)} ({_kind(second)}): the groups' types "
                     f"differ, so there is no change to give; make them alike before profiling (a column of text, "
                     f"scored.astype({{{before.index.names[0]!r}: str}}), for both), or compare one "
                     f"group with another each on its own")
                return
            warn(f"before and after share no group: before holds {held[0]} and after {held[1]}, and grouped "
                 f"profiles are compared group by group (a speaker with himself), so there is no change to give; "
                 f"to compare one group with another, take each on its own: "
                 f"compare_profiles(profile.xs({quoted(groups[0][0])}), profile.xs({quoted(groups[1][0])}))")
            return
    from .exceptions import quoted_list

    targets = [list(dict.fromkeys(table.index.get_level_values(-1).tolist())) for table in (before, after)]
    warn(f"no target is in both profiles{' in a group of both' if before.index.nlevels > 1 else ''} (before: "
         f"{quoted_list(targets[0])}, after: {quoted_list(targets[1])}), so there is no change to give")


def _warn_of_groups_in_one(before: pd.DataFrame, after: pd.DataFrame) -> None:
    """Name the groups that one of two grouped profiles holds and the other does not, in one
    warning: they are left out of the change, which was done without a word, so a change of
    "every speaker" missed the speakers of one year alone (when no group is in both,
    :func:`_warn_of_nothing_in_both` says so instead).

    >>> import pandas as pd, warnings
    >>> index = pd.MultiIndex.from_tuples([(1, "gas"), (2, "gas")], names=["month", "target"])
    >>> a = pd.DataFrame({"n": [1, 1]}, index=index)
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_groups_in_one(a, a.iloc[1:])
    >>> str(caught[0].message).split(":")[0]
    'compare_profiles left out month=1, which before alone holds'
    """
    if before.index.nlevels < 2:
        return
    groups = [list(dict.fromkeys(table.index.droplevel(-1).tolist())) for table in (before, after)]
    alone = [[group for group in mine if group not in set(theirs)]
             for mine, theirs in ((groups[0], groups[1]), (groups[1], groups[0]))]
    if not any(alone):
        return
    from .exceptions import warn

    names = [str(name) for name in before.index.names[:-1]]
    key = names[0] if len(names) == 1 else f"({', '.join(names)})"
    told = [f"{key}={_each(values)}, which {side} alone holds"
            for values, side in zip(alone, ("before", "after")) if values]
    warn(f"compare_profiles left out {', and '.join(told)}: grouped profiles are compared group by group "
         f"(a speaker with himself), so a group of one profile alone has no change to give")


def _alike_but_for_type(before: list[Any], after: list[Any]) -> tuple[Any, Any] | None:
    """A group of ``before`` and one of ``after`` written alike but of different types ('2014'
    the text and 2014 the number, a year read from two files), or None.

    >>> _alike_but_for_type(["2014", "2015"], [2015]), _alike_but_for_type([2014], [2015])
    (('2015', 2015), None)
    """
    written = {str(value): value for value in after}
    return next(((value, written[str(value)]) for value in before if str(value) in written), None)


def _kind(value: Any) -> str:
    """A group value's type as a message names it: text, a number, or the type's name."""
    from .exceptions import is_number, type_name

    return "text" if isinstance(value, str) else "a number" if is_number(value) else type_name(value)


def _each(values: list[Any]) -> str:
    """Group values as a message gives them when it means each of them: ``1 and 2``.

    >>> _each([4, 7]), _each([1, 2, 3, 4, 5])
    ('4 and 7', '1, 2, 3 and 2 more')
    """
    return " and ".join(quoted(v) for v in values) if len(values) <= 2 else _either(values)


def _either(values: list[Any]) -> str:
    """Group values as a message gives them: ``1 or 2``, the first few of many.

    >>> _either([1]), _either(["a", "b"]), _either([1, 2, 3, 4, 5])
    ('1', "'a' or 'b'", '1, 2, 3 and 2 more')
    """
    if len(values) <= 2:
        return " or ".join(quoted(v) for v in values)
    return ", ".join(quoted(v) for v in values[:3]) + (f" and {len(values) - 3} more" if len(values) > 3 else "")


def _variance(table: pd.DataFrame) -> pd.Series:
    """The variance of each of a profile's positions (the square of its standard error)."""
    return 1.0 / (table["favor"] + 0.5) + 1.0 / (table["against"] + 0.5)


def _spelt_as_directions(stances: list[Any], favor: Directions, against: Directions) -> list[Any]:
    """``stances`` with each value that is one of ``favor`` or ``against`` by name, however
    written ("Dafür", or decomposed), spelt as the first of its side, so that a column joining
    spellings, or several values of one side, counts them all.

    >>> spelt = _spelt_as_directions(["dafu\u0308r", "dagegen", "pro", None], ("dafür", "pro"), ("dagegen",))
    >>> spelt == ["dafür", "dagegen", "dafür", None]
    True
    """
    from .names import name_key

    wanted = {name_key(value): side[0] for side in (favor, against) for value in side}
    spelling = {v: wanted[name_key(v)] for v in set(stances) if isinstance(v, str) and name_key(v) in wanted}
    return [spelling.get(v, v) if isinstance(v, str) else v for v in stances]


def _groups(scored: pd.DataFrame, keys: list[str]) -> list[tuple[tuple[Any, ...], Any]]:
    """The rows (positions) of each group of ``keys``, in the order of their values; in the
    order they first appear when the values have no order (documents named 3, "3" and
    ("t", 1)). A group is a tuple of one value per key, even when a value is itself a tuple
    (a document named by a MultiIndex row); without keys, all the rows are one group."""
    if not keys:
        return [((), range(len(scored)))]
    scored, names = _in_natural_order(_blank_as_missing(scored, keys), keys)
    grouper = keys if len(keys) > 1 else keys[0]
    # observed: a categorical key's categories that no row has are no group (and pandas 2.1
    # to 2.3 warn of the changing default, which the test suite makes an error)
    try:
        found = scored.groupby(grouper, sort=True, dropna=False, observed=True).indices
    except TypeError:
        found = scored.groupby(grouper, sort=False, dropna=False, observed=True).indices
    groups = [(group if len(keys) > 1 else (group,), positions) for group, positions in found.items()]
    return [(_named(group, names), positions) for group, positions in groups + _groups_left_out(scored, keys, found)]


def _in_natural_order(scored: pd.DataFrame, keys: list[str]) -> tuple[pd.DataFrame, dict[int, list[str]]]:
    """``scored`` with each key of text replaced by its values' ranks in the order a reader
    counts, the numbers in a name taken as numbers (sorted as text, "Speaker 10" came
    before "Speaker 2", in the profile and so in its plot's legend), and each such key's
    (by its place in ``keys``) values in that order, which :func:`_named` names the groups
    by. Ranks, not an ordered categorical: pandas' groupby drops a categorical key's
    missing values in some versions, and keeps a float key's NaN in all.

    >>> import pandas as pd
    >>> ranked, names = _in_natural_order(pd.DataFrame({"k": ["Speaker 10", "Speaker 2", None]}), ["k"])
    >>> ranked.k.tolist(), names
    ([1.0, 0.0, nan], {0: ['Speaker 2', 'Speaker 10']})
    """
    names = {}
    for k, key in enumerate(keys):
        column = scored[key]
        if not (column.dtype == object or is_text_dtype(column.dtype)):
            continue  # a categorical has its own order, and numbers and times are no text
        values = column.dropna().unique().tolist()
        if (ordered := mixed_time_order(key, values)) is not None:  # pandas cannot sort them
            names[k] = ordered
            scored = _replaced(scored, key, _ranks(column, ordered))
            continue
        texts = [value for value in values if isinstance(value, str)]
        numbers = [value for value in values if is_number(value)]
        if not texts and all(is_number(value) or isinstance(value, bool) for value in values):
            # pandas' groupby leaves an object column of numbers or bools with a gap unsorted (a
            # JSON Lines file's true/null/false: True, "(missing)", False), where evaluate's by= sorts them.
            names[k] = sorted(values)
            scored = _replaced(scored, key, _ranks(column, names[k]))
            continue
        if not texts or len(texts) + len(numbers) < len(values):
            continue  # no text, or values of other kinds (tuples, times), which pandas orders
        # A review: names beside numbers (documents 1, 2 and "intro") sorted so before, and
        # were warned of for nothing; text of a number beside numbers is the files' mix-up.
        numbers_in_text = bool(numbers) and any(_number_in(text) is not None for text in texts)
        if numbers_in_text:
            _warn_of_text_and_numbers(key, texts, numbers)
        names[k] = sorted(values, key=_mixed_natural_key if numbers_in_text else _natural_or_number_key)
        scored = _replaced(scored, key, _ranks(column, names[k]))
    return scored, names


def is_text_dtype(dtype: Any) -> bool:
    """Whether ``dtype`` is one of pandas' dtypes of text: ``StringDtype`` (``"string"``, and
    pandas 3's ``str``), or Arrow's strings (``pd.ArrowDtype(pa.string())``, ``large_string``,
    ``string_view``), which a frame of Arrow dtypes holds: not a StringDtype, they were
    grouped as pandas sorts text ("10" before "2") and their level came back plain str.

    >>> import pandas as pd
    >>> is_text_dtype(pd.StringDtype()), is_text_dtype(pd.Series([1]).dtype)
    (True, False)
    """
    pd = forksafe.imported("pandas")

    if isinstance(dtype, pd.StringDtype):
        return True
    return isinstance(dtype, pd.ArrowDtype) and str(dtype.pyarrow_dtype) in ("string", "large_string", "string_view")


def _ranks(column: pd.Series, ordered: list[Any]) -> Any:
    """The place of each value of ``column`` in ``ordered`` (its distinct values), as floats,
    a missing value's NaN, which sorts last."""
    pd = forksafe.imported("pandas")

    # object categories: pandas 3 would make them an Arrow string index, which refuses a
    # lone surrogate ("M\udce9nard", a name a file not in UTF-8 kept as its byte)
    categories = pd.Index(ordered, dtype=object)
    ranks = pd.Categorical(column.astype(object), categories=categories).codes.astype(float)
    ranks[ranks < 0] = float("nan")
    return ranks


def _replaced(scored: pd.DataFrame, key: Any, values: Any) -> pd.DataFrame:
    """``scored`` with column ``key`` replaced by ``values``, the caller's frame left as it was.
    Not ``assign(**{key: values})``: keywords must be strings, and a column read from a file
    without a header is named 0, 1, ...

    >>> import pandas as pd
    >>> frame = pd.DataFrame({1: ["a", "b"]})
    >>> _replaced(frame, 1, [0, 1])[1].tolist(), frame[1].tolist()
    ([0, 1], ['a', 'b'])
    """
    scored = scored.copy(deep=False)  # the new column is the copy's alone
    scored[key] = values
    return scored


def _natural_or_number_key(value: str | float) -> tuple[list[Any], int, str]:
    """:func:`natural_key` of a text value, and of a number the key of a text of one number
    (2024 sorts as "2024" does), each number before the text written alike.

    >>> sorted(["Speaker 10", 2, "intro", 1, "Speaker 2"], key=_natural_or_number_key)
    [1, 2, 'Speaker 2', 'Speaker 10', 'intro']
    """
    if isinstance(value, str):
        parts, name = natural_key(value)
        return parts, 1, name
    return ["", value, ""], 0, repr(value)


def _mixed_natural_key(value: str | float) -> tuple[list[Any], int, str]:
    """:func:`_natural_or_number_key`, but a text that is one number, a decimal or negative
    one too, sorts as that number: a column of years or scores of which one file gave some
    as text is in order ("2.7" after 2.5, "-3" before 0), each number before its text.

    >>> sorted(["2025", 2024, "Q", "2023", -1, "2024"], key=_mixed_natural_key)
    [-1, '2023', 2024, '2024', '2025', 'Q']
    >>> sorted([2.5, "2.7", 3, "2.1", "-3", 0], key=_mixed_natural_key)
    ['-3', 0, '2.1', 2.5, '2.7', 3]
    """
    if isinstance(value, str) and (number := _number_in(value)) is not None:
        return ["", number, ""], 1, value
    return _natural_or_number_key(value)


def _number_in(text: str) -> float | None:
    """The finite number ``text`` writes alone ("2024", " -3", "2.7", "1e3"), else None.

    >>> _number_in(" 2.7"), _number_in("-3"), _number_in("Q1"), _number_in("nan"), _number_in("1_000")
    (2.7, -3.0, None, None, None)
    """
    import math

    if "_" in text:  # float() reads "1_000" as a thousand: no one writes a year so
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _warn_of_text_and_numbers(key: Any, texts: list[str], numbers: list[Any]) -> None:
    """Warn that the ``by`` column ``key`` holds both text and numbers: a year that one file
    gives as text ("2024") and another as a number (2024) is two groups, and sorted by pandas
    the numbers came before all the text, so plot_trend drew such years out of time order."""
    from .exceptions import warn

    written = {str(value): value for value in numbers}
    alike = next((text for text in texts if text.strip() in written), None)
    pair = (f"{quoted(alike)} and {quoted(written[alike.strip()])} are two groups" if alike is not None
            else "a text and a number written alike would be two groups")
    warn(f"by={quoted(key)} holds both text {quoted_list(texts)} and numbers {quoted_list(numbers)}, as a year "
         f"one file gives as text and another as a number: the groups are sorted with text of a number as that "
         f"number, but {pair}; make the column one type before profiling "
         f"(scored.astype({{{key!r}: str}}), or pd.to_numeric(scored[{key!r}]))")


def _named(group: tuple[Any, ...], names: dict[int, list[str]]) -> tuple[Any, ...]:
    """``group`` with each rank that :func:`_in_natural_order` gave a value as that value
    (a missing one, NaN, stays so)."""
    return tuple(names[k][int(value)] if k in names and value == value else value for k, value in enumerate(group))


def natural_key(name: str) -> tuple[list[Any], str]:
    """A key that sorts ``name`` among others as a reader counts: each run of digits as its
    number ("Speaker 2" before "Speaker 10"), the rest as text; among names of one key
    ("a01", "a1"), as text.

    >>> sorted(["Speaker 10", "Speaker 2", "Speaker 1b", "Q"], key=natural_key)
    ['Q', 'Speaker 1b', 'Speaker 2', 'Speaker 10']
    """
    # re.split with a group alternates text and digits, text first: like parts meet like.
    parts = re.split(r"(\d+)", name)
    return [int(part) if i % 2 else part for i, part in enumerate(parts)], name


def _blank_as_missing(scored: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``scored`` with the blank cells of ``keys`` missing, so that they sort where missing
    ones do, last: a blank cell sorts before every name, and the "(missing)" group they
    share landed first or last depending on which kind its rows held. A categorical key
    keeps its categories' order.

    >>> import pandas as pd
    >>> _blank_as_missing(pd.DataFrame({"k": ["a", " ", None]}), ["k"]).k.isna().tolist()
    [False, True, True]
    """
    import numpy as np

    from .group_values import is_missing_group

    for key in keys:
        column = scored[key]
        if column.dtype.kind in "biufcmM":  # numbers and times are never blank text
            continue
        blank = np.fromiter((isinstance(v, str) and is_missing_group(v) for v in column.tolist()), bool, len(column))
        if blank.any():
            scored = _replaced(scored, key, column.mask(blank))
    return scored


def _named_as_written(groups: list[tuple[tuple[Any, ...], Any]], keys: list[str]) -> list[tuple[tuple[Any, ...], Any]]:
    """``groups`` (of the columns ``keys``) named as :func:`stance.evaluate` names its groups:
    each key's whole-number floats as ints (a year column with gaps is float to pandas: 2014,
    not 2014.0), and its missing or blank values as one group, ``"(missing)"``, where the
    last of them sorted (missing values sort last).

    >>> _named_as_written([((2014.0, "a"), [0]), ((2015.0, " "), [2]), ((float("nan"), "b"), [1])], ["y", "k"])
    [((2014, 'a'), [0]), ((2015, '(missing)'), [2]), (('(missing)', 'b'), [1])]
    """
    from .group_values import (
        MISSING_GROUP,
        is_missing_group,
        refuse_missing_group_clash,
        warn_of_twins,
        whole_numbers_as_ints,
    )

    if not groups:
        return groups
    columns = [whole_numbers_as_ints([group[k] for group, _ in groups]) for k in range(len(keys))]
    for key, column in zip(keys, columns):
        refuse_missing_group_clash(column, f"by={quoted(key)}")
        warn_of_twins(column, f"by={quoted(key)}")  # as stance.evaluate warns of them
    named: dict[tuple[Any, ...], list[Any]] = {}
    last: dict[tuple[Any, ...], int] = {}
    for i, (_, positions) in enumerate(groups):
        name = tuple(MISSING_GROUP if is_missing_group(column[i]) else column[i] for column in columns)
        named.setdefault(name, []).append(positions)
        last[name] = i
    return [(name, parts[0] if len(parts) == 1 else sorted(int(p) for part in parts for p in part))
            for name, parts in sorted(named.items(), key=lambda item: last[item[0]])]


def _index_of(rows: list[tuple[Any, ...]], names: list[str]) -> pd.Index:
    """The index of a profile's ``rows`` (a group's values, then the target), a MultiIndex
    named ``names`` or, of the target alone, a plain one. A level whose names hold a lone
    surrogate (a speaker "M\\udce9nard" of a file not in UTF-8, a loaded model's label) is of
    Python strings (object), as pandas 2 makes it: pandas 3 would make it an Arrow string
    array, which refuses one; the other levels are as pandas makes them.

    >>> _index_of([("M\\udce9nard", "unity")], ["speaker", "target"]).get_level_values(0).tolist()
    ['M\\udce9nard']
    >>> _index_of([("unity",), ("none",)], ["target"]).tolist()
    ['unity', 'none']
    """
    pd = forksafe.imported("pandas")

    from .text import holds_lone_surrogate

    levels = [[row[k] for row in rows] for k in range(len(names))]
    indexes = [pd.Index(level, dtype=object if holds_lone_surrogate(level) else None, name=name, tupleize_cols=False)
               for level, name in zip(levels, names)]
    return indexes[0] if len(indexes) == 1 else pd.MultiIndex.from_arrays(indexes, names=names)


def _empty_index(scored: pd.DataFrame, keys: list[str]) -> pd.Index:
    """The index of a profile of no statements, each level in the dtype one of some statements
    has: the targets as text, a group level as its column's where :func:`_kept_dtypes` keeps
    it, else as text too, unless the column holds other values than text (numbers as object).
    Built from no values, every level was object (a RangeIndex of the target alone), so
    ``compare_profiles(empty, profile)`` was indexed otherwise than ``compare_profiles(profile, empty)``.

    >>> import pandas as pd
    >>> index = _empty_index(pd.DataFrame({"party": pd.Series([], dtype=object)}), ["party"])
    >>> [str(level.dtype) == str(pd.Index(["text"]).dtype) for level in index.levels], list(index.names)
    ([True, True], ['party', 'target'])
    """
    pd = forksafe.imported("pandas")

    index = _kept_dtypes(_index_of([], [*keys, "target"]), scored, keys)
    levels = [index.get_level_values(k) for k in range(index.nlevels)]
    text = pd.Index(["text"]).dtype  # what pandas makes of names: object before pandas 3, str since
    columns = [scored[key] for key in keys] + [None]  # the target's level is of no column
    levels = [level.astype(_level_dtype(column, text)) if level.dtype == object else level
              for level, column in zip(levels, columns)]
    return levels[0] if len(levels) == 1 else pd.MultiIndex.from_arrays(levels, names=index.names)


def _level_dtype(column: pd.Series | None, text: Any) -> Any:
    """The dtype a group level of ``column``'s values has in a profile of some statements:
    text for the targets (None); the dtype pandas gives an index of the column's values
    (int64 of ints held as object, period of Periods, str of text) where it holds any, as
    when every statement is off-topic; else the column's own (float64, period[M]), and text
    for an empty column of objects, whose values are most often names. A review of 84b830e:
    text was decided by the values alone, vacuously true of none, so an empty period or float
    column gave text and stacked with a profile of some as object."""
    pd = forksafe.imported("pandas")

    if column is None:
        return text
    values = column.dropna()
    if len(values):
        try:
            return pd.Index(values.unique().tolist()).dtype  # inferred: an object array stays object
        except (TypeError, ValueError):  # values no index holds alike
            return object
    return text if column.dtype == object else column.dtype


def _kept_dtypes(index: pd.Index, scored: pd.DataFrame, keys: list[str]) -> pd.Index:
    """``index`` with each group level in the dtype of its column of ``scored`` where
    :func:`_in_dtype_of` keeps it: made of tuples, a categorical level was plain text, and
    lost the order of its categories (which ``sort_index`` and ``unstack`` follow)."""
    pd = forksafe.imported("pandas")

    if not keys:
        return index
    # By place: pandas reads a level given as a number as a name first, so a key named 1 (a
    # column read without a header) was taken for level 1, the targets, which it replaced.
    numbered = index.set_names(list(range(index.nlevels)))
    levels = [numbered.get_level_values(level) for level in range(index.nlevels)]
    kept = [_in_dtype_of(levels[k].tolist(), scored[key]) for k, key in enumerate(keys)]
    if all(level is None for level in kept):
        return index
    return pd.MultiIndex.from_arrays([level if level is not None else levels[k] for k, level in enumerate(kept)]
                                     + levels[len(keys):], names=index.names)


def _in_dtype_of(groups: list[Any], column: pd.Series) -> pd.Index | None:
    """The group values ``groups`` of ``column`` as an index of the column's own dtype when
    it is categorical, a nullable integer, boolean or text one, or numpy's integers, booleans
    and times of any width and unit (``uint8``, ``datetime64[s]``), as pandas' ``groupby``
    gives them; else None (plain values, floats of whole numbers shown as ints, as they are).
    A categorical keeps all its categories, as ``groupby(observed=True)`` does, and gets
    ``"(missing)"`` as its last one when there is that group. A nullable dtype that cannot
    hold ``"(missing)"`` (``Int64`` with gaps) gives None.

    >>> import pandas as pd
    >>> column = pd.Series(pd.Categorical(["b", None], categories=["b", "a"], ordered=True))
    >>> kept = _in_dtype_of(["b", "(missing)"], column)
    >>> kept.categories.tolist(), kept.ordered
    (['b', 'a', '(missing)'], True)
    >>> _in_dtype_of([2, 10], pd.Series([10, 2], dtype="Int64")).dtype, _in_dtype_of([2, "(missing)"],
    ...     pd.Series([2, None], dtype="Int64"))
    (Int64Dtype(), None)
    >>> import numpy as np
    >>> days = pd.Series(np.array(["9999-12-31"], dtype="datetime64[s]"))
    >>> str(_in_dtype_of([pd.Timestamp("9999-12-31")], days).dtype)
    'datetime64[s]'
    """
    pd = forksafe.imported("pandas")

    from .group_values import MISSING_GROUP

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        if MISSING_GROUP in groups and MISSING_GROUP not in dtype.categories:
            dtype = pd.CategoricalDtype([*dtype.categories, MISSING_GROUP], ordered=dtype.ordered)
        kept = pd.Categorical(groups, dtype=dtype)
        # Every group a category (a float category shown as an int is one).
        return pd.CategoricalIndex(kept, name=column.name) if not kept.isna().any() else None
    nullable = isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iub"
    # numpy's ints, bools and times of any width or unit too: built from tuples, a uint8 level
    # came back int64 (pandas 3, of two keys), and a datetime64[s] one datetime64[ns], or
    # object for a date past 2262 such as 9999-12-31 (pandas 2).
    if nullable or is_text_dtype(dtype) or dtype.kind in "iubmM":
        try:
            return pd.Index(pd.array(groups, dtype=dtype), name=column.name)
        except (TypeError, ValueError):  # "(missing)" among ints, booleans or times
            return None
    return None


def _groups_left_out(scored: pd.DataFrame, keys: list[str], found: dict[Any, Any]) -> list[tuple[tuple[Any, ...], Any]]:
    """The groups of the rows in none of ``found``, last, where missing values sort: pandas'
    ``dropna=False`` keeps the rows with no value in a key, except in a categorical key
    (a Parquet file's dictionary-encoded column reads as one), where their statements were
    left out of the profile without a word."""
    import numpy as np

    if sum(len(positions) for positions in found.values()) == len(scored):
        return []
    placed = np.zeros(len(scored), dtype=bool)
    for positions in found.values():
        placed[positions] = True
    rest = np.flatnonzero(~placed)
    values = scored.iloc[rest][keys].astype(object)  # as plain values, whose missing ones pandas keeps
    left = values.groupby(keys if len(keys) > 1 else keys[0], sort=False, dropna=False).indices
    return [(group if len(keys) > 1 else (group,), rest[positions]) for group, positions in left.items()]


def _profile_rows(positions: Any, label_sets: list[tuple[str, ...]], stances: list[Any], none_label: str | None,
                  favor: str, against: str) -> list[tuple[str, list[Any]]]:
    """Each target's profile row over the statements at ``positions``, by share then
    position, descending; a target without a position (see :func:`_row`) after those of its
    share that have one; targets tied on both by name, so that the order is the counts', not
    the order of the rows (shuffled rows listed tied targets otherwise)."""
    counts: dict[str, list[int]] = {}
    for i in positions:
        targets = [t for t in label_sets[i] if t != none_label]
        for rank, target in enumerate(targets):
            row = counts.setdefault(target, [0, 0, 0])
            row[0] += 1
            if rank == 0:
                row[1] += stances[i] == favor
                row[2] += stances[i] == against
    total = len(positions)
    rows = [(target, _row(n, f, a, total)) for target, (n, f, a) in counts.items()]
    # NaN compares as neither more nor less, so it is keyed apart.
    return sorted(rows, key=lambda item: (-item[1][1], math.isnan(item[1][4]),
                                          0.0 if math.isnan(item[1][4]) else -item[1][4], item[0]))


def _flagged(flags: pd.Series, values: tuple[str, ...]) -> list[bool]:
    """Whether each row's flag is one of ``values``, a missing flag being none of them.

    Read cell by cell, not by ``eq``/``isin``: a nullable string column's <NA> (after
    ``convert_dtypes()``, or a scored table read back through R or arrow) compares as <NA>,
    whose truth pandas refuses, and pyarrow's ``isin`` refuses a column of nulls alone.

    >>> import pandas as pd
    >>> _flagged(pd.Series(["missing", None, "no_known_words"], dtype="string"), ("missing", "empty"))
    [True, False, False]
    """
    return [isinstance(flag, str) and flag in values for flag in flags.tolist()]


def _label_sets(column: pd.Series) -> list[tuple[str, ...]]:
    """Each row's labels, read as training and evaluation read a labels column: a gold
    column may hold lists (from JSONL), spaces around "|", or missing cells, which ``str``
    made targets of their own ("['unity']", " deterrence", "nan").

    A scored column holds a few distinct strings over many rows: each is parsed once (parsing
    every cell made a profile of 200,000 rows twice as slow as splitting them had).
    """
    from .label_cells import parse_label_set

    parsed: dict[str, tuple[str, ...]] = {}
    sets = []
    for value in column.tolist():
        if isinstance(value, str):
            labels = parsed.get(value)
            if labels is None:
                labels = parsed[value] = parse_label_set(value)
        else:
            labels = parse_label_set(value)
        sets.append(labels)
    return sets


def _stance_values(scored: pd.DataFrame, stance_column: str, prefix: str) -> set[str]:
    """The stance values ``scored`` names: in its stance column, and the model's, by the
    ``p_stance_<value>`` columns of :func:`stance.score` (which name the ones no statement got)."""
    values = {v for v in scored[stance_column].dropna().unique().tolist() if isinstance(v, str) and v.strip()}
    return values | set(_model_stance_values(scored, prefix))


def _model_stance_values(scored: pd.DataFrame, prefix: str) -> list[str]:
    """The model's stance values, named by the ``p_stance_<value>`` columns of :func:`stance.score`."""
    head = f"{prefix}p_stance_"
    return sorted(c[len(head):] for c in scored.columns if isinstance(c, str) and c.startswith(head))


Directions = tuple[str, ...]  # the stance values counted as one side, the first naming it


def given_directions(classes: list[str], favor: Any, against: Any) -> tuple[Directions | None, Directions | None]:
    """``favor`` and ``against`` (a value, or a list or tuple of them, each) as tuples of
    values (None when not given), refusing those that would count silently wrong: one value
    for both sides (each statement of it counted twice, the other value's not at all), or a
    name that is not one of the model's stance values ``classes`` (a typo: that direction
    would count nothing; not checked without them). :func:`profile` knows them from the
    ``p_stance_<value>`` columns of :func:`stance.score` (a gold column without them may lack
    a value no row has); :func:`stance.score_document` from its model.

    >>> given_directions([], ["favor", "pro"], "against")
    (('favor', 'pro'), ('against',))
    """
    from .document import refuse_given_directions
    from .exceptions import InvalidInputError, LabelTypeError, type_name
    from .names import name_key

    # A value each is checked (a number's spelling suggested) as score_document checks it.
    refuse_given_directions(classes, *(None if isinstance(v, (list, tuple)) else v for v in (favor, against)))
    given: dict[str, Directions | None] = {}
    for name, value in (("favor", favor), ("against", against)):
        if not isinstance(value, (list, tuple)):
            given[name] = None if value is None else (value,)
            continue
        if not value:
            raise InvalidInputError(f"{name}={quoted(value)} names no stance value; name one or more, or pass None")
        for item in value:
            if not isinstance(item, str):
                raise LabelTypeError(f"{name} must be a str or a list or tuple of str (stance values as the model "
                                     f"names them) or None, got {quoted(value)}, which holds {quoted(item)} "
                                     f"({type_name(item)})")
            refuse_given_directions(classes, *((item, None) if name == "favor" else (None, item)))
        # One value named twice ("favor" and "Favor") is one: its side was recorded "favor or favor".
        named: dict[str, str] = {}
        for item in value:
            named.setdefault(name_key(item), item)
        given[name] = tuple(named.values())
    both = sorted({name_key(v) for v in given["favor"] or ()} & {name_key(v) for v in given["against"] or ()})
    if both:
        shown = [v for v in given["favor"] or () if name_key(v) in both]
        raise InvalidInputError(f"favor and against both name {quoted_list(shown)}; a stance value counts for one "
                                f"side only" + (f" (the model's are {classes})" if classes else ""))
    return given["favor"], given["against"]


def _directions(values: set[str], favor: Directions | None, against: Directions | None
                ) -> tuple[Directions, Directions]:
    """The stance values counted as favour and as against: as given, else by their names,
    every value a side's name reads as (a column of "favor" and "pro" counts both as favour,
    the one named as the side first).

    A direction found by name leaves the other to its usual name when every value left
    over is neutral ("neutral", "query", …: no statement is against); with any other value
    left over, which one it is cannot be told, and favor= and against= are asked for.

    >>> _directions({"pro", "con", "neutral"}, None, None)
    (('pro',), ('con',))
    >>> _directions({"right", "left"}, ("right",), None)
    (('right',), ('left',))
    >>> _directions({"favor", "neutral"}, None, None)
    (('favor',), ('against',))
    >>> _directions({"pro", "favor", "against", "support"}, None, None)
    (('favor', 'pro', 'support'), ('against',))
    """
    from .document import AGAINST_WORDS, FAVOR_WORDS, NEUTRAL_WORDS, signed_directions
    from .names import name_key

    # One spelling of each name: a gold column may join "dafür" composed and decomposed.
    spelt = {name_key(v): v for v in sorted(values)}
    chosen: dict[str, Directions | None] = {
        d: None if given is None else tuple(spelt.get(name_key(v), v) for v in given)
        for d, given in (("favor", favor), ("against", against))}
    taken = {name_key(v) for given in chosen.values() for v in given or ()}
    for direction, words in (("favor", FAVOR_WORDS), ("against", AGAINST_WORDS)):
        if chosen[direction] is None:
            named = sorted((k for k in spelt if k in words and k not in taken), key=lambda k: (k != direction, k))
            chosen[direction] = tuple(spelt[k] for k in named) or None
    signs = signed_directions(spelt.values())
    if signs and chosen["favor"] is None and chosen["against"] is None:
        chosen["favor"], chosen["against"] = (signs[0],), (signs[1],)
    left = set(spelt) - {name_key(v) for given in chosen.values() for v in given or ()}
    unknown = [d for d, v in chosen.items() if v is None]
    if len(unknown) == 1 and len(left) == 1 and (favor or against):
        chosen[unknown[0]] = (spelt[left.pop()],)  # the other one of two, as stance_directions takes it
    elif unknown and any(k not in NEUTRAL_WORDS for k in left):
        from .exceptions import InvalidInputError

        raise InvalidInputError(
            f"cannot tell which of the stance values {sorted(values)} is favour and which is "
            f"against; pass favor= and against= (the position is the log-odds of the one against the other)"
        )
    return chosen["favor"] or ("favor",), chosen["against"] or ("against",)


def _warn_of_joined_sides(column: pd.Series, found: dict[str, Directions]) -> None:
    """Warn when several stance values were read as one side by their names (``found``, of the
    sides not given) and two or more of them have statements in ``column``, naming them and
    their statements: they are counted together, which a model trained on them as different
    values did not do (its training warned of them). Values that no statement has count
    nothing: a model's "favor" and "pro" are no news in a profile of statements against.

    >>> import pandas as pd, warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_joined_sides(pd.Series(["favor", "pro", "pro"]), {"favor": ("favor", "pro"), "against": ()})
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    the stance values 'favor' (1 statement) and 'pro' (2 statements) both read as favour, and are counted ...
    """
    if not any(len(values) > 1 for values in found.values()):
        return
    from .exceptions import warn
    from .names import name_key

    counts: dict[str, int] = {}
    for value in column.tolist():
        if isinstance(value, str):
            counts[name_key(value)] = counts.get(name_key(value), 0) + 1
    joined = {side: values for side, values in found.items()
              if sum(counts.get(name_key(value), 0) > 0 for value in values) > 1}
    if not joined:
        return

    def named(value: str) -> str:
        n = counts.get(name_key(value), 0)
        return f"{quoted(value)} ({n} statement{'' if n == 1 else 's'})"

    detail = "; ".join(f"{' and '.join(named(v) for v in values)} {'both' if len(values) == 2 else 'all'} read as "
                       f"{'favour' if side == 'favor' else 'against'}, and are counted as {side}"
                       for side, values in joined.items())
    warn(f"the stance values {detail}; pass favor= and against= (a value or a list of values each) to count "
         f"otherwise, and merge such values before training if they are one")


def _warn_if_off_topic_unnamed(scored: pd.DataFrame, labels_column: str, stance_column: str,
                               flag_column: str, none_label: str | None, prefix: str = "") -> None:
    """Warn when ``none_label`` is the label of no statement and another label looks like
    the off-topic one: it would be profiled as a target.

    :func:`stance.score` gives the off-topic label to the rows without text, and a model
    with a stance head gives a stance to every statement except its off-topic ones. Else,
    when the ``p_<label>`` columns of :func:`stance.score` name the model's labels and
    ``none_label`` is not one of them, see :func:`_warn_if_not_the_models`.
    """
    labels = _label_sets(scored[labels_column])
    if any(none_label in row for row in labels):
        return
    primaries = [row[0] if row else "" for row in labels]
    from .prediction import NO_TEXT_FLAGS

    no_text = _flagged(scored[flag_column], NO_TEXT_FLAGS) if flag_column in scored.columns else [False] * len(labels)
    suspects = {p for p, empty in zip(primaries, no_text) if empty and p}
    has_stance: dict[str, set[bool]] = {}
    for primary, stance, empty in zip(primaries, scored[stance_column].tolist(), no_text):
        if not empty and primary:  # a row without labels (a gap in a gold column) has no label to suspect
            has_stance.setdefault(primary, set()).add(isinstance(stance, str) and bool(stance.strip()))
    silent = [p for p, seen in has_stance.items() if seen == {False}]
    if len(silent) == 1 and len(has_stance) > 1 and all(seen == {True} for p, seen in has_stance.items()
                                                        if p != silent[0]):
        suspects.add(silent[0])
    if len(suspects) == 1:
        from .exceptions import warn

        label = suspects.pop()
        warn(f"none_label={quoted(none_label)} is the label of no statement, and {quoted(label)} looks like the "
             f"off-topic label (the rows without text, or the statements without a stance, have it), "
             f"so it is profiled as a target; pass none_label={quoted(label)} if it is")
    elif none_label is not None:
        _warn_if_not_the_models(scored, none_label, prefix)


# Names an off-topic label goes by (whole, in any case): the Manifesto Project's "000",
# "0", "other", "off-topic", "irrelevant", "no code", "n/a"…
_OFF_TOPIC_NAME = re.compile(r"0+|none|other|off[\s_-]*topic|irrelevant|not[\s_-]*relevant|no[\s_-]*code|uncoded|n/?a",
                             re.IGNORECASE)


def _warn_if_not_the_models(scored: pd.DataFrame, none_label: str, prefix: str) -> None:
    """Warn when the labels of the model that scored ``scored`` (named by its ``p_<label>``
    columns) do not include ``none_label``: every label is then profiled as a target, the
    model's off-topic one too (a model whose off-topic label is "000" has a ``p_000`` column,
    not ``p_none``), though :func:`stance.score_document`'s profile, which knows the model,
    leaves it out. Only when a label is named as off-topic labels often are ("000", "other"),
    which it names: then none_label was most likely forgotten, while a model trained with
    ``none_label=None``, whose every label is a target, was warned of on every profile.

    >>> import pandas as pd, warnings
    >>> scored = pd.DataFrame(columns=["labels", "stance", "p_000", "p_413", "p_stance_favor"])
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_if_not_the_models(scored, "none", "")
    >>> str(caught[0].message).split(": pass")[0]  # doctest: +ELLIPSIS
    "none_label='none' is no label of the model ... and '000' looks like an off-topic one"
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_if_not_the_models(scored.rename(columns={"p_000": "p_505"}), "none", "")
    >>> caught
    []
    """
    labels = _p_column_labels(scored, prefix)
    if not labels or none_label in labels:  # not scored by a model (a gold column), or its label is there
        return
    from .exceptions import quoted_list, warn

    named = [label for label in labels if _OFF_TOPIC_NAME.fullmatch(label.strip())]
    if not named:  # every label a target, as a model without an off-topic label has it
        return
    if len(named) == 1:
        advice = (f", and {quoted(named[0])} looks like an off-topic one: pass none_label={quoted(named[0])} if it "
                  f"is the model's (model.none_label_)")
    else:
        advice = (f", and {' and '.join(quoted(label) for label in named)} look like off-topic ones: pass the "
                  f"model's off-topic label as none_label (model.none_label_)")
    warn(f"none_label={quoted(none_label)} is no label of the model that scored these statements (its labels, from "
         f"the p_ columns: {quoted_list(labels)}), so every label is profiled as a target{advice}, or "
         f"none_label=None if the model has none")


def _row(n: int, favor: int, against: int, total: int) -> list[Any]:
    """A target's profile row. With no statement counted for or against it (no stance head, or
    its statements neutral or taking it only as a secondary target), its position is NaN: the
    0.5 added to each count made it 0 in [-3.92, 3.92], which read as a measured even split,
    and a comparison with it as a significant change.

    >>> _row(3, 0, 0, 4)
    [3, 0.75, 0, 0, nan, nan, nan]
    >>> [round(x, 2) for x in _row(2, 2, 0, 4)[4:]]
    [1.61, -1.43, 4.65]
    """
    if not _measured(favor, against):
        return [n, n / total if total else 0.0, favor, against, math.nan, math.nan, math.nan]
    position = math.log((favor + 0.5) / (against + 0.5))
    spread = Z_95 * math.sqrt(1.0 / (favor + 0.5) + 1.0 / (against + 0.5))
    return [n, n / total if total else 0.0, favor, against, position, position - spread, position + spread]


def _measured(favor: Any, against: Any) -> Any:
    """Whether a position was measured from ``favor`` and ``against`` counts (ints, or a
    profile's columns): some statement was counted one way or the other."""
    return favor + against > 0


def _empty() -> pd.DataFrame:
    """A profile's columns without rows, in their dtypes; its index is :func:`_empty_index`."""
    pd = forksafe.imported("pandas")

    return pd.DataFrame(columns=list(PROFILE_COLUMNS)).astype(
        {name: int if name in ("n", "favor", "against") else float for name in PROFILE_COLUMNS})


def _document_hint(by: Any) -> str:
    """What :func:`profile` tells a caller who passed a document's score: the call to make of
    its statements, with the ``by`` given (a fixed ``by='speaker'`` sent
    ``profile(docs, by="document")`` to a profile by speaker instead).

    >>> _document_hint("document").split(": ")[1]
    "stance.profile(doc.sentences, by='document'); doc.profile is its profile already)"
    >>> _document_hint(None).split(": ")[1]
    'stance.profile(doc.sentences); doc.profile is its profile already)'

    A ``by`` of values (a Series, a ``pd.Grouper``) is not repeated: its printed values,
    lines of them, were no call to copy, and :func:`profile` refuses it all the same.

    >>> import pandas as pd
    >>> _document_hint(pd.Series(["a", "b"], name="document")).split(": ")[1]
    'stance.profile(doc.sentences, by=<the name of a column of doc.sentences>); doc.profile is its profile already)'
    """
    grouped = ("" if by is None else f", by={_as_written(by)!r}" if _names_columns(by)
               else ", by=<the name of a column of doc.sentences>")
    return (f" (a document's statements are doc.sentences: stance.profile(doc.sentences{grouped}); "
            "doc.profile is its profile already)")


def _names_columns(by: Any) -> bool:
    """Whether ``by`` is given as :func:`profile` reads column names: a name, or a list or tuple
    of names (a tuple naming one of MultiIndex columns among them).

    >>> _names_columns("speaker"), _names_columns(["document", ("meta", "year")]), _names_columns(3)
    (True, True, False)
    """
    return isinstance(by, str) or (isinstance(by, (list, tuple))
                                   and all(isinstance(key, (str, tuple)) for key in by))


def _as_written(by: Any) -> Any:
    """``by`` with its names as plain ``str``, so that its repr is the call as one writes it
    (numpy's text repr is ``np.str_('speaker')``).

    >>> import numpy as np
    >>> _as_written(np.str_("speaker")), _as_written([np.str_("document")])
    ('speaker', ['document'])
    """
    if isinstance(by, str):
        return str(by)
    return (list if isinstance(by, list) else tuple)(str(key) if isinstance(key, str) else key for key in by)


def _is_document(value: Any) -> bool:
    """Whether ``value`` is what :func:`stance.score_document` returns, passed where its
    statements or its profile were meant (``stance.profile(doc)``).

    >>> import stance
    >>> _is_document(stance.score_document("We have a one-speed NATO.")), _is_document("text")
    (True, False)
    """
    from .document import DocumentScore

    return isinstance(value, DocumentScore)

"""The checks of cross-validation folds whose training rows could not train, though the data can.

A fold whose training rows keep one label or one stance value, or too few rows of one, is
refused naming the fold, the rows it holds out and a remedy that fits why they are held out
together: one text copied, one group, or the draw (then the number of folds that train).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .duplicate_texts import text_key
from .exceptions import QUOTED_VALUES, InvalidInputError, quoted
from .names import row_names

# The fewest rows of a label that cross-validation with threshold_folds=0 can train on: a
# training fold then needs 2, and some fold holds out one row of every label (each row is held
# out once), so that a label of 2 rows keeps 1 there, whatever the number of folds.
FEWEST_AT_TWO = 3


def _folds_at_two(hint: str, labels: Iterable[str], totals: Counter, folds: int,
                  spread: dict[str, Counter] | None = None) -> str:
    """``hint`` (the advice to pass threshold_folds=0), with the number of folds it then
    needs when ``folds`` is too few: a fold holds out up to ceil(n / folds) of a label's n
    rows and must keep 2, so 3 rows need 3 folds (2 folds hold out 2 and keep 1).

    With ``spread`` (each label's rows per group, the folds holding out whole groups), two
    groups may fall in one fold whatever their number: each group held out alone
    (folds = the number of groups) is advised, where that keeps 2 rows of each label, else
    nothing.

    >>> _folds_at_two(", or pass threshold_folds=0", ["a"], Counter(a=3), 2)
    ', or pass threshold_folds=0 with folds=3 or more'
    >>> _folds_at_two(", or pass threshold_folds=0", ["a"], Counter(a=4), 2)
    ', or pass threshold_folds=0'
    >>> _folds_at_two(", or pass threshold_folds=0", ["a"], Counter(a=3), 2, {"a": Counter(g0=1, g1=1, g2=1)})
    ', or pass threshold_folds=0 with folds=3 (each group held out alone)'
    """
    if spread is not None and hint:
        every = len({group for counts in spread.values() for group in counts})
        held = [label for label in labels if label in spread]
        if any(totals[label] - max(spread[label].values()) < 2 for label in held):
            return ""
        return hint if folds >= every else f"{hint} with folds={every} (each group held out alone)"
    needed = fewest_folds_at_two(labels, totals)
    return f"{hint} with folds={needed} or more" if hint and needed > folds else hint


def fewest_folds_at_two(labels: Iterable[str], totals: Counter) -> int:
    """The fewest folds whose training rows keep 2 rows of each of ``labels`` (each with
    :data:`FEWEST_AT_TWO` rows or more in ``totals``), as threshold_folds=0 needs: a fold
    holds out up to ceil(n / folds) of a label's n rows.

    >>> fewest_folds_at_two(["a", "b"], Counter(a=3, b=5)), fewest_folds_at_two([], Counter())
    (3, 2)
    """
    return max((math.ceil(totals[label] / (totals[label] - 2)) for label in labels), default=2)


def fold_counts_named(working: Sequence[int]) -> str:
    """The numbers of folds ``working`` (ascending, each one that trains), as a refusal offers
    them: every count that works, not "N or fewer" when fewer fail (fewer folds keep fewer
    rows of a label in a training fold, and a draw may hold a label's rows out together).

    >>> fold_counts_named([4]), fold_counts_named([2, 3, 4]), fold_counts_named([4, 5, 6]), fold_counts_named([2, 4, 5])
    ('4', '4 or fewer', '4 to 6', '2, 4 or 5')
    """
    low, high = working[0], working[-1]
    if list(working) != list(range(low, high + 1)):
        return ", ".join(map(str, working[:-1])) + f" or {high}"
    return str(high) if low == high else f"{high} or fewer" if low == 2 else f"{low} to {high}"


def check_fold_labels(label_sets: Sequence[tuple[str, ...]], splits: Sequence[tuple[Sequence[int], Sequence[int]]],
                      texts: Sequence[str], *, index: Sequence[Any] | None = None, grouped: bool = False,
                      fewer: Callable[[], int | None] | None = None) -> None:
    """Refuse cross-validation folds (``(train rows, test rows)`` each) whose training rows
    keep a single label, naming the fold and the held-out rows of the labels it lacks: its
    fit refused them as data with one label, naming neither. ``grouped``: the folds follow
    ``groups=`` (the remedy is then the groups, not the number of folds); ``fewer`` gives
    the most folds, fewer than these, that train (None when none do), which is suggested.

    >>> folds = [([0, 2], [1]), ([0, 1], [2])]  # fold 2 holds out the only 'b'
    >>> check_fold_labels([("a",), ("a",), ("b",)], folds, ["x", "y", "z"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: the training rows of fold 2 of 2 keep one label, 'a': every row ...
    """
    index = list(range(len(label_sets))) if index is None else list(index)
    totals = Counter(label for labels in label_sets for label in labels)
    for number, (train, _) in enumerate(splits, 1):
        kept = {label for i in train for label in label_sets[i]}
        if len(kept) >= 2 or len(totals) < 2:
            continue
        lost = sorted(set(totals) - kept)
        rows = {label: [i for i, labels in enumerate(label_sets) if label in labels] for label in lost}
        raise _FoldKeepsOne("labels", "label", "a model needs two labels to train", texts, index,
                            grouped, fewer).error(kept, lost, rows, totals, number, len(splits))


@dataclass(frozen=True)
class _FoldKeepsOne:
    """The error for a cross-validation fold whose training rows keep one class of ``what``
    (``"label"`` or ``"stance value"``), for :func:`check_fold_labels` and
    :func:`check_fold_stances`: the fold, the held-out rows of the classes it lacks, and a
    remedy that fits why they are held out together (one text copied, one group, or the
    draw, for which ``fewer`` gives the most folds that train). ``also`` ends the remedy."""

    name: str
    what: str
    needs: str
    texts: Sequence[str] | None
    index: Sequence[Any]
    grouped: bool = False
    fewer: Callable[[], int | None] | None = None
    also: str = ""

    def error(self, kept: Iterable[str], lost: list[str], rows: dict[str, list[int]], totals: Counter,
              number: int, of: int) -> InvalidInputError:
        kept = sorted(kept)
        keeps = f"one {self.what}, {quoted(kept[0])}" if kept else f"no {self.what}"
        detail = ", ".join(f"{quoted(value)} ({totals[value]}: {row_names(self.index, rows[value], limit=3)})"
                           for value in lost)
        return InvalidInputError(
            f"{self.name}: {_training_rows(number, of)} keep {keeps}: every row of {detail} is held "
            f"out in that fold, and {self.needs}; {self.remedy(lost, rows)}{self.also}"
        )

    def remedy(self, lost: list[str], rows: dict[str, list[int]]) -> str:
        named = ", ".join(quoted(value) for value in lost)
        if self.grouped:
            return f"put rows of {named} in other groups too"
        if self.texts is not None and all(len({text_key(self.texts[i]) for i in rows[value]}) == 1
                                          for value in lost):
            return (f"the rows of {named} hold one text{' each' if len(lost) > 1 else ''}, which stays in one "
                    f"fold whatever the number of folds; add rows of {named} with other texts")
        most = None if self.fewer is None else self.fewer()
        return (f"add rows of {named} with other texts (rows with the same text stay in one fold)"
                + ("" if most is None else f", or pass folds={most}, the most that train"))


def one_text_values(value_sets: Sequence[Iterable[str]], texts: Sequence[str], *, keyed: bool = False) -> set[str]:
    """The values (labels or stance values) of ``value_sets`` whose every row holds one text
    (copies, by :func:`stance.duplicate_texts.text_key`; ``keyed``: ``texts`` are those keys
    already, not worked out again, which takes seconds of 50k rows): copies share a fold, so
    every row of such a value is held out in one fold, whatever the number of folds.

    >>> sorted(one_text_values([("h",), ("h",), ("a",), ("a",)], ["x", "x ", "y", "z"]))
    ['h']
    """
    keys: dict[str, set[str]] = {}
    for values, text in zip(value_sets, texts):
        for value in values:
            keys.setdefault(value, set()).add(text if keyed else text_key(text))
    return {value for value, held in keys.items() if len(held) == 1}


def mostly_one_text(value_sets: Sequence[Iterable[str]], texts: Sequence[str],
                    minimum: int, *, keyed: bool = False) -> dict[str, tuple[int, int]]:
    """The values (labels or stance values) of ``value_sets`` whose rows are mostly copies of
    one text (by :func:`stance.duplicate_texts.text_key`, which ``texts`` are when ``keyed``,
    as :func:`one_text_values` takes them), each with those copies and its rows
    in all: fewer than ``minimum`` rows are left beside the copies, but some (a value of one
    text alone is :func:`one_text_values`'). Copies share a fold, so the fold that holds them
    out keeps too few of the value, whatever the number of folds.

    >>> mostly_one_text([("h",)] * 4 + [("a",)] * 2, ["x", "x", "x", "y", "z", "w"], 3)
    {'h': (3, 4)}
    """
    keys: dict[str, Counter] = {}
    for values, text in zip(value_sets, texts):
        for value in values:
            keys.setdefault(value, Counter())[text if keyed else text_key(text)] += 1
    found = {}
    for value, counts in keys.items():
        copies, rows = max(counts.values()), sum(counts.values())
        if copies > 1 and 0 < rows - copies < minimum:
            found[value] = (copies, rows)
    return found


def copies_held(copied: dict[str, tuple[int, int]]) -> str:
    """What the copies of :func:`mostly_one_text` hold, for a refusal.

    >>> copies_held({"h": (3, 4)}), copies_held({"h": (3, 4), "g": (2, 3)})
    ("one text of 'h' holds 3 of its 4 rows", "one text of 'h' holds 3 of its 4 rows, one of 'g' 2 of its 3")
    """
    said = [f"of {quoted(value)} {'holds ' if not i else ''}{copies} of its {rows}{' rows' if not i else ''}"
            for i, (value, (copies, rows)) in enumerate(copied.items())]
    return "one text " + ", one ".join(said)


def _copies_held_out(label_sets: Sequence[tuple[str, ...]], kepts: Sequence[Counter],
                     texts: Sequence[str] | None, minimum: int, hint: str,
                     at_two: Callable[[], int | None] | None = None) -> str | None:
    """The refusal (after "labels: ") of the first fold whose training rows keep too few of a
    label of more than ``minimum`` rows that are mostly copies of one text
    (:func:`mostly_one_text`): "use more folds" or threshold_folds=0 (``hint``) were offered,
    which never help when the rows left beside the copies are too few for it.
    threshold_folds=0 needs 2 of them in a training fold, and is offered only then; with
    ``at_two`` (the fewest folds, from these on, whose draw trains at threshold_folds=0, None
    when none does), only at a count it gives. None when no fold keeps too few of such a label."""
    if texts is None:
        return None
    totals = Counter(label for labels in label_sets for label in labels)
    copied = {label: held for label, held in mostly_one_text(label_sets, texts, minimum).items()
              if totals[label] > minimum}
    for number, kept in enumerate(kepts, 1):
        short = {label: held for label, held in sorted(copied.items()) if kept[label] < minimum}
        if short:
            detail = ", ".join(f"{quoted(label)} ({kept[label]} of {totals[label]})" for label in short)
            named = ", ".join(quoted(label) for label in short)
            # 2 rows besides the copies let a fold that holds them out keep the 2 threshold_folds=0 needs.
            also = hint if all(rows - copies >= 2 for copies, rows in short.values()) else ""
            if also and at_two is not None:  # where the copies' fold draws the rest too, no count trains
                number_at_two = at_two()
                also = "" if number_at_two is None else also if number_at_two == len(kepts) else (
                    f"{also} with folds={number_at_two}")
            return (f"{_training_rows(number, len(kepts))} keep too few rows of {detail} (need {minimum}); "
                    f"{copies_held(short)}, whose copies stay in one fold whatever the number of folds, so the fold "
                    f"holding them out keeps too few: add rows of {named} with other texts, or drop copies of that "
                    f"text{also}")
    return None


def _refuse_one_text_held_out(name: str, value_sets: Sequence[Iterable[str]], kepts: Sequence[Counter],
                              texts: Sequence[str] | None, minimum: int, need: str) -> None:
    """Refuse the first fold whose training rows keep none of a value whose rows are all one
    text, as a fold keeping too few is refused (``need`` after the counts): its model never saw
    the value and cannot predict it, so its F1 is 0 by construction, and no number of folds
    spreads one text. A value of different texts that a draw holds out together trains
    without it (their texts may fall apart at another number of folds), as documented; one
    of fewer than ``minimum`` rows is left to the refusal of too few rows in all, which the
    folds that keep it tell with advice that fits (a typo, say)."""
    if texts is None:
        return
    totals = Counter(value for values in value_sets for value in values)
    copied = {value for value in one_text_values(value_sets, texts) if totals[value] >= minimum}
    for number, kept in enumerate(kepts, 1):
        lost = sorted(value for value in copied if not kept[value])
        if lost:
            detail = ", ".join(f"{quoted(value)} (0 of {totals[value]})" for value in lost)
            named = ", ".join(quoted(value) for value in lost)
            raise InvalidInputError(
                f"{name}: {_training_rows(number, len(kepts))} keep too few rows of {detail}{need} the rows of "
                f"{named} hold one text{' each' if len(lost) > 1 else ''}, whose copies stay in one fold whatever "
                f"the number of folds, so the model tested on them never saw them and cannot predict them: add "
                f"rows of {named} with other texts, or merge or drop them")


def check_fold_counts(label_sets: Sequence[tuple[str, ...]], train_folds: Iterable[Sequence[int]], minimum: int,
                      folds: int, *, every_label: bool = False, hint: str = "",
                      index: Sequence[Any] | None = None, groups: Sequence[Any] | None = None,
                      more: Callable[[], int | None] | None = None, none_label: str | None = None,
                      texts: Sequence[str] | None = None, fewer_folds: Callable[[int], str] | None = None,
                      at_two: Callable[[], int | None] | None = None) -> None:
    """Refuse cross-validation folds whose training rows keep fewer than ``minimum`` rows of a
    label, saying that the folds are the cause (the data as a whole may have enough), or,
    for a label with too few rows for any number of folds, naming its rows by ``index``
    (default: their positions) and advice that can work.

    ``every_label``: every label must be in every training fold (not only those it has).
    ``groups``: each row's group, when the folds hold out whole groups (see
    :func:`_fold_keeps_too_few`). ``more``: the fewest folds, more than these, that train
    (None when none do), advised in place of "use more folds", which did not always help.
    ``none_label``: the off-topic label, which the advice for a label joining it leaves out.
    ``texts``: the rows' texts, by which a fold keeping none of a label whose rows are all
    one text is refused too, unless the folds hold out whole groups (whose warning says it).
    ``fewer_folds``: the offer of fewer threshold folds, as training makes it (see
    ``StanceModel._fewer_folds``), given the fewest rows a training fold keeps of the labels
    too few in all; said first to those, as training says it. ``at_two``: the fewest folds, from
    these on, whose draw trains at threshold_folds=0 (None when none does), at which ``hint``
    is offered to a label mostly copies of one text (see :func:`_copies_held_out`).

    >>> check_fold_counts([("a",), ("a",), ("b",), ("b",), ("b",)], [[0, 2, 3], [1, 2, 4]], 2, 2)
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: the training rows of fold 1 of 2 keep too few rows of 'a' (1 of 2) \
(need 2); no number of folds helps, since a fold that holds out one of its rows keeps too few: add rows of 'a' \
(2: rows 0, 1), or merge or drop them
    """
    index = list(range(len(label_sets))) if index is None else list(index)
    totals = Counter(label for labels in label_sets for label in labels)

    def described(label: str) -> str:
        rows = row_names(index, [i for i, labels in enumerate(label_sets) if label in labels], limit=3)
        return f"{quoted(label)} ({totals[label]}: {rows})"

    kepts = [Counter(label for i in train for label in label_sets[i]) for train in train_folds]
    # Told first: "use more folds" (every_label's refusal of none kept) never spreads one text.
    _refuse_one_text_held_out("labels", label_sets, kepts, None if groups is not None else texts, minimum,
                              f" (need {minimum});")
    copies = _copies_held_out(label_sets, kepts, None if groups is not None else texts, minimum, hint, at_two)
    # threshold_folds=0 (``hint``) trains no label whose copies of one text leave fewer than the 2
    # rows it needs beside them: the fold holding the copies out keeps too few.
    copied = set() if texts is None or groups is not None else (set(mostly_one_text(label_sets, texts, 2))
                                                                 | one_text_values(label_sets, texts))

    def at_two(labels: Sequence[str]) -> bool:
        return all(totals[label] >= FEWEST_AT_TWO and label not in copied for label in labels)

    shorts = [sorted(label for label in (totals if every_label else kept) if kept[label] < minimum)
              for kept in kepts]
    # Labels too rare for any number of folds are named at once, whichever folds keep too few
    # of them: named one fold at a time, they took a user a run each.
    stuck = sorted({label for short in shorts for label in short if totals[label] <= minimum})
    if copies and not stuck:
        raise InvalidInputError(f"labels: {copies}")
    # Labels too rare for any number of folds are named first, the copies after them: told the
    # copies alone, a user found the others on the next run.
    later = f". Also, {copies}" if copies else ""
    spread = None if groups is None else _group_counts(label_sets, groups)
    worst = stuck or _concentrated({label for short in shorts for label in short}, totals, spread, minimum)
    for number, (kept, short) in enumerate(zip(kepts, shorts), 1):
        if worst and not set(short) & set(worst):  # told first: a fold short of others would be told to fix less
            continue
        few = [label for label in short if totals[label] < minimum]
        if few:  # no number of folds leaves enough: the whole data has too few
            # All such labels, whichever fold trains on them: this fold's alone left out those
            # whose rows it holds out, named on the next run.
            few = sorted({label for other in shorts for label in other if totals[label] < minimum})
            from .label_names import spaced_twins

            # A column of texts given as the labels has thousands, each compared with every
            # label: 300 took 76 s, 2,000 minutes. The first are named, the others counted, as
            # training names them; the twins of all are found once.
            twins = spaced_twins(totals, minimum, none_label)
            named = ", ".join(_with_typo(described(label), label, totals, none_label, minimum, twins)
                              for label in few[:QUOTED_VALUES])
            if len(few) > QUOTED_VALUES:
                named += f" and {len(few) - QUOTED_VALUES} more labels"
            remedy = "add rows of these labels, or correct, merge or drop them"
            # The rows a fold model has of them are those its training rows keep, not all.
            first = fewer_folds(min(other[label] for other in kepts for label in few)) if fewer_folds else ""
            if first:  # keeps the thresholds' tuning, as training's refusal offers it
                remedy = f"{first}; or {remedy}"
            raise InvalidInputError(
                f"labels: too few rows of {named} "
                f"in all for any number of "
                f"folds: a training fold needs {minimum} rows of every label; {remedy}"
                + (_folds_at_two(hint, few, totals, folds, spread) if at_two(few) else "") + later
            )
        if short:
            # Offered for labels too rare for any number of folds only when each has enough for it.
            also = _folds_at_two(hint, stuck or short, totals, folds, spread) if at_two(stuck or short) else ""
            # ``later`` is said only where a label of ``stuck`` is short, after the advice for it (``also``).
            raise _fold_keeps_too_few("labels", short, kept, totals, number, folds, f" (need {minimum});",
                                      f"or add examples of these labels{hint}", minimum, described, also + later,
                                      elsewhere=stuck, spread=spread, more=more)


def _with_typo(described: str, label: str, totals: Counter, none_label: str | None = None, minimum: int = 0,
               twins: Mapping[str, str] | None = None) -> str:
    """``described`` ("'climat_action' (1: row 28)") with the label given more often that
    ``label`` looks like a misspelling of, as training's refusal of a rare label names it:
    a label too rare for any fold is most often a typo; or, for one that joins labels given
    elsewhere by ';' or ',', those labels and how to join them (the off-topic label
    ``none_label`` joins none), as training names them; ``minimum``, the rows a label needs
    to train, tells a label spaced otherwise (see :func:`stance.label_names.spaced_twins`, which
    ``twins`` gives when found once for many labels).

    >>> _with_typo("'climat_action' (1: row 28)", "climat_action", Counter(climat_action=1, climate_action=12))
    "'climat_action' (1: row 28; a typo of 'climate_action'?)"
    >>> _with_typo("'gas;wind' (1: row 3)", "gas;wind", Counter({"gas;wind": 1, "gas": 9, "wind": 9}))
    "'gas;wind' (1: row 3; the labels 'gas' and 'wind' joined by ';'? join them with '|', 'gas|wind')"
    """
    from .label_names import _joined, _spellings, joined_advice, rare_twin, spaced_twins

    # "peace,security" beside "peace, security" is that label miswritten, not a list of its words.
    twins = spaced_twins(totals, minimum, none_label) if twins is None else twins
    if (twin := twins.get(label)) is not None:
        return f"{described[:-1]}; a typo of {quoted(twin)}?)"
    # "a;b" is no typo of "a": it joins labels, which training tells before any typo.
    # Each label as most rows spell it, as training advises the join (not 'Gas' of 2 rows beside 14 of 'gas').
    others = Counter({other: count for other, count in totals.items() if other != label})
    if (found := _joined(label, _spellings(others))) is not None:
        return f"{described[:-1]}; {joined_advice(found, none_label)})"
    typo_of = rare_twin(label, sorted(other for other in totals if totals[other] > totals[label]))
    return described if typo_of is None else f"{described[:-1]}; a typo of {quoted(typo_of)}?)"


def check_fold_stances(stances: Sequence[str | None] | None, splits: Sequence[tuple[Sequence[int], Sequence[int]]],
                       minimum: int, *, texts: Sequence[str] | None = None, index: Sequence[Any] | None = None,
                       name: str = "stance", grouped: bool = False,
                       fewer: Callable[[], int | None] | None = None, groups: Sequence[Any] | None = None) -> None:
    """Refuse cross-validation folds (``(train rows, test rows)`` each) whose training rows
    could not train a stance head, though the data as a whole can (:func:`check_stance_counts`
    has passed): one that keeps a single stance value (every 'against' row held out),
    named and with a remedy as :func:`check_fold_labels` gives one (``texts``, ``grouped``
    and ``fewer`` as there), or too few rows of one, of two values too (``groups`` as in
    :func:`check_fold_counts`). Each fold's fit refused them as if the data had one stance
    value, or named the rows by their place in the fold.
    With ``texts``, a fold keeping none of a value whose rows are all one text is refused too
    (not with ``groups``), as :func:`check_fold_counts` refuses such a label.

    >>> folds = [([0, 1, 4, 5], [2, 3]), ([0, 1, 2, 3], [4, 5])]  # fold 2 holds out both 'against'
    >>> check_fold_stances(["favor"] * 4 + ["against"] * 2, folds, 2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: stance: the training rows of fold 2 of 2 keep one stance value, 'favor': ...
    """
    if stances is None:
        return
    from .label_checks import _stance_values_need

    index = list(range(len(stances))) if index is None else list(index)
    totals = Counter(s for s in stances if s is not None)
    one = _FoldKeepsOne(name, "stance value", "a stance head needs two stance values to train", texts, index,
                        grouped, fewer, also=", or pass stance_column=None to leave the stance out")
    kepts = [Counter(stances[i] for i in train if stances[i] is not None) for train, _ in splits]
    if all(len(kept) >= 2 for kept in kepts):  # a fold keeping one value is told by ``one``, naming the copies
        _refuse_one_text_held_out(name, [(s,) if s is not None else () for s in stances], kepts,
                                  None if groups is not None else texts, minimum,
                                  f": {_stance_values_need(len(totals))} {minimum};")
    # Of two values too: each fold's fit refuses a value with fewer than minimum rows, as training does.
    stuck = sorted({value for kept in kepts if len(kept) >= 2 for value in kept
                    if kept[value] < minimum and totals[value] <= minimum})  # named at once, as labels are
    spread = None if groups is None else _group_counts([(s,) if s is not None else () for s in stances], groups)
    worst = stuck or _concentrated({value for kept in kepts if len(kept) >= 2 for value in kept
                                    if kept[value] < minimum}, totals, spread, minimum)
    for number, kept in enumerate(kepts, 1):
        if len(kept) < 2:
            lost = [value for value in sorted(totals) if not kept[value]]
            rows = {value: [i for i, s in enumerate(stances) if s == value] for value in lost}
            raise one.error(kept, lost, rows, totals, number, len(splits))
        short = sorted(value for value in kept if kept[value] < minimum)
        if short and (not worst or set(short) & set(worst)):
            def described(value: str) -> str:
                rows = [i for i, s in enumerate(stances) if s == value]
                return f"{quoted(value)} ({totals[value]}: {row_names(index, rows, limit=3)})"

            # Two values merged are one, which trains no stance head: leaving the stance out is the other way.
            no_head = "" if len(totals) > 2 else ", or pass stance_column=None to leave the stance out"
            raise _fold_keeps_too_few(name, short, kept, totals, number, len(splits),
                                      f": {_stance_values_need(len(totals))} {minimum};",
                                      "add examples, or merge these values" if len(totals) > 2 else
                                      f"add examples{no_head}", minimum, described, elsewhere=stuck,
                                      spread=spread, also=no_head, mergeable=len(totals) > 2)


def _group_counts(value_sets: Sequence[Iterable[str]], groups: Sequence[Any]) -> dict[str, Counter]:
    """How many rows of each value (label or stance value) each group holds, the groups by
    ``str`` as cross-validation's folds take them.

    >>> _group_counts([("a",), ("a", "b"), ("a",)], ["x", "y", "y"])
    {'a': Counter({'y': 2, 'x': 1}), 'b': Counter({'y': 1})}
    """
    counts: dict[str, Counter] = {}
    for values, group in zip(value_sets, groups):
        for value in values:
            counts.setdefault(value, Counter())[str(group)] += 1
    return counts


def _concentrated(values: Iterable[str], totals: Counter, spread: dict[str, Counter] | None,
                  minimum: int) -> list[str]:
    """The ``values`` whose rows sit in so few groups (``spread``, of :func:`_group_counts`)
    that the fold holding out their largest group keeps fewer than ``minimum``, at any
    number of folds: every group is held out by some fold, whole.

    >>> _concentrated(["a", "b"], Counter(a=5, b=6), {"a": Counter(x=3, y=2), "b": Counter(x=3, y=3)}, 3)
    ['a']
    """
    if spread is None:
        return []
    return sorted(value for value in values if totals[value] - max(spread[value].values()) < minimum)


def _fold_keeps_too_few(name: str, short: list[str], kept: Counter, totals: Counter, number: int, of: int,
                        need: str, remedy: str, minimum: int, described: Callable[[str], str],
                        also: str = "", elsewhere: Sequence[str] = (),
                        spread: dict[str, Counter] | None = None,
                        more: Callable[[], int | None] | None = None, mergeable: bool = True) -> InvalidInputError:
    """The error for fold ``number`` of ``of`` whose training rows keep too few rows of the
    labels or stance values ``short``: how many they keep of how many, what each needs
    (``need``, put right after the counts), and what to do: use more folds, or ``remedy``.

    More folds hold out fewer rows, but never none: a value with no more than ``minimum``
    rows keeps too few in any fold that holds one out. Such values alone are then named,
    with their rows (as ``described`` words a value), and the advice is to add rows or to
    merge or drop them (not when ``mergeable`` is False: of two stance values, one merged or
    dropped leaves one, which trains no stance head), then ``also``, and so are those of
    ``elsewhere`` (such values that other folds keep too few of), at most 10 in all.

    With ``spread`` (each value's rows per group, when the folds hold out whole groups),
    more folds help only until each group is held out alone: a value whose largest group
    holds so many of its rows that the rest are too few is named with its groups, and the
    advice is rows in other groups (``also`` ends it); otherwise the number of groups is the
    number of folds advised.

    With ``more`` (the fewest folds, more than these, whose draw trains, or None), that
    number is advised, or, when none trains, no more folds: more folds hold out fewer rows,
    but a label's few rows may still fall together, so the generic "use more folds" (said
    without ``more``) was not always true.
    """
    stuck = [value for value in short if totals[value] <= minimum]
    # Of two stance values, merging or dropping one leaves one, which training refuses.
    merge = ", or merge or drop {}" if mergeable else ""
    detail = ", ".join(f"{quoted(value)} ({kept[value]} of {totals[value]})" for value in stuck or short)
    if stuck:
        others = [value for value in elsewhere if value not in stuck]
        named = sorted([*stuck, *others])
        more = f" and {len(named) - 10} more" if len(named) > 10 else ""
        also_others = ""
        if others:
            shown = [quoted(value) for value in others[:10]]
            listed = (", ".join(shown) + f" and {len(others) - 10} more" if len(others) > 10 else
                      " and ".join(filter(None, [", ".join(shown[:-1]), shown[-1]])))
            also_others = f" other folds keep too few of {listed} as well;"
        return InvalidInputError(
            f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need}{also_others} no number of "
            f"folds helps, since a fold that holds out one of its rows keeps too few: add rows of "
            f"{', '.join(described(value) for value in named[:10])}{more}{merge.format('them')}{also}"
        )
    if spread is not None:
        concentrated = _concentrated(short, totals, spread, minimum)
        if concentrated:
            detail = ", ".join(f"{quoted(value)} ({kept[value]} of {totals[value]})" for value in concentrated)
            return InvalidInputError(
                f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} "
                + "; ".join(_held_out_together(value, totals[value], spread[value]) for value in concentrated)
                + f", so no number of folds helps: add rows of {', '.join(quoted(v) for v in concentrated)} in "
                f"other groups{merge.format('it' if len(concentrated) == 1 else 'them')}"
                # A fold needs 2 at the least (threshold_folds=0): ``also`` cannot help one left fewer.
                + (also if all(totals[v] - max(spread[v].values()) >= 2 for v in concentrated) else "")
            )
        every = len({group for counts in spread.values() for group in counts})
        return InvalidInputError(
            f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} pass folds={every} or "
            f"more (each group held out alone, which keeps enough), {remedy}"
        )
    if more is None:
        advice = "use more folds (a training fold keeps (folds - 1) / folds of the rows), "
    else:
        fewest = more()
        advice = "" if fewest is None else f"pass folds={fewest}, the fewest more folds that train, "
        remedy = remedy if advice else remedy.removeprefix("or ")
    return InvalidInputError(
        f"{name}: {_training_rows(number, of)} keep too few rows of {detail}{need} {advice}{remedy}")


def _held_out_together(value: str, total: int, groups: Counter) -> str:
    """How the groups hold the ``total`` rows of ``value``, as :func:`_fold_keeps_too_few`
    says it of a value they concentrate: the groups with the most rows first, four named
    whole and of more three and how many it leaves out, and what the fold holding out the
    largest keeps.

    >>> print(_held_out_together("414", 5, Counter(m_fr=2, m_nl=3)))
    the 5 rows of '414' are concentrated in 2 groups ('m_nl' 3, 'm_fr' 2), and a fold that holds out 'm_nl' keeps \
2 of them
    """
    ranked = sorted(groups.items(), key=lambda item: (-item[1], item[0]))
    named = [f"{quoted(group)} {n}" for group, n in ranked]
    shown = ", ".join(named) if len(named) <= 4 else ", ".join(named[:3]) + f" and {len(named) - 3} more groups"
    largest, held = ranked[0]
    return (f"the {total} rows of {quoted(value)} are concentrated in {len(ranked)} "
            f"group{'s' if len(ranked) > 1 else ''} ({shown}), and a fold that holds out {quoted(largest)} keeps "
            f"{total - held} of them")


def _training_rows(number: int, of: int) -> str:
    """The training rows of a cross-validation fold, as the fold errors name them.

    >>> _training_rows(2, 5)
    'the training rows of fold 2 of 5'
    """
    return f"the training rows of fold {number} of {of}"

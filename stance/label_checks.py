"""The checks of the label names and stance values of the whole data before a fit.

Fewer than two labels, names written two ways, a label or (with more than two) a stance
value with too few rows are refused, naming their rows and the name each may be a typo of,
each refusal with the others in one error (:mod:`stance.problems`); labels that look like
texts ask whether the columns were swapped. :func:`check_whole_data` runs them as training
does for cross-validation and the label check, before they draw folds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .duplicate_texts import warn_of_conflicting_duplicates
from .exceptions import QUOTED_VALUES, QUOTED_WIDTH, InvalidInputError, quoted, quoted_list, warn
from .label_names import (
    _joined,
    _most_joined,
    _rare_twins,
    _refuse_case_twins,
    _refuse_control_characters,
    _refuse_invisible_twins,
    _refuse_lookalike_twins,
    _refuse_separator_twins,
    _refuse_unwritable,
    _spellings,
    _twin_groups,
    _warn_of_one_sided_values,
    _warn_of_spelling_variants,
    case_key,
    decimal_mark_key,
    joined_advice,
    joins_remedy,
    lookalike_key,
    rare_twin,
    rare_typos,
    refuse_odd_label_names,
    separator_key,
    spaced_twins,
    spacing_key,
    unpadded,
    warn_of_joined_labels,
    warn_of_label_spellings,
)
from .names import _closest, _conflicts, row_names
from .problems import problem, problem_beside_others, problems_found, problems_together


def check_label_counts(label_sets: Sequence[tuple[str, ...]], minimum: int,
                       index: Sequence[Any] | None = None, hint: str = "", misspelt_only: bool = False,
                       none_label: str | None = None, beside_others: bool = False,
                       fewer_folds: Callable[[int], str] | None = None) -> list[str]:
    """Return the sorted label names; refuse fewer than two (or two or more together in every row of
    the data given, see :func:`refuse_one_set_of_labels`), names that differ only in case,
    or a label with too few examples (naming its rows, and the label it may be a typo of, or
    the labels it joins: never with the off-topic label ``none_label``, which stands alone).
    ``fewer_folds``, given the rows of the rarest label refused, the advice offered before
    the others (fewer threshold folds, which those rows allow), or "".
    With ``misspelt_only`` (the data have other problems) and rows without a label, whose labels
    may be the rare one's, only a rare label that looks like a misspelling of another.
    With ``beside_others``, a rare label is refused only beside another problem (see
    :func:`problem_beside_others`).
    """
    counts = Counter(label for labels in label_sets for label in labels)
    if len(counts) < 2:
        with problem():  # with others, inside problems_together
            raise InvalidInputError(
                f"labels: need at least two different labels to train, got {quoted_list(sorted(counts))}"
            )
    elif not getattr(_conflicts, "reported", False):  # a fold's rows: see refuse_one_set_of_labels
        refuse_one_set_of_labels(label_sets)
    index = list(range(len(label_sets))) if index is None else list(index)

    def positions(name: str) -> list[int]:
        return [i for i, labels in enumerate(label_sets) if name in labels]

    before = problems_found()
    with problem():
        refuse_odd_label_names(counts, label_sets, index)
    # A spelling refused as one name written two ways ("Gas" beside "gas") is not named as rare too.
    twinned = _twinned(counts) if problems_found() > before else set()
    spellings = _spellings(counts)
    # Beside other problems, a rare label that joins others ("a;b") is named as a misspelt one is:
    # it is one, of "a|b". Left out when no other label was close, one such label of two was named.
    rare = sorted(label for label, n in counts.items() if n < minimum and label not in twinned)
    # What _joined finds of each rare label, asked once: the checks below asked it four times of
    # each, and of 20,000 labels of 2 KB (a column of texts named as the labels) that took 30 s.
    joined = {label: _joined(label, spellings) for label in rare}
    # Only rows without a label may be any rare label's once put right, and labels joined by ";"
    # or "," the labels they join ("pensions;gas", pensions' and gas'): beside other problems
    # alone (a stance missing, a label in two cases) every other label's count is known, and a
    # rare one named after the others were put right took a run of its own. Nor labels that
    # look like texts (the columns swapped), of which the stance check asks already.
    if misspelt_only:
        held = (set(rare) if any(not labels for labels in label_sets) or _look_like_texts(rare, counts, joined)
                else {name for label in rare if joined[label] is not None for name in joined[label][0]})
        if held:
            typos = rare_typos(rare, counts, {label for label, n in counts.items() if n >= minimum})
            # A typo of the label joining it ('pensions' of 'pensions;gas', near in spelling) is no
            # typo: the split gives it that label's rows.
            rare = [label for label in rare if label not in held or joined[label] is not None
                    or (label in typos and label not in (joined.get(typos[label]) or ((),))[0])]
    if rare:
        common = [label for label in counts if counts[label] >= minimum]
        # A label holding a comma written with other spaces ("peace,security" beside "peace, security")
        # is that label miswritten, not a list of its words.
        miswritten = spaced_twins(counts, minimum, none_label)
        twins = _rare_twins([label for label in rare if label not in miswritten and not joined[label]
                             and rare_twin(label, common) is None], counts, minimum, index, positions)
        joins = _most_joined([label for label in rare if label not in miswritten], spellings, joined)
        texts = not joins and _look_like_texts(rare, counts, joined)
        shown, width = (3, 60) if texts else (QUOTED_VALUES, QUOTED_WIDTH)  # a few texts, cut as texts are
        details, gone_through = [], 0
        for label in rare:
            if len(details) == shown:  # a column of texts named as the labels has thousands
                break
            gone_through += 1
            if label in twins:  # named once, with the first of its spellings
                if twins[label]:
                    details.append(twins[label])
                continue
            rows = row_names(index, [i for i, labels in enumerate(label_sets) if label in labels], limit=3)
            if label in miswritten:
                details.append(f"{quoted(label)} ({counts[label]}: {rows}; a typo of {quoted(miswritten[label])}?)")
                continue
            if label in joins:  # the advice to join them with "|" follows, said once for all
                details.append(f"{quoted(label)} ({counts[label]}: {rows})")
                continue
            if (found := joined[label]) is not None:  # "a;b" is no typo of "a;c": it joins labels
                details.append(f"{quoted(label)} ({counts[label]}: {rows}; {joined_advice(found, none_label)})")
                continue
            typo_of = rare_twin(label, common)  # "201.1" beside "201.2" is another code, not a typo
            details.append(f"{quoted(label, width)} ({counts[label]}: {rows}"
                           + (f"; a typo of {quoted(typo_of)}?)" if typo_of else ")"))
        # Those not named, a group of spellings as one (its others, "", come after its first).
        more = sum(1 for label in rare[gone_through:] if twins.get(label) != "")
        few = (f"{len(rare)} of the {len(counts)} labels: " if more else "") + ", ".join(details)
        # Dropping or merging a rare label's rows costs the other labels nothing (see the hint).
        remedy = "add examples, correct typos, merge these labels into others or drop their rows"
        first = fewer_folds(min(counts[label] for label in rare)) if fewer_folds and not (joins or texts) else ""
        if first:  # keeps every label's tuning, which threshold_folds=0 (the hint) gives up
            remedy = f"{first}; or {remedy}"
        if joins:
            separators = " or ".join(repr(s) for s in sorted({s for _, joined_by in joins.values() for s in joined_by}))
            joined_by_name = {name: joined for name, (joined, _) in joins.items()}
            remedy = (f"most of these labels look like several labels joined by {separators}: "
                      f"{joins_remedy(joined_by_name, none_label)}. Otherwise {remedy}")
        elif texts:
            remedy = f"most of these labels are long or in one row each, as texts are: {_SWAPPED} Otherwise {remedy}"
        with problem_beside_others() if beside_others else problem():
            raise InvalidInputError(
                f"labels: each label needs at least {minimum} examples; too few for {few}"
                f"{f' and {more} more' if more else ''}. {remedy[0].upper()}{remedy[1:]}{hint}"
            )
    return sorted(counts)


def refuse_one_set_of_labels(label_sets: Sequence[tuple[str, ...]]) -> None:
    """Refuse the same labels in every row ("a|b" in each): always together, they are one
    label to learn from, which the model gives to any text at p≈1. Of the data given only:
    a cross-validation fold's training rows may all be "a|b" where the data are not (a row
    of "a" alone held out), and its fit goes on, as training on the data does.

    >>> refuse_one_set_of_labels([("a", "b"), ("b", "a")])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: need at least two different sets of labels to train, got ['a', 'b'] ...
    """
    sets = {frozenset(labels) for labels in label_sets if labels}
    if len(sets) == 1 and len(next(iter(sets))) > 1:  # one label alone is refused as fewer than two labels
        with problem():  # with others, inside problems_together
            raise InvalidInputError(f"labels: need at least two different sets of labels to train, got "
                                    f"{quoted_list(sorted(next(iter(sets))))} together in every row")


def _twinned(counts: Counter) -> set[str]:
    """The names of ``counts`` that are one name written two ways with another, as the
    refusals of :func:`refuse_odd_label_names` find them (in case, alphabets, spacing,
    separators, leading zeros, decimal marks).

    >>> sorted(_twinned(Counter(["Gas", "gas", "gas_", "wind", "07", "7", "8"])))
    ['07', '7', 'Gas', 'gas', 'gas_']
    """
    keys = (case_key, lookalike_key, spacing_key, separator_key,
            lambda name: unpadded(name) or f"\0{name}", decimal_mark_key(counts))
    return {name for key in keys for names in _twin_groups(counts, key) for name in names}


def check_training_rows(label_sets: Sequence[tuple[str, ...]], stances: Sequence[str | None] | None, minimum: int,
                        index: Sequence[Any] | None = None, *, hint: str = "", misspelt_only: bool = False,
                        none_label: str | None = None, fewer_folds: Callable[[int], str] | None = None
                        ) -> list[str]:
    """The checks training runs on rows :func:`prepare_training` read, in its order: labels
    joined by a comma or the like (warned), label names (see :func:`check_label_counts`),
    names one edit apart (warned), stance values (see :func:`check_stance_counts`); every
    refusal in one error (see :func:`problems_together`). Returns the sorted label names.
    ``misspelt_only``: the rows have other problems (see :func:`check_label_counts`); ``none_label``:
    the off-topic label, which no advice joins with another; ``fewer_folds``: see
    :func:`check_label_counts`."""
    # Before a rare joined label is refused: it says why.
    warn_of_joined_labels(label_sets, index, none_label, rare_below=minimum)
    with problems_together():
        before = problems_found()
        names = check_label_counts(label_sets, minimum=minimum, index=index, hint=hint, misspelt_only=misspelt_only,
                                   none_label=none_label, fewer_folds=fewer_folds)
        if problems_found() == before:  # not of names refused ("renewables_" beside "renewables")
            warn_of_label_spellings(label_sets, index, minimum)
            warn_of_labels_on_every_row(label_sets)
        if stances is not None:
            check_stance_counts(stances, minimum=minimum, index=index, misspelt_only=misspelt_only)
    return names


# Asked when the labels look like texts (see _look_like_texts).
_SWAPPED = ("did you swap the text and labels columns (text_column and labels_column; on the command line "
            "--text-column and --labels-column)?")


def _swap_question(label_sets: Sequence[tuple[str, ...]]) -> str:
    """What a refusal that is not of the labels adds when they look like texts, as the
    rare-label refusal asks (rare: in fewer than two rows, the fewest training ever needs);
    "" otherwise. With the columns swapped, the stance check came first and said only that
    the off-topic rows, every text a target, had no stance.

    >>> _swap_question([("gas",), ("gas",), ("wind",), ("wind",)])
    ''
    >>> _swap_question([(f"Statement {i} on wind farms",) for i in range(12)]).split(": ")[0]
    '; most labels are long or in one row each, as texts are'
    """
    counts = Counter(label for labels in label_sets for label in labels)
    if not _look_like_texts([label for label, n in counts.items() if n < 2], counts):
        return ""
    return f"; most labels are long or in one row each, as texts are: {_SWAPPED}"


def _look_like_texts(rare: Sequence[str], counts: Counter, joined: Mapping[str, Any] | None = None) -> bool:
    """Whether the rare labels ``rare`` look like a column of texts named as the labels:
    most labels are rare, and most of those are longer than a label is (over 8 words or 60
    characters) or, of more than 10, in one row each. ``joined``: what ``_joined`` finds of each
    rare label, if the caller has asked it.

    >>> _look_like_texts(["gas"], Counter(gas=1, wind=9)), _look_like_texts(
    ...     [f"text {i}" for i in range(20)], Counter(f"text {i}" for i in range(20)))
    (False, True)
    """
    if len(rare) * 2 <= len(counts) or _most_joined(rare, _spellings(counts), joined):
        return False
    long = sum(1 for label in rare if len(label) > 60 or len(label.split()) > 8)
    once = sum(1 for label in rare if counts[label] == 1)
    return long * 2 > len(rare) or (len(rare) > QUOTED_VALUES and once * 2 > len(rare))


def _stance_values_need(values: int) -> str:
    """The start of the rule a refusal of rare stance values states, for ``values`` values.

    >>> _stance_values_need(2), _stance_values_need(3)
    ('with two stance values each needs', 'with more than two stance values each needs')
    """
    return f"with {'two' if values == 2 else 'more than two'} stance values each needs"


def check_stance_counts(stances: Sequence[str | None], minimum: int, name: str = "stance",
                        index: Sequence[Any] | None = None, *, folds: bool = False, misspelt_only: bool = False
                        ) -> None:
    """Refuse stance values that look like typos rather than classes, naming their rows
    (by ``index``, default their positions); warn of values spelt two ways, naming the
    rows of the rarer spelling (not inside :func:`conflicts_reported`: cross-validation and
    the label check have warned of the whole data, and each fold's fit would warn again,
    with the fold's counts).

    Two values that differ only in case ("Favor" and "favor") are refused; so is a value with
    fewer than ``minimum`` examples, which would otherwise turn a favor/against head into a
    three-way one, or, of two values, train a head that answers the other one everywhere.
    With ``folds`` (the whole data of cross-validation or the label check, whose training
    folds each need ``minimum``), so is one with ``minimum`` rows that looks like a typo of
    another value: a fold that holds one of them out keeps too few, and the fold's refusal
    said to add rows of the typo.
    With ``misspelt_only`` (the data have other problems: rows without a label or a stance,
    whose stances may be the rare value's), only a rare value that looks like a typo of another.
    """
    counts = Counter(s for s in stances if s is not None)
    index = list(range(len(stances))) if index is None else list(index)

    def rows(value: str) -> str:
        return row_names(index, [i for i, s in enumerate(stances) if s == value], limit=3)

    def positions(value: str) -> list[int]:
        return [i for i, s in enumerate(stances) if s == value]

    before = problems_found()
    values = f"{name}: stance values"
    # Each kind a problem of its own, so that all are named in one run (a group of one kind is
    # left by the others: a case twin is a separator twin too, named once).
    for refuse in (lambda: _refuse_case_twins(counts, values, rows),
                   lambda: _refuse_lookalike_twins(counts, values, index, positions),
                   lambda: _refuse_unwritable(counts, f"{name}: stance value"),
                   lambda: _refuse_control_characters(counts, f"{name}: stance value", rows),
                   lambda: _refuse_invisible_twins(counts, values, index, positions),
                   lambda: _refuse_separator_twins(counts, values, index, positions),
                   lambda: _refuse_separator_twins(counts, values, index, positions, dashes=True)):
        with problem():
            refuse()
    # A value refused as one written two ways ("Favor" beside "favor") is not named as rare too.
    twinned = _twinned(counts) if problems_found() > before else set()
    rare = sorted(value for value, n in counts.items() if n < minimum and value not in twinned
                  and (not misspelt_only or _closest(value, [other for other in counts if other != value])))
    need, why = minimum, ""
    if folds and len(counts) > 2:
        kept = [value for value in counts if counts[value] > minimum]
        typos = [value for value in counts if counts[value] == minimum and _closest(value, kept) is not None]
        typos = [value for value in typos if value not in twinned]
        if typos:  # named as training names them, not as a fold's rows to add to
            rare, need = sorted(rare + typos), minimum + 1
            why = f" to cross-validate (each training fold needs {minimum}, and some fold holds one out)"
    # Two values are refused so too: a value of one row made a favor/against head that
    # answered the other everywhere, unwarned (a notebook user's audit), and a label needs as many.
    if len(counts) >= 2 and rare:
        common = [value for value in counts if counts[value] >= need]

        texts = _look_like_texts(rare, counts)  # a column of free text, named as the stance column by mistake
        shown, width = (3, 60) if texts else (QUOTED_VALUES, QUOTED_WIDTH)

        def described(value: str) -> str:
            typo_of = _closest(value, common) if len(rare) <= 10 else None
            return (f"{quoted(value, width)} ({counts[value]}: {rows(value)}"
                    + (f"; a typo of {quoted(typo_of)}?)" if typo_of else ")"))

        detail = ", ".join(described(value) for value in rare[:shown])
        if len(rare) > shown:
            detail += f" and {len(rare) - shown} more of {len(counts)} values"
        remedy = "Correct or merge these values"
        if len(counts) == 2:  # merged, they would be one value, which trains no stance head
            remedy = "Add examples, correct a typo, or pass stance_column=None to leave the stance out"
        if texts:
            remedy = ("Most of these values are long or in one row each, as texts are: does the stance column "
                      "hold the texts? Otherwise correct or merge these values")
        with problem():
            raise InvalidInputError(
                f"{name}: {_stance_values_need(len(counts))} at least {need} examples{why}; "
                f"too few for {detail}. {remedy}"
            )
    if not getattr(_conflicts, "reported", False) and problems_found() == before:  # not of values refused
        _warn_of_spelling_variants(counts, f"{name}: stance values", rows)
        _warn_of_one_sided_values(counts, f"{name}: stance values")


def check_whole_data(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                     stances: Sequence[str | None] | None, minimum: int, index: Sequence[Any],
                     stance_name: str = "stance", rare_below: int = 0, none_label: str | None = None,
                     rare_hint: str | None = None) -> None:
    """The checks of the whole data that cross-validation and the label check run before
    drawing folds, in the order training runs them, so that one bad file is told the same
    first thing by both: labels joined by a separator (warned), label names written two
    ways (refused, as training refuses them; not a label of fewer than ``rare_below`` rows,
    which the label check sets apart as a rare label, suggesting the other spelling),
    stance values with too few rows, or typos with too few for the folds (refused), or spelt
    two ways (warned), then texts given with different labels (warned), rows named by
    ``index``; ``none_label``, the off-topic label, is joined with no other in any advice.
    ``rare_hint``, given: a label with fewer than ``minimum`` rows is refused too beside another
    problem, as training names it with them (a misspelt stance value beside a merely rare label is
    two problems to both), with ``rare_hint`` after its advice (alone, it is left to
    cross-validation's fold check). Each fold's fit, inside :func:`conflicts_reported`, warns of
    none of them again."""
    warn_of_joined_labels(label_sets, index, none_label, rare_below=max(minimum, rare_below))
    refuse_whole_data(label_sets, stances, minimum, index, stance_name, rare_below, none_label=none_label,
                      rare_hint=rare_hint, beside_others=True)
    warn_of_label_spellings(label_sets, index, max(minimum, rare_below))
    warn_of_labels_on_every_row(label_sets)
    warn_of_labels_never_first(label_sets, none_label, stances)
    warn_of_conflicting_duplicates(texts, label_sets, stances, index)


def warn_of_labels_on_every_row(label_sets: Sequence[tuple[str, ...]]) -> None:
    """Warn of labels that every row with labels has, beside others that differ ("common|x",
    "common|y"): nothing tells such a label apart, and the model gives it to any text at
    p≈1. Warned rather than refused, since the other labels train as well without it as
    with it; the same set in every row is refused (see :func:`check_label_counts`). Not inside
    :func:`conflicts_reported`, whose caller has warned of the whole data.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_labels_on_every_row([("common", "x"), ("y", "common")])
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    labels: 'common' is a label of every row, so nothing tells it apart: ...
    """
    rows = [set(labels) for labels in label_sets if labels]
    if getattr(_conflicts, "reported", False) or not rows:
        return
    everywhere = sorted(set.intersection(*rows))
    if not everywhere or all(row == rows[0] for row in rows):  # none, or one set in every row (refused)
        return
    one = len(everywhere) == 1
    named = quoted(everywhere[0]) if one else quoted_list(everywhere)
    warn(f"labels: {named} {'is a label' if one else 'are labels'} of every row, so nothing tells "
         f"{'it' if one else 'them'} apart: the model will give {'it' if one else 'them'} to any text, at p≈1; "
         f"drop {'it' if one else 'them'} from the rows (a label every statement has says nothing of any), "
         f"or add rows of statements without {'it' if one else 'them'}")


def warn_of_labels_never_first(label_sets: Sequence[tuple[str, ...]], none_label: str | None = None,
                               stances: Sequence[str | None] | None = None) -> None:
    """Warn of labels that are a secondary label of some rows but the first of none, naming
    each with its count of rows, when the rows have ``stances``. The first label is the one a
    statement's stance is towards, but the model ranks every label by its own score, so
    predictions can give such a label first (an audit: 'pensions', second in 50 rows, came
    first in 44 of 51 predictions), and their stance then towards a label no stance was learnt
    of. Without stances no stance is given, and which label comes first matters to nothing.
    Not ``none_label``, which stands alone. Not inside :func:`conflicts_reported`, whose caller
    has warned of the whole data.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_labels_never_first([("gas", "pensions"), ("gas",), ("wind", "pensions")], None, ["favor"] * 3)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    labels: 'pensions' (2 rows) is never the first label of a row, only a later one; ...
    """
    if getattr(_conflicts, "reported", False) or not any(value is not None for value in stances or ()):
        return
    first = {labels[0] for labels in label_sets if labels}
    counts = Counter(label for labels in label_sets for label in labels[1:]
                     if label not in first and label != none_label)
    if not counts:
        return
    # The commonest first: a column of many such labels is cut, as other warnings cut names.
    ranked = sorted(counts, key=lambda label: (-counts[label], label))
    named = [f"{quoted(label)} ({counts[label]} row{'s' if counts[label] != 1 else ''})"
             for label in ranked[:QUOTED_VALUES]]
    more = len(ranked) - len(named)
    named += [f"{more} more"] if more else []
    listed = " and ".join(filter(None, [", ".join(named[:-1]), named[-1]]))
    one = len(ranked) == 1
    warn(f"labels: {listed} {'is' if one else 'are'} never the first label of a row, only a later one; the first "
         f"label is the one the statement's stance is towards, yet predictions can give {'it' if one else 'these'} "
         f"first, the stance then reported towards {'it' if one else 'them'} though no row's stance was: "
         f"put {'it' if one else 'each'} first in the rows where it is the statement's main code (rows whose labels "
         f"are in no such order, sorted by name say, teach the stance towards whichever comes first)")


def refuse_whole_data(label_sets: Sequence[tuple[str, ...]], stances: Sequence[str | None] | None, minimum: int,
                      index: Sequence[Any], stance_name: str = "stance", rare_below: int = 0,
                      misspelt_only: bool = False, rare_hint: str | None = None, none_label: str | None = None,
                      beside_others: bool = False) -> None:
    """The refusals of :func:`check_whole_data`: the same labels in every row, label names
    written two ways, stance values too rare or written two ways, each named in one error (see
    :func:`problems_together`); ``misspelt_only``: the rows have other problems (see
    :func:`check_stance_counts`).
    ``rare_hint``, given: a label with fewer than ``minimum`` rows (with ``misspelt_only``, only
    one that looks like a misspelling) is refused too, as training refuses it (see
    :func:`check_label_counts`), with ``rare_hint`` after its advice; cross-validation, which no
    such label passes, names it with the rows' other problems; with ``beside_others``, only beside
    another problem, as training names them together."""
    counts = Counter(label for labels in label_sets for label in labels)
    with problems_together():
        if rare_hint is not None:
            check_label_counts(label_sets, minimum, index, hint=rare_hint, misspelt_only=misspelt_only,
                               none_label=none_label, beside_others=beside_others)
        else:
            refuse_one_set_of_labels(label_sets)  # as check_label_counts does, before any fold
            with problem():
                refuse_odd_label_names(Counter({label: n for label, n in counts.items() if n >= rare_below}),
                                       label_sets, index)
        if stances is not None:
            check_stance_counts(stances, minimum, name=stance_name, index=index, folds=True,
                                misspelt_only=misspelt_only)

"""The off-topic label in training and evaluation data: refused beside a target, warned of
when no row has it, and labels that look like it without being it ("NONE", "nnoe") named.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .exceptions import InvalidInputError, quoted, shell_option, warn
from .label_names import rare_twin
from .names import _conflicts, closest_options, composed, name_key, row_names
from .nearest import or_listed


def warn_of_unused_off_topic(off_topic: str | None, names: Iterable[str]) -> None:
    """Warn when the off-topic label ``off_topic`` is none of the labels ``names``, so that
    every label is a target. Not inside :func:`conflicts_reported`: a fold's training rows
    lacking it are not the data lacking it, and the caller warns of the whole data once its
    folds are found to train.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_of_unused_off_topic("Other", ["other", "energy"])
    ...     warn_of_unused_off_topic("none", ["none", "energy"])
    >>> [str(w.message) for w in caught]  # doctest: +NORMALIZE_WHITESPACE
    ["none_label='Other' is the label of no row, so every label is a target; labels are matched exactly:
    did you mean none_label='other'?"]
    """
    names = list(names)
    if off_topic is None or off_topic in names or getattr(_conflicts, "reported", False):
        return
    # Matched exactly: "Other" for a label "other" left every row of it a target.
    near = closest_options(off_topic, names)  # every one that ties
    # The remedy in the words of the caller: stance train's flag, which "pass it as none_label" was not,
    # and a label near it as the flag takes it ("did you mean --none-label='other'?" was Python's quoting).
    remedy = (lambda words: "labels are matched exactly: did you mean "
                            + or_listed([words.either(f"none_label={quoted(name)}", shell_option("--none-label", name))
                                         for name in near]) + "?") if near else (
        lambda words: "if your off-topic label has another name, pass it as "
                      + words.either("none_label (none_label=None", "--none-label (--none-label None")
                      + " for a scheme without one)")
    warn(lambda words: f"none_label={quoted(off_topic)} is the label of no row, so every label is a target; "
                       + remedy(words))


def off_topic_lookalike(label: str, none_label: str | None) -> str | None:
    """How ``label`` looks like the off-topic label ``none_label`` without being it, in words
    that follow "row 5's label 'NONE'": it differs only in case, or looks like a misspelling
    of it (as :func:`rare_twin` finds one); None when it is the label, or not like it.

    >>> off_topic_lookalike("NONE", "none")
    "differs from the off-topic label 'none' only in case"
    >>> off_topic_lookalike("nnoe", "none"), off_topic_lookalike("none", "none"), off_topic_lookalike("gas", "none")
    ("looks like a misspelling of the off-topic label 'none'", None, None)
    """
    if none_label is None or label == none_label or rare_twin(label, [none_label]) is None:
        return None
    if name_key(label) == name_key(none_label):  # "ｎｏｎｅ" too, full-width (see name_key)
        in_case = composed(label).strip().casefold() == composed(none_label).strip().casefold()
        how = "case" if in_case else "width or case"
        return f"differs from the off-topic label {quoted(none_label)} only in {how}"
    return f"looks like a misspelling of the off-topic label {quoted(none_label)}"


def off_topic_lookalikes(label_sets: Sequence[tuple[str, ...]], rows: Sequence[int], index: Sequence[Any],
                         none_label: str | None) -> tuple[list[str], dict[str, list[int]]]:
    """Of ``rows``, those whose label looks like the off-topic label without being it ("NONE",
    "nnoe": see :func:`off_topic_lookalike`), as words for each such label ("row 5's label
    'NONE' differs from the off-topic label 'none' only in case"), and the rows of each label.
    Training says so of rows with a target but no stance, and evaluate of gold rows alike.

    >>> off_topic_lookalikes([("NONE",), ("gas",), ("NONE",)], [0, 1, 2], ["a", "b", "c"], "none")[0]
    ["the label 'NONE' of rows 'a', 'c' differs from the off-topic label 'none' only in case"]
    """
    by_label: dict[str, list[int]] = {}
    for i in rows:
        if label_sets[i] and off_topic_lookalike(label_sets[i][0], none_label):
            by_label.setdefault(label_sets[i][0], []).append(i)

    def whose(label: str, rows: list[int]) -> str:
        return (f"{row_names(index, rows)}'s label {quoted(label)}" if len(rows) == 1 else
                f"the label {quoted(label)} of {row_names(index, rows, limit=3)}")

    named = [f"{whose(label, rows)} {off_topic_lookalike(label, none_label)}" for label, rows in by_label.items()]
    return named, by_label


def refuse_off_topic_beside_targets(label_sets: Sequence[tuple[str, ...]], index: Sequence[Any],
                                    none_label: str | None, labels_name: str, advice: str = "") -> None:
    """Refuse rows that give the off-topic label beside a target ("602|000"): such a row says
    both that the statement takes no position and that it takes one. Training refuses them,
    and :func:`stance.evaluate` their gold labels, which it scored as whichever came first;
    ``advice`` ends the message.

    >>> refuse_off_topic_beside_targets([("602",), ("000",)], [0, 1], "000", "labels")
    >>> refuse_off_topic_beside_targets([("602", "000")], [0], "000", "labels")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: labels: row 0 combines '000' with other labels; '000' means the \
statement takes no position, so it stands alone
    """
    if none_label is None:
        return
    mixed = [i for i, row in enumerate(label_sets) if none_label in row and len(row) > 1]
    if mixed:
        raise InvalidInputError(
            f"{labels_name}: {row_names(index, mixed)} combine{'s' if len(mixed) == 1 else ''} "
            f"{quoted(none_label)} with other labels; "
            f"{quoted(none_label)} means the statement takes no position, so it stands alone{advice}"
        )

"""The order of training rows by their content, and what follows from it: the folds drawn
over it (each text's rows in one fold) and the digest of the training data, which is the same
for the same rows in any order or with other line ends.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from . import _forksafe as forksafe
from .duplicate_texts import repeated_text_keys
from .exceptions import InvalidInputError


def content_order(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                  stances: Sequence[str | None] | None) -> list[int]:
    """Row positions sorted by the rows' content (text, its line ends read as "\\n", labels,
    stance): what training fits in, and what folds are drawn from, so that the same rows in
    another order, or re-saved with other line ends, give the same model and the same folds.

    >>> content_order(["b", "a", "b"], [("x",), ("x",), ("w",)], None)
    [1, 2, 0]
    """
    return sorted(range(len(texts)), key=lambda i: (lf_line_ends(texts[i]), label_sets[i], "" if stances is None else
                                                    stances[i] or ""))


def lf_line_ends(text: str) -> str:
    r"""``text`` with its line ends as "\n" ("\r\n" and a lone "\r" alike), as the training
    data's digest and content order read it.

    A file re-saved with CRLF line ends (Excel on Windows, git's core.autocrlf) keeps a
    multi-line text's line breaks as "\r\n". The analyzer reads no whitespace, so the model
    is the same; the digest of the training data, read so, is the same too, and a reviewer
    can tell that the same statements were used.

    >>> lf_line_ends("one\r\ntwo\rthree\nfour")
    'one\ntwo\nthree\nfour'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def shuffled_folds(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                   stances: Sequence[str | None] | None, folds: int, random_state: int,
                   minimum: int | None = None) -> tuple[list, list[str]]:
    """The test rows of ``folds`` folds drawn at random over the rows in :func:`content_order`
    (so the same rows in another order give the same folds), stratified by primary label,
    each sorted; and the primary labels with fewer than ``folds`` texts, which some test
    folds hold none of (each of their texts is held out in a fold of its own).

    Rows that hold one text (see :func:`text_key`) are drawn as one, into one fold: split
    between training and test, a copy would be tested on a model that learnt it, which
    inflated the figures (or, labelled otherwise, confused them). Without such rows the
    folds are those of drawing each row alone.

    With ``minimum`` (the rows of a label a training fold needs), folds whose training rows
    keep fewer of a label that has more in all are mended by :func:`_spread_secondary_labels`
    (stratified by primary label, a label's rows as another's secondary label may share a
    test fold); folds that keep enough of every label are never changed.

    >>> shuffled_folds(["a", "b", "c", "d"], [("x",), ("y",), ("x",), ("y",)], None, 2, 0)[1]
    []
    >>> [test.tolist() for test in shuffled_folds(["a", "b", "a ", "c"], [("x",)] * 4, None, 2, 0)[0]]
    [[1, 3], [0, 2]]
    """
    import numpy as np

    StratifiedKFold = forksafe.imported("sklearn.model_selection").StratifiedKFold

    ordered = content_order(texts, label_sets, stances)
    copies = _rows_of_each_text(texts, ordered)
    if copies is not None:  # draw the first row of each text; its fold takes the others
        if len(copies) < 2:
            raise InvalidInputError(
                f"folds={folds}: every row holds the same text, which cannot be split into folds (rows with the "
                f"same text stay in one fold); add rows with other texts")
        if len(copies) < folds:
            raise InvalidInputError(
                f"folds={folds}: the data hold {len(copies)} different texts, fewer than the folds (rows with "
                f"the same text stay in one fold); pass folds={len(copies)} or fewer")
        ordered = [rows[0] for rows in copies]
    ordered = np.asarray(ordered, dtype=np.int64)
    primary = np.array([row[0] if row else "" for row in label_sets], dtype=object)
    counts = Counter(primary[ordered].tolist())
    rare = sorted(label for label, count in counts.items() if count < folds)
    if rare:  # drawn unstratified, 3 to 5 rows of a label often shared a test fold: too few trained
        tests = [ordered[test] for test in _stratified_draw(primary[ordered].tolist(), folds, random_state)]
    else:  # as always, so that the folds (and the bundled model's figures) do not move
        drawn = StratifiedKFold(n_splits=folds, shuffle=True, random_state=random_state).split(
            ordered, primary[ordered])
        tests = [ordered[test] for _, test in drawn]
    if copies is not None:
        rows_of = {rows[0]: rows for rows in copies}
        tests = [np.asarray([j for i in test.tolist() for j in rows_of[i]], dtype=np.int64) for test in tests]
    tests = [np.sort(test) for test in tests]
    if minimum is not None:
        tests = _spread_secondary_labels(tests, texts, label_sets, stances, minimum)
    return tests, rare


def _short_labels(tests: Sequence, label_sets: Sequence[tuple[str, ...]], minimum: int) -> set[str]:
    """The labels with more than ``minimum`` rows in all of which some training fold (all the
    rows but a test fold's) keeps fewer than ``minimum``, but some: a fold that keeps none of a
    label trains without it, as the fold checks let it (a review found such folds, which trained
    before, redrawn).

    >>> import numpy as np
    >>> _short_labels([np.array([0, 1]), np.array([2, 3])], [("a",), ("a", "b"), ("b",), ("a",)], 2)
    {'a'}
    """
    totals = Counter(label for labels in label_sets for label in labels)
    return {label for test in tests for label, held in Counter(label for i in test.tolist()
                                                              for label in label_sets[i]).items()
            if totals[label] > minimum and 0 < totals[label] - held < minimum}


def _spread_secondary_labels(tests: list, texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                             stances: Sequence[str | None] | None, minimum: int) -> list:
    """``tests`` (each fold's test rows), mended where a training fold keeps fewer than
    ``minimum`` rows of a label that has more: the folds are stratified by primary label, so
    a label's rows as a secondary label fall where they may, and 4 rows of 'hydrogen' (3 its
    primary, 1 another's) put 2 in one test fold, keeping 2 of 4 at any number of folds.

    A text (its copies) holding such a label as a secondary one in a fold that holds out too
    many is swapped with a text of another fold that holds out fewest, of the same primary
    labels and stance values and no other label, so every fold keeps its primary labels'
    and stance values' counts and its size; each move is the first that fits, in row order,
    so the mended folds are as deterministic as the draw. They are taken only when fewer
    labels are short: folds that keep enough of every label, or that the swaps cannot mend,
    are returned as they were.

    >>> import numpy as np
    >>> sets = [("h",), ("h",), ("h",), ("n", "h"), ("n",), ("n",), ("n",), ("n",)]
    >>> tests = [np.array([0, 3, 4]), np.array([1, 5]), np.array([2, 6]), np.array([7])]
    >>> [t.tolist() for t in _spread_secondary_labels(tests, list("abcdefgh"), sets, None, 3)]
    [[0, 4, 7], [1, 5], [2, 6], [3]]
    """
    import numpy as np

    short = _short_labels(tests, label_sets, minimum)
    if not short:
        return tests
    keys = repeated_text_keys(texts)
    units: list[list[list[int]]] = []  # each fold's texts, each its rows
    for test in tests:
        rows: dict = {}
        for i in test.tolist():
            rows.setdefault(i if keys is None else keys[i], []).append(i)
        units.append(list(rows.values()))
    totals = Counter(label for labels in label_sets for label in labels)

    def labels_of(unit: list[int]) -> Counter:
        return Counter(label for i in unit for label in label_sets[i])

    kinds: dict[int, tuple] = {}  # by a text's first row: read once, not once a fold is searched

    def kind(unit: list[int]) -> tuple:
        """What a swap must keep, the primary labels and stance values, and whether the text
        holds its primary labels alone (a partner to swap with)."""
        if unit[0] not in kinds:
            primary = sorted(label_sets[i][0] if label_sets[i] else "" for i in unit)
            kinds[unit[0]] = (primary, sorted((stances[i] or "") if stances is not None else "" for i in unit),
                              set(labels_of(unit)) == set(primary))
        return kinds[unit[0]]

    held = [Counter(label for unit in fold for i in unit for label in label_sets[i]) for fold in units]
    for label in sorted(short, key=lambda label: (totals[label], label)):
        room = totals[label] - minimum  # the most of its rows a test fold may hold out
        for a in range(len(units)):
            for unit in [u for u in units[a] if any(label in label_sets[i][1:] for i in u)]:
                if held[a][label] <= room:
                    break
                moved = labels_of(unit)
                for b in sorted(range(len(units)), key=lambda f: (held[f][label], f)):
                    partner = None if b == a else next(
                        (v for v in units[b] if kind(v)[2] and kind(v)[:2] == kind(unit)[:2]), None)
                    if partner is None:
                        continue
                    delta = moved - labels_of(partner)
                    if any(totals[s] > minimum and held[b][s] + n > totals[s] - minimum for s, n in delta.items()):
                        continue
                    units[a].remove(unit), units[b].remove(partner)
                    units[a].append(partner), units[b].append(unit)
                    held[a] = held[a] - moved + labels_of(partner)
                    held[b] = held[b] - labels_of(partner) + moved
                    break
    mended = [np.sort(np.asarray([i for unit in fold for i in unit], dtype=np.int64)) for fold in units]
    return mended if len(_short_labels(mended, label_sets, minimum)) < len(short) else tests


def _stratified_draw(labels: Sequence[str], folds: int, random_state: int) -> list:
    """The positions in ``labels`` held out by each of ``folds`` folds, stratified even where a
    label has fewer than ``folds`` positions (scikit-learn's StratifiedKFold refuses data in
    which every label has, and warns of one): the labels, in an order drawn at random, each
    its positions shuffled, are dealt out in turn, so each fold holds out ``n // folds`` or one
    more of a label's ``n`` positions (one at most, where ``n <= folds``), and the folds'
    sizes differ by one at most.

    >>> [test.tolist() for test in _stratified_draw(["x", "x", "y", "y", "y", "z"], 3, 0)]
    [[3, 5], [0, 4], [1, 2]]
    """
    import numpy as np

    rng = np.random.RandomState(random_state)
    positions = np.asarray(labels, dtype=object)
    dealt = [rng.permutation(np.flatnonzero(positions == label)) for label in rng.permutation(sorted(set(labels)))]
    fold_of = np.empty(len(labels), dtype=np.int64)
    fold_of[np.concatenate(dealt)] = np.arange(len(labels)) % folds
    return [np.flatnonzero(fold_of == fold) for fold in range(folds)]


def _rows_of_each_text(texts: Sequence[str], ordered: Sequence[int]) -> list[list[int]] | None:
    """The rows holding each text (see :func:`text_key`), in the order ``ordered`` gives them
    and their texts; None when no two rows hold one text (the common case, found with a set).

    >>> _rows_of_each_text(["b", "a", "b ", "c"], [1, 0, 2, 3]), _rows_of_each_text(["a", "b"], [0, 1])
    ([[1], [0, 2], [3]], None)
    """
    keys = repeated_text_keys(texts)
    if keys is None:
        return None
    rows: dict[str, list[int]] = {}
    for i in ordered:
        rows.setdefault(keys[i], []).append(i)
    return list(rows.values())


def fingerprint(texts: Sequence[str], label_sets: Sequence[tuple[str, ...]],
                stances: Sequence[str | None] | None) -> str:
    """SHA-256 of the training rows, in any order (the model does not depend on it), recorded
    in the model's metadata, each text's line ends as "\\n" (see :func:`lf_line_ends`)."""
    records = sorted(f"{lf_line_ends(text)}\x1f{'|'.join(labels)}\x1f"
                     f"{(stances[i] if stances is not None else None) or ''}\x1e"
                     for i, (text, labels) in enumerate(zip(texts, label_sets)))
    digest = hashlib.sha256()
    for record in records:
        digest.update(record.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()

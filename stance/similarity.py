"""Finding statements that say the same thing: exact and near-duplicates.

Similarity is the cosine of TF-IDF vectors of word unigrams and bigrams (unstemmed,
no stop words removed). Used by the corpus validator, the held-out split (so that
near-paraphrases never straddle train and test) and the diversity step of ``suggest``,
which reads its pool as posts (see :func:`content_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np

from . import _forksafe as forksafe

# Rows compared at a time: bounds memory at about 8 * BLOCK * n bytes.
BLOCK = 1024
# A cosine is computed in floating point: a text against itself came out from 0.99999999999999
# to 1.000000000000001, so that an exact duplicate missed the threshold 1.0. Comparisons allow
# this much, and a cosine given is clipped to [0, 1], one within this of 1 given as 1.
TOLERANCE = 1e-9


def _clipped(cosines: np.ndarray) -> np.ndarray:
    return np.where(cosines >= 1.0 - TOLERANCE, 1.0, np.clip(cosines, 0.0, None))


def tfidf_unit_vectors(texts: Sequence[str], posts: bool = False):
    """L2-normalised TF-IDF rows (scipy CSR) of word 1-2-grams; with ``posts``, of each
    text's :func:`content_words` only. Texts of no word at all (none, or "---" alone) are
    rows of no column, each of cosine 0 to every text.

    >>> tfidf_unit_vectors([]).shape, tfidf_unit_vectors(["---", ""]).shape
    ((0, 0), (2, 0))
    """
    TfidfVectorizer = forksafe.imported("sklearn.feature_extraction.text").TfidfVectorizer
    sparse = forksafe.imported("scipy.sparse")

    analyzer = _analyzer(posts)
    try:
        return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True).fit_transform(texts)
    except ValueError:
        # scikit-learn's "empty vocabulary; perhaps the documents only contain stop words",
        # of texts that have no word (and no stop word is removed here)
        if any(analyzer(text) for text in texts):
            raise
        return sparse.csr_matrix((len(texts), 0))


def tfidf_unit_vectors_beside(texts: Sequence[str], extras: Sequence[Sequence[str]]) -> Iterator:
    """For each sequence of ``extras``, the rows ``tfidf_unit_vectors([*texts, *extra])`` gives,
    with ``texts`` tokenized once for all of them. Each extra weighs words as in a fit on
    ``texts`` and it alone (its own IDF: the others' words are columns no row of it uses), so
    a similarity threshold means what it does there; a value may differ in its last bit, where
    the words of a row come in another order (the corpus and the challenge set: cosines within
    6e-16).

    >>> each = list(tfidf_unit_vectors_beside(["we stand together", "rain"], [["together we stand"], ["sun"]]))
    >>> [x.shape[0] for x in each], bool((each[0] @ each[0].T)[0, 2] > 0.5)
    ([3, 3], True)
    """
    text = forksafe.imported("sklearn.feature_extraction.text")

    extras = [list(extra) for extra in extras]
    # Tokenizing the texts is most of a fit's time: one count matrix of every text, then each
    # extra's rows beside those of ``texts`` weighed as a fit on them alone would weigh them.
    counts = text.CountVectorizer(analyzer=_analyzer(False), dtype=np.float64).fit_transform(
        [*texts, *(t for extra in extras for t in extra)])
    start = len(texts)
    for extra in extras:
        rows = counts[np.r_[0 : len(texts), start : start + len(extra)]]
        start += len(extra)
        yield text.TfidfTransformer(sublinear_tf=True).fit_transform(rows)


def _analyzer(posts: bool) -> Callable[[str], list[str]]:
    from .text import tokenize

    words = content_words if posts else tokenize
    return lambda t: _grams(words(t))


def content_words(text: str) -> list[str]:
    """The words of ``text`` that tell one post from another: its tokens without a web or
    e-mail address (as a model trained with ``links`` reads them), without the handles it
    names, a dotted or a Mastodon one too (as ``handles`` reads them, the default's), and
    without the "RT" of a retweet's "RT @handle:". Two retweets of one statement by
    different accounts, each with its own t.co link, are the same words; a handle is in
    every reply to it, and the link's hash, unique to each post, weighed most.

    >>> content_words("RT @user_8725: RT @NATO: We stand united! https://t.co/4b3e865")
    ['we', 'stand', 'united']
    >>> content_words("RT is state media, says @SecGenNATO")
    ['rt', 'is', 'state', 'media', 'says']
    >>> content_words("@kyiv.bsky.social @rutte@mastodon.social Agreed, mail press@nato.int")
    ['agreed', 'mail']
    """
    from .text import normalize, token_pattern, word_of

    # A handle as the analyzer's ``handles`` reads it: "@kyiv.bsky.social" is one handle, not
    # "@kyiv" and the words "bsky" and "social", which every reply to a Bluesky account shared
    # (two replies of one word each, "Agreed." and "Nonsense.", were near-duplicates at 0.43).
    raw = token_pattern(links=True, handles=True).findall(normalize(text, links=True, handles=True))
    # "RT" before a handle marks a retweet ("RT @a: RT @b: …"); elsewhere it is a word.
    return [word_of(token) for token, after in zip(raw, [*raw[1:], ""])
            if not token.startswith("@") and not (token == "rt" and after.startswith("@"))]


def _grams(tokens: list[str]) -> list[str]:
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def nearest_neighbours(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """For each text, the index of its most similar other text and that similarity, a
    cosine in [0, 1] (one within TOLERANCE of 1 given as 1). A lone text has no other: its
    index is -1 and its similarity NaN.

    >>> index, similarity = nearest_neighbours(["we stand together", "together we stand", "rain"])
    >>> index.tolist()[:2], bool(similarity[0] > 0.5)
    ([1, 0], True)
    >>> nearest_neighbours(["we stand together"])
    (array([-1]), array([nan]))
    """
    n = len(texts)
    best_index = np.full(n, -1, dtype=np.int64)
    best = np.full(n, np.nan)
    if n < 2:  # no other text: the search below gave a lone text itself, of similarity -1
        return best_index, best
    x = tfidf_unit_vectors(texts)
    for start in range(0, n, BLOCK):
        block = (x[start : start + BLOCK] @ x.T).toarray()
        rows = np.arange(block.shape[0])
        block[rows, start + rows] = -1.0  # a text is not its own neighbour
        best_index[start : start + BLOCK] = block.argmax(axis=1)
        best[start : start + BLOCK] = block.max(axis=1)
    return best_index, _clipped(best)


def similar_pairs(texts: Sequence[str], threshold: float) -> list[tuple[int, int, float]]:
    """Every pair ``(i, j, similarity)`` with ``i < j`` at or above ``threshold``, most similar first.

    ``threshold`` is a cosine above 0 and at most 1 (every pair's is 0 or more); a pair within
    TOLERANCE of it is at it, so that 1.0 finds exact duplicates, and a similarity given is
    at most 1 (one within TOLERANCE of 1 given as 1).

    >>> similar_pairs(["We stand together.", "Rain.", "We stand together."], 1.0)
    [(0, 2, 1.0)]
    >>> similar_pairs(["We stand together."], float("nan"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: threshold must be a number above 0 and at most 1 (every ...), got nan
    """
    from .exceptions import InvalidInputError, is_number, quoted

    if not is_number(threshold) or not 0.0 < threshold <= 1.0:  # NaN too: it matched no pair
        raise InvalidInputError(f"threshold must be a number above 0 and at most 1 (every pair's cosine is 0 or more), "
                                f"got {quoted(threshold)}")
    if len(texts) < 2:
        return []
    x = tfidf_unit_vectors(texts)
    words = x.T.tocsr()  # a row of texts for each word: what scipy turned x.T into for every block
    rows, columns, values = [], [], []
    for start in range(0, x.shape[0], BLOCK):
        # Against the texts from ``start`` on only (i < j): half the products. Nearly every pair
        # shares a word ("the"), so the pairs are picked out in numpy (a loop in Python took 2
        # minutes on the corpus's 24,000 statements), and those at the threshold are found before
        # any is given its row: the row of each of the 290 million products took a second of 7.
        block = x[start : start + BLOCK] @ words[:, start:]
        near = np.flatnonzero(block.data >= threshold - TOLERANCE)
        row, column = np.searchsorted(block.indptr, near, side="right") - 1, block.indices[near]
        keep = row < column
        rows.append(row[keep] + start)
        columns.append(column[keep] + start)
        values.append(_clipped(block.data[near[keep]]))
    pairs = zip(np.concatenate(rows or [[]]).tolist(), np.concatenate(columns or [[]]).tolist(),
                np.concatenate(values or [[]]).tolist())
    return sorted(((int(i), int(j), float(value)) for i, j, value in pairs), key=lambda p: (-p[2], p[0], p[1]))


def clusters(n: int, pairs: Sequence[tuple[int, int, float]]) -> np.ndarray:
    """Connected components of the pair graph: one cluster id per text (union-find)."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _ in pairs:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return np.array([find(i) for i in range(n)], dtype=np.int64)

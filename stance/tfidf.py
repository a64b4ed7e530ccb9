"""Fitting the TF-IDF features with integer ids: ``TfidfVectorizer.fit_transform``, faster.

Training used scikit-learn's ``TfidfVectorizer`` over our analyzer, and that was about 40%
of the training time on the bundled corpus: it builds, hashes and counts a string for every
n-gram occurrence in Python. Here every raw token gets its stem's id once, the
n-grams and negation marks of all statements are found at once as integer keys with numpy
(the helpers of :mod:`stance.features`), and a string is built once per distinct feature.

The result is the vectorizer's, value for value: the same vocabulary (sorted, pruned by
``min_df``, cut to ``max_features`` with scikit-learn's tie order), the same idf, and the
same matrix with each row's entries in the same order (the order in which the vectorizer
first met the features), so the solvers downstream add up the same numbers in the same
order and training gives bit-for-bit the parameters it gave with the vectorizer.

>>> x, vocabulary, idf = fit_tfidf(["We are not alone.", "Not alone"], {"ngram_max": 2, "stem": True, "negation": True})
>>> vocabulary
['NOT_alon', 'alon', 'are', 'are not', 'not', 'not alon', 'we', 'we are']
>>> x.shape, idf.round(3).tolist()
((2, 8), [1.0, 1.0, 1.405, 1.405, 1.0, 1.0, 1.405, 1.405])
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from numbers import Integral
from typing import Any

import numpy as np

from . import _forksafe as forksafe
from . import text as _text
from .features import PROBES, SUPPORTED_OPTIONS, _TokenIds, negation_marks, ngram_keys, token_ids

# Training rows that join the fixed probes in checking this against the vectorizer.
PROBE_ROWS = 64


def fit_tfidf(
    texts: Sequence[str], analyzer_options: dict[str, Any], *, min_df: float = 1, max_features: int | None = None,
    norms: bool = False,
):
    """``(x, vocabulary, idf)`` as ``TfidfVectorizer(analyzer=make_analyzer(**analyzer_options),
    sublinear_tf=True, min_df=min_df, max_features=max_features)`` learns them; with ``norms``,
    ``(x, vocabulary, idf, norms)``, ``norms`` the length each row had before it was scaled to
    unit length (what a model's ``length_floor`` is taken from).

    Returns None when the analyzer options are outside what this reproduces, or when it
    disagrees with the vectorizer on a probe (the analyzer changed since this was
    written); fit the vectorizer itself then.
    """
    if not set(analyzer_options) <= SUPPORTED_OPTIONS:
        return None
    if not _agrees_with_vectorizer([*PROBES, *islice(texts, PROBE_ROWS)], analyzer_options):
        return None
    fitted = _fit(texts, analyzer_options, min_df, max_features)
    return fitted if fitted is None or norms else fitted[:3]


def _agrees_with_vectorizer(texts: Sequence[str], analyzer_options: dict[str, Any]) -> bool:
    """Whether :func:`_fit` gives TfidfVectorizer's result, bit for bit, on ``texts``."""
    TfidfVectorizer = forksafe.imported("sklearn.feature_extraction.text").TfidfVectorizer

    from .text import make_analyzer

    vectorizer = TfidfVectorizer(analyzer=make_analyzer(**analyzer_options), lowercase=False, sublinear_tf=True,
                                 dtype=np.float64)
    expected = vectorizer.fit_transform(texts).tocsr()
    fitted = _fit(texts, analyzer_options, 1, None)
    if fitted is None:
        return False
    x, vocabulary, idf, _ = fitted
    return (vocabulary == sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
            and idf.tobytes() == vectorizer.idf_.tobytes() and np.array_equal(x.indptr, expected.indptr)
            and np.array_equal(x.indices, expected.indices) and x.data.tobytes() == expected.data.tobytes())


def _fit(texts: Sequence[str], analyzer_options: dict[str, Any], min_df: float, max_features: int | None):
    ngram_max = int(analyzer_options.get("ngram_max", 2))
    names: list[str] = []  # stem id -> stem
    language = _text.language_of(analyzer_options)
    resolve = _TokenIds(_stem_numberer(names, language))
    ids, counts = token_ids(texts, resolve.__getitem__, dtype=np.int32, elisions=language.elisions,
                            apostrophes=language.apostrophes, links=language.links, invisibles=language.invisibles,
                            cannot=language.cannot, handles=language.handles, marks=language.marks,
                            cjk=language.cjk, lookalikes=language.lookalikes, names=language.names)
    del resolve
    # n-gram keys must fit in int64. ngram_max first: len(names) ** 10**9, a power of a billion
    # bits, hung training for minutes before it could say no.
    if len(names) > 1 and (ngram_max >= 62 or len(names) ** ngram_max >= 2**62):
        return None
    tokens = _Tokens(ids, counts, ngram_max)
    blocks = _occurrences(tokens, names, ngram_max, bool(analyzer_options.get("negation", False)),
                          bool(analyzer_options.get("opening", False)), language.negations)
    kinds, keys = _number_features(blocks, tokens)
    pair_rows, pair_features, tf = _count_pairs(blocks, len(counts), len(keys))
    del blocks
    kept, vocabulary = _prune(pair_features, tf, kinds, keys, names, len(texts), min_df, max_features)
    column = np.full(len(keys), -1, dtype=np.int32)
    column[kept] = np.arange(len(kept), dtype=np.int32)
    columns = column[pair_features]
    keep = columns >= 0
    x, idf, norms = _tfidf_matrix(pair_rows[keep], columns[keep], tf[keep], len(texts), len(kept))
    return x, vocabulary, idf, norms


def _stem_numberer(names: list[str], language: _text.Language):
    """A raw token -> stem id function that numbers new stems as it meets them, each token
    read as ``language`` reads it (respelt and stemmed as its options say)."""
    number: dict[str, int] = {}
    word = language.word

    def resolve(raw: str) -> int:
        token = word(_text.word_of(raw))
        found = number.get(token)
        if found is None:
            found = number[token] = len(names)
            names.append(token)
        return found

    return resolve


class _Tokens:
    """All statements' stem ids end to end, with where each token sits.

    The analyzer emits a statement's unigrams, then its bigrams, ..., then its negation
    marks, then its opening word; :meth:`emitted` numbers those places in order over the
    whole corpus.
    """

    def __init__(self, ids: np.ndarray, counts: np.ndarray, ngram_max: int) -> None:
        self.ids = ids
        self.counts = counts
        self.ngram_max = ngram_max
        self.row_of = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        self.row_start = np.cumsum(counts) - counts
        self.width = int(counts.max(initial=0)) + 1
        self.stride = (ngram_max + 2) * self.width

    def emitted(self, block: int, at: np.ndarray) -> np.ndarray:
        rows = self.row_of[at].astype(np.int64)
        return rows * self.stride + block * self.width + (at - self.row_start[rows])


def _occurrences(tokens: _Tokens, names: list[str], ngram_max: int, negation: bool, opening: bool = False,
                 negations: frozenset[str] = _text.NEGATIONS):
    """Feature occurrences in blocks ``[n, at, keys]``: the n-grams for each n, then the
    negation marks (``n == 0``), then the opening words (``n == -1``). ``at`` is each
    occurrence's first token (None: every token, for unigrams), increasing within a block;
    ``keys`` identify the feature."""
    ids, row_of = tokens.ids, tokens.row_of
    blocks: list[list[Any]] = [[1, None, ids]]
    known = np.ones(len(ids), dtype=bool)
    for n in range(2, ngram_max + 1):
        starts, keys, valid = ngram_keys(ids, row_of, known, n, max(len(names), 1))
        blocks.append([n, starts[valid].astype(np.int32), keys[valid]])
        del starts, keys, valid
    if negation:
        is_negation = np.array([name in negations for name in names], dtype=bool)
        marked = np.flatnonzero(negation_marks(is_negation[ids] if len(ids) else known, tokens.counts))
        blocks.append([0, marked.astype(np.int32), ids[marked]])
    if opening:
        first = tokens.row_start[tokens.counts > 0]
        blocks.append([-1, first.astype(np.int32), ids[first]])
    return blocks


def _number_features(blocks: list[list[Any]], tokens: _Tokens):
    """Number the distinct features in the order the vectorizer first met them.

    Each block's keys are replaced in place by ``(rows, feature numbers)``; returns per
    feature number its kind (``n``, 0 for a negation mark, -1 for an opening word) and key.
    """
    first_seen, kinds, keys = [], [], []
    offset = 0
    for block in blocks:
        n, at, block_keys = block
        # Occurrences come in emission order, so a key's first occurrence is its first sight.
        distinct, first, inverse = np.unique(block_keys, return_index=True, return_inverse=True)
        # Negation marks come after the n-grams, the opening word last.
        emission_block = n - 1 if n > 0 else tokens.ngram_max + (n == -1)
        first_seen.append(tokens.emitted(emission_block, first if at is None else at[first]))
        kinds.append(np.full(len(distinct), n, dtype=np.int8))
        keys.append(distinct)
        rows = tokens.row_of if at is None else tokens.row_of[at]
        block[1:] = [rows, (inverse.reshape(-1) + offset).astype(np.int32)]
        offset += len(distinct)
        del distinct, first, inverse, block_keys
    if offset == 0:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    order = np.argsort(np.concatenate(first_seen), kind="stable")
    rank = np.empty(offset, dtype=np.int32)
    rank[order] = np.arange(offset, dtype=np.int32)
    for block in blocks:
        block[2] = rank[block[2]]
    return np.concatenate(kinds)[order], np.concatenate(keys)[order]


def _count_pairs(blocks: list[list[Any]], n_docs: int, n_features: int, rows_per_step: int = 20_000):
    """Distinct ``(row, feature)`` pairs in row-major order with their counts, a slice of
    rows at a time so that the sorting needs little memory."""
    found_rows, found_features, found_counts = [], [], []
    for first in range(0, n_docs, rows_per_step):
        parts = []
        for _, rows, features in blocks:
            lo, hi = np.searchsorted(rows, [first, first + rows_per_step])
            parts.append(rows[lo:hi].astype(np.int64) * n_features + features[lo:hi])
        pairs, counts = np.unique(np.concatenate(parts), return_counts=True)
        pair_rows, pair_features = np.divmod(pairs, n_features)
        found_rows.append(pair_rows.astype(np.int32))
        found_features.append(pair_features.astype(np.int32))
        found_counts.append(counts.astype(np.int32))
    return np.concatenate(found_rows), np.concatenate(found_features), np.concatenate(found_counts)


def _prune(pair_features, tf, kinds, keys, names, n_docs: int, min_df: float, max_features: int | None):
    """scikit-learn's ``_limit_features`` and ``_sort_features``: kept feature numbers and
    their terms, in vocabulary (alphabetical) order."""
    df = np.bincount(pair_features, minlength=len(keys))
    max_doc_count = 1.0 * n_docs  # max_df=1.0
    min_doc_count = min_df if isinstance(min_df, Integral) else min_df * n_docs
    if max_doc_count < min_doc_count:
        raise ValueError("max_df corresponds to < documents than min_df")
    candidates = np.flatnonzero((df <= max_doc_count) & (df >= min_doc_count))
    terms = [_term(n, key, names) for n, key in zip(kinds[candidates].tolist(), keys[candidates].tolist())]
    order = sorted(range(len(terms)), key=terms.__getitem__)
    candidates = candidates[order]
    terms = [terms[i] for i in order]
    if max_features is not None and len(candidates) > max_features:
        totals = np.bincount(pair_features, weights=tf.astype(np.float64), minlength=len(keys))
        chosen = (-totals[candidates]).argsort()[:max_features]  # the vectorizer's own tie order
        mask = np.zeros(len(candidates), dtype=bool)
        mask[chosen] = True
        candidates = candidates[mask]
        terms = [term for term, kept in zip(terms, mask.tolist()) if kept]
    if len(candidates) == 0:
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    return candidates, terms


def _term(n: int, key: int, names: list[str]) -> str:
    if n == 0:
        return _text.NOT_PREFIX + names[key]
    if n == -1:
        return _text.OPENING_PREFIX + names[key]
    base = max(len(names), 1)
    parts = []
    for _ in range(n):
        key, digit = divmod(key, base)
        parts.append(names[digit])
    return " ".join(reversed(parts))


def _tfidf_matrix(rows: np.ndarray, columns: np.ndarray, tf: np.ndarray, n_docs: int, n_features: int):
    """Sublinear TF times smoothed IDF, rows scaled to unit length, as TfidfTransformer does;
    with the idf and each row's length before the scaling."""
    sp = forksafe.imported("scipy.sparse")

    df = np.bincount(columns, minlength=n_features).astype(np.float64)
    df += 1.0
    idf = np.full(n_features, float(n_docs + 1))
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    values = tf.astype(np.float64)
    np.log(values, out=values)
    values += 1.0
    values *= idf[columns]
    # Unit length, summing each row's squares in its entries' order, as scikit-learn's
    # inplace_csr_row_normalize_l2 does (bincount adds its weights one by one, in order).
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_docs))
    values /= norms[rows]
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_docs), out=indptr[1:])
    index_type = np.int32 if len(values) < 2**31 else np.int64
    x = sp.csr_matrix((values, columns.astype(index_type), indptr.astype(index_type)), shape=(n_docs, n_features))
    return x, idf, norms

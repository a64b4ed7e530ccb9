"""Batch featurising with integer ids instead of n-gram strings: the batch fast path.

The analyzer (:mod:`stance.text`) turns a statement into feature strings, and prediction
then looks each string up in the vocabulary. For a batch that means building and hashing
every bigram string of every statement, which is most of the time scikit-learn's
``TfidfVectorizer`` spends too. A fitted vocabulary is known in advance, though: every
feature is a word n-gram, a negation mark (``NOT_<stem>``) or an opening word
(``START_<stem>``) over a fixed set of stems.
So :class:`FeatureIndex` gives every stem an integer id, maps each raw token to its stem's
id once (a cache), and finds the n-grams of a whole batch at once with numpy: integer keys
looked up in sorted arrays. The features found are exactly those of ``analyzer(text)``
that are in the vocabulary, as a multiset; the probabilities built from them are checked
against scikit-learn by ``tests/test_fast_path.py``.

>>> from stance.text import make_analyzer
>>> from stance.parameters import ModelParameters
>>> import numpy as np
>>> vocabulary = ["NOT_alon", "alon", "are", "are not", "not", "not alon", "we are"]
>>> n = len(vocabulary)
>>> params = ModelParameters(vocabulary, np.ones(n), ("a", "b"), "sigmoid", np.zeros((n, 2)),
...     np.zeros(2), np.full(2, 0.5), None, {"ngram_max": 2, "stem": True, "negation": True})
>>> rows, columns = FeatureIndex(params).pairs(["We are not alone.", "", "alone"])
>>> sorted(zip(rows.tolist(), columns.tolist()))
[(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (2, 1)]
>>> analyze = make_analyzer(ngram_max=2, stem=True, negation=True)
>>> sorted(params.vocabulary_index[f] for f in analyze("We are not alone.") if f in params.vocabulary_index)
[0, 1, 2, 3, 4, 5, 6]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from . import text as _text
from .text import NOT_PREFIX, OPENING_PREFIX

# Analyzer options this index reproduces; any other option falls back to the string path.
SUPPORTED_OPTIONS = frozenset({"ngram_max", "stem", "negation", "opening", "apostrophes", "links", "spelling",
                               "invisibles", "cannot", "handles", "marks", "cjk", "negation_words", "lookalikes",
                               "names"})
# Statements on which the fast paths are checked against the analyzer when they are set
# up: negations and their scope, contractions, possessives, numbers, odd characters, links
# and handles (dotted ones too), American spellings, invisible format characters inside
# words, "cannot", combining marks (Hindi's vowel signs, a stress mark, the Arabic harakat),
# Chinese and Japanese (a run of one character, a Latin word and a possessive inside a run, a
# handle, a mark after a character, an ideograph beyond U+FFFF) and Korean, and words that only
# some models' negation_words open a scope after (Polish, Ukrainian, "scarcely"), and the
# look-alikes of the apostrophe (a prime, an acute accent; after a number too), and names as the
# press writes them (diacritics folded, Latin letters only; other transliterations).
PROBES = (
    "We are not alone, and we won't be: Ukraine's security is our security.",
    "No, never again! 2% isn't enough; 3.5% by 2035, or 2,000 troops can’t wait.",
    "NATO’s eastern flank is not a bargaining chip, nor is Kyiv’s air defence, Mr. Rutte said.",
    "Nobody, nothing, neither... none of it without allies; the minister firmly dismissed the idea.",
    "ÉLYSÉE ﬁnds İstanbul talks “premature” — the Bundestag rejected, vetoed and blocked it.",
    "We’ll back o’clock talks; lʼUcraina, dell’Unione e l'Alleanza c'è, un po' di rock'n'roll.",
    "RT @user_8725: NATO must stay united, @SecGenNATO's https://t.co/4b3e865 bit.ly/3xYz me@nato.int @nato not "
    "www.nato.int/a.b, and/or 2.5/10",
    "Defense's defenses mobilized toward the center: not for a major program of skeptics, said the doctor.",
    "\ufeffMore support for Ukr\u200baine's NA\u2060TO, \u2066not\u2069 de\u00adfence\u200e: "
    "\u0645\u06cc\u200c\u0631\u0648\u0645 https://t.co/4b\u200b3e @us\u200der_1",
    "We CANNOT leave them, cannot's @cannot can\u200bnot: Cannot.",
    "@Ukraine.bsky.social's @rutte@mastodon.social @nato-led: thanks @NATO.int. me@nato.int @a.b.c…",
    "Са\u0301нкції тре\u0301ба! \u0939\u093f\u0928\u094d\u0926\u0940 \u0646\u064e\u062d\u0652\u0646\u064f "
    "2\u0301 \u0301a E\u0301te @\u0939\u093f.in's Ѝ\u0301",
    "我们坚定支持北约。NATO的未来、2024年！北约's @北约 日本は「カナダ」を支持 北\u0301京 \U00020000中 나토를 지지한다",
    "Nie popieramy gazu, no to nie; scarcely any, ŻADNEGO! Не підтримуємо, nepodporujeme, není to.",
    "NATO isn′t united, shouldn´t act, won‛t; doesnʽt, can‵t, Kyivʹs hasnʻt: 5′ 10″, 45′, ´twas e\u0301´s.",
    "Zelenskyy's Kiev-based KIEV staff, Suwałki Suwalki Ło\u0301dz ĦIJ ǿ Æ ß; Київ її й ά, @kiev Kyiv’s Orbán.",
)
# Raw tokens remembered per model, at most, in two generations as stance.text.CachedStemmer
# keeps its stems: those asked for lately, whatever passed before them (a stream of ever-new
# numbers and names), so that memory stays bounded and the words in use stay remembered;
# tokens longer than stance.text.LONGEST_REMEMBERED_TOKEN are resolved but never remembered.
RAW_CACHE_LIMIT = 500_000


class _TokenIds(dict):
    """Raw token -> id of its stem (-1 when no feature uses it), filled on first sight: the
    current generation, with the one before it beside it (see :data:`RAW_CACHE_LIMIT`).

    >>> ids = _TokenIds(len)
    >>> ids["nato"], ids["nato"], "nato" in ids
    (4, 4, True)
    """

    def __init__(self, resolve) -> None:
        super().__init__()
        self._resolve = resolve
        self._earlier: dict[str, int] = {}

    def __missing__(self, raw: str) -> int:
        value = self._earlier.get(raw)
        met_before = value is not None
        if not met_before:
            value = self._resolve(raw)
        half = RAW_CACHE_LIMIT // 2
        if half and len(raw) <= _text.LONGEST_REMEMBERED_TOKEN:
            if len(self) >= half:
                if met_before:  # stays where it is (see stance.text.CachedStemmer._remember)
                    return value
                # turn: the tokens not asked for since the last turn go
                self._earlier = dict(self)
                self.clear()
            self[raw] = value
        return value


class FeatureIndex:
    """A fitted vocabulary compiled to integer lookups (see the module docstring).

    ``supported`` is False when the analyzer options or the vocabulary are outside what the
    index reproduces; callers then use the analyzer and string lookups instead.
    """

    def __init__(self, params) -> None:
        options = dict(params.analysis_options)
        self.ngram_max = int(options.get("ngram_max", 2))
        self.language = _text.language_of(options)
        self.negation = bool(options.get("negation", False))
        self.opening = bool(options.get("opening", False))
        self.supported = set(options) <= SUPPORTED_OPTIONS
        stems: dict[str, int] = {}
        negations = self.language.negations
        for word in sorted(negations):  # negations must be recognised even when unused
            stems.setdefault(word, len(stems))
        unigrams: dict[int, int] = {}
        negated: dict[int, int] = {}
        openings: dict[int, int] = {}
        grams: dict[int, list[tuple[tuple[int, ...], int]]] = {}
        for column, term in enumerate(params.vocabulary):
            if term.startswith(NOT_PREFIX):
                negated[stems.setdefault(term[len(NOT_PREFIX):], len(stems))] = column
                continue
            if term.startswith(OPENING_PREFIX):
                openings[stems.setdefault(term[len(OPENING_PREFIX):], len(stems))] = column
                continue
            parts = term.split(" ")
            ids = tuple(stems.setdefault(part, len(stems)) for part in parts)
            if len(ids) == 1:
                unigrams[ids[0]] = column
            elif len(ids) <= self.ngram_max:
                grams.setdefault(len(ids), []).append((ids, column))
        self.n_stems = size = len(stems)
        # n-gram keys must fit in int64 (capped: size ** ngram_max of an edited model's ten
        # million is a number of millions of digits, and size ** 62 is past 2**62 already)
        if size ** min(max(self.ngram_max, 1), 62) >= 2**62:
            self.supported = False
        if not self.supported:
            return
        self._stems = stems
        self._unigram = _lookup_array(unigrams, size)
        self._negated = _lookup_array(negated, size)
        self._opening = _lookup_array(openings, size)
        self._is_negation = np.zeros(size, dtype=bool)
        self._is_negation[[stems[word] for word in negations]] = True
        self._grams = {}
        for n, entries in grams.items():
            keys = np.array([_key(ids, size) for ids, _ in entries], dtype=np.int64)
            order = np.argsort(keys)
            self._grams[n] = (keys[order], np.array([c for _, c in entries], dtype=np.int64)[order])
        self._raw = _TokenIds(self._resolve)
        self.supported = self._agrees_with_analyzer(params)

    def _agrees_with_analyzer(self, params) -> bool:
        """Whether :meth:`pairs_and_words` finds what the analyzer's strings find on :data:`PROBES`.

        A guard for the day the analyzer learns something this index does not: the
        model then falls back to the analyzer, slower but right.
        """
        from .inference import _string_pairs

        analyzer = _text.make_analyzer(**params.analysis_options)
        rows, columns, words, known_words = self.pairs_and_words(PROBES)
        expected_rows, expected_columns, expected_words, expected_known = _string_pairs(PROBES, analyzer, params)
        return (sorted(zip(rows.tolist(), columns.tolist())) == sorted(zip(expected_rows, expected_columns))
                and words.tolist() == expected_words.tolist() and known_words.tolist() == expected_known.tolist())

    def _resolve(self, raw: str) -> int:
        return self._stems.get(self.language.word(_text.word_of(raw)), -1)

    def pairs(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(rows, columns)`` of every vocabulary feature occurrence in ``texts``."""
        return self.pairs_and_words(texts)[:2]

    def pairs_and_words(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`pairs`, then each text's count of words (the analyzer's unigrams) and of
        words in the vocabulary.

        >>> from stance.text import make_analyzer
        >>> from stance.parameters import ModelParameters
        >>> params = ModelParameters(["nato", "strong"], np.ones(2), ("a", "b"), "sigmoid", np.zeros((2, 2)),
        ...     np.zeros(2), np.full(2, 0.5), None, {"ngram_max": 2, "stem": True})
        >>> [a.tolist() for a in FeatureIndex(params).pairs_and_words(["Die NATO ist stark", "", "NATO strong"])[2:]]
        [[4, 0, 2], [1, 0, 2]]
        """
        ids, counts = token_ids(texts, self._raw.__getitem__, elisions=self.language.elisions,
                                apostrophes=self.language.apostrophes, links=self.language.links,
                                invisibles=self.language.invisibles, cannot=self.language.cannot,
                                handles=self.language.handles, marks=self.language.marks,
                                cjk=self.language.cjk, lookalikes=self.language.lookalikes,
                                names=self.language.names)
        row_of = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        found_rows, found_columns = [], []
        for rows, columns in self._word_features(ids, row_of, counts):
            keep = columns >= 0
            found_rows.append(rows[keep])
            found_columns.append(columns[keep])
        # The first block is the unigrams, one entry per token: a word is known when found.
        known_words = np.bincount(found_rows[0], minlength=len(counts))
        return np.concatenate(found_rows), np.concatenate(found_columns), counts, known_words

    def _word_features(self, ids: np.ndarray, row_of: np.ndarray, counts: np.ndarray):
        known = ids >= 0
        safe = np.where(known, ids, 0)  # index arrays with 0 where unknown, then mask
        yield row_of, np.where(known, self._unigram[safe], -1)
        for n, (keys, columns) in self._grams.items():
            starts, key, valid = ngram_keys(safe, row_of, known, n, self.n_stems)
            yield row_of[starts], _find(keys, columns, key, valid)
        if self.negation:
            marked = negation_marks(known & self._is_negation[safe], counts) & known
            yield row_of, np.where(marked, self._negated[safe], -1)
        if self.opening:
            first = (np.cumsum(counts) - counts)[counts > 0]
            yield row_of[first], np.where(known[first], self._opening[safe[first]], -1)


def token_ids(texts: Sequence[str], token_id, dtype=np.int64, elisions=None, apostrophes: bool = False,
              links: bool = False, invisibles: bool = False, cannot: bool = False,
              handles: bool = False, marks: bool = False, cjk: bool = False,
              lookalikes: bool = False, names: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The ids of all raw tokens of ``texts`` end to end, and each text's token count.

    ``token_id`` maps a raw token (as :func:`stance.text.token_pattern` finds it in the
    text normalised with the language's ``elisions``, ``apostrophes``, ``links``,
    ``invisibles``, ``cannot``, ``handles``, ``marks``, ``lookalikes`` and ``names``, and with ``cjk`` a run of Chinese
    characters or kana in pairs, :func:`stance.text.split_cjk`) to an id, reading it as
    :func:`stance.text.word_of` does; :func:`stance.text.tokenize` is the same split.
    """
    normalize, find = _text.normalize, _text.token_pattern(links, handles).findall
    # With marks, the pattern that reads them for a text that holds one (see has_marks).
    find_marked = _text.token_pattern(links, handles, marks=True).findall if marks else None
    parts: list[np.ndarray] = []
    flat: list[int] = []
    lengths: list[int] = []
    for text in texts:
        before = len(flat)
        folded = normalize(text, elisions, apostrophes, links, invisibles, cannot, handles, marks, lookalikes, names)
        raw = (find_marked if find_marked is not None and not folded.isascii()
               and _text.has_marks(folded) else find)(folded)
        flat.extend(map(token_id, _text.split_cjk(raw) if cjk and _text.has_cjk(folded) else raw))
        lengths.append(len(flat) - before)
        if len(flat) > 1_000_000:  # to an array now and then: a list of ints costs 8 bytes each
            parts.append(np.array(flat, dtype=dtype))
            flat = []
    parts.append(np.array(flat, dtype=dtype))
    return np.concatenate(parts), np.array(lengths, dtype=np.int64)


def ngram_keys(ids: np.ndarray, row_of: np.ndarray, known: np.ndarray, n: int, base: int):
    """Every window of ``n`` consecutive tokens: ``(starts, keys, valid)``.

    A window's key is its ids read as digits in base ``base``; it is valid when it lies
    inside one statement and every token in it is known.
    """
    starts = np.arange(max(len(ids) - n + 1, 0))
    valid = row_of[starts] == row_of[starts + n - 1]
    key = np.zeros(len(starts), dtype=np.int64)
    for k in range(n):
        valid &= known[starts + k]
        key = key * base + ids[starts + k]
    return starts, key, valid


def negation_marks(is_negation: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Which tokens :func:`stance.text.negation_features` marks, for statements laid end to end.

    A negation opens a scope over the next ``NEGATION_SCOPE`` non-negation tokens (another
    negation reopens it): a token is marked when it follows the last negation of its
    statement by at most that many non-negation tokens. ``counts`` are the statements'
    token counts.

    >>> negation_marks(np.array([False, True, False, False, False, False, True]), np.array([6, 1])).astype(int)
    array([0, 0, 1, 1, 1, 0, 0])
    """
    position = np.arange(len(is_negation))
    last = np.maximum.accumulate(np.where(is_negation, position, -1)) if len(position) else position
    statement_start = np.repeat(np.cumsum(counts) - counts, counts)
    plain_seen = np.cumsum(~is_negation)
    distance = plain_seen - plain_seen[np.maximum(last, 0)]
    return (last >= statement_start) & ~is_negation & (distance <= _text.NEGATION_SCOPE)


def _lookup_array(mapping: dict[int, int], size: int) -> np.ndarray:
    array = np.full(size, -1, dtype=np.int64)
    if mapping:
        array[np.fromiter(mapping.keys(), dtype=np.int64)] = np.fromiter(mapping.values(), dtype=np.int64)
    return array


def _key(ids: tuple[int, ...], size: int) -> int:
    key = 0
    for i in ids:
        key = key * size + i
    return key


def _find(keys: np.ndarray, columns: np.ndarray, key: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """The column of each ``key`` (where ``valid``) in the sorted ``keys``, else -1."""
    if len(keys) == 0:
        return np.full(len(key), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
    return np.where(valid & (keys[at] == key), columns[at], -1)

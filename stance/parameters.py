"""The learned state of a model, as plain arrays: what is saved, loaded and predicted from.

Keeping the parameters as data (a vocabulary list and float64 arrays) rather than as
pickled scikit-learn objects is what lets a saved model load without unpickling and keep
working when scikit-learn changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .text import NAMES_WHATEVER_WORDS, NOT_PREFIX, OPENING_PREFIX, ignored_stems, reads_names, stem_option

TARGET_LINKS = ("sigmoid", "softmax")
# The threshold of every label for training data with one label per row: above any
# probability, so that a single-label scheme's predictions have one label each. (Every
# other threshold training gives is between 0 and 1.)
NO_SECONDARY_LABELS = 2.0


def stance_only_features(negation: bool, stance_cues: bool) -> tuple[str, ...]:
    """Prefixes of the features only the stance head reads.

    Measured on the corpus and the probes, negation marks and the opening word help the
    stance head, while the negation marks cost the label heads a little top-1 accuracy;
    so with ``stance_cues`` the label heads do without them (unless ``negation`` gives the
    marks to every head).

    >>> stance_only_features(negation=False, stance_cues=True)
    ('NOT_', 'START_')
    """
    if not stance_cues:
        return ()
    return (OPENING_PREFIX,) if negation else (NOT_PREFIX, OPENING_PREFIX)


def label_column_mask(vocabulary: list[str], stance_only_features: tuple[str, ...]) -> np.ndarray | None:
    """Which columns the label heads read: those not named by a stance-only prefix (None: all).

    >>> label_column_mask(["NOT_alon", "START_we", "alon", "we"], ("NOT_", "START_")).tolist()
    [False, False, True, True]
    """
    if not stance_only_features:
        return None
    return np.array([not term.startswith(stance_only_features) for term in vocabulary], dtype=bool)


def ignored_columns(vocabulary: Sequence[str], words: Iterable[str], analyzer_options: Mapping[str, Any]) -> np.ndarray:
    """Which features of ``vocabulary`` the stance head of a model of ``analyzer_options`` does
    not read for ``words`` (its ``stance_ignores``): those holding what a word is read as
    (:func:`stance.text.ignored_stems`), an n-gram, a negation mark (``NOT_…``) or an opening
    word (``START_…``) of it. A name of several words is the phrase: the n-grams holding its
    stems side by side and in order ("unit state"), not each stem alone ("unit", "member state"),
    nor its marks (``NOT_unit``, ``START_unit``), which hold one word and tell no phrase from it.

    >>> ignored_columns(["hungari", "hungari announc", "NOT_hungari", "START_hungari", "the unit state", "member state",
    ...                  "unit", "announc"], ["Hungary", "United States"], {"stem": True}).tolist()
    [True, True, True, True, True, False, False, False]
    """
    read = [stems for stems in ignored_stems(words, analyzer_options) if stems]
    stems = frozenset(stems[0] for stems in read if len(stems) == 1)
    # Tokens hold no space: a phrase stands in an n-gram where its words, spaced, stand in the spaced n-gram.
    phrases = tuple(frozenset(f" {' '.join(stems)} " for stems in read if len(stems) > 1))

    def holds(term: str) -> bool:
        # A mark's prefix is upper case, and no word is: what follows it is the word.
        body = term.removeprefix(NOT_PREFIX).removeprefix(OPENING_PREFIX)
        return not stems.isdisjoint(body.split(" ")) or any(phrase in f" {body} " for phrase in phrases)

    return np.fromiter(map(holds, vocabulary), dtype=bool, count=len(vocabulary))


# Joins the vocabulary in a pickle; no feature contains it (tokens never hold whitespace).
VOCABULARY_SEPARATOR = "\n"


@dataclass(frozen=True)
class PackedArray:
    """A float64 array as a pickle carries it: float32 values when they are exact (trained
    weights are), and only the non-zero entries of a mostly-zero array.

    >>> array = np.zeros((8, 8))
    >>> array[2, 3] = 0.5
    >>> packed = pack_array(array)
    >>> packed.values.dtype.name, packed.values.tolist(), packed.positions.tolist()
    ('float32', [0.5], [19])
    >>> np.array_equal(packed.unpack(), array)
    True
    """

    shape: tuple[int, ...]
    values: np.ndarray
    positions: np.ndarray | None = None  # flat indices of the values; None: values is the whole array

    def unpack(self) -> np.ndarray:
        values = self.values.astype(np.float64)
        if self.positions is None:
            return values.reshape(self.shape)
        array = np.zeros(int(np.prod(self.shape)), dtype=np.float64)
        array[self.positions] = values
        return array.reshape(self.shape)


def pack_array(array: np.ndarray) -> PackedArray:
    """``array`` as a :class:`PackedArray` that unpacks to the same values, bit for bit."""
    values = array.astype(storage_dtype(array))
    # Each non-zero entry costs an index beside its value, so they pay only when most are zero.
    if array.size >= 64 and np.count_nonzero(array) < array.size // 3:
        positions = np.flatnonzero((array != 0) | np.signbit(array))  # a -0.0 comes back as -0.0
        return PackedArray(array.shape, values.reshape(-1)[positions], positions.astype(index_dtype(array.size)))
    return PackedArray(array.shape, np.ascontiguousarray(values))


def storage_dtype(array: np.ndarray) -> type:
    """float32 when that holds the values exactly (trained weights are), else float64;
    integers as they are. How saved models and pickles store an array.

    >>> storage_dtype(np.array([0.5, 2.0])).__name__, storage_dtype(np.array([0.1])).__name__
    ('float32', 'float64')
    """
    if np.issubdtype(array.dtype, np.integer):
        return array.dtype.type
    narrow = array.astype(np.float32)
    return np.float32 if np.array_equal(narrow.astype(np.float64), array) else np.float64


def index_dtype(size: int) -> type:
    """The integer type for positions in an array of ``size`` entries."""
    return np.int32 if size <= np.iinfo(np.int32).max else np.int64


@dataclass(eq=False)
class ModelParameters:
    """Everything a fitted :class:`~stance.StanceModel` knows.

    ``vocabulary[i]`` is the feature of column ``i``; ``target_coef`` has one column per
    label; the stance head scores ``x @ stance_shared + x @ stance_by_label[primary]
    + stance_label_bias[primary] + stance_intercept`` (one column for a two-class
    stance, giving the log-odds of ``stance_classes[1]``). ``confidence_calibration``, if
    any, is ``[slope, intercept]`` taking the log-odds of the primary label's probability
    to the log-odds that it is right (see :func:`stance.inference.confidence`).
    ``length_floor``, if any, is the least length the label heads divide a text's raw
    vector (sublinear TF times idf over the columns they read) by: they read it divided by
    the greater of its length and the floor, so that a text of a word or two is not read as
    surely as a sentence (None: by its length, a unit vector, as models before it).
    """

    vocabulary: list[str]
    idf: np.ndarray
    labels: tuple[str, ...]
    target_link: str
    target_coef: np.ndarray
    target_intercept: np.ndarray
    thresholds: np.ndarray
    none_label: str | None
    analyzer_options: dict[str, Any]
    stance_classes: tuple[str, ...] = ()
    stance_shared: np.ndarray | None = None
    stance_by_label: np.ndarray | None = None
    stance_label_bias: np.ndarray | None = None
    stance_intercept: np.ndarray | None = None
    stance_only_features: tuple[str, ...] = ()
    confidence_calibration: np.ndarray | None = None
    length_floor: float | None = None
    vocabulary_index: dict[str, int] = field(init=False, repr=False)
    label_columns: np.ndarray | None = field(init=False, repr=False)
    _longest_ngram: int | None = field(init=False, repr=False, default=None)  # see analysis_options

    def __post_init__(self) -> None:
        self.vocabulary_index = {term: i for i, term in enumerate(self.vocabulary)}
        self._longest_ngram = None
        self.stance_only_features = tuple(self.stance_only_features)
        # None: the label heads read every feature.
        self.label_columns = label_column_mask(self.vocabulary, self.stance_only_features)
        if isinstance(self.length_floor, (int, np.floating)) and not isinstance(self.length_floor, bool):
            self.length_floor = float(self.length_floor)  # a plain float, as metadata.json holds it
        self.check_shapes()

    def __getstate__(self) -> dict[str, Any]:
        # A pickled model travels to every worker of a pool or a cluster, so send it small:
        # leave out what __post_init__ derives, join the vocabulary into one string, and
        # pack each array (float32 where exact, as a saved model stores it; a mostly-zero
        # one as its non-zero entries). The bundled model's pickle went from 20.5 MB to
        # 8.2 MB (8.6 MB of 0.14.0's), and unpickling rebuilds the same float64 arrays.
        state = dict(self.__dict__)
        del state["vocabulary_index"], state["label_columns"]
        state.pop("_longest_ngram", None)
        if self.vocabulary and all(term and VOCABULARY_SEPARATOR not in term for term in self.vocabulary):
            state["vocabulary"] = VOCABULARY_SEPARATOR.join(self.vocabulary)
        for name, array in self.arrays().items():
            state[name] = pack_array(array)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = {"length_floor": None, **state}  # pickled before the option: none
        if isinstance(state["vocabulary"], str):
            state["vocabulary"] = state["vocabulary"].split(VOCABULARY_SEPARATOR)
        for name, value in state.items():
            if isinstance(value, PackedArray):
                state[name] = value.unpack()
        self.__dict__.update(state)
        self.__post_init__()

    @property
    def has_stance(self) -> bool:
        return len(self.stance_classes) > 0

    @property
    def analysis_options(self) -> dict[str, Any]:
        """The analyzer options a prediction reads text with: ``analyzer_options``, with
        ``ngram_max`` cut to the vocabulary's longest n-gram.

        No longer n-gram can match a feature, so the answers are the same; but an analyzer
        makes every n-gram up to ``ngram_max`` (or the statement's length), and a model whose
        metadata.json said a billion (re-signed: only a pinned load refuses it) made one
        statement of 2,000 words fill 24 GB. The vocabulary is read once, and only above
        the default bigrams.

        >>> params = ModelParameters(["nato", "nato strong"], np.ones(2), ("a", "b"), "sigmoid", np.zeros((2, 2)),
        ...     np.zeros(2), np.full(2, 0.5), None, {"ngram_max": 10**9, "stem": True})
        >>> params.analysis_options
        {'ngram_max': 2, 'stem': True}
        """
        options = self.analyzer_options
        stem = options.get("stem", True)
        # Saved by 0.13.0 so (stem=False, another language's negation words): read as it was trained.
        # A stem of another language never read names, and no load lets one record them on.
        if options.get("names") is True and stem_option(stem) is False and not reads_names(stem,
                                                                                           options.get("negation_words")):
            options = {**options, "names": NAMES_WHATEVER_WORDS}
        ngram_max = options.get("ngram_max", 2)
        if ngram_max <= 2:
            return options
        if self._longest_ngram is None:
            self._longest_ngram = max((term.count(" ") + 1 for term in self.vocabulary), default=1)
        return options if ngram_max <= self._longest_ngram else {**options, "ngram_max": self._longest_ngram}

    def arrays(self) -> dict[str, np.ndarray]:
        """The numeric arrays by file stem, in a fixed order (used by persistence)."""
        named = {
            "idf": self.idf,
            "target_coef": self.target_coef,
            "target_intercept": self.target_intercept,
            "thresholds": self.thresholds,
        }
        if self.has_stance:
            named.update(
                stance_shared=self.stance_shared,
                stance_by_label=self.stance_by_label,
                stance_label_bias=self.stance_label_bias,
                stance_intercept=self.stance_intercept,
            )
        if self.confidence_calibration is not None:
            named["confidence_calibration"] = self.confidence_calibration
        return named

    def check_shapes(self) -> None:
        """Raise ``ValueError`` naming the first array whose shape does not fit the rest."""
        n_features, n_labels = len(self.vocabulary), len(self.labels)
        expected = {
            "idf": (n_features,),
            "target_coef": (n_features, n_labels),
            "target_intercept": (n_labels,),
            "thresholds": (n_labels,),
        }
        stance_arrays = {"stance_shared": self.stance_shared, "stance_by_label": self.stance_by_label,
                         "stance_label_bias": self.stance_label_bias, "stance_intercept": self.stance_intercept}
        present = [name for name, array in stance_arrays.items() if array is not None]
        # Left unchecked, either gave stances no one trained: arrays for no classes were never
        # read (every statement's stance None, the off-topic label's answer), and one class
        # read a two-class head's column as its own (every stance that one value).
        if not self.has_stance and present:
            raise ValueError(f"the stance head's arrays ({', '.join(present)}) are there, but stance_classes "
                             f"is empty: no stance classes to read them, and every statement would get no stance")
        if len(self.stance_classes) == 1:
            raise ValueError(f"stance_classes must be two values or more (or none, without a stance head), got "
                             f"{list(self.stance_classes)!r}: a stance head is trained on at least two")
        if self.has_stance:
            k = 1 if len(self.stance_classes) == 2 else len(self.stance_classes)
            expected.update(
                stance_shared=(n_features, k),
                stance_by_label=(n_labels, n_features, k),
                stance_label_bias=(n_labels, k),
                stance_intercept=(k,),
            )
        if self.confidence_calibration is not None:
            expected["confidence_calibration"] = (2,)
        if not all(isinstance(prefix, str) and prefix for prefix in self.stance_only_features):
            raise ValueError(f"stance_only_features must be non-empty strings, got {self.stance_only_features!r}")
        if self.target_link not in TARGET_LINKS:
            raise ValueError(f"target_link must be one of {TARGET_LINKS}, got {self.target_link!r}")
        if len(set(self.labels)) != n_labels or n_labels < 2:
            raise ValueError(f"labels must be at least two distinct names, got {self.labels!r}")
        for name, shape in expected.items():
            array = self.arrays()[name]
            if not isinstance(array, np.ndarray) or array.shape != shape:
                got = getattr(array, "shape", type(array).__name__)
                raise ValueError(f"array {name!r} should have shape {shape}, got {got}")
            if array.dtype != np.float64:
                raise ValueError(f"array {name!r} should be float64, got {array.dtype}")
            if not np.all(np.isfinite(array)):
                raise ValueError(f"array {name!r} contains NaN or infinite values")
        if self.confidence_calibration is not None and not self.confidence_calibration[0] > 0:
            # A slope of 0 or less would make every answer equally sure, or the surest the least.
            raise ValueError("array 'confidence_calibration' must have a positive slope (its first value), got "
                             f"{float(self.confidence_calibration[0])}")
        floor = self.length_floor
        if floor is not None and (isinstance(floor, bool) or not isinstance(floor, (float, int, np.floating))
                                  or not 0 < floor < np.inf):
            raise ValueError(f"length_floor must be a positive finite number or None, got {floor!r}")
        if self.label_columns is not None and np.any(self.target_coef[~self.label_columns] != 0):
            raise ValueError("array 'target_coef' must be zero on the stance-only features")

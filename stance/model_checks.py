"""Checking and parsing what a saved model's files say: ``metadata.json`` (its format, labels,
analyzer and options), the vocabulary and the arrays, rebuilt into
:class:`~stance.parameters.ModelParameters`. Anything training never writes is refused with a
message that names the file, and JSON is read strictly (a key named twice is refused).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from tokenize import TokenError
from typing import Any

import numpy as np

from .exceptions import ModelFormatError, ModelIntegrityError, Words, is_int, quoted, shortened
from .model_format import (
    APOSTROPHES_SINCE,
    ARRAY_NAMES,
    CANNOT_SINCE,
    CJK_SINCE,
    CONFIDENCE_CALIBRATION_SINCE,
    FORMAT_NAME,
    FORMAT_VERSION,
    HANDLES_SINCE,
    INVISIBLES_SINCE,
    LENGTH_FLOOR_SINCE,
    LINKS_SINCE,
    LOOKALIKES_SINCE,
    MARKS_SINCE,
    METADATA,
    NAMES_SINCE,
    NEGATION_WORDS_SINCE,
    SPARSE_ARRAYS,
    SPELLING_SINCE,
    STANCE_ONLY_FEATURES_WRITTEN_SINCE,
    STEM_LANGUAGE_SINCE,
    VOCABULARY,
)
from .parameters import NO_SECONDARY_LABELS, ModelParameters, stance_only_features
from .text import ANALYZER_OPTIONS, NOT_PREFIX, OPENING_PREFIX, reads_names, respells


def _check_format(metadata: Any, folder: Path) -> None:
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFormatError(f"{str(folder)!r}: {METADATA} does not describe a {FORMAT_NAME}")
    version = metadata.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: " + _refused_entry(
            metadata, "format_version", "model format", f"a whole number from 1; this stance reads 1 to "
                                                        f"{FORMAT_VERSION}") + f"; {_DAMAGED}")
    if version.bit_length() > 64:  # no format will be numbered so: "uses model format 1000…" printed 401 digits
        raise ModelFormatError(f"{str(folder / METADATA)!r}: \"format_version\" is a number too large for a model "
                               f"format (over 2**64; this stance reads 1 to {FORMAT_VERSION}); {_DAMAGED}")
    if version > FORMAT_VERSION:
        from . import __version__

        # Named whatever its number: formats have changed within one release number, so
        # only the reader can compare, and it tells them which stance to look for.
        saved_by = _saved_by(metadata)
        by = "" if saved_by is None else f", saved by stance {saved_by}"
        raise ModelFormatError(
            f"{str(folder)!r} uses model format {version}{by}; this stance ({__version__}) reads format "
            f"{FORMAT_VERSION} and older: upgrade stance to load it"
        )
    _check_objects(metadata, folder)


# The keys of metadata.json that hold an object: the analyzer's options, which every format
# records, and the training options, data and metrics and the versions, which old ones may lack.
_OBJECT_KEYS = ("analyzer", "options", "training_data", "metrics", "versions")


def _check_objects(metadata: dict[str, Any], folder: Path) -> None:
    """Refuse a key of ``metadata`` that should hold an object (:data:`_OBJECT_KEYS`) and holds
    null, a list, a string or a number, naming it. An ``analyzer`` of null was taken for none by
    the check of the stance-only features, which blamed them ("'stance_only_features' is
    ['NOT_', 'START_'], but the analyzer and options it records give []"); ``options`` or
    ``metrics`` of null or [] loaded, and ``training_data`` of null failed the digest, naming no key.

    >>> _check_objects({"analyzer": {}, "metrics": None}, Path("m"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/metadata.json': "metrics": null is no object ({...}, as a save ...
    """
    for key in _OBJECT_KEYS:
        if (key in metadata or key == "analyzer") and not isinstance(metadata.get(key), dict):
            raise ModelFormatError(f"{str(folder / METADATA)!r}: {_no_object(metadata, key)}; {_DAMAGED}")


def _no_object(metadata: dict[str, Any], key: str) -> str:
    """The refusal of metadata.json's ``key`` that should hold an object and does not (or is
    missing), in the file's words: "'analyzer' must be an object, got null" spoke Python.

    >>> print(_no_object({"analyzer": [2]}, "analyzer"), _no_object({}, "analyzer"), sep="\\n")
    "analyzer": [2] is no object ({...}, as a save writes it)
    no "analyzer" (an object, {...}, as a save writes it)
    """
    if key not in metadata:
        return f'no "{key}" (an object, {{...}}, as a save writes it)'
    return f"{_entry(key, metadata[key])} is no object ({{...}}, as a save writes it)"


def _parameters_from(contents: dict[str, bytes], metadata: dict[str, Any], folder: Path) -> ModelParameters:
    def where(name: str) -> str:
        return str(folder / f"{name}.npy")

    def read(name: str, kinds: tuple[str, ...] = ("f",)) -> np.ndarray:
        data = contents[f"{name}.npy"]
        try:
            _check_npy_size(data)  # before np.load allocates what a damaged header claims
            array = np.load(io.BytesIO(data), allow_pickle=False)
        except (ValueError, EOFError) as error:
            raise ModelFormatError(f"{where(name)!r} is not a plain numeric array: {error or 'empty file'}") from None
        except (SyntaxError, TokenError, RecursionError, MemoryError):  # numpy parses the header as Python
            raise ModelFormatError(f"{where(name)!r} is not a plain numeric array: its header cannot be "
                                   f"read") from None
        if array.dtype.kind not in kinds or array.dtype.itemsize not in (4, 8):
            expected = "float32 or float64" if kinds == ("f",) else "32- or 64-bit integers"
            raise ModelFormatError(f"{where(name)!r} holds {array.dtype}, expected {expected}")
        return array

    n_features = metadata.get("n_features")
    if not is_int(n_features) or n_features < 1:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: " + _refused_entry(
            metadata, "n_features", "number of features", "a whole number from 1, as many as the vocabulary "
                                                          "holds") + f"; {_DAMAGED}")
    arrays = {}
    for name in ARRAY_NAMES:
        stored_whole = f"{name}.npy" in contents
        stored_sparse = f"{name}_index.npy" in contents or f"{name}_value.npy" in contents
        if stored_whole and stored_sparse:
            raise ModelFormatError(f"{str(folder)!r} holds both {name}.npy and its non-zero entries "
                                   f"({name}_index.npy, {name}_value.npy); a model has one or the other")
        if stored_whole:
            arrays[name] = read(name).astype(np.float64)
    # The arrays first, the vocabulary (the largest file, and the slowest to parse) only once
    # they agree on its length: 50,000,000 terms took 131 s and 8.2 GB before idf refused them.
    idf = arrays["idf"]
    if idf.ndim != 1:  # "holds 350 numbers, but n_features is 350" said nothing of what was wrong
        raise ModelFormatError(f"{where('idf')!r} has shape {idf.shape}, expected ({_value_shown(n_features)},), "
                               f"one number for each of metadata.json's n_features; the model is damaged")
    if idf.shape != (n_features,):
        coef = arrays.get("target_coef")
        if coef is not None and coef.ndim == 2 and coef.shape[0] == idf.size:
            raise metadata_of_other_arrays(folder, n_features, idf.size)
        raise ModelFormatError(f"{where('idf')!r} holds {idf.size} numbers, but metadata.json's "
                               f"n_features is {_value_shown(n_features)}; the model is damaged")
    _check_idf(arrays["idf"], where("idf"))
    vocabulary = parse_model_json(contents[VOCABULARY], folder / VOCABULARY)
    if not isinstance(vocabulary, list) or not all(isinstance(t, str) for t in vocabulary):
        raise ModelIntegrityError(f"{str(folder / VOCABULARY)!r} must be a JSON list of strings; the file is "
                                  f"damaged; {RESTORE.format(what='it')}")
    if len(vocabulary) != n_features:
        raise ModelFormatError(f"{str(folder / VOCABULARY)!r} holds {len(vocabulary)} terms, but metadata.json's "
                               f"n_features is {n_features}; the model is damaged")
    _check_label_weights(arrays, metadata, n_features, where)
    for name in SPARSE_ARRAYS:  # last: their shape comes from the arrays read whole
        if f"{name}_index.npy" in contents or f"{name}_value.npy" in contents:
            arrays[name] = _dense_from_entries(name, contents, arrays, n_features, read, where)
    stance_only = _stance_only_features(metadata, vocabulary, folder)
    if "confidence_calibration" in arrays and metadata["format_version"] < CONFIDENCE_CALIBRATION_SINCE:
        raise ModelFormatError(f"{str(folder / METADATA)!r}: "
                               + _older_than("a model with a confidence calibration",
                                             CONFIDENCE_CALIBRATION_SINCE, metadata["format_version"]))
    # Format 4 is written only for a calibrated model (the oldest format that holds it):
    # without the array it would load and give other confidences.
    if "confidence_calibration" not in arrays and metadata["format_version"] == CONFIDENCE_CALIBRATION_SINCE:
        raise ModelFormatError(f"{str(folder)!r}: a format-{CONFIDENCE_CALIBRATION_SINCE} model has "
                               "confidence_calibration.npy, and this one has not; the model is damaged")
    analyzer = _analyzer_options(metadata, vocabulary, folder)
    length_floor = _length_floor(metadata, folder)
    labels = _names(metadata, "labels", folder)
    if "thresholds" in arrays:  # a missing one is refused below, as every array is
        _check_thresholds(arrays["thresholds"], labels, where("thresholds"))
    _check_thresholds_raised(metadata, folder)
    stance_classes = _names(metadata, "stance_classes", folder, optional=True)
    none_label = _none_label(metadata, labels, folder)
    try:
        params = ModelParameters(
            vocabulary=vocabulary,
            labels=labels,
            target_link=metadata["target_link"],
            none_label=none_label,
            analyzer_options=analyzer,
            stance_classes=stance_classes,
            stance_only_features=tuple(stance_only),
            length_floor=length_floor,
            **{name: arrays.get(name) for name in ARRAY_NAMES},
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ModelFormatError(f"{str(folder)!r} is inconsistent: {error}") from None
    if len(params.vocabulary_index) != n_features:  # the index keeps one column of each term
        _refuse_repeated_term(vocabulary, folder / VOCABULARY)
    return params


# What a message of a damaged model says to do: a copy made whole again, or a new model.
RESTORE = "restore {what} from the copy the model came from (all of its files, from one save), or retrain the model"


def metadata_of_other_arrays(folder: Path, n_features: Any, agreed: int) -> ModelFormatError:
    """The refusal of the model ``folder`` whose metadata.json gives ``n_features`` where
    idf.npy and target_coef.npy agree on ``agreed`` features: metadata.json (or the arrays)
    is another model's, copied in and re-signed, and is named, where the intact idf.npy was
    blamed as "the model is damaged", with nothing to do.

    >>> print(metadata_of_other_arrays(Path("m"), 5, 88223))  # doctest: +NORMALIZE_WHITESPACE
    'm/metadata.json' gives n_features 5, but idf.npy and target_coef.npy agree on 88,223 features:
    metadata.json is likely another model's (or the arrays are), or damaged; restore the model's files from
    the copy the model came from (all of its files, from one save), or retrain the model
    """
    return ModelFormatError(f"{str(folder / METADATA)!r} gives n_features {_value_shown(n_features)}, but idf.npy "
                            f"and target_coef.npy agree on {agreed:,} features: {METADATA} is likely another "
                            f"model's (or the arrays are), or damaged; " + RESTORE.format(what="the model's files"))


def _check_thresholds(thresholds: np.ndarray, labels: list[str], where: str) -> None:
    """Refuse a secondary-label threshold no training gives: each is between 0 and 1, or all
    are NO_SECONDARY_LABELS (a single-label scheme's). Re-signed with -1, every label was
    secondary to every statement without a word. (NaN and infinities, and a shape that does
    not fit the labels, are refused with the other arrays'.)

    >>> _check_thresholds(np.array([0.5, -1.0]), ["gas", "wind"], "m/thresholds.npy")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/thresholds.npy' holds -1.0 as the secondary-label threshold of 'wind'; ...
    """
    for label, threshold in zip(labels, thresholds.tolist()):
        if not 0 <= threshold <= 1 and threshold != NO_SECONDARY_LABELS and threshold == threshold:
            # (rounded: saved as float32, -0.01 reads back as -0.009999999776482582)
            raise ModelFormatError(f"{where!r} holds {round(threshold, 6)!r} as the secondary-label threshold of "
                                   f"{quoted(label)}; training gives each one between 0 and 1 (or "
                                   f"{NO_SECONDARY_LABELS} for every label of a single-label scheme): the model is "
                                   f"damaged")


def _check_thresholds_raised(metadata: dict[str, Any], folder: Path) -> None:
    """Refuse a number in training_data's ``thresholds_raised`` that is no threshold training
    tuned (one between 0 and 1): a -Infinity there was shown by ``stance info --json`` as a
    bare -Infinity, which is no JSON. What holds no map of numbers is left out where it is
    read (:func:`stance.info.thresholds_raised`).

    >>> _check_thresholds_raised({"training_data": {"thresholds_raised": {"gas": 0.05}}}, Path("m"))
    """
    training = metadata.get("training_data")
    raised = training.get("thresholds_raised") if isinstance(training, dict) else None
    for label, value in (raised.items() if isinstance(raised, dict) else ()):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not 0 <= value <= 1:
            raise ModelFormatError(f"{str(folder / METADATA)!r}: training_data['thresholds_raised'][{quoted(label)}] "
                                   f"must be a number between 0 and 1 (the threshold training tuned), got "
                                   f"{_value_shown(value)}; the file is damaged")


def _length_floor(metadata: dict[str, Any], folder: Path) -> float | None:
    """metadata.json's ``length_floor`` (None when it has none), refused unless a positive
    finite number in a format that holds it (:data:`LENGTH_FLOOR_SINCE`)."""
    if "length_floor" not in metadata:
        return None
    floor = metadata["length_floor"]
    where = str(folder / METADATA)
    if metadata["format_version"] < LENGTH_FLOOR_SINCE:
        raise ModelFormatError(f"{where!r}: " + _older_than("a model with a length_floor", LENGTH_FLOOR_SINCE,
                                                            metadata["format_version"]))
    if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 < _as_float(floor) < float("inf"):
        raise ModelFormatError(f"{where!r}: {_entry('length_floor', floor)} is no length floor (a number above 0, "
                               f"finite: the least length the label heads divide a text's vector by); {_DAMAGED}")
    return float(floor)


def _as_float(number: float) -> float:
    """``number`` as a float, infinity for an int past a float's range: 10**400 in metadata.json
    passed ``< inf`` as an int, and float() of it then raised a bare OverflowError.

    >>> _as_float(10**400), _as_float(3)
    (inf, 3.0)
    """
    try:
        return float(number)
    except OverflowError:
        return float("inf") if number > 0 else float("-inf")


def _refuse_repeated_term(vocabulary: list[str], where: Path) -> None:
    """Refuse a vocabulary that names a term twice, which no training writes: a prediction
    looks up the last, so the features of the others were never found, and an edit that
    copied one term over another loaded without a word.

    >>> _refuse_repeated_term(["nato", "ally", "nato"], Path("m/vocabulary.json"))
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/vocabulary.json' names 'nato' twice (features 0 and 2); the model is damaged
    """
    first: dict[str, int] = {}
    for column, term in enumerate(vocabulary):
        if term in first:
            raise ModelFormatError(f"{str(where)!r} names {quoted(term)} twice (features {first[term]} and "
                                   f"{column}); the model is damaged")
        first[term] = column


def _value_shown(value: Any) -> str:
    """A value of metadata.json as a refusal quotes it: a whole number of more than 20 digits
    as its first and how many digits it has (an audit's n_features of 4,000 nines was
    printed whole), anything else cut as :func:`~stance.exceptions.quoted` cuts it.

    >>> _value_shown(350), _value_shown(-int("9" * 4000)), _value_shown("x" * 500)[-4:]
    ('350', '-99999999999… (4,000 digits)', "xx…'")
    """
    if is_int(value):
        text = str(value)
        digits = len(text.lstrip("-"))
        return text if digits <= 20 else f"{text[:12]}… ({digits:,} digits)"
    return quoted(value)


def _check_label_weights(arrays: dict[str, np.ndarray], metadata: dict[str, Any], n_features: int,
                         where: Callable[[str], str]) -> None:
    """Refuse a missing target_coef.npy, or one of another shape than the features and the
    labels metadata.json names, by its own name: the per-label stance weights take their
    shape from it, and it was the sound stance_label_bias.npy that was blamed ("expected
    (None, 1)"). A list of labels that is no list of names is refused later, and named."""
    coef = arrays.get("target_coef")
    if coef is None:
        raise ModelFormatError(f"{where('target_coef')!r} is missing; every model has one (the label heads' "
                               f"weights): the model is damaged")
    labels = metadata.get("labels")
    expected = (n_features, len(labels)) if isinstance(labels, list) else None
    if expected is not None and coef.shape != expected:
        raise ModelFormatError(f"{where('target_coef')!r} has shape {coef.shape}, but {METADATA}'s n_features is "
                               f"{n_features} and it names {len(labels)} labels: expected {expected}; the model is "
                               f"damaged")


def _check_idf(idf: np.ndarray, where: str) -> None:
    """Refuse idf weights below 1, which no training gives (each is log((1 + documents) /
    (1 + documents with the feature)) + 1): all zeros made every probability NaN, with exit
    status 0, and negative ones changed the answers without a word. (NaN and infinities
    are refused with the other arrays'.)

    >>> _check_idf(np.array([1.0, 2.5, 0.0, -1.0]), "m/idf.npy")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm/idf.npy' holds 2 weights below 1 (the first, 0.0, at position 2); ...
    """
    low = np.flatnonzero(idf < 1)
    if low.size:
        raise ModelFormatError(f"{where!r} holds {low.size:,} weight{'s' * (low.size > 1)} below 1 (the first, "
                               f"{float(idf[low[0]])!r}, at position {int(low[0])}); a trained idf is 1 or more, "
                               f"and 0 makes every probability NaN: the model is damaged")


def _warn_of_unknown_options(metadata: dict[str, Any], folder: Path) -> None:
    """Say at load when the model was trained with options this version does not have (a
    newer stance's): they are left out of the loaded model's options, so a refit with them
    would silently train another model. Only a warning: it predicts from its parameters.

    In the command line's words too (see :func:`stance.exceptions.warn`): the option as
    ``--option NAME=VALUE``, and ``stance train``, which refuses it, where Python's
    ``get_params()`` and ``clone(model).fit`` leave it out.
    """
    from .exceptions import warn
    from .model import StanceModel

    options = metadata.get("options") or {}
    known = StanceModel._param_names()
    unknown = {name: value for name, value in options.items() if name not in known}
    if not unknown:
        return

    them = "them" if len(unknown) > 1 else "it"

    def said(words: Words) -> str:
        what = f"the training option{'s' * (len(unknown) > 1)} {_given(unknown, words)}"
        why = _unknown_to_us(metadata, what)
        if words.command_line:
            return (f"{str(folder)!r} predicts as saved, but {why}, and stance train refuses "
                    f"{them}; upgrade stance to train the model again")
        return (f"{str(folder)!r} predicts as saved, but {why}: get_params() leaves "
                f"{them} out, so clone(model).fit or cross-validation would train "
                f"without {them}; upgrade stance to refit the model")

    warn(said)


def _warn_if_options_cannot_refit(model, folder: Path) -> None:
    """Say at load, not at a refit months later, when the options a model was saved with
    cannot train it again (``C="x"`` in an edited file; an option a later version checks
    more strictly). Only a warning: the model predicts from its parameters, which are sound.

    In the command line's words too: the refusal as ``--option`` reads it, and ``stance train``
    with valid ``--option NAME=VALUE`` in place of Python's ``model.set_params(...)``.
    """
    from .exceptions import InvalidInputError, warn

    try:
        model._check_options(model.params_.stance_classes)
    except InvalidInputError as error:
        refused = str(error)
        typed = getattr(error, "typed", None)
        typed = typed if isinstance(typed, str) else refused
        # none_label has a flag of its own, and stance train refuses it as --option.
        valid = "a valid --none-label" if typed.startswith("--none-label") else "valid ones (--option NAME=VALUE)"

        def said(words: Words) -> str:
            if words.command_line:
                return (f"{str(folder)!r} predicts as saved, but the options it was saved with cannot train a "
                        f"model again ({typed}), so stance train with them will fail; train it with {valid}")
            return (f"{str(folder)!r} predicts as saved, but the options it was saved with cannot train a "
                    f"model again ({refused}), so clone(model).fit or cross-validation with them will fail; "
                    f"set valid ones with model.set_params(...)")

        warn(said)


def _analyzer_options(metadata: dict[str, Any], vocabulary: list[str], folder: Path) -> dict[str, Any]:
    """The analyzer's options, checked against the training options and the vocabulary.

    They are outside the parameters' checksum, and the analyzer runs on every statement: an
    ``ngram_max`` of a billion made classifying a long text take minutes (its n-grams grow
    with the square of its length), while one below the vocabulary's longest n-gram would
    silently never match those features. One they agree on is kept however large: n-grams
    are made only up to a statement's length and the vocabulary's longest n-gram
    (``ModelParameters.analysis_options``), and models were trained with ngram_max 12.
    """
    where = str(folder / METADATA)
    analyzer, options = metadata.get("analyzer"), metadata.get("options") or {}
    if not isinstance(analyzer, dict):
        raise ModelFormatError(f"{where!r}: {_no_object(metadata, 'analyzer')}; {_DAMAGED}")
    ngram_max = analyzer.get("ngram_max", 2)
    if not is_int(ngram_max) or ngram_max < 1:
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'ngram_max', ngram_max)} must be a whole "
                               f"number from 1; {_DAMAGED}")
    trained_with = options.get("ngram_max") if isinstance(options, dict) else None
    # Training makes no n-gram longer than its ngram_max, so the vocabulary (a scan of 17 ms
    # on the bundled model's, on every load) is read only when the options cannot vouch.
    agrees = trained_with is not None and ngram_max == trained_with
    longest = 1 if agrees else max((term.count(" ") + 1 for term in vocabulary), default=1)
    if not agrees and (trained_with is not None or ngram_max < longest):
        trained = "" if trained_with is None else f"{_in_file('options', 'ngram_max', trained_with)} and "
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'ngram_max', ngram_max)}, but {trained}its "
                               f"vocabulary has {longest}-grams; {_DAMAGED}")
    unknown = sorted(set(analyzer) - set(ANALYZER_OPTIONS))
    if unknown:  # make_analyzer's own TypeError ("unexpected keyword argument") gave no advice
        why = _unknown_to_us(metadata, f"the analyzer option {_given({k: analyzer[k] for k in unknown})}",
                             known=ANALYZER_OPTIONS)
        raise ModelFormatError(f"{where!r}: {why}: upgrade stance to load it")
    for flag in ("negation", "opening", "apostrophes", "links", "spelling", "invisibles", "cannot", "handles",
                 "marks", "cjk", "lookalikes", "names"):
        if not isinstance(analyzer.get(flag, False), bool):
            raise ModelFormatError(f"{where!r}: {_in_file('analyzer', flag, analyzer[flag])} must be true or false; "
                                   f"{_DAMAGED}")
    stem = analyzer.get("stem", True)
    _check_stem(stem, options, metadata["format_version"], where)
    words = analyzer.get("negation_words")
    _check_negation_words(words, options, metadata["format_version"], where)  # before names, which reads them
    for name, since, reading in (("apostrophes", APOSTROPHES_SINCE, "reads curly apostrophes as straight"),
                                 ("links", LINKS_SINCE, "reads links as no words"),
                                 ("spelling", SPELLING_SINCE, "reads American spellings as British"),
                                 ("invisibles", INVISIBLES_SINCE, "drops invisible format characters"),
                                 ("cannot", CANNOT_SINCE, 'reads "cannot" as "can not"'),
                                 ("handles", HANDLES_SINCE, "reads a dotted handle as one word"),
                                 ("marks", MARKS_SINCE, "reads a combining mark as part of its word"),
                                 ("cjk", CJK_SINCE, "reads Chinese and Japanese in pairs of characters"),
                                 ("lookalikes", LOOKALIKES_SINCE, "reads a look-alike of the apostrophe as it"),
                                 ("names", NAMES_SINCE, "reads names as the corpus writes them")):
        # Training records spelling and names only for English text: another language's analyzer
        # has them off, and so has names a model of another language's negation words; and handles
        # only with links, without which no handle is a word.
        inert = (f"{_in_file('analyzer', 'stem', stem)}, which respells nothing"
                 if name in ("spelling", "names") and not respells(stem) else
                 f"{_in_file('analyzer', 'negation_words', words)}, not English's"
                 if name == "names" and not reads_names(stem, words) and not _names_whatever_words(analyzer, vocabulary)
                 else f"{_in_file('analyzer', 'links', bool(analyzer.get('links')))}, which reads no handle"
                 if name == "handles" and not analyzer.get("links") else None)
        _check_reading_option(name, analyzer.get(name, False), since, reading, options, metadata["format_version"],
                              where, inert)
    return dict(analyzer)


def _names_whatever_words(analyzer: dict[str, Any], vocabulary: list[str]) -> bool:
    """Whether the model reads names whatever its negation words: its analyzer has ``names``
    on beside another language's negation words, as the checkouts of 0.13.0 trained a model
    before names read English only (70d90176), and as any save of such a model keeps it, and
    its ``vocabulary`` was read so: no word in it has a letter names folds ("budowę") or a
    spelling it reads as another ("kiev"). It is read so (ModelParameters.analysis_options);
    refused as damaged, it was a model no later version could load. A model trained since
    reads such letters as written, and its metadata with names turned on (and re-signed)
    would read "budowę" as "budowe", which its vocabulary does not hold: still damaged.

    >>> _names_whatever_words({"names": True}, ["budowe", "NOT_jadrowej", "kyiv"])
    True
    >>> _names_whatever_words({"names": True}, ["budowę"]), _names_whatever_words({"names": True}, ["START_kiev"])
    (False, False)
    >>> _names_whatever_words({"names": False}, ["budowe"])
    False
    """
    from .name_spellings import fold_letters, press_to_corpus

    if analyzer.get("names") is not True:
        return False
    respelt = press_to_corpus()
    return all(fold_letters(term) == term
               and respelt.keys().isdisjoint(term.removeprefix(NOT_PREFIX).removeprefix(OPENING_PREFIX).split(" "))
               for term in vocabulary)


def _unknown_to_us(metadata: dict[str, Any], what: str, *, verb: str = "has",
                   known: tuple[str, ...] | None = None) -> str:
    """Says that ``what`` (an option or file of the model, named with its value) is not one
    this version has (``verb="has"``) or reads (``"reads"``): the model came from a newer
    stance, which metadata's versions tell when they name one."""
    from . import __version__

    saved_by = _saved_by(metadata)
    if saved_by is not None and _version_key(saved_by) > _version_key(__version__):
        lacks = "does not have" if verb == "has" else "does not read"
        return f"the model was saved by stance {saved_by} with {what}, which stance {__version__} {lacks}"
    these = "" if known is None else f" ({', '.join(known)})"
    return (f"{what} is not one stance {__version__} {verb}{these} (the file was edited, or written by a "
            f"newer stance)")


def _given(values: dict[str, Any], words: Words | None = None) -> str:
    """Options as ``name=value``, for a message; in ``words``, as their user gives them
    (``--option name=value`` on the command line).

    >>> from .exceptions import COMMAND_LINE
    >>> _given({"stem": False, "C": "x"}), _given({"stem": False, "C": "x"}, COMMAND_LINE)
    ("C='x', stem=False", '--option C=x, --option stem=false')
    """
    if words is not None and words.command_line:
        return ", ".join(words.option(name, value) for name, value in sorted(values.items()))
    return ", ".join(f"{name}={value!r}" for name, value in sorted(values.items()))


# What a refusal of metadata.json's analyzer or options advises: the folder is at fault, not the
# caller's arguments or flags, which a value in Python's words ("stem='klingon'") seemed to name.
_DAMAGED = ("the model's folder is damaged (its metadata.json was edited or corrupted after the save): restore "
            "it from the copy the model came from, or train the model again")


def _in_file(section: str, name: str, value: Any) -> str:
    """The entry ``name`` of metadata.json's object ``section`` ("analyzer", "options") as the
    file writes it, its value in JSON, for a refusal that speaks the file's words to a caller
    of either the library or the command (whose flags, unlike Python's arguments, write
    ``true`` and ``null`` as the file does).

    >>> _in_file("options", "stem", "klingon"), _in_file("analyzer", "links", False)
    ('"stem": "klingon" in its "options" (the options it was trained with)', '"links": false in its "analyzer"')

    A word of another script as the file holds it (the model is saved so), not in JSON's
    escapes, which no one reads ("\\u043d\\u0435" for "не"); but a character a terminal acts
    on or hides (a bidirectional control, a line separator) in them, as ``quoted`` does:

    >>> print(_in_file("analyzer", "negation_words", ["не", "nie\u202e"]))
    "negation_words": ["не", "nie\u202e"] in its "analyzer"
    """
    what = ' (the options it was trained with)' if section == "options" else ""
    return f'"{name}": {_as_json(value)} in its "{section}"{what}'


def _older_than(what: str, since: int, version: int) -> str:
    """The refusal of a model ``what`` (one with an array or an option) in metadata.json whose
    format is older than the format ``since`` that first held it: the field named, and what to do.

    >>> print(_older_than("a model with a length_floor", 10, 9))  # doctest: +ELLIPSIS
    a model with a length_floor is format 10 or newer, not 9, the "format_version" it records; the model's folder ...
    """
    return f'{what} is format {since} or newer, not {version}, the "format_version" it records; {_DAMAGED}'


def _entry(name: str, value: Any) -> str:
    """The entry ``name`` of metadata.json's top level as the file writes it, its value in
    JSON (see :func:`_in_file`): "'labels' must be a list of strings, got 3" spoke Python.

    >>> print(_entry("none_label", 3), _entry("labels", ["gas", ""]), sep="; ")
    "none_label": 3; "labels": ["gas", ""]

    A whole number of more than 20 digits as its first and how many (see :func:`_value_shown`):

    >>> print(_entry("n_features", -int("9" * 4000)))
    "n_features": -99999999999… (4,000 digits)
    """
    return f'"{name}": {_value_shown(value) if is_int(value) else _as_json(value)}'


def _refused_entry(metadata: dict[str, Any], name: str, what: str, expected: str) -> str:
    """The refusal of ``metadata``'s entry ``name``, which should hold ``what`` (``expected``
    says what that is), in the file's words (see :func:`_entry`), or of its having none: a
    missing "format_version" was refused as '"format_version": null', which the file does not write.

    >>> print(_refused_entry({"n_features": "x"}, "n_features", "number of features", "a whole number from 1"))
    "n_features": "x" is no number of features (a whole number from 1)
    >>> print(_refused_entry({}, "format_version", "model format", "a whole number from 1"))
    no "format_version", the model format (a whole number from 1)
    """
    if name not in metadata:
        return f'no "{name}", the {what} ({expected})'
    return f"{_entry(name, metadata[name])} is no {what} ({expected})"


def _as_json(value: Any) -> str:
    """``value`` in JSON as metadata.json holds it, shortened; what a terminal acts on or hides
    in JSON's escapes (see :func:`_in_file`).

    >>> print(_as_json(None), _as_json(["не", "a\\x1bb"]), _as_json(True))
    null ["не", "a\\u001bb"] true
    """
    try:
        written = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # not from a JSON file: never so, but a refusal must not fail
        return quoted(value)
    return shortened("".join(char if char.isprintable() else json.dumps(char)[1:-1] for char in written))


def _saved_by(metadata: dict[str, Any]) -> str | None:
    """The stance version that saved the model, as its metadata records it (None if it does
    not), to be named in a message: one that is no plain release number (a line break, an
    escape, 300 characters) is quoted as Python writes it, so that it cannot cut or paint
    the message.

    >>> _saved_by({"versions": {"stance": "0.3.0"}}), _saved_by({"versions": {"stance": "9.9 upgrade me"}})
    ('0.3.0', "'9.9 upgrade me'")
    """
    versions = metadata.get("versions")
    saved_by = versions.get("stance") if isinstance(versions, dict) else None
    if not isinstance(saved_by, str):
        return None
    return saved_by if re.fullmatch(r"[0-9A-Za-z.+!_-]{1,40}", saved_by) else quoted(saved_by)


def _version_key(version: str) -> tuple[int, ...]:
    """``"0.10.1"`` as ``(0, 10, 1)``, for ordering release numbers (a suffix such as ``rc1`` is ignored).

    >>> _version_key("0.10.1rc1") > _version_key("0.9") > _version_key("0.1.0")
    True
    """
    key = []
    for part in version.split(".")[:3]:
        digits = part[:len(part) - len(part.lstrip("0123456789"))]
        if not digits:
            break
        key.append(int(digits))
    return tuple(key)


def _check_stem(stem: Any, options: Any, version: int, where: str) -> None:
    """Refuse an analyzer ``stem`` that is no stemming this version does, or that is not
    the one the model was trained with: every word would be read differently."""
    from .text import stem_languages, stem_option

    if isinstance(stem, str):
        if version < STEM_LANGUAGE_SINCE:
            raise ModelFormatError(f"{where!r}: " + _older_than("a model stemmed in a named language",
                                                                STEM_LANGUAGE_SINCE, version))
        if stem not in stem_languages():
            raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'stem', stem)} is no language the installed "
                                   f"nltk's Snowball stemmer knows (it knows {', '.join(stem_languages())}): "
                                   f"install the nltk the model was trained with; else {_DAMAGED}")
    elif not isinstance(stem, bool):
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'stem', stem)} must be true, false or a "
                               f"language's name (one of {', '.join(stem_languages())}); {_DAMAGED}")
    trained_with = options.get("stem") if isinstance(options, dict) else None
    if isinstance(trained_with, str) and stem_option(trained_with) not in (True, *stem_languages()):
        # The options' own damage, not the analyzer's: it was blamed, in Python's words ("the analyzer's 'stem'
        # is True, but the model was trained with stem='klingon'").
        raise ModelFormatError(f"{where!r}: {_in_file('options', 'stem', trained_with)} is no stemming a model is "
                               f"trained with (true, false or a language's name, one of "
                               f"{', '.join(stem_languages())}); {_DAMAGED}")
    if isinstance(trained_with, (bool, str)) and stem_option(trained_with) != stem:
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'stem', stem)}, but "
                               f"{_in_file('options', 'stem', trained_with)}; {_DAMAGED}")


def _check_negation_words(words: Any, options: Any, version: int, where: str) -> None:
    """Refuse an analyzer's ``negation_words`` that the format cannot hold, that is no list of
    words, or that is not what the model was trained with: the marks would follow other words
    than in training. A language named in the options is not compared with today's list of
    it, which a later version may mend: the analyzer's words are what the model was trained on.
    """
    from .text import NEGATION_WORDS, check_negation_words, negation_word_list

    if words is not None:
        if version < NEGATION_WORDS_SINCE:
            raise ModelFormatError(f"{where!r}: " + _older_than("a model that marks negation after words of its own "
                                                                "(negation_words)", NEGATION_WORDS_SINCE, version))
        if not isinstance(words, list) or check_negation_words(words) or negation_word_list(words) != tuple(words):
            raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'negation_words', words)} must be null (the "
                                   f"default's words) or a list of different lower-case words; {_DAMAGED}")
    if not isinstance(options, dict) or "negation_words" not in options:
        return
    trained_with = options["negation_words"]
    if check_negation_words(trained_with):  # not an option a model can be trained with
        raise ModelFormatError(f"{where!r}: {_in_file('options', 'negation_words', trained_with)} is no value a "
                               f"model is trained with (null, a language's name, one of "
                               f"{', '.join(sorted(NEGATION_WORDS))}, or a list of words); {_DAMAGED}")
    given = None if trained_with is None or isinstance(trained_with, str) else list(negation_word_list(trained_with))
    if (words is None) != (trained_with is None) or (given is not None and given != words):
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', 'negation_words', words)}, but "
                               f"{_in_file('options', 'negation_words', trained_with)}; {_DAMAGED}")


def _check_reading_option(name: str, value: bool, since: int, reading: str, options: Any, version: int,
                          where: str, inert: str | None = None) -> None:
    """Refuse an analyzer option ``name`` (``apostrophes``, ``links``, ``spelling``,
    ``invisibles``, ``cannot``, ``handles``, ``marks``, ``cjk``, ``lookalikes``, ``names``) that the format cannot
    hold or that is not what the model was trained with: text would be read otherwise than it was in training. Its
    absence is how every model saved before the option reads (False); ``reading`` says what the option does, for
    the message; ``inert`` says why it does nothing for this model (``spelling`` with
    ``stem='german'``), whose analyzer then has it off whatever it was trained with.

    >>> _check_reading_option("links", True, 7, "reads links as no words", {}, 6, "m")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelFormatError: 'm': a model that reads links as no words is format 7 or newer, not 6, the "...
    """
    if value and version < since:
        raise ModelFormatError(f"{where!r}: " + _older_than(f"a model that {reading}", since, version))
    trained_with = options.get(name) if isinstance(options, dict) else None
    if isinstance(trained_with, bool) and (trained_with and inert is None) != value:
        why = "" if inert is None else f" and {inert}"
        raise ModelFormatError(f"{where!r}: {_in_file('analyzer', name, value)}, but "
                               f"{_in_file('options', name, trained_with)}{why}; {_DAMAGED}")


def _names(metadata: dict[str, Any], key: str, folder: Path, *, optional: bool = False) -> tuple[str, ...]:
    """A list of names in the metadata (labels, stance classes), refused unless every one is a
    string: tuple() of a string split it into letters, and numbers became labels that the
    predictions, score columns and `stance info` then carried (info failed with a traceback)."""
    value = metadata.get(key)
    if optional and value is None:
        return ()
    what = _NAMED[key]
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        empty = " (or [], a model without a stance head)" if optional else ""
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {_entry(key, value)} is no list of {what}: a list of "
                               f"different strings, none empty{empty}; {_DAMAGED}")
    for name in value:  # what training never wrote
        _check_name(name, key, folder)
    seen: set[str] = set()  # a set: a list's "in" made 200,000 names take minutes
    repeated = next((name for name in value if name in seen or seen.add(name)), None)
    if repeated is not None:
        raise ModelFormatError(f'{str(folder / METADATA)!r}: "{key}" names {_as_json(repeated)} twice, where a model '
                               f"has each of its {what} once; {_DAMAGED}")
    return tuple(value)


# What each list of names in metadata.json holds, for a refusal.
_NAMED = {"labels": "labels", "stance_classes": "stance values"}


def _check_name(name: str, key: str, folder: Path) -> None:
    """Refuse a name in the metadata (a label, a stance class, the off-topic label) that
    training never wrote: an empty one. A name holding a control character loads (training
    refuses one now, but models trained before hold tabs); the command line prints it escaped."""
    if not name:
        held = _entry(key, name) if key == "none_label" else f'"{key}" holds ""'
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {held}, an empty name, which no label or stance value "
                               f"of a trained model is; {_DAMAGED}")


def _none_label(metadata: dict[str, Any], labels: tuple[str, ...], folder: Path) -> str | None:
    """The off-topic label: null or one of ``labels``. A name of no label was taken for one, and
    turned the off-topic statements into a target; only a model trained with an off-topic label
    that no row had (which training warns of, and which acts as one without) records one."""
    none_label = metadata.get("none_label")
    if none_label is None:
        return None
    if not isinstance(none_label, str):
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {_entry('none_label', none_label)} is no off-topic "
                               f"label (null, for a model without one, or a label's name, one of its \"labels\" "
                               f"{_as_json(list(labels))}); {_DAMAGED}")
    _check_name(none_label, "none_label", folder)
    options = metadata.get("options")
    if none_label not in labels and not (isinstance(options, dict) and options.get("none_label") == none_label):
        raise ModelFormatError(f"{str(folder / METADATA)!r}: {_entry('none_label', none_label)} is none of its "
                               f"\"labels\" {_as_json(list(labels))} nor the \"none_label\" in its \"options\" (the "
                               f"options it was trained with): the off-topic label is null or one of them; {_DAMAGED}")
    return none_label


def _stance_only_features(metadata: dict[str, Any], vocabulary: list[str], folder: Path) -> list[str]:
    """The prefixes of the features only the stance head reads, checked against what the
    analyzer makes and the options asked for: a mismatch would silently change every score."""
    where = str(folder / METADATA)
    stance_only = metadata.get("stance_only_features", [])
    analyzer, options = metadata.get("analyzer"), metadata.get("options")
    analyzer = analyzer if isinstance(analyzer, dict) else {}
    options = options if isinstance(options, dict) else {}
    expected = list(stance_only_features(options.get("negation") is True, analyzer.get("opening") is True))
    # What the entry must hold, said with either refusal: the prefixes follow from two options.
    follows = (f"the analyzer and options it records give {_as_json(expected)} (\"NOT_\" with \"negation\" in its "
               f"\"options\", \"START_\" with \"opening\" in its \"analyzer\")")
    if not isinstance(stance_only, list) or not all(isinstance(prefix, str) for prefix in stance_only):
        raise ModelFormatError(f"{where!r}: {_entry('stance_only_features', stance_only)} is no list of the prefixes "
                               f"of the features only the stance head reads, which {follows}; {_DAMAGED}")
    if stance_only != expected:
        raise ModelFormatError(f"{where!r}: {_entry('stance_only_features', stance_only)}, but {follows}; "
                               f"{_DAMAGED}")
    if expected and metadata["format_version"] < STANCE_ONLY_FEATURES_WRITTEN_SINCE:
        raise ModelFormatError(f"{where!r}: " + _older_than("a model with stance-only features",
                                                            STANCE_ONLY_FEATURES_WRITTEN_SINCE,
                                                            metadata["format_version"]))
    # Only these features start with a capital (tokens are lower-cased): one cheap pass.
    kinds = {term.split("_", 1)[0] + "_" for term in vocabulary if term[:1].isupper()}
    for prefix, option in ((OPENING_PREFIX, "opening"), (NOT_PREFIX, "negation")):
        if prefix in kinds and analyzer.get(option) is not True:
            raise ModelFormatError(f"{str(folder / VOCABULARY)!r} holds {prefix}… features, which an analyzer "
                                   f"without {option!r} does not make; the model is damaged")
    return stance_only


def _dense_from_entries(name: str, contents: dict[str, bytes], arrays: dict[str, np.ndarray], n_features: int,
                        read, where) -> np.ndarray:
    """Rebuild an array stored as its non-zero entries (format 2), refusing bad positions.

    Its shape, ``(labels, features, stance columns)``, is taken from arrays stored whole
    (never from metadata alone), so a damaged file cannot make loading allocate more than
    the model's other arrays already hold.
    """
    for part in ("index", "value"):
        if f"{name}_{part}.npy" not in contents:
            raise ModelFormatError(f"{where(f'{name}_{part}')!r} is missing; it is half of {name!r}")
    positions, values = read(f"{name}_index", ("i", "u")), read(f"{name}_value")
    bias, intercept = arrays.get("stance_label_bias"), arrays.get("stance_intercept")
    if bias is None or intercept is None or bias.ndim != 2 or intercept.ndim != 1:
        raise ModelFormatError(f"{where(name + '_index')!r} needs stance_label_bias.npy and stance_intercept.npy "
                               f"(labels × stance columns) to give its shape")
    coef = arrays["target_coef"]  # checked first (_check_label_weights): (features, labels)
    labels = coef.shape[1]
    if bias.shape != (labels, intercept.shape[0]):  # before zeros of a damaged shape fill the memory
        raise ModelFormatError(f"{where('stance_label_bias')!r} has shape {bias.shape}, but target_coef.npy "
                               f"{coef.shape} and stance_intercept.npy {intercept.shape} give {n_features} "
                               f"features: expected ({labels}, {intercept.shape[0]}); the model is damaged")
    shape = (bias.shape[0], n_features, intercept.shape[0])
    size = int(np.prod(shape))
    if positions.ndim != 1 or values.shape != positions.shape:
        raise ModelFormatError(f"{where(name + '_index')!r} and its values must be two lists of one length")
    # Bounds first, on the stored integers, so that unsigned or extreme values cannot wrap.
    if positions.size and (int(positions.min()) < 0 or int(positions.max()) >= size
                           or np.any(np.diff(positions.astype(np.int64)) <= 0)):
        raise ModelFormatError(f"{where(name + '_index')!r} must hold increasing positions below {size}")
    dense = np.zeros(size, dtype=np.float64)
    dense[positions.astype(np.int64)] = values
    return dense.reshape(shape)


def _check_npy_size(data: bytes) -> None:
    """Refuse an ``.npy`` whose header claims more data than the file holds."""
    from numpy.lib import format as npy

    stream = io.BytesIO(data)
    version = npy.read_magic(stream)
    if version not in ((1, 0), (2, 0)):
        raise ValueError(f".npy format version {version} is not one numpy's np.save writes for plain arrays")
    read_header = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
    shape, _, dtype = read_header(stream)
    if dtype.hasobject:
        return  # np.load refuses it without allocating
    expected, held = int(np.prod(shape, dtype=object)) * dtype.itemsize, len(data) - stream.tell()
    if held != expected:
        raise ValueError(f"its header describes {expected:,} bytes of data, the file holds {held:,}")


def parse_model_json(data: bytes, path: Path) -> Any:
    """:func:`_parse_json` of the model's file ``path`` (metadata.json, vocabulary.json,
    checksums.json), its refusal told what to do, alike for every one: a vocabulary.json cut
    short was told "is not valid JSON: Unterminated string …" and no more.

    >>> parse_model_json(b'["nato"', Path("m/vocabulary.json"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.ModelIntegrityError: 'm/vocabulary.json' is not valid JSON: ...; restore it from the copy ...
    """
    try:
        return _parse_json(data, path)
    except ModelIntegrityError as error:
        raise ModelIntegrityError(f"{error}; {RESTORE.format(what='it')}") from None


def _parse_json(data: bytes, path: Path) -> Any:
    """The JSON in ``data``, read from the model file ``path`` (which a refusal names)."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_without_repeated_keys, parse_int=_whole_number)
    except _TooLarge as large:
        # Not "not valid JSON" with Python's advice to call sys.set_int_max_str_digits(): no save
        # writes such a number (json.dumps cannot).
        raise ModelIntegrityError(f"{str(path)!r} holds a number too large ({large.args[0]:,} digits), which no "
                                  f"save writes; the file is damaged") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise ModelIntegrityError(f"{str(path)!r} is not valid JSON: {error}") from None
    except RecursionError:
        raise ModelIntegrityError(f"{str(path)!r} is not valid JSON: it is nested too deeply") from None
    except _RepeatedKey as repeated:
        # the key as the file writes it ("labels"), not Python's 'labels'
        raise ModelIntegrityError(f"{str(path)!r} names {_as_json(repeated.args[0])} twice; the file is "
                                  f"damaged") from None


class _RepeatedKey(Exception):
    pass


class _TooLarge(Exception):
    pass


def _whole_number(text: str) -> int:
    """The whole number JSON writes as ``text``, refused (:class:`_TooLarge`, with its number of
    digits) when of more digits than Python converts (4,300 unless set otherwise).

    >>> _whole_number("-12")
    -12
    """
    try:
        return int(text)
    except ValueError:  # the digits json's pattern matched: only too many of them
        raise _TooLarge(len(text.lstrip("-"))) from None


def _without_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refused when it names a key twice (json.loads keeps the last
    silently, so an edited file could say one thing to a reader and another to the loader)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _RepeatedKey(key)
        found[key] = value
    return found

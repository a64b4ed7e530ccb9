"""The saved model's format: the files a model folder holds and how large each may be, the
format versions and what each added, the one a save writes, and the parameters' digest.

Each ``*_SINCE`` is the first format that holds what its comment says; a version of stance
reads every format up to :data:`FORMAT_VERSION` and refuses a newer one. :func:`format_to_save`
picks the format a save writes, and :func:`_digest_of` (of the arrays, the vocabulary and,
from format 8, :func:`_reading`) is the ``parameters_sha256`` that a load recomputes and a
pin (``sha256=``) is compared with.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from .exceptions import is_int

if TYPE_CHECKING:
    from .model import StanceModel
    from .parameters import ModelParameters


FORMAT_NAME = "stance-model"
FORMAT_VERSION = 17  # the newest format this version reads, and the one every model it fits saves in
# Before format 9, a model was saved in the oldest format that holds it, so that older
# versions of stance loaded what they could: format 3 added features only the stance head
# reads (``stance_only_features``), format 4 the confidence calibration; a model with neither
# is format 2. An older version would ignore the calibration and give other confidences,
# so it is told to upgrade instead. A model loaded from one of those formats saves in it
# again (see :func:`format_to_save`).
STANCE_ONLY_FEATURES_SINCE = 3
# But the checkouts of 067e56a5 and bb66d565 (stance 0.1.0, the stance cues' first hour, a
# bundled model among them) saved models with stance-only features as format 2, before
# format 3 was made for them: format 2 may hold them, and loads as format 3 reads them.
STANCE_ONLY_FEATURES_WRITTEN_SINCE = 2
CONFIDENCE_CALIBRATION_SINCE = 4
STEM_LANGUAGE_SINCE = 5  # the analyzer's stem a language name, not only true or false
# The analyzer's "apostrophes" (curly apostrophes, and ‘ or ` between letters, read as
# straight; Italian elisions cut): every model trained with the default since. An older version would read those texts
# otherwise, and refuses the format; a model without the option reads as before it.
APOSTROPHES_SINCE = 6
# The analyzer's "links" (web and e-mail addresses no words, an @handle one word): every
# model trained with the default since. An older version would read a post's link as words
# ("https", "t", "co"…) and refuses the format; a model without the option reads as before it.
LINKS_SINCE = 7
# The analyzer's "spelling" (American spellings read as British ones): every English model
# trained with the default since. An older version would read "defense" as "defens", a word
# the model hardly knows, and refuses the format; a model without the option reads as before it.
SPELLING_SINCE = 8
# From format 8 the parameters' digest also covers what metadata.json says of how the arrays
# are read (the link, the analyzer, the stance-only features, how many labels and stance
# values, which label is the off-topic one): an audit set "target_link" to "softmax" and
# rewrote the checksums, and a load pinned with sha256= took it, each label's probability
# changed. The names stay out of it, as before (a label renamed in metadata.json loads).
READING_COVERED_SINCE = 8
# From format 9 it covers everything in metadata.json that a prediction reads: the label
# names and stance values in their order, the off-topic label's name and the training data's
# label_counts (which pick the label of text with no known word, in a model without an
# off-topic label). An audit swapped the two stance values and rewrote the digest and
# checksums: the pinned load took it, and every stance was flipped. The rest of metadata.json
# (options, which only a refit reads; metrics, the other training-data entries, created,
# versions) describes the model and stays out. Every model fitted from then is format 9 (10
# since INVISIBLES_SINCE, 11 since CANNOT_SINCE, 12 since HANDLES_SINCE, 13 since
# MARKS_SINCE, 14 since CJK_SINCE, 15 since NEGATION_WORDS_SINCE, 16 since LOOKALIKES_SINCE,
# 17 since NAMES_SINCE), whatever its options: that a pin holds matters more than that an older version reads it.
NAMES_COVERED_SINCE = 9
# The analyzer's "invisibles" (invisible format characters dropped: a zero-width space, a word
# joiner, a byte-order mark, a joiner, a direction mark inside a word): every model trained
# with the default since. An older version would read "Ukr\u200baine" as "ukr" and "aine", two
# words the model does not know, and refuses the format; a model without the option reads as
# before it. The digest covers what format 9's covers. Every model fitted from then is
# format 10 (11 since CANNOT_SINCE, 12 since HANDLES_SINCE, 13 since MARKS_SINCE), whatever
# its options; a model loaded from format 9 saves in it again.
INVISIBLES_SINCE = 10
# The analyzer's "cannot" ("cannot" read as "can not", as "can't" always was, so that its
# "not" opens a negation's scope): every model trained with the default since. An older
# version would read "cannot" as one word, with no negation after it, and refuses the format;
# a model without the option reads as before it. The digest covers what format 10's covers.
# Every model fitted from then is format 11 (12 since HANDLES_SINCE, 13 since MARKS_SINCE),
# whatever its options; a model loaded from format 9 or 10 saves in it again.
CANNOT_SINCE = 11
# The analyzer's "handles" (with "links": a dotted handle, "@ukraine.bsky.social", "@nato.int",
# a Mastodon "@rutte@mastodon.social", read as one word, where it was cut at its dots into
# words the model knows, "ukraine" among them, or blanked as an e-mail address): every model
# trained with the default since. An older version would read "@ukraine.bsky.social" as
# "ukraine", "bsky" and "social", and refuses the format; a model without the option reads as
# before it. The digest covers what format 11's covers. Every model fitted from then is
# format 12 (13 since MARKS_SINCE), whatever its options; a model loaded from format 9, 10 or
# 11 (the bundled one of 0.6.0) saves in it again.
HANDLES_SINCE = 12
# The analyzer's "marks" (a combining mark, Unicode categories Mn, Mc, Me, part of the word it
# follows, where the tokenizer parted the word at it: Hindi's vowel signs and viramas, "हिन्दी"
# was "ह", "न", "द"; and the marks that only annotate pronunciation dropped, a stress mark on a
# Cyrillic letter, the Arabic harakat and tatweel, "Са\u0301нкції" was "са", "нкції"): every
# model trained with the default since. An older version would part those words, and refuses
# the format; a model without the option reads as before it. The digest covers what format
# 12's covers. Every model fitted from then is format 13 (14 since CJK_SINCE), whatever its
# options; a model loaded from format 9 to 12 (the bundled one of 0.7.0) saves in it again.
MARKS_SINCE = 13
# The analyzer's "cjk" (a run of Chinese characters and Japanese kana, written without spaces
# between words, read as its overlapping pairs of characters, where the tokenizer read a whole
# clause as one word, "北约团结是我们安全的基础", which no other text repeats): every model
# trained with the default since. An older version would read each clause as one word, and
# refuses the format; a model without the option reads as before it. The digest covers what
# format 13's covers. Every model fitted from then is format 14 (15 since NEGATION_WORDS_SINCE),
# whatever its options; a model loaded from format 9 to 13 (the bundled one of 0.8.0) saves in
# it again.
CJK_SINCE = 14
# The analyzer's "negation_words" (the words after which the negation marks are made, given
# by the option of that name: a language Snowball has no stemmer for, Polish "nie", or the
# user's own), recorded as the words themselves, and only when the option was given: a model
# of the default marks after the words of its stem, as every model before it, and records
# nothing. An older version would mark after its stem's words, and refuses the format. The
# digest covers what format 14's covers. Every model fitted from then is format 15 (16 since
# LOOKALIKES_SINCE), whatever its options; a model loaded from format 9 to 14 (the bundled one of
# 0.9.0) saves in it again.
NEGATION_WORDS_SINCE = 15
# The analyzer's "lookalikes" (a look-alike of the apostrophe between two letters, as OCR'd and
# scraped text writes it, read as the apostrophe: a prime, an acute accent, a reversed quote or
# prime, the modifier letters prime, reversed comma and turned comma; "isn′t" was "isn" and "t",
# its negation lost): every model trained with the default since. An older version would read
# "isn′t" as two words, and refuses the format; a model without the option reads as before it.
# The digest covers what format 15's covers. Every model fitted from then is format 16 (17
# since NAMES_SINCE), whatever its options; a model loaded from format 9 to 15 (the bundled
# one of 0.11.0, format 14) saves in it again.
LOOKALIKES_SINCE = 16
# The analyzer's "names" (English text's names read as the corpus writes them: Latin letters
# without their diacritics, "Suwalki" as "Suwałki", and another transliteration of a name of
# stance.name_spellings' map as the corpus's, "Kiev" as "Kyiv", "Zelenskyy" as "Zelensky"):
# every English model trained with the default since. An older version would read "Suwalki"
# as a word the model never saw, and refuses the format; a model without the option reads as
# before it. The digest covers what format 16's covers. Every model this version fits is
# format 17, whatever its options; a model loaded from format 9 to 16 (the bundled one of
# 0.12.0, format 16, among them) saves in it again.
NAMES_SINCE = 17
# A model trained with a length_floor records the floor, a length, as metadata.json's
# "length_floor" (absent without one: such a model's files are what they were); the digest
# covers it, as it covers what else a prediction reads. Format 10 was not yet released when
# it came, so it is format 10's; an older format claiming one is damaged.
LENGTH_FLOOR_SINCE = 10
METADATA = "metadata.json"
VOCABULARY = "vocabulary.json"
CHECKSUMS = "checksums.json"
CARD = "MODEL_CARD.md"
# Every key metadata.json has held in any format: a load reads no other, and a save writes any
# other (a user's notes) again as it was loaded.
METADATA_KEYS = frozenset({
    "format", "format_version", "labels", "none_label", "stance_classes", "target_link", "analyzer",
    "stance_only_features", "n_features", "length_floor", "options", "parameters_sha256", "training_data",
    "metrics", "versions", "created",
})
ARRAY_NAMES = (
    "idf", "target_coef", "target_intercept", "thresholds",
    "stance_shared", "stance_by_label", "stance_label_bias", "stance_intercept", "confidence_calibration",
)
SPARSE_ARRAYS = ("stance_by_label",)
# Every file a model of a format this version reads can hold (checksums.json aside).
MODEL_FILES = frozenset({METADATA, VOCABULARY, CARD, *(f"{name}.npy" for name in ARRAY_NAMES),
                         *(f"{name}_{part}.npy" for name in SPARSE_ARRAYS for part in ("index", "value"))})
# The most bytes a file of a saved model may hold, far above what save_model writes (the
# bundled model's: 1 KB, 7 KB, 7 KB), checked before a file is read: a planted 30 GB file
# filled the memory. The vocabulary's and the arrays' limits follow from metadata.json.
# metadata.json is parsed into up to 30 times its size (20,000,000 empty objects in its
# metrics, 60 MB, took 1.96 GB and 30 s under the 64 MiB it had): a model of 1,000 labels
# writes 49 KB of it (16-character names), so 1 MiB leaves room for names of 400 characters
# or for 20,000 labels. A save refuses to write more (see _checked_metadata_size).
MAX_BYTES = {CHECKSUMS: 2**20, METADATA: 2**20, CARD: 2**26}
# vocabulary.json: the bundled model's terms take 13.5 bytes each, but a term of ten Chinese
# clauses (a clause is one word) takes thousands; 1 KiB refused such a model as damaged.
MAX_BYTES_PER_TERM = 2**16
MAX_BYTES_OTHERWISE = 2**31  # while metadata.json names no number of features


def format_to_save(model: StanceModel, params: ModelParameters) -> int:
    """The model format a save of ``model`` (whose parameters are ``params``) writes.

    :data:`FORMAT_VERSION` for a model this version fitted, whatever its options, so that its
    digest covers the names (see :data:`NAMES_COVERED_SINCE`). A model loaded from an older
    format, and not fitted since, saves as the versions before saved it (formats 9 to 16 as
    themselves, an older one in :func:`oldest_format`): its files, and the digest its
    publisher gave, stay as they were.

    >>> from types import SimpleNamespace
    >>> fitted = SimpleNamespace(saved_=None, params_=None)
    >>> format_to_save(fitted, None) == FORMAT_VERSION
    True
    """
    saved = model.__dict__.get("saved_")
    loaded = saved.get("format_version") if isinstance(saved, dict) else None
    # Formats 9 to 16, whose analyzer has no "names" (nor format 15's "lookalikes", format 14's "negation_words",
    # format 13's "cjk", format 12's "marks", format 11's "handles", format 10's "cannot", format 9's
    # "invisibles"): the bundled model of 0.5.0 is format 10, its length_floor and all, 0.7.0's format 12,
    # 0.8.0's format 13, 0.9.0's format 14 and 0.12.0's format 16.
    if is_int(loaded) and NAMES_COVERED_SINCE <= loaded < NAMES_SINCE:
        return loaded
    if params is not None and params.length_floor is not None:  # no older format holds it
        return max(FORMAT_VERSION, LENGTH_FLOOR_SINCE)
    if is_int(loaded) and loaded < NAMES_COVERED_SINCE:
        return oldest_format(params)
    return FORMAT_VERSION


def oldest_format(params: ModelParameters) -> int:
    """The oldest model format before format 9 that holds ``params``: the one versions before
    format 9 saved a model in, and a model loaded from such a format saves in again."""
    if params.analyzer_options.get("spelling"):
        return SPELLING_SINCE
    if params.analyzer_options.get("links"):
        return LINKS_SINCE
    if params.analyzer_options.get("apostrophes"):
        return APOSTROPHES_SINCE
    if isinstance(params.analyzer_options.get("stem"), str):  # older versions would call it damaged
        return STEM_LANGUAGE_SINCE
    if params.confidence_calibration is not None:
        return CONFIDENCE_CALIBRATION_SINCE
    return STANCE_ONLY_FEATURES_SINCE if params.stance_only_features else 2


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest_of(files: dict[str, bytes], reading: bytes | None = None) -> str:
    """The parameters' digest: of the arrays and the vocabulary, and from format 8 of how
    they are read (:func:`_reading`; None for the formats before, which leave it out)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + _sha256(files[name]).encode() + b"\n")
    if reading is not None:  # not a file name: no array can be called so
        digest.update(b"\0reading\0" + _sha256(reading).encode() + b"\n")
    return digest.hexdigest()


def _reading(version: int, target_link: Any, analyzer: Any, stance_only_features: Any, labels: Any,
             stance_classes: Any, none_label: Any, label_counts: Any, length_floor: Any = None) -> bytes | None:
    """What metadata.json says of how the arrays are read, as the digest of a model of format
    ``version`` covers it: nothing before format 8; in format 8 the number of labels and
    stance values and the off-topic label's place, not their names; from format 9 the names
    in order, the off-topic label's name and ``label_counts`` too; from format 10 the
    ``length_floor`` when there is one (without one, what format 9 covers: a model without a
    floor has the digest it had before the option).

    >>> _reading(8, "sigmoid", {"ngram_max": 2}, [], ["a", "none"], ["against", "favor"], "none", {"a": 3})
    b'{"analyzer":{"ngram_max":2},"labels":2,"none_label_at":1,"stance_classes":2,"stance_only_features":[],"target_link":"sigmoid"}'
    >>> _reading(9, "sigmoid", {}, [], ["b", "a"], [], None, {"a": 3, "b": 1})
    b'{"analyzer":{},"label_counts":{"a":3,"b":1},"labels":["b","a"],"none_label":null,"stance_classes":[],"stance_only_features":[],"target_link":"sigmoid"}'
    """
    if version < READING_COVERED_SINCE:
        return None
    covered = {"target_link": target_link, "analyzer": analyzer,
               "stance_only_features": list(stance_only_features or ())}
    if version < NAMES_COVERED_SINCE:
        def count(names: Any) -> Any:
            return len(names) if isinstance(names, (list, tuple)) else names

        at = list(labels).index(none_label) if isinstance(labels, (list, tuple)) and none_label in labels else None
        covered.update(labels=count(labels), stance_classes=count(stance_classes), none_label_at=at)
        return json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    covered.update(labels=labels, stance_classes=stance_classes, none_label=none_label, label_counts=label_counts)
    if length_floor is not None and version >= LENGTH_FLOOR_SINCE:
        covered["length_floor"] = length_floor
    # ASCII: a name read from metadata.json may hold a lone surrogate ("\ud800"), which UTF-8 cannot encode.
    return json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _reading_recorded(metadata: dict[str, Any]) -> bytes | None:
    """:func:`_reading` of what ``metadata`` records, as its format defines it (a value of the
    wrong kind is taken as written: the digest then differs, and the load refuses it)."""
    training = metadata.get("training_data")
    counts = training.get("label_counts") if isinstance(training, dict) else None
    return _reading(metadata.get("format_version", 0), metadata.get("target_link"), metadata.get("analyzer"),
                    metadata.get("stance_only_features"), metadata.get("labels"), metadata.get("stance_classes"),
                    metadata.get("none_label"), counts, metadata.get("length_floor"))

"""`StanceModel`: the classifier, as a scikit-learn-style estimator over raw text."""

from __future__ import annotations

import copy
import gc
import inspect
import math
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from . import _forksafe as forksafe
from . import inference
from .exceptions import (
    PYTHON,
    SEED_MAX,
    InvalidInputError,
    InvalidTypeError,
    LabelOptionTypeError,
    OptionError,
    OptionTypeError,
    Words,
    a_type_name,
    decode_hint,
    is_0d_array,
    is_int,
    none_label_not_text,
    not_fitted,
    one_text_advice,
    one_value_array,
    quoted,
    refuse_option,
    refuse_several_values,
    texts_in_a_list_advice,
    type_name,
    warn,
)
from .file_objects import refuse_file_object
from .foreign_frames import as_held, as_pandas, as_pandas_together, computed, library_of
from .parameters import ModelParameters
from .prediction import NO_KNOWN_WORDS, Prediction
from .text import (
    NAMES_WHATEVER_WORDS,
    check_negation_words,
    check_stance_ignores,
    check_stem,
    control_character,
    english_advice,
    fitted_negation_words,
    is_blank,
    languages_named_as_words,
    make_analyzer,
    negation_word_list,
    negation_words_script_advice,
    plain_str,
    reads_names,
    script_advice,
)

if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path

    import pandas as pd

    from .explain import Explanation

# Batches are scored this many texts at a time, which keeps memory flat on huge inputs.
CHUNK_SIZE = 4096
# classify_many classifies up to this many statements one by one while the batch index
# (stance.features) is not built yet: building it takes ~0.1 s.
SMALL_BATCH = 32
# ... until it has classified this many so, in small batches, when it builds the index: a
# service's requests of a few statements each (16 challenge statements: 2.2 ms a call one by
# one, 0.9 ms by the index) never built it, and paid for that on every request for good.
# The index took 0.3 s to build on a busy machine, what about 3,600 statements save.
ONE_BY_ONE_BEFORE_INDEX = 2_000
# A batch of fewer statements than this is answered one by one, the index built or not, and
# not counted: a batch's arrays cost the index more than it saves on them (one challenge
# statement took 276 µs by the index and 210 one by one; four, 401 and 458), and a stream of
# single lines (stance classify's standard input) would have built it to go slower.
FEWEST_FOR_INDEX = 4
# ... as long as their text is shorter than this in all: the index reads a long statement
# faster than the analyzer does (a speech of 10,000 words, 45 ms by the index, 71 one by one;
# one of 1,900 characters, 0.50 and 0.51 ms; three of 900 in all, 0.34 and 0.33 ms).
FEWEST_CHARACTERS_FOR_INDEX = 1_000
# The smallest C (and stance_C) taken: scikit-learn's liblinear solver never returns from
# C=1e-200 (1e-100 still finishes), and the fit cannot be interrupted.
SMALLEST_C = 1e-12
# The largest: liblinear did not return from C=1e120 on 120 short statements (1e100 took 2 s
# of CPU), nor from 1e100 on the corpus of 24,698 (1e50 took 14 s, 1e12 as long, the default
# 8 s); at 1e12 the regularisation is already nothing next to the data.
LARGEST_C = 1e12
# The longest ngram_max training takes. Every word of a text begins up to ngram_max n-grams,
# and so features, time and memory grow with it: 10**9 on 30 texts of 200 random words made
# 2.4 million features in 48 s and 1.8 GB (of 400 words, not done in two minutes), 20 made
# 212,000 in 3.7 s and 0.3 GB. Prediction makes none longer than the vocabulary's longest
# (ModelParameters.analysis_options), so this bounds it too. 20 is far above any useful
# setting (3 gains nothing over 2 on the corpus) and above the 12 models were trained with.
LONGEST_NGRAM = 20
# The start of the warning of thresholds the folds did not place (see _warn_of_flat_thresholds), as a
# filter's message= matches it: stance train says it on its "secondary at:" line and leaves it out.
FLAT_THRESHOLDS_WARNING = r"labels: the secondary-label thresholds? of .* (is|are each) the middle of a run"
# Models saved or pickled before these options existed were trained without what each adds:
# a load, and an unpickling, gives them the option off.
OFF_IN_OLDER_MODELS = {"stance_cues": False, "apostrophes": False, "links": False, "spelling": False,
                       "invisibles": False, "cannot": False, "handles": False, "marks": False, "cjk": False,
                       "negation_words": None, "lookalikes": False, "names": False,
                       "length_floor": None, "stance_ignores": None}


def options_as_fitted(params: dict[str, Any]) -> dict[str, Any]:
    """Training options ``params`` (``get_params()``) as a fit records them: options that
    fit the same model spelt alike.

    >>> options = options_as_fitted({"C": 10, "stance_C": 1, "length_floor": 5, "class_weight": {1: 2, 0: 1},
    ...                              "stance_class_weight": "balanced"})
    >>> options["C"], options["length_floor"], options["class_weight"]
    (10.0, 5.0, {0: 1.0, 1: 2.0})
    """
    # A copy: a class_weight dict changed in place later must not change what is recorded.
    options = copy.deepcopy(params)
    # Recorded as floats: C=10, 10.0 and np.float64(10) fit the same model, and saved
    # "C": 10 beside "C": 10.0 (a card's "np.float64(10.0)"). At the fit, not the save,
    # so that a model saved so before still saves again to the same bytes. Not min_df,
    # whose int is a count of documents and float a share of them.
    options.update({name: float(options[name]) for name in ("C", "stance_C")})
    if options.get("names") == NAMES_WHATEVER_WORDS:  # 0.13.0's reading, no longer trained (see fit): names=True
        options["names"] = True
    if options.get("stance_ignores") is not None:  # a list, as metadata.json gives it back: a tuple fits the same
        # No words ignore nothing: the default, None, which a save leaves unrecorded (0.14.0 knows no such option).
        options["stance_ignores"] = list(options["stance_ignores"]) or None
    if options["length_floor"] is not None:  # a percentile: 5 and 5.0 fit the same model
        options["length_floor"] = float(options["length_floor"])
    # Weights alike: {0: 1, 1: 5} and {0: 1.0, 1: 5.0} fit the same model and saved other
    # bytes; the target head's keys as ints, since 1.0 and True pass for 1 and saved "1.0".
    for name in ("class_weight", "stance_class_weight"):
        if isinstance(options[name], dict):
            # Sorted: {1: 5, 0: 1} saved its keys in the order given (a review).
            options[name] = {int(key) if name == "class_weight" else key: float(weight)
                             for key, weight in sorted(options[name].items(), key=lambda item: str(item[0]))}
    return options


class StanceModel:
    """Targets and stance of political statements: TF-IDF into logistic regression.

    Constructor arguments are options only; learned state lives in ``params_`` after
    :meth:`fit`, and the options it was fitted (or loaded) with in ``fitted_options_``: as in
    scikit-learn, :meth:`set_params` refits nothing, so a fitted model predicts, saves and
    describes itself with those until it is fitted again. The model behaves as a
    scikit-learn classifier over raw text (``fit``, ``predict``, ``predict_proba``,
    ``classes_``, ``get_params``), so it works with ``cross_val_score`` and ``GridSearchCV``.
    To tune with the stance head, pass ``y=frame[["labels", "stance"]].fillna("")``
    (scikit-learn sorts ``y`` while splitting
    and cannot compare the missing stance of an off-topic row with a str) and
    ``scoring=stance.scorer("stance_f_avg")``, since ``score`` measures labels only.
    Labels are strings: numeric labels come back as ``"0"``, ``"1"``…, so compare them
    with ``y.astype(str)``. Its own scorers
    (``"accuracy"``, ``"f1_macro"``) compare ``predict``'s primary label with the whole
    label string, so a row labelled ``"a|b"`` always counts as a miss; the model's own
    ``score`` (the default scorer) counts a primary label among the gold ones as a hit.

    Parameters
    ----------
    ngram_max : longest word n-gram used as a feature, at most 20 (time and memory grow with it).
    stem : stem words with nltk's Snowball stemmer: True in English, False not at all, or a
        Snowball language name (``"german"``, ``"french"``, ``"russian"``…, listed by
        ``stance.text.stem_languages()``) to stem in that language and mark its negation
        words ("nicht", "kein", "ne", "pas"…) for ``negation`` and ``stance_cues``;
        ``"french"`` also cuts elided words off the next ("l'otan" → "l", "otan"). True and
        False keep the English negation words and no elisions. Italian cuts its elided words
        too ("l'Ucraina", "dell'Ucraina", "all'Ucraina" → "l", "dell", "all" and "ucrain";
        "quest'anno", "c'è", "d'accordo"…) with ``apostrophes``. :meth:`fit` with True, the
        default, on texts mostly in another script (Cyrillic, Greek…) warns, naming the values
        that read it (``"russian"``, False).
    apostrophes : read a curly apostrophe (’, ʼ), and a left quote (‘) or backtick between two
        letters ("м‘ясо", "з`їв", as Ukrainian is often typed), as the straight one in every
        language, so that "l’Ucraina" and "l'Ucraina", "o’clock" and "o'clock" are one word,
        and cut Italian's elided words off the next (see ``stem``). A model saved before this option (format 5
        and older) loads as ``apostrophes=False`` and reads text as it always did;
        ``apostrophes=False`` trains such a model (which older versions of stance load).
    links : read a web address ("https://t.co/4b3e865", "www.nato.int/…", a bare short link
        such as "bit.ly/3xYz") and an e-mail address as no word, and an @handle as one word,
        the handle without its "@" ("@user_8725" is "user_8725", "@SecGenNATO" "secgennato"
        as before), so that a post's link and the handles it names do not change what it is
        read as. A model saved before this option (format 6 and older) loads as
        ``links=False`` and reads text as it always did ("https", "t", "co", "4"…, "user",
        "8725"); ``links=False`` trains such a model.
    spelling : read an American spelling as the British one before stemming ("defense" as
        "defence", "mobilized" as "mobilised", "center" as "centre"; a curated list of word
        families, :mod:`stance.spelling`), so that American text finds the words of a British
        corpus such as the bundled one. English only (``stem`` True, False, ``"english"`` or
        ``"porter"``): a model stemming in another language reads its words as spelt, its
        analyzer records the option off, and ``get_params()`` and ``fitted_options_`` keep
        what was asked, as a refit would use it. A model saved before this option (format 7
        and older) loads as ``spelling=False`` and reads text as it always did ("defense"
        and "defence" two words); ``spelling=False`` trains such a model.
    invisibles : drop the invisible format characters that text pasted from a web page or a
        word processor holds inside a word (a zero-width space, a word joiner, a byte-order
        mark, a zero-width joiner or non-joiner, direction marks and bidirectional
        embeddings and isolates; :data:`stance.text.INVISIBLE_FORMAT`), so that
        "Ukr\\u200baine" is "Ukraine" and not the two unknown words "ukr" and "aine". In
        every language: a Persian word written with a zero-width non-joiner is read as the
        same word typed without it. A model saved before this option (format 9 and older)
        loads as ``invisibles=False`` and reads text as it always did (such a character
        parts the word); ``invisibles=False`` trains such a model.
    cannot : read "cannot" (any case) as "can not", as "can't" always was, so that its "not"
        opens a negation's scope ("NOT_leav" of "We cannot leave…") and the stance head
        reads the negation. Whatever the ``stem`` language, as the split of "can't" is. A
        model saved before this option (format 10 and older, 0.5.0's bundled one among them)
        loads as ``cannot=False`` and reads "cannot" as one word, as it always did;
        ``cannot=False`` trains such a model.
    handles : with ``links``, read a dotted handle as one word, the handle in lower case with its
        dots and without its "@": Bluesky's "@ukraine.bsky.social" is "ukraine.bsky.social", a
        name the model learns as it learns "@SecGenNATO", not the words "ukraine", "bsky" and
        "social" (which gave "@ukraine.bsky.social Great interview." Ukraine's support), and a
        custom domain's ("@nato.int") and a Mastodon handle ("@rutte@mastodon.social", no
        e-mail address) likewise; a "." after it ends the sentence ("Thanks @nato.int."). In
        every language; without ``links`` no handle is a word and the analyzer records it off.
        A model saved before this option (format 11 and older, 0.6.0's
        bundled one among them) loads as ``handles=False`` and reads such a handle as it always
        did; ``handles=False`` trains such a model.
    marks : read a combining mark (Unicode categories Mn, Mc, Me) as part of the word it
        follows: Hindi's vowel signs and viramas ("हिन्दी" was "ह", "न", "द"), a decomposed accent
        NFKC has no letter for. The marks that only annotate pronunciation, which readers and
        searches ignore, are dropped: a stress mark on a Cyrillic letter (U+0301, U+0300) and
        the Arabic harakat and tatweel, so that "Са\u0301нкції" is "санкції" (it was "са" and
        "нкції") and "نَحْنُ" is "نحن". In every language. A model saved before this option
        (format 12 and older, 0.7.0's bundled one among them) loads as ``marks=False`` and
        parts a word at each mark, as it always did; ``marks=False`` trains such a model.
    cjk : read a run of Chinese characters and Japanese kana (Han, Hiragana, Katakana), which
        are written without spaces between words, as its overlapping pairs of characters, as
        the CJK analyzers of search engines do (Lucene's CJKAnalyzer): "我们支持北约" is "我们",
        "们支", "支持", "持北", "北约", where it was one word that no other text repeats, so that
        a model trained on Chinese or Japanese learnt whole clauses. Latin words inside stay
        words ("NATO"), and Korean, written with spaces, is read by its words as before. In
        every language (use it with ``stem=False``, or a language's stem for the Latin words). A
        model saved before this option (format 13 and older, 0.8.0's bundled one among them)
        loads as ``cjk=False`` and reads such a run as one word, as it always did;
        ``cjk=False`` trains such a model.
    negation_words : the words after which the negation marks (``NOT_…``, see ``negation`` and
        ``stance_cues``) are made. None (the default) takes them from ``stem``: a named
        Snowball language's own, the English ones for ``stem=True`` and ``stem=False``. A
        language of ``stance.text.NEGATION_WORDS`` gives its words, Polish, Ukrainian,
        Czech and Hebrew among them, which Snowball has no stemmer for (``stem=False,
        negation_words="polish"``: "nie", "nigdy", "żaden"…, and not "no", Polish for "well",
        which the English words mark after); "english" for a ``stem`` that reads English is the
        default's model. A list of words gives those, lower-cased and
        composed (NFC), each a word the analyzer reads as one; an empty list makes no marks. A
        saved model records the words (format 15); one saved before the option loads as
        None and marks after the words of its ``stem``, as it always did. Of ``stem=False``,
        words of another language than English, named or a list of them (or none), turn
        ``names`` off, which reads English only: Polish "że" is no "ze"; an English stemmer's
        model reads names whatever its words (:func:`stance.text.reads_names`).
    lookalikes : read a look-alike of the apostrophe between two letters as the apostrophe, as
        OCR'd and scraped text writes it: a prime (′), an acute accent (´), a reversed quote
        (‛), a reversed prime (‵) and the modifier letters ʹ, ʽ and ʻ, so that "isn′t" is "is
        not" (it was "isn" and "t", its negation lost). Only between two letters: "5′ 10″" and
        "45′" are read as written. In every language. A model saved before this option (format
        15 and older, 0.11.0's bundled one among them) loads as ``lookalikes=False`` and reads
        them as it always did; ``lookalikes=False`` trains such a model.
    names : read a name as English press writes it as the bundled corpus does: each Latin letter
        without its diacritics, one character for one ("Suwalki" and "Suwałki" alike, "Orban"
        and "Orbán"; "ł", "ø", "đ", "ħ" and "ı" too; not "æ", "œ", "ß", "þ", "ð", nor any
        letter of another script: Ukrainian "Київ" and "її" are read as written), and, word by
        word before stemming, another transliteration of a name of the curated map
        (:mod:`stance.name_spellings`) as the corpus's: "Kiev" is "Kyiv", "Zelenskyy's" and
        "Zelenskiy" are "Zelensky's" and "Zelensky", "Kharkov" "Kharkiv", "Odessa" "Odesa",
        "Donbass" "Donbas". English only, as ``spelling``: another language's analyzer records
        it off. A model saved before this option (format 16 and older, 0.12.0's bundled one
        among them) loads as ``names=False`` and reads them as it always did ("Suwalki" a word it
        never saw); ``names=False`` trains such a model.
    negation : add features marking the words after a negation ("NOT_alon"), for every head.
    stance_cues : give the stance head two more kinds of feature: the words after a negation
        ("NOT_alon") and the statement's first word ("START_send"). The label heads do not
        read them: labels stay what they would be without them, up to the solver's tolerance
        (and unless ``max_features`` is set, see there). Without a stance column there is no
        stance head, and so no cue features, whatever this says.
    min_df : drop n-grams seen in fewer documents than this; None picks it from the data
        size (1 below 50,000 rows, 2 below 200,000, else 3), which keeps the vocabulary
        and the memory of training bounded from a hundred rows to a million.
    max_features : keep at most this many features (the most frequent); None keeps all. The
        stance cues count among them, so with a small limit they crowd out n-grams the label
        heads would have read, and labels change; a limit that keeps stance cues alone is
        refused (raise max_features).
    length_floor : a percentile p (0 < p < 100; 10, the default since 0.5.0), or None: training takes the
        p-th percentile of the lengths of its texts' raw vectors (sublinear TF times idf over
        the features the label heads read, not scaled) as a floor, and from then on, in
        training and prediction, the label heads read each text's raw vector divided by the
        greater of its length and the floor instead of by its length. A text longer than the
        floor reads as before; one of a word or two ("Deterrence", "No.") is no longer read as
        surely as a sentence, its label probabilities drawn towards the intercepts (which
        favour the off-topic label). The floor is part of the model (``params_.length_floor``,
        saved in metadata.json; ``stance info`` and the model card give it). The stance head
        reads every text as before. None: every vector is scaled to unit length, as in
        models saved before the option, which load with None. The default was chosen by
        cross-validation on the bundled corpus (README, "Known weaknesses").
    C : inverse regularisation strength of the target head, from 1e-12 to 1e12 (scikit-learn's
        solver does not finish far outside them).
    stance_C : inverse regularisation strength of the stance head, in the same bounds.
    target_head : ``"ovr"`` (one logistic regression per label) or ``"softmax"``.
    class_weight : passed to the target head's logistic regressions: None, ``"balanced"``, or
        (one-vs-rest head only) a dict weighing each label's negative (0) and positive (1) examples
        with positive finite numbers (numpy's taken as Python's: ``{0: 1, 1: np.int64(3)}`` trains and
        saves the model ``{0: 1, 1: 3}`` does).
    stance_class_weight : passed to the stance head (``"balanced"`` by default, because
        opposition is rarer than support in most corpora), or a dict of positive finite weights
        by stance value.
    stance_per_label : give the stance head a block of weights per primary label, on top
        of the shared block (False: shared weights and a per-label bias only).
    stance_ignores : None (the default: the stance head reads every feature; an empty list
        is None too), or a list of words the stance head does not read: each is read as the texts are (stemmed, respelt,
        its diacritics folded by ``names``), and no feature holding what it is read as weighs
        on the stance, the n-grams, the negation marks (``NOT_…``) and the opening word
        (``START_…``) alike; a name of several words ("United States") is the phrase, the
        n-grams holding its words side by side ("unit state"), not each word alone ("united",
        "member states" are read; "the United" and "States said" too, which carry some of
        the name's stance, and its marks ``NOT_unit`` and ``START_unit``, each of one word:
        name it by single words too); one the model reads as more words than
        ``ngram_max`` is no feature's and ignores nothing (a fit warns: give its words one by one,
        or a larger ``ngram_max``). The label heads read every feature as
        before. :data:`stance.ALLY_NAMES`, the 32 NATO allies' names, adjectives and capitals,
        trains a stance head blind to which ally a statement names (on the command line
        ``--option stance_ignores=allies``, or words between commas). The stance head's weights
        of those features are 0, so a model saves and predicts as any other; one saved before
        the option loads as None. Two things still reach the stance: the length a text's
        features are scaled by counts an ignored word, so two statements that differ only in
        names of other frequencies in the training texts differ a little in stance; and the
        stance is read with the weights of the primary label, which the label heads choose
        reading the names.
    none_label : the label meaning "takes no position" (None if the scheme has none); a code
        the rows write with other leading zeros ("0" for "000") is taken as they write it.
    threshold_folds : folds used to tune the secondary-label thresholds and to calibrate
        ``confidence`` on out-of-fold predictions (0 or 1: thresholds of 0.5, and confidence
        is the label's probability). Folds need 10 different texts each (fewer: no folds, and
        a warning; rows holding one text share a fold), and the calibration 15 out-of-fold answers
        right and 15 wrong, and a map that keeps the order; without them confidence is the
        label's probability (``stance info`` says which). With one label on every training
        row, no secondary label is ever given, but the folds still run for the calibration
        (training took 12-45% longer).
    max_iter : iteration limit of the solvers.
    random_state : seed for every random choice, so that training is reproducible.

    Examples
    --------
    >>> from stance import StanceModel
    >>> model = StanceModel(threshold_folds=0).fit(
    ...     ["cut the aid", "stop the aid", "more aid now", "send aid now", "lovely weather", "rain again"],
    ...     ["aid", "aid", "aid", "aid", "none", "none"], stance=["against", "against", "favor", "favor", None, None])
    >>> model.labels
    ('aid', 'none')
    >>> model.classify("aid now").label
    'aid'
    """

    # What a fit learns (set by fit() in one step, with the options it used); absent before.
    params_: ModelParameters
    fitted_options_: dict[str, Any]
    training_: dict[str, Any]
    metrics_: dict[str, Any]
    # What stance.load read of the files (path, parameters_sha256, created, versions, format):
    # None for a model fitted in this process or rebuilt by from_parameters, never loaded.
    saved_: dict[str, Any] | None

    def __init__(
        self,
        *,
        ngram_max: int = 2,
        stem: bool | str = True,
        apostrophes: bool = True,
        links: bool = True,
        spelling: bool = True,
        invisibles: bool = True,
        cannot: bool = True,
        handles: bool = True,
        marks: bool = True,
        cjk: bool = True,
        negation_words: str | Sequence[str] | None = None,
        lookalikes: bool = True,
        names: bool = True,
        negation: bool = False,
        stance_cues: bool = True,
        min_df: int | None = None,
        max_features: int | None = None,
        length_floor: float | None = 10.0,
        C: float = 30.0,
        stance_C: float = 30.0,
        target_head: str = "ovr",
        class_weight: Any = None,
        stance_class_weight: Any = "balanced",
        stance_per_label: bool = True,
        stance_ignores: Sequence[str] | None = None,
        none_label: str | None = "none",
        threshold_folds: int = 3,
        max_iter: int = 1000,
        random_state: int = 0,
    ) -> None:
        self.ngram_max = ngram_max
        self.stem = stem
        self.apostrophes = apostrophes
        self.links = links
        self.spelling = spelling
        self.invisibles = invisibles
        self.cannot = cannot
        self.handles = handles
        self.marks = marks
        self.cjk = cjk
        self.negation_words = negation_words
        self.lookalikes = lookalikes
        self.names = names
        self.negation = negation
        self.stance_cues = stance_cues
        self.min_df = min_df
        self.max_features = max_features
        self.length_floor = length_floor
        self.C = C
        self.stance_C = stance_C
        self.target_head = target_head
        self.class_weight = class_weight
        self.stance_class_weight = stance_class_weight
        self.stance_per_label = stance_per_label
        self.stance_ignores = stance_ignores
        self.none_label = none_label
        self.threshold_folds = threshold_folds
        self.max_iter = max_iter
        self.random_state = random_state

    # -- scikit-learn estimator protocol ---------------------------------------------

    @classmethod
    def _param_names(cls) -> list[str]:
        signature = inspect.signature(cls.__init__)
        return [name for name in signature.parameters if name != "self"]

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor options, as scikit-learn expects.

        >>> import stance
        >>> stance.StanceModel(C=10).get_params()["C"]
        10
        """
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> StanceModel:
        """Change options and return the model; unknown names are an error, as in scikit-learn.

        As in scikit-learn, the options take effect at the next :meth:`fit`: a fitted model
        keeps predicting with what it learned, and its save, model card and ``stance info`` give
        the options it was fitted with (``fitted_options_``), the save warning of those set since.

        >>> import stance
        >>> stance.StanceModel().set_params(C=10, stance_C=5.0)
        StanceModel(C=10, stance_C=5.0) (not fitted)
        >>> model = stance.load(stance.default_model().saved_["path"]).set_params(C=5.0)
        >>> model.get_params()["C"], model.fitted_options_["C"]
        (5.0, 30.0)
        """
        valid = self._param_names()
        for name, value in params.items():
            if name not in valid:
                raise InvalidInputError(f"unknown option {quoted(name)}; valid options: {valid}")
            setattr(self, name, value)
        return self

    def clone(self) -> StanceModel:
        """An unfitted model with the same options.

        >>> import stance
        >>> stance.default_model().clone().get_params() == stance.default_model().get_params()
        True
        """
        return type(self)(**self.get_params())

    def _options_set_since_fit(self) -> dict[str, tuple[Any, Any]]:
        """The options ``set_params`` changed since the fit (or the load), each as
        ``(value now, value fitted with)``: what the next :meth:`fit` would use otherwise.

        >>> import stance
        >>> model = stance.load(stance.default_model().saved_["path"]).set_params(C=5.0)
        >>> model._options_set_since_fit()
        {'C': (5.0, 30.0)}
        """
        fitted = self.__dict__.get("fitted_options_") or {}

        def read(name: str, value: Any) -> Any:  # "French" stems as "french" does
            if name == "stance_ignores" and isinstance(value, (list, tuple)):  # as options_as_fitted records it
                return list(value) or None
            if name == "names" and value == NAMES_WHATEVER_WORDS:  # a 0.13.0 model's names=True (see fit)
                return True
            return value.lower() if name == "stem" and isinstance(value, str) else value

        def same(name: str, value: Any) -> bool:  # negation_words=None fitted as its stem's language is that
            # The stem fitted with, not one set since: a stem changed is told of as itself.
            fitted_stem = fitted.get("stem", self.stem)
            return _same_option(read(name, value), read(name, fitted[name])) or (
                name == "negation_words" and fitted_negation_words(value, fitted_stem) == fitted[name])

        return {name: (value, fitted[name]) for name, value in self.get_params().items()
                if name in fitted and not same(name, value)}

    def __sklearn_tags__(self):
        utils = forksafe.imported("sklearn.utils")

        tags = utils.Tags(estimator_type="classifier", target_tags=utils.TargetTags(required=True),
                          classifier_tags=utils.ClassifierTags())
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags

    def fit(self, X: Iterable[str], y: Any, stance: Iterable[Any] | None = None, *,
            row_names: Sequence[Any] | pd.Index[Any] | None = None) -> StanceModel:
        """Learn from texts ``X`` and labels ``y``; return ``self``.

        ``y`` holds one label per text, or several joined with ``"|"`` (primary first), or
        lists of labels. For scikit-learn's model selection, ``y`` may also be a DataFrame
        or 2-column array of labels and stance (then ``stance`` must be None).
        ``row_names`` are what error messages call the rows, one name (a str, a number, a
        date) per row of ``X`` (default: the index of ``X``, else of ``y``, when it is a
        pandas object, as :func:`stance.train` names them; otherwise their positions).

        >>> import stance
        >>> model = stance.StanceModel(threshold_folds=0).fit(
        ...     ["cut the aid", "more aid now", "lovely weather", "rain again"], ["aid", "aid", "none", "none"])
        >>> model.labels, model.stance_classes
        (('aid', 'none'), ())
        """
        # Before the work, as stance.train does: a time a save could not record was refused only
        # then, and an empty or malformed one failed scikit-learn's import in numpy's traceback.
        forksafe.imported(".model_writing").source_date_epoch()
        return self._fit_checked(*self._checked_rows(X, y, stance, row_names))

    def _fit_read(self, texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                  row_names: Any, given: Sequence[Any] = ()) -> StanceModel:
        """:meth:`fit` of rows :func:`stance.data.prepare_training` has read and checked (as
        :func:`stance.train` reads them): they are not read again, which took a twentieth of the
        CPU of training on 200,000 short statements (2.75 s of about 50). ``given``: the labels
        column's values as the table held them, whose ints order the labels as :meth:`fit` orders them."""
        from .label_names import in_integer_order

        forksafe.imported(".model_writing").source_date_epoch()
        texts, label_sets, stances, names, off_topic = self._checked_rows(texts, label_sets, stances, row_names,
                                                                          read=True)
        # A table's column of ints (or whole floats) in their order, as fit(X, y) of the same column: not as text.
        return self._fit_checked(texts, label_sets, stances, in_integer_order(given, names) if given else names,
                                 off_topic)

    @staticmethod
    def _note_thresholds_of_one_text(training: dict[str, Any], texts: list[str], label_sets: list[tuple[str, ...]],
                                     params: ModelParameters, options: dict[str, Any]) -> None:
        """Record in ``training`` (``thresholds_one_text``), and warn of, the labels whose
        threshold the folds ran but could not tune, every row of each one text copied: copies
        share a fold, so the label was never held out beside rows of it trained on, and its
        threshold (0.5) said nothing of why, beside the others' "tuned", "raised" or "flat".
        Not in the parameters' digest, as the other notes are not (see thresholds_raised)."""
        info = forksafe.imported(".info")

        thresholds = info.secondary_thresholds(params)
        if not any(t is not None for t in thresholds.values()) or info.no_folds_because(options, training):
            return  # one label a statement, or no folds ran: said otherwise
        one_text = info.labels_of_one_text(texts, label_sets, [label for label, t in thresholds.items()
                                                                if t is not None])
        if not one_text:
            return
        training["thresholds_one_text"] = one_text
        if getattr(forksafe.imported(".names")._conflicts, "reported", False):
            return  # a fold's fit (cross-validation, the label check): its caller speaks of the whole data
        named = ", ".join(f"{quoted(label)} ({training['label_counts'][label]} rows, {thresholds[label]:.3f})"
                          for label in one_text)
        warn(f"labels: the secondary-label threshold of {named} could not be tuned: every row of "
             f"{'it' if len(one_text) == 1 else 'each'} is one text copied, and copies share a threshold fold, so "
             f"no fold held the label out beside rows it was trained on; add rows of other texts of "
             f"{'it' if len(one_text) == 1 else 'each'}")

    @staticmethod
    def _warn_of_flat_thresholds(training: dict[str, Any], params: ModelParameters) -> None:
        """Warn of the labels whose threshold the folds did not place (``thresholds_flat``): the
        out-of-fold F1 was the same over a run of thresholds, and the threshold is its middle.
        ``stance train`` said so ("secondary at: unity 0.500 (flat from 0.050 to 0.950) …: check it
        on held-out data"), ``stance.train`` nothing, as it warns of a label of one text copied.
        Not of a label whose threshold was raised or is of one text, which is said as that."""
        info = forksafe.imported(".info")

        raised, one_text = info.thresholds_raised(training), info.thresholds_of_one_text(training)
        thresholds = info.secondary_thresholds(params)
        flat = {label: ends for label, ends in info.thresholds_flat(training).items()
                if label not in raised and label not in one_text and thresholds.get(label) is not None}
        if not flat or getattr(forksafe.imported(".names")._conflicts, "reported", False):
            return  # none, or a fold's fit (cross-validation, the label check): its caller speaks of the whole data
        named = ", ".join(f"{quoted(label)} ({thresholds[label]:.3f}, flat from {low:.3f} to {high:.3f})"
                          for label, (low, high) in flat.items())
        calibrated = params.confidence_calibration is not None
        many = len(flat) > 1
        warn(f"labels: the secondary-label threshold{'s' if many else ''} of {named} {'are each' if many else 'is'} "
             f"the middle of a run of thresholds at which the out-of-fold F1 was the same, not chosen by the "
             f"folds (out-of-fold answers that sure often come from near-copies of a text in different folds): "
             f"check {'them' if many else 'it'} on held-out data"
             + (", and the confidence too, whose map was fitted on the same out-of-fold answers" if calibrated else ""),
             # a search's fits each name their own folds' thresholds: said once, as its other warnings are
             once_as=FLAT_THRESHOLDS_WARNING)

    def _warn_of_language(self, texts: Sequence[str]) -> bool:
        """Advise training options that read ``texts``' language when these options would read them as
        English and they are not (see :func:`stance.text.script_advice`, :func:`stance.text.english_advice`).

        The default stem=True reads English: Russian or Greek texts trained a model that stems none
        of their words and marks no negation, and said nothing. A stem named, or False, was chosen:
        no advice of it. Latin letters too: an all-Polish or all-German set trained stemmed as English,
        with Polish "no" ("well") a negation, and said nothing. One warning, the script's if it gives one;
        says whether it gave one.
        """
        def advice(words: Words) -> str | None:
            said = script_advice(texts, cjk=bool(self.cjk), words=words) if self.stem is True else None
            return (said or english_advice(texts, self.stem, self.negation_words, words)
                    or negation_words_script_advice(texts, self.negation_words, words))

        # In Python's words, and (only when it is given) the command line's: each reads a sample of
        # 2,000 texts, the same both times.
        if (python := advice(PYTHON)) is not None:
            warn(lambda words: python if words is PYTHON else advice(words) or python)
        return python is not None

    def _fit_checked(self, texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                     names: list[str], off_topic: str | None) -> StanceModel:
        """The fit of rows :meth:`_checked_rows` gave."""
        from .row_order import fingerprint

        fit_parameters = forksafe.imported(".training").fit_parameters

        # A fold's fit (cross-validation, the label check): its caller advises once, of the whole data
        # (stance check gave the advice once a fold, each with its fold's share of English words). Where
        # the whole data called for none, a fold's rows may (folds grouped by language): the first says it.
        conflicts = forksafe.imported(".names")._conflicts
        if not getattr(conflicts, "language_advised", False) and self._warn_of_language(texts):
            conflicts.language_advised = getattr(conflicts, "reported", False)
        raised: dict[str, float] = {}
        # Only where 0.13.0's reading differs from names=True's: beside English's negation words (a
        # grid of negation_words over the loaded model's options) both read names, and the fit is 0.13.0's.
        if self.names == NAMES_WHATEVER_WORDS and not reads_names(self.stem,
                                                                   negation_word_list(self.negation_words, self.stem)):
            warn(_names_no_longer_folded(self.negation_words))
        options = options_as_fitted(self.get_params())
        # A stem whose negation words grew records them, as if named (see fitted_negation_words)
        options["negation_words"] = fitted_negation_words(options["negation_words"], options["stem"])
        notes: dict[str, Any] = {}
        params = fit_parameters(texts, label_sets, stances, names, {**options, "none_label": off_topic}, raised,
                                notes)
        training: dict[str, Any] = {
            "rows": len(texts),
            "sha256": fingerprint(texts, label_sets, stances),
            "label_counts": {name: sum(name in row for row in label_sets) for name in names},
        }
        labels_only = fingerprint(texts, label_sets, None)
        if labels_only != training["sha256"]:
            # Texts and labels alone, so that an evaluation given no stances (stance_column=None)
            # still tells the training rows: the digest above covers the stances too.
            training["labels_sha256"] = labels_only
        if raised:  # too few rows of these labels to tune their thresholds on: what tuning gave
            training["thresholds_raised"] = raised
        # Only then, as thresholds_raised: the different texts, too few for the threshold folds,
        # so that stance info and the card say why none ran (rows alone do not tell, when texts
        # repeat). Not in the parameters' digest, which covers no other training entry than
        # label_counts; a model saved before it is told by its rows (see stance.info).
        training.update(notes)
        self._note_thresholds_of_one_text(training, texts, label_sets, params, options)
        self._warn_of_flat_thresholds(training, params)
        # In one step, as _pinned copies them: a save in another thread meanwhile took this
        # fit's parameters beside the last fit's options, files a load refused as damaged.
        # What a load read of the files (when they were created, the versions that saved them)
        # goes in the same step: it is not this model's any more, and stance info and the next
        # save would quote it (None reads as never loaded).
        self.__dict__.update(params_=params, fitted_options_=options, training_=training, metrics_={},
                             saved_=None, _saved_to=None, _card_worded_before=None,
                             _card_without_retraining=False, _card_retraining_note=None,
                             _may_predate_calibration=None, _kept_metadata=None,
                             _filled_at_load=())
        from .off_topic import warn_of_unused_off_topic

        warn_of_unused_off_topic(off_topic, names)  # said once training worked
        self._reset_runtime()
        return self

    def _checked_rows(self, X: Any, y: Any, stance: Any, row_names: Any, *, read: bool = False) -> tuple[
            list[str], list[tuple[str, ...]], list[str | None] | None, list[str], str | None]:
        """What :meth:`fit` checks before it fits (refusing and warning as it does): the texts,
        label sets and stances as it fits them, the label names, and the off-topic label as
        the rows write it. :func:`stance.read_labelled` runs them too, without the fit.
        ``read``: ``X``, ``y`` and ``stance`` are what :func:`stance.data.prepare_training`
        returned for this model's off-topic label, so the checks of rows it ran are not run again."""
        from .data import prepare_training
        from .label_checks import check_training_rows
        from .label_names import in_integer_order, off_topic_as_written

        if read:
            from .names import named_rows

            return self._checked_names(X, y, stance, named_rows(row_names))
        # Dask columns as the pandas ones they compute to: their lazy index has no equals()
        X, y, stance = as_pandas_together({"X": computed(X), "y": computed(y), "stance": computed(stance)},
                                          column="X")
        _refuse_scrambled(X, y, "y")
        _refuse_scrambled(X, stance, "stance")
        texts = _as_text_list(X, "X")
        if row_names is None:  # GridSearchCV's folds are slices that keep the index: row 106, not 6
            row_names = _pandas_index(X, y, stance)
        else:  # before a row is named by them: too few raised IndexError there, a str named row 'e'
            _check_row_names(row_names, len(texts))
        from .names import named_rows

        row_names = named_rows(row_names)  # an index that repeats a label: rows named by position too
        # At a fit alone: score(X, y) of a model fitted on 0/1 codes reads its own labels in them.
        _refuse_indicator(y, len(texts))
        labels, stance = _split_targets(y, stance)
        self._check_options()
        none_label = self._none_label_as_read()
        minimum = self.min_examples_per_label()
        hint = self._rare_label_hint(minimum)

        def then(texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None) -> None:
            # With the rows' problems, as the checks of rows that pass would name them.
            check_training_rows(label_sets, stances, minimum, row_names, hint=hint, misspelt_only=True,
                                none_label=off_topic_as_written(none_label, label_sets),
                                fewer_folds=self._fewer_folds(texts))

        texts, label_sets, stances = prepare_training(texts, labels, stance, index=row_names,
                                                      none_label=none_label, then=then)
        texts, label_sets, stances, names, off_topic = self._checked_names(texts, label_sets, stances, row_names)
        # Integers (scikit-learn's tools encode y as 0..n-1) in their order, as predict_proba's columns are read.
        return texts, label_sets, stances, in_integer_order(labels, names), off_topic

    def _checked_names(self, texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None,
                       row_names: Sequence[Any]) -> tuple[
            list[str], list[tuple[str, ...]], list[str | None] | None, list[str], str | None]:
        """The checks of :meth:`_checked_rows` that follow the rows' reading: the off-topic
        label as written, the stance values, the label names and counts, repeated texts."""
        from .label_checks import check_training_rows, warn_of_labels_never_first
        from .label_names import off_topic_as_written, off_topic_respelt

        none_label = self._none_label_as_read()
        minimum = self.min_examples_per_label()
        hint = self._rare_label_hint(minimum)

        # The rows' spelling trains, and none_label stays as given (scikit-learn's fit changes
        # no option: a refit, or a clone, on rows that write "000" would be told of a "0").
        off_topic = off_topic_as_written(none_label, label_sets)
        if off_topic != none_label:
            warn(off_topic_respelt(none_label, off_topic))
        self._check_options(sorted({s for s in stances or () if s is not None}))
        clashes = column_clashes({label for row in label_sets for label in row},
                                 {s for s in stances or () if s is not None})
        if clashes:
            raise InvalidInputError(f"{clashes[0]}: score() could not give both a column; rename the label")
        from .duplicate_texts import warn_of_conflicting_duplicates

        names = check_training_rows(label_sets, stances, minimum, row_names, hint=hint, none_label=off_topic,
                                    fewer_folds=self._fewer_folds(texts))
        warn_of_labels_never_first(label_sets, off_topic, stances)
        warn_of_conflicting_duplicates(texts, label_sets, stances, row_names)
        return texts, label_sets, stances, names, off_topic

    def min_examples_per_label(self) -> int:
        """Examples each label (and each of three or more stance values) needs to train:
        one per fold of the threshold tuning, and never fewer than two.

        >>> import stance
        >>> model = stance.StanceModel
        >>> model().min_examples_per_label(), model(threshold_folds=0).min_examples_per_label()
        (3, 2)
        """
        return max(2, self.threshold_folds)

    @staticmethod
    def _rare_label_hint(minimum: int) -> str:
        """What the refusal of a rare label adds of the threshold folds, which ask ``minimum``."""
        # Offered last: without folds every label, not only the rare one, loses its tuned
        # threshold and its calibrated confidence.
        return ("" if minimum <= 2 else
                f" (or pass threshold_folds=0, on the command line --option threshold_folds=0, which needs 2: the "
                f"{minimum} are one per fold of tuning the second-label thresholds, and without them every "
                f"label's second-label threshold stays 0.5 and its confidence is not calibrated)")

    def _fewer_folds(self, texts: Sequence[str]) -> Callable[[int], str]:
        """The offer, to a label of ``rows`` rows too few for ``threshold_folds``, of the most
        folds that those rows and ``texts`` allow: each fold needs one row of each label, and
        FOLD_TEXTS different texts (fewer run no fold). "" where fewer than 2 would run."""
        training = forksafe.imported(".training")
        runnable = training._fold_texts(texts, {"random_state": self.random_state}) // training.FOLD_TEXTS

        def offer(rows: int) -> str:
            folds = min(rows, runnable)
            if folds < 2 or folds >= self.threshold_folds:
                return ""
            return (f"pass threshold_folds={folds} (on the command line --option threshold_folds={folds}), which "
                    f"needs {folds} rows of each label and leaves the tuning of the "
                    f"second-label thresholds and the calibration of the confidence on (each runs where the data "
                    f"allow it: multi-label rows, enough answers right and wrong)")

        return offer

    def _check_options(self, stance_values: Sequence[str] = ()) -> None:
        """Refuse options training cannot use, naming the option and what it accepts.

        numpy numbers (a seed from ``np.arange``), and 0-d arrays, are stored as plain
        values, so that the options can be saved; a Series, a DataFrame or an array of one
        dimension or more is refused (an OptionTypeError). Each refusal is an
        ``OptionError``, which the command line words as its ``--option`` is typed.
        """
        for name in self._param_names():
            value = getattr(self, name)
            if isinstance(value, np.generic) or is_0d_array(value):  # one value, as np.str_("ovr") is
                setattr(self, name, value.item())
            elif name in ("class_weight", "stance_class_weight") and isinstance(value, dict):
                # A grid of [{0: 1, 1: w} for w in np.arange(1, 4)] gives np.int64 weights.
                setattr(self, name, {_plain(key): _plain(weight) for key, weight in value.items()})
            # Before any comparison: target_head == "ovr" of a Series raised pandas' "truth
            # value … is ambiguous", and of an array of one it passed and could not be saved.
            _refuse_several_values(name, getattr(self, name))
        if self.target_head not in ("ovr", "softmax"):
            raise refuse_option(lambda words: f"{words.name('target_head')} must be {words.value('ovr')} "
                                              f"or {words.value('softmax')}, got {words.value(self.target_head)}"
                                              f"{words.meant('target_head', self.target_head, _TARGET_HEADS)}",
                                wrong_type=not isinstance(self.target_head, str))
        for name, (low, high, optional) in WHOLE_NUMBER_OPTIONS.items():
            _require_int(name, getattr(self, name), low, high, optional=optional)
        if self.ngram_max > LONGEST_NGRAM:
            raise refuse_option(lambda words: f"{words.name('ngram_max')} must be at most {LONGEST_NGRAM} (each word "
                                              f"of a text begins up to ngram_max n-grams, so training time and "
                                              f"memory grow with it), got {words.value(self.ngram_max)}")
        problem = check_stem(self.stem)
        if problem:
            refused = OptionError if isinstance(self.stem, (bool, str)) else OptionTypeError  # stem=3
            raise refused(problem, check_stem(self.stem, command_line=True))
        for name in BOOL_OPTIONS:
            if not (name == "names" and self.names == NAMES_WHATEVER_WORDS):  # a 0.13.0 model's (see fit)
                _require_bool(name, getattr(self, name))
        for name in ("C", "stance_C"):
            _require_c(name, getattr(self, name))
        problem = check_negation_words(self.negation_words, self._reading_options())
        if problem:
            refused = OptionError if _words_of_their_type(self.negation_words) else OptionTypeError
            raise refused(problem, check_negation_words(self.negation_words, self._reading_options(),
                                                        command_line=True))
        problem = languages_named_as_words(self.negation_words)
        if problem:
            raise OptionError(problem, languages_named_as_words(self.negation_words, command_line=True))
        problem = check_stance_ignores(self.stance_ignores, self._stance_ignores_reading())
        if problem:
            refused = OptionError if _words_of_their_type(self.stance_ignores, language=False) else OptionTypeError
            raise refused(problem, check_stance_ignores(self.stance_ignores, self._stance_ignores_reading(),
                                                        command_line=True))
        _require_percentile("length_floor", self.length_floor)
        if self.none_label is not None and not isinstance(self.none_label, str):  # --none-label: a str
            raise LabelOptionTypeError(none_label_not_text(self.none_label),
                                       none_label_not_text(self.none_label, command_line=True))
        if isinstance(self.none_label, str) and (not self.none_label or control_character(self.none_label)):
            # As training refuses such a label: a load refuses an empty one, and an escape in a
            # name reached the terminal when printed. An option's value, so an OptionError; on the
            # command line of --none-label, whose '' is a scheme without one.
            raise refuse_option(lambda words: f"{words.either('none_label', '--none-label')} "
                                              f"{quoted(self.none_label)} is empty or holds a control character; "
                                              f"pass the off-topic label's name, or "
                                              f"{words.either('None', repr(''))} for a scheme without one")
        _require_class_weight("class_weight", self.class_weight, (0, 1),
                              "the weights of each label's negative (0) and positive (1) examples")
        _refuse_softmax_class_weights(self.target_head, self.class_weight)
        _require_class_weight("stance_class_weight", self.stance_class_weight, tuple(stance_values),
                              "the weights of the stance values", each_key="each stance value")

    def _reading_options(self) -> dict[str, Any]:
        """The options that say how a word is read, as :func:`stance.text.language` takes them
        (what a negation word given by the user must be one word under), ``names`` as a fit reads
        it: a 0.13.0 model's reading (:data:`stance.text.NAMES_WHATEVER_WORDS`) trains as True
        does (see :meth:`fit`), so its words are checked so, not folded as that model read them.

        >>> import stance
        >>> stance.StanceModel(names="whatever the negation words")._reading_options()["names"]
        True
        """
        options = {name: getattr(self, name) for name in ("stem", "apostrophes", "links", "spelling", "invisibles",
                                                          "cannot", "handles", "marks", "cjk", "lookalikes",
                                                          "names")}
        if options["names"] == NAMES_WHATEVER_WORDS:
            options["names"] = True
        return options

    def _stance_ignores_reading(self) -> dict[str, Any]:
        """How a fit reads the words of ``stance_ignores``: as :func:`stance.text.make_analyzer`
        of the options that read a word and the ``negation_words`` (which say whether names are
        read) takes them."""
        return {**self._reading_options(), "negation_words": self.negation_words}

    def _none_label_as_read(self) -> str | None:
        """``none_label`` read as the labels are: "0.0", as a CSV file writes it, is "0".

        >>> import stance
        >>> model = stance.StanceModel
        >>> model(none_label="0.0")._none_label_as_read(), model(none_label=None)._none_label_as_read()
        ('0', None)
        """
        if not isinstance(self.none_label, str):
            return self.none_label
        from .names import whole_number_text

        return whole_number_text(self.none_label)

    @classmethod
    def from_parameters(cls, params: ModelParameters, options: dict[str, Any] | None = None,
                        training: dict[str, Any] | None = None,
                        metrics: dict[str, Any] | None = None) -> StanceModel:
        """Rebuild a fitted model from its parameters (what :func:`stance.load` does).

        >>> import stance
        >>> stance.StanceModel.from_parameters(stance.default_model().params_).labels[:2]
        ('deterrence', 'eastern_flank')
        """
        known = set(cls._param_names())
        options = {k: v for k, v in (options or {}).items() if k in known}
        weights = options.get("class_weight")
        if isinstance(weights, dict):  # JSON keeps only str keys: the labels' 0 and 1 come back "0", "1"
            options["class_weight"] = {int(k) if k in ("0", "1") else k: v for k, v in weights.items()}
        model = cls(**{**OFF_IN_OLDER_MODELS, **options})
        model.params_ = params
        model.fitted_options_ = copy.deepcopy(model.get_params())
        if params.analysis_options.get("names") == NAMES_WHATEVER_WORDS:
            # Saved by 0.13.0 so (see ModelParameters.analysis_options): its options say how it reads,
            # so that a fit with them (train(**model.get_params()), clone) is told it will read otherwise.
            # Its files record names on, as fitted_options_ does: a save writes them as they were.
            model.names = NAMES_WHATEVER_WORDS
        # Options its files did not record (saved before them), filled in off: a save leaves
        # them out again, so that the files, and their creation time, stay as they were
        # (stance.load adds "stance_only_features" when its metadata.json had none).
        model._filled_at_load = tuple(sorted(name for name in OFF_IN_OLDER_MODELS if name not in options))
        model.training_ = dict(training or {})
        model.metrics_ = dict(metrics or {})
        model.saved_ = None  # stance.load sets what it read; built from parameters, it read no files
        model._reset_runtime()
        return model

    def _reset_runtime(self) -> None:
        params = self.params_
        self._analyzer = (params, make_analyzer(**params.analysis_options))
        self._lock = forksafe.Lock()
        # (params, the batch fast path's index of them), built on first use; in a holder that
        # _pinned copies share with this model, so that an index a copy builds is kept.
        self._features = _Built()

    def _analyzer_for(self, params: ModelParameters):
        """The feature function of ``params`` (kept with them, as :meth:`_feature_index` is:
        a fit in another thread sets ``params_`` a moment before the analyzer)."""
        built = self._analyzer
        if built[0] is not params:
            built = self._analyzer = (params, make_analyzer(**params.analysis_options))
        return built[1]

    def _pinned(self) -> StanceModel:
        """This model as it is now, for work that reads it more than once (a file scored in
        chunks, an evaluation): a fit of this model in another thread meanwhile leaves the
        copy's answers alone. Costs a dictionary copy; shares everything.

        >>> import stance
        >>> model = stance.default_model()
        >>> model._pinned().params_ is model.params_
        True
        """
        # One copy of the attributes, the runtime caches too (an index built is kept): a fit
        # sets its parameters and the options they were fitted with in one step.
        state = dict(self.__dict__)
        self._fitted(state)
        pinned = object.__new__(type(self))
        pinned.__dict__.update(state)
        return pinned

    def _feature_index(self, params: ModelParameters):
        """``params``' vocabulary compiled to integer lookups for batches (see :mod:`stance.features`).

        Kept with the parameters it was built from: a fit in another thread can replace
        ``params_`` while a batch is scored or the index is built."""
        holder = self._features
        built = holder.value
        if built is None or built[0] is not params:
            with self._lock:
                built = holder.value
                if built is None or built[0] is not params:
                    FeatureIndex = forksafe.imported(".features").FeatureIndex

                    built = holder.value = (params, FeatureIndex(params))
        return built[1]

    def __getstate__(self) -> dict[str, Any]:
        # The analyzer is a closure; rebuild it after unpickling (joblib workers pickle us).
        state = dict(self.__dict__)
        state.pop("_analyzer", None)
        state.pop("_lock", None)
        state.pop("_features", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        # A model pickled before an option existed has no attribute for it (get_params would
        # stop on it); it is filled in as a load fills it, its parameters reading text without it.
        missing = [name for name in self._param_names() if name not in state]
        filled: dict[str, Any] = {}
        if missing:
            defaults = {**type(self)().get_params(), **OFF_IN_OLDER_MODELS}
            filled = {name: defaults[name] for name in missing}
            self.__dict__.update(filled)
        self.__dict__.update(state)
        if "params_" in state:
            self.__dict__.setdefault("saved_", None)  # pickled when from_parameters did not set it
            if "fitted_options_" not in state:  # pickled by a version before it was recorded
                self.fitted_options_ = copy.deepcopy(self.get_params())
            elif filled:  # and fitted with them off: 0.5.0's fitted_options_, without cannot
                self.fitted_options_ = _with_filled(state["fitted_options_"], filled, self._param_names())
            self._reset_runtime()

    def _fitted(self, state: dict[str, Any] | None = None) -> ModelParameters:
        """The parameters, of the attributes ``state`` if given; NotFittedError without any."""
        params = (self.__dict__ if state is None else state).get("params_")
        if params is None:
            raise not_fitted(
                "this StanceModel is not fitted yet; call fit() or stance.train() first, "
                "or load a saved model with stance.load()"
            )
        return params

    @property
    def labels(self) -> tuple[str, ...]:
        """The label names the model predicts, off-topic label included.

        >>> import stance
        >>> stance.default_model().labels
        ('deterrence', 'eastern_flank', 'none', 'ukraine_support', 'unity')
        """
        return self._fitted().labels

    @property
    def none_label_(self) -> str | None:
        """The off-topic label as the training rows write it, which predictions, the saved
        model and its card name: ``none_label`` read as the labels are ("0.0" is "0"), or the
        same code with the rows' leading zeros ("0" for "000"). ``none_label`` stays as
        given, as scikit-learn's fit leaves every option.

        >>> import stance
        >>> stance.default_model().none_label_
        'none'
        """
        return self._fitted().none_label

    @property
    def classes_(self) -> np.ndarray:
        """:attr:`labels` as a numpy array, the columns of :meth:`predict_proba` (scikit-learn's name).

        >>> import stance
        >>> stance.default_model().classes_.tolist() == list(stance.default_model().labels)
        True
        """
        return np.array(self.labels, dtype=object)

    @property
    def stance_classes(self) -> tuple[str, ...]:
        """The stance values the stance head predicts (empty without a stance head).

        >>> import stance
        >>> stance.default_model().stance_classes
        ('against', 'favor')
        """
        return self._fitted().stance_classes

    def predict_proba(self, X: Iterable[str]) -> np.ndarray:
        """Probability of every label (columns in ``classes_`` order) for every text.

        With the default one-vs-rest head each label has its own probability, so a row need
        not sum to 1 (scikit-learn's ``roc_auc_ovr`` expects it to; use ``target_head="softmax"``
        or normalise the rows).

        >>> import stance
        >>> stance.default_model().predict_proba(["We have a one-speed NATO.", "Thank you all for coming."]).shape
        (2, 5)
        """
        texts = _as_text_list(X, "X", require_str=True)
        return self._batch(texts)[0]

    def predict(self, X: Iterable[str]) -> np.ndarray:
        """The primary label of every text, as a numpy array: ``classify(text).label`` for each,
        blank text too (the off-topic label, or ``""`` for a model without one).

        >>> import stance
        >>> stance.default_model().predict(["We have a one-speed NATO.", "Thank you all for coming.", " "]).tolist()
        ['unity', 'none', 'none']
        """
        texts = _as_text_list(X, "X", require_str=True)
        params = self._fitted()
        label_sets = self._batch(texts, params)[2]
        labels = self.labels
        # Blank text has no words, so the heads would give it the label of text of unknown
        # words (for a model without an off-topic label, the one of the most rows); classify
        # gives it the rule's answer instead, and so does predict.
        blank = self._empty_prediction("", params).label
        return np.array([blank if is_blank(text) else labels[row[0]] for text, row in zip(texts, label_sets)],
                        dtype=object)

    # -- the stance API ---------------------------------------------------------------

    def classify(self, text: str) -> Prediction:
        """Classify one statement.

        Empty or whitespace-only text (or marks that show nothing, such as a zero-width
        space, a soft hyphen or a control character) takes no position: its label is the off-topic label
        (``"none"``) with confidence 1.0 and ``flag="empty"``. Text none of whose words the
        model knows gets ``flag="no_known_words"`` and the answer of no evidence (see
        :meth:`_unread_label`), text fewer than 70% of whose words it knows
        ``flag="many_unknown_words"`` (see :class:`~stance.Prediction`).

        >>> import stance
        >>> stance.default_model().classify("We have a one-speed NATO.")
        Prediction(label='unity', stance='favor', confidence=0.91, labels=('unity',))
        """
        prediction = self._classify(text)
        _warn_of_spreadsheet_errors([text], lambda _: "the text")  # a str now: _classify refuses any other
        return prediction

    def _classify(self, text: str) -> Prediction:
        """:meth:`classify` without its warning of a spreadsheet's error value: for callers that
        warn of such texts themselves, or count them (``stance classify``, :func:`stance.evaluate`,
        :meth:`explain_many`), or classify many one by one (:meth:`classify_many`'s handful)."""
        if type(text) is not str:  # checked here, not in a call, on the path of every statement
            refuse_not_one_text(text, "classify")
            text = plain_str(text)  # a subclass of str, read by str's methods, not its overrides
        params = self._fitted()
        if is_blank(text):
            return self._empty_prediction(text, params)
        probabilities, stance_probabilities, _, flag = inference.predict_one(text, self._analyzer_for(params), params)
        label_set = inference.decide_one(probabilities, params)
        if flag == NO_KNOWN_WORDS:
            unread = self._unread_label(params)
            if unread is not None:
                label_set = (unread,)
                if params.has_stance:  # that label's stance of a text of no features, as the batch path has it
                    stance_probabilities = inference.stance_one(np.empty(0, dtype=np.int64), np.empty(0),
                                                                params, unread)
        return self._prediction(text, probabilities, stance_probabilities, label_set, flag, params)

    def classify_many(self, texts: Iterable[str]) -> list[Prediction]:
        """Classify many statements; returns predictions in the same order.

        A bare str is refused (it would be read character by character).

        >>> import stance
        >>> [p.label for p in stance.default_model().classify_many(["We have a one-speed NATO.", "Thank you."])]
        ['unity', 'none']
        """
        # The warning names a row as the errors do: a Series' by its label (see "How rows are named").
        texts, name = _as_named_text_list(texts, "texts", require_str=True)
        predictions = self._classify_listed(texts)
        _warn_of_spreadsheet_errors(texts, name)
        return predictions

    def _classify_many(self, texts: Iterable[str]) -> list[Prediction]:
        """:meth:`classify_many` without its warning of a spreadsheet's error value (see
        :meth:`_classify`)."""
        return self._classify_listed(_as_text_list(texts, "texts", require_str=True))

    def _classify_listed(self, texts: list[str]) -> list[Prediction]:
        """The predictions of ``texts``, a list of str (:func:`_as_text_list`'s), unwarned."""
        built = self.__dict__.get("_features")  # absent before a fit
        # A handful of statements (`stance classify "…"`): building the batch index would
        # cost more than it saves, unless many handfuls come (counted roughly: two threads may
        # count one batch as one); and a few short ones cost it more than they cost one by one.
        few = len(texts) < FEWEST_FOR_INDEX and sum(map(len, texts)) < FEWEST_CHARACTERS_FOR_INDEX
        if len(texts) <= SMALL_BATCH and (built is None or few or (
                built.value is None and built.one_by_one + len(texts) < ONE_BY_ONE_BEFORE_INDEX)):
            if built is not None and not few and built.value is None:
                built.one_by_one += len(texts)
            return [self._classify(text) for text in texts]
        params = self._fitted()  # once: a fit in another thread may replace params_
        probabilities, stance_probabilities, label_sets, flags = self._batch(texts, params)
        # Python lists once for the batch: indexing numpy rows per statement costs more.
        rows = probabilities.tolist()
        stance_rows = [None] * len(texts) if stance_probabilities is None else stance_probabilities.tolist()
        with _collector_paused():
            return self._predictions(texts, rows, stance_rows, label_sets, flags.tolist(), params)

    def _predictions(self, texts: list[str], rows: list[list[float]], stance_rows: list[list[float] | None],
                     label_sets: list[tuple[int, ...]], flags: list[str | None],
                     params: ModelParameters) -> list[Prediction]:
        """The :class:`Prediction` of every statement of a batch, its rows Python lists (numpy's
        ``tolist()``), made in one loop: a method's call, its type checks and a tuple of label
        names built for every statement were half the 0.1 s that 20,000 statements' objects
        took, a fifth of ``classify_many``'s time. :meth:`_prediction` makes one statement's
        here too, so that the two paths cannot part. The stance is the first maximum, as argmax."""
        names, classes, off_topic, has_stance = params.labels, params.stance_classes, params.none_label, \
            params.has_stance
        confidence, made = inference.confidence, Prediction._made
        named: dict[tuple[int, ...], tuple[str, ...]] = {}  # a batch holds few label sets
        predictions = []
        for text, row, stance_row, label_set, flag in zip(texts, rows, stance_rows, label_sets, flags):
            if is_blank(text):
                predictions.append(self._empty_prediction(text, params))
                continue
            labels = named.get(label_set)
            if labels is None:
                labels = named[label_set] = tuple([names[j] for j in label_set])
            scores = dict(zip(names, row))
            if stance_row is not None and labels[0] != off_topic:
                stance, stance_scores = classes[stance_row.index(max(stance_row))], dict(zip(classes, stance_row))
            else:
                stance, stance_scores = None, {}
            predictions.append(made(labels[0], labels, stance, scores, confidence(scores[labels[0]], params),
                                    stance_scores, text, flag, has_stance))
        return predictions

    # Two overloads, so that a type checker knows which call returns what: pyright took the
    # unannotated method for ``float | DataFrame`` and refused both documented uses.
    @overload
    def score(self, data: Any, y: None = None, *, text_column: str = "text", **options: Any) -> pd.DataFrame | Any:
        ...

    @overload
    def score(self, data: Any, y: Iterable[Any], *, text_column: str = "text", **options: Any) -> float:
        ...

    def score(self, data: Any, y: Iterable[Any] | None = None, *, text_column: str = "text",
              **options: Any) -> pd.DataFrame | float | Any:
        """Score a DataFrame, Series, list of texts or data file into a DataFrame (see
        :func:`stance.score`, whose keyword arguments ``options`` are: ``n_jobs``, ``prefix``,
        ``encoding`` for a file, …).

        Called scikit-learn's way, ``score(X, y)`` returns the share of texts whose
        predicted primary label is among the gold labels (top-1-in-gold accuracy), each text
        weighted by ``sample_weight`` if given (the only option taken with ``y``).

        >>> import stance
        >>> model = stance.default_model()
        >>> model.score(["We have a one-speed NATO."])[["label", "stance"]]
           label stance
        0  unity  favor
        >>> model.score(["We have a one-speed NATO.", "Thank you all for coming."], ["unity", "deterrence"])
        0.5
        """
        given = data  # for advice in polars' or pyarrow's calls, the data read as pandas next
        if y is not None:  # Dask columns as the pandas ones they compute to, as fit reads them
            data, y = computed(data), computed(y)
        data, y = as_pandas_together({"data": data, "y": y}, column="data" if y is not None else None)
        if y is not None:
            from .label_cells import parse_label_set, refuse_annotations, spelt_as_known
            from .names import named_rows

            _refuse_column_for_labels(data, y)
            # As fit refuses them: paired by position, a shuffled y scored every text against another row's labels.
            _refuse_scrambled(data, y, "y", first="data")
            labels, _ = _split_targets(y, None)
            # Named as the signature names it: sklearn's X is this method's data.
            texts = _as_text_list(data, "data", require_str=True, given=given)
            if len(texts) != len(labels):  # zip would score the shorter and drop the rest
                raise InvalidInputError(f"data and y must have the same length, got {len(texts)} and {len(labels)}")
            if not texts:  # as evaluate() refuses them: the mean of no rows was nan, and a search ranked it
                raise InvalidInputError("data has no rows: nothing to score")
            # As fit() and evaluate() refuse them: read as names, every gold label was
            # "{'value': 'gas'}" or the like, and the score 0.0.
            rows = _pandas_index(data, y)
            refuse_annotations(labels, range(len(labels)) if rows is None else named_rows(rows), "y")
            weights = _gold_score_weights(options, len(texts))
            predicted = self.predict(texts)
            gold = [parse_label_set(value) for value in labels]
            # Spelt as the model spells them, as evaluate() does: a gold "104.0" is read as "104",
            # and a model trained before that has the label "104.0".
            names = sorted({label for row in gold for label in row})
            spelt = dict(zip(names, spelt_as_known(names, self.labels)))
            gold = [tuple(spelt[label] for label in row) for row in gold]
            return float(np.average([p in g for p, g in zip(predicted, gold)], weights=weights))
        from .scoring import score

        return score(data, text_column=text_column, model=self, **options)

    def explain(self, text: str, n: int = 10, label: str | None = None) -> pd.DataFrame:
        """The n-grams that pushed each predicted label and the stance, or ``label``'s and the
        stance the statement would get were that its label (``explains`` then names it
        ``"stance were unity the label: …"``; see :func:`stance.explain.explain`): one row per
        n-gram, then ``(other n-grams)`` and ``(baseline)``, for each head in ``explains``.

        >>> import stance
        >>> table = stance.default_model().explain("Bring the brigade home.", n=2)
        >>> table["explains"].unique().tolist()
        ['label: eastern_flank', 'stance: against']
        """
        explain = forksafe.imported(".explain").explain

        return explain(self, text, n=n, label=label)

    def explain_many(self, data: Any, n: int = 10, label: str | None = None, *, text_column: str = "text",
                     progress: bool | None = None, encoding: str = "utf-8") -> pd.DataFrame:
        """:meth:`explain` of every statement of ``data`` (a DataFrame's ``text_column``, a
        Series, an iterable of str, a file, read in ``encoding`` as :meth:`score` reads it), in
        one long DataFrame indexed by the input's index as :func:`stance.score` indexes its
        result, with a ``flag`` column and a
        ``statement`` column (the position in ``data`` of the statement explained, which tells
        apart those of an index that repeats); a missing or blank text gets one row flagged as
        ``score`` flags it, not an error; see :func:`stance.explain.explain_many`.

        >>> import stance
        >>> explained = stance.default_model().explain_many(["Bring the brigade home.", ""], n=2)
        >>> explained.loc[0].equals(stance.default_model().explain("Bring the brigade home.", n=2).assign(
        ...     flag=None, statement=0).set_axis([0] * 8))
        True
        >>> explained.loc[1, "flag"]
        'empty'
        """
        explain_many = forksafe.imported(".explain").explain_many

        return explain_many(self, data, n=n, label=label, text_column=text_column, progress=progress,
                            encoding=encoding)

    def explain_html(self, text: str, label: str | None = None, n: int = 10) -> Explanation:
        """The explanation as highlighted text: an :class:`~stance.explain.Explanation`, which a
        notebook shows as HTML (``_repr_html_()``); its ``str()`` is the plain-text table, with a
        legend under it (:data:`stance.explain.CONTRIBUTION_LEGEND`).

        Green words pushed towards the predicted label or stance (or ``label``), red ones
        away from it. Under the text, for each head, the ``n`` n-grams that pushed hardest,
        ``(other n-grams)`` and ``(baseline)``, as :meth:`explain` gives them (the object's
        ``summary``); its ``table`` has every n-gram of every head, and its ``to_dict()`` is the
        record ``stance explain --json`` prints.

        >>> import stance
        >>> print(str(stance.default_model().explain_html("Bring the brigade home.")).splitlines()[0])
        Bring the brigade home.
        """
        contributions = forksafe.imported(".explain").contributions

        return contributions(self, text, label=label, n=n)

    def top_features(self, label: str, n: int = 20) -> pd.DataFrame:
        """The ``n`` n-grams with the largest positive weights for ``label`` over the whole
        model (fewer when fewer push towards it), largest first.

        >>> import stance
        >>> stance.default_model().top_features("unity", n=3)["feature"].tolist()
        ['alli', 'allianc', 'nato']
        """
        top_features = forksafe.imported(".explain").top_features

        return top_features(self, label, n=n)

    def save(self, path: str | PathLike[str], *, overwrite: bool = False) -> Path:
        """Save to a directory, atomically, and return its path; see :func:`stance.persistence.save_model`.

        An existing directory is replaced only with ``overwrite=True`` (else ``FileExistsError``);
        an ``overwrite`` that is no bool (``"no"``, true to Python) is refused.
        A loaded model keeps the creation time it was loaded with while its files would say
        what those it was loaded from said, so that a load and a save write the same files;
        trained anew, it is created now. The files record the options the model was fitted
        with (``fitted_options_``): options given with ``set_params`` since take effect only
        after :meth:`fit`, and a save warns of them.

        >>> import stance, tempfile
        >>> from pathlib import Path
        >>> model = stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
        ...                                                   ["aid", "aid", "none", "none"])
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = model.save(Path(folder) / "aid")
        ...     stance.load(path).labels
        ('aid', 'none')
        """
        save_model = forksafe.imported(".persistence").save_model

        return save_model(self, path, overwrite=overwrite)

    def __repr__(self) -> str:
        defaults = inspect.signature(type(self).__init__).parameters
        fitted = self.__dict__.get("params_")
        given = self.get_params()
        if (given["names"] == NAMES_WHATEVER_WORDS and fitted is not None
                and fitted.analysis_options.get("names") != NAMES_WHATEVER_WORDS):
            # A 0.13.0 model fitted again in place: get_params() keeps the option (a fit changes
            # none), which trains as names=True does (see fit), and the model now reads so, as
            # stance info says; the repr said it still read as 0.13.0's.
            given["names"] = self.__dict__.get("fitted_options_", {}).get("names", True)
        changed = {k: v for k, v in given.items() if not _is_default(v, defaults[k].default)}
        options = ", ".join(f"{k}={v!r}" for k, v in changed.items())
        state = f" labels={list(fitted.labels)}" if fitted is not None else " (not fitted)"
        return f"StanceModel({options}){state}" if fitted is None else f"<StanceModel({options}){state}>"

    # -- internals --------------------------------------------------------------------

    def _batch(self, texts: list[str], params: ModelParameters | None = None):
        """Label probabilities, stance probabilities, label sets, and each text's flag for
        the words the model knows (:func:`stance.prediction.word_flag`; None: no flag),
        chunk by chunk."""
        params = self._fitted() if params is None else params
        n = len(texts)
        probabilities = np.zeros((n, len(params.labels)))
        stance = np.zeros((n, len(params.stance_classes))) if params.has_stance else None
        label_sets: list[tuple[int, ...]] = []
        flags = np.full(n, None, dtype=object)
        for start in range(0, n, CHUNK_SIZE):
            chunk = texts[start : start + CHUNK_SIZE]
            x = inference.tfidf_rows(chunk, self._analyzer_for(params), params, self._feature_index(params))
            chunk_flags = flags[start : start + len(chunk)] = inference.word_flags(x)
            p = inference.target_probabilities(x, params)
            probabilities[start : start + len(chunk)] = p
            label_sets.extend(inference.decide_labels(p, params))
            unread_rows = np.flatnonzero(chunk_flags == NO_KNOWN_WORDS).tolist()
            unread = self._unread_label(params) if unread_rows else None
            if unread is not None:  # before the stance, which is read towards the primary label
                for row in unread_rows:
                    label_sets[start + row] = (unread,)
            if stance is not None:
                primary = np.array([row[0] for row in label_sets[start:]], dtype=np.int64)
                stance[start : start + len(chunk)] = inference.stance_probabilities(x, params, primary)
        return probabilities, stance, label_sets, flags

    def _unread_label(self, params: ModelParameters) -> int | None:
        """The label (its index in ``params.labels``) of text none of whose words the model
        knows, the same for all such text: the off-topic label, or, for a model without one,
        the label of the most training rows (the first in ``labels`` of equals). Its heads
        give such text only their intercepts, which are no prior: a label whose rows share
        few words has a large one, and came first with every score under 0.005. None (the
        heads' answer stands) for a model whose training does not record its labels' rows.

        >>> import stance
        >>> model = stance.default_model()
        >>> model.labels[model._unread_label(model.params_)]
        'none'
        """
        if params.none_label in params.labels:
            return params.labels.index(params.none_label)
        counts = self.__dict__.get("training_", {}).get("label_counts")
        if not isinstance(counts, dict):
            return None
        rows = [counts.get(label) for label in params.labels]
        known = [n if isinstance(n, int) and not isinstance(n, bool) else -1 for n in rows]
        return known.index(max(known)) if max(known) > 0 else None

    def _prediction(self, text, probabilities, stance_probabilities, label_set, flag,
                    params: ModelParameters) -> Prediction:
        """One statement's :class:`Prediction`, made as :meth:`_predictions` makes a batch's."""
        # numpy's tolist() gives the floats float() would, in one call.
        row = probabilities.tolist() if isinstance(probabilities, np.ndarray) else list(map(float, probabilities))
        stance_row = None if stance_probabilities is None else (
            stance_probabilities.tolist() if isinstance(stance_probabilities, np.ndarray)
            else list(map(float, stance_probabilities)))
        return self._predictions([text], [row], [stance_row], [tuple(label_set)], [flag], params)[0]

    def _empty_prediction(self, text: str, params: ModelParameters) -> Prediction:
        if params.none_label in params.labels:
            scores = {label: float(label == params.none_label) for label in params.labels}
            return Prediction(params.none_label, (params.none_label,), None, scores, 1.0, {}, text=text, flag="empty",
                              stance_head=params.has_stance)
        # A scheme with no off-topic label has no answer for no text: not one of its targets.
        return Prediction("", (), None, dict.fromkeys(params.labels, 0.0), 0.0, {}, text=text, flag="empty",
                          stance_head=params.has_stance)


class _Built:
    """A slot for something built on first use, shared by a model and its pinned copies, and
    a count of the statements answered without it (see :data:`ONE_BY_ONE_BEFORE_INDEX`)."""

    __slots__ = ("one_by_one", "value")

    def __init__(self) -> None:
        self.value: Any = None
        self.one_by_one = 0


_PAUSES = forksafe.Lock()
_pause_state = {"depth": 0, "paused_by_us": False}


def _end_pauses_in_child() -> None:
    """In a child forked during another thread's batch: that batch never ends there, so its
    pause must not keep the child's collector off for good."""
    if _pause_state["depth"] and _pause_state["paused_by_us"]:
        gc.enable()
    _pause_state.update(depth=0, paused_by_us=False)


forksafe.after_fork_in_child(_end_pauses_in_child)


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector while many result objects are built.

    The collector makes a full pass over every object in the process each time the
    long-lived ones grow by a quarter; building 20,000 predictions in a process holding a
    fitted scikit-learn pipeline set off passes that cost as much as building the
    predictions. Predictions hold no reference cycles, so the pause loses nothing.

    Pauses in several threads at once share one count: the collector comes back when the
    last of them ends, and only if the first found it running, so one thread's batch
    neither cuts another's pause short nor turns on a collector the program had turned off.
    """
    with _PAUSES:
        if _pause_state["depth"] == 0:
            _pause_state["paused_by_us"] = gc.isenabled()
            gc.disable()
        _pause_state["depth"] += 1
    try:
        yield
    finally:
        with _PAUSES:
            _pause_state["depth"] -= 1
            if _pause_state["depth"] == 0 and _pause_state["paused_by_us"]:
                gc.enable()


def _same_option(value: Any, fitted: Any) -> bool:
    """Whether an option's ``value`` is the one the model was fitted with: equal, and not
    True for 1 (``stem=True`` and ``stem=1`` are other options to :meth:`StanceModel.fit`).

    >>> _same_option(30, 30.0), _same_option(True, 1), _same_option({0: 1, 1: 2}, {0: 1, 1: 2})
    (True, False, True)
    """
    if isinstance(value, bool) != isinstance(fitted, bool):
        return False
    try:
        return bool(value == fitted)
    except (TypeError, ValueError):  # an array given for an option: compared as a whole, it is no bool
        return False


def column_clashes(labels: Iterable[str], stance_values: Iterable[str]) -> list[str]:
    """Labels whose score column ``p_<label>`` is also a stance value's ``p_stance_<value>``.

    >>> column_clashes(["unity", "stance_favor"], ["favor", "against"])
    ["label 'stance_favor' and stance value 'favor' both name the column 'p_stance_favor'"]
    """
    labels = set(labels)
    return [f"label {quoted('stance_' + value)} and stance value {quoted(value)} both name the column "
            f"{quoted('p_stance_' + value)}" for value in sorted(stance_values) if f"stance_{value}" in labels]


def _as_text_list(values: Any, argument: str, require_str: bool = False, *, given: Any = None) -> list:
    """Accept any ordered iterable of texts except a bare str or bytes (a common slip).
    ``given``: the texts as the caller gave them where ``values`` is their copy as pandas (a
    polars or pyarrow column), for advice in that library's calls; None: ``values`` themselves.

    A set is refused: answers come back in the order given, and fit pairs texts with labels
    by position. So is a dict: its keys or its values, which? (pass one of them).
    """
    return _as_named_text_list(values, argument, require_str, given=given)[0]


def _as_named_text_list(values: Any, argument: str, require_str: bool = False, *,
                        given: Any = None) -> tuple[list, Callable[[int], str]]:
    """:func:`_as_text_list`'s texts, and how a message names the text at a position (see
    :func:`_item_namer`), so that a warning about them names a row as its errors do.

    >>> texts, name = _as_named_text_list(["a", "b"], "texts")
    >>> texts, name(1)
    (['a', 'b'], 'texts[1]')
    """
    from collections.abc import Mapping

    from .data import refuse_unordered

    given = values if given is None else given  # its advice names polars' or pyarrow's calls
    library = library_of(given)
    if type(values).__module__.split(".")[0] == "dask" and type(values).__name__ == "Series":
        # Read whole, as iterating it did, but as the pandas Series it computes to: a missing text
        # was named by its row through the lazy index, which failed inside Dask ("'Index' object
        # has no attribute 'index'"). stance.score scores one where it lives instead.
        values = values.compute()
    values = as_pandas(values, argument, column=True)
    if isinstance(values, (str, bytes)):
        raise InvalidTypeError(
            f"{argument} must be an iterable of str (a list, Series, …), got a single "
            f"{type_name(values)}; {one_text_advice(values, 'classify()')}"
        )
    if values is None or not hasattr(values, "__iter__"):
        raise InvalidTypeError(f"{argument} must be an iterable of str, got {type_name(values)}")
    if type_name(values) == "DataFrame":
        raise InvalidTypeError(f"{argument} must be an iterable of str, got a DataFrame; "
                               f"{_one_column_advice(list(values.columns), argument)}")
    if isinstance(values, Mapping):
        raise InvalidTypeError(f"{argument} must be an iterable of str, got {a_type_name(values)}; "
                               f"pass its keys (list({argument})) or its values (list({argument}.values()))")
    dimensions = getattr(values, "ndim", 1)
    if dimensions == 0:
        raise InvalidTypeError(f"{argument} must be an iterable of str, got {one_value_array(values)}")
    if dimensions > 1:  # a table's rows would each be taken for one text
        raise InvalidTypeError(f"{argument} must be one column of texts, got an array of shape "
                               f"{getattr(values, 'shape', '?')}; pass that column ({argument}[:, 0], or data['text'])")
    refuse_file_object(values, argument, column=True)  # iterated, its lines were taken for statements
    refuse_unordered(values, argument)
    texts = list(values)
    name = _item_namer(values, argument, len(texts))
    if require_str:
        for i, text in enumerate(texts):
            if type(text) is str:
                continue
            if not isinstance(text, str):
                # a list, as R's list(x) gives it, whose [0] the advice names
                nested = texts_in_a_list_advice(texts, argument) if isinstance(values, (list, tuple)) else None
                # As polars or pyarrow holds it: a null or a NaN, which pandas reads alike.
                got = (f"{type_name(text)}: {nested}" if nested
                       else _not_a_text(as_held(given, i, text), argument, library=library))
                raise InvalidTypeError(f"{name(i)} must be a str, got {got}")
            texts[i] = plain_str(text)  # read by str's methods, not a subclass's overrides
    return texts, name


def _item_namer(values: Any, argument: str, count: int) -> Callable[[int], str]:
    """How messages name item ``i`` of ``values`` (``count`` items): a Series' row by its label,
    as the caller finds it (texts['y9']), not its position; other items by their position. The
    names are worked out when a message asks (a long index, or one of unhashable labels, costs
    nothing until then).

    >>> import pandas as pd
    >>> _item_namer(pd.Series(["x", "y"], index=["x7", "y9"]), "texts", 2)(1)
    "texts['y9']"
    """
    from .names import named_rows

    def name(i: int) -> str:
        # An index that names several rows alike names each by its position too (see named_rows).
        labels = named_rows(values.index) if type_name(values) == "Series" else range(count)
        return _item_named(argument, labels, i)

    return name


def _item_named(argument: str, labels: Sequence[Any], i: int) -> str:
    """Item ``i`` of ``argument`` as a message names it: by its label, as the caller finds it
    (``texts['y9']``), or, where the index names several rows alike, by its position too, as
    every message names such rows ("texts: row at position 2 (index 0)").

    >>> from stance.names import named_rows
    >>> _item_named("texts", ["x7", "y9"], 1), _item_named("texts", named_rows([0, 0, 0]), 2)
    ("texts['y9']", 'texts: row at position 2 (index 0)')
    """
    from .names import RowAt, row_name, row_names

    if isinstance(labels[i], RowAt):
        return f"{argument}: {row_names(labels, [i])}"
    return f"{argument}[{row_name(labels[i])}]"


def _refuse_column_for_labels(X: Any, y: Any) -> None:
    """Refuse ``score(X, y)`` whose ``y`` names a column of the DataFrame ``X``: the column of
    statements, given by position as :func:`stance.score` takes it (``stance.score(df, "body")``),
    where scikit-learn's ``score(X, y)`` takes gold labels."""
    # one level of names only: "body" in MultiIndex columns matches a first level, which
    # text_column='body' then refuses (a review)
    if not isinstance(y, str) or type_name(X) != "DataFrame" or X.columns.nlevels > 1 or y not in X.columns:
        return
    raise InvalidTypeError(f"y must be a sequence of labels, got str: score(data, y) is scikit-learn's accuracy "
                           f"of the model's labels against the labels y; to score the statements of column "
                           f"{quoted(y)}, name it: model.score(data, text_column={quoted(y)})")


def _warn_of_spreadsheet_errors(texts: list[str], name: Callable[[int], str]) -> None:
    """Warn of ``texts`` classified that are a spreadsheet's error value ("#N/A" pasted from a
    column a formula filled, and failed), naming each by ``name`` of its position, as
    :func:`stance.classify` names them (see
    :func:`stance.scoring.warn_of_classified_spreadsheet_errors`): a model a user trained or
    loaded answered one without a word, where the bundled one's functions warned."""
    forksafe.imported(".scoring").warn_of_classified_spreadsheet_errors(texts, name, "texts")


def refuse_not_one_text(text: Any, method: str) -> None:
    """Refuse a ``text`` that is no str, given to ``method`` (classify or explain, which take
    one statement), saying what it is: a missing value (a table's blank cell) or a column
    of statements is named as such, not as a "float" or a "Series", and a DataFrame with the
    call that takes a table, naming its column of texts (it was "got DataFrame", no more).

    >>> try:
    ...     refuse_not_one_text(float("nan"), "classify")
    ... except TypeError as error:
    ...     print(str(error).split(";")[0])
    text must be a str, got a missing value (NaN), as a blank cell reads
    """
    from .names import is_missing

    if isinstance(text, str):
        return
    # None is left as "NoneType": given by hand, it is more often a function's missing return.
    if text is not None and is_missing(text):
        shown = "NaN" if isinstance(text, float) else str(text)
        raise InvalidTypeError(f"text must be a str, got a missing value ({shown}), as a blank cell reads; give a "
                               f"statement's text, or use stance.score(), which takes missing values and flags them")
    if is_0d_array(text):  # one value, not many: take it out of its array
        value = ("; pass its value: text.item() or str(text)" if isinstance(text.item(), str)
                 else f" of {text.dtype}")
        raise InvalidTypeError(f"text must be a str, got a 0-d array (one value){value}")
    many = ""
    if type_name(text) == "DataFrame":  # a table of statements: the next step names its column
        column = quoted(texts_column(text))
        many = (f"; for a table of statements use stance.score(data, text_column={column}), which gives a DataFrame, "
                f"or classify_many(data[{column}])" if method == "classify" else
                f"; {method} takes one statement: pass one cell, e.g. data[{column}].iloc[0], or for every row's "
                f"table in one DataFrame the model's explain_many(data, text_column={column}) "
                f"(stance.default_model().explain_many(…) for the bundled one)")
    elif isinstance(text, (list, tuple)) or type_name(text) in ("Series", "Index", "ndarray"):
        # A Series may be one row of a table (data.iloc[0]), whose cells classify_many would take as
        # statements, the speaker's name too: said beside, with no guess at which it is (guesses
        # by its index's names took texts indexed by kind for rows, in three reviews).
        row = ("; for one row of a table (data.iloc[0]), its text cell (row['text'])"
               if type_name(text) == "Series" else "")
        many = (f"; for many statements use classify_many(){row}" if method == "classify" else
                # explain_many is the batch path (faster than a call for each), as classify_many is classify's
                f"; {method} takes one statement: for many, the model's explain_many(texts) gives every one's table "
                f"in one DataFrame (stance.default_model().explain_many(texts) for the bundled one)")
    raise InvalidTypeError(f"text must be a str, got {type_name(text)}{decode_hint(text)}{many}")


def texts_column(frame: Any) -> Any:
    """The column of ``frame`` that most likely holds its texts, for a message to name: "text"
    when there is one, else the column of text of the most words at the median
    (:func:`stance.scoring.text_columns`), else "text".

    >>> import pandas as pd
    >>> texts_column(pd.DataFrame({"year": [2024], "party": ["SNP"], "speech": ["We stand with Ukraine."]}))
    'speech'
    """
    from .columns import COLUMN_SAMPLE
    from .scoring import text_columns

    if "text" in frame.columns:
        return "text"
    found = text_columns(frame.head(COLUMN_SAMPLE), leave_out=None)
    return found[0][1] if found else "text"


def _one_column_advice(columns: list[Any], argument: str) -> str:
    """What to pass of a table given as ``argument``, where texts are wanted: its own column
    by its name (``classify_many(df.select("speech"))`` was told ``data['text']``, another
    argument's name and a column it lacks), or one of its columns.

    >>> _one_column_advice(["speech"], "texts")
    "pass its column, texts['speech'], or use stance.score(texts, text_column='speech')"

    A column named like text comes first, the others after it (each was listed alike):

    >>> print(_one_column_advice(["id", "labels", "text", "speaker"], "texts"))  # doctest: +NORMALIZE_WHITESPACE
    pass its column of statements, texts['text'] (its other columns: 'id', 'labels', 'speaker'), or use
    stance.score(texts, text_column='text')

    "text" itself before another spelling; two other spellings alike are a choice, each named first:

    >>> print(_one_column_advice(["Text", "text"], "texts"))  # doctest: +NORMALIZE_WHITESPACE
    pass its column of statements, texts['text'] (its other columns: 'Text'), or use
    stance.score(texts, text_column='text')
    >>> print(_one_column_advice(["id", "Text ", "TEXT"], "texts"))  # doctest: +NORMALIZE_WHITESPACE
    pass one of its columns (texts['Text '], texts['TEXT'], texts['id']), or use
    stance.score(texts, text_column=COLUMN)
    """
    if not columns:  # "pass one of its columns ()" offered none
        return "it has no columns: pass the texts, as a list or Series"
    if len(columns) == 1:
        return (f"pass its column, {argument}[{quoted(columns[0])}], or use stance.score({argument}, "
                f"text_column={quoted(columns[0])})")
    named = [column for column in columns if _named_like_text(column)]
    # "text" itself, as stance.score reads by default, else the one column named like it: of
    # "Text" and "text" the first was called the column of statements, and of "Text " and
    # "TEXT", two alike, whichever came first.
    at = named.index("text") if "text" in named else 0 if len(named) == 1 else None
    if at is not None:
        # Named first: a table of id, labels, text and speaker was told each of the four alike.
        text = named[at]
        others = [column for column in columns if not (isinstance(column, str) and column == text)]
        shown = ", ".join(map(quoted, others[:5])) + (", …" if len(others) > 5 else "")
        return (f"pass its column of statements, {argument}[{quoted(text)}] (its other columns: {shown}), or use "
                f"stance.score({argument}, text_column={quoted(text)})")
    # Several named like text (none "text" itself): a choice, those first, as five are shown.
    ordered = named + [column for column in columns if column not in named]
    shown = ", ".join(f"{argument}[{quoted(column)}]" for column in ordered[:5]) + (", …" if len(columns) > 5 else "")
    return f"pass one of its columns ({shown}), or use stance.score({argument}, text_column=COLUMN)"


def _named_like_text(column: Any) -> bool:
    """Whether a column's name says it holds texts: "text" or "texts", in any case, spaces
    about it aside ("Text", " text").

    >>> [_named_like_text(name) for name in ("text", "Texts ", "TEXT", "text_id", 3)]
    [True, True, True, False, False]
    """
    return isinstance(column, str) and column.strip().casefold() in ("text", "texts")


def _not_a_text(value: Any, argument: str, *, library: str | None = None) -> str:
    """What ``value``, given for a text, is, and what to do about it.

    >>> _not_a_text(float("nan"), "texts")
    'a missing value (NaN); drop the missing texts first (texts.dropna() for a Series), or use stance.score(), \
which takes missing values and flags them'
    >>> _not_a_text(b"Send tanks", "texts")
    "bytes (decode bytes first, e.g. text.decode('utf-8'))"
    """
    from .names import is_missing

    if is_missing(value):
        shown = "None" if value is None else "NaN" if isinstance(value, float) else str(value)
        if library == "pyarrow" and value is None:  # a null, which pyarrow's drop_null() drops: it has no dropna
            shown, dropped = "null", f"{argument}.drop_null()"
        elif library == "pyarrow":  # a float column's NaN, which drop_null() keeps
            shown = "NaN, which pyarrow's drop_null() keeps"
            dropped = f"{argument}.filter(pyarrow.compute.invert(pyarrow.compute.is_nan({argument})))"
        elif library == "polars" and value is None:  # a null, read as pandas' NaN
            shown, dropped = "null", f"{argument}.drop_nulls()"
        elif library == "polars":  # a Float64 column's NaN, which drop_nulls() keeps
            shown = "NaN, which polars' drop_nulls() keeps"
            dropped = f"{argument}.drop_nans().drop_nulls()"  # a float column may hold nulls too
        else:
            dropped = f"{argument}.dropna() for a Series"
        return (f"a missing value ({shown}); drop the missing texts first ({dropped}), or use stance.score(), "
                f"which takes missing values and flags them")
    hint = decode_hint(value)
    if hint:  # bytes, or a path: stance.score() would not read them either
        return type_name(value) + hint
    if isinstance(value, (tuple, list)):  # stance.score() would flag each row not_text
        return (f"{type_name(value)}: a row, not a text (a database cursor's rows?); pass the texts themselves, "
                f"e.g. [row[0] for row in rows]")
    # 5 is no missing value: "accepts missing values" alone sent it to score() as though it were
    return f"{type_name(value)}; stance.score() accepts missing values and values of other types, and flags them"


def _check_row_names(row_names: Any, rows: int) -> None:
    """Refuse ``row_names`` given to :meth:`StanceModel.fit` that cannot name its ``rows`` rows:
    not a 1-D sequence (a str, a 2-D array), names that are containers (see :func:`_is_row_name`;
    a pandas Index is taken as it is, as X's own index would be), or not one per row.

    >>> _check_row_names(["a", "b"], 3)
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: row_names must have one name per row of X: got 2 names for 3 rows
    """
    if isinstance(row_names, (str, bytes)):
        raise InvalidTypeError(f"row_names must be a list (or pandas Index) of names, one per row of X, not a "
                               f"{type_name(row_names)} ({row_names!r:.60})")
    if type_name(row_names) not in _PANDAS_INDEXES:
        shape = np.shape(row_names) if isinstance(row_names, np.ndarray) else None
        if shape is not None and len(shape) != 1:
            raise InvalidTypeError(f"row_names must be one-dimensional, one name per row of X: got an array of "
                                   f"shape {shape}")
        if not isinstance(row_names, (Sequence, np.ndarray)) and type_name(row_names) not in _ROW_NAME_KINDS:
            raise InvalidTypeError(f"row_names must be a list (or pandas Index) of names, one per row of X, "
                                   f"got {type_name(row_names)}")
        for position, name in enumerate(row_names):
            # A tuple of them names a row as a MultiIndex's label does (its tolist() gives them).
            if not (_is_row_name(name) or (isinstance(name, tuple) and all(map(_is_row_name, name)))):
                raise InvalidTypeError(f"row_names must be names, one value each (a str, a number, a date…): got "
                                       f"{a_type_name(name)} at position {position} ({name!r:.60})")
    if len(row_names) != rows:
        raise InvalidInputError(f"row_names must have one name per row of X: got {len(row_names)} names for "
                                f"{rows} rows")


# Sequences of names that are not collections.abc.Sequence: a Series, pandas' extension arrays
# (pd.array of Int64 ids, of strings, of dates).
_ROW_NAME_KINDS = ("Series", "IntegerArray", "FloatingArray", "StringArray", "ArrowStringArray",
                   "ArrowStringArrayNumpySemantics", "ArrowExtensionArray", "DatetimeArray", "BooleanArray",
                   "Categorical", "NumpyExtensionArray", "PandasArray")


def _is_row_name(name: Any) -> bool:
    """Whether ``name`` names one row as an index label does: a str, a number, a date or a
    missing value (a float id column with a gap, a DatetimeIndex's tolist()), not a container
    (a list of lists named row ['e']) and not a bool (a mask given for names).

    >>> [_is_row_name(name) for name in ("a", 3, 2.5, float("nan"), None, ["a"], {"a": 1}, True, ("a", 1))]
    [True, True, True, True, True, False, False, False, False]

    A tuple is no name here: :func:`_check_row_names` takes one of names, a MultiIndex's label.
    """
    # A pandas object is many values, whose repr spans lines: no name of one row.
    if isinstance(name, (bool, np.bool_)) or type_name(name) in ("Series", "DataFrame", *_PANDAS_INDEXES):
        return False
    return not isinstance(name, (list, tuple, dict, set, frozenset, np.ndarray, bytes, bytearray))



def _refuse_scrambled(X: Any, y: Any, argument: str, first: str = "X") -> None:
    """Refuse pandas ``X`` and ``y`` whose indexes hold the same rows in different orders.

    fit pairs texts with labels by position, as scikit-learn does; a ``y`` sorted or
    shuffled apart from ``X`` (same index labels, another order) would give every text
    another row's label, and train without a word said.
    """
    x_index, y_index = getattr(X, "index", None), getattr(y, "index", None)
    if type_name(x_index) not in _PANDAS_INDEXES or type_name(y_index) not in _PANDAS_INDEXES:
        return
    if len(x_index) != len(y_index) or x_index.equals(y_index):
        return
    from collections import Counter

    if Counter(x_index) == Counter(y_index):  # not sort_values: an index of ints and strs does not sort
        # A y numbered 0..n-1 may be the frame's own, in another order than a sorted X (then
        # y.loc[X.index] aligns it), or made in X's order (pd.Series(a_list), reset_index: then
        # y.loc[X.index] would scramble it, and its values are to be taken as they are). Which,
        # only the caller knows: both are said. So for X numbered so beside another order, which
        # a pipeline step returning a new index also gives.
        advice = f"align them first, e.g. {argument} = {argument}.loc[{first}.index]"
        from .names import numbered_from_zero

        if numbered_from_zero(y_index):
            advice = (f"if {argument}'s index names {first}'s rows, align them: {argument} = "
                      f"{argument}.loc[{first}.index]; if {argument} was made in {first}'s order (from a list, or "
                      f"reset_index), its numbers are positions: pass {argument}.to_numpy()")
        elif numbered_from_zero(x_index):
            advice += (f"; if {first} was made in {argument}'s order (reset_index, or a pipeline step before the model "
                       f"that returns a new index), pass {argument}.to_numpy(), or keep {first}'s index in that step")
        raise InvalidInputError(
            f"{first} and {argument} hold the same rows in different orders (their indexes differ in order), "
            f"but they are paired by position: each row would get another row's {argument}; {advice}"
        )


# An object's .index is a pandas index only for these (a list's .index is a method).
_PANDAS_INDEXES = ("Index", "RangeIndex", "MultiIndex", "DatetimeIndex", "CategoricalIndex",
                   "IntervalIndex", "PeriodIndex", "TimedeltaIndex")


def _pandas_index(*values: Any) -> Any:
    """The index of the first of ``values`` that has a pandas one (a DataFrame or Series), or
    None: rows are named by it, as GridSearchCV's folds, slices that keep it, name row 106, not 6."""
    return next((value.index for value in values
                 if type_name(getattr(value, "index", None)) in _PANDAS_INDEXES), None)


def _gold_score_weights(options: dict[str, Any], n_texts: int) -> np.ndarray | None:
    """``sample_weight`` of ``score(X, y, **options)``, checked; any other option is refused,
    since with gold labels nothing is scored into a frame.

    >>> _gold_score_weights({"sample_weight": [2, 1]}, 2).tolist()
    [2.0, 1.0]
    """
    unused = sorted(set(options) - {"sample_weight"})
    if unused:
        raise InvalidInputError(
            f"score(data, y) takes only sample_weight besides data and y, got {', '.join(unused)}; "
            "the other options are for scoring a frame: score(data, " + ", ".join(f"{name}=…" for name in unused) + ")")
    weights = options.get("sample_weight")
    if weights is None:
        return None
    try:
        array = np.asarray(weights, dtype=float).ravel()
    except (TypeError, ValueError):
        raise InvalidInputError("sample_weight must be numbers, one per text") from None
    if len(array) != n_texts:
        raise InvalidInputError(f"sample_weight must have one weight per text: got {len(array)} for {n_texts} texts")
    if not np.isfinite(array).all() or (array < 0).any() or not array.sum() > 0:
        raise InvalidInputError("sample_weight must be finite, non-negative numbers that do not sum to 0")
    return array


def _is_indicator(y: Any) -> bool:
    """Whether ``y`` is a label-indicator matrix, as MultiLabelBinarizer gives: sparse, or a
    2-D array of bools or of numbers that are all 0 or 1. A DataFrame is one only where it is
    no (labels, stance) pair: not 2 columns, or bools, so that 0/1 codes of both still train."""
    if type(y).__module__.startswith("scipy.sparse"):
        return True
    if type_name(y) == "DataFrame":
        values = y.to_numpy()
        if y.shape[1] == 2 and values.dtype != bool:
            return False
    elif isinstance(y, np.ndarray) and y.ndim == 2:
        values = y
    elif _rows_of_one_length(y):  # matrix.tolist(): each row was read as a set of the label ids 0 and 1
        values = np.asarray(y)
    else:
        return False
    if values.shape[1] < 2:  # one column of 0/1: one label a row, told as a column too few
        return False
    return values.dtype == bool or (values.dtype.kind in "iuf" and bool(np.isin(values, (0, 1)).all()))


def _rows_of_one_length(y: Any) -> bool:
    """Whether ``y`` is a list (or tuple) of rows that are lists, tuples or 1-D arrays, all of
    one length, as a matrix's .tolist() gives; rows of labels of several lengths are no matrix."""
    if not isinstance(y, (list, tuple)) or not y:
        return False
    if not all(isinstance(row, (list, tuple)) or (isinstance(row, np.ndarray) and row.ndim == 1) for row in y):
        return False
    return len({len(row) for row in y}) == 1


def _refuse_indicator(y: Any, n_texts: int) -> None:
    """Refuse a label-indicator matrix for ``y``: its 2 columns were read as (labels, stance)
    and trained the labels '0' and '1' in silence, and a sparse one's rows became label names.
    Rows of a list only where there is one a text (a review): a (labels, stance) pair of 0/1
    lists is told the lengths that differ, as before."""
    listed = isinstance(y, (list, tuple))  # read as rows of label sets, never as (labels, stance) codes
    if (listed and len(y) != n_texts) or not _is_indicator(y):
        return
    rows, columns = np.shape(y) if listed else y.shape
    codes = (" (a 2-column array of labels and stance given as 0/1 codes: pass it as text, y.astype(str))"
             if columns == 2 and not listed else "")
    # mlb.inverse_transform reads an array's .shape, which a list has not (a review).
    matrix = "np.asarray(y)" if listed else "y"
    ids = ("; rows of label ids 0 and 1 are told apart from it as text: [['0', '1'], ['1', '0'], …]"
           if listed else "")
    raise InvalidInputError(
        f"y is a label-indicator matrix ({type_name(y)} of {rows} rows and {columns} columns of 0/1, as "
        f"MultiLabelBinarizer gives), which StanceModel does not read: pass a list of labels per row "
        f"([list(labels) for labels in mlb.inverse_transform({matrix})]) or one str per row of its labels "
        f"joined by \"|\" (\"a|b\"), the primary label first; GridSearchCV and cross_val_score take the \"a|b\" "
        f"strings (scikit-learn refuses lists of lists as y){codes}{ids}")


def _is_default(value: Any, default: Any) -> bool:
    """Whether an option's ``value`` is its ``default`` (C=1 is C=1.0), for the repr. A numpy
    array's or a pandas Series' == is elementwise, and the truth of its answer raised: it is
    no default, which is no array."""
    same = value is default or value == default
    return bool(same) if isinstance(same, (bool, np.bool_)) else False


def _split_targets(y: Any, stance: Any) -> tuple[list, list | None]:
    """Separate labels and stance when ``y`` carries both (2 columns: labels first, or
    named "labels" and "stance" in either order)."""
    from collections.abc import Mapping

    from .data import refuse_unordered

    y, stance = as_pandas(y, "y"), as_pandas(stance, "stance")
    if type_name(y) == "DataFrame":
        if y.shape[1] != 2:
            raise InvalidInputError(f"y as a DataFrame must have 2 columns (labels, stance), got {y.shape[1]}")
        if stance is not None:
            raise InvalidInputError("pass stance either inside y or as stance=, not both")
        if sorted(map(str, y.columns)) == ["labels", "stance"]:  # named: by name, in either order
            return list(y["labels"]), list(y["stance"])
        return list(y.iloc[:, 0]), list(y.iloc[:, 1])
    if isinstance(y, np.ndarray) and y.ndim == 2:
        if y.shape[1] != 2:
            raise InvalidInputError(f"y as a 2-D array must have 2 columns (labels, stance), got {y.shape[1]}")
        return list(y[:, 0]), list(y[:, 1])
    if isinstance(y, (str, bytes, Mapping)) or y is None or not hasattr(y, "__iter__"):
        raise InvalidTypeError(f"y must be a sequence of labels, got {type_name(y)}")
    refuse_unordered(y, "y")  # labels are paired with texts by position
    if stance is not None:
        if isinstance(stance, (str, bytes, Mapping)) or not hasattr(stance, "__iter__"):
            raise InvalidTypeError(f"stance must be a sequence of stance values, got {type_name(stance)}")
        refuse_unordered(stance, "stance")
    return list(y), (None if stance is None else list(stance))


# The options that take a whole number, as an int (a float is refused, 1000.0 too, as
# scikit-learn's CountVectorizer refuses max_features=1000.0): the least and the most each
# takes (None: no most), and whether None is taken too. In the order they are checked.
WHOLE_NUMBER_OPTIONS: dict[str, tuple[int, int | None, bool]] = {
    "ngram_max": (1, None, False),
    "min_df": (1, None, True),
    "max_features": (1, None, True),
    "threshold_folds": (0, None, False),
    "max_iter": (1, None, False),
    "random_state": (0, SEED_MAX, False),  # numpy's RandomState's seeds
}


def _plain(value: Any) -> Any:
    """``value`` as Python's own value where it is a numpy scalar (np.int64(3) as 3), else as is.

    >>> import numpy as np
    >>> _plain(np.int64(3)), _plain(np.float32(1.5)), _plain("favor")
    (3, 1.5, 'favor')
    """
    return value.item() if isinstance(value, np.generic) else value


# The options that are True or False.
BOOL_OPTIONS = ("apostrophes", "links", "spelling", "invisibles", "cannot", "handles", "marks", "cjk", "lookalikes",
                "names", "negation", "stance_cues", "stance_per_label")

# What each option that is neither True/False nor a whole number takes, as a refusal of several
# values for it says.
ONE_VALUE_OPTIONS: dict[str, str] = {
    "stem": "True, False or a Snowball language name",
    "negation_words": "None, a language name or a list of words",
    "stance_ignores": "None or a list of words",
    "length_floor": "None or a percentile, a number greater than 0 and less than 100",
    "C": "a positive number",
    "stance_C": "a positive number",
    "target_head": "'ovr' or 'softmax'",
    "class_weight": "None, 'balanced' or a dict of weights",
    "stance_class_weight": "None, 'balanced' or a dict of weights",
    "none_label": "a str or None",
}


def _refuse_several_values(name: str, value: Any) -> None:
    """Refuse a Series, a DataFrame or an array given for the option ``name``, which takes one
    value: an OptionTypeError naming what was given, in one line.

    >>> import pandas as pd
    >>> _refuse_several_values("target_head", pd.Series(["ovr", "ovr"]))
    Traceback (most recent call last):
    ...
    stance.exceptions.OptionTypeError: target_head must be 'ovr' or 'softmax', got a Series of 2 values; pass one
    value, not a column of them
    """
    if name in WHOLE_NUMBER_OPTIONS:
        low, high, optional = WHOLE_NUMBER_OPTIONS[name]
        bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
        expected = f"an int {bounds}{' or None' if optional else ''}"
    elif name in BOOL_OPTIONS or name in ONE_VALUE_OPTIONS:
        expected = "True or False" if name in BOOL_OPTIONS else ONE_VALUE_OPTIONS[name]
    else:  # an option a subclass adds: its own to check
        return
    # none_label's refusals of a wrong type are LabelTypeErrors too
    error = LabelOptionTypeError if name == "none_label" else OptionTypeError
    refuse_several_values(name, value, expected, _SEVERAL_VALUES_ADVICE.get(name, "pass one value, not a column of "
                                                                              "them"), error=error)


# Options that take a list or a dict: several values are theirs in another container ("pass one
# value" of negation_words' array of words, followed, gave 'not', which it refuses).
_SEVERAL_VALUES_ADVICE = {
    "negation_words": "pass the words as a list: negation_words=list(words)",
    "stance_ignores": "pass the words as a list: stance_ignores=list(words)",
    "class_weight": "pass 'balanced', or a dict of the weights of each label's negative (0) and positive (1) "
                    "examples such as class_weight={0: 1.0, 1: 3.0} (one-vs-rest heads alone take a dict)",
    "stance_class_weight": "pass 'balanced', or a dict of weights by stance value such as "
                           "stance_class_weight={'favor': 1.0, 'against': 2.0} (dict(weights) of a Series indexed by "
                           "them)",
}


def _require_int(name: str, value: Any, low: int, high: int | None = None, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not is_int(value) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise refuse_option(lambda words: f"{words.name(name)} must be {words.int} {bounds}"
                                          f"{' or ' + words.value(None) if optional else ''}, got {words.value(value)}",
                            wrong_type=not is_int(value))


_TARGET_HEADS = {"ovr": "ovr", "softmax": "softmax"}  # target_head's values, by name
_BALANCED = {"balanced": "balanced"}  # a class weight's one value that is a text


def _names_no_longer_folded(negation_words: Any) -> str:
    """The warning of a fit with a model's options whose ``names`` reads as stance 0.13.0
    trained it (``stem=False`` beside another language's negation words: every Latin letter
    folded, see :data:`stance.text.NAMES_WHATEVER_WORDS`), which no fit does now.

    >>> _names_no_longer_folded("polish")[:62]
    "names='whatever the negation words' is the reading of a model "
    """
    return (f"names={NAMES_WHATEVER_WORDS!r} is the reading of a model stance 0.13.0 trained with stem=False and "
            f"negation_words={negation_words!r}: its Latin letters folded ('budowę' read as 'budowe'), as its "
            f"vocabulary holds them. Names read English only now, so this fit reads letters as written, as "
            f"names=False does, and answers otherwise than the model these options came from; pass names=False "
            f"to train so without this warning, or keep the model 0.13.0 saved for its answers")


def _require_bool(name: str, value: Any) -> None:
    if not isinstance(value, bool):  # any other value is of the wrong type
        raise refuse_option(lambda words: f"{words.name(name)} must be {words.value(True)} or "
                                          f"{words.value(False)}, got {words.value(value)}"
                                          f"{words.meant(name, value, {'true': True, 'false': False})}",
                            wrong_type=True)


def _require_c(name: str, value: Any) -> None:
    """A regularisation strength, ``C`` or ``stance_C``."""
    # An int past a float's range (10**400) is no strength the solver can use: a fit records
    # C as a float, which stopped with OverflowError.
    too_large = isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 1024
    not_a_number = isinstance(value, bool) or not isinstance(value, (int, float))
    if not_a_number or not value > 0 or value == float("inf") or too_large:
        # (past 4,300 digits Python will not write an int out: its size instead)
        shown = f"an int of about {int(value.bit_length() * 0.30103) + 1} digits" if too_large else None
        kind = "a positive number a float can hold" if too_large else "a positive number"
        raise refuse_option(lambda words: f"{words.name(name)} must be {kind}, got {shown or words.value(value)}",
                            wrong_type=not_a_number)
    if value < SMALLEST_C:  # liblinear never returns from C=1e-300, and no signal stops it
        raise refuse_option(lambda words: f"{words.name(name)} must be at least {SMALLEST_C:g} (scikit-learn's "
                                          f"solver does not finish below it), got {words.value(value)}")
    if value > LARGEST_C:  # nor from C=1e120
        raise refuse_option(lambda words: f"{words.name(name)} must be at most {LARGEST_C:g} (scikit-learn's "
                                          f"solver does not finish far above it), got {words.value(value)}")


def _require_percentile(name: str, value: Any) -> None:
    """None, or a percentile strictly between 0 and 100 (``length_floor``)."""
    if value is None:
        return
    not_a_number = isinstance(value, bool) or not isinstance(value, (int, float))
    if not_a_number or not 0 < value < 100:
        raise refuse_option(lambda words: f"{words.name(name)} must be {words.value(None)} or a percentile, a number "
                                          f"greater than 0 and less than 100, got {words.value(value)}",
                            wrong_type=not_a_number)


def _refuse_softmax_class_weights(target_head: str, class_weight: Any) -> None:
    """Refuse a dict ``class_weight`` with the softmax head.

    The dict weighs each one-vs-rest head's negative (0) and positive (1) examples. The
    softmax head has one class per label instead, numbered in the labels' sorted order, so
    {0: 1, 1: 10} would silently weigh the second label ten times, whichever it is.
    """
    if target_head == "softmax" and isinstance(class_weight, dict):
        raise refuse_option(lambda words: (
            f"{words.option('class_weight', class_weight)} weighs the negative (0) and positive (1) examples of "
            f"each label of the one-vs-rest head, which {words.option('target_head', 'softmax')} does not have "
            f"(its classes are the labels themselves); pass {words.option('class_weight', 'balanced')} or "
            f"{words.value(None)}, or use {words.option('target_head', 'ovr')}"
        ))


def _require_class_weight(name: str, value: Any, keys: tuple, meaning: str, each_key: str = "each key") -> None:
    """Refuse a class weight that is not None, "balanced" or a dict of positive finite
    numbers keyed by ``keys``. With no ``keys`` (the stance values, before the data is read)
    only the numbers are checked, and the refusal names the keys as ``each_key``.
    """
    if value is None or value == "balanced":
        return
    if not isinstance(value, dict):  # another str ("balance") is a bad value; a list or a number a wrong type
        raise refuse_option(lambda words: f"{words.name(name)} must be {words.value(None)}, "
                                          f"{words.value('balanced')} or {words.dict} of {meaning}, "
                                          f"got {words.value(value)}{words.meant(name, value, _BALANCED)}",
                            wrong_type=not isinstance(value, str))
    # An infinite weight trained a model that had learned nothing (every probability 0.5),
    # with no error, and saved Infinity, which is not JSON; NaN is no weight either.
    infinite = next(((k, v) for k, v in value.items() if isinstance(v, float) and not math.isfinite(v)), None)
    if infinite is not None:
        key, weight = infinite
        raise refuse_option(lambda words: f"{words.name(name)}: the weight of {words.key(key)} must be a "
                                          f"finite number, got {words.value(weight)}")
    # A weight multiplies C for its class's rows: {1: 1e300} hung training as C=1e300 does,
    # and an int past a float's range (10**400) stopped it with OverflowError.
    huge = next(((k, v) for k, v in value.items()
                 if isinstance(v, (int, float)) and not isinstance(v, bool) and v > LARGEST_C), None)
    if huge is not None:
        key, weight = huge
        shown = f"an int of {len(str(weight))} digits" if isinstance(weight, int) and weight > 1e300 else None
        raise refuse_option(lambda words: f"{words.name(name)}: the weight of {words.key(key)} must be at most "
                                          f"{LARGEST_C:g} (it multiplies C, and scikit-learn's solver does not "
                                          f"finish far above it), got {shown or words.value(weight)}")
    unknown = [k for k in value if k not in keys] if keys else []
    not_numbers = [v for v in value.values() if isinstance(v, bool) or not isinstance(v, (int, float))]
    bad = not_numbers or [v for v in value.values() if not v > 0]
    if unknown or bad:
        if not keys:
            raise refuse_option(lambda words: f"{words.name(name)}: {words.dict} must map {each_key} to a "
                                              f"positive number, got {words.value(value)}",
                                wrong_type=bool(not_numbers))
        raise refuse_option(lambda words: f"{words.name(name)}: {words.dict} must map "
                                          f"{', '.join(map(words.key, keys))} ({meaning}) to positive numbers, "
                                          f"got {words.value(value)}", wrong_type=bool(not_numbers))


def _words_of_their_type(value: Any, language: bool = True) -> bool:
    """Whether ``value`` is of a type ``negation_words`` takes, whatever it holds: None, a
    language's name (a str) or a list or tuple of str; a number, a set or a list holding a
    number is of the wrong type. Without ``language`` (``stance_ignores``) a str is of the
    wrong type too: a list of its letters, read one by one.

    >>> _words_of_their_type("klingon"), _words_of_their_type(["nie ma"]), _words_of_their_type([1])
    (True, True, False)
    >>> _words_of_their_type("Hungary", language=False), _words_of_their_type(("Hungary",), language=False)
    (False, True)
    """
    if value is None or (language and isinstance(value, str)):
        return True
    return isinstance(value, (list, tuple)) and all(isinstance(word, str) for word in value)


def _with_filled(fitted: dict[str, Any], filled: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """``fitted`` (the options a pickled model was fitted with) with the ``filled`` ones it did
    not record, each in its place among ``names``, so that a save lists them as it lists a
    model's fitted now.

    >>> _with_filled({"stem": True, "negation": False}, {"cannot": False}, ["stem", "cannot", "negation"])
    {'stem': True, 'cannot': False, 'negation': False}
    """
    rest = dict(fitted)
    ordered = {name: rest.pop(name) if name in rest else filled[name] for name in names
               if name in rest or name in filled}
    return {**ordered, **rest}

"""The numpy fast path must agree with the scikit-learn pipeline to 1e-9 on every probability."""

from typing import NamedTuple

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.text import is_blank
from stance.training import SklearnReference
from tests.conftest import ANALYZER_OPTIONS

WORDS = ["nato", "not", "alone", "allies", "kyiv", "weapons", "never", "together", "troops",
         "baltic", "deterrence", "spending", "aid", "stop", "more", "the", "a", "is", "our",
         "brigade", "home", "gas", "wind", "reactors", "2%", "won't", "Ukraine's",
         "RT", "@user_8725:", "@SecGenNATO's", "https://t.co/4b3e865", "bit.ly/3xYz", "press@nato.int", "www.nato.int"]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join),
)


@pytest.fixture(scope="module", params=["default", "energy"])
def model_and_reference(request, default_model, energy_model):
    model = default_model if request.param == "default" else energy_model
    return model, SklearnReference(model.params_)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, min_size=1, max_size=8))
def test_batch_and_single_paths_match_scikit_learn(model_and_reference, batch):
    model, reference = model_and_reference
    expected = reference.predict_proba(batch)
    np.testing.assert_allclose(model.predict_proba(batch), expected, rtol=0, atol=1e-9)
    for text, row in zip(batch, expected):
        if not is_blank(text):  # blank text (spaces, or marks that show nothing) is none by rule
            single = model.classify(text)
            np.testing.assert_allclose([single.scores[label] for label in model.labels], row, rtol=0, atol=1e-9)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(texts, min_size=1, max_size=8))
def test_stance_head_matches_scikit_learn(model_and_reference, batch):
    model, reference = model_and_reference
    _, stance_probabilities, label_sets, _ = model._batch(batch)
    primary = np.array([row[0] for row in label_sets])
    expected = reference.predict_stance_proba(batch, primary)
    np.testing.assert_allclose(stance_probabilities, expected, rtol=0, atol=1e-9)
    for text, row in zip(batch, expected):
        if not is_blank(text):  # blank text (spaces, or marks that show nothing) is none by rule
            single = model.classify(text)
            if single.stance_scores:
                np.testing.assert_allclose([single.stance_scores[c] for c in model.stance_classes], row,
                                           rtol=0, atol=1e-9)


def test_softmax_head_matches_scikit_learn(energy_frame):
    from stance import StanceModel

    model = StanceModel(target_head="softmax").fit(energy_frame.text, energy_frame.labels)
    reference = SklearnReference(model.params_)
    probes = ["wind and solar", "no reactors", "", "gas gas gas", "the committee meets"]
    np.testing.assert_allclose(model.predict_proba(probes), reference.predict_proba(probes), rtol=0, atol=1e-9)
    np.testing.assert_allclose(model.predict_proba(probes).sum(axis=1), 1.0)


def test_the_batch_index_reproduces_stance_cues(energy_model):
    # Negation marks and opening words are found by integer lookups, not by the slow string path.
    from stance.features import FeatureIndex

    assert energy_model.params_.stance_only_features == ("NOT_", "START_")
    assert FeatureIndex(energy_model.params_).supported


def test_the_batch_index_is_built_once_per_model(energy_model, tmp_path, monkeypatch):
    # score(), score_document() and the rest work on a pinned copy of the model; the copy
    # kept the index it built, so every call built it again (0.24 s for 10 statements).
    import stance
    import stance.features

    model = stance.load(energy_model.save(tmp_path / "m"))
    built = []
    real = stance.features.FeatureIndex
    monkeypatch.setattr(stance.features, "FeatureIndex", lambda params: built.append(1) or real(params))
    for _ in range(3):
        stance.score(["Build more wind farms."] * 40, model=model)
        stance.score_document("We need wind. Coal must go.", model=model)
    model.classify_many(["Gas is a bridge fuel."] * 40)
    assert len(built) == 1


ODD_TEXTS = ["", "zzz qqq", "no", "gas gas gas gas not", "Die Windkraft ist nicht gut", "Wind's future isn't gas's.",
             "RT @wind_2: not gas https://t.co/4b3e865", "@gas's bit.ly/3xYz", "https://t.co/4b3e865"]


def _three_stances(frame):
    frame = frame.copy()
    frame["stance"] = [value if i % 3 else "neutral" for i, value in enumerate(frame["stance"])]
    frame.loc[frame["labels"] == "none", "stance"] = None
    return frame


@pytest.mark.parametrize("shape", ["two classes", "three classes", "softmax", "no stance head", "no stance cues",
                                   "stance weights read in place"])
def test_one_statement_gets_every_number_of_the_batch_path(energy_frame, shape, monkeypatch):
    # classify() computes one statement in Python floats from one row of weights per feature,
    # classify_many() in numpy arrays; both must give the same answer to the last bit, for
    # every shape of head the single path handles on its own.
    import stance
    import stance.inference

    frame, options = energy_frame, {"stance_column": "stance"}
    if shape == "three classes":
        frame = _three_stances(energy_frame)
    elif shape == "softmax":
        options["target_head"] = "softmax"
    elif shape == "no stance head":
        options = {}
    elif shape == "no stance cues":
        options["stance_cues"] = False
    elif shape == "stance weights read in place":
        monkeypatch.setattr(stance.inference, "ONE_ROW_STANCE_COLUMNS", 0)
    model = stance.train(frame, **options)
    assert len(model.stance_classes) == {"three classes": 3, "no stance head": 0}.get(shape, 2)
    assert model.params_.target_link == ("softmax" if shape == "softmax" else "sigmoid")
    texts = frame["text"].tolist() + ODD_TEXTS
    single = [repr(model.classify(text).to_dict()) for text in texts]
    assert single == [repr(p.to_dict()) for p in model.classify_many(texts)]
    layout = stance.inference._one_row_layout(model.params_)
    assert (layout.by_label_at >= 0) == (shape not in ("no stance head", "stance weights read in place"))


def test_the_batch_paths_read_links_and_handles_as_the_analyzer_does(energy_model):
    # Models read a post's links as no words and a handle as one word (a social-media
    # audit); the batch index and training's fast featuriser must read them so too, not
    # fall back to the string path.
    from stance.features import PROBES, FeatureIndex
    from stance.tfidf import fit_tfidf

    options = energy_model.params_.analyzer_options
    assert options["links"] is True and FeatureIndex(energy_model.params_).supported
    assert any("https://" in probe and "@user_" in probe for probe in PROBES)
    posts = ["RT @user_8725: build wind https://t.co/4b3e865", "@wind_farm's bit.ly/3xYz me@x.org not gas",
             "www.x.org/a @1_2 wind", "https://t.co/4b3e865"]
    assert fit_tfidf(posts, options) is not None
    texts = [*posts, "Build more wind farms."]
    single = [repr(energy_model.classify(text).to_dict()) for text in texts]
    assert single == [repr(p.to_dict()) for p in energy_model.classify_many(texts)]


SPELLING_OPTIONS = {"ngram_max": 2, "stem": True, "negation": True, "opening": True, "apostrophes": True,
                    "links": True, "spelling": True}


@pytest.mark.parametrize("stem", [True, False, "porter"])
def test_the_batch_paths_read_american_spellings_as_the_analyzer_does(stem):
    # With the spelling option "defense" is read as "defence" (a user audit); training's fast
    # featuriser and the batch index must read it so too, not fall back to the string paths.
    from stance.features import PROBES, FeatureIndex
    from stance.inference import _string_pairs
    from stance.parameters import ModelParameters
    from stance.text import make_analyzer
    from stance.tfidf import fit_tfidf

    options = {**SPELLING_OPTIONS, "stem": stem}
    assert any("defense" in probe for probe in PROBES)
    texts = ["We must spend more on defense, not less.", "Defence spending: mobilised, not mobilized.",
             "The defense bill's program passed toward noon", "Organizations organised a centre at the center.",
             "For a major doctor, tire size does not matter."]
    fitted = fit_tfidf(texts, options)
    assert fitted is not None  # the featuriser agrees with TfidfVectorizer over the analyzer
    _, vocabulary, idf = fitted
    defence = "defenc" if stem is not False else "defence"
    assert defence in vocabulary and "defens" not in vocabulary and "defense" not in vocabulary
    n = len(vocabulary)
    params = ModelParameters(vocabulary, idf, ("a", "b"), "sigmoid", np.zeros((n, 2)), np.zeros(2), np.full(2, 0.5),
                             None, options)
    index = FeatureIndex(params)
    assert index.supported
    probes = [*texts, "defense's defenses, DEFENSE and Defence"]
    rows, columns, words, known = index.pairs_and_words(probes)
    expected = _string_pairs(probes, make_analyzer(**options), params)
    assert sorted(zip(rows.tolist(), columns.tolist())) == sorted(zip(*expected[:2]))
    assert words.tolist() == expected[2].tolist() and known.tolist() == expected[3].tolist()


@pytest.mark.parametrize("stem", [True, False, "german"])
def test_the_batch_paths_drop_invisible_format_characters_as_the_analyzer_does(stem):
    # With the invisibles option "Ukr\u200baine" is "ukraine" (a user's pasted text); training's
    # fast featuriser and the batch index must read it so too, not fall back to the string paths.
    from stance.features import PROBES, FeatureIndex
    from stance.inference import _string_pairs
    from stance.parameters import ModelParameters
    from stance.text import make_analyzer
    from stance.tfidf import fit_tfidf

    options = {**SPELLING_OPTIONS, "stem": stem, "invisibles": True}
    assert any("\u200b" in probe and "\u200c" in probe for probe in PROBES)
    texts = ["More support for Ukr\u200baine now, not NA\u2060TO alone.", "\ufeffUkraine's allies: NATO\u200e!",
             "Die Sank\u200btionen wirken nicht.",
             "\u0645\u06cc\u200c\u0631\u0648\u0645 https://t.co/4b\u200b3e @a\u200dz"]
    fitted = fit_tfidf(texts, options)
    assert fitted is not None  # the featuriser agrees with TfidfVectorizer over the analyzer
    _, vocabulary, idf = fitted
    assert "nato" in vocabulary and "na" not in vocabulary and "\u0645\u06cc\u0631\u0648\u0645" in vocabulary
    n = len(vocabulary)
    params = ModelParameters(vocabulary, idf, ("a", "b"), "sigmoid", np.zeros((n, 2)), np.zeros(2), np.full(2, 0.5),
                             None, options)
    index = FeatureIndex(params)
    assert index.supported
    probes = [*texts, "More support for Ukraine now, not NATO alone.", "Ukr\u2066aine\u2069 NA\u200fTO"]
    rows, columns, words, known = index.pairs_and_words(probes)
    expected = _string_pairs(probes, make_analyzer(**options), params)
    assert sorted(zip(rows.tolist(), columns.tolist())) == sorted(zip(*expected[:2]))
    assert words.tolist() == expected[2].tolist() and known.tolist() == expected[3].tolist()


class BatchReading(NamedTuple):
    """Texts an analyzer option changes, for the batch paths to read as the analyzer does."""

    stems: tuple  # the stemmers to read them with
    marker: str  # some text of features.PROBES holds it, so that the hypothesis tests meet the option
    texts: tuple[str, ...]  # fitted on
    probes: tuple[str, ...]  # read too (with features.PROBES after them)
    in_vocabulary: tuple[str, ...] = ()
    not_in_vocabulary: tuple[str, ...] = ()
    in_no_term: str = ""  # a character no term holds
    read_alike: tuple[tuple[int, int], ...] = ()  # (text, probe) pairs whose features are the same


BATCH_READINGS = {
    # "Cannot" is "can not" (its "not" opening a negation's scope), and a handle or a longer word
    # is left alone as the analyzer does: the handle "@cannot", a name, is its word.
    "cannot": BatchReading((True, False, "german"), "CANNOT",
                           ("We cannot leave the Baltic states undefended.",
                            "CANNOT wait, @cannot said: cannoting can\u200bnot.",
                            "Wir cannot nicht warten, ‘we Cannot’.", "We can't and we can not."),
                           ("We can not leave the Baltic states undefended.", "Cannot. cannot's #cannot"),
                           in_vocabulary=("can not", "cannot said"), read_alike=((0, 0),)),
    # "@ukraine.bsky.social" is one word, not "ukraine", "bsky" and "social", and an e-mail
    # address and a handle without a dot are left alone.
    "handles": BatchReading((True, False, "german"), ".bsky.social",
                            ("@ukraine.bsky.social Great interview this morning.",
                             "Thanks @NATO.int. Ukraine needs air defence.",
                             "@rutte@mastodon.social's view: press@nato.int, @nato-led Ukraine.",
                             "Great interview, Ukraine."),
                            ("Great interview this morning.", "@Ukraine.bsky.social. @a.b.c… @nato.int's"),
                            in_vocabulary=("nato.int",), not_in_vocabulary=("bsky", "social", "int", "mastodon")),
    # A word is letters and the combining marks after them ("हिन्दी" one word, not "ह", "न", "द"),
    # and a stress mark or a haraka is dropped.
    "marks": BatchReading((True, False, "russian", "arabic"), "\u0301",
                          ("Са\u0301нкції тре\u0301ба поси\u0301лити.", "Санкції треба посилити, हिन्दी!",
                           "نَحْنُ نَدْعَمُ النـاتو", "Ми не підтримуємо g\u0308as, नाटो."),
                          ("Санкції треба посилити.", "नाटो हिन्दी 2\u0301 \u0301a"),
                          not_in_vocabulary=("са", "ह", "ن"), in_no_term="\u0301"),
    # A run of Chinese characters or kana is its pairs of characters ("支持北约" is "支持", "持北",
    # "北约", not one word); a Latin word inside stays a word, a handle whole, Korean by its words.
    "cjk": BatchReading((True, False, "german"), "北约",
                        ("我们坚定支持北约。", "NATO的未来，2024年！北约's",
                         "日本は「カナダ」を支持する @北约 나토를 지지한다", "北\u0301京 \U00020000中 Ukraine支持"),
                        ("我们坚定支持北约！", "我们反对北约东扩。"),
                        in_vocabulary=("支持", "北约", "nato", "年", "カナ", "나토를"),
                        not_in_vocabulary=("我们坚定支持北约", "nato的未来", "@北约"), read_alike=((0, 0),)),
    # The words of negation_words ("not", "scarcely") open a scope, and no others ("no", "never").
    "negation_words": BatchReading((True, False, "german"), "scarcely",
                                   ("We scarcely pump.", "Not pump, scarcely wind.", "No wind, never gas.",
                                    "Scarcely."),
                                   ("SCARCELY pump!", "Nie popieramy, no to nie."),
                                   in_vocabulary=("NOT_pump", "NOT_wind"), not_in_vocabulary=("NOT_gas",)),
    # A look-alike of the apostrophe between two letters is the apostrophe ("isn′t" is "is",
    # "not"), after a number or alone it is not (a prime stays out of every word).
    "lookalikes": BatchReading((True, False, "german"), "isn′t",
                               ("NATO isn′t united.", "We shouldn´t wait; 5′ 10″ tall.", "Kyivʹs won‛t, doesnʽt",
                                "can‵t hasnʻt ´twas e\u0301´s"),
                               ("NATO isn't united.", "NATO ISN′T UNITED!"),
                               in_vocabulary=("is not", "kyiv"), not_in_vocabulary=("isn", "shouldn"),
                               read_alike=((0, 0),)),
    # A name as the press writes it is the corpus's ("Suwalki" is "suwałki" folded, "Kiev" is
    # "kyiv", "Zelenskyy's" "zelensky"), Latin letters only (Ukrainian and Greek as written), and
    # English only: a German model reads "Suwałki" as written, as the analyzer does.
    "names": BatchReading((True, False, "german"), "Zelenskyy's",
                          ("Reinforcing Suwałki, the Suwalki gap.", "Zelenskyy's Kiev-based staff; KIEV, Київ її й ά.",
                           "Ło\u0301dź ǿ Æ ß Orbán ĦIJ", "@kiev Kyiv’s Zaporozhye, Zelenskiy"),
                          ("Reinforcing Suwalki, the Suwałki gap.", "Zelensky's Kyiv-based staff; KYIV"),
                          in_vocabulary=("kyiv",)),
}


@pytest.mark.parametrize(("at", "stem"), [
    pytest.param(at, stem, id=f"{option.name}-{stem}")
    for at, option in enumerate(ANALYZER_OPTIONS) for stem in BATCH_READINGS[option.name].stems])
def test_the_batch_paths_read_an_analyzer_option_as_the_analyzer_does(at, stem):
    # Training's fast featuriser and the batch index must read what the option changes as the
    # analyzer does, not fall back to the string paths; with the options before it on too.
    from stance.features import PROBES, FeatureIndex
    from stance.inference import _string_pairs
    from stance.parameters import ModelParameters
    from stance.text import make_analyzer
    from stance.tfidf import fit_tfidf

    reading = BATCH_READINGS[ANALYZER_OPTIONS[at].name]
    options = {**SPELLING_OPTIONS, "stem": stem, "invisibles": True,
               **{option.name: option.recorded for option in ANALYZER_OPTIONS[:at + 1]}}
    assert any(reading.marker in probe for probe in PROBES)
    texts = list(reading.texts)
    fitted = fit_tfidf(texts, options)
    assert fitted is not None  # the featuriser agrees with TfidfVectorizer over the analyzer
    _, vocabulary, idf = fitted
    assert set(reading.in_vocabulary) <= set(vocabulary) and not set(reading.not_in_vocabulary) & set(vocabulary)
    assert not (reading.in_no_term and any(reading.in_no_term in term for term in vocabulary))
    n = len(vocabulary)
    params = ModelParameters(vocabulary, idf, ("a", "b"), "sigmoid", np.zeros((n, 2)), np.zeros(2), np.full(2, 0.5),
                             None, options)
    index = FeatureIndex(params)
    assert index.supported
    probes = [*texts, *reading.probes, *PROBES]
    rows, columns, words, known = index.pairs_and_words(probes)
    # As a prediction reads: names on beside negation words not English's, of stem=False, is a
    # model saved by 0.13.0, which read names, as it was trained (ModelParameters.analysis_options).
    expected = _string_pairs(probes, make_analyzer(**params.analysis_options), params)
    if stem is not False:  # no model of 0.13.0 but stem=False's: read as trained ("Suwałki" as written, if German)
        trained = _string_pairs(probes, make_analyzer(**options), params)
        assert all(np.array_equal(got, want) for got, want in zip(expected, trained))
    assert sorted(zip(rows.tolist(), columns.tolist())) == sorted(zip(*expected[:2]))
    assert words.tolist() == expected[2].tolist() and known.tolist() == expected[3].tolist()
    for text, probe in reading.read_alike:
        assert sorted(columns[rows == text].tolist()) == sorted(columns[rows == len(texts) + probe].tolist())


def test_a_services_small_batches_come_to_the_batch_index(monkeypatch, energy_model, energy_frame):
    # classify_many of a few statements went one by one while no batch of more than SMALL_BATCH
    # had built the index: a service's requests of 16 statements never built it, and took
    # 2.2 ms each for good where the index answers them in 0.9 ms.
    import pickle

    import stance.model

    monkeypatch.setattr(stance.model, "ONE_BY_ONE_BEFORE_INDEX", 100, raising=False)
    model = pickle.loads(pickle.dumps(energy_model))  # a copy with no index built yet
    texts = energy_frame.text.head(16).tolist()
    singles = [model.classify(text) for text in texts]
    for _ in range(6):  # 96 statements answered one by one
        assert model.classify_many(texts) == singles
    assert model._features.value is None
    assert model.classify_many(texts) == singles  # the 112th: building the index is worth it now
    assert model._features.value is not None
    assert model.classify_many(texts) == singles
    # A stream of single statements (stance classify's standard input) never builds it: one
    # statement costs the index more than it costs alone.
    model = pickle.loads(pickle.dumps(energy_model))
    assert [model.classify_many([text])[0] for text in texts * 10] == singles * 10
    assert model._features.value is None


def test_a_few_long_statements_go_by_the_batch_index_once_it_is_built(monkeypatch, energy_model, energy_frame):
    # Batches of fewer than FEWEST_FOR_INDEX statements went one by one, the index built or
    # not, however long their text: a speech of 10,000 words took 71 ms so where the index,
    # built, reads it in 45 ms. Short ones still go one by one, which is faster for them.
    import pickle

    model = pickle.loads(pickle.dumps(energy_model))
    texts = energy_frame.text.tolist()
    speech = " ".join(texts * (2000 // sum(map(len, texts)) + 1))
    short = texts[:3]
    expected = [model.classify(text) for text in [speech, *short]]
    model.classify_many(texts * 2)  # more than SMALL_BATCH: builds the index
    assert model._features.value is not None
    one_by_one: list[str] = []
    classify = model._classify  # the handful's path (classify itself adds a warning: 471d195f)
    monkeypatch.setattr(model, "_classify", lambda text: one_by_one.append(text) or classify(text))
    assert model.classify_many([speech]) == expected[:1]
    assert model.classify_many([speech, *short[:2]]) == expected[:3]
    assert one_by_one == []
    assert model.classify_many(short) == expected[1:]
    assert one_by_one == short


def test_the_vectorizer_path_trains_the_fast_paths_length_floor(energy_frame, energy_model, monkeypatch):
    # Training falls back to TfidfVectorizer where its fast featuriser cannot follow the analyzer
    # (an option it does not know, or a disagreement on its probes). That path read the rows'
    # lengths after scaling (set_params(norm=None) after the fit reaches no transform): every
    # length 1, a length_floor near 1 for the fast path's 30 or so, and other label heads.
    import stance
    from stance import tfidf

    assert energy_model.params_.length_floor > 2  # a floor of raw TF-IDF lengths, far above a unit row's
    monkeypatch.setattr(tfidf, "fit_tfidf", lambda *args, **kwargs: None)
    fallback = stance.train(energy_frame, stance_column="stance")
    assert fallback.params_.vocabulary == energy_model.params_.vocabulary
    assert fallback.params_.length_floor == pytest.approx(energy_model.params_.length_floor, rel=1e-12)
    texts = energy_frame.text.tolist()
    np.testing.assert_allclose(fallback.predict_proba(texts), energy_model.predict_proba(texts), rtol=0, atol=1e-5)

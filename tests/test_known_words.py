"""A statement most of whose words the model does not know is flagged, on every path.

"Die NATO muss geschlossen bleiben." came back unity, against, confidence 1.00 and no flag:
"die" and "nato" are features of the English model, the German words are not, and the
answer rests on those two alone. Only text with no known word at all was flagged.
"""

from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import stance
from stance import inference
from stance.tables import read_table
from stance.text import is_blank, language, tokenize

ROOT = Path(__file__).resolve().parent.parent
# 70 statements in German, French, Polish, Spanish, Italian, Dutch and Russian, on NATO and
# other matters, written for measuring the threshold (see stance.prediction.KNOWN_WORDS_SHARE).
OTHER_LANGUAGES = Path(__file__).parent / "data" / "other_languages.csv"
FLAGGED = ("many_unknown_words", "no_known_words")


def test_a_mostly_foreign_statement_is_flagged_on_every_path(default_model, monkeypatch):
    texts = [
        "Die NATO muss geschlossen bleiben.",  # 2 of 5 words known: die, nato
        "We have a one-speed NATO.",
        "12345",
        "Deutschland wird seine Zusagen an die Ukraine nicht zurückziehen.",  # 6 of 9
        "",
    ]
    expected = ["many_unknown_words", None, "no_known_words", "many_unknown_words", "empty"]
    single = [default_model.classify(t) for t in texts]
    assert [p.flag for p in single] == expected
    assert default_model.classify_many(texts) == single  # a small batch: one at a time
    assert default_model.classify_many(texts * 20) == single * 20  # the batch index
    monkeypatch.setattr("stance.model.CHUNK_SIZE", 7)  # chunks that end mid-list
    assert default_model.classify_many(texts * 20) == single * 20
    scored = stance.score([*texts, None], model=default_model)
    assert scored.flag.tolist() == [*expected, "missing"]
    # The answer itself is left as it was: the flag only says what it rests on.
    assert scored.label[0] == single[0].label and scored.confidence[0] == single[0].confidence
    records = stance.score_document("We stand together. Die NATO muss geschlossen bleiben.",
                                    model=default_model).to_dict()["sentences"]
    assert [r["flag"] for r in records] == [None, "many_unknown_words"]


def test_the_share_of_known_words_decides_at_seventy_percent(tmp_path):
    model = stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
                                                      ["aid", "aid", "none", "none"])
    seven_of_ten = "more aid cut hello thanks more aid zzz qqq xxx"
    six_of_ten = "more aid cut hello thanks more yyy zzz qqq xxx"
    one_of_two = "aid zzz"
    texts = [seven_of_ten, six_of_ten, one_of_two]
    expected = [None, "many_unknown_words", "many_unknown_words"]
    assert [model.classify(t).flag for t in texts] == expected
    assert stance.score(texts, model=model).flag.tolist() == expected
    # Nothing about it is saved: a model saved and loaded again flags the same.
    loaded = stance.load(model.save(tmp_path / "aid"))
    assert [p.flag for p in loaded.classify_many(texts * 20)] == expected * 20


def test_the_threshold_separates_english_from_other_languages(default_model):
    # The measurement behind KNOWN_WORDS_SHARE: at most one English statement in a thousand
    # of the challenge and probe sets is flagged (2 of 4,652: short headlines made of words
    # the corpus never uses), and nearly every statement in another language is.
    english = pd.concat([read_table(ROOT / "datasets" / "challenge"), read_table(ROOT / "datasets" / "probes")])
    flags = stance.score(english["text"].tolist(), model=default_model).flag
    assert len(english) > 4000 and flags.isin(FLAGGED).mean() <= 0.001
    other = pd.read_csv(OTHER_LANGUAGES)
    assert len(other) >= 60 and other.language.nunique() == 7
    assert stance.score(other, model=default_model).flag.isin(FLAGGED).mean() >= 0.9


WORDS = ["nato", "die", "muss", "allies", "kyiv", "not", "zzzq", "Ukraine's", "won't", "2%", "3.5",
         "geschlossen", "the", "together", "Как", "🇺🇦", "l'OTAN", "@SecGenNATO", "@user_1", "https://t.co/4b3e865"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)),
                      min_size=1, max_size=6))
@example(batch=["@\u1ab0", "支持北约", "Са\u0301нкції", "@kyiv.bsky.social"])
@example(batch=["A´A", "NATO isn′t united."])
def test_every_path_counts_the_words_as_the_tokenizer_finds_them(default_model, batch):
    params = default_model.params_
    analyzer = default_model._analyzer_for(params)
    # Read as the model reads: the bundled model takes "`" and "’" for apostrophes ("a`b" is one
    # word), a link for no word and an @handle for one ("@0A" is "0a").
    options = params.analyzer_options
    # (and American spellings as British, "SKEPTIC" as "sceptic", "cannot" as "can not", a dotted
    # handle as one word, a combining mark as part of its word, a run of Chinese as its pairs:
    # read without the last three, "@" and a lone mark, "@᪰", was a word, where the model reads none)
    reading = language(options.get("stem", True), options.get("apostrophes", False), options.get("links", False),
                       options.get("spelling", False), options.get("invisibles", False), options.get("cannot", False),
                       options.get("handles", False), options.get("marks", False), options.get("cjk", False),
                       lookalikes=options.get("lookalikes", False), names=options.get("names", False))
    # (and, since 0.12.0 gave the bundled model lookalikes, "A´A" as one word: hypothesis drew it, read as two;
    # since 0.13.0 gave it names, a Latin letter without its diacritics)
    stems = [reading.stem(tokenize(text, reading.elisions, reading.apostrophes, reading.links, reading.invisibles,
                                   reading.cannot, reading.handles, reading.marks, reading.cjk, reading.lookalikes,
                                   reading.names))
             for text in batch]
    words = [len(s) for s in stems]
    known = [sum(stem in params.vocabulary_index for stem in s) for s in stems]
    fast = inference.tfidf_rows(batch, analyzer, params, default_model._feature_index(params))
    strings = inference.tfidf_rows(batch, analyzer, params)  # the path without the batch index
    for x in (fast, strings):
        assert x.words.tolist() == words and x.known_words.tolist() == known
    flags = inference.word_flags(fast)
    assert flags.tolist() == inference.word_flags(strings).tolist()
    for text, flag, n, k in zip(batch, flags, words, known):
        if not is_blank(text):  # blank text (spaces, or marks that show nothing) is "empty" by rule
            assert default_model.classify(text).flag == flag
            if flag is None:
                assert k >= 0.7 * n
            elif flag == "many_unknown_words":
                assert k < 0.7 * n

"""Text processing: negations and stance-bearing function words survive; stemming is cached."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from stance.text import CachedStemmer, make_analyzer, negation_features, normalize, strip_possessive, tokenize


def test_contractions_keep_the_negation():
    assert tokenize("We won't abandon Kyiv") == ["we", "will", "not", "abandon", "kyiv"]
    assert tokenize("They can't and don't") == ["they", "can", "not", "and", "do", "not"]
    assert tokenize("Estonia isn’t alone") == ["estonia", "is", "not", "alone"]


def test_stance_bearing_function_words_are_never_dropped():
    words = ["not", "no", "never", "alone", "together", "against", "all"]
    assert tokenize(" ".join(words)) == words
    features = make_analyzer(ngram_max=1, stem=True, negation=False)(" ".join(words))
    assert "not" in features and "no" in features and "never" in features and "against" in features


def test_numbers_and_percent_signs_are_tokens():
    expected = ["spend", "3.5", "%", "of", "gdp", "or", "2,000", "euros"]
    assert tokenize("Spend 3.5% of GDP, or 2,000 euros") == expected


def test_a_number_before_a_full_stop_is_the_number_on_every_python():
    # On Python 3.11.2 (Debian 12's python3) a possessive repeat of a group kept half an
    # iteration: "Article 5. Full stop." gave the token "5.", where 3.11.7 gives "5".
    assert tokenize("Yes, it supports Article 5. Full stop, 2,000. Then the hard-  line.") == [
        "yes", "it", "supports", "article", "5", "full", "stop", "2,000", "then", "the", "hard", "line"]


_EARLY_311 = Path("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")


@pytest.mark.skipif(sys.version_info[:2] != (3, 11) or not _EARLY_311.exists(), reason="no other libpython3.11 here")
def test_a_python_with_the_possessive_bug_reads_and_explains_as_any_other(tmp_path):
    # An R user's system2() set LD_LIBRARY_PATH (as Debian's R does), which made this Python
    # load the system's libpython 3.11.2 and its re: 101 of 5,000 statements scored otherwise (up
    # to 0.47 apart), one label changed, and `stance explain` failed with KeyError: 2059. Here
    # the same with that library: its engine is asked, not its version number.
    script = (
        "import json, re, sys, stance\n"
        "text = 'Yes, the coalition supports Article 5. Full stop. Next question.'\n"
        "buggy = re.match(r'\\d++(?:[.,]\\d++)*+', '5. 6').group() != '5'\n"
        "print(json.dumps([sys.version, buggy, stance.classify(text).to_dict(),\n"
        "                  stance.default_model().explain(text).to_dict(orient='list')]))\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                           env={**os.environ, **extra}) for extra in ({}, {"LD_LIBRARY_PATH": str(_EARLY_311.parent)})]
    assert all(run.returncode == 0 for run in runs), [run.stderr[-2000:] for run in runs]
    (version, _, *ours), (other_version, buggy, *theirs) = (json.loads(run.stdout) for run in runs)
    if other_version == version or not buggy:
        pytest.skip(f"the library loaded is {other_version.split()[0]}, whose re has no such bug")
    assert theirs == ours


def test_possessive_is_folded():
    assert tokenize("Ukraine's security") == ["ukraine", "security"]


def test_only_a_final_possessive_ending_is_dropped():
    # Either apostrophe, only at a word's end, once; an inner "'s" and a bare "s" stay.
    assert tokenize("Kyiv’s allies' O'sullivan's S.S.S. NATO's's") == \
        ["kyiv", "allies", "o'sullivan", "s", "s", "s", "nato's"]
    assert strip_possessive("alliance’s") == "alliance" and strip_possessive("s") == "s"


def test_normalize_folds_width_and_case():
    assert normalize("ＮＡＴＯ") == "nato"


def test_bigrams_follow_the_unigrams():
    assert make_analyzer(ngram_max=2, stem=False, negation=False)("one speed nato") == [
        "one", "speed", "nato", "one speed", "speed nato"]


def test_an_ngram_max_longer_than_the_text_costs_nothing():
    # n-grams longer than the text cannot exist, yet each n up to ngram_max was tried: an
    # ngram_max of ten million made one five-word statement take seconds (a billion, hours).
    import time

    from stance.explain import surface_terms

    text = "We must support Ukraine now"
    make_analyzer(ngram_max=5)(text), surface_terms(text, 5, True)  # what a first call imports is not timed
    # CPU time of this process, as in the other guards against runaway work: the wall clock of a
    # machine busy with other work made them fail now and then.
    started = time.process_time()
    features, terms = make_analyzer(ngram_max=10**6)(text), surface_terms(text, 10**6, True)
    assert time.process_time() - started < 0.5
    assert features == make_analyzer(ngram_max=5)(text) and len(features) == 5 + 4 + 3 + 2 + 1
    assert terms == surface_terms(text, 5, True)


def test_negation_scope_is_three_words():
    assert negation_features(["not", "a", "two", "speed", "nato"]) == ["NOT_a", "NOT_two", "NOT_speed"]


def test_stemmer_cache_stays_bounded_and_stems_past_its_limit(monkeypatch):
    # A service sees ever-new tokens (order numbers, handles): each stayed in the cache for good.
    from nltk.stem.snowball import SnowballStemmer

    import stance.text

    monkeypatch.setattr(stance.text, "STEM_CACHE_LIMIT", 50, raising=False)
    stemmer, snowball = CachedStemmer(), SnowballStemmer("english").stem
    words = [f"{word}{i}ing" for i in range(40) for word in ("runn", "ally")] + ["allies", "deterrence"]
    assert stemmer.many(words) == [snowball(word) for word in words]
    assert [stemmer(word) for word in ["nations", "defended", *words[:3]]] == [
        snowball(word) for word in ["nations", "defended", *words[:3]]]
    assert stemmer.many(["allies", "nations", "allies"]) == ["alli", "nation", "alli"]
    assert len(stemmer._cache) + len(stemmer._earlier) <= 50


def test_the_stemmer_cache_keeps_the_words_in_use_past_a_stream_of_new_ones(monkeypatch):
    # It kept the first tokens it met: once a service's stream of names and numbers had filled
    # it, every word met after them was stemmed again in every statement, for good (classify
    # 2.5 times, classify_many 6 times as slow after 600,000 made-up words).
    from nltk.stem.snowball import SnowballStemmer

    import stance.text

    monkeypatch.setattr(stance.text, "STEM_CACHE_LIMIT", 100, raising=False)
    stemmer, snowball = CachedStemmer(), SnowballStemmer("english").stem
    stemmed: list[str] = []
    monkeypatch.setattr(stemmer, "_stem", lambda token: stemmed.append(token) or snowball(token))
    stream = [f"user{i}zq" for i in range(1000)]
    for start in range(0, 500, 10):  # the cache fills with the stream
        stemmer.many([*stream[start:start + 10], "allies"])
    for start in range(500, 1000, 10):  # a word first met now, asked for in each statement
        assert stemmer.many([*stream[start:start + 10], "deterrence"]) == [
            *(snowball(word) for word in stream[start:start + 10]), "deterr"]
        assert stemmer("nations") == "nation"
    assert stemmed.count("deterrence") == stemmed.count("nations") == 1
    assert stemmed.count("allies") <= 1  # met again after the one before, however many passed
    assert len(stemmer._cache) + len(stemmer._earlier) <= 100


def _token_cache_of_200_counting(monkeypatch, model):
    """``model``'s batch index, with a fresh token cache of 200 words, and the list of the raw
    tokens it resolves (looks up and stems), each as it does."""
    import stance.features

    monkeypatch.setattr(stance.features, "RAW_CACHE_LIMIT", 200, raising=False)
    model.classify_many(["Wind farms now."] * 40)  # builds the batch path's index
    index = model._features.value[1]
    monkeypatch.setattr(index, "_raw", stance.features._TokenIds(index._resolve))
    resolved: list[str] = []
    resolve = index._raw._resolve
    monkeypatch.setattr(index._raw, "_resolve", lambda raw: resolved.append(raw) or resolve(raw))
    return index, resolved


def test_a_models_token_cache_keeps_the_words_in_use_past_a_stream_of_new_ones(monkeypatch, energy_model):
    # The batch path's cache of raw tokens kept the first ones met too: past them each word was
    # looked up and stemmed again in every batch (classify_many 6 times as slow, for good).
    index, resolved = _token_cache_of_200_counting(monkeypatch, energy_model)
    texts = [f"Order {i}x{i * 7919}zq from user{i}qz" for i in range(400)]
    for start in range(0, 400, 40):
        energy_model.classify_many(texts[start:start + 40])
    expected = [energy_model.classify(f"{text}: wind farms now.") for text in texts[400 - 40:]]
    assert energy_model.classify_many([f"{text}: wind farms now." for text in texts[400 - 40:]]) == expected
    for batch in range(3):
        start = 1000 + 40 * batch
        energy_model.classify_many([f"Order {i}x{i}zq from user{i}qz: wind farms now."
                                    for i in range(start, start + 40)])
    assert resolved.count("wind") <= 1 and resolved.count("farms") <= 1
    assert len(index._raw) + len(index._raw._earlier) <= 200


def test_passes_over_more_words_than_half_the_stemmer_cache_stem_each_once(monkeypatch):
    # A pipeline reading its 407,000 distinct words a second time (from 250,000 to 500,000, the
    # limit) stemmed most of them again, and in every pass after: each word found in the
    # generation before was moved up into the full current one, which turned the generations
    # and forgot the words of the one before not yet met again (24.2 s a pass against 19.4).
    from nltk.stem.snowball import SnowballStemmer

    import stance.text

    monkeypatch.setattr(stance.text, "STEM_CACHE_LIMIT", 100, raising=False)
    stemmer, snowball = CachedStemmer(), SnowballStemmer("english").stem
    stemmed: list[str] = []
    monkeypatch.setattr(stemmer, "_stem", lambda token: stemmed.append(token) or snowball(token))
    words = [f"nations{i}zq" for i in range(81)]  # past half the limit, within it
    for _ in range(3):
        for start in range(0, len(words), 9):
            assert stemmer.many(words[start:start + 9]) == [snowball(word) for word in words[start:start + 9]]
        assert [stemmer(word) for word in words] == [snowball(word) for word in words]
    assert sorted(stemmed) == sorted(words)  # each once
    assert len(stemmer._cache) + len(stemmer._earlier) <= 100
    # New words still turn the generations: the cache stays bounded, and keeps the words in use.
    for start in range(0, 300, 10):
        stemmer.many([*(f"user{i}qz" for i in range(start, start + 10)), "deterrence"])
    assert stemmed.count("deterrence") == 1 and len(stemmer._cache) + len(stemmer._earlier) <= 100


def test_passes_over_more_words_than_half_a_models_token_cache_resolve_each_once(monkeypatch, energy_model):
    index, resolved = _token_cache_of_200_counting(monkeypatch, energy_model)
    texts = [f"Order {i}x{i * 7919}zq from user{i}qz" for i in range(50)]  # 150 distinct tokens
    first = [energy_model.classify_many(texts[start:start + 10]) for start in range(0, 50, 10)]
    once = sorted(resolved)
    assert len(set(once)) == len(once) > 100
    for _ in range(2):
        assert [energy_model.classify_many(texts[start:start + 10]) for start in range(0, 50, 10)] == first
    assert sorted(resolved) == once
    assert len(index._raw) + len(index._raw._earlier) <= 200


def test_classifying_ever_new_tokens_keeps_the_stemmer_cache_bounded(monkeypatch):
    import stance
    import stance.text

    stance.classify("warm up")  # the shared cache holds what other tests put there
    stemmer = stance.text.shared_stemmer("english")
    limit = 2 * (len(stemmer._cache) + len(stemmer._earlier)) + 20
    monkeypatch.setattr(stance.text, "STEM_CACHE_LIMIT", limit, raising=False)
    texts = [f"Order {i}x{i * 7919}zq from user{i}qz: NATO must stand together." for i in range(200)]
    singles = [stance.classify(text) for text in texts]
    assert stance.classify_many(texts) == singles  # the fast path agrees past the limit
    assert len(stemmer._cache) + len(stemmer._earlier) <= limit


def test_stemmer_cache_returns_snowball_stems():
    stemmer = CachedStemmer()
    assert stemmer.many(["allies", "allies", "deterrence"]) == ["alli", "alli", "deterr"]
    assert stemmer("allies") == "alli"


def test_turkish_dotted_capital_i_is_the_plain_i():
    # "İ".lower() is "i" and a combining dot: "İstanbul" was split into "i" and "stanbul".
    assert tokenize("İstanbul, İLHAN, Istanbul") == ["istanbul", "ilhan", "istanbul"]
    assert make_analyzer(ngram_max=1, stem=False)("İzmir'in") == ["izmir'in"]


def test_a_dotted_capital_i_is_highlighted_as_one_word():
    from stance.explain import surface_terms

    assert surface_terms("İstanbul talks", 1, False) == [("istanbul", 0, 8), ("talks", 9, 14)]


def test_a_soft_hyphen_does_not_split_its_word():
    # Invisible on the page, it made "deter\xadrence" two words and moved the bundled
    # model's answer from deterrence to eastern_flank.
    assert tokenize("Wehr\u00adpflicht and deter\u00adrence") == ["wehrpflicht", "and", "deterrence"]
    import stance

    model = stance.default_model()
    text = "We must strengthen deterrence on the eastern flank."
    assert model.classify(text.replace("deterrence", "deter\u00adrence")).scores == model.classify(text).scores


def test_classifying_ever_new_long_tokens_keeps_them_out_of_the_caches(energy_model):
    # The caches count tokens, not their length: a service's stream of base64 blobs or words
    # run together by a bad text extraction kept each distinct 100 KB token for good, twice
    # (raw and stemmed), about 90 MB for 300 such statements and gigabytes before the count
    # limit was reached.
    import random
    import string

    import stance

    rng = random.Random(0)
    blobs = ["".join(rng.choices(string.ascii_lowercase, k=100_000)) for _ in range(20)]
    texts = [f"Wind farms now, {blob}" for blob in blobs]
    batch = energy_model.classify_many(texts * 2)  # past SMALL_BATCH: the batch path's raw-token cache
    assert batch[:20] == batch[20:] == [energy_model.classify(text) for text in texts]
    assert batch[0].label == energy_model.classify("Wind farms now.").label
    stems, raw = stance.text.shared_stemmer("english")._cache, energy_model._features.value[1]._raw
    assert [blob for blob in blobs if blob in stems or blob in raw] == []
    assert "wind" in raw  # an ordinary word is still remembered


def test_links_are_no_words_and_a_handle_is_one_word():
    # A social-media audit: "https://t.co/4b3e865" was read as "https", "t", "co", "4", "b",
    # "3", "e", "865" and "@user_8725" as "user" and "8725", words that every post with a
    # link or a handle shared and that moved its label.
    assert tokenize("RT @User_8725: NATO must stay united https://t.co/4b3e865", links=True) == [
        "rt", "user_8725", "nato", "must", "stay", "united"]
    addresses = ("See www.nato.int/cps/en, bit.ly/3xYz, t.co/4b3e865, pic.twitter.com/a1 or mail press@hq.nato.int; "
                 "HTTP://X.COM/A @user@mastodon.social")
    assert tokenize(addresses, links=True) == ["see", "or", "mail"]
    # A handle of letters is the word it was, possessive and all; what only looks like a link stays words.
    same = "@SecGenNATO's visit, #NATO and/or 2.5/10, U.S./EU, me@home, nato.int, Awww.so"
    assert tokenize(same, links=True) == tokenize(same) == [
        "secgennato", "visit", "nato", "and", "or", "2.5", "10", "u", "s", "eu", "me", "home", "nato", "int",
        "awww", "so"]
    assert tokenize("aggression:https://t.co/x1 (www.nato.int)", links=True) == ["aggression"]
    # Without the option, as every model saved before it: the pieces, as ever.
    assert tokenize("https://t.co/4b3e865 @user_1") == ["https", "t", "co", "4", "b", "3", "e", "865", "user", "1"]
    # A handle's underscore makes it no negation mark or opening word: it is counted as a word.
    from stance.text import word_count

    features = make_analyzer(negation=True, opening=True, links=True)("@user_1 @user_2 Bring the brigade home.")
    assert features[:6] == ["user_1", "user_2", "bring", "the", "brigad", "home"] and word_count(features) == 6


# An American and a British version of each statement: the words the option respells, and
# words around them it must not touch ("for", "major", "doctor", "size").
SPELT_TWO_WAYS = [
    ("We must spend more on defense.", "We must spend more on defence."),
    ("Congress should pass the defense bill now.", "Congress should pass the defence bill now."),
    ("Allies mobilized, prioritized the modernization of armored forces and organized a center for it.",
     "Allies mobilised, prioritised the modernisation of armoured forces and organised a centre for it."),
    ("A skeptical major favors the gray-zone program; the doctor's judgment: analyze its size toward 2030.",
     "A sceptical major favours the grey-zone programme; the doctor's judgement: analyse its size towards 2030."),
    ("Defense's honor, labor's neighbors: the theater of offenses traveled and signaled, fulfilled.",
     "Defence's honour, labour's neighbours: the theatre of offences travelled and signalled, fulfilled."),
]


@pytest.mark.parametrize("stem", [True, False, "english", "porter"])
@pytest.mark.parametrize(("american", "british"), SPELT_TWO_WAYS)
def test_american_spellings_are_read_as_british_ones(stem, american, british):
    # A user audit: "defense" and "defence" were two words ("defens", "defenc"), and the
    # bundled model, trained on British text, read "We must spend more on defense." as
    # against where "...defence." is favor.
    analyze = make_analyzer(stem=stem, negation=True, opening=True, spelling=True)
    assert analyze(american) == analyze(british)
    assert make_analyzer(stem=stem)(american) != make_analyzer(stem=stem)(british)  # as every model read them
    assert analyze(british) == make_analyzer(stem=stem, negation=True, opening=True)(british)  # British: as ever


def test_the_spelling_map_leaves_british_words_that_look_american_alone():
    # Rules ("-or" -> "-our", "-ize" -> "-ise") would break "for", "major", "doctor", "size";
    # an American spelling that is another British word stays what it is.
    from stance.spelling import american_to_british, british_words

    kept = ["for", "major", "doctor", "size", "seize", "prize", "tire", "tires", "meter", "meters", "check", "draft",
            "curb", "practice", "practices", "humoral", "honorary", "vigorous", "humorous", "licensed", "offensive",
            "defensive", "programmed", "sabotage", "story", "ton", "mold", "analog", "savory"]
    assert british_words(kept) == kept
    table = american_to_british()
    assert not set(table) & set(table.values())  # no British word is respelt, so no chain of respellings
    assert all(word == word.lower() and word.isalpha() for pair in table.items() for word in pair)
    assert british_words(["defense", "defenses", "offense", "license", "centered", "mobilization", "favorite",
                          "behavioral", "maneuvering", "toward", "aging", "catalogs", "enrollment", "counselor"]) == [
        "defence", "defences", "offence", "licence", "centred", "mobilisation", "favourite", "behavioural",
        "manoeuvring", "towards", "ageing", "catalogues", "enrolment", "counsellor"]


def test_the_spelling_map_respells_only_american_words_of_the_corpus(corpus_frame):
    # The corpus is British: of its words, the map may change only the few American ones it
    # holds (US wire copy, Canadian debates), and each to a word the corpus writes otherwise.
    from stance.spelling import american_to_british

    table = american_to_british()
    words = {word for text in corpus_frame.text.dropna() for word in tokenize(text)}
    respelt = sorted(words & set(table))
    assert respelt == [
        "apologize", "armored", "authorization", "center", "centerpiece", "characterize", "criticized", "defense",
        "favor", "honor", "honoring", "immobilized", "judgment", "judgments", "labor", "militarization",
        "mobilization", "mobilizing", "modernization", "modernizing", "neighborhood", "organization",
        "organizations", "organized", "program", "programs", "recognized", "saber", "subsidizes", "toward"]


@pytest.mark.parametrize("stem", ["spanish", "german", "french", "italian"])
def test_spelling_respells_english_only(stem):
    # Spanish "por favor" is no American "favour"; a model stemming in another language
    # records the option off, and its analyzer reads as without it.
    from stance.text import language

    assert language(stem, spelling=True).spelling is False and language(True, spelling=True).spelling is True
    text = "Por favor, la defense del centro; Die Organization ist gut."
    assert make_analyzer(stem=stem, spelling=True)(text) == make_analyzer(stem=stem)(text)
    assert "favor" in make_analyzer(ngram_max=1, stem="spanish", spelling=True)("Por favor")


def test_importing_stance_builds_no_spelling_map():
    # The map is built on first use: `import stance` stays cheap.
    import subprocess
    import sys

    code = ("import stance, stance.spelling as s; before = s.american_to_british.cache_info().currsize; "
            "stance.text.make_analyzer(spelling=True)('defense'); "
            "print(before, s.american_to_british.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "1"]


def test_the_spelling_map_is_the_one_format_8_models_were_saved_with():
    # The map is part of how a saved model reads text, and the model records no more than
    # spelling=True: a word added to it would change saved models' predictions unannounced.
    import hashlib

    from stance.spelling import FORMAT_8_MAP_SHA256, american_to_british

    pairs = json.dumps(sorted(american_to_british().items())).encode()
    assert hashlib.sha256(pairs).hexdigest() == FORMAT_8_MAP_SHA256


# Invisible format characters that text pasted from a web page or a word processor holds inside
# a word: a zero-width space, a word joiner, a byte-order mark (a zero-width no-break space), a
# zero-width joiner and non-joiner, a left-to-right mark; and the bidirectional controls.
INSIDE_A_WORD = {"ZWSP": "\u200b", "WJ": "\u2060", "BOM": "\ufeff", "ZWJ": "\u200d", "ZWNJ": "\u200c",
                 "LRM": "\u200e", "RLM": "\u200f", "LRE": "\u202a", "RLO": "\u202e", "FSI": "\u2068", "PDI": "\u2069"}
EVERY_OPTION = {"negation": True, "opening": True, "apostrophes": True, "links": True, "spelling": True}


@pytest.mark.parametrize("mark", INSIDE_A_WORD.values(), ids=INSIDE_A_WORD.keys())
def test_a_word_holding_an_invisible_format_character_reads_as_the_word(mark):
    # "More support for Ukr\u200baine now" was "ukr" and "aine" to the bundled model, two unknown
    # words: its answer for Ukraine fell. With invisibles the features are those of the words
    # typed without the character, in every path of the analyzer.
    typed = "More support for Ukraine's defense now, not NATO's https://t.co/4b3e865 @user_1"
    written = (f"More sup{mark}port for Ukr{mark}aine's defense now, not NA{mark}TO's "
               f"https://t.co/4b{mark}3e865 @us{mark}er_1")
    for options in ({}, EVERY_OPTION):
        assert make_analyzer(invisibles=True, **options)(written) == make_analyzer(**options)(typed)
        assert tokenize(written, invisibles=True) == tokenize(typed)
    assert normalize(f"Ukr{mark}aine", invisibles=True) == "ukraine"
    # Without the option, as models saved before it read text: the character parts the word.
    assert tokenize(f"Ukr{mark}aine") == ["ukr", "aine"]


def test_invisible_characters_are_dropped_where_the_explanation_finds_them():
    # folded_with_origins is how an explanation finds where a word is written: a dropped
    # character folds to nothing, as a soft hyphen does, so the word around it spans it.
    from stance.text import folded_with_origins

    text = "\ufeffKy\u200biv\u00ad and NA\u2060TO\u200e: Ｗe \u2066stand\u2069"
    folded, origins = folded_with_origins(text, apostrophes=True, invisibles=True)
    assert folded == normalize(text, apostrophes=True, invisibles=True) == "kyiv and nato: we stand"
    assert len(origins) == len(folded)
    assert "".join(normalize(text[origin]) for origin in origins) == folded  # each from the character folded
    assert origins[:4] == [1, 2, 4, 5]  # "kyiv", past the byte-order mark and the zero-width space
    kept, kept_origins = folded_with_origins(text)  # without the option: every character as before
    assert kept == normalize(text) and "\u200b" in kept and len(kept_origins) == len(kept)


def test_the_invisible_format_characters_are_the_ones_that_show_nothing():
    # The option drops every format character (Unicode category Cf) but the soft hyphen, which
    # is dropped whatever the option, and those that show (the Arabic and Syriac number signs);
    # a fixed list, so that a model reads the same characters under a Python of a later Unicode.
    import sys
    import unicodedata

    from stance.text import _VISIBLE_FORMAT, INVISIBLE_FORMAT, TOKEN_PATTERN, shows_nothing

    listed = set(INVISIBLE_FORMAT)
    assert len(listed) == len(INVISIBLE_FORMAT) and set(INSIDE_A_WORD.values()) <= listed
    # Each is a format character, or unassigned in this Python's Unicode (Egyptian controls of 15.0).
    assert {unicodedata.category(char) for char in listed} <= {"Cf", "Cn"}
    assert all(shows_nothing(char) or unicodedata.category(char) == "Cn" for char in listed)
    assert not listed & _VISIBLE_FORMAT and "\u00ad" not in listed
    every = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert every - listed == {"\u00ad", *_VISIBLE_FORMAT} & every
    # None is a word's letter to the tokenizer, nor a space: dropped, none joins what str.split()
    # or a sentence's spaces part.
    assert not any(TOKEN_PATTERN.match(char) or char.isspace() for char in listed)


# "cannot" as a statement writes it: any case, fullwidth (NFKC folds it), with a zero-width
# space inside (dropped with invisibles), before punctuation or a closing quote.
CANNOT_WRITTEN = ["cannot", "Cannot", "CANNOT", "ｃａｎｎｏｔ", "can\u200bnot"]


@pytest.mark.parametrize("written", CANNOT_WRITTEN)
def test_cannot_reads_as_can_not_as_cant_does(written):
    # "We cannot leave the Baltic states undefended." was against to the bundled model and "We
    # can not leave…" favor: "cannot" was one token, so no negation's scope opened after it,
    # where "can't" always was "can not". With the option it is "can not" in every path.
    text = f"We {written} leave the Baltic states undefended, ‘we {written}’."
    typed = "We can not leave the Baltic states undefended, ‘we can not’."
    for options in ({"invisibles": True}, {**EVERY_OPTION, "invisibles": True}):
        assert make_analyzer(cannot=True, **options)(text) == make_analyzer(**options)(typed)
        assert make_analyzer(cannot=True, **options)(text) == make_analyzer(**options)(text.replace(written, "can't"))
    features = make_analyzer(negation=True, cannot=True, invisibles=True)(text)
    assert "NOT_leav" in features and "can not" in features
    assert tokenize(text, invisibles=True, cannot=True)[:4] == ["we", "can", "not", "leave"]
    # Without the option, as models saved before it read text: one word, no negation after it.
    assert tokenize(text, invisibles=True)[:3] == ["we", "cannot", "leave"]
    assert "NOT_leav" not in make_analyzer(negation=True, invisibles=True)(text)


# Posts that open or close with a dotted handle: Bluesky's, a custom domain's, a Mastodon one,
# in another case, before a full stop or a possessive, with hyphens inside its parts.
DOTTED_HANDLES = {
    "@ukraine.bsky.social Great interview this morning.": "ukraine.bsky.social",
    "Thanks @NATO.int.": "nato.int",
    "Thanks @nato.int's team!": "nato.int",
    "@rutte@mastodon.social See you tomorrow.": "rutte@mastodon.social",
    "Read @the-kyiv-independent.bsky.social: live now": "the-kyiv-independent.bsky.social",
    "(@example.com)": "example.com",
    "@user_8725.bsky.social!": "user_8725.bsky.social",
}


@pytest.mark.parametrize(("text", "handle"), DOTTED_HANDLES.items())
def test_a_dotted_handle_is_one_word_with_handles(text, handle):
    # "@ukraine.bsky.social Great interview this morning." was ukraine_support 0.495 to the
    # bundled model (0.0025 without the handle): the handle was cut at its dots into "ukraine",
    # "bsky" and "social", and a Mastodon one read as an e-mail address. With the option it is
    # one word, as the README says an @handle is: lower case, without its "@", its dots kept.
    tokens = tokenize(text, links=True, handles=True)
    assert handle in tokens and not any(token != handle and token in handle.split(".") for token in tokens)
    without = re.sub(re.escape("@" + handle) + "(?:'s)?", "", text, flags=re.IGNORECASE)
    assert [t for t in tokens if t != handle] == tokenize(without, links=True)  # the rest read as it was
    # Without the option, as models saved before it read text: the handle is cut at its dots
    # (a Mastodon one is no word at all).
    assert handle not in tokenize(text, links=True)
    # Without links no "@" starts a token, and the option has nothing to read.
    assert tokenize(text, handles=True) == tokenize(text)


def test_what_is_no_dotted_handle_reads_as_before():
    # An e-mail address, a link to a profile, a handle without a dot (its hyphen parts it, as
    # before), an "@" after a word, and a full stop that ends the sentence are what they were.
    text = ("Mail press@nato.int or see https://bsky.app/profile/ukraine.bsky.social, @nato-led "
            "me@home @nato. Done")
    assert tokenize(text, links=True, handles=True) == tokenize(text, links=True) == [
        "mail", "or", "see", "nato", "led", "me", "home", "nato", "done"]
    features = make_analyzer(handles=True, **EVERY_OPTION)("@Ukraine.bsky.social Great interview.")
    assert features[:2] == ["ukraine.bsky.soci", "great"] and "ukrain" not in features


# The audit's texts, as the analyzer read them before the marks option and as it reads them with it.
MARKED = {
    # Stress marks (U+0301) of teaching texts and dictionaries: dropped, the word as a reader sees it.
    "Са\u0301нкції тре\u0301ба поси\u0301лити": (["са", "нкції", "тре", "ба", "поси", "лити"],
                                               ["санкції", "треба", "посилити"]),
    # Arabic harakat and a tatweel (a letter to Python, a word of its own): dropped, as readers ignore them.
    "نَحْنُ نَدْعَمُ نـحن": (["ن", "ح", "ن", "ن", "د", "ع", "م", "نـحن"], ["نحن", "ندعم", "نحن"]),
    # Hindi's vowel signs and viramas are its letters: kept in the word.
    "हिन्दी नाटो": (["ह", "न", "द", "न", "ट"], ["हिन्दी", "नाटो"]),
    # A Latin letter with a mark NFKC has no letter for keeps it; a mark after a digit is in no word.
    "g\u0308as 2\u0301": (["g", "as", "2"], ["g\u0308as", "2"]),
    # A variation selector (an emoji's colour) after a word is dropped, not a part of it, as before.
    "Ukraine\ufe0f 🇺🇦\ufe0f 1\ufe0f\u20e3": (["ukraine", "1"], ["ukraine", "1"]),
}


@pytest.mark.parametrize(("text", "before", "since"), [(t, *read) for t, read in MARKED.items()])
def test_a_combining_mark_is_part_of_its_word_with_marks(text, before, since):
    # A model trained on Ukrainian labelled "Санкції треба посилити." sanctions/favor 0.90 and
    # the same text with stress marks neutral, no known word: [^\W\d_] counts no combining mark
    # (Mn, Mc, Me) as a letter, so each word was parted at its marks. With the option a word is
    # letters and the marks after them, those that only annotate pronunciation dropped.
    analyzer = make_analyzer(ngram_max=1, stem=False, marks=True)
    assert make_analyzer(ngram_max=1, stem=False)(text) == tokenize(text) == before  # as models saved before it
    assert analyzer(text) == tokenize(text, marks=True) == since
    assert analyzer(text.replace("\u0301", "")) == analyzer(text) or "\u0301" not in text


def test_marks_keep_a_bulgarian_letter_and_read_stemmed_words_without_harakat():
    # NFKC composes a grave on "и" into "ѝ" (Bulgarian "her", not "и", "and") before the stress
    # marks are dropped, so that the letter stays as typed either way; Arabic stems alike with
    # and without its harakat.
    assert tokenize("и\u0300 ѝ и", marks=True) == ["ѝ", "ѝ", "и"]
    arabic = make_analyzer(ngram_max=1, stem="arabic", marks=True)
    assert arabic("نَحْنُ نَدْعَمُ") == arabic("نحن ندعم") == make_analyzer(ngram_max=1, stem="arabic")("نحن ندعم")
    assert make_analyzer(ngram_max=1, stem="arabic")("نَحْنُ نَدْعَمُ") == ["ن", "ح", "ن", "ن", "د", "ع", "م"]


def test_only_the_word_cannot_reads_as_two():
    # A word that merely holds "cannot" is the word it is, and so is an @handle (a name) with
    # links; "cannot" beside a digit, an underscore or a hash sign is the word the tokenizer finds.
    text = "Cannoting cannotx xcannot cannot's @cannot #cannot cannot2 cannot_ can'not"
    assert tokenize(text) == ["cannoting", "cannotx", "xcannot", "cannot", "cannot", "cannot", "cannot", "2",
                              "cannot", "can'not"]
    assert tokenize(text, cannot=True) == ["cannoting", "cannotx", "xcannot", "cannot", "can", "not", "can", "not",
                                           "can", "not", "2", "can", "not", "can'not"]
    assert tokenize(text, links=True, cannot=True) == ["cannoting", "cannotx", "xcannot", "cannot", "cannot", "can",
                                                       "not", "can", "not", "2", "can", "not", "can'not"]
    assert normalize("CANNOT", cannot=True) == "can not" and normalize("CANNOT") == "cannot"


def test_the_marks_class_holds_every_combining_mark_of_this_pythons_unicode():
    # The class of marks reads only the planes marks are in (the first two and plane 14's
    # variation selectors), since reading all seventeen cost the bundled model's load 0.15 s:
    # a Unicode version that put a mark elsewhere must show here, against a read of them all.
    import sys
    import unicodedata

    from stance.text import _marks_classes

    bmp, astral = _marks_classes()
    found = re.compile(f"[{bmp}]|[{astral}]")
    every_mark = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code))[0] == "M"]
    assert len(every_mark) > 2000
    assert all(found.fullmatch(mark) for mark in every_mark)
    assert found.search("".join(chr(code) for code in range(0x20000, sys.maxunicode + 1)
                                if unicodedata.category(chr(code))[0] != "M")) is None


def test_words_are_counted_alike_in_any_script_and_marks_alone_are_none():
    # From an audit: count_words counted a piece of marks alone as a word, but not in a text with
    # Chinese characters ("NATO !!" 2, "北约 !!" 1), and "\x00", which is_blank calls blank, as 1;
    # None raised AttributeError.
    from stance.text import count_words, is_blank

    assert [count_words(text) for text in ("NATO !!", "北约 !!", "NATO — 2%", "We act , now .", "\x00 \u200b")] == [
        1, 1, 2, 3, 0]
    assert is_blank("\x00") and count_words("\x00") == count_words(" !! ") == count_words("") == 0
    with pytest.raises(TypeError, match=r"^count_words: text must be a str, got NoneType$"):
        count_words(None)


def test_make_analyzer_takes_a_language_name_for_negation_words_as_models_do():
    # A researcher's audit: negation_words='polish' was read letter by letter ('p', 'o', 'l'…) and marked nothing,
    # where a model's negation_words='polish' marks after Polish's; a name no language has is refused, as there
    polish = make_analyzer(ngram_max=1, stem=False, negation=True, negation_words="polish")
    assert polish("Nie popieramy tego") == ["nie", "popieramy", "tego", "NOT_popieramy", "NOT_tego"]
    assert make_analyzer(ngram_max=1, stem=False, negation=True, negation_words="Polish")("Nigdy więcej") == [
        "nigdy", "więcej", "NOT_więcej"]
    assert make_analyzer(ngram_max=1, stem=False, negation=True, negation_words=["nie"])("Nie popieramy") == [
        "nie", "popieramy", "NOT_popieramy"]
    with pytest.raises(ValueError, match="negation_words must be None, a language name or a list of words"):
        make_analyzer(ngram_max=1, stem=False, negation=True, negation_words="nie")


def test_a_lookalike_of_the_apostrophe_between_letters_is_read_as_it(energy_model, default_model):
    # An audit of OCR'd and scraped text: "NATO isn′t united." (a prime for the apostrophe) was
    # "isn" and "t", its negation lost, none where "NATO isn't united." is unity against; so
    # with an acute accent and the other look-alikes. Only between letters: 5′ 10″ stays.
    from stance.text import make_analyzer, tokenize

    for mark in "′´‛ʽ‵ʹʻ":
        assert tokenize(f"NATO isn{mark}t united", lookalikes=True) == ["nato", "is", "not", "united"], mark
        assert (make_analyzer(negation=True, lookalikes=True)(f"We shouldn{mark}t support Ukraine.")
                == make_analyzer(negation=True)("We shouldn't support Ukraine.")), mark
        assert tokenize(f"NATO isn{mark}t united") != ["nato", "is", "not", "united"], mark  # as models before it
    for text in ("5′ 10″ tall, 45′ later", "´twas", "Ukraine′", "e\u0301´s and é´s"):
        assert tokenize(text, lookalikes=True) == tokenize(text.replace("´s", "'s")), text
    # A model trained with the defaults reads them so, and the bundled model since 0.12.0
    # (format 16; saved before the option, it parted the word).
    assert energy_model.get_params()["lookalikes"] is True
    proba = energy_model.predict_proba(["Gas isn′t cheap.", "Gas isn't cheap.", "Gas isn´t cheap.", "Gas isn t cheap."])
    assert proba[0].tobytes() == proba[1].tobytes() == proba[2].tobytes() != proba[3].tobytes()
    assert default_model.get_params()["lookalikes"] is True
    bundled = default_model.predict_proba(["NATO isn′t united.", "NATO isn't united.", "NATO isn t united."])
    assert bundled[0].tobytes() == bundled[1].tobytes() != bundled[2].tobytes()
    assert default_model.classify("NATO isn′t united.").labels == ("unity",)


def test_press_spellings_of_names_are_read_as_the_corpus_writes_them():
    # The corpus writes "Suwałki" (159 rows, no "Suwalki"), "Kyiv" (1,140, 4 "Kiev") and
    # "Zelensky" (82, no "Zelenskyy"); the press strips the diacritics and writes older or
    # other transliterations, and "Reinforcing Suwalki must be the first priority." was none
    # where "…Suwałki…" was eastern_flank: the model lost its strongest cue.
    from stance.explain import surface_terms

    english = make_analyzer(ngram_max=1, negation=True, apostrophes=True, links=True, names=True)
    for press, corpus in (("Suwalki", "Suwałki"), ("Zelenskyy's visit", "Zelensky's visit"),
                          ("Zelenskiy, Zelenskyi, Zelenski", "Zelensky, Zelensky, Zelensky"),
                          ("a Kiev-based firm", "a Kyiv-based firm"), ("KIEV", "Kyiv"), ("Kyyiv", "Kyiv"),
                          ("Orban and Erdogan", "Orbán and Erdoğan"), ("Turkiye", "Türkiye"),
                          ("Adazi, Amari, Siauliai, Rzeszow", "Ādaži, Ämari, Šiauliai, Rzeszów"),
                          ("Constanta, Kogalniceanu, Chisinau", "Constanța, Kogălniceanu, Chișinău"),
                          ("Kishinev", "Chișinău"),
                          ("Kharkov, Odessa, Lvov, Lugansk", "Kharkiv, Odesa, Lviv, Luhansk"),
                          ("the Donbass, Zaporozhye, Zaporizhia", "the Donbas, Zaporizhzhia, Zaporizhzhia"),
                          ("Nikolaev, Nikolayev, Chernigov, Sebastopol", "Mykolaiv, Mykolaiv, Chernihiv, Sevastopol"),
                          ("Lukashenka of Byelorussia, Belorussia", "Lukashenko of Belarus, Belarus"),
                          ("Tallin; Syrsky, Syrskiy; Navalnyi", "Tallinn; Syrskyi, Syrskyi; Navalny"),
                          ("Gdansk, Krakow; a Łódź ĦAĦ ıđø", "Gdańsk, Kraków; a Lodz HAH ido")):
        assert english(press) == english(corpus), press
        assert make_analyzer(ngram_max=1, names=False)(press) != make_analyzer(ngram_max=1, names=False)(corpus), press
    assert tokenize("Suwałki Kraków", names=True) == ["suwalki", "krakow"]
    assert normalize("Łódź, Chișinău", names=True) == "lodz, chisinau"
    # One character for one (the spans of an explanation), and only the Latin letters: Ukrainian,
    # Russian and Greek text is read as before, and so are æ, œ, ß, þ, ð and the ASCII text.
    for text in ("Київ її й ά", "Рада підтримує, ё", "Æsir œuvre Straße þorn ðe", "Ukraine's Kiev-ish NATO, 5%!"):
        assert normalize(text, names=True) == normalize(text), text
    assert make_analyzer(names=True)("Київ її й ά") == make_analyzer()("Київ її й ά")
    assert make_analyzer(names=True)("The press writes it so.") == make_analyzer()("The press writes it so.")
    # Another language's model reads names as written, as the spelling option respells English only.
    assert make_analyzer(stem="german", names=True)("Kraków") == make_analyzer(stem="german")("Kraków")
    # stem=False is English to it, as to spelling, but for another language's negation words (Polish ones here).
    assert make_analyzer(ngram_max=1, stem=False, negation=True, negation_words=["nie", "żaden"], names=True)(
        "Żaden kraj") == ["żaden", "kraj", "NOT_kraj"]
    assert make_analyzer(ngram_max=1, stem=False, negation=True, names=True)("Kraków, not Krakow") == [
        "krakow", "not", "krakow", "NOT_krakow"]
    # An explanation shows each word where it is written.
    text = "Reinforcing Suwalki, Suwałki and Zelenskyy's Kiev-based staff."
    terms = surface_terms(text, 1, True, names=True)
    assert [(term, text[start:end]) for term, start, end in terms if term in ("suwalki", "zelenski", "kyiv")] == [
        ("suwalki", "Suwalki"), ("suwalki", "Suwałki"), ("zelenski", "Zelenskyy's"), ("kyiv", "Kiev")]
    assert surface_terms("Zelensky", 1, True, names=False) == [("zelenski", 0, 8)]


def test_a_model_trained_with_names_reads_a_press_spelling_as_the_corpus_spelling(energy_frame):
    import pandas as pd

    import stance

    gap = ["The Suwałki gap must be defended.", "Reinforce the Suwałki corridor now.",
           "Troops near Suwałki keep the gap closed.", "Suwałki is the weak point of the flank.",
           "More brigades for Suwałki.", "Close the Suwałki gap for good."]
    frame = pd.concat([energy_frame[["text", "labels", "stance"]],
                       pd.DataFrame({"text": gap, "labels": "flank", "stance": "favor"})], ignore_index=True)
    texts = ["Reinforcing Suwalki must be the first priority.", "Reinforcing Suwałki must be the first priority.",
             "Reinforcing SUWALKI must be the first priority."]
    model = stance.train(frame, stance_column="stance")
    assert model.get_params()["names"] is True and model.params_.analyzer_options["names"] is True
    proba = model.predict_proba(texts)
    assert proba[0].tobytes() == proba[1].tobytes() == proba[2].tobytes()
    assert model.classify(texts[0]).label == model.classify(texts[1]).label == "flank"
    old = stance.train(frame, stance_column="stance", names=False)
    assert "names" not in old.params_.analyzer_options
    proba = old.predict_proba(texts)
    assert proba[0].tobytes() != proba[1].tobytes()


def test_the_names_map_is_the_one_format_17_models_are_saved_with():
    # The map and the letters folded are part of how a saved model reads text, and the model
    # records no more than names=True: a pair added would change saved models' predictions unannounced.
    import hashlib

    from stance.name_spellings import FORMAT_17_FOLD_SHA256, FORMAT_17_MAP_SHA256, folded_letters, press_to_corpus

    pairs = json.dumps(sorted(press_to_corpus().items())).encode()
    assert hashlib.sha256(pairs).hexdigest() == FORMAT_17_MAP_SHA256
    letters = json.dumps(sorted(folded_letters().items())).encode()
    assert hashlib.sha256(letters).hexdigest() == FORMAT_17_FOLD_SHA256
    # Each target is the corpus's spelling, read as the option reads it; no key is one.
    assert not set(press_to_corpus()) & set(press_to_corpus().values())


def test_the_bundled_model_reads_a_name_as_the_press_writes_it_as_the_corpus_spelling(default_model):
    # 0.12.0's bundled model read "Reinforcing Suwalki must be the first priority." as none
    # (0.59), where "…Suwałki…" is eastern_flank: the corpus writes the one, the press the
    # other. Since 0.13.0 it is trained with names=True (format 17), and each pair is one text
    # to it, to the last bit.
    assert default_model.get_params()["names"] is True and default_model.params_.analyzer_options["names"] is True
    pairs = [("Reinforcing Suwalki must be the first priority.", "Reinforcing Suwałki must be the first priority."),
             ("We will give Zelenskyy everything he asks for.", "We will give Zelensky everything he asks for."),
             ("Weapons for KIEV are being delayed again.", "Weapons for Kyiv are being delayed again."),
             ("Orban blocked the package again.", "Orbán blocked the package again."),
             ("Rotate the jets through Amari and Siauliai.", "Rotate the jets through Ämari and Šiauliai.")]
    for press, corpus in pairs:
        proba = default_model.predict_proba([press, corpus])
        assert proba[0].tobytes() == proba[1].tobytes(), press
        said, written = default_model.classify(press), default_model.classify(corpus)
        assert (said.labels, said.stance, said.confidence) == (written.labels, written.stance, written.confidence)
    assert default_model.classify(pairs[0][0]).label == "eastern_flank"
    # A letter of another script is not folded: Ukrainian "Київ", "її" and "й" are read as written.
    words = default_model._analyzer_for(default_model.params_)("Київ її й Suwałki")
    assert words[:4] == ["київ", "її", "й", "suwalki"]


def _python_3_10_refuses(pattern: re.Pattern) -> bool:
    """Whether ``pattern`` holds a possessive repeat or an atomic group, which Python 3.10's re
    cannot compile ("multiple repeat")."""
    from re import _parser  # what re.compile parses with, on the 3.11+ running the tests

    def refused(items) -> bool:
        for op, arg in items:
            if str(op) in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP"):
                return True
            parts = arg if isinstance(arg, (list, tuple)) else [arg]
            for part in parts:
                if isinstance(part, _parser.SubPattern) and refused(part):
                    return True
                if isinstance(part, list) and part and all(isinstance(p, _parser.SubPattern) for p in part) \
                        and any(refused(p) for p in part):
                    return True
        return False

    return refused(_parser.parse(pattern.pattern, pattern.flags))


def test_every_pattern_outside_the_possessive_switch_compiles_on_python_3_10():
    # A review of the linear-time rewrites of the label and WebVTT voice patterns: they read spaces
    # with "\s*+", "[ \t]++", which Python 3.10 (which stance supports) cannot compile, so that
    # "import stance" failed there with re.error. Possessive repeats belong to stance.text's
    # POSSESSIVE switch only, which gives 3.10 the same patterns without them.
    import contextlib
    import importlib
    import pkgutil

    import stance
    import stance.text

    if sys.version_info < (3, 11):  # 3.10 compiles no possessive repeat: importing each module compiles its own
        for module_info in pkgutil.iter_modules(stance.__path__, "stance."):
            importlib.import_module(module_info.name)
        return
    assert _python_3_10_refuses(re.compile(r"a\s*+b")) and _python_3_10_refuses(re.compile(r"(?:x|(?>y))"))
    assert not _python_3_10_refuses(re.compile(r"a\s*(?!\s)b|(?=(c+))\1"))
    # stance.text's switched patterns and pieces, and what other modules build of them
    switched = []
    for value in vars(stance.text).values():
        with contextlib.suppress(TypeError, re.error):
            if _python_3_10_refuses(value if isinstance(value, re.Pattern) else re.compile(value)):
                switched.append(value.pattern if isinstance(value, re.Pattern) else value)
    assert "HANDLE" not in switched and stance.text.HANDLE.pattern in switched
    refused = []
    for module_info in pkgutil.iter_modules(stance.__path__, "stance."):
        if module_info.name in ("stance.text", "stance.__main__"):
            continue
        module = importlib.import_module(module_info.name)
        refused += [f"{module_info.name}.{name}" for name, value in vars(module).items()
                    if isinstance(value, re.Pattern) and _python_3_10_refuses(value)
                    and not any(piece in value.pattern for piece in switched)]
    assert refused == []

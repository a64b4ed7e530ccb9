"""Text processing: negations and stance-bearing function words survive; stemming is cached."""

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


def test_negation_scope_is_three_words():
    assert negation_features(["not", "a", "two", "speed", "nato"]) == ["NOT_a", "NOT_two", "NOT_speed"]


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

"""Models of other languages: ``stem`` naming a Snowball language."""

import json
import warnings

import numpy as np
import pandas as pd
import pytest

import stance
from stance import StanceModel
from stance.cli import main
from stance.exceptions import COMMAND_LINE, InvalidInputError, ModelFormatError
from tests.conftest import DATA

# Two German targets and an off-topic label; the forms the tests ask about ("Sanktion",
# "Wehrpflichtige") are never in the training rows.
GERMAN = [
    ("Wir brauchen mehr Sanktionen gegen das Regime.", "sanktionen", "favor"),
    ("Die Sanktionen müssen verschärft werden.", "sanktionen", "favor"),
    ("Neue Sanktionen schaden nur unserer Wirtschaft.", "sanktionen", "against"),
    ("Die Sanktionen gehören sofort aufgehoben.", "sanktionen", "against"),
    ("Die Wehrpflicht muss zurückkommen.", "wehrpflicht", "favor"),
    ("Ohne Wehrpflicht fehlen der Truppe die Soldaten.", "wehrpflicht", "favor"),
    ("Die Wehrpflicht ist ein teurer Irrweg.", "wehrpflicht", "against"),
    ("Zurück zur Wehrpflicht? Auf keinen Fall.", "wehrpflicht", "against"),
    ("Die Sitzung ist eröffnet.", "none", None),
    ("Ich danke für die Aufmerksamkeit.", "none", None),
]
TEXTS = [text for text, _, _ in GERMAN]
LABELS = [label for _, label, _ in GERMAN]
STANCES = [value for _, _, value in GERMAN]


def german_model(stem="german", **options) -> StanceModel:
    return StanceModel(stem=stem, threshold_folds=0, **options).fit(TEXTS, LABELS, stance=STANCES)


def test_a_german_model_reads_the_inflections_it_never_saw():
    # The English stemmer leaves "sanktion" and "sanktionen" apart (and so every German
    # plural and case ending): a word in another form than in training was unknown.
    singular = german_model().classify("Sanktion")
    assert singular.label == "sanktionen" and singular.flag is None
    assert german_model().classify("Die Wehrpflichtigen").label == "wehrpflicht"
    assert german_model(stem=True).classify("Sanktion").flag == "no_known_words"


def test_german_stemming_folds_sharp_s():
    analyze = stance.text.make_analyzer(ngram_max=1, stem="german")
    assert analyze("Straße Strasse STRASSE Straßen") == ["strass"] * 4


def test_english_by_name_is_the_model_true_gives():
    named, default = german_model(stem="english"), german_model(stem=True)
    assert named.params_.analyzer_options == default.params_.analyzer_options
    assert named.params_.vocabulary == default.params_.vocabulary
    assert named.params_.target_coef.tobytes() == default.params_.target_coef.tobytes()
    assert named.get_params()["stem"] == "english"  # the option as given, as scikit-learn's clone needs


@pytest.mark.parametrize("stem", ["deutsch", "Klingon", 1, None, "polish"])
def test_an_unknown_language_is_refused_with_the_valid_ones(stem):
    # A language Snowball has no stemmer for (Polish) was refused with the list alone, though
    # stem=False trains for it (the README's advice): the error now says so, and names the
    # negation words of such a language that NEGATION_WORDS has.
    polish = " \\(and negation_words='polish' gives Polish negation words\\)" if stem == "polish" else ""
    with pytest.raises(InvalidInputError, match=r"stem must be True, False or a Snowball language name, got .*"
                                                r"the languages are arabic, danish, .*german.*\(True is english\); "
                                                r"for another language pass stem=False, which trains without "
                                                rf"stemming{polish}$"):
        german_model(stem=stem)


RUSSIAN = ["НАТО должно помочь Украине.", "Мы против расширения НАТО.", "Погода сегодня хорошая.", "Опять дождь."] * 3
GREEK = ["Το ΝΑΤΟ πρέπει να βοηθήσει.", "Είμαστε κατά του ΝΑΤΟ.", "Ο καιρός είναι καλός.", "Βρέχει πάλι."] * 3
TOPICS = ["nato", "nato", "none", "none"] * 3


def _advice(texts, **options):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StanceModel(threshold_folds=0, **options).fit(texts, TOPICS[:len(texts)])
    return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]


def test_training_on_another_script_with_the_default_english_stemmer_is_warned_of():
    # Russian texts trained with the default stem=True gave a model that stemmed none of their
    # words and marked no negation, and nothing said so: now one warning names the stem to pass
    # (and, since negation_words, the Ukrainian negation a stem=False model can mark)
    assert _advice(RUSSIAN) == ["texts are mostly Cyrillic, which stem=True (English) neither stems nor marks "
                                "negation in; stem='russian' stems Russian, stem=False reads any language, with "
                                "negation_words='ukrainian' marking Ukrainian's negation"]
    assert _advice(GREEK) == ["texts are mostly Greek, which stem=True (English) neither stems nor marks negation in; "
                              "no Snowball stemmer reads it; stem=False reads any language, with negation_words=[…] "
                              "listing the language's own negation words, none of which are built in: without them, "
                              "English's are marked"]
    # not for English data, for data half in another script, or when stem was chosen (English by name too)
    # (TEXTS, German in Latin letters, gets no script's advice; that it is no English is said
    # apart, by test_training_on_latin_text_of_another_language_read_as_english_is_warned_of)
    assert not [said for said in _advice(TEXTS, stem=True) if said.startswith("texts are mostly")]
    assert not [said for said in _advice(RUSSIAN[:6] + TEXTS[:6]) if said.startswith("texts are mostly")]
    assert _advice(RUSSIAN, stem="russian") == _advice(RUSSIAN, stem=False) == _advice(RUSSIAN, stem="english") == []


HEBREW = ["נאט\"ו חייב להישאר מאוחד מול רוסיה.", "לא נשלח כוחות לאגף המזרחי של הברית.",
          "מזג האוויר היום נעים מאוד בתל אביב.", "שוב יורד גשם כבד בכל הארץ."] * 3


def test_the_warning_of_hebrew_text_names_the_negation_words_stem_false_needs():
    # From an Arabic and Hebrew analyst's audit: Hebrew data trained with the default stem was
    # advised "no Snowball stemmer reads it; stem=False reads any language", and following that
    # warned again, that English's negation words were marked. Hebrew's negation words are built
    # in since, so it is advised negation_words='hebrew', as Cyrillic is negation_words='ukrainian';
    # so advised, training warns of no language.
    advice = _advice(HEBREW)
    assert advice == ["texts are mostly Hebrew, which stem=True (English) neither stems nor marks negation in; "
                      "no Snowball stemmer reads it; stem=False reads any language, with negation_words='hebrew' "
                      "marking Hebrew's negation"]
    english = _advice(HEBREW, stem=False)[0]
    assert "negation_words=None marks after English negation words" in english and "'hebrew'" in english
    assert _advice(HEBREW, stem=False, negation_words=["לא", "אין", "בלי"]) == []
    assert _advice(HEBREW, stem=False, negation_words="hebrew") == []
    # A script no built-in list is written in (Greek) is advised a list of its own words; not
    # Thai, written without spaces, whose negation word no tokenizer here finds (a review).
    from stance.text import script_options

    assert script_options("GREEK").endswith(", with negation_words=[…] listing the language's own negation words, "
                                            "none of which are built in: without them, English's are marked")
    assert script_options("THAI") == "no Snowball stemmer reads it; stem=False reads any language"


def test_hebrew_negation_words_are_built_in():
    # Hebrew had no list: negation_words='hebrew' was refused, and a list had to be written out.
    from stance.text import make_analyzer

    hebrew = make_analyzer(ngram_max=1, stem=False, negation=True, negation_words="hebrew")
    for word in ("לא", "אין", "אינו", "אינה", "אינם", "אינן", "בלי", "ללא", "ולא", "ואין", "שלא"):
        assert "NOT_טנקים" in hebrew(f"{word} נשלח טנקים"), word
    # "אף" is also "nose" and "even", and "מעולם" also "from the world of": no negation alone.
    assert not [f for f in hebrew("אף אחד מעולם הספורט שלח טנקים") if f.startswith("NOT_")]
    model = StanceModel(stem=False, negation_words="hebrew", threshold_folds=0).fit(HEBREW, TOPICS[:len(HEBREW)])
    assert model.params_.analyzer_options["negation_words"] == list(stance.text.NEGATION_WORDS["hebrew"])


def test_training_on_latin_text_of_another_language_read_as_english_is_warned_of():
    # An all-Polish or all-German set trained with the default stem=True, or stem=False and the
    # default negation words, was silent: stemmed as English, with Polish "no" ("well") a
    # negation. One warning now names the options, when English's commonest words are hardly
    # there (none in these sets; a quarter of English text's words).
    polish = pd.read_csv(DATA / "polish.csv")
    german = [text for text, _, _ in GERMAN] * 2
    topics = LABELS * 2

    def advice(texts, labels, **options):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            StanceModel(threshold_folds=0, **options).fit(texts, labels)
        return [str(w.message) for w in caught if "English's commonest words" in str(w.message)]

    both = advice(german, topics)
    assert len(both) == 1 and "stem=True (the default) stems them as English and negation_words=None marks" in both[0]
    assert "stem='german'" in both[0] and "0.0% of their words" in both[0], both
    negation = advice(polish.text.tolist(), polish.labels.tolist(), stem=False)
    assert len(negation) == 1 and "yet negation_words=None marks after English negation words" in negation[0]
    assert "stem=True" not in negation[0], negation
    # Chosen: a language's stem or negation words, English by name too; and English text.
    assert advice(german, topics, stem="german") == advice(german, topics, stem="english") == []
    assert advice(polish.text.tolist(), polish.labels.tolist(), stem=False, negation_words="polish") == []
    energy = pd.read_csv(DATA / "energy.csv")
    assert advice(energy.text.tolist(), energy.labels.tolist()) == []
    assert advice(energy.text.tolist(), energy.labels.tolist(), stem=False) == []



# Rows of five words or more, which english_share reads (RUSSIAN's and GREEK's are too short).
LONG_RUSSIAN = ["Мы не будем поддерживать расширение НАТО никогда.", "НАТО должно помочь Украине сейчас и всегда.",
                "Погода сегодня очень хорошая в Москве.", "Снова идёт сильный дождь по всей стране."] * 3
LONG_GREEK = ["Δεν θέλουμε πόλεμο με κανέναν γείτονα ποτέ.", "Το ΝΑΤΟ πρέπει να βοηθήσει την Ουκρανία τώρα.",
              "Ο καιρός είναι πολύ καλός σήμερα στην Αθήνα.", "Βρέχει πάλι πολύ σε όλη τη χώρα σήμερα."] * 3


def test_the_negation_advice_for_rows_of_another_script_names_only_lists_of_that_script(capsys, tmp_path):
    # Russian or Greek rows trained with stem=False were advised "name their language,
    # negation_words='polish', 'czech', 'ukrainian', 'hebrew', a Snowball language or a list of
    # words": Polish, Czech and Hebrew lists mark nothing in Cyrillic, and none marks Greek.
    # Now Cyrillic is told its two lists, Greek that none is built in and how to give its words.
    russian, = _advice(LONG_RUSSIAN, stem=False)
    assert russian.endswith("yet negation_words=None marks after English negation words (not, no, never…): name "
                            "their language, negation_words='russian', 'ukrainian' or a list of words"), russian
    greek, = _advice(LONG_GREEK, stem=False)
    assert greek.endswith("yet negation_words=None marks after English negation words (not, no, never…): list "
                          "their language's own negation words, negation_words=[…] (none in Greek script is built "
                          "in)"), greek
    assert not [said for said in (russian, greek) if "polish" in said or "hebrew" in said or "Polish" in said]
    # What it advises, training takes, and does not advise again.
    assert _advice(LONG_RUSSIAN, stem=False, negation_words="russian") == []
    assert _advice(LONG_GREEK, stem=False, negation_words=["δεν", "μην", "ποτέ", "χωρίς"]) == []
    # Text in Latin letters is offered the lists in Latin letters only (Ukrainian's is Cyrillic).
    polish = pd.read_csv(DATA / "polish.csv")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StanceModel(threshold_folds=0, stem=False).fit(polish.text.tolist(), polish.labels.tolist())
    latin, = [str(w.message) for w in caught if "English's commonest words" in str(w.message)]
    assert latin.endswith("name their language, negation_words='polish', 'czech', a Snowball language or a list of "
                          "words"), latin
    # On the command line, in its words.
    pd.DataFrame({"text": LONG_GREEK, "labels": TOPICS}).to_csv(tmp_path / "el.csv", index=False)
    assert main(["train", str(tmp_path / "el.csv"), "-o", str(tmp_path / "m"), "--option", "stem=false",
                 "--option", "threshold_folds=0"]) == 0
    assert ("list their language's own negation words, --option negation_words=WORD,WORD… (none in Greek script is "
            "built in)\n") in capsys.readouterr().err


def test_negation_words_of_another_script_than_the_rows_are_warned_of(capsys, tmp_path):
    # An audit: Greek rows trained with stem=False and negation_words='russian' (a list of Cyrillic
    # words), or Russian rows with 'polish', marked no negation and said nothing: no word of the
    # list is in them. Now training says so and names what does read them.
    greek = _advice(LONG_GREEK, stem=False, negation_words="russian")
    assert greek == ["texts are mostly Greek, but negation_words='russian' lists words in Cyrillic script, which they "
                     "do not hold, so no negation is marked: list their language's own negation words, "
                     "negation_words=[…] (none in Greek script is built in)"]
    russian = _advice(LONG_RUSSIAN, stem=False, negation_words=["nie", "nigdy"])
    assert russian == ["texts are mostly Cyrillic, but the 2 words of negation_words are in Latin script, which they "
                       "do not hold, so no negation is marked: name their language, negation_words='russian', "
                       "'ukrainian' or a list of words"]
    # A list of their own script is no mistake, nor an empty one (no marks, chosen).
    assert _advice(LONG_RUSSIAN, stem=False, negation_words="ukrainian") == []
    assert _advice(LONG_GREEK, stem=False, negation_words=[]) == []
    # On the command line, in its words.
    pd.DataFrame({"text": LONG_GREEK, "labels": TOPICS}).to_csv(tmp_path / "el.csv", index=False)
    assert main(["train", str(tmp_path / "el.csv"), "-o", str(tmp_path / "m"), "--option", "stem=false",
                 "--option", "negation_words=russian", "--option", "threshold_folds=0"]) == 0
    assert ("texts are mostly Greek, but --option negation_words=russian lists words in Cyrillic script, which they "
            "do not hold, so no negation is marked: list their language's own negation words, --option "
            "negation_words=WORD,WORD… (none in Greek script is built in)\n") in capsys.readouterr().err


def test_negation_words_of_two_scripts_or_rows_of_two_are_told_what_the_list_marks():
    # A review of d1701471: the words' script was the script of most of them, so Russian rows
    # trained with ["nie", "nigdy", "не"] were told the list "is in Latin script, which they do not
    # hold, so no negation is marked", where "не" is in 3 of their 12 rows and marks there.
    assert _advice(LONG_RUSSIAN, stem=False, negation_words=["nie", "nigdy", "не"]) == []
    # Rows 12 Russian and 8 Polish with 'polish': its words mark the Polish rows, so "which they do
    # not hold, so no negation is marked" was false of those; and it advised Russian's list alone,
    # which would mark none of the Polish rows. Now it says which rows hold the list and joins both.
    polish = [text for text, _, _ in POLISH[:8]]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StanceModel(threshold_folds=0, stem=False, negation_words="polish").fit(
            LONG_RUSSIAN + polish, ["nato", "none"] * 10)
    said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert said == ["texts are mostly Cyrillic (12 of the 20 read), but negation_words='polish' lists words in Latin "
                    "script, held only by the 8 texts in it, so no negation is marked in the Cyrillic ones: of texts "
                    "of two languages, join their lists: negation_words=list(stance.text.NEGATION_WORDS['russian']) + "
                    "list(stance.text.NEGATION_WORDS['polish']) ('ukrainian' for Ukrainian)"]


def _unmarked_negation_advice(texts: list[str], topics: list[str], negation_words: str) -> list[str]:
    """The warnings that training on ``texts`` with ``negation_words`` gives of rows in which no
    negation is marked (their advice)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StanceModel(threshold_folds=0, stem=False, negation_words=negation_words).fit(texts, topics)
    return [str(w.message) for w in caught if "no negation is marked" in str(w.message)]


def _trained_at_the_command_line(tmp_path, texts: list[str], topics: list[str], negation_words: str, capsys) -> str:
    """What ``stance train`` of ``texts`` with ``--option negation_words=…`` writes on stderr."""
    pd.DataFrame({"text": texts, "labels": topics}).to_csv(tmp_path / "rows.csv", index=False)
    assert main(["train", str(tmp_path / "rows.csv"), "-o", str(tmp_path / "m"), "--option", "stem=false",
                 "--option", f"negation_words={negation_words}", "--option", "threshold_folds=0"]) == 0
    return capsys.readouterr().err


def test_rows_of_two_scripts_are_advised_a_list_they_can_copy_in_python_and_on_the_command_line(capsys, tmp_path):
    # Folding text._negation_words_joined into _join_their_lists (one writer of "of texts of two
    # languages, join their lists: …"): 12 Greek rows and 8 Russian ones trained with
    # negation_words='Russian' were advised NEGATION_WORDS['Russian'], a KeyError when copied, and the
    # command line put their own words first ("WORD,WORD…,не,нет,…") where Python puts them last.
    texts, topics = LONG_GREEK + LONG_RUSSIAN[:8], ["nato", "none"] * 10
    said = _unmarked_negation_advice(texts, topics, negation_words="Russian")
    assert len(said) == 1 and said[0].endswith(
        "add their language's own negation words to the list: negation_words=list(stance.text.NEGATION_WORDS"
        "['russian']) + […] (none in Greek script is built in)"), said
    advised = said[0].split("negation_words=")[-1].split(" + […]")[0]
    assert eval(advised, {"stance": stance}) == list(stance.text.NEGATION_WORDS["russian"])  # it runs, and lists
    err = _trained_at_the_command_line(tmp_path, texts, topics, negation_words="russian", capsys=capsys)
    words = ",".join(stance.text.NEGATION_WORDS["russian"])
    assert (f"add their language's own negation words to the list: --option negation_words={words},WORD,WORD… "
            f"(none in Greek script is built in)") in err


LONG_ENGLISH = ["We will never support this enlargement, not now and not ever.",
                "NATO must help Ukraine now and always, with no delay.",
                "The weather is very good today in London and the south.",
                "It is raining hard again across the whole of the country."] * 3


def test_english_and_russian_rows_given_russian_negation_words_are_advised_english_s_list(capsys, tmp_path):
    # A review of ac589478: 12 English rows and 8 Russian ones trained with negation_words='russian' were
    # advised "negation_words=list(stance.text.NEGATION_WORDS['danish']) + list(…['russian']) ('dutch' for
    # Dutch) … ('english' for English)", every Latin-letter list, Danish's first, the rows' own last; the
    # English rows' words are ENGLISH_NEGATION_WORDS ("not", "never", "no").
    texts, topics = LONG_ENGLISH + LONG_RUSSIAN[:8], ["nato", "none"] * 10
    said = _unmarked_negation_advice(texts, topics, negation_words="Russian")
    assert len(said) == 1 and said[0].endswith(
        "join their lists: negation_words=list(stance.text.NEGATION_WORDS['english']) + "
        "list(stance.text.NEGATION_WORDS['russian'])"), said
    advised = said[0].split("negation_words=")[-1]
    assert set(eval(advised, {"stance": stance})) == {"not", "no", "never", "nor", "without", "nobody", "nothing",
                                                      "neither", "none", *stance.text.NEGATION_WORDS["russian"]}
    err = _trained_at_the_command_line(tmp_path, texts, topics, negation_words="RUSSIAN", capsys=capsys)
    russian = ",".join(stance.text.NEGATION_WORDS["russian"])
    assert (f"join their lists (English's and these): --option negation_words=not,no,never,nor,without,nobody,"
            f"nothing,neither,none,{russian}\n") in err
    # Polish rows in place of the English ones: Polish's list first, the other languages named as its stand-ins
    polish = ["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama.",
              "Nigdy nie zgodzimy się na takie warunki pokoju dla Ukrainy."] * 6
    said = _unmarked_negation_advice(polish + LONG_RUSSIAN[:8], topics, negation_words="russian")
    assert len(said) == 1 and said[0].endswith(
        "negation_words=list(stance.text.NEGATION_WORDS['polish']) + list(stance.text.NEGATION_WORDS['russian']) "
        "('czech', 'english' or a Snowball language in place of 'polish', for the Latin ones' language)"), said


def test_rows_half_russian_half_polish_are_advised_both_languages_lists(capsys, tmp_path):
    # A review of d1701471, which left it: rows half Russian, half Polish trained with stem=False
    # were advised "name their language, negation_words='russian', 'ukrainian' or a list of words",
    # a list that marks none of the Polish half; now both lists, joined as the README joins them.
    polish = [text for text, _, _ in POLISH[:8]] + [POLISH[0][0], POLISH[2][0], POLISH[3][0], POLISH[6][0]]
    texts, topics = LONG_RUSSIAN + polish, ["nato", "none"] * 12
    joined = ("of texts of two languages, join their lists: negation_words=list(stance.text.NEGATION_WORDS['russian'])"
              " + list(stance.text.NEGATION_WORDS['polish']) (their languages': 'russian' or 'ukrainian' for the "
              "Cyrillic texts, 'polish', 'czech' or a Snowball language for the Latin ones)")
    for stem, said in ((False, ""), (True, "stem=False reads both; ")):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            StanceModel(threshold_folds=0, stem=stem).fit(texts, topics)
        advice = [str(w.message) for w in caught if "English's commonest words" in str(w.message)]
        assert len(advice) == 1 and advice[0].endswith(f"(not, no, never…): {said}{joined}"), advice
    # All Russian, still Russian's alone.
    assert _advice(LONG_RUSSIAN, stem=False)[0].endswith(": name their language, negation_words='russian', "
                                                         "'ukrainian' or a list of words")
    # On the command line, the words written out.
    pd.DataFrame({"text": texts, "labels": topics}).to_csv(tmp_path / "ru_pl.csv", index=False)
    assert main(["train", str(tmp_path / "ru_pl.csv"), "-o", str(tmp_path / "m"), "--option", "stem=false",
                 "--option", "threshold_folds=0"]) == 0
    words = ",".join([*stance.text.NEGATION_WORDS["russian"], *stance.text.NEGATION_WORDS["polish"]])
    assert f"join their lists: --option negation_words={words} (their languages'" in capsys.readouterr().err


# Chinese as it is written, without spaces: clauses of one "word" each, fewer than five a row in
# SHORT_CLAUSES_CHINESE (24 rows: english_share reads 50 words or more), five or more in
# LONG_CLAUSES_CHINESE; and Thai, of spaces between phrases.
SHORT_CLAUSES_CHINESE = [f"{text}{time}。" for time in ("第一次", "第二次", "第三次", "第四次", "第五次", "第六次")
                         for text in ("我们不想和任何邻国打仗，永远不想，", "北约必须现在帮助乌克兰，一直帮助，",
                                      "今天北京的天气非常好，阳光明媚，", "全国各地又下大雨了，河水上涨，")]
LONG_CLAUSES_CHINESE = [f"{text}第{i}次。" for i, text in enumerate([
    "我们不想和任何邻国打仗，永远不想，今天不想，明天也不想，后天也不想，",
    "北约必须现在帮助乌克兰，一直帮助，坚定帮助，全力帮助，马上帮助，",
    "今天北京的天气非常好，阳光明媚，微风轻拂，适合散步，", "全国各地又下大雨了，河水上涨，道路积水，交通缓慢，"] * 3)]
THAI = [f"{text} {i}" for i, text in enumerate([
    "เราไม่ต้องการสงครามกับเพื่อนบ้านใด ๆ เลย ไม่เคย ไม่ต้องการ", "นาโต้ต้องช่วยยูเครนตอนนี้ และตลอดไป ช่วยเต็มที่ ช่วยทันที",
    "วันนี้อากาศดีมาก ที่กรุงเทพ ฟ้าใส ลมเย็น สบาย", "ฝนตกหนักอีกแล้ว ทั่วประเทศ น้ำท่วม ถนนติดขัด"] * 3)]


@pytest.mark.parametrize("texts", [SHORT_CLAUSES_CHINESE, LONG_CLAUSES_CHINESE, THAI],
                         ids=["chinese_of_short_clauses", "chinese_of_long_clauses", "thai"])
def test_text_without_spaces_between_words_is_offered_no_list_of_negation_words(texts):
    # Chinese trained with stem=False, which the default's advice names, was advised the Polish and
    # Czech lists (rows of fewer than five clauses, "no row of another language", read as Latin) or
    # "list their language's own negation words, negation_words=[…] (none in Cjk script is built in)":
    # no list of words marks negation in text without spaces between its words, as script_options says.
    from stance.text import english_advice, english_share, other_language_script

    assert english_share(texts) == 0  # another language's, which english_advice judges
    assert other_language_script(texts) == ("THAI" if texts is THAI else "CJK")
    assert english_advice(texts, False, None) is None
    assert english_advice(texts, False, None, COMMAND_LINE) is None
    # The default's advice, stem=False, followed: nothing more to do, nothing said.
    def advice(**options):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            StanceModel(threshold_folds=0, **options).fit(texts, (TOPICS * 2)[:len(texts)])
        return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]

    said, = advice()
    assert "stem=False reads any language" in said and "negation_words=" not in said, said
    assert advice(stem=False) == []


def test_the_warning_of_chinese_text_says_how_stem_false_reads_it():
    # It said "stem=False reads any language", which was false for Chinese and Japanese: with no
    # spaces, a clause was one word. With cjk (the default) stem=False reads them in pairs of
    # characters, which the warning now says; with cjk=False it says what reads them.
    chinese = ["我们坚定支持北约。", "我们反对北约东扩。", "今天天气很好。", "又下雨了。"] * 3
    assert _advice(chinese) == ["texts are mostly CJK, which stem=True (English) neither stems nor marks negation "
                                "in; no Snowball stemmer reads it; stem=False reads any language, Chinese and "
                                "Japanese as pairs of characters (cjk=True)"]
    assert _advice(chinese, cjk=False) == [
        "texts are mostly CJK, which stem=True (English) neither stems nor marks negation in; no Snowball stemmer "
        "reads it; stem=False reads any language, but with cjk=False a run of Chinese or Japanese as one word: "
        "cjk=True reads it as pairs of characters"]
    assert _advice(RUSSIAN, cjk=False) == _advice(RUSSIAN)  # said of CJK text only


def test_a_german_model_saves_loads_and_predicts_identically(tmp_path):
    model = german_model()
    folder = model.save(tmp_path / "de")
    metadata = json.loads((folder / "metadata.json").read_text())
    # Format 11, as every model this version fits (7 before format 9: the oldest format that held it).
    assert metadata["analyzer"]["stem"] == "german" and metadata["format_version"] == 17
    loaded = stance.load(folder)
    probes = [*TEXTS, "Eine Sanktion reicht nicht.", "Keine Wehrpflichtigen mehr!", "Straße"]
    np.testing.assert_array_equal(loaded.predict_proba(probes), model.predict_proba(probes))
    assert loaded.classify_many(probes) == [model.classify(text) for text in probes]
    # The batch fast path reads German as the analyzer does (it fell back to it for English stems).
    assert loaded._feature_index(loaded.params_).supported


def test_an_english_model_keeps_the_old_format(tmp_path, saved_as_before_format_9):
    # As versions before format 9 saved it (this version saves every model it fits in 12).
    folder = german_model(stem="english", apostrophes=False, links=False, spelling=False,
                          invisibles=False, cannot=False, handles=False, marks=False, cjk=False, lookalikes=False,
                          names=False, length_floor=None).save(tmp_path / "en")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["analyzer"]["stem"] is True and metadata["format_version"] < 5


def _edit_analyzer(folder, **changes) -> None:
    """Change the analyzer options in ``folder``'s metadata and record its new checksum."""
    import hashlib

    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["analyzer"].update(changes)
    (folder / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))


def test_a_language_the_installed_nltk_does_not_know_is_refused_at_load(tmp_path):
    folder = german_model().save(tmp_path / "de")
    _edit_analyzer(folder, stem="klingon")
    with pytest.raises(ModelFormatError, match="\"stem\": \"klingon\" in its \"analyzer\" is no language the "
                                               "installed nltk's Snowball stemmer knows"):
        stance.load(folder)


def test_an_analyzer_stemming_in_another_language_than_training_is_refused(tmp_path):
    folder = german_model().save(tmp_path / "de")
    _edit_analyzer(folder, stem="french")
    with pytest.raises(ModelFormatError, match='"stem": "french" in its "analyzer", but "stem": "german" in its '
                                               '"options"'):
        stance.load(folder)


def test_a_language_name_in_capitals_is_the_same_language(tmp_path):
    # "German" was refused, where Snowball's names are lower case; it is the same language.
    capitalised, lower = german_model(stem="German"), german_model(stem="german")
    assert capitalised.params_.analyzer_options == lower.params_.analyzer_options
    assert capitalised.params_.target_coef.tobytes() == lower.params_.target_coef.tobytes()
    assert capitalised.classify("Sanktion").label == "sanktionen"
    capitalised.save(tmp_path / "m")
    assert stance.load(tmp_path / "m").classify("Die Wehrpflichtigen").label == "wehrpflicht"


def test_train_on_the_command_line_takes_a_language(tmp_path, capsys):
    import pandas as pd

    data = tmp_path / "de.csv"
    pd.DataFrame({"text": TEXTS, "labels": LABELS, "stance": STANCES}).to_csv(data, index=False)
    assert main(["train", str(data), "-o", str(tmp_path / "m"), "--option", "stem=german",
                 "--option", "threshold_folds=0"]) == 0
    assert main(["classify", "--model", str(tmp_path / "m"), "Sanktion"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "sanktionen"
    assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", "stem=deutsch"]) != 0
    error = capsys.readouterr().err
    # named as the flag that was typed, before the file is read
    assert "--option stem must be true, false or a Snowball language name, got 'deutsch'" in error
    assert "the languages are arabic" in error


def test_french_cuts_elided_words_off_the_next():
    # "l'otan", "d'otan", "qu'otan" were three words none of which was "otan".
    analyze = stance.text.make_analyzer(ngram_max=1, stem="french")
    assert analyze("L'OTAN, l’Alliance, qu'il dit, jusqu'ici") == [
        "l", "otan", "l", "allianc", "qu", "il", "dit", "jusqu", "ici"]
    assert analyze("aujourd'hui presqu'île") == ["aujourd'hui", "presqu", "île"]  # only elided words
    # Without a language, as every model before: kept whole, so saved models read as they did.
    assert stance.text.make_analyzer(ngram_max=1, stem=False)("L'OTAN") == ["l'otan"]
    assert stance.text.make_analyzer(ngram_max=1, stem=True)("don't") == ["do", "not"]


@pytest.mark.parametrize(("stem", "text", "marked"), [
    ("german", "Wir wollen keine Wehrpflicht", ["NOT_wehrpflicht"]),
    ("german", "Das ist nicht gerecht", ["NOT_gerecht"]),
    ("french", "L'OTAN n'attendra pas", ["NOT_attendr"]),
    ("french", "jamais sans nous", ["NOT_nous"]),
    ("spanish", "No queremos la guerra", ["NOT_quer", "NOT_la", "NOT_guerr"]),
    ("russian", "Мы не поддерживаем", ["NOT_поддержива"]),
])
def test_negation_marks_know_the_language(stem, text, marked):
    # "nicht", "kein", "ne … pas" opened no scope: the stance cues only knew English.
    features = stance.text.make_analyzer(ngram_max=1, stem=stem, negation=True)(text)
    assert [feature for feature in features if feature.startswith("NOT_")] == marked


def test_true_and_false_keep_the_english_negation_words():
    for stem in (True, False):
        features = stance.text.make_analyzer(ngram_max=1, stem=stem, negation=True)("keine Wehrpflicht, not now")
        assert [feature for feature in features if feature.startswith("NOT_")] == ["NOT_now"]


FRENCH = [
    ("Nous soutenons l'OTAN et l’Alliance.", "otan", "favor"),
    ("L'OTAN doit rester unie.", "otan", "favor"),
    ("Nous n'aimons pas l'OTAN.", "otan", "against"),
    ("Il faut quitter l'OTAN.", "otan", "against"),
    ("La séance est ouverte.", "none", None),
    ("Merci, madame la présidente.", "none", None),
]


def test_french_batches_read_as_the_analyzer_does():
    from stance.features import FeatureIndex
    from stance.inference import _string_pairs
    from stance.tfidf import fit_tfidf

    texts, labels, stances = zip(*FRENCH)
    model = StanceModel(stem="french", threshold_folds=0).fit(list(texts), list(labels), stance=list(stances))
    assert model.classify("OTAN").flag is None  # a word of its own, however it was introduced
    params = model.params_
    assert "NOT_aimon" in params.vocabulary and "otan" in params.vocabulary
    probes = ["Qu'OTAN n'attende pas l'Alliance", "jusqu'à l'OTAN, jamais sans nous", "aujourd’hui l'otan"]
    index = FeatureIndex(params)
    rows, columns = index.pairs(probes)
    expected = _string_pairs(probes, stance.text.make_analyzer(**params.analyzer_options), params)[:2]
    assert index.supported
    assert sorted(zip(rows.tolist(), columns.tolist())) == sorted(zip(*expected))
    assert fit_tfidf(probes, params.analyzer_options) is not None  # training's fast path agrees too


def test_french_explanations_highlight_the_elided_word():
    from stance.explain import surface_terms

    terms = surface_terms("Pas l'OTAN", 1, "french", negation=True)
    # Each token its own span: "OTAN" of "l'OTAN", the negation from "Pas" to the word.
    assert terms == [("pas", 0, 3), ("l", 4, 5), ("otan", 6, 10), ("NOT_l", 0, 5), ("NOT_otan", 0, 10)]


def test_info_names_the_language_a_model_reads(tmp_path, capsys):
    # Nothing in `stance info` said which language a model stems: a German model applied to
    # French text finds few of its words.
    german_model().save(tmp_path / "de")
    assert main(["info", "--model", str(tmp_path / "de")]) == 0
    assert "stemming:       german (Snowball)\n" in capsys.readouterr().out
    assert main(["info"]) == 0  # the bundled model
    assert "stemming:       english (Snowball)\n" in capsys.readouterr().out
    assert main(["info", "--json", "--model", str(tmp_path / "de")]) == 0
    assert json.loads(capsys.readouterr().out)["analyzer"]["stem"] == "german"


def test_check_on_the_command_line_takes_model_options(tmp_path, capsys, monkeypatch):
    # `stance check` trained its fold models with the default options only: German labels
    # were checked with English stemming, unlike the model `stance train --option
    # stem=german` would make from them.
    import pandas as pd

    import stance.labelling

    data = tmp_path / "de.csv"
    pd.DataFrame({"text": TEXTS * 3, "labels": LABELS * 3, "stance": STANCES * 3}).to_csv(data, index=False)
    given = {}
    real = stance.labelling._find_label_issues  # what the command calls, for the columns it renamed too

    def recording(*args, **kwargs):
        given.update(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(stance.labelling, "_find_label_issues", recording)
    assert main(["check", str(data), "--folds", "3", "--option", "stem=german", "--option", "C=10"]) == 0
    assert given["stem"] == "german" and given["C"] == 10
    assert main(["check", str(data), "--option", "stem=deutsch"]) != 0
    assert "--option stem must be" in capsys.readouterr().err
    assert main(["check", str(data), "--option", "C=-1"]) != 0
    assert "--option C must be a positive number, got -1" in capsys.readouterr().err


def test_a_language_named_in_any_case_saves_the_same_files(tmp_path):
    # stem="French" trained the model stem="french" does, but the saved options kept "French",
    # so the metadata (and with it the card and checksums) of the two saves differed.
    for pair in (("French", "french"), ("English", "english")):
        for name in pair:
            german_model(stem=name).save(tmp_path / name)
        first, second = ((tmp_path / name / "metadata.json").read_text() for name in pair)
        assert _without_times(first) == _without_times(second), pair


def _without_times(text: str) -> str:
    import re

    return re.sub(r'"(?:created|saved)[^"]*": "[^"]*"', "", text)


# The user audit's Italian rows: "Ucraina" introduced four ways, and an off-topic label.
ITALIAN = [
    ("Sosteniamo l'Ucraina.", "104"), ("Più armi all'Ucraina.", "104"), ("La difesa dell'Ucraina.", "104"),
    ("Aiutiamo l’Ucraina.", "104"), ("Ucraina libera.", "104"), ("Grazie a tutti.", "000"),
    ("Buongiorno a tutti.", "000"), ("Apriamo la seduta.", "000"), ("Sosteniamo l'Alleanza.", "104"),
    ("Rafforziamo l'Alleanza atlantica.", "104"),
]


def test_italian_cuts_elided_words_and_reads_curly_apostrophes_as_straight():
    # "l'Ucraina", "dell'Ucraina", "all'Ucraina" and "l’Ucraina" were four features, none of
    # them "ucrain": only French cut its elisions, and a curly apostrophe made another word.
    import pandas as pd

    from stance.text import CachedStemmer

    stem = CachedStemmer("italian")
    analyze = stance.text.make_analyzer(ngram_max=1, stem="italian", apostrophes=True)
    words = ("l'Ucraina dell'Ucraina all’Ucraina lʼUcraina nell'Unione sull'Europa un'altra quest'anno c'è "
             "d'accordo qual'è un po' di rock'n'roll")
    expected = ("l ucraina dell ucraina all ucraina l ucraina nell unione sull europa un altra quest anno c è "
                "d accordo qual è un po di rock'n'roll")
    assert analyze(words) == [stem(w) for w in expected.split(" ")]
    frame = pd.DataFrame({"text": [text for text, _ in ITALIAN], "code": [code for _, code in ITALIAN]})
    model = stance.train(frame, labels_column="code", none_label="000", stem="italian", threshold_folds=0)
    features = set(model.explain("Sosteniamo l'Ucraina, dell'Ucraina, all'Ucraina, l’Ucraina e l'Alleanza.",
                                 n=20).feature)
    assert {"ucrain", "alleanz", "sosten"} <= features and not any("'" in f or "’" in f for f in features)
    assert model.classify("Ucraina").flag is None  # one word, however it was introduced
    assert model._feature_index(model.params_).supported  # the batch path reads it as the analyzer does


@pytest.mark.parametrize("stem", [True, False, "german", "french", "italian"])
def test_a_curly_apostrophe_is_the_straight_one_in_every_language(stem):
    # "o’clock" and "o'clock" were two words in every language ("aujourd’hui" in French too).
    analyze = stance.text.make_analyzer(ngram_max=1, stem=stem, apostrophes=True)
    assert analyze("o’clock aujourdʼhui we’ll") == analyze("o'clock aujourd'hui we'll")
    # Without the option, as every model saved before it: read as they were (English
    # Snowball itself straightens U+2019, but not U+02BC, which the tokenizer takes for a letter).
    old = stance.text.make_analyzer(ngram_max=1, stem=stem)
    assert old("weʼll") != old("we'll") and (old("o’clock") == old("o'clock")) is (stem is True)


@pytest.mark.parametrize("stem", [True, False, "russian"])
def test_a_left_quote_or_backtick_between_letters_is_the_apostrophe(stem):
    # Ukrainian writers type the apostrophe as ‘ (U+2018) or ` too: "м‘ясо" was "м", "ясо".
    analyze = stance.text.make_analyzer(ngram_max=1, stem=stem, apostrophes=True)
    assert analyze("м‘ясо з`їв п’ять") == analyze("м'ясо з'їв п'ять") == analyze("мʼясо зʼїв пʼять")
    assert stance.text.tokenize("м‘ясо", apostrophes=True) == ["м'ясо"]
    # Only between letters: quotes and a backtick elsewhere are not apostrophes.
    assert stance.text.normalize("‘Так,’ `ні` 5`6", apostrophes=True) == "‘так,' `ні` 5`6"
    # Without the option (the bundled model, format 5 and older), read as they always were.
    assert stance.text.tokenize("м‘ясо з`їв") == ["м", "ясо", "з", "їв"]
    # The batch path reads it as the analyzer does.
    import pandas as pd

    frame = pd.DataFrame({"text": ["М‘ясо дороге.", "Ми з`їли все.", "Доброго ранку.", "Дякую всім."] * 4,
                          "labels": ["ціни", "ціни", "жодного", "жодного"] * 4})
    model = stance.train(frame, stem=stem, none_label="жодного", threshold_folds=0)
    assert model._feature_index(model.params_).supported
    np.testing.assert_array_equal(model.predict_proba(["м'ясо", "з'їли"]), model.predict_proba(["м‘ясо", "з`їли"]))
    assert model.explain("м‘ясо", n=5).feature.tolist() == model.explain("м'ясо", n=5).feature.tolist()


def test_new_models_record_the_apostrophes_and_older_formats_stay_without_them(tmp_path, saved_as_before_format_9):
    # The formats versions before format 9 saved them in (this version saves every model it fits
    # in 12), trained without invisibles, cannot and handles, which came after them.
    model = german_model(invisibles=False, cannot=False, handles=False, marks=False, cjk=False, lookalikes=False,
                         names=False, length_floor=None)
    assert model.params_.analyzer_options["apostrophes"] is True and model.get_params()["apostrophes"] is True
    metadata = json.loads((model.save(tmp_path / "de") / "metadata.json").read_text())
    assert metadata["analyzer"]["apostrophes"] is True and metadata["format_version"] == 7  # 6 without links
    # Without the option, the format an older stance reads (and the analyzer it had).
    old = german_model(apostrophes=False, links=False, invisibles=False, cannot=False, handles=False, marks=False,
                       cjk=False, lookalikes=False, names=False, length_floor=None)
    assert "apostrophes" not in old.params_.analyzer_options
    metadata = json.loads((old.save(tmp_path / "old") / "metadata.json").read_text())
    assert metadata["format_version"] == 5
    loaded = stance.load(tmp_path / "de")
    probes = ["Die Sanktion’s", "Wehrpflichtʼs", "Keine Sanktionen"]
    np.testing.assert_array_equal(loaded.predict_proba(probes), model.predict_proba(probes))
    assert loaded._feature_index(loaded.params_).supported


POLISH = [
    ("Musimy wysłać więcej broni na Ukrainę.", "ukraina", "favor"),
    ("Pomoc dla Ukrainy to nasz obowiązek.", "ukraina", "favor"),
    ("Nie wyślemy polskich żołnierzy na Ukrainę.", "ukraina", "against"),
    ("Nigdy więcej pieniędzy dla Kijowa.", "ukraina", "against"),
    ("Brygada na Litwie wzmacnia wschodnią flankę.", "flanka", "favor"),
    ("Wschodnia flanka potrzebuje nowych baz.", "flanka", "favor"),
    ("No to zaczynamy, flanka nie jest nasza sprawą.", "flanka", "against"),
    ("Żadnych nowych baz na wschodniej flance.", "flanka", "against"),
    ("Otwieram posiedzenie Sejmu.", "none", None),
    ("Dziękuję za uwagę.", "none", None),
]


def test_info_and_the_card_name_the_negation_words_a_model_marks(tmp_path, capsys):
    # A Polish model (stem=False, the README's advice) marked negations with the English words,
    # so "nie" and "nigdy" marked nothing while "No to zaczynamy" (Polish "well") gave NOT_to;
    # `stance info` said only "stemming: none" and "0 NOT_…", and --json showed
    # options.negation false beside analyzer.negation true.
    texts, labels, stances = zip(*POLISH)
    polish = StanceModel(stem=False, threshold_folds=0).fit(list(texts), list(labels), stance=list(stances))
    folder = polish.save(tmp_path / "pl")
    assert main(["info", "--model", str(folder)]) == 0
    english = "not, no, never, nor, without, nobody, nothing, neither, none"
    assert (f"negation marks: NOT_… on the 3 words after an English negation word ({english}; stem=false reads "
            f"every language with these), for the stance head only (stance_cues)\n") in capsys.readouterr().out
    assert main(["info", "--json", "--model", str(folder)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["negation_marks"] == {"language": "english", "words": english.split(", "), "from": "stem",
                                      "scope": 3, "read_by": "stance head"}
    assert info["options"]["negation"] is False and info["analyzer"]["negation"] is True
    card = (folder / "MODEL_CARD.md").read_text()
    assert f"`NOT_…` marks the 3 words after an English negation word ({english})" in card
    assert "whatever the language of the text" in card
    # What info names is what the analyzer marks: the words listed open a scope, the others not.
    for stem, language_name in ((False, "english"), (True, "english"), ("german", "german")):
        marks = stance.text.negation_words(stem)
        assert marks[0] == language_name
        analyze = stance.text.make_analyzer(ngram_max=1, stem=stem, negation=True)
        for word in stance.text.NEGATION_WORDS.get(language_name, english.split(", ")):
            assert bool([f for f in analyze(f"{word} zzz") if f.startswith("NOT_")]) == (word in marks[1]), word
    assert "nothing" not in stance.text.negation_words(True)[1]  # English stemming makes it "noth"
    # Read by every head, in German; and a model without the marks says so.
    german_model(negation=True).save(tmp_path / "de")
    assert main(["info", "--model", str(tmp_path / "de")]) == 0
    assert "on the 3 words after a German negation word (nicht, kein, keine, " in capsys.readouterr().out
    assert main(["info", "--json", "--model", str(tmp_path / "de")]) == 0
    assert json.loads(capsys.readouterr().out)["negation_marks"]["read_by"] == "every head"
    german_model(stance_cues=False).save(tmp_path / "plain")
    assert main(["info", "--model", str(tmp_path / "plain")]) == 0
    assert "negation marks: none\n" in capsys.readouterr().out
    assert "`NOT_…` marks" not in (tmp_path / "plain" / "MODEL_CARD.md").read_text()


def _marks(features):
    return [feature for feature in features if feature.startswith("NOT_")]


@pytest.mark.parametrize(("language_name", "text", "marked"), [
    ("polish", "Nie popieramy budowy", ["NOT_popieramy", "NOT_budowy"]),
    ("polish", "Żadnego poboru, nigdy więcej", ["NOT_poboru", "NOT_więcej"]),
    ("polish", "No to popieramy", []),  # "no" is "well": it negates nothing
    ("ukrainian", "Ми не підтримуємо санкції", ["NOT_підтримуємо", "NOT_санкції"]),
    ("ukrainian", "Жодних поступок", ["NOT_поступок"]),
    ("czech", "Žádné nové základny", ["NOT_nové", "NOT_základny"]),
    ("czech", "To není dobrý nápad", ["NOT_dobrý", "NOT_nápad"]),
])
def test_negation_words_give_a_language_snowball_has_no_stemmer_for_its_negations(language_name, text, marked):
    # A model of stem=False (the README's advice for these languages) marked after the English
    # negation words: Polish "nie" and "nigdy" marked nothing, and "no" ("well") the words after it.
    analyze = stance.text.make_analyzer(ngram_max=1, stem=False, negation=True,
                                        negation_words=stance.text.negation_word_list(language_name))
    assert _marks(analyze(text)) == marked
    english = _marks(stance.text.make_analyzer(ngram_max=1, stem=False, negation=True)(text))
    assert english == (["NOT_to", "NOT_popieramy"] if text.startswith("No ") else [])


def test_a_polish_model_trained_with_polish_negation_words_marks_nie_and_not_no(tmp_path):
    # Trained on our Polish set, a model of negation_words="polish" learns NOT_popieramy ("nie
    # popieramy", we do not support) and marks no word after "no"; the default, English words,
    # learnt neither NOT_popieramy nor anything but marks after "no".
    data = pd.read_csv(DATA / "polish.csv", dtype=str, keep_default_na=False, na_values=[""])
    polish = stance.train(data, stance_column="stance", stem=False, negation_words="polish")
    english = stance.train(data, stance_column="stance", stem=False)
    assert "NOT_popieramy" in polish.params_.vocabulary and "NOT_popieramy" not in english.params_.vocabulary
    assert "NOT_to" in english.params_.vocabulary and "NOT_to" not in polish.params_.vocabulary
    explained = polish.explain("Nie popieramy poboru.", n=1000).feature.tolist()
    assert "NOT_popieramy" in explained and not any(f.startswith("NOT_") for f in
                                                     polish.explain("No to popieramy.", n=1000).feature.tolist())
    texts = ["Nie popieramy poboru.", "No to popieramy pobór.", "Żadnego atomu!", "Popieramy atom."]
    assert [polish.classify(text) for text in texts] == polish.classify_many(texts)
    folder = polish.save(tmp_path / "pl")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["analyzer"]["negation_words"] == list(stance.text.NEGATION_WORDS["polish"])
    assert metadata["options"]["negation_words"] == "polish" and metadata["format_version"] == 17
    loaded = stance.load(folder, sha256=metadata["parameters_sha256"])
    assert loaded.predict_proba(texts).tobytes() == polish.predict_proba(texts).tobytes()
    card = (folder / "MODEL_CARD.md").read_text()
    assert ("`NOT_…` marks the 3 words after a Polish negation word (nie, nigdy, nic, niczego, niczemu, niczym, "
            "nikt, nikogo, nikomu, nikim, żaden, ") in card and '(`negation_words="polish"`).' in card


@pytest.mark.parametrize(("value", "message"), [
    ("klingon", "negation_words must be None, a language name or a list of words, got 'klingon'; the languages "
                "are arabic, czech, "),
    ("nie,nigdy", "got 'nie,nigdy'; .* for words of your own pass negation_words=\\['nie', 'nigdy'\\]"),
    (["nie", "nie ma"], "negation_words must hold words without spaces, got 'nie ma'"),
    (["nie", ""], "negation_words must hold non-empty texts, got ''"),
    (["nie", 0], "negation_words must hold non-empty texts, got 0"),
    (["don't"], "negation_words must hold words the model reads as one, got \"don't\", which it reads as 'do', "
                "'not'"),
    (["…"], "negation_words must hold words the model reads as one, got '…', which it reads as no word"),
    # A word with punctuation marked after the word it reads as, but was recorded and shown as given.
    (["nie."], "negation_words must hold each word as the model reads it, got 'nie.', which it reads as 'nie'; "
               "pass 'nie'"),
    (["nie", "(nigdy)"], "got '\\(nigdy\\)', which it reads as 'nigdy'; pass 'nigdy'"),
    (True, "negation_words must be None, a language name or a list of words, got True"),
])
def test_negation_words_that_name_no_words_are_refused_naming_the_option(value, message):
    with pytest.raises(InvalidInputError, match=message):
        StanceModel(stem=False, negation_words=value).fit(TEXTS, LABELS, stance=STANCES)


def test_negation_words_of_ones_own_are_read_lower_case_composed_and_once():
    # "Żadnego" typed in capitals, and decomposed (Z and a combining dot above), is the word the
    # text has; an empty list makes no marks at all.
    model = german_model(stem=False, negation_words=["ŻADNEGO", "z\u0307adnego", "Nie"])
    assert model.params_.analyzer_options["negation_words"] == ["żadnego", "nie"]
    assert model.get_params()["negation_words"] == ["ŻADNEGO", "z\u0307adnego", "Nie"]  # as given, for clone
    analyze = stance.text.make_analyzer(**model.params_.analyzer_options)
    assert _marks(analyze("Żadnego poboru, nie teraz, not now")) == ["NOT_poboru", "NOT_teraz", "NOT_not",
                                                                      "NOT_now"]
    none = german_model(stem=False, negation_words=())
    assert not [term for term in none.params_.vocabulary if term.startswith("NOT_")]
    assert none.params_.analyzer_options["negation_words"] == []


def test_english_negation_words_are_accepted_and_train_the_defaults_model(tmp_path, capsys):
    # negation_words="english" was refused, its message listing every language but English,
    # though stem_languages() has it and the README names "a Snowball one": a German-stemmed
    # model of an English set could not mark after "not".
    analyze = stance.text.make_analyzer(**german_model(negation_words="english").params_.analyzer_options)
    # "nothing" opens a scope of its own; German stemming reads "else" as "els".
    assert _marks(analyze("keine Wehrpflicht, not now, nothing else")) == ["NOT_now", "NOT_els"]
    # Under English stemming it is the default's model, which marks after no "nothing" ("noth").
    default, english = german_model(stem=True), german_model(stem=True, negation_words="English")
    assert english.params_.analyzer_options["negation_words"] == ["not", "no", "never", "nor", "without",
                                                                   "neither", "none"]
    assert english.params_.vocabulary == default.params_.vocabulary
    probes = ["We do not support sanctions, nothing else.", "Keine Wehrpflicht!", "No to conscription"]
    assert english.classify_many(probes) == default.classify_many(probes)
    data = tmp_path / "de.csv"
    pd.DataFrame({"text": TEXTS, "labels": LABELS, "stance": STANCES}).to_csv(data, index=False)
    assert main(["train", str(data), "-o", str(tmp_path / "m"), "--stance-column", "stance", "--option",
                 "stem=german", "--option", "negation_words=english", "--option", "threshold_folds=0"]) == 0, \
        capsys.readouterr().err
    assert json.loads((tmp_path / "m" / "metadata.json").read_text())["options"]["negation_words"] == "english"


def test_negation_words_on_the_command_line_take_a_language_or_a_comma_list(tmp_path, capsys):
    # --option negation_words=polish names the language; a comma list gives words of one's own
    # ("nie," one word), and nothing after the "=" no word; a word without a comma that names
    # no language is refused with the way to give it.
    data = tmp_path / "pl.csv"
    data.write_text((DATA / "polish.csv").read_text(encoding="utf-8"), encoding="utf-8")
    for typed, recorded, said in (
            ("polish", "polish",
             "negation marks: NOT_… on the 3 words after a Polish negation word (nie, nigdy, nic, "),
            ("nie, Nigdy", ["nie", "nigdy"], "negation marks: NOT_… on the 3 words after a negation word of "
                                              "negation_words (nie, nigdy), for the stance head only"),
            ("nie,", ["nie"], "negation word of negation_words (nie), for"),
            ("", [], "negation marks: none (negation_words is empty)\n")):
        folder = tmp_path / f"m{len(typed)}"
        assert main(["train", str(data), "-o", str(folder), "--option", "stem=false", "--option",
                     f"negation_words={typed}"]) == 0, capsys.readouterr().err
        metadata = json.loads((folder / "metadata.json").read_text())
        assert metadata["options"]["negation_words"] == recorded
        capsys.readouterr()
        assert main(["info", "--model", str(folder)]) == 0
        assert said in capsys.readouterr().out
        assert main(["info", "--json", "--model", str(folder)]) == 0
        marks = json.loads(capsys.readouterr().out)["negation_marks"]
        assert marks["from"] == "negation_words" and marks["language"] == ("polish" if typed == "polish" else None)
    assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", "negation_words=nie"]) == 2
    assert ("--option negation_words must be none, a language name or a list of words, got 'nie'; the languages "
            "are arabic, czech,") in capsys.readouterr().err
    # A JSON list, as class_weight takes JSON, was the comma list '["nie"', '"nigdy"]' (info showed
    # '(["nie", "nigdy"])'): it is read as JSON, and what is no JSON list of texts refused.
    folder = tmp_path / "m_json"
    assert main(["train", str(data), "-o", str(folder), "--option", "stem=false", "--option",
                 'negation_words=["nie", "Nigdy"]']) == 0, capsys.readouterr().err
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["options"]["negation_words"] == ["nie", "nigdy"]
    assert metadata["analyzer"]["negation_words"] == ["nie", "nigdy"]
    for typed, said in (('["nie"', "it opens with [ but is not a JSON list"),
                        ('["nie", 1]', "it is a JSON list of more than texts")):
        assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", f"negation_words={typed}"]) == 2
        err = capsys.readouterr().err
        assert f"--option negation_words={typed}: {said}" in err and "negation_words=nie,nigdy" in err, err
    # and a word with its punctuation is refused with the word it reads as
    assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", "stem=false", "--option",
                 "negation_words=nie.,nigdy"]) == 2
    assert ("--option negation_words must hold each word as the model reads it, got 'nie.', which it reads as "
            "'nie'; pass 'nie'") in capsys.readouterr().err
    # an empty place between commas ("nie,,nigdy": a word left out) was skipped without a word
    for typed in ("nie,,nigdy", ",nie", "nie,,"):
        assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", f"negation_words={typed}"]) == 2
        assert f"--option negation_words={typed}: an empty word between commas" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_a_list_of_negation_words_holding_a_languages_name_is_refused_with_how_to_combine_two(tmp_path, capsys):
    # An OSINT analyst's audit: negation_words=["russian", "ukrainian"] and --option
    # negation_words=russian,ukrainian trained a model that marked after the words "russian" and
    # "ukrainian", which no text negates with. Refused, with the words of both written out.
    with pytest.raises(InvalidInputError, match=(
            r"negation_words is a list of words, and holds the names of languages, 'russian', 'ukrainian', .*"
            r"pass its name alone, negation_words='russian', .*: negation_words="
            r"list\(stance.text.NEGATION_WORDS\['russian'\]\) \+ list\(stance.text.NEGATION_WORDS\['ukrainian'\]\)$")):
        StanceModel(stem=False, negation_words=["russian", "ukrainian"]).fit(TEXTS, LABELS, stance=STANCES)
    with pytest.raises(InvalidInputError, match=r"holds the name of a language, 'Polish', .* \+ \['wcale'\]$"):
        StanceModel(stem=False, negation_words=["Polish", "wcale"]).fit(TEXTS, LABELS, stance=STANCES)
    data = tmp_path / "pl.csv"
    data.write_text((DATA / "polish.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", "stem=false", "--option",
                 "negation_words=russian,ukrainian"]) == 2
    err = capsys.readouterr().err
    both = list(dict.fromkeys([*stance.text.NEGATION_WORDS["russian"], *stance.text.NEGATION_WORDS["ukrainian"]]))
    assert f"--option negation_words={','.join(both)}" in err and "--option negation_words=russian," in err, err
    assert not (tmp_path / "x").exists()
    # the words so written out train a model that marks after both languages' words
    assert main(["train", str(data), "-o", str(tmp_path / "m"), "--option", "stem=false", "--option",
                 f"negation_words={','.join(both)}", "--option", "threshold_folds=0"]) == 0, capsys.readouterr().err


def test_a_model_trained_with_a_languages_name_in_its_word_list_before_that_was_refused_loads(tmp_path, monkeypatch):
    # A review: the refusal sat in the check loads and saves make too, so a model trained with
    # --option negation_words=polish,english before it was refused was called damaged at load.
    import stance.model

    with monkeypatch.context() as patched:  # as versions before the refusal trained
        patched.setattr(stance.model, "languages_named_as_words", lambda value, command_line=False: None)
        model = StanceModel(stem=False, negation_words=["polish", "english"], threshold_folds=0).fit(
            TEXTS, LABELS, stance=STANCES)
        model.save(tmp_path / "old")
    loaded = stance.load(tmp_path / "old")
    assert [p.to_dict() for p in loaded.classify_many(TEXTS)] == [p.to_dict() for p in model.classify_many(TEXTS)]
    loaded.save(tmp_path / "again")  # and saves again
    assert stance.load(tmp_path / "again").params_.analyzer_options["negation_words"] == ["polish", "english"]


def test_a_german_model_is_read_as_spelt_whatever_the_spelling_option_says(tmp_path):
    # The option respells English: another language's words stay as written ("favor" in
    # "por favor" is no American "favour"). A German model records it off in its analyzer,
    # while its options keep what was asked (True, the default), as a refit would use it.
    model = german_model()
    assert model.get_params()["spelling"] is True and model.fitted_options_["spelling"] is True
    assert "spelling" not in model.params_.analyzer_options
    probes = [*TEXTS, "Die Organization der Defense", "Die Organisation der Defence"]
    np.testing.assert_array_equal(model.predict_proba(probes), german_model(spelling=False).predict_proba(probes))
    metadata = json.loads((model.save(tmp_path / "de") / "metadata.json").read_text())
    assert metadata["format_version"] == 17 and "spelling" not in metadata["analyzer"]
    assert metadata["options"]["spelling"] is True
    loaded = stance.load(tmp_path / "de")
    assert loaded.get_params()["spelling"] is True and loaded._feature_index(loaded.params_).supported
    np.testing.assert_array_equal(loaded.predict_proba(probes), model.predict_proba(probes))


# Persian "می‌روم" (I go) is written with a zero-width non-joiner after its prefix, and as often
# typed without it.
PERSIAN_JOINED, PERSIAN_TYPED = "\u0645\u06cc\u200c\u0631\u0648\u0645", "\u0645\u06cc\u0631\u0648\u0645"


@pytest.mark.parametrize("stem", ["german", False, "arabic"])
def test_invisible_format_characters_are_dropped_in_every_language(stem, tmp_path):
    # The option is every language's, whatever the stemming: a German word with a zero-width
    # space inside is the word, and a Persian word written with its zero-width non-joiner is the
    # word as typed without it, which the tokenizer parted at the non-joiner ("می", "روم").
    from stance.text import make_analyzer

    model = german_model(stem=stem)
    assert model.params_.analyzer_options["invisibles"] is True and model.get_params()["invisibles"] is True
    assert model._feature_index(model.params_).supported
    pairs = [("Die Sank\u200btionen", "Die Sanktionen"), ("Wehr\u2060pflicht\ufeff", "Wehrpflicht"),
             (f"{PERSIAN_JOINED} Sanktionen", f"{PERSIAN_TYPED} Sanktionen")]
    for written, typed in pairs:
        assert make_analyzer(stem=stem, invisibles=True)(written) == make_analyzer(stem=stem)(typed)
        assert model.predict_proba([written]).tobytes() == model.predict_proba([typed]).tobytes()
    assert len(make_analyzer(ngram_max=1, stem=stem)(PERSIAN_JOINED)) == 2  # as models saved before it read it
    loaded = stance.load(model.save(tmp_path / "m"))
    texts = [text for pair in pairs for text in pair]
    assert loaded.predict_proba(texts).tobytes() == model.predict_proba(texts).tobytes()
    assert loaded.classify_many(texts) == [model.classify(text) for text in texts]


UKRAINIAN = [
    ("Санкції треба посилити.", "sanctions", "favor"),
    ("Нові санкції потрібні вже зараз.", "sanctions", "favor"),
    ("Санкції слід зняти, вони шкодять нам самим.", "sanctions", "against"),
    ("Час відмовитися від санкцій.", "sanctions", "against"),
    ("Україні потрібна зброя, і її треба дати негайно.", "aid", "favor"),
    ("Допомогу Україні слід припинити.", "aid", "against"),
    ("Доброго ранку, колеги.", "none", None),
    ("Дякую за увагу.", "none", None),
]


@pytest.mark.parametrize("stem", ["russian", False])
def test_a_stressed_text_is_answered_as_the_text_without_its_stress_marks(stem, tmp_path):
    # A model trained on Ukrainian labelled "Санкції треба посилити." sanctions/favor and the
    # same text with the stress marks of a teaching text neutral, no known word: each word was
    # parted at its marks. The option is every language's, and the batch paths read it alike.
    texts, labels, stances = (list(column) for column in zip(*UKRAINIAN))
    model = StanceModel(stem=stem, threshold_folds=0).fit(texts, labels, stance=stances)
    assert model.params_.analyzer_options["marks"] is True and model._feature_index(model.params_).supported
    stressed = ["Са\u0301нкції тре\u0301ба поси\u0301лити.", "Допомо\u0301гу Украї\u0301ні слі\u0301д припини\u0301ти."]
    plain = [text.replace("\u0301", "") for text in stressed]
    assert model.predict_proba(stressed).tobytes() == model.predict_proba(plain).tobytes()
    assert model.classify(stressed[0]).label == "sanctions" and model.classify(stressed[0]).flag is None
    old = StanceModel(stem=stem, threshold_folds=0, marks=False).fit(texts, labels, stance=stances)
    assert old.classify(stressed[0]).flag == "no_known_words"  # as models saved before it read it
    loaded = stance.load(model.save(tmp_path / "m"))
    assert loaded.predict_proba(stressed).tobytes() == model.predict_proba(stressed).tobytes()
    assert loaded.classify_many(stressed) == [model.classify(text) for text in stressed]


CHINESE = [
    ("北约团结是我们安全的基础。", "alliance", "favor"),
    ("我们坚定支持北大西洋公约组织。", "alliance", "favor"),
    ("北约已经过时，应该解散。", "alliance", "against"),
    ("我们反对北约东扩。", "alliance", "against"),
    ("国防开支必须增加到百分之二。", "spending", "favor"),
    ("增加军费是浪费纳税人的钱。", "spending", "against"),
    ("今天天气很好。", "neutral", None),
    ("会议将于星期四举行。", "neutral", None),
]
JAPANESE = [
    ("NATOの結束こそが我が国の安全の土台です。", "alliance", "favor"),
    ("私たちは集団防衛の約束を強く支持します。", "alliance", "favor"),
    ("NATOはもう時代遅れだ。", "alliance", "against"),
    ("防衛費の増額は税金の無駄です。", "spending", "against"),
    ("防衛費を増やすべきです。", "spending", "favor"),
    ("明日は晴れるでしょう。", "neutral", None),
    ("会議は木曜日に開かれます。", "neutral", None),
]


@pytest.mark.parametrize("stem", [False, "english"])
def test_chinese_and_japanese_are_read_in_pairs_of_characters(stem, tmp_path):
    # With no spaces, each clause was one token: a model trained on Chinese learnt whole clauses,
    # and "我们坚定支持北约。", whose words it had seen in other clauses, was no_known_words. A run
    # of Chinese characters or kana is now its overlapping pairs of characters (a Latin word in
    # it stays a word); the option is every language's, and the batch paths read it alike.
    from stance.text import make_analyzer

    assert make_analyzer(ngram_max=1, stem=False, cjk=True)("NATO的未来：北约。") == ["nato", "的未", "未来", "北约"]
    assert make_analyzer(ngram_max=1, stem=False)("NATO的未来：北约。") == ["nato的未来", "北约"]  # as before it
    for rows in (CHINESE, JAPANESE):
        texts, labels, stances = (list(column) for column in zip(*rows))
        model = StanceModel(stem=stem, threshold_folds=0, none_label="neutral").fit(texts, labels, stance=stances)
        assert model.params_.analyzer_options["cjk"] is True and model._feature_index(model.params_).supported
        unseen = ["我们坚定支持北约。", "必须增加国防开支。"] if rows is CHINESE else \
            ["NATOを強く支持します。", "防衛費の増額に反対です。"]
        assert [model.classify(text).label for text in unseen] == ["alliance", "spending"]
        # Pairs across two words ("须增" of "必须增加") are seldom known: some such text is many_unknown_words.
        assert "no_known_words" not in [model.classify(text).flag for text in unseen]
        old = StanceModel(stem=stem, threshold_folds=0, none_label="neutral", cjk=False, lookalikes=False,
                          names=False).fit(
            texts, labels, stance=stances)
        assert old.classify(unseen[1]).flag == "no_known_words"  # as models saved before it read it
        loaded = stance.load(model.save(tmp_path / f"m{len(rows)}"))
        assert loaded.predict_proba(unseen).tobytes() == model.predict_proba(unseen).tobytes()
        assert loaded.classify_many(unseen) == [model.classify(text) for text in unseen]


@pytest.mark.parametrize("stem", ["german", False])
def test_a_dotted_handle_is_one_word_in_every_language(stem, tmp_path):
    # A Bluesky handle is a name whatever the language of the post: the option is every
    # language's, and the batch paths read it alike.
    from stance.text import make_analyzer

    model = german_model(stem=stem)
    assert model.params_.analyzer_options["handles"] is True and model.get_params()["handles"] is True
    assert model._feature_index(model.params_).supported
    written = ["@sanktionen.bsky.social Schönes Interview.", "Danke @Wehrpflicht.de."]
    for text in written:
        words = make_analyzer(ngram_max=1, stem=stem, links=True, handles=True)(text)
        assert not {"sanktion", "sanktionen", "wehrpflicht"} & set(words)
        assert model.predict_proba([text]).tobytes() == model.predict_proba([text.replace(
            text.split()[0] if text.startswith("@") else text.split()[-1], "")]).tobytes()
    loaded = stance.load(model.save(tmp_path / "m"))
    assert loaded.predict_proba(written).tobytes() == model.predict_proba(written).tobytes()
    assert loaded.classify_many(written) == [model.classify(text) for text in written]


@pytest.mark.parametrize("stem", ["german", False])
def test_cannot_is_read_as_can_not_in_every_language(stem, tmp_path):
    # As "can't" is split whatever the stemming (English quoted in another language's text),
    # so is "cannot": the option is every language's, and the batch paths read it alike.
    from stance.text import make_analyzer

    model = german_model(stem=stem)
    assert model.params_.analyzer_options["cannot"] is True and model.get_params()["cannot"] is True
    assert model._feature_index(model.params_).supported
    written = ["Wir cannot warten.", "Sie sagen: ‘we CANNOT wait’."]
    apart = ["Wir can not warten.", "Sie sagen: ‘we can not wait’."]
    contracted = ["Wir can't warten.", "Sie sagen: ‘we can't wait’."]
    for text, two, short in zip(written, apart, contracted):
        assert make_analyzer(stem=stem, cannot=True)(text) == make_analyzer(stem=stem)(two)
        assert make_analyzer(stem=stem, cannot=True)(text) == make_analyzer(stem=stem)(short)
        assert model.predict_proba([text]).tobytes() == model.predict_proba([two]).tobytes()
    assert make_analyzer(ngram_max=1, stem=stem)(written[0])[1] == "cannot"  # as models saved before it read it
    loaded = stance.load(model.save(tmp_path / "m"))
    assert loaded.predict_proba(written).tobytes() == model.predict_proba(written).tobytes()
    assert loaded.classify_many(written) == [model.classify(text) for text in written]


# Made with the code before German's list grew (tests/data/german_stem_no_words.answers.json
# holds its answers then): a model of stem="german" that records no negation words, and so
# re-reads its stem's list by name at load.
GERMAN_BEFORE_THE_LIST_GREW = DATA / "german_stem_no_words"
GREW_BY = ("keinesfalls", "keineswegs", "keinerlei", "nirgends", "nirgendwo")


def test_a_german_model_saved_before_its_negation_words_grew_answers_as_it_did():
    # The fuller list must not change the answers of models users saved: a model that records
    # no words marks after the words its stem had when it was trained.
    model = stance.load(GERMAN_BEFORE_THE_LIST_GREW)
    assert "negation_words" not in model.params_.analyzer_options
    expected = json.loads((DATA / "german_stem_no_words.answers.json").read_text(encoding="utf-8"))
    for answer in expected:
        got = model.classify(answer["text"]).to_dict()
        assert {k: got[k] for k in ("label", "labels", "stance", "flag")} == \
            {k: answer[k] for k in ("label", "labels", "stance", "flag")}, answer["text"]
        for key in ("scores", "stance_scores"):
            assert got[key] == pytest.approx(answer[key], rel=1e-9, abs=1e-12), (answer["text"], key)
    marks = stance.info.negation_marks(model.params_, model.fitted_options_)
    assert marks["language"] == "german" and marks["from"] == "stem"
    assert not set(GREW_BY) & set(marks["words"])


def test_a_new_german_training_marks_after_the_fuller_negation_words(tmp_path):
    import stance.info
    from stance.text import make_analyzer

    texts = [f"Wir liefern {w} Panzer {i}." for i in range(6) for w in ("keineswegs", "mehr")]
    model = StanceModel(stem="german", negation=True, threshold_folds=0, none_label=None).fit(
        texts, ["panzer", "munition"] * 6)
    analyzer = make_analyzer(**model.params_.analysis_options)
    for word in GREW_BY:
        assert "NOT_panz" in analyzer(f"Wir liefern {word} Panzer."), word
    # Fitted as if negation_words="german" were given: it records the words, so that a later
    # list changes nothing of it, and a version before this one reads it as it was trained.
    assert model.params_.analyzer_options["negation_words"] == list(stance.text.NEGATION_WORDS["german"])
    assert model.fitted_options_["negation_words"] == "german" and model.get_params()["negation_words"] is None
    marks = stance.info.negation_marks(model.params_, model.fitted_options_)
    assert marks["language"] == "german" and set(GREW_BY) <= set(marks["words"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no option "set since the fit"
        card = (model.save(tmp_path / "de") / "MODEL_CARD.md").read_text(encoding="utf-8")
    line = next(line for line in card.splitlines() if line.startswith("`NOT_…` marks"))
    assert "after a German negation word (nicht, kein, " in line and "keineswegs" in line, line
    loaded = stance.load(tmp_path / "de")
    assert loaded.classify("Wir liefern keineswegs Panzer.").to_dict() == model.classify(
        "Wir liefern keineswegs Panzer.").to_dict()
    assert loaded._options_set_since_fit() == {}
    # Only the stem set since the fit is told of (a review: negation_words=None was read with the
    # new stem, as though it too had changed).
    assert model.set_params(stem="french")._options_set_since_fit() == {"stem": ("french", "german")}


# Each language whose list grew since models of its stem recorded no words: the list as such
# models were trained with it (written out here, not read from stance.text, so that losing the
# frozen copy there fails), the words added since, and statements in which one of them opens
# a negation where no old word does.
LISTS_BEFORE_THEY_GREW = {
    "russian": (("не", "нет", "никогда", "ни", "ничего", "никто", "без"),
                ("нигде", "нельзя", "никакого", "никуда", "отнюдь"),
                ("Танки {} поставлять Украине {}.", "Танки {} поставлять Польше {}."), ("не", "можно")),
    "dutch": (("niet", "geen", "nooit", "niets", "niemand", "zonder", "noch"), ("nergens", "geenszins", "nimmer"),
              ("Wij leveren {} tanks aan Oekraïne {}.", "Wij leveren {} tanks aan Polen {}."), ("niet", "graag")),
    "italian": (("non", "mai", "nessuno", "nessuna", "niente", "nulla", "senza", "né"),
                ("neanche", "neppure", "nemmeno", "nessun"),
                ("Daremo {} carri armati all'Ucraina {}.", "Daremo {} carri armati alla Polonia {}."),
                ("mai", "presto")),
    "portuguese": (("não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "sem", "nem"),
                   ("nenhuns", "nenhumas"),
                   ("Enviaremos {} tanques à Ucrânia {}.", "Enviaremos {} tanques à Polónia {}."), ("nunca", "logo")),
}


def _fitted_as_before_the_list_grew(stem: str, tmp_path, monkeypatch):
    """A model of ``stem`` fitted and saved as versions before its list grew did (its old list,
    no words recorded), the statements it is asked about, and its answers then."""
    from stance import text

    old, added, (one, other), said = LISTS_BEFORE_THEY_GREW[stem]
    texts = [template.format(word, i) for i in range(4) for template in (one, other) for word in said]
    labels = ["ukraine", "ukraine", "poland", "poland"] * 4
    asked = [template.format(word, 9) for template in (one, other) for word in added]
    with monkeypatch.context() as before:
        before.setattr(text, "NEGATION_WORDS", {**text.NEGATION_WORDS, stem: old})
        before.setattr(text, "UNRECORDED_NEGATION_WORDS", {})
        text.language.cache_clear()  # it caches the lists read by name
        try:
            model = StanceModel(stem=stem, negation=True, threshold_folds=0, none_label=None).fit(texts, labels)
            assert "negation_words" not in model.params_.analyzer_options
            return model.save(tmp_path / stem), asked, model.predict_proba(asked)
        finally:
            text.language.cache_clear()


@pytest.mark.parametrize("stem", sorted(LISTS_BEFORE_THEY_GREW))
def test_a_model_saved_before_its_stems_negation_words_grew_answers_as_it_did(stem, tmp_path, monkeypatch):
    import stance.info
    from stance.text import make_analyzer

    path, asked, answers = _fitted_as_before_the_list_grew(stem, tmp_path, monkeypatch)
    model = stance.load(path)
    assert model.predict_proba(asked).tobytes() == answers.tobytes()
    marks = stance.info.negation_marks(model.params_, model.fitted_options_)
    assert marks["language"] == stem and marks["from"] == "stem"
    assert tuple(marks["words"]) == LISTS_BEFORE_THEY_GREW[stem][0]
    # The test tells the lists apart: the fuller one marks these statements otherwise.
    fuller = make_analyzer(**{**model.params_.analysis_options, "negation_words": stem})
    assert any(feature.startswith("NOT_") for feature in fuller(asked[0]))
    assert not any(feature.startswith("NOT_") for feature in make_analyzer(**model.params_.analysis_options)(asked[0]))


@pytest.mark.parametrize("stem", sorted(LISTS_BEFORE_THEY_GREW))
def test_a_new_training_of_a_stem_whose_negation_words_grew_marks_after_them(stem):
    import stance.info
    from stance.text import NEGATION_WORDS, make_analyzer

    _, added, (one, other), said = LISTS_BEFORE_THEY_GREW[stem]
    texts = [template.format(word, i) for i in range(3) for template in (one, other) for word in said]
    model = StanceModel(stem=stem, negation=True, threshold_folds=0, none_label=None).fit(
        texts, ["ukraine", "ukraine", "poland", "poland"] * 3)
    analyzer = make_analyzer(**model.params_.analysis_options)
    for word in added:
        assert any(feature.startswith("NOT_") for feature in analyzer(one.format(word, 1))), word
    assert model.params_.analyzer_options["negation_words"] == list(NEGATION_WORDS[stem])
    assert model.fitted_options_["negation_words"] == stem and model.get_params()["negation_words"] is None
    marks = stance.info.negation_marks(model.params_, model.fitted_options_)
    assert marks["language"] == stem and set(added) <= set(marks["words"])


def test_names_reads_no_letter_of_a_model_whose_negation_words_are_another_languages(tmp_path, capsys):
    # The README sends Polish and Czech text to stem=False with negation_words="polish" or
    # "czech", which names (stem=False is English to it) read with their letters folded: Polish
    # "że" (that) and "ze" (from) were one word, Czech "být" (to be) and "byt" (a flat), and
    # Vietnamese lost its tones. The option reads English only: a model whose negation words
    # are another language's, named or a list of words not English's (or none), has it off.
    from stance.text import make_analyzer

    def read(text, **options):
        return make_analyzer(ngram_max=1, stem=False, names=True, **options)(text)

    assert read("Polska mówi, że wojsko ze wschodu", negation_words="polish") == [
        "polska", "mówi", "że", "wojsko", "ze", "wschodu"]
    assert read("Chceme byt, ne být", negation_words="czech") == ["chceme", "byt", "ne", "být"]
    assert read("Không ủng hộ khong", negation_words=["không", "chưa"]) == ["không", "ủng", "hộ", "khong"]
    assert read("Nie ma że ze", negation_words=[]) == ["nie", "ma", "że", "ze"]
    # English's words, named or listed, and the default (None) read names as the press writes them.
    for words in (None, "english", "ENGLISH", ["not", "Never"]):
        assert read("Suwalki Suwałki", negation_words=words) == ["suwalki", "suwalki"], words
    assert make_analyzer(ngram_max=1, names=True)("Suwałki") == ["suwalki"]
    # A model trained so records the option off, as a German model does; get_params keeps what
    # was asked, and it loads, its card and `stance info` saying why it reads names as written.
    data = pd.read_csv(DATA / "polish.csv", dtype=str, keep_default_na=False, na_values=[""])
    polish = stance.train(data, stance_column="stance", stem=False, negation_words="polish")
    assert polish.get_params()["names"] is True and "names" not in polish.params_.analyzer_options
    english = stance.train(data, stance_column="stance", stem=False)
    assert english.params_.analyzer_options["names"] is True
    mine = stance.train(data, stance_column="stance", stem=False, negation_words=["nie", "nigdy"])
    assert "names" not in mine.params_.analyzer_options
    texts = ["Polska mówi, że wojsko ze wschodu.", "Nie popieramy żadnego atomu.", "Popieramy atom."]
    for model, name, said in ((polish, "pl", "are Polish's"), (mine, "mine", "are not English's")):
        folder = model.save(tmp_path / name)
        loaded = stance.load(folder)
        assert loaded.predict_proba(texts).tobytes() == model.predict_proba(texts).tobytes()
        card = (folder / "MODEL_CARD.md").read_text()
        assert f"Names are read as written: `names` reads English only, and this model's negation words {said}" in card
        assert main(["info", "--model", str(folder)]) == 0
        assert (f"names:          as written (names reads English only; this model's negation words {said})\n"
                in capsys.readouterr().out)


def test_an_english_stemmers_model_reads_names_whatever_its_negation_words():
    # A review of 70d90176: names was turned off for stem=True (and "porter") whenever a list of
    # negation words held a word not among English's nine ("hardly", "cannot") or was empty, so
    # that such an English model read "señoría" and "Suwałki" as written, unlike the version
    # before it; only a stem=False model, which reads any language, is told its language by them.
    from stance.text import make_analyzer

    for stem in (True, "porter"):
        for words in (["not", "hardly"], ["not", "no", "never", "cannot"], []):
            read = make_analyzer(ngram_max=1, stem=stem, names=True, negation_words=words)
            assert read("Suwałki")[0] == read("Suwalki")[0] == read("SUWALKI")[0], (stem, words)
    frame = pd.DataFrame({"text": ["We must reinforce Suwałki now.", "Hardly a reason to reinforce Suwałki.",
                                   "The weather was fine today.", "Prices rose again this month."] * 4,
                          "labels": ["flank", "flank", "none", "none"] * 4})
    model = stance.train(frame, negation_words=["not", "hardly"], threshold_folds=0)
    assert model.params_.analyzer_options["names"] is True
    proba = model.predict_proba(["Reinforce Suwalki.", "Reinforce Suwałki."])
    assert proba[0].tobytes() == proba[1].tobytes()


def test_rows_of_a_third_script_the_list_does_not_mark_are_named_with_the_most_rows(capsys, tmp_path):
    # A review: 12 English rows, 4 Russian and 4 Greek trained with negation_words='russian' were told
    # "no negation is marked in the Latin ones", nothing said of the Greek ones, where none is marked
    # either (Russian's words are not Greek's). Each script the list marks none of is named, most rows first.
    texts = LONG_ENGLISH + LONG_RUSSIAN[:4] + LONG_GREEK[:4]
    said = _unmarked_negation_advice(texts, ["nato", "none"] * 10, negation_words="russian")
    assert len(said) == 1 and said[0].startswith(
        "texts are mostly Latin (12 of the 20 read), but negation_words='russian' lists words in Cyrillic script, "
        "held only by the 4 texts in it, so no negation is marked in the Latin and Greek ones: "), said
    err = _trained_at_the_command_line(tmp_path, texts, ["nato", "none"] * 10, negation_words="russian", capsys=capsys)
    assert "so no negation is marked in the Latin and Greek ones: " in err, err
    # and the lists it joins are of the three languages, not "of texts of two languages, join their lists:
    # English's + Russian's", which leaves the Greek rows unmarked (a review): Greek's own words, none built in.
    assert said[0].endswith(
        "ones: of texts of three languages, join their lists (the Greek ones' own words for […]): "
        "negation_words=list(stance.text.NEGATION_WORDS['english']) + […] + "
        "list(stance.text.NEGATION_WORDS['russian']) (none in Greek script is built in)"), said
    english, russian = ",".join(stance.text.NEGATION_WORDS["english"]), ",".join(stance.text.NEGATION_WORDS["russian"])
    assert ("of texts of three languages, join their lists (English's, the Greek ones' own for WORD,WORD… and "
            f"these): --option negation_words={english},WORD,WORD…,{russian} (none in Greek script is built in)"
            in " ".join(err.split())), err
    assert "two languages" not in said[0] + err
    # Rows of two scripts are told of the one as before
    two = _unmarked_negation_advice(LONG_ENGLISH + LONG_RUSSIAN[:8], ["nato", "none"] * 10, "russian")
    assert len(two) == 1 and "so no negation is marked in the Latin ones: " in two[0], two
    assert two[0].endswith("ones: of texts of two languages, join their lists: "
                           "negation_words=list(stance.text.NEGATION_WORDS['english']) + "
                           "list(stance.text.NEGATION_WORDS['russian'])"), two

"""Documents: sentence splitting, per-statement scores, and the profile's arithmetic."""

import math
import random
import re
import time
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from stance.profile import profile
from stance.sentences import split_sentences, split_speakers, split_statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Rutte arrived. He spoke.", ["Mr. Rutte arrived.", "He spoke."]),
        ("The U.S. and the U.K. agreed. Then they left.", ["The U.S. and the U.K. agreed.", "Then they left."]),
        ("Resolution No. 5 passed. Good.", ["Resolution No. 5 passed.", "Good."]),
        ("They met on 23 Oct. 2024 in Tapa. It rained.", ["They met on 23 Oct. 2024 in Tapa.", "It rained."]),
        ('He said: "We are not alone." Then he left.', ['He said: "We are not alone."', "Then he left."]),
        ("Points:\n- first point\n- second point", ["Points:", "first point", "second point"]),
        ("1. Spend more\n2. Deploy faster", ["Spend more", "Deploy faster"]),
        ("A line that wraps\nonto the next line.", ["A line that wraps onto the next line."]),
        ("Title\n\nBody sentence here.", ["Title", "Body sentence here."]),
        ("NATO Summit in Vilnius\nLeaders met today.", ["NATO Summit in Vilnius", "Leaders met today."]),
        ("Allies agreed today\nUkraine will receive more air defence.",
         ["Allies agreed today Ukraine will receive more air defence."]),
        ("The Alliance must remain united and\nNATO must stand with Ukraine.",
         ["The Alliance must remain united and NATO must stand with Ukraine."]),
        ("They met at 5 p.m. today in Tapa. It rained.", ["They met at 5 p.m. today in Tapa.", "It rained."]),
        ("we stand with ukraine. more tanks for kyiv now. thanks all.",
         ["we stand with ukraine.", "more tanks for kyiv now.", "thanks all."]),
        ("Hungary said no. The others backed more aid.", ["Hungary said no.", "The others backed more aid."]),
        ("Troops came from the U.S. They arrived on Monday.", ["Troops came from the U.S.", "They arrived on Monday."]),
        # An audit by a reviewer of the document-splitting modules: a street's "St." ended no
        # sentence, as "Ltd." does before a word that opens one; before a name it goes on.
        ("He lives on Main St. The house is big. St. Petersburg is near. We met on Main St. in Tapa.",
         ["He lives on Main St.", "The house is big.", "St. Petersburg is near.", "We met on Main St. in Tapa."]),
        # a name after "U.S." or "U.K." goes on: "U.S. Army", "U.K. Parliament" cannot be told from a new sentence
        ("The U.S. Army and the U.K. Parliament agree. U.S. President Biden spoke.",
         ["The U.S. Army and the U.K. Parliament agree.", "U.S. President Biden spoke."]),
        ("(Applause) We stand together.", ["We stand together."]),
        ("Collective deter-\nrence works.", ["Collective deterrence works."]),
        # Ended inside curly quotes, as inside straight ones (nltk before 3.9 did not split here).
        ("He said \u201cWe will.\u201d The vote was close.", ["He said \u201cWe will.\u201d", "The vote was close."]),
        # A compound broken at its hyphen keeps it: "selfdefence" and "onespeed" are no words.
        ("Our self-\ndefence is non-\nnegotiable; a one-\nspeed, anti-\nNATO, pro-\nvided long-\nrange shortage.",
         ["Our self-defence is non-negotiable; a one-speed, anti-NATO, provided long-range shortage."]),
        # ...but a common word the opener begins is joined whole ("non·sense", "lon·ger").
        ("It is non-\nsense and self-\nish; an anti-\nquated plan, no long-\ner true.",
         ["It is nonsense and selfish; an antiquated plan, no longer true."]),
        # A newsroom journalist's audit: a number word's compound lost its hyphen ("Thirtytwo",
        # "fouryear"), as did "so-called", and a number's digit kept it with a space ("155- mm").
        ("Thirty-\ntwo Allies face a twenty-\nfirst century threat with a four-\nyear plan.",
         ["Thirty-two Allies face a twenty-first century threat with a four-year plan."]),
        ("The so-\ncalled plan for the so-\nciety is a co-\noperation of the co-\nalition.",
         ["The so-called plan for the society is a cooperation of the coalition."]),
        ("We bought 155-\nmm shells for a 24-\nhour mission.", ["We bought 155-mm shells for a 24-hour mission."]),
        ("Ten-\nsions rise in the four-\nteenth year of the ten-\nyear plan.",
         ["Tensions rise in the fourteenth year of the ten-year plan."]),
        # A review of that audit: after a number word the hyphen stays only before another number
        # word or a compound's common head ("ten-" / "year"), so words a number word begins are
        # joined ("ten-" / "dentious"); "co-" keeps it before "chair", "founder"… only.
        *[(f"Allies rejected the {first}\n{rest} claims.", [f"Allies rejected the {whole} claims."])
          for first, rest, whole in [("ten-", "dentious", "tendentious"), ("ten-", "ancy", "tenancy"),
                                     ("ten-", "derness", "tenderness"), ("ten-", "ured", "tenured"),
                                     ("four-", "fold", "fourfold"), ("co-", "operation", "cooperation"),
                                     ("ten-", "year", "ten-year"), ("co-", "ordination", "coordination"),
                                     ("co-", "chair's", "co-chair's"), ("thirty-", "fifth", "thirty-fifth"),
                                     ("three-", "member", "three-member"),
                                     ("fifth-", "generation", "fifth-generation")]],
        ("A first point.\nHEADER 1\nA second point.\nHEADER 2\nA third point.\nHEADER 3\n7",
         ["A first point.", "A second point.", "A third point."]),
        ("", []),
        # transcripts, releases and articles (the fifth user audit)
        ('"Are we ready?" she asked. "Yes!" he replied.', ['"Are we ready?" she asked.', '"Yes!" he replied.']),
        ("The brigade is ready and it\n- as the minister said -\nwill stay.",
         ["The brigade is ready and it - as the minister said - will stay."]),
        ("Its commander, Brig. Gen. C. Huber, spoke.", ["Its commander, Brig. Gen. C. Huber, spoke."]),
        ("Aid, incl. tanks, reached 3.2 bln. euros.", ["Aid, incl. tanks, reached 3.2 bln. euros."]),
        ("We stand united. [Applause] We will defend every inch.",
         ["We stand united.", "We will defend every inch."]),
        ("We agree to:\nA. strengthen deterrence;\nIV. Sweden joins.",
         ["We agree to:", "strengthen deterrence;", "Sweden joins."]),
        ("11.\nWe condemn the attack.", ["We condemn the attack."]),
        ("J. Smith said the Alliance is united.", ["J. Smith said the Alliance is united."]),
        ("NATO must stay\n\x0cunited.", ["NATO must stay united."]),
        ("Collective deter\u00ad\nrence works.", ["Collective deterrence works."]),
        ("We will help Ukraine.\nENDS", ["We will help Ukraine."]),
        ("Tags: #NATO #Poland\nReporting by Jan Nowak; Editing by Sue Lee\nDivision No. 5\n###\nThe motion passed.",
         ["The motion passed."]),
        ("[00:12:31] SECRETARY GENERAL: Article 5 is ironclad.", ["Article 5 is ironclad."]),
        ("NOTE: This is embargoed.", ["NOTE: This is embargoed."]),
        # the sixth user audit: bylines, picture credits and notes on a speech text
        ("By Jane Smith\n[Check against delivery]\nREUTERS/Ints Kalnins\nBy now the answer is clear.",
         ["By now the answer is clear."]),
        ("We stand together.\nPage 12\nPage 3 of 40\n- 7 -\nPage after page, they lied.",
         ["We stand together.", "Page after page, they lied."]),
        ("The House divided on party lines over the budget.", ["The House divided on party lines over the budget."]),
        # lines of tags and links, and credits in brackets or after a byline (the eleventh audit)
        ("We stand together.\n#NATO #Ukraine #WeAreNATO\n@NATO https://nato.int\n"
         "(Reporting by Anna Keller; Editing by Tom Brown)\nBy Anna Keller; Editing by Tom Brown\n#1 job: defence.",
         ["We stand together. #NATO #Ukraine #WeAreNATO @NATO", "#1 job: defence."]),  # a post's tags stay with it
        ("NATO press conference\nTuesday, 14 January 2026\nMarch 3, 2025\nWe met on 14 March 2026.",
         ["NATO press conference", "We met on 14 March 2026."]),  # a date alone on its line is furniture
        # a headline in sentence case, then the story's dateline
        ("Hungary blocks new aid package\nBUDAPEST, March 3 (Reuters) - Hungary vetoed the aid.",
         ["Hungary blocks new aid package", "BUDAPEST, March 3 (Reuters) - Hungary vetoed the aid."]),
        ("Allies split over drones\nNEW YORK — Talks stalled.",
         ["Allies split over drones", "NEW YORK — Talks stalled."]),
        ("The talks with\nNATO - which hosted them - stalled.", ["The talks with NATO - which hosted them - stalled."]),
        ("Photo: Reuters/J. Nowak\nCopyright 2025 Baltic Wire\nImage is everything in politics.\n"
         "Credit where it is due: allies delivered.\nRelated to this, Kyiv needs shells.",
         ["Image is everything in politics.", "Credit where it is due: allies delivered.",
          "Related to this, Kyiv needs shells."]),
        # a byte-order mark (open().read() of a file saved with one) or zero-width space is no text
        ("\ufeffWe stand together.\u200b\n\u200bAllies agree.", ["We stand together.", "Allies agree."]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_document_rows_and_profile_columns():
    doc = stance.score_document("We have a one-speed NATO.\n\nThank you all for coming. Bring the brigade home.")
    assert doc.sentences.text.tolist() == ["We have a one-speed NATO.", "Thank you all for coming.",
                                           "Bring the brigade home."]
    assert {"text", "label", "labels", "stance", "confidence"} <= set(doc.sentences.columns)
    assert list(doc.profile.columns) == ["n", "share", "favor", "against", "position", "position_low", "position_high"]
    assert "none" not in doc.profile.index
    assert list(doc.profile.share) == sorted(doc.profile.share, reverse=True)
    assert "<table" in doc._repr_html_() and "statements" in repr(doc)


def test_documents_compare_by_their_tables():
    # == raised pandas' "truth value of a DataFrame is ambiguous" (the dataclass's own __eq__
    # compared the frames with ==), so `doc in docs` and docs.index(doc) failed.
    text = "We have a one-speed NATO. Thank you all for coming."
    first, again = stance.score_document(text), stance.score_document(text)
    other = stance.score_document("Send tanks to Kyiv now.")
    assert first == again and (first != again) is False
    assert first != other and (first == other) is False
    assert first in [other, again] and [other, again].index(first) == 1
    assert first != "a document" and stance.score_document("   ") == stance.score_document("   ")
    # A review: the names of documents scored together, which str() prints, were left out.
    named = stance.score_documents({"a": "Send tanks to Kyiv.", "b": ""})
    renamed = stance.score_documents({"a": "Send tanks to Kyiv.", "zz": ""})
    assert str(named) != str(renamed) and named != renamed
    assert named == stance.score_documents({"a": "Send tanks to Kyiv.", "b": ""})
    # Not how the sides were given, which the tables show as read; a NaN name equals its copy's.
    assert stance.score_document(text) == stance.score_document(text, favor=["favor"], against=["against"])
    import pickle

    nan_named = stance.score_documents(pd.Series({np.nan: "Send tanks to Kyiv.", "b": "We stand together."}))
    assert nan_named == pickle.loads(pickle.dumps(nan_named))
    # A field of a numpy array is compared by its values, where its == has no truth value.
    from stance.document import DocumentScore

    pair = [DocumentScore(first.sentences, first.profile, np.array([1, 2])) for _ in range(2)]
    assert pair[0] == pair[1] and pair[0] != DocumentScore(first.sentences, first.profile, np.array([1, 3]))


def test_a_documents_repr_names_no_leading_target_when_none_is_found():
    # A user audit: "Good morning. Thank you." and a blank text printed as "<DocumentScore: 2
    # statements, leading target 'none'>", though the profile leaves the off-topic label out
    # and is empty, and str(doc) says "(no target found)".
    greeting = stance.score_document("Good morning. Thank you.")
    assert greeting.profile.empty and greeting.sentences.label.tolist() == ["none", "none"]
    assert repr(greeting) == "<DocumentScore: 2 statements, no target found>"
    assert repr(stance.score_document("   ")) == "<DocumentScore: 0 statements, no target found>"
    assert repr(stance.score_document("We have a one-speed NATO.")) == (
        "<DocumentScore: 1 statement, leading target 'unity'>")


def test_a_document_of_no_statements_shows_no_statements_in_a_notebook_as_printed():
    # A notebook analyst: print(doc) of "" said "(no statements)", as the README says, while the
    # notebook showed an empty profile table with its headers, "0 statements" and an empty table.
    with pytest.warns(stance.StanceWarning, match="are blank"):
        several = stance.score_documents({"a.txt": "", "b.txt": " "})
    for doc in (stance.score_document(""), stance.score_document("   \n "), several):
        assert str(doc) == "(no statements)"
        page = doc._repr_html_()
        assert page == "<div class='stance-document tex2jax_ignore mathjax_ignore'><p>(no statements)</p></div>"
        assert "<table" not in page and "0 statements" not in page
    assert "<table" in stance.score_document("We stand with Ukraine.")._repr_html_()


def test_a_document_whose_statements_take_no_position_shows_no_target_in_a_notebook_as_printed():
    # print(doc) said "(no target found)" under "Profile" while the notebook showed an empty
    # profile table with its headers, as if it had failed to fill.
    doc = stance.score_document("The bus fares rose on Monday. Schools reopen in May.")
    assert doc.profile.empty and list(doc.sentences["labels"]) == ["none", "none"]
    assert str(doc).endswith("\n\nProfile\n(no target found)")
    page = doc._repr_html_()
    assert "<p><b>Profile</b></p><p>(no target found)</p><p><b>2 statements</b></p>" in page
    assert page.count("<table") == 1 and "Schools reopen in May." in page  # the statements' table alone


def test_one_statement_or_one_document_is_counted_in_the_singular():
    # A journalist's audit: a one-line quote showed "<DocumentScore: 1 statements, …>" and
    # "1 statements" in the notebook; score_documents of one text "in 1 documents".
    doc = stance.score_document("We stand with Ukraine.")
    assert repr(doc) == "<DocumentScore: 1 statement, leading target 'ukraine_support'>"
    assert "<p><b>1 statement</b></p>" in doc._repr_html_()
    one = stance.score_documents({"quote.txt": "We stand with Ukraine. Bring the brigade home."})
    assert repr(one) == "<DocumentScore: 2 statements in 1 document>"


@pytest.mark.parametrize(("transcript", "speakers", "texts"), [
    ("MODERATOR: Good afternoon.\n\nQ: Why should Poles believe you?\n"
     "SECRETARY GENERAL:\nEvery ally will defend Poland. We stand together.\nMr Healey (Leeds East): I agree.",
     ["MODERATOR", "Q", "SECRETARY GENERAL", "SECRETARY GENERAL", "Mr Healey"],
     ["Good afternoon.", "Why should Poles believe you?", "Every ally will defend Poland."]),
    # The sixth user audit: "Kaja Kallas:" was scored as text and its statement credited to
    # the moderator, the previous tag.
    ("MODERATOR: Good morning.\nKaja Kallas: Europe must keep arming Ukraine.\nQ (AFP): Will you stop it?\n"
     "Secretary General Mark Rutte: We stand together.\nHealey: Agreed.",
     ["MODERATOR", "Kaja Kallas", "Q", "Secretary General Mark Rutte", "Healey"],
     ["Good morning.", "Europe must keep arming Ukraine."]),
    # The ninth user audit: Hansard's tags went to the previous speaker, a debate title
    # became a speaker, and Hansard's furniture was scored.
    ("Defence: Eastern Europe and Ukraine\nVolume 812: debated on Tuesday 14 January 2026\n1.32 pm\n"
     "Mr Speaker: Order.\nSarah Whitfield (Ashby North) (Lab): We must spend more.\n"
     "The Minister for the Armed Forces (Luke Harrow): The brigade stays in Estonia.\n"
     "An hon. Member: Rubbish!\nBaroness Smith of Basildon (Lab): We stand together.\n"
     "The House divided: Ayes 412, Noes 38.\n"
     "Question (Anna Keller, Deutsche Welle): More troops?\nQ [Reuters]: And Article 5?\nQ - TVN24: Why?",
     [None, "Mr Speaker", "Sarah Whitfield", "Luke Harrow", "An hon. Member",
      "Baroness Smith of Basildon", "Q", "Q", "Q"],
     ["Defence: Eastern Europe and Ukraine", "Order.", "We must spend more.", "The brigade stays in Estonia.",
      "Rubbish!", "We stand together.", "More troops?", "And Article 5?", "Why?"]),
])
def test_transcript_speakers_are_a_column_and_not_scored(transcript, speakers, texts):
    doc = stance.score_document(transcript)
    assert doc.sentences.speaker.tolist() == speakers
    assert doc.sentences.text.tolist()[: len(texts)] == texts
    by_speaker = profile(doc.sentences, by="speaker")
    named = {"(missing)" if speaker is None else speaker for speaker in speakers}
    assert len(by_speaker) and set(by_speaker.index.get_level_values(0)) <= named


HEALEY = ("Q: Will you send tanks?\nMr Healey: We will send tanks to Ukraine.\nQ: And the Baltic?\n"
          "Mr Healey: More troops.")


# The twentieth audit: a tag written with other spaces or a decomposed accent, or after a
# byte-order mark, was missed; its statements went to the previous tag ("Q", whom the README
# drops from a profile) with the tag inside their text.
@pytest.mark.parametrize(("transcript", "minister"), [
    (HEALEY.replace("Mr Healey", "Mr\u00a0Healey"), "Mr Healey"),  # no-break space, as web pages have it
    (HEALEY.replace("Mr Healey", "Mr\u202fHealey"), "Mr Healey"),  # narrow no-break space
    (HEALEY.replace("Mr Healey", "Mr\u2009Healey"), "Mr Healey"),  # thin space
    (HEALEY.replace("Mr Healey", "Mr  Healey"), "Mr Healey"),
    (HEALEY.replace("Healey", "He\u0301aley"), "Mr H\u00e9aley"),  # NFD, from macOS and PDFs; the name in NFC
    ("\ufeff" + HEALEY, "Mr Healey"),
    ("\u200b" + HEALEY, "Mr Healey"),
    (HEALEY.replace("Mr Healey:", "Mr \u200bHealey\u2060:").replace("Q:", "Q\u200b:"), "Mr Healey"),
], ids=["nbsp", "narrow nbsp", "thin space", "double space", "nfd", "bom", "zero-width space",
        "zero-width marks inside tags"])
def test_speaker_tags_are_read_however_spaces_and_accents_are_written(transcript, minister):
    sentences = stance.score_document(transcript).sentences
    assert sentences.speaker.tolist() == ["Q", minister, "Q", minister]
    assert sentences.text.tolist() == ["Will you send tanks?", "We will send tanks to Ukraine.", "And the Baltic?",
                                       "More troops."]


def test_tags_are_matched_normalised_but_statements_are_kept_as_written():
    # Two names in ordinary case make a transcript only when both are read as tags.
    text = "Kaja\u00a0Kallas: We send 10\u00a0000 shells to Kyi\u0301v.\nMark\u2009Rutte:\u00a0NATO\u202fis  united."
    assert split_speakers(text) == [("We send 10\u00a0000 shells to Kyi\u0301v.", "Kaja Kallas"),
                                    ("NATO\u202fis  united.", "Mark Rutte")]


def test_a_tag_with_a_stress_mark_is_read_as_a_tag_without_it():
    # An OSINT analyst's audit: "С.Шо\u0301йгу: …", a stress mark on the name, was no tag, and its
    # words went to the speaker before, the tag inside their text. The mark only annotates how the
    # name is said: the tag is read without it, and the statement keeps the text as written.
    text = "С.Лавров: Мы не поддерживаем НАТО.\nС.Шо\u0301йгу: Мы гото\u0301вы.\nС.Лавров: Нет."
    assert split_speakers(text) == [("Мы не поддерживаем НАТО.", "С.Лавров"), ("Мы гото\u0301вы.", "С.Шойгу"),
                                    ("Нет.", "С.Лавров")]
    assert split_speakers("Ведущий: Вопрос.\nШо\u0301йгу: Мы готовы.") == [("Вопрос.", "Ведущий"),
                                                                          ("Мы готовы.", "Шойгу")]


@pytest.mark.parametrize("tag", ["**PEVKUR:**", "**PEVKUR**:", "__PEVKUR:__", "*PEVKUR:*"])
def test_a_speaker_tag_in_markdown_bold_or_italics_is_a_tag(tag):
    # A journalist's audit: an interview saved as Markdown ("**PEVKUR:** No.") was read with no
    # speaker and no warning, "**PEVKUR:** No." a statement, the marks in it.
    interviewer = tag.replace("PEVKUR", "INTERVIEWER")
    text = f"{interviewer} Minister, will Estonia send troops?\n\n{tag} No. We **will** keep sending ammunition."
    assert split_speakers(text) == [("Minister, will Estonia send troops?", "INTERVIEWER"), ("No.", "PEVKUR"),
                                    ("We will keep sending ammunition.", "PEVKUR")]
    # a rule, a word's own underscores and a power's stars are no emphasis
    assert split_sentences("In code 2**10 is snake__case__x.") == ["In code 2**10 is snake__case__x."]


@pytest.mark.parametrize("text, statement", [
    ("RUTTE: Python's __init__ method is not policy.", "Python's __init__ method is not policy."),
    ("RUTTE: See http://nato.int/__docs__/x for the plan.", "See http://nato.int/__docs__/x for the plan."),
    ("RUTTE: See http://nato.int/**docs**/x for the plan.", "See http://nato.int/**docs**/x for the plan."),
    ("RUTTE: We __will__ not back down.", "We __will__ not back down."),
    ("RUTTE: We will **not** back down, **ever**.", "We will not back down, ever."),
    # a review of 6c8a6250: beside a dash, an ellipsis, guillemets or a tag's colon the marks stayed
    ("RUTTE: We **will**—today—send more.", "We will—today—send more."),
    ("RUTTE: We **will**… send more.", "We will… send more."),
    ("RUTTE: «**Oui**» dit-il.", "«Oui» dit-il."),
    # and not inside a token of hyphens, colons or slashes (a review of 5c491c31)
    ("RUTTE: See http://nato.int/pre-**docs**-x for the plan.", "See http://nato.int/pre-**docs**-x for the plan."),
    ("RUTTE: Run git log --**all** now.", "Run git log --**all** now."),
    ("RUTTE: We meet at 10:**30** today.", "We meet at 10:**30** today."),
])
def test_underscores_and_stars_inside_a_word_or_a_url_are_read_as_written(text, statement):
    # A review of 23726d27: "__…__" inside running text was dropped as bold, "__init__" read
    # "init" and a URL's "/__docs__/" "/docs/", against the README ("a word's own underscores").
    assert split_speakers(text) == [(statement, "RUTTE")]
    assert split_speakers("__RUTTE:__ We stand.") == [("We stand.", "RUTTE")]


def test_a_line_of_many_unclosed_bold_marks_keeps_them():
    # A review of 23726d27: a long line of "**word " with no closing mark took 29 s at 112 KB
    # (quadratic); the marks between are now scanned to the next star only. Kept as written.
    from stance.blocks import _without_markdown_emphasis

    line = "RUTTE: " + "**word " * 2000
    assert _without_markdown_emphasis(line) == line
    assert _without_markdown_emphasis("RUTTE: **" + "a" * 300 + "** b") == "RUTTE: **" + "a" * 300 + "** b"


def test_a_heading_after_a_colon_is_a_heading_however_it_is_spaced():
    # What follows a tag decides whether "Defence:" is a speaker or a heading; read as
    # written, two spaces between words made it a speaker (the second review).
    doc = ("Kaja Kallas: We must stay united.\nMark Rutte: Agreed, and we will.\n"
           "Defence: Eastern Europe and the Baltic States\nSpending rose again this year.\n")
    speakers = {text.split()[0]: speaker for text, speaker in split_speakers(doc)}
    assert speakers["Defence:"] == "Mark Rutte"
    doubled = {" ".join(text.split()).split()[0]: speaker for text, speaker in split_speakers(doc.replace(" ", "  "))}
    assert doubled == speakers


def test_without_a_transcript_there_is_no_speaker():
    assert stance.score_document("We stand together.").sentences.speaker.tolist() == [None]
    # One name-like tag in a text that is not a transcript is a label, and stays in the text.
    label_line = "Ukraine: allies will keep supporting Kyiv."
    assert split_sentences(label_line) == [label_line]
    headline = "The Baltic and the Balkans: two fronts, one alliance."
    assert split_sentences(headline) == [headline]
    assert split_sentences(f"{label_line}\nTags: NATO, Kyiv") == [label_line]  # furniture is no second tag
    assert stance.score_document(label_line).sentences.speaker.tolist() == [None]


def test_html_is_flagged_as_markup():
    page = "<html><body><div><p>We stand with Ukraine.</p><p>Allies agree.</p><br></div></body></html>"
    with pytest.warns(UserWarning, match="strip the markup"):
        stance.score_document(page)


def test_document_rejects_non_text():
    with pytest.raises(TypeError, match="document"):
        stance.score_document(None)


def test_document_read_as_bytes_is_told_to_decode():
    # open(path, "rb").read() is bytes: say how to get the str, as classify() does.
    with pytest.raises(stance.InvalidTypeError, match=r"got bytes \(decode bytes first, e.g. text.decode\('utf-8'\)\)"):
        stance.score_document(b"We stand with Ukraine.")


def test_an_open_file_given_as_the_document_is_told_to_be_read(tmp_path):
    # A user audit: score_document(open("speech.txt")) said only "text must be a str (the
    # document), got TextIOWrapper", where bytes and a path are told how to get the text.
    speech = tmp_path / "speech.txt"
    speech.write_text("We stand together.\n", encoding="utf-8")
    with open(speech, encoding="utf-8") as handle, pytest.raises(
            stance.InvalidTypeError, match=r"got TextIOWrapper \(an open file: read it first, e\.g\. file\.read\(\)\)"):
        stance.score_document(handle)
    with open(speech, "rb") as handle, pytest.raises(
            stance.InvalidTypeError, match=r"got BufferedReader \(an open file: read it first, "
                                           r"e\.g\. file\.read\(\)\.decode\('utf-8'\)\)"):
        stance.score_document(handle)
    with open(speech, encoding="utf-8") as handle, pytest.raises(stance.InvalidTypeError, match=r"file\.read\(\)"):
        stance.score_documents({"speech.txt": handle})


def test_a_file_name_given_as_the_document_is_told_to_be_read_first(tmp_path):
    # score_document("speech.txt") scored the name as a one-statement document, without a word,
    # and a Path was refused with no hint of reading the file.
    speech = tmp_path / "speech.txt"
    speech.write_text("We stand together.\n", encoding="utf-8")
    with pytest.warns(stance.StanceWarning, match=r"text 'speech\.txt' looks like a file's name, not a document; "
                                                  r"to score the file, pass its contents"):
        scored = stance.score_document("speech.txt")
    assert scored.sentences.text.tolist() == ["speech.txt"]  # scored as asked, all the same
    # From an audit: a caption file's name, a supported input, was scored without a word
    for name in ("speech.srt", "tapa.VTT"):
        with pytest.warns(stance.StanceWarning, match=rf"text '{re.escape(name)}' looks like a file's name, not a "
                                                      r"document; to score the file, pass its contents"):
            stance.score_document(name)
    with pytest.raises(stance.InvalidTypeError, match=r"got PosixPath \(a path: read the file first, e\.g\. "
                                                      r"pathlib\.Path\(path\)\.read_text\(encoding='utf-8'\)\)"):
        stance.score_document(speech)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.score_document("Ukraine.")  # a one-word statement is no file name
        stance.score_document("See www.nato.int")


def test_a_tables_name_or_path_given_as_the_document_is_pointed_to_stance_score():
    # score_document("votes.csv") was told to pass the file's contents, which would score its
    # header row as prose; "votes.parquet" and "votes.xlsx" scored as a statement without a word.
    for name, rows in [("votes.csv", "stance.score('votes.csv') (stance score on the command line)"),
                       ("votes.parquet", "stance.score('votes.parquet') (stance score on the command line)"),
                       ("votes.json", "stance.score(pandas.read_json('votes.json'))"),
                       ("votes.xlsx", "stance.score(pandas.read_excel('votes.xlsx'))")]:
        suffix = name.partition(".")[2]
        with pytest.warns(stance.StanceWarning) as caught:
            scored = stance.score_document(name)
        assert [str(w.message) for w in caught] == [
            f"text {name!r} looks like the name of a table of statements (.{suffix}), not a document: "
            f"to score its rows, {rows}"]
        assert scored.sentences.text.tolist() == [name]  # scored as asked, all the same
        # A path was told to be read with read_text, a table's too.
        with pytest.raises(stance.InvalidTypeError) as refused:
            stance.score_document(Path(name))
        assert str(refused.value) == (f"text must be a str (the document), got {type(Path(name)).__name__}, the "
                                      f"path of a table of statements (.{suffix}), not a document: to score its "
                                      f"rows, {rows}")


def test_profile_arithmetic():
    scored = pd.DataFrame({"labels": ["a", "a", "a|b", "none", "b"],
                           "stance": ["favor", "favor", "against", None, "against"]})
    table = profile(scored)
    assert table.index.tolist() == ["a", "b"]
    a = table.loc["a"]
    assert (a.n, a.favor, a.against) == (3, 2, 1) and a.share == pytest.approx(3 / 5)
    assert a.position == pytest.approx(math.log(2.5 / 1.5))
    half_width = 1.959963984540054 * math.sqrt(1 / 2.5 + 1 / 1.5)
    assert a.position_low == pytest.approx(a.position - half_width)
    assert a.position_high == pytest.approx(a.position + half_width)
    # A statement's stance is towards its primary target: "a|b" gives b no stance count.
    b = table.loc["b"]
    assert (b.n, b.favor, b.against) == (2, 0, 1)


def test_grouped_profile():
    scored = pd.DataFrame({"speaker": ["x", "x", "y"], "labels": ["a", "b", "a"],
                           "stance": ["favor", "against", "against"]})
    table = profile(scored, by="speaker")
    assert table.loc[("y", "a"), "against"] == 1 and table.loc[("x", "a"), "share"] == 0.5


def test_profile_orders_tied_targets_by_name_whatever_the_row_order():
    # A statistician's audit: targets of one share and one position came in the order of the
    # input's rows, so one profile of shuffled rows listed a party's targets otherwise.
    scored = pd.DataFrame({"party": ["x"] * 4 + ["y"] * 2, "labels": ["b", "a", "c", "c", "d", "d"],
                           "stance": ["favor", "favor", "against", "against", "favor", "favor"]})
    expected = [("x", "c"), ("x", "a"), ("x", "b"), ("y", "d")]  # c the most; a and b tied, by name
    for seed in range(6):
        shuffled = scored.sample(frac=1, random_state=seed)
        assert profile(shuffled, by="party").index.tolist() == expected, seed
        assert profile(shuffled[shuffled.party == "x"]).index.tolist() == ["c", "a", "b"], seed


def test_compare_profiles_gives_the_change_in_position_with_its_interval():
    # A fact-checker comparing two years had the two positions and their intervals, and no
    # documented way to ask whether a position had changed (the thirty-second audit). By hand:
    # before, 2 favor and 0 against: log(2.5 / 0.5) = log 5 = 1.6094, variance 1/2.5 + 1/0.5 = 2.4;
    # after, 0 and 2: -1.6094, variance 2.4. The change is -3.2189 with standard error
    # sqrt(4.8) = 2.1909, so 1.96 * 2.1909 = 4.2941 either side: [-7.5130, 1.0752].
    before = profile(pd.DataFrame({"labels": ["gas", "gas", "coal"], "stance": ["favor", "favor", "against"]}))
    after = profile(pd.DataFrame({"labels": ["gas", "gas", "gas", "wind"],
                                  "stance": ["against", "against", None, "favor"]}))
    change = stance.compare_profiles(before, after)
    assert change.index.tolist() == ["gas"]  # coal and wind are in one profile only
    gas = change.loc["gas"]
    assert (gas.n_before, gas.n_after) == (2, 3)
    assert gas.change == pytest.approx(-3.2189, abs=1e-4)
    assert (gas.change_low, gas.change_high) == (pytest.approx(-7.5130, abs=1e-4), pytest.approx(1.0752, abs=1e-4))
    assert (gas.position_before, gas.position_after) == (pytest.approx(1.6094, abs=1e-4),
                                                         pytest.approx(-1.6094, abs=1e-4))
    # Grouped profiles are compared group by group: a speaker in both years, on a target of both.
    by_year = pd.DataFrame({"speaker": ["x", "x", "y"], "labels": ["gas", "gas", "gas"],
                            "stance": ["favor", "favor", "favor"]})
    with pytest.warns(stance.StanceWarning, match="left out speaker='y', which before alone holds"):
        grouped = stance.compare_profiles(profile(by_year, by="speaker"),
                                          profile(by_year.iloc[:1].assign(stance="against"), by="speaker"))
    assert grouped.index.tolist() == [("x", "gas")]
    # by hand: log(0.5 / 1.5) - log(2.5 / 0.5) = -1.0986 - 1.6094 = -2.7081
    assert grouped.loc[("x", "gas"), "change"] == pytest.approx(-2.7081, abs=1e-4)
    with pytest.raises(stance.InvalidInputError, match="grouped by"):
        stance.compare_profiles(before, profile(by_year, by="speaker"))
    with pytest.raises(stance.InvalidTypeError, match="after must be"):
        stance.compare_profiles(before, None)


def test_compare_profiles_that_share_no_group_or_target_says_why_it_is_empty():
    from stance.profile import CHANGE_COLUMNS

    # A user audit: two months of one grouped profile, compare_profiles(pm.loc[[1]], pm.loc[[4]]),
    # gave an empty frame without a word: grouped profiles are compared group by group, and
    # month 1 is not month 4.
    s = pd.DataFrame({"labels": ["unity"] * 4, "stance": ["favor", "against", "favor", "favor"],
                      "month": [1, 1, 4, 4]})
    pm = profile(s, by="month")
    with pytest.warns(stance.StanceWarning, match=r"^before and after share no group: before holds month=1 and "
                                                  r"after month=4, and grouped profiles are compared group by "
                                                  r"group.*compare_profiles\(profile\.xs\(1\), profile\.xs\(4\)\)$"):
        empty = stance.compare_profiles(pm.loc[[1]], pm.loc[[4]])
    assert empty.empty and list(empty.columns) == list(CHANGE_COLUMNS)
    # The advice works. By hand: month 1, 1 favor and 1 against, log(1.5 / 1.5) = 0; month 4,
    # 2 and 0, log(2.5 / 0.5) = 1.6094: a change of 1.6094.
    change = stance.compare_profiles(pm.xs(1), pm.xs(4))
    assert change.index.tolist() == ["unity"] and change.loc["unity", "change"] == pytest.approx(1.6094, abs=1e-4)
    # Several groups each, of two columns, none in both.
    both = profile(s.assign(month=[1, 2, 3, 4], party="A"), by=["party", "month"])
    with pytest.warns(stance.StanceWarning, match=r"^before and after share no group: before holds \(party, "
                                                  r"month\)=\('A', 1\) or \('A', 2\) and after \(party, "
                                                  r"month\)=\('A', 3\) or \('A', 4\),.*compare_profiles\("
                                                  r"profile\.xs\(\('A', 1\)\), profile\.xs\(\('A', 3\)\)\)$"):
        assert stance.compare_profiles(both.iloc[:2], both.iloc[2:]).empty
    # From an audit: groups written alike but of two types, a year read as text from one file and
    # as a number from another, were told to be taken each on its own; the types differ, and the
    # advice says to make them alike, which then compares them.
    texts = profile(s.assign(month=s.month.astype(str)), by="month")
    with pytest.warns(stance.StanceWarning, match=r"^before and after share no group: .*'1' \(text\) is not 1 \(a "
                                                  r"number\): the groups' types differ.*scored\.astype\(\{'month': "
                                                  r"str\}\), for both\)"):
        assert stance.compare_profiles(texts, pm).empty
    alike = stance.compare_profiles(texts, profile(s.astype({"month": str}), by="month"))
    assert alike.index.tolist() == [("1", "unity"), ("4", "unity")] and alike.change.tolist() == [0, 0]
    # A group in both, but no target of it in both.
    other = profile(s.assign(labels="deterrence"), by="month")
    with pytest.warns(stance.StanceWarning, match=r"^no target is in both profiles in a group of both \(before: "
                                                  r"\['unity'\], after: \['deterrence'\]\)"):
        assert stance.compare_profiles(pm, other).empty
    gas = profile(pd.DataFrame({"labels": ["gas"], "stance": ["favor"]}))
    wind = profile(pd.DataFrame({"labels": ["wind"], "stance": ["favor"]}))
    with pytest.warns(stance.StanceWarning, match=r"^no target is in both profiles \(before: \['gas'\], after: "
                                                  r"\['wind'\]\), so there is no change to give$"):
        assert stance.compare_profiles(gas, wind).empty
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)  # every group in both, or a profile of nothing
        assert len(stance.compare_profiles(pm, pm)) == 2
        assert stance.compare_profiles(gas, gas.iloc[:0]).empty


def test_compare_profiles_names_the_groups_only_one_profile_has():
    # A statistician's audit: a group in one profile alone was left out without a word (the
    # warning came only when the two shared no group), so a change "of every speaker" missed some.
    s = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against"] * 3,
                      "month": [1, 1, 4, 4, 7, 7]})
    pm = profile(s, by="month")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        change = stance.compare_profiles(pm.loc[[1, 4]], pm.loc[[4, 7]])
    assert change.index.tolist() == [(4, "unity")]
    told = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert len(told) == 1, told  # one warning a call, naming both sides
    assert re.match(r"^compare_profiles left out month=1, which before alone holds, and month=7, which after alone "
                    r"holds", told[0]), told[0]
    with pytest.warns(stance.StanceWarning, match=r"^compare_profiles left out month=4 and 7, which after alone holds"):
        assert len(stance.compare_profiles(pm.loc[[1]], pm)) == 1
    # Several columns: each group named as a tuple.
    both = profile(s.assign(party="A"), by=["party", "month"])
    with pytest.warns(stance.StanceWarning, match=r"^compare_profiles left out \(party, month\)=\('A', 1\), which "
                                                  r"before alone holds"):
        assert len(stance.compare_profiles(both, both.iloc[1:])) == 2


def test_compare_profiles_refuses_a_profile_whose_targets_are_a_column_naming_the_argument_and_index(tmp_path):
    # A notebook user: two profiles saved with to_csv and read back without index_col were
    # paired by row number, unity of one with deterrence of the other, into a change that
    # looked right; read with index_col=0, grouped ones failed inside pandas ("cannot reindex
    # on an axis with duplicate labels"). Both refused as plot_profile refuses them.
    before = profile(pd.DataFrame({"labels": ["unity", "unity", "gas"], "stance": ["favor", "favor", "against"]}))
    after = profile(pd.DataFrame({"labels": ["gas", "gas", "unity"], "stance": ["favor", "favor", "against"]}))
    assert before.index.tolist() == ["unity", "gas"] and after.index.tolist() == ["gas", "unity"]
    before.to_csv(tmp_path / "before.csv")
    after.to_csv(tmp_path / "after.csv")
    advice = (r"has its targets in a column, not its index .*so its rows would be paired with the other "
              r"profile's by their row numbers: read it with pd\.read_csv\(path, index_col=\['target'\]\), or "
              r"pass {}\.set_index")
    for name, call in (("before", lambda: stance.compare_profiles(pd.read_csv(tmp_path / "before.csv"), after)),
                       ("after", lambda: stance.compare_profiles(before, pd.read_csv(tmp_path / "after.csv"))),
                       ("before", lambda: stance.compare_profiles(before.reset_index(), after.reset_index()))):
        with pytest.raises(stance.InvalidInputError, match=rf"^{name} {advice.format(name)}"):
            call()
    # Read as advised, the targets are paired by name. By hand: unity 2 favor 0 against, log(2.5 / 0.5)
    # = 1.6094, then 0 and 1, log(0.5 / 1.5) = -1.0986: a change of -2.7081; gas the reverse, +2.7081.
    read = [pd.read_csv(tmp_path / f"{name}.csv", index_col=["target"]) for name in ("before", "after")]
    change = stance.compare_profiles(*read)["change"]
    assert change.to_dict() == {"unity": pytest.approx(-2.7081, abs=1e-4), "gas": pytest.approx(2.7081, abs=1e-4)}
    # Grouped, read with index_col=0: its groups the index, its targets a column.
    scored = pd.DataFrame({"party": ["A", "A", "B", "B"], "labels": ["unity", "gas", "unity", "gas"],
                           "stance": ["favor", "against", "against", "favor"]})
    profile(scored, by="party").to_csv(tmp_path / "grouped.csv")
    grouped = pd.read_csv(tmp_path / "grouped.csv", index_col=0)
    keys = re.escape("['party', 'target']")
    with pytest.raises(stance.InvalidInputError, match=rf"^after has its targets in a column.*read it with "
                                                       rf"pd\.read_csv\(path, index_col={keys}\), or "
                                                       rf"pass after\.reset_index\(\)\.set_index\({keys}\)$"):
        stance.compare_profiles(profile(scored, by="party"), grouped)
    read = pd.read_csv(tmp_path / "grouped.csv", index_col=["party", "target"])
    assert stance.compare_profiles(read, read)["change"].tolist() == [0, 0, 0, 0]


def test_a_grouped_profile_whose_groups_are_a_column_beside_its_targets_is_refused_alike_by_all_three(tmp_path):
    # A review of 2a86129: a grouped profile read back with index_col="target" (or after
    # reset_index(level=0)) has its targets repeating in its index, its parties a column:
    # compare_profiles failed inside pandas ("cannot reindex on an axis with duplicate labels"),
    # plot_profile drew each target twice, the parties unread, and plot_trend sent the user to
    # plot_profile. All three refuse it alike, naming the argument and the index to give.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"party": ["A", "A", "B", "B", "B"], "labels": ["unity", "gas", "unity", "gas", "gas"],
                           "stance": ["favor", "against", "against", "favor", "favor"]})
    grouped = profile(scored, by="party")
    grouped.to_csv(tmp_path / "grouped.csv")
    keys = "['party', 'target']"

    def refusal(name, use):
        return (f"{name} has its targets in its index and its groups in a column, 'party' (read back from a file "
                f"whose index_col gave 'target' alone, or after reset_index('party')), so its index repeats each "
                f"target, once a group, and its rows cannot be {use} by group: read it with "
                f"pd.read_csv(path, index_col={keys}), or pass {name}.reset_index().set_index({keys})")

    open_before = plt.get_fignums()
    for read in (pd.read_csv(tmp_path / "grouped.csv", index_col="target"), grouped.reset_index(level=0)):
        assert read.index.tolist() == ["unity", "gas", "gas", "unity"]  # by hand: A's two, then B's
        paired = "paired with the other profile's"
        for call, args, expected in ((stance.compare_profiles, (read, read), refusal("before", paired)),
                                     (stance.compare_profiles, (profile(scored), read), refusal("after", paired)),
                                     (stance.plot_profile, (read,), refusal("profile", "drawn")),
                                     (stance.plot_trend, (read,), refusal("profile", "drawn"))):
            with pytest.raises(stance.InvalidInputError) as refused:
                call(*args)
            assert str(refused.value) == expected
    assert plt.get_fignums() == open_before  # refused before a figure was made
    # Either advice gives the profile back: by hand, A's unity 1 favor 0 against, log(1.5 / 0.5) = 1.0986.
    followed = pd.read_csv(tmp_path / "grouped.csv", index_col=["party", "target"])
    pd.testing.assert_frame_equal(grouped.reset_index(level=0).reset_index().set_index(["party", "target"]), grouped)
    assert followed.loc[("A", "unity"), "position"] == pytest.approx(1.0986, abs=1e-4)
    # (pandas 2.0's CSV parser reads a float a last bit off: approx)
    assert stance.compare_profiles(followed, grouped)["change"].tolist() == pytest.approx([0, 0, 0, 0])
    # Read with index_col=0, its groups alone as the index: said so, not "without index_col".
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.compare_profiles(grouped, pd.read_csv(tmp_path / "grouped.csv", index_col=0))
    assert str(refused.value) == (
        f"after has its targets in a column, not its index (read back from a file whose index_col gave 'party' "
        f"alone, or after reset_index('target')), so its rows cannot be paired with the other profile's by target: "
        f"read it with pd.read_csv(path, index_col={keys}), or pass after.reset_index().set_index({keys})")
    # Not refused: an ungrouped profile read with index_col=0 (its targets the index, as the README
    # says), nor one with a column of the user's beside it, whose targets repeat not.
    alone = profile(scored)
    alone.to_csv(tmp_path / "alone.csv")
    read_alone = pd.read_csv(tmp_path / "alone.csv", index_col=0)
    assert stance.compare_profiles(read_alone, alone)["change"].tolist() == pytest.approx([0, 0])
    assert stance.compare_profiles(alone.assign(note="draft"), alone)["change"].tolist() == [0, 0]
    plt.close(stance.plot_profile(alone.assign(note="draft")).figure)


def test_two_profiles_concatenated_are_refused_alike_by_all_three_naming_the_repeated_row():
    # Two profiles concatenated (pd.concat([p2023, p2024])) hold each target twice: compare_profiles
    # failed inside pandas ("cannot reindex on an axis with duplicate labels"), grouped plots too
    # ("Index contains duplicate entries, cannot reshape"), and plot_profile drew each target twice.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"party": ["A", "A", "B", "B", "B"], "labels": ["unity", "gas", "unity", "gas", "gas"],
                           "stance": ["favor", "against", "against", "favor", "favor"]})
    alone, grouped = profile(scored), profile(scored, by="party")
    advice = ("take each profile on its own, or keep them apart as groups, pd.concat([p1, p2], keys=['2023', "
              "'2024'], names=['year']), and take one with {name}.xs('2023')")
    open_before = plt.get_fignums()
    paired = "paired with the other profile's"
    for one, once in ((alone, "once"), (grouped, "once a group")):
        concatenated = pd.concat([one, one])
        # Each row twice; the first repeated is the profile's first row (A's first target when grouped).
        assert concatenated.index.duplicated().sum() == len(one)
        first = one.index[0]
        row = f"'{first}'" if once == "once" else f"'{first[1]}' in group party='{first[0]}'"
        calls = [(stance.compare_profiles, (concatenated, one), "before", paired),
                 (stance.compare_profiles, (one, concatenated), "after", paired),
                 (stance.plot_profile, (concatenated,), "profile", "drawn")]
        if one is grouped:  # an ungrouped profile has no trend, and plot_trend says so first
            calls.append((stance.plot_trend, (concatenated,), "profile", "drawn"))
        for call, args, name, use in calls:
            with pytest.raises(stance.InvalidInputError) as refused:
                call(*args)
            many = len(concatenated) // 2 - 1
            assert str(refused.value) == (
                f"{name} holds the row of {row} 2 times, and {many} more row{'s' * (many > 1)} so, where a profile "
                f"holds each target {once} (two profiles concatenated, by their look), so its rows cannot be {use}: "
                + advice.format(name=name)), (call, name)
    assert plt.get_fignums() == open_before  # refused before a figure was made
    # A group of numbers or months is named as written, not as numpy or pandas would repr it.
    dated = scored.assign(year=[2023, 2023, 2024, 2024, 2024],
                          month=pd.PeriodIndex(["2023-01", "2023-01", "2024-02", "2024-02", "2024-02"], freq="M"))
    for by, group in (("year", "year=2023"), ("month", "month=2023-01")):
        one = profile(dated, by=by)
        with pytest.raises(stance.InvalidInputError, match=rf"^before holds the row of '{one.index[0][1]}' in group "
                                                             rf"{group} 2 times, and"):
            stance.compare_profiles(pd.concat([one, one]), one)
    # A NaN target held twice is counted (== never holds for NaN: "0 times").
    nan = pd.concat([alone.iloc[:1], alone.iloc[:1]]).rename(index=lambda _: float("nan"))
    with pytest.raises(stance.InvalidInputError, match=r"^profile holds the row of nan 2 times, where"):
        stance.plot_profile(nan)
    # The advice given works: kept apart as groups, one taken back is the profile.
    kept = pd.concat([alone, alone], keys=["2023", "2024"], names=["year"])
    pd.testing.assert_frame_equal(kept.xs("2023"), alone)
    assert stance.compare_profiles(kept.xs("2023"), kept.xs("2024"))["change"].tolist() == [0, 0]

def test_profile_plot(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    doc = stance.score_document("We have a one-speed NATO. Bring the brigade home. Thank you.")
    ax = doc.plot()
    ax.figure.savefig(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000
    # unity 1 favor, eastern_flank 1 against: no bar is even, and neither interval leaves 0 out
    # (a statement each shows no lean), and the legend lists only what is drawn
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["no clear lean\n(95% interval holds 0)"]
    # The counts beside the bars stay inside the axes, and the legend beside them, over no bar
    # (the longest bar's counts ran past the edge, and the legend sat over the top bars).
    ax.figure.canvas.draw()
    frame = ax.get_window_extent()
    assert all(text.get_window_extent().x1 <= frame.x1 for text in ax.texts)
    assert ax.get_legend().get_window_extent().x0 >= frame.x1


PRESSER = ("MODERATOR: Welcome everyone. We have a one-speed NATO.\n"
                    "SECRETARY GENERAL RUTTE: We have a one-speed NATO. We stand with Ukraine.\n"
                    "Q: Bring the brigade home. Will NATO stay united?\n")


def _tally(sentences, speakers):
    """Each target's (favor, against) of the statements of ``speakers``, counted row by row."""
    counts = {}
    for speaker, target, side in zip(sentences["speaker"], sentences["label"], sentences["stance"]):
        if speaker in speakers and target != "none":
            favor, against = counts.get(target, (0, 0))
            counts[target] = (favor + (side == "favor"), against + (side == "against"))
    return counts


def _counts_by_hand(sentences, speakers):
    """Each target's "favor / against" of the statements of ``speakers``, as the plot writes it."""
    return {target: f"{favor} favor / {against} against" for target, (favor, against)
            in _tally(sentences, speakers).items()}


def test_a_plot_of_some_speakers_counts_their_statements_alone():
    # A journalist's audit: doc.plot(speakers="Q") drew the whole document's counts under the
    # title "Document profile: Q", so did speakers="NOBODY", and a list was titled "['Q']".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    doc = stance.score_document(PRESSER)
    assert doc.sentences["speaker"].tolist().count("Q") == 2
    for speakers, kept, title in [("Q", {"Q"}, "Document profile: Q"),
                                  (["rutte"], {"SECRETARY GENERAL RUTTE"}, "Document profile: SECRETARY GENERAL RUTTE"),
                                  (("q", "Moderator:"), {"Q", "MODERATOR"}, "Document profile: MODERATOR, Q")]:
        ax = doc.plot(speakers=speakers)
        drawn = dict(zip([tick.get_text() for tick in ax.get_yticklabels()], [t.get_text().strip() for t in ax.texts]))
        assert ax.get_title() == title
        assert drawn == _counts_by_hand(doc.sentences, kept)
        plt.close(ax.figure)
    whole = doc.plot()
    assert whole.get_title() == "Document profile" and len(whole.texts) == len(doc.profile)
    plt.close(whole.figure)
    figures = plt.get_fignums()  # a refusal draws no figure
    with pytest.raises(stance.InvalidInputError, match=r"^speakers='NOBODY': no statement has this speaker; its "
                                                       r"speakers are 'MODERATOR', 'Q', 'SECRETARY GENERAL RUTTE'$"):
        doc.plot(speakers="NOBODY")
    with pytest.raises(stance.InvalidInputError, match=r"^speakers=\[\] names no speaker"):
        doc.plot(speakers=[])
    with pytest.raises(stance.InvalidTypeError, match=r"^speakers must be a speaker's name or a list of names"):
        doc.plot(speakers=3)
    assert plt.get_fignums() == figures


def test_a_plot_of_some_speakers_counts_the_sides_the_document_was_scored_with():
    # favor= and against= given to score_document count the speakers' statements too.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    doc = stance.score_document(PRESSER, favor="against", against="favor")
    ax = doc.plot(speakers="Q")
    # Q's "Bring the brigade home." (against) counts as the side named favor, and the plot
    # names that side by its value: "1 against / 0 favor".
    counts = {target: f"{against} against / {favor} favor" for target, (favor, against)
              in (_tally(doc.sentences, {"Q"})).items()}
    assert dict(zip([tick.get_text() for tick in ax.get_yticklabels()], [t.get_text().strip() for t in ax.texts])) \
        == counts
    plt.close(ax.figure)


def test_large_counts_beside_a_long_bar_stay_inside_the_axes():
    # A margin in proportion to the bars was too little for text of fixed width (the second review).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = []
    for target, n in zip(["eastern_flank_deterrence_posture", "unity", "ukraine_support"], [12000, 3000, 800]):
        rows += [{"labels": target, "stance": side} for side in ("favor", "against")] * (n // 2)
    ax = stance.plot_profile(profile(pd.DataFrame(rows)))
    ax.figure.canvas.draw()
    frame = ax.get_window_extent()
    assert all(text.get_window_extent().x1 <= frame.x1 for text in ax.texts)
    assert ax.get_legend().get_window_extent().x0 >= frame.x1
    plt.close(ax.figure)


def test_a_profile_of_many_targets_gets_a_figure_tall_enough_for_their_names():
    # The figure was 3.6 inches whatever the number of targets: 30 names were drawn over one another.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    targets = [f"policy_area_{i}" for i in range(30)]
    scored = pd.DataFrame({"labels": targets * 2, "stance": ["favor", "against"] * 30,
                           "speaker": ["A"] * 30 + ["B"] * 30})
    for table in (profile(scored), profile(scored, by="speaker")):
        ax = stance.plot_profile(table)
        ticks = [t for t in ax.get_yticklabels() if t.get_text()]
        assert len(ticks) == 30
        spacing = ax.figure.get_size_inches()[1] * ax.get_position().height * 72 / len(ticks)  # points
        assert spacing >= ticks[0].get_fontsize()
        plt.close(ax.figure)


def test_a_plot_of_many_documents_draws_the_largest_and_says_how_many_were_left_out():
    # 300 documents drew a legend of 300 entries in 16 columns and bars too thin to see.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = {f"doc{i:02d}": 1 + (i * 7) % 30 for i in range(30)}  # 30 different sizes, 1 to 30 statements
    docs = stance.score_documents({name: "Arm Ukraine now. " * n for name, n in sizes.items()})
    largest = sorted(sizes, key=sizes.get, reverse=True)[:20]
    ax = docs.plot()
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == sorted(largest)
    assert ax.get_title() == ("Profile per document\n"
                              "(the 20 documents with the most statements of 30 shown; 10 left out)")
    plt.close(ax.figure)
    by_speaker = profile(docs.sentences.assign(speaker=docs.sentences["document"]), by="speaker")
    ax = stance.plot_profile(by_speaker, value="position", max_groups=5)
    assert len(ax.get_legend().get_texts()) == 5
    assert ax.get_title() == "Profile by speaker\n(the 5 speakers with the most statements of 30 shown; 25 left out)"
    plt.close(ax.figure)
    ax = docs.plot(max_groups=None)  # every document, as asked
    assert len(ax.get_legend().get_texts()) == 30 and ax.get_title() == "Profile per document"
    plt.close(ax.figure)
    with pytest.raises(stance.InvalidInputError, match="max_groups must be a whole number of 1 or more"):
        docs.plot(max_groups=0)


def test_a_plot_of_the_largest_groups_counts_the_statements_with_no_speaker_as_one():
    # The rows with no speaker were never among the groups drawn, though here the largest.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    speakers = [None] * 12 + ["A"] * 5 + ["B"] * 3 + ["C"] * 1
    scored = pd.DataFrame({"labels": ["unity"] * len(speakers), "stance": ["favor"] * len(speakers),
                           "speaker": speakers})
    ax = stance.plot_profile(profile(scored, by="speaker"), max_groups=2, title="")
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["(missing)", "A"]
    assert ax.get_title() == "The 2 speakers with the most statements of 4 shown; 2 left out"  # title="": no other
    plt.close(ax.figure)


def test_a_plot_of_more_groups_than_the_style_has_colours_gives_each_group_its_own():
    # The default style has ten colours: the eleventh document's bars took the first one's.
    # Each group's look (colour and hatching) is its own now; a style the user set keeps its
    # colours while it has enough.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from cycler import cycler
    from matplotlib.colors import to_rgba

    own = ["#112233", "#445566", "#778899", "#aabbcc"]
    for groups, style in ((4, None), (15, None), (4, own)):
        docs = stance.score_documents({f"doc{i:02d}": "Arm Ukraine now. " * (1 + i) for i in range(groups)})
        for value in ("share", "position"):
            with plt.rc_context({"axes.prop_cycle": cycler(color=style)} if style else {}):
                ax = stance.plot_profile(docs.profile, value=value)
            legend = ax.get_legend()
            handles = getattr(legend, "legend_handles", None) or legend.legendHandles
            looks = [(to_rgba(h.get_facecolor()), h.get_hatch() or "") for h in handles]
            assert len(looks) == groups and len(set(looks)) == groups
            bars = {(to_rgba(p.get_facecolor()), p.get_hatch() or "") for p in ax.patches}
            assert bars == set(looks)  # the legend's looks are the bars' looks
            if style:  # the user's own colours while it has enough
                assert [colour for colour, _ in looks] == [to_rgba(c) for c in style]
            plt.close(ax.figure)


def test_profile_plot_of_positions_shows_which_way_each_group_leans():
    # Shares alone drew a minister for and an opposition against the same way (the eighth audit).
    import matplotlib

    matplotlib.use("Agg")
    scored = pd.DataFrame({"speaker": ["minister"] * 3 + ["opposition"] * 3,
                           "labels": ["ukraine_support"] * 6, "stance": ["favor"] * 3 + ["against"] * 3,
                           "flag": [None] * 6})
    by_speaker = profile(scored, by="speaker")
    ax = stance.plot_profile(by_speaker, value="position")
    bars = {bar.get_label(): bar for bar in ax.containers}
    assert bars["minister"].datavalues[0] == pytest.approx(math.log(3.5 / 0.5))
    assert bars["opposition"].datavalues[0] == pytest.approx(-math.log(3.5 / 0.5))
    assert "0 = even" in ax.get_xlabel()
    with pytest.raises(stance.InvalidInputError, match="value must be 'share' or 'position'"):
        stance.plot_profile(by_speaker, value="favor")


def test_a_trend_of_many_groups_mostly_too_small_to_show_a_lean_warns_and_says_to_group_by_month():
    # A notebook user: plot_trend of a profile by raw timestamps (17,815 groups, mostly one
    # statement each) took 8 s and drew an unreadable block, unwarned, where plot_profile caps
    # its groups and says so. More than 64 groups, more than half with fewer than 9 statements on
    # every target (8 of 8 still hold 0), are warned of, with the README's month recipe; drawn still.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def scored_of(sizes, when):
        rows = [(at, "unity", "favor") for at, size in zip(when, sizes) for _ in range(size)]
        return pd.DataFrame(rows, columns=["date", "labels", "stance"])

    def told(table):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ax = stance.plot_trend(table)
        assert [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")] == ["unity"]
        plt.close(ax.figure)
        return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]

    # 65 timestamps, a statement each, over 20 and 21 March and 1 April (by hand: 65 groups, all small)
    when = [pd.Timestamp("2024-03-20 09:00") + pd.Timedelta(minutes=37 * i) for i in range(40)]
    when += [pd.Timestamp("2024-04-01 09:00") + pd.Timedelta(minutes=7 * i) for i in range(25)]
    scored = scored_of([1] * 65, when)
    [message] = told(profile(scored, by="date"))
    assert message.startswith("plot_trend: the profile has 65 groups by 'date', 65 of them with fewer than 9 "
                              "statements on every target, too few for a lean to show")
    recipe = re.search(r"group by months, as the README's recipe makes them: (scored\['month'\] = .*?), then "
                       r"(stance\.plot_trend\(.*\))$", message)
    assert recipe and recipe[1] in _readme_text().replace('"', "'")  # the README's own line
    exec(recipe[1], {"pd": pd, "scored": scored})
    by_month = profile(scored, by="month")
    assert by_month.n.to_dict() == {(pd.Period("2024-03", "M"), "unity"): 40, (pd.Period("2024-04", "M"), "unity"): 25}
    assert told(by_month) == []
    # 64 groups are not many; 65 of 9 statements each are not small; nor are 65 of which 32 have 8.
    assert told(profile(scored_of([1] * 64, when), by="date")) == []
    assert told(profile(scored_of([9] * 65, when), by="date")) == []
    assert told(profile(scored_of([8] * 32 + [9] * 33, when), by="date")) == []
    [message] = told(profile(scored_of([8] * 33 + [9] * 32, when), by="date"))
    assert "65 groups by 'date', 33 of them with fewer than 9" in message
    # Days as periods: a longer period, months, of the same column.
    days = pd.period_range("2024-01-01", periods=65, freq="D")
    [message] = told(profile(scored_of([1] * 65, days), by="date"))
    assert message.endswith("group by a longer period: scored['month'] = scored['date'].dt.asfreq('M'), then "
                            "stance.plot_trend(stance.profile(scored, by='month'))")
    from stance.plotting import TREND_FEW_STATEMENTS, TREND_MANY_GROUPS

    assert (f"of more than {TREND_MANY_GROUPS} groups, more than half of them with fewer than {TREND_FEW_STATEMENTS} "
            f"statements on every target") in _readme_text()

def test_a_trends_warning_of_many_small_groups_advises_what_each_kind_of_group_takes():
    # A review of d79009b: yearly periods were told to take asfreq('Y'), which changes nothing
    # (following it warned again); monthly ones starting in a February of 28 days were told to
    # take asfreq('M'), as its end_time is a nanosecond short; and the small groups were counted
    # over every target, so that order= of a target of few statements a group, beside one of
    # many, drew the block unwarned. Numbers and names, and an unnamed level, are tested too.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.plotting import TREND_FEW_STATEMENTS, TREND_MANY_GROUPS

    def scored_of(when, size=1, target="unity"):
        return pd.DataFrame([(at, target, "favor") for at in when for _ in range(size)],
                            columns=["date", "labels", "stance"])

    def told(table, **options):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            plt.close(stance.plot_trend(table, **options).figure)
        return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]

    def advice(message):
        return message.split("; group by ")[1]

    fewer = "a column of fewer groups (stance.plot_profile draws the 20 with the most statements)"
    # 80 months from February 2023: years, followed; by hand 11 in 2023, 12 in each of 2024-2028, 9 in 2029.
    scored = scored_of(pd.period_range("2023-02", periods=80, freq="M"))
    [message] = told(profile(scored, by="date"))
    assert advice(message) == ("a longer period: scored['year'] = scored['date'].dt.asfreq('Y'), then "
                               "stance.plot_trend(stance.profile(scored, by='year'))")
    exec(advice(message).split("a longer period: ")[1].split(", then")[0], {"scored": scored})
    by_year = profile(scored, by="year")
    assert by_year.n.tolist() == [11, 12, 12, 12, 12, 12, 9] and told(by_year) == []
    quarters = scored_of(pd.period_range("2000Q1", periods=80, freq="Q"))
    assert "scored['date'].dt.asfreq('Y')" in advice(*told(profile(quarters, by="date")))
    weeks = scored_of(pd.period_range("2024-01-01", periods=80, freq="W"))
    assert "scored['date'].dt.asfreq('M')" in advice(*told(profile(weeks, by="date")))
    # 80 years as periods: no longer period to take (asfreq('Y') of them is no change), so fewer groups.
    years = scored_of(pd.period_range("1900", periods=80, freq="Y"))
    assert years["date"].dt.asfreq("Y").equals(years["date"])
    assert [advice(m) for m in told(profile(years, by="date"))] == [fewer]
    # Years as numbers, and names: no times, so fewer groups too.
    assert [advice(m) for m in told(profile(scored_of(range(1900, 1980)), by="date"))] == [fewer]
    assert [advice(m) for m in told(profile(scored_of([f"Speaker {i}" for i in range(80)]), by="date"))] == [fewer]
    # A level without a name: no "by", and the recipe names the column COLUMN.
    hours = profile(scored_of(pd.date_range("2024-03-20", periods=80, freq="h")), by="date")
    [message] = told(hours.rename_axis([None, "target"]))
    assert message.startswith("plot_trend: the profile has 80 groups, 80 of them with fewer than 9 statements")
    assert advice(message).startswith("months, as the README's recipe makes them: scored['month'] = "
                                      "pd.to_datetime(scored['COLUMN'], utc=True, format='mixed')")
    # 80 days, unity 1 statement a day, gas 10: drawn alone, unity is the block, warned of; gas is not.
    days = pd.date_range("2024-01-01", periods=80, freq="D")
    both = profile(pd.concat([scored_of(days), scored_of(days, 10, "gas")]), by="date")
    assert told(both) == [] and told(both, order=["gas"]) == []
    [message] = told(both, order=["unity"])
    assert "80 groups by 'date', 80 of them with fewer than 9 statements on every target" in message
    assert (f"{TREND_MANY_GROUPS} groups, more than half of them with fewer than {TREND_FEW_STATEMENTS} statements "
            f"on every target drawn") in _readme_text()
    assert 'of 28 days or longer, months or quarters, `asfreq("Y")`; of years' in _readme_text()


def _readme_text() -> str:
    """The README, its lines joined: a recipe a message quotes is found across its line breaks."""
    return " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").split())


def test_a_trend_draws_each_targets_position_over_time_in_time_order_with_its_interval_as_a_band():
    # A user audit: plot_profile of a profile by month drew a bar per month beside every target
    # (37 months unreadable), and by date "the 20 dates with the most statements", out of time
    # order. plot_trend draws one line per target over the groups in time order, its 95%
    # interval a band, a month without a stance on a target a gap, and (missing) left out.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    months = pd.period_range("2021-01", periods=37, freq="M")
    rows = []
    for i, month in enumerate(months):  # unity: i+1 favor, 1 against; deterrence: none, then 2 against
        rows += [(month, "unity", "favor")] * (i + 1) + [(month, "unity", "against")]
        rows += [(month, "deterrence", "against")] * (2 if i % 2 else 0) + [(month, "deterrence", None)]
    rows.append((None, "unity", "favor"))
    scored = pd.DataFrame(rows[::-1], columns=["month", "labels", "stance"]).assign(flag=None)  # out of order
    scored["month"] = scored["month"].astype("period[M]")
    by_month = profile(scored, by="month")
    ax = stance.plot_trend(by_month)
    lines = {line.get_label(): line for line in ax.get_lines() if not line.get_label().startswith("_")}
    assert list(lines) == ["unity", "deterrence"]  # from the most statements down
    x = [pd.Timestamp(value) for value in lines["unity"].get_xdata()]
    assert x == [month.to_timestamp() for month in months]  # every month, in time order
    expected = [math.log((i + 1 + 0.5) / 1.5) for i in range(37)]  # log-odds of favor to against, +0.5 each
    assert lines["unity"].get_ydata() == pytest.approx(expected)
    deterrence = lines["deterrence"].get_ydata()
    assert np.isnan(deterrence[::2]).all() and deterrence[1::2] == pytest.approx([math.log(0.5 / 2.5)] * 18)
    bands = [c for c in ax.collections if isinstance(c, matplotlib.collections.PolyCollection)]
    assert len(bands) == 2  # a band each, spanning the interval the profile gives
    unity = by_month.xs("unity", level=1).drop(index="(missing)")
    (top, bottom) = (bands[0].get_paths()[0].vertices[:, 1].max(), bands[0].get_paths()[0].vertices[:, 1].min())
    assert top == pytest.approx(unity.position_high.max()) and bottom == pytest.approx(unity.position_low.min())
    assert ax.get_title() == "Position by month" and "left out: (missing)" in ax.get_xlabel()
    assert "95% interval" in ax.get_ylabel() and "0 = even" in ax.get_ylabel()
    plt.close(ax.figure)
    # shares, of groups that are no times (years as numbers): one step apart, named in order
    by_year = profile(scored.dropna(subset=["month"]).assign(year=lambda f: f.month.dt.year), by="year")
    ax = stance.plot_trend(by_year, value="share", order=["deterrence"], title="")
    [line] = [line for line in ax.get_lines() if line.get_label() == "deterrence"]
    assert list(line.get_xdata()) == [0, 1, 2, 3] and [t.get_text() for t in ax.get_xticklabels()] == [
        "2021", "2022", "2023", "2024"]
    assert line.get_ydata() == pytest.approx(by_year.xs("deterrence", level=1).share.tolist())
    assert not ax.collections and ax.get_title() == ""
    plt.close(ax.figure)
    with pytest.raises(stance.InvalidInputError, match="plot_trend draws a profile grouped by time"):
        stance.plot_trend(profile(scored))
    with pytest.raises(stance.InvalidInputError, match="not the profile's targets"):
        stance.plot_trend(by_month, order=["Unity"])


def test_a_trend_draws_the_interval_of_every_point_as_a_band_or_alone_as_an_error_bar():
    # A notebook analyst: a point with no neighbour on its line (a month between two gaps, the
    # first or last of a line, a line of one point) had a band of no width, no interval at all,
    # so the least certain points looked the most certain.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection, PolyCollection
    from matplotlib.colors import to_hex
    from matplotlib.dates import date2num

    said = {"unity": ["2024-01", "2024-02", "2024-04"], "deterrence": ["2024-01", "2024-03", "2024-04"],
            "eastern_flank": ["2024-05"]}
    rows = [(month, target, stance) for target, months in said.items() for month in months
            for stance in ("favor", "favor", "against")]
    scored = pd.DataFrame(rows, columns=["month", "labels", "stance"]).assign(flag=None)
    scored["month"] = scored["month"].astype("period[M]")
    by_month = profile(scored, by="month")
    ax = stance.plot_trend(by_month)
    colour = {line.get_label(): to_hex(line.get_color()) for line in ax.get_lines()}  # of each target

    def pieces(kind: type) -> list:  # (colour, points) of each band or error bar
        return [(to_hex(c.get_facecolor()[0] if kind is PolyCollection else c.get_color()[0], keep_alpha=False),
                 piece) for c in ax.collections if isinstance(c, kind)
                for piece in ([p.vertices for p in c.get_paths()] if kind is PolyCollection else c.get_segments())]

    bands, bars = pieces(PolyCollection), pieces(LineCollection)

    def drawn(target: str, x: float, low: float, high: float) -> str | None:
        for hue, band in bands:  # a band of width in the target's colour whose edge at x runs from low to high
            at_x = band[np.isclose(band[:, 0], x)][:, 1]
            if hue == colour[target] and np.ptp(band[:, 0]) > 0 and np.isclose(at_x, low).any() \
                    and np.isclose(at_x, high).any():
                return "band"
        for hue, bar in bars:  # a vertical bar in its colour at x from low to high
            if hue == colour[target] and np.allclose(bar[:, 0], x) and np.allclose(sorted(bar[:, 1]), [low, high]):
                return "bar"
        return None

    how = {(month.strftime("%Y-%m"), target): drawn(target, date2num(month.to_timestamp()), low, high)
           for (month, target), low, high in zip(by_month.index, by_month.position_low, by_month.position_high)}
    assert how == {("2024-01", "unity"): "band", ("2024-02", "unity"): "band", ("2024-04", "unity"): "bar",
                   ("2024-01", "deterrence"): "bar", ("2024-03", "deterrence"): "band",
                   ("2024-04", "deterrence"): "band", ("2024-05", "eastern_flank"): "bar"}
    assert len(bars) == 3  # and no bar where a band is
    assert "bar, of a point alone" in ax.get_ylabel()
    # unity and deterrence tie (9 statements each, alike in each month): by name, as the profile orders them
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["deterrence", "unity", "eastern_flank"]
    plt.close(ax.figure)


def test_a_trend_breaks_its_line_and_band_over_months_the_profile_has_no_row_for():
    # A README check: months with no statement (March, May, June) or only off-topic ones (April)
    # have no row in the profile, and plot_trend drew unity's line and band straight from
    # February to July as if positions had been measured there. A month of no row is a gap.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(month, "unity", "favor") for month in ("2024-01", "2024-02", "2024-07", "2024-08") for _ in range(3)]
    rows.append(("2024-04", "none", None))
    scored = pd.DataFrame(rows, columns=["month", "labels", "stance"]).assign(flag=None)
    scored["month"] = scored["month"].astype("period[M]")
    by_month = profile(scored, by="month")
    assert by_month.index.get_level_values(0).astype(str).tolist() == ["2024-01", "2024-02", "2024-07", "2024-08"]
    for value in ("position", "share"):
        ax = stance.plot_trend(by_month, value=value)
        [line] = [line for line in ax.get_lines() if line.get_label() == "unity"]
        x = [pd.Timestamp(at) for at in line.get_xdata()]
        y = np.asarray(line.get_ydata(), dtype=float)
        assert x[0] == pd.Timestamp("2024-01-01") and x[-1] == pd.Timestamp("2024-08-01")
        gap = [at for at, height in zip(x, y) if np.isnan(height)]
        assert len(gap) == 1 and pd.Timestamp("2024-02-01") < gap[0] < pd.Timestamp("2024-07-01")
        assert np.isfinite(y).sum() == 4  # the four months measured, and none made up
        if value == "position":  # the band too: two pieces, Jan-Feb and Jul-Aug, none over the gap
            pieces = ax.collections[0].get_paths()
            assert len(pieces) == 2
            spans = sorted((path.vertices[:, 0].min(), path.vertices[:, 0].max()) for path in pieces)
            assert spans[0][1] < matplotlib.dates.date2num(pd.Timestamp("2024-03-01")) < spans[1][0]
        plt.close(ax.figure)
    # Quarters break as months do (Q2 has only April's off-topic statement); timestamps, which
    # have no frequency to tell a gap from a step, are joined, as the README says
    for groups, gaps in [(scored.month.dt.asfreq("Q"), [False, True, False]),
                         (scored.month.dt.to_timestamp(), [False] * 4)]:
        ax = stance.plot_trend(profile(scored.assign(month=groups), by="month"))
        [line] = [line for line in ax.get_lines() if line.get_label() == "unity"]
        assert np.isnan(np.asarray(line.get_ydata(), dtype=float)).tolist() == gaps
        plt.close(ax.figure)


def test_a_share_trend_draws_a_group_with_statements_but_none_on_a_target_at_0_on_an_axis_from_0():
    # A newsroom data journalist: deterrence, taken in January and April, had no point in
    # February and March, months whose statements all took unity (a share of 0, measured, not
    # missing), and the axis ran 0.945 to 1.055. A group with a row for another target draws
    # the target at 0; a month of no row stays a gap; a share's axis starts at 0.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    said = {"2026-01": "deterrence", "2026-02": "unity", "2026-03": "unity", "2026-04": "deterrence",
            "2026-06": "deterrence"}
    scored = pd.DataFrame([(month, target, "favor") for month, target in said.items()],
                          columns=["month", "labels", "stance"]).assign(flag=None)
    scored["month"] = scored["month"].astype("period[M]")
    ax = stance.plot_trend(profile(scored, by="month"), value="share")
    lines = {line.get_label(): np.asarray(line.get_ydata(), dtype=float) for line in ax.get_lines()}
    # January to June, May (no row: no statements) a gap on both lines
    assert lines["deterrence"][[0, 1, 2, 3, 5]].tolist() == [1.0, 0.0, 0.0, 1.0, 1.0]
    assert lines["unity"][[0, 1, 2, 3, 5]].tolist() == [0.0, 1.0, 1.0, 0.0, 0.0]
    assert np.isnan(lines["deterrence"][4]) and np.isnan(lines["unity"][4])
    low, high = ax.get_ylim()
    assert -0.1 <= low <= 0 and 1.0 <= high <= 1.1
    plt.close(ax.figure)
    # of shares well below 1, the axis still starts at 0 and ends above the largest
    scored = pd.DataFrame([("2026-01", "unity", "favor"), ("2026-01", "none", None), ("2026-01", "none", None),
                           ("2026-02", "unity", "favor"), ("2026-02", "none", None)],
                          columns=["month", "labels", "stance"]).assign(flag=None)
    scored["month"] = scored["month"].astype("period[M]")
    ax = stance.plot_trend(profile(scored, by="month"), value="share")
    low, high = ax.get_ylim()
    assert -0.1 <= low <= 0 and 0.5 <= high <= 1.1
    plt.close(ax.figure)
    # The axis still scales itself: a second trend on shared axes is not cut (a review: fixed
    # limits hid a panel's shares above the first's).
    fig, (first, second) = plt.subplots(2, 1, sharey=True)
    higher = pd.DataFrame([("2026-01", "unity", "favor")] * 3, columns=["month", "labels", "stance"]).assign(flag=None)
    higher["month"] = higher["month"].astype("period[M]")
    stance.plot_trend(profile(higher, by="month"), value="share", ax=first)
    stance.plot_trend(profile(scored, by="month"), value="share", ax=second)  # shares of 1/3 and 1/2
    assert first.get_ylim()[1] >= 1.0 and first.get_ylim() == second.get_ylim()
    plt.close(fig)


def test_a_trend_over_days_months_or_years_ticks_them_as_dates_not_hours():
    # A notebook newcomer: plot_trend of 12 statements dated 2025-01-01..03 (pd.to_datetime)
    # labelled its axis "01-01 00", "01-01 06", "01-01 12"…: hours no statement has, and no
    # year, where plot_profile names the days "2025-01-01". Days are ticked as dates, months and
    # years (as timestamps or periods) no finer than themselves, a lone day at itself.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def ticks(groups):
        scored = pd.DataFrame({"when": list(groups) * 4, "labels": "unity", "stance": "favor", "flag": None})
        ax = stance.plot_trend(profile(scored, by="when"))
        ax.figure.canvas.draw()
        low, high = ax.get_xlim()
        shown = [t.get_text() for t, at in zip(ax.get_xticklabels(), ax.get_xticks()) if low <= at <= high]
        plt.close(ax.figure)
        return shown

    days = ["2025-01-01", "2025-01-02", "2025-01-03"]
    assert ticks(pd.to_datetime(days)) == days
    assert ticks(pd.to_datetime(["2025-01-01", "2025-01-03"]).tz_localize("Europe/Berlin")) == [
        "2025-01-01", "2025-01-02", "2025-01-03"]  # in the days' own time zone, not UTC's 23:00
    assert ticks(pd.to_datetime(["2025-03-17"])) == ["2025-03-17"]
    assert ticks(pd.date_range("2025-01-01", periods=3, freq="MS")) == ["2025-01-01", "2025-02-01", "2025-03-01"]
    assert ticks(pd.period_range("2025-01", periods=3, freq="M")) == ["2025-01", "2025-02", "2025-03"]
    assert ticks(pd.period_range("2020", periods=3, freq="Y")) == ["2020", "2021", "2022"]
    # a year of days: ticked at months' first days, each named by its date
    year = ticks(pd.date_range("2025-01-01", "2025-12-31", freq="D"))
    assert year and all(re.fullmatch(r"\d{4}-\d\d-01", tick) for tick in year), year
    # groups within a day keep their times, the day and year given beside the axis
    hours = pd.date_range("2025-01-01 09:00", periods=3, freq="h")
    scored = pd.DataFrame({"when": list(hours) * 4, "labels": "unity", "stance": "favor", "flag": None})
    ax = stance.plot_trend(profile(scored, by="when"))
    ax.figure.canvas.draw()
    assert "09:00" in [t.get_text() for t in ax.get_xticklabels()] and "2025" in ax.xaxis.get_offset_text().get_text()
    plt.close(ax.figure)



def test_a_trend_names_a_target_of_order_that_no_statement_takes_in_its_legend():
    # A newsroom data journalist: plot_trend(order=[..., "eastern_flank"]) of months in which no
    # statement took eastern_flank drew a legend entry for it beside nothing, with no word why,
    # where plot_profile says "no bar: ...". Its legend entry says so.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"month": ["2026-01", "2026-02"], "labels": "unity", "stance": "favor", "flag": None})
    scored["month"] = scored["month"].astype("period[M]")
    for value in ("position", "share"):
        ax = stance.plot_trend(profile(scored, by="month"), value=value, order=["unity", "eastern_flank"])
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["unity", "eastern_flank (no statement)"]
        plt.close(ax.figure)


def test_a_trends_bands_differ_in_more_than_colour_as_their_lines_do():
    # An accessibility audit: each target's interval was a band of its line's colour at alpha
    # 0.15 and nothing else, so overlapping bands could not be told apart in greyscale or by a
    # colour-blind reader, where the README promises lines told apart "by colour and a marker".
    # Each band has a hatching of its own, and the legend's entry shows it beside the line.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import to_hex

    from stance.plotting import KNOWN_TARGETS

    rows = [(month, target, stance) for target in KNOWN_TARGETS for month in ("2026-01", "2026-02", "2026-03")
            for stance in ("favor", "favor", "against")]
    scored = pd.DataFrame(rows, columns=["month", "labels", "stance"]).assign(flag=None)
    scored["month"] = pd.PeriodIndex(scored["month"], freq="M")
    ax = stance.plot_trend(profile(scored, by="month"))
    colour = {to_hex(line.get_color()): line.get_label() for line in ax.get_lines()
              if not line.get_label().startswith("_")}
    bands = {colour[to_hex(band.get_facecolor()[0], keep_alpha=False)]: band.get_hatch() or ""
             for band in ax.collections if isinstance(band, PolyCollection)}
    assert sorted(bands) == sorted(KNOWN_TARGETS)
    assert len(set(bands.values())) == len(KNOWN_TARGETS)  # in greyscale, four bands of four looks
    legend = ax.get_legend()
    handles = getattr(legend, "legend_handles", None) or legend.legendHandles
    shown = {text.get_text(): handle.get_hatch() or "" for text, handle in zip(legend.get_texts(), handles)}
    assert shown == bands  # the legend shows which band is which target's
    plt.close(ax.figure)


def test_a_trends_legend_keeps_what_else_the_axes_show_beside_its_own_keys():
    # A review of 1d4f687: plot_trend built its legend of its own lines alone, so that a caller's
    # labelled threshold line, or another trend's lines drawn on the same axes first, lost the
    # entries ax.legend() gave them. Every labelled artist keeps its entry, in the order drawn, and
    # each trend's own entry its key (the line over its hatched band) and its "(no stance)".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-03"] * 2,
                           "labels": ["unity"] * 3 + ["deterrence"] * 3,
                           "stance": ["favor", "against", "favor", "neutral", "neutral", "neutral"], "flag": None})
    scored["month"] = scored["month"].astype("period[M]")
    table = profile(scored, by="month")

    def entries(ax):
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        return [(text.get_text(), handle.get_hatch() if hasattr(handle, "get_hatch") else None)
                for text, handle in zip(legend.get_texts(), handles)]

    _, ax = plt.subplots()
    ax.axhline(0.2, label="my threshold")
    stance.plot_trend(table, ax=ax, order=["unity"])
    assert [text for text, _ in entries(ax)] == ["my threshold", "unity"]
    _, alone = plt.subplots()
    stance.plot_trend(table, ax=alone, order=["unity"])
    assert entries(alone)[0][1]  # a hatched band's key, not the line alone
    assert entries(ax)[1] == entries(alone)[0]  # unity's key, its band's hatching and all, as alone
    plt.close("all")

    _, ax = plt.subplots()
    stance.plot_trend(table, ax=ax, order=["unity"])
    stance.plot_trend(table, ax=ax, order=["deterrence"])
    assert [text for text, _ in entries(ax)] == ["unity", "deterrence (no stance)"]
    _, alone = plt.subplots()
    stance.plot_trend(table, ax=alone, order=["unity"])
    assert entries(ax)[0] == entries(alone)[0]  # the first trend's key is still the line over its band
    plt.close("all")


@pytest.mark.parametrize("draw", ["bar", "errorbar", "hist", "stem"])
def test_a_trend_beside_a_callers_bar_chart_histogram_errorbar_or_stem_keeps_both_legends(draw):
    # A review of 3864a95: plot_trend held each line's band key in a WeakKeyDictionary looked up
    # by every labelled handle on the axes, and matplotlib's containers (a bar chart's, an
    # errorbar's, a stem's) are tuples, of which no weak reference can be made, so a trend beside
    # a labelled bar chart raised "TypeError: cannot create weak reference to 'BarContainer' object".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-03"],
                           "labels": ["unity"] * 3, "stance": ["favor", "against", "favor"], "flag": None})
    scored["month"] = scored["month"].astype("period[M]")
    _, ax = plt.subplots()
    {"bar": lambda: ax.bar([0, 1, 2], [0.1, 0.2, 0.1], label="baseline"),
     "errorbar": lambda: ax.errorbar([0, 1, 2], [0.1, 0.2, 0.1], yerr=0.05, label="baseline"),
     "hist": lambda: ax.hist([0.1, 0.2, 0.2, 0.3], label="baseline"),
     "stem": lambda: ax.stem([0, 1, 2], [0.1, 0.2, 0.1], label="baseline")}[draw]()
    stance.plot_trend(profile(scored, by="month"), ax=ax)
    legend = ax.get_legend()
    handles = getattr(legend, "legend_handles", None) or legend.legendHandles
    entries = dict(zip((text.get_text() for text in legend.get_texts()), handles))
    assert sorted(entries) == ["baseline", "unity"]
    _, alone = plt.subplots()
    stance.plot_trend(profile(scored, by="month"), ax=alone)
    legend = alone.get_legend()
    [key] = getattr(legend, "legend_handles", None) or legend.legendHandles
    # unity's key is the line over its hatched band, as on axes of its own
    assert (type(entries["unity"]), entries["unity"].get_hatch()) == (type(key), key.get_hatch())
    assert key.get_hatch()
    plt.close("all")


def test_a_trends_target_whose_name_starts_with_an_underscore_keeps_its_legend_entry():
    # A review of 3864a95: the legend was built of ax.get_legend_handles_labels(), which skips a
    # label starting with "_" (matplotlib's mark of an artist kept out of the legend), so that a
    # target named "_secret" lost its entry. The trend's own lines are in it whatever their name;
    # a caller's "_" artists are left out, as ax.legend() leaves them.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-03"] * 2,
                           "labels": ["_secret"] * 3 + ["unity"] * 3,
                           "stance": ["favor", "against", "favor"] * 2, "flag": None})
    scored["month"] = scored["month"].astype("period[M]")
    table = profile(scored, by="month")

    def names(ax):
        return [text.get_text() for text in ax.get_legend().get_texts()]

    ax = stance.plot_trend(table)
    assert sorted(names(ax)) == ["_secret", "unity"]
    _, ax = plt.subplots()
    ax.axhline(0.3, label="_hidden")
    ax.axhline(0.2, label="my threshold")
    stance.plot_trend(table, ax=ax, order=["_secret"])
    stance.plot_trend(table, ax=ax, order=["unity"])
    assert names(ax) == ["my threshold", "_secret", "unity"]
    # A review of 3e51591: a trend's line the caller hid since, set_label("_nolegend_"), stays hidden
    _, ax = plt.subplots()
    stance.plot_trend(table, ax=ax, order=["unity", "_secret"])
    [line.set_label("_nolegend_") for line in ax.get_lines() if line.get_label() == "unity"]
    ax.axhline(0.1, label="threshold")
    stance.plot_trend(table, ax=ax, order=["unity"])
    assert names(ax) == ["_secret", "threshold", "unity"]
    plt.close("all")


def test_a_grouped_plots_group_whose_name_starts_with_an_underscore_keeps_its_legend_entry():
    # A notebook user: doc.plot() of documents "_draft.txt" and "final.txt" had a legend of
    # final.txt alone (matplotlib skips a label starting with "_"), as a trend's "_energy" had
    # before; so had plot_profile of a group so named, either value. A caller's "_" artist stays out.
    import functools

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def names(ax):
        return [text.get_text() for text in ax.get_legend().get_texts()]

    # A review of ea77cd9: this is the test of _legend_of_names' zero-width space, which only
    # matplotlib before 3.8 needs (it dropped a "_" label given to legend()): run it there too
    # (the floor's 3.7). There, pandas' own legend, drawn before ours, warned that "_draft.txt"
    # "is thus excluded from the legend", where our legend holds it: pandas draws none now.
    def unwarned(draw):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ax = draw()
        assert [str(w.message) for w in caught if "excluded from the legend" in str(w.message)] == []
        return ax

    docs = stance.score_documents({"_draft.txt": "We back Ukraine. Bring the brigade home.",
                                   "final.txt": "NATO must stay united. More troops for Estonia."})
    assert names(unwarned(docs.plot)) == ["_draft.txt", "final.txt"]
    scored = pd.DataFrame({"party": ["_independents", "_independents", "Greens"], "labels": ["unity"] * 3,
                           "stance": ["favor", "against", "favor"]})
    table = profile(scored, by="party")
    assert table.index.get_level_values("party").unique().tolist() == ["Greens", "_independents"]
    for value in ("share", "position"):
        ax = unwarned(functools.partial(stance.plot_profile, table, value=value))
        assert names(ax) == ["Greens", "_independents"], value
        # each entry's key is its group's bars: the hatching of the bars drawn for it
        keys = {text.get_text(): handle for text, handle in zip(ax.get_legend().get_texts(),
                                                                 ax.get_legend().legend_handles)}
        bars = {str(c.get_label()): c for c in ax.containers if isinstance(c, matplotlib.container.BarContainer)}
        assert all(keys[name].get_hatch() == bars[name][0].get_hatch() for name in ("_independents", "Greens"))
    _, ax = plt.subplots()
    ax.axvline(0.2, label="my mark")
    ax.axvline(0.3, label="_hidden")
    stance.plot_profile(table, ax=ax)
    assert names(ax) == ["Greens", "_independents", "my mark"]
    plt.close("all")


def test_a_trend_names_a_target_whose_statements_took_no_stance_in_its_legend():
    # An accessibility audit: a target with statements, none for or against it (neutral), had a
    # legend entry with a marker and nothing drawn on a position trend, with no word why, where
    # plot_profile says "no bar: no statement took a stance". Its legend entry says so; its
    # shares are drawn, and named as they were.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-02", "2026-03"],
                           "labels": ["unity", "unity", "eastern_flank", "eastern_flank"],
                           "stance": ["favor", "favor", "neutral", "neutral"], "flag": None})
    scored["month"] = scored["month"].astype("period[M]")
    for value, names in [("position", ["eastern_flank (no stance)", "unity"]), ("share", ["eastern_flank", "unity"])]:
        ax = stance.plot_trend(profile(scored, by="month"), value=value)
        assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == names
        plt.close(ax.figure)


def test_a_target_or_a_pinned_group_has_one_look_in_every_chart_whatever_its_rank():
    # A newsroom data desk: colours went by rank, so unity was blue beside ukraine_support in
    # one chart and reddish purple in the next, and a speaker left out of a profile plot
    # re-coloured the rest. A trend's target is drawn by its name (the bundled model's four
    # in its label order, other targets by sorted name); colors= pins a profile plot's groups.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    from stance.plotting import GROUP_HATCHES, GROUP_PALETTE, KNOWN_TARGETS

    assert tuple(label for label in stance.default_model().labels if label != "none") == KNOWN_TARGETS

    def looks(counts: dict, **options) -> dict:  # target: (colour, dashes) of a trend of these statements
        rows = [(year, target, "favor") for target, n in counts.items() for year in ("2024", "2025")
                for _ in range(n)]
        scored = pd.DataFrame(rows, columns=["year", "labels", "stance"]).assign(flag=None)
        scored["year"] = pd.PeriodIndex(scored["year"], freq="Y")
        ax = stance.plot_trend(profile(scored, by="year"), value="share", **options)
        drawn = {line.get_label(): (line.get_color(), line.get_linestyle()) for line in ax.get_lines()
                 if not line.get_label().startswith("_")}
        plt.close(ax.figure)
        return drawn

    bundled = {target: (colour, "-") for target, colour in zip(KNOWN_TARGETS, GROUP_PALETTE)}
    for counts in ({"ukraine_support": 2, "unity": 1}, {"ukraine_support": 1, "unity": 2}, {"unity": 1},
                   {"eastern_flank": 3, "deterrence": 2, "unity": 1, "ukraine_support": 4}):
        assert looks(counts) == {target: bundled[target] for target in looks(counts)}
    # another model's targets: by sorted name, whatever their ranks, and by one order= alike
    assert looks({"wind": 3, "gas": 1}) == looks({"gas": 3, "wind": 1}) == {
        "wind": (GROUP_PALETTE[1], "-"), "gas": (GROUP_PALETTE[0], "-")}
    assert looks({"wind": 3}, order=["gas", "wind"])["wind"] == (GROUP_PALETTE[1], "-")

    def bars(speakers: dict, colors: dict) -> dict:  # speaker: (colour, hatching) of its bars
        rows = [(speaker, "unity", "favor") for speaker, n in speakers.items() for _ in range(n)]
        scored = pd.DataFrame(rows, columns=["speaker", "labels", "stance"]).assign(flag=None)
        ax = stance.plot_profile(profile(scored, by="speaker"), colors=colors)
        drawn = {container.get_label(): (to_rgba(container[0].get_facecolor()), container[0].get_hatch() or "")
                 for container in ax.containers}
        plt.close(ax.figure)
        return drawn

    pinned = {"Rutte": "black", "Scholz": "#0072B2", "Merz": (0.8, 0.4, 0.0)}
    expected = {speaker: (to_rgba(colour), GROUP_HATCHES[place]) for place, (speaker, colour) in
                enumerate(pinned.items())}
    assert bars({"Rutte": 1, "Scholz": 3, "Merz": 2}, pinned) == expected
    assert bars({"Merz": 5, "Scholz": 1}, pinned) == {s: expected[s] for s in ("Merz", "Scholz")}
    scored = pd.DataFrame({"speaker": ["Rutte", "Tusk"], "labels": "unity", "stance": "favor", "flag": None})
    with pytest.raises(stance.InvalidInputError, match=r"colors has no colour for \['Tusk'\]"):
        stance.plot_profile(profile(scored, by="speaker"), colors=pinned)
    # A plotting audit: keys "2020" for groups 2020 (numbers) were told "no colour for [2020, 2021]",
    # which read as the keys given. The kinds are named, and the keys to write.
    years = pd.DataFrame({"year": [2020, 2021, 2022], "labels": "unity", "stance": "favor", "flag": None})
    with pytest.raises(stance.InvalidInputError, match=re.escape(
            "colors has no colour for [2020, 2021] of the groups drawn: the groups are numbers (2020), the keys "
            "text ('2020'): write colors={2020: …}")):
        stance.plot_profile(profile(years, by="year"), colors={"2020": "black", "2021": "red", 2022: "blue"})
    with pytest.raises(stance.InvalidInputError, match=re.escape(
            "the groups are text ('2020'), the keys numbers (2020): write colors={'2020': …}")):
        stance.plot_profile(profile(years.astype({"year": str}), by="year"), colors={2020: "black", 2021: "red"})
    with pytest.raises(stance.InvalidInputError, match=r"no colour for \['Tusk'\] of the groups drawn: give one for"):
        stance.plot_profile(profile(scored, by="speaker"), colors={"Rutte": "red", "tusk": "blue"})
    with pytest.raises(stance.InvalidInputError, match=r"the colour of 'Rutte' is 'blu', which is no colour"):
        stance.plot_profile(profile(scored, by="speaker"), colors={"Rutte": "blu", "Tusk": "red"})
    for clear in ("none", (1, 0, 0, 0)):  # a review: a bar of no fill, drawn as nothing
        with pytest.raises(stance.InvalidInputError, match=r"the colour of 'Tusk' is .*, which is no colour to fill"):
            stance.plot_profile(profile(scored, by="speaker"), colors={"Rutte": "red", "Tusk": clear})
    with pytest.raises(stance.InvalidTypeError, match="colors must be a dict of group: colour, got list"):
        stance.plot_profile(profile(scored, by="speaker"), colors=["red", "blue"])
    with pytest.raises(stance.InvalidInputError, match="colors= colours a grouped profile's groups"):
        stance.plot_profile(profile(scored), colors={"Rutte": "red"})
    # A document's plot takes them too, its documents pinned as a profile's groups.
    docs = stance.score_documents({"a.txt": "We stand with Ukraine.", "b.txt": "NATO must stay united."})
    ax = docs.plot(colors={"b.txt": "black", "a.txt": "#0072B2"})
    assert {c.get_label(): to_rgba(c[0].get_facecolor()) for c in ax.containers} == {
        "a.txt": to_rgba("#0072B2"), "b.txt": to_rgba("black")}
    plt.close("all")


def test_a_refused_colors_leaves_no_figure_open():
    # A newsroom graphics editor: colors= missing a group, or a colour matplotlib does not know,
    # was refused after the figure was made, so each refusal left a figure open (a batch job's
    # plt.get_fignums() grew); every other refusal comes before the figure.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"speaker": ["A", "B"], "labels": "unity", "stance": "favor", "flag": None})
    grouped = profile(scored, by="speaker")
    before = plt.get_fignums()
    for colors in ({"A": "red"}, {"A": "red", "B": "blu"}, {"A": "red", "B": "none"}):
        for value in ("share", "position"):
            with pytest.raises(stance.InvalidInputError, match="colors"):
                stance.plot_profile(grouped, value=value, colors=colors)
    assert plt.get_fignums() == before
    ax = stance.plot_profile(grouped, colors={"A": "red", "B": "blue"})  # a good one draws as before
    assert plt.get_fignums() == [*before, ax.figure.number]
    plt.close(ax.figure)


def test_legend_entries_and_counts_follow_the_font_size_of_the_style():
    # A newsroom graphics editor: legend entries and the counts ("1 favor / 1 against") were
    # drawn at a fixed 8 points, so with font.size=16 they were tiny under a 16-point legend
    # title. They are 0.8 of the style's text (legend.fontsize for the legend): 8 at the defaults.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["unity", "unity", "deterrence"], "stance": ["favor", "against", "against"],
                           "speaker": list("ABA"), "flag": None,
                           "month": pd.PeriodIndex(["2024-01", "2024-02", "2024-02"], freq="M")})

    def sizes(**rc) -> dict:  # kind of text: its sizes in points
        drawn = {}
        with matplotlib.rc_context(rc):
            for kind, ax in [("lean legend", stance.plot_profile(profile(scored))),
                             ("counts", stance.plot_profile(profile(scored), value="position")),
                             ("group legend", stance.plot_profile(profile(scored, by="speaker"))),
                             ("trend legend", stance.plot_trend(profile(scored, by="month")))]:
                texts = ax.texts if kind == "counts" else ax.get_legend().get_texts()
                drawn[kind] = {text.get_fontsize() for text in texts}
                plt.close(ax.figure)
        return drawn

    def each(size: float) -> dict:
        return {kind: {size} for kind in ["lean legend", "counts", "group legend", "trend legend"]}

    assert sizes() == each(8.0)
    assert sizes(**{"font.size": 16}) == each(12.8)
    assert sizes(**{"legend.fontsize": 15}) == {**each(12.0), "counts": {8.0}}


def test_a_plots_own_figure_grows_until_its_axis_labels_fit_at_a_large_font_size():
    # A newsroom graphics editor, at font.size=16: the position axis's name ran past the sides
    # of a 7 x 3.5 inch profile plot; a trend's three-line y label, taller than its axes, ran
    # into a tick label and off the figure at dpi=300; a confusion plot's colour bar label was
    # longer than its bar. A figure stance makes grows until they fit (at the defaults, as before).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    scored = pd.DataFrame({"labels": ["unity", "unity", "deterrence"], "stance": ["favor", "against", "against"],
                           "speaker": list("ABA"), "flag": None,
                           "month": pd.PeriodIndex(["2024-01", "2024-02", "2024-02"], freq="M")})
    report = compute_report([("a",), ("b",)], [None, None], [("a",), ("a",)], None, ("a", "b"), None)
    plots = [lambda: stance.plot_profile(profile(scored), value="position"),
             lambda: stance.plot_profile(profile(scored, by="speaker"), value="position"),
             lambda: stance.plot_trend(profile(scored, by="month")), lambda: report.plot_confusion()]
    for size in (16, 20):
        with matplotlib.rc_context({"font.size": size}):
            for plot in plots:
                figure = plot().figure
                for dpi in (100, 300):
                    figure.set_dpi(dpi)
                    figure.canvas.draw()
                    page = figure.bbox
                    for ax in figure.axes:
                        frame = ax.get_window_extent()
                        ticks = [t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()]
                        for label in (ax.xaxis.label, ax.yaxis.label):
                            if not label.get_text():
                                continue
                            box = label.get_window_extent()
                            where = f"{label.get_text()!r} at font.size={size}, dpi={dpi}"
                            assert page.x0 <= box.x0 and box.x1 <= page.x1, where
                            assert page.y0 <= box.y0 and box.y1 <= page.y1, where
                            if label is ax.yaxis.label:  # along its axes, clear of the other axis's ticks
                                assert box.height <= frame.height + 1, where
                                assert not any(box.overlaps(tick) for tick in ticks), where
                plt.close(figure)
    # A figure of a message alone (no stance to draw) hides its axes: it does not grow for the
    # label it never draws (a review: 7 to 11 inches wide at font.size=24).
    neutral = pd.DataFrame({"labels": ["unity", "deterrence"], "stance": ["neutral"] * 2, "flag": None})
    with matplotlib.rc_context({"font.size": 24}):
        figure = stance.plot_profile(profile(neutral), value="position").figure
    assert list(figure.get_size_inches()) == [7.0, 3.5]
    plt.close(figure)


def test_a_trends_lines_differ_in_more_than_colour_and_its_legend_shows_how():
    # An accessibility audit: every line of a trend was solid with round markers, told apart by
    # colour alone, where the README promised a colour-blind reader or a greyscale printout a
    # second cue. Each target has a marker of its own, fixed by its name as its colour is.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.plotting import KNOWN_TARGETS

    def drawn(targets) -> tuple[dict, dict]:  # target: (marker, dashes) of its line, and of its legend entry
        rows = [(month, target, "favor") for target in targets for month in ("2026-01", "2026-02")]
        scored = pd.DataFrame(rows, columns=["month", "labels", "stance"]).assign(flag=None)
        scored["month"] = pd.PeriodIndex(scored["month"], freq="M")
        ax = stance.plot_trend(profile(scored, by="month"), value="share")
        lines = {line.get_label(): (line.get_marker(), line.get_linestyle()) for line in ax.get_lines()
                 if not line.get_label().startswith("_")}
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        shown = {text.get_text(): (handle.get_marker(), handle.get_linestyle())
                 for text, handle in zip(legend.get_texts(), handles)}
        plt.close(ax.figure)
        return lines, shown

    lines, shown = drawn(KNOWN_TARGETS)
    assert shown == lines and len(set(lines.values())) == 4  # in greyscale, four lines of four looks
    assert drawn(["unity", "ukraine_support"])[0] == {t: lines[t] for t in ("unity", "ukraine_support")}
    many = [f"target {i:02d}" for i in range(7)]  # another model's: seven shapes before one comes again
    assert len({marker for marker, _ in drawn(many)[0].values()}) == 7


def test_a_trend_over_weeks_ticks_no_finer_than_its_weeks():
    # A newsroom data desk: a trend by to_period("W") was ticked every four days (2024-01-01,
    # 2024-01-05, …) while its points stood on Mondays, a week apart, against the README's
    # "ticks no finer than the groups". Periods of weeks (or several days or months) are ticked
    # at their starts, every one or, of many, every few.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def ticks(groups) -> list[str]:
        scored = pd.DataFrame({"when": list(groups) * 2, "labels": "unity", "stance": "favor", "flag": None})
        ax = stance.plot_trend(profile(scored, by="when"), value="share")
        ax.figure.canvas.draw()
        low, high = ax.get_xlim()
        shown = [t.get_text() for t, at in zip(ax.get_xticklabels(), ax.get_xticks()) if low <= at <= high]
        plt.close(ax.figure)
        return shown

    assert ticks(pd.period_range("2024-01-01", periods=6, freq="W")) == [
        "2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29", "2024-02-05"]
    # Of more than twelve, every few Mondays; a review: 13 weeks left to matplotlib were ticked on
    # the 1st and 15th, which start no week.
    assert ticks(pd.period_range("2024-01-01", periods=13, freq="W")) == [
        day.strftime("%Y-%m-%d") for day in pd.date_range("2024-01-01", periods=7, freq="14D")]
    # A review: of many weeks, every few from the first left the last stretch without a tick
    # (200 weeks ended on 2023-08-07, the data on 2023-10-23). Of more than sixty, matplotlib's
    # months and years tick, coarser than the weeks, up to the last.
    for weeks in (61, 200):
        shown = pd.to_datetime(ticks(pd.period_range("2020-01-06", periods=weeks, freq="W")))
        last_monday = pd.Period("2020-01-06", "W").start_time + pd.Timedelta(weeks=weeks - 1)
        assert (shown.day == 1).all() and (shown.to_series().diff().dropna() >= pd.Timedelta(days=7)).all(), shown
        half_year = pd.Timedelta(days=183)
        assert last_monday - shown[-1] < half_year and shown[0] - pd.Timestamp("2020-01-06") < half_year, shown
    assert ticks(pd.period_range("2024-01", periods=4, freq="2M")) == ["2024-01", "2024-03", "2024-05", "2024-07"]


def test_a_trend_over_quarters_ticks_their_starts_named_as_quarters():
    # A newsroom data desk: twelve quarters were ticked 2023-01, 2023-05, 2023-09…, mid-quarter
    # and named like months. They are ticked at their starts, named as pandas names them.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import date2num

    quarters = pd.period_range("2023Q1", "2025Q4", freq="Q")
    scored = pd.DataFrame({"when": list(quarters) * 2, "labels": "unity", "stance": "favor", "flag": None})
    ax = stance.plot_trend(profile(scored, by="when"), value="share")
    ax.figure.canvas.draw()
    assert [t.get_text() for t in ax.get_xticklabels()] == [str(quarter) for quarter in quarters]
    assert list(ax.get_xticks()) == [date2num(quarter.start_time) for quarter in quarters]
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["2023Q1", "2023Q2"]
    plt.close(ax.figure)
    # Of more than twelve, every other quarter, half-years' starts; a review: fiscal quarters'
    # ticks at 1 January stood inside their first quarters (Q-NOV's starts on 1 December).
    for freq, first in (("Q", "2018Q1"), ("Q-NOV", "2018Q1")):
        many = pd.period_range(pd.Period(first, freq=freq), periods=16, freq=freq)
        scored = pd.DataFrame({"when": list(many) * 2, "labels": "unity", "stance": "favor", "flag": None})
        ax = stance.plot_trend(profile(scored, by="when"), value="share")
        starts = {date2num(quarter.start_time): str(quarter) for quarter in many}
        shown = dict(zip(ax.get_xticks(), (t.get_text() for t in ax.get_xticklabels())))
        assert len(shown) == 8 and all(starts.get(at) == name for at, name in shown.items()), shown
        assert all(name.endswith(("Q1", "Q3")) for name in shown.values()) or all(
            name.endswith(("Q2", "Q4")) for name in shown.values()), shown
        plt.close(ax.figure)
    # A third review: of 200 quarters, every 17th fell on another quarter each time: steps are whole years.
    many = pd.period_range("2018Q1", periods=200, freq="Q")
    scored = pd.DataFrame({"when": list(many) * 2, "labels": "unity", "stance": "favor", "flag": None})
    ax = stance.plot_trend(profile(scored, by="when"), value="share")
    assert [t.get_text() for t in ax.get_xticklabels()] == [f"{year}Q1" for year in range(2020, 2068, 5)]
    plt.close(ax.figure)


def test_a_trend_over_groups_in_more_than_one_time_zone_keeps_matplotlibs_ticks():
    # A review: naive days beside UTC ones raised "TypeError: Cannot compare tz-naive and tz-aware
    # timestamps" from the ticks' min(), where before the date ticks the trend was drawn with
    # matplotlib's ticks; so it is again, as for two zones, which share no zone to name days in.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for when in ([pd.Timestamp("2025-01-01"), pd.Timestamp("2025-01-02", tz="UTC")],
                 [pd.Timestamp("2025-01-01", tz="Europe/Berlin"), pd.Timestamp("2025-01-02", tz="UTC")]):
        scored = pd.DataFrame({"when": when * 4, "labels": "unity", "stance": "favor", "flag": None})
        ax = stance.plot_trend(profile(scored, by="when"))
        ax.figure.canvas.draw()
        assert len(ax.lines[0].get_xdata()) == 2
        assert "01-01 00" in [t.get_text() for t in ax.get_xticklabels()]  # matplotlib's, in hours
        plt.close(ax.figure)


def test_a_trend_on_the_callers_axes_slants_its_own_dates_and_leaves_the_other_panels_as_they_were():
    # A plotting audit: plot_trend(ax=axes[0]) of a caller's figure called the figure's
    # autofmt_xdate, which hid the x tick labels and the x label of every panel above the bottom
    # row (the trend's own months, and plot_profile's shares beside it) and slanted the bottom
    # row's, panels stance never drew in. Only the trend's own dates are slanted.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    months = pd.period_range("2021-01", periods=4, freq="M")
    scored = pd.DataFrame({"month": list(months) * 3, "labels": "unity", "stance": ["favor", "against", "favor"] * 4,
                           "flag": None})
    figure, axes = plt.subplots(2, 2)
    stance.plot_profile(profile(scored), ax=axes[0, 0])
    axes[1, 0].plot([1, 2, 3], [3, 1, 2])
    axes[1, 0].set_xlabel("mine")
    stance.plot_trend(profile(scored, by="month"), ax=axes[0, 1])
    figure.canvas.draw()

    def shown(ax):
        return [(t.get_text(), t.get_rotation()) for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]

    assert shown(axes[0, 1]) == [(str(month), 30) for month in months]
    assert all(t.get_ha() == "right" for t in axes[0, 1].get_xticklabels())
    assert shown(axes[0, 0]) and all(rotation == 0 for _, rotation in shown(axes[0, 0]))
    assert axes[0, 0].get_xlabel() == "share of statements"
    assert shown(axes[1, 0]) and all(rotation == 0 for _, rotation in shown(axes[1, 0]))
    assert axes[1, 0].get_xlabel() == "mine"
    assert figure.subplotpars.bottom == matplotlib.rcParams["figure.subplot.bottom"]  # the caller's layout kept
    plt.close(figure)
    # A review: a caller's figure of the trend alone, and axes sharing its dates, still get the
    # figure's own slant, whose raised bottom edge keeps the dates and the axis name inside the
    # figure, and which hides the upper shared panels' dates over the lower panel.
    figure, ax = plt.subplots()
    stance.plot_trend(profile(scored, by="month"), ax=ax)
    assert figure.subplotpars.bottom == 0.2 and ax.get_xlabel() == "month"
    plt.close(figure)
    figure, (top, bottom) = plt.subplots(2, 1, sharex=True)
    stance.plot_trend(profile(scored, by="month"), ax=top)
    stance.plot_trend(profile(scored, by="month"), ax=bottom)
    figure.canvas.draw()
    assert shown(top) == [] and top.get_xlabel() == ""
    assert shown(bottom) == [(str(month), 30) for month in months]
    plt.close(figure)
    # a twin is part of the trend's axes: alone with it, the figure makes room as before
    figure, ax = plt.subplots()
    ax.twinx()
    stance.plot_trend(profile(scored, by="month"), ax=ax)
    assert figure.subplotpars.bottom == 0.2
    plt.close(figure)
    # and a twin (twinx(): x shared in the same place) is no panel sharing its dates
    figure, (top, bottom) = plt.subplots(2, 1)
    top.plot([1, 2, 3], [3, 1, 2])
    top.set_xlabel("mine")
    bottom.twinx()
    stance.plot_trend(profile(scored, by="month"), ax=bottom)
    figure.canvas.draw()
    assert shown(top) and top.get_xlabel() == "mine"
    assert figure.subplotpars.bottom == matplotlib.rcParams["figure.subplot.bottom"]
    plt.close(figure)
    # a trend of its own figure slants its dates as before, those matplotlib ticks as it draws too
    for groups in (months, pd.date_range("2025-01-01", "2025-12-31", freq="D")):
        scored = pd.DataFrame({"when": list(groups) * 2, "labels": "unity", "stance": "favor", "flag": None})
        ax = stance.plot_trend(profile(scored, by="when"))
        ax.figure.canvas.draw()
        labels = [t for t in ax.get_xticklabels() if t.get_text()]
        assert labels and all(t.get_rotation() == 30 and t.get_ha() == "right" for t in labels)
        plt.close(ax.figure)


def test_profile_direction_follows_the_stance_names_of_a_custom_model(energy_frame):
    renamed = energy_frame.assign(stance=energy_frame.stance.replace({"against": "oppose"}))
    model = stance.train(renamed, stance_column="stance")
    assert model.stance_classes == ("favor", "oppose")
    doc = stance.score_document("Shut the reactors down for good. Close every nuclear plant now.", model=model)
    opposed = doc.sentences.stance.eq("oppose").sum()
    assert opposed >= 1
    assert doc.profile["against"].sum() == opposed  # "oppose" counts as against, not as favor


def test_profile_direction_can_be_named_and_is_asked_for_when_unclear(energy_frame):
    from stance.document import stance_directions

    assert stance_directions(("agree", "disagree")) == ("agree", "disagree")
    assert stance_directions(("against", "favor")) == ("favor", "against")
    assert stance_directions(("left", "right"), favor="right") == ("right", "left")
    with pytest.raises(stance.InvalidInputError, match="pass favor= and against="):
        stance_directions(("left", "right"))
    with pytest.raises(stance.InvalidInputError, match="not one of the model's stance values"):
        stance_directions(("left", "right"), favor="up", against="left")


def test_a_stance_name_that_is_not_text_is_refused_by_name_not_with_a_traceback(energy_frame):
    # favor=1 is natural for a model whose stance values are "1" and "-1"; it used to end in
    # unicodedata's "normalize() argument 2 must be str, not int".
    from stance.document import stance_directions

    with pytest.raises(stance.InvalidTypeError, match=r"favor must be a str .* got 1 \(int\); pass favor='1'"):
        stance_directions(("-1", "1"), favor=1, against="-1")
    model = stance.default_model()
    # Not "pass against='2'", which the model has not: the values it has.
    with pytest.raises(stance.InvalidTypeError, match=r"against must be a str .* got 2 \(int\); pass one of the "
                                                      r"model's stance values \['against', 'favor'\]$"):
        stance.score_document("We have a one-speed NATO. Thank you all.", model=model, favor="favor", against=2)
    scored = stance.score(["We have a one-speed NATO.", "Leave NATO."], model=model)
    with pytest.raises(stance.InvalidTypeError, match="favor must be a str"):
        stance.profile(scored, favor=1, against=-1)
    # From an audit: of a frame without the model's values (a gold column of 1 and -1), the
    # spelling to pass was not said, as it is for none_label=0
    gold = pd.DataFrame({"labels": ["unity"] * 4, "stance": [1, -1, 1, 0]})
    with pytest.raises(stance.InvalidTypeError, match=r"^favor must be a str .* got 1 \(int\); pass favor='1'$"):
        stance.profile(gold, favor=1, against=-1)
    with pytest.raises(stance.InvalidTypeError, match=r"^against must be a str .* got -1\.0 \(float\); pass "
                                                      r"against='-1'$"):
        stance.profile(gold, favor="1", against=-1.0)
    assert stance.profile(gold, favor="1", against="-1")[["favor", "against"]].values.tolist() == [[2, 1]]


def test_a_number_for_favor_or_against_is_told_the_str_to_pass_by_every_call(energy_frame):
    # A technical editor's audit: the README says favor=1 raises LabelTypeError "with the str to
    # pass", and stance.scorer said "pass favor='1'", but evaluate, score_document and profile
    # said nothing to pass where the model has no value "1". Each now names the str to pass:
    # the number's spelling where it is one of the model's values, else the values it has.
    model = stance.default_model()
    gold = pd.DataFrame({"text": ["We back Ukraine.", "Cut the aid to Kyiv."], "labels": ["ukraine_support"] * 2,
                         "stance": ["favor", "against"]})
    numbered = energy_frame.assign(stance=energy_frame.stance.map({"favor": "1", "against": "-1"}))
    numbered_model = stance.train(numbered, stance_column="stance")
    numbered_gold = numbered.dropna(subset=["stance"]).head(4)
    for trained, data, tail in ((model, gold, "; pass one of the model's stance values ['against', 'favor']"),
                                (numbered_model, numbered_gold, "; pass {name}='1'")):
        scored = stance.score(data[["text"]], model=trained)
        calls = {"evaluate": lambda m=trained, d=data, **k: stance.evaluate(m, d, stance_column="stance", **k),
                 "score_document": lambda m=trained, **k: stance.score_document("We back Ukraine.", model=m, **k),
                 "profile": lambda s=scored, **k: stance.profile(s, **k)}
        for call_name, call in calls.items():
            for name in ("favor", "against"):
                with pytest.raises(stance.LabelTypeError) as error:
                    call(**{name: 1.0 if call_name == "profile" else 1})
                assert str(error.value).endswith(tail.format(name=name)), (call_name, str(error.value))
    with pytest.raises(stance.LabelTypeError, match=r"; pass favor='1'$"):  # its model is not known yet
        stance.scorer("stance_f_avg", favor=1)


@pytest.mark.parametrize("favor, against", [("pour", "contre"), ("Dafür", "DAGEGEN"), ("za", "przeciw"),
                                             ("a favor", "En contra"), ("pro", "contra"),
                                             ("за", "проти"), ("За", "ПРОТИВ"),
                                             # not understood until an audit asked for them
                                             ("für", "gegen"), ("dafuer", "dagegen"), ("Zustimmung", "Ablehnung"),
                                             ("favorable", "défavorable"), ("a favore", "contro"),
                                             ("voor", "tegen")])
def test_common_non_english_stance_names_are_read_as_favour_and_against(favor, against):
    # A model trained with "pour"/"contre" (or dafür/dagegen, za/przeciw, a favor/en contra,
    # Ukrainian за/проти, Russian, Bulgarian or Serbian за/против) needed favor= and against=
    # at every profile, score_document and stance document.
    import pandas as pd

    from stance.document import stance_directions

    assert stance_directions((against, "neutre", favor)) == (favor, against)
    scored = pd.DataFrame({"labels": ["gas"] * 3, "stance": [favor, against, favor]})
    assert stance.profile(scored)[["favor", "against"]].loc["gas"].tolist() == [2, 1]


@pytest.mark.parametrize("favor", ["dafu\u0308r", "DAFU\u0308R"])
def test_stance_names_with_decomposed_accents_are_read_as_favour_and_against(favor):
    # "dafür" written as "u" and a combining diaeresis (a macOS file name, some exports)
    # was no direction name: profile and score_document asked for favor= and against=.
    from stance.document import stance_directions

    assert stance_directions(("dagegen", favor)) == (favor, "dagegen")
    scored = pd.DataFrame({"labels": ["gas"] * 3, "stance": [favor, "dagegen", favor]})
    assert stance.profile(scored).loc["gas", ["favor", "against"]].tolist() == [2, 1]
    # A gold column joining an export's decomposed "dafür" to a composed one counts both.
    mixed = pd.DataFrame({"labels": ["gas"] * 3, "stance": [favor, "dagegen", "dafür"]})
    assert stance.profile(mixed).loc["gas", ["favor", "against"]].tolist() == [2, 1]


def test_given_stance_names_match_the_model_values_however_their_accents_are_encoded():
    # favor="élargir" typed composed, of a model whose value came decomposed from its
    # training file: refused as "not one of the model's stance values" though it looks the
    # same, and with no p_stance_* columns to check it against, counted as nothing.
    from stance.document import stance_directions

    values = ("e\u0301largir", "geler")
    assert stance_directions(values, favor="élargir", against="geler") == values
    assert stance_directions(values, favor="Élargir") == values
    scored = pd.DataFrame({"labels": ["gas"] * 3, "stance": ["e\u0301largir", "geler", "e\u0301largir"],
                           "p_stance_e\u0301largir": [0.9, 0.1, 0.9], "p_stance_geler": [0.1, 0.9, 0.1]})
    for frame in (scored, scored[["labels", "stance"]]):
        assert profile(frame, favor="élargir", against="geler").loc["gas", ["favor", "against"]].tolist() == [2, 1]
    with pytest.raises(stance.InvalidInputError, match="favor and against are both"):
        stance_directions(values, favor="élargir", against="E\u0301LARGIR")


def test_profile_of_gold_labels_reads_their_stance_names():
    # A gold frame has no p_stance_* columns to name the model's values: favor beside a
    # third value was refused (the review), and approve/disapprove or 1/-1 were not known.
    gold = pd.DataFrame({"labels": ["gas", "gas", "gas", "wind"],
                         "stance": ["favor", "neutral", "favor", "favor"]})
    assert stance.profile(gold).loc["gas", ["favor", "against"]].tolist() == [2, 0]
    for favor, against in [("approve", "disapprove"), ("1", "-1")]:
        frame = pd.DataFrame({"labels": ["gas"] * 3, "stance": [favor, against, favor]})
        assert stance.profile(frame).loc["gas", ["favor", "against"]].tolist() == [2, 1]
    numbers = pd.DataFrame({"labels": ["gas"] * 3, "stance": [1, -1, 1]})  # as pandas reads a 1/-1 column
    assert stance.profile(numbers).loc["gas", ["favor", "against"]].tolist() == [2, 1]
    rumours = pd.DataFrame({"labels": ["gas"] * 4, "stance": ["support", "deny", "deny", "query"]})
    assert stance.profile(rumours).loc["gas", ["favor", "against"]].tolist() == [1, 2]
    # Two values read as one direction are both counted as it, and warned of (an audit by a
    # political scientist: "favor" and "pro" counted only "favor", turning the position round).
    joined = pd.DataFrame({"labels": ["gas"] * 4, "stance": ["support", "pro", "con", "pro"]})
    with pytest.warns(stance.StanceWarning, match=r"^the stance values 'pro' \(2 statements\) and 'support' "
                                                  r"\(1 statement\) both read as favour, and are counted as favor;"):
        assert stance.profile(joined).loc["gas", ["favor", "against"]].tolist() == [3, 1]
    # Unclear, so asked for rather than counted as nothing: a scale whose "1" is no sign, a
    # direction given with two values left over.
    for values, given in [(["1", "2", "4", "5"], {}),
                          (["up", "down", "flat"], {"favor": "up"})]:
        frame = pd.DataFrame({"labels": ["gas"] * len(values), "stance": values})
        with pytest.raises(stance.InvalidInputError, match="pass favor= and against="):
            stance.profile(frame, **given)


def test_plotting_leaves_the_backend_alone_and_draws_an_empty_profile():
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    try:
        doc = stance.score_document("Thank you all for coming. Good morning.")
        assert doc.profile.empty and doc.profile["n"].dtype.kind == "i"
        ax = doc.plot()
        assert matplotlib.get_backend().lower() == "svg"
        assert "no statement takes a position" in ax.texts[0].get_text()
        plt.close(ax.figure)
    finally:
        matplotlib.use("Agg")


def test_an_empty_position_plot_draws_only_its_message():
    # The 0 (even) line was drawn with no bars, a stray vertical stroke at the figure's left.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = stance.score(["Thank you all for coming."]).assign(speaker="A")
    for table in (profile(scored), profile(scored, by="speaker")):
        ax = stance.plot_profile(table, value="position")
        assert [t.get_text() for t in ax.texts] == ["no statement takes a position on any target"]
        assert len(ax.lines) == 0 and len(ax.patches) == 0
        plt.close(ax.figure)


def test_a_position_plot_of_a_profile_without_stances_says_so_instead_of_blank_bars():
    # A model with no stance head has no position: the plot drew empty bars labelled
    # "0 favor / 0 against" (one group) or an empty chart (grouped), as if all were even.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["gas", "wind", "gas"], "stance": [None] * 3, "party": ["a", "a", "b"]})
    for table in (profile(scored), profile(scored, by="party")):
        ax = stance.plot_profile(table, value="position")
        assert [t.get_text() for t in ax.texts] == [
            "no statement takes a stance on any target\n(a model without a stance head gives none): "
            "plot value='share'"]
        assert len(ax.lines) == 0 and len(ax.patches) == 0
        plt.close(ax.figure)


def test_a_position_plot_without_positions_from_a_stance_head_says_the_true_reason():
    # Every position NaN with a stance head (every statement neutral, or a target only ever
    # secondary) was explained as "a model without a stance head gives none", and its share
    # plot drew the bars in one colour with no counts, as a stanceless profile's.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    neutral = pd.DataFrame({"labels": ["gas", "wind|gas", "gas"], "stance": ["neutral"] * 3, "party": ["a", "a", "b"]})
    secondary = profile(pd.DataFrame({"labels": ["gas|wind"], "stance": ["favor"]})).loc[["wind"]]
    for table in (profile(neutral), profile(neutral, by="party"), secondary):
        ax = stance.plot_profile(table, value="position")
        assert [t.get_text() for t in ax.texts] == [
            "no statement is for or against any target\n(each is neutral, or takes it only as a secondary target): "
            "plot value='share'"]
        plt.close(ax.figure)
    # Its shares are drawn as a profile's with stances: the colour of no stance, named, and counted.
    ax = stance.plot_profile(profile(neutral))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["no stance"]
    assert [t.get_text().strip() for t in ax.texts] == ["0 favor / 0 against"] * 2
    plt.close(ax.figure)
    # A profile whose record is lost (as through a file) says both reasons it may have.
    unrecorded = profile(neutral)
    unrecorded.attrs.clear()
    ax = stance.plot_profile(unrecorded, value="position")
    assert "or the model has no stance head" in ax.texts[0].get_text()
    plt.close(ax.figure)


def test_a_share_plot_of_a_profile_without_stances_draws_no_lean_and_a_message_plot_is_small():
    # A user audit: a model trained without a stance head drew every target's share bar grey
    # under a legend of "leans favor", "leans against" and "even", each bar labelled
    # "0 favor / 0 against": every target read as measured even.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["gas", "wind", "gas", "none"], "stance": [None] * 4,
                           "country": ["a", "a", "b", "b"]})
    ax = stance.plot_profile(profile(scored))
    assert ax.get_legend() is None and len(ax.texts) == 0
    assert len({bar.get_facecolor() for bar in ax.patches}) == 1 and len(ax.patches) == 2
    assert sorted(bar.get_width() for bar in ax.patches) == [0.25, 0.5]  # the shares, drawn as before
    plt.close(ax.figure)
    # A profile with stances keeps its lean colours, legend and counts.
    # (nine times over, so that each lean's interval leaves 0 out)
    ax = stance.plot_profile(profile(pd.concat([scored.assign(stance=["favor", "against", "favor", None])] * 9)))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["leans favor", "leans against"]  # none even
    assert len(ax.texts) == 2
    plt.close(ax.figure)
    # A position plot of such a profile is only a message: its figure was sized for the bars it
    # does not draw, 60 inches tall for 60 targets by country.
    many = pd.DataFrame({"labels": [f"code{i}" for i in range(60)] * 4, "stance": [None] * 240,
                         "country": [c for c in "abcd" for _ in range(60)]})
    for table in (profile(many), profile(many, by="country")):
        ax = stance.plot_profile(table, value="position")
        assert ax.texts[0].get_text().startswith("no statement takes a stance on any target")
        assert tuple(ax.figure.get_size_inches()) == (7.0, 3.5)
        plt.close(ax.figure)


def test_profile_counts_only_statements_with_text():
    scored = stance.score(["We stand together with every ally.", "", None, "   "])
    assert profile(scored).loc["unity", "share"] == 1.0


def test_the_readmes_recipe_gives_each_groups_denominator_those_without_a_row_among_them():
    # A newsroom audit: a speaker whose statements were all off-topic had no row, and no group's
    # count of statements was given. The README's recipe gives every group's, the share's denominator.
    scored = stance.score(pd.DataFrame({
        "text": ["Send more tanks to Kyiv.", "Thank you all for coming.", "", "NATO must stay united.",
                 "The weather is fine today.", "Thank you.", None],
        "speaker": ["Tusk", "Tusk", "Tusk", "Tusk", "Orban", "Orban", None]}))
    by_speaker = profile(scored, by="speaker")
    kept = scored[~scored.flag.isin(["empty", "missing", "not_text"]) & scored.labels.notna()]
    named = kept.speaker.astype("string").str.strip().fillna("").ne("")
    counted = kept.speaker.where(named, "(missing)").value_counts()
    assert counted.to_dict() == {"Orban": 2, "Tusk": 3}  # known: Tusk's blank row and the unnamed empty one left out
    # A review: blank and missing speakers are one group, "(missing)", as in the profile.
    blanks = stance.score(pd.DataFrame({"text": ["NATO must stay united.", "Ukraine should join NATO.",
                                                 "NATO must stay united."], "speaker": ["", " ", None]}))
    kept = blanks[~blanks.flag.isin(["empty", "missing", "not_text"]) & blanks.labels.notna()]
    named = kept.speaker.astype("string").str.strip().fillna("").ne("")
    assert kept.speaker.where(named, "(missing)").value_counts().to_dict() == {"(missing)": 3}
    missing = profile(blanks, by="speaker").xs("(missing)")
    assert ((missing.n / missing.share).round(9) == 3).all()
    assert "Orban" not in by_speaker.index.get_level_values("speaker")  # all off-topic: no row
    tusk = by_speaker.xs("Tusk")
    assert ((tusk.n / tusk.share).round(9) == 3).all()  # n / share gives the denominator back


def test_profile_leaves_out_rows_that_were_not_scored_and_says_so():
    # A user audit: scoring only the English posts and left-joining them back, the rows not
    # scored (no labels) counted as statements taking no position, and the shares fell silently.
    data = pd.DataFrame({"text": ["We stand together with every ally.", "Wir stehen zusammen.", "", None,
                                  "We have a one-speed NATO."], "lang": ["en", "de", "en", "en", "en"]})
    english = data[data.lang == "en"]
    scored = data.join(stance.score(english).drop(columns=["text", "lang"]))  # a left join
    assert scored.labels.isna().tolist() == [False, True, False, False, False]
    with pytest.warns(stance.StanceWarning, match=r"^row 1 has no labels \(a missing 'labels' cell: not scored.*"
                                                r"left out of the profile and its shares"):
        shares = profile(scored)
    pd.testing.assert_frame_equal(shares, profile(stance.score(english)))  # as if profiled before the join
    assert shares.loc["unity", ["n", "share"]].tolist() == [2, 1.0]  # the two English statements with text
    # The audit's own frame: one row scored, one not.
    unscored = pd.DataFrame({"text": ["NATO must stay united", "x"], "labels": ["unity", None],
                             "stance": ["favor", None], "flag": [None, None]})
    with pytest.warns(stance.StanceWarning, match="row 1 has no labels"):
        assert profile(unscored).loc["unity", ["n", "share"]].tolist() == [1, 1.0]
    # Grouped, the same rows are left out of each group's shares, and a group of none is no group.
    with pytest.warns(stance.StanceWarning, match="row 1 has no labels"):
        by_language = profile(scored, by="lang")
    assert by_language.index.tolist() == [("en", "unity")] and by_language.share.tolist() == [1.0]
    # Scored rows of no text (the off-topic label, flagged) are no statements, as before, and unwarned.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert profile(stance.score(english)).loc["unity", "share"] == 1.0


def test_profile_reads_the_prefixed_columns_score_wrote():
    frame = pd.DataFrame({"text": ["Bring the brigade home now.", "Thank you."], "labels": ["unity", "none"],
                          "stance": ["favor", None]})
    scored = stance.score(frame, prefix="pred_")
    predicted = profile(scored, prefix="pred_")
    assert "eastern_flank" in predicted.index and "unity" not in predicted.index
    assert list(profile(scored, prefix="").index) == ["unity"]  # the gold columns, when asked for them


def test_profile_without_prefix_of_a_frame_scored_with_one_warns_that_it_reads_the_gold_columns():
    # A user audit: stance.profile(s) of s = stance.score(gold, prefix="pred_") profiled the gold
    # columns (unity, 3 against) without a word, the very frame the README says prefix="pred_" is for.
    gold = pd.DataFrame({"text": ["We must keep sending weapons to Ukraine.", "Ukraine's security is our security.",
                                  "Not one more cent for Kyiv."], "labels": ["unity"] * 3, "stance": ["against"] * 3})
    scored = stance.score(gold, prefix="pred_")
    with pytest.warns(stance.StanceWarning, match=r"gold.*pass prefix='pred_' to profile the predictions.*"
                                                  r"prefix='' to profile the gold"):
        table = profile(scored)
    assert table.index.tolist() == ["unity"] and table.loc["unity", ["n", "favor", "against"]].tolist() == [3, 0, 3]
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert profile(scored, prefix="").index.tolist() == ["unity"]  # asked for the gold columns: no warning
        assert "unity" not in profile(scored, prefix="pred_").index
        assert profile(gold).index.tolist() == ["unity"]  # nothing scored with a prefix: nothing to warn of
        # Scored twice, the second time without a prefix: the plain columns are a scoring's too.
        assert "unity" not in profile(stance.score(scored.drop(columns=["labels", "stance"]))).index
    # The prediction columns alone: the error names the prefix they have.
    with pytest.raises(stance.InvalidInputError, match=r"no column\(s\) \['labels', 'stance'\].*prefix='pred_'"):
        profile(scored.drop(columns=["labels", "stance"]))


def test_profile_with_a_prefix_the_frame_lacks_names_the_prefix_its_columns_carry():
    # profile(scored, prefix="pred_") of a frame scored without one said only "scored has no
    # column(s) ['pred_labels', 'pred_stance']", not that the prefix was the cause.
    scored = stance.score(["We must keep sending weapons to Ukraine.", "Thank you all for coming."])
    with pytest.raises(stance.InvalidInputError, match=r"no column\(s\) \['pred_labels', 'pred_stance'\].*"
                                                       r"it has the columns of a scoring without a prefix: leave "
                                                       r"prefix out, or pass prefix=''\)"):
        profile(scored, prefix="pred_")
    assert profile(scored).equals(profile(scored, prefix=""))  # the advice works
    twice = stance.score(stance.score(scored[["text"]], prefix="a_"), prefix="b_")
    with pytest.raises(stance.InvalidInputError, match=r"pass prefix=, one of \['a_', 'b_'\]"):
        profile(twice, prefix="pred_")
    with pytest.raises(stance.InvalidInputError, match=r"it has the columns of a scoring with prefix='b_': pass it"):
        profile(twice.drop(columns=["a_labels"]), prefix="a_")
    assert profile(twice, prefix="b_").equals(profile(scored))


@pytest.mark.parametrize("prefix", [None, "", "pred_"])
@pytest.mark.parametrize("role", ["labels", "stance", "flag"])
def test_profile_refuses_a_labels_stance_or_flag_name_of_two_columns_as_train_does(role, prefix):
    # A notebook user renamed a prefixed scoring's columns beside the gold ones (rename(columns=
    # lambda c: c.removeprefix("pred_"))): two columns "labels", and profile failed inside pandas,
    # "'DataFrame' object has no attribute 'tolist'", where train and evaluate say "names 2 columns".
    head = prefix or ""
    frame = pd.DataFrame({f"{head}labels": ["unity", "gas"], f"{head}stance": ["favor", "against"],
                          f"{head}flag": [None, None]})
    doubled = pd.concat([frame, frame[[f"{head}{role}"]]], axis=1)
    of = f"of prefix='{head}'" if head else "stance.profile reads"
    with pytest.raises(stance.InvalidInputError, match=rf"^scored: '{head}{role}' \(the {role} column {of}\) "
                                                       rf"names 2 columns; rename the duplicates$"):
        profile(doubled, prefix=prefix)
    # The wording train's and evaluate's column arguments give, one helper's.
    with pytest.raises(stance.InvalidInputError, match=r"^labels_column='labels' names 2 columns; rename the dup"):
        stance.train(pd.DataFrame([["We act.", "unity", "unity"]], columns=["text", "labels", "labels"]))
    # Renamed as advised, the profile counts one of each: unity 1 favor, gas 1 against.
    renamed = doubled.set_axis([*frame.columns, "other"], axis=1)
    assert profile(renamed, prefix=prefix)[["n", "favor", "against"]].to_dict("index") == {
        "unity": {"n": 1, "favor": 1, "against": 0}, "gas": {"n": 1, "favor": 0, "against": 1}}


def test_profile_refuses_a_labels_name_of_two_columns_where_the_scoring_recorded_its_targets():
    # The record of a model without an off-topic label is read before the columns are checked.
    from stance.profile import NONE_LABELS, TARGETS

    scored = pd.DataFrame([["gas", "favor", "gas"]], columns=["labels", "stance", "labels"])
    scored.attrs = {NONE_LABELS: {"labels": None}, TARGETS: {"labels": ["gas"]}}
    with pytest.raises(stance.InvalidInputError, match=r"^scored: 'labels' \(the labels column stance\.profile "
                                                       r"reads\) names 2 columns"):
        profile(scored)

def test_profile_refuses_a_labels_name_of_two_multiindex_columns_as_it_refuses_two_flat_ones():
    # A review of 5ae4ce5: gold and predicted labels side by side under MultiIndex columns,
    # ("labels", "gold") and ("labels", "pred"), still failed inside pandas ("'DataFrame' object
    # has no attribute 'tolist'"), as list.count("labels") counts neither; so did ("labels", "pred")
    # alone, which pandas gives as a frame too. Refused in the words require_columns gives by=
    # ("by='meta' names 2 columns of the data's MultiIndex columns", tested above).
    columns = pd.MultiIndex.from_tuples([("labels", "gold"), ("labels", "pred"), ("stance", "")])
    scored = pd.DataFrame([["unity", "gas", "favor"], ["gas", "gas", "against"]], columns=columns)
    with pytest.raises(stance.InvalidInputError) as refused:
        profile(scored)
    assert str(refused.value) == ("scored: 'labels' (the labels column stance.profile reads) names 2 columns of the "
                                  "data's MultiIndex columns, [('labels', 'gold'), ('labels', 'pred')]; flatten the "
                                  "columns, the one to read named 'labels'")
    with pytest.raises(stance.InvalidInputError, match=r"^scored: 'labels' \(the labels column stance\.profile "
                                                       r"reads\) names 1 column of the data's MultiIndex columns, "
                                                       r"\[\('labels', 'pred'\)\]; flatten"):
        profile(scored.drop(columns=[("labels", "gold")]))
    # Flattened as advised, the predictions profiled: by hand gas 2, unity none.
    flat = scored.set_axis(["gold", "labels", "stance"], axis=1)
    assert profile(flat)[["n", "favor", "against"]].to_dict("index") == {"gas": {"n": 2, "favor": 1, "against": 1}}
    # One column under each name, the rest of its name empty, is read as it was.
    single = pd.MultiIndex.from_tuples([("labels", ""), ("stance", "")])
    assert profile(flat.drop(columns="gold").set_axis(single, axis=1)).n.tolist() == [2]


def test_profile_names_each_scoring_prefix_once_of_a_labels_column_named_twice():
    # A review of 5ae4ce5: a prefixed scoring's labels column named twice, profiled without a
    # prefix, was told "pass prefix=, one of ['pred_', 'pred_']", one prefix listed twice; passed, it is refused.
    scored = pd.DataFrame({"labels": ["unity", "gas"], "stance": ["favor", "against"], "p_gas": [0.1, 0.9]})
    doubled = pd.concat([scored, scored[["labels"]]], axis=1).add_prefix("pred_")
    with pytest.raises(stance.InvalidInputError, match=re.escape(
            "scored has no column(s) ['labels', 'stance']: profile the output of stance.score (it has the columns "
            "of a scoring with prefix='pred_': pass it)")):
        profile(doubled)
    with pytest.raises(stance.InvalidInputError, match=r"^scored: 'pred_labels' \(the labels column of "
                                                       r"prefix='pred_'\) names 2 columns; rename the duplicates$"):
        profile(doubled, prefix="pred_")
    with pytest.warns(stance.StanceWarning, match=r"pass prefix='pred_' to profile the predictions"):
        profile(pd.concat([doubled, scored[["labels", "stance"]]], axis=1))


def test_profile_by_keeps_missing_groups_and_takes_several_columns():
    scored = pd.DataFrame({"labels": ["unity", "unity", "deterrence"], "stance": ["favor", "against", "favor"],
                           "speaker": ["A", None, "A"], "day": [1, 1, 2]})
    single = profile(scored, by="speaker")
    assert len(single.index.get_level_values(0).unique()) == 2  # "A" and the missing speaker
    double = profile(scored, by=["speaker", "day"])
    assert double.index.names == ["speaker", "day", "target"]
    with pytest.raises(stance.InvalidInputError, match="no such column"):
        profile(scored, by="party")


def test_profile_by_a_column_not_there_names_the_columns_and_the_likely_one():
    # "by: scored has no column(s) ['Party']", where cross_validate(groups="Speaker") and
    # evaluate's by= list the columns present and the one meant (a researcher's audit).
    scored = pd.DataFrame({"labels": ["unity", "deterrence"], "stance": ["favor", "against"],
                           "party": ["PiS", "KO"], "day": [1, 2]})
    present = r"no such column; columns present: \['labels', 'stance', 'party', 'day'\]"
    with pytest.raises(stance.InvalidInputError, match=rf"^by='Party': {present}\. Did you mean 'party'\?$"):
        profile(scored, by="Party")
    with pytest.raises(stance.InvalidInputError, match=rf"^by='Day': {present}\. Did you mean 'day'\?$"):
        profile(scored, by=["party", "Day"])
    # as evaluate's by= says it
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all."], "labels": ["unity", "none"],
                         "party": ["PiS", "KO"]})
    with pytest.raises(stance.InvalidInputError, match=r"^by='Party': no such column; .*Did you mean 'party'\?$"):
        stance.evaluate(None, gold, by="Party")


def test_profile_by_names_the_rows_with_no_value_as_evaluate_does():
    # The rows with no speaker were a NaN group (and a blank speaker another), where
    # stance evaluate --by names them "(missing)".
    from stance.evaluation import group_rows

    speakers = ["A", None, "A", " ", float("nan"), "B"]
    scored = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against", "favor", "against", "favor",
                                                               "favor"], "speaker": speakers})
    by_speaker = profile(scored, by="speaker").droplevel("target")
    assert by_speaker.index.tolist() == ["A", "B", "(missing)"]
    assert by_speaker.n.to_dict() == {name: len(rows) for name, rows in group_rows(speakers, range(6), "by").items()}
    assert by_speaker.loc["(missing)", ["favor", "against"]].tolist() == [1, 2]
    both = profile(scored.assign(day=[1, 1, 1, 1, 2, 2]), by=["speaker", "day"]).droplevel("target")
    assert both.n.to_dict() == {("A", 1): 2, ("B", 2): 1, ("(missing)", 1): 2, ("(missing)", 2): 1}
    with pytest.raises(stance.InvalidInputError, match=r"^by='speaker': some rows have the value '\(missing\)' and "
                                                        r"others none, which would be two groups of one name"):
        profile(scored.assign(speaker=["(missing)", *speakers[1:]]), by="speaker")


def test_profile_by_a_column_of_lists_or_dicts_names_the_row_as_evaluate_does():
    # A notebook user grouped by s.labels.str.split("|"): pandas failed inside, "unhashable type:
    # 'list'", where evaluate's by= says "by='tags': row 0 holds a list, not a value to group by".
    import pyarrow as pa

    scored = pd.DataFrame({"labels": ["unity", "unity|gas", "gas"], "stance": ["favor", "against", "favor"]},
                          index=["a", "b", "c"])
    tags = scored.labels.str.split("|").astype(object)
    for column, row, kind in ((tags, "'a'", "list"), (pd.Series([1, 2, {"x": 1}], index=scored.index), "'c'", "dict"),
                              (pd.Series(tags.tolist(), index=scored.index, dtype=pd.ArrowDtype(pa.list_(pa.string()))),
                               "'a'", "list")):
        with pytest.raises(stance.InvalidInputError, match=rf"^by='tags': row {row} holds a {kind}, not a value "
                                                           rf"to group by$"):
            profile(scored.assign(tags=column), by="tags")
        with pytest.raises(stance.InvalidInputError, match=rf"^by='tags': row {row} holds a {kind}, not a value"):
            profile(scored.assign(tags=column, party="A"), by=["party", "tags"])
    # The message is evaluate's, one helper's.
    gold = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you all."], "labels": ["unity", "none"],
                         "tags": [["a"], "b"]})
    with pytest.raises(stance.InvalidInputError, match=r"^by='tags': row 0 holds a list, not a value to group by$"):
        stance.evaluate(None, gold, by="tags")
    # Made text, each a group of its own: by hand, "unity|gas" 1 statement against unity.
    joined = profile(scored.assign(tags=tags.str.join("|")), by="tags")
    assert joined.loc[("unity|gas", "unity"), ["n", "favor", "against"]].tolist() == [1, 0, 1]
    # A review of f557be1: an array was said to be "a ndarray"; the article is said as the name is.
    arrays = pd.Series([np.array([1]), np.array([2]), np.array([1])], index=scored.index, dtype=object)
    with pytest.raises(stance.InvalidInputError, match=r"^by='tags': row 'a' holds an ndarray, not a value to "
                                                       r"group by$"):
        profile(scored.assign(tags=arrays), by="tags")


def test_profile_by_a_tuple_takes_it_as_the_full_name_of_one_of_multiindex_columns():
    # A notebook user: by=("meta", "speaker") of MultiIndex columns was refused with the advice to
    # pass by=('meta', 'speaker'), what was passed (the tuple read as two columns, "meta" and
    # "speaker"). It is the one column, as evaluate's by=("a", "register") takes it.
    scored = pd.DataFrame({("meta", "speaker"): ["A", "B", "A"], ("meta", "year"): [2024, 2024, 2025],
                           ("labels", ""): ["unity", "unity", "gas"], ("stance", ""): ["favor", "against", "favor"]})
    scored.columns = pd.MultiIndex.from_tuples(scored.columns)
    table = profile(scored, by=("meta", "speaker"))
    # by hand: A has unity 1 favor and gas 1 favor, B unity 1 against
    assert table.index.names == [("meta", "speaker"), "target"]
    assert table[["n", "favor", "against"]].to_dict("index") == {
        ("A", "gas"): {"n": 1, "favor": 1, "against": 0}, ("A", "unity"): {"n": 1, "favor": 1, "against": 0},
        ("B", "unity"): {"n": 1, "favor": 0, "against": 1}}
    assert table.equals(profile(scored, by=[("meta", "speaker")]))  # as a list of one, as before
    both = profile(scored, by=[("meta", "speaker"), ("meta", "year")])
    assert both.index.names == [("meta", "speaker"), ("meta", "year"), "target"] and len(both) == 3
    with pytest.raises(stance.InvalidInputError, match=r"^by='meta' names 2 columns of the data's MultiIndex"):
        profile(scored, by="meta")
    # Of flat columns a tuple is still several columns.
    flat = pd.DataFrame({"speaker": ["A", "B"], "year": [1, 2], "labels": ["unity"] * 2, "stance": ["favor"] * 2})
    assert profile(flat, by=("speaker", "year")).index.names == ["speaker", "year", "target"]


def test_a_speaker_spelt_two_ways_in_two_documents_is_one_speaker_as_within_one():
    # An audit: one transcript's "RUTTE:" and the next one's "Rutte:" were the speakers "RUTTE"
    # and "Rutte", so a profile by speaker across the documents split his statements in two,
    # where the same two tags in one document are one speaker.
    texts = {"a.txt": "RUTTE: NATO is united.\nQ: Will you send arms?",
             "b.txt": "Rutte: We must send more air defence to Ukraine.\nq: And Hungary?",
             "c.txt": "Mr. Wimsey: Deterrence must be credible.\nMr Wimsey: We will defend every inch."}
    docs = stance.score_documents(texts)
    assert docs.sentences.speaker.tolist() == ["RUTTE", "Q", "RUTTE", "Q", "Mr. Wimsey", "Mr. Wimsey"]
    one = stance.score_document("\n".join(texts.values()))  # the same tags in one document
    assert one.sentences.speaker.tolist() == docs.sentences.speaker.tolist()
    by_speaker = profile(docs.sentences, by="speaker")
    assert by_speaker.droplevel("target").index.unique().tolist() == ["Mr. Wimsey", "RUTTE"]  # Q asks: no target
    assert by_speaker.loc["RUTTE"].n.sum() == 2
    # A lone document and each document's own tags are as before.
    assert stance.score_documents({"x": "Rutte: NATO is united.\nQ: Why?"}).sentences.speaker.tolist() == ["Rutte", "Q"]


def test_an_office_alone_in_two_documents_names_its_holder_within_its_own_document_only():
    # A review of d557bacb: the README said an office alone ("SECRETARY GENERAL:") "is read within its
    # own document only", yet "SECRETARY GENERAL:" and "Secretary General:" in two files were one speaker.
    # An office names its holder from its own document's tag alone; naming no one, it is a speaker
    # spelt as any is, one across documents, as the same spelling in both always was.
    texts = {"a.txt": "SECRETARY GENERAL MARK RUTTE: NATO is united.\nREPORTER: Will you?\n"
                      "SECRETARY GENERAL: We must send more air defence to Ukraine.",
             "b.txt": "SECRETARY GENERAL: NATO is strong.\nREPORTER: Why?",
             "c.txt": "Secretary General: Allies must stand with Ukraine.\nJournalist: And Russia?\n"
                      "Secretary General: Russia must pay for the war."}
    speakers = stance.score_documents(texts).sentences.groupby("document").speaker.apply(list).to_dict()
    assert speakers == {"a.txt": ["SECRETARY GENERAL MARK RUTTE", "REPORTER", "SECRETARY GENERAL MARK RUTTE"],
                        "b.txt": ["SECRETARY GENERAL", "REPORTER"],
                        "c.txt": ["SECRETARY GENERAL", "Journalist", "SECRETARY GENERAL"]}
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "is read within its own document only" not in readme
    assert '"Secretary General:" in the next are one\nspeaker, "SECRETARY GENERAL", as the same spelling' in readme


def test_a_name_or_surname_alone_in_another_document_is_not_its_holder_as_the_readme_says():
    # A review of 961a1222: the README said tags across documents are one speaker "as within one", and
    # "Each document's tags are its own", yet only an office was said to name its holder within its
    # own document alone: a later file's "Rutte:" or "Mark Rutte:", his in one document, is not.
    texts = {"a.txt": "SECRETARY GENERAL MARK RUTTE: NATO is united.\nREPORTER: Will you?\n"
                      "RUTTE: We must send more air defence to Ukraine.",
             "b.txt": "Rutte: NATO is strong.\nREPORTER: Why?\nMARK RUTTE: Russia must pay for the war.",
             "c.txt": "RUTTE: Allies must stand with Ukraine.\nREPORTER: And Russia?"}
    speakers = stance.score_documents(texts).sentences.groupby("document").speaker.apply(list).to_dict()
    assert speakers == {"a.txt": ["SECRETARY GENERAL MARK RUTTE", "REPORTER", "SECRETARY GENERAL MARK RUTTE"],
                        "b.txt": ["Rutte", "REPORTER", "MARK RUTTE"], "c.txt": ["Rutte", "REPORTER"]}
    one = stance.score_document("\n".join(texts.values())).sentences.speaker.tolist()
    assert set(one) == {"SECRETARY GENERAL MARK RUTTE", "REPORTER"}
    readme = " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").split())
    assert ('An office, a name or a surname alone ("SECRETARY GENERAL:", "MARK RUTTE:", "RUTTE:") names its holder '
            'only from a tag of its own document that gives both ("SECRETARY GENERAL MARK RUTTE:"), so another '
            'file\'s "Rutte:" is a speaker of its own, "Rutte", though in one document it would be his.') in readme
    assert "Each document's tags are its own" not in readme


def test_profile_puts_the_missing_group_last_whatever_its_cells_hold():
    # Blank cells sort before every name and missing ones after, so "(missing)" came first
    # when the rows with no speaker were all blank and last when one was NaN.
    scored = pd.DataFrame({"labels": ["unity"] * 4, "stance": ["favor", "against", "favor", "favor"],
                           "speaker": ["B", " ", "A", ""]})
    order = ["A", "B", "(missing)"]
    for speakers in (scored.speaker, scored.speaker.replace(" ", None), scored.speaker.astype("string")):
        assert profile(scored.assign(speaker=speakers), by="speaker").droplevel("target").index.tolist() == order
    both = profile(scored.assign(day=[2, 1, 2, 2]), by=["day", "speaker"]).droplevel("target")
    assert both.index.tolist() == [(1, "(missing)"), (2, "A"), (2, "B"), (2, "(missing)")]
    # a categorical column keeps the order of its categories, a blank one among them
    categorical = scored.assign(speaker=pd.Categorical(scored.speaker, categories=["B", " ", "", "A"]))
    assert profile(categorical, by="speaker").droplevel("target").index.tolist() == ["B", "A", "(missing)"]


def test_profile_orders_an_object_column_of_bools_or_numbers_with_gaps_as_evaluate_does(tmp_path):
    # An audit: a JSON Lines file's true/null/false (an object column) gave the groups True,
    # "(missing)", False, and numbers in an object column with a gap 3, "(missing)", 1, 2:
    # pandas' groupby leaves such a column unsorted, where evaluate's by= sorts it.
    data = tmp_path / "votes.jsonl"
    data.write_text('{"text": "NATO is united.", "labels": "unity", "stance": "favor", "gov": true}\n'
                    '{"text": "NATO is divided.", "labels": "unity", "stance": "against", "gov": null}\n'
                    '{"text": "Send air defence to Ukraine.", "labels": "ukraine_support", "stance": "favor", '
                    '"gov": false}\n', encoding="utf-8")
    scored = stance.score(data, prefix="pred_")
    assert scored.gov.dtype == object and scored.gov.tolist() == [True, None, False]
    by_gov = profile(scored, by="gov", prefix="pred_")
    groups = by_gov.droplevel("target").index.unique().tolist()
    assert groups == [False, True, "(missing)"] and [type(g) for g in groups[:2]] == [bool, bool]
    gold = profile(scored, by="gov", prefix="")  # each row its own group still
    assert gold.index.tolist() == [(False, "ukraine_support"), (True, "unity"), ("(missing)", "unity")]
    assert gold.favor.tolist() == [1, 1, 0] and gold.against.tolist() == [0, 0, 1]
    evaluated = stance.evaluate(stance.default_model(), data, by="gov").by_group().index.tolist()
    assert evaluated == groups  # one order
    years = scored.assign(year=pd.Series([2024, None, 2023], dtype=object))
    by_year = profile(years, by="year", prefix="pred_")
    assert by_year.droplevel("target").index.unique().tolist() == [2023, 2024, "(missing)"]


def test_profile_by_a_year_with_gaps_shows_the_years_as_written(tmp_path):
    # A year column read from a CSV file with a missing year is float to pandas: the groups
    # showed as 2014.0, where stance evaluate --by shows 2014.
    data = tmp_path / "speeches.csv"
    data.write_text("labels,stance,year\ngas,favor,2014\ngas,against,\nwind,favor,2015\ngas,favor,2014\n",
                    encoding="utf-8")
    scored = pd.read_csv(data)
    assert scored.year.dtype.kind == "f"
    for by in ("year", ["year", "labels"]):
        years = profile(scored, by=by).index.get_level_values(0).unique().tolist()
        assert years == [2014, 2015, "(missing)"] and [type(year) for year in years[:2]] == [int, int], years
    assert profile(scored, by="year").to_string().split("\n")[2].split()[:2] == ["2014", "gas"]
    assert profile(scored, by="year").xs("(missing)", level="year").against.tolist() == [1]  # still its own group
    halves = scored.assign(year=[2014.5, None, 2015, 2014.5])  # not whole numbers: shown as they are
    assert profile(halves, by="year").index.levels[0].tolist() == [2014.5, 2015.0, "(missing)"]


def test_profile_by_a_categorical_column_keeps_its_missing_group():
    # pandas' groupby(dropna=False) drops a categorical key's missing values: the statements
    # of rows with no party (a Parquet file's dictionary column reads as categorical) were
    # left out of the profile without a word.
    scored = pd.DataFrame({"labels": ["unity", "unity", "deterrence", "unity|deterrence", "unity"],
                           "stance": ["favor", "against", "favor", "against", "favor"],
                           "party": ["A", None, "B", None, "A"], "day": [1, 1, 2, 2, 1]})
    categorical = scored.assign(party=pd.Categorical(scored.party, categories=["A", "B"]))
    single = profile(categorical, by="party")
    # the same rows; its group level categorical, "(missing)" its last category
    plain = profile(scored, by="party")
    assert single.index.tolist() == plain.index.tolist()
    pd.testing.assert_frame_equal(single.reset_index(drop=True), plain.reset_index(drop=True))
    assert list(single.index.levels[0].categories) == ["A", "B", "(missing)"]
    missing = single.xs("(missing)", level="party")  # rows 1 and 3: unity twice, deterrence once
    assert missing.n.to_dict() == {"unity": 2, "deterrence": 1} and missing.against.to_dict() == {"unity": 2,
                                                                                              "deterrence": 0}
    double = profile(categorical, by=["party", "day"])
    assert double.n.sum() == profile(scored, by=["party", "day"]).n.sum() == 6
    assert sorted(double.droplevel("target").index.unique().tolist(), key=str) == sorted(
        profile(scored, by=["party", "day"]).droplevel("target").index.unique().tolist(), key=str)


def test_profile_by_a_categorical_or_nullable_column_keeps_its_dtype_and_order():
    # A user audit: profile(frame, by="speaker") of a categorical column with the order the
    # user set gave groups of plain text, so sort_index() and unstack() put them in the
    # alphabet's order; an Int64 column's groups came back int64.
    scored = pd.DataFrame({"labels": ["unity", "deterrence", "unity", "unity"],
                           "stance": ["favor", "against", "favor", "against"],
                           "speaker": pd.Categorical(["Rutte", "Abe", "Rutte", "Zelensky"],
                                                     categories=["Zelensky", "Rutte", "Abe", "Tusk"], ordered=True),
                           "year": pd.array([2024, 2014, 2024, 2019], dtype="Int64"),
                           "held": pd.array(["b", "a", "b", None], dtype="string")})
    table = profile(scored, by="speaker")
    speakers = table.index.get_level_values("speaker")
    # as pandas' groupby(observed=True): the rows of the speakers there are, the dtype whole (Tusk too)
    assert speakers.dtype == scored.speaker.dtype
    assert table.sort_index().index.get_level_values("speaker").unique().tolist() == ["Zelensky", "Rutte", "Abe"]
    assert table.share.unstack("target", fill_value=0).index.tolist() == ["Zelensky", "Rutte", "Abe"]
    assert table.xs("Rutte").favor.tolist() == [2]
    years = profile(scored, by="year").index.get_level_values("year")
    assert years.dtype == pd.Int64Dtype() and years.unique().tolist() == [2014, 2019, 2024]
    held = profile(scored, by="held").index.get_level_values("held")
    assert held.dtype == scored.held.dtype and held.unique().tolist() == ["a", "b", "(missing)"]
    # a categorical with rows of no value gets "(missing)" as its last category
    gaps = profile(scored.assign(speaker=scored.speaker.where(scored.year != 2019)), by="speaker")
    assert list(gaps.index.levels[0].categories) == ["Zelensky", "Rutte", "Abe", "Tusk", "(missing)"]
    assert gaps.sort_index().index.get_level_values(0).unique().tolist() == ["Rutte", "Abe", "(missing)"]
    # an Int64 column with gaps cannot hold "(missing)": its groups are ints and "(missing)", as before
    assert profile(scored.assign(year=scored.year.where(scored.year != 2019)),
                   by="year").index.get_level_values(0).unique().tolist() == [2014, 2024, "(missing)"]


def test_profile_by_a_numpy_column_of_any_width_or_unit_keeps_its_dtype_under_every_pandas():
    # Found running the same flows under the oldest and newest pandas: built from tuples, a
    # day column read from Parquet as datetime64[s] came back datetime64[ns] under pandas 2,
    # or object with the open-end date 9999-12-31, and a uint8 one int64 under pandas 3 (by
    # two keys), where pandas' groupby(observed=True) keeps each under both.
    scored = pd.DataFrame({"labels": ["unity", "deterrence", "unity", "unity"],
                           "stance": ["favor", "against", "favor", "against"],
                           "party": ["A", "A", "B", "B"],
                           "until": pd.Series(np.array(["2024-01-17", "9999-12-31", "9999-12-31", "2024-01-17"],
                                                       dtype="datetime64[s]")),
                           "seat": pd.Series([3, 1, 3, 200], dtype="uint8")})
    for key, dtype in (("until", "datetime64[s]"), ("seat", "uint8")):
        for by in (key, ["party", key]):
            level = profile(scored, by=by).index.get_level_values(key)
            assert str(level.dtype) == dtype, (by, level.dtype)
    days = profile(scored, by="until").index.get_level_values("until").unique()
    assert [str(day.date()) for day in days] == ["2024-01-17", "9999-12-31"]
    assert profile(scored, by=["party", "seat"]).xs(("B", 200)).against.tolist() == [1]


def test_a_gold_labels_column_is_profiled_as_evaluate_reads_it():
    # str(cell).split("|") made targets "nan" (a missing cell), " deterrence" (spaces around
    # "|") and "['unity', 'deterrence']" (a JSONL list), counted like the real ones. A row
    # without labels is unlabelled, as evaluate has it (which refuses it): left out, said so.
    as_text = profile(pd.DataFrame({"labels": ["unity|deterrence", "unity"], "stance": ["favor", "against"]}))
    for cells in (["unity | deterrence", "unity", None], [["unity", "deterrence"], ["unity"], float("nan")],
                  pd.array(["unity|deterrence", "unity", pd.NA], dtype="string")):
        gold = pd.DataFrame({"labels": cells, "stance": ["favor", "against", None]})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", stance.StanceWarning)  # nor is "nan" taken for the off-topic label
            pd.testing.assert_frame_equal(profile(gold), as_text)
        assert [str(w.message).split(" (")[0] for w in caught] == ["row 2 has no labels"]


def test_a_grouped_profile_of_no_statements_keeps_its_group_level():
    # Indexed by "target" alone, an empty slice (a day nobody spoke) broke
    # profile.unstack("speaker") and reset_index()'s columns, which worked for every other day.
    scored = pd.DataFrame({"labels": ["unity"], "stance": ["favor"], "speaker": ["A"], "day": [1]})
    for by, names in (("speaker", ["speaker", "target"]), (["speaker", "day"], ["speaker", "day", "target"])):
        empty = profile(scored.iloc[:0], by=by)
        assert empty.empty and empty.index.names == names == profile(scored, by=by).index.names
        assert list(empty.reset_index().columns) == list(profile(scored, by=by).reset_index().columns)
    assert profile(scored.iloc[:0]).index.names == ["target"]


def _index_shape(table: pd.DataFrame) -> tuple:
    """What a profile's index is, and what it carries, whatever its rows."""
    levels = [table.index.get_level_values(k) for k in range(table.index.nlevels)]
    return type(table.index).__name__, [str(level.dtype) for level in levels], list(table.index.names), table.attrs


def test_a_profile_of_no_statements_has_the_index_and_attrs_of_one_of_some():
    # Empty (no rows, or every statement off-topic), a profile had a RangeIndex of int64 and no
    # attrs, where one row gave text targets and the stance names: compare_profiles(empty, p)
    # then had a RangeIndex and compare_profiles(p, empty) text, and a grouped one object levels.
    scored = stance.score(pd.DataFrame({"text": ["We stand with Ukraine and NATO must stay united.",
                                                 "The weather is nice today."], "party": ["A", "B"]}))
    some = stance.profile(scored.iloc[:1])
    for empty in (stance.profile(scored.iloc[:0]), stance.profile(scored.iloc[1:]), stance.profile(stance.score([]))):
        assert empty.empty and _index_shape(empty) == _index_shape(some)
        compared = stance.compare_profiles(empty, some), stance.compare_profiles(some, empty)
        assert _index_shape(compared[0])[:3] == _index_shape(compared[1])[:3]
    grouped = stance.profile(scored.iloc[:1], by="party")
    for empty in (stance.profile(scored.iloc[:0], by="party"), stance.profile(scored.iloc[1:], by="party")):
        assert empty.empty and _index_shape(empty) == _index_shape(grouped)


def test_plots_on_the_callers_axes_keep_the_callers_figure_as_it_was():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    figure, (left, right) = plt.subplots(1, 2, layout="constrained")
    engine = figure.get_layout_engine()
    doc = stance.score_document("We stand together. Bring the brigade home.")
    doc.plot(ax=left)
    report = compute_report([("a",), ("b",)], [None, None], [("a",), ("a",)], None, ("a", "b"), None)
    report.plot_confusion(ax=right)
    report.plot_confusion(ax=right)
    assert figure.get_layout_engine() is engine
    assert len(figure.axes) == 2  # no colorbar axes added to the caller's figure
    plt.close(figure)


def test_a_plot_given_a_figure_or_an_array_of_axes_for_ax_says_which_axes_to_pass():
    # A notebook analyst: ax=fig, or ax=axes of plt.subplots(1, 2), stopped every plot with
    # an AttributeError from inside plotting.py ("'Figure' object has no attribute 'barh'").
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    scored = pd.DataFrame({"labels": ["unity", "deterrence"], "stance": ["favor", "against"],
                           "month": pd.PeriodIndex(["2024-01", "2024-02"], freq="M")})
    doc = stance.score_document("We stand together. Bring the brigade home.")
    report = compute_report([("a",), ("b",)], [None, None], [("a",), ("a",)], None, ("a", "b"), None)
    plots = [lambda ax: stance.plot_profile(profile(scored), ax=ax),
             lambda ax: stance.plot_trend(profile(scored, by="month"), ax=ax),
             lambda ax: report.plot_confusion(ax=ax), lambda ax: doc.plot(ax=ax)]
    figure, axes = plt.subplots(1, 2)
    _, grid = plt.subplots(2, 2)
    _, mosaic = plt.subplot_mosaic([["profile", "trend"]])
    for plot in plots:
        with pytest.raises(stance.InvalidTypeError,
                           match=r"^ax must be a matplotlib Axes, got Figure; pass fig\.gca\(\) / axes\[0\]$"):
            plot(figure)
        for several, one in [(axes, r"ndarray of 2 Axes; pass one of them, e\.g\. axes\[0\]"),
                             (grid, r"ndarray of 4 Axes; pass one of them, e\.g\. axes\[0, 0\]"),
                             (mosaic, r"a dict of 2 Axes; pass one of them, e\.g\. axes\['profile'\]")]:
            with pytest.raises(stance.InvalidTypeError, match=rf"got {one}$"):
                plot(several)
        with pytest.raises(stance.InvalidTypeError, match=r"^ax must be a matplotlib Axes, got dict$"):
            plot({"profile": "left"})  # a dict of no Axes is told no more than a str is
        with pytest.raises(stance.InvalidTypeError, match=r"^ax must be a matplotlib Axes, got str$"):
            plot("left")
        assert plot(axes[0]) is axes[0]
    with pytest.raises(stance.InvalidTypeError, match=r"got DocumentScore \(doc\.profile, or doc\.plot\(\)\)$"):
        stance.plot_profile(doc)
    plt.close("all")


def test_a_profile_whose_targets_are_a_column_not_its_index_is_refused_naming_the_index_to_give(tmp_path):
    # A newsroom graphics editor: a profile read back from CSV without index_col (or after
    # reset_index()) was drawn with its row numbers as targets, '3', '2', '1', '0', unwarned.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["eastern_flank", "unity", "ukraine_support", "deterrence"],
                           "stance": ["favor", "favor", "against", "neutral"], "speaker": list("ABAB"),
                           "month": pd.PeriodIndex(["2024-01", "2024-02", "2024-01", "2024-02"], freq="M")})
    alone, grouped, monthly = profile(scored), profile(scored, by="speaker"), profile(scored, by="month")
    alone.to_csv(tmp_path / "alone.csv")
    grouped.to_csv(tmp_path / "grouped.csv")
    read = r"pd\.read_csv\(path, index_col=\[{}\]\), or pass profile\.{}\(\[{}\]\)"
    refused = [(lambda: stance.plot_profile(pd.read_csv(tmp_path / "alone.csv")), "'target'", "set_index", "'target'"),
               (lambda: stance.plot_profile(alone.reset_index()), "'target'", "set_index", "'target'"),
               (lambda: stance.plot_profile(pd.read_csv(tmp_path / "grouped.csv")),
                "'speaker', 'target'", "set_index", "'speaker', 'target'"),
               (lambda: stance.plot_profile(grouped.reset_index()),
                "'speaker', 'target'", "set_index", "'speaker', 'target'"),
               # its groups read as the index, its targets a column
               (lambda: stance.plot_profile(pd.read_csv(tmp_path / "grouped.csv", index_col=0)),
                "'speaker', 'target'", r"reset_index\(\)\.set_index", "'speaker', 'target'"),
               (lambda: stance.plot_trend(monthly.reset_index()), "'month', 'target'", "set_index",
                "'month', 'target'")]
    open_before = plt.get_fignums()  # those other tests left open
    for plot, columns, method, keys in refused:
        with pytest.raises(stance.InvalidInputError, match=r"profile has its targets in a column, not its index.*"
                           + read.format(columns, method, keys)):
            plot()
    assert plt.get_fignums() == open_before  # refused before a figure was made
    # As it works today: the profile itself, grouped or not, and one read back with its index.
    ticks = ["deterrence", "ukraine_support", "unity", "eastern_flank"]
    for shown in (alone, pd.read_csv(tmp_path / "alone.csv", index_col="target")):
        ax = stance.plot_profile(shown)
        assert [t.get_text() for t in ax.get_yticklabels()] == ticks
    for shown in (grouped, pd.read_csv(tmp_path / "grouped.csv", index_col=["speaker", "target"])):
        ax = stance.plot_profile(shown)
        assert sorted(t.get_text() for t in ax.get_yticklabels()) == sorted(ticks)
    stance.plot_trend(monthly)
    # Reviews: an index of the targets named otherwise, beside a column named target the user
    # added, is told how to name its index target too, which draws its targets when followed; a
    # grouped profile of one target a group read back with index_col=0 (its index repeats not)
    # is refused as one of several; and a profile with a column added beside its groups, read
    # back, is told to pick the column of groups, which works when followed.
    topics = alone.rename_axis("topic").assign(target="2% of GDP")
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.plot_profile(topics)
    assert str(refused.value).endswith("profile.drop(columns='target').rename_axis('target')")
    renamed = topics.drop(columns="target").rename_axis("target")
    assert [t.get_text() for t in stance.plot_profile(renamed).get_yticklabels()] == ticks
    one_each = profile(scored.assign(labels="unity", speaker=list("ABCD")), by="speaker")
    one_each.to_csv(tmp_path / "one_each.csv")
    with pytest.raises(stance.InvalidInputError, match=re.escape("reset_index().set_index(['speaker', 'target'])")):
        stance.plot_profile(pd.read_csv(tmp_path / "one_each.csv", index_col=0))
    # Groups that repeat, read as the index, hold no targets: told the groups' way alone.
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.plot_profile(pd.read_csv(tmp_path / "grouped.csv", index_col=0))
    assert str(refused.value).endswith("profile.reset_index().set_index(['speaker', 'target'])")
    grouped.assign(party="X").to_csv(tmp_path / "party.csv")
    with pytest.raises(stance.InvalidInputError, match=re.escape(
            "pass profile.set_index(['GROUP', 'target']), GROUP the column of groups, one of ['speaker', 'party']")):
        stance.plot_profile(pd.read_csv(tmp_path / "party.csv"))
    followed = pd.read_csv(tmp_path / "party.csv").set_index(["speaker", "target"])
    assert sorted(t.get_text() for t in stance.plot_profile(followed).get_yticklabels()) == sorted(ticks)
    plt.close("all")


def test_a_grouped_plots_legend_of_long_names_stays_inside_its_figure_at_a_low_dpi():
    # An accessibility audit: 20 speakers of long names, a legend as tall as the figure laid
    # out at 100 dpi, saved at 72 (or 80) lost the bottom of the legend, its 20th entry cut
    # mid-line: text takes more of a figure in fewer pixels. The legend is kept in as drawn.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    long = "The Right Honourable Member for Constituency Number {} and Deputy Chair of the Committee"
    scored = pd.DataFrame({"speaker": [long.format(i % 30) for i in range(60)], "labels": "unity",
                           "stance": "favor", "flag": None})
    ax = stance.plot_profile(profile(scored, by="speaker"))
    figure = ax.figure
    for dpi in (60, 72, 80, 100):
        figure.set_dpi(dpi)
        figure.canvas.draw()
        legend = ax.get_legend().get_window_extent()
        last = ax.get_legend().get_texts()[-1].get_window_extent()
        assert 0 <= legend.y0 <= last.y0 and legend.y1 <= figure.bbox.height, (dpi, legend)
        assert ax.get_window_extent().x1 < legend.x0 and legend.x1 <= figure.bbox.width, (dpi, legend)
    plt.close(figure)


def test_a_plot_on_the_callers_axes_keeps_its_legend_inside_them():
    # In a grid of subplots the legend, anchored beside the axes, was drawn over the
    # neighbouring panel (the thirty-second audit).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["gas", "gas", "coal", "wind"], "stance": ["favor", "favor", "against", "favor"],
                           "speaker": ["A", "B", "A", "B"]})
    figure, axes = plt.subplots(1, 3, figsize=(15, 4))
    for ax, table, value in zip(axes, (profile(scored), profile(scored, by="speaker"), profile(scored)),
                                ("share", "share", "position")):
        stance.plot_profile(table, ax=ax, value=value)
    figure.canvas.draw()
    for ax in axes:
        legend, frame = ax.get_legend().get_window_extent(), ax.get_window_extent()
        assert frame.x0 <= legend.x0 and legend.x1 <= frame.x1 and frame.y0 <= legend.y0 and legend.y1 <= frame.y1
    plt.close(figure)


@pytest.mark.parametrize("quiet", [0, 2])
def test_a_legend_on_the_callers_axes_covers_no_bar_where_a_place_covers_none(quiet):
    # matplotlib's loc="best" counts what a place overlaps, a long bar as one and the end of
    # a count's text as one, and among equals takes the first of its order: in a grid of
    # two panels the legend sat over the longest bar, the lower right holding only text.
    # A legend of three or four colours: one of a colour or two (the legend lists only the
    # colours drawn) fits beside every bar wherever it goes, and would test nothing.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = ([("ukraine_support", "favor")] * 5 + [("unity", "favor")] * 4 + [("unity", "against")]
            + [("deterrence", "favor")] * 2 + [("deterrence", "against")] * 2 + [("eastern_flank", "against")] * 3
            + [("nuclear", None)] * quiet + [("none", None)] * 9)
    # Nine times over, so that each lean's interval leaves 0 out (of 5 favor alone it holds 0).
    table = profile(pd.DataFrame(rows * 9, columns=["labels", "stance"]))
    colours = ["leans favor", "leans against", "even"] + ["no stance"] * bool(quiet)
    for size, dpi, tight in [((10, 4), 100, False), ((8, 3), 100, False), ((8, 3), 150, True), ((10, 4), 100, True)]:
        figure, axes = plt.subplots(1, 2, figsize=size, dpi=dpi)
        ax = stance.plot_profile(table, ax=axes[0])
        if tight:  # a layout after the plot: the place is chosen as it is drawn
            figure.tight_layout()
        figure.canvas.draw()
        assert [text.get_text() for text in ax.get_legend().get_texts()] == colours
        legend = ax.get_legend().get_window_extent()
        assert not [bar.get_width() for bar in ax.patches if bar.get_window_extent().overlaps(legend)], (size, dpi)
        plt.close(figure)


def test_a_plot_draws_the_targets_of_order_in_that_order_and_the_absent_ones_empty():
    # Two panels each sorted by their own shares listed the targets in different orders,
    # which made comparing them side by side error-prone (the thirty-second audit).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["gas", "gas", "coal"], "stance": ["favor", "favor", "against"],
                           "speaker": ["A", "B", "A"]})
    order = ["wind", "coal", "gas"]  # no statement takes wind
    for value in ("share", "position"):
        ax = stance.plot_profile(profile(scored), order=order, value=value)
        assert [t.get_text() for t in ax.get_yticklabels()][::-1] == order  # drawn from the top down
        widths = [bar.get_width() for bar in ax.patches][::-1]
        expected = [0, 1 / 3, 2 / 3] if value == "share" else [0, math.log(0.5 / 1.5), math.log(2.5 / 0.5)]
        assert widths == pytest.approx(expected)
        plt.close(ax.figure)
    ax = stance.plot_profile(profile(scored, by="speaker"), order=["gas", "wind"])
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == ["gas", "wind"]
    plt.close(ax.figure)
    with pytest.raises(stance.InvalidInputError, match=r"'Gas'.*\['gas', 'coal'\]"):
        stance.plot_profile(profile(scored), order=["Gas", "coal"])  # a misspelling, not a target without statements
    with pytest.raises(stance.InvalidInputError, match="more than once"):
        stance.plot_profile(profile(scored), order=["gas", "gas"])
    with pytest.raises(stance.InvalidTypeError, match=r"order=\['gas'\]"):
        stance.plot_profile(profile(scored), order="gas")


def test_an_order_of_no_target_is_refused_and_one_of_absent_targets_draws_their_empty_rows():
    # order=[] stopped a grouped plot with pandas' "index 0 is out of bounds" and drew "no
    # statement takes a position" for one group; an order of targets no statement takes drew,
    # as positions, "a model without a stance head gives none" of a model that has one.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["gas", "gas", "coal"], "stance": ["favor", "favor", "against"],
                           "speaker": ["A", "B", "A"]})
    for table in (profile(scored), profile(scored, by="speaker"), profile(scored.iloc[:0])):
        with pytest.raises(ValueError, match=r"^order=\[\] names no target: .*or None for all"):
            stance.plot_profile(table, order=[])
    for table in (profile(scored), profile(scored.iloc[:0])):  # no statement takes nuclear (or any)
        for value in ("share", "position"):
            ax = stance.plot_profile(table, order=["nuclear", "gas"], value=value)
            assert [t.get_text() for t in ax.get_yticklabels()][::-1] == ["nuclear", "gas"]
            assert not any("stance head" in t.get_text() for t in ax.texts)
            assert ax.patches[-1].get_width() == 0  # nuclear's row, on top, is empty
            plt.close(ax.figure)
    without_stances = profile(scored.assign(stance=None))
    ax = stance.plot_profile(without_stances, order=["nuclear", "gas"], value="position")
    assert "a model without a stance head gives none" in ax.texts[0].get_text()  # as without order=
    plt.close(ax.figure)


def test_an_order_of_codes_given_as_numbers_is_refused_naming_the_str_to_pass():
    # A political scientist's codes ('201', '1', '010'): order=[10, 201] drew the ints as
    # empty bars ("201: 0 favor / 0 against"), and plot_trend's legend said "201 (no
    # statement)", with no word; order=201 was told of order=['unity', 'deterrence'], the
    # bundled model's targets, which this profile has none of.
    import matplotlib

    matplotlib.use("Agg")

    scored = pd.DataFrame({"month": ["2026-01", "2026-02", "2026-02", "2026-03"], "labels": ["201", "1", "010", "201"],
                           "stance": ["favor", "against", "favor", "against"]})
    scored["month"] = scored["month"].astype("period[M]")
    with pytest.raises(stance.InvalidTypeError, match=r"order: 10 and 201 are not the profile's targets, which are "
                                                      r"str: pass order=\['010', '201'\]"):
        stance.plot_profile(profile(scored), order=[10, 201])
    with pytest.raises(stance.InvalidTypeError, match=r"order: 201 is not one of the profile's targets, which are "
                                                      r"str: pass order=\['201', '1'\]"):
        stance.plot_trend(profile(scored, by="month"), order=[201, "1"])
    with pytest.raises(stance.InvalidTypeError, match=r"got int: order=\['201'\]$"):
        stance.plot_profile(profile(scored), order=201)
    with pytest.raises(stance.InvalidTypeError, match=r"got int: order=\['201', '010'\]$") as raised:
        stance.plot_profile(profile(scored), order=7)
    assert "unity" not in str(raised.value)
    # A frame of int codes is profiled as text too, and told the same.
    ints = profile(scored.assign(labels=[201, 1, 10, 201]))
    with pytest.raises(stance.InvalidTypeError, match=r"pass order=\['10', '201'\]"):
        stance.plot_profile(ints, order=[10, 201])
    # A code with no target of its own is named with the targets there are.
    with pytest.raises(stance.InvalidTypeError, match=r"3 is not one of .* the profile's targets are \['201', "):
        stance.plot_profile(profile(scored), order=["1", 3])


def test_notebook_displays_stay_bounded():
    import pandas as pd

    long_text = "We stand together with every ally. " * 2000
    assert len(stance.classify(long_text)._repr_html_()) < 10_000
    doc = stance.score_document("We stand together. " * 300)
    with pd.option_context("display.max_rows", 20):
        assert doc._repr_html_().count("<tr>") < 40


def test_the_notebook_display_of_many_documents_keeps_the_profile_to_pandas_display_limit():
    # The statements were cut to display.max_rows, but the profile of 300 documents (a row
    # per document and target) went into the notebook whole: 1,200 rows.
    import pandas as pd

    docs = stance.score_documents({f"doc{i}": "Arm Ukraine now. We have a one-speed NATO." for i in range(300)})
    assert len(docs.profile) == 600
    with pd.option_context("display.max_rows", 20):
        page = docs._repr_html_()
    assert page.count("<tr>") < 2 * (20 + 5)  # two tables of 20 rows and their headers
    assert "doc299" in page and "doc150" not in page  # the first and last rows, as pandas shows a long frame


def test_a_statement_with_a_lone_surrogate_displays_as_text_and_html():
    # print(doc) and the notebook display raised UnicodeEncodeError from inside pandas: the cut
    # texts became an Arrow string column, which refuses a lone surrogate that score() takes.
    # Shown escaped, as the command line writes it: raw, the display could not be encoded as
    # UTF-8 (see test_display.py); the statement keeps it.
    doc = stance.score_document("NATO must stay united.\n\nLone \ud800 surrogate about NATO unity.")
    assert "Lone \\ud800 surrogate" in str(doc)
    assert "Lone \\ud800 surrogate" in doc._repr_html_()
    assert doc.sentences["text"].iloc[1].startswith("Lone \ud800 surrogate")
    docs = stance.score_documents({"a": "We stand together. Lone \ud800 surrogate.", "b": "Arm Ukraine now."})
    assert "Lone \\ud800 surrogate." in str(docs) and "Lone \\ud800 surrogate." in docs._repr_html_()


def test_a_printed_document_lines_up_chinese_names_and_cuts_a_chinese_statement_at_70_columns():
    # An audit for accessibility: rows whose speaker was "北约秘书长" were pushed right, their
    # labels and stances no longer under their headers, as a terminal gives each Chinese
    # character two columns and the table counted one; a Chinese statement cut at 70
    # characters was 140 columns wide.
    def columns(text):  # as a terminal shows them
        return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)

    chinese = ("北约必须保持团结，面对侵略我们绝不退缩，"  # 56 characters, 112 columns
               "我们将保卫盟国领土的每一寸土地，并且继续向乌克兰提供防空系统和弹药。")
    doc = stance.score_document("北约秘书长: NATO must remain united in the face of aggression.\n"
                                "RUTTE: We will defend every inch of allied territory.\n"
                                "北约秘书长: We must send more air defence to Ukraine.\n"
                                f"ÉMILE DUPONT: Sanctions on Russian oil work.\n\n{chinese}\n")
    header, _, *rows = str(doc).split("\n\nProfile")[0].splitlines()
    assert len(rows) == 5
    labels_end = columns(header[:header.index("labels") + len("labels")])
    text_start = columns(header[:header.index("text")])
    for row, label, statement in zip(rows, doc.sentences.labels, doc.sentences.text):
        assert columns(row[:row.index(label) + len(label)]) == labels_end, row
        assert columns(row[:row.index(statement[:4])]) == text_start, row
    shown = rows[-1][rows[-1].index(chinese[:4]):]
    assert shown.endswith("…") and 68 <= columns(shown) <= 70 and len(shown) < 40
    # A review: an emoji shown as a picture ("❤" and U+FE0F) and a flag are two columns in a
    # terminal, though no character of theirs is wide: 18 hearts or 31 flags after the words fit.
    for words, emoji, fitting in (("We stand with Ukraine and NATO, ", "\u2764\ufe0f", 18),
                                  ("Flags: ", "\U0001f1fa\U0001f1e6", 31)):
        doc = stance.score_document(words + emoji * 60)
        assert str(doc).splitlines()[2].endswith(words + emoji * fitting + "…"), str(doc)


def test_a_name_with_a_lone_surrogate_names_its_documents_and_groups():
    # score_documents raised UnicodeEncodeError from inside pandas for a document named
    # "M\udce9nard" (a byte of a file not in UTF-8, kept as a lone surrogate): pandas 3 made
    # the names an Arrow string index, which refuses one. So did profile(by="speaker") of a
    # speaker so named. The names are kept as given, the counts those of any other name.
    texts = {"M\udce9nard": "We stand with Ukraine. NATO is united.", "Smith": "NATO is strong."}
    plain = stance.score_documents({"Menard": texts["M\udce9nard"], "Smith": texts["Smith"]})
    docs = stance.score_documents(texts)
    assert [document for document, _ in docs.profile.index] == ["M\udce9nard", "M\udce9nard", "Smith"]
    assert docs.profile.to_numpy().tolist() == plain.profile.to_numpy().tolist()
    assert "M\\udce9nard" in str(docs)  # shown escaped
    scored = docs.sentences.assign(speaker=pd.Series(list(docs.sentences["document"]), dtype=object))
    by_speaker = profile(scored, by="speaker")
    assert by_speaker.index.get_level_values("speaker").tolist() == ["M\udce9nard", "M\udce9nard", "Smith"]
    assert by_speaker.to_numpy().tolist() == plain.profile.to_numpy().tolist()
    change = stance.compare_profiles(by_speaker, by_speaker)
    assert list(change.index) == list(by_speaker.index) and (change["change"] == 0).all()
    assert stance.compare_profiles(by_speaker.xs("M\udce9nard"), by_speaker.xs("Smith")).index.tolist() == ["unity"]


def test_to_string_writes_a_lone_surrogate_escaped_as_print_doc_does():
    # print(doc.to_string()), which the README gives for every statement, raised
    # UnicodeEncodeError where print(doc) showed the statement: a lone surrogate ("\udcc3", a
    # byte a JSONL file escaped; "\ud83c", half an emoji) was left raw in it alone.
    doc = stance.score_document("NATO must stay united.\n\nSend tanks\udcc3 to Kyiv \ud83c now.")
    whole = doc.to_string()
    assert whole.encode("utf-8").decode("utf-8") == whole  # raised UnicodeEncodeError
    assert "Send tanks\\udcc3 to Kyiv \\ud83c now." in whole and whole == str(doc)  # a short document: as shown
    assert doc.sentences["text"].iloc[1] == "Send tanks\udcc3 to Kyiv \ud83c now."  # the statement keeps it


def test_a_document_keeps_the_flag_of_a_statement_with_no_known_word():
    # The CSV had it, the JSON and to_dict() dropped it (the ninth user audit).
    records = stance.score_document("We stand together. Привет всем.").to_dict()["sentences"]
    assert [r["flag"] for r in records] == [None, "no_known_words"]


def test_the_displays_show_the_flag_of_a_statement_the_model_could_not_read():
    # print(doc) and the notebook display left the flag out, so three statements of no known
    # word read as a confident none ("none  None  0.90"), which the README says they are not.
    doc = stance.score_document("Q: A message for your colleagues? שלום לכולם\n\n"
                                "Minister Kallas: שלום. Привет всем. NATO must stay united.")
    assert doc.sentences["flag"].tolist() == [None, "no_known_words", "no_known_words", "no_known_words", None]
    lines = str(doc).splitlines()
    assert "flag" in lines[0].split()
    assert [line.split().count("no_known_words") for line in lines[2:7]] == [0, 1, 1, 1, 0]
    page = doc._repr_html_()
    assert '<th scope="col">flag</th>' in page and page.count("<td>no_known_words</td>") == 3
    cells = re.findall(r"<td[^>]*>(.*?)</td>", page.split("statements</b>")[1])
    flags = cells[5::7]  # line, speaker, labels, stance, confidence, flag, text
    assert flags == ["", "no_known_words", "no_known_words", "no_known_words", ""]  # unflagged: blank
    # A document none of whose statements is flagged shows as before, without the column.
    plain = stance.score_document("We stand together. Arm Ukraine now.")
    assert "flag" not in str(plain).splitlines()[0] and '<th scope="col">flag</th>' not in plain._repr_html_()


def test_profile_counts_the_models_own_stance_values(energy_frame):
    # A model saying "pro" and "con" got favor = against = 0 and position 0 for every target
    # (the twentieth audit): the position is the log-odds of its favour value against its against one.
    renamed = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "con"}))
    model = stance.train(renamed, stance_column="stance")
    scored = stance.score(renamed.text, model=model)
    table = profile(scored)
    assert table["favor"].sum() == scored.stance.eq("pro").sum() > 0
    assert table["against"].sum() == scored.stance.eq("con").sum() > 0
    # the values no statement got are read from the p_stance_ columns
    only_pro = scored[scored.stance.ne("con")]
    assert profile(only_pro)["favor"].sum() == only_pro.stance.eq("pro").sum()
    named = pd.DataFrame({"labels": ["a", "a", "a"], "stance": ["left", "right", "right"]})
    with pytest.raises(stance.InvalidInputError, match=r"cannot tell which of the stance values \['left', 'right'\] "
                                                        r"is favour.*pass favor= and against="):
        profile(named)
    assert profile(named, favor="right")[["favor", "against"]].values.tolist() == [[2, 1]]
    assert profile(named, favor="left", against="right")[["favor", "against"]].values.tolist() == [[1, 2]]


def test_profile_counts_every_value_read_as_one_side_and_takes_lists_of_values(energy_frame):
    # An audit by a political scientist: a model trained on "favor" in some rows and "pro" in
    # others says both, and profile counted only "favor": 36 statements for and 24 against
    # came out leaning against, without a word; favor=["favor", "pro"] was refused.
    frame = energy_frame.copy()
    frame.loc[frame.index[frame.stance == "favor"][::2], "stance"] = "pro"
    with pytest.warns(stance.StanceWarning, match="read as favour"):
        model = stance.train(frame, stance_column="stance")
    scored = stance.score(frame.text, model=model)
    said = scored.stance.value_counts()
    assert said["pro"] > 0 and said["favor"] > 0
    with pytest.warns(stance.StanceWarning, match=rf"^the stance values 'favor' \({said['favor']} statements\) and "
                                                  rf"'pro' \({said['pro']} statements\) both read as favour, and are "
                                                  r"counted as favor; pass favor= and against="):
        table = profile(scored)
    assert table["favor"].sum() == scored.stance.isin(["favor", "pro"]).sum()
    assert table["against"].sum() == scored.stance.eq("against").sum()
    assert table.attrs["stance_names"] == {"favor": "favor or pro", "against": "against"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        listed = profile(scored, favor=["favor", "pro"], against=("against",))
        only_favor = profile(scored, favor="favor", against="against")  # given: exactly what is named
    pd.testing.assert_frame_equal(listed, table)
    assert only_favor["favor"].sum() == scored.stance.eq("favor").sum()
    with pytest.raises(stance.InvalidInputError, match=r"favor=\[\] names no stance value"):
        profile(scored, favor=[])
    with pytest.raises(stance.LabelTypeError, match=r"favor must be a str or a list or tuple of str .* "
                                                    r"holds 1 \(int\)"):
        profile(scored, favor=["favor", 1])
    with pytest.raises(stance.InvalidInputError, match=r"favor='prо' is not one of the model's stance values"):
        profile(scored, favor=["favor", "prо"])  # a Cyrillic о
    with pytest.raises(stance.InvalidInputError, match=r"favor and against both name \['pro'\]"):
        profile(scored, favor=["favor", "pro"], against=["against", "pro"])
    # A review: every profile of such a model warned, of values no statement has ("'favor' (0
    # statements) and 'pro' (0 statements)"), and favor=["favor", "Favor"] recorded "favor or favor".
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert profile(scored[scored.stance.eq("against")])["favor"].sum() == 0
        one_each = profile(scored[scored.stance.isin(["favor", "against"])])  # "pro" in none of them
        twice = profile(scored, favor=["favor", "Favor", "pro"])
    assert one_each["favor"].sum() == said["favor"]
    assert twice.attrs["stance_names"] == {"favor": "favor or pro", "against": "against"}
    pd.testing.assert_frame_equal(twice, table)



def test_a_documents_profile_counts_every_value_read_as_one_side(energy_frame):
    # score_document chose one value per side for its profile, so "pro" was left out of the
    # favour it is, as profile did before it counted both.
    frame = energy_frame.copy()
    frame.loc[frame.index[frame.stance == "favor"][::2], "stance"] = "pro"
    with pytest.warns(stance.StanceWarning, match="read as favour"):
        model = stance.train(frame, stance_column="stance")
    text = "\n\n".join(frame.text.drop_duplicates())
    with pytest.warns(stance.StanceWarning, match="both read as favour, and are counted as favor"):
        doc = stance.score_document(text, model=model)
    said = doc.sentences.stance.value_counts()
    assert said["pro"] > 0 and said["favor"] > 0
    assert doc.profile["favor"].sum() == said["favor"] + said["pro"]
    assert doc.profile["against"].sum() == said["against"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        named = stance.score_document(text, model=model, favor="favor", against="against")
    assert named.profile["favor"].sum() == said["favor"]  # named: what is named alone
    with pytest.raises(stance.InvalidInputError, match=r"against='agianst' is not one of the model's stance values"):
        stance.score_document(text, model=model, favor="favor", against="agianst")
    # The warning says to pass "a value or a list of values each", which score_document and
    # score_documents refused as "favor must be a str" (an audit of the profile commits).
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        listed = stance.score_document(text, model=model, favor=["favor", "pro"], against="against")
        many = stance.score_documents({"a": text}, model=model, favor=("favor", "pro"), against=["against"])
    assert listed.profile["favor"].sum() == said["favor"] + said["pro"]
    assert many.profile["favor"].sum() == said["favor"] + said["pro"]
    assert many.profile["against"].sum() == said["against"]
    with pytest.raises(stance.InvalidInputError, match=r"favor='prp' is not one of the model's stance values"):
        stance.score_document(text, model=model, favor=["favor", "prp"], against="against")
    with pytest.raises(stance.LabelTypeError, match=r"favor must be a str or a list or tuple of str .* 1 \(int\)"):
        stance.score_documents({"a": text}, model=model, favor=["favor", 1])


def _unrecorded(scored):
    """``scored`` without the model's off-topic label that stance.score records in its attrs,
    as a frame read back from a file, or merged, has it."""
    scored = scored.copy()
    scored.attrs.clear()
    return scored


def test_profile_warns_when_the_off_topic_label_goes_by_another_name(energy_frame):
    # "offtopic" was profiled as a target without a word (the twentieth audit); stance.score
    # now records it, so this is a frame that lost the record.
    renamed = energy_frame.assign(labels=energy_frame.labels.str.replace("none", "offtopic"))
    model = stance.train(renamed, stance_column="stance", none_label="offtopic")
    scored = _unrecorded(stance.score(renamed.text, model=model))
    with pytest.warns(stance.StanceWarning, match="'offtopic' looks like the off-topic label.*none_label='offtopic'"):
        assert "offtopic" in profile(scored).index
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "offtopic" not in profile(scored, none_label="offtopic").index
        profile(stance.score(energy_frame.text))  # the default model's "none" is there: nothing to say
    # without a stance head, the rows without text still carry the model's off-topic label
    unstanced = _unrecorded(stance.score(["Wind farms now.", None], model=stance.train(renamed, none_label="offtopic")))
    with pytest.warns(stance.StanceWarning, match="'offtopic' looks like"):
        profile(unstanced)

def test_profile_warns_when_none_label_is_no_label_of_the_model_that_scored():
    # A user audit: a Manifesto-style model whose off-topic code is '000' scored statements,
    # and stance.profile(scored, by=[...]) counted '000' as a target without a word (there
    # is no p_none column, only p_000), while score_document(..., model=m).profile left it out.
    import warnings

    codes = ["000", "413", "505"] * 40
    frame = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                          "codes": codes})
    model = stance.train(frame, labels_column="codes", none_label="000")
    # a frame without the record of the model's off-topic label (see _unrecorded)
    scored = _unrecorded(model.score(frame.text)).assign(country=[("nl", "fr")[i % 2] for i in range(len(frame))])
    with pytest.warns(stance.StanceWarning,
                      match=r"^none_label='none' is no label of the model that scored these statements \(its "
                            r"labels, from the p_ columns: \['000', '413', '505'\]\), so every label is profiled "
                            r"as a target, and '000' looks like an off-topic one: pass none_label='000' if it is "
                            r"the model's \(model.none_label_\), or none_label=None if the model has none$"):
        table = profile(scored, by=["country"])
    assert "000" in table.index.get_level_values("target")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = profile(scored, by=["country"], none_label="000")
        assert sorted(table.index.get_level_values("target").unique()) == ["413", "505"]
        document = stance.score_document("w413a w413b filler1 x1. w000a w000b filler2 x2.", model=model)
        assert document.profile.index.tolist() == ["413"]
        assert profile(document.sentences, none_label="000").index.tolist() == ["413"]
        profile(stance.score(frame.text))  # the bundled model's "none" is among its labels: nothing to say
    # With prefix= it reads pred_p_ columns.
    scored = _unrecorded(stance.score(frame, model=model, prefix="pred_"))
    with pytest.warns(stance.StanceWarning, match=r"from the p_ columns: \['000', '413', '505'\]\), so every label is "
                                                  r"profiled as a target, and '000' looks like an off-topic one"):
        profile(scored, prefix="pred_")


def test_profile_of_scored_statements_leaves_out_the_scoring_models_off_topic_label(energy_frame):
    # A user audit: the README's stance.profile(doc.sentences, by="speaker") profiled a model's
    # off-topic "other" as a target (warning to pass none_label='other'), where doc.profile,
    # which knows the model, left it out; so did stance.profile(stance.score(frame, model=m)).
    # The scored frame now carries the model's off-topic label, which profile reads.
    import warnings

    renamed = energy_frame.assign(labels=energy_frame.labels.replace("none", "other"))
    model = stance.train(renamed, stance_column="stance", none_label="other")
    transcript = ("MODERATOR: Gas is not a bridge; it is a detour.\nMINISTER: The train to the coast was delayed.\n"
                  "MODERATOR: Solar is cheap and clean.\nMINISTER: Wind farms are great.")
    doc = stance.score_document(transcript, model=model)
    assert "other" in doc.sentences.label.tolist()
    texts = pd.DataFrame({"text": [transcript], "year": [2024]}, index=["debate.txt"])
    docs = stance.score_documents(texts, model=model)  # a carried column is joined on
    scored = stance.score(renamed.text, model=model)
    predicted = stance.score(renamed, model=model, prefix="pred_")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pd.testing.assert_frame_equal(profile(doc.sentences), doc.profile)
        # rows selected keep it, as the README's profile without the questions selects them
        for table, statements in ((profile(doc.sentences, by="speaker"), 3),
                                  (profile(doc.sentences[doc.sentences.speaker != "MODERATOR"], by="speaker"), 1),
                                  (profile(docs.sentences, by=["document", "speaker"]), 3)):
            assert "other" not in table.index.get_level_values("target")
            assert table.n.sum() == statements  # those not off-topic
        pd.testing.assert_frame_equal(profile(scored), profile(scored, none_label="other"))
        assert "other" not in profile(scored).index
        assert "other" not in profile(predicted, prefix="pred_").index
    # a none_label given still wins, None too
    with pytest.warns(stance.StanceWarning, match="'other' looks like the off-topic label"):
        assert "other" in profile(scored, none_label=None).index
    with pytest.warns(stance.StanceWarning, match="'other' looks like the off-topic label"):
        assert "other" in profile(doc.sentences, none_label="none").index


def test_profile_says_nothing_when_no_label_of_the_model_looks_off_topic():
    # A reviewer: stance.profile(m.score([...])) of a model trained with none_label=None warned
    # on every call that "none_label='none' is no label of the model… so every label is profiled
    # as a target", which is the right result for it, and was silent before. The warning is
    # for a forgotten none_label: a label named as off-topic ones are ("000", "other") shows one.
    import warnings

    codes = ["413", "505", "606"] * 40
    frame = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                          "codes": codes})
    model = stance.train(frame, labels_column="codes", none_label=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = profile(model.score(["w413a w413b", "w505a and w606b"]))
        assert sorted(table.index) == ["413", "505"]
        renamed = frame.assign(codes=frame.codes.replace({"606": "skip"}))  # an off-topic name not known as one
        profile(stance.score(renamed, model=stance.train(renamed, labels_column="codes", none_label="skip"),
                             prefix="pred_"), prefix="pred_")
    other = frame.assign(codes=frame.codes.replace({"606": "Other"}))  # a name off-topic labels go by
    scored = stance.train(other, labels_column="codes", none_label=None).score(frame.text)
    scored.attrs = {}  # read back from a CSV file: the record that the model has no off-topic label is lost
    with pytest.warns(stance.StanceWarning, match=r"and 'Other' looks like an off-topic one: pass none_label='Other'"):
        profile(scored)


def test_profile_and_its_plot_name_a_wrong_argument():
    import matplotlib

    matplotlib.use("Agg")
    scored = stance.score(["We stand together with every ally."])
    with pytest.raises(stance.InvalidInputError, match="by must name at least one column"):
        profile(scored, by=[])  # was an IndexError
    with pytest.raises(stance.InvalidInputError, match=r"output of stance.profile\(\), not of stance.score\(\)"):
        stance.plot_profile(scored)  # was KeyError: 'position'
    with pytest.raises(stance.InvalidTypeError, match="profile must be the DataFrame stance.profile"):
        stance.plot_profile(None)
    by_two = profile(scored.assign(speaker="A", day=1), by=["speaker", "day"])
    with pytest.raises(stance.InvalidInputError, match="grouped by 2 columns has no plot"):
        stance.plot_profile(by_two)  # was a TypeError from inside matplotlib


def test_a_bare_question_tag_gives_the_speaker_q():
    # "QUESTION:" and (in a transcript) "Question:" gave the speakers "QUESTION" and
    # "Question", so the README's profile without speaker "Q" kept those questions.
    from stance.sentences import split_speakers

    transcript = "QUESTION: Is NATO ready?\nRUTTE: Yes.\nQuestion: And Ukraine?\nMark Rutte: Also yes."
    assert [speaker for _, speaker in split_speakers(transcript)] == ["Q", "RUTTE", "Q", "Mark Rutte"]


def test_profile_refuses_directions_that_would_count_silently_wrong():
    # favor=against="favor" counted each "favor" statement both ways and every "against"
    # one not at all (position 0), and a misspelt against= counted nothing as against.
    from stance.document import stance_directions

    with pytest.raises(stance.InvalidInputError, match="favor and against are both 'favor'"):
        stance_directions(("against", "favor"), favor="favor", against="favor")
    scored = stance.score(["We stand together.", "Bring the brigade home."])
    with pytest.raises(stance.InvalidInputError, match="favor and against are both 'favor'"):
        profile(scored, favor="favor", against="favor")
    with pytest.raises(stance.InvalidInputError, match=r"against='agianst' is not one of the model's stance"):
        profile(scored, favor="favor", against="agianst")
    gold = pd.DataFrame({"labels": ["unity"], "stance": ["favor"]})  # no row against: not a typo
    assert profile(gold, favor="favor", against="against")["favor"].tolist() == [1]


def test_profile_refuses_a_none_label_that_is_not_text():
    # none_label=0 (a Manifesto code as an int) matched no label, "0", so the off-topic code
    # was profiled as a target and every share was off; train refuses it so.
    scored = pd.DataFrame({"pred_labels": ["0", "104", "0", "501"], "pred_stance": [None, "favor", None, "against"]})
    with pytest.raises(stance.InvalidInputError, match=r"^none_label must be a str or None, got 0 \(int\); "
                                                     r"labels are read as text: pass none_label='0'$"):
        profile(scored, none_label=0, prefix="pred_")
    assert profile(scored, none_label="0", prefix="pred_").index.tolist() == ["104", "501"]


def test_a_documents_tables_show_each_stance_with_its_own_probability():
    # A journalist's audit: the heading "NUCLEAR DETERRENCE" printed as "deterrence  against  0.99",
    # the 0.99 being the label's confidence while the model put against at 0.51, a coin toss.
    doc = stance.score_document("We must act.\n\nNUCLEAR DETERRENCE\n\nWe stand with Ukraine.")
    heading = doc.sentences.iloc[1]
    assert heading.text == "NUCLEAR DETERRENCE" and heading.confidence > 0.9
    against = heading[f"p_stance_{heading.stance}"]
    assert 0.5 <= against < 0.6  # the stance is barely more likely than its opposite
    shown = f"{heading.stance} ({against:.2f})"
    assert shown in str(doc).splitlines()[3]
    assert f"<td><bdi>{heading.stance}</bdi> ({against:.2f})</td>" in doc._repr_html_()  # the value isolated
    # the data keep the bare value; a statement with no stance shows "-" in plain text (a blank
    # cell read aloud was skipped) and a blank cell in the HTML, as an unflagged one's flag does
    # ("None" down a speech's greetings read as a value)
    assert doc.sentences.stance.iloc[1] == heading.stance and doc.sentences.stance.iloc[0] is None
    cells = str(doc).splitlines()[2].split()  # statement, line, labels, stance, confidence
    assert cells[2:4] == ["none", "-"] and float(cells[4]) == round(doc.sentences.confidence.iloc[0], 2)
    assert "None" not in str(doc) and "None" not in doc._repr_html_()


def test_a_documents_table_of_a_model_without_a_stance_head_shows_no_stance(energy_frame):
    model = stance.train(energy_frame.drop(columns="stance"), stance_column=None)
    doc = stance.score_document("Wind farms now. Coal must go.", model=model)
    assert doc.sentences.stance.isna().all() and not doc.sentences.filter(like="p_stance_").columns.size
    rows = str(doc).split("\n\nProfile")[0].splitlines()[2:]
    # statement, line, labels, no stance ("-"), confidence
    assert len(rows) == 2 and all(row.split()[3] == "-" and float(row.split()[4]) > 0 for row in rows)
    assert "None" not in str(doc)


def test_a_profile_without_stances_has_no_position():
    # A model trained with stance_column=None scores no stance: its profile gave every target
    # position 0.0 in [-3.92, 3.92], which reads as a measured neutral position.
    scored = pd.DataFrame({"labels": ["0", "104", "0", "501", "104"], "stance": [None] * 5,
                           "party": ["a", "a", "b", "b", "b"]})
    for table in (profile(scored, none_label="0"), profile(scored, by="party", none_label="0")):
        assert table[["position", "position_low", "position_high"]].isna().all().all(), table
        assert table.favor.tolist() == table.against.tolist() == [0] * len(table)
    assert profile(scored, none_label="0").n.tolist() == [2, 1]
    # A stance in some row measures the position of its target, and of no other: 501, which no
    # statement judges, has 0 of each and still no position.
    judged = profile(scored.assign(stance=[None, "favor", None, None, None]), none_label="0")
    assert judged.position.notna().tolist() == [True, False] and judged.index.tolist() == ["104", "501"]


def test_a_target_no_stance_was_counted_on_has_no_position_and_no_change():
    # A methods audit: a model with a stance head gave a target on which no statement was
    # counted for or against (every statement took it as a secondary target) position 0.0 in
    # [-3.92, 3.92], an even split no statement showed, and compare_profiles called a move from
    # it to a favourable one significant: "deterrence change 6.40 [1.60, 11.20]".
    before = pd.DataFrame({"labels": ["unity|deterrence"] * 200, "stance": ["favor"] * 200,
                           "speaker": ["x"] * 100 + ["y"] * 100})
    after = pd.DataFrame({"labels": ["deterrence"] * 300, "stance": ["favor"] * 300, "speaker": ["x"] * 300})
    table = profile(before)
    assert (table.loc["deterrence", ["n", "favor", "against"]].tolist()) == [200, 0, 0]
    assert table.loc["deterrence", ["position", "position_low", "position_high"]].isna().all()
    assert table.loc["unity", "position"] == pytest.approx(math.log(200.5 / 0.5))
    assert table.index.tolist() == ["unity", "deterrence"]  # of one share, the measured one first
    change = stance.compare_profiles(table, profile(after))
    assert change.loc["deterrence", ["position_before", "change", "change_low", "change_high"]].isna().all()
    assert change.loc["deterrence", "position_after"] == pytest.approx(math.log(300.5 / 0.5))
    # Grouped, and a neutral statement counts neither way either: each speaker's cell alike.
    grouped = profile(before.assign(stance=["favor"] * 100 + ["neutral"] * 100), by="speaker")
    assert grouped.loc[("y", "unity"), ["position", "position_low", "position_high"]].isna().all()
    assert grouped.loc[("x", "unity"), "position"] == pytest.approx(math.log(100.5 / 0.5))
    assert grouped.xs("deterrence", level="target").position.isna().all()
    assert stance.compare_profiles(grouped, profile(after, by="speaker")).change.isna().all()
    # A profile written before (read back from a file) holds 0.0 there: still no change.
    written = table.assign(position=table.position.fillna(0.0), position_low=table.position_low.fillna(-3.92),
                           position_high=table.position_high.fillna(3.92))
    from_written = stance.compare_profiles(written, profile(after)).loc["deterrence"]
    assert from_written[["position_before", "change", "change_low", "change_high"]].isna().all()
    # A document's profile, and its JSON, say the same.
    doc = stance.score_document("Unity among allies is the strongest deterrent we have.")
    quiet = doc.profile.favor + doc.profile.against == 0
    assert quiet.any() and doc.profile.loc[quiet, "position"].isna().all()
    records = {row["target"]: row for row in doc.to_dict()["profile"]}
    assert all(records[target]["position"] is None for target in doc.profile.index[quiet])


def test_an_abbreviation_in_brackets_does_not_end_the_sentence():
    # "Gen. John Smith (Ret.) said so." was cut after "(Ret.)", leaving "said so." alone.
    assert split_sentences("Gen. John Smith (Ret.) said so. He is wrong.") == [
        "Gen. John Smith (Ret.) said so.", "He is wrong."]
    assert split_sentences("Col. Jones [Ret.] agreed. NATO must rearm.") == [
        "Col. Jones [Ret.] agreed.", "NATO must rearm."]
    # a whole sentence in brackets still ends: what follows starts a new one
    assert split_sentences("NATO met. (The vote was close.) allies left.") == [
        "NATO met.", "(The vote was close.)", "allies left."]


def test_a_sentence_of_one_long_run_ending_in_an_exclamation_mark_is_read_in_linear_time():
    # An audit of the reader's patterns: the look for an abbreviation before the next line's small
    # letter read a sentence of one long run ending in "!" to its end again from each of its letters:
    # 20,000 letters took 3.4 s, 200 KB (a pasted blob) six minutes. CPU time, as the other guards.
    # 50,000 letters, as 20,000 and the 21,000 above took 7-8 s before, a margin a faster machine may
    # eat: now about 0.07 s, before about 25 s.
    started = time.process_time()
    assert split_sentences("Ukraine" * 3000 + "!\nand allies agree.\n") == ["Ukraine" * 3000 + "!", "and allies agree."]
    assert split_sentences("a" * 50_000 + "!\nand allies agree.\n") == ["a" * 50_000 + "!", "and allies agree."]
    assert time.process_time() - started < 1.0
    # the last word is still read whole: "Brig." is a title's abbreviation, and the line goes on
    assert split_sentences("Allies back Kyiv, said Brig.\nGen. Smith.\n") == [
        "Allies back Kyiv, said Brig. Gen. Smith."]


def test_a_question_and_answer_tag_without_a_space_is_a_tag():
    # "Q:Will you…?" was not a tag: the question went to the previous speaker, "Q:" and all.
    pairs = split_speakers("Q: Is NATO ready?\nA: Yes.\nQ:Will you spend more?\nA:\u201cWe will.\u201d\n"
                           "The vote at 10:30 was close.")
    assert pairs == [("Is NATO ready?", "Q"), ("Yes.", "A"), ("Will you spend more?", "Q"),
                     ("\u201cWe will.\u201d", "A"), ("The vote at 10:30 was close.", "A")]
    assert split_speakers("NATO:The alliance holds.") == [("NATO:The alliance holds.", None)]
    # Outside a transcript "A:" against its text is no answer (the review).
    assert split_speakers("A:B testing showed it works.") == [("A:B testing showed it works.", None)]


def test_a_question_and_its_answer_run_together_on_one_line_name_their_two_speakers():
    # "Q: Will you send more missiles to Ukraine? A: Yes, and soon." gave the answer to the
    # questioner, "A:" and all, and a profile without speaker "Q" left it out.
    assert stance.sentences.split_statements("Q: Will you send more missiles to Ukraine? A: Yes, and soon.\n") == [
        ("Will you send more missiles to Ukraine?", "Q", 1), ("Yes, and soon.", "A", 1)]
    interview = ("QUESTION: Is NATO united? ANSWER: It is. Q: And Hungary? A: \u201cHungary too.\u201d Q: Why?\n"
                 "A: Because.")
    assert split_speakers(interview) == [("Is NATO united?", "Q"), ("It is.", "A"), ("And Hungary?", "Q"),
                                         ("\u201cHungary too.\u201d", "A"), ("Why?", "Q"), ("Because.", "A")]
    # Only the pair, after a sentence's end, in a line that a question or answer tag opens:
    # not "A:" inside a sentence, nor a name and a colon inside a statement, nor a list's letters.
    assert split_speakers("Q: Is plan A: more tanks? A: No.") == [("Is plan A: more tanks?", "Q"), ("No.", "A")]
    assert split_speakers("MODERATOR: Welcome. Rutte: thanks.\nQ: Why? Mr Healey: Because.") == [
        ("Welcome.", "MODERATOR"), ("Rutte: thanks.", "MODERATOR"), ("Why?", "Q"), ("Mr Healey: Because.", "Q")]
    assert split_speakers("We weighed two plans. A: more tanks. B: more jets.") == [
        ("We weighed two plans.", None), ("A: more tanks.", None), ("B: more jets.", None)]


def test_a_stage_direction_between_a_question_and_its_answer_on_one_line_keeps_the_answer_tag():
    # "Q: Is NATO united? (Laughter) A: Of course." gave "A: Of course." to the questioner,
    # tag and all: the direction between the question's end and "A:" hid the tag.
    assert stance.sentences.split_statements("Q: Is NATO united? (Laughter) A: Of course.\n") == [
        ("Is NATO united?", "Q", 1), ("Of course.", "A", 1)]
    assert split_speakers("A: No. [laughs] (Applause.) Q: Really? (Crosstalk) ANSWER: Really.") == [
        ("No.", "A"), ("Really?", "Q"), ("Really.", "A")]


def test_the_questioners_outlet_between_a_question_and_its_answer_on_one_line_keeps_the_answer_tag():
    # "Q: Will NATO send more troops? (Reuters) A: We will do what it takes." gave the
    # questioner "(Reuters) A: We will do what it takes.", tag and all: the outlet hid the tag.
    run_on = "Q: Will NATO send more troops? (Reuters) A: We will do what it takes.\n"
    two_lines = "Q: Will NATO send more troops? (Reuters)\nA: We will do what it takes.\n"
    expected = [("Will NATO send more troops?", "Q"), ("We will do what it takes.", "A")]
    assert split_speakers(run_on) == split_speakers(two_lines) == expected
    # an agency alone in brackets is a credit, left out; another outlet or a name stays the questioner's
    assert split_speakers("Q: Will you? (Teri Schultz, NPR) (Laughter) A: Yes. (AP) Q: When? A: Soon.") == [
        ("Will you?", "Q"), ("(Teri Schultz, NPR)", "Q"), ("Yes.", "A"), ("When?", "Q"), ("Soon.", "A")]
    assert split_sentences("Russia attacked. (AFP)\n\nWe will act. (Reuters) More troops will come.") == [
        "Russia attacked.", "We will act.", "(Reuters) More troops will come."]
    # at a line's end it is a credit too, though Punkt opened the next line's sentence with it
    # ("(AFP) We will act."), and that sentence is numbered by its own line
    credited = "Russia attacked. (AFP)\nWe will act.\nWe met.\n(Reuters)\n(AP)\nMore troops will come."
    assert split_statements(credited) == [
        ("Russia attacked.", None, 1), ("We will act.", None, 2), ("We met.", None, 3),
        ("More troops will come.", None, 6)]
    assert split_sentences("We met. (Teri Schultz, NPR)\nWe agreed.") == ["We met.", "(Teri Schultz, NPR) We agreed."]
    # "A:" inside a sentence is still a plan's, with or without a bracket before it
    assert split_speakers("Q: Which plan (the old one) A: more tanks?") == [
        ("Which plan (the old one) A: more tanks?", "Q")]


def test_a_long_statement_is_cut_in_the_notebook_as_a_prediction_is():
    # The document's HTML held a 100,000-character paragraph whole (a Prediction cuts at 2,000).
    from stance.prediction import HTML_TEXT_LIMIT

    long_text = "We stand with Ukraine and " + "we will keep sending aid and " * 4_000 + "more."
    doc = stance.score_document(long_text)
    page = doc._repr_html_()
    assert len(page) < 2 * HTML_TEXT_LIMIT + 5_000 and "…" in page
    assert doc.sentences.text.iloc[0] == long_text  # the data keeps all of it


@pytest.mark.parametrize("cluster", [
    "e\u0301",  # a combining accent, as macOS and PDFs write "é"
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family, joined by ZWJ
    "\U0001f44d\U0001f3fd",  # a skin tone
    "\u2764\ufe0f",  # a variation selector
    "1\ufe0f\u20e3",  # a keycap
    "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",  # a subdivision's flag, in tags
])
def test_the_printed_table_cuts_a_statement_between_whole_characters(cluster):
    # From an audit: the printed table cut a statement at 70 code points, in the middle of a
    # character as a reader sees one: "Le\u0301a" cut after its "e" lost the accent, and a
    # family of ZWJ emoji was cut leaving a dangling joiner. A cluster is one of the 70
    # characters (69 and the ellipsis), kept whole or left out whole.
    from stance.graphemes import cut

    tail = " and more words to cut off."
    for before in range(62, 72):  # the old cut falls on each part of the cluster in turn
        expected = "x" * 69 if before >= 69 else "x" * before + cluster + tail[:69 - before - 1]
        assert cut("x" * before + cluster + tail, 70) == expected + "…"
    assert cut("x" * 68 + cluster, 70) == "x" * 68 + cluster  # 69 characters: whole
    assert cut("x" * 69 + cluster, 70) == "x" * 69 + cluster  # 70: whole too, within the limit


def test_the_printed_table_cuts_a_flag_or_an_accented_letter_whole():
    from stance.graphemes import cut

    # a flag is two regional indicators, and a pair is never cut in two
    flags = "\U0001f1fa\U0001f1e6" * 80
    assert cut(flags, 70) == "\U0001f1fa\U0001f1e6" * 69 + "…"
    assert cut("x" + flags, 70) == "x" + "\U0001f1fa\U0001f1e6" * 68 + "…"
    # as print(doc) and stance document show it
    shown = stance.score_document("x" * 66 + "Le\u0301a stands with Ukraine.").to_string()
    assert "x" * 66 + "Le\u0301a…" in shown and "x" * 66 + "Le…" not in shown


def test_messages_notebook_views_and_plot_names_cut_between_whole_characters():
    # After the printed table (above), the other places that shorten a text cut it between
    # code points too: a message's quote of a long value, a Prediction's and an explanation's
    # view, a long name in a plot's margin. "Le\u0301a" cut after its "e" lost the accent.
    from stance.exceptions import QUOTED_WIDTH, quoted, shortened
    from stance.plotting import _wrapped
    from stance.prediction import HTML_TEXT_LIMIT

    accented = "Le\u0301a"  # four code points, three characters
    value = "x" * (QUOTED_WIDTH - 2) + accented * 20  # the old cut fell between "e" and its accent
    assert quoted(value) == repr("x" * (QUOTED_WIDTH - 2) + "Le\u0301…")
    assert shortened(value) == "x" * (QUOTED_WIDTH - 2) + "Le\u0301…"
    fits = "x" * (QUOTED_WIDTH - 3) + accented  # one code point more than the width, no character more
    assert quoted(fits) == repr(fits) and shortened(fits) == fits
    text = "x" * (HTML_TEXT_LIMIT - 3) + accented + " and more words."
    assert "x" * (HTML_TEXT_LIMIT - 3) + "Le\u0301…" in stance.classify(text)._repr_html_()
    explained = stance.default_model().explain_html(text)
    assert "x" * (HTML_TEXT_LIMIT - 3) + "Le\u0301…" in str(explained)
    assert "x" * 30 + "Le\u0301…</span>" in explained._repr_html_()
    lines = _wrapped(accented * 41).splitlines()  # a word longer than four lines of 30 characters
    assert lines[:3] == [accented * 10] * 3 and lines[3] == accented * 9 + "Le\u0301…", lines


def test_joining_a_long_unspaced_line_takes_linear_time():
    import time

    from stance.sentences import split_blocks

    # CJK text has no spaces: the search for a compound opener before a line-end hyphen read,
    # from every letter, to the end of the run (11 s for 32,000 letters; now about 1 ms).
    line = "北大西洋公约组织" * 5000
    started = time.process_time()
    # (two Chinese lines join with no space, as the words run on; the hyphen keeps one)
    assert split_blocks(f"{line}\n{line}-\n{line}") == [f"{line}{line}- {line}"]
    assert time.process_time() - started < 2.0
    # Lines joined with no space are one part, however many: a Chinese text of 20,000 short
    # lines was joined in time quadratic in them.
    started = time.process_time()
    assert split_blocks("北大西洋公约组织\n" * 20_000) == ["北大西洋公约组织" * 20_000]
    assert time.process_time() - started < 10.0  # about 1.5 s


def test_a_profile_parses_each_distinct_labels_cell_once(monkeypatch):
    # Parsing every cell (spaces, lists and gaps read as training reads them) made a profile
    # of 200,000 scored rows twice as slow as str.split had been; a scored column holds a
    # few distinct strings.
    from stance import label_cells

    calls = []
    real = label_cells.parse_label_set
    monkeypatch.setattr(label_cells, "parse_label_set", lambda value: calls.append(value) or real(value))
    scored = pd.DataFrame({"labels": ["unity", "unity|deterrence", "none"] * 1000,
                           "stance": ["favor", None, None] * 1000})
    table = profile(scored)
    assert table.loc["unity", "n"] == 2000 and table.loc["unity", "favor"] == 1000
    assert 0 < len(calls) <= 2 * 3  # each distinct cell once per pass (the off-topic check, the counts)


def test_a_profile_of_thousands_of_documents_is_made_in_one_pass():
    import time

    # A frame per group made the profile of 10,000 small documents take a minute (fifteen
    # times their scoring), so score_documents was hardly faster than a loop.
    scored = pd.DataFrame({"document": [i // 3 for i in range(15000)],
                           "labels": ["unity", "unity|deterrence", "none"] * 5000,
                           "stance": ["favor", "against", None] * 5000})
    started = time.process_time()
    table = profile(scored, by="document")
    assert time.process_time() - started < 3.0
    assert len(table) == 2 * 5000
    assert table.loc[(4999, "unity"), ["n", "favor", "against"]].tolist() == [2, 1, 1]
    assert table.loc[(4999, "deterrence"), ["n", "favor", "against"]].tolist() == [1, 0, 0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He said \u201cWe will.\u201d The vote was close.", ["He said \u201cWe will.\u201d", "The vote was close."]),
    # Capitals beyond A-Z, and a next sentence that opens with a quote: nltk 3.9+ splits
    # these, and before 3.9 the split after curly quotes (efa4a4a) did not.
    ("Il a dit \u201cOui.\u201d \u00c9mile est parti.", ["Il a dit \u201cOui.\u201d", "\u00c9mile est parti."]),
    ("He said \u201cWe will.\u201d \u201cWe won\u2019t,\u201d she said.",
     ["He said \u201cWe will.\u201d", "\u201cWe won\u2019t,\u201d she said."]),
    ("He said \u201cYes.\u201d and left.", ["He said \u201cYes.\u201d and left."]),  # no capital: one sentence
    ("rutte a dit \u00abon est pr\u00eats.\u00bb le sommet.",
     ["rutte a dit \u00abon est pr\u00eats.\u00bb", "le sommet."]),  # in lower case: two
])
def test_a_sentence_ending_inside_curly_quotes_is_cut_whatever_nltk(sentence, expected):
    # Punkt's own split differs by nltk version (3.10 cuts after curly quotes as after straight
    # ones, before any word; earlier versions do not): the sentences made of it must not.
    assert split_sentences(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the newsroom's three: a quotation of two sentences, then the sentence's rest in lower case
    ('Rutte said "We are ready. We will defend every inch." at the summit on Tuesday.',
     ['Rutte said "We are ready.', 'We will defend every inch." at the summit on Tuesday.']),
    ('The minister called the plan "a betrayal. A disgrace." in a post on X.',
     ['The minister called the plan "a betrayal.', 'A disgrace." in a post on X.']),
    ('Mr. Smith said, "Is NATO obsolete? No!" and walked out.',
     ['Mr. Smith said, "Is NATO obsolete?', 'No!" and walked out.']),
    # one sentence quoted, and the quotes of other languages' typography
    ('Rutte said "We are ready." at the summit.', ['Rutte said "We are ready." at the summit.']),
    ("Rutte said 'We are ready.' at the summit.", ["Rutte said 'We are ready.' at the summit."]),
    ("Rutte said \u201cWe are ready. We will defend.\u201d at the summit.",
     ["Rutte said \u201cWe are ready.", "We will defend.\u201d at the summit."]),
    ("Rutte said \u2018We are ready. We will defend.\u2019 at the summit.",
     ["Rutte said \u2018We are ready.", "We will defend.\u2019 at the summit."]),
    ("Rutte a dit \u00ab Nous sommes pr\u00eats. Nous d\u00e9fendrons. \u00bb lors du sommet.",
     ["Rutte a dit \u00ab Nous sommes pr\u00eats.", "Nous d\u00e9fendrons. \u00bb lors du sommet."]),
    ("Rutte a dit \u00abNous sommes pr\u00eats.\u00bb lors du sommet.",
     ["Rutte a dit \u00abNous sommes pr\u00eats.\u00bb lors du sommet."]),
    ("Rutte sagte \u201eWir sind bereit. Wir verteidigen.\u201c beim Gipfel.",
     ["Rutte sagte \u201eWir sind bereit.", "Wir verteidigen.\u201c beim Gipfel."]),
    ("Rutte sagte \u00bbWir sind bereit.\u00ab beim Gipfel.",
     ["Rutte sagte \u00bbWir sind bereit.\u00ab beim Gipfel."]),
    # a capital after the closing quote opens a new sentence, as before
    ('Rutte said "We are ready. We will defend." The summit ended.',
     ['Rutte said "We are ready.', 'We will defend."', "The summit ended."]),
    ("Rutte said \u201cWe are ready.\u201d The summit ended.",
     ["Rutte said \u201cWe are ready.\u201d", "The summit ended."]),
    ("Rutte a dit \u00ab Nous sommes pr\u00eats. \u00bb Le sommet est fini.",
     ["Rutte a dit \u00ab Nous sommes pr\u00eats. \u00bb", "Le sommet est fini."]),
    ("Rutte sagte \u201eWir sind bereit.\u201c Der Gipfel endete.",
     ["Rutte sagte \u201eWir sind bereit.\u201c", "Der Gipfel endete."]),
    # and, with no quote, lower case after a full stop still does (posts written in lower case)
    ("we stand with ukraine. more tanks now.", ["we stand with ukraine.", "more tanks now."]),
    # as it does after a quote in a sentence written all in lower case, where lower case after
    # a stop is no rest of a sentence; a capital anywhere in the sentence keeps its rest, a
    # wrapped line's too
    ('rutte says "we are united." nato is falling apart.', ['rutte says "we are united."', "nato is falling apart."]),
    ("they keep saying \"ukraine will win.\" it won't.", ['they keep saying "ukraine will win."', "it won't."]),
    ("rutte a dit \u00abon est pr\u00eats.\u00bb le sommet est fini.",
     ["rutte a dit \u00abon est pr\u00eats.\u00bb", "le sommet est fini."]),
    ('Rutte said "We are ready."\nat the summit.', ['Rutte said "We are ready." at the summit.']),
    ('von der Leyen said "We will defend every inch." at the summit.',
     ['von der Leyen said "We will defend every inch." at the summit.']),
    ('@nato said "We are ready." at the summit.', ['@nato said "We are ready." at the summit.']),
    # a sentence in sentence case keeps its rest, a quote in lower case or an abbreviation before it
    ('In 2024 the U.S. said "we are ready." at the summit.', ['In 2024 the U.S. said "we are ready." at the summit.']),
    ("NATO met. (The vote was close.) allies left.", ["NATO met.", "(The vote was close.)", "allies left."]),
])
def test_the_rest_of_a_sentence_after_a_closing_quote_stays_with_it(text, expected):
    # A newsroom user: a quotation ending in a full stop, then the sentence's rest in lower
    # case, left the rest as a statement of its own ("at the summit on Tuesday."), which the
    # model scored alone. Only '?"', '!"' and ',"' kept it ('He asked "Why now?" and left.').
    assert split_sentences(text) == expected


def test_a_line_of_links_run_together_is_read_in_linear_time():
    import time

    # The link-list pattern let a link end before any "http" inside it: each of 20 links run
    # together (a PDF's reference list loses its spaces) doubled the time, 0.5 s for 20.
    glued = "https://nato.int/a" * 24
    started = time.process_time()
    assert split_sentences(f"{glued} and more.") == [f"{glued} and more."]
    assert split_sentences(f"We agree.\n{glued}\n#NATO#Ukraine, @NATO | www.nato.int") == ["We agree."]
    assert time.process_time() - started < 2.0


def test_a_numbered_speaker_is_a_tag_and_a_numbered_part_is_not():
    # Transcription services number the people they cannot name: "Speaker 2 (00:00:09):" and
    # "REPORTER 2:" were no tags, so their words went to the previous speaker, tag and all.
    transcript = ("Speaker 1 (00:00:03):\nIs NATO ready?\nSpeaker 2 (00:00:09):\nNot yet.\n"
                  "REPORTER 2: What about Ukraine?\nMAYOR: Next.\nArticle 5: An attack on one is an attack on all.")
    assert split_speakers(transcript) == [
        ("Is NATO ready?", "Speaker 1"), ("Not yet.", "Speaker 2"), ("What about Ukraine?", "REPORTER 2"),
        ("Next.", "MAYOR"), ("Article 5: An attack on one is an attack on all.", "MAYOR")]


@pytest.mark.parametrize(("first", "second"), [
    ("Part One: Unity is not a slogan", "Part Two: Deterrence that is credible"),
    ("Chapter One: Unity is not a slogan", "Chapter Two: Deterrence that is credible"),
    ("Section Two: Unity is not a slogan", "Lesson One: deterrence works if it is credible"),
    ("Part I: Unity is not a slogan", "Part II: Deterrence that is credible"),
    ("PART ONE: UNITY", "PART TWO: DETERRENCE"),
    ("Appendix A: what the figures show", "Topic Twenty-One: what the allies pay"),
    ("First Lesson: deterrence works when it is credible.", "Second Lesson: unity is our strength."),
    ("Third Point: we must spend more.", "Final Point: we must act now."),
])
def test_a_part_named_by_a_number_word_or_an_ordinal_is_no_speaker(first, second):
    # "Part One: Unity is not a slogan" and "First Lesson: deterrence works…" were read as
    # speaker tags when two such headings opened lines: the speech's statements went to
    # speakers "Part One" and "Part Two", and each heading lost its first words. Such a
    # heading is a title, as "Article 5:" is, and is scored like any statement.
    speech = f"{first}\n\nWe stand together.\n\n{second}\n\nWe need more tanks.\n"
    assert split_speakers(speech) == [(first, None), ("We stand together.", None), (second, None),
                                      ("We need more tanks.", None)]
    sentences = stance.score_document(speech).sentences
    assert sentences.speaker.isna().all() and sentences.text.tolist()[::2] == [first, second]
    # in a transcript, a part's heading that is a title is no one's words (a sentence, as
    # "Third Point: we must spend more." is, or "Article 5: An attack on one…", is the speaker's)
    transcript = f"Speaker 1: We meet today.\n{first}\nQuestion: Why now?\nSecretary General Mark Rutte: Because.\n"
    title = first in ("Part One: Unity is not a slogan", "Chapter One: Unity is not a slogan",
                      "Section Two: Unity is not a slogan", "Part I: Unity is not a slogan", "PART ONE: UNITY")
    assert [speaker for _, speaker in split_speakers(transcript)] == ["Speaker 1", None if title else "Speaker 1", "Q",
                                                                      "Secretary General Mark Rutte"]


@pytest.mark.parametrize("lead_ins", [
    ("First", "Second", "Bottom line"), ("Firstly", "Secondly", "Finally"), ("FIRST", "THIRDLY", "LASTLY"),
    ("Bottom Line", "In Short", "The Point"), ("BOTTOM LINE", "KEY TAKEAWAY", "IN SHORT"), ("One", "Two", "Next"),
])
def test_an_ordinal_or_a_lead_in_opening_a_line_names_no_speaker(lead_ins):
    # "First: we must keep arming Ukraine." and "Second: every ally…" were read as speaker
    # tags, the lead-in cut from the text, and "Bottom line: NATO must stay united." given to
    # speaker "Second"; "BOTTOM LINE:" and "The Point:" were speakers even alone. An ordinal or
    # a lead-in numbers or introduces what follows, and is its speaker's words.
    sentences = ["we must keep arming Ukraine.", "every ally must spend more on defence.", "NATO must stay united."]
    speech = "\n".join(f"{lead_in}: {sentence}" for lead_in, sentence in zip(lead_ins, sentences))
    assert split_speakers(speech) == [(line, None) for line in speech.splitlines()]
    transcript = f"Q: What must NATO do?\nMINISTER: Three things.\n{speech}"
    assert split_speakers(transcript) == [("What must NATO do?", "Q"), ("Three things.", "MINISTER"),
                                          *[(line, "MINISTER") for line in speech.splitlines()]]


@pytest.mark.parametrize("lead_in", ["NEW", "ICYMI", "JUST IN", "THREAD", "BREAKING", "WATCH", "DEVELOPING",
                                     "HAPPENING NOW", "New", "Just in"])
def test_a_posts_lead_in_is_no_speaker_tag(lead_in):
    # A newsroom's audit of a live feed: "NEW: Germany to station 5,000 troops…, per @dpa" gave
    # speaker 'NEW' to both posts below, "NEW:" cut from the text, as "ICYMI:", "JUST IN:" and
    # "THREAD:" did, while "BREAKING:" was the post's words. A name in capitals is a tag on one
    # line alone ("RUTTE: We agree."); what flags the news after it is no one's name.
    feed = (f"{lead_in}: Germany to station 5,000 troops in Lithuania permanently, per @dpa\n\n"
            "Not one more cent for Kyiv.")
    assert split_speakers(feed) == [(f"{lead_in}: Germany to station 5,000 troops in Lithuania permanently, per @dpa",
                                     None), ("Not one more cent for Kyiv.", None)]
    doc = stance.score_document(feed)
    assert doc.sentences["text"].iloc[0].startswith(f"{lead_in}: ") and doc.sentences["speaker"].isna().all()
    # nor does it make a text of two such posts a transcript, whose one-word names are tags
    posts = f"{lead_in}: Allies agree.\nUkraine: we will keep sending air defence.\n{lead_in}: More jets."
    assert split_speakers(posts) == [(line, None) for line in posts.splitlines()]
    # in a transcript it is its speaker's words, and a name in capitals on its own is still a tag
    assert split_speakers(f"RUTTE: We agree.\n{lead_in}: Allies will spend more.") == [
        ("We agree.", "RUTTE"), (f"{lead_in}: Allies will spend more.", "RUTTE")]


def test_an_acronyms_headline_is_no_speaker_tag():
    # A journalist's audit: "NATO: Allies agree to boost defence spending" above an article gave
    # every statement the speaker "NATO", "NATO:" cut from the headline; and a Hansard debate's
    # title "NATO: Eastern Flank" named a speaker "NATO", as "Defence: Eastern Europe" names none.
    article = ("NATO: Allies agree to boost defence spending\n\nAllies agreed on Wednesday to raise defence "
               "spending.\n\nCritics in Madrid said the target was unrealistic.\n")
    assert split_speakers(article) == [("NATO: Allies agree to boost defence spending", None),
                                       ("Allies agreed on Wednesday to raise defence spending.", None),
                                       ("Critics in Madrid said the target was unrealistic.", None)]
    assert split_speakers(article.replace("NATO:", "EU:"))[0] == ("EU: Allies agree to boost defence spending", None)
    debate = ("NATO: Eastern Flank\n\nSarah Whitfield (Ashby North) (Lab): We must do more.\n\n"
              "The Minister for the Armed Forces (Luke Harrow): I agree.\n")
    assert split_speakers(debate) == [("NATO: Eastern Flank", None), ("We must do more.", "Sarah Whitfield"),
                                      ("I agree.", "Luke Harrow")]
    # a transcript's tags in capitals stay tags: one that recurs, one whose words end a sentence among
    # other tags, one alone on its line or one whose words wrap onto the next
    assert split_speakers("MODERATOR: Welcome.\n\nRUTTE: We are united.\n") == [
        ("Welcome.", "MODERATOR"), ("We are united.", "RUTTE")]
    assert split_speakers("RUTTE: Eastern Flank\n\nQ: Why?\n\nRUTTE: Because.\n") == [
        ("Eastern Flank", "RUTTE"), ("Why?", "Q"), ("Because.", "RUTTE")]
    assert split_speakers("RUTTE:\nAllies agree to spend more\n") == [("Allies agree to spend more", "RUTTE")]
    assert split_speakers("RUTTE: Allies agree to spend\nmore on defence.\n") == [
        ("Allies agree to spend more on defence.", "RUTTE")]


def test_a_written_questions_title_above_its_heading_is_no_speaker_tag():
    # A newsroom audit: a parliament's written question, its title "NATO: Baltic States" right
    # above "Question for Ministry of Defence", gave every statement below, the Minister's answer
    # too, the speaker "NATO".
    question = ("NATO: Baltic States\nQuestion for Ministry of Defence\nUIN 55102, tabled on 12 January 2026\n\n"
                "To ask the Secretary of State for Defence, whether he plans to send more troops to Estonia.\n\n"
                "Answered by Luke Pollard, Minister of State\n\n"
                "We will keep a brigade ready to reinforce Estonia at short notice.\n")
    said = split_speakers(question)
    assert said[0] == ("NATO: Baltic States", None)
    assert [speaker for _, speaker in said] == [None] * len(said)
    assert said[-1] == ("We will keep a brigade ready to reinforce Estonia at short notice.", None)
    # a tag whose name tags another line, or whose words are a greeting, or with a sentence below, stays one
    assert split_speakers("RUTTE: Eastern Flank\nNext Question\n\nRUTTE: Because.\n")[0] == ("Eastern Flank", "RUTTE")
    assert split_speakers("RUTTE: Thank You Very Much\nNext Question\n\nQ: Why?\n")[0][1] == "RUTTE"
    assert split_speakers("NATO: Baltic States\nAllies met in Riga today.\n") == [
        ("Baltic States", "NATO"), ("Allies met in Riga today.", "NATO")]


@pytest.mark.parametrize("text, speaker", [
    ("CHAIR: The Secretary General\nMark Rutte\nRUTTE: Thank you, Chair. Allies are united.\n", "CHAIR"),
    ("RUTTE: WE STAND\nWITH UKRAINE\nKALLAS: WE DO TOO.\n", "RUTTE"),
    ("BIDEN: God Bless Ukraine\nGod Bless America\n\nREPORTER: Thank you.\n", "BIDEN"),
    ("KALLAS: Estonia\nLatvia\nLithuania\n\nRUTTE: All Allies.\n", "KALLAS"),
])
def test_a_transcripts_tag_whose_words_wrap_onto_a_heading_stays_a_tag(text, speaker):
    # A review of 28ec658c: a title above a heading was a headline in a transcript too, so a speaker
    # who spoke once, words wrapped onto a line that reads as a heading, lost the words to no one
    said = split_speakers(text)
    assert [who for _, who in said[:2]] == [speaker, speaker]
    assert not said[0][0].startswith(speaker + ":")


@pytest.mark.parametrize("text", ["RUTTE: WE WILL DEFEND\nEVERY INCH OF ALLIED TERRITORY\nAND WE MEAN IT.\n",
                                  ">> RUTTE: WE WILL DEFEND\nEVERY INCH OF ALLIED TERRITORY\n",
                                  "RUTTE: Our Forces\n300,000\nare ready.\n"])
def test_a_lone_speakers_words_in_capitals_or_through_a_number_stay_theirs(text):
    # A review of 28ec658c: with no other tag, a caption's one speaker, words in capitals wrapped onto
    # a line in capitals, or words wrapped through a number (a line of no word, which reads as a
    # heading), became a headline: "RUTTE: WE WILL DEFEND" a statement of no one, the words below no one's
    said = split_speakers(text)
    assert [who for _, who in said] == ["RUTTE"] * len(said)


@pytest.mark.parametrize("name", ["NATO SECRETARY GENERAL MARK RUTTE", "GERMAN DEFENCE MINISTER BORIS PISTORIUS",
                                  "US SECRETARY OF STATE MARCO RUBIO", "EU HIGH REPRESENTATIVE KAJA KALLAS",
                                  "NATO DEPUTY SECRETARY GENERAL RADMILA SHEKERINSKA"])
def test_a_long_tag_in_capitals_naming_an_office_is_a_tag(name):
    # A journalist's audit: a tag in capitals of five words or more, an office and its holder as a
    # press conference's transcript writes them, was read as the words of the speaker before, the
    # questioner's ("NATO SECRETARY GENERAL MARK RUTTE: Yes." scored as text and given to "Q").
    presser = (f"MODERATOR: First question, Reuters.\n\nQ: Will NATO send more troops to Poland?\n\n{name}: Yes. "
               "We will reinforce the eastern flank.\n\nMODERATOR: Thank you.\n")
    assert split_speakers(presser) == [
        ("First question, Reuters.", "MODERATOR"), ("Will NATO send more troops to Poland?", "Q"), ("Yes.", name),
        ("We will reinforce the eastern flank.", name), ("Thank you.", "MODERATOR")]
    # alone on its line, and on one line alone, as a name in capitals of four words is
    assert split_speakers(f"Q: Why?\n{name}:\nBecause Russia is a threat.") == [
        ("Why?", "Q"), ("Because Russia is a threat.", name)]
    # A review: in a text with no other tag, a long run of capitals with an office's word was as
    # often a story's headline ("NATO SECRETARY GENERAL WELCOMES FINLAND'S ACCESSION:"): words.
    line = f"{name}: We will defend every inch of Allied territory."
    assert split_speakers(line) == [(line, None)]


@pytest.mark.parametrize("line", ["NATO LEADERS AGREE NEW DEFENCE PLAN: what it means",
                                  "NATO LEADERS AGREE NEW DEFENCE PLAN: What It Means", "BREAKING NEWS: Allies agree.",
                                  "WE ALL STAND WITH UKRAINE: SLAVA UKRAINI", "WE WILL NEVER ABANDON UKRAINE: NEVER.",
                                  "DEFENCE MINISTERS MEET IN BRUSSELS TODAY: Allies agree.",
                                  # a review: an office's word alone made these tags
                                  "NATO SECRETARY GENERAL WELCOMES FINLAND'S ACCESSION: Allies agree.",
                                  "GENERAL ELECTION RESULTS LIVE UPDATES: Allies agree.",
                                  "THE PRESIDENT BETRAYED UKRAINE AGAIN: SHAME ON HIM.",
                                  "UN GENERAL ASSEMBLY EMERGENCY SPECIAL SESSION: Allies agree.",
                                  "PRESS RELEASE OF THE DEFENCE MINISTER: Allies agree.",
                                  "FULL TRANSCRIPT OF THE SECRETARY GENERAL: below.",
                                  "PRIME MINISTER RESIGNS FOLLOWING DEFENCE ROW: Allies agree.",
                                  "EU FOREIGN POLICY CHIEF DEMANDS CEASEFIRE: Allies agree."])
def test_a_long_headline_or_slogan_in_capitals_is_no_tag(line):
    # A review of that audit: five words in capitals or more name a speaker only with an office among
    # them and no word that a sentence or a headline is made of ("WE", "WILL", "NEVER", "IN"), so a
    # headline or a slogan with a colon stays the words of the speaker before, or of no one.
    assert split_speakers(f"{line}\n\nAllies agreed to spend more.") == [
        (line, None), ("Allies agreed to spend more.", None)]
    assert split_speakers(f"{line}\nWe will keep sending air defence.")[0][1] is None
    assert split_speakers(f"MODERATOR: Welcome.\n\nRUTTE: Thanks.\n{line}\n\nAllies agreed to spend more.") == [
        ("Welcome.", "MODERATOR"), ("Thanks.", "RUTTE"), (line, "RUTTE"), ("Allies agreed to spend more.", "RUTTE")]


def test_a_one_word_speaker_whose_turns_open_in_lower_case_keeps_them():
    # A one-word tag followed only by lower case, in a transcript whose other tags are
    # followed by capitals, was read as a topic leading into the sentence of the speaker
    # before ("Ukraine: we will keep sending air defence."), so a speaker whose turns open in
    # lower case lost them, tag and all, to the speaker before: to "Q", whom a profile leaves
    # out, or to the moderator. What follows a tag cannot tell a name from a topic.
    transcript = ("Q: What now?\nHealey: we keep going.\nQ: Why?\nHealey: because we must.\nQ: And you?\n"
                  "Kallas: Yes, we agree.")
    assert stance.sentences.split_statements(transcript) == [
        ("What now?", "Q", 1), ("we keep going.", "Healey", 2), ("Why?", "Q", 3), ("because we must.", "Healey", 4),
        ("And you?", "Q", 5), ("Yes, we agree.", "Kallas", 6)]
    for text in ("MODERATOR: Welcome to the panel.\nSmith: thanks for having me.\nMODERATOR: Minister?",
                 "Q: What now?\nRutte: We go on.\nQ: And you?\nKallas: well, we are ready.",
                 "Alice: Hi, is the summit over?\nBob: yes, an hour ago.\nAlice: And the communiqué?",
                 "Q: why?\nRutte: because.\nQ: really?\nKallas: yes.", "Rutte: we will.\nKallas: we agree."):
        assert split_speakers(text) == [(line.partition(": ")[2], line.partition(":")[0]) for line in text.splitlines()]


def test_a_heading_or_a_note_standing_alone_in_a_transcript_is_no_ones_words():
    # A heading ("QUESTIONS AND ANSWERS", "Part Two: The Baltic states") or a note ("Note:
    # figures are in current prices.") inside a transcript was counted as the words of the
    # speaker before, and profiled with them.
    transcript = ("Q: Will you send more?\nA: Yes.\n\nQUESTIONS AND ANSWERS\n\n"
                  "MINISTER ANNA BERZINA: We stand with our allies.\nPart Two: The Baltic states\n\n"
                  "MINISTER ANNA BERZINA: Estonia is safe.\nNote: figures are in current\n"
                  "prices. They include pensions.\nWe will spend more.\nQ: Thank you.\n")
    assert split_speakers(transcript) == [
        ("Will you send more?", "Q"), ("Yes.", "A"), ("QUESTIONS AND ANSWERS", None),
        ("We stand with our allies.", "MINISTER ANNA BERZINA"), ("Part Two: The Baltic states", None),
        ("Estonia is safe.", "MINISTER ANNA BERZINA"), ("Note: figures are in current prices.", None),
        ("They include pensions.", None), ("We will spend more.", "MINISTER ANNA BERZINA"), ("Thank you.", "Q")]
    # A speaker's own words are theirs: the first after the tag, though unpunctuated, a line
    # no sentence's end comes before (a wrapped or unpunctuated text), a list's items, a title
    # of one long word, and a note the tag's own line opens.
    spoken = ("MINISTER: Thank You All\nQ: Why?\nMINISTER: We Will Help\nAND WE WILL STAY THE COURSE\n"
              "Q: Which?\nMINISTER: Two aims.\n- Spend More Money\n- Deploy More Troops\nQ: And?\n"
              "MINISTER: Yes.\n\nUkraine\n\nQ: Really?\nMINISTER: Note: we never said so.\nQ: Fine.")
    assert [speaker for _, speaker in split_speakers(spoken)] == [
        "MINISTER", "Q", "MINISTER", "MINISTER", "Q", "MINISTER", "MINISTER", "MINISTER", "Q",
        "MINISTER", "MINISTER", "Q", "MINISTER", "Q"]


@pytest.mark.parametrize("heading", ["Q&A", "Q & A", "Q and A", "Questions & Answers", "QUESTIONS AND ANSWERS"])
def test_a_questions_and_answers_heading_in_any_spelling_is_no_ones_words(heading):
    # A journalist's audit: "Q&A" alone on its line between blank lines in a transcript was
    # scored as the words of speaker A above it, where "QUESTIONS AND ANSWERS" was no one's:
    # it has no word of four letters, by which a heading was told.
    text = (f"MINISTER: Thank you all.\n\nQUESTIONS AND ANSWERS\n\nQ: Will you send jets?\n\nA: Not this year.\n\n"
            f"{heading}\n\nQ: And Hungary?\nA: Hungary is an Ally.\n")
    assert split_speakers(text) == [
        ("Thank you all.", "MINISTER"), ("QUESTIONS AND ANSWERS", None), ("Will you send jets?", "Q"),
        ("Not this year.", "A"), (heading, None), ("And Hungary?", "Q"), ("Hungary is an Ally.", "A")]
    # the first words after a tag are the speaker's, however written
    assert split_speakers(f"MINISTER: {heading}\nQ: Why?") == [(heading, "MINISTER"), ("Why?", "Q")]


@pytest.mark.parametrize("heading", ["Q&A:", "Q & A:", "Qs & As", "Qs & As:", "Q's & A's", "Qs and As"])
def test_a_questions_and_answers_heading_with_a_colon_or_plurals_is_no_ones_words(heading):
    # "Q&A:" with its colon and "Qs & As" alone on their line between blank lines were scored as the
    # words of the speaker above, where "Q&A" (210f16f) is a heading with no speaker.
    text = (f"MINISTER: Thank you all.\n\n{heading}\n\nQ: Will you send jets?\n\nA: Not this year.\n")
    assert split_speakers(text) == [
        ("Thank you all.", "MINISTER"), (heading, None), ("Will you send jets?", "Q"), ("Not this year.", "A")]
    # the first words after a tag are the speaker's, however written
    assert split_speakers(f"MINISTER: {heading}\nQ: Why?") == [(heading, "MINISTER"), ("Why?", "Q")]


@pytest.mark.parametrize("heading", ["Part Two: Questions from the press", "Section 2: Baltic security today",
                                     "Part Two: The Baltic states"])
@pytest.mark.parametrize("below", ["\n\nQ: Will Germany pay for it alone?", "\nQ: Will Germany pay for it alone?",
                                   "\nWe will pay our share."])
def test_a_parts_heading_with_its_title_in_sentence_case_is_no_ones_words(heading, below):
    # A user audit: "Part Two: Questions from the press" between a speaker's words and the
    # press's questions was given to the speaker before, as its words in lower case outnumber
    # the capitals, where "Part Two: The Baltic states" was no one's. The part's name tells the
    # title, and a capital opens the words after it.
    text = f"Boris Pistorius: We will station 4,800 soldiers here by 2027.\n{heading}{below}\n\nA: No.\n"
    after = below.strip().partition(": ")
    expected = [("We will station 4,800 soldiers here by 2027.", "Boris Pistorius"), (heading, None),
                (after[2], after[0]) if after[1] else (after[0], "Boris Pistorius"), ("No.", "A")]
    assert split_speakers(text) == expected
    # The speaker's words when the words after the part's name open in lower case, or end a sentence.
    for spoken in ("Part Two: questions from the press", "Part Two: Questions from the press."):
        said = text.replace(heading, spoken)
        assert None not in [speaker for _, speaker in split_speakers(said)]
    # Outside a transcript too, the heading is not run into the sentence below it.
    assert split_sentences(f"{heading}\nWe will pay our share.") == [heading, "We will pay our share."]


@pytest.mark.parametrize("line, after", [
    ("ALLIES MUST SPEND MORE", "\n"), ("ALLIES MUST SPEND MORE", "\n\n"),  # no case to tell a title by
    ("Ladies and Gentlemen", "\n"), ("God Bless America", "\n\n"), ("Thank You Very Much", "\n\n"),
    ("Meine Damen und Herren", "\n\n"),
])
def test_a_speakers_unpunctuated_line_is_no_heading(line, after):
    # A speaker's last line without a full stop, after a sentence's end, was read as a heading
    # and given no speaker: in a transcript all in capitals every such line ("ALLIES MUST
    # SPEND MORE" before "Q:"), and in any a greeting or closing ("Ladies and Gentlemen",
    # "God Bless America"). Case tells a title only beside words in lower case, and a title
    # stands apart, a blank line below it; these are the speaker's words.
    text = f"Q: What about Ukraine?\nRUTTE: We will support Ukraine.\n{line}{after}Q: Thank you."
    text = text.upper() if line.isupper() else text
    assert [speaker for _, speaker in split_speakers(text)] == ["Q", "RUTTE", "RUTTE", "Q"]
    # a speaker's next paragraph after it, too
    within = f"Q: What about Ukraine?\nRUTTE: We will support Ukraine.\n{line}\nWe stand together.\nQ: Thank you."
    if not line.isupper():
        assert [speaker for _, speaker in split_speakers(within)] == ["Q", "RUTTE", "RUTTE", "RUTTE", "Q"]


@pytest.mark.parametrize("text", [
    "MODERATOR: Thank you all for coming. We will now take questions.\nQUESTIONS AND ANSWERS\nQ: What about Ukraine?",
    "MODERATOR: Thank you all for coming.\n\nOpening Statement\nSECRETARY GENERAL: Good morning.",
    "MODERATOR: Thank you all for coming.\nOpening Statement\n\nSECRETARY GENERAL: Good morning.",
])
def test_a_heading_directly_above_a_tag_is_no_ones(text):
    # A heading with the next tag directly below it was given to the speaker before, since a
    # title had to have a blank line below it: "QUESTIONS AND ANSWERS" and "Opening Statement"
    # were the moderator's words. A tag below sets a line apart as a blank line does.
    heading = text.split("\n")[-2] or text.split("\n")[-3]
    assert (heading, None) in split_speakers(text)
    assert next(speaker for _, speaker in split_speakers(text)) == "MODERATOR"


def test_a_credit_line_of_an_editor_or_writer_is_furniture():
    # Only "By …" and the "-ing by" credits were furniture: "Edited by John Smith" under a
    # story was scored as a statement.
    story = ("VILNIUS, March 3 (Reuters) - Allies agreed to send more troops.\nEdited by John Smith\n"
             "Written by Anna Keller and Tom Brown.\nReported by Jane Doe; edited by Alex Richardson\n"
             "Edited by hand, the text went to Kyiv.\nWritten by NATO staff, the plan was adopted.")
    assert split_sentences(story) == ["VILNIUS, March 3 (Reuters) - Allies agreed to send more troops.",
                                      "Edited by hand, the text went to Kyiv.",
                                      "Written by NATO staff, the plan was adopted."]


def test_a_credit_ending_a_photo_caption_is_furniture():
    # Wire copy ends a caption with the credit; only a credit alone on its line was left out,
    # so "REUTERS/Kacper Pempel" became a statement of its own. The caption is kept: it cannot be
    # told from a story's last sentence before a credit (test_a_credit_ending_a_line_is_left_out…).
    story = ("Poland will buy two more Patriot batteries.\n"
             "Polish soldiers stand next to a launcher near Warsaw, February 7, 2026. REUTERS/Kacper Pempel\n"
             "A soldier fires a howitzer near Kharkiv. AP Photo/Efrem Lukatsky\n"
             "Troops at a drill in Adazi, Latvia. REUTERS/Ints Kalnins/File Photo\n"
             "The talks stalled. NATO/Russia Council meetings are rare.")
    assert split_sentences(story) == ["Poland will buy two more Patriot batteries.",
                                      "Polish soldiers stand next to a launcher near Warsaw, February 7, 2026.",
                                      "A soldier fires a howitzer near Kharkiv.", "Troops at a drill in Adazi, Latvia.",
                                      "The talks stalled.", "NATO/Russia Council meetings are rare."]


def test_a_sentence_ending_in_billions_ends():
    # "bn", "bln" and "mln" are abbreviations (so that "3.2 bln. euros" stays whole), and a
    # sentence ending in one ran on into the next: "…to €1.5 bn. The U.S. gave most." was one.
    assert split_sentences("Aid rose 2.5% to €1.5 bn. The U.S. gave most. It cost 3 mln. But it worked.") == [
        "Aid rose 2.5% to €1.5 bn.", "The U.S. gave most.", "It cost 3 mln.", "But it worked."]
    assert split_sentences("Aid reached 3.2 bln. euros.") == ["Aid reached 3.2 bln. euros."]


def test_a_french_opening_quote_stays_with_its_sentence():
    # French puts a space inside guillemets, and Punkt left "«" at the end of the sentence
    # before: "… l'Élysée. «" and "Nous devons être prêts », a-t-il déclaré."
    assert split_sentences("Il a réuni le Conseil à l'Élysée. « Nous devons être prêts », a-t-il déclaré.") == [
        "Il a réuni le Conseil à l'Élysée.", "« Nous devons être prêts », a-t-il déclaré."]
    assert split_sentences("Il a parlé. «\u00a0Nous agirons.\u00a0» Puis il est parti.") == [
        "Il a parlé.", "«\u00a0Nous agirons.\u00a0»", "Puis il est parti."]


def test_a_semicolon_after_an_abbreviation_does_not_start_a_sentence():
    # Punkt cut after "p.m." and "hrs." before a semicolon: "; the talks ran late." was a statement.
    assert split_sentences("We met at 3 p.m.; the talks ran late. Troops arrived within 48 hrs.; then left.") == [
        "We met at 3 p.m.; the talks ran late.", "Troops arrived within 48 hrs.; then left."]


def test_hansards_notes_of_what_the_house_did_are_furniture():
    # "Several hon. Members rose—" and "Question put." were scored as statements of the
    # Member who spoke last.
    debate = ("John Healey: We have set out a clear path.\nSeveral hon. Members rose—\nMr Speaker: Order.\n"
              "Hon. Members rose.\nQuestion put.\nThe House divided: Ayes 412, Noes 23.\n"
              "Question accordingly agreed to.\nQuestion put and agreed to.\n"
              "Question put to Ministers went unanswered.")
    assert split_speakers(debate) == [("We have set out a clear path.", "John Healey"), ("Order.", "Mr Speaker"),
                                      ("Question put to Ministers went unanswered.", "Mr Speaker")]


def test_a_divisions_lists_of_names_are_no_ones_statements():
    # A journalist's audit: the lists under a division ("AYES", "Abbott, Diane", "NOES"…) were
    # statements of the Member who spoke last, though the division's own lines were left out.
    debate = ("The Minister for the Armed Forces (Luke Harrow): I commend the motion.\n\n"
              "The House divided: Ayes 312, Noes 14.\nDivision No. 112\nAYES\nAbbott, Diane\nAdams, Peter\n"
              "Aldous, Ms Jane (Bexley)\n\nTellers for the Ayes:\nMr Joe Bloggs and Ms Jane Doe\nNOES\nSmith, John\n"
              "Tellers for the Noes: Mr Tom Baird and Dr Ann Lee\n\nQuestion accordingly agreed to.\n\n"
              "Madam Deputy Speaker (Dame Rosie Winterton): Order. We move on.\n")
    assert split_speakers(debate) == [("I commend the motion.", "Luke Harrow"), ("Order.", "Dame Rosie Winterton"),
                                      ("We move on.", "Dame Rosie Winterton")]
    lords = ("Baroness Smith of Basildon: I beg to move.\n\nDivision on Amendment 3\n\n"
             "Contents 220; Not-Contents 180.\n\nCONTENTS\n\nAdonis, L.\nAnelay of St Johns, B.\n\n"
             "NOT-CONTENTS\n\nAhmad of Wimbledon, L.\n\n"
             "Lord Coaker: We accept the result.\n")
    assert split_speakers(lords) == [("I beg to move.", "Baroness Smith of Basildon"),
                                     ("We accept the result.", "Lord Coaker")]
    # the list ends at other words, which are the speaker's as before; names elsewhere are words
    assert split_speakers("RUTTE: We voted.\nDivision No. 5\nAYES\nAbbott, Diane\nHowever, we must act.\n"
                          "Abbott, Diane\n") == [("We voted.", "RUTTE"), ("However, we must act.", "RUTTE"),
                                                 ("Abbott, Diane", "RUTTE")]


def test_hansards_column_markers_are_page_furniture():
    # An archivist's audit: a column's marker inside a sentence was its words ("Our troops are
    # there 4 Mar 2025 : Column 412 and they will stay there."), and one between paragraphs
    # ("Column 412", "412WH", "Col. 412", "HL Deb 4 March 2025 vol 844 c412") was a statement.
    debate = ("Mr Harding (Bexley) (Con): Our troops are there\n4 Mar 2025 : Column 412\nand they will stay there.\n\n"
              "Mr Harding: Thank you.\n")
    assert split_speakers(debate) == [("Our troops are there and they will stay there.", "Mr Harding"),
                                      ("Thank you.", "Mr Harding")]
    markers = ["Column 412", "412WH", "Col. 412", "HL Deb 4 March 2025 vol 844 c412", "HC Deb, 4 March 2025, cc412-3",
               "GC412", "4 March 2025 : Column 412WH"]
    debate = "Mr Harding: We stand firm.\n\n" + "".join(f"{marker}\n\nWe agree.\n\n" for marker in markers)
    assert split_sentences(debate) == ["We stand firm."] + ["We agree."] * len(markers)
    # a sentence over a column's marker is joined only as over a page number: a capital may open a paragraph
    assert split_sentences("Our troops are there\nColumn 413\nThey will stay.\nThe column 412 was long.\nCol. 5th") == [
        "Our troops are there", "They will stay.", "The column 412 was long.", "Col. 5th"]


def test_the_house_calling_out_together_is_no_ones_statement():
    # "Hon. Members: Hear, hear." was scored as a statement of speaker "Hon. Members", and a
    # Lords' "Several noble Lords:" was text; one Member calling out is still a speaker.
    debate = ("Mr Healey: We will stand with Ukraine.\nHon. Members: Hear, hear.\nAnd we will stay.\n"
              "Several hon. Members: Order!\nSeveral noble Lords:\nHear, hear!\nWe will not waver.\n"
              "An hon. Member: Rubbish!\nMr Francois: The Minister is right.")
    assert split_speakers(debate) == [("We will stand with Ukraine.", "Mr Healey"), ("And we will stay.", "Mr Healey"),
                                      ("We will not waver.", "Mr Healey"), ("Rubbish!", "An hon. Member"),
                                      ("The Minister is right.", "Mr Francois")]


def test_the_house_calling_out_in_brackets_is_no_ones_statement():
    # A political scientist's audit: Hansard's bracketed chorus inside a speech ('[Hon. Members:
    # "Hear, hear!"]') was a statement of the Member speaking, and alone on its line one of no one's,
    # where "Hon. Members: Hear, hear." unbracketed was already left out.
    debate = ('Mr Healey: We will buy drones. [Hon. Members: "Hear, hear!"] And we will buy them soon.\n\n'
              "Mr Speaker: Order.\n")
    assert split_speakers(debate) == [("We will buy drones.", "Mr Healey"), ("And we will buy them soon.", "Mr Healey"),
                                      ("Order.", "Mr Speaker")]
    for note in ('[Hon. Members: "Hear, hear!"]', "[An hon. Member: Shame!]", "[Several hon. Members: Order!]",
                 "(Hon. Members: “Resign!”)", "[Hon. Members: Hear, hear.]"):
        assert split_speakers(f"Mr Healey: We act.\n{note}\nWe will not waver.\n\nMr Speaker: Order.\n") == [
            ("We act.", "Mr Healey"), ("We will not waver.", "Mr Healey"), ("Order.", "Mr Speaker")], note
    # a bracket that only names them, with no colon, is words
    assert split_sentences("We thank them [Hon. Members of both Houses] for this.") == [
        "We thank them [Hon. Members of both Houses] for this."]


def test_a_sentence_ending_in_a_footnote_marker_ends():
    # PDF text puts the marker after the stop, and Punkt ran the sentence on into the next:
    # "…since the end of the Cold War.1 Three years ago, many thought…" was one statement.
    speech = ("Europe is more fragile than at any point since the\nend of the Cold War.1\n"
              "Three years ago, many were wrong.12 Allies act under Art.5 The Hague agreed.")
    assert split_sentences(speech) == [
        "Europe is more fragile than at any point since the end of the Cold War.1",
        "Three years ago, many were wrong.12", "Allies act under Art.5 The Hague agreed."]
    # read from word starts only: from every letter of a long run (CJK text) it is quadratic
    import time

    started = time.process_time()
    assert split_sentences("北大西洋公约组织" * 5000) == ["北大西洋公约组织" * 5000]
    assert time.process_time() - started < 2.0


def test_a_release_line_and_a_dated_place_are_furniture():
    # "For immediate release: 14 January 2026" and "Brussels, 12 February 2026" under a title
    # were scored; a date alone on its line was already left out.
    release = ("For immediate release: 14 January 2026\nBrussels, 12 February 2026\nThe Hague, Tuesday, 24 June 2025\n"
               "We met in Brussels, 12 February 2026 was cold.")
    assert split_sentences(release) == ["We met in Brussels, 12 February 2026 was cold."]


@pytest.mark.parametrize(("text", "expected"), [
    ("Will you help?Yes, we will. We stand firm!We will win.",
     ["Will you help?", "Yes, we will.", "We stand firm!", "We will win."]),
    ("We stand with Ukraine.We will not abandon Kyiv.", ["We stand with Ukraine.", "We will not abandon Kyiv."]),
    ("We stand with Ukraine!We will win.", ["We stand with Ukraine!", "We will win."]),
    ("Thank you.I am proud.", ["Thank you.", "I am proud."]),
    ('He said "No."We left.', ['He said "No."', "We left."]),
    ("Really?!We did it.", ["Really?!", "We did it."]),
    ("NATO IS UNITED.WE WILL WIN.", ["NATO IS UNITED.", "WE WILL WIN."]),
    ("Wir helfen.Die Ukraine kämpft.", ["Wir helfen.", "Die Ukraine kämpft."]),
    ("Україна вистоїть.Ми переможемо.", ["Україна вистоїть.", "Ми переможемо."]),
    # after a year, an amount or a number before a sentence's opening word; and "!" after a
    # capitalised word that is no name written with "!" (both were one statement)
    ("We met in 2024.We agreed on more aid.", ["We met in 2024.", "We agreed on more aid."]),
    ("We won in 2024.Russia lost.", ["We won in 2024.", "Russia lost."]),
    ("Spending hit 2,500.The allies agreed.", ["Spending hit 2,500.", "The allies agreed."]),
    ("It grew by 12.We must act. We need F-35.They help.", ["It grew by 12.", "We must act.", "We need F-35.",
                                                            "They help."]),
    ("Im Jahr 2024.Die Regierung plant.", ["Im Jahr 2024.", "Die Regierung plant."]),
    ("Stand with Ukraine!Slava Ukraini!", ["Stand with Ukraine!", "Slava Ukraini!"]),
    ("NATO!Slava Ukraini!", ["NATO!", "Slava Ukraini!"]),
    ("Yahoo!We won.", ["Yahoo!", "We won."]),
    # where the two can be one thing the sentence goes on: an address or a file's name, ...
    ("See nato.int/News for more.", ["See nato.int/News for more."]),
    ("Ukraine.No/low-cost options exist.", ["Ukraine.No/low-cost options exist."]),
    ("Write to press@NATO.Int today.", ["Write to press@NATO.Int today."]),
    ("Book on Booking.Com or www.Nato.Int now.", ["Book on Booking.Com or www.Nato.Int now."]),
    ("Open Speech.PDF in ASP.NET now.", ["Open Speech.PDF in ASP.NET now."]),
    # ... an abbreviation or initials, ...
    ("The U.S.Army, e.g.Kyiv, i.e.Lviv, Dr.Smith, St.Petersburg and a Ph.D.Thesis.",
     ["The U.S.Army, e.g.Kyiv, i.e.Lviv, Dr.Smith, St.Petersburg and a Ph.D.Thesis."]),
    ("Use Node.Js, see www.Nato.int and open Report.PDF.", ["Use Node.Js, see www.Nato.int and open Report.PDF."]),
    # ... an abbreviation or initials ("U.S.Army" is "U.S. Army" glued, far more often than a
    # sentence ending in "U.S." glued to the next, which the two cannot be told from), ...
    ("Mr.Rutte met J.R.R.Tolkien's heirs.", ["Mr.Rutte met J.R.R.Tolkien's heirs."]),
    # ... a number: a decimal, a version or a date, a German ordinal before its noun, ...
    ("Inflation was 4.2 percent. Am 3.Oktober tagte der 20.Bundestag.",
     ["Inflation was 4.2 percent.", "Am 3.Oktober tagte der 20.Bundestag."]),
    ("It is 3.5 percent in 2.0.Beta and v2.Beta.", ["It is 3.5 percent in 2.0.Beta and v2.Beta."]),
    ("Am 5.Mai, beim 1.FC Köln, in der 150.Sitzung.", ["Am 5.Mai, beim 1.FC Köln, in der 150.Sitzung."]),
    ("COVID-19.Vaccines work.", ["COVID-19.Vaccines work."]),
    # ... or a name with "!" before a word that opens no sentence; and a word in lower case goes on
    ("Read it on Yahoo!News today, or at nato.int.", ["Read it on Yahoo!News today, or at nato.int."]),
    ("Jeopardy!Champions and Joomla!Days went on.", ["Jeopardy!Champions and Joomla!Days went on."]),
    ("We met in 2024.we agreed.", ["We met in 2024.we agreed."]),
])
def test_a_sentences_end_glued_to_the_next_ends_it_unless_the_two_are_one_thing(text, expected):
    # From an audit: a web page's text from get_text() runs two paragraphs together with no
    # space ("Will you help?Yes, we will."), and Punkt never cuts there: two statements were
    # scored as one, "Will you help?Yes, we will." and "We stand firm!We will win.".
    assert split_sentences(text) == expected


@pytest.mark.parametrize("ellipsis", ["…", "...", "...."])
def test_an_ellipsis_before_a_capital_ends_a_sentence(ellipsis):
    # Punkt leaves a sentence that trails off joined to the next: "Ukraine needs help… We
    # must act now." was one statement. Before a word in lower case the sentence goes on.
    assert split_sentences(f"Ukraine needs help{ellipsis} We must act now.") == [
        f"Ukraine needs help{ellipsis}", "We must act now."]
    assert split_sentences(f"Ukraine needs help{ellipsis} and we must act now.") == [
        f"Ukraine needs help{ellipsis} and we must act now."]
    assert split_sentences(f"He said “we can wait{ellipsis}” We cannot. In 2022{ellipsis} 2026 will tell.") == [
        f"He said “we can wait{ellipsis}”", "We cannot.", f"In 2022{ellipsis} 2026 will tell."]
    assert stance.score_document(f"{ellipsis}and so on. Allies waited{ellipsis} Then Russia struck.").sentences[
        "text"].tolist() == [f"{ellipsis}and so on.", f"Allies waited{ellipsis}", "Then Russia struck."]


@pytest.mark.parametrize("ellipsis", ["…", "...", "...."])
@pytest.mark.parametrize("quoted", ['"brain-dead"', "'obsolete'", "“brain-dead”", "(wrongly)", "[sic]"])
def test_an_ellipsis_after_a_closing_quote_or_bracket_ends_a_sentence_before_a_capital(ellipsis, quoted):
    # A journalist's audit: 'Some critics say NATO is "brain-dead"... They are wrong.' was one
    # statement, where "brain-dead... They", '"brain-dead." They' and '"brain-dead..." They' are two.
    assert split_sentences(f"Some critics say NATO is {quoted}{ellipsis} They are wrong.") == [
        f"Some critics say NATO is {quoted}{ellipsis}", "They are wrong."]
    # before a word in lower case it goes on, as with the ellipsis inside the quote
    for text in (f"Some critics say NATO is {quoted}{ellipsis} and worse.",
                 f'Some critics say NATO is "brain-dead{ellipsis}" and worse.'):
        assert split_sentences(text) == [text]


@pytest.mark.parametrize("ellipsis", ["…", "...", "...."])
@pytest.mark.parametrize("emoji", ["👍", "💪🏽", "🇺🇦💙💛", "👍 🇺🇦"])
def test_emoji_between_an_ellipsis_and_a_capital_close_the_sentence_before(ellipsis, emoji):
    # A journalist's audit: "We need more ammunition… 👍 We stand with Ukraine." was one statement,
    # where without the emoji, or with a full stop, it is two: emoji between two sentences of a
    # line close the one before, and an ellipsis before a capital ends one.
    assert split_sentences(f"We need more ammunition{ellipsis} {emoji} We stand with Ukraine.") == [
        f"We need more ammunition{ellipsis} {emoji}", "We stand with Ukraine."]
    assert split_sentences(f"We need more ammunition. {emoji} We stand with Ukraine.") == [
        f"We need more ammunition. {emoji}", "We stand with Ukraine."]
    # before a word in lower case the sentence goes on, emoji or not, as a speaker's hesitation does
    for text in (f"We need more ammunition{ellipsis} {emoji} and we need it now.",
                 f"We need more ammunition{ellipsis} and we need it now.", f"Well{ellipsis} {emoji} We agree.",
                 f"We{ellipsis} {emoji} We will."):
        assert split_sentences(text) == [text]
    # A review: signs of the older symbol blocks are no emoji there (a bullet, a copyright, a degree)
    for sign in ("■", "©", "™", "°", "→"):
        text = f"Our priorities for the summit{ellipsis} {sign} Defence spending {sign} Ukraine support"
        assert split_sentences(text) == [text], sign


@pytest.mark.parametrize(("text", "expected"), [
    # Chinese and Japanese put no space after their stops, and may close a quote after one ...
    ("我们反对北约东扩。北约的扩张威胁地区稳定！\n你们如何回应？\n我们呼吁各方保持克制。",
     ["我们反对北约东扩。", "北约的扩张威胁地区稳定！", "你们如何回应？", "我们呼吁各方保持克制。"]),
    ("同盟は揺るがない。「約束を守ります。」防衛費を増やすべきか？！ 増やす｡",
     ["同盟は揺るがない。", "「約束を守ります。」", "防衛費を増やすべきか？！", "増やす｡"]),
    # ... but a quote that a particle or a comma follows is inside the sentence, and a full-width
    # stop between digits is a decimal point
    ("「第五条は揺るがない約束です。」と述べました。支出はＧＤＰ比３．５％だ。",
     ["「第五条は揺るがない約束です。」と述べました。", "支出はＧＤＰ比３．５％だ。"]),
    # Arabic's question mark, Urdu's full stop and the Devanagari danda end sentences as "?" and "." do
    ("نرفض توسع الناتو؟ لا نقبل ذلك!\nما رأيكم في ميزانية الدفاع؟\nنرفض زيادتها.",
     ["نرفض توسع الناتو؟", "لا نقبل ذلك!", "ما رأيكم في ميزانية الدفاع؟", "نرفض زيادتها."]),
    ("ہم نیٹو کی حمایت کرتے ہیں۔ یہ ضروری ہے۔", ["ہم نیٹو کی حمایت کرتے ہیں۔", "یہ ضروری ہے۔"]),
    ("हम नाटो के विस्तार का विरोध करते हैं। यह खतरा है।\nआपकी क्या राय है॥",
     ["हम नाटो के विस्तार का विरोध करते हैं।", "यह खतरा है।", "आपकी क्या राय है॥"]),
])
def test_the_full_stops_of_chinese_japanese_arabic_and_devanagari_end_sentences(text, expected):
    # From an audit: Punkt knows "." "!" and "?" only, so "。", "！", "？", "؟", "۔" and "।" ended
    # no sentence, and the lines below one were joined to it: a Chinese or Hindi text was one
    # statement, and an Arabic question one with its answer on the next line.
    assert split_sentences(text) == expected


def test_a_long_chinese_speech_is_split_into_its_sentences_without_a_warning():
    # A Chinese speech of 140 lines, 4,932 characters, was scored as one statement, and without
    # a warning: fewer than 5,000 characters, though they say what some 14,000 letters of English do.
    lines = [f"我们在第{number}次会议上重申，北约盟国必须团结一致，共同加强集体防御能力。" for number in range(1, 141)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = stance.score_document("\n".join(lines))
    assert doc.sentences["text"].tolist() == lines
    assert doc.sentences["line"].tolist() == list(range(1, 141))
    # The same words typed without stops are one statement of 4,792 characters: a document's
    # length in Chinese, whose character says about what three letters do, as score says too.
    unstopped = "".join(line.rstrip("。") for line in lines)
    with pytest.warns(stance.StanceWarning, match=r"statement on line 1 holds 4,792 characters \(a Chinese, Jap"):
        stance.score_document(unstopped)
    with pytest.warns(stance.StanceWarning, match=r"row 0 holds a text of 4,792 characters \(a Chinese, Jap"):
        stance.score([unstopped])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.score(["北约盟国必须团结一致。" * 150, "We stand together. " * 250])  # 1,650 and 4,750: statements


def test_a_paragraph_of_a_zero_width_joiner_alone_is_no_statement():
    # The splitter stripped zero-width spaces from a line's ends but not joiners, which classify
    # reads as blank: a line of one was scored as a statement.
    assert stance.score_document("We act.\n\n\u200c\n\nWe wait.\u200d").sentences.text.tolist() == [
        "We act.", "We wait."]


@pytest.mark.parametrize("unseen", ["\u200b", "\u200e", "\u200f", "\ufeff", "\u2060", "\u2069", "\x00", "\x1b", "\x7f"])
def test_a_character_that_shows_nothing_after_a_full_stop_ends_the_sentence_as_a_space_does(unseen):
    # From an audit: Punkt ends a sentence only at a stop before whitespace, so a zero-width space,
    # a direction mark or a control after one (pasted from the web) joined two sentences into one
    # statement, and "NATO must deter Russia." and its target dropped out of the profile.
    text = f"We stand with Ukraine.{unseen} NATO must deter Russia.\nThank you.{unseen}"
    assert split_statements(text) == [("We stand with Ukraine.", None, 1), ("NATO must deter Russia.", None, 1),
                                      # between two it goes with the space; at a line's end it stays, but
                                      # a zero-width space, a word joiner and a byte-order mark, as before
                                      ("Thank you." + unseen.strip(stance.text.BLANK), None, 2)]
    assert split_sentences(f"שלום.{unseen} We back NATO. Tha{unseen}nk you.") == [
        "שלום.", "We back NATO.", f"Tha{unseen}nk you."]  # inside a statement it stays
    assert split_sentences(f"We met. {unseen}Allies agreed.") == ["We met.", f"{unseen}Allies agreed."]  # opening one
    doc = stance.score_document(f"We stand with Ukraine.{unseen} NATO must deter Russia. Thank you.")
    assert "deterrence" in doc.profile.index


def test_a_speakers_hesitation_is_no_sentence_end():
    # An ellipsis before a capital ended a sentence, and a transcript's hesitations became
    # statements of their own ("Well…", "I…", "We…"), the last taking a position.
    text = "Q: And Ukraine?\nA: Well… I… I think NATO must send more air defence to Ukraine. We… We will."
    assert stance.score_document(text).sentences.text.tolist() == [
        "And Ukraine?", "Well… I… I think NATO must send more air defence to Ukraine.", "We… We will."]


def test_a_places_abbreviation_and_circa_before_a_number_do_not_end_a_sentence():
    # A journalist's audit: "Maj. Gen. Hodges visited Ft. Bragg." was cut after "Ft.", and
    # "Lithuania hosts c. 5,000 troops." after "c.", "Bragg." and "5,000 troops." scored alone.
    assert split_sentences("Maj. Gen. Hodges visited Ft. Bragg. He praised NATO. Troops left Pt. Mugu and "
                           "Mt. Hood. Lithuania hosts c. 5,000 troops, ca. 3,000 more. It was built c. 1949.") == [
        "Maj. Gen. Hodges visited Ft. Bragg.", "He praised NATO.", "Troops left Pt. Mugu and Mt. Hood.",
        "Lithuania hosts c. 5,000 troops, ca. 3,000 more.", "It was built c. 1949."]
    # feet and pints end one, as "Ft." does before a word that opens sentences, and a plan's "C."
    assert split_sentences("The wall is 10 ft. The tanks stop. We visited the Ft. He left. We chose Plan C. "
                           "5 allies agreed.") == [
        "The wall is 10 ft.", "The tanks stop.", "We visited the Ft.", "He left.", "We chose Plan C.",
        "5 allies agreed."]


def test_a_lists_item_c_before_a_number_ends_a_sentence():
    # A review of 210f16f: circa's "c." joined a list's third item to the number opening the next sentence
    assert split_sentences("We chose option c. 5 allies did too.") == ["We chose option c.", "5 allies did too."]
    assert split_sentences("Options are a., b. and c. 5 allies chose c.") == [
        "Options are a., b. and c.", "5 allies chose c."]
    assert split_sentences("Read items b) or c. 3 of them agree.") == ["Read items b) or c.", "3 of them agree."]
    assert split_sentences("Pick a), b), c. 5 allies did.") == ["Pick a), b), c.", "5 allies did."]
    assert split_sentences("Pick b. or c. 5 allies did.") == ["Pick b. or c.", "5 allies did."]
    assert split_sentences("Answer question c. 5 allies did.") == ["Answer question c.", "5 allies did."]
    # circa after any other word still goes on
    assert split_sentences("Lithuania hosts c. 5,000 troops. It was built c. 1949.") == [
        "Lithuania hosts c. 5,000 troops.", "It was built c. 1949."]
    assert split_sentences("Lithuania hosts c. 5,000 troops. More will come.") == [
        "Lithuania hosts c. 5,000 troops.", "More will come."]


@pytest.mark.parametrize("text", [
    "The fort was built between 1949 and c. 1955 by the allies.",
    "Either 4,000 or c. 5,000 troops will deploy.",
    "Between c. 1990 and c. 2000 NATO grew.",
    "The figures: a) 3 tanks; b) c. 5,000 troops.",
    "Plans c. 2030 call for more.",
    "Three steps c. 2030 will follow.",
])
def test_circa_after_and_or_plan_or_a_b_item_alone_ends_no_sentence(text):
    # A review of 8b6f9c5: "and", "or", "plan(s)", "step(s)" and a "b)" item before "c." were taken
    # for a list's third item, and circa's number cut from it; only a word naming an item, or a "b."
    # item joined by a comma, "and" or "or", makes "c." a list's item
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mast is 30 Ft. Russia cannot see it.", ["The mast is 30 Ft.", "Russia cannot see it."]),
    ("The wall is 10 Ft. Soldiers climbed it anyway.", ["The wall is 10 Ft.", "Soldiers climbed it anyway."]),
    ("Drink 2 Pt. Water helps.", ["Drink 2 Pt.", "Water helps."]),
    ("The mast is 30  Ft. Russia cannot see it.", ["The mast is 30  Ft.", "Russia cannot see it."]),
    # A review of 5ad55e3: after a year "Ft." and "Pt." are a place's, whose name goes on
    ("In 2023 Ft. Bragg was renamed Fort Liberty.", ["In 2023 Ft. Bragg was renamed Fort Liberty."]),
    ("Since 1918 Ft. Bragg has trained paratroopers.", ["Since 1918 Ft. Bragg has trained paratroopers."]),
    ("By 1999 Pt. Mugu had grown.", ["By 1999 Pt. Mugu had grown."]),
])
def test_feet_or_pints_in_title_case_after_a_number_end_a_sentence_before_a_name(text, expected):
    # A review of 210f16f: a place's "Ft." or "Pt." joined the name after it, and so did feet and
    # pints written in title case after their number, which no place's name follows
    assert split_sentences(text) == expected


def test_part_or_points_abbreviation_before_a_number_does_not_end_a_sentence():
    # "Pt. 2 of the report…" was cut after "Pt.", and "2 of the report…" scored alone: "Pt." before a
    # number is a part's or a point's, as "No." and "Art." are.
    assert split_sentences("Pt. 2 of the report says allies must spend more. We read PT. 3 too.") == [
        "Pt. 2 of the report says allies must spend more.", "We read PT. 3 too."]
    assert split_sentences("See Pt. b of the plan.") == ["See Pt. b of the plan."]
    # after a number it is a pint, and a sentence ending in "pt." before a capital or a number ends
    assert split_sentences("It was the last pt. The next one came. The jug holds 1 Pt. 2 more are needed.") == [
        "It was the last pt.", "The next one came.", "The jug holds 1 Pt.", "2 more are needed."]


def test_common_english_abbreviations_do_not_end_a_sentence():
    # "esp.", "viz." and "excl." were not in the splitter's abbreviations: "…the report,
    # esp. Fig. 3." was cut after "esp." and "Fig. 3." scored alone. "resp." often ends one.
    assert split_sentences("Aid rose to €2.1 billion. See p. 12 of the report, esp. Fig. 3. It shows the gap.") == [
        "Aid rose to €2.1 billion.", "See p. 12 of the report, esp. Fig. 3.", "It shows the gap."]
    assert split_sentences("Costs were approx. 5 bn., incl. VAT, excl. Fuel, cf. Table 2, viz. the full sum. "
                           "Eq. 4 gives it, see Ch. 3. Allies agreed.") == [
        "Costs were approx. 5 bn., incl. VAT, excl. Fuel, cf. Table 2, viz. the full sum.",
        "Eq. 4 gives it, see Ch. 3.", "Allies agreed."]
    assert split_sentences("Spending rose by 5% and 7% resp. The army grew.") == [
        "Spending rose by 5% and 7% resp.", "The army grew."]


def test_german_and_french_abbreviations_and_weekdays_do_not_end_a_sentence():
    # "5 Mrd. Euro", "Munition usw. und", "Polen bzw. die", "env. 3 000" and "Fri. 14 March"
    # were cut in two, and "…, etc. Les alliés…" ran two sentences together.
    assert split_sentences(
        "Deutschland stellt 5 Mrd. Euro bereit. Die Kosten steigen auf 7 Mrd. Die Alliierten zahlen "
        "3 Mio. Schuss, Munition usw. und Panzer, bzw. die Hälfte, vgl. den Plan. Sie liefern Panzer usw. "
        "Das reicht.") == [
        "Deutschland stellt 5 Mrd. Euro bereit.", "Die Kosten steigen auf 7 Mrd.",
        "Die Alliierten zahlen 3 Mio. Schuss, Munition usw. und Panzer, bzw. die Hälfte, vgl. den Plan.",
        "Sie liefern Panzer usw.", "Das reicht."]
    assert split_sentences("La France envoie env. 3 000 soldats, des obus etc. à l'Ukraine. Nous aiderons, etc. "
                           "Les alliés sont unis.") == [
        "La France envoie env. 3 000 soldats, des obus etc. à l'Ukraine.", "Nous aiderons, etc.",
        "Les alliés sont unis."]
    assert split_sentences("Tanks, shells, etc. are on the way. We sent shells, etc. NATO agreed.") == [
        "Tanks, shells, etc. are on the way.", "We sent shells, etc.", "NATO agreed."]
    assert split_sentences("The summit is on Fri. 14 March, the vote on Wed. March 19. The House sat. "
                           "5 Members spoke.") == [
        "The summit is on Fri. 14 March, the vote on Wed. March 19.", "The House sat.", "5 Members spoke."]


def test_stage_directions_are_left_out_and_do_not_cut_a_statement():
    # "(laughs)" was part of the next statement, "(inaudible)" inside a sentence cut it in
    # three ("…territory", "(inaudible)", "and we mean it."), and "(Laughter)" or "[applause]"
    # were statements, counted in every share of the profile.
    speech = ("SECRETARY GENERAL: Thank you. (laughs) We stand together with Ukraine. (Laughter) And we will "
              "not stop.\n[applause]\nWe will defend every inch of allied territory (inaudible), and we mean it.\n"
              "(crosstalk)\n"
              "Allies must spend more. [Applause.]\n(The sitting was suspended at 11.50)\n"
              "(Musicians from Kyiv played.) (Silenced in Minsk, they still speak.)")
    assert split_speakers(speech) == [(text, "SECRETARY GENERAL") for text in [
        "Thank you.", "We stand together with Ukraine.", "And we will not stop.",
        "We will defend every inch of allied territory, and we mean it.", "Allies must spend more.",
        "(Musicians from Kyiv played.)", "(Silenced in Minsk, they still speak.)"]]


@pytest.mark.parametrize("direction", ["—interrupting—", "— interrupting —", "--interrupting--", "–Interruption–",
                                       "— inaudible —"])
def test_a_direction_between_dashes_opening_a_speech_is_left_out(direction):
    # A journalist's audit: Hansard's "Ms Finch: —interrupting— The public did not vote for this!" kept
    # "—interrupting—" in the statement, where "[inaudible]" and "(Translated from French)" are left out.
    text = f"Ms Finch: {direction} The public did not vote for this!\nMr Healey: {direction}\nWe will not."
    assert split_speakers(text) == [("The public did not vote for this!", "Ms Finch"), ("We will not.", "Mr Healey")]
    # a word between dashes inside a line, or another word opening one, is the speaker's
    assert split_sentences("We will — interrupting nobody — act.") == ["We will — interrupting nobody — act."]
    assert split_speakers("Ms Finch: —Allies— we stand together.\nMr Healey: Yes.") == [
        ("—Allies— we stand together.", "Ms Finch"), ("Yes.", "Mr Healey")]


def test_a_dashed_direction_goes_only_before_a_new_sentence_and_all_in_a_row_go():
    # A review of a1a14971: "—Laughter— is what Moscow wants from us." lost its subject, and of
    # "—interrupting— —laughter— The public…" the second direction stayed.
    assert split_speakers("MINISTER: —Laughter— is what Moscow wants from us.") == [
        ("—Laughter— is what Moscow wants from us.", "MINISTER")]
    assert split_speakers("Ms Finch: —interrupting— —laughter— The public did not vote for this!") == [
        ("The public did not vote for this!", "Ms Finch")]
    assert split_speakers('Ms Finch: —interrupting— "No," she said.') == [('"No," she said.', "Ms Finch")]
    assert split_speakers("Ms Finch: —inaudible—\nThe public did not vote.") == [
        ("The public did not vote.", "Ms Finch")]
    # A review of 5a2617b2: a bracketed direction after it left the dashed one in ("—applause— We will…").
    assert split_speakers("Mr Hale: —applause— (Hear, hear!) We will send more air defence.") == [
        ("We will send more air defence.", "Mr Hale")]
    # but an aside of words after it is no new sentence (a review of 5c491c31, which took any bracket for one)
    for aside in ["(the kind Moscow wants) is no answer.", "[sic] is what Moscow wants."]:
        assert split_speakers(f"Ms Finch: —laughter— {aside}") == [(f"—laughter— {aside}", "Ms Finch")]


def test_a_stage_direction_with_its_own_full_stop_is_left_out_with_it():
    # A researcher's audit: a direction followed by a full stop, as the Sejm's and the Italian Senate's
    # records write it, joined the sentences around it and left "..": "We stand with Ukraine.. We will
    # never waver." was one statement, and "(Beifall bei der CDU/CSU)." alone on its line left
    # "Wir stehen zu Artikel 5. ."; the Italian Senate's "(Applausi …)." was a statement.
    assert split_speakers("RUTTE: We stand with Ukraine. (Applause). We will never waver.\n") == [
        ("We stand with Ukraine.", "RUTTE"), ("We will never waver.", "RUTTE")]
    assert split_sentences("NATO jest silne. (Oklaski). Wspieramy Ukrainę.\n"
                           "Wir stehen zu Artikel 5.\n(Beifall bei der CDU/CSU).\nDie Ukraine braucht Hilfe.\n"
                           "Siamo con l'Ucraina. (Applausi dal Gruppo FdI). Non cederemo.\n(Vivi applausi).\n"
                           "(Commenti dai banchi dell'opposizione).\nLa NATO è forte. (Ilarità). (Applausi).") == [
        "NATO jest silne.", "Wspieramy Ukrainę.", "Wir stehen zu Artikel 5.", "Die Ukraine braucht Hilfe.",
        "Siamo con l'Ucraina.", "Non cederemo.", "La NATO è forte."]
    # after words that end no sentence the stop is the sentence's end, and stays
    assert split_sentences("We will defend every inch (Applause). And we mean it.\nWe act\n(Applause).\n"
                           "Next.") == ["We will defend every inch.", "And we mean it.", "We act.", "Next."]
    # a reviewer's audit: no stop after the words' own colon or comma ("Let me say this:." before), which end there
    assert split_sentences("Let me say this:\n(Applause).") == ["Let me say this:"]
    assert split_sentences("Let me say this:\n(Applause).\nWe act,\n(Applause).\nNext.") == [
        "Let me say this:", "We act,", "Next."]


def test_the_assemblee_s_and_the_sejm_s_other_directions_are_left_out():
    # A researcher's audit: the Assemblée's cheers and members' reactions ("(« Très bien ! » sur les bancs du
    # groupe SOC.)", "(Mme Mathilde Panot proteste.)") and the Sejm's heckles by name, chants and the chair's
    # notes ("(Poseł Anna Nowak: Kłamstwo!)", "(Przerwa w posiedzeniu o godz. 12 min 15)") were statements
    assert split_speakers("Mme la présidente : La parole est à M. Dupont.\n"
                          "M. Dupont : Nous soutenons l’Ukraine. (« Très bien ! » sur les bancs du groupe SOC.) "
                          "Nous agirons.\n(Mme Mathilde Panot proteste.)\n(M. Ugo Bernalicis s’exclame.)\n"
                          "Nous restons.\n(Mme Sandrine Rousseau applaudit.)\n"
                          "(Les députés des groupes EPR et Dem se lèvent et applaudissent.)\n") == [
        ("La parole est à M. Dupont.", "Mme la présidente"), ("Nous soutenons l’Ukraine.", "M. Dupont"),
        ("Nous agirons.", "M. Dupont"), ("Nous restons.", "M. Dupont")]
    assert split_speakers("Poseł Jan Kowalski: Wspieramy Ukrainę. (Poseł Anna Nowak: Kłamstwo!) Tak.\n"
                          "(Posłowie skandują: Hańba!)\n(Część posłów wstaje)\nDziękuję.\n"
                          "(Marszałek wyłącza mikrofon)\n(Przerwa w posiedzeniu o godz. 12 min 15)\n"
                          "(Wznowienie posiedzenia o godz. 12 min 30)\n"
                          "(Przewodnictwo w obradach obejmuje wicemarszałek Monika Wielichowska)\nKoniec.\n") == [
        ("Wspieramy Ukrainę.", "Poseł Jan Kowalski"), ("Tak.", "Poseł Jan Kowalski"),
        ("Dziękuję.", "Poseł Jan Kowalski"), ("Koniec.", "Poseł Jan Kowalski")]
    # brackets of prose stay, in English and in these languages
    assert split_sentences("NATO (NATO) is strong (see page 5.) and more. (The minister applauded the decision.) "
                           "(« Très bien » sur le terrain.) (Mme Panot proteste contre la loi.) "
                           "(Posłowie skandowali hasła na ulicy.) Koniec.") == [
        "NATO (NATO) is strong (see page 5.) and more.", "(The minister applauded the decision.)",
        "(« Très bien » sur le terrain.)", "(Mme Panot proteste contre la loi.)",
        "(Posłowie skandowali hasła na ulicy.)", "Koniec."]


@pytest.mark.parametrize("text, expected", [
    # prose that opens with a chair's note's words, in lower case or in another shape than the note's
    ("Opozycja twierdzi (przerwa w posiedzeniu była nielegalna, bo marszałek nie miał kworum), że głosowanie "
     "jest nieważne.", None),
    ("(Przerwa w posiedzeniu była nielegalna, bo nie było kworum.)", None),
    ("Sytuacja jest napięta (marszałek wyłącza mikrofon każdemu, kto krytykuje rząd) od początku kadencji.", None),
    ("(Przewodnictwo w obradach objął po raz pierwszy nowy wicemarszałek, co było zaskoczeniem)", None),
    ("(Marszałek wyłącza mikrofon każdemu, kto krytykuje rząd.)", None),
    # a quotation in guillemets with where it came from, but not the Assemblée's benches
    ("Allies repeated the line (« open door » from the Bucharest Declaration) at the summit.", None),
    # (the stop inside the bracket ends no sentence either, before a word in lower case)
    ("The crowd chanted (« Slava Ukraini » from the gallery.) and we continued.", None),
    ("Il a dénoncé (« une honte » à Paris) la décision.", None),
    ("Il a dit (« non » à droite comme à gauche) hier.", None),
    ("Suivez les panneaux (« Sortie » à droite) jusqu'au parking.", None),
    ("Le vote (« pour » à gauche) a été serré.", None),
])
def test_a_bracket_of_prose_in_the_words_of_a_sejm_note_or_with_a_quotation_stays(text, expected):
    # A review of 3a22edf: the Sejm chair's notes were matched in any case and with any words after them, and
    # a quotation in guillemets with any "from", "à" or "sur" after it, so these brackets of prose were left out
    assert split_sentences(text) == (expected or [text])


@pytest.mark.parametrize("direction", [
    "(« Très bien ! » sur les bancs du groupe SOC.)", "(« Bravo ! » sur plusieurs bancs du groupe RN.)",
    "(Marszałek wyłącza mikrofon)", "(Wicemarszałek wyłącza mikrofon)", "(Przerwa w posiedzeniu o godz. 12 min 15)",
    "(Przerwa w posiedzeniu od godz. 10 min 28 do godz. 10 min 35)", "(Wznowienie posiedzenia o godz. 12 min 30)",
    "(Przewodnictwo w obradach obejmuje wicemarszałek Monika Wielichowska)",
    "(Przewodnictwo w obradach obejmuje Marszałek Sejmu Szymon Hołownia)",
    # a review of 97f4191: a note without its time, a woman chairing, a cheer from one side of the house
    "(Przerwa w posiedzeniu)", "(Wznowienie posiedzenia)",
    "(Przewodnictwo w obradach obejmuje wicemarszałkini Monika Wielichowska)", "(« Très bien ! » à droite.)",
    "(« Bravo ! » à gauche)", "(« Et alors ? » à droite.)", "(« Scandaleux… » à droite.)",
])
def test_the_sejm_chairs_notes_and_the_assemblees_cheers_in_their_shape_are_left_out(direction):
    assert split_sentences(f"Nous agirons. {direction} Koniec.") == ["Nous agirons.", "Koniec."]
    assert split_sentences(f"Dziękuję.\n{direction}\nKoniec.\n") == ["Dziękuję.", "Koniec."]


def test_a_voice_from_the_floor_is_left_out_as_the_bundestags_interjections_are():
    # A researcher's audit: the Sejm's "(Głos z sali: Hańba!)", a heckle from the floor, was scored
    # as the statement of the member speaking, while the Bundestag's "(Zuruf von der AfD: …)" is left out.
    assert split_speakers("Marszałek: Otwieram posiedzenie.\nPoseł Jan Kowalski: NATO jest silne. "
                          "(Głos z sali: Hańba!) Wspieramy Ukrainę. (Głosy z sali: Brawo!)\n"
                          "M. Dupont : Nous refusons. (Une voix à droite : Scandale !) Jamais.\n"
                          "On. Rossi: Noi diciamo no. (Una voce dai banchi: Vergogna!) Mai.\n"
                          "RUTTE: We agree. (Voice from the floor: Shame!) We will act.\n") == [
        ("Otwieram posiedzenie.", "Marszałek"), ("NATO jest silne.", "Poseł Jan Kowalski"),
        ("Wspieramy Ukrainę.", "Poseł Jan Kowalski"), ("Nous refusons.", "M. Dupont"), ("Jamais.", "M. Dupont"),
        ("Noi diciamo no.", "On. Rossi"), ("Mai.", "On. Rossi"), ("We agree.", "RUTTE"), ("We will act.", "RUTTE")]
    # "voices" in other words is no heckle
    assert split_sentences("(Voci di corridoio dicono altro.) (Des voix, pas des votes.) Basta.") == [
        "(Voci di corridoio dicono altro.)", "(Des voix, pas des votes.)", "Basta."]


def test_words_of_a_floor_reaction_in_prose_are_kept_as_an_aside():
    # A reviewer's audit: the Italian reactions and the voices from the floor were matched in any case and
    # before any words, so an aside of prose that opened with one was left out as a direction and its words
    # lost: "Il governo cadrà entro marzo (voci dal Quirinale parlano di elezioni anticipate)." gave
    # "Il governo cadrà entro marzo.". A direction is one only capitalised and in a direction's shape.
    asides = ["Il governo cadrà entro marzo (voci dal Quirinale parlano di elezioni anticipate).",
              "Le texte a été adopté (des voix de gauche se sont jointes à la majorité).",
              "Migliaia di persone sono scese in piazza (proteste anche a Napoli e Torino) contro la riforma.",
              "La Polonia sostiene Kiev (commenti positivi sono arrivati da Bruxelles) e prepara nuovi aiuti.",
              "Na granicy zebrały się tłumy (okrzyki poparcia dla Ukrainy słychać było z daleka).",
              "Il governo cadrà (Voci dal Quirinale parlano di elezioni anticipate).",
              "La Polonia sostiene Kiev (Commenti positivi sono arrivati da Bruxelles)."]
    for aside in asides:
        assert split_sentences(f"{aside} La maggioranza smentisce.") == [aside, "La maggioranza smentisce."]
    # the records' directions, capitalised and of a direction's shape, are still left out
    assert split_sentences("Noi diciamo no. (Voci dal centro) Mai. (Proteste dal Gruppo M5S. Richiami del "
                           "Presidente) Sì. (Commenti del senatore Rossi) Basta. (Okrzyki na sali) Nie. (Okrzyki: "
                           "Precz!) Tak. (Plusieurs voix sur les bancs du groupe RN : Très bien !) Non.") == [
        "Noi diciamo no.", "Mai.", "Sì.", "Basta.", "Nie.", "Tak.", "Non."]


def test_a_described_stage_direction_is_left_out_as_a_bare_one_is():
    # "(Applause)" was left out but "(Loud applause)", "(Prolonged laughter)" or "(Loud and
    # sustained applause)", as the European Parliament and Hansard print them, were
    # statements (or cut the sentence they interrupt), counted in every share of the profile.
    speech = ("President. – Madam President, we stand with Ukraine. (Loud applause)\n"
              "Michael Gahler (PPE). – We will defend every inch (Prolonged laughter) of allied territory.\n"
              "(Loud and sustained applause)\n(Standing ovation)\n(Interjection)\n[Mixed reactions]\n"
              "President. – We need answers (not silence) and action (not loud applause for ourselves).")
    assert split_speakers(speech) == [
        ("Madam President, we stand with Ukraine.", "President"),
        ("We will defend every inch of allied territory.", "Michael Gahler"),
        ("We need answers (not silence) and action (not loud applause for ourselves).", "President")]


def test_inflected_stage_directions_are_left_out_as_their_bare_words_are():
    # Directions were made whole words (so that "(Musicians…)" is none), which let
    # "(pauses)", "(Musical interlude)" and "(Off microphone)" through: each, a statement
    # of its own before, was now glued to the start of the next statement.
    speech = ("SECRETARY GENERAL: We will defend every inch. (pauses) And we will do it together.\n"
              "(Musical interlude)\nAllies must spend more. (Paused) Now.\nThank you. (Off microphone) Yes.")
    assert split_speakers(speech) == [(text, "SECRETARY GENERAL") for text in [
        "We will defend every inch.", "And we will do it together.", "Allies must spend more.", "Now.",
        "Thank you.", "Yes."]]


def test_a_white_house_question_set_off_by_spaces_gives_the_speaker_q():
    # The White House's transcripts set a question off with "Q" and spaces or a tab, no colon:
    # the question went to the President, "Q" and all, and stayed in a profile without "Q".
    transcript = ("THE PRESIDENT:  We stand with our allies.\n\nQ    Will you send Patriots to Ukraine?\n\n"
                  "THE PRESIDENT:  Yes.\n\nQ\tAnd more tanks?\n\nTHE PRESIDENT:  Not yet.\n")
    assert split_speakers(transcript) == [
        ("We stand with our allies.", "THE PRESIDENT"), ("Will you send Patriots to Ukraine?", "Q"),
        ("Yes.", "THE PRESIDENT"), ("And more tanks?", "Q"), ("Not yet.", "THE PRESIDENT")]
    # one space is a letter's ("Q and A sessions…", "Q ratings"), and outside a transcript nothing is a tag
    assert split_speakers("THE PRESIDENT:  Yes.\nQ Ratings fell.\nQ  and A sessions help.") == [
        ("Yes.", "THE PRESIDENT"), ("Q Ratings fell.", "THE PRESIDENT"), ("Q  and A sessions help.", "THE PRESIDENT")]
    assert split_speakers("Q    Will you send Patriots?") == [("Q    Will you send Patriots?", None)]


def test_every_answer_tag_names_the_speaker_a_as_every_question_tag_names_q():
    # "Answer:" and "ANSWER:" gave the speakers "Answer" and "ANSWER" beside "A", and "Q." /
    # "A." were no tags: the question went to the previous answer, "Q." and all, so the
    # README's profile without speaker "Q" kept it.
    interview = ("Question: Will NATO send more troops to the Baltic?\nAnswer: Yes. We will double the brigade.\n"
                 "QUESTION: And Ukraine?\nANSWER: Ukraine will get what it needs.\nQ: Is the Alliance united?\n"
                 "A: It is.\nQ. Should Europe send troops to Ukraine?\nA. No. Allies must not escalate.\n"
                 "A. Merkel said the same in 2014.")
    doc = stance.score_document(interview)
    assert doc.sentences.speaker.tolist() == ["Q", "A", "A", "Q", "A", "Q", "A", "Q", "A", "A", "A"]
    assert doc.sentences.text.tolist()[7:] == ["Should Europe send troops to Ukraine?", "No.",
                                               "Allies must not escalate.", "A. Merkel said the same in 2014."]
    answers = doc.sentences[doc.sentences.speaker != "Q"]
    assert "Should Europe send troops to Ukraine?" not in answers.text.tolist()
    assert profile(answers, by="speaker").index.get_level_values(0).unique().tolist() == ["A"]
    # outside a transcript "Q." and "A." open no tag: an initial, a lettered point
    assert split_speakers("A. Merkel spoke first. Q. Smith agreed.") == [
        ("A. Merkel spoke first.", None), ("Q. Smith agreed.", None)]


def test_an_answer_a_dash_opens_below_a_question_is_the_answer_s():
    # A newsroom user: in an interview whose answers open with a dash below "Q:", every answer
    # was the questioner's (speaker "Q"), so a profile without "Q" left all of them out.
    doc = stance.score_document("Q: Is NATO divided?\n- No. NATO is united.\nQ: And Ukraine?\n- We support Ukraine.")
    assert doc.sentences[["speaker", "text"]].values.tolist() == [
        ["Q", "Is NATO divided?"], ["A", "No."], ["A", "NATO is united."], ["Q", "And Ukraine?"],
        ["A", "We support Ukraine."]]
    # as "A:" would: any dash, after a blank line too, and the answer's next lines and items are its
    assert split_speakers("QUESTION: Is NATO divided?\n\n\u2013 No.\nWe are united.\n- And strong.\n"
                          "Frage: Und die Ukraine?\n\u2014 Wir helfen.") == [
        ("Is NATO divided?", "Q"), ("No.", "A"), ("We are united.", "A"), ("And strong.", "A"),
        ("Und die Ukraine?", "Q"), ("Wir helfen.", "A")]
    # A question that leads into its own list (a colon, no sentence's end) keeps it, and so
    # does one whose dash goes on with its sentence; a dash under anyone else's words is a list's.
    assert split_speakers("Q: Two questions:\n- Will you send tanks?\n- And when?\nA: Soon.") == [
        ("Two questions:", "Q"), ("Will you send tanks?", "Q"), ("And when?", "Q"), ("Soon.", "A")]
    assert split_speakers("Q: Will you send tanks\n- and jets?\nA: No.") == [
        ("Will you send tanks - and jets?", "Q"), ("No.", "A")]
    assert split_speakers("Q: Why?\nRUTTE: Two reasons.\n- Russia.\n- China.") == [
        ("Why?", "Q"), ("Two reasons.", "RUTTE"), ("Russia.", "RUTTE"), ("China.", "RUTTE")]


def test_dash_lines_below_a_question_that_an_answer_tag_follows_are_the_question_s_options():
    # Options printed under a question were given to "A" once a dash below a question opened
    # its answer, though "A:" below them opens the answer: a profile of "A" counted them.
    text = "Q: Which should NATO prioritise?\n- Air defence\n- More tanks\nA: Air defence, clearly."
    assert split_speakers(text) == [
        ("Which should NATO prioritise?", "Q"), ("Air defence", "Q"), ("More tanks", "Q"),
        ("Air defence, clearly.", "A")]
    # whatever the answer's tag, blank lines and a line of the question's between, each question alike
    assert split_speakers("Q: Which first?\n\n\u2013 Air defence.\n- Tanks.\nPick one.\n\nAnswer: Tanks.\n"
                          "Q: And then?\n- Jets.\n- Ships.\nA. Ships.") == [
        ("Which first?", "Q"), ("Air defence.", "Q"), ("Tanks.", "Q"), ("Pick one.", "Q"), ("Tanks.", "A"),
        ("And then?", "Q"), ("Jets.", "Q"), ("Ships.", "Q"), ("Ships.", "A")]
    # Dash lines that no answer tag follows before the next question, or at the end, are the answer.
    assert split_speakers("Q: Is NATO divided?\n- No.\n- We are united.\nQ: And Ukraine?\n- We help.\n"
                          "Q: Which first?\n- Jets.\n- Ships.\nA: Ships.") == [
        ("Is NATO divided?", "Q"), ("No.", "A"), ("We are united.", "A"), ("And Ukraine?", "Q"), ("We help.", "A"),
        ("Which first?", "Q"), ("Jets.", "Q"), ("Ships.", "Q"), ("Ships.", "A")]
    assert split_speakers("Q: Is NATO divided?\n- No.\nRUTTE: Let me add one thing.") == [
        ("Is NATO divided?", "Q"), ("No.", "A"), ("Let me add one thing.", "RUTTE")]


def test_question_and_answer_tags_in_lower_case_are_tags():
    # "q:" and "a:" were no tags: speaker None, and the text kept "q: …".
    assert split_speakers("q: Is NATO divided?\na: No. NATO is united.\nq: And Ukraine?\na: We support it.") == [
        ("Is NATO divided?", "Q"), ("No.", "A"), ("NATO is united.", "A"), ("And Ukraine?", "Q"),
        ("We support it.", "A")]
    # Only before a capital, "a:" only after a question, and only in a transcript: a list's
    # letters in lower case ("a: the first option") and a lone "q:" are words.
    assert split_speakers("MODERATOR: Two options.\nq: Which one?\na: the first option.\nb: the second option.") == [
        ("Two options.", "MODERATOR"), ("Which one?", "Q"), ("a: the first option.", "Q"),
        ("b: the second option.", "Q")]
    assert split_speakers("MODERATOR: Two plans.\nRUTTE: Here they are.\na: More tanks.") == [
        ("Two plans.", "MODERATOR"), ("Here they are.", "RUTTE"), ("a: More tanks.", "RUTTE")]
    assert split_speakers("q: Why?") == [("q: Why?", None)]


def test_a_european_parliament_verbatim_report_names_its_speakers():
    # The report's tags ("Name, role. – statement") were read as statements: each speaker's
    # first sentence was cut in two ("Michael Gahler, on behalf of the PPE Group." and
    # "– Madam President, …") and no statement had a speaker.
    report = ("Continued support for Ukraine (debate)\n"
              "President. – The next item is the Council and Commission statements on Ukraine.\n"
              "Kaja Kallas, High Representative/Vice-President of the Commission. – Madam President, Europe must "
              "keep arming Ukraine. We cannot let Russia win.\n"
              "(Applause)\n"
              "Michael Gahler, on behalf of the PPE Group. – Madam President, the eastern flank needs air defence.\n"
              "Ursula von der Leyen, President of the Commission. – Honourable Members, we stand together.\n"
              "Sophie Wilmès (Renew), blue-card question. – Will you send more?\n"
              "Ukraine, Moldova and Georgia. – and so on.\nWell, that is the point. – And it stands.\n"
              "President. – The debate is closed.")
    assert split_speakers(report) == [
        ("Continued support for Ukraine (debate)", None),
        ("The next item is the Council and Commission statements on Ukraine.", "President"),
        ("Madam President, Europe must keep arming Ukraine.", "Kaja Kallas"),
        ("We cannot let Russia win.", "Kaja Kallas"),
        ("Madam President, the eastern flank needs air defence.", "Michael Gahler"),
        ("Honourable Members, we stand together.", "Ursula von der Leyen"),
        ("Will you send more?", "Sophie Wilmès"),
        ("Ukraine, Moldova and Georgia.", "Sophie Wilmès"), ("– and so on.", "Sophie Wilmès"),  # no tags
        ("Well, that is the point.", "Sophie Wilmès"), ("And it stands.", "Sophie Wilmès"),
        ("The debate is closed.", "President")]
    # one such line outside a transcript is text, as a name in ordinary case is
    assert split_speakers("President. – The sitting is open.") == [("President.", None),
                                                                   ("The sitting is open.", None)]


def test_a_number_or_word_wrapped_after_its_slash_is_joined_whole():
    # "50/" at a line's end was taken for a thread's post number "1/": it was dropped and
    # the sentence cut in two ("…split the costs" and "50 with Berlin…").
    text = ("Germany agreed to split the costs 50/\n50 with its partners.\nAid and/\nor loans, 24/\n7 support.\n"
            "We stand with Ukraine in the fight 1/\n2/ And we will stay.")
    assert split_sentences(text) == ["Germany agreed to split the costs 50/50 with its partners.",
                                     "Aid and/or loans, 24/7 support.", "We stand with Ukraine in the fight",
                                     "And we will stay."]


def test_a_chinese_or_japanese_line_wrapped_inside_a_word_is_joined_without_a_space():
    # A line break between two Chinese or Japanese characters was joined with a space, inside
    # "集体" ("collective"), and "NATOの…安全の土" was taken for a heading for its capital "N",
    # so that "土" / "台" ("foundation") was cut into two statements.
    assert split_statements("NATOの結束こそが我が国の安全の土\n台です。") == [
        ("NATOの結束こそが我が国の安全の土台です。", None, 1)]
    assert split_sentences("我们坚定支持北大西洋\n公约组织的集\n体防御承诺。\n「北约」\n（NATO）很重要。") == [
        "我们坚定支持北大西洋公约组织的集体防御承诺。", "「北约」（NATO）很重要。"]
    # a line that ends in a Latin word, or opens with one, still takes its space, and a heading
    # set apart by a blank line stays one
    assert split_sentences("同盟国は\nNATO と協力する。\n\n防衛白書\n\n我们支持北约。") == [
        "同盟国は NATO と協力する。", "防衛白書", "我们支持北约。"]
    # A short line half in Latin capitals was still a heading: "私たちはNATO" / "の結束を支持します。"
    # and "我们支持 NATO" / "盟国的团结。" were each cut into two statements (a README check).
    assert split_sentences("私たちはNATO\nの結束を支持します。\n我们支持 NATO\n盟国的团结。") == [
        "私たちはNATO の結束を支持します。", "我们支持 NATO 盟国的团结。"]


def test_a_sentence_with_a_clause_after_a_name_is_no_sitting_tag():
    # "General Cavoli, who leads SACEUR, agreed. – We…" was read as a European Parliament tag:
    # the sentence vanished and "General Cavoli" became the speaker of what followed.
    report = ("President. – The next item is the debate on the eastern flank.\n"
              "General Cavoli, who leads SACEUR, agreed. – We need more troops.\n"
              "Mark Rutte, the Secretary General, was in Tapa. – He said so.\n"
              "Hilde Vautmans, on behalf of the Renew Group. – Madam President, the flank must hold.\n"
              "Nathalie Loiseau, rapporteur for the non-attached Members. – We agree.")
    assert split_speakers(report) == [
        ("The next item is the debate on the eastern flank.", "President"),
        ("General Cavoli, who leads SACEUR, agreed.", "President"), ("We need more troops.", "President"),
        ("Mark Rutte, the Secretary General, was in Tapa.", "President"), ("He said so.", "President"),
        ("Madam President, the flank must hold.", "Hilde Vautmans"), ("We agree.", "Nathalie Loiseau")]


def test_a_threads_post_numbers_are_left_out_and_dates_are_not():
    # "1/ NATO must…", "2/6 We…" and "(3/7) The…" kept the number in the statement, and "… 6/6"
    # ran on into the next post ("6/6 Since 9/11 the Alliance…").
    thread = ("1/ NATO must keep Ukraine in the fight. Our support cannot waver.\n"
              "2/6 We have sent more air defence than ever.\n(3/7) The eastern flank is stronger today.\n"
              "Allies stand together. 6/6\nSince 9/11 the Alliance has invoked Article 5 once.\n"
              "We work 24/7 on deterrence.\nThe vote on 1/2 was unanimous.\n9/11 changed everything.")
    assert split_sentences(thread) == [
        "NATO must keep Ukraine in the fight.", "Our support cannot waver.", "We have sent more air defence than ever.",
        "The eastern flank is stronger today.", "Allies stand together.",
        "Since 9/11 the Alliance has invoked Article 5 once.", "We work 24/7 on deterrence.",
        "The vote on 1/2 was unanimous.", "9/11 changed everything."]
    # outside a thread, "9/11" or a date opening a line is text
    assert split_sentences("9/11 changed NATO.\n3/4 of allies agreed.\nWe remember 9/11") == [
        "9/11 changed NATO.", "3/4 of allies agreed.", "We remember 9/11"]


def test_a_post_number_closing_a_post_is_left_out_with_or_without_a_full_stop():
    # "… stay. 1/" moved the "1/" onto the next post ("1/ We must arm Kyiv."), and posts
    # without a full stop ("… Kyiv (3/7)", "… matters 2/6") kept their numbers and ran on
    # into one statement.
    thread = "Sanctions must stay. 1/\nWe must arm Kyiv (3/7)\nThe east matters 2/6\nUnity is key 4/6\nOne more 5/\n"
    assert split_sentences(thread) == [
        "Sanctions must stay.", "We must arm Kyiv", "The east matters", "Unity is key", "One more"]
    # a date or "9/11" closing a line is still text where no thread has its total
    assert split_sentences("We remember 9/11\nThe summit ends 3/4\nWe agreed in 2024/") == [
        "We remember 9/11 The summit ends 3/4 We agreed in 2024/"]


def test_a_posts_closing_hashtags_stay_with_its_last_sentence():
    # "… with Ukraine. #NATO #StandWithUkraine" gave a statement "#NATO #StandWithUkraine Eastern
    # flank is secure." (the tags, then the next post), and a lone "#WeAreNATO" was a statement.
    posts = ("Today I met allied ministers in Vilnius. We stand with Ukraine. #NATO #StandWithUkraine\n"
             "Eastern flank is secure. #WeAreNATO\nProud of our troops #Poland #NATO\nMore shells are coming!\n"
             "We back #NATO\nand its allies.\nMODERATOR: #EU #Ukraine\nMark Rutte: We agree. @NATO")
    assert split_speakers(posts) == [
        ("Today I met allied ministers in Vilnius.", None), ("We stand with Ukraine. #NATO #StandWithUkraine", None),
        ("Eastern flank is secure. #WeAreNATO", None), ("Proud of our troops #Poland #NATO", None),
        ("More shells are coming!", None), ("We back #NATO and its allies.", None),
        ("We agree. @NATO", "Mark Rutte")]


def test_links_after_a_sentence_are_left_out_while_its_hashtags_stay():
    # Closing hashtags were kept with the sentence before them, and so were the links of the
    # same kind of piece: "The weather in Brussels is lovely today. https://www.nato.int/…unity"
    # became one statement, and the link's words made it unity (against) at 0.99, not none.
    post = ("The weather in Brussels is lovely today. https://www.nato.int/nato-allies-unity\n"
            "We stand with Ukraine. #NATO https://t.co/x1\nAllies must spend more. #NATO #Defence")
    statements = [text for text, _ in split_speakers(post)]
    assert statements == ["The weather in Brussels is lovely today.", "We stand with Ukraine. #NATO",
                          "Allies must spend more. #NATO #Defence"]
    assert stance.score_document(post).sentences["label"].iloc[0] == "none"

def test_a_posts_closing_short_link_without_a_scheme_is_left_out_as_one_with_it():
    # A newsroom's audit of a live feed: "pic.twitter.com/xyz123" after a post's last sentence
    # became a statement of its own (none, no_known_words), which halved the profile's share,
    # while "https://t.co/xyz123" was left out; and "t.co/4b3e865" alone was a statement where
    # "https://t.co/4b3e865" alone was furniture. The analyzer reads both as links.
    for link in ("pic.twitter.com/xyz123", "t.co/3xYz", "bit.ly/3xYz", "https://t.co/xyz123"):
        post = f"More Leopards for Ukraine! {link}"
        assert split_sentences(post) == ["More Leopards for Ukraine!"], link
        assert split_sentences(f"{post}\nAllies must spend more.") == ["More Leopards for Ukraine!",
                                                                        "Allies must spend more."], link
        assert split_sentences(f"We stand with Ukraine. #NATO {link}") == ["We stand with Ukraine. #NATO"], link
        assert split_sentences(f"We stand with Ukraine.\n{link}\n\nAllies agree.") == [
            "We stand with Ukraine.", "Allies agree."], link
    doc = stance.score_document("More Leopards for Ukraine! pic.twitter.com/xyz123")
    assert doc.sentences["text"].tolist() == ["More Leopards for Ukraine!"] and doc.profile.share.iloc[0] == 1.0
    for alone in ("t.co/4b3e865", "https://t.co/4b3e865"):
        with pytest.warns(stance.StanceWarning, match="no statements"):
            assert stance.score_document(alone).sentences.empty, alone
    # an e-mail address is one too: alone on its line it was joined to the next post's sentence
    assert split_sentences("Write to us.\npress@nato.int\nWe agree.") == ["Write to us.", "We agree."]
    # words with a slash are no link, and stay: "and/or", a score, "U.S./EU", a domain with no path
    for words in ("Spend more and/or deploy faster.", "We rate it 2.5/10.", "U.S./EU talks resumed.",
                  "Read more at nato.int today."):
        assert split_sentences(f"Allies agree. {words}") == ["Allies agree.", words], words


def test_a_posts_closing_links_go_whatever_ends_its_words():
    # An archivist's audit: a post's closing links went only after a full stop. "Proud to stand
    # with our Allies https://t.co/xyz" and "…our Allies 💪 pic.twitter.com/xyz" kept the link in
    # the statement's text, and a post below was joined to it, link in the middle.
    for link in ("https://t.co/xyz", "pic.twitter.com/xyz", "www.nato.int/x", "bit.ly/3xYz"):
        assert split_sentences(f"Proud to stand with our Allies {link}") == ["Proud to stand with our Allies"], link
        assert split_sentences(f"Proud to stand with our Allies 💪 {link}") == ["Proud to stand with our Allies 💪"]
        assert split_sentences(f"Proud of our troops {link} #NATO\nWe will never stop supporting Ukraine.") == [
            "Proud of our troops #NATO", "We will never stop supporting Ukraine."], link
        assert split_sentences(f"Full communique: {link}\nAllies agree.") == ["Full communique:", "Allies agree."]
    posts = "Proud to stand with our Allies https://t.co/xyz\nWe will never stop supporting Ukraine"
    assert stance.score_document(posts).sentences["text"].tolist() == [
        "Proud to stand with our Allies", "We will never stop supporting Ukraine"]
    # a link inside the words stays, and so does a line's that the sentence goes on from below
    assert split_sentences("Read www.nato.int/x today.") == ["Read www.nato.int/x today."]
    assert split_sentences("The plan is at www.nato.int/x\nand in the annex.") == [
        "The plan is at www.nato.int/x and in the annex."]


def test_a_dotted_or_mastodon_handle_is_a_posts_tag_as_an_undotted_one_is():
    # The lines of a feed took a handle for "@" and a word, where the analyzer reads
    # "@ukraine.bsky.social" and "@rutte@mastodon.social" as one handle: alone on a line, either
    # was a statement (none, no_known_words) where "@nato" was left out, under a post it began
    # the next post's sentence where "@nato" stayed with the post, and closing a post it did
    # not end it. Each is a mention, as "@nato" is; an e-mail address is still a link, left out.
    for handle in ("@nato", "@ukraine.bsky.social", "@rutte@mastodon.social", "@kyiv-independent.bsky.social"):
        assert split_sentences(handle) == [] and split_sentences(f"{handle}\n\nAllies agree.") == ["Allies agree."]
        assert split_sentences(f"We stand with Ukraine.\n{handle}\n\nAllies agree.") == [
            f"We stand with Ukraine. {handle}", "Allies agree."], handle
        assert split_sentences(f"We stand with Ukraine. {handle}\nallies agree.") == [
            f"We stand with Ukraine. {handle}", "allies agree."], handle
        assert split_sentences(f"Proud of our troops #NATO {handle}\nMore shells are coming!") == [
            f"Proud of our troops #NATO {handle}", "More shells are coming!"], handle
        assert split_sentences(f"We stand with Ukraine. 🇺🇦 {handle}\nallies agree.") == [
            f"We stand with Ukraine. 🇺🇦 {handle}", "allies agree."], handle
        with pytest.warns(stance.StanceWarning, match="no statements"):
            assert stance.score_document(f"{handle} #NATO").sentences.empty, handle
    # a handle's possessive is a sentence's word, and an address after a handle's "@" no address
    assert split_sentences("We agree.\n@nato's plan works.") == ["We agree.", "@nato's plan works."]
    assert split_sentences("Write to us.\npress@nato.int\nWe agree.") == ["Write to us.", "We agree."]


def test_emoji_and_tags_after_a_posts_last_sentence_stay_with_it():
    # A user audit: emoji after a post's last sentence were a statement of their own, flagged
    # no_known_words, which lowered the share of every target in the profile; emoji before a
    # post's closing hashtags took the tags with them, and a hashtag alone on its line under
    # a post was dropped.
    posts = "We stand with Ukraine. 🇺🇦💙💛\n\nWe will keep sending air defence to Kyiv. 🇺🇦"
    assert split_sentences(posts) == ["We stand with Ukraine. 🇺🇦💙💛", "We will keep sending air defence to Kyiv. 🇺🇦"]
    doc = stance.score_document(posts)
    assert doc.sentences.flag.isna().all() and doc.profile.share.iloc[0] == 1.0
    assert split_sentences("We keep the eastern flank safe! 🇪🇪 #WeAreNATO\nMore shells are coming!") == [
        "We keep the eastern flank safe! 🇪🇪 #WeAreNATO", "More shells are coming!"]
    assert split_sentences("Proud of our troops 💪 #NATO\nWe stand with Ukraine! 🇺🇦\nMore shells are coming!") == [
        "Proud of our troops 💪 #NATO", "We stand with Ukraine! 🇺🇦", "More shells are coming!"]
    # emoji between a post's sentences close the one before, on its line or on one of their own
    assert split_sentences("We stand with Ukraine. 🇺🇦 Allies agree. 💪🏽") == [
        "We stand with Ukraine. 🇺🇦", "Allies agree. 💪🏽"]
    assert split_sentences("We stand with Ukraine.\n🇺🇦🇺🇦\nAllies agree.") == [
        "We stand with Ukraine. 🇺🇦🇺🇦", "Allies agree."]
    # a hashtag alone on its line under a post goes with the post, as one after its last sentence does
    assert split_sentences("We stand with Ukraine.\n#StandWithUkraine\n\nAllies agree.") == [
        "We stand with Ukraine. #StandWithUkraine", "Allies agree."]
    assert split_sentences("Proud of our troops\n#NATO #WeAreNATO\n#Poland\nMore shells are coming!") == [
        "Proud of our troops #NATO #WeAreNATO #Poland", "More shells are coming!"]
    # a post of emoji alone is still a statement, and a line of tags under no post still furniture
    assert split_sentences("🇺🇦🇺🇦🇺🇦\n\n#NATO #WeAreNATO\n\nAllies agree.") == ["🇺🇦🇺🇦🇺🇦", "Allies agree."]


def test_tags_on_lines_below_a_post_ending_with_emoji_tags_or_a_link_stay_with_it():
    # An audit of the README ("closing hashtags … on lines of their own right below it"): a hashtag
    # or handle line under a post whose last line ended with emoji after its stop ("…our Allies.
    # 🇺🇦💙💛" / "#StandWithUkraine"), with tags or with a link was dropped, as that line closed the
    # post before the tags were read; without the emoji they were kept
    for post, kept in [
            ("Great day with our Allies. 🇺🇦💙💛\n#StandWithUkraine\n",
             "Great day with our Allies. 🇺🇦💙💛 #StandWithUkraine"),
            ("We stand with Ukraine! 💪\n#StandWithUkraine #NATO", "We stand with Ukraine! 💪 #StandWithUkraine #NATO"),
            ("Proud of our troops in Estonia. 🇪🇪\n@NATO @SecGenNATO",
             "Proud of our troops in Estonia. 🇪🇪 @NATO @SecGenNATO"),
            ("We stand with Ukraine. #NATO\n#StandWithUkraine", "We stand with Ukraine. #NATO #StandWithUkraine"),
            ("We stand with Ukraine. https://t.co/x1\n#StandWithUkraine", "We stand with Ukraine. #StandWithUkraine"),
            ("Great day. 🇺🇦\n#A https://t.co/x\n#B", "Great day. 🇺🇦 #A #B")]:
        assert split_sentences(post) == [kept], post
        assert stance.score_document(post).sentences.text.tolist() == [kept], post
    # the post still ends there: the next line's sentence is its own, and a tag line after a blank line is no one's
    assert split_sentences("Great day. 🇺🇦\n#StandWithUkraine\nWe agree.") == [
        "Great day. 🇺🇦 #StandWithUkraine", "We agree."]
    assert split_sentences("Great day. 🇺🇦\n\n#StandWithUkraine") == ["Great day. 🇺🇦"]


def test_emoji_opening_a_line_or_a_sentence_belong_to_it():
    # A reviewer: emoji at the start of a line or sentence were moved onto the statement before
    # ("…three things. 🇺🇦" / "We will support Ukraine. 🛡️"); they open their own sentence, as a bullet would
    plan = "Our plan has three things.\n🇺🇦 We will support Ukraine.\n🛡️ We will strengthen deterrence."
    assert split_sentences(plan) == [
        "Our plan has three things.", "🇺🇦 We will support Ukraine.", "🛡️ We will strengthen deterrence."]
    assert stance.sentences.split_statements("Our plan has three things.\n🇺🇦 We will support Ukraine.")[1] == (
        "🇺🇦 We will support Ukraine.", None, 2)
    # the same emoji before each of a line's sentences: bullets
    assert split_sentences("Three priorities: ✅ Defence spending. ✅ Support for Ukraine.") == [
        "Three priorities: ✅ Defence spending.", "✅ Support for Ukraine."]
    # after a sentence's end with no words after them on the line, or between a line's two sentences, they close it
    for post in ("We stand with Ukraine. 🇺🇦\nAllies agree.", "We stand with Ukraine.\n🇺🇦\nAllies agree.",
                 "We stand with Ukraine. 🇺🇦 Allies agree."):
        assert split_sentences(post) == ["We stand with Ukraine. 🇺🇦", "Allies agree."]


def test_many_hashtag_lines_under_a_post_are_read_in_linear_time(monkeypatch):
    # A reviewer: consecutive hashtag lines took 8.6 s at 2,000 lines and 55 s at 5,000, as the
    # foot of a page was looked for past every line, each time to the end of the text
    import stance.blocks as blocks
    import stance.pages as pages
    import stance.sentences as sentences
    import stance.transcripts as transcripts

    calls = 0
    page_mark = pages._is_page_mark

    def counted(*args):
        nonlocal calls
        calls += 1
        return page_mark(*args)

    monkeypatch.setattr(pages, "_is_page_mark", counted)
    monkeypatch.setattr(blocks, "_is_page_mark", counted)
    monkeypatch.setattr(transcripts, "_is_page_mark", counted)
    tags = [f"#tag{i}" for i in range(600)]
    assert sentences.split_statements("We stand.\n" + "\n".join(tags)) == [("We stand. " + " ".join(tags), None, 1)]
    assert calls < 5 * len(tags)  # a few per line, where each line's look scanned all below it (180,000)


SPEECHES = {
    "tapa.txt": "Q: Will NATO defend Estonia?\nSECRETARY GENERAL: Yes. We will defend every inch of allied "
                "territory. Estonia will never be alone.",
    "critic.txt": "We must stop sending weapons to Ukraine. The brigade in Lithuania should come home.",
    "blank.txt": "   \n",
    "thanks.txt": "Thank you all for coming. Enjoy the coffee.",
}


def test_many_documents_score_as_each_would_alone():
    together = stance.score_documents(SPEECHES)
    assert together.sentences.index.tolist() == list(range(len(together.sentences)))
    for name, text in SPEECHES.items():
        alone = stance.score_document(text)
        rows = together.sentences[together.sentences["document"] == name].drop(columns="document")
        pd.testing.assert_frame_equal(rows.reset_index(drop=True), alone.sentences.reset_index(drop=True))
        if len(alone.profile):
            part = together.profile.xs(name, level="document")
            pd.testing.assert_frame_equal(part, alone.profile, check_names=False)
        else:  # a blank or off-topic document takes no position: no profile rows
            assert name not in together.profile.index.get_level_values("document")


@pytest.mark.parametrize("given", [
    lambda: pd.Series(SPEECHES),
    lambda: pd.DataFrame({"body": list(SPEECHES.values())}, index=list(SPEECHES)),
])
def test_documents_may_be_a_series_or_a_frame_whose_index_names_them(given):
    expected = stance.score_documents(SPEECHES)
    got = stance.score_documents(given(), text_column="body")
    pd.testing.assert_frame_equal(got.sentences, expected.sentences)
    assert repr(got) == f"<DocumentScore: {len(expected.sentences)} statements in 4 documents>"  # the blank one too


def test_documents_named_by_a_multiindex_are_profiled_each():
    # A frame indexed by two columns (df.set_index(["outlet", "date"])) names each document
    # with a tuple, which profile took for the values of several columns: a ValueError from
    # inside pandas ("Length of names must match number of levels in MultiIndex").
    names = [("err", "2024-03-01"), ("lrt", "2024-03-01"), ("err", "2024-03-02"), ("lrt", "2024-03-02")]
    frame = pd.DataFrame({"text": list(SPEECHES.values())},
                         index=pd.MultiIndex.from_tuples(names, names=["outlet", "date"]))
    got = stance.score_documents(frame)
    expected = stance.score_documents(dict(zip(names, SPEECHES.values())))
    pd.testing.assert_frame_equal(got.sentences, expected.sentences)
    assert got.profile.index.names == ["document", "target"]
    assert got.profile.index.get_level_values("document").unique().tolist() == [names[0], names[1]]
    for name, text in zip(names, SPEECHES.values()):
        alone = stance.score_document(text).profile
        if len(alone):
            pd.testing.assert_frame_equal(got.profile.xs(name, level="document"), alone, check_names=False)


@pytest.mark.parametrize("documents, error, message", [
    ("We stand together.", stance.InvalidTypeError, "got a single str; use score_document"),
    (["a speech", "another"], stance.InvalidTypeError, "documents must name each text"),
    ({"a.txt": "fine", "b.txt": b"bytes"}, stance.InvalidTypeError, "the text of 'b.txt' must be a str, got bytes "
                                                                   r"\(decode bytes first"),
    (pd.Series(["x", "y"], index=["same", "same"]), stance.InvalidInputError, "'same' names 2 documents$"),
    # A newsroom journalist's audit: a name was listed once for each repeat, "'Reuters', 'Reuters' name two or
    # more": each is named once, with its count
    (pd.Series(["We stand with Ukraine.", "NATO is united.", "Spend more."], index=["Reuters"] * 3),
     stance.InvalidInputError, "each document needs a name of its own; 'Reuters' names 3 documents$"),
    (pd.Series(["x"] * 16, index=["AP"] * 3 + ["Reuters"] * 5 + list("abcdefg") + ["a"]), stance.InvalidInputError,
     r"; 'Reuters' \(5\), 'AP' \(3\), 'a' \(2\) each name two documents or more$"),
    (pd.DataFrame({"text": ["x"]}), stance.InvalidInputError, "text_column='body': no such column"),
])
def test_documents_that_cannot_be_told_apart_or_read_are_refused(documents, error, message):
    with pytest.raises(error, match=message):
        stance.score_documents(documents, text_column="body" if isinstance(documents, pd.DataFrame) else "text")


@pytest.mark.parametrize("names", [
    [("nato", 2024), ("critic", 2024), ("blank", 0), ("thanks", 0)],  # a MultiIndex
    [3, "3", 2.5, ("t", 1)],  # names of kinds that have no order among them
])
def test_documents_named_by_tuples_or_mixed_kinds_are_profiled_each(names):
    texts = list(SPEECHES.values())
    index = pd.MultiIndex.from_tuples(names) if all(isinstance(n, tuple) for n in names) else names
    docs = stance.score_documents(pd.DataFrame({"text": texts}, index=index))
    for name, text in zip(names, texts):
        alone = stance.score_document(text).profile
        if len(alone):
            rows = docs.profile[[document == name for document in docs.profile.index.get_level_values(0)]]
            assert rows.index.get_level_values(1).tolist() == alone.index.tolist()
            np.testing.assert_array_equal(rows.to_numpy(), alone.to_numpy())  # a NaN position too
    assert docs.profile.index.names == ["document", "target"]
    # From an audit: print() of tuple names dropped the profile's header "document"
    profile_lines = str(docs).split("\nProfile\n")[1].splitlines()
    assert profile_lines[1].split() == ["document", "target"]


@pytest.mark.parametrize("names", [[None, math.nan], [1, True], [0, 0.0], ["", " "], [None, "\t"],
                                   ["(missing)", ""], [math.nan, "(missing)"]])
def test_documents_whose_names_the_profile_groups_together_are_refused(names):
    # Told apart by their repr, they were profiled as one document (the shares over both): equal
    # names, which pandas groups together, and from an audit, blank and missing names, which the
    # profile pools as its group "(missing)" (with a "(missing)" it was refused, but as by='document').
    documents = pd.Series(["We have a one-speed NATO.", "Arm Ukraine now."], index=pd.Index(names, dtype=object))
    with pytest.raises(stance.InvalidInputError,
                       match=rf"^documents: {re.escape(repr(names[0]))} and {re.escape(repr(names[1]))} would be one "
                             r"document in the profile"):
        stance.score_documents(documents)
    alone = stance.score_documents(pd.Series(["Arm Ukraine now."], index=pd.Index(names[1:], dtype=object)))
    # one document alone so named (NaN, blank, "(missing)") is the group "(missing)"
    pooled = names[1] != names[1] or (isinstance(names[1], str) and names[1].strip() in ("", "(missing)"))
    assert alone.profile.index.tolist() == [("(missing)" if pooled else names[1], "ukraine_support")]


@pytest.mark.parametrize("name", ["", " ", None, math.nan])
def test_a_document_of_a_missing_name_is_shown_as_the_profiles_group_missing(name):
    # From a notebook audit: the footnote of documents with no target checked the name as given, so
    # a document named "" (None, NaN) whose statements are the profile's row "(missing)" was also
    # said to have "no statement on a target", as ": …" ("None: …", "nan: …").
    texts = pd.Series(["NATO must stay united.", "Rain.", "Deterrence works."],
                      index=pd.Index(["a.txt", "b", name], dtype=object))
    docs = stance.score_documents(texts)
    assert ("(missing)", "deterrence") in docs.profile.index
    printed = str(docs)
    assert printed.endswith("\nb: no statement on a target (no target found)")
    assert printed.count("no statement on a target") == 1
    # The statements table names it as the profile does, in print and in the notebook; the data keeps it.
    assert re.search(r"^2 +\(missing\) +1 +deterrence", printed, re.MULTILINE)
    assert "<td>(missing)</td>" in docs._repr_html_()
    assert docs.sentences["document"].iloc[2] is name or (name != name and docs.sentences["document"].isna().iloc[2])
    # One without a target is listed under the profile's name for it.
    texts = pd.Series(["NATO must stay united.", "Rain."], index=pd.Index(["a.txt", name], dtype=object))
    assert str(stance.score_documents(texts)).endswith("\n(missing): no statement on a target (no target found)")


def test_the_notebook_view_of_documents_names_those_with_no_target_as_print_does():
    # From a notebook audit: print(docs) said "b: no statement on a target (no target found)" under the
    # profile, the notebook's view (text/html) of the same object named no such document.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the blank document "c" is warned of
        docs = stance.score_documents({"a.txt": "NATO must stay united.", "b<i>": "Rain.", "c": ""})
    assert str(docs).endswith("\nb<i>: no statement on a target (no target found)\nc: no statements")
    page = docs._repr_html_()
    assert ("</table><p>b&lt;i&gt;: no statement on a target (no target found)</p>"
            "<p>c: no statements</p><p><b>2 statements") in page
    # Every document with a target: no such line, in either view.
    whole = stance.score_documents({"a.txt": "NATO must stay united."})
    assert "no statement on a target" not in str(whole) + whole._repr_html_()



def test_a_document_of_no_statements_is_listed_as_having_none_as_its_warning_says():
    # A journalist's audit: an empty file among others was warned of on stderr as blank, "it has no
    # statements", and listed under the profile as "bad/empty.txt: no statement on a target (no target
    # found)", as if its statements were all off-topic. Blank, furniture alone or missing, it has none.
    texts = {"a.txt": "NATO must stay united.", "b.txt": "Rain.", "empty.txt": "", "applause.txt": "(Applause)",
             "gone.txt": None}
    with pytest.warns(UserWarning) as caught:
        docs = stance.score_documents(texts)
    said = " ".join(str(warning.message) for warning in caught)
    assert "'empty.txt' is blank: it has no statements" in said and "'applause.txt' has no statements" in said
    assert str(docs).endswith("\nb.txt: no statement on a target (no target found)\nempty.txt: no statements\n"
                              "applause.txt: no statements\ngone.txt: no statements")
    assert "<p>empty.txt: no statements</p>" in docs._repr_html_()
    # Kept to some speakers, a document of statements none of them made still has statements.
    texts = {"a.txt": "RUTTE: NATO must stay united.\nQ: Why?", "b.txt": "Q: Will you?", "c.txt": ""}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kept, _ = stance.score_documents(texts)._of_speakers(["RUTTE"])
    assert str(kept).endswith("\nb.txt: no statement by the speakers chosen (speakers='RUTTE'; its speakers: Q)"
                              "\nc.txt: no statements")


def test_the_notebook_view_lists_documents_with_no_target_only_up_to_the_tables_rows():
    # A review: 2,000 such paragraphs under tables cut to 60 rows made the view of 3,000
    # documents five times larger; the rest is counted, as print(docs) lists them all.
    texts = {f"d{number}": "NATO must stay united." if number % 3 == 0 else "Rain." for number in range(300)}
    docs = stance.score_documents(texts)
    with pd.option_context("display.max_rows", 10):
        page = docs._repr_html_()
    assert page.count(": no statement on a target (no target found)</p>") == 10
    assert "… and 190 more documents with no statement on a target" in page
    assert str(docs).count("no statement on a target") == 200
    # display.max_rows 0 shows every row of pandas' tables, and so every such document.
    with pd.option_context("display.max_rows", 0):
        assert docs._repr_html_().count(": no statement on a target (no target found)</p>") == 200
    with pd.option_context("display.max_rows", 199):
        assert "… and 1 more document with no statement on a target" in docs._repr_html_()

def test_a_by_column_named_like_the_profiles_own_names_or_given_twice_is_refused():
    # From an audit: by="target" made an index of two levels named "target", on which the
    # README's unstack("target") failed; by="n" (a profile column) broke reset_index(); and
    # by=["party", "party"] gave the levels party, party, target.
    scored = pd.DataFrame({"labels": ["unity", "deterrence"], "stance": ["favor", "against"],
                           "target": ["gov", "opp"], "n": [1, 2], "party": ["a", "b"]})
    with pytest.raises(stance.InvalidInputError, match=r"^by='target': the profile's index names its targets "
                       r"'target'.*rename the column \(scored\.rename\(columns=\{'target': 'target_group'\}\)\)"):
        profile(scored, by="target")
    with pytest.raises(stance.InvalidInputError, match=r"^by='n': the profile has a column 'n' .*reset_index"):
        profile(scored, by=["party", "n"])
    with pytest.raises(stance.InvalidInputError, match=r"^by: 'party' is given twice; name each column once$"):
        profile(scored, by=["party", "party"])
    renamed = profile(scored.rename(columns={"target": "target_group"}), by="target_group")
    assert renamed.share.unstack("target", fill_value=0).to_dict() == {"deterrence": {"gov": 0.0, "opp": 1.0},
                                                                        "unity": {"gov": 1.0, "opp": 0.0}}


def test_a_profile_per_speaker_of_each_document():
    docs = stance.score_documents(SPEECHES)
    by_speaker = profile(docs.sentences, by=["document", "speaker"])
    rows = docs.sentences
    answers = rows[(rows["document"] == "tapa.txt") & (rows["speaker"] == "SECRETARY GENERAL")]
    pd.testing.assert_frame_equal(by_speaker.xs(("tapa.txt", "SECRETARY GENERAL"), level=[0, 1]), profile(answers),
                                  check_names=False)


def _politicians() -> pd.DataFrame:
    # A fact-checker's table: a speech per row, with who said it, when and where.
    return pd.DataFrame({"text": ["We must arm Ukraine. NATO is strong.", "   ", "Thank you all for coming.",
                                  "Arm Ukraine now."],
                         "speaker": ["Kowalczyk", "Nowak", None, "Kowalczyk"],
                         "date": pd.to_datetime(["2024-02-20", "2024-02-21", "2024-03-01", "2024-03-05"]),
                         "outlet": pd.Categorical(["Sejm", "Sejm", "TVP", "TVP"]),
                         "label": ["ukraine_support", None, "none", "ukraine_support"]},
                        index=["a.txt", "b.txt", "c.txt", "d.txt"])


def test_a_frames_other_columns_are_carried_onto_each_statement_of_its_document():
    # They were dropped, and the input's speaker was replaced by the transcript's (None here).
    frame = _politicians()
    rows = stance.score_documents(frame).sentences
    own = stance.score_documents(frame[["text"]]).sentences
    # Named like one of the output's own columns, speaker and label come as input_<name>.
    assert rows.columns.tolist() == ["document", "input_speaker", "date", "outlet", "input_label",
                                     *own.columns.drop("document")]
    pd.testing.assert_frame_equal(rows[own.columns], own)  # the scores are as they were
    assert rows["document"].tolist() == ["a.txt", "a.txt", "c.txt", "d.txt"]  # the blank b.txt has no rows
    assert rows["input_speaker"].tolist()[:2] == ["Kowalczyk", "Kowalczyk"]
    assert rows["input_speaker"].isna().tolist() == [False, False, True, False]  # missing as the frame has it
    assert rows["input_speaker"].dtype == frame["speaker"].dtype
    assert rows["speaker"].tolist() == [None, None, None, None]  # no transcript tags
    assert rows["date"].dtype == frame["date"].dtype and rows["date"].dtype.kind == "M"  # datetimes still
    assert rows["date"].tolist() == [pd.Timestamp("2024-02-20")] * 2 + [pd.Timestamp("2024-03-01"),
                                                                        pd.Timestamp("2024-03-05")]
    assert rows["outlet"].dtype == pd.CategoricalDtype(["Sejm", "TVP"])
    assert rows["outlet"].tolist() == ["Sejm", "Sejm", "TVP", "TVP"]
    assert rows["input_label"].tolist() == ["ukraine_support", "ukraine_support", "none", "ukraine_support"]


def test_a_profile_by_the_carried_speaker_and_date():
    rows = stance.score_documents(_politicians()).sentences
    by = profile(rows, by=["input_speaker", "date"])
    assert by.index.names == ["input_speaker", "date", "target"]
    first = rows[rows["document"] == "a.txt"]  # Kowalczyk's speech of 20 February, alone
    pd.testing.assert_frame_equal(by.xs(("Kowalczyk", pd.Timestamp("2024-02-20")), level=[0, 1]), profile(first),
                                  check_names=False)


def test_a_profile_by_the_splits_speaker_missing_throughout_points_to_the_carried_one():
    # From an audit: score_documents renames the input's speaker input_speaker (as documented),
    # and profile(sentences, by="speaker") then put every statement in "(missing)" without a
    # word, the split's own speaker missing with no transcript tags to fill it.
    frame = pd.DataFrame({"text": ["We need more tanks. Not one more cent for Kyiv.",
                                   "We have a one-speed NATO. Bring the brigade home."],
                          "speaker": ["Smith", "Jones"], "party": ["A", "B"]})
    with pytest.warns(stance.StanceWarning) as warned:
        rows = stance.score_documents(frame).sentences
    assert [str(w.message) for w in warned] == [
        "the documents' column 'speaker' comes as 'input_speaker' beside the statements' own 'speaker', which a "
        "transcript's tags name and which none of them has here: profile by='input_speaker' to group by yours"]
    with pytest.warns(stance.StanceWarning) as warned:
        lumped = profile(rows, by="speaker")
    assert [str(w.message) for w in warned] == [
        "by='speaker' is missing in every row, so the profile has one group, '(missing)'; scored has a column "
        "'input_speaker', as stance.score_documents names its documents' column 'speaker' beside its own: "
        "pass by='input_speaker' to group by it"]
    assert set(lumped.index.get_level_values("speaker")) == {"(missing)"}  # as asked, all the same
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert set(profile(rows, by="input_speaker").index.get_level_values("input_speaker")) == {"Smith", "Jones"}
        # where tags named the speakers, both columns say something: no warning
        tagged = frame.assign(text=["SMITH: We need more tanks.", "JONES: We have a one-speed NATO."])
        rows = stance.score_documents(tagged).sentences
        assert rows["speaker"].tolist() == ["SMITH", "JONES"]
        profile(rows, by="speaker")
        # nor without a carried speaker
        profile(stance.score_documents(frame[["text"]]).sentences, by="speaker")


def test_a_carried_column_named_like_a_taken_input_name_gets_a_free_one():
    frame = pd.DataFrame({"text": ["Arm Ukraine now."], "speaker": ["Nowak"], "input_speaker": ["x"]}, index=["a"])
    rows = stance.score_documents(frame).sentences
    assert rows[["input_speaker_2", "input_speaker", "speaker"]].values.tolist() == [["Nowak", "x", None]]


def test_columns_chooses_which_of_a_frames_columns_are_carried():
    # Every column was carried onto every statement: a 50 KB html column of 100 speeches
    # (12,000 statements) took 787 MB where 216 MB did without it.
    frame = _politicians()
    own = stance.score_documents(frame[["text"]]).sentences
    rows = stance.score_documents(frame, columns=["date", "speaker"]).sentences  # in the order asked
    assert rows.columns.tolist() == ["document", "date", "input_speaker", *own.columns.drop("document")]
    assert rows["date"].dtype == frame["date"].dtype
    assert rows["input_speaker"].tolist()[:2] == ["Kowalczyk", "Kowalczyk"]
    pd.testing.assert_frame_equal(stance.score_documents(frame, columns=[]).sentences, own)
    assert stance.score_documents(frame, columns=None).sentences.columns.tolist()[1:5] == [
        "input_speaker", "date", "outlet", "input_label"]  # None: all of them, as before


def test_to_dict_is_json_ready_with_carried_columns():
    # A carried datetime column made json.dumps(doc.to_dict()) fail, which stance document --json
    # prints: "Object of type Timestamp is not JSON serializable".
    import datetime
    import json

    import numpy as np

    frame = pd.DataFrame({"text": ["Arm Ukraine now.", "Thank you all for coming."],
                          "date": pd.to_datetime(["2024-02-20 09:30", None]),
                          "outlet": pd.Categorical(["Sejm", None]),
                          "seats": [3, np.nan],  # an int column with a gap: floats to pandas
                          "votes": pd.array([12, None], dtype="Int64"),
                          "live": [True, False],
                          "month": [pd.Period("2024-02", "M"), datetime.date(2024, 3, 1)]},
                         index=["a.txt", "b.txt"])
    doc = stance.score_documents(frame)
    rows = json.loads(json.dumps(doc.to_dict(), allow_nan=False))["sentences"]
    carried = [{key: row[key] for key in frame.columns.drop("text")} for row in rows]
    assert carried == [{"date": "2024-02-20T09:30:00", "outlet": "Sejm", "seats": 3.0, "votes": 12, "live": True,
                        "month": "2024-02"},
                       {"date": None, "outlet": None, "seats": None, "votes": None, "live": False,
                        "month": "2024-03-01"}]
    assert [row["text"] for row in rows] == frame["text"].tolist()
    # the scores come as they did
    assert rows[0]["label"] == doc.sentences["label"].iloc[0] and rows[0]["statement"] == 0
    assert rows[0]["confidence"] == doc.sentences["confidence"].iloc[0]
    assert json.loads(json.dumps(doc.to_dict()))["profile"] == doc.profile.reset_index().to_dict(orient="records")


def test_to_dict_writes_an_infinite_carried_value_as_null_as_json_has_no_infinity():
    # A user audit: a carried score of inf came through to_dict() as inf, which
    # json.dumps(d, allow_nan=False) refuses (and json.dumps writes as Infinity, no JSON).
    import json

    import numpy as np

    frame = pd.DataFrame({"text": ["NATO must stay united.", "Lunch.", "Arm Ukraine now."],
                          "score": [float("inf"), 1.0, -float("inf")],
                          "weight": np.array([np.inf, 2.0, -np.inf], dtype=np.float32),
                          "marks": [[1.0, float("inf")], [], [float("-inf")]]})
    rows = json.loads(json.dumps(stance.score_documents(frame).to_dict(), allow_nan=False))["sentences"]
    assert [(row["score"], row["weight"], row["marks"]) for row in rows] == [
        (None, None, [1.0, None]), (1.0, 2.0, []), (None, None, [None])]


def test_columns_refuses_names_the_frame_lacks_and_what_is_not_a_list_of_its_columns():
    frame = _politicians()
    with pytest.raises(stance.InvalidInputError, match=r"columns: 'html', 'Speaker' are not columns of the "
                                                       r"documents; they have 'speaker', 'date', 'outlet', 'label'"):
        stance.score_documents(frame, columns=["speaker", "html", "Speaker"])
    with pytest.raises(stance.InvalidInputError, match=r"columns: 'text' is text_column, the text scored"):
        stance.score_documents(frame, columns=["text"])
    with pytest.raises(stance.InvalidInputError, match=r"columns: 'date' is given twice"):
        stance.score_documents(frame, columns=["date", "date"])
    with pytest.raises(stance.InvalidTypeError, match=r"columns must be a list of column names or None, got "
                                                      r"str; for one column, columns=\['speaker'\]"):
        stance.score_documents(frame, columns="speaker")
    with pytest.raises(stance.InvalidInputError, match=r"columns: only a DataFrame has columns to carry"):
        stance.score_documents({"a": "Arm Ukraine now."}, columns=["speaker"])
    assert len(stance.score_documents({"a": "Arm Ukraine now."}, columns=[]).sentences) == 1


def test_a_carried_column_name_that_two_columns_have_is_refused_as_a_text_column_is():
    # From an audit: a frame with columns "x" and "x" had each carried twice onto its statements,
    # "x x x x" with the values 1 2 1 2; a text column named twice was refused.
    frame = pd.DataFrame([["Arm Ukraine now.", 1, 2, 3]], columns=["text", "x", "x", "y"])
    with pytest.raises(stance.InvalidInputError, match=r"^documents: 2 columns are named 'x', .*; rename the "
                                                       r"duplicates, or pass columns= the ones to carry$"):
        stance.score_documents(frame)
    with pytest.raises(stance.InvalidInputError, match=r"^columns: 'x' names 2 columns of the documents; rename the "
                                                       r"duplicates$"):
        stance.score_documents(frame, columns=["y", "x"])
    rows = stance.score_documents(frame, columns=["y"]).sentences  # the others are no matter
    assert rows.columns[:3].tolist() == ["document", "y", "text"] and rows.y.tolist() == [3]


def test_names_beginning_with_a_capital_beyond_a_to_z_are_speakers():
    transcript = ("Željana Zovko: We stand with Ukraine.\n"
                  "ŠEFČOVIČ: Yes. We agree.\n"
                  "Ілля Кива: Ні.\n"
                  "Mr Šefčovič: Again, yes.\n"
                  "Ödön Szabó, on behalf of the PPE Group. – Madam President, the flank must hold.")
    assert split_speakers(transcript) == [
        ("We stand with Ukraine.", "Željana Zovko"), ("Yes.", "ŠEFČOVIČ"), ("We agree.", "ŠEFČOVIČ"),
        ("Ні.", "Ілля Кива"), ("Again, yes.", "Mr Šefčovič"),
        ("Madam President, the flank must hold.", "Ödön Szabó"),
    ]


@pytest.mark.parametrize(("transcript", "expected"), [
    # full-width colons after Latin names, with a space after them or none
    ("Q： Will NATO send more troops?\nRUTTE：Yes, we will.\nQ：And tanks? A：Yes.",
     [("Will NATO send more troops?", "Q"), ("Yes, we will.", "RUTTE"), ("And tanks?", "Q"), ("Yes.", "A")]),
    ("发言人：我们反对北约东扩。北约的扩张威胁地区稳定！\n记者：你们如何回应？\n发言人：我们呼吁各方保持克制。",
     [("我们反对北约东扩。", "发言人"), ("北约的扩张威胁地区稳定！", "发言人"), ("你们如何回应？", "记者"),
      ("我们呼吁各方保持克制。", "发言人")]),
    ("司会﹕会見を始めます。\n官房長官（内閣）：同盟は揺るがない。\n記者2:防衛費は？",
     [("会見を始めます。", "司会"), ("同盟は揺るがない。", "官房長官"), ("防衛費は？", "記者2")]),
    ("المتحدث: نرفض توسع الناتو؟ لا نقبل ذلك!\nالصحفي: ما رأيكم في ميزانية الدفاع؟\nالمتحدث: نرفض زيادتها.",
     [("نرفض توسع الناتو؟", "المتحدث"), ("لا نقبل ذلك!", "المتحدث"), ("ما رأيكم في ميزانية الدفاع؟", "الصحفي"),
      ("نرفض زيادتها.", "المتحدث")]),
    ("प्रवक्ता: हम नाटो के विस्तार का विरोध करते हैं। यह खतरा है।\nपत्रकार: आपकी क्या राय है।",
     [("हम नाटो के विस्तार का विरोध करते हैं।", "प्रवक्ता"), ("यह खतरा है।", "प्रवक्ता"), ("आपकी क्या राय है।", "पत्रकार")]),
    # a question's and an answer's tags give "Q" and "A", as "Frage:" and "Antwort:" do
    ("问：北约会继续扩张吗？\n答：我们不知道。", [("北约会继续扩张吗？", "Q"), ("我们不知道。", "A")]),
    ("質問：増額しますか？\n回答：はい。", [("増額しますか？", "Q"), ("はい。", "A")]),
    ("سؤال: هل ستزيدون الإنفاق؟\nجواب: نعم.", [("هل ستزيدون الإنفاق؟", "Q"), ("نعم.", "A")]),
    # Hebrew's words too (from an Arabic and Hebrew analyst's audit); not Arabic's short "س:"/"ج:",
    # list letters too, so that "أ:", "ب:", "ج:", "د:" are named alike (a review)
    ("س: هل ستزيدون الإنفاق؟\nج: نعم.", [("هل ستزيدون الإنفاق؟", "س"), ("نعم.", "ج")]),
    ("שאלה: האם תגדילו את התקציב?\nתשובה: כן.", [("האם תגדילו את התקציב?", "Q"), ("כן.", "A")]),
    ("प्रश्न: क्या आप सहमत हैं?\nउत्तर: हाँ।", [("क्या आप सहमत हैं?", "Q"), ("हाँ।", "A")]),
    # a clause of speaking before a quotation is no tag, nor is a name one line alone opens
    ("他说：北约必须团结。\n外长强调：我们支持乌克兰。\n他说：这很重要。",
     [("他说：北约必须团结。", None), ("外长强调：我们支持乌克兰。", None), ("他说：这很重要。", None)]),
    ("قال الوزير: سندعم الحلف.\nوأضاف: هذا واجبنا.\nउन्होंने कहा: हम तैयार हैं।",
     [("قال الوزير: سندعم الحلف.", None), ("وأضاف: هذا واجبنا.", None), ("उन्होंने कहा: हम तैयार हैं।", None)]),
    ("北约：我们团结一致。\n各国领导人今天会面。", [("北约：我们团结一致。", None), ("各国领导人今天会面。", None)]),
    # in a transcript such a clause stays its speaker's words, and a long run before a colon is a sentence
    ("发言人：我们反对。\n他说：北约必须团结。\n外交部发言人昨天在记者会上回答：不会。\n记者：好。",
     [("我们反对。", "发言人"), ("他说：北约必须团结。", "发言人"),
      ("外交部发言人昨天在记者会上回答：不会。", "发言人"), ("好。", "记者")]),
])
def test_names_in_scripts_without_capitals_and_full_width_colons_make_tags(transcript, expected):
    # From an audit: a tag was read only after a capital and before an ASCII colon, so no
    # Chinese, Japanese, Arabic or Hindi transcript had a speaker, and "Q： Will NATO…" kept its
    # "Q：" in the statement. A short name ending in a colon is a tag in a transcript, which two
    # such lines make, as a name in ordinary case is; a clause of saying is none.
    assert split_speakers(transcript) == expected


@pytest.mark.parametrize(("transcript", "expected"), [
    # the Knesset's record tags its chair and members by title, a Hebrew acronym written with a
    # gershayim, as an ASCII double quote or as U+05F4
    ('היו"ר אמיר אוחנה:\nאנחנו תומכים באוקראינה.\nח"כ יולי אדלשטיין (הליכוד):\nלא נתמוך.\n'
     "היו\u05f4ר אמיר אוחנה:\nתודה רבה.",
     [("אנחנו תומכים באוקראינה.", 'היו"ר אמיר אוחנה'), ("לא נתמוך.", 'ח"כ יולי אדלשטיין'),
      ("תודה רבה.", "היו\u05f4ר אמיר אוחנה")]),
    ('רה"מ: אנחנו תומכים.\nהמזכ\u05f4ל: נתמוך.',
     [("אנחנו תומכים.", 'רה"מ'), ("נתמוך.", "המזכ\u05f4ל")]),
    # a quotation is no acronym: its marks do not stand between two Hebrew letters
    ('הדובר: אנחנו תומכים.\n"כן": נתמוך.\nכן": נתמוך.\nהכתב: טוב.',
     [("אנחנו תומכים.", "הדובר"), ('"כן": נתמוך.', "הדובר"), ('כן": נתמוך.', "הדובר"), ("טוב.", "הכתב")]),
    # nor does an English quotation before a colon become a tag
    ('RUTTE: We are united.\nHe said "yes": we agree.\nThe "Chair": a role.\nKALLAS: Good.',
     [("We are united.", "RUTTE"), ('He said "yes": we agree.', "RUTTE"), ('The "Chair": a role.', "RUTTE"),
      ("Good.", "KALLAS")]),
])
def test_a_hebrew_title_written_with_a_gershayim_makes_a_tag(transcript, expected):
    # From an Arabic and Hebrew analyst's audit: a caseless name had no room for the gershayim a
    # Hebrew acronym is written with, so 'היו"ר אמיר אוחנה:' stayed glued to the statement and was
    # scored, though 'אמיר אוחנה:' was a tag. A gershayim between two Hebrew letters is now a
    # name's letter; a quotation mark elsewhere is not.
    assert split_speakers(transcript) == expected


def test_a_running_header_padded_to_its_page_number_is_furniture():
    # PDF text laid out as printed (pdftotext -layout) pads a header to the page number at
    # the right margin, or puts the number at the left on facing pages: each page's header
    # was scored as a statement, since the padded line was too long to be a header.
    pad = " " * 40
    speech = (f"NATO Parliamentary Assembly — Spring Session 2026{pad}1\nWe must invest in deterrence.\n"
              f"2{pad}NATO Parliamentary Assembly — Spring Session 2026\nWe stand with Ukraine.\n"
              f"NATO Parliamentary Assembly — Spring Session 2026{pad} 13\nThe Alliance is united.")
    assert split_sentences(speech) == ["We must invest in deterrence.", "We stand with Ukraine.",
                                       "The Alliance is united."]


def test_a_sentence_ending_in_a_superscript_or_quoted_footnote_marker_ends():
    # A web page or Word document copies its footnote markers as superscripts, which PDF
    # text has as digits: "…since 2022.¹ We can…" ran on into the next sentence, and a
    # marker after a closing quote was cut from its sentence and led the next ('”2 It…').
    speech = ("The security environment has changed since 2022.¹ We can no longer assume peace.\n"
              "He said \u201cwe are not alone.\u201d\u00b2 It was true. She said \u201cnever.\u201d3 "
              "It was not. They said \"yes.\"4 Then they left.")
    assert split_sentences(speech) == [
        "The security environment has changed since 2022.¹", "We can no longer assume peace.",
        "He said \u201cwe are not alone.\u201d\u00b2", "It was true.", "She said \u201cnever.\u201d3",
        "It was not.", "They said \"yes.\"4", "Then they left."]
    # a superscript that is no footnote marker stays inside its sentence
    assert split_sentences("We guard 10 km² of land. It is ours.") == ["We guard 10 km² of land.", "It is ours."]


def test_a_footnote_marker_stays_with_its_sentence_before_one_that_opens_with_a_number():
    # A marker ran its sentence on into the next when that one opened with a number
    # ("…threat.1" / "30 allies…" was one statement), and a bracketed marker ("2024.[3]", as a
    # web page copies it) was moved to the start of the next statement.
    cases = [("Russia is the most direct threat.1\n30 allies must respond.",
              ["Russia is the most direct threat.1", "30 allies must respond."]),
             ("Russia is the most direct threat.1 30 allies must respond.",
              ["Russia is the most direct threat.1", "30 allies must respond."]),
             ("Russia is the main threat.¹\n32 allies agree.", ["Russia is the main threat.¹", "32 allies agree."]),
             ("Allies agreed to send air defence to Ukraine.1\n2:45 P.M. EST is when we met.",
              ["Allies agreed to send air defence to Ukraine.1", "2:45 P.M. EST is when we met."]),
             ("Defence spending rose to 2.1% in 2024.[3]\n32 allies now meet the target.",
              ["Defence spending rose to 2.1% in 2024.[3]", "32 allies now meet the target."]),
             ("Russia is the direct threat.[3][12] Allies must respond.",
              ["Russia is the direct threat.[3][12]", "Allies must respond."])]
    for text, expected in cases:
        assert split_sentences(text) == expected, text
        assert stance.score_document(text).sentences.text.tolist() == expected, text
    # a sentence that ends in a number before one that opens with one, decimals, versions,
    # an abbreviation before its number and a list's marker after a sentence stay as they were
    assert split_sentences("NATO has 32 members. 32 allies met.") == ["NATO has 32 members.", "32 allies met."]
    assert split_sentences("It rose 2.1 per cent. Article 5.1 says so. See Art.5 30 allies.") == [
        "It rose 2.1 per cent.", "Article 5.1 says so.", "See Art.5 30 allies."]
    assert split_sentences("We agreed.\n[1] Allies must respond.") == ["We agreed.", "[1] Allies must respond."]


def test_hansards_per_cent_ends_no_sentence_and_its_official_report_citations_are_left_out():
    # An archivist's audit: "per cent." before a word in lower case cut a sentence ("We spend
    # 2 per cent." and "of GDP on defence."), and a bracketed citation of the Official Report
    # became two statements of the Member's, cut at its "c.".
    assert split_sentences("We spend 2 per cent. of GDP on defence.") == ["We spend 2 per cent. of GDP on defence."]
    assert split_sentences("We spend 2 per cent.\nof GDP on defence. It rose 2.1 per cent. Article 5 holds.") == [
        "We spend 2 per cent. of GDP on defence.", "It rose 2.1 per cent.", "Article 5 holds."]
    # a post all in lower case ends a sentence there, as after any word
    assert split_sentences("we spend 2 per cent. more tanks now.") == ["we spend 2 per cent.", "more tanks now."]
    debate = ("Mr Harding: I said so before. [Official Report, 3 February 2025; Vol. 759, c. 12.]\nWe agree.\n"
              "Mr Francois: As the Minister said [Official Report, 3 February 2025;\nVol. 759, c. 12.] we stand firm.\n"
              "(Official Report figures show it.)\n")
    assert split_speakers(debate) == [("I said so before.", "Mr Harding"), ("We agree.", "Mr Harding"),
                                      ("As the Minister said we stand firm.", "Mr Francois"),
                                      ("(Official Report figures show it.)", "Mr Francois")]


def test_a_rule_or_ornament_line_is_no_statement():
    # The rule above a PDF's footnotes and the stars between a speech's parts were scored as
    # statements ("_______________" got a label and a confidence of its own).
    speech = "We stand together.\n_______________\n* * *\n. . .\n———\n1 See para. 6.\n\n🇺🇦🇺🇦"  # emoji alone: a post
    assert split_sentences(speech) == ["We stand together.", "1 See para. 6.", "🇺🇦🇺🇦"]


@pytest.mark.parametrize("text", [
    "Rev. King agreed.", "The Sec. Gen. said we are united.", "Check sec. 3 of the communiqué.",
    "Ambassador Smith (ret.) agreed.", "Brig. Gen. (ret.) Ben Hodges said it.",
    "Gens. Smith and Jones agreed.", "Cpl. Brown and Pte. Green served.", "Messrs. Smith and Jones agreed.",
])
def test_titles_and_ranks_of_hearings_do_not_end_a_sentence(text):
    # "Rev. King agreed." was three statements ('Rev.', 'King agreed.'), "The Sec. Gen. said…" two.
    assert split_sentences(f"{text} NATO is strong.") == [text, "NATO is strong."]


@pytest.mark.parametrize("label", ["INTERVIEW", "Interview", "FULL TEXT", "Speech", "STATEMENT", "Readout"])
def test_a_headline_saying_what_the_text_is_names_no_speaker(label):
    # "INTERVIEW: “We will not leave the Baltics alone”" above a Q./A. transcript made
    # "INTERVIEW" a speaker, profiled as one with stances of its own.
    transcript = f"{label}: “We will not leave the Baltics alone”\n\nQ. Is NATO united?\nA. Yes. We are."
    assert split_speakers(transcript) == [(f"{label}: “We will not leave the Baltics alone”", None),
                                          ("Is NATO united?", "Q"), ("Yes.", "A"), ("We are.", "A")]


def test_a_web_pages_publication_line_is_furniture():
    # "Published 3 March 2026 | https://…" under an interview's headline was joined to it and
    # scored, link and all; a date alone on its line was already left out.
    page = ("“We will not leave the Baltics alone”\nPublished 3 March 2026 | https://example.org/interviews/baltics\n"
            "Updated: March 3, 2026 10:32 CET\nLast updated on 2026-03-03\n\n"
            "Published on 3 March 2026, the report found that NATO is strong.")
    assert split_sentences(page) == ["“We will not leave the Baltics alone”",
                                     "Published on 3 March 2026, the report found that NATO is strong."]


def test_each_statement_gives_the_line_it_starts_on_in_the_original():
    # A reporter checking a statement against the transcript could not find it: the table
    # gave no place in the original. Lines are numbered as an editor numbers them, with
    # Windows line breaks, a page break, a soft hyphen at a line's end and furniture between.
    transcript = "\r\n".join([
        "Press conference by the Secretary General",  # 1
        "",  # 2
        "MODERATOR: Good afternoon.",  # 3
        "RUTTE: Thank you. The Alliance must stand",  # 4
        "together. We will defend every inch of allied territory, and Russia must not misjudge",  # 5
        "our re\u00ad",  # 6: the word goes on on line 7
        "solve, and we mean it. (Applause)",  # 7
        "\x0cQ [Reuters]: Is NATO divided?",  # 8: a page break opens the line
        "14:32",  # 9
        "RUTTE: No.",  # 10
    ])
    found = [(text, line) for text, _, line in stance.sentences.split_statements(transcript)]
    assert found == [
        ("Press conference by the Secretary General", 1), ("Good afternoon.", 3), ("Thank you.", 4),
        ("The Alliance must stand together.", 4),
        ("We will defend every inch of allied territory, and Russia must not misjudge our resolve, and we mean it.",
         5), ("Is NATO divided?", 8), ("No.", 10)]
    doc = stance.score_document(transcript)
    assert doc.sentences["line"].tolist() == [line for _, line in found]
    assert "line" in str(doc).splitlines()[0] and ">line<" in doc._repr_html_()
    assert [row["line"] for row in doc.to_dict()["sentences"]] == [line for _, line in found]
    # a lone carriage return (an old Mac file) breaks a line as well
    assert [line for _, _, line in stance.sentences.split_statements("We met.\rWe spoke.\r\rWe left.")] == [1, 2, 4]


def test_a_publishers_note_on_the_text_is_furniture_not_the_last_speakers():
    # An interview's closing notes ("This interview has been edited for length and clarity.")
    # were credited to speaker "A", who never said them; they are the publisher's, left out as
    # "[Check against delivery]" is, wrapped or not, while sentences like them stay.
    interview = ("Q. How long can Europe keep helping Kyiv?\nA. As long as it takes. We have the factories.\n"
                 "Q. And if Washington walks away?\nA. Then we carry more of the load ourselves.\n\n"
                 "This interview has been edited for length and clarity.\n"
                 "Translated from the Polish by the editors.\nThe transcript was condensed.\n"
                 "(Editor's note: answers were lightly edited for length\nand clarity.)")
    assert split_speakers(interview) == [
        ("How long can Europe keep helping Kyiv?", "Q"), ("As long as it takes.", "A"),
        ("We have the factories.", "A"), ("And if Washington walks away?", "Q"),
        ("Then we carry more of the load ourselves.", "A")]
    statements = ("The text was edited by Allies overnight.\nEdited by hand, the text was sent.\n"
                  "Translated into action, that means more troops.\nThe interview was a disaster for him.\n"
                  "We will not say how the text\nthe transcript was condensed from was chosen.")
    assert split_sentences(statements) == [
        "The text was edited by Allies overnight.", "Edited by hand, the text was sent.",
        "Translated into action, that means more troops.", "The interview was a disaster for him.",
        "We will not say how the text the transcript was condensed from was chosen."]


def test_an_office_and_its_holders_name_in_brackets_name_the_holder_as_later_tags_do():
    # Hansard names a minister first by office with the name in brackets, then by name (or, for
    # the Prime Minister, by office alone): the bracket was dropped, and one minister became
    # two speakers of a profile, "The Secretary of State for Defence" and "Mr. Peter Wimsey".
    debate = ("The Secretary of State for Defence (Mr. Peter Wimsey): The frigates will come on time.\n"
              "Mr Tom Baird (Fenland North) (Con): Will he give the date?\n"
              "Mr. Peter Wimsey: I will write to him with it.\n"
              "The Prime Minister (Harriet Vane): We back the frigates.\n"
              "Madam Deputy Speaker (Dame Eleanor Lane): Order.\n"
              "Sarah Whitfield (Ashby North) (Lab): What of the Baltic?\n"
              "The Prime Minister: We stand with our allies.\n"
              "SECRETARY GENERAL (in French): Nous sommes unis.\nThe Leader of the House: Next business.")
    assert [speaker for _, speaker in split_speakers(debate)] == [
        "Mr. Peter Wimsey", "Mr Tom Baird", "Mr. Peter Wimsey", "Harriet Vane", "Dame Eleanor Lane",
        "Sarah Whitfield", "Harriet Vane", "SECRETARY GENERAL", "The Leader of the House"]
    # each document's offices are its own: another debate's Prime Minister is named by office
    assert split_speakers("The Prime Minister: Yes.\nMr Baird: No.") == [("Yes.", "The Prime Minister"),
                                                                         ("No.", "Mr Baird")]


def test_a_timestamp_after_a_tag_and_a_note_inside_one_are_no_ones_words():
    # Rev's transcripts stamp a turn after its tag ("Speaker 2: (00:45)"): the time was scored as
    # the first words of the speaker's statement. And "Journalist [inaudible]:" was no tag, so
    # the question went to the moderator before, the tag in its text.
    rev = ("Speaker 2: (00:45)\nThank you, Secretary General. Will you send more air defence?\n\n"
           "Mark Rutte: [01:02:07] Yes, we will.\n\nSpeaker 2: 00:01:09.5 When?\n\nMark Rutte: 10:30 tomorrow.\n")
    assert split_speakers(rev) == [
        ("Thank you, Secretary General.", "Speaker 2"), ("Will you send more air defence?", "Speaker 2"),
        ("Yes, we will.", "Mark Rutte"), ("When?", "Speaker 2"), ("10:30 tomorrow.", "Mark Rutte")]
    press = "Moderator: Next question.\n\nJournalist [inaudible]: Is NATO ready?\n\nRutte: We are ready.\n"
    assert split_speakers(press) == [("Next question.", "Moderator"), ("Is NATO ready?", "Journalist"),
                                     ("We are ready.", "Rutte")]
    assert split_speakers("JOURNALIST [crosstalk]: Is NATO ready?") == [("Is NATO ready?", "JOURNALIST")]
    # a time that opens an answer is its words, and a year in brackets a sentence's
    assert split_speakers("Q: When do you land?\nA: 10:30\nQ: And (2014)?\nA: (2014) was the start.") == [
        ("When do you land?", "Q"), ("10:30", "A"), ("And (2014)?", "Q"), ("(2014) was the start.", "A")]


def test_a_name_in_square_brackets_opening_a_transcripts_line_is_a_tag():
    # A journalist's audit: "[Minister Kallas] Europe must…" and "[RUTTE]: We are united." were
    # the moderator's before them, the tag left in the text.
    press = "MODERATOR: Welcome.\n\n[Minister Kallas] Europe must spend more on defence.\n\n[RUTTE]: We are united.\n"
    assert split_speakers(press) == [("Welcome.", "MODERATOR"),
                                     ("Europe must spend more on defence.", "Minister Kallas"),
                                     ("We are united.", "RUTTE")]
    # no stage direction, timestamp, footnote's number or agency's credit in brackets names one
    others = ("MODERATOR: Welcome.\n[Minister Kallas] We agree.\n[Laughter] Indeed.\n\n[APPLAUSE]\n"
              "[00:12:31] Yes.\n\n[1] Allies met.\n\n[Reuters] Allies met again.\n\n[Kallas] said so.\n")
    assert split_speakers(others) == [("Welcome.", "MODERATOR"), ("We agree.", "Minister Kallas"),
                                      ("Indeed.", "Minister Kallas"), ("Yes.", "Minister Kallas"),
                                      ("[1] Allies met.", "Minister Kallas"),
                                      ("[Reuters] Allies met again.", "Minister Kallas"),
                                      ("[Kallas] said so.", "Minister Kallas")]
    # outside a transcript, one such line is an article's words
    assert split_speakers("[Minister Kallas] Europe must spend more.\n\nWe agree.\n") == [
        ("[Minister Kallas] Europe must spend more.", None), ("We agree.", None)]


def test_a_hansard_tag_alone_or_wrapped_at_its_brackets_names_its_speaker():
    # "Name (Constituency) (Party):" and "Office (Holder):" were read only in a text with two
    # tags, as a name in ordinary case is, so that one Member's speech was no one's, tag and all;
    # and a tag that a PDF's column wrapped onto a second line at its brackets was no tag.
    assert split_speakers("Sarah Whitfield (Ashby North) (Lab): We will stay in Estonia.\n") == [
        ("We will stay in Estonia.", "Sarah Whitfield")]
    assert split_speakers("The Minister for the Armed Forces (Luke Harrow): We will stay in Estonia.\n") == [
        ("We will stay in Estonia.", "Luke Harrow")]
    assert split_speakers("The Minister of State, Ministry of Defence (Lord Coaker) (Lab): We stay.\n") == [
        ("We stay.", "Lord Coaker")]
    assert split_speakers("Mr Peter Harding (Bexley)\n(Con): I beg to move.\n\nMr Healey: Thank you.\n") == [
        ("I beg to move.", "Mr Peter Harding"), ("Thank you.", "Mr Healey")]
    assert split_speakers("The Minister for the Armed Forces\n(Luke Harrow): We stay.\n") == [
        ("We stay.", "Luke Harrow")]
    # one such line is still a label where its brackets hold no constituency and party, or no holder of an office
    for label in ("Ukraine (2024) (est.): spending rose.", "Eastern Europe (Baltic) (Nordic): Troops stay.",
                  "The Baltic and the Balkans (Eastern Europe): Troops stay.",
                  "Defence spending\n(NATO): Allies spend more."):
        assert {speaker for _, speaker in split_speakers(label)} == {None}, label


def test_a_place_or_an_outlet_in_brackets_after_an_office_names_no_holder():
    # "The Baltic States (Eastern Europe): Troops stay." named the speaker "Eastern Europe",
    # alone or in a transcript: any two capitalised words in brackets after "The …" were taken
    # for an office holder's name, so a region, a country or an outlet became a speaker.
    # The tag names what it names without the brackets, as "SECRETARY GENERAL (in French):" does.
    assert split_speakers("The Baltic States (Eastern Europe): Troops stay.") == split_speakers(
        "The Baltic States: Troops stay.")
    transcript = ("The Interview (Sky News): Will you stay?\nThe Prime Minister (United Kingdom): We will.\n"
                  "The Baltic States (Eastern Europe): Troops stay.\nHost (The Guardian): Thank you.\n"
                  "The Speaker (Lindsay Hoyle): Order.\nThe Chief Whip (Alan Campbell): Agreed.\n"
                  "Moderator (Allison Hart): Next question.")
    assert [speaker for _, speaker in split_speakers(transcript)] == [
        "The Interview", "The Prime Minister", "The Baltic States", "Host", "Lindsay Hoyle", "Alan Campbell",
        "Allison Hart"]


def test_hansards_numbered_questions_name_the_member_and_drop_the_number_and_reference():
    # Hansard numbers an oral question, and a Prime Minister's question carries its reference
    # too: "1. Mrs Anne Cole (Wealden) (Con):" was no tag, so her question went to no one and
    # "2. Tan Dhesi (Slough) (Lab): …" to the speaker before, and "Q2." and "[901301]" were
    # scored as statements.
    questions = ("1. Mrs Anne Cole (Wealden) (Con): What steps is he taking on the eastern flank?\n\n"
                 "John Healey: We have doubled our presence in Estonia.\n\nMrs Cole: Thank you.\n\n"
                 "2. Tan Dhesi (Slough) (Lab): NATO must stay united. Does he agree?\n\n"
                 "Q3. [901301] Mr Tom Baird (Fenland North) (Con): Will he visit Tapa?\n\n"
                 "T1. [901302] Dr Ann Lee (Bath) (LD): And Narva?\n\nJohn Healey: I do.\n")
    assert split_speakers(questions) == [
        ("What steps is he taking on the eastern flank?", "Mrs Anne Cole"),
        ("We have doubled our presence in Estonia.", "John Healey"), ("Thank you.", "Mrs Anne Cole"),
        ("NATO must stay united.", "Tan Dhesi"), ("Does he agree?", "Tan Dhesi"),
        ("Will he visit Tapa?", "Mr Tom Baird"), ("And Narva?", "Dr Ann Lee"), ("I do.", "John Healey")]
    # a list's numbered item is no question's, though a tag-like word opens it
    assert split_speakers("MODERATOR: Two points.\n1. Ukraine: we will keep sending air defence.\n") == [
        ("Two points.", "MODERATOR"), ("Ukraine: we will keep sending air defence.", "MODERATOR")]


def test_a_members_shortened_tag_is_the_member_named_in_full_and_a_moderator_in_brackets_names_the_holder():
    # Hansard names a Member in full once ("Mr Peter Harding (Bexley) (Con):") and by title and
    # surname after ("Mr Harding:"): a profile by speaker had two speakers for one Member. And
    # "Moderator (Allison Hart):" named "Moderator", where an office with its holder in brackets
    # names the holder.
    debate = ("Mr Peter Harding (Bexley) (Con): I beg to move.\n\nJohn Healey: We agree.\n\n"
              "Mr. Harding: Thank you.\n\nMr Iain Duncan Smith (Chingford) (Con): And Narva?\n\n"
              "Mr Duncan Smith: Yes.\n\nMrs Cole: Order.\n")
    doc = stance.score_document(debate)
    assert doc.sentences.speaker.tolist() == ["Mr Peter Harding", "John Healey", "Mr Peter Harding",
                                              "Mr Iain Duncan Smith", "Mr Iain Duncan Smith", "Mrs Cole"]
    # profile(by="speaker") groups by this column: four speakers, not six
    # two full names with the surname: which of them "Mr Harding" is, the text does not say
    two = ("Mr Peter Harding (Bexley) (Con): Yes.\nMr John Harding (Leeds East) (Lab): No.\nMr Harding: Maybe.\n"
           "Dr Harding: Order.")
    assert [speaker for _, speaker in split_speakers(two)] == [
        "Mr Peter Harding", "Mr John Harding", "Mr Harding", "Dr Harding"]
    press = "Moderator (Allison Hart): Next question.\n\nRutte: We are ready.\n\nModerator: Thank you.\n"
    assert split_speakers(press) == [("Next question.", "Allison Hart"), ("We are ready.", "Rutte"),
                                     ("Thank you.", "Allison Hart")]
    assert split_speakers("MODERATOR (in French): Merci.") == [("Merci.", "MODERATOR")]


def test_footnotes_at_the_foot_of_a_page_or_the_end_are_furniture_and_list_items_are_not():
    # A PDF speech's footnotes ("1 See the Strategic Concept, para. 6.") were scored as
    # statements, with labels of their own. A footnote opens with the number of a marker
    # used above it, at the foot of a page (before its number or running header) or at the end.
    speech = ("Three years ago, many thought the Cold War was over for good.1 They were wrong.\n"
              "Russia is now the most significant threat to Allies.2\n"
              "_______________\n"
              "1 See the Strategic Concept, para. 6, adopted in\nMadrid in June 2022.\n"
              "2 NATO, Madrid Summit Declaration, 2022.\n"
              "Speech at the Defence College\n3\n"
              "We will spend more, as agreed in The Hague.3 We have three tasks:\n"
              "1. We will spend more.\n2 brigades will deploy to Lithuania.\n"
              "Speech at the Defence College\n4\n"
              "We stand together.4\n\n"
              "3 The Hague Summit Declaration, para. 2.\n\n4 Ibid.\n"
              "Speech at the Defence College\n5\n")
    assert split_sentences(speech) == [
        "Three years ago, many thought the Cold War was over for good.1", "They were wrong.",
        "Russia is now the most significant threat to Allies.2",
        "We will spend more, as agreed in The Hague.3", "We have three tasks:", "We will spend more.",
        "2 brigades will deploy to Lithuania.",  # its marker is on the page before: no footnote here
        "We stand together.4"]
    # at the end of a speech, as endnotes; numbered lines with no markers above are kept
    assert split_sentences("Deterrence works.1 We will spend more.2\n\n1 See para. 6.\n2 Ibid., p. 4.") == [
        "Deterrence works.1", "We will spend more.2"]
    assert split_sentences("We have two tasks.\n1 We will spend more.\n2 We will deploy faster.") == [
        "We have two tasks.", "1 We will spend more.", "2 We will deploy faster."]


def test_bracketed_endnotes_of_pasted_web_text_are_furniture():
    # A journalist's audit: a web page's endnotes pasted with it, "[1] See the Vilnius
    # communiqué.", were scored as statements, though "…today.[1]" above was read as a marker.
    text = ("Allies must do more today.[1] We will deliver.[2]\n\n[1] See the Vilnius communiqué.\n"
            "[2] NATO, Washington Summit Declaration,\npara. 3.\n")
    assert stance.score_document(text).sentences.text.tolist() == [
        "Allies must do more today.[1]", "We will deliver.[2]"]
    # a number in brackets with no marker above, or after a space ("cites [3]"), numbers a list's item
    assert split_sentences("We have two tasks.\n[1] We will spend more.\n[2] We will deploy faster.") == [
        "We have two tasks.", "[1] We will spend more.", "[2] We will deploy faster."]
    assert split_sentences("The study cites [1] and more.\n\n[1] We will spend more.") == [
        "The study cites [1] and more.", "[1] We will spend more."]
    # an endnote took the real sentences after it to the text's end, as a footnote "¹" did (a
    # reviewer): a footnote is its line and the lines it wraps onto; a new sentence after it is text
    for mark in ("[1]", "¹"):
        assert split_sentences(f"Allies agreed to spend more today.{mark} We will keep our word.\n"
                               f"{mark} See the Vilnius communiqué.\nUkraine must win this war.\n") == [
            f"Allies agreed to spend more today.{mark}", "We will keep our word.", "Ukraine must win this war."]
    assert split_sentences("Allies agreed today.[1] We act.[2]\n[1] See the Vilnius\ncommuniqué.\n"
                           "Ukraine must win this war.\n[2] Ibid., para. 3.\n") == [
        "Allies agreed today.[1]", "We act.[2]", "Ukraine must win this war."]


def test_a_footnote_whose_marker_is_above_an_earlier_pages_footnotes_is_furniture():
    # From an audit: a footnote's marker was looked for only below the footnotes of the page
    # before, so "Kyiv.2", on page 1 above page 1's footnote 1, marked no footnote on page 2:
    # "2 Ministry of Defence…" was a statement, glued to "The" that page 2 ended with, and
    # "cost of deterrence…" on page 3 lost its opening word. A marker serves one footnote.
    speech = ("We agreed this in The Hague.1 We sent missiles to Kyiv.2\n"
              "1 NATO Summit Declaration, The Hague, 25 June 2025.\n- 1 -\n"
              "But freedom is not free. The\n2 Ministry of Defence press release of 3 March 2026.\n- 2 -\n"
              "cost of deterrence is far lower than the cost of war.\n- 3 -")
    assert split_sentences(speech) == [
        "We agreed this in The Hague.1", "We sent missiles to Kyiv.2", "But freedom is not free.",
        "The cost of deterrence is far lower than the cost of war."]
    # a marker that a footnote above took marks no second one: numbered anew on each page,
    # page 2's "1 …" with no marker of its own on page 2 is the speaker's
    restarted = ("Deterrence works.1\n1 See para. 6.\n- 1 -\nWe have one task.\n1 brigade will deploy.\n- 2 -")
    assert split_sentences(restarted) == ["Deterrence works.1", "We have one task.", "1 brigade will deploy."]
    renumbered = ("Deterrence works.1\n1 See para. 6.\n- 1 -\nWe will spend more.1\n1 Ibid., p. 4.\n- 2 -")
    assert split_sentences(renumbered) == ["Deterrence works.1", "We will spend more.1"]
    # nor does a number in a footnote's own text
    cited = "Deterrence works.1\n1 See Art.5 of the Treaty.\n- 1 -\nWe have one task.\n5 brigades will deploy.\n- 2 -"
    assert split_sentences(cited) == ["Deterrence works.1", "We have one task.", "5 brigades will deploy."]


def test_a_speechs_address_on_its_own_line_is_no_word_of_the_sentence_below():
    # From an audit (journalist): a speech saved from Word, one paragraph a line, gave
    # "Dear friends, We will not allow anyone to divide this Alliance." as one statement.
    speech = ("Excellencies,\nDear Prime Minister,\nWe will not allow anyone to divide this Alliance.\n"
              "Ladies and gentlemen,\nOur brigade in Lithuania will be ready by 2027.")
    assert split_sentences(speech) == ["Excellencies, Dear Prime Minister,",
                                       "We will not allow anyone to divide this Alliance.",
                                       "Ladies and gentlemen,", "Our brigade in Lithuania will be ready by 2027."]
    # a sentence wrapped after a comma goes on, and so does an address before lower case
    assert split_sentences("In Vilnius,\nAllies agreed to act.") == ["In Vilnius, Allies agreed to act."]
    assert split_sentences("Dear friends,\nwe will act.") == ["Dear friends, we will act."]


def test_an_address_of_several_parts_or_in_another_language_is_a_statement_of_its_own():
    # From a review: the address was found by "dear" in its first two words or by English address
    # words alone, five words at most, so the usual longer opening, a German, French or Dutch one
    # and "Mr President," ran into the sentence below, while a sentence wrapped after "dear
    # allies, the Baltic states," was cut there. Each part between commas must address someone.
    sentence = "We will not allow anyone to divide this Alliance."
    for address in ("Excellencies, ladies and gentlemen, dear friends,",
                    "Dear President, dear Prime Minister, dear colleagues,", "Mr President,", "Your Excellencies,",
                    "Sehr geehrter Herr Präsident, meine Damen und Herren,", "Liebe Kolleginnen und Kollegen,",
                    "Mesdames et Messieurs,", "Chers amis,", "Beste collega's,"):
        assert split_sentences(f"{address}\n{sentence}") == [address, sentence]
    wrapped = "We owe a great deal to our\ndear allies, the Baltic states,\nPoland and Finland, who stood firm."
    assert split_sentences(wrapped) == [
        "We owe a great deal to our dear allies, the Baltic states, Poland and Finland, who stood firm."]
    # German capitalises its nouns: an adverb's "Sehr" opens no address
    assert split_sentences("Sehr viel mehr,\nAbschreckung braucht es.") == [
        "Sehr viel mehr, Abschreckung braucht es."]


def test_a_polish_ukrainian_or_russian_address_is_a_statement_of_its_own():
    # An audit by an analyst with multilingual sources: "Szanowni Państwo," ran into the sentence
    # below ("Szanowni Państwo, We stand with Ukraine.", flagged many_unknown_words), as did
    # "Panie Marszałku,", "Шановні колеги," and "Дорогие друзья,", where German and French stood alone.
    sentence = "We stand with Ukraine."
    for address in ("Szanowni Państwo,", "Panie Marszałku,", "Pani Marszałek,", "Wysoka Izbo,", "Drodzy przyjaciele,",
                    "Panie i Panowie,", "Шановні колеги,", "Дорогі друзі,", "Пане Голово,", "Пані та панове,",
                    "Уважаемые коллеги,", "Дорогие друзья,", "Господин Председатель,", "Дамы и господа,"):
        assert split_sentences(f"{address}\n{sentence} NATO must deter Russia.") == [
            address, sentence, "NATO must deter Russia."]
    # An ordinary sentence wrapped after a comma goes on: "high inflation", "the road to peace", "expensive fuel"
    for line in ("Wysoka inflacja,", "Дорога до миру,", "Drogie paliwo,"):
        assert split_sentences(f"{line}\nPolska płaci za to.") == [f"{line} Polska płaci za to."]
    # A review: these words open sentences as often ("Pani" the polite "you", "Дорогие" expensive):
    # a line of them and more than a name or title is a sentence wrapped at a comma.
    for line, below in (("Дорогие танки и ракеты,", "НАТО покупает их у США."),
                        ("Pani premier podkreśliła wczoraj,", "NATO musi być silne."),
                        ("Pani minister rozmawiała z Kowalskim,", "Stoltenbergiem i Rutte o NATO."),
                        ("Господин Путин заявил,", "НАТО угрожает России."),
                        ("Уважаемые эксперты считают,", "НАТО расширяется."),
                        ("Пані міністр заявила,", "Україна вступить до НАТО.")):
        assert split_sentences(f"{line}\n{below}") == [f"{line} {below}"]
    assert split_sentences(f"Szanowny Panie Marszałku,\n{sentence}") == ["Szanowny Panie Marszałku,", sentence]
    # A second review: titles of two words, a name and patronymic, addressees joined by "and" are
    # addresses still (the first review's mend glued them to the sentence below).
    for address in ("Дорогие друзья и коллеги,", "Уважаемый господин Генеральный секретарь,",
                    "Уважаемый Владимир Владимирович,", "Шановний Володимире Олександровичу,",
                    "Panie Sekretarzu Generalny,", "Szanowny Panie Prezydencie Dudo,", "Шановні народні депутати,",
                    "Шановний пане Голово, шановні народні депутати,", "Дорогі друзі та колеги,",
                    "Drodzy Polacy i Polki,", "Уважаемые депутаты Государственной Думы,"):
        assert split_sentences(f"{address}\n{sentence}") == [address, sentence], address
    # A third review: one word after "Дорогие" is an address ("Дорогие москвичи,"), as are names in
    # capitals that end like a verb; a present tense, an adverb or a place after a name is a
    # sentence wrapped at a comma.
    for address in ("Дорогие москвичи,", "Дорогі побратими,", "Уважаемый Павел Николаевич,", "Дорогие мои друзья,",
                    "Уважаемые руководители делегаций,", "Пане Президенте Зеленський,"):
        assert split_sentences(f"{address}\n{sentence}") == [address, sentence], address
    for line in ("Господин Путин считает,", "Pani premier mówi,", "Господин Лавров вновь,", "Госпожа Бербок права,",
                 "Господин Путин в Мюнхене,", "Пані Стефанішина вважає,", "Pani kanclerz zawsze,"):
        assert split_sentences(f"{line}\nNATO musi być silne.") == [f"{line} NATO musi być silne."], line


def test_the_bullets_of_a_word_document_saved_as_plain_text_are_dropped():
    # From an audit (journalist): a speech saved from Word as plain text kept its second- and
    # third-level bullets in the statements ("o\tPatriot batteries for Ukraine."), and one copied
    # with its Symbol glyph ("\uf0b7\tMore air defence.") ran into the line above it.
    saved = ("Our plan:\n\u00b7\tMore air defence.\no\tPatriot batteries for Ukraine.\n"
             "\u00a7\tA third-level item.\n\u00b7\tA brigade in Lithuania.")
    assert split_sentences(saved) == ["Our plan:", "More air defence.", "Patriot batteries for Ukraine.",
                                      "A third-level item.", "A brigade in Lithuania."]
    copied = "Our plan:\n\uf0b7\tMore air defence.\n\uf0a7\tMore ammunition."
    assert split_sentences(copied) == ["Our plan:", "More air defence.", "More ammunition."]
    # "o" with a space after it is a word's: Portuguese and Italian "o" ("or"), an initial
    assert split_sentences("o governo vai gastar mais.") == ["o governo vai gastar mais."]
    # From a review: the bullet library's arrow, tick and diamond, saved so, are "Ø", "ü" and "v"
    # before the tab; "v" before a space is the Czech and Slovak word
    arrows = "Our plan:\n\u00d8\tMore air defence.\n\u00fc\tMore ammunition.\nv\tMore troops."
    assert split_sentences(arrows) == ["Our plan:", "More air defence.", "More ammunition.", "More troops."]
    assert split_sentences("Náš plán:\nv Praze se dohodneme.") == ["Náš plán: v Praze se dohodneme."]


def test_a_superscript_footnote_marker_after_a_year_marks_its_footnote():
    # From an audit (journalist): a ministry's web page puts "¹" after "by 2030." and its note
    # "¹ See the government's defence plan, para. 12." below; the note was scored as a statement
    # (deterrence, against) and, after the press conference, given to the moderator. A
    # superscript was read as a plain digit, which after a year's stop may be a decimal ("2030.1").
    speech = ("We will raise defence spending to 3.5% of GDP by 2030.\u00b9\n\n"
              "Russia has been at war with Ukraine since 2022.\u00b2\n\n"
              "\u00b9 See the government's defence plan, para. 12.\n"
              "\u00b2 NATO, Madrid Summit Declaration, 2022.\n")
    assert split_sentences(speech) == ["We will raise defence spending to 3.5% of GDP by 2030.\u00b9",
                                       "Russia has been at war with Ukraine since 2022.\u00b2"]
    # a plain digit after a year's stop is no marker: the numbered lines below stay
    assert split_sentences("We will spend more by 2030.1\n\n1 See para. 6.") == [
        "We will spend more by 2030.1", "1 See para. 6."]


def test_a_superscript_footnote_marker_right_after_a_year_marks_its_footnote():
    # From a review: a superscript was read as one number with the digits before it, so a
    # marker put before the stop or inside a sentence ("by 2030¹.", "since 2022² and") was a
    # year's "2030¹" and no marker, and its note was scored as a statement. A power of ten's
    # exponent is still none ("10⁶ tonnes"), and the numbered line below it stays.
    speech = ("We will raise defence spending to 3.5% of GDP by 2030\u00b9.\n\n"
              "Russia has been at war with Ukraine since 2022\u00b2 and will not stop.\n\n"
              "\u00b9 See the government's defence plan, para. 12.\n"
              "\u00b2 NATO, Madrid Summit Declaration, 2022.\n")
    assert split_sentences(speech) == ["We will raise defence spending to 3.5% of GDP by 2030\u00b9.",
                                       "Russia has been at war with Ukraine since 2022\u00b2 and will not stop."]
    assert split_sentences("We moved 10\u2076 tonnes of ammunition.\n\n6 Allies will do more.") == [
        "We moved 10\u2076 tonnes of ammunition.", "6 Allies will do more."]


def test_an_office_in_sentence_case_is_a_tag_and_its_answers_are_not_the_questions():
    # From an audit (journalist): a press conference transcript tagging the answers
    # "Opposition leader:" (a newsroom's sentence case) gave every answer to the questioner
    # before it, "Opposition leader: No." a statement of the "Q" the README says to leave out.
    transcript = ("Moderator: We will take questions.\n"
                  "Question (Mark Jones, BBC): Does the eastern flank need more troops?\n"
                  "Opposition leader: Yes. More allied troops on our border make us safer.\n"
                  "Question (Liis Kask, ERR): And Ukraine?\n"
                  "Defence minister Hanno Pevkur: Ukraine's future is in NATO.")
    assert split_speakers(transcript) == [
        ("We will take questions.", "Moderator"), ("Does the eastern flank need more troops?", "Q"),
        ("Yes.", "Opposition leader"), ("More allied troops on our border make us safer.", "Opposition leader"),
        ("And Ukraine?", "Q"), ("Ukraine's future is in NATO.", "Defence minister Hanno Pevkur")]
    # a phrase that leads in names no one: the speaker before goes on
    for line in ("In general: we agree.", "Our leader: he said no.", "Which minister: the old one?"):
        assert split_speakers(f"Q: Do you agree?\nMINISTER: Yes.\n{line}")[-1] == (line, "MINISTER")


def test_an_office_of_several_words_in_sentence_case_is_a_tag_and_a_phrase_is_none():
    # From a review: only one office word after the first word made a tag, so NATO's own "NATO
    # secretary general Mark Rutte:", "Deputy prime minister:" and "British prime minister Keir
    # Starmer:" gave their answers to the question before, while "One minister:" or "So
    # minister:" in an answer took it from its speaker.
    for tag in ("NATO secretary general Mark Rutte", "Secretary general", "Deputy prime minister",
                "British prime minister Keir Starmer", "Foreign affairs minister"):
        assert split_speakers(f"Q: Will you send troops?\nMINISTER: Yes.\nQ: When?\n{tag}: Soon.")[-1] == (
            "Soon.", tag)
    for line in ("One minister: 'We will not pay.'", "So minister: what now?", "Another leader: the same.",
                 "As president: I will act.", "Our prime minister: no.", "Attorney general: no."):
        assert split_speakers(f"Q: Do you agree?\nMINISTER: Yes.\n{line}")[-1] == (line, "MINISTER")


def test_an_office_with_commas_and_its_holder_in_brackets_is_a_tag_naming_the_holder():
    # The Lords' Hansard names a minister by office and department, a comma between them:
    # "The Minister of State, Ministry of Defence (Lord Coaker) (Lab):" was no tag at all, its
    # words the Baroness's before it, and the Minister's later "Lord Coaker (Lab):" another speaker.
    debate = ("Baroness Goldie (Con): My Lords, will the Government send more air defence to Ukraine?\n"
              "The Minister of State, Ministry of Defence (Lord Coaker) (Lab): My Lords, we will. "
              "The first systems leave this month.\n"
              "Lord Purvis of Tweed (LD): When will they arrive?\n"
              "Lord Coaker (Lab): Before the winter.\n"
              "The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs "
              "(Stephen Doughty): The Baltic states have our support.\n"
              "Stephen Doughty: And so has Finland.")
    assert split_speakers(debate) == [
        ("My Lords, will the Government send more air defence to Ukraine?", "Baroness Goldie"),
        ("My Lords, we will.", "Lord Coaker"), ("The first systems leave this month.", "Lord Coaker"),
        ("When will they arrive?", "Lord Purvis of Tweed"), ("Before the winter.", "Lord Coaker"),
        ("The Baltic states have our support.", "Stephen Doughty"), ("And so has Finland.", "Stephen Doughty")]
    # a label with commas stays part of the text: no person in brackets, or no brackets
    article = ("Q: What next?\nA: More aid.\n"
               "The Baltic States, Poland and Finland (see map): Allies in the east will get more troops.\n"
               "The Frontline States, Poland and Finland: Allies in the east will get more troops.")
    assert [speaker for _, speaker in split_speakers(article)] == ["Q", "A", "A", "A"]


def test_a_title_written_with_and_without_its_full_stop_names_one_speaker():
    # "Mr Peter Wimsey:" and later "Mr. Peter Wimsey:" were two speakers of a profile; a
    # title's full stop no longer tells speakers apart, and the first tag's spelling is kept.
    debate = ("Mr Peter Wimsey: We must deter Russia.\nMs Jane Doe: Do you agree?\n"
              "Mr. Peter Wimsey: I do.\nDr. Anna Keller: And the Baltic?\nDr Anna Keller: It comes first.\n"
              "MR. SMITH of Texas: We agree.\nMR SMITH of Texas: Fully.\nMrs Peter Wimsey: Not I.")
    assert [speaker for _, speaker in split_speakers(debate)] == [
        "Mr Peter Wimsey", "Ms Jane Doe", "Mr Peter Wimsey", "Dr. Anna Keller", "Dr. Anna Keller",
        "MR. SMITH of Texas", "MR. SMITH of Texas", "Mrs Peter Wimsey"]
    # a holder named in brackets is the first spelling, which the later tags take
    assert [speaker for _, speaker in split_speakers(
        "The Secretary of State for Defence (Mr. Peter Wimsey): Yes.\nMs Jane Doe: When?\nMr Peter Wimsey: Soon.")] == [
        "Mr. Peter Wimsey", "Ms Jane Doe", "Mr. Peter Wimsey"]


def test_tags_with_curly_and_straight_apostrophes_name_one_speaker():
    # "Mr Seán O’Neill:", "Mr Seán O'Neill:" and "Mr Seán OʼNeill:" were three speakers of a
    # profile, and "Mr Seán O‘Neill:" no tag (its words went to the speaker before, tag and all).
    # A tag's apostrophes are read as the typewriter's, the form a user types to select rows.
    debate = ("Mr Seán O\u2019Neill: NATO must stay united.\nMs Jane Doe: Do you agree?\n"
              "Mr Seán O'Neill: Ireland should not join NATO.\nMr Seán O\u2018Neill: Not yet.\n"
              "Mr Seán O\u02bcNeill: Later.\nDARA O\u2019BRIEN: We agree.\nDARA O'BRIEN: Fully.")
    assert split_speakers(debate) == [
        ("NATO must stay united.", "Mr Seán O'Neill"), ("Do you agree?", "Ms Jane Doe"),
        ("Ireland should not join NATO.", "Mr Seán O'Neill"), ("Not yet.", "Mr Seán O'Neill"),
        ("Later.", "Mr Seán O'Neill"), ("We agree.", "DARA O'BRIEN"), ("Fully.", "DARA O'BRIEN")]
    # the statements keep their own apostrophes
    assert split_speakers("Q: Why O\u2019Neill?\nA: It\u2019s time.") == [("Why O\u2019Neill?", "Q"),
                                                                          ("It\u2019s time.", "A")]


def test_a_note_labelled_as_the_editors_or_translators_is_furniture_whatever_it_says():
    # "Editor's note: the interview took place before the summit." was credited to the last
    # speaker (only notes on how the text was edited were furniture); a line opening with an
    # editors' or translator's note label is now the publisher's, wrapped or with the note
    # in the paragraph below its label, while sentences that merely mention such a note stay.
    interview = ("Editors' note: the interview took place before the summit.\n"
                 "Q: Will NATO hold?\nA: Yes. We stand together.\n"
                 "[Translator’s note — the minister used a Polish saying.]\n"
                 "Q: And Ukraine?\nA: It will join.\n"
                 "Note from the editors: answers were given in writing a week\nbefore publication.\n"
                 "Editor's note:\n\nThe minister has since left office.\nHe now advises NATO.\n\n"
                 "Translator's note: quotations are our own.\n"
                 "Editor’s Note – Updated on Friday.")
    assert split_speakers(interview) == [
        ("Will NATO hold?", "Q"), ("Yes.", "A"), ("We stand together.", "A"), ("And Ukraine?", "Q"),
        ("It will join.", "A")]
    statements = ("The editor's note was short.\nEditor's notes are rare. Editors note everything.\n"
                  "Translator's note, he said, was wrong.\nA note from the editors would help.")
    assert split_sentences(statements) == [
        "The editor's note was short.", "Editor's notes are rare.", "Editors note everything.",
        "Translator's note, he said, was wrong.", "A note from the editors would help."]
    # a tag right below a label alone ends the note: the speaker's words are kept
    assert split_speakers("Q: Why?\nA: Because.\nEditor's note:\nQ: And then?\nA: We left.") == [
        ("Why?", "Q"), ("Because.", "A"), ("And then?", "Q"), ("We left.", "A")]


def test_a_note_opening_a_line_that_goes_on_into_the_text_leaves_the_text_in():
    # "Editor's note:" took its whole line: a story stored in one table cell that opens with its note
    # lost every sentence, and a note of one sentence the statement after it. The note is its first
    # sentence and those on the text as published; the line's sentences after it are scored.
    cell = ("Editor's note: This piece belongs to a series on the alliance. It was corrected on Monday. "
            "Defence ministers approved on Thursday a plan to send more shells to Kyiv. "
            "Slovakia again voted against the plan.")
    assert split_sentences(cell) == ["Defence ministers approved on Thursday a plan to send more shells to Kyiv.",
                                     "Slovakia again voted against the plan."]
    assert split_sentences("Editor's note: the general spoke in Tallinn. Allies must guard every border "
                           "crossing.") == ["Allies must guard every border crossing."]
    assert split_sentences("(Translator's note: abridged by Mr. Kask.) We will not leave Kyiv alone.") == [
        "We will not leave Kyiv alone."]
    assert split_speakers("Q: Why?\nEditor's note: the reply came by e-mail. A: Because we must.") == [
        ("Why?", "Q"), ("Because we must.", "A")]
    frame = stance.score_documents({"cell": cell}).sentences
    assert frame["text"].str.startswith(("Defence ministers", "Slovakia")).all() and len(frame) == 2
    # a note alone on its line, or the note's sentences alone, are still left out whole
    assert split_sentences("Editor's note: the general spoke in Tallinn.\nAllies met.") == ["Allies met."]
    assert split_sentences("Editor's note: this story has been updated. An earlier version misspelt a name.\n"
                           "Allies met.") == ["Allies met."]


def test_a_bracketed_note_with_brackets_inside_ends_at_its_own_bracket():
    # "(Editor's note: see (1) above.)" ended at the ")" of "(1)": its tail "above.)" was scored as a statement.
    assert split_sentences("(Editor's note: see (1) above.) Allies met in Vilnius on Tuesday.") == [
        "Allies met in Vilnius on Tuesday."]
    assert split_sentences("[Translator's note: the word [sic] is the speaker's.] We will not leave Kyiv alone.") == [
        "We will not leave Kyiv alone."]


@pytest.mark.parametrize("note", ["(Editor's note: the figures exclude (Turkey.)",
                                  '(Editor\'s note: the minister wrote "we act :(".)',
                                  "(Editor's note: " + "the interview was long, " * 130 + "and abridged.)"])
def test_a_bracketed_note_whose_brackets_do_not_pair_up_still_ends_at_its_first(note):
    # A review of 125ffac9: a note whose brackets did not pair up (a typo, a quoted ":(", a note longer than the
    # 3,000 characters read) had no end, and the line was left out whole, the story after the note with it
    assert split_sentences(f"{note} Allies agreed to spend more on defence.") == [
        "Allies agreed to spend more on defence."]


@pytest.mark.parametrize("note", ["Editor's note: The author is a fellow at the Atlantic Council. The views expressed "
                                  "in this commentary are her own.",
                                  "Editor's note: This is an opinion piece. Opinions expressed are solely those of the "
                                  "author.",
                                  "This article was updated on 5 March 2026. A previous version misstated the date.",
                                  "Editor's note: the minister spoke in Riga. The original version gave a wrong date."])
def test_an_opinion_pieces_disclaimer_or_a_previous_version_is_the_notes_sentence(note):
    # An op-ed's disclaimer ("The views expressed … are her own.") and a correction's "A previous version…" were
    # read as the story going on after the note, and scored as statements.
    assert split_sentences(f"{note} Latvia will buy more air defence this year.") == [
        "Latvia will buy more air defence this year."]
    # views expressed by someone the story reports are its words
    assert split_sentences("Editor's note: the minister spoke in Riga. The views expressed by Hungary are not "
                           "shared by its allies.") == ["The views expressed by Hungary are not shared by its allies."]


@pytest.mark.parametrize("disclaimer", ["Views expressed here are not necessarily those of NATO.",
                                        "The opinions expressed here are not those of NATO.",
                                        "The views expressed below are strictly personal."])
def test_an_opinion_pieces_disclaimer_that_disowns_otherwise_is_still_the_notes(disclaimer):
    # A review of 676ad86d: views expressed "here" or "below" were the note's only when said to be the author's own or
    # not to reflect, so a disclaimer saying they are not NATO's, or are personal, was scored as the story's
    assert split_sentences(f"Editor's note: the author is a fellow at the Atlantic Council. {disclaimer} Allies met in "
                           "Vilnius.") == ["Allies met in Vilnius."]
    # views the story reports, not disowned, are its own still
    shared = "The views expressed here are not shared by its allies."
    assert split_sentences(f"Editor's note: the minister spoke in Riga. {shared} Allies met in Vilnius.")[0] == shared


@pytest.mark.parametrize("statement", ["A previous version of the sanctions bill was vetoed by Hungary.",
                                       "The original version of the Washington Treaty bound allies to less.",
                                       "The views expressed here by Hungary are not shared by its allies.",
                                       "The views expressed above are shared by every ally."])
def test_a_version_of_something_else_or_views_not_disowned_after_a_note_are_the_storys(statement):
    # A review of d3452589: any "a previous/the original version" and "views expressed here/above" were read as the
    # note's, and a story's sentence about a bill's or a treaty's version, or about views, was left out with it
    assert split_sentences(f"Editor's note: the minister spoke in Riga. {statement} Allies met in Vilnius.") == [
        statement, "Allies met in Vilnius."]
    # the text's own version, and a disclaimer, are still the note's
    assert split_sentences("Editor's note: the minister spoke in Riga. An earlier version of the article gave a wrong "
                           "date. The views expressed here do not necessarily reflect those of NATO. Allies met in "
                           "Vilnius.") == ["Allies met in Vilnius."]


@pytest.mark.parametrize("note", ["This conversation was condensed for clarity.",
                                  "This report was corrected on 9 May 2026. An earlier version gave a wrong date.",
                                  "Translated from the Finnish by our staff."])
def test_a_publishers_note_opening_a_line_that_goes_on_into_the_text_leaves_the_text_in(note):
    # A publisher's note on how the text was edited or corrected ran to its line's end: a story stored
    # in one table cell that opens with it lost every sentence after it.
    assert split_sentences(f"{note} Sweden will send two more frigates to the Baltic. Denmark agreed.") == [
        "Sweden will send two more frigates to the Baltic.", "Denmark agreed."]
    assert split_sentences(f"Sweden will send two frigates.\n{note}") == ["Sweden will send two frigates."]


@pytest.mark.parametrize("block", ["Media contact: Anna Kowalska, Press Officer. Ministry of National Defence. "
                                   "Tel: +48 22 123 45 67.",
                                   "Media contact: Anna Kowalska. Ministry of National Defence, Warsaw. "
                                   "Email: press@mon.gov.pl"])
def test_a_contact_block_flattened_onto_one_line_is_still_furniture(block):
    # A contact line going on past its stop into a sentence was read as a story stored in one cell: a release's
    # contact block on one line was scored, "Tel: +48 …" and a scrap "Email:" among its statements.
    assert split_sentences(f"Poland will buy more tanks.\n{block}") == ["Poland will buy more tanks."]
    assert split_sentences(block) == []


@pytest.mark.parametrize("release", ["Media contact: Anna Kowalska. Poland will buy 250 Abrams tanks this year, the "
                                     "ministry said on Tuesday. Email: press@mon.gov.pl",
                                     "Contact: Anna Kowalska. Poland will buy more tanks this year, the ministry told "
                                     "press@mon.gov.pl readers."])
def test_a_release_in_one_cell_between_its_contacts_is_still_words(release):
    # A review of b5c3e599: any contact's field after a contact line's first stop made the line a contact block, and
    # a short release in one cell that ends with its e-mail lost its statement with it
    assert "Poland will buy" in " ".join(split_sentences(release))
    # a block whose sentences are names, offices and an address is furniture still
    assert split_sentences("Media contact: Anna Kowalska, Press Officer. Ministry of National Defence, ul. Klonowa 1, "
                           "Warsaw. Email: press@mon.gov.pl") == []


@pytest.mark.parametrize("block", ["Media contact: Anna Kowalska. Head of media relations, Ministry of Defence. "
                                   "Tel: +48 22 123 45 67",
                                   "Media contact: Anna Kowalska. Ministry of National Defence, Warsaw. Office hours "
                                   "9-17. Email: press@mon.gov.pl",
                                   "Press contact: Ieva Ozola. Deputy head, public affairs office. "
                                   "E-mail: a@mod.gov.lv"])
def test_a_contact_block_whose_post_is_in_lower_case_is_still_furniture(block):
    # A review of 06b5fff4: a block counted as one only when the words between its first stop and its next field had
    # no word in lower case but a name's small words, and a post or office so written ("Head of media relations",
    # "Office hours") made it a release in one cell: its contact, post and "Tel: +48 …" were scored as statements
    assert split_sentences(block) == []
    # a sentence naming an office has its verb in lower case, and is words still
    assert "The press office said Poland will buy tanks." in split_sentences(
        "Media contact: Anna Kowalska. The press office said Poland will buy tanks. Email: press@mon.gov.pl")


@pytest.mark.parametrize("statement", ["Follow the money, said the minister, and you will find Russia behind it.",
                                       "In Brussels, allies agreed today to spend more on defence."])
def test_a_sentence_with_a_comma_among_its_first_words_after_a_footers_note_is_words(statement):
    # A sentence after a footer's note on its line counted only when its first four words had no comma between, so
    # "Follow us on X. Follow the money, said the minister, …" in one cell was left out whole, as a footer
    assert " ".join(split_sentences(f"Follow us on X. {statement}")).endswith(statement)
    assert " ".join(split_sentences(f"For immediate release. {statement}")).endswith(statement)
    # a list of calls or of names after it is the footer's still
    for footer in ("Follow us on X. Like, share and subscribe.", "For immediate release. New York, March 3, 2026"):
        assert split_sentences(footer) == []


@pytest.mark.parametrize("credit", ["By Ieva Ozola, Defence Correspondent; Editing by Tom Reed.",
                                    "Reporting by Ieva Ozola; Editing by Tom Reed. Follow us on Mastodon.",
                                    "Press contact: Ieva Ozola, press office.", "Email: desk@wire.example."])
def test_a_credit_or_contact_opening_a_line_that_goes_on_into_the_text_leaves_the_text_in(credit):
    # A credit's rule ("…; Editing by .*") and a contact's ("Email: … .*") ran to the line's end: a story or
    # release stored in one table cell that opens with it lost every sentence.
    assert split_sentences(f"{credit} Latvia will buy more air defence this year. Estonia agreed.")[-2:] == [
        "Latvia will buy more air defence this year.", "Estonia agreed."]
    assert split_sentences(f"Latvia will buy air defence.\n{credit}") == ["Latvia will buy air defence."]


@pytest.mark.parametrize("notes", ["Follow us on Mastodon. Unsubscribe from this list.",
                                   "Unsubscribe from this list. Share this page with a colleague.",
                                   "Copyright 2026 Baltic Wire. Follow us on Threads for more."])
def test_a_footers_notes_one_after_another_leave_the_sentence_after_them_in(notes):
    # A footer's note ("Follow us on…") going on into another footer's note, each running to its
    # line's end alone, took a sentence after both with it: a cell's last sentence was lost.
    # (the notes are then statements of their own, as a footer's note going on into words is)
    assert split_sentences(f"{notes} Finland will patrol the Baltic with its allies.")[-1] == (
        "Finland will patrol the Baltic with its allies.")
    assert split_sentences(f"Finland will patrol the Baltic.\n{notes}") == ["Finland will patrol the Baltic."]


def test_congressional_record_tags_name_their_speakers_as_european_parliament_ones_do():
    # The Congressional Record tags a Member "Mr. SMITH of Texas." and the chair "The SPEAKER
    # pro tempore.", the words on the same line: no tag was read, so a whole debate had no
    # speaker, and its notes of leave to speak were statements.
    record = ("(Mr. SMITH of Texas asked and was given permission to address the House for 1 minute.)\n"
              "Mr. SMITH of Texas. Madam Speaker, I yield myself such time as I may consume. Our allies\n"
              "on the eastern flank need to know that we stand with them.\n"
              "The SPEAKER pro tempore. The gentleman reserves the balance of his time.\n"
              "Ms. DeLAURO. Madam Speaker, we must keep supporting Ukraine. Mr. Smith. He is right.\n"
              "Mr. VAN HOLLEN. Mr. President, I ask unanimous consent.\n"
              "The PRESIDING OFFICER. Without objection, it is so ordered.")
    assert split_speakers(record) == [
        ("Madam Speaker, I yield myself such time as I may consume.", "Mr. SMITH of Texas"),
        ("Our allies on the eastern flank need to know that we stand with them.", "Mr. SMITH of Texas"),
        ("The gentleman reserves the balance of his time.", "The SPEAKER pro tempore"),
        ("Madam Speaker, we must keep supporting Ukraine.", "Ms. DeLAURO"), ("Mr. Smith.", "Ms. DeLAURO"),
        ("He is right.", "Ms. DeLAURO"), ("Mr. President, I ask unanimous consent.", "Mr. VAN HOLLEN"),
        ("Without objection, it is so ordered.", "The PRESIDING OFFICER")]
    sitting = ("President. – The next item is the debate on the situation in Ukraine.\n"
               "Radosław Sikorski, Member of the Commission. – Madam President, Russia's war goes on.\n"
               "Nathalie Loiseau (Renew). – Madam President, the eastern flank must be reinforced.\n"
               "President. – The debate is closed.")
    assert [speaker for _, speaker in split_speakers(sitting)] == [
        "President", "Radosław Sikorski", "Nathalie Loiseau", "President"]
    # a sentence about a Member is no tag: his surname is not in capitals
    transcript = "Q: What next?\nA: More troops.\nMr. Smith. He agreed.\nMr. NATO. and so on."
    assert split_speakers(transcript) == [("What next?", "Q"), ("More troops.", "A"), ("Mr. Smith.", "A"),
                                          ("He agreed.", "A"), ("Mr. NATO.", "A"), ("and so on.", "A")]


def test_a_name_with_its_office_after_a_comma_is_a_tag_naming_the_person():
    # The Bundestag's record (and many a press transcript) tags a minister "Boris Pistorius,
    # Federal Minister of Defence:": no tag was read, and the minister's words went to the
    # Member before.
    bundestag = ("President Bärbel Bas: The floor goes to Friedrich Merz.\n"
                 "Friedrich Merz (CDU/CSU): Madam President, Germany stands with Ukraine.\n"
                 "(Applause from the CDU/CSU and the SPD)\n"
                 "Boris Pistorius, Federal Minister of Defence: Our brigade in Lithuania is a promise to NATO.\n"
                 "Dr. Alice Weidel (AfD): We reject further deliveries.")
    assert split_speakers(bundestag) == [
        ("The floor goes to Friedrich Merz.", "President Bärbel Bas"),
        ("Madam President, Germany stands with Ukraine.", "Friedrich Merz"),
        ("Our brigade in Lithuania is a promise to NATO.", "Boris Pistorius"),
        ("We reject further deliveries.", "Dr. Alice Weidel")]
    # a label with a comma and a name followed by a clause stay text
    transcript = ("Q: What next?\nA: More troops.\nEastern Europe, the Baltic and the Balkans: all three matter.\n"
                  "Mark Rutte, who leads NATO, said: we agree.")
    assert split_speakers(transcript) == [
        ("What next?", "Q"), ("More troops.", "A"),
        ("Eastern Europe, the Baltic and the Balkans: all three matter.", "A"),
        ("Mark Rutte, who leads NATO, said: we agree.", "A")]


PRESS_CONFERENCE = ("RUTTE: We will stand together with Ukraine.\n\n{tag} Will NATO send troops?\n\n"
                    "RUTTE: No. But deterrence is strong.")


# An audit (journalist): a press transcript tags a questioner with the outlet after a comma
# ("John Smith, BBC:"); no tag was read, and the question went to RUTTE, scored as his
# statement with the tag in its text. The speaker is the name, as "Jane Doe (Reuters):" names
# it; a question tag ("Q (Jane Doe, AFP):", "Question, Jane Doe, Reuters:") is "Q", as
# "Question (Anna Keller, DW):" is.
@pytest.mark.parametrize(("tag", "speaker"), [
    ("John Smith, BBC:", "John Smith"),
    ("Jane Doe, Reuters:", "Jane Doe"),
    ("Jane Doe, The New York Times:", "Jane Doe"),
    ("JANE DOE, BBC:", "JANE DOE"),
    ("Jane Doe, France 24:", "Jane Doe"),
    ("Jane Doe, Radio Free Europe/Radio Liberty:", "Jane Doe"),
    ("Jane Doe (Reuters):", "Jane Doe"),
    ("Q (Jane Doe, AFP):", "Q"),
    ("Question, Jane Doe, Reuters:", "Q"),
])
def test_a_questioner_named_with_the_outlet_after_a_comma_is_a_tag(tag, speaker):
    transcript = PRESS_CONFERENCE.format(tag=tag)
    assert split_speakers(transcript) == [
        ("We will stand together with Ukraine.", "RUTTE"), ("Will NATO send troops?", speaker),
        ("No.", "RUTTE"), ("But deterrence is strong.", "RUTTE")]
    # the tag alone on its line, the question below it
    assert split_speakers(transcript.replace(f"{tag} ", f"{tag}\n"))[1] == ("Will NATO send troops?", speaker)
    doc = stance.score_document(transcript)
    assert doc.sentences.speaker.tolist() == ["RUTTE", speaker, "RUTTE", "RUTTE"]
    assert doc.sentences.text.tolist()[1] == "Will NATO send troops?"


@pytest.mark.parametrize("label", [
    "Ukraine, Moldova and Georgia:", "Key points, in short:", "Today, in Brussels:", "First, deterrence:",
    "Rutte, however, said:", "Mark Rutte, however, said:", "Eastern Europe, Moldova and Georgia:",
    "Key Points, In Short:", "Mr President, Excellencies:", "The Baltic, Poland:", "Question, however, is:",
])
def test_a_label_or_a_sentence_with_a_comma_and_a_colon_is_no_questioners_tag(label):
    transcript = PRESS_CONFERENCE.format(tag=label)
    assert split_speakers(transcript) == [
        ("We will stand together with Ukraine.", "RUTTE"), (f"{label} Will NATO send troops?", "RUTTE"),
        ("No.", "RUTTE"), ("But deterrence is strong.", "RUTTE")]


def test_a_questioner_with_the_outlet_after_a_comma_is_a_tag_only_in_a_transcript():
    # as "Jane Doe (Reuters):" is: alone, a line so opening may be a sentence's
    for text in ("John Smith, BBC: Will NATO send troops?", "Question, Jane Doe, Reuters: Will NATO send troops?"):
        assert split_speakers(text) == [(text, None)]


def test_the_displays_show_a_statement_before_the_first_tag_with_a_blank_speaker():
    # An audit (journalist): the speaker of what comes before a transcript's first tag is
    # missing, which print(doc) and the notebook showed as the word "None", as if a speaker.
    doc = stance.score_document("Thank you all for coming today.\n\nRUTTE: We stand together with Ukraine.\n\n"
                                "John Smith, BBC: Will NATO send troops?")
    assert doc.sentences.speaker.tolist() == [None, "RUTTE", "John Smith"]  # missing in the frame, as before
    lines = str(doc).splitlines()
    assert lines[0].split()[:2] == ["line", "speaker"]
    assert lines[2].split()[:2] == ["0", "1"] and "None" not in lines[2].split()[:3]
    assert lines[3].split()[:3] == ["1", "3", "RUTTE"] and lines[4].split()[:4] == ["2", "5", "John", "Smith"]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", doc._repr_html_().split("statements</b>")[1])
    assert cells[1::6] == ["", "RUTTE", "John Smith"]  # line, speaker, labels, stance, confidence, text


def test_a_grouped_profile_plot_reads_down_in_the_legend_order_with_the_largest_target_on_top():
    # The bars of each target read up (the last group's on top) against a legend that read
    # down, and the targets stood in reverse alphabetical order, whatever their size.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"speaker": ["ALICE"] * 5 + ["BOB"] * 4 + ["CAROL"] * 2,
                           "labels": ["ukraine_support", "ukraine_support", "unity", "unity", "eastern_flank",
                                      "ukraine_support", "deterrence", "deterrence", "deterrence",
                                      "deterrence", "deterrence"],
                           "stance": ["favor"] * 11})
    for value in ("share", "position"):
        ax = stance.plot_profile(profile(scored, by="speaker"), value=value)
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == ["ALICE", "BOB", "CAROL"]
        bars = {bar.get_label(): bar for bar in ax.containers if hasattr(bar, "datavalues")}
        for row in range(4):  # within each target, the legend's first group's bar is the top one
            tops = sorted(legend, key=lambda name: -bars[name][row].get_y())
            assert tops == legend
        ticks = [t.get_text() for t in ax.get_yticklabels()][::-1]  # top to bottom
        assert ticks == ["deterrence", "ukraine_support", "unity", "eastern_flank"]  # 5, 3, 2, 1 statements
        plt.close(ax.figure)


def test_french_tags_with_a_space_before_the_colon_name_their_speakers():
    # A user audit: French typography puts a (often no-break) space before a colon, as French
    # transcripts, interviews and press conferences write their tags ("M. Dupont : …",
    # "QUESTION : …"); no tag was read, and each tag stayed in its statement's text.
    transcript = ("M. Dupont : Nous refusons l'envoi de troupes.\n"
                  "Mme Martin\u00a0: Le gouvernement doit soutenir l'Ukraine.\n"
                  "QUESTION : Et l'OTAN ?\n"
                  "LE PRÉSIDENT\u202f: L'Alliance est unie.\n"
                  "Jean-Luc Mélenchon (LFI) : Nous sommes contre.")
    assert split_speakers(transcript) == [
        ("Nous refusons l'envoi de troupes.", "M. Dupont"),
        ("Le gouvernement doit soutenir l'Ukraine.", "Mme Martin"),
        ("Et l'OTAN ?", "Q"),
        ("L'Alliance est unie.", "LE PRÉSIDENT"),
        ("Nous sommes contre.", "Jean-Luc Mélenchon")]
    # a sentence with a colon after a space is no tag outside a transcript
    assert split_speakers("Le choix est simple : soutenir l'Ukraine.") == [
        ("Le choix est simple : soutenir l'Ukraine.", None)]


def test_a_paragraph_too_long_for_nltks_time_limit_is_read_piece_by_piece(monkeypatch):
    # nltk 3.10 gives Punkt's search for sentence ends 5 s per block, and a paragraph of 10 MB
    # (a file of one line) failed with a builtin TimeoutError. A long block is now read in
    # pieces, with the sentences it has read whole: here a Punkt that refuses more than a piece
    # stands for the limit, and the piece is lowered so that the test is quick.
    from stance import exceptions
    from stance import punkt as punkt_module

    known = ["Mr. Rutte arrived.", "He spoke.", "The U.S. and the U.K. agreed.", "Then they left.",
             "They met on 23 Oct. 2024 in Tapa.", 'He said: "We are not alone."', "Hungary said no.",
             "They met at 5 p.m. today in Tapa.", '"Are we ready?" she asked.', '"Yes!" he replied.',
             "Its commander, Brig. Gen. C. Huber, spoke.", "Aid, incl. tanks, reached 3.2 bln. euros.",
             "Troops came from the U.S.", "They arrived on Monday.", "Resolution No. 5 passed."]
    paragraph = " ".join(known * 6)
    assert split_sentences(paragraph) == known * 6  # read whole
    punkt, pieces = punkt_module._punkt(), []

    class LimitedPunkt:
        def span_tokenize(self, text):
            pieces.append(text)
            if len(text) > 200 + 80:  # the piece, and the words up to the first space after a letter
                raise TimeoutError("regular-expression match exceeded its 5.0s time limit")
            return punkt.span_tokenize(text)

    monkeypatch.setattr(punkt_module, "_PUNKT_PIECE", 200)
    monkeypatch.setattr(punkt_module, "_tokenizer", LimitedPunkt())
    assert split_sentences(paragraph) == known * 6
    assert len(pieces) > len(paragraph) / 200
    # a piece that still takes too long is a StanceError that says what to do
    monkeypatch.setattr(punkt_module, "_PUNKT_PIECE", 1_000)
    with pytest.raises(exceptions.InvalidInputError, match="break the text into lines or paragraphs"):
        split_sentences(paragraph)


def test_the_counts_of_a_position_plot_stand_clear_of_the_intervals_and_inside_the_axes():
    # The counts were written from the bar's end, over its interval line (struck through), and
    # for a bar that leans against, rightwards across the bar and the zero line.
    import matplotlib

    matplotlib.use("Agg")
    scored = pd.DataFrame({"labels": ["unity"] * 6 + ["deterrence"] * 6,
                           "stance": ["favor"] * 5 + ["against"] + ["favor", "favor"] + ["against"] * 4,
                           "flag": [None] * 12})
    table = profile(scored)
    ax = stance.plot_profile(table, value="position")
    ax.figure.canvas.draw()
    to_pixels = ax.transData.transform
    frame = ax.get_window_extent()
    rows = list(table.index)[::-1]  # bars are drawn bottom up
    assert len(ax.texts) == len(rows)
    for y, (target, text) in enumerate(zip(rows, ax.texts)):
        box = text.get_window_extent()
        low, high = table.loc[target, "position_low"], table.loc[target, "position_high"]
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, target
        if table.loc[target, "position"] >= 0:
            assert box.x0 >= to_pixels((high, y))[0], target
        else:
            assert box.x1 <= to_pixels((low, y))[0], target


def test_profile_takes_no_position_from_text_the_model_cannot_read():
    # A model without an off-topic label gives text it knows no word of a target (its most
    # frequent), flagged no_known_words; the profile counted those rows as positions (a French
    # record scored by a German model came out "against, 27 of 27").
    rows = ([(f"Mehr Waffen für die Ukraine {i}.", "ukraine", "dafür") for i in range(20)]
            + [(f"Keine Waffen für Kiew {i}.", "ukraine", "dagegen") for i in range(20)]
            + [(f"Die Rente steigt {i}.", "rente", "dafür") for i in range(5)]
            + [(f"Die Rente sinkt {i}.", "rente", "dagegen") for i in range(5)])
    model = stance.train(pd.DataFrame(rows, columns=["text", "labels", "stance"]), stance_column="stance",
                         stem="german", none_label=None)
    scored = stance.score(["Quelle honte !", "Silence, s'il vous plaît.", "Mehr Waffen für die Ukraine."],
                          model=model)
    assert scored.flag.tolist()[:2] == ["no_known_words"] * 2 and scored.label.tolist()[:2] == ["ukraine"] * 2
    table = profile(scored, none_label=None)
    assert table.loc["ukraine", ["n", "favor", "against"]].tolist() == [1, 1, 0]
    assert table.loc["ukraine", "share"] == pytest.approx(1 / 3)  # still statements, of no position


def test_a_document_with_no_text_has_no_statements_and_sinks_no_batch():
    # One missing article in a scraped corpus (None, NaN from a frame) refused the whole lot,
    # where score() flags a missing row and goes on.
    documents = pd.Series({"a": "NATO must stay united.", "b": None, "c": float("nan"), "d": "Arm Ukraine now."})
    with pytest.warns(stance.StanceWarning, match=r"documents 'b', 'c' have no text \(missing\): they have no "
                                                  r"statements"):
        docs = stance.score_documents(documents)
    assert docs.sentences.document.tolist() == ["a", "d"]
    assert sorted(docs.profile.index.get_level_values("document").unique()) == ["a", "d"]
    # one such document is named as one ("documents 'd' has no text", a user audit), and so is one of markup
    frame = pd.DataFrame({"text": ["<p>We</p><p>stand</p><p>together</p><br><br>", None]}, index=["c", "d"])
    with pytest.warns(stance.StanceWarning) as warned:
        stance.score_documents(frame)
    assert sorted(str(w.message) for w in warned) == [
        "document 'c' looks like HTML or XML; score_documents reads plain text, so the tags are scored as words: "
        "strip the markup first", "document 'd' has no text (missing): it has no statements"]


def test_a_blank_document_or_one_of_furniture_alone_is_named_in_a_warning():
    # A user audit: of {"a.txt": "NATO is united.", "b.txt": "   ", "c.txt": None} only the
    # missing c.txt was warned of; the blank b.txt had no statements and appeared nowhere, nor
    # did an empty one, or one whose every line is furniture (page numbers, applause).
    documents = {"a.txt": "NATO is united.", "b.txt": "   ", "c.txt": None, "d.txt": "",
                 "e.txt": "7\n\n(Applause)\n", "f.txt": "\u200b\n"}
    with pytest.warns(stance.StanceWarning) as warned:
        docs = stance.score_documents(documents)
    assert sorted(str(w.message) for w in warned) == [
        "document 'c.txt' has no text (missing): it has no statements",
        "document 'e.txt' has no statements: all its lines are left out as furniture (page numbers, running "
        "headers, stage directions…)",
        "documents 'b.txt', 'd.txt', 'f.txt' are blank: they have no statements"]
    assert docs.sentences.document.tolist() == ["a.txt"] and docs.documents == 6
    # one of them is named as one; a lone blank document's "(no statements)" says it already
    with pytest.warns(stance.StanceWarning, match=r"^document 'b' is blank: it has no statements$"):
        stance.score_documents(pd.Series({"a": "NATO is united.", "b": " \n\t"}))
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert stance.score_document("   ").sentences.empty
        assert stance.score_document("").sentences.empty
        stance.score_documents({"a": "NATO is united.", "b": "Arm Ukraine now."})
    # From an audit: a lone document of furniture alone was no blank one, but "(no statements)"
    # came without a word of why, where one of several was warned of
    for furniture in ("(Applause)\n- 3 -", "7\n\n(Applause)\n"):
        with pytest.warns(stance.StanceWarning) as warned:
            assert stance.score_document(furniture).sentences.empty
        assert [str(w.message) for w in warned] == [
            "text has no statements: all its lines are left out as furniture (page numbers, running headers, "
            "stage directions…)"]


@pytest.mark.parametrize("footer", ["5 | Page", "Page | 6", "[8]", "9 of 12", "Page 3 of 12", "PAGE 7", "- 3 -"])
def test_a_page_number_as_a_pdfs_footer_prints_it_is_furniture(footer):
    # A user audit of PDF text: the footers "5 | Page", "Page | 6", "[8]" and "9 of 12" were
    # scored as statements ("5 | Page" labelled unity); only "7", "Page 12", "Page 3 of 40"
    # and "- 7 -" were known as page numbers.
    assert split_sentences(f"NATO must act now.\n\n{footer}\n\nAllies agree on this.") == [
        "NATO must act now.", "Allies agree on this."]
    # a footnote above such a footer is at the foot of a page, as above "7"
    assert split_sentences(f"Deterrence works.1 We agree.\n1 See para. 6.\n{footer}\nAllies agree.") == [
        "Deterrence works.1", "We agree.", "Allies agree."]
    # a sentence that opens like one is kept
    assert split_sentences("9 of 12 allies agreed.\nPage 3 of the report is blank.\n[8] marks a source.") == [
        "9 of 12 allies agreed.", "Page 3 of the report is blank.", "[8] marks a source."]


@pytest.mark.parametrize("turn", ["\n3\n", "\n- 3 -\n", "\n\n3\n\n", "\n\n\x0c\n\n", "\x0c\n", "\n\n\x0c",
                                  "\n\n3\n\x0c", "\n\nEastern Flank Options Paper    4\n\n"])
def test_a_sentence_that_runs_over_a_page_is_one_statement(turn):
    # A user audit of PDF text: a sentence cut by a page's end was two statements, "NATO should
    # commit to a permanent pres-" and "ence on the eastern flank.": the page number (or page
    # break) between the halves was dropped, but they were not joined as a wrapped line is.
    # a running header, three times, padded to its page's number as PDF text laid out as printed has it: furniture
    header = ("Eastern Flank Options Paper    1\n\nWe meet.\n\nEastern Flank Options Paper    2\n\nWe agree.\n\n"
              "Eastern Flank Options Paper    3\n\n")
    for first, second, joined in [
            ("NATO should commit to a permanent pres-", "ence on the eastern flank.",
             "NATO should commit to a permanent presence on the eastern flank."),
            ("NATO should commit to a permanent presence on the", "eastern flank without delay.",
             "NATO should commit to a permanent presence on the eastern flank without delay.")]:
        statements = stance.sentences.split_statements(f"{header}{first}{turn}{second}\n")
        assert [text for text, _, _ in statements] == ["We meet.", "We agree.", joined]
        assert statements[-1][2] == 11  # the line it starts on
    # a page that ends a sentence or a heading, or a next page that opens with a capital, ends it,
    # unless the page ends where no sentence can ("…on the" / "Eastern flank.": see the test below)
    for first, second in [("We met in Tapa.", "then we left."), ("Introduction", "NATO must act now."),
                          ("NATO should commit to a permanent presence", "Eastern flank.")]:
        assert split_sentences(f"{header}{first}{turn}{second}\n") == ["We meet.", "We agree.", first, second]


def test_a_sentence_cut_where_no_sentence_ends_goes_on_past_a_page_or_a_blank_line_whatever_opens_the_rest():
    # A newsroom journalist's audit: a sentence that ran over a page break was cut in two when the
    # next page opened with a capital ("…a just and lasting peace, on" / "Ukraine's terms.", "…the
    # whole Euro-" / "Atlantic area."), and "The pro-" / "Russian party lost." was a heading and a
    # sentence within one paragraph. A line ending in a broken word, a comma or a word no sentence
    # ends in goes on below, past page furniture and blank lines; a headline does not.
    page = "Header Line Of The Report\n\n{}\n\nPage 1 of 2\n\fHeader Line Of The Report\n\n{}\n\nPage 2 of 2\n"
    assert split_sentences(page.format("We met in Vilnius. We support a just and lasting peace, on",
                                       "Ukraine's terms. We will not waver.")) == [
        "We met in Vilnius.", "We support a just and lasting peace, on Ukraine's terms.", "We will not waver."]
    assert split_sentences(page.format("We met in Vilnius to discuss the security of the whole Euro-",
                                       "Atlantic area. We will not waver in our support.")) == [
        "We met in Vilnius to discuss the security of the whole Euro-Atlantic area.",
        "We will not waver in our support."]
    assert split_sentences("We met. The pro-\nRussian party lost.\n") == ["We met.", "The pro-Russian party lost."]
    for first, second in [("Russia will not stop short of", "Ukraine."), ("We stand with our", "Allies, together."),
                          ("The", "European Defence Industrial Programme will help."),
                          ("We stand together,", "Allies and partners alike.")]:
        for between in ["\n\n3\n\n", "\n\f"]:
            said = split_sentences(f"We met.\n\n{first}{between}{second}\n")
            assert said == ["We met.", f"{first} {second}"], between
    # a headline and an address stay apart from the sentence below
    assert split_sentences("NATO Summit in Vilnius\n\nAllies met.") == ["NATO Summit in Vilnius", "Allies met."]
    assert split_sentences("Ladies and gentlemen,\n\nWe meet today.") == ["Ladies and gentlemen,", "We meet today."]
    assert split_sentences("We met.\n\nNATO allies agree new spending target\n\n3\n\nAllies met.") == [
        "We met.", "NATO allies agree new spending target", "Allies met."]


def test_a_blank_line_alone_or_a_heading_ending_in_a_particle_or_a_label_letter_cuts_no_sentence():
    # A review of that audit: across a blank line alone a headline ending in a particle ("The war
    # drags on"), a label letter ("Annex A"), a salutation or a resolution's preamble clauses each
    # ending in a comma were joined to the paragraph below. A blank line alone joins nothing, as
    # before; across a page turn a line ending in a comma or an article, possessive, preposition or
    # conjunction in lower case goes on, but not a greeting's comma nor a phrasal verb's particle.
    body = "Allies met in Vilnius. They agreed a plan."
    for heading in ["The war drags on", "Russia closes in", "Russland kündigt neue Manöver an", "Annex A", "Q & A",
                    "Thank you, Madam President,", "Good morning everyone,", "Hi all,"]:
        assert split_sentences(f"{heading}\n\n{body}\n") == [heading, "Allies met in Vilnius.", "They agreed a plan."]
        for turn in ["\n\n3\n\n", "\n\n\f", "\nPage 1 of 2\n\f"]:
            said = split_sentences(f"We met.\n\n{heading}{turn}{body}\n")
            assert said == ["We met.", heading, "Allies met in Vilnius.", "They agreed a plan."], (heading, turn)
    assert split_sentences("The General Assembly,\n\nReaffirming its commitment to the territorial integrity of "
                           "Ukraine,\n\nCondemning the attacks on civilian infrastructure,\n\n1. Demands that Russia "
                           "withdraw;\n") == [
        "The General Assembly,", "Reaffirming its commitment to the territorial integrity of Ukraine,",
        "Condemning the attacks on civilian infrastructure,", "Demands that Russia withdraw;"]
    # a sentence cut after a lower-case "of", "and", "the" goes on past a page's turn, not a blank line
    for first, second in [("We will not stop short of", "Ukraine's victory."), ("Spain, Italy and", "Greece agreed.")]:
        assert split_sentences(f"We met.\n\n{first}\n\n{second}\n") == ["We met.", first, second]
        assert split_sentences(f"We met.\n\n{first}\n\n3\n\n{second}\n") == ["We met.", f"{first} {second}"]
    # pdftotext's layout: the footer right below the text, a form feed opening the next page's first line
    for footer in ["Page 1 of 3\n\f", "Page 1\n\f", "Page 1 of 2\n"]:
        assert split_sentences(f"Allies met on Thursday. They agreed on a just and lasting peace, on\n{footer}"
                               "Ukraine's terms. Russia must withdraw.\nPage 2 of 3\n") == [
            "Allies met on Thursday.", "They agreed on a just and lasting peace, on Ukraine's terms.",
            "Russia must withdraw."], footer


def test_a_line_of_n_of_m_or_n_in_brackets_inside_a_wrapped_sentence_is_its_words():
    # A reviewer: "3 of 12" or "[3]" wrapped onto a line of its own inside a sentence was left
    # out as a page number, "Allies agreed" / "3 of 12" / "members abstained." losing its count.
    assert split_sentences("Allies agreed\n3 of 12\nmembers abstained.") == ["Allies agreed 3 of 12 members abstained."]
    assert split_sentences("The study cites\n[3]\nand two more.") == ["The study cites [3] and two more."]
    # a page number so written at a page's edge is still one: between paragraphs or blank
    # lines, beside a page break, or as one of a PDF's footers ("1 of 12", "3 of 12")
    for text in ["Allies agreed\n\n3 of 12\n\nmembers abstained.", "Allies agreed\n3 of 12\n\x0cmembers abstained.",
                 "We met.\n1 of 12\nAllies agreed\n3 of 12\nmembers abstained.",
                 "We met.\n[1]\nAllies agreed\n[3]\nmembers abstained."]:
        assert split_sentences(text)[-1] == "Allies agreed members abstained."
    assert split_sentences("Allies agreed.\n3 of 12\nMembers abstained.") == ["Allies agreed.", "Members abstained."]
    # a bare number, or one that names its page, is a page number inside a sentence too
    for footer in ["7", "Page 12", "5 | Page", "Page | 6", "- 7 -"]:
        assert split_sentences(f"Allies agreed\n{footer}\nmembers abstained.") == ["Allies agreed members abstained."]


@pytest.mark.parametrize("header", ["The Eastern Flank: Options for 2027", "Eastern Flank Options Paper"])
def test_a_running_header_on_two_pages_is_furniture_and_names_no_speaker(header):
    # A user audit of PDF text: a report's header atop its two pages was scored, since only a
    # line recurring three times was taken for a running header; "The Eastern Flank: Options
    # for 2027" made "The Eastern Flank" the speaker of every statement and "Options for 2027"
    # a statement twice, and "Eastern Flank Options Paper" was two eastern_flank statements.
    body = ["NATO should station a permanent brigade in each Baltic state.", "Critics say bases provoke Moscow."]
    report = f"{header}\n\n{body[0]}\n\n3\n\n{header}\n\n{body[1]}\n\n4\n"
    assert split_speakers(report) == [(body[0], None), (body[1], None)]
    with pytest.warns(stance.StanceWarning, match=f"left out as running headers, .*: '{header}' 2 times$"):
        sentences = stance.score_document(report).sentences
    assert sentences.text.tolist() == body and sentences.speaker.isna().all()
    # its case and spaces may differ, and a page break may end the page instead of its number
    assert split_sentences(f"{header}\n{body[0]}\n\x0c{header.upper().replace(' ', '  ')}\n{body[1]}") == body


@pytest.mark.parametrize("footer", ["NATO Public Diplomacy Division — page {} of 3",
                                    "Page {} of 3 — NATO Public Diplomacy Division"])
def test_a_footer_carrying_page_n_of_m_is_a_running_header(footer):
    # A journalist's audit: a footer "Title — page N of M" (or "Page N of M — Title") was kept
    # as a statement on each page, since the last page's number is its total ("page 3 of 3"),
    # so it seemed to carry no number of its own; and a footnote at the foot of such a page
    # ("¹ See the Washington Summit Declaration, para. 3.") was kept as a statement with it.
    body = ["Our Alliance is united.¹", "Deterrence must be credible.", "Ukraine needs air defence."]
    text = (f"{body[0]}\n\n¹ See the Washington Summit Declaration, para. 3.\n\n{footer.format(1)}\n\n"
            f"{body[1]}\n\n{footer.format(2)}\n\n{body[2]}\n\n{footer.format(3)}\n")
    with pytest.warns(stance.StanceWarning, match=f"left out as running headers, .*: '{footer.format(1)}' 3 times$"):
        assert stance.score_document(text).sentences.text.tolist() == body
    # a line whose number goes down, or whose two numbers both change, carries no page's number
    for lines in [["Plan 3 of 3", "Plan 2 of 3", "Plan 1 of 3"], ["Plan 1 of 2", "Plan 2 of 4", "Plan 3 of 6"]]:
        text = "".join(f"{line}\n\nWe met.\n\n" for line in lines)
        assert split_sentences(text) == [sentence for line in lines for sentence in (line, "We met.")]


def test_a_two_page_transcripts_page_count_line_and_footers_are_furniture_without_a_form_feed():
    # A journalist's audit: a two-page transcript copied from a PDF without its form feed kept its
    # footers and its "Page 2 of 2" header, joined into one statement given to the speaker, with a
    # warning that line 4 was a sentence wrapped over lines (mini1.txt); "NATO PRESS CONFERENCE -
    # TRANSCRIPT          Page 1 of 2" twice was kept, its second copy RUTTE's (hdr.txt).
    mini1 = ("RUTTE: We will defend every inch of Allied territory.\n\nNATO Press Office        Transcript        1\n"
             "NATO Press Conference        Page 2 of 2\n\nRUTTE: Ukraine's security is our security.\n\n"
             "NATO Press Office        Transcript        2\n")
    spoken = [("We will defend every inch of Allied territory.", "RUTTE"),
              ("Ukraine's security is our security.", "RUTTE")]
    assert split_speakers(mini1) == spoken
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sentences = stance.score_document(mini1).sentences
    assert list(zip(sentences.text, sentences.speaker)) == spoken
    assert not any("joined to the line above" in str(warning.message) for warning in caught)
    assert any("'NATO Press Office        Transcript        1' 2 times" in str(warning.message) for warning in caught)
    header = "NATO PRESS CONFERENCE - TRANSCRIPT          Page {} of 2"
    hdr = (f"{header.format(1)}\n\nRUTTE: We will defend every inch of Allied territory.\n\n{header.format(2)}\n\n"
           "RUTTE: Ukraine must win.\n")
    assert split_speakers(hdr) == [spoken[0], ("Ukraine must win.", "RUTTE")]
    # a line holding "Page N of M" at its start or end, in any case, is furniture once too, inside a sentence too
    for line in ["NATO Press Conference    PAGE 2 of 2", "page 1 of 3 - NATO Public Diplomacy Division"]:
        assert split_sentences(f"We will defend\n{line}\nevery inch.\n\nWe met.") == ["We will defend every inch.",
                                                                                        "We met."]
    # but not a page beyond the count, nor a sentence naming a page, nor a line that says again ("Thank you.")
    for kept in ["Annex Page 4 of 3", "We turn to page 3 of 12", "The rules are set out on page 3 of 12"]:
        assert split_sentences(f"We met.\n\n{kept}\n\nWe left.") == ["We met.", kept, "We left."]
    for text in ["Thank you.\n\nWe met.\n\nThank you.", "Slava Ukraini\n\nWe fight on.\n\nSlava Ukraini",
                 "We stand with Ukraine, day 1\n\nWe met.\n\nWe stand with Ukraine, day 2"]:
        assert split_sentences(text) == text.split("\n\n")


def test_real_lines_numbered_after_a_dash_twice_at_their_start_or_with_a_tag_stay():
    # A review of 4b6b9087: lines repeating with a number after a dash were left out as running headers,
    # a chant, a list's items numbered at their start, questions, and a speaker's line with its tag.
    for line in ["We stand with Ukraine - {}", "Question - {}", "Ukraine | {}"]:
        text = "".join(f"{line.format(n)}\n\nWe met.\n\n" for n in (1, 2))
        assert split_sentences(text) == [part for part in text.split("\n\n") if part], line
    for copies in (2, 3):
        text = "".join(f"{n} - Defence spending must rise\n\nWe met.\n\n" for n in range(1, copies + 1))
        assert split_sentences(text) == [part for part in text.split("\n\n") if part]
        rounds = "".join(f"RUTTE: Round - {n}\n\nWe won.\n\n" for n in range(1, copies + 1))
        assert split_speakers(rounds) == [(said, "RUTTE") for n in range(1, copies + 1)
                                          for said in (f"Round - {n}", "We won.")]
    assert split_speakers("RUTTE: Round - 1\n\nWe won the vote.\n\nRUTTE: Round - 2\n\nWe won again.\n") == [
        ("Round - 1", "RUTTE"), ("We won the vote.", "RUTTE"), ("Round - 2", "RUTTE"), ("We won again.", "RUTTE")]
    # the journalist's mini4.txt, three times, is found still (see the test below)


def test_a_line_of_words_naming_a_page_count_keeps_its_speaker_and_one_left_out_is_named():
    # A review of 92a9ed5d: a line ending in "Page N of M" was left out even once, with its speaker's
    # tag, and a single page-count line left out was named in no warning; hdr.txt's was asserted nowhere.
    assert split_speakers("RUTTE: We met.\n\nRUTTE: Read Page 3 of 12\n\nQ: Why?\n") == [
        ("We met.", "RUTTE"), ("Read Page 3 of 12", "RUTTE"), ("Why?", "Q")]
    assert split_speakers("RUTTE: The Strategic Concept, Page 3 of 12\nsays it plainly. We are united.\n") == [
        ("The Strategic Concept, Page 3 of 12 says it plainly.", "RUTTE"), ("We are united.", "RUTTE")]
    assert split_speakers("RUTTE: We have published the plan.\nSee Page 3 of 12\nQ: What does it say?\n") == [
        ("We have published the plan.", "RUTTE"), ("See Page 3 of 12", "RUTTE"), ("What does it say?", "Q")]
    # a review of 074be3c7: a count set off by a wide gap or a dash or bar is a header's even with a comma
    for header in ["Brussels, 25 June 2025        Page 1 of 3", "Brussels, 25 June 2025 - Page 1 of 3",
                   "Page 1 of 3 | Brussels, 25 June 2025"]:
        assert split_speakers(f"RUTTE: We will defend\n{header}\nevery inch.\n\nQ: Why?\n") == [
            ("We will defend every inch.", "RUTTE"), ("Why?", "Q")], header
    assert split_speakers("RUTTE: Brussels, 25 June 2025        Page 1 of 3\nWe met.\n") == [
        ("Brussels, 25 June 2025        Page 1 of 3 We met.", "RUTTE")]
    once = "RUTTE: We met.\n\nNATO Press Conference        Page 2 of 2\n\nRUTTE: We left.\n"
    with pytest.warns(stance.StanceWarning, match="'NATO Press Conference        Page 2 of 2' once$") as caught:
        assert stance.score_document(once).sentences.text.tolist() == ["We met.", "We left."]
    # a review of 074be3c7: the lines left out are many, so the warning says "their page"
    assert any("or count their page among the pages: " in str(warning.message) for warning in caught)
    header = "NATO PRESS CONFERENCE - TRANSCRIPT          Page {} of 2"
    hdr = (f"{header.format(1)}\n\nRUTTE: We will defend every inch of Allied territory.\n\n{header.format(2)}\n\n"
           "RUTTE: Ukraine must win.\n")
    with pytest.warns(stance.StanceWarning, match=f"'{header.format(1)}' 2 times$"):
        stance.score_document(hdr)


@pytest.mark.parametrize("copies", [2, 3])
def test_a_footer_carrying_its_page_number_after_a_dash_is_a_running_header(copies):
    # A journalist's audit: "NATO Press Office - Transcript - N" three times, with no page breaks,
    # was kept, copies 1 and 2 as no one's headings ("-" in the printed table, a missing speaker)
    # and copy 3 as RUTTE's. Its page's number after a dash, going up, is a footer's, as padded.
    said = ["We will defend every inch of Allied territory.", "Ukraine must win.", "We are united."][:copies]
    text = "".join(f"RUTTE: {line}\n\nNATO Press Office - Transcript - {page}\n\n" for page, line in enumerate(said, 1))
    if copies == 2:
        # A review of 612a3976, which narrowed this test to three copies unsaid: twice, such a footer stands
        # as "Question - 1" / "Question - 2" do (between blank lines, no sentence's mark, the same words but
        # its number, no tag), so it cannot be told from them and is kept as words, as the README says.
        assert split_speakers(text) == [
            (said[0], "RUTTE"), ("NATO Press Office - Transcript - 1", None), (said[1], "RUTTE"),
            ("NATO Press Office - Transcript - 2", "RUTTE")]
        return
    with pytest.warns(stance.StanceWarning, match=f"'NATO Press Office - Transcript - 1' {copies} times$"):
        sentences = stance.score_document(text).sentences
    assert sentences.text.tolist() == said and (sentences.speaker == "RUTTE").all()
    assert split_sentences(text.replace(" - Transcript - ", " | Transcript | ")) == said
    # a number after a comma or amid the words is no page's: a list's or a feed's lines
    for line in ["We stand with Ukraine, day {}", "Priority {} for the Alliance"]:
        kept = "".join(f"{line.format(n)}\n\nWe met.\n\n" for n in range(1, copies + 1))
        assert split_sentences(kept) == [part for part in kept.split("\n\n") if part]


TWO_COLUMNS = ("NATO leaders agreed on Tuesday to       Hungary again blocked the aid\n"
               "raise defence spending to 5% of         package, saying it would not\n"
               "GDP by 2035, a decision hailed by       finance the war. Slovakia\n"
               "the Secretary General as historic.      joined the objection.\n")


def test_two_columns_pasted_as_one_are_warned_of_once_and_kept():
    # A journalist's audit: two columns pasted as one were read across both, each statement mixing
    # them, without a word. The text is scored as before, with one warning naming its first such line.
    with pytest.warns(stance.StanceWarning) as caught:
        sentences = stance.score_document(TWO_COLUMNS).sentences
    told = [str(warning.message) for warning in caught if "two columns" in str(warning.message)]
    assert told == ["text line 1 looks like two columns pasted as one (half or more of its lines that are not blank "
                    "hold a run of five spaces or more between words), so each statement mixes the two columns' "
                    "sentences; paste one column at a time"]
    assert sentences.text.tolist() == split_sentences(TWO_COLUMNS) and "Slovakia" in " ".join(sentences.text)
    with pytest.warns(stance.StanceWarning, match="^document 'b.txt' line 2 looks like two columns"):
        stance.score_documents({"a.txt": "We met.", "b.txt": "Title\n" + TWO_COLUMNS})
    # a table of figures, a transcript's aligned tags, a header padded to its number and a text with few such
    # lines are none
    table = "".join(f"{country}         {share}%         {share + 0.5}%\n"
                    for country, share in [("Estonia", 3.4), ("Latvia", 3.1), ("Lithuania", 2.9), ("Poland", 4.1)])
    tags = "".join(f"SECRETARY GENERAL:      We are united on point {n} today.\n" for n in range(1, 6))
    header = "".join(f"NATO Press Office        Transcript        {n}\nWe met the ministers today.\n" for n in range(5))
    few = TWO_COLUMNS.split("\n")[0] + "\n" + "We met the ministers today.\n" * 4
    for text in [table, tags, header, few]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score_document(text)
        assert not any("two columns" in str(warning.message) for warning in caught), text


def test_the_two_column_check_is_linear_counts_lines_at_newlines_and_passes_aligned_names():
    # A review of ac74a534: the check split the whole line again before each gap, so one line of 220 KB
    # took 146 s; its line number counted with str.splitlines(), at a form feed too, where every other
    # line number counts "\n"; and names aligned without a colon and timed transcripts were warned of.
    from stance.columns_pasted import _first_two_column_line

    started = time.process_time()
    assert _first_two_column_line("Allies     " * 20000) is None
    assert _first_two_column_line("Allies     " * 190000) is None  # 2 MB
    assert time.process_time() - started < 5
    row = "NATO leaders agreed on Tuesday to       Hungary again blocked the aid\n"
    assert _first_two_column_line("Page one text here.\n\fSecond page\n" + row * 4) == 3
    names = "".join(f"MR JENS STOLTENBERG       We are united on point {n} today.\n" for n in range(5))
    timed = "".join(f"00:01:0{n}   SECRETARY GENERAL RUTTE      We are united on point {n} today.\n" for n in range(5))
    for text in [names, timed]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score_document(text)
        assert not any("two columns" in str(warning.message) for warning in caught), text


def test_the_two_column_check_splits_lines_as_the_line_numbers_count_them():
    # A review of 67915bf2: text with lone "\r" line endings was one line to the check, never warned of,
    # while the statements' line numbers count "\r" as a break.
    row = "NATO leaders agreed on Tuesday to       Hungary again blocked the aid"
    for ending in ["\r", "\r\n", "\n"]:
        text = "Title." + ending + ending.join([row] * 4) + ending
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lines = stance.score_document(text).sentences.line.tolist()
        assert [str(warning.message)[:11] for warning in caught if "two columns" in str(warning.message)] == [
            "text line 2"], repr(ending)
        assert lines[:2] == [1, 2], repr(ending)


def test_a_line_twice_away_from_a_page_edge_or_ending_a_sentence_is_kept():
    # a title and a closing line alike, with no page numbers, and a refrain, are the text's words
    assert split_sentences("Slava Ukraini\n\nWe fight on.\n\nSlava Ukraini") == [
        "Slava Ukraini", "We fight on.", "Slava Ukraini"]
    speech = "We will not give up.\n\nWe fight on.\n\n3\n\nWe will not give up.\n\n4\n"
    assert split_sentences(speech) == ["We will not give up.", "We fight on.", "We will not give up."]
    # so is a line twice in a text with page numbers, once far from a page's edge
    text = "Slava Ukraini\n\nWe met.\n\nWe spoke.\n\nSlava Ukraini\n\nWe left.\n\nWe slept.\n\n3\n\nWe woke.\n"
    assert split_sentences(text) == ["Slava Ukraini", "We met.", "We spoke.", "Slava Ukraini", "We left.",
                                     "We slept.", "We woke."]


def test_a_wrapped_paragraphs_line_opening_two_pages_is_no_running_header():
    # A journalist's audit: a paragraph's first line, the same atop two pages, was left out as
    # a running header, though it held a sentence's full stop and the line below went on from
    # it in lower case: "We will keep our promise…" and "Our Alliance" were lost on both pages.
    promise = "We will keep our promise to the people of Estonia and Latvia."
    text = (f"{promise} Our Alliance\nhas never been stronger, and we will keep it that way.\n\n1\n\x0c\n"
            f"{promise} Our Alliance\nwill not be divided by Moscow.\n\n2\n")
    expected = [promise, "Our Alliance has never been stronger, and we will keep it that way.", promise,
                "Our Alliance will not be divided by Moscow."]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert stance.score_document(text).sentences.text.tolist() == expected
    # a line that holds no sentence's end, but that the line below goes on from, is no header either
    text = "Our Alliance\nhas never been stronger.\n\n1\n\x0c\nOur Alliance\nwill not be divided.\n\n2\n"
    assert split_sentences(text) == ["Our Alliance has never been stronger.", "Our Alliance will not be divided."]
    # a header atop a page that a sentence cut at the page before goes on below is still one
    text = ("NATO Review\nWe will station a permanent pres-\n\n3\n\x0cNATO Review\nence on the eastern flank.\n\n"
            "4\n\x0cNATO Review\nAllies agree.\n")
    assert split_sentences(text) == ["We will station a permanent presence on the eastern flank.", "Allies agree."]
    # and so is one with a stop that is no sentence's end (an abbreviation's, or a title's)
    for header in ["Speech by Mr. Rutte at the U.S. Embassy", "NATO PA. Defence and Security Committee"]:
        assert split_sentences(f"{header}\nWe met.\n\n1\n\x0c{header}\nWe spoke.\n\n2\n") == ["We met.", "We spoke."]
    # a header that holds a sentence's end, above a sentence cut at the page before, is one too: "Check
    # against delivery." was scored three times and "Embargoed until 10:00" glued to the text (a reviewer)
    body = ["The Alliance met in Vilnius to agree new plans.",
            "Allies committed to the defence of every inch of Allied territory and to a permanent presence on "
            "the eastern flank, which Allies will staff in turn.",
            "Ministers will review the plans next year in Brussels."]
    header = "Check against delivery. Embargoed until 10:00"
    text = (f"{header}\nThe Alliance met in Vilnius to agree new plans. Allies committed to the\n"
            f"defence of every inch of Allied territory and to a permanent\n1\n{header}\n"
            f"presence on the eastern flank, which Allies will staff in turn.\n2\n{header}\n"
            "Ministers will review the plans next year in Brussels.\n3\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert split_sentences(text) == body
    # and so is one whose page before ends in a footnote below the cut sentence: the sentence was
    # split at the page and "NATO Review" kept (a reviewer); the page's text ends above its footnotes
    text = ("NATO Review\nThe Alliance met in Vilnius to agree new plans.¹ Allies committed to the\n"
            "defence of every inch of Allied territory and to a permanent\n"
            "¹ See the Vilnius Summit Communiqué, para. 3.\n1\nNATO Review\n"
            "presence on the eastern flank, which Allies will staff in turn.\n2\nNATO Review\n"
            "Ministers will review the plans next year in Brussels.\n3\n")
    assert split_sentences(text) == [body[0] + "¹", *body[1:]]


def test_a_transcripts_repeated_tag_line_is_no_running_header():
    # A line that recurs three times was a running header, and so was a tag line a transcript
    # repeats word for word ("MODERATOR: Next question", "A: Yes"): the speaker's words went,
    # and the lines after them went to the speaker before.
    transcript = ("MODERATOR: Good afternoon.\nMODERATOR: Next question\nQ: Will NATO hold?\nA: Yes\n"
                  "MODERATOR: Next question\nQ: Is it united?\nA: Yes\nMODERATOR: Next question\nQ: Why?\n"
                  "A: Yes\nA: Because it must.")
    assert split_speakers(transcript) == [
        ("Good afternoon.", "MODERATOR"), ("Next question", "MODERATOR"), ("Will NATO hold?", "Q"), ("Yes", "A"),
        ("Next question", "MODERATOR"), ("Is it united?", "Q"), ("Yes", "A"), ("Next question", "MODERATOR"),
        ("Why?", "Q"), ("Yes", "A"), ("Because it must.", "A")]
    # also when the speaker says nothing else
    transcript = transcript.replace("MODERATOR: Good afternoon.\n", "")
    assert [text for text, _ in split_speakers(transcript)].count("Next question") == 3
    # a running header that looks like a tag, in a text with no other tags, is still one
    report = "\n".join(["The Eastern Flank: Options for 2027", *["We meet.", "We agree."] * 12] * 3)
    assert split_speakers(report) == [("We meet.", None), ("We agree.", None)] * 36


def test_a_compound_with_an_acronym_or_a_capital_broken_at_its_hyphen_keeps_it():
    # A user audit of PDF text: "The NATO-" / "led mission…" was joined as a broken word,
    # "NATOled", and "Euro-" / "Atlantic" as two, "Euro- Atlantic": the statement was labelled
    # none, where the text as printed is scored unity.
    printed = "The NATO-led mission and the US-led coalition defend the Euro-Atlantic area."
    broken = "The NATO-\nled mission and the US-\nled coalition defend the Euro-\nAtlantic area.\n"
    assert split_sentences(broken) == [printed]
    assert (stance.score_document(broken).sentences.label.tolist()
            == stance.score_document(printed).sentences.label.tolist())
    assert split_sentences("In the post-\nCold War era, the NATO-\nRussia Council, the F-\n35 and a U-\nturn.") == [
        "In the post-Cold War era, the NATO-Russia Council, the F-35 and a U-turn."]
    # a word in lower case broken at its end is still joined, and a dash at a line's end is no hyphen
    assert split_sentences("Collective deter-\nrence works; the talks with -\nNATO - stalled.") == [
        "Collective deterrence works; the talks with - NATO - stalled."]


def test_a_us_transcripts_closing_time_and_interpreters_note_are_furniture():
    # A user audit: a White House transcript's closing line "END 2:45 P.M. EST" was two
    # statements, "END 2:45 P.M." and "EST", and "(As interpreted.)" after a leader's
    # interpreted words was a statement of theirs.
    transcript = ("1:05 P.M. EST\n\nTHE PRESIDENT: We stand with Ukraine.\n\n"
                  "PRESIDENT ZELENSKYY: Thank you. (As interpreted.) We will win.\n\n(As interpreted.)\n\n"
                  "THE PRESIDENT: Thank you all.\n\nEND 2:45 P.M. EST\nEND\n2:45 p.m. EDT\n")
    assert split_speakers(transcript) == [
        ("We stand with Ukraine.", "THE PRESIDENT"), ("Thank you.", "PRESIDENT ZELENSKYY"),
        ("We will win.", "PRESIDENT ZELENSKYY"), ("Thank you all.", "THE PRESIDENT")]
    # a sentence that opens so is kept
    assert split_sentences("END the war now.\nEnd 2:45 talks.\nAs interpreted, the law is clear.") == [
        "END the war now.", "End 2:45 talks.", "As interpreted, the law is clear."]


def test_a_releases_back_matter_below_its_end_mark_and_its_contact_lines_are_left_out():
    # An archivist's audit: what followed a release's end mark stayed with the last speaker
    # ("About NATO" and its paragraph scored as the MODERATOR's, unity/favor), and its contact
    # lines were statements, "Email: press@…" even read as the speaker "Email".
    release = ("MODERATOR: Thank you all.\n\n###\n\nAbout NATO\nNATO is a political and military alliance of 32 "
               "countries committed to collective defence.\n\n"
               "Media contact: Kadri Tamm, Press Officer\n+372 717 0000\n")
    assert split_speakers(release) == [("Thank you all.", "MODERATOR")]
    for mark in ("- ENDS -", "ENDS", "END", "-30-"):
        assert split_speakers(f"MODERATOR: Thank you all.\n\n{mark}\n\nNotes to editors\nNATO is an alliance.\n\n"
                              "Tel: +32 2 707 50 41\nEmail: press@hq.nato.int Twitter: @NATOpress\n"
                              "Follow NATO on Facebook and Instagram\n") == [("Thank you all.", "MODERATOR")]
    with pytest.warns(stance.StanceWarning, match="back matter .*: 4 lines, 25 words below '###' on line 3"):
        doc = stance.score_document(release)
    assert doc.sentences.text.tolist() == ["Thank you all."]
    # an end mark above any statement ends nothing (a release's header)
    assert split_sentences("Tags: #NATO\n###\nThe motion passed.") == ["The motion passed."]
    # contact lines are left out anywhere, and the words of their labels in a sentence stay
    assert split_sentences("Allies met.\nPress office: +32 2 707 50 41\nTel: +32 2 707 50 41\nT: 020 7219 3000\n"
                           "E-mail: Kadri Tamm, kadri.tamm@mod.ee\n(202) 456-1111\nTwitter: @NATOpress\n"
                           "Phone calls will not stop Russia.\nEmail: we read every one.\n2024-2025") == [
        "Allies met.", "Phone calls will not stop Russia.", "Email: we read every one.", "2024-2025"]


def test_a_lone_end_that_a_sentence_wraps_through_is_a_word_of_it_and_elsewhere_closes_the_release():
    # An audit by a political scientist with parliamentary transcripts: a lone "end" line closed the
    # text, even where a column wrapped a sentence through it ("…until the" / "end" / "of this war."),
    # which lost the sentence's rest and everything below. Three rules that also kept statements below
    # a bare "End" elsewhere were reverted after reviews (back matter scored unwarned, speeches given to
    # the speaker above): elsewhere the word closes a release, and what it leaves out is warned of.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)  # nothing is left out, so nothing is said
        for above, word, below, sentence in (
                ("We will stand with Ukraine until the", "end", "of this war, whatever it costs.",
                 "We will stand with Ukraine until the end of this war, whatever it costs."),
                ("We will fight to the bitter", "End", "of this war.", "We will fight to the bitter End of this war."),
                ("The war will not simply", "ends", "because we wish it.",
                 "The war will not simply ends because we wish it."),
                ("The week-", "end", "summit agreed a plan.", "The weekend summit agreed a plan.")):
            doc = stance.score_document(f"Allies met.\n{above}\n{word}\n{below}\nWe act.\n")
            assert doc.sentences.text.tolist() == ["Allies met.", sentence, "We act."], word
    # inside a release's back matter it ends nothing: the tail runs on to the next mark
    with pytest.warns(stance.StanceWarning, match="4 lines, 11 words below 'ENDS' on line 2; if"):
        doc = stance.score_document("Allies met.\nENDS\n\nNotes to editors\nNATO will stand to the\nend\nof time.")
    assert doc.sentences.text.tolist() == ["Allies met."]
    # elsewhere the word closes the release, as "ENDS" does, and says what it left out
    for text, mark in (("We must spend more.\nEnd\nWe stand with Ukraine.\n", "'End' on line 2"),
                       ("We must spend more.\nThank you all\nend\n\nNotes to editors\nNATO is 75.", "'end' on line 3"),
                       ("We must spend more.\nEnd\nvon der Leyen said NATO must grow.\n", "'End' on line 2"),
                       ("We must spend more.\nuntil the\nEND\nof this war.\n", "'END' on line 3"),
                       # a review: back matter opening in lower case is no sentence's rest
                       ("We must spend more.\nThank you all\nend\nwww.nato.int\nNotes to editors\nNATO is 75.",
                        "'end' on line 3"),
                       ("We must spend more.\nThank you all\nend\npress@hq.nato.int\n", "'end' on line 3"),
                       ("We must spend more.\nThank you all\nend\nmedia contact: NATO press office, tel: +32 2",
                        "'end' on line 3"),
                       ("We must spend more.\nThank you all\nend\nnotes to editors\nnato is 75.\n", "'end' on line 3")):
        with pytest.warns(stance.StanceWarning, match=f"below {mark}; if"):
            doc = stance.score_document(text)
        assert doc.sentences.text.tolist()[0] == "We must spend more.", text
        assert not any(kept.startswith(("We stand", "Notes", "notes", "von", "of this")) or kept.endswith(" end")
                       or "press" in kept for kept in doc.sentences.text), text


def test_an_end_mark_between_releases_or_sections_drops_nothing_and_back_matter_left_out_is_warned_of():
    # A newsroom journalist's audit: the first end mark ended the text, so a file of three releases
    # each closed by "ENDS" was scored as its first alone, and a speech's "###" section break dropped
    # the section below it, with no warning. An end mark with another below it, or with several
    # sentences below it, parts the text; what a label opens ("Notes to editors") or the short rest
    # below the last is back matter, left out with a warning. (Since a review of that fix, the whole
    # rest below the last is: see the test below.)
    releases = ("NATO allies pledge more air defence\n\nNATO defence ministers agreed to deliver more air defence "
                "systems to Ukraine.\n\nENDS\n\nUK to send more troops to Estonia\n\nThe UK will double the "
                "number of troops it bases in Estonia.\n\nENDS\n\nHungary blocks Ukraine aid package\n\nHungary "
                "blocked a 50 billion euro aid package for Ukraine.\n\nENDS\n")
    assert split_sentences(releases) == [
        "NATO allies pledge more air defence",
        "NATO defence ministers agreed to deliver more air defence systems to Ukraine.",
        "UK to send more troops to Estonia", "The UK will double the number of troops it bases in Estonia.",
        "Hungary blocks Ukraine aid package", "Hungary blocked a 50 billion euro aid package for Ukraine."]
    # a speech's "###" with no end mark below: the rest is left out as back matter, but not unsaid
    # (a review of this test: below the last end mark sentences were no sign of statements)
    speech = ("We will defend every inch of Allied territory.\n\nOur spending will rise to 3.5% of GDP.\n\n###\n\n"
              "Now let me turn to Ukraine. We will keep supporting Ukraine for as long as it takes. Sanctions must "
              "stay in place.\n\nThe German brigade in Lithuania will be ready in 2027.\n")
    with pytest.warns(stance.StanceWarning, match=r"back matter .*: 2 lines, 32 words below '###' on line 5; if"):
        doc = stance.score_document(speech)
    assert doc.sentences.text.tolist() == [
        "We will defend every inch of Allied territory.", "Our spending will rise to 3.5% of GDP."]
    # notes to editors between two releases are left out, to the next end mark, and so is the last tail
    notes = ("We met.\n\nENDS\n\nNotes to editors\nNATO is an alliance.\n\nENDS\n\nAllies agree.\n\nENDS\n\n"
             "Contact: Kadri Tamm\n+372 717 0000\n")
    with pytest.warns(stance.StanceWarning) as caught:
        doc = stance.score_document(notes)
    assert doc.sentences.text.tolist() == ["We met.", "Allies agree."]
    said = [str(w.message) for w in caught if "back matter" in str(w.message)]
    assert said == ["left out as a release's back matter (notes to editors, contacts…), below an end mark: 2 lines, "
                    "7 words below 'ENDS' on line 3, 2 lines, 6 words below 'ENDS' on line 12; if they are "
                    "statements, delete the end mark (\"ENDS\", \"###\", \"-30-\") or score each part as a "
                    "document of its own"]
    with pytest.warns(stance.StanceWarning, match=r"in 'b' 1 line, 4 words below '-30-' on line 2; if"):
        stance.score_documents(pd.Series(["We met.", "We met.\n-30-\nFollow us on Facebook"], index=["a", "b"]))


def test_the_rest_below_the_last_end_mark_is_back_matter_and_an_end_mark_between_releases_parts_speakers():
    # A review of the fix above: below the last end mark a contact block or a boilerplate of three
    # sentences or more was scored, as the parent did not; a release between two end marks that
    # a headline "About 300 troops…" opened was left out as an "About NATO" block; the release
    # after an end mark was the last speaker's; and "30", a page's number, ended the text.
    contact = ("NATO Allies met in Brussels today. They agreed a new plan for Ukraine.\n\nENDS\n\nOana Lungescu\n"
               "NATO Spokesperson\nTel. +32 2 707 5041\nFax. +32 2 707 5057\n"
               "Bd. Leopold III, 1110 Brussels, Belgium.\n")
    with pytest.warns(stance.StanceWarning) as caught:
        doc = stance.score_document(contact)
    assert doc.sentences.text.tolist() == ["NATO Allies met in Brussels today.", "They agreed a new plan for Ukraine."]
    assert [str(w.message) for w in caught if "back matter" in str(w.message)] == [
        "left out as a release's back matter (notes to editors, contacts…), below an end mark: 5 lines, 20 words "
        "below 'ENDS' on line 3; if they are statements, delete the end mark (\"ENDS\", \"###\", \"-30-\") or "
        "score each part as a document of its own"]
    assert split_sentences("Allies agreed to boost air defence for Ukraine.\n\nENDS\n\nNATO is a political and "
                           "military alliance of 32 countries. It was founded in 1949. Its headquarters are in "
                           "Brussels.\n") == ["Allies agreed to boost air defence for Ukraine."]
    # between two end marks: a label's block is left out, a headline's release is not
    releases = ("Allies met. They agreed a plan.\n\nENDS\n\n{}\n\nThe German brigade grows. More troops will "
                "follow in May.\n\nENDS\n\nAllies agree.\n\nENDS\n")
    for label in ["About the NATO Support and Procurement Agency (NSPA)", "About NATO", "Background",
                  "Background information:", "Notes to editors"]:
        assert split_sentences(releases.format(label)) == [
            "Allies met.", "They agreed a plan.", "Allies agree."], label
    for headline in ["About 300 troops arrive in Lithuania", "Background checks for recruits tightened",
                     "About time: Allies act"]:
        assert split_sentences(releases.format(headline)) == [
            "Allies met.", "They agreed a plan.", headline, "The German brigade grows.",
            "More troops will follow in May.", "Allies agree."], headline
    # a release after an end mark is no one's, not the last speaker's above it
    assert split_speakers("MODERATOR: Welcome.\nSTOLTENBERG: Thank you. NATO stands with Ukraine.\nENDS\n"
                          "NATO and Finland sign a new agreement. The deal covers air defence.\nENDS\n") == [
        ("Welcome.", "MODERATOR"), ("Thank you.", "STOLTENBERG"), ("NATO stands with Ukraine.", "STOLTENBERG"),
        ("NATO and Finland sign a new agreement.", None), ("The deal covers air defence.", None)]
    # a number alone is a page's, no end mark; with its hyphens it is one
    numbered = "Allies must spend more on defence. This is the first point.\n\n{}\n\nThe second point concerns " \
               "Ukraine. Support must continue.\n"
    assert split_sentences(numbered.format("30")) == [
        "Allies must spend more on defence.", "This is the first point.", "The second point concerns Ukraine.",
        "Support must continue."]
    for mark in ["-30-", "- 30 -"]:
        assert split_sentences(numbered.format(mark)) == [
            "Allies must spend more on defence.", "This is the first point."], mark


def test_a_byline_with_a_role_a_photo_credit_a_contribution_line_and_an_advertisement_are_furniture():
    # A user audit of pasted news pages: "By Maria Kowalski, Defence Correspondent", a photo
    # credit ("(Photo by …/Getty Images)", also after its caption), "Associated Press writer
    # Anna Smith contributed to this report." and a pasted "Advertisement" were scored as
    # statements; only a byline of names and a credit of an agency first were furniture.
    story = ("Allies agree on a brigade for Lithuania\n"
             "By Maria Kowalski, Defence Correspondent\n"
             "By Anna Keller, our Moscow correspondent\n"
             "By Tom Reed, Reuters\n\n"
             "NATO must station a permanent brigade in each Baltic state.\n\n"
             "Soldiers of the German brigade at a base in Rukla, Lithuania. Photo: Petras Malukas/AFP\n"
             "(Photo by Petras Malukas/Getty Images)\n"
             "Photograph: Mindaugas Kulbis/AP\nTroops at a drill in Adazi. Ints Kalnins/AFP via Getty Images\n"
             "A NATO drill near Adazi. INTS KALNINS/AFP via Getty Images\n\n"
             "Advertisement\n\n"
             "Critics say bases provoke Moscow.\n\n"
             "Associated Press writer Anna Smith contributed to this report.\n"
             "Lorne Cook in Brussels and Hanna Arhirova in Kyiv, Ukraine, contributed reporting from Brussels.\n")
    assert split_sentences(story) == ["Allies agree on a brigade for Lithuania",
                                      "NATO must station a permanent brigade in each Baltic state.",
                                      "Soldiers of the German brigade at a base in Rukla, Lithuania.",
                                      "Troops at a drill in Adazi.", "A NATO drill near Adazi.",
                                      "Critics say bases provoke Moscow."]  # a caption's credit only is furniture
    # sentences that open so are kept
    kept = ["By 2030, every ally must spend 3%.", "By Tuesday, we must decide.", "By Land, Sea and Air",
            "Photo by photo, the evidence mounted.", "Germany contributed reporting equipment to Kyiv.",
            "The advertisement ran for a week.", "NATO/Russia Council meetings are rare."]
    assert split_sentences("\n\n".join(kept)) == kept

@pytest.mark.parametrize("credit", [
    "(Photo by Petras Malukas/Getty Images)", "Photo: Petras Malukas/AFP", "REUTERS/Ints Kalnins",
    "AP Photo/Efrem Lukatsky", "Ints Kalnins/AFP via Getty Images", "Anna Smith contributed to this report.",
    "Associated Press writer Anna Smith contributed to this report.",
    "The Associated Press contributed to this report.",
    "Lorne Cook in Brussels and Hanna Arhirova in Kyiv, Ukraine, contributed reporting from Brussels.",
    # an agency's writers by their post, or its staff unnamed; a photo credit without an agency's slash
    "AP Diplomatic Writer Matthew Lee contributed to this report.",
    "Associated Press video journalist Hanna Arhirova contributed to this report.",
    "AP Chief White House Correspondent Zeke Miller contributed to this report.",
    "Associated Press journalists around the world contributed to this report.", "Reuters staff contributed reporting.",
    "(Photo by Getty Images)", "Photograph: Mindaugas Kulbis",
    # a wire story's last paragraph ends in its newsroom credit (a journalist audit's review, left alone then)
    "(Reporting by Andrew Gray in Brussels; Editing by Alex Smith)",
    "Reporting by Moscow newsroom; Editing by Alex Smith", "(Additional reporting by Reuters staff)"])
def test_a_credit_ending_a_line_is_left_out_and_the_sentences_before_it_kept(credit):
    # A reviewer: a line that ended in a photo credit or a contribution line was left out whole
    # as a caption, so an article scraped onto one line (as into a CSV cell) had no statements.
    article = ("NATO leaders agreed in Vilnius to strengthen the eastern flank. Allies must spend at least 2% "
               "of GDP on defence, the Secretary General said. Russia remains the most significant threat to "
               "our security.")
    sentences = ["NATO leaders agreed in Vilnius to strengthen the eastern flank.",
                 "Allies must spend at least 2% of GDP on defence, the Secretary General said.",
                 "Russia remains the most significant threat to our security."]
    assert split_sentences(f"{article} {credit}") == sentences
    assert split_sentences(f"We met.\n{credit}\nWe left.") == ["We met.", "We left."]  # alone: furniture
    assert stance.score_documents({"a": f"{article} {credit}"}).sentences.text.tolist() == sentences


def test_a_sentence_after_a_sentence_that_opens_like_a_newsroom_credit_is_kept():
    # A clause of its own after "Reporting by …" makes a statement, after a sentence on its line as alone on it.
    assert split_sentences("We met. Reporting by Politico revealed that Hungary tried to block aid.") == [
        "We met.", "Reporting by Politico revealed that Hungary tried to block aid."]
    assert split_sentences("Allies met (Reporting by Jane Doe)") == ["Allies met (Reporting by Jane Doe)"]


def test_a_contribution_line_names_its_writers_or_agency():
    # A reviewer: any subject before "contributed to this report" made a line furniture, a
    # sentence before it and all ("Germany has contributed to this report." was left out).
    assert split_sentences("NATO allies must stay united and spend more on defence. "
                           "Anna Smith contributed to this report.") == [
        "NATO allies must stay united and spend more on defence."]
    kept = ["Germany has contributed to this report.", "Twelve allies contributed to this report.",
            "Germany contributed to this report.", "The Pentagon, in a statement, contributed to this report."]
    assert split_sentences("\n\n".join(kept)) == kept


def test_a_line_opening_with_a_french_title_or_a_german_date_keeps_it():
    # A user audit of French and German texts: "M." before "de Villepin" or "le ministre" and
    # the day of a German date ("3. Oktober", "12. Februar") opening a line were read as list
    # markers and cut from the text, and the line wrapped before the date was not joined.
    assert split_sentences("La réunion a eu lieu hier.\nM. de Villepin a déclaré que l'OTAN était divisée.\n"
                           "M. le ministre des armées a répondu.") == [
        "La réunion a eu lieu hier.", "M. de Villepin a déclaré que l'OTAN était divisée.",
        "M. le ministre des armées a répondu."]
    assert split_sentences("Die Bundesregierung hat am\n3. Oktober 2025 beschlossen, die Brigade in Litauen zu "
                           "verstärken. Das war richtig.\n12. Februar: Der Bundestag stimmt zu.") == [
        "Die Bundesregierung hat am 3. Oktober 2025 beschlossen, die Brigade in Litauen zu verstärken.",
        "Das war richtig.", "12. Februar: Der Bundestag stimmt zu."]
    assert split_sentences("Le sommet s'est tenu le\n3. octobre à Vilnius.") == [
        "Le sommet s'est tenu le 3. octobre à Vilnius."]
    # a German abbreviation of two letters opening a line is no list marker either
    assert split_sentences("Wir liefern\nz. B. Panzer und\nu. a. Munition.") == [
        "Wir liefern z. B. Panzer und u. a. Munition."]
    # list markers stay markers: a letter before a verb, a number before an item
    assert split_sentences("We agree to:\nA. strengthen deterrence;\nB. defend every ally.\n1. Spend more\n"
                           "2. May allies deploy faster?") == [
        "We agree to:", "strengthen deterrence;", "defend every ally.", "Spend more", "May allies deploy faster?"]


def test_a_sitting_tag_may_name_a_french_deputy_by_title_or_the_chair():
    # A user audit of a French verbatim record: "M. Jean-Luc Mélenchon. – C'est une honte !"
    # was no tag (its title's full stop ended the name), so his words went to Mme Le Pen,
    # with "M. Jean-Luc Mélenchon." as a statement; so were "M. le président. – …" and
    # "Mme la présidente. – …".
    record = ("Mme Marine Le Pen. – Nous refusons l'envoi de soldats.\nM. Jean-Luc Mélenchon. – C'est une honte !\n"
              "Marine Le Pen. – Non.\nM. le président. – Monsieur Mélenchon, vous n'avez pas la parole.\n"
              "Mme la présidente. – La séance est levée.")
    assert split_speakers(record) == [
        ("Nous refusons l'envoi de soldats.", "Mme Marine Le Pen"), ("C'est une honte !", "M. Jean-Luc Mélenchon"),
        ("Non.", "Marine Le Pen"), ("Monsieur Mélenchon, vous n'avez pas la parole.", "M. le président"),
        ("La séance est levée.", "Mme la présidente")]
    # as with "Mr.", tags with and without the title's full stop name one speaker, as first written
    assert [speaker for _, speaker in split_speakers("M. Dupont. – Oui.\nMme Martin. – Non.\nM Dupont. – Si.")] == [
        "M. Dupont", "Mme Martin", "M. Dupont"]


def test_a_tag_may_name_a_german_noble_or_the_french_chair():
    # A user audit: "Karl Theodor zu Guttenberg (CDU/CSU):" was no tag ("von" and "von der"
    # were), nor were the Assemblée's chair tags "M. le président :", "Mme la présidente :" and
    # "M. le président." (its words after it or on the next line): their words went to the
    # speaker before.
    bundestag = ("Tino Chrupalla (AfD):\nFrieden mit Russland!\nKarl Theodor zu Guttenberg (CDU/CSU):\n"
                 "Die Bundeswehr braucht Geld.\nKarl-Theodor zu Guttenberg, Bundesminister der Verteidigung:\n"
                 "Wir tun das.")
    assert split_speakers(bundestag) == [
        ("Frieden mit Russland!", "Tino Chrupalla"), ("Die Bundeswehr braucht Geld.", "Karl Theodor zu Guttenberg"),
        ("Wir tun das.", "Karl-Theodor zu Guttenberg")]
    seance = ("M. le président : La séance est ouverte.\nMme Marine Le Pen : Nous refusons l'envoi de soldats.\n"
              "Mme la présidente :\nLa parole est à M. Dupont.\nM. Dupont : Merci.\n"
              "M. le président.\nLa séance est suspendue.\nM. Dupont : Je reprends.\n"
              "M. le président. La séance est levée.")
    assert split_speakers(seance) == [
        ("La séance est ouverte.", "M. le président"), ("Nous refusons l'envoi de soldats.", "Mme Marine Le Pen"),
        ("La parole est à M. Dupont.", "Mme la présidente"), ("Merci.", "M. Dupont"),
        ("La séance est suspendue.", "M. le président"), ("Je reprends.", "M. Dupont"),
        ("La séance est levée.", "M. le président")]
    # a sentence about the chair is no tag
    assert split_speakers("Q: Qui préside ?\nA: M. le président.\nM. le président a parlé.") == [
        ("Qui préside ?", "Q"), ("M. le président.", "A"), ("M. le président a parlé.", "A")]


def test_a_german_tag_may_name_a_doctor_honoris_causa():
    # A user audit of the Bundestag's record: "Präsident Dr. h. c. Wolfgang Schäuble:" was no
    # tag, the "h. c." of an honorary doctorate being in lower case, so the chair's tag and
    # words were one statement of no one; plain "Dr." was read.
    record = ("Präsident Dr. h. c. Wolfgang Schäuble:\nDie Sitzung ist eröffnet.\nDr. Alice Weidel (AfD):\n"
              "Wir sind dagegen.\nProf. Dr. h. c. mult. Karl Lauterbach (SPD):\nWir sind dafür.\n"
              "Dr. h.c. Thomas Sattelberger (FDP): Ich auch.\nDr. Dr. Rainer Kraft (AfD): Nein.\n"
              "Dipl.-Ing. Peter Ramsauer (CDU/CSU): Doch.\n"
              "Dr. h. c. Wolfgang Schäuble, Bundesminister der Finanzen: Wir zahlen.")
    assert split_speakers(record) == [
        ("Die Sitzung ist eröffnet.", "Präsident Dr. h. c. Wolfgang Schäuble"),
        ("Wir sind dagegen.", "Dr. Alice Weidel"),
        ("Wir sind dafür.", "Prof. Dr. h. c. mult. Karl Lauterbach"), ("Ich auch.", "Dr. h.c. Thomas Sattelberger"),
        ("Nein.", "Dr. Dr. Rainer Kraft"), ("Doch.", "Dipl.-Ing. Peter Ramsauer"),
        ("Wir zahlen.", "Dr. h. c. Wolfgang Schäuble")]


@pytest.mark.parametrize("closing", ["", "M. le président. La séance est levée.\n"])
def test_a_french_members_tag_without_a_dash_is_a_tag_beside_the_chairs(closing):
    # A reviewer: in the Assemblée's record without dashes the chair's "M. le président." was a
    # tag but a member's "M. Jean-Luc Mélenchon." was not, so every member's words (and tags)
    # went to the chair as statements. In a record whose chair is so tagged, a member's title,
    # name and role before a full stop are a tag too.
    seance = ("M. le président. La parole est à M. Jean-Luc Mélenchon.\n"
              "M. Jean-Luc Mélenchon. Monsieur le ministre, c'est une honte.\n"
              "M. Sébastien Lecornu, ministre des armées. Monsieur le député, nous agissons.\n"
              "Mme Marine Le Pen. Nous sommes contre.\n" + closing)
    expected = [("La parole est à M. Jean-Luc Mélenchon.", "M. le président"),
                ("Monsieur le ministre, c'est une honte.", "M. Jean-Luc Mélenchon"),
                ("Monsieur le député, nous agissons.", "M. Sébastien Lecornu"),
                ("Nous sommes contre.", "Mme Marine Le Pen")]
    assert split_speakers(seance) == expected + ([("La séance est levée.", "M. le président")] if closing else [])
    # without the chair's tag, or as a sentence about a member, no tag
    prose = "Nous avons parlé avec M. Dupont.\nM. Dupont. Il est venu hier.\nM. Dupont. Il est reparti."
    assert {speaker for _, speaker in split_speakers(prose)} == {None}
    record = ("M. le président. La parole est à M. Dupont.\nM. Dupont, qui préside la commission. Il a parlé.\n"
              "M. Durand a dit. Nous verrons.\nM. le président. La séance est levée.")
    assert [speaker for _, speaker in split_speakers(record)] == ["M. le président"] * 6


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_tag_may_name_someone_with_an_elided_particle(apostrophe):
    # A user audit of the Assemblée's record: "M. Jean-Paul d'Aubert. – …" was no tag, its
    # particle "d'" being in lower case, so every tag of the record was a statement of no one
    # (and without dashes his tag and words went to the chair), while "N'Diaye" and "de
    # Villiers" were read. The speaker is named with a straight apostrophe, as every tag is.
    d = f"d{apostrophe}"
    sitting = (f"M. Jean-Paul {d}Aubert. – Nous soutenons l'Ukraine.\nM. Pierre Martin. – C'est faux !\n"
               f"Mme Marie {d}Estaing. – Si.\nM. Valéry Giscard {d}Estaing, ancien président. – Oui.")
    assert split_speakers(sitting) == [
        ("Nous soutenons l'Ukraine.", "M. Jean-Paul d'Aubert"), ("C'est faux !", "M. Pierre Martin"),
        ("Si.", "Mme Marie d'Estaing"), ("Oui.", "M. Valéry Giscard d'Estaing")]
    seance = (f"M. le président. La parole est à M. {d}Aubert.\nM. Jean-Paul {d}Aubert. Nous soutenons l'Ukraine.\n"
              "M. Pierre Martin. C'est faux !")
    assert split_speakers(seance) == [
        (f"La parole est à M. {d}Aubert.", "M. le président"), ("Nous soutenons l'Ukraine.", "M. Jean-Paul d'Aubert"),
        ("C'est faux !", "M. Pierre Martin")]
    colons = (f"M. Jean-Paul {d}Aubert : Nous soutenons l'Ukraine.\nM. Pierre Martin : C'est faux !\n"
              f"Marco dell{apostrophe}Utri: Sosteniamo l'Ucraina.\nJan van der Berg: Wij steunen Oekraïne.\n"
              "Ursula von der Leyen: Wir unterstützen die Ukraine.")
    assert [speaker for _, speaker in split_speakers(colons)] == [
        "M. Jean-Paul d'Aubert", "M. Pierre Martin", "Marco dell'Utri", "Jan van der Berg", "Ursula von der Leyen"]
    # a word in lower case with an apostrophe is no name's: "d'accord" ends no tag
    assert {speaker for _, speaker in split_speakers("M. Dupont d'accord. – Oui.\nNous d'abord. – Non.")} == {None}


def test_a_dutch_or_flemish_members_tag_names_the_speaker():
    # A user audit of the Tweede Kamer's Handelingen: "De heer Wilders (PVV):" and "Mevrouw
    # Piri (GroenLinks-PvdA):" were no tags ("heer" in lower case is no name's word, and
    # "Mevrouw Piri" alone made no transcript), so each tag was scored glued to its words.
    # The speaker keeps the title, as "Mr Healey" and "M. le président" keep theirs.
    handelingen = ("De heer Wilders (PVV):\nStop met het sturen van wapens naar Oekraïne.\n\n"
                   "Mevrouw Piri (GroenLinks-PvdA):\nDe sancties tegen Rusland moeten strenger.\n")
    sentences = stance.score_document(handelingen).sentences
    assert sentences[["speaker", "line", "text"]].values.tolist() == [
        ["De heer Wilders", 2, "Stop met het sturen van wapens naar Oekraïne."],
        ["Mevrouw Piri", 5, "De sancties tegen Rusland moeten strenger."]]
    # the chair and a minister beside the members, the words on the tag's line or below it
    debate = ("De voorzitter:\nIk geef het woord aan de heer Wilders.\n\n"
              "De heer Wilders (PVV): Voorzitter. Stop met het sturen van wapens naar Oekraïne.\n\n"
              "Minister Brekelmans:\nWe blijven Oekraïne steunen.\n\n"
              "Mevrouw Van der Plas (BBB): De sancties moeten strenger.\nDe voorzitter: Dank u wel.\n")
    assert split_speakers(debate) == [
        ("Ik geef het woord aan de heer Wilders.", "De voorzitter"), ("Voorzitter.", "De heer Wilders"),
        ("Stop met het sturen van wapens naar Oekraïne.", "De heer Wilders"),
        ("We blijven Oekraïne steunen.", "Minister Brekelmans"),
        ("De sancties moeten strenger.", "Mevrouw Van der Plas"), ("Dank u wel.", "De voorzitter")]
    # the Belgian Kamer's and the Flemish Parliament's, with a first name
    kamer = ("De heer Theo Francken (N-VA): Wij steunen Oekraïne.\n"
             "Mevrouw Vicky Reynaert (Vooruit): Wij ook.\nDe heer Peter De Roover (N-VA): Goed.")
    assert [speaker for _, speaker in split_speakers(kamer)] == [
        "De heer Theo Francken", "Mevrouw Vicky Reynaert", "De heer Peter De Roover"]
    # one such tag in an article is a tag, as "Mr Healey:" is
    assert split_speakers("De heer Wilders (PVV): Stop met wapens.") == [("Stop met wapens.", "De heer Wilders")]
    # a Dutch sentence opening with "De" and holding a colon is no tag, nor one naming "de heer"
    for sentence in ("De conclusie is duidelijk: meer geld voor defensie.",
                     "De heer Wilders zei: stop met wapens.", "De voorzitter zei: orde.",
                     "Mevrouw Piri en de heer Wilders: twee visies op Oekraïne."):
        assert split_speakers(f"{sentence}\n{handelingen}")[0] == (sentence, None)


def test_a_dutch_members_tag_with_a_particle_in_lower_case_names_the_speaker():
    # A user audit: "De heer van Dijk (CDA):" and "Mevrouw de Vries (VVD):" were no tags (the
    # name's first word in lower case), so the tag was scored glued to the member's words.
    debate = ("De heer van Dijk (CDA): Wij staan achter de NAVO.\n"
              "Mevrouw de Vries (VVD): Ik ben het daarmee eens.\n"
              "De heer van der Staaij (SGP): Dank u wel.\nDe heer 't Hart: Goed.\n")
    assert split_speakers(debate) == [
        ("Wij staan achter de NAVO.", "De heer van Dijk"), ("Ik ben het daarmee eens.", "Mevrouw de Vries"),
        ("Dank u wel.", "De heer van der Staaij"), ("Goed.", "De heer 't Hart")]
    # a member addressing the chair is no tag: the particle is followed by a word in lower case
    address = "Mevrouw de voorzitter: dat klopt niet."
    assert split_speakers(address) == [(address, None)]


def test_a_dash_after_a_tagged_lines_full_stop_keeps_the_tag():
    # A user audit: "Healey: We act. –" (a speech broken off, or a separator) read as a heading,
    # since nothing ended it, so the line was no tag and the transcript lost every tag.
    for dash in ("–", "-", "—"):
        assert split_speakers(f"Healey: We act. {dash}\nRutte: We stand together.") == [
            ("We act.", "Healey"), ("We stand together.", "Rutte")], dash


def test_one_question_tag_in_words_before_a_dash_answer_is_a_question_and_answer():
    # A user audit: "Question:" or "Vraag:" alone (a name in ordinary case counts as a tag only
    # in a transcript of two tags) before an answer a dash opens gave no Q/A: the tag was scored
    # with the question and the answer was no one's, where "Q:" made both.
    for tag, question, answer in [("Question", "Will NATO stay in Estonia?", "Yes. We will never leave."),
                                  ("Vraag", "Blijft de NAVO in Estland?", "Ja. Wij blijven."),
                                  ("Q", "Will NATO stay in Estonia?", "Yes. We will never leave.")]:
        first, second = answer.split(". ")
        for gap in ("\n", "\n\n"):
            assert split_speakers(f"{tag}: {question}{gap}– {answer}") == [
                (question, "Q"), (first + ".", "A"), (second, "A")], (tag, gap)
    # a label before a dash line that is no question's is still no tag, nor a list under an
    # article's question heading (a review: every later line became an answer's)
    assert {speaker for _, speaker in split_speakers("Ukraine: the war goes on.\n- Tanks were sent.")} == {None}
    article = ("Question: what should NATO do next?\n- spend more on defence\n- deter Russia in the east\n\n"
               "The alliance agreed on the plan. We act now.")
    assert {speaker for _, speaker in split_speakers(article)} == {None}


def test_thanks_before_a_dash_is_no_sitting_tag():
    # A user audit of the Bundestag's record: the chair's "Vielen Dank. – Nächster Redner ist
    # …" was read as a "Name. – text" tag, making "Vielen Dank" a speaker (German capitalises
    # its nouns, as a name is).
    record = ("Präsidentin Julia Klöckner:\nDas Wort hat Herr Merz.\nFriedrich Merz (CDU/CSU):\n"
              "Wir stehen zur NATO.\nVielen Dank. – Nächster Redner ist Dr. Rainer Kraft für die AfD-Fraktion.\n"
              "Dr. Rainer Kraft (AfD):\nNein.")
    assert split_speakers(record) == [
        ("Das Wort hat Herr Merz.", "Präsidentin Julia Klöckner"), ("Wir stehen zur NATO.", "Friedrich Merz"),
        ("Vielen Dank.", "Friedrich Merz"),
        ("Nächster Redner ist Dr. Rainer Kraft für die AfD-Fraktion.", "Friedrich Merz"),
        ("Nein.", "Dr. Rainer Kraft")]
    # nor are other thanks and greetings, in the languages of such records
    sitting = ("President. – The next item is the vote.\nThank You. – We now move to the vote.\n"
               "Herzlichen Dank. – Wir stimmen ab.\nMerci Madame. – Nous votons.\nGood Morning. – We begin.\n"
               "Guten Morgen. – Wir beginnen.\nAnna Dankert. – We agree.")
    assert [speaker for _, speaker in split_speakers(sitting)] == ["President"] * 11 + ["Anna Dankert"]


@pytest.mark.parametrize("sentence", [
    "Am 24. Februar 2022 begann der Angriff.", "Seit dem 1. Januar gilt das Gesetz.",
    "Im 21. Jahrhundert ist der Krieg zurück.", "Zum 3. Mal beschließt die EU das 19. Sanktionspaket.",
    "Die Brigade Nr. 45 steht in Litauen.", "Siehe S. 12 des Berichts.", "Gemäß Abs. 2 ist das erlaubt.",
    "Wir brauchen ggf. mehr Geld, d. h. neue Schulden.", "Wir liefern evtl. Kampfjets.",
    "Das ist der sog. Sonderweg.", "Das sind z. B. Panzer und u. a. Munition.", "Panzer bzw. Munition fehlen.",
    "Wir stationieren u. a. 1.000 Soldaten in Litauen.",
    "MM. Dupont et Durand ont voté contre.", "Il faut p. ex. des obus.", "Il faut p. ex. Paris et Berlin.",
    "Voir cf. p. 12 du rapport.", "Le coût est estimé à env. 50 millions.",
])
def test_german_and_french_ordinals_and_abbreviations_end_no_sentence(sentence):
    # A user audit: Punkt ended a sentence after a German ordinal ("Am 24." / "Februar 2022…",
    # "Im 21." / "Jahrhundert…") and after abbreviations it did not know ("Nr." / "45 steht…",
    # "ggf." / "mehr Geld", "MM." / "Dupont et Durand…").
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Wir brauchen Hilfe, z.B. Munition und Panzer.", "Das heißt, d.h. Deutschland liefert mehr.",
    "Es kamen u.a. Soldaten aus Polen.", "Das gilt z.T. Deutschland und i.d.R. Polen.",
    "Das gilt u.U. Deutschland.", "We need help, e.g. Ammunition and tanks.", "That is, i.e. Germany delivers.",
    "The U.S. Army helps.", "Wir brauchen Hilfe, z. B. Munition und Panzer.",
    "D.h. Deutschland muss sparen.", "U.a. Polen und Litauen wollen mehr.",
])
def test_a_german_letter_abbreviation_written_without_a_space_ends_no_sentence(sentence):
    # A user audit: "z.B.", "d.h." and "u.a." written without a space ended a sentence before a capital
    # ("…Hilfe, z.B." / "Munition und Panzer."), where "z. B." and English's "e.g." did not: Punkt reads
    # "z.B." as one word, which it was not given, and "z. B." as two initials.
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(("text", "sentences"), [
    ("He was the team's D.H. The manager agreed.", ["He was the team's D.H.", "The manager agreed."]),
    ("He moved to the U.A. The company followed.", ["He moved to the U.A.", "The company followed."]),
])
def test_english_initials_spelt_as_german_abbreviations_still_end_a_sentence(text, sentences):
    # A review: "d.h" and "u.a" given to Punkt, which is blind to case, also joined English initials
    # ending a sentence ("the team's D.H." / "The manager…"); German writes them in lower case.
    assert split_sentences(text) == sentences


@pytest.mark.parametrize("sentence", [
    "Das Wort hat der Abg. Dr. Hans Müller von der SPD-Fraktion.", "Ich erteile dem Abg. Müller das Wort.",
])
def test_the_bundestags_member_title_ends_no_sentence(sentence):
    # A user audit: "Abg." (Abgeordneter), which the Bundestag's record writes before a member's name, ended a
    # sentence ("Das Wort hat der Abg." / "Dr. Hans Müller…"), where "Dr." and Polish "pos." did not.
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Wir reden insb. von Munition.", "Wir reden insbes. von Munition.", "Wir reden bzgl. der Brigade.",
    "Es sind mehr ggü. dem Vorjahr.", "Das kostet 5 Mio. Euro abzgl. der Steuer.",
    "Es kostet einschl. der Steuer mehr.",
    "Wir handeln gem. § 5 des Gesetzes.", "Wir handeln gem. dem Vertrag.", "Wir handeln gem. Art. 5 des Vertrags.",
])
def test_german_abbreviations_before_a_word_in_lower_case_end_no_sentence(sentence):
    # A user audit: "insb.", "bzgl.", "ggü." and "gem." ended a sentence ("Wir reden insb." / "von Munition."),
    # where "ggf.", "sog." and "bzw." did not.
    assert split_sentences(sentence) == [sentence]


def test_german_gemaess_is_no_abbreviation_where_it_is_the_english_gem():
    # "gem." goes on only before a paragraph sign, an article or a law's article, since "gem" is English's too
    assert split_sentences("It is a gem. The tanks roll. It is a gem. 5 stars. what a gem. we love it.") == [
        "It is a gem.", "The tanks roll.", "It is a gem.", "5 stars.", "what a gem.", "we love it."]
    assert split_sentences("Wir reden insb. von Munition. Wir liefern sie.") == [
        "Wir reden insb. von Munition.", "Wir liefern sie."]


def test_english_letter_abbreviations_still_end_a_sentence_before_an_opener():
    assert split_sentences("Ukraine gets weapons from the U.S. They arrived on Monday.") == [
        "Ukraine gets weapons from the U.S.", "They arrived on Monday."]
    assert split_sentences("Wir liefern z.B. 30 Panzer, d.h. 2 Bataillone. Wir liefern sie.") == [
        "Wir liefern z.B. 30 Panzer, d.h. 2 Bataillone.", "Wir liefern sie."]


@pytest.mark.parametrize("sentence", [
    "Vice President J.D. Vance spoke in Munich.", "H.R. McMaster spoke in Munich.", "A.J. Smith spoke in Munich.",
    "E.J. Dionne wrote about Munich.", "C.J. Chivers reported from Kyiv.", "J.F.K. Kennedy spoke in Berlin.",
    "We met J.D. Vance in Munich.", "Sen. J.D. Vance met Gen. H.R. McMaster.", "Vice President J.D.\nVance spoke.",
])
def test_initials_written_without_a_space_before_a_surname_end_no_sentence(sentence):
    # A journalist's audit: "Vice President J.D. Vance spoke in Munich. Europeans were shocked." gave "Vice
    # President J.D." / "Vance spoke in Munich." / …, where "J. D. Vance" was one: Punkt reads a single
    # letter's stop as an initial's, and cut after "J.D.", which it did not know, before any capital.
    assert split_sentences(f"{sentence} Europeans were shocked.") == [sentence.replace("\n", " "),
                                                                      "Europeans were shocked."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("We met J.D. We then left.", ["We met J.D.", "We then left."]),  # before a word that opens sentences
    ("He flew to Washington, D.C. Allies met there.", ["He flew to Washington, D.C.", "Allies met there."]),
    ("Rome fell in 476 A.D. Barbarians ruled.", ["Rome fell in 476 A.D.", "Barbarians ruled."]),
    ("The talks began at 6 P.M. Allies arrived late.", ["The talks began at 6 P.M.", "Allies arrived late."]),
    ("It was chaired by the head of the E.C. Allies then left.",
     ["It was chaired by the head of the E.C.", "Allies then left."]),  # after an article: an acronym's
    ("We held talks with the U.S. The allies agreed.", ["We held talks with the U.S.", "The allies agreed."]),
    ("It ended at 5 p.m. Then we left.", ["It ended at 5 p.m.", "Then we left."]),
])
def test_capital_letters_that_end_a_sentence_still_end_it(text, sentences):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(("first", "second"), [
    ("Soldiers trained at Fort Bragg, N.C.", "Paratroopers of the 82nd Airborne then flew to Poland."),
    ("Trump held a rally in Manchester, N.H.", "Biden responded the next day."),
    ("The base is near Charleston, S.C.", "Officials declined to comment."),
    ("He studied in Princeton, N.J.", "Russia later recruited him."),
    ("Police in Sydney, N.S.W.", "Officials said he fled."),  # a state's beyond the US
    ("Romans ruled Britain until the fifth century C.E.", "Saxons then arrived."),
    ("The city was founded in the sixth century B.C.E.", "Romans later took it."),
    ("Troops left San Juan, P.R.", "Marines then arrived."),
])
def test_a_states_or_an_eras_letters_end_a_sentence_before_a_capital(first, second):
    # A review of cd20a36e: initials before a name went on, and so did a US state's or an era's letters, which
    # joined two sentences: "Soldiers trained at Fort Bragg, N.C. Paratroopers…" was one statement.
    assert split_sentences(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("sentence", [
    "Vice President J.D. Vance spoke in Munich.",
    "We met the vice president, J.D. Vance, in Munich.",  # after ", ": a name's, unless a state's
    "In Munich, J.D. Vance attacked Europe.",
    "Trump, J.D. Vance and Marco Rubio met.",
])
def test_initials_after_a_comma_still_go_on_before_a_name(sentence):
    assert split_sentences(f"{sentence} Europeans were shocked.") == [sentence, "Europeans were shocked."]


@pytest.mark.parametrize("sentence", [
    "Der Gipfel war am 3. Dez. 2024 in Brüssel.", "Der Bundestag hat am 3. Okt. zugestimmt.",
    "Am Do. 1. Februar beginnt die Übung.", "Die Minister trafen sich am Mo. 3. Okt. 2024 in Brüssel.",
    "Die Frist endet am 31. Mär. 2025.", "Das steht in Bd. 2 und Kap. 4 des Berichts.",
])
def test_a_german_abbreviated_month_or_weekday_ends_no_sentence(sentence):
    # A user audit: Punkt cut a German date at its abbreviated month ("am 3." / "Dez." / "2024
    # in Brüssel.") and after an abbreviated weekday ("am Mo." / "3." / "Okt. 2024…"), and the
    # day cut off alone was dropped as a list's marker: "3." was lost from the text.
    assert split_sentences(sentence) == [sentence]


def test_a_number_after_an_abbreviation_that_wants_one_is_no_list_marker():
    # The same audit: "Siehe Kap. 3. Danach…" lost its "3.", dropped as a list's marker; a
    # sentence after a weekday that ends one still ends ("Das ist so.") and a list run on inside a
    # paragraph still loses its markers
    assert split_sentences("Siehe Kap. 3. Danach folgt die Abstimmung.") == [
        "Siehe Kap. 3.", "Danach folgt die Abstimmung."]
    assert split_sentences("Das ist so. 3 Panzer kamen. Es war Dez. Wir gingen.") == [
        "Das ist so.", "3 Panzer kamen.", "Es war Dez.", "Wir gingen."]
    assert split_sentences("Wir taten zwei Dinge: 1. Wir planten. 2. Wir zahlten.") == [
        "Wir taten zwei Dinge:", "Wir planten.", "Wir zahlten."]
    # nor is a day opening a line before its abbreviated month, nor one after a colon
    assert split_sentences("Die Minister trafen sich am Mo.\n3. Okt. 2024 in Brüssel.") == [
        "Die Minister trafen sich am Mo. 3. Okt. 2024 in Brüssel."]
    assert split_sentences("Die Frist:\n3. Dez. 2024 endet sie.") == ["Die Frist: 3. Dez. 2024 endet sie."]
    assert split_sentences("Agenda:\n1. Jan. meeting\n2. Feb. meeting") == ["Agenda:", "Jan. meeting", "Feb. meeting"]


@pytest.mark.parametrize(("text", "sentences"), [
    ("В 1990-х гг. нам обещали, что НАТО не будет расширяться.",
     ["В 1990-х гг. нам обещали, что НАТО не будет расширяться."]),
    ("В XIX–XX вв. нас обманывали.", ["В XIX–XX вв. нас обманывали."]),
    ("Это было 24 февр. 2022 г. Они напали.", ["Это было 24 февр. 2022 г.", "Они напали."]),
    ("Мы встретились 3 янв. 2024 г. в Минске.", ["Мы встретились 3 янв. 2024 г. в Минске."]),
    ("Станом на 1 берез. 2022 р. армія трималася.", ["Станом на 1 берез. 2022 р. армія трималася."]),
    ("Це було 24 лют. 2022 р. Вони напали.", ["Це було 24 лют. 2022 р.", "Вони напали."]),
    # before a capital "гг." ends one, as "рр." does, and a month's abbreviation ends one but before a year
    ("Это было в 2000-х гг. Они напали.", ["Это было в 2000-х гг.", "Они напали."]),
    ("Это было в авг. Мы ушли.", ["Это было в авг.", "Мы ушли."]),
    ("Там много трав. 2022 год был сухим.", ["Там много трав.", "2022 год был сухим."]),
    # a year written out opens a sentence (a review): only the year's abbreviation continues one
    ("Ми бачили багато трав. 2022 року ми їх косили.", ["Ми бачили багато трав.", "2022 року ми їх косили."]),
    ("Там много трав. 2022 года не было.", ["Там много трав.", "2022 года не было."]),
    # a month that is no word goes on into its year written out too (a second review)
    ("Это случилось в дек. 2022 года и продолжилось.", ["Это случилось в дек. 2022 года и продолжилось."]),
    ("Це сталося у берез. 2022 року й триває.", ["Це сталося у берез. 2022 року й триває."]),
])
def test_russian_and_ukrainian_years_centuries_and_months_abbreviated_end_no_sentence(text, sentences):
    # An OSINT analyst's audit: "гг." and "вв." cut a sentence before a word in lower case, and a
    # month's abbreviation before its year: "Это было 24 февр. 2022 г. Они напали." gave
    # ['Это было 24 февр.', '2022 г.', 'Они напали.'], as French "févr." and German "Dez." do not.
    assert split_sentences(text) == sentences


@pytest.mark.parametrize("sentence", [
    "Siehe Drucksache Nr. 20/123, S. 5 ff. und die Anlage.", "Voir p. 12 et suiv. du rapport.",
    "L'amendement n° 12 rect. bis est adopté.", "Voir p. 12 et ss. du rapport.", "Voir op. cit. du rapport.",
    "Vgl. ebd. und die Anlage.", "Das sind bspw. die Panzer.", "Smith et al. found that allies agree.",
    "See Title 10, § 101 et seq. for the definitions.",
])
def test_a_citations_abbreviation_before_a_word_in_lower_case_ends_no_sentence(sentence):
    # A user audit: Punkt ended a sentence after a citation's abbreviation that a word in lower
    # case followed ("… S. 5 ff." / "und die Anlage.", "… et suiv." / "du rapport.",
    # "L'amendement n° 12 rect." / "bis est adopté.")
    assert split_sentences(sentence) == [sentence]


def test_a_citations_abbreviation_before_a_capital_still_ends_a_sentence():
    # as "etc." does, and a word of a lower-case post before lower case still ends one
    text = "Siehe S. 12 ff. Die Anlage folgt. Voir p. 12 et suiv. Le rapport suit. Vgl. ebd. Wir danken."
    assert split_sentences(text) == ["Siehe S. 12 ff.", "Die Anlage folgt.", "Voir p. 12 et suiv.",
                                     "Le rapport suit.", "Vgl. ebd.", "Wir danken."]
    assert split_sentences("we stand with ukraine. more tanks now. thx. see you") == [
        "we stand with ukraine.", "more tanks now.", "thx.", "see you"]


@pytest.mark.parametrize("text, expected", [
    ("i agree with op. nato should send more tanks.", ["i agree with op.", "nato should send more tanks."]),
    ("we met al. he says nato is strong.", ["we met al.", "he says nato is strong."]),
    ("the ss. they were the worst.", ["the ss.", "they were the worst."]),
    ("ask the loc. they know.", ["ask the loc.", "they know."]),
])
def test_a_lower_case_posts_word_that_is_a_citations_abbreviation_elsewhere_ends_a_sentence(text, expected):
    # A reviewer: "op.", "al." and "ss." went on before any word in lower case, so a post's "op"
    # (original poster), a name or "the ss." was glued to the next sentence; they are a citation's
    # only with their other word, "op. cit.", "et al.", or after a number or "§", "S.", "p.".
    assert split_sentences(text) == expected


@pytest.mark.parametrize("sentence", [
    "Smith et al. (2020) found that deterrence works.", "As Smith et al. (2019a, p. 4) show, allies agree.",
    "Voir op. cit. du rapport.", "Voir loc. cit. du rapport.", "Siehe §§ 3 ss. der Verordnung.",
    "Voir p. 12 et ss. du rapport.", "Siehe S. 5 ss. und die Anlage.",
])
def test_a_citations_abbreviation_with_its_other_word_or_a_year_in_brackets_goes_on(sentence):
    # and "et al." before its year in brackets goes on too, which was cut off: 'Smith et al.', '(2020) found…'
    assert split_sentences(sentence) == [sentence]


def test_a_sentence_ending_in_a_number_or_an_ending_abbreviation_still_ends():
    # the rules above are no licence to join sentences: a number before a capital that is no
    # month (nor English's "May") or ordinal's noun, and "etc." before a capital, end one
    text = ("Die Zahl stieg auf 45. Deutschland hilft. We sent 32. May I add one thing? "
            "Des armes, des obus, etc. La France agit. The shells are 155 mm. They arrive soon.")
    assert split_sentences(text) == [
        "Die Zahl stieg auf 45.", "Deutschland hilft.", "We sent 32.", "May I add one thing?",
        "Des armes, des obus, etc.", "La France agit.", "The shells are 155 mm.", "They arrive soon."]


@pytest.mark.parametrize("text, expected", [
    ("Nous renforçons le flanc est. La Pologne nous remercie.",
     ["Nous renforçons le flanc est.", "La Pologne nous remercie."]),
    ("Je sais où il est. Nous devons agir.", ["Je sais où il est.", "Nous devons agir."]),
    ("Das ist Kriegführung eigener Art. Wir müssen reagieren.",
     ["Das ist Kriegführung eigener Art.", "Wir müssen reagieren."]),
    ("C'est un vol. Nous protestons.", ["C'est un vol.", "Nous protestons."]),
    ("Ils sont sept. Nous aussi. Es dauerte 10 min. Dann gingen wir.",
     ["Ils sont sept.", "Nous aussi.", "Es dauerte 10 min.", "Dann gingen wir."]),
    ("It is a work of art. I like it.", ["It is a work of art.", "I like it."]),
])
def test_an_english_abbreviation_that_is_a_word_elsewhere_ends_a_sentence(text, expected):
    # A user audit: "est.", "Art.", "vol.", "sept." and "min." were abbreviations to Punkt
    # everywhere, so a French or German sentence ending in the word ("le flanc est.", "eigener
    # Art.") ran into the next as one statement.
    assert split_sentences(text) == expected


@pytest.mark.parametrize("sentence", [
    "Gemäß Art. 5 handeln wir.", "Gemäß Art. IV des Vertrags handeln wir.", "See vol. 3 of the report.",
    "NATO, est. 1949, grew.", "NATO (est. 1949) grew.", "On 3 Sept. 2024 we met.", "We met 10 min. later.",
    "We met in Sept. and agreed.", "Vol. II is out.",
])
def test_an_english_abbreviation_that_is_a_word_elsewhere_goes_on_before_its_number(sentence):
    # and they stay abbreviations where a number follows (or precedes, for "min.") or, title-cased,
    # before a word in lower case
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Selon le rapport n° 1234 (p. 12 et suiv.), les dépenses doivent augmenter.",
    "Laut Gutachten (S. 12 ff.), müssen die Ausgaben steigen.",
    "Das Bündnis (gegr. 1949) ist stark.",
    "Le gén. Burkhard a parlé des troupes en Estonie.",
    "Frau Dr. med. Weber sprach zur Lage.",
])
def test_a_stop_inside_brackets_or_after_a_title_ends_no_sentence(sentence):
    # A user audit: a citation's stop inside brackets cut the sentence outside them
    # ("…(p. 12 et suiv.)," / "les dépenses…"), and "gén." and "med." before a name did too.
    assert split_sentences(sentence) == [sentence]


def test_a_title_of_many_goes_on_before_a_word_in_lower_case():
    # "MM. les députés" (messieurs) came out as a statement "MM." of its own.
    assert split_sentences("M. Barrot a parlé. MM. les députés ont applaudi.") == [
        "M. Barrot a parlé.", "MM. les députés ont applaudi."]
    # and a bracket that closes no sentence of its own is no excuse to join the next
    assert split_sentences("We met :( Then we left. (We met.) Then we left.") == [
        "We met :( Then we left.", "(We met.)", "Then we left."]


def test_a_year_or_count_before_a_month_or_a_common_word_ends_a_sentence():
    # A reviewer: after the German ordinals were joined to their nouns, any number before a
    # month or such a noun ended no sentence, in English too ("…in 2001. September 11 changed
    # everything." was one statement); only a day before a German month, or an ordinal after
    # an article before its noun, is joined.
    for text in ["Article 5 was invoked only once, in 2001. September 11 changed everything.",
                 "Russia annexed Crimea in 2014. February 2022 brought a full-scale invasion.",
                 "We expected 30. August proved us wrong.", "The deadline is 2030. October is when we review it.",
                 "Die Ausgaben stiegen bis 2024. Mal sehen, ob das reicht.",
                 "Die Zahl stieg auf 32. Platz eins belegt Polen.",
                 "Le budget a baissé en 2022. Mal équipée, elle recule."]:
        assert len(split_sentences(text)) == 2, text
    for text in ["Bis zum 30. August 2025 bleibt die Brigade.", "Der Vertrag gilt ab dem 1. April 2026.",
                 "Das ist ihr 2. Mal hier."]:
        assert split_sentences(text) == [text]


@pytest.mark.parametrize("sentence", [
    "Die Ereignisse des 11. September haben alles verändert.", "Die Folgen des 1. September 1939 sind bekannt.",
    "Die Ereignisse des 3. November haben alles verändert.", "Morgen wird die 3. Panzerdivision verlegt.",
    "Das 2. Sondervermögen kommt.", "Die 10. Panzerdivision wird verlegt.", "Die 2. Lesung beginnt.",
    "Soldaten der 10. Panzerdivision kommen nach Litauen.", "Wir sind in der 20. Wahlperiode.",
    "Das ist die 150. Sitzung des Bundestages.", "Im 3. Anlauf klappte es.", "Zur 3. Beratung kam es nicht.",
])
def test_a_german_ordinal_before_any_noun_or_a_day_before_a_shared_month_after_des_ends_no_sentence(sentence):
    # A user audit: a day before a month English also has ended a sentence after "des" ("Die
    # Ereignisse des 11." / "September haben…"), and an ordinal after its article did before a
    # noun not on the list ("die 3." / "Panzerdivision verlegt.", "Das 2." / "Sondervermögen
    # kommt."), against the README; "des 3. Oktober" and "Die 2. Lesung" were kept whole.
    assert split_sentences(sentence) == [sentence]


def test_a_day_or_number_after_an_article_still_ends_a_sentence_before_a_new_ones_word():
    # a day alone after "am" or "bis zum", or a number before a word that opens a sentence,
    # still ends one; so does English's "am" before any capital
    text = ("Wir treffen uns am 3. Anschließend reden wir. Die Frist läuft bis zum 3. Danach beraten wir. "
            "Ich nehme die 3. Wir sehen uns. I am 30. Today I vote.")
    assert split_sentences(text) == [
        "Wir treffen uns am 3.", "Anschließend reden wir.", "Die Frist läuft bis zum 3.", "Danach beraten wir.",
        "Ich nehme die 3.", "Wir sehen uns.", "I am 30.", "Today I vote."]


@pytest.mark.parametrize("text", ["Das 3. Reich war ein Verbrechen.", "Der 1. FC Köln spielt heute.",
                                  "Die 2. Bundesliga startet.", "Der 3. Teil des Berichts folgt.",
                                  "Die 2. Hälfte des Jahres wird schwer.", "Der 2. Vorsitzende spricht.",
                                  "Die 4. Gewalt wacht."])
def test_an_article_and_a_number_opening_a_sentence_go_on_before_any_noun(text):
    # A review: an ordinal before a noun of no listed shape cut the sentence ('Das 3.', 'Reich war
    # ein Verbrechen.'); "Das 3." alone is never a sentence, while "Im 18." (English "I'm") may be.
    assert split_sentences(text) == [text]
    assert split_sentences(f"Er sagt es. {text}") == ["Er sagt es.", text]
    assert split_sentences("Im 18. Ukraine deserves our help.") == ["Im 18.", "Ukraine deserves our help."]


@pytest.mark.parametrize("text, expected", [
    ("honestly im 19. Nobody my age wants this war.", ["honestly im 19.", "Nobody my age wants this war."]),
    ("Im 18. Ukraine deserves our help.", ["Im 18.", "Ukraine deserves our help."]),
    ("honestly im 19. Young people like me are scared.", ["honestly im 19.", "Young people like me are scared."]),
    ("Thousands more will die 2. Ukraine needs air defence now.",
     ["Thousands more will die 2.", "Ukraine needs air defence now."]),
    ("Deutschland belegt im Ranking den 3. Polen liegt vorne.",
     ["Deutschland belegt im Ranking den 3.", "Polen liegt vorne."]),
    ("Wir brauchen die 2. Russland wartet nicht.", ["Wir brauchen die 2.", "Russland wartet nicht."]),
    ("Die Ukraine erhielt das 3. Putin reagierte wütend.", ["Die Ukraine erhielt das 3.", "Putin reagierte wütend."]),
])
def test_a_number_after_an_article_ends_a_sentence_before_a_name_or_an_english_word(text, expected):
    # A reviewer: after "article + number." any capitalised word not on a short list of openers
    # went on with the sentence, so a name opening the next one ("Polen", "Putin", "Ukraine")
    # was glued to it, and so was English after "im" (a post's "I'm") or "die"; only a word
    # shaped as a German noun an ordinal comes before ("Panzerdivision", "Beratung") goes on.
    assert split_sentences(text) == expected


@pytest.mark.parametrize("sentence", [
    "Die 3. Brigade wird verlegt.", "Der Kommandeur des 2. Bataillons spricht.", "Das 5. Hilfspaket kommt bald.",
    "Die 2. Änderung des Gesetzes gilt ab Mai.", "Die 4. Tranche ist unterwegs.", "Im 2. Versuch klappte es.",
])
def test_a_german_ordinal_goes_on_before_a_noun_of_a_units_or_a_laws_shape(sentence):
    # the other side of the rule above: a noun an ordinal numbers, by its German ending or the
    # head of its compound, is no new sentence
    assert split_sentences(sentence) == [sentence]


def test_a_list_item_may_open_with_a_month_or_a_title():
    # A reviewer: the rules keeping a German date or "z. B." at a line's start made these
    # items no list items, so their lines merged, markers and all.
    assert split_sentences("Key dates\n1. June 2024 summit in Washington\n2. July 2025 summit in The Hague\n"
                           "3. March 2026 ministers meet\n") == [
        "Key dates", "June 2024 summit in Washington", "July 2025 summit in The Hague", "March 2026 ministers meet"]
    assert split_sentences("The committee recommends that:\na. Mr. Smith chair the review board\nb. Dr. Jones lead "
                           "the audit\nc. the budget be doubled\nd. U.S. forces stay\n") == [
        "The committee recommends that:", "Mr. Smith chair the review board", "Dr. Jones lead the audit",
        "the budget be doubled", "U.S. forces stay"]


DEMANDS = ["No more weapons for Ukraine", "Bring the brigade home from Lithuania"]


@pytest.mark.parametrize("bullet", ["-", "–", "—", "+", "·", ">", "*", "•", "▪", "◦", "‣", "○", "■", "►", "➢", "→",
                                    "✓", "1.", "a)"])
def test_each_list_item_under_a_heading_without_a_colon_is_a_statement_whatever_its_bullet(bullet):
    # A user audit: under a heading with no colon, a list of hyphen items became one statement
    # ("Our demands - No more weapons for Ukraine - Bring the brigade home…"), as did "–", "—",
    # "+", "·" and ">" items, while "*", "•", "1." and "a)" items were each a statement.
    text = "Our demands\n" + "".join(f"{bullet} {item}\n" for item in DEMANDS)
    assert split_sentences(text) == ["Our demands", *DEMANDS]


PLAN = ["More air defence for Poland", "A brigade in Lithuania", "Ammunition for Ukraine"]


@pytest.mark.parametrize("bullet", ["✅", "🔹", "🔸", "➡️", "✔️", "❌", "📌", "👉🏽", "🇺🇦", "👩‍💻", "#️⃣"])
def test_each_list_item_opening_with_an_emoji_bullet_is_a_statement(bullet):
    # A user audit: items opening with an emoji merged ("Our plan for the summit: ✅ More air defence
    # for Poland", "✅ A brigade in Lithuania ✅ Ammunition for Ukraine"), where "•" items are a statement
    # each; the same emoji opening lines in a row is a bullet, under a heading with a colon or without
    for heading in ("Our plan for the summit:", "Our plan for the summit"):
        text = heading + "\n" + "".join(f"{bullet} {item}\n" for item in PLAN) + "\n👉 Read more on our website\n"
        # a lone line that an emoji opens keeps it, as before
        assert split_sentences(text) == [heading, *PLAN, "👉 Read more on our website"]


def test_emoji_bullets_number_items_follow_a_colon_and_keep_wrapped_lines():
    text = "Our plan for the summit:\n✅ More air defence for Poland\n✅ A brigade in Lithuania\n" \
           "✅ Ammunition for Ukraine\n\n👉 Read more on our website\n"
    assert stance.sentences.split_statements(text) == [
        ("Our plan for the summit:", None, 1), *((item, None, line) for item, line in zip(PLAN, (2, 3, 4))),
        ("👉 Read more on our website", None, 6)]
    # keycap digits number the items, each a statement
    assert split_sentences("Three asks\n1️⃣ More air defence for Poland\n2️⃣ A brigade in Lithuania\n"
                           "3️⃣ Ammunition for Ukraine") == ["Three asks", *PLAN]
    # under a colon, any emoji opening the lines below is a bullet, one alone too
    assert split_sentences("Where we stand:\n✅ More air defence for Poland\n❌ Troops in Ukraine") == [
        "Where we stand:", "More air defence for Poland", "Troops in Ukraine"]
    assert split_sentences("What we ask:\n👉 More air defence for Poland") == [
        "What we ask:", "More air defence for Poland"]
    # an item wrapped onto a line of its own goes on, as a "•" item does
    assert split_sentences("Our plan:\n✅ More air defence for Poland and\nthe Baltic states\n"
                           "✅ A brigade in Lithuania") == [
        "Our plan:", "More air defence for Poland and the Baltic states", "A brigade in Lithuania"]
    # a speaker's tag is no heading: the emoji opening the speaker's words stay, as before
    assert split_speakers("RUTTE:\n🇺🇦 We stand with Ukraine.\nQ:\nWhat next?") == [
        ("🇺🇦 We stand with Ukraine.", "RUTTE"), ("What next?", "Q")]
    # nor is an emoji before a post's closing tags, which stay with the post, nor are two emoji a bullet
    assert split_sentences("Proud of our troops:\n💪 #NATO #WeAreNATO") == ["Proud of our troops: 💪 #NATO #WeAreNATO"]
    assert split_sentences("Our plan:\n🇺🇦💙 We stand with Ukraine.") == ["Our plan: 🇺🇦💙 We stand with Ukraine."]


def test_a_dash_item_is_told_from_a_dash_inside_a_sentence():
    # a list: an item in lower case below its heading, or two dash lines in a row
    assert split_sentences("Our demands\n- no more weapons for Ukraine\n- bring the brigade home\n") == [
        "Our demands", "no more weapons for Ukraine", "bring the brigade home"]
    assert split_sentences("Our demands\n- No more weapons for Ukraine") == [
        "Our demands", "No more weapons for Ukraine"]
    # a sentence's rest after a dash in lower case, or an aside the line closes, goes on
    assert split_sentences("We will send more troops\n- and tanks.") == ["We will send more troops - and tanks."]
    assert split_sentences("The talks with Rutte\n- NATO's chief -\nwent well.") == [
        "The talks with Rutte - NATO's chief - went well."]
    # nor is ">" before a number a bullet: "more than"
    assert split_sentences("Spending must reach\n> 2% of GDP.") == ["Spending must reach > 2% of GDP."]


@pytest.mark.parametrize(("text", "expected"), [
    ("The three Baltic states\n– Estonia, Latvia and Lithuania – host battlegroups.",
     "The three Baltic states – Estonia, Latvia and Lithuania – host battlegroups."),
    ("Our support will continue\n— Kyiv can count on us — until the war ends.",
     "Our support will continue — Kyiv can count on us — until the war ends."),
    ("The leaders told the alliance\n– NATO's 32 members – would not be divided.",
     "The leaders told the alliance – NATO's 32 members – would not be divided."),
])
def test_a_dash_line_whose_aside_closes_inside_it_goes_on_with_the_sentence_above(text, expected):
    # A reviewer: since the dash bullets, an aside opened by a dash at a wrapped line's start
    # before a capital cut the sentence in two and lost its dash; its closing dash later on the
    # same line says it is an aside, not a list's item
    assert split_sentences(text) == [expected]
    # a list of such lines is still a list
    assert split_sentences("Our demands\n- No more weapons – none\n- Bring the brigade home\n") == [
        "Our demands", "No more weapons – none", "Bring the brigade home"]


def test_lines_quoted_with_a_mark_read_as_the_text_without_the_marks():
    # A reviewer: since ">" became a bullet, an email's or a forum's quoted lines were cut into
    # fragments ("We will never recognise the annexation" / "of Crimea by Russia.")
    assert split_sentences("> We will never recognise the annexation\n> of Crimea by Russia.") == [
        "We will never recognise the annexation of Crimea by Russia."]
    # a quote inside a quote, an empty quoted line between paragraphs, and the reply below
    assert split_sentences(">> Allies must spend\n>> more on defence.\n>\n> Why, and\n> how much?\nTwo per cent.") == [
        "Allies must spend more on defence.", "Why, and how much?", "Two per cent."]
    # a run of marked lines that each open with a capital and end no sentence is a list
    assert split_sentences("Our demands\n> No more weapons\n> Bring the brigade home\n") == [
        "Our demands", "No more weapons", "Bring the brigade home"]
    # ">" before a number compares
    assert split_sentences("Spending must reach\n> 2% of GDP.") == ["Spending must reach > 2% of GDP."]


def test_an_email_programs_line_above_the_lines_it_quotes_is_left_out():
    # A newsroom audit: a reply pasted from an e-mail ran the program's "On …, … wrote:" into the
    # sentence it quoted, one statement of no target where the quote says NATO must stay united.
    quoted = "> NATO must stay united in the face of Russian\n> aggression.\n"
    for attribution in ["On Tue, 10 Mar 2026 at 18:30, Press Office <press@mod.example.gov> wrote:",
                        "On 9 Mar 2026, at 17:02, newsdesk@ledger.example.com wrote:",
                        "Am 10.03.2026 um 18:30 schrieb Press Office <press@mod.example.gov>:",
                        "Le mar. 10 mars 2026 à 18:30, Press Office <press@mod.example.gov> a écrit :"]:
        for gap in ["\n", "\n\n"]:
            doc = stance.score_document(f"Thanks, see below.\n\n{attribution}{gap}{quoted}")
            assert doc.sentences["text"].tolist() == [
                "Thanks, see below.", "NATO must stay united in the face of Russian aggression."]
            assert doc.sentences["label"].tolist()[1] == "unity"
    # without a time it may be a sentence leading into a quotation, and stays one with it
    assert split_sentences("On Tuesday the minister wrote:\n> We will never abandon Ukraine.") == [
        "On Tuesday the minister wrote: We will never abandon Ukraine."]
    # with no quoted lines below it is left as written
    assert split_sentences("On Tue, 10 Mar 2026 at 18:30, Press Office wrote:\nWe will act.") == [
        "On Tue, 10 Mar 2026 at 18:30, Press Office wrote: We will act."]


def test_an_emails_signature_below_its_separator_is_left_out():
    # A newsroom audit: a reply's signature below the separator "-- " was scored, each line a
    # statement of no target ("Tom Reed | Defence correspondent", "Northern Ledger")
    reply = ("Does the Minister believe the Alliance is united?\n\nTom\n\n-- \n"
             "Tom Reed | Defence correspondent\nNorthern Ledger\n+44 20 7946 0000\n\n"
             "> NATO must stay united.\n")
    doc = stance.score_document(reply)
    assert doc.sentences["text"].tolist() == [
        "Does the Minister believe the Alliance is united?", "Tom", "NATO must stay united."]
    assert doc.sentences["line"].tolist() == [1, 3, 10]
    # eight lines at most; a longer block below the separator, or "--" without its space, is words
    assert split_sentences("We act.\n-- \nTom Reed\nNorthern Ledger") == ["We act."]
    block = "\n".join(f"Allies met in city {n}." for n in range(1, 10))
    assert len(split_sentences(f"We act.\n-- \n{block}")) == 10
    assert split_sentences("We act.\n--\nTom Reed") == ["We act.", "Tom Reed"]


def test_a_signature_quoted_in_a_reply_is_left_out():
    # A newsroom audit: a reply quoting a message with its signature ("> -- " / "> Anna Berg | Defence
    # desk") scored each of the signature's lines, the separator's space lost as the quote marks went
    reply = ("Yes, I agree with this.\n\n> Russia is the main threat to Europe.\n>\n> -- \n"
             "> Anna Berg | Defence desk\n> Northern Ledger\n> +44 20 7946 0000\n")
    assert split_sentences(reply) == ["Yes, I agree with this.", "Russia is the main threat to Europe."]
    # quoted as unquoted: words with a sentence below a separator, or "--" without its space, stay
    assert split_sentences("> We act.\n> -- \n> KALLAS: Russia is the threat.\n") == [
        "We act.", "Russia is the threat."]
    assert "Anna Berg" in split_sentences("> We act.\n> --\n> Anna Berg\n")


@pytest.mark.parametrize("text, said", [
    ("RUTTE: We are united.\n-- \nKALLAS: Russia is the threat. We must support Ukraine.\n",
     [("We are united.", "RUTTE"), ("Russia is the threat.", "KALLAS"), ("We must support Ukraine.", "KALLAS")]),
    ("Allies met.\n-- \nNATO Allies agreed to raise defence spending.\nThey meet in June.\n",
     [("Allies met.", None), ("NATO Allies agreed to raise defence spending.", None), ("They meet in June.", None)]),
    ("Thanks.\n-- \nTom Reed\nViews my own. NATO must stand with Ukraine\n",
     [("Thanks.", None), ("Tom Reed", None), ("Views my own.", None), ("NATO must stand with Ukraine", None)]),
])
def test_words_below_a_signature_separator_are_kept(text, said):
    # A review of c3474f4d: any block of eight lines or fewer below "-- " was blanked as a signature,
    # so a section's words below a separator, a speaker's too, were lost; a sentence marks them words
    assert split_speakers(text) == said


@pytest.mark.parametrize("attribution", ["On Tue, 10 Mar 2026 at 18:30, Anna Berg <\nanna.berg@mod.example.gov> wrote:",
                                         "On Tue, 10 Mar 2026 at 18:30, Anna Berg <anna.berg@mod.example.gov>\nwrote:",
                                         "Le mar. 10 mars 2026 à 18:30, Anna Berg <anna@mod.example.gov> a\nécrit :"])
def test_a_mail_programs_line_above_a_quote_wrapped_over_two_lines_is_left_out(attribution):
    # A newsroom audit: Gmail wraps its "On …, … wrote:" at 78 characters, and the two lines ran into
    # the first quoted sentence, one statement of no target where the quote supports Ukraine
    assert split_sentences(f"Agreed.\n\n{attribution}\n\n> Allies must send more shells to Ukraine.\n") == [
        "Agreed.", "Allies must send more shells to Ukraine."]
    # a sentence above the line it goes on in is its own, and stays
    assert split_sentences("We met.\nOn Tuesday the minister\nwrote:\n> We act.\n") == [
        "We met.", "On Tuesday the minister wrote: We act."]


@pytest.mark.parametrize("text", [
    "On 10 March 2026, at 18:30, Allies agreed to send more air defence to Ukraine.\nThe Secretary General wrote:\n",
    "On 10 March 2026 at 18:30 the minister announced new aid.\nIn her e-mail she wrote:\n\n",
])
def test_a_sentence_with_a_date_and_a_time_above_a_lead_into_a_quote_is_kept(text):
    # A review of 855edeb4: read joined to the line below as a wrapped "On …, … wrote:", a whole sentence
    # with a date and a time of day went with the lead-in below it, the story's statement lost
    said = split_sentences(f"{text}> We will send more shells to Ukraine.\n")
    assert said[0] == text.split("\n")[0]
    assert said[1:] == [text.split("\n")[1], "We will send more shells to Ukraine."]


@pytest.mark.parametrize("first_half", [
    "On Tue, Mar 10, 2026 at 6:30 PM J. Smith Jr.\n<j.smith@example.com> wrote:",
    "On Tue, Mar 10, 2026 at 6:30 p.m.\nAnna Berg <anna@example.com> wrote:",
    "Le mar. 10 mars 2026 à 18:30, Anna B.\n<anna@example.com> a écrit :",
])
def test_a_mail_programs_wrapped_lead_in_whose_first_half_ends_in_a_stop_is_still_the_programs(first_half):
    # A review of a4a5b97a: a first half ending in an initial or "p.m." ends as a sentence does, and the
    # wrapped "On …, … wrote:" was kept as words, the quoted sentence glued to "<j.smith@…> wrote:"
    assert split_sentences(f"{first_half}\n> We will send more shells to Ukraine.\n") == [
        "We will send more shells to Ukraine."]


@pytest.mark.parametrize("lead", ["On 10.03.2026, the minister wrote:", "Am 24.02.2022 schrieb der Kanzler:",
                                  "On Tuesday at 18:30 the minister wrote:"])
def test_a_sentence_leading_into_a_quotation_with_a_date_or_a_time_is_kept(lead):
    # A review of 84c044e1: the time that tells an e-mail program's line was found in a date's
    # day and month ("10.03" of "10.03.2026"), and a sentence naming a time without a date's
    # year, no mail program's way, was left out too: words leading into the quotation, lost.
    assert split_sentences(f"{lead}\n> We will never abandon Ukraine.\n") == [f"{lead} We will never abandon Ukraine."]


@pytest.mark.parametrize("attribution", ["On 10/03/2026 18:30, Press Office wrote:",
                                         "Am 10.03.26 um 18.30 schrieb Press Office:",
                                         "On Tue, Mar 10, 2026 at 6:30 PM Press Office <press@mod.example.gov> wrote:",
                                         "On Tuesday, March 10, 2026, 06:30:00 PM GMT+1, Press Office wrote:"])
def test_mail_programs_lines_above_a_quote_with_their_dates_and_times_are_left_out(attribution):
    # Thunderbird's, its German, Gmail's and Yahoo's, each with a date's year and a time of day
    assert split_sentences(f"{attribution}\n> We will never abandon Ukraine.\n") == ["We will never abandon Ukraine."]


def test_outlooks_header_lines_with_mailto_addresses_are_left_out():
    # A review of 47e39bbe: Outlook's reply header writes the sender "Name [mailto:address]", and
    # "From: Press Office [mailto:press@…]" was scored while the "Sent:" below it went.
    header = ("-----Original Message-----\nFrom: Press Office [mailto:press@mod.example.gov]\n"
              "Sent: Tuesday, March 10, 2026 6:30 PM\n"
              "To: Tom Reed [mailto:tom@ledger.example.com]; desk@ledger.example.com\n"
              "Subject: RE: Brigade question\n\nWe will send more tanks to Ukraine.\n")
    assert split_sentences(header) == ["Subject: RE: Brigade question", "We will send more tanks to Ukraine."]


@pytest.mark.parametrize("separator", ["-----Original Message-----", "-------- Forwarded Message --------",
                                       "---------- Forwarded message ---------", "Begin forwarded message:",
                                       "-----Ursprüngliche Nachricht-----", "-------- Message transféré --------"])
def test_a_mail_programs_line_above_a_forwarded_or_quoted_message_is_left_out(separator):
    # A newsroom audit: the line a mail program writes above the message it forwards was scored as a
    # statement of no target, one more "none" in the document's profile
    text = f"Please see below.\n\n{separator}\nSubject: Air defence\n\nWe will send more air defence to Ukraine.\n"
    assert split_sentences(text) == ["Please see below.", "Subject: Air defence",
                                     "We will send more air defence to Ukraine."]
    # words about a forwarded message are words
    for words in ["The original message was forwarded to NATO.", "Begin forwarded message: we act."]:
        assert split_sentences(words) == [words]


def test_outlooks_header_lines_naming_a_person_last_name_first_are_left_out():
    # A review of 5a949e04: Outlook names a person "Reed, Tom [mailto:…]", and the comma ended the
    # name, so that "From:" line was scored as a statement of no target while the "Sent:" below went.
    header = ("From: Reed, Tom [mailto:tom@ledger.example.com]\nSent: Tuesday, March 10, 2026 6:30 PM\n"
              "To: Tamm, Kadri [mailto:kadri@mod.example.ee]; desk@ledger.example.com\n\n"
              "We will send more tanks to Ukraine.\n")
    assert split_sentences(header) == ["We will send more tanks to Ukraine."]
    # a comma with no "[mailto:" after it still ends a name: words, not a header
    assert split_sentences("From: Brussels, the minister writes to press@mod.example.gov.") == [
        "From: Brussels, the minister writes to press@mod.example.gov."]


def test_a_line_of_long_addresses_is_read_in_linear_time():
    # A review of 47e39bbe: the header's pattern could split a name from each address at every
    # letter, tried again for each address after it, and a "Cc:" line of four long addresses and
    # "(all)", which fails at its end, took 10 s (a 2 MB archive of such lines would take days).
    addresses = ", ".join(f"{name}@{domain}" for name, domain in [
        ("annaberg.pressofficer", "mod.example.gov"), ("tomreed.correspondent", "ledger.example.com"),
        ("kadritamm.spokesperson", "mod.example.ee"), ("defencedesk.nightshift", "ledger.example.com")])
    started = time.process_time()
    assert split_sentences(f"Cc: {addresses} (all)\n\nWe act.") == [f"Cc: {addresses} (all)", "We act."]
    assert split_sentences(f"Cc: {addresses}\n\nWe act.") == ["We act."]  # a header's line still goes
    assert time.process_time() - started < 2.0  # about 0.05 s


def test_a_line_of_many_short_addresses_is_read_in_linear_time():
    # A review of c5087052: a name could still be empty in two ways, and take the spaces after a
    # comma or leave them, so a "To:" line of short addresses that fails at its end was tried in
    # each way for each address: fifteen and "(all)" took some 13 s, eighteen (188 characters) minutes.
    addresses = ", ".join(["ab@cd.eu"] * 15)
    started = time.process_time()
    assert split_sentences(f"To: {addresses} (all)\n\nWe act.") == [f"To: {addresses} (all)", "We act."]
    assert split_sentences(f"To: Tom Reed <tr@cd.eu>,  {addresses}\n\nWe act.") == ["We act."]  # still a header
    assert time.process_time() - started < 2.0  # about 0.01 s


def test_an_email_programs_line_quoted_in_a_thread_is_left_out():
    # A review of 84c044e1: a reply to a reply quotes the line above what the first reply quoted,
    # and it still ran into the first sentence it quoted, one statement of no target.
    thread = ("Thanks.\n\nOn Tue, 10 Mar 2026 at 18:30, Press Office <press@mod.example.gov> wrote:\n> Yes.\n>\n"
              "> On Mon, 9 Mar 2026 at 10:00, Tom Reed <tom@ledger.example.com> wrote:\n{gap}"
              ">> NATO must stay united in the face of Russian\n>> aggression.\n")
    for gap in ["", ">\n", "> \n"]:
        assert split_sentences(thread.format(gap=gap)) == [
            "Thanks.", "Yes.", "NATO must stay united in the face of Russian aggression."]
    # quoting what is no deeper, it leads into what follows as before
    assert split_sentences("> On Mon, 9 Mar 2026 at 10:00, Tom wrote:\n> We act.\n") == [
        "On Mon, 9 Mar 2026 at 10:00, Tom wrote: We act."]


def test_an_emails_header_lines_are_left_out():
    # A newsroom audit: a press release pasted from an e-mail scored its headers as statements
    # ("To: newsdesk@…" as "To:"), and a block of them, one a line, wrapped into one statement.
    headers = ("From: Tom Reed <tom@ledger.example.com>\n"
               "To: Press Office <press@mod.example.gov>, \"Berg, Anna\" <anna@mod.example.gov>\n"
               "Cc: desk@ledger.example.com\n"
               "Subject: Re: Brigade question\n"
               "Date: Wed, 11 Mar 2026 08:02:11 +0000\n"
               "Sent: Wednesday, March 11, 2026 8:02 AM\n\n")
    doc = stance.score_document(headers + "We will send more tanks to Ukraine.\n")
    # the subject is the message's headline, scored as one
    assert doc.sentences["text"].tolist() == ["Subject: Re: Brigade question", "We will send more tanks to Ukraine."]
    assert doc.sentences["line"].tolist() == [4, 8]
    # the same labels before words are words
    for words in ["From: the Baltic to the Black Sea, Allies stand united.", "Date: to be confirmed.",
                  "To: all Allies, spend more on defence.", "Sent: the brigade, in 2026, to Lithuania."]:
        assert split_sentences(words) == [words]


@pytest.mark.parametrize("headers", [
    "Von: Pressestelle <presse@ministerium.example>\nGesendet: Dienstag, 10. März 2026 18:30\n"
    "An: Redaktion <redaktion@zeitung.example>; chef@zeitung.example\nBetreff: Panzer für die Ukraine\n",
    "De : Service de presse <presse@ministere.example>\nEnvoyé : mardi 10 mars 2026 18:30\n"
    "À : redaction@journal.example\nCc : chef@journal.example\nObjet : Panzer für die Ukraine\n",
    "Von: presse@ministerium.example\nDatum: 10.03.2026 18:30\nAn: redaktion@zeitung.example\n"
    "Betreff: Panzer für die Ukraine\n",
])
def test_an_emails_header_lines_in_german_or_french_are_left_out_and_name_no_speaker(headers):
    # A newsroom audit: a German or French release forwarded by e-mail was read as a transcript, its
    # header labels as tags ("Von" speaking its sender's address, "An" speaking the release below)
    doc = stance.score_document(headers + "\nWe will send more tanks to Ukraine this spring.\n")
    subject = headers.rstrip("\n").rsplit("\n", 1)[1]
    assert split_speakers(headers + "\nWe will send more tanks to Ukraine this spring.\n") == [
        (subject, None), ("We will send more tanks to Ukraine this spring.", None)]
    assert doc.sentences["label"].tolist()[-1] == "ukraine_support"
    # the same labels before words are words
    for words in ["Von: Brüssel bis Vilnius stehen die Alliierten zusammen.", "De : Riga à Tallinn, nous tenons."]:
        assert split_sentences(words) == [words]


@pytest.mark.parametrize("header, subject", [
    ("From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\nTo: Tom Reed; Kadri Tamm\nCc: Defence desk\n"
     "Subject: RE: Baltic air policing\n", "Subject: RE: Baltic air policing"),
    ("Von: Pressestelle Verteidigungsministerium\nGesendet: Dienstag, 10. März 2026 18:30\nAn: Redaktion Nordkurier\n"
     "Betreff: Luftraum über dem Baltikum\n", "Betreff: Luftraum über dem Baltikum"),
    ("De : Service de presse du ministère\nEnvoyé : mardi 10 mars 2026 18:30\nÀ : Rédaction Ouest Matin\n"
     "Objet : Police du ciel balte\n", "Objet : Police du ciel balte"),
])
def test_an_emails_header_naming_people_without_addresses_is_left_out(header, subject):
    # A newsroom audit: Outlook's header inside an organisation names its sender and recipients with no
    # address ("From: Anna Berg", "To: Tom Reed"), and each such line was a statement of no target, a
    # German or French one the tag of a speaker ("De" speaking the whole release below)
    text = f"Fine by me.\n\n{header}\nAllies must keep the air policing mission over the Baltic states.\n"
    assert split_speakers(text) == [("Fine by me.", None), (subject, None),
                                    ("Allies must keep the air policing mission over the Baltic states.", None)]
    # without a sending date's line beside them, such lines are words
    assert split_sentences("From: Anna Berg\nTo: Tom Reed\n\nWe act.") == ["From: Anna Berg", "To: Tom Reed", "We act."]
    assert split_sentences("Sent: Tuesday, March 10, 2026 6:30 PM\nFrom: the Baltic to the Black Sea, we stand.") == [
        "From: the Baltic to the Black Sea, we stand."]


@pytest.mark.parametrize("footer", ["Follow us on X. Sign up for our newsletter.",
                                    "Follow us on Bluesky. Subscribe to our daily briefing. Sign up for our alerts.",
                                    "Embargoed until 00:01 GMT. Not for publication before then.",
                                    "Embargoed until 00:01 GMT. Not to be published or broadcast before then."])
def test_a_footers_sentences_on_one_line_are_left_out(footer):
    # A newsroom audit: a footer stored in one table cell, its note going on into another footer's
    # sentence, was scored as statements of no target ("Follow us on X. Sign up for our newsletter.")
    assert split_sentences(f"NATO allies agreed to spend more on defence.\n\n{footer}\n") == [
        "NATO allies agreed to spend more on defence."]
    # words after them on the line are words, and stay
    assert "Allies will meet again in June to agree the plan." in split_sentences(
        f"{footer} Allies will meet again in June to agree the plan.\n")


@pytest.mark.parametrize("words", ["“Allies will meet again in June,” Rutte said.", "5 allies will meet again in June.",
                                   "(Allies will meet again in June.)", "¿Se reunirán los aliados en junio?"])
@pytest.mark.parametrize("footer", ["Follow us on X. Sign up for our newsletter.",
                                    "Embargoed until 00:01 GMT. Not for publication before then…"])
def test_words_after_a_footers_sentences_on_their_line_are_kept(footer, words):
    # Words after a footer's sentences are a statement still, whatever they open with: those that
    # opened with no capital (a quote, a number, a bracket) were left out with the footer
    assert split_sentences(f"{footer} {words}\n")[-1].endswith(words)


@pytest.mark.parametrize("sentence", ["Sign up for our newsletter to learn why NATO must send more air defence.",
                                      "Not for publication before then: NATO allies agreed to spend more on defence."])
def test_a_footers_call_that_goes_on_into_words_is_kept(sentence):
    # Only a footer's whole sentence is a footer's: one going on into words is words, as on its own line
    assert split_sentences(f"NATO allies met.\n\n{sentence}\n")[-1] == sentence
    assert split_sentences(f"Follow us on X. {sentence}\n")[-1].endswith(sentence)


@pytest.mark.parametrize("footer", [
    "Follow us on X. Sign up for our newsletter here.", "Follow us on X. Sign up for our newsletter at nato.int.",
    "Follow us on X. Sign up for our daily briefing for free!", "Follow us on X. Sign up for our newsletter today.",
    "Embargoed until 00:01 GMT. Not to be published until 10 a.m. CET.",
    "Embargoed until 00:01 GMT. Not for release before 10.30 a.m. on 10 March.",
])
def test_a_footers_call_with_a_few_words_of_where_or_when_is_still_the_footers(footer):
    # A review of c1b342b5: read to its stop, a call ending in "here", "at nato.int" or "today", or an
    # embargo's time in "a.m.", was no footer's sentence, and the whole footer was scored as words
    assert split_sentences(f"{footer}\n\nNATO allies agreed to send more air defence.\n") == [
        "NATO allies agreed to send more air defence."]
    # words after it are still words, and "a.m." with no time zone after it ends its sentence
    assert split_sentences(f"{footer} NATO allies agreed today.\n")[-1].endswith("NATO allies agreed today.")


@pytest.mark.parametrize("asker, answerer", [("Lord Ashwell", "Baroness Marlow"),
                                             ("Tom Reed (Exampleton)", "Baroness Smith of Basildon")])
def test_a_written_questions_asker_and_answerer_are_its_speakers(asker, answerer):
    # A newsroom audit: a written parliamentary question's "Asked by …" and "Answered by …" lines were
    # statements of no target, and the question and the answer no one's; they stand for tags
    question = (f"Ukraine: Military Aid\n\nAsked by {asker}\n\nTo ask the Government what further air defence "
                f"support they will provide to Ukraine.\n\nAnswered by {answerer}\n\n"
                "We will send more air defence systems to Ukraine this year. We stand with our Allies.\n")
    asked, answered = asker.split(" (")[0], answerer
    assert split_speakers(question) == [
        ("Ukraine: Military Aid", None),
        ("To ask the Government what further air defence support they will provide to Ukraine.", asked),
        ("We will send more air defence systems to Ukraine this year.", answered),
        ("We stand with our Allies.", answered)]
    # alone, or in words, such a line is a statement as before
    assert split_speakers("Asked by Lord Ashwell\n\nWe act.\n") == [("Asked by Lord Ashwell", None), ("We act.", None)]
    assert split_sentences("Asked by reporters, the minister said no.") == ["Asked by reporters, the minister said no."]


@pytest.mark.parametrize("asked, answered", [("Asked by Lord Ashwell.", "Answered by Łukasz Nowak."),
                                              ("  Asked by Lord Ashwell", "  Answered by Łukasz Nowak (Lab)")])
def test_a_written_questions_parties_are_named_however_their_lines_are_set(asked, answered):
    # A stop after the name, a capital outside A-Z, a line indented as a PDF's text has it: the
    # asker was "Lord Ashwell." or no one, the answer no one's
    question = f"{asked}\n\nTo ask the Government about Ukraine.\n\n{answered}\n\nWe will send more air defence.\n"
    assert split_speakers(question) == [("To ask the Government about Ukraine.", "Lord Ashwell"),
                                        ("We will send more air defence.", "Łukasz Nowak")]


def test_a_written_questions_tags_make_no_label_in_its_answer_a_tag():
    # A label opening a line of the answer is the answerer's words, as in any text with no other tag:
    # the asker's and answerer's tags made the text a transcript, and "Ukraine:" the next speaker
    question = ("Asked by Tom Reed (Exampleton)\n\nTo ask the Government what support they will give.\n\n"
                "Answered by Anna Berg\n\nWe have acted.\n\nUkraine: we will send more air defence this year.\n")
    assert split_speakers(question) == [
        ("To ask the Government what support they will give.", "Tom Reed"),
        ("We have acted.", "Anna Berg"),
        ("Ukraine: we will send more air defence this year.", "Anna Berg")]
    # as the same answer without the written question's lines reads it
    assert split_sentences(question.split("Anna Berg\n\n")[1]) == [
        "We have acted.", "Ukraine: we will send more air defence this year."]


@pytest.mark.parametrize("text, said", [
    ("JB: What should NATO do?\nAN: Allies must send more air defence to Ukraine.\n",
     [("What should NATO do?", "JB"), ("Allies must send more air defence to Ukraine.", "AN")]),
    ("CHAIR: The floor is open.\nDE: Germany supports more air defence for Ukraine.\nFR: France agrees.\n",
     [("The floor is open.", "CHAIR"), ("Germany supports more air defence for Ukraine.", "DE"),
      ("France agrees.", "FR")]),
])
def test_initials_or_a_delegations_code_spelling_a_mail_label_are_still_speakers(text, said):
    # A review: "An" and "De", German and French mail labels, were made no speaker's in capitals too,
    # and an interviewee's initials "AN:" or Germany's delegation "DE:" lost their turns to the speaker above
    assert split_speakers(text) == said
    # as a mail program writes them they are labels still
    assert split_speakers("De : Service de presse du ministère\n\nWe act.\n")[0] == (
        "De : Service de presse du ministère", None)


@pytest.mark.parametrize("text", [
    "Sent: Tuesday, March 10, 2026 6:30 PM\nFrom: the Baltic\nto the Black Sea, Allies stand united.\n",
    "Datum: Dienstag, 10. März 2026 18:30\nVon: Brüssel aus\nsagen die Alliierten, dass sie zusammenstehen.\n",
])
def test_a_sentence_opening_with_a_mail_label_that_goes_on_below_a_date_line_is_kept(text):
    # A review of 3f487025: below a sending date's line, a sender's line was blanked as a header's name
    # though the line below carries its sentence on, and only the sentence's tail was scored
    assert split_sentences(text) == [" ".join(text.split("\n")[1:3])]


@pytest.mark.parametrize("wrapped", ["To: Tom Reed,\nanna.berg@example.com", "To: all press officers\nand editors",
                                     "From: Anna Berg\nvia NATO Press"])
def test_a_mail_headers_names_wrapped_onto_the_next_line_are_still_no_ones_words(wrapped):
    # A review of c3aa21c1: a header's last line whose names went on in lower case on the next line (an
    # address, "and editors") was kept as a sentence going on below, and scored as "To: Tom Reed,"
    header = "From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\n" if wrapped.startswith("To") else (
        "Sent: Tuesday, March 10, 2026 6:30 PM\n")
    said = split_sentences(f"{header}{wrapped}\n\nAllies stand united.\n")
    assert not [sentence for sentence in said if sentence.startswith(("To:", "From:"))]
    assert said[-1] == "Allies stand united."


@pytest.mark.parametrize("wrapped", ["To: all press officers\nand editors", "To: Tom Reed; Kadri Tamm;\nand editors",
                                     "To: all press officers\nand editors\nSubject: Patrols"])
def test_a_mail_headers_names_wrapped_onto_the_next_line_leave_no_scrap(wrapped):
    # A review of 2b904419: the header's line was blanked, but the rest of its names below it ("and editors",
    # "via NATO Press") was scored as a statement of its own
    header = "From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM"
    said = split_sentences(f"{header}\n{wrapped}\n\nAllies stand united.\n")
    assert [sentence for sentence in said if "editors" in sentence] == []
    assert said[-1] == "Allies stand united."
    assert split_sentences("Sent: Tuesday, March 10, 2026 6:30 PM\nFrom: Anna Berg\nvia NATO Press\n\nWe act.\n") == [
        "We act."]
    # a sentence the header's line runs into is still words
    assert "we will send more shells." in split_sentences(
        "From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\nTo: Tom Reed\nhi Tom, we will send more shells.\n")[0]


@pytest.mark.parametrize("wrapped", ["to the Black Sea, and from the Arctic\nto the Mediterranean, the Alliance\n"
                                     "will defend every inch of allied\nterritory.",
                                     "to the Black Sea, allies who want to help\nshould write to press@nato.int."])
def test_a_sentence_opening_with_a_mail_label_that_runs_long_or_names_an_address_is_kept_whole(wrapped):
    # A review of 2b904419: a sentence wrapped from "From: the Baltic" was read for its end three lines at most, and
    # an address in it ended the reading, so the opening line was blanked and the rest scored as a scrap
    text = f"Sent: Tuesday, March 10, 2026 6:30 PM\nFrom: the Baltic\n{wrapped}\n"
    assert split_sentences(text) == [" ".join(text.split("\n")[1:-1])]


@pytest.mark.parametrize(("below", "body"), [("Subject: Patrols\nDear all,\nallies stand united.",
                                               "Dear all, allies stand united."),
                                              ("Subject: Patrols in the Baltic.\n\nAllies stand united.",
                                               "Allies stand united.")])
def test_a_mail_headers_wrapped_names_do_not_run_through_the_subject_into_a_sentence(below, body):
    # A review of f75cf637: a sentence opening with a mail label was read for its end through the header's lines
    # below, eight lines since f75cf637, so the recipients "To: all press officers" / "and editors" ran through
    # "Subject: Patrols" into the body's first sentence and were scored with it, one statement
    said = split_sentences(f"From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\nTo: all press officers\n"
                           f"and editors\n{below}\n")
    assert [sentence for sentence in said if "editors" in sentence] == []
    assert said[-1] == body


@pytest.mark.parametrize("body", ["we will send more shells to Kyiv next week",
                                  "hi Tom, the allies must stand with Ukraine\nwhatever it costs"])
def test_a_body_without_a_stop_right_below_a_mail_header_is_still_words(body):
    # A review of d3a9d873: any lines in lower case below a header's last line, to a blank line, were blanked as its
    # names wrapped, and a message's first paragraph with no stop at its end, right below "To: Tom Reed", was lost
    said = split_sentences(f"From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\nTo: Tom Reed\n{body}\n\nAnna\n")
    assert said[0] == body.replace("\n", " ")
    # names going on a list are the header's still
    for wrapped in ("To: all press officers,\nthe duty desk", "To: Tom Reed\nand editors", "To: Tom Reed\nvia NATO"):
        assert split_sentences(f"From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\n{wrapped}\n\nWe act.\n") == [
            "We act."]


def test_a_news_pages_list_of_other_stories_is_left_out():
    # A newsroom audit: a page copied from a browser kept the headlines under its "Most viewed",
    # other stories' (one about NATO would have been scored as this page's position)
    page = ("Poland asks Allies for more Patriot batteries\n\n"
            "Poland has asked NATO Allies to send more Patriot batteries.\n\n"
            "{heading}\n"
            "Trump says he will meet Putin next month\n"
            "NATO chief warns Allies against cutting aid to Ukraine\n"
            "Stock markets fall as tariffs bite\n\n"
            "We will keep reporting from Warsaw.\n")
    for heading in ["Most viewed", "Most read", "Top stories", "Related stories", "You may also like"]:
        assert split_sentences(page.format(heading=heading)) == [
            "Poland asks Allies for more Patriot batteries",
            "Poland has asked NATO Allies to send more Patriot batteries.", "We will keep reporting from Warsaw."]
    # a sentence below such a heading is a statement, and the heading alone stays
    assert split_sentences("Top stories\n\nUkraine must win this war.") == ["Top stories", "Ukraine must win this war."]
    assert split_sentences("Read next\n\nWe met in Riga.") == ["Read next", "We met in Riga."]


def test_a_sentence_wrapped_below_a_heading_of_other_stories_is_kept_whole():
    # A review of fc37c306: a sentence wrapped onto lines below "Top stories" lost its opening
    # lines as headlines, and "to Ukraine or let it fall." was scored alone.
    wrapped = "Allies must now decide whether they will keep their promise\nto Ukraine or let it fall.\n"
    assert split_sentences("Top stories\n" + wrapped) == [
        "Top stories Allies must now decide whether they will keep their promise to Ukraine or let it fall."]
    assert split_sentences("Related stories\nPoland asks for Patriots\n" + wrapped)[-1].endswith(
        "Allies must now decide whether they will keep their promise to Ukraine or let it fall.")
    # a list closed by a blank line, the text's end or another heading still goes
    for end in ["\n\nWe will keep reporting.", "", "\nMost read\nStock markets fall\n\nWe will keep reporting."]:
        assert split_sentences(f"Most viewed\nTrump says he will meet Putin\nNATO chief warns Allies{end}") == (
            ["We will keep reporting."] if end else [])


def test_a_sentence_ending_in_a_time_of_day_ends_before_a_number():
    # A reviewer: the rule joining "u. a." to a number after it joined "a.m." and "p.m." too.
    assert split_sentences("The attack began at 4 a.m. 12 people died.") == [
        "The attack began at 4 a.m.", "12 people died."]
    assert split_sentences("The talks ended at 5 p.m. 30 minutes later the vote began.") == [
        "The talks ended at 5 p.m.", "30 minutes later the vote began."]
    assert split_sentences("Wir liefern z. B. 30 Panzer, d. h. 2 Bataillone.") == [
        "Wir liefern z. B. 30 Panzer, d. h. 2 Bataillone."]


def test_a_time_of_day_goes_on_before_its_day_and_an_amount_in_millions_ends_before_a_capital():
    # A user audit: "He spoke at 10 a.m. Tuesday in Washington." was cut after "a.m.", and
    # "It cost $1.5 bn. Allies paid." was one statement.
    assert split_sentences("He spoke at 10 a.m. Tuesday in Washington.") == [
        "He spoke at 10 a.m. Tuesday in Washington."]
    for text in ["We meet at 9 p.m. Jan. 5 in Riga.", "We met at 9 a.m. May 5 in Riga.",
                 "They met at 9 a.m. Kyiv time.", "They met at 9 a.m. Eastern Time on Monday.",
                 "The vote is at 10 a.m. Monday's session."]:
        assert split_sentences(text) == [text]
    assert split_sentences("It cost $1.5 bn. Allies paid. It cost $5 m. Allies paid. It cost €2bn. Berlin paid.") == [
        "It cost $1.5 bn.", "Allies paid.", "It cost $5 m.", "Allies paid.", "It cost €2bn.", "Berlin paid."]
    # a capital that names no day ends the sentence as before, and a currency's code after an amount goes on
    assert split_sentences("The vote ended at 10 a.m. May I ask why? Aid reached 3.2 bn. USD in May.") == [
        "The vote ended at 10 a.m.", "May I ask why?", "Aid reached 3.2 bn. USD in May."]


@pytest.mark.parametrize("amount", ["€2bn.", "$2bn.", "£20m.", "€2mn.", "€2 mn.", "€1.5bn.", "€2 bn.", "£2.5m."])
def test_billions_or_millions_after_a_whole_number_end_no_sentence_before_a_word_in_lower_case(amount):
    # A journalist's audit: "We will spend €2bn. on air defence this year." was cut after "€2bn.",
    # where "€1.5bn. on" and "€2 bn. on" went on: Punkt knows "bn." but not "2bn.".
    text = f"We will spend {amount} on air defence this year."
    assert split_sentences(text) == [text]
    # before an acronym, a currency's code, it goes on too; before another capital it ends one
    assert split_sentences(f"It costs {amount} USD in all.") == [f"It costs {amount} USD in all."]
    assert split_sentences(f"We will spend {amount} Allies will pay the rest.") == [
        f"We will spend {amount}", "Allies will pay the rest."]


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany pledged €2bn. NATO welcomed it.", ["Germany pledged €2bn.", "NATO welcomed it."]),
    ("The UK gave £20m. US officials praised it.", ["The UK gave £20m.", "US officials praised it."]),
    ("The UK gave £20m. EU states gave more.", ["The UK gave £20m.", "EU states gave more."]),
    ("Poland spends $5bn. OSCE observers noted it.", ["Poland spends $5bn.", "OSCE observers noted it."]),
    ("Spending hit €2bn. NATO's share rose.", ["Spending hit €2bn.", "NATO's share rose."]),
    ("It rose to 2.5bn. NATO said so.", ["It rose to 2.5bn.", "NATO said so."]),
])
def test_billions_or_millions_end_a_sentence_before_an_acronym_that_is_no_currency_code(text, expected):
    # A review of 94c3786: joining "3bn. USD" joined any acronym, so a sentence opening with "NATO",
    # "US" or "EU" after an amount was glued to it; only a currency's code goes on
    assert split_sentences(text) == expected
    assert split_sentences("It costs €2bn. PLN in all, or 3bn. EUR.") == ["It costs €2bn. PLN in all, or 3bn. EUR."]


@pytest.mark.parametrize("text", [
    "It costs 3bn. US dollars in all.", "It costs 3bn. US$ in all.", "North Macedonia spent 2bn. MKD on defence.",
    "Albania spent 20m. ALL on radars.", "Seoul pledged 2bn. KRW to the fund.", "India sold 5m. INR of parts.",
    "Serbia spent 9bn. RSD on drills.",
])
def test_billions_or_millions_go_on_before_a_nato_member_or_partners_currency(text):
    # A review of b2a86a7: the currency codes left out those of North Macedonia, Albania and of
    # partners, and "US dollars", so "3bn." was cut from them
    assert split_sentences(text) == [text]


def test_billions_or_millions_end_a_sentence_written_all_in_lower_case():
    # A review of 94c3786: in a sentence all in lower case, lower case after a stop says nothing
    assert split_sentences("nato spent 2bn. we need more. russia spent more.") == [
        "nato spent 2bn.", "we need more.", "russia spent more."]
    # a capital anywhere keeps the amount's rest
    assert split_sentences("NATO will spend €2bn. on air defence.") == ["NATO will spend €2bn. on air defence."]


def test_a_time_of_day_opening_a_sentence_with_its_preposition_ends_no_sentence():
    # "At 10 a.m. Allies met." was cut into "At 10 a.m." and "Allies met.".
    for text in ["At 10 a.m. Allies met.", "Shortly after 9 p.m. Russian drones struck Kyiv.",
                 "On Tuesday at 10:30 a.m. NATO ministers met.", "At around 4 A.M. Russian troops crossed.",
                 "At 10 a.m. 30 ministers met."]:
        assert split_sentences(text) == [text]
    # after a verb the time may end a sentence, and does before a capital or a number
    assert split_sentences("We met at 10 a.m. Allies then left. It began at 4 a.m. 12 people died.") == [
        "We met at 10 a.m.", "Allies then left.", "It began at 4 a.m.", "12 people died."]
def test_a_company_s_legal_form_ends_no_sentence_before_a_word_in_lower_case():
    # "BAE Systems plc. builds jets." was cut after "plc." into "BAE Systems plc." and
    # "builds jets.", as after "AG.", "GmbH." and "LLC." ("Ltd.", "Inc.", "Co." were known).
    for text in ["BAE Systems plc. builds jets.", "Rheinmetall AG. builds tanks.", "Hensoldt GmbH. builds radars.",
                 "Palantir LLC. sells software to Allies.", "KNDS N.V. and Rheinmetall AG. make tanks.",
                 "Acme Ltd. builds jets.", "Acme Inc. builds jets.", "Acme Co. builds jets."]:
        assert split_sentences(text) == [text]
    # before a capital, and in a sentence in lower case or in capitals, it still ends one
    assert split_sentences("We sold it to BAE Systems plc. It builds jets.") == [
        "We sold it to BAE Systems plc.", "It builds jets."]
    assert split_sentences("we bought from bae systems plc. more jets now.") == [
        "we bought from bae systems plc.", "more jets now."]
    assert split_sentences("WE BUY FROM BAE SYSTEMS PLC. more jets now.") == [
        "WE BUY FROM BAE SYSTEMS PLC.", "more jets now."]
    # so do the forms Punkt knows ("Ltd.", "Inc.", "Corp.", "Co."), which it never cut after:
    # "…to Acme Ltd. It builds jets." was one statement; before a word that opens sentences
    # they end one, before a title or a name press copy runs on, and before "A" ("A shares")
    assert split_sentences("We sold it to Acme Ltd. It builds jets. Smith & Co. The firm grew. We bought from "
                           "Lockheed Martin Corp. We will buy more. Acme, Inc. Its shares fell.") == [
        "We sold it to Acme Ltd.", "It builds jets.", "Smith & Co.", "The firm grew.",
        "We bought from Lockheed Martin Corp.", "We will buy more.", "Acme, Inc.", "Its shares fell."]
    for text in ["Acme Ltd. Chairman John Smith said it builds jets.", "Sony Corp. Chief Executive Kenichiro "
                 "Yoshida met Allies.", "China Vanke Co. A shares fell.", "Farms in Co. Kerry sent aid."]:
        assert split_sentences(text) == [text]

def test_german_and_french_furniture_is_left_out_as_english_is():
    # A user audit: the Bundestag's interjections, the Assemblée's stage directions, and a
    # German or French news page's byline, publication line and photo credit were scored as
    # statements (a heckler's words as the speaker's), where their English equivalents are not.
    bundestag = ("Dr. Johann Wadephul, Bundesminister des Auswärtigen:\nDie NATO ist der Garant unserer Sicherheit.\n\n"
                 "(Beifall bei der CDU/CSU – Zuruf von der AfD: Das ist Kriegstreiberei!)\n\n"
                 "Wir stationieren mehr Soldaten. (Zuruf von der Linken: Wer soll das bezahlen?) Das ist richtig.\n"
                 "(Heiterkeit)\n(Lachen bei der AfD)\n(Widerspruch)\n"
                 "(Lebhafter Beifall bei der CDU/CSU und der SPD sowie bei Abgeordneten des BÜNDNISSES 90/DIE GRÜNEN)\n"
                 "Dr. Rainer Kraft (AfD):\nNein.")
    assert split_speakers(bundestag) == [
        ("Die NATO ist der Garant unserer Sicherheit.", "Dr. Johann Wadephul"),
        ("Wir stationieren mehr Soldaten.", "Dr. Johann Wadephul"), ("Das ist richtig.", "Dr. Johann Wadephul"),
        ("Nein.", "Dr. Rainer Kraft")]
    seance = ("M. le président : La parole est à Mme Le Pen.\n"
              "Mme Marine Le Pen : Nous refusons. (Applaudissements sur les bancs du groupe RN.) Jamais.\n"
              "(Exclamations)\n(Rires)\n(Vifs applaudissements sur les bancs du groupe EPR.)\n"
              "(La séance, suspendue à 15 h 10, est reprise à 15 h 25.)\nM. le président : Merci.")
    assert split_speakers(seance) == [
        ("La parole est à Mme Le Pen.", "M. le président"), ("Nous refusons.", "Mme Marine Le Pen"),
        ("Jamais.", "Mme Marine Le Pen"), ("Merci.", "M. le président")]
    news = ("Von Anna Müller und Jörg Weiß\nVeröffentlicht am 14.10.2025 | 08:15 Uhr\n"
            "Par Jean Dupont et Élodie Lefèvre\nPublié le 14 octobre 2025 à 8 h 15\nMis à jour le 1er mars 2026\n"
            "Berlin, 14. Oktober 2025\nFoto: picture alliance/dpa | Kay Nietfeld\nBild: Kay Nietfeld/dpa\n"
            "Quelle: Bundesregierung\nPhoto : Ludovic Marin / AFP\n© AFP\n"
            "Die NATO bleibt geschlossen.")
    assert split_sentences(news) == ["Die NATO bleibt geschlossen."]
    # sentences that open so are kept
    kept = ["Von Berlin aus fliegen die Jets.", "Von Krieg und Frieden", "Par temps calme, les avions décollent.",
            "Veröffentlicht am 14.10.2025 wurde der Bericht ergänzt.", "Lachen ist gesund.",
            "Bildung ist Verteidigung.", "Quellen zufolge liefert Paris 12 Canons."]
    assert split_sentences("\n\n".join(kept)) == kept


def test_a_bundestag_interjection_by_name_is_left_out_as_other_directions_are():
    # A user audit: an interjection in the Bundestag record's form, "(Dr. Alice Weidel [AfD]: Keine
    # Waffen für die Ukraine!)", was kept as a statement of the speaker it interrupts (on a line of its
    # own) or cut into three of them (inside a line), reversing the speaker's position in a profile.
    own_line = ("Dr. Johann Wadephul (CDU/CSU):\nDie Ukraine braucht Taurus.\n"
                "(Dr. Alice Weidel [AfD]: Keine Waffen für die Ukraine!)\nWir müssen handeln.\n"
                "Sahra Wagenknecht (BSW):\nKeine Waffen.")
    expected = [("Die Ukraine braucht Taurus.", "Dr. Johann Wadephul"), ("Wir müssen handeln.", "Dr. Johann Wadephul"),
                ("Keine Waffen.", "Sahra Wagenknecht")]
    assert split_speakers(own_line) == expected
    inline = ("Dr. Johann Wadephul (CDU/CSU):\nDie Ukraine braucht Taurus. (Sahra Wagenknecht [BSW]: Unsinn! – "
              "Gegenruf des Abg. Dr. Johann Wadephul [CDU/CSU]: Doch!) Wir müssen handeln.\n"
              "Sahra Wagenknecht (BSW):\nKeine Waffen.")
    assert split_speakers(inline) == expected
    # a sentence it interrupts is kept whole, as around "(Beifall …)"; a member with no group too
    assert split_sentences("Wir werden (Matthias Helferich [fraktionslos]: Niemals!) die Ukraine unterstützen.") == [
        "Wir werden die Ukraine unterstützen."]
    # brackets with no name and group before a colon are the speaker's words
    kept = ["Artikel 5 (Washingtoner Vertrag [1949]: Beistand) gilt.", "Wir zitieren (siehe [AfD]: Antrag) genau."]
    assert split_sentences("\n\n".join(kept)) == kept


def test_only_a_parliamentary_group_in_square_brackets_makes_an_interjection_by_name():
    # A reviewer: the interjection by name matched any "(Capitalised words [letters…]: …)", so an
    # English text lost what it quoted without a word ("He wrote (Jens Stoltenberg [former NATO
    # chief]: Ukraine will join NATO) and stood by it." was "He wrote and stood by it."). Only a
    # parliamentary group in the square brackets makes one, as the Bundestag's record writes it.
    kept = ["He wrote (Jens Stoltenberg [former NATO chief]: Ukraine will join NATO) and stood by it.",
            "The treaty (Washington Treaty [sic]: an attack on one is an attack on all) binds us.",
            "She quoted (Mark Rutte [Rutte's spokesman]: deterrence works) twice.",
            "He wrote (Jens Stoltenberg [NATO]: Ukraine will join NATO) and stood by it.",
            "Der Vertrag (Washingtoner Vertrag [sic]: Beistand) gilt."]
    for text in kept:
        assert split_sentences(text) == [text]
        # wrapped onto a second line, as a record's narrow column wraps a direction
        assert split_sentences(text.replace(": ", ":\n", 1)) == [text]
    assert split_speakers("SPOKESMAN: He said (Rutte [NATO chief]: deterrence works) and left it there.") == [
        ("He said (Rutte [NATO chief]: deterrence works) and left it there.", "SPOKESMAN")]
    # each group the Bundestag's record (or a Landtag's) names, in its spelling
    for group in ("CDU/CSU", "SPD", "AfD", "FDP", "BÜNDNIS 90/DIE GRÜNEN", "DIE LINKE", "Die Linke", "BSW",
                  "fraktionslos", "FREIE WÄHLER"):
        said = f"Wir werden (Max Mustermann [{group}]: Niemals!) die Ukraine unterstützen."
        assert split_sentences(said) == ["Wir werden die Ukraine unterstützen."], group
        assert split_sentences(said.replace(": ", ":\n", 1)) == ["Wir werden die Ukraine unterstützen."], group
    # a group's name in another case, or its party's words, are no group
    for bracket in ("spd", "Fraktionslos", "former SPD leader"):
        said = f"Wir werden (Max Mustermann [{bracket}]: so nie) die Ukraine unterstützen."
        assert split_sentences(said) == [said], bracket


def test_every_pattern_of_a_name_knows_the_same_words_of_a_name():
    # A reviewer: the interjection by name kept its own list of a name's words, without "h.c.",
    # "h. c. mult." and "d'Aubert", which the tags had learnt that day, so "(Dr. h.c. Thomas Müller
    # [CDU/CSU]: Niemals!)" cut its sentence into three statements and "(Jean-Paul d'Aubert [AfD]:
    # Niemals!)" was kept as the speaker's words; the European Parliament's tag and an office's
    # holder in brackets lacked them too. One piece of pattern now gives every name its words.
    for name in ("Dr. h.c. Thomas Müller", "Dr. h. c. mult. Thomas Müller", "Prof. Dr. h. c. Thomas Müller",
                 "Jean-Paul d'Aubert", "Jean-Paul d’Aubert", "Karl vom Stein", "Ursula von der Leyen"):
        said = f"Wir werden ({name} [CDU/CSU]: Niemals!) die Ukraine unterstützen."
        assert split_sentences(said) == ["Wir werden die Ukraine unterstützen."], name
        assert split_sentences(f"Wir liefern.\n({name} [AfD]: Niemals!)\nJetzt.") == ["Wir liefern.", "Jetzt."], name
    # in capitals as written, though the directions' pattern ignores case: "d'accord" is no name's word
    said = "Wir werden (Thomas d'accord [SPD]: so nie) die Ukraine unterstützen."
    assert split_sentences(said) == [said]
    sitting = ("Die Präsidentin. – Das Wort hat Herr Gahler.\n"
               "Michael Gahler, im Namen der PPE-Fraktion. – Wir stehen zur Ukraine.\n"
               "Prof. Dr. h. c. mult. Karl Lauterbach (S&D). – Wir auch.\n"
               "Präsident Dr. h. c. Wolfgang Schäuble. – Gut.\n"
               "Dr. h.c. Thomas Sattelberger. – Ich auch.\nJean-Paul d'Aubert (Renew). – Moi aussi.")
    assert split_speakers(sitting) == [
        ("Das Wort hat Herr Gahler.", "Die Präsidentin"), ("Wir stehen zur Ukraine.", "Michael Gahler"),
        ("Wir auch.", "Prof. Dr. h. c. mult. Karl Lauterbach"), ("Gut.", "Präsident Dr. h. c. Wolfgang Schäuble"),
        ("Ich auch.", "Dr. h.c. Thomas Sattelberger"), ("Moi aussi.", "Jean-Paul d'Aubert")]
    hansard = ("The Secretary of State for Defence (Dr. h. c. John Healey):\nWe act.\n"
               "The Minister for Europe (Marco dell'Utri):\nWe agree.\nMarco dell'Utri:\nAgain.")
    assert split_speakers(hansard) == [
        ("We act.", "Dr. h. c. John Healey"), ("We agree.", "Marco dell'Utri"), ("Again.", "Marco dell'Utri")]


def test_a_stage_direction_wrapped_onto_more_lines_is_left_out_as_on_one():
    # A user audit: "(Beifall bei der CDU/CSU sowie bei Abgeordneten" / "der SPD)" was kept and glued
    # to the next sentence, "(Beifall … der SPD) Wir müssen handeln.", and the Assemblée's
    # "(Applaudissements … – Exclamations sur" / "les bancs du groupe RN.)" became two statements.
    bundestag = ("Dr. Johann Wadephul (CDU/CSU):\nDie Ukraine braucht Taurus.\n"
                 "(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder SPD)\nWir müssen handeln.\n"
                 "Sahra Wagenknecht (BSW):\nKeine Waffen.")
    assert stance.sentences.split_statements(bundestag) == [
        ("Die Ukraine braucht Taurus.", "Dr. Johann Wadephul", 2), ("Wir müssen handeln.", "Dr. Johann Wadephul", 5),
        ("Keine Waffen.", "Sahra Wagenknecht", 7)]
    seance = ("M. le président : La parole est à Mme Le Pen.\nMme Marine Le Pen : Nous refusons.\n"
              "(Applaudissements sur les bancs des groupes EPR et Dem. – Exclamations sur\nles bancs du groupe RN.)\n"
              "Nous devons agir.")
    assert split_speakers(seance) == [
        ("La parole est à Mme Le Pen.", "M. le président"), ("Nous refusons.", "Mme Marine Le Pen"),
        ("Nous devons agir.", "Mme Marine Le Pen")]
    # over three lines, inside a sentence, which goes on around it, and an interjection by name
    assert stance.sentences.split_statements(
        "Wir müssen handeln (Beifall bei der CDU/CSU sowie bei\nAbgeordneten der SPD und des BÜNDNISSES\n"
        "90/DIE GRÜNEN) und zwar jetzt.\nDas ist klar.") == [
        ("Wir müssen handeln und zwar jetzt.", None, 1), ("Das ist klar.", None, 4)]
    assert split_sentences("Wir liefern.\n(Dr. Alice Weidel [AfD]: Keine Waffen für\ndie Ukraine!)\nJetzt.") == [
        "Wir liefern.", "Jetzt."]
    # a blank line ends the search for the close: the words after it are the speaker's, a stray bracket and all
    assert split_sentences("(Beifall bei der SPD\n\nDas wollen wir) alle.")[-1] == "Das wollen wir) alle."


def test_a_bundestag_header_and_a_date_line_with_its_weekday_are_furniture():
    # A user audit: the Bundestag record's header, "Deutscher Bundestag – 20. Wahlperiode – 150. Sitzung.
    # Berlin, Donnerstag, den 8. Februar 2024", gave four statements ('Deutscher Bundestag – 20.',
    # 'Wahlperiode – 150.', …), and a date line with its weekday was kept, where one without is left out.
    body = "Die Bundeswehr braucht mehr Geld."
    header = "Deutscher Bundestag – 20. Wahlperiode – 150. Sitzung. Berlin, Donnerstag, den 8. Februar 2024"
    for furniture in [header, header + " 19077", "150. Sitzung", "Berlin, Donnerstag, den 3. Oktober 2024",
                      "Berlin, den 3. Oktober 2024", "Donnerstag, 3. Oktober 2024",
                      "Frankfurt am Main, Freitag, den 4. Oktober 2024", "Paris, jeudi 3 octobre 2024",
                      "Paris, le 3 octobre 2024", "Jeudi 3 octobre 2024", "London, Thursday 3 October 2024"]:
        assert split_sentences(f"{furniture}\n\n{body}") == [body], furniture
    # a parliament's numbering is no sentence's end, with its article or without
    for text in ["Das steht im Protokoll, 20. Wahlperiode, 150. Sitzung, auf Seite 3.",
                 "Der Antrag – 19. Legislaturperiode – wurde abgelehnt."]:
        assert split_sentences(text) == [text]
    # a wrapped line that names a weekday before its comma is a sentence's, not a place's date line
    assert split_sentences("Der Antrag\nwurde am Donnerstag, den 8. Februar 2024\nbeschlossen.") == [
        "Der Antrag wurde am Donnerstag, den 8. Februar 2024 beschlossen."]
    assert split_sentences("The motion was\nadopted on Thursday, 8 February 2024\nby the House.") == [
        "The motion was adopted on Thursday, 8 February 2024 by the House."]
    # a count before another noun still ends a sentence
    assert split_sentences("Die Zahl stieg auf 150. Mal sehen, ob das reicht.") == [
        "Die Zahl stieg auf 150.", "Mal sehen, ob das reicht."]


@pytest.mark.parametrize("text, expected", [
    ("Le sommet aura lieu\nle 3 octobre 2024\nà Bruxelles.", "Le sommet aura lieu le 3 octobre 2024 à Bruxelles."),
    ("Die Sitzung fand am\nDonnerstag, den 3. Oktober 2024\nstatt.",
     "Die Sitzung fand am Donnerstag, den 3. Oktober 2024 statt."),
    ("The summit was held on\nThursday, 3 October 2024\nin Brussels.",
     "The summit was held on Thursday, 3 October 2024 in Brussels."),
    ("Die Frist endet am\n3. Oktober 2024.", "Die Frist endet am 3. Oktober 2024."),
    ("Le sommet s'est ouvert\nle 3 octobre 2024\net a duré deux jours.",
     "Le sommet s'est ouvert le 3 octobre 2024 et a duré deux jours."),
])
def test_a_date_line_inside_a_wrapped_sentence_is_kept(text, expected):
    # A reviewer: a bare "le 3 octobre 2024" or "Donnerstag, den 3. Oktober 2024" on a line of its own
    # inside a sentence was left out as a dateline, so the sentence lost its date ('Le sommet aura
    # lieu', 'à Bruxelles.'); a date line goes on with the sentence above it when that one has no end
    # and the line below opens in lower case, or the date ends the sentence.
    assert split_sentences(text) == [expected]


def test_a_date_line_under_a_title_or_a_sentence_is_still_furniture():
    # the other side: under a heading, or a sentence that ends, a date line is a dateline
    body = "Die Bundeswehr braucht mehr Geld."
    # and under a web page's "Published on" above its text (a review: the byline, the date and the
    # text's first sentence were one statement, and its stance was lost from the profile)
    for above, date in [("Published on", "3 October 2024"), ("Last updated on", "Thursday, 3 October 2024"),
                        ("Veröffentlicht am", "3. Oktober 2024"), ("Publié le", "3 octobre 2024")]:
        assert split_sentences(f"{above}\n{date}\n{body}") == [above, body], above
    for date in ["le 3 octobre 2024", "Donnerstag, den 3. Oktober 2024", "Berlin, den 3. Oktober 2024",
                 "Thursday, 3 October 2024", "Paris, le 3 octobre 2024"]:
        assert split_sentences(f"Pressemitteilung\n{date}\n{body}") == ["Pressemitteilung", body], date
        assert split_sentences(f"Wir handeln.\n{date}\n{body}") == ["Wir handeln.", body], date


def test_a_german_compound_of_a_credits_label_is_no_credit():
    # "Bild-" and "Foto-" opening a German compound were read as a credit's label and its dash,
    # so a political scientist's "Bild-Chefredakteurin Marion Horn sagte…" was left out whole.
    kept = ["Bild-Chefredakteurin Marion Horn sagte, die NATO müsse jetzt handeln.",
            "Foto-Ausstellung in Berlin zeigt die Zerstörung in Charkiw.",
            "Quellen-Schutz gilt auch für die Bundeswehr."]
    assert split_sentences("\n\n".join(kept)) == kept
    # a label and its dash or colon are still a credit
    assert split_sentences("Die NATO bleibt geschlossen.\nFoto: dpa\nFoto – dpa\nBild - AFP") == [
        "Die NATO bleibt geschlossen."]


def test_an_english_compound_of_a_furniture_label_is_no_credit():
    # "Photo-", "Credit-", "Image-" opening an English compound were read as a label and its
    # dash, as the German ones were: "Photo-ops will not stop Russian tanks." was left out whole.
    kept = ["Photo-ops will not stop Russian tanks.", "Credit-rating agencies warn Allies about debt.",
            "Image-conscious leaders will not defend Europe.", "Tag-team diplomacy will not help Ukraine.",
            "Source-code audits of our jets matter."]
    assert split_sentences("\n\n".join(kept)) == kept
    # a label and its dash or colon are still furniture
    assert split_sentences("NATO stays united.\nPhoto - Reuters\nPhoto — AFP\nCredits - AP\nSource: NATO") == [
        "NATO stays united."]


@pytest.mark.parametrize("labelled", [
    "Source: NATO estimates show spending rose 18%.", "Caption: Soldiers of the German brigade train near Rukla.",
    "Image: A Leopard tank fires during a drill near Rukla.", "Photo: Allied jets patrol the skies over Estonia.",
    "Photo - Polish troops guard the border with Belarus.", "Source: 23 Allies now spend at least 2% of GDP.",
    "Quelle: Die Bundesregierung will mehr Soldaten nach Litauen schicken.",
])
def test_a_credits_label_before_a_sentence_keeps_the_sentence(labelled):
    # A journalist's audit: a line opening with a credit's label and a colon was left out
    # whole as a credit, so "Source: NATO estimates show spending rose 18%." gave no
    # statement at all. A sentence follows such a label: it is kept, with its label.
    text = f"Allies met in Vilnius.\n{labelled}\nThey agreed on a brigade."
    assert split_sentences(text) == ["Allies met in Vilnius.", labelled, "They agreed on a brigade."]


def test_a_credits_label_before_a_sentence_wrapped_or_in_a_transcript_keeps_it_as_no_speakers():
    assert split_sentences("We met.\nSource: NATO estimates show\nspending rose 18% last year.\nWe agreed.") == [
        "We met.", "Source: NATO estimates show spending rose 18% last year.", "We agreed."]
    # in a transcript it is the editors', as a note is: no speaker's, and not a speaker "Caption"
    transcript = ("MODERATOR: Welcome.\nRUTTE: We stand together.\nSource: NATO estimates show spending rose 18%.\n"
                  "Caption: Soldiers are training hard near Rukla.\nWe go on.")
    assert stance.sentences.split_statements(transcript) == [
        ("Welcome.", "MODERATOR", 1), ("We stand together.", "RUTTE", 2),
        ("Source: NATO estimates show spending rose 18%.", None, 3),
        ("Caption: Soldiers are training hard near Rukla.", None, 4), ("We go on.", "RUTTE", 5)]


def test_a_short_caption_or_german_sentence_after_its_label_is_kept():
    # "Caption: Soldiers train near Rukla." (two words in lower case) and "Quelle: Die Regierung
    # will Soldaten schicken." (German capitalises its nouns) were left out as credits.
    for labelled in ["Caption: Soldiers train near Rukla.", "Quelle: Die Regierung will Soldaten schicken.",
                     "Bild: Die Bundeswehr schickt Soldaten nach Litauen."]:
        text = f"Allies met in Vilnius.\n{labelled}\nThey agreed on a brigade."
        assert split_sentences(text) == ["Allies met in Vilnius.", labelled, "They agreed on a brigade."]
    # a caption with no verb but a participle, a number's letters ("F-35s"), an English source of
    # two words in lower case and a German credit are still left out
    credits = ["Caption: Ukrainian recruits training on Salisbury Plain.", "Caption: F-35s on the apron at Volkel.",
               "Source: Allies spend more.",
               "Quelle: Statistisches Bundesamt, eigene Berechnungen nach Angaben der NATO.",
               "Quelle: Bundesregierung, eigene Darstellung.", "Source: SIPRI military expenditure database, 2025."]
    assert split_sentences("NATO stays united.\n" + "\n".join(credits) + "\nWe agreed.") == [
        "NATO stays united.", "We agreed."]


def test_a_credit_after_its_label_is_still_left_out():
    # names, an agency, a ministry, "courtesy of …", a database or a report: no sentence, even with a full stop
    credits = ["Source: NATO", "Photo: Reuters/John Smith", "Source: Ministry of Defence",
               "Photo: courtesy of the Estonian Defence Forces", "Image: AFP", "Caption: Reuters",
               "Photo: courtesy of the Estonian Defence Forces.", "Source: Ministry of Defence.",
               "Source: SIPRI military expenditure database, 2025.", "Source: NATO annual reports.",
               "Source: own calculations based on NATO data.", "Photo: AP file photo.", "Quelle: Bundesregierung",
               "Foto: picture alliance/dpa | Kay Nietfeld", "Photo - Reuters", "Source: NATO estimates.",
               # who gave the figures or the picture, in lower case (a journalist audit's review, left alone then)
               "Source: figures provided by national defence ministries.", "Photo: handout via social media.",
               "Source: compiled from government sources.",
               # a long source is a source still (a review of a76a9d87: past four words it read as a clause)
               "Photo: courtesy of the press office of the ministry of national defence.",
               "Source: data compiled from the annual reports of national defence ministries.",
               "Source: figures provided by the defence ministries of all thirty-two member states.",
               "Photo: handout via the press service of the ukrainian armed forces."]
    assert split_sentences("NATO stays united.\n" + "\n".join(credits) + "\nWe agreed.") == [
        "NATO stays united.", "We agreed."]
    # a clause after the label is still a statement, whoever it names, and one after a link's label (a review
    # of 32bab53f: "government", "official" and "media" counted as a credit's words after every label)
    for labelled in ["Source: government officials say Russia will attack.",
                     "Source: the ministry said the plan is ready.",
                     "Photo: Ukrainian soldiers fire at Russian positions.",
                     "Source: government sources say Russia lies.", "Source: national governments must act.",
                     "Related: the government must act.", "See also: official media lied again.",
                     "Related: social media spread Russian lies.",
                     "Source: Russia sends drones via Belarus, officials say.",
                     "Source: officials say the aid was provided by Germany.",
                     # no comma ends the source's words: a clause runs on past a few (a review of ea217c0a)
                     "Source: Russia sends drones via Belarus and officials say it must stop.",
                     "Source: aid provided by the allies has saved many lives in the war.",
                     "Source: weapons are delivered via Poland to the front lines every day."]:
        assert split_sentences(f"NATO stays united.\n{labelled}") == ["NATO stays united.", labelled]


def test_a_web_pages_menus_pasted_with_its_article_are_furniture():
    # A journalist's audit: a page's language switcher and sharing links, pasted with the
    # article, were each scored "none" ("English", "Print", "Share"…), lowering every target's
    # share of the profile, and "Related news" / "Read more" / "Subscribe" ran into one statement.
    page = ("English\nFrançais\nDeutsch\n\nAllies agree on a brigade for Lithuania\n"
            "Published 3 March 2026\nShare\n\nNATO must station a brigade in each Baltic state.\n"
            "Critics say bases provoke Moscow.\n\nPrint\nEmail\nShare\n\nRelated news\nRead more\nSubscribe\n"
            "Print | Email | Share\n")
    assert split_sentences(page) == ["Allies agree on a brigade for Lithuania",
                                     "NATO must station a brigade in each Baltic state.",
                                     "Critics say bases provoke Moscow."]
    doc = stance.score_document(page)
    assert doc.sentences.text.tolist() == split_sentences(page)


def test_a_share_menus_x_and_other_networks_are_menu_items():
    # An archivist's audit: a share menu lost every item but "X", which was scored (none,
    # no_known_words), as were "Bluesky" and "Threads" between the known ones.
    page = ("NATO must station a brigade in each Baltic state.\n\nShare this:\nFacebook\nX\nLinkedIn\nEmail\nPrint\n\n"
            "Bluesky\nThreads\nWhatsApp\nTelegram\nCopy link\n\nFacebook | X | Bluesky\n")
    assert split_sentences(page) == ["NATO must station a brigade in each Baltic state."]
    assert stance.score_document(page).sentences.text.tolist() == split_sentences(page)
    # "X" alone among sentences stays, as any item alone does (a list's or a form's), and "x" is no item
    assert split_sentences("Which plan do you back?\nX\nAllies agree.") == ["Which plan do you back?", "X",
                                                                            "Allies agree."]
    assert split_sentences("Print\nEmail\n\nx\n") == ["x"]


def test_a_menus_words_in_a_sentence_or_alone_among_sentences_stay():
    # words of a menu inside a sentence, or one alone on its line among sentences (a heading)
    kept = ["Read more about deterrence here.", "Print more shells.", "Share the burden.", "English",
            "Allies must spend more.", "Deutsch", "Die NATO bleibt geschlossen."]
    assert split_sentences("\n".join(kept)) == kept
    # a line that opens in lower case below one with no sentence's end carries it on
    assert split_sentences("We all\nshare\nPrint\nEmail") == ["We all share"]


def test_a_web_pages_skip_links_cookie_banner_section_menu_tags_and_newsletter_call_are_furniture():
    # A journalist's audit: a news page pasted whole gave 9 statements for its one sentence: its
    # skip link, cookie banner and buttons, menu of sections joined by bars, "Related Topics"
    # and its tags, the tag "Ukraine" scored ukraine_support favor, and the newsletter's call.
    article = "Allies pledged more air defence for Ukraine on Wednesday."
    page = ("Skip to main content\nWe use cookies to improve your experience. Accept all | Manage preferences\n"
            f"Home | World | Europe | Politics | Defence\n\n{article}\n\n"
            "Related Topics\nNATO\nUkraine\nSubscribe to our newsletter\n")
    assert stance.score_document(page).sentences.text.tolist() == [article]
    # a cookie banner's sentence on a line of its own above its buttons; a tags heading's tags past blank lines
    assert split_sentences(f"We use cookies on this site.\nAccept cookies\nReject all\n\n{article}\n\n"
                           "More on this story\n\nNATO\n\nAir defence\n\nSign up for our newsletter\n") == [article]
    # but a statement stays: one that speaks of cookies or uses a tool, a short one below a tags
    # heading (which, with no tag below it, is a heading), and a word alone with no heading above
    kept = ["We use every tool we have.", "Russian hackers steal cookies.", "Topics", "Ukraine must win.", "Ukraine",
            "We will skip to the main point.", "Allies | Partners"]
    assert split_sentences("\n".join(kept)) == kept
    assert split_sentences("Russian hackers steal cookies.\nPrint | Email | Share\n") == [
        "Russian hackers steal cookies."]
    # a line of the text joined by bars was dropped as a section menu (a reviewer): one that a
    # colon leads into, or between two sentences, stays; at a page's top, or beside a share menu, it goes
    assert split_sentences("The Alliance has three priorities:\nDeterrence | Defence | Resilience\n"
                           "We will deliver on all three.\n") == [
        "The Alliance has three priorities: Deterrence | Defence | Resilience", "We will deliver on all three."]
    kept = ["We stand with Ukraine today.", "Peace through strength | Never again | Slava Ukraini",
            "We will not waver."]
    assert split_sentences("\n".join(kept)) == kept
    assert split_sentences(f"Home | World | Europe | Politics | Defence\n\n{article}\n") == [article]
    assert split_sentences(f"{article}\nPrint | Email | Share\nHome | World | Europe\n") == [article]


def test_the_guardians_topic_tags_and_reuse_line_are_furniture():
    # A newsroom audit: a Guardian story copied from a browser ends with its tags under "Explore more
    # on these topics", each scored as a statement, the tag "Ukraine" as ukraine_support, favor, a
    # position the page's furniture took; and "Reuse this content" below them
    page = ("Defence chiefs on Tuesday backed faster deliveries of air defence systems to Ukraine.\n\n"
            "Explore more on these topics\nNATO\nUkraine\nDefence policy\n\nReuse this content\n")
    doc = stance.score_document(page)
    assert doc.sentences["text"].tolist() == [
        "Defence chiefs on Tuesday backed faster deliveries of air defence systems to Ukraine."]
    # a sentence below the heading is a statement, as below "Related Topics"; so is one naming the line
    assert split_sentences("Explore more on these topics\n\nUkraine must win this war.") == [
        "Explore more on these topics", "Ukraine must win this war."]
    assert split_sentences("Allies met.\n\nReuse this content freely, the ministry said.\n") == [
        "Allies met.", "Reuse this content freely, the ministry said."]


def test_the_guardians_tags_of_three_words_or_more_are_furniture_too():
    # A review of 981cf790: a tag of three words ("US foreign policy") ended the Guardian's tags, and it
    # and every tag after it were scored as one statement, "US foreign policy Russia news"
    page = ("Allies met in Riga.\n\nExplore more on these topics\nNato\nUkraine\nUS foreign policy\n"
            "Middle East and north Africa\nRussia\nnews\nShare\nReuse this content\n")
    assert split_sentences(page) == ["Allies met in Riga."]
    # a sentence below still ends them, and under other headings a tag is still of two words at most
    assert split_sentences("Explore more on these topics\nNato\nAllies must act now.\n")[-1] == "Allies must act now."
    assert split_sentences("We met.\n\nRelated Topics\nNATO\nUS foreign policy\n") == [
        "We met.", "US foreign policy"]


def test_a_wrapped_line_in_lower_case_that_looks_like_furniture_carries_its_sentence_on():
    # A journalist's audit: a hard-wrapped paragraph lost a line that opened like a credit,
    # "We have read the" / "reporting by Reuters on Russian rearmament. It is alarming." gave
    # "We have read the" alone, both sentences' words below it gone.
    assert split_sentences("We have read the\nreporting by Reuters on Russian rearmament. It is alarming.") == [
        "We have read the reporting by Reuters on Russian rearmament.", "It is alarming."]
    assert split_sentences("Cyber and space are new\ntopics - and new threats - for the Alliance.") == [
        "Cyber and space are new topics - and new threats - for the Alliance."]
    # below a sentence's end, or in capitals, a credit is still a credit; a post's closing link still goes
    assert split_sentences("We thank Reuters.\nReporting by Jan Nowak; Editing by Sue Lee") == ["We thank Reuters."]
    assert split_sentences("Soldiers at a drill near Warsaw\nPhoto: Reuters") == ["Soldiers at a drill near Warsaw"]
    assert split_sentences("We stand with Ukraine\nhttps://t.co/x") == ["We stand with Ukraine"]
    assert split_sentences("Thank you all\nend of transcript") == ["Thank you all"]  # an end mark too


def test_a_sentence_opening_like_a_news_agency_credit_is_kept():
    # A journalist's audit: "Reporting by our intelligence services shows Russia is rearming."
    # was left out whole as a credit ("Reporting by Jan Nowak; Editing by Sue Lee"), as were
    # "Editing by committee…" and "Compiled by the Alliance, …": a credit names someone after "by".
    kept = ["Reporting by our intelligence services shows Russia is rearming.",
            "Editing by committee will not make Europe safer.",
            "Compiled by the Alliance, the figures show growth."]
    assert split_sentences("\n\n".join(kept)) == kept
    credits = ["Reporting by Andrew Gray; Editing by Alison Williams", "(Reporting by Jan Nowak; Editing by Sue Lee)",
               "Additional reporting by Reuters staff", "Editing by: Sue Lee", "Writing by Élodie Lefèvre"]
    assert split_sentences("\n".join(["NATO stays united.", *credits])) == ["NATO stays united."]


@pytest.mark.parametrize("statement", [
    "Reporting by Politico revealed that Hungary tried to block aid to Ukraine.",
    "Reporting by Der Spiegel shows Germany will send more tanks to Lithuania.",
    "Additional reporting by NATO officials confirmed the brigade is ready.",
    "Source: officials say the brigade will be ready by 2027.",
])
def test_a_credits_opening_that_goes_on_into_a_clause_of_its_own_is_a_statement(statement):
    # A journalist's audit: a paragraph of wire copy of one sentence that opens as a credit does,
    # "Reporting by <Name> …", was left out whole as a credit (any line opening so with a capital
    # after "by" was), with no warning, where inside a paragraph it was kept; so was a source's
    # label before a clause opening in lower case. A verb after the names is no credit's.
    text = f"Allies met in Brussels on Thursday.\n\n{statement}\n\nThe meeting ended late."
    assert split_sentences(text) == ["Allies met in Brussels on Thursday.", statement, "The meeting ended late."]
    assert split_sentences(f"Allies met. {statement} The meeting ended.")[1] == statement  # as inside a paragraph


def test_a_credit_of_names_places_agencies_and_more_credits_is_still_left_out():
    credits = ["Reporting by Jane Doe and John Roe in Vilnius; Editing by Alex Smith",
               "Reporting by Jane Doe in Vilnius and John Roe in Warsaw; additional reporting by Tom Brown in Kyiv; "
               "editing by Alex Smith",
               "Additional reporting by Jane Doe, John Roe and Anna Keller in Brussels; Writing by Tom Brown; "
               "Editing by Alex Smith and Sue Lee",
               "(Reporting by Sabine Siebold and Andreas Rinke; Writing by Thomas Escritt; Editing by Toby Chopra)",
               "Reporting by Ursula von der Leyen", "Additional reporting by Reuters staff",
               "Source: Reuters", "Photo: AP/John Smith", "Source: national defence ministries.",
               "Source: nato.int/spending-2024.", "Source: NATO, https://www.nato.int/cps/en/natohq/topics_49198.htm."]
    for blank in ("\n", "\n\n"):
        assert split_sentences(blank.join(["NATO stays united.", *credits, "We agreed."])) == [
            "NATO stays united.", "We agreed."]


def test_a_wire_credit_of_newsrooms_or_aboard_with_each_part_its_own_is_left_out():
    # A review of c39902ad: a credit was left out only when every word in lower case of the whole line was one of
    # a short list, which lacked "newsroom(s)" and "aboard", so real wire credits were kept as statements; and a
    # footer after one ("… Editing by Alex Smith. Follow us on X.") split it into two statements. Each ";" part is
    # a head, "by" and a credit's words on its own, and a footer sentence after the credit goes with it.
    credits = ["Reporting by Moscow newsroom; Editing by Alex Smith",
               "Reporting by Jerusalem and Gaza newsrooms; Editing by Toby Chopra",
               "Reporting by Humeyra Pamuk in Washington; additional reporting by Steve Holland aboard Air Force One; "
               "Editing by Don Durfee",
               "Reporting by Jane Doe; Editing by Alex Smith. Follow us on X.",
               "Reporting by Jane Doe; editing by Alex Smith; additional reporting by staff in Kyiv and Warsaw",
               "Reporting by Jane Doe in Vilnius; additional reporting by Tom Brown aboard the USS Gerald R. Ford; "
               "Editing by Alex Smith",
               "Reporting by Kyiv bureau; Editing by Alex Smith"]
    for credit in credits:
        for blank in ("\n", "\n\n"):
            assert split_sentences(blank.join(["NATO stays united.", credit, "We agreed."])) == [
                "NATO stays united.", "We agreed."], credit
    # a clause of its own is still a statement, in its first part or a later one, or in a sentence after it
    for statement in ["Reporting by Politico revealed that Hungary tried to block aid to Ukraine.",
                      "Reporting by Jane Doe; the minister said Hungary tried to block aid.",
                      "Reporting by Jane Doe. Hungary tried to block aid to Ukraine."]:
        assert split_sentences(f"NATO stays united.\n\n{statement}\n\nWe agreed.")[1:-1] != [], statement


def test_a_pictures_label_before_a_caption_in_lower_case_is_read_as_before_a_capital():
    # "Caption: Soldiers train near Rukla." is a statement and "Photo: Soldiers training near Rukla."
    # a caption with no verb, left out (the README's rule for captions); the case of the word after
    # the label changes neither.
    assert split_sentences("We met.\nPhoto: soldiers train near Rukla.\nWe left.") == [
        "We met.", "Photo: soldiers train near Rukla.", "We left."]
    assert split_sentences("We met.\nPhoto: soldiers training near Rukla.\nWe left.") == ["We met.", "We left."]


def test_a_sentence_right_below_a_list_of_bare_items_is_no_part_of_the_last_item():
    # A journalist's audit: a speech saved from Word, a paragraph a line, gave the list's last item
    # the sentence below it, "more support for Ukraine These decisions make us stronger.", which
    # was scored as one statement.
    speech = ("We agreed on three things:\n• more money for defence\n• more troops on the eastern flank\n"
              "• more support for Ukraine\nThese decisions make us stronger.")
    assert split_sentences(speech) == ["We agreed on three things:", "more money for defence",
                                       "more troops on the eastern flank", "more support for Ukraine",
                                       "These decisions make us stronger."]
    assert split_sentences("We agreed:\n1. more money\n2. more troops\nNow let me turn to Ukraine.")[-2:] == [
        "more troops", "Now let me turn to Ukraine."]
    # an item wrapped onto the next line, which ends no sentence, is still one item
    wrapped = "We agreed:\n- more money\n- more troops for\nPoland and the Baltic states\n- more jets"
    assert split_sentences(wrapped) == [
        "We agreed:", "more money", "more troops for Poland and the Baltic states", "more jets"]


def test_a_press_conferences_stage_directions_are_left_out_of_the_statements():
    # A journalist's audit: "(Speaking in French)", "(in Ukrainian)", "(Interpretation from
    # French)", "(unclear)" and "(audio cut)" stayed in the statement after them, "(Speaking in
    # French) And we will win." quoted as the speaker's words.
    for direction in ["(Speaking in French)", "(in Ukrainian)", "(Interpretation from French)", "(unclear)",
                      "(audio cut)", "(Off-mic)", "(Translated from Ukrainian)", "(Answers in English)"]:
        assert split_sentences(f"We will defend every inch. {direction} And we will win.") == [
            "We will defend every inch.", "And we will win."], direction
    assert split_speakers("ZELENSKYY: (Speaking in Ukrainian)\nWe will win.") == [("We will win.", "ZELENSKYY")]
    # "in" before no language's name is words, and so is "(sic)"
    assert split_sentences("Allies spent more (in 2014 only three did) than ever. He said it (sic) twice.") == [
        "Allies spent more (in 2014 only three did) than ever.", "He said it (sic) twice."]


def test_a_statement_as_long_as_a_document_is_warned_of_naming_its_line():
    # An archivist's audit: an unpunctuated auto-caption file of 300 cues gave one statement of
    # 7,577 characters with no warning, where stance.score warns of a text of 5,000 characters or
    # more as a document rather than a statement.
    rng = random.Random(0)
    words = ["we", "will", "keep", "supporting", "our", "allies", "in", "the", "east", "and", "alliance", "stands",
             "united", "against", "russian", "aggression", "so", "every", "member", "is", "safe", "today"]
    cues = "WEBVTT\n\n" + "".join(f"00:{i // 60:02d}:{i % 60:02d}.000 --> 00:{i // 60:02d}:{i % 60:02d}.900\n"
                                  f"{' '.join(rng.choice(words) for _ in range(5))}\n\n" for i in range(300))
    with pytest.warns(stance.StanceWarning, match=r"the statement on line 4 holds [\d,]+ characters, a document's "
                                                  r"length rather than a statement's.* may lack punctuation"):
        doc = stance.score_document(cues)
    assert len(doc.sentences) == 1 and len(doc.sentences["text"].iloc[0]) >= 5000
    long = " ".join(["and we agree"] * 500)  # 6,499 characters
    with pytest.warns(stance.StanceWarning, match=r"the statements on line 3 of document 'b', on line 1 of document "
                                                  r"'c' hold 5,000 characters or more \(the longest 6,499\)"):
        stance.score_documents({"a": "We agree.", "b": f"We agree.\n\n{long}", "c": long})
    with warnings.catch_warnings():  # the same words with their full stops are statements
        warnings.simplefilter("error")
        assert len(stance.score_document(". ".join(["And we agree"] * 500) + ".").sentences) == 500


def test_a_document_decoded_in_the_wrong_encoding_is_warned_of_naming_the_line():
    # An archivist's audit: text decoded wrongly before it reached us ("Ukraineâ€™s future", C1
    # controls for cp1252's quotes) was scored silently, its words unknown to the model.
    with pytest.warns(stance.StanceWarning, match=r"text line 2 holds 'â€™', which is '’' decoded in the wrong "
                                                  r"encoding \(mojibake\)"):
        stance.score_document("We stand together.\r\nUkraineâ€™s future is in NATO.")
    with pytest.warns(stance.StanceWarning, match=r"document 'b' line 1 holds '\\x93', which is '“'"):
        stance.score_documents({"a": "Allies agree.", "b": "\x93NATO is united\x94, Allies say."})
    with pytest.warns(stance.StanceWarning, match=r"'Ã©', which is 'é'"):
        stance.score_document("Allies agree.\n\nThe cafÃ© summit went well.")
    # Polish, Czech and Cyrillic letters (and "£") decoded so were not warned of.
    with pytest.warns(stance.StanceWarning, match=r"'Å‚', which is 'ł'"):
        stance.score_document("Sojusznicy spotkali się we WrocÅ‚awiu.")
    with pytest.warns(stance.StanceWarning, match=r"'Ð£', which is 'У'"):
        stance.score_document("Ð£ÐºÑ€Ð°Ñ—Ð½Ð° Ñ– ÐÐÐ¢Ðž.")
    with pytest.warns(stance.StanceWarning, match=r"'Â£', which is '£'"):
        stance.score_document("Britain pledged Â£3bn to Ukraine.")
    with warnings.catch_warnings():  # accents, capitals and cp1252's own signs are no mojibake
        warnings.simplefilter("error")
        stance.score_document("SÃO PAULO: Déjà vu, Ångström, “NATO” – € 5 bn.")
        stance.score_document("«EL PAÍS» ESPAÑA, “CAFÉ”, PÅ», Wrocław, Україна, £3bn.")


@pytest.mark.parametrize("codec", ["cp1252", "cp1250", "cp1251"])
def test_utf8_decoded_in_any_common_code_page_is_warned_of(codec):
    # An analyst's audit (Warsaw/Kyiv): UTF-8 read as cp1250 ("wspieraÄ‡") or cp1251 was scored
    # without a word; only cp1252's mojibake was warned of.
    source = ("Premier powiedział, że Polska musi wspierać Ukrainę. "
              "Żołnierze NATO zostaną na wschodniej flance.\n")
    with pytest.warns(stance.MojibakeWarning, match=r"text line 1 holds '.+', which is 'ł' decoded in the wrong "
                                                    r"encoding \(mojibake\)"):
        stance.score_document(source.encode().decode(codec, errors="replace"))


def test_text_in_its_own_language_is_no_mojibake():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in ["Premier powiedział, że Polska musi wspierać Ukrainę. ŁÓDŹ, CZÓŁNO, ŻÓŁW.",
                     "Vláda České republiky schválila příspěvek NATO. ČESKÝ ŽIVOT.",
                     "Wir müssen die Ostflanke stärken, sagte der Außenminister.",
                     "Ми повинні підтримати Україну.\nНі.\nЇї.", "Россия угрожает НАТО.\nЕё.",
                     "Nous devons soutenir l’Ukraine — «déjà», à côté.", "Magyarország és Eesti kõrval.",
                     # A review: a letter and quotes read as one CJK character ("и…”" is "腔" in
                     # cp1251), two capitals as a sign ("ВІ" as "²"), "Ā" and a no-break space as one.
                     "Сказал он: «Мы\nNATO и…”", "LATVIJĀ\u00a0UN IGAUNIJĀ\u00a0NATO", "ВІ ОІ", "Café\u00a0»"]:
            stance.score_document(text)
    # What they guarded against is still told: an apostrophe in a word read in cp1251, CJK read so.
    for text, was in (("Ukraine’s future", "’"), ("We said 北约 today", "北约")):
        with pytest.warns(stance.MojibakeWarning, match=f"which is '{was}'"):
            stance.score_document(text.encode().decode("cp1251", errors="replace"))
    # A second review: a euro sign or a spaced dash alone, read in any code page, was no longer told.
    for text, codec, was in (("The package costs 100 € a month.", "cp1252", "€"),
                             ("NATO – Russia talks", "cp1251", "–"), ("Price: 5 €", "cp1250", "€"),
                             ("NATO — Russia … talks", "cp1257", "—")):
        with pytest.warns(stance.MojibakeWarning, match=f"which is '{was}'"):
            stance.score_document(text.encode().decode(codec))


def test_text_given_as_a_str_is_never_taken_for_cp850_read_as_cp1252():
    # An audit by an analyst on Windows asked cp850's letters read as cp1252's signs to be warned
    # of; a review of b5418a2: a str given directly was, and typed text has the signs ("“fake”and",
    # "Smith†and"), named cp850 falsely. A str has no bytes nor encoding to tell: a file read in
    # cp1252 is warned of (test_tables.py), text given so never.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in ("They called it \u201cfake\u201dand walked out of NATO talks.",
                     "The so-called \u201cpeace\u201dplan", "firm\u201ewe will", "x\u2020y",
                     "alpha\u2022beta\u2022gamma", "report\u00a1really", "don\u201at",
                     "Smith\u2020and Jones", "Wait\u2026then we said\u201cno\u201d.", "NATO\u2122s role",
                     "Don\u2019t \u2013 ever.", "Nous sommes d\u00e9j\u00e0 unis, \u00e0 c\u00f4t\u00e9.",
                     "Nous sommes d\u00e9j\u00e0 unis pour la d\u00e9fense.".encode("cp850").decode("cp1252")):
            stance.score_document(text)


def test_a_long_run_of_letters_read_in_cp1252_is_checked_for_cp850_in_linear_time():
    # An audit of the reader's patterns: a file read in cp1252 or Latin-1 is checked for cp850's
    # letters read as signs ("D\u201afense"), and the search for such a word read a long run of letters
    # to its end again from each letter: a line of 20,000 letters took `stance document` 10 s, of
    # 40,000 34 s. CPU time, as the other guards.
    from stance.decoding import dos_misread

    started = time.process_time()
    assert dos_misread("We agree.\n" + "a" * 40_000 + "\n", "cp1252") is None
    assert time.process_time() - started < 1.0  # about 0.01 s
    # words so misread are still found whole, after a long run as before it
    text = "D\u201afense europ\u201aenne, d\u201aj\u2026"
    assert dos_misread(text, "cp1252") == (1, "\u201a", "\u00e9")
    assert dos_misread("a" * 40_000 + " " + text, "latin-1") == (40_002, "\u201a", "\u00e9")


def test_a_long_chain_of_letters_and_quotes_read_in_cp1252_is_checked_for_cp850_in_linear_time():
    # A review of the check above: a chain of letters and signs between them that does not end as a
    # word does ("a“a“…a“1": a quote, then a digit) was read to its end again from each run of
    # letters in it: 16,000 characters took 2.2 s, 60,000 about 30 s. CPU time, as the other guards.
    from stance.decoding import dos_misread

    chain = "a\u201c" * 30_000 + "1"
    started = time.process_time()
    assert dos_misread("We agree.\n" + chain + "\n", "cp1252") is None
    assert time.process_time() - started < 1.0  # about 0.01 s
    # a misread word after such a chain is still found, at its offset, as is one right after it
    text = "D\u201afense europ\u201aenne, d\u201aj\u2026"
    assert dos_misread(chain + " " + text, "latin-1") == (60_003, "\u201a", "\u00e9")
    assert dos_misread("a\u201c1D\u201afense\u2026a\u201cb d\u201aj\u2026", "cp1252") == (4, "\u201a", "\u00e9")


@pytest.mark.parametrize(("codec", "read_as", "sign"), [
    ("utf-16", "utf-16", "'ÿþ', UTF-16's byte-order mark so decoded, opens it, and a NUL"),
    ("utf-16-le", "utf-16-le", "a NUL"), ("utf-16-be", "utf-16-be", "a NUL"),
    ("utf-32", "utf-32", "'ÿþ', UTF-32's byte-order mark so decoded, opens it, and a NUL")])
@pytest.mark.parametrize("narrow", ["cp1252", "latin-1"])
def test_utf16_decoded_one_byte_a_character_is_warned_of(codec, read_as, sign, narrow):
    # An audit: a Notepad "Unicode" file read with Windows' default open() (cp1252), as the
    # README's own score_document(open("speech.txt").read()) does, was one statement of
    # "ÿþM\x00r\x00…", `none`, with no word, where UTF-8 read so is warned of as mojibake.
    text = ("Mr Healey: We will reinforce the eastern flank.\r\nQ: Will NATO send more money to Ukraine?\r\n"
            "Ms Kallas: We must support Ukraine.\r\n")
    narrowed = text.encode(codec).decode(narrow)
    name = codec[:6].upper()
    with pytest.warns(stance.StanceWarning) as caught:
        stance.score_document(narrowed)
    message = str(caught[0].message)
    assert message.startswith(f"text looks like {name} decoded one byte a character, as in cp1252 or Latin-1"), message
    assert f"{sign} is beside each ASCII character" in message and "mojibake" not in message, message
    assert message.endswith(f"read the file as {name}, open(path, encoding={read_as!r})"), message
    # The way it names reads the text back.
    assert narrowed.encode(narrow).decode(read_as) == text
    with pytest.warns(stance.StanceWarning, match=f"^document 'b' looks like {name} "):
        stance.score_documents({"a": "We agree.", "b": narrowed})
    with warnings.catch_warnings():  # a stray NUL, and Icelandic's "þ", are no UTF-16
        warnings.simplefilter("error")
        stance.score_document("We stand\x00 together.\nÞÿ… þÿðing.")


def test_a_feed_of_one_post_a_line_without_punctuation_is_a_statement_a_post():
    # An archivist's audit: posts seldom end in punctuation, and a feed pasted one post a line was
    # read as one sentence wrapped over its lines: three posts became one statement, a flag ending
    # a post ("…in Riga today 🇱🇻") did not end it, and a thread's "4/4 Full communique: …" after
    # posts numbered "1/", "2/", "3/" was glued onto post 3.
    feed = ("Great meeting with Baltic ministers in Riga today\nNATO stands united with our eastern Allies\n"
            "We will never stop supporting Ukraine\n")
    assert split_sentences(feed) == ["Great meeting with Baltic ministers in Riga today",
                                     "NATO stands united with our eastern Allies",
                                     "We will never stop supporting Ukraine"]
    assert split_sentences("Great meeting with Baltic ministers in Riga today 🇱🇻\n"
                           "NATO stands united with our eastern Allies") == [
        "Great meeting with Baltic ministers in Riga today 🇱🇻", "NATO stands united with our eastern Allies"]
    thread = "1/ We met in Riga today\n2/ We agreed our plans\n3/ We will deliver them\n4/4 Full communique: …"
    assert split_sentences(thread) == ["We met in Riga today", "We agreed our plans", "We will deliver them",
                                       "Full communique: …"]
    # no warning where the lines show a feed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(stance.score_document(feed).sentences) == 3
    # a wrapped paragraph stays joined: lines about as long as the longest, the next word not fitting,
    # in lower case, or after a comma or a hyphen
    wrapped = ("We will never stop supporting our friends in\nUkraine and NATO stands united with our eastern\n"
               "Allies in the Baltic States and Poland\n")  # at 48 columns
    assert split_sentences(wrapped) == [" ".join(wrapped.split())]
    assert split_sentences("Great meeting with Baltic ministers in Riga today and\nwe agreed\nNATO plans") == [
        "Great meeting with Baltic ministers in Riga today and we agreed NATO plans"]
    assert split_sentences("We thank the Baltic\nStates for their air-\nDefence") == [
        "We thank the Baltic States for their air-Defence"]
    assert split_sentences("We love ❤\ufe0f\nand support Ukraine") == ["We love ❤\ufe0f and support Ukraine"]
    # two such lines may be either: they stay joined, and a document says so, naming the line
    with pytest.warns(stance.StanceWarning, match=r"line 2 was joined to the line above .* if they are posts"):
        doc = stance.score_document("Great meeting in Riga today\nNATO stands united with our Allies")
    assert doc.sentences["text"].tolist() == ["Great meeting in Riga today NATO stands united with our Allies"]
    with warnings.catch_warnings():  # a sentence wrapped to its full stop is no feed
        warnings.simplefilter("error")
        stance.score_document("We met the\nSecretary General today.")


def test_a_line_opening_with_a_number_below_a_headline_is_no_part_of_it():
    # A journalist's audit: a line opening with a number was joined to any line above that ended
    # no sentence, and with no warning: a headline, a news page's "4 minutes read" or "3 hours ago"
    # and the lede below them made one statement ("NATO allies agree new spending target 4 minutes
    # read Allies have agreed…"), and so did "Summit outcome" / "32 Allies agreed to…"; a page's
    # headline, read time, "Listen to this article" and "Updated 2 hours ago" joined the lede too.
    lede = "Allies have agreed to raise defence spending to 3.5% of GDP, officials said on Wednesday."
    headline = "NATO allies agree new spending target"
    for middle in ("4 minutes read", "3 hours ago", "5 min read", "Updated 2 hours ago",
                   "4 minutes read\nListen to this article\nUpdated 2 hours ago"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            doc = stance.score_document(f"{headline}\n{middle}\n{lede}")
        assert doc.sentences["text"].tolist() == [headline, lede], middle
        assert doc.sentences["line"].tolist() == [1, middle.count("\n") + 3]
    # a sentence wrapped before its number is still joined: after a function word, a month, a
    # comma, a line that goes on from the one above, or where a hard-wrapped text had no room
    for wrapped in ("Allies have agreed to raise spending to\n3.5% of GDP by 2035.",
                    "Leaders met in The Hague, where the\n32 Allies agreed to spend more.",
                    "The summit opened on 24 June\n2025 in The Hague.",
                    "We met in Brussels today and\nthe Allies agreed\n32 new plans."):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert stance.score_document(wrapped).sentences["text"].tolist() == [" ".join(wrapped.split())]
    paragraph = ("Allies met in The Hague on Wednesday and\nagreed that they will raise their defence\n"
                 "spending to a new level, and that their\nspending on defence will rise to about\n"
                 "3.5% of their GDP by 2035, which is a lot\nmore than the Allies spend today.")  # at 42 columns
    assert split_sentences(paragraph) == [" ".join(paragraph.split())]
    # and a line ending the sentence's words, as "3 hours ago" may, is its words
    assert split_sentences("The missile struck the city\n3 hours ago\nand killed two.") == [
        "The missile struck the city 3 hours ago and killed two."]
    # and so is one below a line that a sentence is wrapped from, ending in a function word or a
    # comma: "3 hours ago" was dropped from the sentence as the page's time (a reviewer)
    for text in ("The ministers met in Brussels and agreed that\n3 hours ago\nNATO had been warned.",
                 "The ministers were told, only\n3 hours ago\nNATO had been warned.",
                 "The drones struck Kharkiv,\n3 hours ago\nofficials said."):
        assert split_sentences(text) == [" ".join(text.split())], text
    # a headline and a number below it with no word to tell: joined, and a document says so. A
    # capital after the number told nothing, as proper nouns have one, but split real sentences
    # with no warning: "In its annual report NATO counted" / "32 Allies, and Sweden…" (a reviewer)
    for text in ("Summit outcome\n3.5% of GDP is the new target.",
                 "Summit outcome\n32 Allies agreed to raise defence spending.",
                 "In its annual report NATO counted\n32 Allies, and Sweden was the newest of them.",
                 "In total, Allies delivered\n3 Patriot batteries to Ukraine."):
        with pytest.warns(stance.StanceWarning, match=r"^line 2 was joined to the line above .* or a headline and"):
            doc = stance.score_document(text)
        assert doc.sentences["text"].tolist() == [" ".join(text.split())], text
    # in a hard-wrapped text, the number would have fitted beside the headline: a statement of its own
    lede = ("3.5% of GDP is what the Allies agreed to\nspend on defence by 2035, officials said\n"
            "in The Hague on Wednesday, and most of\nthem will need to raise their spending to\n"
            "get there, which many of them have not\ndone for decades.")  # at 41 columns
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert stance.score_document("Summit outcome\n" + lede).sentences["text"].tolist() == [
            "Summit outcome", " ".join(lede.split())]


def test_a_hard_wrapped_line_ending_in_capitalised_words_is_no_heading():
    # A journalist's audit: a press transcript wrapped at 40 columns cut its questions where a
    # line ended in capitalised words, read as a heading: "Secretary General, the Hungarian Prime"
    # / "Minister said last week…" gave two statements, and "…Delfi. Former" / "President Trump
    # has said…" the statement "Former".
    transcript = ("Q: Anna Ozola, Latvian Television.\n"
                  "Secretary General, the Hungarian Prime\n"
                  "Minister said last week that NATO is\n"
                  "not at war with Russia, and Hungary\n"
                  "will not be dragged into one. Is the\n"
                  "Alliance divided on Ukraine?\n\n"
                  "A: No. Allies are united on Ukraine,\n"
                  "and they will stay united.\n\n"
                  "Q: Marta Kalnina, Delfi. Former\n"
                  "President Trump has said that America\n"
                  "will not defend Allies who don't pay\n"
                  "their bills. Does that worry you?\n\n"
                  "A: No.")
    assert split_speakers(transcript) == [
        ("Anna Ozola, Latvian Television.", "Q"),
        ("Secretary General, the Hungarian Prime Minister said last week that NATO is not at war with Russia, "
         "and Hungary will not be dragged into one.", "Q"),
        ("Is the Alliance divided on Ukraine?", "Q"),
        ("No.", "A"), ("Allies are united on Ukraine, and they will stay united.", "A"),
        ("Marta Kalnina, Delfi.", "Q"),
        ("Former President Trump has said that America will not defend Allies who don't pay their bills.", "Q"),
        ("Does that worry you?", "Q"), ("No.", "A")]
    # a short heading above a wrapped paragraph is still one: its next word would have fitted beside it
    wrapped = ("NATO Summit in Vilnius\n" + "Leaders met today and agreed on a plan\n" * 5).strip()
    assert split_sentences(wrapped)[0] == "NATO Summit in Vilnius"


def test_a_line_opening_with_an_ampersand_or_a_comma_goes_on_with_the_sentence_above():
    # From an audit: a wrapped line opening with "&" (a caption's "&amp;") was no part of the
    # sentence above when that was short enough to be a heading: "Thank you. NATO is united" /
    # "&amp; it will stay united." gave "NATO is united" and "& it will stay united.", and
    # "Our Allies" / "& partners stand with Ukraine." two statements. Like a word in lower case,
    # "&", a comma or a semicolon carries on a sentence that has not ended.
    captions = "1\n00:00:01,000 --> 00:00:04,000\nThank you. NATO is united\n&amp; it will stay united.\n"
    assert stance.score_document(captions).sentences.text.tolist() == [
        "Thank you.", "NATO is united & it will stay united."]
    assert split_sentences("Our Allies\n& partners stand firm.") == ["Our Allies & partners stand firm."]
    assert split_sentences("Our Allies\n, and partners, stand firm.") == ["Our Allies, and partners, stand firm."]
    assert split_sentences("NATO Summit in Vilnius\n; Allies met.") == ["NATO Summit in Vilnius; Allies met."]
    # in a text of a paragraph a line, and across a page's end
    speech = ("It is good to be back in Riga, and it is good to see so many friends of the Alliance here today.\n"
              "Our soldiers\n& their families deserve our thanks, and they will have them for as long as it takes.")
    assert split_sentences(speech)[1] == (
        "Our soldiers & their families deserve our thanks, and they will have them for as long as it takes.")
    assert split_sentences("We must stay united\n\n3\n\n& strong.") == ["We must stay united & strong."]
    # but a sentence that has ended is over, and a heading above a capital is still one
    assert split_sentences("We stand firm.\n& partners agree.") == ["We stand firm.", "& partners agree."]
    assert split_sentences("NATO Summit in Vilnius\nLeaders met.") == ["NATO Summit in Vilnius", "Leaders met."]


def test_a_list_run_on_inside_a_paragraph_loses_its_markers_not_its_items():
    # A journalist's audit: a spoken list written inline, "We did three things: 1. We agreed
    # plans. 2. We put troops on readiness. 3. …", gave the statements "We did three things: 1.",
    # "2." and "3.", each marker scored as a statement of its own.
    text = "We did three things: 1. We agreed plans. 2. We put troops on readiness.\n3. We opened a command."
    assert stance.sentences.split_statements(text) == [("We did three things:", None, 1), ("We agreed plans.", None, 1),
                                      ("We put troops on readiness.", None, 1), ("We opened a command.", None, 2)]
    # a number that ends its block is an answer, and a German date's day goes on into its month
    assert split_sentences("Q: How many brigades? A: 3.") == ["How many brigades?", "3."]
    assert split_sentences("Das war richtig. 12. Februar: Der Bundestag stimmt zu.") == [
        "Das war richtig.", "12. Februar: Der Bundestag stimmt zu."]


def test_the_european_parliaments_directions_and_a_rule_cited_inside_one_are_left_out():
    # A political scientist's audit: the European Parliament's "(The speaker agreed to take a
    # blue-card question under Rule 171(8))" was scored, with the speaker's next sentence joined to
    # it, and a direction citing a rule in brackets ended at the rule's ")" and was scored so too
    record = ("Mick Wallace (The Left). – Madam President, sanctions have failed.\n"
              "(The speaker agreed to take a blue-card question under Rule 171(8))\n"
              "We must talk to Moscow.\n"
              "(The sitting was suspended at 12.30 (Rule 171))\n"
              "Rasa Juknevičienė, on behalf of the PPE Group. – Russia must pay.")
    assert stance.sentences.split_statements(record) == [
        ("Madam President, sanctions have failed.", "Mick Wallace", 1),
        ("We must talk to Moscow.", "Mick Wallace", 3), ("Russia must pay.", "Rasa Juknevičienė", 5)]
    assert split_sentences("We act.\n(The speaker declined to take a blue-card question)\nWe go.") == [
        "We act.", "We go."]
    # the speaker described in an aside is words, and brackets after a direction are the sentence's
    assert split_sentences("(The speaker, a Lithuanian MEP, agreed.) We go.") == [
        "(The speaker, a Lithuanian MEP, agreed.)", "We go."]
    assert split_sentences("We act (Applause) now (really).") == ["We act now (really)."]


def test_a_wrapped_direction_citing_a_rule_is_left_out_whole():
    # A review of e6405619: the rule's bracket was the direction's on one line only; wrapped, as a
    # PDF's narrow column sets it, "(The speaker agreed … under" / "Rule 171(8))" was still scored
    # with the sentence below, "(The speaker agreed … Rule 171(8)) We must talk to Moscow." (none)
    record = ("Sanctions have failed.\n(The speaker agreed to take a blue-card question under\n"
              "Rule 171(8))\nWe must talk to Moscow.")
    assert split_sentences(record) == ["Sanctions have failed.", "We must talk to Moscow."]
    assert split_sentences("(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder SPD (teils)) Wir handeln.") == [
        "Wir handeln."]
    # a bracket of the words' own below an unclosed one still ends the search: words, kept
    assert split_sentences("We act (Applause from\nthe (left) and we go on\nNext.") == [
        "We act (Applause from the (left) and we go on Next."]


def test_a_reference_number_alone_in_square_brackets_is_no_statement():
    # A political scientist's audit: Hansard ends each oral question with its reference,
    # "What steps … Ukraine. [901234]", which was a statement of its own (none), one for each
    # question, counted in the profile's shares; a citation's "[12]" after a sentence so too
    hansard = ("1. Mrs Anne Cole (Wealden) (Con): What steps his Department is taking to support Ukraine. [901234]\n"
               "The Secretary of State for Defence (John Healey): We have sent more air defence.")
    assert stance.sentences.split_statements(hansard) == [
        ("What steps his Department is taking to support Ukraine.", "Mrs Anne Cole", 1),
        ("We have sent more air defence.", "John Healey", 2)]
    assert split_sentences("NATO is strong. [12] [13]\nAllies agree.\n[901235]") == ["NATO is strong.", "Allies agree."]
    # inside a sentence, or opening one, it is the sentence's, as written
    assert split_sentences("We act [901234] now. [1] Allies agree.") == ["We act [901234] now.", "[1] Allies agree."]


@pytest.mark.parametrize("text, expected", [
    ("Głosowało 450 posłów. Za: 312. Przeciw: 120.", ["Głosowało 450 posłów.", "Za: 312.", "Przeciw: 120."]),
    ("Ayes to the right: 312. Noes to the left: 201.", ["Ayes to the right: 312.", "Noes to the left: 201."]),
    ("Spending, Poland: 4. Estonia: 3. Both must rise.", ["Spending, Poland: 4.", "Estonia: 3.", "Both must rise."]),
    ("We counted them: 312. Russia must pay.", ["We counted them: 312.", "Russia must pay."]),
])
def test_a_figure_after_a_colon_is_no_run_on_lists_first_marker(text, expected):
    # A political scientist's audit: a vote's counts in a transcript lost their figures as an inline
    # list's first marker, "Za: 312. Przeciw: 120." giving "Za:" and "Przeciw:"; a list's first item
    # is "1." or "a.", and its marker alone is dropped
    assert split_sentences(text) == expected
    assert split_sentences("Our aims: 1. We arm Ukraine. 2. We stay united.") == [
        "Our aims:", "We arm Ukraine.", "We stay united."]


@pytest.mark.parametrize("text, expected", [
    ("Głosowało 450 posłów. Za: 230. Przeciw: 1. Wstrzymało się: 0.",
     ["Głosowało 450 posłów.", "Za: 230.", "Przeciw: 1.", "Wstrzymało się: 0."]),
    ("Ayes to the right: 1. Noes to the left: 201.", ["Ayes to the right: 1.", "Noes to the left: 201."]),
    ("Za: 230. Przeciw: 0. Wstrzymało się: 1. Dziękuję.",
     ["Za: 230.", "Przeciw: 0.", "Wstrzymało się: 1.", "Dziękuję."]),
])
def test_a_vote_of_one_beside_another_tally_is_no_run_on_lists_first_marker(text, expected):
    # A review of f7496e54: a count of 1 after a colon was still taken for a list's first "1." and
    # dropped, so a vote's one vote against was lost ("Przeciw:"); beside another tally it is a count.
    assert split_sentences(text) == expected
    # a list's lead-in is no tally: its "1." still goes
    assert split_sentences("Our aims: 1. We arm Ukraine. 2. We stay united.") == [
        "Our aims:", "We arm Ukraine.", "We stay united."]


@pytest.mark.parametrize("text, expected", [
    ("PEVKUR: We met.\nZa: 312. Przeciw: 1.",
     [("We met.", "PEVKUR"), ("Za: 312.", "PEVKUR"), ("Przeciw: 1.", "PEVKUR")]),
    ("Za: 312.\nPrzeciw: 1.\nWstrzymało się: 0.",
     [("Za: 312.", None), ("Przeciw: 1.", None), ("Wstrzymało się: 0.", None)]),
    ("MARSZAŁEK: Głosowało 450 posłów.\nZA: 312 posłów.\nPRZECIW: 1 vote.\nMARSZAŁEK: Dziękuję.",
     [("Głosowało 450 posłów.", "MARSZAŁEK"), ("ZA: 312 posłów.", "MARSZAŁEK"), ("PRZECIW: 1 vote.", "MARSZAŁEK"),
      ("Dziękuję.", "MARSZAŁEK")]),
    ("Ayes: 312.\nNoes: 120.", [("Ayes: 312.", None), ("Noes: 120.", None)]),
    ("PEVKUR: We met.\nJA: 312\nNEIN: 120\nENTHALTUNGEN: 3",
     [("We met.", "PEVKUR"), ("JA: 312", "PEVKUR"), ("NEIN: 120", "PEVKUR"), ("ENTHALTUNGEN: 3", "PEVKUR")]),
    ("PEVKUR: We met.\nPOUR : 312\nCONTRE : 120",
     [("We met.", "PEVKUR"), ("POUR : 312", "PEVKUR"), ("CONTRE : 120", "PEVKUR")]),
    # a speaker's words, a figure among them, and a figure answering a question or said by one who speaks
    ("PEVKUR: We met.\nPrzewodniczący: Dziękuję.", [("We met.", "PEVKUR"), ("Dziękuję.", "Przewodniczący")]),
    ("PEVKUR: We met.\nMR SMITH: 312 is too many.", [("We met.", "PEVKUR"), ("312 is too many.", "MR SMITH")]),
    ("Q: How many Allies agreed?\nRUTTE: 32.", [("How many Allies agreed?", "Q"), ("32.", "RUTTE")]),
    ("MODERATOR: The count.\nRUTTE: 32.\nRUTTE: We agreed.",
     [("The count.", "MODERATOR"), ("32.", "RUTTE"), ("We agreed.", "RUTTE")]),
])
def test_a_label_whose_turn_is_a_figure_alone_is_a_vote_tally_no_speaker(text, expected):
    # A reviewer's read of a parliamentary record: "Za: 312." read as the tag "Za:" named a speaker
    # of "312.", which was then dropped as a page's number, and "Przeciw: 1." lost its "1." as a
    # list's marker. A label that tags only a figure is a vote's tally, kept whole as in a paragraph.
    assert split_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rutte: We agreed.\nRUTTE: 32.", [("We agreed.", "Rutte"), ("32.", "Rutte")]),
    ("Kallas: Ukraine must win.\nKALLAS: 27.", [("Ukraine must win.", "Kallas"), ("27.", "Kallas")]),
])
def test_a_figure_alone_does_not_unmake_a_transcript_of_two_turns(text, expected):
    # A review of 04b0fed8: the readers that only count a text's tags read a figure's tag as a
    # vote's tally too, with no names that speak elsewhere to spare it, so a transcript of two
    # turns, one a figure, had one tag and was no transcript: every tag was kept as words.
    assert split_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MODERATOR: How many Allies agreed?\nRUTTE: 32.", [("How many Allies agreed?", "MODERATOR"), ("32.", "RUTTE")]),
    ("CHAIR: Votes in favour?\nCLERK: 312.\nCHAIR: Against?\nCLERK: 120.",
     [("Votes in favour?", "CHAIR"), ("312.", "CLERK"), ("Against?", "CHAIR"), ("120.", "CLERK")]),
    ("JOURNALIST: What share of GDP?\n\nRUTTE: 2%.", [("What share of GDP?", "JOURNALIST"), ("2%.", "RUTTE")]),
    ("[00:01:02] MODERATOR: How many Allies?\n[00:01:05] RUTTE: 32.\n[00:01:09] RUTTE: We agreed.",
     [("How many Allies?", "MODERATOR"), ("32.", "RUTTE"), ("We agreed.", "RUTTE")]),
    # no question above: still a vote's tally, the chair's words
    ("THE SPEAKER: The result of the division.\nAyes: 312.\nNoes: 120.",
     [("The result of the division.", "THE SPEAKER"), ("Ayes: 312.", "THE SPEAKER"), ("Noes: 120.", "THE SPEAKER")]),
    # A review of 16c9aa76: the chair's question goes on with the division's result, a line of
    # tallies or a tally a line; "Za" was read as a speaker of "Przeciw: 1.", "Za: 312." lost.
    ("MARSZAŁEK: Kto jest za? Kto przeciw?\nZa: 312. Przeciw: 1. Wstrzymało się: 0.",
     [("Kto jest za?", "MARSZAŁEK"), ("Kto przeciw?", "MARSZAŁEK"), ("Za: 312.", "MARSZAŁEK"),
      ("Przeciw: 1.", "MARSZAŁEK"), ("Wstrzymało się: 0.", "MARSZAŁEK")]),
    ("MARSZAŁEK: Kto jest za?\nZa: 312.\nPrzeciw: 1.",
     [("Kto jest za?", "MARSZAŁEK"), ("Za: 312.", "MARSZAŁEK"), ("Przeciw: 1.", "MARSZAŁEK")]),
    ("THE SPEAKER: Division. Clear the lobbies?\n\nAyes: 312.\n\nNoes: 120.",
     [("Division.", "THE SPEAKER"), ("Clear the lobbies?", "THE SPEAKER"), ("Ayes: 312.", "THE SPEAKER"),
      ("Noes: 120.", "THE SPEAKER")]),
    # A review of d3596c85: Za, Przeciw and Ayes are the chair's as a vote's sides after a question
    # already (3371b652); a label that names no side is the chair's too when the division's result
    # goes on after it, on its line or the next, where "Głosowało" spoke "Za: 312." and the rest.
    ("MARSZAŁEK: Kto jest za?\nGłosowało: 440. Za: 312. Przeciw: 1.",
     [("Kto jest za?", "MARSZAŁEK"), ("Głosowało: 440.", "MARSZAŁEK"), ("Za: 312.", "MARSZAŁEK"),
      ("Przeciw: 1.", "MARSZAŁEK")]),
    ("MARSZAŁEK: Kto jest za?\nGłosowało: 440.\nZa: 312.\nPrzeciw: 1.",
     [("Kto jest za?", "MARSZAŁEK"), ("Głosowało: 440.", "MARSZAŁEK"), ("Za: 312.", "MARSZAŁEK"),
      ("Przeciw: 1.", "MARSZAŁEK")]),
])
def test_a_figure_answering_anyones_question_is_its_speakers_no_tally(text, expected):
    # A review of 04b0fed8: only a question tagged "Q" spared its answer, so a press conference's
    # "MODERATOR: How many Allies agreed?" / "RUTTE: 32." gave "RUTTE: 32." as the moderator's
    # words, and a timestamped line's name was never read as one that speaks elsewhere.
    assert split_speakers(text) == expected


def test_a_list_of_many_labels_and_figures_is_read_in_a_pass():
    # A review of 16c9aa76 (and 04b0fed8 before it): each line's head was searched for each
    # tally's label, lines × labels: a list of 8,000 candidates' votes ("Kowalski Jan: 1234
    # głosów") took 15.8 s to split, 1.9 s before 04b0fed8; these 50,000, minutes (20,000: 60 s).
    # A label's first word is now looked up among the head's words; the names that speak agree.
    from stance.transcripts import _speaking_names

    def letters(number):
        return "".join(chr(ord("a") + int(digit, 26)) for digit in np.base_repr(number, 26))

    votes = [f"{letters(i).title()} {letters(7 * i).title()}: {i} głosów" for i in range(50_000)]
    lines = ["RUTTE: We agreed.", "RUTTE: 32.", *votes, "Za: 312. Przeciw: 1."]
    assert _speaking_names(lines, True) == {"rutte"}


def test_a_label_whose_first_word_is_common_reads_only_the_lines_that_hold_it(monkeypatch):
    # A review of 25e5d3d5: a tally's label was looked up by its first word alone, so with "In
    # favour: 312." every line holding "in" (or "the", for "The Ayes:") was read for its tag,
    # the work the lookup is there to spare. A label's words are now looked up in a row.
    import stance.transcripts as transcripts
    read = []
    real = transcripts._speaker_tag
    monkeypatch.setattr(transcripts, "_speaker_tag", lambda line, *args, **kwargs: (
        read.append(line), real(line, *args, **kwargs))[1])
    lines = [f"RUTTE: We agreed in Vilnius on plan {i}." for i in range(1_000)]
    lines += ["KALLAS: The votes in favour were many.", "In favour: 312. Against: 120.", "The Ayes: 312."]
    assert transcripts._speaking_names(lines, True) == {"kallas"}
    assert read == lines[-3:]


def test_a_line_of_figures_and_labels_that_is_no_tally_is_read_at_once():
    # A review of 04b0fed8: "1 ab cd:" reads as a figure and its word then the label "cd:", or
    # the figure alone then "ab cd:"; a line of 40 such that fails at its end was tried every way,
    # twice the time for each (minutes). Each of 2,000 is now read one way; the line is words.
    from stance.speakers import _is_tally
    assert not _is_tally(" 1 ab cd:" * 2000)
    assert _is_tally(" 312 posłów. Przeciw: 1. Wstrzymało się: 0.")
    assert split_speakers("PEVKUR: We met.\nZa: " + "1 ab cd: " * 40)[0] == ("We met.", "PEVKUR")


def test_a_line_of_figures_in_thousands_and_labels_that_is_no_tally_is_read_at_once():
    # A review of 7e4e3da4: a figure's ",000" was its thousands or its decimals, so a line of
    # figures in thousands that fails at its end was still tried both ways for each (22 such:
    # minutes). A figure's last three digits are now its thousands alone; the same tallies match.
    from stance.speakers import _is_tally
    assert not _is_tally(" 1,000 ab:" * 2000) and not _is_tally(" 1.000 ab: 2,500." * 2000 + " x")
    assert _is_tally(" 1,000 posłów. Przeciw: 12.500. Wstrzymało się: 0,5%.")
    line = "Budget: 1,000 EUR; " + "Year two: 1,500 EUR; " * 40 + "to be agreed."
    assert split_speakers("PEVKUR: We met.\n" + line) == [("We met.", "PEVKUR"), (line[8:], "Budget")]


def test_a_figure_and_a_long_word_after_it_are_read_at_once():
    # A review of 7e4e3da4: the figure's word looked ahead for a label's colon after each shorter
    # part of itself, n²/2 steps for a word of n letters ("Za: 1 " and 30,000 letters and "!":
    # 70 s, 300,000 letters: hours; 7e4e3da4's parent: at once). The word now takes all its letters.
    from stance.speakers import _is_tally
    word = "a" * 300_000
    assert not _is_tally(f" 1 {word}:") and not _is_tally(f" 1 {word}!") and _is_tally(f" 1 {word}.")
    assert split_speakers(f"PEVKUR: We met.\nZa: 1 {word}!") == [("We met.", "PEVKUR"), (f"1 {word}!", "Za")]


def test_a_heading_in_sentence_case_in_a_text_of_a_paragraph_a_line_is_no_part_of_the_sentence_below():
    # A journalist's audit: a speech saved from Word as plain text, a paragraph a line with no
    # blank lines, gave "Defence spending Now let me turn to money, because money is where
    # promises become real." and "Nuclear deterrence Let me say a word about nuclear deterrence."
    speech = ("Thank you, Minister. Ladies and gentlemen,\n"
              "It is good to be back in Riga, and it is good to see so many friends of the Alliance here today.\n"
              "Defence spending\n"
              "Now let me turn to money, because money is where promises become real for every Ally here.\n"
              "In 2014, only three Allies spent two per cent of their economy on defence, and now most of them do.\n"
              "Nuclear deterrence\n"
              "Let me say a word about nuclear deterrence, which remains the ultimate guarantee of our security.")
    assert split_sentences(speech) == [
        "Thank you, Minister.", "Ladies and gentlemen,",
        "It is good to be back in Riga, and it is good to see so many friends of the Alliance here today.",
        "Defence spending",
        "Now let me turn to money, because money is where promises become real for every Ally here.",
        "In 2014, only three Allies spent two per cent of their economy on defence, and now most of them do.",
        "Nuclear deterrence",
        "Let me say a word about nuclear deterrence, which remains the ultimate guarantee of our security."]
    # a text whose long lines end mid-sentence is wrapped: its lines still join
    wrapped = ("We will keep these forces here and we will reinforce them where needed, because every inch of\n"
               "Allied territory will be defended, from Narva to Nicosia, and every Ally knows that this is so,\n"
               "and Russia knows it too, which is why deterrence works and why we must keep it credible in\n"
               "Poland and the Baltic states.")
    assert len(split_sentences(wrapped)) == 1


def test_a_time_of_day_opening_a_sentence_is_no_timestamp():
    # A user audit: "2:45 P.M. EST is when we met." lost its time as a transcript's timestamp
    # and was cut after "P.M.", leaving "P.M." and "EST is when we met." as statements.
    assert split_sentences("2:45 P.M. EST is when we met.\n10:30 is when they left.") == [
        "2:45 P.M. EST is when we met.", "10:30 is when they left."]
    assert split_sentences("We met at 5 P.M. EST. The talks ended at 6 P.M. NATO met at 7 A.M. local time.") == [
        "We met at 5 P.M. EST.", "The talks ended at 6 P.M.", "NATO met at 7 A.M. local time."]
    # a transcript's timestamps are still left out, and a time of day alone on its line
    transcript = "1:05 P.M. EST\n[00:12:31] MODERATOR: Welcome.\n00:12:40 Q: Why?\n12:41 A: Because."
    assert split_speakers(transcript) == [("Welcome.", "MODERATOR"), ("Why?", "Q"), ("Because.", "A")]


@pytest.mark.parametrize("captions, sentences", [
    ("0:00 so today we are talking about nato\n0:05 and why the alliance matters\n",
     ["so today we are talking about nato and why the alliance matters"]),
    ("00:00 welcome back everyone.\n00:04 today we talk about NATO.\n",
     ["welcome back everyone.", "today we talk about NATO."]),
])
def test_a_caption_transcripts_timestamps_before_lower_case_are_left_out(captions, sentences):
    # A video's captions in lower case kept their timestamps ("0:00 so today…") once a time
    # before a word in lower case was taken to open a sentence; only "is" or "was" after a time
    # ("10:30 is when they left.") says so.
    assert split_sentences(captions) == sentences


@pytest.mark.parametrize("sentence", [
    "Ми витратили 40 грн. на оборону.", "Україна отримала 40 млрд дол. допомоги.",
    "Згідно з п. 3 ст. 5 договору союзники допомагають одне одному.", "Це т. зв. закон про оборону.",
    "Мы потратили 40 руб. на оборону.", "Союзники, т.е. США и Европа, помогут.", "Czyli tzw. flanka wschodnia.",
    "Sojusznicy to m.in. Polska, Litwa itd. i Łotwa.", "Zgodnie z art. 5 ust. 2 pkt. 3 traktatu pomagamy.",
    "Było około 40 tys. żołnierzy.", "We spent 40 bn dol. more on defence than planned.",
    "Мы потратили 5 млн. рублей и 40 коп. на танки, и др. нужды.",
])
def test_ukrainian_russian_and_polish_abbreviations_end_no_sentence(sentence):
    # A user audit of Ukrainian, Russian and Polish records: Punkt ended a sentence after
    # abbreviations it did not know when a word in lower case or a number followed ("40 грн."
    # / "на оборону.", "п." / "3 ст." / "5 договору", "tzw." / "flanka", "m.in." / "Polska").
    assert split_sentences(sentence) == [sentence]


def test_a_sentence_ending_in_a_ukrainian_russian_or_polish_abbreviation_still_ends():
    # those that can end a sentence ("40 грн.", "itd.") end it before a capital
    text = "Ми витратили 40 грн. Це багато. Litwa, Łotwa itd. Polska pomaga. Это стоило 5 млн. Мы платим."
    assert split_sentences(text) == ["Ми витратили 40 грн.", "Це багато.", "Litwa, Łotwa itd.", "Polska pomaga.",
                                     "Это стоило 5 млн.", "Мы платим."]


@pytest.mark.parametrize("sentence", [
    "Об этом сказал ген. Герасимов вчера.", "Ген. Герасимов сказал нет.", "Выступил ген. секретарь ООН.",
    "Школа ім. Шевченка підтримує НАТО.", "Завод им. Ленина и проф. Петров за НАТО.",
    "Акад. Сахаров жил на ул. Чкалова.", "Митинг прошёл на вул. Хрещатик у собору св. Софії.",
    "Rozmawiał z płk. Nowakiem o NATO.", "Szkoła im. Jana Pawła II popiera NATO.",
    "Mieszka przy ul. Długiej, obok kościoła św. Anny.", "Mszę odprawił ks. Nowak, a kpt. Zieliński słuchał.",
])
def test_slavic_titles_and_address_words_before_a_name_end_no_sentence(sentence):
    # Punkt ended a sentence after the titles, ranks and address words of Russian, Ukrainian and
    # Polish it did not know, before the name they go with ("ген." / "Герасимов вчера.", "ім." /
    # "Шевченка…", "płk." / "Nowakiem…"), as it does not after "Gen." or "gén.".
    assert split_sentences(sentence) == [sentence]


def test_a_slavic_pronoun_like_an_abbreviation_still_ends_a_sentence_before_an_opener():
    # Russian "им." and Polish "im." are "them" too: before a word that opens a sentence they end one
    assert split_sentences("Я доволен им. Он хорошо работает. Dałem im. Nie chcieli. я верю им. он знает.") == [
        "Я доволен им.", "Он хорошо работает.", "Dałem im.", "Nie chcieli.", "я верю им.", "он знает."]
    # a title Punkt is given goes on before any capital, as "Prof." does in German
    assert split_sentences("Встретились с проф. Петровым. Wir sprachen mit Prof. Müller.") == [
        "Встретились с проф. Петровым.", "Wir sprachen mit Prof. Müller."]


def test_a_slavic_years_abbreviation_ends_a_sentence_before_a_word_that_opens_one():
    # Punkt reads "г.", "р." and "r." after a year as initials and never cut there: "Санкции ввели
    # в 2014 г. Они не работают." was one statement, as "…to Acme Ltd. It builds jets." was once
    assert split_sentences("Санкции ввели в 2014 г. Они не работают. Санкції запровадили у 2014 р. Вони не "
                           "працюють. Sankcje wprowadzono w 2014 r. Nie działają. Это было в 2014г. В 2015 г. всё "
                           "изменилось.") == [
        "Санкции ввели в 2014 г.", "Они не работают.", "Санкції запровадили у 2014 р.", "Вони не працюють.",
        "Sankcje wprowadzono w 2014 r.", "Nie działają.", "Это было в 2014г.", "В 2015 г. всё изменилось."]
    # before a name or a noun, or an initial, it goes on: one may follow the year as often as a sentence does
    for sentence in ("W 1999 r. Polska weszła do NATO.", "В 2014 г. Россия аннексировала Крым.",
                     "У 2014 р. Україна обрала НАТО.", "Это было в 2014 г. В. Путин тогда молчал."):
        assert split_sentences(sentence) == [sentence]


def test_verkhovna_rada_records_name_their_speakers_and_leave_out_stage_directions():
    # A user audit: the Rada's record tags a member by the surname in capitals and initials
    # ("СТЕФАНЧУК Р.О.") and the chair "ГОЛОВУЮЧИЙ.", the words on the same line, as the
    # Congressional Record does; no tag was read, so the tags were statements and the
    # directions "(Іде реєстрація)", "(Оплески)" were joined to the lines around them.
    record = ("ГОЛОВУЮЧИЙ. Шановні колеги! Прошу голосувати.\n(Іде реєстрація)\nСТЕФАНЧУК Р.О. Дякую.\n(Оплески)\n"
              "ГОНЧАРЕНКО О.О. Україна потребує ППО.\n"
              "МЕРЕЖКО О.О., голова Комітету з питань зовнішньої політики (фракція політичної партії «Слуга народу»). "
              "Шановні колеги, ми підтримуємо.\n(Лунає Державний Гімн України)\nГОЛОВУЮЧИЙ. Дякую.")
    assert split_speakers(record) == [
        ("Шановні колеги!", "ГОЛОВУЮЧИЙ"), ("Прошу голосувати.", "ГОЛОВУЮЧИЙ"), ("Дякую.", "СТЕФАНЧУК Р.О."),
        ("Україна потребує ППО.", "ГОНЧАРЕНКО О.О."), ("Шановні колеги, ми підтримуємо.", "МЕРЕЖКО О.О."),
        ("Дякую.", "ГОЛОВУЮЧИЙ")]
    # a surname in capitals with no initials is no tag, nor are initials before a word in lower case
    record = "ГОЛОВУЮЧИЙ. Слово має НАТО.\nНАТО. Це альянс.\nПУТІН В.В. заявив це.\nСТЕФАНЧУК Р.О. Так."
    assert split_speakers(record) == [
        ("Слово має НАТО.", "ГОЛОВУЮЧИЙ"), ("НАТО.", "ГОЛОВУЮЧИЙ"), ("Це альянс.", "ГОЛОВУЮЧИЙ"),
        ("ПУТІН В.В. заявив це.", "ГОЛОВУЮЧИЙ"), ("Так.", "СТЕФАНЧУК Р.О.")]
    # and outside a transcript, the chair's word is a sentence's
    assert split_speakers("ГОЛОВУЮЧИЙ. Слово має НАТО.") == [("ГОЛОВУЮЧИЙ.", None), ("Слово має НАТО.", None)]


def test_italian_senate_records_name_their_speakers():
    # A researcher's audit: the Italian Senate's tags, "PRESIDENTE." and a surname in capitals with its
    # group in brackets ("ROSSI (FdI)."), the words on the same line, were statements of no speaker.
    record = ("PRESIDENTE. Dichiaro aperta la seduta.\n"
              "ROSSI (FdI). Signor Presidente, noi sosteniamo la NATO. (Applausi dal Gruppo FdI).\n"
              "LA RUSSA (FdI). Non siamo d'accordo.\nUNTERBERGER (Aut (SVP-Patt, Cb)). Grazie.\n"
              "CROSETTO, ministro della difesa. Il governo è pronto.\nPRESIDENTE. Ne ha facoltà.\n")
    assert split_speakers(record) == [
        ("Dichiaro aperta la seduta.", "PRESIDENTE"), ("Signor Presidente, noi sosteniamo la NATO.", "ROSSI"),
        ("Non siamo d'accordo.", "LA RUSSA"), ("Grazie.", "UNTERBERGER"), ("Il governo è pronto.", "CROSETTO"),
        ("Ne ha facoltà.", "PRESIDENTE")]
    # an acronym with no group or office, and an agency's dateline, name no one
    for text in ("NATO. Allies met.\nEU. Brussels agreed.\n", "ROMA (ANSA). Il governo ha deciso.\n"
                 "MILANO (ANSA). La borsa sale.\n"):
        assert {speaker for _, speaker in split_speakers(text)} == {None}


def test_a_dateline_or_a_translation_in_brackets_is_no_italian_speaker_tag():
    # A reviewer's audit: once a text was a transcript, any word in capitals with one word in brackets and a
    # stop was an Italian member's tag: "NATO (OTAN)." was lost and the moderator's words given to "NATO",
    # and "VILNIUS (BNS)." / "TALLINN (ERR)." named the speakers of a news digest. Such a tag is the Italian
    # record's only, with Italian after it, and never an agency or a translation
    assert split_statements("MODERATOR: Welcome to the briefing.\nNATO (OTAN). Allies met in Brussels today.\n"
                            "MR. SMITH: Thank you.") == [
        ("Welcome to the briefing.", "MODERATOR", 1), ("NATO (OTAN).", "MODERATOR", 2),
        ("Allies met in Brussels today.", "MODERATOR", 2), ("Thank you.", "MR. SMITH", 3)]
    assert split_statements("VILNIUS (BNS). Lithuania will buy more tanks.\nTALLINN (ERR). Estonia raised its "
                            "defence budget.") == [
        ("VILNIUS (BNS).", None, 1), ("Lithuania will buy more tanks.", None, 1), ("TALLINN (ERR).", None, 2),
        ("Estonia raised its defence budget.", None, 2)]
    assert {speaker for _, speaker in split_speakers("PRESIDENTE. Ha facoltà di parlare il senatore Rossi.\n"
                                                     "ROSSI (PD). Grazie, signor Presidente.\n"
                                                     "NATO (OTAN). La NATO si riunisce a Bruxelles.\n")} == {
        "PRESIDENTE", "ROSSI"}


def test_duma_stenograms_name_their_speakers_in_ordinary_case():
    # The Duma's stenogram writes the chair "Председательствующий." and a member's surname and
    # initials ("Жириновский В. В.") in ordinary case, with a full stop and no colon: every
    # speaker was None, where the Rada's capitals were read
    record = ("Председательствующий. Слово предоставляется депутату.\nЖириновский В. В. Нет блоку НАТО у наших "
              "границ!\nПредседательствующий. Спасибо.\n")
    assert split_speakers(record) == [
        ("Слово предоставляется депутату.", "Председательствующий"),
        ("Нет блоку НАТО у наших границ!", "Жириновский В. В."), ("Спасибо.", "Председательствующий")]
    # one such line is no transcript, and initials before a word in lower case are a sentence's
    assert split_speakers("Председательствующий. Спасибо.") == [("Председательствующий.", None), ("Спасибо.", None)]
    assert split_speakers("Жириновский В. В. Нет.\nПредседательствующий. Спасибо.\nПутин В. В. заявил это.") == [
        ("Нет.", "Жириновский В. В."), ("Спасибо.", "Председательствующий"),
        ("Путин В. В. заявил это.", "Председательствующий")]


@pytest.mark.parametrize("line, speaker", [
    ("Poseł Jan Kowalski: Popieramy NATO.", "Poseł Jan Kowalski"),
    ("Posłanka Anna Nowak: My też.", "Posłanka Anna Nowak"),
    ("Депутат Иванов: Мы против.", "Депутат Иванов"), ("Господин Петров: Мы за.", "Господин Петров"),
    ("Пан Шевченко: Ми за НАТО.", "Пан Шевченко"), ("Министр обороны Иванов: Нет.", "Министр обороны Иванов"),
    ("Міністр закордонних справ Сибіга: Так.", "Міністр закордонних справ Сибіга"),
    ("Minister obrony narodowej Kosiniak-Kamysz: Tak.", "Minister obrony narodowej Kosiniak-Kamysz"),
    ("Pan Am: the airline is gone.", None), ("Minister says NATO: no.", None), ("Министр заявил НАТО: нет.", None),
])
def test_slavic_titles_make_a_tag_on_their_own(line, speaker):
    # "Poseł Jan Kowalski:", "Депутат Иванов:" or "Пан Шевченко:" on one line of a text were no tag,
    # where "Mr Healey:" is one; a title that is an English word too, or a verb after it, makes none
    assert split_speakers(line)[0][1] == speaker


@pytest.mark.parametrize("line, speaker", [
    ("Minister Obrony Narodowej Władysław Kosiniak-Kamysz: Wzmacniamy granicę.",
     "Minister Obrony Narodowej Władysław Kosiniak-Kamysz"),
    ("Sekretarz Stanu w Ministerstwie Obrony Narodowej Paweł Bejda: Tak.",
     "Sekretarz Stanu w Ministerstwie Obrony Narodowej Paweł Bejda"),
    ("Podsekretarz Stanu w Ministerstwie Spraw Zagranicznych Andrzej Szejna: Tak.",
     "Podsekretarz Stanu w Ministerstwie Spraw Zagranicznych Andrzej Szejna"),
    ("Wiceprezes Rady Ministrów Minister Obrony Narodowej Władysław Kosiniak-Kamysz: Tak.",
     "Wiceprezes Rady Ministrów Minister Obrony Narodowej Władysław Kosiniak-Kamysz"),
    ("Prezes Rady Ministrów Donald Tusk: Tak.", "Prezes Rady Ministrów Donald Tusk"),
    ("Minister Says NATO: no.", None), ("Secretary of State Marco Rubio said: no.", None),
])
def test_the_sejm_s_offices_make_a_tag_on_their_own(line, speaker):
    # A researcher's audit: the Sejm's record names a government's speaker by office in title case,
    # "Sekretarz Stanu w Ministerstwie Obrony Narodowej Paweł Bejda:", "Wiceprezes Rady Ministrów
    # Minister Obrony Narodowej …:", which were no tag, alone or in a transcript, where "Minister
    # obrony narodowej Kosiniak-Kamysz:" is one
    assert split_speakers(line)[0][1] == speaker
    record = f"Marszałek:\nGłos ma pan minister.\nPoseł Anna Nowak:\nDziękuję.\n{line.replace(': ', ':' + chr(10))}"
    if speaker:
        assert split_speakers(record)[-1] == (line.split(": ")[1], speaker)


def test_russian_and_ukrainian_questions_and_answers_are_q_and_a_and_yo_is_ye():
    # "Вопрос:" and "Ответ:" gave the speakers "Вопрос" and "Ответ", so the README's
    # speaker != "Q" kept the questions; "Соловьёв:" and "Соловьев:" were two speakers.
    interview = ("Вопрос: Будет ли НАТО помогать?\nОтвет: Да.\nПИТАННЯ: Коли?\nВІДПОВІДЬ: Скоро.\n"
                 "Соловьёв: Мы спросим.\nСоловьев: Ещё раз.")
    assert split_speakers(interview) == [("Будет ли НАТО помогать?", "Q"), ("Да.", "A"), ("Коли?", "Q"),
                                         ("Скоро.", "A"), ("Мы спросим.", "Соловьёв"), ("Ещё раз.", "Соловьёв")]


def test_tags_differing_only_in_case_are_one_speaker_named_as_first_written():
    # A journalist's audit: "RUTTE:" and later "Rutte:" were two speakers, so a count of statements by
    # speaker split one person in two. Named as the first tag writes the name, as "Mr. Wimsey:" and
    # "Mr Wimsey:" are; a title the other tags have not ("Mr. Rutte:") stays another speaker's, as
    # "Dr Harding" is no "Mr Harding".
    transcript = ("RUTTE: We are united.\n\nQ: Are you sure?\n\nRutte: Yes, we are united and we will defend every "
                  "Ally.\n\nQ: And Ukraine?\n\nMr. Rutte: We will support Ukraine.\n\nMODERATOR: Thank you.\n\n"
                  "Moderator: Next.\n")
    assert [speaker for _, speaker in split_speakers(transcript)] == [
        "RUTTE", "Q", "RUTTE", "Q", "Mr. Rutte", "MODERATOR", "MODERATOR"]
    assert [speaker for _, speaker in split_speakers(transcript.replace("RUTTE:", "Rutte:", 1).replace(
        "\nRutte:", "\nRUTTE:"))][:3] == ["Rutte", "Q", "Rutte"]
    doc = stance.score_document(transcript)
    assert sorted(set(doc.sentences.speaker)) == ["MODERATOR", "Mr. Rutte", "Q", "RUTTE"]


def test_a_later_tag_of_an_earlier_tags_office_or_surname_names_the_same_speaker():
    # A journalist's audit: "SECRETARY GENERAL MARK RUTTE:" and then "SECRETARY GENERAL:" (or
    # "DEFENCE MINISTER HANNO PEVKUR:" and then "PEVKUR:") were two speakers, so `--speaker rutte`
    # kept his first answer alone, silently, and `--speaker "secretary general"` his later ones.
    # Within one text a later tag of the office, the name or the surname alone names the speaker
    # the full tag named, as Hansard's later "The Prime Minister:" names the holder in brackets.
    tags = ("SECRETARY GENERAL MARK RUTTE: Allies are united. We stand with Ukraine.\n\nQ: Is NATO divided?\n\n"
            "SECRETARY GENERAL: No. Allies agreed to reinforce the eastern flank.\n")
    rutte = "SECRETARY GENERAL MARK RUTTE"
    assert [speaker for _, speaker in split_speakers(tags)] == [rutte, rutte, "Q", rutte, rutte]
    kept, _ = stance.score_document(tags)._of_speakers(["rutte"])
    assert kept.sentences.text.tolist() == ["Allies are united.", "We stand with Ukraine.", "No.",
                                            "Allies agreed to reinforce the eastern flank."]
    pevkur = ("DEFENCE MINISTER HANNO PEVKUR: We will buy more shells.\n\nQ: When?\n\nPEVKUR: This year.\n\n"
              "Q: And Ukraine?\n\nPevkur: It gets them too.\n\nHanno Pevkur: Next question.\n\n"
              "Defence Minister: Thank you.\n\nMODERATOR: That is all.\n")
    assert [speaker for _, speaker in split_speakers(pevkur)] == [
        "DEFENCE MINISTER HANNO PEVKUR", "Q", "DEFENCE MINISTER HANNO PEVKUR", "Q", "DEFENCE MINISTER HANNO PEVKUR",
        "DEFENCE MINISTER HANNO PEVKUR", "DEFENCE MINISTER HANNO PEVKUR", "MODERATOR"]
    # in sentence case too, and with the office's portfolio
    press = ("Defence minister Hanno Pevkur: We will buy more shells.\nQ: When?\nDefence minister: This year.\n"
             "US SECRETARY OF STATE MARCO RUBIO: We agree.\nRUBIO: Fully.\nUS Secretary of State: Yes.\n")
    assert [speaker for _, speaker in split_speakers(press)] == [
        "Defence minister Hanno Pevkur", "Q", "Defence minister Hanno Pevkur", "US SECRETARY OF STATE MARCO RUBIO",
        "US SECRETARY OF STATE MARCO RUBIO", "US SECRETARY OF STATE MARCO RUBIO"]
    # a tag above the full one stays as written: the holder is known only from that line on
    assert [speaker for _, speaker in split_speakers(
        "SECRETARY GENERAL: Welcome.\nSECRETARY GENERAL MARK RUTTE: We agree.\nSECRETARY GENERAL: Yes.\n")] == [
        "SECRETARY GENERAL", rutte, rutte]


def test_a_later_tag_of_the_surname_alone_names_the_speaker_an_earlier_tag_named_by_name_alone():
    # From a journalist's audit, left alone then: "Mark Rutte:" and later "Rutte:" were two speakers, so a
    # count of statements by speaker split one guest of an interview in two. A tag of the surname alone
    # names the one earlier tag of a plain name with it; a title makes a tag another's ("Mr. Rutte:"), and
    # an office alone ("PRIME MINISTER:") or a numbered speaker ("Speaker 2:") is no person's name.
    interview = ("Mark Rutte: We are united.\n\nQ: Are you sure?\n\nRutte: Yes, we are.\n\nQ: And Ukraine?\n\n"
                 "RUTTE: We will support Ukraine.\n\nMr. Rutte: Thank you.\n")
    assert [speaker for _, speaker in split_speakers(interview)] == [
        "Mark Rutte", "Q", "Mark Rutte", "Q", "Mark Rutte", "Mr. Rutte"]
    others = ("PRIME MINISTER: We agree.\nMINISTER: Yes.\nSpeaker 2: Why?\nMr Peter Harding: Because.\n"
              "Harding: Indeed.\nJens Stoltenberg: Welcome.\nStoltenberg: Thanks.\n")
    assert [speaker for _, speaker in split_speakers(others)] == [
        "PRIME MINISTER", "MINISTER", "Speaker 2", "Mr Peter Harding", "Harding", "Jens Stoltenberg",
        "Jens Stoltenberg"]
    # a role's tag names no one (a review of 723f1c74: "Journalist:" was taken for "Second Journalist")
    for role, short in [("Second Journalist", "Journalist"), ("Female Reporter", "Reporter"),
                        ("UNIDENTIFIED MALE", "MALE"), ("SENIOR ADMINISTRATION OFFICIAL", "OFFICIAL"),
                        ("Female Voice", "Voice")]:
        assert [speaker for _, speaker in split_speakers(f"{role}: Why?\n{short}: When?\n")] == [role, short]
    # a surname's particles count for no word of a name, and the surname alone is the last word with them
    # (from a journalist audit's review, left alone then: the tag in capitals was no tag at all)
    for full in ("COMMISSION PRESIDENT URSULA VON DER LEYEN", "Commission President Ursula von der Leyen",
                 "Ursula von der Leyen", "Ursula Von Der Leyen"):
        assert [speaker for _, speaker in split_speakers(f"{full}: We agree.\nQ: Why?\nVON DER LEYEN: Because.\n")] == [
            full, "Q", full]
    # the office and the surname after its particles names the holder too, and a given name that is a particle
    # is no surname's (a review of 9f97cc22: "COMMISSION PRESIDENT VON DER LEYEN:" was no tag, "GORE:" no "AL GORE")
    assert [speaker for _, speaker in split_speakers(
        "COMMISSION PRESIDENT URSULA VON DER LEYEN: We agree.\nQ: Why?\nCOMMISSION PRESIDENT VON DER LEYEN: Because."
        "\nDEFENCE MINISTER VAN DER BERG: Yes.\nQ: Sure?\nAL GORE: No.\nGORE: Never.\n")] == [
        "COMMISSION PRESIDENT URSULA VON DER LEYEN", "Q", "COMMISSION PRESIDENT URSULA VON DER LEYEN",
        "DEFENCE MINISTER VAN DER BERG", "Q", "AL GORE", "AL GORE"]
    # two plain names with the surname: which one speaks, the text does not say, and a warning names both
    with pytest.warns(stance.StanceWarning, match=r"'KALLAS' on line 3 \('ANNA KALLAS' or 'KAJA KALLAS'\)"):
        doc = stance.score_document("ANNA KALLAS: Yes.\nKAJA KALLAS: No.\nKALLAS: Maybe.\n")
    assert doc.sentences.speaker.tolist() == ["ANNA KALLAS", "KAJA KALLAS", "KALLAS"]
    # the tag above the full name stays as written, and `--speaker` keeps the guest's statements under one name
    kept, _ = stance.score_document("Rutte: Hello.\nMark Rutte: We agree.\nQ: Why?\nRutte: Because.\n")._of_speakers(
        ["mark rutte"])
    assert kept.sentences.speaker.tolist() == ["Mark Rutte", "Mark Rutte"]


def test_an_office_two_earlier_tags_hold_or_a_role_many_hold_names_no_one_of_them():
    # Two holders of the office or the surname above: which one speaks, the text does not say. The tag
    # stays as written, with a warning naming both.
    two = ("SECRETARY GENERAL MARK RUTTE: We agree.\nSECRETARY GENERAL JENS STOLTENBERG: So did we.\n"
           "SECRETARY GENERAL: Thank you.\nANNA KALLAS: Yes.\nPRIME MINISTER KAJA KALLAS: No.\nKALLAS: Maybe.\n")
    assert [speaker for _, speaker in split_speakers(two)] == [
        "SECRETARY GENERAL MARK RUTTE", "SECRETARY GENERAL JENS STOLTENBERG", "SECRETARY GENERAL", "ANNA KALLAS",
        "PRIME MINISTER KAJA KALLAS", "KALLAS"]
    both = two + ("PRESIDENT ALAR KARIS: Hello.\nPRESIDENT: Welcome.\nAUDIENCE MEMBER JOHN SMITH: Why?\n"
                  "AUDIENCE MEMBER: And how?\nSMITH: Because.\n")
    with pytest.warns(stance.StanceWarning) as caught:
        doc = stance.score_document(both)
    assert [str(w.message) for w in caught] == [
        "tags left as written, each a speaker of its own: an earlier tag of a name, or of an office and a name, has "
        "its office, name or surname, but so does another earlier tag: 'SECRETARY GENERAL' on line 3 ('SECRETARY "
        "GENERAL MARK RUTTE' or 'SECRETARY GENERAL JENS STOLTENBERG'), 'KALLAS' on line 6 ('ANNA KALLAS' or "
        "'PRIME MINISTER KAJA KALLAS'); to name the speaker, write each tag in full"]
    # a one-word office is a rank or title many hold ("PRESIDENT:"), and an audience's member one of many:
    # the tag stays theirs, though the surname alone ("SMITH:") names the one tagged in full
    assert doc.sentences.speaker.tolist()[-5:] == ["PRESIDENT ALAR KARIS", "PRESIDENT", "AUDIENCE MEMBER JOHN SMITH",
                                                   "AUDIENCE MEMBER", "AUDIENCE MEMBER JOHN SMITH"]
    # each document's tags are its own: another text's "SECRETARY GENERAL" may be another Secretary General
    docs = stance.score_documents({"2024.txt": "SECRETARY GENERAL JENS STOLTENBERG: We agree.\n",
                                   "2025.txt": "SECRETARY GENERAL: We agree.\nQ: Why?\n"})
    assert docs.sentences.speaker.tolist() == ["SECRETARY GENERAL JENS STOLTENBERG", "SECRETARY GENERAL", "Q"]


def test_a_later_tag_of_the_holders_office_and_surname_or_of_the_office_past_a_bodys_word_is_the_holder():
    # A review of 966d8bff: "SECRETARY GENERAL MARK RUTTE:", "SECRETARY GENERAL RUTTE:" and "SECRETARY GENERAL:"
    # were three speakers, the second read as a second holder of the office, and the third was left as written
    # with a warning naming the same man twice; "NATO SECRETARY GENERAL MARK RUTTE:" and then "SECRETARY GENERAL:"
    # were two. A tag of the office and the surname (or name) of one earlier full tag is that holder, and an
    # office past a body's or a country's word ("NATO") is the office alone too; not past "DEPUTY".
    rutte = "SECRETARY GENERAL MARK RUTTE"
    sg2 = (f"{rutte}: We stand with Ukraine.\n\nQ: Why?\n\nSECRETARY GENERAL RUTTE: Allies must spend more on "
           "defence.\n\nQ: Sure?\n\nSECRETARY GENERAL: Allies agreed to reinforce the eastern flank.\n")
    assert [speaker for _, speaker in split_speakers(sg2)] == [rutte, "Q", rutte, "Q", rutte]
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert set(stance.score_document(sg2).sentences.speaker) == {rutte, "Q"}
    nato = "NATO SECRETARY GENERAL MARK RUTTE"
    assert [speaker for _, speaker in split_speakers(
        f"{nato}: We agree.\nQ: Why?\nSECRETARY GENERAL: Because.\nPRESIDENT ALAR KARIS: Yes.\nPRESIDENT KARIS: "
        "No.\n")] == [nato, "Q", nato, "PRESIDENT ALAR KARIS", "PRESIDENT ALAR KARIS"]
    deputy = "DEPUTY SECRETARY GENERAL RADMILA SHEKERINSKA"
    assert [speaker for _, speaker in split_speakers(f"{deputy}: We agree.\nSECRETARY GENERAL: Welcome.\n")] == [
        deputy, "SECRETARY GENERAL"]
    # one tag left as written: the warning speaks of one
    with pytest.warns(stance.StanceWarning) as caught:
        stance.score_document("SECRETARY GENERAL MARK RUTTE: We agree.\nSECRETARY GENERAL JENS STOLTENBERG: So "
                              "did we.\nSECRETARY GENERAL: Thank you.\n")
    assert [str(w.message) for w in caught] == [
        "a tag left as written, a speaker of its own: an earlier tag of a name, or of an office and a name, has its "
        "office, name or surname, but so does another earlier tag: 'SECRETARY GENERAL' on line 3 ('SECRETARY GENERAL "
        "MARK RUTTE' or 'SECRETARY GENERAL JENS STOLTENBERG'); to name the speaker, write the tag in full"]


def test_a_news_datelines_paragraph_ends_the_speakers_turn_and_takes_its_headline():
    # A journalist's audit: in a file of several pieces, a transcript and then a news story, the last speaker
    # went on into the story, its headline and dateline paragraph scored as "Mr Healey"'s. A dateline opening a
    # paragraph ends the speaker's turn, to the next tag, and the headline right above it is the story's too.
    bleed = ("MODERATOR: Welcome.\n\nMr Healey: We will keep sending aid to Ukraine.\n\n\n"
             "NATO ministers back bigger brigades\n\nBRUSSELS, Feb. 12 (Reuters) - Hungary called the plan a "
             "provocation.\n\nIt vetoed the last package too.\n\nQ: Will you go on?\n\nMr Healey: Yes.\n")
    assert split_speakers(bleed) == [
        ("Welcome.", "MODERATOR"), ("We will keep sending aid to Ukraine.", "Mr Healey"),
        ("NATO ministers back bigger brigades", None),
        ("BRUSSELS, Feb. 12 (Reuters) - Hungary called the plan a provocation.", None),
        ("It vetoed the last package too.", None), ("Will you go on?", "Q"), ("Yes.", "Mr Healey")]
    # the headline with no blank line below it, or none around it at all
    story = ("NATO ministers back bigger brigades\nBRUSSELS, Feb. 12 (Reuters) - Hungary called the plan a "
             "provocation.\n")
    expected = [("We will keep sending aid to Ukraine.", "Mr Healey"), ("NATO ministers back bigger brigades", None),
                ("BRUSSELS, Feb. 12 (Reuters) - Hungary called the plan a provocation.", None)]
    assert split_speakers("Mr Healey: We will keep sending aid to Ukraine.\n\n" + story) == expected
    assert split_speakers("Mr Healey: We will keep sending aid to Ukraine.\n" + story) == expected
    # a byline between them is left out, as it would be anywhere
    assert split_speakers("Mr Healey: We will keep sending aid to Ukraine.\n\n" + story.replace(
        "\n", "\n\nBy Jane Smith, Defence Correspondent\n\n", 1)) == expected
    # no headline: a sentence's end above it, or the words on a tag's own line, the speaker's
    assert split_speakers("Mr Healey: We will.\n\nVILNIUS, March 3 (Reuters) - Lithuania will buy tanks.\n") == [
        ("We will.", "Mr Healey"), ("VILNIUS, March 3 (Reuters) - Lithuania will buy tanks.", None)]
    story = "VILNIUS, March 3 (Reuters) - Lithuania will buy tanks."
    assert split_speakers(f"MODERATOR: Welcome.\nMr Healey: Next question please\n\n{story}\n") == [
        ("Welcome.", "MODERATOR"), ("Next question please", "Mr Healey"), (story, None)]
    # nor a line in lower case, a wrapped sentence's, nor a line of a list
    assert split_speakers(f"Mr Healey: We will.\nand so will our allies\n\n{story}\n") == [
        ("We will.", "Mr Healey"), ("and so will our allies", "Mr Healey"), (story, None)]
    # a transcript all in capitals has no dateline: "WELL - WE WILL SEE." is the speaker's, as before
    assert split_speakers("MODERATOR: NEXT.\nRUTTE: WE AGREE.\n\nWELL - WE WILL SEE.\n") == [
        ("NEXT.", "MODERATOR"), ("WE AGREE.", "RUTTE"), ("WELL - WE WILL SEE.", "RUTTE")]
    # other datelines that say so: a place and a date, or an agency in brackets
    for dateline in ("KYIV, Ukraine (AP) —", "LONDON, 12 March —", "VILNIUS, Feb. 12 -"):
        assert split_speakers(f"Mr Healey: We will.\n\n{dateline} Lithuania will buy tanks.\n")[-1][1] is None


def test_an_acronym_and_a_dash_opening_an_answers_paragraph_does_not_end_the_turn():
    # A review of 8b3b4322: any word of three capitals or more and a dash read as a dateline, so a paragraph of
    # Mr Healey's answer opening "NASAMS - …" and the rest of his turn were no one's, --speaker healey keeping 3 of
    # 5 statements, exit 0, no warning; and a short unpunctuated line above it was taken for a headline. A bare
    # "WORD -" (no date, no agency in brackets) is the speaker's own words.
    nasams = ("MODERATOR: Minister, your opening remarks.\n\nMr Healey: Thank you. We have sent a great deal to "
              "Ukraine.\n\nNASAMS - the air-defence system we funded - now protects Kyiv every night.\n\n"
              "We will keep sending more weapons to Ukraine.\n\nQ: Will you send more?\n\nMr Healey: Yes.\n")
    assert [speaker for _, speaker in split_speakers(nasams)] == [
        "MODERATOR", "Mr Healey", "Mr Healey", "Mr Healey", "Mr Healey", "Q", "Mr Healey"]
    headed = "Mr Healey: We have sent a great deal.\n\nAir defence first\n\nVILNIUS - we will send more.\n"
    assert split_speakers(headed) == [("We have sent a great deal.", "Mr Healey"), ("Air defence first", "Mr Healey"),
                                      ("VILNIUS - we will send more.", "Mr Healey")]
    assert split_speakers("Mr Healey: We will.\n\nVILNIUS - Lithuania will buy tanks.\n") == [
        ("We will.", "Mr Healey"), ("VILNIUS - Lithuania will buy tanks.", "Mr Healey")]


def test_initials_written_with_or_without_a_space_are_one_speaker():
    # A Duma stenogram writes "Жириновский В. В." in one tag and "Жириновский В.В." in the next:
    # they were two speakers, so a count of statements by speaker split one deputy in two.
    record = ("Жириновский В. В. НАТО должно уйти из Прибалтики.\nПредседательствующий. Спасибо.\n"
              "Жириновский В.В. Мы никогда не согласимся.\nJ. R. Smith: We stand together.\n"
              "J.R. Smith: Always.\nJ. Smith: Not I.")
    assert [speaker for _, speaker in split_speakers(record)] == [
        "Жириновский В. В.", "Председательствующий", "Жириновский В. В.", "J. R. Smith", "J. R. Smith", "J. Smith"]


def test_questions_and_answers_in_other_languages_are_q_and_a():
    # "Frage:"/"Antwort:", "Pytanie:"/"Odpowiedź:" and their kin were left as speakers named
    # "Frage" and "Antwort", so the README's speaker != "Q" kept the journalists' questions.
    interview = ("Frage: Wird die NATO helfen?\nAntwort: Ja.\nPytanie: Kiedy?\nOdpowiedź: Wkrótce.\n"
                 "Question : Quand ?\nRéponse : Bientôt.\nPregunta: ¿Cuándo?\nRespuesta: Pronto.\n"
                 "Domanda: Quando?\nRisposta: Presto.\nVraag: Wanneer?\nAntwoord: Snel.\nMerz: Danke.")
    speakers = [speaker for _, speaker in split_speakers(interview)]
    assert speakers == ["Q", "A"] * 6 + ["Merz"]


def test_a_dash_opening_a_statement_inside_a_line_is_dropped_as_at_a_lines_start():
    # A user audit of Russian dialogue: a dash opening a line was dropped as a list's marker,
    # but the same dash opening the next statement on the line was kept ("— Альянс расколот.").
    assert split_sentences("— Мы не отступим, — сказал он. — Альянс расколот. - Да.") == [
        "Мы не отступим, — сказал он.", "Альянс расколот.", "Да."]
    # a dash inside a sentence stays, and English's opening an aside after a sentence
    assert split_sentences("We will — and must — act. Allies agree.") == ["We will — and must — act.", "Allies agree."]
    assert split_sentences("It is late. — the second phase, I mean.") == ["It is late.", "— the second phase, I mean."]


def test_a_cyrillic_dialogues_words_of_the_author_after_a_question_go_on_its_sentence():
    # Punkt cut after the "?" or "!" of a line of dialogue, so that the author's words after the
    # dash ("— спросил журналист.") were a statement of their own, where after a comma they go on
    assert split_sentences("— Вы поддержите НАТО? — спросил журналист. — Нет, — ответил министр. — Нет! — крикнул "
                           "он. — Альянс расколот.") == [
        "Вы поддержите НАТО? — спросил журналист.", "Нет, — ответил министр.", "Нет! — крикнул он.",
        "Альянс расколот."]
    # a capital after the dash opens the next line of dialogue, and English's aside stays apart
    assert split_sentences("— Вы за? — Да.") == ["Вы за?", "Да."]
    assert split_sentences("Will you? — the second question, I mean.") == [
        "Will you?", "— the second question, I mean."]


def test_a_dash_between_two_sentences_is_no_word_of_the_second():
    # A user audit of the Bundestag's record: after the chair's "Vielen Dank. –" the next
    # statement kept the dash ("– Das Wort hat jetzt …"). A dash between two sentences of a
    # line separates them, and the second's text starts after it, on the line it starts on.
    record = ("Vizepräsidentin Petra Pau:\nVielen Dank. – Das Wort hat jetzt die Kollegin Sevim Dağdelen.\n\n"
              "Sevim Dağdelen (BSW):\nKeinen Cent mehr für die Aufrüstung.\n")
    assert stance.score_document(record).sentences[["speaker", "line", "text"]].values.tolist() == [
        ["Vizepräsidentin Petra Pau", 2, "Vielen Dank."],
        ["Vizepräsidentin Petra Pau", 2, "Das Wort hat jetzt die Kollegin Sevim Dağdelen."],
        ["Sevim Dağdelen", 5, "Keinen Cent mehr für die Aufrüstung."]]
    assert split_sentences("Thank you. — Next question. - Yes. – “We will win,” he said.") == [
        "Thank you.", "Next question.", "Yes.", "“We will win,” he said."]
    # the line is the one the text starts on, after a dash that ends a line
    assert stance.sentences.split_statements("Wir stimmen ab. Vielen Dank. –\nDas Wort hat Frau Pau.") == [
        ("Wir stimmen ab.", None, 1), ("Vielen Dank.", None, 1), ("Das Wort hat Frau Pau.", None, 2)]
    # a dash that means something stays: one opening an aside in lower case, a negative number
    assert split_sentences("It is late. — the second phase, I mean. It fell to -3 degrees. -3 is cold.") == [
        "It is late.", "— the second phase, I mean.", "It fell to -3 degrees.", "-3 is cold."]


def test_a_stop_with_a_dash_glued_to_it_ends_a_sentence_before_a_capital():
    # An audit by a reviewer of the document-splitting modules: Hansard's "Ukraine.—[Interruption.]
    # The Opposition…" and a speaker breaking off, "Ukraine.—We will not waver.", were one statement
    # each, the dash glued to the stop, where ". — We" gave two.
    record = ("The Secretary of State for Defence (John Healey): We will stand by Ukraine.—[Interruption.] "
              "The Opposition may shout, but we will not waver.\n\n"
              "Mr James Cartlidge (South Suffolk) (Con): The Secretary of State—[Interruption.] I will finish my "
              "point. We support the package.\n")
    assert split_speakers(record) == [
        ("We will stand by Ukraine.", "John Healey"),
        ("The Opposition may shout, but we will not waver.", "John Healey"),
        # no stop before the dash: the direction goes and the words stay, as one statement
        ("The Secretary of State— I will finish my point.", "Mr James Cartlidge"),
        ("We support the package.", "Mr James Cartlidge")]
    assert split_sentences("We will stand by Ukraine.—We will not waver. Will you?–“Yes,” he said.") == [
        "We will stand by Ukraine.", "We will not waver.", "Will you?", "“Yes,” he said."]
    # an abbreviation's letter or a word in lower case after the dash goes on
    for sentence in ["They guard the U.S.—Canada border.", "We will stand by Ukraine.—and by Moldova."]:
        assert split_sentences(sentence) == [sentence]
    # A review: nor does an abbreviation's stop, Hansard's "hon." above all, end a sentence before a dash.
    for sentence in ["I give way to the right hon.—Gentleman, who has been patient.",
                     "The exercise ran Jan.—Feb. 2024 in Poland.", "See Vol.—II for the figures."]:
        assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(("text", "sentences"), [
    ("It's OK. 5 people came to the meeting.", ["It's OK.", "5 people came to the meeting."]),
    ("Everything was ok. 40 tanks arrived at dawn.", ["Everything was ok.", "40 tanks arrived at dawn."]),
    ("Das ist ok. 5 Panzer kommen.", ["Das ist ok.", "5 Panzer kommen."]),
    ("C'est ok. 3 chars arrivent.", ["C'est ok.", "3 chars arrivent."]),
    ("He visited the WW. Memorial.", ["He visited the WW.", "Memorial."]),
    ("He is from the UL. 5 of them came.", ["He is from the UL.", "5 of them came."]),
    ("They camp at the NP. Then they leave.", ["They camp at the NP.", "Then they leave."]),
    ("we met the DOL. more tanks now.", ["we met the DOL.", "more tanks now."]),
])
def test_english_words_like_polish_abbreviations_still_end_a_sentence(text, sentences):
    # Since 7a63616 Polish "ok." (about) before a number, and "WW.", "NP.", "UL." in any
    # case before anything, ended no sentence, so "It's OK. 5 people came" was one statement.
    assert split_sentences(text) == sentences


def test_polish_abbreviations_in_lower_case_before_lower_case_or_a_number_end_no_sentence():
    text = "Tak, np. litwa i ul. 3 Maja, ww. ustawa, np. 5 osób."
    assert split_sentences(text) == [text]


@pytest.mark.parametrize("sentence", [
    "Wydajemy 4 proc. PKB na obronę.", "Wydatki wzrosły o 2 proc. w tym roku.", "To kosztuje ok. 200 mln zł rocznie.",
    "Przyjechało ok. 300 żołnierzy.", "Sojusznicy, np. Polska i Litwa, są gotowi.",
    "Nie zgadzamy się, tj. nie poprzemy ustawy.", "Chodzi o to, tzn. Rosja nie przestanie.",
    "Rozmawiał z ministrem ds. Unii Europejskiej.", "Ha parlato il sig. Rossi con il dott. Bianchi.",
    "Rossi e l'on. Meloni hanno risposto.", "La parola all'on. Conte e al sig. Verdi.",
    "Ringrazio l'avv. Neri e i sigg. Rossi e Verdi.", "Meil on u. 500 sõdurit.", "Vaja on nt. laskemoona.",
    "Liitlased, sh. Eesti, on valmis.", "Das Gesetz kommt in 2. und 3. Lesung in den Bundestag.",
])
def test_polish_italian_and_estonian_everyday_abbreviations_end_no_sentence(sentence):
    # A researcher's audit: Punkt ended a sentence after everyday abbreviations the README said were
    # handled, "Wydajemy 4 proc." / "PKB na obronę.", "To kosztuje ok." / "200 mln zł rocznie.", "np." /
    # "Polska…", "tj." / "nie poprzemy…" (eight statements of four), Italian "il sig." / "Rossi.",
    # "l'on." / "Meloni…", Estonian "u." / "500 sõdurit.", "sh." / "Eesti…", and German "in 2. und 3." / "Lesung.".
    assert split_sentences(sentence) == [sentence]


def test_words_like_polish_italian_or_estonian_abbreviations_still_end_a_sentence():
    # "proc." before a capital but an acronym's, "ok." outside Polish, "sig." and "on." with no Italian
    # article before them ("himself" in Swedish, English's word), and "np." or "sh." before a word that opens
    # sentences end one
    text = ("Wzrost wyniósł 4 proc. Rząd jest zadowolony. Everything was ok. 40 tanks arrived. Han satte sig. "
            "Sedan gick han. We went on. Meloni said no. Tak, np. Nie wiem. sh. The baby sleeps. Wszystko itp. "
            "To koniec.")
    assert split_sentences(text) == [
        "Wzrost wyniósł 4 proc.", "Rząd jest zadowolony.", "Everything was ok.", "40 tanks arrived.",
        "Han satte sig.", "Sedan gick han.", "We went on.", "Meloni said no.", "Tak, np.", "Nie wiem.", "sh.",
        "The baby sleeps.", "Wszystko itp.", "To koniec."]


def test_swedish_i_sig_and_polish_i_on_end_a_sentence():
    # A reviewer's audit: "sig." and "on." went on after the Italian plural article "i", taken without case,
    # which is Swedish's "in" and Polish's and Czech's "and", so "…svår i sig." / "Men NATO…", "…viktigt i sig."
    # / "2025 blir…" and "…premier i on." / "Prezydent milczał." were one sentence each. The Italian title goes
    # on after another article, before a name only
    assert split_sentences("Frågan är inte svår i sig. Men NATO måste agera snabbt.") == [
        "Frågan är inte svår i sig.", "Men NATO måste agera snabbt."]
    assert split_sentences("Det här är viktigt i sig. 2025 blir ett avgörande år.") == [
        "Det här är viktigt i sig.", "2025 blir ett avgörande år."]
    assert split_sentences("Zgodzili się na to premier i on. Prezydent milczał.") == [
        "Zgodzili się na to premier i on.", "Prezydent milczał."]
    assert split_sentences("Ne ha parlato il sig. D'Alema con l'on. De Luca.") == [
        "Ne ha parlato il sig. D'Alema con l'on. De Luca."]


def test_polish_proc_before_an_acronym_that_opens_a_sentence_ends_it():
    # A reviewer's audit: "proc." went on before any acronym, so "…30 proc." / "KO ma 32 proc.", "…4 proc." /
    # "NATO oczekuje…" and "…3 proc." / "USA rosną wolniej." were one sentence each; only an amount's acronym
    # ("4 proc. PKB") is the number's object
    assert split_sentences("Poparcie dla PiS wynosi 30 proc. KO ma 32 proc.") == [
        "Poparcie dla PiS wynosi 30 proc.", "KO ma 32 proc."]
    assert split_sentences("Polska wydaje na obronność ponad 4 proc. NATO oczekuje więcej.") == [
        "Polska wydaje na obronność ponad 4 proc.", "NATO oczekuje więcej."]
    assert split_sentences("Wzrost PKB wyniósł 3 proc. USA rosną wolniej.") == [
        "Wzrost PKB wyniósł 3 proc.", "USA rosną wolniej."]
    assert split_sentences("Wydajemy 4 proc. PKB na obronę. Stawka wynosi 23 proc. VAT od usług.") == [
        "Wydajemy 4 proc. PKB na obronę.", "Stawka wynosi 23 proc. VAT od usług."]


def test_ok_before_a_number_is_polish_by_its_words_not_a_names_letters():
    # A reviewer's audit: "ok." before a number went on whenever the text had a Polish letter, which a name
    # has: "Everything was ok." / "40 tanks arrived in Rzeszów on Monday." and "Minister Błaszczak: everything
    # is ok." / "200 soldiers…" were one sentence each
    assert split_sentences("Everything was ok. 40 tanks arrived in Rzeszów on Monday.") == [
        "Everything was ok.", "40 tanks arrived in Rzeszów on Monday."]
    assert split_sentences("Minister Błaszczak: everything is ok. 200 soldiers are already at the border.") == [
        "Minister Błaszczak: everything is ok.", "200 soldiers are already at the border."]
    assert split_sentences("Budżet MON wynosi ok. 200 mld zł. Przyjechało ok. 300 żołnierzy.") == [
        "Budżet MON wynosi ok. 200 mld zł.", "Przyjechało ok. 300 żołnierzy."]


def test_a_chats_u_and_np_end_a_sentence():
    # A reviewer's audit: Estonian "u." ("about") went on before any number and Polish "np." before any name,
    # so a chat's "thank u." / "500 more troops…" and "np." ("no problem") / "Ukraine deserves…" were one
    # sentence each; they go on only in Estonian and Polish
    assert split_sentences("thank u. 500 more troops are coming to the border.") == [
        "thank u.", "500 more troops are coming to the border."]
    assert split_sentences("np. Ukraine deserves every bit of support we can give.") == [
        "np.", "Ukraine deserves every bit of support we can give."]
    assert split_sentences("Meil on u. 500 sõdurit. Sojusznicy, np. Polska i Litwa, są gotowi.") == [
        "Meil on u. 500 sõdurit.", "Sojusznicy, np. Polska i Litwa, są gotowi."]


def test_an_estonian_case_ending_after_a_hyphen_ends_a_sentence():
    # A researcher's audit: Punkt takes a hyphenated word's last part for an abbreviation, so the
    # elative "-st" ("from") on an acronym read as "St." and "Eesti ei lahku NATO-st. See oleks viga."
    # was one statement, as was every sentence ending in "USA-st.", "SKP-st." or the ablative "NATO-lt.".
    text = ("Eesti ei lahku NATO-st. See oleks viga. Me räägime USA-st. Liitlased on siin. Raha tuleb SKP-st. "
            "5 protsenti on palju. Abi tuleb NATO-lt. Me täname.")
    assert split_sentences(text) == [
        "Eesti ei lahku NATO-st.", "See oleks viga.", "Me räägime USA-st.", "Liitlased on siin.",
        "Raha tuleb SKP-st.", "5 protsenti on palju.", "Abi tuleb NATO-lt.", "Me täname."]
    # a title joined by a hyphen is capitalised, and "St." alone is still an abbreviation
    for sentence in ("Lt.-Gen. Hodges spoke in Tapa.", "We met on Main St. in Tapa.", "St. Petersburg is near."):
        assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("stamp", ["[00:03:12.450]", "00:03:12,450", "[01:02:03 PM]", "12:31:05 PM",
                                   "[00:03:12 - 00:03:20]", "00:03:12 -", "1:05 P.M. EST", "[1:05 PM]", "(00:03:12)",
                                   "[00:03:12] -", "00:03:12", "12:41", "14:32 GMT", "[09:05 CET]"])
def test_a_transcripts_timestamp_is_left_out_whole(stamp):
    # A user audit: timestamps with a fraction of a second, a time of day or a range were cut
    # in two, and the rest was scored or read as the speaker ("[00:03:12.450]" left ".450]
    # RUTTE: We stand with Ukraine." with no speaker, "12:31:05 PM" the speaker "PM RUTTE",
    # "1:05 P.M. EST" and "00:03:12 -" the tag in the text), and "[1:05 PM]" alone on its line
    # was the statement "PM]".
    transcript = f"{stamp} RUTTE: We stand with Ukraine.\n{stamp} KALLAS: NATO is united.\n"
    assert split_speakers(transcript) == [("We stand with Ukraine.", "RUTTE"), ("NATO is united.", "KALLAS")]
    # alone on its line, above a tag or inside a sentence, which runs on past it
    transcript = f"{stamp}\nRUTTE: We stand with Ukraine and\n{stamp}\nwe will not waver.\n{stamp}\nKALLAS: Yes.\n"
    assert stance.sentences.split_statements(transcript) == [
        ("We stand with Ukraine and we will not waver.", "RUTTE", 2), ("Yes.", "KALLAS", 6)]


@pytest.mark.parametrize("line", [
    "Image source, Getty Images", "Getty Images", "AFP via Getty Images",
    "Our Standards: The Thomson Reuters Trust Principles.", "Share on Facebook", "Share on X", "Share via Email",
    "Comments (1,024)", "Most viewed", "Sign in or create your Guardian account to join the discussion.",
    "Image source, Reuters / Yves Herman",
    "12:31 PM · Mar 3, 2025", "1.2M Views", "2,431", "Repost", "10K", "Like",
    "Replying to @SecGenNATO", "Translate post", "Show more replies"])
def test_a_news_or_social_pages_furniture_between_sentences_is_left_out(line):
    # An audit by a reviewer of the document-splitting modules: the BBC's, Reuters', the
    # Guardian's and X's page furniture, pasted with a story or a post, was scored as statements.
    text = f"Allies met in Brussels today.\n\n{line}\n\nRussia protested loudly.\n"
    assert split_sentences(text) == ["Allies met in Brussels today.", "Russia protested loudly."]


def test_a_social_posts_age_and_counts_are_left_out():
    # A newsroom audit: a thread exported from Bluesky kept each post's age after its middle dot
    # ("· 3h", as "3h") and its counts ("12 reposts 40 likes"), statements of no target that, four
    # posts over, made up a third of the thread's statements
    for line in ["· 3h", "· 45m", "·2d", "· Mar 3", "· Mar 3, 2026", "12 reposts 40 likes", "3 replies · 5 quotes",
                 "1.2K likes", "2 replies, 4 reposts, 18 likes"]:
        text = f"Mark Halden @mhalden.bsky.social\n{line}\nDeterrence needs boots on the ground.\n\n{line}\n"
        assert split_sentences(text) == ["Mark Halden @mhalden.bsky.social", "Deterrence needs boots on the ground."]
    # a sentence running through a count keeps it, and a dot before a number of things is a list's bullet
    assert split_sentences("The post got\n40 likes\nin an hour.") == ["The post got 40 likes in an hour."]
    assert split_sentences("Allies met.\n\n· 3 brigades\n") == ["Allies met.", "3 brigades"]


def test_a_line_of_counts_that_fails_costs_no_backtracking():
    # A review of a5086b3e: the counts' separator "\s*[·,]?\s*" split each run of spaces in as many
    # ways as it had, all tried again on a line of spaced counts that is no post's: 1,000 such lines
    # took about 36 s (0.04 s each); now 0.3 s
    line = "      ".join(f"{n} likes" for n in range(1, 7)) + "      x"
    started = time.process_time()
    assert split_sentences("\n\n".join([line] * 1000)) == [line] * 1000
    assert time.process_time() - started < 5.0


def test_sentences_naming_a_pages_furniture_are_kept():
    kept = ["Getty Images photographed the summit.", "We thank Getty Images", "Share on Facebook if you agree.",
            "Like many Allies, we spend more.", "Thanks @nato", "Most viewed the summit as a success.",
            # A post of capitalised words and a handle is no author's line to be told apart from
            # one ("Mark Rutte @SecGenNATO" is kept with them: a name costs a `none` statement).
            "We Stand With Ukraine @NATO", "Slava Ukraini @ZelenskyyUa", "Mark Rutte @SecGenNATO"]
    for sentence in kept:
        assert split_sentences(f"Allies met.\n\n{sentence}\n\nWe left.\n") == ["Allies met.", sentence, "We left."]
    # a count that a sentence runs through is its words
    assert split_sentences("Russia lost\n2,431\ntanks in 2024.") == ["Russia lost 2,431 tanks in 2024."]
    # A review: so is any such line a sentence runs through, and a sentence opening "Image
    # source," is no credit; "Quote" read aloud goes with its "End quote".
    for text in ["The photograph, taken by a\nReuters photographer and sold by\nGetty Images\nto newspapers, shows it.",
                 "The Allies, who hold\n2 views\non enlargement, met.",
                 "The post went up at\n12:31 PM · Mar 3, 2025\nand was deleted."]:
        assert split_sentences(text) == [" ".join(text.split("\n"))]
    assert split_sentences("Image source, the ministry said, was a drone.") == [
        "Image source, the ministry said, was a drone."]
    assert split_sentences("He read the pledge.\n\nQuote\n\nWe will defend every ally.\n\nEnd quote") == [
        "He read the pledge.", "Quote", "We will defend every ally.", "End quote"]


@pytest.mark.parametrize("zone", ["GMT", "BST", "EST", "CET", "UTC"])
def test_a_24_hour_time_with_its_zone_alone_on_its_line_is_left_out_whole(zone):
    # An audit by a reviewer of the document-splitting modules: "14:32 GMT" alone on its line
    # lost its time and left its zone, "GMT", as a statement.
    text = f"Allies met in Brussels today.\n\n14:32 {zone}\n\nRussia protested loudly.\n"
    assert split_sentences(text) == ["Allies met in Brussels today.", "Russia protested loudly."]
    # a sentence that opens with a time and zone keeps them
    assert split_sentences(f"14:32 {zone} is when we met.") == [f"14:32 {zone} is when we met."]


def test_a_time_that_opens_a_sentence_or_is_cut_short_is_its_text():
    # a timestamp goes whole or not at all: a time of day before a sentence's words is its text
    assert split_sentences("1:05 P.M. EST is when we met.\n10:30 am was too early.\n1.32 pm suits us.") == [
        "1:05 P.M. EST is when we met.", "10:30 am was too early.", "1.32 pm suits us."]
    assert split_speakers("[00:03:12 RUTTE: We stand.\n00:03:12.4567 KALLAS: Yes.") == [
        ("[00:03:12 RUTTE: We stand.", None), ("00:03:12.4567 KALLAS: Yes.", None)]


CUES = [("00:00:03.120 --> 00:00:09.480", "RUTTE: We stand with Ukraine and we"),
        ("00:00:09.480 --> 00:00:12.000 align:start position:0%", "will not waver. Our Allies"),
        ("00:00:12.000 --> 00:00:15.000", "are ready."),
        ("00:00:15.000 --> 00:00:17.500", "KALLAS: We stand with"),
        ("00:00:17.500 --> 00:00:19.000", "Ukraine, now and always.")]
CAPTIONS = [("We stand with Ukraine and we will not waver.", "RUTTE"), ("Our Allies are ready.", "RUTTE"),
            ("We stand with Ukraine, now and always.", "KALLAS")]


@pytest.mark.parametrize("captions, lines", [
    ("WEBVTT\n\n" + "\n\n".join(f"{timing}\n{words}" for timing, words in CUES) + "\n", [4, 7, 13]),
    ("WEBVTT - a speech\nKind: captions\nLanguage: en\n\nNOTE made by hand\nof a speech\n\n"
     + "\n\n".join(f"cue-{i}\n{timing}\n{words}" for i, (timing, words) in enumerate(CUES)) + "\n", [10, 14, 22]),
    ("\n\n".join(f"{i}\n{timing.replace('.', ',')}\n{words}" for i, (timing, words) in enumerate(CUES, 1)) + "\n",
     [3, 7, 15]),
    # an SRT file without its blank lines, opening with a byte-order mark
    ("\ufeff" + "\n".join(f"{i}\n{timing.replace('.', ',')}\n{words}" for i, (timing, words) in enumerate(CUES, 1)),
     [3, 6, 12]),
])
def test_webvtt_and_srt_cues_are_left_out_and_a_sentence_runs_over_them(captions, lines):
    # A user audit: a WebVTT or SRT file's cue lines lost only their first time, and
    # ".120 --> 00:00:09.480" was a statement of the speaker before, as was "WEBVTT". A cue
    # is no paragraph: a sentence goes on in the next cue, whatever its first letter.
    expected = [(text, speaker, line) for (text, speaker), line in zip(CAPTIONS, lines)]
    assert stance.sentences.split_statements(captions) == expected
    assert stance.score_document(captions).sentences[["text", "speaker", "line"]].values.tolist() == [
        list(row) for row in expected]


VOICED_CUES = ("WEBVTT\nKind: captions\nLanguage: en\n\n"
               "00:00:01.000 --> 00:00:04.000\n<v Mark Rutte>We stand with Ukraine.</v>\n\n"
               "00:00:04.000 --> 00:00:07.000\n<v Kaja Kallas>Europe must spend more on <i>defence</i>.</v>\n\n"
               "00:00:07.000 --> 00:00:09.000 align:start position:0%\n"
               "we<00:00:07.500><c> will</c><00:00:08.000><c> never</c><00:00:08.500><c> leave</c> Estonia alone.\n")


def test_a_caption_cues_markup_is_no_words_and_its_voice_names_the_speaker():
    # A user audit: the markup inside a WebVTT cue's text was read as words, three cues one
    # statement of no speaker ("<v Mark Rutte>We stand with Ukraine.</v> <v Kaja Kallas>…").
    # A voice span names the speaker, as a tag does, and a cue without one goes on with it.
    assert stance.sentences.split_statements(VOICED_CUES) == [
        ("We stand with Ukraine.", "Mark Rutte", 6), ("Europe must spend more on defence.", "Kaja Kallas", 9),
        ("we will never leave Estonia alone.", "Kaja Kallas", 12)]
    assert stance.score_document(VOICED_CUES).sentences[["speaker", "line"]].values.tolist() == [
        ["Mark Rutte", 6], ["Kaja Kallas", 9], ["Kaja Kallas", 12]]
    # a voice's classes, a voice change inside a cue (on its line or the next) and a voice
    # alone on its line; the same voice in the next cue goes on with its sentence
    captions = ("WEBVTT\n\n1\n00:01.000 --> 00:04.000\n<v.loud.first Mark  Rutte>We stand</v>\n\n"
                "2\n00:04.000 --> 00:06.000\n<v Mark Rutte>with Ukraine.</v> <v Kaja Kallas>And so do we.</v>\n"
                "<v Mark Rutte>Thank you.\n\n3\n00:06.000 --> 00:08.000\n<v.soft Kaja Kallas>\nThe Baltic is safe.\n")
    assert stance.sentences.split_statements(captions) == [
        ("We stand with Ukraine.", "Mark Rutte", 5), ("And so do we.", "Kaja Kallas", 9),
        ("Thank you.", "Mark Rutte", 10), ("The Baltic is safe.", "Kaja Kallas", 15)]
    # the other spans, timestamps of minutes and seconds, ruby's annotation and the entities
    captions = ("WEBVTT\n\n00:01.000 --> 00:04.000\n<c.yellow.bg_blue>Allies</c> <b>must</b> <u>arm</u> "
                "<lang en-GB>Ukraine</lang><01.500> &amp; <ruby>Kyiv<rt>KEEV</rt></ruby> now.\n\n"
                "00:04.000 --> 00:06.000\n&lt;3% of GDP&gt; is&nbsp;not enough.&lrm;\n")
    assert stance.sentences.split_statements(captions) == [
        ("Allies must arm Ukraine & Kyiv now.", None, 4), ("<3% of GDP> is\u00a0not enough.\u200e", None, 7)]
    # SRT's italics, bold, underline and fonts; a tag inside a span is a tag
    captions = ('1\n00:00:01,000 --> 00:00:03,000\n<font color="#ffffff"><i>RUTTE:</i> We stand</font>\n\n'
                "2\n00:00:03,000 --> 00:00:05,000\n<B>with</B> <u>Ukraine</u>.\n")
    assert stance.sentences.split_statements(captions) == [("We stand with Ukraine.", "RUTTE", 3)]


def test_only_a_whole_known_character_reference_in_a_caption_is_decoded():
    # A reviewer: "&notanentity;" became "¬anentity;", as html.unescape decodes a legacy name's
    # prefix ("&not"), and "&ampfoo;" became "&foo;"; only a reference whose whole name is known is decoded
    captions = ("WEBVTT\n\n00:01.000 --> 00:04.000\nWe say &notanentity; &amp; &ampfoo; &AMP; &#39;no&#x2019;.\n")
    assert stance.sentences.split_statements(captions) == [("We say &notanentity; & &ampfoo; & 'no’.", None, 4)]


def test_markup_in_a_text_that_is_no_caption_file_is_its_words():
    text = "Use <i> for italics.\nIt is a <b> c.\n<v Mark Rutte>We stand with Ukraine.\nTom &amp; Jerry agree."
    assert split_sentences(text) == [
        "Use <i> for italics.", "It is a <b> c.", "<v Mark Rutte>We stand with Ukraine.", "Tom &amp; Jerry agree."]


# YouTube's automatic captions roll: each cue shows the line before again, plain, above the new
# one with its words' timestamps, and a cue of 10 ms between them shows that line alone. The
# lines marked " " hold a single space, as YouTube writes the empty line of a cue.
ROLLING_CUES = ("WEBVTT\nKind: captions\nLanguage: en\n\n"
                "00:00:00.000 --> 00:00:02.510 align:start position:0%\n \n"
                "we<00:00:00.599><c> will</c><00:00:00.840><c> never</c><00:00:01.120><c> leave</c>\n\n"
                "00:00:02.510 --> 00:00:02.520 align:start position:0%\nwe will never leave\n \n\n"
                "00:00:02.520 --> 00:00:05.000 align:start position:0%\nwe will never leave\n"
                "Estonia<00:00:02.900><c> alone.</c><00:00:03.300><c> And</c><00:00:03.700><c> we</c>\n\n"
                "00:00:05.000 --> 00:00:05.010 align:start position:0%\nEstonia alone. And we\n \n\n"
                "00:00:05.010 --> 00:00:07.000 align:start position:0%\nEstonia alone. And we\n"
                "stand<00:00:05.400><c> with</c><00:00:05.800><c> Ukraine.</c>\n")


def test_a_rolling_captions_lines_shown_again_are_read_once():
    # A user audit: YouTube's captions came out doubled or tripled, "we will never leave we will
    # never leave we will never leave Estonia alone and we Estonia alone…". The lines a cue opens
    # with that the cue before ended with are on screen still, and are passed over as its timing is.
    expected = [("we will never leave Estonia alone.", None, 7), ("And we stand with Ukraine.", None, 15)]
    assert stance.sentences.split_statements(ROLLING_CUES) == expected
    # so with the lines of a space empty, as a copy may have them
    assert stance.sentences.split_statements(ROLLING_CUES.replace("\n \n", "\n\n")) == expected
    # and in an SRT file that rolls, without the 10 ms cues
    srt = ("1\n00:00:00,000 --> 00:00:02,520\nwe will never leave\n\n"
           "2\n00:00:02,520 --> 00:00:05,000\nwe will never leave\nEstonia alone. And we\n\n"
           "3\n00:00:05,000 --> 00:00:07,000\nEstonia alone. And we\nstand with Ukraine.\n")
    assert stance.sentences.split_statements(srt) == [
        ("we will never leave Estonia alone.", None, 3), ("And we stand with Ukraine.", None, 8)]
    assert stance.score_document(ROLLING_CUES).sentences[["text", "line"]].values.tolist() == [
        [text, line] for text, _, line in expected]
    # a broadcaster's roll-up of three lines shows two again, the ones the cue before ended with
    rollup = ("WEBVTT\n\n00:01.000 --> 00:03.000\nThe alliance\n\n00:03.000 --> 00:05.000\nThe alliance\n"
              "is united and\n\n00:05.000 --> 00:07.000\nThe alliance\nis united and\nready. We stand\n\n"
              "00:07.000 --> 00:09.000\nis united and\nready. We stand\nwith Ukraine.\n")
    assert stance.sentences.split_statements(rollup) == [
        ("The alliance is united and ready.", None, 4), ("We stand with Ukraine.", None, 13)]


@pytest.mark.parametrize("cues", [
    ["No.", "No.", "We will not leave Estonia.", "We stand with Ukraine."],
    # a line said again in the next cue, even twice, in captions that do not roll
    ["We will not leave.", "We will not leave.\nWe stand with Ukraine.", "Allies agree.", "NATO is united.",
     "NATO is united.", "Spend more."],
])
def test_a_line_said_again_in_captions_that_do_not_roll_is_kept(cues):
    # a cue that opens with the line the cue before ended with is a repeat only in captions that
    # roll, where most cues do: in others it was said twice
    captions = "WEBVTT\n\n" + "\n\n".join(f"00:00:{i:02}.000 --> 00:00:{i + 1:02}.000\n{words}"
                                          for i, words in enumerate(cues)) + "\n"
    assert split_sentences(captions) == [sentence for words in cues for sentence in split_sentences(words)]


def test_a_captions_override_codes_are_no_words():
    # A user audit: an SRT file's override codes in braces, as ASS writes them and SRT files
    # converted from it keep, stayed in the text ("{\an8}We stand with Ukraine."); like its
    # tags, they are markup, and a tag after them names the speaker
    captions = ("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}We stand with Ukraine.\n\n"
                "2\n00:00:03,000 --> 00:00:05,000\n{\\pos(10,20)}RUTTE: {\\i1}Allies{\\i0} agree\n\n"
                "3\n00:00:05,000 --> 00:00:07,000\n{\\c&H00FFFF&\\fs20}and  {\\b1}{\\b0} will spend more.\n")
    assert stance.sentences.split_statements(captions) == [
        ("We stand with Ukraine.", None, 3), ("Allies agree and will spend more.", "RUTTE", 7)]
    # in a WebVTT file too, and in a text that is no caption file braces are its words
    assert split_sentences("WEBVTT\n\n00:01.000 --> 00:02.000\n{\\an8}<i>We stand.</i>\n") == ["We stand."]
    assert split_sentences("Type {\\an8} in the editor.") == ["Type {\\an8} in the editor."]


def test_music_cues_are_left_out_as_the_other_sound_cues_are():
    # From an audit: a subtitle's music cue ("♪ anthem plays ♪") was kept and, ending no
    # sentence, glued to the next cue's statement ("♪ anthem plays ♪ We stand with Ukraine."),
    # while "[APPLAUSE]" in its place was left out; and a pair of signs inside a line of speech
    # made "anthem ♪ We stand." of two cues.
    def srt(*cues: str) -> str:
        return "".join(f"{i}\n00:00:0{i},000 --> 00:00:0{i + 1},000\n{cue}\n\n" for i, cue in enumerate(cues, 1))

    for cue in ("♪ anthem plays ♪", "[APPLAUSE]", "[♪ music ♪]", "(♫ Ode to Joy ♫)", "♪", "♪♪",
                "♪ Oh say can you see\nby the dawn's early light ♪", "🎵 Ode to Joy 🎵"):
        assert stance.score_document(srt(cue, "We stand with Ukraine.")).sentences.text.tolist() == [
            "We stand with Ukraine."], cue
    assert split_sentences(srt("Thank you. ♪ anthem ♪", "We stand.")) == ["Thank you.", "We stand."]
    assert split_sentences(srt("We stand ♪ anthem ♪", "with Ukraine.")) == ["We stand with Ukraine."]
    # in a transcript too, with a speaker's tag, and the speaker before goes on
    assert split_speakers("RUTTE: We stand.\n♫ Ode to Joy ♫\nWe act.") == [("We stand.", "RUTTE"), ("We act.", "RUTTE")]
    # a sign alone inside a line of speech takes no words, nor opens lyrics below; a post's emoji stay
    assert split_sentences(srt("We love ♪ music", "and ♪ we stand.")) == ["We love ♪ music and ♪ we stand."]
    assert split_sentences("Listen 🎵 to us 🎵 now.\n\n🎶") == ["Listen 🎵 to us 🎵 now.", "🎶"]


def _srt(*cues: str) -> str:
    """An SRT file of ``cues``, a second each."""
    return "".join(f"{i}\n00:00:{i:02},000 --> 00:00:{i + 1:02},000\n{cue}\n\n" for i, cue in enumerate(cues, 1))


@pytest.mark.parametrize("note", ["[Anthem fades]", "<i>[Anthem fades]</i>", "[crowd cheering]",
                                  "[speaking Ukrainian]", "(anthem fades)", "[door closes]"])
def test_a_subtitles_note_of_a_sound_alone_on_its_line_is_no_ones_words(note):
    # A newsroom audit: a televised address's subtitles open with "[Anthem fades]", no stage
    # direction known by name, kept and run into the next cue's sentence: "[Anthem fades] Good evening."
    doc = stance.score_document(_srt(note, "Good evening. NATO is united."))
    assert doc.sentences["text"].tolist() == ["Good evening.", "NATO is united."]
    assert doc.sentences["line"].tolist() == [7, 7]
    if not note.startswith("("):  # inside a cue the sentence runs on past it, as past a timing
        assert split_sentences(_srt(f"We will stand\n{note}\nwith Ukraine.")) == ["We will stand with Ukraine."]


def test_a_subtitles_bracketed_name_or_aside_is_kept():
    # a name in brackets, no word in lower case, may be a speaker's label; an aside in parentheses
    # among a cue's lines may be the speaker's; outside a caption file a bracket is as it was
    assert split_sentences(_srt("[Mark Rutte]", "NATO is united.")) == ["[Mark Rutte]", "NATO is united."]
    assert split_sentences(_srt("We will stand\n(and I mean this)\nwith Ukraine.")) == [
        "We will stand (and I mean this) with Ukraine."]
    assert split_sentences("[Anthem fades]\n\nGood evening.") == ["[Anthem fades]", "Good evening."]


def test_a_cue_of_a_number_alone_is_its_words():
    # A live-desk audit: a cue whose text was a number alone was left out as a page number, and
    # "Spending rose by" / "18" / "percent." lost its figure. A caption file has no pages, and
    # its cue numbers stand above the timing, already passed over: a cue's line is its words.
    assert split_sentences(_srt("Spending rose by", "18", "percent.")) == ["Spending rose by 18 percent."]
    assert split_sentences(_srt("The number of Allies is", "32", "and growing.")) == [
        "The number of Allies is 32 and growing."]
    # only digits without a full stop below an unended sentence (a second review of e89fbd2): an
    # answer "32." is left out as a list's marker is, as before the caption work (a known limit)
    voiced = ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Reporter>How many Allies agreed?\n\n"
              "00:02.000 --> 00:03.000\n<v Mark Rutte>32.\n\n"
              "00:03.000 --> 00:04.000\n<v Mark Rutte>All of them back Ukraine.\n")
    assert split_statements(voiced) == [("How many Allies agreed?", "Reporter", 4),
                                        ("All of them back Ukraine.", "Mark Rutte", 10)]
    assert split_sentences(_srt("How many Allies agreed?", "32.", "All of them.")) == [
        "How many Allies agreed?", "All of them."]
    # in plain text a number between a sentence's pieces is still a PDF's page number
    assert split_sentences("Spending rose by\n18\npercent.") == ["Spending rose by percent."]


def test_a_sentence_runs_on_into_a_cue_that_opens_with_a_digit():
    # A live-desk audit: "NATO now has" / "32 members." was two statements, the cue above read as
    # a heading before the number; a caption file has no headings over its cues, and a sentence
    # runs on from one cue into the next whatever opens it
    assert split_sentences(_srt("NATO now has", "32 members.")) == ["NATO now has 32 members."]
    assert split_sentences(_srt("Article", "5 is sacred.")) == ["Article 5 is sacred."]
    # after a sentence's end the cue opens the next one
    assert split_sentences(_srt("We agreed.", "32 Allies signed.")) == ["We agreed.", "32 Allies signed."]
    # in plain text a heading above a line opening with a number is still one
    assert split_sentences("Summit Outcome\n\n32 Allies agreed.") == ["Summit Outcome", "32 Allies agreed."]


def test_a_closed_captions_chevrons_open_a_new_speaker():
    # A live-desk audit: in closed captions ">>" opens a new speaker's turn (and ">>>" a new story),
    # but it was read as an e-mail's quote mark, so that two speakers' words made one statement and
    # the anchor's question was RUTTE's. Each such line opens a sentence and a speaker: the one its
    # tag names, or none; the marks are no words.
    captions = _srt(">> Rutte: We will defend every Ally and",
                    ">> thank you, Secretary General. Is Russia a threat to NATO?", ">> Russia is a threat.")
    assert split_statements(captions) == [
        ("We will defend every Ally and", "Rutte", 3), ("thank you, Secretary General.", None, 7),
        ("Is Russia a threat to NATO?", None, 7), ("Russia is a threat.", None, 11)]
    captions = _srt(">> RUTTE: WE STAND WITH UKRAINE.", ">> WILL NATO SEND TROOPS?", ">>> NEW STORY TONIGHT.")
    assert split_speakers(captions) == [
        ("WE STAND WITH UKRAINE.", "RUTTE"), ("WILL NATO SEND TROOPS?", None), ("NEW STORY TONIGHT.", None)]
    # a cue without the marks goes on with the speaker before, as ever
    assert split_speakers(_srt(">> RUTTE: We stand", "with Ukraine.", ">> KALLAS: So do we.")) == [
        ("We stand with Ukraine.", "RUTTE"), ("So do we.", "KALLAS")]
    # in an e-mail they still quote
    assert split_sentences(">> We will never recognise\n>> the annexation.") == [
        "We will never recognise the annexation."]


def test_a_subtitles_dialogue_dashes_are_no_change_of_speaker():
    # 6f31200 read a subtitle's dialogue dashes as a change of speaker; a second review of it and of
    # 31b5593 found the rule reading a list's bullets below a sentence's end as dialogue, losing the
    # speaker, and missing dialogues below unpunctuated lines. It is reverted: a dash opening a
    # caption's line is no change of speaker, a known limit the README states.
    captions = _srt("RUTTE: Thank you all for coming.",
                    "- Will NATO send troops to Ukraine?\n- NATO will not send troops.")
    assert [speaker for _, speaker in split_speakers(captions)] == ["RUTTE", "RUTTE", "RUTTE"]
    captions = _srt("RUTTE: Our priorities are the following.", "- deterrence,\n- defence,\n- and Ukraine.")
    assert split_speakers(captions) == [("Our priorities are the following.", "RUTTE"), ("deterrence,", "RUTTE"),
                                        ("defence,", "RUTTE"), ("and Ukraine.", "RUTTE")]
    captions = _srt("RUTTE: We stand with", "– Ukraine?\n– Always.")
    assert [speaker for _, speaker in split_speakers(captions)] == ["RUTTE", "RUTTE", "RUTTE"]
    # in a printed interview a dash below a question still opens the answer
    assert split_speakers("Q: Is NATO divided?\n- No.") == [("Is NATO divided?", "Q"), ("No.", "A")]
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "a subtitle's dialogue dashes are not read as a change of speaker" in readme.lower()
    assert "So is a subtitle's dialogue dash" not in readme


@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_a_note_removed_between_dashes_leaves_no_empty_pair(dash):
    # A live-desk audit: "[inaudible]" set off by dashes left the dashes, an empty pair, "Russia is
    # the biggest threat — — to NATO."; one dash stays in the pair's place, which may have been the
    # sentence's (a review of 54d06fb: "We will not — (Applause) — we will not back down.")
    line = f"JOURNALIST: [crosstalk] Russia is the biggest threat {dash} [inaudible] {dash} to NATO."
    assert split_speakers(_srt(line)) == [(f"Russia is the biggest threat {dash} to NATO.", "JOURNALIST")]
    assert split_speakers(line) == [(f"Russia is the biggest threat {dash} to NATO.", "JOURNALIST")]
    # a dash that closes an aside before the note is the sentence's, and one stays
    assert split_sentences(f"Russia {dash} and China {dash} [inaudible] {dash} are threats.") == [
        f"Russia {dash} and China {dash} are threats."]
    # a dash of the sentence's own, beside a note but no pair around it, stays
    assert split_sentences(f"We need more {dash} (Applause) and faster.") == [f"We need more {dash} and faster."]
    assert split_sentences(f"We need more {dash} a lot {dash} (Applause) now.") == [
        f"We need more {dash} a lot {dash} now."]


def test_an_otter_speaker_line_names_the_speaker_of_the_paragraph_below():
    # A user audit: Otter.ai's transcripts put each speaker's name and time alone on a line
    # above the paragraph ("Mark Rutte  0:03"), which was scored as a statement, and every
    # statement had no speaker; Rev's "Mark Rutte (00:00:03):" was read as a tag.
    transcript = ("Mark Rutte  0:03\nGood morning. We stand with Ukraine.\n\n"
                  "Speaker 2  0:15\nIs the alliance divided?\n\nMark Rutte  0:21\nNo. NATO is united.\n")
    assert stance.sentences.split_statements(transcript) == [
        ("Good morning.", "Mark Rutte", 2), ("We stand with Ukraine.", "Mark Rutte", 2),
        ("Is the alliance divided?", "Speaker 2", 5), ("No.", "Mark Rutte", 8), ("NATO is united.", "Mark Rutte", 8)]
    assert stance.score_document(transcript).sentences.speaker.tolist() == [
        "Mark Rutte", "Mark Rutte", "Speaker 2", "Mark Rutte", "Mark Rutte"]
    # with hours and an unknown speaker; a speaker's line, said again and again, is no running header
    transcript += ("\nUnknown Speaker  0:57\nThank you.\n\nMark Rutte\t0:59\nWe will not waver.\n\n"
                   "Speaker 2  1:02:07\nWhen?\n\nMark Rutte 1:05:41\nNow.\n")
    assert split_speakers(transcript)[-5:] == [
        ("NATO is united.", "Mark Rutte"), ("Thank you.", "Unknown Speaker"), ("We will not waver.", "Mark Rutte"),
        ("When?", "Speaker 2"), ("Now.", "Mark Rutte")]
    # a line of a name and a time in a text of no other tags is its words, as a tag in ordinary case is
    assert split_speakers("Opening Session  9:30\n\nAllies met in Vilnius.") == [
        ("Opening Session  9:30", None), ("Allies met in Vilnius.", None)]
    # nor when every speaker's line recurs
    transcript = "".join(f"{name}  0:{second}\nWe agree on point {second}.\n\n"
                         for second, name in zip(range(10, 70, 10), ["Mark Rutte", "Kaja Kallas"] * 3))
    assert [speaker for _, speaker in split_speakers(transcript)] == ["Mark Rutte", "Kaja Kallas"] * 3


REFRAIN_SPEECH = ("Our soldiers stand watch in Estonia.\nWe stand with Ukraine\n\n"
                  "Our factories produce more ammunition.\nWe stand with Ukraine\n\n"
                  "Our sanctions are biting.\nWe stand with Ukraine\n")


def test_a_refrain_in_a_text_without_pages_is_no_running_header():
    # A user audit: a line said three times was left out as a running header, without a word,
    # in a speech that has no pages: the speaker's refrain vanished.
    kept = ["Our soldiers stand watch in Estonia.", "We stand with Ukraine", "Our factories produce more ammunition.",
            "We stand with Ukraine", "Our sanctions are biting.", "We stand with Ukraine"]
    assert split_sentences(REFRAIN_SPEECH) == kept
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert stance.score_document(REFRAIN_SPEECH).sentences.text.tolist() == kept
    # also when it opens the speech, its paragraphs of different lengths
    speech = ("We stand with Ukraine\nOur soldiers stand watch.\n\nWe stand with Ukraine\nOur factories work.\n"
              "They work day and night.\nThey work for peace.\n\nWe stand with Ukraine\nOur sanctions bite.\n")
    assert " ".join(split_sentences(speech)).count("We stand with Ukraine") == 3
    # or in the middle of a page of a text with page numbers
    paragraphs = [f"We met in {city}." for city in ["Tapa", "Riga", "Vilnius", "Warsaw", "Oslo", "Rome", "Paris",
                                                    "Sofia", "Prague"]]
    speech = "\n\n".join([*paragraphs[:2], "\n".join(paragraphs[2:4]), "We stand with Ukraine", paragraphs[4],
                           "We stand with Ukraine", *paragraphs[5:7], "We stand with Ukraine", *paragraphs[7:],
                           "12", "Allies agree.", "We agree.", "All agree."])
    assert split_sentences(speech).count("We stand with Ukraine") == 3


def test_a_refrain_opening_each_paragraph_of_a_text_without_pages_is_no_running_header():
    # A reviewer: a refrain opening each of three even paragraphs was taken for a header atop
    # pages of two lines and dropped all three times; a page is longer than that
    speech = "We stand with Ukraine\nThe war goes on. Allies must hold.\n\n" * 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kept = " ".join(stance.score_document(speech).sentences.text)
    assert kept.count("We stand with Ukraine") == 3 and kept.count("Allies must hold.") == 3
    # a header atop pages of a page's length, lines or characters, is still left out
    long_line = "Allies agreed to spend more on defence and to keep the eastern flank safe, " * 7
    for body in ["We met.\n" * 24, f"{long_line}\n" * 3]:
        assert split_sentences(f"Options Paper\n{body}\n" * 3).count("Options Paper") == 0


@pytest.mark.parametrize("paged", [
    REFRAIN_SPEECH.replace("\n\n", "\n\x0c"),  # form feeds between pages
    REFRAIN_SPEECH.replace("\n\n", "\n\n7\n\n"),  # page numbers
    # a header carrying its page's number, a page's length apart (pages of uneven length), and one atop each
    # page (of a page's length), at even intervals, with no page numbers
    "".join(f"Options Paper {page}\n{body}\n" + "We agreed.\n" * length + "\n"
            for page, body, length in zip([4, 5, 6], ["We met.", "We spoke.", "We left."], [22, 35, 26])),
    "".join(f"Options Paper\n{body}\n" + "We agreed.\n" * 24 + "\n" for body in ["We met.", "We spoke.", "We left."]),
])
def test_a_running_header_of_a_text_with_pages_is_left_out_with_a_warning(paged):
    # a line left out as a running header is named in a warning, with how many times
    line = "We stand with Ukraine" if "Ukraine" in paged else "Options Paper"
    with pytest.warns(stance.StanceWarning, match=rf"left out as running headers, .*: '{line}[ 4]*' 3 times$"):
        sentences = stance.score_document(paged).sentences
    assert line not in " ".join(sentences.text)
    assert split_sentences(paged) == sentences.text.tolist()
    # of many documents, each one's are named
    with pytest.warns(stance.StanceWarning, match=rf": in 'b.txt' '{line}[ 4]*' 3 times$"):
        stance.score_documents({"a.txt": REFRAIN_SPEECH, "b.txt": paged})


def test_lines_counting_up_a_line_or_a_paragraph_apart_are_no_running_headers():
    # An audit by a reviewer of the document-splitting modules: lines that recur with a number
    # going up, with no pages around them, were left out as running headers "carrying their
    # page's number": a list of days was "(no statements)", a feed's dated headings and a
    # speech's numbered sections were lost.
    days = "".join(f"We stand with Ukraine, day {day}.\n" for day in (1, 2, 3))
    assert split_sentences(days) == [f"We stand with Ukraine, day {day}." for day in (1, 2, 3)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the lines are joined as a wrapped sentence, with a warning
        kept = " ".join(stance.score_document(days.replace(".\n", "\n")).sentences.text)
    assert all(f"day {day}" in kept for day in (1, 2, 3))
    posts = ["Drones struck Kharkiv overnight. We call on NATO to send more air defence.",
             "Air defence shot down 40 drones. Thank you to our Allies.",
             "Europe must do more. Sanctions must be tightened."]
    feed = "".join(f"Russia's war on Ukraine, day {day}\n{post}\n\n" for day, post in zip((1012, 1013, 1014), posts))
    assert [line for line in split_sentences(feed) if "day" in line] == [
        f"Russia's war on Ukraine, day {day}" for day in (1012, 1013, 1014)]
    speech = "".join(f"Priority {n} for the Alliance\n{post}\n\n" for n, post in zip((1, 2, 3), posts))
    assert [line for line in split_sentences(speech) if "Priority" in line] == [
        f"Priority {n} for the Alliance" for n in (1, 2, 3)]
    # where the text shows pages, the line carrying its page's number is still a header
    for paged in [feed.replace("\n\n", "\n\x0c"), feed.replace("\n\n", "\n\n7\n\n")]:
        assert not any("day" in line for line in split_sentences(paged))
    # A review: a page of one line (a chart's) among full ones numbered them no more, and the
    # headers came out as statements; half the gaps a page long number them.
    sentence = "allies agreed to raise defence spending and send more troops to the eastern flank"
    page = [f"{' '.join(sentence.split()[n % 5:n % 5 + 9]).capitalize()} {n}." for n in range(25)]
    pages = [page, page, ["Figure 1: Defence expenditure as a share of GDP, 2014-2024."], page]
    report = "\n\n".join("\n".join([f"NATO 2024 Annual Report | {n}", "", *lines]) for n, lines in enumerate(pages, 1))
    assert not any("Annual Report" in line for line in split_sentences(report))


def test_print_of_a_long_document_shows_its_first_and_last_statements_and_the_profile():
    # print(doc) of a 300-statement speech printed all 300 rows, its profile scrolled out of
    # sight; it is bounded as pandas bounds print(frame): the first and last five of 300.
    text = " ".join(f"We have a one-speed NATO, said minister number {i}." for i in range(300))
    doc = stance.score_document(text)
    assert len(doc.sentences) == 300
    lines = str(doc).splitlines()
    assert len(lines) < 25
    assert "… 290 more statements (doc.sentences has every one; print(doc.to_string()) prints them)" in lines
    shown = [int(n) for n in re.findall(r"minister number (\d+)", str(doc))]
    assert shown == [0, 1, 2, 3, 4, 295, 296, 297, 298, 299]
    assert lines[lines.index("Profile") + 3].split()[:2] == ["unity", "300"]
    # Every statement: to_string(), and print(doc) with pandas' limit lifted.
    assert len(re.findall(r"minister number", doc.to_string())) == 300
    with pd.option_context("display.max_rows", None):
        assert str(doc) == doc.to_string()
    # A short document prints whole, as before.
    short = stance.score_document("We have a one-speed NATO. Thank you all for coming.")
    assert str(short) == short.to_string() and "more statements" not in str(short)


def test_print_of_many_documents_bounds_the_profile_too():
    docs = stance.score_documents({f"doc{i:03}": "Arm Ukraine now. We have a one-speed NATO." for i in range(300)})
    profile = str(docs).split("\nProfile\n")[1].splitlines()
    assert len(profile) < 15 and "… 590 more rows (doc.profile has every one)" in profile
    assert profile[2].split()[0] == "doc000" and profile[-2].split()[0] == "doc299"


def test_a_documents_missing_attribute_a_reader_guesses_says_where_it_is():
    # A journalist's audit: doc.statements, the README's word for a row, gave Python's bare
    # "'DocumentScore' object has no attribute 'statements'".
    import copy
    import pickle

    doc = stance.score_document("We stand with Ukraine. Bring the brigade home.")
    with pytest.raises(AttributeError, match=r"no attribute 'statements'; the statements are doc\.sentences"):
        _ = doc.statements
    with pytest.raises(AttributeError, match=r"no attribute 'to_frame'; doc\.sentences is the DataFrame"):
        doc.to_frame()
    with pytest.raises(AttributeError, match=r"^'DocumentScore' object has no attribute 'nothing'$"):
        _ = doc.nothing
    # copies and pickles, which look up optional methods, are unaffected
    for again in (copy.deepcopy(doc), pickle.loads(pickle.dumps(doc))):
        assert again.sentences.equals(doc.sentences) and repr(again) == repr(doc)


def test_a_printed_document_writes_its_statements_from_the_left():
    # A journalist's audit: pandas put the texts flush right, so a speech's statements came
    # out ragged on the left, each starting where its length put it.
    texts = ["Yes.", "We stand together with every Ally.", "Arm Ukraine now.", "Thank you all for coming."]
    doc = stance.score_document(" ".join(texts))
    lines = str(doc).split("\n\nProfile\n")[0].splitlines()
    start = lines[0].index("text")
    assert [line[start:] for line in lines[2:]] == texts
    assert all(line == line.rstrip() for line in lines)
    assert str(doc) == doc.to_string()


def test_a_plots_speakers_alike_but_for_case_are_titled_in_one_order_whatever_the_hash_seed():
    # A review: two documents tagging one person "RUTTE" and "Rutte" were titled "Rutte, RUTTE"
    # or "RUTTE, Rutte" by the hash seed (a set's order), so two runs drew different images. They
    # are one speaker now, as the first document writes him.
    import os
    import subprocess
    import sys

    script = ("import matplotlib; matplotlib.use('Agg'); import stance\n"
              "docs = stance.score_documents({'a': 'Q: Is NATO strong?\\n\\nRUTTE: NATO is strong.\\n',\n"
              "                               'b': 'Q: Hello.\\n\\nRutte: We need NATO.\\n'})\n"
              "print(docs.plot(speakers='rutte').get_title())\n")
    titles = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in (1, 2, 3, 4)}
    assert len(titles) == 1 and titles.pop().endswith(": RUTTE"), titles


def test_a_whole_hour_alone_on_its_line_is_furniture():
    # A political scientist's audit: Hansard's whole hours between speeches ("11 am", "3 pm", "12 noon")
    # were statements of the Member who spoke last, where "9.30 am" was already left out.
    for hour in ("11 am", "3 pm", "12 noon", "12 midnight", "11 a.m.", "3 p.m.", "9.30 am"):
        assert split_speakers(f"Mr Healey: We act.\n\n{hour}\n\nMr Speaker: Order.\n") == [
            ("We act.", "Mr Healey"), ("Order.", "Mr Speaker")], hour
    # words about a time stay: in a sentence, or as an answer after a tag
    assert split_speakers("Mr Healey: 3 pm is when we met.\nQ: When?\nA: 3 pm\n") == [
        ("3 pm is when we met.", "Mr Healey"), ("When?", "Q"), ("3 pm", "A")]


def test_a_whole_hour_alone_on_its_line_inside_a_running_sentence_is_words():
    # A review of the whole hours left out alone on their line: one a sentence wraps through was cut from it.
    tweet = "Join us outside Parliament tomorrow at\n12 noon\nto demand more support for Ukraine!"
    assert split_sentences(tweet) == [
        "Join us outside Parliament tomorrow at 12 noon to demand more support for Ukraine!"]
    speech = "Mr Healey: The Secretary General will meet us at\n3 pm\ntoday to agree more aid for Ukraine.\n"
    assert split_speakers(speech) == [
        ("The Secretary General will meet us at 3 pm today to agree more aid for Ukraine.", "Mr Healey")]
    # the line above ending no sentence is enough to keep it, and so is the line below going on in lower case
    assert " ".join(split_sentences("We meet at\n11 am\nTomorrow we act.")) == "We meet at 11 am Tomorrow we act."
    assert split_sentences("We met.\n3 p.m.\nand then we left.") == ["We met.", "3 p.m. and then we left."]


def test_a_short_line_wrapped_before_a_number_is_no_heading():
    # An audit of the README's own examples: a short line ending with a word that asks for more or a
    # range's dash after a number, above a line opening with a number, was read as a heading and cut
    # from it ("Join us at" / "12 noon…"), where a longer line so broken was joined
    assert split_sentences("Join us at\n12 noon\nto demand more support.") == [
        "Join us at 12 noon to demand more support."]
    assert stance.score_document("Join us at\n12 noon\nto demand more support.").sentences.text.tolist() == [
        "Join us at 12 noon to demand more support."]
    assert split_sentences("From 2014–\n2024 we spent more.") == ["From 2014–2024 we spent more."]
    assert split_sentences("From 2014-\n2024 we spent more.") == ["From 2014-2024 we spent more."]
    assert split_sentences("Join us from\n12 May to demand more support.") == [
        "Join us from 12 May to demand more support."]
    assert split_sentences("What's on\n12 May: Ministers meet.") == ["What's on", "12 May: Ministers meet."]
    assert split_sentences("Since\n2014 we have supported Ukraine.") == ["Since 2014 we have supported Ukraine."]
    # A heading of a press release or an agenda ending in "on" stays one (a review: its body ran on)
    assert split_sentences("PRESS RELEASE\nPublished on\n4 Dec. 2026 | 14:30\nAllies agreed today to raise "
                           "defence spending.")[-1] == "Allies agreed today to raise defence spending."
    assert len(split_sentences("Meeting on\n12 May\n1 Apologies\n2 Minutes")) > 1
    # a heading above a number stays one: a title's word or a colon ends it
    assert split_sentences("Chapter\n12 Allies agreed.") == ["Chapter", "12 Allies agreed."]
    # and so do titles and list items ending in a verb, a particle or a letter (a review of the rule,
    # which read "are", "up" and "A" as words asking for more)
    assert split_sentences("Annex A\n1 Defence expenditure of NATO countries.\n2 Personnel figures.") == [
        "Annex A", "1 Defence expenditure of NATO countries.", "2 Personnel figures."]
    assert split_sentences("Who we are\n32 Allies stand together.") == ["Who we are", "32 Allies stand together."]
    assert split_sentences("WHO WE ARE AT\n32 Allies stand together.") == [
        "WHO WE ARE AT", "32 Allies stand together."]
    assert len(split_sentences("1 Who we are\n2 What we do")) == 2
    listings = "Coming up\n12 May: Foreign ministers meet.\n24 June: Summit in The Hague."
    assert split_sentences(listings)[0] == "Coming up"
    assert split_sentences("Our aims:\n1. Unity\n2. Deterrence") == ["Our aims:", "Unity", "Deterrence"]


def test_hansards_records_of_what_the_house_did_are_no_members_words():
    # A political scientist's audit: Hansard's records alone on their line ("Bill read a Second time.",
    # "Sitting suspended."…) were statements of the Member who spoke last. ("Ordered," and "Resolved,", and the
    # resolution below, were taken out of this after a review: see the test below.)
    records = ["Bill read a Second time.", "Bill accordingly read a Second time.",
               "Motion made, and Question proposed, That the Bill be now read a Second time.—(Mr Healey.)",
               "Sitting suspended.", "Sitting resumed.", "Proceedings interrupted (Standing Order No. 9(3)).",
               "Bill read the Third time, and passed."]
    for record in records:
        assert split_speakers(f"Mr Healey: We will buy drones.\n\n{record}\n\nMr Speaker: Order.\n") == [
            ("We will buy drones.", "Mr Healey"), ("Order.", "Mr Speaker")], record
    # such words in a Member's sentence stay the Member's
    words = ("Mr Healey: The Bill was read a second time last week and we must now pass it.\n"
             "We resolved, together, to defend every inch.\nOrdered, disciplined troops hold the line.\n")
    assert split_speakers(words) == [
        ("The Bill was read a second time last week and we must now pass it.", "Mr Healey"),
        ("We resolved, together, to defend every inch.", "Mr Healey"),
        ("Ordered, disciplined troops hold the line.", "Mr Healey")]


def test_a_speech_on_one_line_after_a_houses_record_is_kept():
    # A political scientist's audit at scale: speeches exported one to a table's cell, a line each, scored with
    # score_documents. One that opened with a record of the House ("Division No. 123.", "Motion made, and Question
    # proposed.", "The House divided: …") was left out whole as furniture, "all its lines are left out", as the
    # record's pattern ran to the line's end. The record is its own sentence there; the speech after it is kept.
    speech = "We must send more tanks to Ukraine. The Alliance stands together."
    for record in ["Division No. 123.", "The House divided: Ayes 301, Noes 212.", "Motion made, and Question proposed.",
                   "Question put forthwith (Standing Order No. 16(1)).",
                   "Volume 812: debated on Tuesday 14 January 2026."]:
        sentences = split_sentences(f"{record} {speech}")
        assert sentences[-2:] == ["We must send more tanks to Ukraine.", "The Alliance stands together."], record
        assert split_speakers(f"Mr Healey: {record} {speech}\n")[-1] == ("The Alliance stands together.", "Mr Healey")
    # alone on their line, with what Hansard prints after them on it, they are still no one's words
    for record in ["Division No. 112 [4.15 pm]", "The House divided: Ayes 312, Noes 14.",
                   "Motion made, and Question proposed, That the Bill be now read a Second time.—(Mr Healey.)",
                   "Motion made, and Question put, That the amendment be made.—(Mr. Smith.)",
                   "Question put forthwith (Standing Order No. 16(1)).",
                   "Volume 812: debated on Tuesday 14 January 2026"]:
        assert split_speakers(f"Mr Healey: We act.\n{record}\nMr Speaker: Order.\n") == [
            ("We act.", "Mr Healey"), ("Order.", "Mr Speaker")], record


def test_the_houses_records_one_after_another_on_a_line_are_still_no_ones_words():
    # A review of dc5c40ac: a House record's line stopped at its first sentence's end, so a line of records one after
    # another, as Hansard prints them, became statements ("Question put forthwith (…). Question agreed to."), and a
    # division's line so ("The House divided: Ayes 196, Noes 312. Division No. 112.") no longer opened its lists,
    # whose names became the Member's words above it; an initial's stop ("(Mr. J. Smith.)") ended a record too.
    for records in ["Question put forthwith (Standing Order No. 16(1)). Question agreed to.",
                    "The House divided: Ayes 301, Noes 212. Question accordingly agreed to.",
                    "Motion made, and Question put, That the Question be now put. Question agreed to.",
                    "Division No. 112 [4.15 pm]. The House divided: Ayes 301, Noes 212.",
                    "Motion made, and Question proposed, That this House do now adjourn.—(Mr. J. Smith.)"]:
        assert split_sentences(f"We act.\n{records}\nAllies agree.") == ["We act.", "Allies agree."], records
    division = ("Mr Healey: We act on Ukraine.\nThe House divided: Ayes 196, Noes 312. Division No. 112.\nAYES\n"
                "Abbott, Ms Diane\nAli, Rushanara\nTellers for the Ayes:\nMr Joe Bloggs and Ms Jane Doe\n"
                "Question accordingly negatived.\nMr Speaker: Order.\n")
    assert split_speakers(division) == [("We act on Ukraine.", "Mr Healey"), ("Order.", "Mr Speaker")]
    # a record going on into a speech is still words, the speech kept
    assert split_sentences("Division No. 123. Question agreed to. We must send more tanks to Ukraine.") == [
        "Division No. 123.", "Question agreed to.", "We must send more tanks to Ukraine."]


def test_a_speech_of_one_sentence_after_a_record_naming_its_mover_is_kept():
    # A review of 9dba3b94: an initial's stop no longer ended a record, so the record read on past the stop closing the
    # mover's bracket into a speech of one sentence exported into the same cell, and the line was left out whole
    # ("—(Mr. J. Smith.) We must…" gave no statement, where 9dba3b94's parent kept it; "—(Mr Healey.)" had lost it
    # since dc5c40ac).
    for mover in ["(Mr Healey.)", "(Mr. J. Smith.)"]:
        record = f"Motion made, and Question proposed, That this House do now adjourn.—{mover}"
        for speech in ["We must send more tanks to Ukraine.", "We must send more tanks to Ukraine!"]:
            assert split_sentences(f"{record} {speech}") == [record, speech], (mover, speech)
        # the record alone, or before another record, is still no one's words
        for line in [record, f"{record} Question put and agreed to."]:
            assert split_sentences(f"We act.\n{line}\nAllies agree.") == ["We act.", "Allies agree."], line


def test_a_text_on_one_line_after_a_footer_or_a_releases_note_is_kept():
    # The same audit: an article or a press release stored in one table cell, a line, that opened with a footer's
    # or a release's note ("© 2026 Reuters.", "For immediate release.", "Tags: NATO, Ukraine.") was left out whole,
    # as those notes' patterns run to the line's end: score_documents gave it no statement at all.
    text = "We must send more tanks to Ukraine. The Alliance stands together."
    for note in ["© 2026 Reuters.", "Copyright 2026 Parliament.", "All rights reserved.", "Follow us on X.",
                 "Share this article.", "Tags: NATO, Ukraine.", "Credit: AFP.", "Updated: March 3, 2026 10:32 CET.",
                 "Embargoed until 10:00.", "For immediate release."]:
        sentences = split_sentences(f"{note} {text}")  # "X." may be an initial, "Follow us on X. We must…" one
        assert sentences[-1] == "The Alliance stands together." and " ".join(sentences).endswith(text), note
    # furniture of several sentences, each furniture or too short for a text of its own, is still furniture
    for furniture in ["© 2026 Reuters. All rights reserved.", "Tags: NATO. Ukraine.",
                      "Reporting by Jane Doe; Editing by Alex Smith. Follow us on X.",
                      "(Mr. SMITH of Texas asked and was given permission to address the House for 1 minute.)"]:
        assert split_sentences(f"We act.\n{furniture}\nAllies agree.") == ["We act.", "Allies agree."], furniture


def test_a_copyright_notice_of_several_sentences_is_still_furniture():
    # A review of ed244b7d: a footer line going on past its note into a sentence of four words or more was taken for
    # an article stored in one cell, and the commonest footers of all, a copyright notice saying what one may not do
    # with the text, became statements: "© 2026 Reuters." / "All rights reserved." / "Reproduction without
    # permission is prohibited." (left out whole before), the Associated Press's, dpa's and AFP's alike.
    for notice in ["© 2026 Reuters. All rights reserved. Reproduction without permission is prohibited.",
                   "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
                   "broadcast, rewritten or redistributed.",
                   "© 2026 Reuters. All rights reserved. Republication or redistribution of Reuters content is "
                   "expressly prohibited without the prior written consent of Reuters.",
                   "© 2026 dpa. Alle Rechte vorbehalten. Die Vervielfältigung ist nur mit Genehmigung gestattet.",
                   "© 2026 AFP. Tous droits réservés. Toute reproduction est interdite sans autorisation."]:
        assert split_sentences(f"We act.\n{notice}\nAllies agree.") == ["We act.", "Allies agree."], notice
    # an article in one cell after the notice is still kept
    assert split_sentences("© 2026 Reuters. All rights reserved. NATO allies agreed today to spend more on defence.")[
        -1] == "NATO allies agreed today to spend more on defence."


def test_an_article_after_a_footer_naming_a_republic_or_consent_is_still_kept():
    # A review of d0edaeae: a copyright notice's sentence was told by a word alone, "republi" or "without … consent"
    # among them, so an article stored in one cell after its footer whose first sentence names a republic, the
    # Republicans or an ally's consent was left out whole, as a notice going on.
    for article in ["Republicans in Congress blocked the aid package for Ukraine.",
                    "The Czech Republic will send more tanks to Ukraine.",
                    "NATO cannot admit Ukraine without the consent of every ally.",
                    "Die Bundesregierung fordert mit Nachdruck mehr Hilfe für die Ukraine."]:
        for note in ["© 2026 Reuters.", "© 2026 Reuters. All rights reserved.", "For immediate release."]:
            assert split_sentences(f"{note} {article}")[-1] == article, (note, article)


def test_resolved_and_ordered_are_words_and_the_houses_records_are_none_inside_a_running_sentence():
    # A review of the records of what the House did: "Resolved," and "Ordered," alone on their line were
    # dropped and the paragraph below "Resolved," given to no one, which cut speeches and wrapped sentences;
    # they are words again, as before. The fixed records stay furniture, but not inside a running sentence.
    speech = ("Mr Healey: Thank you.\n\nResolved,\nwe will stand with Ukraine for as long as it takes.\n\n"
              "Mr Speaker: Order.\n")
    assert split_speakers(speech) == [
        ("Thank you.", "Mr Healey"), ("Resolved, we will stand with Ukraine for as long as it takes.", "Mr Healey"),
        ("Order.", "Mr Speaker")]
    ordered = "The minister said the troops were\nOrdered,\nby the commander, to withdraw from the city."
    assert split_sentences(ordered) == [
        "The minister said the troops were Ordered, by the commander, to withdraw from the city."]
    assert split_sentences("The summit ended today.\nResolved,\nthe Allies will spend more on defence.") == [
        "The summit ended today.", "Resolved, the Allies will spend more on defence."]
    # a record's words inside a sentence running from the line above are the sentence's
    assert split_speakers("Mr Healey: The headline in every paper was\nBill read a Second time.\n\nMr Speaker: Order. "
                          "The sign on the door said\nSitting suspended.\n") == [
        ("The headline in every paper was Bill read a Second time.", "Mr Healey"),
        ("Order.", "Mr Speaker"), ("The sign on the door said Sitting suspended.", "Mr Speaker")]
    # after a sentence's end, a tag or a blank line they are still the House's records, no one's words
    assert split_speakers("Mr Healey: We act.\nBill read a Second time.\nMr Speaker: Order.\nSitting suspended.\n") == [
        ("We act.", "Mr Healey"), ("Order.", "Mr Speaker")]


def test_a_member_rising_is_no_ones_statement():
    # A political scientist's audit: "rose—" after a Member's tag was the Member's statement, and
    # "James Cartlidge rose—" alone on its line one of the Member who spoke last.
    debate = ("Mr Healey: We will buy drones.\n\nMr James Cartlidge (South Suffolk) (Con): rose—\n\n"
              "Mr Speaker: Order.\n\nJames Cartlidge rose—\n\nMr Francois (Rayleigh and Wickford) (Con) rose -\n\n"
              "The Prime Minister rose—\n\nMr Speaker: I call the Minister.\n")
    assert split_speakers(debate) == [("We will buy drones.", "Mr Healey"), ("Order.", "Mr Speaker"),
                                      ("I call the Minister.", "Mr Speaker")]
    # words with "rose" in them stay
    assert split_speakers("Mr Healey: Prices rose—sharply.\nSpending rose.\nDefence spending rose — and fell.\n") == [
        ("Prices rose—sharply.", "Mr Healey"), ("Spending rose.", "Mr Healey"),
        ("Defence spending rose — and fell.", "Mr Healey")]


def test_rose_and_its_dash_inside_a_running_sentence_is_words():
    # A review of the Members rising left out: a sentence wrapped through "… rose—" lost the line's words.
    assert split_sentences("In the spring the\nRiver Dnipro rose—\nand flooded the front line.") == [
        "In the spring the River Dnipro rose— and flooded the front line."]
    assert split_sentences("The sun came up over Kyiv.\nThe Dnipro rose—\nand with it, our resolve.") == [
        "The sun came up over Kyiv.", "The Dnipro rose— and with it, our resolve."]
    assert split_sentences("The debate went on.\nKeir Starmer (Labour) rose—\nin the polls after the summit.") == [
        "The debate went on.", "Keir Starmer (Labour) rose— in the polls after the summit."]
    # after a tag, "rose—" is the Member rising only when the line below does not go on with it
    assert split_speakers("Mr Healey: rose—\nand the whole House listened.\n") == [
        ("rose— and the whole House listened.", "Mr Healey")]
    rising = "Mr Healey: We act.\nJames Cartlidge rose—\nMr Healey (Con): rose—\nMr Speaker: Order.\n"
    assert split_speakers(rising) == [("We act.", "Mr Healey"), ("Order.", "Mr Speaker")]
    # A review of the mend: a line opening with an article is a river's or an army's rising, not a Member's,
    # unless an office names its holder in brackets as Hansard prints it.
    assert split_sentences("The night was dark.\nThe Dnipro rose—\nIt swallowed the bridge at Kherson.") == [
        "The night was dark.", "The Dnipro rose—", "It swallowed the bridge at Kherson."]
    assert split_sentences("We waited.\nOur Army rose—\n\nThe war went on.") == [
        "We waited.", "Our Army rose—", "The war went on."]
    office = "Mr Healey: We act.\nThe Prime Minister (Keir Starmer) rose—\nMr Speaker: Order.\n"
    assert split_speakers(office) == [("We act.", "Mr Healey"), ("Order.", "Mr Speaker")]


def test_tellers_named_without_titles_are_no_ones_statements():
    # A political scientist's audit: tellers named without titles under "Tellers for the Ayes:"
    # ("Chris Elmore and Jeff Smith") were statements, where "Mr Joe Bloggs and Ms Jane Doe" was left out.
    debate = ("Mr Healey: We voted.\n\nThe House divided: Ayes 312, Noes 14.\nDivision No. 5\nAYES\nAbbott, Diane\n\n"
              "Tellers for the Ayes:\nChris Elmore and Jeff Smith\nNOES\nSmith, John\n\nTellers for the Noes:\n"
              "Mark Francois and Sir Iain Duncan Smith\n\nQuestion accordingly agreed to.\n\nMr Speaker: Order.\n")
    assert split_speakers(debate) == [("We voted.", "Mr Healey"), ("Order.", "Mr Speaker")]
    # outside a division such a line is words
    assert split_speakers("Mr Healey: We thank them.\nChris Elmore and Jeff Smith\n") == [
        ("We thank them.", "Mr Healey"), ("Chris Elmore and Jeff Smith", "Mr Healey")]


def test_hansards_bracketed_chair_and_reference_notes_are_furniture():
    # A political scientist's audit: "[Madam Deputy Speaker in the Chair]" and "[Relevant documents: …]"
    # alone on their line were statements of the Member who spoke last, where "[Check against delivery]" is not.
    for note in ("[Madam Deputy Speaker in the Chair]", "[Mr Speaker in the Chair]", "[Sir Roger Gale in the Chair]",
                 "[Relevant documents: Report of the Defence Committee, HC 123.]"):
        assert split_speakers(f"Mr Healey: We act.\n\n{note}\n\nMr Speaker: Order.\n") == [
            ("We act.", "Mr Healey"), ("Order.", "Mr Speaker")], note
    # a sentence naming the chair stays
    words = "We met [with Mr Speaker in the Chair] and agreed.\nThe relevant documents: two reports."
    assert split_sentences(words) == [
        "We met [with Mr Speaker in the Chair] and agreed.", "The relevant documents: two reports."]


def test_a_bracketed_line_naming_no_chair_holder_or_document_is_words():
    # A review of Hansard's bracketed notes left out: any "[… in the Chair]" and "[Relevant documents: …]" went,
    # though Hansard opens the first with a title or office and names a paper in the second.
    assert split_sentences("The committee met.\n[Ukraine's Ambassador in the Chair]\nShe said NATO must act.") == [
        "The committee met.", "[Ukraine's Ambassador in the Chair]", "She said NATO must act."]
    assert split_sentences("[Relevant documents: NATO must double its spending now.]\nRead more.") == [
        "[Relevant documents: NATO must double its spending now.]", "Read more."]
    # Hansard's own notes are still left out
    for note in ("[The Chairman of Ways and Means in the Chair]", "[Dr Rupa Huq in the Chair]",
                 "[Dame Rosie Winterton in the Chair]",
                 "[Relevant document: Oral evidence taken before the Defence Committee on 3 March, HC 123.]",
                 "[Relevant documents: Explanatory Notes to the Armed Forces Bill.]"):
        assert split_speakers(f"Mr Healey: We act.\n\n{note}\n\nMr Speaker: Order.\n") == [
            ("We act.", "Mr Healey"), ("Order.", "Mr Speaker")], note


def test_hansards_clause_abbreviation_before_a_number_does_not_end_a_sentence():
    # A political scientist's audit: "The Bill, cl. 3, sets this out." was cut after "cl.", and
    # "3, sets this out." scored alone: Hansard's "cl." before a number is a clause's, as "No." and "Art." are.
    assert split_sentences("The Bill, cl. 3, sets this out. We read Cl. 4 too.") == [
        "The Bill, cl. 3, sets this out.", "We read Cl. 4 too."]
    # after a number it is centilitres, and ends a sentence before a capital or a number
    assert split_sentences("The glass holds 15 cl. The next one is bigger. It holds 20 cl. 3 more are needed.") == [
        "The glass holds 15 cl.", "The next one is bigger.", "It holds 20 cl.", "3 more are needed."]


def test_a_timestamp_inside_a_transcripts_line_is_left_out_as_a_stage_direction_is():
    # A journalist's audit: "[inaudible]" inside a line was left out, but a timestamp there stayed
    # in the statement ("[00:01:10] We stand with Ukraine.", "will you [00:01:30] send…").
    text = ("RUTTE: We are united. [00:01:10] We stand with Ukraine. (00:01:45) We will not waver.\n"
            "Q: Mr. Secretary General, will you [00:01:30] send more troops?\n")
    assert split_statements(text) == [
        ("We are united.", "RUTTE", 1), ("We stand with Ukraine.", "RUTTE", 1), ("We will not waver.", "RUTTE", 1),
        ("Mr. Secretary General, will you send more troops?", "Q", 2)]
    # a clock time in prose is its words: without seconds, in parentheses (a race's times, a review of
    # a804fa9), bare, or with seconds inside a sentence
    for sentence in ("At 10:30 the meeting began.", "It ended at 11:45:10 sharp.", "The vote (10:30) was close.",
                     "We met. 10:30 is when it began.", "Kipchoge (2:01:09) beat Bekele (2:01:41) in Berlin.",
                     "He said it ended at 10:30:00. 10:30:05 Was the official end.", "He won. (2:01:09) was his time."):
        assert [text for text, _, _ in split_statements(sentence)] == split_sentences(sentence)
    assert split_sentences("We met. At 11:45:10 it ended.") == ["We met.", "At 11:45:10 it ended."]


def test_a_soft_hyphen_at_a_lines_end_joins_its_word_and_keeps_each_lines_number():
    # A journalist's audit: a line ending in a soft hyphen was joined to the next before the lines
    # were numbered, so the statements after the broken word had the line above's number ("They will
    # deploy…" line 1, where a plain "-" gave 2), and a text of such lines numbered every one 1.
    text = ("Allies agreed today to strengthen deter\u00ad\nrence on the eastern flank. They will\n"
            "deploy more air defence systems.\n")
    assert split_statements(text) == split_statements(text.replace("\u00ad", "-")) == [
        ("Allies agreed today to strengthen deterrence on the eastern flank.", None, 1),
        ("They will deploy more air defence systems.", None, 2)]
    assert split_statements("We are deter\u00ad\nmined. Allies\u00ad\nstand. We win.\u00ad") == [
        ("We are determined.", None, 1), ("Alliesstand.", None, 2), ("We win.", None, 3)]
    assert split_statements("We keep a pres\u00ad\rence here.\rWe agreed.") == [  # lone carriage returns too
        ("We keep a presence here.", None, 1), ("We agreed.", None, 3)]
    # a non-breaking hyphen is a compound's, and a dash after a number a range's: kept, with no space
    assert split_sentences("This is a so\u2011\ncalled deal. From 2014–\n2024 we grew. Summit –\nAllies met.") == [
        "This is a so\u2011called deal.", "From 2014–2024 we grew.", "Summit – Allies met."]


def test_a_link_a_prose_sentence_ends_with_stays_in_it():
    # A journalist's audit: the rule that leaves out a post's closing links cut a prose sentence
    # ending in a web address ("More information is available at https://…htm." gave "More
    # information is available at", "Visit https://www.nato.int." gave "Visit").
    for sentence in ("More information is available at https://www.nato.int/cps/en/natohq/topics_52044.htm.",
                     "Visit https://www.nato.int.", "Read the communiqué at www.nato.int/x!"):
        assert split_sentences(f"Allies met today. {sentence}") == ["Allies met today.", sentence]
    # a post's closing links still go, with no stop of their own or after the sentence's end, emoji or tags
    for post, words in [("Proud to stand with our Allies https://t.co/xyz", "Proud to stand with our Allies"),
                        ("Proud to stand with our Allies. https://t.co/xyz.", "Proud to stand with our Allies."),
                        ("Proud of our Allies 💪 https://t.co/x.", "Proud of our Allies 💪"),
                        ("Read more #NATO https://t.co/x.", "Read more #NATO")]:
        assert split_sentences(post) == [words]


def test_a_pictures_label_before_a_short_caption_keeps_it_as_captions_label_does():
    # A journalist's audit: "Photo: Secretary General Mark Rutte speaks at NATO headquarters in
    # Brussels." was left out as a credit, its words in lower case beside a credit's own only two
    # ("speaks", "headquarters"), where "Caption:" before the same words kept them.
    for labelled in ["Photo: Secretary General Mark Rutte speaks at NATO headquarters in Brussels.",
                     "Image: Soldiers train near Rukla.", "Photograph: Allied jets patrol over Estonia."]:
        text = f"Allies met in Vilnius.\n{labelled}\nThey agreed on a brigade."
        assert split_sentences(text) == ["Allies met in Vilnius.", labelled, "They agreed on a brigade."]
    # a picture's credit and licence, and a caption with no verb but a participle, are still left out
    credits = ["Photo: NATO military photographer.", "Photo: Estonian Defence Forces, used with permission.",
               "Image: NATO, licensed under CC BY 4.0.", "Image: Ministry of Defence of Ukraine / public domain.",
               "Photo: Reuters, all rights reserved.", "Photo: Soldiers training near Rukla."]
    assert split_sentences("NATO stays united.\n" + "\n".join(credits) + "\nWe agreed.") == [
        "NATO stays united.", "We agreed."]


def test_a_live_blogs_dotted_time_and_its_update_line_are_furniture_as_a_colons_are():
    # A journalist's audit: a Guardian live blog's "14.32 BST" and "Updated at 14.35 BST", each
    # alone on its line, were statements, while "14:32 GMT" was left out as a timestamp.
    blog = ("14.32 BST\nRutte arrived in Vilnius.\nUpdated at 14.35 BST\n\n09.05 CET\nAllies agreed.\n"
            "Updated at 14:35 GMT\n\n14:32 GMT\nWe go on.\n")
    assert split_sentences(blog) == ["Rutte arrived in Vilnius.", "Allies agreed.", "We go on."]
    # a dotted time with no zone may be a number, and one opening a sentence is its words
    for kept in ["Allies met.\n14.32\nWe agreed.", "Allies met.\n14.32 BST is when we met."]:
        assert split_sentences(kept) == [line for line in kept.split("\n")]
    # nor one opening a wrapped sentence's line (a review of 777239f)
    wrapped = "The summit in Vilnius finally opened at\n14.32 BST and ended late at night."
    assert split_sentences(wrapped) == ["The summit in Vilnius finally opened at 14.32 BST and ended late at night."]
    # and before a live blog's dash it goes, as with a colon (a review of that mend)
    assert split_sentences("14.32 BST – Allies agreed to raise spending.\n14.10 BST – The summit opened.\n") == [
        "Allies agreed to raise spending.", "The summit opened."]


def test_a_live_blogs_time_stamp_with_a_colon_is_left_out_and_names_no_speaker():
    # A journalist's audit: a live blog's "14:05 GMT: …" left its "GMT:" behind as a speaker's tag, which
    # named every entry below, and "14.05 BST: …" kept its stamp inside the text. A time with a colon
    # opening an entry, its zone or not, is a stamp now, and the entry is no one's.
    blog = ("Live: NATO summit day two\n\n14:05 GMT: Leaders have agreed the final declaration.\n\n"
            "14:20 GMT: The Spanish prime minister says Spain will not spend 5%.\n")
    assert split_speakers(blog) == [("Live: NATO summit day two", None),
                                    ("Leaders have agreed the final declaration.", None),
                                    ("The Spanish prime minister says Spain will not spend 5%.", None)]
    for stamp in ["14:05", "14:05 GMT", "14.05 BST", "2.15pm", "09:30 CET", "2:15 p.m. EST"]:
        assert split_sentences(f"{stamp}: Leaders agreed.\n") == ["Leaders agreed."], stamp
    # an entry's speaker does not go on into the next entry, stamped with a colon or a zone and a dash
    for below in ["14:50 GMT: Zelensky has arrived.", "14:50 GMT - Zelensky has arrived."]:
        assert split_speakers(f"RUTTE: We are united.\n\n{below}\n") == [
            ("We are united.", "RUTTE"), ("Zelensky has arrived.", None)], below
    # without its zone, below a blank line inside a speaker's turn, the time is the speaker's words (a review of
    # a573b6f6); at a live blog's entries it is a stamp
    assert split_speakers("RUTTE: We are united.\n\n14:50: Zelensky has arrived.\n") == [
        ("We are united.", "RUTTE"), ("14:50: Zelensky has arrived.", "RUTTE")]
    # a tag after the stamp still names its speaker; ratios, dotted numbers and sentences opening with a time stay
    assert split_speakers("14:35 RUTTE: We are united.\nQ: Why?\n") == [("We are united.", "RUTTE"), ("Why?", "Q")]
    for kept in ["Allies won 3:1 today.", "3:1 was the score.", "10:30 is when we met.", "14.05: figures rose."]:
        assert split_sentences(kept) == [kept]


def test_a_time_with_a_colon_inside_a_speakers_running_text_stays_the_speakers_words():
    # A review of f3f17e82: "HH:MM:" inside a speaker's running text was stripped and ended the turn,
    # a schedule's times lost and its lines no one's, and a wrapped sentence cut at its time.
    programme = ("RUTTE: Tomorrow's programme is as follows.\n09:30: I meet the ministers.\n"
                 "14:00: we hold the press conference.\nThank you.\n")
    assert split_speakers(programme) == [
        ("Tomorrow's programme is as follows.", "RUTTE"), ("09:30: I meet the ministers.", "RUTTE"),
        ("14:00: we hold the press conference.", "RUTTE"), ("Thank you.", "RUTTE")]
    wrapped = "RUTTE: The ministers will meet tomorrow at\n10:30: the room is booked and we will\ndecide then.\n"
    assert split_speakers(wrapped) == [
        ("The ministers will meet tomorrow at 10:30: the room is booked and we will decide then.", "RUTTE")]
    # and so with a zone (a review of ea945451, which cut such a sentence in two and gave its end to no one)
    assert split_speakers("RUTTE: The vote was held at\n14:00 GMT: it passed with a large majority.\n") == [
        ("The vote was held at 14:00 GMT: it passed with a large majority.", "RUTTE")]
    assert split_speakers("RUTTE: We met.\n14:00 GMT: it passed with a large majority.\n") == [
        ("We met.", "RUTTE"), ("14:00 GMT: it passed with a large majority.", "RUTTE")]
    # a stamp with its zone, alone on its line or with its seconds, opens an entry after a blank line, as the
    # README says; a zoneless one there, inside a speaker's turn, stays the speaker's words (a review of a573b6f6)
    for stamp in ["14:05 GMT:\n", "14:05:30 GMT: ", "14:05 GMT: "]:
        assert split_speakers(f"RUTTE: We are united.\n\n{stamp}Leaders agreed.\n") == [
            ("We are united.", "RUTTE"), ("Leaders agreed.", None)], stamp
    # entries one below another, or below a heading standing alone, are a live blog's still
    blog = "Live: NATO summit\n14:05 GMT: Leaders agreed.\n14:20 GMT: Spain objects.\n"
    assert split_speakers(blog) == [("Live: NATO summit", None), ("Leaders agreed.", None), ("Spain objects.", None)]


def test_a_stamp_with_its_zone_always_opens_an_entry_and_a_zoneless_one_where_entries_run():
    # A review of a573b6f6: live blogs that e315b393 read were broken by the rule for a time inside a speech.
    assert split_speakers("Live: NATO summit\n\n14:05 GMT: Zelensky arrives\n14:20 GMT: Spain objects to the target\n"
                          "14:35 GMT: Rutte speaks.\n") == [
        ("Live: NATO summit", None), ("Zelensky arrives", None), ("Spain objects to the target", None),
        ("Rutte speaks.", None)]
    # a tag on a stamped line names that entry's speaker and does not end the run of entries
    for later in ["14:20 GMT: Spain objects.\n14:35 GMT: Leaders leave.\n",
                  "14:20: Spain objects.\n14:35: Leaders leave.\n"]:
        assert split_speakers(f"Live\n\n14:05 GMT: RUTTE: We are united.\n{later}") == [
            ("Live", None), ("We are united.", "RUTTE"), ("Spain objects.", None), ("Leaders leave.", None)], later
    assert split_speakers("RUTTE: We are united.\n14:20 GMT: Spain objects to the target.\n") == [
        ("We are united.", "RUTTE"), ("Spain objects to the target.", None)]
    assert split_speakers("Follow our live coverage of the summit.\n14:05 GMT: Leaders agreed.\n"
                          "14:20 GMT: Spain objects.\n") == [
        ("Follow our live coverage of the summit.", None), ("Leaders agreed.", None), ("Spain objects.", None)]
    assert split_speakers("Live: NATO summit\n14:05: \u201cWe are united,\u201d says Rutte.\n") == [
        ("Live: NATO summit", None), ("\u201cWe are united,\u201d says Rutte.", None)]
    assert split_speakers("Live: NATO summit\n14:05:\nLeaders agreed.") == [
        ("Live: NATO summit", None), ("Leaders agreed.", None)]
    # a zoneless entry after another, whatever that one ends with
    assert split_speakers("Live\n\n14:05: Read more at nato.int\n14:20: Spain objects\n14:35: Rutte speaks.\n") == [
        ("Live", None), ("Read more at nato.int", None), ("Spain objects", None), ("Rutte speaks.", None)]
    # a schedule inside a speech, after a blank line: a zoneless stamp there is the speaker's words
    assert split_speakers("RUTTE: Tomorrow's programme is as follows.\n\n09:30: I meet the ministers.\n"
                          "14:00: we hold the press conference.\n") == [
        ("Tomorrow's programme is as follows.", "RUTTE"), ("09:30: I meet the ministers.", "RUTTE"),
        ("14:00: we hold the press conference.", "RUTTE")]


def test_a_number_a_wrapped_line_asks_for_goes_on_with_it_not_as_a_lists_marker():
    # A journalist's audit: "Every Ally is bound by Article" / "5. It is the heart of the Alliance."
    # lost its "5." as a list's marker and the sentence was cut. A running line ending in a word that
    # asks for a number keeps it; headings, numbered paragraphs and lists stay as they were (the review
    # of a reverted, broader rule: "Deterrence and defence" / "22. Allies…", "The General Assembly," /
    # "12. Demands…", "Annex" / "2024 defence…").
    assert split_sentences("Every Ally is bound by Article\n5. It is the heart of the Alliance.\n") == [
        "Every Ally is bound by Article 5.", "It is the heart of the Alliance."]
    assert split_sentences("Allies recalled Article\n5 of the Treaty.") == ["Allies recalled Article 5 of the Treaty."]
    assert split_sentences("This is set out in paragraph\n12. We agree.") == ["This is set out in paragraph 12.",
                                                                              "We agree."]
    for text, expected in (
            ("Deterrence and defence\n22. Allies will strengthen the eastern flank.",
             ["Deterrence and defence", "Allies will strengthen the eastern flank."]),
            ("The General Assembly,\n12. Demands that Russia withdraw its forces;\n14. Calls upon all.",
             ["The General Assembly,", "Demands that Russia withdraw its forces;", "Calls upon all."]),
            ("Annex\n2024 defence expenditure figures are estimates.",
             ["Annex", "2024 defence expenditure figures are estimates."]),
            ("Key points of Article\n1. Unity.\n2. Deterrence.", ["Key points of Article", "Unity.", "Deterrence."]),
            ("We invoked Article\n5. Then we acted.\n6. Later we met.",
             ["We invoked Article", "Then we acted.", "Later we met."]),
            # and lists a blank line apart, of one item, or under a lead-in ending in a word a list follows
            # (a review of the first version of this rule)
            ("We invoked Article\n5. Then we acted.\n\n6. Later we met.\n",
             ["We invoked Article", "Then we acted.", "Later we met."]),
            ("Contents of this Chapter\n1. Introduction to the rules.\n\n2. Background of the treaty.\n",
             ["Contents of this Chapter", "Introduction to the rules.", "Background of the treaty."]),
            ("Key points of Article\n1. Unity.\n", ["Key points of Article", "Unity."]),
            ("The Security Council adopted the following Resolution\n1. Condemns the attack;\n\n2. Demands peace;",
             ["The Security Council adopted the following Resolution", "Condemns the attack;", "Demands peace;"]),
            ("Decides as follows in this paragraph\n3. Allies report.\n(a) Reports are public.\n",
             ["Decides as follows in this paragraph", "Allies report.", "Reports are public."])):
        assert split_sentences(text) == expected, text


def test_a_long_line_that_nearly_asks_for_a_number_is_read_in_linear_time():
    # An audit of the reader's patterns: the check for a line ending in "Article" (above) backtracked
    # its two ".*" over each other from every start, cubic in the line: 3,200 characters of short
    # addresses above a numbered line took 24 s, 10 KB minutes. CPU time, as the other guards.
    addresses = "a@b.eu, " * 400
    started = time.process_time()
    assert split_sentences(f"Every Ally is bound by {addresses}the Treaty\n5. It is the heart of the Alliance.\n") == [
        f"Every Ally is bound by {addresses}the Treaty", "It is the heart of the Alliance."]
    assert split_sentences(f"Every Ally is bound by {addresses}Article\n5. It is the heart of the Alliance.\n") == [
        f"Every Ally is bound by {addresses}Article 5.", "It is the heart of the Alliance."]
    assert time.process_time() - started < 2.0  # about 0.01 s
    # read as the one pattern was, on lines short enough for it
    from stance.list_items import _asks_for_number

    pattern = re.compile(r"(?=(?:\S+\s+){2}).*\b[a-z]\w*\b.*\s(?-i:Articles?|[Pp]aragraphs?|[Cc]lauses?|No\.?)$")
    words = ["by", "Ally", "ARTICLE", "Article", "paragraphs", "Clause", "No.", "No", "é", "_x", "1", "(", "-"]
    for line in (" ".join(random.Random(seed).choices(words, k=seed % 6)) + random.Random(seed).choice(["", " ", "\t"])
                 for seed in range(3000)):
        assert _asks_for_number(line) == bool(pattern.search(line)), line


def test_a_long_line_of_letters_above_a_number_is_read_in_linear_time():
    # An audit of the reader's patterns: the last word of the line above a line opening with a number
    # was searched for from each letter of the line, read to its end again from each: 20,000 capitals
    # ending in "-" above "5. Allies." took 4.4 s, 200 KB minutes. CPU time, as the other guards.
    # 50,000 of them, as 20,000 took 4-6 s before, a margin a faster machine may eat: now about
    # 0.03 s, before about 40 s.
    started = time.process_time()
    assert split_sentences("RUTTE: " + "A" * 50_000 + "-\n5. Allies.\n") == ["A" * 50_000 + "-", "Allies."]
    assert time.process_time() - started < 1.0
    # the last word is still read whole: a function word or a month joins the number below
    assert split_sentences("Allies agreed to raise spending to\n3.5% of GDP by 2035.") == [
        "Allies agreed to raise spending to 3.5% of GDP by 2035."]
    assert split_sentences("The summit opened in June\n2025 was a turning point.") == [
        "The summit opened in June 2025 was a turning point."]


def test_a_long_run_of_characters_that_show_nothing_is_read_in_linear_time():
    # An audit of the reader's passes: where a piece opens after characters that show nothing
    # (control characters, see stance.sentences._pieces), each step back over them matched the rest
    # of their run: 40,000 "\x1a" before "1" took 2.6 s, 200 KB about a minute. CPU time, as the
    # other guards. 200,000 of them, as 40,000 took 1.2 s before, too near a bound to fail on a
    # faster machine: now about 0.15 s, before about 30 s.
    started = time.process_time()
    assert split_sentences("We agree.\n" + "\x1a" * 200_000 + "1\nand allies agree.\n") == [
        "We agree.", "\x1a" * 200_000 + "1 and allies agree."]
    assert time.process_time() - started < 2.0
    # those glued to a piece's end are still dropped with the space after it, and those opening one kept
    assert split_sentences("We stand with Ukraine.\u200e\x01 NATO must deter Russia.\n\x01\x02We agree.") == [
        "We stand with Ukraine.", "NATO must deter Russia.", "\x01\x02We agree."]


@pytest.mark.parametrize("sentence", [
    "Le sommet du 3 janv. 2024 a été utile.", "Le sommet du 3 févr. 2024 a été utile.",
    "Le sommet du 14 juil. 2024 a été utile.", "Le sommet du 3 déc. 2024 a été utile.",
    "Le sommet du 3 avr. 2024 a été utile.", "Le sommet du 3 sept. 2024 a été utile.",
    "Le 3 janv., les alliés se sont réunis.",
])
def test_french_abbreviated_months_end_no_sentence(sentence):
    # A researcher's audit: "janv.", "févr.", "juil." and "déc." before a year cut the sentence in two, where
    # "sept." goes on
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Depuis le 24 févr. Kiev résiste aux frappes russes.", "Le 24 févr. Vladimir Poutine a lancé l'invasion.",
    "Le 3 juil. (AFP) Les ministres se sont réunis.",
])
def test_a_french_abbreviated_month_before_a_name_ends_no_sentence(sentence):
    # A review of ee00221 (reverted): a month ending a sentence before a capital cut ordinary French dates
    # before a name; the months go on, as English's "Dec." does.
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize("text, expected", [
    ("Rome a été fondée en 753 av. J.-C. et elle a duré.", ["Rome a été fondée en 753 av. J.-C. et elle a duré."]),
    ("Rome a été fondée en 753 av. J.-C. Elle a duré.", ["Rome a été fondée en 753 av. J.-C.", "Elle a duré."]),
    ("Il est né en 5 ap. J.-C. et il a vécu.", ["Il est né en 5 ap. J.-C. et il a vécu."]),
    ("Le texte voté par l'Ass. nat., est clair.", ["Le texte voté par l'Ass. nat., est clair."]),
    ("Le texte voté par l'Ass. nat. est clair.", ["Le texte voté par l'Ass. nat. est clair."]),
    # "av." and "Ass." otherwise are as they were
    ("Nous sommes 300 av. Nous partons.", ["Nous sommes 300 av.", "Nous partons."]),
    ("He is an Ass. Nobody likes him.", ["He is an Ass.", "Nobody likes him."]),
])
def test_french_era_and_assembly_abbreviations_end_no_sentence(text, expected):
    # A researcher's audit: "av. J.-C." was cut after "av." (and "J.-C." left alone before a capital), and
    # "l'Ass. nat." after "Ass."
    assert split_sentences(text) == expected


def test_the_mojibake_of_several_documents_says_decoded_in_the_wrong_encoding_once():
    # A review of c05ceef: four documents' warning read "… which is '’' decoded in the wrong
    # encoding; … which is '“' decoded in the wrong encoding; …; and 1 more document (mojibake)",
    # each listed one repeating the phrase and the tail losing it. Before c05ceef it read so:
    from stance.document import _warn_of_mojibake

    texts = ["Ukraineâ€™s future.", "\x93NATO\x94 agrees.", "Russiaâ€™s war.", "Kyivâ€™s allies."]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _warn_of_mojibake([(f"{name}.txt", text) for name, text in zip("abcd", texts)])
        _warn_of_mojibake([("a.txt", texts[0]), ("c.txt", "NATO \x81 allies")])
    assert [str(warning.message) for warning in caught] == [
        "document 'a.txt' line 1 holds 'â€™', which is '’'; document 'b.txt' line 1 holds '\\x93', which is '“'; "
        "document 'c.txt' line 1 holds 'â€™', which is '’'; and 1 more document decoded in the wrong encoding "
        "(mojibake), scored as written, where the model knows no such words; decode the source in its real "
        "encoding (UTF-8 for a web page's text) before scoring",
        # a control character cp1252 has no sign for is still named as what it is (c05ceef)
        "document 'a.txt' line 1 holds 'â€™', which is '’'; document 'c.txt' line 1 holds the control character "
        "U+0081 (which no text types) decoded in the wrong encoding (mojibake), scored as written, where the model "
        "knows no such words; decode the source in its real encoding (UTF-8 for a web page's text) before scoring"]


def test_a_count_of_one_more_document_is_written_in_the_singular():
    # A warning naming three documents of four said "and in 1 more documents".
    from stance.document import _warn_of_back_matter, _warn_of_joined_posts, _warn_of_mojibake, _with_gap

    four = [f"d{i}.txt" for i in range(4)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _warn_of_mojibake([(name, "Ukraineâ€™s future is in NATO.") for name in four])
        _warn_of_mojibake([(name, "La d├®fense de lÔÇÖEurope doit ├¬tre renforc├®e.") for name in four])
        _warn_of_mojibake([(name, "ÿþW\x00e\x00 \x00s\x00t\x00a\x00n\x00d\x00") for name in four])
        _warn_of_joined_posts([(name, [2]) for name in four], lone=False)
        from stance.blocks import _BackMatter
        _warn_of_back_matter([(name, [_BackMatter(5, "ENDS", 4, 31)]) for name in four], lone=False)
    messages = [str(warning.message) for warning in caught]
    assert len(messages) == 5
    assert all(re.search(r"; and (in )?1 more document\b(?!s)", message) for message in messages), messages
    assert not any("more documents" in message for message in messages)
    # print(doc) under a display.max_rows that leaves one row out
    assert "… 1 more row\n" in _with_gap(pd.DataFrame({"n": [0, 1]}), 1, "row")
    assert "… 2 more rows (all)\n" in _with_gap(pd.DataFrame({"n": [0, 1]}), 2, "row", " (all)")


def test_the_html_profile_shows_an_undefined_position_as_n_a_and_says_why():
    # A target with 0 favor and 0 against (here unity, named only as a secondary target) has no
    # position: its cells read "NaN" in the notebook, where the evaluation report writes "n/a"
    # for 0/0 with a line saying why. The DataFrame keeps NaN, as the README documents.
    import math

    single = stance.score_document("We stand with Ukraine and NATO is united.")
    several = stance.score_documents({"a.txt": "We stand with Ukraine and NATO is united.",
                                      "b.txt": "Not one more cent for Kyiv."})
    for doc in (single, several):
        profile = doc.profile
        unity = (profile.xs("unity", level="target") if profile.index.nlevels > 1 else profile.loc[["unity"]]).iloc[0]
        assert (unity.favor, unity.against) == (0, 0) and math.isnan(unity.position)
        page = doc._repr_html_()
        profile = page.split("<caption>Profile", 1)[1].split("</table>", 1)[0]
        assert "NaN" not in profile and "nan" not in profile
        row = re.search(r'<th scope="row"[^>]*>unity</th>(.*?)</tr>', profile, flags=re.S)[1]
        cells = re.findall(r"<td>([^<]*)</td>", row)
        assert cells[-3:] == ["n/a", "n/a", "n/a"] and cells[2:4] == ["0", "0"]  # position, its interval
        after = page.split("</table>", 1)[1].split("<table", 1)[0]
        assert "n/a: no position" in after  # under the profile, why
    # A profile whose every target has a position shows no such line.
    assert "n/a" not in stance.score_document("Not one more cent for Kyiv.")._repr_html_()


def test_the_printed_profile_shows_an_undefined_position_as_its_html_does():
    # A review: print(doc) showed "NaN" where the notebook's HTML shows "n/a" and says why under
    # the profile; the text says the same, to_string() (what stance document prints) too.
    single = stance.score_document("We stand with Ukraine and NATO is united.")
    several = stance.score_documents({"a.txt": "We stand with Ukraine and NATO is united.",
                                      "b.txt": "Not one more cent for Kyiv."})
    for doc in (single, several):
        for text in (str(doc), doc.to_string()):
            profile = text.split("\nProfile\n", 1)[1]
            assert "NaN" not in profile and "nan" not in profile
            row = next(line for line in profile.splitlines() if "unity" in line).split()
            assert row[-3:] == ["n/a", "n/a", "n/a"] and row[-5:-3] == ["0", "0"]
            why = "n/a: no position measured: favor and against are both 0"
            assert why in profile and why in doc._repr_html_()
    for text in (str(stance.score_document("Not one more cent for Kyiv.")),):
        assert "n/a" not in text


def test_the_profile_per_document_the_command_prints_shows_an_undefined_position_as_n_a(tmp_path, monkeypatch, capsys):
    # An audit: `stance document a.txt b.txt` printed "NaN" for a target of 0 favor and 0
    # against, with no word of why, where one document's profile (and print(docs)) says "n/a".
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("We stand with Ukraine and NATO is united.\n", encoding="utf-8")
    Path("b.txt").write_text("Not one more cent for Kyiv.\n", encoding="utf-8")
    docs = stance.score_documents({"a.txt": "We stand with Ukraine and NATO is united.\n",
                                   "b.txt": "Not one more cent for Kyiv.\n"})
    assert docs.profile.loc[("a.txt", "unity"), ["favor", "against"]].tolist() == [0, 0]
    assert main(["document", "a.txt", "b.txt"]) == 0
    profile = capsys.readouterr().out.split("\nProfile per document\n", 1)[1]
    assert "NaN" not in profile and "nan" not in profile
    row = next(line for line in profile.splitlines() if "unity" in line).split()
    assert row[:2] == ["a.txt", "unity"] and row[-5:] == ["0", "0", "n/a", "n/a", "n/a"]
    assert "n/a: no position measured: favor and against are both 0" in profile
    # A profile whose every target has a position has no such line.
    Path("c.txt").write_text("We must send more air defence to Ukraine.\n", encoding="utf-8")
    assert main(["document", "b.txt", "c.txt"]) == 0
    assert "n/a" not in capsys.readouterr().out


def test_the_results_of_documents_one_named_with_a_lone_surrogate_become_records_and_columns():
    # An audit of odd file names: to_dict() (stance document --json) and plot() raised
    # UnicodeEncodeError from pyarrow for a document named "a\udce9" (a file name not in UTF-8)
    # beside another: pandas 3 made the names' column (of profile.reset_index(), of the plot's
    # groups) an Arrow string array.
    import matplotlib.pyplot as plt

    docs = stance.score_documents({"a\udce9": "NATO must remain united.", "b": "We stand with Ukraine."})
    records = docs.to_dict()
    assert [row["document"] for row in records["profile"]] == ["a\udce9", "b"]
    assert [row["document"] for row in records["sentences"]] == ["a\udce9", "b"]
    assert [row["target"] for row in records["profile"]] == list(docs.profile.index.get_level_values("target"))
    ax = docs.plot()  # matplotlib's text refused the surrogate: drawn as its escape, as the table writes it
    assert "a\\udce9" in [text.get_text() for text in ax.get_legend().get_texts()]
    plt.close(ax.figure)


def test_html_character_references_without_tags_are_warned_of_as_html():
    # An audit of scraped text: "isn&rsquo;t" was scored as "isn", "rsquo", "t", its negation
    # lost, with no warning, where the warning of HTML was given of tags alone.
    for text, reference in (("NATO isn&rsquo;t united. Allies &amp; partners must stand together.", "&rsquo;"),
                            ("We shouldn&#8217;t support Ukraine.", "&#8217;"),
                            ("We shouldn&#x2019;t support Ukraine.", "&#x2019;")):
        with pytest.warns(stance.StanceWarning, match=re.escape(f"text holds HTML character references "
                                                                f"({reference}"
                          )) as warned:
            stance.score_document(text)
        assert any("html.unescape(text)" in str(w.message) for w in warned)
    # An ampersand of a name, or one that is no reference of HTML's, is plain text.
    for text in ("AT&T and R&D; Q&A, &c. We stand with Ukraine.", "Tom &amp Jerry agree.", "Use &notanentity; here."):
        with warnings.catch_warnings():
            warnings.simplefilter("error", stance.StanceWarning)
            stance.score_document(text)
    # Tags and references: the tags' warning, which says to unescape too.
    with pytest.warns(stance.StanceWarning, match=r"looks like HTML or XML; .*strip the markup first, and unescape "
                                                  r"its character references \(&amp;\)") as warned:
        stance.score_document("<p>We</p><p>stand</p><p>together</p><br><br> Allies &amp; partners.")
    # Of several documents, those that hold references alone are named so.
    with pytest.warns(stance.StanceWarning, match=r"document 'b' holds HTML character references \(&rsquo;\); "
                                                  r"score_documents reads plain text") as warned:
        stance.score_documents({"a": "NATO is united.", "b": "NATO isn&rsquo;t united."})


def test_a_lone_dash_in_a_caption_file_opens_no_new_speaker():
    # A review of 6f31200: any dash opening a caption's line opened a new, unnamed speaker, so
    # that a sentence going on below a dash, a list's bullets and an interview's answer lost
    # their speakers. None does now (a second review of 6f31200 and 31b5593).
    assert split_speakers(_srt("RUTTE: We need more troops on the eastern flank", "- and faster.",
                               "We will defend every inch of Allied territory.")) == [
        ("We need more troops on the eastern flank - and faster.", "RUTTE"),
        ("We will defend every inch of Allied territory.", "RUTTE")]
    assert {speaker for _, speaker in split_speakers(_srt("RUTTE: Our priorities are:",
                                                          "- deterrence,\n- defence,\n- and Ukraine."))} == {"RUTTE"}
    assert split_speakers(_srt("Q: Is NATO divided?", "- No, it is united.")) == [
        ("Is NATO divided?", "Q"), ("No, it is united.", "A")]
    # nor does a dialogue cue's (a second review of 6f31200 and 31b5593: a known limit)
    assert split_speakers(_srt("RUTTE: Thank you.", "- Troops?\n- No.", "And we will keep helping Ukraine.")) == [
        ("Thank you.", "RUTTE"), ("Troops?", "RUTTE"), ("No.", "RUTTE"), ("And we will keep helping Ukraine.", "RUTTE")]


def _vtt(*cues: str) -> str:
    """A WebVTT file of ``cues``, a second each."""
    timed = (f"00:00:{i:02}.000 --> 00:00:{i + 1:02}.000\n{cue}\n\n" for i, cue in enumerate(cues, 1))
    return "WEBVTT\n\n" + "".join(timed)


def test_a_voice_names_the_speaker_of_a_turn_that_chevrons_open():
    # A review of ab2bbfc and 6f31200: ">>" (or a dialogue cue's dash, no turn since a second
    # review) opened an unnamed speaker even where a WebVTT voice named the speaker, when it was
    # the speaker before
    assert split_speakers(_vtt("<v Reporter>Good evening.", "<v Reporter>>> Will NATO send troops?")) == [
        ("Good evening.", "Reporter"), ("Will NATO send troops?", "Reporter")]
    assert split_speakers(_vtt("<v Reporter>Good evening.",
                               "<v Reporter>- Will NATO send troops?\n<v Rutte>- No, it will not.")) == [
        ("Good evening.", "Reporter"), ("Will NATO send troops?", "Reporter"), ("No, it will not.", "Rutte")]
    assert split_speakers(_vtt("<v Rutte>We stand with Ukraine.", "<v Rutte>- And we always will.")) == [
        ("We stand with Ukraine.", "Rutte"), ("And we always will.", "Rutte")]
    # without a voice the turn is still no one's named
    assert split_speakers(_vtt("<v Reporter>Good evening.", ">> Will NATO send troops?")) == [
        ("Good evening.", "Reporter"), ("Will NATO send troops?", None)]


def test_a_cue_number_apart_from_its_timing_is_no_words():
    # A review of e89fbd2: a cue's number kept as words, so that an SRT file with a blank line
    # between each cue's number and its timing, or a stray number at its end, gave statements
    # "1", "2". A number is a cue's words only in its text, below its timing.
    spaced = ("1\n\n00:00:01,000 --> 00:00:02,000\nSpending rose by\n\n"
              "2\n\n00:00:02,000 --> 00:00:03,000\nfive percent.\n\n3\n\n00:00:03,000 --> 00:00:04,000\nWe agreed.\n")
    assert split_sentences(spaced) == ["Spending rose by five percent.", "We agreed."]
    stray = _srt("We stand with Ukraine.", "Thank you.") + "3\n"
    assert split_sentences(stray) == ["We stand with Ukraine.", "Thank you."]
    # a number below the timing, in an unended sentence, is still the cue's words, also where the
    # cues' numbers stand apart from their timings (a second review of e89fbd2: that is why they
    # are passed over wherever they stand, or "2" there would take "18" with it)
    assert split_sentences(_srt("Spending rose by", "18", "percent.")) == ["Spending rose by 18 percent."]
    spaced = spaced.replace("five", "18")
    assert split_sentences(spaced) == ["Spending rose by 18 percent.", "We agreed."]


def test_a_cue_numbering_a_list_is_no_statement():
    # A review of e89fbd2: cues numbering a list, "1." / "Deterrence." / "2." / "Support for
    # Ukraine.", gave statements "1." and "2."; they are the list's markers, as before
    assert split_sentences(_srt("There are two priorities.", "1.", "Deterrence.", "2.", "Support for Ukraine.")) == [
        "There are two priorities.", "Deterrence.", "Support for Ukraine."]
    # and so is "N." wherever it stands, a voice's whole turn or not (a second review of e89fbd2:
    # as before the caption work; "How many Allies agreed?" / "1." loses its answer, a known limit)
    voiced = _vtt("<v Reporter>How many Allies agreed?", "<v Mark Rutte>1.", "<v Mark Rutte>Only Sweden.")
    assert split_speakers(voiced) == [("How many Allies agreed?", "Reporter"), ("Only Sweden.", "Mark Rutte")]
    assert split_sentences(_srt("Our priorities are:", "1.", "Deterrence.", "2.", "Defence.")) == [
        "Our priorities are:", "Deterrence.", "Defence."]


def test_the_readme_says_which_cue_a_sentence_runs_on_into():
    # A review of 9ceb158: the README said "a cue is no heading", where only a cue opening with
    # a digit runs on from one read as a heading; it says what the code does
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "(a cue is no heading)" not in readme
    said = ('"NATO now has" / "32 members." and "SUMMIT OUTCOME" / "32 Allies agreed." are one statement each, while '
            '"Article" / "Five is sacred." is two')
    assert said in readme
    assert split_sentences(_srt("NATO now has", "32 members.")) == ["NATO now has 32 members."]
    assert split_sentences(_srt("SUMMIT OUTCOME", "32 Allies agreed.")) == ["SUMMIT OUTCOME 32 Allies agreed."]
    assert split_sentences(_srt("Article", "Five is sacred.")) == ["Article", "Five is sacred."]


def test_a_note_removed_between_dashes_leaves_one_dash():
    # A review of 54d06fb: the dashes around a note went with it, losing a dash the sentence
    # needed ("We will not — (Applause) — we will not back down." gave "We will not we will not
    # back down."); one dash stays in their place, also of a run of notes between dashes
    assert split_sentences("We will not — (Applause) — we will not back down.") == [
        "We will not — we will not back down."]
    assert split_sentences("Russia – and China — [inaudible] — are threats.") == ["Russia – and China — are threats."]
    assert split_sentences("A threat — [applause] — [laughter] — to NATO.") == ["A threat — to NATO."]
    assert split_sentences("A threat -- [applause] -- (Laughter) -- to NATO.") == ["A threat -- to NATO."]


def test_chevrons_before_a_note_alone_open_no_new_speaker():
    # A review of ab2bbfc: ">> [APPLAUSE]" alone on its line opened an unnamed speaker, so that
    # the words below it lost the speaker tagged before; a note is no one's turn
    assert split_speakers(_srt(">> RUTTE: We stand with Ukraine.", ">> [APPLAUSE]", "AND WE ALWAYS WILL.")) == [
        ("We stand with Ukraine.", "RUTTE"), ("AND WE ALWAYS WILL.", "RUTTE")]
    # any note the stage directions know, music and the inaudible too (a review of 0446be8, the
    # revert of 22a2445, which gave the words below such notes to no one)
    for note in ("[INAUDIBLE]", "[CROSSTALK]", "[MUSIC]", "♪ ♪", "[PAUSE]"):
        assert split_speakers(_srt(">> RUTTE: We stand with Ukraine and", f">> {note}", "we always will.")) == [
            ("We stand with Ukraine and we always will.", "RUTTE")], note
    # chevrons before words still open a turn; a tag after them is read as a tag is in a
    # caption file, not in lower case
    assert split_speakers(_srt(">> RUTTE: We stand with Ukraine.", ">> [APPLAUSE] Will NATO send troops?")) == [
        ("We stand with Ukraine.", "RUTTE"), ("Will NATO send troops?", None)]
    assert split_speakers(_srt(">> RUTTE: We stand.", ">> rutte: we stand.")) == [
        ("We stand.", "RUTTE"), ("rutte: we stand.", None)]
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert '(">> Rutte: We will…", in any case)' not in readme


def test_only_digits_without_a_full_stop_below_an_unended_sentence_are_a_cues_words():
    # A second review of e89fbd2, a171627 and d36bbed: list markers after a colon, inside voices,
    # and "2." between "First, deterrence." and "Second, defence." became statements, where they
    # were left out before. Only digits alone, without a full stop, below a cue that did not end a
    # sentence are words of that sentence; every other number alone is as before the caption work.
    assert split_sentences(_srt("Spending rose by", "18", "percent.")) == ["Spending rose by 18 percent."]
    assert split_sentences(_srt("We will spend", "1,200", "billion euros.")) == ["We will spend 1,200 billion euros."]
    assert split_sentences(_srt("Growth was", "3.5", "percent.")) == ["Growth was 3.5 percent."]
    assert split_sentences(_srt("Our priorities are:", "1.", "Deterrence.", "2.", "Defence.")) == [
        "Our priorities are:", "Deterrence.", "Defence."]
    assert split_speakers(_vtt("<v Rutte>Our priorities are three.", "<v Rutte>1.", "<v Rutte>Deterrence.",
                               "<v Rutte>2.", "<v Rutte>Defence.")) == [
        ("Our priorities are three.", "Rutte"), ("Deterrence.", "Rutte"), ("Defence.", "Rutte")]
    assert split_sentences(_srt("First, deterrence.", "2.", "Second, defence.")) == [
        "First, deterrence.", "Second, defence."]
    # a number below a sentence's end, or with a full stop, is a marker or a page's number, as in other text
    assert split_sentences(_srt("Aims.", "1.", "Deterrence.", "2.")) == ["Aims.", "Deterrence."]
    assert split_sentences(_srt("How many Allies?", "32", "All of them.")) == ["How many Allies?", "All of them."]


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_note_removed_between_unspaced_dashes_leaves_one_dash(dash):
    # A second review of b1d5243: Hansard sets an interruption off by dashes without spaces,
    # "said—[Interruption.]—that", which left "said— —that"; one dash stays as of a spaced pair
    assert split_sentences(f"The Minister said{dash}[Interruption.]{dash}that we must act.") == [
        f"The Minister said{dash}that we must act."]
    assert split_sentences(f"A threat{dash}[applause]{dash}[laughter]{dash}to NATO.") == [f"A threat{dash}to NATO."]
    # spaced as before, and a pair of hyphens as it was
    assert split_sentences(f"We will not {dash} (Applause) {dash} we will not back down.") == [
        f"We will not {dash} we will not back down."]
    assert split_sentences("He said -[Interruption.]- that we act.") == ["He said - - that we act."]


@pytest.mark.parametrize("line", [": Ukraine", ":Ukraine", " : Ukraine"])
def test_a_line_opening_with_a_colon_keeps_its_words(line):
    # A fuzzing audit: a line opening with its colon has no name before it, and the test of a
    # numbered part's heading unpacked the name's last two words, none (ValueError), so that the
    # document, and every document of a batch with it, failed; it is words, as after ";" or ","
    text = f"The minister said\n{line}\nmust win."
    words = "".join(stance.score_document(text).sentences.text).replace(":", "").split()
    assert words == ["The", "minister", "said", "Ukraine", "must", "win."]
    docs = stance.score_documents({"ok.txt": "We stand with Ukraine.", "bad.txt": text})
    rows = docs.sentences
    assert "".join(rows.text[rows.document == "bad.txt"]).replace(":", "").split() == words
    assert rows.text[rows.document == "ok.txt"].tolist() == ["We stand with Ukraine."]


@pytest.mark.parametrize(("text", "expected"), [
    ("We agreed the following\n1.\nDeterrence.\n2.\nDefence.", ["We agreed the following", "Deterrence.", "Defence."]),
    ("We agreed the following\n2.\nDeterrence.\n3.\nDefence.", ["We agreed the following", "Deterrence.", "Defence."]),
    ("We agreed the following\nA.\nDeterrence must be credible.", ["We agreed the following",
                                                                   "Deterrence must be credible."]),
    ("Our Aims\n3.\nDeterrence.", ["Our Aims", "Deterrence."]),
    ("Allies will\n4.\n- spend more", ["Allies will", "spend more"]),
    ("We agree.\n5.\nWe act.", ["We agree.", "We act."]),
    ("The paragraph ends here.\n\n12.\n\nThe next page starts.", ["The paragraph ends here.", "The next page starts."]),
])
def test_a_marker_alone_above_a_list_or_below_a_heading_or_an_end_is_dropped(text, expected):
    # A list's marker alone on its line is dropped: above its item, with a list below it, below a
    # heading or a sentence's end (two rules that kept such a marker on the sentence above, for
    # "…bound by Article" / "5.", glued list numbers, section and page numbers to items and answers)
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Allies will\n(a)\nsupport Ukraine\n(b)\nnot negotiate with Russia",
     ["Allies will", "support Ukraine", "not negotiate with Russia"]),
    ("The agenda\n1.\nOpening of the meeting\n2.\nAdoption of the agenda\n3.\nDefence spending\n4.\nAny other business",
     ["The agenda", "Opening of the meeting", "Adoption of the agenda", "Defence spending", "Any other business"]),
    ("Russia's war is illegal\n12.\nAllies condemn it.", ["Russia's war is illegal", "Allies condemn it."]),
    ("We will support Ukraine for as long as it takes\nII.\nDeterrence and Defence\nAllies must rearm.",
     ["We will support Ukraine for as long as it takes", "Deterrence and Defence", "Allies must rearm."]),
    ("Does the Government back talks now? No\n2.\nSanctions stay in force.",
     ["Does the Government back talks now?", "No", "Sanctions stay in force."]),
    ("Our priorities:\n1.\nA stronger defence plan\n2.\nA new aid plan\n3.\nAnother spending option",
     ["Our priorities:", "A stronger defence plan", "A new aid plan", "Another spending option"]),
    ("Part I. The Threat\nRussia is the most significant threat.",
     ["Part I. The Threat", "Russia is the most significant threat."]),
    ("The Constitution, Article I. Section 8, gives Congress the power to declare war.",
     ["The Constitution, Article I. Section 8, gives Congress the power to declare war."]),
    ("Class A. Smith was elected.", ["Class A. Smith was elected."]),
])
def test_list_markers_section_numbers_and_lettered_parts_split_as_reviews_expect(text, expected):
    # Two reviews of rules that kept a marker alone on the sentence above ("…bound by Article" /
    # "5.") and ended a sentence after a variant's letter ("Plan B."): each glued a list's number, a
    # section's or an answer's "No 2." to a line, or cut a heading or a name; both were reverted
    assert split_sentences(text) == expected


def test_a_marker_between_pieces_of_one_sentence_keeps_its_words():
    # A fuzzing audit: "A." cut off between "Then Art." and "2024." was dropped as an inline list's
    # marker, though the piece after it goes on with the sentence before it: it is inside that sentence
    assert split_sentences("Then Art. A. 2024.") == ["Then Art. A. 2024."]
    # an inline list's markers are dropped as before
    assert split_sentences("We agreed. 2. We put troops in.") == ["We agreed.", "We put troops in."]
    assert split_sentences("We did three things: 1. We agreed. 2. We put troops in.") == [
        "We did three things:", "We agreed.", "We put troops in."]


def test_score_documents_profiles_the_documents_in_the_order_given():
    # The statements followed the order given and the profile sorted the names as a reader
    # counts ("x9" before "x10", "speech2" before "speech"); both now follow the order given.
    for names in (["x10", "x9"], ["speech", "speech2"], ["speech2", "speech"]):
        docs = stance.score_documents(dict(zip(names, ["We will arm Ukraine.", "NATO must stand united."])))
        assert list(dict.fromkeys(docs.sentences.document)) == names
        assert docs.profile.index.get_level_values("document").unique().tolist() == names
    # So does the profile of some speakers (stance document --speaker, doc.plot(speakers=)).
    docs = stance.score_documents({"x10": "RUTTE: We will arm Ukraine.", "x9": "RUTTE: NATO must stand united."})
    kept, _ = docs._of_speakers(["rutte"], argument="--speaker=")
    assert kept.profile.index.get_level_values("document").unique().tolist() == ["x10", "x9"]


@pytest.mark.parametrize("column", ["month", "weight", "code"])
def test_an_empty_grouped_profile_keeps_its_columns_dtype_and_stacks_as_one(column):
    # A review of 84b830e: an empty profile's group level was decided text by its values,
    # vacuously so of none, so a column of Periods (the README's by=to_period("M")) or floats
    # gave a text level, and every statement off-topic gave object, where a profile of some
    # has period[M] or float64: concatenated, the level was object. So too numbers held as
    # object, whose profile of some is of int64.
    scored = stance.score(["NATO must stay united.", "We must deter Russia.", "Lovely weather today.",
                           "The rain is heavy."])
    scored["month"] = pd.PeriodIndex(["2024-01", "2024-02", "2024-02", "2024-03"], freq="M")
    scored["weight"] = [1.5, 2.5, 3.5, 4.5]
    scored["code"] = pd.Series([1, 2, 3, 4], dtype=object)
    some, off_topic = stance.profile(scored.iloc[:2], by=column), stance.profile(scored.iloc[2:], by=column)
    assert len(off_topic) == 0 and off_topic.index.levels[0].dtype == some.index.levels[0].dtype != object
    assert pd.concat([some, off_topic]).index.levels[0].dtype == some.index.levels[0].dtype
    if column != "code":  # an empty column of objects says nothing of its values: read as names
        empty = stance.profile(scored.iloc[:0], by=column)
        assert empty.index.levels[0].dtype == some.index.levels[0].dtype


def test_a_target_named_none_of_a_model_without_an_off_topic_label_is_profiled(tmp_path, capsys):
    # An audit: a model trained with none_label=None on a target called "none" left it out of
    # score_document's profile, of stance.profile(m.score(frame)) and of `stance document`,
    # though its rows were counted in every share's denominator: the frames' attrs recorded
    # nothing for a model without an off-topic label, and profile read nothing as "none".
    from stance.cli import main

    codes = ["413", "505", "none"] * 40
    frame = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                          "codes": codes})
    model = stance.train(frame, labels_column="codes", none_label=None)
    shares = {"413": 1 / 3, "505": 1 / 3, "none": 1 / 3}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "without a word", as the README says
        scored = model.score(pd.DataFrame({"text": ["wnonea wnoneb", "w413a w413b", "w505a w505b"]}))
        assert scored.attrs == {"none_labels": {"labels": None}, "targets": {"labels": ["413", "505", "none"]}}
        assert profile(scored).share.to_dict() == pytest.approx(shares)
        doc = stance.score_document("wnonea wnoneb. w413a w413b. w505a w505b.", model=model)
        assert doc.profile.share.to_dict() == pytest.approx(shares)
        assert profile(doc.sentences).share.to_dict() == pytest.approx(shares)
        # the record is of the labels column the model wrote, pred_labels here
        scored = model.score(frame.head(3), text_column="text", prefix="pred_")
        assert scored.attrs == {"none_labels": {"pred_labels": None},
                                "targets": {"pred_labels": ["413", "505", "none"]}}
        assert "none" in profile(scored, prefix="pred_").index
    # a none_label given still wins, and a frame that lost the record reads "none" as before
    assert "none" not in profile(doc.sentences, none_label="none").index
    lost = doc.sentences.copy()
    lost.attrs = {}  # read back from a CSV file (a Parquet file keeps attrs from pandas 2.1 on)
    assert "none" not in profile(lost).index
    model.save(tmp_path / "m")
    (tmp_path / "doc.txt").write_text("wnonea wnoneb. w413a w413b. w505a w505b.\n", encoding="utf-8")
    assert main(["document", str(tmp_path / "doc.txt"), "--model", str(tmp_path / "m")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^\s*none\b", out, re.MULTILINE), out


def test_an_english_abbreviation_before_a_word_in_lower_case_ends_no_sentence():
    # A speech reader's audit: "The govt. has promised…" was cut into "The govt." and "has promised…",
    # as were "max.", "yr.", "intl." and their like before a word in lower case, where "approx." and
    # "incl." were kept whole.
    assert split_sentences("The govt. has promised more ammunition to Kyiv.") == [
        "The govt. has promised more ammunition to Kyiv."]
    assert split_sentences("Troops were kept at max. readiness in Estonia. Spending rose 5% yr. on yr. in "
                           "Poland.") == ["Troops were kept at max. readiness in Estonia.",
                                          "Spending rose 5% yr. on yr. in Poland."]
    for short in ("intl.", "avg.", "yrs.", "hrs.", "mins.", "km.", "kg.", "resp.", "mil.", "tel.", "wk.", "nos.",
                  "ea.", "abt."):
        assert split_sentences(f"Allies sent 5 {short} more than asked. NATO agreed.") == [
            f"Allies sent 5 {short} more than asked.", "NATO agreed."], short
    # before a capital they end one, as "etc." does
    assert split_sentences("Spending rose 5% a yr. Allies agreed.") == ["Spending rose 5% a yr.", "Allies agreed."]
    # in a post all in lower case they end one as any word does ("to the max.", "the govt.")
    assert split_sentences("we pushed it to the max. we need more.") == ["we pushed it to the max.", "we need more."]
    assert split_sentences("the govt. has promised more.") == ["the govt.", "has promised more."]
    # the text up to the stop decides, as the README says (a review of 7809beb5): a capital after it counts not
    assert split_sentences("the govt. has promised more to NATO.") == ["the govt.", "has promised more to NATO."]
    # an ordinary word still ends one, as before
    assert split_sentences("Allies met. then they left.") == ["Allies met.", "then they left."]
    # A journalist's audit: "est." ("estimated") was cut from a word in lower case after it, where
    # "approx." and "govt." go on; before a capital it still ends one ("le flanc est." / "La Pologne").
    assert split_sentences("The cost, est. at EUR 11 bn., will be borne by Berlin.") == [
        "The cost, est. at EUR 11 bn., will be borne by Berlin."]
    assert split_sentences("Losses, est. in the thousands, grew.") == ["Losses, est. in the thousands, grew."]
    assert split_sentences("Nous renforçons le flanc est. La Pologne aide.") == [
        "Nous renforçons le flanc est.", "La Pologne aide."]


@pytest.mark.parametrize("text", ["The cost, est. €11bn, will be borne by Berlin.",
                                  "The cost, est. ~EUR 11 bn., will be borne by Berlin.",
                                  "The cost, est. $12bn, will be borne by Berlin."])
def test_est_goes_on_before_an_amount_as_approx_does(text):
    # A review of 9d7d5dad: the README said "est." goes on as "approx." does, which it did before
    # letters alone: "est. €11bn" and "est. ~EUR 11 bn." were still cut after it.
    assert split_sentences(text) == [text]
    assert split_sentences(text.replace("est.", "approx.")) == [text.replace("est.", "approx.")]
    assert split_sentences("We pay. €11bn more is needed.") == ["We pay.", "€11bn more is needed."]


def test_a_stop_before_a_closing_bracket_and_a_word_in_lower_case_ends_no_sentence():
    # A speech reader's audit: "(held in Brussels.) were long" was cut after the bracket, where the
    # README says a stop inside brackets that close after it ends no sentence ("(gegr. 1949) ist").
    assert split_sentences("The talks (held in Brussels.) were long. Allies agreed.") == [
        "The talks (held in Brussels.) were long.", "Allies agreed."]
    assert split_sentences("The plan (3 yrs.) is funded. Allies agreed.") == [
        "The plan (3 yrs.) is funded.", "Allies agreed."]
    assert split_sentences("The talks [held in Brussels.] were long, and (why?) they ended late. Allies agreed.") == [
        "The talks [held in Brussels.] were long, and (why?) they ended late.", "Allies agreed."]
    # before a capital it ends one, as before
    assert split_sentences("Allies met (in Riga.) Then they left.") == ["Allies met (in Riga.)", "Then they left."]
    # in a post all in lower case, lower case after a stop says nothing, as after a quote
    assert split_sentences("we met (in riga.) we left.") == ["we met (in riga.)", "we left."]
    # a whole sentence in brackets still ends, as before
    assert split_sentences("NATO met. (The vote was close.) allies left.") == [
        "NATO met.", "(The vote was close.)", "allies left."]


def test_a_moderator_named_in_brackets_is_named_by_a_later_tag_in_another_case():
    # A speech reader's audit: "Moderator (Allison Hart):" named Allison Hart, but a later "MODERATOR:" named
    # "MODERATOR", where the README says a later "Moderator:" names her too and tags differing only in case agree;
    # so leaving her out kept the moderator's later lines.
    mod = "Moderator (Allison Hart): Welcome.\nRUTTE: Thanks.\nMODERATOR: Next question.\nModerator: Last one.\n"
    assert split_speakers(mod) == [("Welcome.", "Allison Hart"), ("Thanks.", "RUTTE"),
                                   ("Next question.", "Allison Hart"), ("Last one.", "Allison Hart")]
    kept, _ = stance.score_document(mod)._of_speakers(["Allison Hart"], leave_out=True)
    assert kept.sentences.text.tolist() == ["Thanks."]
    # a line opening in lower case is no tag (a review of c61d3ee5): its words go on with the speaker above, its
    # "moderator:" kept, whoever that is
    assert split_speakers("Moderator (Allison Hart): Welcome.\nRUTTE: Thanks.\nmoderator: Last one.") == [
        ("Welcome.", "Allison Hart"), ("Thanks.", "RUTTE"), ("moderator: Last one.", "RUTTE")]
    assert [speaker for _, speaker in split_speakers("HOST (Jane Doe): Hi.\nRUTTE: Yes.\nHost: Bye.")] == [
        "Jane Doe", "RUTTE", "Jane Doe"]


def test_a_sentence_after_a_links_label_is_kept_as_after_a_sources():
    # A speech reader's audit: "Related: We will never abandon Ukraine." was left out whole, silently, as a
    # link's label with its headline, where "Also read: …", "Watch: …" and "Source: NATO estimates show…" keep
    # their sentence. A sentence after the label is a statement now, its label with it; a headline is a link's.
    text = ("Allies met in Riga.\n\nRelated: We will never abandon Ukraine.\n\nRead more: Ukraine must get more "
            "weapons now.\n\nSee also: we must keep sending weapons to Kyiv.\n\nRelated coverage: NATO summit in "
            "Vilnius\n\nRead more: nato.int/news/allies-agree.\n\nRelated: Allies act.\n\nThe talks ended.")
    assert split_sentences(text) == [
        "Allies met in Riga.", "Related: We will never abandon Ukraine.",
        "Read more: Ukraine must get more weapons now.", "See also: we must keep sending weapons to Kyiv.",
        "The talks ended."]
    # its label names no speaker in a transcript, as "Also read:" names none
    assert split_speakers("RUTTE: We met.\nRelated: We will never abandon Ukraine.\nQ: Why?") == [
        ("We met.", "RUTTE"), ("Related: We will never abandon Ukraine.", "RUTTE"), ("Why?", "Q")]


def test_a_stage_direction_before_an_ellipsis_leaves_its_space():
    # A speech reader's audit: "(pause)" between two ASCII ellipses glued them and the words, "support......flowing",
    # and "support (pause) ...flowing" gave "support...flowing", where Unicode's "…" gave "support… …flowing".
    assert split_speakers("RUTTE: We will keep the support... (pause) ...flowing to Kyiv.\nQ: Thanks.") == [
        ("We will keep the support... ...flowing to Kyiv.", "RUTTE"), ("Thanks.", "Q")]
    assert split_sentences("We will keep the support (pause) ...flowing to Kyiv.") == [
        "We will keep the support ...flowing to Kyiv."]
    assert split_sentences("We will keep the support… (pause) …flowing to Kyiv.") == [
        "We will keep the support… …flowing to Kyiv."]
    # punctuation after a direction still takes no space before it, an ellipsis touching it neither
    assert split_sentences("We will defend every inch (inaudible), and (pause)... more.") == [
        "We will defend every inch, and... more."]


def test_a_news_pages_correction_note_modified_line_subscribe_call_and_embedded_posts_signature_are_furniture():
    # A speech reader's audit: a publisher's note on a correction, the Guardian's "Last modified on" line with its
    # abbreviated weekday, a call to subscribe and an embedded post's signature were scored as statements.
    page = ("Allies met in Riga.\n\nLast modified on Tue 3 Mar 2026 14.32 GMT\n\n"
            "This article was amended on 4 March 2026 to correct the name of a minister.\n\n"
            "Click here to subscribe\n\nNATO stands with Ukraine.\n"
            "— Mark Rutte (@SecGenNATO) March 3, 2026\n\nThe talks ended.")
    assert split_sentences(page) == ["Allies met in Riga.", "NATO stands with Ukraine.", "The talks ended."]
    # a sentence saying so is words
    words = ("The article was amended by Allies to correct the plan.\n\nClick here to see our plan for Ukraine.\n\n"
             "— Mark Rutte said we must act.\n\nLast modified on Tue 3 Mar 2026, the plan still stands.")
    assert split_sentences(words) == ["The article was amended by Allies to correct the plan.",
                                      "Click here to see our plan for Ukraine.", "Mark Rutte said we must act.",
                                      "Last modified on Tue 3 Mar 2026, the plan still stands."]


def test_a_correction_note_drops_only_its_own_sentence_and_a_laws_article_amended_stays():
    # A review of 91b481fb: the note's pattern took the rest of its line, a speaker's sentence after it lost,
    # and an MEP's words on a regulation's article were left out whole.
    # A review of 178161c8: the note is left out to its line's end after all, as a page prints it: a sentence
    # after it there is the note's ("An earlier version said…"), and an abbreviation within it left a scrap.
    page = ("Allies met in Riga.\n\nThis article was amended on 4 March 2026. An earlier version said that Mark Rutte "
            "was the Dutch prime minister; he is Nato's secretary general.\n\nThis story has been updated to correct "
            "a figure.\n\nThis article was updated on 4 March 2026 to include comments from the U.S. State "
            "Department.\n\nThis article was amended to correct the spelling of Mr. Rutte's name.")
    assert split_sentences(page) == ["Allies met in Riga."]
    speech = ("This article has been amended to include Ukraine's defence industry. That is right.\n"
              "This report was updated to reflect the new threat from Russia. We must adopt it.\n"
              "This page was amended on Tuesday to add our pledges.")
    assert split_sentences(speech) == ["This article has been amended to include Ukraine's defence industry.",
                                       "That is right.",
                                       "This report was updated to reflect the new threat from Russia.",
                                       "We must adopt it.", "This page was amended on Tuesday to add our pledges."]


def test_a_question_headline_after_a_links_label_stays_a_link():
    # A review of ecfd5aa3: a linked headline ending in "?" was scored as a statement, where before that commit it
    # was left out with its label, and the README says a sentence after a link's label ends with a stop.
    text = ("Nato leaders met in The Hague.\n\nRead more: What does Nato do and how does it work?\n\n"
            "Related: Can Europe defend itself without the US?\n\nSee also: Is Russia preparing to attack a Nato "
            "country?\n\nRead more: Who is Mark Rutte, Nato's new secretary general?\n\n"
            "Related: We will never abandon Ukraine.\n\nThe summit ended.")
    assert split_sentences(text) == ["Nato leaders met in The Hague.", "Related: We will never abandon Ukraine.",
                                     "The summit ended."]


def test_a_short_form_in_a_text_all_in_lower_case_ends_a_sentence_as_any_word_does():
    # A review of e9df96da: in a post all in lower case, "yr.", "hrs.", "govt." and their like before a word in
    # lower case joined real sentences ("we spent 2% last yr. this yr. it is 2.5%" was one statement), where lower
    # case after a stop says nothing there, the reason "max." was held back.
    assert split_sentences("we spent 2% last yr. this yr. it is 2.5%") == [
        "we spent 2% last yr.", "this yr.", "it is 2.5%"]
    assert split_sentences("we trained 6 hrs. everyone was tired") == ["we trained 6 hrs.", "everyone was tired"]
    for short in ("govt.", "intl.", "km.", "wks.", "kg.", "max."):
        assert split_sentences(f"we got 5 {short} they left") == [f"we got 5 {short}", "they left"], short
    # with a capital in the sentence they go on before lower case, as since e9df96da
    assert split_sentences("He cut spending by 5% this yr. next year it rises.") == [
        "He cut spending by 5% this yr. next year it rises."]
    assert split_sentences("The govt. has promised more.") == ["The govt. has promised more."]


def test_a_call_to_click_here_is_furniture_only_in_a_newsletters_few_words():
    # A review of 91b481fb: "Click here to sign up for the reserves and defend your country." was left out as a
    # newsletter's call, its sentence lost; only the link's own words are furniture.
    calls = ("Allies met in Riga.\n\nClick here to subscribe\n\nClick here to sign up for our daily briefing.\n\n"
             "Click here to register for the event.\n\nClick here to read more\n\n"
             "Click here to subscribe to our Defence Brief newsletter\n\nThe talks ended.")
    assert split_sentences(calls) == ["Allies met in Riga.", "The talks ended."]
    words = ("Click here to sign up for the reserves and defend your country.\n\n"
             "Click here to subscribe to a better future for Ukraine.\n\n"
             "Click here to register for the reserves today and serve.")
    assert split_sentences(words) == ["Click here to sign up for the reserves and defend your country.",
                                      "Click here to subscribe to a better future for Ukraine.",
                                      "Click here to register for the reserves today and serve."]


def test_a_moderators_tag_before_the_holder_is_named_stays_the_office():
    # A review of c61d3ee5: the README now says a tag of the office above the line naming its holder is not
    # joined to the holder, as the split reads a text once, top to bottom.
    text = "MODERATOR: Good morning.\nModerator (Allison Hart): Thank you.\nRUTTE: We act.\nMODERATOR: Next."
    assert split_speakers(text) == [("Good morning.", "MODERATOR"), ("Thank you.", "Allison Hart"),
                                    ("We act.", "RUTTE"), ("Next.", "Allison Hart")]


def test_a_none_label_record_is_honoured_only_while_the_frames_labels_are_the_recording_models():
    # A review of e6d55a8a: a frame scored by a model without an off-topic label kept its record
    # {"labels": None} when another model's columns were written into it, and profile then
    # counted that model's off-topic "none" as a target, silently (the warning of an unnamed
    # off-topic label was skipped whenever the record said None).
    codes = ["413", "505", "none"] * 40
    frame = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                          "codes": codes})
    targets_all = stance.train(frame, labels_column="codes", none_label=None, threshold_folds=0)
    other = frame.assign(codes=frame.codes.map({"413": "gas", "505": "wind", "none": "none"}),
                         text=frame.text.str.replace("w413", "wgas").str.replace("w505", "wwind"))
    off_topic = stance.train(other, labels_column="codes", threshold_folds=0)  # "none" is off-topic
    test = pd.DataFrame({"text": ["wnonea wnoneb", "w413a w413b", "w505a w505b", "wgasa wgasb", "wwinda wwindb"]})
    scored, theirs = targets_all.score(test), off_topic.score(test)
    assert "none" in profile(scored).index and "none" in profile(scored.head(3)).index  # its own: a target
    stale = scored.copy()
    stale[theirs.columns] = theirs  # the other model's answers, under the first's record
    assert stale.attrs["none_labels"] == {"labels": None}
    assert "none" not in profile(stale).index  # read as "none", as a frame without a record is
    assert sorted(profile(stale).index) == ["gas", "wind"]


def test_the_readme_says_which_files_keep_a_scored_frames_record_of_its_off_topic_label(tmp_path):
    # A review of e6d55a8a: the README and recorded_none_label said a file drops the record
    # ("but not through a merge or a file"), but read_parquet keeps attrs from pandas 2.1 on
    # (2.0 drops them), and a pickle keeps them; a CSV file drops them.
    codes = ["413", "505", "none"] * 40
    frame = pd.DataFrame({"text": [f"w{c}a w{c}b filler{i % 7} x{i % 5}" for i, c in enumerate(codes)],
                          "codes": codes})
    model = stance.train(frame, labels_column="codes", none_label=None, threshold_folds=0)
    scored = model.score(pd.DataFrame({"text": ["wnonea wnoneb", "w413a w413b", "w505a w505b"]}))
    scored.to_parquet(tmp_path / "s.parquet")
    scored.to_csv(tmp_path / "s.csv", index=False)
    parquet, csv = pd.read_parquet(tmp_path / "s.parquet"), pd.read_csv(tmp_path / "s.csv")
    kept = tuple(int(part) for part in pd.__version__.split(".")[:2]) >= (2, 1)
    assert ("none" in profile(parquet).index) is kept and "none" not in profile(csv).index
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "but not through a merge or a file" not in readme
    assert "a Parquet file keeps it from pandas 2.1 on" in readme
    from stance.profile import recorded_none_label

    assert "a file read back has none" not in recorded_none_label.__doc__


def test_a_call_to_click_here_is_furniture_by_what_it_signs_up_for_not_by_its_length():
    # Last session's review: a call with at most two words after "for" was a newsletter's, so "Click here to sign
    # up for the army." was left out; what is signed up for tells a page's call from a statement's.
    calls = ("Allies met in Riga.\n\nClick here to sign up for our newsletter.\n\nClick here to sign up for alerts.\n\n"
             "Click here to subscribe to updates\n\nClick here to register for our emails.\n\n"
             "Click here to sign up for the daily briefing.\n\nSign up for our morning briefing\n\nThe talks ended.")
    assert split_sentences(calls) == ["Allies met in Riga.", "The talks ended."]
    words = ("Click here to sign up for the army.\n\nClick here to sign up for the reserves.\n\n"
             "Click here to register for a rally!\n\nClick here to sign up for the petition.")
    assert split_sentences(words) == ["Click here to sign up for the army.", "Click here to sign up for the reserves.",
                                      "Click here to register for a rally!", "Click here to sign up for the petition."]



def test_a_unit_after_its_number_ends_a_sentence_alike_in_short_and_plural_form():
    # Last session's review: "10 min." and "10 mins." ended sentences differently; so did "10 sec." and "10 secs.".
    # Before a capital each ends one; before lower case each goes on, but in a sentence all in lower case.
    for unit in ("min.", "mins.", "sec.", "secs.", "hr.", "hrs.", "km.", "kg."):
        assert split_sentences(f"The drill took 10 {unit} Then the jets landed.") == [
            f"The drill took 10 {unit}", "Then the jets landed."], unit
        assert split_sentences(f"The drill took 10 {unit} longer than planned.") == [
            f"The drill took 10 {unit} longer than planned."], unit
    for unit in ("min.", "mins.", "sec.", "secs.", "hr.", "hrs.", "km."):
        assert split_sentences(f"the drill took 10 {unit} then the jets landed") == [
            f"the drill took 10 {unit}", "then the jets landed"], unit
    # "sec." before its number is a section still, and a title before a name
    assert split_sentences("Check sec. 3 of the communiqué.") == ["Check sec. 3 of the communiqué."]
    assert split_sentences("The Sec. Gen. said we are united.") == ["The Sec. Gen. said we are united."]


def test_a_call_to_click_here_for_a_named_publication_or_for_free_is_furniture_still():
    # A review of f0f89034: a call told by what it signs up for let the parent's furniture through as statements,
    # a publication's name ("Click here to subscribe to The Times") and "for free"; positions stay words.
    calls = ("Allies met in Riga.\n\nClick here to subscribe to The Times\n\n"
             "Click here to subscribe to Defense News\n\nClick here to sign up for Politico Playbook\n\n"
             "Click here to sign up for the Financial Times\n\n"
             "Click here to sign up for free\n\nClick here to register for free\n\n"
             "Click here to subscribe for free!\n\nThe talks ended.")
    assert split_sentences(calls) == ["Allies met in Riga.", "The talks ended."]
    words = ("Click here to sign up for the army.\n\nClick here to sign up for the reserves.\n\n"
             "Register for the draft.\n\nSign up for our reserves and defend the eastern flank.")
    assert split_sentences(words) == [
        "Click here to sign up for the army.", "Click here to sign up for the reserves.", "Register for the draft.",
        "Sign up for our reserves and defend the eastern flank."]


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_seconds_after_their_number_end_a_sentence_as_their_plural_does(space):
    # A review of 257acdd5: "90 sec." went on before an acronym and in lower case where "90 secs." ended one, and
    # the test of that commit left "sec." out of its lower-case loop.
    for unit in ("sec.", "secs.", "min.", "mins.", "hr.", "hrs."):
        assert split_sentences(f"It took 90{space}{unit} NATO says this is enough.") == [
            f"It took 90{space}{unit}", "NATO says this is enough."], unit
        assert split_sentences(f"the drill took 10{space}{unit} then the jets landed") == [
            f"the drill took 10{space}{unit}", "then the jets landed"], unit


def test_a_unit_after_its_number_goes_on_in_lower_case_before_a_word_that_carries_the_sentence_on():
    # A review of 257acdd5: a lower-case post was cut after "10 min." mid-sentence, where its parent gave one
    # statement ("mins." was cut so already); "then" opens a sentence there, "to", "for", "and"… carry it on.
    for unit in ("min.", "mins.", "sec.", "secs.", "hr.", "hrs."):
        for text in (f"it took 10 {unit} to get there and nato did nothing", f"we waited 20 {unit} for the convoy",
                     f"nato talked for 5 {unit} and left", f"the drill took 10 {unit} longer than planned"):
            assert split_sentences(text) == [text], text
        assert split_sentences(f"The drill took 10 {unit} longer than planned.") == [
            f"The drill took 10 {unit} longer than planned."], unit


def test_a_call_to_click_here_for_a_capitalised_force_is_a_statement_not_a_publication():
    # A review of 2f75e4a3: any capitalised words after "for"/"to" were taken for a publication's name, and a
    # statement signing up for a force was dropped as the page's call; a publication is told by its own word
    # (Times, News, Playbook…) or by "subscribe to", which takes one.
    statements = ["Click here to sign up for the Army Reserve.",
                  "Click here to register for the Territorial Defence Forces.",
                  "Click here to register for the National Guard.", "Click here to sign up for the Ukrainian Legion.",
                  "Click here to sign up for NATO", "Click here to register for Ukraine's Army"]
    for statement in statements:
        assert split_sentences(f"Allies met in Riga.\n\n{statement}\n\nThe talks ended.") == [
            "Allies met in Riga.", statement, "The talks ended."], statement
    assert stance.score_document("\n\n".join(statements)).sentences.text.tolist() == statements
    calls = ("Allies met in Riga.\n\nClick here to subscribe to The Times\n\n"
             "Click here to subscribe to Kyiv Independent\n\nClick here to sign up for the Washington Post\n\n"
             "Click here to sign up for The Economist\n\n"
             "The talks ended.")
    assert split_sentences(calls) == ["Allies met in Riga.", "The talks ended."]


def test_a_documents_link_to_no_file_beside_a_missing_one_is_named_so(tmp_path, monkeypatch, capsys):
    # A review of 9165a524: `stance document G/note.txt` beside G/notes.txt -> notes.txt.gone said a bare "file
    # not found", where a table's reader names such a link; a_document's os.path.isfile left it out of the hint.
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("G").mkdir()
    Path("G/notes.txt").symlink_to("notes.txt.gone")
    assert main(["document", "G/note.txt"]) == 2
    said = capsys.readouterr().err
    assert "'G/notes.txt' beside it is a symbolic link to no file, its target missing or in a loop" in said, said
    Path("G/notes.txt").unlink()
    Path("G/notes.txt").mkdir()  # a folder so named is no document to offer still
    assert main(["document", "G/note.txt"]) == 2
    assert "did you mean" not in capsys.readouterr().err
    # a folder of such a link alone holds no document to glob: the link is named
    Path("F").mkdir()
    Path("F/speech.txt").symlink_to("gone.txt")
    assert main(["document", "F"]) == 2
    said = capsys.readouterr().err
    assert "no documents in it" in said and "1 symbolic link(s) to no file (speech.txt)" in said, said


def test_a_publications_word_ends_its_name_and_subscribe_to_takes_no_other_name():
    # A review of 07849b31: a publication's word anywhere in a capitalised name made the call furniture ("Click
    # here to register for the NPT Review Conference.", "…for the Independent Ukrainian Legion.", "…for the Daily
    # Drills."), and any capitalised name after "subscribe to" ("…to the Territorial Defence Forces."): statements
    # lost without a word. The publication's word ends its name; the pages' own calls go still.
    from stance.sentences import split_sentences

    clutter = ["Click here to subscribe to The Times", "Click here to subscribe to Defense News",
               "Click here to sign up for Politico Playbook", "Click here to sign up for the Financial Times",
               "Click here to subscribe to Kyiv Independent", "Click here to sign up for free",
               # a review of ad53c09a: after "subscribe to", a masthead without a publication's word goes too
               "Click here to subscribe to Foreign Affairs", "Click here to subscribe to POLITICO",
               "Click here to subscribe to The Atlantic"]
    calls = ["Click here to register for the NPT Review Conference.", "Click here to sign up for the Observer Mission.",
             "Click here to sign up for the Daily Drills.",
             "Click here to sign up for the Independent Ukrainian Legion.",
             "Click here to subscribe to the Territorial Defence Forces.",
             "Click here to sign up for the Army Reserve."]
    for line in clutter:
        assert split_sentences(f"Allies met in Riga.\n\n{line}\n\nThe talks ended.") == [
            "Allies met in Riga.", "The talks ended."], line
    for line in calls:
        assert split_sentences(f"Allies met in Riga.\n\n{line}\n\nThe talks ended.") == [
            "Allies met in Riga.", line, "The talks ended."], line


def test_a_glob_of_documents_names_its_links_to_no_file(tmp_path, monkeypatch, capsys):
    # The last session's leftover: `stance document 'F/*.txt'` of links to no file alone said "no files match", as
    # if mistyped, and beside a document left them out without a word, where a glob of tables names them.
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("F").mkdir()
    Path("F/a.txt").symlink_to("gone.txt")
    assert main(["document", "F/*.txt"]) == 2
    said = capsys.readouterr().err
    assert "glob 'F/*.txt' matches no file but 1 symbolic link(s) to no file (a.txt), whose target is missing" in said
    assert "no files match" not in said, said
    Path("F/b.txt").write_text("We stand together with Ukraine.", encoding="utf-8")
    assert main(["document", "F/*.txt", "-o", "out.csv"]) == 0
    said = capsys.readouterr().err
    assert "warning: FILE: left out 1 symbolic link(s) to no file (a.txt) of glob 'F/*.txt'" in said, said
    assert pd.read_csv("out.csv").text.tolist() == ["We stand together with Ukraine."]


def test_a_glob_of_documents_names_its_folders_named_as_documents(tmp_path, monkeypatch, capsys):
    # A review of feaabe83: `stance document 'H/*.txt'` where H/sub.txt/ is a folder said "no files match", as if
    # mistyped, and beside a document left it out without a word, where a glob of tables names such folders.
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("H/sub.txt").mkdir(parents=True)
    Path("H/sub.txt/part-1.TXT").write_text("We back the eastern flank.", encoding="utf-8")
    Path("H/gone.txt").symlink_to("nowhere.txt")
    assert main(["document", "H/*.txt"]) == 2
    said = capsys.readouterr().err
    assert ("glob 'H/*.txt' matches no file but 1 symbolic link(s) to no file (gone.txt), whose target is missing or "
            "in a loop; point each at its file, or remove it; 1 folder(s) named as a document (sub.txt), whose files "
            "a glob does not reach; give the glob of them to read them, 'H/sub.txt/*.TXT'") in said, said
    assert main(["document", "H/sub.txt/*.TXT", "-o", "sub.csv"]) == 0  # the advice, followed
    Path("H/b.txt").write_text("We stand together with Ukraine.", encoding="utf-8")
    assert main(["document", "H/*.txt", "-o", "out.csv"]) == 0
    said = capsys.readouterr().err
    assert "warning: FILE: glob 'H/*.txt': passed over 1 folder(s) named as a document (sub.txt)" in said, said


def test_a_glob_of_documents_tells_its_folders_named_as_documents_what_a_glob_of_tables_tells_its_own(
        tmp_path, monkeypatch, capsys):
    # A review of e8304793: the documents' near-copy of the tables' advice drifted: a folder of hidden files alone
    # was said to hold no document, where a table folder is said to hold only files a glob skips; and one of
    # folders alone was said to hold no document, where their documents are there.
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("H/sub.txt").mkdir(parents=True)
    Path("H/sub.txt/.draft.txt").write_text("We back the eastern flank.", encoding="utf-8")
    assert main(["document", "H/*.txt"]) == 2
    said = capsys.readouterr().err
    assert ("1 folder(s) named as a document (sub.txt), whose files a glob does not reach; sub.txt holds only files "
            "whose names begin with '.' (.draft.txt), which a glob skips") in said, said
    Path("H/sub.txt/.draft.txt").unlink()
    Path("H/sub.txt/2024").mkdir()
    Path("H/sub.txt/2024/speech.txt").write_text("We back the eastern flank.", encoding="utf-8")
    assert main(["document", "H/*.txt"]) == 2
    said = capsys.readouterr().err
    assert "sub.txt holds folders (2024), whose files a glob such as 'H/sub.txt/*/*.txt' reads" in said, said
    assert main(["document", "H/sub.txt/*/*.txt", "-o", "out.csv"]) == 0  # the advice, followed


def test_a_glob_of_documents_advises_the_first_of_its_folders_that_holds_documents(tmp_path, monkeypatch, capsys):
    # A review of 4fbb0c34: an empty a.txt/ before b.txt/ of documents was the one advised, "a.txt holds no file".
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("H/a.txt").mkdir(parents=True)
    Path("H/b.txt").mkdir()
    Path("H/b.txt/speech.txt").write_text("We back the eastern flank.", encoding="utf-8")
    assert main(["document", "H/*.txt"]) == 2
    said = capsys.readouterr().err
    assert ("2 folder(s) named as a document (a.txt, b.txt), whose files a glob does not reach; give the glob of "
            "b.txt's files to read them, 'H/b.txt/*.txt'") in said, said


def test_a_document_folder_of_several_types_is_told_globs_to_give_together(tmp_path, monkeypatch, capsys):
    # A review of 8fc04d0f: the table readers' wording reached stance document, which takes several FILE
    # arguments: a folder sub.txt/ of one.txt and two.md was told to read "each type in a run of its own".
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    Path("DOC/sub.txt").mkdir(parents=True)
    Path("DOC/sub.txt/one.txt").write_text("We stand together.", encoding="utf-8")
    Path("DOC/sub.txt/two.md").write_text("NATO must deter.", encoding="utf-8")
    assert main(["document", "DOC/*.txt"]) == 2
    said = capsys.readouterr().err
    assert "give the globs of them together: 'DOC/sub.txt/*.md' 'DOC/sub.txt/*.txt'" in said, said
    assert "run of its own" not in said
    assert main(["document", "DOC/sub.txt/*.md", "DOC/sub.txt/*.txt", "-o", "out.csv"]) == 0  # as advised
    assert sorted(pd.read_csv("out.csv").text) == ["NATO must deter.", "We stand together."]


def test_a_document_passed_where_its_statements_or_profile_were_meant_is_told_which_to_pass():
    # A notebook's natural stance.profile(doc, by="speaker") said only "got DocumentScore".
    pytest.importorskip("matplotlib")
    doc = stance.score_document("RUTTE: We have a one-speed NATO.")
    statements = r"got DocumentScore \(a document's statements are doc\.sentences: stance\.profile\(doc\.sentences, "
    with pytest.raises(stance.InvalidTypeError, match=statements + r"by='speaker'\)"):
        stance.profile(doc, by="speaker")
    for before, after in ((doc, doc.profile), (doc.profile, doc)):
        with pytest.raises(stance.InvalidTypeError, match=r"DocumentScore \(a document's profile is doc\.profile\)"):
            stance.compare_profiles(before, after)
    with pytest.raises(stance.InvalidTypeError, match=r"got DocumentScore \(doc\.profile, or doc\.plot\(\)\)"):
        stance.plot_profile(doc)
    assert stance.compare_profiles(doc.profile, doc.profile).change.tolist() == [0.0]


def test_a_document_passed_for_a_trend_is_told_how_to_draw_documents_over_time():
    # plot_trend(doc) advised doc.profile, which plot_trend refuses next as a profile of no groups.
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    doc = stance.score_document("RUTTE: We have a one-speed NATO.")
    no_time = r"got DocumentScore \(a document's statements have no time"
    with pytest.raises(stance.InvalidTypeError, match=no_time) as raised:
        stance.plot_trend(doc)
    assert "doc.profile" not in str(raised.value)
    # The advice, followed, draws a line per target over the documents' months.
    frame = pd.DataFrame({"text": ["We have a one-speed NATO.", "Allies stand together. Arm Ukraine now."],
                          "date": pd.to_datetime(["2024-01-05", "2024-02-07"])}, index=["jan", "feb"])
    docs = stance.score_documents(frame)
    docs.sentences["month"] = docs.sentences.date.dt.to_period("M")
    ax = stance.plot_trend(stance.profile(docs.sentences, by="month"))
    assert sorted(line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")) == [
        "ukraine_support", "unity"]
    plt.close("all")


def test_documents_scored_with_their_dates_passed_for_a_trend_are_told_to_draw_those_dates():
    # A review of da4003df: plot_trend(docs) of score_documents(frame), a frame with a date column,
    # said "a document's statements have no time to draw a trend over" of statements that carry
    # their dates, and told the user to do what they had done.
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    frame = pd.DataFrame({"text": ["We have a one-speed NATO.", "Allies stand together. Arm Ukraine now."],
                          "sent": pd.to_datetime(["2024-01-05", "2024-02-07"])}, index=["jan", "feb"])
    doc = stance.score_documents(frame)
    with pytest.raises(stance.InvalidTypeError, match=r"got DocumentScore \(draw its statements by month") as raised:
        stance.plot_trend(doc)
    said = str(raised.value)
    assert "no time" not in said and "doc.sentences['sent'].dt.to_period('M')" in said, said
    # The advice is code that draws: run it as written, a line per target over the two months.
    advice = said[said.index("doc.sentences['month']"):-1].split(", then ")
    exec(advice[0], {"doc": doc})
    ax = eval(advice[1], {"doc": doc, "stance": stance})
    assert ax.get_title() == "Position by month"
    assert sorted(line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")) == [
        "ukraine_support", "unity"]
    # A column of periods is drawn by itself
    frame["sent"] = frame.sent.dt.to_period("M")
    with pytest.raises(stance.InvalidTypeError, match=re.escape(
            "(draw its statements by 'sent': stance.plot_trend(stance.profile(doc.sentences, by='sent')))")):
        stance.plot_trend(stance.score_documents(frame))
    plt.close("all")


def test_documents_scored_with_their_dates_as_text_passed_for_a_trend_are_told_to_draw_those_dates():
    # A review of 33f50a21: a frame read from a CSV file has its dates as text, and plot_trend(docs)
    # of its score still said "no time to draw a trend over" and to score_documents(frame), done already.
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    frame = pd.DataFrame({"text": ["We have a one-speed NATO.", "Allies stand together. Arm Ukraine now."],
                          "sent": ["2024-01-05", "7 February 2024 10:00+02:00"], "by": ["Nowak", "Berg"]},
                         index=["jan", "feb"])
    doc = stance.score_documents(frame)
    with pytest.raises(stance.InvalidTypeError, match=r"got DocumentScore \(draw its statements by month") as raised:
        stance.plot_trend(doc)
    said = str(raised.value)
    assert "no time" not in said and "pd.to_datetime(doc.sentences['sent'], utc=True, format='mixed')" in said, said
    advice = said[said.index("doc.sentences['month']"):-1].split(", then ")  # run as written
    exec(advice[0], {"doc": doc, "pd": pd})
    ax = eval(advice[1], {"doc": doc, "stance": stance})
    assert ax.get_title() == "Position by month"
    assert [str(month) for month in doc.sentences["month"].unique()] == ["2024-01", "2024-02"]
    # Text that is no date (who spoke) is not taken for one: the hint stays what it was
    with pytest.raises(stance.InvalidTypeError, match="no time to draw a trend over"):
        stance.plot_trend(stance.score_documents(frame.drop(columns="sent")))
    plt.close("all")


@pytest.mark.parametrize(("by", "advised"), [
    (None, "stance.profile(doc.sentences)"),
    ("document", "stance.profile(doc.sentences, by='document')"),
    (["document", "speaker"], "stance.profile(doc.sentences, by=['document', 'speaker'])"),
])
def test_a_document_passed_to_profile_is_told_the_call_of_its_statements_with_the_by_given(by, advised):
    # The hint said by='speaker' whatever was asked: stance.profile(docs, by="document"), copied as
    # advised, profiled by speaker instead.
    docs = stance.score_documents({"a": "RUTTE: We have a one-speed NATO.", "b": "We stand with Ukraine."})
    with pytest.raises(stance.InvalidTypeError, match=re.escape(f"doc.sentences: {advised};")):
        stance.profile(docs, by=by)
    groups = [] if by is None else [by] if isinstance(by, str) else by
    assert list(stance.profile(docs.sentences, by=by).index.names) == [*groups, "target"]  # the call works


def test_a_document_passed_to_profile_with_values_for_by_is_not_told_a_call_of_their_printed_values():
    # A review of f2635aa5: the hint repeated by's repr whatever it was, so a Series (by=docs.sentences.document) or a
    # pd.Grouper was printed into the advised call, lines of a Series' values, a call profile refuses in its turn.
    docs = stance.score_documents({"a": "RUTTE: We have a one-speed NATO.", "b": "We stand with Ukraine."})
    for by in [docs.sentences.document, pd.Grouper(key="document"), docs.sentences.document.to_numpy()]:
        with pytest.raises(stance.InvalidTypeError) as refused:
            stance.profile(docs, by=by)
        message = str(refused.value)
        assert "\n" not in message and "Grouper(" not in message and "array(" not in message, message
        assert "stance.profile(doc.sentences, by=<the name of a column of doc.sentences>);" in message
    with pytest.raises(stance.InvalidTypeError, match=re.escape("stance.profile(doc.sentences, by='document');")):
        stance.profile(docs, by=np.str_("document"))  # numpy's text, as read from an array, written as a str


@pytest.mark.parametrize("text", ["BIDEN: God Bless Ukraine\nGod Bless America\n",
                                  "KALLAS: Estonia\nLatvia\nLithuania\n",
                                  "RUTTE: We Will Defend\nEvery Inch Of Allied Territory\n\nThank you.\n"])
def test_a_lone_speakers_title_cased_words_wrapped_onto_a_heading_stay_theirs(text):
    # A review of 60411ade and 97b2baca: with no other tag in the text, a title above any heading was
    # still a headline, so a lone speaker whose words wrapped onto a title-cased line lost them to no
    # one ("BIDEN: God Bless Ukraine" a statement of no speaker); only a question's heading makes one
    said = split_speakers(text)
    assert [who for _, who in said] == [text.partition(":")[0]] * len(said)
    assert not said[0][0].startswith(text.partition(":")[0])


@pytest.mark.parametrize("text, said", [
    ("Wir sind vereint.\n-- \nWir helfen der Ukraine gern. Übermorgen treffen sich die Minister\n",
     ["Wir sind vereint.", "Wir helfen der Ukraine gern.", "Übermorgen treffen sich die Minister"]),
    ("Мы едины.\n-- \nМы поддерживаем друзей. Россия — угроза\n",
     ["Мы едины.", "Мы поддерживаем друзей.", "Россия — угроза"]),
])
def test_words_below_a_signature_separator_are_kept_in_any_alphabet(text, said):
    # A review of 8ea90a1a: a sentence inside a line was told by an ASCII capital after it, so a
    # section below "-- " whose next sentence opened with "Ü", "Р" or "É" was a signature and lost
    assert split_sentences(text) == said


@pytest.mark.parametrize("text, said", [
    ("Thanks.\n-- \nWe stand with Ukraine. Allies must act now\n",
     ["Thanks.", "We stand with Ukraine.", "Allies must act now"]),
    ("Thanks.\n-- \nI work for NATO. Allies must help Ukraine\n",
     ["Thanks.", "I work for NATO.", "Allies must help Ukraine"]),
    ("Thanks.\n-- \nProf. Tom Reed\nDefence correspondent\n", ["Thanks."]),
])
def test_words_below_a_signature_separator_are_kept_after_a_name(text, said):
    # A review of 8ea90a1a: a sentence inside a line counted only after a word in lower case, so a
    # section below "-- " whose sentence ended on a name ("Ukraine.", "NATO.") was a signature and lost;
    # a title's dot ("Prof.") is still none
    assert split_sentences(text) == said


def test_a_cue_voice_before_a_long_run_of_spaces_is_read_in_linear_time():
    # An audit of the reader's patterns: a WebVTT voice's spaces and name were split at each space
    # of a run with no ">" after it, tried again at each: "<v" and 40,000 spaces before a cue's
    # words took 10 s. CPU time, as the other guards.
    spaces = " " * 40_000
    captions = ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Mark Rutte>We stand with Ukraine.</v>\n\n"
                f"00:02.000 --> 00:04.000\n<v{spaces}Allies must spend more.\n")
    started = time.process_time()
    assert stance.sentences.split_statements(captions) == [
        ("We stand with Ukraine.", "Mark Rutte", 4), (f"<v{spaces}Allies must spend more.", "Mark Rutte", 7)]
    # a voice whose name follows the run still names the speaker
    assert stance.sentences.split_statements(
        f"WEBVTT\n\n00:01.000 --> 00:02.000\n<v{spaces}Kaja Kallas>We stand with Ukraine.\n") == [
        ("We stand with Ukraine.", "Kaja Kallas", 4)]
    assert time.process_time() - started < 1.0  # about 0.05 s
    # read as the one pattern was, on lines short enough for it
    from stance.captions import _CUE_VOICE

    pattern = re.compile(r"<v(?:\.[^\s<>.]+)*[ \t]+([^<>]*)>")
    pieces = ["<v", "<v.", ".", "a", " ", "\t", ">", "<", "Rutte", "</v>", "<v.loud", "x y", "\u3000", "<V"]
    for line in ("".join(random.Random(seed).choices(pieces, k=seed % 12)) for seed in range(3000)):
        assert [(m.span(), m.groups()) for m in _CUE_VOICE.finditer(line)] == [
            (m.span(), m.groups()) for m in pattern.finditer(line)], line


def test_a_long_run_of_letters_or_many_dashed_stops_are_cut_in_linear_time():
    # An audit of the reader's patterns: at each stop glued to a dash, the word before it was searched
    # for through the whole text before it, from each letter of a run: 20,000 letters before
    # "Ukraine.— The" took 2.3 s, 2,000 "We stand.— " 1.4 s. CPU time, as the other guards.
    from stance.sentence_cuts import _DASHED_STOP, ABBREVIATIONS, _split_after_dashed_stops

    run = "a" * 40_000
    started = time.process_time()
    assert split_sentences(f"{run} We stand by Ukraine.— The Opposition may shout.") == [
        f"{run} We stand by Ukraine.", "The Opposition may shout."]
    assert _split_after_dashed_stops("We stand.— " * 4_000) == ["We stand."] * 3_999 + ["We stand.— "]
    assert _split_after_dashed_stops(f"{run}hon.— Gentleman.") == [f"{run}hon.", "Gentleman."]  # no abbreviation
    assert time.process_time() - started < 1.0  # about 0.05 s
    # cut as the one search was, on texts short enough for it

    def cut_before(text: str) -> list[str]:
        pieces, start = [], 0
        for match in _DASHED_STOP.finditer(text):
            word = re.search(r"([\w.]+)[.!?]$", text[:match.start(1)])
            if word is not None and word.group(1).lower() in ABBREVIATIONS:
                continue
            pieces.append(text[start:match.start(1)])
            start = match.end(1)
        pieces.append(text[start:])
        return pieces

    words = ["hon", "Jan", "Prof", "Maj.Gen", "xhon", "U.S", "We", "stand", "é", "1", ".", "!", "—", "– ", " ", "\n",
             "Gentleman", "Feb", "aaaaaaaahon"]
    for text in ("".join(random.Random(seed).choices(words, k=seed % 14)) for seed in range(3000)):
        assert _split_after_dashed_stops(text) == cut_before(text), text


@pytest.mark.parametrize("separator", [" | ", " – ", " - ", " · "])
def test_a_sentence_after_a_publication_lines_date_is_kept(separator):
    # The docs4 audit: a story stored in one table cell, its publication line and its text on one line, lost its
    # sentence with the line ("Published 3 March 2026 | NATO must stay united against Russian pressure.")
    line = f"Published 3 March 2026{separator}NATO must stay united against Russian pressure."
    doc = stance.score_document(f"Allies met in Brussels.\n\n{line}\n")
    assert doc.sentences["text"].tolist() == [
        "Allies met in Brussels.", "NATO must stay united against Russian pressure."]
    alone = stance.score_document("NATO must stay united against Russian pressure.").sentences
    assert doc.sentences["label"].tolist()[1] == alone["label"].tolist()[0]  # scored as the sentence alone is
    assert split_sentences(f"Veröffentlicht am 14.10.2025{separator}Die Bundeswehr braucht mehr Soldaten.") == [
        "Die Bundeswehr braucht mehr Soldaten."]
    assert split_sentences(f"Updated 3 March 2026 10:32 CET{separator}Allies agree new spending target") == [
        "Allies agree new spending target"]
    # its time, author, link, reading time or page furniture after the date go with it still
    for tail in ["https://example.org/news/nato-must-stay-united", "10:32 CET", "By Jan Novak", "5 min read",
                 "Updated 4 March 2026", "Jan Novak, Defence Correspondent", "Jan Novak and Anna Berg in Vilnius",
                 "Opinion | Comment is free", "Share this article", "Sign up for our newsletter",
                 "Tags: NATO, Ukraine"]:
        assert split_sentences(f"We met.\n\nPublished 3 March 2026{separator}{tail}\n") == ["We met."], tail
    for line in ["Veröffentlicht am 14.10.2025 | 08:15 Uhr", "Last modified on Tue 3 Mar 2026 14.32 GMT",
                 "Publié le 14 octobre 2025 à 8 h 15"]:
        assert split_sentences(f"We met.\n\n{line}\n") == ["We met."]
    # and a sentence opening so is its own, as before
    assert split_sentences("Published on 3 March 2026, the report found that Russia rearms.") == [
        "Published on 3 March 2026, the report found that Russia rearms."]


@pytest.mark.parametrize("line", [
    "Embargoed until 10:00, ministers said the alliance will send more troops to the east.",
    "Embargoed Russian oil still reaches Europe through India.",
    "Embargoed goods must be seized at the border.",
    "For immediate release, the ministry says the brigade will deploy to Lithuania.",
])
def test_a_sentence_opening_as_a_releases_note_is_kept(line):
    # The docs4 audit: any line opening "Embargoed" or "For immediate release" was a release's note to its end,
    # whatever followed, and a statement opening so was left out whole
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met.", line]


def test_an_embargos_not_for_publication_going_on_into_a_clause_is_kept():
    # The docs4 audit: after a footer's stop, "Not for publication" took up to 80 characters after it as its time,
    # commas and all, and a clause after a comma within them was lost with the line
    line = "Embargoed until 00:01 GMT. Not for publication before then, ministers said the alliance will act."
    # (the note before it is furniture, as on its own line)
    assert split_sentences(f"We met.\n\n{line}\n") == [
        "We met.", "Not for publication before then, ministers said the alliance will act."]


@pytest.mark.parametrize("note", [
    "Embargoed until 00:01 GMT. Not for publication before then.",
    "Embargoed until 10 a.m. CET. Not for publication before 10.30 a.m. on 10 March.",
    "EMBARGOED: NOT FOR PUBLICATION OR BROADCAST BEFORE 00:01 HRS ON TUESDAY 4 MARCH 2026",
    "Embargoed: not for publication or broadcast before 00:01 hrs on Tuesday 4 March 2026",
    "Embargoed until the start of the speech", "Embargoed until further notice", "[Embargoed until 10:00 CET]",
    "(Embargoed until 10:00 CET, check against delivery)", "Embargoed until the end of the press conference",
    "Embargoed until 00:01 GMT on Tuesday 4 March 2026 – please check against delivery",
    "Embargoed until 10:00, ministers said", "FOR IMMEDIATE RELEASE – Brussels, 4 March 2026",
    "Embargoed until 00:01 GMT. Not for publication before then. Sign up for our newsletter.",
])
def test_a_releases_note_of_when_it_may_run_is_still_left_out(note):
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


def test_a_delegations_tag_de_below_a_date_line_is_no_mail_sender():
    # The docs4 audit: a meeting's record tags Germany's delegation "DE:", read as French mail's sender label
    # "De :" below a "Date: …" line with its year and time, and its words were blanked as a sender's name
    record = ("Date: 3 March 2026, 18:30\nDE: Thank you, Chair\nFR: We agree with Germany.\n"
              "DE: We will send a brigade to Lithuania\n")
    assert split_speakers(record) == [("Thank you, Chair", "DE"), ("We agree with Germany.", "FR"),
                                      ("We will send a brigade to Lithuania", "DE")]
    # French mail's header is left out still, its subject the message's headline
    mail = "De : Anna Berg\nEnvoyé : mardi 10 mars 2026 18:30\nÀ : Tom Reed\nObjet : Patrouilles\n\nNous agissons.\n"
    assert split_sentences(mail) == ["Objet : Patrouilles", "Nous agissons."]


def test_a_copyright_sign_opens_its_notice_and_closes_no_sentence():
    # The docs4 audit: "©" after a sentence's stop was read as an emoji closing that sentence, and the notice was cut
    # in two: "… Unsubscribe here. ©" / "2026 Baltic Wire."
    line = "Thanks for reading. Unsubscribe here. © 2026 Baltic Wire. Allies agreed to send more troops to Estonia."
    assert split_sentences(line) == ["Thanks for reading.", "Unsubscribe here.", "© 2026 Baltic Wire.",
                                     "Allies agreed to send more troops to Estonia."]
    assert split_sentences("We met. ® is a mark.") == ["We met.", "® is a mark."]
    # an emoji between two sentences still closes the one before
    assert split_sentences("We stand with Ukraine. 🇺🇦 Allies agree.") == [
        "We stand with Ukraine. 🇺🇦", "Allies agree."]
    assert split_sentences("We need more ammunition… 👍 We stand with Ukraine.") == [
        "We need more ammunition… 👍", "We stand with Ukraine."]


def test_emoji_between_sentences_of_a_long_paragraph_are_read_in_linear_time():
    # Found in the docs4 audit: each emoji opening a piece was looked up among every line start of its paragraph, and
    # 20,000 lines of "We act. 👍 We go" in one paragraph took 20 s (10,000: 5.7 s); now about 2.5 s
    text = "We act. 👍 We go\n" * 20_000
    started = time.process_time()
    sentences = split_sentences(text)
    assert time.process_time() - started < 8.0
    assert sentences[:2] == ["We act. 👍", "We go We act. 👍"] and len(sentences) == 20_001


@pytest.mark.parametrize("text", [
    "Editor's note: Names have been changed to protect sources. Reader discretion is advised.",
    "This interview has been edited for length and clarity. Names have been changed to protect sources.",
    "Editor's note: the interview took place before the summit. The names of the soldiers have been changed.",
    "© 2026 Baltic Wire. You are receiving this email because you subscribed.",
    "Email: press@example.org. You are receiving this email because you subscribed.",
    "Reporting by Jan Novak; Editing by Sue Lee. Jan Novak is a defence correspondent based in Warsaw.",
    "© 2026 Baltic Wire. Jan Novak is a senior defence correspondent for Baltic Wire, based in Vilnius.",
])
def test_a_notes_known_sentences_after_it_are_left_out_with_it(text):
    # The docs4 audit: a note's sentence after its first, and a mail's or writer's note after a footer, credit or
    # contact, were scored as statements of no target
    assert split_sentences(f"Allies agreed to send more troops.\n\n{text}\n") == ["Allies agreed to send more troops."]


@pytest.mark.parametrize("text, kept", [
    ("Editor's note: names have been changed. Ukraine must win this war.", ["Ukraine must win this war."]),
    ("© 2026 Baltic Wire. The Kremlin is a threat to every journalist in Europe.",
     ["The Kremlin is a threat to every journalist in Europe."]),
    ("© 2026 Baltic Wire. Jan Novak is a reporter and NATO must act now.",
     ["Jan Novak is a reporter and NATO must act now."]),
    ("© 2026 Reuters. Mark Rutte is a former Dutch prime minister.",
     ["Mark Rutte is a former Dutch prime minister."]),
    ("© 2026 Baltic Wire. You are receiving this email because you subscribed. Allies will meet in Vilnius.",
     ["Allies will meet in Vilnius."]),
    ("Names have been changed, but Russia's aims have not.", ["Names have been changed, but Russia's aims have not."]),
    ("Editor's note: the minister spoke in Riga. Names of streets have been changed by Russia's occupiers.",
     ["Names of streets have been changed by Russia's occupiers."]),
])
def test_statements_beside_a_notes_known_sentences_are_kept(text, kept):
    assert split_sentences(f"Allies agreed to send more troops.\n\n{text}\n") == ["Allies agreed to send more troops.",
                                                                                 *kept]


@pytest.mark.parametrize("reply", [
    # Gmail's line wrapped over three lines above the quote
    "Agreed.\n\nOn Mon, 3 Mar 2026 at 10:02, Jan Novak\n<jan.novak@mod.example.gov>\nwrote:\n\n> We must act now.\n",
    # and inside a quote, wrapped over two or three lines above a deeper one
    "Agreed.\n\n> I agree.\n>\n> On Mon, 3 Mar 2026 at 10:02, Jan Novak <jan.novak@mod.example.gov>\n> wrote:\n>\n"
    ">> We must act now.\n",
    "Agreed.\n\n> I agree.\n>\n> On Mon, 3 Mar 2026 at 10:02, Jan Novak\n> <jan.novak@mod.example.gov>\n> wrote:\n"
    ">> We must act now.\n",
])
def test_a_mail_programs_line_wrapped_over_three_lines_or_inside_a_quote_is_left_out(reply):
    # The docs4 audit: such a line was scored as statements of no target
    assert [s for s in split_sentences(reply) if s != "I agree."] == ["Agreed.", "We must act now."]


def test_a_sentence_wrapped_over_three_lines_above_a_quote_is_kept():
    # a sentence ending above the lines that lead into a quote is words, with them
    assert split_sentences("On 3 Mar 2026 at 10:02, Allies met.\nThe minister then\nwrote:\n> We act.\n") == [
        "On 3 Mar 2026 at 10:02, Allies met.", "The minister then wrote: We act."]
    assert split_sentences("We met.\nOn Tuesday the minister\nwrote:\n> We act.\n") == [
        "We met.", "On Tuesday the minister wrote: We act."]


@pytest.mark.parametrize("header", [
    "From: Press Office <press@nato.int>\nSent: Tuesday, March 10, 2026 9:14 AM\nTo: desk@example.com\n",
    "From: Anna Berg\nSent: Tuesday, March 10, 2026 6:30 PM\nTo: Tom Reed\n",
    "-----Original Message-----\n",
])
def test_an_email_pasted_below_a_transcript_is_no_speakers(header):
    # The docs4 audit: the mail's body was scored as the last speaker's words
    text = f"REPORTER: Will NATO send troops?\nRUTTE: No decision yet.\n\n{header}\nPlease find the transcript above.\n"
    said = split_speakers(text)
    assert said[:2] == [("Will NATO send troops?", "REPORTER"), ("No decision yet.", "RUTTE")]
    assert said[-1] == ("Please find the transcript above.", None)
    # a tag below the header names its speaker as before
    assert split_speakers(f"{header}\nRUTTE: We act.\nKALLAS: We agree.\n")[-2:] == [
        ("We act.", "RUTTE"), ("We agree.", "KALLAS")]


@pytest.mark.parametrize("statement", [
    "Evan Gershkovich is a journalist for the Wall Street Journal jailed by Russia for a year.",
    "Evan Gershkovich is a reporter in Russia's prisons.",
    "Jan Novak is a war correspondent in Kyiv, where Russia shelled the city.",
])
def test_a_story_sentence_calling_someone_a_journalist_after_a_footer_is_words(statement):
    # A review of bad52a8a: a writer's note took any 60 characters after "for", "in", "at", so a story's sentence
    # about a journalist after its footer's or credit's note was left out with the note
    assert split_sentences(f"© 2026 Reuters. {statement}") == [statement]  # the footer's note is furniture
    assert split_sentences(f"Reporting by Jan Novak; Editing by Sue Lee. {statement}") == [
        "Reporting by Jan Novak; Editing by Sue Lee.", statement]
    # a writer's note says where, for whom or what they cover, in names and a few small words, and goes still
    for writer in ("Jan Novak is a defence correspondent based in Warsaw.",
                   "Jan Novak is a senior correspondent for Baltic Wire, based in Vilnius.",
                   "Jan Novak is a reporter who covers defence and security for Baltic Wire.",
                   "Jan Novak is a correspondent based in Washington, D.C."):
        assert split_sentences(f"© 2026 Baltic Wire. {writer}") == []
    # its place ends at its stop: a headline after it is no part of it
    assert split_sentences("Reporting by Jan Novak; Editing by Sue Lee. Jan Novak is a correspondent based in "
                           "Warsaw. Allies Meet In Vilnius")[-1] == "Allies Meet In Vilnius"


def test_a_transcripts_date_line_atop_its_pages_does_not_end_the_speakers_turn():
    # A review of 3cd5f434: a "Date: 4 March 2026, 10:00" line ended the turn as a pasted mail's header does, so a
    # transcript printing its date atop each page gave the speaker's words going on below it to no one
    page = "NATO Press Conference\nDate: 4 March 2026, 10:00\n\n"
    text = (f"{page}RUTTE: Allies agreed today to send more troops to the east.\n\n- 1 -\n\f"
            f"{page}Our support for Ukraine will not waver as long as the war goes on.\n\n- 2 -\n")
    assert split_speakers(text) == [("Allies agreed today to send more troops to the east.", "RUTTE"),
                                    ("Our support for Ukraine will not waver as long as the war goes on.", "RUTTE")]
    # a pasted mail's header still ends the turn
    mail = "RUTTE: No decision yet.\n\nFrom: Anna Berg\nDate: Tue, 10 Mar 2026 at 18:30\nTo: Tom Reed\n\nSee above.\n"
    assert split_speakers(mail) == [("No decision yet.", "RUTTE"), ("See above.", None)]


@pytest.mark.parametrize("why", ["for security reasons", "at the request of the interviewees", "on request",
                                 "for their own safety"])
def test_a_notes_names_changed_with_the_reason_war_reporting_gives_is_the_notes(why):
    # A review of 79aac729: the note's sentence of names changed took only three reasons ("to protect …", "at their
    # request", "for their safety"), so the commonest in war reporting was scored after the note again
    note = f"Editor's note: the interviews took place in Kharkiv. Some names have been changed {why}."
    assert split_sentences(f"Allies agreed to send more troops.\n\n{note}\n") == ["Allies agreed to send more troops."]
    # a sentence of names changed by someone is words still
    kept = "Names of streets have been changed by Russia's occupiers for political reasons."
    assert split_sentences(f"Editor's note: the minister spoke in Riga. {kept}") == [kept]


def test_a_mails_call_to_unsubscribe_after_a_footers_note_is_still_furniture():
    # A review of 8b244fb3: a sentence whose first clause ends in a comma after a footer's note was read as words,
    # and so was a mail's "To unsubscribe, click here." after "© 2026 Baltic Wire.", the footer's whole line before
    for footer in ("© 2026 Baltic Wire. To unsubscribe, click here.", "Follow us on X. To unsubscribe, click here.",
                   "© 2026 Baltic Wire. To unsubscribe from these emails, please click here."):
        assert split_sentences(f"Allies agreed to send more troops.\n\n{footer}\n") == [
            "Allies agreed to send more troops."]
    # a sentence after it is words, as after any footer's sentence, and so is a statement opening so
    kept = split_sentences("© 2026 Baltic Wire. To unsubscribe, click here. NATO must act now.")
    assert kept[-1] == "NATO must act now."
    statement = "To unsubscribe from Russia's lies, click away and read how allies stand united against them."
    assert split_sentences(f"© 2026 Baltic Wire. {statement}")[-1] == statement


def test_a_french_mail_header_in_capitals_is_left_out_beside_delegation_tags():
    # A review of 8ae988ff: "DE:" in capitals was taken for Germany's delegation everywhere, and a French mail's
    # header printed in capitals was scored: "Anna Berg" as DE's words, "À : Tom Reed" as a statement
    mail = ("DE : Anna Berg\nENVOYÉ : mardi 10 mars 2026 18:30\nÀ : Tom Reed\nOBJET : Patrouilles\n\n"
            "Nous agissons.\n")
    assert split_speakers(mail) == [("OBJET : Patrouilles", None), ("Nous agissons.", None)]
    # the delegation's tag below a date line is DE's still
    record = "Date: 3 March 2026, 18:30\nDE: Thank you, Chair\nFR: We agree with Germany.\n"
    assert split_speakers(record) == [("Thank you, Chair", "DE"), ("We agree with Germany.", "FR")]


@pytest.mark.parametrize("note", [
    "Embargoed until the minister has spoken",
    "Embargoed until the Secretary General has finished speaking",
    "Embargoed until the minister has spoken – check against delivery",
    "Embargoed until 00:01 GMT. Not for publication before the minister has spoken.",
    "Embargoed until 00:01 GMT. Not for publication or broadcast until the minister has spoken.",
])
def test_a_releases_note_until_an_event_is_still_left_out(note):
    # A review of c521ee38: the words of the event an embargo waits for counted as a clause of the line's own, and
    # the note was scored as a statement
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    # a clause after the event is the line's own still
    line = "Embargoed until the minister has spoken, ministers said the alliance will send more troops."
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met.", line]


@pytest.mark.parametrize("parts", ["10:32", "By Jan Novak", "Updated 4 March 2026", "10:32 CET | By Jan Novak"])
def test_a_sentence_after_a_publication_lines_time_or_byline_is_kept_without_them(parts):
    # A review of fbf67562: a time, a byline or an update's date between the date and the sentence was scored with
    # the sentence ("10:32 | NATO must…", "By Jan Novak | NATO must…"), or the sentence was lost with the line
    line = f"Published 3 March 2026 | {parts} | NATO must stay united against Russian pressure."
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met.", "NATO must stay united against Russian pressure."]
    # the line's furniture alone goes whole still
    assert split_sentences(f"We met.\n\nPublished 3 March 2026 | {parts} | 5 min read\n") == ["We met."]


@pytest.mark.parametrize("note", ["adds comments from the minister in paragraph 4",
                                  "updates with NATO statement, casualty figures",
                                  "corrects spelling of the minister's name in paragraph 3"])
def test_an_update_lines_note_of_what_changed_is_still_left_out(note):
    # A review of fbf67562: what an update line says was changed, in lower case after its date and a dash, was read
    # as a story's sentence and scored
    assert split_sentences(f"We met.\n\nUpdated 3 March 2026 – {note}\n") == ["We met."]


def test_a_writers_note_after_a_publication_lines_date_is_still_left_out():
    # A review of fbf67562: a writer's note after the date, a byline in other words, was scored as a story's sentence
    line = "Published 3 March 2026 | Jan Novak is a defence correspondent based in Warsaw."
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met."]
    # a sentence about a correspondent is the story's
    line = "Published 3 March 2026 | Jan Novak is a defence correspondent who was wounded in Kharkiv."
    assert split_sentences(f"We met.\n\n{line}\n") == [
        "We met.", "Jan Novak is a defence correspondent who was wounded in Kharkiv."]


@pytest.mark.parametrize("writer", [
    "Jan Novak is a correspondent for Reuters covering the war in Ukraine.",
    "Jan Novak is a journalist for the Kyiv Independent who covers the war.",
    "Jan Novak is a reporter for the Financial Times on NATO's eastern flank.",
    "Jan Novak is a reporter for RFE/RL.",
])
def test_a_writers_note_of_the_war_or_the_eastern_flank_after_a_footer_is_still_furniture(writer):
    # A review of 95726367: a writer's note's words of what they cover were a few nouns, not "war" nor "flank", and a
    # name held no slash, so these notes after a footer were scored as statements (the footer's at 95726367~1)
    assert split_sentences(f"Allies agreed to send more troops.\n\n© 2026 Baltic Wire. {writer}\n") == [
        "Allies agreed to send more troops."]
    # a clause after them is words still
    statement = writer.rstrip(".") + ", where Russia shelled the city."
    assert split_sentences(f"© 2026 Baltic Wire. {statement}")[-1] == statement


@pytest.mark.parametrize("statement", [
    "Names of streets have been changed at the request of the Russian occupation authorities.",
    "Street names have been changed at the request of the occupation authorities.",
    "Names of towns have been changed at the request of the Kremlin.",
])
def test_names_changed_at_the_request_of_authorities_after_a_note_are_words(statement):
    # A review of 2ed5f93f: "at the request of" took any 40 characters as the note's reason, so a story's sentence of
    # streets renamed at an occupier's request after an editors' note was left out (words at 2ed5f93f~1)
    assert split_sentences(f"Editor's note: the minister spoke in Riga. {statement}") == [statement]
    # the request of those named is the note's still
    for who in ("the interviewees", "those interviewed", "the people involved", "their families"):
        note = f"Editor's note: the minister spoke in Riga. Some names have been changed at the request of {who}."
        assert split_sentences(f"Allies agreed to send more troops.\n\n{note}\n") == [
            "Allies agreed to send more troops."]


@pytest.mark.parametrize("statement", ["To unsubscribe from NATO, use Article 13 of the treaty.",
                                       "To unsubscribe from the alliance, go to Brussels first."])
def test_a_story_sentence_of_leaving_nato_after_a_footers_note_is_words(statement):
    # A review of 6be8646e: the call to unsubscribe took any 40 characters after "from", so a story's sentence of
    # leaving NATO after a footer's note was read as the mail's call and left out (words at 6be8646e~1)
    assert split_sentences(f"© 2026 Baltic Wire. {statement}") == [statement]
    # unsubscribing from a mail's list is the footer's still
    for call in ("To unsubscribe from this mailing list, click here.",
                 "To unsubscribe from Baltic Wire's daily briefing, reply STOP."):
        assert split_sentences(f"© 2026 Baltic Wire. {call}") == []


def test_a_call_to_unsubscribe_at_an_address_after_a_footers_note_is_still_furniture():
    # A review of 6be8646e: the call to unsubscribe ended at any stop, an address's too, so "To unsubscribe, visit
    # balticwire.com/unsubscribe." after a footer's note was scored with the footer's note
    for call in ("To unsubscribe, visit balticwire.com/unsubscribe.", "To unsubscribe, go to www.balticwire.com."):
        assert split_sentences(f"Allies agreed to send more troops.\n\n© 2026 Baltic Wire. {call}\n") == [
            "Allies agreed to send more troops."]
    # a sentence after it is words still
    assert split_sentences("© 2026 Baltic Wire. To unsubscribe, visit balticwire.com. NATO must act now.")[-1] == (
        "NATO must act now.")


@pytest.mark.parametrize("line, kept", [
    ("Published 3 March 2026 – allies must spend more on defence.", "allies must spend more on defence."),
    ("Published 3 March 2026 | updated rules mean allies must spend more.",
     "updated rules mean allies must spend more."),
    ("Posted 3 March 2026 | iPhones are banned at NATO headquarters, officials said.",
     "iPhones are banned at NATO headquarters, officials said."),
    ("Published 3 March 2026 | Updated 4 March 2026 – adds comments from the minister in paragraph 4", None),
    ("Last updated: 3 March 2026 – adds comments from the minister in paragraph 4", None),
])
def test_a_sentence_in_lower_case_after_a_publications_date_is_kept(line, kept):
    # A review of df841c64: every publication line's lower-case rest was taken for an update's note of what changed,
    # and a story's sentence after "Published …" or "Posted …" was lost with the line; only an update's date has one
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met."] + ([kept] if kept else [])


@pytest.mark.parametrize("line", [
    "Embargoed until the war ends, Russian assets stay in Europe.",
    "Embargoed until the war ends Russian assets must stay frozen in Europe.",
    "Embargoed until Russia withdraws from every occupied region of Ukraine.",
])
def test_a_statement_opening_as_an_embargo_until_an_event_in_the_world_is_kept(line):
    # A review of 3f103bf5: any words after "Embargoed until" up to a comma were taken for the event a release waits
    # for, and a statement's few words after them, or all its words without a comma, went uncounted and it was lost
    assert split_sentences(f"We met.\n\n{line}\n") == ["We met.", line]


@pytest.mark.parametrize("call", ["To unsubscribe from Baltic Wire, click here.",
                                  "To unsubscribe from The Kyiv Independent, please click here.",
                                  "To unsubscribe from Baltic Wire, reply STOP."])
def test_a_call_to_click_to_unsubscribe_from_a_mail_named_after_a_footers_note_is_still_furniture(call):
    # A review of b2ff3ed5: what one unsubscribes from had to be a mail's list word, so a call to click naming the
    # mail itself after a footer's note was scored with the footer's note (furniture at b2ff3ed5~1)
    assert split_sentences(f"Allies agreed to send more troops.\n\n© 2026 Baltic Wire. {call}\n") == [
        "Allies agreed to send more troops."]


@pytest.mark.parametrize("sentence", ["Allies must spend more now.", "NATO must act now."])
def test_a_sentence_after_a_call_to_unsubscribe_without_a_space_after_its_stop_is_words(sentence):
    # A review of c4c6bcdd: any stop before a letter was read as an address's, so a sentence pasted from the next cell
    # without a space after the call's stop was taken into the call and lost (words at c4c6bcdd~1)
    assert split_sentences(f"© 2026 Baltic Wire. To unsubscribe, click here.{sentence}")[-1] == sentence


@pytest.mark.parametrize("who", ["the families of the dead", "relatives of those killed", "the women",
                                 "the children's parents", "the families of the fallen soldiers",
                                 "the families of the missing children", "the relatives of the hostages",
                                 "the families of the detainees", "the families of the killed",
                                 "the families of the wounded men"])
def test_names_changed_at_the_request_of_those_named_described_more_closely_are_still_a_note(who):
    # A review of 123fb0ca: the request was the note's only when the word naming who asked ended the sentence, so a
    # note of names changed at the request of the families of the dead was scored (left out at 123fb0ca~1). A review
    # of 1d879d11: whose those named are became one word of a short list, so "the fallen soldiers", two words that
    # 924f252b took, or hostages, no word of the list, made the note a statement (a note at 1d879d11~1)
    note = f"Editor's note: the minister spoke in Riga. Names have been changed at the request of {who}."
    assert split_sentences(f"Allies agreed to send more troops.\n\n{note}\n") == ["Allies agreed to send more troops."]
    # a place's people renaming its villages is the story's still, the words describing them naming no place
    for statement in ("Names of villages have been changed at the request of the people of Crimea.",
                      "Names of streets have been changed at the request of the people of the dead city."):
        assert split_sentences(f"Editor's note: the minister spoke in Riga. {statement}") == [statement]


@pytest.mark.parametrize("note", ["Embargoed until the minister has made her statement",
                                  "Embargoed until the minister's statement has been made",
                                  "Embargoed until the minister has made a statement to parliament",
                                  "Embargoed until the Secretary General's briefing has been completed"])
def test_an_embargo_until_a_statement_or_briefing_is_still_a_note(note):
    # A review of a47845e3: only a speech's words made the event a release's, so a release waiting for a statement or
    # a briefing was scored as a statement (left out at a47845e3~1)
    assert split_sentences(f"Allies agreed to send more troops.\n\n{note}\n") == ["Allies agreed to send more troops."]


@pytest.mark.parametrize("statement", [
    "Names of villages have been changed at the request of the people of the occupied territories.",
    "Names of streets have been changed at the request of the men of the occupation."])
def test_names_changed_at_the_request_of_a_places_people_in_lower_case_are_words(statement):
    # A review of 924f252b: any two words in lower case after "of" were taken for whose those named are, so a place's
    # or a power's people renaming streets, written in lower case, was a note and lost (words at 924f252b~1)
    assert split_sentences(f"Editor's note: the minister spoke in Riga. {statement}") == [statement]


@pytest.mark.parametrize("statement", ["To unsubscribe from NATO, click your heels and leave, Orban said.",
                                       "To unsubscribe from the war, reply to Putin's demands with more tanks.",
                                       "To unsubscribe from the war, tap into Russia's frozen assets now."])
def test_a_sentence_unsubscribing_from_a_named_power_after_a_footers_note_is_words(statement):
    # A review of c51cb619: any words after "from" before a call to click, tap or reply made a mail's call, so a
    # story's sentence of leaving NATO or a war after a footer's note was left out with it (words at c51cb619~1)
    assert split_sentences(f"© 2026 Baltic Wire. {statement}\n")[-1] == statement


@pytest.mark.parametrize("statement", [
    "Embargoed until the peace conference ends Russian assets must stay frozen in Europe.",
    "Embargoed until the conference on Ukraine has ended Russian assets must stay frozen in Europe."])
def test_a_statement_opening_as_an_embargo_until_a_conference_without_a_comma_is_kept(statement):
    # A review of 61cf66e0: a statement or conference in the event skipped its words to the comma, or with no comma to
    # the line's end, so a sentence run on after a world's conference without a comma was lost (kept at 61cf66e0~1)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    # the event's own words, however many, are the note's still
    note = "Embargoed until the peace conference on the future of Ukraine's eastern regions has ended"
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("call", ["To unsubscribe from Baltic Wire, click Unsubscribe.",
                                  "To unsubscribe from Baltic Wire, tap “Unsubscribe” below.",
                                  "To unsubscribe from Baltic Wire, click the “Unsubscribe” link.",
                                  "To unsubscribe from Baltic Wire, reply with the word STOP.",
                                  "To unsubscribe from Baltic Wire, reply 'unsubscribe'.",
                                  "To unsubscribe from Baltic Wire, reply to this newsletter."])
def test_a_call_to_click_unsubscribe_or_reply_the_word_after_a_footers_note_is_still_furniture(call):
    # A review of b0da74fb: a mail named by its name made the call only for "here", "below" or a link, and a reply only
    # of a word in capitals straight after it, so a mail's button named "Unsubscribe", a quoted link, or a reply of the
    # word was scored after the footer's note (furniture at b0da74fb~1)
    assert split_sentences(f"Allies agreed to send more troops.\n\n© 2026 Baltic Wire. {call}\n") == [
        "Allies agreed to send more troops."]


@pytest.mark.parametrize("note", [
    "Embargoed until the press briefing has ended in the main hall of the alliance headquarters",
    "Embargoed until the statement made by the foreign minister to parliament",
    "Embargoed until the briefing is completed by the deputy foreign minister",
    "Embargoed until the press conference has ended and the minister has left the podium",
    "Embargoed until the minister's statement is over in the lower house of parliament",
    "Embargoed until the press conference over the shooting down of the drone"])
def test_an_embargo_until_an_event_that_ends_somewhere_or_by_someone_is_still_a_note(note):
    # A review of 45dc535c: the words counted started after the event's verb of ending, so where, when or by whom the
    # event ends, or "over" read as that verb, made a clause of the note's own, and it was scored (a note at 45dc535c~1)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister has spoken Russian assets must stay frozen.",
    "Embargoed until the minister has spoken allies must keep sanctions in place.",
    "Embargoed until the Secretary General has finished speaking NATO must stay united and strong."])
def test_a_statement_run_on_after_an_embargo_until_a_speech_without_a_comma_is_kept(statement):
    # A speech's verb ended no event, so the words after it to the line's end were the note's, and a sentence run on
    # after "… has spoken" without a comma or a verb of ending was lost whole
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Embargoed until the minister has spoken", "Embargoed until the minister has spoken.",
    "Embargoed until the minister has spoken to parliament", "Embargoed until the minister has spoken in the Seimas.",
    "Embargoed until the minister has addressed parliament",
    "Embargoed until the minister has addressed the Bundestag.",
    "Embargoed until the Prime Minister speaks in parliament on defence spending",
    "Embargoed until the minister speaks tomorrow morning",
    "Embargoed until the Secretary General has finished speaking",
    "Embargoed until the minister has made a statement to parliament",
    "Embargoed until the Secretary General's briefing has been completed",
    "Embargoed until the peace conference on the future of Ukraine's eastern regions has ended",
    "Embargoed until the minister has spoken, Tuesday 4 March."])
def test_an_embargo_until_a_speech_going_on_with_its_own_words_is_still_a_note(note):
    # the words a speech's verb goes on with, a place, a day or whom it was made to, are the note's
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    # as after a footer's stop, which reads 80 characters of such a note (see stance.lines._FOOTER_SENTENCE)
    if len(note) <= 80:
        footer = f"© 2026 Baltic Wire. Not for publication before {note[16:]}"
        assert split_sentences(f"We met.\n\n{footer}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Embargoed until 10:00, Russian assets stay in Europe.", "Embargoed until 10:00, Russia must pay.",
    "Embargoed until 10 a.m., Russian assets stay in Europe.", "Embargoed until 10 a.m. CET, Russian assets stay put!",
    "For immediate release, Russian assets stay in Europe.", "Embargoed until 10:00 CET, NATO must stay united."])
def test_a_short_clause_after_a_release_notes_comma_is_kept(statement):
    # Two words in lower case after an embargo's time and comma were no clause (three were), so a short sentence
    # opening as an embargo's note was lost whole
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    # an embargo's "not for publication" after a footer's stop too
    if "until" in statement:
        note = f"Not for publication before {statement.partition('until ')[2]}"
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {note}\n") == ["We met.", note]


@pytest.mark.parametrize("note", [
    "Embargoed until 00:01 GMT, Tuesday 4 March 2026", "Embargoed until 00:01 GMT, Tuesday 4 March 2026.",
    "Embargoed until 10:00, Brussels time.", "Embargoed until 10:00 CET, local time.",
    "Embargoed until 00:01 GMT, Tuesday 4 March 2026, for use in print editions only.",
    "Embargoed until 00:01 hrs, Tuesday 4 March, strictly embargoed.", "Embargoed until 10:00, Brussels, 4 March 2026.",
    "Embargoed until 10:00, please note the change of time.",
    "Embargoed until 10:00, Brussels. Media contact: press office.",
    "[Embargoed until 10:00, Brussels]", "Embargoed until delivery, check against delivery.",
    "For immediate release – Brussels", "Embargoed until 10 a.m. CET, Thursday 5 March."])
def test_a_release_notes_date_place_or_terms_after_its_comma_are_still_its_note(note):
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", ["Yes, we will act.", "No, we will not leave Ukraine.",
                                       "Today, allies stand with Ukraine.", "Allies, we must act now.",
                                       "Yes, NATO will act.", "Now, Russia must pay.",
                                       "Together, we are stronger."])
@pytest.mark.parametrize("footer", ["Follow us on X.", "© 2026 Reuters.",
                                    "Follow us on X. Sign up for our newsletter."])
def test_a_sentence_opening_with_a_one_word_clause_after_a_footer_is_kept(footer, statement):
    # A clause of one word before its comma made no sentence after a footer's stop, so a story or speech stored in one
    # cell lost "Yes, we will act." with its footer (after "X." the line is one statement, "X." read as an initial)
    assert split_sentences(f"We met.\n\n{footer} {statement}\n")[-1].endswith(statement)


@pytest.mark.parametrize("furniture", [
    "Follow us on X. Subscribe, share and like.", "Follow us on X. Like, share and subscribe.",
    "Follow us on X. Like, comment and share.", "Follow us on X. Share, like, follow.",
    "Follow us on X. Like, share, comment.", "© 2026 Baltic Wire. Follow, like and share.",
    "Follow us on X. Subscribe, follow and share our stories.", "Follow us on X. Share, like and follow us.",
    "Follow us on X. Brussels, 3 March 2026.", "Follow us on X. Questions, comments and tips: tips@balticwire.com",
    "Photo: Petras Malukas/AFP. Vilnius, Lithuania, on 3 March 2026.", "Photo: AFP. Brussels, on Tuesday, 3 March.",
    "© 2026 Reuters. Brussels, 3 March 2026, for internal use.", "© 2026 Baltic Wire. Tags: NATO, Ukraine, defence."])
def test_a_footers_list_of_calls_or_a_place_after_its_stop_is_still_furniture(furniture):
    assert split_sentences(f"We met.\n\n{furniture}\n") == ["We met."]


@pytest.mark.parametrize("statement", ["allies must act now.", "we must act now.", "russia must pay for the war."])
@pytest.mark.parametrize("call", ["To unsubscribe, click here.", "To unsubscribe, click the link below.",
                                  "To unsubscribe from these e-mails, click here.", "To unsubscribe, tap the button."])
def test_a_sentence_run_on_after_a_call_to_unsubscribe_without_a_space_is_kept(call, statement):
    # A stop before a word in lower case was read as an address's ("balticwire.com"), so after a footer's note the call
    # to unsubscribe took the sentence glued to it, in lower case, and the line was left out whole
    line = f"© 2026 Baltic Wire. {call}{statement}"
    assert split_sentences(f"We met.\n\n{line}\n")[-1].endswith(f"{call}{statement}")


@pytest.mark.parametrize("call", [
    "To unsubscribe, click here.", "To unsubscribe, visit balticwire.com/unsubscribe.",
    "To unsubscribe, visit nato.int.", "To unsubscribe, click the link below.",
    "To unsubscribe from these e-mails, click here.", "To unsubscribe, reply STOP.",
    "To unsubscribe from Baltic Wire, click here.", "To unsubscribe, go to balticwire.co.uk/prefs.",
    "To unsubscribe, click here. All rights reserved.", "To unsubscribe, click the button.",
    "To unsubscribe, visit www.balticwire.com/here.html.", "To unsubscribe, use the link at lists.nato.int."])
def test_a_call_to_unsubscribe_and_its_address_after_a_footer_are_still_furniture(call):
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {call}\n") == ["We met."]


@pytest.mark.parametrize("date", ["Date: 3 March 2026, 10:00", "Date: Tue, 3 Mar 2026 10:00:00 +0100",
                                  "Sent: Tuesday, March 3, 2026 10:00 AM", "Datum: 3. März 2026, 10:00"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_lone_date_header_in_a_speakers_turn_keeps_the_turn_going(date, gap):
    # A mail's date header alone ended the turn as if a mail were pasted below the transcript, so the speaker's next
    # words lost their speaker
    text = (f"PEVKUR: We will send more troops to the eastern flank.{gap}{date}{gap}"
            f"Allies must stand with Ukraine until it wins.{gap}MODERATOR: Thank you.")
    assert split_statements(text) == [
        ("We will send more troops to the eastern flank.", "PEVKUR", 1),
        ("Allies must stand with Ukraine until it wins.", "PEVKUR", 1 + 2 * len(gap)),
        ("Thank you.", "MODERATOR", 1 + 3 * len(gap))]


@pytest.mark.parametrize("header", [
    "From: Press Office <press@mod.example>\nDate: Tue, 10 Mar 2026 09:14:02 +0100\nSubject: Statement",
    "Date: Tue, 10 Mar 2026 09:14:02 +0100\nFrom: Press Office <press@mod.example>\nSubject: Statement",
    "Sent: Tuesday, March 10, 2026 9:14 AM\nSubject: Statement",
    "Subject: Statement\n\nDate: Tue, 10 Mar 2026 09:14:02 +0100",
    "Date: Tue, 10 Mar 2026 09:14:02 +0100\nTo: newsdesk@ledger.example"])
def test_a_mails_date_beside_its_other_header_lines_still_ends_the_turn(header):
    text = f"RUTTE: We are united.\n\n{header}\n\nThe ministry will send more troops to Estonia."
    statements = split_statements(text)
    assert statements[0] == ("We are united.", "RUTTE", 1)
    assert statements[-1][:2] == ("The ministry will send more troops to Estonia.", None)


@pytest.mark.parametrize("note", [
    "Not for publication until the minister has spoken", "Not for publication until the minister has spoken.",
    "Not for publication before 00:01 GMT, Tuesday 4 March 2026", "Not to be released until further notice",
    "Not for publication or broadcast before 00:01 hrs on Tuesday 4 March", "NOT FOR PUBLICATION UNTIL 10:00 CET",
    "(Not for publication before 10:00)", "Not for publication before the minister has spoken to parliament.",
    "Not to be published before delivery", "Not for release before 10 a.m. CET.", "Not for publication"])
def test_an_embargos_not_for_publication_alone_on_its_line_is_a_note(note):
    # "Not for publication …" was a note only after a footer's stop on its line; alone on a line it was scored
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("note", [
    "Not for release until the summit ends.", "Not for release until the NATO summit in Vilnius ends",
    "NOT FOR PUBLICATION UNTIL THE MEETING HAS ENDED", "Until further notice, embargoed.",
    "Until further notice, strictly embargoed"])
def test_an_embargo_until_a_gathering_ends_or_after_its_time_alone_on_its_line_is_a_note(note):
    # A reviewer's read: these release notes name no speech, so they were scored as statements
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    for statement in ("Not until Russia withdraws will sanctions end.", "Not for release until the war ends.",
                      "Not for release until the summit ends allies must act.",
                      "Until further notice, embargoed goods stay seized."):
        assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("statement", [
    "Not for publication: Russia is losing the war.",
    "Not for release until the war ends, Russian assets will stay frozen.",
    "Not to be released until Russia pays, the frozen assets stay in Europe.",
    "Not for publication, but NATO is worried.",
    "Not to be broadcast in Russia, the film shows the war's horrors.",
    "Not for publication until 10:00, Russian assets stay in Europe.",
    "Not for publication until 10:00. NATO allies agreed today to act.",
    "Not for release: the prisoners Russia holds must come home.",
    "Not for publication until the minister has spoken Russian assets must stay frozen.",
    "Not for publication before the minister has spoken, allies said NATO must act.",
    "Not published by any newspaper, the letter warned Russia.", "Not for nothing did NATO send more troops.",
    "NOT FOR RELEASE UNTIL THE WAR ENDS, RUSSIAN ASSETS WILL STAY FROZEN.",
    "Not for publication until 10:00. NATO ALLIES AGREE."])
def test_a_statement_opening_as_not_for_publication_is_kept(statement):
    assert " ".join(split_sentences(f"We met.\n\n{statement}\n")) == f"We met. {statement}"


@pytest.mark.parametrize("statement", [
    "Embargoed goods only change hands.", "Embargoed until 10:00 NATO must change course.",
    "Embargoed until 10:00 allies must note the change.", "Embargoed oil will only change hands at sea."])
def test_a_release_notes_words_of_its_terms_make_no_clause_of_three_words_a_note(statement):
    # A review of e78fec8b: "only", "change", "note" and "edition(s)", a note's terms after its comma, joined the words
    # no clause of three is counted with, so a sentence opening "Embargoed" with them was lost (kept at e78fec8b~1)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Embargoed until 10:00, please do not publish earlier.", "Embargoed until 10:00, including social media.",
    "Embargoed until 10:00, including websites.", "Embargoed until 10:00, embargo applies worldwide.",
    "For immediate release, please distribute widely.",
    "Embargoed until the minister has spoken, please do not publish."])
def test_a_release_notes_terms_after_its_comma_are_still_its_note(note):
    # A review of e78fec8b: two words in lower case after the note's comma made it a sentence, so its terms, a request
    # or what the embargo covers, were scored (a note at e78fec8b~1); the sentences it keeps are tested above
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    if note.startswith("Embargoed until "):  # as after a footer's stop
        footer = f"© 2026 Baltic Wire. Not for publication before {note[16:]}"
        assert split_sentences(f"We met.\n\n{footer}\n") == ["We met."]


@pytest.mark.parametrize("note", [
    "Embargoed until the minister speaks tomorrow morning in parliament",
    "Embargoed until the minister speaks this evening in parliament",
    "Embargoed until the minister speaks about defence spending in parliament",
    "Embargoed until the Prime Minister speaks during the debate on defence spending",
    "Embargoed until the minister has spoken via video link to the summit",
    "Embargoed until the minister addresses reporters outside the summit venue"])
def test_an_embargo_until_a_speech_going_on_with_when_or_about_what_is_still_a_note(note):
    # A review of 4b825e0c: the words after a speech's verb were counted as a sentence run on unless the next was a
    # note's, so a speech's time, subject or audience ("tomorrow morning", "about defence spending", "reporters") made
    # three words of a clause and the note was scored (a note at 4b825e0c~1), after a footer's stop too
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    footer = f"© 2026 Baltic Wire. Not for publication until {note[16:]}"
    assert split_sentences(f"We met.\n\n{footer}\n") == ["We met."]


@pytest.mark.parametrize("furniture", [
    "Photo, courtesy of NATO.", "Photos, courtesy of the alliance press office.", "Editing, design by Alex Smith.",
    "Cover, photo by Alex Smith.", "Graphics, data from NATO.", "Source, ministry of defence, Lithuania.",
    "Newsletter, delivered every Tuesday.", "Translation, edited by the desk.", "Feedback, tell us what you think.",
    "Questions, email us at tips@balticwire.com", "Tips, send them to tips@balticwire.com",
    "Listen, subscribe now on Spotify."])
@pytest.mark.parametrize("footer", ["© 2026 Baltic Wire.", "Follow us on X.", "© 2026 Reuters. All rights reserved."])
def test_a_footers_label_and_its_credit_after_its_stop_are_still_furniture(footer, furniture):
    # A review of f17da442: any word before a comma opened a sentence when a word in lower case followed, so a footer's
    # credit or contact labelled so was scored with the footer's own "© 2026 Baltic Wire." (furniture at f17da442~1),
    # and "Questions, email us at" lost its address
    assert split_sentences(f"We met.\n\n{footer} {furniture}\n") == ["We met."]


@pytest.mark.parametrize("statement", ["Friends, we must act now.", "However, allies must stand with Ukraine.",
                                       "Still, we must send more air defence.", "Indeed, the alliance must act now."])
def test_a_sentence_opening_with_an_adverb_or_an_address_after_a_footer_is_kept(statement):
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement


@pytest.mark.parametrize("call", [
    "To unsubscribe, visit link.balticwire.com/unsubscribe.", "To unsubscribe, visit button.balticwire.com/prefs.",
    "To unsubscribe, go to link.mail.balticwire.com.", "To unsubscribe, visit here.balticwire.com/p."])
def test_a_call_to_unsubscribe_at_an_address_whose_name_is_a_calls_word_is_still_furniture(call):
    # A review of 12809459: a stop after " here", " below", " link" or " button" ended the call wherever it stood, so
    # an address opening with that word lost the call its sentence and the line was scored (furniture at 12809459~1)
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {call}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "To unsubscribe from Russian gas, reply stop to Putin's blackmail.",
    "To unsubscribe from the sanctions regime, reply unsubscribe to nobody: Hungary must stay."])
def test_a_sentence_replying_stop_or_unsubscribe_in_lower_case_to_someone_is_kept_after_a_footer(statement):
    # A review of 115615fb: "reply stop" or "reply unsubscribe" in lower case was a mail's call whatever followed, so a
    # sentence so worded after a footer's note was left out with it (scored at 115615fb~1)
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement


@pytest.mark.parametrize("call", ["To unsubscribe from Baltic Wire, reply stop.", "To unsubscribe, reply 'stop' now.",
                                  "To unsubscribe from Baltic Wire, reply with the word stop to this address.",
                                  "To unsubscribe from Baltic Wire, reply STOP to this address."])
def test_a_call_to_reply_stop_after_a_footer_is_still_furniture(call):
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {call}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "To unsubscribe from Russian gas, reply 'stop' to Putin's blackmail.",
    "To unsubscribe from Russian gas, reply “stop” to the Kremlin's gas traders.",
    "To unsubscribe from Russian gas, reply with the word stop to Moscow.",
    "To unsubscribe from Russian gas, reply with the word STOP to Moscow.",
    "To unsubscribe from Russian gas, reply 'unsubscribe' to Gazprom."])
def test_a_sentence_replying_a_quoted_word_to_a_name_is_kept_after_a_footer(statement):
    # A review of c5fa6c5e: a word replied quoted or after "the word" was a mail's call whatever it was replied to, so a
    # sentence replying it to a name or to every one of something was lost with the footer (scored at 115615fb~1)
    for footer in ("© 2026 Baltic Wire.", "Follow us on X."):
        assert split_sentences(f"We met.\n\n{footer} {statement}\n")[-1].endswith(statement)
    # replied to the mail's own address or to any of its messages, the word is the call's still
    for call in ("To unsubscribe from Baltic Wire, reply 'stop' to any message.",
                 "To unsubscribe from Baltic Wire, reply STOP to this address."):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {call}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks today allies must act.",
    "Not for publication until the minister speaks about Ukraine allies must act.",
    "Not for publication until the minister speaks tonight allies will stand firm.",
    "Not to be released until the minister speaks during the summit allies must stay united.",
    "Not for publication until the minister addresses parliament Russia must pay.",
    "NOT FOR PUBLICATION UNTIL THE MINISTER SPEAKS TODAY ALLIES MUST ACT."])
def test_a_sentence_with_a_modal_run_on_after_a_speech_going_on_is_kept_alone_on_its_line(statement):
    # A review of 6fdbecac: the words a speech goes on with ("today", "about", "during") and "addresses" made the
    # note's event run to the line's end, so a line opening "Not for publication until …" with a sentence run on
    # after it held only a note's words and was left out (scored at d2274ef4 and at 6fdbecac~1)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    # the notes 6fdbecac made notes stay notes
    for note in ("Not for publication until the minister speaks tomorrow morning in parliament",
                 "Not for publication until the minister addresses reporters outside the summit venue",
                 "Embargoed until the minister speaks about defence spending in parliament",
                 "Not for publication until the minister speaks about what allies must do",
                 "Embargoed until the minister's statement on how NATO will respond"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Embargoed until the peace conference ends in Geneva Russian assets must stay frozen.",
    "Embargoed until the press conference ends at noon allies must keep sanctions in place.",
    "Embargoed until the statement is made by Hungary Russia will keep its gas money.",
    "Embargoed until the briefing ends today allies must agree on more aid.",
    "Embargoed until the conference ends and the minister leaves NATO must keep quiet."])
def test_a_sentence_with_a_modal_run_on_after_an_event_that_ends_somewhere_is_kept(statement):
    # The words after an event's verb of ending going on ("… ends in", "… made by", "… ends today") were the note's
    # to the line's end, so a sentence run on after them without a comma was lost whole (scored at d2274ef4)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(statement) == [statement]


@pytest.mark.parametrize("statement", [
    "To unsubscribe from Russian gas, reply 'stop' to Łukaszenka.",
    "To unsubscribe from Russian gas, reply 'stop' to the Élysée's friends in Moscow.",
    "To unsubscribe from Russian gas, reply “stop” to Ørsted's rivals in the Kremlin.",
    "To unsubscribe from Russian oil, reply 'stop' to OPEC.",
    "To unsubscribe from Russian oil, reply with the word STOP to the OPEC cartel.",
    "To unsubscribe from Russian gas, reply with the word stop to the USSR's heirs.",
    "To unsubscribe from the Kremlin's lies, reply 'stop' to RT."])
def test_a_sentence_replying_a_quoted_word_to_a_name_in_any_alphabet_or_in_capitals_is_kept_after_a_footer(statement):
    # A review of aeefac1b: a name replied to was one opening with A to Z and a letter a to z, so a sentence replying
    # the word to "Łukaszenka", "Élysée" or "OPEC" was lost with the footer still (scored at d2274ef4)
    for footer in ("© 2026 Baltic Wire.", "Follow us on X."):
        assert split_sentences(f"We met.\n\n{footer} {statement}\n")[-1].endswith(statement)
    # a mail's call in capitals replies to its own address, and a name in capitals before a number is its number
    for call in ("TO UNSUBSCRIBE FROM BALTIC WIRE, REPLY STOP TO THIS ADDRESS.",
                 "TO UNSUBSCRIBE FROM BALTIC WIRE, REPLY 'STOP' TO US.",
                 "To unsubscribe from Baltic Wire, reply STOP to SMS 12345."):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {call}\n") == ["We met."]


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks in Vilnius where leaders will meet",
    "Embargoed until the minister speaks at the summit where allies will decide on aid",
    "Not for publication until the briefing ends at noon when ministers will leave",
    "Embargoed until the briefing ends at noon when ministers will leave the building",
    "Not for publication until the minister's statement can be read in parliament",
    "NOT FOR PUBLICATION UNTIL THE MINISTER SPEAKS IN VILNIUS WHERE LEADERS WILL MEET"])
def test_an_embargo_until_a_speech_with_a_modal_in_a_clause_of_where_or_when_is_still_a_note(note):
    # A review of fa2b9c1f and 18cfe9cd: a modal verb anywhere after the speech or its verb of ending made the words a
    # sentence run on, so a note of where or when the event is, or of what its statement can be, was scored, alone on
    # its line, after a footer and in a speaker's turn (notes at fa2b9c1f~1)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"We met.\n\n{note}.\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    if note.startswith("Not"):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks tonight Russia is losing the war.",
    "Not to be released until the president addresses parliament Europe has to pay for its defence.",
    "Not for publication until the minister speaks today allies are united.",
    "Embargoed until the minister speaks via video link Moscow has to pay.",
    "Embargoed until the minister speaks today Ukraine may join NATO one day.",
    "Embargoed until the peace conference ends in Geneva Europe is ready to pay for its defence.",
    "Embargoed until the briefing ends today the alliance doesn't need Hungary's veto.",
    "Not for publication until the briefing has ended in Brussels Russia does not want peace.",
    "NOT FOR PUBLICATION UNTIL THE MINISTER SPEAKS TONIGHT RUSSIA IS LOSING THE WAR."])
def test_a_sentence_run_on_with_a_form_of_be_or_has_to_after_an_embargos_event_is_kept(statement):
    # A review of fa2b9c1f and 18cfe9cd: only a modal verb made the words after a speech or its verb of ending going on
    # a sentence run on, so one with "is", "has to" or "does not" was lost whole, alone on its line, after a footer
    # and in a speaker's turn (each scored at d2274ef4)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    if statement.startswith("Not"):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement
    # in a clause of the event's own, or straight after it, the verb is the note's
    for note in ("Not for publication until the briefing has ended and the minister is gone",
                 "Not for publication until the minister speaks in parliament after the vote is taken",
                 "Not for publication until the minister speaks later as the summit is closing",
                 "Not for publication until the minister speaks today while leaders are meeting",
                 "Not for publication until the statement is read out in parliament",
                 "Not for publication until the statement by the minister is published",
                 "Not for publication until the briefing for the press is held",
                 "Not for publication until the minister speaks in May",
                 "Embargoed until the conference ends in the hall where the summit is held each year"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


def test_documents_named_by_dates_keep_them_as_dates_in_their_statements_document_column():
    # A notebook user's audit: a Series of speeches indexed by the day they were given
    # gave docs.profile a document level of dates, but docs.sentences a document column of
    # Python objects, so docs.sentences.document.dt.to_period("M") failed in pandas ("Can only
    # use .dt accessor with datetimelike values") and plot_trend(docs) said the statements had
    # no time to draw. The column keeps the index's dtype, as the profile's level does.
    days = pd.to_datetime(["2024-01-07", "2024-01-21", "2024-02-04"])
    speeches = pd.Series(["We must help Ukraine. NATO is united.", "Bring the brigade home.",
                          "More troops to Estonia."], index=days)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nor does showing them warn (a frame's round() of dates did)
        docs = stance.score_documents(speeches)
        str(docs), docs._repr_html_()
    documents = docs.sentences["document"]
    assert documents.dtype == days.dtype and documents.tolist() == [days[0], days[0], days[1], days[2]]
    assert documents.dtype == docs.profile.index.get_level_values("document").dtype
    months = documents.dt.to_period("M")
    assert months.astype(str).tolist() == ["2024-01", "2024-01", "2024-01", "2024-02"]
    with pytest.raises(stance.InvalidTypeError, match=re.escape("doc.sentences['document'].dt.to_period('M')")):
        stance.plot_trend(docs)
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    by_month = profile(docs.sentences.assign(month=months), by="month")  # as the advice says
    assert by_month.index.get_level_values("month").astype(str).unique().tolist() == ["2024-01", "2024-02"]
    plt.close(stance.plot_trend(by_month).figure)
    # Periods, numbers and categories keep theirs; text and a dict's names stay Python objects.
    for index in (pd.period_range("2024-01", periods=3, freq="M"), pd.Index([1, 5, 9]),
                  pd.CategoricalIndex(["c", "b", "a"], categories=["c", "b", "a"])):
        assert stance.score_documents(speeches.set_axis(index)).sentences["document"].dtype == index.dtype
    assert stance.score_documents(speeches.set_axis(["a", "b", "c"])).sentences["document"].dtype == object
    assert stance.score_documents(dict(zip("abc", speeches))).sentences["document"].dtype == object


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks today because allies must act now.",
    "Not for publication until the president speaks where Russia will hear him allies must stand firm.",
    "Embargoed until the peace conference decides where the border will lie Russian assets must stay frozen."])
def test_a_sentence_run_on_after_a_clause_of_where_or_why_an_embargos_event_is_given_is_kept(statement):
    # A review of 627a998f: "because" opened a clause of the note's, and a clause of where or when took every verb
    # after it, so a modal verb of the sentence run on after them was lost with the note (each scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    if statement.startswith("Not"):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement
    # a clause of where or when with its one verb, or of why with a form of "be", is the note's still
    for note in ("Embargoed until the minister speaks in Vilnius where leaders will meet and ministers will sign",
                 "Not for publication until the minister speaks tonight unless the debate is delayed",
                 "Embargoed until the minister speaks tonight because the vote is delayed"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks tonight Russia and Belarus are losing the war.",
    "Not for publication until the minister speaks today Russia or Belarus is next.",
    "Not for publication until the president addresses parliament Poland and the Baltic states have to spend more.",
    "Embargoed until the minister speaks today Finland and Sweden are safer in NATO."])
def test_a_sentence_run_on_after_an_embargos_event_whose_subject_is_two_names_is_kept(statement):
    # A review of 5467dad2: "and" or "or" between two names opened a clause of the event's, whose form of "be" or
    # "has to" was the note's, so a sentence run on with two names for its subject was lost whole (each but the last
    # scored at d2274ef4)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # "and" after the event's words, or before a word in lower case, opens its clause still
    for note in ("Not for publication until the briefing has ended and the minister is gone",
                 "Not for publication until the briefing has ended in Brussels and the minister is gone",
                 "NOT FOR PUBLICATION UNTIL THE BRIEFING HAS ENDED AND THE MINISTER IS GONE"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks when the summit opens allies must be ready.",
    "Not for publication until the minister speaks when the summit is held and NATO must decide.",
    "Embargoed until the minister speaks today while Russia shells Kharkiv allies must send air defence.",
    "Embargoed until the minister speaks tonight when Russia attacks NATO must respond."])
def test_a_sentence_run_on_with_must_after_a_clause_of_when_an_embargos_event_is_given_is_kept(statement):
    # A review of 627a998f: a clause of where or when took "must" for its own verb, so the sentence run on after it was
    # lost with the note (the first two scored at d2274ef4 and 77f431e2, the last two at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    if statement.startswith("Not"):
        assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement
    # "will" or a form of "be" in that clause is its own, the note's
    for note in ("Not for publication until the minister speaks today when NATO leaders will decide",
                 "Embargoed until the briefing ends at noon when ministers are leaving"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("note", [
    "Not for publication until the briefing has ended in Brussels and Kyiv is informed",
    "Not for publication until the minister speaks in the Commons and the House is adjourned",
    "Not for publication until the Minister speaks in Parliament and the Speaker is seated",
    "Not to be released before the minister speaks in Berlin and Paris is informed",
    "Not for publication until the minister speaks in Brussels or Luxembourg is confirmed",
    "Not for publication until the minister speaks on Monday and Tuesday is confirmed"])
def test_an_embargo_whose_event_goes_on_after_a_place_with_and_is_a_note(note):
    # A review of 0d97fb35: "and"/"or" after a place the event is in was read as joining two names of a sentence's
    # subject, so the note was scored as a statement (each a note at 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # two names after the event's place, or after its time, are a sentence's subject still
    for statement in ("Not for publication until the minister speaks in Riga Estonia and Latvia are on the flank.",
                      "Not for publication until the minister speaks at noon Estonia and Latvia are on the flank."):
        assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks in New York and Washington is informed",
    "Not for publication until the minister speaks at Lancaster House and Downing Street is informed",
    "Not for publication until the minister speaks inside NATO HQ and Brussels is told"])
def test_an_embargo_whose_event_goes_on_after_a_place_of_several_names_with_and_is_a_note(note):
    # A review of 779338a3: a place after a preposition was the event's only when one word long, so "… in New York and
    # Washington is informed" was still scored as a statement (each a note at 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # names after such a place that take a verb of many are a sentence's subject still
    statement = "Not for publication until the minister speaks in Riga Estonia and Latvia are on the flank."
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks when allies meet Russia can't win.",
    "Not for publication until the minister speaks when allies meet Russia can’t win.",
    "Not for publication until the minister speaks where the front is Europe can't wait.",
    "Not for publication until the minister speaks when the summit is held and NATO can't wait."])
def test_a_sentence_run_on_with_cant_after_a_clause_of_when_an_embargos_event_is_given_is_kept(statement):
    # A review of 66795790: "can't" is one of its duties, but "can" matched up to the apostrophe first, so the clause of
    # when took it for its own verb and the sentence was lost with the note ("cannot" kept; each scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks where allies meet Russia will be watching.",
    "Not for publication until the minister speaks when the summit opens Russia will lose.",
    "Not for publication until the minister speaks when allies meet we will act.",
    "Embargoed until the minister speaks tonight when Russia attacks NATO will respond."])
def test_a_sentence_run_on_with_will_after_a_clause_of_when_with_its_own_verb_is_kept(statement):
    # A review of 66795790: a clause of when or where took any modal verb but a duty for its own, so a sentence run on
    # with "will" after the clause's own verb was lost with the note (each scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # the clause's subject before its own modal verb is the note's still
    for note in ("Not for publication until the minister speaks where NATO will meet",
                 "Not for publication until the minister speaks where the leaders of NATO will meet",
                 "Not for publication until the minister speaks at the summit where President Zelensky will join",
                 "Not for publication until the minister speaks when the UK and France will sign",
                 "Not for publication until the minister speaks where reporters covering NATO will be seated",
                 "Not for publication until the minister speaks where we will meet"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks when the summit opens President Putin will be isolated.",
    "Not for publication until the minister speaks when the summit opens Mr Putin will be isolated.",
    "Not for publication until the minister speaks when allies meet NATO's enemies will be watching.",
    "Not for publication until the minister speaks when allies meet Europe's security will be decided.",
    "Not for publication until the minister speaks when allies meet the Kremlin will be watching.",
    "Not for publication until the minister speaks when allies meet it will be clear that NATO is united."])
def test_a_sentence_run_on_with_will_after_a_clause_of_when_with_a_subject_of_several_words_is_kept(statement):
    # A review of 1bf17a09: its subject after the clause's own verb was one name or a pronoun but "it", so a title
    # before the name, a name's possessive or "the" lost the sentence with the note still (each scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # such a subject right after the clause's small words is the note's still
    for note in ("Not for publication until the minister speaks when Prime Minister Donald Tusk will arrive",
                 "Not for publication until the minister speaks where NATO's leaders will meet",
                 "Not for publication until the minister speaks when talks with the Kremlin will resume",
                 "Not for publication until the minister speaks where it will be broadcast"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks when the summit opens the United States will lead.",
    "Not for publication until the minister speaks when allies meet the Kremlin's lies will be exposed.",
    "Not for publication until the minister speaks when allies meet NATO's eastern flank will be ready.",
    "Not for publication until the minister speaks when allies meet Russia and Belarus will be isolated.",
    "Not for publication until the minister speaks when allies meet the EU and NATO will act.",
    "Not for publication until the minister speaks when Russia attacks the Baltics NATO will respond."])
def test_a_sentence_run_on_with_will_after_a_clause_of_when_with_a_subject_of_the_and_names_is_kept(statement):
    # A review of e4d967a6: "the" took one name after it, a possessive one noun, and names joined by "and" none, so
    # "the United States", "NATO's eastern flank" and "Russia and Belarus" lost the sentence with the note (each
    # scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {statement}\n")[-1] == statement
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # names joined after the clause's small words, or after "between", are the note's still
    for note in ("Not for publication until the minister speaks when Britain and France will sign the treaty",
                 "Not for publication until the minister speaks when talks between Russia and Ukraine will resume",
                 "Not for publication until the minister speaks where the United States will host the talks",
                 "Not for publication until the minister speaks where NATO's eastern allies will meet"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Not for publication until the minister speaks when allies meet the United States and Canada will lead.",
    "Not for publication until the minister speaks when allies meet France and the United Kingdom will lead.",
    "Not for publication until the minister speaks when the summit opens North Macedonia and Montenegro will act."])
def test_a_sentence_run_on_with_will_after_a_clause_of_when_with_names_of_several_words_joined_is_kept(statement):
    # A review of 00c98d0b: names joined took one word each, so a name of two or three ("the United States") joined
    # to another lost the sentence with the note (each scored at 77f431e2)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # after the clause's small words or a preposition, such names are the note's still
    for note in ("Not for publication until the minister speaks where the United States and Canada will host the talks",
                 "Not for publication until the minister speaks when talks between the United States and Canada will "
                 "resume"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks when countries like Britain and France will sign the treaty",
    "Not for publication until the minister speaks when talks over Russia and Ukraine will resume",
    "Not for publication until the minister speaks when sanctions against Russia and Belarus will be discussed",
    "Not for publication until the minister speaks when talks about Ukraine and Moldova will open",
    "Not for publication until the minister speaks when talks about Ukraine will open"])
def test_names_after_a_preposition_in_a_clause_of_when_are_its_object_not_a_sentences_subject(note):
    # A review of 00c98d0b: names joined after a preposition that was none of the clause's small words were read
    # as a sentence's subject after the clause's verb, and the note scored (the first four notes at 00c98d0b's parent);
    # a name alone so too (scored since 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # names after the clause's verb are a sentence's subject still
    statement = "Not for publication until the minister speaks when allies meet Russia and Belarus will be isolated."
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Not to be released until the minister speaks with Rutte and NATO allies are informed",
    "Not for publication until the minister speaks for NATO and Brussels officials are informed",
    "Embargoed until the minister speaks inside NATO HQ and Allies were informed",
    "Not for publication until the minister speaks with Zelensky and Ukraine's allies are informed"])
def test_an_embargo_whose_event_goes_on_with_names_told_of_it_in_the_plural_is_a_note(note):
    # A review of 76f14f5d and 16fd1dec: names after a place of several names, "with" or "for" and "and" that take a
    # verb of many were read as a subject's joined, though what they are is informed of the event (notes at 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # a verb of many that tells of no informing keeps such names a sentence's subject
    statement = "Not for publication until the minister speaks in Riga Estonia and Latvia are on the flank."
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks with Rutte and NATO allies are being informed",
    "Not for publication until the minister speaks with Rutte and NATO allies are kept informed",
    "Not for publication until the minister speaks for NATO and Brussels officials are now briefed",
    "Embargoed until the minister speaks inside NATO HQ and Allies are all being told"])
def test_an_embargo_whose_event_goes_on_with_names_being_told_of_it_is_a_note(note):
    # A review of c71ffdf8: names told of the event were the note's only when "informed", "told"… came right after
    # the verb or after "been"; "being", "kept", "now" between them left each a statement (notes at 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    statement = "Not for publication until the minister speaks with Rutte and NATO allies are ready to act."
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks with Zelensky and Kyiv is informed",
    "Not for publication until the minister speaks for NATO and Brussels is informed"])
def test_an_embargo_whose_event_goes_on_after_with_or_for_a_name_and_and_is_a_note(note):
    # A review of 779338a3: a name after "with" or "for" was still read as joining a subject's with the name after its
    # "and", so the event's clause was scored as a statement (each a note at 77f431e2)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"We met.\n\n© 2026 Baltic Wire. {note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # names so joined that take a verb of many are a sentence's subject still
    statement = "Not for publication until the minister speaks today talks with Russia and Belarus are pointless."
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("note", [
    "Strictly embargoed until 00:01 GMT, Tuesday 4 March 2026", "STRICTLY EMBARGOED UNTIL 00:01 GMT TUESDAY 4 MARCH",
    "Embargo: 10:00 CET, 5 March 2026", "EMBARGO: 00:01 GMT", "Embargo until 10:00 CET",
    "Under embargo until delivery", "Strictly under embargo until the minister has spoken", "[Embargo: 10:00 CET]"])
def test_an_embargo_note_opening_strictly_or_with_the_noun_is_a_note(note):
    # Only "Embargoed" opened a release's note ("embargoed?" read "embargoe" and its "d"), so a release's note opening
    # "Strictly embargoed", "Embargo:" or "Under embargo until" was scored, or joined to the line below it
    release = f"NATO allies agree new spending target\n{note}\nAllies agreed today to spend more.\n"
    assert split_sentences(release) == ["NATO allies agree new spending target", "Allies agreed today to spend more."]
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    # in one cell before its release's text too
    assert split_sentences(f"{note}. NATO allies agreed today to spend more.")[-1] == (
        "NATO allies agreed today to spend more.")


@pytest.mark.parametrize("statement", [
    "Embargo on Russian oil must be tightened.", "Under embargo, Russia's exports fell sharply.",
    "Embargo: Russia must be cut off from every market.", "Strictly embargoed goods must be seized at the border.",
    "Under embargo until the war ends, Russian assets stay in Europe.",
    "Strictly embargoed until the minister has spoken Russian assets must stay frozen."])
def test_a_sentence_opening_with_an_embargo_or_strictly_embargoed_is_words(statement):
    # the noun opens a sentence as often as a note: only its colon or its "until" makes a note of it, whose clause of
    # its own keeps it words as "Embargoed …"'s does
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("text, expected", [
    ("Głosowało 450 posłów, za 312 posłów. Przeciw: 1. Wstrzymało się 0 posłów.",
     ["Głosowało 450 posłów, za 312 posłów.", "Przeciw: 1.", "Wstrzymało się 0 posłów."]),
    ("Za - 312. Przeciw: 1. Dziękuję.", ["Za - 312.", "Przeciw: 1.", "Dziękuję."]),
    ("Przeciw: 1. Dziękuję bardzo.", ["Przeciw: 1.", "Dziękuję bardzo."]),
    ("Result: 1. Next item.", ["Result: 1.", "Next item."]),
    ("We met.\n\nResult: 1. Next item.\n\nWe left.", ["We met.", "Result: 1.", "Next item.", "We left."]),
])
def test_a_count_of_one_after_a_colon_with_no_list_going_on_keeps_its_figure(text, expected):
    # A review of c44efbe2: a "1." after a colon was a count only beside another "label: figure." piece, so a vote's
    # one vote against after a tally written otherwise ("za 312 posłów.", "Za - 312.") or before none, and "Result:
    # 1. Next item.", lost their "1"; a list's first marker is one only where its list goes on, a "2." after it
    assert split_sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Our aims: 1. We arm Ukraine. 2. We stay united.", ["Our aims:", "We arm Ukraine.", "We stay united."]),
    ("We did three things: 1. We agreed.\n2. We put troops in.\n3. We left.",
     ["We did three things:", "We agreed.", "We put troops in.", "We left."]),
    ("Our aims: 1. We arm Ukraine.\n\n2. We stay united.", ["Our aims:", "We arm Ukraine.", "We stay united."]),
    ("PEVKUR: Our aims: 1. We arm Ukraine.\n2. We stay united.", ["Our aims:", "We arm Ukraine.", "We stay united."]),
    # a figure after a colon opening the line below is no list's second marker
    ("Our aims: 1. We arm Ukraine.\n2.5 million people fled.",
     ["Our aims: 1.", "We arm Ukraine.", "2.5 million people fled."]),
])
def test_a_lists_first_marker_after_a_colon_goes_where_its_list_goes_on(text, expected):
    # the "2." that tells a list from a count is cut off as a piece of its own inline, and dropped as a bullet opening
    # the line below, its block's next
    assert split_sentences(text) == expected


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister speaks when the summit opens our allies will stand firm.",
    "Embargoed until the minister speaks when the summit opens our eastern allies will be ready.",
    "Embargoed until the minister speaks when allies meet their resolve will be tested.",
    "Embargoed until the minister speaks when talks end his government will fall.",
    "Not for publication until the minister speaks when the summit opens our allies will stand firm.",
    "Not to be released until the minister speaks when allies meet our troops will be ready."])
def test_a_sentence_run_on_after_a_clause_of_when_with_a_possessive_subject_is_kept(statement):
    # A subject after the clause's own verb was a name or a pronoun only, so a sentence run on with "will" whose subject
    # is in lower case after a possessive was lost with the embargo's note (as "… opens NATO will stand firm." is not)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # the clause's own subject after a possessive, or after a word of how many, is the note's still
    for note in ("Embargoed until the minister speaks when our leaders will meet",
                 "Not for publication until the minister speaks when all our allies will be present",
                 "Not for publication until the minister speaks when both our delegations will be present",
                 "Embargoed until the minister speaks when leaders and their advisers will meet",
                 "Not to be released until the minister speaks when talks with our partners will resume"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("statement", [
    "Embargoed oil still reaches Europe through India.", "Embargoed goods must be seized at the border.",
    "Embargoed until the war ends, Russian assets stay in Europe.",
    "Embargoed until the peace conference ends Russian assets must stay frozen.",
    "Embargoed until the minister speaks when the summit opens NATO will stand firm."])
@pytest.mark.parametrize("footer", ["© 2026 Baltic Wire.", "© 2026 Reuters. All rights reserved."])
def test_a_sentence_opening_as_a_release_note_after_a_footers_stop_is_kept(footer, statement):
    # After a footer's stop, a sentence opening "Embargoed" was read as a release's note running to the line's end, and
    # the line was furniture whole: each is words alone on its line, and is after a footer too
    # (the footer's own sentences are kept with a line that goes on, as before)
    assert split_sentences(f"We met.\n\n{footer} {statement}\n")[-1] == statement
    # a note there is the footer's still, and a sentence after it is read as before
    for note in ("Embargoed until 00:01 GMT, Tuesday 4 March 2026", "Embargoed until the minister has spoken",
                 "Embargoed until 10:00, Brussels time."):
        assert split_sentences(f"We met.\n\n{footer} {note}\n") == ["We met."]
    assert split_sentences(f"We met.\n\n{footer} Embargoed until 00:01 GMT. NATO allies agreed today to act.\n")[
        -1] == "NATO allies agreed today to act."


@pytest.mark.parametrize("text, expected", [
    ("We did three things: 1. We agreed plans\nfor the flank.\n2. We put troops in.",
     ["We did three things:", "We agreed plans for the flank.", "We put troops in."]),
    ("We did three\nthings: 1. We agreed.\n2. We put troops in.",
     ["We did three things:", "We agreed.", "We put troops in."]),
    ("Porządek dzienny: 1. Sprawozdanie Komisji Obrony\nNarodowej o projekcie ustawy.\n\n2. Pierwsze czytanie.",
     ["Porządek dzienny:", "Sprawozdanie Komisji Obrony Narodowej o projekcie ustawy.", "Pierwsze czytanie."]),
    ("PEVKUR: Our aims: 1. We arm Ukraine with all\nwe have.\n(2) We stay united.",
     ["Our aims:", "We arm Ukraine with all we have.", "We stay united."]),
    # the list goes on from the block's last first marker, not from a count of one above it in the block
    ("Result: 1. Next item. We turn to our\naims: 1. We arm Ukraine.\n2. We stay united.",
     ["Result: 1.", "Next item.", "We turn to our aims:", "We arm Ukraine.", "We stay united."]),
])
def test_a_lists_first_marker_goes_when_its_first_item_or_lead_in_wraps_onto_lines_below(text, expected):
    # A review of 9acd6b29: the "2." was looked for on the line below the one the "1." piece starts on, which is the
    # first item's (or the lead-in's) own next line when it wraps, as a PDF's hard-wrapped record does; the list's
    # "2." opens the line below the block, a block of its own, and the "1." stayed as a count ("… things: 1.")
    assert split_sentences(text) == expected


@pytest.mark.parametrize("note", [
    "Not for publication until the minister speaks when troops inside Ukraine and Moldova will be reinforced",
    "Not for publication until the minister speaks when troops outside Russia and Belarus will be counted",
    "Not for publication until the minister speaks when forces alongside Britain and France will train",
    "Not for publication until the minister speaks when talks amongst Russia and Ukraine will resume",
    "Not for publication until the minister speaks when all countries except Russia and Belarus will sign",
    "Embargoed until the minister speaks when troops inside our borders will be counted"])
def test_names_after_inside_outside_or_except_in_a_clause_of_when_are_its_object(note):
    # A review of b75e0947: its prepositions left out "inside", "outside", "alongside", "amongst", "except"…, so names
    # after them were still read as a sentence's subject and the note scored (each a note at 00c98d0b's parent)
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]


@pytest.mark.parametrize("note", [
    "Embargo – 10:00 CET, 5 March 2026", "Embargo — 10:00 CET", "Embargo - 10:00 CET",
    "EMBARGO 00:01 GMT TUESDAY 4 MARCH", "Embargo 00:01 GMT 4 March 2026", "Embargo 10.00 CET"])
def test_an_embargo_note_with_a_dash_or_its_time_after_the_noun_is_a_note(note):
    # A review of 6d7e7c51: the noun "Embargo" opened a note only with its colon or "until", so the same note with a
    # dash for the colon, or its time straight after the noun, was scored, and joined to the sentence below it
    assert split_sentences(f"{note}\nNATO allies will stand firm.\n") == ["NATO allies will stand firm."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # a sentence so opening is words still
    for statement in ("Embargo – the word Russia fears – must be extended.", "Embargo 2.0 must hit Russia's fleet.",
                      "Embargo — Russia's oil still flows through India."):
        assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


def test_a_lines_counts_of_one_look_below_it_once_however_many_and_whatever_blank_lines_follow(monkeypatch):
    # A review of 9acd6b29: each "…: 1." with no "2." after it in its block looked for the first line that is not
    # blank below its line, and every such piece of a one-line block looks below the same line: a line of 4,000
    # "Result: 1. Next item." above 50,000 blank lines took 9.2 s (1.5 s at 900d2acc), in the product of the two
    import stance.sentences as sentences

    looked_below = []
    real = sentences._line_below
    monkeypatch.setattr(sentences, "_line_below", lambda *args: looked_below.append(args[-1]) or real(*args))
    text = " ".join(f"Result: 1. Next item {n}." for n in range(200)) + "\n" * 500 + "End of the record.\n"
    statements = split_sentences(text)
    assert statements[:2] == ["Result: 1.", "Next item 0."] and statements[-1] == "End of the record."
    assert statements.count("Result: 1.") == 200  # each count kept
    assert looked_below == [1]  # the line below the one line, looked for once


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister speaks when the summit opens our NATO allies will stand firm.",
    "Embargoed until the minister speaks when the summit opens our Baltic allies will stand firm.",
    "Not for publication until the minister speaks when allies meet their Russian counterparts will be isolated.",
    "Embargoed until the minister speaks when the summit opens our 300 troops will deploy."])
def test_a_sentence_run_on_after_a_clause_of_when_with_a_possessive_and_a_names_adjective_is_kept(statement):
    # A review of 815b7aee: the adjective between the possessive and its noun was one in lower case only, so "our
    # eastern allies" after the clause's verb was a subject and "our NATO allies" or "our Baltic allies" was not: the
    # line was lost whole with the note
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # after a small word of the clause such words are its own subject or object still: the note's
    for note in ("Embargoed until the minister speaks when talks with our NATO allies will resume",
                 "Embargoed until the minister speaks when all our NATO allies will be present"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]


@pytest.mark.parametrize("text, expected", [
    ("Głosowało 450 posłów. Przeciw: 1. Dziękuję. Porządek dzienny: 1. Sprawozdanie komisji. 2. Pierwsze czytanie.",
     ["Głosowało 450 posłów.", "Przeciw: 1.", "Dziękuję.", "Porządek dzienny:", "Sprawozdanie komisji.",
      "Pierwsze czytanie."]),
    ("Result: 1. Next item. We did three things: 1. We agreed. 2. We put troops in.",
     ["Result: 1.", "Next item.", "We did three things:", "We agreed.", "We put troops in."]),
    # a list of one item before another list
    ("Our aims: 1. We arm Ukraine. Our means: 1. Money. 2. Troops.",
     ["Our aims: 1.", "We arm Ukraine.", "Our means:", "Money.", "Troops."]),
])
def test_a_count_of_one_before_a_list_in_its_paragraph_keeps_its_figure(text, expected):
    # A review of 9acd6b29: a "2." anywhere after a "…: 1." in its paragraph made it a list's first marker, so a count
    # of one above a list of the same paragraph lost its "1" as before the fix; a "2." is the list's of the "…: 1."
    # nearest before it
    assert split_sentences(text) == expected


@pytest.mark.parametrize("told", ["are fully informed", "are being fully briefed", "were duly notified",
                                  "are still being briefed", "are formally told"])
def test_an_embargo_whose_event_goes_on_with_names_told_of_it_with_an_adverb_is_a_note(told):
    # A review of 7658bb5d: the words allowed between the names' verb and "informed" were a fixed few ("being", "kept",
    # "now", "also", "all", "already"), so the same note with an adverb in -ly or "still" was scored as a statement
    note = f"Not for publication until the minister speaks with Rutte and NATO allies {told}"
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # such names with an adverb before anything else they are make a sentence still
    for rest in ("are fully ready to act.", "are still divided."):
        statement = f"Not for publication until the minister speaks with Rutte and NATO allies {rest}"
        assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]


@pytest.mark.parametrize("text, expected", [
    ("The Sejm calls on the government: 1. To raise spending. In particular: 1. Air defence. 2. Ammunition. 2. To "
     "support Ukraine.",
     ["The Sejm calls on the government:", "To raise spending.", "In particular:", "Air defence.", "Ammunition.",
      "To support Ukraine."]),
    # the parent list's "2." on the line below
    ("The Sejm calls on the government: 1. To raise spending. In particular: 1. Air defence. 2. Ammunition.\n"
     "2. To support Ukraine.",
     ["The Sejm calls on the government:", "To raise spending.", "In particular:", "Air defence.", "Ammunition.",
      "To support Ukraine."]),
    ("Sejm wzywa rząd: 1. Do zwiększenia wydatków. W szczególności: 1. Obrona powietrzna. 2. Amunicja. 2. Do "
     "wsparcia Ukrainy.",
     ["Sejm wzywa rząd:", "Do zwiększenia wydatków.", "W szczególności:", "Obrona powietrzna.", "Amunicja.",
      "Do wsparcia Ukrainy."]),
    # a count of one before such a list still keeps its figure
    ("Głosowało 450. Przeciw: 1. Dziękuję. Uchwała: 1. Wydatki. W szczególności: 1. Obrona powietrzna. 2. Amunicja. "
     "2. Wsparcie.",
     ["Głosowało 450.", "Przeciw: 1.", "Dziękuję.", "Uchwała:", "Wydatki.", "W szczególności:", "Obrona powietrzna.",
      "Amunicja.", "Wsparcie."]),
])
def test_a_lists_first_marker_goes_when_a_list_inside_its_first_item_comes_before_its_second(text, expected):
    # A review of 30ef8514: a "2." went with the "…: 1." nearest before it, so a list with a numbered list inside its
    # first item ("…: 1. To raise spending. In particular: 1. … 2. … 2. …") kept its own "1." as a statement's
    # ("The Sejm calls on the government: 1."), where 900d2acc dropped it; the inner list's "2." closes the inner list,
    # the next "2." the outer one, as nested lists close
    assert split_sentences(text) == expected
    assert split_sentences(f"PEVKUR: We met.\n{text}\nWe act.\n")[1:-1] == expected


@pytest.mark.parametrize("statement", [
    "Embargo – Russia must pay.", "Embargo — now, not later.", "Embargo - the only answer.", "Embargo – what else?"])
def test_a_sentence_after_embargo_and_a_dash_is_words_unless_a_time_or_until_follows(statement):
    # A review of 0769016b: a dash after "Embargo" opened a note whatever followed it, so a speaker's short sentence
    # set off by one was lost whole with "Embargo – yes. Blockade – no." (statements at 0769016b's parent)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    assert split_sentences("Embargo – yes. Blockade – no.\n") == ["Embargo – yes.", "Blockade – no."]
    # the note's time, day or "until" after the dash is a note still
    for note in ("Embargo—10:00 CET", "EMBARGO — TUESDAY 4 MARCH 00:01 GMT", "EMBARGO – UNTIL DELIVERY",
                 "Embargo – not for publication before 10:00"):
        assert split_sentences(f"{note}\nNATO allies will stand firm.\n") == ["NATO allies will stand firm."]


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister speaks when the summit opens the allies will stand firm.",
    "Not for publication until the minister speaks when the summit opens the allies will stand firm.",
    "Embargoed until the minister speaks when the summit opens the eastern allies will stand firm.",
    "Embargoed until the minister speaks when allies meet the press will be briefed."])
def test_a_sentence_run_on_with_a_the_subject_after_a_short_clause_of_when_is_kept(statement):
    # A "the" subject after a clause of when was read as the clause's object, so a sentence run on with "will" after
    # "when the summit opens" was lost whole with the note (as "… opens our allies will …" is not, since 815b7aee)
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # in a longer clause, or after a participle or a word of how many, "the" and its noun are the clause's still
    for note in ("Embargoed until the minister speaks when leaders who attend the summit will vote",
                 "Embargoed until the minister speaks when the leaders who attend the summit will vote",
                 "Embargoed until the minister speaks when the ministers elected the previous year will meet",
                 "Embargoed until the minister speaks when all leaders attend the summit will vote",
                 "Embargoed until the minister speaks when talks with the allies will resume"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."], note


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister speaks when the troops move inside Russia will be watching.",
    "Not for publication until the minister speaks when the troops move inside Russia will be watching.",
    "Embargoed until the minister speaks when the army pushes outside the Kursk region NATO will act."])
def test_a_sentence_run_on_after_a_clause_of_when_whose_verb_takes_inside_as_an_adverb_is_kept(statement):
    # "inside" and "outside" are adverbs as often as prepositions (647a4f58 made them the clause's small words): a name
    # after one, right after a clause of its own subject and verb alone, was read as the clause's object and the
    # sentence run on after it lost whole with the note
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # after a noun, a participle or an adverb the names are the clause's still
    for note in ("Not for publication until the minister speaks when troops inside Ukraine and Moldova will be "
                 "reinforced",
                 "Embargoed until the minister speaks when the troops stationed inside Ukraine will rotate",
                 "Embargoed until the minister speaks when the troops still inside Ukraine will leave",
                 "Embargoed until the minister speaks when all troops inside Ukraine will leave"):
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."], note


@pytest.mark.parametrize("statement", [
    "Embargoed until the minister speaks with Rutte and NATO allies are poorly informed about Russia.",
    "Not for publication until the minister speaks with Rutte and NATO allies are badly briefed.",
    "Embargoed until the minister speaks in Riga Estonia and Latvia are woefully informed about Russia."])
def test_names_told_of_an_embargos_event_with_an_adverb_judging_how_well_are_a_sentence(statement):
    # Any adverb in -ly between the names' verb and "informed" made the names told of the event, a note's, so a
    # sentence judging how well they know was lost whole with the note
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]
    assert split_sentences(f"PEVKUR: We met.\n{statement}\nWe act.\n") == ["We met.", statement, "We act."]
    # the note's own adverbs keep it a note (see test_an_embargo_whose_event_goes_on_with_names_told_of_it_…)
    for told in ("are fully informed", "were duly notified", "are formally told", "are being fully briefed"):
        note = f"Not for publication until the minister speaks with Rutte and NATO allies {told}"
        assert split_sentences(f"We met.\n\n{note}\n") == ["We met."], note


@pytest.mark.parametrize("note", [
    "Embargo -- 10:00 CET", "Embargo--10:00 CET", "EMBARGO -- TUESDAY 4 MARCH 00:01 GMT", "Embargo -- until delivery"])
def test_an_embargo_note_with_two_hyphens_for_its_dash_is_a_note(note):
    # Two hyphens, a dash typed where none is at hand, were read as no dash: "Embargo -- 10:00 CET" was scored as a
    # statement where "Embargo – 10:00 CET" is a note
    assert split_sentences(f"{note}\nNATO allies will stand firm.\n") == ["NATO allies will stand firm."]
    assert split_sentences(f"PEVKUR: We met.\n{note}\nWe act.\n") == ["We met.", "We act."]
    # a speaker's words so set off are words still, as after a dash
    assert split_sentences("Embargo -- yes. Blockade -- no.\n") == ["Embargo -- yes.", "Blockade -- no."]
    assert split_sentences("We met.\n\nEmbargo -- Russia must pay.\n") == ["We met.", "Embargo -- Russia must pay."]


@pytest.mark.parametrize("text, expected", [
    ("CHAIR: Those in favour?\nAyes: 312.", [("Those in favour?", "CHAIR"), ("Ayes: 312.", "CHAIR")]),
    ("CHAIR: Those in favour?\nAyes: 312.\nCHAIR: Those against?\nNoes to the left: 120.",
     [("Those in favour?", "CHAIR"), ("Ayes: 312.", "CHAIR"), ("Those against?", "CHAIR"),
      ("Noes to the left: 120.", "CHAIR")]),
    ("MARSZAŁEK: Kto jest za?\nZa: 230.\nMARSZAŁEK: Kto przeciw?\nPrzeciw: 1.",
     [("Kto jest za?", "MARSZAŁEK"), ("Za: 230.", "MARSZAŁEK"), ("Kto przeciw?", "MARSZAŁEK"),
      ("Przeciw: 1.", "MARSZAŁEK")]),
    # anyone else's figure answering a question is theirs still (16c9aa76), as is a vote word's that speaks words
    ("CHAIR: Votes in favour?\nCLERK: 312.", [("Votes in favour?", "CHAIR"), ("312.", "CLERK")]),
    ("CHAIR: Who is for?\nFor: We must act.\nCHAIR: How many?\nFor: 3.",
     [("Who is for?", "CHAIR"), ("We must act.", "For"), ("How many?", "CHAIR"), ("3.", "For")]),
])
def test_a_vote_words_tally_right_after_the_chairs_question_is_a_tally(text, expected):
    # 16c9aa76 made a figure right below a question its answer, a speaker's, so the tally right after the chair's
    # "Those in favour?" named a speaker "Ayes" of "312."
    assert split_speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MODERATOR: 3.\nModerator (Allison Hart): Welcome.\nRUTTE: We met.",
     [("3.", "MODERATOR"), ("Welcome.", "Allison Hart"), ("We met.", "RUTTE")]),
    ("The Moderator (Allison Hart): Welcome.\nRUTTE: We met.\nMODERATOR: 3.",
     [("Welcome.", "Allison Hart"), ("We met.", "RUTTE"), ("3.", "MODERATOR")]),
    ("Moderator (Allison Hart): Welcome.\nRUTTE: We met.\nMODERATOR: 3.",
     [("Welcome.", "Allison Hart"), ("We met.", "RUTTE"), ("3.", "Allison Hart")]),
])
def test_a_figure_tagged_by_the_office_of_a_holder_who_speaks_is_the_holders(text, expected):
    # The names that speak were read by the holder alone, so the office's tag of a figure above the holder's first
    # tag, or below "The Moderator (…):", was a tally and went into the turn before it (RUTTE's)
    assert split_speakers(text) == expected


@pytest.mark.parametrize("statement", [
    "Not for publication: Russia is losing the war.", "Not for release: the prisoners Russia holds must come home.",
    "For immediate release: NATO allies agreed today to act.", "Russia, as always, lies.",
    "Moscow, meanwhile, must pay for the damage.", "Ukraine, for its part, needs more air defence.",
    "Estonia, Latvia and Lithuania agreed to act."])
@pytest.mark.parametrize("footer", ["© 2026 Reuters.", "© 2026 Reuters. All rights reserved."])
def test_a_sentence_after_a_footers_stop_with_a_note_before_its_colon_or_a_comma_after_its_first_word_is_kept(
        footer, statement):
    # A sentence after a footer's stop counted only when its first four words had no comma or colon between them (or
    # a one-word clause before a pronoun), so these, each words alone on its line, were lost whole with the footer
    assert split_sentences(f"We met.\n\n{footer} {statement}\n")[-1] == statement
    assert split_sentences(f"We met.\n\n{statement}\n") == ["We met.", statement]  # as alone on its line
    # a note's time, a list of calls or of a place's parts after the stop is the footer's still
    for furniture in ("Not for publication: Tuesday 4 March.", "Embargoed: 10:00 CET.", "Like, comment, share.",
                      "Vilnius, Lithuania, on 3 March 2026.", "Questions, comments, tips: tips@balticwire.com",
                      "Brussels, Paris and Berlin, 3 March 2026", "Photo, courtesy of NATO."):
        assert split_sentences(f"We met.\n\n{footer} {furniture}\n") == ["We met."], furniture


@pytest.mark.parametrize("note", ["© 2026 Reuters.", "© 2026 Reuters. All rights reserved.",
                                  "Copyright 2026 Parliament.", "For immediate release.", "Embargoed until 10:00.",
                                  "Tags: NATO, Ukraine.", "Follow us on X. Unsubscribe from these e-mails."])
def test_a_footers_note_opening_a_line_that_goes_on_into_a_text_is_left_out(note):
    # A line going on past a footer's or release's note into a text of its own kept the note as a statement:
    # "© 2026 Reuters. NATO allies agreed today to spend more." gave "© 2026 Reuters." too, scored as none
    text = "NATO allies agreed today to spend more. We must send more tanks to Ukraine."
    assert split_sentences(f"We met.\n\n{note} {text}\n") == [
        "We met.", "NATO allies agreed today to spend more.", "We must send more tanks to Ukraine."]
    assert split_statements(f"We met.\n\n{note} {text}\n")[1][2] == 3  # its line's number
    assert split_speakers(f"PEVKUR: We met.\n{note} {text}\nWe act.\n") == [
        ("We met.", "PEVKUR"), ("NATO allies agreed today to spend more.", "PEVKUR"),
        ("We must send more tanks to Ukraine.", "PEVKUR"), ("We act.", "PEVKUR")]
    # the note alone on its line, or going on into no text, is furniture as before; mid-line it is left as written
    assert split_sentences(f"We met.\n\n{note}\n") == ["We met."]
    assert split_sentences(f"We met. {note} Allies agreed to send more troops to Estonia.")[0] == "We met."


@pytest.mark.parametrize("sentence", ["Gen. Cavoli said allies must act.", "Lt. Col. Smith said allies must act now.",
                                      "J. Stoltenberg said allies must act.", "Sec. Gen. Rutte said allies must act.",
                                      "Prof. Smith said allies must act now."])
@pytest.mark.parametrize("note", ["© 2026 Reuters.", "For immediate release.", "© 2026 Reuters. All rights reserved."])
def test_a_title_opening_the_text_after_a_footers_note_stays_with_its_sentence(note, sentence):
    # Cutting the note off a line that goes on into a text cut after the title too, whose stop the search for the
    # text read as a sentence's end: "© 2026 Reuters. Gen. Cavoli said allies must act." gave "Cavoli said…"
    assert split_sentences(f"We met.\n\n{note} {sentence}\n") == ["We met.", sentence]
    assert split_speakers(f"PEVKUR: We met.\n{note} {sentence}\n")[-1] == (sentence, "PEVKUR")
    # a stop of an abbreviation inside the note has no sentence's end before it to cut at: the line is as it was
    assert split_sentences("We met.\n\n© 2026 Reuters Inc. NATO allies agreed today to spend more.\n")[-1].endswith(
        "NATO allies agreed today to spend more.")


@pytest.mark.parametrize("first", ["Peace now.", "Membership for Ukraine?", "Strong Bundeswehr, yes.",
                                   'Brussels talks about "32 allies as one".',
                                   "Two tiers, plainly: the allies who pay and the allies who lecture."])
@pytest.mark.parametrize("note", ["© 2026 Reuters.", "© 2026 Reuters. All rights reserved.", "Tags: NATO, Ukraine.",
                                  "© 2026 Baltic Wire. You are receiving this email because you subscribed.",
                                  "Embargoed until 00:01 GMT. Not for publication before then."])
def test_a_texts_first_sentence_after_a_footers_note_is_not_cut_off_with_it(note, first):
    # The note was cut off where the search for the text found a sentence opening as it knows, four words or so:
    # a first sentence it passed over went with the note, "© 2026 Reuters. Peace now. No more weapons to Ukraine."
    # gave only "No more weapons to Ukraine." (its parent kept the line whole, the note a statement)
    rest = "No more weapons will go to Ukraine this year."
    assert split_sentences(f"We met.\n\n{note} {first} {rest}\n") == ["We met.", first, rest]
    assert split_speakers(f"PEVKUR: We met.\n{note} {first} {rest}\n")[1:] == [(first, "PEVKUR"), (rest, "PEVKUR")]
    assert split_sentences(f"We met.\n\n{note} {rest}\n") == ["We met.", rest]  # the note alone before it goes


@pytest.mark.parametrize("note", ["Embargoed until 10 a.m. CET.", "Tags: NATO, U.S. Ukraine."])
def test_a_word_after_a_stop_that_ends_no_sentence_in_a_footers_note_is_the_notes(note):
    # A stop that ends no sentence ("a.m.", "U.S.") is no end of the note: the word after it is the note's, no
    # statement ("CET.") of its own, where a sentence after it is the text's ("Follow us on X. Peace now.")
    rest = "No more weapons will go to Ukraine this year."
    assert split_sentences(f"We met.\n\n{note} {rest}\n") == ["We met.", rest]
    assert split_sentences(f"We met.\n\nFollow us on X. Peace now. {rest}\n") == ["We met.", "Peace now.", rest]


@pytest.mark.parametrize("note", ["© 2026 Reuters.\u200b", "© 2026 Reuters.\u2060", "© 2026 Reuters.\ufeff",
                                  "© 2026 Reuters. All rights reserved.\u200b",
                                  "© 2026\xa0Reuters.\xa0All\xa0rights\xa0reserved.",
                                  "Tags:\xa0NATO,\xa0Ukraine.\u200b"])
def test_a_texts_first_sentence_after_a_footers_note_ending_in_an_unseen_character_is_kept(note):
    # A character of no width after the note's stop hid its end: the text's first sentence was read as the note's
    # and lost with it; and a footer's sentence spaced with no-break spaces was no footer's, a statement of its own
    first, rest = "Security for the Baltic states is close to our hearts.", "That is why we act."
    assert split_sentences(f"We met.\n\n{note} {first} {rest}\n") == ["We met.", first, rest]
    assert split_speakers(f"PEVKUR: We met.\n{note} {first} {rest}\n")[1:] == [(first, "PEVKUR"), (rest, "PEVKUR")]


@pytest.mark.parametrize("note", ["© 2026 Reuters.\u200b", "© 2026 Reuters.\u2060", "Tags: NATO, Ukraine.\ufeff",
                                  "© 2026 Reuters. All rights reserved.\u200b", "© 2026 Reuters. \u200b"])
def test_a_text_of_one_sentence_after_a_footers_note_ending_in_an_unseen_character_is_kept(note):
    # A review of 49183ba6: the search for the text saw no stop before a character of no width either, so a text of
    # one sentence (none after it for the search to find) was never found, and the line went whole as the note
    sentence = "The government will not halve its Ukraine aid next year, a spokesman said."
    assert split_sentences(f"We met.\n\n{note} {sentence}\n") == ["We met.", sentence]
    assert split_speakers(f"PEVKUR: We met.\n{note} {sentence}\n")[1:] == [(sentence, "PEVKUR")]


@pytest.mark.parametrize("note", ["Embargoed until 10 a.m. CET on Monday.", "Embargoed until 10 a.m. CET Monday.",
                                  "Tags: NATO, U.S. foreign policy, Ukraine."])
def test_words_after_a_stop_that_ends_no_sentence_in_a_footers_note_are_the_notes(note):
    # Words in lower case or a time zone go on with the note, as the sentence splitter reads them: cut after the
    # stop, the rest of the note was a statement ("CET on Monday.", "foreign policy, Ukraine.")
    rest = "No more weapons will go to Ukraine this year."
    assert split_sentences(f"We met.\n\n{note} {rest}\n") == ["We met.", rest]
    assert split_sentences(f"We met.\n\n{note} Peace now. {rest}\n") == ["We met.", "Peace now.", rest]
    # a figure after such a stop may open the text ("1/" of a thread, which the splitter leaves out): it stays
    assert split_sentences(f"We met.\n\nFollow us on X. 1/ Peace now. {rest}\n") == ["We met.", "Peace now.", rest]


@pytest.mark.parametrize("note, sentence", [
    ("© 2026 Reuters Inc.", "iPhones are banned at NATO headquarters from today."),
    ("Copyright © 2026 Dow Jones & Co.", "eBay must stop selling Russian drones, the ministers said."),
    ("Tags: NATO, U.S.", "de Gaulle's idea of Europe is back in Paris."),
    ("© 2026 Reuters Inc.", "von der Leyen said allies must act now.")])
def test_a_text_opening_in_lower_case_after_an_abbreviations_stop_in_a_footers_note_is_kept(note, sentence):
    # A review of 1180b73a: words in lower case after such a stop were taken for the note's however many, so a text
    # opening so lost its first sentence with the note; four words or more are a sentence of the text
    rest = "Allies agree on this point."
    assert split_sentences(f"We met.\n\n{note} {sentence} {rest}\n") == ["We met.", sentence, rest]
    assert split_speakers(f"PEVKUR: We met.\n{note} {sentence} {rest}\n")[1:] == [(sentence, "PEVKUR"),
                                                                                     (rest, "PEVKUR")]


def test_a_title_after_an_abbreviations_stop_in_a_footers_note_stays_with_its_sentence():
    # Since a3c0ed40 the cut at the first sentence that is no footer's keeps a title after "© 2026 Reuters." by
    # itself, so the test above no longer guards furniture._before_titles: a title after a stop that ends no sentence
    # in the note ("Inc.") is where only it keeps the title, "Cavoli said…" without it
    assert split_sentences("We met.\n\n© 2026 Reuters Inc. Gen. Cavoli said allies must act now.\n")[-1].endswith(
        "Gen. Cavoli said allies must act now.")

"""Cutting what Punkt leaves joined into sentences.

Punkt ends a sentence only at ".", "?" or "!" before a space, and never after an
abbreviation it was given: :func:`_split_further` cuts a sentence of Punkt's after another
script's full stops ("。", "؟", "।"), an end glued to the next word ("…help?Yes"), "U.S.",
"bn." or a year's "г." before a sentence's first word, a company's "Ltd.", a footnote
marker, an ellipsis before a capital, and curly quotes.
"""

from __future__ import annotations

import re
import unicodedata

from .abbreviations import _SLAVIC_OPENER, ABBREVIATIONS
from .lines import _CAP, _CJK_CLOSERS, _FULL_STOPS
from .posts import _is_emoji

# An abbreviation that can also end a sentence ("…from the U.S. They arrived…", a street's
# "St." as "…on Main St. The house…", while "St. Petersburg" goes on, "EST." in
# capitals, a time zone, where "est." is "estimated": "…at 5 P.M. EST. The talks…"), before a
# word that usually opens one; and English's billions and millions after a number ("…rose to
# €1.5 bn. Allies paid…", "…$5 m. Berlin paid…") before any capital but an acronym's ("3.2 bn.
# USD" goes on), since no noun of the amount follows them capitalised, as German's does ("5 Mrd. Euro");
# seconds after their number before any word ("…took 10 sec. Then…"), where Punkt knows "sec." as a title and
# cuts nowhere, so that stance.sentence_joins._continues joins what goes on as after "10 secs." (see
# abbreviations._UNIT_AFTER_NUMBER);
# and a year's abbreviation, Russian "г.", Ukrainian "р.", Polish "r.", after its number before a word that
# opens a Russian, Ukrainian or Polish sentence ("в 2014 г. Они…", "w 2014 r. Nie…"), which Punkt reads as an
# initial and never cuts after: before another capital it goes on ("W 1999 r. Polska weszła do NATO."), as
# a name or a noun follows it as often as a sentence does.
_SENTENCE_END_ABBREVIATION = re.compile(
    rf"(?:(?<=\d [грr]\.)|(?<=\d[грr]\.)|(?<=\d\u00a0[грr]\.))\s+(?={_SLAVIC_OPENER.pattern})|"
    r"(?:(?<=\d bn\.)|(?<=\dbn\.)|(?<=\d mn\.)|(?<=\dmn\.)|(?<=\d m\.)|(?<=\dm\.))\s+(?=[A-Z](?![A-Z]))|"
    r"(?:(?<=\d sec\.)|(?<=\dsec\.)|(?<=\d\u00a0sec\.))\s+(?=[^\W\d_])|"
    r"(?:(?<=\b(?:U\.S|U\.K|U\.N|E\.U|bln|mln|Mrd|Mio|EST)\.)|(?<=\bSt\.))"
    r"\s+(?=(?:The|They|We|It|He|She|This|That|These|Those|There|"
    r"In|On|At|But|And|So|Yet|A|An|I|Our|Their|His|Her|Its|My|Your|"
    # German's, after "Mrd." and "Mio." (a noun after them is capitalised too: "5 Mrd. Euro")
    r"Der|Die|Das|Wir|Es|Er|Sie|Ich|Aber|Und|Doch|Auch|Dies|Diese|Dieser|Damit|Dabei|Im|Man)\b)"
)
# A legal form Punkt knows ("Ltd.", "Inc.", "Corp.", "Co."; it never cuts after them) after a
# capitalised name, before a word that opens sentences: "…to Acme Ltd. It builds jets." ends
# there, as "…to BAE Systems plc. It builds jets." does. Not before a title or a name, which
# press copy runs on ("Acme Ltd. Chairman John Smith said…", "Sony Corp. Chief Executive…"),
# nor before "A" ("China Vanke Co. A shares"). The space after the stop is captured.
_COMPANY_THEN_SENTENCE = re.compile(
    rf"(?<![\w.&])(?-i:[{_CAP}])[\w&'’\-]*,? (?:& )?(?:Ltd|Inc|Corp|Co)\.(\s+)"
    r"(?=(?:The|They|We|It|Its|He|She|This|That|These|Those|There|In|On|At|But|And|So|Yet|An|I|"
    r"Our|Their|His|Her|My|Your)\b)")
_COMPANY_FORM_HINT = re.compile(r"(?:Ltd|Inc|Corp|Co)\.\s")
# A sentence that ends inside curly quotes ('“We will.” The vote…'), English, German („…“,
# »…«, ‚…‘) or French (« … », ‹…›): nltk before 3.10 splits after a straight quote but not
# after these (nltk 3.10 after all but ›), so the versions we allow agree. The next sentence
# may open with a quote.
_CURLY_QUOTE_END = re.compile(r"(?:(?<=[.!?][”’“‘«‹»›])|(?<=[.!?] [»›]))\s+(?=[“‘„‚»«\"']?\w)")
_CURLY_CLOSER = re.compile("[”’“‘«‹»›]")


def _split_further(sentence: str) -> list[str]:
    """Cut what Punkt leaves joined: sentences ending in the full stops of other scripts ("。",
    "؟", "।"), sentences whose end is glued to the next word, in a case ending after a hyphen
    ("NATO-st."), sentences ending in a stop with a dash glued to it ("…Ukraine.—We…"),
    sentences ending in "U.S." or "bn." or a year's "г.", in a company's "Ltd.", in a footnote
    marker, in an ellipsis, and (before nltk 3.9) in curly quotes."""
    pieces = []
    cuts = (part for stopped in _split_after_full_stops(sentence) for glued in _split_after_glued_ends(stopped)
            for suffixed in _split_after_hyphen_suffixes(glued) for undashed in _split_after_dashed_stops(suffixed)
            for cut in _SENTENCE_END_ABBREVIATION.split(undashed) for part in _split_after_company_forms(cut))
    for piece in cuts:
        for unmarked in _split_after_footnote_markers(piece):
            for trailing in _split_after_ellipses(unmarked):
                pieces.extend(_split_after_curly_quotes(trailing))
    return pieces


# A sentence's end in the marks of Chinese, Japanese, Arabic, Urdu or Devanagari (see
# lines._FULL_STOPS), which Punkt, knowing "." "!" and "?" only, never cuts at: maybe more marks
# ("！？", "?!"), then closing quotes and brackets ("。」"). Chinese and Japanese put no space
# after it, so none is needed. A full-width stop between digits is a decimal point ("３．５"),
# and a closing quote that a Japanese particle or a comma follows ends a quotation inside the
# sentence, not the sentence ("「…です。」と述べました。", "「…。」、").
_FULL_STOP_END = re.compile(
    rf"(?:(?<!\d)．|[{_FULL_STOPS.replace('．', '')}])[{_FULL_STOPS}!?]*"
    rf"(?:[{_CJK_CLOSERS}\"”’»)\]]+(?![\u3040-\u309f，、,])|(?![{_CJK_CLOSERS}\"”’»)\]]))\s*(?=\S)")


def _split_after_full_stops(text: str) -> list[str]:
    """Cut ``text`` after each end of a sentence in another script's marks (see _FULL_STOP_END).

    >>> _split_after_full_stops("我们反对。北约必须团结！你们呢？ 好。")
    ['我们反对。', '北约必须团结！', '你们呢？', '好。']
    >>> _split_after_full_stops("「約束です。」と述べました。支出は３．５％だ。")
    ['「約束です。」と述べました。', '支出は３．５％だ。']
    >>> _split_after_full_stops("نرفض توسع الناتو؟ لا نقبل ذلك! यह खतरा है। हम विरोध करते हैं।")
    ['نرفض توسع الناتو؟', 'لا نقبل ذلك! यह खतरा है।', 'हम विरोध करते हैं।']
    """
    if not any(mark in text for mark in _FULL_STOPS):  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for stop in _FULL_STOP_END.finditer(text):
        pieces.append(text[start:stop.end()].rstrip())
        start = stop.end()
    pieces.append(text[start:])
    return pieces


# A sentence's stop glued to the next sentence's first word, as a web page's text has it where
# get_text() ran two paragraphs together ("Will you help?Yes, we will.", "…with Ukraine.We will
# not…", "…in 2024.We agreed"): Punkt never cuts there. A stop after a word's letter or a
# number's digit (not an ellipsis's dots), maybe a closing quote or bracket, then a letter (so
# not a decimal's "4.2"): a cut only before a capitalised word, and only where the two cannot be
# one thing (see _glued_end: "3.Oktober" is a German ordinal date).
_GLUED_END = re.compile(r"(?<=[^\W_])(?:[!?]+|\.(?!\.))[\"”’)\]]*(?=[^\W\d_])")
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")
_ADDRESS_REACH = 200  # how far from the stop an address's "/" or "@" is looked for
# What a capitalised word glued after a full stop ends when it is an address's or a file's name,
# no sentence's first word: a generic top-level domain ("Booking.Com", "ASP.NET", "Gov.UK") or a
# file's extension ("Report.PDF"). A country's domain that is a word too ("It", "No", "De") is an
# address only with a path or more labels after it ("Ukraine.No/low-cost").
_ADDRESS_ENDINGS = frozenset({
    "com", "org", "net", "int", "gov", "edu", "mil", "info", "biz", "io", "eu", "uk",
    "pdf", "doc", "docx", "odt", "rtf", "txt", "md", "htm", "html", "xml", "json", "csv", "xls", "xlsx", "ppt",
    "pptx", "jpg", "jpeg", "png", "gif", "svg", "mp3", "mp4", "wav", "zip", "srt", "vtt", "js", "py",
})
# The names written with "!", after which "!" ends a sentence only before a word that opens one
# ("Yahoo!News", "Jeopardy!Champions" but "Yahoo!We won."): a short list, since after any other
# word it ends one ("…with Ukraine!Slava Ukraini!", "…stand firm!We will win.").
_NAMES_WITH_BANG = frozenset({"yahoo", "jeopardy", "joomla", "wham"})
# The words that open sentences: before one "!" ends a sentence even after a name of
# _NAMES_WITH_BANG, and "." after a number of one to three digits, which is otherwise a German
# ordinal before its noun ("3.Oktober", "20.Bundestag"), while "…by 12.We must act." ends.
_SENTENCE_OPENERS = frozenset({
    "The", "They", "We", "It", "Its", "He", "She", "This", "That", "These", "Those", "There", "In", "On", "At",
    "But", "And", "So", "Yet", "A", "An", "I", "Our", "Their", "His", "Her", "My", "Your", "You", "Yes", "No",
    "Now", "Thank", "Thanks", "Let", "What", "Why", "How", "Who", "When", "Where", "Will", "Do", "Does", "Can",
    "Der", "Die", "Das", "Wir", "Es", "Er", "Sie", "Ich", "Aber", "Und", "Ja", "Nein", "Nous", "Il", "Elle", "Je",
    "Le", "La", "Les", "Oui", "Non",
})


def _glued_end(text: str, stop: re.Match[str]) -> bool:
    """Whether ``stop``, a match of _GLUED_END in ``text``, ends a sentence: a capitalised word
    follows it (two letters or more, or "I" alone), and the word before it and the one after
    are not one thing: not a web or e-mail address ("nato.int/News", "Ukraine.No/low-cost",
    "press@NATO.Int", "Booking.Com") or a file's name ("Speech.PDF"), not an abbreviation or
    initials ("U.S.Army", "e.g.Kyiv", "Dr.Smith", "Ph.D.Thesis"), not a version or a date
    ("2.0.Beta"), not a German ordinal before its noun ("3.Oktober", "20.Bundestag"; a year or
    an amount is none: "in 2024.We", "2,500.The"), and not a name with "!" ("Yahoo!News"; see
    _NAMES_WITH_BANG).

    >>> [_glued_end(t, _GLUED_END.search(t)) for t in ("help?Yes", "Ukraine.We", "nato.int/News", "Dr.Smith")]
    [True, True, False, False]
    >>> [_glued_end(t, _GLUED_END.search(t)) for t in ("in 2024.We", "by 12.We", "am 3.Oktober", "Ukraine!Slava")]
    [True, True, False, True]
    """
    after = _FIRST_LETTERS.match(text, stop.end()).group()
    if not after[0].isupper() or (len(after) == 1 and (after != "I" or text[stop.end() + 1:stop.end() + 2].isalnum())):
        return False  # "nato.int", a single letter's "J.R.R." or "S.A.": initials
    word_start = stop.start() - 1
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    before = text[word_start:stop.start()]
    number = before[-1:].isdecimal()  # "2024", "F-35"'s "35", "G7", "v2"
    # "U.S.Army", "e.g.Kyiv", "m.in.Polska"; "2.0.Beta", "3.10.Wir": a version or a date
    if (len(before) < 2 and not number) or text[word_start - 1:word_start] == ".":
        return False
    # the run of non-spaces the stop is in, as far as an address reaches (a text with no spaces is read in linear time)
    reach = max(stop.start() - _ADDRESS_REACH, 0)
    start = text.rfind(" ", reach, stop.start()) + 1 or reach
    end = text.find(" ", stop.end(), stop.end() + _ADDRESS_REACH)
    run = text[start:end if end >= 0 else stop.end() + _ADDRESS_REACH]
    if "/" in run or "@" in run or run.casefold().startswith("www."):  # an address, a path
        return False
    mark = stop.group()[0]
    if number:  # a year or an amount ends a sentence; one to three digits may be an ordinal, or a version's
        digits = len(before) - len(before.rstrip("0123456789"))
        amount = digits > 3 or (digits == len(before) and text[word_start - 1:word_start] == ",")
        return mark != "." or amount or after in _SENTENCE_OPENERS or after == "I"
    if mark == ".":
        following = text[stop.end() + len(after):stop.end() + len(after) + 2]
        return not (before.casefold() in ABBREVIATIONS or after.casefold() in _ADDRESS_ENDINGS
                    or (following[:1] == "." and following[1:].isalpha()))  # "Gov.Uk.Gateway": more labels
    return mark == "?" or before.casefold() not in _NAMES_WITH_BANG or after in _SENTENCE_OPENERS


def _split_after_glued_ends(text: str) -> list[str]:
    """Cut ``text`` after each sentence's end glued to the next sentence (see _GLUED_END).

    >>> _split_after_glued_ends("Will you help?Yes, we will. We stand firm!We will win.")
    ['Will you help?', 'Yes, we will. We stand firm!', 'We will win.']
    >>> _split_after_glued_ends("The U.S.Army and Yahoo!News cite nato.int/News, e.g.Kyiv, 4.2 and Booking.Com.")
    ['The U.S.Army and Yahoo!News cite nato.int/News, e.g.Kyiv, 4.2 and Booking.Com.']
    """
    pieces, start = [], 0
    for stop in _GLUED_END.finditer(text):
        if _glued_end(text, stop):
            pieces.append(text[start:stop.end()])
            start = stop.end()
    pieces.append(text[start:])
    return pieces


# A word in lower case after a hyphen, its stop, and the next sentence: an Estonian or Finnish case
# ending on an acronym or a number ("NATO-st.", "USA-lt.", "SKP-ks.", "2024-st."), which Punkt
# reads as the abbreviation it spells ("St.", "Lt.", "ks.") and never cuts after, since it takes
# the last part of a hyphenated word for an abbreviation too. A title so joined is capitalised
# ("Lt.-Gen.", "Vice-Adm.") and stays Punkt's; whether what follows the cut goes on with the
# sentence is :func:`_continues`' to say, as after any word's stop.
_HYPHEN_SUFFIX_END = re.compile(r"(?<=\w-)([^\W\d_]+)\.(\s+)(?=\S)")


def _split_after_hyphen_suffixes(text: str) -> list[str]:
    """Cut ``text`` after each stop that ends a hyphenated word whose last part, in lower case,
    is an abbreviation Punkt knows (see _HYPHEN_SUFFIX_END).

    >>> _split_after_hyphen_suffixes("Eesti ei lahku NATO-st. See oleks viga. Lt.-Gen. Hodges spoke.")
    ['Eesti ei lahku NATO-st.', 'See oleks viga. Lt.-Gen. Hodges spoke.']
    """
    if "-" not in text:  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _HYPHEN_SUFFIX_END.finditer(text):
        suffix = match.group(1)
        if suffix.islower() and suffix in ABBREVIATIONS:
            pieces.append(text[start:match.start(2)])
            start = match.end(2)
    pieces.append(text[start:])
    return pieces


# An ellipsis after a word, maybe inside quotes, then the next word: Punkt never cuts there,
# but before a capital it ends a sentence that trails off ("Ukraine needs help… We must act
# now."), and before a word in lower case or a number the sentence goes on ("help… and we
# act", "In 2022… 2026 will tell"). The next word's first letter is captured, and tested with
# str.isupper (re has no class of capitals); a four-dot one is an ellipsis and a full stop.
# Emoji may stand between the ellipsis and the word ("…more ammunition… 👍 We stand…"): the cut
# is before them, and they close the sentence before, as after a full stop (see
# stance.sentence_joins._emoji_close). A closing quote or bracket may stand between the word and
# the ellipsis too ('NATO is "brain-dead"... They are wrong.', "(wrongly)… They"), as it may after
# it ('"we can wait…" We cannot.'): a sentence ends there alike.
_WORDS = re.compile(r"\w+")
_ELLIPSIS_END = re.compile(r"(?<=[^\W_])[\"'”’“‘»«)\]]*(?:…|\.{3,})(?:[\"”’)]|\s?[»›])*(\s+)")
_NEXT_WORD = re.compile(r"[\"“‘'«(]?(\w)")


def _split_after_ellipses(text: str) -> list[str]:
    """Cut ``text`` after each ellipsis that a capitalised word follows (see _ELLIPSIS_END).

    A speaker's hesitation is no sentence's end: not after a single word ("Well… I think"),
    nor before the word it repeats ("I… I think", "We… We will").

    >>> _split_after_ellipses("Ukraine needs help… We must act. We wait... and wait.... “Now!”")
    ['Ukraine needs help…', 'We must act. We wait... and wait....', '“Now!”']
    >>> _split_after_ellipses('NATO is "brain-dead"... They are wrong. It is (wrongly)… and worse.')
    ['NATO is "brain-dead"...', 'They are wrong. It is (wrongly)… and worse.']
    >>> _split_after_ellipses("Well… I… I think we must. We… We will.")
    ['Well… I… I think we must. We… We will.']
    >>> _split_after_ellipses("We need ammunition… 👍🏽 We stand with Ukraine. We need… 👍 and now.")
    ['We need ammunition…', '👍🏽 We stand with Ukraine. We need… 👍 and now.']
    """
    if "…" not in text and "..." not in text:  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _ELLIPSIS_END.finditer(text):
        word_at = _past_emoji(text, match.end(1))
        opening = _NEXT_WORD.match(text, word_at)
        if opening is None:
            continue
        before = _WORDS.findall(text, start, match.start())
        after = _WORDS.match(text, opening.start(1))
        if (opening.group(1).isupper() and len(before) >= 2
                and (after is None or after.group().casefold() != before[-1].casefold())):
            pieces.append(text[start:match.start(1)])
            start = match.end(1)
    pieces.append(text[start:])
    return pieces


def _past_emoji(text: str, at: int) -> int:
    """Where the emoji at ``text[at]`` and the spaces after each end (``at`` without any): a
    post's emoji between an ellipsis and the next word.

    >>> _past_emoji("help… 👍🏽 🇺🇦 We", 6), _past_emoji("help… We", 6)
    (12, 6)
    """
    end = at
    while end < len(text) and _is_pictograph(text[end]):
        end += 1
        while end < len(text) and (_is_pictograph(text[end]) or text[end].isspace()):
            end += 1
    return end


def _is_pictograph(char: str) -> bool:
    """Whether ``char`` is an emoji's (see stance.posts._is_emoji) and no symbol of the older
    blocks a text uses as a bullet or a sign ("©", "™", "°", "■", arrows): a review found "Our
    priorities… ■ Defence spending" and "ammunition… © NATO 2024" cut after the sign.

    >>> [_is_pictograph(c) for c in "👍🇺✅️©™°■→"]
    [True, True, True, True, False, False, False, False, False]
    """
    return _is_emoji(char) and not (unicodedata.category(char) == "So" and char < "\u2600")


# A footnote marker after a sentence's full stop, as PDF text has it ("…the Cold War.1 Three
# years ago…"): a word of three letters or more, its stop, one or two digits, a capital or a
# number ("…threat.1 30 allies…": after a word's stop and a space, a number is no decimal). A
# superscript marker, as a web page or Word copies it ("…since 2022.¹ We…", "…“alone.”² It…"),
# is nothing else, so it ends a sentence after any word or number, and after a closing quote.
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_STOP_THEN_DIGIT = re.compile(rf"[.!?][\"”’)]?[\d{_SUPERSCRIPT_DIGITS}]")
_FOOTNOTE_END = re.compile(rf"(?:(?<![^\W\d_])([^\W\d_]{{3,}})[.!?][\"”’]?\d{{1,2}}|"
                           rf"[.!?][\"”’)]?[{_SUPERSCRIPT_DIGITS}]{{1,3}})\s+(?=[A-Z\d\"“‘])")


def _split_after_footnote_markers(text: str) -> list[str]:
    """Cut ``text`` after each sentence that ends in a footnote marker, unless the word before
    the stop is an abbreviation ("Art.5 The…", "para.2 The…").

    >>> _split_after_footnote_markers("It ended the Cold War.1 Three years later, under Art.5 The Hague met.")
    ['It ended the Cold War.1', 'Three years later, under Art.5 The Hague met.']
    >>> _split_after_footnote_markers("It has changed since 2022.¹ We agree. It is our threat.1 30 allies agree.")
    ['It has changed since 2022.¹', 'We agree. It is our threat.1', '30 allies agree.']
    """
    if not _STOP_THEN_DIGIT.search(text):  # most sentences: no scan with the look-behind
        return [text]
    pieces, start = [], 0
    for match in _FOOTNOTE_END.finditer(text):
        if match.group(1) is None or match.group(1).lower() not in ABBREVIATIONS:  # None: a superscript
            pieces.append(text[start:match.end()].rstrip())
            start = match.end()
    pieces.append(text[start:])
    return pieces


# A sentence's end with a dash glued to it before the next sentence's capital, as Hansard marks
# an interruption ("…by Ukraine.—[Interruption.] The Opposition…", its direction gone by now:
# "…by Ukraine.— The…") or a speaker breaking off ("…by Ukraine.—We will not waver."). Punkt
# cuts only at a stop before a space, and ran the two on as one. The stop ends a word of two
# letters or more, so that "the U.S.—Canada border" goes on. The dash opens neither sentence,
# as one between ". — " does not (see stance.sentences._SEPARATING_DASH); the dash and the
# space after it are captured.
_DASHED_STOP = re.compile(rf"(?<=[^\W\d_]{{2}}[.!?])([—–]\s*)(?=[\"'“‘«„‚]?[{_CAP}])")


# The word before a stop, as a whole run of letters, digits and dots (one started inside a run is
# no word), looked for in the characters an abbreviation could span before the stop only: each
# dashed stop searched the text before it from its start, quadratic in a long run or in many
# dashes (20,000 letters before "Ukraine.—" took 2.3 s); a longer word is no abbreviation.
_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]+)[.!?]$")
_ABBREVIATION_REACH = max(map(len, ABBREVIATIONS)) + 2


def _split_after_dashed_stops(text: str) -> list[str]:
    """Cut ``text`` after each full stop that a dash glued to it parts from the next sentence
    (see _DASHED_STOP), the dash left out.

    >>> _split_after_dashed_stops("We will stand by Ukraine.— The Opposition may shout.")
    ['We will stand by Ukraine.', 'The Opposition may shout.']
    >>> _split_after_dashed_stops("We stand.—We will not waver. The U.S.—Canada border. The State—I will.")
    ['We stand.', 'We will not waver. The U.S.—Canada border. The State—I will.']
    >>> _split_after_dashed_stops("I give way to the right hon.—Gentleman. It ran Jan.—Feb. 2024.")
    ['I give way to the right hon.—Gentleman. It ran Jan.—Feb. 2024.']
    """
    if "—" not in text and "–" not in text:  # most sentences: no scan
        return [text]
    pieces, start = [], 0
    for match in _DASHED_STOP.finditer(text):
        # An abbreviation's stop ends no sentence before a dash either ("the right hon.—[Interruption.]
        # Gentleman", "Jan.—Feb. 2024", "Prof.—Dr. Weber"), as Punkt ends none before a space.
        word = _WORD_BEFORE_STOP.search(text, max(0, match.start(1) - _ABBREVIATION_REACH), match.start(1))
        if word is not None and word.group(1).lower() in ABBREVIATIONS:
            continue
        pieces.append(text[start:match.start(1)])
        start = match.end(1)
    pieces.append(text[start:])
    return pieces


def _split_after_company_forms(text: str) -> list[str]:
    """Cut ``text`` after each company's legal form that ends a sentence (see
    :data:`_COMPANY_THEN_SENTENCE`).

    >>> _split_after_company_forms("We sold it to Acme Ltd. It builds jets. Smith & Co. The firm grew.")
    ['We sold it to Acme Ltd.', 'It builds jets. Smith & Co.', 'The firm grew.']
    >>> _split_after_company_forms("Acme Ltd. Chairman John Smith said we sold it to Acme Inc. in May.")
    ['Acme Ltd. Chairman John Smith said we sold it to Acme Inc. in May.']
    """
    if not _COMPANY_FORM_HINT.search(text):  # most sentences: no scan of every capital (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _COMPANY_THEN_SENTENCE.finditer(text):
        pieces.append(text[start:match.start(1)])
        start = match.end(1)
    pieces.append(text[start:])
    return pieces


def _split_after_curly_quotes(text: str) -> list[str]:
    """Cut ``text`` after each sentence that ends inside curly quotes and is followed by a
    word, as nltk 3.10 cuts there (and after a straight quote); whether a word in lower case
    after the quote goes on with the quote's sentence is :func:`_continues`' to say, as it is
    after nltk's cut.

    >>> _split_after_curly_quotes("Il a dit “Oui.” Émile est parti. He said “Yes.” and left.")
    ['Il a dit “Oui.”', 'Émile est parti. He said “Yes.”', 'and left.']
    >>> _split_after_curly_quotes("Er sagte „Ja.“ Dann ging er. Il a dit « Oui. » Puis il est parti.")
    ['Er sagte „Ja.“', 'Dann ging er. Il a dit « Oui. »', 'Puis il est parti.']
    """
    if not _CURLY_CLOSER.search(text):  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _CURLY_QUOTE_END.finditer(text):
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces

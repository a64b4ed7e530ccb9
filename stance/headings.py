"""Lines that title, note or address rather than state: headings, notes and salutations.

A transcript's title on its own line ("QUESTIONS AND ANSWERS", "Q&A", "Part Two: The Baltic
states"; :func:`_is_title`, :func:`_is_part_heading`), a news story's headline above its dateline
(:func:`_is_story_headline`) and an editor's note ("Note: …"; :func:`_opens_note`) are no one's
words; a greeting, thanks or blessing is the speaker's, no title (:func:`_is_address`); and a
salutation alone on its line ("Ladies and gentlemen,"; :func:`_is_salutation`) is a statement of
its own, not the first words of the sentence below.
"""

from __future__ import annotations

import re

from .lines import _SENTENCE_END, _TERMINAL, _is_heading, _strip
from .speakers import _GREETINGS, _LETTERS, _THANKS, _names_a_part

# A note that opens a line of a transcript, labelled so ("Note: figures are in current prices.",
# "UPDATE: The minister later…", "Correction: …"): the transcript's editors', no speaker's; so is a
# caption or a source's line, labelled so, that is a sentence ("Source: NATO estimates show…").
_NOTE = re.compile(r"(?:notes?|updated?|correction|clarification|disclaimer|source|caption|photo(?:graph)?|image|"
                   r"foto|bild|quelle) ?:(?:\s|$)", re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# The heading of a briefing's questions, named by its words whatever its case or length: "Q&A", "Q & A", "Q and A",
# "Questions & Answers", as "QUESTIONS AND ANSWERS" is by its case. Its short words ("Q&A" has none of four letters)
# gave it to the speaker above. Also in the plural ("Qs & As", "Q's & A's") and with a colon ("Q&A:"), as a heading
# may be written.
_QUESTIONS_AND_ANSWERS = re.compile(r"Q(?:uestions?|['’]?s)?\s*(?:&|\sand\s)\s*A(?:nswers?|['’]?s)?\s*:?",
                                    re.IGNORECASE)


def _opens_note(line: str) -> bool:
    """Whether ``line`` opens with a note's label (see _NOTE); a capital, since a wrapped line
    "note: …" is inside a sentence.

    >>> _opens_note("Note: figures are in current prices."), _opens_note("note: the ships")
    (True, False)
    """
    return line[:1].isupper() and _NOTE.match(line) is not None


def _is_title(lines: list[str], opens_after_end: bool, opens_after_tag: bool, beside_lower: bool,
              apart: bool) -> bool:
    """Whether the last of ``lines``, a block of a transcript, is a title on its own line, no
    one's words ("QUESTIONS AND ANSWERS", "Part Two: The Baltic states"): a heading (see
    :func:`_is_heading`) of two words or more of four letters or more, or "Q&A" in any of its
    spellings (see _QUESTIONS_AND_ANSWERS), after a sentence's end
    (in the block, or before it: ``opens_after_end``), and not the first words after a tag
    (``opens_after_tag``), which are its speaker's however written ("MINISTER: Thank You All").

    A heading is told by its case (a part's by its name and a capital after it, "Part Two:
    Questions from the press": see :func:`_is_part_heading`), so only beside words of the
    speaker's in lower case (``beside_lower``): in a transcript all in capitals a line without
    a full stop is as likely the speaker's ("ALLIES MUST SPEND MORE"). It stands apart, a tag or a blank line and then a
    tag or a paragraph below it (``apart``), unless it names a part ("Part Two: …"). A greeting
    or a closing ("Ladies and Gentlemen", "God Bless America", "Thank You Very Much") is the
    speaker's (see :func:`_is_address`).

    >>> _is_title(["We agree.", "Part Two: The Baltic states"], True, True, True, False)
    True
    >>> _is_title(["Thank You All"], True, True, True, True)
    False
    >>> _is_title(["We agree.", "Ukraine"], True, False, True, True)
    False
    >>> _is_title(["We agree and", "The Baltic States"], True, False, True, True)
    False
    >>> _is_title(["WE AGREE.", "ALLIES MUST SPEND MORE"], True, False, False, True)
    False
    >>> _is_title(["We agree.", "God Bless America"], True, False, True, True)
    False
    >>> _is_title(["Not this year.", "Q&A"], True, False, False, True), _is_title(["Q and A"], True, True, True, True)
    (True, False)
    >>> _is_title(["Not this year.", "Q&A:"], True, False, False, True), _is_title(["Qs & As"], True, False, True, True)
    (True, True)
    """
    if len(lines) == 1 and (opens_after_tag or not opens_after_end):
        return False
    if len(lines) > 1 and not _SENTENCE_END.search(lines[-2]):
        return False  # after "Our aims:" or a line wrapped, not a title
    line = lines[-1]
    if line[:1] == "Q" and _QUESTIONS_AND_ANSWERS.fullmatch(line):
        return True  # "Q&A": named by its words, as a part is, whatever the case around it
    heading = _is_heading(lines) or _is_part_heading(lines)
    if not (beside_lower and heading and len(_LONG_WORD.findall(line)) >= 2):
        return False
    return (apart or _names_a_part(line.partition(":")[0])) and not _is_address(line)


# The most words a news story's headline has (see _is_story_headline): "NATO ministers back bigger brigades".
_HEADLINE_MOST_WORDS = 16


def _is_story_headline(lines: list[str], opens_after_tag: bool) -> bool:
    """Whether the last of ``lines``, a block of a transcript right above a news story's dateline
    ("BRUSSELS, Feb. 12 (Reuters) - …"), is the story's headline, no speaker's words, though in
    sentence case ("NATO ministers back bigger brigades"), which a transcript's title is not (see
    :func:`_is_title`): it opens with no letter in lower case, ends no sentence (no full stop, question
    or exclamation mark, colon, semicolon, quote, bracket or comma at its end), has sixteen words at
    most, thanks or greets no one ("Thank you", see :func:`_is_address`), and opens its block not on a
    tag's line (``opens_after_tag``: the words after a tag are its speaker's) or follows a line that
    ends a sentence (not a sentence wrapped onto it).

    >>> _is_story_headline(["NATO ministers back bigger brigades"], False)
    True
    >>> _is_story_headline(["We agree.", "NATO ministers back bigger brigades"], True)
    True
    >>> _is_story_headline(["Next question please"], True), _is_story_headline(["We met in", "Riga today"], False)
    (False, False)
    >>> _is_story_headline(["We agree.", "and so do our allies"], True), _is_story_headline(["Let me say this:"], False)
    (False, False)
    >>> _is_story_headline(["Thank you very much"], False)
    False
    """
    line = lines[-1]
    if (line[:1].islower() or _TERMINAL.search(line) or line.rstrip().endswith(",")
            or len(line.split()) > _HEADLINE_MOST_WORDS or _is_address(line)):
        return False
    return not opens_after_tag if len(lines) == 1 else _SENTENCE_END.search(lines[-2]) is not None


# Words that address listeners or bless, closing or opening a speech, not a title (in lower
# case): "Ladies and Gentlemen", "Dear Colleagues", "God Bless America", "Meine Damen und
# Herren", "Mesdames et Messieurs", "Vive la France", "Slava Ukraini".
_ADDRESS_WORDS = frozenset({"ladies", "gentlemen", "excellencies", "excellency", "colleagues", "dear", "god", "bless",
                            "damen", "herren", "liebe", "mesdames", "messieurs", "chers", "chères", "vive", "slava"})


def _is_address(line: str) -> bool:
    """Whether ``line`` greets, thanks, addresses or blesses its listeners (see _ADDRESS_WORDS,
    _THANKS and _GREETINGS) rather than titling what follows.

    >>> _is_address("Ladies and Gentlemen"), _is_address("Good Morning Everyone"), _is_address("Thank You Very Much")
    (True, True, True)
    >>> _is_address("QUESTIONS AND ANSWERS"), _is_address("Part Two: The Baltic states")
    (False, False)
    """
    words = [word.lower() for word in _LETTERS.findall(line)]
    opening = " ".join(words).upper() + " "
    return (any(word in _ADDRESS_WORDS or word in _THANKS for word in words)
            or any(opening.startswith(greeting + " ") for greeting in _GREETINGS))


# The words of an address that open a speech on a line of their own ("Ladies and gentlemen,",
# "Meine Damen und Herren,", "Mesdames et Messieurs,"), not a closing's blessing; with the
# words that join them ("and", "und", "et").
_SALUTATION_WORDS = (_ADDRESS_WORDS - {"god", "bless", "vive", "slava"}
                     | {"friends", "everyone", "all", "excellency", "distinguished", "guests", "delegates",
                        "your", "my", "meine", "and", "und", "et", "en", "y", "e",
                        "dames", "heren", "señoras", "señores", "signore", "signori",
                        # Polish "Wysoka Izbo" (the Sejm addressed), Russian "Дамы и господа",
                        # Ukrainian "Пані та панове"
                        "wysoka", "izbo", "дамы", "и", "господа", "та", "панове", "i", "panowie", "państwo"})
# The words that open an address to someone: "Dear Prime Minister", "My dear friends", "Liebe
# Kolleginnen", "Sehr geehrter Herr Präsident", "Chers amis", "Geachte aanwezigen", "Mr
# President", "Madam Speaker", "Monsieur le Président".
# Polish, Ukrainian and Russian ones too ("Szanowni Państwo", "Panie Marszałku", "Drodzy
# przyjaciele", "Шановні колеги", "Пане Голово", "Уважаемые коллеги", "Дорогие друзья",
# "Господин Председатель"); not "drogi", "droga", "дорога" or "дорогой", which are a road too.
_SALUTATION_OPENINGS = frozenset({
    "dear", "liebe", "lieber", "liebes", "geehrte", "geehrter", "cher", "chers", "chère", "chères", "beste",
    "geachte", "queridos", "queridas", "estimados", "estimadas", "cari", "gentili",
    "mr", "mrs", "ms", "madam", "madame", "mister", "monsieur", "herr", "frau",
    "szanowni", "szanowny", "szanowna", "szanowne", "drodzy", "panie", "pani",
    "шановні", "шановний", "шановна", "дорогі", "пане", "пані",
    "уважаемые", "уважаемый", "уважаемая", "дорогие", "господин", "госпожа"})
# Russian and Ukrainian "Дорогие", "Дорогі" are "expensive" too: beyond one word ("Дорогие москвичи"),
# an address of theirs names whom in _ADDRESSEES ("Дорогие друзья и коллеги", not "Дорогие танки и ракеты").
_ALSO_EXPENSIVE = frozenset({"дорогие", "дорогі"})
# The words of whom an address of two or three words after the narrow openings names, written
# small (a name or a title in capitals is one already, "Уважаемый Павел Николаевич"): addressees,
# offices and "my", "our", in Russian, Ukrainian and Polish.
_ADDRESSEES = frozenset({
    "друзья", "друзі", "коллеги", "колеги", "гости", "гості", "соотечественники", "співвітчизники", "братья",
    "сестры", "брати", "сестри", "товарищи", "ветераны", "ветерани", "граждане", "громадяни", "жители",
    "мешканці", "депутаты", "депутати", "народные", "народні", "члены", "члени", "участники", "учасники",
    "руководители", "керівники", "делегаций", "делегацій", "родители", "батьки", "учителя", "вчителі", "дети",
    "діти", "зрители", "глядачі", "коллега", "колега", "господин", "господа", "пан", "пане", "пані",
    "секретарь", "секретарю", "генеральный", "генеральний", "консул", "посол", "посли", "послы",
    "председатель", "голова", "голово", "министр", "міністр", "міністре", "президент", "президенте",
    "премьер", "прем'єр", "мои", "мої", "наши", "наші", "posłowie", "senatorowie", "ministrowie", "goście",
    "przyjaciele", "pan", "pani", "panie", "panowie", "państwo", "minister", "ministrze", "premier",
    "premierze", "prezydent", "prezydencie", "marszałek", "marszałku", "sekretarz", "sekretarzu", "generalny",
    "ambasador", "ambasadorze", "koledzy", "koleżanki", "moi", "nasi", "и", "і", "й", "та", "i"})
# Of these, those that open a sentence as often: "Pani premier podkreśliła wczoraj," (the polite
# "you"), "Господин Путин заявил,", "Дорогие танки и ракеты," (expensive), wrapped at a comma (a
# review). Such an address is the word and a name or title ("Panie Marszałku", "Szanowny Panie
# Marszałku", "Дорогие друзья") or address words ("Panie i panowie", "Пані та панове").
_NARROW_OPENINGS = frozenset({
    "szanowni", "szanowny", "szanowna", "szanowne", "drodzy", "panie", "pani",
    "шановні", "шановний", "шановна", "дорогі", "пане", "пані",
    "уважаемые", "уважаемый", "уважаемая", "дорогие", "господин", "госпожа"})


def _is_salutation(line: str) -> bool:
    """Whether ``line`` addresses the listeners alone, as a speech's first line does, ending in a
    comma ("Ladies and gentlemen,", "Dear friends,", "Excellencies, dear colleagues,"): a
    statement of its own when a capital opens the line below, not the first words of the
    sentence there. Each of its parts between commas must address someone, so that a sentence
    wrapped after a comma goes on ("dear allies, the Baltic states,").

    >>> _is_salutation("Ladies and gentlemen,"), _is_salutation("Dear Prime Minister, dear friends,")
    (True, True)
    >>> _is_salutation("Sehr geehrter Herr Präsident, meine Damen und Herren,"), _is_salutation("Mr President,")
    (True, True)
    >>> _is_salutation("Szanowni Państwo,"), _is_salutation("Шановні колеги,"), _is_salutation("Wysoka Izbo,")
    (True, True, True)
    >>> _is_salutation("In Vilnius,"), _is_salutation("dear allies, the Baltic states,")
    (False, False)
    >>> _is_salutation("Wysoka inflacja,"), _is_salutation("Дорога до миру,")  # high inflation; the road to peace
    (False, False)
    """
    if not line.endswith(","):
        return False
    return all(_addresses(part) for part in line[:-1].split(","))


def _addresses(part: str) -> bool:
    """Whether ``part`` of a line, between commas, addresses someone: address words alone
    ("Ladies and gentlemen", "Excellencies") or a few words after "Dear", "Mr" and the like.

    >>> _addresses("My dear friends"), _addresses("Madame la Présidente"), _addresses("In Vilnius")
    (True, True, False)
    >>> _addresses("Sehr geehrte Damen"), _addresses("Sehr viel mehr")
    (True, False)
    >>> _addresses("Szanowny Panie Marszałku"), _addresses("Пані та панове"), _addresses("Господин Путин заявил")
    (True, True, False)
    """
    written = _LETTERS.findall(part)
    words = [word.lower() for word in written]
    if not 0 < len(words) <= 5:
        return False
    # "My dear friends", "Sehr geehrte Damen" (not "Sehr viel mehr")
    opening = words[1] if words[0] in ("my", "sehr") and len(words) > 1 else words[0]
    if words[0] in _NARROW_OPENINGS:
        skip = 2 if len(words) > 1 and words[1] in _NARROW_OPENINGS else 1
        # Reviews: after these, a sentence wrapped at a comma ("Господин Путин считает,", "Pani
        # premier mówi,", "Господин Путин в Мюнхене,") was cut from its subject. One word is an
        # address ("Дорогие москвичи", "Panie Marszałku"); two or three are when each is a name or
        # title in capitals or one of _ADDRESSEES ("Господин Генеральный секретарь", "Уважаемый
        # Павел Николаевич"); after "Дорогие", only _ADDRESSEES.
        rest, shown = words[skip:], written[skip:]
        if len(rest) <= 1 or all(word in _SALUTATION_WORDS for word in rest):
            return True
        capitals_name = words[0] not in _ALSO_EXPENSIVE
        return len(rest) <= 3 and all(word in _ADDRESSEES or word in _SALUTATION_WORDS
                                      or (capitals_name and as_written[:1].isupper())
                                      for word, as_written in zip(rest, shown))
    return opening in _SALUTATION_OPENINGS or all(word in _SALUTATION_WORDS for word in words)


def _stands_apart(lines: list[str], at: int) -> bool:
    """Whether line ``at`` of ``lines`` is followed by a blank line and then a line that opens
    in no lower case (a tag, a paragraph), as a title is; not at the text's end.

    >>> _stands_apart(["We agree.", "QUESTIONS AND ANSWERS", "", "Q: Why?"], 1)
    True
    >>> _stands_apart(["We agree.", "ALLIES MUST SPEND MORE", "Q: Why?"], 1), _stands_apart(["We agree.", "End", ""], 1)
    (False, False)
    """
    if at + 1 >= len(lines) or _strip(lines[at + 1]):
        return False
    for below in range(at + 2, len(lines)):  # the blank lines after it, not the rest of the text
        if line := _strip(lines[below]):
            return not line[0].islower()
    return False


def _is_part_heading(lines: list[str]) -> bool:
    """Whether the last of ``lines`` is the heading of a numbered part (see :func:`_names_a_part`),
    told by the part's name in a title's case and a capital opening the words after it,
    whatever their case; otherwise a heading as :func:`_is_heading` has it (short, no final
    punctuation). Counting capitals gave "Part Two: Questions from the press" to the speaker
    before, as its words in lower case outnumber the capitals (a user audit).

    >>> _is_part_heading(["Part Two: Questions from the press"]), _is_part_heading(["Part Two: what we pay"])
    (True, False)
    >>> _is_part_heading(["We agree.", "Section 2: Our aims."]), _is_part_heading(["Kaja Kallas: Ready for it"])
    (False, False)
    """
    part, colon, title = lines[-1].partition(":")
    return (bool(colon) and title.strip()[:1].isupper() and _names_a_part(part)
            and _is_heading([part.strip()]) and _is_heading(lines, cased=False))

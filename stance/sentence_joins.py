"""Whether a piece that the sentence splitter cut off goes on with the sentence before it.

Punkt cuts after every full stop it does not know for an abbreviation's, and after a
question or a quote: :func:`_continues` says where the cut ended no sentence (an
abbreviation, a number's or a date's stop, the rest of a quoting sentence, a Cyrillic
dialogue's words of the author), reading the patterns of :mod:`stance.abbreviations`;
:func:`_inside_brackets` where a stop inside brackets ended none, and :func:`_emoji_close`
where emoji after a sentence close it rather than open the next.
"""

from __future__ import annotations

import re

from .abbreviations import (
    _ABOUT_END,
    _ABOUT_U_END,
    _ACRONYM_AFTER_ARTICLE_END,
    _ACRONYMS_NOT_INITIALS,
    _AMOUNT_ACRONYM_START,
    _AMOUNT_UNIT_END,
    _ASSEMBLY_END,
    _BARE_ORDINAL_END,
    _BRACKETED_YEAR,
    _CIRCA_END,
    _CITATION_ABBREVIATIONS,
    _CITATION_FIRST_END,
    _CITATION_PAIR_END,
    _CLAUSE_END,
    _COMPANY_FORM_END,
    _COORDINATED_ORDINAL_END,
    _CURRENCY_CODE_START,
    _CYRILLIC_DAY_MONTH_END,
    _CYRILLIC_MONTH_ABBREVIATION_END,
    _CYRILLIC_MONTH_WORD_END,
    _CYRILLIC_YEAR_ABBREVIATED_START,
    _CYRILLIC_YEAR_START,
    _DAY_ARTICLES,
    _DAY_END,
    _DAY_OR_TIME_AFTER_MERIDIEM,
    _ENDING_ABBREVIATIONS,
    _ENGLISH_ARTICLE_LOOKALIKES,
    _ERA_END,
    _ESTONIAN_WORDS,
    _ET_AL_END,
    _FOR_EXAMPLE_END,
    _GEMAESS_END,
    _GEMAESS_OBJECT,
    _GERMAN_DAY_END,
    _GERMAN_LOWER_LETTERS_END,
    _GERMAN_MONTH_ABBREVIATION_START,
    _GERMAN_MONTH_START,
    _GERMAN_NUMBERED_ABBREVIATION,
    _INITIALS_END,
    _ITALIAN_TITLE,
    _JESUS_CHRIST_START,
    _LETTERS_ABBREVIATION,
    _LIST_ABBREVIATION,
    _LIST_ITEM_C_END,
    _LOWER_CASE_ABBREVIATION,
    _LOWER_CASE_ENDING_ABBREVIATIONS,
    _MERIDIEM_END,
    _MONTH_START,
    _NAME_ABBREVIATION,
    _NAME_AFTER_TITLE,
    _NATIONAL_ASSEMBLY_END,
    _NUMBERED_ABBREVIATION,
    _NUMBERING_NOUN_START,
    _OPENING_TIME,
    _ORDINAL_AFTER_ARTICLE,
    _ORDINAL_NOUN_SHAPE,
    _ORDINAL_NOUN_START,
    _PART_END,
    _PER_CENT_END,
    _PLACE_ABBREVIATION,
    _PLACE_LETTERS_END,
    _POLISH_WORDS,
    _PROC_END,
    _ROMAN_NUMBER_START,
    _ROMAN_NUMBERED_ABBREVIATION,
    _SHARED_MONTH_START,
    _SHORT_FORMS,
    _SLAVIC_OPENER,
    _TIME_ZONE,
    _TITLE_OF_MANY,
    _UNIT_AFTER_NUMBER,
    _UNIT_CONTINUATION,
    _WEEKDAY_BEFORE_DATE,
    _YEAR_START,
)
from .sentence_cuts import _SENTENCE_OPENERS
from .wrapping import _FIRST_WORD

# A Cyrillic dialogue's words of the author after a question or an exclamation ("— Вы поддержите НАТО?
# — спросил журналист.", "— Нет! — крикнул он."): a dash and a word in lower case go on the sentence,
# as after a comma ("— Нет, — ответил министр."), where Punkt cut after the "?" or "!".
_DIALOGUE_ASIDE = re.compile(r"^[-–—]\s+[а-яёєіїґў]")
_QUESTION_OR_EXCLAMATION_END = re.compile(r"[?!…][\"»”]?$")


def _inside_brackets(parts: list[str], piece: str, tally: _PartsTally | None = None) -> bool:
    """Whether ``piece`` is the rest of a bracket that the sentence of ``parts`` opened, or opens
    with a comma after a bracket's stop, or with a word in lower case after a bracket the sentence
    opened after its first words: a stop inside brackets ends no sentence outside them. The bracket
    must close in ``piece``, so that a stray "(" or a smiley's does not swallow a paragraph. A whole
    sentence in brackets ends, and in a sentence written all in lower case, lower case after a
    bracket's stop says nothing, as after a quote's (see _STOP_THEN_QUOTE). ``tally`` counts the
    sentence's brackets and capitals (a new one where None), once for each part where one is kept
    while the sentence grows.

    >>> _inside_brackets(["Das Bündnis (gegr."], "1949) ist stark."), _inside_brackets(["(S. 12 ff.),"], "müssen…")
    (True, True)
    >>> _inside_brackets(["The talks (held in Brussels.)"], "were long."), _inside_brackets(["we met (in riga.)"], "a…")
    (True, False)
    >>> _inside_brackets(["We met :("], "Then we left."), _inside_brackets(["(We met.)"], "then we left.")
    (False, False)
    """
    # Each piece of a long sentence is asked about in turn: the sentence is no more joined and read whole for each
    # (4,000 "a.m." on a line took 2.3 s, in the square of its length), but its last part read, the rest counted once,
    # and read back from its end only to a bracket. Its parts are joined by spaces, which no test here looks across.
    tally = _PartsTally() if tally is None else tally
    closes = piece.find(")")
    return ((closes >= 0 and "(" not in piece[:closes] and tally.unclosed(parts) > 0)
            or parts[-1].endswith((".),", ".);")) or piece.startswith(")")
            or (piece[0].islower() and _stop_then_bracket(parts) and tally.has_capitals(parts)))


class _PartsTally:
    """The brackets a sentence's parts open and do not close, and whether any of them has a letter that has a lower
    case, the parts before the last each counted once while the sentence grows (the last may still grow, "p.m." /
    ", the talks…", and is counted each time); a new sentence is counted afresh.

    >>> tally = _PartsTally()
    >>> parts = ["we met (in riga", "and"]
    >>> tally.unclosed(parts), tally.has_capitals(parts)
    (1, False)
    >>> parts.append("Tallinn)")
    >>> tally.unclosed(parts), tally.has_capitals(parts)
    (0, True)
    """

    def __init__(self) -> None:
        self._parts: list[str] | None = None  # the sentence counted, kept so that no other list is taken for it
        self._counted = 0  # how many of its first parts are counted
        self._unclosed = 0
        self._capitals = False

    def _count(self, parts: list[str]) -> None:
        if parts is not self._parts:
            self._parts, self._counted, self._unclosed, self._capitals = parts, 0, 0, False
        for part in parts[self._counted:-1]:
            self._unclosed += part.count("(") - part.count(")")
            self._capitals = self._capitals or part != part.lower()
        self._counted = max(len(parts) - 1, self._counted)

    def unclosed(self, parts: list[str]) -> int:
        """How many more "(" than ")" the sentence of ``parts`` has."""
        self._count(parts)
        return self._unclosed + parts[-1].count("(") - parts[-1].count(")")

    def has_capitals(self, parts: list[str]) -> bool:
        """Whether the sentence of ``parts`` is not written all in lower case."""
        self._count(parts)
        return self._capitals or parts[-1] != parts[-1].lower()


def _stop_then_bracket(parts: list[str]) -> bool:
    """Whether the sentence of ``parts`` ends with a stop closing a bracket opened after words (see
    _STOP_THEN_BRACKET), read back only to that bracket's opening.

    >>> _stop_then_bracket(["The talks (held in", "Brussels.)"]), _stop_then_bracket(["(We met.)"])
    (True, False)
    """
    last = parts[-1]
    if last[-2:-1] not in (".", "?", "!") or last[-1:] not in (")", "]"):
        return False
    # the bracket's opening is the last bracket before the closing one: the sentence before that part is read only
    # for a character that is no space, which the opening must follow
    first = next((at for at in range(len(parts) - 1, -1, -1)
                  if any(bracket in (parts[at] if at < len(parts) - 1 else last[:-1]) for bracket in "()[]")), None)
    if first is None:
        return False
    words_before = any(parts[at] and not parts[at].isspace() for at in range(first))  # stops at the first: parts[0]
    return _STOP_THEN_BRACKET.search(("x " if words_before else "") + " ".join(parts[first:])) is not None


# A sentence's stop closing a bracket opened after words ("The talks (held in Brussels.)", "…were long, and (why?)"),
# which Punkt cut after; not a whole sentence in brackets ("(The vote was close.)").
_STOP_THEN_BRACKET = re.compile(r"(?<=\S)\s*[(\[][^()\[\]]*[.?!][)\]]$")


def _emoji_close(before: str, emoji: str, opens_line: bool, alone_on_line: bool) -> bool:
    """Whether ``emoji``, which open a sentence after ``before`` (a sentence's last piece), close
    ``before`` instead: when they are alone on their line (``alone_on_line``) after it, or
    between two sentences of a line ("…with Ukraine. 🇺🇦 Allies agree."). Emoji that open a
    line before its words (``opens_line``) are that sentence's, as a bullet is ("🇺🇦 We will
    support Ukraine."), and so are the same emoji that opened words of ``before``: bullets
    ("Three priorities: ✅ Defence spending. ✅ Support for Ukraine.").

    >>> _emoji_close("We stand with Ukraine.", "🇺🇦 ", False, False), _emoji_close("We agree.", "🇺🇦", True, True)
    (True, True)
    >>> _emoji_close("We agree.", "🇺🇦 ", True, False), _emoji_close("Aims: ✅ Spending.", "✅ ", False, False)
    (False, False)
    """
    if alone_on_line:
        return True
    if opens_line:
        return False
    at = before.find(emoji.strip())
    while at >= 0:
        after = before[at + len(emoji.strip()):].lstrip()
        if after[:1].isalnum():
            return False  # the same emoji before words: a bullet
        at = before.find(emoji.strip(), at + 1)
    return True


_WORD = re.compile(r"\w+")
# The last word before a final full stop, which a closing bracket may follow: "(Ret.)". Tried from a
# word's start only: searched from each of its letters, a sentence of one long run ending in "!" was
# read to its end again from each (20 KB of letters took 3.4 s).
_LAST_WORD = re.compile(r"(?<!\S)(\S+)\.[)\]]?$")

# A closing quote after a sentence's stop or a comma: a piece in lower case after it is the
# rest of the sentence the quote sits in ('"Are we ready?" she asked.', 'He said "We will
# defend every inch." at the summit.'), no sentence of its own. The quote closes as English
# writes it (" ' ” ’), as French does (» ›, after a space or not) and as German does (“ ‘ « ‹).
_QUOTE_THEN_REST = re.compile(r"[.?!…,](?:['\"”’“‘«‹]|\s?[»›])$")
# ... after a full stop or an ellipsis, only in a sentence written in sentence case: in one
# written all in lower case, lower case after a stop says nothing ('rutte says "we are
# united." nato is falling apart.'), as it says nothing without a quote.
_STOP_THEN_QUOTE = re.compile(r"[.…](?:['\"”’“‘«‹]|\s?[»›])$")


def _german_date_or_ordinal(previous: str, piece: str) -> bool:
    """Whether ``previous`` ends in a day and ``piece`` opens with its German month, or
    ``previous`` in an ordinal after its article (or any, of a parliament's numbering) and
    ``piece`` with its noun: Punkt's cut there ended no sentence.

    >>> _german_date_or_ordinal("Am 24.", "Februar 2022 begann der Angriff.")
    True
    >>> _german_date_or_ordinal("Deutscher Bundestag – 20.", "Wahlperiode – 150.")
    True
    >>> _german_date_or_ordinal("Russia annexed Crimea in 2014.", "February 2022 brought war.")
    False
    >>> _german_date_or_ordinal("Die Ausgaben stiegen bis 2024.", "Mal sehen, ob das reicht.")
    False
    >>> _german_date_or_ordinal("Morgen wird die 3.", "Panzerdivision verlegt."), _german_date_or_ordinal(
    ...     "Wir brauchen die 2.", "Russland wartet nicht."), _german_date_or_ordinal("Im 18.", "Ukraine deserves it.")
    (True, False, False)
    >>> _german_date_or_ordinal("Das 3.", "Reich war ein Verbrechen."), _german_date_or_ordinal("Der 1.", "FC Köln.")
    (True, True)
    >>> _german_date_or_ordinal("in 2. und 3.", "Lesung."), _german_date_or_ordinal("Es kam 2. und 3.", "Polen.")
    (True, False)
    """
    if _DAY_END.search(previous) and (
            _GERMAN_MONTH_START.match(piece) or _GERMAN_MONTH_ABBREVIATION_START.match(piece)  # "am 3." / "Dez."
            or (_SHARED_MONTH_START.match(piece) and _GERMAN_DAY_END.search(previous))):
        return True
    if _BARE_ORDINAL_END.search(previous) and _NUMBERING_NOUN_START.match(piece):
        return True  # "Deutscher Bundestag – 20." / "Wahlperiode"
    if _COORDINATED_ORDINAL_END.search(previous) and (_ORDINAL_NOUN_START.match(piece)
                                                      or _ORDINAL_NOUN_SHAPE.match(piece)):
        return True  # "in 2. und 3." / "Lesung"
    ordinal = _ORDINAL_AFTER_ARTICLE.search(previous)
    if ordinal is None:
        return False
    if _ORDINAL_NOUN_START.match(piece):
        return True
    article = ordinal.group("article").lower()
    if ordinal.start() == 0 and article not in _ENGLISH_ARTICLE_LOOKALIKES and _FIRST_WORD.match(piece):
        return True  # "Das 3." alone is no sentence: "Das 3." / "Reich war…", "Der 1." / "FC Köln spielt."
    return article not in _DAY_ARTICLES and _ORDINAL_NOUN_SHAPE.match(piece) is not None


def _opens_sentences(piece: str) -> bool:
    """Whether ``piece`` opens with a word that opens Russian, Ukrainian, Polish, English or German
    sentences (see _SLAVIC_OPENER and _SENTENCE_OPENERS), after which an abbreviation before a name ends one.

    >>> _opens_sentences("Nie chcieli."), _opens_sentences("The baby sleeps."), _opens_sentences("Polska i Litwa")
    (True, True, False)
    """
    first = _WORD.match(piece)
    return _SLAVIC_OPENER.match(piece) is not None or (first is not None and first.group() in _SENTENCE_OPENERS)


def _initials_before_name(previous: str, piece: str) -> bool:
    """Whether ``previous`` ends in a person's initials written without spaces and ``piece`` opens
    with a name after them, a capitalised word that opens no sentence (see _INITIALS_END and
    _opens_sentences): Punkt's cut there ended no sentence, as it ends none after "J. D.".

    >>> _initials_before_name("Vice President J.D.", "Vance spoke."), _initials_before_name("We met J.D.", "We left.")
    (True, False)
    >>> _initials_before_name("He flew to Washington, D.C.", "Allies met."), _initials_before_name(
    ...     "The head of the E.C.", "Allies left."), _initials_before_name("It fell in 476 A.D.", "Rome burned.")
    (False, False, False)
    >>> _initials_before_name("They trained at Fort Bragg, N.C.", "Paratroopers flew."), _initials_before_name(
    ...     "Police in Sydney, N.S.W.", "Officials said."), _initials_before_name("In 400 C.E.", "Saxons came.")
    (False, False, False)
    >>> _initials_before_name("We met the vice president, J.D.", "Vance spoke."), _initials_before_name(
    ...     "In Munich, J.D.", "Vance spoke.")
    (True, True)
    """
    initials = _INITIALS_END.search(previous)
    return (initials is not None and initials.group() not in _ACRONYMS_NOT_INITIALS
            and _ACRONYM_AFTER_ARTICLE_END.search(previous) is None and _PLACE_LETTERS_END.search(previous) is None
            and _NAME_AFTER_TITLE.match(piece) is not None and not _opens_sentences(piece))


def _opens_with_time_alone(previous: str, opening: str = "") -> bool:
    """Whether ``previous``, the first piece of its sentence (``opening``, if given), is only a
    time of day and its preposition (see _OPENING_TIME), which opens the piece after it.

    >>> _opens_with_time_alone("At 10 a.m."), _opens_with_time_alone("We met at 10 a.m.")
    (True, False)
    """
    return previous == (opening or previous) and _OPENING_TIME.fullmatch(previous) is not None


def _cyrillic_month_before_year(previous: str, piece: str) -> bool:
    """Whether ``previous`` ends in a Russian or Ukrainian month's abbreviation and ``piece`` opens
    with its year: after a day, or with the year's "г." or "р." (see _CYRILLIC_MONTH_ABBREVIATION_END).

    >>> _cyrillic_month_before_year("Это было 24 февр.", "2022 г."), _cyrillic_month_before_year("в янв.", "2024 г.")
    (True, True)
    >>> _cyrillic_month_before_year("Там много трав.", "2022 год был сухим.")
    False
    """
    if _CYRILLIC_DAY_MONTH_END.search(previous) is not None and _YEAR_START.match(piece) is not None:
        return True
    if _CYRILLIC_MONTH_ABBREVIATION_END.search(previous) is None:
        return False
    year = _CYRILLIC_YEAR_ABBREVIATED_START if _CYRILLIC_MONTH_WORD_END.search(previous) else _CYRILLIC_YEAR_START
    return year.match(piece) is not None


# "est." ("estimated") before an amount's sign, "~" or a currency's: it goes on, as "approx." does
# ("est. €11bn", "est. ~EUR 11 bn."), where Punkt, not given "est." (French's "le flanc est."), cut.
_ESTIMATED_END = re.compile(r"(?<![\w.])[Ee]st\.$")
_AMOUNT_SIGNS = frozenset("€$£¥₴₽~≈")


def _continues(previous: str, piece: str, opening: str = "") -> bool:
    """Whether ``piece`` continues ``previous``: Punkt split it after an abbreviation it
    did not know ("5 p.m. today", "Brig. general") or a numbered one ("No. 5").

    A lower-case piece after a full stop that ends an ordinary word is a new sentence
    (lower-case posts and transcripts: "we stand with ukraine. more tanks now."); after a
    quote that the stop closes it is the rest of the quoting sentence, unless that sentence
    (whose first piece is ``opening``, ``previous`` if empty) is written all in lower case:
    then it opens a sentence of its own. A capital anywhere in it will do, so "von der Leyen
    said…", "eBay said…" and "@nato said…" keep their rest, and a wrapped line too.

    >>> _continues('Rutte said "We will defend every inch."', "at the summit."), _continues("ukraine.", "more tanks.")
    (True, False)
    >>> _continues('rutte says "we are united."', "nato is split.")
    False
    >>> _continues('von der Leyen said "We will."', "at the summit.")
    True
    >>> _continues("BAE Systems plc.", "builds jets."), _continues("we bought from bae plc.", "more jets now.")
    (True, False)
    >>> _continues("We will spend €2bn.", "on air defence."), _continues("We will spend €2bn.", "Allies pay.")
    (True, False)
    >>> _continues("nato spent 2bn.", "we need more.")
    False
    >>> _continues("The cost, est.", "€11bn, will be borne."), _continues("We pay.", "€11bn more.")
    (True, False)
    >>> _continues("At 10 a.m.", "Allies met."), _continues("We met at 10 a.m.", "Allies then left.")
    (True, False)
    >>> _continues("Вы поддержите НАТО?", "— спросил журналист."), _continues("Нет!", "— Альянс расколот.")
    (True, False)
    """
    first = piece[0]
    if _DIALOGUE_ASIDE.match(piece) and _QUESTION_OR_EXCLAMATION_END.search(previous):
        return True  # "— Вы поддержите НАТО?" / "— спросил журналист."
    if first == "(" and _ET_AL_END.search(previous) and _BRACKETED_YEAR.match(piece):
        return True  # "Smith et al." / "(2020) found…"
    if _GEMAESS_END.search(previous) and _GEMAESS_OBJECT.match(piece):
        return True  # "gem." / "§ 5 des Gesetzes", not "a real gem." / "5 stars."
    if _GERMAN_LOWER_LETTERS_END.search(previous):
        return True  # "z.B. Munition, d.h." / "Panzer", not "the team's D.H." / "The manager…"
    if first in _AMOUNT_SIGNS and _ESTIMATED_END.search(previous):
        return True  # "The cost, est." / "€11bn, will…", as "approx. €11bn" is one (Punkt knows "approx.")
    if first.isdigit():
        return (_NUMBERED_ABBREVIATION.search(previous) or _WEEKDAY_BEFORE_DATE.search(previous)
                or _GERMAN_NUMBERED_ABBREVIATION.search(previous)  # "am Mo." / "3.", "Dez." / "2024"
                or _cyrillic_month_before_year(previous, piece)  # "24 февр." / "2022 г."
                or _PART_END.search(previous)  # "Pt. 2 of the report", not "1 Pt." / "2 more are needed."
                or _CLAUSE_END.search(previous)  # "The Bill, cl. 3, sets…", not "15 cl." / "3 more…"
                or _LETTERS_ABBREVIATION.search(previous)) is not None \
            or (_CIRCA_END.search(previous) is not None  # "c. 5,000 troops", not "option c." / "5 allies…"
                and _LIST_ITEM_C_END.search(previous) is None) \
            or (_LOWER_CASE_ABBREVIATION.search(previous) is not None  # "np. 5 osób", "u. 500 sõdurit"
                and (_ABOUT_U_END.search(previous) is None  # "thank u. 500 more troops…" ends
                     or _ESTONIAN_WORDS.search(f"{previous} {piece}") is not None)) \
            or _opens_with_time_alone(previous, opening) \
            or (_ABOUT_END.search(previous) is not None  # Polish "ok. 200 mln zł", not "It was ok. 40 tanks came."
                and _POLISH_WORDS.search(f"{previous} {piece}") is not None)
    if not first.islower():  # a new sentence, unless a weekday's date or a title's names go on
        return first.isupper() and ((_MONTH_START.match(piece) is not None  # "Fri. March 14"
                                     and _WEEKDAY_BEFORE_DATE.search(previous) is not None)
                                    or (_ROMAN_NUMBERED_ABBREVIATION.search(previous) is not None  # "Art. IV"
                                        and _ROMAN_NUMBER_START.match(piece) is not None)
                                    or _TITLE_OF_MANY.search(previous) is not None  # "MM. Dupont et Durand"
                                    or (_ERA_END.search(previous) is not None  # "753 av. J.-C."
                                        and _JESUS_CHRIST_START.match(piece) is not None)
                                    or (_ITALIAN_TITLE.search(previous) is not None  # "il sig. Rossi"
                                        and _NAME_AFTER_TITLE.match(piece) is not None and not _opens_sentences(piece))
                                    or (_PLACE_ABBREVIATION.search(previous) is not None  # "Ft. Bragg"
                                        and _NAME_AFTER_TITLE.match(piece) is not None and not _opens_sentences(piece))
                                    or (_LIST_ABBREVIATION.search(previous) is not None  # "np. Polska"
                                        and not _opens_sentences(piece)
                                        and (_FOR_EXAMPLE_END.search(previous) is None
                                             or _POLISH_WORDS.search(f"{previous} {piece}") is not None))
                                    or (_PROC_END.search(previous) is not None  # "4 proc. PKB"
                                        and _AMOUNT_ACRONYM_START.match(piece) is not None)
                                    or (_AMOUNT_UNIT_END.search(previous) is not None  # "3bn. USD"
                                        and _CURRENCY_CODE_START.match(piece) is not None)
                                    or (_NAME_ABBREVIATION.search(previous) is not None  # "им. Ленина"
                                        and _SLAVIC_OPENER.match(piece) is None)
                                    or _german_date_or_ordinal(previous, piece)  # "Am 24. Februar"
                                    or _initials_before_name(previous, piece)  # "J.D." / "Vance spoke…"
                                    or (_MERIDIEM_END.search(previous) is not None  # "2:45 P.M. EST", "a.m. Tuesday"
                                        and (_TIME_ZONE.match(piece) or _DAY_OR_TIME_AFTER_MERIDIEM.match(piece))
                                        is not None)
                                    or _opens_with_time_alone(previous, opening))  # "At 10 a.m." / "Allies met."
    if _QUOTE_THEN_REST.search(previous):
        if not _STOP_THEN_QUOTE.search(previous):
            return True  # '"Are we ready?" she asked.'
        # 'He said "We are ready." at the summit.', not 'rutte says "we are united." nato is split.'
        return opening != opening.lower() or previous != previous.lower()

    if _COMPANY_FORM_END.search(previous) and any(part not in (part.lower(), part.upper())
                                                  for part in (previous, opening)):
        return True  # "BAE Systems plc." / "builds jets."
    if _PER_CENT_END.search(previous) or _NAME_ABBREVIATION.search(previous):
        # "We spend 2 per cent." / "of GDP on defence.", "ген." / "секретарь", as the quote's rest above
        return opening != opening.lower() or previous != previous.lower()
    last = _LAST_WORD.search(previous)
    if last is None:  # ends in "!", "?", a quote…: a sentence ended
        return False
    word = last.group(1).strip("([\"'“‘")
    # "p.m.", "U.S.", an initial, a short title-cased word ("Brig.", "Capt.") or one of those
    # that can end a sentence ("etc.", "govt.", "yr."): an abbreviation.
    return ("." in word or len(word) == 1 or (len(word) <= 4 and word[:1].isupper() and word[1:].islower())
            or word.lower() in _ENDING_ABBREVIATIONS or word in _LOWER_CASE_ENDING_ABBREVIATIONS
            or (word.lower() in _SHORT_FORMS  # "at max." / "readiness", not "the max." / "we…" all in lower case
                and (opening != opening.lower() or previous != previous.lower()))
            or word in _CITATION_ABBREVIATIONS or _CITATION_PAIR_END.search(previous) is not None
            or (_UNIT_AFTER_NUMBER.search(previous) is not None  # "10 min." / "later", "it took 10 min." / "to…"
                and (opening != opening.lower() or previous != previous.lower()
                     or _UNIT_CONTINUATION.match(piece) is not None))
            or (_AMOUNT_UNIT_END.search(previous) is not None  # "€2bn." / "on air defence", as "per cent."
                and (opening != opening.lower() or previous != previous.lower()))
            or _TITLE_OF_MANY.search(previous) is not None  # "MM." / "les députés"
            or (_CITATION_FIRST_END.search(previous) is not None and piece.startswith("cit."))
            or (_ASSEMBLY_END.search(previous) is not None and piece.startswith("nat."))  # "l'Ass." / "nat."
            or _NATIONAL_ASSEMBLY_END.search(previous) is not None)  # "l'Ass. nat." / "a voté"

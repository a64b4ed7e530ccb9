"""How a text's lines were wrapped, and wrapped lines joined into one text.

:func:`_join_lines` joins a block's lines, a word broken by a hyphen or after a slash made
whole and a compound's hyphen kept ("self-" / "defence", "NATO-" / "led"), no space between
Chinese or Japanese characters; :func:`_wrap_width`, :func:`_is_paragraph_a_line` and
:func:`_wrapped_before` tell a text hard-wrapped at a width from one saved a paragraph a line;
:func:`_number_opens_statement` tells a headline from a sentence wrapped before a number.
"""

from __future__ import annotations

import re

from .lines import _CJK, _DAY_MONTHS, _MONTH, _TERMINAL, _WRAPPED_LINE_ENDS

# A word broken across lines by a hyphen, as PDF text has it ("deter-" / "rence").
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐]$")
# A word or number broken after its slash ("50/" / "50", "and/" / "or"); not a lone "/".
_LINE_END_SLASH = re.compile(r"(?<=\S)/$")
# Words before a line-end hyphen that open a compound, not a broken word: "self-" /
# "defence" is "self-defence" (joined, "selfdefence" is a word the model has never seen). Only
# words that rarely end a syllable of a longer word are listed: "short-" / "age" is more often
# "shortage", "cross-" / "ing" "crossing", "pro-" / "vide" "provide" and "counter-" / "part"
# "counterpart".
_COMPOUND_OPENERS = frozenset({"self", "non", "well", "long", "anti"})
# Number words, cardinal and ordinal, open the compounds news writes most ("thirty-" / "two",
# "four-" / "year", "twenty-" / "first"), but begin many words too ("ten-" / "dentious", "ten-" /
# "ancy", "four-" / "teen", "four-" / "fold"): their hyphen stays only before another number word
# or one of _NUMBER_COMPOUND_HEADS.
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"})
# Words a number word is hyphenated to ("ten-year", "three-member", "first-ever", "fifth-generation");
# "-fold" is written closed ("fourfold").
_NUMBER_COMPOUND_HEADS = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    "old", "member", "nation", "state", "party", "point", "page", "storey", "story", "seat", "mile", "miles",
    "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers", "strong", "man",
    "person", "way", "track", "tier", "speed", "star", "part", "time", "times", "percent", "stage",
    "step", "phase", "term", "round", "level", "country", "generation", "class", "rate", "hand",
    "ever", "largest", "biggest", "highest", "sided", "pronged", "dimensional", "dollar", "euro", "pound",
    "tonne", "ton", "degree", "line", "lane", "engine", "seater", "digit", "figure"})
# Words that open a compound only with some words: "so" begins "society", "solution" and
# "sovereignty" ("so-" / "ciety" is a broken word), so its hyphen stays before "called" alone;
# "co" begins "coalition", "cooperation" and "coordination", which news writes closed, so its
# hyphen stays only before the words that keep one ("co-" / "chair", "co-" / "founder").
_COMPOUNDS_AFTER = {
    "so": ("called",),
    "co": ("chair", "founder", "author", "host", "sponsor", "signator", "lead", "worker", "pilot"),
}
# A compound with a name or an acronym keeps its hyphen too, whatever the word before it: a
# capital after the hyphen ("pro-" / "Russian", "Euro-" / "Atlantic", "post-" / "Cold War",
# "NATO-" / "Russia"), or an acronym or a capital letter before it ("NATO-" / "led", "US-" /
# "led", "F-" / "35", "U-" / "turn"), which no syllable of a longer word is. An acronym is
# looked for in this many of a line's last characters (see _LAST_WORD_BEFORE_HYPHEN).
_ACRONYM_WINDOW = 10
# Common words that an opener begins without a hyphen, as dictionaries divide them
# ("non·sense", "self·ish", "an·ti·dote", "lon·ger"): a break after the opener is a break
# inside the word, joined as "deter-" / "rence" is (kept, "non-sense" read as "non" "sense").
_WORDS_AN_OPENER_BEGINS = frozenset({
    "nonsense", "nonsensical", "selfish", "selfishly", "selfishness", "selfless", "selflessly",
    "selflessness", "antidote", "antidotes", "antiquated", "antique", "antiques", "antiquity",
    "antibody", "antibodies", "antibiotic", "antibiotics", "longer", "longest", "longing",
    "wellness", "oneself",
})
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The whole word (no letter before it) before a line-end hyphen. It is searched for only in
# a line's last characters: from every start in a long run of letters (CJK text, a URL) the
# search had read to the run's end, which is quadratic (11 s for a 32,000-letter line).
_LAST_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‐]$")
# the word, its hyphen, one more
_OPENER_WINDOW = max(map(len, _COMPOUND_OPENERS | _NUMBER_WORDS | _COMPOUNDS_AFTER.keys())) + 2
# A number before a line-end hyphen: "155-" / "mm" and "24-" / "hour" are "155-mm" and "24-hour".
_NUMBER_HYPHEN = re.compile(r"\d[-‐]$")
# A hyphen no line may break at, a non-breaking one ("so\u2011" / "called"), or a range's dash
# right after a number ("2014–" / "2024"): what follows belongs to it with no space, the mark kept.
_UNBROKEN_JOIN = re.compile(r"[^\W_]\u2011$|\d–$")

_CJK_CHARACTER = re.compile(f"[{_CJK}]")
# How much of a part's end _join_lines reads: a compound's opener or an acronym before a
# hyphen, and the letter before it.
_JOIN_TAIL = max(_OPENER_WINDOW, _ACRONYM_WINDOW) + 1


def _join_lines(lines: list[str]) -> tuple[str, list[int]]:
    """``lines`` joined into one text, and where each line's text starts in it.

    >>> _join_lines(["Our Allies", ", and partners,", "stand."])
    ('Our Allies, and partners, stand.', [0, 10, 26])
    >>> _join_lines(["我们支持集", "体防御。NATO", "盟国"])
    ('我们支持集体防御。NATO 盟国', [0, 5, 14])
    """
    # Each part's lines, joined with no space, and the parts with one. The tests below read the
    # end of the part so far, kept apart (``tail``), since Chinese or Japanese lines join into one
    # part however many there are: reading or copying the whole part at each line was quadratic.
    parts = [[lines[0]]]
    length = len(lines[0])  # of the part so far
    tail = lines[0][-_JOIN_TAIL:]
    starts = [0]
    at = 0  # where the part so far starts in the joined text
    for line in lines[1:]:
        opener = _compound_opener(tail)
        if opener and _opener_begins_word(opener, line):
            opener = ""  # "non-" + "sense" is "nonsense": joined below as any broken word
        if ((_is_compound(opener, line) and line[:1].islower()) or _is_named_compound(tail, line)
                or (_NUMBER_HYPHEN.search(tail) and line[:1].isalnum())):
            pass  # "self-" + "defence", "Euro-" + "Atlantic", "NATO-" + "led", "24-" + "hour"
        elif tail.endswith("\u00ad"):
            parts[-1][-1], length, tail = parts[-1][-1][:-1], length - 1, tail[:-1]  # "deter\u00ad" + "rence"
        elif _LINE_END_HYPHEN.search(tail) and line[:1].islower():
            parts[-1][-1], length, tail = parts[-1][-1][:-1], length - 1, tail[:-1]  # "deter-" + "rence"
        elif _UNBROKEN_JOIN.search(tail) and line[:1].isalnum():
            pass  # "so\u2011" + "called", "2014–" + "2024": the mark was joining them
        elif _LINE_END_SLASH.search(tail) and line[:1].isalnum():
            pass  # "50/" + "50", "and/" + "or": one word broken after its slash
        elif line[:1] in ",;":
            pass  # "Our Allies" + ", and partners,": broken before its comma, which takes no space
        elif _CJK_CHARACTER.fullmatch(tail[-1:]) and _CJK_CHARACTER.fullmatch(line[:1]):
            pass  # "…安全の土" + "台です。": Chinese and Japanese put no space between words
        else:
            at += length + 1
            parts.append([])
            length, tail = 0, ""
        parts[-1].append(line)
        starts.append(at + length)
        length += len(line)
        tail = (tail + line[-_JOIN_TAIL:])[-_JOIN_TAIL:]
    if parts[-1] and parts[-1][-1].endswith("\u00ad"):
        parts[-1][-1] = parts[-1][-1][:-1]  # a soft hyphen with no word below, shown as nothing
    return " ".join("".join(part) for part in parts), starts


def _is_named_compound(line: str, next_line: str) -> bool:
    """Whether ``line`` ends in a compound's hyphen that ``next_line`` goes on from, the
    compound having a name or an acronym (see _ACRONYM_WINDOW): a hyphen that stays.

    >>> _is_named_compound("the Euro-", "Atlantic area"), _is_named_compound("the NATO-", "led mission")
    (True, True)
    >>> _is_named_compound("collective deter-", "rence"), _is_named_compound("the talks with -", "NATO")
    (False, False)
    """
    if not _LINE_END_HYPHEN.search(line):
        return False
    if next_line[:1].isupper():
        return True
    before = _LAST_WORD_BEFORE_HYPHEN.search(line, max(len(line) - _ACRONYM_WINDOW, 0))
    return before is not None and before.group(1).isupper() and next_line[:1].isalnum()


def _is_compound(opener: str, line: str) -> bool:
    """Whether ``opener`` (lower-cased), before a line-end hyphen, opens a compound with the first
    word of ``line``: any word after one of _COMPOUND_OPENERS, a number word or a common head
    after a number word (see _NUMBER_COMPOUND_HEADS), some after one of _COMPOUNDS_AFTER.

    >>> _is_compound("thirty", "two Allies"), _is_compound("ten", "year plan"), _is_compound("ten", "dentious")
    (True, True, False)
    >>> _is_compound("so", "called plan"), _is_compound("so", "ciety"), _is_compound("co", "chair of")
    (True, False, True)
    >>> _is_compound("co", "operation with"), _is_compound("co", "alition"), _is_compound("defen", "ce")
    (False, False, False)
    """
    if opener in _COMPOUND_OPENERS:
        return True
    if opener in _NUMBER_WORDS:
        first = _FIRST_WORD.match(line)
        head = first.group().lower() if first else ""
        return head in _NUMBER_WORDS or head in _NUMBER_COMPOUND_HEADS
    return opener in _COMPOUNDS_AFTER and line.lower().startswith(_COMPOUNDS_AFTER[opener])


def _opener_begins_word(opener: str, line: str) -> bool:
    """Whether ``opener`` and the first word of ``line`` make one common word ("non" and
    "sense"), not a hyphenated compound ("non" and "negotiable").

    >>> _opener_begins_word("non", "sense, he said"), _opener_begins_word("non", "negotiable")
    (True, False)
    """
    first = _FIRST_WORD.match(line)
    return first is not None and opener + first.group().lower() in _WORDS_AN_OPENER_BEGINS


def _compound_opener(line: str) -> str:
    """The word before ``line``'s final hyphen, lower-cased, if it is short enough to be a
    compound's opener (see _COMPOUND_OPENERS and _COMPOUNDS_AFTER); "" otherwise.

    >>> _compound_opener("our self-"), _compound_opener("counterintelligence-"), _compound_opener("a ship")
    ('self', '', '')
    """
    if not line.endswith(("-", "‐")):
        return ""
    found = _LAST_WORD_BEFORE_HYPHEN.search(line, max(len(line) - _OPENER_WINDOW, 0))
    return found.group(1).lower() if found else ""


def _wrap_width(lines: list[str]) -> int | None:
    """The width ``lines`` are hard-wrapped at, as an email or a terminal wraps them: the longest
    line's, when five lines or more come within a fifth of it; None when they are not so wrapped
    (a paragraph a line, a short text).

    >>> _wrap_width(["x" * 40, "x" * 38, "x" * 39, "x" * 36, "x" * 40, "x" * 12]), _wrap_width(["x" * 40, "x" * 12])
    (40, None)
    """
    width = max(map(len, lines), default=0)
    return width if sum(len(line) >= 0.8 * width for line in lines) >= 5 else None


def _is_paragraph_a_line(lines: list[str]) -> bool:
    """Whether ``lines`` hold a paragraph each, as a document saved from Word as plain text
    does: three lines or more of 80 characters or more, and nine in ten of those end a sentence,
    where a wrapped text's long lines end mid-sentence. Then a line that ends none is no part of
    the sentence below it: a heading ("Defence spending" / "Now let me turn to money.").

    >>> paragraph = "We must spend more on defence, and we must produce more, because Russia will not stop."
    >>> _is_paragraph_a_line([paragraph, "Defence spending", paragraph, paragraph])
    True
    >>> _is_paragraph_a_line([paragraph[:-1], paragraph[:-1], paragraph])
    False
    """
    long = [line.rstrip() for line in lines if len(line.rstrip()) >= 80]
    return len(long) >= 3 and sum(_TERMINAL.search(line) is not None for line in long) >= 0.9 * len(long)


# The fewest lines, and the fewest characters of the longest, of a paragraph read as wrapped at its longest line's
# width though the text shows no width (see _lede_width); and the most lines read, so that each is read a few times.
_LEDE_LINES = 3
_LEDE_WIDTH = 50
_LEDE_MOST_LINES = 12


def _lede_width(lines: list[str]) -> int | None:
    """The width ``lines`` (a paragraph's lines from a lede's first on, stripped, to a blank line) are hard-wrapped at,
    where the text is too short for :func:`_wrap_width` to find one: three lines or more, each but the last within a
    fifth of the longest, which is 50 characters or more ("Statement on aid debate" above a lede of three lines wrapped
    at 70 columns); None otherwise. A headline above such a lede, ending in a word that would have fitted on the
    lede's first line, may be warned of as one above a text hard-wrapped (see _capital_may_open_statement).

    >>> _lede_width(["x" * 68, "x" * 70, "x" * 21]), _lede_width(["x" * 68, "x" * 30, "x" * 70])
    (70, None)
    >>> _lede_width(["x" * 68, "", "x" * 70, "x" * 21]), _lede_width(["x" * 40, "x" * 40, "x" * 21])
    (None, None)
    """
    lines = lines[:_LEDE_MOST_LINES]
    paragraph = lines[:next((at for at, line in enumerate(lines) if not line), len(lines))]
    width = max(map(len, paragraph), default=0)
    if len(paragraph) < _LEDE_LINES or width < _LEDE_WIDTH:
        return None
    return width if all(len(line) >= 0.8 * width for line in paragraph[:-1]) else None


def _wrapped_before(above: str, line: str, width: int | None) -> bool:
    """Whether ``above`` was broken before ``line`` as a text hard-wrapped at ``width`` is: the
    first word of ``line`` would not have fitted on it. A heading's line is short however wide
    the text, so the next line's first word would have: "Q: Marta Kalniņa, Delfi. Former" /
    "President Trump has said…" at 40 columns is a sentence wrapped, not a title ("Former").

    >>> _wrapped_before("Secretary General, the Hungarian Prime", "Minister said last week", 40)
    True
    >>> _wrapped_before("NATO Summit in Vilnius", "Allies agreed today.", 40)
    False
    """
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return width is not None and len(above) + 1 + len(first) > width


# Words that end a line a sentence is wrapped from (see stance.lines._WRAPPED_LINE_ENDS, kept
# there as lines reads them too), before a number ("…raise spending to" / "3.5% of GDP").
# A month, which a date's year follows on the next line ("…on 25 June" / "2025 in The Hague.").
_MONTH_WORD = re.compile(rf"(?:{_MONTH}|{'|'.join(sorted(_DAY_MONTHS))})", re.IGNORECASE)
# The last word of a line, which must be letters (isalpha: "¹" is a word character): not a
# number, a footnote's marker ("…threat.1", "…threat.¹") or a year, after which the line below
# may go on ("Summit 2025" / "32 Allies…" is rare). Tried from a word's start only: searched from each
# letter, a long line of letters ending in another sign was read to its end again from each (a line of
# 20,000 capitals ending in "-" above "5. Allies." took 4.4 s).
_LAST_LINE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


# A range's dash or a hyphen right after a number, ending a line ("From 2014–" / "2024").
_NUMBER_RUNS_ON = re.compile(r"\d[-‐–]$")


# The words a short line ends with that ask for a number after them ("Join us at" / "12 noon"),
# in lower case only: prepositions and joins. Verbs and particles end titles and list items too
# ("Who we are", "Coming up"), and "A" ends "Annex A" (a review of eaefec1).
# Not in, on, by or for: they end a press release's or an agenda's short lines too ("Published
# on" / "4 Dec. 2026 | 14:30", "Meeting on" / "12 May" / "1 Apologies"), whose heading then ran on
# into the body below (a review); "Published in" / "2024…" stays cut, as before these words.
_RUNS_ON_TO_NUMBER = frozenset({"at", "from", "of", "to", "with", "until", "till", "since", "between", "than",
                                "and", "or"})


def _runs_on_to_number(above: str, line: str) -> bool:
    """Whether ``line``, opening with a number, goes on with the sentence wrapped from ``above``,
    however short ``above`` is: it ends with a preposition or a join written in lower case, or
    with a dash right after a number. A short line so ended reads as no heading ("Join us at"
    / "12 noon", "From 2014–" / "2024 we…"), where a title's word is left to the heading rule
    ("Chapter" / "12 Allies…"), and so is a line in capitals or a list's item above the next.

    >>> _runs_on_to_number("Join us at", "12 noon"), _runs_on_to_number("From 2014–", "2024 we spent more.")
    (True, True)
    >>> _runs_on_to_number("Chapter", "12 Allies agreed."), _runs_on_to_number("Join us at", "Noon")
    (False, False)
    >>> _runs_on_to_number("Annex A", "1 Defence."), _runs_on_to_number("4 Where we go from", "5 Annexes")
    (False, False)
    """
    if not line[:1].isdecimal() or above[:1].isdecimal() or above.isupper():
        return False
    last = _LAST_LINE_WORD.search(above)
    # in lower case, or a line of that word alone ("Since" / "2014 we have…")
    word = None if last is None else (last.group().lower() if len(above.split()) == 1 else last.group())
    return _NUMBER_RUNS_ON.search(above) is not None or word in _RUNS_ON_TO_NUMBER


def _number_opens_statement(lines: list[str], line: str, width: int | None) -> bool | None:
    """Whether ``line``, opening with a number, opens a statement of its own below the last of
    ``lines`` (a block's lines so far), which ends no sentence: True when that line reads as a
    headline (a capital opening it, a word ending it that is no function word or month, after a
    sentence's end) and the text is hard-wrapped at ``width`` and the number would have fitted on
    it (see :func:`_wrapped_before`), the one evidence that it is no wrapped line. False when it
    would not have fitted there, or goes on with the sentence wrapped before it ("…raise
    spending to" / "3.5% of GDP…", "…the" / "32 Allies agreed…"); None when the line may be
    either ("Summit outcome" / "32 Allies agreed…", "In total, Allies delivered" / "3 Patriot
    batteries…"): joined, a caller may say so. A capital after the number is no evidence on its
    own, as English capitalises proper nouns ("Allies", "Patriot", "NATO") inside a sentence, and
    a sentence split wrongly is worse than a headline joined with a warning.

    A line opening with a number was joined to any line above with no sentence's end, as a
    wrapped line in lower case is: a headline, "4 minutes read" and the lede below them made
    one statement (a journalist's audit).

    >>> _number_opens_statement(["Summit outcome"], "32 Allies agreed to spend more.", None)
    >>> _number_opens_statement(["In its annual report NATO counted"], "32 Allies, and Sweden…", None)
    >>> _number_opens_statement(["Allies agreed to raise spending to"], "3.5% of GDP by 2035.", None)
    False
    >>> _number_opens_statement(["We met.", "Summit outcome"], "3.5% of GDP is the target.", None)
    >>> _number_opens_statement(["Summit outcome"], "3.5% of GDP is the target.", 40)
    True
    >>> _number_opens_statement(["Allies will raise their defence spending"], "3.5% of GDP by 2035.", 40)
    False
    >>> _number_opens_statement(["We met in Brussels and", "Allies agreed"], "32 Allies signed.", None)
    False
    """
    if not line[:1].isdecimal() or not _reads_as_headline(lines):
        return False  # no number, a sentence ended, a line of a wrapped paragraph or one a word asks on from
    if width is not None:  # hard-wrapped: the number below would have fitted on the line above, or not
        return not _wrapped_before(lines[-1], line, width)
    return None  # a capital after the number is no evidence: a proper noun ("32 Allies", "3 Patriot")


def _reads_as_headline(lines: list[str]) -> bool:
    """Whether the last of ``lines`` (a block's lines so far) reads as a headline: it ends no
    sentence, opens with a capital or a digit, opens the block or follows a sentence's end, and
    ends in a word that is no function word or month ("…raise spending to", "…on 25 June", which
    a wrapped sentence goes on from).

    >>> _reads_as_headline(["Statement on aid debate"]), _reads_as_headline(["We met.", "Summit outcome"])
    (True, True)
    >>> _reads_as_headline(["Allies agreed to raise spending to"]), _reads_as_headline(["We met in", "Riga today"])
    (False, False)
    """
    above = lines[-1]
    if (_TERMINAL.search(above) or not (above[:1].isupper() or above[:1].isdigit())
            or (len(lines) > 1 and not _TERMINAL.search(lines[-2]))):
        return False  # a sentence ended, or a line of a wrapped paragraph above
    last = _LAST_LINE_WORD.search(above)
    word = last.group() if last else ""
    # "…raise spending to" / "3.5%…", "…on 25 June" / "2025…", "…Allies," / "32 of them…"
    return word.isalpha() and word.lower() not in _WRAPPED_LINE_ENDS and not _MONTH_WORD.fullmatch(word)


# What may open a sentence before its capital: a quote or a bracket ("“Ukraine needs…”"), a
# French guillemet and the space after it ("« L'Ukraine… »", a no-break space often), a German
# "»Die…«" or "‚Die…‘", a Spanish "¿Quién…?" or "¡Basta!"
_OPENING_MARKS = "\"“‘'«„(»‚¿¡[ \u00a0\u202f"


# The verbs of saying a line may end with before the words said, quoted on the line below ("As
# Churchill said" / "\"We shall never surrender.\""): the quotation is the sentence's object, no lede
# below a headline, in English, German and French.
_SAYING_VERBS = frozenset({
    "said", "says", "say", "saying", "told", "tells", "wrote", "writes", "asked", "asks", "added", "adds",
    "declared", "declares", "stated", "states", "warned", "warns", "replied", "replies", "answered", "answers",
    "recalled", "recalls", "insisted", "insists", "argued", "argues", "noted", "notes", "explained", "explains",
    "promised", "promises", "vowed", "vows", "tweeted", "posted", "sagte", "sagt", "schrieb", "erklärte", "dit",
    "déclaré", "déclare", "écrit"})


def _quotes_what_above_says(above: str, line: str) -> bool:
    """Whether ``line`` opens with a quotation of what ``above``, ending in a verb of saying in lower case, says: "As
    Churchill said" / "\"We shall never surrender.\"" is one sentence, its quotation no lede. A quotation its
    speaker is named after ("NATO chief warns" / "“Russia is preparing for a long war,” Rutte said.") is a headline's
    lede, as is a quotation below a title's "Said" ("What Churchill Said").

    >>> _quotes_what_above_says("As Churchill said", '"We shall never surrender."')
    True
    >>> _quotes_what_above_says("Statement on aid debate", '"We will not stop," she said.')
    False
    >>> _quotes_what_above_says("As Churchill said", "We shall never surrender.")
    False
    >>> _quotes_what_above_says("NATO chief warns", "“Russia is preparing for a long war,” Rutte said.")
    False
    """
    last = _LAST_LINE_WORD.search(above)
    opens_quote = line[:1] in _QUOTE_MARKS
    return (opens_quote and last is not None and last.group() in _SAYING_VERBS
            and _SPEAKER_AFTER_QUOTATION.search(line, 1) is None)


# A quotation closed on its line with words after it, or with a comma, its speaker named after it ("“We will defend
# every inch,” Rutte said.", "« Nous tiendrons », a-t-il dit."): an apostrophe or a single mark closes one only after
# the quotation's own stop ("'We won't stop,' she said.", not "won't" nor "'The Allies' aid must go on.'")
_SPEAKER_AFTER_QUOTATION = re.compile(
    r"(?:[\"”»“]|(?<=[,.!?…])['’])(?:\s*,\s*|\s+)[^\W\d_]|,\s*[\"”’'»“]\s*$")


# The quotation marks a quotation may open with (of _OPENING_MARKS: no bracket, no Spanish mark)
_QUOTE_MARKS = "\"“‘'«„»‚"


def _capital_may_open_statement(lines: list[str], line: str, width: int | None) -> bool:
    """Whether ``line``, opening with a capital (after a quote), may open a statement of its own
    below the last of ``lines``, which ends no sentence and reads as a headline (see
    :func:`_reads_as_headline`): a press release's headline above its lede, no blank line between
    ("Statement on aid debate" / "Some politicians have called for…"). In a text not hard-wrapped
    (``width`` None) the line must end a sentence itself (a lede's line), and nothing tells it from
    a sentence wrapped before a proper noun ("The Secretary General met" / "President Zelensky
    today."); in one hard-wrapped at ``width``, the lede's first line seldom ends a sentence, and
    its first word would have fitted on the headline's line (see :func:`_wrapped_before`). The two
    are joined, as before: a caller may say so, as of a number below a headline (see
    :func:`_number_opens_statement`).

    >>> _capital_may_open_statement(["Statement on aid debate"], "Some politicians want less aid.", None)
    True
    >>> _capital_may_open_statement(["Statement on aid debate"], "Some politicians have called for an end", 40)
    True
    >>> _capital_may_open_statement(["We met.", "Secretary General, the Hungarian Prime"], "Minister said", 40)
    False
    >>> _capital_may_open_statement(["Allies agreed to raise spending to"], "NATO's target.", None)
    False
    >>> _capital_may_open_statement(["Statement on aid debate"], "and some politicians want less aid.", None)
    False
    >>> _capital_may_open_statement(["We will fight to the bitter"], "End", None)  # "… of this war." below
    False
    >>> _capital_may_open_statement(["Déclaration sur l'aide"], "« L'Ukraine a besoin de nous », a-t-elle dit.", None)
    True
    """
    if not line.lstrip(_OPENING_MARKS)[:1].isupper() or not _reads_as_headline(lines):
        return False
    if _quotes_what_above_says(lines[-1], line):
        return False  # "As Churchill said" / "\"We shall never surrender.\"": the words said, rightly joined
    if width is not None:  # hard-wrapped: the lede's first word would have fitted after the headline
        return not _wrapped_before(lines[-1], line, width)
    return _TERMINAL.search(line) is not None

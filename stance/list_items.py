"""A list's items: their bullets and markers, and where a list ends.

:data:`_BULLET` is what opens an item ("- ", "• ", "1. ", "a) ", a Word document's bullets
saved as text), not a date or an abbreviation ("3. Oktober", "z. B."); :data:`_BARE_MARKER` a
marker alone on its line; :func:`_after_list` and :func:`_is_bare_item` tell the sentence
below a list from its last item, and :func:`_dash_goes_on` a dash that goes on with a
sentence from one that opens an item.
"""

from __future__ import annotations

import re

from .abbreviations import _GERMAN_MONTH_ABBREVIATION, _LETTER_ABBREVIATIONS
from .lines import _FRENCH_MONTHS, _GERMAN_OWN_MONTHS, _SENTENCE_END, _TERMINAL

# The months of a German or French date opening a line ("3. Oktober 2025 beschlossen…", "3. Okt. 2025"),
# not English's, which open numbered items ("1. June 2024 summit"); French's in lower case as written; an
# abbreviated one that English has too only before a year ("3. Jan. 2025", not "1. Jan. meeting").
_LINE_DAY_MONTH = (f"(?:(?i:{'|'.join(_GERMAN_OWN_MONTHS)})\\b|(?:{'|'.join(_FRENCH_MONTHS)})\\b|"
                   rf"(?:Mär|Okt|Dez)\.|{_GERMAN_MONTH_ABBREVIATION}\s+\d{{4}}\b)")
# The characters a list's item opens with, as word processors, slides and posts type them ("- ", "• ", "▪ ",
# "► ", "✓ "…); also ">" and "+", but not before a number, which they compare or add ("> 2% of GDP").
_BULLETS = "-*•–—▪●·◦‣⁃∙○■□▫◆◇♦❖►▶▸➢➤→✓✔✗✘☐☑★☆"
# The bullets of a Word document saved or copied as plain text: its Symbol and Wingdings glyphs
# in the private use area (U+F0B7, U+F0A7, U+F0D8, U+F0FC, as "\uf0b7\t" opens a line), or, as "Save as
# Plain Text" writes them in a Windows code page, the characters of those glyphs' codes before
# the tab Word puts after every bullet: "o" and "§" of the second and third levels, and "Ø",
# "ü" and "v" of the bullet library's arrow, tick and diamond (a tab, so that "o" and "v" stay
# words elsewhere: "o meu país", "v Praze").
_WORD_BULLETS = r"[\uf020-\uf0ff]|[o§Øüv](?=\t)"
# Not abbreviations to Punkt, so that "Hungary said no." ends a sentence; "No. 5" and
# "Nos. 3" are rejoined by _continues, since a digit follows. A number is no marker before a
# German or French month ("3. Oktober 2025": a date), a letter in lower case none that opens
# "z. B.", "u. a." or "d. h." (abbreviations; "a. Mr. Smith", "b. U.S. forces" are items),
# and a capital none before a particle of a name or an article ("M. de Villepin", "M. le
# ministre", "J. van Dijk": a title or an initial), while a capital before any other
# lower-case word is ("A. strengthen deterrence;").
_BULLET = re.compile(
    rf"^\s*(?:[{_BULLETS}]|{_WORD_BULLETS}|[>+](?=\s+\D)|\(?\d{{1,3}}(?:\)|\.(?!\s+{_LINE_DAY_MONTH}))|"
    rf"\(?(?:(?!{_LETTER_ABBREVIATIONS})[a-z]|[ivx]{{2,4}}|[IVX]{{2,4}})[.)]|"
    r"\(?[A-Z][.)](?=\s+(?!(?:de|du|des|le|la|les|van|von|zu|der|den|di|da|del|ter)\s|[dl]['’])[a-z]))\s+")
# A running sentence's line ending in a word that asks for a number ("…bound by Article", "…as set out in
# paragraph"): three words or more, one in lower case, so a heading ("Article") is not one; and a line
# opening with the number ("5. It is the heart of the Alliance.", "5 of the Treaty."), not 1, which opens a
# list under a lead-in ("Key points of Article" / "1. Unity."). Not "Chapter", "Section", "Annex" or
# "Resolution", which end a list's lead-in as often ("…adopted the following Resolution" / "1. Condemns…").
# Read in three linear steps, not as one pattern ".*\b[a-z]\w*\b.*\s(?:Article…)$": searched, its two
# ".*" backtracked over each other from every start, cubic in the line (a line of 1,600 characters that
# nearly matched took 3 s, of 10 KB minutes).
_NUMBER_WORD_END = re.compile(r"\s(?:Articles?|[Pp]aragraphs?|[Cc]lauses?|No\.?)$")
_TWO_WORDS_ON = re.compile(r"\s*(?:\S+\s+){2}")
_LOWER_CASE_WORD = re.compile(r"\b[a-z]\w*\b")


def _asks_for_number(line: str) -> bool:
    """Whether ``line``, one line (no line break) of a running sentence, ends in a word that asks
    for a number ("…bound by Article"): three words or more, one before it opening in lower case.

    >>> [_asks_for_number(line) for line in ("Ally is bound by Article", "Article", "AS IN Article", "See paragraph")]
    [True, False, False, False]
    """
    end = _NUMBER_WORD_END.search(line)
    return (end is not None and _TWO_WORDS_ON.match(line) is not None
            and _LOWER_CASE_WORD.search(line, 0, end.start()) is not None)


# The line below that opens with the number the line above asks for (see _asks_for_number), not 1.
_REFERENCED_NUMBER = re.compile(r"(?!1\b)\d{1,3}(?:\.\s+\S|\s|[.,;:]?$)")
# A numbered list's item ("6. Later we met.", "5.1 Allies…"): below such a line, "5." is a list's, not a reference's.
_NUMBERED_ITEM = re.compile(r"\(?\d{1,3}(?:[.)]\d*\s+\S|\.\d+)")
# A list marker alone on its line ("11." before its paragraph).
_BARE_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4}|[A-Z])[.)]$")
_DASH_BULLET = re.compile(r"^[-–—]\s")
# A dash that closes an aside the line's dash opened, at its end ("…it" / "- as the minister said -" /
# "will stay.") or inside it ("…states" / "– Estonia, Latvia and Lithuania – host battlegroups.").
_ASIDE_CLOSE = re.compile(r"\s[-–—](?:\s|$)")


def _is_bare_item(item: list[str]) -> bool:
    """Whether the lines of a list's ``item`` are one with no sentence's end ("more money").

    >>> _is_bare_item(["more money"]), _is_bare_item(["more money."]), _is_bare_item(["more troops for", "Poland"])
    (True, False, False)
    """
    return len(item) == 1 and not _TERMINAL.search(item[0])


def _after_list(item: list[str], line: str) -> bool:
    """Whether ``line``, below the last of a list's items that are each a line with no
    sentence's end, is a sentence after the list rather than the rest of ``item``: it opens
    with a capital and ends a sentence, where the items end none ("- more troops" / "These
    decisions make us stronger."). A line that ends none is the item's, wrapped ("- more
    troops for" / "Poland and the Baltic states").

    >>> _after_list(["more troops"], "These decisions make us stronger.")
    True
    >>> _after_list(["more troops for"], "Poland and the Baltic states"), _after_list(["more troops"], "and tanks.")
    (False, False)
    """
    return _is_bare_item(item) and line[:1].isupper() and _SENTENCE_END.search(line) is not None


def _dash_goes_on(line: str, next_line: str) -> bool:
    """Whether ``line``, which a dash opens after a line with no sentence's end, goes on with
    that sentence: the sentence's rest in lower case ("…troops" / "- and tanks") or an aside
    that the line closes, at its end or inside it ("…it" / "- as the minister said -", "…states"
    / "– Estonia and Latvia – host…"). A dash before a capital opens a list's item ("Our
    demands" / "- No more weapons"), and so does one that the next line opens too ("- no more
    weapons" / "- bring the brigade home"): a list.

    >>> _dash_goes_on("- and tanks.", ""), _dash_goes_on("- NATO's chief -", "went well.")
    (True, True)
    >>> _dash_goes_on("– Estonia and Latvia – host battlegroups.", "")
    True
    >>> _dash_goes_on("- No more weapons", ""), _dash_goes_on("- no more weapons", "- bring them home")
    (False, False)
    """
    if _DASH_BULLET.match(next_line):
        return False
    return line[1:].lstrip()[:1].islower() or _ASIDE_CLOSE.search(line, 1) is not None


# The marker of a list's first item run on after its lead-in's colon ("We did three things: 1.
# We agreed…"), which the sentence splitter leaves on the lead-in. Only a first item's, "1." or
# "a.": any number after a colon is a figure as often, a vote's count ("Za: 312. Przeciw: 120.")
# or a country's ("Poland: 4. Estonia: 3."), whose figure was dropped as a marker.
_INLINE_FIRST_MARKER = re.compile(r"(?<=:)\s+\(?(?:1|a)[.)]$")
# A count after its label's colon ending a piece ("Przeciw: 0.", "Noes to the left: 201."): a vote's
# tally, beside which "Za: 1." is a count too, no list's first marker.
_TALLY = re.compile(r"(?<=:)\s+\d+(?:[.,]\d+)*[.)]?\s*$")


def _among_tallies(before: str | None, after: str | None) -> bool:
    """Whether the piece between ``before`` and ``after`` (None where there is none) sits beside
    a vote's tally, so that a "1." ending it after a colon is that vote's count, not a list's
    first marker: "Za: 230. Przeciw: 1. Wstrzymało się: 0." gave "Przeciw:", its vote lost.

    >>> _among_tallies("Za: 230.", "Dziękuję."), _among_tallies(None, "Noes to the left: 201.")
    (True, True)
    >>> _among_tallies("We did three things:", "We agreed."), _among_tallies(None, None)
    (False, False)
    """
    return any(piece is not None and _TALLY.search(piece) is not None for piece in (before, after))


# A list's second marker ("2.", "b."), cut off as a piece of its own ("… 1. We agreed. 2. We put …") or opening a
# line below ("2. We put troops in."), which tells a list's first "1." after a colon from a count: "Przeciw: 1.",
# "Result: 1." with no list going on after them lost their "1".
_SECOND_MARKER = re.compile(r"\(?(?:2|b)[.)]")
_SECOND_MARKER_OPENING = re.compile(r"\s*\(?(?:2|b)[.)](?:\s|$)")


def _list_marker_pieces(pieces: list[str]) -> tuple[set[int], int]:
    """Where in ``pieces`` each piece ending in a list's first marker after a colon (see _INLINE_FIRST_MARKER; not
    the last piece, which is never read as one) has its list go on in ``pieces``, and where the one still open at
    their end is (-1 where none is), which may have its "2." open the line below. A piece that is a second marker
    alone (see _SECOND_MARKER) goes with the nearest "…: 1." before it that no "2." has gone with yet, as a nested
    list's items close before its parent's: a count of one before a list keeps its figure, and a list with a list
    of its own inside its first item goes on.

    >>> _list_marker_pieces(["Przeciw: 1.", "Dziękuję.", "Our aims: 1.", "We arm Ukraine.", "2.", "We stay united."])
    ({2}, 0)
    >>> _list_marker_pieces(["Our aims: 1.", "Arms, chiefly: 1.", "Air defence.", "2.", "Shells.", "2.", "Unity."])
    ({0, 1}, -1)
    >>> _list_marker_pieces(["Za: 312.", "Przeciw: 1.", "Wstrzymało się: 2."])
    (set(), 1)
    """
    going_on: set[int] = set()
    still_open: list[int] = []  # the "…: 1." pieces no "2." has gone with yet, the nearest last
    for at, piece in enumerate(pieces):
        if _SECOND_MARKER.fullmatch(piece):
            if still_open:
                going_on.add(still_open.pop())
        elif at + 1 < len(pieces) and _INLINE_FIRST_MARKER.search(piece):
            still_open.append(at)
    return going_on, still_open[-1] if still_open else -1


def _opens_with_second_marker(line: str | None) -> bool:
    """Whether ``line`` (None where there is none) opens with a list's second marker, "2." or "b.", as the line
    below a list run on after its lead-in's colon does ("We did three things: 1. We agreed." / "2. We put …").

    >>> _opens_with_second_marker("2. We put troops in."), _opens_with_second_marker("2.5 million people fled.")
    (True, False)
    >>> _opens_with_second_marker("Next item."), _opens_with_second_marker(None)
    (False, False)
    """
    return line is not None and _SECOND_MARKER_OPENING.match(line) is not None

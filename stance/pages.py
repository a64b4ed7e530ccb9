"""Page furniture and footnotes: what a PDF pasted as text carries that is no one's words.

A PDF's text has the marks of its pages in it: page numbers ("3", "Page 3 of 40", "- 7 -"),
running headers that recur page after page (with their page's number or without, at a page's
edge or atop pages of one length), page breaks, and the footnotes at a page's foot or a
speech's end, with their markers in the text above. They are found here in the whole text,
so that :mod:`stance.sentences` leaves them out of its statements and joins a sentence that
a page's end cut ("…a permanent pres-" / "3" / "ence on the eastern flank.").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from .captions import _without_timestamp
from .headings import _is_address
from .lines import _SENTENCE_END, _TERMINAL, _cuts_a_sentence, _goes_on_below, _is_furniture, _is_rule, _strip
from .speakers import _TAG_SPAN, _TIMED_TAG, _for_matching, _speaker_tag

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# A running header's length, its spaces counted as one.
_FURNITURE_LENGTH = 80


def _furniture_key(line: str) -> str:
    """What ``line`` has in common with its recurrences as a running header: its numbers
    (the page's) as "#" and a run of spaces as one. PDF text laid out as printed
    (pdftotext -layout) pads a header to its page number on the right, or on the left on
    facing pages, and pads it more or less as the number is wider.

    >>> _furniture_key("NATO Assembly 2026        12") == _furniture_key("3   NATO ASSEMBLY 2026")
    True
    """
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).strip("# ").casefold()


# A page number as a PDF's header or footer prints it, alone on its line, besides digits
# alone: in words, dashes, bars or brackets ("Page 12", "Page 3 of 40", "- 7 -", "5 | Page",
# "Page | 6", "[8]"), or out of the pages ("9 of 12").
_PAGE_NUMBER = re.compile(
    r"page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4}|"
    r"\[\d{1,4}\]|\d{1,4}\s+of\s+\d{1,4}",
    re.IGNORECASE,
)
_PAGE_NUMBER_LENGTH = 20  # "Page 1234 of 1234", with room for spaces: longer lines are not tried
# Of those, "N of M" and "[N]" may also be a sentence's words, wrapped onto a line of their own
# ("Allies agreed" / "3 of 12" / "members abstained.", "The study cites" / "[3]" / "and two
# more."), as a bare number or "Page 12" seldom is (see _numbers_in_sentences).
_NUMBER_OR_PAGE_NUMBER = re.compile(r"\d{1,4}\s+of\s+(\d{1,4})|\[\d{1,4}\]", re.IGNORECASE)


# Hansard's column markers, its pages, which a copy of the record carries between paragraphs and
# inside a sentence ("Our troops are there" / "4 Mar 2025 : Column 412" / "and they will stay
# there.", where they were the sentence's words): "Column 412", "Col. 412", the columns of
# Westminster Hall, written answers and statements, the Lords' Grand Committee ("412WH", "412W",
# "412WS", "GC412", "WA412"), with the sitting's date before them, and the record's citation of
# itself as a column's header ("HL Deb 4 March 2025 vol 844 c412", "HC Deb, 4 March 2025, cc412-3").
_COLUMN = r"(?:\d{1,4}(?:WH|WS|W|GC|MC|P)?|(?:GC|WA|WS)\s?\d{1,4})"
_COLUMN_MARK = re.compile(
    rf"(?:(?:\d{{1,2}}\s+[a-z]{{3,9}}\.?\s+\d{{4}}\s*:\s*)?(?:columns?|cols?\.?)\s*{_COLUMN}(?:\s*[-–]\s*{_COLUMN})?|"
    rf"(?-i:{_COLUMN})|"
    rf"H[CL]\s+Deb,?\s+\d{{1,2}}\s+[a-z]{{3,9}}\.?\s+\d{{4}},?(?:\s+vol\.?\s*\d{{1,4}},?)?"
    rf"\s+cc?\.?\s*{_COLUMN}(?:\s*[-–]\s*{_COLUMN})?)",
    re.IGNORECASE,
)
_COLUMN_MARK_LENGTH = 60  # "HL Deb 14 September 2025 vol 1234 cc1234-1235WH", with room: longer lines are not tried


# A header's or footer's line that counts its page among the pages, at its start or end: "NATO Press
# Conference        Page 2 of 2", "Page 1 of 3 — NATO Public Diplomacy Division". Such a line is a page's
# mark however often it recurs: a two-page transcript's header, seen twice beside no other mark, was
# kept and joined to the line above as a wrapped sentence's. Only where its page is one of the pages
# (N no more than M) and its other words are a title's, each capitalised or a title's small word, since
# a sentence may name a page ("We turn to page 3 of 12").
_PAGE_COUNT = re.compile(r"^page\s+(\d{1,4})\s+of\s+(\d{1,4})\b|\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})$", re.IGNORECASE)
# A review found a line of words naming a page left out with its speaker's tag ("RUTTE: Read Page 3 of 12",
# "RUTTE: The Strategic Concept, Page 3 of 12" / "says it plainly."): losing a statement or a speaker is
# worse than keeping a header, so a line with a tag or a comma is words, and a title's count is set off
# from it as a header prints it, by a margin of spaces or by a dash or bar, unless it stands alone.
_TAG_OPENING = re.compile(r"[^\W\d][^:]{0,40}:(?:\s|$)")
_COUNT_SET_OFF_BEFORE = re.compile(r"(?: {2,}|\t|\s[-–—|]\s*)$")
_COUNT_SET_OFF_AFTER = re.compile(r"(?: {2,}|\t|\s*[-–—|]\s)")
# A line with a comma is a header all the same where its count is set off widely, by a gap of three spaces
# or more or by a dash or bar ("Brussels, 25 June 2025        Page 1 of 3"), as a review found such a header
# mixed into the sentence around it.
_COUNT_WIDELY_BEFORE = re.compile(r"(?: {3,}|\t|\s[-–—|]\s*)$")
_COUNT_WIDELY_AFTER = re.compile(r"(?: {3,}|\t|\s*[-–—|]\s)")
_TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "and", "of", "for", "in", "on", "to", "at", "&", "de", "du", "des",
                                "la", "le", "et", "und", "der", "die", "das", "für"})


def _is_page_count_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a header's or footer's line counting its page among the pages
    (see _PAGE_COUNT).

    >>> _is_page_count_line("NATO Press Conference        Page 2 of 2"), _is_page_count_line("page 1 of 3 — NATO PDD")
    (True, True)
    >>> _is_page_count_line("We turn to page 3 of 12"), _is_page_count_line("Report Page 4 of 3")
    (False, False)
    >>> _is_page_count_line("RUTTE: Read Page 3 of 12"), _is_page_count_line("See Page 3 of 12")
    (False, False)
    >>> _is_page_count_line("The Strategic Concept, Page 3 of 12"), _is_page_count_line("Page 3 of 12")
    (False, True)
    >>> _is_page_count_line("Brussels, 25 June 2025        Page 1 of 3"), _is_page_count_line("Page 1 of 3 | Riga, X")
    (True, True)
    """
    count = _PAGE_COUNT.search(line) if "of" in line.casefold() else None
    if (count is None or len(_SPACES.sub(" ", line)) >= _FURNITURE_LENGTH or _TERMINAL.search(line)
            or _TAG_OPENING.match(line)):
        return False
    page, pages = (int(number) for number in count.groups() if number is not None)
    before, after = line[:count.start()], line[count.end():]
    if "," in line and not (_COUNT_WIDELY_BEFORE.search(before) or _COUNT_WIDELY_AFTER.match(after)):
        return False  # "The Strategic Concept, Page 3 of 12": a sentence's words
    if (before.strip() or after.strip()) and not (_COUNT_SET_OFF_BEFORE.search(before)
                                                  or _COUNT_SET_OFF_AFTER.match(after)):
        return False  # "See Page 3 of 12", "Read Page 3 of 12": a sentence's words, not a title beside its count
    rest = (before + " " + after).split()
    return 0 < page <= pages and all(not word[:1].isalpha() or word[:1].isupper() or word in _TITLE_SMALL_WORDS
                                     for word in rest)


def _is_page_mark(line: str, furniture: set[str]) -> bool:
    """Whether ``line``, stripped, is a page number (see _PAGE_NUMBER), a column's marker of
    Hansard (see _COLUMN_MARK) or one of the running headers ``furniture`` (see
    :func:`_page_furniture`): where a PDF's or the record's page ends or begins.

    >>> _is_page_mark("12", set()), _is_page_mark("NATO Assembly 2026   3", {"nato assembly"}), _is_page_mark("", set())
    (True, True, False)
    >>> _is_page_mark("5 | Page", set()), _is_page_mark("9 of 12", set()), _is_page_mark("9 of 12 allies", set())
    (True, True, False)
    >>> _is_page_mark("4 Mar 2025 : Column 412", set()), _is_page_mark("412WH", set()), _is_page_mark("Col. 5th", set())
    (True, True, False)
    >>> _is_page_mark("NATO PRESS CONFERENCE - TRANSCRIPT          Page 1 of 2", set())
    True
    """
    return (line.isdigit() or (len(line) <= _PAGE_NUMBER_LENGTH and _PAGE_NUMBER.fullmatch(line) is not None)
            or (len(line) <= _COLUMN_MARK_LENGTH and line[-1:].isalnum() and _COLUMN_MARK.fullmatch(line) is not None)
            or bool(furniture and line and _furniture_key(line) in furniture)
            or ((line[-1:].isdigit() or line[:1] in "Pp") and _is_page_count_line(line)))


def _numbers_in_sentences(lines: list[str], page_breaks: set[int]) -> set[int]:
    r"""Which of ``lines`` read as a page number but are a sentence's words ("3 of 12", "[3]";
    see _NUMBER_OR_PAGE_NUMBER): those between a line that ends no sentence and one that goes
    on in lower case, with no blank line or page break (``page_breaks``, the lines one opens)
    between, and no other line of their kind in the text, as a PDF has its footer on every
    page ("1 of 12", "2 of 12"). A footer inside a sentence from a page with no other is lost
    so; a number's own words are not.

    >>> _numbers_in_sentences(["Allies agreed", "3 of 12", "members left.", "[4]", "Next."], set())
    {1}
    >>> _numbers_in_sentences(["Allies agreed", "3 of 12", "members left.", "4 of 12", "Next."], set())
    set()
    """
    kinds: dict[str, list[int]] = {}  # the lines of each kind, "of 12" or "[]"
    for at, raw in enumerate(lines):
        if "of" in raw or "OF" in raw or "[" in raw:  # most lines: no number so written
            line = _strip(raw)
            number = len(line) <= _PAGE_NUMBER_LENGTH and _NUMBER_OR_PAGE_NUMBER.fullmatch(line)
            if number:
                kinds.setdefault(f"of {int(number.group(1))}" if number.group(1) else "[]", []).append(at)
    inside: set[int] = set()
    for (at, *others) in kinds.values():
        if others or not 0 < at < len(lines) - 1 or at in page_breaks or at + 1 in page_breaks:
            continue
        before, after = _strip(lines[at - 1]), _strip(lines[at + 1])
        if before and not _TERMINAL.search(before) and not _is_page_mark(before, set()) and _goes_on_below(after):
            inside.add(at)
    return inside


def _page_furniture(lines: list[str], page_breaks: set[int] = frozenset()) -> set[str]:
    r"""The keys (see :func:`_furniture_key`) of the lines of ``lines`` that recur like running
    headers: short and unpunctuated, three times or more where the text shows pages: each
    time at a page's edge or the text's (near a page number or break, see :func:`_page_edges`;
    ``page_breaks`` are the lines a page break opens), or carrying its page's number where the
    text shows pages (see :func:`_carries_page_numbers` and :func:`_numbers_pages`), or heading
    pages of even length (see
    :func:`_heads_even_pages`); or twice or more when every time is at a page's edge, as a
    report of two pages has its header. Elsewhere a line said again is the speaker's ("We
    stand with Ukraine" closing each paragraph, or in the middle of a page). A line
    that opens with a speaker tag and recurs word for word in a transcript ("MODERATOR: Next
    question", "A: Yes") is a header only so, at pages' edges (see :func:`_has_other_tags`),
    and an Otter.ai tag ("Mark Rutte 0:03", see :func:`_is_timed_tag`) never; nor a paragraph's
    line that opens two pages alike (see :func:`_is_paragraphs_line`).

    >>> sorted(_page_furniture(["Options Paper", "We met.", "3", "Options Paper", "We spoke.", "4"]))
    ['options paper']
    >>> _page_furniture(["Options Paper", "We met.", "We spoke.", "Options Paper", "We left.", "We slept.", "3"])
    set()
    >>> _page_furniture(["We met.", "Slava Ukraini", "", "We spoke.", "Slava Ukraini", "", "We left.", "Slava Ukraini"])
    set()
    """
    stripped = [_strip(raw) for raw in lines]
    places: dict[str, list[int]] = {}
    for at, line in enumerate(stripped):
        if line and (len(line) < _FURNITURE_LENGTH or "  " in line) and not _TERMINAL.search(line):
            key = _furniture_key(line)
            if key and len(key) < _FURNITURE_LENGTH and not _is_timed_tag(line):
                places.setdefault(key, []).append(at)
    furniture: set[str] = set()
    edges: list[int] | None = None  # read only for a line that recurs but may be no header
    transcript: bool | None = None  # likewise
    filled: list[int] | None = None  # likewise: the lines that are not blank
    reach: list[int] = []  # likewise: the characters of the lines before each line
    recurring_lines: set[int] | None = None  # likewise: the places of the lines that recur
    markers: dict[str, Any] = {}  # likewise: the text's footnote markers, once read
    for key, at in places.items():
        if len(at) < 2:
            continue
        if recurring_lines is None:  # read only for a line that recurs and that the line below goes on from
            recurring_lines = {line for places_of in places.values() if len(places_of) >= 2 for line in places_of}
        if any(_is_paragraphs_line(stripped, line, recurring_lines - set(at), markers) for line in at
               if line + 1 < len(stripped) and _goes_on_below(stripped[line + 1])):
            continue
        if len(at) >= 3:
            if _opens_with_tag(stripped[at[0]]) and transcript is None:
                recurring = {line for places_of in places.values() if len(places_of) >= 3 for line in places_of}
                transcript = _has_other_tags(stripped, recurring)
            if edges is None:
                edges = _page_edges(stripped, page_breaks)
            # at pages' edges (or the text's) every time, in a text with page numbers or breaks
            at_edges = bool(edges) and min(edges[line] for line in at) > 0
            if filled is None:
                filled = [line for line, text in enumerate(stripped) if text]
                reach = list(accumulate(map(len, stripped), initial=0))
            if not (transcript and _opens_with_tag(stripped[at[0]])) and (
                    at_edges or _heads_even_pages(filled, at, reach)
                    or (_carries_page_numbers(stripped, at)
                        and _numbers_pages(stripped, at, bool(edges), filled, reach))):
                furniture.add(key)
                continue
        if edges is None:
            edges = _page_edges(stripped, page_breaks)
        near = [edges[line] for line in at] if edges else [0]
        if min(near) and max(near) == 2:  # at pages' edges, beside a page number at least once
            furniture.add(key)
        elif (len(at) == 2 and _carries_page_numbers(stripped, at)
              and all(_laid_out_as_page_number(stripped[line]) for line in at)):
            # or twice carrying its page's number as a header prints it ("NATO Press Office    Transcript    1",
            # "… - 2"): a two-page transcript copied from a PDF without its form feed has no other mark of pages
            furniture.add(key)
    return furniture


def _is_paragraphs_line(lines: list[str], at: int, recurring: set[int] = frozenset(),
                        markers: dict[str, Any] | None = None) -> bool:
    """Whether line ``at`` of ``lines`` (stripped), which recurs as a running header does, is
    a paragraph's and so no header: the line right below goes on from it in lower case ("Our
    Alliance" / "has never been stronger") and what comes before it ended a sentence, or it
    opens the text, so that the lower-case line goes on with this one, not with a sentence cut
    at the page break ("…a permanent" / "1" / "NATO Review" / "presence on the eastern flank.",
    where "NATO Review" is a header). What comes before is the page's last line of the text,
    past page numbers, other lines that recur (``recurring``, their places) and the page's
    footnotes (see :func:`_last_text_line`; ``markers`` caches the text's footnote markers).
    A wrapped paragraph's first lines may open two pages alike; left out as a header, its
    words were lost. A sentence's end inside the line tells nothing: headers have them ("Check
    against delivery. Embargoed until 10:00", "NATO PA. Defence Committee").

    >>> lines = ["We will keep our promise to Latvia. Our Alliance", "has never been stronger.", "1", "NATO Review"]
    >>> _is_paragraphs_line(lines, 0), _is_paragraphs_line(["Our Alliance", "has never been stronger."], 0)
    (True, True)
    >>> _is_paragraphs_line(["We must stay", "3", "NATO Review", "united."], 2), _is_paragraphs_line(lines, 3)
    (False, False)
    >>> _is_paragraphs_line(["We must stay", "1 See it.", "3", "NATO Review", "united."], 3)  # no marker: text
    True
    >>> _is_paragraphs_line(["We must¹ stay", "¹ See it.", "3", "NATO Review", "united."], 3)  # a footnote
    False
    """
    if at + 1 >= len(lines) or not _goes_on_below(lines[at + 1]):
        return False
    above = _last_text_line(lines, at, recurring, {} if markers is None else markers)
    return above is None or _TERMINAL.search(above) is not None


def _last_text_line(lines: list[str], at: int, recurring: set[int], markers: dict[str, Any]
                    ) -> str | None:
    """The nearest line above line ``at`` of ``lines`` (stripped) that is the text's, past blank
    lines, page numbers, the lines of ``recurring`` and the footnotes at a page's foot: a run of
    lines opening with a number that a marker above uses ("¹ See the Vilnius Summit
    Communiqué."), with the lines it wraps onto (see _is_text_again); None if the text starts
    above it. ``markers`` caches the text's markers (see _footnote_markers) under "markers",
    and its lines' offsets in the text under "offsets".

    >>> _last_text_line(["We must stay", "", "3", "Report", "NATO Review"], 4, {3}, {})
    'We must stay'
    """
    above = at - 1
    while above >= 0:
        line = lines[above]
        if not line or above in recurring or _is_page_mark(line, set()):
            above -= 1
            continue
        top = _footnote_above(lines, above, markers)
        if top is None:
            return line
        above = top - 1
    return None


def _footnote_above(lines: list[str], bottom: int, markers: dict[str, Any]) -> int | None:
    """The first line of the footnotes that end with line ``bottom`` of ``lines`` (stripped), if
    it is a footnote's line or the line a footnote wraps onto: a line opening as a footnote
    does, whose number a marker above it uses, and no line between them the text again (see
    _is_text_again); None if it is none."""
    for top in range(bottom, max(bottom - _FOOTNOTES_LENGTH, -1), -1):
        if not lines[top] or (top < bottom and _is_text_again(lines[top], lines[top + 1])
                              and not _FOOTNOTE_LINE.match(lines[top + 1])):
            return None
        if opening := _FOOTNOTE_LINE.match(lines[top]):
            if "markers" not in markers:
                markers["markers"] = _footnote_markers("\n".join(lines))
                # each line's offset in the joined text, once: summed per candidate, a text of
                # thousands of such lines took time in the square of its length
                markers["offsets"] = [0, *accumulate(len(line) + 1 for line in lines)]
            number = int((opening.group(1) or opening.group(2)).translate(_SUPERSCRIPT_VALUES))
            start = markers["offsets"][top]
            if any(where < start for where in markers["markers"].get(number, ())):
                # and the footnotes above it, numbered before it, at the same page's foot
                above = _footnote_above(lines, top - 1, markers) if top and lines[top - 1] else None
                return top if above is None else above
            return None
    return None


def _carries_page_numbers(lines: list[str], at: list[int]) -> bool:
    """Whether the line recurring at ``at`` of ``lines`` (stripped) carries its page's number:
    each time one number of its own, going up ("Options Paper 3", "Options Paper 4", "5   NATO
    Assembly 2026"), as a PDF's header without its page numbers on lines of their own has it.
    Numbers in the same places each time are read place by place, so that the last page of
    "page 1 of 3" … "page 3 of 3", whose page is its total, carries its number too.

    >>> _carries_page_numbers(["Paper 3", "We met.", "Paper 4", "Paper 5"], [0, 2, 3])
    True
    >>> _carries_page_numbers(["Paper 3", "We met.", "Paper 3", "Paper 2"], [0, 2, 3])
    False
    >>> _carries_page_numbers(["Division — page 1 of 3", "Division — page 2 of 3", "Division — page 3 of 3"], [0, 1, 2])
    True
    """
    numbers = [_DIGITS.findall(lines[line]) for line in at]
    if len({len(found) for found in numbers}) == 1:
        # one place whose number changes, going up, the others the same each time ("of 3")
        changing = [place for place in zip(*numbers) if len(set(place)) > 1]
        if len(changing) == 1 and _goes_up(changing[0]):
            return True
    # or, a number on the left of facing pages ("5   NATO Assembly 2026"), the one not shared
    shared = set.intersection(*map(set, numbers))
    own = [[number for number in found if number not in shared] for found in numbers]
    return all(len(found) == 1 for found in own) and _goes_up([found[0] for found in own])


# A number written as a page's: "page 3", "page 3 of 40", "3 of 40".
_PAGE_WORDS = re.compile(r"page\s*\d|\d\s*(?:of|/)\s*\d", re.IGNORECASE)
# A number padded to the page's margin, as PDF text laid out as printed has it (pdftotext -layout).
_PADDED_NUMBER = re.compile(r"\S {3,}\d+$|^\d+ {3,}\S")
# Or set off from the header's words by a dash or bar at its end, as a footer prints it ("NATO Press Office -
# Transcript - 3"), which a list's or a feed's line seldom is ("We stand with Ukraine, day 3"). A review found
# real lines so numbered twice ("We stand with Ukraine - 1", "Question - 1", "RUTTE: Round - 1") or at
# their start ("1 - Defence spending must rise") lost: so only at the end, for a line seen three times or
# more, holding no speaker's tag (see _numbers_pages).
_DASHED_NUMBER = re.compile(r"\S\s+[-–—|]\s+\d{1,4}$")


def _laid_out_as_page_number(line: str, dashed: bool = False) -> bool:
    """Whether ``line`` (stripped) writes its number as a page's: in words ("page 3", "3 of 40", see
    _PAGE_WORDS) or at the margin (see _PADDED_NUMBER), or, where ``dashed``, after a dash or bar at
    its end (see _DASHED_NUMBER) where it holds no speaker's tag.

    >>> _laid_out_as_page_number("NATO Press Office        Transcript        2"), _laid_out_as_page_number("Day 2")
    (True, False)
    >>> _laid_out_as_page_number("NATO Press Office - Transcript - 2"), _laid_out_as_page_number("3 | NATO Review")
    (False, False)
    >>> _laid_out_as_page_number("NATO Press Office - Transcript - 2", True), _laid_out_as_page_number("A: B - 2", True)
    (True, False)
    """
    return bool(_PAGE_WORDS.search(line) or _PADDED_NUMBER.search(line)
                or (dashed and _DASHED_NUMBER.search(line) and _speaker_tag(line, True) is None))


def _numbers_pages(lines: list[str], at: list[int], paged: bool, filled: list[int], reach: list[int]) -> bool:
    """Whether the numbers that the line recurring at ``at`` of ``lines`` (stripped) carries,
    going up (see :func:`_carries_page_numbers`), are its pages': the line names its page
    ("… — page 3 of 40") or is padded out to it at the page's margin (see _PADDED_NUMBER); or
    it has its number at its start or end, as a header prints it, and the text shows pages
    (``paged``: it has page numbers or breaks) or it recurs a page's length apart each time
    (_PAGE_LINES lines not blank, or _PAGE_CHARACTERS characters: ``filled`` and ``reach`` as
    for :func:`_heads_even_pages`), half its gaps at least. Lines counting up a line or a paragraph apart are the
    text's: a list of days ("We stand with Ukraine, day 1", "…, day 2"), a feed's dated
    headings ("Russia's war on Ukraine, day 1012") or a speech's ("Priority 1 for the
    Alliance"), lost as headers when only the number's rise was read.

    >>> _numbers_pages(["Day 1", "We met.", "Day 2", "We met.", "Day 3"], [0, 2, 4], False, [0, 1, 2, 3, 4], [0] * 6)
    False
    >>> _numbers_pages(["Plan — page 1 of 3", "We met.", "Plan — page 2 of 3"], [0, 2], False, [0, 1, 2], [0] * 4)
    True
    """
    if all(_laid_out_as_page_number(lines[line], dashed=len(at) >= 3) for line in at):
        return True
    # a header prints its page's number at its start or end, not amid its words ("Priority 1 for the Alliance")
    if not all(lines[line][:1].isdigit() or lines[line][-1:].isdigit() for line in at):
        return False
    if paged:
        return True
    slots = [bisect_left(filled, line) for line in at]
    # Half the gaps a page long at least: one short page (a chart's, a table's) among them
    # numbers it no less.
    paged_gaps = [after - slot > _PAGE_LINES or reach[line_after] - reach[line + 1] >= _PAGE_CHARACTERS
                  for slot, after, line, line_after in zip(slots, slots[1:], at, at[1:])]
    return 2 * sum(paged_gaps) >= len(paged_gaps)


def _goes_up(numbers: Sequence[str]) -> bool:
    """Whether ``numbers`` (digits) go up, each greater than the one before."""
    return all(int(page) < int(after) for page, after in zip(numbers, numbers[1:]))


# A page's length, as a PDF's pages have it: a header that recurs at even intervals heads pages
# only this many lines (blank lines aside) or characters apart; closer, it opens paragraphs.
_PAGE_LINES = 20
_PAGE_CHARACTERS = 1500


def _heads_even_pages(filled: list[int], at: list[int], reach: list[int]) -> bool:
    """Whether the line recurring at ``at`` heads pages of about one length, as a header atop
    each page of text copied without page numbers or breaks: it opens the text, and recurs
    after as many lines each time (blank lines aside: ``filled`` are the lines that are not
    blank; a fifth more or less, or one), with more text after its last. A speaker's refrain
    closes paragraphs, or opens paragraphs of their own lengths, or of a paragraph's length:
    pages are _PAGE_LINES lines or _PAGE_CHARACTERS characters long at least (``reach`` holds
    the characters of the lines before each line).

    >>> reach = [60 * line for line in range(100)]
    >>> _heads_even_pages(list(range(99)), [0, 30, 61], reach), _heads_even_pages(list(range(99)), [0, 30, 80], reach)
    (True, False)
    >>> _heads_even_pages([0, 1, 3, 4, 5, 6, 7, 8], [0, 4, 7], reach)  # two lines: paragraphs
    False
    """
    if at[0] != filled[0] or at[-1] == filled[-1]:
        return False
    slots = [bisect_left(filled, line) for line in at]  # each time's place among the lines not blank
    gaps = [after - slot for slot, after in zip(slots, slots[1:])]
    if max(gaps) - min(gaps) > max(1, max(gaps) // 5):
        return False
    return all(gap > _PAGE_LINES or reach[after] - reach[line + 1] >= _PAGE_CHARACTERS
               for gap, line, after in zip(gaps, at, at[1:]))


# How near a page's edge a running header that recurs only twice is: within this many
# lines (blank lines aside) of a page number or page break, or of the text's start or end.
_PAGE_EDGE_REACH = 2


def _page_edges(lines: list[str], page_breaks: set[int]) -> list[int]:
    r"""For each of ``lines`` (stripped), 2 if it is near a page number or page break (see
    _PAGE_EDGE_REACH), 1 if near the text's start or end only, 0 if not; [] if the text has
    no page numbers or breaks, and so no pages to tell.

    >>> _page_edges(["Title", "", "We met.", "We spoke.", "We left.", "We slept.", "3", "Title", "We woke."], set())
    [1, 0, 1, 0, 2, 2, 0, 2, 2]
    """
    # the lines that are not blank, and the page marks among them, a page break a mark of its own
    slots: list[int] = []  # each slot's line, or -1 for a page break
    marks: list[bool] = []
    for at, line in enumerate(lines):
        if at in page_breaks:
            slots.append(-1)
            marks.append(True)
        if line:
            slots.append(at)
            marks.append(_is_page_mark(line, set()))
    if not any(marks):
        return []
    edges = [0] * len(lines)
    last = len(slots) - 1
    for slot, at in enumerate(slots):
        if at < 0 or marks[slot]:
            continue
        near = range(max(slot - _PAGE_EDGE_REACH, 0), min(slot + _PAGE_EDGE_REACH, last) + 1)
        edges[at] = 2 if any(marks[other] for other in near) else int(
            slot < _PAGE_EDGE_REACH or slot > last - _PAGE_EDGE_REACH)
    return edges


def _is_timed_tag(line: str) -> bool:
    """Whether ``line`` (stripped) has the form of Otter.ai's tag, a name and a time (see
    _TIMED_TAG): a speaker's, said again and again with a time, not a page, after it.

    >>> _is_timed_tag("Mark Rutte  0:03"), _is_timed_tag("Eastern Flank Options Paper 3")
    (True, False)
    """
    return line[-1:].isdigit() and ":" in line and _TIMED_TAG.match(_for_matching(line)[0]) is not None


def _opens_with_tag(line: str) -> bool:
    """Whether ``line`` (stripped) opens with a speaker tag and a colon, names in ordinary case counted."""
    line = _without_timestamp(line)
    return ":" in line[:_TAG_SPAN] and _speaker_tag(line, names_are_tags=True) is not None


def _has_other_tags(lines: list[str], recurring: set[int]) -> bool:
    """Whether two or more of ``lines`` (stripped) that are not ``recurring`` (the places of
    lines that recur three times or more) open with a speaker tag: a transcript, whose tag line
    said again word for word ("MODERATOR: Next question") is its speaker's, while a running
    header that looks like a tag ("The Eastern Flank: Options for 2027", three times) is the
    only one of its text, or one of the few that recur.

    >>> _has_other_tags(["MODERATOR: Next", "Q: Why?", "MODERATOR: Next", "RUTTE: Yes."], {0, 2})
    True
    >>> _has_other_tags(["The Flank: Options", "We met.", "The Flank: Options", "Tags: NATO"], {0, 2})
    False
    """
    tags = 0
    for at, line in enumerate(lines):
        if at not in recurring and ":" in line[:_TAG_SPAN] and _opens_with_tag(line) and not _is_furniture(line):
            tags += 1
            if tags == 2:
                return True
    return False


# A footnote as PDF text has it at the foot of a page or the end of a speech: its number,
# as digits or superscripts, a space, then its text ("1 See the Strategic Concept, para. 6.");
# or as a web page's endnote, its number in square brackets ("[1] See the Vilnius communiqué.").
# A list item has a full stop or bracket after its number ("1. We will spend more.").
_FOOTNOTE_NUMBER = r"(?:\[(\d{1,3})\][ \t]*|(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]+)\S"
_FOOTNOTE_LINE = re.compile(_FOOTNOTE_NUMBER)
# The lines that open so, found in the whole text at once (most texts have none).
_ANY_FOOTNOTE_LINE = re.compile(rf"^[ \t\ufeff\u200b]*{_FOOTNOTE_NUMBER}", re.MULTILINE)
# A number that can be a footnote marker: right after a word ("Concept1"), or after a word's
# punctuation or closing quote ("War.1", "alone.”2"); not "3.5", "G7" or "COVID-19". Told
# apart by the characters before it (see _footnote_markers). Superscripts are a number apart
# from the digits before them, as in "by 2030¹".
_MARKER_DIGITS = re.compile(r"[0-9]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_MARKER_PUNCTUATION = frozenset(".,;:!?\"”’)")
_SUPERSCRIPT_VALUES = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_PLAIN_DIGITS = frozenset("0123456789")
# What makes a superscript an exponent, not a marker: a power of ten's base or sign before it
# ("10⁶ tonnes", "10⁻³"), where a year's digits are a marker's place ("by 2030¹", "since 2010²").
_EXPONENT_BASE = re.compile(r"(?:(?<!\d)10|[⁻⁺])$")
# How many lines a page's footnotes may take, wrapped lines and all (read up from its foot).
_FOOTNOTES_LENGTH = 40


def _footnote_markers(text: str) -> dict[int, list[int]]:
    r"""Each number used in ``text`` as a footnote marker, and where it is used, in order.

    >>> _footnote_markers("It ended the Cold War.1 It cost 3.5 billion in the G7 and Concept2, said “no.”3 ok⁴")
    {1: [22], 2: [65], 3: [78], 4: [82]}
    >>> _footnote_markers("It began in 2022.¹ It cost 3.5 billion in 2024.1 and will by 2030² 10⁶ times")
    {1: [17], 2: [65]}
    >>> _footnote_markers("We act today.[1] The study cites [2] and Concept[3].\n[1] See it.")
    {1: [14], 3: [49]}
    """
    markers: dict[int, list[int]] = {}
    for found in _MARKER_DIGITS.finditer(text):
        number, at = found.group(), found.start()
        # str.isdigit() is true of superscripts too: only a plain digit is ambiguous, a superscript
        # after a year ("by 2030¹", "since 2022.¹") is a marker as one after a word's is.
        if number[0] in _PLAIN_DIGITS:
            before, first = text[at - 2:at - 1], text[at - 1:at]
            if first == "[" and text[found.end():found.end() + 1] == "]":
                # a web page's marker in brackets ("…today.[1]", "…Concept[2]"), not one after a space
                # ("cites [3]") or opening its line, as its endnote and a page number do
                if len(number) <= 3 and (before.isalpha() or before in _MARKER_PUNCTUATION):
                    markers.setdefault(int(number), []).append(at)
                continue
            if len(number) > 2 or not (
                    (first.isalpha() and before.isalpha())  # "Concept1", not "G7" or "2026"
                    or (first in _MARKER_PUNCTUATION and (before.isalpha()  # "War.1", not "3.5"
                                                          or (first in "\"”’)" and before in ".!?,;:")))):
                continue
        elif len(number) > 3 or _EXPONENT_BASE.search(text[max(at - 3, 0):at]):  # "¹²", not "10⁶"
            continue
        markers.setdefault(int(number.translate(_SUPERSCRIPT_VALUES)), []).append(at)
    return markers


def _footnote_lines(lines: list[str], furniture: set[str], text: str) -> set[int]:
    r"""Which of ``lines`` are footnotes, to be left out as furniture: those at the foot of a
    page (before a page number or running header, ``furniture``) or at the end of the text
    that open with a number used as a footnote marker above them that no footnote before took
    (see _footnote_markers), numbered one after another, with their wrapped lines and
    the rule above them. A list's numbers have a full stop ("1. We will…"), and a number with
    no marker is kept ("1 See para. 6." after a text with no markers). ``text`` is ``lines``
    joined by line breaks.

    >>> lines = ["It is a threat.1 We act.2", "", "1 See the Strategic", "Concept.", "2 Ibid."]
    >>> sorted(_footnote_lines(lines, set(), "\n".join(lines)))
    [2, 3, 4]
    """
    opening = _ANY_FOOTNOTE_LINE.search(text)
    if opening is None:  # most texts: no line opens with a number and a space
        return set()
    pages = _Pages(lines, furniture)
    bottoms: list[int] = []  # the last line of each run of footnote-like lines that ends a page
    at, line_no, read_to = 0, 0, -1  # lines up to read_to are known to be in a run read before
    for opening in _ANY_FOOTNOTE_LINE.finditer(text):
        line_no += text.count("\n", at, opening.start())
        at = opening.start()
        if line_no <= read_to or pages.ends_page(line_no):
            continue  # in the run of a line above, which ends where that one's does; or a running header
        found_bottoms, read_to = pages.bottom_of_run(line_no)
        bottoms.extend(found_bottoms)
    if not bottoms:
        return set()
    markers = _footnote_markers(text)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found: set[int] = set()
    # The markers that footnotes above took: each marks one footnote. A page's marker may be
    # above that page's own footnotes and its footnote on a later page ("Kyiv.2" above page
    # 1's "1 …", its "2 …" at the foot of page 2), while a text numbering its footnotes anew on
    # each page has no second footnote for page 1's "1" ("1 brigade will…" on page 2).
    taken: set[int] = set()
    for bottom in bottoms:
        found.update(_footnotes_above(pages, starts, bottom, markers, taken))
    return found


class _Pages:
    """``lines`` stripped, and which of them end a page, each read once and only when asked."""

    def __init__(self, lines: list[str], furniture: set[str]) -> None:
        self.lines, self.furniture = lines, furniture
        self.stripped: dict[int, str] = {}

    def __getitem__(self, at: int) -> str:
        line = self.stripped.get(at)
        if line is None:
            line = self.stripped[at] = _strip(self.lines[at])
        return line

    def ends_page(self, at: int) -> bool:
        """Whether line ``at`` is a page number or a running header, or past the last line."""
        if at >= len(self.lines):
            return True
        return _is_page_mark(self[at], self.furniture)

    def bottom_of_run(self, at: int) -> tuple[list[int], int]:
        """The last line of each footnote in the run of footnote-like lines from line ``at``
        (their wrapped lines and the blank lines between them included) if the run ends a page,
        none if not; and the last line read, up to which a run from a line below ``at`` ends as
        this one does (each line is so read once). A footnote is its line and the lines that go
        on from it as a wrapped sentence does (see :func:`_is_text_again`); a line after its
        sentence's end that opens a new one and is no other note is the text again, and stays.

        >>> _Pages(["1 See the", "Concept.", "Ukraine must win.", "2 Ibid.", "3"], {"3"}).bottom_of_run(0)
        ([1, 3], 3)
        """
        last: int | None = at
        bottoms: list[int] = []
        for below in range(at + 1, len(self.lines) + 1):
            if self.ends_page(below):
                return bottoms + ([last] if last is not None else []), below - 1
            line = self[below]
            if line:
                footnote = _FOOTNOTE_LINE.match(line) is not None
                if not self[below - 1] and not footnote:
                    return [], below - 1  # a paragraph after a blank line: the page goes on
                if footnote:
                    last = below
                elif last is not None and _is_text_again(self[below - 1], line):
                    bottoms.append(last)  # "[1] See the Vilnius communiqué." / "Ukraine must win this war."
                    last = None
                elif last is not None:
                    last = below  # the footnote's wrapped line
        return [], len(self.lines)


def _is_text_again(above: str, line: str) -> bool:
    """Whether ``line``, no footnote's opening, below ``above``, a footnote's line, is the text
    again rather than the footnote's wrapped line: ``above`` ends a sentence and ``line`` opens
    a new one, not in lower case (see stance.lines._goes_on_below). Endnotes pasted amid a web
    page's text took the real sentences after them ("[1] See the Vilnius communiqué." /
    "Ukraine must win this war."), when lost text is the worst defect.

    >>> _is_text_again("1 See the Vilnius communiqué.", "Ukraine must win this war.")
    True
    >>> _is_text_again("1 See the Strategic", "Concept, para. 6."), _is_text_again("1 See para. 6.", "and para. 7.")
    (False, False)
    """
    return _SENTENCE_END.search(above) is not None and not _goes_on_below(line)


def _footnotes_above(pages: _Pages, starts: list[int], bottom: int, markers: dict[int, list[int]],
                     taken: set[int]) -> range:
    r"""The footnotes that end with line ``bottom`` (see _footnote_lines), as a range of lines.
    A footnote's marker is above it and not in ``taken``, the places of the markers that
    footnotes above took; the nearest such marker of each footnote found is added to it, and
    so are the markers in the footnotes' text.

    >>> lines, taken = ["It ended.1 We act.2", "1 See para. 6.", "- 1 -", "We left.", "2 Ibid.", "- 2 -"], set()
    >>> pages, starts = _Pages(lines, set()), list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    >>> markers = _footnote_markers("\n".join(lines))
    >>> _footnotes_above(pages, starts, 1, markers, taken), _footnotes_above(pages, starts, 4, markers, taken)
    (range(1, 2), range(4, 5))
    >>> _footnotes_above(pages, starts, 4, markers, taken)  # "We act.2" marks one footnote
    range(0, 0)
    """
    at, top, expected = bottom, None, None
    marked: list[int] = []  # the marker of each footnote found, to be taken if the run is footnotes
    while at >= 0 and not pages.ends_page(at) and bottom - at < _FOOTNOTES_LENGTH:
        line = pages[at]
        if not line:  # a blank line: the footnotes go on above it only if one opens right below it
            if top != at + 1:
                break
        elif _is_rule(line):
            break
        elif not (opening := _FOOTNOTE_LINE.match(line)):
            if at and pages[at - 1] and _is_text_again(pages[at - 1], line):
                break  # the text between two footnotes ("[1] See it." / "We act." / "[2] Ibid.")
        else:
            number = int((opening.group(1) or opening.group(2)).translate(_SUPERSCRIPT_VALUES))
            nearest = _nearest_free(markers.get(number, []), starts[at], taken)
            if (expected is not None and number != expected) or nearest is None:
                break
            top, expected = at, number - 1
            marked.append(nearest)
            if not expected:
                break
        at -= 1
    if top is None:
        return range(0)
    # and a number in the footnotes' own text ("1 See Art.5 of the Treaty.") marks none below
    end = starts[bottom] + len(pages.lines[bottom])
    taken.update(marked)
    for used in markers.values():
        taken.update(used[bisect_left(used, starts[top]):bisect_left(used, end)])
    if top and _is_rule(pages[top - 1]):
        top -= 1  # the rule above a page's footnotes goes with them
    return range(top, bottom + 1)


def _nearest_free(places: list[int], before: int, taken: set[int]) -> int | None:
    """The last of ``places`` (in order) before ``before`` that is not in ``taken``; None if none.
    Found by bisection: a text of thousands of pages each marking its footnotes from 1 took
    time in the square of its pages when every marker was read for each footnote.

    >>> _nearest_free([3, 10, 40], 30, {10}), _nearest_free([3, 10, 40], 3, set())
    (3, None)
    """
    for at in range(bisect_left(places, before) - 1, -1, -1):
        if places[at] not in taken:
            return places[at]
    return None


def _page_turn(lines: list[str], at: int, furniture: set[str], footnotes: set[int], page_breaks: set[int],
               foot: tuple[int, int] | None = None, above: str = "") -> int:
    r"""The line after line ``at`` where a sentence that a page's end cut goes on; ``at`` if none.

    From ``at``, the foot of a page and the head of the next are skipped: blank lines, page
    numbers and running headers (``furniture``), ``footnotes`` and page breaks (the lines that
    ``page_breaks`` opens). The sentence goes on past them if one was a page number, header or
    break, and the line after them opens in lower case ("…a permanent pres-" / "3" / "ence on
    the eastern flank."); the caller checks that the line before ``at`` ends no sentence. A
    capital after them may open a paragraph, as after a heading, and the halves stay apart,
    unless ``above``, the line before ``at``, cannot end a sentence (a word broken by a hyphen,
    a comma, "the", "our", "of": see stance.lines._cuts_a_sentence) and is no greeting ("Thank
    you, Madam President,"): then the sentence goes on whatever opens the next page ("…a just
    and lasting peace, on" / "Page 1 of 2" / "Ukraine's terms."). Blank lines alone are no
    turn: they end a paragraph, below a headline ("The war drags on", "Annex A"), a salutation or
    a resolution's clause ("Reaffirming its commitment…,"), and the halves stay apart.
    ``foot`` is what :func:`_page_foot` found from ``at`` or a line above it in the same run,
    so that a run of such lines is looked through once, not once from each of its lines.

    >>> lines = ["We must stay", "", "3", "", "united.", "We must stay", "", "3", "United we stand."]
    >>> _page_turn(lines, 1, set(), set(), set()), _page_turn(lines, 6, set(), set(), set())
    (4, 6)
    >>> _page_turn(["We must stay", "", "united."], 1, set(), set(), {1})  # a form feed alone on its line
    2
    >>> _page_turn(["peace, of", "", "3", "Ukraine's terms."], 1, set(), set(), set(), above="peace, of")
    3
    >>> _page_turn(["peace, of", "", "Ukraine's terms."], 1, set(), set(), set(), above="peace, of")
    1
    """
    below, turn = foot or _page_foot(lines, at, furniture, footnotes, page_breaks)
    if below >= len(lines) or turn < at:
        return at
    if _cuts_a_sentence(above) and not _is_address(above):
        return below
    return below if _goes_on_below(_strip(lines[below])) else at


def _page_foot(lines: list[str], at: int, furniture: set[str], footnotes: set[int],
               page_breaks: set[int]) -> tuple[int, int]:
    """The first line from ``at`` that is not blank, a page mark or one of ``footnotes``
    (``len(lines)`` if none), and the last line up to it where a page turns: a page mark, or a
    line that one of ``page_breaks`` opens, that line included; ``at - 1`` if none. A sentence
    cut at any line of the run from ``at`` goes on past a turn at or below that line (see
    :func:`_page_turn`).

    >>> _page_foot(["We must stay", "", "3", "", "united."], 1, set(), set(), set())
    (4, 2)
    """
    turn = at - 1
    for below in range(at, len(lines)):
        line = _strip(lines[below])
        if below in page_breaks:
            turn = below
        if line and _is_page_mark(line, furniture):
            turn = below
        elif line and below not in footnotes:
            return below, turn
    return len(lines), turn

"""Splitting a speech or article into statements (sentences), with no downloaded data.

nltk's Punkt tokenizer is used untrained, given the abbreviations that matter in
political text (titles, "U.S.", months, "Art.", German and French ones such as "ggf." and
"env.") and the words a German ordinal's stop comes before ("24. Februar", "21. Jahrhundert").
Line structure is respected: bullets and blank lines end a statement, wrapped lines are joined.
What lines carry besides statements is read in modules of its own: speaker tags in
:mod:`stance.speakers`, page furniture and footnotes in :mod:`stance.pages`, a post's numbers,
tags and emoji in :mod:`stance.posts`, timestamps and caption files in :mod:`stance.captions`;
and what a line is read alone (its edges, its end, furniture that its own text gives away) in
:mod:`stance.lines`.

The work is done in modules of one job each: :mod:`stance.blocks` cuts a text into blocks of a
speaker's lines (its lines numbered in :mod:`stance.numbered_lines`, a transcript's speakers read in
:mod:`stance.transcripts`, stage directions in :mod:`stance.stage_directions`, a list's items in
:mod:`stance.list_items`, titles, notes and salutations in :mod:`stance.headings`, menus, credits
and date lines in :mod:`stance.furniture`, and wrapped lines joined in :mod:`stance.wrapping`);
:mod:`stance.punkt` finds Punkt's sentences in a block, :mod:`stance.sentence_cuts` cuts what
Punkt left joined and :mod:`stance.sentence_joins` joins what it cut apart, by the abbreviations
and dates of :mod:`stance.abbreviations`. Here a block's pieces become statements; split_blocks,
which the tests and docs take from here, is imported here too.

>>> split_sentences('Mr. Rutte spoke in Tapa. He said: "You are not alone." The U.S. agreed.')
['Mr. Rutte spoke in Tapa.', 'He said: "You are not alone."', 'The U.S. agreed.']
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .blocks import _BackMatter, _blocks
from .blocks import split_blocks as split_blocks
from .lines import _AGENCY, _CAP, _is_link_list, _is_rule
from .list_items import (
    _BARE_MARKER,
    _INLINE_FIRST_MARKER,
    _among_tallies,
    _list_marker_pieces,
    _opens_with_second_marker,
)
from .numbered_lines import _numbered_lines
from .posts import _is_closing, _leading_emoji, _without_closing_links, _without_links
from .punkt import _punkt_sentences
from .sentence_cuts import _split_further
from .sentence_joins import _continues, _emoji_close, _inside_brackets, _PartsTally
from .text import INVISIBLE_FORMAT

# A dialogue's dash opening a statement in Cyrillic, as Russian and Ukrainian write speech inside a line.
_CYRILLIC_DIALOGUE_DASH = re.compile(r"^[-–—]\s+(?=[\"«„“]?[\u0400-\u04ff])")

# A dash between two sentences of a line ("Vielen Dank. – Das Wort hat …", "Thank you. — Next
# question."), opening the second: a separator, no word of it. Only before a capital or an
# opening quote, since before lower case it opens an aside ("It is late. — the second phase,
# I mean.") and before a digit it may be a sign ("-3"); a line's opening dash is a list's or
# an answer's, read with the line (see _BULLET).
_SEPARATING_DASH = re.compile(rf"^[-–—]\s+(?=[\"'“‘«„‚]?[{_CAP}])")


# Characters that show nothing and are no whitespace: the controls (NUL, ESC, DEL, C1) and the
# invisible format characters of text.INVISIBLE_FORMAT (a zero-width space, a direction mark, a
# word joiner, a byte-order mark, a bidirectional isolate) and the soft hyphen; not the tags,
# which end an emoji flag. Punkt ends a sentence only at a stop before whitespace, so one of
# them after a stop ("…Ukraine.\u200b NATO must…", pasted from the web) joined two sentences.
_UNSEEN = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad"
                     + re.escape("".join(c for c in INVISIBLE_FORMAT if c < "\U000e0000")) + "]+")


# Where the blocks of symbols that emoji come from start (arrows, U+2190): a symbol before it is a sign of words.
_FIRST_EMOJI_BLOCK = "\u2190"


def _pieces(block: str) -> list[str]:
    r"""The pieces Punkt and _split_further cut ``block`` into, stripped, each as written in
    ``block``: cut as if its characters that show nothing (_UNSEEN) were absent. Those right
    after a piece's end, before the whitespace after it, are dropped with that whitespace;
    those inside a piece, or opening it, or after the last, stay.

    >>> _pieces("We stand with Ukraine.\u200e NATO must deter Russia.\u200e \x1b[0m")
    ['We stand with Ukraine.', 'NATO must deter Russia.', '\x1b[0m']
    """
    if not _UNSEEN.search(block):  # nearly every block
        return [p for p in (p.strip() for s in _punkt_sentences(block) for p in _split_further(s)) if p]
    origins: list[int] = []  # where in ``block`` each character of ``visible`` is
    last = 0
    for unseen in _UNSEEN.finditer(block):
        origins.extend(range(last, unseen.start()))
        last = unseen.end()
    origins.extend(range(last, len(block)))
    visible = _UNSEEN.sub("", block)
    pieces = [p for p in (p.strip() for s in _punkt_sentences(visible) for p in _split_further(s)) if p]
    written, cursor, end = [], 0, 0
    for index, piece in enumerate(pieces):
        at = visible.find(piece, cursor)
        if at < 0:  # never so far: each piece is a part of the block, in order
            written.append(piece)
            continue
        cursor = at + len(piece)
        # What lies before the first piece and after the last stays with it, as it did, and so do
        # those that open a piece after the space before it ("…\f\x1b[0m"); only those glued to a
        # piece's end, before the space after it, are dropped with that space.
        start = 0 if index == 0 else origins[at]
        # one character at a time (endpos): matched to the end of its run, a run of 40,000 took 2.6 s
        while start > end and _UNSEEN.match(block, start - 1, start):
            start -= 1
        end = len(block) if index == len(pieces) - 1 else origins[cursor - 1] + 1
        written.append(block[start:end].strip())
    return written


def split_sentences(text: str) -> list[str]:
    """Split a document into sentences, in order."""
    return [sentence for sentence, _, _ in split_statements(text)]


def split_speakers(text: str) -> list[tuple[str, str | None]]:
    r"""Split a document into ``(sentence, speaker)`` pairs, in order.

    A transcript's speaker tags at the start of a line ("MODERATOR:", "Q:", "Mr Healey:",
    "The Prime Minister:") name the speaker of what follows until the next tag, and are
    not part of any sentence; without tags the speaker is None. A news dateline with a date or
    an agency in brackets opening a paragraph ("BRUSSELS, Feb. 12 (Reuters) - …") ends a
    speaker's turn: its story and its headline are no one's ("NASAMS - …" alone does not). Names in ordinary case
    ("Kaja Kallas:", "Question:") count as tags only when two or more lines open with a
    tag, since one such line in an article is more often a label ("Ukraine: …"). An ordinal
    or a lead-in ("First:", "Finally:", "Bottom line:") is no tag.
    A heading alone on its line ("QUESTIONS AND ANSWERS") and a note ("Note: …") are no one's
    words: their speaker is None, and the speaker before goes on after them. A dash opening a
    line below a question's end opens its answer, speaker "A", as "A:" would, unless the next
    tag below is an answer's: then the dash lines are the question's options.

    A tag is read whatever its spaces (no-break, thin, doubled), accents (composed or not), marks that
    only annotate pronunciation (stress marks, Arabic harakat) and apostrophes (straight or curly); the
    speaker is its name in NFC with single plain spaces and straight apostrophes ("O'Neill") and
    without those marks ("عَلِيّ:" names "علي"), and tags that differ only in case
    ("RUTTE:", "Rutte:"), in a title's full stop ("Mr. Healey:", "Mr Healey:") or in "ё" and
    "е" ("Соловьёв:", "Соловьев:") name the speaker as the first wrote it. A later tag of the
    office, the name or the surname alone of an earlier tag of an office and a name ("SECRETARY
    GENERAL:", "RUTTE:" after "SECRETARY GENERAL MARK RUTTE:") names that tag's speaker, unless two
    earlier tags have it (see :class:`stance.speakers._NamedHolders`). Sentences keep the
    characters of ``text``, except whitespace, byte-order marks and zero-width spaces at a
    line's ends, which are dropped, characters that show nothing right after a sentence's end (a
    direction mark, a NUL; sentences end as if they were absent), which go with the space after it,
    line breaks, which join wrapped lines with a space (none
    between two Chinese or Japanese characters),
    stage directions, which leave one space (none before punctuation, but before an ellipsis that a
    space set off from the direction: "support... (pause) ...flowing"), and a dash between
    two sentences ("Vielen Dank. – Das Wort hat …"), which opens neither.

    >>> split_speakers("Q: Will NATO hold?\nSECRETARY GENERAL: Yes. We stand together.")
    [('Will NATO hold?', 'Q'), ('Yes.', 'SECRETARY GENERAL'), ('We stand together.', 'SECRETARY GENERAL')]
    >>> split_speakers("Q: Will NATO hold?\n- Yes.")
    [('Will NATO hold?', 'Q'), ('Yes.', 'A')]
    """
    return [(sentence, speaker) for sentence, speaker, _ in split_statements(text)]


def split_statements(text: str) -> list[tuple[str, str | None, int]]:
    r"""Split a document into ``(sentence, speaker, line)`` triples, in order: the pairs of
    :func:`split_speakers`, each with the line of ``text`` it starts on, numbered from 1 as an
    editor numbers them (a line break is "\n", "\r\n" or "\r"), so that a reader can find
    it in the original.

    >>> split_statements("Q: Will NATO hold?\n\nRUTTE: Yes. We stand\ntogether. We will.")
    [('Will NATO hold?', 'Q', 1), ('Yes.', 'RUTTE', 3), ('We stand together.', 'RUTTE', 3), ('We will.', 'RUTTE', 4)]
    """
    return statements_and_headers(text)[0]


def _line_below(lines: list[str], numbers: list[int], line: int) -> str | None:
    """The first line of ``lines`` that is not blank below the document's line number ``line`` (``numbers``, from
    1, gives each line's), None where there is none.

    >>> _line_below(["We did three things: 1. We agreed.", "", "2. We put troops in."], [1, 2, 3], 1)
    '2. We put troops in.'
    >>> _line_below(["Result: 1. Next item."], [1], 1) is None
    True
    """
    for at in range(bisect_right(numbers, line), len(lines)):  # no slice: a copy of the rest for each marker
        if lines[at].strip():
            return lines[at]
    return None


def statements_and_headers(text: str) -> tuple[list[tuple[str, str | None, int]], dict[str, int], list[int],
                                               list[_BackMatter], list[tuple[int, str, tuple[str, ...]]]]:
    r"""The statements of :func:`split_statements`; the lines left out as running headers, each
    as first written, with how many times (see :func:`_page_furniture`); and the lines (numbered
    as ``line`` is) joined to the sentence above although they may open posts of a feed (see
    _feed_posts) or the sentence below a headline (see _number_opens_statement): so that a caller
    can say so, as a line that recurs is taken for a header only in a text that shows pages, but a
    speaker's words may still be, and two lines that each open with a capital and end no sentence
    may be a wrapped sentence or two posts; the back matter left out below end marks (see
    stance.furniture._end_mark_tail), which may be statements all the same; and the tags left as
    written though they may name a speaker an earlier tag named by an office and a name, as two
    earlier tags' speakers may be (see stance.speakers._NamedHolders): each its line, the tag and
    those speakers.

    >>> statements_and_headers("NATO Review   1\nWe met.\nNATO Review   2\nWe spoke.\nNATO Review   3\nWe left.")[1]
    {'NATO Review   1': 3}
    >>> statements_and_headers("Great meeting in Riga today\nNATO stands united with our Allies")[:3:2]
    ([('Great meeting in Riga today NATO stands united with our Allies', None, 1)], [2])
    """
    sentences: list[tuple[str, str | None, int]] = []
    blocks, headers, joined, back_matter, unsure = _blocks(text)
    document_lines: tuple[list[str], list[int]] | None = None  # read once a list's first marker is met, seldom
    # whether the line below each line a first marker looked below opens with a "2.": every marker of a one-line block
    # looks below the same line, and a look past many blank lines for each took time in their product
    second_marker_below: dict[int, bool] = {}
    for block in blocks:
        markers: tuple[set[int], int] | None = None  # the block's lists going on and still open, once looked for
        merged: list[list[str]] = []
        starts: list[int] = []  # where in the block each merged sentence starts
        many_lines = len(block.lines) > 1  # most blocks have one: no need to find where each piece is
        line_starts = set(block.starts[1:]) if many_lines else set()  # where each line after the first starts
        cursor = at = 0  # where in the block the last piece ended: each piece is a part of it, in order
        pieces = _pieces(block.text)
        tally = _PartsTally()  # the brackets of the sentence being built, counted once for each piece
        inside = False  # whether the piece before was a marker kept inside its sentence
        # the pieces opening with ",", ";" or ":" that go on the sentence's last part, joined onto it once the next
        # piece is read: added one at a time, the part was copied for each, in the square of their number
        glued: list[str] = []
        for index, piece in enumerate(pieces):
            if glued and piece[0] not in ",;:":  # such a piece reads no sentence before it goes on the last part
                merged[-1][-1] += "".join(glued)
                glued.clear()
            after_inside, inside = inside, False
            if many_lines:
                at = block.text.find(piece, cursor)
                cursor = at + len(piece) if at >= 0 else cursor
            # each place the piece's opening spans looked up (a few), not every line start of the block: a scan of these
            # for each piece took time in the square of a long paragraph's lines
            while (credit := _AGENCY_OPENING.match(piece)) and at >= 0 and any(
                    start in line_starts for start in range(at + credit.end(1) + 1, at + credit.end() + 1)):
                # "Russia attacked. (AFP)" / "We will act.": the credit ends its line, and Punkt
                # opened the next line's sentence with it. The sentence starts after it.
                piece, at = piece[credit.end():], at + credit.end()
            piece = _without_closing_links(piece)  # "…our Allies https://t.co/x1": no one's words
            if index + 1 < len(pieces):  # a list's markers inline, "…three things: 1. We agreed… 2. We put…"
                if (_BARE_MARKER.match(piece) and not _continues(piece, pieces[index + 1], piece)
                        and not (merged and _continues(merged[-1][-1], piece, merged[-1][0]))):
                    if not (merged and _continues(merged[-1][-1], pieces[index + 1], merged[-1][0])):
                        continue  # "2." before its item, cut off as a sentence: dropped, as a bullet is ("12." /
                        # "Februar: …" is a date, which goes on); not the number of what the piece before it
                        # names ("Siehe Kap." / "3." / "Danach…", "am Mo." / "3." / "Okt."), which are words
                    # "Then Art." / "A." / "2024.": the piece after it goes on with the sentence before it,
                    # so it is inside that sentence, no list's (a fuzzing audit: it was dropped, words lost)
                    merged[-1].append(piece)
                    inside = True
                    continue
                if (_INLINE_FIRST_MARKER.search(piece) and not _continues(piece, pieces[index + 1], piece)
                        and not _among_tallies(  # "Die Frist: 3.": a date; "Za: 230. Przeciw: 1.": a count
                            pieces[index - 1] if index else None, pieces[index + 1])):
                    # a list's first marker only where the list goes on, its "2." after it in the block or opening
                    # the line below: "Przeciw: 1. Dziękuję." and "Result: 1. Next item." are counts
                    if markers is None:
                        markers = _list_marker_pieces(pieces)
                    going_on, still_open = markers
                    # a "2." goes with the nearest "…: 1." before it that none has gone with yet: "Przeciw: 1.
                    # Dziękuję. Porządek: 1. Sprawozdanie. 2. Czytanie." keeps its count of one, and "…: 1. To raise
                    # spending, chiefly: 1. Air defence. 2. Shells. 2. To support Ukraine." is a list in a list
                    goes_on = index in going_on
                    if not goes_on and index == still_open:
                        # a line-opening "2." opens a block of its own: the block's first marker still open at its
                        # end has its list go on below the block, however many lines its first item (or lead-in)
                        # wraps over ("We did three things: 1. We agreed plans" / "for the flank." / "2. We put
                        # troops in.")
                        if document_lines is None:
                            document_lines = _numbered_lines(text)[:2]
                        below = block.lines[-1]
                        if below not in second_marker_below:
                            second_marker_below[below] = _opens_with_second_marker(_line_below(*document_lines, below))
                        goes_on = second_marker_below[below]
                    if goes_on:
                        piece = _INLINE_FIRST_MARKER.sub("", piece)  # "We did three things: 1." before the first
            if merged and piece[0] in ",;:":
                glued.append(piece)  # "p.m." and "; the talks…", which Punkt cut apart
            elif _is_rule(piece):
                continue  # "_____" above a PDF's footnotes, "* * *" between parts: no one's words
            elif _AGENCY_ALONE.fullmatch(piece):
                continue  # "(Reuters)" after a question, naming who asked it: no one's words
            elif _REFERENCE_ALONE.fullmatch(piece):
                continue  # Hansard's "[901234]" after a question, a citation's "[12]": no one's words
            elif merged and (_is_link_list(piece) or _is_closing(piece)):
                # "…with Ukraine. #NATO #StandWithUkraine", "…with Ukraine. 🇺🇦💙💛": the post's
                # tags and emoji stay with its sentence, whose stance they often carry, but not
                # its links ("nato.int/…-unity" read as the sentence's words made it unity)
                if closing := _without_links(piece):
                    merged[-1].append(closing)
            elif _is_link_list(piece):
                continue  # tags and links alone: furniture
            elif merged and _inside_brackets(merged[-1], piece, tally):
                merged[-1].append(piece)  # "(p. 12 et suiv.)," / "les dépenses…", "(gegr." / "1949) ist…"
            elif merged and (after_inside or _continues(merged[-1][-1], piece, merged[-1][0])):
                merged[-1].append(piece)
            else:
                # a sign of words ("©", "®", "°", "№", below the arrows) opens what follows it, no emoji closing
                # the sentence before: "…Unsubscribe here. © 2026 Baltic Wire." was cut into "…here. ©" / "2026 …"
                # (whether a line starts among the emoji: each of their few places looked up, not every line start)
                if merged and piece[0] >= _FIRST_EMOJI_BLOCK and (lead := _leading_emoji(piece)) and _emoji_close(
                        merged[-1][-1], piece[:lead], at in line_starts,
                        any(start in line_starts for start in range(at + 1, at + lead + 1))):
                    merged[-1].append(piece[:lead].rstrip())  # "…with Ukraine. 🇺🇦 Allies agree.": they close it
                    piece = piece[lead:]
                    at += lead if at >= 0 else 0
                # a dash opening a statement in Cyrillic ("— Мы не отступим, — сказал он. — Альянс расколот."),
                # dropped as the one opening a line is (see _BULLET): dialogue's, no word of it; and one
                # between two sentences before a capital ("Vielen Dank. – Das Wort hat …"). Not one
                # opening an aside ("— the second phase is late"). The statement starts after it, on
                # its line, which may be the next.
                dash = _CYRILLIC_DIALOGUE_DASH.match(piece) or _SEPARATING_DASH.match(piece)
                cut = dash.end() if dash else 0
                merged.append([piece[cut:]])
                starts.append(at + cut if at >= 0 else at)
        if glued:
            merged[-1][-1] += "".join(glued)
        lines = [block.line_at(max(at, 0)) for at in starts] if many_lines else [block.lines[0]] * len(merged)
        # never merged across blocks
        sentences.extend((" ".join(parts), block.speaker, line) for parts, line in zip(merged, lines))
    return sentences, headers, joined, back_matter, unsure


# A reference number alone in square brackets, or several: Hansard's after a Member's question
# ("What steps he is taking to support Ukraine. [901234]"), a citation's after its sentence
# ("NATO is strong. [12]"). Each was a statement of no target, counted in every profile's share.
_REFERENCES = r"\[\d{1,7}\](?:\s*\[\d{1,7}\])*"
_REFERENCE_ALONE = re.compile(_REFERENCES)
# A news agency alone in brackets, as a press transcript names a questioner's outlet after the
# question ("Q: Will NATO send more troops? (Reuters)"): a credit, as "(Photo by AFP)" is.
_AGENCY_ALONE = re.compile(rf"\({_AGENCY}\)")
# ... and one opening a piece: left out when it ends its line, after the sentence it credits,
# which Punkt joins to the next line's: "Russia attacked. (AFP)" / "We will act." (within a
# line, "(Reuters) More troops will come." may open a sentence, and stays).
# A reference ending its line goes so too: "NATO is strong. [12]" / "Allies agree.".
_AGENCY_OPENING = re.compile(rf"(\({_AGENCY}\)|{_REFERENCES})\s+")

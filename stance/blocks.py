"""A text cut into blocks, each a speaker's run of lines that no sentence crosses.

:func:`split_blocks` cuts at blank lines, bullets and speaker tags, joins wrapped lines and
leaves out what is no statement (page furniture, timestamps, stage directions, menus,
credits, end marks and the back matter after them); :func:`_blocks` gives each block its
speaker and the places of its lines, for :mod:`stance.sentences` to split into statements.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .captions import (
    _cue_lines,
    _is_caption_file,
    _is_cue_number,
    _may_open_entry,
    _opens_entry,
    _rolled_lines,
    _sound_notes,
    _stamp_lines,
    _without_timestamp,
    _without_timestamp_after_tag,
    _without_turn_marks,
)
from .furniture import (
    _DATELINE,
    _NOTE_LABEL_ALONE,
    _date_in_sentence,
    _end_mark_tail,
    _goes_on,
    _menu_lines,
    _without_credit,
    _without_opening_footer,
    _without_opening_note,
    _without_publication_line,
)
from .headings import _is_part_heading, _is_salutation, _is_story_headline, _is_title, _opens_note, _stands_apart
from .lines import (
    _BOILERPLATE,
    _EDITORIAL_NOTE,
    _MAIL_DATE_LABEL,
    _MAIL_HEADER_LINE,
    _MONTH,
    _OPEN_ENDS,
    _ROSE_ALONE,
    _SENTENCE_END,
    _TERMINAL,
    _goes_on_below,
    _is_end_mark,
    _is_furniture,
    _is_heading,
    _is_link_list,
    _opens_mail,
    _strip,
)
from .list_items import (
    _BARE_MARKER,
    _BULLET,
    _DASH_BULLET,
    _NUMBERED_ITEM,
    _REFERENCED_NUMBER,
    _after_list,
    _asks_for_number,
    _dash_goes_on,
    _is_bare_item,
)
from .numbered_lines import (
    _numbered_lines,
    _without_lines,
    _without_mail_headers,
    _without_quote_marks,
    _without_signatures,
    _written_question_tags,
)
from .pages import (
    _footnote_lines,
    _furniture_key,
    _is_page_count_line,
    _is_page_mark,
    _numbers_in_sentences,
    _page_foot,
    _page_furniture,
    _page_turn,
)
from .posts import (
    _bullet_emoji,
    _emoji_bullets,
    _ends_post,
    _ends_with_emoji,
    _ends_with_link,
    _feed_posts,
    _tags_below,
    _thread_totals,
    _without_links,
    _without_post_numbers,
)
from .speakers import _CHORUS, _full_names, _NamedHolders, _speaker_tag, _spelling_key
from .stage_directions import _without_stage_directions, _wrapped_directions
from .transcripts import (
    _answer_tag_below,
    _division_lists,
    _headlines,
    _is_french_record,
    _is_transcript,
    _qa_lines,
    _speaking_names,
    _wrapped_tags,
)
from .wrapping import (
    _LEDE_MOST_LINES,
    _capital_may_open_statement,
    _is_paragraph_a_line,
    _join_lines,
    _lede_width,
    _number_opens_statement,
    _quotes_what_above_says,
    _reads_as_headline,
    _runs_on_to_number,
    _wrap_width,
    _wrapped_before,
)


def split_blocks(text: str) -> list[str]:
    """Split text into blocks at blank lines, bullets and speaker tags; join wrapped lines.

    What is not a statement is left out: page numbers, running headers (short lines without
    final punctuation that recur three times or more in a text that shows pages, or twice at
    pages' edges; PDF text; see :func:`_page_furniture`), timestamps and caption files' cues
    (passed over: see :func:`_stamp_lines`), rolling captions' lines shown again (see
    :func:`_rolled_lines`) and their text's markup (see :func:`_cue_lines`), speaker tags
    (see :func:`split_speakers`) and furniture (end marks such as "ENDS" or "###", tag and
    link lists, bylines and editing credits, photo credits (not a caption or sentence before
    one on its line, nor a sentence after a credit's label, "Source: NATO estimates show…";
    see :func:`_is_labelled_sentence`), a web page's menus ("English", "Print", "Share"), skip
    links, cookie banners, tags under "Related Topics" and newsletter calls (see
    :func:`_menu_lines`), copyright lines, division
    headers, a publisher's note such as "This interview has been edited for length." or one
    labelled "Editor's note:", "Note from the editors:" or "Translator's note:" (the label
    alone on its line: the paragraph below it),
    footnotes at the foot of a page or the end whose number a marker above uses),
    stage directions ("(Applause)", "[laughs]"), also from inside a line, the House calling
    out together ("Hon. Members: Hear, hear."), and a thread's post numbers ("1/", "2/6"),
    each of which starts a block. A word broken by a hyphen at a line's end is joined, and
    so is a number or word broken after a slash ("50/" and "50 with…" make "50/50"; not a
    post number), and a sentence that runs over a page (see :func:`_page_turn`).
    """
    return [block.text for block in _blocks(text)[0]]


class _Block(NamedTuple):
    """A block of :func:`split_blocks`, the speaker whose tag precedes it, and where each of
    its lines starts: in ``text`` (``starts``) and in the document (``lines``, numbered from 1)."""

    text: str
    speaker: str | None
    starts: list[int]
    lines: list[int]

    def line_at(self, at: int) -> int:
        """The document's line of the block's character ``at``."""
        return self.lines[bisect_right(self.starts, at) - 1]


class _BackMatter(NamedTuple):
    """Back matter left out below an end mark (see _end_mark_tail): the mark's line (numbered
    from 1), the mark as written, and how many lines (not blank) and words were left out."""

    line: int
    mark: str
    lines: int
    words: int


# Punctuation a line may end in that no full stop goes after: a direction's stop below it ends the words
# there, as a blank line would, rather than being added ("Let me say this:" / "(Applause).").
_OWN_PUNCTUATION = frozenset(",;:–—-")


def _next_words(lines: list[str], at: int) -> str:
    """The first line below ``lines[at]`` that is not blank, stripped ("" at the end): a list's next
    item may stand a blank line below ("1. Introduction" / "" / "2. Background").

    >>> _next_words(["5. Then we acted.", "", " 6. Later we met."], 0), _next_words(["5. Then."], 0)
    ('6. Later we met.', '')
    """
    return next((stripped for line in lines[at + 1:] if (stripped := _strip(line))), "")


# What makes a dateline unambiguous enough to end a speaker's turn (see _opens_story): an agency in
# brackets ("(Reuters)", "KYIV, Ukraine (AP) —") or a date after the place's comma ("LONDON, 12 March —",
# "BRUSSELS, Feb. 12 -").
_DATE_LABEL = re.compile(r"(?:date|datum)\s*:", re.IGNORECASE)  # a mail's or a transcript's header line's
# A mail's date header ("Date: …", "Sent: …", see stance.lines._MAIL_HEADER): one opens a mail pasted below a
# transcript only beside another of its header lines (see _mail_dates).
_MAIL_DATE_HEADER = re.compile(rf"(?:{_MAIL_DATE_LABEL})\s*:", re.IGNORECASE)
_MAIL_HEADER_GAP = 1  # the blank lines read past for a mail's next header line
_STORY_AGENCY = re.compile(r"\([A-Za-z&. ]{2,30}\)\s+[-–—]{1,2}\s+$")
_STORY_DATE = re.compile(rf",[^()\-–—]*?(?:\b(?i:{_MONTH})\b|\d)")


def _mail_dates(lines: list[str]) -> set[str]:
    """The mail's date headers of ``lines`` ("Date: 3 March 2026, 10:00", "Sent: …", see stance.lines._MAIL_HEADER),
    each stripped, that have another of a mail's header lines above or below them, past a blank line at most (its
    sender, recipients or subject, addresses or names: "From: Anna Berg", "To: …", "Subject: …"): a mail's, pasted
    below a transcript. A date header alone is a transcript's date in a speaker's turn, which ended the turn (the
    speaker's next words lost their speaker). Read before a header's names are blanked (see
    stance.numbered_lines._without_mail_headers).

    >>> _mail_dates(["RUTTE: We act.", "Date: 3 March 2026, 10:00", "We will win."])
    set()
    >>> _mail_dates(["We act.", "From: Press <press@nato.int>", "Date: 3 March 2026, 10:00"])
    {'Date: 3 March 2026, 10:00'}
    """
    dates = set()
    for at, line in enumerate(lines):
        stripped = _strip(line) if _MAIL_DATE_HEADER.match(line.lstrip()) else ""
        if not stripped or not _opens_mail(stripped):
            continue
        for step in (-1, 1):
            near = at + step
            for _ in range(_MAIL_HEADER_GAP + 1):
                if not 0 <= near < len(lines):
                    break
                neighbour = _strip(lines[near])
                if neighbour:
                    if _opens_mail(neighbour) or _MAIL_HEADER_LINE.match(neighbour):
                        dates.add(stripped)
                    break
                near += step
    return dates


def _opens_story(line: str) -> bool:
    """Whether ``line`` opens with a news dateline ("BRUSSELS, Feb. 12 (Reuters) - Hungary…", see
    _DATELINE) before a story in ordinary case, one that no speaker's paragraph would open with: a
    place with a date ("LONDON, 12 March — …") or an agency in brackets ("KYIV, Ukraine (AP) — …").
    A word in capitals and a dash alone ("NASAMS - the air-defence system we funded - now protects
    Kyiv.", "VILNIUS - …") may open an answer, and a transcript all in capitals has lines that read
    as one ("WELL - WE WILL SEE.").

    >>> _opens_story("VILNIUS, March 3 (Reuters) - Lithuania will buy tanks."), _opens_story("WELL - WE WILL SEE.")
    (True, False)
    >>> _opens_story("KYIV, Ukraine (AP) — Drones hit.".replace("—", "-")), _opens_story("LONDON, 12 March - We met.")
    (True, True)
    >>> _opens_story("NASAMS - the air-defence system we funded - now protects Kyiv every night.")
    False
    >>> _opens_story("VILNIUS - Lithuania will buy tanks."), _opens_story("LONDON, England - We met.")
    (False, False)
    """
    dateline = _DATELINE.match(line)
    if dateline is None or not any(map(str.islower, line[dateline.end() - 1:])):
        return False
    head = line[:dateline.end() - 1]
    return bool(_STORY_AGENCY.search(head) or _STORY_DATE.search(head))


def _without_headline(block: _Block, opens_after_tag: bool) -> list[_Block]:
    """``block``, the last above a news story's dateline, and its last line apart as the story's
    headline, of no speaker, if it reads as one (see :func:`stance.headings._is_story_headline`;
    ``opens_after_tag``: the block's first line is a tag's); else ``block`` alone.

    >>> [(block.text, block.speaker) for block in _without_headline(
    ...     _Block("We agree. NATO backs brigades", "RUTTE", [0, 10], [1, 2]), opens_after_tag=True)]
    [('We agree.', 'RUTTE'), ('NATO backs brigades', None)]
    """
    last = block.text[block.starts[-1]:]
    above = [block.text[block.starts[-2]:block.starts[-1]].rstrip()] if len(block.starts) > 1 else []
    if not _is_story_headline([*above, last], opens_after_tag):
        return [block]
    if not above:
        return [block._replace(speaker=None)]
    return [_Block(block.text[:block.starts[-1]].rstrip(), block.speaker, block.starts[:-1], block.lines[:-1]),
            _Block(last, None, [0], block.lines[-1:])]


# A speaker's tag in Markdown's bold or italics opening a line, the colon inside the marks or after them
# ("**PEVKUR:** No.", "**PEVKUR**: No.", "__Q:__", "*Q:*"), as an interview exported from a CMS or a
# notes app writes it: read as "PEVKUR:" is, since the marks hid the tag and stayed in the statement.
_MARKDOWN_TAG = re.compile(r"^(\s*)(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]{1,80}?)(?::\2|(?<=\S)\2[ \t]*:)(?=\s|$)")
# Markdown's bold inside a line ("we **will** send"), its marks no one's words; not a rule ("***"),
# a product's stars ("2**10"), nor stars inside a word or a URL ("nato.int/**x**/"): they open after
# a space, a line's start or an opening bracket or quote, and close before a space, the end or
# punctuation. Underscores are a word's own inside running text ("__init__", "/__docs__/"), kept;
# "__NAME:__" opening a line is _MARKDOWN_TAG's. No star between the marks, and 200 characters at
# most: each "**" left open is scanned to the next star only, where a line of many was quadratic.
# Bold opens after a space, a bracket, a quote or a dash and closes before one or punctuation
# ("**will**—today", "«**Oui**»"), never inside a word, a URL or a token of hyphens and colons
# ("pre-**docs**-x", "--**all**", "10:**30**"); a run of at most 200 characters, so that a line
# of marks left open is read once, not once a mark.
_MARKDOWN_BOLD = re.compile(r"(?:^|(?<=[\s(\[\"'“‘«–—]))\*\*(?=[^\s*])([^*\n]{1,200}?)(?<=\S)\*\*"
                            r"(?=$|[\s.,;:!?)\]\"'”’»…–—])")


def _without_markdown_emphasis(line: str) -> str:
    """``line`` with a speaker's tag in Markdown's bold or italics as a plain tag, and the marks of
    bold words dropped: "**PEVKUR:** No." had no speaker, and "**" stayed in its statement.
    Other Markdown (headings' "#", links, a single "*" of italics inside a line) is read as written.

    >>> _without_markdown_emphasis("**PEVKUR:** We **will** send ammunition.")
    'PEVKUR: We will send ammunition.'
    >>> _without_markdown_emphasis("__Q__: Will you?"), _without_markdown_emphasis("*** 2**10 snake__case__x")
    ('Q: Will you?', '*** 2**10 snake__case__x')
    >>> _without_markdown_emphasis("RUTTE: Python's __init__ is no **policy**, see nato.int/**x**/")
    "RUTTE: Python's __init__ is no policy, see nato.int/**x**/"
    """
    if "*" not in line and "_" not in line:  # most lines: a cheap test first
        return line
    line = _MARKDOWN_TAG.sub(r"\1\3:", line, count=1)
    return _MARKDOWN_BOLD.sub(r"\1", line)


def _ends_cut_sentence(line: str, above: str, below: str) -> bool:
    """Whether ``line``, a number with a stop that looks like a list's marker alone on its line ("61.", see
    _BARE_MARKER), is the last words of the sentence above, cut before it at a word no sentence ends in, the line being
    its paragraph's last (``below`` is blank): "…carried by 98 votes to" / "61.", no list's item below it.

    >>> _ends_cut_sentence("61.", "It was carried by 98 votes to", ""), _ends_cut_sentence("6.", "We agreed:", "")
    (True, False)
    >>> _ends_cut_sentence("2.", "Allies agreed to", "spend more"), _ends_cut_sentence("b.", "We met the", "")
    (False, False)
    """
    words = above.split()
    return not below and line[:1].isdigit() and bool(words) and words[-1] in _OPEN_ENDS


def _blocks(text: str) -> tuple[list[_Block], dict[str, int], list[int], list[_BackMatter],
                               list[tuple[int, str, tuple[str, ...]]]]:
    """The blocks of :func:`split_blocks`, each with its speaker and the place of each line; the
    running headers left out (see :func:`_page_furniture`), each as first written, with how
    many times; the lines joined to the line above that may open a post (see _feed_posts) or
    the sentence below a headline (see _number_opens_statement, _capital_may_open_statement); the back matter left out
    below end marks (see _end_mark_tail), which may be a text's words all the same; and the tags
    left as written though they may name a speaker an earlier tag named by an office and a name,
    since two earlier tags' speakers have it (see stance.speakers._NamedHolders): each its line,
    the tag, and those speakers."""
    lines, numbers, page_breaks = _numbered_lines(text)
    lines = [_without_markdown_emphasis(line) for line in lines]  # "**PEVKUR:** No." is PEVKUR's "No."
    # in a caption file ">>" opens a speaker's turn, no quote (see _without_turn_marks)
    lines = _without_signatures(lines)  # "-- " / "Tom Reed | Defence correspondent": the sender's, no words
    lines = _without_quote_marks(lines, turns=_is_caption_file(lines))
    mail_dates = _mail_dates(lines)  # "From: …" / "Date: …": a mail's date, which ends a speaker's turn
    lines = _without_mail_headers(lines)  # "From: Anna Berg" / "Sent: …" / "To: Tom Reed": no one's words
    lines, question_tags = _written_question_tags(lines)  # "Asked by Lord Ashwell" above a written question: his tag
    # each line's place before questions and answers run together are split, for its number and page break
    lines, origins = _qa_lines(lines, list(range(len(lines))))
    numbers = [numbers[origin] for origin in origins]
    if page_breaks:  # the first piece of a split line is the one a page break opens
        page_breaks = {at for at, origin in enumerate(origins)
                       if origin in page_breaks and (not at or origins[at - 1] != origin)}
    stamps = _stamp_lines(lines)
    voices: dict[int, str] = {}  # the lines a caption's voice opens, and who speaks
    caption = False  # a caption file's: its cues' lines are words, "18" among them (see _is_cue_number)
    turns: set[int] = set()  # the lines of a caption file that ">>" opened: each a new speaker's
    if stamps:  # timestamps and caption cues: a sentence runs on past them
        caption = _is_caption_file(lines)
        if caption:  # rolling captions' lines shown again: no one said them again
            stamps = stamps | _rolled_lines(lines, stamps)
            stamps = stamps | _sound_notes(lines, stamps)  # "[Anthem fades]": no one's words
        lines, numbers, page_breaks = _without_lines(lines, numbers, page_breaks, stamps)
        if caption:  # only there is "<i>" markup rather than words
            lines, origins, voices = _cue_lines(lines)
            lines, turns = _without_turn_marks(lines)
            # ">> [APPLAUSE]" alone: a note, no one's turn, and the speaker before goes on below it
            turns = {at for at in turns if _without_stage_directions(_strip(lines[at]))}
            numbers = [numbers[origin] for origin in origins]
            # a page break that opened a line left out opens the next kept, and a split line's first piece
            page_breaks = {at for at in (bisect_left(origins, origin) for origin in page_breaks) if at < len(lines)}
    lines, numbers, page_breaks = _wrapped_tags(lines, numbers, page_breaks)
    lines, numbers, page_breaks = _wrapped_directions(lines, numbers, page_breaks)
    text = "\n".join(lines)
    blocks: list[_Block] = []
    current: list[str] = []
    current_numbers: list[int] = []
    current_is_item = False
    width = _wrap_width(lines)  # of a text hard-wrapped at a width (see _wrapped_before); else None
    paragraphs = width is None and _is_paragraph_a_line(lines)  # a text saved from Word: a line ends a sentence
    # a feed's lines, a post each though they end no sentence; and the lines that may open one,
    # joined to the line above all the same (see _feed_posts), as are those that may open the
    # sentence below a headline (see _number_opens_statement): their numbers go in ``joined_posts``
    feed, maybe_posts = _feed_posts(lines, width)
    joined_posts: list[int] = []
    # the list items before the current one, each a line of its own with no sentence's end, in a run
    # ("- more money" / "- more troops"): a sentence below the last is no part of it (see _after_list)
    bare_items = 0
    speaker: str | None = None
    furniture = _page_furniture(lines, page_breaks)
    footnotes = _footnote_lines(lines, furniture, text)
    words = _numbers_in_sentences(lines, page_breaks)  # "Allies agreed" / "3 of 12" / "members…"
    french_record = _is_french_record(lines)  # "M. le président. …": so are its members tagged
    # a written question's asker and answerer are tags, but no sign that its other lines' names are
    names_are_tags = _is_transcript("\n".join(line for line in lines if _strip(line) not in question_tags)
                                    if question_tags else text, furniture, french_record)
    headlines = _headlines(lines, names_are_tags, french_record)  # "NATO: Allies agree…": a story's, no tag
    # the names that tag words: one of them tagging a figure alone speaks it ("RUTTE: 32."); another
    # label so is a vote's tally ("Za: 312. Przeciw: 1."), no speaker's turn
    speaking = _speaking_names(lines, names_are_tags, french_record)
    divisions = _division_lists(lines)  # "Division No. 112" / "AYES" / "Abbott, Diane": no one's words
    thread_totals = _thread_totals(text)
    emoji_bullets = _emoji_bullets(lines, names_are_tags, french_record)  # "✅ …" / "✅ …": a list's items
    stripped_lines = [_strip(line) for line in lines]
    menus = _menu_lines(stripped_lines)  # "Print" / "Email" / "Share": a web page's menu
    # each run of back matter left out below an end mark: the mark's line, the mark, and the lines and words left out
    back_matter: list[_BackMatter] = []
    chorus = False  # a chorus's tag alone on its line: its words are on the next
    holders: dict[str, str] = {}  # who holds each office a tag named with its holder ("The Prime Minister (…):")
    spellings: dict[str, str] = {}  # each speaker as first written, by _spelling_key (no titles' dots, any case)
    # who the tags of an office and a name named ("SECRETARY GENERAL MARK RUTTE:"), whom a later tag of the
    # office, name or surname alone names too ("SECRETARY GENERAL:", "RUTTE:")
    named = _NamedHolders()
    note_goes_on = False  # a publisher's note wrapped onto the next line ("…for length" / "and clarity.")
    note_below: bool | None = None  # after "Editor's note:" alone: False before its paragraph, True in it
    after_tag = False  # a tag was read, and none of its speaker's words yet
    # after a question's tag, the last line of its words read ("" before any), till a line of them is a list's item: a
    # dash opening the next line below its sentence's end opens the answer ("Q: Is NATO divided?" / "- No.")
    asked: str | None = None
    ended = True  # the line before was blank or ended a sentence
    opened_after_tag = opened_after_end = False  # so was the line before the current block's first
    in_note = False  # the current block is a note in a transcript ("Note: figures are in current prices.")
    # whether the speaker's words since the tag have a letter in lower case before the last line read, and with it,
    # and that line's place: a title is told by its case only beside such words (see _is_title)
    lower_before = lower_so_far = False
    last_at = 0
    resume = 0  # where a sentence cut by a page's end goes on (see _page_turn): the lines before it are skipped
    foot_from, foot = 0, (0, -1)  # the last look at a page's foot (see _page_foot): from where, and what it found
    headers: dict[str, tuple[str, int]] = {}  # each running header left out, by key: as first written, and how often

    def leave_out(line: str) -> None:
        """Count ``line``, left out, if it is a running header (not a page number; a header counting its
        page among the pages, "… Page 2 of 3", is one)."""
        key = _furniture_key(line)
        # a page-count line is named even once (a review: one left out alone was in no warning)
        if (key in furniture and not _is_page_mark(line, set())) or _is_page_count_line(line):
            written, times = headers.get(key, (line, 0))
            headers[key] = written, times + 1

    def close(tag_at: int | None = None, headline: bool = False) -> None:
        nonlocal current_is_item, in_note
        if current:
            # a heading alone on its line is no one's words ("QUESTIONS AND ANSWERS" after an answer); a
            # tag directly below (at ``tag_at``) sets it apart as a blank line does ("Opening Statement" / "SG:");
            # so is a news story's headline above its dateline (``headline``: a dateline's paragraph is next)
            apart = tag_at == last_at + 1 or _stands_apart(lines, last_at)
            title = (speaker is not None and not current_is_item and not in_note
                     and ((headline and _is_story_headline(current, opened_after_tag))
                          or _is_title(current, opened_after_end, opened_after_tag, lower_before, apart)))
            spoken = current[:-1] if title else current
            if spoken:
                joined, starts = _join_lines(spoken)
                blocks.append(_Block(joined, None if in_note else speaker, starts, current_numbers[:len(spoken)]))
            if title:
                blocks.append(_Block(current[-1], None, [0], current_numbers[-1:]))
            current.clear()
            current_numbers.clear()
        current_is_item = in_note = False

    in_entries = False  # below a live blog's stamped entry (see _may_open_entry), to the next tag outside one
    for at, raw in enumerate(lines):
        if at < resume:
            continue  # the foot of a page and the head of the next, inside a sentence
        stripped = _strip(raw)
        entry = _opens_entry(stripped) and _may_open_entry(lines, at, in_entries, speaker is not None)
        line = _without_timestamp(stripped, names_are_tags, entries=entry)
        if entry and not line:
            close(at)  # "14:05:" alone on its line: a live blog's new entry below, not the speaker's above
            speaker, in_entries = None, True
            continue
        line = _without_credit(line)  # "…our security. (Photo by …/Getty Images)": the sentences stay
        line = _without_opening_note(line)  # "Editor's note: … NATO leaders agreed…": the story stays
        line = _without_publication_line(line)  # "Published 3 March 2026 | NATO must…": the sentence stays
        # "Spending rose by" / "18" / "percent.": no page's number
        cue_number = caption and _is_cue_number(line, current[-1] if current else "")
        page_mark = bool(line) and not cue_number and at not in words and _is_page_mark(line, furniture)
        if current and (not line or page_mark or at in footnotes) and not _TERMINAL.search(current[-1]):
            if not foot_from <= at < foot[0]:  # a run of such lines is looked through once, from its first
                foot_from, foot = at, _page_foot(lines, at, furniture, footnotes, page_breaks)
            resume = _page_turn(lines, at, furniture, footnotes, page_breaks, foot, current[-1])
            if resume > at:
                for skipped in range(at, resume) if furniture else ():
                    leave_out(_strip(lines[skipped]))
                continue  # "…a permanent pres-" / "3" / "ence on the eastern flank.": one sentence
        if at in footnotes:
            close()  # a footnote at the foot of a page or the end: the source of a statement, no statement
            continue
        if at in divisions:
            close()  # a division and its lists of names, to the next tag or words: no one's statements
            continue
        if note_below is not None:
            if line and not _speaker_tag(line, names_are_tags, french_record=french_record):
                note_below = True
                continue  # the note below its label ("Editor's note:"): the editors' words, to a blank line or a tag
            note_below = False if not line and not note_below else None
        if note_goes_on:
            note_goes_on = line[:1].islower() and not _TERMINAL.search(line)
            if line[:1].islower():
                continue  # the rest of the note: no one's words either
        if current and _is_link_list(line) and (tags := _without_links(line)):
            # "…with Ukraine." / "#StandWithUkraine": a post's closing tags on a line of their own
            # stay with it, as after its last sentence (its links are left out); the post ends there
            current.append(tags)
            current_numbers.append(numbers[at])
            last_at = at
            if not (at + 1 < len(lines) and _is_link_list(following := _strip(lines[at + 1]))
                    and _without_links(following)):
                close()
            continue
        below = _strip(lines[at + 1]) if at + 1 < len(lines) else ""
        above = current[-1] if current else ""
        if (line and not page_mark and _BOILERPLATE.match(line) and not _date_in_sentence(line, above, below)
                and not _goes_on(line, above)):
            line = _without_opening_footer(line, below, above)  # "© 2026 Reuters. NATO allies agreed…": the story stays
        if line and (page_mark or ((_is_furniture(line, below, above) or at in menus)
                                   and not _date_in_sentence(line, above, below) and not _goes_on(line, above))
                or (_BARE_MARKER.match(line) and not cue_number and not _ends_cut_sentence(line, above, below))):
            close()  # a page number, running header, end mark, credit…: not part of any statement
            if _opens_mail(line) and not ((_DATE_LABEL.match(line) and _furniture_key(line) in furniture)
                                          or (_MAIL_DATE_HEADER.match(line) and stripped not in mail_dates)):
                # an e-mail pasted below a transcript: its body is no speaker's words. Not a date's running header:
                # a transcript prints its date atop each page ("Date: 4 March 2026, 10:00"), its turns going on
                # below; nor a date alone, no mail's without its other header lines
                speaker = None
            if blocks and _is_end_mark(line):
                # "###", "- ENDS -" below a release's or transcript's words: what follows may be its back
                # matter ("Notes to editors", "About NATO", its contacts), no one's words, and was scored
                # as the last speaker's; or, up to another end mark, the next release, which the first end
                # mark dropped unsaid (see _end_mark_tail). One above any statement ends nothing.
                end, back = _end_mark_tail(stripped_lines, at)
                speaker = None  # the next release is no one's, not the last speaker's above the mark
                if back:
                    left = [kept for kept in stripped_lines[at + 1:end] if kept]
                    if left:
                        back_matter.append(_BackMatter(numbers[at], line, len(left),
                                                       sum(len(kept.split()) for kept in left)))
                    if end == len(lines):
                        break
                    resume = end
                    continue
            if page_mark and (furniture or _is_page_count_line(line)):
                leave_out(line)
            note_goes_on = _EDITORIAL_NOTE.match(line) is not None and not _TERMINAL.search(line)
            note_below = False if _NOTE_LABEL_ALONE.match(line) else None
            continue
        # after ">>" a name and a colon is a tag (">> Rutte: We will…"), however few lines have one
        tag = None if at in headlines else _speaker_tag(line, names_are_tags or at in turns or line in question_tags,
                                                        after_question=speaker == "Q",
                                                        holders=holders, french_record=french_record,
                                                        speakers=speaking)
        if not tag and at in voices and (named.resolve(spellings.get(_spelling_key(voices[at]), voices[at]))
                                         != speaker or at in turns):
            # a caption's voice names its speaker as a tag would; the same voice in the next cue
            # goes on with its sentence, as a cue without one does, unless ">>" opens a turn: a new
            # sentence, its speaker still the one the voice names
            tag = voices[at], 0
        if not tag and at in turns:
            close(at)  # ">> WILL NATO SEND TROOPS?": a new speaker, unnamed, not the one before
            speaker = None
        if not tag and line and entry:
            close(at)  # "14:50 GMT: Zelensky has arrived.": a live blog's new entry, not the speaker's above
            speaker, in_entries = None, True
        elif tag:
            in_entries = entry  # "14:05 GMT: RUTTE: We are united.": the entry's speaker, the entries going on
        if chorus and line and not tag:
            chorus = False
            continue  # the words of the chorus tagged on the line before
        if tag and _CHORUS.fullmatch(tag[0]):
            chorus = not line[tag[1]:].strip()
            continue  # "Hon. Members: Hear, hear.": the statement around it goes on, as around "(Applause)"
        chorus = chorus and not tag
        if tag:
            close(at)
            after_tag = True
            lower_so_far = False
            speaker, tag_end = tag
            speaker = spellings.setdefault(_spelling_key(speaker), speaker)  # "Mr. Wimsey" is "Mr Wimsey"
            speaker = named.speaker(speaker, numbers[at])  # "SECRETARY GENERAL:" after "… MARK RUTTE:"
            line = _without_timestamp_after_tag(line[tag_end:].strip()).strip()  # "Speaker 2: (00:45)"
            if line and _BOILERPLATE.match(line) and not _date_in_sentence(line, "", below):
                # "PEVKUR: All rights reserved. Russia must pay.": the note that opens the turn is left out as on a
                # line of no tag, where the read above saw the tag first and kept it as a statement
                line = _without_opening_footer(line, below)
            if _ROSE_ALONE.fullmatch(line) and not _goes_on_below(below):
                # "Mr James Cartlidge (South Suffolk) (Con): rose—": the Member rising, no words, unless the line
                # below goes on with it ("Mr Healey: rose—" / "and the whole House listened.")
                line = ""
            asked = "" if speaker == "Q" else None
        directed = line
        if line and not (line := _without_stage_directions(line, not current or ended)):
            continue  # "(Applause)" alone: the statement around it goes on
        if current and line != directed and (line == "." or line.startswith(". ")):
            if current[-1].rstrip()[-1:] in _OWN_PUNCTUATION:
                close()  # "Let me say this:" / "(Applause).": the words end, with no "this:." of the stop's
                ended = True
            else:
                current[-1] += "."  # "We act" / "(Applause).": the stop the direction kept ends the line above
            if not (line := line[1:].lstrip()):
                continue
        line, opens_post, closes_post = _without_post_numbers(
            line, thread_totals, _strip(lines[at + 1]) if line.endswith("/") and at + 1 < len(lines) else "")
        if opens_post:
            close()  # a post ends the one before, as a bullet does
        if not line:
            close()
            ended = True
            continue
        if (not tag and speaker is not None and _opens_story(line) and (
                not current or _SENTENCE_END.search(current[-1]) or _is_story_headline(current, opened_after_tag))):
            # "BRUSSELS, Feb. 12 (Reuters) - …" opening a paragraph: a news story, no one's, to the next tag, as
            # after an end mark; the speaker above did not go on into it (a journalist's audit: a file of pieces),
            # nor into its headline, the line right above it, past blank lines and furniture (a byline)
            if current:
                close(headline=True)
            elif blocks and blocks[-1].speaker == speaker:
                blocks[-1:] = _without_headline(blocks[-1], opened_after_tag)
            speaker, asked = None, None
        # a line opening with a number below a headline opens a statement ("Summit outcome" / "32 Allies
        # agreed…"), below a wrapped line goes on ("…raise spending to" / "3.5% of GDP"); None: either
        # (see _number_opens_statement). A caption's or a timed transcript's lines run on past their cues.
        number_apart = _number_opens_statement(current, line, width) if current and not stamps else False
        # "Every Ally is bound by Article" / "5. It is the heart…": the number the word above asks for, not a
        # list's marker (a journalist's audit: "5." was dropped and the sentence cut)
        referenced_number = bool(current and not current_is_item and _REFERENCED_NUMBER.match(line)
                                 and _asks_for_number(current[-1])
                                 and not _BULLET.match(below := _next_words(lines, at))
                                 and not _NUMBERED_ITEM.match(below))
        number_apart = number_apart and not referenced_number
        dash_inside_sentence = (_DASH_BULLET.match(line) and current and not current_is_item
                                and not _TERMINAL.search(current[-1])
                                and _dash_goes_on(line, _strip(lines[at + 1]) if at + 1 < len(lines) else ""))
        if (asked and _DASH_BULLET.match(line) and _SENTENCE_END.search(asked)
                and not _answer_tag_below(lines, at, names_are_tags, french_record)):
            # an interview's answer, opened by a dash below the question: its speaker is "A", as an "A:"
            # tag would make it (a question ending in a colon leads into its own list instead, and
            # dash lines that an answer's tag follows are the question's options)
            close(at)
            speaker, after_tag, lower_so_far, asked = spellings.setdefault(_spelling_key("A"), "A"), True, False, None
        if _BULLET.match(line) and not dash_inside_sentence and not referenced_number:
            bare_items = bare_items + 1 if current_is_item and _is_bare_item(current) else 0
            close()
            current_is_item = True
            line = _BULLET.sub("", line, count=1)
        elif referenced_number:
            pass  # "…bound by Article" / "5. It is…": the sentence goes on with its number
        elif at in emoji_bullets and (emoji := _bullet_emoji(line)):
            close()
            current_is_item = True
            line = line[len(emoji):].lstrip()  # dropped as the other bullets are
        elif current_is_item and bare_items and _after_list(current, line):
            close()  # "- more troops" / "These decisions make us stronger.": the list is over
        elif at == resume and current:
            pass  # a sentence a page cut goes on past its turn ("…peace, on" / "Page 1" / "Ukraine's…")
        elif paragraphs and current and not _TERMINAL.search(current[-1]) and not _goes_on_below(line):
            close()  # "Defence spending" / "Now let me turn to money.": a heading, where no line wraps
        elif current and at in feed:
            close()  # "…in Riga today" / "NATO stands united with our Allies": a feed's posts, one a line
        elif number_apart:
            close()  # "Summit outcome" / "32 Allies agreed to…": a headline and the sentence below it
        elif current and (_DATELINE.match(line) or (((_is_heading(current)
                                                      and not _wrapped_before(_strip(lines[last_at]), line, width)
                                                      and not _runs_on_to_number(current[-1], line)
                                                      # a cue is no heading: "NATO now has" / "32 members."
                                                      and not (caption and line[:1].isdecimal())
                                                      # "As the Secretary General said" / "“NATO will…”": its
                                                      # words, no heading's lede (a title's "Said" stays one)
                                                      and not _quotes_what_above_says(current[-1], line))
                                                     or _is_part_heading(current)
                                                     or (_is_salutation(current[-1]) and not _is_salutation(line)))
                                                    and not _goes_on_below(line))):
            close()  # "Ladies and gentlemen," / "We will…": the address is no word of the sentence below
        if in_note and not _goes_on_below(line) and _SENTENCE_END.search(current[-1]):
            close()  # the note's sentences are over: the speaker's words go on
        if speaker is not None and not after_tag and _opens_note(line):
            close()
            in_note = True
        if not current:
            opened_after_tag, opened_after_end = after_tag, ended
        after_tag, ended = False, _SENTENCE_END.search(line) is not None
        lower_before, lower_so_far = lower_so_far, lower_so_far or any(map(str.islower, line))
        last_at = at
        if current and ((at in maybe_posts and not _TERMINAL.search(current[-1])) or number_apart is None
                        or (not stamps and not current_is_item and _capital_may_open_statement(current, line, width))
                        # a short press release wrapped at 70 columns: its lede too short for a width to be found
                        or (width is None and not stamps and not current_is_item and _reads_as_headline(current)
                            and _capital_may_open_statement(current, line, _lede_width(
                                [_strip(below) for below in lines[at:at + _LEDE_MOST_LINES]])))):
            # joined, though it may open a post or a headline's sentence ("Statement on aid debate" / "Some
            # politicians have called for…": a press release's headline and lede, joined without a word)
            joined_posts.append(numbers[at])
        current.append(line)
        current_numbers.append(numbers[at])
        if asked is not None:  # the question's own list, if its item: its next dash is its next item
            asked = None if current_is_item else line
        if _tags_below(below):
            pass  # "…our Allies. 🇺🇦💙💛" / "#StandWithUkraine": the post ends after its tags, read next
        elif closes_post or _ends_post(line) or (_ends_with_link(line) and not _goes_on_below(below)):
            close()  # a post's closing links end it, whatever ends its words ("…our Allies https://t.co/x1")
        elif _ends_with_emoji(line) and below[:1].isupper() and not _wrapped_before(line, below, width):
            close()  # "…in Riga today 🇱🇻" / "NATO stands united…": a post's flag ends it
    close()
    # "Mr Peter Harding (Bexley) (Con):", then "Mr Harding:": one speaker, named in full
    full = _full_names({block.speaker for block in blocks if block.speaker is not None})
    blocks = [block._replace(speaker=full[block.speaker]) if block.speaker in full else block for block in blocks]
    return blocks, dict(headers.values()), joined_posts, back_matter, named.unsure

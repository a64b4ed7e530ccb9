"""Timestamps and caption files: the times a transcript's lines open with, and the cues of subtitles.

A transcript may stamp its lines with the time they were said ("00:03:12 RUTTE: …",
"[01:02:03] …", "1:05 P.M. EST"), and a caption file (WebVTT or SRT) cuts its words into
timed cues, with their markup, voices and character references, often rolling a line up
from one cue to the next. They are read here, so that :mod:`stance.sentences` splits the
words alone, each as said once, with its speaker.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from .lines import _SENTENCE_END, _TERMINAL, _ZONES, _strip
from .speakers import _for_matching, _speaker_tag

# A timestamp opening a transcript's line, matched whole or not at all: a clock time, maybe with
# seconds and their fraction ("00:03:12.450", SRT's "00:03:12,450"), a time of day ("01:02:03 PM",
# "1:05 P.M. EST") or a range ("00:03:12 - 00:03:20"), in brackets or not, maybe with a dash or a
# bar after it ("00:03:12 - RUTTE: …"). A 24-hour time's zone goes with it ("14:32 GMT"), as a
# time of day's does: left behind, the zone was a statement. Bare, a time without seconds is none before "is" or "was"
# ("10:30 is when…" opens a sentence) nor before "a.m." or "p.m." (see _CLOCK_TIME), while a
# caption's words in lower case follow their timestamp ("0:05 and why the alliance matters").
_MERIDIEM = r"\s?[AaPp]\.?\s?[Mm]\b\.?"
_CLOCK = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d{{1,3}})?(?:{_MERIDIEM})?(?:\s+{_ZONES})?"
_SECONDS = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:[.,]\d{{1,3}})?|[.,]\d{{1,3}})(?:{_MERIDIEM})?(?:\s+{_ZONES})?"
_STAMP_END = r"(?:\s+[-–—|](?=\s|$))?(?:\s+|$)"
# A 24-hour time written with a dot, as the Guardian's live blogs and British papers write it, with
# its zone ("14.32 BST"): a timestamp as "14:32 GMT" is; without a zone "14.32" may be a number.
_DOTTED_ZONED = rf"(?:[01]?\d|2[0-3])\.[0-5]\d\s+{_ZONES}"
_WITH_SECONDS = re.compile(_SECONDS)
_TIMESTAMP = re.compile(
    rf"^(?:[\[(]{_CLOCK}(?:\s*(?:-->|[-–—]|to)\s*{_CLOCK})?[\])](?:\s+[-–—|](?=\s|$))?\s*|"
    rf"(?:{_SECONDS}(?:\s*(?:-->|[-–—]|to)\s*{_SECONDS})?|"
    rf"\d{{1,2}}:\d{{2}}(?!(?:\s+{_ZONES})?\s*(?:(?i:[ap]\.?m)\b|(?:is|was)\b))(?:\s+{_ZONES})?|"
    # a dotted one with its zone only before a live blog's dash or bar ("14.32 BST – Allies agreed…"); before
    # words it may be a wrapped sentence's ("…opened at" / "14.32 BST and ended…"), see _CLOCK_TIME
    rf"{_DOTTED_ZONED}(?=\s+[-–—|]\s)){_STAMP_END})")
# A live blog's entry stamp: a time with a colon after it, its zone or not ("14:05 GMT: Leaders agreed…",
# "14:05: …", "14.05 BST: …", "2.15pm: …"), or with its zone before a dash or bar ("14:20 GMT - …"). The colon
# is the stamp's: left behind, "GMT:" read as a speaker's tag and named every entry below. A dotted time only
# with its zone or "am"/"pm", since "14.05" may be a number; a ratio ("3:1") has no two digits after its colon.
_HOUR_MINUTE = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_ENTRY_STAMP = re.compile(
    rf"^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:{_MERIDIEM})?(?:\s+{_ZONES})?|{_DOTTED_ZONED}|{_HOUR_MINUTE}{_MERIDIEM}"
    rf"(?:\s+{_ZONES})?)\s*:(?:\s+|$)|^(?:{_HOUR_MINUTE}(?:{_MERIDIEM})?\s+{_ZONES})\s+[-–—|](?:\s+|$)")
# A time of day without seconds or brackets ("1:05 P.M. EST", "10:30 am"): a timestamp only
# alone on its line or before a speaker's tag, and a sentence's words before anything else.
# So is a dotted one with its zone ("14.32 BST"), which a wrapped sentence's line may open ("…opened at" /
# "14.32 BST and ended late at night.", a review of 777239f).
_CLOCK_TIME = re.compile(rf"^(?:\d{{1,2}}[:.]\d{{2}}{_MERIDIEM}(?:\s+{_ZONES})?|{_DOTTED_ZONED}){_STAMP_END}")
# A caption file's cue timing (WebVTT's "00:00:03.120 --> 00:00:09.480 align:start", SRT's
# "00:00:03,120 --> 00:00:09,480"), and the blocks of a WebVTT file that are no cue: its header
# ("WEBVTT", "Kind: captions") and its notes, styles and regions, each to a blank line.
_CUE_TIMING = re.compile(r"(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}(?:\s.*)?")
_WEBVTT_BLOCK = re.compile(r"(?:WEBVTT|NOTE|STYLE|REGION)(?:\s.*)?")
# The markup of a caption file's cue text, which is no one's words. A voice span ("<v Mark Rutte>",
# "<v.loud Mark Rutte>") names who speaks. Other spans open and close: WebVTT's classes, italics,
# bold, underline, ruby and language ("<c.yellow>", "<i>", "<lang en-GB>", "</c>"), its voice's
# close ("</v>") and SRT's fonts ("<font color=\"#ffffff\">"), in any case as SRT writes them; and
# WebVTT's timestamps inside a cue ("<00:00:07.500>", "<07.500>"), of which YouTube's captions are
# full; and the override codes in braces that SRT files made from ASS ones keep ("{\an8}", "{\i1}",
# "{\pos(10,20)}"). Ruby's text is a reading of the words before it ("<ruby>Kyiv<rt>KEEV</rt></ruby>"):
# it goes with its tags, to the ruby's end when its own close is left out, as WebVTT allows.
# The voice's spaces are all read before its name ("(?![ \t])", what a possessive "++" says,
# which Python 3.10 cannot compile): neither holds a "<" or ">", so giving back a space to the
# name never finds the ">" it lacks, and "<v" before a long run of spaces with no ">" was tried
# at each split of the run, quadratic (20,000 spaces took the reader 2.4 s).
_CUE_VOICE = re.compile(r"<v(?:\.[^\s<>.]+)*[ \t]+(?![ \t])([^<>]*)>")
_CUE_RUBY_TEXT = re.compile(r"<rt(?:\.[^\s<>.]+)*>.*?(?:</rt>|(?=</ruby>)|$)", re.IGNORECASE)
_CUE_TAG = re.compile(r"</?(?:[cibuv]|ruby|rt|lang)(?:\.[^\s<>.]+)*(?:[ \t][^<>]*)?>|</?font(?:\s[^<>]*)?>|"
                      r"<(?:(?:\d+:)?\d{1,2}:)?\d{1,2}[.,]\d{3}>|\{\\[^{}]*\}", re.IGNORECASE)
# The chevrons that open a new speaker's turn in closed captions (">>"; ">>>" a new story), with
# the spaces after them: no one's words, and no e-mail's quote marks there. A subtitle's dialogue
# dash ("- Will NATO send troops?" / "- No.") opens no turn: a dash opening a line is as often a
# sentence's going on, a list's bullet or an interview's answer (a known limit, which the README states).
_TURN_MARK = re.compile(r"^[ \t]*>>+[ \t]*")
# A character reference in cue text ("&amp;", "&lt;", "&nbsp;", "&lrm;", "&#39;"), decoded as a
# caption player decodes it: a name only whole and known (html.unescape alone decodes a legacy
# name's prefix, "&notanentity;" as "¬anentity;").
_SPACES_AFTER_SPACE = re.compile(r"(?<=[ \t])[ \t]+")
# the quote marks an entry may open with ("14:05: “We are united,” says Rutte.")
_OPENING_QUOTES = "\"'“‘„«‹»"
_CUE_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _without_timestamp(line: str, names_are_tags: bool = True, entries: bool = True) -> str:
    """``line`` (stripped) without the timestamp that opens it (see _TIMESTAMP), whole; a time
    of day without seconds (see _CLOCK_TIME) goes only alone or before a speaker's tag (counting
    names in ordinary case when ``names_are_tags``), since before other words it opens a sentence.
    A live blog's entry stamp (see _ENTRY_STAMP) goes only where ``entries`` (where the line may
    open an entry, see _may_open_entry); elsewhere such a line is kept whole, words.

    >>> _without_timestamp("[01:02:03 PM] RUTTE: Yes."), _without_timestamp("1:05 P.M. EST RUTTE: Yes.")
    ('RUTTE: Yes.', 'RUTTE: Yes.')
    >>> _without_timestamp("2:45 P.M. EST is when we met."), _without_timestamp("[00:03:12 RUTTE: Yes.")
    ('2:45 P.M. EST is when we met.', '[00:03:12 RUTTE: Yes.')
    >>> _without_timestamp("14:05 GMT: Leaders agreed."), _without_timestamp("14.05 BST: We met.")
    ('Leaders agreed.', 'We met.')
    """
    if not line[:1].isdigit() and line[:1] not in "[(":  # most lines: no time
        return line
    stamp = _ENTRY_STAMP.match(line)
    if stamp:
        return line[stamp.end():] if entries else line
    stamp = _TIMESTAMP.match(line)
    if stamp:
        return line[stamp.end():]
    stamp = _CLOCK_TIME.match(line)
    if stamp and (stamp.end() == len(line) or _speaker_tag(line[stamp.end():], names_are_tags)):
        return line[stamp.end():]
    return line


def _opens_entry(line: str) -> bool:
    """Whether ``line`` (stripped) opens with a live blog's entry stamp (see _ENTRY_STAMP): a new
    entry, which no speaker of the entry above says.

    >>> _opens_entry("14:05 GMT: Leaders agreed."), _opens_entry("14:20 GMT - Spain objects."), _opens_entry("3:1 won")
    (True, True, False)
    """
    return line[:1].isdigit() and _ENTRY_STAMP.match(line) is not None


def _may_open_entry(lines: list[str], at: int, in_entries: bool, in_turn: bool = False) -> bool:
    """Whether the line at ``at`` of ``lines`` (raw), which opens with an entry stamp (see
    _opens_entry), opens a live blog's entry. A stamp with its zone ("14:05 GMT:") does wherever it
    stands, but for one that goes on a sentence the line above leaves open or opens with a word in
    lower case below a line of words ("…was held at" / "14:00 GMT: it passed…"). A zoneless one
    ("14:05:") does at the text's start, below a heading standing alone or another stamped entry
    (``in_entries``, whatever that entry ends with), or below a blank line where the words after it
    open with a capital or a quote and the text above is no speaker's turn (``in_turn``); a stamp
    alone on its line counts as opening so. Elsewhere the time is words: a schedule inside a speech
    ("09:30: I meet the ministers.", after a blank line or not) and a sentence the line above leaves
    open ("…meet tomorrow at" / "10:30: the room…").

    >>> _may_open_entry(["We met.", "", "14:05: Leaders agreed."], 2, False)
    True
    >>> _may_open_entry(["RUTTE: The programme is:", "09:30: I meet them."], 1, False)
    False
    >>> _may_open_entry(["RUTTE: We are united.", "14:20 GMT: Spain objects."], 1, False)
    True
    >>> _may_open_entry(["RUTTE: The vote was held at", "14:00 GMT: it passed."], 1, False)
    False
    """
    line = _strip(lines[at])
    zoned = re.search(_ZONES, line[:_ENTRY_STAMP.match(line).end()]) is not None
    # the first line not blank, not a copy of the lines above each stamp's: 200,000 lines were quadratic
    if in_entries or all(not _strip(lines[before]) for before in range(at)):
        return True
    above = _strip(lines[at - 1])
    words = _without_timestamp(line)
    opens = not words or words[:1].isupper() or words[:1] in _OPENING_QUOTES
    if not above:
        return zoned or (opens and not in_turn)
    heading = (not _SENTENCE_END.search(above) and (at == 1 or not _strip(lines[at - 2]))
               and _speaker_tag(above, True) is None)
    if zoned:
        return heading or (_SENTENCE_END.search(above) is not None and not words[:1].islower())
    return heading and opens


def _without_timestamp_after_tag(text: str) -> str:
    """``text``, the words after a speaker's tag, without the timestamp that opens them (see
    _TIMESTAMP), as Rev's transcripts stamp each turn ("Speaker 2: (00:45)" / "Thank you…"):
    one in brackets or with seconds, since a bare time is an answer's words ("A: 10:30").

    >>> _without_timestamp_after_tag("(00:45) Thank you."), _without_timestamp_after_tag("00:01:02")
    ('Thank you.', '')
    >>> _without_timestamp_after_tag("10:30"), _without_timestamp_after_tag("(2014) was the year.")
    ('10:30', '(2014) was the year.')
    """
    stamp = _TIMESTAMP.match(text) if text[:1].isdigit() or text[:1] in "[(" else None
    if stamp and (text[0] in "[(" or _WITH_SECONDS.match(text)):
        return text[stamp.end():]
    return text


def _stamp_lines(lines: list[str]) -> set[int]:
    """Which of ``lines`` only stamp times, to be passed over as if they were not there (a
    sentence runs on past them): a timestamp alone on its line ("[00:03:12]", "0:05" above
    a caption's words, "1:05 P.M. EST"), and a caption file's cues' timings (see _CUE_TIMING), the
    line above each that names its cue (SRT's number), the blank lines between cues and a
    WebVTT file's header, notes, styles and regions (see _WEBVTT_BLOCK). A cue is no paragraph:
    its sentence may go on in the next.

    >>> sorted(_stamp_lines(["1", "00:00:01,000 --> 00:00:02,000", "We stand", "", "2",
    ...                      "00:00:02,000 --> 00:00:03,000", "united.", "[00:00:04]", "Yes."]))
    [0, 1, 3, 4, 5, 7]
    """
    stamps: set[int] = set()
    timings: list[int] = []
    for at, raw in enumerate(lines):
        line = _strip(raw)
        if "-->" in line and _CUE_TIMING.fullmatch(line):
            timings.append(at)
        elif line and not _without_timestamp(line, entries=False):
            stamps.add(at)
    webvtt = _opens_webvtt(lines)
    if not timings and not webvtt:
        return stamps
    stamps.update(timings)
    for at in timings:  # the cue's name above its timing: SRT's number, or after a blank line WebVTT's
        name = _strip(lines[at - 1]) if at else ""
        if name and (name.isdigit() or at == 1 or not _strip(lines[at - 2])):
            stamps.add(at - 1)
    # a cue's number with a blank line between it and its timing, or a stray one at the end: no
    # cue's words, which stand below a timing ("Spending rose by" / "18" / "percent." keeps its "18")
    stamps.update(at for at, raw in enumerate(lines) if _strip(raw).isdigit() and not _is_cue_text(lines, at))
    opens_block = True
    in_block = False
    for at, raw in enumerate(lines):  # WebVTT's blocks that are no cue, each to a blank line
        line = _strip(raw)
        in_block = bool(line) and (in_block or (webvtt and opens_block and _WEBVTT_BLOCK.fullmatch(line) is not None))
        if in_block:
            stamps.add(at)
        opens_block = not line
    below = False  # whether the next line that is not blank is a cue's
    for at in range(len(lines) - 1, -1, -1):
        if _strip(lines[at]):
            below = at in stamps
        elif below:
            stamps.add(at)
    return stamps


# A subtitle's note of a sound or of how words are said, alone on its line as captions for the deaf
# set one ("[Anthem fades]", "[crowd cheering]", "[speaking Ukrainian]", "(anthem fades)"): no one's
# words, though no stage direction known by name (see stance.stage_directions), and run by a
# sentence's rules into the words of the next cue ("[Anthem fades] Good evening."). A word in lower
# case tells it from a name in brackets ("[Mark Rutte]", a speaker's); one in parentheses only
# when it is its cue's whole text, since a speaker's aside may wrap onto a line of its own ("we will
# stand" / "(and I mean this)" / "with Ukraine.").
_CUE_NOTE = re.compile(r"\[[^\[\]]{1,80}\]|\([^()]{1,80}\)")
_NOTE_WORD = re.compile(r"[^\W\d_]+")


def _sound_notes(lines: list[str], stamps: set[int]) -> set[int]:
    """Which of a caption file's ``lines`` are a note of a sound alone on its line (see
    _CUE_NOTE), to be passed over as its ``stamps`` (the timings and cue numbers) are.

    >>> lines = ["1", "00:00:01,000 --> 00:00:04,200", "<i>[Anthem fades]</i>", "", "[Mark Rutte]", "(and I mean it)",
    ...          "we will", "2", "00:00:04,500 --> 00:00:08,900", "(anthem fades)"]
    >>> sorted(_sound_notes(lines, {0, 1, 3, 7, 8}))
    [2, 9]
    """
    notes: set[int] = set()
    for at, raw in enumerate(lines):
        if at in stamps or ("[" not in raw and "(" not in raw) or "<v" in raw:
            continue  # most lines; a voice's names its speaker
        note = _strip(_cue_text(raw))
        if not _CUE_NOTE.fullmatch(note) or not any(word[0].islower() for word in _NOTE_WORD.findall(note)):
            continue
        if note.startswith("(") and not all(near < 0 or near >= len(lines) or near in stamps or not _strip(lines[near])
                                            for near in (at - 1, at + 1)):
            continue  # "(and I mean this)" among a cue's lines: maybe a speaker's aside
        notes.add(at)
    return notes


def _is_cue_text(lines: list[str], at: int) -> bool:
    """Whether line ``at`` of a caption file's ``lines`` is a cue's text: below a cue's timing
    (see _CUE_TIMING), no blank line between, save YouTube's line of a space right below it.

    >>> lines = ["1", "", "00:00:01,000 --> 00:00:02,000", "We stand", "32", "", "2"]
    >>> [_is_cue_text(lines, at) for at in (0, 3, 4, 6)]
    [False, True, True, False]
    """
    for above in range(at - 1, -1, -1):
        line = _strip(lines[above])
        if "-->" in line and _CUE_TIMING.fullmatch(line):
            return True
        if not line and not (lines[above] and above and _CUE_TIMING.fullmatch(_strip(lines[above - 1]))):
            return False
    return False


def _opens_webvtt(lines: list[str]) -> bool:
    """Whether ``lines`` are a WebVTT file's, which its header's "WEBVTT" opens."""
    return bool(lines) and _strip(lines[0]).startswith("WEBVTT")


def _is_caption_file(lines: list[str]) -> bool:
    """Whether ``lines`` are a caption file's: a WebVTT header opens them, or a cue's timing
    is among them (see _CUE_TIMING), as in an SRT file."""
    return _opens_webvtt(lines) or any("-->" in line and _CUE_TIMING.fullmatch(_strip(line)) for line in lines)


# Digits alone on a cue's line, without a full stop, maybe with a thousands separator or a
# decimal ("18", "1,200", "3.5"): a figure a sentence runs on through. "32." or "1." is not one:
# a list's marker or a page's number, as in other text.
_NUMBER_ALONE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _is_cue_number(line: str, above: str) -> bool:
    """Whether ``line``, a caption file's cue text (stripped), is a number alone that is words of
    the sentence ``above`` (the line before, "" if none) left unended: "Spending rose by" /
    "18" / "percent.". Any other number alone is a page's number or a list's marker, as elsewhere:
    a cue's own numbers stand above its timing and are passed over already (see _stamp_lines).

    >>> _is_cue_number("18", "Spending rose by"), _is_cue_number("1,200", "We spend"), _is_cue_number("3.5", "By")
    (True, True, True)
    >>> _is_cue_number("32.", "Allies now number"), _is_cue_number("1", "Our aims are:"), _is_cue_number("2", "")
    (False, False, False)
    """
    return bool(above) and not _TERMINAL.search(above) and _NUMBER_ALONE.fullmatch(line) is not None


def _rolled_lines(lines: list[str], stamps: set[int]) -> set[int]:
    """Which of a caption file's ``lines`` rolling captions show again: the lines a cue opens
    with that the cue before ended with, as shown (see _cue_text; with single spaces), passed
    over as a cue's timing is (the lines ``stamps``, see _stamp_lines). Captions roll when two
    cues or more, and most after the first, open so: YouTube's show each line again above the
    next, a broadcaster's roll-up all but the top one. In captions that do not roll a line
    said again in the next cue ("No." / "No.") was said twice, and is kept.

    >>> sorted(_rolled_lines(["00:01.000 --> 00:02.000", "we will", "00:02.000 --> 00:03.000", "we  will",
    ...                       "never<02.500><c> leave</c>", "00:03.000 --> 00:04.000", "never leave", "Estonia."],
    ...                      {0, 2, 5}))
    [3, 6]
    """
    cues: list[list[tuple[int, str]]] = []  # each cue's lines with words, and what each shows
    for at, raw in enumerate(lines):
        line = _strip(raw)
        if "-->" in line and _CUE_TIMING.fullmatch(line):
            cues.append([])
        elif cues and at not in stamps and (shown := " ".join(_cue_text(line).split())):
            cues[-1].append((at, shown))
    shown_again: list[list[tuple[int, str]]] = []  # of each cue that rolls, its lines the cue before showed
    for before, cue in zip(cues, cues[1:]):
        ended = [shown for _, shown in before]
        # the most lines, since a roll-up of three shows two again
        again = next((n for n in range(min(len(before), len(cue)), 0, -1)
                      if ended[-n:] == [shown for _, shown in cue[:n]]), 0)
        if again:
            shown_again.append(cue[:again])
    later = sum(bool(cue) for cue in cues) - 1  # the cues with words after the first
    if len(shown_again) < 2 or 2 * len(shown_again) <= later:
        return set()
    return {at for lines_again in shown_again for at, _ in lines_again}


def _cue_lines(lines: list[str]) -> tuple[list[str], list[int], dict[int, str]]:
    """A caption file's cue text ``lines`` without their markup (see _CUE_TAG), its character
    references decoded; each line's place in ``lines``; and the voice that opens a line (see
    _CUE_VOICE), by its place in the lines returned. A voice that changes inside a line
    opens a line of its own, numbered as the one it is on, and one alone on its line opens
    the next; a line that markup alone made is left out, as a cue's timing is, and a blank
    one is kept.

    >>> _cue_lines(["<v.loud Mark Rutte>We</v> <v Kaja Kallas>Yes &amp; no.", "<v Mark Rutte>", "<c></c>",
    ...             "", "we<00:07.500><c> will</c>"])
    (['We ', 'Yes & no.', '', 'we will'], [0, 0, 3, 4], {0: 'Mark Rutte', 1: 'Kaja Kallas', 3: 'Mark Rutte'})
    """
    kept: list[str] = []
    origins: list[int] = []
    voices: dict[int, str] = {}
    voice: str | None = None  # a voice alone on its line, or before nothing else, for the words after it
    for at, line in enumerate(lines):
        if "<" not in line and "&" not in line and "{" not in line:  # most lines: plain words, or a blank line
            if voice is not None and _strip(line):
                voices[len(kept)], voice = voice, None
            kept.append(line)
            origins.append(at)
            continue
        pieces: list[tuple[str | None, str]] = []  # each voice, and the words after it
        start = 0
        for span in _CUE_VOICE.finditer(line):
            pieces.append((None, line[start:span.start()]))
            pieces.append((_for_matching(_cue_text(span.group(1)))[0].strip() or None, ""))
            start = span.end()
        pieces.append((None, line[start:]))
        for name, piece in pieces:
            voice = name or voice
            if not _strip(piece := _cue_text(piece)):
                continue  # markup's, or no words before a voice
            if voice is not None:
                voices[len(kept)], voice = voice, None
            kept.append(piece)
            origins.append(at)
    return kept, origins, voices


def _without_turn_marks(lines: list[str]) -> tuple[list[str], set[int]]:
    """A caption file's cue text ``lines`` without the chevrons that open a speaker's turn (see
    _TURN_MARK), and which of them opened with them: each opens a sentence and a speaker, the
    one its tag names or none.

    >>> _without_turn_marks([">> RUTTE: We stand.", "with Ukraine.", ">>>Next story.", "a >> b", "- No."])
    (['RUTTE: We stand.', 'with Ukraine.', 'Next story.', 'a >> b', '- No.'], {0, 2})
    """
    turns: set[int] = set()
    kept: list[str] = []
    for at, line in enumerate(lines):
        mark = _TURN_MARK.match(line) if ">>" in line else None
        if mark:
            turns.add(at)
            line = line[mark.end():]
        kept.append(line)
    return kept, turns


def _cue_text(text: str) -> str:
    """``text``, a piece of a cue's, without its markup (see _CUE_TAG) and with its character
    references decoded (see _CUE_ENTITY); in a piece that had markup, each run of spaces is
    one, so that markup between two spaces leaves one.

    >>> _cue_text("Spend <i>more</i> <b> </b> on &lt;defence&gt;<00:00:08.000><c> now</c>&nbsp;!")
    'Spend more on <defence> now\xa0!'
    """
    if "<" in text or "{" in text:
        text = _CUE_RUBY_TEXT.sub("", text)
        # "on <i> defence</i>" is "on defence", not "on  defence"
        text = _SPACES_AFTER_SPACE.sub("", _CUE_TAG.sub("", text)) if _CUE_TAG.search(text) else text
    if "&" in text:
        text = _CUE_ENTITY.sub(_decoded_reference, text)
    return text


def _decoded_reference(reference: re.Match[str]) -> str:
    """The character ``reference`` (see _CUE_ENTITY) stands for; itself if its name is unknown.

    >>> [_decoded_reference(_CUE_ENTITY.match(r)) for r in ("&amp;", "&#39;", "&notanentity;")]
    ['&', "'", '&notanentity;']
    """
    text = reference.group()
    if text[1] != "#" and text[1:] not in html5:
        return text
    return html.unescape(text)

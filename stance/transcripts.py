"""A transcript's speakers read across its lines.

Whether a text is a transcript, its names counting as tags (:func:`_is_transcript`, and the
Assemblée's record, :func:`_is_french_record`); a question and its answer run together on one
line put on two (:func:`_qa_lines`); a tag wrapped at its brackets brought onto one line
(:func:`_wrapped_tags`); and whether dash lines below a question are its options
(:func:`_answer_tag_below`); the lists of names under a division in Hansard (:func:`_division_lists`);
and a headline that a label in capitals opens ("NATO: Allies agree
…"), which is no tag (:func:`_headlines`). The tags themselves are read in :mod:`stance.speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .captions import _without_timestamp
from .lines import (
    _CAP,
    _LINE_EDGES,
    _RECORD_TAIL,
    _SENTENCE_END,
    _is_furniture,
    _is_heading,
    _records_of_a_line,
    _strip,
)
from .list_items import _DASH_BULLET
from .numbered_lines import _without_lines
from .pages import _is_page_mark
from .speakers import (
    _FIGURE,
    _FRENCH_CHAIR_TAG,
    _TAG_SPAN,
    _TALLY_TURN,
    _composed,
    _is_courtesy,
    _is_tally,
    _is_vote_label,
    _speaker_tag,
    _spelling_key,
    _wraps_tag,
)
from .stage_directions import _DIRECTIONS, _INTERJECTION


def _wrapped_tags(lines: list[str], numbers: list[int],
                  page_breaks: set[int]) -> tuple[list[str], list[int], set[int]]:
    """``lines``, their ``numbers`` and ``page_breaks``, each speaker tag that wraps onto the
    next line at its brackets (see :func:`stance.speakers._wraps_tag`) brought onto one line, the
    line it opens, so that it is read as a tag on one line is.

    >>> _wrapped_tags(["Mr Peter Harding (Bexley)", "(Con): I beg to move."], [1, 2], set())
    (['Mr Peter Harding (Bexley) (Con): I beg to move.'], [1], set())
    """
    joined = [at for at in range(len(lines) - 1) if "(" in lines[at + 1] and _wraps_tag(lines[at], lines[at + 1])]
    if not joined:
        return lines, numbers, page_breaks
    lines = list(lines)
    for at in reversed(joined):  # from the end, so that a line joined is the one below's whole
        lines[at] = f"{lines[at].rstrip()} {lines[at + 1].strip()}"
    return _without_lines(lines, numbers, page_breaks, {at + 1 for at in joined})


# A question and its answer run together on one line ("Q: Will you…? A: Yes, and soon."): a
# line that a question's or an answer's tag opens, and the other's tag after a sentence's end
# in it. Only these tags: a name and a colon after a full stop ("…today. Rutte: thanks.") may
# be a statement's words, and "A:" inside a sentence a plan's ("Is plan A: more tanks?").
# A stage direction may stand between the sentence's end and the tag ("Is NATO united?
# (Laughter) A: Of course."), as the room answers the question before the speaker does, and
# so may one bracket of the questioner's outlet or name, as a tag's own ("Q (Reuters):") has it
# ("Will NATO send more troops? (Reuters) A: We will."); it stays on the question's line.
_QA_OPENING = re.compile(
    r"(?:(?P<question>Q|Question|QUESTION)|A|Answer|ANSWER)(?: ?\[[^\[\]]{1,60}\]| ?\([^()]{1,60}\))? ?[:：﹕]")
_RUN_ON_DIRECTIONS = (rf"(?:\s*(?i:\((?:{_DIRECTIONS}|{_INTERJECTION})[^()]{{0,200}}\)"
                      rf"|\[{_DIRECTIONS}[^\[\]]{{0,200}}\]))*")
_RUN_ON_BETWEEN = rf"{_RUN_ON_DIRECTIONS}(?:\s*\([^()]{{1,60}}\){_RUN_ON_DIRECTIONS})?"
_RUN_ON_ANSWER = re.compile(
    rf"[.?!…][\"”’»)\]]*{_RUN_ON_BETWEEN}(\s+)(?:A|Answer|ANSWER) ?(?::(?=\s|[A-Z\"“‘'])|[：﹕])")
_RUN_ON_QUESTION = re.compile(
    rf"[.?!…][\"”’»)\]]*{_RUN_ON_BETWEEN}(\s+)(?:Q|Question|QUESTION) ?(?::(?=\s|[A-Z\"“‘'])|[：﹕])")


def _qa_lines(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """``lines`` and their ``numbers``, each question and answer run together on one line put
    on a line of its own (see _QA_OPENING), numbered as the line it is on.

    >>> _qa_lines(["Q: Why? A: Because. Q: When?", "A: Now.", "We chose plan A. A: it won."], [1, 2, 3])
    (['Q: Why?', 'A: Because.', 'Q: When?', 'A: Now.', 'We chose plan A. A: it won.'], [1, 1, 1, 2, 3])
    """
    split: list[str] = []
    split_numbers: list[int] = []
    for line, number in zip(lines, numbers):
        opening = _QA_OPENING.match(line.lstrip(_LINE_EDGES))
        question = opening is not None and opening.group("question") is not None
        while opening and (cut := (_RUN_ON_ANSWER if question else _RUN_ON_QUESTION).search(line)):
            split.append(line[:cut.start(1)])
            split_numbers.append(number)
            line, question = line[cut.end(1):], not question
        split.append(line)
        split_numbers.append(number)
    return split, split_numbers


def _answer_tag_below(lines: list[str], at: int, names_are_tags: bool, french_record: bool) -> bool:
    """Whether the first speaker tag below line ``at`` is an answer's ("A:", "Answer:", "A."):
    then the dash lines below a question, from ``at``, are its options ("Q: Which first?" /
    "- Air defence" / "- More tanks" / "A: Air defence."), not an answer that a dash opens.

    >>> _answer_tag_below(["Q: Which?", "- Tanks", "- Jets", "", "A: Jets."], 1, True, False)
    True
    >>> _answer_tag_below(["Q: Divided?", "- No.", "Q: And Ukraine?"], 1, True, False)
    False
    """
    for raw in lines[at + 1:]:  # read once per question a dash follows, to the next tag
        line = _without_timestamp(_strip(raw), names_are_tags)
        tag = _speaker_tag(line, names_are_tags, after_question=True, french_record=french_record) if line else None
        if tag:
            return tag[0] == "A"
    return False


def _is_transcript(text: str, furniture: set[str] = frozenset(), french_record: bool = False) -> bool:
    """Whether two or more lines open with a speaker tag, counting names in ordinary case
    (and, in the Assemblée's record without dashes, ``french_record``, its members' tags);
    lines that are running headers (``furniture``, see :func:`_page_furniture`) are not read."""
    tags, speaker, question_at = 0, None, None
    for at, raw in enumerate(text.splitlines()):
        line = _without_timestamp(_strip(raw))
        if not line:
            continue
        if question_at is not None and _DASH_BULLET.match(line) and line[1:].lstrip()[:1].isupper():
            # "Question: Will you stay?" / "– Yes.": the answer a dash opens is the second tag,
            # as below "Q:"; one "Question:" or "Vraag:" alone was no tag, and its answer no one's.
            # A capital, as an answer opens: "- spend more on defence" below an article's
            # "Question: what next?" is a list, which made every later line an answer's.
            return True
        question_at = None
        if _is_furniture(line) or _is_page_mark(line, furniture):  # "Tags: …" names nobody, nor a running header
            continue
        tag = _speaker_tag(line, True, after_question=speaker == "Q", french_record=french_record)
        if tag:
            tags, speaker = tags + 1, tag[0]
            if tags == 2:
                return True
            question_at = at if speaker == "Q" else None
    return False


# A line that may be a label and a vote's tally alone ("Za: 312. Przeciw: 1.", "Nein: 120", "Pour : 312"):
# a label of no figure, as a time's ("The vote ends at 10:30.") is not. Only a text with one has the
# lines that may tag its label read in advance (see _speaking_names).
_TALLY_LINE = re.compile(rf"[^\d:：]{{1,80}}[:：]\s*(?:{_TALLY_TURN.pattern})")


def _speaking_names(lines: list[str], names_are_tags: bool, french_record: bool = False) -> frozenset[str]:
    """The :func:`stance.speakers._spelling_key` of each name that tags a line of ``lines`` with
    words, no vote's tally alone, or that tags the answer to a question, among the names that tag
    a tally: such a name tagging a tally ("RUTTE: 32." beside "RUTTE: We agreed.", or below
    "MODERATOR: How many Allies agreed?") is its speaker's, where a label that tags only
    tallies ("Za: 312. Przeciw: 1.") is none (see :func:`stance.speakers._speaker_tag`). Only
    the lines whose head holds a tally's label are read, and none in a text with no tally, so
    that a transcript's tags are not all read twice.

    >>> sorted(_speaking_names(["MODERATOR: Hi.", "RUTTE: 32.", "RUTTE: We agreed.", "Za: 312. Przeciw: 1."], True))
    ['rutte']
    >>> sorted(_speaking_names(["[00:01] MODERATOR: How many Allies agreed?", "", "[00:04] RUTTE: 32."], True))
    ['rutte']
    >>> _speaking_names(["RUTTE: We agreed.", "The vote ends at 10:30."], True)
    frozenset()
    >>> sorted(_speaking_names(["MODERATOR: 3.", "The Moderator (Allison Hart): Next.", "Ayes: 3."], True))
    ['allison hart', 'moderator']
    """
    read = [_without_timestamp(_strip(raw), names_are_tags) for raw in lines]
    # a label and the heads it is looked for in are read composed, as a tag's name is: a name typed once composed and
    # once decomposed ("Pérez: 312." / "PE\u0301REZ: We agreed.", a text pasted from two sources) is one speaker's
    labels = {composed.partition(":")[0].partition("：")[0].strip().casefold()
              for composed in map(_composed, read) if _TALLY_LINE.fullmatch(composed)}
    said = [line for line in read if line] if labels else []
    # A label is in a line's head as its words in a row, looked up by its first word (each label
    # searched for in each head cost lines × labels: a list of 8,000 candidates' votes, "Kowalski
    # Jan: 1234 głosów", 15.8 s). A label of no word is searched for.
    runs = _runs_by_first_word(labels)
    wordless = [label for label in labels if not _WORD.search(label)]
    names = set()
    holders: dict[str, str] = {}  # each office a tag named with its holder ("Moderator (Allison Hart):")
    for at, line in enumerate(said):
        head = _composed(line[:_TAG_SPAN]).casefold()
        if not _holds_a_run(_WORD.findall(head), runs) and not any(label in head for label in wordless):
            continue
        tag = _speaker_tag(line, names_are_tags, holders=holders, french_record=french_record, speakers=None)
        # a figure alone right below a question is its answer ("CHAIR: Votes in favour?" / "CLERK: 312."):
        # a speaker's, as below "Q:", not a tally that the chair's words go on with; but a vote's side
        # so answering the chair's "Those in favour?" ("Ayes: 312.") is the tally still
        if tag and (not _is_tally(line[tag[1]:]) or (_answers(said, at, tag[1]) and not _is_vote_label(tag[0]))):
            names.add(_spelling_key(tag[0]))
    # the office of a holder who speaks is a speaking name too, "The" or not: "MODERATOR: 3." is the words of
    # "Moderator (Allison Hart):" or "The Moderator (Allison Hart):", above or below it, no tally
    offices = {office.removeprefix("the ") for office, holder in holders.items() if _spelling_key(holder) in names}
    return frozenset(names | offices)


def _runs_by_first_word(labels: Iterable[str]) -> dict[str, dict[int, set[tuple[str, ...]]]]:
    """Each of ``labels`` as its words (see _WORD), by its first word and its number of words,
    for :func:`_holds_a_run`; a label of no word is left out. An office with its holder's name
    ("moderator (allison hart)") gives the office alone too: its holder speaks
    in the office's tag ("MODERATOR: We agreed."), which was not read, and "Moderator (Allison
    Hart): 3." was a statement of no one's.

    >>> _runs_by_first_word(["in favour", "za", "—"])
    {'in': {2: {('in', 'favour')}}, 'za': {1: {('za',)}}}
    >>> _runs_by_first_word(["moderator (allison hart)"])
    {'moderator': {1: {('moderator',)}, 3: {('moderator', 'allison', 'hart')}}}
    """
    runs: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    offices = (label.partition("(")[0] for label in labels if "(" in label)
    for words in map(_WORD.findall, sorted({*labels, *offices})):
        if words:
            runs.setdefault(words[0], {}).setdefault(len(words), set()).add(tuple(words))
    return runs


def _holds_a_run(words: list[str], runs: dict[str, dict[int, set[tuple[str, ...]]]]) -> bool:
    """Whether ``words`` hold one of ``runs`` (see :func:`_runs_by_first_word`) as words in a
    row, each looked up where its first word stands: a set's lookup a word, whatever the
    number of labels, and a label whose first word is common ("In favour: 312.") matches only
    the lines that hold it, not every line that holds "in".

    >>> runs = _runs_by_first_word(["in favour", "za"])
    >>> [_holds_a_run(line.split(), runs) for line in ("in the end", "votes in favour", "za", "zakrzewski")]
    [False, True, True, False]
    """
    for first in runs.keys() & words:  # the words that begin a label, found at C's speed
        at = -1
        for _ in range(words.count(first)):
            at = words.index(first, at + 1)
            if any(tuple(words[at:at + length]) in same for length, same in runs[first].items()):
                return True
    return False


def _answers(said: list[str], at: int, end: int) -> bool:
    """Whether the line ``said[at]``, a label and a figure after its end ``end``, answers the
    question on the line above it (``said``: the text's lines that are not blank): one figure
    below a question ("CHAIR: Votes in favour?" / "CLERK: 312."), a speaker's as below "Q:",
    with no tally below it. The chair's "Kto jest za?" goes on with the division's result, a
    line of tallies ("Za: 312. Przeciw: 1.") or a tally a line ("Za: 312." / "Przeciw: 1."):
    its labels are no speakers.

    >>> _answers(["CHAIR: Votes in favour?", "CLERK: 312.", "CHAIR: Against?"], 1, 6)
    True
    >>> _answers(["MARSZAŁEK: Kto jest za?", "Za: 312.", "Przeciw: 1."], 1, 3)
    False
    >>> _answers(["MARSZAŁEK: Kto jest za?", "Za: 312. Przeciw: 1."], 1, 3)
    False
    """
    below = said[at + 1] if at + 1 < len(said) else ""
    return (at > 0 and _asks(said[at - 1])
            and _ONE_FIGURE.fullmatch(_composed(said[at][end:].strip())) is not None
            and not _TALLY_LINE.fullmatch(_composed(below)))


_WORD = re.compile(r"\w+")
# A figure alone, as a speaker answers a question ("32.", "2%."), no line of tallies.
_ONE_FIGURE = re.compile(rf"(?:{_FIGURE})[.;]?")


def _asks(line: str) -> bool:
    """Whether ``line`` ends with a question ("MODERATOR: How many?", "Votes in favour?”").

    >>> _asks("MODERATOR: How many Allies agreed?"), _asks("The result of the division.")
    (True, False)
    """
    return line.rstrip("\"'’”»)]* ").endswith(("?", "？"))


def _is_french_record(lines: list[str]) -> bool:
    """Whether a line of ``lines`` opens with the Assemblée's chair tagged without a dash
    ("M. le président. La séance est ouverte."), so that its members' tags are read so too.

    >>> _is_french_record(["M. le président. La parole est à M. Dupont."]), _is_french_record(["M. Dupont. Il…"])
    (True, False)
    """
    return any(_FRENCH_CHAIR_TAG.match(_strip(line)) for line in lines)


# The heading below a written question's title: "Question for Ministry of Defence" (the Commons',
# the Lords'), "Question for written answer E-001234/2026" (the European Parliament's)
_QUESTION_HEADING = re.compile(r"(?:Written )?[Qq]uestion\b")


def _headlines(lines: list[str], names_are_tags: bool, french_record: bool = False) -> set[int]:
    """The places in ``lines`` of headlines that a name in capitals and a colon open, as an
    acronym heads a story ("NATO: Allies agree to boost defence spending", "EU: …") or Hansard
    a debate ("NATO: Eastern Flank"): they read as a tag in capitals, which counts on one line
    alone ("RUTTE: We agree."), and made the whole text that name's. A transcript's tag shows
    itself by what a headline has not: its name tags another line too, or words it says end a
    sentence. So a line is a headline when it stands apart (a blank line or the text's end
    below it) with words after its tag that end no sentence, and either no other line of the
    text opens with a tag (the prose below is no one's) or those words are a title ("Eastern
    Flank", not a greeting) and its name tags no other line; such a title is one too above a
    question's heading ("NATO: Baltic States" / "Question for Ministry of Defence", a written
    question's) in a text where no other line opens with a tag. A name with a title ("Mr Healey:") or a
    question's or answer's tag is never one.

    >>> _headlines(["NATO: Allies agree to boost defence spending", "", "Allies agreed."], False)
    {0}
    >>> _headlines(["NATO: Eastern Flank", "", "Sarah Whitfield (Ashby North) (Lab): We must.", "",
    ...             "RUTTE: We are united.", "", "RUTTE: Thank You Very Much", ""], True)
    {0}
    >>> _headlines(["RUTTE: We are united and we", "will stand firm."], False), _headlines(["RUTTE:", "We."], False)
    (set(), set())
    >>> _headlines(["NATO: Baltic States", "Question for Ministry of Defence", "", "We act."], False)
    {0}
    >>> _headlines(["CHAIR: The Secretary General", "Mark Rutte", "RUTTE: Thank you, Chair."], True)
    set()
    >>> _headlines(["RUTTE: WE WILL DEFEND", "EVERY INCH OF ALLIED TERRITORY"], False)
    set()
    >>> _headlines(["BIDEN: God Bless Ukraine", "God Bless America"], False)
    set()
    """
    def stands_apart(at: int) -> bool:
        return at + 1 == len(lines) or not _strip(lines[at + 1])

    def heads_a_block(at: int) -> bool:
        # a question's heading right below ("NATO: Baltic States" / "Question for Ministry of Defence",
        # as a parliament's written question is headed): no speaker's words wrap onto it. Any other
        # heading may be a lone speaker's words wrapped ("BIDEN: God Bless Ukraine" / "God Bless America",
        # "KALLAS: Estonia" / "Latvia"); nor one in capitals, as captions write a speaker's words
        # ("RUTTE: WE WILL DEFEND" / "EVERY INCH OF…"), nor a line of no word ("300,000")
        below = _strip(lines[at + 1]) if at + 1 < len(lines) else ""
        return (not lines[at].isupper() and bool(_QUESTION_HEADING.match(below)) and not below.isupper()
                and _is_heading([below]))

    def may_be_one(at: int, line: str) -> bool:  # a capital's head and a colon, words that end no sentence
        head, colon, words = line[:_TAG_SPAN].partition(":")
        words = words.strip()
        return bool(colon and head.isupper() and words and not _SENTENCE_END.search(words)
                    and (stands_apart(at) or heads_a_block(at)))

    # most texts have no line that may be one: the tags of every line are read only when one may
    if not any(may_be_one(at, line) for at, line in enumerate(lines)):
        return set()
    read = [_without_timestamp(_strip(raw), names_are_tags) for raw in lines]
    tags = {at: tag for at, line in enumerate(read)
            if line and (tag := _speaker_tag(line, names_are_tags, french_record=french_record))}
    names = Counter(_spelling_key(name) for name, _ in tags.values())  # how many lines each name tags
    headlines = set()
    for at, (name, end) in tags.items():
        words = read[at][end:].strip()
        if not name.isupper() or name in ("Q", "A") or not words or _SENTENCE_END.search(words):
            continue
        titled = names[_spelling_key(name)] == 1 and _is_heading([words]) and not _is_courtesy(words)
        # above a heading only in a text of no other tag: in a transcript a speaker's words wrap onto
        # a line that reads as one ("CHAIR: The Secretary General" / "Mark Rutte", "WE STAND" / "WITH UKRAINE")
        if (stands_apart(at) and (len(tags) == 1 or titled)) or (len(tags) == 1 and titled and heads_a_block(at)):
            headlines.add(at)
    return headlines


# What opens a division in Hansard, above its lists of names: "Division No. 112", "The House
# divided: Ayes 312, Noes 14.", the Lords' "Division on Amendment 3" and "Contents 220; Not-Contents
# 180." (the first two are furniture already; see stance.lines._is_furniture).
# The Lords' are matched in their case, since "division on amendment 3 was lost." may wrap a sentence. A line
# that goes on past the division into a sentence of its own (see stance.lines._RECORD_TAIL) is words.
_DIVISION = re.compile(rf"(?i:division no\.?\s*\d+|(?:the )?(?:house|chamber|committee) divided\s*:){_RECORD_TAIL}|"
                       r"Division on (?:Amendment|Motion|the Motion)\b[^.!?]{0,60}|"
                       r"Contents,? \d+;? Not-Contents,? \d+\.?")
# The headings of a division's lists: "AYES", "NOES", "Ayes: 312", "Tellers for the Ayes:" (its
# tellers' names may follow on the line), the Lords' "CONTENTS", "Content", "NOT-CONTENTS", "Not-Content".
_DIVISION_HEADING = re.compile(r"(?i:(?:ayes|noes|contents?|not[- ]contents?)\s*[:,;]?\s*(?:\d{1,3}\.?)?|"
                               r"tellers? for the (?:ayes|noes|contents?|not[- ]contents?)\b.*)")
# A name on a division's list, surname first ("Abbott, Diane", "Abbott, Ms Diane", "Smith, John
# (Bexley)", the Lords' "Adonis, L.", "Anelay of St Johns, B."), or a teller's, with a title
# ("Mr Joe Bloggs", "Mr Joe Bloggs and Ms Jane Doe"): capitalised words but for names' particles,
# so that a sentence ("However, we must act.") is none.
_LIST_PARTICLE = r"(?:of|de|van|von|le|la|du|da|di|bin|al|and)"
_DIVISION_WORD = rf"(?:[{_CAP}][\w'’.\-]*|{_LIST_PARTICLE})"
_TELLER = (rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount)\.?"
           rf"(?: [{_CAP}][\w'’.\-]*){{1,4}}")
# Tellers are also named without titles, two by two ("Chris Elmore and Jeff Smith"): two words or more
# each, joined by "and", since a word alone ("Ukraine and Russia") may be a heading's.
_UNTITLED_TELLER = rf"[{_CAP}][\w'’\-]*(?: [{_CAP}][\w'’.\-]*){{1,3}}"
_DIVISION_NAME = re.compile(
    rf"[{_CAP}][\w'’\-]*(?: {_DIVISION_WORD}){{0,4}},(?: {_DIVISION_WORD}){{1,5}}(?: \([^()]{{1,40}}\))?|"
    rf"{_TELLER}(?: and {_TELLER})?|{_UNTITLED_TELLER} and {_UNTITLED_TELLER}")


def _division_lists(lines: list[str]) -> set[int]:
    """The places in ``lines`` of the lists of names under a division in Hansard (see _DIVISION):
    its headings ("AYES", "NOES", "Tellers for the Ayes:", the Lords' "CONTENTS", "Not-Content")
    and the Members' names ("Abbott, Diane", "Adonis, L.", "Mr Joe Bloggs and Ms Jane Doe"), to
    the next speaker's tag or other words. They are no one's statements: read as a text's lines,
    they were the statements of the speaker before the division.

    >>> _division_lists(["Luke Harrow: I commend it.", "Division No. 112", "AYES", "Abbott, Diane", "",
    ...                  "Tellers for the Noes:", "Mr Joe Bloggs and Ms Jane Doe", "Question accordingly agreed to."])
    {1, 2, 3, 5, 6}
    >>> _division_lists(["Abbott, Diane", "AYES"]), _division_lists(["Division No. 5", "However, we must act."])
    (set(), {0})
    """
    places: set[int] = set()
    in_list = False
    for at, raw in enumerate(lines):
        line = _strip(raw)
        if _DIVISION.fullmatch(line) or any(_DIVISION.fullmatch(record) for record in _records_of_a_line(line)):
            in_list = True
            places.add(at)
        elif in_list and line and (_DIVISION_HEADING.fullmatch(line) or _DIVISION_NAME.fullmatch(line)):
            places.add(at)
        elif line:
            in_list = False
    return places

"""A text's lines, numbered as an editor numbers them, before they are read.

:func:`_numbered_lines` splits a text into lines, each with its number in the document and
the page breaks among them (soft hyphens and form feeds read); :func:`_without_lines` leaves
lines out and keeps the numbers and page breaks of the rest; :func:`_without_quote_marks`
drops the marks that quote lines in an email or on a forum, and the e-mail program's line above them;
:func:`_without_signatures` blanks an e-mail's signature; :func:`_without_mail_headers` the names in
an e-mail's header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .lines import _CAP, _CONTACT_LENGTH, _MAIL_HEADER, _MAIL_HEADER_LINE, _SENTENCE_END, _goes_on_below, _strip


def _numbered_lines(text: str) -> tuple[list[str], list[int], set[int]]:
    r"""``text``'s lines, each with its number in the document as an editor counts them (a
    line break is "\n", "\r\n" or "\r"), from 1; and which of the lines a page break opens.

    A soft hyphen marks where a word was broken: a line ending in one keeps it there, the only
    one it keeps, so that :func:`stance.wrapping._join_lines` joins the word's halves while each
    line keeps its own number (a statement starting after the broken word is numbered with the
    line it starts on). A form feed is a page break, often inside a sentence: one that opens a
    line is dropped, and one inside a line breaks it, the two numbered as one; either way the
    line after it is one that a page break opens (see :func:`_page_turn`).

    >>> _numbered_lines("deter\u00ad\nrence.\n\x0cNext\x0cpage\r\nEnd")
    (['deter\xad', 'rence.', 'Next', 'page', 'End'], [1, 2, 3, 3, 4], {2, 3})
    """
    if not any(mark in text for mark in _UNUSUAL_BREAKS) and text.count("\r") == text.count("\r\n"):
        # most texts: every line an editor's, as str.splitlines splits them
        lines = text.splitlines()
        return lines, list(range(1, len(lines) + 1)), set()
    lines: list[str] = []
    numbers: list[int] = []
    page_breaks: set[int] = set()
    pieces = _EDITOR_LINE_BREAK.split(text)  # each line, then the break after it
    for number, (raw, after) in enumerate(zip(pieces[::2], [*pieces[1::2], ""]), start=1):
        breaks_word = raw.endswith("\u00ad") and after != ""  # a word that goes on below
        if number > 1 and raw.startswith("\x0c"):
            raw = raw[1:]  # a page break where a line opens: no break of its own
            page_breaks.add(len(lines))
        for page, piece in enumerate(raw.replace("\u00ad", "").split("\x0c")):
            if page:
                page_breaks.add(len(lines))
            # the break at the end, so that a line ending in another (U+2028) leaves its empty line
            split = (piece + "\n").splitlines()
            lines.extend(split)
            numbers.extend([number] * len(split))
        if breaks_word and lines:
            lines[-1] += "\u00ad"  # "deter\u00ad": its word goes on below
    return lines, numbers, page_breaks


# The marks that quote a line in an email or on a forum ("> ", ">> ", "> > ", ">" alone), not ">"
# before a number, which compares ("> 2% of GDP").
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s*)+(?=[^\d\s]|$)")
# The line an e-mail program writes above the lines it quotes, with the message's date and time and
# its sender ("On Tue, 10 Mar 2026 at 18:30, Press Office <press@mod.example> wrote:", "Am 10.03.2026
# um 18:30 schrieb …:", "Le mar. 10 mars 2026 à 18:30, … a écrit :"): the program's words, not the
# sender's, and ending in a colon it ran on into the first quoted sentence, scored so as one
# statement of no target. Its time tells it from a sentence that leads into a quotation ("On
# Tuesday the minister wrote:"), with the date's year that every mail program writes beside it ("On
# Tuesday at 18:30 the minister wrote:" is words too).
_QUOTE_ATTRIBUTION = re.compile(r"(?:On\s.{0,160}\bwrote|Am\s.{0,160}\bschrieb\b.{0,160}|"
                                r"Le\s.{0,160}\ba\s+écrit)\s*:")
# A time of day, "18:30", "9:14:02", "18.30", but not the day and month of a date ("10.03.2026").
_CLOCK_TIME = re.compile(r"(?<![\d.:/])\d{1,2}(?::\d{2}(?::\d{2})?|\.\d{2})(?![.:/]?\d)")
# A date's year: "2026", or the last of a date's numbers ("10.03.26", "3/10/26").
_MAIL_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def _is_quote_attribution(line: str) -> bool:
    """Whether ``line`` is an e-mail program's line above what it quotes (see _QUOTE_ATTRIBUTION).

    >>> _is_quote_attribution("On Tue, 10 Mar 2026 at 18:30, Press Office <press@mod.example> wrote:")
    True
    >>> _is_quote_attribution("On Tuesday the minister wrote:"), _is_quote_attribution("On 10.03.2026, Tom wrote:")
    (False, False)
    """
    line = line.strip()
    return (_QUOTE_ATTRIBUTION.fullmatch(line) is not None and _CLOCK_TIME.search(line) is not None
            and _MAIL_YEAR.search(line) is not None)


def _quote_depth(line: str) -> int:
    """How many quote marks open ``line`` (see _QUOTE_MARKS): 2 for a quote of a quote.

    >>> _quote_depth("> > We act."), _quote_depth(">> We act."), _quote_depth("We act.")
    (2, 2, 0)
    """
    marks = _QUOTE_MARKS.match(line)
    return marks.group().count(">") if marks else 0


def _without_quoted_attributions(quoted: list[str], marked: list[str]) -> list[str]:
    """``quoted`` (a run of quoted lines without their marks, ``marked`` the lines with them)
    with each e-mail program's line blanked that quotes the lines below it, deeper: in a thread
    the reply quoted keeps the line above what it quoted ("> On …, … wrote:" / ">> NATO must…"),
    which would run into the first sentence it quoted as the line above a run does.

    >>> attribution = "On Mon, 9 Mar 2026 at 10:00, Tom <t@x.com> wrote:"
    >>> marked = ["> Yes.", f"> {attribution}", ">", ">> We act."]
    >>> _without_quoted_attributions(["Yes.", attribution, "", "We act."], marked)
    ['Yes.', '', '', 'We act.']
    """
    for at, line in enumerate(quoted):
        if not line.endswith(":"):
            continue  # most lines: a character test first
        first = _attribution_start(quoted, at)
        # wrapped, it is quoted as deep on each of its lines ("> On …, Jan Novak" / "> <jan@…>" / "> wrote:")
        if first < 0 or any(_quote_depth(marked[near]) != _quote_depth(marked[at]) for near in range(first, at)):
            continue
        below = at + 1
        while below < len(quoted) and not quoted[below]:
            below += 1
        if below < len(quoted) and _quote_depth(marked[below]) > _quote_depth(marked[at]):
            quoted[first:at + 1] = [""] * (at + 1 - first)
    return quoted


_ATTRIBUTION_LINES = 3  # the most lines Gmail wraps its "On …, … wrote:" over: a long name and address take three


def _attribution_start(lines: list[str], last: int) -> int:
    """Where the e-mail program's line above what it quotes (see _is_quote_attribution) that ends at
    ``lines[last]`` starts, wrapped over up to three lines, as Gmail wraps it at 78 characters ("On Tue, …,
    Anna Berg" / "<anna@x.example>" / "wrote:"); -1 if none ends there. Never after a sentence's end: a
    sentence with a date and a time above "She wrote:" is words. But a name's initial or "p.m." ends a line
    as a stop does ("…, J. Smith Jr." / "<j@x.example> wrote:"): a line below it with the address, or in
    lower case, is the program's still (see _is_wrapped_half).

    >>> _attribution_start(["We met.", "On Mon, 3 Mar 2026 at 10:02, Jan Novak", "<jan@x.example>", "wrote:"], 3)
    1
    >>> _attribution_start(["On 3 Mar 2026 at 10:02, Allies met.", "The minister", "wrote:"], 2)
    -1
    """
    if _is_quote_attribution(lines[last]):
        return last
    if not lines[last].rstrip().endswith(":"):
        return -1
    for first in range(last - 1, max(last - _ATTRIBUTION_LINES, -1), -1):
        if not lines[first].strip() or (_SENTENCE_END.search(lines[first].rstrip())
                                        and not _is_wrapped_half(lines[first + 1])):
            return -1
        if _is_quote_attribution(" ".join(line.strip() for line in lines[first:last + 1])):
            return first
    return -1


def _is_wrapped_half(line: str) -> bool:
    """Whether ``line``, a lead-in to a quote, can only be the second half of a mail program's wrapped
    "On …, … wrote:": it holds the sender's address or opens in lower case ("wrote:", "écrit :"), as a
    story's "The Secretary General wrote:" does not.

    >>> _is_wrapped_half("<anna@x.example> wrote:"), _is_wrapped_half("wrote:"), _is_wrapped_half("She wrote:")
    (True, True, False)
    """
    line = line.strip()
    return "@" in line or _goes_on_below(line)


def _without_quote_marks(lines: list[str], turns: bool = False) -> list[str]:
    """``lines`` without the marks that quote them (see _QUOTE_MARKS), so that quoted lines
    read as the text would without them ("> We will never recognise the annexation" / "> of
    Crimea by Russia." is one sentence). A run of two marked lines or more that each open with a
    capital and end no sentence is a list of ">" items, and keeps its bullets. With ``turns``
    (a caption file's lines), ">>" opening a line is no quote mark but a speaker's turn, kept
    for stance.captions._without_turn_marks.

    >>> _without_quote_marks(["> We will never recognise", "> of Crimea.", ">", "> 2% of GDP"])
    ['We will never recognise', 'of Crimea.', '', '> 2% of GDP']
    >>> _without_quote_marks(["Our demands", "> No more weapons", "> Bring them home"])
    ['Our demands', '> No more weapons', '> Bring them home']
    >>> _without_quote_marks(["> We act.", "> -- ", "> Tom Reed | Defence desk"])
    ['We act.', '', '']
    """
    if not any(">" in line for line in lines):
        return lines  # most texts: nothing quoted
    lines = list(lines)

    def quoted_line(line: str) -> bool:
        return _QUOTE_MARKS.match(line) is not None and not (turns and line.lstrip().startswith(">>"))

    at = 0
    while at < len(lines):
        if not quoted_line(lines[at]):
            at += 1
            continue
        end = at
        while end < len(lines) and quoted_line(lines[end]):
            end += 1
        above = at - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        # "On …, Press Office <…> wrote:": the e-mail program's, no one's words, maybe wrapped over three lines
        first = _attribution_start(lines, above) if above >= 0 else -1
        if first >= 0:
            lines[first:above + 1] = [""] * (above + 1 - first)
        # a signature quoted with its message ("> -- " / "> Tom Reed | Defence desk") is read as one
        # unquoted is, before its separator loses the space that tells it, as every quoted line is stripped
        quoted = [_strip(line) for line in _without_signatures([_QUOTE_MARKS.sub("", line) for line in lines[at:end]])]
        quoted = _without_quoted_attributions(quoted, lines[at:end])
        said = [line for line in quoted if line]
        if not (len(said) > 1 and all(line[:1].isupper() and not _SENTENCE_END.search(line) for line in said)):
            lines[at:end] = quoted
        at = end
    return lines


# An e-mail's signature separator, "-- " with its space alone on its line, as mail programs write it
# (RFC 3676): the lines below it, to a blank line, are the sender's name, post, outlet and numbers
# ("Tom Reed | Defence correspondent" / "Northern Ledger"), scored as statements. A longer block is
# no signature but words after a separator, and stays; so is a block with a sentence in it.
_SIGNATURE_SEPARATOR = "-- "
_SIGNATURE_LINES = 8
# A sentence's end inside a line, before a capital ("Views my own. NATO must…", "Wir stehen zusammen.
# Übermorgen…", "Мы едины. Россия…": any alphabet's capitals, _CAP), after a word in lower case, a
# name of five letters or more ("We stand with Ukraine. Allies…") or an acronym ("I work for NATO.");
# a title's or number's dot is none ("Dr. Tom Reed", "Prof. Tom Reed", "Tel. +44 20 7946 0000").
_SENTENCE_INSIDE = re.compile(
    rf"\b(?:[^\W\d_{_CAP}][^\W\d_]+|[{_CAP}][^\W\d_{_CAP}]{{4,}}|[{_CAP}]{{2,}})[.!?…][\"”’»)\]]*\s+[{_CAP}]")


def _has_sentence(lines: list[str]) -> bool:
    """Whether a line of ``lines`` ends a sentence or has one end inside it: no signature's, whose
    lines are names, posts, outlets and numbers, but the words of someone after a separator.

    >>> _has_sentence(["Tom Reed | Defence correspondent", "Dr. Tom Reed", "Tel. +44 20 7946 0000"])
    False
    >>> _has_sentence(["RUTTE: Allies agreed."]), _has_sentence(["Views my own. NATO must act"])
    (True, True)
    >>> _has_sentence(["Мы едины. Россия — угроза"]), _has_sentence(["Тел. Москва"])
    (True, False)
    >>> _has_sentence(["We stand with Ukraine. Allies must act"]), _has_sentence(["Prof. Tom Reed"])
    (True, False)
    """
    return any(_SENTENCE_END.search(line.rstrip()) or _SENTENCE_INSIDE.search(line) for line in lines)


def _without_signatures(lines: list[str]) -> list[str]:
    """``lines`` with each e-mail signature blanked: the lines below a separator "-- " to a
    blank line, eight at most and with no sentence (see _SIGNATURE_SEPARATOR), the separator
    with them. Blank, they end the paragraph above as the separator did, and each line keeps its number.

    >>> _without_signatures(["Thanks.", "-- ", "Tom Reed | Defence correspondent", "Northern Ledger", "", "> We act."])
    ['Thanks.', '', '', '', '', '> We act.']
    >>> _without_signatures(["We act.", "--", "Tom Reed"])
    ['We act.', '--', 'Tom Reed']
    >>> _without_signatures(["RUTTE: We act.", "-- ", "KALLAS: Russia is the threat."])
    ['RUTTE: We act.', '-- ', 'KALLAS: Russia is the threat.']
    """
    if _SIGNATURE_SEPARATOR not in lines:
        return lines  # most texts: no signature
    lines = list(lines)
    for at, line in enumerate(lines):
        if line != _SIGNATURE_SEPARATOR:
            continue
        end = at + 1
        while end < len(lines) and lines[end].strip() and end - at - 1 <= _SIGNATURE_LINES:
            end += 1
        # a longer block, or one with a sentence, is words, not a signature: a "-- " may part a text's sections
        if end - at - 1 <= _SIGNATURE_LINES and not _has_sentence(lines[at + 1:end]):
            lines[at:end] = [""] * (end - at)
    return lines


# The most lines below a header's read for the end of a sentence it opens: a sentence of 500 characters or so wrapped
# at 78 ("From: the Baltic" / "to the Black Sea, …" / … / "territory."), as a signature's (see _SIGNATURE_LINES).
_WRAPPED_SENTENCE_LINES = 8


def _sentence_goes_on_at(lines: list[str], at: int, headers: Sequence[object] = ()) -> bool:
    """Whether ``lines[at]`` carries on a sentence from the line above to its end, a stop, within a few
    lines before a blank one or a header's (those of ``headers`` that are true): a wrapped sentence does ("to the Black
    Sea, we stand.", "… write to press@x.example."), as a header's wrapped names and addresses ("anna@x.example",
    "and editors" above the blank line or above "Subject: Patrols") do not.

    >>> _sentence_goes_on_at(["From: the Baltic", "to the Black Sea,", "we stand."], 1)
    True
    >>> _sentence_goes_on_at(["To: Tom Reed,", "anna@x.example"], 1), _sentence_goes_on_at(["To: all", "and us", ""], 1)
    (False, False)
    >>> _sentence_goes_on_at(["From: the Baltic", "to the Black Sea, write to press@x.example."], 1)
    True
    >>> _sentence_goes_on_at(["To: all", "and us", "Subject: Patrols", "we act."], 1, [True, None, True, None])
    False
    """
    if at >= len(lines) or not _goes_on_below(lines[at].strip()):
        return False
    for below in range(at, min(at + _WRAPPED_SENTENCE_LINES, len(lines))):
        line = lines[below].strip()
        # a sentence runs through no header's line: the body's first sentence below "Subject: …" is not the names'
        if not line or (below < len(headers) and headers[below]):
            return False
        if _SENTENCE_END.search(line):
            return True
        if "@" in line:  # an address among names, before any sentence's end
            return False
    return False


# A list of names going on onto the next line: the line above ends in a list's mark ("To: all press officers," / "the
# duty desk"), or this one opens with a list's word ("and editors", "via NATO Press") or is an address alone.
_NAMES_GO_ON_BELOW = re.compile(r"[,;&]\s*$")
_NAMES_GOING_ON = re.compile(r"(?:and|or|via|&)(?!\S)|<?[^\s@<>]+@[^\s@<>]+>?[,;]?$", re.IGNORECASE)


def _wrapped_names_end(lines: list[str], at: int, headers: list[re.Match[str] | None]) -> int:
    """Where the names of a header's line above ``lines[at]``, wrapped onto the lines from ``at`` ("To: all press
    officers" / "and editors", "To: Tom Reed," / "anna@x.example"), end: at a blank line, a header's line (see
    ``headers``) or the text's end, within a few lines, each opening in lower case, going on a list (see
    _NAMES_GOING_ON) and ending no sentence; else ``at``, nothing wrapped (a body's sentence that the header's line
    runs into is words, as it was, with its stop or without: "To: Tom Reed" / "hi Tom, we will send more shells").

    >>> _wrapped_names_end(["To: all", "and editors", "", "We act."], 1, [True, None, None, None])
    2
    >>> _wrapped_names_end(["To: all", "and editors", "We act."], 1, [True, None, None])
    1
    >>> _wrapped_names_end(["To: Tom Reed", "we will send more shells", ""], 1, [True, None, None])
    1
    """
    below = at
    while (below < min(at + _WRAPPED_SENTENCE_LINES, len(lines)) and not headers[below]
           and _goes_on_below(lines[below].strip()) and not _SENTENCE_END.search(lines[below].rstrip())
           and (_NAMES_GO_ON_BELOW.search(lines[below - 1]) or _NAMES_GOING_ON.match(lines[below].strip()))):
        below += 1
    return below if below == len(lines) or not lines[below].strip() or headers[below] else at


def _without_mail_headers(lines: list[str]) -> list[str]:
    """``lines`` with the names blanked in each e-mail header that names its sender and recipients
    without their addresses, as Outlook writes one inside an organisation ("From: Anna Berg" /
    "Sent: Tuesday, March 10, 2026 6:30 PM" / "To: Tom Reed" / "Cc: Defence desk"): each was scored
    as a statement of no target, and a "Von:" or "De :" line read as a speaker's tag. A header is a run
    of header lines, one after another, with a sender's and a sending date's with its year and time
    of day (see stance.lines._MAIL_HEADER); its subject stays, the message's headline, and a sender's
    or recipients' line ending a sentence is words ("From: the Baltic to the Black Sea, we stand."), as is
    one whose sentence the line below carries on ("From: the Baltic" / "to the Black Sea, we stand.").

    >>> _without_mail_headers(["From: Anna Berg", "Sent: Tuesday, March 10, 2026 6:30 PM", "To: Tom Reed",
    ...                        "Subject: RE: Patrols", "", "To: all Allies"])
    ['', 'Sent: Tuesday, March 10, 2026 6:30 PM', '', 'Subject: RE: Patrols', '', 'To: all Allies']
    >>> _without_mail_headers(["Date: 3 March 2026, 18:30", "DE: Thank you, Chair", "FR: We agree."])
    ['Date: 3 March 2026, 18:30', 'DE: Thank you, Chair', 'FR: We agree.']
    """
    headers = [_MAIL_HEADER_LINE.match(line) if ":" in line[:20] and len(line) <= _CONTACT_LENGTH else None
               for line in lines]
    if not any(header and header["date"] for header in headers):
        return lines  # most texts: no e-mail's date
    headers = _without_delegation_tags(lines, headers)
    lines = list(lines)
    for run in _runs_of(headers):
        end = run.stop
        if (any(headers[line]["party"] and headers[line]["party"].lower() in _SENDER_LABELS for line in run)
                and any(headers[line]["date"] and _MAIL_HEADER.fullmatch(lines[line].strip()) for line in run)):
            for line in run:
                value = headers[line]["value"].strip()
                # a sentence's opening that the line below carries on ("From: the Baltic" / "to the Black Sea, …")
                goes_on = line + 1 == end and _sentence_goes_on_at(lines, end, headers)
                if headers[line]["party"] and value and not _SENTENCE_END.search(value) and not goes_on:
                    if line + 1 == end:  # its names wrapped below ("and editors"), a scrap scored so
                        wrapped = _wrapped_names_end(lines, end, headers)
                        lines[end:wrapped] = [""] * (wrapped - end)
                    lines[line] = ""
    return lines


def _runs_of(headers: list) -> Iterator[range]:
    """The runs of consecutive lines of ``headers`` that are headers, each as a range of line
    numbers: each line is looked at once, whatever is done to a run before the next is found.

    >>> list(_runs_of([None, 1, 1, None, 1]))
    [range(1, 3), range(4, 5)]
    """
    at = 0
    while at < len(headers):
        end = at
        while end < len(headers) and headers[end]:
            end += 1
        if end > at:
            yield range(at, end)
        at = end + 1


_SENDER_LABELS = frozenset({"from", "von", "de"})  # see _without_mail_headers
# The labels only a French mail program writes (see _without_delegation_tags).
_FRENCH_MAIL_LABELS = frozenset({"envoyé", "envoyé le", "à", "cci", "répondre à", "objet"})


def _without_delegation_tags(lines: list[str], headers: list[re.Match[str] | None]) -> list[re.Match[str] | None]:
    """``headers``, the mail header line each of ``lines`` is or None, with None for each "DE:" in capitals that
    is Germany's code tagging its delegation in a meeting's record, not French mail's sender label: its words
    below a "Date: 3 March 2026, 18:30" line were blanked as a sender's name. It is the sender's in a run of
    header lines that holds a label only French mail writes ("Envoyé", "À", "Objet"), as a header printed in
    capitals has it ("DE : Anna Berg" / "ENVOYÉ : mardi 10 mars 2026 18:30" / "À : Tom Reed").

    >>> lines = ["Date: 3 March 2026, 18:30", "DE: Thank you, Chair", "", "DE : Anna Berg", "À : Tom Reed"]
    >>> [bool(header) for header in _without_delegation_tags(lines, [_MAIL_HEADER_LINE.match(line) for line in lines])]
    [True, False, False, True, True]
    """
    headers = list(headers)
    for run in _runs_of(headers):
        # each run read once: a line's label is what precedes its colon
        if not any(lines[line].split(":", 1)[0].strip().lower() in _FRENCH_MAIL_LABELS for line in run):
            for line in run:
                if headers[line]["party"] == "DE":
                    headers[line] = None
    return headers


# A written parliamentary question's lines of who asked it and who answered it, each alone on its line, as
# Parliament's site prints them ("Asked by Lord Ashwell" above the question, "Answered by Baroness Marlow" above
# the answer): they play a transcript's tags' part, and were scored as statements of no target, the question and
# the answer no one's. A name is capitalised words, "of" among them ("Baroness Smith of Basildon"), with maybe
# its seat or party in brackets ("Tom Reed (Exampleton)"), which is not the name, nor is a stop after it ("Asked by
# Lord Ashwell."); a capital may be any alphabet's ("Łukasz Nowak").
_WRITTEN_QUESTION_PARTY = re.compile(
    rf"(?P<role>Asked|Answered) by (?P<name>(?:[{_CAP}][\w'’.-]*)(?: (?:of |the |de )?[{_CAP}][\w'’.-]*){{0,6}})"
    r"(?<!\.)(?: \([^()\n]{1,60}\))?\.?")


def _written_question_tags(lines: list[str]) -> tuple[list[str], frozenset[str]]:
    """``lines`` with a written question's "Asked by …" and "Answered by …" lines read as the tags
    they stand for, "Lord Ashwell:", so that the question is its asker's and the answer its
    answerer's (see _WRITTEN_QUESTION_PARTY); only in a text with both, as a written question has.
    And those tags, which are tags whatever the text's other lines (see blocks._blocks) but make
    no transcript of it: two of them made a label in the answer ("Ukraine: we will send…") a
    speaker's tag, where the text had no other.

    >>> lines, tags = _written_question_tags(["Asked by Lord Ashwell", "To ask…", "Answered by Baroness Marlow", "We."])
    >>> lines, sorted(tags)
    (['Lord Ashwell:', 'To ask…', 'Baroness Marlow:', 'We.'], ['Baroness Marlow:', 'Lord Ashwell:'])
    >>> _written_question_tags(["Asked by Lord Ashwell", "To ask…"])
    (['Asked by Lord Ashwell', 'To ask…'], frozenset())
    """
    found = {at: party for at, line in enumerate(lines)
             if line.lstrip()[:1] == "A" and (party := _WRITTEN_QUESTION_PARTY.fullmatch(line.strip()))}
    if not found or {party["role"] for party in found.values()} != {"Asked", "Answered"}:
        return lines, frozenset()  # most texts: no written question
    lines = list(lines)
    for at, party in found.items():
        lines[at] = f"{party['name']}:"
    return lines, frozenset(lines[at] for at in found)


_EDITOR_LINE_BREAK = re.compile(r"(\r\n|\n|\r)")
# What str.splitlines breaks at beyond an editor's line breaks, and soft hyphens.
_UNUSUAL_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u00ad"


def _without_lines(lines: list[str], numbers: list[int], page_breaks: set[int],
                   left_out: set[int]) -> tuple[list[str], list[int], set[int]]:
    """``lines``, their ``numbers`` and ``page_breaks`` (the lines a page break opens) without
    the lines ``left_out``; a page break that opened one opens the next line kept.

    >>> _without_lines(["a", "b", "c"], [1, 2, 3], {1}, {1})
    (['a', 'c'], [1, 3], {1})
    """
    kept: list[str] = []
    kept_numbers: list[int] = []
    kept_breaks: set[int] = set()
    broken = False
    for at, (line, number) in enumerate(zip(lines, numbers)):
        broken = broken or at in page_breaks
        if at in left_out:
            continue
        if broken:
            kept_breaks.add(len(kept))
            broken = False
        kept.append(line)
        kept_numbers.append(number)
    return kept, kept_numbers, kept_breaks

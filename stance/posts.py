"""Social posts: what a thread or a post pasted as text carries around its words.

A thread's post numbers ("1/ NATO must…", "…together. 6/6", "(3/7)") and its totals; the
hashtags, handles, links and emoji that close a post ("…with Ukraine. 🇺🇦 #NATO"); and
the emoji that open a list's lines as bullets, as posts type them ("✅ More tanks" /
"✅ More jets"). They are found here so that :mod:`stance.sentences` ends a statement
where a post ends, leaves the numbers and links out, and reads such a line as an item.
"""

from __future__ import annotations

import re
import unicodedata

from .captions import _without_timestamp
from .lines import _LINK_OR_TAG, _OPEN_ENDS, _SENTENCE_END, _TAG, _is_link_list, _strip
from .speakers import _speaker_tag
from .text import LINK

# A thread's post number at a post's start ("1/ NATO must…", "2/6 We…", "(3/7) The…") or end
# ("…together. 6/6", "…in the fight 1/", posts often having no full stop). "1/" and "(3/7)"
# are nothing else; "2/6" may be a date or "9/11", so it counts only when another line has
# another post of the same total ("5/6"): a thread.
_POST_NUMBER_START = re.compile(
    r"^(?:(?P<bare>\d{1,2})/|(?P<open>\()?(?P<n>\d{1,2})/(?P<of>\d{1,2})(?(open)\)))(?:\s+|$)")
# not after a comma, semicolon or colon: "…on 3 March, 3/4" is a list's date
_POST_NUMBER_END = re.compile(
    r"(?<=[^\s,;:])(?P<gap>\s+)(?:(?P<bare>\d{1,2})/|(?P<open>\()?(?P<n>\d{1,2})/(?P<of>\d{1,2})(?(open)\)))$")


def _is_post_number(found: re.Match | None) -> bool:
    """Whether ``found`` can be a post number: "1/", or "n/of" with n at most of ("24/7": a
    post is never beyond the last)."""
    return found is not None and bool(found["bare"] or int(found["n"]) <= int(found["of"]))


def _post_number(line: str) -> tuple[re.Match | None, re.Match | None]:
    """The post numbers opening and closing ``line`` (see _POST_NUMBER_START), each None
    when there is none or it cannot be one (see _is_post_number)."""
    if "/" not in line:  # most lines
        return None, None
    start = _POST_NUMBER_START.match(line)
    # searched only where a number can close the line: the search tries every space
    end = _POST_NUMBER_END.search(line) if line[-1] in "/)0123456789" else None
    return (start if _is_post_number(start) else None, end if _is_post_number(end) else None)


def _thread_totals(text: str) -> frozenset[int]:
    r"""The totals of ``text``'s thread: those of two or more post numbers with different
    numbers ("2/6" and "5/6": 6), which no "9/11" or date alone has.

    >>> sorted(_thread_totals("2/6 We agree.\nThey agree. (5/6)\n9/11 changed NATO."))
    [6]

    A thread numbered "1/", "2/", "3/" may close with "4/4", its total's only post:

    >>> sorted(_thread_totals("2/ We agree\n3/ They agree\n4/4 Full text: …"))
    [4]
    >>> sorted(_thread_totals("8/ We agree\n9/11 changed NATO."))
    []
    """
    numbers: dict[int, set[int]] = {}
    bare: set[int] = set()  # the posts numbered "1/", "2/"…: a thread whose last post may be "4/4"
    for raw in text.splitlines():
        for found in _post_number(_strip(raw)):
            if found and found["bare"]:
                bare.add(int(found["bare"]))
            elif found:
                numbers.setdefault(int(found["of"]), set()).add(int(found["n"]))
    return frozenset(total for total, seen in numbers.items()
                     if len(seen) >= 2 or (total in seen and total - 1 in bare))


def _without_post_numbers(line: str, thread_totals: frozenset[int],
                          next_line: str = "") -> tuple[str, bool, bool]:
    """``line`` without the post numbers at its ends, and whether it opens and closes a post.
    ``next_line`` is the line after it: a "50/" that it goes on from with a number ("50 with
    Berlin") is a wrapped "50/50", not a post's number.

    >>> _without_post_numbers("2/6 We stand together. 2/6", frozenset({6}))
    ('We stand together.', True, True)
    >>> _without_post_numbers("9/11 changed NATO.", frozenset({6})), _without_post_numbers("1/ We agree.", frozenset())
    (('9/11 changed NATO.', False, False), ('We agree.', True, False))
    >>> _without_post_numbers("We split it 50/", frozenset(), next_line="50 with Berlin.")
    ('We split it 50/', False, False)
    """
    start, end = _post_number(line)
    # outside a thread, only the numbers that are nothing else: "1/", "(3/7)"
    if start and not (start["bare"] or start["open"] or int(start["of"]) in thread_totals):
        start = None
    if end and not (end["bare"] or end["open"] or int(end["of"]) in thread_totals):
        end = None
    if end and end["bare"] and _goes_on_with_a_number(next_line):
        end = None
    if end:
        line = line[:end.start("gap")]
    if start:
        line = line[start.end():]
    return line, start is not None, end is not None


def _goes_on_with_a_number(line: str) -> bool:
    """Whether ``line`` opens with a number that opens no post: the rest of a number broken
    after its slash ("50/" / "50 with Berlin", "24/" / "7 support")."""
    return line[:1].isdigit() and _post_number(line)[0] is None


# A post's closing hashtags or links: after its last sentence's mark, or two or more
# ("…with Ukraine. #NATO", "Proud of our troops #NATO #WeAreNATO", "…with Ukraine.
# https://t.co/x1", "…for Ukraine! pic.twitter.com/a1"). The post ends there, so the next
# line is not joined to it as a wrapped line's rest. A link and a handle are what the analyzer
# reads as one (text.LINK, text.HANDLE), as in _LINK_OR_TAG: "…with Ukraine.
# @rutte@mastodon.social" ends its post as "…with Ukraine. @nato" does.
_CLOSING_TAGS = re.compile(rf"(?:[.!?…\"”’)]|\s{_TAG}|\s(?:{LINK.pattern}))\s+(?:{_TAG}|(?:{LINK.pattern}))$",
                           re.IGNORECASE)


def _ends_with_tags(line: str) -> bool:
    """Whether ``line`` ends with a post's closing hashtags or links (see _CLOSING_TAGS).

    >>> _ends_with_tags("We stand with Ukraine. #NATO"), _ends_with_tags("We back #NATO")
    (True, False)
    >>> _ends_with_tags("We stand with Ukraine. https://t.co/x1"), _ends_with_tags("See www.nato.int")
    (True, False)
    >>> _ends_with_tags("More Leopards for Ukraine! pic.twitter.com/a1"), _ends_with_tags("Cut it. and/or")
    (True, False)
    >>> _ends_with_tags("We stand with Ukraine. @rutte@mastodon.social"), _ends_with_tags("We agree. @nato's")
    (True, False)
    """
    return ("#" in line or "@" in line or "/" in line or "www." in line or "WWW." in line) and \
        _CLOSING_TAGS.search(line) is not None


# The marks that build an emoji beside its symbols (Unicode's "So": "🇺🇦", "💙", "❤"): the
# zero-width joiner, the emoji presentation selector and a keycap's; skin tones and a flag's
# tag letters are ranges (see _is_emoji).
_EMOJI_MARKS = frozenset("\u200d\ufe0f\u20e3")
# A hashtag or handle ending a line, looked for in its last characters only (see _ends_post).
_LAST_TAG = re.compile(rf"(?<!\S){_TAG}$")
_TAG_WINDOW = 140


def _is_emoji(char: str) -> bool:
    """Whether ``char`` is an emoji or part of one.

    >>> [_is_emoji(c) for c in "🇺🇦💙❤\ufe0f🏽a.#"]
    [True, True, True, True, True, True, False, False, False]
    """
    return (unicodedata.category(char) == "So" or char in _EMOJI_MARKS
            or "\U0001f3fb" <= char <= "\U0001f3ff" or "\U000e0020" <= char <= "\U000e007f")


def _without_trailing_emoji(text: str) -> str:
    """``text`` without the emoji (and the spaces between them) that end it."""
    end = len(text)
    while end and (_is_emoji(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[:end] if any(map(_is_emoji, text[end:])) else text


def _ends_post(line: str) -> bool:
    """Whether ``line`` ends a post: with its closing hashtags or links (see _ends_with_tags),
    or with emoji after its last sentence's mark or a tag, or before a tag ("…with Ukraine.
    🇺🇦💙💛", "…safe! 🇪🇪 #WeAreNATO", "Proud of our troops 💪 #NATO"); so the next line is
    not joined to it as a wrapped line's rest.

    >>> _ends_post("We stand with Ukraine. 🇺🇦💙💛"), _ends_post("We keep the flank safe! 🇪🇪 #WeAreNATO")
    (True, True)
    >>> _ends_post("We ❤\ufe0f"), _ends_post("We back #NATO")
    (False, False)
    """
    if _ends_with_tags(line):
        return True
    tag = _LAST_TAG.search(line, max(len(line) - _TAG_WINDOW, 0)) if "#" in line or "@" in line else None
    rest = line[:tag.start()].rstrip() if tag else line
    before = _without_trailing_emoji(rest).rstrip()
    if before == rest:  # no emoji
        return False
    return tag is not None or _SENTENCE_END.search(before) is not None or \
        _LAST_TAG.search(before, max(len(before) - _TAG_WINDOW, 0)) is not None


def _tags_below(below: str) -> bool:
    """Whether ``below``, the line under a post's line, is its closing hashtags or handles on a
    line of their own (its links aside), which go with the post however its line ends, so that
    the post ends after them ("…our Allies. 🇺🇦💙💛" / "#StandWithUkraine"; see blocks._blocks).

    >>> _tags_below("#StandWithUkraine #NATO"), _tags_below("@NATO https://t.co/x1"), _tags_below("https://t.co/x1")
    (True, True, False)
    >>> _tags_below("We agree."), _tags_below("")
    (False, False)
    """
    return bool(below) and _is_link_list(below) and bool(_without_links(below))


def _is_closing(piece: str) -> bool:
    """Whether ``piece`` is only a post's closing hashtags, handles, links and emoji, with at
    least one emoji (a piece of tags and links alone is _is_link_list's).

    >>> _is_closing("🇪🇪 #WeAreNATO"), _is_closing("💙💛!"), _is_closing("🇺🇦 Allies agree."), _is_closing("#NATO")
    (True, True, False, False)
    """
    if piece[:1].isalnum() and not LINK.match(piece):  # most pieces: a word opens them
        return False
    rest = _LINK_OR_TAG.sub(" ", piece)
    return any(map(_is_emoji, rest)) and all(
        _is_emoji(char) or char.isspace() or unicodedata.category(char)[0] == "P" for char in rest)


def _without_links(piece: str) -> str:
    """``piece`` without its links, which are no one's words.

    >>> _without_links("🇺🇦 #NATO https://t.co/x1 @NATO pic.twitter.com/a1")
    '🇺🇦 #NATO @NATO'
    """
    return " ".join(word for word in piece.split() if not LINK.match(word))


def _ends_with_link(line: str) -> bool:
    """Whether ``line`` ends with a link after its words, whatever ends them (see
    _without_closing_links): a post's closing link, unless the line below goes on with the
    sentence ("…at www.nato.int/x" / "and in the annex.").

    >>> _ends_with_link("Proud of our Allies https://t.co/x1"), _ends_with_link("Proud of our Allies")
    (True, False)
    """
    return _without_closing_links(line) != line


def _without_closing_links(piece: str) -> str:
    """``piece`` without the links that close it, whatever ends its words before them: a post's
    closing links are no one's words, after a full stop or not ("Proud of our Allies
    https://t.co/x1", "…our Allies 💪 pic.twitter.com/a1"). The hashtags, handles and emoji among
    them stay, as after a full stop; a piece of links alone is _is_link_list's, and a link inside
    the words stays ("Read www.nato.int/x today.").

    >>> _without_closing_links("Proud of our Allies https://t.co/x1")
    'Proud of our Allies'
    >>> _without_closing_links("Proud 💪 #NATO pic.twitter.com/a1")
    'Proud 💪 #NATO'
    >>> _without_closing_links("Read www.nato.int/x today."), _without_closing_links("https://t.co/x1")
    ('Read www.nato.int/x today.', 'https://t.co/x1')
    """
    if not ("/" in piece or "@" in piece or "www." in piece.lower()):  # most pieces: no link at all
        return piece
    words = list(re.finditer(r"\S+", piece))
    end = len(words)
    while end and (_LINK_OR_TAG.fullmatch(words[end - 1][0]) or all(map(_is_emoji, words[end - 1][0]))):
        end -= 1
    kept = [word[0] for word in words[end:] if not _is_link(word[0])]
    if not end or len(kept) == len(words) - end:  # links alone, or no closing link
        return piece
    if _ends_prose_with_link(words[end - 1][0], [word[0] for word in words[end:]]):
        return piece
    return " ".join([piece[:words[end - 1].end()], *kept])


# A sentence's stop after a link, which prose writes and a post's closing link does not have.
_STOP_AFTER_LINK = re.compile(r"[^.!?][.!?]$")


def _ends_prose_with_link(before: str, closing: list[str]) -> bool:
    """Whether the words ``closing`` a piece, after the word ``before``, are a prose sentence's
    last word, a link, with its full stop ("More information is available at https://www.nato.int/x.",
    "Visit https://www.nato.int."): a link the sentence names, which stays. A post's closing link
    has no stop of its own, or follows the sentence's end, emoji or tags.

    >>> _ends_prose_with_link("Visit", ["https://www.nato.int."]), _ends_prose_with_link("Visit", ["https://t.co/x"])
    (True, False)
    >>> _ends_prose_with_link("Allies.", ["https://t.co/x."]), _ends_prose_with_link("#NATO", ["https://t.co/x."])
    (False, False)
    """
    return (len(closing) == 1 and _is_link(closing[0]) and _STOP_AFTER_LINK.search(closing[0]) is not None
            and before[-1:].isalnum() and not _LINK_OR_TAG.fullmatch(before))


def _is_link(word: str) -> bool:
    """Whether ``word`` is a link, not a tag: "@rutte@mastodon.social" is a handle."""
    return word[:1] not in "#@" and LINK.fullmatch(word) is not None


def _leading_emoji(piece: str) -> int:
    """How many characters of ``piece`` are emoji (and the spaces between and after them)
    before its first word: 0 when it opens with a word.

    >>> _leading_emoji("🇺🇦 💪🏽 Allies agree."), _leading_emoji("Allies agree. 🇺🇦")
    (6, 0)
    """
    at = 0
    while at < len(piece) and (_is_emoji(piece[at]) or piece[at].isspace()):
        at += 1
    return at if at < len(piece) and any(map(_is_emoji, piece[:at])) else 0


# A keycap, which numbers a list's items ("1️⃣", "2️⃣"), and the letters of a flag's pair ("🇺🇦").
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
_FLAG_LETTERS = ("\U0001f1e6", "\U0001f1ff")


def _symbol_end(line: str, at: int) -> int:
    """Where the emoji at ``line[at]`` ends, with its selector, skin tone or tag letters, or the
    flag its pair of letters makes; ``at`` when no emoji is there. Signs of words before arrows
    ("©", "°", "№") are none: they are no bullets."""
    first, last = _FLAG_LETTERS
    char = line[at:at + 1]
    if first <= char <= last:
        return at + 2 if first <= line[at + 1:at + 2] <= last else at
    if not char or char < "\u2190" or unicodedata.category(char) != "So":
        return at
    at += 1
    while at < len(line) and (line[at] == "\ufe0e" or (  # its marks; a joiner joins the next symbol instead
            line[at] != "\u200d" and _is_emoji(line[at]) and unicodedata.category(line[at]) != "So")):
        at += 1
    return at


def _bullet_emoji(line: str) -> str:
    """The one emoji that opens ``line`` before a space and a word, as a list's bullet would ("✅ A
    brigade in Lithuania"): with its marks, others joined to it by a zero-width joiner ("👩‍💻"), a
    flag ("🇺🇦") or a keycap ("1️⃣"); "" without one, or with two (they are words, not a bullet), or
    before a post's closing tags or links ("📌 #NATO" closes a post, see _is_closing).

    >>> _bullet_emoji("👉🏽 Read more"), _bullet_emoji("1️⃣ Spend more"), _bullet_emoji("✔️ We agree.")
    ('👉🏽', '1️⃣', '✔️')
    >>> _bullet_emoji("🇺🇦💙 We agree."), _bullet_emoji("✅ 🇺🇦"), _bullet_emoji("© NATO"), _bullet_emoji("📌 #NATO")
    ('', '', '', '')
    """
    keycap = _KEYCAP.match(line)
    end = keycap.end() if keycap else _symbol_end(line, 0)
    while end and not keycap and line[end:end + 1] == "\u200d" and (joined := _symbol_end(line, end + 1)) > end + 1:
        end = joined
    if not end or not line[end:end + 1].isspace():
        return ""
    rest = line[end:].lstrip()
    return line[:end] if rest and not _is_emoji(rest[0]) and not _is_link_list(rest) and not _is_closing(rest) else ""


def _bullet_key(emoji: str) -> str:
    """What bullets of one list share: the emoji without its selector ("✔️" and "✔"), or being a
    keycap, since keycaps number the items ("1️⃣", "2️⃣", "🔟")."""
    return "keycap" if emoji.endswith("\u20e3") or emoji == "🔟" else emoji.replace("\ufe0f", "").replace("\ufe0e", "")


def _emoji_bullets(lines: list[str], names_are_tags: bool, french_record: bool) -> set[int]:
    """Which of ``lines`` a list's emoji bullet opens (see _bullet_emoji): in a paragraph, each line
    that the same emoji opens as another (keycaps alike), and after a heading ending with a colon
    ("Our plan:" / "✅ …") each line an emoji opens. One emoji opening a line alone stays, as a
    post's flag or sign is as often its words' ("🇺🇦 We will support Ukraine."), and so does one
    opening a speaker's words below the tag ("RUTTE:" is no heading).

    >>> sorted(_emoji_bullets(["Our plan", "✅ Air defence and", "shells", "✅ A brigade", "", "Aims:",
    ...                        "🇺🇦 Unity", "🛡️ Deterrence", "", "We agree.", "🇺🇦 We will.", "🛡️ We do."], False, False))
    [1, 3, 6, 7]
    """
    bullets: set[int] = set()
    paragraph: list[tuple[int, str]] = []  # the current paragraph's lines that an emoji opens, with its key
    for at, raw in enumerate([*lines, ""]):
        line = _strip(raw)
        if not line:  # a paragraph's end: its emoji are bullets if one of them is repeated
            counts: dict[str, int] = {}
            for _, key in paragraph:
                counts[key] = counts.get(key, 0) + 1
            bullets.update(place for place, key in paragraph if counts[key] > 1)
            paragraph = []
            continue
        emoji = _bullet_emoji(line)
        if not emoji:
            continue
        above = _without_timestamp(_strip(lines[at - 1]), names_are_tags) if at else ""
        tag = above.endswith(":") and _speaker_tag(above, names_are_tags, french_record=french_record)
        if (above.endswith(":") and (not tag or above[tag[1]:].strip())) or (paragraph and paragraph[-1][0] in bullets):
            bullets.add(at)  # a heading's list, or one a list's first item began
        paragraph.append((at, _bullet_key(emoji)))
    return bullets


# What ends a line that a wrapped sentence goes on from below ("air-" / "defence", "Allies," /
# "partners"): no post of a feed ends so.
_WRAPPED_END = re.compile(r"[-‐,]$")
# English prepositions a sentence ends in, stranded ("what we stand for", "a peace they could live with", "what
# their voters agree to": 203 of the 44,371 sentences of datasets/corpus and challenge end in one), so a post too: a
# line ending in one is read by its paragraph's other lines, as a post of a feed or a line joined with a warning.
_STRANDED = frozenset({"to", "for", "of", "from", "with", "into", "onto", "between", "among", "toward", "towards"})
# The last words, in lower case, that end no post, as they end no sentence: a line ending in one goes on
# with the line below, a sentence wrapped before a capital ("…more troops for the" / "Baltic states",
# "…with Ukraine and" / "Europe will…"). English articles, possessives and conjunctions (see stance.lines._OPEN_ENDS,
# but "his" and "her": "We stand with her", "which": "which is which", and _STRANDED), and German, French and
# Polish ones: not a German verb's particle ("zu", "an", "ein": "Wir stimmen zu") or "du" ("Weißt du"), a French
# preposition a sentence ends in ("Nous votons pour", "faire avec") or a Polish word an English one is
# ("do", "we": "as we always do").
_NO_POST_ENDS = (_OPEN_ENDS - {"his", "her", "which"} - _STRANDED) | frozenset({
    "der", "den", "dem", "des", "eine", "einem", "und", "oder", "für", "zum", "zur", "vom", "beim", "im",
    "le", "la", "les", "une", "au", "aux", "de", "à", "et", "ou", "dans", "par",
    "i", "oraz", "w", "z", "ze", "na", "dla", "od", "przez"})
# A line's last word, letters only, from a word's start, not after a hyphen ("…for the", not "…Article 5", "…NATO!",
# French "Disons-le" or "either-or")
_LAST_WORD = re.compile(r"(?<![-‐])(?<![^\W\d_])[^\W\d_]+$")
# How much shorter than the longest the shortest line of a feed's paragraph is, at most: lines
# of about one length may be a paragraph broken by hand.
_FEED_SPREAD = 0.85


def _feed_posts(lines: list[str], width: int | None) -> tuple[set[int], set[int]]:
    """Which of ``lines`` open a post of a feed pasted one post a line, and which may open one
    though they are joined to the line above as a wrapped sentence's.

    Posts seldom end in a full stop, so that a feed's lines read as one sentence wrapped over
    them. A paragraph of three lines or more is a feed's when nothing says it is wrapped and
    everything says it is not: each line opens with a capital (after a post's number or emoji),
    none ends in a hyphen or a comma, the lines are of different lengths, and each line shorter
    than the longest (or than ``width``, a hard-wrapped text's) had room for the next line's
    first word, which a text wrapped at a width would have put there. A paragraph of two lines
    or more that each open with a capital and none of which ends a sentence, as posts seldom do,
    but that is not shown to be a feed,
    is the second kind (all its lines but the first): a caller may say that they were joined. So are two
    such lines or more below the last sentence's end of a paragraph (see _unstopped_tail). A line below one ending in
    a word no sentence ends in (see _NO_POST_ENDS) is neither: it goes on with that line's sentence ("…troops for the"
    / "Baltic states and Poland"), whatever the paragraph's other lines show.

    >>> feed = ["Great meeting with Baltic ministers in Riga today", "NATO stands united with our eastern Allies",
    ...         "We will never stop supporting Ukraine"]
    >>> _feed_posts(feed, None)
    ({1, 2}, set())
    >>> wrapped = ["We will never stop supporting Ukraine and", "NATO stands united with our eastern",
    ...            "Allies in Riga today"]
    >>> _feed_posts(wrapped, None), _feed_posts(feed[:2], None)  # "…Ukraine and" / "NATO…": wrapped for sure
    ((set(), {2}), (set(), {1}))
    """
    posts: set[int] = set()
    maybe: set[int] = set()
    start = 0
    for at in range(len(lines) + 1):
        if at < len(lines) and _strip(lines[at]):
            continue
        paragraph = [_strip(line) for line in lines[start:at]]
        if len(paragraph) >= 2 and all(map(_opens_like_a_post, paragraph)) and not any(
                _WRAPPED_END.search(line) for line in paragraph) and not all(map(_SENTENCE_END.search, paragraph)):
            if len(paragraph) >= 3 and _not_wrapped(paragraph, width):
                posts.update(range(start + 1, at))
            elif not any(map(_SENTENCE_END.search, paragraph)):  # "We met the" / "Secretary General today."
                maybe.update(range(start + 1, at))
        maybe.update(_unstopped_tail(paragraph, start, width))
        start = at + 1
    # "…more troops for the" / "Baltic states and Poland": one sentence wrapped, whatever the paragraph's other lines
    going_on = {at + 1 for at, line in enumerate(lines) if _ends_open(_strip(line))}
    return posts - going_on, maybe - going_on


def _ends_open(line: str) -> bool:
    """Whether ``line`` ends in a word no post or sentence ends in (see _NO_POST_ENDS), in lower case.

    >>> _ends_open("Our allies pledged more troops for the"), _ends_open("Deutschland schickt Truppen für die und")
    (True, True)
    >>> _ends_open("La France enverra des troupes à"), _ends_open("Wir stimmen zu"), _ends_open("Annex A")
    (True, False, False)
    >>> _ends_open("This is what we stand for"), _ends_open("Disons-le"), _ends_open("Weißt du")
    (False, False, False)
    """
    last = _LAST_WORD.search(line)
    return last is not None and last.group() in _NO_POST_ENDS


def _unstopped_tail(paragraph: list[str], start: int, width: int | None = None) -> range:
    """The lines of ``paragraph`` (which opens at line ``start``) below its last sentence's end but the first of them,
    when two or more lines follow that end, each opening with a capital and none ending a sentence or in a hyphen or a
    comma: a list's items or posts below a sentence ("We agreed three things." / "More money for defence" / "More
    troops in the east"), joined to one another as a sentence wrapped over lines is, which a caller may say, as of a
    paragraph of such lines alone (see _feed_posts). Not so in a text hard-wrapped at ``width`` when no line but the
    last had room for the next line's first word: a sentence's lines, wrapped before a capital ("…takes shape as" /
    "Berlin vows to stand by Vilnius" at 70 columns).

    >>> _unstopped_tail(["We agreed three things.", "More money for defence", "More troops in the east"], 4)
    range(6, 7)
    >>> _unstopped_tail(["We met.", "Allies agreed to send more", "troops"], 0), _unstopped_tail(["We met."], 0)
    (range(0, 0), range(0, 0))
    >>> _unstopped_tail(["We met.", "German brigade takes shape as", "Berlin vows to stand by Vilnius"], 0, 32)
    range(0, 0)
    """
    last_end = max((at for at, line in enumerate(paragraph) if _SENTENCE_END.search(line)), default=None)
    tail = paragraph[last_end + 1:] if last_end is not None else []
    if len(tail) < 2 or not all(map(_opens_like_a_post, tail)) or any(_WRAPPED_END.search(line) for line in tail):
        return range(0)
    if width is not None and all(len(line) + 1 + len(below.split(maxsplit=1)[0]) > width
                                 for line, below in zip(tail, tail[1:])):
        return range(0)
    return range(start + last_end + 2, start + len(paragraph))


def _opens_like_a_post(line: str) -> bool:
    """Whether ``line`` opens with a capital, after a post's number or emoji ("4/4 Full…", "🇺🇦 We…")."""
    number = _POST_NUMBER_START.match(line)
    line = line[number.end():] if number else line
    line = line[_leading_emoji(line):]
    return line[:1].isupper()


def _not_wrapped(paragraph: list[str], width: int | None) -> bool:
    """Whether ``paragraph``'s lines are of different lengths and each line shorter than the
    widest (``width``, or its longest line's) had room for the next line's first word (see
    _feed_posts)."""
    lengths = [len(line) for line in paragraph]
    widest = width or max(lengths)
    if min(lengths) > _FEED_SPREAD * max(lengths):
        return False
    return all(length + 1 + len(below.split(maxsplit=1)[0]) <= widest
               for length, below in zip(lengths, paragraph[1:]) if length < widest)


def _ends_with_emoji(line: str) -> bool:
    """Whether ``line`` ends with emoji after its words, as a post ends with its flag ("…in
    Riga today 🇱🇻"): a post's end when the line below opens with a capital.

    >>> _ends_with_emoji("Great meeting in Riga today 🇱🇻"), _ends_with_emoji("🇱🇻"), _ends_with_emoji("We agree")
    (True, False, False)
    """
    before = _without_trailing_emoji(line)
    return before != line and bool(before.strip())

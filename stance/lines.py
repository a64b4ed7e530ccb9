"""A line read alone: its edges, its end, and whether it is furniture that its own text gives away.

A line is stripped of whitespace and invisible marks at its ends (:func:`_strip`), may end a
sentence (:data:`_TERMINAL`, :data:`_SENTENCE_END`) or be a rule (:func:`_is_rule`), and may
be furniture of a release, article, record or post, not statements, known by its own text:
boilerplate and datelines, a credit or a caption, an editor's note, a list of links and tags,
an end mark (:func:`_is_furniture`, with the months, weekdays and time zones such lines are
written with), or a heading (:func:`_is_heading`, after the line above it, which a
capitalised line must follow). :mod:`stance.sentences` splits a text into statements by its
lines, and :mod:`stance.pages`, :mod:`stance.posts`, :mod:`stance.captions` and
:mod:`stance.speakers` read what lines carry besides statements: all five ask this of a line,
so it is here, below them.

>>> _strip("  Ladies and gentlemen,  "), _is_rule("* * *"), _SENTENCE_END.search("We stand.") is not None
('Ladies and gentlemen,', True, True)
>>> _is_furniture("Photo: Petras Malukas/AFP"), _is_furniture("Allies must spend more on defence.")
(True, False)
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from .text import BLANK, HANDLE, INVISIBLE, LINK

# A capital letter of a name: A-Z, and the capitals of Latin-1, Latin Extended, Greek and
# Cyrillic ("Željana Zovko:", "ÖDÖN SZABÓ:", "Ілля Кива:"); re has no class of capitals.
_CAP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c not in "×")

# What is stripped from a line's ends: whitespace and the invisible marks str.strip() keeps
# (a byte-order mark from open().read() of a file saved with one, zero-width spaces and
# joiners), what classify reads as blank. A set of characters, not a regex, keeps stripping
# linear in the line.
_LINE_EDGES = BLANK


def _strip(line: str) -> str:
    r"""``line`` without whitespace, byte-order marks or zero-width spaces at either end.

    >>> _strip("\ufeffQ: Why?\u200b ")
    'Q: Why?'
    """
    return line.strip(_LINE_EDGES)


# The marks that end a sentence as "." "!" and "?" do in the scripts that write others: Chinese
# and Japanese full stops, exclamation and question marks (full width, and the half-width
# "｡"), the Arabic question mark and Urdu full stop, and the Devanagari danda and double danda.
_FULL_STOPS = "。！？．｡؟۔।॥"
# The closing quotes and brackets of Chinese and Japanese, which may follow such a mark
# ("「…です。」"), as "”" and ")" follow a full stop.
_CJK_CLOSERS = "」』）】》〉〕"

# The characters of Chinese and Japanese, which write no space between words: Han (with its
# extensions and compatibility ideographs), Hiragana and Katakana, and the punctuation and
# full-width forms set among them ("、", "「", "（", "ＮＡＴＯ"). A line break between two of
# them is a wrapped line's, inside a word as often as not, and takes no space.
_CJK = ("\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f"
        "\U00020000-\U0003ffff")

_TERMINAL = re.compile(rf"[.!?:;\"”’){_FULL_STOPS}：{_CJK_CLOSERS}]\s*$")

# A sentence's end at a line's end, maybe inside quotes or brackets ("…safe.", "…alone.”", "…です。」").
_SENTENCE_END = re.compile(rf"[.!?…{_FULL_STOPS}][\"”’»)\]{_CJK_CLOSERS}]*$")

# What opens a line that carries on the sentence above it, as a wrapped line's first word does,
# besides a letter in lower case: an ampersand (a caption's "&amp;" is one once decoded) or a
# comma or semicolon that the line was broken before ("NATO is united" / "& it will stay united.").
_CONTINUATION_MARKS = frozenset("&,;")


def _goes_on_below(line: str) -> bool:
    """Whether ``line`` (stripped) opens as the rest of a sentence does: in lower case, or with
    an ampersand, a comma or a semicolon (see _CONTINUATION_MARKS), so that it carries on a
    sentence above it that has not ended.

    >>> _goes_on_below("and partners."), _goes_on_below("& partners."), _goes_on_below("Partners."), _goes_on_below("")
    (True, True, False, False)
    """
    return line[:1].islower() or line[:1] in _CONTINUATION_MARKS


# What a line of rules and dots is made of: no letter or digit, nor an emoji ("🇺🇦" may be a post).
_WORDLESS = re.compile(r"[\W_]+")
_RULE_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sk", "Zs"})


def _is_rule(piece: str) -> bool:
    """Whether ``piece`` is a rule or an ornament, no statement: punctuation, dashes and
    signs only ("_____", "* * *", "=====", ". . .", "———").

    >>> _is_rule("* * *"), _is_rule("—"), _is_rule("No."), _is_rule("🇺🇦🇺🇦")
    (True, True, False, False)
    """
    return _WORDLESS.fullmatch(piece) is not None and all(
        unicodedata.category(char) in _RULE_CATEGORIES for char in piece)


# The months a day is written before with a full stop, as German writes a date ("3. Oktober
# 2025", "am 24. Februar"): English's, German's and French's, in lower case. Not English's
# "may", which opens a sentence after a number ("…rose to 32. May I add…").
# German's own months (April, August, September and November it shares with English) and French's.
_GERMAN_OWN_MONTHS = ("januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember")
_SHARED_MONTHS = ("april", "august", "september", "november")
_FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre")
_DAY_MONTHS = frozenset({
    "january", "february", "march", "june", "july", "october", "december", *_SHARED_MONTHS,
    *_GERMAN_OWN_MONTHS, *_FRENCH_MONTHS,
})

_DAY_MONTH = "(?:" + "|".join(sorted(_DAY_MONTHS)) + r")\b"

_ZONES = r"(?:[ECMP][SD]T|AKST|AKDT|HST|ET|CT|MT|PT|GMT|UTC|BST|CES?T|EES?T|WES?T|MSK)\b"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Lines that are furniture of a release, article, record or post, not statements: end
# marks ("ENDS", "-30-", "###"), tag and link lists, credits, captions, division headers.
# A time of day, as Hansard prints it ("1.32 pm") and a US official transcript with its time
# zone in capitals ("2:45 P.M. EST").
_TIME_OF_DAY = r"\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?-i:[A-Z]{2,4}))?"
# A whole hour as Hansard prints one between speeches ("11 am", "3 pm", "12 noon", "12 midnight"):
# furniture alone on its line only, as "9.30 am" is, since "3 pm is when we met." is words, and not
# inside a sentence wrapped through it ("Join us at" / "12 noon" / "to demand more…"), see _is_furniture.
_WHOLE_HOUR = re.compile(
    r"(?:(?:1[0-2]|0?[1-9])\s*(?:am|pm|a\.m\.|p\.m\.)|12\s+(?:noon|midnight))(?:\s+(?-i:[A-Z]{2,4}))?", re.IGNORECASE)
# An end mark alone on its line, with the time a US official transcript ends at ("END 2:45
# P.M. EST"); tried only on short lines (see _is_end_mark). "30" only with its hyphens ("-30-"):
# alone it is a page's number.
_END_MARK = re.compile(
    r"^[\[(\-–—#*\s]*(?:ends?|end of (?:statement|transcript|release|text)|[-–—]\s*30\s*[-–—]|#+|"
    rf"end\s+{_TIME_OF_DAY})[\])\-–—#*.\s]*$",
    re.IGNORECASE,
)
_END_MARK_LENGTH = 60
# (German's and French's too: "14. Oktober 2025", "1er mars 2026", "14.10.2025", with their weekday
# and article: "Donnerstag, den 3. Oktober 2024", "jeudi 3 octobre 2024", "le 3 octobre 2024")
_DATE_WEEKDAY = (rf"(?:{_WEEKDAY}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
                 r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
# A weekday abbreviated, as a news page's "Last modified on Tue 3 Mar 2026 14.32 GMT" writes it: only in a
# publication line, since "Sun" and "Sat" are words.
_SHORT_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_DATE = (rf"(?:{_DATE_WEEKDAY},?\s+)?(?:(?:(?:den|le)\s+)?\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:{_MONTH}|{_DAY_MONTH})"
         rf"\.?,?\s+\d{{4}}|"
         rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})")
_PLACE_DATE = (rf"(?:(?!{_DATE_WEEKDAY}\b)[^\W\d_][\w'’.\-]*(?: (?!{_DATE_WEEKDAY}\b)[^\W\d_][\w'’.\-]*){{0,2}},\s+)?"
               rf"{_DATE}")
# The rest of a House record's line after its opening words ("Division No. 112 [4.15 pm]", "The House divided: Ayes
# 312, Noes 14.", "Motion made, and Question proposed, That the Bill be now read a Second time.—(Mr Healey.)"): up to
# a stop that a new sentence follows, not past it. A speech exported into one line (a table's cell, scored with
# score_documents) that opens with the record ("Division No. 123. We must send more tanks to Ukraine. …") is words
# after it; ".*" took the whole line for the record, and the speech was left out as furniture. A title's stop
# ("(Mr. Healey.)") ends no sentence, nor an initial's ("(Mr. J. Smith.)"); a stop closing a bracket the mover's name
# is in does, when a sentence follows ("—(Mr Healey.) We must…"): the record took a speech of one sentence after it
# for its own words, and the line was left out. Each character has one way through, so a line that fails backtracks
# linearly.
_NEW_SENTENCE = rf"\s+(?-i:[{_CAP}])"
_AFTER_TITLE = rf"(?i:(?<=\b(?:mr|ms|dr|st|no))|(?<=\bmrs))|(?<=\b(?-i:[{_CAP}]))"
_RECORD_TAIL = (rf"(?:[^.!?]|[.!?](?![)\]]*{_NEW_SENTENCE})|(?:{_AFTER_TITLE})\.(?={_NEW_SENTENCE}))*")
# Where a House record's sentence ends on its line and another opens: the stop _RECORD_TAIL stops at. Hansard puts
# records one after another on a line ("Question put forthwith (Standing Order No. 16(1)). Question agreed to.",
# "The House divided: Ayes 196, Noes 312. Division No. 112."), a line of furniture still (see _records_of_a_line).
_RECORD_STOP = re.compile(rf"(?!(?:{_AFTER_TITLE})\.)[.!?][)\]]*(?={_NEW_SENTENCE})")
# The House's records' openings, so that only a line opening with one is cut into its sentences.
_RECORD_OPENING = re.compile(r"(?:the )?(?:house|chamber|committee) divided|division no|volume \d|question|motion made",
                             re.IGNORECASE)
# Hansard's other records of what the House did, each alone on its line ("Bill read a Second time.", "Sitting
# suspended.", "Proceedings interrupted (Standing Order No. 9(3)).", "Motion made, and Question proposed, That the
# Bill be now read a Second time.—(Mr Healey.)"): whole lines only, as "The Bill was read a second time…" is words,
# and not inside a sentence running from the line above ("The headline was" / "Bill read a Second time."), see
# _is_furniture. "Resolved," and "Ordered," are no such record: alone on a line they wrap a sentence as often.
_HOUSE_RECORD = re.compile(
    r"(?:(?:the )?bill,?(?: as amended[^,]{0,60},)? (?:accordingly )?read (?:a|the) (?:first|second|third) time"
    r"(?:,? and (?:passed|committed|stood committed|ordered)\b[^.]{0,80})?|"
    r"sitting (?:suspended|resumed)(?: (?:at|until|till|for|from) [^.]{1,60})?|"
    r"proceedings interrupted(?: \((?:[^()]|\([^()]{0,10}\)){0,60}\))?|"
    rf"motion made,? and question (?:proposed|put)\b{_RECORD_TAIL})\.?",
    re.IGNORECASE)
# Hansard's Member rising to speak ("rose—", "rose -"), after the Member's name or tag: no one's words. Its dash
# is what makes it so, since "Prices rose sharply." is words.
_ROSE = r"rose\s*(?:[—–]|--?)"
_ROSE_ALONE = re.compile(_ROSE, re.IGNORECASE)
# A Member rising, named, alone on its line ("James Cartlidge rose—", "Mr Francois (Rayleigh and Wickford) (Con)
# rose—"): two capitalised words or more, maybe a constituency and party, then "rose" and its dash. Furniture only
# outside a running sentence ("In the spring the" / "River Dnipro rose—" / "and flooded…"), see _is_furniture.
# An office opening with "The" rises as Hansard names it ("The Prime Minister rose—", "The Secretary of State
# (John Healey) rose—"): a line of other capitalised words after an article or a possessive, "The Dnipro rose—" /
# "It swallowed the bridge.", "Our Army rose—", is a poem's or a report's words.
_RISING_NAME = rf"(?-i:[{_CAP}][\w'’.\-]*(?: (?:[{_CAP}][\w'’.\-]*|of|de|van|von|and|the)){{1,6}})"
_OFFICE_WORD = (r"(?-i:[^—–()]*\b(?:Minister|Secretary|Chancellor|Leader|Speaker|Chairman|Chair|General|Member|Deputy|"
                r"Solicitor|Attorney|Paymaster|Whip|President)\b)")
_DETERMINER = r"(?-i:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your)"
_RISING_MEMBER = re.compile(rf"(?:(?!{_DETERMINER}\s)|(?-i:The) (?={_OFFICE_WORD})){_RISING_NAME}"
                            rf"(?: \([^()]{{1,60}}\)){{0,2}}\s+{_ROSE}", re.IGNORECASE)
# The titles and offices Hansard opens its note of who is in the Chair with ("[Sir Roger Gale in the Chair]",
# "[The Chairman of Ways and Means in the Chair]"), and the words naming a paper in its "[Relevant documents: …]".
_CHAIR_TITLE = r"(?-i:Mr|Mrs|Ms|Miss|Madam|Dame|Sir|Dr|Lord|Lady|Baroness|The)"
_DOCUMENT_WORD = (r"(?-i:\b(?:Reports?|Committees?|Papers?|Sessions?|Memorand(?:um|a)|Bills?|Evidence|Statements?|"
                  r"Orders?|Notes)\b)")
# A web page's publication label and date ("Published 3 March 2026", "Last modified on Tue 3 Mar 2026"), which
# opens its publication line (see _BOILERPLATE and _PUBLICATION_HEAD).
_PUBLISHED_ON = (r"(?:first |last )?(?:published|updated|posted|modified|(?:zuletzt )?(?:veröffentlicht|aktualisiert)|"
                 rf"publié|mis à jour|modifié)(?: on| at| am| le)?:?\s+(?:{_SHORT_WEEKDAY}\.?,?\s+)?{_DATE}")
# An embargo's note opens "Embargoed", maybe after "Strictly" ("STRICTLY EMBARGOED UNTIL 00:01 GMT TUESDAY 4 MARCH"),
# or "Embargo" with its colon or its "until" ("Embargo: 10:00 CET, 5 March 2026", "Under embargo until delivery"): each
# was scored as a statement, or joined to the line below it, where "Embargoed until …" was a note. So does "Embargo"
# with a dash for its colon, or its time right after it ("Embargo – 10:00 CET", "EMBARGO 00:01 GMT 4 MARCH"). The
# noun alone opens a sentence as often ("Embargo on Russian oil must be tightened.", "Under embargo, Russia's exports
# fell."). A dash after it sets off a speaker's words more often than a colon does ("Embargo – yes. Blockade – no.",
# "Embargo – Russia must pay.", statements at 0769016b's parent): a note's only before what a note goes on with, its
# time, day or "until" ("Embargo – 10:00 CET", "EMBARGO — TUESDAY 4 MARCH", "Embargo – not for publication before…").
# Two hyphens are a dash typed where none is at hand ("Embargo -- 10:00 CET", words at 9e3ab439).
_EMBARGO_DASH_GOES_ON = rf"(?:\d|(?:until|till|before|not|check|{_WEEKDAY})\b)"
_EMBARGO_OPENING = (r"(?:strictly\s+)?(?:embargoed\b|(?:under\s+)?embargo"
                    rf"(?=\s*:|\s*(?:[–—]|--)\s*{_EMBARGO_DASH_GOES_ON}|\s+-\s+{_EMBARGO_DASH_GOES_ON}|"
                    r"\s+(?:until|till|before)\b|\s+\d{1,2}[:.]\d{2}(?!\d)))")
_OTHER_RIGHTS_NOTICES = (r"(?:alle rechte vorbehalten|wszelkie prawa zastrzeżone|tous droits réservés|"
                         r"todos los derechos reservados|tutti i diritti riservati)")
# An advertisement's place in a pasted news page, maybe with its stop and a text after it on its line
# ("Advertisement. NATO must act.": see _WHOLE_NOTE)
_PAGES_PLACE_NOTES = r"(?:(?:skip )?advertisement(?: continues below)?|story continues below(?: advertisement)?)"
_BOILERPLATE = re.compile(
    r"^(?:"
    # a label that heads furniture, followed by a colon or dash ("Tags: …", "Photo — Reuters"), a
    # hyphen after a space only, since one on the word makes a compound ("Photo-ops will not…",
    # "Credit-rating agencies…", "Image-conscious…"), as in German's and French's below
    r"(?:tags?|topics?|read more|related(?: coverage| articles?| stories)?|see also|more on this|photo(?:graph)?|"
    r"image|caption|credits?|source)(?:\s*[:|–—]|\s+-).*|"
    # and German's and French's ("Foto: picture alliance/dpa | Kay Nietfeld", "Crédit photo : AFP"), whose
    # hyphen after a space only, since one on the word makes a compound ("Bild-Chefredakteurin…", "Foto-Ausstellung…")
    r"(?:foto|bild|quelle|crédits?(?: photos?)?)(?:\s*[:|–—]|\s+-).*|"
    # footers, which no statement opens with (a newsroom's credit, "Reporting by …", is told by
    # all its words, see _is_newsroom_credit)
    r"\(?(?:©|copyright\s*(?:©|\(c\)|\d{4})|"
    r"unsubscribe|share this|follow us on|all rights reserved).*|"
    # and the rights notice in German, Polish, French, Spanish and Italian, whole to its stop ("Alle Rechte
    # vorbehalten.", "Wszelkie prawa zastrzeżone."), each a statement alone or before a text on its line
    rf"{_OTHER_RIGHTS_NOTICES}(?:[.!](?:\s.*)?)?|"
    # an advertisement's place in a pasted news page
    rf"{_PAGES_PLACE_NOTES}(?:[.!](?:\s.*)?)?|"
    rf"division no\.?\s*\d+{_RECORD_TAIL}|(?:the )?(?:house|chamber|committee) divided\s*:{_RECORD_TAIL}|"
    rf"volume \d+:? debated on\b{_RECORD_TAIL}|"
    # Hansard's notes of what the House did ("Several hon. Members rose—", "Question put.")
    r"(?:(?:several|some|an?)\s+)?(?:hon\.|noble)\s+(?:members?|lords?|friends?)\s+rose\W*|"
    rf"question(?: put(?: and agreed to| forthwith\b{_RECORD_TAIL})?| accordingly (?:agreed to|negatived)| agreed to|"
    r" negatived)\.?|"
    # the Congressional Record's note of leave to speak ("(Mr. SMITH of Texas asked and was given
    # permission to address the House for 1 minute and to revise and extend his remarks.)")
    r"\((?:mr|mrs|ms|miss|dr)\. [^()]{1,60}? asked and was given permission\b[^()]*\)\.?|"
    # a time of day alone on its line ("1.32 pm", "1:05 P.M. EST"; a whole hour, "3 pm", see _WHOLE_HOUR)
    rf"{_TIME_OF_DAY}|"
    # a date alone on its line, under a release's or transcript's title ("Tuesday, 14 January
    # 2026", "March 3, 2025", "2026-03-14")
    # and after its place ("Brussels, 12 February 2026"), which is no weekday ("…adopted on Thursday, 8
    # February 2024" wraps a sentence)
    rf"{_PLACE_DATE}|"
    # the Bundestag record's header, maybe with its page's number ("Deutscher Bundestag – 20. Wahlperiode –
    # 150. Sitzung. Berlin, Donnerstag, den 8. Februar 2024  19077"), or its sitting alone ("150. Sitzung")
    rf"(?:\d{{1,6}}\s+)?(?:deutscher bundestag\s*[–—-]\s*\d{{1,3}}\.\s*wahlperiode\s*[–—-]\s*)?\d{{1,3}}\.\s*sitzung"
    rf"(?:[.,]?\s+{_PLACE_DATE})?(?:\s+\d{{1,6}})?|"
    # a web page's publication line, with its time, author or link after the date
    # ("Published 3 March 2026 | https://…", "Updated: March 3, 2026 10:32 CET", "Veröffentlicht am
    # 14.10.2025 | 08:15 Uhr", "Publié le 14 octobre 2025 à 8 h 15")
    # (not a sentence: "Published on 3 March 2026, the report found…")
    rf"{_PUBLISHED_ON}(?:\s*(?:[|·•–—-]|at\b|by\b|um\b|à\b|par\b|\d{{1,2}}[:.]\d{{2}})\s*.*)?|"
    # or with its time alone, as a live blog's entry has it ("Updated at 14.35 BST", "Updated at 14:35 GMT")
    rf"(?:first |last )?(?:published|updated|posted|modified)(?: at)?:?\s+\d{{1,2}}[:.]\d{{2}}"
    rf"(?:\s?[ap]\.?\s?m\b\.?)?(?:\s+{_ZONES})?|"
    # an embedded post's signature below its text, as a news page pastes one: a dash, its author, the handle
    # in brackets and its date ("— Mark Rutte (@SecGenNATO) March 3, 2026"); an author's line with no date
    # cannot be told from a post ("Mark Rutte @SecGenNATO"), and stays
    rf"[—–-]\s*[^\W\d_][^()]{{0,60}}\(@\w{{1,30}}\)\s*{_DATE}|"
    # Hansard's notes of who is in the Chair and of the papers a debate bears on, whole bracketed lines
    # ("[Madam Deputy Speaker in the Chair]", "[Relevant documents: Report of the Defence Committee, HC 123.]"):
    # the Chair's opening with a title or office as Hansard prints them, the papers naming a paper or a number,
    # since "[Ukraine's Ambassador in the Chair]" and "[Relevant documents: NATO must act now.]" are words
    rf"\[(?:{_CHAIR_TITLE}\.?\s[^\[\]]{{0,80}} in the chair|"
    rf"relevant documents?\s*:(?=[^\[\]]*?(?:{_DOCUMENT_WORD}|\d))[^\[\]]*)\]\.?|"
    # editorial notes on a speech text
    rf"[\[(]?(?:check against delivery|as delivered|unofficial translation|{_EMBARGO_OPENING}[^\])]*|"
    r"for immediate release\b[^\])]*)[\])]?\.?)$",
    re.IGNORECASE,
)

# A line of nothing but hashtags, handles and links ("#NATO #WeAreNATO https://nato.int") is
# furniture too. It is read token by token: as one pattern, "(?:(?:#\w+|https?://\S+…)[\s,;]*)+",
# a link could end before any "http", "www.", "#" or "@" inside it and each such place
# doubled the work of a line that failed to match (20 links run together: 0.5 s; 30: minutes).
# A link is what the analyzer reads as one (text.LINK): a bare short link too, "t.co/4b3e865",
# "pic.twitter.com/a1", which, read by a second list of schemes, was a post's statement of its
# own (none, no_known_words) where "https://t.co/4b3e865" was left out (a newsroom's audit).
# A handle is what the analyzer reads as one (text.HANDLE), a dotted or a Mastodon one too:
# read as "@" and a word, "@ukraine.bsky.social" and "@rutte@mastodon.social" alone on a
# line were statements (none, no_known_words) where "@nato" was left out. It comes first, so
# that the part of a Mastodon handle after its first "@" is no e-mail address.
# A news page's line of how long ago it was posted or updated and how long it takes to read
# or hear, alone on its line ("4 minutes read", "5 min read", "3 hours ago", "Updated 2 hours
# ago", "Listen to this article", "Lesezeit: 4 Min.", "il y a 3 heures"), maybe several on one
# ("3 hours ago · 4 min read"). Read as words, such a line was joined to the headline above it
# and the lede below it: "NATO allies agree new spending target" / "4 minutes read" / "Allies have
# agreed…" was one statement (a journalist's audit). No full stop closes it, so that an answer on
# its own line ("2 days ago.") stays words.
_AGO_UNIT = r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)"
_MINUTES = r"(?:\d{1,3}|one|two|three|four|five|ten)[\s-]*(?:min(?:ute)?s?\.?|minuten|minutes?)"
_PAGE_TIME_ITEM = (
    rf"(?:(?:(?:(?:first |last )?(?:updated|published|posted|modified)|aktualisiert|veröffentlicht|mis à jour|publié)"
    r"\s*:?\s+)?"
    rf"(?:(?:\d{{1,3}}|an?|one)\s*{_AGO_UNIT}\s+ago|vor\s+(?:\d{{1,3}}|einer?)\s+"
    r"(?:sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?)|il y a\s+(?:\d{1,3}|une?)\s+"
    r"(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?))|"
    rf"{_MINUTES}\s*(?:read|reading|listen|listening|watch|lesezeit|de lecture)|"
    rf"(?:reading|listening|read) time\s*:?\s*{_MINUTES}|(?:lesezeit|lecture|temps de lecture)\s*:?\s*{_MINUTES}|"
    rf"listen to this (?:article|story)(?:\s*[:·•|,–—-]?\s*{_MINUTES})?)"
)
_PAGE_TIME = re.compile(rf"{_PAGE_TIME_ITEM}(?:\s*[|·•,–—-]\s*{_PAGE_TIME_ITEM})*", re.IGNORECASE)


_TAG = rf"(?:{HANDLE.pattern}|[#@]\w+)"
_LINK_OR_TAG = re.compile(rf"{HANDLE.pattern}|(?:[#@]\w+)+|{LINK.pattern}", re.IGNORECASE)
_LINK_SEPARATORS = re.compile(r"[\s,;|·•]+")


# Words that end a line a sentence is wrapped from, before a number ("…raise spending to" /
# "3.5% of GDP", "…the" / "32 Allies agreed"), and no headline: articles, determiners,
# prepositions, conjunctions and auxiliaries, in English, German and French. A line of a news
# page's time below one ending so ("…agreed that" / "3 hours ago") is a sentence's words too.
_WRAPPED_LINE_ENDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your", "every",
    "each", "some", "all", "no", "any", "both", "another", "such", "more", "most", "less", "least", "than", "nearly",
    "almost", "about", "around", "over", "under", "only", "just", "up", "to", "of", "in", "on", "at", "by", "for",
    "from", "with", "into", "onto", "per", "via", "between", "among", "against", "after", "before", "since", "until",
    "till", "through", "across", "within", "without", "toward", "towards", "and", "or", "but", "nor", "as", "if",
    "because", "while", "when", "so", "which", "who", "whose", "where", "is", "are", "was", "were", "be", "been",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "have", "has", "had", "do", "does",
    "did", "not", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "am",
    "im", "zum", "zur", "vom", "beim", "und", "oder", "von", "mit", "für", "auf", "um", "bis", "seit", "nach", "vor",
    "über", "unter", "zu", "aus", "bei", "als", "wie", "dass", "rund", "etwa", "fast", "mehr", "ist", "sind", "hat",
    "haben", "wird", "werden", "war", "le", "la", "les", "un", "une", "du", "au", "aux", "et", "ou", "de", "à",
    "en", "sur", "pour", "par", "avec", "dans", "plus", "que", "qui", "est", "sont", "ont", "environ", "près"})


# A post's count, of replies, reposts, likes…, as social sites print them below it ("12 reposts", "1.2K likes").
_POST_COUNT = r"[\d.,]+[km]?\s+(?:repl(?:y|ies)|reposts?|retweets?|quotes?|likes?|bookmarks?|boosts?|favou?rites?)"
# A news or social page's furniture, alone on its line, that no statement is (an audit by a
# reviewer of the document-splitting modules found each scored): the BBC's photo credits
# ("Image source, Getty Images", "Getty Images", "AFP via Getty Images", capitalised words
# before "Getty Images" only: "We thank Getty Images" is a sentence), Reuters' standards line,
# the Guardian's share links, comment count, "Most viewed", sign-in line and "Reuse this content", and X's post
# furniture: the post's time and date ("12:31 PM · Mar 3, 2025"), its age after a middle dot
# ("· 3h"), its views ("1.2M Views") and counts ("12 reposts 40 likes"), "Replying to @SecGenNATO",
# "Translate post", "Show more replies".
_PAGE_FURNITURE = re.compile(
    r"(?:image|video|media) source\s*,\s*(?-i:[A-Z])[\w.&'’\-]*(?:(?: via | / | ?/ ?| )(?-i:[A-Z])[\w.&'’\-]*){0,6}|"
    r"(?:(?-i:[A-Z])[\w.&'’\-]* |via |/ ?){0,5}getty images|"
    r"our standards\s*:\s*the thomson reuters trust principles\.?|"
    r"share (?:on|via|to) (?:facebook|x|twitter|linkedin|whatsapp|e-?mail|messenger|bluesky|threads|reddit|"
    r"pinterest|telegram|pocket)|comments?\s*\(\d[\d,.]*[km]?\)|most (?:viewed|read|popular|shared)|"
    r"sign in or create your (?:[\w’']+ ){0,2}account to join the (?:discussion|conversation)\.?|reuse this content|"
    rf"\d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?\s*·\s*{_MONTH}\.?\s+\d{{1,2}},\s+\d{{4}}(?:\s*·\s*[\d.,]+[km]?\s+views)?|"
    r"[\d.,]+[km]?\s+views|replying to @\w+(?:(?:,\s*|\s+and\s+|\s+)@\w+)*(?:\s+and \d+ others?)?|"
    # a post's age after its middle dot, as Bluesky, X and Threads print it below the author's
    # handle ("· 3h", "· 45m", "· Mar 3"), and its counts ("12 reposts 40 likes", "3 replies · 5 quotes")
    rf"·\s*(?:\d{{1,2}}\s?(?:s|m|min|h|hr|d|w|y)|{_MONTH}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?)|"
    # one way only to part two counts: "\s*[·,]?\s*" split a run of spaces in as many ways as it has,
    # tried over and over for each count on a line that fails
    rf"{_POST_COUNT}(?:(?:\s*[·,]\s*|\s+){_POST_COUNT}){{0,5}}\s*(?:[·,]\s*)?|"
    r"translate (?:post|tweet)|show (?:more replies|replies|this thread|more)",
    re.IGNORECASE)
# An X post's counts and buttons alone on their line ("2,431", "10K", "1.2M", "Repost", "Like"):
# left out unless a sentence runs through them ("Russia lost" / "2,431" / "tanks in 2024.").
_POST_BUTTON = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?[KM]|(?i:reposts?|likes?|retweets?)")


def _is_social_furniture(line: str, below: str = "", above: str = "") -> bool:
    """Whether ``line`` is a news or social page's furniture (see _PAGE_FURNITURE, _POST_BUTTON),
    a count or button only where no sentence runs through it from the line ``above`` (one
    ending in a function word or comma) to the line ``below`` (going on in lower case).

    >>> _is_social_furniture("AFP via Getty Images"), _is_social_furniture("We thank Getty Images")
    (True, False)
    >>> _is_social_furniture("2,431", "Allies met."), _is_social_furniture("2,431", "tanks.", "Russia lost")
    (True, False)
    """
    if len(line) > _PAGE_TIME_LENGTH:
        return False
    # Either, a sentence running through it is its words ("… sold by" / "Getty Images" / "to newspapers").
    return ((_PAGE_FURNITURE.fullmatch(line) is not None or _POST_BUTTON.fullmatch(line) is not None)
            and not _goes_on_below(below) and not _wrapped_from(above))


# A newsroom's credit line: its head and "by", then someone named, capitalised ("Reporting by Jane Doe and John
# Roe in Vilnius; Editing by Alex Smith", "(Additional reporting by Reuters staff)"); a statement opening so goes
# on in lower case after "by" ("Reporting by our intelligence services shows…"), or after the names
# (_is_newsroom_credit).
_NEWSROOM_CREDIT = re.compile(
    rf"\(?(?:editing|reporting|writing|additional reporting|compiled) by:?\s+(?-i:[{_CAP}])", re.IGNORECASE)
# The words in lower case that such a credit is made of besides its names: who did what, joining words, where
# ("in Vilnius", "at the United Nations"), a name's particles ("Ursula von der Leyen", "Ahmed al-Sharaa") and
# the next credit's head ("; editing by …", "; additional reporting by …"). Any other word in lower case is a
# clause of the line's own, its verb or its object ("Reporting by Politico revealed that Hungary…",
# "Additional reporting by NATO officials confirmed…"): a journalist's audit found such a line, a paragraph of
# wire copy alone, left out whole as a credit, while inside a paragraph it was kept.
_NEWSROOM_CREDIT_WORDS = frozenset({
    "by", "and", "with", "in", "from", "at", "for", "of", "the", "on", "via", "additional", "reporting", "editing",
    "writing", "compiled", "compiling", "research", "graphics", "photos", "photography", "video", "production",
    "translation", "fact", "checking", "staff", "bureau", "bureaus", "team", "reporters", "correspondents",
    "newsroom", "newsrooms", "desk", "aboard", "inside", "near", "outside", "to", "travelling", "traveling",
    "de", "del", "della", "der", "den", "van", "von", "zu", "du", "da", "di", "dos", "le", "la", "al", "el", "bin",
    "ibn", "ter", "ten", "y"})


# A part of a newsroom's credit after its first, past a ";": its own head and "by", someone named ("Editing by
# Alex Smith", "additional reporting by Steve Holland aboard Air Force One", "Reuters graphics by Sam Hart") or
# a credit's own word ("additional reporting by staff in Kyiv").
_NEWSROOM_CREDIT_PART = re.compile(r"\(?[\w'’ ]{0,40}?\bby:?\s+\w", re.IGNORECASE)
# A footer sentence after a credit on its line ("…; Editing by Alex Smith. Follow us on X."), left out with it.
_AFTER_CREDIT_SENTENCE = re.compile(r"(?<![A-Z])[.!]\s+(?=\S)")


def _is_newsroom_credit(line: str) -> bool:
    """Whether ``line`` is a newsroom's credit line (see _NEWSROOM_CREDIT): its head, someone named after
    "by", and no word in lower case but a credit's own (see _NEWSROOM_CREDIT_WORDS), so that a line going
    on into a clause of its own is a statement. Each part past a ";" is judged on its own, a head and "by"
    and someone named (see _NEWSROOM_CREDIT_PART), and a footer sentence after the credit ("Follow us on
    X.", see _BOILERPLATE) goes with it.

    >>> _is_newsroom_credit("Reporting by Jane Doe and John Roe in Vilnius; Editing by Alex Smith")
    True
    >>> _is_newsroom_credit("(Additional reporting by Reuters staff)"), _is_newsroom_credit("Editing by: Sue Lee")
    (True, True)
    >>> _is_newsroom_credit("Reporting by Moscow newsroom; Editing by Alex Smith")
    True
    >>> _is_newsroom_credit("Reporting by Humeyra Pamuk in Washington; additional reporting by Steve Holland aboard "
    ...                     "Air Force One; Editing by Don Durfee")
    True
    >>> _is_newsroom_credit("Reporting by Jane Doe; Editing by Alex Smith. Follow us on X.")
    True
    >>> _is_newsroom_credit("Reporting by Politico revealed that Hungary tried to block aid to Ukraine.")
    False
    >>> _is_newsroom_credit("Reporting by our intelligence services shows Russia is rearming.")
    False
    >>> _is_newsroom_credit("Reporting by Jane Doe. Hungary tried to block aid to Ukraine.")
    False
    """
    head = _NEWSROOM_CREDIT.match(line)
    if head is None:
        return False
    credit = line
    for stop in _AFTER_CREDIT_SENTENCE.finditer(line, head.end()):
        # "…; Editing by Alex Smith. Follow us on X.", "… Jan Novak is a defence correspondent based in Warsaw."
        if _BOILERPLATE.match(line[stop.end():]) or _WRITER_NOTE_LINE.fullmatch(line, stop.end()):
            credit = line[:stop.start()]
            break
    parts = credit.split(";")
    return all((at == 0 or _NEWSROOM_CREDIT_PART.match(part.strip()) is not None)
               and all(word in _NEWSROOM_CREDIT_WORDS for word in _WORD.findall(part, head.end() - 1 if at == 0 else 0)
                       if word.islower())
               for at, part in enumerate(parts))


# A stop, then a sentence of four words or more opening with a capital: where furniture that ran to its line's end
# ("© 2026 Reuters.", "For immediate release.", "Tags: NATO, Ukraine.") goes on into a text of its own on one line.
# A title's stop ("(Mr. SMITH of Texas asked …)") is none. A character of no width beside the space, as a page's
# editor leaves ("© 2026 Reuters.\u200b Peace…"), hid the stop: a text of one sentence after the note went with it.
_STOP_BEFORE = rf"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)[.!?][{INVISIBLE}]*\s[\s{INVISIBLE}]*"
_FOUR_WORDS = rf"(?-i:[{_CAP}])[\w'’\-]*(?:\s+[\w'’\-]+){{3}}"
_SENTENCE_AFTER = re.compile(rf"{_STOP_BEFORE}(?={_FOUR_WORDS})")
# Such a sentence, or one whose clause of two words or more ends in a comma among them when one of the three after
# the first is in lower case ("Follow the money, said the minister, …" after "Follow us on X." was left out with it),
# as a list of names ("New York, March 3") or of calls ("Subscribe, share and like.") is not. Not after a contact,
# whose post may be so written ("Rzecznik prasowy, Ministerstwo Obrony…"). A clause of one word is one too, no call's,
# when the word after its comma, or after a name there, is in lower case ("Follow us on X. Yes, we will act." and "…
# Yes, NATO will act." lost their sentence), as a place and date ("Brussels, on Tuesday, 3 March") and lists ("Like,
# share and subscribe.", "Questions, comments and tips: …", "Like, comment, share") are not.
_CALL_WORD = (r"(?i:subscribe|like|share|comment|follow|download|register|sign|donate|retweet|repost|join|watch|"
              r"listen|read|click|tap|visit|contact|e-?mail|call|write)\b")
_SMALL_WORD = r"(?i:on|in|at|by|for|from|with|of|to|and|or)\b"  # "Brussels, on Tuesday, 3 March": a place's
# a clause's word after that comma, maybe after its subject ("Yes, we…", "Yes, NATO will…"): no list's ("comments and")
_CLAUSE_WORD = rf"(?!{_SMALL_WORD})(?-i:[^\W\d_{_CAP}])[\w'’\-]*(?![\w'’\-]|,|\s+(?i:and|or)\b)"
# The one word is a sentence's opening, an answer or an adverb of time or of the argument ("Yes,", "Now,", "Today,",
# "However,"), or one addressed before a subject pronoun ("Allies, we must act now."): a footer's label before its
# comma opens no sentence ("Photo, courtesy of NATO.", "Questions, email us at …", "Editing, design by Alex Smith.",
# "Source, NATO press office.", each scored after a footer at f17da442, left out at f17da442~1).
_OPENING_WORD = (rf"(?=[{_CAP}])(?i:yes|no|now|today|tonight|tomorrow|yesterday|however|indeed|still|yet|so|well|also|"
                 r"instead|meanwhile|moreover|furthermore|therefore|thus|hence|nevertheless|nonetheless|again|finally|"
                 r"first|firstly|secondly|thirdly|lastly|next|then|together|clearly|sadly|unfortunately|fortunately|"
                 r"importantly|ultimately|frankly|honestly|obviously|surely|certainly|admittedly|crucially|otherwise|"
                 r"besides|likewise|similarly|overall|here|there|thankfully|hopefully|perhaps|"
                 r"maybe)(?![\w'’\-])")
_SUBJECT_PRONOUN = r"(?:we|they|he|she|it)\b"
# A first word set off by an aside between commas ("Russia, as always, lies.", "Moscow, meanwhile, must pay.") and
# names listed before "and" ("Estonia, Latvia and Lithuania agreed.") open a sentence too, as does a release's note
# before its colon and a sentence ("Not for publication: Russia is losing the war.", words alone on its line): each
# was lost with the footer before it (at 9e3ab439), where a list of calls or of a place's parts ("Like, comment,
# share", "Vilnius, Lithuania, on 3 March 2026", "Questions, comments and tips: …") opens none.
_ASIDE = (r"(?-i:as|for|in|of|after|at|by|despite|unlike|like|according|once|however|meanwhile|too|though|therefore|"
          r"moreover|again|indeed|still|instead|then|now|today|yesterday|predictably|unsurprisingly|naturally|"
          r"typically|clearly)(?:\s+(?-i:[a-z])[\w'’\-]*){0,2}")
_ASIDE_OR_NAMES_OPENING = (rf"(?!{_CALL_WORD})(?-i:[{_CAP}])[\w'’\-]*(?:,\s+{_ASIDE},|"
                           rf"(?:,\s+(?-i:[{_CAP}])[\w'’\-]*)+,?\s+(?-i:and)\s+(?-i:[{_CAP}])[\w'’\-]*)"
                           rf"\s+{_CLAUSE_WORD}")
_NOTE_BEFORE_SENTENCE = (r"(?i:not (?:for|to be) (?:publication|published|release|released|broadcast)|"
                         r"for immediate release|embargoed|embargo)\s*:\s+[\"“‘'\w]")
# What may open such a sentence before its first word: a quote or a bracket ("«Russia must pay,» he said…", "“…”",
# "(…)"), a title's or a place's abbreviation before a name ("Mr. Rutte said…", "St. Petersburg will…"), each before
# the sentence's shapes below; and initials ("U.S. troops will stay…") or an ellipsis ("… and allies must…") before
# four words of any case. Each line so opening after a footer's note was lost whole (a reviewer, at 91e9eee7).
_QUOTE_OR_BRACKET = r"[\"“„«‘'(\[]\s?"
_SENTENCE_OPENER = rf"(?:{_QUOTE_OR_BRACKET}|(?-i:Mr|Mrs|Ms|Dr|St|Gen|Prof|Sen|Rep)\.\s+)?"
_INITIALS_OR_ELLIPSIS_OPENING = (rf"(?:(?-i:[A-Z]\.){{2,3}}\s*(?!{_SMALL_WORD})|(?:…|\.\.\.)\s*)[\w'’\-]+"
                                 r"(?:\s+[\w'’\-]+){3}")  # not a time zone's "E.S.T. on Monday 5 March"
_QUOTE_OR_BRACKET_OPENING = re.compile(_QUOTE_OR_BRACKET)
_QUOTE_OR_BRACKET_CLOSING = re.compile(r"[\"”»’')\]]+(?=\s|$)")
# A quotation's four words may run past its close: "«Russia must pay,» he said…", "“Russia must pay,” he said…".
_QUOTATION_OPENING = rf"[\"“„«‘']\s?(?-i:[{_CAP}])[\w'’\-]*(?:[,;:.!?]?[\"”»’']?\s+[\w'’\-]+){{3}}"
# A sentence of two or three words that ends the line, its subject and a verb that only a clause has, a modal or an
# auxiliary in lower case ("Russia must pay.", "NATO will act.", "Putin has lied."): shorter than four words, it was
# left out with the note before it (a reviewer). Not a note's rest so made ("Terms may apply.", "Details will follow.",
# "Story is developing.", "Some rights are reserved."): its subject is none of theirs, nor a call's. Nor a verb of
# theirs, after any subject: a note's own verbs after a modal ("Coverage will continue.", "Briefing will follow.",
# "Prices may vary."), and its states or readers' acts after "may", "can" or a copula ("Readers may comment.",
# "Subscribers can read.", "Quotes are delayed.", "Permission is required."); each was made a statement of its own (a
# review of 80a8389e). Only the verb after them tells: "Kyiv can wait.", "Peace is possible.", "War is coming." are
# the text's (d15c4d06 left "may", "can" and the copula out whole, and lost them). "Offer is valid.", "Page is
# archived.", "Letters are edited.", "Ads are personalised." are states of notes too (a review of 04475400). An
# offer's validity by its subject, not by "valid", which a text's concerns or claims have as well: "Concerns are
# valid." was lost after a note at 202bf6bf (a review of 202bf6bf). By the two together, an offer's subject and its
# validity: as subjects alone, "Offer is unacceptable.", "Discounts are dangerous." were lost at f4eb2535. Or its
# other terms: "Offer is void.", "Vouchers are non-refundable.", "Voucher is non-transferable." were made statements
# at bf18fad1 (a review of bf18fad1).
_SHORT_CLAUSE_SUBJECT_OF_NOTES = (r"(?i:terms|conditions|charges|fees|details|more|updates?|story|this|it|rights|some|"
                                  r"copyright|content|photos?|images?|material|text|video|article|all|comments?|"
                                  r"(?:offers?|vouchers?|coupons?|promotions?|discounts?)\s+(?:is|are)\s+"
                                  r"(?:valid|void|non-?(?:transferable|refundable|exchangeable)))\b")
_SHORT_CLAUSE_VERB_OF_NOTES = (r"(?i:apply|applies|vary|varies|change|changed|follow|continue|update|updated|expire|"
                               r"expired|end|ended|refresh|resume|differ|close|closed|move|moved)\b")
_SHORT_CLAUSE_STATE_OF_NOTES = (r"(?i:comment|read|share|subscribe|reply|used|correct|delayed|lifted|required|"
                                r"prohibited|forbidden|caring|available|unavailable|welcome|moderated|reserved|"
                                r"restricted|limited|included|subject|free|invited|encouraged|allowed|permitted|"
                                r"optional|approximate|indicative|local|disabled|open|final|archived|edited|"
                                r"personali[sz]ed)\b")
_SHORT_CLAUSE = (rf"(?!{_SHORT_CLAUSE_SUBJECT_OF_NOTES}|{_CALL_WORD})(?-i:[{_CAP}])[\w'’\-]*\s+"
                 r"(?:(?-i:must|will|shall|should|cannot|would|has|have|had|won't|won’t|can't|can’t)"
                 rf"(?:\s+(?!{_SHORT_CLAUSE_VERB_OF_NOTES})(?-i:[^\W\d_])[\w'’\-]*)?|"
                 r"(?-i:can|could|may|might|is|are|was|were)"
                 rf"(?:\s+(?!{_SHORT_CLAUSE_VERB_OF_NOTES}|{_SHORT_CLAUSE_STATE_OF_NOTES})(?-i:[^\W\d_])[\w'’\-]*)?)"
                 r"[.!?]\s*$")
_CLAUSE_AFTER = re.compile(rf"{_STOP_BEFORE}(?={_SHORT_CLAUSE}|{_INITIALS_OR_ELLIPSIS_OPENING}|{_QUOTATION_OPENING}|"
                           rf"{_SENTENCE_OPENER}(?:{_FOUR_WORDS}|{_ASIDE_OR_NAMES_OPENING}|{_NOTE_BEFORE_SENTENCE}|"
                           rf"(?-i:[{_CAP}])[\w'’\-]*"
                           rf"(?=(?:,?\s+[\w'’\-]+){{0,2}},?\s+(?-i:[^\W\d_{_CAP}]))"
                           rf"\s+[\w'’\-]+(?:,?\s+[\w'’\-]+){{2}}|"
                           rf"(?:{_OPENING_WORD}|(?!{_CALL_WORD})(?-i:[{_CAP}])[\w'’\-]*(?=,\s+{_SUBJECT_PRONOUN}))"
                           rf",\s+(?:(?-i:[{_CAP}])[\w'’\-]*\s+{_CLAUSE_WORD}"
                           rf"(?:,?\s+[\w'’\-]+)|{_CLAUSE_WORD}(?:,?\s+[\w'’\-]+){{2}})))")
# A copyright notice's sentence of what one may not do with the text, in English, German and French ("Reproduction
# without permission is prohibited.", the Associated Press's "This material may not be published, broadcast, rewritten
# or redistributed.", "Die Vervielfältigung ist nur mit Genehmigung gestattet."): such a sentence after "© 2026
# Reuters." or "All rights reserved." is the notice going on, no text of its own. Read to the sentence's first stop.
# It names both a use of the text and its restriction, each a whole word: an article's first sentence may name either
# alone ("The Republic of Moldova…", "Republicans in Congress…", "…without the consent of every ally.", German's "mit
# Nachdruck", emphatically), and such an article was left out whole.
_RIGHTS_USE = (r"(?:reproduc(?:e|ed|es|ing|tion)|redistribut(?:e|ed|es|ing|ion)|republi(?:sh|shed|shes|shing|cation)|"
               r"rewritten|rediffusion|vervielfältig\w*|weiterverbreit\w*|nachdruck|reproductions?)\b")
_RIGHTS_RESTRICTION = (r"(?:not|prohibited|forbidden|without|permission|consent|reserved|verboten|untersagt|nur mit|"
                       r"genehmigung|zustimmung|vorbehalten|interdite?s?|sans|autorisation|réservée?s?)\b")
# A footer's sentence that a footer's note goes on into on its line, as an article or a release stored in one table
# cell ends ("Follow us on X. Sign up for our newsletter.", "Embargoed until 00:01 GMT. Not for publication before
# then."): after it the footer goes on, and the line is furniture to its end but for a sentence of words after these
# (a newsroom audit found both scored as statements). A call to take the page's own mail (see
# stance.furniture._SIGNED_UP_FOR), and an embargo's "not for publication", "not to be published/released/broadcast".
# Each the whole sentence, to its stop or the line's end: one that goes on into words ("Sign up for our newsletter to
# learn why NATO must…", "Not for publication before then: NATO allies agreed…") is words, as on a line of its own.
# An embargo's time may have a stop or colon between its digits ("before 00.01 hrs", "00:01 GMT").
# The call may end in a few words of where or when ("… newsletter here.", "… at nato.int.", "… for free!"), no
# clause; and an embargo's time in "a.m." or "p.m.", which ends its sentence unless a time zone or words in lower
# case follow ("until 10 a.m. CET.", "before 10.30 a.m. on 10 March."): both were furniture before this sentence
# was read whole.
_AFTER_A_TIME_OF_DAY = r"\s+(?-i:(?:GMT|UTC|CET|CEST|BST|EST|EDT|EET|EEST|MSK)\b|[a-z0-9])"  # "a.m." goes on
# A mail's note of why it came ("You are receiving this email because you subscribed."), and a writer's note below
# the credit ("Jan Novak is a defence correspondent based in Warsaw."), are such sentences too: after a footer's,
# credit's or contact's note they were scored as statements.
_RECEIVING_THIS = (r"you(?: are|['’]re)? (?:receiving|received|getting|got) this (?:e-?mail|newsletter|message|alert|"
                   r"bulletin|briefing|digest)s? because you\b[^.!?…\n]{0,100}?")
# The writer's note names a person (no "The Kremlin"), calls them a writer after a few words that are no clause's
# ("… is a threat to every journalist …" is words), and says no more than where or for whom they work, or what they
# cover: names and a few small words (_WRITER_PLACE_WORDS), no clause ("… is a journalist for the Wall Street Journal
# jailed by Russia for a year.", "… is a war correspondent in Kyiv, where Russia shelled the city." are a story's).
# What they cover is often the war, or NATO's eastern flank ("… covering the war in Ukraine.", "… who covers the war on
# NATO's eastern flank."), and an outlet's name may hold a slash ("… a reporter for RFE/RL.").
_WRITER_PLACE_WORDS = (r"the|of|and|in|for|at|on|with|based|covering|covers|who|defen[cs]e|security|foreign|affairs|"
                       r"politics|military|diplomacy|news|desk|bureau|staff|east|eastern|central|northern|southern|"
                       r"war|flank")
_WRITER_NOTE = (r"(?-i:(?!(?:The|This|That|Our|Its|His|Her|Their) )"
                rf"[{_CAP}][\w'’-]+(?: [{_CAP}][\w'’.-]+){{1,3}}) is (?:a|an|the|our) "
                r"(?:(?!(?:to|of|for|in|on|at|with|from|by|against|every|all|and|or|not|no)\b)[\w-]+ ){0,3}?"
                r"(?:correspondent|reporter|journalist|editor|writer|columnist|contributor|photographer|producer)s?"
                r"(?![\w'’])(?:,? (?:based|who covers|covering|for|at|in|with|on)\b"
                rf"(?:,? (?:(?-i:[{_CAP}])(?:[\w'’&-]|[./](?=\w))*|(?:{_WRITER_PLACE_WORDS})(?![\w'’-]))){{0,10}})?")
# A mail's call to unsubscribe, whose comma reads as a clause's (see _CLAUSE_AFTER): "To unsubscribe, click here."
# after "© 2026 Baltic Wire." was the footer's whole line until a sentence opening with a clause counted.
# From what: a mail's list, not "To unsubscribe from NATO, use Article 13 of the treaty.", a story's sentence; but a
# call to click or tap a link or "Unsubscribe", or to reply a word in capitals or "unsubscribe", is a mail's whatever it
# leaves ("To unsubscribe from Baltic Wire, click here.", "… reply STOP."), where "To unsubscribe from NATO, click your
# heels and leave." is words; so is "… reply stop to Putin's blackmail.": the word in lower case is the call's quoted,
# after "the word" or ending it, and a word replied to a name ("to Moscow", "to the Kremlin") is a sentence's, quoted or
# not ("… reply 'stop' to Putin's blackmail.", "… reply with the word STOP to Moscow." were scored at 115615fb~1); a
# name in any alphabet ("to Łukaszenka"), or in capitals after "to" in lower case ("to OPEC", "to the USSR's heirs"),
# where "REPLY STOP TO THIS ADDRESS" is a mail's in capitals and "… to SMS 12345" its number.
# Where to: an address's stops are no sentence's ("To unsubscribe, visit balticwire.com/unsubscribe."); a stop before
# a capital opens one, as in text pasted from cells ("To unsubscribe, click here.Allies must act." keeps its second),
# and so does a stop after the call's last word, before a word in lower case ("… click here.allies must act now." was
# lost whole, "here.allies" read as an address; "… the link below.we must…" too), but not before more of an address
# ("… visit link.balticwire.com/unsubscribe."); "balticwire.com/here.html" is one.
_UNSUBSCRIBE_CALL = (r"to unsubscribe(?:(?: from (?:[\w'’-]+ ){0,3}?(?:e-?mails?|newsletters?|lists?|alerts?|updates?|"
                     r"messages?|mailings?|bulletins?|briefings?|digests?|notifications?|communications?|service))?,? "
                     r"(?:please )?(?:click|tap|visit|go|reply|follow|use)|"
                     r" from [\w'’ -]{1,40}?,? (?:please )?(?:(?:click|tap)(?: on)? "
                     r"(?:here|below|[\"'“‘]?unsubscribe\b|(?:the|this) (?:[\w'’\"“”‘-]+ ){0,2}?(?:link|button))|"
                     r"reply(?: with)? (?:(?:the word [\"'“‘]?(?:unsubscribe|stop)\b|"
                     r"(?:the word )?[\"'“‘]?(?-i:[A-Z]{2,})|[\"'“‘](?:unsubscribe|stop)\b)"
                     rf"(?![\"'”’]?\s+(?:(?:to|on|at|against)\s+(?:the\s+)?(?-i:[{_CAP}](?![{_CAP}\d_\W]))|"
                     rf"(?-i:(?:to|on|at|against)\s+(?:the\s+)?[{_CAP}]{{2,}})(?!\w|\s+\d)))|"
                     r"(?:unsubscribe|stop)(?=[\"'”’]?[.!…]))|"
                     r"reply to this (?:e-?mail|message|newsletter|alert)))"
                     r"\b(?:[^.!?…\n]|(?:(?<! here)(?<! below)(?<! link)(?<! button)|(?=\.[\w-]+[./:@]\w))"
                     r"\.(?=(?-i:[a-z0-9]))){0,40}?")
_FOOTER_SENTENCE = re.compile(
    rf"(?:{_RECEIVING_THIS}|{_WRITER_NOTE}|{_UNSUBSCRIBE_CALL}|"
    r"(?:sign up|subscribe|register) (?:to|for) (?:our|the|this) (?:[\w'’-]+ ){0,3}"
    r"(?:newsletters?|alerts?|updates?|e-?mails?|briefings?|digests?|bulletins?)"
    r"(?: [\w'’@/:-]+(?:\.(?=\w)[\w'’@/:-]+)*){0,3}|"
    r"not (?:for|to be) (?:publication|published|release|released|broadcast)\b"
    rf"(?:[^.!?…:;\n]|[.:](?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?={_AFTER_A_TIME_OF_DAY})){{0,80}}?)"
    rf"(?:[.!…](?!(?<=\b[ap]\.m\.){_AFTER_A_TIME_OF_DAY})\s+|[.!…]?\s*$)",
    re.IGNORECASE,
)
_WRITER_NOTE_LINE = re.compile(rf"{_WRITER_NOTE}[.!…]?\s*", re.IGNORECASE)
_FOOTER_SENTENCES = 8  # the most read after a footer's note, so that a long line is read once
# A release's note of when it may run, opening a line ("Embargoed until 00:01 GMT, Tuesday 4 March 2026", "For
# immediate release – Brussels"), or after a footer's stop ("Not for publication before then."): _BOILERPLATE and
# _FOOTER_SENTENCE take the rest of its sentence as the note's, a time, a date, a place. Its words in lower case are
# these; three others make a clause of the line's own, which the note was taken to be: "Embargoed until 10:00,
# ministers said the alliance will send more troops.", "Embargoed Russian oil still reaches Europe through India.",
# "… Not for publication before then, ministers said the alliance will act." were each left out whole.
_RELEASE_NOTE = re.compile(rf"[\[(]?(?:{_EMBARGO_OPENING}|for immediate release\b)", re.IGNORECASE)
_RELEASE_NOTE_WORDS = frozenset({
    "embargo", "embargoed", "until", "till", "to", "for", "before", "after", "on", "at", "the", "of", "and", "or",
    "not", "no", "any", "in", "by", "from", "with", "immediate", "release", "released", "publication", "published",
    "publish", "broadcast", "broadcasting", "transmission", "use", "online", "print", "wire", "media", "delivery",
    "delivered", "check", "against", "please", "strictly", "then", "hrs", "hours", "hour", "local", "time", "noon",
    "midnight", "a", "p", "m", "am", "pm", "further", "notice", "start", "end", "beginning", "speech", "statement",
    "press", "conference", "briefing", "event", "meeting", "summit", "session", "is", "be", "lifted", "lifts",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "gmt", "utc", "cet",
    "cest", "bst", "est", "edt", "eet", "eest", "msk"})
# Words of a note's terms after its comma ("…, for use in print editions only.", "…, please note the change of time."),
# which a sentence's clause of three words has as often ("Embargoed goods only change hands.", "Embargoed until 10:00
# NATO must change course." were lost with them among the note's): read only where two words make a clause (see
# _is_clause_after_comma) and in a line of a note's words alone (see _is_unpublished_note).
_RELEASE_NOTE_TERMS_WORDS = _RELEASE_NOTE_WORDS | {"only", "edition", "editions", "note", "change"}


# The note's time when it names an event, to a comma, a dash or a bracket: "Embargoed until the minister has spoken",
# "Not for publication before the minister has spoken." are the note's words, which counted as a clause of its own.
_RELEASE_NOTE_EVENT = re.compile(
    rf"[\[(]?(?:{_EMBARGO_OPENING}|not (?:for|to be) \w+(?: or \w+)?):?\s+(?:until|till|before)\b"
    r"[^,;–—()\[\]]*?(?=\s-\s|[,;–—()\[\]]|$)", re.IGNORECASE)
# What makes it a release's event, a speech or a statement: a note waits for one ("until the minister has spoken",
# "until the Secretary General has finished speaking", "until the minister has made her statement", "until the end of
# the press briefing"); words about the world are a sentence's ("Embargoed until the war ends, Russian assets stay in
# Europe.", "Embargoed until Russia withdraws from every occupied region of Ukraine.").
_RELEASE_NOTE_SPEECH = re.compile(
    r"\b(?:spoken|spoke|speaks?|speaking|speech|deliver(?:s|ed|y)?|address(?:es|ed)?|remarks|rises|stands up|"
    r"statements?|briefing|conference)\b",
    re.IGNORECASE)
# The verb that ends that event after its speech or statement ("… the minister's statement has been made", "… the
# press conference has ended"): a sentence run on without a comma follows it, "Embargoed until the peace conference
# ends Russian assets must stay frozen." is words; the event's other words ("… on the future of Ukraine's eastern
# regions has ended") are the note's still. "Over" after a verb only: "… the press conference over the shooting down
# of the drone" is the event's.
_RELEASE_NOTE_EVENT_END = re.compile(
    r"\b(?:ends|ended|finish(?:es|ed)|(?:(?:is|are|was|were|be|been)\s+|['’]s\s+)over|begins|began|begun|starts|"
    r"started|clos(?:es|ed)|conclud(?:es|ed)|complet(?:es|ed)|made|given)\b", re.IGNORECASE)
# The event's words going on after that verb, where, when or by whom it ends ("… has ended in the main hall of the
# alliance headquarters", "… the statement made by the foreign minister to parliament", "… has ended and the minister
# has left the podium"), which no sentence run on opens with: the note's still, to the event's end.
_RELEASE_NOTE_EVENT_GOES_ON = re.compile(
    r"\s+(?:by|in|at|on|to|before|after|with|from|of|for|inside|during|and|or|yesterday|today|tonight|tomorrow)\b",
    re.IGNORECASE)
# A speech's verb that is the event's end itself ("… the minister has spoken", "… has finished speaking"), which the
# note's words go on from with a word of the note's ("… has spoken to parliament", "… speaks in the Seimas") or of
# when, how or of what it is given (see _RELEASE_NOTE_SPEECH_GOES_ON): any other word opens a sentence run on without a
# comma, "Embargoed until the minister has spoken Russian assets must stay frozen." (lost, no verb of ending following
# the speech). A verb that takes an object ("delivered", "addresses") goes on with it ("… addresses reporters outside
# the summit venue"), no sentence's.
_RELEASE_NOTE_SPEECH_VERB = re.compile(r"spoken|spoke|speaks|speaking|rises|stands up", re.IGNORECASE)
# The speech named by a noun, whose clause has its verb to come ("… the statement by the minister is published")
_RELEASE_NOTE_SPEECH_NOUN = re.compile(r"speech|statements?|briefing|conference|remarks|delivery|address",
                                       re.IGNORECASE)
# Beside the note's words, those a speech goes on with: "… speaks tomorrow morning in parliament", "… this evening",
# "… about defence spending in parliament", "… during the debate", "… via video link to the summit" (each a note at
# 4b825e0c~1, its three words in lower case counted as a sentence's after the verb).
_RELEASE_NOTE_SPEECH_GOES_ON = frozenset({
    "about", "during", "via", "over", "outside", "inside", "through", "under", "alongside", "live", "later", "again",
    "first", "briefly", "publicly", "this", "tonight", "today", "tomorrow", "yesterday", "here", "there", "when",
    "where", "as", "into", "onto", "upon", "within", "amid", "ahead"})
# A modal verb among the words after a speech is a sentence's run on without a comma, no note's: "Not for publication
# until the minister speaks today allies must act.", "… speaks about Ukraine allies must act.", "… addresses parliament
# Russia must pay." (each scored at d2274ef4 and at 6fdbecac~1), where "… speaks tomorrow morning in parliament" and
# "… addresses reporters outside the summit venue" have none. So after an event's verb of ending going on (see
# _RELEASE_NOTE_EVENT_GOES_ON): "Embargoed until the press conference ends at noon allies must keep sanctions in
# place." (scored at d2274ef4, lost at f3f62e76).
# Not after a word that opens the speech's subject or a clause of where or when it is given ("… speaks on what allies
# will do next", "… statement on how NATO will respond", "… speaks at the summit where allies will decide on aid", "…
# ends at noon when ministers will leave" are notes), nor straight after the speech, its own ("… the minister's
# statement can be read in parliament").
# So is "may" in lower case (the month is "May"), and a form of "be", "has to" or "does not" ("… speaks tonight Russia
# is losing the war.", "… ends in Geneva Europe has to pay.", each scored at d2274ef4), but not in a clause of the
# event's own after "as", "after", "and"…: "… has ended and the minister is gone", "… speaks after the vote is taken"
# are notes. A clause of where or when takes one such verb of its own: a second is a sentence's run on after it ("…
# speaks where Russia will hear him allies must stand firm."), and one of why or on what terms ("because", "unless")
# is a clause of the event's, whose modal verb is a sentence's ("… speaks today because allies must act now."; each
# scored at d2274ef4 and 77f431e2, lost at 627a998f).
_RUN_ON_MODAL = re.compile(r"\b(?:(?P<subject>what|how|why|whether|which|who|whom|if|that)|"
                           r"(?P<setting>where|when|while|once)|"
                           r"(?P<clause>as|after|before|until|till|since|and|or|because|unless)|"
                           r"(?P<copula>is|are|was|were|has|have|had|needs? to|(?:does|do|did) not|"
                           r"(?:is|are|was|were|does|do|did)n['’]t)|"
                           r"must|will|should|shall|cannot|can['’]t|can|could|would|might|(?-i:may)|won['’]t)\b",
                           re.IGNORECASE)
# "and"/"or" in lower case between two names joins a subject's ("… speaks tonight Russia and Belarus are losing the
# war.", "… Poland and the Baltic states have to…", each scored at d2274ef4), no clause of the event's ("… and the
# minister is gone"). Not a place after a preposition, the event's own: "… has ended in Brussels and Kyiv is informed",
# "… speaks in the Commons and the House is adjourned" are notes (at 77f431e2 and d2274ef4).
# A modal verb of what must be done is no clause of where or when's own, but a sentence's run on after it ("… speaks
# when the summit opens allies must be ready.", "… when the vote is held and NATO must decide."; each scored at
# d2274ef4 and 77f431e2, lost at 627a998f), as "… where leaders will meet" is the note's. ("can't" comes before "can"
# in _RUN_ON_MODAL for this: "can" alone would match up to its apostrophe.)
_RUN_ON_DUTY = re.compile(r"must|should|cannot|can['’]t|(?:has|have|had|needs?) to", re.IGNORECASE)
# Nor is a modal verb whose subject, a name or "we", "I", "they"…, follows a word in lower case of the clause that is
# none of its small words: the clause's own verb ("… speaks where allies meet Russia will be watching.", "… when the
# summit opens Russia will lose.", "… when allies meet we will act."; each scored at d2274ef4 and 77f431e2, lost at
# 627a998f), where "… where leaders will meet", "… where NATO will meet", "… where the leaders of NATO will meet",
# "… where reporters covering NATO will be seated" and "… when today Ukraine will be represented" are the note's. The
# subject may be a name after a title ("President Putin"), a name's possessive ("NATO's enemies"), "the Kremlin" or
# "it" ("… when allies meet it will be clear…"; each scored at 77f431e2); "the" before names ("the United States"), a
# possessive's adjective ("NATO's eastern flank") and names joined ("Russia and Belarus", "the United States and
# Canada", "France and the United Kingdom") too (also scored at 77f431e2).
# "between"/"among" join a clause's names ("… when talks between Russia and Ukraine will resume": the note's), and
# any preposition takes them as its object, no verb of the clause's: "… when talks over Russia and Ukraine will resume",
# "… when countries like Britain and France will sign the treaty" (notes before 00c98d0b), "… when talks about Ukraine
# will open"; "inside", "outside" and "except" too, as _PLACE_BEFORE reads them ("… when troops inside Ukraine and
# Moldova will be reinforced", "… when all countries except Russia and Belarus will sign": notes before 00c98d0b).
_CLAUSE_SMALL_WORDS = (r"the|a|an|of|in|at|on|to|from|by|for|with|and|or|nor|as|than|where|when|while|once|its|their|"
                       r"our|his|her|your|my|this|these|those|after|before|until|till|since|because|unless|not|also|"
                       r"only|today|tonight|tomorrow|now|then|between|among|amongst|about|above|across|against|along|"
                       r"alongside|amid|around|behind|below|beneath|beside|besides|beyond|despite|during|except|inside|"
                       r"into|like|near|onto|opposite|outside|over|past|per|through|throughout|toward|towards|under|"
                       r"underneath|unlike|upon|versus|via|within|without|[\w'’-]*ing")
_SUBJECT_AFTER_CLAUSE_VERB = re.compile(
    rf"(?<![\w'’-])(?!(?:{_CLAUSE_SMALL_WORDS})\s)(?-i:[a-z])[\w'’-]*\s+"
    rf"(?:(?:the\s+)?(?:(?-i:[{_CAP}])[\w'’-]*\s+){{0,2}}(?-i:[{_CAP}])[\w'’-]*|"
    rf"(?:the\s+)?(?-i:[{_CAP}])[\w'’-]*['’]s\s+(?:(?-i:[a-z])[\w'’-]*\s+)?(?-i:[a-z])[\w'’-]*|"
    rf"(?:the\s+)?(?:(?-i:[{_CAP}])[\w'’-]*\s+){{1,3}}(?-i:and|or)\s+(?:the\s+)?(?:(?-i:[{_CAP}])[\w'’-]*\s+){{0,2}}"
    rf"(?-i:[{_CAP}])[\w'’-]*|"
    rf"we|they|you|he|she|it)\s+\Z", re.IGNORECASE)
# So is a subject in lower case after a possessive, with an adjective maybe ("… when the summit opens our allies will
# stand firm.", "… when allies meet their resolve will be tested.", "… our eastern allies will be ready."; each lost
# whole with the note at 32e8c061), after such a word of the clause; not after a word of how many, with which the
# clause's own subject opens ("… when all our allies will be present", "… when both our delegations will arrive").
# The adjective may be a name's or a figure ("… opens our NATO allies will stand firm.", "… our Baltic allies …",
# "… our 300 troops will deploy."; lost whole at 815b7aee, where "… our eastern allies …" was kept).
_POSSESSIVE_SUBJECT_AFTER_CLAUSE_VERB = re.compile(
    rf"(?<![\w'’-])(?!(?:{_CLAUSE_SMALL_WORDS}|all|both|each|every|some|many|most|few|several|any|half|none)\s)"
    rf"(?-i:[a-z])[\w'’-]*\s+(?-i:our|their|its|his|her|your|my)\s+(?:[\w'’-]+\s+)?(?-i:[a-z])[\w'’-]*\s+\Z",
    re.IGNORECASE)
# So is a subject after "the" in lower case right after a clause of where or when of its own subject and verb alone:
# "… speaks when the summit opens the allies will stand firm.", "… when allies meet the press will be briefed." (each
# lost whole with the note at 9e3ab439). Only so short a clause: "the" and a noun follow a verb taking an object as
# often in a longer one ("… when leaders who attend the summit will vote" is a note), nor after a participle or an
# adverb, whose noun has its verb still to come ("… when the ministers elected the previous year will meet"), nor
# after a word of how many ("… when all leaders attend the summit will …" is read as before).
# So is a name after "inside" or "outside" there, adverbs of the clause's verb of moving as often as prepositions of a
# noun: "… when the troops move inside Russia will be watching." (lost whole with the note at 647a4f58), where "… when
# troops inside Ukraine and Moldova will be reinforced" and "… when the troops stationed inside Ukraine will rotate"
# are notes. A noun of two words reads as a subject and its verb ("… when the peace talks inside Turkey will resume"
# is read as a sentence run on); "except" is no adverb, and its names stay the clause's.
_CLAUSE_OPENING_WORDS = r"the|a|an|our|their|its|his|her|your|my|this|these|those"
_CLAUSE_QUANTITY_WORDS = r"all|both|each|every|some|many|most|few|several|any|half|none|no"
_PARTICIPLES = r"[\w'’-]*ed|held|kept|sent|left|built|put|set|brought|taken|given|seen|known|made|found|still|already"
_SUBJECT_AFTER_SHORT_CLAUSE = re.compile(
    rf"(?<![\w'’-])(?-i:where|when|while|once)\s+(?:(?-i:{_CLAUSE_OPENING_WORDS})\s+)?"
    rf"(?!(?:{_CLAUSE_SMALL_WORDS}|{_CLAUSE_QUANTITY_WORDS})\s)(?-i:[a-z])[\w'’-]*\s+"
    rf"(?!(?:{_CLAUSE_SMALL_WORDS}|{_PARTICIPLES}|[\w'’-]*ly)\s)(?-i:[a-z])[\w'’-]*\s+"
    rf"(?:(?-i:the)\s+(?:(?-i:[a-z])[\w'’-]*\s+)?(?-i:[a-z])[\w'’-]*|"
    rf"(?-i:inside|outside)\s+(?:(?-i:the)\s+)?(?:(?-i:[{_CAP}])[\w'’-]*\s+){{0,2}}(?-i:[{_CAP}])[\w'’-]*)\s+\Z",
    re.IGNORECASE)
_NAMES_JOINED = re.compile(rf"(?-i:and|or)\s+(?:(?-i:the)\s+)?(?-i:[{_CAP}])")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?-i:[{_CAP}])[\w'’-]*\s+\Z")
_PLACE_BEFORE = re.compile(rf"\b(?:in|at|on|to|from|of|by|near|inside|outside)\s+(?:the\s+)?"
                           rf"(?-i:[{_CAP}])[\w'’-]*\s+\Z", re.IGNORECASE)
# A place of two or three names ("… in New York and Washington is informed", "… at Lancaster House and Downing Street
# is informed"; notes at 77f431e2) is the event's too, unless the names joined take a verb of many ("… speaks in Riga
# Estonia and Latvia are on the flank.", scored since 0d97fb35): a place's words and a subject's name read alike. So
# is a name after "with" or "for", the event's company or audience ("… speaks with Zelensky and Kyiv is informed", a
# note at 77f431e2), where "… talks with Russia and Belarus are pointless." is a sentence (scored since 0d97fb35).
# Names told of the event ("… speaks with Rutte and NATO allies are informed", "… inside NATO HQ and Allies were
# informed"; notes at 77f431e2) are its clause still, whatever their verb's number or the words between ("… are
# being informed", "… are kept informed", "… have now been told", "… are fully informed", "… were duly notified",
# "… are still being briefed"): no statement of a line is that.
_PLACES_BEFORE = re.compile(rf"\b(?:in|at|on|to|from|of|by|near|inside|outside|with|for)\s+(?:the\s+)?"
                            rf"(?-i:[{_CAP}])[\w'’-]*(?:\s+(?-i:[{_CAP}])[\w'’-]*){{0,2}}\s+\Z", re.IGNORECASE)
# An adverb judging how well they know is a statement's, no note's ("… with Rutte and NATO allies are poorly informed
# about Russia.", "… are badly briefed", lost whole with the note at 9e3ab439), where "… are fully informed", "…
# duly notified" are the note's.
_JUDGING_ADVERBS = (r"(?-i:poorly|badly|wrongly|falsely|woefully|inadequately|insufficiently|barely|scarcely|hardly|"
                    r"dangerously|grossly|seriously|sorely|utterly|selectively|partially|incompletely|"
                    r"misleadingly|deliberately)")
_NAMES_JOINED_TAKE_PLURAL = re.compile(rf"(?-i:and)\s+(?:(?-i:the)\s+)?(?:(?-i:[{_CAP}])[\w'’-]*\s+)+"
                                       rf"(?:(?-i:[a-z])[\w'’-]*s\s+)?(?:are|were|have)\b"
                                       rf"(?!\s+(?:(?:been|being|kept|now|also|all|already|still|"
                                       rf"(?!{_JUDGING_ADVERBS}\s)(?-i:[a-z]+ly))\s+){{0,2}}"
                                       rf"(?:informed|told|briefed|notified)\b)", re.IGNORECASE)
# A clause after the note's comma that ends as a sentence ends, with two words in lower case that no note is made of
# ("Embargoed until 10:00, Russian assets stay in Europe."): a note's words after its time are a date, a place, a
# time zone ("… 10:00, Brussels time."), and seldom a final stop; lost whole at three words' count.
_RELEASE_NOTE_TAIL_CLAUSE_WORDS = 2
# A note's terms after its comma open with a request or what it covers, which no sentence after an embargo's time opens
# with in lower case: "…, please do not publish earlier.", "…, including social media.", "…, embargo applies
# worldwide." are the note's (they were at e78fec8b~1, three words' count).
_RELEASE_NOTE_TERMS_OPENING = frozenset({"please", "including", "includes", "incl", "embargo", "strictly", "not", "no",
                                         "do", "subject", "check"})
_INNER_STOP = re.compile(r"(?<!\b[ap])(?<!\b[ap]\.m)[.!?…]\s")  # a stop inside, not "a.m." ("until 10 a.m. CET")


def _release_note_has_clause(note: str) -> bool:
    """Whether ``note``, a release's note of when it may run to its first sentence's end (see _RELEASE_NOTE), goes
    on into a clause of its own: three words in lower case or more that no such note is made of, after the event it
    may run after (see _RELEASE_NOTE_EVENT).

    >>> _release_note_has_clause("Embargoed until 10:00, ministers said the alliance will send more troops.")
    True
    >>> _release_note_has_clause("Embargoed: not for publication or broadcast before 00:01 hrs on Tuesday 4 March")
    False
    >>> _release_note_has_clause("Embargoed until the minister has spoken")
    False
    >>> _release_note_has_clause("Embargoed until the war ends, Russian assets stay in Europe.")
    True
    >>> _release_note_has_clause("Embargoed until the peace conference ends Russian assets must stay frozen.")
    True
    >>> _release_note_has_clause("Embargoed until the press briefing has ended in the main hall of the headquarters")
    False
    >>> _release_note_has_clause("Embargoed until the minister has spoken Russian assets must stay frozen.")
    True
    >>> _release_note_has_clause("Embargoed until 10:00, Russian assets stay in Europe.")
    True
    >>> _release_note_has_clause("Embargoed until 00:01 GMT, Tuesday 4 March 2026, for use in print editions only.")
    False
    """
    after_event = _after_release_event(note)
    words = sum(word.islower() and word not in _RELEASE_NOTE_WORDS for word in _WORD.findall(note, after_event))
    return words >= _LABELLED_CLAUSE_WORDS or _is_clause_after_comma(note, after_event)


def _after_release_event(note: str) -> int:
    """Where the words of ``note``, a release's note, that may make a clause of its own start: after the event it
    may run after, a speech or statement (see _RELEASE_NOTE_EVENT), else at its start.

    >>> note = "Embargoed until the minister has spoken to parliament"
    >>> note[_after_release_event(note):]
    ''
    """
    event = _RELEASE_NOTE_EVENT.match(note)
    speeches = list(_RELEASE_NOTE_SPEECH.finditer(note, 0, event.end())) if event else []
    after_event = 0
    if speeches:
        # a sentence run on without a comma follows the event's verb of ending (see _RELEASE_NOTE_EVENT_END), unless
        # the event's words go on after it (see _RELEASE_NOTE_EVENT_GOES_ON), or a speech's verb that ends it itself
        # (see _RELEASE_NOTE_SPEECH_VERB)
        endings = list(_RELEASE_NOTE_EVENT_END.finditer(note, speeches[-1].end(), event.end()))
        run_on = endings and (not _RELEASE_NOTE_EVENT_GOES_ON.match(note, endings[-1].end())
                              or _runs_on_with_modal(note, endings[-1].end(), event.end()))
        after_event = endings[-1].end() if run_on else event.end()
        if not endings and _RELEASE_NOTE_SPEECH_VERB.fullmatch(speeches[-1].group()):
            following = _WORD.search(note, speeches[-1].end(), event.end())
            word = following.group().lower() if following else ""
            if word and word not in _RELEASE_NOTE_WORDS and word not in _RELEASE_NOTE_SPEECH_GOES_ON:
                after_event = speeches[-1].end()
        after_verb = not _RELEASE_NOTE_SPEECH_NOUN.fullmatch(speeches[-1].group())
        if not endings and _runs_on_with_modal(note, speeches[-1].end(), event.end(), after_verb):
            after_event = speeches[-1].end()  # "… speaks today allies must act.": a sentence run on
    return after_event


def _runs_on_with_modal(note: str, start: int, end: int, after_verb: bool = True) -> bool:
    """Whether ``note``'s words from ``start`` to ``end``, after its event's speech or verb of ending, hold a modal
    verb, or a form of "be" outside a clause of the event's own, before any word that opens the speech's subject (see
    _RUN_ON_MODAL): a sentence run on without a comma. After a speech named by a noun (not ``after_verb``), a form of
    "be" is its own verb: "… the statement by the minister is published".

    >>> _runs_on_with_modal("… speaks today allies must act.", 10, 31)
    True
    >>> _runs_on_with_modal("… speaks on what allies will do next", 10, 36)
    False
    >>> _runs_on_with_modal("… statement can be read in parliament", 11, 38)
    False
    >>> _runs_on_with_modal("… speaks tonight Russia is losing the war.", 8, 42)
    True
    >>> _runs_on_with_modal("… speaks after the vote is taken", 8, 32)
    False
    >>> _runs_on_with_modal("… statement by the minister is published", 11, 41, after_verb=False)
    False
    >>> _runs_on_with_modal("… speaks where Russia will hear him allies must stand firm.", 8, 59)
    True
    >>> _runs_on_with_modal("… speaks tonight Russia and Belarus are losing the war.", 8, 55)
    True
    >>> _runs_on_with_modal("… has ended in Brussels and Kyiv is informed", 11, 44)
    False
    >>> _runs_on_with_modal("… speaks when the summit opens allies must be ready.", 8, 51)
    True
    >>> _runs_on_with_modal("… speaks when allies meet Russia can't win.", 8, 43)
    True
    >>> _runs_on_with_modal("… speaks where allies meet Russia will be watching.", 8, 50)
    True
    >>> _runs_on_with_modal("… speaks when the summit opens our allies will stand firm.", 8, 58)
    True
    >>> _runs_on_with_modal("… speaks when all our allies will be present", 8, 44)
    False
    """
    in_clause = not after_verb
    setting = None  # in a clause of where or when: whether its own verb is still to come
    for verb in _RUN_ON_MODAL.finditer(note, start, end):
        if verb.group("subject"):
            return False
        if _NAMES_JOINED.match(note, verb.start()) and _joins_names(note[max(start, verb.start() - 80):verb.start()],
                                                                    note[verb.start():min(end, verb.start() + 80)]):
            continue  # "Russia and Belarus are…": one subject
        if verb.group("setting") or (setting is not None and verb.group("clause")):
            setting = True  # "… where leaders will meet", "… when the vote is taken and ministers are gone"
            continue
        if (setting and not _RUN_ON_DUTY.fullmatch(verb.group())
                and not _SUBJECT_AFTER_CLAUSE_VERB.search(note, max(start, verb.start() - 80), verb.start())
                and not _POSSESSIVE_SUBJECT_AFTER_CLAUSE_VERB.search(note, max(start, verb.start() - 80),
                                                                     verb.start())
                and not _SUBJECT_AFTER_SHORT_CLAUSE.search(note, max(start, verb.start() - 80), verb.start())):
            setting = False  # the clause's own verb
            continue
        in_clause = in_clause or verb.group("clause") is not None
        if not (verb.group("clause") or (verb.group("copula") and in_clause)):
            return _WORD.search(note, start, verb.start()) is not None  # a subject before it
    return False


def _joins_names(before: str, after: str = "") -> bool:
    """Whether ``before``, the words before an "and"/"or" that a name follows (see _NAMES_JOINED), ends in a name of
    the subject's (see _NAME_BEFORE), not a place after a preposition, the event's own (see _PLACE_BEFORE); a place
    of several names, or a name after "with" or "for", is the subject's only when ``after``, from the "and" on, gives
    them a verb of many (see _PLACES_BEFORE).

    >>> _joins_names(" tonight Russia ")
    True
    >>> _joins_names(" in Brussels ")
    False
    >>> _joins_names(" in New York ", "and Washington is informed")
    False
    >>> _joins_names(" in Riga Estonia ", "and Latvia are on the flank.")
    True
    """
    if _NAME_BEFORE.search(before) is None or _PLACE_BEFORE.search(before) is not None:
        return False
    return _PLACES_BEFORE.search(before) is None or _NAMES_JOINED_TAKE_PLURAL.match(after) is not None


def _is_clause_after_comma(note: str, start: int) -> bool:
    """Whether ``note``, a release's note, goes on after its first comma from ``start`` into one sentence to its end,
    with a sentence's end mark and two words in lower case that no note is made of (see
    _RELEASE_NOTE_TAIL_CLAUSE_WORDS): "Embargoed until 10:00, Russian assets stay in Europe.".

    >>> _is_clause_after_comma("Embargoed until 10:00, Russian assets stay in Europe.", 0)
    True
    >>> _is_clause_after_comma("Embargoed until 10:00, Brussels. Media contact: press office.", 0)
    False
    >>> _is_clause_after_comma("Embargoed until 10:00, please do not publish earlier.", 0)
    False
    """
    comma = note.find(",", start)
    if comma < 0:
        return False
    clause = note[comma:].rstrip()
    opening = _WORD.search(clause)
    # one sentence, ending as a sentence does: not a note's date or place, nor the note's next sentence, a contact's,
    # nor its terms
    return (clause.rstrip("\"'”’)]").endswith((".", "!", "?", "…")) and _INNER_STOP.search(clause) is None
            and not (opening and opening.group() in _RELEASE_NOTE_TERMS_OPENING)
            and sum(word.islower() and word not in _RELEASE_NOTE_TERMS_WORDS
                    for word in _WORD.findall(clause)) >= _RELEASE_NOTE_TAIL_CLAUSE_WORDS)


# An embargo's "Not for publication …" alone on a line, or "Not to be released/broadcast …" (after a footer's stop
# _FOOTER_SENTENCE reads it): no statement has only a note's words (see _RELEASE_NOTE_WORDS), as "Not for
# publication until the minister has spoken" has, which was scored. One word of another kind after the note's event
# keeps the line words ("Not for publication: Russia is losing the war.").
_UNPUBLISHED_NOTE = re.compile(r"[\[(]?not (?:for|to be) (?:publication|published|release|released|broadcast)\b",
                               re.IGNORECASE)
_UNPUBLISHED_NOTE_LENGTH = 160  # a longer line is no such note but words
# Two shapes of it that name no speech are a note's whole line too: one waiting for a gathering to end ("Not for
# release until the summit ends.", "… until the NATO summit in Vilnius ends"), and an embargo put after its time
# ("Until further notice, embargoed."), each scored as a statement. An event in the world is no release's: "Not for
# release until the war ends." stays words, as "Embargoed until the war ends, …" does, and "Not until Russia
# withdraws will sanctions end." opens no note.
_UNPUBLISHED_UNTIL_END = re.compile(
    r"[\[(]?not (?:for|to be) (?:publication|published|release|released|broadcast)\s+(?:until|till)\s+"
    r"(?:[\w'’\-]+\s+){0,3}(?:summit|meeting|session|sitting|talks|conference|ceremony|debate|event|visit)"
    r"(?:\s+(?:in|of|at|on)\s+[\w'’\-]+(?:\s+[\w'’\-]+)?)?"
    r"\s+(?:ends|has ended|is over|closes|has closed|concludes|finishes|has finished)[.)\]]?", re.IGNORECASE)
_EMBARGOED_AFTER_TIME = re.compile(r"[\[(]?until further notice,?\s+(?:strictly\s+)?embargoed[.)\]]?", re.IGNORECASE)


def _is_unpublished_note(line: str) -> bool:
    """Whether ``line`` is an embargo's note that opens "Not for publication" or "Not to be released" and holds no
    word in lower case or capitals but a note's after the event it waits for (see _UNPUBLISHED_NOTE,
    _after_release_event).

    >>> _is_unpublished_note("Not for publication until the minister has spoken")
    True
    >>> _is_unpublished_note("Not for publication: Russia is losing the war.")
    False
    >>> _is_unpublished_note("NOT FOR PUBLICATION UNTIL 10:00 CET"), _is_unpublished_note("NOT FOR RELEASE: WE WIN.")
    (True, False)
    >>> _is_unpublished_note("Not for release until the summit ends.")
    True
    >>> _is_unpublished_note("Until further notice, embargoed."), _is_unpublished_note("Not until Russia withdraws.")
    (True, False)
    """
    if len(line) > _UNPUBLISHED_NOTE_LENGTH:
        return False
    if _UNPUBLISHED_UNTIL_END.fullmatch(line) or _EMBARGOED_AFTER_TIME.fullmatch(line):
        return True  # see _UNPUBLISHED_UNTIL_END
    if not _UNPUBLISHED_NOTE.match(line):
        return False
    # a word in capitals is read in lower case, as a transcript may be typed ("NOT FOR RELEASE UNTIL THE WAR ENDS, …"
    # is words, as is "… until 10:00. NATO ALLIES AGREE."), a time zone among the note's ("… until 10:00 CET")
    return not any((word.islower() or word.isupper()) and word.lower() not in _RELEASE_NOTE_TERMS_WORDS
                   for word in _WORD.findall(line, _after_release_event(line)))


def _is_release_note_clause(line: str) -> bool:
    """Whether ``line``, opening as a release's note (see _RELEASE_NOTE), is a sentence of its own to its first
    stop instead (see _release_note_has_clause).

    >>> _is_release_note_clause("Embargoed goods must be seized at the border.")
    True
    >>> _is_release_note_clause("EMBARGOED UNTIL 00:01 GMT. Ministers said the alliance will send more troops.")
    False
    """
    if not _RELEASE_NOTE.match(line):
        return False
    stop = _SENTENCE_AFTER.search(line)
    # with its stop, which a clause after the note's comma ends with (see _RELEASE_NOTE_TAIL_CLAUSE_WORDS)
    return _release_note_has_clause(line[:stop.start() + 1] if stop else line)


_RIGHTS_NOTICE = re.compile(rf"(?=[^.!?]*?\b{_RIGHTS_USE})(?=[^.!?]*?\b{_RIGHTS_RESTRICTION})", re.IGNORECASE)


def _is_furniture(line: str, below: str = "", above: str = "") -> bool:
    """Whether ``line`` is furniture known by its own text: boilerplate, a credit or caption,
    a publisher's note on the text, a list of links and tags, a contact line, or an end mark
    (not a page number or a running header, which take the whole document to tell), unless it
    goes on past boilerplate into a text of its own (see :func:`_goes_on_past_furniture`; a publisher's note of
    several sentences, "This article was amended on 4 March 2026. An earlier version…", is one note). A credit's
    label before a sentence, maybe wrapped onto the line ``below``, is no credit (see
    :func:`_is_labelled_sentence`); a news page's time, and a lone "end" that a sentence wraps
    through, are words inside the sentence of the line ``above`` (see :func:`_is_page_time` and
    :func:`_is_wrapped_end`).

    >>> _is_furniture("End", "We act.", "We met."), _is_furniture("end", "of this war.", "until the")
    (True, False)
    >>> _is_furniture("© 2026 Reuters. All rights reserved."), _is_furniture("© 2026 Reuters. We must send tanks now.")
    (True, False)
    >>> _is_furniture("By Jan Novak; Editing by Alex Smith. Poland will buy more tanks this year.")
    False
    >>> _is_furniture("Email: press@example.org. Poland will buy more tanks this year.")
    False
    """
    # A credit's or contact's rule may run to its line's end too ("…; Editing by .*", "Email: … .*"): a story or a
    # release stored in one table cell that opens with it goes on past it into its sentences, and was left out.
    return _is_furniture_alone(line, below, above) and not (
        ((_BOILERPLATE.match(line) or _CREDIT_LINE.match(line) or _is_newsroom_credit(line))
         and _goes_on_past_furniture(line))
        or (_is_contact_line(line) and not _is_contact_block(line) and _goes_on_past_furniture(line, _SENTENCE_AFTER)))


# A contact's field: a label ("Tel:", "Email:") or an address ("press@mod.example").
_CONTACT_FIELD = re.compile(r"\b(?:tel(?:ephone)?|phone|mob(?:ile)?|fax|e-?mail|contacts?)\s*:|\w@[\w\-]+\.\w",
                            re.IGNORECASE)


def _is_contact_block(line: str) -> bool:
    """Whether contact ``line`` holds another contact's field after its first stop, with only names between (see
    _reads_as_names): a release's contact block flattened onto one line (a contact line is 200 characters at most),
    not a story going on after its contact, which a release in one cell may end with its own ("… the ministry said
    on Tuesday. Email: press@mon.gov.pl").

    >>> _is_contact_block("Media contact: Anna Kowalska. Ministry of National Defence. Tel: +48 22 123 45 67.")
    True
    >>> _is_contact_block("Email: press@example.org. Poland will buy more tanks this year.")
    False
    >>> _is_contact_block("Contact: Anna Kowalska. Poland will buy more tanks, she said. Email: a@mon.gov.pl")
    False
    """
    stop = _SENTENCE_AFTER.search(line)
    field = _CONTACT_FIELD.search(line, stop.end()) if stop else None
    if field is None:
        return False
    between = line[stop.end():field.start()]
    # an address's match opens inside it ("s@mon.gov.pl"): the rest of its word is no name
    return _reads_as_names(between.rpartition(" ")[0] if "@" in field.group() else between)


# A word of a sentence: one in lower case but the small words an organisation's or office's name leaves so ("Ministry
# of National Defence"), the words of a contact's post or office, which a block writes in lower case as often ("Head
# of media relations", "press officer", "Office hours 9-17"), and an address's abbreviations of three letters at most
# with their stop ("ul.", "al."). A sentence has its verb in lower case besides ("The press office said…").
_NAME_SMALL_WORDS = ("the|and|of|for|in|on|at|to|de|du|des|la|le|et|und|der|die|das|für|"
                     r"media|press|public|relations|affairs|communications?|information|office|officer|head|deputy|"
                     r"chief|senior|director|manager|adviser|advisor|assistant|secretary|spokes(?:person|woman|man)|"
                     r"department|division|unit|section|team|desk|bureau|services?|enquiries|inquiries|hours")
_SENTENCE_WORD = re.compile(rf"(?<![\w'’-])(?!(?:{_NAME_SMALL_WORDS})(?![\w'’-]))(?![^\W\d_]{{1,3}}\.)"
                            rf"[^\W\d_{_CAP}]")


def _reads_as_names(text: str) -> bool:
    """Whether ``text`` has no word of a sentence (see _SENTENCE_WORD): names, offices and places ("Press Officer,
    Ministry of National Defence, ul. Klonowa 1, Warsaw."), as a sentence, whose verbs are in lower case, has not.

    >>> _reads_as_names("Ministry of National Defence, ul. Klonowa 1, Warsaw. "), _reads_as_names("Poland will act. ")
    (True, False)
    """
    return _SENTENCE_WORD.search(text) is None


def _goes_on_past_furniture(line: str, sentence_after: re.Pattern[str] = _CLAUSE_AFTER) -> bool:
    """Whether furniture ``line`` goes on, after a stop, into a sentence of four words or more that is no furniture
    itself: a scraped article or a speech exported into one table cell, which opens with its footer's or release's
    note ("For immediate release. NATO allies agreed today…"). Such a line was left out whole, and a document of
    one line lost every statement. Only the first such sentence is looked at, so that a long line is read once.
    ``sentence_after`` finds where it opens (see _CLAUSE_AFTER; a contact's line gives _SENTENCE_AFTER).

    >>> _goes_on_past_furniture("For immediate release. NATO allies agreed today to spend more.")
    True
    >>> _goes_on_past_furniture("Reporting by Jane Doe; Editing by Alex Smith. Follow us on X for more news.")
    False
    >>> _goes_on_past_furniture("© 2026 Reuters. All rights reserved. Reproduction without permission is prohibited.")
    False
    >>> _goes_on_past_furniture("Follow us on X. Sign up for our newsletter.")
    False
    >>> _goes_on_past_furniture("Embargoed until 00:01 GMT. Not for publication before then. NATO allies agreed today.")
    True
    >>> _goes_on_past_furniture("Follow us on X. Sign up for our newsletter. “NATO allies agreed today to spend more.”")
    True
    >>> _goes_on_past_furniture("Follow us on X. Unsubscribe from these e-mails. Allies will meet in Vilnius.")
    True
    >>> _goes_on_past_furniture("Follow us on X. Unsubscribe from these e-mails.")
    False
    >>> _goes_on_past_furniture("Follow us on X. Follow the money, said the minister, and you will find Russia.")
    True
    >>> _goes_on_past_furniture("© 2026 Baltic Wire. Embargoed oil still reaches Europe through India.")
    True
    """
    return _text_past_furniture(line, sentence_after) >= 0


# A note known whole to its stop (see _BOILERPLATE), before a text on its line: a rights notice in another language
# than English, an advertisement's place.
_WHOLE_NOTE = re.compile(rf"(?:{_OTHER_RIGHTS_NOTICES}|{_PAGES_PLACE_NOTES})[.!]\s+(?=\S)", re.IGNORECASE)


def _text_past_furniture(line: str, sentence_after: re.Pattern[str] = _CLAUSE_AFTER) -> int:
    """Where in furniture ``line`` the text of its own that :func:`_goes_on_past_furniture` finds opens, -1 where it
    has none.

    >>> line = "© 2026 Reuters. All rights reserved. NATO allies agreed today to spend more."
    >>> line[_text_past_furniture(line):], _text_past_furniture("© 2026 Reuters. All rights reserved.")
    ('NATO allies agreed today to spend more.', -1)
    """
    if (whole := _WHOLE_NOTE.match(line)) is not None:
        # the notice is known whole to its stop: what follows is judged as on its own line, so that no short text
        # after it goes with it ("Alle Rechte vorbehalten. Agreed.")
        rest = line[whole.end():]
        if not _is_furniture_alone(rest):
            return whole.end()
        inner = _text_past_furniture(rest, sentence_after)
        return -1 if inner < 0 else whole.end() + inner
    stop = sentence_after.search(line)
    if stop is None:
        if sentence_after is not _CLAUSE_AFTER:
            return -1
        labelled = _labelled_text_past_furniture(line)
        return labelled if labelled >= 0 else _short_text_past_furniture(line)
    after = stop.end()
    if inside := _QUOTE_OR_BRACKET_OPENING.match(line, after):
        # "Follow us on X. “Sign up for our newsletter.”": a footer's sentence quoted is the footer still, read
        # without its closing marks
        quoted = _QUOTE_OR_BRACKET_CLOSING.sub("", line[inside.end():])
        if (_RIGHTS_NOTICE.match(quoted) or _FOOTER_SENTENCE.match(quoted)
                or (_BOILERPLATE.match(quoted) and not _is_release_note_clause(quoted))):
            return -1
    if _is_note_behind_opener(line[after:]):
        return -1
    for _ in range(_FOOTER_SENTENCES):
        if _RIGHTS_NOTICE.match(line, after):
            return -1
        footer = _FOOTER_SENTENCE.match(line, after)
        if footer is None:
            rest = line[after:]
            # a sentence opening as a release's note is words as on its own line ("… Embargoed goods must be seized at
            # the border."), which was lost with the footer, read as a note running to the line's end
            if not _BOILERPLATE.match(rest) or _is_release_note_clause(rest):
                return -1 if _is_furniture_alone(rest) else after
            # another footer's note ("Follow us on X. Unsubscribe from these e-mails. Allies will…"), which runs to
            # its line's end alone: read on past it, or a sentence after it went with the line
            stop = sentence_after.search(line, after)
            if stop is None:
                return -1
            after = stop.end()
            continue
        if footer.group()[:3].lower() == "not" and _release_note_has_clause(footer.group()):
            return after  # "… Not for publication before then, ministers said the alliance will act.": words
        # "… Sign up for our newsletter.": the footer goes on. What follows it is judged as the first sentence was,
        # whatever it opens with: a quote, a number or a bracket after a footer's sentence was lost with it.
        after = footer.end()
        if after == len(line):
            return -1
    return after  # a line of more footer sentences than a footer has is no footer


# A sentence of two or three words that ends the line after a stop of the note's, no clause's of _SHORT_CLAUSE's
# shape ("Peace now.", "Arm Ukraine today.", "Finland joined NATO."): the search for a text's sentence knows four
# words or a subject and a modal, and the line was left out whole with its note ("© 2026 Reuters. Peace now.", 53 of
# 100 such statements after the notice, and as many after "Embargoed until 9 p.m."). Not a call's ("Read more.",
# "Follow us on X."), nor a use refused ("Not for reuse.", "Not for distribution."), nor a note's subject's ("Terms
# apply.", "Comments are closed."), nor the page's things named ("File photo.", "Related stories.", "Back to top.",
# "Copy link."), nor a time's zone after "a.m."/"p.m." ("… 9 p.m. Central European Time.").
_PAGES_THINGS = (r"(?i:photos?|pictures?|images?|videos?|gallery|content|stor(?:y|ies)|articles?|page|link|top|"
                 r"reading|also|permission|ltd|inc|below|above|more|here|newsletter|comments?|edition|advertisements?|adverts?|ads?)")
# a modal's or a copula's clause of two or three words is _SHORT_CLAUSE's to judge ("Prices may vary." is a note's)
_MODAL_OR_COPULA = (r"(?-i:must|will|shall|should|cannot|would|has|have|had|won't|won’t|can't|can’t|can|could|may|"
                    r"might|is|are|was|were)\b")
# It may be quoted or open with a person's title ("© 2026 Reuters. “Peace now.”", "… Mr. Rutte spoke.", "… Gen.
# Cavoli warned."): its words after them are judged as above, with a modal's or a copula's clause too ("… “We will
# win.”", "… Mr. Rutte will resign.", which _SHORT_CLAUSE does not read after a quote or a title). Both were left out
# with the note; not "Hon.", which opens a chamber's note ("Hon. Members rose.").
_NO_NOTES_OPENING = rf"(?!{_CALL_WORD}|{_SHORT_CLAUSE_SUBJECT_OF_NOTES}|(?i:not\s+for)\b)"
_SHORT_TEXT_OPENING = (rf"(?:(?:[\"“„«‘]|(?-i:Mr|Mrs|Ms|Dr|Prof|Gen|Adm|Sen|Rep|Gov|Sgt|Col|Capt|Lt)\.\s+)"
                       rf"{_NO_NOTES_OPENING}|{_NO_NOTES_OPENING}(?!\S+\s+{_MODAL_OR_COPULA}))")
_SHORT_TEXT_CLOSING = r"[\"”»’]?"
_SHORT_TEXT_AFTER = re.compile(
    rf"{_STOP_BEFORE}(?={_SHORT_TEXT_OPENING}"
    rf"(?-i:[{_CAP}])[\w'’\-]*"
    rf"(?:\s+[\w'’\-]+)?\s+(?!{_PAGES_THINGS}[.!?])[\w'’\-]+[.!?]{_SHORT_TEXT_CLOSING}\s*$)")
_SHORT_TEXT_QUOTES = re.compile(rf"^[\"“„«‘]|{_SHORT_TEXT_CLOSING}$")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:(?:[A-Za-z]\.)+|[A-Z][a-z]{1,2}\.)$")  # "U.S.", "p.m.", "Hon."
_TIME_OF_DAY_BEFORE = re.compile(r"(?<![\w.])[ap]\.m\.$", re.IGNORECASE)
_ZONES_OR_TIME = re.compile(rf"(?i:\btime\b)|{_ZONES}")


# The short sentences _SHORT_TEXT_AFTER refuses for their words alone, where the words after them tell a note's from
# the text's: one word ("© 2026 Reuters. No.", "… Why?"), a call whose object is the world's, not the page's ("Follow
# the money.", "Share the burden.", not "Read the story.", "Join us."), and a note's subject whose verb is no note's
# ("Rights matter.", "Terms were agreed.", not "Terms apply.", "Comments are closed.", "More to come.", "Story is
# developing.") or that is numbered ("Article 5 applies."). Each was lost with the note before it on its line.
_SHORT_SENTENCE_AFTER = re.compile(
    rf"{_STOP_BEFORE}(?=(?P<sentence>(?-i:[{_CAP}])[\w'’\-]*(?:\s+[\w'’\-]+){{0,2}}[.!?])\s*$)")
_SHORT_WORD = re.compile(r"[\w'’\-]+")
# a list's label, whose items may each end with a stop ("Tags: NATO. Ukraine.")
_LIST_LABEL = re.compile(r"(?i:tags?|topics?|keywords?|categor(?:y|ies)|filed under|related(?:\s+\w+)?|see also)"
                         r"\s*[:|–—]")
_CALL_WORD_ALONE = re.compile(rf"{_CALL_WORD}$")
_SUBJECT_OF_NOTES_ALONE = re.compile(rf"{_SHORT_CLAUSE_SUBJECT_OF_NOTES}$")
# a note's verb, state, page's thing, promise ("to follow") or news still coming ("developing") after its subject
_NOTES_PREDICATE = re.compile(rf"(?:{_SHORT_CLAUSE_VERB_OF_NOTES}|{_SHORT_CLAUSE_STATE_OF_NOTES}|{_PAGES_THINGS}|"
                              r"(?i:to|not|ends?)|\w+ing)$")
# one word that names a note's state or the page's thing ("Updated.", "Developing.", "Advertisement.", "Ends."), a
# call's word ("Subscribe.", "Share."), a note's subject ("Terms.", "Details.") or a page's or a picture's label
# ("Privacy.", "Menu.", "File.", "Handout.": a review of 564d708d, which made each a statement of its own)
_PAGES_LABEL = (r"(?i:privacy|cookies|menu|home|search|next|previous|log-?in|sitemap|imprint|impressum|feedback|"
                r"disclaimer|file|pool|handout|archive|illustration|correction|exclusive|opinion|analysis|live)")
# Not the "-eed" of an answer nor a pronoun's "-thing" ("Indeed.", "Agreed.", "Nothing.": a review of 564d708d), nor
# a verdict's answer in "-ed" ("Confirmed.", "Denied.", "Granted.", "Noted.": a review of 6af790b3, whose "-eed" kept
# "Agreed." and lost them, as a note's "Updated.", "Corrected." are not answers). Nor a word whose "-ing" or "-ed" is
# no ending, with no vowel before it ("Bring.", "Spring.", "King.", "Shed.", "Fled.", "Red."): each was lost after a
# note on its line, read as "Developing.", "Updated." are.
_ANSWER_IN_ED = r"(?i:confirmed|denied|granted|noted|accepted|rejected|approved|refused|vetoed|settled|decided)"
_STEM = r"\w*[aeiouyAEIOUY]\w*"  # a stem before an ending has a vowel
_NOTES_WORD = re.compile(rf"(?!{_ANSWER_IN_ED}$)"
                         rf"(?:{_PAGES_THINGS}|(?i:ends?)|{_STEM}(?<![eE])ed|{_STEM}(?<![tT][hH])ing|{_CALL_WORD}|"
                         rf"{_SHORT_CLAUSE_SUBJECT_OF_NOTES}|{_PAGES_LABEL})$")

# a note's subject that the page numbers, its pictures, stories and updates ("Photo 1.", "Story 3 follows.", "Update
# 2."; a review of 564d708d, which made each a statement of its own as it made "Article 5 applies.")
_NUMBERED_PAGES_ITEM = re.compile(r"(?i:photos?|pictures?|images?|videos?|stor(?:y|ies)|updates?|comments?)$")


def _is_short_text_of_a_notes_words(sentence: str) -> bool:
    """Whether ``sentence``, of one to three words after a note on its line, is the text's though
    _SHORT_TEXT_AFTER refuses it (see _SHORT_SENTENCE_AFTER).

    >>> [_is_short_text_of_a_notes_words(words) for words in ("No.", "Follow the money.", "Rights matter.",
    ...                                                       "Article 5 applies.", "Terms were agreed.")]
    [True, True, True, True, True]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("Updated.", "Read the story.", "Join us.",
    ...                                                       "Terms apply.", "More to come.", "Russia must change.")]
    [False, False, False, False, False, False]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("Subscribe.", "Terms.", "File.", "Share?")]
    [False, False, False, True]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("Indeed.", "Agreed.", "Nothing.", "Corrected.")]
    [True, True, True, False]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("Confirmed.", "Denied.", "Granted.", "Updated.")]
    [True, True, True, False]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("AP.", "Reuters.", "Never.")]
    [False, False, True]
    >>> [_is_short_text_of_a_notes_words(words) for words in ("Photo 1.", "Story 3 follows.", "Update 2.")]
    [False, False, False]
    """
    words = _SHORT_WORD.findall(sentence)
    if len(words) == 1:
        return sentence.endswith(("?", "!")) or not (_NOTES_WORD.match(words[0]) or _AGENCY_ALONE.match(words[0]))
    if _CALL_WORD_ALONE.match(words[0]):
        return len(words) == 3 and words[1].lower() == "the" and not re.match(rf"{_PAGES_THINGS}$", words[2])
    if _SUBJECT_OF_NOTES_ALONE.match(words[0]):
        if words[1][:1].isdigit():  # "Article 5 applies.", but a gallery's "Photo 1.", "Video 3."
            return not _NUMBERED_PAGES_ITEM.match(words[0])
        return not any(_NOTES_PREDICATE.match(word) for word in words[1:])
    return False


def _short_text_past_furniture(line: str) -> int:
    """Where in furniture ``line`` a short sentence of the text's own opens (see _SHORT_TEXT_AFTER), its last two or
    three words, -1 where they are none or a note's: furniture on a line of their own, a footer's sentence or a
    notice of rights, or after a stop of initials or a short title ("Tags: NATO, U.S. Foreign Policy.", "Hon. Members
    rose.") or a time's with its zone.

    >>> line = "© 2026 Reuters. Peace now."
    >>> line[_short_text_past_furniture(line):]
    'Peace now.'
    >>> _short_text_past_furniture("© 2026 Reuters. Read more."), _short_text_past_furniture("© 2026 AP. File photo.")
    (-1, -1)
    >>> _short_text_past_furniture("Embargoed until 9 p.m. Central European Time.")
    -1
    """
    short = _SHORT_TEXT_AFTER.search(line)
    other = None if short is not None else _SHORT_SENTENCE_AFTER.search(line)
    if other is not None and _is_short_text_of_a_notes_words(other.group("sentence")):
        short = other
    if short is None:
        return -1
    before = line[:short.start() + 1]
    rest = _SHORT_TEXT_QUOTES.sub("", line[short.end():].rstrip())  # "“Read more.”" is a note's as "Read more." is
    one_word = short is other and len(_SHORT_WORD.findall(rest)) == 1
    if one_word and _LIST_LABEL.match(line):
        return -1  # "Tags: NATO. Ukraine.": a list's item
    if _INITIALS_BEFORE.search(before) and (one_word or not (_TIME_OF_DAY_BEFORE.search(before)
                                                             and not _ZONES_OR_TIME.search(rest))):
        return -1  # "… 9 p.m. Monday.": one word is the time's as often
    footer = _FOOTER_SENTENCE.match(rest)
    if (_is_furniture_alone(rest) or _BOILERPLATE.match(rest) or _RIGHTS_NOTICE.match(rest)
            or (footer is not None and footer.end() >= len(rest))):
        return -1
    return short.end()


# A sentence opening with a label of one to three words and its colon, then its words ("Slovenian minister: we stand by
# every ally.", "Poll: most Italians reject higher spending.", "Written question: how many tanks?"): the search for
# the text's sentence reads no word past a colon, and such a text after a note on its line was lost with it (432 of
# the corpus's texts after "© 2026 Reuters."). Not a note's label, one of a note's words (a page's thing, a call, a
# note's subject or state, a page's label: "Photo:", "Read more:", "Updated:", "Reporting by:", "Terms:", see
# _NOTES_WORD), a list's ("Tags:") or an editor's note's; nor a call after the colon ("Questions: email us at …").
_LABELLED_TEXT_AFTER = re.compile(
    rf"{_STOP_BEFORE}(?=(?P<label>(?-i:[{_CAP}])[\w'’\-]*(?:\s+[\w'’\-]+){{0,2}}):\s+(?!{_CALL_WORD})[\"“‘'\w])")

_NOTE_NAMED = re.compile(r"(?i:notes?)$")  # a note that names itself so ("Note: this article was first published…")
# Nor a credit's or a date's field, its label naming who made the page, whence it came or when ("Author: Jan Novak.",
# "Editor: Sue Lee.", "Written by: Jan Novak.", "Zdjęcie: Jan Kowalski.", "Źródło: PAP.", "Date: 3 March 2026."),
# when its words after the colon hold fewer words in lower case, English small words apart, than a sentence does, a
# German or Polish one whose nouns are capitalised too ("Umfrage: Mehrheit der Deutschen für NATO.", "Sondaż:
# większość Polaków popiera NATO.": two); nor a label before a link alone ("Info: https://www.nato.int"). Such a field
# after a note on its line was lost with the note before 5d8d45f5, which made it a statement; a heading's label before
# a name is the text's still, as alone on its line ("Profile: Rustem Umerov", "Kaliningrad: background").
_FIELDS_LABEL = re.compile(r"(?i:authors?|autor(?:ka|in)?|by|byline|editors?|redakcja|redaktion|opracowanie|mitarbeit|"
                           r"translat(?:or|ion)|tłumaczenie|übersetzung|producers?|photographers?|fotograf|zdjęci[ea]|"
                           r"graphics?|grafik|sources?|źródło|quelle|bildquelle|credits?|spokes(?:person|man|woman)|"
                           r"dates?|datum|licen[cs]e|lizenz|licencja)$")
_LABELLED_TEXTS_LOWER_WORDS = 2
_FIELDS_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "by", "via", "from", "in", "on", "at",
                                 "to", "with"})


def _labelled_text_past_furniture(line: str) -> int:
    """Where in furniture ``line`` a sentence of the text's own opening with its label and colon opens (see
    _LABELLED_TEXT_AFTER), -1 where there is none or it is a note's: its label's, or furniture on a line of its own, a
    footer's sentence or a notice of rights.

    >>> line = "© 2026 Reuters. Poll: most Italians reject higher spending."
    >>> line[_labelled_text_past_furniture(line):]
    'Poll: most Italians reject higher spending.'
    >>> [_labelled_text_past_furniture("© 2026 Reuters. " + note) for note in (
    ...     "Photo: courtesy of NATO.", "Read more: how NATO works.", "Updated: 3 March 2026.",
    ...     "Tags: NATO, defence, Ukraine.", "Questions: email us at tips@example.com.", "Note: this was updated.")]
    [-1, -1, -1, -1, -1, -1]
    >>> [_labelled_text_past_furniture("© 2026 Reuters. " + field) for field in (
    ...     "Author: Jan Novak.", "Źródło: PAP.", "Date: 3 March 2026.", "Info: https://www.nato.int/news-and-views")]
    [-1, -1, -1, -1]
    >>> line = "© 2026 Reuters. Source: NATO estimates show spending rose 18%."
    >>> line[_labelled_text_past_furniture(line):], _labelled_text_past_furniture("© 2026 Reuters. Source: NATO.")
    ('Source: NATO estimates show spending rose 18%.', -1)
    """
    labelled = _LABELLED_TEXT_AFTER.search(line)
    if labelled is None:
        return -1
    rest = line[labelled.end():]
    label = labelled.group("label")
    if _LIST_LABEL.match(rest) or _EDITORIAL_NOTE.match(rest):
        return -1
    after_colon = rest[len(label) + 1:]
    if (any(_NOTES_WORD.match(word) or _NOTE_NAMED.match(word) for word in _SHORT_WORD.findall(label))
            and not _is_news_after_notes_label(label, after_colon.strip())):
        return -1
    if _is_field(label, after_colon):
        return -1
    footer = _FOOTER_SENTENCE.match(rest)
    # judged as alone on its line, where a credit's label before a sentence is no credit ("Source: NATO estimates
    # show spending rose 18%.", see _is_labelled_sentence)
    if (_is_furniture_alone(rest) or _RIGHTS_NOTICE.match(rest)
            or (footer is not None and footer.end() >= len(rest))):
        return -1
    return labelled.end()


def _is_field(label: str, words: str) -> bool:
    """Whether ``label`` and the ``words`` after its colon are a credit's or a date's field, or a link's (see
    _FIELDS_LABEL), not a sentence of the text's.

    >>> _is_field("Author", " Jan Novak."), _is_field("Editors", " Sue Lee and Jan Novak.")
    (True, True)
    >>> _is_field("Info", " https://www.nato.int"), _is_field("Chapter 2", " 1949")
    (True, False)
    >>> _is_field("Source", " officials say the brigade is ready."), _is_field("Profile", " Rustem Umerov")
    (False, False)
    """
    without_links = LINK.sub("", words)
    if without_links != words and not _WORD.search(without_links):
        return True  # "Info: https://www.nato.int": a link's words are none
    if not _FIELDS_LABEL.match(_SHORT_WORD.findall(label)[-1]):
        return False
    lower = [word for word in _WORD.findall(without_links) if word.islower() and word not in _FIELDS_SMALL_WORDS]
    return len(lower) < _LABELLED_TEXTS_LOWER_WORDS


# A label that a note always has, whatever follows its colon: a call ("Read more:", "Watch:"), the page's things
# ("Photo:", "Video:", "More:"), a picture's ("File:", "Handout:", "Pool:"), a note naming itself ("Note:") or the
# page's correction of itself ("Correction: an earlier version misstated …").
_ALWAYS_NOTES_LABEL_WORD = re.compile(
    rf"(?:{_CALL_WORD}|{_PAGES_THINGS}|(?i:file|pool|handout|archive|illustration|notes?|corrections?|clarifications?))$")
# the page's things named in the words after the label, which speak of the page ("Breaking news: we are updating this
# story.", "Trending: what people are reading.": a review of bf03e6f1, which made each a statement), not "more" or
# "also", which a text has as often ("Opinion: we must send more tanks."), nor a place's, a rank's or leave's word
# that names no thing of the page ("Update: Russia's top general was killed.", "Breaking: Russian troops are here to
# stay.", "Breaking: Hungary gives its permission …": a review of b0eb138e, which lost each with the note)
_PAGES_THING_NAMED = re.compile(rf"(?!(?i:more|also|top|here|below|above|permission)$){_PAGES_THINGS}$")
# The past of the verbs news tells in that have no "-ed" ("Breaking: Germany sent tanks to Lithuania.", "Update:
# Russia struck Kharkiv.", "Update: Leaders met in Vilnius."; each was lost with a note before it on its line, though
# a statement alone on its line), in lower case: none is a noun or an adjective a note's words hold ("left", "set",
# "cut", "hit", "put", "read", "saw" and "found" are, or are as often the present, and are left out)
_IRREGULAR_PAST = (r"(?-i:sent|gave|took|made|told|said|won|lost|began|fell|rose|met|held|kept|brought|bought|sold|"
                   r"led|spoke|wrote|came|went|fought|flew|ran|built|paid|struck|shot|stood|drove|broke|chose|threw|"
                   r"sought|thought|knew|grew|became|withdrew|spent|froze|swore|overtook|undertook|forgave|upheld|"
                   r"withheld)")
# The verb of a clause after a label's colon: a modal, an auxiliary or a copula, a verb in "-ed" ("NATO agreed",
# "why NATO must stay", "Kyiv was hit") or an irregular past ("Germany sent"), after the clause's first word
_VERB_AFTER_FIRST_WORD = re.compile(
    rf"{_MODAL_OR_COPULA}|(?-i:do|does|did)$|(?-i:[a-z])[\w'’\-]*ed$|{_IRREGULAR_PAST}$")
# a verb in "-s" after a name ("Russia fires missiles …", "NATO estimates show …"), not a word in "-ss" ("Congress")
_VERB_IN_S = re.compile(r"(?-i:[a-z])[\w'’\-]*(?<!s)s$")
# A plural name ("Allies", "Ministers", "Germans") opening the clause, capitalised, in "-s" but not "-ss", and the plain
# verbs news tells after it ("Breaking: Allies send tanks to Lithuania.", "… Ministers pledge new aid."), in lower case:
# a closed list, as the plain form is no sign of a verb ("Sources: Officials familiar with the matter." is the note's)
_PLURAL_NAME = re.compile(rf"(?-i:[{_CAP}])[\w'’\-]*(?<![sS])s$")
_PLAIN_VERB = re.compile(r"(?-i:send|agree|want|need|plan|vow|pledge|reject|warn|seek|urge|fear|deny|demand|deploy|"
                         r"approve|support|oppose|back|meet|hold|join|sign|launch|fire|strike|boost|raise|order|buy|"
                         r"call|say|tell|ask|promise|refuse|accept|condemn|welcome|announce|expect|win|lose|face|"
                         r"prepare|push|move|begin|start|stop|block|veto|confirm|vote|give|take|make|keep|step|"
                         r"double|triple|halt|resume|sanction|arrive|leave|return|withdraw|retreat|advance|attack)$")
# a page's thing named after a name's possessive is the name's, not the page's ("Opinion: Ukraine's story is Europe's
# story.", lost with a note before it on its line), unless the name is an agency's ("Update: Reuters' story was
# corrected.")
_NAMES_POSSESSIVE = re.compile(rf"(?-i:[{_CAP}])[\w\-]*(?:['’]s|s['’])$")
# The page's own people, its editors and readers, opening a clause after a note's word as its subject or its
# possessive ("Update: Editors sent a correction.", "Update: Readers' comments are closed."): the page's news, no
# name's (a review of ce5a1f09, which kept each as a statement of the text's for its "sent", "want" or "Readers'")
_PAGES_PEOPLE = re.compile(r"(?i:editors?|readers?|subscribers?|viewers?|listeners?|moderators?)(?:['’]s?)?$")


def _is_news_after_notes_label(label: str, words: str) -> bool:
    """Whether ``words``, after the colon of ``label``, a note's word ("Update:", "Breaking:", "Analysis:"), are a
    whole statement of the text's, which the label opens as news: a clause, its first word no note's subject or call,
    naming none of the page's things, its verb a modal, an auxiliary or a copula, one in "-ed" or in "-s" after a
    name, or its subject a pronoun ("Update: NATO agreed.", "Breaking: Russia fires missiles at Lviv.", "Opinion: we
    must send more weapons."). A date, a time, a name or a few words of no verb after it are the note's ("Updated:
    9 March 2026.", "Update: 10:45 CET.", "Reporting by: Jan Novak in Warsaw."), as is anything after a call's, a
    page's thing's or a picture's label ("Read more: how NATO works.", "Photo: soldiers marched in Kyiv.").

    >>> [_is_news_after_notes_label(label, words) for label, words in (("Update", "NATO agreed."),
    ...     ("Breaking", "Russia fires missiles at Lviv."), ("Analysis", "why NATO must stay united."))]
    [True, True, True]
    >>> [_is_news_after_notes_label(label, words) for label, words in (("Updated", "9 March 2026."),
    ...     ("Update", "more to follow."), ("Reporting by", "Jan Novak in Warsaw."), ("Read more", "how NATO works."))]
    [False, False, False, False]
    >>> [_is_news_after_notes_label(label, words) for label, words in (("Updated", "the article was amended."),
    ...     ("Breaking news", "we are updating this story."), ("Trending", "what people are reading."))]
    [False, False, False]
    >>> _is_news_after_notes_label("UPDATE", "NATO AGREED."), _is_news_after_notes_label("UPDATE", "MORE TO FOLLOW.")
    (True, False)
    """
    if any(_ALWAYS_NOTES_LABEL_WORD.match(word) for word in _SHORT_WORD.findall(label)):
        return False
    found = _SHORT_WORD.findall(words)
    if len(found) < 2 or not found[0][:1].isalpha() or not _SENTENCE_END.search(words):
        return False
    first = found[0]
    if re.match(rf"{_SHORT_CLAUSE_SUBJECT_OF_NOTES}|{_CALL_WORD}", first) or _PAGES_PEOPLE.match(first) or any(
            _PAGES_THING_NAMED.match(word) and not _is_names_possessive(found[at - 1] if at else "")
            for at, word in enumerate(found)):
        return False
    # a clause in capitals is read in lower case, its first word a name ("UPDATE: NATO AGREED.", as alone on its line;
    # its verbs in capitals were no verb, and the line was lost with the note before it)
    verbs = [word.lower() for word in found] if not any(map(str.islower, words)) else found
    clause = (re.match(rf"(?i:{_SUBJECT_PRONOUN})$", first) is not None
              or any(_VERB_AFTER_FIRST_WORD.match(word) for word in verbs[1:])
              or (first[:1].isupper() and _VERB_IN_S.match(verbs[1]) is not None)
              or (_PLURAL_NAME.match(first) is not None and _PLAIN_VERB.match(verbs[1]) is not None))
    return clause and not _is_furniture_alone(words[:1].upper() + words[1:])


def _is_names_possessive(word: str) -> bool:
    """Whether ``word`` is a name's possessive, no agency's, so that a page's thing after it is the name's
    ("Ukraine's story", "NATO's video"), not the page's ("Reuters' story", "our story").

    >>> _is_names_possessive("Ukraine's"), _is_names_possessive("Allies’"), _is_names_possessive("Reuters'")
    (True, True, False)
    >>> _is_names_possessive("our"), _is_names_possessive("Reuters's"), _is_names_possessive("today's")
    (False, False, False)
    >>> _is_names_possessive("Readers'"), _is_names_possessive("Editors’")
    (False, False)
    """
    if not _NAMES_POSSESSIVE.match(word) or _PAGES_PEOPLE.match(word):
        return False
    name = re.sub(r"['’]s?$", "", word)
    return not (_AGENCY_ALONE.match(name) or _AGENCY_ALONE.match(name + "s"))


# A title's stop opening a text, which the credits' and writers' notes do not read ("Mr Smith", not "Mr. Smith").
_TITLE_OPENING = re.compile(r"(?-i:Mr|Mrs|Ms|Dr|Prof)(?=\.\s)")
_ELLIPSIS_OPENING = re.compile(r"(?:…|\.\.\.)\s*")


def _is_note_behind_opener(rest: str) -> bool:
    """Whether ``rest``, the text after a footer's note on its line, opening with a quote, a bracket, an ellipsis or a
    title's stop (see _SENTENCE_OPENER), is a credit's, a writer's or a footer's note to its end once read without them,
    as the same note with no such opening is the note's: 004245af found a text there, and so made "© 2026 Reuters.
    “Reporting by Jan Novak; Editing by Sue Lee.”" or "… Mr. Smith contributed reporting from Kyiv." a statement. Only
    a note to the line's end: a sentence after it is the text's, as without the opening.

    >>> _is_note_behind_opener("Mr. Smith contributed reporting from Kyiv."), _is_note_behind_opener(
    ...     "“Reporting by Jan Novak; Editing by Sue Lee.”")
    (True, True)
    >>> _is_note_behind_opener("Mr. Rutte said allies must spend more."), _is_note_behind_opener(
    ...     "Mr. Smith contributed reporting from Kyiv. NATO allies agreed today to spend more.")
    (False, False)
    """
    bare = rest
    if quote := _QUOTE_OR_BRACKET_OPENING.match(bare):
        bare = _QUOTE_OR_BRACKET_CLOSING.sub("", bare[quote.end():])
    elif ellipsis := _ELLIPSIS_OPENING.match(bare):
        bare = bare[ellipsis.end():]
    if title := _TITLE_OPENING.match(bare):
        bare = title.group() + bare[title.end() + 1:]
    bare = bare.rstrip()
    if bare == rest.rstrip() or _CLAUSE_AFTER.search(bare):
        return False
    footer = _FOOTER_SENTENCE.match(bare)
    return _is_furniture_alone(bare) or (footer is not None and footer.end() >= len(bare))


def _is_furniture_alone(line: str, below: str = "", above: str = "") -> bool:
    """Whether ``line`` is furniture by its own text, as :func:`_is_furniture` says, whatever follows it on the
    line.

    >>> _is_furniture_alone("Copyright 2026 Parliament. We must send more tanks.")
    True
    """
    return bool((_BOILERPLATE.match(line) and not _is_labelled_sentence(line, below)
                 and not _is_release_note_clause(line) and not _is_sentence_after_rights_phrase(line))
                or _CREDIT_LINE.match(line)
                or _is_newsroom_credit(line) or _is_unpublished_note(line)
                or ((_HOUSE_RECORD.fullmatch(line) or _records_of_a_line(line)) and not _in_running_sentence(above))
                or ((_WHOLE_HOUR.fullmatch(line) or _RISING_MEMBER.fullmatch(line))
                    and not _in_running_sentence(above) and not _goes_on_below(below))
                or _EDITORIAL_NOTE.match(line) or _is_link_list(line) or _is_contact_line(line)
                or (_is_end_mark(line) and not _is_wrapped_end(line, above, below))
                or _is_page_time(line, below, above)
                or _is_social_furniture(line, below, above))


# "All rights reserved" and words of its own before a colon and a sentence: a line so opening is furniture to its end
# (see _BOILERPLATE), and "All rights reserved by the people: NATO must act." was lost whole (a reviewer). Words of
# its own: the notice's colon alone, "worldwide" or its holder ("All rights reserved: Terms of use apply.", "… by
# Reuters: Reprints available on request.") go on into its terms, which were made a statement (a review of eeb2cd44).
# The colon's space may hold a character of no width, as a page's editor leaves ("All rights reserved:\u200b NATO
# must act now."): the sentence after it was lost with the notice, every one of 300 corpus texts so placed.
_SPACE_AFTER_COLON = rf"[{INVISIBLE}]*\s[\s{INVISIBLE}]*"
_RIGHTS_PHRASE_BEFORE_COLON = re.compile(
    r"\(?all rights reserved\s+(?!worldwide\b|by\s+(?-i:[A-Z]))[^:.!?\n]{1,60}:" + _SPACE_AFTER_COLON, re.IGNORECASE)
# Without words of its own, a sentence after the notice's colon is still the text's unless it speaks of the notice's
# terms, its use, copies, permission, marks, credits or contact ("All rights reserved: Terms of use apply…", "…:
# Reprints available on request.", "… worldwide: The Baltic Wire is a trademark."): 04161c91, leaving every such
# line out, lost "All rights reserved: NATO must act now." and 1,600 of 43,200 lines of corpus texts so placed. Their
# wording, not words a sentence uses as well: "Reuters", "photos", "copy", "rights", "request" or "contact" alone lost
# "…: Russia cannot copy our democracy.", "…: Russia violates human rights every day." (a review of 2a795535). But
# all of it: "…: Do not copy.", "…: Photos may not be reused.", "…: Photos are the property of Reuters.", "…: Reuters
# is the news and media division of Thomson Reuters." were made statements at e911ee74 (a review of e911ee74). As
# the notice words them, not "reuse", "do not copy" or "Thomson Reuters" alone: "…: Russia will reuse old tactics.",
# "…: Do not copy Russia's tactics.", "…: Thomson Reuters reported that NATO will act." were lost at ba65fb57. And
# all of its wordings of them: "…: Reuse is not permitted.", "…: Photos cannot be reused.", "…: Not to be reused.",
# "…: Reuse restrictions apply.", "…: Do not copy the article.", "…: Reuters, a Thomson Reuters company.", "…: Thomson
# Reuters Foundation is the charitable arm of Thomson Reuters." were made statements at 00d4ac5c (a review of
# 00d4ac5c).
_RIGHTS_NOTICES_COLON = re.compile(r"\(?all rights reserved\b[^:.!?\n]{0,60}:" + _SPACE_AFTER_COLON, re.IGNORECASE)
_NOTICES_TERMS = re.compile(
    r"\b(?:terms?\s+(?:of|and|may|will|apply)|cop(?:ying|ies|ied)|copy\s+(?:of|or|this|it|any|edit\w*|desk)|"
    r"no\s+copy|(?:do\s+not|don['’]t)\s+copy(?=\s*(?:[,;]|$|or\b|and\b))|content|reprint\w*|reproduc\w*|"
    r"(?:do\s+not|don['’]t)\s+copy\s+(?:the|these|our)\s+(?:articles?|photo(?:graph)?s?|images?|pictures?|videos?|"
    r"stor(?:y|ies)|texts?|material)|"
    r"(?:(?:may|must)\s+not|cannot|not\s+to)\s+be\s+re-?used|(?:for|no)\s+re-?use|"
    r"re-?use\s+(?:only\s+with|rights|restrictions)|"
    # what reuse requires, the notice's only when it is leave ("Reuse requires written approval."; "permission" and
    # a licence are its terms anywhere): "Water reuse requires new pipes." is a text's. And only the reuse of the text
    # itself, opening the sentence bare or after a determiner ("Any reuse requires …"), not another thing's: "Water
    # reuse requires EU approval." was lost after "All rights reserved:", read as the notice's leave. The text's own
    # things named before it are the text's reuse still ("Photo reuse requires our approval.", "Article reuse …": a
    # review of f4d2965e, which made each a statement)
    r"(?:^|(?:any|all|the|its|such|further|commercial)\s+)"
    r"(?:(?:articles?|photo(?:graph)?s?|images?|pictures?|videos?|stor(?:y|ies)|texts?|material)\s+)?"
    r"re-?use\s+requires\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:approval|authori[sz]ation|agreement|consent)|"
    r"re-?use\s+(?:is\s+)?(?:not\s+|strictly\s+)?(?:prohibited|forbidden|permitted|allowed|authori[sz]ed)|"
    r"without\s+(?:(?:prior|written|express|explicit)\s+){1,2}consent|permission|trademark|"
    r"distribut\w*|redistribut\w*|republish\w*|licen[cs]\w*|prohibited|unauthori[sz]ed|photo(?:graph)?s?(?=\s*:)|"
    r"photo(?:graph)?s?\s+(?:by|courtesy|credit)|(?:photo(?:graph)?s?|images?|pictures?)\s+(?:is|are)\s+(?:the\s+)?property|"
    r"credits?|publisher|rights\s+(?:holders?|owners?)|(?:syndication|translation|reprint|publishing|image|photo)\s+rights|"
    r"rights\s+to\s+(?:this|these|the)\s+(?:articles?|photo(?:graph)?s?|images?|pictures?|videos?|stor(?:y|ies)|texts?)|"
    r"contact\s+us|subscri\w*|(?:division|arm)\s+of\s+thomson\s+reuters|thomson\s+reuters\s+(?:trust|company)|ltd|inc|"
    r"(?:on|upon|by)\s+request|edition)\b", re.IGNORECASE)
_NOTICES_SENTENCE = re.compile(r"[^.!?\n]{0,300}")
# But not a sentence of a subject of its own and a modal after it ("…: Russia will copy this strategy.", "…: NATO will
# contact us soon.", "…: Spent nuclear fuel cannot be reused."), which the notice's terms above were found in and so
# lost (at 1e97cc27 too): the notice's own sentences of what may be done have the text, its use or its reader for
# their subject ("Photos cannot be reused.", "No part of this text may be reproduced.", "You may not copy it.").
# The terms hold "re-use" with its hyphen and "without written/prior consent" too: "…: Not for re-use.", "…: Do not
# copy without written consent." were made statements (the consent qualified: "… without the consent of Congress"
# is a text's, and four corpus texts were lost without it).
_SUBJECT_AND_MODAL = re.compile(rf"(?-i:[{_CAP}])[\w'’\-]*(?:\s+[\w'’\-]+){{0,3}}?(?=\s+(?-i:will|must|shall|should|"
                                r"would|can|cannot|could|may|might|won['’]t|can['’]t)\s+(?-i:[a-z]))")
_NOTICES_SUBJECT_WORDS = frozenset({
    "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "video", "videos",
    "material", "materials", "content", "text", "texts", "article", "articles", "story", "stories", "item", "items",
    "page", "pages", "site", "website", "reuse", "re-use", "reproduction", "copy", "copies", "part", "parts", "portion",
    "this", "these", "it", "they", "rights", "permission", "terms", "reprint", "reprints", "you", "reader", "readers",
    "user", "users", "subscriber", "subscribers", "visitor", "visitors", "no", "nothing", "none", "any", "all",
    "publication", "publications", "work", "works", "extracts", "excerpts", "quotes", "licence", "license",
    # the notice's acts and its askers ("Copying may infringe copyright.", "Unauthorised use will be prosecuted.",
    # "Requests should be sent to the publisher.", "Licensing enquiries can be made via the website.")
    "use", "copying", "unauthorised", "unauthorized", "licensing", "republication", "redistribution", "requests",
    "enquiries", "inquiries", "violators", "infringers"})


def _has_subject_and_modal(sentence: str) -> bool:
    """Whether ``sentence`` opens with a subject of its own, none of a notice's words (see _NOTICES_SUBJECT_WORDS),
    and a modal and a verb after it: a text's sentence, whatever notice's terms its predicate holds.

    >>> _has_subject_and_modal("Russia will copy this strategy."), _has_subject_and_modal("Photos cannot be reused.")
    (True, False)
    >>> _has_subject_and_modal("No part of this text may be reproduced."), _has_subject_and_modal("Reuse restricted.")
    (False, False)
    """
    subject = _SUBJECT_AND_MODAL.match(sentence)
    return subject is not None and not any(
        word.lower() in _NOTICES_SUBJECT_WORDS for word in subject.group().split())


def _is_sentence_after_rights_phrase(line: str) -> bool:
    """Whether ``line`` opens with "All rights reserved", words of its own (not "worldwide" nor a holder's "by
    Reuters"; without them, no word of its terms after the colon) and a colon before a sentence: a word with a
    capital opening it, no call's, a word in lower case of no name's (see _SENTENCE_WORD), and no rights notice's or
    other footer's words. A notice's holder or its terms after the colon ("All rights reserved: Reuters Ltd.", "…:
    reproduction prohibited.", "…: No part of this text may be reproduced without permission.") are the notice's.

    >>> _is_sentence_after_rights_phrase("All rights reserved by the people: NATO must act.")
    True
    >>> _is_sentence_after_rights_phrase("All rights reserved: Reuters Ltd."), _is_sentence_after_rights_phrase(
    ...     "All rights reserved: No part of this text may be reproduced without permission.")
    (False, False)
    >>> _is_sentence_after_rights_phrase("All rights reserved: Terms of use apply to this content.")
    False
    >>> _is_sentence_after_rights_phrase("All rights reserved: NATO must act now.")
    True
    """
    opening = _RIGHTS_PHRASE_BEFORE_COLON.match(line)
    if opening is None:
        opening = _RIGHTS_NOTICES_COLON.match(line)
        if opening is None:
            return False
        sentence = _NOTICES_SENTENCE.match(line, opening.end()).group()
        if _NOTICES_TERMS.search(sentence) and not _has_subject_and_modal(sentence):
            return False
    rest = line[opening.end():]
    if quote := _QUOTE_OR_BRACKET_OPENING.match(rest):
        rest = rest[quote.end():]  # "All rights reserved: “NATO must act now.”": a sentence quoted is one still
    return bool(rest[:1].isupper() and not re.match(_CALL_WORD, rest) and _SENTENCE_WORD.search(rest)
                and not _RIGHTS_NOTICE.match(rest) and not _BOILERPLATE.match(rest))


def _records_of_a_line(line: str) -> list[str]:
    """The sentences of ``line`` if it is the House's records one after another, each furniture (see _BOILERPLATE
    and _HOUSE_RECORD; they end at _RECORD_STOP), else none: a line Hansard prints so is no one's words, as each
    record alone on its line is, where a record that goes on into a speech ("Division No. 123. We must…") is words.

    >>> _records_of_a_line("The House divided: Ayes 196, Noes 312. Division No. 112.")
    ['The House divided: Ayes 196, Noes 312.', 'Division No. 112.']
    >>> _records_of_a_line("Division No. 123. We must send more tanks."), _records_of_a_line("Division No. 112")
    ([], [])
    """
    if not _RECORD_OPENING.match(line):
        return []
    records, start = [], 0
    # Sentence by sentence, stopping at the first that is no record, so that a long speech after one is not read.
    for stop in _RECORD_STOP.finditer(line):
        records.append(line[start:stop.end()].strip())
        if not _is_record(records[-1]):
            return []
        start = stop.end()
    records.append(line[start:].strip())
    return records if len(records) > 1 and _is_record(records[-1]) else []


def _is_record(sentence: str) -> bool:
    """Whether ``sentence`` is one of the House's records or other boilerplate, whole.

    >>> _is_record("Question agreed to."), _is_record("We must act.")
    (True, False)
    """
    return bool(_BOILERPLATE.match(sentence) or _HOUSE_RECORD.fullmatch(sentence))


def _in_running_sentence(above: str) -> bool:
    """Whether the line ``above`` ends no sentence, so that the line below it may be that sentence's words: it
    holds words ("" is a blank line, or a tag or furniture, after which the split passes none) and no end mark,
    as :func:`_is_wrapped_end` asks of the line above a lone "end".

    >>> _in_running_sentence("The headline was"), _in_running_sentence("We act."), _in_running_sentence("")
    (True, False, False)
    """
    return bool(above) and not _TERMINAL.search(above)


def _is_page_time(line: str, below: str = "", above: str = "") -> bool:
    """Whether ``line`` is a news page's time to read or time since it was posted, alone on its
    line (see _PAGE_TIME), unless it is a wrapped sentence's words: the line ``below`` goes on
    with it ("The missile struck" / "3 hours ago" / "and killed two."), or the line ``above``
    ends no sentence but a function word or a comma, which no headline ends in ("The ministers
    met and agreed that" / "3 hours ago" / "NATO had been warned.").

    >>> _is_page_time("4 minutes read"), _is_page_time("Updated 2 hours ago"), _is_page_time("3 hours ago · 5 min read")
    (True, True, True)
    >>> _is_page_time("3 hours ago", "and killed two."), _is_page_time("2 days ago."), _is_page_time("32 Allies agreed")
    (False, False, False)
    >>> _is_page_time("3 hours ago", "NATO had been warned.", "We agreed that"), _is_page_time("3 hours ago", "", "Hi,")
    (False, False)
    >>> _is_page_time("3 hours ago", "Allies met.", "NATO allies agree new spending target")
    True
    """
    return (len(line) <= _PAGE_TIME_LENGTH and _PAGE_TIME.fullmatch(line) is not None and not _goes_on_below(below)
            and not _wrapped_from(above))


def _wrapped_from(above: str) -> bool:
    """Whether ``above`` ends no sentence but in a function word (see _WRAPPED_LINE_ENDS) or a
    comma, so that the line below it goes on with its sentence.

    >>> _wrapped_from("We agreed that"), _wrapped_from("In Brussels,"), _wrapped_from("Summit outcome")
    (True, True, False)
    """
    words = above.split()
    return bool(words) and (above.endswith(",") or words[-1].lower() in _WRAPPED_LINE_ENDS)


# English words no sentence ends in, as a page cuts one ("…and lasting peace for the" / "Ukraine's
# people."): articles, possessives, and prepositions and conjunctions that end no phrasal verb ("The
# war drags on", "Russia closes in", "We stand by" end sentences and headlines, and "an" a German
# one). Narrower than _WRAPPED_LINE_ENDS, which a sentence may end in ("We must do more"). In
# lower case only: a capital "A" ends a label ("Annex A", "Q & A").
_OPEN_ENDS = frozenset({
    "a", "the", "its", "their", "our", "my", "your", "his", "her", "whose", "which", "every", "of", "to", "for",
    "from", "with", "into", "onto", "per", "via", "between", "among", "toward", "towards", "than", "and", "or",
    "nor", "but", "because"})
# Prepositions that end a phrasal verb ("drags on", "closes in") but open a phrase after a comma:
# "…a just and lasting peace, on" / "Ukraine's terms." is cut.
_OPEN_AFTER_COMMA = frozenset({
    "on", "in", "at", "by", "about", "over", "under", "through", "along", "around", "across", "after", "before",
    "within", "without", "despite", "like", "unlike"})
# A word broken by a hyphen at the line's end, a letter before it ("Euro-", "pro-"), not a dash ("Summit –"),
# or by a soft hyphen, which stance.numbered_lines keeps at a line's end ("deter\u00ad").
_BROKEN_WORD = re.compile(r"[^\W\d_][-‐\u00ad]$")


def _cuts_a_sentence(line: str) -> bool:
    """Whether ``line`` (stripped) ends where no sentence ends: in a word broken by a hyphen, a
    comma, a word of _OPEN_ENDS in lower case (or capitalised as the line's only word, "The") or
    one of _OPEN_AFTER_COMMA after a comma, with no end punctuation. Past a page's turn the line
    below goes on with its sentence, whatever its case ("…peace, on" / "Page 1 of 2" / "Ukraine's
    terms.", "…the whole Euro-" / "Atlantic area."); a blank line alone ends a paragraph all the same.

    >>> _cuts_a_sentence("a just and lasting peace, on"), _cuts_a_sentence("The pro-"), _cuts_a_sentence("The")
    (True, True, True)
    >>> _cuts_a_sentence("NATO Summit in Vilnius"), _cuts_a_sentence("The war drags on"), _cuts_a_sentence("Annex A")
    (False, False, False)
    >>> _cuts_a_sentence("NATO Summit –"), _cuts_a_sentence("It goes on."), _cuts_a_sentence("Allies,")
    (False, False, True)
    """
    if line.endswith(",") or _BROKEN_WORD.search(line):
        return True
    before, _, last = line.rpartition(" ")
    if last in _OPEN_ENDS or (before.endswith(",") and last in _OPEN_AFTER_COMMA):
        return True
    # "The" alone: a sentence's first word, not a label's letter ("Annex A")
    return not before and len(last) > 1 and last.capitalize() == last and last.lower() in _OPEN_ENDS


_PAGE_TIME_LENGTH = 80  # a longer line is no such line but words


# A press release's contact lines, which an archivist's audit found scored as statements ("Media
# contact: Kadri Tamm, Press Officer", "Tel: +32 2 707 50 41", "+372 717 0000" alone, "Email:
# press@hq.nato.int Twitter: @NATOpress"), the last one even read as the speaker "Email" in a
# transcript. A phone number as a release prints one: with its country's "+" or its trunk's "0"
# or its area code in brackets, or as North America groups it ("202-456-1111"); not a year or a
# range ("2024-2025"), nor a bare count: seven digits at least.
_PHONE = (r"(?=(?:\D{0,3}\d){7})(?:(?:\+\s?\d|\(\+?\d{1,4}\)|0\d)[\d\s().\-/]{5,20}\d|"
          r"\d{3}[\-.\s]\d{3}[\-.\s]\d{4})(?:\s*(?:ext\.?|x)\s*\d{1,5})?")
# A label that heads a contact and nothing else, whatever follows it ("Media contact:", "Press
# office:", "Media enquiries:"); a phone's or a fax's label only before a number ("Tel: +32…",
# "T: 020 7219 3000"), an e-mail's only before an address, maybe after a name ("Email: press@…",
# "E-mail: Kadri Tamm, kadri@mod.ee"), and a network's only before its handle or link ("Twitter:
# @NATOpress"), so that "Phone calls will not stop Russia." or "Email: we read every one." stay.
_CONTACT_LINE = re.compile(
    r"(?:(?:media|press|news(?:room)?)\s+(?:contacts?|office|officer|enquiries|inquiries|desk)|contacts?)\s*:.*|"
    rf"(?:tel(?:ephone)?\.?|phone|mob(?:ile)?\.?|cell|fax|[TMF])\s*:?\s*{_PHONE}\b.*|"
    rf"(?:e-?mail|E)\s*:\s*(?:[^\s@]+,?\s+){{0,4}}?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b.*|"
    rf"{_PHONE}",
    re.IGNORECASE,
)
# An e-mail's header lines, pasted with a press release or a reply (a newsroom's audit found each
# scored as a statement, "To: newsdesk@…" as "To:" and a block of them wrapped into one): a sender's
# or recipient's label before its addresses, each maybe after a name ("From: Press Office
# <press@mod.example>", "To: newsdesk@ledger.example, Tom Reed <tom@ledger.example>"), and the
# date's or sending time's label before a date with its year and time of day ("Date: Tue, 10 Mar
# 2026 09:14:02 +0100", "Sent: Tuesday, March 10, 2026 9:14 AM"); so "From: the Baltic to the
# Black Sea" and "Date: to be confirmed" stay words. The subject is the message's headline, and
# is scored as one.
# An address opens at a word's start and closes at a domain's end, so that its name and its
# address split one way only: else a name could end at each letter of the address's first part,
# each split tried again for each address after it on a line that fails (a "Cc:" line of three
# long addresses and "(all)" took 0.14 s, one of 186 characters 13 s).
# Outlook writes the address in brackets after "mailto:" ("From: Press Office [mailto:press@…]"),
# which the name takes in, and the bracket closes it. A name opens with no space and is never empty,
# so that the spaces after a comma and an empty name match one way only: else a line of short
# addresses that fails at its end was tried in each way for each address ("To: " fourteen of them
# and "(all)", 4.5 s). Outlook names a person "Reed, Tom [mailto:…]", the one comma a name holds,
# before "[mailto:" only, where no other name can end.
_MAIL_ADDRESS_PART = (r'(?:"[^"\n]{0,60}"\s*|[^<>@,;"\s][^<>@,;"\n]{0,59}|'
                      r'[^<>@,;"\s\[][^<>@,;"\n\[]{0,59},[^<>@,;"\n\[]{0,59}\[mailto:)?'
                      r'<?(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?![\w\-])[>\]]?')
# The labels of a sender's or recipients' and of the date's header lines, as English, German and French
# mail programs write them (Outlook's "Von:", "An:", "Gesendet:"; "De :", "À :", "Envoyé :", the space
# before the colon French's): a German or French release forwarded was read as the speech of "Von",
# "An" or "Envoyé", every line below their tags.
_MAIL_PARTY_LABEL = r"from|to|cc|bcc|reply-to|sender|von|an|antwort an|de|à|cci|répondre à"
_MAIL_DATE_LABEL = r"date|sent|datum|gesendet|envoyé(?: le)?"
_MAIL_HEADER = re.compile(
    rf"(?:{_MAIL_PARTY_LABEL})\s*:\s*{_MAIL_ADDRESS_PART}(?:\s*[,;]\s*{_MAIL_ADDRESS_PART})*\s*[,;]?|"
    rf"(?:{_MAIL_DATE_LABEL})\s*:\s*(?=[^\n]*\b(?:19|20)\d\d\b)(?=[^\n]*\b\d{{1,2}}:\d{{2}})[\w ,./:+\-()]{{8,60}}",
    re.IGNORECASE,
)
# The line a mail program writes above a message it quotes whole or forwards, with its header lines
# below ("-----Original Message-----", "-------- Forwarded Message --------", Gmail's "---------- Forwarded
# message ---------", Apple Mail's "Begin forwarded message:"; German and French too): the program's, no
# one's words, scored as a statement of no target, and kept apart from the header so.
_MAIL_SEPARATOR = re.compile(
    r"-{2,20} ?(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|"
    r"message d'origine|message original|message transféré) ?-{2,20}|"
    r"(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message (?:réexpédié|transféré)) ?:",
    re.IGNORECASE,
)
# A line of an e-mail's header, its label and its value ("To: Tom Reed", "Betreff: …", "Objet : …"): see
# stance.numbered_lines._without_mail_headers, which reads a run of them.
_MAIL_HEADER_LINE = re.compile(rf"\s*(?:(?P<party>{_MAIL_PARTY_LABEL})|(?P<date>{_MAIL_DATE_LABEL})|"
                               r"subject|betreff|objet)\s*:\s*(?P<value>.*)", re.IGNORECASE)
# A network's label before its handle or link (see _is_contact_line).
_NETWORK_LABEL = re.compile(r"(?:twitter|x|facebook|instagram|linkedin|bluesky|mastodon|threads|youtube|telegram|"
                            r"web(?:site)?|online)\s*:\s*", re.IGNORECASE)
_CONTACT_LENGTH = 200  # a longer line is no contact line but words


def _is_contact_line(line: str) -> bool:
    """Whether ``line`` is a contact line of a release (see _CONTACT_LINE) or an e-mail's header
    line (see _MAIL_HEADER): no one's words.

    >>> _is_contact_line("Media contact: Kadri Tamm, Press Officer"), _is_contact_line("+372 717 0000")
    (True, True)
    >>> _is_contact_line("Tel: +32 2 707 50 41"), _is_contact_line("Email: press@hq.nato.int Twitter: @NATOpress")
    (True, True)
    >>> _is_contact_line("Twitter: @NATOpress"), _is_contact_line("Phone calls will not stop Russia.")
    (True, False)
    >>> _is_contact_line("2024-2025"), _is_contact_line("Email: we read every one.")
    (False, False)
    >>> _is_contact_line("From: Press Office <press@mod.example>"), _is_contact_line("Sent: March 10, 2026 9:14 AM")
    (True, True)
    >>> _is_contact_line("From: the Baltic to the Black Sea, Allies stand united.")
    False
    >>> _is_contact_line("-----Original Message-----"), _is_contact_line("Begin forwarded message:")
    (True, True)
    """
    if len(line) > _CONTACT_LENGTH:
        return False
    if _CONTACT_LINE.fullmatch(line) or _MAIL_HEADER.fullmatch(line) or _MAIL_SEPARATOR.fullmatch(line):
        return True
    label = _NETWORK_LABEL.match(line)
    return label is not None and _is_link_list(line[label.end():])



def _opens_mail(line: str) -> bool:
    """Whether ``line`` is an e-mail's header line or the line a mail program writes above a message it forwards
    (see _MAIL_HEADER, _MAIL_SEPARATOR): a message pasted below a transcript is no speaker's words, and its body
    was scored as the last speaker's.

    >>> _opens_mail("From: Press Office <press@nato.int>"), _opens_mail("Sent: Tuesday, March 10, 2026 9:14 AM")
    (True, True)
    >>> _opens_mail("Tel: +32 2 707 50 41"), _opens_mail("From: the Baltic to the Black Sea, Allies stand united.")
    (False, False)
    """
    return len(line) <= _CONTACT_LENGTH and bool(_MAIL_HEADER.fullmatch(line) or _MAIL_SEPARATOR.fullmatch(line))


# The label of a picture's or a figure's credit or caption, with its colon or dash ("Source:
# NATO", "Photo - Reuters", "Quelle: Bundesregierung"; a hyphen after a space only, as in
# _BOILERPLATE): what follows is a credit, unless it is a sentence (see _is_labelled_sentence).
_CREDIT_LABEL = re.compile(r"(?:photo(?:graph)?|image|caption|source|foto|bild|quelle)(?:\s*[:|–—]|\s+-)\s*",
                           re.IGNORECASE)
# The label of a link to another story, with its colon or dash ("Related: …", "Read more - …", as in
# _BOILERPLATE): what follows is the story's headline or address, unless it is a sentence, as after
# "Also read:" or "Watch:", which are no furniture (see _is_labelled_sentence). Not "Tags:" or "Topics:",
# whose tags are often in lower case and ended by a full stop ("Tags: nato, ukraine, defence.").
_LINK_LABEL = re.compile(r"(?:read more|related(?: coverage| articles?| stories)?|see also|more on this)"
                         r"(?:\s*[:|–—]|\s+-)\s*", re.IGNORECASE)
# A question's end, as a linked story's headline asks ("Read more: What does Nato do and how does it work?"): after
# a link's label no sentence ends so, the story's headline does.
_QUESTION_END = re.compile(rf"[?？؟][\"”’»)\]{_CJK_CLOSERS}]*$")
# A word, not the letters after a number ("F-35s", "18th"), which are no word of a clause.
_WORD = re.compile(r"(?<!\d)[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words in lower case that credits and source lines are made of, which make no clause: articles,
# prepositions and conjunctions (English, German, French), and a credit's or a figure's common
# nouns ("courtesy of the Estonian Defence Forces", "picture alliance/dpa", "AP file photo",
# "SIPRI military expenditure database", "NATO annual report, own calculations").
_CREDIT_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "by", "via", "from", "in", "on", "at",
                           "to", "with", "courtesy", "picture", "alliance", "file", "photo", "photos", "handout",
                           "images", "archive", "staff", "pool", "own", "calculations", "based", "data",
                           "database", "figures", "estimate", "estimates", "statistics", "survey", "report",
                           "reports", "annual", "yearbook", "press", "office", "service", "website", "der", "die",
                           "das", "den", "dem", "des", "und", "von", "vom", "mit", "für", "im", "bei", "aus",
                           "auf", "zu", "de", "du", "la", "le", "les", "et", "à", "au", "aux",
                           "par", "pour", "sur", "eigene", "eigenen", "eigener", "eigenes",
                           # a picture's credit and its licence ("NATO military photographer", "used with
                           # permission", "licensed under CC BY 4.0", "public domain", "all rights reserved")
                           "photographer", "photographers", "military", "used", "permission", "licensed", "under",
                           "public", "domain", "rights", "reserved"})
# How a credit names who gave the figures or the picture ("figures provided by national defence ministries",
# "handout via social media", "compiled from government sources"): after a credit's label (not a link's), the
# next words, up to a comma or semicolon or a word that opens a clause (_SOURCE_STOPS), are the source's, however
# many in lower case ("courtesy of the press office of the ministry of national defence"); the clause is judged
# on the others ("Source: Russia sends drones via Belarus, officials say." and "Source: aid provided by the allies
# has saved many lives in the war." are sentences).
_SOURCE_GIVEN = re.compile(r"\b(?:(?:provided|supplied|compiled|adapted|obtained|distributed)\s+(?:by|from)|via|"
                           r"courtesy\s+of)\b", re.IGNORECASE)
_SOURCE_END = re.compile(r"[,;]")
# Words that end a source's name and open a clause of the sentence's own, compared in lower case: a verb's
# auxiliary, a verb of saying or showing, a conjunction, "to".
_SOURCE_STOPS = frozenset({
    "and", "but", "that", "which", "who", "to", "has", "have", "had", "is", "are", "was", "were", "will", "would",
    "can", "could", "must", "should", "may", "might", "did", "does", "do", "say", "says", "said", "show", "shows",
    "showed", "shown"})
# How many other words in lower case make what follows a label a sentence, not a credit.
_LABELLED_CLAUSE_WORDS = 3
# ... and after a caption's label, or a picture's, or a German one: a caption describes the picture
# ("Caption: Soldiers train near Rukla."), and so does a picture's label before a sentence, as a news
# page sets one above its caption ("Photo: Secretary General Mark Rutte speaks at NATO headquarters in
# Brussels.", where a picture's credit names people and agencies in capitals), and German
# writes its nouns with a capital, so that a sentence of its shows fewer words in lower case
# ("Quelle: Die Regierung will Soldaten schicken."); a credit after them has one at most
# ("Quelle: Statistisches Bundesamt, eigene Berechnungen nach Angaben der NATO."). A caption's
# word in "-ing" does not count: with no verb before it, it makes the caption a fragment, as
# captions are often written ("Caption: Ukrainian recruits training on Salisbury Plain.").
_FEWER_CLAUSE_WORDS = 2
_LABELS_OF_FEWER = frozenset({"caption", "photo", "photograph", "image", "quelle", "bild", "foto"})
_CAPTION_LABELS = frozenset({"caption", "photo", "photograph", "image"})


def _is_credit_before_text(line: str) -> bool:
    """Whether ``line`` opens with a picture's credit that ends its sentence, and a text of its own opens after it (see
    :func:`_text_past_furniture`): the label is the credit's, not a caption's over the text. The lower-case words of
    the text after the credit were counted as the label's sentence, and the credit was kept as a statement ("Photo:
    Mr. Smith / Reuters." before "NATO must act.").

    >>> _is_credit_before_text("Photo: Mr. Smith / Reuters. NATO must act.")
    True
    >>> _is_credit_before_text("Photo: Soldiers of the U.S. Army train near Rukla.")
    False
    >>> _is_credit_before_text("Photo: NATO. Allies train here.")  # no text found after it: the line stays whole
    False
    """
    end = _picture_credit_end(line)
    return end > 0 and _text_past_furniture(line) >= end


def _picture_credit_end(line: str) -> int:
    """Where the picture's credit that opens ``line`` ends, at the first stop after which all before it is one (see
    _PICTURE_CREDIT) and a space follows; 0 where no credit so ends. The first, not the longest: a credit's names run
    on into a sentence of names after it ("Photo: Jane Doe / AP. Greenland.", "… AP. Gripens for Kyiv.").

    >>> line = "Photo: Mr. Smith / Reuters. Gripens for Kyiv. NATO must act."
    >>> line[:_picture_credit_end(line)]
    'Photo: Mr. Smith / Reuters.'
    >>> _picture_credit_end("Photo: Soldiers of the U.S. Army train near Rukla."), _picture_credit_end("Photo: AP")
    (0, 0)
    """
    if not _CREDIT_LABEL.match(line):
        return 0
    for stop in itertools.islice(_CREDITS_STOP.finditer(line), _CREDITS_STOPS_READ):
        if _PICTURE_CREDIT_WHOLE.match(line, 0, stop.end()):
            return stop.end()
    return 0


def _is_labelled_sentence(line: str, below: str = "") -> bool:
    """Whether ``line`` is a credit's or caption's label before a sentence ("Source: NATO
    estimates show spending rose 18%."), which is a statement, the label kept with it, rather
    than a credit ("Source: Ministry of Defence"). What follows the label opens with a letter,
    in either case, or a digit, ends a sentence (maybe on the line ``below``, when that opens in
    lower case, as a wrapped line does), and holds three words in lower case or more that no
    credit is made of (see _CREDIT_WORDS), a first word in lower case, a link's words and, after a
    credit's label, the source named after "provided by", "via"… (see _SOURCE_GIVEN) counting for
    none: names are capitalised, and a credit's few words in lower case are its prepositions
    and common nouns ("courtesy of the Estonian Defence Forces"). So does a link's label before a
    sentence ("Related: We will never abandon Ukraine."; see _LINK_LABEL), its first word in lower
    case counting too, which ends with a stop, not a question mark, which ends a linked story's
    headline (see _QUESTION_END).

    >>> _is_labelled_sentence("Source: NATO estimates show spending rose 18%.")
    True
    >>> _is_labelled_sentence("Photo: courtesy of the Estonian Defence Forces."), _is_labelled_sentence("Image: AFP")
    (False, False)
    >>> _is_labelled_sentence("Caption: Soldiers train near Rukla."), _is_labelled_sentence("Source: Allies act.")
    (True, False)
    >>> _is_labelled_sentence("See also: we must keep arming Kyiv."), _is_labelled_sentence("Read more: nato.int/a-b.")
    (True, False)
    >>> _is_labelled_sentence("Read more: What does Nato do and how does it work?")
    False
    >>> _is_labelled_sentence("Source: officials say the brigade will be ready by 2027.")
    True
    >>> _is_labelled_sentence("Source: national defence ministries."), _is_labelled_sentence("Source: nato.int/a-b.")
    (False, False)
    >>> _is_labelled_sentence("Source: figures provided by national defence ministries.")
    False
    >>> _is_labelled_sentence("Photo: handout via social media."), _is_labelled_sentence("Photo: soldiers train here.")
    (False, True)
    >>> _is_labelled_sentence("Source: Russia sends drones via Belarus, officials say.")
    True
    >>> _is_labelled_sentence("Source: aid provided by the allies has saved many lives in the war.")
    True
    """
    link = _LINK_LABEL.match(line)
    label = link or _CREDIT_LABEL.match(line)
    if not label:
        return False
    if _is_credit_before_text(line):
        return False
    rest = line[label.end():]
    if not _SENTENCE_END.search(rest) and _goes_on_below(below):
        rest = f"{rest} {below}"  # "Source: NATO estimates show" / "spending rose 18%."
    rest = LINK.sub("", rest).strip()  # "Read more: nato.int/news/allies-agree.", "Source: nato.int/x.": no words
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1].islower()) \
            or not _SENTENCE_END.search(rest) or (link and _QUESTION_END.search(rest)):
        return False
    counted = rest
    given = None if link else _SOURCE_GIVEN.search(rest)
    if given is not None:  # "figures provided by national defence ministries": the source's words count for none
        source_end = _SOURCE_END.search(rest, given.end())
        end = len(rest) if source_end is None else source_end.start()
        stop = next((word for word in _WORD.finditer(rest, given.end(), end) if word.group().lower() in _SOURCE_STOPS),
                    None)
        if stop is not None:  # a clause runs on past the source's name: "… by the allies has saved many lives"
            end = stop.start()
        counted = rest[:given.start()] + " " + rest[end:]
    words = _WORD.findall(counted)
    if not link and rest[:1].islower():
        # after a credit's label a word in lower case opens a clause as a capital does ("Source: officials say
        # the brigade will be ready by 2027.", "Photo: soldiers train near Rukla."): it counts for none, as
        # a capitalised one does, so that the case of the first letter changes nothing ("Source: national
        # defence ministries." is the credit "Source: National defence ministries." is)
        words = words[1:]
    words = [word for word in words if word.islower() and word not in _CREDIT_WORDS]
    name = _WORD.match(line).group().lower()
    if name not in _LABELS_OF_FEWER:
        return len(words) >= _LABELLED_CLAUSE_WORDS
    if name in _CAPTION_LABELS:
        words = [word for word in words if not word.endswith("ing")]
    return len(words) >= _FEWER_CLAUSE_WORDS


def _is_end_mark(line: str) -> bool:
    """Whether ``line`` is an end mark ("ENDS", "-30-", "###"). Only short lines are tried:
    the pattern's runs of "#" overlap, so a long line of them that is not one took time
    growing with the cube of its length (1,000 of them: 2.4 s).

    >>> _is_end_mark("- ENDS -"), _is_end_mark("###"), _is_end_mark("#" * 5000 + "x")
    (True, True, False)
    >>> _is_end_mark("-30-"), _is_end_mark("- 30 -"), _is_end_mark("30")  # a number alone is a page's
    (True, True, False)
    """
    return len(line) <= _END_MARK_LENGTH and _END_MARK.match(line) is not None


# A label opening a release's back matter below its end mark: alone on its line ("Notes to editors",
# "For further information", "Background") or before a colon ("Contact: Kadri Tamm"). "Background"
# only alone, as "Background checks for recruits tightened" is a headline.
_BACK_MATTER_LABEL = (r"(?:notes? (?:to|for) (?:the )?editors?|editor(?:'s|s'|’s|s’|s)? notes?|"
                      r"for (?:further|more) (?:information|details)|"
                      r"(?:media |press )?(?:contacts?|enquiries|inquiries)|"
                      r"media relations|press office)")
_BACK_MATTER_HEADING = re.compile(
    rf"[\[(*_#\s]*(?:{_BACK_MATTER_LABEL}|background(?: information)?)\s*:?[\])*_]*", re.IGNORECASE)
_BACK_MATTER_LEAD = re.compile(rf"[\[(*_#\s]*{_BACK_MATTER_LABEL}\s*:", re.IGNORECASE)


# The word a column of text may leave alone on its line ("…until the" / "end" / "of this war."); not in
# the capitals releases write their mark in ("END", "ENDS", "Ends"), nor with a full stop.
_WRAPPED_END_WORD = re.compile(r"end|ends|End")


def _is_wrapped_end(line: str, above: str, below: str) -> bool:
    """Whether ``line`` (stripped), "end" or "ends" alone, is a word of a sentence wrapped through it,
    no end mark: the line ``above`` ends no sentence and the line ``below`` goes on in lower case.
    Anywhere else the word alone is a release's end mark, as "ENDS" is (what it leaves out below is
    warned of): below "Thank you all", above "Notes to editors" or at a text's foot.

    >>> _is_wrapped_end("end", "We will stand with Ukraine until the", "of this war.")
    True
    >>> _is_wrapped_end("End", "We stand with Ukraine.", "of this war."), _is_wrapped_end("end", "Thank you all", "")
    (False, False)
    >>> _is_wrapped_end("ENDS", "until the", "of this war."), _is_wrapped_end("end", "until the", "Notes to editors")
    (False, False)
    >>> below = ("www.nato.int", "notes to editors", "tel: +32 2 707 50 41")
    >>> [_is_wrapped_end("end", "Thank you all", line) for line in below]
    [False, False, False]
    """
    # A release's back matter may open in lower case too ("www.nato.int", "press@…", "notes to editors").
    return (_WRAPPED_END_WORD.fullmatch(line) is not None and bool(above) and not _TERMINAL.search(above)
            and _goes_on_below(below) and not _is_furniture(below)
            and not (_BACK_MATTER_HEADING.fullmatch(below) or _BACK_MATTER_LEAD.match(below)))


def _is_link_list(line: str) -> bool:
    """Whether ``line`` holds only hashtags, handles and links.

    >>> _is_link_list("#NATO #Ukraine, @NATO | https://nato.int"), _is_link_list("#1 job: defence.")
    (True, False)
    >>> _is_link_list("pic.twitter.com/a1 bit.ly/3xYz"), _is_link_list("and/or nato.int/x")
    (True, False)
    >>> _is_link_list("@ukraine.bsky.social @rutte@mastodon.social"), _is_link_list("@nato's plan")
    (True, False)
    """
    if not line.startswith(("#", "@")) and not LINK.match(line):  # most lines: no split needed
        return False
    tokens = [token for token in _LINK_SEPARATORS.split(line) if token]
    return bool(tokens) and all(_LINK_OR_TAG.fullmatch(token) for token in tokens)


# A byline ("By Jane Smith", "Edited by John Smith", "Written by Anna Keller and Tom Brown")
# or a picture credit ("REUTERS/Ints Kalnins", "AFP/Getty Images") alone on its line;
# capitals matter here, so this is apart from the case-blind pattern above: after "By" or a
# participle such as "Edited by" come names only, while "Edited by hand, the text…" is a
# statement. A picture credit or a contribution line may also end a line, after a photo's
# caption ("Soldiers at a drill near Warsaw, February 7, 2026. REUTERS/Kacper Pempel/File
# Photo") or a story's last sentence, as a story scraped onto one line (a CSV cell) has it:
# then only the credit is furniture (see _without_credit), since a caption is not told
# from a paragraph of one sentence, nor a story on one line from a caption.
_FULL_NAME = rf"[{_CAP}][\w'’\-]+(?: (?:von|van|de|du|der|zu|le|la))?(?: [{_CAP}][\w'’\-]+){{1,2}}"
_PICTURE_CREDIT = (
    # an agency in capitals, then the photographer ("REUTERS/Kacper Pempel/File Photo", "AP Photo/Efrem Lukatsky")
    r"(?:AP Photo|[A-Z]{2,}(?: [A-Z]{2,})?)/[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}"
    r"(?:/[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})?|"
    # a photo credit ("Photo: Petras Malukas/AFP", "(Photo by Petras Malukas/Getty Images)",
    # "Photograph: Mindaugas Kulbis/AP"): names, agencies, "via"; or a photographer's name and
    # an agency in capitals ("Petras Malukas/AFP via Getty Images", "PETRAS MALUKAS/AFP via Getty Images")
    r"\(?(?:(?:Photo(?:graph)?|Picture|Image)s?(?::| by) [A-Z][\w'’.\-]*"
    r"(?:(?: | ?/ ?)(?:[A-Z][\w'’.\-]*|via|for|and|de|van|von|der)){0,12}|"
    r"(?:[A-Z][a-z][\w'’\-]*|[A-Z]{2,})(?: [A-Z][\w'’\-]*){1,3}/[A-Z]{2,}(?:-[A-Z]{2,})?"
    r"(?: via [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})?)\)?\.?"
)
# Who else reported the story, as a news agency's last line says: writers by their full names,
# maybe where they are and after their post, or an agency ("Associated Press writer Anna Smith
# contributed to this report.", "Lorne Cook in Brussels and Hanna Arhirova in Kyiv, Ukraine,
# contributed reporting from Brussels.", "The Associated Press contributed to this report.");
# not any subject, since "Germany has contributed to this report." is a sentence.
_AGENCY = (r"(?:(?:The )?Associated Press|Reuters|AFP|AP|Agence France-Presse|Bloomberg|dpa|DPA|Kyodo|Xinhua|"
           r"Interfax|Ukrinform|PAP|ANSA|EFE)")
# an agency named alone after a note on its line, a credit ("© 2026 Reuters. AP.": see _is_short_text_of_a_notes_words)
_AGENCY_ALONE = re.compile(rf"{_AGENCY}$")
_PLACE = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
_CONTRIBUTOR = (rf"(?:(?!(?:The|A|An|This|That|Our|Its|Their|Every|All|Some|Many|Most|No|Other) )"
                rf"[{_CAP}][\w'’\-]+(?: [{_CAP}]\.)?(?: (?:von|van|de|du|der|zu|le|la|al|bin))?"
                rf"(?: [{_CAP}][\w'’\-]+){{1,2}}(?: in {_PLACE}(?:, {_PLACE})?)?|{_AGENCY})")
# An agency's writer is named after the post, which may have words of its own ("AP Diplomatic
# Writer Matthew Lee", "AP Chief White House Correspondent Zeke Miller"), or the agency's staff
# go unnamed ("Reuters staff", "Associated Press journalists around the world").
_POST = r"(?i:writers?|reporters?|correspondents?|journalists?|researchers?|photographers?|staff)"
_CONTRIBUTION = (
    rf"(?:{_AGENCY} (?:[\w'’\-]+ ){{0,4}}?{_POST}(?: around the world| in {_PLACE}(?:(?:,| and) {_PLACE}){{0,3}})?|"
    rf"(?:(?:{_AGENCY} (?:[\w'’\-]+ ){{0,4}}?|[Ss]taff |[Ff]reelance |[Ss]pecial )?{_POST} )?"
    rf"{_CONTRIBUTOR}(?:(?:,| and|, and) {_CONTRIBUTOR}){{0,5}}),? (?:also )?contributed "
    rf"(?:to this (?:report|story|article)|(?:additional )?reporting)"
    rf"(?: (?:from|in) {_PLACE}(?:(?:,| and) {_PLACE}){{0,3}})?\.?"
)
_CREDIT_LINE = re.compile(
    # a German or French byline, of full names only ("Von Anna Müller und Jörg Weiß", "Par Jean
    # Dupont et Élodie Lefèvre"), since "Von Krieg und Frieden" is a title
    rf"^(?:(?:Von|Par) {_FULL_NAME}(?:(?:,| und| et) {_FULL_NAME}){{0,3}}|"
    r"(?:By|(?:Edited|Written|Reported|Compiled|Produced|Translated|Fact-checked|Additional reporting) by) "
    r"[A-Z][\w'’\-]+(?: (?:[A-Z][\w'’.\-]*|and|de|van|von|der)){0,5}"
    # the writer's post after a comma ("By Maria Kowalski, Defence Correspondent", "…, Reuters")
    r"(?:, (?:(?:[A-Z][\w'’.\-]*|our|of|for|the|and|in|on|at) ){0,4}(?i:correspondents?|reporters?|editors?|"
    r"writers?|journalists?|columnists?|contributors?|staff|analysts?|producers?|bureau|news|press|desk|"
    r"photographers?|reuters|afp|ap|bloomberg|dpa)(?: (?:[A-Z][\w'’.\-]*|of|for|the|and|in|on|at)){0,4})?"
    r"(?:[;,] (?:(?:[Ee]dit|[Rr]eport|[Ww]rit)(?:ing|ed)|[Aa]dditional reporting) by .*)?|"
    rf"{_PICTURE_CREDIT}|{_CONTRIBUTION})$"
)

# A picture's credit whole (see _PICTURE_CREDIT), and a stop that may end it before a space: not a title's or an
# initial's ("Photo: Mr. Smith / Reuters.", "Photo: J. Doe/AFP."), nor an abbreviation's of letters and stops ("U.S.").
_PICTURE_CREDIT_WHOLE = re.compile(rf"(?:{_PICTURE_CREDIT})$")
_CREDITS_STOP = re.compile(r"(?<![\w.])(?!(?-i:Mr|Mrs|Ms|Dr|St|Sgt|Gen|Col|Lt|Capt|Prof|Jr|Sr)\.)"
                           r"(?![A-Z]\.(?:[A-Z]\.)*\s)[\w'’\-]+\.(?=\s+\S)")
_CREDITS_STOPS_READ = 4  # a credit has a few names; a long line is not read to its end

# A publisher's note on how the text was edited, as an interview or transcript ends (or
# opens) with it: "This interview has been edited for length and clarity.", "Answers were
# condensed.", "Edited and condensed for clarity.", "Translated from the Polish by the
# editors.", "(Editor's note: the transcript was lightly edited.)". The speaker's words end
# before it, so it is furniture, as "[Check against delivery]" is: credited to the last
# speaker, it gave "A" a statement of the publisher's. It opens with a capital (a wrapped
# line "the transcript was condensed…" is inside a sentence), and its subject is the text as
# published ("The text was edited by Allies overnight" may be a speaker's: no "text").
_EDITING = (r"(?:(?:lightly|slightly|also|heavily|substantially) )?"
            r"(?:edited|condensed|abridged|shortened|trimmed|translated|transcribed|excerpted)"
            r"(?: and (?:lightly )?(?:edited|condensed|abridged|shortened|translated))?")
# A note labelled as the editors' or translator's, whatever it says ("Editor's note: the interview
# took place before the summit.", "Note from the editors: …", "[Translator’s note: …]"): the
# label, then a colon or dash. An ordinary sentence names such a note in other words ("The
# editor's note was short.", "Editor's notes are rare."), with no colon after "note".
_NOTE_LABEL = (r"(?:(?:editor|editors|translator|translators)(?:'s|s'|’s|s’)? note|"
               r"(?:a )?note (?:from|by) the (?:editors?|translators?))\s*(?::|\s[–—-]\s?)")
# A news page's note that its text was corrected, as it prints it below the text: "This article was amended on
# 4 March 2026 to correct…", "This story has been updated to correct…". Only with its date or "to correct", and
# "this" only: a speaker says "This article has been amended to include Ukraine's defence industry." of a law's
# article, and "The article was amended on…" may be a treaty's. The note runs to its line's end: what follows it
# there is the note's too ("An earlier version said that…"), and a stop within it ("Mr. Rutte's name") ends nothing.
_CORRECTION_NOTE = (r"this (?:article|story|piece|report|post|headline|page) (?:has been|had been|was) "
                    rf"(?:amended|corrected|updated)(?: on (?:{_SHORT_WEEKDAY}\.?,?\s+)?{_DATE}| to correct\b).*")
_EDITORIAL_NOTE = re.compile(
    rf"^(?-i:(?![a-z]))[\[(*_]*(?:{_NOTE_LABEL}.*|"
    r"(?:(?:editor'?s'?|editors’|editor’s|translator'?s|translator’s) note\s*[:.–—-]\s*)?(?:"
    # the text as published said to be edited: "This interview has been edited…", "Answers were condensed."
    r"(?:(?:this|the) (?:interview|transcript|conversation|q ?& ?a|podcast|episode|article|story)|"
    r"(?:the |some |these )?(?:questions and answers|answers|responses|quotes|comments|interviews))"
    rf"(?: (?:has|have|had) been| was| were| is| are) {_EDITING}"
    r"(?:\s+(?:for|from|by|into|in)\b.*|[,;].*|[.)\]*_]*)|"
    # or said to be corrected, to its line's end (see _CORRECTION_NOTE)
    rf"{_CORRECTION_NOTE}[)\]*_]*|"
    # or the participle alone, then why, or from what language and by whom ("Edited by hand, the
    # text…" and "Translated into action, that means…" are statements)
    rf"{_EDITING}\s+(?:for (?:length|clarity|brevity|space|style|readability)\b.*|"
    r"from (?:the )?(?-i:[A-Z])[\w-]+(?: (?:by|for) .*)?[.)\]*_]*|by (?:the |our )?(?:editors?|staff)\b.*)))$",
    re.IGNORECASE,
)


# Words in lower case that end no title, only a line a sentence is wrapped from: articles, the
# German ones joined to a preposition ("Die Bundesregierung hat am" / "3. Oktober…", whose
# German nouns are capitalised as a title's words are) and "and" and "or". Not German's "die"
# or "an" ("Do or die", "Merz kündigt Neuwahlen an").
_NO_TITLE_ENDS = frozenset({"the", "a", "and", "or", "der", "das", "den", "dem", "des", "ein", "eine", "einen",
                            "einem", "einer", "eines", "am", "im", "zum", "zur", "vom", "beim", "und", "oder",
                            "le", "la", "les", "un", "une", "du", "au", "aux", "et", "ou", "de"})


# A Chinese character or kana (not the punctuation and full-width forms of _CJK).
_CJK_LETTER = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _is_caseless(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals (Han, Kana, Arabic, Devanagari…).

    >>> _is_caseless("北"), _is_caseless("ن"), _is_caseless("N"), _is_caseless("ß"), _is_caseless("。")
    (True, True, False, False, False)
    """
    return char.isalpha() and not char.islower() and not char.isupper()


def _is_heading(lines: list[str], cased: bool = True) -> bool:
    """Whether the last of ``lines`` is a heading (the caller checks that a capitalised line follows).

    A heading is short, has no final punctuation, starts a sentence, and is written like a
    title: most of its longer words capitalised, or all in capitals (not asked with
    ``cased=False``, for a line whose part's name tells it: see :func:`stance.headings._is_part_heading`). A
    hard-wrapped sentence ("The Alliance must remain united and" / "NATO must…", "Die
    Bundesregierung hat am" / "3. Oktober…") is none of that.

    >>> _is_heading(["NATO Summit in Vilnius"]), _is_heading(["Die Bundesregierung hat am"])
    (True, False)
    >>> _is_heading(["NATO Summit –"]), _is_heading(["We act. –"])
    (True, False)
    """
    line = lines[-1]
    # A dash after the sentence's end is a speech broken off or a separator, no title's: "We
    # act. –" was a heading, so "Healey: We act. –" no tag, and a transcript lost all its tags.
    ended = line.rstrip(" \t-–—")
    if len(line) >= 40 or _TERMINAL.search(ended) or ended.endswith(","):
        return False
    if line.rpartition(" ")[2] in _NO_TITLE_ENDS or _cuts_a_sentence(line):
        return False  # "The pro-" / "Russian party lost.": a sentence's words
    if len(lines) > 1 and not _TERMINAL.search(lines[-2]):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    if not words or not cased:
        return True
    if sum(map(_is_caseless, line)) * 2 > sum(map(str.isalpha, line)) or _CJK_LETTER.search(line):
        # mostly in a script without capitals (Chinese, Japanese, Arabic…), whose case tells nothing:
        # "NATOの結束こそが我が国の安全の土" / "台です。" is a sentence wrapped, not a title, for its "N";
        # and any Chinese or Japanese at all, which a Latin word beside it does not make a title's:
        # "私たちはNATO" / "の結束を支持します。" was a heading and a sentence, cut in two
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return line.isupper() or capitalised / len(words) >= 0.6

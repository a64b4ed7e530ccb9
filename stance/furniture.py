"""Furniture told by the lines around it: a web page's menus, credits, date lines and datelines.

What a line gives away alone is read in :mod:`stance.lines`, page furniture in
:mod:`stance.pages`; here, what the lines beside a line decide: a menu item alone may be a
heading, and is left out only among others or beside furniture (:func:`_menu_lines`), a
page's skip link, section menu and newsletter call wherever they stand, a cookie banner's
sentence beside its buttons, and a story's tags under their heading (:func:`_tag_lines`); a
picture credit ends a line after its caption (:func:`_without_credit`); and a line that
looks like furniture or a date line may carry on the sentence above it (:func:`_goes_on`,
:func:`_date_in_sentence`); a news dateline (:data:`_DATELINE`) and an editor's
note's label alone on its line (:data:`_NOTE_LABEL_ALONE`) open what follows them.
"""

from __future__ import annotations

import re

from .abbreviations import ABBREVIATIONS
from .lines import (
    _BACK_MATTER_HEADING,
    _BACK_MATTER_LEAD,
    _BOILERPLATE,
    _CAP,
    _CONTRIBUTION,
    _CREDIT_WORDS,
    _EDITORIAL_NOTE,
    _FOOTER_SENTENCE,
    _NEWSROOM_CREDIT_WORDS,
    _NOTE_LABEL,
    _PICTURE_CREDIT,
    _PLACE_DATE,
    _PUBLISHED_ON,
    _RIGHTS_NOTICE,
    _SENTENCE_END,
    _TERMINAL,
    _TIME_OF_DAY_BEFORE,
    _WORD,
    _ZONES,
    _goes_on_below,
    _is_end_mark,
    _is_furniture,
    _is_furniture_alone,
    _is_link_list,
    _is_newsroom_credit,
    _is_wrapped_end,
    _picture_credit_end,
    _text_past_furniture,
)
from .text import INVISIBLE, LINK

# A date line is a dateline only where a sentence does not run through it: not after a line with no end
# when the line below opens in lower case ("Die Sitzung fand am" / "Donnerstag, den 3. Oktober 2024" /
# "statt.", "Le sommet aura lieu" / "le 3 octobre 2024" / "à Bruxelles.") or the date ends the sentence
# ("Die Frist endet am" / "3. Oktober 2024.").
_DATE_LINE = re.compile(rf"{_PLACE_DATE}$", re.IGNORECASE)
_PREPOSITION_END = re.compile(
    r"\b(?:on|of|from|until|till|since|by|before|after|am|vom|bis|seit|ab|zum|le|du|au|depuis|dès|jusqu['’]au)$",
    re.IGNORECASE)


def _date_in_sentence(line: str, above: str, below: str) -> bool:
    """Whether ``line``, a date line, carries on the sentence of the line ``above`` (a
    dateline otherwise, see _BOILERPLATE), ``below`` being the next line.

    >>> _date_in_sentence("le 3 octobre 2024", "Le sommet aura lieu", "à Bruxelles.")
    True
    >>> _date_in_sentence("Donnerstag, den 3. Oktober 2024", "Pressemitteilung", "Die Bundeswehr braucht…")
    False
    >>> _date_in_sentence("3 October 2024", "Published on", "Allies must stop the war now.")
    False
    """
    if not above or _TERMINAL.search(above) or not _DATE_LINE.match(line):
        return False
    if _goes_on_below(below) or _TERMINAL.search(line):  # the sentence goes on below, or ends with the date
        return True
    # After a preposition only when no sentence opens below: "Published on" / "3 October 2024" /
    # "Allies must…" is a web page's byline above its text.
    return not below and _PREPOSITION_END.search(above) is not None


def _goes_on(line: str, above: str) -> bool:
    """Whether ``line``, which looks like furniture, carries on the sentence of the line
    ``above``: it opens in lower case below a line with no sentence's end, as a wrapped
    paragraph's line does ("We have read the" / "reporting by Reuters on…"), so it is words. A
    line of links is still left out: a post's closing link follows a sentence with no stop; so is
    an end mark ("Thank you all" / "end of transcript"); and a date line, which
    :func:`_date_in_sentence` reads ("Pressemitteilung" / "le 3 octobre 2024").

    >>> _goes_on("reporting by Reuters on Russian rearmament.", "We have read the")
    True
    >>> _goes_on("Reporting by Jan Nowak", "We thank Reuters."), _goes_on("https://nato.int", "Read it at")
    (False, False)
    """
    return (bool(above) and not _TERMINAL.search(above) and _goes_on_below(line) and not _is_link_list(line)
            and not _is_end_mark(line) and not _DATE_LINE.match(line))


# A web page's menus pasted with its article, each item alone on its line: languages by their own
# names ("English", "Français", "Deutsch") and the page's sharing and reading links ("Print",
# "Email", "Share", "Related news", "Read more", "Subscribe"), the networks among them by name, "X"
# in its capital only (a share menu's "X" was the one item scored, the others dropped). One such
# line alone may be a heading or a word of a sentence ("X" a list's or a form's), so it is left out
# only in a run of them or beside other furniture (see _menu_lines); a line of several ("Print |
# Email | Share") is a run itself.
_MENU_ITEM = (r"(?:english|français|deutsch|español|italiano|português|nederlands|polski|русский|українська|"
              r"eesti|latviešu|lietuvių|suomi|svenska|dansk|norsk|čeština|slovenčina|magyar|română|български|"
              r"ελληνικά|türkçe|hrvatski|slovenščina|shqip|"
              r"print|e-?mail|share|tweet|facebook|twitter|(?-i:X)|bluesky|threads|mastodon|reddit|instagram|linkedin|"
              r"whatsapp|telegram|copy link|comments?|"
              r"download(?: pdf)?|subscribe|sign up|sign in|log ?in|newsletter|menu|search|"
              r"read more|read next|related(?: news| articles| stories| content)?|more news|latest news|most read|"
              r"accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|decline|"
              r"manage (?:preferences|cookies|settings)|cookie (?:settings|preferences|policy)|privacy policy|"
              r"(?:ok(?:ay)?,? )?got it|"
              r"drucken|teilen|weiterlesen|mehr lesen|mehr zum thema|abonnieren|"
              r"imprimer|partager|lire (?:plus|aussi)|s'abonner|abonnez-vous)")
_MENU_ITEMS = re.compile(_MENU_ITEM, re.IGNORECASE)
# Items are set apart by spaces or a bar, dot or slash, which one way only: a long line that
# fails does so in time linear in its length. A link's arrow may close the line ("Read more ›").
_MENU_LINE = re.compile(rf"{_MENU_ITEM}(?:(?:\s*[|·•/]\s*|\s+){_MENU_ITEM})*\s*[›»→>]?", re.IGNORECASE)
# The longest line tried as a menu: a short one.
_MENU_LENGTH = 80


def _menu_items(line: str) -> int:
    """How many of a web page's menu items ``line`` is made of (see _MENU_ITEM): 0 if it has
    other words.

    >>> _menu_items("Print"), _menu_items("English | Français | Deutsch"), _menu_items("Print more shells.")
    (1, 3, 0)
    >>> _menu_items("X"), _menu_items("Facebook X Bluesky"), _menu_items("x")
    (1, 3, 0)
    """
    if len(line) > _MENU_LENGTH or not _MENU_LINE.fullmatch(line):
        return 0
    return len(_MENU_ITEMS.findall(line))


# What a web page prints around its article that no one says, wherever it stands: a link to
# skip its menus ("Skip to main content") and a call to take its newsletter ("Subscribe to our
# newsletter", "Sign up for the Defence Brief newsletter"). What the call signs its reader up for
# tells it from a statement's ("Click here to sign up for the army.", "…for a rally"): the page's
# own mail and notices, or its event.
_SIGNED_UP_FOR = (r"(?:newsletters?|alerts?|updates?|e-?mails?|briefings?|digests?|bulletins?|notifications?|"
                  r"mailing lists?|podcasts?|channel|events?|webinars?)")
# A link's call names the publication itself ("…for Politico Playbook", "…for the Financial Times"), or offers
# it "for free". Capitals alone tell no publication, since a force's name has them too ("Click here to sign up for
# the Army Reserve."): its name, each word capitalised, ends in a publication's word ("Click here to subscribe to
# Kyiv Independent"), or after "subscribe to" is a capitalised name without "the" (below). In doubt
# the line is kept as words: a statement lost costs more than clutter kept.
_NAME_WORD = r"[A-Z][\w'’&-]*"
_PUBLICATION_WORD = (r"(?:Times|News|Post|Journal|Herald|Gazette|Daily|Weekly|Review|Magazine|Playbook|Politico|"
                     r"Guardian|Telegraph|Economist|Bulletin|Tribune|Chronicle|Observer|Independent)")
# The publication's word ends its name ("Financial Times", "Politico Playbook"): a name that goes on after it is
# something else's ("the NPT Review Conference", "the Independent Ukrainian Legion", "the Daily Drills").
_PUBLICATION = rf"(?-i:(?:{_NAME_WORD} ){{0,3}}{_PUBLICATION_WORD})"
# After "subscribe to", a verb that takes a masthead, a capitalised name without a lower-case article is one ("…to
# Foreign Affairs", "…to Bloomberg", "…to POLITICO", "…to The Atlantic"); "…to the Territorial Defence Forces." is a
# call to join.
_MASTHEAD = rf"(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
_WEB_FURNITURE = re.compile(
    r"(?:skip to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)|skip navigation|"
    rf"(?:subscribe|sign up|register) (?:to|for) (?:our|the|this) (?:[\w'’-]+ ){{0,3}}{_SIGNED_UP_FOR}|"
    r"(?:get|join) our newsletters?|newsletter sign-?up|"
    # and its link's call, the whole line its few words ("Click here to subscribe", "Click here to sign up for our
    # daily briefing", "Click here to read more"); a call that goes on, or signs up for something else, is a post's
    # words ("Click here to sign up for the reserves and defend your country.", "…for the army."); a publication's
    # name or "for free" is the page's call still
    r"click here to (?:subscribe|sign up|register|read more)(?: (?:to|for) (?:(?:our|the|this|my|your) )?"
    rf"(?:(?:[\w'’-]+ ){{0,3}}{_SIGNED_UP_FOR}|{_PUBLICATION}|free))?\.?|"
    rf"click here to subscribe to {_MASTHEAD}\.?)\s*[›»→>!]?",
    re.IGNORECASE)
# A cookie banner's sentence ("We use cookies to improve your experience.") goes with its buttons,
# on its line or the next ("Accept all | Manage preferences"): only with them, since a sentence
# may speak of cookies.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_BUTTON = re.compile(r"\b(?:accept|reject|decline|manage|cookie settings|got it)\b", re.IGNORECASE)
_LAST_SENTENCE_END = re.compile(r".*[.!?]\s+", re.DOTALL)
# A menu of a site's sections joined by bars ("Home | World | Europe | Politics | Defence"),
# three items or more of one to three words each, none ending as a sentence does: its words
# are no menu items of _MENU_ITEM. A text's own words may be so written ("Deterrence | Defence |
# Resilience" below "three priorities:", "Peace through strength | Never again | Slava Ukraini"
# between two sentences), so such a line is a menu only where a page's menu stands (see
# _section_menus).
_BAR = re.compile(r"\s*\|\s*")
_SECTION = re.compile(r"[^\W_][\w'’&-]*(?: [\w'’&-]+){0,2}")
# A heading over a story's tags ("Related Topics" / "NATO" / "Ukraine", the Guardian's "Explore more
# on these topics"), each of one or two words alone on its line, with no sentence's end: "Ukraine
# must win." below it is a statement.
_TAGS_HEADING = re.compile(
    r"(?:related(?: topics| tags| subjects)?|topics|tags|"
    r"(?:explore )?more on (?:this|these) (?:story|stories|topics?|subjects?)|"
    r"more about (?:this|these) (?:story|stories|topics?))\s*:?",
    re.IGNORECASE)
_TAG = re.compile(r"#?[^\W_][\w'’&.-]*(?: [\w'’&.-]+)?")
# The Guardian's tags run to five words ("US foreign policy", "Middle East and north Africa"): below
# its heading, which no text of its own writes, a longer tag ended the run and the tags after it were scored.
_LONG_TAG = re.compile(r"#?[^\W_][\w'’&.-]*(?: [\w'’&.-]+){0,4}")
# A news page's list of other stories under its heading ("Most viewed" / "Trump says he will meet
# Putin next month" / "Stock markets fall as tariffs bite"): the page's links to other stories,
# whose headlines were scored as the story's own statements, and may take positions it does not.
_HEADLINES_HEADING = re.compile(
    r"(?:most (?:viewed|read|popular|shared|commented)|(?:more|top|latest|related|recommended) (?:stories|articles)|"
    r"read next|you (?:may|might) also like|trending(?: now)?)(?: (?:today|this week|now|on [\w ]{1,30}))?\s*:?",
    re.IGNORECASE)
# A headline in such a list: a line of sixteen words at most that ends no sentence with a full
# stop, an exclamation mark, a semicolon or a colon (a headline may end in a question mark or a quote).
_LISTED_HEADLINE = re.compile(r"(?:\S+\s+){0,15}\S*[^\s.!;:…]")
# The longest line tried as a cookie banner, and as a menu of sections.
_BANNER_LENGTH = 300


def _is_web_furniture(line: str) -> bool:
    """Whether ``line`` (stripped) is a web page's furniture whatever is beside it: a skip link
    or a call to take its newsletter (see _WEB_FURNITURE), or a cookie banner with its buttons
    (see _COOKIES). A menu of sections joined by bars depends on its place (see _section_menus).

    >>> _is_web_furniture("Skip to main content"), _is_web_furniture("Home | World | Europe | Politics | Defence")
    (True, False)
    >>> _is_web_furniture("We use cookies to improve your experience. Accept all | Manage preferences")
    True
    >>> _is_web_furniture("We use every tool we have."), _is_web_furniture("Russia steals cookies. We act.")
    (False, False)
    """
    if len(line) > _BANNER_LENGTH:
        return False
    if _WEB_FURNITURE.fullmatch(line):
        return True
    if _COOKIES.search(line) and (ended := _LAST_SENTENCE_END.match(line)):
        buttons = line[ended.end():]
        return bool(_menu_items(buttons) and _COOKIE_BUTTON.search(buttons))
    return False


def _is_section_menu(line: str) -> bool:
    """Whether ``line`` (stripped) is written as a menu of a site's sections: three items or
    more of one to three words joined by bars, none ending as a sentence does (see _SECTION).

    >>> _is_section_menu("Home | World | Europe | Politics | Defence"), _is_section_menu("We met. | We left. | Go")
    (True, False)
    """
    return (len(line) <= _BANNER_LENGTH and "|" in line and len(sections := _BAR.split(line)) >= 3
            and all(_SECTION.fullmatch(section) for section in sections))


def _section_menus(lines: list[str], filled: list[int], furniture: set[int], items: list[int]) -> set[int]:
    """The places of ``lines`` (stripped; ``filled`` the places of those not blank) written as a
    menu of sections (see _is_section_menu) that stand where a web page's menu does: above any
    line of the text (a page's top, below nothing but furniture), or beside a web page's other
    furniture (``furniture``, a line of menu items of ``items``, or such a menu), past blank
    lines; never below a line ending in a colon, which leads into the line as into a list, and
    so never between two lines of the text. A real line dropped costs more than a menu kept.

    >>> _section_menus(["Home | World | Europe", "", "We met."], [0, 2], set(), [0, 0, 0])
    {0}
    >>> _section_menus(["We met.", "Peace | Never again | Slava Ukraini", "We left."], [0, 1, 2], set(), [0, 0, 0])
    set()
    >>> _section_menus(["Our priorities:", "Deter | Defend | Resist", "Share"], [0, 1, 2], set(), [0, 0, 1])
    set()
    """
    candidates = [place for place, at in enumerate(filled) if _is_section_menu(lines[at])]
    menus: set[int] = set()
    changed = True
    while changed:  # a menu beside a menu found: to a fixed point, each pass over the candidates only
        changed = False
        for place in candidates:
            at = filled[place]
            if at in menus or (place and lines[filled[place - 1]].endswith(":")):
                continue
            beside = [filled[near] for near in (place - 1, place + 1) if 0 <= near < len(filled)]
            top = all(near in furniture or near in menus or items[near] or _is_furniture(lines[near])
                      for near in filled[:place])
            if top or any(near in furniture or near in menus or items[near] for near in beside):
                menus.add(at)
                changed = True
    return menus


def _tag_lines(lines: list[str]) -> set[int]:
    """The places of ``lines`` (stripped) that are a story's tags under their heading (see
    _TAGS_HEADING), the heading with them: a line of one or two words (five below the Guardian's
    heading) with no sentence's end each, blank lines between them or not. A heading with no tag
    below it stays.

    >>> _tag_lines(["We met.", "Related Topics", "NATO", "", "Ukraine", "Ukraine must win."])
    {1, 2, 4}
    >>> _tag_lines(["Topics", "We will discuss three."])
    set()
    >>> _tag_lines(["Explore more on these topics", "Nato", "US foreign policy", "news"])
    {0, 1, 2, 3}
    """
    tags: set[int] = set()
    for at, line in enumerate(lines):
        if not _TAGS_HEADING.fullmatch(line):
            continue
        run = []
        tag = _LONG_TAG if line.lower().startswith("explore") else _TAG  # the Guardian's heading
        for near in range(at + 1, len(lines)):  # to the first line that is no tag: each line read once or twice
            if not lines[near]:
                continue
            if not tag.fullmatch(lines[near]) or _TERMINAL.search(lines[near]) or _TAGS_HEADING.fullmatch(lines[near]):
                break
            run.append(near)
        if run:
            tags.update([at, *run])
    return tags


def _headline_list_lines(lines: list[str]) -> set[int]:
    """The places of ``lines`` (stripped) that are a news page's list of other stories, the
    heading with them (see _HEADLINES_HEADING): the headlines right below it, past blank lines
    there, one a line (see _LISTED_HEADLINE), to a blank line, the end of the text or another such
    heading. A sentence right below the heading or the headlines, which they may open, leaves them
    all as they are, and so does a heading with no headline below it.

    >>> _headline_list_lines(["We met.", "Most viewed", "", "Trump says he will meet Putin", "Stock markets fall",
    ...                       "", "Ukraine must win"])
    {1, 3, 4}
    >>> _headline_list_lines(["Most read", "Ukraine must win this war."])
    set()
    >>> _headline_list_lines(["Top stories", "Allies must now decide whether they will keep", "their promise."])
    set()
    """
    found: set[int] = set()
    for at, line in enumerate(lines):
        if not line or len(line) > 60 or not _HEADLINES_HEADING.fullmatch(line):
            continue
        near = at + 1
        while near < len(lines) and not lines[near]:
            near += 1
        run = []
        # to another heading at most, so that each line is read once or twice
        while (near < len(lines) and lines[near] and _LISTED_HEADLINE.fullmatch(lines[near])
               and not _HEADLINES_HEADING.fullmatch(lines[near])):
            run.append(near)
            near += 1
        # a line that is no headline right below the run may be the end of a sentence the run's
        # lines open ("Allies must now decide whether they will keep their promise" / "to Ukraine.")
        closed = near == len(lines) or not lines[near] or _HEADLINES_HEADING.fullmatch(lines[near])
        if run and closed:
            found.update([at, *run])
    return found


def _menu_lines(lines: list[str]) -> set[int]:
    """The places of ``lines`` (stripped) that are a web page's menu pasted with its text: a
    line of menu items (see _menu_items) that is one of several, or whose nearest line above
    or below, past blank lines, is one too or other furniture (see _is_furniture); a line that
    is a web page's furniture wherever it stands (see _is_web_furniture); a menu of sections
    where a page's menu stands (see _section_menus); a cookie banner's
    sentence beside its buttons; a story's tags under their heading (see _tag_lines); and a list
    of other stories' headlines under its heading (see _headline_list_lines). One menu item
    alone among sentences stays: it may be a heading ("English" above a statement's English text).

    >>> _menu_lines(["We met.", "Print", "Email", "Share", "Read more about deterrence here."])
    {1, 2, 3}
    >>> _menu_lines(["We met.", "English", "Allies agree."]), _menu_lines(["Published 3 March 2026", "Share"])
    (set(), {1})
    >>> _menu_lines(["We use cookies to improve your experience.", "Accept all | Manage preferences", "We met."])
    {0, 1}
    """
    items = [_menu_items(line) if line else 0 for line in lines]
    web = ({at for at, line in enumerate(lines) if line and _is_web_furniture(line)} | _tag_lines(lines)
           | _headline_list_lines(lines))
    filled = [at for at, line in enumerate(lines) if line]
    web |= _section_menus(lines, filled, web, items)
    menus = set(web)
    for place, at in enumerate(filled):
        beside = [filled[near] for near in (place - 1, place + 1) if 0 <= near < len(filled)]
        if items[at] and (items[at] > 1 or any(items[near] or near in web or _is_furniture(lines[near])
                                               for near in beside)):
            menus.add(at)
        elif _COOKIES.search(lines[at]) and len(lines[at]) <= _BANNER_LENGTH and any(
                items[near] and _COOKIE_BUTTON.search(lines[near]) for near in beside):
            menus.add(at)  # "We use cookies to improve your experience." / "Accept all | Manage preferences"
    return menus


# A credit that ends a line after a sentence or caption (see _without_credit).
_CREDIT_AT_END = re.compile(rf"(?:{_PICTURE_CREDIT}|{_CONTRIBUTION})$")
# What every such credit has: an agency's slash, "contributed", a photo's label ("(Photo by Getty Images)") or a
# newsroom credit's head ("(Reporting by Andrew Gray; Editing by Alex Smith)").
_CREDIT_HINT = re.compile(r"/|contributed|(?:Photo(?:graph)?|Picture|Image)s?(?::| by) |"
                          r"(?i:editing|reporting|writing|compiled) by\b")
# Where such a credit may start: after a sentence's end, a bracket or a quote, and space.
_CREDIT_START = re.compile(r"[.!?)\]\"”’»]\s+")
# A picture's credit in brackets opening a line before a text ("(Photo by Jane Doe/Getty Images) NATO must act."),
# which was kept with the text as a statement.
_BRACKETED_CREDIT_OPENING = re.compile(r"\((?:Photo(?:graph)?|Picture|Image)s?(?::| by) [^()]{1,120}\)\s+(?=\S)")
# How far from a line's end such a credit may start: a longer one is read as words.
_CREDIT_LENGTH = 300


def _without_credit(line: str) -> str:
    """``line`` without a picture credit, contribution line (see _CREDIT_AT_END) or newsroom credit
    (see stance.lines._is_newsroom_credit) that ends it after a sentence: the credit is furniture,
    the caption or story before it is not, as a wire story's last paragraph ends "… (Reporting by …;
    Editing by …)".

    >>> _without_credit("Allies met in Vilnius. Russia is a threat. (Photo by Petras Malukas/Getty Images)")
    'Allies met in Vilnius. Russia is a threat.'
    >>> _without_credit("We met. Anna Smith contributed to this report."), _without_credit("NATO/Russia talks.")
    ('We met.', 'NATO/Russia talks.')
    >>> _without_credit("We met. (Photo by Getty Images)"), _without_credit("We met. Reuters staff contributed.")
    ('We met.', 'We met. Reuters staff contributed.')
    >>> _without_credit("Hungary objected. (Reporting by Andrew Gray in Brussels; Editing by Alex Smith)")
    'Hungary objected.'
    >>> _without_credit("We met. Reporting by Politico revealed that Hungary objected.")
    'We met. Reporting by Politico revealed that Hungary objected.'

    A picture's credit in brackets that opens the line before a text goes too, the text kept whatever it is:
    the brackets tell where the credit ends.

    >>> _without_credit("(Photo by Jane Doe/Getty Images) NATO must act.")
    'NATO must act.'
    >>> _without_credit("(Photo by the author, who was there) NATO must act.")
    '(Photo by the author, who was there) NATO must act.'
    """
    opening = _BRACKETED_CREDIT_OPENING.match(line)
    if opening is not None and _CREDIT_AT_END.match(line[:opening.end()].rstrip()):
        line = line[opening.end():]
    tail = max(len(line) - _CREDIT_LENGTH, 0)
    if not _CREDIT_HINT.search(line, tail):  # most lines: no credit to try
        return line
    for start in _CREDIT_START.finditer(line, tail):  # the longest credit first
        if _CREDIT_AT_END.match(line, start.end()) or _is_newsroom_credit(line[start.end():]):
            return line[:start.start() + 1]
    return line


# A web page's publication line, its date and maybe its time, then a bar or a dash ("Published 3 March 2026 | ",
# "Updated: March 3, 2026 10:32 CET – "): after it a time, an author or a link (see stance.lines._BOILERPLATE), or a
# story stored in one table cell going on into its sentence ("Published 3 March 2026 | NATO must stay united against
# Russian pressure."), which went with the line as furniture.
# Its time of day, after the date or as a part of its own ("at 10:32 CET", "um 10.32 Uhr", "à 10h32").
_TIME_OF_DAY = rf"(?:at\s+|um\s+|à\s+)?\d{{1,2}}[:.h]\s?\d{{2}}(?:\s?[ap]\.?\s?m\b\.?)?(?:\s*uhr\b)?(?:\s+{_ZONES})?"
_PUBLICATION_HEAD = re.compile(rf"{_PUBLISHED_ON}(?:,?\s+{_TIME_OF_DAY})?\s*(?:[|·•–—]|\s-)\s*", re.IGNORECASE)
# What makes the words after it a sentence: three words in lower case or more that no credit or byline is made of
# ("Jan Novak and Anna Berg in Vilnius" has none), or two with a sentence's end, as German's capitalised nouns leave
# ("Die Bundeswehr braucht mehr Soldaten.").
_PUBLICATION_CLAUSE_WORDS = 3
_PUBLICATION_SENTENCE_WORDS = 2
# The line's further parts before the sentence, each before a bar or dash: its time, its byline, its date of update
# ("Published 3 March 2026 | 10:32 | NATO must…", "… | By Jan Novak | NATO must…", "… | Updated 4 March 2026 | …"),
# which went with the sentence (or the sentence with them). A few are read, so that a long line is read once.
_PUBLICATION_PART_END = re.compile(r"\s*[|·•]\s*|\s+[–—-]\s+")
_PUBLICATION_TIME = re.compile(_TIME_OF_DAY, re.IGNORECASE)
_PUBLICATION_PARTS = 4
# An update's date, which a note of what the update changed may follow in lower case ("Updated 3 March 2026 – adds
# comments from the minister"); after a publication's date such words are a story's sentence, not written as one
# ("Published 3 March 2026 – allies must spend more on defence.", "Posted 3 March 2026 | iPhones are banned…").
_UPDATE_DATE = re.compile(r"(?:last |zuletzt )?(?:updated|modified|aktualisiert|mis à jour|modifié)\b", re.IGNORECASE)


def _without_publication_line(line: str) -> str:
    """``line`` without the publication line that opens it (see _PUBLICATION_HEAD) when a sentence follows it on
    the line, not furniture (a time, a byline, a link, see stance.lines._is_furniture_alone); else ``line`` as it is.

    >>> _without_publication_line("Published 3 March 2026 | NATO must stay united against Russian pressure.")
    'NATO must stay united against Russian pressure.'
    >>> _without_publication_line("Published 3 March 2026 | Jan Novak and Anna Berg in Vilnius")
    'Published 3 March 2026 | Jan Novak and Anna Berg in Vilnius'
    >>> _without_publication_line("Published 3 March 2026 | https://example.org/news/nato-must-stay-united")
    'Published 3 March 2026 | https://example.org/news/nato-must-stay-united'
    >>> _without_publication_line("Published 3 March 2026 | By Jan Novak | NATO must stay united against Russia.")
    'NATO must stay united against Russia.'
    >>> _without_publication_line("Updated 3 March 2026 – adds comments from the minister in paragraph 4")
    'Updated 3 March 2026 – adds comments from the minister in paragraph 4'
    >>> _without_publication_line("Published 3 March 2026 – allies must spend more on defence.")
    'allies must spend more on defence.'
    """
    head = _PUBLICATION_HEAD.match(line)
    if head is None:
        return line
    rest = line[head.end():]
    updated = _UPDATE_DATE.match(line) is not None
    for _ in range(_PUBLICATION_PARTS):
        part_end = _PUBLICATION_PART_END.search(rest)
        if part_end is None:
            break
        part = rest[:part_end.start()]
        if not (_PUBLICATION_TIME.fullmatch(part) or _is_furniture_alone(part)):
            break
        updated = updated or _UPDATE_DATE.match(part) is not None
        rest = rest[part_end.end():]
    if updated and rest[:1].islower():
        return line  # an update's note of what changed, no story's sentence: "Updated 3 March 2026 – adds comments…"
    words = [word for word in _WORD.findall(LINK.sub(" ", rest))
             if word.islower() and word not in _CREDIT_WORDS and word not in _NEWSROOM_CREDIT_WORDS]
    sentence = len(words) >= _PUBLICATION_CLAUSE_WORDS or (len(words) >= _PUBLICATION_SENTENCE_WORDS
                                                           and _SENTENCE_END.search(rest) is not None)
    # furniture after the date is the line's still: "… | Share this article", "… | Sign up for our newsletter", and
    # a writer's note, a byline's in other words ("… | Jan Novak is a defence correspondent based in Warsaw.")
    footer = _FOOTER_SENTENCE.match(rest)
    furniture = (_is_furniture_alone(rest) or _is_web_furniture(rest)
                 or (footer is not None and footer.end() == len(rest)))
    return rest if sentence and not furniture else line


def _without_opening_footer(line: str, below: str = "", above: str = "") -> str:
    """``line`` without the footer's or release's note that opens it (see stance.lines._BOILERPLATE: "© 2026
    Reuters.", "For immediate release.", "Tags: NATO, Ukraine.") and the footer's sentences after it, when it goes on
    into a text of its own (see stance.lines._text_past_furniture), as an article stored in one table cell does;
    else ``line`` as it is. The note is furniture there as on its own line: it was scored as a statement. A credit's
    or contact's line keeps its own (see stance.lines._is_furniture).

    >>> _without_opening_footer("© 2026 Reuters. All rights reserved. NATO allies agreed today to spend more.")
    'NATO allies agreed today to spend more.'
    >>> _without_opening_footer("© 2026 Reuters. All rights reserved."), _without_opening_footer("We met. © 2026 AP.")
    ('© 2026 Reuters. All rights reserved.', 'We met. © 2026 AP.')
    """
    if not (_BOILERPLATE.match(line) and _is_furniture_alone(line, below, above)):
        return line
    # a picture's credit is the note to its end, titles and initials too ("Photo: Mr. Smith / Reuters. NATO must…")
    start = _end_of_footer(line, _before_titles(line, _text_past_furniture(line)), _picture_credit_end(line))
    return line[start:] if start > 0 else line


# A sentence's stop and the space after it, a closing quote or bracket between ("… one”. ", "… (AP.) "), or a
# character of no width, as a page's editor leaves ("© 2026 Reuters.\u200b Peace now."): unseen, the stop was none,
# and the text's first sentence was read as the note's and lost with it.
_PIECE_STOP = re.compile(rf"[.!?…][\"'”’»)\]{INVISIBLE}]*\s+")
_NO_WIDTH = re.compile(f"[{INVISIBLE}]")
# After a stop that ends no sentence, words in lower case or a time zone go on with the note ("Embargoed until 10
# a.m. CET on Monday.", "Tags: NATO, U.S. foreign policy, Ukraine."), as the sentence splitter reads them: cut there,
# the rest of the note was a statement ("CET on Monday."). Not a figure: "Follow us on X. 1/ 'Europe should…'" opens
# a thread. Nor words in lower case as many as the search for the text knows a sentence by (four): those open the
# text ("© 2026 Reuters Inc. iPhones are banned at NATO from today.", "… U.S. de Gaulle's Europe is back."), which
# went with the note.
_NOTE_GOES_ON_IN_ZONE = re.compile(rf"\s+{_ZONES}")
_NOTE_GOES_ON_IN_LOWER_CASE = re.compile(r"\s+[a-z]")
_TEXTS_WORDS = 4
# But after a time's "a.m." or "p.m." words in lower case are the time's however many ("Embargoed until 10 a.m. local
# time on Monday."), as the footer's sentence reads them (lines._AFTER_A_TIME_OF_DAY): c749eabd's four words made
# "local time on Monday." a statement. (A time's stop: lines._TIME_OF_DAY_BEFORE.)
# Only words that go on with a time, though: where, when or whose time it is ("local time", "on Monday", "in Brussels",
# "sharp"); "Embargoed until 9 p.m. the alliance is finished. Time to admit it." lost its sentence in lower case to the
# note after 360e1edf, where four words of it were the text's before. A zone's name of two words before "time" too
# ("central european time", "eastern standard time"): one word only made "… 9 p.m. central european time on Monday." a
# statement (a review of 2a59c4fc). Not two after an article or a possessive, whose "time" is a sentence's: "… 9 p.m.
# a hard time is coming.", "… the last time is over." were lost with the note at e1a3d4cd (a review of e1a3d4cd).
# Nor with one as its second word: "… 9 p.m. such a time is coming.", "… what a time it is." (a review of 2bdef2bb).
# But the time named again after it is the time's: "… 9 p.m. after that time it may be published.", "… before that
# time nothing may be published." were made statements at 58faaae3 (a review of 58faaae3).
# a zone's name in full after a time's "a.m." or "p.m." ("Central European Time.", "Eastern Standard Time.")
_ZONES_NAME = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}Time\b")
_NO_ZONES_WORD = r"(?!(?:a|an|the|this|that|every|each|any|some|no|our|their|its|his|her|my|your)\s)"
_TIMES_REST = re.compile(
    r"\s+(?:local|on|in|at|of|sharp|tomorrow|tonight|this|next|until|through|from|[a-z]+\s+time|"
    r"(?:after|before|by)\s+(?:that|this)\s+time|"
    rf"{_NO_ZONES_WORD}[a-z]+\s+{_NO_ZONES_WORD}[a-z]+\s+time)\b")


def _end_of_footer(line: str, start: int, note_end: int = 0) -> int:
    """Where the note that opens ``line`` and the footer's sentences after it end, at ``start`` (where
    :func:`stance.lines._text_past_furniture` finds the text opening) or at the first sentence before it that is
    no footer's (none before ``note_end``, where a note known whole ends, as a picture's credit): the search finds a
    sentence of its own words only where one opens as it knows (four words or so), so what it passed over ("Peace
    now.", "Membership for Ukraine?", "Q: Did Türkiye block it?") was cut off with the note. A stop that ends no
    sentence ("Follow us on X. Peace now.") only opens a piece that is no footer's sooner, so the cut keeps more,
    never less; but a word alone after one is the note's ("… until 10 a.m. CET.").

    >>> line = "© 2026 Reuters. All rights reserved. Peace now. No more weapons for the war, allies said."
    >>> line[_end_of_footer(line, line.index("No more")):]
    'Peace now. No more weapons for the war, allies said.'
    >>> line = "© 2026 Baltic Wire. You are receiving this email because you subscribed. Allies must act now."
    >>> line[_end_of_footer(line, line.index("Allies")):]
    'Allies must act now.'
    """
    for stop in _PIECE_STOP.finditer(line, 0, max(start, 0)):
        cut = stop.end()
        if cut >= start:
            break
        if cut < note_end:
            continue
        following = _PIECE_STOP.search(line, cut, start)
        # judged with its spaces plain and its unseen characters gone, as on a line of its own: "All\xa0rights\xa0
        # reserved." was no footer's, and a statement
        piece = " ".join(_NO_WIDTH.sub("", line[cut:following.start() + 1 if following else start]).split())
        after = stop.start() + 1
        if (cut > note_end and _is_title_or_initial(_word_before(line, after))
                and _goes_on_with_note(line, after, piece)):
            continue  # "Embargoed until 10 a.m. CET.", "Tags: NATO, U.S. Ukraine.": the word is the note's
        if piece and not _is_footer_piece(piece):
            return cut
    return start


def _goes_on_with_note(line: str, after: int, piece: str) -> bool:
    """Whether ``piece``, after a stop that ends no sentence (a title's or an initial's) in a footer's note, right
    before ``after`` in ``line``, is the note's still: one word, a time zone, or words in lower case fewer than a
    sentence of the text has (see _NOTE_GOES_ON_IN_ZONE), or any after a time's "a.m." going on with the time (see
    _TIMES_REST).

    >>> line = "Tags: NATO, U.S. foreign policy, Ukraine. Allies agree."
    >>> _goes_on_with_note(line, line.index(" foreign"), "foreign policy, Ukraine.")
    True
    >>> line = "© 2026 Reuters Inc. iPhones are banned at NATO from today."
    >>> _goes_on_with_note(line, line.index(" iPhones"), "iPhones are banned at NATO from today.")
    False
    >>> line = "Embargoed until 10 a.m. local time on Monday. Allies agree."
    >>> _goes_on_with_note(line, line.index(" local"), "local time on Monday.")
    True
    >>> line = "Embargoed until 9 p.m. the alliance is finished. Time to admit it."
    >>> _goes_on_with_note(line, line.index(" the"), "the alliance is finished.")
    False
    """
    if len(piece.split()) == 1 or _NOTE_GOES_ON_IN_ZONE.match(line, after):
        return True
    if _TIME_OF_DAY_BEFORE.search(line[max(after - 6, 0):after]) and _ZONES_NAME.match(line, after):
        return True  # "Embargoed until 9 p.m. Central European Time. NATO must act.": the time's zone
    if _NOTE_GOES_ON_IN_LOWER_CASE.match(line, after) is None:
        return False
    time_of_day = _TIME_OF_DAY_BEFORE.search(line[max(after - 6, 0):after])
    times_rest = time_of_day is not None and _TIMES_REST.match(line, after) is not None
    return len(_WORD.findall(piece)) < _TEXTS_WORDS or times_rest


def _word_before(line: str, end: int) -> str:
    """The word of ``line`` that ends at ``end``.

    >>> _word_before("Embargoed until 10 a.m. CET.", 23)
    'a.m.'
    """
    begin = end
    while begin > 0 and not line[begin - 1].isspace():
        begin -= 1
    return line[begin:end]


def _is_footer_piece(sentence: str) -> bool:
    """Whether ``sentence``, one after a footer's note on its line, is the footer's: furniture alone on its line
    ("All rights reserved.", "Follow us on X."), a footer's sentence ("You are receiving this email because you
    subscribed.", "Sign up for our newsletter.") or its notice of rights ("Reproduction … is prohibited.").

    >>> [_is_footer_piece(sentence) for sentence in ("All rights reserved.", "Sign up for our newsletter.",
    ...                                              "Peace now.", "Membership for Ukraine?")]
    [True, True, False, False]
    """
    footer = _FOOTER_SENTENCE.match(sentence)
    return (_is_furniture_alone(sentence) or (footer is not None and footer.end() == len(sentence))
            or _RIGHTS_NOTICE.match(sentence) is not None)


def _before_titles(line: str, start: int) -> int:
    """``start``, where :func:`stance.lines._text_past_furniture` finds the text of ``line`` opening, moved back
    past the titles and initials before it to the sentence's stop before them; 0 where none is before them (the line
    is left as written), and ``start`` as it is where it follows no title.

    The search for the text knows only "Mr.", "Ms.", "Dr.", "St." and "Mrs." for titles (a rank or initial's stop
    reads as a sentence's end there): a cut after one lost it, "© 2026 Reuters. Gen. Cavoli said…" gave "Cavoli
    said…".

    >>> line = "© 2026 Reuters. Lt. Col. J. Smith said allies must act now."
    >>> line[_before_titles(line, line.index("Smith")):]
    'Lt. Col. J. Smith said allies must act now.'
    >>> _before_titles("© 2026 Reuters Inc. NATO allies agreed.", 20), _before_titles("© AP. NATO agreed.", 6)
    (0, 6)

    A time's "a.m." or "p.m." after its hour ends the note, no title of the text's: read as an initial, it left
    "Embargoed until 9 p.m. NATO must act." as written, and the note a statement beside the text's.

    >>> line = "Embargoed until 9 p.m. NATO must act."
    >>> line[_before_titles(line, line.index("NATO")):]
    'NATO must act.'
    """
    words = list(_WORD_SPAN.finditer(line, 0, max(start, 0)))
    back = len(words)
    while back and _is_title_or_initial(words[back - 1].group()) and not _is_hours_time(words, back - 1):
        back -= 1
    if back == len(words):
        return start
    if back == 0 or not words[back - 1].group().endswith((".", "!", "?")):
        return 0  # "© 2026 Reuters Inc. NATO allies…": no sentence's end to cut at
    return words[back].start()


_WORD_SPAN = re.compile(r"\S+")
_HOUR = re.compile(r"\d{1,2}(?:[:.]\d{2})?$")


def _is_hours_time(words: list[re.Match[str]], at: int) -> bool:
    """Whether word ``at`` of ``words`` is a time's "a.m." or "p.m." after its hour ("9 p.m.", "10:30 a.m.").

    >>> words = list(_WORD_SPAN.finditer("Embargoed until 9 p.m. Mr. Smith"))
    >>> _is_hours_time(words, 3), _is_hours_time(words, 4)
    (True, False)
    """
    return (at > 0 and _TIME_OF_DAY_BEFORE.search(words[at].group()) is not None
            and _HOUR.match(words[at - 1].group()) is not None)


def _is_title_or_initial(word: str) -> bool:
    """Whether ``word`` is an abbreviation whose stop ends no sentence (see stance.abbreviations.ABBREVIATIONS) or
    an initial, as a name's title or rank is.

    >>> [_is_title_or_initial(word) for word in ("Gen.", "Lt.", "J.", "U.S.", "Reuters.", "NATO.", "Gen")]
    [True, True, True, True, False, False, False]
    """
    stem = word[:-1] if word.endswith(".") else ""
    return bool(stem) and (stem.casefold() in ABBREVIATIONS
                           or all(len(part) == 1 and part.isalpha() for part in stem.split(".")))


# The label alone on its line ("Editor's note:"): the note is the paragraph below it.
_NOTE_LABEL_ALONE = re.compile(rf"^[\[(*_]*{_NOTE_LABEL}\s*$", re.IGNORECASE)
# An editors' or translator's note opening a line that goes on into the text, as a story stored in one table cell
# opens ("Editor's note: This story is part of a series on the alliance. NATO leaders agreed on Tuesday…"): the
# note is its first sentence (or its bracket, "(Editor's note: …)"), and each sentence after it that speaks of the
# text as published (this story, series or interview, its correction, update or translation); the rest of the line
# is the text. Left out to its line's end, the note took a one-cell article with it, every sentence lost.
_NOTE_OPENING = re.compile(rf"[\[(*_]*{_NOTE_LABEL}", re.IGNORECASE)
# A stop that ends a sentence of the note: not a title's ("Mr. Rutte") nor an initial's ("J. Smith", "U.S."), and a
# new sentence after it opening with a capital.
# The stop is matched first, and only then looked behind, so that each character that is no stop fails at once.
_NOTE_STOP = re.compile(rf"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)(?<!\b[{_CAP}].)[\"”’)\]*_]*\s+"
                        rf"(?=[\"“‘(\[]?[{_CAP}])")
# A sentence of the note going on: about the text as published, not about what it reports ("NATO leaders agreed…").
_THE_TEXT = (r"(?:[\w-]+ )?(?:article|story|stories|series|interview|transcript|report|piece|text|feature|podcast|"
             r"episode|conversation|translation|version|page|post|essay|column|blog|coverage|commentary|op-ed)s?\b")
# A version is the text's alone or "of" it: "A previous version of the sanctions bill was vetoed…" is the story's. So
# are views expressed unless the sentence disowns them ("The views expressed here are her own.", "… are personal.", "…
# do not necessarily reflect…", "… are not necessarily those of NATO."): "The views expressed here by Hungary are not
# shared by its allies." is the story's.
_ABOUT_THE_TEXT = re.compile(
    rf"\b(?:(?:this|these|our) {_THE_TEXT}|part of (?:a|an|our|the) (?:[\w-]+ ){{0,2}}series|"
    rf"(?:an?|the) (?:earlier|previous|prior|original) version(?! of\b(?! (?:this|the|our) {_THE_TEXT}))|"
    # an opinion piece's disclaimer: "The views expressed in this commentary are her own."
    r"(?:views|opinions) expressed (?:(?:here(?:in)?|above|below) )?(?:are (?:\w+ )?(?:those of )?(?:the )?"
    r"(?:author|writer|contributor|her|his|their|my|own|personal)|do not (?:necessarily )?(?:reflect|represent)|"
    r"are not (?:necessarily )?(?:those|the views|the opinions|the position) of)|"
    r"(?:is|are|was|were|has been|have been|had been) (?:\w+ly )?(?:corrected|updated|amended|translated|edited|"
    r"condensed|abridged|shortened|republished)|(?:corrections?|clarifications?|updates?)\s*:|"
    # what the text withholds, and its warning to readers ("Names have been changed to protect sources. Reader
    # discretion is advised.": the second was scored after the note)
    # (the whole sentence, maybe with why: "Names of streets have been changed by Russia's occupiers." is words)
    r"names? (?:of [\w'’-]+ (?:[\w'’-]+ )?)?(?:have|has|were|was) been (?:changed|withheld|altered)"
    # ("… for security reasons.", "… at the request of the interviewees.": why, as war reporting writes it; the
    # request of those named, not of who renamed streets: "… at the request of the occupation authorities." is words;
    # whose they are, the dead or those killed, "… of the families of the dead.", "… of the fallen soldiers.", "… of
    # the hostages."; not a place's or a power's, "… of the people of Crimea.", "… of the people of the occupied
    # territories.", "… of the men of the occupation.")
    r"(?: to protect [\w'’ ]{1,40}?| (?:at|on) (?:(?:their|his|her|the) )?request(?: of (?:[\w'’-]+ ){0,3}?"
    r"(?:interviewees?|sources?|people|persons?|individuals?|famil(?:y|ies)|relatives|soldiers?|participants?|"
    r"witnesses|survivors?|victims?|refugees?|women|men|children|parents|interviewed|involved|quoted|concerned|them|him|her)"
    r"(?-i: of (?:(?:the |their )?(?:(?:dead|deceased|fallen|missing|wounded|injured|killed|captured)"
    r"(?: (?:victims|soldiers|servicemen|men|women|children|hostages|prisoners|detainees))?|"
    r"victims|soldiers|servicemen|men|women|children|hostages|prisoners|detainees)"
    r"|those [a-z][\w'’-]*(?: [a-z][\w'’-]*)?))?)?|"
    r" for (?:(?:their|his|her) (?:own )?(?:safety|protection|security|privacy)|"
    r"(?:security|safety|privacy|legal|personal) reasons))?"
    r"(?=[.!]?$)|"
    r"(?:reader|viewer|listener|audience) discretion is (?:strongly )?advised)",
    re.IGNORECASE)
_NOTE_SENTENCES = 8  # the most read as the note's, so that a long line is read once
_NOTE_LENGTH = 3000  # the most characters of a line read for them, so that a line with no stop is not read whole


def _closing_bracket(line: str, start: int) -> int:
    """Where the bracket opening ``line`` closes, reading from ``start`` (within the note's length), or -1.
    Brackets within it are skipped: a note citing "(1)" ended at its ")" and left a scrap of itself, "above.)".
    Brackets that do not pair up within the note's length (a typo's "(Turkey.)", a quoted ":(", a longer note) leave
    the first closing bracket the note's, as it was before they were counted: else the line had no note's end, and
    was left out whole with the text after the note.

    >>> _closing_bracket("(Editor's note: see (1) above.) Allies met.", 1)
    30
    >>> _closing_bracket("(Note: see (1 above.) Allies met.", 1), _closing_bracket("[Note: unclosed", 1)
    (20, -1)
    """
    opener, closer = line[0], ")" if line[0] == "(" else "]"
    depth = 1
    for at in range(start, min(len(line), start + _NOTE_LENGTH)):
        if line[at] == opener:
            depth += 1
        elif line[at] == closer:
            depth -= 1
            if depth == 0:
                return at
    return line.find(closer, start)


def _without_opening_note(line: str) -> str:
    """``line`` without the editors' or translator's note that opens it (see _NOTE_OPENING) when the text goes on
    after the note on its line, else ``line`` as it is (a note alone on its line is furniture whole).

    >>> _without_opening_note("Editor's note: the minister spoke in Riga. NATO must defend every inch of its land.")
    'NATO must defend every inch of its land.'
    >>> _without_opening_note("Editor's note: This story is part of a series. It was updated on Friday. Allies met.")
    'Allies met.'
    >>> _without_opening_note("(Translator's note: abridged.) Allies must spend more.")
    'Allies must spend more.'
    >>> _without_opening_note("This story was amended on 4 March 2026. An earlier version erred. Allies met today.")
    'Allies met today.'
    >>> _without_opening_note("Editor's note: the interview took place before the summit.")
    "Editor's note: the interview took place before the summit."
    """
    opening = _NOTE_OPENING.match(line)
    if opening is None:
        if not _EDITORIAL_NOTE.match(line):
            return line
        # a publisher's note without a label ("This interview has been edited for length and clarity.", "This
        # article was amended on 4 March 2026.", "Translated from the Polish by the editors."), read so too
        opening = re.match(r"[\[(*_]*", line)
    if line[0] in "([":  # "(Editor's note: …)": the note is its bracket
        close = _closing_bracket(line, opening.end())
        rest = line[close + 1:].lstrip(" .") if close >= 0 else ""
    else:
        rest, window = "", opening.end() + _NOTE_LENGTH
        for sentences, stop in enumerate(_NOTE_STOP.finditer(line, opening.end(), window), 1):
            if sentences > _NOTE_SENTENCES:
                break
            following = _NOTE_STOP.search(line, stop.end(), window)
            if not _ABOUT_THE_TEXT.search(line, stop.end(), following.start() if following else window):
                rest = line[stop.end():]
                break
    # A word alone after the note ("… Ends.") is no text the note was hiding.
    return rest if len(rest.split()) >= 2 and rest[:1] not in ".,;:" else line


# A news dateline opening a story: "VILNIUS, March 3 (Reuters) -", "BUDAPEST —", "KYIV (AP) -".
# It always starts a new paragraph, so a headline without a full stop above it ends there.
_DATELINE = re.compile(
    r"^(?!(?:NATO|EU|UN|US|USA|UK|OSCE|UNSC|IAEA)\b)[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2}"
    r"(?:, [^()\-–—]{1,40}?)?(?: \([A-Za-z&. ]{2,30}\))?\s+[-–—]{1,2}\s+\S"
)


# "About NATO", "About the NATO Support and Procurement Agency (NSPA)": a title (see _is_about_title).
_ABOUT = re.compile(r"[\[(*_#\s]*about\s+(.+?)\s*:?[\])*_]*", re.IGNORECASE)
# The small words a title leaves in lower case ("About the Alliance for Peace and Freedom").
_TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "and", "of", "for", "in", "on", "to", "at", "&", "de", "du",
                                "des", "la", "le", "et", "und", "der", "die", "das", "für"})
_ABOUT_WORDS = 12  # a longer line is a sentence


def _is_about_title(line: str) -> bool:
    """Whether ``line`` (stripped) heads a release's "About …" boilerplate: "About" and a title,
    each word capitalised or an acronym but small words, brackets allowed, no digit and no final
    stop; not a headline ("About 300 troops arrive in Lithuania") nor a sentence.

    >>> _is_about_title("About NATO"), _is_about_title("About the NATO Support and Procurement Agency (NSPA)")
    (True, True)
    >>> _is_about_title("About 300 troops arrive in Lithuania"), _is_about_title("About Us."), _is_about_title("About")
    (False, False, False)
    """
    about = _ABOUT.fullmatch(line)
    if about is None or any(map(str.isdigit, line)) or line.rstrip("*_])").endswith("."):
        return False
    words = about.group(1).replace("(", " ").replace(")", " ").split()
    return 0 < len(words) <= _ABOUT_WORDS and all(word[:1].isupper() or word in _TITLE_SMALL_WORDS for word in words)


def _end_mark_tail(lines: list[str], at: int) -> tuple[int, bool]:
    """What follows the end mark at ``at`` of ``lines`` (stripped): where it ends (the next end mark's
    place, or the end), and whether it is a release's back matter, left out, rather than more of the text.

    A text may hold several releases, each closed by its end mark: what follows one end mark up to
    another is the next release, unless it opens with a back matter's label ("Notes to editors",
    "About NATO", "Contact: …", see _BACK_MATTER_HEADING and _is_about_title). The rest below the
    last end mark is back matter, whatever it holds: contacts, a closing link, an "About" boilerplate
    of several sentences (a speech's "###" section break with no end mark below is so left out,
    which the caller warns of).

    >>> _end_mark_tail(["We met.", "ENDS", "Allies agree.", "ENDS", "Notes to editors", "NATO is an alliance."], 1)
    (3, False)
    >>> _end_mark_tail(["We met.", "ENDS", "Allies agree.", "ENDS", "Notes to editors", "NATO is an alliance."], 3)
    (6, True)
    >>> _end_mark_tail(["We met.", "###", "About NATO", "It is an alliance.", "###", "We act."], 1)
    (4, True)
    >>> _end_mark_tail(["We met.", "###", "We act. We help. We stay."], 1)
    (3, True)
    """
    padded = [*lines, ""]  # a last line's "below"
    end = next((near for near in range(at + 1, len(lines)) if lines[near] and _is_end_mark(lines[near])
                and not _is_wrapped_end(lines[near], lines[near - 1], padded[near + 1])), len(lines))
    if end == len(lines):
        return end, True
    first = next((line for line in lines[at + 1:end] if line), "")
    labelled = bool(_BACK_MATTER_HEADING.fullmatch(first) or _BACK_MATTER_LEAD.match(first) or _is_about_title(first))
    return end, labelled

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

>>> split_sentences('Mr. Rutte spoke in Tapa. He said: "You are not alone." The U.S. agreed.')
['Mr. Rutte spoke in Tapa.', 'He said: "You are not alone."', 'The U.S. agreed.']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from . import _forksafe as forksafe
from .captions import (
    _cue_lines,
    _is_caption_file,
    _rolled_lines,
    _stamp_lines,
    _without_timestamp,
    _without_timestamp_after_tag,
)
from .exceptions import InvalidInputError
from .lines import (
    _AGENCY,
    _CAP,
    _CJK,
    _CJK_CLOSERS,
    _CONTRIBUTION,
    _EDITORIAL_NOTE,
    _FRENCH_MONTHS,
    _FULL_STOPS,
    _GERMAN_OWN_MONTHS,
    _LINE_EDGES,
    _MONTH,
    _NOTE_LABEL,
    _PICTURE_CREDIT,
    _PLACE_DATE,
    _SENTENCE_END,
    _SHARED_MONTHS,
    _TERMINAL,
    _WEEKDAY,
    _ZONES,
    _goes_on_below,
    _is_end_mark,
    _is_furniture,
    _is_heading,
    _is_link_list,
    _is_rule,
    _strip,
)
from .pages import (
    _footnote_lines,
    _furniture_key,
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
    _is_closing,
    _leading_emoji,
    _thread_totals,
    _without_closing_links,
    _without_links,
    _without_post_numbers,
)
from .speakers import (
    _CHORUS,
    _FRENCH_CHAIR_TAG,
    _GREETINGS,
    _LETTERS,
    _NAME_WORD,
    _THANKS,
    _full_names,
    _names_a_part,
    _speaker_tag,
    _spelling_key,
    _wraps_tag,
)

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "gov", "sen", "rep", "hon", "rt", "st", "vs", "e.g", "i.e", "u.s", "u.k", "u.n",
    "e.u", "u.s.a", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "art", "para", "fig", "jr", "sr", "inc", "ltd", "co", "corp", "dept",
    "approx", "est", "cf", "pres", "amb", "min", "vol", "pp", "brig", "supt", "cllr", "mt", "incl",
    "bln", "mln", "bn", "ca", "i.a", "cdr", "cmdr", "lt.gen", "maj.gen", "brig.gen",
    # a report's ("esp. Fig. 3", "viz. the sum", "excl. VAT", "see Ch. 3", "Eq. 4"); not words that can
    # end a sentence themselves ("a sect.", "the tab.", "with Ed.", "5% and 7% resp.") nor "Ibid.", a sentence alone
    "esp", "viz", "excl", "ch", "eq",
    # German and French ones that never end a sentence ("beziehungsweise", "vergleiche",
    # "environ"), and the German "billions" and "millions", which a capitalised noun follows
    # ("5 Mrd. Euro"; one that ends a sentence is cut by _SENTENCE_END_ABBREVIATION)
    "bzw", "vgl", "env", "mrd", "mio",
    # more of them ("ggf. mehr Geld", "evtl. Kampfjets", "der sog. Sonderweg", "p. ex. des obus"), and
    # those a number follows ("Nr. 45", "Abs. 2", "Ziff. 3")
    "ggf", "evtl", "sog", "inkl", "zzgl", "ex", "nr", "abs", "ziff",
    # titles and ranks of speeches and hearings ("Rev. King", "Sec. Gen. Rutte", "Gen. Hodges (ret.) said")
    "rev", "sec", "ret", "gens", "cpl", "pte", "dep", "messrs", "mme",
    # French and German ones before a name or a word in lower case ("le gén. Burkhard", "Dr. med. Weber")
    "gén", "med", "rer", "phil", "jur",
    # Ukrainian, Russian and Polish ones that never end a sentence, a word of any case after them
    # ("т. зв. закон", "див. додаток", "т.е. США", "tzw. flanka", "m.in. Polska"; Polish "np.", "ul.",
    # "ww." are English "NP.", "UL.", "WW.", so they are _LOWER_CASE_ABBREVIATION's)
    "зв", "т.зв", "див", "т.е", "tzw", "m.in",
    # and their titles, ranks and address words before a name ("проф. Петров", "акад. Сахаров",
    # "ул. Ленина", "вул. Хрещатик", "ім. Шевченка", "св. Софії", "płk. Nowakiem", "ks. Popiełuszko",
    # "św. Jana", "dr hab. Kowalski"), words in no language; not "им." and "im.", Russian's and Polish's
    # "them", "ген.", Russian's "gene", or "ul." (_NAME_ABBREVIATION), nor "полк.", a regiment
    "проф", "акад", "доц", "адм", "тов", "гр", "ул", "вул", "пер", "пров", "просп", "пл", "ім", "св",
    "ks", "św", "płk", "ppłk", "kpt", "por", "ppor", "mjr", "kmdr", "marsz", "pos", "inż", "mgr", "hab", "kard",
    "woj",
}
# Those that are words in other languages too, which end sentences ("le flanc est.", "Je sais où il est.",
# "eigener Art.", "un vol.", "Ils sont sept.", the Polish and Ukrainian "min."): Punkt is not given them, so
# it cuts after each, and _continues joins what follows only where they are abbreviations: before a number
# ("Art. 5", "Art. IV", "vol. 3", "est. 1949", "3 Sept. 2024"), "min." after one too ("10 min. later"),
# and, title-cased as a short word is, before a word in lower case ("in Sept. and", "Art. und Weise").
_AMBIGUOUS_ABBREVIATIONS = frozenset({"est", "art", "vol", "sept", "min"})
# German nouns that an ordinal, a number and a full stop, comes before ("im 21. Jahrhundert",
# "zum 3. Mal", "das 19. Sanktionspaket"), in lower case; an ordinal only after its article
# (_ORDINAL_AFTER_ARTICLE), since "Mal" and "Platz" open sentences ("…bis 2024. Mal sehen…").
_ORDINAL_NOUNS = frozenset({
    "jahrhundert", "jahrhunderts", "jahrtausend", "jahrtausends", "jahrestag", "geburtstag", "mal", "sitzung",
    "wahlperiode", "legislaturperiode", "weltkrieg", "weltkriegs", "weltkrieges", "bundestag", "bundestages",
    "lesung", "quartal", "sanktionspaket", "sanktionspakets", "parteitag", "amtszeit", "platz", "runde", "anlauf",
    "versuch",
})
# German months a day before them marks as a date, as written ("Am 24." / "Februar 2022…", which
# Punkt cut apart): not those English also has ("We expected 30. August proved us wrong."),
# which _continues joins only after a German word or a comma ("bis zum 30. August", "Berlin,
# 14. November").
_GERMAN_MONTH_START = re.compile("(?:" + "|".join(m.capitalize() for m in _GERMAN_OWN_MONTHS) + r")\b")
_SHARED_MONTH_START = re.compile("(?:" + "|".join(m.capitalize() for m in _SHARED_MONTHS) + r")\b")
# A day of a month, 1 to 31, with its stop, ending a piece: not a year or a count ("in 2001.").
_DAY_END = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.$")
_GERMAN_DAY_END = re.compile(r"(?:\b(?:am|vom|zum|bis|ab|seit|dem|den|der|des|und)|,)\s+(?:0?[1-9]|[12]\d|3[01])\.$",
                             re.IGNORECASE)
# A German ordinal after its article ("im 21.", "zum 3.", "das 19.") and the noun after it
# ("Jahrhundert", "Mal"): without the article a number ends a sentence ("…bis 2024. Mal sehen,
# ob das reicht.", "…stieg auf 32. Platz eins belegt Polen.").
_ORDINAL_AFTER_ARTICLE = re.compile(
    r"(?<![\w-])(?P<article>der|die|das|des|dem|den|zum|zur|im|am|vom|beim|ins|ein|eine[mnrs]?|sein|seine[mnrs]?|"
    r"ihr|ihre[mnrs]?|unser|unsere[mnrs]?|diese[mnrs]?|jede[mnrs]?)\s+\d{1,3}\.$", re.IGNORECASE)
_ORDINAL_NOUN_START = re.compile("(?:" + "|".join(sorted(_ORDINAL_NOUNS)) + r")\b", re.IGNORECASE)
# A parliament's numbering, which its record's header and citations write with no article ("Deutscher
# Bundestag – 20. Wahlperiode – 150. Sitzung"): these nouns, unlike "Mal" or "Platz", open no sentence bare.
_BARE_ORDINAL_END = re.compile(r"(?<![\w.,])\d{1,3}\.$")
_NUMBERING_NOUN_START = re.compile(r"(?:wahlperiode|legislaturperiode|sitzung)\b", re.IGNORECASE)
# After its article an ordinal comes before nouns not on that list too ("die 3. Panzerdivision", "das 2.
# Sondervermögen", "zur 3. Beratung"), but German capitalises names and the word opening a sentence as it does
# nouns, and "im", "die" and "den" are English's ("honestly im 19." as posts write "I'm"), so only a word
# shaped as such a noun goes on: a unit's, a law's or a package's compound ("…division", "…paket") or a German
# noun ending ("…ung", "…heit"; three letters before it, not "Young"), never "Polen", "Putin" or "Nobody". Not
# after "am" or "vom", before which a number is a day ("am 3. Anschließend…") or English's "I am 30.".
_DAY_ARTICLES = frozenset({"am", "vom"})
# Of the articles, those that open a whole sentence of a number: "Im 18." ("I'm" as posts write it) and "Am 3."
# (a day) may be one; "Das 3.", "Die 2." or "Der 1." alone may not.
_ENGLISH_ARTICLE_LOOKALIKES = frozenset({"im", "am"})
_ORDINAL_NOUN_SHAPE = re.compile(
    r"(?:[^\W\d_]*(?:division|brigade|regiment|bataillon|kompanie|armee|flotte|geschwader|korps|vermögen|periode|"
    r"paket|gesetz|novelle|gipfel|konferenz|tranche|welle|stufe)(?:e?s)?|[^\W\d_]{3,}(?:ung|heit|keit|schaft|tät))\b",
    re.IGNORECASE)
# The German and French abbreviations of a letter and one or two more, each with its stop
# ("z. B.", "u. a.", "d. h.", "p. ex."), as written: not "a.m.", "U.S." or a list's "a. Mr.".
_LETTER_ABBREVIATIONS = (r"(?:z\.\s?B|u\.\s?a|d\.\s?h|o\.\s?ä|u\.\s?ä|u\.\s?U|z\.\s?T|v\.\s?a|i\.\s?d\.\s?R|s\.\s?[ou]|"
                         r"o\.\s?g|u\.\s?v\.\s?m|p\.\s?ex|[nv]\.\s?Chr)\.")
# German abbreviated months, which Punkt cuts from the day before them and the year after them ("am 3." /
# "Dez." / "2024 in Brüssel"); as written, and only after a day's stop or before a number (see _continues).
_GERMAN_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\."
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
# A list marker alone on its line ("11." before its paragraph).
_BARE_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4}|[A-Z])[.)]$")
_DASH_BULLET = re.compile(r"^[-–—]\s")
# A dash that closes an aside the line's dash opened, at its end ("…it" / "- as the minister said -" /
# "will stay.") or inside it ("…states" / "– Estonia, Latvia and Lithuania – host battlegroups.").
_ASIDE_CLOSE = re.compile(r"\s[-–—](?:\s|$)")
# A dialogue's dash opening a statement in Cyrillic, as Russian and Ukrainian write speech inside a line.
_CYRILLIC_DIALOGUE_DASH = re.compile(r"^[-–—]\s+(?=[\"«„“]?[\u0400-\u04ff])")
# A Cyrillic dialogue's words of the author after a question or an exclamation ("— Вы поддержите НАТО?
# — спросил журналист.", "— Нет! — крикнул он."): a dash and a word in lower case go on the sentence,
# as after a comma ("— Нет, — ответил министр."), where Punkt cut after the "?" or "!".
_DIALOGUE_ASIDE = re.compile(r"^[-–—]\s+[а-яёєіїґў]")
_QUESTION_OR_EXCLAMATION_END = re.compile(r"[?!…][\"»”]?$")
# A dash between two sentences of a line ("Vielen Dank. – Das Wort hat …", "Thank you. — Next
# question."), opening the second: a separator, no word of it. Only before a capital or an
# opening quote, since before lower case it opens an aside ("It is late. — the second phase,
# I mean.") and before a digit it may be a sign ("-3"); a line's opening dash is a list's or
# an answer's, read with the line (see _BULLET).
_SEPARATING_DASH = re.compile(rf"^[-–—]\s+(?=[\"'“‘«„‚]?[{_CAP}])")
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


def _menu_lines(lines: list[str]) -> set[int]:
    """The places of ``lines`` (stripped) that are a web page's menu pasted with its text: a
    line of menu items (see _menu_items) that is one of several, or whose nearest line above
    or below, past blank lines, is one too or other furniture (see _is_furniture). One such
    line among sentences stays: it may be a heading ("English" above a statement's English
    text).

    >>> _menu_lines(["We met.", "Print", "Email", "Share", "Read more about deterrence here."])
    {1, 2, 3}
    >>> _menu_lines(["We met.", "English", "Allies agree."]), _menu_lines(["Published 3 March 2026", "Share"])
    (set(), {1})
    """
    items = [_menu_items(line) if line else 0 for line in lines]
    filled = [at for at, line in enumerate(lines) if line]
    menus = set()
    for place, at in enumerate(filled):
        if not items[at]:
            continue
        beside = [lines[filled[near]] for near in (place - 1, place + 1) if 0 <= near < len(filled)]
        if items[at] > 1 or any(_menu_items(line) or _is_furniture(line) for line in beside):
            menus.add(at)
    return menus


# A credit that ends a line after a sentence or caption (see _without_credit).
_CREDIT_AT_END = re.compile(rf"(?:{_PICTURE_CREDIT}|{_CONTRIBUTION})$")
# What every such credit has: an agency's slash, "contributed" or a photo's label ("(Photo by Getty Images)").
_CREDIT_HINT = re.compile(r"/|contributed|(?:Photo(?:graph)?|Picture|Image)s?(?::| by) ")
# Where such a credit may start: after a sentence's end, a bracket or a quote, and space.
_CREDIT_START = re.compile(r"[.!?)\]\"”’»]\s+")
# How far from a line's end such a credit may start: a longer one is read as words.
_CREDIT_LENGTH = 300


def _without_credit(line: str) -> str:
    """``line`` without a picture credit or contribution line (see _CREDIT_AT_END) that ends
    it after a sentence: the credit is furniture, the caption or story before it is not.

    >>> _without_credit("Allies met in Vilnius. Russia is a threat. (Photo by Petras Malukas/Getty Images)")
    'Allies met in Vilnius. Russia is a threat.'
    >>> _without_credit("We met. Anna Smith contributed to this report."), _without_credit("NATO/Russia talks.")
    ('We met.', 'NATO/Russia talks.')
    >>> _without_credit("We met. (Photo by Getty Images)"), _without_credit("We met. Reuters staff contributed.")
    ('We met.', 'We met. Reuters staff contributed.')
    """
    tail = max(len(line) - _CREDIT_LENGTH, 0)
    if not _CREDIT_HINT.search(line, tail):  # most lines: no credit to try
        return line
    for start in _CREDIT_START.finditer(line, tail):  # the longest credit first
        if _CREDIT_AT_END.match(line, start.end()):
            return line[:start.start() + 1]
    return line


# The label alone on its line ("Editor's note:"): the note is the paragraph below it.
_NOTE_LABEL_ALONE = re.compile(rf"^[\[(*_]*{_NOTE_LABEL}\s*$", re.IGNORECASE)
# A news dateline opening a story: "VILNIUS, March 3 (Reuters) -", "BUDAPEST —", "KYIV (AP) -".
# It always starts a new paragraph, so a headline without a full stop above it ends there.
_DATELINE = re.compile(
    r"^(?!(?:NATO|EU|UN|US|USA|UK|OSCE|UNSC|IAEA)\b)[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]+){0,2}"
    r"(?:, [^()\-–—]{1,40}?)?(?: \([A-Za-z&. ]{2,30}\))?\s+[-–—]{1,2}\s+\S"
)
# ("Seite", the German page: "S. 12", only so written, since "Plan S." may end a sentence)
# and Ukrainian's and Russian's ("п. 3", "ст. 5", "ч. 2": item, article, part), Polish's ("ust. 2",
# "pkt. 3", "godz. 10": paragraph, point, hour; not "ok. 40", about, since "It's OK. 5 people came" ends one)
_NUMBERED_ABBREVIATION = re.compile(r"\b(?:no|nos|art|para|vol|est|sept|pp|p|fig|(?-i:S)|п|пп|ст|ч|ust|pkt|godz)\.$",
                                    re.IGNORECASE)
# An article or a volume numbered in Roman numerals, in capitals ("Art. IV", "Vol. II", "Art. V"), which Punkt
# cuts after "Art." and "Vol." since they may end a sentence (see _AMBIGUOUS_ABBREVIATIONS); not "I", which
# opens sentences ("…a work of art. I like it.").
_ROMAN_NUMBERED_ABBREVIATION = re.compile(r"\b(?:art|vol)\.$", re.IGNORECASE)
_ROMAN_NUMBER_START = re.compile(r"(?:[IVX]{2,}|[VX])\b")
# A unit after its number ("10 min. later"), before a word in lower case: not "the minister's min." or the
# French "Je sais où il est min." (no number before it).
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?min\.$")
# Polish abbreviations that are English words or abbreviations in capitals ("He visited the WW.
# Memorial."): they end no sentence only in lower case before a number or a word in lower case
# ("np. 5 osób", "ul. 3 Maja", "ww. ustawa"; not "np. Litwa", which Punkt cuts).
_LOWER_CASE_ABBREVIATION = re.compile(r"(?<![\w.])(?:np|ul|ww)\.$")
# Russian, Ukrainian and Polish abbreviations before a name that are words too: Russian "им." and Polish
# "im." ("named after": "им. Ленина", "im. Jana Pawła II"; "them": "Я доволен им. Он…", "Dałem im. Nie…"),
# "ген." ("general"; "gene") and Polish "ul." ("street": "ul. Długiej"), in lower case or, but Polish's,
# opening a sentence. Punkt cuts after them, and _continues joins a name after them, a capital that opens
# no sentence (_SLAVIC_OPENER), and a word in lower case ("ген. секретарь").
_NAME_ABBREVIATION = re.compile(r"(?<![\w.])(?:[иИ]м|[гГ]ен|im|ul)\.$")
# The words that open Russian, Ukrainian and Polish sentences: pronouns, negations, conjunctions,
# prepositions of one letter but an initial's ("В. Путин"), question words. After an abbreviation
# before a name, one of them opens a sentence ("Я доволен им. Он…"), as "It" does after "Ltd.".
_SLAVIC_OPENER = re.compile(
    r"(?:Они|Он|Она|Оно|Мы|Я|Вы|Ты|Это|Этот|Эта|Эти|Их|Его|Её|Наш|Наша|Наши|Все|Всё|Там|Тут|Здесь|Но|Не|Нет|"
    r"Да|Однако|Также|Тоже|Поэтому|Теперь|Сейчас|Тогда|Затем|Потом|Так|Как|Что|Почему|Когда|Где|Кто|И|А|В|На|"
    r"С|По|Спасибо|"
    r"Вони|Він|Вона|Воно|Ми|Ви|Ти|Це|Цей|Ця|Ці|Їх|Його|Її|Наші|Усі|Всі|Але|Ні|Проте|Однак|Також|Тому|Тепер|"
    r"Зараз|Тоді|Потім|Як|Що|Чому|Коли|Де|Хто|І|Й|У|З|Дякую|"
    r"Oni|One|On|Ona|Ono|My|Ja|Wy|Ty|To|Ten|Ta|Te|Ich|Jego|Jej|Nasz|Nasza|Nasi|Wszyscy|Tam|Tu|Ale|Nie|Tak|"
    r"Jednak|Także|Również|Dlatego|Teraz|Wtedy|Potem|Jak|Co|Dlaczego|Kiedy|Gdzie|Kto|I|A|W|We|Na|Z|Ze|Po|"
    r"Dziękuję)\b(?!\.)")
# An abbreviation of a letter and one or two more, each with its stop ("u. a.", "z. B.", "d. h.",
# "p. ex."), which Punkt knows before a word but not before a number ("u. a. 1.000 Soldaten").
_LETTERS_ABBREVIATION = re.compile(rf"(?<![\w.]){_LETTER_ABBREVIATIONS}$")
# "a.m." or "p.m." and the time zone after it, which Punkt cut apart ("2:45 P.M." / "EST is when…");
# the zones by name, since "…at 6 P.M. NATO met later." ends a sentence.
_MERIDIEM_END = re.compile(r"\b[AaPp]\.[Mm]\.$")
_TIME_ZONE = re.compile(_ZONES)
# What else says which time "a.m." or "p.m." is, which Punkt cut it from: a weekday ("10 a.m.
# Tuesday"), a month with its day ("9 p.m. Jan. 5", "9 a.m. May 5"; "a.m. May I ask…" ends
# one), or a place's or zone's time ("9 a.m. Kyiv time", "9 a.m. Eastern Time").
_DAY_OR_TIME_AFTER_MERIDIEM = re.compile(
    rf"(?i:{_WEEKDAY})\b|(?i:{_MONTH})\.?\s+\d{{1,2}}\b|[A-Z][\w'’\-]*\s+[Tt]ime\b")
# A time of day that opens a sentence, with its preposition and nothing else ("At 10 a.m.",
# "Shortly after 9 p.m.", "On Tuesday at 10 a.m."), which Punkt cut from the sentence it opens
# ("At 10 a.m." / "Allies met."): alone it is no sentence, as press copy never ends one so. One
# after a verb may end a sentence ("We met at 10 a.m." / "Allies then left."), so it ends one.
_OPENING_TIME = re.compile(
    rf"(?:(?:On )?(?:(?i:{_WEEKDAY})|Today|Tomorrow|Yesterday|Tonight),? (?:at|by|before|after|from|until) |"
    r"(?:Shortly|Just|Right|Soon) (?:after|before) |(?:At|By|Before|After|From|Until|Till|Since|Around|About) )"
    r"(?:(?:around|about|exactly|precisely|roughly|approximately|some) )?\d{1,2}(?:[.:]\d{2})? ?[AaPp]\.[Mm]\.")
# French titles of more than one person, which a name follows ("MM. Dupont et Durand"); as
# written, since "155 mm." ends a sentence.
_TITLE_OF_MANY = re.compile(r"(?<![\w.])(?:MM|Mmes|Mlles)\.$")
# Abbreviations that often end a sentence ("…shells, etc. The vote…"): Punkt cuts after them,
# and _continues joins what follows only when it is lower case ("etc. are on the way").
# So do Ukrainian's, Russian's and Polish's amounts and lists ("40 грн. на оборону", "5 млн. рублей", "40 млрд
# дол. допомоги", "и др. нужды", "40 tys. żołnierzy", "Litwa itd. i Łotwa"; "…коштувало 40 грн. Це…"
# ends one), and English's "dol." ("40 bn dol. more"); the Latin ones of these only in lower case
# ("…the DOL. more tanks now." ends one), as are Polish "np.", "ul.", "ww." (_LOWER_CASE_ABBREVIATION).
_ENDING_ABBREVIATIONS = frozenset({"etc", "usw", "грн", "млн", "млрд", "дол", "руб", "коп", "тис", "тыс", "др", "ін",
                                   "рр", "ст"})
_LOWER_CASE_ENDING_ABBREVIATIONS = frozenset({"dol", "tys", "mld", "itd", "np", "ul", "ww"})
# A citation's abbreviations and German and French ones in lower case that can end a sentence
# ("S. 5 ff. Die Anlage…") but seldom do before a word in lower case ("S. 5 ff. und die Anlage",
# "p. 12 et suiv. du rapport", "l'amendement n° 12 rect. bis", "op. cit. du", "et al. found"), as
# written. Listed, not told by their look (no vowel, a few letters), since a lower-case post's
# "thx." or "hmm." before a word in lower case ends a sentence as its "ukraine." does.
_CITATION_ABBREVIATIONS = frozenset({"ff", "sq", "sqq", "seq", "seqq", "suiv", "rect", "ebd", "bspw", "tlw", "zzt",
                                     "éd", "préc", "suppl"})
# Those that are a post's words too ("op" the original poster, "al" a name, "the ss."): a citation's only
# with their other word, "op. cit.", "loc. cit.", "et al.", or "ss." after a page's or a section's number
# ("§§ 3 ss.", "p. 12 et ss.") or "§", "S.", "p."; "op." or "loc." go on before their "cit." alone. Punkt
# cuts "op. cit." in two, and what follows is read after the piece "cit." (joined to its "op.").
_CITATION_PAIR_END = re.compile(r"(?:(?:^|(?<![\w.])(?:op|loc)\.\s?)cit|(?<![\w.])et\s+al|"
                                r"(?:\d|§|(?<![\w.])[Sp]\.|\d\s+et)\s*ss)\.$")
_CITATION_FIRST_END = re.compile(r"(?<![\w.])(?:op|loc)\.$")
_ET_AL_END = re.compile(r"(?<![\w.])et\s+al\.$")
# The year a work is cited by, in brackets after its authors ("Smith et al. (2020)", "(2019a, p. 4)").
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\b")
# A weekday before its date ("Fri. 14 March", "Sat. May 3"), which Punkt cut apart; title
# case only, since "The House sat. 5 Members…" ends a sentence.
_WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$")
_GERMAN_MONTH_ABBREVIATION_START = re.compile(_GERMAN_MONTH_ABBREVIATION)
# German abbreviations that a number follows: a month's before its year ("Dez. 2024"), a weekday's
# before its day ("am Mo. 3. Okt.", "Do. 1. Februar"; only there, since "So." and "Do." may end a
# sentence otherwise, as "Das ist so." does in lower case), and a chapter's, paragraph's, number's and
# volume's ("Kap. 3", "Abs. 2", "Nr. 45", "Bd. 2"), as written.
_GERMAN_NUMBERED_ABBREVIATION = re.compile(
    rf"(?<![\w.])(?:{_GERMAN_MONTH_ABBREVIATION}|(?:Mo|Di|Mi|Do|Fr|Sa|So|Kap|Abs|Nr|Bd)\.)$")
_MONTH_START = re.compile(rf"{_MONTH}\b", re.IGNORECASE)
# An abbreviation that can also end a sentence ("…from the U.S. They arrived…", "EST." in
# capitals, a time zone, where "est." is "estimated": "…at 5 P.M. EST. The talks…"), before a
# word that usually opens one; and English's billions and millions after a number ("…rose to
# €1.5 bn. Allies paid…", "…$5 m. Berlin paid…") before any capital but an acronym's ("3.2 bn.
# USD" goes on), since no noun of the amount follows them capitalised, as German's does ("5 Mrd. Euro");
# and a year's abbreviation, Russian "г.", Ukrainian "р.", Polish "r.", after its number before a word that
# opens a Russian, Ukrainian or Polish sentence ("в 2014 г. Они…", "w 2014 r. Nie…"), which Punkt reads as an
# initial and never cuts after: before another capital it goes on ("W 1999 r. Polska weszła do NATO."), as
# a name or a noun follows it as often as a sentence does.
_SENTENCE_END_ABBREVIATION = re.compile(
    rf"(?:(?<=\d [грr]\.)|(?<=\d[грr]\.)|(?<=\d\u00a0[грr]\.))\s+(?={_SLAVIC_OPENER.pattern})|"
    r"(?:(?<=\d bn\.)|(?<=\dbn\.)|(?<=\d mn\.)|(?<=\dmn\.)|(?<=\d m\.)|(?<=\dm\.))\s+(?=[A-Z](?![A-Z]))|"
    r"(?<=\b(?:U\.S|U\.K|U\.N|E\.U|bln|mln|Mrd|Mio|EST)\.)"
    r"\s+(?=(?:The|They|We|It|He|She|This|That|These|Those|There|"
    r"In|On|At|But|And|So|Yet|A|An|I|Our|Their|His|Her|Its|My|Your|"
    # German's, after "Mrd." and "Mio." (a noun after them is capitalised too: "5 Mrd. Euro")
    r"Der|Die|Das|Wir|Es|Er|Sie|Ich|Aber|Und|Doch|Auch|Dies|Diese|Dieser|Damit|Dabei|Im|Man)\b)"
)
# A legal form Punkt knows ("Ltd.", "Inc.", "Corp.", "Co."; it never cuts after them) after a
# capitalised name, before a word that opens sentences: "…to Acme Ltd. It builds jets." ends
# there, as "…to BAE Systems plc. It builds jets." does. Not before a title or a name, which
# press copy runs on ("Acme Ltd. Chairman John Smith said…", "Sony Corp. Chief Executive…"),
# nor before "A" ("China Vanke Co. A shares"). The space after the stop is captured.
_COMPANY_THEN_SENTENCE = re.compile(
    rf"(?<![\w.&])(?-i:[{_CAP}])[\w&'’\-]*,? (?:& )?(?:Ltd|Inc|Corp|Co)\.(\s+)"
    r"(?=(?:The|They|We|It|Its|He|She|This|That|These|Those|There|In|On|At|But|And|So|Yet|An|I|"
    r"Our|Their|His|Her|My|Your)\b)")
_COMPANY_FORM_HINT = re.compile(r"(?:Ltd|Inc|Corp|Co)\.\s")
# A sentence that ends inside curly quotes ('“We will.” The vote…'), English, German („…“,
# »…«, ‚…‘) or French (« … », ‹…›): nltk before 3.10 splits after a straight quote but not
# after these (nltk 3.10 after all but ›), so the versions we allow agree. The next sentence
# may open with a quote.
_CURLY_QUOTE_END = re.compile(r"(?:(?<=[.!?][”’“‘«‹»›])|(?<=[.!?] [»›]))\s+(?=[“‘„‚»«\"']?\w)")
_CURLY_CLOSER = re.compile("[”’“‘«‹»›]")
# Stage directions in transcripts ("(Applause)", "[laughs]", "(inaudible)", and a parliament's
# "(The sitting was suspended at 11.50)"), and Hansard's citations of its report ("[Official
# Report, 3 February 2025; Vol. 759, c. 12.]"): no one's statement, so they are left out like
# furniture, and a sentence they interrupt is kept whole. Whole words only: "(Musicians…)"
# is no direction, so the inflected ones are listed ("(pauses)", "(Musical interlude)"). The
# reaction may be described first ("(Loud applause)", "(Loud and sustained applause)",
# "(Standing ovation)"), as parliaments' verbatim reports do. The Bundestag's record and the
# Assemblée's have theirs in German and French ("(Beifall bei der CDU/CSU – Zuruf von der AfD:
# …)", "(Heiterkeit)", "(Applaudissements sur les bancs du groupe RN.)", "(Rires)", "(La séance,
# suspendue à 15 h 10, est reprise à 15 h 25.)"); a heckler's words quoted in one ("Zuruf von
# der Linken: Wer soll das bezahlen?") are no statement of the speaker's. The Bundestag names
# every group that applauded and may chain reactions, so a direction may run to 200 characters.
# The languages a press conference's directions name ("(Speaking in French)"); a name only, as
# "(in 2014 …)" is words.
_LANGUAGE = (r"(?:English|French|German|Ukrainian|Russian|Polish|Latvian|Lithuanian|Estonian|Finnish|Swedish|"
             r"Norwegian|Danish|Dutch|Spanish|Italian|Portuguese|Turkish|Romanian|Bulgarian|Greek|Hungarian|"
             r"Czech|Slovak|Slovenian|Croatian|Albanian|Macedonian|Montenegrin|Icelandic|Arabic|Chinese|"
             r"Japanese|Korean|Hebrew|Georgian|Belarusian|Moldovan|native language)")
_REACTION_DESCRIPTION = (r"(?:(?:Loud|Prolonged|Sustained|Lengthy|Long|Brief|Some|Scattered|Warm|Mild|Enthusiastic|"
                         r"Renewed|More|General|Great|Much|Further|Continued|Standing|"
                         r"Lebhafter|Anhaltender|Langanhaltender|Starker|Großer|Vereinzelter|Erneuter|Vifs|Longs)"
                         r"(?:,?\s+(?:and|und))?\s+)*")
_DIRECTIONS = (rf"(?:{_REACTION_DESCRIPTION}(?:Applause|Laughter|Cheers|Cheering|Ovation|Booing|Heckling|Beifall|"
               r"Applaudissements)|"
               r"Applauds|Laughs|Laughing|Chuckles|Interruption|Interruptions|Interjection|Interjections|"
               r"Inaudible|Indiscernible|Unintelligible|Crosstalk|Cross-talk|Cross talk|Hear, hear|Mixed reactions|"
               r"Shouting|Pause|Pauses|Paused|Pausing|Silence|Music|Musical|Video plays|Off mic|Off microphone|"
               r"The sitting|As interpreted|As translated|Through (?:an )?interpreter|"
               # a press conference's: the language switched to, the interpreting, a gap in the recording
               # ("(Speaking in French)", "(in Ukrainian)", "(Interpretation from French)", "(unclear)")
               rf"(?:Speaking|Speaks|Spoke|Continues|Continuing|Answers|Answering|Replies|Replying) in {_LANGUAGE}|"
               rf"In {_LANGUAGE}|(?:Interpretation|Interpreted|Translation|Translated) from|Off-mic|Off-microphone|"
               r"Unclear|Audio cut|Audio drops|No audio|Technical difficult(?:y|ies)|Audience applauds|"
               r"Heiterkeit|Lachen|Widerspruch|Zuruf|Zurufe|Zwischenruf|Zwischenrufe|Unruhe|Glocke|Die Sitzung|"
               r"Exclamations|Rires|Sourires|Protestations|Murmures|Huées|Brouhaha|Mouvements|Mêmes mouvements|"
               r"La séance|"
               # the Verkhovna Rada's and the Duma's ("(Іде реєстрація)", "(Лунає Державний Гімн України)", "(Оплески)")
               # and the Sejm's ("(Oklaski)", "(Wesołość na sali)")
               r"Оплески|Бурхливі оплески|Іде реєстрація|Іде голосування|Лунає|Шум у залі|Шум в залі|Сміх|Пауза|"
               r"Хвилина мовчання|Аплодисменты|Бурные аплодисменты|Идет регистрация|Идёт регистрация|Звучит|"
               r"Шум в зале|Смех|Оживление в зале|Минута молчания|Oklaski|Burzliwe oklaski|Wesołość na sali|"
               r"Poruszenie na sali|Gwar na sali|Dzwonek|"
               # and Hansard's citation of its own report, a reference set in brackets after the words it
               # sources ("[Official Report, 3 February 2025; Vol. 759, c. 12.]"), which Punkt cut at "c." into
               # two statements of the Member's; only with its comma, since "(Official Report figures show…)" is words
               r"Official Report(?=,))\b")
# The Bundestag's interjection by name: a member, with the group in square brackets since the
# interjection is in round ones, and a colon ("(Dr. Alice Weidel [AfD]: Keine Waffen!)", "(Matthias
# Helferich [fraktionslos]: …)"), maybe answered ("– Gegenruf des Abg. …: Doch!"). Left out like
# "(Zuruf von der AfD: …)", not given to the member: a heckle of a few words takes no position the
# member argued, and it may cut a sentence of the speaker's, which goes on around it. Only a
# parliamentary group in the brackets, spelt as the record spells it, makes one: elsewhere such
# brackets quote someone ("(Jens Stoltenberg [former NATO chief]: Ukraine will join NATO)",
# "(Washington Treaty [sic]: …)", "(… [NATO]: …)"), which is the writer's words and stays.
_PARLIAMENTARY_GROUP = (r"(?-i:CDU/CSU|CDU|CSU|SPD|AfD|FDP|BÜNDNIS 90/DIE GRÜNEN|GRÜNE|DIE LINKE|Die Linke|LINKE|"
                        r"PDS|BSW|SSW|fraktionslos|FREIE WÄHLER|BVB/FREIE WÄHLER|PIRATEN)")
_INTERJECTION = (rf"(?-i:[{_CAP}])[\w'’.\-]*(?: {_NAME_WORD}){{0,6}}"
                 rf" \[{_PARLIAMENTARY_GROUP}\] ?:")
# Music and lyrics in subtitles and transcripts, set off by music signs ("♪ anthem plays ♪", "[♪ music ♪]",
# "♫ Ode to Joy ♫"): a sound cue, no one's words, as "[MUSIC]" is; in a line of speech too ("Thank you.
# ♪ anthem ♪"), each sign paired with the next on its line, so that a sign alone ("We love ♪ music") takes
# no words. A line of signs alone ("♪", "♪♪") is one too, and so is a line that the emoji 🎵 or 🎶 open and
# close around words ("🎵 Ode to Joy 🎵"), though not such emoji inside a post's line nor alone, a post's.
_MUSIC_SIGNS = "♪♫♬"
_MUSIC_MARKS = _MUSIC_SIGNS + "🎵🎶"
_MUSIC = rf"[{_MUSIC_SIGNS}]+[^{_MUSIC_SIGNS}\n]{{0,200}}[{_MUSIC_SIGNS}]+"
_MUSIC_EMOJI_LINE = re.compile(r"(?:[\[(]\s*)?[🎵🎶]\ufe0f?.{0,200}[🎵🎶]\ufe0f?(?:\s*[\])])?")
_STAGE_DIRECTION = re.compile(
    rf"\s*(?:\((?:{_DIRECTIONS}|{_INTERJECTION})[^()]{{0,200}}\)|\[{_DIRECTIONS}[^\[\]]{{0,200}}\]|"
    rf"\(\s*{_MUSIC}\s*\)|\[\s*{_MUSIC}\s*\]|{_MUSIC})\s*",
    re.IGNORECASE)
# What may follow a direction with no space ("territory (inaudible), and…").
_NO_SPACE_BEFORE = frozenset(",.;:!?)]”’»")
# A stage direction opening at a line's end, its bracket closed on a line below, as a record's
# narrow columns wrap a long one ("(Beifall bei der CDU/CSU sowie bei Abgeordneten" / "der SPD)").
_DIRECTION_OPENS = re.compile(rf"(?:\((?:{_DIRECTIONS}|{_INTERJECTION})[^()]*|\[{_DIRECTIONS}[^\[\]]*|"
                              rf"^\s*[{_MUSIC_SIGNS}]+[^{_MUSIC_SIGNS}]*\w[^{_MUSIC_SIGNS}]*)$", re.IGNORECASE)
_DIRECTION_LINES = 4  # how many lines a direction of 200 characters may take, at most


def _without_stage_directions(line: str) -> str:
    """``line`` without its stage directions, one space (or none, before punctuation) where each was.

    >>> _without_stage_directions("Thank you. (Laughter) We will defend every inch (inaudible), and more.")
    'Thank you. We will defend every inch, and more.'
    >>> _without_stage_directions("[Applause]"), _without_stage_directions("♪ anthem plays ♪")
    ('', '')
    """
    if "(" not in line and "[" not in line and not any(mark in line for mark in _MUSIC_MARKS):  # most lines: no scan
        return line
    if _is_music(line):
        return ""

    def gap(match: re.Match) -> str:
        inside = match.start() > 0 and match.end() < len(line) and line[match.end()] not in _NO_SPACE_BEFORE
        return " " if inside else ""

    return _STAGE_DIRECTION.sub(gap, line)


def _is_music(line: str) -> bool:
    """Whether ``line`` is a sound cue of music as a whole line shows one and _STAGE_DIRECTION
    does not: music signs alone, or words that the emoji 🎵 or 🎶 open and close (see _MUSIC_SIGNS).

    >>> _is_music(" ♪ "), _is_music("🎵 Ode to Joy 🎵"), _is_music("🎵🎶"), _is_music("We sing 🎵 and stand.")
    (True, True, False, False)
    """
    line = _strip(line)
    return not line.strip(_MUSIC_SIGNS + " ") or (
        _MUSIC_EMOJI_LINE.fullmatch(line) is not None and any(character.isalpha() for character in line))


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


def _wrapped_directions(lines: list[str], numbers: list[int],
                        page_breaks: set[int]) -> tuple[list[str], list[int], set[int]]:
    """``lines``, their ``numbers`` and ``page_breaks``, each stage direction that wraps onto
    the lines below (see _DIRECTION_OPENS) brought onto the line it opens, so that it is left
    out as one on its line is; what follows its close stays on its own line. A blank line, or
    another bracket's opening, before the close ends the search: the brackets are words. Music's
    sign opening a line, with words after it and no other sign, opens lyrics that the next sign
    closes (see _MUSIC); one inside a line of speech ("We love ♪ music") opens none.

    >>> _wrapped_directions(["We act (Applause from", "the floor) now.", "Next."], [1, 2, 3], set())
    (['We act (Applause from the floor)', 'now.', 'Next.'], [1, 2, 3], set())
    >>> _wrapped_directions(["♪ Oh say can you see", "by the dawn's light ♪♪", "Next."], [1, 2, 3], set())[0]
    ["♪ Oh say can you see by the dawn's light ♪♪", 'Next.']
    """
    lines = list(lines)
    left_out: set[int] = set()
    for at, line in enumerate(lines):
        opens = _DIRECTION_OPENS.search(line) if ("(" in line or "[" in line or any(
            sign in line for sign in _MUSIC_SIGNS)) and at not in left_out else None
        if opens is None:
            continue
        opening = opens.group()[0]
        closing = ")" if opening == "(" else "]" if opening == "[" else _MUSIC_SIGNS  # lyrics: "♪ Oh say" / "… ♪"
        pieces = [opens.group().rstrip()]
        for below in range(at + 1, min(at + _DIRECTION_LINES, len(lines))):
            rest = lines[below].strip()
            close = next((where for where, mark in enumerate(rest) if mark in closing), -1)
            if not rest or (opening in "([" and opening in (rest if close < 0 else rest[:close])):
                break
            if close >= 0 and opening not in "([":  # the run of signs closes the lyric
                while close + 1 < len(rest) and rest[close + 1] in closing:
                    close += 1
            if close < 0:
                pieces.append(rest)
                continue
            direction = " ".join([*pieces, rest[:close + 1]])
            if _STAGE_DIRECTION.fullmatch(direction):
                lines[at] = line[:opens.start()] + direction
                lines[below] = rest[close + 1:].strip()
                left_out.update(range(at + 1, below + (not lines[below])))
            break
    return _without_lines(lines, numbers, page_breaks, left_out) if left_out else (lines, numbers, page_breaks)


# A word broken across lines by a hyphen, as PDF text has it ("deter-" / "rence").
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐]$")
# A word or number broken after its slash ("50/" / "50", "and/" / "or"); not a lone "/".
_LINE_END_SLASH = re.compile(r"(?<=\S)/$")
# Words before a line-end hyphen that open a compound, not a broken word: "self-" /
# "defence" is "self-defence", and "one-" / "speed" "one-speed" (joined, "selfdefence" and
# "onespeed" are words the model has never seen). Only words that rarely end a syllable of a
# longer word are listed: "short-" / "age" is more often "shortage", "cross-" / "ing"
# "crossing", "pro-" / "vide" "provide" and "counter-" / "part" "counterpart".
_COMPOUND_OPENERS = frozenset({"self", "non", "well", "long", "one", "two", "three", "anti"})
# A compound with a name or an acronym keeps its hyphen too, whatever the word before it: a
# capital after the hyphen ("pro-" / "Russian", "Euro-" / "Atlantic", "post-" / "Cold War",
# "NATO-" / "Russia"), or an acronym or a capital letter before it ("NATO-" / "led", "US-" /
# "led", "F-" / "35", "U-" / "turn"), which no syllable of a longer word is. An acronym is
# looked for in this many of a line's last characters (see _LAST_WORD_BEFORE_HYPHEN).
_ACRONYM_WINDOW = 10
# Common words that an opener begins without a hyphen, as dictionaries divide them
# ("non·sense", "self·ish", "an·ti·dote", "lon·ger"): a break after the opener is a break
# inside the word, joined as "deter-" / "rence" is (kept, "non-sense" read as "non" "sense").
_WORDS_AN_OPENER_BEGINS = frozenset({
    "nonsense", "nonsensical", "selfish", "selfishly", "selfishness", "selfless", "selflessly",
    "selflessness", "antidote", "antidotes", "antiquated", "antique", "antiques", "antiquity",
    "antibody", "antibodies", "antibiotic", "antibiotics", "longer", "longest", "longing",
    "wellness", "oneself",
})
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# The whole word (no letter before it) before a line-end hyphen. It is searched for only in
# a line's last characters: from every start in a long run of letters (CJK text, a URL) the
# search had read to the run's end, which is quadratic (11 s for a 32,000-letter line).
_LAST_WORD_BEFORE_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-‐]$")
_OPENER_WINDOW = max(map(len, _COMPOUND_OPENERS)) + 2  # the word, its hyphen, one more

_tokenizer = None


def _punkt():
    global _tokenizer
    if _tokenizer is None:
        load = forksafe.imported("._nltk").load

        punkt = load("nltk.tokenize.punkt")
        parameters = punkt.PunktParameters()
        parameters.abbrev_types = ABBREVIATIONS - _AMBIGUOUS_ABBREVIATIONS
        _tokenizer = punkt.PunktSentenceTokenizer(parameters)
    return _tokenizer


# How much of a block Punkt reads at once. nltk 3.10 runs Punkt's search for sentence ends
# under a wall-clock limit (5 s) for the whole block, which a paragraph of some megabytes
# (a file of one line) exceeds; 100,000 characters take about 0.2 s. Shorter blocks, nearly
# all, are read whole, as before.
_PUNKT_PIECE = 100_000
# Where a long block is cut: at spaces after a letter or digit, where no sentence can end
# (Punkt ends one only at ".", "?" or "!" and the quotes and brackets after it) and no word
# that Punkt reads to decide one goes on. Only ASCII spaces, the only ones Punkt looks back
# for to find the word before a full stop.
_PIECE_END = re.compile(r"\w([ \t\n\r\x0b\x0c]+)(?=\S)")


def _punkt_spans(block: str) -> list[tuple[int, int]]:
    """Punkt's ``(start, end)`` spans of the sentences of ``block``; a long block is read
    piece by piece (see ``_PUNKT_PIECE``), with the same result as read whole.

    >>> _punkt_spans("We met. He spoke.")
    [(0, 7), (8, 17)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        cut = _PIECE_END.search(block, start + _PUNKT_PIECE) if len(block) - start > _PUNKT_PIECE else None
        piece = _punkt_piece_spans(block, start, cut.start(1) if cut else len(block))
        if spans and piece:  # the sentence that a cut went through goes on
            piece[0] = (spans.pop()[0], piece[0][1])
        spans.extend(piece)
        if cut is None:
            return spans
        start = cut.end()


def _punkt_piece_spans(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's spans of ``block[start:end]``, as places in ``block``."""
    try:
        return [(start + first, start + last) for first, last in _punkt().span_tokenize(block[start:end])]
    except TimeoutError as error:  # nltk's limit, on a piece of _PUNKT_PIECE characters: a rare text indeed
        raise InvalidInputError(
            f"nltk's sentence splitter gave up on a paragraph of {len(block):,} characters ({error}); "
            "break the text into lines or paragraphs") from error


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
    see :func:`_is_labelled_sentence`), a web page's menus ("English", "Print", "Share"; see
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


def _numbered_lines(text: str) -> tuple[list[str], list[int], set[int]]:
    r"""``text``'s lines, each with its number in the document as an editor counts them (a
    line break is "\n", "\r\n" or "\r"), from 1; and which of the lines a page break opens.

    A soft hyphen marks where a word was broken: a line ending in one is joined to the next
    (numbered as the first, so that a statement starting after the broken word is numbered
    one line early). A form feed is a page break, often inside a sentence: one that opens a
    line is dropped, and one inside a line breaks it, the two numbered as one; either way the
    line after it is one that a page break opens (see :func:`_page_turn`).

    >>> _numbered_lines("deter\u00ad\nrence.\n\x0cNext\x0cpage\r\nEnd")
    (['deterrence.', 'Next', 'page', 'End'], [1, 3, 3, 4], {1, 2})
    """
    if not any(mark in text for mark in _UNUSUAL_BREAKS) and text.count("\r") == text.count("\r\n"):
        # most texts: every line an editor's, as str.splitlines splits them
        lines = text.splitlines()
        return lines, list(range(1, len(lines) + 1)), set()
    lines: list[str] = []
    numbers: list[int] = []
    page_breaks: set[int] = set()
    broken: str | None = None  # a line ending in a soft hyphen, waiting for the rest of its word
    broken_at = 0
    pieces = _EDITOR_LINE_BREAK.split(text)  # each line, then the break after it
    for number, (raw, after) in enumerate(zip(pieces[::2], [*pieces[1::2], ""]), start=1):
        breaks_word = raw.endswith("\u00ad") and after != "\r"  # this line's own: a joined one is not read again
        if broken is not None:
            raw, number, broken = broken + raw, broken_at, None
        elif number > 1 and raw.startswith("\x0c"):
            raw = raw[1:]  # a page break where a line opens: no break of its own
            page_breaks.add(len(lines))
        if breaks_word:
            broken, broken_at = raw[:-1], number
            continue
        for page, piece in enumerate(raw.replace("\u00ad", "").split("\x0c")):
            if page:
                page_breaks.add(len(lines))
            # the break at the end, so that a line ending in another (U+2028) leaves its empty line
            split = (piece + "\n").splitlines()
            lines.extend(split)
            numbers.extend([number] * len(split))
    if broken is not None:
        lines.append(broken.replace("\u00ad", ""))
        numbers.append(broken_at)
    return lines, numbers, page_breaks


# The marks that quote a line in an email or on a forum ("> ", ">> ", "> > ", ">" alone), not ">"
# before a number, which compares ("> 2% of GDP").
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s*)+(?=[^\d\s]|$)")


def _without_quote_marks(lines: list[str]) -> list[str]:
    """``lines`` without the marks that quote them (see _QUOTE_MARKS), so that quoted lines
    read as the text would without them ("> We will never recognise the annexation" / "> of
    Crimea by Russia." is one sentence). A run of two marked lines or more that each open with a
    capital and end no sentence is a list of ">" items, and keeps its bullets.

    >>> _without_quote_marks(["> We will never recognise", "> of Crimea.", ">", "> 2% of GDP"])
    ['We will never recognise', 'of Crimea.', '', '> 2% of GDP']
    >>> _without_quote_marks(["Our demands", "> No more weapons", "> Bring them home"])
    ['Our demands', '> No more weapons', '> Bring them home']
    """
    if not any(">" in line for line in lines):
        return lines  # most texts: nothing quoted
    lines = list(lines)
    at = 0
    while at < len(lines):
        if not _QUOTE_MARKS.match(lines[at]):
            at += 1
            continue
        end = at
        while end < len(lines) and _QUOTE_MARKS.match(lines[end]):
            end += 1
        quoted = [_strip(_QUOTE_MARKS.sub("", line)) for line in lines[at:end]]
        said = [line for line in quoted if line]
        if not (len(said) > 1 and all(line[:1].isupper() and not _SENTENCE_END.search(line) for line in said)):
            lines[at:end] = quoted
        at = end
    return lines


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


def _blocks(text: str) -> tuple[list[_Block], dict[str, int], list[int]]:
    """The blocks of :func:`split_blocks`, each with its speaker and the place of each line; the
    running headers left out (see :func:`_page_furniture`), each as first written, with how
    many times; and the lines joined to the line above that may open a post (see _feed_posts)."""
    lines, numbers, page_breaks = _numbered_lines(text)
    lines = _without_quote_marks(lines)
    # each line's place before questions and answers run together are split, for its number and page break
    lines, origins = _qa_lines(lines, list(range(len(lines))))
    numbers = [numbers[origin] for origin in origins]
    if page_breaks:  # the first piece of a split line is the one a page break opens
        page_breaks = {at for at, origin in enumerate(origins)
                       if origin in page_breaks and (not at or origins[at - 1] != origin)}
    stamps = _stamp_lines(lines)
    voices: dict[int, str] = {}  # the lines a caption's voice opens, and who speaks
    if stamps:  # timestamps and caption cues: a sentence runs on past them
        caption = _is_caption_file(lines)
        if caption:  # rolling captions' lines shown again: no one said them again
            stamps = stamps | _rolled_lines(lines, stamps)
        lines, numbers, page_breaks = _without_lines(lines, numbers, page_breaks, stamps)
        if caption:  # only there is "<i>" markup rather than words
            lines, origins, voices = _cue_lines(lines)
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
    # joined to the line above all the same (see _feed_posts): their numbers go in ``joined_posts``
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
    names_are_tags = _is_transcript(text, furniture, french_record)
    thread_totals = _thread_totals(text)
    emoji_bullets = _emoji_bullets(lines, names_are_tags, french_record)  # "✅ …" / "✅ …": a list's items
    menus = _menu_lines([_strip(line) for line in lines])  # "Print" / "Email" / "Share": a web page's menu
    chorus = False  # a chorus's tag alone on its line: its words are on the next
    holders: dict[str, str] = {}  # who holds each office a tag named with its holder ("The Prime Minister (…):")
    spellings: dict[str, str] = {}  # each speaker as first written, by the name without its titles' dots
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
        """Count ``line``, left out, if it is a running header (not a page number)."""
        key = _furniture_key(line)
        if key in furniture and not _is_page_mark(line, set()):
            written, times = headers.get(key, (line, 0))
            headers[key] = written, times + 1

    def close(tag_at: int | None = None) -> None:
        nonlocal current_is_item, in_note
        if current:
            # a heading alone on its line is no one's words ("QUESTIONS AND ANSWERS" after an answer); a
            # tag directly below (at ``tag_at``) sets it apart as a blank line does ("Opening Statement" / "SG:")
            apart = tag_at == last_at + 1 or _stands_apart(lines, last_at)
            title = (speaker is not None and not current_is_item and not in_note
                     and _is_title(current, opened_after_end, opened_after_tag, lower_before, apart))
            spoken = current[:-1] if title else current
            if spoken:
                joined, starts = _join_lines(spoken)
                blocks.append(_Block(joined, None if in_note else speaker, starts, current_numbers[:len(spoken)]))
            if title:
                blocks.append(_Block(current[-1], None, [0], current_numbers[-1:]))
            current.clear()
            current_numbers.clear()
        current_is_item = in_note = False

    for at, raw in enumerate(lines):
        if at < resume:
            continue  # the foot of a page and the head of the next, inside a sentence
        stripped = _strip(raw)
        line = _without_timestamp(stripped, names_are_tags)
        line = _without_credit(line)  # "…our security. (Photo by …/Getty Images)": the sentences stay
        page_mark = bool(line) and at not in words and _is_page_mark(line, furniture)
        if current and (not line or page_mark or at in footnotes) and not _TERMINAL.search(current[-1]):
            if not foot_from <= at < foot[0]:  # a run of such lines is looked through once, from its first
                foot_from, foot = at, _page_foot(lines, at, furniture, footnotes, page_breaks)
            resume = _page_turn(lines, at, furniture, footnotes, page_breaks, foot)
            if resume > at:
                for skipped in range(at, resume) if furniture else ():
                    leave_out(_strip(lines[skipped]))
                continue  # "…a permanent pres-" / "3" / "ence on the eastern flank.": one sentence
        if at in footnotes:
            close()  # a footnote at the foot of a page or the end: the source of a statement, no statement
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
        if line and (page_mark or ((_is_furniture(line, below) or at in menus) and not _date_in_sentence(
                line, current[-1] if current else "", below)
                and not _goes_on(line, current[-1] if current else ""))
                or _BARE_MARKER.match(line)):
            close()  # a page number, running header, end mark, credit…: not part of any statement
            if blocks and _is_end_mark(line):
                # "###", "- ENDS -" below a release's or transcript's words: what follows is its back
                # matter ("Notes to editors", "About NATO", its contacts), no one's words, and was
                # scored as the last speaker's. One above any statement ends nothing.
                break
            if page_mark and furniture:
                leave_out(line)
            note_goes_on = _EDITORIAL_NOTE.match(line) is not None and not _TERMINAL.search(line)
            note_below = False if _NOTE_LABEL_ALONE.match(line) else None
            continue
        tag = _speaker_tag(line, names_are_tags, after_question=speaker == "Q", holders=holders,
                           french_record=french_record)
        if not tag and at in voices and spellings.get(_spelling_key(voices[at]), voices[at]) != speaker:
            # a caption's voice names its speaker as a tag would; the same voice in the next cue
            # goes on with its sentence, as a cue without one does
            tag = voices[at], 0
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
            line = _without_timestamp_after_tag(line[tag_end:].strip()).strip()  # "Speaker 2: (00:45)"
            asked = "" if speaker == "Q" else None
        if line and not (line := _without_stage_directions(line)):
            continue  # "(Applause)" alone: the statement around it goes on
        line, opens_post, closes_post = _without_post_numbers(
            line, thread_totals, _strip(lines[at + 1]) if line.endswith("/") and at + 1 < len(lines) else "")
        if opens_post:
            close()  # a post ends the one before, as a bullet does
        if not line:
            close()
            ended = True
            continue
        dash_inside_sentence = (_DASH_BULLET.match(line) and current and not current_is_item
                                and not _TERMINAL.search(current[-1])
                                and _dash_goes_on(line, _strip(lines[at + 1]) if at + 1 < len(lines) else ""))
        if (asked and _DASH_BULLET.match(line) and _SENTENCE_END.search(asked)
                and not _answer_tag_below(lines, at, names_are_tags, french_record)):
            # an interview's answer, opened by a dash below the question: its speaker is "A", as an "A:"
            # tag would make it (a question ending in a colon leads into its own list instead, and
            # dash lines that an answer's tag follows are the question's options)
            close(at)
            speaker, after_tag, lower_so_far, asked = spellings.setdefault("A", "A"), True, False, None
        if _BULLET.match(line) and not dash_inside_sentence:
            bare_items = bare_items + 1 if current_is_item and _is_bare_item(current) else 0
            close()
            current_is_item = True
            line = _BULLET.sub("", line, count=1)
        elif at in emoji_bullets and (emoji := _bullet_emoji(line)):
            close()
            current_is_item = True
            line = line[len(emoji):].lstrip()  # dropped as the other bullets are
        elif current_is_item and bare_items and _after_list(current, line):
            close()  # "- more troops" / "These decisions make us stronger.": the list is over
        elif paragraphs and current and not _TERMINAL.search(current[-1]) and not _goes_on_below(line):
            close()  # "Defence spending" / "Now let me turn to money.": a heading, where no line wraps
        elif current and at in feed:
            close()  # "…in Riga today" / "NATO stands united with our Allies": a feed's posts, one a line
        elif current and (_DATELINE.match(line) or (((_is_heading(current)
                                                      and not _wrapped_before(_strip(lines[last_at]), line, width))
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
        if current and at in maybe_posts and not _TERMINAL.search(current[-1]):
            joined_posts.append(numbers[at])
        current.append(line)
        current_numbers.append(numbers[at])
        if asked is not None:  # the question's own list, if its item: its next dash is its next item
            asked = None if current_is_item else line
        if closes_post or _ends_post(line) or (_ends_with_link(line) and not _goes_on_below(below)):
            close()  # a post's closing links end it, whatever ends its words ("…our Allies https://t.co/x1")
        elif _ends_with_emoji(line) and below[:1].isupper() and not _wrapped_before(line, below, width):
            close()  # "…in Riga today 🇱🇻" / "NATO stands united…": a post's flag ends it
    close()
    # "Mr Peter Harding (Bexley) (Con):", then "Mr Harding:": one speaker, named in full
    full = _full_names({block.speaker for block in blocks if block.speaker is not None})
    blocks = [block._replace(speaker=full[block.speaker]) if block.speaker in full else block for block in blocks]
    return blocks, dict(headers.values()), joined_posts


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


# A note that opens a line of a transcript, labelled so ("Note: figures are in current prices.",
# "UPDATE: The minister later…", "Correction: …"): the transcript's editors', no speaker's; so is a
# caption or a source's line, labelled so, that is a sentence ("Source: NATO estimates show…").
_NOTE = re.compile(r"(?:notes?|updated?|correction|clarification|disclaimer|source|caption|photo(?:graph)?|image|"
                   r"foto|bild|quelle) ?:(?:\s|$)", re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _opens_note(line: str) -> bool:
    """Whether ``line`` opens with a note's label (see _NOTE); a capital, since a wrapped line
    "note: …" is inside a sentence.

    >>> _opens_note("Note: figures are in current prices."), _opens_note("note: the ships")
    (True, False)
    """
    return line[:1].isupper() and _NOTE.match(line) is not None


def _is_title(lines: list[str], opens_after_end: bool, opens_after_tag: bool, beside_lower: bool,
              apart: bool) -> bool:
    """Whether the last of ``lines``, a block of a transcript, is a title on its own line, no
    one's words ("QUESTIONS AND ANSWERS", "Part Two: The Baltic states"): a heading (see
    :func:`_is_heading`) of two words or more of four letters or more, after a sentence's end
    (in the block, or before it: ``opens_after_end``), and not the first words after a tag
    (``opens_after_tag``), which are its speaker's however written ("MINISTER: Thank You All").

    A heading is told by its case (a part's by its name and a capital after it, "Part Two:
    Questions from the press": see :func:`_is_part_heading`), so only beside words of the
    speaker's in lower case (``beside_lower``): in a transcript all in capitals a line without
    a full stop is as likely the speaker's ("ALLIES MUST SPEND MORE"). It stands apart, a tag or a blank line and then a
    tag or a paragraph below it (``apart``), unless it names a part ("Part Two: …"). A greeting
    or a closing ("Ladies and Gentlemen", "God Bless America", "Thank You Very Much") is the
    speaker's (see :func:`_is_address`).

    >>> _is_title(["We agree.", "Part Two: The Baltic states"], True, True, True, False)
    True
    >>> _is_title(["Thank You All"], True, True, True, True)
    False
    >>> _is_title(["We agree.", "Ukraine"], True, False, True, True)
    False
    >>> _is_title(["We agree and", "The Baltic States"], True, False, True, True)
    False
    >>> _is_title(["WE AGREE.", "ALLIES MUST SPEND MORE"], True, False, False, True)
    False
    >>> _is_title(["We agree.", "God Bless America"], True, False, True, True)
    False
    """
    if len(lines) == 1 and (opens_after_tag or not opens_after_end):
        return False
    if len(lines) > 1 and not _SENTENCE_END.search(lines[-2]):
        return False  # after "Our aims:" or a line wrapped, not a title
    line = lines[-1]
    heading = _is_heading(lines) or _is_part_heading(lines)
    if not (beside_lower and heading and len(_LONG_WORD.findall(line)) >= 2):
        return False
    return (apart or _names_a_part(line.partition(":")[0])) and not _is_address(line)


# Words that address listeners or bless, closing or opening a speech, not a title (in lower
# case): "Ladies and Gentlemen", "Dear Colleagues", "God Bless America", "Meine Damen und
# Herren", "Mesdames et Messieurs", "Vive la France", "Slava Ukraini".
_ADDRESS_WORDS = frozenset({"ladies", "gentlemen", "excellencies", "excellency", "colleagues", "dear", "god", "bless",
                            "damen", "herren", "liebe", "mesdames", "messieurs", "chers", "chères", "vive", "slava"})


def _is_address(line: str) -> bool:
    """Whether ``line`` greets, thanks, addresses or blesses its listeners (see _ADDRESS_WORDS,
    _THANKS and _GREETINGS) rather than titling what follows.

    >>> _is_address("Ladies and Gentlemen"), _is_address("Good Morning Everyone"), _is_address("Thank You Very Much")
    (True, True, True)
    >>> _is_address("QUESTIONS AND ANSWERS"), _is_address("Part Two: The Baltic states")
    (False, False)
    """
    words = [word.lower() for word in _LETTERS.findall(line)]
    opening = " ".join(words).upper() + " "
    return (any(word in _ADDRESS_WORDS or word in _THANKS for word in words)
            or any(opening.startswith(greeting + " ") for greeting in _GREETINGS))


# The words of an address that open a speech on a line of their own ("Ladies and gentlemen,",
# "Meine Damen und Herren,", "Mesdames et Messieurs,"), not a closing's blessing; with the
# words that join them ("and", "und", "et").
_SALUTATION_WORDS = (_ADDRESS_WORDS - {"god", "bless", "vive", "slava"}
                     | {"friends", "everyone", "all", "excellency", "distinguished", "guests", "delegates",
                        "your", "my", "meine", "and", "und", "et", "en", "y", "e",
                        "dames", "heren", "señoras", "señores", "signore", "signori"})
# The words that open an address to someone: "Dear Prime Minister", "My dear friends", "Liebe
# Kolleginnen", "Sehr geehrter Herr Präsident", "Chers amis", "Geachte aanwezigen", "Mr
# President", "Madam Speaker", "Monsieur le Président".
_SALUTATION_OPENINGS = frozenset({
    "dear", "liebe", "lieber", "liebes", "geehrte", "geehrter", "cher", "chers", "chère", "chères", "beste",
    "geachte", "queridos", "queridas", "estimados", "estimadas", "cari", "gentili",
    "mr", "mrs", "ms", "madam", "madame", "mister", "monsieur", "herr", "frau"})


def _is_salutation(line: str) -> bool:
    """Whether ``line`` addresses the listeners alone, as a speech's first line does, ending in a
    comma ("Ladies and gentlemen,", "Dear friends,", "Excellencies, dear colleagues,"): a
    statement of its own when a capital opens the line below, not the first words of the
    sentence there. Each of its parts between commas must address someone, so that a sentence
    wrapped after a comma goes on ("dear allies, the Baltic states,").

    >>> _is_salutation("Ladies and gentlemen,"), _is_salutation("Dear Prime Minister, dear friends,")
    (True, True)
    >>> _is_salutation("Sehr geehrter Herr Präsident, meine Damen und Herren,"), _is_salutation("Mr President,")
    (True, True)
    >>> _is_salutation("In Vilnius,"), _is_salutation("dear allies, the Baltic states,")
    (False, False)
    """
    if not line.endswith(","):
        return False
    return all(_addresses(part) for part in line[:-1].split(","))


def _addresses(part: str) -> bool:
    """Whether ``part`` of a line, between commas, addresses someone: address words alone
    ("Ladies and gentlemen", "Excellencies") or a few words after "Dear", "Mr" and the like.

    >>> _addresses("My dear friends"), _addresses("Madame la Présidente"), _addresses("In Vilnius")
    (True, True, False)
    >>> _addresses("Sehr geehrte Damen"), _addresses("Sehr viel mehr")
    (True, False)
    """
    words = [word.lower() for word in _LETTERS.findall(part)]
    if not 0 < len(words) <= 5:
        return False
    # "My dear friends", "Sehr geehrte Damen" (not "Sehr viel mehr")
    opening = words[1] if words[0] in ("my", "sehr") and len(words) > 1 else words[0]
    return opening in _SALUTATION_OPENINGS or all(word in _SALUTATION_WORDS for word in words)


def _stands_apart(lines: list[str], at: int) -> bool:
    """Whether line ``at`` of ``lines`` is followed by a blank line and then a line that opens
    in no lower case (a tag, a paragraph), as a title is; not at the text's end.

    >>> _stands_apart(["We agree.", "QUESTIONS AND ANSWERS", "", "Q: Why?"], 1)
    True
    >>> _stands_apart(["We agree.", "ALLIES MUST SPEND MORE", "Q: Why?"], 1), _stands_apart(["We agree.", "End", ""], 1)
    (False, False)
    """
    if at + 1 >= len(lines) or _strip(lines[at + 1]):
        return False
    for below in range(at + 2, len(lines)):  # the blank lines after it, not the rest of the text
        if line := _strip(lines[below]):
            return not line[0].islower()
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


def _is_french_record(lines: list[str]) -> bool:
    """Whether a line of ``lines`` opens with the Assemblée's chair tagged without a dash
    ("M. le président. La séance est ouverte."), so that its members' tags are read so too.

    >>> _is_french_record(["M. le président. La parole est à M. Dupont."]), _is_french_record(["M. Dupont. Il…"])
    (True, False)
    """
    return any(_FRENCH_CHAIR_TAG.match(_strip(line)) for line in lines)


_CJK_CHARACTER = re.compile(f"[{_CJK}]")
# How much of a part's end _join_lines reads: a compound's opener or an acronym before a
# hyphen, and the letter before it.
_JOIN_TAIL = max(_OPENER_WINDOW, _ACRONYM_WINDOW) + 1


def _join_lines(lines: list[str]) -> tuple[str, list[int]]:
    """``lines`` joined into one text, and where each line's text starts in it.

    >>> _join_lines(["Our Allies", ", and partners,", "stand."])
    ('Our Allies, and partners, stand.', [0, 10, 26])
    >>> _join_lines(["我们支持集", "体防御。NATO", "盟国"])
    ('我们支持集体防御。NATO 盟国', [0, 5, 14])
    """
    # Each part's lines, joined with no space, and the parts with one. The tests below read the
    # end of the part so far, kept apart (``tail``), since Chinese or Japanese lines join into one
    # part however many there are: reading or copying the whole part at each line was quadratic.
    parts = [[lines[0]]]
    length = len(lines[0])  # of the part so far
    tail = lines[0][-_JOIN_TAIL:]
    starts = [0]
    at = 0  # where the part so far starts in the joined text
    for line in lines[1:]:
        opener = _compound_opener(tail)
        if opener and _opener_begins_word(opener, line):
            opener = ""  # "non-" + "sense" is "nonsense": joined below as any broken word
        if (opener in _COMPOUND_OPENERS and line[:1].islower()) or _is_named_compound(tail, line):
            pass  # "self-" + "defence", "Euro-" + "Atlantic", "NATO-" + "led"
        elif _LINE_END_HYPHEN.search(tail) and line[:1].islower():
            parts[-1][-1], length, tail = parts[-1][-1][:-1], length - 1, tail[:-1]  # "deter-" + "rence"
        elif _LINE_END_SLASH.search(tail) and line[:1].isalnum():
            pass  # "50/" + "50", "and/" + "or": one word broken after its slash
        elif line[:1] in ",;":
            pass  # "Our Allies" + ", and partners,": broken before its comma, which takes no space
        elif _CJK_CHARACTER.fullmatch(tail[-1:]) and _CJK_CHARACTER.fullmatch(line[:1]):
            pass  # "…安全の土" + "台です。": Chinese and Japanese put no space between words
        else:
            at += length + 1
            parts.append([])
            length, tail = 0, ""
        parts[-1].append(line)
        starts.append(at + length)
        length += len(line)
        tail = (tail + line[-_JOIN_TAIL:])[-_JOIN_TAIL:]
    return " ".join("".join(part) for part in parts), starts


def _is_named_compound(line: str, next_line: str) -> bool:
    """Whether ``line`` ends in a compound's hyphen that ``next_line`` goes on from, the
    compound having a name or an acronym (see _ACRONYM_WINDOW): a hyphen that stays.

    >>> _is_named_compound("the Euro-", "Atlantic area"), _is_named_compound("the NATO-", "led mission")
    (True, True)
    >>> _is_named_compound("collective deter-", "rence"), _is_named_compound("the talks with -", "NATO")
    (False, False)
    """
    if not _LINE_END_HYPHEN.search(line):
        return False
    if next_line[:1].isupper():
        return True
    before = _LAST_WORD_BEFORE_HYPHEN.search(line, max(len(line) - _ACRONYM_WINDOW, 0))
    return before is not None and before.group(1).isupper() and next_line[:1].isalnum()


def _opener_begins_word(opener: str, line: str) -> bool:
    """Whether ``opener`` and the first word of ``line`` make one common word ("non" and
    "sense"), not a hyphenated compound ("non" and "negotiable").

    >>> _opener_begins_word("non", "sense, he said"), _opener_begins_word("non", "negotiable")
    (True, False)
    """
    first = _FIRST_WORD.match(line)
    return first is not None and opener + first.group().lower() in _WORDS_AN_OPENER_BEGINS


def _compound_opener(line: str) -> str:
    """The word before ``line``'s final hyphen, lower-cased, if it is short enough to be a
    compound's opener (see _COMPOUND_OPENERS); "" otherwise.

    >>> _compound_opener("our self-"), _compound_opener("ourself-"), _compound_opener("a ship")
    ('self', '', '')
    """
    if not line.endswith(("-", "‐")):
        return ""
    found = _LAST_WORD_BEFORE_HYPHEN.search(line, max(len(line) - _OPENER_WINDOW, 0))
    return found.group(1).lower() if found else ""


def _wrap_width(lines: list[str]) -> int | None:
    """The width ``lines`` are hard-wrapped at, as an email or a terminal wraps them: the longest
    line's, when five lines or more come within a fifth of it; None when they are not so wrapped
    (a paragraph a line, a short text).

    >>> _wrap_width(["x" * 40, "x" * 38, "x" * 39, "x" * 36, "x" * 40, "x" * 12]), _wrap_width(["x" * 40, "x" * 12])
    (40, None)
    """
    width = max(map(len, lines), default=0)
    return width if sum(len(line) >= 0.8 * width for line in lines) >= 5 else None


def _is_paragraph_a_line(lines: list[str]) -> bool:
    """Whether ``lines`` hold a paragraph each, as a document saved from Word as plain text
    does: three lines or more of 80 characters or more, and nine in ten of those end a sentence,
    where a wrapped text's long lines end mid-sentence. Then a line that ends none is no part of
    the sentence below it: a heading ("Defence spending" / "Now let me turn to money.").

    >>> paragraph = "We must spend more on defence, and we must produce more, because Russia will not stop."
    >>> _is_paragraph_a_line([paragraph, "Defence spending", paragraph, paragraph])
    True
    >>> _is_paragraph_a_line([paragraph[:-1], paragraph[:-1], paragraph])
    False
    """
    long = [line.rstrip() for line in lines if len(line.rstrip()) >= 80]
    return len(long) >= 3 and sum(_TERMINAL.search(line) is not None for line in long) >= 0.9 * len(long)


def _wrapped_before(above: str, line: str, width: int | None) -> bool:
    """Whether ``above`` was broken before ``line`` as a text hard-wrapped at ``width`` is: the
    first word of ``line`` would not have fitted on it. A heading's line is short however wide
    the text, so the next line's first word would have: "Q: Marta Kalniņa, Delfi. Former" /
    "President Trump has said…" at 40 columns is a sentence wrapped, not a title ("Former").

    >>> _wrapped_before("Secretary General, the Hungarian Prime", "Minister said last week", 40)
    True
    >>> _wrapped_before("NATO Summit in Vilnius", "Allies agreed today.", 40)
    False
    """
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return width is not None and len(above) + 1 + len(first) > width


def _is_part_heading(lines: list[str]) -> bool:
    """Whether the last of ``lines`` is the heading of a numbered part (see :func:`_names_a_part`),
    told by the part's name in a title's case and a capital opening the words after it,
    whatever their case; otherwise a heading as :func:`_is_heading` has it (short, no final
    punctuation). Counting capitals gave "Part Two: Questions from the press" to the speaker
    before, as its words in lower case outnumber the capitals (a user audit).

    >>> _is_part_heading(["Part Two: Questions from the press"]), _is_part_heading(["Part Two: what we pay"])
    (True, False)
    >>> _is_part_heading(["We agree.", "Section 2: Our aims."]), _is_part_heading(["Kaja Kallas: Ready for it"])
    (False, False)
    """
    part, colon, title = lines[-1].partition(":")
    return (bool(colon) and title.strip()[:1].isupper() and _names_a_part(part)
            and _is_heading([part.strip()]) and _is_heading(lines, cased=False))


def split_sentences(text: str) -> list[str]:
    """Split a document into sentences, in order."""
    return [sentence for sentence, _, _ in split_statements(text)]


def split_speakers(text: str) -> list[tuple[str, str | None]]:
    r"""Split a document into ``(sentence, speaker)`` pairs, in order.

    A transcript's speaker tags at the start of a line ("MODERATOR:", "Q:", "Mr Healey:",
    "The Prime Minister:") name the speaker of what follows until the next tag, and are
    not part of any sentence; without tags the speaker is None. Names in ordinary case
    ("Kaja Kallas:", "Question:") count as tags only when two or more lines open with a
    tag, since one such line in an article is more often a label ("Ukraine: …"). An ordinal
    or a lead-in ("First:", "Finally:", "Bottom line:") is no tag.
    A heading alone on its line ("QUESTIONS AND ANSWERS") and a note ("Note: …") are no one's
    words: their speaker is None, and the speaker before goes on after them. A dash opening a
    line below a question's end opens its answer, speaker "A", as "A:" would, unless the next
    tag below is an answer's: then the dash lines are the question's options.

    A tag is read whatever its spaces (no-break, thin, doubled), accents (composed or not)
    and apostrophes (straight or curly); the speaker is its name in NFC with single plain
    spaces and straight apostrophes ("O'Neill"), and tags that differ only in
    a title's full stop ("Mr. Healey:", "Mr Healey:") or in "ё" and "е" ("Соловьёв:", "Соловьев:") name the
    speaker as the first wrote it. Sentences keep the
    characters of ``text``, except whitespace, byte-order marks and zero-width spaces at a
    line's ends, which are dropped, line breaks, which join wrapped lines with a space (none
    between two Chinese or Japanese characters),
    stage directions, which leave one space (none before punctuation), and a dash between
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


def statements_and_headers(text: str) -> tuple[list[tuple[str, str | None, int]], dict[str, int], list[int]]:
    r"""The statements of :func:`split_statements`; the lines left out as running headers, each
    as first written, with how many times (see :func:`_page_furniture`); and the lines (numbered
    as ``line`` is) joined to the sentence above although they may open posts of a feed (see
    _feed_posts): so that a caller can say so, as a line that recurs is taken for a header only
    in a text that shows pages, but a speaker's words may still be, and two lines that each open
    with a capital and end no sentence may be a wrapped sentence or two posts.

    >>> statements_and_headers("NATO Review 1\nWe met.\nNATO Review 2\nWe spoke.\nNATO Review 3\nWe left.")[1]
    {'NATO Review 1': 3}
    >>> statements_and_headers("Great meeting in Riga today\nNATO stands united with our Allies")[::2]
    ([('Great meeting in Riga today NATO stands united with our Allies', None, 1)], [2])
    """
    sentences: list[tuple[str, str | None, int]] = []
    blocks, headers, joined = _blocks(text)
    for block in blocks:
        merged: list[list[str]] = []
        starts: list[int] = []  # where in the block each merged sentence starts
        many_lines = len(block.lines) > 1  # most blocks have one: no need to find where each piece is
        line_starts = set(block.starts[1:]) if many_lines else set()  # where each line after the first starts
        cursor = at = 0  # where in the block the last piece ended: each piece is a part of it, in order
        pieces = [p for p in (p.strip() for s in _punkt_sentences(block.text) for p in _split_further(s)) if p]
        for index, piece in enumerate(pieces):
            if many_lines:
                at = block.text.find(piece, cursor)
                cursor = at + len(piece) if at >= 0 else cursor
            while (credit := _AGENCY_OPENING.match(piece)) and at >= 0 and any(
                    at + credit.end(1) < start <= at + credit.end() for start in line_starts):
                # "Russia attacked. (AFP)" / "We will act.": the credit ends its line, and Punkt
                # opened the next line's sentence with it. The sentence starts after it.
                piece, at = piece[credit.end():], at + credit.end()
            piece = _without_closing_links(piece)  # "…our Allies https://t.co/x1": no one's words
            if index + 1 < len(pieces):  # a list's markers inline, "…three things: 1. We agreed… 2. We put…"
                if (_BARE_MARKER.match(piece) and not _continues(piece, pieces[index + 1], piece)
                        and not (merged and _continues(merged[-1][-1], piece, merged[-1][0]))):
                    continue  # "2." before its item, cut off as a sentence: dropped, as a bullet is ("12." /
                    # "Februar: …" is a date, which goes on); not the number of what the piece before it
                    # names ("Siehe Kap." / "3." / "Danach…", "am Mo." / "3." / "Okt."), which are words
                if not _continues(piece, pieces[index + 1], piece):  # "Die Frist: 3." / "Okt. 2024…": a date
                    piece = _INLINE_FIRST_MARKER.sub("", piece)  # "We did three things: 1." before the first
            if merged and piece[0] in ",;:":
                merged[-1][-1] += piece  # "p.m." and "; the talks…", which Punkt cut apart
            elif _is_rule(piece):
                continue  # "_____" above a PDF's footnotes, "* * *" between parts: no one's words
            elif _AGENCY_ALONE.fullmatch(piece):
                continue  # "(Reuters)" after a question, naming who asked it: no one's words
            elif merged and (_is_link_list(piece) or _is_closing(piece)):
                # "…with Ukraine. #NATO #StandWithUkraine", "…with Ukraine. 🇺🇦💙💛": the post's
                # tags and emoji stay with its sentence, whose stance they often carry, but not
                # its links ("nato.int/…-unity" read as the sentence's words made it unity)
                if closing := _without_links(piece):
                    merged[-1].append(closing)
            elif _is_link_list(piece):
                continue  # tags and links alone: furniture
            elif merged and _inside_brackets(merged[-1], piece):
                merged[-1].append(piece)  # "(p. 12 et suiv.)," / "les dépenses…", "(gegr." / "1949) ist…"
            elif merged and _continues(merged[-1][-1], piece, merged[-1][0]):
                merged[-1].append(piece)
            else:
                if merged and (lead := _leading_emoji(piece)) and _emoji_close(
                        merged[-1][-1], piece[:lead], at in line_starts, any(at < s <= at + lead for s in line_starts)):
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
        lines = [block.line_at(max(at, 0)) for at in starts] if many_lines else [block.lines[0]] * len(merged)
        # never merged across blocks
        sentences.extend((" ".join(parts), block.speaker, line) for parts, line in zip(merged, lines))
    return sentences, headers, joined


# A news agency alone in brackets, as a press transcript names a questioner's outlet after the
# question ("Q: Will NATO send more troops? (Reuters)"): a credit, as "(Photo by AFP)" is.
_AGENCY_ALONE = re.compile(rf"\({_AGENCY}\)")
# ... and one opening a piece: left out when it ends its line, after the sentence it credits,
# which Punkt joins to the next line's: "Russia attacked. (AFP)" / "We will act." (within a
# line, "(Reuters) More troops will come." may open a sentence, and stays).
_AGENCY_OPENING = re.compile(rf"(\({_AGENCY}\))\s+")


# The marker of a list's first item run on after its lead-in's colon ("We did three things: 1.
# We agreed…"), which the sentence splitter leaves on the lead-in.
_INLINE_FIRST_MARKER = re.compile(r"(?<=:)\s+\(?(?:\d{1,3}|[a-z])[.)]$")


def _inside_brackets(parts: list[str], piece: str) -> bool:
    """Whether ``piece`` is the rest of a bracket that the sentence of ``parts`` opened, or opens
    with a comma after a bracket's stop: a stop inside brackets ends no sentence outside them. The
    bracket must close in ``piece``, so that a stray "(" or a smiley's does not swallow a paragraph.

    >>> _inside_brackets(["Das Bündnis (gegr."], "1949) ist stark."), _inside_brackets(["(S. 12 ff.),"], "müssen…")
    (True, True)
    >>> _inside_brackets(["We met :("], "Then we left."), _inside_brackets(["(We met.)"], "Then we left.")
    (False, False)
    """
    text = " ".join(parts)
    closes = piece.find(")")
    return ((text.count("(") > text.count(")") and closes >= 0 and "(" not in piece[:closes])
            or text.endswith((".),", ".);")) or piece.startswith(")"))


def _emoji_close(before: str, emoji: str, opens_line: bool, alone_on_line: bool) -> bool:
    """Whether ``emoji``, which open a sentence after ``before`` (a sentence's last piece), close
    ``before`` instead: when they are alone on their line (``alone_on_line``) after it, or
    between two sentences of a line ("…with Ukraine. 🇺🇦 Allies agree."). Emoji that open a
    line before its words (``opens_line``) are that sentence's, as a bullet is ("🇺🇦 We will
    support Ukraine."), and so are the same emoji that opened words of ``before``: bullets
    ("Three priorities: ✅ Defence spending. ✅ Support for Ukraine.").

    >>> _emoji_close("We stand with Ukraine.", "🇺🇦 ", False, False), _emoji_close("We agree.", "🇺🇦", True, True)
    (True, True)
    >>> _emoji_close("We agree.", "🇺🇦 ", True, False), _emoji_close("Aims: ✅ Spending.", "✅ ", False, False)
    (False, False)
    """
    if alone_on_line:
        return True
    if opens_line:
        return False
    at = before.find(emoji.strip())
    while at >= 0:
        after = before[at + len(emoji.strip()):].lstrip()
        if after[:1].isalnum():
            return False  # the same emoji before words: a bullet
        at = before.find(emoji.strip(), at + 1)
    return True


# An opening quote with a space after it, as French writes one ("« Nous devons… »"): Punkt
# leaves it at the end of the sentence before.
_TRAILING_OPENING_QUOTE = re.compile(r"\s([«‹„“‘]+)\s*$")
# And a closing one with its space ("… agirons. » Puis…"): nltk before 3.9 leaves it at the
# start of the sentence after.
_LEADING_CLOSING_QUOTE = re.compile(r"[»›]+(?=\s|$)")


# Where the rest of a word that Punkt cut in two ends, and the closing marks that open such a
# rest (a semicolon or comma is rejoined by split_statements: "p.m." and "; the talks…").
_WORD_END = re.compile(r"\s")
_CLOSING_MARKS = frozenset("\"'”’»›)]")
# Footnote markers in brackets right after a sentence's stop, as a web page copies them
# ("…in 2024.[3] 32 allies…"): Punkt starts the next sentence with them.
_BRACKETED_MARKERS = re.compile(r"(?:\[\d{1,3}\])+")


def _punkt_sentences(block: str) -> list[str]:
    """Punkt's sentences of ``block``, an opening quote at one's end moved to the next and a
    closing quote at one's start moved to the one before, as is the rest of a word that Punkt
    cut in two (a closing quote with a footnote marker: 'He said "No."2 We…'), and footnote
    markers in brackets after its stop ("…in 2024.[3]").

    >>> _punkt_sentences("Il a parlé. « Nous devons être prêts », a-t-il dit.")
    ['Il a parlé.', '« Nous devons être prêts », a-t-il dit.']
    >>> _punkt_sentences("Spending rose in 2024.[3] 32 allies met.")
    ['Spending rose in 2024.[3]', '32 allies met.']
    """
    spans = _punkt_spans(block)
    for i in range(len(spans) - 1):
        (start, end), (next_start, next_end) = spans[i], spans[i + 1]
        if end != next_start:  # a space between: a sentence opens there, "We met. [1] Allies…" too
            continue
        if block[next_start] in _CLOSING_MARKS or block[next_start] in "!?":  # '…alone.' and '”2 It…': a
            # quote cut off; 'Really?' and '!We…': the marks of one end
            marks = next_start
            while marks < next_end and (block[marks] in _CLOSING_MARKS or block[marks] in "!?"):
                marks += 1
            glued = _WORD_END.search(block, next_start, next_end)
            cut = glued.start() if glued else next_end
            # but the next sentence's first word glued to them ('"No."We left.', 'Really?!We did it.')
            # opens the next sentence (see _split_after_glued_ends)
            stop = _GLUED_END.match(block, max(end - 1, 0))
            if stop and stop.end() == marks and _glued_end(block, stop):
                cut = marks
            spans[i], spans[i + 1] = (start, cut), (cut, next_end)
        elif markers := _BRACKETED_MARKERS.match(block, next_start, next_end):  # '…2024.' and '[3] 32 allies…'
            spans[i], spans[i + 1] = (start, markers.end()), (markers.end(), next_end)
    if not any(quote in block for quote in "«‹„“‘»›"):  # most blocks: nothing to move
        return [block[start:end].strip() for start, end in spans]
    for i in range(len(spans) - 1):
        (start, end), (next_start, next_end) = spans[i], spans[i + 1]
        opener = _TRAILING_OPENING_QUOTE.search(block, start, end)
        closer = _LEADING_CLOSING_QUOTE.match(block, next_start, next_end)
        if opener:
            spans[i], spans[i + 1] = (start, opener.start()), (opener.start(1), next_end)
        elif closer:
            spans[i], spans[i + 1] = (start, closer.end()), (closer.end(), next_end)
    return [block[start:end].strip() for start, end in spans]


def _split_further(sentence: str) -> list[str]:
    """Cut what Punkt leaves joined: sentences ending in the full stops of other scripts ("。",
    "؟", "।"), sentences whose end is glued to the next word, sentences
    ending in "U.S." or "bn." or a year's "г.", in a company's "Ltd.", in a footnote marker, in an ellipsis, and
    (before nltk 3.9) in curly quotes."""
    pieces = []
    cuts = (part for stopped in _split_after_full_stops(sentence) for glued in _split_after_glued_ends(stopped)
            for cut in _SENTENCE_END_ABBREVIATION.split(glued) for part in _split_after_company_forms(cut))
    for piece in cuts:
        for unmarked in _split_after_footnote_markers(piece):
            for trailing in _split_after_ellipses(unmarked):
                pieces.extend(_split_after_curly_quotes(trailing))
    return pieces


# A sentence's end in the marks of Chinese, Japanese, Arabic, Urdu or Devanagari (see
# lines._FULL_STOPS), which Punkt, knowing "." "!" and "?" only, never cuts at: maybe more marks
# ("！？", "?!"), then closing quotes and brackets ("。」"). Chinese and Japanese put no space
# after it, so none is needed. A full-width stop between digits is a decimal point ("３．５"),
# and a closing quote that a Japanese particle or a comma follows ends a quotation inside the
# sentence, not the sentence ("「…です。」と述べました。", "「…。」、").
_FULL_STOP_END = re.compile(
    rf"(?:(?<!\d)．|[{_FULL_STOPS.replace('．', '')}])[{_FULL_STOPS}!?]*"
    rf"(?:[{_CJK_CLOSERS}\"”’»)\]]+(?![\u3040-\u309f，、,])|(?![{_CJK_CLOSERS}\"”’»)\]]))\s*(?=\S)")


def _split_after_full_stops(text: str) -> list[str]:
    """Cut ``text`` after each end of a sentence in another script's marks (see _FULL_STOP_END).

    >>> _split_after_full_stops("我们反对。北约必须团结！你们呢？ 好。")
    ['我们反对。', '北约必须团结！', '你们呢？', '好。']
    >>> _split_after_full_stops("「約束です。」と述べました。支出は３．５％だ。")
    ['「約束です。」と述べました。', '支出は３．５％だ。']
    >>> _split_after_full_stops("نرفض توسع الناتو؟ لا نقبل ذلك! यह खतरा है। हम विरोध करते हैं।")
    ['نرفض توسع الناتو؟', 'لا نقبل ذلك! यह खतरा है।', 'हम विरोध करते हैं।']
    """
    if not any(mark in text for mark in _FULL_STOPS):  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for stop in _FULL_STOP_END.finditer(text):
        pieces.append(text[start:stop.end()].rstrip())
        start = stop.end()
    pieces.append(text[start:])
    return pieces


# A sentence's stop glued to the next sentence's first word, as a web page's text has it where
# get_text() ran two paragraphs together ("Will you help?Yes, we will.", "…with Ukraine.We will
# not…", "…in 2024.We agreed"): Punkt never cuts there. A stop after a word's letter or a
# number's digit (not an ellipsis's dots), maybe a closing quote or bracket, then a letter (so
# not a decimal's "4.2"): a cut only before a capitalised word, and only where the two cannot be
# one thing (see _glued_end: "3.Oktober" is a German ordinal date).
_GLUED_END = re.compile(r"(?<=[^\W_])(?:[!?]+|\.(?!\.))[\"”’)\]]*(?=[^\W\d_])")
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")
_ADDRESS_REACH = 200  # how far from the stop an address's "/" or "@" is looked for
# What a capitalised word glued after a full stop ends when it is an address's or a file's name,
# no sentence's first word: a generic top-level domain ("Booking.Com", "ASP.NET", "Gov.UK") or a
# file's extension ("Report.PDF"). A country's domain that is a word too ("It", "No", "De") is an
# address only with a path or more labels after it ("Ukraine.No/low-cost").
_ADDRESS_ENDINGS = frozenset({
    "com", "org", "net", "int", "gov", "edu", "mil", "info", "biz", "io", "eu", "uk",
    "pdf", "doc", "docx", "odt", "rtf", "txt", "md", "htm", "html", "xml", "json", "csv", "xls", "xlsx", "ppt",
    "pptx", "jpg", "jpeg", "png", "gif", "svg", "mp3", "mp4", "wav", "zip", "srt", "vtt", "js", "py",
})
# The names written with "!", after which "!" ends a sentence only before a word that opens one
# ("Yahoo!News", "Jeopardy!Champions" but "Yahoo!We won."): a short list, since after any other
# word it ends one ("…with Ukraine!Slava Ukraini!", "…stand firm!We will win.").
_NAMES_WITH_BANG = frozenset({"yahoo", "jeopardy", "joomla", "wham"})
# The words that open sentences: before one "!" ends a sentence even after a name of
# _NAMES_WITH_BANG, and "." after a number of one to three digits, which is otherwise a German
# ordinal before its noun ("3.Oktober", "20.Bundestag"), while "…by 12.We must act." ends.
_SENTENCE_OPENERS = frozenset({
    "The", "They", "We", "It", "Its", "He", "She", "This", "That", "These", "Those", "There", "In", "On", "At",
    "But", "And", "So", "Yet", "A", "An", "I", "Our", "Their", "His", "Her", "My", "Your", "You", "Yes", "No",
    "Now", "Thank", "Thanks", "Let", "What", "Why", "How", "Who", "When", "Where", "Will", "Do", "Does", "Can",
    "Der", "Die", "Das", "Wir", "Es", "Er", "Sie", "Ich", "Aber", "Und", "Ja", "Nein", "Nous", "Il", "Elle", "Je",
    "Le", "La", "Les", "Oui", "Non",
})


def _glued_end(text: str, stop: re.Match[str]) -> bool:
    """Whether ``stop``, a match of _GLUED_END in ``text``, ends a sentence: a capitalised word
    follows it (two letters or more, or "I" alone), and the word before it and the one after
    are not one thing: not a web or e-mail address ("nato.int/News", "Ukraine.No/low-cost",
    "press@NATO.Int", "Booking.Com") or a file's name ("Speech.PDF"), not an abbreviation or
    initials ("U.S.Army", "e.g.Kyiv", "Dr.Smith", "Ph.D.Thesis"), not a version or a date
    ("2.0.Beta"), not a German ordinal before its noun ("3.Oktober", "20.Bundestag"; a year or
    an amount is none: "in 2024.We", "2,500.The"), and not a name with "!" ("Yahoo!News"; see
    _NAMES_WITH_BANG).

    >>> [_glued_end(t, _GLUED_END.search(t)) for t in ("help?Yes", "Ukraine.We", "nato.int/News", "Dr.Smith")]
    [True, True, False, False]
    >>> [_glued_end(t, _GLUED_END.search(t)) for t in ("in 2024.We", "by 12.We", "am 3.Oktober", "Ukraine!Slava")]
    [True, True, False, True]
    """
    after = _FIRST_LETTERS.match(text, stop.end()).group()
    if not after[0].isupper() or (len(after) == 1 and (after != "I" or text[stop.end() + 1:stop.end() + 2].isalnum())):
        return False  # "nato.int", a single letter's "J.R.R." or "S.A.": initials
    word_start = stop.start() - 1
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    before = text[word_start:stop.start()]
    number = before[-1:].isdecimal()  # "2024", "F-35"'s "35", "G7", "v2"
    # "U.S.Army", "e.g.Kyiv", "m.in.Polska"; "2.0.Beta", "3.10.Wir": a version or a date
    if (len(before) < 2 and not number) or text[word_start - 1:word_start] == ".":
        return False
    # the run of non-spaces the stop is in, as far as an address reaches (a text with no spaces is read in linear time)
    reach = max(stop.start() - _ADDRESS_REACH, 0)
    start = text.rfind(" ", reach, stop.start()) + 1 or reach
    end = text.find(" ", stop.end(), stop.end() + _ADDRESS_REACH)
    run = text[start:end if end >= 0 else stop.end() + _ADDRESS_REACH]
    if "/" in run or "@" in run or run.casefold().startswith("www."):  # an address, a path
        return False
    mark = stop.group()[0]
    if number:  # a year or an amount ends a sentence; one to three digits may be an ordinal, or a version's
        digits = len(before) - len(before.rstrip("0123456789"))
        amount = digits > 3 or (digits == len(before) and text[word_start - 1:word_start] == ",")
        return mark != "." or amount or after in _SENTENCE_OPENERS or after == "I"
    if mark == ".":
        following = text[stop.end() + len(after):stop.end() + len(after) + 2]
        return not (before.casefold() in ABBREVIATIONS or after.casefold() in _ADDRESS_ENDINGS
                    or (following[:1] == "." and following[1:].isalpha()))  # "Gov.Uk.Gateway": more labels
    return mark == "?" or before.casefold() not in _NAMES_WITH_BANG or after in _SENTENCE_OPENERS


def _split_after_glued_ends(text: str) -> list[str]:
    """Cut ``text`` after each sentence's end glued to the next sentence (see _GLUED_END).

    >>> _split_after_glued_ends("Will you help?Yes, we will. We stand firm!We will win.")
    ['Will you help?', 'Yes, we will. We stand firm!', 'We will win.']
    >>> _split_after_glued_ends("The U.S.Army and Yahoo!News cite nato.int/News, e.g.Kyiv, 4.2 and Booking.Com.")
    ['The U.S.Army and Yahoo!News cite nato.int/News, e.g.Kyiv, 4.2 and Booking.Com.']
    """
    pieces, start = [], 0
    for stop in _GLUED_END.finditer(text):
        if _glued_end(text, stop):
            pieces.append(text[start:stop.end()])
            start = stop.end()
    pieces.append(text[start:])
    return pieces


# An ellipsis after a word, maybe inside quotes, then the next word: Punkt never cuts there,
# but before a capital it ends a sentence that trails off ("Ukraine needs help… We must act
# now."), and before a word in lower case or a number the sentence goes on ("help… and we
# act", "In 2022… 2026 will tell"). The next word's first letter is captured, and tested with
# str.isupper (re has no class of capitals); a four-dot one is an ellipsis and a full stop.
_WORDS = re.compile(r"\w+")
_ELLIPSIS_END = re.compile(r"(?<=[^\W_])(?:…|\.{3,})(?:[\"”’)]|\s?[»›])*(\s+)(?=[\"“‘'«(]?(\w))")


def _split_after_ellipses(text: str) -> list[str]:
    """Cut ``text`` after each ellipsis that a capitalised word follows (see _ELLIPSIS_END).

    A speaker's hesitation is no sentence's end: not after a single word ("Well… I think"),
    nor before the word it repeats ("I… I think", "We… We will").

    >>> _split_after_ellipses("Ukraine needs help… We must act. We wait... and wait.... “Now!”")
    ['Ukraine needs help…', 'We must act. We wait... and wait....', '“Now!”']
    >>> _split_after_ellipses("Well… I… I think we must. We… We will.")
    ['Well… I… I think we must. We… We will.']
    """
    if "…" not in text and "..." not in text:  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _ELLIPSIS_END.finditer(text):
        before = _WORDS.findall(text, start, match.start())
        after = _WORDS.match(text, match.end(1) + (not text[match.end(1)].isalnum()))
        if (match.group(2).isupper() and len(before) >= 2
                and (after is None or after.group().casefold() != before[-1].casefold())):
            pieces.append(text[start:match.start(1)])
            start = match.end(1)
    pieces.append(text[start:])
    return pieces


# A footnote marker after a sentence's full stop, as PDF text has it ("…the Cold War.1 Three
# years ago…"): a word of three letters or more, its stop, one or two digits, a capital or a
# number ("…threat.1 30 allies…": after a word's stop and a space, a number is no decimal). A
# superscript marker, as a web page or Word copies it ("…since 2022.¹ We…", "…“alone.”² It…"),
# is nothing else, so it ends a sentence after any word or number, and after a closing quote.
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_STOP_THEN_DIGIT = re.compile(rf"[.!?][\"”’)]?[\d{_SUPERSCRIPT_DIGITS}]")
_FOOTNOTE_END = re.compile(rf"(?:(?<![^\W\d_])([^\W\d_]{{3,}})[.!?][\"”’]?\d{{1,2}}|"
                           rf"[.!?][\"”’)]?[{_SUPERSCRIPT_DIGITS}]{{1,3}})\s+(?=[A-Z\d\"“‘])")


def _split_after_footnote_markers(text: str) -> list[str]:
    """Cut ``text`` after each sentence that ends in a footnote marker, unless the word before
    the stop is an abbreviation ("Art.5 The…", "para.2 The…").

    >>> _split_after_footnote_markers("It ended the Cold War.1 Three years later, under Art.5 The Hague met.")
    ['It ended the Cold War.1', 'Three years later, under Art.5 The Hague met.']
    >>> _split_after_footnote_markers("It has changed since 2022.¹ We agree. It is our threat.1 30 allies agree.")
    ['It has changed since 2022.¹', 'We agree. It is our threat.1', '30 allies agree.']
    """
    if not _STOP_THEN_DIGIT.search(text):  # most sentences: no scan with the look-behind
        return [text]
    pieces, start = [], 0
    for match in _FOOTNOTE_END.finditer(text):
        if match.group(1) is None or match.group(1).lower() not in ABBREVIATIONS:  # None: a superscript
            pieces.append(text[start:match.end()].rstrip())
            start = match.end()
    pieces.append(text[start:])
    return pieces


def _split_after_company_forms(text: str) -> list[str]:
    """Cut ``text`` after each company's legal form that ends a sentence (see
    :data:`_COMPANY_THEN_SENTENCE`).

    >>> _split_after_company_forms("We sold it to Acme Ltd. It builds jets. Smith & Co. The firm grew.")
    ['We sold it to Acme Ltd.', 'It builds jets. Smith & Co.', 'The firm grew.']
    >>> _split_after_company_forms("Acme Ltd. Chairman John Smith said we sold it to Acme Inc. in May.")
    ['Acme Ltd. Chairman John Smith said we sold it to Acme Inc. in May.']
    """
    if not _COMPANY_FORM_HINT.search(text):  # most sentences: no scan of every capital (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _COMPANY_THEN_SENTENCE.finditer(text):
        pieces.append(text[start:match.start(1)])
        start = match.end(1)
    pieces.append(text[start:])
    return pieces


def _split_after_curly_quotes(text: str) -> list[str]:
    """Cut ``text`` after each sentence that ends inside curly quotes and is followed by a
    word, as nltk 3.10 cuts there (and after a straight quote); whether a word in lower case
    after the quote goes on with the quote's sentence is :func:`_continues`' to say, as it is
    after nltk's cut.

    >>> _split_after_curly_quotes("Il a dit “Oui.” Émile est parti. He said “Yes.” and left.")
    ['Il a dit “Oui.”', 'Émile est parti. He said “Yes.”', 'and left.']
    >>> _split_after_curly_quotes("Er sagte „Ja.“ Dann ging er. Il a dit « Oui. » Puis il est parti.")
    ['Er sagte „Ja.“', 'Dann ging er. Il a dit « Oui. »', 'Puis il est parti.']
    """
    if not _CURLY_CLOSER.search(text):  # most sentences: no scan (this runs on every one)
        return [text]
    pieces, start = [], 0
    for match in _CURLY_QUOTE_END.finditer(text):
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


# The last word before a final full stop, which a closing bracket may follow: "(Ret.)".
_LAST_WORD = re.compile(r"(\S+)\.[)\]]?$")
# "per cent." as Hansard and British papers of record write it, "cent." the abbreviation of "centum": before a word
# in lower case it ends no sentence ("We spend 2 per cent. of GDP on defence."), before a capital it does.
_PER_CENT_END = re.compile(r"\bper\s+cent\.$", re.IGNORECASE)
# A company's legal form after its name ("BAE Systems plc.", "Rheinmetall AG.", "Hensoldt GmbH."),
# as written, which Punkt does not know: a word in lower case after it goes on with the sentence
# ("BAE Systems plc. builds jets."), as after "Ltd.", "Inc.", "Co." and "Corp.", which Punkt knows.
# Before a capital it still ends one ("…to BAE Systems plc. It builds jets."), and in a sentence
# in capitals or in lower case, where case says nothing ("we bought from bae plc. more jets now.").
_COMPANY_FORM_END = re.compile(
    rf"(?<![\w.])(?-i:[{_CAP}])[\w&'’\-]*,? (?:plc|Plc|PLC|LLC|LLP|GmbH|AG|KGaA|SE|SA|SAS|SpA|Srl|NV|BV|AB|ASA|AS|"
    r"A/S|Oy|Oyj|Pty|JSC|PJSC)\.$")
# A closing quote after a sentence's stop or a comma: a piece in lower case after it is the
# rest of the sentence the quote sits in ('"Are we ready?" she asked.', 'He said "We will
# defend every inch." at the summit.'), no sentence of its own. The quote closes as English
# writes it (" ' ” ’), as French does (» ›, after a space or not) and as German does (“ ‘ « ‹).
_QUOTE_THEN_REST = re.compile(r"[.?!…,](?:['\"”’“‘«‹]|\s?[»›])$")
# ... after a full stop or an ellipsis, only in a sentence written in sentence case: in one
# written all in lower case, lower case after a stop says nothing ('rutte says "we are
# united." nato is falling apart.'), as it says nothing without a quote.
_STOP_THEN_QUOTE = re.compile(r"[.…](?:['\"”’“‘«‹]|\s?[»›])$")


def _german_date_or_ordinal(previous: str, piece: str) -> bool:
    """Whether ``previous`` ends in a day and ``piece`` opens with its German month, or
    ``previous`` in an ordinal after its article (or any, of a parliament's numbering) and
    ``piece`` with its noun: Punkt's cut there ended no sentence.

    >>> _german_date_or_ordinal("Am 24.", "Februar 2022 begann der Angriff.")
    True
    >>> _german_date_or_ordinal("Deutscher Bundestag – 20.", "Wahlperiode – 150.")
    True
    >>> _german_date_or_ordinal("Russia annexed Crimea in 2014.", "February 2022 brought war.")
    False
    >>> _german_date_or_ordinal("Die Ausgaben stiegen bis 2024.", "Mal sehen, ob das reicht.")
    False
    >>> _german_date_or_ordinal("Morgen wird die 3.", "Panzerdivision verlegt."), _german_date_or_ordinal(
    ...     "Wir brauchen die 2.", "Russland wartet nicht."), _german_date_or_ordinal("Im 18.", "Ukraine deserves it.")
    (True, False, False)
    >>> _german_date_or_ordinal("Das 3.", "Reich war ein Verbrechen."), _german_date_or_ordinal("Der 1.", "FC Köln.")
    (True, True)
    """
    if _DAY_END.search(previous) and (
            _GERMAN_MONTH_START.match(piece) or _GERMAN_MONTH_ABBREVIATION_START.match(piece)  # "am 3." / "Dez."
            or (_SHARED_MONTH_START.match(piece) and _GERMAN_DAY_END.search(previous))):
        return True
    if _BARE_ORDINAL_END.search(previous) and _NUMBERING_NOUN_START.match(piece):
        return True  # "Deutscher Bundestag – 20." / "Wahlperiode"
    ordinal = _ORDINAL_AFTER_ARTICLE.search(previous)
    if ordinal is None:
        return False
    if _ORDINAL_NOUN_START.match(piece):
        return True
    article = ordinal.group("article").lower()
    if ordinal.start() == 0 and article not in _ENGLISH_ARTICLE_LOOKALIKES and _FIRST_WORD.match(piece):
        return True  # "Das 3." alone is no sentence: "Das 3." / "Reich war…", "Der 1." / "FC Köln spielt."
    return article not in _DAY_ARTICLES and _ORDINAL_NOUN_SHAPE.match(piece) is not None


def _opens_with_time_alone(previous: str, opening: str = "") -> bool:
    """Whether ``previous``, the first piece of its sentence (``opening``, if given), is only a
    time of day and its preposition (see _OPENING_TIME), which opens the piece after it.

    >>> _opens_with_time_alone("At 10 a.m."), _opens_with_time_alone("We met at 10 a.m.")
    (True, False)
    """
    return previous == (opening or previous) and _OPENING_TIME.fullmatch(previous) is not None


def _continues(previous: str, piece: str, opening: str = "") -> bool:
    """Whether ``piece`` continues ``previous``: Punkt split it after an abbreviation it
    did not know ("5 p.m. today", "Brig. general") or a numbered one ("No. 5").

    A lower-case piece after a full stop that ends an ordinary word is a new sentence
    (lower-case posts and transcripts: "we stand with ukraine. more tanks now."); after a
    quote that the stop closes it is the rest of the quoting sentence, unless that sentence
    (whose first piece is ``opening``, ``previous`` if empty) is written all in lower case:
    then it opens a sentence of its own. A capital anywhere in it will do, so "von der Leyen
    said…", "eBay said…" and "@nato said…" keep their rest, and a wrapped line too.

    >>> _continues('Rutte said "We will defend every inch."', "at the summit."), _continues("ukraine.", "more tanks.")
    (True, False)
    >>> _continues('rutte says "we are united."', "nato is split.")
    False
    >>> _continues('von der Leyen said "We will."', "at the summit.")
    True
    >>> _continues("BAE Systems plc.", "builds jets."), _continues("we bought from bae plc.", "more jets now.")
    (True, False)
    >>> _continues("At 10 a.m.", "Allies met."), _continues("We met at 10 a.m.", "Allies then left.")
    (True, False)
    >>> _continues("Вы поддержите НАТО?", "— спросил журналист."), _continues("Нет!", "— Альянс расколот.")
    (True, False)
    """
    first = piece[0]
    if _DIALOGUE_ASIDE.match(piece) and _QUESTION_OR_EXCLAMATION_END.search(previous):
        return True  # "— Вы поддержите НАТО?" / "— спросил журналист."
    if first == "(" and _ET_AL_END.search(previous) and _BRACKETED_YEAR.match(piece):
        return True  # "Smith et al." / "(2020) found…"
    if first.isdigit():
        return (_NUMBERED_ABBREVIATION.search(previous) or _WEEKDAY_BEFORE_DATE.search(previous)
                or _GERMAN_NUMBERED_ABBREVIATION.search(previous)  # "am Mo." / "3.", "Dez." / "2024"
                or _LETTERS_ABBREVIATION.search(previous) or _LOWER_CASE_ABBREVIATION.search(previous)) is not None \
            or _opens_with_time_alone(previous, opening)  # "At 10 a.m." / "30 ministers met."
    if not first.islower():  # a new sentence, unless a weekday's date or a title's names go on
        return first.isupper() and ((_MONTH_START.match(piece) is not None  # "Fri. March 14"
                                     and _WEEKDAY_BEFORE_DATE.search(previous) is not None)
                                    or (_ROMAN_NUMBERED_ABBREVIATION.search(previous) is not None  # "Art. IV"
                                        and _ROMAN_NUMBER_START.match(piece) is not None)
                                    or _TITLE_OF_MANY.search(previous) is not None  # "MM. Dupont et Durand"
                                    or (_NAME_ABBREVIATION.search(previous) is not None  # "им. Ленина"
                                        and _SLAVIC_OPENER.match(piece) is None)
                                    or _german_date_or_ordinal(previous, piece)  # "Am 24. Februar"
                                    or (_MERIDIEM_END.search(previous) is not None  # "2:45 P.M. EST", "a.m. Tuesday"
                                        and (_TIME_ZONE.match(piece) or _DAY_OR_TIME_AFTER_MERIDIEM.match(piece))
                                        is not None)
                                    or _opens_with_time_alone(previous, opening))  # "At 10 a.m." / "Allies met."
    if _QUOTE_THEN_REST.search(previous):
        if not _STOP_THEN_QUOTE.search(previous):
            return True  # '"Are we ready?" she asked.'
        # 'He said "We are ready." at the summit.', not 'rutte says "we are united." nato is split.'
        return opening != opening.lower() or previous != previous.lower()

    if _COMPANY_FORM_END.search(previous) and any(part not in (part.lower(), part.upper())
                                                  for part in (previous, opening)):
        return True  # "BAE Systems plc." / "builds jets."
    if _PER_CENT_END.search(previous) or _NAME_ABBREVIATION.search(previous):
        # "We spend 2 per cent." / "of GDP on defence.", "ген." / "секретарь", as the quote's rest above
        return opening != opening.lower() or previous != previous.lower()
    last = _LAST_WORD.search(previous)
    if last is None:  # ends in "!", "?", a quote…: a sentence ended
        return False
    word = last.group(1).strip("([\"'“‘")
    # "p.m.", "U.S.", an initial, a short title-cased word ("Brig.", "Capt.") or one of those
    # that can end a sentence ("etc."): an abbreviation.
    return ("." in word or len(word) == 1 or (len(word) <= 4 and word[:1].isupper() and word[1:].islower())
            or word.lower() in _ENDING_ABBREVIATIONS or word in _LOWER_CASE_ENDING_ABBREVIATIONS
            or word in _CITATION_ABBREVIATIONS or _CITATION_PAIR_END.search(previous) is not None
            or _UNIT_AFTER_NUMBER.search(previous) is not None  # "10 min." / "later"
            or _TITLE_OF_MANY.search(previous) is not None  # "MM." / "les députés"
            or (_CITATION_FIRST_END.search(previous) is not None and piece.startswith("cit.")))

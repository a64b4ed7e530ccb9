"""Turning a statement into the features the model counts.

The analyzer lowercases, splits contractions so that negations survive ("don't" gives
"do" and "not"), stems with nltk's Snowball stemmer (which needs no downloaded data), and
emits unigrams and bigrams. No stop words are removed: "not", "alone", "together",
"never" and "against" carry stance.

The ``stem`` option picks the language: True is English, False no stemming (both with the
English negation words), and a Snowball language name (``"german"``) stems in that
language and marks its negation words (see :class:`Language`). The ``apostrophes`` option
(every model trained since format 6) reads a curly apostrophe (and a left quote or backtick
between letters) as the straight one and cuts Italian elisions off their word; models saved
before it read text as they always did. The ``links`` option (every model trained since
format 7) reads a web or e-mail address as no word and an @handle as one word; models saved
before it read "https://t.co/4b3e865" as "https", "t", "co", "4", "b", "3", "e", "865". The
``spelling`` option (every English model trained since format 8) reads an American spelling
as the British one before stemming ("defense" as "defence", see :mod:`stance.spelling`);
models saved before it read "defense" and "defence" as two words. The ``invisibles``
option (every model trained since format 10) drops the invisible format characters
(:data:`INVISIBLE_FORMAT`: a zero-width space, a word joiner, a byte-order mark, a zero-width
joiner or non-joiner, direction marks…) that pasted text holds inside a word; models saved
before it read "Ukr\\u200baine" as "ukr" and "aine". The ``cannot`` option (every model
trained since format 11) reads "cannot" as "can not", as "can't" always was, so that its
"not" opens a negation's scope; models saved before it read "cannot" as one word. The
``handles`` option (every model trained with ``links`` since format 12) reads a dotted handle
("@ukraine.bsky.social", "@nato.int", a Mastodon "@rutte@mastodon.social") as one word, the
handle with its dots; models saved before it read "@ukraine.bsky.social" as "ukraine", "bsky"
and "social", and a Mastodon handle as an e-mail address, no word. The ``marks`` option
(every model trained since format 13) reads a combining mark (a Hindi vowel sign or virama, a
decomposed accent NFKC has no letter for) as part of the word it follows, and drops the marks
that only annotate pronunciation (a stress mark on a Cyrillic letter, the Arabic harakat and
tatweel, :data:`ANNOTATION_MARKS`); models saved before it part a word at each mark
("Са\u0301нкції" was "са" and "нкції", "हिन्दी" was "ह", "न", "द"). The ``cjk`` option (every
model trained since format 14) reads a run of Chinese characters and Japanese kana, which are
written without spaces, as its overlapping pairs of characters (:func:`cjk_pieces`); models saved
before it read a whole clause as one word ("北约团结是我们安全的基础"). The ``lookalikes`` option
(every model trained since format 16) reads a look-alike of the apostrophe between two letters
(a prime, an acute accent…, :data:`_LOOKALIKES`) as the apostrophe, as OCR'd text writes it;
models saved before it read "isn′t" as "isn" and "t". The ``names`` option (every English model
trained since format 17) reads a name as the press writes it as the corpus does: its Latin
letters without their diacritics ("Suwalki" and "Suwałki" alike) and an older or another
transliteration as the corpus's ("Kiev" as "Kyiv", "Zelenskyy" as "Zelensky", see
:mod:`stance.name_spellings`); models saved before it read them as two words.

>>> analyze("We are not alone.")
['we', 'are', 'not', 'alon', 'we are', 'are not', 'not alon']
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from . import name_spellings as _name_spellings
from . import spelling as _spelling
from .exceptions import COMMAND_LINE, PYTHON, RAW_FOR_A_TERMINAL, Words, and_listed, quoted

if TYPE_CHECKING:
    import pandas as pd

# Contractions are expanded before tokenising so that the negation becomes its own token.
_CONTRACTIONS = (
    (re.compile(r"\bwon['’]t\b"), "will not"),
    (re.compile(r"\bcan['’]t\b"), "can not"),
    (re.compile(r"\bshan['’]t\b"), "shall not"),
    (re.compile(r"n['’]t\b"), " not"),
)
# Text each pattern needs to contain for it to match at all.
_CONTRACTION_LITERALS = (("won",), ("can",), ("shan",), ("n'", "n’"))


def _possessive_quantifiers_work() -> bool:
    r"""Whether this Python's ``re`` has possessive quantifiers (3.11 brought them) that match
    as the same pattern without them does. Early 3.11 releases (3.11.2, Debian 12's python3)
    let a possessive repeat of a group keep an iteration that failed half-way: "Article 5."
    gave the token "5." where every other Python gives "5", so that a model's scores differed
    (by up to 0.47 on a sample of 5,000 statements) and ``explain`` failed looking up a token
    the analyzer never made. Asked of the engine, not of a version number.

    >>> TOKEN_PATTERN.findall("Article 5. Full stop, Kyiv' s and 2,000. Then")  # on every Python
    ['Article', '5', 'Full', 'stop', 'Kyiv', 's', 'and', '2,000', 'Then']
    """
    if sys.version_info < (3, 11):
        return False
    # Only with text after it: on 3.11.2 "5." alone gave "5", and "5. 6" gave "5.".
    return (re.match(r"\d++(?:[.,]\d++)*+", "5. 6").group() == "5"
            and re.match(r"\w++(?:-++\w++)*+", "a- b").group() == "a")


# The patterns below use possessive quantifiers where they match as they should, and the same
# patterns without them elsewhere: the same matches either way.
POSSESSIVE = _possessive_quantifiers_work()
# A word is letters/digits with inner apostrophes; "3.5" and "2,000" stay one number token.
if POSSESSIVE:
    # The same matches with possessive quantifiers, found 30% faster: no part of a match can
    # give characters back to help a later part (each part starts with a character class
    # the part before cannot match), so backtracking never changes a match.
    TOKEN_PATTERN = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)*+|\d++(?:[.,]\d++)*+|%")
else:  # pragma: no cover
    TOKEN_PATTERN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|%")
# With ``links``, an @handle ("@SecGenNATO", "@user_8725") is one token, the handle without
# its "@" (:func:`word_of` drops it): its digits and underscores no longer part it into
# "user" and "8725", which every handle of a social-media sample shared, and the handles of
# letters alone ("secgennato") are the words they always were. Only after no letter, digit
# or "@": "me@home" is no handle. Its possessive goes as a word's does ("@nato's": "nato").
_HANDLE = r"(?<![\w@])@\w++(?:['’][^\W\d_]++)*+|" if POSSESSIVE else \
    r"(?<![\w@])@\w+(?:['’][^\W\d_]+)*|"  # pragma: no cover
LINKS_TOKEN_PATTERN = re.compile(_HANDLE + TOKEN_PATTERN.pattern)
# With ``handles`` too, a dotted handle is one token as well: Bluesky's "@ukraine.bsky.social",
# a custom-domain one ("@nato.int", "@example.com"), a Mastodon one ("@rutte@mastodon.social"),
# which were cut at their first dot ("ukraine" and "social", words of the model that a name
# then voted with) or, Mastodon's, blanked as an e-mail address. Its parts are letters,
# digits, underscores and inner hyphens, joined by dots (and Mastodon's one "@"); a last "."
# with no part after it ends the sentence, not the handle ("Thanks @nato.int."). A handle
# without a dot is what it was ("@nato-led" is still "nato", then "led"), and the dots stay in
# the word: "ukraine.bsky.social" is a name of its own, not the word "ukraine".
# HANDLE is that one definition of a handle, a possessive after it aside: the lines of a feed
# (:mod:`stance.lines`, :mod:`stance.posts`) take what it matches for a handle too, so that a
# line of "@rutte@mastodon.social" alone is a mention, as one of "@nato" is, not a statement.
_PART = r"\w++(?:-++\w++)*+" if POSSESSIVE else r"\w+(?:-+\w+)*"  # pragma: no cover
HANDLE = re.compile(rf"(?<![\w@])@\w++(?:(?:-++\w++)*+(?:@{_PART})?(?:\.{_PART})++)?+"
                    if POSSESSIVE else
                    rf"(?<![\w@])@\w+(?:(?:-+\w+)*(?:@{_PART})?(?:\.{_PART})+)?")  # pragma: no cover
_POSSESSIVE_AFTER = r"(?:['’][^\W\d_]++)*+" if POSSESSIVE else \
    r"(?:['’][^\W\d_]+)*"  # pragma: no cover
HANDLES_TOKEN_PATTERN = re.compile(HANDLE.pattern + _POSSESSIVE_AFTER + "|" + TOKEN_PATTERN.pattern)
# With ``marks``, a word is letters and the combining marks (Unicode categories Mn, Mc, Me)
# after them: [^\W\d_] counts no mark as a letter, so that a word was parted at each one that
# NFKC composes into no letter, Hindi's vowel signs and viramas ("हिन्दी" was "ह", "न", "द"), a
# stress mark ("Са\u0301нкції" was "са", "нкції"), the Arabic harakat ("نَحْنُ" was "ن", "ح", "ن").
# A mark after no letter (after a digit, or opening the text) is in no word, as before. The
# class is built from unicodedata (:func:`_marks_classes`), as [^\W\d_] follows the running
# Python's Unicode for letters; it takes 0.02 s, and is built when a pattern with marks is
# first asked for, not when stance is imported.
_ANNOTATION_RANGES = ((0x0640, 0x0640), (0x064B, 0x0652), (0x0670, 0x0670), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
# The marks that ``marks`` drops rather than keeps: they are optional and only annotate how a
# word is said, which readers and searches ignore, so that a text with them is the text
# without them ("Са\u0301нкції" is "санкції", "نَحْنُ" is "نحن", as a reader sees it). The
# acute and grave accents (U+0301, U+0300) on a Cyrillic letter (the stress marks of teaching
# texts and dictionaries; NFKC first composes the few that make a letter, "ѝ" of Bulgarian,
# which stays), and the Arabic harakat (fathatan to sukun, U+064B-U+0652), the superscript
# alef (U+0670) and the tatweel (U+0640, a stretching of the line, a letter to Python). And,
# wherever they are, the variation selectors (U+FE00-U+FE0F, U+E0100-U+E01EF), marks that only
# choose how the character before is drawn (an emoji's colour, a variant of a Chinese
# character): kept, "ukraine\ufe0f" would be another word than "ukraine", where before the
# option it was "ukraine". Every other mark stays in its word: Hindi's vowel signs and viramas
# are its letters, and dropping them would make different words one.
ANNOTATION_MARKS = "".join(chr(c) for first, last in _ANNOTATION_RANGES for c in range(first, last + 1)) + \
    "\u0300\u0301"
_ANNOTATION_MARKS = re.compile(r"(?<=[\u0400-\u052f])[\u0300\u0301]+"
                               r"|[\u0640\u064b-\u0652\u0670\ufe00-\ufe0f\U000e0100-\U000e01ef]+")
# Any of them: a search of one class, which re runs as a scan, where the pattern above, which
# opens with a lookbehind, is tried at every character (a third of the analyzer's time again on
# the corpus's texts that are not ASCII).
_ANY_ANNOTATION_MARK = re.compile(r"[\u0300\u0301\u0640\u064b-\u0652\u0670\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# The addresses that ``links`` reads as no word: what a web address looks like in a post
# ("https://t.co/4b3e865", "www.nato.int/cps/en"), a bare short link (a domain of a known
# top-level domain, then a path: "t.co/4b3e865", "bit.ly/3xYz", "pic.twitter.com/a1"; not
# "and/or", "2.5/10", "U.S./EU" or a bare "nato.int", whose words stay), and an e-mail
# address (a Mastodon handle, "@user@mastodon.social", too, where ``handles`` is off). A web address is its whole run of
# non-spaces from "http" (glued to a word too: "aggression:https://…") or from a "www." that
# opens a word ("Awww.so" is words). The lookbehinds start a match only at the start of a run, so a long run of
# letters is tried once, not once per letter.
_TOP_LEVEL_DOMAINS = (
    "com|org|net|int|gov|edu|mil|info|biz|news|online|io|co|ly|gl|gd|me|be|to|tv|fm|ai|app|"
    "eu|uk|de|fr|it|es|pt|nl|lu|at|ch|pl|cz|sk|hu|ro|bg|gr|si|hr|rs|ba|mk|al|ee|lv|lt|fi|se|no|dk|is|ie|"
    "ua|ru|by|md|ge|am|az|tr|us|ca|au|nz|jp|cn|in")
LINK = re.compile(
    r"https?://\S+|(?<![\w.])www\.\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w.@/-])(?:[a-z0-9][a-z0-9-]*\.)+(?:{_TOP_LEVEL_DOMAINS})/\S*", re.IGNORECASE)
# LINK as ``handles`` reads it: an e-mail address does not start right after an "@", where
# "rutte@mastodon.social" of "@rutte@mastodon.social" is a Mastodon handle's.
HANDLES_LINK = re.compile(LINK.pattern.replace(r"|(?<![\w.+-])[\w.+-]+@", r"|(?<![\w.+@-])[\w.+-]+@"),
                          re.IGNORECASE)
# The runs of non-spaces that may hold an address: no address spans a space, so LINK is tried
# on these runs alone rather than at every character of the statement ("and/or" and "24/7"
# are runs too, but short), and the lookbehinds see a run's start as they see a space.
_LINK_RUN = re.compile(r"(?<!\S)[^\s/@]*+[/@]\S*+" if POSSESSIVE else
                       r"(?<!\S)[^\s/@]*[/@]\S*")  # pragma: no cover
# The possessive endings a token loses ("ukraine's" is "ukraine"); no token has a newline,
# so ending with one of these is what the regex ``['’]s$`` matched.
_POSSESSIVES = ("'s", "’s")
# The apostrophes that ``apostrophes=True`` reads as the straight one: the typographic one
# (U+2019, which word processors put in "l’Ucraina") and the modifier letter (U+02BC), which
# the tokenizer took for a letter of the word. NFKC folds neither.
_CURLY_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
# The left single quote (U+2018) and the backtick, which Ukrainian writers type for the
# apostrophe too ("м‘ясо", "з`їв"): read as it only between two letters, where no quote stands.
_QUOTE_AS_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[‘`](?=[^\W\d_])")
# The look-alikes that ``lookalikes=True`` reads as the apostrophe between two letters, as OCR
# and scraped text give it ("isn′t", "isn´t"): the prime (U+2032), the acute accent (U+00B4),
# the reversed quote (U+201B), the reversed prime (U+2035) and the modifier letters prime,
# reversed comma and turned comma (U+02B9, U+02BD, U+02BB). Only between two letters, so that a
# prime after a number (5′ 10″, 45′) stays. Read before NFKC, which makes the acute accent a
# space and a combining accent.
_LOOKALIKES = "′´‛ʽ‵ʹʻ"
_LOOKALIKE_AS_APOSTROPHE = re.compile(f"(?<=[^\\W\\d_])[{_LOOKALIKES}](?=[^\\W\\d_])")
# The characters that ``cjk`` reads in pairs: the Han ideographs (Chinese, Japanese kanji; the
# unified ones and their extensions, the compatibility ones, the iteration and closing marks
# 々 〆 〻 and the ideographic numbers 〇 〡-〩 〸-〺), Hiragana and Katakana (with the
# prolonged sound mark ー, the iteration marks ゝ ゞ ヽ ヾ, the small kana of U+31F0-U+31FF and
# the kana of plane 1). Chinese and Japanese write no space between words, so that the
# tokenizer, whose words are runs of letters, read each clause as one word, which no other
# text repeats: a model trained on them learnt whole clauses. Not Hangul: Korean writes a
# space between its words, which are tokens as Latin ones are. A fixed list, of Unicode 15.1,
# as INVISIBLE_FORMAT's: a saved model reads the same characters under any Python. Only
# letters reach a token, so the ranges may hold a code point that is none (the astral ones are
# whole planes of ideographs).
_CJK_RANGES = ((0x3005, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B), (0x3041, 0x3096), (0x309D, 0x309F),
               (0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
               (0xF900, 0xFAFF), (0x1B000, 0x1B16F), (0x20000, 0x3FFFF))
_CJK_BMP = "".join(f"{chr(first)}-{chr(last)}" for first, last in _CJK_RANGES if last <= 0xFFFF)
_CJK_ASTRAL = "".join(f"{chr(first)}-{chr(last)}" for first, last in _CJK_RANGES if first > 0xFFFF)
# Two classes, as the marks' (see _marks_classes): one with characters beyond U+FFFF is a list
# of ranges re tries in turn, where one within it is a table.
_CJK_RUN = re.compile(f"(?:[{_CJK_BMP}]|[{_CJK_ASTRAL}])+")
_ANY_CJK_BMP, _ANY_CJK_ASTRAL = re.compile(f"[{_CJK_BMP}]").search, re.compile(f"[{_CJK_ASTRAL}]").search
# Letters or digits: a piece of a token beside a run that holds none (an apostrophe, a mark
# alone) is no word.
_WORD_CHARACTER = re.compile(r"[^\W_]")


def plain_str(text: str) -> str:
    """``text`` as the plain str it equals: a subclass of str (numpy's str_, a caller's own)
    is read by str's methods, not its overrides (a ``lower()`` that returned other text
    classified that text). ``str.__str__``, not ``str()``, which calls an overridden
    ``__str__``; a plain str is returned as it is, for nothing.

    >>> class Lowered(str):
    ...     def lower(self): return "hacked"
    >>> plain = plain_str(Lowered("NATO"))
    >>> type(plain).__name__, plain.lower()
    ('str', 'nato')
    """
    return text if type(text) is str else str.__str__(text)


def normalize(text: str, elisions: re.Pattern[str] | None = None, apostrophes: bool = False,
              links: bool = False, invisibles: bool = False, cannot: bool = False, handles: bool = False,
              marks: bool = False, lookalikes: bool = False, names: bool = False) -> str:
    """Fold the text to the form the tokenizer reads: NFKC, lowercase, soft hyphens dropped,
    with ``invisibles`` the other invisible format characters dropped too
    (:data:`INVISIBLE_FORMAT`), with ``links`` web and e-mail addresses blanked
    (:func:`blank_links`, which with ``handles`` leaves a Mastodon handle), with
    ``apostrophes`` curly apostrophes straight (and a left quote or backtick between two
    letters), contractions split, the language's ``elisions``
    (:attr:`Language.elisions`) cut off their word, and with ``cannot`` the word "cannot"
    written "can not" (:func:`split_cannot`), and with ``marks`` the marks that only annotate
    pronunciation dropped (:func:`drop_annotation_marks`), and with ``lookalikes`` a prime, an
    acute accent or another look-alike of the apostrophe between two letters read as it
    (:data:`_LOOKALIKES`), and with ``names`` each Latin letter without its diacritics, one
    character for one (:func:`stance.name_spellings.fold_letters`; after NFKC, which composes an
    accent typed apart from its letter).

    >>> normalize("NATO won’t wait")
    'nato will not wait'
    >>> normalize("NATO’s o’clock", apostrophes=True)
    "nato's o'clock"
    >>> normalize("‘М‘ясо’ з`їв", apostrophes=True)
    "‘м'ясо' з'їв"
    >>> normalize("See t.co/4b3e865 now", links=True)
    'see              now'
    >>> normalize("İSTANBUL deter\u00adrence")
    'istanbul deterrence'
    >>> normalize("Ukr\u200baine NA\u2060TO\ufeff", invisibles=True), normalize("Ukr\u200baine")
    ('ukraine nato', 'ukr\\u200baine')
    >>> normalize("L’OTAN n’est pas prête", language("french").elisions)
    'l’ otan n’ est pas prête'
    >>> normalize("We CANNOT wait", cannot=True), normalize("We cannot wait")
    ('we can not wait', 'we cannot wait')
    >>> normalize("Са\u0301нкції", marks=True)
    'санкції'
    >>> normalize("NATO isn′t 5′ tall", lookalikes=True), normalize("NATO isn´t")
    ('nato is not 5′ tall', 'nato isn \u0301t')
    >>> normalize("Suwałki, Rzeszo\u0301w, Київ", names=True)
    'suwalki, rzeszow, київ'
    """
    if type(text) is not str:  # read by str's methods, not a subclass's (see plain_str)
        text = str.__str__(text)
    if lookalikes and not text.isascii() and any(lookalike in text for lookalike in _LOOKALIKES):
        # NFC first, so that a letter and its decomposed accent are the letter before it (NFKC after is the same)
        text = _LOOKALIKE_AS_APOSTROPHE.sub("'", unicodedata.normalize("NFC", text))
    folded = unicodedata.normalize("NFKC", text).lower()
    if names and not folded.isascii():  # most statements: ASCII, no letter to fold
        folded = _name_spellings.fold_letters(folded)
    if "\u00ad" in folded:  # a soft hyphen (web pages, PDFs) is invisible and split its word
        folded = folded.replace("\u00ad", "")
    if invisibles and not folded.isascii():  # most statements: ASCII, no format character
        folded = drop_invisibles(folded)
    if marks and not folded.isascii():  # after NFKC, which composes the marks a letter has
        folded = drop_annotation_marks(folded)
    if "\u0307" in folded:
        # "İ".lower() is "i" plus a combining dot, at which the tokenizer splits a word
        # ("İstanbul" was "i", "stanbul"); Turkish İ is the i that "Istanbul" lowercases to.
        folded = folded.replace("i\u0307", "i")
    if links:
        folded = blank_links(folded, handles)
    if apostrophes:
        if "’" in folded or "ʼ" in folded:
            folded = folded.translate(_CURLY_APOSTROPHES)
        if "‘" in folded or "`" in folded:
            folded = _QUOTE_AS_APOSTROPHE.sub("'", folded)
    if "'" in folded or "’" in folded:
        for (pattern, replacement), literals in zip(_CONTRACTIONS, _CONTRACTION_LITERALS):
            if any(literal in folded for literal in literals):  # a cheap test before the regex
                folded = pattern.sub(replacement, folded)
        if elisions is not None:
            folded = elisions.sub(r"\g<0> ", folded)
    if cannot and "cannot" in folded:  # a cheap test before the tokens are read
        folded = split_cannot(folded, links, handles, marks)
    return folded


def split_cannot(folded: str, links: bool = False, handles: bool = False, marks: bool = False) -> str:
    """``folded`` (text as :func:`normalize` folds it) with each token "cannot" written "can
    not", as "can't" is, so that its "not" is a token of its own and opens a negation's
    scope. Only the whole token, as :func:`token_pattern` finds it (``links``, ``handles`` and
    ``marks`` as it takes them): not "cannoting", nor the handle "@cannot".

    >>> split_cannot("we cannot, cannoting, cannot's @cannot", links=True)
    "we can not, cannoting, cannot's @cannot"
    """
    return token_pattern(links, handles, marks).sub(_can_not, folded)


def _can_not(match: re.Match[str]) -> str:
    """A raw token as :func:`split_cannot` writes it: "can not" for "cannot", else itself."""
    return "can not" if match.group() == "cannot" else match.group()


# The format characters (Unicode category Cf) that ``invisibles`` drops: they show nothing,
# and inside a word the tokenizer parted it at them ("Ukr\u200baine", pasted from a web page
# that marks where a long word may break, was "ukr" and "aine"). The zero-width space, the
# zero-width non-joiner and joiner, the left-to-right and right-to-left marks (U+200B-U+200F),
# the bidirectional embeddings and overrides (U+202A-U+202E), the word joiner and the
# invisible mathematical operators (U+2060-U+2064), the bidirectional isolates and the
# deprecated format characters (U+2066-U+206F), the byte-order mark (U+FEFF, a zero-width
# no-break space inside a text), the Arabic letter mark, the Mongolian vowel separator, the
# interlinear annotation marks, the Egyptian hieroglyph, shorthand and musical format
# controls, and the tags (an emoji flag's). The soft hyphen (U+00AD) is dropped whatever the
# option. Not the format characters that show (the Arabic and Syriac number and year signs,
# :data:`_VISIBLE_FORMAT`). A fixed list, those of Unicode 15.1, not the category as the
# running Python knows it: a saved model reads the same characters under any Python. A
# joiner or non-joiner dropped inside a Persian word joins it ("می\u200cروم" is read as
# "میروم", as it is also typed), and a zero-width space an editor put between two words of a
# script written without spaces (Thai, Chinese) joins them.
_INVISIBLE_FORMAT_RANGES = ((0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
                            (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
                            (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
                            (0xE0020, 0xE007F))
INVISIBLE_FORMAT = "".join(chr(c) for first, last in _INVISIBLE_FORMAT_RANGES for c in range(first, last + 1))
# As ranges: a class of each character alone took 40 µs on a sentence with curly quotes, ranges 3.
_INVISIBLE_FORMAT = re.compile("[" + "".join(chr(first) if first == last else f"{chr(first)}-{chr(last)}"
                                             for first, last in _INVISIBLE_FORMAT_RANGES) + "]+")


def drop_invisibles(text: str) -> str:
    """``text`` without its invisible format characters (:data:`INVISIBLE_FORMAT`).

    >>> drop_invisibles("Ukr\u200baine\u200e, \u2066NATO\u2069")
    'Ukraine, NATO'
    >>> drop_invisibles("\u0645\u06cc\u200c\u0631\u0648\u0645") == "\u0645\u06cc\u0631\u0648\u0645"
    True
    """
    return _INVISIBLE_FORMAT.sub("", text)


def drop_annotation_marks(text: str) -> str:
    """``text`` (lowercased and composed, as :func:`normalize` folds it) without the marks that
    only annotate pronunciation (:data:`ANNOTATION_MARKS`): a stress mark on a Cyrillic letter,
    the Arabic harakat and tatweel, a variation selector. A Latin accent, Hindi's vowel signs
    and every other mark stay.

    >>> drop_annotation_marks("тре\u0301ба, pe\u0301") == "треба, pe\u0301"
    True
    >>> drop_annotation_marks("نَحْنُ نـدعم") == "نحن ندعم"
    True
    >>> drop_annotation_marks("ukraine\ufe0f 🇺🇦\ufe0f")
    'ukraine 🇺🇦'
    """
    return _ANNOTATION_MARKS.sub("", text) if _ANY_ANNOTATION_MARK.search(text) else text


def blank_links(text: str, handles: bool = False) -> str:
    """``text`` with each web or e-mail address (:data:`LINK`) replaced by as many spaces, so
    that what is left stays where it was written; with ``handles`` a Mastodon handle
    ("@rutte@mastodon.social") is no e-mail address (:data:`HANDLES_LINK`).

    >>> blank_links("Read bit.ly/3xYz or mail me@nato.int: https://t.co/x1")
    'Read            or mail               :                  '
    >>> blank_links("@rutte@nato.int"), blank_links("@rutte@nato.int", handles=True)
    ('@              ', '@rutte@nato.int')
    """
    if "/" not in text and "@" not in text and "www." not in text:  # most statements: no address
        return text
    link = HANDLES_LINK if handles else LINK
    return _LINK_RUN.sub(lambda run: link.sub(_spaces, run.group()), text) if "www." not in text else \
        link.sub(_spaces, text)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def folded_with_origins(text: str, apostrophes: bool = False, invisibles: bool = False, marks: bool = False,
                        lookalikes: bool = False, names: bool = False) -> tuple[str, list[int]]:
    """``text`` folded as :func:`normalize` folds it (contractions and elisions aside), a
    character and the combining marks after it at a time, with the index in ``text`` that
    each folded character came from: where in the text a token was written. A letter and
    its decomposed accent (NFD, as macOS and PDFs give text) fold together, to the one
    letter NFKC composes, which comes from the letter. A character dropped (a soft hyphen;
    with ``invisibles`` a zero-width space…; with ``marks`` a stress mark, a haraka) folds to
    nothing, so that the word around it spans it. Where folding a piece alone differs from
    folding the text, the tokens found differ, which the caller checks.

    >>> folded_with_origins("ﬁne İ", apostrophes=True)
    ('fine i', [0, 0, 1, 2, 3, 4])
    >>> folded_with_origins("E\u0301te")
    ('éte', [0, 2, 3])
    >>> folded_with_origins("Ky\u200biv", invisibles=True)
    ('kyiv', [0, 1, 3, 4])
    >>> folded_with_origins("Е\u0301", marks=True)
    ('е', [0])
    >>> folded_with_origins("isn´t", lookalikes=True)
    ("isn't", [0, 1, 2, 3, 4])
    >>> folded_with_origins("Ło\u0301dz", names=True)
    ('lodz', [0, 1, 3, 4])
    """
    if type(text) is not str:  # read by str's methods, not a subclass's (see plain_str)
        text = str.__str__(text)
    if text.isascii() and not (apostrophes and "`" in text):
        # Each ASCII character folds to itself lowercased, alone (no mark, soft hyphen or
        # invisible to drop, none composes with the next): a long chunk ("NATO-" * 200_000)
        # took explain 3 s a character at a time. A backtick may become an apostrophe.
        return text.lower(), list(range(len(text)))
    folded: list[str] = []
    origins: list[int] = []
    last = ""  # the last character folded so far
    index, length = 0, len(text)
    while index < length:
        end = index + 1
        while end < length and is_combining_mark(text[end]):
            end += 1
        if lookalikes and _LOOKALIKE_AS_APOSTROPHE.match(f"{last or ' '}{text[index]}{text[end:end + 1]}", 1):
            piece = "'"  # as normalize reads it, before NFKC: between two letters, the one before as folded
        else:
            piece = unicodedata.normalize("NFKC", text[index:end]).lower()
        if names and not piece.isascii():  # one character for one, as normalize folds it
            piece = _name_spellings.fold_letters(piece)
        if "\u00ad" in piece or "\u0307" in piece:
            piece = piece.replace("\u00ad", "").replace("i\u0307", "i")
        if invisibles and not piece.isascii():
            piece = drop_invisibles(piece)
        if marks and not piece.isascii():
            piece = drop_annotation_marks(piece)
        if apostrophes:
            piece = piece.translate(_CURLY_APOSTROPHES)
            # Between two letters as normalize sees them: the one before as folded ("é" of NFD).
            if piece in ("‘", "`") and _QUOTE_AS_APOSTROPHE.match(f"{last or ' '}{piece}{text[end:end + 1]}", 1):
                piece = "'"
        folded.append(piece)
        origins.extend([index] * len(piece))
        last = piece[-1:] or last
        index = end
    return "".join(folded), origins


def is_combining_mark(char: str) -> bool:
    """Whether ``char`` is a combining mark (Unicode categories Mn, Mc, Me): a decomposed
    accent, a vowel sign, a virama, a haraka, which belongs to the letter before it.

    >>> is_combining_mark("\u0301"), is_combining_mark("\u093e"), is_combining_mark("e")
    (True, True, False)
    """
    return unicodedata.category(char)[0] == "M"


# Marks that show nothing (zero-width spaces and joiners, a word joiner, a byte-order mark),
# which str.strip() keeps: pasted web text and files saved with a mark carry them.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# Whitespace (none lies above U+3000) and the invisible marks: a text of nothing else is blank
# (and the document splitter strips them from a line's ends).
BLANK = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + INVISIBLE
# Format characters that show something: the Arabic and Syriac number and year signs that
# stand before digits (Unicode's Prepended_Concatenation_Mark).
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
                            "\U000110bd\U000110cd")
# Marks that show nothing beyond controls and format characters (Unicode's default ignorable
# code points of other categories): the combining grapheme joiner, Hangul fillers, Khmer's
# inherent vowels, Mongolian and other variation selectors (an emoji's U+FE0F).
_IGNORABLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
                       + "".join(map(chr, range(0xFE00, 0xFE10)))
                       + "".join(map(chr, range(0xE0100, 0xE01F0))))


def shows_nothing(char: str) -> bool:
    """Whether ``char`` is whitespace or a mark that shows nothing: a control (NUL, DEL, C1), a
    format character (a soft hyphen, a direction mark, a tag) or another default ignorable.

    >>> shows_nothing("\ufe0f"), shows_nothing("\u00a0"), shows_nothing("\u0600"), shows_nothing("a")
    (True, True, False, False)
    """
    if char.isspace() or char in _IGNORABLE:
        return True
    return unicodedata.category(char) in ("Cc", "Cf") and char not in _VISIBLE_FORMAT


# Bidirectional embeddings, overrides and isolates: in a name they reorder what a terminal or
# an editor shows after them. Other format characters (a zero-width non-joiner, which Persian
# words hold) show as the name is meant.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def control_character(name: str) -> str | None:
    r"""The first character of ``name`` that a terminal acts on rather than shows, or None:
    a control character (Unicode category Cc: an escape, a bell, a tab, a line break) or a
    bidirectional override. Label names and stance values may hold none.

    >>> control_character("\x1b[31mgas"), control_character("gas\u202e"), control_character("gaz naturel")
    ('\x1b', '\u202e', None)
    """
    if name.isprintable():  # no control (Cc) nor format (Cf, the bidirectional controls') character: at C speed
        return None
    return next((char for char in name if unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS), None)


# What no name or table cell may bring to a terminal raw: the control characters (Cc), which a
# terminal acts on or str.splitlines() ends a line at, the line and paragraph separators, at
# which it ends a line too, and the bidirectional controls (see control_character).
# The characters a terminal acts on or splitlines() ends a line at (controls, C1, the line and
# paragraph separators) and the bidirectional controls, as a regular expression's class body:
# every escaping of names and texts the command line prints reads this one set. The controls
# are Unicode's Bidi_Control set: the embeddings, overrides and isolates control_character
# refuses in a name, and the marks (U+061C, U+200E, U+200F), which a name may hold but which
# reorder the neutral characters printed beside them.
# (Defined in .exceptions, whose suggested commands quote by it too, and which this module imports.)
_RAW_FOR_A_TERMINAL = re.compile(f"[{RAW_FOR_A_TERMINAL}]")


def shown(name: str) -> str:
    r"""A name (a label, a stance value, what a model's metadata.json records) as a terminal
    should get it: as it is, or as Python writes it when it holds a control character, a
    bidirectional control or a line separator. Training refuses the first two in a label, but
    whoever publishes a model writes its metadata.json: an escape in a shared model's label
    set the terminal's title as it was printed, and "wind\u2028power" printed raw was two lines.

    >>> print(shown("gas"), shown("a\tb"), shown("\x1b]0;X\x07c"), shown("wind\u2028power"))
    gas 'a\tb' '\x1b]0;X\x07c' 'wind\u2028power'
    """
    return repr(name) if _RAW_FOR_A_TERMINAL.search(name) else name


def escaped_in_place(text: str) -> str:
    r"""``text`` with each character :func:`shown` would quote it for written as Python writes
    it, where it stands: in a table's cell, which its column bounds, as pandas writes a "\n".

    >>> print(escaped_in_place("label: gas\x1b[7m"), escaped_in_place("two\u2028Line"), escaped_in_place("a\\b"))
    label: gas\x1b[7m two\u2028Line a\b
    """
    return _RAW_FOR_A_TERMINAL.sub(lambda found: repr(found.group())[1:-1], text)


# A lone surrogate (U+D800 to U+DFFF): half of an emoji whose other half a cut or a broken
# export lost ("\ud83c"), or an escape JSON decodes as one. UTF-8 cannot encode it, so a view
# that held it raw could be neither shown in a notebook nor saved.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogates_escaped(text: str) -> str:
    r"""``text`` with each lone surrogate written as Python escapes it, ``\ud83c``, as the
    command line writes one (its output's "backslashreplace"): seen, and encodable as UTF-8.

    >>> print(surrogates_escaped("NATO \ud83c stands 🇺🇦"))
    NATO \ud83c stands 🇺🇦
    """
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


# The characters no HTML view may hold raw: those none may bring to a terminal (the plain text's
# rule, escaped_in_place) but for the tab, the line feed and a carriage return (an old Mac
# file's line end, which HTML reads as a line feed). The form feed is escaped: CSS draws it as a
# visible glyph. A NUL is an HTML parse error; an escape (\x1b) or a separator reached the
# notebook unseen, and a bidirectional control (an override, U+202E) reversed the rest of its
# line there, where the command line writes each escaped.
_RAW_FOR_HTML = re.compile(f"(?![\t\n\r])[{RAW_FOR_A_TERMINAL}]")


def html_shown(page: str) -> str:
    r"""An HTML view's ``page`` made safe to show and save, the last step of every ``_repr_html_``:
    a lone surrogate (:func:`surrogates_escaped`) and each control character, line separator or
    bidirectional control in it written as Python writes it, as the command line shows one in
    a table (``\x1b``, ``\x00``, ``\u2028``, ``\u202e``), seen where it stands. Markup holds none
    of them, so the whole page is escaped at once; tabs, line feeds and carriage returns stay.

    >>> html_shown("<q>NATO\u2028unity\x1b[31m red\x00 \ud83c</q>\n<p>a\r\nb\tc\rd\fe</p>")
    '<q>NATO\\u2028unity\\x1b[31m red\\x00 \\ud83c</q>\n<p>a\r\nb\tc\rd\\x0ce</p>'
    >>> html_shown("<q>\u202eNATO\u202c \u2066unity\u2069\u200f</q>")
    '<q>\\u202eNATO\\u202c \\u2066unity\\u2069\\u200f</q>'
    """
    return _RAW_FOR_HTML.sub(lambda found: repr(found.group())[1:-1], surrogates_escaped(page))


def holds_lone_surrogate(values: Iterable[Any]) -> bool:
    r"""Whether any text of ``values`` holds a lone surrogate, which an Arrow string array
    (pandas 3's default for text) refuses: an index or column of names holding one is built
    of Python strings (object) instead, so that the names are kept as given.

    >>> holds_lone_surrogate(["Smith", "M\udce9nard", None]), holds_lone_surrogate(["Smith", 3])
    (True, False)
    """
    return any(isinstance(value, str) and _LONE_SURROGATE.search(value) for value in values)


def names_index(values: Iterable[Any], name: Any = None) -> pd.Index:
    r"""``values`` as an index named ``name``, of Python strings (object) when one holds a lone
    surrogate (:func:`holds_lone_surrogate`), else as pandas makes it: pandas 3 would make
    such names an Arrow string array, which refuses the surrogate.

    >>> names_index(["sp\udce9ech.txt", "plain.txt"]).dtype
    dtype('O')
    """
    values = list(values)
    pd = forksafe.imported("pandas")
    return pd.Index(values, dtype=object if holds_lone_surrogate(values) else None, name=name, tupleize_cols=False)


def index_as_columns(frame: pd.DataFrame) -> pd.DataFrame:
    r"""``frame.reset_index()``, but a level holding a lone surrogate (a document named by a
    file name not in UTF-8, "sp\udce9ech.txt") is a column of Python strings (object): pandas 3
    made it an Arrow string column, which refused the name with pyarrow's UnicodeEncodeError.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"n": [1, 2]}, index=pd.Index(["a\udce9", "b"], dtype=object, name="document"))
    >>> index_as_columns(frame)["document"].tolist()
    ['a\udce9', 'b']
    """
    levels = [frame.index.get_level_values(position) for position in range(frame.index.nlevels)]
    if not any(holds_lone_surrogate(level) for level in levels):
        return frame.reset_index()
    # pandas' own names for the levels ("index", "level_0"…), and its refusal of one named as a
    # column, from the frame of no rows: no name there to refuse.
    names = frame.iloc[:0].reset_index().columns[:len(levels)]
    result = frame.reset_index(drop=True)
    for position, (name, level) in enumerate(zip(names, levels)):
        # An object level otherwise as reset_index infers it (a numpy array of str: pandas' str).
        result.insert(position, name, names_index(level) if level.dtype == object else level)
    return result


def is_blank(text: str) -> bool:
    r"""Whether ``text`` shows nothing: empty, whitespace, or marks that show nothing (a
    zero-width space, a byte-order mark, a soft hyphen, NUL and other control characters,
    direction marks and other format characters, variation selectors), which classify
    answers as empty text.

    >>> is_blank(" \u200b\n"), is_blank("\u00a0"), is_blank("\u00ad\x00"), is_blank("NATO\u200b")
    (True, True, True, False)
    """
    if type(text) is not str:  # read by str's methods, not a subclass's (see plain_str)
        text = str.__str__(text)
    rest = text.strip(BLANK)
    if not rest:
        return True
    if rest[0].isalnum() and rest[0] not in _IGNORABLE:  # most text: a word first (a quarter of the time otherwise)
        return False
    return all(map(shows_nothing, rest))  # stops at the first character that shows


def tokenize(text: str, elisions: re.Pattern[str] | None = None, apostrophes: bool = False,
             links: bool = False, invisibles: bool = False, cannot: bool = False,
             handles: bool = False, marks: bool = False, cjk: bool = False, lookalikes: bool = False,
             names: bool = False) -> list[str]:
    """Split a statement into lowercase word tokens, keeping every function word
    (``elisions``, ``apostrophes``, ``links``, ``invisibles``, ``cannot``, ``handles`` and
    ``marks`` as :func:`normalize` takes them; with ``links`` an @handle is one token, without
    its "@", and with ``handles`` too a dotted one; with ``marks`` a combining mark is part of
    the word it follows; with ``cjk`` a run of Chinese characters or Japanese kana is its pairs
    of characters, :func:`split_cjk`; ``lookalikes`` and ``names`` as :func:`normalize` takes them).

    >>> tokenize("Ukraine's security is our security; 2% isn't enough!")
    ['ukraine', 'security', 'is', 'our', 'security', '2', '%', 'is', 'not', 'enough']
    >>> tokenize("qu’aujourd’hui l’OTAN", language("french").elisions)
    ['qu', 'aujourd’hui', 'l', 'otan']
    >>> tokenize("RT @User_8725: NATO's https://t.co/4b3e865", links=True)
    ['rt', 'user_8725', 'nato']
    >>> tokenize("Ukr\u200baine"), tokenize("Ukr\u200baine", invisibles=True)
    (['ukr', 'aine'], ['ukraine'])
    >>> tokenize("Cannot wait"), tokenize("Cannot wait", cannot=True)
    (['cannot', 'wait'], ['can', 'not', 'wait'])
    >>> tokenize("Thanks @NATO.int.", links=True), tokenize("Thanks @NATO.int.", links=True, handles=True)
    (['thanks', 'nato', 'int'], ['thanks', 'nato.int'])
    >>> tokenize("हिन्दी"), tokenize("हिन्दी", marks=True)
    (['ह', 'न', 'द'], ['हिन्दी'])
    >>> tokenize("支持北约。"), tokenize("支持北约。", cjk=True)
    (['支持北约'], ['支持', '持北', '北约'])
    >>> tokenize("NATO isn′t united"), tokenize("NATO isn′t united", lookalikes=True)
    (['nato', 'isn', 't', 'united'], ['nato', 'is', 'not', 'united'])
    >>> tokenize("Suwałki"), tokenize("Suwałki", names=True)
    (['suwałki'], ['suwalki'])
    """
    folded = normalize(text, elisions, apostrophes, links, invisibles, cannot, handles, marks, lookalikes, names)
    # isascii first: a call less for most statements, which hold no mark.
    tokens = token_pattern(links, handles, marks and not folded.isascii() and has_marks(folded)).findall(folded)
    if cjk and has_cjk(folded):
        tokens = split_cjk(tokens)
    if links and "@" in folded:
        tokens = list(map(word_of, tokens))
    elif "'" in folded or "’" in folded:  # only then can a token end in a possessive
        # endswith, not a regex per token: 2 µs less of the ~15 µs that tokenising such a statement takes.
        tokens = [token[:-2] if token.endswith(_POSSESSIVES) else token for token in tokens]
    return tokens


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a character that ``cjk`` reads in pairs (a Chinese character,
    Japanese kana): only then does :func:`split_cjk` change its tokens, so that the tokenizer
    calls it for no other text (an English statement is ASCII).

    >>> has_cjk("NATO’s"), has_cjk("北约"), has_cjk("カナダ"), has_cjk("나토"), has_cjk("\U00020000")
    (False, True, True, False, True)
    """
    if text.isascii():
        return False
    return _ANY_CJK_BMP(text) is not None or (max(text) > "\uffff" and _ANY_CJK_ASTRAL(text) is not None)


def count_words(text: str) -> int:
    """How many words ``text`` holds, as a reader counts them: its pieces between spaces that
    hold a letter or a digit (marks alone, "!!" or "—", and characters that show nothing are no
    word, in any script), a run of Chinese characters or Japanese kana (:data:`_CJK_RANGES`),
    which no space parts, counted as words of two characters (their words are mostly one to
    three), so that a sentence of Chinese is as many words as its English translation roughly,
    not one or two. What tells a column of sentences from one of ids or names (see
    :func:`stance.columns.sentence_column`).

    >>> count_words("We stand together as one."), count_words("北约团结是我们安全的基础。"), count_words("北约")
    (5, 6, 1)
    >>> count_words("NATOの結束こそが 我が国の安全の土台です。")
    10
    >>> count_words("NATO !!"), count_words("北约 !!"), count_words("NATO — 2%"), count_words("\\x00")
    (1, 1, 2, 0)
    """
    if not isinstance(text, str):
        from .exceptions import InvalidTypeError, type_name

        raise InvalidTypeError(f"count_words: text must be a str, got {type_name(text)}")
    if not has_cjk(text):
        # a piece of marks alone was a word here but none beside Chinese ("NATO !!" 2, "北约 !!" 1)
        return sum(1 for piece in text.split() if _WORD_CHARACTER.search(piece))
    words = 0
    for chunk in text.split():
        runs = _CJK_RUN.findall(chunk)
        words += sum((len(run) + 1) // 2 for run in runs)
        # The rest of the piece is a word when it holds one between the runs ("NATO" of "NATOの").
        words += sum(1 for rest in _CJK_RUN.split(chunk) if _WORD_CHARACTER.search(rest))
    return words


def split_cjk(tokens: list[str]) -> list[str]:
    """``tokens`` (raw, as :func:`token_pattern` finds them) with each run of Chinese characters
    and Japanese kana (:data:`_CJK_RANGES`) in a token read as its overlapping pairs of
    characters, a run of one character as itself: the words of a script written without spaces
    are not known without a dictionary, and the pairs, which the standard CJK analyzers of
    search engines index (Lucene's CJKAnalyzer), hold most of its words of two characters and
    overlap the longer ones. The rest of such a token stays a word ("nato" of "nato的未来"); a
    handle ("@北约") stays whole, a name. See :func:`cjk_pieces`.

    >>> split_cjk(["我们坚定支持北约", "nato的未来", "年", "@北约", "nato"])
    ['我们', '们坚', '坚定', '定支', '支持', '持北', '北约', 'nato', '的未', '未来', '年', '@北约', 'nato']
    """
    split: list[str] = []
    for token in tokens:
        if token.startswith("@") or not has_cjk(token):
            split.append(token)
        else:
            split.extend(piece for piece, _, _ in cjk_pieces(token))
    return split


def cjk_pieces(token: str) -> list[tuple[str, int, int]]:
    """The words :func:`split_cjk` reads a raw ``token`` as, each with its span in the token:
    each run of Chinese characters and kana as its pairs of characters (one character alone
    as itself), and each piece between the runs as a word without the apostrophes at its ends,
    a possessive ending after a run ("北约's") and a piece of no letter or digit (a combining
    mark after a Chinese character) dropped.

    >>> cjk_pieces("nato的未来")
    [('nato', 0, 4), ('的未', 4, 6), ('未来', 5, 7)]
    >>> cjk_pieces("北约's"), cjk_pieces("北")
    ([('北约', 0, 2)], [('北', 0, 1)])
    """
    pieces: list[tuple[str, int, int]] = []
    at = 0
    for run in _CJK_RUN.finditer(token):
        _add_between(pieces, token, at, run.start(), after_run=at > 0)
        start, end = run.span()
        pieces.extend((token[i:i + 2], i, i + 2) for i in range(start, end - 1)) if end - start > 1 else \
            pieces.append((run.group(), start, end))
        at = end
    _add_between(pieces, token, at, len(token), after_run=at > 0)
    return pieces


def _add_between(pieces: list[tuple[str, int, int]], token: str, start: int, end: int, after_run: bool) -> None:
    """Add the piece ``token[start:end]`` between two runs of Chinese characters (or a run and
    the token's end) to ``pieces`` as :func:`cjk_pieces` reads it."""
    piece = token[start:end]
    if not piece or (after_run and piece in _POSSESSIVES) or not _WORD_CHARACTER.search(piece):
        return
    stripped = piece.lstrip("'’")
    start += len(piece) - len(stripped)
    piece = stripped.rstrip("'’")
    pieces.append((piece, start, start + len(piece)))


def token_pattern(links: bool = False, handles: bool = False, marks: bool = False) -> re.Pattern[str]:
    """The pattern of the raw tokens in normalised text: with ``links``, an @handle is one
    (:data:`LINKS_TOKEN_PATTERN`), which :func:`word_of` reads as the handle, and with
    ``handles`` too a dotted handle (:data:`HANDLES_TOKEN_PATTERN`); with ``marks``, the same
    with a combining mark part of the word it follows (:func:`with_marks`)."""
    pattern = (HANDLES_TOKEN_PATTERN if handles else LINKS_TOKEN_PATTERN) if links else TOKEN_PATTERN
    return with_marks(pattern) if marks else pattern


@cache
def with_marks(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (a token pattern) with the combining marks (:func:`_marks_class`) after a
    letter part of its word: each run of letters may go on in marks and letters, and a
    handle's word characters (``\\w``) take marks too.

    >>> with_marks(TOKEN_PATTERN).findall("हिन्दी 2\u0301 e\u0301te")
    ['हिन्दी', '2', 'e\u0301te']
    """
    bmp, astral = _marks_classes()
    mark = f"(?:[{bmp}]|[{astral}])"
    letters = r"[^\W\d_]++" if POSSESSIVE else r"[^\W\d_]+"
    word = (rf"[^\W\d_]++(?:{mark}++[^\W\d_]*+)*+" if POSSESSIVE else
            rf"[^\W\d_]+(?:{mark}+[^\W\d_]*)*")  # pragma: no cover
    # A handle's "\w" alone and in a class ("[\w@]", a lookbehind's), never "\W"; handles
    # are few, so one class of both halves there.
    text = pattern.pattern.replace(letters, word).replace("[\\w", "[\\w" + bmp + astral)
    text = re.sub(r"(?<!\[)\\w(?=[+*])", lambda _: rf"[\w{bmp}{astral}]", text)
    return re.compile(text, pattern.flags)


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a combining mark: only then does :func:`with_marks`'s pattern
    find other tokens than the pattern it comes from, which reads text twice as fast, so the
    tokenizer takes it for every other text (an English statement is ASCII, or holds a curly
    quote but no mark).

    >>> has_marks("Ukraine’s"), has_marks("हिन्दी"), has_marks("\U0001d165")
    (False, True, True)
    """
    if text.isascii():
        return False
    bmp, astral = _mark_searches()
    return bmp(text) is not None or (max(text) > "\uffff" and astral(text) is not None)


@cache
def _mark_searches() -> tuple[Callable[[str], re.Match[str] | None], Callable[[str], re.Match[str] | None]]:
    """The searches for a combining mark of the Basic Multilingual Plane and for one beyond it."""
    bmp, astral = _marks_classes()
    return re.compile(f"[{bmp}]").search, re.compile(f"[{astral}]").search


@cache
def _marks_classes() -> tuple[str, str]:
    """The combining marks (Unicode categories Mn, Mc, Me, as this Python's unicodedata knows
    them) as the ranges of two character classes, those of the Basic Multilingual Plane and
    those beyond it, built once (0.02 s) when a pattern asks for them. Two: a class of the
    first alone is a table that re looks a character up in, where one with characters beyond
    U+FFFF is a list of ranges it tries in turn, 60 times slower.

    >>> bmp, astral = _marks_classes()
    >>> re.fullmatch(f"[{bmp}]", "\u0301") is not None, re.fullmatch(f"[{astral}]", "\U0001d165") is not None
    (True, True)
    """
    ranges: list[list[int]] = []
    # Marks are in the first two planes and among plane 14's variation selectors; the planes
    # between hold ideographs or nothing, and reading them took five sixths of the time (at
    # the bundled model's load, which builds the classes).
    for code in itertools.chain(range(0x20000), range(0xE0000, 0xE1000)):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])

    def joined(part: list[list[int]]) -> str:
        return "".join(re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
                       for first, last in part)

    # No range of marks spans U+FFFF to U+10000 (U+FE20-U+FE2F ends the plane's, U+101FD opens the next).
    return joined([r for r in ranges if r[1] <= 0xFFFF]), joined([r for r in ranges if r[0] > 0xFFFF])


def word_of(raw: str) -> str:
    """The word a raw token (as :func:`token_pattern` finds it) stands for: without a final
    possessive ending, and a handle without its "@".

    >>> word_of("@secgennato's"), word_of("@user_8725"), word_of("ukraine’s"), word_of("@nato.int")
    ('secgennato', 'user_8725', 'ukraine', 'nato.int')
    """
    return strip_possessive(raw[1:] if raw.startswith("@") else raw)


def strip_possessive(token: str) -> str:
    """Drop a final possessive ending, as :func:`tokenize` does to every token.

    >>> strip_possessive("ukraine’s")
    'ukraine'
    """
    return token[:-2] if token.endswith(_POSSESSIVES) else token


# Stems remembered per language, at most: the words asked for since the cache last turned,
# up to half of it, and those of the turn before (see CachedStemmer). Unbounded, the cache
# grew by about 160 bytes per distinct token for the life of the process (a service's stream
# of ever-new numbers, names and handles); kept to the first words it met, every word a
# process met after them was stemmed again in every statement for good.
STEM_CACHE_LIMIT = 500_000
# Longer tokens are stemmed but never remembered, here or in a model's raw-token cache: the
# limits count tokens, not their length, and a stream of distinct long ones (base64 blobs,
# words run together by a bad text extraction) kept each for good, a 100 KB token costing
# 100 KB. No word of a vocabulary comes near it, and such tokens seldom come back.
LONGEST_REMEMBERED_TOKEN = 64


class CachedStemmer:
    """Snowball stemming behind a dictionary cache (stemming is the analyzer's hot spot),
    which remembers up to :data:`STEM_CACHE_LIMIT` tokens of at most
    :data:`LONGEST_REMEMBERED_TOKEN` characters: the tokens asked for lately.

    The cache is two generations of half the limit each: a token is remembered in the
    current one, or moved there from the one before; when the current one is full it becomes
    the one before, and the tokens not asked for since are forgotten. So a word in use stays
    remembered however many others pass, where a cache of the first tokens met, full after a
    while of a service's ever-new names and numbers, stemmed every later word again in every
    statement (classify 2.5 times, classify_many 6 times as slow for good).

    >>> CachedStemmer()("deterrence")
    'deterr'
    >>> CachedStemmer("german")("Verhandlungen".lower())
    'verhandl'
    """

    def __init__(self, language: str = "english") -> None:
        self._stem = forksafe.imported("._nltk").load("nltk.stem.snowball").SnowballStemmer(language).stem
        self._cache: dict[str, str] = {}  # the tokens asked for since the last turn
        self._earlier: dict[str, str] = {}  # those of the turn before
        self._lock = forksafe.Lock()

    def __call__(self, token: str) -> str:
        stem = self._cache.get(token)
        if stem is None:
            stem = self._earlier.get(token)
            met_before = stem is not None
            if not met_before:
                stem = self._stem(token)
            with self._lock:
                self._remember(token, stem, met_before)
        return stem

    def many(self, tokens: list[str]) -> list[str]:
        """Stem a list of tokens, computing each distinct token once."""
        cache = self._cache  # a generation is only ever added to, so this one stays whole
        try:  # the usual case, every token seen before: one lookup per token, in C
            return list(map(cache.__getitem__, tokens))
        except KeyError:
            pass
        earlier, new, met_before = self._earlier, {}, set()
        for token in dict.fromkeys(tokens):
            if token not in cache:
                stem = earlier.get(token)
                if stem is None:
                    new[token] = self._stem(token)
                else:
                    new[token] = stem
                    met_before.add(token)
        with self._lock:
            for token, stem in new.items():
                self._remember(token, stem, token in met_before)
        return [new[token] if token in new else cache[token] for token in tokens]

    def _remember(self, token: str, stem: str, met_before: bool = False) -> None:
        """Put ``token`` in the current generation, turning it first if full (under the lock).

        A token ``met_before`` (found in the generation before) is moved up only while the
        current one has room: moved up into a full one, it turned the generations, and the
        tokens of the one before not yet asked for again were forgotten, so a second pass over
        250,000 to 500,000 distinct words stemmed most of them again, and every pass after
        it. Only a token met for the first time turns them."""
        half = STEM_CACHE_LIMIT // 2
        if not half or len(token) > LONGEST_REMEMBERED_TOKEN:
            return
        if len(self._cache) >= half:
            if met_before:
                return
            self._earlier, self._cache = self._cache, {}
        self._cache[token] = stem


_shared_stemmers: dict[str, CachedStemmer] = {}


def shared_stemmer(language: str = "english") -> CachedStemmer:
    """The process-wide stemmer of ``language``, so that every model shares one warm cache."""
    stemmer = _shared_stemmers.get(language)
    if stemmer is None:
        stemmer = _shared_stemmers.setdefault(language, CachedStemmer(language))
    return stemmer


def stem_languages() -> tuple[str, ...]:
    """The languages ``stem`` may name: those of the installed nltk's Snowball stemmer.

    >>> "german" in stem_languages()
    True
    """
    return tuple(forksafe.imported("._nltk").load("nltk.stem.snowball").SnowballStemmer.languages)


def check_stem(stem: object, command_line: bool = False) -> str | None:
    """Why ``stem`` is no valid value of the option (None: it is valid), in Python's words or,
    with ``command_line``, in those a user of ``--option stem=…`` types (--option stem, true, false).

    >>> check_stem("klingon").split(";")[0]
    "stem must be True, False or a Snowball language name, got 'klingon'"
    >>> check_stem("polish", command_line=True).split("; ")[-1][:112] + "…"
    'for another language pass --option stem=false, which trains without stemming (and --option negation_words=polish…'
    """
    if isinstance(stem, bool) or (isinstance(stem, str) and stem.lower() in stem_languages()):
        return None
    words = COMMAND_LINE if command_line else PYTHON
    true, false = words.value(True), words.value(False)
    choices = {**_languages_by_name(stem, stem_languages()), "true": True, "false": False}
    return (f"{words.name('stem')} must be {true}, {false} or a Snowball language name, got {words.value(stem)}"
            f"{words.meant('stem', stem, choices)}; "
            f"the languages are {', '.join(stem_languages())} ({true} is english); for another language pass "
            f"{words.option('stem', False)}, which trains without stemming{_negation_hint(stem, words)}")


# Languages' own names near another language's: "deutsch" (German) was offered dutch.
_OWN_NAMES = {"deutsch": "german", "deutch": "german"}


def _languages_by_name(given: object, languages: Iterable[str]) -> dict[str, str]:
    """The ``languages`` a text ``given`` for one may misspell, each by its name, for
    :meth:`stance.exceptions.Words.meant`: those of its first letter, as a misspelling keeps it,
    where languages' names alike in their endings do not ("bulgarian" was offered hungarian,
    "croatian" and "armenian" romanian); and German by its own name, "deutsch", not dutch.

    >>> _languages_by_name("germna", ["dutch", "german", "greek"])
    {'german': 'german', 'greek': 'greek'}
    >>> _languages_by_name("Deutsch", ["dutch", "german"])
    {'dutch': 'dutch', 'deutsch': 'german', 'deutch': 'german'}
    """
    first = forksafe.imported(".names").case_key(given).strip()[:1] if isinstance(given, str) else ""
    choices = {language: language for language in languages if language[:1] == first}
    own = {name: language for name, language in _OWN_NAMES.items() if name[:1] == first and language in languages}
    return choices | own


def _is_negation_word(given: object) -> bool:
    """Whether ``given`` is a word of one of :data:`NEGATION_WORDS`' lists ("nor", "nie").

    >>> _is_negation_word("NOR"), _is_negation_word("pol")
    (True, False)
    """
    return isinstance(given, str) and any(given.strip().lower() in listed for listed in NEGATION_WORDS.values())


def _negation_hint(stem: object, words: Any) -> str:
    """For a ``stem`` naming a language :data:`NEGATION_WORDS` has but Snowball has not
    ("polish"), how to give its negation words: without, a model of ``stem=False`` marks after
    the English ones.

    >>> _negation_hint("Czech", PYTHON), _negation_hint("klingon", PYTHON)
    (" (and negation_words='czech' gives Czech negation words)", '')
    """
    if not isinstance(stem, str) or stem.lower() not in NEGATION_WORDS:
        return ""
    return f" (and {words.option('negation_words', stem.lower())} gives {stem.capitalize()} negation words)"


def stem_option(stem: bool | str) -> bool | str:
    """``stem`` as the analyzer records it: ``"english"`` is True and a language name is in
    lower case, so that a model is the same whichever way it was asked for.

    >>> stem_option("english"), stem_option("German"), stem_option(False)
    (True, 'german', False)
    """
    if isinstance(stem, str):
        stem = stem.lower()
    return True if stem == "english" else stem


# The Snowball languages written in a script other than Latin, by the script (the first word of
# their letters' Unicode names); the others are written in Latin letters.
_SCRIPT_LANGUAGES = {"CYRILLIC": ("russian",), "ARABIC": ("arabic",)}
# Scripts one language writes together, named as one ("CJK": Chinese, Japanese's kana, Korean).
# Korean stays with them (a review): counted apart, a set half Korean and half Chinese had no
# majority and was warned of nothing, and Korean's commonest negation follows its verb
# ("보내지 않는다"), which marks made after a negation word do not reach.
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
# What script_advice reads: texts spread over the data, and the first letters of each, enough to
# tell a majority without reading a large corpus whole.
_SCRIPT_SAMPLE_TEXTS = 2_000
_SCRIPT_SAMPLE_LETTERS = 100


def text_script(text: str) -> str | None:
    """The script most of the first letters of ``text`` are written in, as the first word of their
    Unicode names ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "CJK"…); None for a text without letters.

    >>> text_script("НАТО должно помочь"), text_script("NATO must help"), text_script("2024!")
    ('CYRILLIC', 'LATIN', None)
    """
    counts: dict[str, int] = {}
    letters = 0
    for char in text:
        if not char.isalpha():
            continue
        script = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
        script = _SCRIPT_GROUPS.get(script, script)
        counts[script] = counts.get(script, 0) + 1
        letters += 1
        if letters == _SCRIPT_SAMPLE_LETTERS:
            break
    return max(counts, key=counts.__getitem__) if counts else None


def script_advice(texts: list[str], language: str = "english", cjk: bool = False,
                  words: Words = PYTHON) -> str | None:
    """Advice when most of ``texts`` are written in a script the stemmer of ``language`` does
    not read (its language's words would not be stemmed, nor its negation marked), naming the
    ``stem`` values that read it; None when most are in its script, or in none in particular.
    Of CJK text, it says how ``stem=False`` reads Chinese and Japanese: in pairs of characters
    with ``cjk`` (:func:`split_cjk`), and without it a clause as one word, which no other text
    repeats (Korean, written with spaces, is read by words either way).

    >>> script_advice(["НАТО должно помочь Украине."] * 3 + ["NATO must help."])
    "texts are mostly Cyrillic, which stem=True (English) neither stems nor marks negation in; stem='russian' \
stems Russian, stem=False reads any language, with negation_words='ukrainian' marking Ukrainian's negation"
    >>> script_advice(["NATO must help."] * 3 + ["НАТО должно помочь Украине."] * 3) is None
    True
    >>> script_advice(["我们坚定支持北约。"], cjk=True).split("; ")[-1]
    'stem=False reads any language, Chinese and Japanese as pairs of characters (cjk=True)'
    """
    step = max(1, len(texts) // _SCRIPT_SAMPLE_TEXTS)
    sample = texts[::step]
    counts = _script_counts(sample)
    own = next((script for script, languages in _SCRIPT_LANGUAGES.items() if language in languages), "LATIN")
    script = max(counts, key=counts.__getitem__, default=None)
    if script is None or script == own or counts[script] * 2 <= len(sample):
        return None  # "mixed data below the majority" says nothing
    name = script if script == "CJK" else script.title()
    current = f"{words.option('stem', True)} (English)" if language == "english" else words.option("stem", language)
    return f"texts are mostly {name}, which {current} neither stems nor marks negation in; " + script_options(
        script, cjk, words)


# Scripts written without spaces between words, of those text_script names.
_UNSPACED_SCRIPTS = ("THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def script_options(script: str, cjk: bool = False, words: Words = PYTHON) -> str:
    """The training options that read text of ``script`` (:func:`text_script`'s name of it):
    the Snowball stemmers of its languages, and ``stem=False`` with the negation words of its
    languages Snowball has none for.

    >>> script_options("CYRILLIC")
    "stem='russian' stems Russian, stem=False reads any language, with negation_words='ukrainian' marking \
Ukrainian's negation"
    >>> script_options("GREEK")
    "no Snowball stemmer reads it; stem=False reads any language, with negation_words=[…] listing the language's \
    own negation words, none of which are built in: without them, English's are marked"

    In ``words`` (:class:`stance.exceptions.Words`): the command line's are ``--option stem=russian``.
    """
    languages = _SCRIPT_LANGUAGES.get(script, ())
    stems = "".join(f"{words.option('stem', language)} stems {language.title()}, " for language in languages)
    if not languages:
        stems = "no Snowball stemmer reads it; "
    reads = f"{words.option('stem', False)} reads any language"
    # The languages whose negation words a stem=False model can mark, of this script (Ukrainian
    # for Cyrillic): the warning named only stem='russian', which marks Russian's
    marked = [name for name, words in NEGATION_WORDS.items()
              if name not in languages and name not in stem_languages() and text_script(" ".join(words)) == script]
    if marked:
        reads += ", " + ", ".join(f"with {words.option('negation_words', name)} marking {name.title()}'s negation"
                                  for name in marked)
    elif not languages and script not in ("CJK", *_UNSPACED_SCRIPTS):
        # No list of this script is built in (Greek…): stem=False alone marks after English's
        # negation words, which training then warns of, so name the option that marks the language's own.
        # Not of a script written without spaces (Thai…), whose words no tokenizer here finds: a
        # negation word given there never matches (a review).
        reads += (f", with {words.name('negation_words')}=[…] listing the language's own negation words, none of "
                  f"which are built in: without them, English's are marked")
    if script == "CJK":  # the words of Chinese and Japanese are no runs of letters between spaces
        reads += (f", Chinese and Japanese as pairs of characters ({words.option('cjk', True)})" if cjk else
                  f", but with {words.option('cjk', False)} a run of Chinese or Japanese as one word: "
                  f"{words.option('cjk', True)} reads it as pairs of characters")
    return stems + reads


# English's commonest words that no other language written in Latin letters uses as often:
# not "a", "in", "an", "was", "will", "is" or "we" (Spanish, German, Dutch, Polish words),
# but "to", which English rows need ("Send tanks to Ukraine") and Polish and Czech use, as
# "this", less. They are a quarter of the words of the corpus, datasets/challenge and
# datasets/probes (25.2%; 815 of their 30,637 rows of five words or more hold none), and
# 0% to 2.2% of the German, French, Polish, Spanish, Italian, Dutch and Russian statements of
# tests/data, 56 of whose 66 Polish rows of five words hold none.
ENGLISH_WORDS = frozenset(("the", "and", "of", "that", "this", "with", "are", "be", "have", "has", "not", "our",
                           "their", "they", "it", "to", "for", "from", "by", "which", "were", "would", "should",
                           "must", "can"))
# And the commonest of German, French, Spanish, Italian, Dutch, Polish, Portuguese, Czech and
# the Scandinavian languages that English does not write ("die", "on", "do", "no" are English
# too): what tells text of another language from English of none of English's words, a list of
# names or keywords ("wind turbine number 3 now"). 16% to 26% of those languages' words in
# tests/data, 0.2% of the corpus's; 25 of its 30,637 rows of five words hold one and no English one.
OTHER_WORDS = frozenset(word for words in (
    "der das und ist nicht ein eine einen dem den des zu mit von sich auf für auch wir sind werden wird",
    "le la les et est des une pas que pour dans du sur qui nous sont au aux ce cette il elle",
    "el los las y es por con una del se su al lo como más pero sus",
    "di che è non per della delle dei gli sono si ha anche nel alla",
    "het een en van niet dat zijn op voor ook wij er met",
    "w na nie się jest że z od jak za ale czy przez dla",
    "os não da em uma um com para mais pelo pela",
    "je že ve jsou pro aby jako",
    "og er ikke det til av som för och att är inte") for word in words.split()) - ENGLISH_WORDS
# Below this share of English's words, with this share of the others' or in another script,
# texts are in another language: a fifth of English's share, and twice the most of the other
# languages'; judged on this many words or more.
ENGLISH_SHARE = 0.05
OTHER_SHARE = 0.05
ENGLISH_SAMPLE_WORDS = 50
# A row of this many words or more that holds none of English's words and one of the others',
# or is in another script, is another language's, near enough.
ENGLISH_ROW_WORDS = 5
# Whole words of letters: "w" and "a" are no words of "w000a", a code, though "w" is Polish "in".
_LATIN_WORD = re.compile(r"\b[^\W\d_]+\b")


def english_share(texts: Sequence[str]) -> float | None:
    """The share of :data:`ENGLISH_WORDS` among the words of ``texts`` (of a sample of 2,000
    spread over them) when they are another language's, as near as that tells: of
    :data:`OTHER_WORDS` :data:`OTHER_SHARE` or more, or mostly in another script than Latin;
    None for fewer than :data:`ENGLISH_SAMPLE_WORDS` words, too few to tell, or for texts of
    too few of either to be another language's (English of few of its words).

    >>> round(english_share(["We must stand with Ukraine and the Baltic states."] * 6), 2)  # must, with, and, the
    0.44
    >>> english_share(["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 10), english_share(["Too few."])
    (0.0, None)
    >>> print(english_share(["wind turbine number 3 now"] * 20), english_share(["w000a w000b filler1 x1"] * 20))
    None None
    """
    sample = _sampled_texts(texts)
    words = [word.lower() for text in sample for word in _LATIN_WORD.findall(text)]
    if len(words) < ENGLISH_SAMPLE_WORDS:
        return None
    share = sum(word in ENGLISH_WORDS for word in words) / len(words)
    if share >= ENGLISH_SHARE or sum(word in OTHER_WORDS for word in words) >= OTHER_SHARE * len(words):
        return share
    scripts = [text_script(text) for text in sample]
    latin = sum(script == "LATIN" for script in scripts)
    return share if latin * 2 < sum(script is not None for script in scripts) else None


def other_language_rows(texts: Sequence[str]) -> tuple[int, int]:
    """How many of ``texts`` hold :data:`ENGLISH_ROW_WORDS` words or more, none of
    :data:`ENGLISH_WORDS` and one of :data:`OTHER_WORDS` or are of another script (text of
    another language, near enough), of how many hold as many words.

    >>> other_language_rows(["Die NATO muss geschlossen bleiben und stark sein.", "We stand with Ukraine today.",
    ...                      "wind turbine number three now", "НАТО должно помочь Украине сейчас."])
    (2, 4)
    """
    other = long = 0
    for text in texts:
        row = _other_language_row(text)
        long += row is not None
        other += bool(row)
    return other, long


def _other_language_row(text: Any) -> bool | None:
    """Whether ``text`` is another language's, as :func:`other_language_rows` counts it; None
    for a row of fewer than :data:`ENGLISH_ROW_WORDS` words, too few to tell."""
    words = [word.lower() for word in _LATIN_WORD.findall(text)] if isinstance(text, str) else []
    if len(words) < ENGLISH_ROW_WORDS:
        return None
    return (not any(word in ENGLISH_WORDS for word in words)
            and (any(word in OTHER_WORDS for word in words) or text_script(text) != "LATIN"))


def other_language_options(texts: Sequence[str], words: Words = PYTHON) -> str:
    """The training options that read the rows of ``texts`` of another language (of a sample of
    2,000 spread over them), as training's own warnings name them: of another script, its
    (:func:`script_options`); of Latin letters, a Snowball language or ``stem=False`` with
    negation words (:data:`LATIN_OPTIONS`).

    >>> other_language_options(["Мы не будем поддерживать расширение НАТО никогда."] * 3)
    "stem='russian' stems Russian, stem=False reads any language, with negation_words='ukrainian' marking \
Ukrainian's negation"
    >>> other_language_options(["Nous refusons l'envoi de soldats français en Ukraine."] * 3) == LATIN_OPTIONS
    True
    >>> other_language_options(["Мы не будем поддерживать расширение НАТО никогда."] * 3, COMMAND_LINE)[:45]
    '--option stem=russian stems Russian, --option'
    """
    return language_options(other_language_script(texts), words)


def language_options(script: str, words: Words = PYTHON) -> str:
    """The training options that read text of ``script`` ("LATIN": another language in Latin
    letters), in ``words``: see :func:`other_language_options`."""
    return latin_options(words) if script == "LATIN" else script_options(script, cjk=True, words=words)


def other_language_script(texts: Sequence[str]) -> str:
    """The script the most rows of ``texts`` of another language are written in (of a sample of
    2,000 spread over them), "LATIN" where none is another's.

    >>> other_language_script(["Мы не будем поддерживать расширение НАТО никогда."] * 3)
    'CYRILLIC'

    Where no row has five words, the script most rows are written in:

    >>> other_language_script(["北约必须现在帮助乌克兰，一直帮助。"] * 3), other_language_script(["Nie, nigdy."] * 3)
    ('CJK', 'LATIN')
    """
    counts = _other_language_counts(texts)
    # cjk=True (see language_options): the option a model of Chinese or Japanese would be trained with
    return max(counts, key=counts.__getitem__, default="LATIN")


def _other_language_counts(texts: Sequence[str]) -> dict[str, int]:
    """:func:`other_language_script`'s count of the sampled rows of another language by script."""
    sample = _sampled_texts(texts)
    # a row of another language of no script in particular is of Latin letters' languages
    counts = _script_counts((text for text in sample if _other_language_row(text)), "LATIN")
    # No row of five words (Chinese or Japanese written without spaces, a clause a word), which
    # english_share reads as another language by its script: the script most rows are in. It was
    # "LATIN", and a Chinese set trained with stem=False was offered the Polish and Czech lists.
    return counts or _script_counts(sample)


def _sampled_texts(texts: Sequence[Any]) -> list[str]:
    """The texts of a sample of :data:`_SCRIPT_SAMPLE_TEXTS` rows of ``texts`` spread over them,
    as the advice on a language or a script reads them (a missing one left out)."""
    step = max(1, len(texts) // _SCRIPT_SAMPLE_TEXTS)
    return [text for text in texts[::step] if isinstance(text, str)]


def _script_counts(texts: Iterable[str], default: str | None = None) -> dict[str, int]:
    """How many of ``texts`` are written in each script (:func:`text_script`), in the order the
    scripts are first met; a text of no script in particular counted as ``default``'s (None: not
    counted).

    >>> _script_counts(["НАТО должно.", "NATO must.", "Нет.", "2024"]), _script_counts(["2024"], "LATIN")
    ({'CYRILLIC': 2, 'LATIN': 1}, {'LATIN': 1})
    """
    counts: dict[str, int] = {}
    for text in texts:
        if (script := text_script(text) or default) is not None:
            counts[script] = counts.get(script, 0) + 1
    return counts


# The least share of the rows of another language a second script holds for english_advice to
# name its language's list beside the first's: half Russian, half Polish rows were told Russian's.
_SECOND_SCRIPT_SHARE = 0.25


def _second_script(texts: Sequence[str], first: str) -> str | None:
    """The script, other than ``first``, of at least :data:`_SECOND_SCRIPT_SHARE` of the sampled
    rows of another language, whose words a list marks (None: none such).

    >>> _second_script(["Мы не будем поддерживать расширение НАТО никогда.",
    ...                 "Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 3, "CYRILLIC")
    'LATIN'
    >>> _second_script(["Мы не будем поддерживать расширение НАТО никогда."] * 3, "CYRILLIC") is None
    True
    """
    counts = _other_language_counts(texts)
    total = sum(counts.values())
    seconds = [script for script, count in sorted(counts.items(), key=lambda item: -item[1])
               if script != first and script not in ("CJK", *_UNSPACED_SCRIPTS)
               and count >= _SECOND_SCRIPT_SHARE * total]
    return seconds[0] if seconds else None


def _two_languages_advice(first: str, second: str, stems: bool, words: Words = PYTHON) -> str:
    """What english_advice advises rows of two languages of scripts ``first`` and ``second``:
    their lists joined, with stem=False when ``stems`` (no stemmer reads two languages), as the
    README joins two languages' lists; a script of no list built in (Greek) adds its own words.

    >>> print(_two_languages_advice("CYRILLIC", "LATIN", False))  # doctest: +NORMALIZE_WHITESPACE
    of texts of two languages, join their lists: negation_words=list(stance.text.NEGATION_WORDS['russian'])
    + list(stance.text.NEGATION_WORDS['polish']) (their languages': 'russian' or 'ukrainian' for the Cyrillic
    texts, 'polish', 'czech' or a Snowball language for the Latin ones)
    >>> print(_two_languages_advice("LATIN", "GREEK", True, COMMAND_LINE)[:111])
    --option stem=false reads both; of texts of two languages, join their lists: --option negation_words=nie,nigdy,
    """
    def lists(script: str) -> list[str]:
        named = [name for name, listed in NEGATION_WORDS.items() if text_script(" ".join(listed)) == script
                 and name != "english"]
        return ["polish", "czech", *(name for name in named if name not in ("polish", "czech"))] if script == "LATIN" \
            else named

    both = [lists(first), lists(second)]

    def whose(script: str, named: list[str]) -> str:
        return (", ".join(map(quoted, named[:2])) + " or a Snowball language" if script == "LATIN"
                else " or ".join(map(quoted, named)) if named else "its own words")

    told = [f"{whose(script, named)} for the {script.title()} {'texts' if at == 0 else 'ones'}"
            for at, (script, named) in enumerate(zip((first, second), both))]
    stem = f"{words.option('stem', False)} reads both; " if stems else ""
    joined = _join_their_lists([each[0] if each else None for each in both], words)
    return f"{stem}{joined} (their languages': {told[0]}, {told[1]})"


def _join_their_lists(lists: Sequence[str | Sequence[str] | None], words: Words = PYTHON, whose: str = "") -> str:
    """"of texts of two languages, join their lists: …", the advice to rows of two languages (or
    more, one a list of ``lists``) of :func:`_two_languages_advice` and :func:`_negation_words_joined`,
    the option that joins ``lists`` (:func:`_lists_joined`) after it; ``whose`` is said before the colon.

    >>> print(_join_their_lists([("не", "нет"), ("nie", "nigdy")], COMMAND_LINE, " (these and these)"))
    of texts of two languages, join their lists (these and these): --option negation_words=не,нет,nie,nigdy
    >>> print(_join_their_lists([("не",), ("nie",), ("δεν",)], COMMAND_LINE))
    of texts of three languages, join their lists: --option negation_words=не,nie,δεν
    """
    return f"of texts of {_LANGUAGES_COUNTED.get(len(lists), len(lists))} languages, join their lists{whose}: " \
           f"{_lists_joined(lists, words)}"


# How the advice counts the languages whose lists it joins (a list a language).
_LANGUAGES_COUNTED = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _lists_joined(lists: Sequence[str | Sequence[str] | None], words: Words = PYTHON) -> str:
    """The ``negation_words`` option that joins ``lists``, as the README joins two languages'
    lists: each a built-in list's name (of :data:`NEGATION_WORDS`, in any case), the words of a
    list given, or None for a language's own words, none of which is built in. In Python the
    lists added; on the command line their words written out between commas, as it takes them.

    >>> print(_lists_joined(["Russian", None]))
    negation_words=list(stance.text.NEGATION_WORDS['russian']) + […]
    >>> print(_lists_joined([["nie", "nigdy"], None], COMMAND_LINE))
    --option negation_words=nie,nigdy,WORD,WORD…
    """
    if words.command_line:
        return f"{words.name('negation_words')}=" + ",".join(
            "WORD,WORD…" if each is None else ",".join(NEGATION_WORDS[each.lower()] if isinstance(each, str) else each)
            for each in lists)
    return "negation_words=" + " + ".join(
        "[…]" if each is None else f"list(stance.text.NEGATION_WORDS[{each.lower()!r}])" if isinstance(each, str)
        else repr(list(each)) for each in lists)


def latin_options(words: Words = PYTHON) -> str:
    """The training options that read a language written in Latin letters other than English, in ``words``.

    >>> print(latin_options(COMMAND_LINE))  # doctest: +NORMALIZE_WHITESPACE
    --option stem=german (or french…: a Snowball language, which gives its negation words too), or for a
    language Snowball has no stemmer for --option stem=false with --option negation_words=polish (or czech,
    or its words between commas: nie,nigdy)

    The command line's are whole flags, where Python's quoted list after the first ("--option
    stem=german, 'french'…") mixed the two. Only the lists of words in Latin letters: Ukrainian's,
    in Cyrillic, was offered too, which marks nothing in such text.
    """
    if words.command_line:
        return (f"{words.option('stem', 'german')} (or french…: a Snowball language, which gives its negation words "
                f"too), or for a language Snowball has no stemmer for {words.option('stem', False)} with "
                f"{_negation_words_typed(words, 'czech')}")
    return (f"{words.option('stem', 'german')}, 'french'… (a Snowball language, which gives its negation words "
            f"too), or for a language Snowball has no stemmer for {words.option('stem', False)} with "
            f"{words.option('negation_words', 'polish')}, 'czech' or a list of words")


def _negation_words_typed(words: Words, others: str, first: str = "polish", example: str = ": nie,nigdy") -> str:
    """``--option negation_words=polish`` (or ``first``) with the ``others`` it takes, as the command
    line types them, its own words given as ``example`` shows (Polish's by default).

    >>> _negation_words_typed(COMMAND_LINE, "czech")
    '--option negation_words=polish (or czech, or its words between commas: nie,nigdy)'
    >>> _negation_words_typed(COMMAND_LINE, "", "hebrew", "")
    '--option negation_words=hebrew (or its words between commas)'
    """
    listed = f"{others}, or " if others else ""
    return f"{words.option('negation_words', first)} (or {listed}its words between commas{example})"


def _negation_words_advice(script: str, words: Words = PYTHON) -> str:
    """What names the negation words of text in ``script`` (:func:`text_script`'s name; "LATIN"
    for another language in Latin letters), as english_advice ends: the built-in lists of that
    script, or, where none is built in (Greek…), the language's own words given as a list.

    Only lists of the script: Russian and Greek rows were told "name their language,
    negation_words='polish', 'czech', 'ukrainian', 'hebrew'…", lists whose words such text never holds.

    >>> _negation_words_advice("CYRILLIC")
    "name their language, negation_words='russian', 'ukrainian' or a list of words"
    >>> print(_negation_words_advice("GREEK", COMMAND_LINE))
    list their language's own negation words, --option negation_words=WORD,WORD… (none in Greek script is built in)
    """
    if script == "LATIN":  # the lists of languages Snowball has no stemmer for, and a Snowball language
        return "name their language, " + words.either(
            f"{words.option('negation_words', 'polish')}, 'czech', a Snowball language or a list of words",
            _negation_words_typed(words, "czech, a Snowball language"))
    lists = [name for name, listed in NEGATION_WORDS.items() if text_script(" ".join(listed)) == script]
    if not lists:
        given = words.either(f"{words.name('negation_words')}=[…]", f"{words.name('negation_words')}=WORD,WORD…")
        return f"list their language's own negation words, {given} (none in {script.title()} script is built in)"
    return "name their language, " + words.either(
        "".join([words.option("negation_words", lists[0]), *(f", {quoted(name)}" for name in lists[1:]),
                 " or a list of words"]),
        _negation_words_typed(words, ", ".join(lists[1:]), lists[0], ""))


def negation_words_script_advice(texts: Sequence[str], negation_words: Any, words: Words = PYTHON) -> str | None:
    """Advice when most of ``texts`` are written in another script than the ``negation_words``
    given (a language's name or a list): no word of the list occurs in them, so no negation is
    marked, and training said nothing (an audit: ``negation_words='russian'`` on Greek rows).
    None for no list (None, or an empty one: no marks, chosen), for rows of no script in
    particular, and for text written without spaces between its words (Chinese, Thai), where
    no list of words marks negation at all (see :func:`script_options`).

    >>> print(negation_words_script_advice(["Δεν θέλουμε πόλεμο με κανέναν γείτονα ποτέ."] * 3, "russian"))
    ... # doctest: +NORMALIZE_WHITESPACE
    texts are mostly Greek, but negation_words='russian' lists words in Cyrillic script, which they do not hold, so
    no negation is marked: list their language's own negation words, negation_words=[…] (none in Greek script is
    built in)
    >>> print(negation_words_script_advice(["Мы не будем поддерживать это никогда."] * 3, ["nie", "nigdy"],
    ...                                    COMMAND_LINE))  # doctest: +NORMALIZE_WHITESPACE
    texts are mostly Cyrillic, but the 2 words of --option negation_words are in Latin script, which they do not
    hold, so no negation is marked: name their language, --option negation_words=russian (or ukrainian, or its
    words between commas)
    >>> negation_words_script_advice(["Мы не будем поддерживать это никогда."] * 3, "ukrainian") is None
    True

    Rows of a third script the list does not mark are named with the most rows':

    >>> said = negation_words_script_advice(["NATO will not wait for the others to act."] * 5
    ...                                     + ["Мы не будем ждать."] * 2 + ["Δεν θα περιμένουμε."], "russian")
    >>> said[said.index("so no"):said.index(":")]
    'so no negation is marked in the Latin and Greek ones'

    and the lists joined are theirs too, a list a language (Greek's own words, none being built in):

    >>> print(said[said.index("ones: ") + 6:])  # doctest: +NORMALIZE_WHITESPACE
    of texts of three languages, join their lists (the Greek ones' own words for […]):
    negation_words=list(stance.text.NEGATION_WORDS['english']) + […] + list(stance.text.NEGATION_WORDS['russian'])
    (none in Greek script is built in)
    """
    if negation_words is None or check_negation_words(negation_words) is not None:
        return None  # an invalid value is refused where the options are checked
    listed = negation_word_list(negation_words) or ()
    # Each word's script: a list of two scripts' words (["nie", "не"]) marks in rows of either, and
    # Russian rows were told its words "are in Latin script, which they do not hold" (a review).
    theirs = sorted({script for word in listed if (script := text_script(word)) is not None})
    if not theirs:
        return None
    sample = _sampled_texts(texts)
    counts = _script_counts(sample)
    script = max(counts, key=counts.__getitem__, default=None)
    if (script is None or script in theirs or counts[script] * 2 <= len(sample)
            or script in ("CJK", *_UNSPACED_SCRIPTS)):
        return None
    given = (f"{words.option('negation_words', negation_words)} lists words" if isinstance(negation_words, str)
             else f"the {len(listed)} words of {words.name('negation_words')} are")
    name = script.title()
    written_in = " and ".join(each.title() for each in theirs)
    held = sum(counts.get(each, 0) for each in theirs)
    if not held:
        return (f"texts are mostly {name}, but {given} in {written_in} script, which they do not hold, so no "
                f"negation is marked: {_negation_words_advice(script, words)}")
    # Rows of two languages (Russian and Polish): the list marks the fewer rows, of its script, and
    # none of the most; "which they do not hold, so no negation is marked" said of them all. Each
    # script it marks none of is named, the most rows' first: English, Russian and Greek rows with
    # Russian's list were told of "the Latin ones" only. Not those no list of words marks (Chinese).
    unmarked = [each for each in sorted(counts, key=counts.__getitem__, reverse=True)
                if each not in theirs and each not in ("CJK", *_UNSPACED_SCRIPTS)]
    return (f"texts are mostly {name} ({counts[script]} of the {len(sample)} read), but {given} in {written_in} "
            f"script, held only by the {held} texts in it, so no negation is marked in the "
            f"{and_listed([each.title() for each in unmarked], str)} ones: "
            f"{_negation_words_joined(script, negation_words, listed, words, sample, unmarked[1:])}")


def _negation_words_joined(script: str, given: str | list[str], listed: Sequence[str], words: Words = PYTHON,
                           texts: Sequence[str] = (), more: Sequence[str] = ()) -> str:
    """What marks negation in rows of two scripts, where the ``given`` negation_words (``listed``:
    its words) are of the fewer rows' and ``script`` is the most rows': the list of a language of
    ``script`` joined to it, as the README joins two languages' lists, or where none is built in
    (Greek…), their language's own words added. Of Latin letters, the language is told from
    ``texts`` (the rows read): English's list where those of Latin letters are English, else the
    lists :func:`_two_languages_advice` names for them (:func:`_latin_lists`). ``more`` names
    further scripts the list marks none of (rows of three scripts): a list of each is joined too
    (:func:`_more_languages_joined`).

    >>> print(_negation_words_joined("CYRILLIC", "polish", NEGATION_WORDS["polish"]))
    of texts of two languages, join their lists: negation_words=list(stance.text.NEGATION_WORDS['russian']) + \
list(stance.text.NEGATION_WORDS['polish']) ('ukrainian' for Ukrainian)
    >>> said = _negation_words_joined("CYRILLIC", ["nie", "nigdy"], ("nie", "nigdy"), COMMAND_LINE)
    >>> print(said[:80], said[-17:], sep="…")
    of texts of two languages, join their lists (Russian's and these): --option nega…,отнюдь,nie,nigdy
    >>> print(_negation_words_joined("GREEK", "polish", NEGATION_WORDS["polish"]))
    of texts of two languages, add their language's own negation words to the list: \
negation_words=list(stance.text.NEGATION_WORDS['polish']) + […] (none in Greek script is built in)
    """
    mine = given if isinstance(given, str) else tuple(listed)
    if more:
        return _more_languages_joined([script, *more], mine, words, texts)
    lists = _script_lists(script, texts)
    if not lists:
        return (f"of texts of two languages, add their language's own negation words to the list: "
                f"{_lists_joined([mine, None], words)} (none in {script.title()} script is built in)")
    others = _other_lists_said(script, lists)
    if words.command_line:  # the words written out, as the command line takes two languages' (see the README)
        return (_join_their_lists([lists[0], mine], words, f" ({lists[0].title()}'s and these)")
                + (others if script == "LATIN" else ""))
    return _join_their_lists([lists[0], mine], words) + others


def _script_lists(script: str, texts: Sequence[str] = ()) -> list[str]:
    """The built-in lists of ``script``'s languages, the likeliest first (of Latin letters, told
    from ``texts``, :func:`_latin_lists`); empty where none is built in (Greek)."""
    if script == "LATIN":
        # Every Latin-letter list matches the script, and English + Russian rows were told to join Danish's,
        # with 13 languages' in brackets and English's, the rows' own, last.
        return _latin_lists([text for text in texts if text_script(text) == "LATIN"])
    return [name for name, listed_words in NEGATION_WORDS.items() if text_script(" ".join(listed_words)) == script]


def _other_lists_said(script: str, lists: Sequence[str]) -> str:
    """The bracket after the joined lists naming the other lists of ``script`` (``lists``, the
    first of them joined): "('ukrainian' for Ukrainian)"."""
    if script == "LATIN" and lists[0] != "english":
        return (f" ({', '.join(map(quoted, lists[1:]))} or a Snowball language in place of {quoted(lists[0])}, "
                f"for the {script.title()} ones' language)")
    return "".join(f" ({quoted(name)} for {name.title()})" for name in lists[1:])


def _more_languages_joined(scripts: Sequence[str], mine: str | tuple[str, ...], words: Words = PYTHON,
                           texts: Sequence[str] = ()) -> str:
    """:func:`_negation_words_joined` of rows of three scripts or more, ``scripts`` those the given
    list (``mine``) marks none of, the most rows' first: a list of each joined to it, a script's
    own words ("[…]") where none is built in, as rows of two are told. English, Russian and Greek
    rows with Russian's list were told "of texts of two languages, join their lists: English's +
    Russian's", the Greek rows left unmarked (a review).

    >>> said = _more_languages_joined(["LATIN", "GREEK"], "russian", COMMAND_LINE)
    >>> said[:106]
    "of texts of three languages, join their lists (Polish's, the Greek ones' own for WORD,WORD… and these): --"
    """
    lists = {script: _script_lists(script, texts) for script in scripts}
    joined = [each[0] if each else None for each in lists.values()] + [mine]
    own = [script.title() for script, each in lists.items() if not each]
    if words.command_line:  # the words written out, as the command line takes them: whose each is
        whose = [f"{each[0].title()}'s" if each else f"the {script.title()} ones' own for WORD,WORD…"
                 for script, each in lists.items()] + ["these"]
    else:  # the lists named; what "[…]" stands for
        whose = [f"the {and_listed(own, str)} ones' own words for […]"] if own else []
    said = _join_their_lists(joined, words, f" ({and_listed(whose, str)})" if whose else "")
    notes = [f"none in {script} script is built in" for script in own]
    others = "".join(_other_lists_said(script, each) for script, each in lists.items() if each)
    return said + others + (f" ({'; '.join(notes)})" if notes else "")


def _latin_lists(texts: Sequence[str]) -> list[str]:
    """The built-in lists that may be the language of ``texts``, rows of Latin letters, the likeliest
    first: English's alone where most of those long enough to tell are English
    (:func:`other_language_rows`), else Polish's and Czech's (Snowball stems neither) and English's.

    >>> _latin_lists(["We will never support this enlargement, not now."] * 3)
    ['english']
    >>> _latin_lists(["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 3), _latin_lists([])
    (['polish', 'czech', 'english'], ['polish', 'czech', 'english'])
    """
    other, long = other_language_rows(texts)
    return ["english"] if long and other * 2 < long else ["polish", "czech", "english"]


# The training options that read a language written in Latin letters other than English.
LATIN_OPTIONS = latin_options()


def english_advice(texts: Sequence[str], stem: bool | str, negation_words: Any, words: Words = PYTHON) -> str | None:
    """Advice when ``texts`` hardly hold English's commonest words (:func:`english_share`)
    while a model would read them as English by default: ``stem=True`` stems them in English,
    and ``negation_words=None`` with ``stem`` True or False marks after English's negation
    words (Polish "no", "well", among them). A ``stem`` named, "english" included, or negation
    words given, are taken as chosen; text of another script is :func:`script_advice`'s where most
    rows are of it, and the options named here are those of the script of most of its rows of
    another language (:func:`other_language_script`).

    >>> print(english_advice(["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 10, False, None))
    ... # doctest: +NORMALIZE_WHITESPACE
    the training texts hardly hold English's commonest words (the, and, of, to…: 0.0% of their words, where
    English text has some 25%), yet negation_words=None marks after English negation words (not, no, never…; Polish
    "no" is "well"): name their language, negation_words='polish', 'czech', a Snowball language or a list of words
    >>> english_advice(["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 10, "german", None) is None
    True
    >>> print(english_advice(["Polska musi wzmocnić wschodnią flankę NATO, ale nie sama."] * 10, False, None,
    ...                      COMMAND_LINE).split("25%), ")[1])  # doctest: +NORMALIZE_WHITESPACE
    yet the negation words marked are English's, as without --option negation_words (not, no, never…; Polish
    "no" is "well"): name their language, --option negation_words=polish (or czech, a Snowball language, or
    its words between commas: nie,nigdy)

    Rows of another script are given the options of that script (:func:`_negation_words_advice`):

    >>> print(english_advice(["Δεν θέλουμε πόλεμο με κανέναν γείτονα ποτέ."] * 10, False, None).split("…): ")[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    list their language's own negation words, negation_words=[…] (none in Greek script is built in)

    Of text written without spaces between its words (Chinese, Japanese, Thai) nothing with
    ``stem=False``: no list of words marks negation there (see :func:`script_options`).
    """
    stems = stem is True
    negates = negation_words is None and isinstance(stem, bool)
    if not (stems or negates):
        return None
    share = english_share(texts)
    if share is None or share >= ENGLISH_SHARE:
        return None
    script = other_language_script(texts)  # the rows of another language: in Latin letters, or Cyrillic…
    if not stems and script in ("CJK", *_UNSPACED_SCRIPTS):
        # No list of words marks negation in text of no spaces between its words (Chinese,
        # Japanese, Thai), as script_options says: stem=False, which it advises, was told "list
        # their language's own negation words … (none in Cjk script is built in)".
        return None
    said = []
    if stems:
        said.append(words.either(f"{words.option('stem', True)} (the default) stems them as English",
                                 f"they are stemmed as English (by default: {words.option('stem', True)})"))
    if negates:  # on the command line, not "--option negation_words=none", which no one typed
        said.append(words.either(f"{words.option('negation_words', None)} marks after English negation words",
                                 "the negation words marked are English's, as without --option negation_words")
                    + (" (not, no, never…; Polish \"no\" is \"well\")" if script == "LATIN" else " (not, no, never…)"))
    # Two languages (half Russian, half Polish), whose lists mark: both lists, not the first's
    if script not in ("CJK", *_UNSPACED_SCRIPTS) and (second := _second_script(texts, script)):
        how = _two_languages_advice(script, second, stems, words)
    else:
        how = (("name their language, " if script == "LATIN" else "") + language_options(script, words) if stems
               else _negation_words_advice(script, words))
    # "<0.1%", not "0.0%", of a share of some English words (a word in 2,700 said none)
    shown = forksafe.imported(".metrics").percent_shown(share, 1)
    return (f"the training texts hardly hold English's commonest words (the, and, of, to…: {shown} of their "
            f"words, where English text has some 25%), yet {' and '.join(said)}: {how}")


# The English negation words, of every model that stems in English or not at all (stem=True,
# stem=False) and of the Snowball languages without words of their own below.
ENGLISH_NEGATION_WORDS = ("not", "no", "never", "nor", "without", "nobody", "nothing", "neither", "none")
NEGATIONS = frozenset(ENGLISH_NEGATION_WORDS)
NEGATION_SCOPE = 3
NOT_PREFIX = "NOT_"
# Marks the statement's first word, which often tells a call ("Send …"), a report ("They
# send …") and a reply ("No, …") apart where the other words do not. Upper case, so no
# token can clash.
OPENING_PREFIX = "START_"
_MARKS = (NOT_PREFIX, OPENING_PREFIX)
# The words that open a negation's scope in each Snowball language, and in a few languages
# Snowball has no stemmer for (which the negation_words option names), as written (they are
# stemmed as the text is). Ambiguous ones are left out: French "personne" (a person),
# "plus" (more); Finnish's negation verb is here in all its persons.
NEGATION_WORDS = {
    "arabic": ("لا", "لم", "لن", "ليس", "ليست", "غير", "بدون", "دون"),
    "danish": ("ikke", "ingen", "intet", "aldrig", "ingenting", "uden", "hverken"),
    "dutch": ("niet", "geen", "nooit", "niets", "niemand", "zonder", "noch", "nergens", "geenszins", "nimmer"),
    "finnish": ("ei", "en", "et", "emme", "ette", "eivät", "ilman"),
    # French's list has not grown (a review): "guère" stems as "guérir" (to heal) does, "nul",
    # "nulle" are also "void", "zero" ("vote nul"), and "aucunement", "nullement" stem as
    # "aucun", "nulle" do.
    "french": ("ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "ni", "sans", "non"),
    "german": ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
               "niemand", "weder", "ohne", "keinesfalls", "keineswegs", "keinerlei", "nirgends", "nirgendwo"),
    "hungarian": ("nem", "ne", "sem", "soha", "semmi", "senki", "nélkül"),
    # Italian "mica" negates mostly after "non" ("non è mica vero") and is also the mineral: left out.
    "italian": ("non", "mai", "nessuno", "nessuna", "niente", "nulla", "senza", "né", "neanche", "neppure", "nemmeno",
                "nessun"),
    "norwegian": ("ikke", "ingen", "intet", "aldri", "ingenting", "uten", "verken"),
    "portuguese": ("não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "sem", "nem", "nenhuns",
                   "nenhumas"),
    "romanian": ("nu", "niciodată", "nimic", "nimeni", "fără", "nici", "niciun", "nicio"),
    # Russian's pronouns and adverbs of negation in their cases ("никакой"… "никакими" stem to
    # one word), "нельзя" (one must not) and "отнюдь" (by no means). Not "никого", "никому",
    # "никем", which stem to "ник", as the names "Ник", "Ника" do (a review).
    "russian": ("не", "нет", "никогда", "ни", "ничего", "никто", "без", "никакой", "никакая", "никакое", "никакие",
                "никакого", "никакому", "никаким", "никаком", "никакую", "никаких", "никакими", "нигде", "никуда",
                "нельзя", "ничто", "ничем", "ничему", "нисколько", "отнюдь"),
    # Spanish "ningunos", "ningunas" are rare, and Spanish stemming reads them as "ninguno"
    # already: left out, so that Spanish models need not record their words.
    "spanish": ("no", "nunca", "jamás", "ningún", "ninguno", "ninguna", "nada", "nadie", "sin", "ni", "tampoco"),
    "swedish": ("inte", "ej", "ingen", "inget", "inga", "aldrig", "ingenting", "utan", "varken"),
    # Languages Snowball has no stemmer for, read with stem=False: named by the negation_words
    # option, not by stem. Their pronouns of negation in every case and gender, as no stemmer
    # folds them. Polish "no" ("well", "yes") and Ukrainian "но" (colloquial "well") negate
    # nothing and are left out, and so are the words that only strengthen a negation ("wcale",
    # "зовсім", "vůbec") and the nouns of lack ("brak", "брак"). Czech writes the "ne" of a
    # verb joined to it ("nepodporujeme"), which no list of words can mark: only the negated
    # forms of "to be" ("není", "nejsou") and "nelze" (it cannot be) are here.
    "polish": ("nie", "nigdy", "nic", "niczego", "niczemu", "niczym", "nikt", "nikogo", "nikomu", "nikim",
               "żaden", "żadna", "żadne", "żadnego", "żadnej", "żadnemu", "żadnym", "żadną", "żadni", "żadnych",
               "żadnymi", "ani", "bez", "nigdzie"),
    "ukrainian": ("не", "ні", "ніколи", "ніщо", "нічого", "нічому", "нічим", "ніхто", "нікого", "нікому", "ніким",
                  "жоден", "жодний", "жодна", "жодне", "жодного", "жодної", "жодному", "жодним", "жодній", "жодну",
                  "жодні", "жодних", "жодними", "ані", "без", "нема", "немає", "ніде"),
    "czech": ("ne", "nikdy", "nic", "ničeho", "ničemu", "ničím", "nikdo", "nikoho", "nikomu", "nikým", "žádný",
              "žádná", "žádné", "žádného", "žádnému", "žádném", "žádným", "žádnou", "žádní", "žádných", "žádnými",
              "ani", "bez", "nikde", "není", "nejsou", "nelze"),
    # Hebrew writes "and" and "that" joined to a word, so "ולא", "ואין", "שלא" are words of their
    # own. Not "אף" (also "nose", "even") nor "מעולם" (also "from the world of").
    "hebrew": ("לא", "אין", "אינו", "אינה", "אינם", "אינן", "בלי", "ללא", "ולא", "ואין", "שלא"),
    # The default's, by name: for a model of another stem that reads English too (stem="german"
    # on a set of both), and as its negation_word_list (below) names them, the same model as
    # the default for a stem that reads English.
    "english": ENGLISH_NEGATION_WORDS,
}
# A language's list as it was before it grew, for a model that records no negation words: one
# trained with its stem's words (no negation_words option) re-reads them by name at load, so
# it marks after these, as it was trained to. A model trained since records its stem's fuller
# list (see fitted_negation_words), so a list that grows again adds its old one here.
UNRECORDED_NEGATION_WORDS = {
    "german": ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
               "niemand", "weder", "ohne"),
    "russian": ("не", "нет", "никогда", "ни", "ничего", "никто", "без"),
    "dutch": ("niet", "geen", "nooit", "niets", "niemand", "zonder", "noch"),
    "italian": ("non", "mai", "nessuno", "nessuna", "niente", "nulla", "senza", "né"),
    "portuguese": ("não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "sem", "nem"),
}
# Elided words that French writes joined to the next by an apostrophe ("l'otan", "qu'il",
# "n'est"): cut off, so that "otan" is one word however it is introduced. Only these, so
# that "aujourd'hui" stays whole.
_FRENCH_ELISIONS = re.compile(r"\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[^\W\d_])")
# Italian's elided words before a vowel: articles (l', un', gl'), articulated prepositions
# (dell', all', dall', nell', sull', coll', pell', degl'…), demonstratives and adjectives
# (quest', quell', bell', sant', buon', grand', nessun', tutt'…), adverbs and conjunctions
# (com', dov', cos', quand', anch', senz'), dev', and the clitics c', d', m', n', s', t', v',
# ch'. Only at a word's start (not after a letter or an apostrophe, so "rock'n'roll" stays
# whole) and before a letter: "po'" (poco) ends its word and is kept. Only with the
# ``apostrophes`` option, so that Italian models saved before it read as they did.
_ITALIAN_ELISIONS = re.compile(
    r"(?<![\w'’])(?:(?:de|da|ne|su|a|co|pe)?ll|(?:de|da|ne|su|a)?gl|quest|quell|qual|bell|sant|buon|grand|"
    r"nessun|ciascun|qualcun|alcun|un|tutt|senz|mezz|nient|anch|com|dov|cos|quand|dev|ch|[cdlmnstv])"
    r"['’](?=[^\W\d_])")


@dataclass(frozen=True)
class Language:
    """What the analyzer does differently per language, chosen by the ``stem`` option.

    ``stemmer`` is the Snowball language (None: no stemming); ``negations`` are the tokens,
    as stemmed, that open a negation's scope; ``elisions`` the pattern of elided words
    that :func:`normalize` cuts off (None: none); ``apostrophes`` whether :func:`normalize`
    reads curly apostrophes as straight; ``links`` whether it blanks web and e-mail addresses
    and an @handle is one token (see :func:`token_pattern`); ``spelling`` whether a token is
    read in its British spelling before it is stemmed (English only, see :func:`language`);
    ``invisibles`` whether :func:`normalize` drops invisible format characters (a zero-width
    space inside a word); ``cannot`` whether it reads "cannot" as "can not"; ``handles``
    whether a dotted handle is one token (with ``links`` only, see :func:`token_pattern`);
    ``marks`` whether a combining mark is part of the word it follows, and the marks that
    annotate pronunciation are dropped (see :data:`ANNOTATION_MARKS`); ``cjk`` whether a run of
    Chinese characters or Japanese kana is read as its pairs of characters (:func:`split_cjk`);
    ``negation_words`` the words of the ``negation_words`` option (None: those of ``stem``),
    which ``negations`` are then made of; ``lookalikes`` whether :func:`normalize` reads a
    look-alike of the apostrophe between two letters as it ("isn′t"); ``names`` whether it folds
    Latin letters' diacritics and a token is read in the corpus's spelling of a name before it
    is stemmed (English only, as ``spelling``, :func:`reads_names`; :mod:`stance.name_spellings`).
    """

    stemmer: str | None
    negations: frozenset[str]
    elisions: re.Pattern[str] | None = None
    apostrophes: bool = False
    links: bool = False
    spelling: bool = False
    invisibles: bool = False
    cannot: bool = False
    handles: bool = False
    marks: bool = False
    cjk: bool = False
    negation_words: tuple[str, ...] | None = None
    lookalikes: bool = False
    names: bool = False

    def stem(self, tokens: list[str]) -> list[str]:
        """The words ``tokens`` (as :func:`tokenize` gives them) are read as: respelt, then stemmed.

        >>> language(True, spelling=True).stem(["defense", "defences"])
        ['defenc', 'defenc']
        >>> language(False, names=True).stem(["kiev", "zelenskyy"])
        ['kyiv', 'zelensky']
        """
        if self.spelling or self.names:
            table = _respellings(self.spelling, self.names)
            tokens = list(map(table.get, tokens, tokens))
        return shared_stemmer(self.stemmer).many(tokens) if self.stemmer else tokens

    def word(self, token: str) -> str:
        """:meth:`stem` of one token: the batch paths resolve each distinct token once."""
        if self.spelling or self.names:
            token = _respellings(self.spelling, self.names).get(token, token)
        return shared_stemmer(self.stemmer)(token) if self.stemmer else token


@cache
def _respellings(spelling: bool, names: bool) -> dict[str, str]:
    """The words read in another spelling before stemming: American as British (``spelling``,
    :mod:`stance.spelling`) and a name as the corpus writes it (``names``,
    :mod:`stance.name_spellings`), in one table, so that the two options cost one look-up a
    token (no word is a key of both).

    >>> table = _respellings(True, True)
    >>> table["defense"], table["kiev"], len(table) == len(_respellings(True, False)) + len(_respellings(False, True))
    ('defence', 'kyiv', True)
    """
    return {**(_spelling.american_to_british() if spelling else {}),
            **(_name_spellings.press_to_corpus() if names else {})}


@cache
def language(stem: bool | str = True, apostrophes: bool = False, links: bool = False,
             spelling: bool = False, invisibles: bool = False, cannot: bool = False,
             handles: bool = False, marks: bool = False, cjk: bool = False,
             negation_words: tuple[str, ...] | None = None, lookalikes: bool = False,
             names: bool | str = False) -> Language:
    """The :class:`Language` of a ``stem`` option (and the ``apostrophes``, ``links``,
    ``spelling``, ``invisibles``, ``cannot``, ``handles``, ``marks`` and ``cjk`` ones). True and
    False keep what the analyzer always did: English negation words (compared after stemming,
    as before) and no elisions. French cuts its elisions either way; Italian only with
    ``apostrophes``, which models saved before it lack. ``spelling`` respells English only
    (:func:`respells`): another language's is off. ``invisibles`` is every language's, and so
    is ``cannot``, as the split of "can't" is (English text quoted in another language's).
    ``handles`` is every language's too, but only with ``links``, without which no "@" starts a
    token: it is off without it. ``marks`` is every language's: a mark is part of a word in any
    script, and so is ``cjk``: Chinese and Japanese have no Snowball stemmer, and a run of them
    is read in pairs under any. ``negation_words`` (a tuple of words, as
    :func:`negation_word_list` gives them) replace the negation words ``stem`` gives: each is
    read as the text is, tokenised and stemmed, so that it meets the words it is written as.
    ``lookalikes`` is every language's, as ``apostrophes`` is. ``names`` reads English only, as
    ``spelling`` does: another language's is off (German text writes "München" as German does),
    and so is that of ``stem=False`` with ``negation_words`` not English's (:func:`reads_names`:
    Polish "że" and "ze").

    >>> sorted(language(False, negation_words=("nie", "Nigdy")).negations)
    ['nie', 'nigdy']
    >>> sorted(language("german").negations)[:4]
    ['kein', 'nicht', 'nie', 'niemal']
    >>> language(False).stemmer is None and language(True).negations == NEGATIONS
    True
    >>> language("italian").elisions is None, language("italian", apostrophes=True).elisions is None
    (True, False)
    >>> language("porter", spelling=True).spelling, language("spanish", spelling=True).spelling
    (True, False)
    >>> language(True, names=True).names, language("german", names=True).names
    (True, False)
    >>> language(False, negation_words=("nie",), names=True).names
    False
    """
    stem = stem_option(stem)
    apostrophes, links, invisibles, cannot = bool(apostrophes), bool(links), bool(invisibles), bool(cannot)
    spelling = bool(spelling) and respells(stem)
    handles, marks, cjk = bool(handles) and links, bool(marks), bool(cjk)
    names = names == NAMES_WHATEVER_WORDS or (bool(names) and reads_names(stem, negation_words))
    names_read = NAMES_WHATEVER_WORDS if names else False  # decided here: the calls below read it as is
    if lookalikes:  # the Language without it, which reads the rest alike
        return dataclasses.replace(language(stem, apostrophes, links, spelling, invisibles, cannot, handles, marks,
                                            cjk, negation_words, False, names_read), lookalikes=True)
    if negation_words is not None:  # read as the text is (with names, English's words: ASCII, folded as they are)
        base = language(stem, apostrophes, links, spelling, invisibles, cannot, handles, marks, cjk, None, False,
                        names_read)
        tokens = [token for word in negation_words
                  for token in tokenize(word, base.elisions, apostrophes, links, invisibles, cannot, handles, marks,
                                        cjk, False, names)]
        return dataclasses.replace(base, negations=frozenset(base.stem(tokens)),
                                   negation_words=tuple(negation_words))
    if names:  # the Language without it, which reads the rest alike
        return dataclasses.replace(language(stem, apostrophes, links, spelling, invisibles, cannot, handles, marks,
                                            cjk), names=True)
    if isinstance(stem, bool):
        return Language("english" if stem else None, NEGATIONS, None, apostrophes, links, spelling, invisibles,
                        cannot, handles, marks, cjk)
    words = UNRECORDED_NEGATION_WORDS.get(stem, NEGATION_WORDS.get(stem))  # the words recorded are above
    if words is None:  # english and porter, or a language nltk adds later
        return Language(stem, NEGATIONS, None, apostrophes, links, spelling, invisibles, cannot, handles, marks, cjk)
    stemmer = shared_stemmer(stem)
    elisions = (_FRENCH_ELISIONS if stem == "french"
                else _ITALIAN_ELISIONS if stem == "italian" and apostrophes else None)
    return Language(stem, frozenset(stemmer(word) for word in words), elisions, apostrophes, links, spelling,
                    invisibles, cannot, handles, marks, cjk)


def language_of(analyzer_options: Mapping[str, Any]) -> Language:
    """The :class:`Language` a model's analyzer options (``params.analyzer_options``) read
    text with: one place for the batch and training paths, so that an option added to the
    analyzer reaches both.

    >>> language_of({"stem": True, "spelling": True}).word("defense")
    'defenc'
    """
    return language(analyzer_options.get("stem", True), analyzer_options.get("apostrophes", False),
                    analyzer_options.get("links", False), analyzer_options.get("spelling", False),
                    analyzer_options.get("invisibles", False), analyzer_options.get("cannot", False),
                    analyzer_options.get("handles", False), analyzer_options.get("marks", False),
                    analyzer_options.get("cjk", False), _words_or_none(analyzer_options.get("negation_words")),
                    bool(analyzer_options.get("lookalikes", False)), names_option(analyzer_options.get("names", False)))


def _words_or_none(words: Iterable[str] | None) -> tuple[str, ...] | None:
    """A recorded ``negation_words`` (a JSON list) as the tuple :func:`language` caches by."""
    return None if words is None else tuple(words)


def respells(stem: bool | str) -> bool:
    """Whether the ``spelling`` option does anything for a ``stem`` option: it reads English
    (True, False, "english", "porter"), whose American spellings it reads as British ones.
    Other languages are read as written: Spanish "favor" is no American "favour".

    >>> respells(True), respells(False), respells("Porter"), respells("spanish")
    (True, True, True, False)
    """
    return stem_option(stem) in (True, False, "porter")


# The ``names`` analyzer option of a model saved by the checkouts of 0.13.0 before names read
# English only (70d90176): trained with stem=False and another language's negation words, it
# folded the letters of every text, and its vocabulary holds them folded. Its analysis options
# (ModelParameters.analysis_options) carry this in place of True, so that it reads as trained.
NAMES_WHATEVER_WORDS = "whatever the negation words"


def names_option(value: Any) -> bool | str:
    """``value`` of an analyzer's ``names`` as :func:`language` takes it: a bool, or
    :data:`NAMES_WHATEVER_WORDS` kept.

    >>> names_option(1), names_option(None), names_option(NAMES_WHATEVER_WORDS) == NAMES_WHATEVER_WORDS
    (True, False, True)
    """
    return value if value == NAMES_WHATEVER_WORDS else bool(value)


def reads_names(stem: bool | str, words: Sequence[str] | None = None) -> bool:
    """Whether the ``names`` option does anything for a model of ``stem`` whose ``negation_words``
    are ``words`` (as :func:`negation_word_list` gives them and a model records them; None: its
    stem's). It reads English only: a stem that reads English (:func:`respells`) and, of a model
    of ``stem=False``, which reads any language, negation words of English's (its default, or a
    list of English's words only). Of ``stem=False``, another language's words, named
    (``"polish"``) or listed, and an empty list, say that the text is not English, whose letters'
    diacritics tell words apart: Polish "że" (that) and "ze" (from), Czech "být" (to be) and "byt"
    (a flat), Vietnamese tones. An English stemmer's text is English whatever its negation words
    (``["not", "hardly"]``, a word of one's own beside English's).

    >>> reads_names(False), reads_names(False, ("not", "never")), reads_names(False, ("nie", "nigdy"))
    (True, True, False)
    >>> reads_names(False, ()), reads_names("german"), reads_names(True, ("not", "hardly")), reads_names("porter", ())
    (False, False, True, True)
    """
    if not respells(stem):
        return False
    if stem_option(stem) is not False:  # an English stemmer: English text
        return True
    return words is None or (bool(words) and all(word.lower() in NEGATIONS for word in words))


def negation_words(stem: bool | str = True, words: Iterable[str] | None = None,
                   named: Any = None) -> tuple[str | None, tuple[str, ...]]:
    """The language whose negation words open a negation's scope for a ``stem`` option, and
    those words as written: what ``stance info`` and the model card name. English for True,
    False (whatever the text's language) and a language without words of its own; only the
    words the analyzer marks after, so not "nothing" and "nobody" under English stemming,
    which makes them "noth" and "nobodi", no negation. A model trained with the
    ``negation_words`` option records its ``words`` (which are read as the text is): those,
    and the language its option ``named`` (None for words the user gave).

    >>> negation_words(True)
    ('english', ('not', 'no', 'never', 'nor', 'without', 'neither', 'none'))
    >>> negation_words(False)[1][-4:], negation_words("German")[1][:3]
    (('nobody', 'nothing', 'neither', 'none'), ('nicht', 'kein', 'keine'))
    >>> negation_words(False, ["nie", "nigdy"], "polish"), negation_words(False, ["nie"], ["nie"])
    (('polish', ('nie', 'nigdy')), (None, ('nie',)))
    """
    if words is not None:
        return (named if isinstance(named, str) else None), tuple(words)
    stem = stem_option(stem)
    language_name = stem if isinstance(stem, str) and stem in NEGATION_WORDS else "english"
    text_language = language(stem)
    listed = UNRECORDED_NEGATION_WORDS.get(language_name, NEGATION_WORDS.get(language_name, ENGLISH_NEGATION_WORDS))
    return language_name, tuple(word for word in listed if text_language.stem([word])[0] in text_language.negations)


def check_negation_words(value: object, reading: Mapping[str, Any] | None = None,
                          command_line: bool = False) -> str | None:
    """Why ``value`` is no valid ``negation_words`` option (None: it is valid), in Python's
    words or, with ``command_line``, in those a user of ``--option negation_words=…`` types:
    None, a language of :data:`NEGATION_WORDS` (in any case), or a list of words, each a
    non-empty text without spaces (an empty list: no negation marks) that a model of the
    ``reading`` options (``stem``, ``apostrophes``… as :func:`language` takes them) reads as one
    word, as it could otherwise never meet it ("don't" is "do", "not"), and as that word, but
    for case and composition: "nie." is read "nie", and was recorded and shown as "nie.".

    >>> check_negation_words("polish"), check_negation_words(["nie", "Nigdy"]), check_negation_words(())
    (None, None, None)
    >>> check_negation_words("klingon").split(";")[0]
    "negation_words must be None, a language name or a list of words, got 'klingon'"
    >>> check_negation_words(["nie", "nie ma"])
    "negation_words must hold words without spaces, got 'nie ma'"
    >>> print(check_negation_words(["don't"], {"stem": False}))
    negation_words must hold words the model reads as one, got "don't", which it reads as 'do', 'not'
    >>> print(check_negation_words(["nie."], {"stem": False}))
    negation_words must hold each word as the model reads it, got 'nie.', which it reads as 'nie'; pass 'nie'
    """
    words = COMMAND_LINE if command_line else PYTHON
    if value is None or (isinstance(value, str) and value.lower() in NEGATION_WORDS):
        return None
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        list_hint = (f"{words.option('negation_words', 'nie,nigdy')} (a comma after a single word: "
                     f"{words.option('negation_words', 'nie,')})" if command_line
                     else f"{words.option('negation_words', ['nie', 'nigdy'])}")
        # A negation word given alone ("nor") is one of the user's own, no language begun (norwegian).
        meant = "" if _is_negation_word(value) else words.meant(
            "negation_words", value, _languages_by_name(value, NEGATION_WORDS))
        return (f"{words.name('negation_words')} must be {words.value(None)}, a language name or a list of words, "
                f"got {words.value(value)}{meant}; the languages are "
                f"{', '.join(sorted(NEGATION_WORDS))}; for words of "
                f"your own pass {list_hint}")
    for word in value:
        if not isinstance(word, str) or not word:
            return f"{words.name('negation_words')} must hold non-empty texts, got {words.value(word)}"
        if any(character.isspace() for character in word):
            return f"{words.name('negation_words')} must hold words without spaces, got {words.value(word)}"
    if reading is not None:
        listed = negation_word_list(value)
        # Read as the model of these words reads: with names only if they are English's (reads_names).
        text_language = language(**{"stem": True, **reading, "negation_words": listed})
        for word in listed:  # type: ignore[union-attr]
            read = tokenize(word, text_language.elisions, text_language.apostrophes, text_language.links,
                            text_language.invisibles, text_language.cannot, text_language.handles,
                            text_language.marks, text_language.cjk, text_language.lookalikes, text_language.names)
            if len(read) != 1:
                return (f"{words.name('negation_words')} must hold words the model reads as one, got "
                        f"{words.value(word)}, which it reads as {', '.join(map(quoted, read)) or 'no word'}")
            # A word with its punctuation ("nie.", "(nigdy)", '["nie"' of a JSON list typed after
            # the "=") marked after what it reads as, but was recorded and shown as given.
            if read[0] != word:
                return (f"{words.name('negation_words')} must hold each word as the model reads it, got "
                        f"{words.value(word)}, which it reads as {quoted(read[0])}; pass {quoted(read[0])}")
    return None


def languages_named_as_words(value: object, command_line: bool = False) -> str | None:
    """Why a valid ``negation_words`` list holding a language's name ("russian,ukrainian": no
    words of theirs) is refused at a fit (None: it holds none). Not part of
    :func:`check_negation_words`, which loads and saves ask too: a model trained with such a
    list before it was refused loads and predicts as it was trained.

    >>> languages_named_as_words(["nie", "nigdy"]), languages_named_as_words("polish"), languages_named_as_words(None)
    (None, None, None)
    """
    if isinstance(value, (list, tuple)) and any(isinstance(word, str) and word.lower() in NEGATION_WORDS
                                                 for word in value):
        return _languages_in_word_list(value, command_line)
    return None


def _languages_in_word_list(value: list[str] | tuple[str, ...], command_line: bool) -> str:
    """Why a ``negation_words`` list (``value``) holding a language's name is refused: it would
    mark after the name as a word ("russian,ukrainian" for two languages' words), which no text
    negates with. One language is its name alone; two, or one and words of one's own, are
    the words of each written out.

    >>> print(_languages_in_word_list(["russian", "ukrainian"], command_line=False).split(": ")[-1])
    negation_words=list(stance.text.NEGATION_WORDS['russian']) + list(stance.text.NEGATION_WORDS['ukrainian'])
    >>> _languages_in_word_list(["Polish", "wcale"], command_line=True).endswith("=nie,nigdy,nic,niczego,niczemu,"
    ...     "niczym,nikt,nikogo,nikomu,nikim,żaden,żadna,żadne,żadnego,żadnej,żadnemu,żadnym,żadną,żadni,żadnych,"
    ...     "żadnymi,ani,bez,nigdzie,wcale")
    True
    """
    words = COMMAND_LINE if command_line else PYTHON
    named = [word for word in value if word.lower() in NEGATION_WORDS]
    languages = list(dict.fromkeys(word.lower() for word in named))
    own = [word for word in value if word.lower() not in NEGATION_WORDS]
    if command_line:
        written = ",".join(dict.fromkeys([*(word for language in languages for word in NEGATION_WORDS[language]),
                                          *own]))
        combined = f"{words.name('negation_words')}={written}"
    else:
        combined = "negation_words=" + " + ".join([*(f"list(stance.text.NEGATION_WORDS[{language!r}])"
                                                     for language in languages), *([repr(own)] if own else [])])
    names = "the names of languages" if len(named) > 1 else "the name of a language"
    return (f"{words.name('negation_words')} is a list of words, and holds {names}, "
            f"{', '.join(map(quoted, named))}, which it would mark after as a word; for one language "
            f"pass its name alone, {words.option('negation_words', languages[0])}, and for the words of "
            f"{'several languages' if len(languages) > 1 else 'a language and your own'}, the words written out"
            f": {combined}")


def negation_word_list(value: str | Iterable[str] | None, stem: bool | str = False) -> tuple[str, ...] | None:
    """The words a valid ``negation_words`` option (see :func:`check_negation_words`) names
    for a model of ``stem``: None for None (``stem`` gives them), a language's from
    :data:`NEGATION_WORDS`, or the words given, lower-cased and in Unicode's composed form
    (NFC), once each in their order. "english" for a stem that reads English is the words its
    default marks after (:func:`negation_words`), so that it trains the default's model: English
    stemming makes "nothing" and "nobody" "noth" and "nobodi", which the default never marked
    after, and which the list read as the text is would.

    >>> negation_word_list(None), negation_word_list("Polish")[:3], negation_word_list(["NIE", "nie", "z\u0307aden"])
    (None, ('nie', 'nigdy', 'nic'), ('nie', 'żaden'))
    >>> "nothing" in negation_word_list("english", stem=True), "nothing" in negation_word_list("english", "german")
    (False, True)
    """
    if value is None:
        return None
    if isinstance(value, str) and value.lower() == "english" and respells(stem):
        return negation_words(stem)[1]
    if isinstance(value, str):
        return NEGATION_WORDS[value.lower()]
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", word.lower()) for word in value))


def fitted_negation_words(value: str | Iterable[str] | None, stem: bool | str) -> str | Iterable[str] | None:
    """The ``negation_words`` option a fit records for ``value`` and ``stem``: without one, a
    stem whose list grew since models recorded no words (:data:`UNRECORDED_NEGATION_WORDS`)
    is fitted as if its language were named, so that the model records its fuller list and
    marks after it, while models that recorded nothing read as they did. A version before
    reads such a model too, as one trained with ``negation_words="german"``.

    >>> fitted_negation_words(None, "German"), fitted_negation_words(None, "spanish")
    ('german', None)
    >>> fitted_negation_words("polish", "german"), fitted_negation_words(["nie"], "german")
    ('polish', ['nie'])
    """
    stem = stem_option(stem)
    if value is None and isinstance(stem, str) and stem in UNRECORDED_NEGATION_WORDS:
        return stem
    return value


def ignored_stems(words: Iterable[str], analyzer_options: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The words of a ``stance_ignores`` option as a model of ``analyzer_options`` (those
    :func:`make_analyzer` takes) reads them: for each, the stems it is read as (one for a word,
    one a word of a name of several, none for a word it reads as none).

    >>> ignored_stems(["Hungary's", "United States", "Türkiye"], {"stem": True, "names": True})
    (('hungari',), ('unit', 'state'), ('turkiy',))
    """
    read = make_analyzer(**{**analyzer_options, "ngram_max": 1, "negation": False, "opening": False})
    return tuple(tuple(read(word)) for word in words)


def distinct_readings(words: Iterable[str], analyzer_options: Mapping[str, Any]) -> list[str]:
    """``words`` (a ``stance_ignores`` option) less each a model of ``analyzer_options`` reads
    as an earlier one (:func:`ignored_stems`): the words it ignores, each once, the first kept.

    >>> distinct_readings(["Hungary", "hungary", "Estonia", "Hungary's"], {"stem": True})
    ['Hungary', 'Estonia']
    """
    words = list(words)
    first = {}
    for word, read in zip(words, ignored_stems(words, analyzer_options)):
        first.setdefault(read, word)
    return list(first.values())


def unread_phrases(words: Iterable[str], analyzer_options: Mapping[str, Any]) -> list[tuple[str, int]]:
    """The names of several words in ``words`` (a ``stance_ignores`` option) that a model of
    ``analyzer_options`` reads as more words than its n-grams hold (``ngram_max``), each with
    how many: no feature holds such a phrase, so it ignores nothing.

    >>> unread_phrases(["Hungary", "United States", "Bosnia and Herzegovina"], {"ngram_max": 2})
    [('Bosnia and Herzegovina', 3)]
    """
    words = list(words)
    longest = analyzer_options.get("ngram_max", NGRAM_MAX)
    return [(word, len(read)) for word, read in zip(words, ignored_stems(words, analyzer_options))
            if len(read) > longest]


def unread_phrases_advice(words: Iterable[str], analyzer_options: Mapping[str, Any]) -> str | None:
    """What a fit warns of the :func:`unread_phrases` of ``words``, and what to do (None: none).

    >>> print(unread_phrases_advice(["Bosnia and Herzegovina", "Hungary"], {"ngram_max": 2}))
    stance_ignores: the model reads 'Bosnia and Herzegovina' as 3 words, and its n-grams hold 2 at most (ngram_max=2),
    so no feature holds it and it ignores nothing; give its words one by one, as words of their own ('Bosnia' and
    'Herzegovina'), which blinds the stance head to each wherever it stands, or train with ngram_max=3
    >>> unread_phrases_advice(["Bosnia-Herzegovina"], {"ngram_max": 1}).split("; ")[1].split(", which")[0]
    "give its words one by one, as words of their own ('Bosnia' and 'Herzegovina')"
    """
    unread = unread_phrases(words, analyzer_options)
    if not unread:
        return None
    one, counts = len(unread) == 1, [count for _, count in unread]
    read = (f"{counts[0]} words{'' if one else ' each'}" if len(set(counts)) == 1
            else f"{and_listed([str(count) for count in counts], str)} words")
    longest = analyzer_options.get("ngram_max", NGRAM_MAX)
    # Its words as the model parts them ("Bosnia-Herzegovina" is two, as "Bosnia Herzegovina" is: split at the
    # space alone, the advice named the phrase again); not "and" nor "of", which would blind the stance head to
    # every sentence that holds them, nor a lone letter ("U.S."), which it may read as no word. Named, not
    # written as a Python list: the command line's --option stance_ignores=… takes them between commas.
    parts = re.findall(r"[^\W_]{2,}", unread[0][0])
    named = [word for word in parts if word.casefold() not in ENGLISH_WORDS] or parts
    one_by_one = (f"give {'its' if one else 'their'} words one by one, as words of their own "
                  f"({and_listed([quoted(word) for word in named], str)}{'' if one else ', …'}), which blinds the "
                  f"stance head to each wherever it stands, or " if named else "")
    return (f"stance_ignores: the model reads {and_listed([word for word, _ in unread])} as {read}, and its n-grams "
            f"hold {longest} at most (ngram_max={longest}), so no feature holds "
            f"{'it and it ignores' if one else 'them and they ignore'} nothing; {one_by_one}train with "
            f"ngram_max={max(counts)}")


def check_stance_ignores(value: object, reading: Mapping[str, Any] | None = None,
                         command_line: bool = False) -> str | None:
    """Why ``value`` is no valid ``stance_ignores`` option (None: it is valid), in Python's
    words or, with ``command_line``, in those a user of ``--option stance_ignores=…`` types:
    None, or a list (or tuple) of non-empty texts, each of which a model of the ``reading``
    options (those :func:`make_analyzer` takes) reads as a word or more, as it would otherwise
    ignore nothing.

    >>> check_stance_ignores(None), check_stance_ignores(["Hungary", "United States"], {"stem": True})
    (None, None)
    >>> check_stance_ignores("Hungary").split("; ")
    ["stance_ignores must be None or a list of words, got 'Hungary', a single str, whose letters would each be a \
word", "pass stance_ignores=['Hungary'], or stance_ignores=stance.ALLY_NAMES for the 32 NATO allies' names"]
    >>> check_stance_ignores({"Hungary"}).split("; ")[1]
    "pass the words as a list, stance_ignores=sorted(words), or stance_ignores=stance.ALLY_NAMES for the 32 NATO \
allies' names"
    >>> print(check_stance_ignores(["Hungary", "..."], {"stem": True}, command_line=True))
    --option stance_ignores must hold words the model reads, got '...', which it reads as no word
    """
    words = COMMAND_LINE if command_line else PYTHON
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        single = ", a single str, whose letters would each be a word" if isinstance(value, str) else ""
        example = [value] if isinstance(value, str) else ["Hungary", "Estonia"]
        allies = ("--option stance_ignores=allies" if command_line
                  else "stance_ignores=stance.ALLY_NAMES")
        listed = (f"--option stance_ignores={','.join(example)}" if command_line
                  else words.option("stance_ignores", example))
        if not command_line and isinstance(value, (AbstractSet, Iterator)):  # the user's own words, in a list
            listed = f"the words as a list, stance_ignores={'sorted' if isinstance(value, AbstractSet) else 'list'}" \
                     f"(words)"
        return (f"{words.name('stance_ignores')} must be {words.value(None)} or a list of words, got "
                f"{words.value(value)}{single}; pass {listed}, or {allies} for the 32 NATO allies' names")
    for word in value:
        if not isinstance(word, str) or not word:
            return f"{words.name('stance_ignores')} must hold non-empty texts, got {words.value(word)}"
    if reading is None:
        return None
    for word, read in zip(value, ignored_stems(value, reading)):
        if not read:
            return (f"{words.name('stance_ignores')} must hold words the model reads, got {words.value(word)}, "
                    f"which it reads as no word")
    return None


def negation_features(tokens: list[str], negations: frozenset[str] = NEGATIONS) -> list[str]:
    """Mark the few words after a negation ("not alone" adds "NOT_alon").

    >>> negation_features(["we", "are", "not", "alon", "again"])
    ['NOT_alon', 'NOT_again']
    """
    marked = []
    remaining = 0
    for token in tokens:
        if token in negations:
            remaining = NEGATION_SCOPE
            continue
        if remaining:
            marked.append(NOT_PREFIX + token)
            remaining -= 1
    return marked


# The longest n-gram a model reads by default (make_analyzer, StanceModel).
NGRAM_MAX = 2
# make_analyzer's options, which a saved model's metadata lists under "analyzer".
ANALYZER_OPTIONS = ("ngram_max", "stem", "negation", "opening", "apostrophes", "links", "spelling", "invisibles",
                    "cannot", "handles", "marks", "cjk", "negation_words", "lookalikes", "names")


def make_analyzer(ngram_max: int = NGRAM_MAX, stem: bool | str = True, negation: bool = False,
                  opening: bool = False, apostrophes: bool = False,
                  links: bool = False, spelling: bool = False, invisibles: bool = False,
                  cannot: bool = False, handles: bool = False, marks: bool = False,
                  cjk: bool = False,
                  negation_words: str | Iterable[str] | None = None,
                  lookalikes: bool = False, names: bool | str = False) -> Callable[[str], list[str]]:
    """Build the feature function: stemmed word n-grams from 1 to ``ngram_max``, plus
    negation-scope features and the opening word (``"START_<stem>"``) if asked. ``stem``
    is True (English), False or a Snowball language name, ``apostrophes`` reads curly
    apostrophes as straight and cuts Italian elisions (see :func:`language`), ``links``
    reads web and e-mail addresses as no word and an @handle as one, ``spelling`` reads
    an American spelling of English as the British one (:mod:`stance.spelling`),
    ``invisibles`` drops invisible format characters (:data:`INVISIBLE_FORMAT`),
    ``cannot`` reads "cannot" as "can not" (:func:`split_cannot`), ``handles`` (with
    ``links``) reads a dotted handle as one word (:data:`HANDLES_TOKEN_PATTERN`), and
    ``marks`` reads a combining mark as part of the word it follows, the marks that only
    annotate pronunciation dropped (:data:`ANNOTATION_MARKS`), and ``cjk`` reads a run of
    Chinese characters or Japanese kana as its overlapping pairs of characters
    (:func:`split_cjk`); their default, False, is how models saved before each option read.
    ``negation_words``, words as :func:`negation_word_list` gives them, or a language's name as
    a model's option takes it (``"polish"``, read through :func:`negation_word_list`), open a
    negation's scope in place of those ``stem`` gives (None, how models saved before the option
    read); another text is refused, since it would be read letter by letter. ``lookalikes`` reads
    a look-alike of the apostrophe between two letters as it ("isn′t", "isn´t": :data:`_LOOKALIKES`),
    and ``names`` reads English text's names as the corpus writes them: Latin letters without
    their diacritics, and another transliteration as the corpus's (:mod:`stance.name_spellings`);
    not of ``stem=False`` with ``negation_words`` of another language (:func:`reads_names`: Polish
    "że" is no "ze").

    >>> make_analyzer(ngram_max=1, stem=False)("Not one inch")
    ['not', 'one', 'inch']
    >>> make_analyzer(ngram_max=1, negation=True, opening=True)("Never again")
    ['never', 'again', 'NOT_again', 'START_never']
    >>> make_analyzer(ngram_max=1, stem="french", negation=True)("L'OTAN n'attendra pas")
    ['l', 'otan', 'n', 'attendr', 'pas', 'NOT_attendr']
    >>> make_analyzer(ngram_max=1, stem="italian", apostrophes=True)("dell’Ucraina")
    ['dell', 'ucrain']
    >>> make_analyzer(ngram_max=1, links=True)("@user_1 Bring them home https://t.co/4b3e865")
    ['user_1', 'bring', 'them', 'home']
    >>> make_analyzer(ngram_max=1, spelling=True)("More for defense")
    ['more', 'for', 'defenc']
    >>> make_analyzer(ngram_max=1, invisibles=True)("More for Ukr\u200baine")
    ['more', 'for', 'ukrain']
    >>> make_analyzer(ngram_max=1, negation=True, cannot=True)("We cannot leave")
    ['we', 'can', 'not', 'leav', 'NOT_leav']
    >>> make_analyzer(ngram_max=1, stem=False, links=True, handles=True)("@Ukraine.bsky.social Great")
    ['ukraine.bsky.social', 'great']
    >>> make_analyzer(ngram_max=1, stem=False, marks=True)("Са\u0301нкції тре\u0301ба")
    ['санкції', 'треба']
    >>> make_analyzer(ngram_max=1, stem=False, cjk=True)("我们支持NATO。")
    ['我们', '们支', '支持', 'nato']
    >>> make_analyzer(ngram_max=1, stem=False, negation=True, negation_words=["nie"])("Nie popieramy")
    ['nie', 'popieramy', 'NOT_popieramy']
    >>> make_analyzer(ngram_max=1, stem=False, negation=True, negation_words="polish")("Nie popieramy")
    ['nie', 'popieramy', 'NOT_popieramy']
    >>> make_analyzer(ngram_max=1, stem=False, negation=True, lookalikes=True)("NATO isn′t united")
    ['nato', 'is', 'not', 'united', 'NOT_united']
    >>> make_analyzer(ngram_max=1, names=True)("Zelenskyy's Kiev-based Suwałki")
    ['zelenski', 'kyiv', 'base', 'suwalki']
    """
    if ngram_max < 1:
        raise ValueError(f"ngram_max must be at least 1, got {ngram_max}")
    if isinstance(negation_words, str):  # a language's name, as a model's option names one
        problem = check_negation_words(negation_words)
        if problem:
            raise ValueError(problem)
        negation_words = negation_word_list(negation_words, stem)
    text_language = language(stem, apostrophes, links, spelling, invisibles, cannot, handles, marks, cjk,
                             _words_or_none(negation_words), bool(lookalikes), names_option(names))
    elisions, negations, handles = text_language.elisions, text_language.negations, text_language.handles
    names = text_language.names  # English only
    if marks:  # built now, not on the first text
        token_pattern(links, handles, marks)

    def analyze_text(text: str) -> list[str]:
        tokens = text_language.stem(tokenize(text, elisions, apostrophes, links, invisibles, cannot, handles,
                                             marks, cjk, lookalikes, names))
        features = list(tokens)
        if ngram_max >= 2:
            features.extend([f"{a} {b}" for a, b in zip(tokens, tokens[1:])])
        # No n-gram is longer than the text: an ngram_max of a billion cost hours per text.
        for n in range(3, min(ngram_max, len(tokens)) + 1):
            features.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        if negation:
            features.extend(negation_features(tokens, negations))
        if opening and tokens:
            features.append(OPENING_PREFIX + tokens[0])
        return features

    return analyze_text


def word_count(features: list[str]) -> int:
    """How many of an analyzer's ``features`` are its words (its unigrams), found without
    tokenising again: the analyzer emits the words first, and every feature after them has
    a space (an n-gram) or an upper-case prefix (``NOT_``, ``START_``), which no word has
    (a word is lowercase; a handle, "user_8725", may hold an underscore).

    >>> word_count(make_analyzer(negation=True, opening=True)("We are not alone."))
    4
    >>> word_count([])
    0
    >>> word_count(make_analyzer(opening=True, links=True)("@user_1 home"))
    2
    """
    return bisect.bisect_left(features, True, key=_is_not_a_word)


def _is_not_a_word(feature: str) -> bool:
    return " " in feature or feature.startswith(_MARKS)


def analyze(text: str) -> list[str]:
    """The default analyzer: stemmed unigrams and bigrams."""
    return _default_analyzer(text)


_default_analyzer = make_analyzer()

"""Whether a hyphen at a line's end is a compound's, kept, or a typesetter's, which broke a word.

PDF text breaks words at their syllables ("deter-" / "rence") and compounds at their hyphen
("air-" / "defence"); nothing in the text says which, and a wrong guess gives the model a word
it has never seen ("airdefence", "chal-lenges"). Without a dictionary, the halves tell: a
compound's are words, and a broken word's second half is most often an ending ("-ment",
"-tion", "-ity", "-ing") with at most two letters before it ("rence", "rity", "nian"), and its
first half a prefix ("inter", "com", "re"), a syllable ending in "i" or "u" ("mili", "secu") or
three letters that make no common word ("ter", "sig"). The words and compounds of
tests/test_document.py (147 and 110) are read right 95% and 96% of the time: a word whose
halves look like words keeps a hyphen ("chal-lenges", "deter-mined"), and a compound whose
second word looks like an ending loses it ("midsized").

>>> keeps_hyphen("air", "defence"), keeps_hyphen("deter", "rence"), keeps_hyphen("decision", "making")
(True, False, True)
"""

from __future__ import annotations

# Endings a typesetter leaves on the next line, alone or after one or two letters ("ment",
# "rence", "bilities"), which no compound's second word is. Not "ed" alone, since "led",
# "aged" and "eyed" are ("NATO-led", "middle-aged").
_ENDINGS = frozenset({
    "tion", "tions", "sion", "sions", "ation", "ations", "ition", "itions", "ment", "ments", "ence", "ences", "ance",
    "ances", "ency", "ancy", "ity", "ities", "ility", "ilities", "ety", "alty", "ness", "ing", "ings", "er", "ers",
    "est", "ly", "ily", "al", "ial", "ials", "ical", "ic", "ics", "ive", "ives", "ous", "ious", "eous", "able",
    "ible", "ably", "ibly", "ism", "isms", "ist", "ists", "ise", "ize", "ises", "izes", "ised", "ized", "ising",
    "izing", "isation", "ization", "ian", "ians", "an", "ans", "ean", "ia", "ary", "ory", "ery", "ure", "ures", "ant",
    "ants", "ent", "ents", "cy", "ies", "ship", "ships", "hood", "dom", "ful", "less", "ward", "wards", "ate", "ates",
    "ated", "ating", "ited", "ator", "ators", "atic", "ative", "atives", "ual", "ually", "ish", "teen", "teenth",
    "le", "gy", "ology", "ologies", "nomy",
})
# How many letters may come before an ending for a second half to be a fragment: "rence" is
# one, "making" (m-a-k and "ing") a word.
_BEFORE_ENDING = 2
# Second halves of one or two letters that are a compound's word ("follow-up", "log-in").
_PARTICLES = frozenset({"up", "in", "on", "by"})
# Prefixes that make closed words ("inter-" / "national", "com-" / "mander"), and the
# function words that do ("how-" / "ever", "with-" / "drawal", "some-" / "thing"). Some make
# compounds with a hyphen too ("counter-offensive", "pre-war"); the closed spelling is English
# as well.
_PREFIXES = frozenset({
    "inter", "intra", "infra", "trans", "super", "sub", "counter", "multi", "over", "under", "out", "with", "how",
    "when", "what", "where", "there", "here", "some", "any", "every", "pre", "post", "pro", "con", "com", "dis",
    "mis", "semi", "cyber", "micro", "macro", "mega", "hyper", "ultra", "tele", "geo", "eco", "bio", "para",
})
# Words of three letters that open compounds ("air-defence", "war-torn", "low-cost"): other
# first halves of three letters or fewer are syllables ("ter-" / "ritory", "sig-" / "nificant",
# "Ger-" / "many", "re-" / "main").
_SHORT_WORDS = frozenset({
    "air", "war", "sea", "far", "low", "top", "old", "new", "big", "all", "ill", "mid", "end", "hot", "dry", "red",
    "tax", "oil", "gas", "car", "man", "day", "key", "law", "one", "two", "six", "ten", "non", "bad", "raw", "cut",
    "off", "sun", "eye", "gun", "arm",
})
# Words that open a compound whatever follows, even an ending ("self-" / "rule", "twenty-" / "five").
_OPENERS = frozenset({"self", "non", "well", "long", "one", "two", "three", "anti", "twenty", "thirty", "forty",
                      "fifty", "sixty", "seventy", "eighty", "ninety"})
# Common words that an opener begins without a hyphen, as dictionaries divide them
# ("non·sense", "self·ish", "an·ti·dote", "lon·ger"): joined.
_WORDS_AN_OPENER_BEGINS = frozenset({
    "nonsense", "nonsensical", "selfish", "selfishly", "selfishness", "selfless", "selflessly",
    "selflessness", "antidote", "antidotes", "antiquated", "antique", "antiques", "antiquity",
    "antibody", "antibodies", "antibiotic", "antibiotics", "longer", "longest", "longing",
    "wellness", "oneself",
})
# A compound whose first word is too short for the rule, and too common to miss.
_SHORT_COMPOUNDS = frozenset({"so-called"})


def keeps_hyphen(first: str, second: str) -> bool:
    """Whether ``first`` and ``second``, the words before and after a hyphen that ended a line
    (``second`` in lower case), are a compound's, which keeps it, rather than the halves of a
    word broken there.

    >>> keeps_hyphen("short", "term"), keeps_hyphen("Kremlin", "backed"), keeps_hyphen("follow", "up")
    (True, True, True)
    >>> keeps_hyphen("govern", "ment"), keeps_hyphen("mili", "tary"), keeps_hyphen("inter", "national")
    (False, False, False)
    """
    first, second = first.lower(), second.lower()
    if first + second in _WORDS_AN_OPENER_BEGINS:
        return False
    if first in _OPENERS or f"{first}-{second}" in _SHORT_COMPOUNDS:
        return True
    if (len(first) <= 3 and first not in _SHORT_WORDS) or first in _PREFIXES or first.endswith(("i", "u")):
        return False
    return not _is_fragment(second)


def _is_fragment(second: str) -> bool:
    """Whether ``second`` is the end of a broken word: one or two letters (but "up", "in"…),
    or an ending after at most two letters (see _ENDINGS).

    >>> _is_fragment("ce"), _is_fragment("rence"), _is_fragment("up"), _is_fragment("defence")
    (True, True, False, False)
    """
    if len(second) <= 2:
        return second not in _PARTICLES
    return any(second[start:] in _ENDINGS for start in range(_BEFORE_ENDING + 1))

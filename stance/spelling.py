"""American spellings read as British ones: the ``spelling`` analyzer option.

The bundled corpus writes British English ("defence" in 3,591 rows, "defense" in 49), and
Snowball stems the two spellings apart ("defenc", "defens"; "mobilis", "mobil"), so a
statement in American spelling lost the words the model knows best: "We must spend more
on defense." got ``against`` where "...defence." got ``favor``. With the option, a word is
read in its British spelling before it is stemmed.

The map is curated, not made by rules: "-or" → "-our" would turn "for", "major" and "doctor"
into no words, and "-ize" → "-ise" would do the same to "size" and "seize". It is built of
word families, each a list of British stems and the endings they take, plus words whose
spellings differ otherwise ("program", "gray", "toward"). An American spelling that is
another British word is left out, whatever it means in a given text: "tire" (to tire,
not a tyre), "meter" (a gas meter), "check", "draft", "curb", and "practice" (the British
noun; the verb is "practise"). A word of the map is respelt whatever its sense or case:
"program" (a computer's), "dialog", "judgment" (a court's), the names "Gray" and "Specter",
and an undotted @handle, a word of the text ("@defense"); ``spelling=False`` reads them as spelt.

The map is built on first use, so that ``import stance`` stays cheap.

The map is part of how a saved model reads text: a word added here would change what every
model saved with ``spelling=True`` predicts for text holding it, with nothing in the model
to tell. Leave it as it is; a longer map comes as a new value of the option (a new format).

>>> british_words(["defense", "mobilized", "for", "tire", "program"])
['defence', 'mobilised', 'for', 'tire', 'programme']
"""

from __future__ import annotations

from functools import cache

# The sha256 of the map models of formats 8 and 9 were saved with (its sorted pairs as JSON),
# which a test holds it to: a change to the lists below changes saved models' predictions.
FORMAT_8_MAP_SHA256 = "c913ec61ebe18207a50414cea72308735c611217a4b93b8a6f419fdbc07288a9"

# British "-our" nouns and verbs, which American writes "-or": "favour", "favored",
# "favorable", "honorably", "laborers"…; only endings that make no other word: "humoral"
# and "savory" (a herb) are British words too, so "-al" and "-y" come with "behavioural"
# and "armoury" alone, below.
_OUR = ("ardour", "armour", "behaviour", "candour", "clamour", "colour", "demeanour", "disfavour", "dishonour",
        "endeavour", "favour", "fervour", "flavour", "harbour", "honour", "humour", "labour", "neighbour", "odour",
        "parlour", "rancour", "rumour", "saviour", "savour", "splendour", "tumour", "valour", "vapour", "vigour")
_OUR_ENDINGS = ("", "s", "ed", "ing", "able", "ably", "er", "ers", "ite", "ites", "itism", "ful", "less", "ly",
                "hood", "hoods")
# British "-ise" verbs (as stems before the "e"), which American writes "-ize": "mobilise",
# "mobilized", "organization", "recognizable". Listed, not every "-ize": "size", "seize",
# "prize" are "-ize" in British too.
_ISE = ("agonis", "antagonis", "apologis", "authoris", "capitalis", "categoris", "centralis", "characteris",
        "civilis", "commercialis", "computeris", "criminalis", "criticis", "decentralis", "delegitimis",
        "demilitaris", "demobilis", "demonis", "demoralis", "desensitis", "destabilis", "digitalis", "emphasis",
        "energis", "equalis", "familiaris", "finalis", "formalis", "fraternis", "galvanis", "globalis",
        "harmonis", "hospitalis", "idealis", "immobilis", "immunis", "incentivis", "industrialis",
        "institutionalis", "internationalis", "jeopardis", "legalis", "legitimis", "localis", "marginalis",
        "materialis", "maximis", "mechanis", "memorialis", "mesmeris", "militaris", "minimis", "mobilis",
        "modernis", "monopolis", "moralis", "nationalis", "neutralis", "normalis", "operationalis", "optimis",
        "organis", "ostracis", "patronis", "penalis", "polaris", "politicis", "prioritis", "privatis",
        "publicis", "radicalis", "rationalis", "realis", "recognis", "revitalis", "sanitis", "scandalis",
        "scrutinis", "sensitis", "socialis", "specialis", "stabilis", "standardis", "subsidis", "summaris",
        "sympathis", "synchronis", "terroris", "trivialis", "unionis", "utilis", "vandalis", "visualis",
        "weaponis", "westernis")
_ISE_ENDINGS = ("e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able")
# British "-yse" verbs, American "-yze": "analyse", "paralyzed".
_YSE = ("analys", "paralys", "catalys")
_YSE_ENDINGS = ("e", "es", "ed", "ing", "er", "ers")
# British "-ce" nouns, American "-se"; "licence" though British "license" is the verb: a
# bag of stems reads the two as one family anyway, where "practice" is left out (its
# American form is the British noun, by far the more common).
_CE = ("defence", "offence", "licence", "pretence")
_CE_ENDINGS = ("", "s", "less")
# British "-re", American "-er": "centre", "theatres", "sabre"; not "metre" ("meter" is a
# British word), but the units made of it, which are not. American "centered" is "centred".
_RE = ("centre", "theatre", "calibre", "sabre", "spectre", "fibre", "sombre", "meagre", "litre", "kilometre",
       "centimetre", "millimetre")
_RE_ENDINGS = ("", "s", ("ed", "d"))
# Words whose spellings differ otherwise ("-ogue", "-mme", "-oeuvre", a kept "e", a single
# or a doubled "l"), and forms of the families above that their endings do not make.
_WORDS = {
    "behavioral": "behavioural", "behaviorally": "behaviourally", "armory": "armoury", "armories": "armouries",
    "unfavorable": "unfavourable",
    "unfavorably": "unfavourably", "centering": "centring", "centerpiece": "centrepiece",
    "program": "programme", "programs": "programmes",
    "maneuver": "manoeuvre", "maneuvers": "manoeuvres", "maneuvered": "manoeuvred", "maneuvering": "manoeuvring",
    "maneuverable": "manoeuvrable", "maneuverability": "manoeuvrability",
    "gray": "grey", "skeptic": "sceptic", "skeptics": "sceptics", "skeptical": "sceptical",
    "skeptically": "sceptically", "skepticism": "scepticism",
    "judgment": "judgement", "judgments": "judgements", "judgmental": "judgemental",
    "toward": "towards", "aging": "ageing",
    "catalog": "catalogue", "catalogs": "catalogues", "cataloged": "catalogued",
    "dialog": "dialogue", "dialogs": "dialogues",
    "fulfill": "fulfil", "fulfills": "fulfils", "fulfillment": "fulfilment",
    "enroll": "enrol", "enrolls": "enrols", "enrollment": "enrolment", "enrollments": "enrolments",
    "installment": "instalment", "installments": "instalments", "instill": "instil", "instills": "instils",
    "skillful": "skilful", "skillfully": "skilfully", "willful": "wilful", "willfully": "wilfully",
    "counselor": "counsellor", "counselors": "counsellors",
}
# Verbs that double their final "l" in British English before "-ed", "-ing", "-er":
# "traveled", "signaling", "modeler" (Snowball stems both alike; unstemmed they differ).
_DOUBLED_L = ("cancel", "channel", "counsel", "duel", "equal", "fuel", "funnel", "label", "level", "marshal",
              "marvel", "model", "pummel", "quarrel", "rival", "signal", "spiral", "total", "travel", "tunnel")
_DOUBLED_L_ENDINGS = ("ed", "ing", "er", "ers")


@cache
def american_to_british() -> dict[str, str]:
    """Each American spelling (lower case) and the British one it is read as.

    >>> table = american_to_british()
    >>> table["favorable"], table["organizations"], table["centered"], table["signaling"]
    ('favourable', 'organisations', 'centred', 'signalling')
    """
    table: dict[str, str] = {}
    for stems, endings, american in ((_OUR, _OUR_ENDINGS, lambda stem: stem[:-3] + "or"),
                                     (_ISE, _ISE_ENDINGS, lambda stem: stem[:-1] + "z"),
                                     (_YSE, _YSE_ENDINGS, lambda stem: stem[:-1] + "z"),
                                     (_CE, _CE_ENDINGS, lambda stem: stem[:-2] + "se"),
                                     (_RE, _RE_ENDINGS, lambda stem: stem[:-2] + "er")):
        for stem in stems:
            for ending in endings:
                # An ending is one for both spellings, or the American one and the British one.
                american_ending, british_ending = (ending, ending) if isinstance(ending, str) else ending
                table[american(stem) + american_ending] = stem + british_ending
    for verb in _DOUBLED_L:
        for ending in _DOUBLED_L_ENDINGS:
            table[verb + ending] = verb + "l" + ending
    table.update(_WORDS)
    return table


def british(word: str) -> str:
    """``word`` (a lower-case token) in its British spelling, or as it is.

    >>> british("defense"), british("defence"), british("major")
    ('defence', 'defence', 'major')
    """
    return american_to_british().get(word, word)


def british_words(words: list[str]) -> list[str]:
    """:func:`british` of each word of ``words``."""
    table = american_to_british()
    return list(map(table.get, words, words))

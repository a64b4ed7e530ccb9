"""The abbreviations, ordinals and dates after whose full stop a sentence goes on.

ABBREVIATIONS is what Punkt is given (less those that are words too, which end sentences:
_AMBIGUOUS_ABBREVIATIONS); the patterns here tell, at the end of a piece that Punkt cut
off, an abbreviation it did not know or one that a number, a name or a date follows ("No.",
"Art. IV", "им.", "a.m."), a German ordinal or day before its noun or month ("im 21.",
"am 24."), and what follows them. :mod:`stance.sentence_joins` reads them to join what
Punkt cut apart, :mod:`stance.sentence_cuts` to cut where it did not.
"""

from __future__ import annotations

import re

from .lines import _CAP, _GERMAN_OWN_MONTHS, _MONTH, _SHARED_MONTHS, _WEEKDAY, _ZONES

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
    # ("insb. von Munition", "bzgl. der Brigade", "ggü. dem Vorjahr", "abzgl. der Steuer", "einschl. der Kosten");
    # not "gem." ("gemäß"), English's "gem": _GEMAESS_END
    "insb", "insbes", "bzgl", "ggü", "abzgl", "einschl",
    # _LETTER_ABBREVIATIONS' that end no sentence, as written without a space ("z.B. Munition"): Punkt
    # reads "z.B." as one word and cut after it before a capital, where it reads "z. B." as two initials
    # and goes on; not "v.a.", English's "V.A." (Veterans Affairs), nor "o.ä.", "u.v.m.", "s.o." or "v.Chr.",
    # which end sentences, nor "d.h." and "u.a.", whose capitals are English initials ("the team's D.H.",
    # "the U.A."), which Punkt, blind to case, would join too: _GERMAN_LOWER_LETTERS_END
    "z.b", "z.t", "i.d.r", "u.u",
    # titles and ranks of speeches and hearings ("Rev. King", "Sec. Gen. Rutte", "Gen. Hodges (ret.) said")
    "rev", "sec", "ret", "gens", "cpl", "pte", "dep", "messrs", "mme",
    # French and German ones before a name or a word in lower case ("le gén. Burkhard", "Dr. med. Weber"), and
    # the Bundestag record's title of a member before the name ("der Abg. Dr. Hans Müller"), a word in no language
    "gén", "med", "rer", "phil", "jur", "abg",
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
    # Italian titles before a name that are words in no language ("il dott. Rossi", "l'avv. Bianchi", "i sigg.
    # Rossi e Verdi", "Egr. Presidente"); not "sig.", Swedish's "himself", nor "on.", English's: _ITALIAN_TITLE
    "dott", "avv", "sigg", "egr",
    # French months abbreviated, as "Jan." and "Dec." are ("le 3 janv. 2024", "le 3 déc. 2024"), words in no
    # language; "sept." is one (_AMBIGUOUS_ABBREVIATIONS), "oct." and "nov." English's
    "janv", "fév", "févr", "avr", "juil", "déc",
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
# An ordinal after another and "und", "oder", "bis" or "bzw." ("in 2. und 3. Lesung", "der 1. bis 3. Panzerdivision"):
# the pair goes before its noun as an ordinal after its article does, and is none of a sentence's end.
_COORDINATED_ORDINAL_END = re.compile(r"(?<![\w.,])\d{1,3}\.\s+(?:und|oder|bis|sowie|bzw\.)\s+\d{1,3}\.$")
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

# Abbreviations that a number follows, which Punkt cut from it: English's ("No. 5", "Art. 5", "p. 12"), German's
# ("Seite", the German page: "S. 12", only so written, since "Plan S." may end a sentence)
# and Ukrainian's and Russian's ("п. 3", "ст. 5", "ч. 2": item, article, part), Polish's ("ust. 2",
# "pkt. 3", "godz. 10": paragraph, point, hour; not "ok. 40", about, since "It's OK. 5 people came" ends one)
_NUMBERED_ABBREVIATION = re.compile(
    r"\b(?:no|nos|art|para|vol|est|sept|pp|p|fig|(?-i:S)|п|пп|ст|ч|ust|pkt|godz)\.$", re.IGNORECASE)
# Circa before a number ("c. 5,000 troops"), only so written, since "Plan C. 5 allies agreed." ends one; and not
# a list's third item, which a sentence may end on ("We chose option c." / "5 allies did too.", "a., b. and c."):
# right after a word naming an item, or after a "b." or "b)" item joined to it by a comma, "and" or "or", "c."
# ends one. "and", "or", "plan" or "step" alone name no item: "between 1949 and c. 1955", "Plans c. 2030 call…",
# and so is "b) c. 5,000 troops", a list's item that is circa.
_CIRCA_END = re.compile(r"(?<![\w.])c\.$")
_LIST_ITEM_C_END = re.compile(
    r"(?:\b(?:options?|items?|points?|answers?|scenarios?|variants?|questions?)"
    r"|(?<!\w)b[.)](?:,|,?\s+(?:and|or)))\s+c\.$",
    re.IGNORECASE)
# A place's abbreviation before its name, as written ("Ft. Bragg", "Pt. Mugu"; "Mt." is Punkt's): not given to Punkt,
# since "ft." and "pt." are feet and pints too, which end sentences ("The wall is 10 ft. The tanks stop."), so only
# in title case before a name that opens no sentence (see _continues: "…visited the Ft. He left." ends one), and
# not after a number, where they are feet or pints however written ("The mast is 30 Ft." / "Russia cannot…"),
# save a year's, which a place's name follows as any word does ("In 2023 Ft. Bragg was renamed…").
_PLACE_ABBREVIATION = re.compile(
    r"(?:^|(?<=[^\w\s.])|(?<![\s\d])\s+|(?<![\w.,])(?:1\d{3}|20\d{2})\s+)(?:Ft|Pt)\.$")
# A part's or a point's abbreviation before its number ("Pt. 2 of the report"), which Punkt cut from it: as written,
# in title case or capitals, since "pt." in lower case is a pint or a point that ends sentences as often; and not
# after a number, where it is pints ("The jug holds 1 Pt." / "2 more are needed.").
_PART_END = re.compile(r"(?<![\w.])(?<!\d\s)(?:Pt|PT)\.$")
# Hansard's clause before its number ("The Bill, cl. 3, sets this out."), which Punkt cut from it; not after a
# number, where it is centilitres ("…holds 15 cl." / "3 more are needed." ends one).
_CLAUSE_END = re.compile(r"(?<![\w.])(?<!\d\s)(?:cl|Cl|CL)\.$")
# An article or a volume numbered in Roman numerals, in capitals ("Art. IV", "Vol. II", "Art. V"), which Punkt
# cuts after "Art." and "Vol." since they may end a sentence (see _AMBIGUOUS_ABBREVIATIONS); not "I", which
# opens sentences ("…a work of art. I like it.").
_ROMAN_NUMBERED_ABBREVIATION = re.compile(r"\b(?:art|vol)\.$", re.IGNORECASE)
_ROMAN_NUMBER_START = re.compile(r"(?:[IVX]{2,}|[VX])\b")
# A unit of time or measure after its number ("10 min.", "90 sec.", "3 hrs.", "5 km."), alike in its short and
# plural form: before a capital it ends a sentence ("…took 90 sec. NATO says…"), before a word in lower case it
# goes on ("10 min. later"); where the sentence up to the stop is written all in lower case, as lower case after
# a stop says nothing there, only before a word that carries a sentence on (_UNIT_CONTINUATION: "it took 10 min.
# to get there", "we waited 20 mins. for the convoy"), not "the drill took 10 min. then the jets landed". Not
# "the minister's min." or the French "Je sais où il est min." (no number before it).
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?(?:min|mins|sec|secs|hr|hrs|km|kg|cm|lbs)\.$")
_UNIT_CONTINUATION = re.compile(
    r"(?:to|of|for|and|or|in|on|at|by|from|with|into|per|than|later|ago|before|after|until|till|past|longer|"
    r"shorter|more|less|each|away|late|early|behind|ahead|apart|left|long)\b")
# English's billions and millions after a number ("€2bn.", "£20m.", "€2 mn."), before a word in lower case
# ("…on air defence") or a currency's ISO 4217 code ("3bn. USD"): Punkt knows "bn." alone but not "2bn.", so it
# cut after a whole number's (a decimal's, "€1.5bn.", it reads as initials). Before another capital they end
# one, as stance.sentence_cuts._SENTENCE_END_ABBREVIATION cuts where Punkt did not; an acronym that is no
# currency's code opens a sentence as often as any capital does ("€2bn." / "NATO welcomed it."). The codes are
# those of NATO's members and of the partners and powers its statements name; "US" goes on only as "US$" or "US
# dollars", since "US officials…" opens sentences. Armenia's AMD is left out: the chip maker's name opens them too.
_AMOUNT_UNIT_END = re.compile(r"\d\s?(?:bn|mn|m)\.$")
_CURRENCY_CODE_START = re.compile(
    r"(?:(?:USD|EUR|GBP|CAD|ALL|BGN|CZK|DKK|HUF|ISK|MKD|NOK|PLN|RON|SEK|TRY"  # NATO's members
    r"|CHF|UAH|GEL|MDL|RSD|BAM|AZN|KZT|AUD|NZD|JPY|KRW|INR|CNY|RUB|BYN"  # partners and others named
    r"|US dollars?)(?!\w)|US\$)")
# Polish abbreviations that are English words or abbreviations in capitals ("He visited the WW.
# Memorial."): they end no sentence only in lower case before a number or a word in lower case
# ("np. 5 osób", "ul. 3 Maja", "ww. ustawa"; not "np. Litwa", which Punkt cuts).
# So are Polish "tj." and "tzn." ("that is", "that means"), "ds." ("for": "minister ds. obrony") and Estonian
# "nt." ("for example"), "sh." ("including"), "vt." ("see") and "u." ("about": "u. 500 sõdurit"), which are
# English's "TJ.", "DS.", "NT.", "sh." or "u." elsewhere.
_LOWER_CASE_ABBREVIATION = re.compile(r"(?<![\w.])(?:np|ul|ww|tj|tzn|ds|nt|sh|vt|u)\.$")
# Of them, those that never end a sentence, which a name or a noun follows as often as a word in lower case
# ("np. Polska i Litwa", "sh. Eesti", "minister ds. Unii Europejskiej"): before a capital too, unless the word
# opens sentences ("np. We…", Polish "in", or English's "sh. The baby sleeps."; see _continues).
_LIST_ABBREVIATION = re.compile(r"(?<![\w.])(?:np|tj|tzn|ds|nt|sh)\.$")
# Polish "ok." ("about") before a number: English's and German's "ok." end sentences before one ("Everything was
# ok. 40 tanks arrived."), so only in Polish, told by the words around it (_POLISH_WORDS: "To kosztuje ok. 200 mln
# zł", "ok. 300 żołnierzy"), not by any letter of the text, which a name may hold ("Everything was ok. 40 tanks
# arrived in Rzeszów", "Minister Błaszczak: everything is ok.").
_ABOUT_END = re.compile(r"(?<![\w.])ok\.$")
# Polish words: one in lower case with a letter of Polish's own ("żołnierzy", "się"; a name's capital, "Rzeszów",
# "Błaszczak", says nothing), a function word found in no neighbour language, or an amount's word after a number.
_POLISH_WORDS = re.compile(r"(?<!\w)[a-ząćęłńóśźż]*[ąćęłńóśźż][a-ząćęłńóśźż]*(?!\w)|"
                           r"(?<!\w)(?:jest|oraz|dla|przez|przy|czy|lub|około|tylko|jeszcze|wynosi|kosztuje|mamy)"
                           r"(?!\w)|\d\s?(?:mln|mld|tys|proc|zł)(?!\w)")
# Polish "proc." ("per cent") after its number: before a word in lower case or an amount's acronym ("4 proc. PKB",
# "2 proc. wydatków", "23 proc. VAT") it ends no sentence; before another capital it does ("Wzrost wyniósł 4 proc.
# Rząd…"), and so before another acronym, which opens sentences as a subject does ("…30 proc. KO ma 32 proc.",
# "…4 proc. NATO oczekuje…").
_PROC_END = re.compile(r"\d\s?proc\.$")
_AMOUNT_ACRONYM_START = re.compile(r"(?:PKB|GDP|BNP|PNB|DNB|VAT|PIT|CIT|WIBOR|RRSO)(?!\w)")
# Estonian "u." ("about") before a number goes on only in Estonian, told by the words around it (_ESTONIAN_WORDS):
# a chat's "thank u. 500 more troops…" ends. Polish "np." before a name likewise, only in Polish: a chat's "np."
# is "no problem" ("np. Ukraine deserves…").
_ABOUT_U_END = re.compile(r"(?<![\w.])u\.$")
_ESTONIAN_WORDS = re.compile(r"(?<!\w)[a-zäöüõšž]*õ[a-zäöüõšž]*(?!\w)|"
                             r"(?<!\w)(?:ja|ei|oli|see|ka|mis|kui|aga|ning|või|siis|kuid|meil|neil|nad|umbes|"
                             r"sõdurit|eurot|aastat|inimest|protsenti)(?!\w)")
_FOR_EXAMPLE_END = re.compile(r"(?<![\w.])np\.$")
# Italian titles after an article, as Italian writes them before a name ("il sig. Rossi", "al sig. Bianchi",
# "l'on. Meloni", "dell'ing. Verdi", "la sig.ra Rossi"): "sig." is Swedish's "himself" ("Han satte sig.") and
# "on." English's word ("…went on. Meloni said…"), so only after the article, and only before a name
# (_NAME_AFTER_TITLE). Not after the plural "i", which is Swedish's "in" and Polish's and Czech's "and" ("svår i
# sig.", "premier i on."); "i sigg." is Punkt's. Those Punkt is given too, after an elided article, which Punkt
# reads as one word with them ("l'avv. Neri", "dell'on.").
_ITALIAN_TITLE = re.compile(
    r"(?<![\w'’])(?i:(?:(?:il|al|del|dal|col|nel|sul|ai|dei|dai|gli|agli|degli|la|alla|della|dalla|le|alle|"
    r"delle)\s+|(?:l|all|dell|dall|nell|sull|coll)['’])(?:sig|sig\.ra|sigg|on|ing|dott|dott\.ssa|avv|prof|gen|sen))\.$")
# A name after such a title: a capital and lower case ("Rossi", "D'Alema", "De Luca"), not a number nor a word
# in capitals, and not a word that opens sentences (see _continues).
_NAME_AFTER_TITLE = re.compile(rf"[{_CAP}](?:['’][{_CAP}])?[^\W\d_{_CAP}]")
# A person's initials written without spaces, two or three capitals each with its stop ("J.D. Vance", "H.R.
# McMaster", "J.F.K. Kennedy"): Punkt reads a single letter's stop as an initial's ("J. D. Vance"), but cut
# after these before any capital, so "Vice President J.D." / "Vance spoke in Munich." were two statements (a
# journalist's audit). Before a name that opens no sentence (see _continues) they go on, as "U.S." does; not
# after an article or a number, where they are an acronym's or a time's ("…the head of the E.C." / "Allies…",
# "476 A.D.", "at 6 P.M."), nor those of _ACRONYMS_NOT_INITIALS.
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
_ACRONYM_AFTER_ARTICLE_END = re.compile(r"(?:(?<![\w'’])(?:[Tt]he|[Aa]n?)|\d)\s+(?:[A-Z]\.){2,3}$")
# A country's, a place's, an era's or a time's letters, which end sentences before a capital: "U.S.", "U.K.",
# "U.N." and "E.U." have a rule of their own (stance.sentence_cuts._SENTENCE_END_ABBREVIATION), and "Washington,
# D.C." / "Allies met there." and "…in 476 A.D." / "Barbarians ruled." are two sentences, as they were.
# The two-letter US state and territory abbreviations written with dots ("Fort Bragg, N.C." / "Paratroopers…",
# "Manchester, N.H." / "Biden responded…") and the eras' ("…the fifth century C.E." / "Saxons then arrived.") are
# a place's or an era's too (a review of cd20a36e: they joined two sentences).
_US_STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI")
_US_STATES_DOTTED = frozenset(f"{code[0]}.{code[1]}." for code in re.findall(r"[A-Z]{2}", _US_STATES))
_ACRONYMS_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "A.D.", "B.C.", "A.M.",
                                    "P.M.", "C.E.", "B.C.E.", *_US_STATES_DOTTED})
# Letters right after a place and ", " that are a state's or a province's with dots beyond the US ones ("Sydney,
# N.S.W.", "Canberra, A.C.T.", "Charlottetown, P.E.I."): they end a sentence before a capital. Other letters
# after ", " go on before a name, a person's initials ("In Munich, J.D. Vance attacked…", "Trump, J.D. Vance and
# Marco Rubio met"), as everywhere else.
_PLACE_LETTERS_END = re.compile(r"(?<![\w'’])[A-Z][\w'’.\-]*,\s+(?:N\.S\.W\.|A\.C\.T\.|P\.E\.I\.)$")
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
# Russian's years and centuries, "гг." and "вв." ("в 1990-х гг. нам", "в XIX–XX вв. нас…"), as Ukrainian's "рр.".
_ENDING_ABBREVIATIONS = frozenset({"etc", "usw", "грн", "млн", "млрд", "дол", "руб", "коп", "тис", "тыс", "др", "ін",
                                   "рр", "гг", "вв", "ст"})
# English's short forms in lower case that Punkt does not know, since they end sentences too ("5% a yr.",
# "spent 5 bn a wk."): before a word in lower case they end none ("The govt. has promised…", "5% yr. on yr.
# in Poland"), as "etc." does, but only in a sentence with a capital: in one written all in lower case, lower
# case after a stop says nothing ("we spent 2% last yr. this yr. it is 2.5%", "we pushed it to the max. we need
# more."), as after "per cent.", and some are words too ("max.", Spanish "dos mil.", French "un tel.", Latin's
# and Romanian's "ea."). "approx.", "incl.", "Dept." and "vs." are Punkt's. Title-cased ones ("Govt.", "Intl.")
# are short title-cased words (see stance.sentence_joins._continues). "est." ("estimated") too, which
# Punkt is not given (_AMBIGUOUS_ABBREVIATIONS): "The cost, est. at EUR 11 bn., will…" was cut after it,
# where French's "le flanc est." ends one before the capital that opens the next sentence.
_SHORT_FORMS = frozenset({"govt", "govts", "intl", "natl", "avg", "yr", "yrs", "wk", "wks", "hr", "hrs", "mins", "secs",
                          "km", "kg", "cm", "lbs", "pct", "resp", "abt", "max", "mil", "tel", "nos", "ea", "est"})
# Polish "itp." and Estonian "jne." ("etc."), Italian "ecc." too, and those before a number above.
_LOWER_CASE_ENDING_ABBREVIATIONS = frozenset({"dol", "tys", "mld", "itd", "itp", "np", "ul", "ww", "tj", "tzn", "ds",
                                              "nt", "sh", "vt", "proc", "jne", "ecc"})
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
# German "gem." ("gemäß", "according to") before what it cites: a paragraph sign, an article's or an
# article of a law ("gem. § 5", "gem. dem Vertrag", "gem. Art. 5", "gem. Artikel 5"). Not given to Punkt, nor
# joined before any word in lower case or a number, since it is English's "gem" ("a real gem. 5 stars.").
# "d.h." ("das heißt") and "u.a." ("unter anderem", far more often than a list's closing "und andere")
# as German writes them, the second letter in lower case ("d.h. Deutschland", "U.a. Polen" opening a
# sentence), end no sentence; "D.H." and "U.A." are English initials, which do.
_GERMAN_LOWER_LETTERS_END = re.compile(r"(?<![\w.])(?:[dD]\.h|[uU]\.a)\.$")
_GEMAESS_END = re.compile(r"(?<![\w.])[Gg]em\.$")
_GEMAESS_OBJECT = re.compile(r"(?:§|(?:der|dem|den|des|einer|einem|eines|Art\.|Artikel|Abs\.|Nr\.|Ziff\.)(?!\w))")
# French's era before "J.-C." ("753 av. J.-C.", "5 ap. J.-C."), which Punkt cut from it: only there, since "av." ends
# other sentences ("Nous sommes 300 av." / "Nous partons."). What follows "J.-C." is read as after any initials.
_ERA_END = re.compile(r"(?<![\w.])(?:av|ap|apr)\.$")
_JESUS_CHRIST_START = re.compile(r"J\.-C\.")
# The Assemblée nationale as French law abbreviates it ("l'Ass. nat."): "Ass." goes on only before its "nat.",
# since it is English's word ("He is an Ass."), and the pair before a word in lower case ("l'Ass. nat. a voté"):
# what follows is read after the piece "nat." (joined to its "Ass."), as after "op. cit.".
_ASSEMBLY_END = re.compile(r"(?<![\w.])Ass\.$")
_NATIONAL_ASSEMBLY_END = re.compile(r"(?:^|(?<![\w.])Ass\.\s?)nat\.$")
_CITATION_FIRST_END = re.compile(r"(?<![\w.])(?:op|loc)\.$")
_ET_AL_END = re.compile(r"(?<![\w.])et\s+al\.$")
# The year a work is cited by, in brackets after its authors ("Smith et al. (2020)", "(2019a, p. 4)").
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\b")
# A weekday before its date ("Fri. 14 March", "Sat. May 3"), which Punkt cut apart; title
# case only, since "The House sat. 5 Members…" ends a sentence.
_WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$")
_GERMAN_MONTH_ABBREVIATION_START = re.compile(_GERMAN_MONTH_ABBREVIATION)
# Russian and Ukrainian abbreviated months, as written, which Punkt cuts from the year after them ("24 февр." /
# "2022 г.", "1 берез." / "2022 р."): only before a year, and only after a day or before the year's "г." or "р."
# ("в янв." / "2024 г."), since some are words too ("Там много трав." / "2022 год был сухим.", "Он лют.").
_CYRILLIC_MONTHS = (r"(?:янв|февр|мар|апр|авг|сент|окт|нояб|дек|"
                    r"січ|лют|берез|квіт|трав|черв|лип|серп|вер|жовт|листоп|груд)\.")
_CYRILLIC_MONTH_ABBREVIATION_END = re.compile(rf"(?<![\w.]){_CYRILLIC_MONTHS}$")
_CYRILLIC_DAY_MONTH_END = re.compile(rf"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\s+{_CYRILLIC_MONTHS}$")
_YEAR_START = re.compile(r"\d{4}(?!\d)")
_CYRILLIC_YEAR_START = re.compile(r"\d{4}\s?(?:г\.|р\.|года\b|року\b)")
# Months whose abbreviation is a word too ("трав." grasses', "лют." fierce, "лип." lindens', "серп." sickle):
# only the year's abbreviation continues them, since "года"/"року" written out open sentences too
# ("…багато трав." / "2022 року ми їх косили.").
_CYRILLIC_MONTH_WORD_END = re.compile(r"(?<![\w.])(?:трав|лют|лип|серп)\.$")
_CYRILLIC_YEAR_ABBREVIATED_START = re.compile(r"\d{4}\s?(?:г\.|р\.)")
# German abbreviations that a number follows: a month's before its year ("Dez. 2024"), a weekday's
# before its day ("am Mo. 3. Okt.", "Do. 1. Februar"; only there, since "So." and "Do." may end a
# sentence otherwise, as "Das ist so." does in lower case), and a chapter's, paragraph's, number's and
# volume's ("Kap. 3", "Abs. 2", "Nr. 45", "Bd. 2"), as written.
_GERMAN_NUMBERED_ABBREVIATION = re.compile(
    rf"(?<![\w.])(?:{_GERMAN_MONTH_ABBREVIATION}|(?:Mo|Di|Mi|Do|Fr|Sa|So|Kap|Abs|Nr|Bd)\.)$")
_MONTH_START = re.compile(rf"{_MONTH}\b", re.IGNORECASE)

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

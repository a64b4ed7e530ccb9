"""The 32 NATO allies' names, adjectives and capitals as the press writes them: the words the
``stance_ignores`` option of :class:`stance.StanceModel` takes to train a stance head that
cannot read which ally a statement names.

The bundled corpus quotes some governments mostly as critics and others mostly as supporters,
so a stance head reads a country's name as stance (README, Known weaknesses, "A country's name
carries stance"). Each word is read by the model's own analyzer (its stemmer, spelling and
names options), so "Hungary", "Hungary's" and "Hungarian" are found however a model stems them.

A name of several words is ignored as the phrase, the n-grams holding its words side by side
("unit state"): "United States", "United Kingdom" and "North Macedonia" leave the stance head
reading "united" ("The alliance is united."), "states" ("member states"), "kingdom" and
"north". The n-grams of one of its words beside another ("the United", "States said") are
read and carry some of the name's stance; the single words ("America", "American",
"Americans", "Washington", "USA") cover most of it. A model of ``ngram_max=1`` holds no pair
of words, so these three ignore nothing there (its fit warns). Left out on purpose: "US" (read as "us",
the pronoun), "U.S." (the letters "u" and "s") and "English" (the language, and one nation of
the United Kingdom's four, where "England" is in). "Turkey" is kept, the bird notwithstanding;
"Türkiye" and "Turkiye" are both in, one word to a model whose ``names`` folds the diacritic.
"Brussels" and "Washington" name NATO's seat and its 2024 summit as well as two allies'
capitals: a stance head blind to the allies is blind to them too.

>>> import stance
>>> len(stance.ALLY_NAMES), "Hungary" in stance.ALLY_NAMES, "US" in stance.ALLY_NAMES
(145, True, False)
"""

from __future__ import annotations

# Ally by ally, in alphabetical order: its names, its people's adjectives and nouns, its capital.
ALLY_NAMES: tuple[str, ...] = (
    "Albania", "Albanian", "Albanians", "Tirana",
    "Belgium", "Belgian", "Belgians", "Brussels",
    "Bulgaria", "Bulgarian", "Bulgarians", "Sofia",
    "Canada", "Canadian", "Canadians", "Ottawa",
    "Croatia", "Croatian", "Croatians", "Croat", "Croats", "Zagreb",
    "Czechia", "Czech", "Czechs", "Prague",
    "Denmark", "Danish", "Dane", "Danes", "Copenhagen",
    "Estonia", "Estonian", "Estonians", "Tallinn",
    "Finland", "Finnish", "Finn", "Finns", "Helsinki",
    "France", "French", "Paris",
    "Germany", "German", "Germans", "Berlin",
    "Greece", "Greek", "Greeks", "Hellenic", "Athens",
    "Hungary", "Hungarian", "Hungarians", "Budapest",
    "Iceland", "Icelandic", "Icelanders", "Reykjavik",
    "Italy", "Italian", "Italians", "Rome",
    "Latvia", "Latvian", "Latvians", "Riga",
    "Lithuania", "Lithuanian", "Lithuanians", "Vilnius",
    "Luxembourg", "Luxembourger",
    "Montenegro", "Montenegrin", "Montenegrins", "Podgorica",
    "Netherlands", "Holland", "Dutch", "Hague", "Amsterdam",
    "North Macedonia", "Macedonia", "Macedonian", "Macedonians", "Skopje",
    "Norway", "Norwegian", "Norwegians", "Oslo",
    "Poland", "Polish", "Pole", "Poles", "Warsaw",
    "Portugal", "Portuguese", "Lisbon",
    "Romania", "Romanian", "Romanians", "Bucharest",
    "Slovakia", "Slovak", "Slovaks", "Slovakian", "Bratislava",
    "Slovenia", "Slovenian", "Slovene", "Slovenians", "Ljubljana",
    "Spain", "Spanish", "Spaniards", "Madrid",
    "Sweden", "Swedish", "Swede", "Swedes", "Stockholm",
    "Turkey", "Türkiye", "Turkiye", "Turkish", "Turks", "Ankara",
    "Britain", "United Kingdom", "UK", "England", "British", "Briton", "Britons", "Brit", "Brits", "London",
    "United States", "USA", "America", "American", "Americans", "Washington",
)

"""Names as the press writes them read as the corpus writes them: the ``names`` analyzer option.

The bundled corpus writes the names of the eastern flank and of Ukraine with their
diacritics and in one transliteration: "Suwałki" in 159 rows (no "Suwalki"), "Rzeszów",
"Šiauliai", "Ādaži", "Constanța", "Orbán", "Erdoğan", "Türkiye"; "Kyiv" in 1,140 (4 "Kiev"),
"Zelensky" in 82 (no "Zelenskyy"), "Kharkiv", "Odesa", "Donbas". English press writes them
otherwise (Reuters and AP strip the diacritics; AP writes "Zelenskyy", Reuters "Zelenskiy";
older text and critics' "Kiev", "Kharkov", "Odessa", "Donbass"), and a model lost its
strongest cues: "Reinforcing Suwalki must be the first priority." was ``none`` where
"…Suwałki…" was ``eastern_flank``. With the option, English text is read with its Latin
letters folded (:func:`fold_letters`: "ł" is "l", "ó" "o", one character for one, so that an
explanation's spans stay where the words are written) and, word by word before stemming, a
transliteration of the map read as the corpus's (:func:`press_to_corpus`: "kiev" is "kyiv"; the
analyzer looks it up with the ``spelling`` option's map, :func:`stance.text._respellings`).

The map is curated: a key that is an ordinary English word or the name of another place in
the same sense is left out. Two keys name small places elsewhere too (Odessa, Texas;
Sebastopol, California), which text on NATO and Ukraine hardly means. Other scripts are read
as written: Ukrainian "Київ", "її", "й" and Greek "ά" are not folded. So are "æ", "œ", "ß",
"þ" and "ð", letters of their own, which no one letter stands for.

Both are built on first use, so that ``import stance`` stays cheap, and both are part of how a
saved model reads text: a pair or a letter added here would change what every model saved
with ``names=True`` predicts for text holding it, with nothing in the model to tell. Leave
them as they are; a longer map comes as a new value of the option (a new format).

>>> [press_to_corpus().get(word, word) for word in map(fold_letters, ["zelenskyy", "kiev", "suwałki", "kyiv", "kiwi"])]
['zelensky', 'kyiv', 'suwalki', 'kyiv', 'kiwi']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# The sha256 of the map and of the letters folded that models of format 17 are saved with (their
# sorted pairs as JSON), which a test holds them to: a change changes saved models' predictions.
FORMAT_17_MAP_SHA256 = "a38952051b3e241e9f26fbb647833fc65494d93db4d7b8d8b15bb9947330aef3"
FORMAT_17_FOLD_SHA256 = "05d426d1041372ba1c80a6fe28084b45089b35d69ef28575fa303ace170700c9"

# Each name as the corpus writes it (folded, lower case) and the other spellings the press
# writes it in: AP's "Zelenskyy", Reuters' "Zelenskiy", the Russian transliterations of older
# and critics' text ("Kiev", "Kharkov", "Odessa", "Lugansk", "Donbass", "Zaporozhye"), and
# the Belarusian "Lukashenka" of some papers. The corpus holds each target but "luhansk",
# the name's spelling in English since 2022, which a user's own data is likelier to hold.
_PRESS_SPELLINGS = {
    "kyiv": ("kiev", "kyyiv"),
    "zelensky": ("zelenskyy", "zelenskiy", "zelenskyi", "zelenski"),
    "kharkiv": ("kharkov",),
    "odesa": ("odessa",),
    "lviv": ("lvov",),
    "luhansk": ("lugansk",),
    "donbas": ("donbass",),
    "zaporizhzhia": ("zaporozhye", "zaporizhia", "zaporozhe"),
    "mykolaiv": ("nikolaev", "nikolayev"),
    "chernihiv": ("chernigov",),
    "lukashenko": ("lukashenka",),
    "belarus": ("byelorussia", "belorussia"),
    "tallinn": ("tallin",),
    "chisinau": ("kishinev",),
    "syrskyi": ("syrsky", "syrskiy"),
    "navalny": ("navalnyi",),
    "sevastopol": ("sebastopol",),
}
# Latin letters with no decomposition, which the press writes without their stroke or dot:
# "Łódź" is "Lodz", "Ørsted" "Orsted", "Đukanović" "Djukanovic" or "Dukanovic", "ı" Turkish.
_UNDECOMPOSED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i"}
# The blocks whose letters are folded: Latin-1 Supplement, Latin Extended-A and -B, and Latin
# Extended Additional (Vietnamese). Fixed, not every character the running Python decomposes:
# a saved model reads the same letters under any Python (a canonical decomposition never changes).
_LATIN_BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


@cache
def press_to_corpus() -> dict[str, str]:
    """Each other spelling of a name (folded, lower case) and the corpus's spelling it is read as.

    >>> table = press_to_corpus()
    >>> table["kiev"], table["zelenskiy"], table["donbass"]
    ('kyiv', 'zelensky', 'donbas')
    """
    return {press: corpus for corpus, spellings in _PRESS_SPELLINGS.items() for press in spellings}


@cache
def folded_letters() -> dict[str, str]:
    """Each Latin letter with diacritics and the letter it is read as: a precomposed character
    of :data:`_LATIN_BLOCKS` whose canonical decomposition is a Latin letter and nonspacing marks
    (category Mn) alone, and the letters of :data:`_UNDECOMPOSED`. One character for one.

    >>> letters = folded_letters()
    >>> letters["ó"], letters["Ș"], letters["ł"], letters["ǿ"], "æ" in letters, "ǣ" in letters
    ('o', 'S', 'l', 'o', False, True)
    """
    letters = dict(_UNDECOMPOSED)
    for first, last in _LATIN_BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            base, *marks = unicodedata.normalize("NFD", char)
            if (marks and unicodedata.name(base, "").startswith("LATIN ")
                    and all(unicodedata.category(mark) == "Mn" for mark in marks)):
                letters[char] = _UNDECOMPOSED.get(base, base)  # "ǿ" is "ø" and an accent: "o"
    return letters


@cache
def _folded_letter() -> re.Pattern[str]:
    # A pattern of the letters, not str.translate: the few letters of a text replaced, not each
    # character looked up (2.9 ms on the corpus's 2,591 texts that are not ASCII, not 25).
    return re.compile("[" + "".join(sorted(folded_letters())) + "]")


def fold_letters(text: str) -> str:
    """``text`` with each Latin letter of :func:`folded_letters` read as the letter without its
    diacritics, one character for one; any other character, of any script, as it is.

    >>> fold_letters("Suwałki, Chișinău, Erdoğan; Київ ά æ")
    'Suwalki, Chisinau, Erdogan; Київ ά æ'
    """
    if text.isascii():  # most statements: nothing to fold
        return text
    letters = folded_letters()
    return _folded_letter().sub(lambda letter: letters[letter.group()], text)

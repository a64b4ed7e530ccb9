"""Which 8-bit encoding a file that is not UTF-8 is likely in, for the advice its error gives.

Excel on Windows saves "CSV" in its locale's code page: cp1252 in Western Europe, cp1250 in
Central Europe, cp1257 in the Baltic states, cp1251 for Cyrillic, cp1253 for Greek. Almost every byte decodes in each of
them, so a decoding that succeeds proves nothing ("zwiększyć" in cp1250 reads as "zwiêkszyæ"
in cp1252). What tells them apart is whether the text reads as some language the encoding is
for. A line *reads* in an encoding when, decoded in it,

- every byte decodes, to no control character;
- its letters beyond ASCII are all letters of one of the encoding's languages ("ø", "í" and
  "š" together, "příliš" read as cp1252, are of no Western language);
- no symbol or number sits beside a letter ("czo³gów", "s¹" are "czołgów", "są" read as
  cp1252), nor punctuation between two letters but an apostrophe or a dash ("mo¿e");
- no capital follows a small letter beyond ASCII (Greek read as Cyrillic: "ί" is "Я"), nor
  stands between a capital and a small letter (Mac Roman read as cp1252: "é" is "Ž", "DŽfense");
- a Greek sigma is final ("ς") at the end of a word and only there.

Excel's "CSV (MS-DOS)" saves Western text in cp850, whose "é", "ü" are cp1252's "‚" and a
byte it lacks: it is a candidate only where a line holds such a byte and reads in cp850 (see
:func:`_dos_only`); cp1252's own "•", "†" are cp850's letters too.

The likely encoding is the one in which most lines of the sample read; on a tie, Excel's
cp1252 for Latin text, else each of the tied Central European and Baltic ones that decodes
the sample to other text (:func:`_tied`: Estonian "kõrval" in cp1257 is Hungarian "kőrval"
in cp1250, and a Polish or Czech line of no "ą", "ś", "ź", "š", "ť" or "ž" reads alike in
cp1250 and ISO-8859-2), and for text whose words are wholly beyond ASCII the Cyrillic one
:func:`cyrillic_encoding` picks, before the Greek ones. A tie is kept, not guessed at: a
line with too few letters to tell ("povečala" reads as "poveèala", French enough; Hungarian
without "ő" or "ű"; Greek in capitals) reads in both, and the sample is every line from the
first bad byte on, of which one that tells is enough.

Arabic is told the same way, in cp1256 (Excel's) or ISO-8859-6. Chinese, Japanese and Korean
are written in two bytes a character, which a cp1251 reading takes for Cyrillic words
("主持人" in GB18030 reads as "ЦчіЦ…" in cp1251, a Cyrillic word on every line): these are
tried first, and one wins when its bytes decode with no error and read as its language
(:func:`_reads_wide`), for a decoding that succeeds in them is no chance. When the bytes tell
no encoding for sure, all that may be are named (:func:`likely_encodings`), not one false one.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple


class Encoding(NamedTuple):
    """An encoding to suggest: its name for Python (``encoding=``) and for ``iconv``, what it
    is, and the script its text reads as."""

    codec: str
    name: str
    script: str
    iconv: str


WESTERN = Encoding("cp1252", "Western Windows", "Western European", "cp1252")
# Excel's "CSV (MS-DOS)" and the Windows console write the DOS code page: its "é", "à", "ü" are
# bytes 0x80-0x9F, signs or no character at all in cp1252 ("D‚fense", "f\x81r").
DOS = Encoding("cp850", "Western DOS, Excel's \"CSV (MS-DOS)\"", "Western European", "cp850")
# Excel on a Mac saves "CSV (Macintosh)" in Mac Roman, its lines ended by "\r" alone: its "é",
# "ê", "’" are cp1252's "Ž", undefined 0x90 and "Õ" ("DŽfense de lÕAlliance").
MAC_ROMAN = Encoding("mac_roman", "Mac Roman, Mac Excel's \"CSV (Macintosh)\"", "Western European", "macintosh")
CENTRAL = Encoding("cp1250", "Central European Windows", "Polish, Czech, Slovak, Hungarian or Croatian", "cp1250")
# The standard that Unix and older web pages wrote Central European text in: its letters as
# cp1250's but for "ą", "ś", "ź" and their capitals, and "š", "ť", "ž", "Ľ", "ľ", which are
# signs in the other ("wschodnią" read as cp1250 is "wschodni±"), and cp1250's "š", "ž"
# at 0x8A and 0x9E are controls in it.
LATIN2 = Encoding("iso-8859-2", "Central European ISO-8859-2", CENTRAL.script, "iso-8859-2")
BALTIC = Encoding("cp1257", "Baltic Windows", "Estonian, Latvian or Lithuanian", "cp1257")
CYRILLIC = {"cp1251": Encoding("cp1251", "Cyrillic Windows", "Cyrillic", "cp1251"),
            "koi8_r": Encoding("koi8_r", "Cyrillic KOI8-R", "Cyrillic", "koi8-r")}  # iconv knows no "koi8_r"
GREEK = (Encoding("cp1253", "Greek Windows", "Greek", "cp1253"),
         Encoding("iso-8859-7", "Greek ISO-8859-7", "Greek", "iso-8859-7"))
ARABIC = (Encoding("cp1256", "Arabic Windows", "Arabic", "cp1256"),
          Encoding("iso-8859-6", "Arabic ISO-8859-6", "Arabic", "iso-8859-6"))
# Two bytes a character. Windows' own code pages, where one extends the standard that Excel
# saves in (cp932 Shift_JIS with NEC's "①", cp949 EUC-KR with every Hangul syllable), as
# they read more files; GB18030 holds GBK and GB2312.
CHINESE = Encoding("gb18030", "Simplified Chinese GB18030", "Chinese", "gb18030")
BIG5 = Encoding("cp950", "Traditional Chinese Big5", "Chinese", "cp950")
JAPANESE = (Encoding("cp932", "Japanese Shift_JIS", "Japanese", "cp932"),
            Encoding("euc_jp", "Japanese EUC-JP", "Japanese", "euc-jp"))
KOREAN = Encoding("cp949", "Korean EUC-KR", "Korean", "cp949")
WIDE = (CHINESE, BIG5, *JAPANESE, KOREAN)

# The letters beyond ASCII of the languages each encoding is written for, small. A
# language's alphabet, not its encoding's: all of cp1252's letters together would read
# Czech ("Èeská", "pøíliš") as well as French. "š" and "ž" are in every Western one, for
# names ("Žižek"); "ª" and "º" are the ordinals of "1º" and "nº". French is left its "æ",
# of "ex æquo" alone, which is Polish "ć" in cp1252 ("zwiększyć" as "zwiêkszyæ").
_WESTERN_LETTERS = {
    "French": "àâçéèêëîïôœùûüÿ",
    "German": "äöüß",
    "Spanish": "áéíñóúüªº",
    "Portuguese": "àáâãçéêíóôõúªº",
    "Italian": "àèéìíîòóùªº",
    "Catalan": "àçèéíïòóúü",
    "Dutch": "éèêëïóöü",
    "Danish and Norwegian": "æøåé",
    "Swedish and Finnish": "åäöé",
    "Icelandic": "áðéíóúýþæö",
}
_CENTRAL_LETTERS = {
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Hungarian": "áéíóöőúüű",
    "Croatian and Slovene": "čćđšž",
    "Romanian": "ăâîşţ",
    "German": "äöüß",
}
# Estonian's "õ" is cp1250's "ő" (0xF5), so Estonian without "š" or "ž" reads as Hungarian
# there too: a tie, and both are named.
_BALTIC_LETTERS = {
    "Estonian": "äõöüšž",
    "Latvian": "āčēģīķļņšūž",
    "Lithuanian": "ąčęėįšųūž",
}
_SCRIPT_LETTERS = {
    "Greek": "".join(chr(code) for code in range(0x370, 0x400) if chr(code).islower()),
    "Cyrillic": "".join(chr(code) for code in range(0x400, 0x530) if chr(code).islower()),
    "Arabic": "".join(chr(code) for code in range(0x620, 0x6D4) if chr(code).isalpha()),
}


def alphabets_of(encoding: Encoding) -> list[frozenset[str]]:
    """The alphabets, small letters beyond ASCII, of the languages ``encoding`` is written for."""
    if encoding in (WESTERN, DOS, MAC_ROMAN):
        letters = [alphabet + "šž" for alphabet in _WESTERN_LETTERS.values()]
    elif encoding in (CENTRAL, LATIN2):
        letters = list(_CENTRAL_LETTERS.values())
    elif encoding is BALTIC:
        letters = list(_BALTIC_LETTERS.values())
    else:
        letters = [_SCRIPT_LETTERS[encoding.script]]
    return [frozenset(alphabet) for alphabet in letters]


# Punctuation that may stand between two letters ("don’t", "Nord–Ostsee", "l·l"), and
# beside one, with quotes, dashes and brackets ("«Oui»", "¿Qué", "wait…", "20°C", "NATO®").
_JOINING = frozenset("’‘ʼ·–—\u00ad")
_QUOTES_AND_DASHES = frozenset(("Pd", "Pi", "Pf", "Ps", "Pe"))
_BESIDE_A_LETTER = _JOINING | frozenset("…¿¡°™®©،؛؟")  # the last three Arabic's comma, semicolon, question mark
_GREEK_SIGMA = re.compile(r"σ(?![^\W\d_])|ς(?=[^\W\d_])")


def reads(line: str, alphabets: list[frozenset[str]]) -> bool:
    """Whether ``line``, decoded, reads as a language of ``alphabets`` (see the module).

    >>> polish = [frozenset(_CENTRAL_LETTERS["Polish"])]
    >>> reads("Więcej czołgów", polish), reads("Wiêcej czo³gów", alphabets_of(WESTERN))
    (True, False)
    >>> reads("We stand\x85with Ukraine", polish)  # cp1252's "…" read in ISO-8859-2
    False
    """
    for at, char in enumerate(line):
        # NEL (U+0085), a C1 control that Python counts as a space, is how ISO-8859-2 and
        # Latin-1 read cp1252's "…": it reads in no text, as no other control does.
        if char.isascii() or (char.isspace() and char != "\x85"):
            continue
        category = unicodedata.category(char)
        before = line[at - 1] if at else " "
        after = line[at + 1] if at + 1 < len(line) else " "
        if char == "\ufffd" or category == "Cc":
            return False
        if category == "Mn":  # a vowel sign or accent on the letter before ("نحنُ")
            continue
        if char.isalpha():
            if char.isupper() and (before.islower() or (before.isupper() and after.islower())):
                return False  # "lÕAlliance"; nor a capital between a capital and a small letter ("DŽfense")
            continue
        beside = before.isalpha() + after.isalpha()
        if beside == 2 and char not in _JOINING:
            return False
        if beside and category not in _QUOTES_AND_DASHES and char not in _BESIDE_A_LETTER:
            return False
    if _GREEK_SIGMA.search(line):
        return False
    letters = {char.lower() for char in line if char.isalpha() and not char.isascii()}
    return any(letters <= alphabet for alphabet in alphabets)


def _lines_read(sample: bytes, encoding: Encoding) -> int:
    r"""How many lines of ``sample`` with a byte beyond ASCII read in ``encoding``: lines as
    a table's end, at "\r" alone too, where a Mac's file was one line that had to read whole."""
    alphabets = alphabets_of(encoding)
    lines = re.split(r"\r\n?|\n", sample.decode(encoding.codec, errors="replace"))
    return sum(reads(line, alphabets) for line in lines if not line.isascii())


def _same(codec: str, other: str) -> bool:
    try:
        return codecs.lookup(codec).name == codecs.lookup(other).name
    except LookupError:
        return False


def likely_encodings(sample: bytes, failed: str = "utf-8") -> tuple[Encoding, ...]:
    """The encodings ``sample``, bytes that ``failed`` could not decode (from the start of
    their line), may be in, never ``failed`` itself: one when the bytes tell, several when
    they do not (the likelier first), none when nothing reads.

    A two-byte encoding whose language the sample reads as (:func:`_reads_wide`) comes first;
    else the 8-bit one in which most lines read (see the module). Where no line reads, the
    Cyrillic encoding the letters say for words wholly beyond ASCII, else Excel's cp1252, and
    each two-byte one that decodes the bytes.

    >>> [encoding.codec for encoding in likely_encodings("主持人：欢迎各位参加今天的记者会。".encode("gb18030"))]
    ['gb18030']
    >>> [likely_encodings(text.encode(codec))[0].codec for text, codec in (
    ...     ("記者会見を始めます。", "cp932"), ("북대서양 조약 기구는 오늘 회의를 열었습니다.", "cp949"),
    ...     ("المتحدث: نحن نرفض توسع الناتو.", "cp1256"))]
    ['cp932', 'cp949', 'cp1256']
    """
    wide = {encoding: share for encoding in WIDE
            if not _same(encoding.codec, failed) and (share := _reads_wide(sample, encoding)) is not None}
    if wide:  # as likely as the likeliest, near enough, are named with it
        best = max(wide.values())
        return tuple(sorted((encoding for encoding in wide if wide[encoding] >= best - 0.05),
                            key=lambda encoding: -wide[encoding]))
    cyrillic = cyrillic_encoding(sample)
    if cyrillic is None:
        # Mac Roman, as cp850, for a byte cp1252 lacks, first where lines end in "\r" alone, as
        # only a Mac's do (a tie then names both), else after cp1252, which keeps a tie. For
        # bytes cp1252 decodes only where it reads clearly better (:func:`_mac_reads_better`):
        # a Windows file's "\r" alone proves nothing, and its "don’t" is Mac Roman's "donít".
        beyond = _beyond_cp1252(sample, MAC_ROMAN)
        western = ([MAC_ROMAN, WESTERN] if _mac_line_ends(sample) and (beyond or _mac_reads_better(sample))
                   else [WESTERN, *([MAC_ROMAN] if beyond else [])])
        candidates = [*western, *([DOS] if _dos_only(sample) else []), CENTRAL, LATIN2, BALTIC]
    else:  # Greek and Arabic text, too, is words wholly beyond ASCII
        candidates = [CYRILLIC[cyrillic[0]], *(e for e in CYRILLIC.values() if e.codec != cyrillic[0]), *GREEK,
                      *ARABIC]
    candidates = [encoding for encoding in candidates if not _same(encoding.codec, failed)]
    read = {encoding: _lines_read(sample, encoding) for encoding in candidates}
    best = max(candidates, key=lambda encoding: read[encoding], default=None)  # the first of a tie
    if best is not None and read[best] and (cyrillic is not None or best is WESTERN):
        return (best,)  # the letters' Cyrillic one before Greek; Excel's cp1252 (see the module)
    if best is MAC_ROMAN and read[best] and not _NOT_CP1252.search(sample):
        return (MAC_ROMAN, WESTERN)  # cp1252 decodes the bytes too: Mac Roman is never named alone for them
    if best is not None and read[best]:
        return _tied(sample, [encoding for encoding in candidates if read[encoding] == read[best]])
    # No line reads (a sample of names from several languages): Excel's own default, or the
    # Cyrillic encoding the words' letters say, and the two-byte ones that decode the bytes:
    # a sample of few letters reads in none, and cp1251 or cp1252 alone was a false guess.
    default = WESTERN if cyrillic is None else CYRILLIC[cyrillic[0]]
    shares = {encoding: _common_share(text, encoding) for encoding in WIDE
              if not _same(encoding.codec, failed) and (text := _wide_text(sample, encoding)) is not None}
    decoded = sorted((encoding for encoding in shares if shares[encoding] >= 0.5), key=lambda e: -shares[e])
    # Mac Roman, which cp1252 reads as "DŽfense de lÕAlliance", is named after cp1252 where it
    # reads better (not a cp1252 file of bullets, "•support", Mac Roman's "ïsupport").
    if cyrillic is None and MAC_ROMAN not in candidates and not _same(MAC_ROMAN.codec, failed) \
            and _mac_reads_better(sample):
        decoded.insert(0, MAC_ROMAN)
    return (default, *decoded) if default in candidates else tuple(decoded)


def _mac_line_ends(sample: bytes) -> bool:
    r"""Whether most line ends of ``sample`` are "\r" alone, as Excel on a Mac writes a CSV.

    >>> _mac_line_ends(b"id\r1;Caf\x8e\r"), _mac_line_ends(b"id\r\n1;Caf\xe9\r\n"), _mac_line_ends(b"1;a\rb\n2\n")
    (True, False, False)
    """
    lone_returns = sample.count(b"\r") - sample.count(b"\r\n")
    return lone_returns > sample.count(b"\n")


# cp1252's signs typed beside a word ("•support", "Smith†"), which are Mac Roman's "ï", "†".
_CP1252_SIGNS = str.maketrans("•†‡", "   ")
# cp1252's "’" between two letters ("don’t", "L’Alliance"), Mac Roman's "í" ("donít").
_CP1252_APOSTROPHE = re.compile(rb"[A-Za-z]\x92[A-Za-z]")


def _mac_reads_better(sample: bytes) -> bool:
    r"""Whether more lines of ``sample`` read in Mac Roman than in cp1252, where a line with
    cp1252's "’" between two letters ("don’t", Mac Roman's "donít") reads in cp1252 alone, and
    cp1252's bullets and daggers do not keep a line from reading: a Windows file's "•support"
    reads in Mac Roman as "ïsupport", which is no better reading.

    >>> _mac_reads_better("D\u00e9fense\r".encode("mac_roman"))
    True
    >>> [_mac_reads_better(text.encode("cp1252")) for text in ("We don\u2019t agree\r", "\u2022support\r")]
    [False, False]
    """
    alphabets = alphabets_of(MAC_ROMAN)
    lines = [line for line in re.split(rb"\r\n?|\n", sample) if not line.isascii()]
    mac = sum(reads(line.decode(MAC_ROMAN.codec), alphabets) and not _CP1252_APOSTROPHE.search(line)
              for line in lines)
    western = sum(reads(line.decode(WESTERN.codec, errors="replace").translate(_CP1252_SIGNS), alphabets)
                  for line in lines)
    return mac > western


# Bytes cp1252 has no character for, and cp850's letters ("ü", "ì", "Å", "É", "¥"): cp1252's
# signs that cp850 reads as letters ("•" is "ò", "†" "å") are typed in cp1252 text too.
_NOT_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _dos_only(sample: bytes) -> bool:
    """Whether a line of ``sample`` holds a byte that cp1252 cannot decode and reads as Western
    text in cp850, which only then is named: a cp1252 file of bullets or daggers ("•support",
    "Smith†") was told cp850 alone. A cp850 file without one is read as cp1252 and warned of
    (see :func:`stance.decoding.dos_misread`).

    >>> _dos_only("Wir m\u00fcssen".encode("cp850")), _dos_only("\u2022support D\u00e9fense".encode("cp1252"))
    (True, False)
    """
    return _beyond_cp1252(sample, DOS)


def _beyond_cp1252(sample: bytes, encoding: Encoding) -> bool:
    """Whether a line of ``sample`` holds a byte that cp1252 cannot decode and reads as Western
    text in ``encoding`` (cp850 or Mac Roman, whose "ê" is 0x90)."""
    alphabets = alphabets_of(encoding)
    return any(_NOT_CP1252.search(line) and reads(line.decode(encoding.codec), alphabets)
               for line in re.split(rb"\r\n?|\n", sample))


def _tied(sample: bytes, tied: list[Encoding]) -> tuple[Encoding, ...]:
    """Those of ``tied``, encodings in which as many lines of ``sample`` read, that decode it
    differently, the first first: one that reads it as another does is no other advice
    (Hungarian without "ő" is the same text in cp1252 and cp1250), while one named alone from
    a true tie may garble the file ("kõrval", Estonian in cp1257, is "kőrval" in cp1250).

    >>> [each.codec for each in _tied("Pécs".encode("cp1250"), [WESTERN, CENTRAL])]
    ['cp1252']
    >>> [each.codec for each in _tied("kõrval".encode("cp1257"), [CENTRAL, BALTIC])]
    ['cp1250', 'cp1257']
    """
    decoded = {}
    for encoding in tied:
        decoded.setdefault(sample.decode(encoding.codec, errors="replace"), encoding)
    return tuple(decoded.values())


def likely_encoding(sample: bytes, failed: str = "utf-8") -> Encoding | None:
    """The likeliest of :func:`likely_encodings`, or None.

    >>> [likely_encoding(text.encode(codec)).codec for text, codec in (
    ...     ("Café à Zürich", "cp1252"), ("Więcej czołgów", "cp1250"), ("Ми за єдність", "cp1251"),
    ...     ("Η Ελλάδα θα αυξήσει", "cp1253"))]
    ['cp1252', 'cp1250', 'cp1251', 'cp1253']
    >>> likely_encoding("Źródło".encode("cp1250"), failed="cp1252").codec
    'cp1250'
    >>> print(likely_encoding(b"\\x81\\xb0", failed="cp1252"))  # "ü░" in cp850: nothing reads
    None
    >>> likely_encoding("für".encode("cp850"), failed="cp1252").codec  # 0x81, no character in cp1252
    'cp850'
    """
    return next(iter(likely_encodings(sample, failed)), None)


def _wide_text(sample: bytes, encoding: Encoding) -> str | None:
    """``sample`` decoded in ``encoding`` when it decodes with no error (a character cut at the
    end of the sample aside) to no control, private or unassigned character, and holds a
    letter beyond ASCII; else None."""
    try:
        text = codecs.getincrementaldecoder(encoding.codec)().decode(sample)
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs") and not char.isspace() for char in text):
        return None
    return text if any(char.isalpha() and not char.isascii() for char in text) else None


# Letters that most of a language's text is written in, by their place in its standard: the
# 3,755 hanzi of GB2312's first level and the 5,401 frequent ones of Big5 (both by frequency),
# kana and the 2,965 kanji of JIS X 0208's first level, and the 2,350 Hangul syllables of KS X
# 1001. Text in another encoding decodes to rare ones (Shift_JIS read as GBK: "婰幰夛尒").
def _common(char: str, encoding: Encoding) -> bool:
    def code(codec: str) -> int:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            return 0
        return int.from_bytes(encoded, "big") if len(encoded) == 2 else 0

    if encoding is CHINESE:
        return 0xB0A1 <= code("gb2312") <= 0xD7FE
    if encoding is BIG5:
        return 0xA440 <= code("big5") <= 0xC67E
    if encoding is KOREAN:
        return "\uac00" <= char <= "\ud7a3" and code("euc_kr") > 0
    return "\u3041" <= char <= "\u30fc" or 0xB0A1 <= code("euc_jp") <= 0xCFFE


def _reads_wide(sample: bytes, encoding: Encoding) -> float | None:
    """The share of common letters (see :func:`_common`) among the letters beyond ASCII of
    ``sample`` decoded in ``encoding``, a two-byte encoding, when it reads as the encoding's
    language; else None. It reads when it decodes (:func:`_wide_text`) to four such letters
    or more, eight in ten of them common; Japanese has kana among them (one in ten), and its
    words, like Chinese ones, are not spaced (four letters or more a word beyond ASCII), while
    Korean's are (six or fewer): Korean read as GBK is common hanzi, spaced every third.

    >>> round(_reads_wide("我们支持和平。".encode("gb18030"), CHINESE), 2)
    1.0
    >>> print(_reads_wide("記者会見を始めます。".encode("cp932"), CHINESE))  # "婰幰夛尒傪…"
    None
    """
    text = _wide_text(sample, encoding)
    if text is None:
        return None
    letters = [char for char in text if char.isalpha() and not char.isascii()]
    words = [word for word in text.split() if any(char.isalpha() and not char.isascii() for char in word)]
    if len(letters) < 4:
        return None
    per_word = len(letters) / len(words)
    if (per_word > 6) if encoding is KOREAN else (per_word < 4 and len(words) > 1):
        return None
    if encoding in JAPANESE and sum("\u3041" <= char <= "\u30fc" for char in letters) * 10 < len(letters):
        return None
    share = _common_share(text, encoding)
    return share if share >= 0.8 else None


def _common_share(text: str, encoding: Encoding) -> float:
    """The share of common letters (:func:`_common`) among ``text``'s letters beyond ASCII."""
    letters = [char for char in text if char.isalpha() and not char.isascii()]
    return sum(_common(char, encoding) for char in letters) / max(len(letters), 1)


def cyrillic_encoding(sample: bytes) -> tuple[str, str] | None:
    """The Cyrillic encoding (codec, name) that ``sample``, bytes no UTF-8 decodes, reads in,
    or None when it is not Cyrillic. Every byte from 0xC0 up is a Cyrillic letter in both,
    so what tells is the words: in Cyrillic text words of two letters or more are wholly
    beyond ASCII, and make up most of the words with a letter beyond ASCII, while Western
    text has a letter or two in a word ("Zürich", "été") and a "£", "€" or "–" alone, which
    read as one Cyrillic letter or none; it takes two such words. The encoding is the one
    that reads them as mostly small letters, as text is written.

    >>> cyrillic_encoding("Ми за єдність".encode("cp1251")), cyrillic_encoding("Мы за".encode("koi8_r"))
    (('cp1251', 'Cyrillic Windows'), ('koi8_r', 'Cyrillic KOI8-R'))
    >>> cyrillic_encoding("Café à Zürich, déjà été – £5".encode("cp1252")) is None
    True
    """
    def cyrillic_words(codec: str) -> list[str]:
        beyond = [word for word in re.findall(r"[^\W\d_]+", sample.decode(codec, errors="replace"))
                  if not word.isascii()]
        whole = [word for word in beyond if len(word) >= 2 and not any(letter.isascii() for letter in word)]
        return whole if len(whole) >= 2 and len(whole) * 2 > len(beyond) else []

    found = {codec: cyrillic_words(codec) for codec in CYRILLIC}
    if not any(found.values()):
        return None

    def small_letters(codec: str) -> int:
        return sum(letter.islower() for word in found[codec] for letter in word)

    codec = max(CYRILLIC, key=small_letters)  # a tie: cp1251, the commoner
    return codec, CYRILLIC[codec].name


# The letters most Russian and Ukrainian text is made of, as a reader counts them ("о", "е",
# "а", "и", "н"…): four letters in five of a text read in its encoding, three in five or fewer
# of one read in the other of cp1251 and KOI8, which puts other letters in their places.
_COMMON_CYRILLIC = frozenset("оеаинтсрвлкімдпу")
# A word read with its case turned over, as cp1251 and KOI8 each put the capitals where the other
# puts the small letters: a small letter, then capitals only ("Мы" read so is "нЩ", "Песков"
# "пЕУЛПЧ"), which text in its encoding all but never has (a capitalised word, or one in capitals).
_CASE_TURNED_WORD = re.compile(r"(?<![^\W\d_])[а-яёіїєґ][А-ЯЁІЇЄҐ]+(?![^\W\d_])")
# The 8-bit Cyrillic codecs (as codecs.lookup names them) whose text the other reads so.
_SWAPPED = {"cp1251": ("koi8_r", "koi8_u"), "koi8-r": ("cp1251",), "koi8-u": ("cp1251",)}
_FEWEST_LETTERS = 30  # fewer Cyrillic letters tell too little


def _common_cyrillic_share(text: str) -> tuple[float, int]:
    """The share of ``text``'s Cyrillic letters that are _COMMON_CYRILLIC's, and how many it has."""
    letters = [letter.lower() for letter in text if "\u0400" <= letter <= "\u04ff" and letter.isalpha()]
    return sum(letter in _COMMON_CYRILLIC for letter in letters) / max(len(letters), 1), len(letters)


def cyrillic_swap(sample: bytes, encoding: str) -> tuple[str, int, int] | None:
    """``(codec, start, end)`` when ``sample``, read in ``encoding``, one of cp1251 and KOI8-R
    or KOI8-U, is Cyrillic text in the other (cp1251 read as KOI8, or KOI8 as cp1251: "Мы не
    поддерживаем" read as "нЩ ОЕ РПДДЕТЦЙЧБЕН"): the other reads it as the letters text is
    mostly made of (_COMMON_CYRILLIC: four in five, where the misreading has three in five or
    fewer) and as words in their case, where ``encoding`` reads two or more words with their
    case turned over (_CASE_TURNED_WORD), and the other far fewer. ``start`` and ``end`` are
    where the first such word is, in the text and the bytes alike (a byte a character). Text
    in capitals read in its encoding turns over no word, and is none.

    >>> text = "Мы не поддерживаем расширение НАТО. Песков: Мы никогда не признаем единство альянса."
    >>> cyrillic_swap(text.encode("koi8_r"), "cp1251"), cyrillic_swap(text.encode("cp1251"), "koi8_r")
    (('koi8_r', 0, 2), ('cp1251', 0, 2))
    >>> cyrillic_swap(text.encode("cp1251"), "cp1251"), cyrillic_swap(text.upper().encode("koi8_r"), "koi8_r")
    (None, None)
    >>> cyrillic_swap("Ми не підтримуємо розширення НАТО. Україна має право на захист.".encode("koi8_u"), "cp1251")
    ('koi8_u', 0, 2)
    """
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name not in _SWAPPED:
        return None
    text = sample.decode(name, errors="replace")
    turned = list(_CASE_TURNED_WORD.finditer(text))
    share, letters = _common_cyrillic_share(text)
    if len(turned) < 2 or letters < _FEWEST_LETTERS:
        return None
    readings = {other: sample.decode(other, errors="replace") for other in _SWAPPED[name]}
    better = [other for other, read in readings.items()
              if _common_cyrillic_share(read)[0] >= share + 0.15
              and len(_CASE_TURNED_WORD.findall(read)) * 4 <= len(turned)]
    if not better:
        return None
    # KOI8-U, where it reads Ukrainian's own letters ("і", "ї", "є", "ґ"), which KOI8-R has not; else KOI8-R
    ukrainian = [other for other in better if other == "koi8_u" and _UKRAINIAN_LETTERS.search(readings[other])]
    return (ukrainian or better)[0], turned[0].start(), turned[0].end()


_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")

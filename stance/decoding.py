"""Which encoding a text table is read in, and the error for bytes that do not decode.

A UTF-16 or UTF-32 byte-order mark names a file's encoding (:func:`file_encoding`); such a
file without one is refused, saying what shows it and how to re-save it
(:func:`unmarked_encoding`, :func:`unmarked_advice`). A byte the encoding cannot decode is
named by its line and its place in it, with the encoding the file is likely in, which
:mod:`stance.encodings` tells, and the command that re-saves it as UTF-8
(:func:`resave_command`); where a byte-order mark names another encoding than the one given,
with that one (:func:`marked_advice`).
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import Any

from . import _forksafe as forksafe
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    MojibakeWarning,
    Words,
    quoted,
    shell_path,
    type_name,
    warn,
)
from .nearest import edits, nearest, or_listed

# Byte-order marks that name a text file's encoding beyond doubt. UTF-32's little-endian
# mark begins with UTF-16's, so it is tried first.
_UNICODE_MARKS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                  (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def encoding_named(encoding: Any, argument: str = "encoding") -> str:
    """``encoding`` as the readers compare it: "utf-8" for each of UTF-8's names ("UTF-8",
    "utf8", "utf_8"), which the readers read as the default (a byte-order mark of UTF-8, UTF-16
    or UTF-32 read as such); any other as given, so that a message names it as the caller
    wrote it. Spelled otherwise, UTF-8 was not the default: an Excel file's mark and
    ``sep=`` line were read as its header, a UTF-16 file gave names of NULs. A name that
    no codec has is refused, naming ``argument``; not a str, as a type.

    >>> encoding_named("UTF-8"), encoding_named("utf8"), encoding_named("utf_8"), encoding_named("Latin-1")
    ('utf-8', 'utf-8', 'utf-8', 'Latin-1')
    >>> encoding_named("utf-8-sig")  # a mark of UTF-8 alone, not of UTF-16: the caller's choice
    'utf-8-sig'
    >>> encoding_named("cp-1252")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: encoding: no encoding is named 'cp-1252'; did you mean 'cp1252'?
    >>> encoding_named("cp1525")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: encoding: no encoding is named 'cp1525'; did you mean 'cp1125', 'cp1252' or
    'cp1255'?
    >>> encoding_named("klingon")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: encoding: no encoding is named 'klingon'; give one that Python
    knows, such as 'utf-8', 'cp1252' or 'utf-16'
    >>> encoding_named("undefined")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: encoding: 'undefined' is no encoding of a file's text (Python's undefined
    codec decodes nothing); give the file's own, such as 'utf-8', 'cp1252' or 'utf-16'
    """
    if not isinstance(encoding, str):
        raise InvalidTypeError(f"{argument} must be a str naming an encoding, such as 'utf-8' or 'cp1252', "
                               f"got {type_name(encoding)}")
    unknown = False  # the name no codec's here, not one no codec can have
    try:
        codec = forksafe.codec(encoding)  # the caller's: its first lookup imports its module
    except LookupError:
        codec, unknown = None, True
    except ValueError:  # a NUL or a lone surrogate (an undecodable byte of argv), refused on Windows too
        codec = None
    # rot13, base64 or zlib is a codec of Python's but no encoding of text: open() refuses it.
    if unknown and (windows := _of_windows_alone(encoding)) is not None:
        raise InvalidInputError(f"{argument}: {encoding!r} is an encoding of Windows alone, which Python has there "
                                f"only: give the code page it stands for, {windows}")
    if codec is None or not getattr(codec, "_is_text_encoding", True):
        meant = _encodings_near(encoding)
        raise InvalidInputError(f"{argument}: no encoding is named {encoding!r}; "
                                + (f"did you mean {or_listed([quoted(name) for name in meant])}?" if meant else
                                   "give one that Python knows, such as 'utf-8', 'cp1252' or 'utf-16'"))
    if codec.name in _NO_FILE_TEXT:
        raise InvalidInputError(f"{argument}: {encoding!r} is no encoding of a file's text (Python's {codec.name} "
                                f"codec {_NO_FILE_TEXT[codec.name]}); give the file's own, such as 'utf-8', 'cp1252' "
                                f"or 'utf-16'")
    return "utf-8" if codec.name == "utf-8" else encoding


# Python's codecs of Windows alone (encodings/mbcs.py and oem.py import from the Windows-only
# part of codecs), each the code page Windows is set to, and the code pages one stands for.
_WINDOWS_CODECS = {"mbcs": "Windows' code page for programs ('ANSI'), such as 'cp1252'",
                   "oem": "the code page of Windows' console ('OEM'), such as 'cp437' or 'cp850'"}


def _of_windows_alone(encoding: str) -> str | None:
    """The code page to give for ``encoding`` where it names a codec Python has on Windows alone,
    by its name or an alias (mbcs, ansi, dbcs; oem), or None. ``--encoding mbcs`` on Linux was told
    "no encoding is named 'mbcs'", as if misspelt.

    >>> _of_windows_alone("MBCS")
    "Windows' code page for programs ('ANSI'), such as 'cp1252'"
    >>> _of_windows_alone("cp1252") is None, _of_windows_alone("mbc") is None
    (True, True)
    """
    encodings = forksafe.imported("encodings")
    name = encodings.normalize_encoding(encoding.lower())
    codec = forksafe.imported("encodings.aliases").aliases.get(name, name)
    return _WINDOWS_CODECS.get(codec)


# The encodings most files are in, which the refusal names when no encoding is near the one given
# ("such as 'utf-8', 'cp1252' or 'utf-16'").
_COMMON_ENCODINGS = ("utf-8", "cp1252", "utf-16")


def _encodings_near(encoding: str) -> list[str]:
    """The names of text encodings that ``encoding``, no codec's name, most likely misspells, as
    :func:`stance.nearest.nearest` finds them (every one that ties), compared as Python's
    lookup reads a name (in any case, its dashes, underscores and spaces aside) and written with
    dashes, as people write them ("cp1252", "utf-16", "iso8859-2"). It was told "give one that
    Python knows", naming none. So are the common ones two edits away (see :data:`_COMMON_ENCODINGS`).

    >>> _encodings_near("cp1525"), _encodings_near("utf-61"), _encodings_near("UTF8x"), _encodings_near("rot13x")
    (['cp1125', 'cp1252', 'cp1255'], ['utf-16'], ['utf-8'], [])
    >>> _encodings_near("utf-9"), _encodings_near("ut")  # "utf" alone where it is no alias of one offered
    (['utf-7', 'utf-8'], ['utf'])
    """
    aliases = forksafe.imported("encodings.aliases").aliases
    written: dict[str, str] = {}
    for name in sorted({*aliases, *aliases.values()}):
        shown = name.replace("_", "-")
        key = _encoding_key(name)
        # "utf-8" before "utf8": a dash where Python's own name has one.
        if key not in written or ("-" in shown, -len(shown)) > ("-" in written[key], -len(written[key])):
            written[key] = shown
    typed = _encoding_key(encoding)
    close = nearest(typed, written)
    # A common encoding two edits away is likelier meant than a rare code page one away: cp1525
    # is one from cp1125 (Ukrainian DOS) and cp1255 (Hebrew), two from cp1252, which the refusal
    # named before it offered the nearest; near enough by difflib's ratio too ("utf-61": not utf-8).
    # Not where the name is one written otherwise ("cp-1250": cp1250, not cp1252 too).
    close += [key for key in map(_encoding_key, _COMMON_ENCODINGS)
              if typed not in written and key not in close and edits(typed, key) <= 2 and nearest(typed, [key])]
    codecs_of: dict[str, str] = {}  # each key near: its codec's name
    for key in close:
        try:  # only a few, each a module imported: not the 400 names
            codec = forksafe.codec(written[key])
        except LookupError:  # an alias of a codec this system has not: mbcs, dbcs (Windows' alone)
            continue
        if getattr(codec, "_is_text_encoding", True) and codec.name not in _NO_FILE_TEXT:
            codecs_of[key] = codec.name
    # Not an alias that begins another name of its codec offered with it: "utf-9" was offered
    # 'utf', 'utf-7' or 'utf-8', the bare "utf" (UTF-8's alias) beside the utf-8 people type.
    return sorted(written[key] for key, name in codecs_of.items() if not any(
        other != key and other.startswith(key) and codecs_of[other] == name for other in codecs_of))


def _encoding_key(name: str) -> str:
    """``name`` as an encoding's names are compared: in lower case, of its letters and digits."""
    return "".join(character for character in name.lower() if character.isalnum())


# Codecs that open() takes as text encodings, in which no file's text is written: read in one, a
# file was a traceback (undefined's "undefined encoding", punycode's own UnicodeDecodeError of
# bytes that are not the file's) or "Unsupported error handling replace" (idna).
_NO_FILE_TEXT = {"undefined": "decodes nothing", "idna": "encodes internet domain names",
                 "punycode": "encodes internet domain names"}


def file_encoding(path: Path, encoding: str = "utf-8", warned: bool = False) -> str:
    """The encoding to read the text table ``path`` in: ``encoding`` (see
    :func:`encoding_named`), unless that is the default UTF-8 (under any of its names) and
    the file starts with a UTF-16 or UTF-32 byte-order mark, which says how it is encoded
    (Excel's "Unicode Text", PowerShell and SQL Server exports write one). Read as UTF-8,
    such a file was refused with advice to try cp1252, which would have read every second
    byte as a NUL. Such a file, or one in UTF-16 or UTF-32 without a mark (see
    :func:`unmarked_encoding`), read in an ``encoding`` of one byte a character (cp1252,
    Latin-1), is refused naming its encoding: each NUL was read as a character, and the file
    was refused as "line 2 has 1 field where the header has 2", or read as one column. Its
    NULs must fall as UTF-16's or UTF-32's do (see :func:`_wide_pattern`): a file of one byte a
    character with a stray NUL, or Latin-1 text that opens "ÿþ", is read as given.

    A file that starts with UTF-8's byte-order mark is UTF-8 whatever ``encoding`` says
    (Excel's "CSV UTF-8" writes one), and is read so ("utf-8-sig"): read in cp1252, it was
    read without a word, its first column named "ï»¿id" and "’" read as "â€™". With
    ``warned`` (the reader that reads the rows; the helpers that read its header again do
    not), that is warned of, naming the file and the encoding set aside, as is text of the
    file's first bytes that reads as mojibake in the encoding used (see
    :func:`warn_of_mojibake`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\\nNATO is united.\\n", encoding="utf-16")
    ...     marked = Path(folder) / "m.csv"
    ...     _ = marked.write_text("text\\nNATO’s unity.\\n", encoding="utf-8-sig")
    ...     file_encoding(path), file_encoding(path, "utf-16-le"), file_encoding(marked, "cp1252")
    ...     try:
    ...         file_encoding(path, "latin-1")
    ...     except InvalidInputError as error:
    ...         print(str(error).split(": ")[1])
    ('utf-16', 'utf-16-le', 'utf-8-sig')
    pass encoding='utf-16', or leave encoding out, which reads the mark
    """
    encoding = encoding_named(encoding)  # "UTF-8" is the default too
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:  # the reader that follows names the problem
        return encoding
    if encoding != "utf-8":  # an encoding given is the caller's to answer for, but for UTF-8's mark
        if start.startswith(_UTF8_MARK) and not _utf8(encoding):
            if warned:
                warn(utf8_mark_set_aside(str(path), encoding))
            return "utf-8-sig"
        if not _utf8(encoding) and not _wide_unicode(encoding):
            # Read a byte a character, UTF-16's NULs split no row: "line 2 has 1 field where the header has 2"
            # A mark or a NUL whose NULs do not fall as UTF-16's is the encoding's own text ("ÿþ" in
            # Latin-1, a stray NUL), read as given.
            wide = marked_encoding(start) or unmarked_encoding(start)
            if wide is not None and _wide_pattern(start, wide):
                raise _wide_read_narrow(path, encoding, wide, start)
        if utf8_read_as_wide_told(str(path), encoding, start) is not None:
            # Refused, not warned of as UTF-8 read one byte a character is (warn_of_mojibake): that
            # reading misreads a few letters beyond ASCII, the rows still read; this one misreads every
            # character, as UTF-16 read one byte a character does, which is refused just above.
            raise _utf8_read_as_wide_file(path, encoding, start)
        if warned:
            warn_of_mojibake(path, start, encoding)
        return encoding
    if warned:
        warn_of_mojibake(path, start, marked_encoding(start) or "utf-8-sig")
    marked = marked_encoding(start)
    if marked is None and (unmarked := unmarked_encoding(start)) is not None:
        raise _unmarked_file(path, unmarked, start)
    return marked or encoding


_UTF8_MARK = b"\xef\xbb\xbf"
# Of the file's first bytes, how many are read for mojibake: enough for many rows, and cheap
# for a file of any size.
_MOJIBAKE_SAMPLE = 1 << 16


def _utf8(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-8, with or without the mark ("utf-8-sig")."""
    codecs = forksafe.imported("codecs")

    return codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")


def utf8_mark_set_aside(name: str, encoding: str, option: str = "the encoding") -> str:
    """The warning for the file ``name``, which starts with UTF-8's byte-order mark and is
    read as UTF-8, not in the ``encoding`` given (``option``, "--encoding" on the command line).

    >>> utf8_mark_set_aside("a.csv", "cp1252")  # doctest: +NORMALIZE_WHITESPACE
    "'a.csv' starts with a UTF-8 byte-order mark, so it is UTF-8 text: read as UTF-8, not in the encoding
    given (cp1252), which reads the mark as 'ï»¿' and garbles text beyond ASCII; leave the encoding out
    for such a file"
    """
    misread = _UTF8_MARK.decode(encoding, errors="replace")
    return (f"{name!r} starts with a UTF-8 byte-order mark, so it is UTF-8 text: read as UTF-8, not in the "
            f"{'encoding' if option == 'the encoding' else option} given ({encoding}), which reads the mark as "
            f"{misread!r} and garbles text beyond ASCII; leave {option} out for such a file")


def warn_of_mojibake(path: Path, start: bytes, encoding: str) -> None:
    r"""Warn when ``start``, the first bytes of the file ``path`` (those beyond
    :data:`_MOJIBAKE_SAMPLE` are not read: a sample, so that a large file pays little), decoded
    in ``encoding``, holds text decoded in the wrong encoding, as :func:`stance.document`
    warns of it in a document: cp1252 read as Latin-1 (its quotes and dashes C1 controls,
    U+0093 for "“"), UTF-8 read as cp1252 ("â€™" for "’"), before or as the file was read, or
    cp850 (Excel's "CSV (MS-DOS)") read as cp1252 ("D‚fense", see :func:`dos_misread`),
    naming cp850; a C1 control is cp1252's, whatever cp850 reads its byte as. Read so, the
    texts were scored and trained on as words the model does not know, with no word.

    >>> import tempfile, warnings
    >>> with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     path = Path(folder) / "t.csv"
    ...     raw = "text\nWe agree.\n\u201cNATO\u201d stands.\n".encode("cp1252")
    ...     _ = path.write_bytes(raw)
    ...     warn_of_mojibake(path, raw, "latin-1"), warn_of_mojibake(path, raw, "cp1252")
    (None, None)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    mojibake: '...t.csv' line 3 holds '\x93', which is '“' decoded in the wrong encoding...
    >>> len(caught)
    1
    """
    document = forksafe.imported(".document")

    if len(start) < _MOJIBAKE_SAMPLE:  # file_encoding's start is shorter than the sample
        start = _bytes_at(path, 0, _MOJIBAKE_SAMPLE) or start

    try:
        text = forksafe.codec(encoding).incrementaldecoder(errors="replace").decode(start[:_MOJIBAKE_SAMPLE])
    except (LookupError, UnicodeError):  # utf-32 given for a UTF-16 file: the reader names that
        return
    if not _utf8(encoding) and not _wide_unicode(encoding) and (utf8 := _utf8_read_as(start, text)) is not None:
        line, bad, was = utf8
        warn(f"{str(path)!r} is UTF-8 text (its bytes beyond ASCII all decode as UTF-8), read in the encoding "
             f"given ({encoding}): line {line} holds {bad!r}, which is {was!r} decoded in the wrong encoding, "
             f"read as written, where the model knows no such words; leave the encoding out for "
             f"this file, which reads UTF-8", MojibakeWarning)
        return
    if (console := document._console_misread(text)) is not None:
        _warn_of_console_misread(path, text, encoding, console)
        return
    cyrillic_swap = forksafe.imported(".encodings").cyrillic_swap
    if (swap := cyrillic_swap(start[:_MOJIBAKE_SAMPLE], encoding)) is not None:
        _warn_of_cyrillic_swap(path, start[:_MOJIBAKE_SAMPLE], text, encoding, swap)
        return
    found = document._misdecoded(text)
    dos = dos_misread(text, encoding)
    if dos is not None and (found is None or dos[0] <= found[0]):
        line = len(document._LINE_BREAK.findall(text, 0, dos[0])) + 1
        warn(lambda words: f"{str(path)!r} line {line} holds {dos[1]!r}, which is {dos[2]!r} in {DOS_ADVICE} read in "
                           f"the encoding given, {encoding}, read as written, where the model knows no such "
                           f"words; read the file in cp850 (pass it as the encoding: "
                           f"{_encoding_named('cp850', words)})", MojibakeWarning)
        return
    if found is None:
        return
    line = len(document._LINE_BREAK.findall(text, 0, found[0])) + 1
    warn(f"{str(path)!r} line {line} holds {document.mojibake_told(found[1], found[2], repr)}, "
         f"read as written, where the model knows no such words; read the file "
         f"in its real encoding (pass it as the encoding, or re-save the file as UTF-8)", MojibakeWarning)


def _warn_of_cyrillic_swap(path: Path, start: bytes, text: str, encoding: str, swap: tuple[str, int, int]) -> None:
    """Warn that the file ``path``, read in ``encoding`` as ``text``, is Cyrillic text in the
    other of cp1251 and KOI8 (``swap``: see :func:`stance.encodings.cyrillic_swap`), naming it."""
    document = forksafe.imported(".document")

    codec, at, end = swap
    line = len(document._LINE_BREAK.findall(text, 0, at)) + 1
    warn(lambda words: f"{str(path)!r} line {line} holds {text[at:end]!r}, which is {start[at:end].decode(codec)!r} "
                       f"in {CYRILLIC_NAMES[codec]} read in the encoding given, {encoding}, read as "
                       f"written, where the model knows no such words; read the file in {codec} (pass it as the "
                       f"encoding: {_encoding_named(codec, words)})", MojibakeWarning)


def _encoding_named(codec: str, words: Words) -> str:
    """How ``codec`` is passed as a file's encoding, in ``words``: ``encoding=`` of the Python
    call that read the file, ``--encoding`` of the command. The warning named ``--encoding cp850``
    to ``stance.score(path, encoding="cp1252")``, which takes no flags.

    >>> from .exceptions import COMMAND_LINE, PYTHON
    >>> _encoding_named("cp850", PYTHON), _encoding_named("cp850", COMMAND_LINE)
    ("encoding='cp850'", '--encoding cp850')
    """
    return words.either(f"encoding={codec!r}", f"--encoding {codec}")


# The Cyrillic codecs a warning names, as a reader knows them.
CYRILLIC_NAMES = {"cp1251": "cp1251 (Cyrillic Windows)", "koi8_r": "KOI8-R", "koi8_u": "KOI8-U"}


def _warn_of_console_misread(path: Path, text: str, encoding: str, console: tuple[int, str, str, str]) -> None:
    """Warn that the file ``path``, read in ``encoding`` as ``text``, holds UTF-8 read in a
    console's code page before it was saved (``console``: see
    :func:`stance.document._console_misread`): no encoding reads it right, so the warning says
    how to make it again, or how to undo the misreading."""
    document = forksafe.imported(".document")

    at, bad, was, codec = console
    line = len(document._LINE_BREAK.findall(text, 0, at)) + 1
    # No iconv line: it stops at a byte-order mark or at any character the code page lacks (a
    # review found both left a cut file behind). PowerShell garbles a program's output as it
    # reads it, in the console's encoding, so piping it to Out-File instead of '>' would not help.
    warn(f"{str(path)!r} line {line} holds {bad!r}, which is {was!r} as {document.console_advice(codec)}, "
         f"read as written, where the model knows no such words; write the file again with the "
         f"program's own output option (stance's -o) rather than '>', or in PowerShell run "
         f"[Console]::OutputEncoding = [Text.Encoding]::UTF8 before the program and its '>'",
         MojibakeWarning)


# cp850 text read in a Windows code page: the warnings name the encoding that reads it.
DOS_ADVICE = "cp850 (Western DOS, Excel's \"CSV (MS-DOS)\")"


def dos_misread(text: str, encoding: str) -> tuple[int, str, str] | None:
    """(offset, sign, the letter it was) of cp850 text in ``text``, decoded from a file's bytes
    in ``encoding``, read as cp1252's signs (see :func:`stance.document._dos_misread`), or None.
    Only a file read one byte a character in another encoding than cp850 can be so misread:
    UTF-8 decodes no byte as "”", and a str given directly holds the signs as typed
    ("“fake”and"), where a warning that named cp850 was false.

    >>> text = "D\u201afense europ\u201aenne, d\u201aj\u2026"
    >>> dos_misread(text, "cp1252"), dos_misread(text, "utf-8"), dos_misread(text, "cp850")
    ((1, '‚', 'é'), None, None)
    """
    codecs = forksafe.imported("codecs")
    document = forksafe.imported(".document")

    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if _utf8(name) or _wide_unicode(name) or name == "cp850":
        return None
    # A one-byte encoding reads each byte as a character; a two-byte one (cp932) joins them.
    if len(bytes(range(128, 256)).decode(name, errors="replace")) != 128:
        return None
    return document._dos_misread(text)


def is_utf8(start: bytes) -> bool:
    """Whether ``start``, a file's first bytes, holds bytes beyond ASCII and decodes as UTF-8
    (a character cut at the end aside): text in an 8-bit encoding does so by chance only in a
    word or two of capitals.

    >>> is_utf8("Łódź".encode()), is_utf8("Łódź".encode("cp1250")), is_utf8(b"NATO")
    (True, False, False)
    """
    codecs = forksafe.imported("codecs")

    if start.isascii():
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(start)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_read_as(start: bytes, text: str) -> tuple[int, str, str] | None:
    r"""(line, first run beyond ASCII, what it is in UTF-8) when ``start``, a file's first bytes,
    holds bytes beyond ASCII and decodes as UTF-8 (a character cut at the sample's end aside),
    ``text`` being them decoded in another encoding; else None. Text in a single-byte encoding
    is valid UTF-8 by chance only in a word or two of capitals ("CZÓŁNO" in cp1250), and none
    such is taken for it: the UTF-8 must be text (see :func:`stance.document._utf8_misread`).

    >>> _utf8_read_as("id\nmüssen stärken".encode(), "id\nmüssen stärken".encode().decode("cp1250"))
    (2, 'ĂĽ', 'ü')
    >>> print(_utf8_read_as("id\nmüssen".encode("cp1250"), "id\nmüssen"))
    None
    """
    document = forksafe.imported(".document")

    if not is_utf8(start):
        return None
    for line in document._TEXT_LINE.finditer(text):
        if line[0].isascii():
            continue
        found = document._utf8_misread(line[0])
        if found is not None:
            return len(document._LINE_BREAK.findall(text, 0, line.start())) + 1, found[1], found[2]
    return None


def utf8_read_as_wide(start: bytes, encoding: str) -> str | None:
    r"""Why ``start``, the first bytes of a file or stream with no byte-order mark, given to be
    read in ``encoding`` (UTF-16 or UTF-32), is UTF-8 text, or None when it is not: it decodes as
    UTF-8 (a character cut at its end aside) into text with an ASCII letter and no control
    character but whitespace; above all with no NUL, which UTF-16 and UTF-32 text holds beside
    each ASCII character (a space, a digit, a line end), and no control byte, which its Cyrillic
    or Greek holds beside each letter (0x04, 0x03). Read in UTF-16, such text was CJK-looking
    signs ("We will" is '敗眠汩'), scored as one statement with exit 0, or, of an odd number of
    bytes, told "broken" at its last byte; in UTF-16 or UTF-32 with no mark, a traceback. Every
    character is misread so, not a few letters beyond ASCII as in an 8-bit encoding's reading
    (see :func:`warn_of_mojibake`), so it is refused, as UTF-16 read one byte a character is
    (see :func:`file_encoding`), not warned of.

    >>> print(utf8_read_as_wide(b"id,text\nWe will stand.\n", "utf-16-le"))  # doctest: +NORMALIZE_WHITESPACE
    it is UTF-8 text (its bytes decode as UTF-8, with no 0 byte, which utf-16-le text holds beside each ASCII
    character): read in utf-16-le, its line 1, 'id,text', is '摩琬硥' (mojibake)
    >>> print(utf8_read_as_wide(b"id,text\n", "utf-32"))  # doctest: +NORMALIZE_WHITESPACE
    it is UTF-8 text (its bytes decode as UTF-8, with no 0 byte, which utf-32 text holds beside each ASCII
    character): it has no byte-order mark, which utf-32 reads first, and read in utf-32-le, not a character of its
    line 1, 'id,text', decodes
    >>> print(utf8_read_as_wide("id,text\n".encode("utf-16-le"), "utf-16-le"), utf8_read_as_wide(b"\x04\x04", "utf-16"))
    None None

    Short text of another script in UTF-16 may decode as UTF-8 too ("いいね" is b"D0D0m0", "पुल"
    b"*\tA\t2\t"): it is UTF-16 unless :func:`_prose_read_as_utf16` holds.

    >>> print(utf8_read_as_wide("いいね".encode("utf-16-le"), "utf-16-le"), utf8_read_as_wide(b"*\tA\t2\t", "utf-16"))
    None None
    """
    codecs = forksafe.imported("codecs")

    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(start)  # a character cut at the end waits
    except UnicodeDecodeError:
        return None
    # A stray NUL or two in UTF-8 prose is no wide text's (see _stray_nuls): read in UTF-16 it was
    # "啒呔㩅圠…", scored `none` with exit status 0. UTF-16 Chinese whose bytes are ASCII letters
    # ("卐橖" is b"PSVj") has none of prose's spaces, so its NULs are no strays and it is read as asked.
    strays = "\0" in text and _stray_nuls(start, codecs.lookup(encoding).name)
    if ("\0" in text and not strays) or not any(char.isascii() and char.isalpha() for char in text):
        return None
    if any(char < " " and char not in "\0\t\n\v\f\r" for char in text):
        return None
    if codecs.lookup(encoding).name.startswith("utf-16") and not _prose_read_as_utf16(text, start, encoding):
        return None
    zeros = "its 0 bytes strays, not those" if strays else "with no 0 byte,"
    told = (f"it is UTF-8 text (its bytes decode as UTF-8, {zeros} which {encoding} text holds beside each "
            f"ASCII character)")
    first = start.split(b"\n", 1)[0].rstrip(b"\r")
    line = first.decode("utf-8", errors="replace")
    line = line[:40] + "…" * (len(line) > 40)
    codec, read_in = codecs.lookup(encoding).name, f"read in {encoding}"
    if codec in ("utf-16", "utf-32"):  # which reads a mark for its byte order: without one, a traceback
        read_in = f"it has no byte-order mark, which {encoding} reads first, and read in {codec}-le"
        codec = f"{codec}-le"
    misread = first.decode(codec, errors="replace").replace("\ufffd", "")
    if not misread:  # UTF-32: four ASCII bytes are no character
        return f"{told}: {read_in}, not a character of its line 1, {line!r}, decodes"
    return f"{told}: {read_in}, its line 1, {line!r}, is {misread[:20] + '…' * (len(misread) > 20)!r} (mojibake)"


def _prose_read_as_utf16(text: str, start: bytes, encoding: str) -> bool:
    r"""Whether ``start``, bytes that decode as UTF-8 into ``text`` (see :func:`utf8_read_as_wide`),
    is text of ASCII letters read in ``encoding``, UTF-16, not UTF-16 text: ``text`` is mostly
    ASCII letters and spaces (three in five of its characters but line ends, six letters at
    least, a space or a line end among them), and read in ``encoding`` (either byte order, for
    "utf-16" with no mark) half its characters or more are CJK-looking signs, symbols or no
    character, as every pair of ASCII bytes reads. Short UTF-16 text of a script with no 0 byte
    in it decodes as UTF-8 too and was refused so: "いいね" (b"D0D0m0", two bytes in four a
    digit), "पुल" (b"*\tA\t2\t", a tab for each letter), Chinese whose bytes are letters
    (no space between them); Cyrillic and Greek hold control bytes, which UTF-8 text has not.

    >>> _prose_read_as_utf16("We will stand.", b"We will stand.", "utf-16-le")
    True
    >>> _prose_read_as_utf16("D0D0m0", b"D0D0m0", "utf-16-le"), _prose_read_as_utf16("ckIlWW", b"ckIlWW", "utf-16")
    (False, False)
    """
    codecs = forksafe.imported("codecs")

    shown = [char for char in text if char not in "\r\n"]
    letters = sum(char.isascii() and char.isalpha() for char in text)
    if letters < 6 or not any(char in " \r\n" for char in text) or (letters + text.count(" ")) * 5 < len(shown) * 3:
        return False
    codec = codecs.lookup(encoding).name
    even = start[:len(start) // 2 * 2]
    for order in (("utf-16-le", "utf-16-be") if codec == "utf-16" else (codec,)):
        wide = even.decode(order, errors="replace")
        if sum(map(_misread_looking, wide)) * 2 < len(wide):  # a coherent reading: UTF-16 text
            return False
    return True


def _misread_looking(char: str) -> bool:
    """Whether ``char`` is what a pair of ASCII bytes (U+2020 to U+7E7E) reads as in UTF-16: a sign
    of U+2000 to U+9FFF (punctuation, symbols, CJK, kana; Glagolitic and Coptic letters too, which
    ",a" reads as) or no character (unassigned, private, a lone surrogate, undecodable); not a
    letter of the alphabets and abugidas below U+2000, as Hindi's or Gurmukhi's reading is.

    >>> [_misread_looking(char) for char in "敗⁬Ⱞ\ufffdआ"]
    [True, True, True, True, False]
    """
    unicodedata = forksafe.imported("unicodedata")

    return ("\u2000" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
            or unicodedata.category(char) in ("Cn", "Co", "Cs") or char == "\ufffd")


def utf8_read_as_wide_told(name: str, encoding: str, start: bytes, flag: bool = True) -> str | None:
    r"""Why the file ``name`` ("-": stdin), whose first bytes are ``start``, is refused, UTF-8 text
    given to be read in ``encoding`` (see :func:`utf8_read_as_wide`), as a UTF-8 file read in an
    8-bit encoding that cannot decode it is told: leave the encoding out (``flag``: --encoding,
    as the command line names it); None where ``encoding`` is no UTF-16 or UTF-32, the text opens
    with a byte-order mark, or it is no UTF-8 text.

    >>> utf8_read_as_wide_told("-", "utf-16-le", b"We stand.\n").split(";")[0]
    'stdin is not valid utf-16-le'
    >>> utf8_read_as_wide_told("a.txt", "utf-16-le", b"We stand.\n", flag=False).split(": ")[-1]
    'leave encoding out, which reads UTF-8'
    """
    if not _wide_unicode(encoding) or marked_encoding(start) is not None:
        return None
    told = utf8_read_as_wide(start, encoding)
    if told is None:
        return None
    what, option = "stdin" if name == "-" else repr(name), "--encoding" if flag else "encoding"
    return f"{what} is not valid {encoding}; {told}: leave {option} out, which reads UTF-8"


def _utf8_read_as_wide_file(path: Path, encoding: str, start: bytes) -> InvalidInputError:
    """The error for the UTF-8 file ``path``, whose first bytes are ``start``, read in
    ``encoding``, UTF-16 or UTF-32 (see :func:`utf8_read_as_wide_told`): in Python's words, and
    in the command line's (``typed``)."""
    error = InvalidInputError(utf8_read_as_wide_told(str(path), encoding, start, flag=False))
    error.typed = error.typed_without_encoding = utf8_read_as_wide_told(str(path), encoding, start)
    return error


def marked_encoding(start: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at ``start`` names, or None.

    >>> marked_encoding(b"\\xff\\xfe\\x00\\x00A"), marked_encoding(b"\\xfe\\xffA"), marked_encoding(b"text")
    ('utf-32', 'utf-16', None)
    """
    return next((codec for mark, codec in _UNICODE_MARKS if start.startswith(mark)), None)


# Of a UTF-16 or UTF-32 file's bytes in the NUL half of each character, a quarter or more are
# NULs: Latin text's are nearly all, Cyrillic text's its spaces, digits and signs; a stray NUL
# in a file of one byte a character is far fewer.
_WIDE_NULS = 0.25


def _wide_pattern(start: bytes, codec: str) -> bool:
    r"""Whether the NULs of ``start``, a file's first bytes, fall as those of ``codec``'s text
    (UTF-16 or UTF-32 that :func:`marked_encoding` or :func:`unmarked_encoding` found) do: of
    the bytes of the first 4 KB after any byte-order mark that are each character's high half,
    a quarter or more are NULs, and a mark is followed by a whole character (which may be any:
    "“", "€" or Cyrillic open UTF-16 files too). A file of one byte a character with a stray
    NUL, or Latin-1 text that opens "ÿþ", was refused as UTF-16 when read in cp1252 or Latin-1.

    >>> _wide_pattern("id,text\n".encode("utf-16"), "utf-16"), _wide_pattern("id\n".encode("utf-32-be"), "utf-32-be")
    (True, True)
    >>> _wide_pattern(b"\xff\xfe\x00", "utf-16"), _wide_pattern("ÿþtext\nunis\0 pour".encode("latin-1"), "utf-16")
    (False, False)
    >>> _wide_pattern("id,text\0\n1,Nous sommes déjà unis.\n".encode("cp1252"), "utf-16-le")
    False
    >>> _wide_pattern("“text”,id\r\n“We stand”,1\r\n".encode("utf-16"), "utf-16")
    True
    """
    mark = next((mark for mark, _ in _UNICODE_MARKS if start.startswith(mark)), b"")
    body = start[len(mark):len(mark) + 4096]
    unit = 4 if "32" in codec else 2
    big = codec.endswith("-be") or mark in (b"\xfe\xff", b"\x00\x00\xfe\xff")
    high = range(unit // 2) if big else range(unit // 2, unit)  # the bytes of U+0000-U+00FF's NUL half
    if mark and len(body) < unit:
        return False
    halves = [byte for at, byte in enumerate(body) if at % unit in high]
    return bool(halves) and halves.count(0) >= _WIDE_NULS * len(halves)


# The bytes a file's start may hold per NUL, for its NULs to be UTF-8's strays (see
# _stray_nuls): UTF-16 has a NUL in each space, digit, comma and line end, most often one in
# ten bytes or so; a header's stray NUL is one in the 4,096 bytes file_encoding reads, which
# may hold 16 so, and one in a start shorter than 512 bytes.
_STRAY_NUL_SPAN = 256


def _stray_nuls(start: bytes, codec: str) -> bool:
    r"""Whether ``start``, a file's first bytes that :func:`unmarked_encoding` took for
    ``codec`` (UTF-16 or UTF-32), is rather UTF-8 with a stray NUL or a few: it decodes as
    UTF-8, its NULs do not fall as ``codec``'s do (see :func:`_wide_pattern`, whose share
    one-byte reads are held to), and it holds no other control byte but whitespace. UTF-16's
    Cyrillic or Greek, whose NULs are few too, has a control byte (0x04, 0x03) in each
    letter; "id,text\0" was refused as UTF-16. And its NULs are rare in all: no more than
    one in :data:`_STRAY_NUL_SPAN` bytes (one at least). UTF-16's Devanagari, Bengali or
    other Indic letters (U+0900 to U+0DFF) are each an ASCII byte and a tab, line end or
    form feed, which decode as UTF-8 with whitespace alone; but their spaces, line ends and
    punctuation put a NUL every few characters, where UTF-8 has a stray NUL or two.

    >>> _stray_nuls(b"id,text\x00\n1,We stand together.\n2,Spend more.\n", "utf-16-le")
    True
    >>> _stray_nuls("id,text\n1,We stand.\n".encode("utf-16-le"), "utf-16-le")
    False
    >>> _stray_nuls("текст\nМи підтримуємо Україну.\n".encode("utf-16-le"), "utf-16-le")
    False
    >>> _stray_nuls("यह विश्वविद्यालय महान है।\n".encode("utf-16-le"), "utf-16-le")
    False

    More NULs than that are strays still in prose of ASCII letters whose UTF-16 reading is no
    script's (see :func:`_prose_read_as_utf16`), as a short line with two holds:

    >>> _stray_nuls(b"RUTTE: We stand together.\x00\x00 NATO is strong.\n", "utf-16-le")
    True
    >>> _stray_nuls("卐橖畔獦牅\n做塃剨条煹\n".encode("utf-16-le"), "utf-16-le")  # b"PSVjTufsEr\n\0…"
    False
    """
    codecs = forksafe.imported("codecs")

    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(start)  # a character cut at the end waits
    except UnicodeDecodeError:
        return False
    if start.count(0) > max(1, len(start) // _STRAY_NUL_SPAN) and not (
            codec.startswith("utf-16") and _spaced_prose(text) and _prose_read_as_utf16(text, start, codec)):
        # As many as a wide text's spaces give, unless the UTF-8 reading is prose of ASCII words
        # spaced as prose is (see _spaced_prose) whose UTF-16 reading is no script's ("啒呔㩅圠"): two
        # NULs in a short UTF-8 line were refused as UTF-16, whose Indic letters read coherently (see
        # the docstring) and so stay wide, as does Chinese whose bytes are ASCII letters, unspaced.
        return False
    controls = any(character < " " and character not in "\0\t\n\v\f\r" for character in text)
    return not controls and not _wide_pattern(start, codec)


# Letters per space between words, at most, in the UTF-8 reading of a start with NULs for them to
# be strays (see _spaced_prose): English prose has a space in six characters or so.
_LETTERS_PER_SPACE = 12


def _spaced_prose(text: str) -> bool:
    r"""Whether ``text``, a start with NULs read as UTF-8, is spaced as prose is: a space between
    two characters that are neither whitespace nor NUL, one at an ASCII letter, for each
    :data:`_LETTERS_PER_SPACE` ASCII letters or fewer. UTF-16 holds a 0x20 byte beside a NUL
    (its space, "\x20\x00") or in a rare sign (U+4120 and such): Chinese whose bytes are ASCII
    letters ("卐橖畔獦牅" is b"PSVjTufsEr") has none between letters, and was read as UTF-8 with
    stray NULs.

    >>> _spaced_prose("RUTTE: We stand together.\0\0 NATO is strong.\n"), _spaced_prose("PSVjTufsEr\n\0")
    (True, False)
    """
    letters = sum(char.isascii() and char.isalpha() for char in text)
    spaces = sum(1 for at in range(1, len(text) - 1) if text[at] == " "
                 and not (text[at - 1].isspace() or text[at + 1].isspace() or "\0" in (text[at - 1], text[at + 1]))
                 and ((text[at - 1].isascii() and text[at - 1].isalpha())
                      or (text[at + 1].isascii() and text[at + 1].isalpha())))
    return letters > 0 and spaces * _LETTERS_PER_SPACE >= letters


# UTF-16 and UTF-32 without a byte-order mark (SQL Server's `bcp -w`, .NET's Encoding.Unicode
# written without its preamble): the codec, what it is in words, and its name for iconv.
_UNMARKED = {"utf-32-le": ("UTF-32 little-endian", "utf-32le"), "utf-32-be": ("UTF-32 big-endian", "utf-32be"),
             "utf-16-le": ("UTF-16 little-endian", "utf-16le"), "utf-16-be": ("UTF-16 big-endian", "utf-16be")}


def unmarked_encoding(start: bytes) -> str | None:
    r"""The UTF-16 or UTF-32 codec that ``start``, a file's first bytes with no byte-order
    mark, is written in, or None. Its NUL bytes are valid UTF-8, so read as UTF-8 such a
    file gave a header of "i\x00d\x00" and "no such column". It is taken for one when its
    first line, read as UTF-8, holds a 0 byte (a header's commas, tabs and ASCII names have one
    beside each, in a file of Cyrillic or CJK text too) and it decodes in that codec with no
    NUL; of those that do, the one that reads most of it as ASCII (UTF-16's other byte order
    reads "id" as CJK). Zeros in the rows alone are a UTF-8 file's own bytes: counted over the
    whole start, they made such a file UTF-16, and a Ukrainian file in UTF-16 had too few.

    A header of Cyrillic or CJK letters alone ("текст", "文本") has no 0 byte in UTF-16
    little-endian but the one its line end ends with ("\n\0"), where the first line's bytes
    read as UTF-8 stop: read as UTF-8, such a file gave garbled rows ("B\x045\x04…") or advice
    to try cp1252. It is taken for one too when a second line end decodes so, which one NUL
    after a UTF-8 file's first line end does not.

    >>> unmarked_encoding("id,text\n".encode("utf-16-le")), unmarked_encoding("id\n".encode("utf-32-be"))
    ('utf-16-le', 'utf-32-be')
    >>> unmarked_encoding("id,text\n1,Ми підтримуємо Україну.\n".encode("utf-16-le"))
    'utf-16-le'
    >>> unmarked_encoding("текст\nМи підтримуємо Україну.\n".encode("utf-16-le"))
    'utf-16-le'
    >>> print(unmarked_encoding(b"id,text\nWe stand with Ukraine.\x00\n"), unmarked_encoding(b"id,t\n0,a\0b\0c\0d\n"))
    None None
    >>> print(unmarked_encoding(b"text\n\0We stand with Ukraine.\nNATO is united.\n"))
    None
    >>> unmarked_encoding(b"id,text\r1,We stand\x00 together.\r"), unmarked_encoding("id\r1\r".encode("utf-16-le"))
    (None, 'utf-16-le')

    A UTF-8 file with a stray NUL in its first line ("id,text\0") is none either (see :func:`_stray_nuls`).
    """
    codecs = forksafe.imported("codecs")

    # Lines that end in "\r" alone (old Mac line ends) end there: the whole file was the first
    # line, and a NUL in a row made a UTF-8 file UTF-16.
    end = b"\n" if b"\n" in start else b"\r"
    line, _, rest = start.partition(end)
    if not start or (0 not in line and not rest.startswith(b"\0")):
        return None
    line_ends = 1 if 0 in line else 2  # a 0 only after the first line end: a second line end asked for
    found, most = None, 0
    for codec in _UNMARKED:
        try:
            text = codecs.getincrementaldecoder(codec)().decode(start)  # a character cut at the end waits
        except UnicodeDecodeError:
            continue
        ascii_characters = sum(character.isascii() for character in text)
        if "\0" not in text and ascii_characters > most and (line_ends == 1 or text.count(end.decode()) >= line_ends):
            found, most = codec, ascii_characters
    return None if found is not None and _stray_nuls(start, found) else found


def unmarked_script(start: bytes) -> str | None:
    r"""The UTF-16 codec that ``start``, a file's first bytes with no byte-order mark and
    (nearly) no ASCII, is written in, or None. Such a file has no 0 byte for
    :func:`unmarked_encoding` to find, or a lone one (a space); each character's high byte
    is a control byte (Cyrillic's 0x04, Greek's 0x03, Hebrew's 0x05, Arabic's 0x06), which
    UTF-8 reads as valid: a Ukrainian line "Слава" was scored as "!;0…", exit 0.
    It is taken for one when three in four bytes of one parity (the high bytes' place; a dash
    or a quotation mark, U+2014 or U+2019, has 0x20 there) are below 0x20, one of the file's is
    a control no text holds (not a tab or a line end, so a file of blank lines is no UTF-16),
    and it decodes in that codec with no NUL, to letters of one script (:func:`_reads_as_a_script`).
    UTF-8 text of any script has no byte below 0x20 but its whitespace and a stray control.

    >>> unmarked_script("Слава".encode("utf-16-le")), unmarked_script("Γεια σας".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> print(unmarked_script("Слава".encode("utf-8")), unmarked_script(b"\r\n\r\n\r\n"), unmarked_script(b"a\x04"))
    None None None
    """
    codecs = forksafe.imported("codecs")

    if len(start) < 4 or not any(byte < 0x20 and byte not in b"\t\n\v\f\r" for byte in start):
        return None
    for codec, high in (("utf-16-le", start[1::2]), ("utf-16-be", start[0::2])):
        if sum(byte < 0x20 for byte in high) * 4 < len(high) * 3:
            continue
        try:
            text = codecs.getincrementaldecoder(codec)().decode(start)  # a character cut at the end waits
        except UnicodeDecodeError:
            continue
        if "\0" not in text and _reads_as_a_script(text, high):
            return codec
    return None


def _reads_as_a_script(text: str, high: bytes) -> bool:
    r"""Whether ``text``, bytes decoded as UTF-16 whose high bytes are ``high``, reads as text of
    one script: three in four of its high bytes but 0 (a space's, a full stop's) are one (0x04,
    Cyrillic), and three in four of its characters but spaces are letters or their marks. ASCII
    text with control bytes between its letters ("xyz", "a	bc") was refused as UTF-16,
    "a byte 0x09 beside each letter": its pairs decode to Balinese signs and Devanagari, mixed.

    >>> _reads_as_a_script("Слава Україні", "Слава Україні".encode("utf-16-be")[0::2])
    True
    >>> _reads_as_a_script(b"xy".decode("utf-16-le"), b""), _reads_as_a_script("ॡ᭢", b"	")
    (False, False)
    """
    unicodedata = forksafe.imported("unicodedata")

    scripts = [byte for byte in high if byte]
    if not scripts or max(scripts.count(byte) for byte in set(scripts)) * 4 < len(scripts) * 3:
        return False
    shown = [char for char in text if not char.isspace()]
    return sum(unicodedata.category(char)[0] in "LM" for char in shown) * 4 >= len(shown) * 3


def _unmarked_file(path: Path, codec: str, start: bytes = b"") -> InvalidInputError:
    """The error for a file in ``codec`` with no byte-order mark (see :func:`unmarked_encoding`),
    read as UTF-8: in Python's words, and in the command line's (``typed``), which names its
    ``--encoding`` first, then how to re-save it."""
    looks = _looks_unmarked(str(path), codec, start)
    error = InvalidInputError(f"{looks}; re-save it as UTF-8 or pass encoding={codec!r}")
    error.typed = unmarked_advice(str(path), codec, start, flag=True)
    error.typed_without_encoding = unmarked_advice(str(path), codec, start)
    error.encoding_flag = f"--encoding {codec}"  # for one_encoding_for_several: a folder's other files
    return error


def _wide_read_narrow(path: Path, encoding: str, wide: str, start: bytes) -> InvalidInputError:
    """The error for the file ``path`` in UTF-16 or UTF-32 (``wide``: what its byte-order mark
    names, or the codec of one without a mark), given ``encoding``, one byte a character: in
    Python's words, and in the command line's (``typed``)."""
    told = f"{str(path)!r} is not {encoding} text"
    if marked_encoding(start) is not None:
        error = InvalidInputError(f"{told}; {marked_advice(wide)}")
        error.typed = f"{told}; {marked_advice(wide, flag=True)}"
        return error
    looks = f"{told}; it looks like {_UNMARKED[wide][0]} without a byte-order mark ({unmarked_sign(wide, start)})"
    error = InvalidInputError(f"{looks}; pass encoding={wide!r}, or re-save it as UTF-8")
    error.typed = f"{looks}; pass --encoding {wide}, or re-save it as UTF-8, e.g. iconv -f {_UNMARKED[wide][1]} " \
                  f"-t utf-8 {shell_path(path)} > {shell_path(_utf8_copy(path))}"
    return error


def unmarked_advice(name: str, codec: str, start: bytes = b"", flag: bool = False) -> str:
    """What the command line says of the file ``name`` ("-" for standard input) in ``codec``
    with no byte-order mark (see :func:`unmarked_encoding`), whose first bytes are ``start``:
    what it looks like, the command's ``--encoding`` that reads it where it has one
    (``flag``), and the iconv command that re-saves it as UTF-8.

    >>> unmarked_advice("rada.txt", "utf-16-le")  # doctest: +NORMALIZE_WHITESPACE
    "'rada.txt' is not UTF-8: it looks like UTF-16 little-endian without a byte-order mark (a 0 byte beside each
    ASCII character); re-save it as UTF-8, e.g. iconv -f utf-16le -t utf-8 rada.txt > rada.utf8.txt"
    >>> unmarked_advice("-", "utf-16-be").split("; ")[-1]
    're-encode the input as UTF-8, e.g. iconv -f utf-16be -t utf-8'
    >>> unmarked_advice("-", "utf-16-be", flag=True).split("; ")[-1]
    'pass --encoding utf-16-be, or re-encode the input as UTF-8, e.g. iconv -f utf-16be -t utf-8'
    """
    iconv = _UNMARKED[codec][1]
    passed = f"pass --encoding {codec}, or " if flag else ""
    if name == "-":  # no file to re-save, and "-.utf8" is no name to write to
        return (f"{_looks_unmarked(name, codec, start)}; {passed}re-encode the input as UTF-8, "
                f"e.g. iconv -f {iconv} -t utf-8")
    path = Path(name)
    resaved = shell_path(_utf8_copy(path))
    return (f"{_looks_unmarked(name, codec, start)}; {passed}re-save it as UTF-8, e.g. iconv -f {iconv} -t utf-8 "
            f"{shell_path(name)} > {resaved}")


def _looks_unmarked(name: str, codec: str, start: bytes = b"") -> str:
    """That the file ``name`` ("-", stdin) looks like ``codec`` without a byte-order mark, and
    why (see :func:`unmarked_sign`)."""
    what = "stdin" if name == "-" else repr(name)
    return (f"{what} is not UTF-8: it looks like {_UNMARKED[codec][0]} without a byte-order mark "
            f"({unmarked_sign(codec, start)})")


def unmarked_sign(codec: str, start: bytes = b"") -> str:
    """What in ``start``, a file's first bytes, shows ``codec`` (UTF-16 or UTF-32 with no
    byte-order mark): the 0 byte beside each ASCII character, or, where most letters are not
    ASCII, what is beside those: a line of Greek ("Το ΝΑΤΟ είναι ενωμένο.") has a 0 byte only
    beside its spaces and full stop, and was said to have one "beside each ASCII character".

    >>> unmarked_sign("utf-16-le", "NATO is united.".encode("utf-16-le"))
    'a 0 byte beside each ASCII character'
    >>> unmarked_sign("utf-16-le", "Το ΝΑΤΟ είναι ενωμένο.".encode("utf-16-le"))
    'a byte 0x03 beside each letter'
    >>> unmarked_sign("utf-16-be", "Слава Україні, Γεια".encode("utf-16-be"))
    'a control byte beside each letter'
    >>> chinese, russian = "北约团结一致。".encode("utf-16-le"), "Слава".encode("utf-32-le")
    >>> unmarked_sign("utf-16-le", chinese), unmarked_sign("utf-32-le", russian)
    ('two bytes for each letter', 'two 0 bytes beside each letter')
    """
    # errors="ignore": a character cut at the end of the start is no letter to count
    letters = [ord(c) for c in start.decode(codec, errors="ignore") if c.isalpha()]
    wide = [code for code in letters if code > 0x7F]
    if len(wide) * 2 <= len(letters):  # ASCII letters as many as others (or no letter at all)
        return "a 0 byte beside each ASCII character"
    if codec.startswith("utf-32"):
        return "two 0 bytes beside each letter" if max(wide) <= 0xFFFF else "a 0 byte beside each letter"
    high = {code >> 8 for code in wide}
    if len(high) == 1 and max(wide) <= 0xFFFF:
        return f"a byte 0x{high.pop():02x} beside each letter"
    if max(high) < 0x20:  # what UTF-8 reads as control characters, and unmarked_script looks for
        return "a control byte beside each letter"
    return "two bytes for each letter" if max(wide) <= 0xFFFF else "two or four bytes for each letter"


def _undecodable_file(path: Path, encoding: str) -> InvalidInputError:
    """The error for a file ``encoding`` cannot decode: where, and the encoding it is likely
    in (see :mod:`stance.encodings`), which for Central European, Cyrillic or Greek text is
    not Excel's Western cp1252 (that reads "czołgów" as "czo³gów", "за" as "çà", without a
    word), and never ``encoding`` itself. The command line's message (``typed``) names its
    ``--encoding`` with that encoding, then how to re-save the file as UTF-8 (iconv, which
    Windows lacks).
    """
    likely_encodings = forksafe.imported(".encodings").likely_encodings

    found = _undecodable_at(path, encoding)
    failure = _stream_failure(path, encoding) if found is None else None
    # The byte's place in its line, counted from 1, as stdin's lines are told: the file's offset
    # ("line 3, byte 40" of a byte 7th on its line) sent the user searching the line for byte 40.
    where = (failure or "a byte it cannot decode" if found is None
             else f"line {found[0]}: its byte {found[2]} is 0x{found[3]:02x}, which {encoding} cannot decode")
    start = _bytes_at(path, 0, 4096)
    marked = other_mark(start[:4], encoding)
    if marked is not None:
        return _misread_marked_file(path, encoding, where, marked)
    if utf8_read_as_wide_told(str(path), encoding, start) is not None:
        # Its last byte of an odd number was "broken", to be mended: it is UTF-8, misread from its first.
        return _utf8_read_as_wide_file(path, encoding, start)
    unmarked = (unmarked_encoding(start) or unmarked_script(start)) if _wide_unicode(encoding) else None
    if unmarked is not None and forksafe.codec(unmarked).name != forksafe.codec(encoding).name:
        return _wide_read_narrow(path, encoding, unmarked, start)  # UTF-16 without a mark given as utf-16 or utf-32
    if _wide_unicode(encoding) and 0 not in start:
        # No UTF-16 or UTF-32 text: that has a 0 byte beside each ASCII character, a space's or a line
        # end's. Its bytes are another encoding's, whatever place the wide decoding failed at.
        where = f"it holds no 0 byte, which {encoding} text holds beside each ASCII character"
    elif _wide_unicode(encoding) and failure is None:
        # The rest of the file is UTF-16 or UTF-32: no 8-bit encoding reads it (cp1252 read every
        # second byte as a NUL), nor does iconv in another; the bytes there are broken, not foreign.
        error = InvalidInputError(f"{str(path)!r} is not valid {encoding} ({where}); the file is broken there: "
                                  f"mend that line, or save it again as UTF-8 from the program that wrote it")
        error.typed = str(error)
        return error
    if not _utf8(encoding) and is_utf8(_bytes_at(path, 0)):
        # Each 8-bit encoding it is likely in would garble it as much ("Łódź" in cp1250 is "Ĺ\x81ĂłdĹş").
        told = f"{str(path)!r} is not valid {encoding} ({where}); it is UTF-8 text (its bytes beyond ASCII all decode "
        error = InvalidInputError(f"{told}as UTF-8): leave encoding out, which reads UTF-8")
        error.typed = error.typed_without_encoding = f"{told}as UTF-8): leave --encoding out, which reads UTF-8"
        return error
    sample = start if found is None else _bytes_at(path, found[1])
    likely = likely_encodings(sample, encoding)
    if not likely:
        named = ""
    elif len(likely) > 1:  # the bytes do not tell: one named alone would be a guess, and may garble it
        named = (", one of " + ", ".join(f"encoding={each.codec!r} ({each.name}, which reads its text as "
                                         f"{each.script})" for each in likely) + "; its bytes do not tell which")
    elif likely[0].codec == "cp1252":
        named = ", e.g. encoding='cp1252' for Excel on Windows"
    else:
        named = f", e.g. encoding={likely[0].codec!r} ({likely[0].name}), which reads its text as {likely[0].script}"
    error = InvalidInputError(f"{str(path)!r} is not valid {encoding} ({where}); re-save it as UTF-8 or pass "
                              f"the file's real encoding{named}")
    error.typed = (f"{str(path)!r} is not valid {encoding} ({where}); pass {encoding_flag(likely)}, or re-save "
                   f"it as UTF-8, {resave_command(sample, path, encoding)}")
    # What a reader without --encoding says (Dask's, of a glob): how to re-save it alone.
    error.typed_without_encoding = (f"{str(path)!r} is not valid {encoding} ({where}); re-save it as UTF-8, "
                                    f"{resave_command(sample, path, encoding)}")
    error.encoding_flag = encoding_flag(likely)
    return error


def one_encoding_for_several(error: BaseException, files: str) -> BaseException:
    """``error``, a file's refusal as not valid in the encoding given, told on the command line
    where one ``--encoding`` reads ``files`` (several: "UNLABELLED and each --exclude file", "every
    file of folder 'data'"): re-save this file, and pass --encoding only if all are in its
    encoding. "pass --encoding cp1250" for a cp1250 --exclude file beside a UTF-8 pool garbled the
    pool and excluded nothing. Any other error is returned as it is.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "d.csv"
    ...     _ = path.write_bytes("text\\nZwiększyć\\n".encode("cp1250"))
    ...     print(one_encoding_for_several(_undecodable_file(path, "utf-8"), "A and B").typed)
    ... # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    '...d.csv' is not valid utf-8 (line 2: ...); re-save it as UTF-8, e.g. iconv -f cp1250 -t utf-8 ... (cp1250 is
    Central European Windows, ...); one --encoding reads A and B alike: pass --encoding cp1250 only if they are
    all in it
    """
    flag = getattr(error, "encoding_flag", None)
    if flag is not None:
        error.typed = f"{error.typed_without_encoding}; one --encoding reads {files} alike: pass {flag} only if " \
                      f"they are all in it"
    return error


def _utf8_copy(path: Path) -> Path:
    """Where the advice to re-save the file ``path`` as UTF-8 writes its copy: beside it."""
    return path.with_name(f"{path.stem}.utf8{path.suffix}")


def converted_in_place(error: BaseException, path: str | PathLike) -> BaseException:
    """``error``, the file ``path``'s refusal as not valid in its encoding, told on the command
    line for a file read as one of a glob's or a folder's: its re-saving converts the file in
    place, as a copy beside it ('xl2/a.utf8.csv') is matched by the same glob or read from
    the same folder, and the original with it still fails. Any other error is returned as it is.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "a.csv"
    ...     _ = path.write_bytes("text\\nWe don’t agree\\n".encode("cp1252"))
    ...     told = converted_in_place(_undecodable_file(path, "utf-8"), path).typed_without_encoding
    ...     print(told.replace(folder, "xl2").split("; ")[-2])  # doctest: +NORMALIZE_WHITESPACE
    re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 xl2/a.csv > converted.tmp && mv converted.tmp xl2/a.csv
    (cp1252 for Excel on Windows
    """
    path = Path(path)
    copied = f"{shell_path(path)} > {shell_path(_utf8_copy(path))}"
    # Not a name in the folder: "converted.tmp" in the current folder, which no *.csv matches.
    in_place = f"{shell_path(path)} > converted.tmp && mv converted.tmp {shell_path(path)}"
    for told in ("typed", "typed_without_encoding"):
        said = getattr(error, told, None)
        if isinstance(said, str):
            setattr(error, told, said.replace(copied, in_place))
    return error


def other_mark(start: bytes, encoding: str) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at ``start``, a file's first bytes,
    names, where ``encoding`` (one given: the default reads the mark) is not that one; else
    None.

    >>> other_mark("id".encode("utf-16"), "utf-8-sig"), other_mark("id".encode("utf-32"), "cp1252")
    ('utf-16', 'utf-32')
    >>> print(other_mark("id".encode("utf-16"), "UTF-16LE"), other_mark(b"id", "utf-32"))
    None None
    """
    codecs = forksafe.imported("codecs")

    marked = marked_encoding(start)
    return None if marked is None or codecs.lookup(encoding).name.startswith(marked) else marked


def marked_advice(marked: str, flag: bool = False) -> str:
    """What to do with a file whose byte-order mark names ``marked`` (UTF-16 or UTF-32), read
    in another encoding given, which cannot decode it: the mark says what it is, so that is the
    advice, not an 8-bit encoding its bytes seem to be in (cp1252 read every second byte as a
    NUL), nor that the file is broken. In Python's words, or the command line's (``flag``).

    >>> marked_advice("utf-16", flag=True)  # doctest: +NORMALIZE_WHITESPACE
    'it starts with a UTF-16 byte-order mark, so it is UTF-16 text: pass --encoding utf-16, or
    leave --encoding out, which reads the mark'
    >>> marked_advice("utf-32").split(": ")[1]
    "pass encoding='utf-32', or leave encoding out, which reads the mark"
    """
    given, option = (f"--encoding {marked}", "--encoding") if flag else (f"encoding={marked!r}", "encoding")
    return (f"it starts with a {marked.upper()} byte-order mark, so it is {marked.upper()} text: pass {given}, "
            f"or leave {option} out, which reads the mark")


def _misread_marked_file(path: Path, encoding: str, where: str, marked: str) -> InvalidInputError:
    """The error for a file whose byte-order mark names ``marked``, read in the ``encoding``
    given, which cannot decode it (``where``; see :func:`marked_advice`)."""
    told = f"{str(path)!r} is not valid {encoding} ({where})"
    error = InvalidInputError(f"{told}; {marked_advice(marked)}")
    error.typed = f"{told}; {marked_advice(marked, flag=True)}"
    resaved = shell_path(_utf8_copy(path))
    error.typed_without_encoding = (f"{told}; it starts with a {marked.upper()} byte-order mark: re-save it as "
                                    f"UTF-8, e.g. iconv -f {marked} -t utf-8 {shell_path(path)} > {resaved}")
    return error


def encoding_flag(likely: tuple[Any, ...]) -> str:
    """The command line's ``--encoding`` for a file likely in one of ``likely`` (see
    :func:`stance.encodings.likely_encodings`), in words."""
    if len(likely) == 1:
        return f"--encoding {likely[0].codec}"
    if likely:
        return f"--encoding with the file's real encoding, one of {', '.join(each.codec for each in likely)}"
    return "--encoding with the file's real encoding"


def _wide_unicode(encoding: str) -> bool:
    """Whether ``encoding`` is UTF-16 or UTF-32 (with a byte-order mark, or of one byte order).

    >>> _wide_unicode("utf-16"), _wide_unicode("UTF-32LE"), _wide_unicode("utf-8-sig")
    (True, True, False)
    """
    codecs = forksafe.imported("codecs")

    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def resave_command(sample: bytes, path: str | PathLike | None = None, failed: str = "utf-8") -> str:
    """How to re-save as UTF-8 a file of which ``sample`` is bytes ``failed`` cannot decode,
    on the command line (named ``path``; "-", standard input, or None for a pipe): with the
    encoding it is likely in, or those it may be in when its bytes do not tell (see
    :func:`stance.encodings.likely_encodings`).

    >>> resave_command("Ми за".encode("cp1251"), "r.txt")
    'e.g. iconv -f cp1251 -t utf-8 r.txt > r.utf8.txt (cp1251 is Cyrillic Windows, which reads its text as Cyrillic)'
    >>> resave_command("Η Ελλάδα θα αυξήσει".encode("cp1253"))
    'e.g. iconv -f cp1253 -t utf-8 (cp1253 is Greek Windows, which reads its text as Greek)'
    >>> resave_command("欢迎各位参加今天的记者会。".encode("gb18030"))  # doctest: +NORMALIZE_WHITESPACE
    'e.g. iconv -f gb18030 -t utf-8 (gb18030 is Simplified Chinese GB18030, which reads its text as Chinese)'
    >>> resave_command("欢迎".encode("gb18030"))  # too few letters to tell  # doctest: +NORMALIZE_WHITESPACE
    "e.g. iconv -f ENCODING -t utf-8, with the file's real encoding as ENCODING, one of cp1252 (Western Windows),
    gb18030 (Simplified Chinese GB18030), cp950 (Traditional Chinese Big5), euc-jp (Japanese EUC-JP), cp949
    (Korean EUC-KR): its bytes do not tell which"
    """
    likely_encodings = forksafe.imported(".encodings").likely_encodings

    likely = likely_encodings(sample, failed)
    files = ""
    if path is not None and str(path) != "-":
        path = Path(path)
        files = f" {shell_path(path)} > {shell_path(_utf8_copy(path))}"
    if not likely:
        return f"e.g. iconv -f ENCODING -t utf-8{files}, with the file's real encoding as ENCODING"
    if len(likely) > 1:
        named = ", ".join(f"{each.iconv} ({each.name})" for each in likely)
        return (f"e.g. iconv -f ENCODING -t utf-8{files}, with the file's real encoding as ENCODING, one of "
                f"{named}: its bytes do not tell which")
    if likely[0].codec == "cp1252":
        why = "cp1252 for Excel on Windows; else the file's real encoding"
    else:
        why = f"{likely[0].iconv} is {likely[0].name}, which reads its text as {likely[0].script}"
    return f"e.g. iconv -f {likely[0].iconv} -t utf-8{files} ({why})"


def _bytes_at(path: Path, start: int, size: int = 1 << 16) -> bytes:
    """:func:`sample_at` of the file's bytes (none when it is unreadable now)."""
    try:
        with open(path, "rb") as handle:
            before = max(start - 4096, 0)
            handle.seek(before)
            return sample_at(handle.read(start - before + size), start - before, size)
    except OSError:
        return b""


def sample_at(data: bytes, start: int, size: int = 1 << 16) -> bytes:
    r"""``size`` bytes of ``data`` from the start of the line that holds byte ``start`` (or
    from 4 KiB before it), so that the word a bad byte sits in is read whole by
    :func:`stance.encodings.likely_encoding` ("\xe9 summit", cut from "The caf\xe9 summit", reads as a word
    of no ASCII).

    >>> sample_at(b"id\nThe caf\xe9 summit", 10, 4)
    b'The caf\xe9 su'
    """
    head = data[max(start - 4096, 0):start]
    return head[head.rfind(b"\n") + 1:] + data[start:start + size]


def _undecodable_at(path: Path, encoding: str, block: int = 1 << 20) -> tuple[int, int, int, int] | None:
    r"""Where the first byte that ``encoding`` cannot decode is: (line, offset in the file,
    place in its line counted from 1, the byte's value), or None.

    The error pandas raises counts bytes from the start of the block it was decoding, not
    of the file, so its position points anywhere in a large file: the file is decoded
    again here, in blocks. The decoder's own position is not the file's either where it
    consumes a byte-order mark (utf-8-sig, utf-16, utf-32: "line 3: its byte 1 is 0x43", a
    valid "C" three bytes before the bad one): it is taken from the bytes it was decoding.
    Lines are counted in the decoded text, as the readers split it (a UTF-16 line ends in
    two bytes, not at any 0x0a), at "\n", or at "\r" in a file whose lines end in it alone
    (old Mac line ends: the whole file was line 1; most of its line ends tell, a "\n" in a
    quoted cell too), or at each of "\r\n", "\r" and "\n" where as many end in "\r" alone as
    in "\n", as an editor counts them; a place in line 1 counts a byte-order mark's bytes, as
    the default UTF-8 does.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "t.csv").write_bytes(b"text\nCaf\xe9\n")
    ...     _ = (Path(folder) / "m.csv").write_bytes(b"\xef\xbb\xbftext\rOK\rCaf\xe9\r")
    ...     _undecodable_at(Path(folder) / "t.csv", "utf-8", block=3)
    ...     _undecodable_at(Path(folder) / "m.csv", "utf-8-sig")
    (2, 8, 4, 233)
    (3, 14, 4, 233)
    """
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    offset, text = 0, _Lines()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(block):
                state = decoder.getstate()
                try:
                    text.add(decoder.decode(chunk))
                except UnicodeDecodeError as error:
                    # The decoder decoded the bytes it held and this block, less a mark it consumed.
                    start = offset + len(chunk) - len(error.object) + error.start
                    before = codecs.getincrementaldecoder(encoding)()
                    before.setstate(state)
                    text.add(before.decode(chunk[:max(start - offset, 0)]))
                    return (*text.place(start, encoding, rest=chunk[max(start - offset, 0):]), _byte(handle, start))
                offset += len(chunk)
            held = len(decoder.getstate()[0])
            if held:  # the file ends inside a character
                return (*text.place(offset - held, encoding), _byte(handle, offset - held))
    except (OSError, LookupError, UnicodeError):  # unreadable now, an unknown encoding, or no byte at fault: say less
        pass
    return None


def _stream_failure(path: Path, encoding: str) -> str | None:
    """Why ``encoding`` cannot decode the file ``path`` where no byte of it is at fault, or None:
    UTF-16 or UTF-32 given with no byte-order mark to read ("UTF-16 stream does not start with
    BOM", a UnicodeError that is no UnicodeDecodeError, which was a traceback)."""
    codecs = forksafe.imported("codecs")

    try:
        codecs.getincrementaldecoder(encoding)().decode(_bytes_at(path, 0, 4096))
    except UnicodeDecodeError:
        return None
    except UnicodeError as error:
        if "BOM" in str(error):
            name = codecs.lookup(encoding).name
            return (f"it starts with no byte-order mark, which {encoding} reads the byte order from: name that, "
                    f"{name}-le or {name}-be")
        return f"{encoding} cannot read it: {error}"
    except LookupError:
        return None
    return None


class _Lines:
    """The lines of a text decoded so far, as :func:`_undecodable_at` counts them: how many
    end in "\n" and in "\r", and the text after the last of each."""

    def __init__(self) -> None:
        self.feeds, self.returns, self.after_feed, self.after_return = 0, 0, "", ""
        self.lone_returns = 0  # "\r" not before "\n": old Mac line ends, or a break in a cell
        self.ends, self.after_end, self.last = 0, "", ""  # each of "\r\n", "\r" and "\n" one end

    def add(self, text: str) -> None:
        feeds, returns = text.count("\n"), text.count("\r")
        self.after_feed = text[text.rfind("\n") + 1:] if feeds else self.after_feed + text
        self.after_return = text[text.rfind("\r") + 1:] if returns else self.after_return + text
        self.feeds, self.returns = self.feeds + feeds, self.returns + returns
        # a "\r\n" split between two blocks is one line end, its "\r" no lone one
        split = self.last == "\r" and text.startswith("\n")
        self.lone_returns += returns - text.count("\r\n") - split
        self.ends += feeds + returns - text.count("\r\n") - split
        end = max(text.rfind("\n"), text.rfind("\r"))
        self.after_end = text[end + 1:] if end >= 0 else self.after_end + text
        self.last = text[-1:] or self.last

    def place(self, start: int, encoding: str, rest: bytes = b"") -> tuple[int, int, int]:
        """(line, ``start``, place in the line) of the byte at ``start`` of the file, the text
        before it added; ``rest``, the bytes after it read meanwhile, tells the file's line
        ends too. Lines end in "\r" where most do, "\r" alone: a "\n" in a quoted cell of
        such a file ends no line, nor a "\r" before the bad byte on line 1 of a "\n" file. Where
        as many end in "\r" alone as in "\n", neither is the file's: each of "\r\n", "\r" and
        "\n" ends a line, as a text editor shows them (Python's universal newlines)."""
        lone_returns = self.lone_returns + rest.count(b"\r") - rest.count(b"\r\n")
        feeds = self.feeds + rest.count(b"\n")
        if feeds == lone_returns and feeds:
            ended, after = self.ends, self.after_end
        elif feeds >= lone_returns:
            ended, after = self.feeds, self.after_feed
        else:
            ended, after = self.returns, self.after_return
        if not ended:  # line 1: its place counts a byte-order mark's bytes too
            return 1, start, start + 1
        return ended + 1, start, _encoded_size(after, encoding) + 1


def _encoded_size(text: str, encoding: str) -> int:
    """How many bytes ``text`` is in ``encoding``, without the byte-order mark that
    ``encoding`` may write first.

    >>> _encoded_size("Café", "utf-8"), _encoded_size("Café", "utf-16"), _encoded_size("Café", "utf-8-sig")
    (5, 8, 5)
    """
    try:
        return len(text.encode(encoding)) - len("".encode(encoding))
    except (UnicodeError, LookupError):  # a codec that does not write what it reads: near enough
        return len(text)


def _byte(handle: Any, at: int) -> int:
    """The byte at offset ``at`` of the file open as ``handle``."""
    handle.seek(at)
    return handle.read(1)[0]

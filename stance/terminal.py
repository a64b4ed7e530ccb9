"""The terminal's streams: statements read from standard input, output that ends cleanly, text shown safely.

What the ``stance`` command (:mod:`stance.cli`) reads and writes beside its arguments:
standard input read as UTF-8 whatever the locale (or UTF-16 and UTF-32 after a byte-order
mark, or the encoding --encoding names), in batches as lines come, and refused, naming the
line, where it cannot be read or is compressed, and as a whole where it is UTF-16 or UTF-32
without the mark; a statement argument as UTF-8, and a warning when the shell split an unquoted sentence into words;
SIGTERM turned into the KeyboardInterrupt of Ctrl-C; standard output and error closed by
the shell or by a reader that has gone, and written as UTF-8; and labels, names, records and
JSON escaped so that nothing in them acts on the terminal or splits a line.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from .exceptions import StanceError, shell_quoted
from .standard_streams import closed_at_start, standard_descriptors_open
from .text import RAW_FOR_A_TERMINAL, shown

# Lines classified together when more are already waiting on stdin.
STDIN_BATCH = 1_000


def _stdin_batches(command: str = "classify", encoding: str = "utf-8") -> Iterator[list[str]]:
    """Lines of stdin, decoded as UTF-8 whatever the locale (UTF-16 or UTF-32 when a
    byte-order mark opens it, as :func:`stance.cli_documents._document_text` reads ``stance document -``;
    in ``encoding`` when --encoding names another), in
    batches: as many as are waiting (up to STDIN_BATCH), so a file is classified in bulk and
    a live stream line by line. One output line per input line (a blank one is classified
    `none`), so that the labels can be pasted beside the input. A byte-order mark is dropped
    where any line begins. ``command`` (``"classify"`` or ``"explain"``) is named in messages."""
    stream = getattr(sys.stdin, "buffer", None)
    batch: list[str] = []
    try:
        for line in _stdin_lines(stream, command, encoding):
            # A byte-order mark opens any file, and any line of files joined (cat a.txt b.txt |):
            # not text, though the scores skip it, and it was echoed in --json's "text".
            batch.append(line.rstrip("\r\n").removeprefix("\ufeff"))
            if len(batch) >= STDIN_BATCH or not _more_waiting(stream):
                yield batch
                batch = []
    except _Missing:  # a line that cannot be read: the lines before it are classified first
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def _stdin_lines(stream: Any, command: str = "classify", encoding: str = "utf-8") -> Iterator[str]:
    r"""The lines of stdin's bytes ``stream`` (of ``sys.stdin`` itself when it has none), each
    with its line end; refused, naming the line, where they cannot be decoded, and saying that
    the lines before it are answered above by ``command``. In ``encoding`` when it is not
    UTF-8 (--encoding cp1252: Windows has no iconv to re-encode with), whatever mark opens
    them, as ``stance document --encoding`` reads a file. UTF-16 or UTF-32 without a byte-order
    mark is refused as ``stance document -`` refuses it (see :func:`_refuse_unmarked`): decoded
    as UTF-8, it was scored as "W\x00e\x00…", `none`. Lines end as a table's do (see
    :mod:`stance.linebreaks`): where the first line ends in "\r" alone (old Mac line ends), each
    "\r" ends one (they were one statement); else a "\r" inside a line is its text. Such UTF-8
    is read a "\n" at a time, as any, so a live stream of it is answered when it ends."""
    if stream is None:  # a text stream without bytes beneath it
        yield from _split_at_returns(sys.stdin)
        return
    lines = bounded_lines(stream, command)
    first = next(lines, b"")
    if not first:
        return
    _refuse_compressed_stdin(first, command)  # no magic holds a newline: line 1 has it whole
    _refuse_parquet_stdin(first, command)
    if encoding != "utf-8":  # the caller's: a UTF-16 given is read from its mark, as a file is
        from .decoding import utf8_read_as_wide_told

        # UTF-8 read as UTF-16: every character misread, two lines one answer (see stance.decoding.utf8_read_as_wide)
        if (told := utf8_read_as_wide_told("-", encoding, _stdin_start(first, stream))) is not None:
            raise _Missing(told)
        yield from _decoded_lines(first, stream, encoding, command, f"not {encoding}",
                                  advice="pass --encoding with the input's real encoding, or re-encode it as UTF-8")
        return
    from .decoding import marked_encoding

    codec = marked_encoding(first)  # a mark has no newline byte in it: line 1 has it whole too
    if codec is not None:
        yield from _marked_lines(first, stream, codec, command)
        return
    _refuse_unmarked(_stdin_start(first, stream), "-", flag=True)
    raws = itertools.chain([first], lines)
    if _ends_in_return(first):  # "\r" and "\n" are those bytes in UTF-8, and in no other character's
        raws = (piece for raw in raws for piece in _RETURN_END.split(raw) if piece)
    for number, raw in enumerate(raws, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            from .decoding import encoding_flag, resave_command, sample_at
            from .encodings import likely_encodings

            done = f"the {number - 1} line(s) before it are {_ANSWERED[command]} above; " if number > 1 else ""
            sample = sample_at(raw, error.start)
            raise _Missing(f"stdin line {number} is not UTF-8: {_bad_byte(raw, error)}; {done}pass "
                           f"{encoding_flag(likely_encodings(sample, 'utf-8'))}, or re-encode the input as UTF-8, "
                           f"{resave_command(sample, '-')}") from None


# The longest line of stdin read, in bytes: past the 5 MB statement the README says is
# classified in seconds, with room to spare. Read a piece at a time, so that memory stays
# flat and a SIGTERM is answered between pieces: /dev/zero's one line, read whole, took 4 GB
# in 6 s, deaf to SIGTERM. A line of old Mac text ends in "\r" alone, which this reading does
# not split at: a line holding one is let run on (its statements are split at their "\r" after).
LONGEST_LINE = 64 << 20
_PIECE = 1 << 16


def bounded_lines(stream: Any, command: str = "classify") -> Iterator[bytes]:
    r"""The lines of bytes of ``stream``, each with its "\n" end, read a piece at a time;
    refused, naming it, where a line runs past :data:`LONGEST_LINE` bytes, or holds a piece of
    NUL bytes alone (/dev/zero), and saying that the lines before it are answered by ``command``.

    >>> list(bounded_lines(io.BytesIO(b"We stand.\nThank you.")))
    [b'We stand.\n', b'Thank you.']
    >>> [line[-10:] for line in bounded_lines(io.BytesIO(bytes(1 << 17) + b"We stand.\n"))]  # a rotated log's start
    [b'We stand.\n']
    """
    number = 0
    while True:
        pieces: list[bytes] = []
        size, nul_only, returns = 0, True, False
        while not pieces or (pieces[-1] and not pieces[-1].endswith(b"\n")):
            piece = stream.readline(_PIECE)
            pieces.append(piece)
            size += len(piece)
            nul_only = nul_only and not piece.strip(b"\0")
            returns = returns or b"\r" in piece
            # Past the longest line alone: a rotated log's run of NUL bytes before its text
            # (copytruncate) is read, where refusing its first 64 KB stopped tail -f at it.
            if size > LONGEST_LINE and not returns:
                _refuse_endless_line(number + 1, size, nul_only, command)
        line = b"".join(pieces)
        if not line:
            return
        number += 1
        yield line


def _refuse_endless_line(number: int, size: int, nul_only: bool, command: str) -> None:
    """Refuse stdin's line ``number``, read to ``size`` bytes: of NUL bytes alone (``nul_only``)
    or too long to be a statement; the lines before it are answered above by ``command``."""
    done = f"the {number - 1} line(s) before it are {_ANSWERED[command]} above; " if command in _ANSWERED \
        and number > 1 else ""
    advice = ("pipe the document's text (cat speech.txt | stance document -)" if command == "document" else
              "give one statement a line")
    if nul_only:
        raise _Missing(f"stdin line {number} is NUL bytes alone, {size:,} of them with no line end (a device such "
                       f"as /dev/zero?), which is no text; {done}{advice}")
    raise _Missing(f"stdin line {number} runs past {LONGEST_LINE / (1 << 20):g} MB with no line end, longer than a "
                   f"statement; {done}{advice}")


# How much of a document's start tells whether it is UTF-16 or UTF-32 without a mark: as much as a table's check reads.
_UNMARKED_START = 4096
# A "\r" that ends a line of old Mac text: split after it, unless a "\n" follows (a line end "\r\n").
_RETURN_END = re.compile(rb"(?<=\r)(?!\n)")
_TEXT_RETURN_END = re.compile(r"(?<=\r)(?!\n)")
# Where UTF-16 or UTF-32 text read as it comes ends its lines: after each "\n", and after each
# "\r" too where line 1 ends in one alone.
_TEXT_LINE_END = re.compile(r"(?<=\n)")
_TEXT_RETURN_OR_LINE_END = re.compile(r"(?<=\n)|(?<=\r)(?!\n)")


def _stdin_start(first: bytes, stream: Any) -> bytes:
    r"""The first bytes of stdin: its first line ``first``, and what of ``stream`` is waiting
    after it, without waiting for more (a live stream's next line may not have come). A line of
    Chinese in UTF-16 has its 0 byte after the "\n" that ended it for readline, in line 2.

    >>> _stdin_start(b"a\n", io.BufferedReader(io.BytesIO(b"\x00b\x00\n")))
    b'a\n\x00b\x00\n'
    """
    if len(first) >= _UNMARKED_START or not _more_waiting(stream):
        return first[:_UNMARKED_START]
    try:
        if hasattr(stream, "peek"):  # a BufferedReader, as sys.stdin.buffer is
            return (first + stream.peek(_UNMARKED_START))[:_UNMARKED_START]
        if stream.seekable():  # a stream of bytes without a buffer, read and put back
            at = stream.tell()
            start = first + stream.read(_UNMARKED_START - len(first))
            stream.seek(at)
            return start
    except (OSError, ValueError, AttributeError):  # the lines' reading that follows names the problem
        pass
    return first


def _refuse_unmarked(start: bytes, name: str, flag: bool = False) -> None:
    r"""Refuse the text whose first bytes are ``start`` (of the file ``name``, "-" for stdin)
    when it is UTF-16 or UTF-32 without a byte-order mark, as a table is (see
    :func:`stance.decoding.unmarked_encoding`): its NUL bytes are valid UTF-8, and it decoded
    as "W\x00e\x00…" or, Ukrainian, "\x048\x04 \x00?…", scored with exit status 0. One NUL
    is a stray one in UTF-8 text (it is read); UTF-16 has one in each line end too. A line of
    Cyrillic alone has none (or a space's one), but a control byte beside each letter (see
    :func:`stance.decoding.unmarked_script`). ``stance document -`` and the statements of
    ``stance classify -`` and ``stance explain -`` are refused here alike; ``flag``: the advice
    names ``--encoding`` first, for the commands, which have it.

    >>> _refuse_unmarked("We stand together.\n".encode("utf-8"), "-")
    >>> try:
    ...     _refuse_unmarked("We stand together.\n".encode("utf-16-le"), "-")
    ... except _Missing as error:
    ...     print(error)  # doctest: +NORMALIZE_WHITESPACE
    stdin is not UTF-8: it looks like UTF-16 little-endian without a byte-order mark (a 0 byte beside each
    ASCII character); re-encode the input as UTF-8, e.g. iconv -f utf-16le -t utf-8
    """
    from .decoding import unmarked_advice, unmarked_encoding, unmarked_script

    codec = (unmarked_encoding(start) if start.count(0) > 1 else None) or unmarked_script(start)
    if codec is not None:
        raise _Missing(unmarked_advice(name, codec, start, flag=flag))


def _ends_in_return(first: bytes | str) -> bool:
    r"""Whether ``first``, the first line of stdin (to its first "\n"), ends in "\r" alone:
    a "\r" before its end that no "\n" follows.

    >>> _ends_in_return(b"We stand.\rSend tanks.\r"), _ends_in_return(b"We stand.\r\n"), _ends_in_return("a\rb\n")
    (True, False, True)
    """
    return_ = b"\r" if isinstance(first, bytes) else "\r"
    at = first.find(return_)  # type: ignore[arg-type]
    return at != -1 and first[at + 1:at + 2] not in (b"\n", "\n")


def _split_at_returns(lines: Iterator[str] | Any) -> Iterator[str]:
    r"""``lines`` of text, each with its "\n" end, split after each "\r" that ends one where the
    first line ends in "\r" alone (see :func:`_ends_in_return`); else as they are.

    >>> list(_split_at_returns(iter(["a\rb\r\n", "c\r"]))), list(_split_at_returns(iter(["a\n", "b\rc\n"])))
    (['a\r', 'b\r\n', 'c\r'], ['a\n', 'b\rc\n'])
    """
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    if not _ends_in_return(first):
        yield first
        yield from lines
        return
    for line in itertools.chain([first], lines):
        yield from (piece for piece in _TEXT_RETURN_END.split(line) if piece)


def _warn_of_unquoted_words(command: str, texts: Sequence[str]) -> None:
    """Warn, on stderr, when the statements given are two or more single words: the shell
    splits an unquoted sentence into words, and ``stance classify We stand together``
    printed three labels, one a word (the first, deterrence), with nothing to say why.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     _warn_of_unquoted_words("classify", ["We", "stand", "together"])
    ...     _warn_of_unquoted_words("classify", ["We stand together.", "No."])  # quoted: no warning
    ...     _warn_of_unquoted_words("classify", ["Yes.", "No."])  # two statements: a sentence's words end none
    ...     _warn_of_unquoted_words("classify", ["北约团结一致。", "我们支持乌克兰。"])  # written without spaces
    >>> print(err.getvalue())  # doctest: +NORMALIZE_WHITESPACE
    stance classify: warning: each of the 3 statements given is one word, and each is answered on its own; to
    give a sentence as one statement, quote it: stance classify 'We stand together'
    """
    if len(texts) < 2 or not all(len(text.split()) == 1 for text in texts):  # a blank one is warned of apart
        return
    if any(_UNSPACED_SCRIPT.search(text) for text in texts) or any(_ends_a_sentence(text) for text in texts[:-1]):
        return  # statements each given whole, quoted
    sentence = " ".join(texts)
    # Quoted for the shell, a word's escape would still reach the terminal raw: such words
    # (text word-split from a file, `stance classify $(cat f)`) get the example's short form.
    shown_whole = len(sentence) <= 60 and shown(sentence) == sentence
    example = f"stance {command} {shell_quoted(sentence)}" if shown_whole else f'stance {command} "…"'
    print(f"stance {command}: warning: each of the {len(texts)} statements given is one word, and each is "
          f"answered on its own; to give a sentence as one statement, quote it: {example}", file=sys.stderr)


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Myanmar, Khmer):
# a whole sentence of them is one word to str.split(), so statements in them, each quoted,
# were warned of as words, and the advice joined them into one.
_UNSPACED_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
                              "\u4e00-\u9fff\uf900-\ufaff]")


def _ends_a_sentence(word: str) -> bool:
    """Whether ``word`` ends a sentence: the shell's words of one unquoted sentence end none
    but the last, so ``"Yes." "No."`` are two statements, given so.

    >>> _ends_a_sentence("No."), _ends_a_sentence('now!"'), _ends_a_sentence("We")
    (True, True, False)
    """
    return word.rstrip("\"')]»”’").endswith((".", "!", "?", "…", "。", "！", "？"))


# What each command that reads statements from stdin did with the lines before one it cannot read.
_ANSWERED = {"classify": "classified", "explain": "explained"}


def _bad_byte(raw: bytes, error: UnicodeDecodeError) -> str:
    r"""Which byte of ``raw`` UTF-8 could not decode, counted from 1, and its value.

    >>> raw = b"caf\xe9 summit"
    >>> _bad_byte(raw, UnicodeDecodeError("utf-8", raw, 3, 4, "invalid continuation byte"))
    'its byte 4 is 0xe9, which UTF-8 cannot decode'
    """
    return f"its byte {error.start + 1} is 0x{raw[error.start]:02x}, which UTF-8 cannot decode"


def _marked_lines(first: bytes, stream: Any, codec: str, command: str = "classify") -> Iterator[str]:
    """The lines of UTF-16 or UTF-32 stdin, ``codec`` as its byte-order mark at the start of
    ``first``, its first bytes, says: decoded as they come (read1, not lines of bytes, whose
    newline bytes are no line ends here), so a live stream is answered line by line."""
    endian = codec + ("-le" if first.startswith(b"\xff\xfe") else "-be")
    opening = f"stdin opens with a {codec.upper()} byte-order mark, but "
    yield from _decoded_lines(first[2 if codec == "utf-16" else 4:], stream, endian, command,
                              f"not {codec.upper()}", opening=opening)


def _decoded_lines(start: bytes, stream: Any, codec: str, command: str, failure: str, *,
                   opening: str = "stdin ", advice: str = "re-encode the input as UTF-8") -> Iterator[str]:
    r"""The lines of stdin in ``codec``: ``start``, its first bytes, then ``stream``'s, decoded
    as they come (read1, not lines of bytes, whose newline bytes may be no line ends), so a
    live stream is answered line by line. Where a line cannot be decoded, the lines before it
    are given, then it is refused: ``opening`` "line N is" ``failure`` (why), and ``advice``.

    >>> list(_decoded_lines(b"d\xe9fense\r\n", io.BufferedReader(io.BytesIO(b"two\n")), "cp1252", "classify", "x"))
    ['défense\r\n', 'two\n']
    """
    decoder = codecs.getincrementaldecoder(codec)()
    chunks = itertools.chain([start], iter(lambda: stream.read1(1 << 16), b""), [None])
    number, pending, failed = 0, "", None
    ends: re.Pattern[str] | None = None  # where lines end, which line 1's end tells (see _ends_in_return)
    after_return = False  # the last chunk ended a line at a "\r": a "\n" opening this one is its "\r\n"
    for chunk in chunks:
        held = decoder.getstate()[0]
        try:
            text = decoder.decode(b"" if chunk is None else chunk, final=chunk is None)
        except UnicodeDecodeError as error:  # the lines before the bad one are given first
            text = (held + (chunk or b""))[:error.start].decode(codec, errors="replace")
            failed = _with_byte_order(error.reason, codec)  # Python 3.13's word for a missing mark
        except UnicodeError as error:  # of the stream, not a byte: UTF-16 or UTF-32 without its mark
            text, failed = "", _with_byte_order(str(error), codec)
        if ends is None:  # a "\r" last in what has come may be half a "\r\n": the next chunk tells
            text, pending = pending + text, ""
            if "\n" in text or "\r" in text[:-1] or chunk is None or failed is not None:
                ends = _TEXT_RETURN_OR_LINE_END if _ends_in_return(text) else _TEXT_LINE_END
            else:
                pending, text = text, ""
        if ends is not None:
            if after_return and text.startswith("\n"):
                text = text[1:]
            *lines, rest = ends.split(text)  # only the new text: a long line is not split over again
            for line in lines:
                number += 1
                yield pending + line
                pending = ""
            pending += rest
            if len(pending) > LONGEST_LINE and "\r" not in pending:
                _refuse_endless_line(number + 1, len(pending), not pending.strip("\0"), command)
            after_return = (after_return and not text) or (ends is _TEXT_RETURN_OR_LINE_END and text.endswith("\r"))
        if failed is not None:
            done = f"the {number} line(s) before it are {_ANSWERED[command]} above; " if number else ""
            raise _Missing(f"{opening}line {number + 1} is {failure} ({failed}); {done}{advice}")
    if pending:
        yield pending


def _with_byte_order(reason: str, codec: str) -> str:
    """``reason`` a decoding failed for, with the byte orders to name where it is a missing
    byte-order mark ("UTF-16 stream does not start with BOM", a UnicodeError before Python
    3.13, a UnicodeDecodeError's "Stream does not start with BOM" since).

    >>> _with_byte_order("Stream does not start with BOM", "UTF16")
    'Stream does not start with BOM; name its byte order: utf-16-le or utf-16-be'
    """
    if "BOM" not in reason:
        return reason
    name = codecs.lookup(codec).name  # "utf-16" of "UTF16"
    return f"{reason}; name its byte order: {name}-le or {name}-be"


def _refuse_compressed_stdin(start: bytes, command: str) -> None:
    """Refuse standard input that begins with ``start``, the first bytes of a compressed
    stream (``gzip -c a.txt | stance classify``), as a compressed file is refused: read as
    text it was "not UTF-8", with advice to re-encode it, which no re-encoding mends."""
    from .file_types import compressed_kind

    compressed = compressed_kind(start[:10])
    if compressed is not None:
        kind, decompress = compressed
        raise _Missing(f"standard input is compressed ({kind}); decompress it first, "
                       f"e.g. {decompress} FILE | stance {command} -")


def _refuse_parquet_stdin(start: bytes, command: str) -> None:
    """Refuse standard input that begins with ``start``, the first bytes of a Parquet file
    (``cat votes.parquet | stance classify``): read as lines, it was "not UTF-8", with advice to
    re-encode it, or, with --encoding, its bytes were classified as statements. A table's rows are
    scored by ``stance score``, which reads Parquet by its name."""
    from .file_types import starts_as_parquet
    from .files import unused_output

    if starts_as_parquet(start):
        out = unused_output("FILE.parquet")  # pasted as is, it writes over no file here
        raise _Missing(f"standard input is a Parquet file, a table, and stance {command} reads lines of text; "
                       f"score its rows from the file instead, e.g. stance score FILE.parquet -o {out}")


def _more_waiting(stream: Any) -> bool:
    """Whether stdin has more input ready now (True when that cannot be told)."""
    import select

    try:
        return bool(select.select([stream], [], [], 0)[0])
    except (OSError, ValueError, TypeError, io.UnsupportedOperation):
        return True


def _utf8_argument(text: str) -> str:
    """An argument as UTF-8 whatever the locale: Python decoded it with the locale's codec."""
    import os

    try:
        return os.fsencode(text).decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Missing(f"a statement argument is not UTF-8: {_bad_byte(os.fsencode(text), error)}; "
                       f"pass UTF-8 text") from None


def _utf8_option(value: str) -> str:
    """An option's value naming what the data hold (a column, a label, a speaker) as UTF-8
    whatever the locale, as :func:`_utf8_argument` reads a statement: the data are read as
    UTF-8, and "--text-column тэкст" under ISO-8859-1 named its mojibake. Bytes that are not
    UTF-8 are kept as the locale decoded them (a Latin-1 terminal's "M\xfcller"), which the
    data may hold as well. Not a path: the file system names files in the locale's encoding.

    >>> _utf8_option("тэкст")
    'тэкст'
    """
    try:
        return os.fsencode(value).decode("utf-8")
    except UnicodeDecodeError:
        return value


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM (a `kill`, a container stopping) and SIGHUP (a terminal or ssh session
    closed, a `kill -HUP`) into KeyboardInterrupt while a command runs, so that the cleanup that
    removes a half-written output file, and ends the workers of --n-jobs, runs as for Ctrl-C.
    SIGHUP's default ended the command without a word, exit 129, its part file left behind and
    its workers' semaphores told as leaked; one ignored (``nohup``) stays ignored.

    Both signals are also counted (:func:`stance.files.note_interrupt`): a KeyboardInterrupt
    raised while the main thread is in a finalizer is printed and dropped by Python, and an
    output file is then refused at its end instead of put in place, and the command that
    ran on to its end is reported interrupted by :func:`stance.cli.main`. Such a dropped interrupt is
    not printed: the command says "interrupted" once. The count is the command's own."""
    import signal
    import threading

    from .files import interrupts_are_held, interrupts_counted, note_interrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    # Set when the command is over: a signal that arrives while the handlers are put back is
    # held, not raised. Raised there, its KeyboardInterrupt skipped the rest of the finally
    # and left this handler installed for good in a process that called main() (a notebook):
    # every later Ctrl-C in it was counted, and stopped each later library write.
    late: list[int] = []
    over = {"now": False}

    def interrupt(signum: int, frame: Any) -> None:
        if over["now"]:
            late.append(signum)
            return
        if interrupts_are_held():
            note_interrupt(signum)
            return
        raise note_interrupt(signum)

    def unraisable(event: Any) -> None:
        if not issubclass(event.exc_type, KeyboardInterrupt):
            hook(event)

    # Ctrl-C only where Python's own handler has it: a job started with it ignored keeps it so.
    numbers = [signal.SIGTERM, *hangup_signals()] + ([signal.SIGINT] if signal.getsignal(signal.SIGINT)
                                                     is signal.default_int_handler else [])
    previous = {number: signal.getsignal(number) for number in numbers}  # before any is replaced
    hook = sys.unraisablehook
    with interrupts_counted():  # outside the handlers: none is counted after the count is emptied
        try:
            for number in numbers:
                signal.signal(number, interrupt)
            sys.unraisablehook = unraisable
            yield
        finally:
            over["now"] = True  # first: a store, where Python runs no signal handler
            sys.unraisablehook = hook
            for number, handler in previous.items():
                signal.signal(number, handler)
            if late:  # still the command's: it says "interrupted", as for one a moment earlier
                raise note_interrupt(late[-1])


def hangup_signals() -> list[int]:
    """SIGHUP, to be handled as SIGTERM is, where the platform has it (not Windows) and it is
    neither ignored (``nohup``, which asks that a closed terminal not end the command) nor held
    by a handler not set from Python, which could not be put back; else none."""
    import signal

    hangup = getattr(signal, "SIGHUP", None)
    if hangup is None or signal.getsignal(hangup) in (signal.SIG_IGN, None):
        return []
    return [hangup]


class _OutputClosed(OSError):
    pass


class _ClosedOutput(io.TextIOBase):
    """Standard output when the shell closed it (``stance classify … >&-``): writing to it
    fails, as it does for ``cat`` or ``echo``, so the command ends with one line on stderr and
    a non-zero status. Python leaves ``sys.stdout`` None there, which ``print`` silently
    drops and ``flush`` met with an AttributeError traceback."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            raise _OutputClosed("cannot write the output: standard output is closed")
        return 0


class _Discarded(io.TextIOBase):
    """Standard error when the shell closed it (``2>&-``): messages are dropped and the exit
    status still tells. Left None, ``print(file=sys.stderr)`` wrote the errors to stdout, among
    the results, and ``sys.stderr.isatty()`` stopped score and document with an AttributeError."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


class _DroppedOnceUnread:
    """Standard error whose reader has gone (``stance score … 2>&1 | head -1`` once head has
    its line): the message that meets the broken pipe and those after it are dropped, as a
    closed stderr's are, and the command runs to its end. The BrokenPipeError of a warning
    stopped ``stance score`` before its output was put in place, exit status 0: read as
    standard output's ``| head``, the reader's wish to stop.

    >>> class Gone(io.StringIO):
    ...     def write(self, text):
    ...         raise BrokenPipeError
    >>> stderr = _DroppedOnceUnread(Gone())
    >>> stderr.write("stance score: warning: …"), stderr.unread
    (24, True)
    """

    def __init__(self, stream: Any) -> None:
        self.stream, self.unread = stream, False

    def write(self, text: str) -> int:
        if not self.unread:
            try:
                return self.stream.write(text)
            except BrokenPipeError:
                self.unread = True
        return len(text)

    def flush(self) -> None:
        if not self.unread:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self.unread = True

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, reconfigure…: the stream's own
        return getattr(self.stream, name)


@contextmanager
def _messages_dropped_once_unread() -> Iterator[None]:
    """Put :class:`_DroppedOnceUnread` in for ``sys.stderr`` while the command runs, and put
    the stream back after it (``main`` is called from Python too)."""
    stream = sys.stderr
    sys.stderr = _DroppedOnceUnread(stream)
    try:
        yield
    finally:
        sys.stderr = stream


class _NamedOutput:
    """Standard output whose failed write or flush (a full disk, a file past ``ulimit -f``) says
    it was standard output that could not be written, as a failed ``-o`` names its file: "stance
    classify: No space left on device" named nothing. A reader that has gone (BrokenPipeError)
    and a closed stdout (:class:`_OutputClosed`) are told as before.

    >>> import errno
    >>> class Full(io.StringIO):
    ...     def write(self, text):
    ...         raise OSError(errno.ENOSPC, "No space left on device")
    >>> _NamedOutput(Full()).write("renewables")
    Traceback (most recent call last):
    ...
    OSError: [Errno 28] cannot write standard output: No space left on device
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as error:
            raise_named_stdout_error(error)
            raise

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as error:
            raise_named_stdout_error(error)
            raise

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, reconfigure…: the stream's own
        return getattr(self.stream, name)


def raise_named_stdout_error(error: OSError) -> None:
    """Raise ``error`` of standard output naming it, but for a reader gone and a closed stdout:
    for :class:`_NamedOutput`, and for a table written to stdout's bytes, which pass it by
    (:func:`stance.files.write_table_to_stdout`)."""
    if not isinstance(error, BrokenPipeError) and error.errno is not None:
        raise OSError(error.errno, f"cannot write standard output: {error.strerror}") from error


@contextmanager
def _output_named() -> Iterator[None]:
    """Put :class:`_NamedOutput` in for ``sys.stdout`` while the command runs, and put the
    stream back after it (``main`` is called from Python too)."""
    stream = sys.stdout
    sys.stdout = _NamedOutput(stream)
    try:
        yield
    finally:
        sys.stdout = stream


@contextmanager
def _output_dropped_once_unread(*, whole_process: bool) -> Iterator[None]:
    """Flush standard output as the command ends, however it ends (``--help`` ends in
    SystemExit), and if its reader has gone (``stance explain … | head -3``) in a process of the
    command's own (``whole_process``: the stance script, ``python -m stance``), point its file
    at :data:`os.devnull`: what is still buffered (explain's legend, printed after its last
    flush) failed again in Python's own flush at exit, "Exception ignored … BrokenPipeError" and
    status 120, where the README promises 0. The remedy of Python's "Note on SIGPIPE". Not in
    a program that calls ``main(argv)`` itself, whose own output and its own handling of a
    reader gone would be silenced for good."""
    try:
        yield
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            if whole_process:
                _stdout_to_devnull()
        except OSError:  # a full disk: left in the buffer, told by Python's flush at exit, as before
            pass


def _stdout_to_devnull() -> None:
    try:
        file = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a stand-in or a StringIO: nothing flushed at exit
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, file)
    finally:
        os.close(devnull)


def _stand_in_for_closed_streams() -> None:
    """Put stand-ins for a closed stdout or stderr, which Python leaves as None, and put
    :data:`os.devnull` on each closed descriptor 0, 1 and 2 (see
    :mod:`stance.standard_streams`): else the first file or pipe the
    command opened took it, and ``stance score -j 2 2>&-`` started workers whose standard error
    was closed, so each died in loky's start-up (``faulthandler.enable()``) and the command
    exited 1 without its output, where a closed stderr is to lose the messages alone."""
    closed_at_start.update(standard_descriptors_open())
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = _Discarded()


def _utf8_output() -> None:
    """Write UTF-8 whatever the locale, as the input is read: a pipeline gets the same bytes
    under ``LANG=C`` or ISO-8859-1 as under a UTF-8 locale.

    A file name the locale could not decode (``modèle`` under ``LANG=C``) is written back as
    the bytes it was, so the terminal shows it as typed; before, printing it raised
    UnicodeEncodeError after the work was done, and the command failed having done it.
    """
    codecs.register_error(_OUTPUT_ERRORS, _bytes_back_or_escaped)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # even if UTF-8 already: its errors are strict
            stream.reconfigure(encoding="utf-8", errors=_OUTPUT_ERRORS)


_OUTPUT_ERRORS = "stance.output"


def _bytes_back_or_escaped(error: UnicodeError) -> tuple[str | bytes, int]:
    """The original bytes of a name decoded with surrogate escapes; any other lone surrogate
    (a JSON ``\\ud800`` in the input) written as that escape."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    try:
        return codecs.lookup_error("surrogateescape")(error)
    except UnicodeEncodeError:
        return codecs.lookup_error("backslashreplace")(error)


class _Missing(StanceError, ValueError):
    pass


def _no_stdin(argument: str, what: str, instead: str) -> _Missing:
    """The usage error of ``-`` given where Python left ``sys.stdin`` None (the shell closed it,
    ``<&-``), said alike by each command that reads ``-``: ``ARGUMENT: - reads WHAT from stdin,
    and there is none; INSTEAD``."""
    return _Missing(f"{argument}: - reads {what} from stdin, and there is none; {instead}")


def table_width(environ: Mapping[str, str] | None = None) -> int | None:
    """The columns a printed table should fit in: ``COLUMNS`` of ``environ`` (None: the
    process's) when it is set to a positive whole number, else the terminal's width when
    standard output is one, else None (piped, redirected: no limit, as before, so a script's
    output does not change with its window). Not shutil.get_terminal_size, which gives a pipe
    80 columns.

    >>> table_width({"COLUMNS": "60"}), table_width({"COLUMNS": "²"}) == table_width({})
    (60, True)
    """
    import os

    given = (os.environ if environ is None else environ).get("COLUMNS", "").strip()
    if given.isascii() and given.isdigit() and int(given) > 0:  # not "²", which isdigit() passes
        return int(given)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns if sys.stdout.isatty() else None
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):  # a stand-in without a file
        return None


def _shown(name: str) -> str:
    r"""A label or stance value as the terminal should get it (see :func:`stance.text.shown`):
    as it is, or as Python writes it when it holds a control character, which a model trained
    before training refused them may hold, or a line separator. So too a path a line names
    ("scored 2 rows into out.csv"): a file name may hold an escape (``for f in incoming/*``).

    >>> print(_shown("gas"), _shown("a\tb"), _shown("\x1b]0;X\x07c"))
    gas 'a\tb' '\x1b]0;X\x07c'
    """
    return shown(name)


def _shown_names(names: Iterable[str]) -> list[str]:
    """``names`` (labels, stance values) as :func:`_shown` gives each for a list joined by
    ", ", each quoted as Python writes it when any holds a comma: "carbon_tax, nuclear" beside
    "none" and "nuclear" read as four labels, or as three. The common case is as it was.

    >>> _shown_names(["gas", "wind"]), _shown_names(["carbon_tax, nuclear", "none"])
    (['gas', 'wind'], ["'carbon_tax, nuclear'", "'none'"])
    """
    names = list(names)
    shown_names = [_shown(name) for name in names]
    if not any("," in name for name in names):
        return shown_names
    return [shown if shown != name else repr(name) for shown, name in zip(shown_names, names)]  # escaped: quoted


def _listed(names: Iterable[str]) -> str:
    """``names`` joined by ", " for a line, as :func:`_shown_names` shows them.

    >>> print(_listed(["carbon_tax, nuclear", "none", "nuclear"]))
    'carbon_tax, nuclear', 'none', 'nuclear'
    """
    return ", ".join(_shown_names(names))


# What a --details record writes escaped, as Python's repr writes it (\x1b, \u2028): every
# control character (Unicode category Cc: NUL, an escape, a tab, a form feed, line breaks,
# U+0085), which a terminal acts on or splitlines() ends a line at, the line and paragraph
# separators (Zl, Zp), which splitlines() ends a line at too, and the backslash itself, so
# that an escape in the text reads back as one.
# Bidirectional controls too: the set text.shown escapes in tables and names, and the backslash.
_ESCAPED = re.compile(f"[\\\\{RAW_FOR_A_TERMINAL}]")


def _escaped(text: str) -> str:
    r"""``text`` as one field of a ``--details`` record: one line, nothing a terminal acts on.

    >>> print(_escaped("NATO\x1b[31m red\x00\ttab\u2028sep back\\slash \u202eNATO"))
    NATO\x1b[31m red\x00\ttab\u2028sep back\\slash \u202eNATO
    """
    return _ESCAPED.sub(lambda match: repr(match.group())[1:-1], text)


# What json.dumps(ensure_ascii=False) leaves raw in a string (it escapes every character below
# U+0020 itself) though a terminal acts on it or str.splitlines() ends a line at it: DEL and
# the C1 controls (NEL, CSI…), the line and paragraph separators, the bidirectional controls.
# And a lone surrogate (a JSONL input's "\udcc3", "\ud83c" half an emoji, a metadata.json
# label), which UTF-8 has no bytes for: the output wrote one of U+DC80 to U+DCFF as the byte
# it stands for, right for a file name but not inside JSON, which was then no UTF-8; as its
# escape, JSON reads back the same string, as the output files' JSON Lines hold it.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")


def _json_line(value: Any) -> str:
    r"""``value`` as one JSON Lines record: non-ASCII as itself, but what a terminal acts on or
    ``str.splitlines()`` ends a line at escaped (``\u2028``), so a reader that splits the
    output with it gets whole records. Escaped, json.loads reads back the same string.

    >>> line = _json_line({"text": "a\u2028b\x85c\x9b"})
    >>> line, len(line.splitlines()), json.loads(line)["text"] == "a\u2028b\x85c\x9b"
    ('{"text": "a\\u2028b\\u0085c\\u009b"}', 1, True)
    >>> line = _json_line({"text": "Send tanks\udcc3"})  # a lone surrogate: UTF-8 JSON all the same
    >>> line, json.loads(line.encode("utf-8"))["text"] == "Send tanks\udcc3"
    ('{"text": "Send tanks\\udcc3"}', True)
    """
    return _json_text(value)


def _json_text(value: Any, indent: int | None = None) -> str:
    r"""``value`` as JSON, indented by ``indent`` (None: on one line), escaped as
    :func:`_json_line` escapes it: a name from a model's metadata.json reaches the terminal
    as ``\u009b``, not as the escape sequence it starts.

    >>> print(_json_text({"created": "2026\x9b2J\u202e"}, indent=1))
    {
     "created": "2026\u009b2J\u202e"
    }
    """
    try:
        text = json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False)
    except ValueError:  # a NaN or an infinity: JSON has neither. Walked only then: walking every
        # record cost `stance classify --json` 0.3 to 0.6 s of the 6.5 s of 100,000 lines.
        text = json.dumps(_finite_or_null(value), ensure_ascii=False, indent=indent, allow_nan=False)
    return escaped_in_json(text)


def escaped_in_json(text: str) -> str:
    r"""JSON ``text`` (any number of records) with what :data:`_RAW_IN_JSON` matches escaped.

    >>> escaped_in_json('{"a": "x\u2028y"}\n{"a": "\x9b"}\n')
    '{"a": "x\\u2028y"}\n{"a": "\\u009b"}\n'
    """
    # They can stand only inside a string (json.dumps puts none between values), where the
    # escape is the same character.
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _finite_or_null(value: Any) -> Any:
    """``value`` with each NaN and infinity, inside its dicts and lists too, as None: JSON has
    neither, and json.dumps wrote a bare ``Infinity`` (a metric a metadata.json holds, shown by
    ``stance info --json``) that JavaScript's and Go's parsers refuse.

    >>> _finite_or_null({"f1": float("inf"), "n": [0.5, float("nan")], "name": "x"})
    {'f1': None, 'n': [0.5, None], 'name': 'x'}
    """
    if isinstance(value, dict):
        return {key: _finite_or_null(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite_or_null(item) for item in value]
    return None if isinstance(value, float) and not math.isfinite(value) else value

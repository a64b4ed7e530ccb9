"""Reading JSON Lines files: one object per line, whole or in chunks with the same columns.

pandas' reader was not enough for two reasons. Read in chunks, each chunk took its
columns from its own records, so a key that only later rows have (or keys in another
order) put values under the wrong headers of a streamed output. And an integer column
with a gap became floats, so ids above 2**53 came out equal. Here the columns are every
key in the file, in order of first appearance, and integers stay integers.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import _forksafe as forksafe
from .exceptions import InvalidInputError

if TYPE_CHECKING:
    import pandas as pd


def read_jsonl(path: Path, *, encoding: str = "utf-8") -> pd.DataFrame:
    """A JSON Lines file as one DataFrame (blank lines skipped).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "x.jsonl"
    ...     _ = path.write_text('{"text": "Hold the line.", "id": 9007199254740993}\\n{"text": "No."}\\n')
    ...     read_jsonl(path).id.tolist()
    [9007199254740993, None]
    """
    records = list(_records(path, encoding))
    return _frame(records, _keys_of(records, path))


def holds_no_lines(path: Path) -> bool:
    r"""Whether the JSON Lines file ``path`` is empty or holds blank lines only (a UTF-8
    byte-order mark aside): an export of a day without rows may end its no lines with a
    line end, and is no more corrupt than an empty file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "day.jsonl"
    ...     _ = path.write_bytes(b"\xef\xbb\xbf\n \r\n")
    ...     blank = holds_no_lines(path)
    ...     _ = path.write_bytes(b"\n{}\n")
    ...     blank, holds_no_lines(path)
    (True, False)
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the with-block below)
    except PermissionError:  # the reader's first open: said as every reader says it, not as Python's errno
        from .file_types import unreadable

        raise InvalidInputError(unreadable(path)) from None
    with handle:
        block = handle.read(1 << 16).removeprefix(b"\xef\xbb\xbf")
        while block:
            if block.strip(b" \t\r\n"):
                return False
            block = handle.read(1 << 16)
    return True


def no_rows(path: Path, text_column: str, blank_lines: bool = False) -> pd.DataFrame:
    """The table of the empty JSON Lines file ``path`` to score: no rows, and only the text
    column, since a file without a line names no other; a warning says it held none.
    ``blank_lines``: the file holds blank lines only (see :func:`holds_no_lines`).

    A nightly export with no rows that day is an empty file: refused as one, it failed the
    job as a corrupt file does, while a CSV of headers only scores to headers only. (A
    0-byte CSV has no header to carry over, and training has nothing to learn: both refuse.)

    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     no_rows(Path("day.jsonl"), "text").shape
    (0, 1)
    """
    pd = forksafe.imported("pandas")

    from .exceptions import warn

    what = "holds only blank lines" if blank_lines else "is empty"
    warn(f"{str(path)!r} {what}: it holds no rows, so none are scored")
    return pd.DataFrame({text_column: pd.Series([], dtype=object)})


def iter_jsonl(path: Path, *, chunksize: int, encoding: str = "utf-8",
               handle: BinaryIO | None = None) -> Iterator[pd.DataFrame]:
    """A JSON Lines file in chunks of ``chunksize`` rows, every chunk with all the file's
    keys as columns in one order (the file is read twice: once for its keys).

    ``handle``, the file opened in binary, is read the second time instead of opening
    ``path``, so that the caller can tell from it how far the reading has got.
    """
    keys = _keys_of(_records(path, encoding), path)
    chunk: list[dict[str, Any]] = []
    for record in _records(path, encoding, handle):
        chunk.append(record)
        if len(chunk) == chunksize:
            yield _frame(chunk, keys)
            chunk = []
    if chunk:
        yield _frame(chunk, keys)


def _keys_of(records: Iterable[dict[str, Any]], path: Path) -> list[str]:
    """Every key of ``records`` in order of first appearance: the file's columns."""
    keys: dict[str, None] = {}
    for record in records:
        keys.update(dict.fromkeys(record))
    if not keys:  # without a key there is no column to name, so say what the file lacks
        raise InvalidInputError(f"{str(path)!r} holds no JSON object with named values: expected one "
                                f'object per line, such as {{"text": "…"}}')
    for key in keys:
        if any("\ud800" <= character <= "\udfff" for character in key):
            # An escaped lone surrogate ("\ud800") decodes, but no column name can hold it.
            raise InvalidInputError(f"{str(path)!r}: the key {key!r} holds an escaped lone surrogate, "
                                    f"half of a UTF-16 pair, which no column name can hold; mend the "
                                    f"key in the file")
    return list(keys)


def _records(path: Path, encoding: str, binary: BinaryIO | None = None) -> Iterator[dict[str, Any]]:
    # newline="\n": lines end at LF only, so a carriage return inside a string is part of
    # the text, as it was to pandas (universal newlines would end the line there); decoded
    # as text, so UTF-16 and UTF-32 files read too. utf-8-sig: a byte-order mark, as
    # Windows tools write, is not part of the first object.
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    if binary is None:
        with open(path, encoding=codec, newline="\n") as handle:
            yield from _parsed(handle, path, codec)
        return
    handle = io.TextIOWrapper(binary, encoding=codec, newline="\n")
    try:
        yield from _parsed(handle, path, codec)
    finally:
        handle.detach()  # the binary file is the caller's to close


def array_route(name: str, encoding: str | None = None) -> str:
    """How to score the records of a JSON array in the file ``name``, which JSON Lines is not
    (one object a line): read in Python, or rewritten one record a line and scored, as both a
    .json file's refusal by stance document and a .jsonl file's of a line holding it say.
    ``encoding``: the file's, when pandas' UTF-8 would not read it ('utf-8-sig' for a
    byte-order mark, which pandas.read_json refuses as "Expected object or value").

    >>> print(array_route("votes.json"))  # doctest: +NORMALIZE_WHITESPACE
    read it in Python, stance.score(pandas.read_json('votes.json')), or rewrite it one record a line,
    pandas.read_json('votes.json').to_json('votes.jsonl', orient='records', lines=True), then stance score
    votes.jsonl -o scored.csv
    """
    from .exceptions import shell_path
    from .files import unused_output

    lines = str(Path(name).with_suffix(".jsonl"))
    read = f"pandas.read_json({name!r}{'' if encoding is None else f', encoding={encoding!r}'})"
    return (f"read it in Python, stance.score({read}), or rewrite it one record a line, "
            f"{read}.to_json({lines!r}, orient='records', lines=True), then stance score "
            f"{shell_path(lines)} -o {unused_output(lines)}")


def _parsed(handle: Iterable[str], path: Path, codec: str = "utf-8-sig") -> Iterator[dict[str, Any]]:
    """The JSON object on each line of ``handle`` (blank lines skipped, and a last line of a
    Ctrl-Z alone, the end-of-file mark DOS programs wrote, which was "not JSON"), decoded
    by ``codec`` (which a file of one JSON array is told to read it by)."""
    dos_end = 0  # the line of such a mark, refused if a line follows it
    read = 0  # the records read so far
    handle = iter(handle)  # what is left of it is looked at when a line is refused
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        if line.strip() == "\x1a":
            dos_end = number
            continue
        if dos_end:
            raise InvalidInputError(f"cannot read {str(path)!r}: line {dos_end} is not JSON (a Ctrl-Z, 0x1A, "
                                    f"alone)")
        try:
            # strict=False: a raw tab or other control character inside a string is read
            # (pandas read them), as JSON written by hand or by lax tools has them.
            record = json.loads(line, strict=False, object_pairs_hook=_named_once)
        except _RepeatedKey as repeated:
            key = repeated.args[0]
            parsed = json.loads(line, strict=False, object_pairs_hook=list)  # each object as its pairs
            # the row's own pairs, if the row is an object (a row that is an array holds its objects)
            top_level = [pair[0] for pair in parsed if isinstance(pair, tuple)] if isinstance(parsed, list) \
                and line.lstrip().startswith("{") else []
            where = "" if top_level.count(key) > 1 else " in an object inside the row"  # (a review: say which)
            raise InvalidInputError(f"cannot read {str(path)!r}: line {number} names the key "
                                    f"{key!r} twice{where}, and only one of its values could be read; "
                                    f"name each key once") from None
        except json.JSONDecodeError as error:
            raise InvalidInputError(f"cannot read {str(path)!r}: line {number} is not JSON "
                                    f"({json_error_where(error)})") from None
        except ValueError:  # not a JSONDecodeError (caught above): an integer of too many digits
            raise InvalidInputError(f"cannot read {str(path)!r}: line {number} {_too_long_a_number(line)}, "
                                    f"too long to read as a number; quote it as text") from None
        except RecursionError:
            raise InvalidInputError(f"cannot read {str(path)!r}: line {number} nests its values "
                                    f"too deeply to read") from None
        if not isinstance(record, dict):
            # The whole file one array of records: a JSON file (as pandas writes one) under .jsonl.
            whole = (isinstance(record, list) and all(isinstance(item, dict) for item in record) and not read
                     and not any(rest.strip() for rest in handle))
            route = (f"; JSON Lines holds one record a line, and this file is a JSON array of them: "
                     f"{array_route(str(path), _pandas_encoding(path, codec))}" if whole else "")
            raise InvalidInputError(f"cannot read {str(path)!r}: line {number} holds {json_kind(record)}, "
                                    f"not a JSON object of named values{route}")
        read += 1
        yield record


def _pandas_encoding(path: Path, codec: str) -> str | None:
    """The encoding pandas.read_json needs for the file ``path`` decoded by ``codec``: as its
    first bytes tell (:func:`array_encoding`) for UTF-8 and UTF-16, whose byte-order mark, or
    its absence, pandas does not read as Python's codecs do; else ``codec``."""
    if codec not in ("utf-8-sig", "utf-16"):
        return codec
    try:
        with open(path, "rb") as handle:
            return array_encoding(handle.read(4096))[1]
    except OSError:  # not a file here (read from a stream): its mark cannot be told
        return None if codec == "utf-8-sig" else codec


def array_encoding(head: bytes) -> tuple[bool, str | None]:
    """Whether the first bytes ``head`` of a file begin a JSON array ('[' after white space),
    and the encoding pandas.read_json needs to read the file: None for UTF-8 (its default),
    'utf-8-sig' after a UTF-8 byte-order mark and 'utf-16' after a UTF-16 one (pandas refuses
    either mark read otherwise, "Expected object or value"), 'utf-16-le' or 'utf-16-be' for
    UTF-16 without one, told by the zero byte of its first character, as pandas' 'utf-16'
    refuses a file without the mark ("UTF-16 stream does not start with BOM"); UTF-32 alike,
    'utf-32' after its mark, 'utf-32-le' or 'utf-32-be' without (a review of e52fdfd: it was
    offered routes that failed, pandas' default "Expected object or value").

    >>> array_encoding(b"\\xef\\xbb\\xbf [{}]"), array_encoding("[{}]".encode("utf-16"))
    ((True, 'utf-8-sig'), (True, 'utf-16'))
    >>> array_encoding("\\n[{}]".encode("utf-16-le")), array_encoding("[{}]".encode("utf-16-be"))
    ((True, 'utf-16-le'), (True, 'utf-16-be'))
    >>> array_encoding("[{}]".encode("utf-32")), array_encoding("[{}]".encode("utf-32-be"))
    ((True, 'utf-32'), (True, 'utf-32-be'))
    >>> array_encoding(b"[{}]"), array_encoding(b'{"a": 1}'), array_encoding('{"a": 1}'.encode("utf-32-le"))
    ((True, None), (False, None), (False, 'utf-32-le'))
    """
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16's, which BOM_UTF32_LE begins with
        encoding, text = "utf-32", head[:len(head) // 4 * 4].decode("utf-32", "ignore")
    elif head[1:4] == b"\x00\x00\x00" or head[:3] == b"\x00\x00\x00":  # an ASCII character's three zero bytes
        encoding = "utf-32-le" if head[1:4] == b"\x00\x00\x00" else "utf-32-be"
        text = head[:len(head) // 4 * 4].decode(encoding, "ignore")
    elif head.startswith(codecs.BOM_UTF8):
        encoding, text = "utf-8-sig", head[3:].decode("utf-8", "ignore")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, text = "utf-16", head[:len(head) // 2 * 2].decode("utf-16", "ignore")
    elif head[1:2] == b"\x00" or head[:1] == b"\x00":  # an ASCII character's zero byte, after it or before
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        text = head[:len(head) // 2 * 2].decode(encoding, "ignore")
    else:
        encoding, text = None, head.decode("utf-8", "ignore")
    return text.lstrip()[:1] == "[", encoding


def json_kind(value: Any) -> str:
    """What the JSON ``value`` is, as a refusal names it: by JSON's name of its type ("null",
    not Python's "NoneType"; "an array", not "a list"), as the value itself may be a megabyte's string.

    >>> json_kind(None), json_kind([1]), json_kind({}), json_kind("x"), json_kind(True), json_kind(1.5)
    ('null', 'an array', 'an object', 'a string', 'true or false', 'a number')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):  # before numbers: a bool is an int in Python
        return "true or false"
    kinds = ((list, "an array"), (dict, "an object"), (str, "a string"))
    return next((kind for held, kind in kinds if isinstance(value, held)), "a number")


class _LongNumber:
    """An integer of more digits than Python reads as a number (4,300 unless changed)."""

    def __init__(self, digits: str) -> None:
        self.digits = len(digits.lstrip("-"))


def _integer_or_too_long(digits: str) -> int | _LongNumber:
    try:
        return int(digits)
    except ValueError:  # the limit on digits, which json.loads raised without a place
        return _LongNumber(digits)


def _too_long_a_number(line: str) -> str:
    """What holds the number of ``line`` too long to read, said after "line N": the number and
    the key of the row it is under, read again with such a number left unread.

    >>> _too_long_a_number('{"text": "hello", "n": ' + "9" * 5000 + '}')
    "holds a number of 5000 digits under the key 'n'"
    """
    try:
        record = json.loads(line, strict=False, parse_int=_integer_or_too_long)
    except (ValueError, RecursionError):  # something else wrong past the number: the line is still named
        return "holds a number"
    items = record.items() if isinstance(record, dict) else [(None, record)]
    for key, value in items:
        found = _long_number_in(value)
        if found is not None:
            under = f" under the key {key!r}" if key is not None else ""
            return f"holds a number of {found.digits} digits{under}"
    return "holds a number"  # not found again: the line is still named


def _long_number_in(value: Any) -> _LongNumber | None:
    """The first too-long number in ``value``, a list's or an object's values searched too."""
    if isinstance(value, _LongNumber):
        return value
    inner = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for item in inner:
        found = _long_number_in(item)
        if found is not None:
            return found
    return None


class _RepeatedKey(Exception):  # not a ValueError, so not taken for a line that is not JSON
    pass


def _named_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refused when it names a key twice: json.loads keeps the last
    value silently, so a row could show one text to another reader and be scored as another
    (as a CSV header naming a column twice, or metadata.json a key twice, is refused).

    >>> _named_once([("text", "a"), ("id", 1)])
    {'text': 'a', 'id': 1}
    >>> _named_once([("text", "a"), ("text", "b")])
    Traceback (most recent call last):
    stance.jsonl._RepeatedKey: text
    """
    record = dict(pairs)
    if len(record) < len(pairs):  # a cheap test first: 200,000 rows cost 0.08 s more in all
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _RepeatedKey(key)
            seen.add(key)
    return record


def jsonl_row_lines(path: Path, rows: Iterable[int], encoding: str = "utf-8") -> dict[int, int]:
    r"""The line of the JSON Lines file ``path`` each of its data ``rows`` (counted from 0) is
    on, as the reader counts them: blank lines skipped, lines ended by LF alone. A row the file
    has not, or a file that cannot be read, is left out: a wrong line is worse than none.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "x.jsonl"
    ...     _ = path.write_text('{"text": "a"}\n\n  \n{"text": "b"}\n')
    ...     jsonl_row_lines(path, [1, 5])
    {1: 4}
    """
    wanted, found, row = set(rows), {}, 0
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        with open(path, encoding=codec, newline="\n") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():  # skipped by the reader, so no row (see _parsed)
                    continue
                if row in wanted:
                    found[row] = number
                    if len(found) == len(wanted):
                        break
                row += 1
    except (OSError, UnicodeError):
        pass
    return found


def _frame(records: list[dict[str, Any]], keys: list[str]) -> pd.DataFrame:
    pd = forksafe.imported("pandas")

    columns = {}
    for key in keys:
        values = [record.get(key) for record in records]
        try:
            columns[key] = pd.Series(values, dtype=object if _integers_among_others(values) else None)
        except UnicodeEncodeError:  # an escaped lone surrogate ("\ud800"), which Arrow strings refuse
            columns[key] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns, columns=keys, index=pd.RangeIndex(len(records)))


def _integers_among_others(values: list[Any]) -> bool:
    """Whether integers share a column with gaps or with other numbers, which pandas would
    make floats (1 -> 1.0, and ids above 2**53 equal): such a column is kept as objects.
    Whether it does can depend on the chunk, so a file read in chunks must not rely on it.

    >>> _integers_among_others([1, None]), _integers_among_others([9007199254740993, 0.5])
    (True, True)
    >>> _integers_among_others([1, 2]), _integers_among_others([0.5, None])
    (False, False)
    """
    integers = sum(isinstance(value, int) and not isinstance(value, bool) for value in values)
    return 0 < integers < len(values)


def json_error_where(error: json.JSONDecodeError, what: str = "line") -> str:
    """What the JSON parser found wrong, and at which column, in one phrase: its message
    alone may end in "at", its place cut off ("Unterminated string starting at").

    >>> import json
    >>> for line in ('{"text": "bad', '{"text": broken}'):
    ...     try:
    ...         json.loads(line)
    ...     except json.JSONDecodeError as error:
    ...         print(json_error_where(error))
    unterminated string starting at column 10
    expecting value at column 10

    A ``what`` (a line) that ends before its object closes is named so: the parser, past the line end it
    was given, put the error on a line after it ("column 1", of a line the file has not).

    >>> try:
    ...     json.loads('{"id": 5, "text": "We back Kyiv."\\n')
    ... except json.JSONDecodeError as error:
    ...     print(json_error_where(error))
    expecting ',' delimiter at the line's end (column 34): is the line cut short?
    """
    message = error.msg[:1].lower() + error.msg[1:]
    at = "" if message.endswith(" at") else " at"
    if isinstance(error.doc, str) and not error.doc[error.pos:].strip():  # nothing after it but a line end
        return f"{message}{at} the {what}'s end (column {len(error.doc.rstrip()) + 1}): is the {what} cut short?"
    return f"{message}{at} column {error.colno}"

r"""Carriage returns inside the cells of a .csv or .tsv file whose lines end in "\n" or "\r\n".

Wire copy, and text pasted out of other tools, may hold a stray carriage return in the
middle of a line ("We back\rUkraine"). pandas and Python's csv module end a row at any
"\r" outside quotes, so such a cell split its row in two: "Ukraine" landed in the next
row's first column, the columns after it shifted, and every line number after it was one
too many, with no error (the second half is a short row, which the readers take as one
with gaps). A file's lines end alike, so in a file whose first line ends in "\n" or "\r\n"
a "\r" that no "\n" follows is text, and is read as text here: it stands as
:data:`KEPT_RETURN` while the file is parsed and is put back in the cells read. A file whose
first line ends in "\r" alone (old Mac line ends) is read as before, each "\r" a line end.

The readers find no such "\r" in nearly every file: one pass over its bytes tells
(:func:`holds_stray_returns`, a few milliseconds for 20 MB), and only a file that holds
one is read through :class:`KeptReturns`.

>>> import io
>>> reader = KeptReturns(io.StringIO("id,text\r\n1,We back\rUkraine\r\n"))
>>> reader.read() == "id,text\r\n1,We back" + KEPT_RETURN + "Ukraine\r\n"
True
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

# A noncharacter, which Unicode keeps for a program's own use and no text holds: a cell's
# carriage return stands as it while the file is parsed. A file that holds it and a stray
# "\r" is refused (see holds_stray_returns), so none is taken for a carriage return.
KEPT_RETURN = "\ufdd0"
# Another, for a NUL: pandas' C reader before pandas 3 ends a cell at one ("We stand\x00
# together." was read "We stand", the rest lost with no word), and Python's csv module before
# 3.11 refuses a line holding one. A file that holds it and a NUL is refused (see holds_nul).
KEPT_NUL = "\ufdd1"
_STRAY = re.compile(r"\r(?!\n)")
_STRAY_BYTES = re.compile(rb"\r(?!\n)")
# How much of a file's start tells how its lines end: its first line, the header.
_START = 1 << 16
_BLOCK = 1 << 20


def _decoding(encoding: str) -> str:
    """The codec a file in ``encoding`` is opened with: UTF-8 past a byte-order mark."""
    return "utf-8-sig" if encoding == "utf-8" else encoding


def _ascii_line_ends(encoding: str) -> bool:
    r"""Whether "\r" and "\n" are those bytes in ``encoding``, which no other character's
    bytes hold (UTF-8 and the 8-bit encodings; not UTF-16 or UTF-32), so its bytes can be searched.

    >>> _ascii_line_ends("utf-8"), _ascii_line_ends("cp1252"), _ascii_line_ends("utf-16")
    (True, True, False)
    """
    try:
        return "\r\n".encode(encoding) == b"\r\n"
    except (LookupError, UnicodeError):  # the reader names an unknown encoding, or one that cannot encode them
        return False


def lines_end_in_line_feeds(path: Path, encoding: str = "utf-8") -> bool:
    r"""Whether the lines of the text file ``path`` end in "\n" or "\r\n", by how its first
    line ends (a file that holds no line break counts so: it has no "\r" to read either way).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     unix, mac = Path(folder) / "unix.csv", Path(folder) / "mac.csv"
    ...     _ = unix.write_bytes(b"id,text\n1,a\rb\n"), mac.write_bytes(b"id,text\r1,a\n")
    ...     lines_end_in_line_feeds(unix), lines_end_in_line_feeds(mac)
    (True, False)
    """
    try:
        with open(path, encoding=_decoding(encoding), errors="replace", newline="") as handle:
            start = handle.read(_START)
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return True
    first = start.find("\r")
    return first == -1 or start.startswith("\r\n", first) or -1 < start.find("\n") < first


def holds_stray_returns(path: Path, encoding: str = "utf-8") -> bool:
    r"""Whether the .csv or .tsv file ``path``, its lines ending in "\n" or "\r\n", holds a
    "\r" that ends no line (quoted or not; one at the very end of the file ends its last
    line). Its bytes are searched where the encoding allows it, which takes a few
    milliseconds for 20 MB. A file that also holds :data:`KEPT_RETURN`, which would be read
    as a "\r", is refused, naming the line of its first stray "\r".

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_bytes(b"id,text\r\n1,We back\rUkraine\r\n")
    ...     stray = holds_stray_returns(path)
    ...     _ = path.write_bytes(b"id,text\r\n1,We back Ukraine\r\n")
    ...     stray, holds_stray_returns(path)
    (True, False)
    """
    from .exceptions import InvalidInputError

    if not lines_end_in_line_feeds(path, encoding):
        return False
    found = _first_stray(path, encoding)
    if found is None:
        return False
    if _holds_kept_return(path, encoding):
        raise InvalidInputError(
            f"{str(path)!r}: line {found} holds a carriage return inside a cell, and the file holds U+FDD0, the "
            f"character stance reads such a carriage return as while it parses the file; remove one or the other")
    return True


def holds_nul(path: Path, encoding: str = "utf-8") -> bool:
    r"""Whether the .csv or .tsv file ``path`` holds a NUL, which it is then read with as
    :data:`KEPT_NUL` (see :class:`KeptReturns`). Its bytes are searched where the encoding
    allows it. A file that also holds :data:`KEPT_NUL`, which would be read as a NUL, is refused.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_bytes(b"id,text\n1,We stand\x00 together.\n")
    ...     nul = holds_nul(path)
    ...     _ = path.write_bytes(b"id,text\n1,We stand together.\n")
    ...     nul, holds_nul(path)
    (True, False)
    """
    from .exceptions import InvalidInputError

    if not _holds(path, encoding, "\x00"):
        return False
    if _holds(path, encoding, KEPT_NUL):
        raise InvalidInputError(
            f"{str(path)!r}: the file holds a NUL character and U+FDD1, the character stance reads a NUL as while "
            f"it parses the file; remove one or the other")
    return True


def first_nul_line(path: Path) -> int | None:
    r"""The line (as ``grep -n`` counts) of the first NUL of the UTF-8 file ``path``, or None.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_bytes(b"id,text\n1,We stand\n2,together\x00 now\n")
    ...     first_nul_line(path)
    3
    """
    offset = 0
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            found = block.find(b"\x00")
            if found != -1:
                return 1 + _line_feeds_before(handle, offset + found)
            offset += len(block)
    return None


def _holds(path: Path, encoding: str, character: str) -> bool:
    """Whether the text file ``path`` holds ``character``, searched block by block (as bytes
    where the encoding's bytes of it are no other character's)."""
    try:
        if character == "\x00" and _ascii_line_ends(encoding):  # NUL is the byte 0, in no other character
            with open(path, "rb") as binary:
                while block := binary.read(_BLOCK):
                    if b"\x00" in block:
                        return True
            return False
        with open(path, encoding=_decoding(encoding), errors="replace", newline="") as handle:
            while block := handle.read(_BLOCK):
                if character in block:
                    return True
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return False
    return False


def _first_stray(path: Path, encoding: str) -> int | None:
    r"""The line (as ``grep -n`` counts) of the first "\r" of ``path`` that no "\n" follows, or None."""
    try:
        if _ascii_line_ends(encoding):
            return _first_stray_byte(path)
        with open(path, encoding=_decoding(encoding), errors="replace", newline="") as handle:
            for number, line in enumerate(_split_at_line_feeds(handle), 1):
                if "\r" in _body(line):
                    return number
    except (OSError, UnicodeError, LookupError):  # the reader that follows names the problem
        return None
    return None


def _first_stray_byte(path: Path) -> int | None:
    r""":func:`_first_stray` of a file whose "\r" and "\n" are those bytes, searched block by
    block; its lines are counted only once one is found (nearly every file has none)."""
    offset, carried = 0, b""  # where ``data`` starts in the file
    with open(path, "rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            data, carried = carried + block, b""
            if block and data.endswith(b"\r"):  # whether a "\n" follows it, the next block says
                data, carried = data[:-1], b"\r"
            # The file's very last "\r" ends its last line.
            searched = data if block or not data.endswith(b"\r") else data[:-1]
            if b"\r" in searched and (found := _STRAY_BYTES.search(searched)):
                return 1 + _line_feeds_before(handle, offset + found.start())
            if not block:
                return None
            offset += len(data)


def _line_feeds_before(handle: Any, end: int) -> int:
    """How many line feeds the binary file ``handle`` holds before byte ``end``, counted block by block."""
    handle.seek(0)
    count = 0
    while end > 0 and (block := handle.read(min(_BLOCK, end))):
        count += block.count(b"\n")
        end -= len(block)
    return count


def _holds_kept_return(path: Path, encoding: str) -> bool:
    return _holds(path, encoding, KEPT_RETURN)


def _split_at_line_feeds(handle: Any) -> Iterator[str]:
    r"""The lines of the text ``handle`` (opened with ``newline=""``), split at "\n" only."""
    rest = ""
    while block := handle.read(_BLOCK):
        lines = (rest + block).split("\n")
        rest = lines.pop()
        yield from (line + "\n" for line in lines)
    if rest:
        yield rest


def _body(line: str) -> str:
    r"""``line`` without its line end ("\r\n", "\n", or the "\r" that ends a file)."""
    if line.endswith("\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith(("\n", "\r")) else line


def kept_lines(handle: Iterable[str]) -> Iterator[str]:
    r"""The lines of ``handle``, a file opened with ``newline="\n"`` (so that only "\n" ends
    one), each "\r" in them that ends no line as :data:`KEPT_RETURN` and each NUL as
    :data:`KEPT_NUL`: the lines Python's csv module reads as the rows pandas reads through
    :class:`KeptReturns`.

    >>> [line == "1,We back" + KEPT_RETURN + "Ukraine\r\n" for line in kept_lines(["1,We back\rUkraine\r\n"])]
    [True]
    """
    for line in handle:
        if "\r" in line:
            body = _body(line)
            if "\r" in body:
                line = body.replace("\r", KEPT_RETURN) + line[len(body):]
        yield line.replace("\x00", KEPT_NUL) if "\x00" in line else line


class KeptReturns(io.TextIOBase):
    r"""The text file ``text`` (opened with ``newline=""``) as pandas reads it, each "\r" in it
    that ends no line as :data:`KEPT_RETURN` (with ``returns``) and each NUL as
    :data:`KEPT_NUL` (with ``nuls``). A block read that ends in "\r" takes the next
    character too, which says whether a "\n" follows it; one at the very end of the file
    ends its last line."""

    def __init__(self, text: Any, block: int = _BLOCK, owns: bool = True, returns: bool = True,
                 nuls: bool = False) -> None:
        super().__init__()
        self._text, self._block, self._owns = text, block, owns
        self._returns, self._nuls = returns, nuls

    def close(self) -> None:
        """Close the file read (pandas never closes a file it is given, which was left open
        to the garbage collector), or, when the caller owns it (``owns`` false), let it go open."""
        if not self.closed:
            if self._owns:
                self._text.close()
            else:
                self._text.detach()
        super().close()

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        text = self._text.read(self._block if size is None or size < 0 else max(size, 1))
        if self._nuls and "\x00" in text:
            text = text.replace("\x00", KEPT_NUL)
        if not self._returns:
            return text
        while text.endswith("\r"):  # whether a "\n" follows it, the next character says
            following = self._text.read(1)
            if not following:  # the file's very last "\r" ends its last line
                return _STRAY.sub(KEPT_RETURN, text[:-1]) + "\r"
            text += following.replace("\x00", KEPT_NUL) if self._nuls else following
        return _STRAY.sub(KEPT_RETURN, text) if "\r" in text else text


def restored(frame: pd.DataFrame) -> pd.DataFrame:
    r"""``frame``, read through :class:`KeptReturns`, with "\r" and NUL back in its cells and names.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["We back" + KEPT_RETURN + "Ukraine", "Unity" + KEPT_NUL], "n": [1, 2]})
    >>> restored(frame).text.tolist()
    ['We back\rUkraine', 'Unity\x00']
    """
    def put_back(name: Any) -> Any:
        return name.replace(KEPT_RETURN, "\r").replace(KEPT_NUL, "\x00") if isinstance(name, str) else name

    frame = frame.rename(columns=put_back)
    for at in range(frame.shape[1]):  # by position: a file's header may name two columns alike
        values = frame.iloc[:, at]
        if values.dtype.kind in "biufcmM":
            continue
        for kept, character in ((KEPT_RETURN, "\r"), (KEPT_NUL, "\x00")):
            held = values.str.contains(kept, regex=False, na=False).to_numpy()
            if held.any():  # those cells only: a missing value stays as it was read
                frame.iloc[held, at] = values[held].str.replace(kept, character, regex=False)
                values = frame.iloc[:, at]
    return frame

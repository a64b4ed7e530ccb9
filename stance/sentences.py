"""Splitting a speech or article into statements (sentences), with no downloaded data.

nltk's Punkt tokenizer is used untrained, given the abbreviations that matter in
political text (titles, "U.S.", months, "Art."). Line structure is respected: bullets
and blank lines end a statement, wrapped lines are joined.

>>> split_sentences('Mr. Rutte spoke in Tapa. He said: "You are not alone." The U.S. agreed.')
['Mr. Rutte spoke in Tapa.', 'He said: "You are not alone."', 'The U.S. agreed.']
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "gov", "sen", "rep", "hon", "rt", "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
    "e.u", "u.s.a", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "art", "para", "fig", "jr", "sr", "inc", "ltd", "co", "corp", "dept",
    "approx", "est", "cf", "pres", "amb", "min", "vol", "pp",
}
# Not abbreviations to Punkt, so that "Hungary said no." ends a sentence; "No. 5" and
# "Nos. 3" are rejoined by _continues, since a digit follows.
_BULLET = re.compile(r"^\s*(?:[-*•–—▪●]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)]\s*$")
_NUMBERED_ABBREVIATION = re.compile(r"\b(?:no|nos|art|para|vol|pp|fig)\.$", re.IGNORECASE)
# An abbreviation that can also end a sentence ("…from the U.S. They arrived…"), before a
# word that usually opens one.
_SENTENCE_END_ABBREVIATION = re.compile(
    r"(?<=\b(?:U\.S|U\.K|U\.N|E\.U|etc)\.)\s+(?=(?:The|They|We|It|He|She|This|That|These|Those|There|"
    r"In|On|At|But|And|So|Yet|A|An|I|Our|Their|His|Her|Its|My|Your)\b)"
)
# Stage directions in transcripts: statements of their own, never part of the next one.
_STAGE_DIRECTION = re.compile(
    r"\s*(\((?:Applause|Laughter|Interruption|Interruptions|Cheers|Cheering|Inaudible|Crosstalk|"
    r"Hear, hear|Booing|Shouting)[^()]{0,40}\))\s*", re.IGNORECASE)
# A word broken across lines by a hyphen, as PDF text has it ("deter-" / "rence").
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-$")

_tokenizer = None


def _punkt():
    global _tokenizer
    if _tokenizer is None:
        from ._nltk import load

        punkt = load("nltk.tokenize.punkt")
        parameters = punkt.PunktParameters()
        parameters.abbrev_types = set(ABBREVIATIONS)
        _tokenizer = punkt.PunktSentenceTokenizer(parameters)
    return _tokenizer


def split_blocks(text: str) -> list[str]:
    """Split text into blocks at blank lines and bullets; join wrapped lines.

    Text extracted from PDFs is mended on the way: a word broken by a hyphen at a line's
    end is joined, and page furniture is dropped (lines of digits only, and short lines
    without final punctuation that recur three times or more, such as running headers).
    """
    blocks: list[str] = []
    current: list[str] = []
    furniture = _page_furniture(text)

    def close() -> None:
        if current:
            blocks.append(_join_lines(current))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line and (line.isdigit() or (furniture and _furniture_key(line) in furniture)):
            continue  # a page number or a running header: not part of any statement
        if not line:
            close()
            continue
        if _BULLET.match(line):
            close()
            line = _BULLET.sub("", line, count=1)
        elif current and _is_heading(current) and not line[0].islower():
            close()
        current.append(line)
    close()
    return blocks


def _join_lines(lines: list[str]) -> str:
    parts = [lines[0]]
    for line in lines[1:]:
        if _LINE_END_HYPHEN.search(parts[-1]) and line[:1].islower():
            parts[-1] = parts[-1][:-1] + line  # "deter-" + "rence"
        else:
            parts.append(line)
    return " ".join(parts)


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _page_furniture(text: str) -> set[str]:
    """Lines that recur like running headers: short, unpunctuated, three times or more."""
    from collections import Counter

    counts = Counter(
        _furniture_key(line) for line in (raw.strip() for raw in text.splitlines())
        if line and len(line) < 80 and not _TERMINAL.search(line)
    )
    return {key for key, n in counts.items() if n >= 3}


def _is_heading(lines: list[str]) -> bool:
    """Whether the last of ``lines`` is a heading (the caller checks that a capitalised line follows).

    A heading is short, has no final punctuation, starts a sentence, and is written like a
    title: most of its longer words capitalised, or all in capitals. A hard-wrapped
    sentence ("The Alliance must remain united and" / "NATO must…") is none of that.
    """
    line = lines[-1]
    if len(line) >= 40 or _TERMINAL.search(line) or line.endswith(","):
        return False
    if len(lines) > 1 and not _TERMINAL.search(lines[-2]):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    if not words:
        return True
    capitalised = sum(w[0].isupper() for w in words)
    return line.isupper() or capitalised / len(words) >= 0.6


def split_sentences(text: str) -> list[str]:
    """Split a document into sentences, in order."""
    sentences: list[str] = []
    for block in split_blocks(text):
        merged: list[list[str]] = []
        for piece in (p.strip() for s in _punkt().tokenize(block) for p in _split_further(s)):
            if not piece:
                continue
            if merged and _continues(merged[-1][-1], piece):
                merged[-1].append(piece)
            else:
                merged.append([piece])
        sentences.extend(" ".join(parts) for parts in merged)  # never merged across blocks
    return sentences


def _split_further(sentence: str) -> list[str]:
    """Cut what Punkt leaves joined: stage directions, and sentences ending in "U.S." or "etc."."""
    pieces = []
    for part in _STAGE_DIRECTION.split(sentence):
        pieces.extend(_SENTENCE_END_ABBREVIATION.split(part))
    return pieces


_LAST_WORD = re.compile(r"(\S+)\.$")


def _continues(previous: str, piece: str) -> bool:
    """Whether ``piece`` continues ``previous``: Punkt split it after an abbreviation it
    did not know ("5 p.m. today", "Brig. general") or a numbered one ("No. 5").

    A lower-case piece after a full stop that ends an ordinary word is a new sentence
    (lower-case posts and transcripts: "we stand with ukraine. more tanks now.").
    """
    first = piece[0]
    if first.isdigit():
        return _NUMBERED_ABBREVIATION.search(previous) is not None
    if not first.islower():
        return False
    last = _LAST_WORD.search(previous)
    if last is None:  # ends in "!", "?", a quote…: a sentence ended
        return False
    word = last.group(1).strip("(\"'“‘")
    # "p.m.", "U.S.", an initial, or a short title-cased word ("Brig.", "Capt."): an abbreviation.
    return "." in word or len(word) == 1 or (len(word) <= 4 and word[:1].isupper() and word[1:].islower())

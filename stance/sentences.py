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
    "approx", "est", "cf", "pres", "amb", "min", "no", "nos", "vol", "pp",
}
_BULLET = re.compile(r"^\s*(?:[-*•–—▪●]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)]\s*$")
_NUMBERED_ABBREVIATION = re.compile(r"\b(?:no|nos|art|para|vol|pp|fig)\.$", re.IGNORECASE)

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
    """Split text into blocks at blank lines and bullets; join wrapped lines."""
    blocks: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
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
        for piece in (s.strip() for s in _punkt().tokenize(block)):
            if not piece:
                continue
            if merged and _continues(merged[-1][-1], piece):
                merged[-1].append(piece)
            else:
                merged.append([piece])
        sentences.extend(" ".join(parts) for parts in merged)  # never merged across blocks
    return sentences


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

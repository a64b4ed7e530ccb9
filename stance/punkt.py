"""nltk's Punkt sentence tokenizer, untrained, and the sentences it finds in a block.

:func:`_punkt` builds it once, given the abbreviations of :mod:`stance.abbreviations`;
:func:`_punkt_spans` reads a long block piece by piece, within nltk's time limit; and
:func:`_punkt_sentences` moves what Punkt leaves on the wrong side of a cut: quotes, the rest
of a word it cut in two, footnote markers in brackets.
"""

from __future__ import annotations

import re

from . import _forksafe as forksafe
from .abbreviations import _AMBIGUOUS_ABBREVIATIONS, ABBREVIATIONS
from .exceptions import InvalidInputError
from .sentence_cuts import _GLUED_END, _glued_end

_tokenizer = None


def _punkt():
    global _tokenizer
    if _tokenizer is None:
        load = forksafe.imported("._nltk").load

        punkt = load("nltk.tokenize.punkt")
        parameters = punkt.PunktParameters()
        parameters.abbrev_types = ABBREVIATIONS - _AMBIGUOUS_ABBREVIATIONS
        _tokenizer = punkt.PunktSentenceTokenizer(parameters)
    return _tokenizer


# How much of a block Punkt reads at once. nltk 3.10 runs Punkt's search for sentence ends
# under a wall-clock limit (5 s) for the whole block, which a paragraph of some megabytes
# (a file of one line) exceeds; 100,000 characters take about 0.2 s. Shorter blocks, nearly
# all, are read whole, as before.
_PUNKT_PIECE = 100_000
# Where a long block is cut: at spaces after a letter or digit, where no sentence can end
# (Punkt ends one only at ".", "?" or "!" and the quotes and brackets after it) and no word
# that Punkt reads to decide one goes on. Only ASCII spaces, the only ones Punkt looks back
# for to find the word before a full stop.
_PIECE_END = re.compile(r"\w([ \t\n\r\x0b\x0c]+)(?=\S)")


def _punkt_spans(block: str) -> list[tuple[int, int]]:
    """Punkt's ``(start, end)`` spans of the sentences of ``block``; a long block is read
    piece by piece (see ``_PUNKT_PIECE``), with the same result as read whole.

    >>> _punkt_spans("We met. He spoke.")
    [(0, 7), (8, 17)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        cut = _PIECE_END.search(block, start + _PUNKT_PIECE) if len(block) - start > _PUNKT_PIECE else None
        piece = _punkt_piece_spans(block, start, cut.start(1) if cut else len(block))
        if spans and piece:  # the sentence that a cut went through goes on
            piece[0] = (spans.pop()[0], piece[0][1])
        spans.extend(piece)
        if cut is None:
            return spans
        start = cut.end()


def _punkt_piece_spans(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's spans of ``block[start:end]``, as places in ``block``."""
    try:
        return [(start + first, start + last) for first, last in _punkt().span_tokenize(block[start:end])]
    except TimeoutError as error:  # nltk's limit, on a piece of _PUNKT_PIECE characters: a rare text indeed
        raise InvalidInputError(
            f"nltk's sentence splitter gave up on a paragraph of {len(block):,} characters ({error}); "
            "break the text into lines or paragraphs") from error


# An opening quote with a space after it, as French writes one ("« Nous devons… »"): Punkt
# leaves it at the end of the sentence before.
_TRAILING_OPENING_QUOTE = re.compile(r"\s([«‹„“‘]+)\s*$")
# And a closing one with its space ("… agirons. » Puis…"): nltk before 3.9 leaves it at the
# start of the sentence after.
_LEADING_CLOSING_QUOTE = re.compile(r"[»›]+(?=\s|$)")


# Where the rest of a word that Punkt cut in two ends, and the closing marks that open such a
# rest (a semicolon or comma is rejoined by split_statements: "p.m." and "; the talks…").
_WORD_END = re.compile(r"\s")
_CLOSING_MARKS = frozenset("\"'”’»›)]")
# Footnote markers in brackets right after a sentence's stop, as a web page copies them
# ("…in 2024.[3] 32 allies…"): Punkt starts the next sentence with them.
_BRACKETED_MARKERS = re.compile(r"(?:\[\d{1,3}\])+")


def _punkt_sentences(block: str) -> list[str]:
    """Punkt's sentences of ``block``, an opening quote at one's end moved to the next and a
    closing quote at one's start moved to the one before, as is the rest of a word that Punkt
    cut in two (a closing quote with a footnote marker: 'He said "No."2 We…'), and footnote
    markers in brackets after its stop ("…in 2024.[3]").

    >>> _punkt_sentences("Il a parlé. « Nous devons être prêts », a-t-il dit.")
    ['Il a parlé.', '« Nous devons être prêts », a-t-il dit.']
    >>> _punkt_sentences("Spending rose in 2024.[3] 32 allies met.")
    ['Spending rose in 2024.[3]', '32 allies met.']
    """
    spans = _punkt_spans(block)
    for i in range(len(spans) - 1):
        (start, end), (next_start, next_end) = spans[i], spans[i + 1]
        if end != next_start:  # a space between: a sentence opens there, "We met. [1] Allies…" too
            continue
        if block[next_start] in _CLOSING_MARKS or block[next_start] in "!?":  # '…alone.' and '”2 It…': a
            # quote cut off; 'Really?' and '!We…': the marks of one end
            marks = next_start
            while marks < next_end and (block[marks] in _CLOSING_MARKS or block[marks] in "!?"):
                marks += 1
            glued = _WORD_END.search(block, next_start, next_end)
            cut = glued.start() if glued else next_end
            # but the next sentence's first word glued to them ('"No."We left.', 'Really?!We did it.')
            # opens the next sentence (see _split_after_glued_ends)
            stop = _GLUED_END.match(block, max(end - 1, 0))
            if stop and stop.end() == marks and _glued_end(block, stop):
                cut = marks
            spans[i], spans[i + 1] = (start, cut), (cut, next_end)
        elif markers := _BRACKETED_MARKERS.match(block, next_start, next_end):  # '…2024.' and '[3] 32 allies…'
            spans[i], spans[i + 1] = (start, markers.end()), (markers.end(), next_end)
    if not any(quote in block for quote in "«‹„“‘»›"):  # most blocks: nothing to move
        return [block[start:end].strip() for start, end in spans]
    for i in range(len(spans) - 1):
        (start, end), (next_start, next_end) = spans[i], spans[i + 1]
        opener = _TRAILING_OPENING_QUOTE.search(block, start, end)
        closer = _LEADING_CLOSING_QUOTE.match(block, next_start, next_end)
        if opener:
            spans[i], spans[i + 1] = (start, opener.start()), (opener.start(1), next_end)
        elif closer:
            spans[i], spans[i + 1] = (start, closer.end()), (closer.end(), next_end)
    return [block[start:end].strip() for start, end in spans]

"""Why the model said what it said: per-n-gram contributions, shown as the reader wrote them.

Called, this module explains a statement with the bundled model (or ``model``), as the
model's ``explain`` does: ``stance.explain(text, model=None, *, n=10, label=None, sha256=None)``.

>>> import stance
>>> stance.explain("Bring the brigade home.", n=1)["explains"].tolist()[0]
'label: eastern_flank'

A linear model's decision is a sum: for label ``j`` its log-odds are the intercept plus
``tfidf(term) * weight(term, j)`` over the statement's terms. Those products are the
contributions reported here; they are exact, not approximations. (For a softmax head, and
a stance head with three or more values, the sum is that label's or value's score in the
softmax, which is not its log-odds: the scores of all the head's values sum to 0, so it is
log p minus the mean of log p over them, and differences between two scores are log-odds
between them.)
"""

from __future__ import annotations

import html
import inspect
import re
import sys
import textwrap
import types
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _forksafe as forksafe
from . import marks
from .foreign_frames import as_pandas
from .graphemes import count, cut, first
from .inference import label_length, stance_one, tfidf_row_and_norm
from .text import (
    NEGATION_SCOPE,
    NOT_PREFIX,
    OPENING_PREFIX,
    blank_links,
    check_stance_ignores,
    cjk_pieces,
    escaped_in_place,
    folded_with_origins,
    has_cjk,
    has_marks,
    html_shown,
    is_blank,
    is_combining_mark,
    language,
    names_option,
    normalize,
    plain_str,
    surrogates_escaped,
    token_pattern,
    tokenize,
    word_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from os import PathLike

    import pandas as pd

    from .model import StanceModel
    from .prediction import Prediction

_WORD = re.compile(r"\S+")
BASELINE = "(baseline)"  # the row of a head's starting point: its intercept (and label bias)
OTHERS = "(other n-grams)"  # the row that sums what explain() leaves out
REST = "(rest of the text)"  # what the n-grams past a long text's highlighted start add
# Rows explain_many explains before a bar is shown unasked (progress=None), as score shows one
# past SCORE_CHUNK rows: explaining a row costs about a hundred times scoring it, so a
# thousand rows are already some seconds' wait.
EXPLAIN_BAR_AFTER = 1000
# explain_many remembers the spans of the chunks (words with their punctuation) of this many
# characters at most, up to this many of them (some MB), across its texts: a corpus repeats its
# words, and reading each again was two thirds of the time spent on the text.
KNOWN_CHUNK_LENGTH = 64
KNOWN_CHUNKS = 50_000


def surface_terms(text: str, ngram_max: int, stem: bool | str, negation: bool = False,
                  opening: bool = False, apostrophes: bool = False,
                  links: bool = False, spelling: bool = False,
                  invisibles: bool = False, cannot: bool = False,
                  handles: bool = False, marks: bool = False, cjk: bool = False,
                  negation_words: Sequence[str] | None = None, lookalikes: bool = False,
                  names: bool = False) -> list[tuple[str, int, int]]:
    """Every feature of ``text`` with the character span it comes from (``stem`` as
    :func:`stance.text.make_analyzer` takes it): its words as written, without the
    punctuation around them (a handle without its "@"; a link, no word, has none; an
    American spelling read as British as the text spells it; with ``invisibles`` a word
    with a zero-width space inside, all of it; with ``cannot`` "can" and "not" both "cannot";
    with ``handles`` a dotted handle, all of it but its "@"; with ``marks`` a word with its
    combining marks, a dropped stress mark or haraka too; with ``cjk`` each pair of Chinese
    characters or kana, the two characters; with ``negation_words`` the words after those; with
    ``lookalikes`` "not" of "isn′t" all of it, as of "isn't"; with ``names`` a name read as
    the corpus writes it where the text writes it, "Suwałki" or "Kiev").

    >>> surface_terms("Not alone.", 2, True)
    [('not', 0, 3), ('alon', 4, 9), ('not alon', 0, 9)]
    >>> surface_terms("Not alone.", 1, True, negation=True, opening=True)[2:]
    [('NOT_alon', 0, 9), ('START_not', 0, 3)]
    >>> surface_terms("@NATO_1 https://t.co/x1", 1, True, links=True)
    [('nato_1', 1, 7)]
    >>> surface_terms("Defense!", 1, True, spelling=True)
    [('defenc', 0, 7)]
    >>> surface_terms("Ky\u200biv!", 1, True, invisibles=True)
    [('kyiv', 0, 5)]
    >>> surface_terms("Cannot", 1, True, cannot=True)
    [('can', 0, 6), ('not', 0, 6)]
    >>> surface_terms("Thanks @nato.int.", 1, False, links=True, handles=True)
    [('thanks', 0, 6), ('nato.int', 8, 16)]
    >>> surface_terms("Тре\u0301ба!", 1, False, marks=True)
    [('треба', 0, 6)]
    >>> surface_terms("支持北约!", 1, False, cjk=True)
    [('支持', 0, 2), ('持北', 1, 3), ('北约', 2, 4)]
    >>> surface_terms("Nie popieramy", 1, False, negation=True, negation_words=["nie"])[2:]
    [('NOT_popieramy', 0, 13)]
    >>> surface_terms("NATO isn′t", 1, False, lookalikes=True)
    [('nato', 0, 4), ('is', 5, 7), ('not', 5, 10)]
    >>> surface_terms("Suwałki, Kiev's", 1, True, names=True)
    [('suwalki', 0, 7), ('kyiv', 9, 15)]
    """
    return list(_surface_terms(text, ngram_max, stem, negation, opening, apostrophes, links, spelling,
                               invisibles, cannot, handles, marks, cjk, negation_words, lookalikes, names))


def _surface_terms(text: str, ngram_max: int, stem: bool | str, negation: bool = False,
                   opening: bool = False, apostrophes: bool = False,
                   links: bool = False, spelling: bool = False,
                   invisibles: bool = False, cannot: bool = False,
                   handles: bool = False, marks: bool = False,
                   cjk: bool = False,
                   negation_words: Sequence[str] | None = None,
                   lookalikes: bool = False, names: bool | str = False,
                   known: dict[str, list[tuple[str, int, int]]] | None = None) -> Iterator[tuple[str, int, int]]:
    """:func:`surface_terms` one at a time, in its order: a caller that keeps the first place
    of each distinct feature holds no list of every occurrence (a long text's hundreds of MB).
    ``known``: the tokens and spans of the chunks (words as written, with their punctuation)
    already read with these options, which this reading adds to (see :data:`KNOWN_CHUNKS`)."""
    text_language = language(stem, apostrophes, links, spelling, invisibles, cannot, handles, marks, cjk,
                             None if negation_words is None else tuple(negation_words), bool(lookalikes),
                             names_option(names))
    tokens: list[tuple[str, int, int]] = []
    # A chunk's tokens and their spans within it depend on the chunk alone: each distinct one
    # is read once (the reading cost 20 times classify's on a long text of a few words repeated),
    # and with ``known`` once across texts (it was two thirds of explain_many's reading).
    read: dict[str, list[tuple[str, int, int]]] = {}
    if known is not None and len(known) > KNOWN_CHUNKS:
        known.clear()  # a bounded memory of many texts' words: read again, they come out the same
    for chunk in _WORD.finditer(text):
        written = chunk.group()
        table = known if known is not None and len(written) <= KNOWN_CHUNK_LENGTH else read
        spans = table.get(written)
        if spans is None:
            spans = table[written] = _token_spans(written, 0, text_language.elisions, apostrophes, links,
                                                  invisibles, cannot, text_language.handles, marks, cjk,
                                                  text_language.lookalikes, text_language.names)
        offset = chunk.start()
        tokens.extend([(token, offset + start, offset + end) for token, start, end in spans])
    words = text_language.stem([t for t, _, _ in tokens])
    yield from ((w, s, e) for w, (_, s, e) in zip(words, tokens))
    for n in range(2, min(ngram_max, len(tokens)) + 1):  # none is longer than the text
        for i in range(len(tokens) - n + 1):
            yield " ".join(words[i : i + n]), tokens[i][1], tokens[i + n - 1][2]
    if negation:
        remaining, negator = 0, None
        for word, (_, start, end) in zip(words, tokens):
            if word in text_language.negations:
                remaining, negator = NEGATION_SCOPE, start
                continue
            if remaining:
                yield NOT_PREFIX + word, negator, end
                remaining -= 1
    if opening and tokens:
        yield OPENING_PREFIX + words[0], tokens[0][1], tokens[0][2]


def _token_spans(chunk: str, offset: int, elisions: re.Pattern[str] | None, apostrophes: bool,
                 links: bool = False, invisibles: bool = False, cannot: bool = False,
                 handles: bool = False, marks: bool = False, cjk: bool = False,
                 lookalikes: bool = False, names: bool = False) -> list[tuple[str, int, int]]:
    """The tokens of ``chunk`` (a piece of text without whitespace, at ``offset``), each with
    the span where it is written: "Taurus" and "Marschflugkörper" of
    "Taurus-Marschflugkörper“,", "Ukraine" of "l'Ukraine", and with ``invisibles`` "Ukraine"
    of "Ukr\\u200baine" all of it, the dropped character inside. A token that a contraction made
    ("not" of "don't"; with ``cannot`` "can" and "not" of "cannot", which a reader sees as
    one word, also after an elision: "qu'cannot") is its whole word, and so are the pieces the tokenizer cuts a word
    into at its combining vowel signs ("न" and "ट" of "नाटो"); where the folded text cannot
    be lined up with the tokens, every token is the chunk without its outer punctuation.

    >>> [(t, "«don't»"[s:e]) for t, s, e in _token_spans("«don't»", 0, None, False)]
    [('do', 'do'), ('not', "don't")]
    >>> from stance.text import language
    >>> [(t, "qu'cannot"[s:e]) for t, s, e in _token_spans("qu'cannot", 0, language("french").elisions, True,
    ...                                                      cannot=True)]
    [('qu', 'qu'), ('can', 'cannot'), ('not', 'cannot')]
    >>> [(t, "(नाटो)"[s:e]) for t, s, e in _token_spans("(नाटो)", 0, None, False)]
    [('न', 'नाटो'), ('ट', 'नाटो')]
    """
    expected = tokenize(chunk, elisions, apostrophes, links, invisibles, cannot, handles, marks, cjk, lookalikes,
                        names)
    if not expected:
        return []
    folded, origins = folded_with_origins(chunk, apostrophes, invisibles, marks, lookalikes, names)
    if links:  # blanked, not cut out: each character left is where it was folded
        folded = blank_links(folded, handles)
    pattern = token_pattern(links, handles, marks)
    found: list[tuple[str, int, int, int, int]] = []  # each token, its span and where it was folded
    # The raw tokens of each distinct word (each with the words it stands for), read once: a long
    # chunk repeats a few words ("NATO-" * 200_000 normalised "nato" 200,000 times).
    read: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
    marked = has_marks(chunk)  # else no end moves past a mark
    for word in pattern.finditer(folded):
        cursor, word_end = word.span()
        whole = (origins[cursor], origins[word_end - 1] + 1)
        raws = read.get(word.group())
        if raws is None:
            raws = read[word.group()] = _raw_tokens(word.group(), pattern, elisions, apostrophes, links,
                                                    invisibles, handles, marks, cannot, cjk)
        for raw, words, paired in raws:
            at = folded.find(raw, cursor, word_end)
            if at < 0:  # made by a contraction: "will" of "won't"
                start, end = whole
                folded_span = word.span()
            else:
                # A handle is shown without its "@", as a word without the punctuation before it.
                start, end = origins[at + raw.startswith("@")], origins[at + len(raw) - 1] + 1
                cursor = at + len(raw)
                folded_span = (at, cursor)
            if paired and at >= 0:
                # Each pair of Chinese characters (and each word between their runs) where it is written.
                found.extend((word_of(piece), origins[at + s], _past_marks(chunk, origins[at + e - 1] + 1),
                              at + s, at + e) for piece, s, e in cjk_pieces(raw))
                continue
            end = _past_marks(chunk, end) if marked else end
            found.extend((token, start, end, *folded_span) for token in words)
    if [token for token, *_ in found] == expected:
        return [(token, offset + start, offset + end) for token, start, end in _whole_words(found, folded)]
    start, end = _without_punctuation(chunk)
    return [(token, offset + start, offset + end) for token in expected]


def _raw_tokens(word: str, pattern: re.Pattern[str], elisions: re.Pattern[str] | None, apostrophes: bool,
                links: bool, invisibles: bool, handles: bool, marks: bool,
                cannot: bool, cjk: bool) -> list[tuple[str, tuple[str, ...], bool]]:
    """The raw tokens of ``word`` (a token of folded text), each with the words it stands for
    and whether ``cjk`` reads it in pairs of characters.
    Read without cannot, and each "cannot" then split: "can" and "not" are in it as written,
    but neither is a word of the text, also where an elision came off it ("qu'cannot")."""
    raws = pattern.findall(normalize(word, elisions, apostrophes, links, invisibles, handles=handles, marks=marks))
    return [(raw, tuple(map(word_of, ("can", "not") if cannot and raw == "cannot" else (raw,))),
             cjk and not raw.startswith("@") and has_cjk(raw)) for raw in raws]


def _whole_words(found: list[tuple[str, int, int, int, int]], folded: str) -> list[tuple[str, int, int]]:
    """``found``'s tokens (each with its span and the span of ``folded`` it was read from),
    those that only combining marks kept apart in the folded text each spanning all of
    them: a word whose vowel signs (Devanagari) or harakat (Arabic) the tokenizer cut it at,
    which a reader sees as one word.
    """
    if not has_marks(folded):  # no word goes on past a mark: each token keeps its own span
        return [(token, start, end) for token, start, end, *_ in found]
    spans: list[tuple[str, int, int]] = []
    first = 0
    for i in range(1, len(found) + 1):
        between = folded[found[i - 1][4]:found[i][3]] if i < len(found) else ""
        if between and all(map(is_combining_mark, between)):
            continue  # the same written word goes on
        group = found[first:i]
        start, end = min(t[1] for t in group), max(t[2] for t in group)
        spans.extend((token, start, end) for token, *_ in group)
        first = i
    return spans


def _past_marks(chunk: str, end: int) -> int:
    """``end`` moved past the combining marks that follow it in ``chunk``: a decomposed
    accent (NFD) or a vowel sign belongs to the letter before it."""
    while end < len(chunk) and is_combining_mark(chunk[end]):
        end += 1
    return end


def _without_punctuation(chunk: str) -> tuple[int, int]:
    """The span of ``chunk`` from its first to its last letter, digit or percent sign, with
    the combining marks after that (the whole of a chunk without one).

    >>> _without_punctuation("(e\u0301te),"), _without_punctuation("«ete\u0301»")
    ((1, 5), (1, 5))
    """
    kept = [i for i, char in enumerate(chunk) if _is_word_character(char)]
    return (kept[0], _past_marks(chunk, kept[-1] + 1)) if kept else (0, len(chunk))


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "%"  # "%" is a token of its own ("2 %")


@dataclass
class Explanation:
    """Contributions for one statement, which render as HTML: the text highlighted, then for
    each head the ``n`` n-grams that pushed hardest, ``"(other n-grams)"`` and
    ``"(baseline)"``, as :func:`explain` gives them (``summary``), so that what is shown adds
    up to each head's log-odds. ``table`` keeps every n-gram of every head, head by head: its
    ``"(baseline)"``, then its words, then its pairs of words, each in text order where it first
    occurs, then its NOT_ marks and its START_ feature (a model of longer n-grams has its
    triples after its pairs).
    ``prediction`` is the model's answer, and ``explained``, for an explanation of a label
    asked about, what its rows add up to (see :meth:`to_dict`).

    Its displays (HTML and plain text) show the first 2,000 characters of a longer text, and
    the HTML says under each head what the n-grams of the rest add, which no highlight shows;
    the object keeps all; the plain text ends with a legend (:data:`CONTRIBUTION_LEGEND`: what
    the numbers, the sign and the features' prefixes are), as the HTML has a caption and a key.
    ``flag`` is the prediction's (:class:`~stance.Prediction`), which
    the displays name with its reason: blank text (``"empty"``) or text of no known word
    (``"no_known_words"``) is answered by rule, and has no word to explain.
    """

    text: str
    table: pd.DataFrame
    spans: dict[str, list[tuple[int, int, float]]]
    flag: str | None = None
    n: int = 10
    prediction: Prediction | None = None
    explained: dict[str, Any] | None = None
    # Under the plain table: the model's negation words named (legend_of); None, CONTRIBUTION_LEGEND's
    legend: str | None = None
    # Whether the label heads and the stance head are softmax heads (softmax_heads): what the key and caption name
    softmax: tuple[bool, bool] = (False, False)
    # Whether the model has a stance head: the key names a stance only then
    stance_head: bool = True
    # The model's longest n-gram and whether it has NOT_ marks and START_ features: what the key says
    # a word's value shares
    ngram_max: int = 2
    negation_marks: bool = True
    opening_feature: bool = True

    # Its table compared by its values: the dataclass's == raised on it (see fields_equal).
    # Still no hash: its table can change.
    def __eq__(self, other: object) -> bool:
        from .prediction import fields_equal

        return fields_equal(self, other)

    __hash__ = None  # type: ignore[assignment]

    @cached_property
    def _characters(self) -> int:
        """The text's characters as a reader sees them, as the display's cut counts them: counted
        once, since a 1 MB text not in ASCII took 0.3 s to count, on every render."""
        return count(self.text)

    @property
    def summary(self) -> pd.DataFrame:
        """The table the displays show, :func:`explain`'s: each head's ``n`` strongest n-grams,
        ``"(other n-grams)"`` (the rest, summed) and ``"(baseline)"``."""
        return _flagged(_summarized(self.table, self.n), self.flag)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, what ``stance explain --json`` prints for the statement: ``text``,
        ``prediction`` (its :meth:`~stance.Prediction.to_dict`), ``contributions`` (the rows of
        ``summary``, each a dict of ``explains``, ``ngram``, ``feature`` and ``contribution``)
        and, explaining a label asked about, ``explained``: that ``label``, its
        ``probability``, and the ``stance`` and ``stance_probability`` the statement would get
        were it the label (None for the off-topic label, blank text or no stance head), which
        the stance rows add up to; the predicted stance belongs to the predicted label.

        >>> import stance
        >>> record = stance.default_model().explain_html("Send tanks to Kyiv.", label="unity").to_dict()
        >>> list(record), list(record["explained"])
        (['text', 'prediction', 'contributions', 'explained'], ['label', 'probability', 'stance', 'stance_probability'])
        """
        record = {"text": self.text, "prediction": None if self.prediction is None else self.prediction.to_dict(),
                  "contributions": self.summary.to_dict(orient="records")}
        if self.explained is not None:
            record["explained"] = dict(self.explained)
        return record

    def __str__(self) -> str:
        from .prediction import HTML_TEXT_LIMIT

        # The summary whole: the full table cut at pandas' display.max_rows (its first and last
        # 30 rows, head by head) left out whole heads, and what was left did not add up.
        summary = self.summary
        table = plain_table(rounded(summary), index=False) if len(summary) else NOTHING_TO_EXPLAIN
        flag = f"flag: {self.flag}: {flag_reason(self.flag)}\n" if self.flag else ""
        # what the numbers and features are, the model's own negation words named
        legend = f"\n\n{self.legend or CONTRIBUTION_LEGEND}" if len(summary) else ""
        # Our marks ("never…", a long text's "…") as "..." where print() could not write them
        # (a latin-1 or ASCII stdout); the text's own characters as they are, but those below.
        # Each control character, line break, separator or bidirectional control written as
        # Python writes it ("\x1b", "\u202e"), as the table's cells, print(doc) and `stance
        # explain` write them: an escape sequence and an override reached the terminal raw.
        text = escaped_in_place(cut(self.text, HTML_TEXT_LIMIT, marks.ellipsis()))
        # A lone surrogate ("\ud83c"), raw, could not be printed to UTF-8: escaped, as in the HTML
        return surrogates_escaped(f"{text}\n{marks.printable_marks(flag)}{table}{marks.printable_marks(legend)}")

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from .prediction import HTML_TEXT_LIMIT, NO_MATHS, WRAP_ANYWHERE, accessible_table

        # The start of a long text, as a Prediction shows it: a whole article went into the
        # notebook highlighted word by word (1.4 MB of HTML for 100,000 characters).
        whole = cut(self.text, HTML_TEXT_LIMIT) == self.text
        shown = self.text if whole else first(self.text, HTML_TEXT_LIMIT - 1)  # and the ellipsis after it
        # The characters shown and all the text's, as a reader sees them, as the cut counts them
        # (a flag one, not two code points): counted once, a long text's for every head.
        characters = (0, 0) if whole else (count(shown), self._characters)
        # dir=auto: a right-to-left statement keeps its own direction, and a long word (a URL)
        # wraps, as a Prediction's quote does.
        # Each head's name a heading, for a screen reader's list of them (it was bold text).
        # Each word's value as in the whole text: a pair crossing the cut shared between its
        # visible word and (rest of the text).
        visible = {head: _visible_weights(self.text, spans, len(shown)) for head, spans in self.spans.items()}
        parts = [
            f"<h4 style='margin:0.6em 0 0.2em'>{head_html(head)}</h4><p style='{WRAP_ANYWHERE}'><span dir='auto'>"
            f"{highlight_html(shown, spans, visible[head])}{'' if whole else '…'}</span></p>"
            + ("" if whole else self._rest_html(head, visible[head], characters))
            for head, spans in self.spans.items()
        ]
        # index=False: its row headers were pandas' 0, 1, 2, a name for no row, read before each one;
        # a row is named by what it explains and its n-gram instead, the cells up to "ngram".
        # No rows (blank text): the sentence str() prints, where an empty captioned table read as one that failed.
        summary = self.summary
        naming = list(summary.columns).index("ngram") + 1 if "ngram" in summary.columns else 0
        table = (accessible_table(rounded(summary).to_html(index=False), summary_caption(self.softmax), naming)
                 if len(summary) else f"<p>{html.escape(NOTHING_TO_EXPLAIN)}</p>")
        meaning = (f"{highlight_key(self.stance_head, self.ngram_max, self.negation_marks, self.opening_feature)} "
                   f"{contribution_meaning(self.softmax)}")
        key = f"<p style='font-size:smaller'>{meaning}</p>" if parts else ""
        # With no word highlighted (none known), the text as it is, as a Prediction quotes it.
        plain = (f"<p style='{WRAP_ANYWHERE}'><span dir='auto'>{_with_line_breaks(shown)}"
                 f"{'' if whole else '…'}</span></p>" if not parts and not is_blank(shown) else "")
        # Why there is nothing (or little) to explain, as the Prediction's HTML gives its flag.
        flag = (f"<p>flag: <b>{html.escape(self.flag)}</b>: {html.escape(flag_reason(self.flag))}</p>"
                if self.flag else "")
        # A lone surrogate in the text ("\ud83c", half an emoji) or a term, raw, made HTML that
        # UTF-8 cannot encode: a notebook could neither show nor save it; so a control character.
        return html_shown(f"<div class='stance-explanation {NO_MATHS}'>" + plain + flag + key + "".join(parts)
                                  + table + "</div>")

    def _rest_html(self, head: str, visible: dict[tuple[int, int], float], characters: tuple[int, int]) -> str:
        """What the n-grams past the highlighted start add to ``head``, said under it (``visible``:
        the shown words' values; ``characters``: those shown and the text's, as a reader sees them):
        the hover values there and the baseline fell short of the head's total, with nothing
        on screen to say why."""
        rows = self.table[self.table.explains == head]
        baseline = float(rows.contribution[rows.feature == BASELINE].sum())
        total = float(rows.contribution.sum())
        highlighted = sum(visible.values())
        return (f"<p style='font-size:smaller'>Only the first {characters[0]:,} of the text's {characters[1]:,} "
                f"characters are highlighted. {REST} {signed(total - baseline - highlighted)}, the highlighted "
                f"words' values {signed(highlighted)} and {BASELINE} {signed(baseline)} add up to {signed(total)}, "
                f"this head's total, as its rows in the table do.</p>")


def head_html(head: str) -> str:
    """A head's name (``"label: unity"``, ``"stance: favor"``, ``"stance were unity the label:
    favor"``) as HTML, each label name and stance value in it isolated (see
    :func:`stance.prediction.isolated`): a right-to-left name ran into the words around it.

    >>> head_html("stance were a&b the label: favor")
    'stance were <bdi>a&amp;b</bdi> the label: <bdi>favor</bdi>'
    """
    from .prediction import isolated

    if head.startswith(_WERE) and _THE_LABEL in head:
        label, stance = head[len(_WERE):].rsplit(_THE_LABEL, 1)
        return f"{_WERE}{isolated(label)}{_THE_LABEL}{isolated(stance)}"
    kind, _, name = head.partition(": ")
    return f"{html.escape(kind)}: {isolated(name)}"


# The words around the label and stance of a head of the stance under a label asked about.
_WERE, _THE_LABEL = "stance were ", " the label: "


def signed(value: float) -> str:
    """``value`` to 3 decimals with its sign, but a value that rounds to zero unsigned: a
    screen reader read "-0.000" out as a push away that was none.

    >>> signed(0.25), signed(-1.0), signed(-0.0004), signed(0.0004)
    ('+0.250', '-1.000', '0.000', '0.000')
    """
    return f"{value:+.3f}" if round(value, 3) else "0.000"


def rounded(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its numbers rounded to 3 decimals, as explanations show them, and each
    that rounds to zero a plain 0.0: pandas printed a tiny negative one as "-0.000".

    >>> import pandas as pd
    >>> rounded(pd.DataFrame({"ngram": ["to", "air"], "contribution": [-0.0004, 0.61249]})).contribution.tolist()
    [0.0, 0.612]
    """
    shown = table.round(3)
    for column in shown.select_dtypes(include="number").columns:
        shown[column] = shown[column].mask(shown[column] == 0, 0.0)  # -0.0 == 0: made +0.0
    return shown


def flag_reason(flag: str) -> str:
    """Why a prediction has ``flag``, as an explanation says it.

    >>> flag_reason("empty")
    'blank text has no word to explain: its answer is given by rule'
    """
    from .prediction import KNOWN_WORDS_SHARE

    return {
        "empty": "blank text has no word to explain: its answer is given by rule",
        "no_known_words": "no word of it is in the model's vocabulary: its answer, the same for all such text, "
                          "is given by rule, not by any word",
        "many_unknown_words": f"fewer than {KNOWN_WORDS_SHARE:.0%} of its words are in the model's vocabulary: "
                              f"its answer rests on the few that are",
    }.get(flag, "")


# What an explanation's highlights mean, said above them: the shade alone was lost on a
# colour-blind reader, and the value was only in a tooltip.
# A fact-checker read a red word under "stance: against" as one for `against`: the key says
# that the colours are towards and away from what the heading names. The negation marks are
# named since a word between a negation and the word it marks holds a share of the mark.
def highlight_key(stance: bool = True, ngram_max: int = 2, negation: bool = True, opening: bool = True) -> str:
    """The key above the highlights; ``stance``: the model has a stance head, named only then;
    ``ngram_max`` and ``negation``: the longest n-gram of the model's features and whether it has
    NOT_ marks, whose shares a word's value holds (a model of triples was told of pairs alone);
    ``opening``: it has START_ features, which the first word's value under a stance holds whole.

    >>> "share of each n-gram of two or three words it is part of, and of each negation" in highlight_key(ngram_max=3)
    True
    >>> single = highlight_key(ngram_max=1, negation=False, opening=False)
    >>> "contribution, shared equally among the places it is written, so" in single
    True
    >>> "the first word's value also holds the START_ feature" in highlight_key(), "START_" in single
    (True, False)
    """
    named = "the label, or that stance" if stance else "the label"
    shares = []
    if ngram_max == 2:
        shares.append("each word pair it is part of")
    elif ngram_max > 2:
        longest = {3: "three", 4: "four", 5: "five"}.get(ngram_max, str(ngram_max))
        shares.append(f"each n-gram of two{' or' if ngram_max == 3 else ' to'} {longest} words it is part of")
    if negation:
        shares.append("each negation mark (NOT_…, from the negation to the word it marks) it lies in")
    # a word's value with no pair or mark to share still differs from its row where it is written twice
    shared = (f" plus an equal share of {', and of '.join(shares)}" if shares else
              ", shared equally among the places it is written")
    # Under a stance the first word also holds the whole START_ feature, which can all but undo its
    # own row: the bundled model's "Deterrence keeps the alliance safe." hovered "Deterrence +0.008"
    # beside the rows deterr +1.866 and START_deterr -1.674, and the key named no START_.
    if opening and stance:
        shared += (f" (under a stance, the first word's value also holds the {OPENING_PREFIX} feature: the "
                   "statement opens with it)")
    return (f"Each word is shaded by how far it pushes towards what the heading below names ({named}), the "
            "darker the further: green, with a solid underline, towards it; red, with a dotted underline, away "
            f"from it. Hover for its value: its own contribution{shared}, so it can "
            "differ from the word's row in the table. A word whose value rounds to 0.000 is left unshaded: it "
            "pushes neither way.")


def softmax_heads(params) -> tuple[bool, bool]:
    """Whether ``params``' label heads and its stance head are softmax heads: a softmax head's
    total is a score that a softmax over the head's values turns into probabilities, no
    log-odds; a one-vs-rest label's and a two-value stance's is log-odds, through a sigmoid.

    A model with no stance head gets its label heads' kind for both, so a legend names only the
    heads it has, not "log-odds for the stance" of a stance head it lacks.
    """
    labels = params.target_link == "softmax"
    if not params.has_stance:
        return labels, labels
    return labels, bool(params.stance_intercept.shape[0] > 1)


SIGMOID_TOTAL = "log-odds (which a sigmoid turns into the head's probability)"
SOFTMAX_TOTAL = "score (no log-odds: the scores a softmax over the values turns into probabilities)"


def _head_totals(softmax: tuple[bool, bool]) -> str:
    """What a head's rows add up to, as a legend says it: each kind of head's own, where the
    label heads and the stance head differ (one-vs-rest labels and a stance of three values)."""
    labels, stance = softmax
    if labels == stance:
        return SOFTMAX_TOTAL if labels else SIGMOID_TOTAL
    named = {True: SOFTMAX_TOTAL, False: SIGMOID_TOTAL}
    return f"total, a label's {named[labels]}, the stance's {named[stance]}"


def contribution_meaning(softmax: tuple[bool, bool] = (False, False)) -> str:
    """What a contribution is and is not, for a model whose label and stance heads are softmax
    heads or not (:func:`softmax_heads`).

    >>> "sigmoid" in contribution_meaning() and "softmax" not in contribution_meaning()
    True
    """
    totals = _head_totals(softmax)
    them = "them" if totals == SIGMOID_TOTAL else "it"  # the bundled model's words, as they were
    return (f"A contribution is the n-gram's share of its head's {totals} as the text stands, and a "
            f"head's rows add up to {them}; deleting a word also changes its neighbours' n-grams and the other words' "
            "weights, so the score after deleting it can move less than its share, or otherwise.")


# What a contribution is and is not, said wherever contributions are shown (the README, explain's docstring, the
# HTML's key, `stance explain --help`): an audit read them as "which words pushed which way, and how hard", the
# change deleting each word would make, where deleting "forward", ranked first at +1.28, barely moved its label.
# The bundled model's (one-vs-rest labels, a two-value stance: log-odds, through a sigmoid).
CONTRIBUTION_MEANING = contribution_meaning()
# What `stance explain --help` adds, for a model it has not read: the other kind of head.
SOFTMAX_NOTE = (f"For a softmax head (target_head=\"softmax\", or a stance of three values or more) the total is a "
                f"{SOFTMAX_TOTAL}; the legend under the tables says which each head's is.")


# What a plain table's numbers and features mean, printed under it (str() of an Explanation, `stance explain`)
# and in `stance explain --help`: the notebook's HTML has a caption and a key, the plain text had nothing, so
# "deterr 2.153" above "START_deterr -2.151" said neither what the numbers were nor what "START_" was.
def contribution_legend(negation_words: Sequence[str] = ("not", "never"),
                        softmax: tuple[bool, bool] = (False, False), stance: bool = True, *,
                        stemmed: bool = True, opening: bool = True, negation: bool = True) -> str:
    """The legend under a plain table, naming the first two of the ``negation_words`` a model
    marks after: a German model's "(nicht, kein…)", not English's "(not, never…)"; and what the
    heads' totals are, log-odds or a softmax's scores (``softmax``: see :func:`softmax_heads`).
    ``stance``: the model has a stance head, which the legend names only then; ``stemmed``,
    ``opening`` and ``negation``: its features are stemmed, and it has START_ and NOT_ features,
    which the legend says only then (a model of ``stem=False`` was said to stem its features).

    >>> "(nicht, kein…)" in contribution_legend(("nicht", "kein", "keine"))
    True
    >>> legend = " ".join(contribution_legend(stemmed=False, opening=False, negation=False).split())
    >>> legend[legend.index("feature:"):legend.index(" A contribution")]
    'feature: the n-gram as the model reads it, lower-cased, not stemmed.'
    """
    named = ", ".join(negation_words[:2]) + ("…" if len(negation_words) > 1 else "")
    features = ["feature: the n-gram, stemmed" if stemmed else
                "feature: the n-gram as the model reads it, lower-cased, not stemmed"]
    if opening:
        features.append(f"{OPENING_PREFIX}x: the statement opens with x")
    if negation:
        features.append(f"{NOT_PREFIX}x: x is one of the {NEGATION_SCOPE} words after a negation ({named})")
    return "\n".join(textwrap.wrap(
        f"contribution: {_unit(softmax)}, + towards the row's label{' (or stance)' if stance else ''}, - away from it; "
        f"(baseline): where the head starts before any word. {'; '.join(features)}. {contribution_meaning(softmax)}",
        width=100, break_on_hyphens=False))  # "log-odds" whole, never "no log-" at a line's end and "odds" on the next


def _unit(softmax: tuple[bool, bool]) -> str:
    """What a legend's contributions are in: the bundled model's "in log-odds", as it was."""
    labels, stance = softmax
    if labels == stance:
        return "in the head's score" if labels else "in log-odds"
    sigmoid_head, softmax_head = ("the stance", "a label") if labels else ("a label", "the stance")
    return f"in log-odds for {sigmoid_head}, in score for {softmax_head}"


# An English model's and the bundled one's legend, and `stance explain --help`'s.
CONTRIBUTION_LEGEND = contribution_legend()


def legend_of(model) -> str:
    """The legend under ``model``'s plain tables: :data:`CONTRIBUTION_LEGEND`, but for a model that marks
    after another language's negation words or the user's, those words, as ``stance info`` names them."""
    marks = forksafe.imported(".info").negation_marks(model.params_, model.fitted_options_)
    softmax, stance = softmax_heads(model.params_), model.params_.has_stance
    # What its features are: a model of stem=False, or with no START_ or NOT_ features, was told
    # the bundled model's "feature: the n-gram, stemmed; START_x…; NOT_x…".
    analyzer = model.params_.analyzer_options
    made = {"stemmed": bool(analyzer.get("stem", True)), "opening": bool(analyzer.get("opening")),
            "negation": marks is not None}
    if marks is None or not marks["words"] or marks["language"] == "english":  # no NOT_ marks, or English's
        return contribution_legend(softmax=softmax, stance=stance, **made)
    return contribution_legend(marks["words"], softmax, stance, **made)


# What a plain explanation of blank text says where a table would be: `stance explain "   "` and
# str() of its Explanation alike (pandas' "Empty DataFrame / Columns: [...] / Index: []" was no answer).
NOTHING_TO_EXPLAIN = "(nothing to explain: blank text)"


# What an explanation's table is, for a screen reader (its <caption>).
def summary_caption(softmax: tuple[bool, bool] = (False, False)) -> str:
    """The table's caption, naming what a head's rows add up to (see :func:`softmax_heads`)."""
    return ("The n-grams that pushed hardest, for each head, with the rest and the baseline: "
            f"their contributions add up to the head's {_head_totals(softmax)}")


# The push (in log-odds) shaded darkest in a text whose words all push less.
FULL_SHADE = 1.0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end of ``text[start:end]``."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def highlight_html(text: str, spans: list[tuple[int, int, float]],
                   weights: dict[tuple[int, int], float] | None = None) -> str:
    """``text`` as HTML with each ``(start, end, weight)`` span shaded (green +, red -),
    underlined by its sign (solid +, dotted -), the word and its weight in ``title``, which
    is both the mouse's tooltip and a screen reader's name for it; a word whose weight rounds
    to 0.000 is left plain.

    Spans may overlap (a word pair and its words): each span's weight is shared equally
    among the words it covers, and a word is shaded by the sum of its shares, so that a
    pair such as "is not" colours its words rather than vanishing.

    >>> highlight_html("not alone", [(0, 3, -1.0), (0, 9, 4.0)]).count("<span")  # "not" +1, "alone" +2
    2
    >>> "> alone<" in highlight_html("not alone", [(0, 3, -1.0), (0, 9, 4.0)])  # spaces stay unshaded
    False
    >>> highlight_html("to", [(0, 2, -0.0004)])  # rounds to 0.000: no push to show
    'to'
    >>> print(highlight_html("alone", [(0, 5, -1.0)]).replace("style", "\\nstyle"))
    <span role='img' title='alone -1.000'
    style='background:#e16b76;color:#000;text-decoration:underline dotted'>alone</span>

    ``weights``, given, are the words' values (:func:`_visible_weights`, of a text's start),
    where ``spans`` would share an n-gram among the visible words alone.
    """
    # A word whose value rounds to 0.000 pushes neither way as far as the reader can tell: shaded
    # and underlined, its "-0.000" was read out as a push away.
    given = word_weights(text, spans) if weights is None else weights
    weights = {piece: weight for piece, weight in given.items() if round(weight, 3)}
    # Full shade at the text's largest value, or at FULL_SHADE when that is less: relative to
    # the largest alone, "x x x" (+0.065 each) was as dark as a word that decides an answer.
    largest = max([FULL_SHADE, *(abs(w) for w in weights.values())])
    out, cursor = [], 0
    for (start, end), weight in weights.items():
        out.append(_with_line_breaks(text[cursor:start]))
        alpha = 0.15 + 0.6 * abs(weight) / largest
        colour = _shade(TOWARDS if weight > 0 else AWAY, alpha)
        # The sign in the underline's style as well as the colour; the value for a screen reader,
        # which names only an element whose role may be named (an img, not a bare span). Named by
        # its title alone: an img's name is its title when nothing else names it (accname step
        # 2I), and a title that is the name is not read again as its description, where beside
        # an aria-label ('alone -1.000') the title ('-1.000') was, the value heard twice. The
        # title is kept, not dropped for the aria-label, as the tooltip a mouse reads it by.
        line = "" if weight > 0 else " dotted"  # solid, the default, for +
        word = html.escape(text[start:end])
        out.append(f"<span role='img' title='{word} {weight:+.3f}' "
                   f"style='background:{colour};color:{HIGHLIGHT_TEXT};text-decoration:underline{line}'>"
                   f"{_with_line_breaks(text[start:end])}</span>")
        cursor = end
    out.append(_with_line_breaks(text[cursor:]))
    return "".join(out)


# The shades of a word pushing towards and away, mixed with white by the word's weight into
# an opaque colour, and the highlighted word's text colour. A translucent shade (rgba) with
# the theme's own text colour took on the page's colour: on a dark theme's page the
# strongest green was a dark green under light text, 3.1:1 in VS Code's dark theme (WCAG AA
# asks 4.5:1). Opaque, with black text, each highlight reads the same on any page: 8.6:1 on
# the strongest green, 6.4:1 on the strongest red, more on every lighter shade.
TOWARDS = (46, 160, 67)
AWAY = (215, 58, 73)
HIGHLIGHT_TEXT = "#000"


def _shade(colour: tuple[int, int, int], alpha: float) -> str:
    """``colour`` at opacity ``alpha`` over white, as an opaque ``#rrggbb``.

    >>> _shade(TOWARDS, 0.75), _shade(AWAY, 0.15)
    ('#62b872', '#f9e1e4')
    """
    return "#" + "".join(f"{round(alpha * c + (1 - alpha) * 255):02x}" for c in colour)


def word_weights(text: str, spans: list[tuple[int, int, float]]) -> dict[tuple[int, int], float]:
    """The value :func:`highlight_html` gives each piece of ``text`` with a word in it (its
    ``(start, end)``): the sum of an equal share of each span's weight that covers it.

    >>> word_weights("not alone", [(0, 3, -1.0), (0, 9, 4.0)])
    {(0, 3): 1.0, (4, 9): 2.0}
    """
    from bisect import bisect_left, bisect_right

    bounds = sorted({0, len(text), *(b for s, e, _ in spans for b in (s, e))})
    # Only pieces with a word in them: the "-" or "“, " between the words of a pair stays unshaded.
    pieces = [_trimmed(text, a, b) for a, b in zip(bounds, bounds[1:])
              if any(map(_is_word_character, text[a:b]))]
    starts, ends = [a for a, _ in pieces], [b for _, b in pieces]
    weights = dict.fromkeys(pieces, 0.0)
    for start, end, weight in spans:
        covered = pieces[bisect_left(starts, start):bisect_right(ends, end)]  # the pieces inside the span
        for piece in covered:
            weights[piece] += weight / len(covered)
    return weights


# Every line break str.splitlines ends a line at, as the command line counts lines: beside
# "\r\n", "\r" and "\n", a line or paragraph separator (U+2028, U+2029), NEL (U+0085), a
# vertical tab, a form feed and the file, group and record separators.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _with_line_breaks(text: str) -> str:
    """``text`` escaped as HTML, each line break a ``<br>``: HTML reads one as a space, and a
    statement of several lines ran together in one.

    >>> _with_line_breaks("a < b\\r\\nc\\u2028d")
    'a &lt; b<br>c<br>d'
    """
    return _LINE_BREAK.sub("<br>", html.escape(text))


def plain_table(table: pd.DataFrame, **options: Any) -> str:
    r"""``table.to_string(**options)`` with nothing in its text a terminal acts on or
    ``str.splitlines`` ends a line at: each control character, line separator or bidirectional
    control of its cells, row names and column names written as Python writes it (``\u2028``,
    ``\x1b``; see :func:`stance.text.escaped_in_place`), and so each lone surrogate (``\udce9``,
    which UTF-8 cannot encode). pandas escapes "\n", "\r" and "\t" itself, but no other: an
    n-gram across a line separator ("two Line") split its row over two lines, and a label a
    model's metadata.json named with an escape in it reached the terminal raw from a table of
    labels, as it no longer does from ``stance classify``. Where a name or a cell holds a
    character a terminal gives two columns (Chinese, Japanese, Korean), the columns are lined
    up by pandas' ``display.unicode.east_asian_width``, so that they stay under their headers.

    >>> import pandas as pd
    >>> print(plain_table(pd.DataFrame({"ngram": ["two\u2028Line", "a\x85b"], "contribution": [0.5, 1.0]}),
    ...                   index=False))
          ngram  contribution
    two\u2028Line           0.5
          a\x85b           1.0
    >>> print(plain_table(pd.DataFrame({"f1": [0.5]}, index=pd.Index(["gas\x1b[7m"], name="label"))))
                   f1
    label
    gas\x1b[7m    0.5
    """
    pd = forksafe.imported("pandas")
    from .text import escaped_in_place

    def escaped(value: Any) -> Any:
        # A lone surrogate too ("M\udce9nard", a group a JSONL file named): a row name renamed
        # so became an Arrow string, which refused it, and print() would have refused it after.
        return surrogates_escaped(escaped_in_place(value)) if isinstance(value, str) else value

    shown = table.copy()
    for column in shown.select_dtypes(exclude="number").columns:
        cells = [escaped(cell) for cell in shown[column]]
        if cells != shown[column].tolist():  # only then: a column of dates or categories prints as its own
            # object, as the table's own: an Arrow string column refuses a lone surrogate.
            shown[column] = pd.Series(cells, index=shown.index, dtype=np.dtype(object))
    # Row and column names too (every level of a MultiIndex): a table of labels, metrics named
    # after stance values, groups.
    for axis in ("index", "columns"):
        names = getattr(shown, axis)
        renamed = names.set_names([escaped(name) for name in names.names]) if names.nlevels > 1 else (
            names.rename(escaped(names.name)))
        setattr(shown, axis, renamed)
    # Renamed only where a name needs escaping: pandas 2.0's rename() of a MultiIndex one of whose
    # levels holds tuples (documents named by tuples) raised NotImplementedError, and newer pandas
    # drops that index's level names.
    for axis in ("index", "columns"):
        labels = getattr(shown, axis)
        values = (value for level in labels.levels for value in level) if labels.nlevels > 1 else labels.unique()
        if any(isinstance(value, str) and escaped(value) != value for value in values):
            renamed = shown.rename(**{axis: escaped})
            after = getattr(renamed, axis)
            if after.nlevels == labels.nlevels and list(after.names) != list(labels.names):
                setattr(renamed, axis, after.set_names(labels.names))
            shown = renamed
    # Columns counted as a terminal shows them where a name or a cell holds a Chinese, Japanese
    # or Korean character, two columns wide: counted as one, its row was pushed right of its
    # header. Only then: pandas' count of each character's width made a large table 5 times slower.
    from .graphemes import holds_wide

    names = [*shown.index.names, *shown.columns.names]
    for axis in (shown.index, shown.columns):
        names += [value for level in axis.levels for value in level] if axis.nlevels > 1 else list(axis.unique())
    cells = (cell for column in shown.select_dtypes(exclude="number").columns for cell in shown[column])
    wide = any(isinstance(value, str) and holds_wide(value) for value in (*names, *cells))
    with pd.option_context("display.unicode.east_asian_width", wide):
        return shown.to_string(**options)


def _visible_weights(text: str, spans: list[tuple[int, int, float]], length: int) -> dict[tuple[int, int], float]:
    """The value of each word of ``text``'s first ``length`` characters, as in the whole text
    (:func:`word_weights`): a pair or a negation mark reaching past them is shared equally among
    its words, as the key says, the visible ones keeping their shares and the cut-off ones' going
    to the rest of the text. A word the cut splits is left out, its shares the rest's too.

    Only the spans near the cut are read: all bounds up to the end of the last span starting
    before ``length`` fix every share a visible word gets, and a long text's other spans
    cost nothing.

    >>> _visible_weights("not abandon allies", [(0, 3, 1.0), (0, 11, 2.0), (12, 18, 3.0)], 6)
    {(0, 3): 2.0}
    """
    reach = max([length, *(end for start, end, _ in spans if start < length)])
    near = [(start, min(end, reach), weight) for start, end, weight in spans if start < reach]
    return {(start, end): weight for (start, end), weight in word_weights(text[:reach], near).items()
            if end <= length}


def contributions(model, text: str, label: str | None = None, n: int = 10, *,
                  highlights: bool = True) -> Explanation:
    """Contributions of every term to each predicted label and to the predicted stance.

    With ``label``, to that label's head instead, predicted or not ("why not unity?"), and
    to the stance the statement would get were that its label (named so: ``"stance were
    unity the label: against"``, which :func:`stance_under` gives with its probability). Blank text is the
    off-topic label by rule, not by any term: its explanation is empty. ``n`` is the number
    of n-grams per head its displays list (its ``summary``, :func:`explain`'s table).
    Without ``highlights`` the object's ``spans`` are left empty: its tables are all that
    :func:`explain` needs, and their cost grows with the text's distinct n-grams.
    """
    explanation = unwarned_contributions(model, text, label, n, highlights=highlights)
    _warn_of_spreadsheet_error(explanation.text)
    return explanation


def unwarned_contributions(model, text: str, label: str | None = None, n: int = 10, *,
                           highlights: bool = True) -> Explanation:
    """:func:`contributions` without its warning of a text that is a spreadsheet's error value:
    for ``stance explain``, which names such a statement as ``stance classify`` does
    ("statement 2", "line 7 of stdin")."""
    from .model import refuse_not_one_text

    _check_n(n)
    model = model._pinned()  # the prediction and the weights explained are one model's
    if label is not None:
        _refuse_count_as_label(label, model.params_.labels, n)
        label = known_label(label, model.params_.labels, bundled_remedy(model), model.params_.stance_classes)
    refuse_not_one_text(text, "explain")
    # A subclass of str as the plain str it equals, as explain reads it: markupsafe's Markup
    # escaped its own HTML a second time (a review).
    text = plain_str(text)
    rows, spans, prediction, flag, explained = _contributions(model, text, label, highlights)
    analyzer = model.params_.analysis_options  # ngram_max as long as the vocabulary's n-grams are, as read
    return Explanation(text, _table(rows), spans, flag, n, prediction, explained, legend_of(model),
                       softmax_heads(model.params_), model.params_.has_stance, int(analyzer.get("ngram_max", 2)),
                       bool(analyzer.get("negation")), bool(analyzer.get("opening")))


def _refuse_count_as_label(label: Any, labels: Sequence[str], n: int = 10) -> None:
    """Refuse a count given as ``label`` where label comes before n (``explain_html(text, 5)``,
    ``contributions(model, text, 5)``): meant as n, as :func:`explain` orders them, it is told
    so as ``stance.explain(text, 5)`` is. Not a count that names a label as str (a code, '5'),
    which :func:`known_label` tells to pass as label='5', nor one given beside an n of its own
    (``label=5, n=3``), nor one that is no n (0, -3), nor of a model whose labels are codes,
    where a count is likelier a code mistyped (a review): those are told the labels as before.

    >>> _refuse_count_as_label(5, ("none", "unity"))
    Traceback (most recent call last):
    ...
    stance.exceptions.LabelTypeError: label 5 is not one of the model's labels ['none', 'unity']: label comes
    before n here: give the number of n-grams as n=5
    """
    from .api import _a_count
    from .exceptions import LabelTypeError, quoted, quoted_list
    from .names import _label_name

    codes = any(name.isdigit() for name in labels)
    if _a_count(label) and int(label) >= 1 and n == 10 and not codes and _label_name(label) not in labels:
        raise LabelTypeError(f"label {quoted(label)} is not one of the model's labels {quoted_list(labels)}: "
                             f"label comes before n here: give the number of n-grams as n={int(label)}")


def _contributions(model, text: str, label: str | None, highlights: bool,
                   known: dict[str, list[tuple[str, int, int]]] | None = None) -> tuple[
        list[dict[str, Any]], dict[str, list[tuple[int, int, float]]], Prediction, str | None, dict[str, Any] | None]:
    """What :func:`contributions` explains a str ``text`` with, checked and of a pinned
    model: the rows of every n-gram of every head (dicts of the table's columns), the
    highlights, the prediction, its flag and what ``label``'s rows add up to. Rows, not a
    table, so that :func:`explain_many` builds one table of many texts' summaries; ``known``,
    the chunks its texts have read so far with this model (see :func:`_surface_terms`)."""
    params = model.params_
    rows: list[dict[str, Any]] = []
    spans: dict[str, list[tuple[int, int, float]]] = {}
    prediction = model._classify(text)  # unwarned: explain_many would warn of each row
    if is_blank(text):
        return rows, spans, prediction, "empty", None if label is None else _explained(label, prediction, None)
    options = params.analysis_options  # the n-grams a feature can be, as a prediction reads them
    terms = _surface_terms(text, options["ngram_max"], options["stem"], options.get("negation", False),
                           options.get("opening", False), options.get("apostrophes", False),
                           options.get("links", False), options.get("spelling", False),
                           options.get("invisibles", False), options.get("cannot", False),
                           options.get("handles", False), options.get("marks", False),
                           options.get("cjk", False), options.get("negation_words"),
                           options.get("lookalikes", False), options.get("names", False), known)
    index = params.vocabulary_index
    present = (occurrence for occurrence in terms if occurrence[0] in index)
    if highlights:
        present = list(present)
    columns, values, norm = _vector(text, model)
    value_of = dict(zip(columns.tolist(), values.tolist()))
    # A repeated n-gram is one feature, counted once, its row's words where it first occurs:
    # the rows are one per distinct n-gram, and only the highlights (``spans``) are one per
    # occurrence, each with its share, so that they add up to the table (each had been shown
    # the whole). explain() wants no highlights: its cost then grows with the distinct n-grams.
    first_at: dict[str, tuple[int, int]] = {}
    for term, s, e in present:
        first_at.setdefault(term, (s, e))
    occurrences = Counter(term for term, _, _ in present) if highlights else {}

    def add(key: str, contribution_of: dict[str, float]) -> None:
        for term, contribution in contribution_of.items():
            start, end = first_at[term]
            rows.append({"explains": key, "ngram": text[start:end], "feature": term, "contribution": contribution})
        if highlights and contribution_of:  # a head of no n-gram has no highlight, as a text of no known word
            spans[key] = [(start, end, contribution_of[term] / occurrences[term]) for term, start, end in present
                          if term in contribution_of]

    labels = prediction.labels if label is None else (label,)
    read_by_labels = [term for term in first_at if params.label_columns is None or params.label_columns[index[term]]]
    length = label_length(columns, values, params, norm)  # with the length_floor, if any: what the heads read
    softmax = softmax_heads(params)
    intercepts = _centred(params.target_intercept, softmax[0])
    coef = _centred(params.target_coef[[index[term] for term in read_by_labels]], softmax[0])  # a row a term
    for head in labels:
        j = params.labels.index(head)
        key = f"label: {head}"
        rows.append(_baseline(key, float(intercepts[j])))
        add(key, {term: value_of[index[term]] * weight / length
                  for term, weight in zip(read_by_labels, coef[:, j].tolist())})
    primary = params.labels.index(labels[0])
    stance = prediction.stance if label is None else _stance_under(params, columns, values, primary)
    if stance is not None and params.has_stance:
        # Under another label the stance is not the one predicted: the head's name says whose.
        key = f"stance: {stance}" if label is None else f"stance were {label} the label: {stance}"
        sign = _stance_sign(params, stance)
        value = 0 if params.stance_intercept.shape[0] == 1 else params.stance_classes.index(stance)
        bias = _centred(params.stance_intercept + params.stance_label_bias[primary], softmax[1])
        rows.append(_baseline(key, sign * float(bias[value])))
        # As the label heads' rows leave out the stance cues: the stance head reads no n-gram of stance_ignores.
        read_by_stance = _read_by_stance(model, list(first_at))
        at = [index[term] for term in read_by_stance]
        weights = _centred(params.stance_shared[at] + params.stance_by_label[primary, at], softmax[1])[:, value]
        add(key, {term: sign * value_of[index[term]] * weight
                  for term, weight in zip(read_by_stance, weights.tolist())})
    explained = None
    if label is not None:
        under = None if stance is None else (
            stance, float(stance_one(columns, values, params, primary)[params.stance_classes.index(stance)]))
        explained = _explained(label, prediction, under)
    return rows, spans, prediction, prediction.flag, explained


def _read_by_stance(model, terms: list[str]) -> list[str]:
    """The features of ``terms`` the stance head of ``model`` reads: all but those holding a
    word of the ``stance_ignores`` it was fitted with, whose weights training left at 0 (see
    :func:`stance.training._stance_features`)."""
    from .parameters import ignored_columns

    words = (model.__dict__.get("fitted_options_") or {}).get("stance_ignores")
    if not words or check_stance_ignores(words):  # none, or an edited file's that no fit took
        return terms
    ignored = ignored_columns(terms, words, model.params_.analyzer_options)
    return [term for term, out in zip(terms, ignored.tolist()) if not out]


def _centred(weights: np.ndarray, softmax: bool) -> np.ndarray:
    """A head's ``weights`` (or intercepts), one per value along the last axis; for a
    ``softmax`` head less their mean over the values. A softmax gives the same of scores less
    any constant, but the fitted weights are not centred (the solver stops within its
    tolerance; a saved model keeps float32): uncentred, a head's contributions missed ``log p``
    minus the mean of ``log p`` by up to 4e-8, and its values' scores did not sum to 0.

    >>> _centred(np.array([[1.0, 2.0, 6.0]]), softmax=True).tolist(), _centred(np.array([1.0, 2.0]), softmax=False)
    ([[-2.0, -1.0, 3.0]], array([1., 2.]))
    """
    return weights - weights.mean(axis=-1, keepdims=True) if softmax else weights


def _explained(label: str, prediction: Prediction, under: tuple[str, float] | None) -> dict[str, Any]:
    """What the rows of ``label``'s explanation add up to: its probability, and the stance
    ``under`` it (:func:`stance_under`), not the predicted label's, which the prediction holds."""
    return {"label": label, "probability": prediction.scores.get(label, 0.0),
            "stance": None if under is None else under[0],
            "stance_probability": None if under is None else under[1]}


def _table(rows: list[dict[str, Any]], **more: Any) -> pd.DataFrame:
    """The table of contribution ``rows``, with the columns ``more`` after them."""
    pd = forksafe.imported("pandas")

    # object columns: pandas' Arrow strings would refuse text that is not valid UTF-8 (a
    # lone surrogate), which classify() accepts. numpy's dtypes, not float and object:
    # pandas_dtype(float) enters catch_warnings, which clears every module's registry of
    # warnings given, so a "once" warning came on every call (a service's audit).
    return pd.DataFrame({
        **{name: pd.Series([row[name] for row in rows],
                           dtype=np.dtype(np.float64 if name == "contribution" else object))
           for name in ("explains", "ngram", "feature", "contribution")},
        **more,
    })


def stance_under(model, text: str, label: str) -> tuple[str, float] | None:
    """The stance ``text`` would get were ``label`` its primary label, with its probability;
    None for the off-topic label, blank text or a model without a stance head.

    What the stance rows of ``explain(text, label=label)`` add up to, so that a reader can
    check them (the predicted stance belongs to the predicted label, not to ``label``).
    """
    model = model._pinned()
    params = model.params_
    if not isinstance(text, str) or is_blank(text):
        return None
    columns, values, _ = _vector(text, model)
    primary = params.labels.index(known_label(label, params.labels, bundled_remedy(model), params.stance_classes))
    stance = _stance_under(params, columns, values, primary)
    if stance is None:
        return None
    probabilities = stance_one(columns, values, params, primary)
    return stance, float(probabilities[params.stance_classes.index(stance)])


def _stance_under(params, columns, values, primary: int) -> str | None:
    """The stance a statement would get were ``primary`` its label (None for the off-topic one)."""
    if not params.has_stance or params.labels[primary] == params.none_label:
        return None
    return params.stance_classes[int(np.argmax(stance_one(columns, values, params, primary)))]


def _baseline(key: str, value: float) -> dict[str, Any]:
    """The head's starting point before any word: its intercept (and, for the stance head,
    the primary label's bias). With it the contributions add up to the log-odds."""
    return {"explains": key, "ngram": BASELINE, "feature": BASELINE, "contribution": value}


def _stance_sign(params, stance: str) -> float:
    """Binary heads score the second class; contributions to the first flip sign."""
    if len(params.stance_classes) == 2:
        return 1.0 if stance == params.stance_classes[1] else -1.0
    return 1.0


def _vector(text: str, model):
    """The text's unit TF-IDF ``(columns, values, norm)``, ``norm`` its length before scaling."""
    return tfidf_row_and_norm(text, model._analyzer_for(model.params_), model.params_)


def explain(model, text: str, n: int = 10, label: str | None = None) -> pd.DataFrame:
    """The ``n`` n-grams that pushed hardest, either way, on each predicted label and the stance.

    Columns: ``explains`` (``"label: unity"`` or ``"stance: favor"``; with ``label``,
    ``"stance were unity the label: favor"``), ``ngram`` (its words as written in the text,
    without the punctuation around them: ``Ukraine`` of ``"l'Ukraine,"``), ``feature`` (the
    stemmed feature), ``contribution`` (to the log-odds: positive towards the label or
    stance, negative away from it). Rows are chosen by the size of the contribution, so
    counter-evidence (a negation, say) shows, and sorted from most for to most against.
    Each head ends with two rows: ``"(other n-grams)"``, the sum of the contributions not
    shown, and ``"(baseline)"``, where the head starts before any word (its intercept, and
    for the stance head the primary label's bias). A head's rows add up to the log-odds of
    the probability it names: ``"label: unity"``'s to ``scores["unity"]``, ``"stance:
    favor"``'s to ``stance_scores["favor"]`` of the prediction. For a softmax head, or a
    stance head with three or more values, they add up to the value's score in the softmax
    instead, no log-odds: the scores of all the head's values (labels, or stance values) sum
    to 0 in the models stance fits, so the total is ``log(p)`` minus the mean of ``log`` of
    every value's probability, above 0 for a value likelier than their geometric mean (not
    than even odds); two values' totals differ by the log-odds between them, and ``p`` is
    ``exp(total)`` over the sum of ``exp`` of every value's total (a label's from
    ``explain(text, label=...)``), or ``exp(total)`` times the geometric mean of the
    prediction's ``scores`` (``stance_scores`` for the stance). A contribution is the n-gram's
    share of that total as the text stands, not what deleting it would change: deleting a word
    also changes its neighbours' n-grams and the other words' TF-IDF weights (the vector is
    normalised over the whole text), so the score after deleting it can move less than its
    share, or otherwise.

    ``label`` explains that label instead of the predicted ones (why a statement was not
    called ``unity``, say), and the stance the statement would get were that its label,
    named so (``"stance were unity the label: favor"``): its rows add up to the log-odds (or
    score) of that stance under that label (:func:`stance_under`), not of the stance the
    prediction gives, which belongs to the predicted label. The heads
    come in the prediction's order: its labels, primary first, then the stance. A text the
    prediction flags (blank, ``"empty"``: no rows; of no known word, ``"no_known_words"``;
    of few, ``"many_unknown_words"``) has the flag and why in ``attrs["flag"]`` and
    ``attrs["flag_reason"]``.

    >>> import stance
    >>> stance.default_model().explain("   ").attrs["flag"]
    'empty'
    """
    from .model import refuse_not_one_text

    _check_n(n)
    model = model._pinned()
    if label is not None:
        label = known_label(label, model.params_.labels, bundled_remedy(model), model.params_.stance_classes)
    refuse_not_one_text(text, "explain")
    text = plain_str(text)  # a subclass of str, read by str's methods, not its overrides
    rows, _, _, flag, _ = _contributions(model, text, label, highlights=False)
    _warn_of_spreadsheet_error(text)
    return _flagged(_table(_summary_rows(rows, n)), flag)


def _warn_of_spreadsheet_error(text: str) -> None:
    """Warn of a ``text`` explained that is a spreadsheet's error value ("#N/A"), as
    :meth:`~stance.StanceModel.classify` warns of one classified: its n-grams were shown as a
    statement's, without a word. :func:`explain_many` does not, as :func:`stance.score` names rows."""
    forksafe.imported(".scoring").warn_of_classified_spreadsheet_errors([text], lambda _: "the text", "texts")


def explain_many(model, data: Any, n: int = 10, label: str | None = None, *, text_column: str = "text",
                 progress: bool | None = None, encoding: str = "utf-8") -> pd.DataFrame:
    """:func:`explain` of every statement of ``data``, in one long DataFrame: each row's
    explanation, the rows :func:`explain` gives its text, in the input's order, indexed by
    the input's index (each label as many times as its text has rows), as :func:`stance.score`
    indexes its result: ``explained.loc[row]`` is that row's table, and a DataFrame's other
    columns join on it. A ``flag`` column is the prediction's flag (None,
    ``"no_known_words"``, ``"many_unknown_words"``), as ``score`` gives it, and a ``statement``
    column the position in ``data`` of the statement each row explains (0 for the first), which
    tells apart the statements of an index that repeats (as ``score`` keeps it, say two files'
    row numbers concatenated), where ``loc`` and a join on the index would mix them:
    ``data.iloc[explained.statement]`` are the rows explained, in line, and
    ``explained.join(data[["speaker"]].reset_index(drop=True), on="statement")`` joins exactly.
    The index keeps its name unless a column here has it: :func:`stance.score_document`'s
    ``doc.sentences`` is indexed by ``statement``, which the column would make ambiguous.

    ``data`` is what :func:`stance.score` takes: a DataFrame (its ``text_column``), a Series,
    an iterable of str, a file (read in ``encoding``, as ``score`` reads one: UTF-8 by default,
    or UTF-16/32 with a byte-order mark; ``encoding="cp1252"`` for Excel on Windows); a bare str
    is refused. A missing, blank or non-str text never
    raises (as ``explain`` of one does): it gets one row, flagged ``"missing"``, ``"empty"``
    or ``"not_text"`` as ``score`` flags it, with no head, n-gram or contribution (None and
    NaN), since the off-topic label it is given is a rule, not the pull of any word. ``n``
    and ``label`` are :func:`explain`'s. ``progress`` is as ``score``'s: True a bar on
    stderr, False none, None one on a terminal or in a notebook for more than
    ``EXPLAIN_BAR_AFTER`` (1,000) rows.

    >>> import pandas as pd, stance
    >>> data = pd.DataFrame({"text": ["Bring the brigade home.", None]}, index=["a", "b"])
    >>> explained = stance.default_model().explain_many(data, n=1)
    >>> explained[["explains", "ngram", "flag", "statement"]]
                    explains            ngram     flag  statement
    a  label: eastern_flank          brigade     None          0
    a  label: eastern_flank  (other n-grams)     None          0
    a  label: eastern_flank       (baseline)     None          0
    a        stance: against             home     None          0
    a        stance: against  (other n-grams)     None          0
    a        stance: against       (baseline)     None          0
    b                   None             None  missing          1
    """
    pd = forksafe.imported("pandas")
    scoring = forksafe.imported(".scoring")
    progress_bars = forksafe.imported(".progress_bars")
    from .exceptions import require_progress, type_name

    _check_n(n)
    progress = require_progress(progress)
    model = model._pinned()  # one model's answers throughout, whatever fits run meanwhile
    if label is not None:
        label = known_label(label, model.params_.labels, bundled_remedy(model), model.params_.stance_classes)
    data = as_pandas(data)  # a polars or pyarrow table or column: before its class's name is read
    if type_name(data) == "Series" and data.name is not None:
        text_column = data.name  # a named Series keeps its name, as score keeps it
    frame = scoring.as_text_frame(data, text_column, encoding=encoding, for_one="model.explain()")
    # Its names as Python strings: pandas 3's first look-up of a text name enters catch_warnings,
    # which clears every module's registry of warnings given (a service's audit: see _table).
    frame, _ = scoring._names_as_objects(frame)
    texts = frame[text_column].tolist()
    scoring.warn_of_wrong_text_column(frame, text_column, scoring._texts_named(data),
                                      off_topic=scoring.off_topic_label(model))
    rows: list[dict[str, Any]] = []
    flags: list[str | None] = []
    counts: list[int] = []
    known: dict[str, list[tuple[str, int, int]]] = {}  # the words read so far, each read once (the model is pinned)
    shown = progress_bars.wanted(progress, len(texts), more_than=EXPLAIN_BAR_AFTER)
    bar = progress_bars.bar(len(texts), unit="stmt", desc="explaining") if shown else None
    try:
        for text in texts:
            flag = scoring._flag(text)
            if flag is None:  # explain()'s rows, by its own code
                found, _, _, flag, _ = _contributions(model, text, label, highlights=False, known=known)
                found = _summary_rows(found, n)
            else:  # score's answer, by rule: a row that says why, and nothing to explain
                found = [{"explains": None, "ngram": None, "feature": None, "contribution": np.nan}]
            rows += found
            flags += [flag] * len(found)
            counts.append(len(found))
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    # By position, always: the index is the input's, and one that repeats cannot say whose a row is.
    # The columns are made at once (setting each on a table of text names enters catch_warnings).
    table = _table(rows, flag=pd.Series(flags, dtype=np.dtype(object)),
                   statement=pd.Series(np.arange(len(texts), dtype=np.int64).repeat(counts)))
    table.index = frame.index.repeat(counts)
    # The index's values are kept, but not a name one of these columns has: doc.sentences' index
    # is "statement", and beside the statement column every join or groupby on it was ambiguous.
    names = set(table.columns.tolist())
    table.index.names = [None if name in names else name for name in table.index.names]
    return table


def _check_n(n: Any) -> None:
    """Refuse an ``n`` (n-grams per head) that is not a positive int (see :func:`require_count`)."""
    from .exceptions import require_count

    require_count(n, "n must be a positive int (n-grams per predicted label)")


def _summarized(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """Each head of ``table`` (every n-gram's contribution) as :func:`explain` lists it (see
    :func:`_summary_rows`)."""
    if table.empty:
        return table.copy()  # a copy: the flag goes into the summary's attrs, not the full table's
    columns = list(table.columns)
    rows = [dict(zip(columns, values)) for values in zip(*(table[name].tolist() for name in columns))]
    return _table(_summary_rows(rows, n))


def _summary_rows(rows: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """Each head of ``rows`` (every n-gram's contribution) as :func:`explain` lists it: its
    ``n`` strongest n-grams either way, most for first (ties in the full table's order: words,
    then pairs, each in text order, then NOT_ and START_), then ``"(other
    n-grams)"`` (the sum of the rest, when there is a rest) and ``"(baseline)"``. In plain
    Python: pandas' selections and sorts, a table per head, took three quarters of an
    explanation's time, and :func:`explain_many` of a thousand texts 15 seconds."""
    heads: dict[str, list[dict[str, Any]]] = {}
    # Each head in its order, primary label first, as Prediction.labels; not by groupby, which
    # made the heads an Arrow string index under pandas 3, refusing a loaded model's label
    # holding a lone surrogate ("label: det\udcc3rrence").
    for row in rows:
        heads.setdefault(row["explains"], []).append(row)
    summary = []
    for head_rows in heads.values():
        words = [row for row in head_rows if row["feature"] != BASELINE]
        order = sorted(words, key=lambda row: abs(row["contribution"]), reverse=True)  # stable: ties keep their order
        summary += sorted(order[:n], key=lambda row: row["contribution"], reverse=True)
        if order[n:]:  # summed as pandas sums a column (numpy's pairwise sum), as explain() did
            rest = float(np.sum(np.array([row["contribution"] for row in order[n:]], dtype=float)))
            summary.append({**head_rows[0], "ngram": OTHERS, "feature": OTHERS, "contribution": rest})
        summary += [row for row in head_rows if row["feature"] == BASELINE]
    return summary


def _flagged(table: pd.DataFrame, flag: str | None) -> pd.DataFrame:
    """``table`` with the prediction's ``flag`` and its reason in ``attrs``, when it has one:
    the empty table of a blank text said nothing of why it was empty."""
    if flag:
        table.attrs.update(flag=flag, flag_reason=flag_reason(flag))
    return table


def known_label(label: Any, labels: Sequence[str], bundled: str | None = None, stances: Sequence[str] = ()) -> str:
    """``label`` as the model's ``labels`` spell it: itself, or the one label it is composed
    (Unicode NFC), since a name typed or pasted decomposed ("unite\u0301", as macOS and PDFs
    give it) looks the same and was refused as "not one of the model's labels ['unité']".
    Refuse one that is none of them: not a str (a code given as the number 104) as a
    :class:`~stance.LabelTypeError`, a ``TypeError`` as ``none_label=0`` and ``favor=1`` are
    (it was a ``ValueError`` alone), and a str the model lacks as an
    :class:`~stance.InvalidInputError`. ``bundled``: what to pass for a model of one's own,
    when the model asked is the bundled one (see :func:`bundled_remedy`); ``stances``: the
    model's stance values, a label asked of which is told it is one (no other model has it as
    a label, as the bundled model's remedy would have it).

    >>> known_label("unite\u0301", ("none", "unit\u00e9")) == "unit\u00e9"
    True
    >>> known_label(104, ("0", "104"))
    Traceback (most recent call last):
    ...
    stance.exceptions.LabelTypeError: label 104 is not one of the model's labels ['0', '104']:
    labels are str: pass label='104'
    """
    from .exceptions import InvalidInputError, LabelTypeError
    from .names import composed

    # A label of one's own model asked of the bundled one, given no model=: said to be the bundled one's.
    # Not beside a misspelling's "did you mean" (two remedies that contradict), nor of a label
    # given as no str, whose remedy is its type (a review).
    own = "" if bundled is None else (f"; the model asked is the bundled one: ask a model of your own ({bundled}, "
                                      f"or its own method)") if bundled.startswith("model=") else (
        f"; the model asked is the bundled one: for a model of your own, pass {bundled}")
    if not isinstance(label, str):  # checked first: an array's "in" compares element by element
        raise LabelTypeError(_unknown_label(label, labels))
    if label in labels:
        return label
    alike = [known for known in labels if composed(known) == composed(label)]
    if not alike and composed(label) in {composed(value) for value in stances}:  # an audit: 'favor'
        raise InvalidInputError(f"label {label!r} is one of the model's stance values {list(stances)}, not of its "
                                f"labels {list(labels)}: the stance head's contributions are explain's "
                                f"'stance: …' rows, given with its label's")
    if len(alike) != 1:  # none, or several that differ only in their encoding: no guess
        unknown = _unknown_label(label, labels)
        raise InvalidInputError(unknown + ("" if "did you mean" in unknown else own))
    return alike[0]


def bundled_remedy(model: Any, argument: str = "model=your_model") -> str | None:
    """``argument``, what to pass for a model of one's own, when ``model`` is the bundled one;
    None for any other model (see :func:`known_label`)."""
    from .defaults import is_bundled

    return argument if is_bundled(model) else None


def _unknown_label(label: Any, labels: Sequence[str]) -> str:
    """Why ``label`` is no label of the model: given as a number (a code, 104), it is named as
    the str it should be, since "104 is not one of ['0', '104']" reads as a contradiction;
    given as a str, with the label it most likely misspells, as the label check names a typo
    (not one with other numbers in it: "201.3" is another code than "201.2"). The labels are
    listed cut (a model of 51 codes listed every one).

    >>> _unknown_label(104.0, ("0", "104"))
    "label 104.0 is not one of the model's labels ['0', '104']: labels are str: pass label='104'"
    >>> _unknown_label("untiy", ("deterrence", "none", "unity"))
    "label 'untiy' is not one of the model's labels ['deterrence', 'none', 'unity']; did you mean 'unity'?"
    >>> _unknown_label("201.3", ("000", "201.2"))
    "label '201.3' is not one of the model's labels ['000', '201.2']"
    """
    from .exceptions import quoted, quoted_list
    from .label_names import rare_twin
    from .names import _label_name

    message = f"label {quoted(label)} is not one of the model's labels {quoted_list(labels)}"
    if isinstance(label, str):
        near = rare_twin(label, labels)
        return message + (f"; did you mean {quoted(near)}?" if near is not None else "")
    name = _label_name(label)  # a whole float as its int, as training names a column of floats
    return message + (f": labels are str: pass label={quoted(name)}" if name in labels else " (labels are str)")


def top_features(model, label: str, n: int = 20) -> pd.DataFrame:
    """The ``n`` features with the largest positive weights for ``label`` in the whole model,
    largest first: fewer when fewer push towards it.

    >>> import stance
    >>> stance.default_model().top_features("none", n=2)["feature"].tolist()
    ['court', 'discuss']
    """
    pd = forksafe.imported("pandas")

    from .exceptions import require_count

    require_count(n, "n must be a positive int (features to show)")
    params = model._fitted()
    label = known_label(label, params.labels, bundled_remedy(model), params.stance_classes)
    weights = params.target_coef[:, params.labels.index(label)]
    # Positive weights only: past them came the features only the stance head reads (weight
    # 0, NOT_… and START_…) and other labels' words, listed as features of this one.
    pushing = np.flatnonzero(weights > 0)
    order = pushing[np.argsort(-weights[pushing], kind="stable")][:n]
    return pd.DataFrame({"feature": [params.vocabulary[i] for i in order], "weight": weights[order]})


def _positional_refused(model: Any, more: tuple[Any, ...]) -> TypeError:
    """What ``stance.explain(text, model, *more)``, n or label among ``more``, raises: the call
    as keywords, of the values given and only those (a model named ``model`` only where one was:
    it was a NameError where none was passed). A str where the model goes is the label only when
    it is no path here and one of the model's labels; otherwise it is a model path, and its
    refusal (not found, did you mean…) is said too.

    >>> print(_positional_refused(None, (5, "unity")))
    stance.explain() takes the text and the model positionally, got 4 arguments so: n and label are keywords \
(stance.explain(text, n=5, label='unity'))
    >>> print(_positional_refused(3, ("unity",)))
    stance.explain() takes the text and the model positionally, got 3 arguments so: n and label are keywords \
(stance.explain(text, n=3, label='unity'))
    """
    from .exceptions import InvalidTypeError

    roles = _positional_roles([model, *more])
    call = "".join([", " + _as_given(roles["model"]) if "model" in roles else "",
                    f", n={roles['n']!r}" if "n" in roles else "",
                    f", label={roles['label']!r}" if "label" in roles else ""])
    refused = _model_refusal(roles["model"]) if isinstance(roles.get("model"), str) else ""
    return InvalidTypeError(f"stance.explain() takes the text and the model positionally, got {2 + len(more)} "
                            f"arguments so: n and label are keywords (stance.explain(text{call})){refused}")


def _positional_roles(given: list[Any]) -> dict[str, Any]:
    """The values given to ``stance.explain`` after the text, by what each stands for ('model',
    'n' or 'label'), the first of each kept: a number is n, a str after the model's place the
    label, and a str in the model's place the label only if no path here and one of the labels
    of the model given (the bundled model's when none is). A value that can be none of them (a
    bool, a list, bytes, a fraction such as 5.5) is left out, not offered back: as ``model`` it
    was a NameError, as n=5.5 refused (a review of 848938d).

    >>> _positional_roles([5.5, "unity"]), _positional_roles([5, True, ["unity"]])
    ({'label': 'unity'}, {'n': 5})
    """
    import numbers
    import os

    from .model import StanceModel

    roles: dict[str, Any] = {}
    for place, value in enumerate(given):
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            if float(value).is_integer():
                roles.setdefault("n", int(value))
        elif isinstance(value, str) and (place > 0 or _a_label_here(value, given)):
            roles.setdefault("label", value)
        elif isinstance(value, (str, os.PathLike, StanceModel)):
            roles.setdefault("model", value)
    return roles


def _a_label_here(name: str, given: list[Any]) -> bool:
    """Whether ``name``, given where the model goes, is no path here but a label of the model."""
    return not _is_path_here(name) and name in _labels_given(given)


def _labels_given(given: list[Any]) -> tuple[str, ...]:
    """The labels of the model among ``given`` (a StanceModel), or of the bundled model."""
    from .defaults import default_model
    from .model import StanceModel

    model = next((value for value in given if isinstance(value, StanceModel)), None)
    return (default_model() if model is None else model).labels


def _as_given(model: Any) -> str:
    """``model`` as the call offered names it: a path as the str it is, a model object ``model``."""
    import os

    if isinstance(model, (str, os.PathLike)):
        return repr(os.fspath(model))
    return "model"


def _model_refusal(model: str) -> str:
    """The refusal of the path ``model`` as ``stance.explain``'s model (not found, did you mean…),
    after '; ', or '' when it loads."""
    from .api import resolve_model
    from .exceptions import StanceError

    if _is_path_here(model):
        return ""
    try:
        resolve_model(model)
    except StanceError as error:
        return f"; {error}"
    return ""


def _is_path_here(name: str) -> bool:
    """Whether ``name`` (``~`` expanded) is a file or folder here, as a model directory would be."""
    import os

    return os.path.exists(os.path.expanduser(name))


def label_as_model(model: Any, labels: Any) -> str | None:
    """What to add to the refusal of ``model``, given as ``stance.explain``'s model, when it is
    no path here but one of the model's ``labels`` (a callable giving them, read only then):
    ``stance.explain(text, "unity")`` meant the label; None otherwise.

    >>> label_as_model("unity", lambda: ("none", "unity"))
    ": 'unity' is a label of the model, not a model: pass label='unity' (stance.explain(text, label='unity'))"
    >>> label_as_model("unityy", lambda: ("none", "unity")) is None
    True
    """
    if not isinstance(model, str) or _is_path_here(model) or model not in labels():
        return None
    return (f": {model!r} is a label of the model, not a model: pass label={model!r} "
            f"(stance.explain(text, label={model!r}))")


class _ExplainModule(types.ModuleType):
    """This module, callable: ``stance.explain(text)``, written after ``stance.classify(text)``,
    explains it with the bundled model (the name is the module's, which ``contributions`` and the
    rest live in, so the module takes the call)."""

    if TYPE_CHECKING:  # what a type checker holds a call to: n and label keywords only
        def __call__(self, text: str, model: StanceModel | str | PathLike[str] | None = None, *, n: int = 10,
                     label: str | None = None, sha256: str | None = None) -> pd.DataFrame: ...
    else:
        def __call__(self, text: str, model: StanceModel | str | PathLike[str] | None = None, *more: Any,
                     n: int = 10, label: str | None = None, sha256: str | None = None) -> pd.DataFrame:
            """``stance.explain(text)``: see :func:`stance.api.explain_text`."""
            # Taken at run time only to be refused in stance.explain's name: Python's own error
            # named this class ("_ExplainModule.__call__() takes from 2 to 3 positional arguments").
            if more:
                raise _positional_refused(model, more)  # the text and the model, then more
            from .api import explain_text

            return explain_text(text, model, n=n, label=label, sha256=sha256)

        # help() and inspect show the call as it is to be made, without *more.
        __call__.__signature__ = inspect.signature(__call__).replace(parameters=[
            parameter for parameter in inspect.signature(__call__).parameters.values()
            if parameter.kind is not inspect.Parameter.VAR_POSITIONAL])

    if TYPE_CHECKING:
        # The module's own names (contributions, CONTRIBUTION_LEGEND…), reached as
        # stance.explain.contributions where a type checker reads stance.explain as this class
        def __getattr__(self, name: str) -> Any: ...


sys.modules[__name__].__class__ = _ExplainModule

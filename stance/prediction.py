"""The result of classifying one statement."""

from __future__ import annotations

import html
import numbers
import re
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from . import _forksafe as forksafe
from .graphemes import cut

# Why a statement got no real judgement: it had no text (scoring's flags for a missing,
# blank or non-str cell) or none of its words is in the model's vocabulary (the answer is
# then the same for every such text: see StanceModel._unread_label).
NO_TEXT_FLAGS = ("empty", "missing", "not_text")
NO_KNOWN_WORDS = "no_known_words"
# Why a statement's answer rests on a part of it only: fewer than KNOWN_WORDS_SHARE of its
# words are in the vocabulary (a statement in another language, most often), so the answer
# comes from the few it shares with the training text ("die", "nato", "in") and can be as
# confident as a real judgement. 0.7 by measurement with the bundled model: none of the
# 4,412 English statements of datasets/challenge and datasets/probes when it was chosen is
# below it (5 of the 6,484 there now: short lines of words the corpus never uses),
# while 67 of 70 statements in German, French, Polish, Spanish, Italian, Dutch and Russian
# are (tests/data/other_languages.csv).
MANY_UNKNOWN_WORDS = "many_unknown_words"
KNOWN_WORDS_SHARE = 0.7


def word_flag(has_known_feature: bool, words: int, known_words: int) -> str | None:
    """The flag of a statement with text: ``no_known_words`` when none of its features is in
    the vocabulary, ``many_unknown_words`` when fewer than :data:`KNOWN_WORDS_SHARE` of its
    ``words`` (word tokens, as the analyzer finds them) are, else None.

    >>> word_flag(True, 10, 7), word_flag(True, 10, 6), word_flag(False, 3, 0)
    (None, 'many_unknown_words', 'no_known_words')
    """
    if not has_known_feature:
        return NO_KNOWN_WORDS
    # The batch path computes the same product in float64 (see inference.word_flags).
    return MANY_UNKNOWN_WORDS if known_words < KNOWN_WORDS_SHARE * words else None


def probability_shown(value: float, digits: int) -> str:
    """A probability or a confidence to ``digits`` decimals, as a table of statements shows it,
    never rounded up to a certainty it is not: ``f"{0.9996:.2f}"`` printed "1.00", which a
    reader quotes as "100% sure", as ``level_shown`` never calls a 99.99999% level 100%. A
    value short of 1 that rounds to it is ">0.99" (to three decimals ">0.999"), and one above 0
    that rounds to 0 "<0.01"; 1 and 0 themselves, and a missing value (NaN, "nan"), as they are.

    >>> [probability_shown(p, 2) for p in (0.70, 0.994, 0.9996, 1.0, 0.004, 0.0)]
    ['0.70', '0.99', '>0.99', '1.00', '<0.01', '0.00']
    >>> probability_shown(0.99952, 3), probability_shown(0.9994, 3)
    ('>0.999', '0.999')

    A value that rounds to zero is unsigned, as a comparison's difference is: -0.0 (or a
    hair below 0, a sum's rounding) was "-0.000", read aloud as a figure below none.

    >>> probability_shown(-0.0, 3), probability_shown(-1e-17, 2)
    ('0.000', '0.00')
    """
    return figure_short_of_the_ends(value, digits)


def figure_short_of_the_ends(value: float, digits: int, percent: bool = False) -> str:
    """``value`` to ``digits`` decimals (a share as a percentage with ``percent``), and a value
    between 0 and 1 that would round to one of them as the bound it is short of: ">0.99" or
    "<0.01" (">99.9%" or "<0.1%"); a zero unsigned. The one rule of the figures the library
    shows: :func:`probability_shown`, :func:`stance.report.figure_shown` and
    :func:`stance.report.rounded_as_shown` use it, and :func:`stance.metrics.percent_shown`
    with ``percent``.

    >>> [figure_short_of_the_ends(v, 2) for v in (0.9996, 0.004, 1.0, -0.0, 1.5)]
    ['>0.99', '<0.01', '1.00', '0.00', '1.50']
    >>> [figure_short_of_the_ends(v, 1, percent=True) for v in (0.9996, 0.0004, 0.022, 1.0)]
    ['>99.9%', '<0.1%', '2.2%', '100.0%']
    """
    kind, unit, whole = ("%", "%", 100) if percent else ("f", "", 1)
    value = formattable(value)
    shown = unsigned_zero(f"{value:.{digits}{kind}}")
    if 0 < value < 1 and float(shown.rstrip("%")) in (0, whole):
        step = 10.0 ** -digits  # the least the digits show: 0.1 for one decimal
        return f">{whole - step:.{digits}f}{unit}" if value > 0.5 else f"<{step:.{digits}f}{unit}"
    return shown


def formattable(value: Any) -> Any:
    """``value`` as ``format`` writes it on every Python: a fraction (a ``numbers.Rational`` not
    an int) as the Decimal it is, to 28 digits; anything else as it is. Python before 3.12 had
    no format for a ``fractions.Fraction``: the repr of a Prediction whose confidence was one
    raised "unsupported format string passed to Fraction.__format__".

    >>> from fractions import Fraction
    >>> formattable(Fraction(9, 10)), formattable(Fraction(1, 3)), formattable(0.5), formattable(2)
    (Decimal('0.9'), Decimal('0.3333333333333333333333333333'), 0.5, 2)
    """
    if isinstance(value, float):  # most values, and numpy's float64: no slower check of the ABCs below
        return value
    if isinstance(value, numbers.Rational) and not isinstance(value, numbers.Integral):
        decimal = forksafe.imported("decimal")  # not loaded by `import stance`
        return decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
    return value


def short_of_an_end(shown: str) -> bool:
    """Whether a figure of :func:`figure_short_of_the_ends` is the bound of one that would have
    rounded to 0 or 1 (to 0% or 100%).

    >>> short_of_an_end(">0.999"), short_of_an_end("<0.1%"), short_of_an_end("-0.5")
    (True, True, False)
    """
    return shown.startswith(("<", ">"))


def unsigned_zero(shown: str) -> str:
    """A figure as written (``"-0.000"``, ``"-0%"``) without the sign of a zero: the sign of
    -0.0, or of a value a hair below 0 that rounds to none, says nothing a reader can use.

    >>> unsigned_zero("-0.000"), unsigned_zero("-0.0%"), unsigned_zero("-0.001"), unsigned_zero("nan")
    ('0.000', '0.0%', '-0.001', 'nan')
    """
    if shown.startswith("-") and not shown.strip("-0.%"):
        return shown[1:]
    return shown


def probability_in_repr(value: float) -> str:
    """A probability as a :class:`Prediction`'s repr writes it: to two decimals, or with as many
    more as it takes not to round a value short of 1 up to "1.00" or one above 0 down to "0.00"
    (0.9985 "0.999", 0.99996 "0.99996", where probability_shown's ">0.99" made the repr read
    "confidence=>0.99", no keyword form Python writes); 1, 0 and NaN as they are. What it
    writes is a number, the value rounded to the digits shown.

    >>> [probability_in_repr(p) for p in (0.7, 0.994, 0.9985, 0.99996, 1.0, 0.004, 0.00049, 0.0)]
    ['0.70', '0.99', '0.999', '0.99996', '1.00', '0.004', '0.0005', '0.00']
    >>> probability_in_repr(1 - 2 ** -53), probability_in_repr(1e-300), probability_in_repr(float("nan"))
    ('0.9999999999999999', '1e-300', 'nan')
    """
    value = formattable(value)  # a Fraction as its Decimal: no format for it before Python 3.12
    for digits in range(2, 18):
        shown = unsigned_zero(f"{value:.{digits}f}")  # -0.0 is "0.00"
        if not (value < 1 and float(shown) >= 1) and not (value > 0 and float(shown) <= 0):
            return shown
    return repr(float(value))  # a value too near 0 for plain digits: as Python writes it


@dataclass(frozen=True)
class Prediction:
    """What the model says about one statement.

    ``label`` is the primary target (or the off-topic label, ``"none"`` by default);
    ``labels`` every target the statement takes a position on, primary first; ``stance``
    the position towards the primary target, ``None`` exactly when the label is off-topic
    (or the model has no stance head); ``scores`` one probability per label;
    ``confidence`` how likely ``label`` is right: its probability, calibrated when the model
    was trained (so that, over many statements of all labels, answers given 0.7 are right
    about 70% of the time; it ranks statements as ``scores[label]`` does); how sure the
    stance is, is ``stance_scores[stance]``. ``flag`` says when the answer is no judgement
    of the text, or rests on a part of it only: ``"empty"`` (blank text; ``stance.score``
    also gives ``"missing"`` and ``"not_text"``), ``"no_known_words"`` (no word of it is in
    the model's vocabulary: the answer is the same for all such text, the off-topic label or,
    without one, the label of the most training rows), ``"many_unknown_words"``
    (fewer than 70% of its words are, :data:`KNOWN_WORDS_SHARE`: text in another language,
    most often); None otherwise. ``text`` is the statement, a plain str (a numpy string as
    the str it equals).

    >>> from stance import Prediction
    >>> p = Prediction("unity", ("unity",), "favor", {"unity": 0.9, "none": 0.1}, 0.9)
    >>> str(p)
    'unity'
    >>> p
    Prediction(label='unity', stance='favor', confidence=0.90, labels=('unity',))

    Predictions compare equal by value but cannot be hashed (put in a set, used as dict
    keys): ``scores`` and ``stance_scores`` are dicts, which can change.
    """

    label: str
    labels: tuple[str, ...]
    stance: str | None
    scores: dict[str, float]
    confidence: float
    stance_scores: dict[str, float] = field(default_factory=dict)
    text: str | None = field(default=None, repr=False, compare=False)
    flag: str | None = None
    # Whether the model that gave it has a stance head: without one the stance is None whatever the
    # statement says, and the notebook's "(no stance)" read as the statement's taking none. True by
    # default (a Prediction built by hand, or unpickled from before the field, says what it said).
    stance_head: bool = field(default=True, repr=False, compare=False)

    # Without this, the frozen dataclass's hash would fail on its dicts with "unhashable
    # type: 'dict'", as though the fault were in a field.
    __hash__ = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        # A text of np.array(texts), numpy's str_, or another subclass of str as the plain str
        # it equals: to_dict()'s values are Python's. str.__str__, not str(), whose override in
        # a subclass may return other text.
        if isinstance(self.text, str) and type(self.text) is not str:
            object.__setattr__(self, "text", str.__str__(self.text))

    @classmethod
    def _made(cls, label: str, labels: tuple[str, ...], stance: str | None, scores: dict[str, float],
              confidence: float, stance_scores: dict[str, float], text: str | None, flag: str | None,
              stance_head: bool) -> Prediction:
        """The Prediction ``Prediction(...)`` makes of these values, made without the frozen
        dataclass's ``__init__``, which sets each field through ``object.__setattr__``: that was
        a third of the time ``classify_many`` spends on 20,000 statements past scoring them.

        >>> p = Prediction("unity", ("unity",), "favor", {"unity": 0.9, "none": 0.1}, 0.9)
        >>> Prediction._made(*(getattr(p, f.name) for f in fields(Prediction))) == p
        True
        """
        made = object.__new__(cls)
        if type(text) is not str and isinstance(text, str):  # as __post_init__ makes it
            text = str.__str__(text)
        made.__dict__.update(label=label, labels=labels, stance=stance, scores=scores, confidence=confidence,
                             stance_scores=stance_scores, text=text, flag=flag, stance_head=stance_head)
        return made

    def __str__(self) -> str:
        return self.label

    def __repr__(self) -> str:
        extra = f", flag={self.flag!r}" if self.flag else ""
        return (
            f"Prediction(label={self.label!r}, stance={self.stance!r}, "
            # a number, never ">0.99" (see probability_in_repr): the repr reads as keywords
            f"confidence={probability_in_repr(self.confidence)}, labels={self.labels!r}{extra})"
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``stance classify --json`` prints): ``text``, ``label``,
        ``labels`` (a list), ``stance`` (None: null), ``confidence``, ``scores`` (a dict of
        label to probability), ``stance_scores`` (a dict of stance value to probability,
        ``{}`` where ``stance`` is None) and ``flag``. The README's "Output formats" says
        how it differs from the columns of :func:`stance.score`.

        >>> import stance
        >>> stance.classify("We have a one-speed NATO.").to_dict()["labels"]
        ['unity']
        """
        return {
            "text": self.text,
            "label": self.label,
            "labels": list(self.labels),
            "stance": self.stance,
            "confidence": self.confidence,
            "scores": dict(self.scores),
            "stance_scores": dict(self.stance_scores),
            "flag": self.flag,
        }

    def _repr_html_(self) -> str:
        from .text import html_shown

        shown, left_out = self._shown_scores()
        # Each label a row header, so a screen reader names the row it reads a number of.
        rows = "".join(
            f"<tr><th scope='row'>{isolated(label)}</th><td aria-hidden='true'>{_bar(score)}</td>"
            f"<td>{html.escape(probability_shown(score, 3))}</td></tr>"
            for label, score in shown
        )
        if left_out:
            # the likeliest left out: a label of the answer shown past the tenth may be less likely
            most = probability_shown(max(score for label, score in self.scores.items() if label not in dict(shown)), 3)
            # as the rows show it ("<0.001", a zero unsigned): {most:.3f} gave "of p -0.000 or less" for -0.0
            most = f"p {most}" if most.startswith("<") else f"p {most} or less"
            rows += (f"<tr><td colspan='3'>&hellip; {left_out} more labels, of {html.escape(most)} "
                     f"(p.scores has every one)</td></tr>")
        stance = isolated(self.stance) if self.stance else ""
        if self.stance and self.stance in self.stance_scores:
            stance += f" (probability {html.escape(probability_shown(self.stance_scores[self.stance], 2))})"
        stance = f"<b>{stance}</b>" if stance else NO_STANCE_HTML if self.stance_head else NO_STANCE_HEAD_HTML
        heading = " | ".join(isolated(label) for label in self.labels) if self.labels else "(no label)"
        flag = f" &middot; flag: <b>{html.escape(self.flag)}</b>" if self.flag else ""
        text = self.text or ""
        text = cut(text, HTML_TEXT_LIMIT)
        # dir=auto: a right-to-left statement keeps its own direction; a long word wraps.
        quoted = (f"<p style='{WRAP_ANYWHERE}'><q dir='auto'>{html.escape(text)}</q></p>"
                  if text else "")
        # A lone surrogate in the text ("\ud83c", half an emoji) or a loaded model's label, raw,
        # made HTML that UTF-8 cannot encode: a notebook could neither show nor save it. A control
        # character (an escape, a NUL, a line separator) is escaped too, as the command line shows one.
        return html_shown(
            f"<div class='stance-prediction {NO_MATHS}'>{quoted}"
            f"<p><b>{heading}</b> &middot; stance: {stance}"
            f" &middot; confidence {html.escape(probability_shown(self.confidence, 2))}{flag}</p>"
            # The bar, a picture of the number beside it, is hidden from a screen reader, which
            # read "label, bar of p, p" and each value twice: "probability" heads both columns.
            f"<table><caption>{SCORES_CAPTION}</caption><thead><tr><th scope='col'>label</th>"
            f"<th scope='col' colspan='2'>probability</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><p style='font-size:smaller'>{SCORES_KEY}</p></div>"
        )

    def _shown_scores(self) -> tuple[list[tuple[str, float]], int]:
        """The likeliest HTML_SCORE_ROWS labels and the answer's own, likeliest first, and
        how many are left out: a table of a model of 120 codes had 120 rows, nearly all 0.000.

        >>> p = Prediction("c", ("c",), None, {f"x{i}": 0.01 for i in range(20)} | {"c": 0.5}, 0.5)
        >>> shown, left_out = p._shown_scores()
        >>> shown[0], len(shown), left_out
        (('c', 0.5), 10, 11)
        """
        ranked = sorted(self.scores.items(), key=lambda item: -item[1])
        answer = set(self.labels)
        shown = [item for rank, item in enumerate(ranked) if rank < HTML_SCORE_ROWS or item[0] in answer]
        return shown, len(ranked) - len(shown)


# Jupyter typesets $...$ in HTML output as mathematics ("$5 billion and $10 billion" came
# out as an italic formula); elements of these classes are left alone by MathJax 2 and 3.
# Every display of statements or label names carries them.
NO_MATHS = "tex2jax_ignore mathjax_ignore"

# The style of every element holding a statement's text, and of every row header of a table
# (an n-gram, a group's or a document's name): a URL or other long unbroken word wraps instead
# of widening the output (a 1,500-character URL widened a document's table, an explanation's
# text and its table of n-grams, and a report's table of groups past the page).
WRAP_ANYWHERE = "overflow-wrap:anywhere"

# A Prediction's missing stance in HTML: the dash, and words a screen reader reads, which read
# the dash alone as nothing, or as "en dash".
NO_STANCE_HTML = "<b>&ndash;</b> (no stance)"
# And that of a model with no stance head, which gives no statement one.
NO_STANCE_HEAD_HTML = "<b>&ndash;</b> (the model has no stance head)"
# A notebook shows at most this many characters of a statement (the object keeps all of it).
HTML_TEXT_LIMIT = 2_000
# A notebook's table of a Prediction's p shows at most this many labels besides the answer's.
HTML_SCORE_ROWS = 10


def fields_equal(first: Any, second: Any) -> bool | Any:
    """``first == second`` for a result dataclass holding DataFrames (a DocumentScore, an
    Explanation): of the same class, with every compared field equal, a frame by its
    ``equals`` (values, dtypes and index, NaN equal to NaN), since the dataclass's own
    ``__eq__`` compares the fields as tuples, whose frames' ``==`` is a frame of booleans that
    has no truth value (``doc in docs`` raised). NotImplemented for another class, as
    Python's own ``__eq__`` says it.

    >>> import pandas as pd
    >>> from stance.document import DocumentScore
    >>> frame = pd.DataFrame({"n": [1]})
    >>> DocumentScore(frame, frame) == DocumentScore(frame.copy(), frame), DocumentScore(frame, frame) == "doc"
    (True, False)
    """
    if type(first) is not type(second):
        return NotImplemented
    # The compared fields, and a document's names, which str() prints (a review: documents named
    # 'b' and 'zz' compared equal); not how its sides were given (favor="favor" or ["favor"]),
    # which the tables show as they are read.
    return all(_field_equal(getattr(first, each.name), getattr(second, each.name)) for each in fields(first)
               if each.compare or each.name == "_names")


def _field_equal(first: Any, second: Any) -> bool:
    # A pandas frame or series by its equals(), of its own class only (equals takes a Series
    # of a one-column frame's values as unequal anyway), and its attrs; a numpy array by its
    # values (its == is elementwise, with no truth value).
    if callable(getattr(first, "equals", None)) and hasattr(first, "ndim"):
        return type(first) is type(second) and bool(first.equals(second)) and _field_equal(
            getattr(first, "attrs", {}), getattr(second, "attrs", {}))
    if isinstance(first, np.ndarray) or isinstance(second, np.ndarray):
        return bool(np.array_equal(first, second, equal_nan=_float_kind(first) and _float_kind(second)))
    if isinstance(first, tuple) and isinstance(second, tuple):  # names: a NaN name equals a NaN name
        return len(first) == len(second) and all(a is b or a == b or (_is_nan(a) and _is_nan(b))
                                                 for a, b in zip(first, second))
    same = first == second
    return bool(same.all()) if isinstance(same, np.ndarray) else bool(same)


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and value != value


def _float_kind(value: Any) -> bool:
    return np.asarray(value).dtype.kind in "fc"


def isolated(name: str) -> str:
    """A label name or stance value as HTML, escaped and isolated in ``<bdi>``: right-to-left
    names joined on a left-to-right page ("وحدة | ردع") ran together as one right-to-left
    run, which put the primary label on the right; each is now set on its own, in the
    page's order, and keeps its own direction.

    >>> isolated("a<b")
    '<bdi>a&lt;b</bdi>'
    """
    return f"<bdi>{html.escape(name)}</bdi>"


def accessible_table(page: str, caption: str, row_headers: int = 0) -> str:
    """A table as HTML (pandas' ``to_html``) with what a screen reader needs to read it
    cell by cell: a ``<caption>`` saying what it is, and each header cell's ``scope``, the
    column's in the head and the row's in the body, so that a cell is announced with its
    row's and column's names. pandas gives neither. A cell spanning rows (a document's name
    over its targets) is the row's too, which heads the rows it spans: "rowgroup" heads every
    row to the end of the <tbody>, the next document's too, and a document of one row had "row".
    A row header, a name from the data (an n-gram, a group), wraps a long word (``WRAP_ANYWHERE``).
    ``row_headers``: how many leading cells of each body row name it, in a table written
    without its index (``index=False``), whose cells pandas makes all ``<td>``.

    >>> import pandas as pd
    >>> print(accessible_table(pd.DataFrame({"f1": [0.5]}, index=["unity"]).to_html(), "F1"))
    <table border="1" class="dataframe"><caption>F1</caption>
      <thead>
        <tr style="text-align: right;">
          <th scope="col"></th>
          <th scope="col">f1</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" style="overflow-wrap:anywhere">unity</th>
          <td>0.5</td>
        </tr>
      </tbody>
    </table>
    """
    head, body = page.split("<tbody>", 1) if "<tbody>" in page else (page, "")
    body = _cells_as_headers(body, row_headers)
    head = re.sub(r"<th(?=[\s>])(?! scope)", '<th scope="col"', head)
    body = re.sub(r"<th(?=[\s>])(?! scope)", f'<th scope="row" style="{WRAP_ANYWHERE}"', body)
    page = head + ("<tbody>" + body if body else "")
    return re.sub(r"<table[^>]*>", lambda table: f"{table.group(0)}<caption>{html.escape(caption)}</caption>",
                  page, count=1)


def _cells_as_headers(body: str, count: int) -> str:
    """``body`` (a table's, as pandas writes it) with the first ``count`` data cells of each
    row made header cells. Their text is escaped (no "<" in it), so a cell ends at its first "<".

    >>> _cells_as_headers("<tr><td>a</td><td>b</td></tr>", 1)
    '<tr><th>a</th><td>b</td></tr>'
    """
    def headed(row: re.Match[str]) -> str:
        return re.sub(r"<td(?=[\s>])([^>]*)>([^<]*)</td>", r"<th\1>\2</th>", row.group(0), count=count)

    return re.sub(r"<tr[^>]*>.*?</tr>", headed, body, flags=re.S) if count else body


# What a Prediction's table is, for a screen reader (its <caption>).
SCORES_CAPTION = "Each label's probability, the likeliest first"
# What a Prediction's numbers are, said under them: its confidence (0.81) and its answer's
# probability in the table (0.64) differ, and a student asked which to believe.
SCORES_KEY = ("confidence: how likely the answer's label is right, calibrated on the training data "
              "(of many answers given 0.8, about 8 in 10 are right). probability: the model's own score "
              "for each label, judged one by one (they need not add up to 1), not calibrated: it ranks "
              "the labels. The number after the stance is its probability among the stance values.")


def _bar(score: float, width: int = 120) -> str:
    pixels = round(max(0.0, min(1.0, score)) * width)
    # A picture of the number in the next cell, which its cell hides from a screen reader.
    return f"<div style='background:#4c78a8;height:0.8em;width:{pixels}px'></div>"

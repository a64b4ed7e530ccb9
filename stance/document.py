"""Scoring a whole speech or article: split into statements, score each, profile the lot."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html.entities import html5
from os import PathLike
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from . import marks
from .argument_order import refuse_model_as_data
from .exceptions import (
    PYTHON,
    InvalidInputError,
    InvalidTypeError,
    LabelTypeError,
    LongTextWarning,
    MojibakeWarning,
    Words,
    and_listed,
    decode_hint,
    is_number,
    quoted,
    quoted_list,
    shell_option,
    type_name,
    warn,
)
from .foreign_frames import as_pandas, is_polars, refuse_dask
from .graphemes import cut, cut_columns, width
from .names import is_missing, meant_all, name_key, numbered_from_zero, row_name
from .nearest import or_listed
from .prediction import probability_shown
from .report import NOT_DEFINED, counted, statements
from .text import index_as_columns

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from .model import StanceModel

# What a document of no statements shows, printed and in a notebook alike (the README's "What it prints").
NO_STATEMENTS = "(no statements)"
# And what one whose statements take no position shows for its profile.
NO_TARGET = "(no target found)"


@dataclass
class DocumentScore:
    """A scored document: ``sentences`` (one row per statement) and ``profile`` (per target).

    >>> import stance
    >>> doc = stance.score_document("We have a one-speed NATO. Thank you all for coming.")
    >>> doc
    <DocumentScore: 2 statements, leading target 'unity'>
    >>> stance.score_document("Thank you all for coming.")
    <DocumentScore: 1 statement, no target found>
    >>> doc.profile[["n", "favor", "against"]]
            n  favor  against
    target
    unity   1      1        0
    """

    sentences: pd.DataFrame
    profile: pd.DataFrame
    # How many documents were scored together (None: one, by score_document); a blank one
    # has no statements, so the sentences cannot tell.
    documents: int | None = None
    # The favor= and against= the profile was counted with, so that a profile of some
    # speakers' statements (plot(speakers=…)) counts the sides as the whole one does.
    _sides: tuple[Any, Any] = field(default=(None, None), repr=False, compare=False)
    # Every document's name, in order, blank ones too (which have no statement to name them), so that
    # print() lists each document with no statement on a target, as `stance document` does.
    _names: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    # Those of them with no statement at all (blank, furniture alone, missing), warned of as such: listed
    # under the profile as having none, not as having none on a target, also when --speaker kept others.
    _empty: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    # Those whose statements --speaker (or --leave-out-speaker) kept none of, each with what chose and
    # whose they were: listed so, not as having none on a target, which said their statements were off-topic.
    _unchosen: tuple[tuple[Any, str], ...] = field(default=(), repr=False, compare=False)

    # Its tables compared by their values: the dataclass's == raised on them (see fields_equal).
    # Still no hash: a document's tables can change.
    def __eq__(self, other: object) -> bool:
        from .prediction import fields_equal

        return fields_equal(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:
        """Called only for a name the object lacks: the manual calls each row a statement, so
        ``doc.statements`` is the first guess, and a report's ``to_frame()`` the next; say where
        they are rather than Python's bare "no attribute".

        >>> import stance
        >>> stance.score_document("We stand with Ukraine.").statements  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        AttributeError: ...no attribute 'statements'; the statements are doc.sentences (a DataFrame, one row each), ...
        """
        hint = _ATTRIBUTE_HINTS.get(name)
        message = f"'DocumentScore' object has no attribute {name!r}" + (f"; {hint}" if hint else "")
        raise AttributeError(message, name=name, obj=self)

    def _shown_columns(self) -> list[str]:
        """The columns a reader needs: the speaker's only when a transcript named one, the
        flag only when a statement has one."""
        columns = ["labels", "stance", "confidence", "text"]
        if "flag" in self.sentences and self.sentences["flag"].notna().any():
            # before the text, which stays last: an unread statement's "none" is no judgement
            columns.insert(3, "flag")
        if "speaker" in self.sentences and self.sentences["speaker"].notna().any():
            columns.insert(0, "speaker")
        if "line" in self.sentences:  # where to find the statement in the original
            columns.insert(0, "line")
        if "document" in self.sentences:  # several documents scored together
            columns.insert(0, "document")
        return columns

    def _shown_table(self, missing: str = "") -> pd.DataFrame:
        """A copy of the shown columns, an unflagged statement's flag ``missing`` (not "None"), and
        so the speaker of a statement before a transcript's first tag, which has none, and the
        stance of one that takes none: blank in the HTML, "-" in plain text (``missing``), as
        classify --details writes it, where a blank cell read aloud was skipped."""
        table = self.sentences[self._shown_columns()].copy()
        for column in ("flag", "speaker"):
            if column in table:
                table[column] = table[column].astype(object).where(table[column].notna(), missing)
        if "document" in table:
            table["document"] = _documents_as_profiled(table["document"])
        pd = forksafe.imported("pandas")

        # object: pandas would read the list as strings. A statement with no stance (off-topic)
        # has a blank cell, as an unflagged one's flag: "None" down the column of a speech's
        # greetings and asides read as a value.
        shown = [missing if stance is None else stance for stance in _stances_shown(self.sentences)]
        table["stance"] = pd.Series(shown, index=table.index, dtype=object)
        return table

    def __str__(self) -> str:
        from .text import surrogates_escaped

        # Bounded as pandas bounds print(frame) (display.max_rows, display.min_rows): a speech
        # of 300 statements filled the terminal, its profile scrolled out of sight. A lone
        # surrogate ("\ud83c", half an emoji) escaped, as in the HTML: raw, print(doc) failed.
        return surrogates_escaped(self._text(bounded=True))

    def to_string(self) -> str:
        """Every statement and the whole profile, as ``print(doc)`` shows a short document
        (``DataFrame.to_string`` to pandas' ``print(frame)``); what ``stance document`` prints.

        >>> import stance
        >>> doc = stance.score_document("We have a one-speed NATO. " * 100)
        >>> len(doc.to_string().splitlines()) > 100 > len(str(doc).splitlines())
        True

        A lone surrogate in a statement (``"\\ud83c"``, half an emoji) is written as that
        escape, as ``print(doc)`` writes it: raw, ``print(doc.to_string())`` raised
        UnicodeEncodeError. ``doc.sentences`` keeps the text as given.
        """
        from .text import surrogates_escaped

        # Escaped here too, no longer left to `stance document`'s output: the command reads a
        # document as UTF-8, so no statement it prints holds one, and Python's print() refused it.
        return surrogates_escaped(self._text(bounded=False))

    def _text(self, bounded: bool) -> str:
        """The statements, then the profile; each cut to pandas' display limits when ``bounded``."""
        if self.sentences.empty:
            return NO_STATEMENTS
        pd = forksafe.imported("pandas")
        limits = (pd.get_option("display.max_rows"), pd.get_option("display.min_rows")) if bounded else (None, None)
        # Rows picked before the texts are cut and escaped: 12,000 statements need not be.
        table, left_out = _head_and_tail(self._shown_table(missing="-"), *limits)
        # "..." where print() could not write "…" (a latin-1 or ASCII stdout): the mark is ours
        table["text"] = _cut_texts(table["text"], 70, columns=True, ellipsis=marks.ellipsis())
        table = _text_to_the_left(table)
        table["confidence"] = _confidences_shown(table["confidence"], 2)
        statements = _with_gap(table, left_out, "statement", " (doc.sentences has every one; "
                                                "print(doc.to_string()) prints them)")
        if not len(self.profile):  # documents --speaker kept none of said why still
            return f"{statements}\n\nProfile\n{NO_TARGET}{self._unchosen_lines()}"
        profile, left_out = _head_and_tail(self.profile, *limits)  # of 300 documents, 1,200 rows
        without = without_target(self.profile, self._names or self.sentences.get("document", ()), self._empty,
                                 dict(self._unchosen))
        # A position not defined (0 favor, 0 against) "n/a", and why under the table, as the HTML says it.
        rows = _with_gap(profile.round(2), left_out, "row", " (doc.profile has every one)", na_rep=NOT_DEFINED)
        why = f"\n{POSITION_NOT_DEFINED}" if profile.isna().any(axis=None) else ""
        return f"{statements}\n\nProfile\n{rows}{why}{without}"

    def __repr__(self) -> str:
        if "document" in self.sentences:
            documents = self.sentences["document"].nunique() if self.documents is None else self.documents
            return f"<DocumentScore: {statements(len(self.sentences))} in {counted(documents, 'document')}>"
        # An empty profile (greetings alone, a blank text) has no leading target: "none" read
        # as the off-topic label leading, which the profile leaves out.
        lead = f"leading target {self.profile.index[0]!r}" if len(self.profile) else "no target found"
        return f"<DocumentScore: {statements(len(self.sentences))}, {lead}>"

    def _repr_html_(self) -> str:
        import html

        pd = forksafe.imported("pandas")

        from .prediction import HTML_TEXT_LIMIT, NO_MATHS, WRAP_ANYWHERE, accessible_table
        from .text import html_shown

        if self.sentences.empty:
            # As print(doc) says it: two empty tables with their headers and "0 statements"
            # showed a notebook what it has, not that the document has nothing to show.
            return f"<div class='stance-document {NO_MATHS}'><p>{html.escape(NO_STATEMENTS)}</p></div>"

        # pandas' own display limits apply, as for any DataFrame in a notebook; a statement
        # is cut as a Prediction's is (to_html has no column width: a 100,000-character
        # paragraph went into the notebook whole).
        table = self._shown_table()
        # the one column of decimals (a frame's round() warns of a document column of dates),
        # never rounded up to 1.000 short of it
        table["confidence"] = _confidences_shown(table["confidence"], 3)
        table["text"] = _cut_texts(table["text"], HTML_TEXT_LIMIT)
        most = pd.get_option("display.max_rows")
        rows = _names_isolated(table.to_html(escape=True, max_rows=most), list(table.columns))
        # dir=auto on the text (the last cell of a row, which being escaped holds no "<"): a
        # right-to-left statement keeps its own direction, as a Prediction's quote does; and
        # text-align:start, as prose is read: JupyterLab puts every cell flush right, an
        # English statement too, ragged on the left (an Arabic one, started on the right, stays);
        # a long word (a URL) wraps, as in a Prediction's quote.
        rows = accessible_table(_LAST_CELL.sub(f"<td dir='auto' style='text-align:start;{WRAP_ANYWHERE}'>", rows),
                                "Each statement, its labels, stance and confidence")
        # The profile too: of 300 documents it has a row per document and target (1,200). A lone
        # surrogate in a statement ("\ud83c", half an emoji), raw, made HTML that UTF-8 cannot
        # encode: a notebook could neither show nor save it; a control character (\x1b, a NUL) is escaped too.
        # A profile of no target, as print(doc) says it: an empty table with its headers read as
        # a table that failed to fill.
        profile = (self._profile_html(most) + self._without_target_html(most) if len(self.profile)
                   else f"<p>{html.escape(NO_TARGET)}</p>" + self._without_target_html(most))
        return html_shown(
            f"<div class='stance-document {NO_MATHS}'><p><b>Profile</b></p>{profile}"
            f"<p><b>{statements(len(self.sentences))}</b></p>"
            f"{rows}</div>"
        )

    def _profile_html(self, most: int | None) -> str:
        """The profile's table (at most ``most`` rows, pandas' ``display.max_rows``), a position
        that is not defined (0 favor, 0 against: NaN) "n/a" with a line under it saying why, as
        the evaluation report shows 0/0: "NaN" read as a failure, or as a number."""
        import html

        from .prediction import accessible_table

        table = accessible_table(self.profile.round(3).to_html(max_rows=most, na_rep=NOT_DEFINED), PROFILE_CAPTION)
        # Said when a shown cell is n/a (the rows pandas cuts out may hold the only one).
        why = f"<p>{html.escape(POSITION_NOT_DEFINED)}</p>" if f"<td>{NOT_DEFINED}</td>" in table else ""
        return table + why

    def _unchosen_lines(self) -> str:
        """A line for each document --speaker (or --leave-out-speaker) kept no statement of (see
        :func:`_unchosen`), for a profile with no target, which listed no document under it: those
        documents vanished without the line a profile with rows gives them."""
        unchosen = dict(self._unchosen)
        return without_target(self.profile, unchosen, (), unchosen) if unchosen else ""

    def _without_target_html(self, most: int | None) -> str:
        """A paragraph for each document with no statement on a target, under the profile, as
        print(doc) has a line: the notebook's view named none of them. At most ``most`` (the
        tables' ``display.max_rows``; None: all), then how many more: of 3,000 documents, 2,000
        such paragraphs under tables cut to 60 rows made the view five times larger."""
        import html

        without = (without_target(self.profile, self._names or self.sentences.get("document", ()), self._empty,
                                  dict(self._unchosen)) if len(self.profile) else self._unchosen_lines())
        lines = [line for line in without.split("\n") if line]
        most = most or None  # 0, as None, shows every row of pandas' tables
        shown = "".join(f"<p>{html.escape(line)}</p>" for line in lines[:most])
        if most is not None and len(lines) > most:
            more = len(lines) - most
            shown += (f"<p>… and {more:,} more document{'' if more == 1 else 's'} with no statement on a "
                      "target (<code>print(docs)</code> lists them all)</p>")
        return shown

    def plot(self, ax: Axes | None = None, max_groups: int | None = 20,
             speakers: str | Sequence[str] | None = None, colors: Mapping[Any, Any] | None = None) -> Axes:
        """Bar chart of the profile (needs the ``plot`` extra); returns the Axes. Of many
        documents, the ``max_groups`` with the most statements are drawn and the title says
        how many were left out (None draws all; see :func:`stance.plot_profile`). ``speakers``,
        given (a name or a list of names), keeps those speakers' statements alone: the profile
        drawn counts only theirs, and the title names them as the text does ("Document profile:
        SECRETARY GENERAL RUTTE" of ``speakers="rutte"``; "Document profile: MODERATOR, Q" of
        a list), as ``stance document --speaker rutte --plot`` draws it. A name matches as
        ``--speaker`` matches it (in any case, with or without a tag's colon or a title's full
        stop, else by whole words of a speaker's name); one that no statement has, or that
        names several speakers, is refused, naming the speakers there are. ``colors``, a dict
        of document name: colour, draws each of several documents in its own colour, the same in
        every chart (see :func:`stance.plot_profile`).

        >>> import matplotlib.pyplot as plt, stance
        >>> ax = stance.score_document("We have a one-speed NATO.").plot()
        >>> ax.get_title()
        'Document profile'
        >>> plt.close(ax.figure)
        >>> doc = stance.score_document("Q: Is NATO united?\\nRUTTE: We have a one-speed NATO.")
        >>> ax = doc.plot(speakers="rutte")
        >>> ax.get_title(), [text.get_text().strip() for text in ax.texts]
        ('Document profile: RUTTE', ['1 favor / 0 against'])
        >>> plt.close(ax.figure)
        """
        if speakers is None:
            return self._plot(ax=ax, max_groups=max_groups, colors=colors)
        kept, names = self._of_speakers(_speaker_names(speakers), argument="speakers=")
        return kept._plot(ax=ax, max_groups=max_groups, speakers=names, colors=colors)

    def _plot(self, ax: Axes | None = None, max_groups: int | None = 20, speakers: str | None = None,
              colors: Mapping[Any, Any] | None = None) -> Axes:
        """The profile drawn as it is, ``speakers`` (those its statements are of, "without Q"…) after the title."""
        from .plotting import plot_profile

        several = "document" in self.sentences
        title = "Profile per document" if several else "Document profile"
        return plot_profile(self.profile, ax=ax, title=f"{title}: {speakers}" if speakers else title,
                            max_groups=max_groups, colors=colors)

    def _of_speakers(self, named: Sequence[str], leave_out: bool = False,
                     argument: str = "speakers=") -> tuple[DocumentScore, str]:
        """This document with the statements of the speakers ``named`` alone (or, ``leave_out``,
        without them), its profile counting them alone; and the speakers counted ("RUTTE"),
        or those left out ("without Q"), for a plot's title. What ``plot(speakers=…)``, ``stance
        document --speaker`` and ``--leave-out-speaker`` keep. A journalist's profile of a press
        conference counted the reporters' questions, which quote others' positions as the
        speaker's own. Names match as :func:`_speakers_named` reads them; a name no statement has
        is refused, naming those there are, since a typo would count nothing, and so is one that
        names several speakers by a word of theirs, since which is meant only the user knows (not
        names that differ in case alone, as texts of their own may write one person's).
        ``argument`` names what gave the names in an error ("speakers=", "--speaker ").

        >>> import stance
        >>> doc = stance.score_document("Q: Is NATO united?\\nRUTTE: We have a one-speed NATO.")
        >>> kept, names = doc._of_speakers(["q"], leave_out=True)
        >>> kept.sentences["speaker"].tolist(), names
        (['RUTTE'], 'without Q')
        >>> doc._of_speakers(["Rute"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        stance.exceptions.InvalidInputError: speakers='Rute': no statement has this speaker; its speakers are ...
        """
        from .profile import profile

        said = self.sentences.get("speaker")
        # Names alike but for case in order too ("RUTTE" before "Rutte"): a set's order is the hash seed's.
        present = [] if said is None else sorted({s for s in said if isinstance(s, str)},
                                                 key=lambda s: (s.casefold(), s))
        matched = {name: _speakers_named(name, present) for name in named}
        unknown = [name for name in named if not matched[name]]
        if unknown:
            there = (f"its speakers are {', '.join(map(quoted, present))}" if present
                     else "the text names no speaker (a transcript's tags, 'RUTTE:' or 'Q:', name them)")
            raise InvalidInputError(f"{argument}{', '.join(map(quoted, unknown))}: no statement has this speaker; "
                                    f"{there}")
        each = (f"repeat {argument.strip()} for each" if argument.startswith("--")
                else f"give a list, {argument}[…], for each")
        for name, speakers in matched.items():
            if len({tuple(_speaker_words(speaker)) for speaker in speakers}) > 1:  # "RUTTE" and "Rutte" are one
                raise InvalidInputError(f"{argument}{quoted(name)} names {len(speakers)} speakers, "
                                        f"{', '.join(map(quoted, speakers))}; give the one meant in full (or {each})")
        chosen_names = {speaker for speakers in matched.values() for speaker in speakers}
        chosen = said.map(lambda s: s in chosen_names)
        kept = self.sentences[~chosen if leave_out else chosen]
        by = "document" if "document" in kept else None
        favor, against = self._sides
        table = profile(kept, by=by, favor=favor, against=against, prefix="")
        if by:
            table = _in_statement_order(table, kept["document"])
        names = ", ".join(speaker for speaker in present if speaker in chosen_names)
        chose = " ".join(f"{argument}{_as_typed(name, argument)}" for name in named)
        unchosen = _unchosen(self.sentences, kept, chose, leave_out)
        return (DocumentScore(kept, table, documents=self.documents, _sides=self._sides, _names=self._names,
                              _empty=self._empty, _unchosen=unchosen),
                f"without {names}" if leave_out else names)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the two tables, as lists of rows (what ``stance document --json`` prints);
        the values of columns carried from a DataFrame of documents as :func:`_json_value` gives them.

        >>> import stance
        >>> stance.score_document("We have a one-speed NATO.").to_dict()["profile"][0]["target"]
        'unity'
        """
        return {
            "sentences": _json_records(index_as_columns(self.sentences)),
            "profile": _json_records(index_as_columns(self.profile)),
        }


# The names a reader of the README tries on a DocumentScore, and where what they want is.
_ATTRIBUTE_HINTS = {
    "statements": "the statements are doc.sentences (a DataFrame, one row each), the targets doc.profile",
    "to_frame": "doc.sentences is the DataFrame of statements, doc.profile that of targets",
}


def _speaker_names(speakers: Any) -> list[str]:
    """``plot``'s ``speakers`` as a list of names: a name, or a list or tuple of them.

    >>> _speaker_names("Q"), _speaker_names(("Q", "RUTTE"))
    (['Q'], ['Q', 'RUTTE'])
    """
    names = [speakers] if isinstance(speakers, str) else speakers
    if not isinstance(names, (list, tuple)) or not all(isinstance(name, str) for name in names):
        raise InvalidTypeError(f"speakers must be a speaker's name or a list of names (str), "
                               f"got {type_name(speakers)} {quoted(speakers)}")
    if not names:
        raise InvalidInputError("speakers=[] names no speaker; give a name (speakers='RUTTE'), or leave it out "
                                "to draw every statement")
    return list(names)


def _speaker_words(name: str, in_any_case: bool = True) -> list[str]:
    """``name``'s words as a speaker is matched: without a tag's colon, a title's full stop ("Mr."
    is "Mr"; see :func:`stance.speakers._spelling_key`) or other punctuation at a word's ends; in
    any case, or (``in_any_case`` false) in the case written.

    >>> _speaker_words(" Mr. Stoltenberg: "), _speaker_words("SECRETARY GENERAL RUTTE")
    (['mr', 'stoltenberg'], ['secretary', 'general', 'rutte'])
    >>> _speaker_words(" Mr. Stoltenberg: ", in_any_case=False)
    ['Mr', 'Stoltenberg']
    """
    # As a fork waits for it: import stance leaves stance.speakers out.
    speakers = forksafe.imported(".speakers")
    name = " ".join(name.split()).rstrip(":：").strip()
    name = speakers._spelling_key(name) if in_any_case else speakers._TITLE_DOT.sub(r"\1", name)
    return [word for word in (word.strip(".,;()[]'\"") for word in name.split()) if word]


def _speakers_named(name: str, present: list[str]) -> list[str]:
    """The speakers of ``present`` that ``name``, given to plot's speakers, --speaker or
    --leave-out-speaker, names: the one written so, in its case, with or without the tag's
    colon or a title's full stop ("Mr Stoltenberg" is "Mr. Stoltenberg"); or else each written
    so in any case (texts of their own may write one person "RUTTE" and "Rutte", which one
    text's tags make one speaker); or else each whose name has its words whole and in order
    ("rutte" names "SECRETARY GENERAL RUTTE", not "Ruttel"), as ``--help``'s example is written
    where a tag gives an office too.

    >>> _speakers_named("rutte", ["Q", "SECRETARY GENERAL RUTTE"]), _speakers_named("Q", ["Q", "Q Lee"])
    (['SECRETARY GENERAL RUTTE'], ['Q'])
    >>> _speakers_named("Mark", ["Mark Rutte", "Mark Carney", "Marko"]), _speakers_named("Rut", ["Rutte"])
    (['Mark Rutte', 'Mark Carney'], [])
    >>> _speakers_named("RUTTE:", ["Rutte", "RUTTE"]), _speakers_named("rutte", ["Rutte", "RUTTE"])
    (['RUTTE'], ['Rutte', 'RUTTE'])
    """
    words = _speaker_words(name)
    if not words:
        return []
    as_written = _speaker_words(name, in_any_case=False)
    exact = [speaker for speaker in present if _speaker_words(speaker, in_any_case=False) == as_written]
    if len(exact) == 1:
        return exact
    exact = [speaker for speaker in present if _speaker_words(speaker) == words]
    if exact:
        return exact
    size = len(words)
    return [speaker for speaker in present
            if any(spoken[at:at + size] == words for spoken in [_speaker_words(speaker)]
                   for at in range(len(spoken) - size + 1))]


def _documents_as_profiled(names: pd.Series) -> pd.Series:
    """The statements' document ``names`` as the profile shows them: a missing or blank one as
    "(missing)", the profile's row of its statements (a blank cell, "None" or "NaN" tied them to
    no row). Only for display: ``doc.sentences`` keeps the name as given. Others keep their dtype."""
    from .group_values import is_missing_group

    if not any(is_missing_group(name) for name in names.tolist()):
        return names
    return names.astype(object).map(_as_profiled)


def _confidences_shown(confidences: pd.Series, digits: int) -> pd.Series:
    """``confidences`` to ``digits`` decimals as text, a value short of 1 never rounded up to
    it (see ``probability_shown``): 0.9996 printed "1.00", quoted as a model 100% sure. A
    missing one is "NaN", as pandas shows it.

    >>> import pandas as pd
    >>> _confidences_shown(pd.Series([0.9996, 1.0, 0.8127, float("nan")]), 2).tolist()
    ['>0.99', '1.00', '0.81', 'NaN']
    """
    return confidences.map(lambda value: "NaN" if is_missing(value) else probability_shown(value, digits)
                           ).astype(object)


def _stances_shown(sentences: pd.DataFrame) -> list[Any]:
    """Each statement's stance with its own probability, "against (0.51)", as ``stance explain``
    writes it: beside ``confidence``, which is the label's, a bare "against" read as sure as
    its label ("NUCLEAR DETERRENCE": deterrence at 0.99, against at 0.51). A statement with no
    stance keeps its None, and a value with no probability column (no stance head) is bare.

    >>> import pandas as pd
    >>> sentences = pd.DataFrame({"stance": ["against", None], "p_stance_against": [0.513, 0.0],
    ...                           "p_stance_favor": [0.487, 0.0]})
    >>> _stances_shown(sentences)
    ['against (0.51)', None]
    """
    stances = sentences["stance"].tolist()
    shown: list[Any] = [None if is_missing(stance) else stance for stance in stances]
    # one column read per stance value, not a lookup per row: a notebook shows 200,000 statements' table
    for value in {stance for stance in shown if stance is not None}:
        column = f"p_stance_{value}"
        if column in sentences:
            for at, p in enumerate(sentences[column].tolist()):
                if shown[at] == value:
                    shown[at] = f"{value} ({probability_shown(p, 2)})"
    return shown


def _json_records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``table`` as dicts of values that ``json.dumps`` takes."""
    return [{key: _json_value(value) for key, value in row.items()}
            for row in table.to_dict(orient="records")]


def _json_value(value: Any) -> Any:
    """``value`` as JSON has it: a date or time as an ISO 8601 string, a missing value (None,
    NaN, NaT, NA) as None, and an infinite number too, a numpy scalar as the Python number
    or bool, a list or dict with its values so, and any other object (a Period, a Decimal)
    as its str; a str, a Python number or bool as it is. A carried column may hold any of
    them (a categorical's values come as they are).

    >>> import pandas as pd, numpy as np
    >>> values = [pd.Timestamp("2024-02-20"), pd.NaT, np.int64(3), np.bool_(True), pd.Period("2024-02"), -np.inf]
    >>> [_json_value(v) for v in values]
    ['2024-02-20T00:00:00', None, 3, True, '2024-02', None]
    """
    import datetime

    import numpy as np

    # JSON has no NaN and no Infinity (json.dumps writes both all the same, which a strict
    # reader refuses), so an infinite number is null, as NaN is.
    if is_missing(value) or (isinstance(value, float) and math.isinf(value)):
        return None
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, np.datetime64):  # whose item() is an int of nanoseconds
        pd = forksafe.imported("pandas")

        return pd.Timestamp(value).isoformat()
    if isinstance(value, np.generic):
        return _json_value(value.item())
    if isinstance(value, (datetime.date, datetime.time)):  # a Timestamp is a datetime
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(item) for item in value]
    return str(value)


# What a document's profile table is, for a screen reader (its <caption>).
PROFILE_CAPTION = ("Profile: each target's statements (n, share), favor and against, and position, "
                   "the log-odds of favor to against with a half added to each count (0 even, 1.1 as 1 favor to 0 "
                   "against, 0.85 as 3 favor to 1 against)")
# Why a profile's position is "n/a" (NaN in the DataFrame), under its HTML table.
POSITION_NOT_DEFINED = (f"{NOT_DEFINED}: no position measured: favor and against are both 0 (no statement took "
                        "a side on the target as its primary one, or the model has no stance head)")
_LAST_CELL = re.compile(r"<td>(?=[^<]*</td>\s*</tr>)")


def _names_isolated(page: str, columns: list[str]) -> str:
    """``page`` (a statements' table, as pandas writes it with its index) with each label name
    in its ``labels`` cells and the stance value in its ``stance`` cells in ``<bdi>``: right-to-left
    names joined ("وحدة|ردع") ran together as one right-to-left run, the primary label on the
    right of a left-to-right page, and a right-to-left stance took its "(0.99)" to its left.
    The cells are escaped (no "<" in them), so a cell ends at its first "<".

    >>> _names_isolated("<tr><th>0</th><td>a|b</td><td>favor (0.99)</td></tr>", ["labels", "stance"])
    '<tr><th>0</th><td><bdi>a</bdi>|<bdi>b</bdi></td><td><bdi>favor</bdi> (0.99)</td></tr>'
    """
    shown = {at: column for at, column in enumerate(columns) if column in ("labels", "stance")}

    def cell(at: int, text: str) -> str:
        if not text or text == "...":  # a blank stance, pandas' row of cut rows
            return text
        if shown[at] == "labels":
            return "|".join(f"<bdi>{name}</bdi>" for name in text.split("|"))
        value, p = (text[:-7], text[-7:]) if _STANCE_P.search(text) else (text, "")
        return f"<bdi>{value}</bdi>{p}"

    def row(match: re.Match[str]) -> str:
        cells = iter(range(len(columns)))
        return _CELL.sub(lambda td: (f"{td.group(1)}{cell(at, td.group(2))}</td>" if (at := next(cells, -1)) in shown
                                     else td.group(0)), match.group(0))

    return re.sub(r"<tr[^>]*>.*?</tr>", row, page, flags=re.S) if shown else page


# A data cell of a table pandas writes escaped, and the probability a stance cell ends with.
_CELL = re.compile(r"(<td[^>]*>)([^<]*)</td>")
_STANCE_P = re.compile(r" \(\d\.\d\d\)$")


def _head_and_tail(table: pd.DataFrame, most: int | None, fewest: int | None) -> tuple[pd.DataFrame, int]:
    """The rows of ``table`` that pandas' ``print`` shows under ``display.max_rows`` (``most``)
    and ``display.min_rows`` (``fewest``), and how many it leaves out: all when there are
    ``most`` or fewer (or ``most`` is None or 0), else the first and last of ``fewest``.

    >>> import pandas as pd
    >>> shown, left_out = _head_and_tail(pd.DataFrame({"n": range(100)}), 60, 10)
    >>> shown["n"].tolist(), left_out
    ([0, 1, 2, 3, 4, 95, 96, 97, 98, 99], 90)
    """
    if not most or len(table) <= most:
        return table, 0
    shown = max(min(fewest or most, most), 2)  # the first and the last, at least
    head = shown - shown // 2
    return table.iloc[[*range(head), *range(len(table) - shown // 2, len(table))]], len(table) - shown


def _text_to_the_left(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its last column, ``text``, written from the left as prose is read: pandas
    puts a column of strings flush right, and a speech's statements of 20 to 70 characters
    came out ragged on the left, each starting where its length put it. Each text (and the
    column's name) is padded to the longest as :func:`stance.explain.plain_table` will write
    it, escapes included, in a terminal's columns (two for a Chinese character); the padding
    at the ends of the lines is cut when the table is written (:func:`_with_gap`).

    >>> import pandas as pd
    >>> print(_with_gap(_text_to_the_left(pd.DataFrame({"n": [1, 2], "text": ["Yes.", "We stand together."]})), 0, ""))
       n text
    0  1 Yes.
    1  2 We stand together.
    """
    from .text import escaped_in_place

    texts = table["text"].astype(object)
    # In columns, as pandas counts them where plain_table turns on its East Asian widths: padded
    # by characters, a Chinese statement's row was pushed right of the others.
    shown = [width(escaped_in_place(text)) if isinstance(text, str) else len(str(text)) for text in texts]
    widest = max([len("text"), *shown])
    padded = [text + " " * (widest - length) if isinstance(text, str) else text for text, length in zip(texts, shown)]
    # object: an Arrow string column (pandas 3's) refuses a lone surrogate that score() takes
    table = table.assign(text=forksafe.imported("pandas").Series(padded, index=table.index, dtype=object))
    return table.rename(columns={"text": "text".ljust(widest)})


def _with_gap(table: pd.DataFrame, left_out: int, what: str, note: str = "", na_rep: str = "NaN") -> str:
    """``table`` as :func:`stance.explain.plain_table` writes it (a missing value as ``na_rep``),
    a line saying how many ``what`` (a singular noun, made plural unless one) are left out
    between its first and its last half, then ``note``, when ``left_out`` is above 0.

    >>> import pandas as pd
    >>> print(_with_gap(pd.DataFrame({"n": [0, 1, 8, 9]}, index=[0, 1, 8, 9]), 6, "row"))
       n
    0  0
    1  1
    … 6 more rows
    8  8
    9  9
    """
    plain_table = forksafe.imported(".explain").plain_table  # names a model gives, escaped (see there)

    # sparsify=False: each row of a profile per document names its document; pandas left the cell
    # blank under the first, so a line read alone (aloud, or by grep) did not say whose it was.
    lines = [line.rstrip() for line in plain_table(table, sparsify=False, na_rep=na_rep).splitlines()]  # padded end
    if not left_out:
        return "\n".join(lines)
    # One line a row (plain_table escapes line breaks), under the header's one or two.
    header = len(lines) - len(table)
    cut = header + len(table) - len(table) // 2
    return "\n".join([*lines[:cut], f"{marks.ellipsis()} {left_out:,} more {what}{'' if left_out == 1 else 's'}{note}",
                      *lines[cut:]])


def without_target(profile: pd.DataFrame, documents: Iterable[Any], empty: Iterable[Any] = (),
                   unchosen: Mapping[Any, str] | None = None) -> str:
    """A line for each of ``documents`` with no row in ``profile``, a profile per document,
    saying it has no target ("" for a profile of one document): such a document was counted
    among the documents and then appeared nowhere. One of ``empty``, which has no statement at
    all (blank, furniture alone, missing), says so, as its warning does: it was said to have
    "no statement on a target (no target found)", as if its statements were all off-topic. So
    does one of ``unchosen`` (its name as the profile names it, and why: see :func:`_unchosen`),
    whose statements were all another speaker's than those --speaker chose.

    >>> import pandas as pd
    >>> profile = pd.DataFrame({"n": [1]}, index=pd.MultiIndex.from_tuples([("a.txt", "unity")],
    ...                                                                    names=["document", "target"]))
    >>> without_target(profile, ["a.txt", "b.txt", "b.txt"])
    '\\nb.txt: no statement on a target (no target found)'
    >>> without_target(profile, ["a.txt", "b.txt", "c.txt"], empty=["c.txt"])
    '\\nb.txt: no statement on a target (no target found)\\nc.txt: no statements'
    >>> without_target(profile, ["a.txt", "h.txt"], unchosen={"h.txt": "no statement by the speakers chosen (…)"})
    '\\nh.txt: no statement by the speakers chosen (…)'
    """
    from .text import escaped_in_place

    if "document" not in profile.index.names:
        return ""
    profiled = set(profile.index.get_level_values("document"))
    # Each name as the profile groups it: a document named "", " ", None or NaN is the profile's
    # row "(missing)", and was said to have no target beside that row, and listed as ": …".
    grouped = dict.fromkeys(_as_profiled(name) for name in documents)
    none = {_as_profiled(name) for name in empty}
    unchosen = unchosen or {}
    return "".join(f"\n{escaped_in_place(str(name))}: "
                   + ("no statements" if name in none
                      else unchosen.get(name, f"no statement on a target {NO_TARGET}"))
                   for name in grouped if name not in profiled)


# How many of a document's speakers a line of :func:`without_target` names before "and N more".
_SPEAKERS_NAMED = 5


def _unchosen(sentences: pd.DataFrame, kept: pd.DataFrame, chose: str,
              leave_out: bool = False) -> tuple[tuple[Any, str], ...]:
    """Each document of ``sentences`` (several documents' statements) with a statement, none of
    them in ``kept`` (those ``chose``, "--speaker rutte", kept, or ``leave_out`` left), as the
    profile names it, with what became of its statements, ``chose`` and its speakers, for
    :func:`without_target`: such a document was said to have "no statement on a target", as if
    its statements were off-topic.

    >>> import pandas as pd
    >>> said = pd.DataFrame({"document": ["r.txt", "h.txt", "h.txt"], "speaker": ["RUTTE", "HEALEY", None]})
    >>> _unchosen(said, said[:1], "--speaker rutte")
    (('h.txt', 'no statement by the speakers chosen (--speaker rutte; its speakers: HEALEY)'),)
    >>> _unchosen(said, said[:1], "--leave-out-speaker healey", leave_out=True)[0][1]
    'every statement left out (--leave-out-speaker healey; its speakers: HEALEY)'
    """
    if "document" not in sentences:
        return ()
    left = set(kept["document"].map(_as_profiled))
    unchosen = []
    for name, rows in sentences.groupby(sentences["document"].map(_as_profiled), sort=False, dropna=False):
        if name in left:
            continue
        speakers = [speaker for speaker in dict.fromkeys(rows.get("speaker", ())) if isinstance(speaker, str)]
        more = len(speakers) - _SPEAKERS_NAMED
        whose = (f"its speakers: {', '.join(speakers[:_SPEAKERS_NAMED])}" + (f" and {more} more" if more > 0 else "")
                 if speakers else "it names no speaker")
        which = "every statement left out" if leave_out else "no statement by the speakers chosen"
        unchosen.append((name, f"{which} ({chose}; {whose})"))
    return tuple(unchosen)


def _as_typed(name: str, argument: str) -> str:
    """A speaker's ``name`` as ``argument`` ("--speaker ", "speakers=") takes it: quoted in
    Python, and on the command line where a space would part it.

    >>> _as_typed("rutte", "--speaker "), _as_typed("Mark Rutte", "--speaker "), _as_typed("Q", "speakers=")
    ('rutte', '"Mark Rutte"', "'Q'")
    """
    if not argument.startswith("--"):
        return quoted(name)
    return f'"{name}"' if any(char.isspace() for char in name) else name


def _as_profiled(name: Any) -> Any:
    """A document's ``name`` as its profile names it: a missing or blank one as the group
    "(missing)" (see :func:`stance.profile`), any other as it is.

    >>> _as_profiled(" "), _as_profiled(None), _as_profiled("a.txt")
    ('(missing)', '(missing)', 'a.txt')
    """
    from .group_values import MISSING_GROUP, is_missing_group

    return MISSING_GROUP if is_missing_group(name) else name


def _cut_texts(texts: pd.Series, limit: int, columns: bool = False, ellipsis: str = "…") -> pd.Series:
    """Each of ``texts`` cut by :func:`stance.graphemes.cut`, as a column of Python objects; to
    ``limit`` columns of a terminal with ``columns`` (:func:`stance.graphemes.cut_columns`: a
    Chinese character takes two); each shortened one ends in ``ellipsis``.

    >>> import pandas as pd
    >>> _cut_texts(pd.Series(["We stand together.", "Lone \\ud800"], dtype=object), 9).tolist()
    ['We stand…', 'Lone \\ud800']
    >>> _cut_texts(pd.Series(["北约必须保持团结。"]), 7, columns=True).tolist()
    ['北约必…']
    """
    pd = forksafe.imported("pandas")

    shorten = cut_columns if columns else cut
    # object, not the str pandas would infer: an Arrow string refuses a lone surrogate, which
    # score() takes (as explain's table does).
    return pd.Series([shorten(t, limit, ellipsis) for t in texts], index=texts.index, dtype=object)


def score_document(text: str, model: StanceModel | str | PathLike[str] | None = None, *,
                   favor: str | list[str] | tuple[str, ...] | None = None,
                   against: str | list[str] | tuple[str, ...] | None = None,
                   sha256: str | None = None) -> DocumentScore:
    """Split ``text`` into statements and score each one.

    ``sentences`` has one row per statement: its ``text``, the ``speaker`` named by a
    transcript's tag ("Q:", "MODERATOR:", "Mr Healey:") or a caption file's voice ("<v Mark
    Rutte>"; None without tags; the tag itself is not scored; the name is in NFC with single
    spaces, however the tag wrote them), the
    ``line`` of ``text`` it starts on (from 1, as an editor numbers them) and the columns of
    :func:`stance.score`. Furniture is left out: page numbers and running headers (in a text
    that shows pages; a warning names each, with how many times), timestamps, end marks
    ("ENDS", "###"), tag and link lists, bylines and credits (not a caption or sentence before one),
    copyright lines, a publisher's note on the text ("This interview has been edited for
    length and clarity.", "Editor's note: …": not the last speaker's), footnotes at the foot of a page or the
    end (see :func:`stance.blocks.split_blocks`), stage directions such as
    "(Applause)" or "(inaudible)", also from inside a sentence, which is kept whole, and the
    House calling out together ("Hon. Members: Hear, hear."). A text of furniture alone has no
    statements, and a warning says so (a blank one has none, with no warning).
    Plain text is expected: strip HTML, Markdown or RTF markup first.
    ``stance.profile(doc.sentences, by="speaker")`` profiles each speaker.

    The profile needs to know which of the model's stance values is favour and which is
    against; with ``favor``/``against`` left as None it works that out from their names
    ("favor", "support", "agree", "pro", "pour", "dafür", "za", "a favor"… against
    "against", "oppose", "disagree", "contra", "contre", "dagegen", "przeciw", "en contra"…,
    in any case and however their accents are encoded) and asks for them when it cannot;
    names given are compared with the model's values the same way. Each takes a value or a
    list or tuple of values, all counted as that side (``favor=["favor", "pro"]`` for a model
    trained on both), as :func:`stance.profile` takes them.

    ``sha256``, the parameters' digest the model's publisher gave, refuses any other model, as
    :func:`stance.score`'s does (see :func:`stance.api.pinned_model`).

    >>> import stance
    >>> doc = stance.score_document("We have a one-speed NATO. Thank you all for coming.")
    >>> doc.sentences["label"].tolist()
    ['unity', 'none']
    """
    refuse_model_as_data(text, model, call="score_document", name="text", expected="a str (the document)",
                         model_first=False)
    model = _pinned_by(model, sha256)
    if isinstance(text, PathLike) and _table_advice(text) is not None:
        raise InvalidTypeError(f"text must be a str (the document), got {type_name(text)}, the path of "
                               f"{_table_advice(text)}")
    if not isinstance(text, str):
        raise InvalidTypeError(f"text must be a str (the document), got {type_name(text)}{decode_hint(text)}"
                               f"{_many_documents_hint(text)}")
    if (html := _html_warning(text, "text", "score_document")) is not None:
        warn(html)
    if _FILE_NAME.fullmatch(text.strip()) and _table_advice(text.strip()) is not None:
        # Reading its contents, as a text file's name is told to, would score a CSV's header as prose.
        warn(f"text {quoted(text.strip())} looks like the name of {_table_advice(text.strip())}")
    elif _FILE_NAME.fullmatch(text.strip()):
        warn(f"text {quoted(text.strip())} looks like a file's name, not a document; to score the file, pass its "
             f"contents: score_document(pathlib.Path({quoted(text.strip())}).read_text(encoding='utf-8')) "
             f"(on the command line, stance document FILE)")
    return _score_split([(None, text)], model, favor, against)


def _pinned_by(model: Any, sha256: str | None) -> Any:
    """``model`` as given, or with ``sha256`` the model it names, refused unless its parameters'
    digest is that one, before any text is read, as :func:`stance.score` refuses it."""
    if sha256 is None:
        return model
    from .api import resolve_model

    return resolve_model(model, sha256=sha256)


# A document that is one word ending in a text file's or a table's suffix: a file's name passed for its text.
# A caption file's too (SRT, WebVTT), which the splitter reads whole: its contents are a document.
_FILE_SUFFIXES = frozenset({"txt", "md", "htm", "html", "xml", "pdf", "doc", "docx", "rtf", "odt", "srt", "vtt", "csv",
                            "tsv", "json", "jsonl", "parquet", "xlsx", "xlsm", "xls", "ods", "numbers"})
# Longest first: an alternative of the regex is tried in order, "docx" before "doc".
_FILE_SUFFIX = r"\.(?:" + "|".join(sorted(_FILE_SUFFIXES, key=lambda suffix: (-len(suffix), suffix))) + ")"
_FILE_NAME = re.compile(r"\S+" + _FILE_SUFFIX, re.IGNORECASE)
# Such a file's Windows path from a drive or a share, spaces and all, as Explorer's "Copy as path" gives
# one ("C:\Users\Ana Lopes\OneDrive - Ministry\notes.txt"). What a Windows name cannot hold (<>:"|?*)
# is no part of it, and nor is what tells a sentence around a path (a review: "C:\ is full, so delete
# old.csv", "D:\Backups\notes.docx is where…, see minutes.txt"): a space after the drive, a comma or a
# semicolon, a file's suffix before a space.
_WINDOWS_FILE_PATH = re.compile(r'(?:[A-Za-z]:\\(?!\s)|\\\\[^\\\s]+\\)(?:(?!' + _FILE_SUFFIX + r'\s)[^<>:"|?*\r\n,;])*'
                                + _FILE_SUFFIX, re.IGNORECASE)


def _table_advice(path: str | PathLike[str]) -> str | None:
    """What to do with the file ``path`` when its suffix names a table of statements, which
    score_document does not read (its rows go to stance.score); None for any other file.

    >>> print(_table_advice("votes.csv"))  # doctest: +NORMALIZE_WHITESPACE
    a table of statements (.csv), not a document: to score its rows, stance.score('votes.csv')
    (stance score on the command line)
    >>> print(_table_advice("votes.json").split(": ")[1])
    to score its rows, stance.score(pandas.read_json('votes.json'))
    >>> _table_advice("speech.txt") is None
    True
    """
    from pathlib import PurePath

    from .file_types import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES

    name = str(path)
    suffix = PurePath(name).suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        rows = f"stance.score({name!r}) (stance score on the command line)"
    elif suffix == ".json":  # which stance.score reads as JSON Lines under .jsonl only
        rows = f"stance.score(pandas.read_json({name!r}))"
    elif suffix == ".numbers":  # which pandas.read_excel cannot read
        rows = "export it as CSV from Numbers and stance.score the CSV"
    elif suffix in SPREADSHEET_SUFFIXES:
        rows = f"stance.score(pandas.read_excel({name!r}))"
    else:
        return None
    return f"a table of statements ({suffix}), not a document: to score its rows, {rows}"


def _many_documents_hint(documents: Any) -> str:
    """What to do with ``documents``, many texts given to :func:`score_document`, which takes
    one: :func:`score_documents` them, named as it takes them (a DataFrame by its column of
    texts); empty for anything else. A DataFrame was "got DataFrame", no more.

    >>> import pandas as pd
    >>> _many_documents_hint(pd.DataFrame({"speech": ["We stand with Ukraine today."]}))
    "; for a table of documents use stance.score_documents(data, text_column='speech')"
    >>> _many_documents_hint(["a"]), _many_documents_hint(7)
    ('; for many documents use stance.score_documents(pd.Series(texts)), which names them by position', '')
    """
    from collections.abc import Mapping

    from .model import texts_column

    if type_name(documents) == "DataFrame":
        column = texts_column(documents)
        named = "" if column == "text" else f", text_column={quoted(column)}"
        return f"; for a table of documents use stance.score_documents(data{named})"
    if type_name(documents) == "Series" or isinstance(documents, Mapping):
        return "; for many documents use stance.score_documents(), which takes a Series or a dict of them"
    if isinstance(documents, (list, tuple)) or type_name(documents) in ("Index", "ndarray"):
        return "; for many documents use stance.score_documents(pd.Series(texts)), which names them by position"
    return ""


def score_documents(documents: Any, model: StanceModel | str | PathLike[str] | None = None, *,
                    text_column: str = "text", columns: Iterable[Any] | None = None,
                    favor: str | list[str] | tuple[str, ...] | None = None,
                    against: str | list[str] | tuple[str, ...] | None = None,
                    sha256: str | None = None) -> DocumentScore:
    """Split many documents into statements and score them all at once, as
    :func:`score_document` does one.

    ``documents`` names each text: a mapping of name to text (``{"rutte_tapa.txt": "…"}``),
    a pandas Series of texts (its index names them) or a DataFrame with ``text_column`` (its
    index names them); a missing text (None, NaN) is a document with no statements, and a
    warning names it, as it names a blank one and one of furniture alone. Names that the
    profile would pool into one document are refused: equal ones (1 and True) and two or more
    of its group ``"(missing)"`` (None, NaN, a blank name such as "" or " ", "(missing)").
    ``sentences`` has
    a ``document`` column (of the index's dtype, dates say, as ``profile``'s level; names of
    text, tuples or a dict's, Python objects), then the columns of :func:`score_document`, numbered from 0
    across the lot; ``profile`` has a profile per
    document, indexed by document and target, the documents in the order given, as the statements
    are. ``stance.profile(doc.sentences, by=["document", "speaker"])`` profiles each speaker of
    each document. Scoring them together is faster than one call per document: the statements are scored in one batch.

    A DataFrame's other columns (who spoke, when, where) come onto each of its document's
    statements, with their dtypes, right after ``document``; one named like a column of the
    result (``speaker``, ``text``, ``label``, ``p_unity``…) comes as ``input_<name>``, as
    ``stance suggest -o`` keeps one, so ``by=["input_speaker", "date"]`` profiles each
    speaker over time (a warning says so when the statements' own ``speaker`` is missing in
    every one, no transcript's tag naming anyone). ``columns`` names the ones to carry, in that order (None, the
    default, carries all; ``[]`` none): a value is repeated on every statement of its
    document, so a long text column (the page's HTML, the article's body) is copied once
    per statement (a 50 KB one on 12,000 statements takes 600 MB), and ``columns=`` leaves it
    behind. A name that two columns have is refused when carried, as when it is ``text_column``.
    ``favor`` and ``against`` are :func:`score_document`'s (a value or a list of values each), and
    so is ``sha256``.

    >>> import stance
    >>> docs = stance.score_documents({"a": "We have a one-speed NATO. Thank you.", "b": "Arm Ukraine now."})
    >>> docs.sentences[["document", "label"]].values.tolist()
    [['a', 'unity'], ['a', 'none'], ['b', 'ukraine_support']]
    >>> docs.profile.index.tolist()
    [('a', 'unity'), ('b', 'ukraine_support')]
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["Arm Ukraine now. We have a one-speed NATO."], "speaker": ["Nowak"],
    ...                       "year": [2024]}, index=["sejm.txt"])
    >>> rows = stance.score_documents(frame).sentences
    >>> rows.columns[:4].tolist()
    ['document', 'input_speaker', 'year', 'text']
    >>> rows[["input_speaker", "speaker", "label"]].values.tolist()
    [['Nowak', None, 'ukraine_support'], ['Nowak', None, 'unity']]
    >>> stance.score_documents(frame, columns=["year"]).sentences.columns[:3].tolist()
    ['document', 'year', 'text']
    """
    polars = is_polars(documents)  # no index to name its documents: see _names_column
    refuse_dask(documents, "documents", "score_documents")
    documents = as_pandas(documents, "documents")  # polars or pyarrow: before its class's name is read
    refuse_model_as_data(documents, model, call="score_documents", name="documents",
                         expected="a dict of name to text, a pandas Series or a DataFrame", model_first=False)
    model = _pinned_by(model, sha256)
    named, absent = _named_documents(documents, text_column)
    # A polars frame has no index; a pandas frame's default one (0..n-1, unnamed) names nothing either.
    numbered = (": a polars DataFrame has no index to name them" if polars else
                " by the DataFrame's default index" if _default_index(documents) else None)
    names_column = _names_column(documents, text_column) if numbered else None  # text_column checked
    # Not where its values repeat (speakers, not documents: a dict would merge theirs), are
    # carried with columns= already, or are 0..n-1 in order, the names already given (a review).
    if (names_column is not None and documents[names_column].is_unique
            and not numbered_from_zero(documents[names_column])
            and names_column not in (columns if isinstance(columns, (list, tuple)) else ())):
        warn(f"documents are numbered 0, 1, …{numbered}; to name them by its "
             f"column {quoted(names_column)}, pass dict(zip(documents[{quoted(names_column)}], "
             f"documents[{quoted(text_column)}]))")
    carried = _carried_columns(documents, text_column, columns)
    _warn_of_html(named)
    return _score_split(named, model, favor, against, carried=carried, absent=absent,
                        names_index=_names_index(documents))


def _names_index(documents: Any) -> pd.Index | None:
    """The index naming a pandas Series or DataFrame of ``documents`` when it has a dtype of
    its own (dates, periods, numbers, categories), which their ``document`` column keeps as
    the profile's ``document`` level does; None for names of text or tuples (a MultiIndex),
    or of a dict, which the column holds as Python objects.

    >>> import pandas as pd
    >>> _names_index(pd.Series(["a"], index=pd.to_datetime(["2024-03-01"]))).dtype.kind  # dates
    'M'
    >>> _names_index(pd.Series(["a"], index=["x.txt"])), _names_index({"x.txt": "a"})
    (None, None)
    """
    pd = forksafe.imported("pandas")

    index = getattr(documents, "index", None)
    if (not isinstance(index, pd.Index) or isinstance(index, pd.MultiIndex) or index.dtype == object
            or pd.api.types.is_string_dtype(index.dtype)):
        return None
    return index


def _default_index(documents: Any) -> bool:
    """Whether ``documents``, a pandas DataFrame, has the index pandas gives one of none: 0, 1,
    …, n-1, unnamed. A named index or other numbers are the user's own names for the documents.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["a", "b"]})
    >>> _default_index(frame), _default_index(frame.rename_axis("row")), _default_index(frame.iloc[1:])
    (True, False, False)
    """
    pd = forksafe.imported("pandas")

    index = documents.index if _is_frame(documents) else None
    return (isinstance(index, pd.RangeIndex) and index.name is None and index.start == 0 and index.step == 1
            and len(index) > 0)


# The names, in lower case, of a column that names documents (a file's name, an id):
# a pandas frame's index names them, which a polars frame lacks.
_NAMES_COLUMNS = ("name", "document", "doc", "file", "filename", "file_name", "id", "doc_id", "document_id")


def _names_column(documents: Any, text_column: str) -> str | None:
    """The column of a DataFrame of ``documents`` read from polars whose name says it names
    them (:data:`_NAMES_COLUMNS`, in any case), but for ``text_column``; None for a Series.
    A polars frame has no index: its documents are numbered, and such a column, which a
    pandas frame would have as its index, was carried onto each statement unused."""
    if not _is_frame(documents):
        return None
    return next((column for column in documents.columns if isinstance(column, str) and column != text_column
                 and column.strip().casefold() in _NAMES_COLUMNS), None)


def _is_frame(documents: Any) -> bool:
    return hasattr(documents, "columns") and hasattr(documents, "index")


def _carried_columns(documents: Any, text_column: str, columns: Iterable[Any] | None) -> pd.DataFrame | None:
    """The columns of a DataFrame of ``documents`` to carry onto its statements: those
    named in ``columns``, in that order, or all but ``text_column`` when it is None.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["Arm Ukraine now."], "speaker": ["Nowak"], "year": [2024]})
    >>> _carried_columns(frame, "text", ["year"]).columns.tolist()
    ['year']
    """
    if isinstance(columns, (str, bytes)) or (columns is not None and not isinstance(columns, Iterable)):
        hint = f"; for one column, columns=[{quoted(columns)}]" if isinstance(columns, str) else ""
        raise InvalidTypeError(f"columns must be a list of column names or None, got {type_name(columns)}{hint}")
    if not _is_frame(documents):
        if columns is not None and list(columns):
            raise InvalidInputError(f"columns: only a DataFrame has columns to carry, and documents is a "
                                    f"{type_name(documents)}; leave columns out")
        return None
    others = documents.columns.drop(text_column)
    if columns is None:
        if twice := _named_twice(others, others):
            raise InvalidInputError(f"documents: {twice[1]} columns are named {quoted(twice[0])}, which would each "
                                    f"be carried onto every statement; rename the duplicates, or pass columns= the "
                                    f"ones to carry")
        return documents[others]
    columns = list(columns)
    _refuse_values_in(columns, documents)
    if text_column in columns:
        raise InvalidInputError(f"columns: {quoted(text_column)} is text_column, the text scored; each statement's "
                                f"text is in the text column already")
    twice = [c for i, c in enumerate(columns) if c in columns[:i]]
    if twice:
        raise InvalidInputError(f"columns: {quoted(twice[0])} is given twice; name each column once")
    unknown = [c for c in columns if c not in others]
    if unknown:
        verb = "is not a column" if len(unknown) == 1 else "are not columns"
        raise InvalidInputError(f"columns: {', '.join(map(repr, unknown))} {verb} of the documents; they have "
                                f"{', '.join(map(repr, others)) or 'no other columns'}")
    if twice := _named_twice(columns, others):
        raise InvalidInputError(f"columns: {quoted(twice[0])} names {twice[1]} columns of the documents; rename "
                                f"the duplicates")
    return documents[columns]


def _refuse_values_in(columns: list[Any], documents: pd.DataFrame) -> None:
    """Refuse an item of ``columns`` that is values, not a name (``pl.col("year")``), as
    a column argument's is refused: ``in`` and ``==`` on it failed in polars or pandas."""
    from .columns import values_for_a_name

    for column in columns:
        if (message := values_for_a_name("columns", column, documents)) is not None:
            # Each name it advises (to pass, or meant) as the list columns= takes: columns=['year'].
            raise InvalidTypeError(_ADVISED_COLUMN.sub(r"columns=[\1]", message))


_ADVISED_COLUMN = re.compile(r"""columns=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


def _named_twice(carried: Iterable[Any], columns: Any) -> tuple[Any, int] | None:
    """The first name of ``carried`` that two or more of ``columns`` have, and how many, or
    None: pandas selects each of them for each time it is named, so that a frame with columns
    "x" and "x" carried four ("x", "x", "x", "x"); a text_column named twice is refused too.

    >>> import pandas as pd
    >>> _named_twice(["y", "x"], pd.Index(["x", "y", "x"])), _named_twice(["y"], pd.Index(["x", "y", "x"]))
    (('x', 2), None)
    """
    from collections import Counter

    counts = Counter(columns)
    return next(((name, counts[name]) for name in carried if counts[name] > 1), None)


def _named_documents(documents: Any, text_column: str) -> tuple[list[tuple[Any, str]], set[int]]:
    """``documents`` as (name, text) pairs, each text checked to be a str (a missing one
    warned of, and empty), and the positions of the missing ones."""
    from collections.abc import Mapping

    if isinstance(documents, (str, bytes)):
        raise InvalidTypeError(f"documents must name each text (a dict of name to text, a Series or a "
                               f"DataFrame), got a single {type_name(documents)}; use score_document "
                               f"for one document")
    if _is_frame(documents):
        from .columns import require_columns

        require_columns(documents, {"text_column": text_column})
        pairs = list(zip(documents.index, documents[text_column].tolist()))
    elif hasattr(documents, "index") and hasattr(documents, "tolist"):  # a Series
        pairs = list(zip(documents.index, documents.tolist()))
    elif isinstance(documents, Mapping):
        pairs = list(documents.items())
    else:
        raise InvalidTypeError(f"documents must name each text: a dict of name to text, a pandas Series "
                               f"(its index names them) or a DataFrame with text_column, got "
                               f"{type_name(documents)}")
    names = [name for name, _ in pairs]
    if len(set(map(repr, names))) < len(names):
        raise InvalidInputError(f"documents: each document needs a name of its own; {_repeated_names(names)}")
    _refuse_names_grouped_together(names)
    absent = {position for position, (_, text) in enumerate(pairs) if is_missing(text)}
    if absent:  # as score() flags a missing row: one empty article sinks no corpus
        names = [pairs[position][0] for position in sorted(absent)]
        warn(f"{_documents(names)} {'has' if len(absent) == 1 else 'have'} no text (missing): "
             f"{'it has' if len(absent) == 1 else 'they have'} no statements")
        pairs = [(name, "" if is_missing(text) else text) for name, text in pairs]
    wrong = [(name, text) for name, text in pairs if not isinstance(text, str)]
    if wrong:
        name, text = wrong[0]
        others = f" ({len(wrong)} documents are not str)" if len(wrong) > 1 else ""
        raise InvalidTypeError(f"documents: the text of {row_name(name)} must be a str, got {type_name(text)}"
                               f"{decode_hint(text)}{others}")
    return pairs, absent


def _refuse_names_grouped_together(names: list[Any]) -> None:
    """Refuse two names that differ but that the profile per document would silently pool:
    equal values, which pandas groups as one (1 and True, 0 and 0.0), and the names of its
    group "(missing)": any missing one (None and NaN), blank text ("" and " ") and
    "(missing)" itself (see :func:`stance.profile`)."""
    pd = forksafe.imported("pandas")

    from .group_values import MISSING_GROUP, is_missing_group

    missing = object()  # the profile's one group "(missing)"
    keys = pd.Series([missing if is_missing_group(name) or (isinstance(name, str) and name == MISSING_GROUP)
                      else name for name in names], dtype=object)
    repeated = keys.duplicated(keep=False).tolist()
    if any(repeated):
        first, second = [name for name, again in zip(names, repeated) if again][:2]
        raise InvalidInputError(f"documents: {row_name(first)} and {row_name(second)} would be one document in the "
                                f"profile, which pools the names that are missing, blank or {MISSING_GROUP!r} in "
                                f"one group, {MISSING_GROUP!r}, and equal ones (1 and True); "
                                f"give each document a name of its own")


def _documents(names: list[Any]) -> str:
    """``names`` as a message's subject: "document 'a'", "documents 'a', 'b'".

    >>> _documents(["d"]), _documents(["b", "c"])
    ("document 'd'", "documents 'b', 'c'")
    """
    return f"document{'' if len(names) == 1 else 's'} {_first_names(names)}"


def _repeated_names(names: list[Any], shown: int = 5) -> str:
    """The names that ``names`` holds more than once, each once with how many times, the commonest
    first: a corpus of agency copy named by agency repeats one name in thousands of rows.

    >>> _repeated_names(["Reuters", "Reuters", "AP", "Reuters"])
    "'Reuters' names 3 documents"
    >>> _repeated_names(["AP", "AP", "a", "Reuters", "Reuters", "Reuters", "b", "b"], shown=2)
    "'Reuters' (3), 'AP' (2) and 1 more name each name two documents or more"
    """
    counts: dict[str, tuple[Any, int]] = {}
    for name in names:
        first, times = counts.get(repr(name), (name, 0))
        counts[repr(name)] = first, times + 1
    repeated = sorted((pair for pair in counts.values() if pair[1] > 1), key=lambda pair: -pair[1])
    if len(repeated) == 1:
        name, times = repeated[0]
        return f"{row_name(name)} names {times} documents"
    listed = ", ".join(f"{row_name(name)} ({times})" for name, times in repeated[:shown])
    more = len(repeated) - shown
    return listed + (f" and {counted(more, 'more name')}" if more > 0 else "") + " each name two documents or more"


def _first_names(names: list[Any], shown: int = 5) -> str:
    # A document is a row of a Series or DataFrame of them, named as the row is (a date as written).
    listed = ", ".join(row_name(name) for name in names[:shown])
    return listed + (f" and {len(names) - shown} more" if len(names) > shown else "")


def _looks_like_markup(text: str) -> bool:
    return len(_MARKUP.findall(text[:20_000])) >= 5


def _html_reference(text: str) -> str | None:
    """The first HTML character reference of ``text`` (its first 20,000 characters), or None:
    a numeric one ("&#8217;", "&#x2019;") or a named one HTML knows, with its semicolon
    ("&rsquo;", "&amp;"), as scraped text keeps them. "AT&T", "R&D;", "Q&A", "&c." are none.
    A caption file's are none either: its cues' references are decoded as it is split.

    >>> _html_reference("NATO isn&rsquo;t united."), _html_reference("AT&T, R&D; Q&A, &c. &notanentity;")
    ('&rsquo;', None)
    """
    if "&" not in text:  # most statements: a cheap test first
        return None
    found = next((reference[0] for reference in _HTML_REFERENCE.finditer(text[:20_000])
                  if reference[0][1] == "#" or reference[0][1:] in html5), None)
    if found is not None and forksafe.imported(".captions")._is_caption_file(text.splitlines()):
        return None
    return found


def _html_warning(text: Any, subject: str, call: str, many: bool = False) -> str | None:
    """The warning of ``text`` (``subject``, the documents named; ``many`` when they are
    several) that ``call`` reads as plain text when it looks like HTML (see _MARKUP) or holds
    its character references (see :func:`_html_reference`), or None: tags are scored as words,
    and "isn&rsquo;t" as "isn", "rsquo" and "t", its negation lost."""
    if not isinstance(text, str):
        return None
    reference = _html_reference(text)
    unescape = "html.unescape(text)" + ("" if subject == "text" else " of each")
    if _looks_like_markup(text):
        also = "" if reference is None else f", and unescape its character references ({reference}), {unescape}"
        return (f"{subject} {'look' if many else 'looks'} like HTML or XML; {call} reads plain text, so the tags are "
                f"scored as words: strip the markup first{also}")
    if reference is None:
        return None
    return (f"{subject} {'hold' if many else 'holds'} HTML character references ({reference}); {call} reads plain "
            f"text, so each is scored as written, not as the character it stands for: unescape them first, "
            f"{unescape}")


def _warn_of_html(named: list[tuple[Any, Any]]) -> None:
    """Warn of the documents of ``named`` (name, text) that look like HTML or hold its
    character references (see :func:`_html_warning`): those with tags in one warning, as
    before, those with references alone in another, each naming the first's reference."""
    tags = [name for name, text in named if isinstance(text, str) and _looks_like_markup(text)]
    if tags:
        first = next(text for name, text in named if name == tags[0])
        warn(_html_warning(first, _documents(tags), "score_documents", many=len(tags) > 1) or "")
    references = [(name, text) for name, text in named
                  if isinstance(text, str) and name not in tags and _html_reference(text) is not None]
    if references:
        warn(_html_warning(references[0][1], _documents([name for name, _ in references]), "score_documents",
                           many=len(references) > 1) or "")


def _one_spelling_each(speakers: list[str | None]) -> list[str | None]:
    """``speakers`` (of several documents, in order) with each speaker named as the first of
    its spellings is written, as one document's tags are (see
    :func:`stance.speakers._spelling_key`): one transcript's "RUTTE:" and the next one's "Rutte:"
    were two speakers, "RUTTE" and "Rutte", so ``profile(docs.sentences, by="speaker")``
    split his statements in two. Spellings alone: an office names its holder only within its
    own document (another file's "SECRETARY GENERAL:" may be another Secretary General), and an
    office naming no holder is a name like any other ("SECRETARY GENERAL", "Secretary General").

    >>> _one_spelling_each(["RUTTE", None, "Q", "Rutte", "Mr. Wimsey", "Mr Wimsey", "q"])
    ['RUTTE', None, 'Q', 'RUTTE', 'Mr. Wimsey', 'Mr. Wimsey', 'Q']
    """
    spelling_key = forksafe.imported(".speakers")._spelling_key  # as a fork may wait for (see stance._forksafe)
    first: dict[str, str] = {}
    # Each name once, not once a statement: 12,000 statements have a few dozen speakers.
    named = {speaker: first.setdefault(spelling_key(speaker), speaker)
             for speaker in dict.fromkeys(speakers) if speaker is not None}
    return [speaker if speaker is None else named[speaker] for speaker in speakers]


def _score_split(named: list[tuple[Any, str]], model: Any, favor: str | list[str] | tuple[str, ...] | None,
                 against: str | list[str] | tuple[str, ...] | None, carried: pd.DataFrame | None = None,
                 absent: Collection[int] = (), names_index: pd.Index | None = None) -> DocumentScore:
    """Split each (name, text) into statements, score them in one batch and profile them;
    a name of None is a lone document (no ``document`` column). ``carried`` has a row per
    document, in their order, copied onto each of its statements (see :func:`_carried_rows`).
    Of several, those of no statements are warned of by name, but the missing ones (at
    the positions ``absent``), warned of already."""
    pd = forksafe.imported("pandas")

    from .api import resolve_model
    from .profile import given_directions, profile
    from .scoring import score_checked
    from .text import is_blank

    statements_and_headers = forksafe.imported(".sentences").statements_and_headers

    model = resolve_model(model)._pinned()  # one model throughout, whatever fits run meanwhile
    names, positions, texts, speakers, lines = [], [], [], [], []
    headers: list[tuple[Any, dict[str, int]]] = []
    joined_posts: list[tuple[Any, list[int]]] = []
    back_matter: list[tuple[Any, list[Any]]] = []
    unsure_tags: list[tuple[Any, list[tuple[int, str, tuple[str, ...]]]]] = []
    for position, (name, text) in enumerate(named):
        statements, left_out, joined, back, unsure = statements_and_headers(text)
        if unsure:
            unsure_tags.append((name, unsure))
        if left_out:
            headers.append((name, left_out))
        if back:
            back_matter.append((name, back))
        if joined:
            joined_posts.append((name, joined))
        for statement, speaker, line in statements:
            names.append(name)
            positions.append(position)
            texts.append(statement)
            speakers.append(speaker)
            lines.append(line)
    lone = len(named) == 1 and named[0][0] is None
    if not lone:
        speakers = _one_spelling_each(speakers)
    columns = {"text": pd.Series(texts, dtype=object), "speaker": pd.Series(speakers, dtype=object),
               "line": pd.Series(lines, dtype="int64")}
    if headers:
        _warn_of_headers(headers, lone)
    if joined_posts:
        _warn_of_joined_posts(joined_posts, lone)
    if back_matter:
        _warn_of_back_matter(back_matter, lone)
    if unsure_tags:
        _warn_of_unsure_tags(unsure_tags, lone)
    _warn_of_mojibake(named)
    _warn_of_long_statements(texts, names, lines, lone)
    # two columns pasted as one: a warning of its own module, imported on first use
    forksafe.imported(".columns_pasted")._warn_of_two_columns(named, _documents)
    scored_at = set(positions)
    # those scored: a hashtag's "#nv" alone is left out as furniture, and warned of as such
    _warn_of_spreadsheet_errors([pair for at, pair in enumerate(named) if at in scored_at])
    if lone:
        # A lone blank text is the neutral answer the README gives it, "(no statements)"; one whose every
        # line is furniture is no blank one, and "(no statements)" alone does not say why it has none.
        if not positions and not is_blank(named[0][1]):
            _warn_of_no_statements(named)
    else:
        _warn_of_no_statements([(name, text) for position, (name, text) in enumerate(named)
                                if position not in scored_at and position not in absent])
    if not lone:
        # Names of a dtype of their own (a Series of speeches indexed by date) keep it, so that
        # docs.sentences.document.dt.to_period("M") works as on the profile's document level.
        document = (pd.Series(names, dtype=object) if names_index is None
                    else pd.Series(names_index.take(positions)))
        columns = {"document": document, **columns}
    # Its statements are a document's split: one too long to split is no document to split again.
    scored = score_checked(pd.DataFrame(columns), model=model, check_documents=False)
    if carried is not None and len(carried.columns):
        # Right after the document they describe (its speaker, date, outlet), before the scores.
        at = 1 if "document" in scored else 0
        attrs = scored.attrs  # the model's off-topic label, which concat drops beside other attrs
        rows = _carried_rows(carried, positions, scored.columns)
        _warn_of_displaced_speakers(dict(zip(carried.columns, rows.columns)), scored)
        scored = pd.concat([scored.iloc[:, :at], rows, scored.iloc[:, at:]], axis=1)
        scored.attrs = attrs
    scored.index.name = "statement"
    none_label = model.params_.none_label  # None: every label a target, one called "none" too
    # Refused as the model names its values, a value or each of a list; the rest is profile's, which
    # counts every value a side's name reads as ("favor" and "pro"), where one value chosen here left "pro" out.
    given_directions(list(model.stance_classes), favor, against)
    by = None if lone else "document"
    # prefix="": these are this scoring's own columns, whatever a carried column is called.
    table = profile(scored, by=by, none_label=none_label, favor=favor, against=against, prefix="")
    if by:
        table = _in_statement_order(table, scored["document"])
    return DocumentScore(scored, table, documents=None if lone else len(named), _sides=(favor, against),
                         _names=() if lone else tuple(name for name, _ in named),
                         _empty=() if lone else tuple(name for position, (name, _) in enumerate(named)
                                                      if position not in scored_at))


def _in_statement_order(table: pd.DataFrame, documents: pd.Series) -> pd.DataFrame:
    """The profile per document ``table`` with its documents in the order of their statements
    (``documents``, the order they were given), each document's targets as profile ordered
    them; a group no statement names as such (``"(missing)"``) last. Profile orders its groups
    as a reader counts, "x9" before "x10", where the statements and ``-o`` followed the
    order given (a glob's files in name order): the two tables listed them differently.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"n": [1, 2, 3]}, index=pd.MultiIndex.from_tuples(
    ...     [("x9", "unity"), ("x10", "deterrence"), ("x10", "unity")], names=["document", "target"]))
    >>> _in_statement_order(table, pd.Series(["x10", "x10", "x9"])).index.tolist()
    [('x10', 'deterrence'), ('x10', 'unity'), ('x9', 'unity')]
    """
    first: dict[Any, int] = {}
    for position, name in enumerate(documents):
        first.setdefault(name, position)
    level = table.index.get_level_values("document")
    # sorted() is stable: within a document, and among the groups not found, profile's order stays.
    order = sorted(range(len(table)), key=lambda row: first.get(level[row], len(first)))
    return table.iloc[order]


def _warn_of_no_statements(empty: list[tuple[Any, str]]) -> None:
    """Warn of the documents of ``empty`` (name, text), which have no statements, by name:
    a blank one (a file saved empty) and one whose every line is furniture vanished from
    the statements and the profile without a word, where a missing one is warned of. A name
    of None is a lone document's, score_document's ``text``.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_no_statements([("a.txt", " "), ("b.txt", "(Applause)")])
    ...     _warn_of_no_statements([(None, "- 3 -")])
    >>> [str(w.message) for w in caught]  # doctest: +NORMALIZE_WHITESPACE
    ["document 'a.txt' is blank: it has no statements",
     "document 'b.txt' has no statements: all its lines are left out as furniture (page numbers, running headers,
     stage directions…)",
     'text has no statements: all its lines are left out as furniture (page numbers, running headers, stage
     directions…)']
    """
    from .text import is_blank

    blank = [name for name, text in empty if is_blank(text)]
    bare = [name for name, text in empty if not is_blank(text)]
    if blank:
        one = len(blank) == 1
        warn(f"{_documents(blank)} {'is' if one else 'are'} blank: {'it has' if one else 'they have'} no statements")
    if bare:
        one = len(bare) == 1
        subject = "text" if bare == [None] else _documents(bare)
        warn(f"{subject} {'has' if one else 'have'} no statements: all {'its' if one else 'their'} lines "
             f"are left out as furniture (page numbers, running headers, stage directions…)")


def _warn_of_spreadsheet_errors(named: list[tuple[Any, Any]]) -> None:
    """Warn of the documents of ``named`` (name, text) whose text is a spreadsheet's error value
    ("#N/A" in a column a formula filled, and failed): each was scored as a statement and counted
    in the profile without a word, where stance.score warns of such a text and training refuses it
    (see :func:`stance.scoring.warn_of_spreadsheet_errors`). A name of None is a lone text's.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_spreadsheet_errors([("a.txt", "We met."), ("b", "#N/A"), ("c", " #REF! ")])
    >>> str(caught[0].message)[:80]
    "documents 'b', 'c' are '#N/A' and '#REF!', a spreadsheet's error values (a formu"
    """
    from .label_cells import is_spreadsheet_error, warn_of_spreadsheet_error_texts

    found = [(name, text) for name, text in named if is_spreadsheet_error(text)]
    if not found:
        return
    names = [name for name, _ in found]
    warn_of_spreadsheet_error_texts("text" if names == [None] else _documents(names), [text for _, text in found],
                                    "the profile", whole=True, wanted="text")


def _warn_of_headers(headers: list[tuple[Any, dict[str, int]]], lone: bool, shown: int = 3) -> None:
    """Warn of the lines left out as running headers, each (name, {line: times}) of ``headers``
    a document's (``lone``: the one document, unnamed): a line that recurs is one only in a
    text that shows pages, but a speaker's refrain in such a text is taken for one too, and a
    reader should see it go.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_headers([("a.txt", {"NATO Review 1": 3}), ("b.txt", {"Draft": 4, "Annex": 2})], lone=False)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    left out as running headers, ...: in 'a.txt' 'NATO Review 1' 3 times; in 'b.txt' 'Draft' 4 times, 'Annex' 2 times
    """
    def listed(lines: dict[str, int]) -> str:
        named = ", ".join(f"{quoted(line)} {'once' if times == 1 else f'{times} times'}"
                          for line, times in list(lines.items())[:shown])
        return named + (f" and {len(lines) - shown} more" if len(lines) > shown else "")

    where = _in_each_document(headers, lone, listed, shown)
    warn(f"left out as running headers, short lines without a final full stop that recur at the top or foot of "
         f"the text's pages (which page numbers, page breaks, or the line's own page number or even spacing "
         f"show), or count their page among the pages: {where}")


def _in_each_document(found: list[tuple[Any, Any]], lone: bool, listed: Callable[[Any], str], shown: int) -> str:
    """What a warning found, each (name, what) of ``found`` a document's, ``listed``: the one
    document's alone (``lone``), else each of the first ``shown`` documents' after its name.

    >>> _in_each_document([("a.txt", 1), ("b.txt", 2)], False, str, 1)
    "in 'a.txt' 1; and in 1 more document"
    """
    if lone:
        return listed(found[0][1])
    where = "; ".join(f"in {row_name(name)} {listed(what)}" for name, what in found[:shown])
    return where + (f"; and in {counted(len(found) - shown, 'more document')}" if len(found) > shown else "")


def _warn_of_back_matter(back_matter: list[tuple[Any, list[Any]]], lone: bool, shown: int = 3) -> None:
    """Warn of the text left out below end marks as a release's back matter, each (name, [run…]) of
    ``back_matter`` a document's (``lone``: the one document, unnamed), each run a
    stance.blocks._BackMatter (the mark's line, the mark, the lines and words left out): notes to
    editors and contacts are no one's statements, but a reader should see words go, and know how
    to keep them.

    >>> import warnings
    >>> from stance.blocks import _BackMatter
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_back_matter([(None, [_BackMatter(5, "ENDS", 4, 31)])], lone=True)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    left out as a release's back matter ...: 4 lines, 31 words below 'ENDS' on line 5; if ...
    """
    def listed(runs: list[Any]) -> str:
        named = ", ".join(f"{counted(run.lines, 'line')}, {counted(run.words, 'word')} below {quoted(run.mark)} "
                          f"on line {run.line}" for run in runs[:shown])
        return named + (f" and {len(runs) - shown} more" if len(runs) > shown else "")

    where = _in_each_document(back_matter, lone, listed, shown)
    warn(f"left out as a release's back matter (notes to editors, contacts…), below an end mark: {where}; if "
         f"they are statements, delete the end mark (\"ENDS\", \"###\", \"-30-\") or score each part as a "
         f"document of its own")


def _warn_of_unsure_tags(unsure: list[tuple[Any, list[tuple[int, str, tuple[str, ...]]]]], lone: bool,
                         shown: int = 3) -> None:
    """Warn of the tags left as written, each (name, [(line, tag, speakers)…]) of ``unsure`` a
    document's (``lone``: the one document, unnamed): a later tag of the office, name or surname
    of an earlier tag of an office and a name names that tag's speaker ("SECRETARY GENERAL:"
    after "SECRETARY GENERAL MARK RUTTE:"), as one of the surname does an earlier tag's of a
    name alone ("RUTTE:" after "Mark Rutte:"), but not when two earlier tags' speakers have it (see
    stance.speakers._NamedHolders), and a reader should know that the tag is a speaker of its own.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_unsure_tags([(None, [(3, "RUTTE", ("MARK RUTTE", "SECRETARY GENERAL MARK RUTTE"))])], lone=True)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    a tag left as written, ...: 'RUTTE' on line 3 ('MARK RUTTE' or 'SECRETARY GENERAL MARK RUTTE'); ... the tag in full
    """
    def listed(tags: list[tuple[int, str, tuple[str, ...]]]) -> str:
        named = ", ".join(f"{quoted(tag)} on line {line} ({' or '.join(map(quoted, speakers))})"
                          for line, tag, speakers in tags[:shown])
        return named + (f" and {len(tags) - shown} more" if len(tags) > shown else "")

    where = _in_each_document(unsure, lone, listed, shown)
    if sum(len(tags) for _, tags in unsure) == 1:
        warn(f"a tag left as written, a speaker of its own: an earlier tag of a name, or of an office and a name, "
             f"has its office, name or surname, but so does another earlier tag: {where}; to name the speaker, "
             f"write the tag in full")
        return
    warn(f"tags left as written, each a speaker of its own: an earlier tag of a name, or of an office and a name, "
         f"has its office, name or surname, but so does another earlier tag: {where}; to name the speaker, "
         f"write each tag in full")


def _warn_of_joined_posts(joined: list[tuple[Any, list[int]]], lone: bool, shown: int = 3) -> None:
    """Warn of the lines joined to the sentence above although they may open posts or the sentence
    below a headline, each (name, [line…]) of ``joined`` a document's (``lone``: the one document,
    unnamed): a line that opens with a capital below one that ends no sentence, in a paragraph of
    such lines, may go on with a wrapped sentence or open a post of a feed pasted one post a line,
    which seldom ends in a full stop; one that opens with a number below a line that reads as a
    headline ("Summit outcome" / "3.5% of GDP is the target."), and a sentence opening with a capital
    below one in a text not hard-wrapped (a press release's "Statement on aid debate" / "Some
    politicians…"; see stance.wrapping._capital_may_open_statement), may go on with it or open a
    sentence of its own. The split keeps them joined unless the lines show a feed (see
    stance.posts._feed_posts) or a headline (see stance.wrapping._number_opens_statement), so a
    reader should know.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_joined_posts([(None, [2, 3, 4, 5])], lone=True)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    lines 2, 3, 4 and 1 more were joined to the line above as a sentence wrapped over lines, though each opens ...
    """
    def listed(lines: list[int]) -> str:
        named = ", ".join(map(str, lines[:shown]))
        return named + (f" and {len(lines) - shown} more" if len(lines) > shown else "")

    if lone:
        where = f"line {joined[0][1][0]}" if len(joined[0][1]) == 1 else f"lines {listed(joined[0][1])}"
    else:
        where = "; ".join(f"in {row_name(name)} line{'s' if len(lines) > 1 else ''} {listed(lines)}"
                          for name, lines in joined[:shown])
        where += f"; and in {counted(len(joined) - shown, 'more document')}" if len(joined) > shown else ""
    one = len(joined) == 1 and len(joined[0][1]) == 1
    warn(f"{where} {'was' if one else 'were'} joined to the line above as a sentence wrapped over lines, though "
         f"{'it opens' if one else 'each opens'} with a capital or a number below a line that ends no sentence; if "
         f"they are posts of a feed, one a line, or a headline and the sentence below it, end each with a full stop "
         f"or put a blank line between them")


def _warn_of_long_statements(texts: list[str], names: list[Any], lines: list[int], lone: bool,
                             shown: int = 3) -> None:
    """Warn of the statements of ``texts`` (each of the document of ``names``, starting on the
    line of ``lines``; ``lone``: the one document, unnamed) as long as a document (see
    stance.scoring.is_document, of which score warns: a Chinese or Japanese character counts
    three): a text with no sentence's end to split at, as an auto-caption file or a transcript
    typed without punctuation is, gives one statement of all its words, whose label and stance
    are their pull together.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_long_statements(["We agree.", "and we " * 1000], [None, None], [1, 2], lone=True)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    text of a document's length: the statement on line 2 holds 7,000 characters, too long for a statement: ...
    """
    from .scoring import DOCUMENT_LENGTH, WIDE_COUNTED, is_document

    long = [at for at, text in enumerate(texts) if is_document(text)]
    if not long:
        return
    where = [f"on line {lines[at]}" + ("" if lone else f" of {_documents([names[at]])}") for at in long[:shown]]
    more = f" and {len(long) - shown} more" if len(long) > shown else ""
    if len(long) == 1:
        size = len(texts[long[0]])
        wide = f" ({WIDE_COUNTED})" if size < DOCUMENT_LENGTH else ""
        said = f"the statement {where[0]} holds {size:,} characters{wide}, too long for a statement: it is"
    else:
        wide = f", {WIDE_COUNTED}" if any(len(texts[at]) < DOCUMENT_LENGTH for at in long) else ""
        said = (f"the statements {', '.join(where)}{more} hold {DOCUMENT_LENGTH:,} characters or more{wide} (the "
                f"longest {max(len(texts[at]) for at in long):,}), too long for statements: each is")
    # stance classify takes one statement a line on its standard input, where stance score reads a table.
    how = ("score the parts with stance.score", "classify them with stance classify, one statement a line on its "
           "standard input")
    warn(lambda words: f"{said} scored as one statement, its label and stance the pull of all its words together; "
                       f"the document may lack punctuation (auto-captions, a transcript typed without full stops), "
                       f"where the split finds no sentence's end: add the full stops, or split its text yourself and "
                       f"{words.either(*how)}", LongTextWarning)


# Text decoded in the wrong encoding before it reached us, where no text has it otherwise: UTF-8
# read as cp1252 ("â€™" for "’", "â€œ" for "“", "Ã©" for "é", "Â£" for "£": "Ã" or "Â" before
# a symbol or a sign of cp1252's upper half, where "SÃO" has a letter), and cp1252 read as
# Latin-1, whose quotes and dashes are then C1 controls (U+0093 for "“"), which no text types.
# Central European letters and Cyrillic come out as "Ä", "Å", "Ð" or "Ñ" and such a sign
# ("WrocÅ‚aw", "Ð£ÐºÑ€Ð°Ñ—Ð½Ð°"); as those four end words in capitals ("PÅ»", "DOÑ”"), they
# count only inside a word, a letter after the pair.
_CP1252_UPPER_HALF = ("\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                      "\u2013-\u203a\u20ac\u2122")
_MOJIBAKE = re.compile(f"â€.?|[ÂÃ][{_CP1252_UPPER_HALF}]|[ÄÅÐÑ][{_CP1252_UPPER_HALF}](?=[^\\W\\d_])|[\u0080-\u009f]")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# The single-byte encodings UTF-8 is misread in: Windows' code pages of Western and Central Europe,
# the Baltic states and Cyrillic, and their ISO standards. Only cp1252's mojibake is shaped as
# _MOJIBAKE knows: UTF-8 "ü" read as cp1250 is "ĂĽ", "М" read as cp1251 is "Рњ".
_MISREAD_AS = ("cp1252", "cp1250", "cp1251", "cp1257", "latin-1", "iso-8859-2")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")


def _utf8_pair(codec: str) -> re.Pattern[str]:
    """The characters ``codec`` reads a UTF-8 lead byte as (0xC2 to 0xF4), each before one it
    reads a continuation byte as (0x80 to 0xBF): UTF-8 misread in ``codec`` holds such a pair,
    and a line without one cannot decode (its first byte beyond ASCII would stand alone)."""
    def read(first: int, last: int) -> str:
        return "".join(bytes([byte]).decode(codec, errors="ignore") for byte in range(first, last + 1))

    return re.compile(f"[{re.escape(read(0xC2, 0xF4))}][{re.escape(read(0x80, 0xBF))}]")


# Looked for first, so that text written as it should be (Polish, Russian, Greek: every run
# beyond ASCII) is passed over at a search's cost, not encoded and decoded run by run (a review:
# classify_many of 50,000 such statements took 2.0 s with the check against 1.25 s without).
_UTF8_PAIR = {codec: _utf8_pair(codec) for codec in _MISREAD_AS}
_TEXT_LINE = re.compile(r"[^\r\n]+")
# What a misread run of UTF-8 may have been: letters of the Latin alphabets of Europe (Latin-1,
# Latin Extended-A but the ligatures and archaic letters "ĳ", "ĸ", "ŀ", "ŉ", "ſ", and Romanian's
# "ș", "ț"), of modern Greek, Russian, Ukrainian, Belarusian and the Balkans' Cyrillic, Hebrew
# and Arabic, and punctuation, currency signs and CJK. Polish, Czech or Cyrillic text in its own
# single-byte encoding decodes as UTF-8 by chance only in a word or two of capitals ("CZÓŁNO"
# is "CZӣNO", Russian "Её" is "ĸ"), which decode to none of these.
_ONCE_WRITTEN = re.compile("[\u00a0-\u0131\u0134-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u017e"
                           "\u0218-\u021b\u0386-\u03ce\u0400-\u045f\u0490\u0491\u05d0-\u05ea"
                           "\u0600-\u06ff\u2010-\u206f\u20a0-\u20cf\u2116\u2122\u3000-\u9fff"
                           "\uac00-\ud7a3\uff00-\uffef]+")
_OTHER_SCRIPT = re.compile("[\u0370-\u06ff\u3000-\u9fff\uac00-\ud7a3]")
_WIDE_SCRIPT = re.compile("[\u3000-\u9fff\uac00-\ud7a3]")


def _misdecoded(text: str) -> tuple[int, str, str] | None:
    """(offset, the mojibake, what it was) of the first text of ``text`` decoded in the wrong
    encoding, or None: what _MOJIBAKE finds, or a line whose every run of characters beyond
    ASCII is UTF-8 read in one of _MISREAD_AS (:func:`_utf8_misread`), whichever comes first.

    >>> _misdecoded("Musimy wspieraÄ‡ UkrainÄ™.")
    (14, 'Ä‡', 'ć')
    >>> _misdecoded("РњРё РїРѕРІРёРЅРЅС–")[1:]
    ('РњРё', 'Ми')
    >>> print(_misdecoded("Musimy wspierać Ukrainę. Ми повинні. Wir müssen. Je suis déjà là. ČESKÝ ŽIVOT"))
    None
    """
    bad = _MOJIBAKE.search(text)
    end = len(text) if bad is None else bad.start()
    for line in _TEXT_LINE.finditer(text):
        if line.start() >= end:
            break
        found = _utf8_misread(line[0])
        if found is not None and line.start() + found[0] < end:
            return line.start() + found[0], found[1], found[2]
    return None if bad is None else (bad.start(), bad[0], _unmangled(bad[0]))


# Signs of cp1252 whose bytes are letters in cp850, the DOS code page of Excel's "CSV (MS-DOS)":
# read so, "Défense" is "D‚fense", "déjà" "d‚j…", "español" "espa¤ol". Apostrophes, dashes and
# "™" stand between letters in text as written, and are left out; so are "…" between letters
# ("wait…then") and a quote that ends a word ("the“word”"), typed so too. Latin-1's C1 controls
# are not among them: they are cp1252 read as Latin-1 ("long\x96term"), which _misdecoded names.
_DOS_INNER = "€‚„†‡ˆ‰‹“”•˜›¡¢£¤"
# Tried from a word's start only: searched from each letter, a long run of letters with no sign was
# read to its end again from each (a line of 20,000 letters in a cp1252 file took 10 s). Nor from a
# run after a sign between letters: no word starts there (a word found from the chain's first run
# ends at its last place a word may end), and where none ends ("a“a“…a“1") each was read to the
# chain's end again (60,000 characters took 30 s).
_DOS_WORD = re.compile(f"(?<![^\\W\\d_])(?<![^\\W\\d_][{_DOS_INNER}])"
                       f"[^\\W\\d_]+(?:[{_DOS_INNER}][^\\W\\d_]+)+(?:[€‚„…†‡ˆ‰‹•˜›¡¢£¤]|(?![“”\\w]))")
_DOS_SIGN = re.compile(f"[{_DOS_INNER}]")
# A sign people type between two letters ("Smith†and", "“fake”and", "alpha•beta") reads as a
# word in cp850 now and then; a real cp850 file of French or German has many such words.
_DOS_WORDS = 2


def _dos_misread(text: str) -> tuple[int, str, str] | None:
    """(offset, the sign, the letter it was) of the first word of ``text``, decoded from bytes
    in cp1252 or Latin-1, that is cp850 text so read, or None: a sign between two of its
    letters, where the word decoded in cp850 reads as a Western language (see
    :func:`stance.encodings.reads`) and is shaped as a word is (small letters after the first,
    or capitals), when at least two different words of ``text`` are such. Read so, such a file
    was scored as words the model does not know, with no word. Text given as a str is not
    read so (see :func:`stance.decoding.dos_misread`): typed text holds such signs.

    >>> _dos_misread("Nous d\u201aj\u2026 sommes unis, D\u201afense."), _dos_misread("Gr\u201d\xe1e, f\u201dr")
    ((6, '‚', 'é'), (2, '”', 'ö'))
    >>> print(_dos_misread("Nous d\u201aj\u2026 sommes unis."), _dos_misread("espa\x82ol, d\x82j\x85"))
    None None
    >>> print(_dos_misread("We said\u201cNATO\u201d and wait\u2026then. NATO\u2122s"), _dos_misread("dont\u2019s"))
    None None
    """
    encodings = forksafe.imported(".encodings")
    DOS, alphabets_of, reads = encodings.DOS, encodings.alphabets_of, encodings.reads

    first, words = None, set()
    for word in _DOS_WORD.finditer(text):
        if word[0] in words:
            continue
        for codec in ("cp1252", "latin-1"):
            try:
                was = word[0].encode(codec).decode(DOS.codec)
            except UnicodeError:
                continue
            if (was[1:].islower() or was.isupper()) and reads(was, alphabets_of(DOS)):
                words.add(word[0])
                if first is None:
                    sign = _DOS_SIGN.search(word[0])
                    assert sign is not None  # the word holds one between its letters
                    first = word.start() + sign.start(), sign[0], was[sign.start()]
                break
        if len(words) >= _DOS_WORDS:
            return first
    return None


def _utf8_misread(line: str) -> tuple[int, str, str] | None:
    """(offset, run, what it was) of the first run of characters beyond ASCII of ``line`` when
    every such run is UTF-8 read in the same one of _MISREAD_AS, each what some text may hold
    (_ONCE_WRITTEN; another script than Latin not inside a Latin word); else None. The runs of
    text in its own single-byte encoding do not decode as UTF-8: a small letter beyond ASCII
    is a byte 0xE0 or more, which starts a character of three bytes or four; and a line of one
    misread character of two bytes is not told from a word of two capitals.

    >>> _utf8_misread("Wir mĂĽssen die Ostflanke stĂ¤rken.")
    (5, 'ĂĽ', 'ü')
    >>> print(_utf8_misread("Ні."), _utf8_misread("CZÓŁNO"), _utf8_misread("Její"))
    None None None
    >>> print(_utf8_misread("NATO и…”"), _utf8_misread("ВІ ОІ"), _utf8_misread("LATVIJĀ\u00a0UN"))
    None None None
    """
    if line.isascii():
        return None
    codecs = [codec for codec in _MISREAD_AS if _UTF8_PAIR[codec].search(line)]
    if not codecs:
        return None
    runs = [run for run in _BEYOND_ASCII.finditer(line) if "\ufffd" not in run[0]]  # a byte it has no letter for
    for codec in codecs:
        try:
            was = [run[0].encode(codec).decode("utf-8") for run in runs]
        except UnicodeError:
            continue
        beside = [f"{line[run.start() - 1:run.start()]}{line[run.end():run.end() + 1]}" for run in runs]
        plausible = all(_ONCE_WRITTEN.fullmatch(each) and not (
            _OTHER_SCRIPT.search(each) and any(char.isascii() and char.isalpha() for char in around))
            for each, around in zip(was, beside))
        # Two bytes alone are a word of two capitals as often as a letter misread ("Её" in cp1251).
        # A review: runs that a real line's words read as were warned of. Some run must tell: one
        # in a word ("wspieraÄ‡", "Ukraineâ€™s") read as more than a space (Latvian "LATVIJĀ" and a
        # no-break space, cp1257's NBSP), or one of three characters or more read as fewer ("РњРё",
        # "â‚¬" for "€"), not words of two capitals read as a sign or a letter each ("ВІ ОІ" as
        # "²β"); and a line read as CJK holds two CJK characters at least (Russian "и…”" is "腔").
        telling = any(not each.isspace() if any(char.isascii() and char.isalpha() for char in around)
                      else len(run[0]) >= 3 for each, around, run in zip(was, beside, runs))
        if (plausible and telling and sum(len(each.encode()) for each in was) >= 3
                and len(_WIDE_SCRIPT.findall("".join(was))) != 1):
            return runs[0].start(), runs[0][0], was[0]
    return None


# The DOS code pages a Windows console reads a program's output in (Windows PowerShell 5.1's `>`
# saves what it read so): UTF-8's lead bytes 0xC3 and 0xE2 are "├" and "Ô" (cp437: "Γ"), so
# "é" comes out "├®" (cp437: "├⌐") and "’" "ÔÇÖ" (cp437: "ΓÇÖ").
CONSOLE_CODE_PAGES = ("cp850", "cp437")
# Box-drawing and block characters: a real table's run of them ("├──", "│  └") is no UTF-8.
_BOX = re.compile("[\u2500-\u259f]")


def _console_misread(text: str) -> tuple[int, str, str, str] | None:
    """(offset, run, what it was, the code page) of the first line of ``text`` whose every run
    of characters beyond ASCII is UTF-8 read in one of CONSOLE_CODE_PAGES, each what some text
    may hold (_ONCE_WRITTEN), and one at least telling it: a box-drawing character in it
    ("├®" for "é"), or three characters or more ("ÔÇÖ" for "’"); else None. Real box-drawing
    ("├── src") is no UTF-8 so read, nor are German or Turkish letters ("kılıç" would be Armenian).

    >>> _console_misread("La d├®fense de lÔÇÖEurope doit ├¬tre renforc├®e.")
    (4, '├®', 'é', 'cp850')
    >>> _console_misread("We agree.\\nLa d├⌐fense de lΓÇÖEurope")[1:]
    ('├⌐', 'é', 'cp437')
    >>> print(_console_misread("├── src\\n│   └── main.py"), _console_misread("Größe, kılıç, Öztürk, ÇÖ"))
    None None
    """
    for line in _TEXT_LINE.finditer(text):
        if line[0].isascii():
            continue
        runs = [run for run in _BEYOND_ASCII.finditer(line[0]) if "\ufffd" not in run[0]]
        for codec in CONSOLE_CODE_PAGES:
            try:
                was = [run[0].encode(codec).decode("utf-8") for run in runs]
            except UnicodeError:
                continue
            plausible = all(_ONCE_WRITTEN.fullmatch(each) for each in was)
            telling = any(_BOX.search(run[0]) or len(run[0]) >= 3 for run in runs)
            if runs and plausible and telling:
                return line.start() + runs[0].start(), runs[0][0], was[0], codec
    return None


def console_advice(codec: str) -> str:
    """How text that is UTF-8 read in the console's code page ``codec`` came about, and how
    to mend it: no encoding reads it back, as it was garbled before it was saved.

    >>> console_advice("cp850")  # doctest: +ELLIPSIS
    "UTF-8 read in cp850, a Windows console's code page (as Windows PowerShell 5.1's '>' ...
    """
    return f"UTF-8 read in {codec}, {_CONSOLE_HOW}"


_CONSOLE_HOW = ("a Windows console's code page (as Windows PowerShell 5.1's '>' redirection saves a program's "
                "output), before it was saved")


def _warn_of_console_mojibake(console: list[tuple[str, str]], shown: int = 3) -> None:
    """Warn of the documents of ``console`` (what each holds, the code page it was read in: see
    :func:`_console_misread`). Read in one code page, they are told it once; else each names its
    own, and the mending advice the code page named: a review found cp850 named for a cp437
    document, whose "⌐" does not encode in cp850.
    """
    more = f"; and {counted(len(console) - shown, 'more document')}" if len(console) > shown else ""
    codecs = {codec for _, codec in console}
    if len(codecs) == 1:
        codec = codecs.pop()
        said = "; ".join(said for said, _ in console[:shown])
        how, undo = f" as {console_advice(codec)}", codec
    else:
        said = "; ".join(f"{said} as UTF-8 read in {codec}" for said, codec in console[:shown])
        how, undo = f", each {_CONSOLE_HOW}", "the code page named"
    warn(f"{said}{more}{how}, scored as written, where the model knows no such words; save the text "
         f"again with the program's own output option rather than '>', or undo the misreading: encode the text "
         f"in {undo} and decode it as UTF-8", MojibakeWarning)


def _warn_of_mojibake(named: list[tuple[Any, str]], shown: int = 3) -> None:
    """Warn of the documents of ``named`` (name, text; a name of None: the lone ``text``) that
    hold text decoded in the wrong encoding (see _MOJIBAKE), naming the first such line of each
    and what it was: it is scored as written, "Ukraineâ€™s" as a word the model does not know.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_mojibake([(None, "We agree.\\nUkraineâ€™s future is in NATO.")])
    ...     _warn_of_mojibake([("a.txt", "SÃO PAULO, déjà vu"), ("b.txt", "\\x93NATO\\x94 agrees.")])
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    mojibake: text line 2 holds 'â€™', which is '’' decoded in the wrong encoding...
    >>> print(caught[1].message)  # doctest: +ELLIPSIS
    mojibake: document 'b.txt' line 1 holds '\\x93', which is '“' decoded in the wrong encoding...
    """
    found, wide, console = [], [], []
    for name, text in named:
        subject = "text" if name is None else _documents([name])
        if isinstance(text, str) and (codec := _wide_read_narrow(text)) is not None:
            wide.append((subject, text, codec))  # its mojibake, if any, is this
        elif isinstance(text, str) and (misread := _console_misread(text)):
            line = len(_LINE_BREAK.findall(text, 0, misread[0])) + 1
            console.append((f"{subject} line {line} holds {quoted(misread[1])}, which is {quoted(misread[2])}",
                            misread[3]))
        elif isinstance(text, str) and (bad := _misdecoded(text)):
            line = len(_LINE_BREAK.findall(text, 0, bad[0])) + 1
            found.append((f"{subject} line {line} holds", bad[1], bad[2]))
    if wide:
        _warn_of_wide_read_narrow(wide, shown)
    if console:
        _warn_of_console_mojibake(console, shown)
    if found:
        warn(f"{_documents_mojibake(found, shown)}, scored as written, where "
             f"the model knows no such words; decode the source in its real encoding (UTF-8 for a web page's "
             f"text) before scoring", MojibakeWarning)


def _documents_mojibake(found: list[tuple[str, str, str]], shown: int) -> str:
    """What the documents of ``found`` (each "… line 2 holds", its mojibake and what it was)
    hold, ``shown`` of them named: one's in full (:func:`mojibake_told`); of several, "decoded
    in the wrong encoding" once, after them all, as it always read (not after each).

    >>> _documents_mojibake([("text line 1 holds", "â€™", "’")] * 2, 1)
    "text line 1 holds 'â€™', which is '’'; and 1 more document decoded in the wrong encoding"
    """
    if len(found) == 1:
        holds, bad, was = found[0]
        return f"{holds} {mojibake_told(bad, was)}"
    more = f"; and {counted(len(found) - shown, 'more document')}" if len(found) > shown else ""
    listed = "; ".join(f"{holds} {_mojibake_listed(bad, was)}" for holds, bad, was in found[:shown])
    return f"{listed}{more} decoded in the wrong encoding"


def _wide_read_narrow(text: str) -> str | None:
    r"""The codec to read the file of ``text`` in when it is UTF-16 or UTF-32 decoded one byte a
    character (Windows' ``open()`` reads cp1252, and Notepad's "Unicode" saves UTF-16), or None.
    Its byte-order mark reads "ÿþ" or "þÿ" (UTF-32's with two NULs), and each ASCII character
    has a NUL beside it, before it in big-endian; without a mark, a quarter of NULs, fewer than
    UTF-16's Latin text has and more than any text holds, tells it (one NUL is a stray one).

    >>> text = "We must support Ukraine.\r\n"
    >>> [_wide_read_narrow(text.encode(codec).decode("latin-1")) for codec in ("utf-16", "utf-32", "utf-16-be")]
    ['utf-16', 'utf-32', 'utf-16-be']
    >>> print(_wide_read_narrow(text), _wide_read_narrow("We stand\0 together."), _wide_read_narrow("ÿes"))
    None None None
    """
    if text.startswith(("ÿþ\0\0", "\0\0þÿ")):
        return "utf-32"
    if text.startswith(("ÿþ", "þÿ")) and "\0" in text[:64]:  # "þÿ" alone may open an Icelandic word
        return "utf-16"
    nuls = text.count("\0")
    if nuls < 2 or nuls * 4 < len(text):
        return None
    width = "utf-32" if nuls * 2 > len(text) else "utf-16"  # three NULs in four, or one in two
    return width + ("-be" if text[0] == "\0" else "-le")


def _warn_of_wide_read_narrow(wide: list[tuple[str, str, str]], shown: int = 3) -> None:
    r"""Warn of the documents of ``wide`` (subject, text, codec: see :func:`_wide_read_narrow`),
    UTF-16 or UTF-32 decoded one byte a character: such a document was one statement of
    "M\x00r\x00 \x00H\x00…", `none`, without a word, where UTF-8 so read is warned of as
    mojibake. It says what shows it and how to read the file.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_wide_read_narrow([("text", "ÿþW\x00e\x00", "utf-16")])
    >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
    mojibake: text looks like UTF-16 decoded one byte a character, as in cp1252 or Latin-1 (Windows' default for
    open()): 'ÿþ', UTF-16's byte-order mark so decoded, opens it, and a NUL is beside each ASCII character; scored as
    written, where the model knows no such words: read the file as UTF-16, open(path, encoding='utf-16')
    """
    said = []
    for subject, text, codec in wide[:shown]:
        name = codec[:6].upper()
        marked = text[:2] in ("ÿþ", "þÿ")
        mark = f"{quoted(text[:2])}, {name}'s byte-order mark so decoded, opens it, and " if marked else ""
        said.append(f"{subject} looks like {name} decoded one byte a character, as in cp1252 or Latin-1 (Windows' "
                    f"default for open()): {mark}a NUL is beside each ASCII character")
    more = f"; and {counted(len(wide) - shown, 'more document')}" if len(wide) > shown else ""
    codecs = sorted({codec for _, _, codec in wide})
    how = (" or ".join(f"open(path, encoding={codec!r})" for codec in codecs),
           " or ".join(f"--encoding {codec}" for codec in codecs))
    names = " or ".join(sorted({codec[:6].upper() for codec in codecs}))
    warn(lambda words: f"{'; '.join(said)}{more}; scored as written, where the model knows no such words: read the "
                       f"file as {names}, {words.either(*how)}", MojibakeWarning)


def mojibake_told(bad: str, was: str, quote: Callable[[str], str] = quoted) -> str:
    """What a warning says of the mojibake ``bad`` after "holds ": what it was, ``was`` (see
    :func:`_unmangled`), or, where nothing undoes it, what it is. A C1 control that cp1252 has
    no character for (U+0081, U+008D, U+008F, U+0090, U+009D) is no cp1252 sign read as Latin-1,
    but still a byte no text types (a lead byte of Shift_JIS or GBK, say): "which is '\\x81'"
    explained nothing.

    >>> mojibake_told("â€™", "’"), mojibake_told("\x81", "\x81")
    ("'â€™', which is '’' decoded in the wrong encoding", 'the control character U+0081, which no text types: \
a byte of text decoded in the wrong encoding')
    """
    if was != bad:
        return f"{quote(bad)}, which is {quote(was)} decoded in the wrong encoding"
    if _a_control(bad):
        return (f"the control character U+{ord(bad):04X}, which no text types: a byte of text decoded in the "
                f"wrong encoding")
    return f"{quote(bad)}, text decoded in the wrong encoding"


def _mojibake_listed(bad: str, was: str) -> str:
    """What a warning listing several documents says of the mojibake ``bad`` of one, after
    "holds ": :func:`mojibake_told` without "decoded in the wrong encoding", which the list
    says once, after them all ("…; and 1 more document decoded in the wrong encoding").

    >>> _mojibake_listed("â€™", "’"), _mojibake_listed("\x81", "\x81")
    ("'â€™', which is '’'", 'the control character U+0081 (which no text types)')
    """
    if was != bad:
        return f"{quoted(bad)}, which is {quoted(was)}"
    if _a_control(bad):
        return f"the control character U+{ord(bad):04X} (which no text types)"
    return quoted(bad)


def _a_control(text: str) -> bool:
    """Whether ``text`` is one C1 control character (U+0080 to U+009F)."""
    return len(text) == 1 and "\x80" <= text <= "\x9f"


def _unmangled(mojibake: str) -> str:
    """What ``mojibake`` was before the wrong decoding: UTF-8 read as cp1252 ("â€™": "’"), or
    cp1252 read as Latin-1 (U+0093: "“"); itself when neither undoes it.

    >>> _unmangled("â€™"), _unmangled("Ã©"), _unmangled("\\x93")
    ('’', 'é', '“')
    """
    for wrong, right in (("cp1252", "utf-8"), ("latin-1", "cp1252")):
        try:
            return mojibake.encode(wrong).decode(right)
        except UnicodeError:
            continue
    return mojibake


def _carried_rows(carried: pd.DataFrame, positions: list[int], own: Iterable[Any]) -> pd.DataFrame:
    """The row of ``carried`` at each of ``positions`` (a statement's document), indexed
    from 0, with their dtypes; a column named like one of the output's ``own`` columns (or
    its ``statement`` index) is renamed ``input_<name>``, as ``stance suggest -o`` renames
    one, so that neither hides the other.

    >>> import pandas as pd
    >>> _carried_rows(pd.DataFrame({"speaker": ["Nowak"], "year": [2024]}), [0, 0], ["text", "speaker"])
      input_speaker  year
    0         Nowak  2024
    1         Nowak  2024
    """
    from .columns import free_name

    rows = carried.iloc[positions].reset_index(drop=True)
    own = [*own, "statement"]
    taken = [*carried.columns, *own]
    renamed = {}
    for column in rows.columns:
        if column in own:
            renamed[column] = free_name(f"input_{column}", taken)
            taken.append(renamed[column])
    return rows.rename(columns=renamed)


def _warn_of_displaced_speakers(renamed: dict[Any, Any], scored: pd.DataFrame) -> None:
    """Warn when the documents' ``speaker`` column comes as ``input_speaker`` (``renamed`` maps
    each carried column to its name in the result) and the statements' own ``speaker``, which
    a transcript's tags or a caption's voices fill, is missing in every one of ``scored``: a
    profile by "speaker" then lumps them all into "(missing)", where the speakers given were
    meant. Where tags named speakers, both columns say something, as the docstring has it.

    >>> import warnings, pandas as pd
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_displaced_speakers({"speaker": "input_speaker"}, pd.DataFrame({"speaker": [None]}))
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    the documents' column 'speaker' comes as 'input_speaker' beside the statements' own 'speaker', ...
    """
    name = renamed.get("speaker")
    if name is not None and name != "speaker" and len(scored) and scored["speaker"].isna().all():
        warn(f"the documents' column 'speaker' comes as {quoted(name)} beside the statements' own 'speaker', "
             f"which a transcript's tags name and which none of them has here: profile by={quoted(name)} "
             f"to group by yours")


# A character reference of HTML: numeric, or a name (which _html_reference looks up in html5).
_HTML_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP = re.compile(r"</?(?:html|head|body|div|span|p|br|a|script|style|meta|li|ul|table|td|tr)\b[^>]*>",
                     re.IGNORECASE)

# A stance value's name, as name_key gives it, that says which way it goes; with the common French,
# German, Italian, Dutch, Polish and Spanish pairs ("pour"/"contre", "favorable"/"défavorable",
# "dafür"/"dagegen", "für"/"gegen", "Zustimmung"/"Ablehnung", "a favore"/"contro",
# "voor"/"tegen", "za"/"przeciw", "a favor"/"en contra"; "pro"/"contra" are there already;
# German's umlaut written out too: "dafuer") and the Cyrillic ones (Ukrainian "за"/"проти",
# Russian, Bulgarian and Serbian "за"/"против"), so that a model labelled in them needs
# no favor= and against=.
FAVOR_WORDS = frozenset({"favor", "favour", "for", "pro", "support", "supports", "agree", "approve",
                         "positive", "yes", "in_favor", "in favor", "in_favour", "in favour",
                         "pour", "favorable", "dafür", "dafuer", "für", "fuer", "zustimmung", "a favore",
                         "favorevole", "voor", "za", "a favor", "a_favor", "за"})
AGAINST_WORDS = frozenset({"against", "oppose", "opposes", "opposed", "con", "contra", "anti", "disagree",
                           "disapprove", "deny", "denies", "reject", "negative", "no",
                           "contre", "défavorable", "defavorable", "dagegen", "gegen", "ablehnung", "contro",
                           "contrario", "tegen", "przeciw", "en contra", "en_contra", "проти", "против"})
# Values that are neither direction (a third class such as RumourEval's "query").
NEUTRAL_WORDS = frozenset({"neutral", "none", "neither", "0", "mixed", "unclear", "other", "comment",
                           "query", "unrelated", "n/a", "na"})


def spelt_as(name: str, values: Iterable[str]) -> str | None:
    """``name`` as ``values`` spell it (itself, else the one value it is by :func:`stance.names.name_key`),
    or None when it is none of them.

    >>> spelt_as("Élargir", ["e\u0301largir", "geler"]) == "e\u0301largir"
    True
    """
    values = list(values)
    if name in values:
        return name
    same = [v for v in values if name_key(v) == name_key(name)]
    return same[0] if len(same) == 1 else None


def signed_directions(values: Iterable[str]) -> tuple[str, str] | None:
    """``("1", "-1")`` (or ``"+1"``) when the values are signs, ``-1`` among them: a lone
    ``"1"`` is as likely a point on a scale as favour.

    >>> signed_directions({"1", "-1", "0"}), signed_directions({"1", "2", "3"})
    (('1', '-1'), None)
    """
    values = set(values)
    plus = values & {"1", "+1"}
    return (plus.pop(), "-1") if "-1" in values and len(plus) == 1 else None


def _str_to_pass(name: str, value: Any, classes: Sequence[str]) -> str:
    """What to pass for ``value``, not a str, given as ``name`` (favor or against): a number as
    the stance value it spells (1.0 as "1"), where that is one of ``classes`` or they are not
    known (a frame without the model's p_stance_ columns, a gold column of 1 and -1, a scorer
    before its model); else the values there are, since "pass favor='1'" to a model without
    that value only led to the next refusal.

    >>> _str_to_pass("favor", 1.0, ["-1", "1"]), _str_to_pass("favor", 1, ["against", "favor"])
    ("; pass favor='1'", "; pass one of the model's stance values ['against', 'favor']")
    """
    spelt = (str(int(value)) if float(value).is_integer() else str(value)) \
        if is_number(value) and value == value else None
    if spelt is not None and (not classes or spelt in classes):
        return f"; pass {name}={quoted(spelt)}"
    return f"; pass one of the model's stance values {quoted_list(classes)}" if classes else ""


def refuse_given_directions(classes: Iterable[str], favor: str | None, against: str | None) -> None:
    """Refuse ``favor``/``against`` that would count silently wrong: one value for both (each
    statement of it counted both ways, the other value's not at all), or a name that is not
    one of ``classes`` (a typo: that direction would count nothing; not checked without them).

    >>> refuse_given_directions(("favor", "against"), "favor", "agianst")
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: against='agianst' is not one of the model's stance values ['favor', 'against'];
    did you mean 'against'?
    """
    classes = list(classes)
    for name, value in (("favor", favor), ("against", against)):
        if value is not None and not isinstance(value, str):  # 1 for a model whose values are "1" and "-1"
            raise LabelTypeError(f"{name} must be a str (a stance value as the model names it) or None, "
                                 f"got {quoted(value)} ({type_name(value)}){_str_to_pass(name, value, classes)}")
    known = f" (the model's are {classes})" if classes else ""
    if favor is not None and against is not None and name_key(favor) == name_key(against):
        raise InvalidInputError(f"favor and against are both {quoted(favor)}; name two different stance values{known}")
    for name, value in (("favor", favor), ("against", against)):
        if classes and value is not None and spelt_as(value, classes) is None:
            # "did you mean", as a mistyped --label is told (--favor fvor listed the values alone).
            close = [quoted(meant) for meant in meant_all(value, classes)]  # every one that ties
            raise InvalidInputError(f"{name}={quoted(value)} is not one of the model's stance values {classes}"
                                    + (f"; did you mean {or_listed(close)}?" if close else ""))


def stance_directions(classes: tuple[str, ...], favor: str | None = None,
                      against: str | None = None) -> tuple[str, str]:
    """Which of a model's stance values counts as favour and which as against.

    >>> stance_directions(("agree", "disagree"))
    ('agree', 'disagree')
    """
    refuse_given_directions(classes, favor, against)
    # A name given as the user typed it is counted as the model spells it.
    favor, against = (None if v is None else spelt_as(v, classes) or v for v in (favor, against))
    if favor is not None or against is not None:
        if favor is None or against is None:
            rest = [c for c in classes if c not in (favor, against)]
            if len(rest) != 1:
                raise InvalidInputError("pass both favor= and against= (the model's stance values are "
                                        f"{list(classes)})")
            favor, against = (rest[0], against) if favor is None else (favor, rest[0])
        return favor, against
    if not classes or set(classes) >= {"favor", "against"}:
        return "favor", "against"
    favoring = [c for c in classes if name_key(c) in FAVOR_WORDS]
    opposing = [c for c in classes if name_key(c) in AGAINST_WORDS]
    if len(favoring) == 1 and len(opposing) == 1:
        return favoring[0], opposing[0]
    signs = signed_directions(classes)
    if signs and not favoring and not opposing:
        return signs
    raise InvalidInputError(
        f"cannot tell which of the model's stance values {list(classes)} is favour and which is "
        f"against; pass favor= and against= to name them"
    )


def sides_untold(classes: Sequence[str], words: Words = PYTHON) -> tuple[str, str | None]:
    """Why :func:`stance_directions` cannot tell favour and against among ``classes`` by their
    names, and what to pass instead, as evaluate's warning of ``stance_f_avg`` and a scorer's
    refusal of ``favor_f1`` say them: with values read as each side, favor= and against= with
    one of each (the side's own name first, as :func:`stance.profile` orders them); with a side
    that none reads as, which argument takes which, and no pairing that could be backwards.

    >>> sides_untold(("contra", "neutral", "pro", "support"))
    ("'pro' and 'support' both read as favour", "pass favor= and against= (e.g. favor='pro', against='contra')")
    >>> sides_untold(("critical", "neutral", "supportive"))[1]
    'name the value in favour with favor= and the one against with against='
    >>> why, advice = sides_untold(("critical", "neutral", "pro"))
    >>> why
    "'pro' reads as favour, and no value as against"
    >>> advice
    "pass favor='pro' and name the value against with against= (one of 'critical', 'neutral')"
    >>> sides_untold(("favor", "pro", "support"))  # none left to name against (a review: "one of )")
    ("'favor', 'pro' and 'support' all read as favour, and no value as against", None)

    One value read as a side was "none of them" ("'pro' reads as favour, and none of them as
    against"), and one value left "one of" ("(one of 'neutral')"):

    >>> sides_untold(("neutral", "pro"))[1]
    "pass favor='pro' and name the value against with against= (the other value is 'neutral')"
    >>> sides_untold(("for",)), sides_untold(("a",))[0], sides_untold(("a", "b"))[0], sides_untold(())[0]
    (("'for' reads as favour, and no value as against", None), "'a' is not named like favour or against",
     'neither of them is named like favour or against', 'none of them is named like favour or against')

    None there: nothing to pass, as the why says. "the model has no value against: its stance
    values all read as favour" stood where the advice does, and read on into each caller's "to
    average those two" (a review).

    In ``words``: the command line's are ``stance evaluate``'s flags as typed, where it was told
    "pass --favor= and --against= (e.g. --favor='pro', --against='contra')", Python's half-turned.

    >>> from .exceptions import COMMAND_LINE
    >>> sides_untold(("contra", "neutral", "pro", "support"), COMMAND_LINE)[1]
    'pass --favor and --against (e.g. --favor pro --against contra)'
    >>> sides_untold(("critical", "neutral", "supportive"), COMMAND_LINE)[1]
    'name the value in favour with --favor and the one against with --against'
    >>> sides_untold(("critical", "neutral", "pro"), COMMAND_LINE)[1]
    "pass --favor pro and name the value against with --against (one of 'critical', 'neutral')"
    """
    def given(side: str, value: str) -> str:  # an argument set to value, as these words pass it
        return shell_option(f"--{side}", value) if words.command_line else f"{side}={quoted(value)}"

    named = {side: words.either(f"{side}=", f"--{side}") for side in ("favor", "against")}
    read = {"favor": [c for c in classes if name_key(c) in FAVOR_WORDS],
            "against": [c for c in classes if name_key(c) in AGAINST_WORDS]}
    if not read["favor"] and not read["against"]:
        # classes[0] only of one value: the dict of both wordings read it of none, an IndexError.
        nameless = (f"{quoted(classes[0])} is not" if len(classes) == 1 else
                    "neither of them is" if len(classes) == 2 else "none of them is")
        return (f"{nameless} named like favour or against",
                f"name the value in favour with {named['favor']} and the one against with {named['against']}")
    word = {"favor": "favour", "against": "against"}
    first = {side: min(values, key=lambda c, side=side: (name_key(c) != side, name_key(c)))
             for side, values in read.items() if values}
    if len(first) == 2:  # a side read in two values or more
        why = ", and ".join(f"{and_listed(values)} {'both' if len(values) == 2 else 'all'} read as {word[side]}"
                            for side, values in read.items() if len(values) > 1)
        pair = words.either(", ", " ").join(given(side, first[side]) for side in ("favor", "against"))
        return why, f"pass {named['favor']} and {named['against']} (e.g. {pair})"
    (known, values), = ((side, values) for side, values in read.items() if values)
    other = "against" if known == "favor" else "favor"
    verb = "reads" if len(values) == 1 else "both read" if len(values) == 2 else "all read"
    rest = [quoted(c) for c in classes if c not in values]
    side = "in favour" if other == "favor" else "against"
    # "no value", not "none of them": after one value read as a side, "them" was that one value.
    why = f"{and_listed(values)} {verb} as {word[known]}, and no value as {word[other]}"
    if not rest:  # every value reads as one side: none is left to name as the other, nothing to pass
        return why, None
    left = f"one of {', '.join(rest)}" if len(rest) > 1 else f"the other value is {rest[0]}"
    return why, f"pass {given(known, first[known])} and name the value {side} with {named[other]} ({left})"

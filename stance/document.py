"""Scoring a whole speech or article: split into statements, score each, profile the lot."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .exceptions import InvalidTypeError, type_name

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class DocumentScore:
    """A scored document: ``sentences`` (one row per statement) and ``profile`` (per target)."""

    sentences: pd.DataFrame
    profile: pd.DataFrame

    def __str__(self) -> str:
        columns = ["labels", "stance", "confidence", "text"]
        table = self.sentences[columns].copy()
        table["text"] = table["text"].str.slice(0, 70)
        table["confidence"] = table["confidence"].round(2)
        profile = self.profile.round(2).to_string() if len(self.profile) else "(no target found)"
        return f"{table.to_string()}\n\nProfile\n{profile}"

    def __repr__(self) -> str:
        lead = self.profile.index[0] if len(self.profile) else "none"
        return f"<DocumentScore: {len(self.sentences)} statements, leading target {lead!r}>"

    def _repr_html_(self) -> str:
        columns = ["labels", "stance", "confidence", "text"]
        return (
            "<div class='stance-document'><p><b>Profile</b></p>"
            f"{self.profile.round(3).to_html()}"
            f"<p><b>{len(self.sentences)} statements</b></p>"
            f"{self.sentences[columns].round(3).to_html(escape=True)}</div>"
        )

    def plot(self, ax: Any = None):
        """Bar chart of the profile (needs the ``plot`` extra); returns the Axes."""
        from .plotting import plot_profile

        return plot_profile(self.profile, ax=ax, title="Document profile")

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences.drop(columns=["flag"], errors="ignore").to_dict(orient="records"),
            "profile": self.profile.reset_index().to_dict(orient="records"),
        }


def score_document(text: str, model: Any = None) -> DocumentScore:
    """Split ``text`` into statements and score each one.

    >>> import stance
    >>> doc = stance.score_document("We have a one-speed NATO. Thank you all for coming.")
    >>> doc.sentences["label"].tolist()
    ['unity', 'none']
    """
    import pandas as pd

    from .api import resolve_model
    from .profile import profile
    from .scoring import score
    from .sentences import split_sentences

    if not isinstance(text, str):
        raise InvalidTypeError(f"text must be a str (the document), got {type_name(text)}")
    model = resolve_model(model)
    statements = split_sentences(text)
    scored = score(pd.DataFrame({"text": pd.Series(statements, dtype=object)}), model=model)
    scored.index.name = "statement"
    none_label = model.params_.none_label or "none"
    favor, against = _stance_names(model.stance_classes)
    return DocumentScore(scored, profile(scored, none_label=none_label, favor=favor, against=against))


def _stance_names(classes: tuple[str, ...]) -> tuple[str, str]:
    """Which stance value counts as favor and which as against in the profile."""
    if "favor" in classes and "against" in classes:
        return "favor", "against"
    if len(classes) == 2:
        return classes[1], classes[0]
    return "favor", "against"


def highlight_html(text: str, spans: list[tuple[int, int, float]]) -> str:
    """``text`` as HTML with each ``(start, end, weight)`` span shaded (green +, red -)."""
    spans = sorted(spans)
    out, cursor = [], 0
    largest = max((abs(w) for _, _, w in spans), default=1.0) or 1.0
    for start, end, weight in spans:
        if start < cursor:
            continue
        out.append(html.escape(text[cursor:start]))
        alpha = 0.15 + 0.6 * abs(weight) / largest
        colour = f"rgba(46,160,67,{alpha:.2f})" if weight > 0 else f"rgba(215,58,73,{alpha:.2f})"
        out.append(f"<span title='{weight:+.3f}' style='background:{colour}'>{html.escape(text[start:end])}</span>")
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)

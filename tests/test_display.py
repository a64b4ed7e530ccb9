"""What a notebook shows: the HTML of predictions, documents, explanations and reports,
read back with an HTML parser, for hostile statements and hostile label names."""

from __future__ import annotations

import dataclasses
import html
import re
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import stance

# Label and stance names from a user's own scheme, each a way to break a page.
SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(2)>"
MONEY = "$5 billion and $10 billion"
# The elements the reprs write themselves (pandas' tables included).
OWN_TAGS = {"div", "p", "b", "bdi", "q", "br", "span", "h4", "table", "caption", "thead", "tbody", "tr", "th", "td"}


class Page(HTMLParser):
    """Every element of a page, and each piece of text with the classes of the elements around it
    (``texts``) and the direction the nearest element setting one gives it (``directions``)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[str, set[str]]] = []
        self.directions: list[tuple[str, str | None]] = []
        self._open: list[tuple[str, set[str], str | None]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag != "br":
            self._open.append((tag, set((dict(attrs).get("class") or "").split()), dict(attrs).get("dir")))

    def handle_endtag(self, tag):
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        self.texts.append((data, set().union(*(classes for _, classes, _ in self._open))))
        self.directions.append((data, next((d for _, _, d in reversed(self._open) if d), None)))


@pytest.fixture(scope="module")
def hostile_model() -> stance.StanceModel:
    words = ["wind farms now", "cut the taxes", "fix the roads", "hello there"]
    rows = [{"text": f"{words[i]} {k}", "labels": label, "stance": ["fav<b>or", "again&st"][k % 2]}
            for i, label in enumerate([SCRIPT, IMAGE, MONEY]) for k in range(4)]
    rows += [{"text": f"{words[3]} {k}", "labels": "none", "stance": None} for k in range(4)]
    return stance.train(pd.DataFrame(rows), stance_column="stance")


def pages(model: stance.StanceModel) -> dict[str, str]:
    statement = f"wind farms now {SCRIPT} {IMAGE} costs {MONEY}"
    gold = pd.DataFrame({"text": ["wind farms now", "cut the taxes", "hello there"],
                         "labels": [SCRIPT, IMAGE, "none"]})
    document = stance.score_document(f"{statement}\n\nfix the roads, {MONEY}.", model=model,
                                     favor="fav<b>or", against="again&st")
    return {
        "prediction": model.classify(statement)._repr_html_(),
        "document": document._repr_html_(),
        "explanation": model.explain_html(statement)._repr_html_(),
        "report": stance.evaluate(model, gold)._repr_html_(),
    }


def test_no_label_name_or_statement_becomes_an_element_or_attribute(hostile_model):
    for name, page in pages(hostile_model).items():
        parsed = Page(page)
        assert {tag for tag, _ in parsed.elements} <= OWN_TAGS, name
        attributes = {key for _, attrs in parsed.elements for key in attrs}
        assert not {key for key in attributes if key.startswith("on") or key == "src"}, name
        text = "".join(data for data, _ in parsed.texts)
        assert SCRIPT in text or IMAGE in text, name  # shown, as text


def test_dollar_amounts_are_not_typeset_as_mathematics(hostile_model):
    # Jupyter runs MathJax over HTML output: "$5 billion and $10 billion" was set as the
    # formula "5 billion and " in italics. The classes below keep MathJax 2 and 3 off.
    for name, page in pages(hostile_model).items():
        dollars = [classes for data, classes in Page(page).texts if "$" in data]
        assert dollars, name
        assert all({"tex2jax_ignore", "mathjax_ignore"} <= classes for classes in dollars), name


def test_a_lone_surrogate_is_written_escaped_so_every_view_encodes_as_utf8():
    # A newsroom's audit: "\ud83c", half of an emoji a broken export left in a post, was written
    # raw into every HTML view and an explanation's plain text, which UTF-8 cannot encode: a
    # notebook could neither show nor save them. Written as the command line writes it.
    from stance.prediction import Prediction

    model, text = stance.default_model(), "NATO \ud83c stands united."
    doc = stance.score_document(text)
    views = {
        "prediction": model.classify(text)._repr_html_(),
        "document": doc._repr_html_(),
        "explanation": model.explain_html(text)._repr_html_(),
        "explanation's text": str(model.explain_html(text)),
        "print(doc)": str(doc),
        "a loaded model's label": Prediction("uni\ud800ty", ("uni\ud800ty",), None, {"uni\ud800ty": 1.0}, 1.0,
                                             text=text)._repr_html_(),
    }
    for name, view in views.items():
        assert view.encode("utf-8").decode("utf-8") == view, name  # raised UnicodeEncodeError
        assert "NATO \\ud83c stands" in (view if "text" in name or "print" in name else
                                         "".join(data for data, _ in Page(view).texts)), name
    assert "uni\\ud800ty" in "".join(data for data, _ in Page(views["a loaded model's label"]).texts)
    # the results keep the text as given
    assert model.classify(text).text == text and doc.sentences["text"].iloc[0] == text


def _every_html_view(text: str, sources: list[str], documents: dict[str, str]) -> dict[str, str]:
    """The HTML of each view that shows a text or a name: the bundled model's prediction,
    explanation and document of ``text``, ``documents`` scored together, and a report of two
    statements by the groups ``sources`` (with its warning of the small groups)."""
    model = stance.default_model()
    data = pd.DataFrame({"text": ["NATO must stay united.", "Deterrence works."], "labels": ["unity", "deterrence"],
                         "source": sources})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {
            "prediction": model.classify(text)._repr_html_(),
            "explanation": model.explain_html(text)._repr_html_(),
            "document": stance.score_document(text)._repr_html_(),
            "documents": stance.score_documents(documents)._repr_html_(),
            "report": stance.evaluate(model, data, by="source")._repr_html_(),
        }


def test_control_characters_are_shown_escaped_in_every_html_view_as_the_command_line_shows_them():
    # A notebook audit: an escape sequence, a NUL (an HTML parse error) and a line separator in a
    # statement, a document's name or a group's reached the HTML raw, unseen; the command line writes
    # each as Python escapes it ("\x1b"). Every HTML view now does; the results keep the text.
    model, text = stance.default_model(), "NATO unity\u2028line\x1b[31m red\x00 nul"
    views = _every_html_view(text, ["wire\x1b[7m", "fe\x85ed"], {"speech\x1b[1m": text, "notes\x00": "Rain."})
    raw = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
    for name, view in views.items():
        assert not raw.search(view), (name, raw.search(view))
        assert "\\x1b[" in view, name
    assert "unity\\u2028line\\x1b[31m red\\x00 nul" in html.unescape(views["prediction"])
    assert "speech\\x1b[1m" in views["documents"] and "notes\\x00: no statement on a target" in views["documents"]
    assert "wire\\x1b[7m" in views["report"] and "fe\\x85ed" in views["report"]
    assert model.classify(text).text == text



def test_a_lone_carriage_return_stays_a_line_break_in_html():
    # A review: escaping every control character showed an old Mac file's line end (a lone carriage
    # return), which HTML reads as a line feed, as "\\r". A form feed stays escaped: CSS draws it as
    # a visible glyph, not as space.
    model = stance.default_model()
    view = model.classify("NATO must stay united.\rWe stand with Ukraine.")._repr_html_()
    assert "\\r" not in view and "united.\rWe" in view
    assert "united.\\x0cWe" in model.classify("NATO must stay united.\fWe stand with Ukraine.")._repr_html_()


def _drawn(ax) -> list[str]:
    """The tick labels and legend entries of a drawn plot (drawing raises what would break a notebook)."""
    ax.figure.canvas.draw()
    legend = ax.get_legend()
    texts = [*ax.get_yticklabels(), *ax.get_xticklabels(), *(legend.get_texts() if legend else [])]
    return [t.get_text() for t in texts if t.get_text()]


def test_plots_draw_dollar_signs_in_names_as_written():
    # matplotlib typesets the text between two dollar signs as a formula: the target
    # "cost $5bn vs $10bn" came out in italics, and "a $x_$ b" stopped the plot with a
    # ParseException from deep inside matplotlib. "\$" is matplotlib's literal dollar.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    targets, speakers = ["cost $5bn vs $10bn", "a $x_$ b"], ["Mr $ 1$_", "plain"]
    scored = pd.DataFrame({"labels": targets * 2, "stance": ["favor", "against"] * 2,
                           "speaker": speakers * 2})
    escaped = {name.replace("$", r"\$") for name in targets + speakers}
    for table in (stance.profile(scored), stance.profile(scored, by="speaker")):
        for value in ("share", "position"):
            ax = stance.plot_profile(table, value=value)
            drawn = _drawn(ax)
            assert not [text for text in drawn if "$" in text and text not in escaped], drawn
            assert escaped & set(drawn), drawn
            plt.close(ax.figure)
    report = compute_report([(targets[0],), (targets[1],)], [None, None], [(targets[0],), (targets[0],)],
                            None, tuple(targets), None)
    ax = report.plot_confusion()
    assert sorted(set(_drawn(ax)) & escaped) == sorted(name.replace("$", r"\$") for name in targets)
    plt.close(ax.figure)


def test_long_target_and_group_names_leave_room_for_the_bars():
    # A 68-character target name took the whole width of the figure: the axes were 0.4% of
    # it, no bar to be seen; beside a long speaker name, the target was cut off on the left
    # and the legend on the right. Names are wrapped, at their own breaks where they have them.
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.plotting import UNCLEAR_NAME

    long = "support_for_increased_defence_spending_to_two_percent_of_gdp_by_2030"
    speaker = "The Rt Hon. Member for Somewhere-on-Sea and Elsewhere (Conservative)"
    scored = pd.DataFrame({"labels": [long, "unity"] * 2, "stance": ["favor", "against"] * 2,
                           "speaker": [speaker, speaker, "B", "B"]})
    for table in (stance.profile(scored), stance.profile(scored, by="speaker")):
        for value in ("share", "position"):
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # "Tight layout not applied"
                ax = stance.plot_profile(table, value=value)
                drawn = _drawn(ax)
            assert ax.get_position().width * ax.figure.get_size_inches()[0] > 3  # inches of bars
            figure = ax.figure.get_window_extent()
            for text in [*ax.get_yticklabels(), *ax.get_legend().get_texts()]:
                box = text.get_window_extent()
                assert figure.x0 <= box.x0 and box.x1 <= figure.x1, text.get_text()
            # The names (not the legend's "no clear lean" of two lines, which is no name).
            wrapped = [text for text in drawn if "\n" in text and text != UNCLEAR_NAME]
            assert wrapped and all(max(map(len, text.split("\n"))) <= 30 for text in wrapped)
            assert {"".join(text.split()) for text in wrapped} <= {long, "".join(speaker.split())}  # all of it
            assert [text for text in wrapped if text.replace("\n", "") == long]  # broken after its "_"s
            plt.close(ax.figure)


def test_wrapped_target_names_get_the_height_they_need():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    targets = [f"policy {i}: the alliance's commitment to collective defence of the eastern member states"
               for i in range(12)]
    scored = pd.DataFrame({"labels": targets * 2, "stance": ["favor", "against"] * 12,
                           "speaker": ["A"] * 12 + ["B"] * 12})
    for table in (stance.profile(scored), stance.profile(scored, by="speaker")):
        ax = stance.plot_profile(table)
        ticks = [t for t in ax.get_yticklabels() if t.get_text()]
        lines = max(t.get_text().count("\n") + 1 for t in ticks)
        assert lines == 4  # "policy 0: the alliance's" / "commitment to collective" / …
        spacing = ax.figure.get_size_inches()[1] * ax.get_position().height * 72 / len(ticks)  # points
        assert spacing >= 1.2 * lines * ticks[0].get_fontsize()  # no name over the next
        plt.close(ax.figure)



@pytest.mark.parametrize("name, lines", [
    # 26 characters and "2024" make 31 with the space between: "2024" was cut as "202" / "4".
    ("Senator Thomas J. O'Rourke 2024", ["Senator Thomas J. O'Rourke", "2024"]),
    # 21 and "Kosiniak-" make 31: the break fell after "Kosiniak", the "-" on the next line.
    ("Wicepremier Władysław Kosiniak-Kamysz", ["Wicepremier Władysław", "Kosiniak-Kamysz"]),
    ("Ursula von der Leyen 2024 NATO", ["Ursula von der Leyen 2024 NATO"]),  # 30: one line
    ("Statement by Senator Thomas J. O'Rourke on arms for Ukraine",
     ["Statement by Senator Thomas J.", "O'Rourke on arms for Ukraine"]),  # 30 and 28
])
def test_a_name_is_wrapped_between_its_words(name, lines):
    from stance.plotting import _wrapped

    assert _wrapped(name).split("\n") == lines

def test_the_even_line_shows_on_a_dark_style():
    # The 0 (even) line of a position plot was black whatever the style: invisible on
    # matplotlib's dark_background, which users of dark notebook themes pick.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    scored = pd.DataFrame({"labels": ["unity"] * 3, "stance": ["favor", "favor", "against"]})
    for style in ("default", "dark_background"):
        with plt.style.context(style):
            ax = stance.plot_profile(stance.profile(scored), value="position")
            even = [line for line in ax.lines if list(line.get_xdata()) == [0, 0]]
            assert even and to_rgba(even[0].get_color()) != to_rgba(ax.get_facecolor())
            plt.close(ax.figure)


def test_the_intervals_of_a_position_plot_show_on_a_dark_style():
    # A profile's intervals were matplotlib's black whatever the style (a grouped one's were
    # the ticks' colour): on dark_background only the part over a bar could be seen.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    scored = pd.DataFrame({"labels": ["unity"] * 3, "stance": ["favor", "favor", "against"], "speaker": list("aab")})
    with plt.style.context("dark_background"):
        for table in (stance.profile(scored), stance.profile(scored, by="speaker")):
            ax = stance.plot_profile(table, value="position")
            bars = [c for c in ax.containers if hasattr(c, "errorbar") and c.errorbar is not None]
            lines = [line for bar in bars for line in bar.errorbar.lines[2]]
            assert lines and all(to_rgba(colour) == to_rgba("white") for line in lines for colour in line.get_colors())
            plt.close(ax.figure)


def test_a_quoted_statement_keeps_its_direction_and_wraps_a_long_word(hostile_model):
    statement = "NATO " + "https://example.org/" + "x" * 500
    parsed = Page(hostile_model.classify(statement)._repr_html_())
    quote = [attrs for tag, attrs in parsed.elements if tag == "q"]
    assert quote == [{"dir": "auto"}]  # a Hebrew or Arabic statement reads right to left
    wrapping = [attrs.get("style", "") for tag, attrs in parsed.elements if tag == "p"]
    assert "overflow-wrap:anywhere" in wrapping[0]  # the quote's paragraph, not pandas' tables


def test_statements_in_a_document_and_an_explanation_keep_their_direction():
    # Only a Prediction's quote had dir=auto: a document's table and an explanation laid out
    # an Arabic statement left to right, its full stop on the wrong side.
    statements = ["يجب أن ندعم أوكرانيا.", "الناتو قوي."]  # "We must support Ukraine." "NATO is strong."
    html = stance.score_document(" ".join(statements))._repr_html_()
    document = Page(html)
    directed = {data: direction for data, direction in document.directions if data.strip()}
    assert [directed[text] for text in statements] == ["auto", "auto"]
    # and are aligned as they are read, where the notebook puts cells flush right
    assert all(f"<td dir='auto' style='text-align:start;overflow-wrap:anywhere'>{text}</td>" in html
               for text in statements)
    numbers = [data for data in directed if data.replace(".", "").isdigit()]  # confidences, lines, counts
    assert numbers and all(directed[number] is None for number in numbers)
    text = f"{statements[0]} NATO is strong."
    explanation = stance.default_model().explain_html(text)
    page = Page(explanation._repr_html_())
    highlighted = "".join(data for data, direction in page.directions if direction == "auto")
    assert explanation.spans and highlighted == text * len(explanation.spans)  # each copy whole, not its heading


@pytest.mark.parametrize("groups", [5, 20, 30, 60])
def test_a_grouped_plot_of_many_groups_keeps_room_for_its_bars(groups):
    # At 20 speakers the legend went to two columns, which the figure's width did not allow
    # for: the bars had a fifth of the figure (a half with 5), and at 60 matplotlib warned
    # "Tight layout not applied". A column holds 20, and the figure is as much wider as the
    # legend's further columns need.
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [f"Member {i} (Party {'ABCDEF'[i % 6]})" for i in range(groups)]
    scored = pd.DataFrame({"labels": ["unity", "deterrence", "unity"] * groups,
                           "stance": ["favor", "against", "favor"] * groups,
                           "speaker": [name for name in names for _ in range(3)]})
    for value in ("share", "position"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Tight layout not applied"
            ax = stance.plot_profile(stance.profile(scored, by="speaker"), value=value, max_groups=None)
            _drawn(ax)
        bars = ax.get_position().width
        assert bars * ax.figure.get_size_inches()[0] > 4, (groups, value)  # inches, as with one column
        assert bars > 0.4 or groups > 40, (groups, value)  # a third column makes a wide figure
        figure, legend = ax.figure.get_window_extent(), ax.get_legend().get_window_extent()
        assert ax.get_window_extent().x1 <= legend.x0 and legend.x1 <= figure.x1  # beside the bars, whole
        plt.close(ax.figure)


def test_groups_of_one_hue_are_told_apart_by_their_hatching():
    # Past the style's ten colours, tab20 gives each hue twice, dark and light (tab20b and
    # tab20c four times): two groups' bars and legend entries differed only in shade.
    import colorsys
    from itertools import combinations

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgb

    groups = 24
    scored = pd.DataFrame({"labels": ["unity"] * groups, "stance": ["favor"] * groups,
                           "speaker": [f"speaker {i:02d}" for i in range(groups)]})
    for value in ("share", "position"):
        ax = stance.plot_profile(stance.profile(scored, by="speaker"), value=value, max_groups=None)
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        hsv = [colorsys.rgb_to_hsv(*to_rgb(h.get_facecolor())) for h in handles]
        looks = [(hue if saturation > 0.1 else -1, h.get_hatch() or "")
                 for (hue, saturation, _), h in zip(hsv, handles)]
        alike = [(a, b) for a, b in combinations(looks, 2) if abs(a[0] - b[0]) < 0.02 and a[1] == b[1]]
        assert not alike, value
        bars = {(p.get_facecolor(), p.get_hatch() or "") for p in ax.patches}
        assert bars == {(h.get_facecolor(), h.get_hatch() or "") for h in handles}  # the legend's looks are the bars'
        plt.close(ax.figure)


def test_groups_are_told_apart_by_more_than_colour_and_in_greyscale():
    # Six speakers were drawn in matplotlib's default colours alone, untitled: green #2ca02c
    # beside red #d62728, and in greyscale blue, red and brown at about 100, 91 and 101 of
    # 255, so a colour-blind reader or a grey printout could not tell MP 0, 3 and 5 apart.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex, to_rgb

    def grey(colour):  # 0 to 255, as a greyscale printout gives it (ITU-R BT.601 luma)
        r, g, b = to_rgb(colour)
        return 255 * (0.299 * r + 0.587 * g + 0.114 * b)

    def contrast_on_white(colour):  # WCAG 2 contrast ratio against #ffffff
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(colour)]
        return 1.05 / (0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2] + 0.05)

    speakers = [f"MP {i % 6}" for i in range(16)]
    scored = pd.DataFrame({"labels": ["unity"] * 16, "stance": ["favor", "against"] * 8, "speaker": speakers})
    okabe_ito = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
    for value in ("share", "position"):
        ax = stance.plot_profile(stance.profile(scored, by="speaker"), value=value)
        assert ax.get_title() == "Profile by speaker"
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        looks = {t.get_text(): (to_hex(h.get_facecolor()), h.get_hatch() or "")
                 for t, h in zip(legend.get_texts(), handles)}
        assert list(looks) == [f"MP {i}" for i in range(6)]
        assert len({hatch for _, hatch in looks.values()}) == 6  # a hatching each: apart in any grey
        assert {colour for colour, _ in looks.values()} <= okabe_ito  # no tab10 red beside its green
        colours = [colour for colour, _ in looks.values()]
        assert all(abs(grey(a) - grey(b)) > 10 for a, b in zip(colours, colours[1:]))
        assert all(contrast_on_white(c) >= 2 for c in colours)  # no pale yellow bar on a white page
        bars = {(to_hex(p.get_facecolor()), p.get_hatch() or "") for p in ax.patches if p.get_width()}
        assert bars == set(looks.values())  # the legend shows the looks the bars have
        plt.close(ax.figure)
    ax = stance.plot_profile(stance.profile(scored))  # as the plot of one group is titled
    assert ax.get_title() == "Profile"
    plt.close(ax.figure)
    ax = stance.plot_profile(stance.profile(scored), title="")
    assert ax.get_title() == ""
    plt.close(ax.figure)


def test_the_first_ten_groups_each_have_a_colour_of_their_own():
    # A brief's review: the palette had five colours, so a sixth speaker took the first's blue,
    # told apart by its hatching alone. Ten groups now take ten colours, each still hatched.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    groups = 12
    scored = pd.DataFrame({"labels": ["unity"] * groups, "stance": ["favor", "against"] * (groups // 2),
                           "speaker": [f"MP {i:02d}" for i in range(groups)]})
    for value in ("share", "position"):
        ax = stance.plot_profile(stance.profile(scored, by="speaker"), value=value, max_groups=None)
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        looks = {t.get_text(): (to_hex(h.get_facecolor()), h.get_hatch() or "")
                 for t, h in zip(legend.get_texts(), handles)}
        first = [looks[f"MP {i:02d}"] for i in range(10)]
        assert len({colour for colour, _ in first}) == 10, (value, first)
        assert len({hatch for _, hatch in first[:7]}) == 7, (value, first)  # hatched as before
        bars = {(to_hex(p.get_facecolor()), p.get_hatch() or "") for p in ax.patches if p.get_width()}
        assert bars <= set(looks.values()), value  # the bars look as their legend entries do
        plt.close(ax.figure)


def test_a_grouped_position_plot_leaves_out_what_no_stance_was_measured_for():
    # A speaker whose statements on a target took no stance (neutral, or the target only a
    # secondary one) has 0 favor and 0 against: position 0 with an interval of ±3.92 (NaN
    # now), which was drawn as a stub at 0, like an even split (as the plot of one group says
    # "0 favor / 0 against"). It has no bar and no interval now, and the axis says why.
    import math

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.container import BarContainer

    scored = pd.DataFrame({"speaker": ["a"] * 4 + ["b"] * 2,
                           "labels": ["unity", "unity", "deterrence", "deterrence", "deterrence", "unity"],
                           "stance": ["favor", "against", "neutral", "neutral", "favor", "favor"]})
    table = stance.profile(scored, by="speaker")
    cell = table.loc[("a", "deterrence")]
    assert [cell.favor, cell.against] == [0, 0] and math.isnan(cell.position)  # measured nothing
    ax = stance.plot_profile(table, value="position")
    targets = [t.get_text() for t in ax.get_yticklabels()]
    # pandas draws a missing value as a bar of width 0, as it draws an even split: the
    # interval tells them apart, drawn for an even split and not for what was not measured.
    intervals = {}  # group: {target: the interval's left end}
    for bars in (c for c in ax.containers if isinstance(c, BarContainer)):
        ends = {round(seg[0][1], 6): seg[0][0] for seg in bars.errorbar.lines[2][0].get_segments() if len(seg)}
        rows = [round(bar.get_y() + bar.get_height() / 2, 6) for bar in bars]
        intervals[bars.get_label()] = {target: ends[row] for target, row in zip(targets, rows)
                                       if row in ends and not math.isnan(ends[row])}
    assert "deterrence" not in intervals["a"]
    assert intervals["a"]["unity"] == pytest.approx(-2.263, abs=1e-3)  # favor 1 against 1: even, drawn
    assert intervals["b"]["deterrence"] == pytest.approx(-2.102, abs=1e-3)
    assert "no stance" in ax.get_xlabel()
    plt.close(ax.figure)
    ax = stance.plot_profile(stance.profile(scored[scored.stance != "neutral"], by="speaker"), value="position")
    assert "no stance" not in ax.get_xlabel()  # said only when it is so
    plt.close(ax.figure)


def test_a_grouped_position_plot_marks_an_even_position_apart_from_no_stance():
    # A data journalist's audit: speaker a's 1 favor / 1 against on unity (position 0.0) was
    # drawn as a bar of width 0, as speaker a's deterrence, on which a took no stance, was, and
    # the axis said of both "no bar: the group took no stance on the target". An even position
    # is a diamond at 0 in the group's colour now, and the axis says what it means.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba
    from matplotlib.container import BarContainer

    scored = pd.DataFrame({"speaker": ["a"] * 4 + ["b"] * 2,
                           "labels": ["unity", "unity", "deterrence", "deterrence", "deterrence", "unity"],
                           "stance": ["favor", "against", "neutral", "neutral", "favor", "favor"]})
    table = stance.profile(scored, by="speaker")
    assert table.loc[("a", "unity"), "position"] == 0  # 1 favor, 1 against
    ax = stance.plot_profile(table, value="position")
    targets = [t.get_text() for t in ax.get_yticklabels()]
    diamonds = [(line.get_xdata()[0], line.get_ydata()[0], to_rgba(line.get_color())) for line in ax.lines
                if line.get_marker() == "D"]
    bars = {(bars.get_label(), target): (bar.get_y() + bar.get_height() / 2, to_rgba(bar.get_facecolor()))
            for bars in ax.containers if isinstance(bars, BarContainer) for target, bar in zip(targets, bars)}
    assert diamonds == [(0, *bars[("a", "unity")])]  # a's unity alone, on its bar's row, in its colour
    caption = ax.get_xlabel().splitlines()
    assert "no bar: the group took no stance on the target" in caption  # a's deterrence
    assert "diamond at 0: even, as many favor as against" in caption
    plt.close(ax.figure)
    ax = stance.plot_profile(stance.profile(scored[scored.speaker == "b"], by="speaker"), value="position")
    assert not [line for line in ax.lines if line.get_marker() == "D"] and "diamond" not in ax.get_xlabel()
    plt.close(ax.figure)


def test_a_profile_plot_tells_the_leans_apart_by_more_than_red_and_green():
    # A data journalist's audit: the plot of one profile told favor from against by red and
    # green fill alone (the explanation's underlines and a grouped plot's hatching give a
    # second cue), and its position axis read "log-odds of favor against against".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    # Nine statements one way and none the other: the fewest whose interval leaves 0 out.
    scored = pd.DataFrame({"labels": ["gas|wind"] + ["gas"] * 8 + ["coal", "coal", "wind"] + ["oil"] * 9 + ["nuclear"],
                           "stance": ["favor"] * 10 + ["against", "neutral"] + ["against"] * 9 + ["favor"]})
    table = stance.profile(scored)  # gas leans favor, oil against, nuclear no clear lean, coal even, wind no stance
    ax = stance.plot_profile(table)
    looks = {tick.get_text(): (to_rgba(bar.get_facecolor()), bar.get_hatch() or "")
             for tick, bar in zip(ax.get_yticklabels(), ax.patches)}
    assert len({hatch for _, hatch in looks.values()}) == 5  # each lean a hatching of its own
    legend = ax.get_legend()
    handles = getattr(legend, "legend_handles", None) or legend.legendHandles
    keyed = {text.get_text(): (to_rgba(h.get_facecolor()), h.get_hatch() or "")
             for text, h in zip(legend.get_texts(), handles)}
    assert keyed == {"leans favor": looks["gas"], "leans against": looks["oil"], "even": looks["coal"],
                     "no clear lean\n(95% interval holds 0)": looks["nuclear"],
                     "no stance": looks["wind"]}  # the legend's looks are the bars'
    plt.close(ax.figure)
    ax = stance.plot_profile(table, value="position")
    assert ax.get_xlabel().splitlines()[0] == "position: log-odds of favor to against (0 = even, > 0 towards favor)"
    plt.close(ax.figure)


def test_a_profile_plot_draws_no_lean_where_the_interval_holds_0():
    # A statistician's audit: a target's lean was drawn from the sign of its position alone,
    # so the challenge set's unity, 562 favor to 542 against (0.036 in [-0.082, 0.154]), was
    # green "leans favor", and its deterrence (-0.059 in [-0.191, 0.073]) red "leans against".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    scored = pd.DataFrame({"labels": ["gas"] * 12 + ["oil"] * 12 + ["coal"] * 5,
                           "stance": ["favor"] * 12 + ["against"] * 12 + ["favor"] * 3 + ["against"] * 2})
    table = stance.profile(scored)
    # By hand: gas log(12.5 / 0.5) = 3.22, half-width 1.96 * sqrt(1/12.5 + 2) = 2.83, so [0.39, 6.04];
    # oil the reverse; coal log(3.5 / 2.5) = 0.34, half-width 1.96 * sqrt(1/3.5 + 1/2.5) = 1.62, across 0.
    assert table.loc["gas", "position_low"] > 0 > table.loc["oil", "position_high"]
    assert table.loc["coal", "position_low"] < 0 < table.loc["coal", "position"] < table.loc["coal", "position_high"]
    for value in ("share", "position"):
        ax = stance.plot_profile(table, value=value)
        looks = {tick.get_text(): (to_rgba(bar.get_facecolor()), bar.get_hatch() or "")
                 for tick, bar in zip(ax.get_yticklabels(), ax.patches)}
        assert len(set(looks.values())) == 3, looks  # three looks, in colour and in hatching
        assert len({hatch for _, hatch in looks.values()}) == 3, looks
        legend = ax.get_legend()
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        keyed = {text.get_text(): (to_rgba(h.get_facecolor()), h.get_hatch() or "")
                 for text, h in zip(legend.get_texts(), handles)}
        assert keyed == {"leans favor": looks["gas"], "leans against": looks["oil"],
                         "no clear lean\n(95% interval holds 0)": looks["coal"]}, keyed
        if value == "position":  # which way is which, without claiming a lean the interval does not show
            assert ax.get_xlabel().splitlines()[0] == ("position: log-odds of favor to against "
                                                       "(0 = even, > 0 towards favor)")
        plt.close(ax.figure)


def _accessible_name(attrs: dict[str, str | None]) -> str:
    """The name a screen reader reads of an element of role img, by the accessible name
    computation (https://www.w3.org/TR/accname-1.2/, steps 2C and 2I): its aria-label, or
    else its title (the tooltip); an img's text inside is no part of it."""
    return attrs.get("aria-label") or attrs.get("title") or ""


def _accessible_description(attrs: dict[str, str | None]) -> str:
    """What a screen reader reads after the name (HTML-AAM's accessible description): the
    title, unless the title is the name already. No aria-describedby is written here."""
    return attrs.get("title") or "" if attrs.get("aria-label") else ""


def test_a_highlighted_words_value_is_read_once_and_shown_on_hover():
    # A brief's review: each word had aria-label='alone -1.000' and title='-1.000', so a screen
    # reader read the name, then the title as its description: the value twice. The title alone,
    # which names an img when nothing else does, is now the name and the mouse's tooltip.
    model = stance.default_model()
    page = model.explain_html("Bring the brigade home.")._repr_html_()
    words = [attrs for tag, attrs in Page(page).elements if tag == "span" and attrs.get("role") == "img"]
    assert words
    for attrs in words:
        name, description = _accessible_name(attrs), _accessible_description(attrs)
        value = name.split()[-1]
        assert re.fullmatch(r"\S+ [-+]\d\.\d{3}", name), name  # the word, then its value
        assert f"{name} {description}".count(value) == 1, (name, description)  # heard once
        assert value in (attrs.get("title") or ""), attrs  # and on hover


def test_an_explanation_and_a_prediction_say_more_than_colour_does():
    # Each word's sign and size were a red or green shade, its value in a tooltip: nothing a
    # colour-blind reader or a screen reader could use. The heads were bold text, and the
    # prediction's bars had no header and no text.
    import re

    model = stance.default_model()
    explanation = model.explain_html("Bring the brigade home.")
    page = explanation._repr_html_()
    assert page == model.explain_html("Bring the brigade home.")._repr_html_()  # byte-stable
    heads = [re.sub("</?bdi>", "", head) for head in re.findall(r"<h4[^>]*>(.*?)</h4>", page)]  # names isolated
    assert heads == list(explanation.spans)  # ['label: eastern_flank', 'stance: against']
    words = [attrs for tag, attrs in Page(page).elements if tag == "span" and "title" in attrs]
    # named on a role that may carry a name (ARIA prohibits naming a bare span, so readers skip it)
    assert words and all(_accessible_name(attrs) and attrs.get("role") == "img" for attrs in words)
    for attrs in words:
        value = float(_accessible_name(attrs).split()[-1])  # the word, then its contribution
        assert "underline" in attrs["style"] and ("dotted" in attrs["style"]) == (value < 0)  # solid for +
    assert {float(_accessible_name(attrs).split()[-1]) > 0 for attrs in words} == {True, False}  # both kinds here
    assert "underline" in page.split("<h4")[0]  # the key to the underlines comes first

    prediction = Page(model.classify("Bring the brigade home.")._repr_html_())
    header = [data for data, _ in prediction.texts if data.strip()]
    assert "probability" in header  # over the bar and the number (see the test of tables below)
    bars = [attrs for tag, attrs in prediction.elements if tag == "div" and "width" in attrs.get("style", "")]
    hidden = [attrs for tag, attrs in prediction.elements if attrs.get("aria-hidden") == "true"]
    assert bars and len(hidden) == len(bars)


def test_the_views_say_what_their_numbers_are():
    # A lecturer's students saw "confidence 0.81" above a column "p" of 0.64 for the same label
    # with no word on how they differ, "favor (0.98)" with an unlabelled number, a profile's
    # position of 1.1 with nothing saying it is about 3 favor to 1 against, and "against_f1 nan"
    # in a report with nothing saying why.
    import math
    import warnings

    from stance.prediction import Prediction

    p = Prediction("unity", ("unity",), "favor", {"unity": 0.64, "none": 0.3}, 0.81, {"favor": 0.98, "against": 0.02})
    page = "".join(data for data, _ in Page(p._repr_html_()).texts)  # as read: the stance is isolated in <bdi>
    assert "confidence 0.81" in page and "favor (probability 0.98)" in page
    assert "confidence: how likely the answer's label is right" in page and "probability: " in page
    assert "need not add up to 1" in page  # 0.64 + 0.3 is not 1, and need not be
    scored = pd.DataFrame({"labels": ["unity"], "stance": ["favor"]})
    assert math.exp(stance.profile(scored)["position"].iloc[0]) == pytest.approx(3)  # 1 favor, 0 against
    doc = stance.score_document("We stand with Ukraine and will send more air defence.")
    assert "1.1 as 1 favor to 0 against" in Tables(doc._repr_html_()).tables[0]["caption"]
    gold = pd.DataFrame({"text": ["Arm Ukraine now.", "Good morning."], "labels": ["ukraine_support", "none"],
                         "stance": ["favor", None]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # two statements: intervals too narrow
        report = stance.evaluate(stance.default_model(), gold)
    assert math.isnan(report.metrics["against_f1"])  # no statement is against, gold or predicted
    metrics = Tables(report._repr_html_()).tables[0]
    cells = dict(zip([c["text"] for c in metrics["th"] if c["part"] == "body"],
                     re.findall(r"<td>([^<]*)</td>", report._repr_html_().split("</table>")[0])))
    assert cells["against_f1"].startswith("n/a (no such class in the gold data or the predictions")
    assert cells["favor_f1"] == "1.000" and "nan" not in cells.values()


def test_a_report_printed_and_its_tables_say_n_a_and_why_as_its_headline_does():
    # print(report) showed "against_f1  nan", and it and the HTML's per-label and group tables
    # "NaN", where the HTML's headline said "n/a" and why.
    import math
    import warnings

    model = stance.default_model()
    texts = ["Arm Ukraine now.", "Good morning.", "We stand together as one alliance."]
    gold = pd.DataFrame({"text": texts, "labels": ["ukraine_support", "none", "unity"],
                         "stance": ["favor", None, "favor"], "venue": ["press", "press", "hall"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # three statements: intervals too narrow
        report = stance.evaluate(model, gold, by="venue")
    # The labels neither gold nor predicted, whose precision, recall and F1 are 0/0.
    predicted = {label for text in texts for label in stance.classify(text, model=model).labels}
    undefined = sorted(set(model.labels) - set(gold.labels) - predicted)
    assert undefined and math.isnan(report.metrics["against_f1"])  # no statement is against, gold or predicted
    assert sorted(report.to_frame().index[report.to_frame().f1.isna()]) == undefined
    printed = str(report)
    assert "nan" not in printed.lower(), printed
    assert re.search(r"^  against_f1 +n/a \(no such class in the gold data or the predictions: F1 is 0/0\)$",
                     printed, re.MULTILINE)
    for label in undefined:  # its row says n/a in each metric, and the note under the table why
        assert re.search(rf"^{label} +n/a +n/a +n/a +0$", printed, re.MULTILINE), printed
    names = " and ".join(f"'{label}'" for label in undefined) if len(undefined) < 3 else (
        ", ".join(f"'{label}'" for label in undefined[:-1]) + f" and '{undefined[-1]}'")
    why = f"n/a: {names} {'is' if len(undefined) == 1 else 'are'} neither in the gold labels nor predicted"
    assert why in printed
    # the hall group has no statement without a position: no none_f1
    assert math.isnan(report.by_group().loc["hall", "none_f1"])
    assert "n/a: nothing in the group for the metric to measure" in printed
    page = report._repr_html_()
    assert "NaN" not in page and "nan" not in page
    per_label = Tables(page).tables[1]
    assert per_label["caption"].startswith("Each label's precision")
    assert html.escape(why, quote=True) in page and "n/a: nothing in the group" in page
    table = page.split("<caption>Each label")[1].split("</table>")[0]
    rows = re.findall(r"<th scope=\"row\"[^>]*>([^<]*)</th>\s*((?:<td>[^<]*</td>\s*)+)", table)
    cells = {name: re.findall(r"<td>([^<]*)</td>", tds) for name, tds in rows}
    for label in undefined:
        assert cells[label] == ["n/a", "n/a", "n/a", "0"]


class Tables(HTMLParser):
    """Each table of a page: its caption, its header cells (where, attributes, text) and its
    data cells' attributes."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[dict] = []
        self._in: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self._in.append(tag)
        if tag == "table":
            self.tables.append({"caption": "", "th": [], "td": []})
        elif tag == "th":
            part = "head" if "thead" in self._in else "body"
            self.tables[-1]["th"].append({"part": part, "attrs": dict(attrs), "text": ""})
        elif tag == "td":
            self.tables[-1]["td"].append(dict(attrs))

    def handle_endtag(self, tag):
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data):
        if "caption" in self._in:
            self.tables[-1]["caption"] += data
        elif self._in and self._in[-1] == "th":
            self.tables[-1]["th"][-1]["text"] += data


def test_every_table_has_a_caption_and_header_cells_a_screen_reader_can_use():
    # The report's metrics table had no <th> at all (rows of <td>name</td><td>value</td>), no
    # table had a <caption> or scope on its headers, and a Prediction's headers were "label",
    # "bar of p" and "p": a screen reader read each number with nothing to say what it was.
    import warnings

    model = stance.default_model()
    gold = pd.DataFrame({"text": ["Arm Ukraine now.", "Not one more cent for Kyiv.", "Good morning."],
                         "labels": ["ukraine_support", "ukraine_support", "none"],
                         "stance": ["favor", "against", None], "speaker": ["A", "B", "A"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # few statements for intervals
        report = stance.evaluate(model, gold, by="speaker")
    views = {"prediction": model.classify("Arm Ukraine now.")._repr_html_(),
             "explanation": model.explain_html("Arm Ukraine now.")._repr_html_(),
             "document": stance.score_document("A: Arm Ukraine now. B: Not one more cent.")._repr_html_(),
             "report": report._repr_html_()}
    expected_tables = {"prediction": 1, "explanation": 1, "document": 2, "report": 4}
    for view, page in views.items():
        tables = Tables(page).tables
        assert len(tables) == expected_tables[view], view
        for table in tables:
            assert table["caption"].strip(), (view, table)
            assert table["th"], (view, table)  # a table with no header cell says nothing of its cells
            for cell in table["th"]:
                wanted = {"col"} if cell["part"] == "head" else {"row"}
                assert cell["attrs"].get("scope") in wanted, (view, cell)
    [scores] = Tables(views["prediction"]).tables
    assert [c["text"] for c in scores["th"] if c["part"] == "head"] == ["label", "probability"]
    assert scores["th"][1]["attrs"].get("colspan") == "2"  # over the bar and its number
    assert [c.get("aria-hidden") for c in scores["td"]][:2] == ["true", None]  # the bar hidden, its number read
    metrics = Tables(views["report"]).tables[0]
    assert [c["text"] for c in metrics["th"] if c["part"] == "head"] == ["metric", "value"]
    names = [c["text"] for c in metrics["th"] if c["part"] == "body"]
    assert names == list(report.headline())  # each metric's name heads its row


def body_rows(page: str, caption: str) -> list[tuple[list[tuple[str, str]], list[str]]]:
    """Each body row of the table of ``page`` whose caption starts with ``caption``: its header
    cells (scope, text) and its data cells' texts, in order."""
    table = page.split(f"<caption>{caption}", 1)[1].split("</table>", 1)[0].split("<tbody>", 1)[1]
    return [(re.findall(r"<th scope=\"(\w+)\"[^>]*>([^<]*)</th>", row), re.findall(r"<td[^>]*>([^<]*)</td>", row))
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, flags=re.S)]


def test_an_explanations_table_heads_each_row_with_its_head_and_ngram():
    # Its rows had no header cell (to_html(index=False), every cell a <td>), where the README
    # says every table of these views has header cells for its rows: a screen reader read
    # "0.466" with its column's name alone, not which n-gram of which head it was.
    explanation = stance.default_model().explain_html("Another blank cheque for Kyiv while our hospitals wait.")
    summary = explanation.summary
    rows = body_rows(explanation._repr_html_(), "The n-grams that pushed hardest")
    assert len(rows) == len(summary)
    for (headers, cells), (explains, ngram, feature, contribution) in zip(rows, summary.itertuples(index=False)):
        assert headers == [("row", html.escape(explains, quote=False)), ("row", html.escape(ngram, quote=False))]
        assert cells == [html.escape(feature, quote=False), f"{contribution:.3f}"]


def test_a_document_name_spanning_its_rows_heads_those_rows_alone():
    # A name spanning its document's rows had scope="rowgroup" in the profile's one <tbody>:
    # by HTML's rules for header cells, such a cell heads every row after it to the end of
    # its row group (the <tbody>), so b.txt's cells were read as a.txt's too; a document of
    # one row had scope="row". scope="row" on a cell spanning rows heads the rows it spans.
    documents = stance.score_documents({"a.txt": "We stand with Ukraine. NATO is united.",
                                        "b.txt": "Not one more cent for Kyiv.",
                                        "c.txt": "Estonia will never be alone again. We stand with Ukraine."})
    page = documents._repr_html_()
    assert "rowgroup" not in page
    profile = page.split("<caption>Profile", 1)[1].split("</table>", 1)[0].split("<tbody>", 1)[1]
    found = re.findall(r'<th scope="row"[^>]* rowspan="(\d+)"[^>]*>([^<]*)</th>', profile)
    spanning = {name: int(rows) for rows, name in found}
    counts = documents.profile.index.get_level_values("document").value_counts()
    assert spanning == {name: n for name, n in counts.items() if n > 1}
    assert spanning  # the case is there: a document of more than one target


def test_a_plot_of_one_group_draws_no_even_bar_for_a_target_no_stance_was_taken_on():
    # A target named only as a secondary one (or only by neutral statements) has 0 favor and
    # 0 against: the position plot drew it a grey "even" stub at 0 with an interval of ±3.92,
    # and the share plot coloured it "even", as a grouped plot no longer does.
    import math

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    from stance.plotting import LEANS

    scored = pd.DataFrame({"labels": ["gas|wind", "coal", "coal", "wind"],
                           "stance": ["favor", "favor", "against", "neutral"]})
    table = stance.profile(scored)
    assert table.loc["wind", ["n", "favor", "against"]].tolist() == [2, 0, 0]  # no stance on wind
    ax = stance.plot_profile(table, value="position")
    targets = [t.get_text() for t in ax.get_yticklabels()]
    rows = dict(zip(ax.get_yticks(), targets))
    intervals = {rows[seg[0][1]]: seg[0][0] for lines in ax.collections for seg in lines.get_segments()
                 if len(seg) and not math.isnan(seg[0][0])}  # target: the interval's left end
    assert "wind" not in intervals  # no interval
    assert intervals["coal"] == pytest.approx(-1.96 * math.sqrt(2 / 1.5), abs=1e-3)  # even: drawn
    assert intervals["gas"] == pytest.approx(math.log(1.5 / 0.5) - 1.96 * math.sqrt(2 + 1 / 1.5), abs=1e-3)
    widths = dict(zip(targets, (bar.get_width() for bar in ax.patches)))
    assert widths["wind"] == 0 and widths["gas"] == pytest.approx(math.log(3))
    assert "no bar: no statement took a stance on the target" in ax.get_xlabel()
    plt.close(ax.figure)

    ax = stance.plot_profile(table)  # shares: wind's bar says "no stance", not "even"
    colours = dict(zip([t.get_text() for t in ax.get_yticklabels()], (to_rgba(p.get_facecolor()) for p in ax.patches)))
    assert colours["coal"] == to_rgba(LEANS[0]) and colours["wind"] != to_rgba(LEANS[0])
    legend = ax.get_legend()
    handles = getattr(legend, "legend_handles", None) or legend.legendHandles
    entries = {t.get_text(): to_rgba(h.get_facecolor()) for t, h in zip(legend.get_texts(), handles)}
    assert entries["no stance"] == colours["wind"]
    plt.close(ax.figure)
    # Said only when it is so.
    ax = stance.plot_profile(stance.profile(scored[scored.stance != "neutral"].assign(labels=["gas", "coal", "coal"])),
                             value="position")
    assert "no stance" not in ax.get_xlabel()
    plt.close(ax.figure)
    ax = stance.plot_profile(stance.profile(scored.iloc[1:3]))
    assert "no stance" not in [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(ax.figure)


def test_a_legend_lists_only_what_the_plot_draws_and_a_day_as_a_date():
    # Every share plot listed "leans against" and "even" beside bars all green; a profile by a
    # column of days named its groups "2026-01-17 00:00:00".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def legend(table, **options):
        ax = stance.plot_profile(table, **options)
        entries = [t.get_text() for t in ax.get_legend().get_texts()] if ax.get_legend() else None
        plt.close(ax.figure)
        return entries

    scored = pd.DataFrame({"labels": ["gas", "gas", "coal", "coal", "wind", "oil|wind"],
                           "stance": ["favor", "favor", "favor", "against", "neutral", "against"],
                           "day": pd.to_datetime(["2026-01-17", "2026-01-18", "2026-01-17", None,
                                                  "2026-01-18", "2026-01-18"])})
    def ninefold(rows):  # nine times the statements: a lean whose interval leaves 0 out
        return stance.profile(pd.concat([rows] * 9, ignore_index=True))

    assert legend(ninefold(scored[scored.labels == "gas"])) == ["leans favor"]
    assert legend(ninefold(scored.iloc[:4])) == ["leans favor", "even"]
    assert legend(ninefold(scored)) == ["leans favor", "leans against", "even", "no stance"]
    assert legend(ninefold(scored), value="position") == ["leans favor", "leans against", "even"]
    assert legend(ninefold(scored.iloc[:2]), order=["gas", "nuclear"]) == ["leans favor"]  # nuclear: no bar
    assert legend(ninefold(scored.iloc[:2]), order=["nuclear"]) is None  # nothing drawn, nothing listed
    # Of the statements once, gas (2 favor) and oil (1 against) lean no way the interval shows.
    assert legend(stance.profile(scored)) == ["no clear lean\n(95% interval holds 0)", "even", "no stance"]
    by_day = stance.profile(scored, by="day")
    assert legend(by_day) == ["2026-01-17", "2026-01-18", "(missing)"]
    assert legend(by_day, value="position") == ["2026-01-17", "2026-01-18", "(missing)"]
    hours = stance.profile(scored.assign(day=scored["day"] + pd.to_timedelta([0, 9, 0, 0, 0, 0], unit="h")), by="day")
    assert legend(hours) == ["2026-01-17 00:00:00", "2026-01-18 00:00:00", "2026-01-18 09:00:00", "(missing)"]


def test_a_grouped_plot_and_its_profile_list_the_groups_in_the_order_a_reader_counts():
    # A user audit: the legend (and the profile) listed "Speaker 1", "Speaker 10", "Speaker 2",
    # sorted as text. Numbers in a name now count as numbers; a categorical keeps its order.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    speakers = ["Speaker 10", "Speaker 2", "Speaker 1", "Speaker 2", None, "Q"]
    scored = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against"] * 3, "speaker": speakers})
    expected = ["Q", "Speaker 1", "Speaker 2", "Speaker 10", "(missing)"]
    for column in (scored.speaker, scored.speaker.astype("string"),
                   pd.Categorical(speakers, categories=["Speaker 2", "Q", "Speaker 10", "Speaker 1"])):
        table = stance.profile(scored.assign(speaker=column), by="speaker")
        groups = table.index.get_level_values("speaker").unique().tolist()
        if isinstance(column, pd.Categorical):  # the user's order
            assert groups == ["Speaker 2", "Q", "Speaker 10", "Speaker 1", "(missing)"]
        else:
            assert groups == expected
        for value in ("share", "position"):
            ax = stance.plot_profile(table, value=value)
            assert [t.get_text() for t in ax.get_legend().get_texts()] == groups  # plot and table in one order
            plt.close(ax.figure)
    # two keys: each in its own order
    both = stance.profile(scored.assign(day=[2, 10, 2, 2, 10, 10]), by=["day", "speaker"]).droplevel("target")
    assert both.index.tolist() == [(2, "Speaker 1"), (2, "Speaker 2"), (2, "Speaker 10"), (10, "Q"),
                                   (10, "Speaker 2"), (10, "(missing)")]


@pytest.mark.parametrize("arrow_type", ["string", "large_string"])
def test_an_arrow_text_column_is_profiled_in_the_order_a_reader_counts_and_keeps_its_dtype(arrow_type):
    # A data engineer's audit: by a column of pd.ArrowDtype(pa.string()) (or large_string) the
    # groups came sorted as text ("10", "2", "9") and the level was plain str, where pandas'
    # own strings give "2", "9", "10" and keep their dtype. They are now profiled alike.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pa = pytest.importorskip("pyarrow")
    dtype = pd.ArrowDtype(getattr(pa, arrow_type)())
    parties = ["10", "2", "9", "2", None, "10"]
    scored = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against"] * 3,
                           "sp": pd.Series(parties, dtype=dtype), "day": [2, 10, 2, 2, 10, 10]})
    table = stance.profile(scored, by="sp")
    level = table.index.get_level_values("sp")
    assert level.unique().tolist() == ["2", "9", "10", "(missing)"]
    assert level.dtype == scored.groupby("sp", observed=True).size().index.dtype == dtype
    pd.testing.assert_frame_equal(table.droplevel("sp").reset_index(drop=True), stance.profile(
        scored.assign(sp=scored.sp.astype("string")), by="sp").droplevel("sp").reset_index(drop=True))
    both = stance.profile(scored, by=["day", "sp"]).droplevel("target")
    assert both.index.tolist() == [(2, "2"), (2, "9"), (2, "10"), (10, "2"), (10, "10"), (10, "(missing)")]
    ax = stance.plot_trend(table)  # the points in that order (a missing group has no place on its axis)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2", "9", "10"]
    plt.close(ax.figure)
    compared = stance.compare_profiles(table, stance.profile(scored.iloc[::-1], by="sp"))
    assert compared.index.get_level_values("sp").tolist() == ["2", "9", "10", "(missing)"]


def test_a_year_column_of_text_and_numbers_is_profiled_in_time_order_with_a_warning():
    # A newsroom audit: years read from two files, "2023" as text beside 2024 and 2025 as
    # numbers, came out [2024, 2025, '2023'] (pandas puts numbers before text), and plot_trend
    # drew its time axis in that order without a word. Text of a number counts as that number,
    # as "Speaker 2" before "Speaker 10" does, and the warning names the column and both kinds.
    scored = pd.DataFrame({"labels": ["unity"] * 5, "stance": ["favor", "against", "favor", "favor", "against"],
                           "yr": ["2023", 2025, 2024, None, "2024"]})
    with pytest.warns(stance.StanceWarning, match=r"by='yr' holds both text \['2023', '2024'\] and numbers "
                                                  r"\[2025, 2024\].*'2024' and 2024 are two groups") as caught:
        table = stance.profile(scored, by="yr")
    assert len(caught) == 1
    assert table.index.get_level_values("yr").tolist() == ["2023", 2024, "2024", 2025, "(missing)"]
    assert table["n"].tolist() == [1, 1, 1, 1, 1]
    # Names beside numbers still sort, numbers among the names as a reader counts, and are no
    # files' mix-up to warn of (a review: documents 1, 2 and "intro" were warned of for nothing).
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        named = stance.profile(scored.assign(yr=["Speaker 10", 3, "Speaker 2", "Q", 1.5]), by="yr")
        stance.score_documents(pd.Series(["NATO stands united.", "We stand with Ukraine.", "Thanks."],
                                         index=[1, "intro", 2]))
    assert named.index.get_level_values("yr").tolist() == [1.5, 3, "Q", "Speaker 2", "Speaker 10"]
    # A review: text of a decimal or a negative number sorts as that number too.
    with pytest.warns(stance.StanceWarning, match="by='yr' holds both text"):
        scores = stance.profile(scored.assign(yr=[2.5, "2.7", 3, "2.1", "-3"]), by="yr")
    assert scores.index.get_level_values("yr").tolist() == ["-3", "2.1", 2.5, "2.7", 3]


def test_a_by_column_of_times_with_and_without_a_zone_is_profiled_in_time_order_with_a_warning():
    # An audit: yearly Parquet files, one with Europe/London dates and the others naive, give an
    # object column of both kinds, which pandas cannot sort, so the groups kept the rows' order
    # and plot_trend drew its line back and forth in time without a word. A naive time is read
    # as UTC, as plot_trend places it, and the warning names the column and both kinds.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    T = pd.Timestamp
    when = pd.Series([T("2016-01-03"), T("2016-01-01"), T("2016-01-02", tz="UTC"), T("2016-01-05"),
                      T("2016-01-04 01:00", tz="Europe/Berlin"), None], dtype=object)
    scored = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against"] * 3, "when": when})
    with pytest.warns(stance.StanceWarning, match=r"by='when' holds times with a time zone \(2 of them: .*\) "
                                                  r"and times without one \(3 of them: .*scored\['when'\] = "
                                                  r"pd.to_datetime\(scored\['when'\], utc=True\)") as caught:
        table = stance.profile(scored, by="when")
    assert len([w for w in caught if issubclass(w.category, stance.StanceWarning)]) == 1
    groups = table.index.get_level_values("when").tolist()
    assert [str(g) for g in groups] == ["2016-01-01 00:00:00", "2016-01-02 00:00:00+00:00", "2016-01-03 00:00:00",
                                        "2016-01-04 01:00:00+01:00", "2016-01-05 00:00:00", "(missing)"]
    ax = stance.plot_trend(table.drop("(missing)", level="when"))
    for line in ax.get_lines():
        if not line.get_label().startswith("_"):
            places = list(line.get_xdata())
            assert places == sorted(places) and len(places) == 5  # forward in time
    plt.close(ax.figure)
    # The advice, followed as written, gives the same order in one kind, with no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        scored["when"] = pd.to_datetime(scored["when"], utc=True)
        advised = stance.profile(scored, by="when")
    assert [g.isoformat() for g in advised.index.get_level_values("when")[:5]] == [
        T(g).tz_localize("UTC").isoformat() if T(g).tz is None else T(g).tz_convert("UTC").isoformat()
        for g in groups[:5]]


def _groups_of_when_warned_once(when: list, match: str) -> tuple[list[str], pd.DataFrame]:
    """The groups, as text, of profiling six scored rows by a column "when" of the values
    ``when`` (held as objects), which must warn once, matching ``match``; and those rows."""
    scored = pd.DataFrame({"labels": ["unity"] * 6, "stance": ["favor", "against"] * 3,
                           "when": pd.Series(when, dtype=object)})
    with pytest.warns(stance.StanceWarning, match=match) as caught:
        table = stance.profile(scored, by="when")
    assert len([w for w in caught if issubclass(w.category, stance.StanceWarning)]) == 1
    return [str(group) for group in table.index.get_level_values("when")], scored


def test_a_by_column_of_times_and_text_of_times_is_profiled_in_time_order_with_a_warning():
    # An audit: a by= column of Timestamps beside dates as text ("2016-01-02", one file's
    # dates read as text) was ordered Timestamps first, then the text, without a word. Text of
    # a time counts as that time, as text of a year beside numbers does, each time before its
    # text; text that is no time comes after; and the warning names the column and both kinds.
    T = pd.Timestamp
    when = [T("2016-01-03"), T("2016-01-01"), "2016-01-02", T("2016-01-05"), "2016-01-04", "2016-01-03"]
    advice = r"scored\['when'\] = pd.to_datetime\(scored\['when'\], utc=True, format='mixed'\)"
    match = (r"by='when' holds times \(3 of them: .*\) and text of times "
             r"\(3 of them: \['2016-01-02', '2016-01-03', '2016-01-04'\]\).*"
             r"2016-01-03 00:00:00 and '2016-01-03' are two groups.*" + advice)
    groups, scored = _groups_of_when_warned_once(when, match)
    assert groups == ["2016-01-01 00:00:00", "2016-01-02", "2016-01-03 00:00:00", "2016-01-03", "2016-01-04",
                      "2016-01-05 00:00:00"]
    # The advice, followed as written, gives the time order in one kind, with no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        advised = scored.assign(when=pd.to_datetime(scored["when"], utc=True, format="mixed"))
        days = stance.profile(advised, by="when").index.get_level_values("when")
    assert [str(day.date()) for day in days] == ["2016-01-01", "2016-01-02", "2016-01-03", "2016-01-04", "2016-01-05"]
    # Text that is no time comes after the times, and the warning says so; a zone-less text
    # time beside times in a zone is read as UTC, as those without a zone are.
    scored["when"] = pd.Series([T("2016-01-03", tz="Europe/London"), "n/a", "2016-01-02", T("2016-01-01", tz="UTC"),
                                "2016-01-04 01:00+01:00", "Speaker 10"], dtype=object)
    with pytest.warns(stance.StanceWarning, match=r"'Speaker 10' and 'n/a', no times, come after them"):
        mixed = stance.profile(scored, by="when")
    assert [str(g) for g in mixed.index.get_level_values("when")] == [
        "2016-01-01 00:00:00+00:00", "2016-01-02", "2016-01-03 00:00:00+00:00", "2016-01-04 01:00+01:00",
        "Speaker 10", "n/a"]
    # A time with a zone and one without at one instant are named as the two groups they are.
    with pytest.warns(stance.StanceWarning, match=r"2016-01-03 00:00:00 and 2016-01-03 00:00:00\+00:00 are two groups"):
        stance.profile(scored.assign(when=pd.Series([T("2016-01-03"), T("2016-01-03", tz="UTC")] * 3, dtype=object)),
                       by="when")
    # Times beside names alone are no mix of times to warn of: pandas' order, times first.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        named = stance.profile(scored.assign(when=pd.Series([T("2016-01-02"), "n/a", T("2016-01-01")] * 2,
                                                            dtype=object)), by="when")
    assert [str(g) for g in named.index.get_level_values("when")] == ["2016-01-01 00:00:00", "2016-01-02 00:00:00",
                                                                      "n/a"]
    # Only text in ISO 8601's form is a time (a review): pandas reads "10:00 2020" as today's day of 2020,
    # "02/01/2016" as 1 February but "13/01/2016" as 13 January, and "of 2019" as 2019.
    loose = ["10:00 2020", "02/01/2016", "of 2019"]
    scored["when"] = pd.Series([T("2016-01-02"), "2016-01-01", T("2016-01-03"), *loose], dtype=object)
    with pytest.warns(stance.StanceWarning, match=r"text of times \(1 of them: \['2016-01-01'\]\)"):
        ordered = stance.profile(scored, by="when")
    assert [str(g) for g in ordered.index.get_level_values("when")][:3] == [
        "2016-01-01", "2016-01-02 00:00:00", "2016-01-03 00:00:00"]
    # ISO 8601's other forms are times too (a review): an hour's offset, a time of hours alone, a
    # comma's decimals, lower case, and " UTC" as exports write it.
    from stance.time_groups import _time_in

    for text in ("2016-01-02T10:00:00+01", "2016-01-02T10", "2016-01-02T10:00:00,5", "2016-01-02t10:00z",
                 "2016-01-02 10:00:00 UTC"):
        assert _time_in(text) is not None, text


def test_the_readmes_by_month_example_runs_on_a_frame_scored_from_a_csv(tmp_path):
    # A newsroom data journalist: the README's by-month example raised "Can only use .dt accessor
    # with datetimelike values" on a frame scored from a CSV, whose dates are text.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```python\n(scored\[\"month\"\] = .*?)^```", readme, flags=re.S | re.M).group(1)
    path = tmp_path / "statements.csv"
    pd.DataFrame({"text": ["NATO is united.", "Our deterrence must be credible.", "NATO is united."],
                  "date": ["2025-04-10", "2024-08-02", "2025-01-15"]}).to_csv(path, index=False)
    names = {"stance": stance, "pd": pd, "scored": stance.score(str(path))}
    exec(block, names)
    plt.close("all")
    assert names["scored"]["month"].astype(str).tolist() == ["2025-04", "2024-08", "2025-01"]


def test_a_profile_plot_names_the_stance_values_of_the_model(energy_frame):
    # A user audit: the plots of a model trained with stances "pro" and "con" said
    # "leans favor", "2 favor / 1 against" and "log-odds of favor against against".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def words(ax):
        legend = ax.get_legend()
        texts = [*ax.texts, *(legend.get_texts() if legend else []), ax.xaxis.label, ax.title]
        return " ".join(t.get_text() for t in texts)

    renamed = energy_frame.assign(stance=energy_frame.stance.replace({"favor": "pro", "against": "con"}))
    model = stance.train(renamed, stance_column="stance")
    scored = stance.score(renamed.text, model=model).assign(half=[i % 2 for i in range(len(renamed))])
    doc = stance.score_document(" ".join(renamed.text[:12]), model=model)
    tables = [stance.profile(scored), stance.profile(scored, by="half"), stance.profile(scored, by="half").xs(0),
              doc.profile]
    seen = []
    for table in tables:
        for value in ("share", "position"):
            drawn = words(stance.plot_profile(table, value=value))
            plt.close("all")
            seen.append(drawn)
            assert not re.search(r"favor|against against|\d against", drawn), drawn
            if table.index.nlevels == 1:  # a grouped plot's legend names the groups, and it has no counts
                assert re.search(r"\d pro / \d+ con\b", drawn), drawn
            if value == "position":
                assert "log-odds of pro to con (0 = even, > 0 towards pro)" in drawn
    # Its leans are within their intervals (7 pro to 8 con…): one that leans each way, nine statements each.
    leaning = stance.profile(pd.DataFrame({"labels": ["gas"] * 9 + ["oil"] * 9, "stance": ["pro"] * 9 + ["con"] * 9}))
    seen.append(words(stance.plot_profile(leaning)))
    plt.close("all")
    assert re.search(r"leans pro\b", " ".join(seen)) and re.search(r"leans con\b", " ".join(seen))
    assert "pro / " in words(doc.plot())
    plt.close("all")
    # named by the user: "right" is favour
    named = stance.profile(pd.DataFrame({"labels": ["a", "a", "a"], "stance": ["left", "right", "right"]}),
                           favor="right")
    assert "2 right / 1 left" in words(stance.plot_profile(named))
    plt.close("all")


def _label_pixels(ax, labels, keep):
    """The pixels that tick label ``keep`` of ``labels`` alone adds to the drawn figure."""
    import numpy as np

    # The axis titles move with the widest label shown: they would count as the label's.
    ax.xaxis.label.set_visible(False)
    ax.yaxis.label.set_visible(False)

    def drawn(visible):
        for index, label in enumerate(labels):
            label.set_visible(index == visible)
        ax.figure.canvas.draw()
        return np.asarray(ax.figure.canvas.buffer_rgba())[..., :3].copy()

    return (drawn(keep) != drawn(None)).any(axis=2)


def test_confusion_plot_tick_labels_do_not_overlap():
    # Labels of two lines (wrapped long names) at 45 degrees ran into their neighbours:
    # "nuclear_power <b>&</b> $reactors$" over "…LNG_ terminals" and "onshore_and_offshore_wind_".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    names = ("natural_gas_imports_and_LNG_terminals", "nuclear_power <b>&</b> $reactors$",
             "onshore_and_offshore_wind_power_expansion_policy", "other",
             "rooftop_and_utility_scale_solar_photovoltaics")
    report = compute_report([(name,) for name in names], [None] * 5, [(name,) for name in names],
                            None, names, None)
    ax = report.plot_confusion()
    for labels in (ax.get_xticklabels(), ax.get_yticklabels()):
        pixels = [_label_pixels(ax, labels, keep) for keep in range(len(labels))]
        assert all(p.any() for p in pixels)
        for left, right in zip(pixels, pixels[1:]):
            assert not (left & right).any()
    plt.close(ax.figure)


@pytest.mark.parametrize("long", ["a" * 20, "l" * 40, "l" * 60, ("W" * 30, "b"), ("漢" * 25, "b", "c")])
def test_a_confusion_plot_of_a_long_label_keeps_its_axis_names_inside_the_figure(long):
    # Five labels, one of 20 characters or more: one tight_layout left the y label "gold" past the
    # figure's left edge (x0 -9 pixels), cut off by a savefig without bbox_inches="tight".
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stance.evaluation import compute_report

    # Two or three labels, one of wide letters: tight_layout gave up on the figure sized for narrower
    # ones ("Tight layout not applied"), and "gold" stood 387 pixels off its left edge.
    names = long if isinstance(long, tuple) else (long, "b", "c", "d", "e")
    report = compute_report([(name,) for name in names], [None] * len(names), [(name,) for name in names],
                            None, names, None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the glyphs the test machine's font lacks, and tight_layout's giving up
        ax = report.plot_confusion()
        figure = ax.figure
        figure.canvas.draw()
    renderer, page = figure.canvas.get_renderer(), figure.bbox
    for label in (ax.xaxis.label, ax.yaxis.label, *ax.get_yticklabels(), *ax.get_xticklabels()):
        box = label.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, label.get_text()
    plt.close(figure)


def test_a_plot_whose_names_fit_is_laid_out_once(monkeypatch):
    # The check for a name past the figure's edge read where the names stood before the layout
    # (x0 -82 pixels for "gold", drawn at +15): every profile plot and the bundled labels' confusion
    # plot were laid out a second time for nothing, a fifth to a quarter of their time.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    from stance.evaluation import compute_report

    layouts = []
    real = Figure.tight_layout
    monkeypatch.setattr(Figure, "tight_layout", lambda figure, *a, **k: (layouts.append(figure), real(figure, *a, **k)))
    scored = pd.DataFrame({"labels": ["unity", "deterrence", "ukraine_support", "none"] * 5,
                           "stance": ["favor", "against", "favor", None] * 5})
    names = stance.default_model().labels
    report = compute_report([(name,) for name in names], [None] * 5, [(name,) for name in names], None, names, None)
    for plot in (lambda: stance.plot_profile(stance.profile(scored)), report.plot_confusion):
        ax = plot()
        figure = ax.figure
        assert layouts == [figure]
        figure.canvas.draw()
        page = figure.bbox
        for label in (ax.xaxis.label, ax.yaxis.label):
            box = label.get_window_extent(figure.canvas.get_renderer())
            assert page.x0 <= box.x0 and page.y0 <= box.y0, label.get_text()  # once was enough
        layouts.clear()
        plt.close(figure)


def wcag_contrast(first: tuple[float, ...], second: tuple[float, ...]) -> float:
    """WCAG 2's contrast ratio of two sRGB colours (channels 0 to 1): 1 the same, 21 black on white."""
    def luminance(rgb):
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb[:3]]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("style", ["default", "dark_background", "ggplot", "seaborn-v0_8", "Solarize_Light2"])
def test_a_confusion_plots_n_a_reads_on_a_light_or_a_dark_style(style):
    # The "n/a" of a label with no gold statement was "dimgray" whatever the style: 3.8:1 on
    # dark_background's black, under the 4.5:1 WCAG asks of text. Its colour is now the style's,
    # drawn over the axes' own (the cell is empty, NaN), as secondary text a little faded.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    from stance.evaluation import compute_report

    report = compute_report([("unity",), ("energy",)], [None] * 2, [("unity",), ("unity",)], None,
                            ("energy", "unity"), None)
    with plt.style.context(style):
        ax = report.plot_confusion()
        background = to_rgba(ax.get_facecolor())
        marks = [text for text in ax.texts if text.get_text() == "n/a"]
        assert len(marks) == 2  # the energy row: no gold statement
        for mark in marks:
            red, green, blue, alpha = to_rgba(mark.get_color(), mark.get_alpha())
            shown = tuple(alpha * c + (1 - alpha) * b for c, b in zip((red, green, blue), background))
            assert wcag_contrast(shown, background) >= 4.5, (style, mark.get_color(), mark.get_alpha())
        plt.close(ax.figure)


@pytest.mark.parametrize("made", ["under dark_background", "given a black face", "see-through on a white figure",
                                  "see-through in a subfigure of a black figure"])
def test_a_confusion_plots_n_a_reads_on_an_axes_of_another_style_than_the_current_one(made):
    # A review: the colour came from the style current when plotted, so an axes made under
    # dark_background and drawn on after it, or given a black face by hand, had black on black.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    from stance.evaluation import compute_report

    report = compute_report([("unity",), ("energy",)], [None] * 2, [("unity",), ("unity",)], None,
                            ("energy", "unity"), None)
    if made == "under dark_background":
        with plt.style.context("dark_background"):
            _, ax = plt.subplots()
    elif made == "given a black face":
        _, ax = plt.subplots()
        ax.set_facecolor("black")
    elif made == "see-through on a white figure":  # a review: "none" read as black, the n/a drawn white on white
        _, ax = plt.subplots()
        ax.set_facecolor("none")
    else:  # a second review: a subfigure is see-through too, and shows its root figure's face
        root = plt.figure(facecolor="black")
        subfigure = root.subfigures(1, 2)[0]
        subfigure.set_facecolor("none")  # newer matplotlib's default; 3.7's is opaque
        ax = subfigure.subplots()
        ax.set_facecolor("none")
    report.plot_confusion(ax=ax)
    background = to_rgba({"see-through on a white figure": "white",
                          "see-through in a subfigure of a black figure": "black"}.get(made, ax.get_facecolor()))
    for mark in [text for text in ax.texts if text.get_text() == "n/a"]:
        red, green, blue, alpha = to_rgba(mark.get_color(), mark.get_alpha())
        shown = tuple(alpha * c + (1 - alpha) * b for c, b in zip((red, green, blue), background))
        assert wcag_contrast(shown, background) >= 4.5, (made, mark.get_color())
    plt.close("all")


@pytest.mark.parametrize("normalize", [True, False])
def test_every_cell_of_a_confusion_plot_reads_at_4_5_to_1(normalize):
    # An accessibility audit: a cell's text was white for any value above 0.6 of the darkest, so
    # a share of 0.61 to 0.71 was white on mid blue at 3.3 to 4.4:1 (0.67: 3.90:1), under WCAG's
    # 4.5:1. Rows of 15 statements, the k-th k of them right, give shares and counts from 0 to
    # the darkest in 15 steps (0.60, 0.67, 0.73 among them).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_rgba

    from stance.evaluation import compute_report

    names = [f"l{k:02d}" for k in range(16)]
    gold, predicted = [], []
    for k, name in enumerate(names):
        gold += [(name,)] * 15
        predicted += [(name,)] * k + [("l00",) if name != "l00" else ("l01",)] * (15 - k)
    report = compute_report(predicted, [None] * len(gold), gold, None, names, None)
    ax = report.plot_confusion(normalize=normalize)
    image = ax.images[0]
    cells = image.to_rgba(image.get_array())  # the colour each cell is drawn in
    assert len(ax.texts) == len(names) ** 2
    for text in ax.texts:
        column, row = (round(place) for place in text.get_position())
        cell = cells[row, column]
        assert cell[3] == 1  # opaque: the text stands on the cell alone
        ratio = wcag_contrast(to_rgba(text.get_color()), tuple(cell))
        assert ratio >= 4.5, (text.get_text(), text.get_color(), ratio)
    plt.close(ax.figure)


def test_report_html_of_many_labels_keeps_to_pandas_display_limits():
    # Of a scheme of 120 codes the notebook got every row of the per-label table and a
    # confusion table of 120 x 120 cells (270 kB), where any DataFrame is cut to pandas'
    # display.max_rows and display.max_columns.
    from stance.evaluation import compute_report

    codes = tuple(f"code_{i:03d}" for i in range(120))
    report = compute_report([(code,) for code in codes], [None] * 120,
                            [(codes[(i + 1) % 120],) for i in range(120)], None, codes, None)
    with pd.option_context("display.max_rows", 10, "display.max_columns", 8):
        page = report._repr_html_()
    tables = page.split("<table")[1:]
    per_label, confusion = tables[1], tables[2]
    assert per_label.count("<tr>") <= 2 + 10 + 1  # two header rows, ten labels and "..."
    assert "code_119" in per_label and "code_060" not in per_label
    header = confusion.split("</tr>")[0]
    assert len(re.findall(r"<th[ >]", header)) <= 1 + 8 + 1  # the corner, eight codes and "..."
    assert confusion.count("<tr>") <= 2 + 10 + 1
    assert "report.to_frame()" in page and "report.confusion_frame()" in page
    assert len(page) < 20_000
    small = compute_report([("a",), ("b",)], [None, None], [("a",), ("b",)], None, ("a", "b"), None)
    with pd.option_context("display.max_rows", 10, "display.max_columns", 8):
        assert "report.confusion_frame() has" not in small._repr_html_()


def test_prediction_html_of_many_labels_shows_the_likeliest_and_says_how_many_more():
    # Of a model of 120 codes each prediction's table had 120 rows of bars, nearly all
    # of p = 0.000, the answer's few at the top of a page of them.
    from stance.prediction import Prediction

    scores = {f"code_{i:03d}": (120 - i) / 7260 for i in range(120)}  # code_000 likeliest
    scores["code_100"] = 0.9
    p = Prediction("code_100", ("code_100", "code_110"), None, scores, 0.9)
    page = p._repr_html_()
    rows = re.findall(r"<tr><th scope='row'><bdi>(code_\d+)</bdi></th>", page)
    assert rows[0] == "code_100" and "code_110" in rows  # the answer's labels are always there
    assert rows[1:10] == [f"code_{i:03d}" for i in range(9)]
    assert len(rows) == 11
    assert "109 more labels" in page and "p.scores" in page
    # bounded by the likeliest left out (code_009), not by the answer's own last label (code_110)
    assert f"of p {scores['code_009']:.3f} or less" in page
    assert len(page) < 5_000
    few = Prediction("unity", ("unity",), "favor", {"unity": 0.9, "none": 0.1}, 0.9)._repr_html_()
    assert re.findall(r"<tr><th scope='row'><bdi>(\w+)</bdi></th>", few) == ["unity", "none"]
    assert "more labels" not in few


def _shades(page: str) -> dict[str, float]:
    """Each highlighted word's shade by its title (word and value): how far its opaque background goes
    from white to its lean's colour (the alpha of that colour over white), to 0.01."""
    from stance.explain import AWAY, TOWARDS

    def alpha(label: str, background: str) -> float:
        lightest = min(int(background[i:i + 2], 16) for i in (0, 2, 4))  # the lean's darkest channel
        return round((255 - lightest) / (255 - min(AWAY if "-" in label.split()[-1] else TOWARDS)), 2)

    return {label: alpha(label, background) for label, background in
            re.findall(r"title='([^']*)' style='background:#([0-9a-f]{6})", page)}


def test_explanation_shades_a_word_by_how_far_it_pushes_not_only_by_rank():
    # explain_html("x x x …") shaded every "x" as dark as the strongest word of any text,
    # its tooltip "+0.006" (or "+0.000" of 5,000 of them): the shade was relative to the
    # text's largest value however small, so a word that hardly moves the answer looked
    # like one that decides it. Full shade is now for a push of 1 (log-odds) or more.
    from stance.explain import highlight_html

    assert _shades(highlight_html("x", [(0, 1, 0.006)])) == {"x +0.006": pytest.approx(0.15, abs=0.01)}
    assert _shades(highlight_html("a b", [(0, 1, 0.5), (2, 3, -2.0)])) == {"a +0.500": 0.3, "b -2.000": 0.75}
    model = stance.default_model()
    faint = _shades(model.explain_html("x " * 50)._repr_html_())
    assert faint and max(faint.values()) < 0.3
    strong = _shades(model.explain_html("Bring the brigade home.")._repr_html_())
    assert max(strong.values()) == 0.75


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_the_librarys_own_marks_print_to_a_stdout_that_cannot_encode_them(monkeypatch, encoding):
    # PYTHONIOENCODING=latin-1: print() of plain English failed on the "…" the library adds (the
    # legend's "never…", a shortened statement) and the "±" of a cross-validation's figures.
    import io
    import sys

    from stance.report import EvaluationReport

    model = stance.default_model()
    speech = ("NATO must stand united against Russian aggression and keep arming Ukraine, because the "
              "security of every ally depends on it and we will never abandon our friends. ")
    report = EvaluationReport(metrics={"top1_in_gold": 0.5}, per_label={}, confusion={}, n=60,
                              spread={"top1_in_gold": 0.1}, cross_validation={
                                  "folds": 5, "folds_asked": 5, "groups": None, "grouped_by": None,
                                  "leave_one_group_out": False})
    with pd.option_context("display.max_rows", 4, "display.min_rows", 2):
        utf8 = [str(model.explain_html("NATO must stand united.", n=1)), str(stance.score_document(speech * 6)),
                str(report)]
    assert "…" in utf8[0] and "…" in utf8[1] and "±" in utf8[2]  # unchanged where they can be printed
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stream)
    with pd.option_context("display.max_rows", 4, "display.min_rows", 2):
        shown = [str(model.explain_html("NATO must stand united.", n=1)),
                 str(model.explain_html(speech * 30, n=1)), str(stance.score_document(speech * 6)),
                 stance.score_document(speech).to_string(), str(report)]
    for text in shown:
        print(text)  # raised UnicodeEncodeError
    assert "never...)" in shown[0] and shown[1].splitlines()[0].endswith("...")
    assert "\n... 4 more statements" in shown[2] and "..." in shown[3]
    # latin-1 has "±", ASCII has not
    sign = "±" if encoding == "latin-1" else "+/-"
    assert f"0.500 {sign} 0.100" in shown[4] and f"{sign} standard deviation" in shown[4]
    # the reader's own text is not ours to change: what the stream cannot encode of it stays
    assert str(model.explain_html("L’Ukraine…", n=1)).startswith("L’Ukraine…")


def test_a_prediction_of_a_model_with_no_stance_head_says_so_not_that_the_statement_takes_none(energy_frame):
    # From a notebook audit: a model trained without a stance column gives every statement the
    # stance None, and the notebook said "stance: – (no stance)", read as the statement's taking
    # no position. It names the cause; str() and repr() are as they were (the label; stance=None).
    model = stance.train(energy_frame, stance_column=None)
    p = model.classify("We must phase out coal by 2030.")
    assert p.stance is None and p.label != "none" and p.stance_scores == {}
    page = p._repr_html_()
    assert "stance: <b>&ndash;</b> (the model has no stance head)" in page and "(no stance)" not in page
    assert "(the model has no stance head)" in model.classify("")._repr_html_()
    assert str(p) == p.label and repr(p).startswith(f"Prediction(label={p.label!r}, stance=None,")
    # A model with a stance head: an off-topic statement still takes none.
    assert "(no stance)" in stance.classify("Thank you all for coming.")._repr_html_()
    assert p == dataclasses.replace(p, stance_head=True)  # compared by what it says, as before


def test_a_prediction_of_no_stance_says_so_to_a_screen_reader():
    # The notebook showed a missing stance as a bold en dash alone, read as nothing or "en dash".
    page = stance.classify("Thank you all for coming.")._repr_html_()
    assert stance.classify("Thank you all for coming.").stance is None
    assert "stance: <b>&ndash;</b> (no stance)" in page
    assert "(no stance)" not in stance.classify("We have a one-speed NATO.")._repr_html_()


def test_the_confusion_table_names_each_axis_over_its_own_labels_and_the_explanation_no_index():
    # The top-left header of the report's confusion table read "predicted", over the column of
    # gold labels ("gold" on a header row of its own); the explanation's rows were headed 0, 1, 2.
    report = stance.evaluate(None, pd.DataFrame({"text": ["We have a one-speed NATO.", "Send tanks to Kyiv."],
                                                 "labels": ["unity", "ukraine_support"]}))
    confusion = report._repr_html_().split("<table")[-1]
    head = confusion.split("</thead>")[0]
    assert head.count("<tr") == 1 and re.findall(r"<th[^>]*>([^<]*)</th>", head)[0] == "gold \\ predicted"
    assert report.confusion_frame().index.name == "gold"  # the DataFrame keeps its axes' names
    explanation = stance.default_model().explain_html("We have a one-speed NATO.", n=2)._repr_html_()
    table = explanation.split("<table")[1]
    assert not re.search(r"<th[^>]*>\s*\d+\s*</th>", table)
    head, body = table.split("</thead>")
    assert re.findall(r"<th[^>]*>([^<]*)</th>", head) == ["explains", "ngram", "feature", "contribution"]
    # each row headed by what it explains and its n-gram, not a row number (see
    # test_an_explanations_table_heads_each_row_with_its_head_and_ngram)
    assert all(len(re.findall(r"<th[ >]", row)) == 2 for row in body.split("</tr>")[:-1])


def test_a_column_named_by_a_number_is_profiled_and_plotted_as_one_named_by_text():
    # A notebook audit: a file read with header=None names its columns 0, 1, ...; profile(by=1)
    # raised "keywords must be strings", and a key named 1 was read as level 1, so the
    # targets were replaced by the groups' names (and plot_trend drew the groups as targets).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["unity", "deterrence", "unity", "unity"],
                           "stance": ["favor", "against", "against", "favor"],
                           1: ["y", "x", "x", "y"], 2: [2021, 2020, 2021, 2020]})
    named = scored.rename(columns={1: "one", 2: "two"})
    for by, as_named in ((1, "one"), ([1], ["one"]), (2, "two"), ([2, 1], ["two", "one"])):
        table, expected = stance.profile(scored, by=by), stance.profile(named, by=as_named)
        pd.testing.assert_frame_equal(table, expected, check_names=False)
        assert table.index.names == [*(by if isinstance(by, list) else [by]), "target"]
    for plot in (stance.plot_profile, stance.plot_trend):
        ax, expected = plot(stance.profile(scored, by=2)), plot(stance.profile(named, by="two"))
        assert [t.get_text() for t in ax.get_legend().get_texts()] == [
            t.get_text() for t in expected.get_legend().get_texts()]
        assert str([line.get_xydata().tolist() for line in ax.lines]) == str(  # str: NaN, a gap, is no NaN
            [line.get_xydata().tolist() for line in expected.lines])
        plt.close("all")


def test_a_profiles_legend_keys_are_hatched_in_a_colour_other_than_their_fill():
    # An audit on matplotlib 3.7: the legend's key of a lean drew its hatching in its edge's
    # colour, which Patch(color=…) made the fill's, so "leans against" was plain red where its
    # bars were dotted (matplotlib 3.10 has set_hatchcolor; before it, the edge is set).
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.colors as colors

    scored = pd.DataFrame({"labels": ["unity"] * 3 + ["deterrence"] * 3,
                           "stance": ["against"] * 3 + ["favor", "against", "favor"], "flag": None})
    legend = stance.plot_profile(stance.profile(scored)).get_legend()
    handles = getattr(legend, "legend_handles", None) or legend.legendHandles
    hatched = [handle for handle in handles if handle.get_hatch()]
    assert hatched
    for handle in hatched:
        hatching = handle.get_hatchcolor() if hasattr(handle, "get_hatchcolor") else handle.get_edgecolor()
        assert colors.to_hex(hatching) != colors.to_hex(handle.get_facecolor()), handle.get_label()


def test_a_by_column_of_dates_and_times_is_profiled_in_time_order_with_a_warning():
    # A review: datetime.date values beside pandas Timestamps (one file's dates read as dates)
    # kept the rows' order without a word, where times with and without a zone are put in time
    # order with a warning. A date is read as its midnight, before a time at that instant.
    import datetime

    T, D = pd.Timestamp, datetime.date
    when = [T("2016-01-03"), D(2016, 1, 1), T("2016-01-02"), D(2016, 1, 4), D(2016, 1, 3), None]
    advice = r"scored\['when'\] = pd.to_datetime\(scored\['when'\], utc=True\)"
    match = (r"by='when' holds times \(2 of them: .*\) and dates \(3 of them: "
             r"\['2016-01-01', '2016-01-03', '2016-01-04'\]\).*"
             r"2016-01-03 00:00:00 and 2016-01-03 are two groups.*" + advice)
    groups, scored = _groups_of_when_warned_once(when, match)
    assert groups == ["2016-01-01", "2016-01-02 00:00:00", "2016-01-03", "2016-01-03 00:00:00", "2016-01-04",
                      "(missing)"]
    # The advice, followed as written, gives the time order in one kind, with no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        days = stance.profile(scored.assign(when=pd.to_datetime(scored["when"], utc=True)), by="when")
    assert [str(day.date()) for day in days.index.get_level_values("when")[:4]] == [
        "2016-01-01", "2016-01-02", "2016-01-03", "2016-01-04"]
    # Dates alone, or Timestamps alone, are pandas' to order, without a warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        alone = stance.profile(scored.assign(when=pd.Series([D(2016, 1, 3), D(2016, 1, 1), D(2016, 1, 2)] * 2,
                                                            dtype=object)), by="when")
        stamps = stance.profile(scored.assign(when=pd.Series([T("2016-01-03"), T("2016-01-01")] * 3, dtype=object)),
                                by="when")
    assert [str(g) for g in alone.index.get_level_values("when")] == ["2016-01-01", "2016-01-02", "2016-01-03"]
    assert [str(g) for g in stamps.index.get_level_values("when")] == ["2016-01-01 00:00:00", "2016-01-03 00:00:00"]


def test_right_to_left_label_names_are_each_isolated_in_the_pages_order():
    # "وحدة | ردع" written as one run on a left-to-right page was one right-to-left run: the
    # primary label showed on the right. Each name (and stance value) is now in its own <bdi>.
    unity, deterrence, other = "وحدة", "ردع", "אחר"
    frame = pd.DataFrame({"text": ["unity and deterrence now", "deter the enemy", "hello there", "unity of allies",
                                   "something else entirely"] * 4,
                          "labels": [f"{unity}|{deterrence}", deterrence, "none", unity, other] * 4,
                          "stance": ["favor", "against", None, "favor", "against"] * 4})
    model = stance.train(frame, stance_column="stance", threshold_folds=0)
    prediction = model.classify("unity and deterrence now")
    assert prediction.labels == (unity, deterrence)
    first, second = f"<bdi>{unity}</bdi>", f"<bdi>{deterrence}</bdi>"
    page = prediction._repr_html_()
    assert f"<b>{first} | {second}</b>" in page and "stance: <b><bdi>favor</bdi> (probability" in page
    assert f"<th scope='row'>{first}</th>" in page and f"<th scope='row'>{second}</th>" in page
    heads = re.findall(r"<h4[^>]*>(.*?)</h4>", model.explain_html("unity and deterrence now")._repr_html_())
    assert heads == [f"label: {first}", f"label: {second}", "stance: <bdi>favor</bdi>"]
    document = stance.score_document("Unity and deterrence now.", model)._repr_html_()
    assert f"<td>{first}|{second}</td>" in document and re.search(r"<td><bdi>favor</bdi> \(\d\.\d\d\)</td>", document)
    for shown in (page, document):
        assert all(tag in OWN_TAGS for tag, _ in Page(shown).elements)


class _Styled(HTMLParser):
    """Each piece of text of a page with the styles of the elements around it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[str, str]] = []
        self._open: list[tuple[str, str]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag != "br":
            self._open.append((tag, dict(attrs).get("style") or ""))

    def handle_endtag(self, tag):
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        self.texts.append((data, ";".join(style for _, style in self._open)))


def test_a_long_word_wraps_in_a_document_and_an_explanation_as_in_a_prediction():
    # A notebook reader's audit: a statement holding a 1,500-character URL widened a document's
    # table and an explanation's text past the page, where a Prediction's quote wraps it.
    url = "https://example.org/" + "x" * 1500
    statement = f"We must keep the air defence flowing to Ukraine, says {url} today."
    # A review: the explanation's n-gram table and a report's groups, row headers, widened it still.
    gold = pd.DataFrame({"text": ["NATO must stay united.", "Deterrence works."], "labels": ["unity", "deterrence"],
                         "stance": ["favor", "favor"], "source": [url, "press"]})
    views = {"prediction": stance.classify(statement)._repr_html_(),
             "document": stance.score_document(f"NATO is strong. {statement}")._repr_html_(),
             "explanation": stance.default_model().explain_html(statement)._repr_html_(),
             "explanation's table": stance.default_model().explain_html(
                 f"NATO must defend the Baltics {url} now.")._repr_html_(),
             "report by group": stance.evaluate(None, gold, by="source")._repr_html_()}
    for name, page in views.items():
        styles = [style for data, style in _Styled(page).texts if url[:200] in data]
        assert styles and all("overflow-wrap:anywhere" in style for style in styles), (name, styles)


def test_a_plots_own_title_is_drawn_as_written():
    # A notebook reader's audit: plot_profile(..., title="Cuts of $5 and $10") came out as
    # "Cuts of 5 and 10" with an italic formula between, while every name stance draws (a
    # target, a group) is drawn as written: a title given is drawn as written too.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["unity", "deterrence"] * 2, "stance": ["favor", "against"] * 2,
                           "year": [2023, 2023, 2024, 2024]})
    title = "Cuts of $5 and $10, a $x_$ b"
    for ax in (stance.plot_profile(stance.profile(scored), title=title),
               stance.plot_profile(stance.profile(scored, by="year"), title=title, max_groups=1),
               stance.plot_trend(stance.profile(scored, by="year"), title=title)):
        ax.figure.canvas.draw()  # raises what would break a notebook
        drawn, typeset = ax.title._preprocess_math(ax.title.get_text())  # what matplotlib draws, and how
        assert (drawn.split("\n")[0], typeset) == (title, False)
        plt.close(ax.figure)


def test_a_lone_surrogate_in_a_plots_title_or_order_is_drawn_as_its_escape():
    # A notebook user's audit: plot_profile(..., title="Rede M\udce9nard") (a speech's file name
    # not in UTF-8) raised matplotlib's TypeError from set_text() when drawn, as did plot_trend's,
    # and a target of order= holding one pyarrow's UnicodeEncodeError; the group names drawn were
    # escaped already. Drawn as the command line writes it, "\udce9", as the names are.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scored = pd.DataFrame({"labels": ["unity", "deterrence"] * 2, "stance": ["favor", "against"] * 2,
                           "year": [2023, 2023, 2024, 2024]})
    title = "Rede M\udce9nard: $5"
    plots = [stance.plot_profile(stance.profile(scored), title=title),
             stance.plot_profile(stance.profile(scored), title=title, value="position"),
             stance.plot_profile(stance.profile(scored, by="year"), title=title),
             stance.plot_trend(stance.profile(scored, by="year"), title=title),
             stance.plot_trend(stance.profile(scored, by="year"), title=title, value="share")]
    for ax in plots:
        ax.figure.canvas.draw()  # raised TypeError
        assert ax.title._preprocess_math(ax.title.get_text()) == ("Rede M\\udce9nard: $5", False)
        plt.close(ax.figure)
    order = ["uni\udce9ty", "deterrence"]
    bars = stance.plot_profile(stance.profile(scored), order=order)
    lines = stance.plot_trend(stance.profile(scored, by="year"), order=order)
    # A bar's target is named under the axis, a line's in the legend.
    for ax, names in ((bars, bars.get_yticklabels()), (lines, lines.get_legend().get_texts())):
        ax.figure.canvas.draw()
        assert any(text.get_text().startswith("uni\\udce9ty") for text in names), [t.get_text() for t in names]
        plt.close(ax.figure)
    # a title that is no str is drawn as its str, as matplotlib draws one (a review: the escaping raised
    # re's TypeError on title=2024)
    for ax in (stance.plot_profile(stance.profile(scored), title=2024),
               stance.plot_trend(stance.profile(scored, by="year"), title=5)):
        ax.figure.canvas.draw()
        assert ax.title.get_text() in ("2024", "5")
        plt.close(ax.figure)


def test_bidirectional_controls_are_shown_escaped_in_every_html_view_as_the_command_line_shows_them():
    # A notebook reader's audit: a right-to-left override (U+202E) in a statement reversed the rest
    # of its line in the notebook, and a group or document name's isolate or mark reached the HTML
    # raw, unseen, where print() and the command line write each escaped ("\u202e"). Every HTML
    # view now escapes the bidirectional controls as the plain text does; the results keep the text.
    model, text = stance.default_model(), "NATO unity \u202ediova\u202c and \u2066deterrence\u2069\u200f."
    views = _every_html_view(text, ["wire\u202e", "fe\u061ced"], {"speech\u2067.txt": text, "notes\u200e": "Rain."})
    bidi = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # Unicode's Bidi_Control
    for name, view in views.items():
        assert not bidi.search(view), (name, bidi.search(view))
    assert "\\u202ediova\\u202c and \\u2066deterrence\\u2069\\u200f." in html.unescape(views["prediction"])
    assert "speech\\u2067.txt" in views["documents"] and "notes\\u200e" in views["documents"]
    assert "wire\\u202e" in views["report"] and "fe\\u061ced" in views["report"]
    assert stance.text.escaped_in_place(text) in html.unescape(views["prediction"])  # as the plain text writes it
    assert model.classify(text).text == text


def test_a_figure_of_negative_zero_is_shown_unsigned_everywhere_a_figure_is_shown():
    # A review: stance.prediction.probability_shown(-0.0, 3) gave "-0.000", and so the report's
    # headline and its "± -0.000", percent_shown's "-0%", and the report's tables (rounded_as_shown)
    # "-0.0"; the comparison's columns and explanations already showed a -0.000 as 0.000.
    from stance.metrics import percent_shown
    from stance.prediction import probability_in_repr, probability_shown
    from stance.report import EvaluationReport, figure_shown, rounded_as_shown

    assert [probability_shown(-0.0, 3), probability_shown(-1e-17, 2), figure_shown(-0.0)] == ["0.000", "0.00", "0.000"]
    assert [percent_shown(-0.0), percent_shown(-0.0, 1), probability_in_repr(-0.0)] == ["0%", "0.0%", "0.00"]
    assert probability_shown(-0.0011, 3) == "-0.001"  # a figure below 0 that does not round to none keeps its sign
    table = rounded_as_shown(pd.DataFrame({"value": [-0.0, -1e-17, 0.25]}))
    assert table["value"].map(repr).tolist() == ["0.0", "0.0", "0.25"]
    report = EvaluationReport(
        metrics={"top1_in_gold": 0.5, "macro_f1": -0.0},
        per_label={"unity": {"precision": -0.0, "recall": 0.5, "f1": -0.0, "support": 3}}, confusion={}, n=6,
        spread={"top1_in_gold": 0.1, "macro_f1": -0.0},
        folds=[{"top1_in_gold": 0.4, "macro_f1": 0.0}, {"top1_in_gold": 0.6, "macro_f1": 0.0}])
    for shown in (str(report), report._repr_html_()):
        assert "-0" not in shown, shown
    assert "macro_f1           0.000 ± 0.000" in str(report)


def test_the_labels_left_out_of_a_predictions_html_are_summed_up_as_its_rows_show_a_figure():
    # A review of b0555a0f: the line under the HTML table of a Prediction's p ("… 2 more labels, of p
    # 0.050 or less") wrote its figure with {:.3f} of its own, so a left-out score of -0.0 read "of p
    # -0.000 or less" and one of 0.0004 "0.000 or less" under rows showing such a score "<0.001".
    import re

    from stance.prediction import Prediction

    said = {}
    for most in (-0.0, 0.0004, 0.05):
        scores = {f"x{i}": 0.06 for i in range(9)} | {"c": 0.4, "y": most, "z": -0.0}
        html_view = Prediction("c", ("c",), None, scores, 0.4)._repr_html_()
        said[most] = re.search(r"2 more labels, of (.*?) \(p\.scores", html_view).group(1)
    assert said == {-0.0: "p 0.000 or less", 0.0004: "p &lt;0.001", 0.05: "p 0.050 or less"}

"""Shared fixtures: a tiny offline corpus with a non-NATO scheme, and models trained once."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pytest

import stance

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent


class AnalyzerOption(NamedTuple):
    """An analyzer option that came with a bump of the model format: each one's tests are one
    test parametrised over ``ANALYZER_OPTIONS`` (with a row of their own module's table where
    the options differ), so that the next option is one more row."""

    name: str
    since: int  # the format it arrived in; a model without it is what format ``since - 1`` held
    without: str  # the fixture of ``energy_model`` trained without it (and without those after it)
    saved_before: str  # the fixture under which saves write what versions before it wrote
    card_silent: tuple[str, ...]  # none is in the card (lower-cased) of a model saved before it
    # An option that is on by default has energy_model for its model trained with it; one that
    # is off by default (negation_words) names its model and the value it is trained with.
    on: Any = True
    off: Any = False  # the value that trains what the format before it held (the default of negation_words)
    trained: tuple[tuple[str, Any], ...] = ()  # other options of this row's models, with and without it
    trained_with: str = "energy_model"  # the fixture of energy_model trained with it
    # Whether the bundled model reads as trained with it (its `stance info` says so): not of an
    # option that came after its last rebuild, which it predates (none since 0.13.0).
    bundled: bool = True

    @property
    def recorded(self) -> Any:
        """What a saved model records of the option trained ``on`` (a JSON list for a tuple)."""
        return list(self.on) if isinstance(self.on, tuple) else self.on

    @property
    def typed_off(self) -> str:
        """``off`` as ``--option NAME=VALUE`` types it."""
        return "none" if self.off is None else json.dumps(self.off)


ANALYZER_OPTIONS = (
    AnalyzerOption("cannot", 11, "energy_model_without_cannot", "saved_as_before_format_11", ("cannot",)),
    AnalyzerOption("handles", 12, "energy_model_without_handles", "saved_as_before_format_12",
                   ("dotted handle", "handles")),
    AnalyzerOption("marks", 13, "energy_model_without_marks", "saved_as_before_format_13",
                   ("combining mark", "marks=")),
    AnalyzerOption("cjk", 14, "energy_model_without_cjk", "saved_as_before_format_14",
                   ("chinese", "cjk=")),
    # Off by default: its models make the marks for every head (negation=True), so that the
    # label probabilities show which words they follow; "scarcely" opens a scope with it.
    AnalyzerOption("negation_words", 15, "energy_model_without_negation_words", "saved_as_before_format_15",
                   ("negation_words", "scarcely"), on=("not", "scarcely"), off=None, trained=(("negation", True),),
                   trained_with="energy_model_with_negation_words"),
    # The bundled model has it since 0.12.0 (format 16): no text it was trained on holds a
    # look-alike, so its weights are those it had before.
    AnalyzerOption("lookalikes", 16, "energy_model_without_lookalikes", "saved_as_before_format_16",
                   ("look-alike", "lookalikes")),
    # The bundled model has it since 0.13.0 (format 17), trained again: 2,372 of its texts are
    # read otherwise with it.
    AnalyzerOption("names", 17, "energy_model_without_names", "saved_as_before_format_17",
                   ("suwałki", "`names=")),
)
OPTION_NAMES = [option.name for option in ANALYZER_OPTIONS]


def assert_read_as(proba, pattern: str) -> None:
    """Check which rows of ``proba`` a model read alike: rows with the same letter in
    ``pattern`` are equal byte for byte, rows with different letters differ, "." is unchecked
    ("aab.": the first two rows equal, the third unlike them)."""
    assert len(pattern) == len(proba), (pattern, len(proba))
    for i, a in enumerate(pattern):
        for j, b in enumerate(pattern[:i]):
            if "." in (a, b):
                continue
            if a == b:
                assert proba[i].tobytes() == proba[j].tobytes(), f"rows {j} and {i} differ ({pattern})"
            else:
                assert not np.array_equal(proba[i], proba[j]), f"rows {j} and {i} are equal ({pattern})"


@pytest.fixture
def ten_texts_thrice() -> pd.DataFrame:
    """Ten texts, each three times: five of 'wind', four of 'coal' and one of 'solar', so 'solar' is three copies of one
    text, which every fold count that checks it holds out whole."""
    texts = ["wind farms now", "more wind turbines", "offshore wind parks", "wind power grows", "onshore wind",
             "coal plants close", "no more coal", "coal mines shut", "coal power ends", "solar panels on roofs"]
    return pd.DataFrame({"text": texts * 3, "labels": (["wind"] * 5 + ["coal"] * 4 + ["solar"]) * 3})


@pytest.fixture
def words_of_their_own() -> pd.DataFrame:
    """Three labels ('tax', 'coal', 'grants') each told by words of its own, 15 rows of two and 20
    of 'none': the folds' answers are sure, so every threshold from 0.05 up fits them alike (a
    flat out-of-fold F1, ``thresholds_flat``)."""
    things = {"tax": "carbon levy", "coal": "coal exit", "grants": "solar grant"}
    rows = [(f"Member {i} praised the {thing} in session {i}.", label)
            for i in range(20) for label, thing in things.items()]
    rows += [(f"Member {i} praised the {things[a]} and the {things[b]} in debate {i}.", f"{a}|{b}")
             for i, (a, b) in enumerate([("tax", "grants"), ("coal", "tax"), ("grants", "coal")] * 5)]
    rows += [(f"Member {i} opened the sitting in hall {i}.", "none") for i in range(20)]
    return pd.DataFrame(rows, columns=["text", "labels"])


@pytest.fixture
def hydrogen_copies() -> pd.DataFrame:
    """24 ordinary rows, and a rare label 'hydrogen' whose 4 rows are 3 copies of one text and one other."""
    wind = ["We should build more wind farms along the coast.", "Offshore wind is the cheapest power we have.",
            "Wind turbines ruin the landscape and should stop.", "Grid upgrades are needed to connect new wind parks.",
            "Onshore wind projects deserve faster permits.", "Wind power created thousands of jobs in the north.",
            "The new wind park spoils the view from the hills.", "Wind energy keeps our bills down."]
    coal = ["Coal plants must close by 2030.", "Coal mining keeps our region alive.", "Burning coal poisons the air.",
            "The last coal mine should stay open.", "Coal power is the dirtiest we have.",
            "Coal jobs matter to thousands of families.", "No new coal plants, ever.", "Coal keeps the grid stable."]
    none = ["The minister arrived late to the press conference.", "The weather in the capital was mild this week.",
            "The committee will meet again on Thursday.", "Thank you all for coming today.",
            "The session was adjourned at noon.", "Parliament returns from recess next month.",
            "The mayor opened a new library.", "Football fans gathered in the square."]
    rows = ([(t, "wind", "against" if i % 3 == 2 else "favor") for i, t in enumerate(wind)]
            + [(t, "coal", "favor" if i % 2 else "against") for i, t in enumerate(coal)]
            + [(t, "none", None) for t in none]
            + [("Hydrogen trucks are the future.", "hydrogen", "favor")] * 3
            + [("Hydrogen heating is a dead end.", "hydrogen", "against")])
    return pd.DataFrame(rows, columns=["text", "labels", "stance"])


@pytest.fixture(scope="session")
def energy_frame() -> pd.DataFrame:
    return pd.read_csv(DATA / "energy.csv", dtype=str, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="session")
def energy_model(energy_frame) -> stance.StanceModel:
    return stance.train(energy_frame, stance_column="stance")


@pytest.fixture(scope="session")
def positions_frame() -> pd.DataFrame:
    """A social-media researcher's file: the positions themselves are the labels, in a column
    named "stance" (54 rows, three labels of 18)."""
    texts = {"favor": ["NATO keeps us safe", "Proud of our troops", "Send more air defence", "Article 5 unites us",
                       "Glad Finland joined", "Back Kyiv now"],
             "against": ["Leave NATO now", "Bring our soldiers home", "Not one more cent", "Stop provoking Russia",
                         "Dissolve the alliance", "Not our war"],
             "neutral": ["Summit begins today", "Ministers meet Thursday", "Full text of the communique",
                         "Press conference live", "Vote is next week", "Map of members"]}
    return pd.DataFrame([{"text": f"{text} {i}", "stance": position} for position, some in texts.items()
                         for text in some for i in range(3)])


@pytest.fixture(scope="session")
def default_model() -> stance.StanceModel:
    return stance.default_model()


@pytest.fixture(scope="session")
def energy_model_without_invisibles(energy_frame) -> stance.StanceModel:
    """``energy_model`` as versions before the ``invisibles`` option (format 10) trained it
    (without ``cannot``, ``handles``, ``marks`` and ``cjk``, which came after it), which a format before 10
    can hold."""
    return stance.train(energy_frame, stance_column="stance", invisibles=False, cannot=False, handles=False,
                        marks=False, cjk=False, lookalikes=False, names=False, length_floor=None)


def _energy_model_without(at: int):
    option = ANALYZER_OPTIONS[at]

    def fixture(energy_frame) -> stance.StanceModel:
        return stance.train(energy_frame, stance_column="stance", **dict(option.trained),
                            **{later.name: later.off for later in ANALYZER_OPTIONS[at:]})

    fixture.__doc__ = (f"``energy_model`` as versions before the ``{option.name}`` option (format {option.since}) "
                       f"trained it (without the options that came after it), which format {option.since - 1} "
                       "can hold.")
    return pytest.fixture(scope="session", name=option.without)(fixture)


# One fixture a row, energy_model_without_cannot and so on, each named in its row.
for _at, _option in enumerate(ANALYZER_OPTIONS):
    globals()[_option.without] = _energy_model_without(_at)


@pytest.fixture(scope="session")
def energy_model_with_negation_words(energy_frame) -> stance.StanceModel:
    """``energy_model`` trained with ``negation_words`` (its row's ``on``: "not" and "scarcely"
    open a negation's scope, "no" and "never" do not), the marks read by every head."""
    option = ANALYZER_OPTIONS[OPTION_NAMES.index("negation_words")]
    return stance.train(energy_frame, stance_column="stance", **dict(option.trained), negation_words=option.on)


def _trained_as_before_the_lists_grew(monkeypatch) -> None:
    """Fits in this test train as versions before German's (and others') negation words grew: a
    model of such a stem records no words and marks after the list as it was, which such
    versions saved (see stance.text.UNRECORDED_NEGATION_WORDS)."""
    from stance import text

    monkeypatch.setattr(text, "NEGATION_WORDS", {**text.NEGATION_WORDS, **text.UNRECORDED_NEGATION_WORDS})
    monkeypatch.setattr(text, "UNRECORDED_NEGATION_WORDS", {})


@pytest.fixture
def saved_as_before_format_9(monkeypatch):
    """Saves in this test write what versions before format 9 wrote, the oldest format that
    holds the model (as a model loaded from such a format saves again): every model this
    version fits is format 17 otherwise, and the older formats still load. None holds a model
    trained with ``invisibles``, ``cannot``, ``handles``, ``marks`` or ``cjk`` (the defaults), which a
    load of such files refuses."""
    from stance import model_format, model_writing

    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.oldest_format(params))
    _trained_as_before_the_lists_grew(monkeypatch)


@pytest.fixture
def saved_as_before_format_10(monkeypatch):
    """Saves in this test write what versions before format 10 wrote of every model they
    fitted: format 9, with no ``invisibles`` (nor ``cannot``, ``handles``, ``marks``, ``cjk``) among the
    options, which they did not have (as a model loaded from format 9 saves again). A model
    trained with ``invisibles``, ``cannot``, ``handles`` or ``marks`` (the defaults) is no such
    model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.NAMES_COVERED_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("invisibles", "cannot", "handles", "marks", "cjk", "negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_11(monkeypatch):
    """Saves in this test write what versions before format 11 wrote of every model they fitted: format
    10, with no ``cannot`` (nor ``handles``, ``marks``, ``cjk``, ``negation_words``) among the
    options, which they did not have (as a model loaded from format 10, the bundled one of
    0.5.0, saves again). A model trained with ``cannot``, ``handles`` or ``marks`` (the
    defaults) is no such model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.INVISIBLES_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("cannot", "handles", "marks", "cjk", "negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_12(monkeypatch):
    """Saves in this test write what versions before format 12 wrote of every model they fitted: format
    11, with no ``handles`` (nor ``marks``, ``cjk``, ``negation_words``) among the options,
    which they did not have (as a model loaded from format 11, the bundled one of 0.6.0, saves
    again). A model trained with ``handles`` or ``marks`` (the defaults) is no such model: a
    load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.CANNOT_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("handles", "marks", "cjk", "negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_13(monkeypatch):
    """Saves in this test write what versions before format 13 wrote of every model they fitted: format
    12, with no ``marks`` (nor ``cjk``, ``negation_words``) among the options, which they did
    not have (as a model loaded from format 12, the bundled one of 0.7.0, saves again). A model
    trained with ``marks`` (the default) is no such model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.HANDLES_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("marks", "cjk", "negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_14(monkeypatch):
    """Saves in this test write what versions before format 14 wrote of every model they fitted: format
    13, with no ``cjk`` (nor ``negation_words``) among the options, which they did not have (as
    a model loaded from format 13, the bundled one of 0.8.0, saves again). A model trained with
    ``cjk`` (the default) is no such model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.MARKS_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("cjk", "negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_15(monkeypatch):
    """Saves in this test write what versions before format 15 wrote of every model they
    fitted: format 14, with no ``negation_words`` among the options, which they did not have (as
    a model loaded from format 14, the bundled one of 0.9.0, saves again). A model trained with
    ``negation_words`` is no such model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.CJK_SINCE)
    _trained_as_before_the_lists_grew(monkeypatch)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items()
        if name not in ("negation_words", "lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_16(monkeypatch):
    """Saves in this test write what versions before format 16 wrote of every model they
    fitted: format 15, with no ``lookalikes`` among the options, which they did not have. A
    model trained with ``lookalikes`` (the default) is no such model: a load of such files
    refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.NEGATION_WORDS_SINCE)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items() if name not in ("lookalikes", "names")})


@pytest.fixture
def saved_as_before_format_17(monkeypatch):
    """Saves in this test write what versions before format 17 wrote of every model they
    fitted: format 16, with no ``names`` among the options, which they did not have (as a model
    loaded from format 16, the bundled one of 0.12.0, saves again). A model trained with
    ``names`` (the default for English) is no such model: a load of such files refuses it."""
    from stance import model_format, model_writing

    recorded = model_writing._recorded_options
    monkeypatch.setattr(model_writing, "format_to_save", lambda model, params: model_format.LOOKALIKES_SINCE)
    monkeypatch.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
        name: value for name, value in recorded(options, filled).items() if name != "names"})


# The corpus files written since 0.3.0's bundled model was trained (its recipe leaves them out).
CORPUS_FILES_SINCE_0_3_0 = ("declarations_reported.csv:", "declarations_spoken.csv:", "attributed_according.csv:",
                            "attributed_combined.csv:", "attributed_ukraine_east.csv:",
                            "attributed_unity_deterrence.csv:", "communiques_named.csv:", "names_deeds.csv:",
                            "names_north_west.csv:", "names_southern_central.csv:", "names_two_targets_against.csv:",
                            "names_two_targets_favor.csv:", "pledges_and_cuts.csv:")
# Rows of 0.3.0's corpus written anew since (a near-duplicate of a probe, 2026-12-06), as they were then.
CORPUS_ROWS_AS_IN_0_3_0 = {"domestic_plain.csv:271": "The defence budget is too high."}


@pytest.fixture(scope="session")
def bundled_model_of_0_3_0(corpus_frame, seed_frame) -> stance.StanceModel:
    """The bundled model as 0.3.0 shipped it: trained on its corpus and the seed without a
    ``length_floor`` (which 0.5.0 made the default) and saved before the ``invisibles``,
    ``cannot`` and ``handles`` options (format 9; save it under ``saved_as_before_format_10``), so that a zero-width
    space inside a word parts it. Retrained, not copied: on another processor its weights
    differ from the shipped ones in the fourth decimal at most, not in any answer to two."""
    import dataclasses

    corpus = corpus_frame[~corpus_frame.index.str.startswith(CORPUS_FILES_SINCE_0_3_0)].copy()
    for row, text in CORPUS_ROWS_AS_IN_0_3_0.items():
        corpus.loc[row, "text"] = text
    everything = pd.concat([corpus, seed_frame.assign(source="seed")], ignore_index=True)
    # cannot=False: it read "cannot" as one word, which the corpus holds (invisibles the corpus reads alike).
    model = stance.train(everything, stance_column="stance", length_floor=None, cannot=False, handles=False,
                         marks=False, cjk=False, lookalikes=False, names=False)
    analyzer = {key: value for key, value in model.params_.analyzer_options.items() if key != "invisibles"}
    return stance.StanceModel.from_parameters(dataclasses.replace(model.params_, analyzer_options=analyzer),
                                              {**model.get_params(), "invisibles": False, "cannot": False,
                                               "handles": False, "marks": False, "cjk": False, "lookalikes": False,
                                               "names": False})


@pytest.fixture(scope="session")
def seed_frame() -> pd.DataFrame:
    return pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def corpus_frame() -> pd.DataFrame:
    return stance.tables.read_table(ROOT / "datasets" / "corpus")


# scikit-learn before 1.7 passes L-BFGS-B's "iprint", which scipy 1.16 deprecates; pyproject.toml
# allows both, and its pytest filter ignores the warning, but a test that sets its own filters
# ("error", to show that training says nothing; "always", to read what a command prints) sees it.
DEPENDENCY_DEPRECATION = r"scipy.optimize. The .disp. and .iprint. options of the L-BFGS-B solver are deprecated"


@pytest.fixture
def ignore_dependency_deprecations():
    """A function to call after ``warnings.simplefilter(...)`` in a test's ``catch_warnings()``:
    it ignores the deprecation one dependency raises at another (see DEPENDENCY_DEPRECATION)."""
    def ignore() -> None:
        warnings.filterwarnings("ignore", message=DEPENDENCY_DEPRECATION, category=DeprecationWarning)
    return ignore


@pytest.fixture
def read_scored():
    """A function reading back a scored .csv, .jsonl or .parquet output as a DataFrame: the
    CSV's every cell as text (empty: missing), each JSON value as JSON has it (pandas' own
    reader made integers with gaps floats), Parquet's with pandas' nullable types."""
    def read(path: Path) -> pd.DataFrame:
        if path.suffix == ".parquet":
            return pd.read_parquet(path, dtype_backend="numpy_nullable")
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            return pd.DataFrame([list(record.values()) for record in records], columns=list(records[0]), dtype=object)
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return read


@pytest.fixture
def as_scored_rows():
    """A function giving the rows of a scored table read back, each value as the CSV output
    holds it: a confidence or a p_ column's as a float, any other as its text, a missing one as None."""
    def rows(frame: pd.DataFrame) -> list[list]:
        def cell(value, column):
            if column == "confidence" or column.startswith("p_"):
                return float(value)
            return None if pd.isna(value) else str(value)
        return [[cell(value, column) for value, column in zip(row, frame.columns)]
                for row in frame.itertuples(index=False, name=None)]
    return rows


@pytest.fixture(autouse=True)
def _no_columns_variable(monkeypatch):
    """Each test without ``COLUMNS``, as a shell leaves it unexported: pytest-xdist's workers have
    it set to 80, which cut the printed tables of ``stance check`` and ``stance suggest`` (they
    honour it) and failed the tests reading texts in them under ``-n 2`` alone. A test of the
    variable sets it itself."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(autouse=True)
def _interrupt_handlers_as_found():
    """Fails the test that leaves SIGINT's, SIGTERM's or SIGHUP's (which the command line
    handles as SIGTERM, where the platform has it) handler other than it found it, and
    puts back the handler it found: the tests after it in its process (a worker of
    pytest-xdist) would meet that handler, take it for what they found, and a test of Ctrl-C
    among them fail far from the cause. What each test found is the reference: a suite
    started as a background job of a shell without job control has SIGINT ignored
    throughout. Set up before the test's other function fixtures (conftest's autouse ones come
    first, by name, and this name sorts first), it checks after their teardown and the test's
    finalizers.

    polars' import installs its SIGINT handler for good, through sigaction, which
    ``signal.getsignal`` does not see (it keeps saying Python's); a test that imported polars
    first in its process is let off SIGINT's all the same (and it is not put back), should a
    version install it through Python, but not SIGTERM's, which polars does not touch.
    The check costs two ``getsignal`` calls a signal."""
    import signal
    import sys

    def polars_imported() -> bool:
        return sys.modules.get("polars") is not None  # None: a test's "not installed"

    had_polars = polars_imported()
    hangup = [signal.SIGHUP] if hasattr(signal, "SIGHUP") else []
    found = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, *hangup)}
    yield
    if polars_imported() and not had_polars:
        del found[signal.SIGINT]
    left = {number: signal.getsignal(number) for number, handler in found.items()
            if signal.getsignal(number) != handler}
    for number in left:
        if found[number] is not None:  # None: a handler not set from Python, which signal.signal cannot set again
            signal.signal(number, found[number])
    if left:
        said = [f"{number.name} from {found[number]!r} to {handler!r}" for number, handler in left.items()]
        kept = [number.name for number in left if found[number] is None]
        restored = ("put back here for them" if not kept else
                    f"{' and '.join(kept)} not put back here: a handler not set from Python cannot be set again")
        pytest.fail(f"the test changed the handler of {' and '.join(said)}: put it back (monkeypatch, a fixture "
                    f"or a finally), or the tests after it in this process meet it ({restored})", pytrace=False)

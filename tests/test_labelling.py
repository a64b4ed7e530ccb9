"""The labelling loop: `suggest` (what to label next) and `find_label_issues` (which labels look wrong).

The answers are known by construction: the tests flip labels at random and know which
rows they flipped, and they build statements that mix the cue words of two labels (near
the decision boundary) beside statements with one label's cues only.
"""

import glob
import os
import random
import re
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from stance.cli import main
from stance.data import parse_label_set
from stance.tables import _warn_of_repeated_files

# A small transport scheme with unambiguous cue words: each label's nouns, and verbs
# that carry the stance. Statements mixing two labels' nouns sit on the decision boundary.
CUES = {
    "rail": ["train", "railway", "tracks", "station", "locomotive", "tram"],
    "road": ["motorway", "highway", "lorry", "asphalt", "roundabout", "tarmac"],
    "air": ["airport", "runway", "airline", "aircraft", "terminal", "flights"],
}
FAVOR = ["build", "expand"]
AGAINST = ["scrap", "cancel"]
FILLER = ["the", "council", "plans", "a", "new", "for", "our", "region", "next", "year"]
OFF_TOPIC = ["weather", "football", "concert", "museum", "holiday", "garden", "recipe", "music"]
SINGLE = [f"expand the {a} and the {b}" for cues in CUES.values() for a, b in zip(cues[::2], cues[1::2])]
MIXED = [f"expand the {a} and the {b}"
         for a, b in [("railway", "motorway"), ("tram", "airport"), ("asphalt", "runway"), ("station", "lorry")]]


def transport_frame(per_label: int = 40, seed: int = 0) -> pd.DataFrame:
    rng = np.random.RandomState(seed)
    rows = []
    for label, nouns in CUES.items():
        for i in range(per_label):
            side = "favor" if i % 2 == 0 else "against"
            verb = rng.choice(FAVOR if side == "favor" else AGAINST)
            rows.append((" ".join([verb, *rng.choice(nouns, 2, replace=False), *rng.choice(FILLER, 1)]), label, side))
    for _ in range(per_label):
        rows.append((" ".join([*rng.choice(OFF_TOPIC, 2, replace=False), *rng.choice(FILLER, 2)]), "none", None))
    return pd.DataFrame(rows, columns=["text", "labels", "stance"])


@pytest.fixture(scope="module")
def transport_model():
    return stance.train(transport_frame(), stance_column="stance")


def flip_labels(frame: pd.DataFrame, share: float, rng: np.random.RandomState):
    """Give ``share`` of the rows one wrong label, drawn at random; return the frame and those rows."""
    frame = frame.copy()
    names = sorted({label for value in frame["labels"] for label in parse_label_set(value)})
    rows = rng.choice(len(frame), round(share * len(frame)), replace=False)
    column = frame.columns.get_loc("labels")
    for r in rows:
        given = parse_label_set(frame.iat[r, column])
        frame.iat[r, column] = rng.choice([name for name in names if name not in given])
    return frame, set(frame.index[rows])


# -- find_label_issues ------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_sample():
    from pathlib import Path

    corpus = stance.tables.read_table(Path(__file__).resolve().parent.parent / "datasets" / "corpus")
    # A non-default index, so that the result must carry the input's own row labels.
    sample = corpus.sample(600, random_state=0)
    sample.index = [f"r{i}" for i in range(len(sample))]
    return sample[["text", "labels"]]


def test_flipped_labels_of_real_statements_rank_first(corpus_sample):
    noisy, flipped = flip_labels(corpus_sample, 0.10, np.random.RandomState(1))
    issues = stance.find_label_issues(noisy, folds=5)
    m = len(flipped)
    top = list(issues.index[: 2 * m])
    found = flipped & set(top)
    # Read literally, "flipped rows make up half of the top 2m" means finding every flipped
    # row; a model cross-validated on 480 statements finds 73-93% of them (measured over
    # seeds), so the bar is half of them, and a precision among the top m (measured
    # 0.45-0.67) well above the 10% a random ranking would give.
    assert len(found) >= m / 2, (len(found), m)
    assert len(flipped & set(issues.index[:m])) >= 0.35 * m
    assert issues.index.isin(noisy.index).all() and issues.index.is_unique
    assert (np.diff(issues["score"].to_numpy()) <= 1e-12).all()  # most suspicious first
    for row in found:
        # the suggestion is never the (wrong) label the row was given
        assert issues.loc[row, "suggested_label"] not in parse_label_set(noisy.loc[row, "labels"])


def test_find_label_issues_warns_of_data_whose_index_repeats(tmp_path, capsys):
    # An audit: pd.concat of two frames numbered from 0 gave an index naming two rows each,
    # without a word, so data.loc[issues.index] took the wrong rows too; suggest warns of it.
    noisy = transport_frame().drop(columns="stance")
    noisy.loc[0, "labels"] = "air"  # a rail statement
    first, second = noisy.iloc[:80], noisy.iloc[80:].reset_index(drop=True)
    with pytest.warns(stance.StanceWarning) as caught:
        issues = stance.find_label_issues(pd.concat([first, second]), folds=3)
    said = [str(w.message) for w in caught if "index" in str(w.message)]
    assert said == [
        "data: 80 labels of the index name more than one row each (0, 1, 2 and 77 more), as pd.concat of frames "
        "numbered from 0 gives, so the flagged rows' index does not name one row each (data.loc[issues.index] "
        "takes every row so named); the data's columns come with the flagged rows, or give the data an index of "
        "its own: data.reset_index(drop=True), or pd.concat(..., ignore_index=True)"], said
    assert "air" in issues["labels"].tolist()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", message="out of fold")
        stance.find_label_issues(pd.concat([first, second], ignore_index=True), folds=3)
    # A file has an index of its own rows: the command's check never warns of it.
    pd.concat([first, second]).to_csv(tmp_path / "both.csv", index=False)
    assert main(["check", str(tmp_path / "both.csv"), "--folds", "3"]) == 0
    assert "index" not in capsys.readouterr().err
    # Nor a file's name given in Python, which has no .loc to follow the advice (a review): a
    # Parquet file keeps the index it was written with.
    pd.concat([first, second]).to_parquet(tmp_path / "both.parquet")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.find_label_issues(str(tmp_path / "both.parquet"), folds=3)
        # nor a pyarrow table's, which has no .loc either (a review)
        pa = pytest.importorskip("pyarrow")
        stance.find_label_issues(pa.Table.from_pandas(pd.concat([first, second])), folds=3)
    assert not [w for w in caught if "index" in str(w.message)]

    class Frame(pd.DataFrame):  # a subclass of pandas' is a DataFrame of its own index still
        @property
        def _constructor(self):
            return Frame

    with pytest.warns(stance.StanceWarning, match="data: 80 labels of the index name more than one row"):
        stance.find_label_issues(Frame(pd.concat([first, second])), folds=3)


def test_flipped_labels_and_stances_of_a_clear_scheme_are_all_found():
    clean = transport_frame()
    rng = np.random.RandomState(3)
    noisy, flipped = flip_labels(clean[clean["labels"] != "none"], 0.10, rng)
    noisy = pd.concat([noisy, clean[clean["labels"] == "none"]])
    unflipped = [i for i in noisy.index if i not in flipped and noisy.loc[i, "labels"] != "none"]
    stance_flipped = set(rng.choice(unflipped, len(unflipped) // 10, replace=False).tolist())
    for i in stance_flipped:
        noisy.loc[i, "stance"] = {"favor": "against", "against": "favor"}[noisy.loc[i, "stance"]]
    issues = stance.find_label_issues(noisy, stance_column="stance")
    label_rows = issues[issues["issue"].str.contains("label")]
    stance_rows = issues[issues["issue"].str.contains("stance")].sort_values("stance_score", ascending=False)
    # With cue words this clear, the flipped labels make up half of the top 2m: all are there.
    assert flipped <= set(label_rows.index[: 2 * len(flipped)])
    # The vocabulary is tiny, so a row can have a near-twin with the same words that was
    # flipped too (or kept its stance): most suggestions, not all, restore the original.
    restored = [label_rows.loc[i, "suggested_label"] == clean.loc[i, "labels"] for i in flipped]
    assert np.mean(restored) >= 0.8
    m = len(stance_flipped)
    assert len(stance_flipped & set(stance_rows.index[: 2 * m])) >= 0.8 * m
    assert len(stance_flipped & set(stance_rows.index[:m])) >= 0.5 * m
    for i in stance_flipped & set(stance_rows.index):
        assert stance_rows.loc[i, "suggested_stance"] == clean.loc[i, "stance"]  # two stances: the other one


def test_a_stance_issue_of_a_row_of_several_labels_suggests_all_its_labels_and_a_label_issue_one():
    # An audit: a row given "rail|air" whose stance alone was at issue was suggested "rail",
    # dropping a right secondary label, where the README says the given one is suggested.
    frame = transport_frame()
    both = frame.index[frame["labels"] == "rail"][:12]
    frame.loc[both, "labels"] = "rail|air"
    frame.loc[both, "text"] = frame.loc[both, "text"] + " airport runway"
    flipped = both[[1, 4, 7]]
    frame.loc[flipped, "stance"] = frame.loc[flipped, "stance"].map({"favor": "against", "against": "favor"})
    # And a road statement given two wrong labels: the check suggests one label, the model's.
    wrong = frame.index[frame["labels"] == "road"][0]
    frame.loc[wrong, "labels"] = "air|rail"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    stance_only = issues[issues["issue"] == "stance"]
    assert set(flipped) <= set(stance_only.index)
    assert (stance_only.loc[flipped, "suggested_label"] == "rail|air").all(), stance_only
    assert issues.loc[wrong, "issue"].startswith("label") and issues.loc[wrong, "suggested_label"] == "road"


def test_clean_clear_labels_raise_no_issues():
    assert stance.find_label_issues(transport_frame(), stance_column="stance").empty


def test_label_issue_columns_and_input_columns_kept(energy_frame):
    issues = stance.find_label_issues(energy_frame, stance_column="stance", folds=4)
    assert list(issues.columns[: len(energy_frame.columns)]) == list(energy_frame.columns)
    assert {"issue", "suggested_label", "suggested_stance", "label_score", "stance_score", "score"} <= set(issues)
    assert set(issues["issue"]) <= {"label", "stance", "label+stance"}
    assert issues["score"].between(0, 1).all()
    none_suggested = issues["suggested_label"] == "none"
    assert issues.loc[none_suggested, "suggested_stance"].isna().all()


def test_label_issues_are_deterministic(energy_frame):
    first = stance.find_label_issues(energy_frame, folds=3, random_state=7)
    second = stance.find_label_issues(energy_frame, folds=3, random_state=7)
    pd.testing.assert_frame_equal(first, second)


def test_label_issues_do_not_depend_on_the_order_of_the_rows(energy_frame):
    # Folds were drawn by position: the same file shuffled flagged other rows (11 against 16).
    first = stance.find_label_issues(energy_frame, stance_column="stance")
    shuffled = stance.find_label_issues(energy_frame.sample(frac=1, random_state=2), stance_column="stance")
    pd.testing.assert_frame_equal(first, shuffled.loc[first.index])
    assert sorted(first.index) == sorted(shuffled.index)


def test_label_issues_of_one_score_keep_their_order_in_the_data_by_position_not_by_index(energy_frame):
    # Copies of one text are drawn into one fold and scored by one model: their scores tie
    # exactly, and they come in the order the data give them, as a stable sort keeps rows.
    data = energy_frame[["text", "labels"]]
    copies = pd.DataFrame({"text": [data.text.iloc[0]] * 3, "labels": ["nuclear"] * 3})
    assert data.labels.iloc[0] == "renewables"  # the copies' label is another: flagged, all three
    frame = pd.concat([data, copies], ignore_index=True).set_axis([f"r{i:02d}" for i in range(len(data) + 3)])
    copied = ["r64", "r65", "r66"]
    forward = stance.find_label_issues(frame, folds=3)
    assert forward.loc[copied, "score"].nunique() == 1
    assert [name for name in forward.index if name in copied] == copied
    # Backwards, indexed as before: the tied rows come backwards (by position, not by their
    # index labels); every other row where it was, with the same score.
    backward = stance.find_label_issues(frame.iloc[::-1], folds=3)
    assert [name for name in backward.index if name in copied] == copied[::-1]
    assert [name for name in backward.index if name not in copied] == [n for n in forward.index if n not in copied]
    pd.testing.assert_frame_equal(forward, backward.loc[forward.index])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"folds": 1}, "folds must be an int of 2 or more"),
        ({"folds": 1000}, r"folds=1000: the data have \d+ labelled rows, fewer than the 1000 folds; pass folds=\d+"),
        ({"folds": 3.0}, "folds must be an int of 2 or more"),
        ({"random_state": "x"}, "random_state must be an int from 0 to"),  # numpy's error named no argument
        ({"labels_column": "label"}, "Did you mean 'labels'"),
        ({"stance_column": "stanse"}, "stance_column='stanse'"),
        # An int off-topic code, as train refuses it; it stopped the check with
        # "AttributeError: 'int' object has no attribute 'isascii'" from deep in the data checks.
        ({"none_label": 0}, "none_label must be a str or None, got 0 .*pass none_label='0'"),
        ({"C": "a"}, "C must be a positive number, got 'a'"),
    ],
)
def test_find_label_issues_bad_arguments(energy_frame, kwargs, message):
    with pytest.raises(stance.InvalidInputError, match=message):
        stance.find_label_issues(energy_frame, **kwargs)


def test_find_label_issues_bad_data(energy_frame):
    with pytest.raises(stance.InvalidInputError, match="row 3 has no text"):
        stance.find_label_issues(energy_frame.assign(text=energy_frame["text"].where(energy_frame.index != 3)))
    with pytest.warns(stance.StanceWarning, match="has columns 'issue' and 'score' .* they are 'input_issue' and "
                                                  "'input_score_2' in the result"):
        issues = stance.find_label_issues(energy_frame.assign(issue="x", score=1.0, input_score=2.0), folds=4)
    assert (issues[["input_issue", "input_score", "input_score_2"]] == ["x", 2.0, 1.0]).all().all()
    with pytest.raises(stance.InvalidTypeError):
        stance.find_label_issues(["a list", "is not a table"])


# -- suggest ------------------------------------------------------------------------------


@pytest.mark.parametrize("strategy", ["uncertainty", "entropy"])
def test_boundary_statements_are_suggested_first(transport_model, strategy):
    pool = pd.Series(SINGLE + MIXED, index=[f"s{i}" for i in range(len(SINGLE) + len(MIXED))])
    chosen = stance.suggest(transport_model, pool, n=len(MIXED), strategy=strategy, max_similarity=None)
    assert set(chosen["text"]) == set(MIXED)
    assert list(chosen.index) == [pool.index[pool == text][0] for text in chosen["text"]]
    assert (np.diff(chosen["score"].to_numpy()) <= 1e-12).all()
    everything = stance.suggest(transport_model, pool, n=len(pool), strategy=strategy, max_similarity=None)
    assert set(everything["text"][: len(MIXED)]) == set(MIXED)
    assert everything["margin"].between(0, 1).all() and everything["entropy"].between(0, 1).all()


def test_boundary_statements_first_with_a_softmax_head():
    model = stance.train(transport_frame(), target_head="softmax")
    chosen = stance.suggest(model, SINGLE + MIXED, n=len(MIXED), max_similarity=None)
    assert set(chosen["text"]) == set(MIXED)
    top_two = np.sort(model.predict_proba(chosen["text"]), axis=1)[:, -2:]
    np.testing.assert_allclose(chosen["margin"], top_two[:, 1] - top_two[:, 0])
    assert chosen["reason"].str.startswith("between ").all()
    assert chosen["stance_confidence"].isna().all()  # no stance head


def test_cli_suggest_takes_the_seed_of_the_random_strategy(tmp_path, capsys, transport_model):
    # An audit: stance suggest had no --random-state, which train and check have, so the README's
    # seeded "random" baseline drew the one sample, seed 0, on the command line.
    transport_model.save(tmp_path / "model")
    texts = [f"expand the {a} and the {b}" for cues in CUES.values() for a in cues for b in cues if a < b]
    pd.DataFrame({"text": texts}).to_csv(tmp_path / "pool.csv", index=False)

    def picked(*seed: str) -> list[str]:
        out = tmp_path / "next.csv"
        assert main(["suggest", str(tmp_path / "pool.csv"), "--model", str(tmp_path / "model"), "-n", "8",
                     "--strategy", "random", "--max-similarity", "none", *seed, "-o", str(out)]) == 0
        return pd.read_csv(out)["text"].tolist()

    assert picked("--random-state", "1") == picked("--random-state", "1")
    assert picked("--random-state", "1") != picked("--random-state", "2")
    python = stance.suggest(transport_model, texts, n=8, strategy="random", max_similarity=None, random_state=2)
    assert picked("--random-state", "2") == python["text"].tolist()
    assert picked() == stance.suggest(transport_model, texts, n=8, strategy="random",
                                      max_similarity=None)["text"].tolist()  # 0, the default
    capsys.readouterr()
    assert main(["suggest", str(tmp_path / "pool.csv"), "--random-state", "-1"]) == 2
    assert "--random-state must be an int from 0 to 4294967295, got -1" in capsys.readouterr().err


def test_stance_strategy_picks_statements_with_both_stance_cues(transport_model):
    clear = ["expand the train and the tracks", "scrap the runway and the airline",
             "build the asphalt and the motorway"]
    torn = ["expand cancel the tram and the station", "scrap build the flights and the aircraft"]
    chosen = stance.suggest(transport_model, clear + torn, n=2, strategy="stance", max_similarity=None)
    assert set(chosen["text"]) == set(torn)
    # "undecided" only below UNSURE_STANCE; a surer one is the least sure left, and says so
    for reason, confidence in zip(chosen["reason"], chosen["stance_confidence"]):
        assert reason.startswith("stance undecided" if confidence < 0.65 else "least sure stance left")


def test_diversity_skips_paraphrases(transport_model):
    paraphrases = [f"expand the railway and the motorway {tail}" for tail in ("now", "right now", "now please", "")]
    others = MIXED[1:]
    pool = paraphrases + others + SINGLE
    n = 1 + len(others)
    without = stance.suggest(transport_model, pool, n=n, max_similarity=None)
    assert sum(text in paraphrases for text in without["text"]) >= 2  # they crowd the top
    chosen = stance.suggest(transport_model, pool, n=n)
    assert sum(text in paraphrases for text in chosen["text"]) == 1
    assert set(others) <= set(chosen["text"])


def test_random_strategy_is_a_seeded_sample(transport_model):
    pool = SINGLE + MIXED
    first = stance.suggest(transport_model, pool, n=5, strategy="random", random_state=1, max_similarity=None)
    again = stance.suggest(transport_model, pool, n=5, strategy="random", random_state=1, max_similarity=None)
    other = stance.suggest(transport_model, pool, n=5, strategy="random", random_state=2, max_similarity=None)
    assert list(first.index) == list(again.index) != list(other.index)


# Text none of whose words a model knows gets the same answer for all of it; a small
# model's scores of it are flat, so such text looked the most uncertain of all.
JUNK = ["12345", "https://t.co/abc123", "Merci beaucoup.", "Dzi\u0119kuj\u0119 bardzo.", "---",
        "\U0001f1fa\U0001f1e6" * 2]


@pytest.fixture(scope="module")
def small_model():
    return stance.train(transport_frame(per_label=8), stance_column="stance")


@pytest.mark.parametrize("strategy", ["uncertainty", "entropy", "stance", "random"])
def test_text_the_model_knows_no_word_of_is_suggested_last(small_model, strategy):
    # The user audit: the 6 junk rows filled the top 6, all with one score and one reason.
    pool = SINGLE + JUNK
    top = stance.suggest(small_model, pool, n=6, strategy=strategy, max_similarity=None)
    assert not set(top["text"]) & set(JUNK)
    assert (top["flag"] != "no_known_words").all()
    everything = stance.suggest(small_model, pool, n=len(pool), strategy=strategy, max_similarity=None)
    last = everything.iloc[-len(JUNK):]
    assert set(last["text"]) == set(JUNK) and (last["flag"] == "no_known_words").all()
    assert last["score"].isna().all() and everything["score"].iloc[: -len(JUNK)].notna().all()
    assert last["reason"].str.startswith("no word of it is known to the model").all()


def test_texts_without_words_are_duplicates_of_each_other(small_model):
    # "---" and two flags have no word, so no TF-IDF vector: the paraphrase filter found them
    # unlike each other and kept both, and a pool of nothing else failed in scikit-learn.
    wordless = ["---", "\U0001f1fa\U0001f1e6" * 2, "***"]
    with pytest.warns(stance.StanceWarning, match="only"):
        chosen = stance.suggest(small_model, SINGLE + wordless, n=len(SINGLE) + 3)
    assert len(set(chosen["text"]) & set(wordless)) == 1
    with pytest.warns(stance.StanceWarning, match="only 1 of the n=3"):
        chosen = stance.suggest(small_model, wordless, n=3)
    assert chosen["text"].tolist() == ["---"]


# The user audit's scheme: her own labels, some rows multi-label, 30 seed rows.
ANALYST_SEED = [
    ("Sanctions on Russian banks must be tightened.", "sanctions", "support"),
    ("We should extend the sanctions against the Kremlin.", "sanctions", "support"),
    ("The sanctions hurt our farmers more than Moscow.", "sanctions", "oppose"),
    ("Lift the sanctions, they have failed.", "sanctions", "oppose"),
    ("More sanctions on oligarchs, now.", "sanctions", "support"),
    ("Sanctions are pointless and should end.", "sanctions", "oppose"),
    ("Europe must stop buying Russian gas.", "energy", "support"),
    ("Cheap gas from Russia keeps our industry alive.", "energy", "oppose"),
    ("We need new LNG terminals to replace pipeline gas.", "energy", "support"),
    ("Energy prices are crushing households; reopen the pipeline.", "energy", "oppose"),
    ("End the oil imports from Russia this year.", "energy", "support"),
    ("Keep the gas flowing, whatever the politics.", "energy", "oppose"),
    ("Export controls on weapons technology must be strict.", "arms_control", "support"),
    ("The arms treaty should be renewed.", "arms_control", "support"),
    ("Arms control treaties only tie our hands.", "arms_control", "oppose"),
    ("New limits on nuclear warheads are overdue.", "arms_control", "support"),
    ("We must leave the missile treaty.", "arms_control", "oppose"),
    ("Verification of the arms treaty protects us all.", "arms_control", "support"),
    ("Sanctions and a ban on Russian gas must go together.", "sanctions|energy", "support"),
    ("Sanctions on oil and gas exports will starve the war machine.", "sanctions|energy", "support"),
    ("Sanctions on energy hurt us more than them.", "sanctions|energy", "oppose"),
    ("Sanctions on chips and export controls on weapons technology.", "sanctions|arms_control", "support"),
    ("Thank you, chair.", "none", None),
    ("The session resumes at three.", "none", None),
    ("Good morning everyone.", "none", None),
    ("The minutes were approved.", "none", None),
    ("The delegation will visit the museum.", "none", None),
    ("Lunch is served in the hall.", "none", None),
    ("Next item on the agenda please.", "none", None),
    ("The weather was fine today.", "none", None),
]


@pytest.fixture(scope="module")
def analyst_model():
    seed = pd.DataFrame(ANALYST_SEED, columns=["text", "labels", "stance"])
    return stance.train(seed, stance_column="stance")


def test_two_labels_given_either_way_are_not_called_a_doubt_between_them(analyst_model):
    # The audit: a statement the model labels ('energy', 'sanctions') confidently came first,
    # "between sanctions 0.91 and energy 0.89 (margin 0.02)", as if its labels were in doubt.
    # Both are given either way; only which is primary (the stance's target) is undecided.
    # The margin still ranks it: it taught the model more than the labels' distances from
    # their thresholds in the simulated loop (README, "The labelling loop").
    both = "Sanctions and an end to Russian gas go together."
    pool = ["Export controls on chips should be tightened.", "The delegation arrived late because of a strike.", both]
    decided = analyst_model.classify(both)
    thresholds = dict(zip(analyst_model.labels, analyst_model.params_.thresholds))
    assert set(decided.labels) == {"energy", "sanctions"}
    assert all(decided.scores[label] > thresholds[label] + 0.3 for label in decided.labels)
    chosen = stance.suggest(analyst_model, pool, n=3, max_similarity=None).set_index("text")
    first, second = sorted(decided.labels, key=lambda label: -decided.scores[label])
    margin = decided.scores[first] - decided.scores[second]
    assert chosen.loc[both, "score"] == pytest.approx(1 - margin)
    assert chosen.loc[both, "reason"] == (
        f"{first} {decided.scores[first]:.2f} or {second} {decided.scores[second]:.2f} first (margin {margin:.2f}): "
        f"both labels are given either way; which is primary, the target of the stance, is in doubt")
    # Off topic or on it is a doubt about the labels given, said as before.
    assert chosen.loc[pool[1], "reason"].startswith("between none ")
    # A model without a stance head has no target of a stance to name.
    plain = stance.train(pd.DataFrame(ANALYST_SEED, columns=["text", "labels", "stance"]).drop(columns="stance"))
    assert plain.classify(both).labels == decided.labels
    reason = stance.suggest(plain, [both], n=1).reason.iloc[0]
    assert reason.endswith("both labels are given either way; which is primary is in doubt")


def test_suggest_leaves_out_the_statements_already_labelled(transport_model, tmp_path):
    # The audit: in round 2, the first suggestion was already in her labelled file.
    pool = SINGLE + MIXED
    first = stance.suggest(transport_model, pool, n=2, max_similarity=None)["text"].tolist()
    # Matched as the library matches one text in two rows: a trailing space or a
    # non-breaking space is the same text, another case is not.
    labelled = [first[0] + " ", first[1].replace(" ", "\u00a0"), first[0].upper()]
    expected = [text for text in pool if text not in first]
    frame = pd.DataFrame({"text": labelled, "labels": ["rail", "road", "air"]})
    frame.to_csv(tmp_path / "labelled.csv", index=False)
    for exclude in (labelled, pd.Series(labelled, name="whatever"), frame, str(tmp_path / "labelled.csv")):
        chosen = stance.suggest(transport_model, pool, n=len(pool), max_similarity=None, exclude=exclude)
        assert sorted(chosen["text"]) == sorted(expected)
    with pytest.raises(stance.InvalidInputError, match=r"all 13 statements with text are in exclude"):
        stance.suggest(transport_model, pool, exclude=pool)
    with pytest.raises(stance.InvalidInputError, match=r"^exclude \(a DataFrame\): text_column='text': no such column"):
        stance.suggest(transport_model, pool, exclude=frame.rename(columns={"text": "body"}))
    with pytest.raises(stance.InvalidTypeError, match="exclude must be .* wrap one text in a list"):
        stance.suggest(transport_model, pool, exclude=first[0])


def test_suggest_keeps_the_pools_columns_as_the_command_line_does(transport_model, tmp_path, capsys):
    # The audit: stance.suggest dropped id and source, which stance suggest -o keeps.
    texts = SINGLE + MIXED
    pool = pd.DataFrame({"id": [f"id{i}" for i in range(len(texts))], "source": ["hansard", "press"] * 6 + ["x"],
                         "text": texts, "reason": "mine"})
    chosen = stance.suggest(transport_model, pool, n=5, max_similarity=None)
    # The pool's, as they are (the text in its place), then the suggestions'
    assert chosen.columns[:5].tolist() == ["id", "source", "text", "input_reason", "predicted_label"]
    assert chosen["id"].tolist() == [f"id{texts.index(text)}" for text in chosen["text"]]
    assert (chosen["input_reason"] == "mine").all() and chosen["reason"].str.startswith("between").all()
    transport_model.save(tmp_path / "model")
    pool.to_csv(tmp_path / "pool.csv", index=False)
    assert main(["suggest", str(tmp_path / "pool.csv"), "--model", str(tmp_path / "model"), "-n", "5",
                 "--max-similarity", "none", "-o", str(tmp_path / "next.csv")]) == 0
    written = pd.read_csv(tmp_path / "next.csv", keep_default_na=False)
    # -o adds the labels and stance columns to fill in after the pool's (see the test below).
    assert written.columns.tolist() == ["row", *chosen.columns[:4], "labels", "stance", *chosen.columns[4:]]
    assert written["id"].tolist() == chosen["id"].tolist() and written["row"].tolist() == chosen.index.tolist()


def test_suggest_warns_of_a_pool_whose_index_repeats(transport_model):
    # A pool built by pd.concat of two frames numbered from 0: the suggestions' index named
    # two rows each, without a word.
    first, second = pd.DataFrame({"text": SINGLE, "id": "a"}), pd.DataFrame({"text": MIXED, "id": "b"})
    pool = pd.concat([first, second])
    with pytest.warns(stance.StanceWarning, match=r"texts: 4 labels of the index name more than one row each "
                                                  r"\(0, 1, 2 and 1 more\), as pd.concat"):
        chosen = stance.suggest(transport_model, pool, n=4, max_similarity=None)
    assert set(chosen["text"]) == set(MIXED) and (chosen["id"] == "b").all()  # its rows, told apart
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.suggest(transport_model, pd.concat([first, second], ignore_index=True), n=4, max_similarity=None)


def test_the_warning_of_a_repeated_index_says_how_many_labels_repeat(transport_model):
    # Two 20-row frames numbered from 0 gave "the index holds 0, 1, 2 and 17 more more than once".
    pool = pd.concat([pd.DataFrame({"text": [f"more buses on route {i}" for i in range(20)]}),
                      pd.DataFrame({"text": [f"build the rail line to town {i}" for i in range(20)]})])
    with pytest.warns(stance.StanceWarning) as caught:
        stance.suggest(transport_model, pool, n=4, max_similarity=None)
    assert [str(w.message) for w in caught] == [
        "texts: 20 labels of the index name more than one row each (0, 1, 2 and 17 more), as pd.concat of frames "
        "numbered from 0 gives, so the suggestions' index does not name one row each (pool.loc[suggestions.index] "
        "takes every row so named); the pool's columns come with the suggestions, or give the pool an index of its "
        "own: pool.reset_index(drop=True), or pd.concat(..., ignore_index=True)"]
    with pytest.warns(stance.StanceWarning, match=r"^texts: 1 label of the index names more than one row \(7\), "):
        stance.suggest(transport_model, pool.iloc[[7, 27, 1, 22]], n=2, max_similarity=None)


def test_suggest_skips_missing_texts_and_keeps_the_index(transport_model):
    frame = pd.DataFrame({"body": [None, "  ", *MIXED[:2], "expand the train and the tracks"]},
                         index=[10, 11, 12, 13, 14])
    with pytest.warns(stance.StanceWarning, match=r"^texts: 2 of the 5 rows have no text to suggest from and are "
                      r"left out: 1 missing \(row 10\), 1 blank \(row 11\)$"):
        chosen = stance.suggest(transport_model, frame, n=10, text_column="body")
    assert sorted(chosen.index) == [12, 13, 14]  # the pool ran out: fewer than n
    assert list(chosen.index[:2]) != [14]


def test_suggest_leaves_out_a_spreadsheet_s_error_value_as_it_leaves_out_a_blank(transport_model, tmp_path, capsys):
    # A review: a pool holding "#N/A" and "#REF!" (a formula's column that failed) offered them for
    # labelling, before real statements, with no word, where a blank is left out and counted, and
    # training refuses such a text. Now they are left out and counted as blanks are, each named.
    from stance.cli import main

    pool = pd.DataFrame({"body": [MIXED[0], "#N/A", MIXED[1], "  ", " #REF! ", MIXED[2], "#n/a"]},
                        index=[f"r{i}" for i in range(7)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chosen = stance.suggest(transport_model, pool, n=10, text_column="body", max_similarity=None)
    assert sorted(chosen.index) == ["r0", "r2", "r5"]
    said = [str(w.message) for w in caught]
    assert len(said) == 1 and said[0].startswith(
        "texts: 4 of the 7 rows have no text to suggest from and are left out: 1 blank (row 'r3'), 3 error values "
        "(rows 'r1', 'r4', 'r6': '#N/A' (twice) and '#REF!', a spreadsheet's error values (a formula that failed: "
        "'#N/A' is what VLOOKUP gives"), said
    # a statement that starts like one is a statement, and a pool of error values alone has none
    assert len(stance.suggest(transport_model, ["#N/A is no code.", MIXED[0]], n=5)) == 2
    with pytest.raises(stance.InvalidInputError, match=r"^texts: none of the 2 entries has text to suggest from "
                       r"\(2 error values \(rows 0, 1: '#N/A' and '#REF!'"):
        stance.suggest(transport_model, ["#N/A", "#REF!"], n=1)
    # the command line's queue alike
    model_dir, csv = tmp_path / "model", tmp_path / "pool.csv"
    transport_model.save(model_dir)
    pool.to_csv(csv, index=False)
    assert main(["suggest", "--model", str(model_dir), str(csv), "--text-column", "body", "-n", "10",
                 "--max-similarity", "1"]) == 0
    out, err = capsys.readouterr()
    assert "#N/A" not in out and "#REF!" not in out and "#n/a" not in out, out
    assert "3 error values (rows 1, 4, 6: '#N/A' (twice) and '#REF!'" in err, err


def test_suggest_says_which_rows_it_leaves_out_for_holding_no_str(transport_model):
    # A user audit: a number, bytes or NaN in the pool was left out in silence, where stance.score
    # flags each such row "not_text" or "missing"; suggest, which returns only n rows, says so.
    values = [MIXED[0], 42, np.nan, MIXED[1], b"tracks", None, 7.5, "  ", MIXED[2], ["a list"]]
    pool = pd.DataFrame({"body": values}, index=[f"r{i}" for i in range(10)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chosen = stance.suggest(transport_model, pool, n=10, text_column="body", max_similarity=None)
    assert sorted(chosen.index) == ["r0", "r3", "r8"]
    assert [str(w.message) for w in caught] == [
        "texts: 7 of the 10 rows have no text to suggest from and are left out: 2 missing (rows 'r2', 'r5'), "
        "1 blank (row 'r7'), 4 not a str (rows 'r1', 'r4', 'r6' and 1 more: int, bytes, float, list "
        "(decode bytes first, e.g. text.decode('utf-8')))"]
    flags = stance.score(pool, text_column="body", model=transport_model).flag.tolist()
    assert [i for i, flag in enumerate(flags) if flag is not None] == [1, 2, 4, 5, 6, 7, 9]  # the rows score flags
    with pytest.warns(stance.StanceWarning, match=r"^texts: 1 of the 2 rows has no text to suggest from and is "
                      r"left out: 1 not a str \(row 0: int\)$"):
        stance.suggest(transport_model, [3, MIXED[0]], n=1)
    with pytest.raises(stance.InvalidInputError, match=r"^texts: none of the 2 entries has text to suggest from "
                       r"\(1 missing \(row 1\), 1 not a str \(row 0: int\)\)$"):
        stance.suggest(transport_model, [3, None], n=1)
    # None at all was "texts: none of the 0 entries has text to suggest from ()".
    for empty in ([], pd.Series([], dtype=object), pd.DataFrame({"text": []})):
        with pytest.raises(stance.InvalidInputError, match=r"^texts: it holds no entries \(no rows\), so no text to "
                           r"suggest from$"):
            stance.suggest(transport_model, empty, n=1)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        # no "use stance.classify()", as score says: one text is no pool to choose from
        ({"texts": "one statement"}, stance.InvalidTypeError,
         r"got a single str; wrap it in a list \(from R: as\.list\(x\)\)$"),
        ({"n": 0}, stance.InvalidInputError, "n must be a positive int"),
        ({"strategy": "margin"}, stance.InvalidInputError, "choose one of"),
        ({"max_similarity": 1.5}, stance.InvalidInputError, "max_similarity must be"),
        ({"texts": [None, " "]}, stance.InvalidInputError, "none of the 2 entries has text"),
        # marks that show nothing are blank too (they ended in scikit-learn's "empty vocabulary")
        ({"texts": ["\u200b", "\ufeff"]}, stance.InvalidInputError, "none of the 2 entries has text"),
        ({"texts": [" "]}, stance.InvalidInputError, r"^texts: its only entry has no text to suggest from \(1 blank"),
        ({"texts": pd.DataFrame({"txt": ["a"]})}, stance.InvalidInputError, "Did you mean 'txt'"),
        ({"model": 42}, stance.InvalidTypeError, "model must be"),
        ({"strategy": "random", "random_state": "x"}, stance.InvalidInputError, "random_state must be an int"),
        ({"max_similarity": True}, stance.InvalidInputError, "max_similarity must be a number"),
        ({"texts": set(MIXED)}, stance.InvalidTypeError, "texts must be ordered"),  # the index would be arbitrary
    ],
)
def test_suggest_bad_input(transport_model, kwargs, error, message):
    arguments = {"model": transport_model, "texts": MIXED, **kwargs}
    with pytest.raises(error, match=message):
        stance.suggest(**arguments)


def test_suggest_takes_numpy_numbers_as_it_takes_python_ones(transport_model):
    # n=np.int64 worked while max_similarity=np.float32 was refused (the twentieth audit).
    plain = stance.suggest(transport_model, MIXED, n=3, max_similarity=0.5)
    numpy = stance.suggest(transport_model, MIXED, n=np.int64(3), max_similarity=np.float32(0.5))
    pd.testing.assert_frame_equal(plain, numpy)


def test_stance_strategy_needs_a_stance_head():
    model = stance.train(transport_frame())
    with pytest.raises(stance.InvalidInputError, match="stance head"):
        stance.suggest(model, MIXED, strategy="stance")


# -- command line -------------------------------------------------------------------------


def test_cli_suggest_and_check(tmp_path, capsys, transport_model):
    model_dir = tmp_path / "model"
    transport_model.save(model_dir)
    pool = tmp_path / "pool.csv"
    ids = [f"id{i}" for i in range(len(SINGLE + MIXED))]
    pd.DataFrame({"doc_id": ids, "text": SINGLE + MIXED}).to_csv(pool, index=False)
    out = tmp_path / "suggested.csv"
    assert main(["suggest", str(pool), "--model", str(model_dir), "-n", "4", "-o", str(out)]) == 0
    written = pd.read_csv(out)
    assert set(written["text"]) == set(MIXED) and "row" in written
    # the file's own columns come along, on the right rows (the eighth user audit)
    assert written.doc_id.tolist() == [ids[(SINGLE + MIXED).index(t)] for t in written.text]
    assert main(["suggest", str(pool), "--model", str(model_dir), "-n", "2"]) == 0
    printed = capsys.readouterr().out
    assert sum(text[:40] in printed for text in MIXED) == 2

    data = tmp_path / "labelled.csv"
    noisy = transport_frame()
    noisy.loc[0, "labels"] = "air"  # a rail statement
    noisy.to_csv(data, index=False)
    issues_csv = tmp_path / "issues.csv"
    assert main(["check", str(data), "--stance-column", "stance", "-n", "3", "-o", str(issues_csv)]) == 0
    captured = capsys.readouterr()
    assert "1 row flagged" in captured.err  # the scheme is clean but for row 0
    lines = captured.out.splitlines()
    assert len(lines) == 2 and lines[1].split()[:5] == ["0", "label", "air", "favor", "rail"]
    flagged = pd.read_csv(issues_csv)
    assert flagged["row"].tolist() == [0] and flagged.loc[0, "suggested_label"] == "rail"


def test_cli_suggest_leaves_out_a_labelled_file(tmp_path, capsys, transport_model):
    model_dir = tmp_path / "model"
    transport_model.save(model_dir)
    pool, labelled, out = tmp_path / "pool.csv", tmp_path / "labelled.csv", tmp_path / "next.csv"
    pd.DataFrame({"text": SINGLE + MIXED}).to_csv(pool, index=False)
    pd.DataFrame({"text": MIXED[:2], "labels": ["rail|road", "rail|air"]}).to_csv(labelled, index=False)
    assert main(["suggest", str(pool), "--model", str(model_dir), "-n", "20", "--max-similarity", "none",
                 "--exclude", str(labelled), "-o", str(out)]) == 0
    assert "left out 2 statements already in" in capsys.readouterr().err
    assert sorted(pd.read_csv(out)["text"]) == sorted(SINGLE + MIXED[2:])
    # Her labelled file is never the one written over.
    before = labelled.read_bytes()
    assert main(["suggest", str(pool), "--model", str(model_dir), "--exclude", str(labelled),
                 "-o", str(labelled)]) == 2
    assert "--exclude" in capsys.readouterr().err and labelled.read_bytes() == before


def test_a_labelled_file_without_the_text_column_is_named(tmp_path, capsys, monkeypatch, transport_model):
    # The pool has the column, the --exclude file not: the message named neither file.
    monkeypatch.chdir(tmp_path)
    transport_model.save("model")
    pd.DataFrame({"text": SINGLE + MIXED}).to_csv("pool.csv", index=False)
    pd.DataFrame({"id": [1, 2], "body": MIXED[:2]}).to_csv("lab.csv", index=False)
    assert main(["suggest", "pool.csv", "--model", "model", "--exclude", "lab.csv"]) == 2
    hint = "Column 'body' holds sentences (6 words at the median): is it the column of statements?"
    # An audit: the hint went on "(--text-column='body')", the pool's argument, which then missed the
    # pool's column ("--text-column='body': no such column", sent back to 'text'): the file's column is
    # to be renamed, as nothing names an --exclude file's column.
    note = " If so, rename it 'text': a labelled file is read by its 'text' column, as the pool is"
    err = capsys.readouterr().err.strip()
    assert err == f"stance suggest: --exclude 'lab.csv': --text-column text: no such column; columns present: " \
                  f"['id', 'body']. {hint}{note}", err
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.suggest(transport_model, SINGLE + MIXED, exclude="lab.csv")
    assert str(raised.value) == ("exclude='lab.csv': text_column='text': no such column; columns present: "
                                 f"['id', 'body']. {hint}{note}")
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.suggest(transport_model, SINGLE + MIXED, exclude=pd.read_csv("lab.csv"))
    assert "text_column='body'" not in str(raised.value) and str(raised.value).endswith(note)
    # What it says works.
    pd.read_csv("lab.csv").rename(columns={"body": "text"}).to_csv("lab.csv", index=False)
    assert main(["suggest", "pool.csv", "--model", "model", "--exclude", "lab.csv", "-n", "2"]) == 0
    # A pool read by another column: the labelled file's column is still to be named 'text'.
    pd.DataFrame({"body": SINGLE + MIXED}).to_csv("pool.csv", index=False)
    pd.DataFrame({"statement": MIXED[:2]}).to_csv("lab.csv", index=False)
    assert main(["suggest", "pool.csv", "--text-column", "body", "--model", "model", "--exclude", "lab.csv"]) == 2
    err = capsys.readouterr().err.strip()
    assert "(--text-column statement)" not in err and err.endswith(
        "is it the column of statements? If so, rename it 'text': a labelled file is read by the pool's text "
        "column (--text-column body) or, where it has none, by its 'text' column"), err


def test_a_labelled_file_is_read_by_its_text_column_beside_a_pool_read_by_another(tmp_path, capsys, monkeypatch,
                                                                                  transport_model):
    # An audit: a pool read with --text-column body and the labelled round1.csv, whose column is
    # "text", was refused ("--exclude 'round1.csv': --text-column='body': no such column …
    # (--text-column='text')"), and following that hint broke the pool.
    monkeypatch.chdir(tmp_path)
    transport_model.save("model")
    texts = SINGLE + MIXED
    pd.DataFrame({"id": range(len(texts)), "body": texts}).to_csv("pool.csv", index=False)
    labelled = pd.DataFrame({"text": texts[:4], "labels": "rail"})
    labelled.to_csv("round1.csv", index=False)
    labelled.iloc[4:].to_csv("empty.csv", index=False)
    assert main(["suggest", "pool.csv", "--text-column", "body", "--model", "model", "-n", "20",
                 "--max-similarity", "none", "--exclude", "round1.csv", "-o", "next.csv"]) == 0
    assert "left out 4 statements already in round1.csv" in capsys.readouterr().err
    assert sorted(pd.read_csv("next.csv")["body"]) == sorted(texts[4:])
    for exclude in ("round1.csv", labelled, ["round1.csv", "empty.csv"]):
        chosen = stance.suggest(transport_model, "pool.csv", text_column="body", n=20, max_similarity=None,
                                exclude=exclude)
        assert chosen.attrs["left_out"] == 4 and sorted(chosen["body"]) == sorted(texts[4:])
    # A file with the pool's column is read by it, whatever its "text" holds.
    labelled.assign(body=texts[-2:] * 2).to_csv("both.csv", index=False)
    assert stance.suggest(transport_model, "pool.csv", text_column="body", n=20, max_similarity=None,
                          exclude="both.csv").attrs["left_out"] == 2
    # Neither column: what to do, which works.
    labelled.rename(columns={"text": "speech"}).to_csv("speech.csv", index=False)
    note = ("is it the column of statements? If so, rename it 'text': a labelled file is read by the pool's text "
            "column (--text-column body) or, where it has none, by its 'text' column")
    assert main(["suggest", "pool.csv", "--text-column", "body", "--model", "model", "--exclude", "speech.csv"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith(note) and "(--text-column speech)" not in err, err
    with pytest.raises(stance.InvalidInputError, match=re.escape(note.replace("--text-column body",
                                                                              "text_column='body'"))):
        stance.suggest(transport_model, "pool.csv", text_column="body", exclude="speech.csv")



def test_an_exclude_folder_mixing_the_two_columns_reads_each_file_by_its_own(tmp_path, capsys, monkeypatch,
                                                                         transport_model):
    # A review: a folder of round1.csv (its column "text") and round2.csv ("body", as the pool's)
    # was read as one frame, round1's rows with no body, and left out round2's statements alone,
    # silently, where the two files given one by one left out both; stance.suggest alike.
    monkeypatch.chdir(tmp_path)
    transport_model.save("model")
    texts = SINGLE + MIXED
    pd.DataFrame({"body": texts}).to_csv("pool.csv", index=False)
    Path("done").mkdir()
    pd.DataFrame({"text": texts[:4], "labels": "rail"}).to_csv("done/round1.csv", index=False)
    pd.DataFrame({"body": texts[4:7], "labels": "road"}).to_csv("done/round2.csv", index=False)
    for exclude in (["done"], ["done/*.csv"], ["done/round1.csv", "done/round2.csv"]):
        assert main(["suggest", "pool.csv", "--text-column", "body", "--model", "model", "-n", "20",
                     "--max-similarity", "none", *(a for path in exclude for a in ("--exclude", path)),
                     "-o", "next.csv"]) == 0
        assert "left out 7 statements already in" in capsys.readouterr().err
        assert sorted(pd.read_csv("next.csv")["body"]) == sorted(texts[7:])
        chosen = stance.suggest(transport_model, "pool.csv", text_column="body", n=20, max_similarity=None,
                                exclude=exclude if len(exclude) > 1 else exclude[0])
        assert chosen.attrs["left_out"] == 7 and sorted(chosen["body"]) == sorted(texts[7:])
    # The folder under the home folder, by its "~": read as one frame, it left round1's statements in (a review).
    monkeypatch.setenv("HOME", str(tmp_path))
    chosen = stance.suggest(transport_model, "pool.csv", text_column="body", n=20, max_similarity=None,
                            exclude="~/done")
    assert chosen.attrs["left_out"] == 7 and sorted(chosen["body"]) == sorted(texts[7:])
    # A file of the folder with neither column is refused, named, as one given alone is.
    pd.DataFrame({"speech": texts[7:8], "labels": "air"}).to_csv("done/round3.csv", index=False)
    assert main(["suggest", "pool.csv", "--text-column", "body", "--model", "model", "--exclude", "done"]) == 2
    assert "--exclude 'done' (its file 'round3.csv'): --text-column body: no such column" in capsys.readouterr().err
    with pytest.raises(stance.InvalidInputError, match="text_column='body': no such column"):
        stance.suggest(transport_model, "pool.csv", text_column="body", exclude="done")

def test_suggestions_filled_in_train_on_the_labels_given_not_the_predictions(tmp_path, capsys, transport_model):
    # The audit: a pool with labels and stance columns left to fill in came back from -o with
    # the model's prediction in "stance" and hers as "input_stance"; she filled that, and
    # stance train read the predictions as her stances (evaluate then said 1.000).
    model_dir, pool, out = tmp_path / "model", tmp_path / "pool.csv", tmp_path / "next.csv"
    transport_model.save(model_dir)
    texts = SINGLE + MIXED
    pd.DataFrame({"id": range(len(texts)), "text": texts, "labels": "", "stance": ""}).to_csv(pool, index=False)
    assert main(["suggest", str(pool), "--model", str(model_dir), "-n", "13", "--max-similarity", "none",
                 "-o", str(out)]) == 0
    assert "input_" not in capsys.readouterr().err
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert {"labels", "stance", "predicted_label", "predicted_labels", "predicted_stance"} <= set(written.columns)
    assert not {"label", "input_stance", "input_labels"} & set(written.columns)
    assert (written[["labels", "stance"]] == "").all().all()  # left to fill in, under their own names
    assert set(written["predicted_stance"]) == {"favor"}  # every one says "expand"
    assert all(set(row.predicted_labels.split("|")) >= {row.predicted_label} for row in written.itertuples())
    # She fills them in, in her own words for the stance, and trains on the file.
    _fill_in_and_train(written, tmp_path)


def _fill_in_and_train(written, tmp_path):
    """A batch suggest -o wrote, filled in as a user would (labels from its nouns, a stance in her
    own words), trained on from the file: it trains on her labels and stance values."""
    nouns = {noun: label for label, cues in CUES.items() for noun in cues}
    written["labels"] = ["|".join(dict.fromkeys(nouns[word] for word in text.split() if word in nouns))
                         for text in written["text"]]
    written["stance"] = "support"
    written.loc[::2, "stance"] = "oppose"
    written.to_csv(tmp_path / "filled.csv", index=False)
    assert main(["train", str(tmp_path / "filled.csv"), "-o", str(tmp_path / "mine"), "--option",
                 "threshold_folds=0"]) == 0
    assert stance.load(tmp_path / "mine").stance_classes == ("oppose", "support")


def test_suggest_o_leaves_labels_and_stance_columns_to_fill_in_and_train_names_predicted_labels(
        tmp_path, capsys, transport_model):
    # An audit: -o of a pool without them had no labels or stance column, though the README lists
    # them among its columns; she corrected predicted_labels in place, and train said only
    # "--labels-column='labels': no such column; columns present: [...]".
    transport_model.save(tmp_path / "model")
    texts = SINGLE + MIXED
    pool, out = tmp_path / "pool.csv", tmp_path / "next.csv"
    pd.DataFrame({"id": range(len(texts)), "text": texts}).to_csv(pool, index=False)
    assert main(["suggest", str(pool), "--model", str(tmp_path / "model"), "-n", "13", "--max-similarity", "none",
                 "-o", str(out)]) == 0
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert written.columns[:6].tolist() == ["row", "id", "text", "labels", "stance", "predicted_label"]
    assert (written[["labels", "stance"]] == "").all().all()
    said = ("--labels-column labels: {} of a batch stance suggest wrote: its 'predicted_labels' column holds the "
            "model's suggestions, which no command reads as labels; fill in the 'labels' column with the labels you "
            "give (copy a suggestion in where it is right)")
    for frame, what in ((written, "the column is empty in every row"),
                        (written.drop(columns=["labels", "stance"]), "no such column")):
        frame.to_csv(tmp_path / "filled.csv", index=False)
        assert main(["train", str(tmp_path / "filled.csv"), "-o", str(tmp_path / "mine")]) == 2
        assert f"stance train: {said.format(what)}" in capsys.readouterr().err
        with pytest.raises(stance.InvalidInputError, match=re.escape(said.format(what).replace(
                "--labels-column labels", "labels_column='labels'"))):
            stance.find_label_issues(tmp_path / "filled.csv")
    # Filled in, it trains on her labels.
    _fill_in_and_train(written, tmp_path)
    # A model without a stance head leaves a labels column alone: an empty stance column would be refused.
    stance.train(transport_frame(), threshold_folds=0).save(tmp_path / "labels_only")
    capsys.readouterr()
    assert main(["suggest", str(pool), "--model", str(tmp_path / "labels_only"), "-n", "3", "-o", str(out)]) == 0
    assert pd.read_csv(out).columns[:5].tolist() == ["row", "id", "text", "labels", "predicted_label"]


def test_an_unfilled_suggest_batch_in_a_folder_is_named_by_train_check_evaluate_and_cross_validate(
        tmp_path, capsys, transport_model):
    # An audit: the README's loop keeps the batch beside the labels in a folder, and there
    # train, check, evaluate and cross_validate said only "rows 'todo.csv:00', … have no label",
    # where the batch alone names predicted_labels and the column to fill in.
    transport_model.save(tmp_path / "model")
    pool, folder = tmp_path / "pool.csv", tmp_path / "labels"
    folder.mkdir()
    pd.DataFrame({"text": SINGLE + MIXED}).to_csv(pool, index=False)
    transport_frame().to_csv(folder / "labelled.csv", index=False)
    assert main(["suggest", str(pool), "--model", str(tmp_path / "model"), "-n", "5", "--max-similarity", "none",
                 "-o", str(folder / "todo.csv")]) == 0
    said = ("labels='labels': the column is empty in every row of 'todo.csv', a batch stance suggest wrote: its "
            "'predicted_labels' column holds the model's suggestions, which no command reads as labels; fill in "
            "the 'labels' column of 'todo.csv' with the labels you give (copy a suggestion in where it is right), "
            "or move the file out of the folder until it is")
    capsys.readouterr()
    for argv in (["train", str(folder), "-o", str(tmp_path / "mine")], ["check", str(folder)],
                 ["evaluate", str(folder), "--model", str(tmp_path / "model")]):
        assert main(argv) == 2
        # The command line writes the flag as it is typed, "--labels-column labels" (6ff10501).
        typed = said.replace("labels='labels'", "labels-column labels", 1)
        assert capsys.readouterr().err.strip() == f"stance {argv[0]}: --{typed}"
    with pytest.raises(stance.InvalidInputError, match=re.escape(said.replace("labels=", "labels_column=", 1))):
        stance.cross_validate(folder)
    # Some of its rows filled in, the rest are named as rows with no label, as in any file.
    todo = pd.read_csv(folder / "todo.csv", dtype=str, keep_default_na=False)
    todo.loc[0, "labels"] = "rail"
    todo.to_csv(folder / "todo.csv", index=False)
    assert main(["check", str(folder)]) == 2
    assert re.search(r"rows? 'todo.csv:\d+'.* no label", capsys.readouterr().err)
    # A review: a file of suggestions of one's own, with no labels column and no reasons, is no
    # batch suggest wrote: it is named as a file without the labels column the others have (its
    # rows were named as rows with no label, before a folder's files had to have it: 5ded2338).
    (folder / "todo.csv").unlink()
    (folder / "scores.csv").write_text("text,predicted_labels\nCoal is dirty,rail\n")
    assert main(["check", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "a batch stance suggest wrote" not in err, err
    assert "'scores.csv' has no column 'labels', which 'labelled.csv' has; its columns: ['text', " \
           "'predicted_labels']. Name the column alike in every file, or move 'scores.csv' out" in err, err


def test_a_parquet_column_of_label_lists_beside_predicted_labels_is_filled(tmp_path, transport_model):
    # A review: the check for suggest's unfilled labels truth-tested each cell (cell != cell), and a
    # Parquet labels column of lists, read as arrays, raised "The truth value of an array with more
    # than one element is ambiguous" in evaluate and train, where before that check it was scored.
    frame = transport_frame(per_label=10, seed=3)
    frame["labels"] = [[label, "rail"] if i % 3 == 0 and label != "none" else [label]
                       for i, label in enumerate(frame["labels"])]
    frame["predicted_labels"] = "rail"
    frame.to_parquet(tmp_path / "batch.parquet")
    scored = stance.evaluate(transport_model, tmp_path / "batch.parquet")
    joined = frame.drop(columns="predicted_labels").assign(labels=frame["labels"].map("|".join))
    assert scored.metrics == stance.evaluate(transport_model, joined).metrics
    assert scored.metrics["top1_in_gold"] > 0.9
    # A column of empty lists in every row is the batch left unfilled, refused as a blank column is.
    frame.assign(labels=[[] for _ in range(len(frame))]).to_parquet(tmp_path / "unfilled.parquet")
    with pytest.raises(stance.InvalidInputError, match="the column is empty in every row of a batch"):
        stance.evaluate(transport_model, tmp_path / "unfilled.parquet")


@pytest.mark.parametrize(
    "argv",
    [["suggest"], ["suggest", "/no/such.csv"], ["check", "/no/such.csv"],
     ["check", "tests/data/energy.csv", "--folds", "1"], ["check", "tests/data/energy.csv", "-n", "0"],
     ["suggest", "tests/data/energy.csv", "--strategy", "nope"]],
)
def test_cli_bad_usage_exits_2_with_one_line(capsys, argv, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    assert main(argv) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_suggest_says_when_near_duplicates_leave_fewer_than_n():
    pool = [f"We must send more shells to Ukraine now, says speaker {i}." for i in range(6)]
    with pytest.warns(stance.StanceWarning, match="only 1 of the n=5"):
        chosen = stance.suggest(None, pool, n=5)
    assert len(chosen) == 1
    assert len(stance.suggest(None, pool, n=5, max_similarity=None)) == 5
    with pytest.warns(stance.StanceWarning, match=r"only 1 of the 6 statements that could be suggested \(n=50"):
        stance.suggest(None, pool, n=50)


def test_a_label_too_rare_to_cross_validate_is_flagged_not_refused(energy_frame):
    # `stance check` refused a whole file for one misspelt label (the eighth user audit).
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "nucelar"
    frame.loc[9, "labels"] = "hydrogen"
    issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.index[0] == 5 and issues.issue[5] == "rare label" and issues.score[5] == 1.0
    assert issues.suggested_label[5] == "nuclear"  # the label it misspells
    # A label like no other may be rare, not wrong: a model's pick, unscored, after the rows checked.
    assert issues.index[-1] == 9 and issues.issue[9] == "rare label" and np.isnan(issues.score[9])
    assert issues.suggested_label[9] in {"gas", "none", "nuclear", "renewables"}
    assert (issues.issue[1:-1] != "rare label").all() and len(issues) > 2  # the rest is still checked
    every_label_rare = pd.DataFrame({"text": [f"statement number {i}" for i in range(6)],
                                     "labels": ["a", "b", "c", "d", "e", "f"]})
    with pytest.raises(stance.InvalidInputError, match=r"too few rows to cross-validate with any number of folds"):
        stance.find_label_issues(every_label_rare)



def test_labels_too_few_for_the_threshold_folds_given_are_offered_fewer_folds_as_training_offers(energy_frame):
    # An audit: with threshold_folds=50 on a file of 40 rows, stance check said only to add
    # rows, where training offered threshold_folds=4, which keeps the thresholds' tuning on.
    with pytest.raises(stance.InvalidInputError) as trained:
        stance.train(energy_frame, stance_column="stance", threshold_folds=20)
    offered = re.search(r"Pass (threshold_folds=(\d+) \(on the command line --option threshold_folds=\d+\))",
                        str(trained.value))
    assert offered is not None, trained.value
    with pytest.raises(stance.InvalidInputError, match=rf"a training fold needs 20 rows of every label; pass "
                                                       rf"{re.escape(offered[1])}, which needs"):
        stance.find_label_issues(energy_frame, stance_column="stance", threshold_folds=20)
    with warnings.catch_warnings():  # followed, the check runs
        warnings.simplefilter("ignore", stance.StanceWarning)
        stance.find_label_issues(energy_frame, stance_column="stance", threshold_folds=int(offered[2]))


def test_a_rare_label_joining_known_labels_is_suggested_them_joined_by_a_bar(energy_frame):
    # A teacher's audit: "climate_action;economy" was suggested "climate_action" alone, score
    # 1.0, as a typo of it, while the warning of the same run said to join them with '|'.
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "nuclear;gas"
    frame.loc[9, "labels"] = "renewables, gas"
    with pytest.warns(stance.StanceWarning, match=r"join them with '\|'"):
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert set(issues.index[:2]) == {5, 9} and (issues.issue[[5, 9]] == "rare label").all()
    assert issues.suggested_label[5] == "nuclear|gas" and issues.suggested_label[9] == "renewables|gas"
    assert (issues.score[[5, 9]] == 1.0).all()
    # A part that is no label given elsewhere: no joined suggestion.
    frame.loc[9, "labels"] = "renewables;hydrogen"
    issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[9] != "renewables|hydrogen"


def test_a_rare_joined_label_beside_another_label_is_suggested_the_whole_cell(energy_frame):
    # A review of 339aa1e: "nuclear|gas;renewables" was suggested "gas|renewables", dropping
    # "nuclear": suggested_label replaces the whole cell, so it keeps the cell's other labels.
    frame = energy_frame.copy()
    frame.loc[5, "labels"] = "nuclear|gas;renewables"
    frame.loc[9, "labels"] = "gas|nuclear, gas"
    with pytest.warns(stance.StanceWarning, match=r"join them with '\|'"):
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[5] == "nuclear|gas|renewables" and issues.score[5] == 1.0
    assert issues.suggested_label[9] == "gas|nuclear" and issues.score[9] == 1.0


def test_a_rare_label_that_is_a_known_label_holding_a_comma_written_otherwise_is_that_label(energy_frame):
    # A review of 339aa1e: beside "peace", "security" and "peace, security" (a label holding a
    # comma), "Peace, Security" was suggested "peace|security" and its two spellings went
    # unwarned: a cell equal to a known label but for case or spacing is that label.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "peace", "gas": "security", "renewables": "peace, security"})
    frame.loc[5, "labels"] = "Peace,  Security"
    assert (frame.labels == "peace, security").sum() == 14
    with pytest.warns(stance.StanceWarning, match=r"written two ways.*'Peace,  Security' \(1: row 5\)"):
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[5] == "peace, security" and issues.score[5] == 1.0


def test_a_rare_label_joining_the_off_topic_label_is_suggested_the_others_alone(energy_frame):
    # A review of 339aa1e: "renewables, none" was suggested "renewables|none", score 1.0, a cell
    # training refuses ("'none' stands alone"); the off-topic label joins no other.
    frame = energy_frame.copy()
    frame.loc[9, "labels"] = "renewables, none"
    frame.loc[5, "labels"] = "none;gas"
    # The warning says so too: it said "join them with '|'", as one cell, of both.
    with pytest.warns(stance.StanceWarning, match=r"the off-topic label 'none' stands alone in a cell"):
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[9] == "renewables" and issues.suggested_label[5] == "gas"
    assert (issues.score[[5, 9]] == 1.0).all()
    # Named otherwise by --none-label, it is that label that stands alone.
    frame.loc[frame.labels == "none", "labels"] = "off_topic"
    frame.loc[5, "labels"] = "off_topic;gas"
    with pytest.warns(stance.StanceWarning, match=r"'off_topic' stands alone in a cell: label it 'gas'"):
        issues = stance.find_label_issues(frame, stance_column="stance", none_label="off_topic")
    assert issues.suggested_label[5] == "gas"


def test_a_rare_label_misspelling_another_rare_label_is_suggested_that_label_and_the_correct_rows_are_not_accused():
    # Both rare at 3 folds, "ukraine_suport" was compared with the common labels only: all
    # three rows were suggested "none", with score 1.0, first.
    texts = [f"Statement number {i} about things." for i in range(12)]
    labels = ["unity"] * 4 + ["none"] * 5 + ["ukraine_support"] * 2 + ["ukraine_suport"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)  # these fold models are no better than chance
        issues = stance.find_label_issues(pd.DataFrame({"text": texts, "labels": labels}), folds=3)
    assert issues.index[0] == 11 and issues.suggested_label[11] == "ukraine_support" and issues.score[11] == 1.0
    correct = issues.loc[[9, 10]]
    assert (correct.issue == "rare label").all() and correct.score.isna().all()
    assert issues.index[-2:].tolist() == [9, 10]  # after every row the fold models could judge


def test_a_rare_but_correct_subcode_is_not_flagged_as_a_typo_of_its_sibling():
    # A user audit of a Manifesto-style coder: '201.1' (2 rows) beside '201.2' (30 rows) was
    # flagged a certain misspelling, suggested '201.2' with score 1.0, first of all the rows,
    # though the README says a correct label that is merely rare is not accused.
    draw = random.Random(0)
    words = {code: [f"{code.replace('.', 'x')}w{i}" for i in range(6)] for code in ["000", "413", "505", "201.2",
                                                                                     "201.1"]}
    fillers = ["we", "will", "the", "our", "party", "must", "ensure"]
    codes = ["000"] * 150 + ["413"] * 150 + ["505"] * 60 + ["201.2"] * 30 + ["201.1"] * 2
    data = pd.DataFrame({"text": [" ".join(draw.sample(words[code], 3) + draw.sample(fillers, 3))
                                  for code in codes], "codes": codes})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(data, labels_column="codes", none_label="000")
    rare = issues[issues.codes == "201.1"]
    assert rare.index.tolist() == [390, 391] and (rare.issue == "rare label").all()
    assert rare.score.isna().all() and rare.label_score.isna().all()  # unjudged, not accused
    assert issues.index[-2:].tolist() == [390, 391], issues.head()  # after every row the fold models judged
    assert not any("201.1" in str(w.message) for w in caught), [str(w.message) for w in caught]
    # With the same numbers, a rare name is a typo still: a decimal comma.
    data.loc[391, "codes"] = "201,2"
    issues = stance.find_label_issues(data, labels_column="codes", none_label="000")
    assert issues.index[0] == 391 and issues.suggested_label[391] == "201.2" and issues.score[391] == 1.0


@pytest.mark.parametrize(("one", "other", "rows"), [("deterence", "deterrrence", 2),
                                                     ("eastern_flank", "eastern-flank", 3)])
def test_two_equally_rare_spellings_of_one_label_are_named_as_twins(energy_frame, tmp_path, capsys, one, other, rows):
    # A rare label was suggested a close label only if that one had more rows: two spellings
    # of one label with as many rows each were suggested neither, with no word of the other.
    frame = energy_frame.copy()
    frame.loc[[1, 3, 5][:rows], "labels"] = one
    frame.loc[[7, 9, 11][:rows], "labels"] = other
    at = {one: ", ".join(map(str, [1, 3, 5][:rows])), other: ", ".join(map(str, [7, 9, 11][:rows]))}
    first, second = sorted(at)  # named in the order of their names, whatever the order of the rows
    twins = (f"labels: '{first}' ({rows}: rows {at[first]}) and '{second}' ({rows}: rows {at[second]}) look like "
             f"one label spelt two ways")
    with pytest.warns(stance.StanceWarning, match=re.escape(twins)) as caught:
        issues = stance.find_label_issues(frame, stance_column="stance")
    message = next(str(w.message) for w in caught if twins in str(w.message))
    assert "pick one spelling for all of their rows" in message, message
    # Neither is guessed to be the right one: their rows are still rare labels, unscored.
    rare = issues[issues.labels.isin([one, other])]
    assert len(rare) == 2 * rows and (rare.issue == "rare label").all() and rare.score.isna().all()
    assert not rare.suggested_label.isin([one, other]).any()
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv"), "--stance-column", "stance"]) == 0
    assert twins in capsys.readouterr().err
    # With one spelling given more often, it is suggested for the other, without a word of twins.
    frame.loc[13, "labels"] = other
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert not [w for w in caught if "spelt two ways" in str(w.message)]
    assert (issues.loc[[1, 3, 5][:rows], "suggested_label"] == other).all()


def test_many_pairs_of_equally_rare_spellings_are_named_five_with_their_rows_and_the_others_counted(energy_frame):
    # Each pair was named with its rows, however many: 40 pairs made a warning of 2,841
    # characters (hundreds, of a column of codes, thousands), where training's refusals of
    # twins name five groups in full, list twenty and count the rest.
    names = [f"categor{chr(97 + k % 26)}{chr(97 + k // 26)}y" for k in range(30)]
    extra = pd.DataFrame({"text": [f"{energy_frame.text.iloc[i % len(energy_frame)]} ({i})" for i in range(120)],
                          "labels": [name + "y" * (i % 4 >= 2) for name in names for i in range(4)],
                          "stance": None})
    frame = pd.concat([energy_frame[["text", "labels", "stance"]], extra], ignore_index=True)
    first = len(energy_frame)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.find_label_issues(frame, stance_column="stance")
    [twins] = [str(w.message) for w in caught if "look like one label spelt two ways" in str(w.message)]
    # In the order of their names: categoraay, categorbay, …, categorzay, categorabay, …
    ordered = sorted(names)
    assert twins.startswith(f"labels: '{ordered[0]}' (2: rows {first}, {first + 1}) and '{ordered[0]}y' (2: rows "
                            f"{first + 2}, {first + 3}); '{ordered[1]}' (2: rows "), twins
    assert f"; and 25 more: '{ordered[5]}' and '{ordered[5]}y', '{ordered[6]}' and '{ordered[6]}y', " in twins
    assert twins.endswith(f"'{ordered[24]}' and '{ordered[24]}y' and 5 more groups look like one label spelt two "
                          f"ways, with as many rows each, so the check suggests neither for the other; pick one "
                          f"spelling for all of their rows"), twins


def test_a_label_written_with_two_separators_is_refused_or_named_by_the_check(energy_frame, tmp_path, capsys):
    # 'arms-control' in 6 rows beside 'arms_control' in 3: `stance check` suggested 'arms-control'
    # for the right rows with no word of the other spelling, and training took them as two labels.
    frame = energy_frame.replace({"labels": {"renewables|gas": "renewables"}})
    gas = frame.index[frame.labels == "gas"]
    frame.loc[gas, "labels"] = ["natural_gas"] * 10 + ["natural-gas"] * 6
    # Both with rows enough to be checked: refused, as training refuses them, by the data's rows
    # (each fold's fit said "'Gas' (3) and 'gas' (3)", counting the fold's rows, naming none).
    refused = (rf"^labels: label names differ only in the hyphens, underscores or spaces between their words: "
               rf"'natural-gas' \(6: rows {gas[10]}, {gas[11]}, {gas[12]} and 3 more\) and 'natural_gas' \(10: rows "
               rf"{gas[0]}, {gas[1]}, {gas[2]} and 7 more\); use 'natural_gas', the commonest, in every row$")
    with pytest.raises(stance.InvalidInputError, match=refused):
        stance.find_label_issues(frame, stance_column="stance")
    with pytest.raises(stance.InvalidInputError, match=refused):
        stance.cross_validate(frame)
    # One too rare to check is suggested the other, with a word that they are one label.
    frame.loc[gas[3:10], "labels"] = "natural-gas"
    frame.to_csv(tmp_path / "data.csv", index=False)
    with pytest.warns(stance.StanceWarning, match=re.escape(
            f"labels: a label is written two ways (in case or in the hyphens, underscores or spaces between words), "
            f"which training refuses: 'natural_gas' (3: rows {gas[0]}, {gas[1]}, {gas[2]}) and 'natural-gas' (13: rows "
            f"{gas[3]}, {gas[4]}, {gas[5]} and 10 more); the check suggests the commoner spelling for the rarer's "
            f"rows, but use whichever is your scheme's in every row")):
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert (issues.loc[gas[:3], "suggested_label"] == "natural-gas").all()
    assert main(["check", str(tmp_path / "data.csv")]) == 0
    assert capsys.readouterr().err.count("a label is written two ways") == 1


def test_a_stance_typo_too_rare_to_check_is_named_as_a_typo_before_the_folds(energy_frame, tmp_path, capsys):
    # Two 'favr' rows: `stance check` stopped at "the training rows of fold 3 of 5 keep too few
    # rows of 'favr' (1 of 2) ... add rows of 'favr'", advice to add rows of a typo, while
    # training named it "a typo of 'favor'?" (a user audit).
    frame = energy_frame.copy()
    favor = frame.index[frame.stance == "favor"]
    frame.loc[favor[[0, 5]], "stance"] = "favr"
    typo = rf"'favr' \(2: rows {favor[0]}, {favor[5]}; a typo of 'favor'\?\)"
    with pytest.raises(stance.InvalidInputError, match=rf"^stance_column='stance': with more than two stance values "
                                                       rf"each needs at least 3 examples to cross-validate .*; too "
                                                       rf"few for {typo}\. Correct or merge these values$"):
        stance.find_label_issues(frame, stance_column="stance")
    with pytest.raises(stance.InvalidInputError, match=rf"too few for {typo}"):
        stance.train(frame, stance_column="stance")
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv")]) == 2
    err = capsys.readouterr().err
    assert "a typo of 'favor'?" in err and "add rows of 'favr'" not in err, err


def test_a_stance_value_spelt_two_ways_is_warned_of_once_naming_its_rows(energy_frame, tmp_path, capsys):
    # Three 'favr' rows, enough to be a class: `stance check` printed "look like one value spelt
    # two ways" once per fold (5 times), with each fold's counts and no row.
    frame = energy_frame.copy()
    favor = frame.index[frame.stance == "favor"]
    frame.loc[favor[[0, 1, 3]], "stance"] = "favr"
    spelt = (f"stance_column='stance': stance values look like one value spelt two ways: 'favor' (21) and 'favr' "
             f"(3: rows {favor[0]}, {favor[1]}, {favor[3]}); they train as different values: merge them if they "
             f"are one")
    assert _spelling_warnings_of_check_and_cross_validation(frame) == [[spelt], [spelt]]
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv")]) == 0
    assert capsys.readouterr().err.count("spelt two ways") == 1
    with pytest.warns(stance.StanceWarning, match=re.escape(spelt.replace("stance_column='stance'", "stance"))):
        stance.train(frame, stance_column="stance")


def _spelling_warnings_of_check_and_cross_validation(frame) -> list[list[str]]:
    """The "spelt two ways" warnings find_label_issues, then cross_validate, give of ``frame``."""
    said = []
    for call in (lambda: stance.find_label_issues(frame, stance_column="stance"),
                 lambda: stance.cross_validate(frame, threshold_folds=0)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        said.append([str(w.message) for w in caught if "spelt two ways" in str(w.message)])
    return said


def test_a_label_spelt_two_ways_is_warned_of_once_naming_its_rows(energy_frame, tmp_path, capsys):
    # 'renewable' in five rows beside 'renewables': the check and cross-validation said nothing.
    frame = energy_frame.copy()
    rows = frame.index[frame.labels == "renewables"][:5]
    frame.loc[rows, "labels"] = "renewable"
    spelt = (f"labels: label names look like one name spelt two ways: 'renewable' (5: rows "
             f"{', '.join(map(str, rows))}) and 'renewables' (11); they train as two labels: correct the rows of the "
             f"misspelt one, or keep both if they are two")
    assert _spelling_warnings_of_check_and_cross_validation(frame) == [[spelt], [spelt]]
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv")]) == 0
    assert capsys.readouterr().err.count("spelt two ways") == 1


@pytest.mark.parametrize(("one", "other", "moved"), [("pro_us", "pro_uk", 8), ("right", "rights", 8),
                                                     ("frame_a", "frame_b", 5), ("Russia", "Prussia", 5)])
def test_two_labels_of_a_scheme_one_edit_apart_are_not_warned_of_by_the_check(energy_frame, tmp_path, capsys,
                                                                               one, other, moved):
    # 'pro_us' and 'pro_uk', 8 rows each: `stance check` and `stance train` warned on every run
    # that they looked like one name spelt two ways, listing every row of both.
    frame = energy_frame.replace({"labels": {"renewables|gas": "renewables"}})
    nuclear = frame.index[frame.labels == "nuclear"]
    frame.loc[nuclear, "labels"] = one
    frame.loc[nuclear[:moved], "labels"] = other
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv")]) == 0
    assert main(["train", str(tmp_path / "data.csv"), "-o", str(tmp_path / "m")]) == 0
    assert "spelt two ways" not in capsys.readouterr().err


def test_a_check_whose_fold_models_are_no_better_than_guessing_warns_that_its_flags_are_unreliable(
        energy_frame, tmp_path, capsys):
    # On 12 rows of numbered statements 5 of them were flagged, without a word that the fold
    # models had learnt nothing; on the energy corpus's labels they beat the commonest label.
    texts = [f"Statement number {i} about things." for i in range(12)]
    noise = pd.DataFrame({"text": texts, "labels": ["unity"] * 6 + ["none"] * 6})
    with pytest.warns(stance.StanceWarning, match=r"no better than always guessing the commonest label \('none', 50%\)"
                                                  r".*the flags are unreliable"):
        stance.find_label_issues(noise, folds=3)
    noise.to_csv(tmp_path / "noise.csv", index=False)
    assert main(["check", str(tmp_path / "noise.csv"), "--folds", "3"]) == 0
    assert "the flags are unreliable" in capsys.readouterr().err
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.find_label_issues(energy_frame)
    assert not [w for w in caught if "no better than" in str(w.message)]
    # Its stance is another matter: cross_validate gives a stance accuracy of 0.31, for 0.5 by guessing
    # (35% out of fold here; 33% before the cannot option, as two of its statements say "cannot").
    with pytest.warns(stance.StanceWarning, match=r"picked the given stance for 35% of the rows with one, no better "
                                                  r"than always guessing 'against' \(50%\)"):
        stance.find_label_issues(energy_frame, stance_column="stance")


def test_a_rare_miswritten_off_topic_label_without_a_stance_is_flagged_not_refused(energy_frame, tmp_path, capsys):
    # `stance check` stopped at "row 48 has a target but no stance" for an off-topic row
    # labelled "NONE": the tool meant to find such mislabels could not run.
    frame = energy_frame.copy()
    frame.loc[48, "labels"] = "NONE"
    frame.loc[49, "labels"] = "nnoe"
    issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.index[:2].tolist() == [48, 49] and set(issues.issue[:2]) == {"rare label"}
    assert issues.suggested_label[:2].tolist() == ["none", "none"]
    assert (issues.issue[2:] != "rare label").all()  # the rest is still checked
    frame.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv")]) == 0
    printed = capsys.readouterr().out
    # No stance given, none suggested: "-", as the printed tables show a missing value (f857ba3; -o writes
    # empty cells), not "NaN" and "None".
    assert re.search(r"rare label\s+NONE\s+-\s+none\s+-\s+1.0", printed) and not re.search(r"\bN(one|aN)\b", printed)


def test_too_many_folds_are_refused_with_the_most_that_work(capsys, tmp_path):
    # `stance check --folds 100` on a small file said "too few rows with common labels to
    # check (0 rows)": nothing about the folds, nor what to pass instead.
    from stance.cli import main

    words = ["wind", "solar", "turbine", "panel", "grid", "hello", "morning", "welcome", "thanks", "bye", "tide"]
    data = pd.DataFrame({"text": [f"{word} statement {i}" for i, word in enumerate(words)],
                         "labels": ["a"] * 6 + ["b"] * 4 + ["c"]})
    # At 5 folds only "a" has 5 rows (b's are set apart as rare): no two labels to tell apart.
    # At 4, "a" and "b" each keep at least 2 rows in every training fold, and "c" is rare.
    for folds, message in ((100, "the data have 11 labelled rows, fewer than the 100 folds"),
                           (5, r"only 1 label \('a', 6 rows\) has 5 rows or more")):
        with pytest.raises(stance.InvalidInputError, match=rf"folds={folds}: {message}.*; pass folds=4 or fewer$"):
            stance.find_label_issues(data, folds=folds)
    assert stance.find_label_issues(data, folds=4, none_label=None).issue.iloc[-1] == "rare label"  # "c": last
    data.to_csv(tmp_path / "small.csv", index=False)
    assert main(["check", str(tmp_path / "small.csv"), "--folds", "100"]) == 2
    assert capsys.readouterr().err == ("stance check: --folds=100: the data have 11 labelled rows, fewer than the "
                                       "100 folds; pass --folds=4 or fewer\n")


def test_cross_validation_warns_of_the_data_once_not_once_a_fold(capsys, tmp_path):
    # Each fold's model warned that no row has the label "none": `stance check` printed the
    # same line five times for five folds (cross_validate too).
    import warnings

    from stance.cli import main

    words = ["wind", "solar", "turbine", "panel", "grid", "tidal", "hello", "morning", "welcome", "thanks", "bye",
             "cheers"]
    data = pd.DataFrame({"text": [f"{word} statement {i}" for i in range(3) for word in words],
                         "labels": (["energy"] * 6 + ["greeting"] * 6) * 3})
    for call in (lambda: stance.find_label_issues(data, folds=5),
                 lambda: stance.cross_validate(data, folds=5, threshold_folds=0)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # every warning given, as a fresh process shows them
            call()
        assert [str(w.message)[:40] for w in caught] == ["none_label='none' is the label of no row"]
    data.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv"), "--folds", "5"]) == 0
    assert capsys.readouterr().err.count("is the label of no row") == 1


def test_check_and_train_name_a_text_labelled_two_ways_once_by_the_data_s_rows(capsys, tmp_path, energy_frame):
    # The same statement, exported twice with different labels: the check and training said
    # nothing of it, and each fold's fit would have named the rows by their place in the fold.
    import warnings

    data = energy_frame[["text", "labels", "stance"]].reset_index(drop=True)
    copy = data.iloc[[3]].assign(labels="gas", stance="against")
    data = pd.concat([data, copy], ignore_index=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.find_label_issues(data, stance_column="stance", folds=4)
    found = [str(w.message) for w in caught if "several rows" in str(w.message)]
    assert len(found) == 1
    assert "'renewables' (favor) in row 3, 'gas' (against) in row 64" in found[0]
    data.to_csv(tmp_path / "data.csv", index=False)
    assert main(["check", str(tmp_path / "data.csv"), "--folds", "4"]) == 0
    assert capsys.readouterr().err.count("'gas' (against) in row 64") == 1
    assert main(["train", str(tmp_path / "data.csv"), "--stance-column", "stance", "-o", str(tmp_path / "m")]) == 0
    assert capsys.readouterr().err.count("'gas' (against) in row 64") == 1


def test_too_many_folds_are_refused_with_the_fold_counts_that_work_not_n_or_fewer():
    # "pass folds=6 or fewer" for six rows of wind, six of coal and three of solar: at 2 folds
    # solar's three rows count (not rare) and a training fold keeps one of them, too few, so
    # folds=2 was refused too. The counts that work are 3 to 6.
    texts = ["wind farms now", "more wind turbines", "offshore wind parks", "wind power grows", "onshore wind",
             "wind auctions", "coal plants close", "no more coal", "coal mines shut", "coal power ends",
             "phase out coal", "coal subsidies cut", "solar panels on roofs", "solar farms grow", "cheap solar"]
    data = pd.DataFrame({"text": texts, "labels": ["wind"] * 6 + ["coal"] * 6 + ["solar"] * 3})
    with pytest.raises(stance.InvalidInputError, match=r"^folds=10: .*; pass folds=3 to 6$"):
        stance.find_label_issues(data, folds=10, none_label=None)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=2: "):
        stance.find_label_issues(data, folds=2, none_label=None)
    for folds in (3, 6):
        stance.find_label_issues(data, folds=folds, none_label=None)  # each count named is taken


def test_too_many_folds_are_refused_with_the_most_that_the_different_texts_allow():
    # Rows with one text stay in one fold, but the hint counted rows: 12 rows of 4 texts were
    # told "pass folds=6 or fewer", which the folds then refused for having only 4 texts.
    data = pd.DataFrame({"text": ["wind farms now", "build solar panels", "hello everyone", "good morning all"] * 3,
                         "labels": ["energy", "energy", "none", "none"] * 3})
    with pytest.raises(stance.InvalidInputError, match=r"^folds=10: no label has 10 rows.*; pass folds=4 or fewer$"):
        stance.find_label_issues(data, folds=10)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=6: the rows to check hold 4 different texts, fewer "
                                                       r"than the 6 folds .*; pass folds=4 or fewer$"):
        stance.find_label_issues(data, folds=6)
    assert len(stance.find_label_issues(data, folds=4)) == 0  # the number suggested is taken
    same = pd.DataFrame({"text": ["wind farms now"] * 12, "labels": ["energy", "none"] * 6})
    with pytest.raises(stance.InvalidInputError, match=r"^labels: every row holds the same text"), \
            pytest.warns(stance.StanceWarning, match="given in several rows with different labels"):
        stance.find_label_issues(same, folds=3)


def _said(call) -> tuple[list[str], str | None]:
    """The warnings ``call`` gives, in order, and the error it stops with (None if none)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            call()
            error = None
        except stance.InvalidInputError as exc:
            error = str(exc)
    return [str(w.message).split(":")[0] + ": " + str(w.message).split(" ")[1] for w in caught], error


@pytest.mark.parametrize("folds", [2, 9])
def test_the_label_check_and_cross_validation_check_the_whole_data_in_one_order(folds):
    # One bad file: a label "energy; none" (two labels joined), a text given twice with two
    # labels, and a stance value of one row. Cross-validation warned of the copies before the
    # joined label, and the label check of the joined label only, refusing the stance value (or
    # the 9 folds, more than the 8 texts) before it looked for copies: both now check as training
    # does, joined labels, then stance values, then copies, before drawing folds. Cross-validation
    # names the joined label too rare to train beside them, as training does; the label check sets
    # it apart as a row to flag.
    data = pd.DataFrame({
        "text": ["wind farms now", "more solar panels", "build turbines", "solar now",
                 "hello all", "good morning", "welcome everyone", "hello all", "wind and hello"],
        "labels": ["energy"] * 4 + ["none", "none", "none", "energy", "energy; none"],
        "stance": ["favor", "against", "favor", "against", None, None, None, "favor", "neutral"],
    })
    check = _said(lambda: stance.find_label_issues(data, folds=folds, stance_column="stance", threshold_folds=0))
    cross = _said(lambda: stance.cross_validate(data, folds=folds, stance_column="stance", threshold_folds=0))
    assert check[0] == cross[0] == ["labels: 'energy;"]
    assert check[1].startswith("stance_column='stance': ")
    assert cross[1].startswith("2 problems:\n  (1) labels: each label needs at least 2 examples; too few for "
                               "'energy; none' (1: row 8; ") and cross[1].endswith(f"\n  (2) {check[1]}"), cross[1]


def test_suggest_reads_a_file_in_the_encoding_given(tmp_path):
    # A pool exported by a Windows spreadsheet is Latin-1; its decode error told users to
    # pass encoding=, which suggest did not take.
    pool = tmp_path / "pool.csv"
    french = "La d\u00e9fense de l'Europe commence \u00e0 Kyiv."
    pool.write_bytes(f"text\n{french}\nMore tanks for Kyiv.\n".encode("latin-1"))
    with pytest.raises(stance.InvalidInputError, match="encoding"):
        stance.suggest(None, str(pool), n=2)
    chosen = stance.suggest(None, str(pool), n=2, encoding="latin-1", max_similarity=None)
    assert sorted(chosen.text) == [french, "More tanks for Kyiv."]


def test_retweets_of_one_statement_are_suggested_once():
    # A social-media audit: 200 retweets of one statement, each naming its own account and
    # with its own t.co link, filled all 10 suggestions, since the handles and the links'
    # pieces, unique to each, held the cosine of two of them to 0.06-0.56 (median 0.08, all but
    # one pair in 19,900 under 0.35). What tells posts apart for the diversity step is their
    # words, not those.
    from stance.similarity import content_words, tfidf_unit_vectors

    rng = random.Random(0)
    base = "NATO must stay united against Russian aggression"
    retweets = [f"RT @user_{rng.randrange(10**4)}: {base} https://t.co/{rng.randrange(16**7):07x}" for _ in range(200)]
    others = ["Bring the brigade home.", "More air defence for Kyiv now!", "NATO is obsolete.", "Great lunch today",
              "Article 5 is sacred."]
    with pytest.warns(stance.StanceWarning, match="only 6 of the n=10"):
        chosen = stance.suggest(None, retweets + others, n=10)
    assert sum(text in retweets for text in chosen["text"]) == 1 and set(others) <= set(chosen["text"])
    x = tfidf_unit_vectors(retweets + others, posts=True)
    assert (x[0] @ x[1].T).toarray()[0, 0] == pytest.approx(1.0)
    assert content_words(retweets[0]) == content_words(base) == base.lower().split()
    # "RT" is a word where it opens no retweet, and an address's words are no handle.
    assert content_words("RT is Russian state media, @NATO_1 says; RT @a: RT @b_2: mail me@nato.int") == [
        "rt", "is", "russian", "state", "media", "says", "mail"]


def test_dotted_and_mastodon_handles_are_no_words_to_the_diversity_step():
    # The diversity step cut a Bluesky handle at its first dot, as the analyzer did before its
    # handles option: "@kyiv.bsky.social Agreed." and "@warsaw.bsky.social Nonsense." were
    # "bsky", "social" and one word each, at a cosine of 3 / (3 + 2 * (1 + ln 1.5)^2) = 0.43 of
    # each other, and the second was skipped as a near-duplicate of the first; the same thanks
    # to "@nato.int" and to "@kyiv-independent.bsky.social" differed by "int" against
    # "independent", "bsky" and "social". A handle is read as the analyzer reads it, and is no
    # word: the replies share no word (cosine 0), the thanks are the same words (cosine 1).
    from stance.similarity import content_words, tfidf_unit_vectors

    replies = ["@kyiv.bsky.social Agreed.", "@warsaw.bsky.social Nonsense."]
    thanks = ["Thanks @nato.int for the briefing.", "Thanks @kyiv-independent.bsky.social for the briefing.",
              "Thanks @rutte@mastodon.social for the briefing."]
    assert [content_words(text) for text in replies] == [["agreed"], ["nonsense"]]
    assert {tuple(content_words(text)) for text in thanks} == {("thanks", "for", "the", "briefing")}
    x = tfidf_unit_vectors(replies + thanks, posts=True)
    cosines = (x @ x.T).toarray()
    assert cosines[0, 1] == 0.0 and cosines[2:, 2:] == pytest.approx(np.ones((3, 3)))
    with pytest.warns(stance.StanceWarning, match="only 3 of the n=5"):
        chosen = stance.suggest(None, replies + thanks, n=5)
    assert set(replies) <= set(chosen["text"]) and sum(text in thanks for text in chosen["text"]) == 1


def _one_at_a_time(texts, order, n, max_similarity):
    """The diversity walk as it was before blocks: one candidate's cosines at a time."""
    from stance import similarity

    wordless = [not similarity.content_words(text) for text in texts]
    x = similarity.tfidf_unit_vectors(texts, posts=True)
    chosen = []
    for i in order:
        if wordless[i]:
            if any(wordless[k] for k in chosen):
                continue
        elif chosen and (x[chosen] @ x[i].T).max() > max_similarity:
            continue
        chosen.append(int(i))
        if len(chosen) == n:
            break
    return chosen


def test_the_diversity_walk_compares_candidates_a_block_at_a_time(monkeypatch):
    # A pool of 200,000 parliamentary sentences whose most uncertain ones repeat each other
    # took 50 s to suggest 20: the walk down the ranking took the cosine of one candidate
    # at a time, two sparse slices and a product each, and cut every text into words twice.
    # It now compares a block of candidates at a time, and keeps what it kept before.
    from stance import labelling, similarity

    rng = random.Random(1)
    words = ["brigade", "home", "tanks", "kyiv", "spend", "unity", "---", "order", "budget", "nurses"]
    pool = [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 4))) for _ in range(700)]
    for n, max_similarity in [(5, 0.35), (40, 0.35), (700, 0.8), (3, 0.0)]:
        order = np.array(rng.sample(range(len(pool)), len(pool)))
        assert labelling._diverse(pool, order, n, max_similarity) == _one_at_a_time(pool, order, n, max_similarity)

    cut, slices = [], []
    content_words, vectors = similarity.content_words, similarity.tfidf_unit_vectors

    class Counted:  # the pool's vectors, counting the slices taken of them
        def __init__(self, x):
            self.x, self.indptr = x, x.indptr

        def __getitem__(self, rows):
            slices.append(rows)
            return self.x[rows]

    monkeypatch.setattr(similarity, "content_words", lambda text: cut.append(text) or content_words(text))
    monkeypatch.setattr(similarity, "tfidf_unit_vectors", lambda *a, **k: Counted(vectors(*a, **k)))
    repeats = ["We must spend more on defence."] * 600 + ["Bring the brigade home."]
    assert labelling._diverse(repeats, np.arange(len(repeats)), 2, 0.35) == [0, 600]
    assert len(cut) <= len(repeats) + 1  # each text cut once (and the first to see the pool has words)
    assert len(slices) <= 12  # three blocks, not two slices for each of the 600 candidates walked


def test_the_diversity_walk_holds_the_statements_kept_a_chunk_at_a_time(monkeypatch):
    # A block's cosines with every statement kept were one dense array: with n as large as a
    # pool of 200,000 distinct sentences, it grew with the statements kept, past 1 GB. They
    # are taken KEPT_CHUNK statements at a time, and the walk keeps the same statements.
    from stance import labelling, similarity

    widest, vectors = [], similarity.tfidf_unit_vectors

    class Counted:  # the pool's vectors, noting the rows of each slice taken of them
        def __init__(self, x):
            self.x, self.indptr = x, x.indptr

        def __getitem__(self, rows):
            widest.append(len(rows))
            return self.x[rows]

    monkeypatch.setattr(labelling, "DIVERSE_BLOCK", 8)
    monkeypatch.setattr(labelling, "KEPT_CHUNK", 5)
    rng = random.Random(2)
    words = ["brigade", "home", "tanks", "kyiv", "spend", "unity", "order", "budget", "nurses", "rail", "ports",
             "farms", "schools", "wages", "courts", "police", "roads", "energy", "water", "housing", "pensions"]
    pool = [" ".join(rng.sample(words, 2)) for _ in range(300)] + ["---", "🙂"] * 3
    order = np.array(rng.sample(range(len(pool)), len(pool)))
    for max_similarity in (0.0, 0.35, 0.7):
        expected = _one_at_a_time(pool, order, len(pool), max_similarity)
        monkeypatch.setattr(similarity, "tfidf_unit_vectors", lambda *a, **k: Counted(vectors(*a, **k)))
        widest.clear()
        assert labelling._diverse(pool, order, len(pool), max_similarity) == expected
        monkeypatch.setattr(similarity, "tfidf_unit_vectors", vectors)
        assert len(expected) > 2 * 5  # the statements kept fill more than one chunk
        assert max(widest) <= 8  # no slice of the kept statements wider than a chunk or a block


def _a_round_of_the_loop(tmp_path, model) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Her labelled rows, and the next batch as stance suggest -o writes it, filled in by her."""
    labelled = transport_frame()
    pool = pd.DataFrame({"text": SINGLE + MIXED, "labels": "", "stance": ""})
    model.save(tmp_path / "model")
    pool.to_csv(tmp_path / "unlabelled.csv", index=False)
    labelled.to_csv(tmp_path / "my_labels.csv", index=False)
    assert main(["suggest", str(tmp_path / "unlabelled.csv"), "--model", str(tmp_path / "model"), "-n", "4",
                 "--exclude", str(tmp_path / "my_labels.csv"), "-o", str(tmp_path / "to_label.csv")]) == 0
    todo = pd.read_csv(tmp_path / "to_label.csv", keep_default_na=False)
    assert len(todo) == 4 and "score" in todo  # the ranking score suggest wrote
    nouns = {noun: label for label, cues in CUES.items() for noun in cues}
    todo["labels"] = ["|".join(dict.fromkeys(nouns[word] for word in text.split() if word in nouns))
                      for text in todo["text"]]
    todo["stance"] = "favor"  # every one says "expand"
    return labelled, todo


def test_check_takes_a_batch_that_went_through_suggest_keeping_its_score_apart(tmp_path, capsys, transport_model):
    # An annotation lead's loop: train, suggest -o to_label.csv, fill it in, concatenate it
    # with her labels; train took the file, and check refused it for suggest's own "score"
    # column ("data already has column(s) ['score'] that the result would overwrite").
    labelled, todo = _a_round_of_the_loop(tmp_path, transport_model)
    todo.loc[0, "labels"] = "air" if todo.loc[0, "labels"] != "air" else "rail"  # one slip of hers
    slip = todo.loc[0, "text"]
    both = pd.concat([labelled, todo], ignore_index=True)
    with pytest.warns(stance.StanceWarning) as caught:
        issues = stance.find_label_issues(both, stance_column="stance")
    said = [str(w.message) for w in caught if "input_score" in str(w.message)]
    assert said == ["data has a column 'score' (as stance suggest writes its ranking score), which the check's "
                    "result names too: it is 'input_score' in the result"]
    assert both.loc[issues.index[0], "text"] == slip and issues["issue"].iloc[0].startswith("label")
    assert issues["score"].between(0, 1).all()  # the check's own score
    ranking = dict(zip(todo["text"], todo["score"]))  # kept, on its rows: NaN on hers
    np.testing.assert_array_equal(issues["input_score"], [ranking.get(text, np.nan) for text in issues["text"]])
    assert "score" in both and "input_score" not in both  # her frame is as it was

    # On the command line: the file she concatenated, and a folder holding both files.
    both.to_csv(tmp_path / "all.csv", index=False)
    (tmp_path / "labels").mkdir()
    labelled.to_csv(tmp_path / "labels" / "my_labels.csv", index=False)
    todo.to_csv(tmp_path / "labels" / "to_label.csv", index=False)
    for data, where in ((tmp_path / "all.csv", repr(str(tmp_path / "all.csv"))),
                        (tmp_path / "labels", f"'to_label.csv' of folder {str(tmp_path / 'labels')!r}")):
        out = tmp_path / "issues.csv"
        assert main(["check", str(data), "-o", str(out)]) == 0
        err = capsys.readouterr().err
        assert (f"stance check: warning: {where} has a column 'score' (as stance suggest writes its ranking "
                f"score), which the check's result names too: it is 'input_score' in the result") in err, err
        written = pd.read_csv(out, keep_default_na=False)
        assert {"input_score", "score", "issue"} <= set(written.columns)
        assert written.loc[0, "text"] == slip


def test_checking_a_checks_own_result_again_does_not_call_its_columns_suggests(tmp_path, capsys, energy_frame):
    # A labelling audit: the rows `stance check -o` flagged, corrected in issues.csv and checked
    # again, were warned of as "has columns 'issue' and … and 'score' (as stance suggest writes
    # its ranking score)": those are the check's own columns, which suggest never writes.
    data, issues = tmp_path / "labels.csv", tmp_path / "issues.csv"
    energy_frame.to_csv(data, index=False)
    assert main(["check", str(data), "--stance-column", "none", "-o", str(issues)]) == 0
    capsys.readouterr()
    assert main(["check", str(issues), "--stance-column", "none", "-o", str(tmp_path / "again.csv")]) == 0
    err = capsys.readouterr().err
    assert (f"{str(issues)!r} has columns 'issue' and 'suggested_label' and 'suggested_stance' and 'label_score' "
            f"and 'stance_score' and 'score' (as an earlier check's result has them), which the check's result "
            f"names too") in err, err
    assert "stance suggest" not in err, err


def test_a_checks_result_is_not_read_again_with_the_folder_it_flagged(tmp_path, capsys, energy_frame):
    # An audit: `stance check F1 -o F1/issues.csv` saved the flagged rows in the folder, and the next
    # train read them beside their own rows, "trained on 60 rows" for 42, without a word; a copy of
    # a file ("todo1_filled (copy).csv") alike. The check again gave every column to every file:
    # "'issues.csv' and 'todo.csv' … has columns 'issue' and … 'score'", todo.csv having a score alone.
    folder = tmp_path / "F1"
    folder.mkdir()
    energy_frame.to_csv(folder / "round1.csv", index=False)
    for data in (folder, folder / "*.csv"):
        assert main(["check", str(data), "--stance-column", "none", "-o", str(folder / "issues.csv")]) == 2
        assert (f"-o {str(folder / 'issues.csv')!r} would be one of the files of "
                f"{'folder' if data == folder else 'glob'} {str(data)!r}, which check reads") in capsys.readouterr().err
        assert not (folder / "issues.csv").exists()
    assert main(["check", str(folder), "--stance-column", "none", "-o", str(tmp_path / "issues.csv")]) == 0
    issues = pd.read_csv(tmp_path / "issues.csv")
    assert 0 < len(issues) < len(energy_frame)
    (folder / "issues.csv").write_bytes((tmp_path / "issues.csv").read_bytes())  # moved in by hand
    with pytest.warns(stance.StanceWarning) as caught:
        read = stance.read_labelled(folder)
    assert len(read) == len(energy_frame) + len(issues)  # read still, but said
    said = [str(w.message) for w in caught if "every text of" in str(w.message)]
    assert said == [f"file read twice: data: folder {str(folder)!r}: every text of 'issues.csv' ({len(issues)} "
                    f"rows) is in "
                    f"'round1.csv' too: its statements are trained on, evaluated or scored twice; move "
                    f"it out if it is a copy or an earlier result ('issues.csv' has the columns of stance check's "
                    f"result: 'issue' and 'suggested_label' and 'suggested_stance' and 'label_score' and "
                    f"'stance_score'; write a check's -o outside the folder it reads)"]
    # A batch suggest wrote, filled in: new statements, not warned of as repeats; its score alone is suggest's.
    pd.DataFrame({"text": ["Wind turbines cut our bills.", "Solar panels on every school roof."],
                  "labels": ["energy", "energy"], "score": [0.9, 0.8]}).to_csv(folder / "todo.csv", index=False)
    assert main(["check", str(folder), "--stance-column", "none"]) == 0
    err = capsys.readouterr().err
    assert (f"'issues.csv' of folder {str(folder)!r} has columns 'issue' and 'suggested_label' and 'suggested_stance' "
            f"and 'label_score' and 'stance_score' and 'score' (as an earlier check's result has them), and "
            f"'todo.csv' has a column 'score' (as stance suggest writes its ranking score), which the check's "
            f"result names too") in err, err
    assert "every text of 'todo.csv'" not in err and "every text of 'issues.csv'" in err
    # A copy of a file: the copy is named, with the file it repeats. (The later in name order was,
    # the original here: a space sorts before ".", so 'todo (copy).csv' comes first; a review.)
    (folder / "issues.csv").unlink()
    (folder / "todo (copy).csv").write_bytes((folder / "todo.csv").read_bytes())
    with pytest.warns(stance.StanceWarning, match=r"every text of 'todo \(copy\).csv' \(2 rows\) is in 'todo.csv' "
                                                  r"too: its statements are trained on, evaluated or scored twice"):
        assert len(stance.read_labelled(folder)) == len(energy_frame) + 4




def test_a_checks_result_moved_into_a_folder_of_several_files_is_named_with_them(tmp_path):
    # A review of b9487acf: a copy became a file every text of which is in ONE other file, so a
    # check's result moved into a folder of several files, a row from each, was scored again unwarned
    # (8 rows for 6 statements). A file with a check's own columns is a result still when its texts
    # are in the other files together, and is named with them; two sittings sharing texts are not.
    folder = tmp_path / "chk"
    folder.mkdir()
    (folder / "a.csv").write_text("text,labels\nWe must send tanks to Ukraine.,ukraine_support\n"
                                  "NATO must spend more.,deterrence\nWe stand united.,unity\n")
    (folder / "b.csv").write_text("text,labels\nRussia threatens the Baltics.,eastern_flank\n"
                                  "Send more jets to Kyiv.,ukraine_support\nAllies agree.,unity\n")
    (folder / "issues.csv").write_text("text,labels,issue,suggested_label\nWe stand united.,unity,rare,deterrence\n"
                                       "Allies agree.,unity,rare,deterrence\n")
    with pytest.warns(stance.RepeatedFileWarning) as caught:
        assert len(stance.score(str(folder), prefix="pred_")) == 8
    assert [str(w.message) for w in caught if isinstance(w.message, stance.RepeatedFileWarning)] == [
        f"file read twice: data: folder {str(folder)!r}: every text of 'issues.csv' (2 rows) is in 'a.csv' and "
        f"'b.csv' too: its "
        f"statements are trained on, evaluated or scored twice; move it out if it is a copy or an "
        f"earlier result ('issues.csv' has the columns of stance check's result: 'issue' and 'suggested_label'; "
        f"write a check's -o outside the folder it reads)"]
    # The same rows without a check's columns are a file sharing texts with two others: no copy.
    (folder / "issues.csv").write_text("text,labels\nWe stand united.,unity\nAllies agree.,unity\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.RepeatedFileWarning)
        assert len(stance.score(str(folder), prefix="pred_")) == 8


@pytest.mark.parametrize("copy", ["todo1_filled (copy).csv", "todo1_filled (1).csv", "Copy of todo1_filled.csv",
                                  "todo1_filled - Copy.csv", "todo1_filled_copy.csv"])
def test_of_a_file_and_its_copy_the_copy_is_named(copy):
    # A review: the README said "of two copies, the later in name order is named", with the example
    # 'todo1_filled (copy).csv'; a space sorts before ".", so beside 'todo1_filled.csv' the original
    # was named ("every text of 'todo1_filled.csv' … is in 'todo1_filled (copy).csv'; move it out").
    # A name that marks a copy is named; two files without a mark, the later in name order still.
    frame = pd.DataFrame({"text": ["We must send tanks to Ukraine.", "NATO must spend more."]})
    names = sorted(["todo1_filled.csv", copy])
    with pytest.warns(stance.RepeatedFileWarning) as caught:
        _warn_of_repeated_files(names, [frame, frame], "text", "folder 'f'")
    assert [str(w.message).split(": its")[0] for w in caught] == [
        f"file read twice: folder 'f': every text of {copy!r} (2 rows) is in 'todo1_filled.csv' too"]
    with pytest.warns(stance.RepeatedFileWarning) as caught:
        _warn_of_repeated_files(["round1.csv", "round2.csv"], [frame, frame], "text", "folder 'f'")
    assert [str(w.message).split(": its")[0] for w in caught] == [
        "file read twice: folder 'f': every text of 'round2.csv' (2 rows) is in 'round1.csv' too"]


def test_repeated_files_are_found_in_time_linear_in_the_files():
    # A review: each file's texts were compared with every other file's, quadratic in the files: a
    # folder of 2,000 daily files of 100 rows read in 12.4 s against 3.1 s before, 4,000 in 84 s.
    # 5,000 one-row files took 2.5 s alone then; one pass over a map of texts takes a tenth.
    # Timed as a ratio, 4x the files against 1x, in the same run: a bound in seconds failed on a
    # machine loaded fourfold (1.4 s of CPU against 1.2), where linear work takes ~4x and quadratic ~16x.
    def cpu_seconds(count: int) -> float:
        frames = [pd.DataFrame({"text": [f"post {k}"]}) for k in range(count)]
        names = [f"{k:04d}.csv" for k in range(count)]
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # no file is a repeat
                _warn_of_repeated_files(names, frames, "text", "folder 'daily'")
            best = min(best, time.process_time() - started)
        return best

    small, large = cpu_seconds(1250), cpu_seconds(5000)
    assert large < 8 * small + 0.05, (small, large)
    # Which files are named: the later of copies, each naming the first file that holds its every
    # text and was not named already; a file whose texts are spread over two others (4.csv) is no copy,
    # and one whose text is in a larger file (2.csv's "c" in 4.csv) is one, as a part of an earlier result.
    frames = [pd.DataFrame({"text": texts}) for texts in (["a", "b"], ["c"], ["a", "b"], ["b", "c"], ["a", "b "])]
    with pytest.warns(stance.StanceWarning) as caught:
        _warn_of_repeated_files(["1.csv", "2.csv", "3.csv", "4.csv", "5.csv"], frames, "text", "folder 'f'")
    assert [str(w.message).split(": their")[0] for w in caught] == [
        "file read twice: folder 'f': 3 files have every text in another file too: '2.csv' (1 row) in '4.csv', "
        "'3.csv' (2 rows) in "
        "'1.csv', '5.csv' (2 rows) in '1.csv'"]

def test_a_folder_of_sittings_sharing_texts_is_no_copy_and_copies_make_one_warning(tmp_path, capsys):
    # A researcher's audit (731 sittings, 200,000 sentences): `stance score sittings -o out.csv` printed
    # 723 warnings (5.5 MB of stderr, one line listing ~730 files), "every text of 's3.csv' (2 rows) is
    # in 's1.csv' and 's2.csv' too", for sittings that shared their boilerplate with others: the check
    # pooled the other files. A copy is a file every text of which is in ONE other file.
    folder = tmp_path / "fp"
    folder.mkdir()
    (folder / "s1.csv").write_text("speaker,text\nA,I thank the Speaker.\nB,We must send more tanks to Ukraine.\n")
    (folder / "s2.csv").write_text("speaker,text\nC,I thank the Speaker.\nD,The sitting is adjourned.\n")
    (folder / "s3.csv").write_text("speaker,text\nE,The sitting is adjourned.\nF,We must send more tanks to Ukraine.\n")
    assert main(["score", str(folder), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    assert "warning" not in capsys.readouterr().err
    # At scale: 300 sittings, each sharing one statement with the sitting before and one with the one after.
    sittings = tmp_path / "sittings"
    sittings.mkdir()
    for k in range(300):
        pd.DataFrame({"text": ["I thank the Speaker.", f"We debate motion {k}.", f"We debate motion {k + 1}.",
                               "The sitting is adjourned."]}).to_csv(sittings / f"{k:03d}.csv", index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no file is a copy
        assert len(stance.score(str(sittings))) == 1200
    # Twelve copies of one sitting make one warning, five named, and one of the sitting's rows out of
    # order is still a copy of it; a file of one of its texts alone is one too (an earlier result's part).
    # The copies are named, each in the sitting they copy ('010 (00).csv' sorts before '010.csv', which
    # was named in it, and the other copies in '010 (00).csv', before a review).
    for k in range(12):
        (sittings / f"010 ({k:02d}).csv").write_bytes((sittings / "010.csv").read_bytes())
    pd.DataFrame({"text": ["We debate motion 11."]}).to_csv(sittings / "part.csv", index=False)
    with pytest.warns(stance.RepeatedFileWarning) as caught:
        stance.score(str(sittings))
    assert [str(w.message) for w in caught if isinstance(w.message, stance.RepeatedFileWarning)] == [
        f"file read twice: data: folder {str(sittings)!r}: 13 files have every text in another file too: '010 "
        f"(00).csv' (4 rows) in "
        f"'010.csv', '010 (01).csv' (4 rows) in '010.csv', '010 (02).csv' (4 rows) in '010.csv', "
        f"'010 (03).csv' (4 rows) in '010.csv', '010 (04).csv' (4 rows) in '010.csv' and 8 more: their "
        f"statements are trained on, evaluated or scored twice; move them out if they are copies or "
        f"earlier results"]
    assert main(["score", str(sittings), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning") == 1 and "13 files have every text in another file too" in err, err


def test_repeated_files_are_found_with_memory_linear_and_small_in_the_texts():
    # A review: the check held a set of each file's texts and a map from each text to a set of its
    # files, ~425 bytes a distinct text at its peak (2 million texts in 20 files: +516 MB, 8.5 s of
    # CPU); each file's texts are now 8-byte hashes in an array, ~90 bytes a text at the peak.
    import tracemalloc

    frames = [pd.DataFrame({"text": [f"statement {f} {r}" for r in range(20_000)]}) for f in range(10)]
    names = [f"{f}.csv" for f in range(10)]
    tracemalloc.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # no file is a repeat
            _warn_of_repeated_files(names, frames, "text", "folder 'f'")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 200_000, peak
    frames.append(frames[3].iloc[::-1].copy())  # a copy, its rows in another order, is still found
    with pytest.warns(stance.StanceWarning, match=r"every text of 'copy.csv' \(20000 rows\) is in '3.csv' too"):
        _warn_of_repeated_files([*names, "copy.csv"], frames, "text", "folder 'f'")


def test_blank_texts_make_no_file_a_copy_of_another():
    # A review: files whose texts were all blank counted as copies of each other ("every text of
    # 'blank2.csv' (2 rows) is in 'blank.csv' too"): a blank, whitespace or missing cell holds no
    # statement, so it is no text a file shares, and a file of them alone is never named.
    frames = [pd.DataFrame({"text": texts}) for texts in ([" ", None], ["\t", ""], ["x", " "], ["x", np.nan, ""])]
    with pytest.warns(stance.StanceWarning) as caught:
        _warn_of_repeated_files(["blank.csv", "blank2.csv", "c.csv", "d.csv"], frames, "text", "folder 'f'")
    assert [str(w.message).split(" too:")[0] for w in caught] == [
        "file read twice: folder 'f': every text of 'd.csv' (3 rows) is in 'c.csv'"]


def test_check_o_beside_a_glob_but_not_matched_by_it_is_written(tmp_path, capsys, energy_frame, monkeypatch):
    # A review: the refusal matched -o against the glob with fnmatch, whose "*" crosses a "/", so
    # `stance check 'data/*.csv' -o data/results/issues.csv` and `'data/2024-*.csv' -o
    # data/2024-checked/issues.csv` were refused, though glob reads neither; glob's own matches are.
    monkeypatch.chdir(tmp_path)
    Path("data/results").mkdir(parents=True)
    Path("data/2024-checked").mkdir()
    energy_frame.to_csv("data/2024-01.csv", index=False)
    for pattern, output in (("data/*.csv", "data/results/issues.csv"), ("data/2024-*.csv", "data/2024-checked/i.csv"),
                            ("data/*.csv", "data/.issues.csv"), (str(tmp_path / "data/*.csv"), "data/results/a.csv")):
        assert main(["check", pattern, "--stance-column", "none", "-o", output]) == 0, capsys.readouterr().err
        assert len(pd.read_csv(output)) > 0
        assert sorted(glob.glob(pattern)) == [str(Path(pattern).parent / "2024-01.csv")]  # read as before
    for pattern, output in (("data/*.csv", "data/issues.csv"), ("data/*/*.csv", "data/results/b.csv"),
                            ("d?ta/2024-*.csv", str(tmp_path / "data/2024-issues.csv")),
                            ("data/.*.csv", "data/.b.csv")):
        assert main(["check", pattern, "--stance-column", "none", "-o", output]) == 2
        assert f"-o {output!r} would be one of the files of glob {pattern!r}" in capsys.readouterr().err
        assert not Path(output).exists()


def test_suggest_o_that_its_folder_or_glob_would_read_is_refused_before_any_work(tmp_path, capsys, monkeypatch):
    # An audit: `stance suggest g4 -o g4/todo.csv` wrote its suggestions into the pool's folder, and
    # the same command again was refused, its output being one of its inputs; check refused it first.
    monkeypatch.chdir(tmp_path)
    Path("g4").mkdir()
    Path("g4/a.csv").write_text("text\nWe stand together.\nSend more air defence to Kyiv.\nThe summit opens.\n")
    for pool, kind in (("g4", "folder"), ("g4/*.csv", "glob")):
        assert main(["suggest", pool, "-o", "g4/todo.csv"]) == 2
        assert (f"-o 'g4/todo.csv' would be one of the files of {kind} {pool!r}, which suggest reads: the "
                f"suggestions, copies of its rows, would be read again") in capsys.readouterr().err
        assert sorted(os.listdir("g4")) == ["a.csv"]
    assert main(["suggest", "g4/*.csv", "-o", "todo.csv"]) == 0
    assert len(pd.read_csv("todo.csv")) == 3

def _few_off_topic(none_rows: int) -> pd.DataFrame:
    """52 rows of the transport scheme and ``none_rows`` off-topic ones, fewer than 5 folds,
    each with the same two cue words, which a model that saw two of them can learn."""
    frame = transport_frame(per_label=20)
    off_topic = ["lovely weather for the football", "the football and the weather",
                 "football weather and music tonight", "weather too wet for football"][:none_rows]
    return pd.concat([frame[frame.labels != "none"].iloc[:52], pd.DataFrame({"text": off_topic, "labels": "none"})],
                     ignore_index=True)


def test_a_few_off_topic_rows_are_checked_not_accused_and_not_called_the_label_of_no_row(tmp_path, capsys):
    # An annotation lead's 56 rows, 4 of them 'none', checked at 5 folds: 'none' was set apart
    # as a rare label, so every fold model was trained without it, each warned that 'none' was
    # "the label of no row", and the 4 correct rows were accused, suggested 'road' or 'rail'.
    data = _few_off_topic(4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(data, stance_column="stance")
    assert [str(w.message) for w in caught] == []
    off_topic = data.index[data.labels == "none"]
    assert not issues.index.isin(off_topic).any()  # clear off-topic words: checked, and right
    data.to_csv(tmp_path / "few_none.csv", index=False)
    assert main(["check", str(tmp_path / "few_none.csv"), "-n", "40"]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err and "rare label" not in captured.out, captured
    # A slip among them is still found, as the check finds any other.
    slip = data.copy()
    slip.loc[off_topic[0], ["labels", "stance"]] = ["rail", "favor"]
    assert stance.find_label_issues(slip, stance_column="stance").index[0] == off_topic[0]


def test_off_topic_rows_too_few_for_any_fold_to_learn_are_not_accused_but_said_unchecked():
    # Two 'none' rows at 5 folds leave a training fold one, too few to learn: they cannot be
    # checked, and a model that never saw 'none' suggested a target for each.
    data = _few_off_topic(2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(data, stance_column="stance")
    assert [str(w.message) for w in caught] == [
        "labels: the off-topic label 'none' has 2 rows (rows 52, 53), too few to cross-validate: a fold model needs 2 "
        "of them to learn it, and a training fold keeps 1, so they are not checked; label more off-topic rows"]
    assert not issues.index.isin([52, 53]).any()
    assert not stance.find_label_issues(data, stance_column="stance", folds=3).index.isin([52, 53]).any()
    # The data without a row of it is still said to be without one, once.
    with pytest.warns(stance.StanceWarning, match="none_label='none' is the label of no row") as caught:
        stance.find_label_issues(data.iloc[:52], stance_column="stance")
    assert sum("label of no row" in str(w.message) for w in caught) == 1


def test_three_off_topic_rows_at_two_folds_are_said_unchecked_not_the_whole_check_refused(tmp_path, capsys):
    # `stance check --folds 2` on 3 'none' rows refused the whole file, "too few rows to
    # cross-validate with any number of folds", though --folds 3 checked it: at 2 folds a
    # fold holds 2 of the 3 out, and its training rows keep 1, too few to learn the label.
    data = _few_off_topic(3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(data, stance_column="stance", folds=2)
    assert [str(w.message) for w in caught if "off-topic" in str(w.message)] == [
        "labels: the off-topic label 'none' has 3 rows (rows 52, 53, 54), too few to cross-validate: a fold model "
        "needs 2 of them to learn it, and a training fold keeps 1, so they are not checked; label more off-topic rows"]
    assert not issues.index.isin([52, 53, 54]).any()
    slip = data.copy()
    slip.loc[0, "labels"] = "air" if slip.labels[0] != "air" else "road"
    assert stance.find_label_issues(slip, stance_column="stance", folds=2).index[0] == 0  # the rest is checked
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.find_label_issues(data, stance_column="stance", folds=3)
    assert not [w for w in caught if "off-topic" in str(w.message)]  # at 3 folds a training fold keeps 2
    data.to_csv(tmp_path / "few_none.csv", index=False)
    assert main(["check", str(tmp_path / "few_none.csv"), "--folds", "2"]) == 0
    assert "so they are not checked" in capsys.readouterr().err


def test_too_few_rows_for_some_folds_are_told_the_folds_that_work_more_or_fewer():
    # Two labels of 3 rows each (and 'x' of 3): at 2 folds a training fold keeps 1 of a label,
    # at 3 it keeps 2; the check said "too few rows to cross-validate with any number of folds".
    data = pd.DataFrame({"text": [f"{word} number {i}" for word in ("wind", "coal", "gas") for i in range(3)],
                         "labels": ["wind"] * 3 + ["coal"] * 3 + ["gas"] * 3})
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.find_label_issues(data, folds=2, none_label=None)
    message = str(raised.value)
    assert message.startswith("folds=2: ") and message.endswith("; pass folds=3"), message
    assert "any number of folds" not in message, message
    stance.find_label_issues(data, folds=3, none_label=None)  # as said


def test_suggest_reads_a_list_of_labelled_files_and_says_how_many_it_left_out(transport_model, tmp_path):
    # exclude=["my_labels.csv"] was read as a list of one text, which no statement of the pool
    # is: it left out nothing, without a word, and Python never said how many it left out.
    pool = SINGLE + MIXED
    pd.DataFrame({"text": MIXED[:2], "labels": "rail"}).to_csv(tmp_path / "round1.csv", index=False)
    pd.DataFrame({"text": [SINGLE[0]], "labels": "rail"}).to_csv(tmp_path / "round2.csv", index=False)
    expected = sorted(pool[1:len(SINGLE)] + MIXED[2:])
    names = [str(tmp_path / "round1.csv"), str(tmp_path / "round2.csv")]
    for exclude in (names, tuple(tmp_path / name for name in ("round1.csv", "round2.csv")), pd.Series(names)):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            chosen = stance.suggest(transport_model, pool, n=len(pool), max_similarity=None, exclude=exclude)
        assert sorted(chosen["text"]) == expected and chosen.attrs["left_out"] == 3
    assert stance.suggest(transport_model, pool, n=2, exclude=[MIXED[0]]).attrs["left_out"] == 1
    assert stance.suggest(transport_model, pool, n=2).attrs["left_out"] == 0
    # A name of the list that is no file is refused by name, as one path is.
    with pytest.raises(stance.InvalidInputError, match=r"round3\.csv"):
        stance.suggest(transport_model, pool, exclude=[*names, str(tmp_path / "round3.csv")])
    # Paths beside texts stay texts (one item may be a statement); that none is in the pool is said.
    with pytest.warns(stance.StanceWarning, match=r"^exclude: none of its 2 items is a statement of the pool, and "
                                                  r"1 of them names a file \('.*round1\.csv'\)"):
        chosen = stance.suggest(transport_model, pool, n=len(pool), max_similarity=None,
                                exclude=[names[0], "a statement labelled elsewhere"])
    assert chosen.attrs["left_out"] == 0 and len(chosen) == len(pool)
    # Files of statements none of which is in the pool leave out nothing, as they should: no word.
    pd.DataFrame({"text": ["elsewhere"], "labels": "rail"}).to_csv(tmp_path / "other.csv", index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert stance.suggest(transport_model, pool, n=2, exclude=[str(tmp_path / "other.csv")]).attrs["left_out"] == 0


def test_suggest_refuses_a_mistyped_spaced_file_name_in_exclude_naming_the_file_near_it(tmp_path, monkeypatch):
    # A review of 0c578a9: a bare name with a space ending in ".csv", mistyped beside a file that is
    # there, was taken for a statement, so the list of labelled files was read as texts, leaving out
    # nothing; it is told the file is not found and the name of the one near it
    monkeypatch.chdir(tmp_path)
    (tmp_path / "labels round1.csv").write_text("text,label\nNATO must stay strong.,unity\n", encoding="utf-8")
    pool = ["NATO must stay strong.", "We oppose NATO.", "Allies must spend more.", "Ukraine needs tanks."]
    with pytest.raises(stance.InvalidInputError, match=r"^file not found: 'labels round2\.csv' "
                                                       r"\(did you mean 'labels round1\.csv'\?\)"):
        stance.suggest(None, pool, n=4, exclude=["labels round1.csv", "labels round2.csv"])
    assert stance.suggest(None, pool, n=4, exclude=["labels round1.csv"]).attrs["left_out"] == 1


def test_the_stance_strategy_says_when_statements_taking_no_position_leave_fewer_than_n(transport_model):
    # strategy="stance" returned 335 rows where the others returned 375, without a word: the
    # statements predicted off-topic have no stance to be unsure of, and it leaves them out.
    off_topic = ["weather football concert", "museum holiday garden", "recipe music weather"]
    pool = SINGLE + MIXED + off_topic
    assert [p.label for p in transport_model.classify_many(off_topic)] == ["none"] * 3
    with pytest.warns(stance.StanceWarning) as caught:
        chosen = stance.suggest(transport_model, pool, n=len(pool), strategy="stance", max_similarity=None)
    assert [str(w.message) for w in caught] == [
        f"only {len(pool) - 3} of the n={len(pool)} statements asked for: 3 of the pool's {len(pool)} are predicted "
        f"'none', taking no position, with no stance to be unsure of, which strategy='stance' (on the command line: "
        f"--strategy stance) leaves out; strategy='uncertainty' (on the command line: --strategy uncertainty) ranks "
        f"them too"]
    assert sorted(chosen["text"]) == sorted(SINGLE + MIXED)
    assert len(stance.suggest(transport_model, pool, n=len(pool), max_similarity=None)) == len(pool)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as many as asked for: nothing to say
        assert len(stance.suggest(transport_model, pool, n=5, strategy="stance", max_similarity=None)) == 5
    # Near-duplicates left out too: both are said.
    with pytest.warns(stance.StanceWarning, match=r"^only \d+ of the n=16 statements asked for: 3 of the pool's 16 are "
                                                  r"predicted 'none'.*; and \d+ of the 13 left nearly repeat one "
                                                  r"already chosen \(TF-IDF cosine above max_similarity=0.35"):
        stance.suggest(transport_model, pool, n=len(pool), strategy="stance")


def test_suggest_keeps_the_pools_text_column_in_its_place_under_its_name(tmp_path, capsys, transport_model):
    # The README says the pool's own columns come first as they are; the text column was
    # moved after them and renamed "text", so a file read with --text-column body came back
    # without its "body", and the next round's training on it, with --text-column body, lost
    # the batch's texts.
    transport_model.save(tmp_path / "model")
    texts = SINGLE + MIXED
    pool = pd.DataFrame({"id": range(len(texts)), "body": texts, "speaker": "x", "labels": "", "stance": ""})
    pool.to_csv(tmp_path / "pool.csv", index=False)
    assert main(["suggest", str(tmp_path / "pool.csv"), "--model", str(tmp_path / "model"), "--text-column", "body",
                 "-n", "3", "-o", str(tmp_path / "next.csv")]) == 0
    written = pd.read_csv(tmp_path / "next.csv", keep_default_na=False)
    assert written.columns[:7].tolist() == ["row", "id", "body", "speaker", "labels", "stance", "predicted_label"]
    assert "text" not in written and (written["body"] == [texts[i] for i in written["id"]]).all()
    assert main(["suggest", str(tmp_path / "pool.csv"), "--model", str(tmp_path / "model"), "--text-column", "body",
                 "-n", "3"]) == 0
    printed = capsys.readouterr().out
    assert sum(text in printed for text in texts) == 3  # printed with their texts
    chosen = stance.suggest(transport_model, pool, n=3, text_column="body")
    assert chosen.columns.tolist() == [*pool.columns, *written.columns[7 - 1:]]
    assert stance.suggest(transport_model, texts, n=1).columns[0] == "text"  # a list's texts are "text"


def test_suggest_gives_a_list_or_a_series_its_texts_as_text_and_a_frame_its_own_text_column(tmp_path, transport_model):
    # Since the text column kept its name, suggest(m, pool["body"]) gave a column 'body' and no
    # 'text', and an unnamed Series a column 0, while the README's loop reads todo["text"] of a
    # list or a Series: its name is incidental. A frame's or a file's text column keeps its name.
    texts = SINGLE + MIXED
    pool = pd.DataFrame({"id": range(len(texts)), "body": texts})
    expected = stance.suggest(transport_model, texts, n=3)
    assert expected.columns[0] == "text" and "body" not in expected
    for series in (pool["body"], pd.Series(texts), pd.Series(texts, name="text"), pd.Series(texts, name=7)):
        chosen = stance.suggest(transport_model, series, n=3)
        assert chosen.columns.tolist() == expected.columns.tolist(), series.name
        assert chosen["text"].tolist() == expected["text"].tolist() == [texts[i] for i in expected.index]
    assert stance.suggest(transport_model, texts, n=3, text_column="body").columns[0] == "text"
    pool.to_csv(tmp_path / "pool.csv", index=False)
    for given in (pool, tmp_path / "pool.csv"):
        chosen = stance.suggest(transport_model, given, n=3, text_column="body")
        assert chosen.columns[:3].tolist() == ["id", "body", "predicted_label"] and "text" not in chosen
        assert chosen["body"].tolist() == expected["text"].tolist()
    # and a batch of a named Series' suggestions, labelled and saved, is read back as such:
    # exclude= is read with the column the suggestions gave ("text"), not the Series' name
    expected.assign(labels="road").to_csv(tmp_path / "labelled.csv", index=False)
    again = stance.suggest(transport_model, pool["body"], n=3, exclude=tmp_path / "labelled.csv")
    assert again.attrs["left_out"] == 3 and not set(again["text"]) & set(expected["text"])



@pytest.mark.parametrize("check", ["find_label_issues", "cross_validate"])
def test_an_empty_source_date_epoch_is_named_before_the_folds_start(energy_frame, monkeypatch, check):
    # `SOURCE_DATE_EPOCH= stance check` ended in numpy's traceback from scikit-learn's import
    # ("invalid literal for int() with base 10: ''"), which train already named.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "")
    with pytest.raises(stance.InvalidInputError, match=r"^SOURCE_DATE_EPOCH is set but empty"):
        getattr(stance, check)(energy_frame, folds=3)


def test_similar_pairs_are_every_pair_whose_cosine_reaches_the_threshold_across_blocks(monkeypatch):
    # Checked against the whole similarity matrix, with blocks of 3 rows so that pairs fall
    # inside a block, across two and on a block's edge.
    from stance import similarity

    texts = ["We stand together.", "Together we stand.", "We stand together, all of us.", "Send Kyiv air defence.",
             "Send air defence to Kyiv now.", "The summit opens today.", "We stand together.", "Rain in Riga."]
    monkeypatch.setattr(similarity, "BLOCK", 3)
    whole = (similarity.tfidf_unit_vectors(texts) @ similarity.tfidf_unit_vectors(texts).T).toarray()
    for threshold in (0.2, 0.5, 0.99):
        expected = sorted(((i, j, whole[i, j]) for i in range(len(texts)) for j in range(i + 1, len(texts))
                           if whole[i, j] >= threshold), key=lambda p: (-p[2], p[0], p[1]))
        found = similarity.similar_pairs(texts, threshold)
        assert [(i, j) for i, j, _ in found] == [(i, j) for i, j, _ in expected]
        assert np.allclose([value for *_, value in found], [value for *_, value in expected])
    assert (0, 6) in [(i, j) for i, j, _ in similarity.similar_pairs(texts, 0.99)]  # the same statement twice


def test_similar_pairs_finds_every_exact_duplicate_at_1_and_refuses_a_threshold_out_of_range():
    # An audit: a text and its copy have cosine 1, which floating point made 0.99999999999999
    # for two thirds of the challenge set's statements, so similar_pairs([t, t], 1.0) missed
    # them, and gave others 1.000000000000001; a NaN threshold matched nothing, and 0 left
    # out the pairs of no shared word (cosine 0).
    from stance import similarity

    texts = stance.example_data("challenge").text.head(300).tolist()
    assert all(similarity.similar_pairs([text, text], 1.0) == [(0, 1, 1.0)] for text in texts)
    values = [value for *_, value in similarity.similar_pairs(texts, 0.05)]
    assert values and all(0.05 - 1e-9 <= value <= 1.0 for value in values)
    for threshold in (float("nan"), 0, -0.5, 1.5, "0.5", None, True):
        with pytest.raises(stance.InvalidInputError, match=r"^threshold must be a number above 0 and at most 1 "):
            similarity.similar_pairs(texts, threshold)
    # too few texts for a pair, or of no word at all (sklearn's "empty vocabulary" error)
    assert similarity.similar_pairs([], 0.5) == similarity.similar_pairs(["---", ""], 0.5) == []


def test_nearest_neighbours_gives_a_lone_text_no_neighbour():
    # An audit: one text was given itself as its neighbour, at similarity -1.
    from stance.similarity import nearest_neighbours

    index, best = nearest_neighbours(["We stand together."])
    assert index.tolist() == [-1] and np.isnan(best).all()
    index, best = nearest_neighbours([])
    assert index.tolist() == [] and best.tolist() == []
    index, best = nearest_neighbours(["We stand together."] * 3 + ["---"])
    assert index.tolist()[:3] == [1, 0, 0] and best.tolist() == [1.0, 1.0, 1.0, 0.0]


def test_a_rare_label_that_is_a_known_label_holding_a_comma_spaced_otherwise_is_suggested_that_label(energy_frame):
    # "peace,security" beside "peace, security" was suggested "peace|security", as training told
    # it to split them: it is that label without its space, as training now names it.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "peace", "gas": "security", "renewables": "peace, security",
                                            "renewables|gas": "peace"})
    frame.loc[5, "labels"] = "peace,security"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[5] == "peace, security" and issues.score[5] == 1.0


def test_a_rare_label_spaced_otherwise_than_a_join_of_known_labels_is_suggested_the_join(energy_frame):
    # "gas, oil" once beside "gas,oil" twice, "gas" and "oil" labels, was suggested "gas,oil", the
    # rows of "gas,oil" "gas|oil": every one of them is suggested the labels joined by '|'.
    frame = energy_frame.copy()
    frame["labels"] = frame.labels.replace({"nuclear": "oil"})
    frame.loc[[17, 18], "labels"] = "gas,oil"
    frame.loc[5, "labels"] = "gas, oil"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[[5, 17, 18]].tolist() == ["gas|oil"] * 3, issues.loc[[5, 17, 18]]



def test_fold_counts_offered_for_copied_rows_are_those_the_check_takes(ten_texts_thrice):
    # 'solar' is three copies of one text: at 2 or 3 folds it is checked and held out whole in
    # one fold, so those counts fail; at 4 to 9 it is set apart as rare. "pass folds=3" (of
    # folds=2) and "pass folds=3 to 9" (of folds=15) offered a count that failed, and folds=3
    # was told that the copies failed "whatever the number of folds".
    data = ten_texts_thrice
    with pytest.raises(stance.InvalidInputError, match=r"^folds=2: the rows of 'solar' \(3\) hold one text.*: add "
                                                       r"rows of 'solar' with other texts.*; or pass folds=4, which "
                                                       r"sets 'solar' aside unchecked"):
        stance.find_label_issues(data, folds=2, none_label=None)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=15: .*; pass folds=4 to 9$"):
        stance.find_label_issues(data, folds=15, none_label=None)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=3: the rows of 'solar' \(3\) hold one text") as refused:
        stance.find_label_issues(data, folds=3, none_label=None)
    assert "whatever the number of folds" not in str(refused.value)
    for folds in (4, 9):
        stance.find_label_issues(data, folds=folds, none_label=None)  # each count named is taken


def test_fold_counts_whose_folds_all_fall_badly_are_not_offered():
    # Ten rows of the challenge set three times over: 'deterrence' is one text, so 2 and 3 folds
    # fail; at 4 to 6 the two texts of 'ukraine_support' fall in one fold. No count trains, which
    # was said as "a check needs at least two labels with 3 rows or more", which it has.
    root = Path(__file__).resolve().parent.parent
    data = pd.concat([pd.read_csv(root / "datasets" / "challenge" / "challenge_plain.csv").head(10)] * 3,
                     ignore_index=True)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=2: .*: add rows of 'deterrence' with other texts.*; "
                                                       r"as they are, no number of folds trains: at 4 folds, "
                                                       r"labels: .*'ukraine_support'") as refused:
        stance.find_label_issues(data, folds=2)
    assert "pass folds" not in str(refused.value)


def test_a_label_mostly_copies_of_one_text_is_offered_the_folds_that_set_it_apart(hydrogen_copies):
    # 'hydrogen': 3 copies of one text and one other. At 2 to 4 folds it is checked, and the fold
    # holding out the copies keeps 1 of its 4 rows: "use more folds (a training fold keeps
    # (folds - 1) / folds of the rows)" was told, as if more folds kept more of them.
    data = hydrogen_copies
    for folds in (2, 3, 4):
        with pytest.raises(stance.InvalidInputError, match=rf"^folds={folds}: one text of 'hydrogen' holds 3 of "
                                                           r"its 4 rows, whose copies stay in one fold.*: add rows "
                                                           r"of 'hydrogen' with other texts.*; or pass folds=5, "
                                                           r"which sets 'hydrogen' aside unchecked"):
            stance.find_label_issues(data, folds=folds)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stance.find_label_issues(data, folds=5)  # the count offered is taken



def test_a_label_mostly_copies_of_one_text_that_no_count_gets_past_is_named_not_too_few_labels(hydrogen_copies):
    # 'hydrogen': 8 copies of one text and one other; 'wind', 'coal' and 'none' 8 rows each. Every
    # count that checks 'hydrogen' holds its copies out in one fold, and one that sets it apart
    # (10 or more) sets apart all. After 27e1381 the check said "too few rows to cross-validate
    # with any number of folds (33 labelled rows, 4 labels): a check needs at least two labels
    # with 3 rows or more each", false of three labels of 8 rows; 'hydrogen' is named, with
    # the data's remedy, at any count.
    others = hydrogen_copies[hydrogen_copies.labels != "hydrogen"]
    hydrogen = pd.DataFrame({"text": ["Hydrogen trucks are the future."] * 8 + ["Hydrogen heating is a dead end."],
                             "labels": ["hydrogen"] * 9, "stance": ["favor"] * 8 + ["against"]})
    data = pd.concat([others, hydrogen], ignore_index=True)[["text", "labels"]]
    for folds in (3, 9, 10, 12):
        with pytest.raises(stance.InvalidInputError) as refused:
            stance.find_label_issues(data, folds=folds)
        said = str(refused.value)
        assert said.startswith(f"folds={folds}: ") and "too few rows to cross-validate" not in said, said
        assert re.search(r"one text of 'hydrogen' holds 8 of its 9 rows, whose copies stay in one fold.*: add rows "
                         r"of 'hydrogen' with other texts, or drop copies of that text$", said), said
    # All 9 one text, likewise at a count above every label's rows.
    data.loc[data.labels == "hydrogen", "text"] = "Hydrogen trucks are the future."
    with pytest.raises(stance.InvalidInputError, match=r"^folds=10: .*at 8 folds, the rows of 'hydrogen' \(9\) hold "
                                                       r"one text.*: add rows of 'hydrogen' with other texts, or drop "
                                                       r"copies of that text$"):
        stance.find_label_issues(data, folds=10)


def test_a_label_of_one_text_whose_rows_are_all_set_apart_as_rare_does_not_refuse_the_folds():
    # Five copies of one text labelled 'solar|w0' … 'solar|w4': each w label is rare at 5 folds,
    # so every 'solar' row is set apart, and no fold checks 'solar'. The check ran before
    # 23f76e0; then it was refused ("the rows of 'solar' (5) hold one text …; pass folds=6"),
    # counting 'solar' over every row, not over the rows the folds check.
    root = Path(__file__).resolve().parent.parent
    plain = pd.read_csv(root / "datasets" / "challenge" / "challenge_plain.csv").drop_duplicates("text")
    base = plain[plain.labels.isin(["unity", "deterrence", "ukraine_support"])].groupby("labels").head(10)
    solar = pd.DataFrame({"text": ["Put solar panels on every school roof."] * 5,
                          "labels": [f"solar|w{i}" for i in range(5)], "stance": ["favor"] * 5})
    data = pd.concat([base[["text", "labels", "stance"]], solar], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(data, folds=5)
    assert issues.issue[list(range(30, 35))].tolist() == ["rare label"] * 5


def test_a_label_of_one_text_checked_is_told_to_mend_the_data_before_a_count_that_sets_it_aside(monkeypatch):
    # 'solar' is one text copied 12 times: at 10 folds it is checked and its copies held out
    # in one fold. Before 23f76e0 the check said "add rows of 'solar' with other texts, or merge
    # or drop them"; then only "pass folds=13", which runs solely as 'solar' is then set apart
    # unchecked (on 49,446 rows, 26 fits and 5.3 s to be told). The data's remedy comes first;
    # the count second, saying what it does; which labels are one text is worked out a few
    # times, not again for each count tried (most of those 5.3 s).
    from stance import fold_checks

    texts = [f"wind farm number {i} now" for i in range(30)] + [f"close coal plant {i}" for i in range(30)]
    data = pd.DataFrame({"text": texts + ["Put solar panels on every school roof."] * 12,
                         "labels": ["wind"] * 30 + ["coal"] * 30 + ["solar"] * 12})
    worked_out = []
    one_text_values = fold_checks.one_text_values

    def counted(*args, **kwargs):
        worked_out.append(1)
        return one_text_values(*args, **kwargs)

    monkeypatch.setattr(fold_checks, "one_text_values", counted)
    with pytest.raises(stance.InvalidInputError, match=r"^folds=10: the rows of 'solar' \(12\) hold one text, whose "
                                                       r"copies stay in one fold, so the model tested on them never "
                                                       r"saw them: add rows of 'solar' with other texts, or drop "
                                                       r"copies of that text; or pass folds=13, which sets 'solar' "
                                                       r"aside unchecked \(.*\)$"):
        stance.find_label_issues(data, folds=10, none_label=None)
    # The check's, the refusal's, once more at 13 (where 'solar' turns rare) and the fold checks'
    # of the draw at 13 (two): 15 before, once for each count tried.
    assert len(worked_out) <= 5, len(worked_out)


def test_a_count_below_the_folds_asked_is_not_said_to_set_a_label_aside():
    # A review of c28479c: 'solar' of 6 copies of one text and 2 rows beside 'w' (5 rows), at folds=6, was told
    # "'solar' (8) hold one text … or pass folds=5 or fewer, which sets 'solar' aside unchecked", but at 5 folds or
    # fewer 'w' is not rare, so solar's 8 rows are checked, and 6 of them, not 8, are the one text.
    texts = stance.example_data("challenge").text.drop_duplicates().tolist()
    rows = [(t, "wind") for t in texts[:30]] + [(t, "coal") for t in texts[30:60]]
    rows += [("Solar roofs on every school.", "solar")] * 6 + [(texts[60], "solar|w"), (texts[61], "solar|w")]
    rows += [(t, "w") for t in texts[62:65]]
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.find_label_issues(pd.DataFrame(rows, columns=["text", "labels"]), folds=6, none_label=None)
    said = str(raised.value)
    assert "the rows of 'solar' (6) hold one text" in said and "aside unchecked" not in said, said
    offered = int(re.search(r"or pass folds=(\d+)", said).group(1))
    stance.find_label_issues(pd.DataFrame(rows, columns=["text", "labels"]), folds=offered, none_label=None)



def _random_stances(n: int) -> pd.DataFrame:
    """``n`` rows whose labels follow from their words and whose stances (60% 'against') are drawn at random."""
    draw = random.Random(0)
    words = [f"w{i}" for i in range(300)]
    topics = {"energy": "power plants", "defence": "army troops", "trade": "tariffs exports"}
    rows = []
    for i in range(n):
        label = draw.choice(list(topics))
        rows.append((f"{topics[label]} {' '.join(draw.sample(words, 6))} item{i}", label,
                     "against" if draw.random() < 0.6 else "favor"))
    return pd.DataFrame(rows, columns=["text", "labels", "stance"])


@pytest.mark.parametrize("check", ["find_label_issues", "cross_validate"])
def test_fold_models_no_better_than_guessing_on_many_rows_are_not_told_to_label_more(check):
    # 60,000 rows of stances drawn at random were told "they learnt too little from 60000 rows …
    # label more rows": from hundreds of rows of each stance value (see MANY_ROWS_EACH) a head
    # that learns nothing is not short of rows; the stances may not follow from the texts.
    def said(n: int) -> str:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            getattr(stance, check)(_random_stances(n), stance_column="stance")
        warned = [str(w.message) for w in caught if "no better than always guessing 'against'" in str(w.message)]
        assert len(warned) == 1, [str(w.message) for w in caught]
        return warned[0]

    few = said(300)  # 117 rows of 'favor'
    assert "they learnt too little from 300 rows" in few and "label more rows before trusting" in few
    many = said(1500)  # 597 rows of 'favor'
    assert "learnt too little" not in many and "label more rows" not in many, many
    assert ("every stance value has 597 rows or more, enough to learn from: the stance values may not follow from "
            "the texts (noisy or inconsistent labels, or a stance the words do not carry)") in many, many
    assert "against your labelling guide before labelling more" in many, many


@pytest.mark.parametrize("check", ["find_label_issues", "cross_validate"])
def test_check_and_cross_validate_count_their_folds_on_a_bar_shown_only_where_asked(check, energy_frame, tmp_path,
                                                                                      monkeypatch, capsys):
    # stance check ran 147 s on 60,000 rows, cross_validate 91 s on 20,000, with nothing printed.
    from stance import progress_bars

    def bars(err: str) -> list[tuple[int, int]]:
        return [(int(done), int(total)) for done, total in re.findall(r"(\d+)/(\d+) \[", err)]

    run = getattr(stance, check)
    run(energy_frame, stance_column="stance", progress=True)
    assert bars(capsys.readouterr().err)[-1] == (5, 5)
    run(energy_frame, stance_column="stance", folds=3, progress=True)
    assert bars(capsys.readouterr().err)[-1] == (3, 3)
    # Unasked, none where stderr is no terminal (here, captured), however many rows.
    monkeypatch.setattr(progress_bars, "TRAINING_BAR_AFTER", 0)
    run(energy_frame, stance_column="stance")
    assert not bars("".join(capsys.readouterr()))
    monkeypatch.setattr(progress_bars, "_on_terminal", lambda: True)
    run(energy_frame, stance_column="stance", progress=False)
    assert not bars("".join(capsys.readouterr()))
    if check == "find_label_issues":  # stance check: on a terminal, on stderr alone; --no-progress none
        energy_frame.to_csv(tmp_path / "data.csv", index=False)
        assert main(["check", str(tmp_path / "data.csv"), "-o", "-"]) == 0
        out, err = capsys.readouterr()
        assert bars(err)[-1] == (5, 5) and not bars(out)
        assert main(["check", str(tmp_path / "data.csv"), "-o", str(tmp_path / "flagged.csv"), "--no-progress"]) == 0
        assert not bars("".join(capsys.readouterr())) and "checking" not in (tmp_path / "flagged.csv").read_text()


def test_a_labelled_file_without_a_header_row_is_told_advice_that_works(tmp_path, capsys, monkeypatch,
                                                                        transport_model):
    # Left over: an --exclude file of one column of statements, with no header row, was told "if that
    # line is the file's header, pass --text-column='<its first statement>'", which names the pool's
    # column: passed, the pool had no such column. Each way the message offers works.
    monkeypatch.chdir(tmp_path)
    transport_model.save("model")
    texts = [f"We will {text} next year." for text in SINGLE + MIXED]  # statements, ended by a stop
    pd.DataFrame({"text": texts}).to_csv("pool.csv", index=False)
    Path("lab.csv").write_text("\n".join(texts[:3]) + "\n", encoding="utf-8")
    assert main(["suggest", "pool.csv", "--model", "model", "--exclude", "lab.csv"]) == 2
    err = capsys.readouterr().err.strip()
    assert "seems to have no header row" in err and "pass --text-column" not in err, err
    assert err.endswith("if that line is the file's header, rename it 'text': a labelled file is read by its "
                        "'text' column, as the pool is"), err
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.suggest(transport_model, "pool.csv", exclude="lab.csv")
    assert "pass text_column" not in str(raised.value) and str(raised.value).endswith("as the pool is")
    # Either way it offers: a header line 'text' above its rows leaves out all three ...
    Path("lab.csv").write_text("text\n" + "\n".join(texts[:3]) + "\n", encoding="utf-8")
    assert main(["suggest", "pool.csv", "--model", "model", "--exclude", "lab.csv", "-n", "20",
                 "--max-similarity", "none"]) == 0
    assert "left out 3 statements already in lab.csv" in capsys.readouterr().err
    # ... and its first line renamed 'text', the header, the two under it.
    Path("lab.csv").write_text("text\n" + "\n".join(texts[1:3]) + "\n", encoding="utf-8")
    assert main(["suggest", "pool.csv", "--model", "model", "--exclude", "lab.csv", "-n", "20",
                 "--max-similarity", "none"]) == 0
    assert "left out 2 statements already in lab.csv" in capsys.readouterr().err


def test_suggestions_hold_their_text_columns_as_score_holds_its_own():
    # Left over: under pandas 3, suggest's predicted_label, predicted_labels, second_label,
    # predicted_stance and reason were pandas' str (inferred), where score's label, labels and
    # stance are object, and an off-topic row's predicted_stance was NaN where score's stance is
    # None, as the README says of it. Each is object, None kept as None, as score's and suggest's flag are.
    texts = ["We will stand with Ukraine today and always.", "Thank you all for coming.", "The weather is nice.",
             "NATO must send more troops to the eastern flank."]
    model = stance.default_model()
    scored, chosen = stance.score(texts, model=model), stance.suggest(model, texts, n=4, max_similarity=None)
    assert {scored[column].dtype for column in ("label", "labels", "stance", "flag")} == {np.dtype(object)}
    for column in ("predicted_label", "predicted_labels", "second_label", "predicted_stance", "reason", "flag"):
        assert chosen[column].dtype == np.dtype(object), (column, chosen[column].dtype)
    off_topic = chosen["predicted_label"] == "none"
    assert off_topic.any() and all(value is None for value in chosen.loc[off_topic, "predicted_stance"])
    assert scored.set_index("text").loc[chosen["text"], "stance"].tolist() == chosen["predicted_stance"].tolist()


def test_check_warns_of_a_scored_file_as_its_labels(energy_frame, energy_model, tmp_path, capsys):
    # A notebook user's audit: a scored file checked as labelled data checked the model's own
    # predictions; its columns are all score's, though the file keeps no attrs.
    stance.score(energy_frame[["text"]], model=energy_model).to_csv(tmp_path / "scored.csv", index=False)
    main(["check", str(tmp_path / "scored.csv"), "--stance-column", "stance", "--folds", "2",
          "-o", str(tmp_path / "issues.csv")])
    assert ("stance check: warning: --labels-column labels and --stance-column stance: these are a model's "
            "predictions, not gold labels (it has all the columns stance.score writes), so their rows are checked "
            "against a model's answers") in capsys.readouterr().err


def _with_coders_notes(frame: pd.DataFrame, count: int) -> pd.DataFrame:
    """``frame`` with ``count`` rows more, each labelled with a coder's note of its own (one row
    each, as a column of notes or ids given as the labels holds), some of them alike."""
    notes = [f"unclear, ask {name} ({topic})" for name in ("Anna", "Ana", "Jan", "Jana", "Piotr", "Petra")
             for topic in ("wind", "wnd", "gas", "gass", "grid", "grids", "coal", "coals", "heat", "heating",
                           "solar", "sola", "tariff", "tarif", "hydro", "hydra", "lng", "lgn", "oil", "oils",
                           "power", "powers", "mining", "minign", "levy")][:count]
    extra = pd.DataFrame({"text": frame.text.iloc[:count].to_numpy() if count <= len(frame)
                          else [frame.text.iloc[i % len(frame)] + f" ({i})" for i in range(count)],
                          "labels": notes, "stance": None})
    return pd.concat([frame[["text", "labels", "stance"]], extra], ignore_index=True)


def test_among_many_rare_labels_a_typo_of_a_label_and_two_equal_spellings_are_still_named(energy_frame):
    # Each rare label compared with every other was quadratic (2,000 rare labels of 20,000 rows:
    # 204 s of find_label_issues' 227). Of 150 one-row notes, alike but many, none is compared
    # with the others (as training does beyond 100), while two spellings of 2 rows each are,
    # and a typo of a label given more often is suggested that label.
    frame = _with_coders_notes(energy_frame, 150)
    frame.loc[[1, 3], "labels"] = "deterence"
    frame.loc[[7, 9], "labels"] = "deterrance"
    frame.loc[11, "labels"] = "nucler"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues = stance.find_label_issues(frame, stance_column="stance")
    twins = [str(w.message) for w in caught if "look like one label spelt two ways" in str(w.message)]
    assert twins == ["labels: 'deterence' (2: rows 1, 3) and 'deterrance' (2: rows 7, 9) look like one label spelt "
                     "two ways, with as many rows each, so the check suggests neither for the other; pick one "
                     "spelling for all of their rows"], twins
    assert issues.suggested_label[11] == "nuclear" and issues.score[11] == 1.0
    notes = issues[issues.labels.str.startswith("unclear")]
    assert len(notes) == 150 and (notes.issue == "rare label").all() and notes.score.isna().all()


def test_beside_a_row_without_a_label_training_names_the_typos_among_many_rare_labels(energy_frame):
    # With another problem (a row without a label), training names a rare label only if it
    # looks misspelt: each was compared with every label, rare ones too, which was quadratic
    # (20,000 rare labels of 200,000 rows: over five minutes). Beyond 100 rare labels, as for
    # the rare labels named alone, they are compared with the labels of rows enough only.
    frame = _with_coders_notes(energy_frame, 150)
    frame.loc[11, "labels"] = "nucler"
    frame.loc[13, "labels"] = "gas;nuclear"
    frame.loc[5, "labels"] = None
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.train(frame)
    message = str(refused.value)
    assert "row 5 has no label" in message, message
    rare = next(line for line in message.splitlines() if "needs at least" in line)
    assert "'nucler' (1: row 11; a typo of 'nuclear'?)" in rare and "'gas;nuclear' (1: row 13" in rare, rare
    assert "unclear" not in message, message
    # 100 rare labels or fewer are compared with each other too.
    frame = _with_coders_notes(energy_frame, 40)
    frame.loc[5, "labels"] = None
    with pytest.raises(stance.InvalidInputError) as refused:
        stance.train(frame)
    assert ("'unclear, ask Ana (gas)' (1: row 91), 'unclear, ask Ana (gass)' (1: row 92), 'unclear, ask Anna (gas)' "
            "(1: row 66) and 'unclear, ask Anna (gass)' (1: row 67), which look like one label spelt four ways"
            in str(refused.value)), str(refused.value)


def test_among_many_rare_labels_of_one_row_and_two_none_is_compared_with_the_others(energy_frame, monkeypatch):
    # find_label_issues compared each rare label with every label of more rows, rare ones too:
    # notes of one row beside notes of two were each compared with each, quadratic still after
    # 7a23cbe6 (1,000 of each in 20,000 rows: 38 s of _closest). Beyond 100 rare labels, as in
    # training, a rare label is compared with the labels of rows enough only.
    import stance.label_names

    real_closest, compared = stance.label_names._closest, []
    monkeypatch.setattr(stance.label_names, "_closest",
                        lambda name, options: compared.append(len(options)) or real_closest(name, options))
    frame = _with_coders_notes(energy_frame, 150)
    frame.loc[[1, 3], "labels"] = "unclear, ask Anna (levy)"  # 2 rows (and its own), still rare at 5 folds
    frame.loc[5, "labels"] = "unclear, ask Anna (levvy)"
    frame.loc[11, "labels"] = "nucler"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[11] == "nuclear" and issues.score[11] == 1.0
    assert issues.suggested_label[5] != "unclear, ask Anna (levy)" and np.isnan(issues.score[5])
    assert compared and max(compared) <= 4, compared  # nuclear, gas, none, renewables: never a note
    # 100 rare labels or fewer are compared with the rarer ones too, as before.
    compared.clear()
    frame = _with_coders_notes(energy_frame, 40)
    frame.loc[[1, 3], "labels"] = "unclear, ask Anna (levy)"
    frame.loc[5, "labels"] = "unclear, ask Anna (levvy)"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = stance.find_label_issues(frame, stance_column="stance")
    assert issues.suggested_label[5] == "unclear, ask Anna (levy)" and issues.score[5] == 1.0


def test_a_reason_never_rounds_a_probability_short_of_one_to_one():
    # An audit: the queue's reasons still said "between deterrence 1.00 and none 0.01" of a
    # statement the bundled model gives 0.9985, where the rest of the library says ">0.99".
    texts = ["We must raise defence spending to two percent of GDP.",
             "Cutting aid to Ukraine now would only reward aggression."]
    for strategy in ("uncertainty", "entropy"):
        queue = stance.suggest(None, texts, n=2, strategy=strategy, max_similarity=None)
        for text, reason in zip(queue.text, queue.reason):
            p = stance.classify(text)
            assert 0.995 <= p.scores[p.label] < 1, p.scores  # "1.00" to two decimals, short of it
            assert f"{p.label} >0.99" in reason and " 1.00" not in reason, reason
    queue = stance.suggest(None, texts[1:], n=1, strategy="stance", max_similarity=None)
    p = stance.classify(texts[1])
    assert 0.995 <= p.stance_scores[p.stance] < 1
    assert queue.reason[0] == f"least sure stance left ({p.stance} >0.99)"

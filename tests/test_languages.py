"""Models of other languages: ``stem`` naming a Snowball language."""

import json

import numpy as np
import pytest

import stance
from stance import StanceModel
from stance.cli import main
from stance.exceptions import InvalidInputError, ModelFormatError

# Two German targets and an off-topic label; the forms the tests ask about ("Sanktion",
# "Wehrpflichtige") are never in the training rows.
GERMAN = [
    ("Wir brauchen mehr Sanktionen gegen das Regime.", "sanktionen", "favor"),
    ("Die Sanktionen müssen verschärft werden.", "sanktionen", "favor"),
    ("Neue Sanktionen schaden nur unserer Wirtschaft.", "sanktionen", "against"),
    ("Die Sanktionen gehören sofort aufgehoben.", "sanktionen", "against"),
    ("Die Wehrpflicht muss zurückkommen.", "wehrpflicht", "favor"),
    ("Ohne Wehrpflicht fehlen der Truppe die Soldaten.", "wehrpflicht", "favor"),
    ("Die Wehrpflicht ist ein teurer Irrweg.", "wehrpflicht", "against"),
    ("Zurück zur Wehrpflicht? Auf keinen Fall.", "wehrpflicht", "against"),
    ("Die Sitzung ist eröffnet.", "none", None),
    ("Ich danke für die Aufmerksamkeit.", "none", None),
]
TEXTS = [text for text, _, _ in GERMAN]
LABELS = [label for _, label, _ in GERMAN]
STANCES = [value for _, _, value in GERMAN]


def german_model(stem="german", **options) -> StanceModel:
    return StanceModel(stem=stem, threshold_folds=0, **options).fit(TEXTS, LABELS, stance=STANCES)


def test_a_german_model_reads_the_inflections_it_never_saw():
    # The English stemmer leaves "sanktion" and "sanktionen" apart (and so every German
    # plural and case ending): a word in another form than in training was unknown.
    singular = german_model().classify("Sanktion")
    assert singular.label == "sanktionen" and singular.flag is None
    assert german_model().classify("Die Wehrpflichtigen").label == "wehrpflicht"
    assert german_model(stem=True).classify("Sanktion").flag == "no_known_words"


def test_german_stemming_folds_sharp_s():
    analyze = stance.text.make_analyzer(ngram_max=1, stem="german")
    assert analyze("Straße Strasse STRASSE Straßen") == ["strass"] * 4


def test_english_by_name_is_the_model_true_gives():
    named, default = german_model(stem="english"), german_model(stem=True)
    assert named.params_.analyzer_options == default.params_.analyzer_options
    assert named.params_.vocabulary == default.params_.vocabulary
    assert named.params_.target_coef.tobytes() == default.params_.target_coef.tobytes()
    assert named.get_params()["stem"] == "english"  # the option as given, as scikit-learn's clone needs


@pytest.mark.parametrize("stem", ["deutsch", "German", 1, None])
def test_an_unknown_language_is_refused_with_the_valid_ones(stem):
    with pytest.raises(InvalidInputError, match=r"stem must be True, False or a Snowball language name, got .*"
                                                r"the languages are arabic, danish, .*german"):
        german_model(stem=stem)


def test_a_german_model_saves_loads_and_predicts_identically(tmp_path):
    model = german_model()
    folder = model.save(tmp_path / "de")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["analyzer"]["stem"] == "german" and metadata["format_version"] == 5
    loaded = stance.load(folder)
    probes = [*TEXTS, "Eine Sanktion reicht nicht.", "Keine Wehrpflichtigen mehr!", "Straße"]
    np.testing.assert_array_equal(loaded.predict_proba(probes), model.predict_proba(probes))
    assert loaded.classify_many(probes) == [model.classify(text) for text in probes]
    # The batch fast path reads German as the analyzer does (it fell back to it for English stems).
    assert loaded._feature_index(loaded.params_).supported


def test_an_english_model_keeps_the_old_format(tmp_path):
    folder = german_model(stem="english").save(tmp_path / "en")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["analyzer"]["stem"] is True and metadata["format_version"] < 5


def _edit_analyzer(folder, **changes) -> None:
    """Change the analyzer options in ``folder``'s metadata and record its new checksum."""
    import hashlib

    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["analyzer"].update(changes)
    (folder / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))


def test_a_language_the_installed_nltk_does_not_know_is_refused_at_load(tmp_path):
    folder = german_model().save(tmp_path / "de")
    _edit_analyzer(folder, stem="klingon")
    with pytest.raises(ModelFormatError, match="'stem' is 'klingon', which the installed nltk's Snowball stemmer "
                                               "does not know"):
        stance.load(folder)


def test_an_analyzer_stemming_in_another_language_than_training_is_refused(tmp_path):
    folder = german_model().save(tmp_path / "de")
    _edit_analyzer(folder, stem="french")
    with pytest.raises(ModelFormatError, match="'stem' is 'french', but the model was trained with stem='german'"):
        stance.load(folder)


def test_train_on_the_command_line_takes_a_language(tmp_path, capsys):
    import pandas as pd

    data = tmp_path / "de.csv"
    pd.DataFrame({"text": TEXTS, "labels": LABELS, "stance": STANCES}).to_csv(data, index=False)
    assert main(["train", str(data), "-o", str(tmp_path / "m"), "--option", "stem=german",
                 "--option", "threshold_folds=0"]) == 0
    assert main(["classify", "--model", str(tmp_path / "m"), "Sanktion"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "sanktionen"
    assert main(["train", str(data), "-o", str(tmp_path / "x"), "--option", "stem=deutsch"]) != 0
    assert "the languages are arabic" in capsys.readouterr().err

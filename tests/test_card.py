import pandas as pd

import stance
from stance.card import model_card


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
    for label, threshold in zip(params.labels, params.thresholds):
        shown = "never" if label == params.none_label else f"{threshold:.3f}"
        assert f"| `{label}` | {counts[label]} | {shown} |" in card


def test_a_single_label_model_s_card_says_no_label_joins(tmp_path):
    frame = pd.DataFrame({"text": ["wind now", "no turbines", "hello there", "good morning"] * 3,
                          "labels": ["wind", "wind", "none", "none"] * 3})
    card = (stance.train(frame, threshold_folds=0).save(tmp_path / "m") / "MODEL_CARD.md").read_text()
    assert "| `wind` | 6 | never |" in card and "no label joins the primary one" in card

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

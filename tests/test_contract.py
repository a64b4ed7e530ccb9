"""The public contract of DESIGN.md, on the bundled default model."""

import json
import math

import numpy as np
import pandas as pd
import pytest

import stance
from stance.cli import main

NATO_LABELS = ("deterrence", "eastern_flank", "none", "ukraine_support", "unity")


def test_default_model_labels(default_model):
    assert default_model.labels == NATO_LABELS
    assert default_model.stance_classes == ("against", "favor")


@pytest.mark.parametrize(
    ("text", "label", "stance_value"),
    [
        ("When one of us is threatened, all of us answer.", "unity", "favor"),
        ("We must keep the weapons flowing to Kyiv for as long as it takes.", "ukraine_support", "favor"),
        ("Our government will not finance another euro of military aid for Ukraine.", "ukraine_support", "against"),
        ("Ministers will meet again in Brussels in February.", "none", None),
        ("Thank you, Mr President, for your kind words.", "none", None),
    ],
)
def test_guide_examples(text, label, stance_value):
    # Examples from ANNOTATION.md; they are not in the training corpus.
    prediction = stance.classify(text)
    assert prediction.label == label
    assert prediction.stance == stance_value


def test_prediction_fields_are_consistent():
    p = stance.classify("Ukraine's security is our security.")
    assert isinstance(p, stance.Prediction)
    assert p.label == p.labels[0]
    assert set(p.scores) == set(NATO_LABELS)
    assert all(0.0 <= v <= 1.0 for v in p.scores.values())
    # confidence: the label's probability, calibrated to the chance that the label is right
    assert 0.0 <= p.confidence <= 1.0
    assert p.confidence == stance.inference.confidence(p.scores[p.label], stance.default_model().params_)
    assert p.label == max(p.scores, key=p.scores.get)
    assert str(p) == p.label
    assert "Prediction(label=" in repr(p)
    html = p._repr_html_()
    assert "<table>" in html and p.label in html


def test_stance_is_none_exactly_for_none():
    predictions = stance.classify_many([
        "The storm closed two airports on Tuesday.",
        "Permanent NATO bases on Russia's doorstep only make the region less safe.",
    ])
    assert predictions[0].label == "none" and predictions[0].stance is None
    assert predictions[1].label != "none" and predictions[1].stance in ("favor", "against")


def test_classify_many_keeps_order_and_matches_classify():
    texts = ["When one of us is threatened, all of us answer.", "The storm closed two airports.",
             "Raising defence spending to this level is an arms race we cannot afford."]
    many = stance.classify_many(texts)
    assert [p.text for p in many] == texts
    for text, p in zip(texts, many):
        single = stance.classify(text)
        assert single.labels == p.labels and single.stance == p.stance
        for label in NATO_LABELS:
            assert math.isclose(single.scores[label], p.scores[label], rel_tol=0, abs_tol=1e-12)


def test_a_prediction_keeps_a_numpy_or_subclassed_text_as_a_plain_str():
    # The text of np.array(texts) is numpy's str_, kept as given: to_dict(), whose values the
    # README says are Python's, gave np.str_ (as did classify(np.str_(...)).text).
    class Quoted(str):
        def __str__(self):
            return f"'{str.__str__(self)}'"

    texts = ["Arm Ukraine now.", "", "We have a one-speed NATO."]
    for given in (np.array(texts), [np.str_(t) for t in texts], [Quoted(t) for t in texts]):
        for p in [*stance.classify_many(given), stance.classify(given[0])]:
            assert type(p.text) is str and type(p.to_dict()["text"]) is str
        assert [p.text for p in stance.classify_many(given)] == texts  # equal to what was given, not its str()
    assert json.loads(json.dumps(stance.classify(np.str_(texts[0])).to_dict()))["text"] == texts[0]


def test_a_batch_builds_each_prediction_as_the_dataclass_would():
    # classify_many builds its predictions past the frozen dataclass's __init__ (Prediction._made):
    # each must hold what Prediction(...) of the same values holds, field for field, of the same types.
    from dataclasses import fields

    texts = np.array(["Arm Ukraine now.", "", "Die NATO muss stark sein.", "We have a one-speed NATO.",
                      "Thank you all for coming."] * 10)  # a batch past the one-by-one path
    for p in stance.classify_many(texts):
        values = {f.name: getattr(p, f.name) for f in fields(stance.Prediction)}
        assert vars(stance.Prediction(**values)) == vars(p)
        assert [type(v) for v in vars(stance.Prediction(**values)).values()] == [type(v) for v in vars(p).values()]
        assert type(p.text) is str


def test_a_subclassed_text_is_read_as_the_plain_str_it_equals_not_by_its_overrides():
    # A subclass whose lower() said "hacked" was classified as "hacked" ('none' for a statement
    # of Ukraine's support), and explain crashed on a KeyError: its methods were called, not str's.
    class Lowered(str):
        def lower(self):
            return "hacked"

        def strip(self, chars=None):
            return ""

        def isascii(self):
            return False

    plain = "We stand with Ukraine and NATO allies."
    given = Lowered(plain)
    expected = stance.classify(plain)
    assert expected.label == "ukraine_support"  # the test's premise: its plain text's label
    assert stance.classify(given) == expected
    assert stance.classify_many([given, plain]) == [expected, expected]
    assert stance.classify_many([given] * 40) == [expected] * 40  # the batch path, past a handful
    scored, plain_scored = stance.score([given]), stance.score([plain])
    pd.testing.assert_frame_equal(scored, plain_scored)
    pd.testing.assert_frame_equal(stance.explain(given), stance.explain(plain))
    model = stance.default_model()
    pd.testing.assert_frame_equal(model.explain_many([given]), model.explain_many([plain]))
    # explain_html too (a review): its text kept the subclass, and markupsafe's Markup, which
    # escapes what it is joined to, had its HTML escaped twice.
    shown = model.explain_html(given)
    assert type(shown.text) is str and shown == model.explain_html(plain)

    class Markup(str):  # markupsafe's way: what is added to it is escaped
        def __add__(self, other):
            return Markup(str.__add__(self, str(other).replace("&", "&amp;")))

    html = model.explain_html(Markup("Send tanks & more to Kyiv."))._repr_html_()
    assert html == model.explain_html("Send tanks & more to Kyiv.")._repr_html_() and "&amp;amp;" not in html
    frame = pd.DataFrame({"text": [given, plain]}, dtype=object)  # a table's cells, read by stance.score
    plain_frame = pd.DataFrame({"text": [plain, plain]}, dtype=object)
    pd.testing.assert_frame_equal(stance.score(frame), stance.score(plain_frame))


def test_a_model_trained_on_subclassed_texts_is_the_one_trained_on_their_plain_strs(energy_frame, energy_model):
    class Lowered(str):
        def lower(self):
            return "hacked"

    frame = energy_frame.copy()
    frame["text"] = pd.Series([Lowered(text) for text in frame["text"]], index=frame.index, dtype=object)
    trained = stance.train(frame, stance_column="stance")
    texts = energy_frame["text"].tolist()[:20]
    assert trained.classify_many(texts) == energy_model.classify_many(texts)


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"bytes", ["a list"]])
def test_classify_rejects_non_str(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        stance.classify(bad)


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        stance.classify(b"We are not alone")


def test_classify_many_rejects_a_bare_string():
    with pytest.raises(TypeError, match="single str"):
        stance.classify_many("We have a one-speed NATO.")


def test_classify_many_names_the_bad_item():
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, got a missing value \(None\)"):
        stance.classify_many(["fine", None])


# A Series indexed by numpy ints (a filtered frame's rows) named its bad row by the label's
# numpy repr, "texts[np.int64(20)]", which is not how the caller writes it; a date was
# "Timestamp('2024-10-23 00:00:00')". Every message names a row as a reader writes it.
@pytest.mark.parametrize(("index", "named"), [
    (np.array([10, 20], dtype=np.int64), "texts[20]"),
    (np.array([1.5, 2.5]), "texts[2.5]"),
    (pd.to_datetime(["2024-10-22", "2024-10-23"]), "texts[2024-10-23]"),
    (["a", "y9"], "texts['y9']"),
])
def test_classify_many_names_a_series_row_as_it_is_written(index, named):
    with pytest.raises(stance.InvalidTypeError) as refused:
        stance.classify_many(pd.Series(["fine", None], index=index, dtype=object))
    assert str(refused.value).startswith(f"{named} must be a str, got a missing value (None)")


# A zero-width space or a byte-order mark alone (pasted web text, a file saved with a mark)
# shows nothing, as a blank text does; it was read as text with no known words.
@pytest.mark.parametrize("blank", ["", "   ", "\n\t", "\u200b", "\ufeff \u200d\n", "\u00a0\u2060"])
def test_empty_text_is_none_with_a_flag(blank):
    p = stance.classify(blank)
    assert p.label == "none" and p.labels == ("none",) and p.stance is None
    assert p.flag == "empty" and p.confidence == 1.0
    many = stance.classify_many([blank] * 40)  # the batch path
    assert {(q.label, q.flag) for q in many} == {("none", "empty")}
    scored = stance.score([blank, "We stand together."])
    assert scored.flag.tolist() == ["empty", None] and scored.label[0] == "none"


# A soft hyphen, a NUL or a direction mark alone shows nothing either, yet got the model's
# prior with flag "no_known_words" (confidence 0.91), while "\x1f", which str.isspace()
# counts as space, was "empty": every mark that shows nothing now makes a text empty.
@pytest.mark.parametrize("blank", ["\u00ad", "\x00", "\x7f", "\x80\x9f", "\u200e\u2066\u2069", "\u00ad \x00\n",
                                   "\U000e0041\U000e007f", "\ufe0f\u034f", "\u3164"])
def test_text_of_invisible_characters_is_empty(blank, capsys):
    p = stance.classify(blank)
    assert (p.label, p.stance, p.confidence, p.flag) == ("none", None, 1.0, "empty")
    assert {(q.label, q.flag) for q in stance.classify_many([blank] * 40)} == {("none", "empty")}
    scored = stance.score([blank] * 3 + ["We stand together."])
    assert scored.flag.tolist() == ["empty"] * 3 + [None] and scored.confidence[0] == 1.0
    assert main(["classify", "--json", blank]) == 0
    assert json.loads(capsys.readouterr().out)["flag"] == "empty"


def test_invisible_characters_inside_text_change_nothing():
    # Only text of nothing else is empty: inside words they are read as before (a soft
    # hyphen dropped, a NUL splitting), and a visible format character (the Arabic number
    # sign U+0600) is text.
    text = "We must strengthen deterrence on the eastern flank."
    assert stance.classify(text.replace("deterrence", "deter\u00adrence")).scores == stance.classify(text).scores
    assert stance.classify("\u00ad" + text + "\x00").scores == stance.classify(text).scores
    assert stance.classify("Ukraine\x00's security").flag is None
    assert stance.classify("\u0600").flag == "no_known_words"


def test_model_argument_accepts_a_model_and_a_path(energy_model, tmp_path):
    text = "No new reactors: the waste will outlive all of us."
    assert stance.classify(text, model=energy_model).label == "nuclear"
    energy_model.save(tmp_path / "energy")
    assert stance.classify(text, model=tmp_path / "energy").label == "nuclear"
    assert stance.classify_many([text], model=str(tmp_path / "energy"))[0].label == "nuclear"


def test_a_path_keeps_one_model_in_memory_when_models_are_saved_over_it(tmp_path):
    # A service passing model="models/x" while a job retrains it kept every replaced model
    # in memory (the cache's key held the checksum file's stamp) until eight loads later.
    import gc
    import weakref

    from stance.api import resolve_model

    def trained(topic):
        return stance.StanceModel(threshold_folds=0).fit([f"more {topic}", f"cut {topic}", "hello", "thanks"],
                                                         [topic, topic, "none", "none"])

    folder = tmp_path / "model"
    trained("aid").save(folder)
    first = resolve_model(str(folder))
    assert first.labels == ("aid", "none") and resolve_model(folder) is first  # loaded once
    replaced = weakref.ref(first)
    del first
    trained("tanks").save(folder, overwrite=True)  # a retraining job replaces it
    assert resolve_model(str(folder)).labels == ("none", "tanks")
    gc.collect()
    assert replaced() is None


def test_a_link_keeps_one_model_in_memory_when_it_is_pointed_at_new_versions(tmp_path):
    # models/current -> v1, then -> v2 (a blue/green deployment): the cache was keyed by the
    # folder the link points to, so every version stayed in memory until eight loads later.
    import gc
    import weakref

    from stance.api import resolve_model

    for version, topic in (("v1", "aid"), ("v2", "tanks")):
        stance.StanceModel(threshold_folds=0).fit([f"more {topic}", f"cut {topic}", "hello", "thanks"],
                                                  [topic, topic, "none", "none"]).save(tmp_path / version)
    current = tmp_path / "current"
    current.symlink_to(tmp_path / "v1")
    replaced = weakref.ref(resolve_model(str(current)))
    assert replaced().labels == ("aid", "none")
    current.unlink()
    current.symlink_to(tmp_path / "v2")
    assert resolve_model(str(current)).labels == ("none", "tanks")
    gc.collect()
    assert replaced() is None


def test_default_model_is_cached():
    assert stance.default_model() is stance.default_model()


def test_public_names_are_exported():
    for name in stance.__all__:
        assert hasattr(stance, name), name


def test_the_package_namespace_holds_its_public_names_and_submodules_alone():
    # An audit by a pipeline engineer: `from __future__ import annotations` in __init__.py left
    # stance.annotations (a __future__._Feature) in dir(stance), beside the public names.
    import types

    stray = [name for name in dir(stance) if not name.startswith("_") and name not in stance.__all__
             and not isinstance(getattr(stance, name), types.ModuleType)]
    assert stray == []


def test_the_docstring_examples_of_public_names_run_after_import_stance_alone(tmp_path, monkeypatch):
    # A teacher's audit: copied into a notebook after `import stance`, eight examples of
    # StanceModel's methods raised NameError, as they named StanceModel bare (pytest's
    # --doctest-modules runs them with their module's names, which hid it). Each example of a
    # public name and of its methods now runs with `stance` alone in its namespace.
    import doctest
    import inspect
    import warnings

    monkeypatch.chdir(tmp_path)  # an example that writes a file writes it here
    finder = doctest.DocTestFinder(recurse=False)
    found, failed, seen = 0, [], set()
    for name in stance.__all__:
        public = getattr(stance, name)
        members = [(name, public)]
        if inspect.isclass(public):
            members += [(f"{name}.{member}", value) for member, value in vars(public).items()
                        if not member.startswith("_") or member == "__init__"]
        for qualified, member in members:
            member = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
            if id(member) in seen or not (inspect.isroutine(member) or inspect.isclass(member)):
                continue
            seen.add(id(member))
            for example in finder.find(member, qualified, globs={}):
                example.globs = {"stance": stance}
                runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    result = runner.run(example, out=lambda _: None)
                found += result.attempted
                if result.failed:
                    failed.append(qualified)
    assert failed == []
    assert found > 50  # the examples were found and run


def test_the_package_declares_its_type_hints():
    # PEP 561: without the marker, type checkers treat every call into stance as Any.
    from importlib.resources import files

    assert (files("stance") / "py.typed").is_file()
    assert stance.default_model.__annotations__["return"] in ("StanceModel", stance.StanceModel)


def test_text_with_no_known_word_is_flagged_on_every_path(default_model):
    # Its answer is the same for every such text, and no judgement; without a flag it
    # looked like a confident judgement that the text is off-topic (the eighth user audit).
    unknown = ["12345", "🇺🇦🇺🇦🇺🇦", "Как дела?", "..."]
    known = "We stand together with every ally."
    texts = [*unknown, known]
    single = [default_model.classify(t) for t in texts]
    assert [p.flag for p in single] == ["no_known_words"] * 4 + [None]
    assert len({tuple(p.scores.values()) for p in single[:4]}) == 1  # one answer for all
    assert default_model.classify_many(texts * 20) == single * 20  # the batch path, flags included
    scored = stance.score([*texts, None], model=default_model)
    assert scored.flag.tolist() == ["no_known_words"] * 4 + [None, "missing"]
    # They have text, so a profile counts them (as statements taking no position).
    assert stance.profile(scored).loc["unity", "share"] == 1 / 5  # of the 5 with text


def _unread_frame(none_label):
    # '413' has the most rows; 'H1''s rows share no word, so its intercept is the largest and
    # the heads gave text of no known word 'H1' (a Manifesto coder's audit: 13% of the rows,
    # all scores under 0.005, where '413' had 38%).
    codes = ["000"] * 40 + ["413"] * 150 + ["505"] * 60 + ["H1"] * 50
    texts = [f"uniq{i}x uniq{i}y uniq{i}z" if code == "H1" else f"w{code}a w{code}b w{code}{i % 3} filler{i % 11}"
             for i, code in enumerate(codes)]
    stances = [None if code == none_label else ("favor", "against", "against")[i % 3] for i, code in enumerate(codes)]
    return pd.DataFrame({"text": texts, "codes": codes, "stance": stances})


def test_predict_gives_blank_text_what_classify_gives():
    # predict([""]) of a model without an off-topic label gave the label of the most
    # training rows ('413'), where classify("") gives no label: blank text takes no position.
    texts = ["", "  \u200b\n", "Hello.", "w505a w505b"]
    for none_label, blank in (("000", "000"), (None, "")):
        model = stance.train(_unread_frame(none_label), labels_column="codes", none_label=none_label,
                             threshold_folds=0)
        assert model.predict(texts).tolist() == [blank, blank, "000" if none_label else "413", "505"]
        assert model.predict(texts).tolist() == [p.label for p in model.classify_many(texts)]
        assert model.predict_proba(texts).shape == (4, len(model.labels))  # the heads' numbers, no rule


def test_text_with_no_known_word_gets_the_off_topic_label_or_the_most_frequent_one(default_model, tmp_path, capsys):
    unread = ["Hello.", "12345", "Как дела?"]
    model = stance.train(_unread_frame("000"), labels_column="codes", none_label="000", stance_column="stance")
    assert max(model.classify("12345").scores.items(), key=lambda item: item[1])[0] == "H1"  # what the heads say
    single = [model.classify(text) for text in unread]
    assert {(p.label, p.labels, p.stance, p.flag) for p in single} == {("000", ("000",), None, "no_known_words")}
    assert model.classify_many(unread * 20) == single * 20  # the batch path
    assert stance.score(unread, model=model).label.tolist() == ["000"] * 3
    folder = model.save(tmp_path / "coder")
    assert main(["classify", "--model", str(folder), "--json", "Hello."]) == 0
    assert json.loads(capsys.readouterr().out)["label"] == "000"
    # Without an off-topic label, the label of the most training rows, with its stance.
    model = stance.train(_unread_frame(None), labels_column="codes", none_label=None, stance_column="stance")
    single = [model.classify(text) for text in unread]
    assert {(p.label, p.labels, p.flag) for p in single} == {("413", ("413",), "no_known_words")}
    assert single[0].stance in ("favor", "against")
    assert model.classify_many(unread * 20) == single * 20
    assert stance.score(unread, model=model).label.tolist() == ["413"] * 3
    # The bundled model's off-topic label is what its heads give such text: a text of no
    # feature leaves each head its intercept alone, so `none` gets the logistic of its own.
    p = default_model.classify("12345")
    none_at = default_model.params_.labels.index("none")
    no_evidence = 1 / (1 + math.exp(-float(default_model.params_.target_intercept[none_at])))
    assert p.label == "none" and p.scores["none"] == pytest.approx(no_evidence, abs=1e-12)

"""The corpus validates against ANNOTATION.md and meets its size and balance targets."""

import importlib.util
import json
import re
from pathlib import Path

import pytest

import stance

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def validate():
    spec = importlib.util.spec_from_file_location("validate", ROOT / "datasets" / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(validate):
    return validate.load_corpus()


def test_corpus_has_no_problems(validate, corpus):
    assert validate.problems(corpus) == []


def test_composition_targets(validate, corpus):
    stats = validate.composition(corpus)
    assert stats["rows"] >= 4000
    for target in validate.TARGETS:
        assert stats["primary"][target] >= 500, target
        assert stats["against_share"][target] >= 0.25, target
    assert stats["primary"]["none"] >= 1200
    # Measured among statements that take a position: off-topic statements cannot take two.
    assert stats["multi_target_share_of_target_rows"] >= 0.2
    for register, n in stats["registers"].items():
        assert n / stats["rows"] >= 0.05, register
    assert stats["distinct_word_forms"] >= 8000


@pytest.fixture(scope="module")
def challenge(validate):
    return validate.load_corpus(ROOT / "datasets" / "challenge")


def test_challenge_set_is_valid_and_apart_from_the_corpus(validate, challenge, crossings):
    assert len(challenge) >= 500 and set(challenge.source) == {"challenge"}
    assert validate.problems(challenge) == []
    assert crossings["datasets/challenge"] == []


PROBES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "datasets" / "probes").glob("*.csv"))
HELD_OUT = ["seeds/seed_statements.csv", *PROBES]


@pytest.fixture(scope="module")
def crossings(validate, corpus, challenge):
    """The ``(corpus statement, held-out statement)`` near-copies of each held-out set, by its
    path: each set compared with the corpus as near_duplicates_across(corpus, it) compares them
    (its own word weights), with the corpus tokenized once for all twelve sets, where each set
    spent about 2 of its 2.5 seconds tokenizing the corpus again."""
    sets = validate.held_out_sets()  # what validate.py and the build check the corpus against
    assert sorted(sets) == sorted([*HELD_OUT, "datasets/challenge"])
    assert len(sets["datasets/challenge"]) == len(challenge)
    found = validate.held_out_copies(corpus, sets)
    return {path: [(corpus.text[i], sets[path].text.iloc[j]) for i, j, _ in pairs] for path, pairs in found.items()}


@pytest.mark.parametrize("held_out", HELD_OUT)
def test_no_corpus_statement_paraphrases_a_held_out_statement(crossings, held_out):
    # The seed and the probes are held-out tests; a near-copy in the corpus would make them echoes.
    assert crossings[held_out] == []


def test_near_duplicates_across_finds_what_the_whole_comparison_finds(validate, corpus):
    import pandas as pd

    sample = corpus.sample(300, random_state=0).reset_index(drop=True)
    others = pd.DataFrame({"text": [
        sample.text[7].replace(".", "!"),  # a near-copy of row 7
        sample.text[20] + " And that is all I will say.",
        "Entirely unrelated words about gardening tomatoes.",
    ]})
    # A second set, compared in the same pass: words of the first (gardening) and its own
    # must not weigh on it, so each set finds with each similarity what it finds alone.
    more = pd.DataFrame({"text": [
        "Gardening tomatoes in Riga, entirely unrelated.",
        sample.text[50].upper() + " Indeed.",  # a near-copy of row 50
        sample.text[7],
    ]})
    found = validate.near_duplicates_across_each(sample, [others, more])
    for one, pairs in zip([others, more], found):
        both = pd.concat([sample[["text"]], one], ignore_index=True)
        whole = sorted((i, j - len(sample), value) for i, j, value in validate.near_duplicates(both)
                       if i < len(sample) <= j)
        assert [(i, j) for i, j, _ in pairs] == [(i, j) for i, j, _ in whole]
        assert [value for *_, value in pairs] == pytest.approx([value for *_, value in whole], abs=1e-12)
        assert pairs == validate.near_duplicates_across(sample, one)
    assert (7, 0) in [(i, j) for i, j, _ in found[0]]
    assert {(50, 1), (7, 2)} <= {(i, j) for i, j, _ in found[1]}


def test_validator_catches_bad_rows(validate, corpus):
    bad = corpus.head(3).copy()
    bad.loc[bad.index[0], "labels"] = "climate"
    bad.loc[bad.index[1], "stance"] = "maybe"
    bad.loc[bad.index[2], "text"] = bad.text.iloc[0]
    found = validate.problems(bad)
    assert any("outside" in f for f in found)
    assert any("stance 'maybe'" in f for f in found)
    assert any("duplicate" in f for f in found)


def test_validator_catches_near_duplicates(validate, corpus):
    pair = corpus.head(2).copy()
    pair.loc[pair.index[1], "text"] = pair.text.iloc[0].replace(".", "!") + " Indeed."
    assert any("near-duplicate" in f for f in validate.problems(pair))


@pytest.fixture()
def build(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "datasets"))  # build.py imports validate by name
    spec = importlib.util.spec_from_file_location("build", ROOT / "datasets" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_describes_itself_on_help_and_rebuilds_nothing(build, capsys, monkeypatch):
    # `python datasets/build.py --help` ignored its argument and rebuilt models/default and the
    # README's tables (minutes of training, and the shipped files rewritten).
    monkeypatch.setattr(build.validate, "load_corpus", lambda *a, **k: pytest.fail("the build started"))
    with pytest.raises(SystemExit) as done:
        build.main(["--help"])
    assert done.value.code == 0 and "Rebuild everything that is derived from the corpus" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        build.main(["--quick"])
    assert done.value.code == 2 and "unrecognized arguments: --quick" in capsys.readouterr().err


def test_a_rebuild_that_gives_the_same_model_leaves_its_files_as_they_were(build, energy_model, energy_frame,
                                                                           tmp_path, monkeypatch):
    # python datasets/build.py rewrote models/default on every run, and its new creation time
    # changed metadata.json, MODEL_CARD.md and checksums.json: `git status` could not tell a
    # rebuild that reproduced the shipped model from one that changed it.
    import stance

    folder = tmp_path / "default"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert build.save_model_if_changed(energy_model, folder) is True
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later: another creation time
    same = stance.train(energy_frame, stance_column="stance")
    assert build.save_model_if_changed(same, folder) is False
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    other = stance.train(energy_frame, stance_column="stance", C=3.0)
    assert build.save_model_if_changed(other, folder) is True
    assert stance.load(folder).get_params()["C"] == 3.0
    assert stance.load(folder).saved_["created"].startswith("1970-01-02")


def test_a_rebuild_that_only_measures_more_keeps_the_shipped_models_format(build, energy_model_without_lookalikes,
                                                                             energy_frame, tmp_path, monkeypatch):
    # A probe added to datasets/probes changes only the metrics the build records: the shipped
    # model was saved anew for them, and a fresh save wrote the newest format, so that the
    # bundled model of format 14 became format 15, which its tests pin and older versions refuse.
    # (Trained without lookalikes and names, as the bundled model of format 14 was.)
    import stance
    from stance import model_format, model_writing

    folder = tmp_path / "default"
    recorded = model_writing._recorded_options
    with monkeypatch.context() as older:  # saved as the versions before format 15 saved it
        older.setattr(model_writing, "format_to_save", lambda model, params: model_format.CJK_SINCE)
        older.setattr(model_writing, "_recorded_options", lambda options, filled=(): {
            name: value for name, value in recorded(options, filled).items()
            if name not in ("negation_words", "lookalikes", "names")})
        energy_model_without_lookalikes.save(folder)
    shipped = stance.load(folder)
    assert shipped.saved_["format_version"] == model_format.CJK_SINCE
    measured = stance.train(energy_frame, stance_column="stance", lookalikes=False, names=False)
    measured.metrics_ = {"probe_top1": 0.9}
    assert build.save_model_if_changed(measured, folder) is True
    rebuilt = stance.load(folder)
    assert rebuilt.saved_["format_version"] == model_format.CJK_SINCE
    assert rebuilt.saved_["parameters_sha256"] == shipped.saved_["parameters_sha256"]
    assert rebuilt.metrics_ == {"probe_top1": 0.9}
    # a model of other parameters is saved as itself, in the newest format
    other = stance.train(energy_frame, stance_column="stance", C=3.0)
    assert build.save_model_if_changed(other, folder) is True
    assert stance.load(folder).saved_["format_version"] == model_format.FORMAT_VERSION


def test_a_rebuild_under_other_versions_leaves_no_note_of_a_recipe_in_the_bundled_card(
        build, energy_model, tmp_path, monkeypatch):
    # A review of df9d63dd: a model at the build's folder whose card had the recipe, measured
    # again under other versions with the same parameters, was saved with "No recipe to train
    # it again: …" in the bundled card for good; the bundled model has neither.
    import stance
    import stance.info

    folder = energy_model.save(tmp_path / "default")
    assert "\n## Training it again\n" in (folder / "MODEL_CARD.md").read_text()
    installed = stance.info.installed
    monkeypatch.setattr(stance.info, "installed", lambda name: "0.0.1" if name == "scikit-learn" else installed(name))
    measured = stance.load(folder)
    measured.metrics_ = {"new": 1.0}
    assert build.save_model_if_changed(measured, folder) is True
    card = (folder / "MODEL_CARD.md").read_text()
    assert "Training it again" not in card and "No recipe" not in card


def test_the_bundled_models_card_gives_no_recipe_that_fails_when_followed(build, energy_frame, tmp_path):
    # The bundled model's source is two files joined, which no command reads: a build that
    # saved a new model wrote a card whose "Training it again" ran `stance train 'a + b'`.
    import stance

    model = stance.train(energy_frame, stance_column="stance")
    model.training_["source"] = "corpus/*.csv + seeds.csv"
    with_recipe, built = tmp_path / "with", tmp_path / "built"
    model.save(with_recipe)  # as a save outside the build writes it
    assert "\n## Training it again\n" in (with_recipe / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert build.save_model_if_changed(model, built) is True
    assert "## Training it again" not in (built / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert stance.load(built).saved_["parameters_sha256"] == stance.load(with_recipe).saved_["parameters_sha256"]
    # measured again (the same parameters, new metrics), it still has none
    model.metrics_ = {"probe_top1": 0.5}
    assert build.save_model_if_changed(model, built) is True
    assert stance.load(built).metrics_ == {"probe_top1": 0.5}
    assert "## Training it again" not in (built / "MODEL_CARD.md").read_text(encoding="utf-8")
    # and a model there whose card gives the recipe gets it removed, the same model or new metrics
    assert build.save_model_if_changed(model, with_recipe) is True
    assert "## Training it again" not in (with_recipe / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert build.save_model_if_changed(model, with_recipe) is False
    with_recipe_again = model.save(tmp_path / "again")
    model.metrics_ = {"probe_top1": 0.6}
    assert build.save_model_if_changed(model, with_recipe_again) is True
    assert "## Training it again" not in (with_recipe_again / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_a_rebuild_that_gives_the_same_results_leaves_evaluation_json_as_it_was(build, tmp_path):
    # Only the protocol's running time differed, and it changed the file on every rebuild.
    path = tmp_path / "evaluation.json"
    build.write_results_if_changed(path, {"held_out": {"top1": 0.9, "folds": (1, 2)}, "seconds": 80.8})
    before = path.read_bytes()
    build.write_results_if_changed(path, {"held_out": {"top1": 0.9, "folds": (1, 2)}, "seconds": 308.8})
    assert path.read_bytes() == before
    build.write_results_if_changed(path, {"held_out": {"top1": 0.8}, "seconds": 308.8})
    assert json.loads(path.read_text()) == {"held_out": {"top1": 0.8}, "seconds": 308.8}


def _strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_evaluation_json_writes_an_undefined_metric_as_null(build, tmp_path):
    # A reproducibility audit: the seed's against_f1 and parliament_offtopic's stance accuracy,
    # undefined there, were written NaN, which JavaScript's JSON.parse and jq refuse, where
    # stance evaluate --json writes null. The file shipped is read strictly too.
    path = tmp_path / "evaluation.json"
    undefined = {"against_f1": float("nan"), "top1": 0.9, "ends": (float("inf"), 1.0)}
    build.write_results_if_changed(path, {"seed": undefined, "seconds": 1.0})
    assert _strict_json(path.read_text()) == {"seed": {"against_f1": None, "top1": 0.9, "ends": [None, 1.0]},
                                              "seconds": 1.0}
    before = path.read_bytes()  # the same results again leave it as it was
    build.write_results_if_changed(path, {"seed": undefined, "seconds": 2.0})
    assert path.read_bytes() == before
    shipped = _strict_json((ROOT / "datasets" / "evaluation.json").read_text(encoding="utf-8"))
    assert shipped["seed"]["metrics"]["against_f1"] is None


def test_the_builds_intervals_are_those_evaluation_report_intervals_gives(build, energy_model, energy_frame):
    # The README calls the published brackets `EvaluationReport.intervals`, but build.py made
    # its report with compute_report and no confidences, and the resamples are drawn over the
    # statements ordered by all their results, confidences included: the stance metrics'
    # bounds came out a little off (stance F_avg [0.814, 0.837] against the API's [0.814, 0.839]).
    import warnings

    import stance

    test = energy_frame.copy()
    with_stance = test.index[test.stance.notna()][::4]  # wrong gold stances: misses to resample
    test.loc[with_stance, "stance"] = test.loc[with_stance, "stance"].map({"favor": "against", "against": "favor"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # of 64 statements, fewer than 30 with some stance
        table = stance.evaluate(energy_model, test).intervals(level=0.95, resamples=1000, random_state=0)
        built = build._intervals(build.report_for(energy_model, test))
        # the same with predictions made once and reused, as datasets/compare.py passes them
        reused = build._intervals(build.report_for(energy_model, test, energy_model.classify_many(test.text.tolist())))
    documented = {name: [round(row.low, 6), round(row.high, 6)] for name, row in table.iterrows()
                  if name in build.METRICS}
    assert set(built) == set(build.METRICS) and built == documented == reused


def test_validate_names_a_folder_it_cannot_read_instead_of_a_pandas_traceback(validate, tmp_path, capsys):
    # "--help" and an empty folder had reached pandas.concat: "No objects to concatenate".
    with pytest.raises(SystemExit) as stopped:
        validate.main([str(tmp_path)])
    assert stopped.value.code == 2
    assert f"{str(tmp_path)!r} is not a folder of .csv files" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        validate.main(["--help"])
    assert stopped.value.code == 0 and "near-duplicates" in capsys.readouterr().out


HEADER = "text,labels,stance,source,register,speaker_side\n"


def test_validate_reports_rows_without_labels_instead_of_crashing(validate, tmp_path, capsys):
    # A row with no labels (or a file whose header misspells "labels") reached the composition,
    # which took each row's first label: IndexError, and no PROBLEM line at all.
    (tmp_path / "one.csv").write_text(
        HEADER + "Allies must keep troops in Estonia for the long haul.,,favor,authored,news,x\n"
        "We back the alliance fully and always.,unity,favor,authored,news,x\n", encoding="utf-8")
    (tmp_path / "two.csv").write_text(
        HEADER.replace("labels", "label") + "A typo header row backs NATO unity against all critics.,"
        "unity,favor,authored,news,x\n", encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM one.csv:2: no labels; expected one or more of ('unity'," in out
    # the file lacking the column is named once, by its own line, not by a line for each row
    assert "PROBLEM two.csv: missing columns ['labels']" in out and "two.csv:2" not in out
    assert "one.csv:3" not in out and out.rstrip().endswith("problems")


def test_validate_names_a_file_it_cannot_read_in_one_line(validate, tmp_path, capsys):
    # A row with a field more than the header had ended validate.py in a 15-line traceback,
    # its message (which names the file and the line) at the bottom.
    (tmp_path / "extra.csv").write_text(
        HEADER + "An extra field row backs the Baltic air policing mission.,eastern_flank,favor,authored,news,x,"
        "extra\n",
        encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        validate.main([str(tmp_path)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 2  # argparse's usage line, then the error
    assert f"error: cannot read {str(tmp_path / 'extra.csv')!r}: line 2 holds 7 values" in err.splitlines()[1]


def test_validate_refuses_stray_columns_and_unknown_sources_and_names_lines_as_an_editor_counts(validate, tmp_path):
    # A stray column and a source the schema has not were accepted, and a row after a text
    # spanning two lines and a blank line was named as on line 4: it is on line 6.
    (tmp_path / "notes.csv").write_text(
        HEADER.replace("\n", ",notes\n") + "A stray column row backs the Baltic brigade fully.,eastern_flank,favor,"
        "authored,news,x,check this\n", encoding="utf-8")
    (tmp_path / "source.csv").write_text(
        HEADER + "Ukraine must get every shell we can spare right now.,ukraine_support,favor,wikipedia,news,x\n",
        encoding="utf-8")
    (tmp_path / "lines.csv").write_text(
        HEADER + "Row two is fine and supports Ukraine with shells.,ukraine_support,favor,authored,news,x\n"
        '"Row three spans\ntwo lines and backs Ukraine with drones.",ukraine_support,favor,authored,news,x\n'
        "\nRow after blank line has a bad register for Ukraine aid.,ukraine_support,favor,authored,blog,x\n",
        encoding="utf-8")
    found = validate.problems(validate.load_corpus(tmp_path))
    assert f"notes.csv: column 'notes' is not in the schema {validate.COLUMNS}" in found
    assert f"source.csv:2: source 'wikipedia' outside {validate.SOURCES}" in found
    assert f"lines.csv:6: register 'blog' outside {validate.REGISTERS}" in found
    assert not any(line.startswith("lines.csv:4") for line in found)
    assert set(validate.SOURCES) == {"authored", "challenge", "seed"}  # the DATASHEET's and ANNOTATION.md's


def test_validate_refuses_a_corpus_row_that_copies_a_held_out_statement(validate, tmp_path, capsys):
    # A batch copying a challenge, a probe and a seed statement validated, and the build (which
    # refuses what problems() reports) would have trained on them and scored them as unseen.
    import pandas as pd

    def first(path: str) -> str:
        return pd.read_csv(ROOT / path, dtype=str, keep_default_na=False).text[0]

    seed = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False).text[1]
    rows = [first("datasets/challenge/challenge_plain.csv"), first("datasets/probes/plain_stance.csv"),
            seed.replace(",", "").replace(".", "!") + " Indeed.",  # a near-copy
            "We back the alliance fully and always."]
    pd.DataFrame({"text": rows, "labels": "unity", "stance": "favor", "source": "authored", "register": "news",
                  "speaker_side": "x"}).to_csv(tmp_path / "batch.csv", index=False)
    assert validate.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM batch.csv:2: duplicate of the held-out statement datasets/challenge/challenge_plain.csv:2" in out
    assert "PROBLEM batch.csv:3: duplicate of the held-out statement datasets/probes/plain_stance.csv:2" in out
    assert "PROBLEM batch.csv:4: near-duplicate (0." in out
    assert "of the held-out statement seeds/seed_statements.csv:3" in out
    assert "batch.csv:5" not in out and out.rstrip().endswith("3 problems")
    # A held-out set validated as a folder is no training data: not compared with the others (a
    # review: the challenge set was refused for statements it shares with the probes).
    for held_out in (ROOT / "datasets" / "challenge", ROOT / "datasets" / "probes"):
        assert validate.held_out_sets(besides=held_out) == {}
    assert len(validate.held_out_sets(besides=tmp_path)) == len(list((ROOT / "datasets" / "probes").glob("*.csv"))) + 2


def test_the_bundled_model_records_the_digests_of_the_rows_the_build_trains_it_on(corpus, monkeypatch):
    # Training came to record the digest of the texts and labels alone (labels_sha256), which
    # the shipped model lacked: a rebuild then re-saved it, and `git status` after the build no
    # longer showed that it reproduced the shipped model. The rows are read as stance.train
    # reads them, stopped before the fit, and digested as training digests them.
    import pandas as pd

    import stance
    import stance.training
    from stance.row_order import fingerprint

    class Read(Exception):
        pass

    def read(texts, label_sets, stances, *rest):
        raise Read(texts, label_sets, stances)

    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    everything = pd.concat([corpus, seeds.assign(source="seed")], ignore_index=True)  # as datasets/build.py
    monkeypatch.setattr(stance.training, "fit_parameters", read)
    with pytest.raises(Read) as rows:
        stance.train(everything, stance_column="stance")
    texts, label_sets, stances = rows.value.args
    recorded = stance.load(ROOT / "models" / "default").training_
    assert recorded["rows"] == len(texts) == len(everything)
    assert recorded["sha256"] == fingerprint(texts, label_sets, stances)
    assert recorded["labels_sha256"] == fingerprint(texts, label_sets, None)


def test_validate_says_a_file_has_no_header_and_names_each_lack_once(validate, tmp_path, capsys):
    # A file saved without its header line was "missing columns" beside its first statement
    # named as a stray column, and each further row "empty text"; a file without the source and
    # register columns gave "source nan outside …" on every row; an exact duplicate was named
    # twice, the second time as "near-duplicate (1.00)".
    rows = ("Allies must keep the brigade in Lithuania for good.,eastern_flank,favor,authored,news,x\n"
            "Cutting the aid to Kyiv would betray a partner at war.,ukraine_support,favor,authored,oped,x\n")
    (tmp_path / "headless.csv").write_text(rows, encoding="utf-8")
    (tmp_path / "three.csv").write_text(
        "text,labels,stance\nThe summit dinner moves to the castle hall tonight.,none,\n"
        "Every ally answers when one of us is attacked.,unity,favor\n", encoding="utf-8")
    (tmp_path / "cells.csv").write_text(
        HEADER + "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,,news,x\n"
        "Parliament voted down the bigger defence budget again.,deterrence,against,authored,,x\n"
        "Every ally answers when one of us is attacked!,unity,favor,authored,news,x\n", encoding="utf-8")
    found = validate.problems(validate.load_corpus(tmp_path))
    assert found[0] == ("headless.csv: no header line: its first line is read as the column names; "
                        "add the line text,labels,stance,source,register,speaker_side above it")
    assert [line for line in found if line.startswith("headless.csv")] == found[:1]  # no row of it
    assert [line for line in found if line.startswith("three.csv")] == [
        "three.csv: missing columns ['source', 'register']", "three.csv:3: duplicate of cells.csv:4"]
    assert f"cells.csv:2: no source; expected one of {validate.SOURCES}" in found
    assert f"cells.csv:3: no register; expected one of {validate.REGISTERS}" in found
    assert not any("near-duplicate" in line for line in found)
    assert len(found) == 5, found
    # A folder of the header-less file alone: its name is given, where "missing columns" was not.
    (tmp_path / "three.csv").unlink()
    (tmp_path / "cells.csv").unlink()
    assert validate.main([str(tmp_path)]) == 1
    assert "PROBLEM headless.csv: no header line" in capsys.readouterr().out
    # A header written in capitals, or with a space after each comma, is a header, its names miswritten.
    header = "Text, labels,stance,source,register,speaker_side\n"
    (tmp_path / "headless.csv").write_text(header + rows, encoding="utf-8")
    found = validate.problems(validate.load_corpus(tmp_path))
    assert found[:2] == ["headless.csv: missing columns ['text', 'labels']",
                         f"headless.csv: columns ['Text', ' labels'] are not in the schema {validate.COLUMNS}; "
                         "write ['text', 'labels'] for ['Text', ' labels']: names are lower case, without spaces"]


def test_validate_names_a_table_of_the_corpus_folder_that_is_no_lower_case_csv(validate, tmp_path):
    # "batch.CSV" and "batch.tsv" validated as "valid" without their rows, and the build passed
    # them over, while stance.train of the folder read and trained on them.
    from stance.tables import read_table

    row = "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n"
    (tmp_path / "good.csv").write_text(HEADER + row, encoding="utf-8")
    (tmp_path / "upper.CSV").write_text(HEADER + row.replace("pilots", "crews"), encoding="utf-8")
    (tmp_path / "tabs.tsv").write_text((HEADER + row.replace("Our", "The")).replace(",", "\t"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a table\n", encoding="utf-8")
    assert len(read_table(tmp_path)) == 3  # what stance.train of the folder reads
    found = validate.problems(validate.load_corpus(tmp_path))
    assert found == ["tabs.tsv: not read: the corpus is the folder's .csv files, suffix in lower case; "
                     "save it as CSV (UTF-8) named tabs.csv",
                     "upper.CSV: not read: the corpus is the folder's .csv files, suffix in lower case; "
                     "save it as CSV (UTF-8) named upper.csv"]


def test_validate_names_a_text_whose_opening_quote_was_left_out(validate, tmp_path):
    # 'Bring the soldiers home from Rukla.",eastern_flank,…' validated: pandas reads a quote that
    # opens no cell as text, and the statement trained with a stray '"' at its end.
    (tmp_path / "quotes.csv").write_text(
        HEADER + 'Bring the soldiers home from Rukla now.",eastern_flank,against,authored,news,x\n'
        '"She called it ""a tripwire of steel"" on Monday.",eastern_flank,favor,authored,news,x\n', encoding="utf-8")
    found = validate.problems(validate.load_corpus(tmp_path))
    assert found == ["quotes.csv:2: an unpaired '\"' in the text: quote the whole cell, a quote inside it doubled "
                     "('\"He said \"\"no\"\".\"')"]


def test_validate_takes_a_quoted_cell_whose_text_holds_an_odd_number_of_quotes(validate, tmp_path):
    # Each cell below is quoted as the CSV rule asks, a quote inside doubled, and was refused as
    # "an unpaired '\"' … quote the whole cell": an inch mark, a quotation left open, a typographic
    # quote closed straight. A cell whose opening quote was left out is still named, also when it
    # doubles the quotes inside.
    rows = ['"Send Kyiv the 12"" howitzers it asked for before winter.",ukraine_support,favor,authored,news,x',
            '"""We will stay,"" the minister said, ""and we will not leave Riga.",eastern_flank,favor,authored,news,x',
            '"“A tripwire"" is what she called the brigade in Rukla.",eastern_flank,favor,authored,news,x',
            'She called the summit ""a wake-up call"" for every ally.",unity,favor,authored,news,x',
            'Bring the soldiers home from Rukla now.",eastern_flank,against,authored,news,x']
    (tmp_path / "quotes.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    corpus = validate.load_corpus(tmp_path)
    assert corpus.text[0] == 'Send Kyiv the 12" howitzers it asked for before winter.'  # read as written
    unpaired = ("an unpaired '\"' in the text: quote the whole cell, a quote inside it doubled "
                "('\"He said \"\"no\"\".\"')")
    assert validate.problems(corpus) == [f"quotes.csv:5: {unpaired}", f"quotes.csv:6: {unpaired}"]


def test_validate_names_a_file_lacking_the_labels_or_the_stance_column_once(validate, tmp_path):
    # As a file lacking source or register: each of its rows had said "stance '', expected one
    # of …" or "no labels; expected one or more of …" beneath the file's "missing columns" line.
    (tmp_path / "nostance.csv").write_text(
        "text,labels,source,register\nAllies must keep the brigade in Lithuania for good.,eastern_flank,authored,news\n"
        "Cutting the aid to Kyiv would betray a partner at war.,ukraine_support,authored,oped\n", encoding="utf-8")
    (tmp_path / "nolabels.csv").write_text(
        "text,stance,source,register\nOur pilots will police the Baltic skies all winter.,favor,authored,news\n"
        "Parliament voted down the bigger defence budget again.,against,authored,parliament\n", encoding="utf-8")
    (tmp_path / "whole.csv").write_text(
        HEADER + "Every ally answers when one of us is attacked.,unity,,authored,news,x\n", encoding="utf-8")
    assert validate.problems(validate.load_corpus(tmp_path)) == [
        "nolabels.csv: missing columns ['labels']", "nostance.csv: missing columns ['stance']",
        f"whole.csv:2: stance '', expected one of {validate.STANCES}"]  # an empty cell is still named


def test_validate_does_not_call_a_file_the_corpus_read_unread(validate, tmp_path, monkeypatch):
    # On Windows the glob "*.csv" matches "upper.CSV": load_corpus read its rows, and problems()
    # (so the build) refused it as "upper.CSV: not read: …". Simulated here by a glob that, as
    # Windows's, ignores the case of names.
    row = "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n"
    (tmp_path / "good.csv").write_text(HEADER + row, encoding="utf-8")
    (tmp_path / "upper.CSV").write_text(
        HEADER + "Cutting the aid to Kyiv would betray a partner at war.,ukraine_support,favor,authored,oped,x\n",
        encoding="utf-8")
    (tmp_path / "tabs.tsv").write_text((HEADER + row).replace(",", "\t"), encoding="utf-8")
    monkeypatch.setattr(type(tmp_path), "glob", lambda folder, pattern: sorted(
        path for path in folder.iterdir() if path.suffix.lower() == ".csv"))
    corpus = validate.load_corpus(tmp_path)
    assert sorted(corpus.file) == ["good.csv", "upper.CSV"]
    assert validate.problems(corpus) == ["tabs.tsv: not read: the corpus is the folder's .csv files, suffix in "
                                         "lower case; save it as CSV (UTF-8) named tabs.csv"]


def test_validate_takes_a_quoted_cell_that_ends_in_a_quotation_of_its_own(validate, tmp_path):
    # Quoted as the CSV rule asks, each text ends in a '"' of its own after an odd number of them,
    # as a cell whose opening quote was left out reads, and was refused as "an unpaired '\"'".
    rows = ['"Send Kyiv the 12"" howitzers now, the minister said: ""today""",ukraine_support,favor,authored,news,x',
            '"He called the brigade in Rukla “a tripwire of steel.""",eastern_flank,favor,authored,news,x',
            '"Allies will stay in the east, she said:\n""for good""",eastern_flank,favor,authored,news,x',  # two lines
            'Bring the soldiers home from Rukla now.",eastern_flank,against,authored,news,x']
    (tmp_path / "quotes.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    corpus = validate.load_corpus(tmp_path)
    assert corpus.text[0] == 'Send Kyiv the 12" howitzers now, the minister said: "today"'  # read as written
    assert validate.problems(corpus) == ["quotes.csv:6: an unpaired '\"' in the text: quote the whole cell, "
                                         "a quote inside it doubled ('\"He said \"\"no\"\".\"')"]


@pytest.mark.parametrize(("newline", "encoding"), [("\r\n", "utf-8"), ("\r", "utf-8"), ("\n", "utf-16")])
def test_validate_takes_a_quoted_cell_ending_in_a_quotation_in_a_file_saved_otherwise(validate, tmp_path, newline,
                                                                                      encoding):
    # A review of 6b0972fc: its file was read as UTF-8 with its line breaks made "\n", the text as
    # the reader keeps it: a cell spanning lines of a Windows editor's file ("\r\n"), or any such
    # cell of a UTF-16 file (Excel's "Unicode Text"), was not found as written and still refused.
    rows = ['"Allies will stay in the east, she said:\nwe bring 12"" guns, ""for good""",eastern_flank,favor,'
            'authored,news,x',
            '"He called the brigade in Rukla “a tripwire of steel.""",eastern_flank,favor,authored,news,x',
            'Bring the soldiers home from Rukla now.",eastern_flank,against,authored,news,x']
    written = (HEADER + "\n".join(rows) + "\n").replace("\n", newline)
    (tmp_path / "quotes.csv").write_bytes(written.encode(encoding))
    corpus = validate.load_corpus(tmp_path)
    assert corpus.text[0] == f'Allies will stay in the east, she said:{newline}we bring 12" guns, "for good"'
    assert validate.problems(corpus) == ["quotes.csv:5: an unpaired '\"' in the text: quote the whole cell, "
                                         "a quote inside it doubled ('\"He said \"\"no\"\".\"')"]


def test_validate_names_a_cell_whose_opening_quote_closes_before_the_cell_ends(validate, tmp_path, capsys):
    # '"Never again" is our pledge to Kyiv …' unquoted validated as "valid": a CSV reader takes the
    # quotes for quoting and drops them, and the statement trained as 'Never again is our pledge …'.
    rows = ['"Never again" is our pledge to Kyiv and we keep it to the letter.,ukraine_support,favor,authored,speech,x',
            '"""Never again"" is what the chancellor promised Kyiv in May.",ukraine_support,favor,authored,news,x',
            'The alliance stands together on every front this winter.,unity,favor,authored,"speech" ,x']
    (tmp_path / "batch.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    corpus = validate.load_corpus(tmp_path)
    assert corpus.text[0] == "Never again is our pledge to Kyiv and we keep it to the letter."  # the quotes lost
    assert corpus.text[1] == '"Never again" is what the chancellor promised Kyiv in May.'  # quoted: kept
    assert validate.problems(corpus) == [
        "batch.csv:2: the text cell '\"Never again\" is our pledge to Kyiv and…' opens with a quote that closes "
        "before the cell ends: a CSV reader drops such quotes, and read the cell without them; quote the whole "
        "cell, its quotes doubled ('\"\"\"Never again\"\" is our pledge to Kyiv and we kee…')",
        "batch.csv:4: the register cell '\"speech\" ' opens with a quote that closes before the cell ends: a CSV "
        "reader drops such quotes, and read the cell without them; quote the whole cell, its quotes doubled "
        "('\"\"\"speech\"\" \"')", f"batch.csv:4: register 'speech ' outside {validate.REGISTERS}"]
    assert validate.main([str(tmp_path)]) == 1
    assert "PROBLEM batch.csv:2: the text cell" in capsys.readouterr().out


def test_validate_names_a_header_of_another_separator_and_swapped_columns_once(validate, tmp_path):
    # A batch saved with "|" between cells was "no header line … add the line text,labels,… above
    # it", though its header was there; a batch whose stance and source cells were swapped gave
    # two lines for each of its rows.
    (tmp_path / "pipes.csv").write_text(HEADER.replace(",", "|")
                                        + "The alliance stands together on every front this winter.|unity|favor|"
                                          "authored|speech|x\n")
    (tmp_path / "swapped.csv").write_text(
        HEADER + "Our jets will guard the Baltic sky for years to come.,eastern_flank,authored,favor,news,x\n"
        "Keep the aid flowing to Kyiv until the war is won.,ukraine_support,authored,against,news,x\n"
        "The conference dinner moves to the castle hall tonight.,none,,,press,x\n"
        "Deterrence without money behind it is a bluff Moscow will call.,deterrence,authored,favor,oped,x\n")
    (tmp_path / "one.csv").write_text(  # one row swapped of two: the row's own fault, named as before
        HEADER + "Spending two percent is the floor and not the ceiling.,deterrence,favor,authored,speech,x\n"
        "Poland will host more allied troops than ever next spring.,eastern_flank,authored,favor,news,x\n")
    assert validate.problems(validate.load_corpus(tmp_path)) == [
        "pipes.csv: its header 'text|labels|stance|source|register|speaker_side' separates the column names with "
        "'|', not commas: save the file with commas between cells (pandas: to_csv(path, index=False))",
        "swapped.csv: columns 'stance' and 'source' hold each other's values in every row (line 2: stance "
        "'authored', source 'favor'): swap the two names in its header, or the two cells of each row",
        "one.csv:3: stance 'authored', expected one of ('favor', 'against')",
        "one.csv:3: source 'favor' outside ('authored', 'challenge', 'seed')"]


def test_validate_and_the_build_leave_out_a_spreadsheet_as_stance_train_does_and_skip_its_lock_file(
        validate, tmp_path, capsys):
    # A spreadsheet in the corpus folder stopped the build ("not read: … save it as CSV"), while
    # stance.train of the folder, as the datasheet says the corpus is read, warned and left it out;
    # Excel's lock file beside it, "~$batch.xlsx", was named as a spreadsheet to save as CSV too.
    import stance
    from stance.tables import read_table

    (tmp_path / "batch.csv").write_text(
        HEADER + "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n"
        "Keep the aid flowing to Kyiv until the war is won.,ukraine_support,favor,authored,speech,x\n",
        encoding="utf-8")
    (tmp_path / "batch.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "~$batch.xlsx").write_bytes(b"\x05alice" + b" " * 50)
    with pytest.warns(stance.StanceWarning, match=r"left out 1 spreadsheet file\(s\) \(batch\.xlsx\), which"):
        assert len(read_table(tmp_path)) == 2  # what stance.train of the folder reads
    corpus = validate.load_corpus(tmp_path)
    assert validate.problems(corpus) == []
    assert validate.left_out(corpus) == [
        "batch.xlsx: left out, as stance.train leaves out a spreadsheet of the folder; if its rows are not in a "
        ".csv file of it yet, save it as CSV (UTF-8) named batch.csv"]
    assert validate.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "WARNING batch.xlsx: left out" in out and "~$" not in out


def test_validate_checks_a_folder_of_one_statement(validate, tmp_path, capsys):
    # A batch of one row checked in a folder of its own ended in a pandas KeyError: -1, looking
    # for the statement's nearest other.
    (tmp_path / "one.csv").write_text(
        HEADER + "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n",
        encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 statements") and out.rstrip().endswith("valid") and "nearest pair" not in out


def test_validate_says_when_it_cannot_tell_whether_a_cell_ending_in_a_quote_is_quoted(validate, tmp_path):
    # A cell quoted as it should be, its text ending in a quotation ('… ""ready""'), was told "quote
    # the whole cell" when its file could not be read to look (a frame without its folder); a file
    # moved since it was loaded ended problems() in a FileNotFoundError.
    import shutil

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.csv").write_text(
        HEADER + '"Kyiv needs the 12"" guns we call ""ready""",ukraine_support,favor,authored,news,x\n'
        "The alliance stands together on every front this winter.,unity,favor,authored,speech,x\n", encoding="utf-8")
    corpus = validate.load_corpus(folder)
    assert corpus.text[0] == 'Kyiv needs the 12" guns we call "ready"'
    assert validate.problems(corpus) == []  # its file read: quoted as it should be
    unsure = ("a.csv:2: an unpaired '\"' ends the text, and whether its cell is quoted cannot be told, as {}: if its "
              "opening quote was left out, quote the whole cell, a quote inside it doubled ('\"He said \"\"no\"\".\"')")
    alone = corpus.copy()
    alone.attrs = {}
    assert validate.problems(alone) == [
        unsure.format("the rows name no folder to read their files from (see load_corpus)")]
    shutil.move(folder, tmp_path / "moved")
    assert validate.problems(corpus) == [
        unsure.format(f"a.csv could not be read (No such file or directory: {str(folder / 'a.csv')!r})")]


def test_validate_says_a_folder_of_no_statements_holds_none(validate, tmp_path, capsys):
    # A review of 982b58e6, which made a folder of one statement validate: a folder whose batch
    # is its header alone (a template) ended in a ZeroDivisionError, counting shares of no rows.
    (tmp_path / "template.csv").write_text(HEADER, encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"PROBLEM no statements: the .csv files of {str(tmp_path)!r} hold no row below their header", "1 problems"]


def test_validate_finds_dropped_quotes_in_a_file_of_one_column_in_linear_time(validate, tmp_path):
    # A review of af8baea1: each row with a quote looked for the next delimiter to the file's end,
    # and a file of one column has none: 200,000 such rows took 15.6 s of CPU, now 0.5 s.
    import time

    rows = [f'He said "no" to them again and again at time {number}.' for number in range(200_000)]
    (tmp_path / "one.csv").write_text("text\n" + "\n".join(rows) + '\n"No" means no to them.\n', encoding="utf-8")
    started, written = time.process_time(), {}
    found = [validate.quotes_dropped("one.csv", line, str(tmp_path), written, ["text"])
             for line in range(2, len(rows) + 3)]
    assert time.process_time() - started < 4.0
    assert found == [None] * len(rows) + [("text", '"No" means no to them.')]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_validate_reads_a_carriage_return_inside_a_cell_as_the_reader_does(validate, tmp_path, newline):
    # A review of af8baea1 and d7ed7e83 (merged with e854a051): the file was read with each "\r" a
    # line break, where the reader and the rows' line numbers read a "\r" in a line of a "\n" file
    # as text, so every later row was checked on the line above it: a cell that drops its quotes
    # was named on the next row's line, and that row's quoted cell ending in a quotation went unread.
    rows = ['"A note pasted from an old Mac, its break\ras it was kept.",unity,favor,authored,news,x',
            '"Never again" is our pledge to Kyiv and we keep it to the letter.,ukraine_support,favor,authored,speech,x',
            '"Kyiv needs the 12"" guns we call ""ready""",ukraine_support,favor,authored,news,x',
            'The alliance stands together on every front this winter.,unity,favor,authored,"speech" ,x']
    (tmp_path / "b.csv").write_bytes((HEADER + "\n".join(rows) + "\n").replace("\n", newline).encode("utf-8"))
    corpus = validate.load_corpus(tmp_path)
    assert corpus.line.tolist() == [2, 3, 4, 5] and "\r" in corpus.text[0]
    found = validate.problems(corpus)
    assert [line.split(" opens")[0] for line in found if "opens with a quote" in line] == [
        "b.csv:3: the text cell '\"Never again\" is our pledge to Kyiv and…'",
        "b.csv:5: the register cell '\"speech\" '"], found
    assert not any("unpaired" in line for line in found), found


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_validate_counts_the_lines_of_an_old_mac_file_as_the_reader_does(validate, tmp_path, encoding):
    # A review of b6d04eab: an old Mac file (lines ending in "\r") was counted at "\r" alone, where
    # the reader ends a line at a "\n" too (Excel for Mac breaks a line inside a cell so): after a
    # cell holding one, each row was checked on the line above it, and the dropped quotes of line 4
    # went unnamed, those of line 5 named as line 4.
    rows = ['"A cell spanning\nlines, of allies today.",unity,favor,authored,news,x',
            '"Never again" is our pledge to Kyiv and we keep it to the letter.,ukraine_support,favor,authored,speech,x',
            'The alliance stands together on every front this winter.,unity,favor,authored,"speech" ,x']
    (tmp_path / "b.csv").write_bytes((HEADER.replace("\n", "\r") + "\r".join(rows) + "\r").encode(encoding))
    corpus = validate.load_corpus(tmp_path)
    assert corpus.line.tolist() == [2, 4, 5]
    found = validate.problems(corpus)
    assert [line.split(" opens")[0] for line in found if "opens with a quote" in line] == [
        "b.csv:4: the text cell '\"Never again\" is our pledge to Kyiv and…'",
        "b.csv:5: the register cell '\"speech\" '"], found


def test_validate_shows_no_empty_cell_as_nan_in_its_summary_or_problems(validate, tmp_path, capsys):
    # A row of empty cells (a spreadsheet's used row) is read as NaN in every column: the summary
    # counted "nan" as a word form, gave it as half of the nearest pair, and a swapped pair of
    # columns whose first row was a "none" row, its stance empty, was shown as "source nan".
    (tmp_path / "a.csv").write_text(
        HEADER + "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n"
        ",,,,,\n", encoding="utf-8")
    (tmp_path / "swapped.csv").write_text(
        HEADER + "The conference dinner moves to the castle hall tonight.,none,authored,,press,x\n"
        "Keep the aid flowing to Kyiv until the war is won.,ukraine_support,authored,against,news,x\n",
        encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    words = {"our", "pilots", "will", "police", "the", "baltic", "skies", "all", "winter", "conference", "dinner",
             "moves", "to", "castle", "hall", "tonight", "keep", "aid", "flowing", "kyiv", "until", "war", "is", "won"}
    assert f"3 statements, {len(words)} distinct word forms (1 row of empty cells not counted" in out
    assert "nan" not in out
    assert "PROBLEM a.csv:3: empty in every column" in out
    assert ("PROBLEM swapped.csv: columns 'stance' and 'source' hold each other's values in every row (line 3: "
            "stance 'authored', source 'against')") in out


def test_validate_gives_no_nearest_pair_of_an_empty_row(validate, tmp_path, capsys):
    # One statement and a row of empty cells: the pair was the statement and "nan".
    (tmp_path / "a.csv").write_text(
        HEADER + "Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x\n"
        ",,,,,\n", encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "nearest pair" not in out and "nan" not in out and "PROBLEM a.csv:3: empty in every column" in out


def test_validate_counts_no_row_of_empty_cells_as_a_statement_and_names_it_as_stance_train_does(
        validate, tmp_path, capsys):
    # "python datasets/validate.py" counted a row of empty cells (",,,,,", a spreadsheet's used
    # row) as a statement ("3 statements" of two, each share's denominator one too many) and
    # named it "empty text", where stance train refuses the same row as empty in every column.
    rows = ["Our pilots will police the Baltic skies all winter.,eastern_flank,favor,authored,news,x",
            ",,,,,", "Keep the aid flowing to Kyiv until the war is won.,ukraine_support,against,authored,press,x",
            ", , ,,,"]  # blank cells are empty too
    (tmp_path / "a.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    # A file of other columns: a row is empty in its own file's columns, not the corpus's.
    (tmp_path / "b.csv").write_text("text,labels,stance,source,register\n"
                                    "The summit closes with a dinner at the castle tonight.,none,,authored,news\n"
                                    ",,,,\n", encoding="utf-8")
    corpus = validate.load_corpus(tmp_path)
    assert validate.empty_rows(corpus) == [1, 3, 5]
    assert validate.composition(validate.statements(corpus))["rows"] == 3
    assert validate.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("3 statements, ") and "(3 rows of empty cells not counted: see below)" in out
    assert "registers: speech 0.0%, press 33.3%, news 66.7%" in out  # of three, not of six
    told = "empty in every column (as a spreadsheet saves rows below its data whose cells were once used)"
    assert [line for line in out.splitlines() if line.startswith("PROBLEM")] == [
        f"PROBLEM {where}: {told}; delete the row from the file" for where in ("a.csv:3", "a.csv:5", "b.csv:3")]
    with pytest.raises(stance.InvalidInputError, match=re.escape(told)):  # as stance train refuses it
        stance.read_labelled(tmp_path / "a.csv")


def test_validate_says_a_folder_of_rows_of_empty_cells_alone_holds_no_statement(validate, tmp_path, capsys):
    (tmp_path / "a.csv").write_text(HEADER + ",,,,,\n", encoding="utf-8")
    assert validate.main([str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"PROBLEM no statements: the .csv files of {str(tmp_path)!r} hold rows of empty cells alone", "2 problems"]

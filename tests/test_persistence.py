"""Saving and loading: plain data, checksums, atomic replacement, no unpickling."""

import errno
import io
import json
import math
import os
import pickle
import re
import shutil
import subprocess
import sys
import typing
import warnings
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pytest

import stance
from stance import ModelFormatError, ModelIntegrityError
from tests.conftest import ANALYZER_OPTIONS, OPTION_NAMES, assert_read_as

ROOT = Path(__file__).resolve().parent.parent
PROBES = ["Build more wind turbines.", "Gas is a detour.", "The hearing resumes on Thursday.", ""]


@pytest.fixture()
def saved(energy_model, tmp_path):
    path = tmp_path / "model"
    energy_model.save(path)
    return path


def test_directory_layout(saved):
    names = sorted(p.name for p in saved.iterdir())
    assert {"metadata.json", "vocabulary.json", "checksums.json", "MODEL_CARD.md", "idf.npy",
            "target_coef.npy"} <= set(names)
    assert not any(name.endswith((".pkl", ".joblib", ".pickle")) for name in names)
    metadata = json.loads((saved / "metadata.json").read_text())
    # Format 15, the newest, for every model this version fits (from format 9, whose digest
    # covers the names; before it, the oldest format that held the model: 8 for this one, which
    # reads American spellings as British, had it been trained without invisibles, cannot,
    # handles, marks and cjk).
    assert metadata["format"] == "stance-model" and metadata["format_version"] == 17
    assert "confidence_calibration.npy" in names
    assert metadata["labels"] == ["gas", "none", "nuclear", "renewables"]
    assert metadata["training_data"]["rows"] == 64
    assert len(metadata["training_data"]["sha256"]) == 64
    # scipy too: training reproduces a model only under the same scikit-learn and scipy.
    import scipy

    assert set(metadata["versions"]) == {"stance", "scikit-learn", "scipy", "numpy", "python"}
    assert metadata["versions"]["scipy"] == scipy.__version__
    assert f"scipy {scipy.__version__}, numpy" in (saved / "MODEL_CARD.md").read_text()
    assert "renewables" in (saved / "MODEL_CARD.md").read_text()


def test_saving_a_loaded_model_does_not_import_scikit_learn_and_records_its_version(saved, tmp_path):
    # A service that saved a model it had loaded paid 5-7 s on its first save: the saving
    # imported scikit-learn and scipy only to write down their versions.
    import scipy
    import sklearn

    script = ("import json, sys, stance; stance.load(sys.argv[1]).save(sys.argv[2]);"
              "print(json.dumps([json.load(open(sys.argv[2] + '/metadata.json'))['versions'],"
              " 'sklearn' in sys.modules, 'scipy' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", script, str(saved), str(tmp_path / "again")], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    versions, imported_sklearn, imported_scipy = json.loads(out.stdout)
    assert (imported_sklearn, imported_scipy) == (False, False)
    assert (versions["scikit-learn"], versions["scipy"]) == (sklearn.__version__, scipy.__version__)


def test_load_predicts_identically(energy_model, saved):
    loaded = stance.load(saved)
    np.testing.assert_array_equal(loaded.predict_proba(PROBES), energy_model.predict_proba(PROBES))
    assert [p.stance for p in loaded.classify_many(PROBES)] == [p.stance for p in energy_model.classify_many(PROBES)]
    assert loaded.get_params() == energy_model.get_params()


def test_load_in_a_new_process_predicts_identically(energy_model, saved, tmp_path):
    script = (
        "import json, sys, stance; m = stance.load(sys.argv[1]);"
        "print(json.dumps(m.predict_proba(json.loads(sys.argv[2])).tolist()))"
    )
    out = subprocess.run([sys.executable, "-c", script, str(saved), json.dumps(PROBES)],
                         capture_output=True, text=True, check=True)
    assert np.array(json.loads(out.stdout)).tolist() == energy_model.predict_proba(PROBES).tolist()


def test_refuses_to_overwrite_without_permission(energy_model, saved):
    with pytest.raises(FileExistsError, match="overwrite=True"):
        energy_model.save(saved)
    energy_model.save(saved, overwrite=True)
    assert stance.load(saved).labels == energy_model.labels


def test_an_overwrite_that_is_no_bool_is_refused_and_the_model_kept(energy_model, saved, tmp_path):
    # overwrite="no" is true to Python: the save replaced the model it was meant to keep.
    before = (saved / "metadata.json").read_bytes()
    for bad in ("no", "False", "", 0, 1, None, [False]):
        with pytest.raises(stance.InvalidTypeError, match=r"^overwrite must be True or False, got "):
            energy_model.save(saved, overwrite=bad)
        with pytest.raises(stance.InvalidTypeError, match=r"^overwrite must be True or False"):
            energy_model.save(tmp_path / "new", overwrite=bad)
    assert (saved / "metadata.json").read_bytes() == before
    assert not (tmp_path / "new").exists()
    energy_model.save(tmp_path / "new", overwrite=np.False_)  # numpy's bools are the bools they hold
    energy_model.save(tmp_path / "new", overwrite=np.True_)
    with pytest.raises(FileExistsError):
        energy_model.save(tmp_path / "new", overwrite=np.False_)


def test_a_path_that_starts_with_a_tilde_is_in_the_home_folder(energy_model, tmp_path, monkeypatch):
    # model.save("~/m") wrote a folder named "~" in the working folder, and stance.score("~/in.csv")
    # was "file not found", where pandas, which stance wraps, reads "~" as the home folder.
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir(), work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    assert energy_model.save("~/m") == home / "m"
    assert energy_model.save(Path("~/m"), overwrite=True) == home / "m"
    assert stance.load("~/m").labels == stance.load(Path("~") / "m").labels == energy_model.labels
    pd.DataFrame({"text": ["Build more nuclear plants.", "Thank you."]}).to_csv(home / "in.csv", index=False)
    assert stance.classify("Build more nuclear plants.", model="~/m").label == "nuclear"
    assert stance.score("~/in.csv", model="~/m", progress=False).label.tolist()[0] == "nuclear"
    assert stance.score(Path("~/in.csv"), model=Path("~/m"), progress=False).label.tolist()[0] == "nuclear"
    assert stance.score_file("~/in.csv", "~/out.csv", model="~/m", progress=False) == 2
    assert stance.score_file(Path("~/in.csv"), Path("~/out.jsonl"), model="~/m", progress=False) == 2
    assert pd.read_csv(home / "out.csv").label.tolist()[0] == "nuclear" and (home / "out.jsonl").is_file()
    assert os.listdir(work) == []  # nothing went into a folder named "~" here
    # A folder that is literally named "~" in the working folder is "./~".
    assert energy_model.save("./~/m") == Path("./~/m") and os.listdir(work) == ["~"]
    assert stance.load("./~/m").labels == energy_model.labels


def test_refuses_to_replace_a_directory_that_is_not_a_model(energy_model, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "diary.txt").write_text("precious")
    with pytest.raises(FileExistsError, match="not a stance model"):
        energy_model.save(tmp_path / "notes", overwrite=True)
    assert (tmp_path / "notes" / "diary.txt").read_text() == "precious"


def test_refuses_to_replace_a_folder_holding_files_that_are_not_the_model(energy_model, saved, tmp_path):
    # A checksums.json was taken as proof of a model: a save over a folder that held one
    # deleted everything else in it, as over a model the user had added notes to, which
    # `stance info` refused as holding files that are not part of the model.
    (tmp_path / "fake").mkdir()
    (tmp_path / "fake" / "checksums.json").write_text("{}")
    (tmp_path / "fake" / "thesis.docx").write_text("precious")
    (saved / "eval_notes.csv").write_text("precious too")
    for folder, name in ((tmp_path / "fake", "thesis.docx"), (saved, "eval_notes.csv")):
        with pytest.raises(FileExistsError, match=rf"not a stance model.*\['{name}'\]"):
            energy_model.save(folder, overwrite=True)
        assert (folder / name).read_text().startswith("precious")
    (saved / "eval_notes.csv").unlink()
    energy_model.save(saved, overwrite=True)  # the model alone is replaced as before
    assert stance.load(saved).labels == energy_model.labels


def test_a_save_over_a_model_another_save_replaces_meanwhile_is_not_refused(energy_model, energy_frame,
                                                                             default_model, tmp_path, monkeypatch):
    # A newsroom's audit (two jobs saving to one path with overwrite=True): the check that
    # the folder is a model read checksums.json of one model and listed the folder after
    # the other save had swapped its own in, and refused a valid model as "not a stance model
    # directory (it holds files that are not part of a model: ['stance_by_label_index.npy', …])".
    from stance import model_loading

    target = tmp_path / "m"
    stance.train(energy_frame.drop(columns="stance")).save(target)  # no stance head: fewer files
    assert not (target / "stance_shared.npy").exists()
    real, state = model_loading._read_at_most, {"saved": False}

    def another_save_after_the_checksums(path, limit):
        data = real(path, limit)
        if path.name == "checksums.json" and not state["saved"]:
            state["saved"] = True  # first, so that the other save's own check does not save again
            default_model.save(target, overwrite=True)
        return data

    monkeypatch.setattr(model_loading, "_read_at_most", another_save_after_the_checksums)
    energy_model.save(target, overwrite=True)
    monkeypatch.undo()
    assert state["saved"] and sorted(p.name for p in tmp_path.iterdir()) == ["m"]
    assert stance.load(target).labels == energy_model.labels
    (target / "notes.txt").write_text("mine")  # a folder that does hold a file of no model is still refused
    with pytest.raises(FileExistsError, match=r"not a stance model directory \(it holds files that are not part "
                                              r"of a model: \['notes.txt'\]\)"):
        energy_model.save(target, overwrite=True)


def _saving_after_each_checksums_read(monkeypatch, target, *models):
    """Make every read of ``target``'s checksums.json be followed by another save there, of
    each of ``models`` in turn (the first, then the second…): a folder other saves keep
    replacing. Tries are not waited between. Returns the count of saves made, as ``["saves"]``."""
    from stance import model_loading

    real, state = model_loading._read_at_most, {"saving": False, "saves": 0}

    def save_after_the_checksums(path, limit):
        data = real(path, limit)
        if path.name == "checksums.json" and not state["saving"]:
            state["saving"], state["saves"] = True, state["saves"] + 1
            models[(state["saves"] - 1) % len(models)].save(target, overwrite=True)
            state["saving"] = False
        return data

    monkeypatch.setattr(model_loading, "_read_at_most", save_after_the_checksums)
    monkeypatch.setattr(model_loading.time, "sleep", lambda seconds: None)
    return state


def test_a_save_whose_check_other_saves_keep_replacing_says_so(energy_model, default_model, tmp_path,
                                                                monkeypatch):
    # Read again only so often: then the save says why, not that a model is no model.
    from stance import model_loading

    target = tmp_path / "m"
    energy_model.save(target)
    state = _saving_after_each_checksums_read(monkeypatch, target, default_model, energy_model)
    said = (rf"cannot save to '{re.escape(str(target))}': other saves kept replacing it while it was checked, "
            rf"on each of {model_loading.LOAD_ATTEMPTS} tries")
    with pytest.raises(OSError, match=said) as caught:
        energy_model.save(target, overwrite=True)
    assert caught.value.errno == errno.EBUSY and state["saves"] == model_loading.LOAD_ATTEMPTS


def test_saving_over_a_folder_refuses_a_huge_or_endless_checksums_file_unread(energy_model, tmp_path):
    # A save with overwrite read the old folder's checksums.json whole, uncapped, to learn what
    # it may replace: a 2 GB file (or a link to /dev/zero, which never ends) filled the memory,
    # though a load refuses the same file unread.
    huge, endless = tmp_path / "huge", tmp_path / "endless"
    huge.mkdir()
    endless.mkdir()
    with open(huge / "checksums.json", "wb") as handle:
        handle.truncate(2**28)  # sparse: no disk, and read whole it took 256 MB and seconds
    (endless / "checksums.json").symlink_to("/dev/zero")
    said = {huge: rf"'{re.escape(str(huge / 'checksums.json'))}' holds 268,435,456 bytes, far more than",
            endless: rf"'{re.escape(str(endless / 'checksums.json'))}' is not a regular file"}
    for folder, message in said.items():
        with pytest.raises(FileExistsError, match=rf"exists and is not a stance model directory \({message}"):
            energy_model.save(folder, overwrite=True)
        assert sorted(p.name for p in folder.iterdir()) == ["checksums.json"]
    assert os.path.getsize(huge / "checksums.json") == 2**28


def test_files_the_operating_system_adds_to_a_model_folder_are_harmless(energy_model, saved):
    # macOS Finder writes a .DS_Store into a folder it shows (Windows Explorer Thumbs.db and
    # desktop.ini, macOS on other disks ._ files): a save with overwrite refused the folder
    # as holding files that are not part of a model, and a load refused it as altered.
    junk = (".DS_Store", "Thumbs.db", "desktop.ini", "._metadata.json")
    for name in junk:
        (saved / name).write_bytes(b"\x00\x01junk")
    assert stance.load(saved).labels == energy_model.labels
    energy_model.save(saved, overwrite=True)
    assert stance.load(saved).labels == energy_model.labels
    (saved.parent / "viewed").mkdir()  # an empty folder Finder has shown
    (saved.parent / "viewed" / ".DS_Store").write_bytes(b"\x00\x01junk")
    assert stance.load(energy_model.save(saved.parent / "viewed", overwrite=True)).labels == energy_model.labels


def test_a_jupyter_checkpoint_folder_in_a_model_folder_is_harmless(energy_model, saved, capsys):
    # A pipeline audit: metadata.json opened from a notebook left .ipynb_checkpoints/ in the
    # model folder, and stance info refused the model ("holds files that are not part of the
    # model") and a save with overwrite refused to replace it.
    from stance.cli import main

    checkpoints = saved / ".ipynb_checkpoints"
    checkpoints.mkdir()
    (checkpoints / "metadata-checkpoint.json").write_text((saved / "metadata.json").read_text())
    assert stance.load(saved).labels == energy_model.labels
    assert main(["info", "--model", str(saved)]) == 0 and "labels:" in capsys.readouterr().out
    energy_model.save(saved, overwrite=True)
    assert not checkpoints.exists() and stance.load(saved).labels == energy_model.labels


def test_saving_over_a_symbolic_link_replaces_what_it_points_to(energy_model, energy_frame, tmp_path):
    # models/current -> v1, a common deployment layout: the link was swapped for a directory
    # and the retired link left behind for good, which later failed loads took for a save
    # in progress (and slept on).
    other = stance.train(energy_frame, stance_column="stance", C=0.5)
    energy_model.save(tmp_path / "v1")
    (tmp_path / "current").symlink_to(tmp_path / "v1", target_is_directory=True)
    other.save(tmp_path / "current", overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "v1"]
    assert (tmp_path / "current").is_symlink()
    assert stance.load(tmp_path / "v1").params_.target_coef.tolist() == other.params_.target_coef.tolist()
    with pytest.raises(FileExistsError, match="overwrite=True"):
        other.save(tmp_path / "current")
    # A save killed between its renames, seen through the link: the set-aside model is
    # named (it sits beside v1, where the save put it, not beside the link).
    (tmp_path / "v1").rename(tmp_path / ".v1.old-abc123")
    with pytest.raises(stance.ModelFormatError, match=r"rename that back to 'v1'"):
        stance.load(tmp_path / "current")


def test_failed_save_leaves_previous_model_intact(energy_model, energy_frame, saved, monkeypatch):
    before = {p.name: p.read_bytes() for p in saved.iterdir()}
    other = stance.train(energy_frame.iloc[::-1], stance_column="stance", C=1.0)
    import stance.persistence as persistence

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(persistence, "_swap_into_place", explode)
    with pytest.raises(OSError, match="disk full"):
        other.save(saved, overwrite=True)
    assert {p.name: p.read_bytes() for p in saved.iterdir()} == before
    assert [p.name for p in saved.parent.iterdir() if p.name.startswith(".")] == []


def test_a_full_disk_while_writing_names_the_model_path(energy_model, energy_frame, saved, monkeypatch):
    # A full disk gave "[Errno 28] No space left on device" with no path, where a read-only
    # file system names it ("cannot save to '…/model': Read-only file system").
    import stance.persistence as persistence

    before = {p.name: p.read_bytes() for p in saved.iterdir()}
    other = stance.train(energy_frame.iloc[::-1], stance_column="stance", C=1.0)
    real_write = persistence._write_files

    def disk_fills_up(model, params, folder):
        real_write(model, params, folder)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as a write to a full disk raises it

    monkeypatch.setattr(persistence, "_write_files", disk_fills_up)
    with pytest.raises(OSError, match=rf"^\[Errno {errno.ENOSPC}\] cannot save to {str(saved)!r}: "
                                      rf"{os.strerror(errno.ENOSPC)}$") as raised:
        other.save(saved, overwrite=True)
    assert raised.value.errno == errno.ENOSPC
    assert {p.name: p.read_bytes() for p in saved.iterdir()} == before
    assert [p.name for p in saved.parent.iterdir() if p.name.startswith(".")] == []


def test_failure_while_writing_files_leaves_no_debris(energy_model, tmp_path, monkeypatch):
    monkeypatch.setattr("stance.card.model_card", lambda *args, **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        energy_model.save(tmp_path / "m")
    assert list(tmp_path.iterdir()) == []


def test_failed_save_removes_the_folders_it_made_but_not_those_that_were_there(
        energy_model, tmp_path, monkeypatch):
    monkeypatch.setattr("stance.card.model_card", lambda *args, **kwargs: 1 / 0)
    (tmp_path / "runs").mkdir()
    with pytest.raises(ZeroDivisionError):
        energy_model.save(tmp_path / "runs" / "2026" / "december" / "m")
    assert [p.name for p in tmp_path.rglob("*")] == ["runs"]


def test_failed_save_keeps_a_folder_someone_else_filled_meanwhile(energy_model, tmp_path, monkeypatch):
    import stance.persistence as persistence

    def another_writer_then_fail(staging, target):
        (target.parent / "notes.txt").write_text("kept")
        raise OSError("disk full")

    monkeypatch.setattr(persistence, "_move_into_place", another_writer_then_fail)
    with pytest.raises(OSError, match="disk full"):
        energy_model.save(tmp_path / "a" / "b" / "m")
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["a", "a/b", "a/b/notes.txt"]


def test_flipped_byte_is_refused(saved):
    path = saved / "target_coef.npy"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="target_coef.npy.*checksum"):
        stance.load(saved)


def test_truncated_file_is_refused(saved):
    path = saved / "vocabulary.json"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelIntegrityError, match="vocabulary.json"):
        stance.load(saved)


def test_missing_and_extra_files_are_refused(saved):
    (saved / "notes.txt").write_text("hello")
    with pytest.raises(ModelIntegrityError, match="not part of the model.*notes.txt"):
        stance.load(saved)
    (saved / "notes.txt").unlink()
    (saved / "idf.npy").unlink()
    with pytest.raises(ModelIntegrityError, match="missing.*idf.npy"):
        stance.load(saved)


def test_a_checksums_file_that_leaves_out_files_every_model_has_is_called_damaged(saved):
    # The audit of tampered folders: checksums.json without metadata.json was refused as "holds
    # files that are not part of the model: ['metadata.json']; remove them", advice that
    # deletes the model. A file every model has is the checksums' missing entry, not an extra.
    listed = json.loads((saved / "checksums.json").read_text())
    del listed["metadata.json"], listed["idf.npy"]
    (saved / "notes.txt").write_text("hello")
    (saved / "checksums.json").write_text(json.dumps(listed))
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    said = str(raised.value)
    assert "checksums.json' is damaged: it does not list ['idf.npy', 'metadata.json'], which every model has" in said
    assert "remove" not in said and "restore checksums.json" in said


def test_a_card_left_out_of_the_checksums_loads_whether_it_is_there_or_not(saved, energy_model):
    # An engineer's audit: the README says a card left out of checksums.json "still loads", as the
    # checksums decide which files a model has and nothing reads the card to predict; left out with
    # the file kept, it was refused as "damaged: it does not list ['MODEL_CARD.md'], which every model
    # has", and loaded once the file was deleted too.
    from stance.model_loading import not_a_model

    listed = json.loads((saved / "checksums.json").read_text())
    del listed["MODEL_CARD.md"]
    (saved / "checksums.json").write_text(json.dumps(listed))
    expected = energy_model.predict(["Send more tanks."])
    assert stance.load(saved).predict(["Send more tanks."]) == expected and not_a_model(saved) is None
    stance.load(saved).save(saved, overwrite=True)  # a save over it writes the card anew, listed
    assert "MODEL_CARD.md" in json.loads((saved / "checksums.json").read_text())
    (saved / "checksums.json").write_text(json.dumps(listed))
    (saved / "MODEL_CARD.md").unlink()
    assert stance.load(saved).predict(["Send more tanks."]) == expected


@pytest.mark.parametrize(("folder", "kind"), [(".git", "git"), (".hg", "Mercurial"), (".svn", "Subversion")])
def test_a_version_control_folder_in_a_model_folder_is_not_advised_removed(saved, folder, kind):
    # An engineer's audit: "holds files that are not part of the model: ['.git']; remove them"
    # would delete the history of a repository whose working tree is the model's folder. A review
    # of bb379b94: .hg and .svn were still "remove them".
    (saved / folder).mkdir()
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    assert str(raised.value) == (
        f"{str(saved)!r} holds files that are not part of the model: [{folder!r}]; {folder!r} makes the model's "
        f"folder a {kind} repository's working tree: keep it, and move the model's files (checksums.json with them) "
        f"into a folder of their own")
    (saved / "notes.txt").write_text("mine")
    with pytest.raises(ModelIntegrityError, match=rf"\[{folder!r}, 'notes.txt'\]; .*of their own, without the other "
                                                  rf"files$"):
        stance.load(saved)


def test_a_fit_clears_all_that_the_load_read(saved, energy_frame):
    # A review of 07a41e0c and df9d63dd: fit still cleared _loaded_description, which nothing
    # reads any more, and left the card's note and the user's keys, though it clears all a load read.
    loaded = stance.load(saved)
    assert loaded._card_without_retraining is False  # a flag, not a digest tested for None
    loaded._card_retraining_note, loaded._kept_metadata = "No recipe to train it again: …", {"my_notes": 1}
    loaded.fit(energy_frame.text, energy_frame.labels)
    assert (loaded._card_retraining_note, loaded._kept_metadata, loaded._card_without_retraining) == (None, None, False)
    assert "_loaded_description" not in vars(loaded)


def test_a_file_only_some_models_have_that_the_checksums_do_not_list_is_named_as_either(saved, tmp_path):
    # A review: only the files every model has were told apart, so a checksums.json without the
    # stance head's or the calibration's array advised removing them, leaving a model that no longer
    # loads; but calling them the checksums' damage was wrong of a stray one copied from another
    # model (restoring checksums.json left it there). The message says both, each with what to do.
    listed = json.loads((saved / "checksums.json").read_text())
    dropped = sorted(name for name in listed if name.startswith(("stance", "confidence")))
    assert dropped
    for name in dropped:
        del listed[name]
    (saved / "checksums.json").write_text(json.dumps(listed))
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    said = str(raised.value)
    assert f"holds {dropped}, which its checksums.json does not list: copied there from another model, or" in said
    # Not "remove them" (a review): removing the model's own arrays left a model that would not load.
    assert "restore the model from the copy it came from" in said and "remove" not in said


def test_a_long_file_name_not_part_of_the_model_is_named_whole(saved):
    # A review: names were cut at 100 characters ('aaaa…'), which a user cannot copy to remove.
    stray = "a" * 130 + ".npy"
    (saved / stray).write_bytes(b"x")
    with pytest.raises(ModelIntegrityError, match=re.escape(f"'{stray}'")):
        stance.load(saved)

def test_many_files_not_part_of_the_model_are_listed_ten_and_counted(saved, tmp_path):
    # The audit of tampered folders: 20,000 extra files made a refusal of 280 KB, every name.
    for n in range(30):
        (saved / f"notes{n:02}.txt").write_text("x")
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    names = ", ".join(repr(f"notes{n:02}.txt") for n in range(10))
    assert f"holds files that are not part of the model: [{names}] and 20 more; remove them" in str(raised.value)
    from stance.model_loading import not_a_model

    assert not_a_model(saved).endswith(f"not part of a model: [{names}] and 20 more")


@pytest.mark.parametrize("edit", [
    lambda text: text.replace('"format_version": ', '"format_version": 1' + "0" * 400 + ', "was_format_version": ', 1),
    lambda text: text.replace('"rows": ', '"rows": 1' + "0" * 5000 + ', "was_rows": ', 1),
])
def test_a_number_too_large_in_metadata_json_is_called_so_without_its_digits(saved, edit):
    # The audit: format_version 10**400 was printed whole ("uses model format 1000…0", 401
    # digits), and a number of over 4,300 digits was "not valid JSON" with Python's advice to
    # call sys.set_int_max_str_digits(): a number too large, and no more.
    text = (saved / "metadata.json").read_text()
    (saved / "metadata.json").write_text(edit(text))
    _rewrite_checksums(saved)
    with pytest.raises(ModelFormatError) as raised:
        stance.load(saved)
    said = str(raised.value)
    assert "a number too large" in said and "0" * 30 not in said and "int_max_str_digits" not in said, said
    assert len(said) < 400


def test_metadata_from_another_model_is_refused(energy_model, energy_frame, tmp_path):
    energy_model.save(tmp_path / "a")
    stance.train(energy_frame, stance_column="stance", C=2.0).save(tmp_path / "b")
    (tmp_path / "a" / "metadata.json").write_bytes((tmp_path / "b" / "metadata.json").read_bytes())
    checksums = json.loads((tmp_path / "a" / "checksums.json").read_text())
    checksums["metadata.json"] = json.loads((tmp_path / "b" / "checksums.json").read_text())["metadata.json"]
    (tmp_path / "a" / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(ModelIntegrityError, match="different parameters"):
        stance.load(tmp_path / "a")


def test_an_array_changed_and_re_checksummed_is_refused_saying_what_that_means_and_what_to_do(saved):
    # It said "'…': metadata.json belongs to different parameters": which file, what that
    # means and what to do were left to guess, where the other integrity errors say them.
    import hashlib

    coef = np.load(saved / "target_coef.npy")
    coef.flat[np.flatnonzero(coef)[0]] += 1  # a weight, not one of the stance-only features' zeros
    np.save(saved / "target_coef.npy", coef)
    checksums = json.loads((saved / "checksums.json").read_text())
    checksums["target_coef.npy"] = hashlib.sha256((saved / "target_coef.npy").read_bytes()).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(ModelIntegrityError) as caught:
        stance.load(saved)
    said = str(caught.value)
    assert repr(str(saved / "metadata.json")) in said and "parameters_sha256" in said
    assert "changed after the save" in said and "another save" in said
    # One digest of every array together: it cannot tell which one, and says so rather than guess.
    assert "which file differs cannot be told" in said and "target_coef" not in said
    assert said.endswith("restore the model's files from one save, or retrain the model")


@pytest.fixture(scope="module")
def format_7_model(energy_frame):
    """A model of a format whose digest leaves out how its arrays are read (format 8 covers it),
    when saved as versions before format 9 saved it (``saved_as_before_format_9``)."""
    return stance.train(energy_frame, stance_column="stance", spelling=False, invisibles=False, cannot=False,
                        handles=False, marks=False, cjk=False, lookalikes=False, names=False, length_floor=None)


@pytest.mark.parametrize("classes", [[], ["favor"]])
def test_stance_arrays_with_no_stance_classes_to_read_them_are_refused(format_7_model, tmp_path, classes,
                                                                       saved_as_before_format_9):
    # "stance_classes": [] beside the stance head's arrays loaded without a word, and every
    # statement with a target then had stance None, which is the off-topic label's alone.
    # (From format 8 a model's digest covers the number of stance values: refused before this.)
    def edit(metadata):
        metadata["stance_classes"] = classes

    saved = format_7_model.save(tmp_path / "model")
    assert json.loads((saved / "metadata.json").read_text())["format_version"] == 7
    _edit_metadata(saved, edit)
    with pytest.raises(ModelFormatError, match=r"is inconsistent: .*stance_classes") as caught:
        stance.load(saved)
    if not classes:
        assert "stance_shared" in str(caught.value) and "no stance classes" in str(caught.value)


def test_a_planted_pickle_is_never_unpickled(saved, tmp_path):
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    import hashlib

    # Replace an array with a pickled object array and fix up the checksum, as an attacker would.
    np_payload = saved / "idf.npy"
    with open(np_payload, "wb") as handle:
        np.save(handle, np.array([Exploit()], dtype=object), allow_pickle=True)
    checksums = json.loads((saved / "checksums.json").read_text())
    checksums["idf.npy"] = hashlib.sha256(np_payload.read_bytes()).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(ModelFormatError):
        stance.load(saved)
    assert not marker.exists()
    pickle.loads(pickle.dumps(Exploit()))  # the exploit is real: unpickling it runs the command
    assert marker.exists()


@pytest.mark.parametrize(("version", "message"), [
    (99, "upgrade stance"),
    (0, '"format_version": 0 is no model format'),
    ("1", '"format_version": "1" is no model format'),
    (True, '"format_version": true is no model format'),
])
def test_a_newer_or_damaged_format_is_refused_with_the_right_advice(saved, version, message):
    import hashlib

    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["format_version"] = version
    (saved / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((saved / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((saved / "metadata.json").read_bytes()).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(ModelFormatError, match=message) as refused:
        stance.load(saved)
    # the advice too: a newer format's is to upgrade, a damaged one's to restore the folder or train again
    assert str(refused.value).endswith("upgrade stance to load it" if version == 99 else
                                       "restore it from the copy the model came from, or train the model again")


@pytest.mark.parametrize("saved_by", ["0.9.0", None, "9.9\n\x1b[2J"])
def test_a_newer_format_is_refused_naming_the_stance_version_that_saved_it(saved, saved_by):
    # An unknown analyzer option or array file named the version ("saved by stance 0.9.0"),
    # and the README says a newer format is refused so too, but its message named none.
    from stance import persistence

    newer = persistence.FORMAT_VERSION + 1

    def edit(metadata):
        metadata["format_version"] = newer
        if saved_by is None:  # a model whose metadata records no version: nothing to name
            del metadata["versions"]["stance"]
        else:
            metadata["versions"]["stance"] = saved_by

    _edit_metadata(saved, edit)
    with pytest.raises(ModelFormatError) as caught:
        stance.load(saved)
    said = str(caught.value)
    assert f"uses model format {newer}" in said and said.endswith("upgrade stance to load it")
    assert f"reads format {persistence.FORMAT_VERSION} and older" in said
    if saved_by == "0.9.0" or saved_by is None:
        assert ("saved by stance 0.9.0" in said) is (saved_by is not None)
    else:  # no plain release number: quoted, so that it cannot cut the message or paint the terminal
        assert "saved by stance '9.9\\n\\x1b[2J'" in said and "\n" not in said and "\x1b" not in said


def test_a_model_re_signed_after_tampering_is_refused_against_the_digest_its_publisher_gave(saved):
    # The checksums are unkeyed: whoever can edit a model can rewrite them, and it loaded with
    # no warning. A digest given through another channel is what tells.
    published = stance.load(saved).saved_["parameters_sha256"]
    assert stance.load(saved, sha256=published.upper()).saved_["parameters_sha256"] == published
    idf = np.load(saved / "idf.npy")
    idf[0] += 1
    np.save(saved / "idf.npy", idf)
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    assert stance.load(saved).saved_["parameters_sha256"] != published  # loads: the checksums were redone
    with pytest.raises(ModelIntegrityError, match=f"sha256 is [0-9a-f]{{64}}, not {published}, the digest given"):
        stance.load(saved, sha256=published)
    with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits, got 'abc'"):
        stance.load(saved, sha256="abc")


def test_saved_is_declared_and_every_fitted_model_has_it(energy_model, saved):
    # The README and docstrings read model.saved_, but the class did not declare it (mypy --strict:
    # "StanceModel" has no attribute "saved_"), and a model rebuilt with from_parameters had no
    # such attribute: stance.evaluate and a pinned classify stopped on an AttributeError.
    assert typing.get_type_hints(stance.StanceModel)["saved_"] == (dict[str, typing.Any] | None)
    loaded = stance.load(saved)
    assert loaded.saved_["path"] == str(saved.resolve()) and loaded.saved_["parameters_sha256"]
    assert energy_model.saved_ is None  # trained in this process: loaded from no files
    rebuilt = stance.StanceModel.from_parameters(loaded.params_, loaded.get_params())
    assert rebuilt.saved_ is None and pickle.loads(pickle.dumps(rebuilt)).saved_ is None
    with pytest.raises(ModelIntegrityError, match="trained in this process"):
        stance.classify("We stand together.", model=rebuilt, sha256=loaded.saved_["parameters_sha256"])
    # A fitted model pickled without it (rebuilt so before) unpickles with it, as never loaded.
    state = rebuilt.__getstate__()
    del state["saved_"]
    older = object.__new__(stance.StanceModel)
    older.__setstate__(state)
    assert older.saved_ is None
    assert "saved_" not in vars(stance.StanceModel())  # not fitted: as absent as params_


def test_an_unfitted_model_pinned_by_a_digest_is_told_it_is_not_fitted(saved):
    # A pipeline that built StanceModel(C=5.0) and forgot to fit it, pinning the digest it logs, got
    # "AttributeError: 'StanceModel' object has no attribute 'saved_'" from stance's own pin check,
    # where the same call without sha256 says the model is not fitted.
    digest = stance.load(saved).saved_["parameters_sha256"]
    unfitted = stance.StanceModel(C=5.0)
    calls = [lambda **pin: stance.classify("We stand together.", model=unfitted, **pin),
             lambda **pin: stance.score(["We stand together."], model=unfitted, **pin),
             lambda **pin: stance.score_document("We stand together.", model=unfitted, **pin)]
    for call in calls:
        with pytest.raises(stance.NotFittedError, match="not fitted yet") as unpinned:
            call()
        with pytest.raises(stance.NotFittedError) as pinned:
            call(sha256=digest)
        assert str(pinned.value) == str(unpinned.value)

def test_the_training_data_digest_given_for_the_parameters_is_named(saved):
    # stance info prints two digests; given the training data's ("training sha256:"), load
    # said the model was "not the model that digest belongs to … do not use it", which it is.
    model = stance.load(saved)
    training = model.training_["sha256"]
    assert training != model.saved_["parameters_sha256"]
    with pytest.raises(ModelIntegrityError) as caught:
        stance.load(saved, sha256=training)
    message = str(caught.value)
    assert "calls it the training-data digest" in message and "pass the parameters' sha256" in message, message
    assert "'parameters: sha256 …' in `stance info` on the publisher's copy" in message
    assert "do not use it" not in message and model.saved_["parameters_sha256"] not in message  # not to be copied


def test_a_tampered_model_naming_the_digest_given_its_training_digest_is_still_an_integrity_error(saved):
    # metadata.json is the tamperer's to edit: setting its training-data digest to the
    # publisher's parameters digest must not turn the refusal into "you passed the wrong digest".
    published = stance.load(saved).saved_["parameters_sha256"]
    metadata = json.loads((saved / "metadata.json").read_text())
    np.save(saved / "idf.npy", np.load(saved / "idf.npy") + 1.0)
    metadata["training_data"]["sha256"] = published
    _rewrite_checksums(saved, metadata)
    with pytest.raises(ModelIntegrityError):
        stance.load(saved, sha256=published)


def test_a_digest_read_from_a_file_with_its_line_end_is_taken(saved, tmp_path):
    # A digest read from a file (or pasted) kept its newline or spaces and was refused:
    # "sha256 must be 64 hexadecimal digits, got '…\\n'".
    published = stance.load(saved).saved_["parameters_sha256"]
    (tmp_path / "digest.txt").write_text(published + "\n")
    for given in ((tmp_path / "digest.txt").read_text(), f"  {published.upper()} \r\n", f"\t{published}"):
        assert stance.load(saved, sha256=given).saved_["parameters_sha256"] == published
    with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits, got '"):
        stance.load(saved, sha256=f"{published[:32]} {published[32:]}")  # not a digest with spaces inside
    with pytest.raises(ModelIntegrityError, match="the digest given"):
        stance.load(saved, sha256=f"{'0' * 64}\n")


def test_the_bundled_model_is_pinned_in_python_as_on_the_command_line():
    # A service pinning the bundled model had --sha256 on the command line but nothing in
    # Python: default_model() took no digest, and stance.load("bundled") said to pass model=None,
    # which pins nothing; only the undocumented stance.defaults.default_model_path() did it.
    from stance.defaults import default_model_path

    published = stance.load(default_model_path()).saved_["parameters_sha256"]  # its files, read afresh
    assert stance.default_model(sha256=published) is stance.default_model()
    assert stance.default_model(sha256=f" {published.upper()}\n") is stance.default_model()
    with pytest.raises(ModelIntegrityError, match=f"sha256 is {published}, not {'0' * 64}, the digest given"):
        stance.default_model(sha256="0" * 64)
    with pytest.raises(ModelIntegrityError, match="calls it the training-data digest"):
        stance.default_model(sha256=stance.default_model().training_["sha256"])
    with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits, got 'abc'"):
        stance.default_model(sha256="abc")
    with pytest.raises(ModelFormatError, match=r"call stance\.default_model\(\), with sha256= to pin it"):
        stance.load("bundled")


def _answers_while_an_import_holds_the_lock(answer_all):
    """What ``answer_all()`` gives in a thread of its own while this thread holds the lock a
    first-use import holds (as one importing pandas for its first score does), and whether the
    other thread waited for it."""
    import threading

    from stance import _forksafe as forksafe

    answers = []
    with forksafe.IMPORTING:
        answering = threading.Thread(target=lambda: answers.extend(answer_all()))
        answering.start()
        answering.join(timeout=10)
        waited = answering.is_alive()
    answering.join()
    return answers, waited


def test_a_call_pinned_to_the_bundled_model_costs_what_an_unpinned_one_does():
    # A service pinning each call, stance.classify(text, sha256=digest), looked up the bundled
    # model's path every time (importlib.resources, holding the lock a first-use import holds),
    # though only a refusal names it: 143 µs a call against 51, and a call that waited while
    # another thread imported pandas for its first score.
    published = stance.default_model().saved_["parameters_sha256"]
    expected = stance.classify("We stand together.").to_dict()
    answers, waited = _answers_while_an_import_holds_the_lock(lambda: [
        stance.classify("We stand together.", sha256=published).to_dict(),
        *(p.to_dict() for p in stance.classify_many(["We stand together."], sha256=published))])
    assert not waited, "a pinned call waited for another thread's import"
    assert answers == [expected, expected]
    with pytest.raises(ModelIntegrityError, match=f"sha256 is {published}, not {'0' * 64}, the digest given"):
        stance.classify("We stand together.", sha256="0" * 64)


def test_a_pin_written_in_upper_case_or_read_with_its_line_end_does_not_wait_for_imports_either():
    # The pin as `Get-FileHash` prints a digest (upper case), or as read from a file (its line
    # end), is accepted as the lower-case one is, but went the slow way still: the bundled
    # model's path looked up under the lock a first-use import holds, on every call.
    published = stance.default_model().saved_["parameters_sha256"]
    expected = stance.classify("We stand together.").to_dict()
    answers, waited = _answers_while_an_import_holds_the_lock(lambda: [
        stance.classify("We stand together.", sha256=pin).to_dict()
        for pin in (published.upper(), f" {published}\n", f"{published.upper()}\r\n")])
    assert not waited, "a pinned call waited for another thread's import"
    assert answers == [expected] * 3
    with pytest.raises(ModelIntegrityError, match=f"sha256 is {published}, not {'a' * 64}, the digest given"):
        stance.classify("We stand together.", sha256="A" * 64)


def test_a_column_of_digests_given_as_the_pin_is_refused_as_no_str():
    # The pin's fast path compared it with the bundled model's digest first, and numpy's
    # comparison of an array (a column of digests passed by mistake) is an array: "ValueError:
    # The truth value of an array with more than one element is ambiguous", not stance's error.
    import numpy as np
    import pandas as pd

    published = stance.default_model().saved_["parameters_sha256"]
    for pin, kind in ((np.array([published, published]), "ndarray"), (pd.Series([published] * 2), "Series")):
        with pytest.raises(stance.InvalidTypeError, match=f"sha256 must be a str, got {kind}"):
            stance.default_model(sha256=pin)
    assert stance.default_model(sha256=np.str_(published)) is stance.default_model()


def test_classify_classify_many_and_score_pin_a_model_given_by_its_path(saved, energy_model):
    # A service pinned on the command line (--model DIR --sha256 DIGEST) but in Python only
    # through stance.load(path, sha256=...), which gave up model="path"'s cache and its reload
    # when the folder is saved over: classify(text, model="m", sha256=...) was a TypeError.
    import stance.api

    published = stance.load(saved).saved_["parameters_sha256"]
    texts = ["Build more wind turbines.", "Stop the gas detour now."]
    expected = [p.to_dict() for p in energy_model.classify_many(texts)]
    assert stance.classify(texts[0], model=str(saved), sha256=published).to_dict() == expected[0]
    assert [p.to_dict() for p in stance.classify_many(texts, model=saved, sha256=f"{published.upper()}\n")] == expected
    scored = stance.score(texts, model=saved, sha256=published)
    assert scored.label.tolist() == [p["label"] for p in expected]
    # one load for all of them: the path's model comes from the cache and is checked there
    assert stance.api.resolve_model(str(saved), sha256=published) is stance.api.resolve_model(str(saved))
    for call in (lambda digest: stance.classify(texts[0], model=saved, sha256=digest),
                 lambda digest: stance.classify_many(texts, model=saved, sha256=digest),
                 lambda digest: stance.score(texts, model=saved, sha256=digest)):
        with pytest.raises(ModelIntegrityError, match=f"sha256 is {published}, not {'0' * 64}, the digest given"):
            call("0" * 64)
        with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits"):
            call("abc")
    # without a model, the bundled one; a model object loaded from files, by those files' digest
    bundled = stance.default_model().saved_["parameters_sha256"]
    assert stance.classify("We stand together.", sha256=bundled) == stance.classify("We stand together.")
    with pytest.raises(ModelIntegrityError, match="the digest given"):
        stance.classify("We stand together.", sha256=published)
    loaded = stance.load(saved)
    assert stance.classify(texts[0], model=loaded, sha256=published).to_dict() == expected[0]
    with pytest.raises(ModelIntegrityError, match="the digest given"):
        stance.classify(texts[0], model=loaded, sha256=bundled)
    # one trained here has no digest of files to be checked against: refused, saying so
    with pytest.raises(ModelIntegrityError, match="this model was trained in this process"):
        stance.classify(texts[0], model=energy_model, sha256=published)


# A pipeline engineer's audit: stance.score_file("in.csv", "out.csv", model="models/m1", sha256=D) was "unexpected
# keyword argument 'sha256'", while score and `stance score --sha256` took it; so were score_files,
# score_document(s), evaluate and suggest. Each now pins the model as score does, from model="path"'s cache, and
# a folder saved over with another model is refused at the next call.
def test_every_call_taking_a_model_path_pins_it_with_sha256(saved, energy_model, energy_frame, tmp_path):
    import stance.distributed

    published = stance.load(saved).saved_["parameters_sha256"]
    texts = ["Build more wind turbines.", "Stop the gas detour now."]
    expected = [p.label for p in energy_model.classify_many(texts)]
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    pd.DataFrame({"text": texts}).to_csv(source, index=False)
    gold = pd.DataFrame({"text": texts, "labels": expected})  # the model's own answers: top-1 in gold is 1.0

    def written(rows: int) -> list[str]:
        assert rows == len(texts)
        return pd.read_csv(out).label.tolist()

    calls = {  # each call's labels (or its top-1 share) with the model at `saved` pinned by `digest`
        "score_file": lambda digest: written(stance.score_file(source, out, model=str(saved), sha256=digest)),
        "score_files": lambda digest: written(stance.distributed.score_files(
            tmp_path / "i*.csv", out, model=saved, sha256=digest)),
        "score_dask": lambda digest: stance.distributed.score_dask(
            stance.distributed.require_dask().from_pandas(pd.DataFrame({"text": texts}), npartitions=1),
            model=saved, sha256=digest).compute().label.tolist(),
        "score_document": lambda digest: stance.score_document(
            " ".join(texts), model=saved, sha256=digest).sentences.label.tolist(),
        "score_documents": lambda digest: stance.score_documents(
            {"a": texts[0], "b": texts[1]}, model=saved, sha256=digest).sentences.label.tolist(),
        "evaluate": lambda digest: stance.evaluate(saved, gold, sha256=digest).metrics["top1_in_gold"],
        "suggest": lambda digest: sorted(stance.suggest(str(saved), texts, n=2, sha256=digest).text),
    }
    answers = {"evaluate": 1.0, "suggest": sorted(texts)}
    for name, call in calls.items():
        assert call(f" {published.upper()}\n") == answers.get(name, expected), name
        out.unlink(missing_ok=True)
        with pytest.raises(ModelIntegrityError, match=f"sha256 is {published}, not {'0' * 64}, the digest given"):
            call("0" * 64)
        with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits"):
            call("abc")
        assert not out.exists(), name  # refused before any row is written
    # without a model, the bundled one is pinned, as stance.score pins it
    bundled = stance.default_model().saved_["parameters_sha256"]
    assert stance.score_document("We have a one-speed NATO.", sha256=bundled).sentences.label.tolist() == ["unity"]
    with pytest.raises(ModelIntegrityError, match="the digest given"):
        stance.score_document("We have a one-speed NATO.", sha256=published)
    # another model saved over the folder is refused at the next call, not answered by the cached one
    stance.train(energy_frame, C=0.5).save(saved, overwrite=True)
    with pytest.raises(ModelIntegrityError, match="the digest given"):
        stance.score_file(source, out, model=str(saved), sha256=published)


def test_a_pin_refuses_a_loaded_model_fitted_again(saved):
    from stance.persistence import refuse_unpinned

    model = stance.load(saved)
    published = model.saved_["parameters_sha256"]
    refuse_unpinned(model, published, saved)
    model.set_params(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"], ["aid", "aid", "none", "none"])
    with pytest.raises(ModelIntegrityError, match="has been fitted again in this process"):
        refuse_unpinned(model, published, saved)


def test_fitting_the_object_default_model_gave_leaves_the_bundled_model_alone(monkeypatch):
    # scikit-learn fits in place: a notebook's `m = stance.default_model(); m.fit(...)` made every
    # later stance.classify answer with the user's labels, and a pin refuse the bundled model until
    # a restart ("load it afresh", which nothing public could).
    import stance.defaults as defaults

    monkeypatch.setattr(defaults, "_default", None)  # a load of this test's own, fitted below
    monkeypatch.setattr(defaults, "_bundled_params", None, raising=False)
    monkeypatch.setattr(defaults, "_bundled_state", {})  # restored with them: the bundled model's pickle
    mine = stance.default_model()
    bundled = mine.labels
    published = mine.saved_["parameters_sha256"]
    mine.set_params(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"], ["aid", "aid", "none", "none"])
    assert mine.labels == ("aid", "none")  # the fit is the user's to keep
    fresh = stance.default_model()
    assert fresh is not mine and fresh.labels == bundled
    assert stance.classify("Ukraine's security is our security.").label == "ukraine_support"
    assert stance.default_model(sha256=published) is fresh
    assert stance.default_model() is fresh  # cached again, not loaded each call
    assert not defaults.is_bundled(mine) and defaults.is_bundled(fresh)


def test_not_a_model_directory(tmp_path):
    with pytest.raises(ModelFormatError, match="does not exist"):
        stance.load(tmp_path / "nothing")
    with pytest.raises(ModelFormatError, match="no checksums.json"):
        stance.load(tmp_path)


def test_a_model_in_a_subfolder_a_zipped_model_and_an_edited_card_are_told_what_to_do(saved, tmp_path):
    # A teacher's audit: a model unzipped into a folder of its own ('unz/m3') was "not a saved
    # stance model" with no word of the model inside; 'm3.zip' was "not a directory" with no
    # word of unzipping; and notes added to MODEL_CARD.md failed its checksum, unexplained.
    outer = tmp_path / "unz"
    outer.mkdir()
    shutil.copytree(saved, outer / "m3")
    with pytest.raises(ModelFormatError, match=r"unz' has no checksums\.json; it is not a saved stance model "
                                               r"\(a saved model is in '[^']*unz/m3'\)$"):
        stance.load(outer)
    shutil.copytree(saved, outer / "m4")  # two: which one is meant cannot be told
    with pytest.raises(ModelFormatError, match=r"it is not a saved stance model$"):
        stance.load(outer)
    archive = Path(shutil.make_archive(str(tmp_path / "m3"), "zip", tmp_path / "unz", "m3"))
    with pytest.raises(ModelFormatError, match=rf"m3\.zip' is not a directory; expected a saved stance model; unzip "
                                               rf"it first \(python -m zipfile -e {re.escape(str(archive))} "
                                               rf"{re.escape(str(tmp_path))}\) and pass the folder it holds, "
                                               rf"{re.escape(str(tmp_path / 'm3'))}$"):
        stance.load(archive)
    card = saved / "MODEL_CARD.md"
    card.write_text(card.read_text(encoding="utf-8") + "\nNotes for the class.\n", encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match=r"MODEL_CARD\.md' does not match its checksum: the file was altered "
                                                  r"or corrupted \(the model card is checked as every file of the "
                                                  r"model is: keep notes in a file beside the model's folder, not in "
                                                  r"it\); restore it"):
        stance.load(saved)


def test_a_file_of_a_saved_model_given_as_the_model_names_its_folder(saved, tmp_path, monkeypatch):
    # A newcomer's audit: --model models/energy/metadata.json (the file one opens to see the model) was "is not a
    # directory; expected a saved stance model", with no word that the folder holding it is the model.
    monkeypatch.chdir(saved.parent)
    for name in ("metadata.json", "MODEL_CARD.md"):
        with pytest.raises(ModelFormatError, match=rf"^'model/{re.escape(name)}' is not a directory; expected a saved "
                                                   r"stance model; it is a file of the saved model in 'model': pass "
                                                   r"that folder$"):
            stance.load(f"model/{name}")
    assert stance.load("model").labels == stance.load(saved).labels  # the folder the advice names loads
    # a file beside no saved model is told nothing more
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ModelFormatError, match=r"^'notes\.txt' is not a directory; expected a saved stance model$"):
        stance.load("notes.txt")
    # A review of aaa5e450: a file beside a checksums.json that is no model's (a data release's, with its CSVs)
    # was told "it is a file of the saved model in 'release': pass that folder", which is then refused.
    release = tmp_path / "release"
    release.mkdir()
    (release / "checksums.json").write_text('{"votes.csv": "0" }', encoding="utf-8")
    (release / "votes.csv").write_text("text,labels\nWe stand with Ukraine.,ukraine_support\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelFormatError, match=r"^'release/votes\.csv' is not a directory; expected a saved stance "
                                               r"model$"):
        stance.load("release/votes.csv")


def test_the_unzip_command_quotes_the_path_and_is_given_for_a_zip_archive_only(saved, tmp_path, monkeypatch):
    # A review of 7b2fb43: "my model.zip" was told "python -m zipfile -e my model.zip .", which a
    # shell splits in two; and a file named .zip that is no zip archive was told to unzip it.
    # (Run beside the archive, not the saved folder, which unzipping it here would overwrite.)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    shutil.make_archive("my model", "zip", saved.parent, saved.name)
    with pytest.raises(ModelFormatError, match=r"^'my model\.zip' is not a directory; expected a saved stance model; "
                                               r"unzip it first \(python -m zipfile -e 'my model\.zip' \.\) and pass "
                                               rf"the folder it holds, {saved.name}$"):
        stance.load("my model.zip")
    Path("notes.zip").write_text("no archive", encoding="utf-8")
    with pytest.raises(ModelFormatError, match=r"^'notes\.zip' is not a directory; expected a saved stance model$"):
        stance.load("notes.zip")
    # A long path is cut in the command as where the message names it first.
    deep = Path("d" * 150) / ("e" * 100 + ".zip")
    deep.parent.mkdir()
    shutil.copy("my model.zip", deep)
    with pytest.raises(ModelFormatError) as raised:
        stance.load(deep)
    named, command = re.fullmatch(r"('d+/e+…') is not a directory; .*\(python -m zipfile -e ('d+/e+…') d+\) .*",
                                  str(raised.value)).groups()
    assert named == command


@pytest.mark.parametrize("layout", ["top level", "one folder"])
def test_the_unzip_advice_followed_literally_gives_the_folder_to_pass(saved, tmp_path, monkeypatch, layout):
    # A zip made by "cd m && zip -r ../m.zip ." was told "python -m zipfile -e m.zip .", which
    # spilt the model's files into the current folder, over a metadata.json of its own, and
    # left no folder to pass.
    import shlex
    import zipfile

    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    with zipfile.ZipFile("m.zip", "w") as archive:
        for file in saved.iterdir():
            archive.write(file, file.name if layout == "top level" else f"{saved.name}/{file.name}")
    Path("metadata.json").write_text("mine", encoding="utf-8")
    with pytest.raises(ModelFormatError) as raised:
        stance.load("m.zip")
    command, folder = re.search(r"\((python -m zipfile -e .*)\) and pass (?:that folder|the folder it holds), "
                                r"(.*)$", str(raised.value)).groups()
    assert command == ("python -m zipfile -e m.zip m" if layout == "top level" else "python -m zipfile -e m.zip .")
    subprocess.run([sys.executable, *shlex.split(command)[1:]], check=True)
    assert Path("metadata.json").read_text(encoding="utf-8") == "mine"
    assert stance.load(shlex.split(folder)[0]).labels == stance.load(saved).labels


def test_the_unzip_advice_names_a_new_folder_and_reads_finders_archives(saved, tmp_path, monkeypatch):
    # A review of f938648: the folder it named might hold another model already, over which the
    # files were spilt; Finder's "Compress" adds a __MACOSX folder, which the load then refused
    # as not the model's; an empty archive was told to be unzipped into a folder it never made.
    import shlex
    import zipfile

    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    shutil.copytree(saved, "m")  # another model, where the archive's would go
    (Path("m") / "notes.txt").write_text("mine", encoding="utf-8")
    with zipfile.ZipFile("m.zip", "w") as archive:
        for file in saved.iterdir():
            archive.write(file, file.name)
            archive.writestr(f"__MACOSX/._{file.name}", "resource fork")
    with pytest.raises(ModelFormatError) as raised:
        stance.load("m.zip")
    command, folder = re.search(r"\((python -m zipfile -e .*)\) and pass that folder, (.*)$",
                                str(raised.value)).groups()
    assert command == "python -m zipfile -e m.zip m-2"
    subprocess.run([sys.executable, *shlex.split(command)[1:]], check=True)
    assert sorted(p.name for p in Path("m").iterdir()) == sorted([*(p.name for p in saved.iterdir()), "notes.txt"])
    assert stance.load(shlex.split(folder)[0]).labels == stance.load(saved).labels
    with zipfile.ZipFile("empty.zip", "w"):
        pass
    with pytest.raises(ModelFormatError, match=r"it is a zip archive that holds no files$"):
        stance.load("empty.zip")


@pytest.mark.parametrize("archive_name", ["mz.zip", "m.zip"])
def test_the_unzip_advice_for_a_zipped_folder_does_not_unzip_it_over_a_folder_of_that_name(saved, tmp_path,
                                                                                          monkeypatch, archive_name):
    # The advice for a zip holding a folder m was "python -m zipfile -e mz.zip ." when ./m held
    # another model already, and zipfile overwrote that model's files without asking: the
    # archive is to be unzipped into a new folder, and the folder inside it passed.
    import shlex
    import zipfile

    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    with zipfile.ZipFile(archive_name, "w") as archive:
        for file in saved.iterdir():
            archive.write(file, f"m/{file.name}")
    Path("m").mkdir()  # another model's folder, where the archive's folder would go
    mine = {name: f"mine {name}" for name in (*(p.name for p in saved.iterdir()), "notes.txt")}
    for name, text in mine.items():
        (Path("m") / name).write_text(text, encoding="utf-8")
    with pytest.raises(ModelFormatError) as raised:
        stance.load(archive_name)
    command, folder = re.search(r"\((python -m zipfile -e .*)\) and pass the folder it holds, (.*)$",
                                str(raised.value)).groups()
    into = "mz" if archive_name == "mz.zip" else "m-2"
    assert command == f"python -m zipfile -e {archive_name} {into}"
    subprocess.run([sys.executable, *shlex.split(command)[1:]], check=True)
    assert {p.name: p.read_text(encoding="utf-8") for p in Path("m").iterdir()} == mine
    assert shlex.split(folder)[0] == f"{into}/m"
    assert stance.load(shlex.split(folder)[0]).labels == stance.load(saved).labels


def test_a_macos_archive_folder_of_other_files_is_kept_from_a_save(tmp_path):
    # A review of d8d0ad7: a folder holding only __MACOSX counted as empty, so a save with
    # overwrite=True replaced it and whatever the __MACOSX held; only a __MACOSX of resource
    # forks alone, as macOS's "Compress" writes, is no one's work.
    only = tmp_path / "only"
    (only / "__MACOSX").mkdir(parents=True)
    (only / "__MACOSX" / "mythesis.docx").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        stance.default_model().save(only, overwrite=True)
    assert (only / "__MACOSX" / "mythesis.docx").read_text(encoding="utf-8") == "mine"


def test_loading_does_not_import_scikit_learn(saved):
    script = (
        "import sys, stance; m = stance.load(sys.argv[1]); m.classify('wind'); m.classify_many(['a', 'b']);"
        "print('sklearn' in sys.modules, 'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script, str(saved)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_saved_parameters_are_byte_identical_across_trainings(energy_frame, tmp_path):
    stance.train(energy_frame, stance_column="stance").save(tmp_path / "a")
    stance.train(energy_frame, stance_column="stance").save(tmp_path / "b")
    for name in sorted(p.name for p in (tmp_path / "a").iterdir()):
        if name.endswith(".npy") or name == "vocabulary.json":
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_a_model_path_that_does_not_exist_is_named_as_missing(tmp_path, monkeypatch):
    # A mistyped path was "is not a directory", as for a file given as the model; and
    # model="bundled", the command line's name for the bundled model, had no hint.
    with pytest.raises(stance.ModelFormatError, match=r"^'[^']*modles/eu' does not exist; expected a saved stance "
                                                      r"model directory$"):
        stance.load(tmp_path / "modles" / "eu")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(stance.ModelFormatError, match=r"file\.txt' is not a directory; expected a saved stance model"):
        stance.load(tmp_path / "file.txt")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(stance.ModelFormatError, match=r"^'bundled' does not exist; expected a saved stance model "
                                                      r"directory \(for the bundled model, pass model=None, or call "
                                                      r"stance\.default_model\(\), with sha256= to pin it: 'bundled' "
                                                      r"names it on the command line\)$"):
        stance.classify("We stand together.", model="bundled")
    # A newcomer's audit: model="default" (as in stance.default_model()), which the command line's --model default
    # answers "did you mean 'bundled'", was told only that it does not exist.
    with pytest.raises(stance.ModelFormatError, match=r"^'default' does not exist; expected a saved stance model "
                                                      r"directory \(for the bundled model, pass model=None, or call "
                                                      r"stance\.default_model\(\)"):
        stance.load("default")
    # A review of 8e4b6e46: "Default", "BUNDLED" and " bundled " (spaces pasted with it), which --model answers
    # "did you mean 'bundled'", got no hint from the library; nor "bundeld", mistyped. A path of folders is a
    # folder's, and gets none.
    for name in ("Default", "BUNDLED", " bundled ", "bundeld"):
        with pytest.raises(stance.ModelFormatError, match=re.escape(
                f"{name!r} does not exist; expected a saved stance model directory (for the bundled model, pass "
                f"model=None, or call stance.default_model(), with sha256= to pin it: 'bundled' names it on the "
                f"command line)")):
            stance.load(name)
    with pytest.raises(stance.ModelFormatError) as refused:
        stance.load(Path("models", "Default"))
    assert "bundled" not in str(refused.value)


def test_a_missing_model_folder_names_the_saved_model_beside_it(tmp_path, monkeypatch):
    # A teacher's audit: stance.load("unii") or stance.load("uni ") beside a model saved as
    # "uni" said only "does not exist", where a missing table is told the file it likely meant.
    model = stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
                                                      ["aid", "aid", "none", "none"])
    model.save(tmp_path / "uni")
    (tmp_path / "unit").mkdir()  # a folder, but no saved model: not offered
    monkeypatch.chdir(tmp_path)
    for typed in ("unii", "uni "):
        with pytest.raises(stance.ModelFormatError, match=rf"^'{typed}' does not exist; expected a saved stance model "
                                                          r"directory \(did you mean 'uni'\?\)$"):
            stance.load(typed)
    with pytest.raises(stance.ModelFormatError, match=r"^'unii' does not exist.* \(did you mean 'uni'\?\)$"):
        stance.classify("more aid", model="unii")
    with pytest.raises(stance.ModelFormatError, match=r"^'zzz' does not exist; expected a saved stance model "
                                                      r"directory$"):
        stance.load("zzz")
    assert stance.load("uni").labels == ("aid", "none")


def test_a_model_path_no_folder_can_have_is_refused_as_missing_in_a_short_message(tmp_path, monkeypatch):
    # classify(model=...) let out os.stat's bare ValueError for a NUL ("embedded null byte"),
    # and both it and load() an OSError "[Errno 36] File name too long" that quoted all of a
    # 10,000-character path.
    monkeypatch.chdir(tmp_path)
    for path, shown in [("a\x00b", "'a\\x00b'"), ("x" * 10_000, "'xxxxxxxxxx")]:
        messages = []
        for load in (stance.load, lambda path: stance.classify("We stand together.", model=path)):
            with pytest.raises(stance.ModelFormatError) as raised:
                load(path)
            messages.append(str(raised.value))
        assert messages[0] == messages[1]
        assert messages[0].startswith(shown) and "does not exist" in messages[0], messages[0]
        assert messages[0].endswith("expected a saved stance model directory") and len(messages[0]) < 300, messages[0]


def test_a_save_to_a_path_holding_a_nul_is_refused_naming_the_path(default_model, energy_model, tmp_path,
                                                                    monkeypatch):
    # load() refuses such a path as missing (above), but model.save let out the system's bare
    # "ValueError: embedded null byte", naming neither the argument nor the path.
    monkeypatch.chdir(tmp_path)
    for model in (default_model, energy_model):
        for path in ("a\x00b", Path("models") / "a\x00b"):
            with pytest.raises(stance.InvalidInputError, match=r"^path '(models/)?a\\x00b' holds a NUL character "
                                                              r"\(\\x00\), which no file or folder name can hold$"):
                model.save(path)
    assert os.listdir() == []


def test_bundled_model_verifies(default_model):
    from stance.defaults import default_model_path

    assert stance.load(default_model_path()).labels == default_model.labels


def test_the_model_docstring_names_no_option_the_bundled_model_lacks(default_model):
    # A teacher's audit: under `cannot` the docstring said a model of format 10 and older, "the
    # bundled one among them until it is rebuilt", loads as cannot=False, though the bundled
    # model (format 14) has cannot=True. Each option's older formats name the version whose
    # bundled model they held, and none is the bundled model's format.
    import re

    from stance.defaults import default_model_path

    bundled = json.loads((default_model_path() / "metadata.json").read_text(encoding="utf-8"))["format_version"]
    said = re.findall(r"(\w+) : .*?\(format (\d+) and older(.*?)\) loads as ``\1=False``",
                      " ".join(stance.StanceModel.__doc__.split()))
    assert [name for name, _, _ in said][:4] == ["apostrophes", "links", "spelling", "invisibles"]
    assert len(said) == 10
    for name, older, aside in said:
        if getattr(default_model, name) is False:  # an option after its last rebuild (names): said so
            assert int(older) >= bundled and aside == ", the bundled one among them", name
            continue
        assert int(older) < bundled and getattr(default_model, name) is True, name
        assert "bundled" not in aside or re.fullmatch(r", \d+\.\d+\.\d+'s bundled one among them", aside), name


def test_saved_model_has_ordinary_permissions(energy_model, tmp_path):
    old = os.umask(0o022)
    try:
        energy_model.save(tmp_path / "m")
    finally:
        os.umask(old)
    assert (tmp_path / "m").stat().st_mode & 0o777 == 0o755
    assert (tmp_path / "m" / "metadata.json").stat().st_mode & 0o777 == 0o644


def test_a_model_saved_over_another_keeps_its_folders_permissions(energy_model, tmp_path):
    # An audit by a newsroom data desk's engineer: a private model folder (chmod 700) saved over
    # with overwrite=True came back 755, as outputs rewritten lost their mode.
    old = os.umask(0o022)
    try:
        energy_model.save(tmp_path / "m")
        os.chmod(tmp_path / "m", 0o700)
        energy_model.save(tmp_path / "m", overwrite=True)
    finally:
        os.umask(old)
    assert (tmp_path / "m").stat().st_mode & 0o777 == 0o700
    assert stance.load(tmp_path / "m").labels == energy_model.labels


def test_trained_arrays_are_stored_as_float32_and_load_bit_for_bit(energy_model, saved):
    loaded = stance.load(saved).params_.arrays()
    for name, array in energy_model.params_.arrays().items():
        stored_as = "stance_by_label_value" if name == "stance_by_label" else name
        assert np.load(saved / f"{stored_as}.npy", allow_pickle=False).dtype == np.float32, name
        assert loaded[name].tobytes() == array.tobytes()


def test_per_label_stance_weights_are_stored_as_their_nonzero_entries(energy_model, saved):
    dense = energy_model.params_.stance_by_label
    positions = np.load(saved / "stance_by_label_index.npy", allow_pickle=False)
    values = np.load(saved / "stance_by_label_value.npy", allow_pickle=False)
    assert not (saved / "stance_by_label.npy").exists()
    assert positions.tolist() == np.flatnonzero(dense).tolist()
    assert values.tolist() == dense.ravel()[dense.ravel() != 0].astype(np.float32).tolist()
    assert 0 < len(values) < dense.size  # a label's block is zero for words it never saw


def _without_calibration(model):
    """``model`` as stance before the confidence calibration (format 4) would have trained it."""
    model.params_.confidence_calibration = None
    return model


def _refused_once_edited(folder, edit, message):
    """Edit ``folder``'s metadata with ``edit``, re-sign it as a writer of the format would,
    and check that a load refuses it with ``message``."""
    metadata = json.loads((folder / "metadata.json").read_text())
    edit(metadata)
    _rewrite_checksums(folder, metadata)
    with pytest.raises(ModelFormatError, match=message):
        stance.load(folder)


def _rewrite_checksums(folder, metadata=None):
    """Re-sign a directory edited by a test, as a writer of that format would have."""
    import hashlib

    from stance.persistence import READING_COVERED_SINCE, _digest_of, _reading_recorded

    if metadata is not None:
        contents = {p.name: p.read_bytes() for p in folder.iterdir()
                    if p.name.endswith(".npy") or p.name == "vocabulary.json"}
        covered = metadata.get("format_version", 0) >= READING_COVERED_SINCE
        metadata["parameters_sha256"] = _digest_of(contents, _reading_recorded(metadata) if covered else None)
        (folder / "metadata.json").write_text(json.dumps(metadata))
    sums = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.name != "checksums.json"}
    (folder / "checksums.json").write_text(json.dumps(sums))


def _told_metadata_of_another_model(saved: Path, n_features: int, features: int) -> None:
    """Check that loading ``saved``, whose metadata.json gives ``n_features`` where its arrays
    agree on ``features``, names metadata.json as likely another model's, and says what to do."""
    with pytest.raises(ModelFormatError) as raised:
        stance.load(saved)
    assert str(raised.value) == (
        f"{str(saved / 'metadata.json')!r} gives n_features {n_features}, but idf.npy and target_coef.npy agree on "
        f"{features:,} features: metadata.json is likely another model's (or the arrays are), or damaged; restore "
        f"the model's files from the copy the model came from (all of its files, from one save), or retrain the model")


def _trained_as_format_2(energy_frame) -> stance.StanceModel:
    """A model of the options stance had when it saved format 2 (0.1.0): every reading added
    since off, no calibration of its confidence."""
    return _without_calibration(stance.train(energy_frame, stance_column="stance", stance_cues=False,
                                             apostrophes=False, links=False, spelling=False,
                                             invisibles=False, cannot=False, handles=False, marks=False, cjk=False,
                                             lookalikes=False, names=False, length_floor=None))


def _saved_as_format_1(energy_frame, folder):
    """A model and its folder as format 1 (stance before 2026-11-30) saved it: the per-label
    stance weights whole, the vocabulary indented, no stance cues."""
    energy_model = _trained_as_format_2(energy_frame)
    saved = energy_model.save(folder)
    dense = energy_model.params_.stance_by_label
    np.save(saved / "stance_by_label.npy", dense.astype(np.float32), allow_pickle=False)
    (saved / "stance_by_label_index.npy").unlink()
    (saved / "stance_by_label_value.npy").unlink()
    (saved / "vocabulary.json").write_text(json.dumps(energy_model.params_.vocabulary, indent=1))
    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["format_version"] = 1
    _rewrite_checksums(saved, metadata)
    return energy_model, saved


def test_a_format_1_model_with_whole_arrays_still_loads(energy_frame, tmp_path):
    energy_model, saved = _saved_as_format_1(energy_frame, tmp_path / "format1")
    dense = energy_model.params_.stance_by_label
    old = stance.load(saved)
    assert old.params_.stance_by_label.tobytes() == dense.tobytes()
    np.testing.assert_array_equal(old.predict_proba(PROBES), energy_model.predict_proba(PROBES))
    assert [p.stance for p in old.classify_many(PROBES)] == [p.stance for p in energy_model.classify_many(PROBES)]


def test_a_format_1_model_saved_as_format_2_is_created_at_that_save(energy_frame, tmp_path, monkeypatch):
    # A review of 07a41e0c, which says so untested: format 2's digest is another, so the model
    # saved is not the one created then (its creation time is kept only under the same digest).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    saved = _saved_as_format_1(energy_frame, tmp_path / "format1")[1]
    old = stance.load(saved)
    assert old.saved_["created"] == "1970-01-01T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    again = stance.load(old.save(tmp_path / "again"))
    assert again.saved_["format_version"] == 2 and again.saved_["created"] == "1970-01-02T00:00:00+00:00"


def test_a_model_saved_before_soft_hyphens_were_dropped_drops_them_too(energy_frame, tmp_path):
    # As the README (Formats and versions) says: since 9ab932e a soft hyphen is dropped for every
    # model, so one saved before (formats 1 to 5), whose code read "nuc" and "lear", reads "nuclear".
    old = stance.load(_saved_as_format_1(energy_frame, tmp_path / "format1")[1])
    np.testing.assert_array_equal(old.predict_proba(["Build more nuc\u00adlear plants."]),
                                  old.predict_proba(["Build more nuclear plants."]))


def test_a_format_1_model_saved_again_keeps_its_terms_and_answers_under_a_new_digest(energy_frame, tmp_path):
    # As the README (Formats and versions) says: saved as format 2, the weights as their non-zero
    # entries and the vocabulary on one line, so the digest its publisher gave is not kept.
    saved = _saved_as_format_1(energy_frame, tmp_path / "format1")[1]
    old = stance.load(saved)
    again = stance.load(old.save(tmp_path / "again"))
    vocabulary = (tmp_path / "again/vocabulary.json").read_text()
    assert json.loads(vocabulary) == json.loads((saved / "vocabulary.json").read_text())
    assert len(vocabulary.splitlines()) == 1
    assert json.loads((tmp_path / "again/metadata.json").read_text())["format_version"] == 2
    assert again.saved_["parameters_sha256"] != old.saved_["parameters_sha256"]
    np.testing.assert_array_equal(again.predict_proba(PROBES), old.predict_proba(PROBES))


@pytest.mark.parametrize(("edit", "message"), [
    (lambda i, v: (i[::-1].copy(), v), "increasing positions"),
    (lambda i, v: (i + 10**9, v), "increasing positions"),
    (lambda i, v: (i.astype(np.float64), v), "expected 32- or 64-bit integers"),
    (lambda i, v: (i, v[:-1]), "one length"),
    # the seventh user audit: unsigned and extreme positions must not wrap past the checks
    (lambda i, v: (np.concatenate([i[1::-1], i[2:]]).astype(np.uint32), v), "increasing positions"),
    (lambda i, v: (np.concatenate([[10**6], i[1:]]).astype(np.uint64), v), "increasing positions"),
    (lambda i, v: (np.concatenate([[2**31 - 1, -2**31], i[2:]]).astype(np.int32), v), "increasing positions"),
])
def test_damaged_sparse_weights_are_refused_by_name(saved, edit, message):
    positions = np.load(saved / "stance_by_label_index.npy")
    values = np.load(saved / "stance_by_label_value.npy")
    positions, values = edit(positions, values)
    np.save(saved / "stance_by_label_index.npy", positions, allow_pickle=False)
    np.save(saved / "stance_by_label_value.npy", values, allow_pickle=False)
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=message) as raised:
        stance.load(saved)
    assert "stance_by_label" in str(raised.value)


def test_a_directory_with_both_forms_of_an_array_is_refused(energy_model, saved):
    # Which of the two would win is not for the loader to guess.
    np.save(saved / "stance_by_label.npy", energy_model.params_.stance_by_label, allow_pickle=False)
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match="holds both stance_by_label.npy and its non-zero entries"):
        stance.load(saved)


def test_a_header_claiming_more_than_the_file_holds_is_refused_before_allocating(saved):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f4", "fortran_order": False, "shape": (10**12,)})
    (saved / "stance_by_label_value.npy").write_bytes(header.getvalue() + b"\0" * 16)
    (saved / "idf.npy").write_bytes(b"")
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match="idf.npy' is not a plain numeric array"):
        stance.load(saved)
    np.save(saved / "idf.npy", np.ones(json.loads((saved / "metadata.json").read_text())["n_features"],
                                        dtype=np.float32))
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match="stance_by_label_value.npy' is not a plain numeric array: its header"):
        stance.load(saved)


def test_metadata_cannot_make_loading_allocate(saved):
    # The sparse array's shape comes from the arrays stored whole, not from metadata.json.
    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["stance_classes"] = [f"c{i}" for i in range(200_000)]
    (saved / "metadata.json").write_text(json.dumps(metadata))
    _rewrite_checksums(saved)
    with pytest.raises(ModelFormatError):
        stance.load(saved)


def _deep_json(folder, name):
    (folder / name).write_text("[" * 100_000 + "]" * 100_000)  # RecursionError in json


def _a_number_of_5000_digits(folder, name):
    text = (folder / name).read_text()
    (folder / name).write_text(text.replace("{", '{"rows": ' + "9" * 5000 + ",", 1))  # ValueError in int()


def _a_garbage_npy_header(folder, name):
    (folder / name).write_bytes(b"\x93NUMPY\x01\x00\x10\x00{'descr': garbage")  # tokenize.TokenError


def _labels_of_bias(count):
    def damage(folder, name):  # the per-label stance weights were then sized count × features
        np.save(folder / name, np.zeros((count, 1), dtype=np.float32))
    return damage


def _thirty_gigabytes(folder, name):
    os.truncate(folder / name, 30 * 2**30)  # sparse: MemoryError when read whole


def _recording_what_is_parsed(monkeypatch):
    """The names of the JSON files a load parses, in order, recorded from now on."""
    from stance import model_checks, model_loading

    parsed = []
    real = model_checks._parse_json
    for module in (model_loading, model_checks):  # the files' reader, and the vocabulary's in model_checks
        monkeypatch.setattr(module, "_parse_json", lambda data, path: parsed.append(path.name) or real(data, path))
    return parsed


@pytest.mark.parametrize("damage, name, message", [
    (_deep_json, "metadata.json", "is not valid JSON: .*nested too deeply"),
    (_deep_json, "checksums.json", "is not valid JSON: .*nested too deeply"),
    (_a_number_of_5000_digits, "metadata.json", r"holds a number too large \(5,000 digits\), which no save writes"),
    (_a_garbage_npy_header, "thresholds.npy", "is not a plain numeric array: its header cannot be read"),
    (_labels_of_bias(1_000_000), "stance_label_bias.npy", "holds 4,000,128 bytes, far more than"),  # 745 GiB
    (_labels_of_bias(3000), "stance_label_bias.npy", r"has shape \(3000, 1\), but .* expected \(4, 1\)"),
    (_thirty_gigabytes, "MODEL_CARD.md", "holds 32,212,254,720 bytes, far more than"),
    (_thirty_gigabytes, "vocabulary.json", "holds 32,212,254,720 bytes, far more than"),  # 64 KiB a term at most
])
def test_crafted_files_are_refused_by_name_not_with_a_traceback(saved, damage, name, message):
    # Each gave an exception from inside json or numpy (the command line: a traceback, exit 1).
    damage(saved, name)
    if damage is not _thirty_gigabytes and name != "checksums.json":  # refused by its size, unread
        _rewrite_checksums(saved, None if name.endswith(".json") else json.loads((saved / "metadata.json").read_text()))
    with pytest.raises((ModelFormatError, ModelIntegrityError), match=message) as raised:
        stance.load(saved)
    assert str(saved / name) in str(raised.value)


def test_a_metadata_json_far_larger_than_a_save_writes_is_refused_unread(saved, monkeypatch):
    # An audit put 20,000,000 empty objects in metrics (60 MB, under the 64 MiB cap then) and
    # rewrote the checksums: `stance info` and each classify parsed it into 1.96 GB, for 30 s.
    # A save writes 2 KB of it; one with 1,000 labels, 49 KB.

    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["metrics"] = {"x": [{}] * 700_000}  # 2.8 MB: 25 times as large in memory
    (saved / "metadata.json").write_text(json.dumps(metadata))
    _rewrite_checksums(saved)
    parsed = _recording_what_is_parsed(monkeypatch)
    with pytest.raises(ModelFormatError, match=rf"{re.escape(str(saved / 'metadata.json'))}' holds 2,\d{{3}},\d{{3}} "
                                               r"bytes, far more than a saved model's metadata.json does"):
        stance.load(saved)
    assert "metadata.json" not in parsed
    # A review: 0.1.0 saved megabytes of a user's metrics_; such a model is told the way out.
    with pytest.raises(ModelFormatError, match=r"or written by stance 0\.1\.0 with large results in metrics_: load "
                                               r"it with that version, set metrics_ = \{\} and save it again$"):
        stance.load(saved)


def test_a_model_whose_metadata_would_not_load_is_not_saved(energy_model, tmp_path):
    # What a load refuses as too large, a save must not write: the model would be lost.
    model = energy_model._pinned()
    model.metrics_ = {"report": "x" * 2**20}
    with pytest.raises(stance.InvalidInputError, match=r"its metadata.json would hold 1,\d{3},\d{3} bytes, more "
                                                       r"than a model's may \(1,048,576\): 'metrics' takes"):
        model.save(tmp_path / "m")
    assert not (tmp_path / "m").exists() and not list(tmp_path.iterdir())
    model.metrics_ = {"report": "x" * 900_000}  # within it: saved and loaded
    assert stance.load(model.save(tmp_path / "m")).metrics_ == model.metrics_


@pytest.mark.parametrize("n_features", [-5, 0, "12", None])
def test_a_number_of_features_that_is_no_count_is_refused(saved, n_features):
    _edit_metadata(saved, lambda metadata: metadata.update(n_features=n_features))  # -5 loaded
    with pytest.raises(ModelFormatError, match=re.escape(f'"n_features": {json.dumps(n_features)} is no number of '
                                                         f"features (a whole number from 1")):
        stance.load(saved)


@pytest.mark.parametrize("n_features, said", [
    (int("9" * 4000), "metadata.json' gives n_features 999999999999… (4,000 digits), but idf.npy and "
                      "target_coef.npy agree on 947 features"),
    (-int("9" * 4000), '"n_features": -99999999999… (4,000 digits) is no number of features'),
    ("x" * 100_000, '"n_features": "xxxxxxxx'),
    (list(range(100_000)), '"n_features": [0, 1, 2'),
])
def test_an_absurd_number_of_features_is_cut_in_the_message(saved, n_features, said):
    # An audit's n_features of 4,000 nines was printed whole in the refusal, as a list of
    # 100,000 numbers would be: a message a service logs, or a terminal fills with.
    _edit_metadata(saved, lambda metadata: metadata.update(n_features=n_features))
    with pytest.raises(ModelFormatError) as raised:
        stance.load(saved)
    message = str(raised.value).replace(str(np.load(saved / "idf.npy").size), "947")
    from stance.model_checks import _DAMAGED  # the advice, now the damaged folder's of every entry

    assert said in message and len(message) < len(str(saved)) + 350 + len(_DAMAGED)  # not 4,000 digits

def test_metadata_that_miscounts_the_arrays_is_the_file_named(tmp_path):
    # An audit set n_features to 5 (and re-signed metadata.json): the load refused idf.npy,
    # untouched, as far larger than a saved model's and to be restored, which fixed nothing.
    # The arrays agree with each other, so metadata.json is the file at fault, and named.
    from stance.defaults import default_model_path

    saved = Path(shutil.copytree(default_model_path(), tmp_path / "model"))  # an idf.npy above 64 KiB
    features, pristine = np.load(saved / "idf.npy").size, (saved / "idf.npy").read_bytes()
    _edit_metadata(saved, lambda metadata: metadata.update(n_features=5))
    _told_metadata_of_another_model(saved, 5, features)
    assert (saved / "idf.npy").read_bytes() == pristine


def test_arrays_copied_from_a_larger_model_are_named_not_its_intact_metadata(saved):
    # A review of a109b12: idf.npy and target_coef.npy copied from the bundled model into a saved
    # model (checksums not re-signed) agree with each other, and metadata.json, intact and signed,
    # was named as damaged; restoring it fixes nothing. The arrays are not the ones signed: the
    # file too large is named, as before a109b12.
    from stance.defaults import default_model_path

    for name in ("idf.npy", "target_coef.npy"):
        shutil.copyfile(default_model_path() / name, saved / name)
    with pytest.raises(ModelFormatError, match=re.escape(f"{str(saved / 'idf.npy')!r} holds ") + r"[\d,]+ bytes, "
                                               r"far more than a saved model's idf.npy does"):
        stance.load(saved)


@pytest.mark.parametrize("damage", [
    lambda idf: np.ones(idf.size * 40),  # another model's, say: target_coef.npy disagrees
    lambda idf: b"\0" * 2**20,  # no array
])
def test_an_idf_far_larger_than_its_model_is_still_the_file_named(saved, damage):
    # The arrays do not agree (or idf.npy is none): idf.npy is what is too large, as before.
    grown = damage(np.load(saved / "idf.npy"))
    if isinstance(grown, bytes):
        (saved / "idf.npy").write_bytes(grown)
    else:
        np.save(saved / "idf.npy", grown)
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=re.escape(f"{str(saved / 'idf.npy')!r} holds ") + r"[\d,]+ bytes, "
                                               r"far more than a saved model's idf.npy does"):
        stance.load(saved)


def test_a_vocabulary_that_does_not_fit_the_arrays_is_refused_before_it_is_read(saved, monkeypatch):
    # A vocabulary of 50,000,000 terms was parsed (131 s, 8.2 GB) and sized the per-label
    # weights before idf.npy's 947 numbers refused it.

    vocabulary = json.loads((saved / "vocabulary.json").read_text())
    n_features = len(vocabulary)
    (saved / "vocabulary.json").write_text(json.dumps(vocabulary + [f"w{i}" for i in range(1000)]))
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=f"vocabulary.json' holds {n_features + 1000} terms, but "
                                               f"metadata.json's n_features is {n_features}"):
        stance.load(saved)
    _edit_metadata(saved, lambda metadata: metadata.update(n_features=n_features + 1000))
    parsed = _recording_what_is_parsed(monkeypatch)
    with pytest.raises(ModelFormatError, match=f"metadata.json' gives n_features {n_features + 1000}, but idf.npy "
                                               f"and target_coef.npy agree on {n_features:,} features"):
        stance.load(saved)
    assert "vocabulary.json" not in parsed


@pytest.mark.parametrize("shape", [(-1, 1), (1, -1), (-1, 2)])
def test_an_idf_of_another_shape_is_named_by_its_shape(saved, shape):
    # It said "'…/idf.npy' holds 350 numbers, but metadata.json's n_features is 350".
    idf = np.load(saved / "idf.npy")
    reshaped = np.repeat(idf, 2) if shape == (-1, 2) else idf  # twice the numbers: still one a feature
    np.save(saved / "idf.npy", reshaped.reshape(shape))
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    expected = re.escape(f"idf.npy' has shape {reshaped.reshape(shape).shape}, expected ({idf.size},)")
    with pytest.raises(ModelFormatError, match=f"{expected}, one number for each of metadata.json's n_features"):
        stance.load(saved)


@pytest.mark.parametrize("idf", [lambda idf: np.zeros_like(idf), lambda idf: -idf,
                                 lambda idf: np.where(np.arange(idf.size) == 7, 0.5, idf)])
def test_an_idf_below_one_is_refused_by_name(saved, idf):
    # An audit saved zeros as idf.npy and re-signed it: it loaded, and every probability was
    # NaN ('deterrence nan against nan', a warning of numpy's and exit 0); a negative one
    # loaded and changed the answers. An idf is log((1 + documents) / (1 + df)) + 1, never below 1.
    trained = np.load(saved / "idf.npy")
    assert trained.min() >= 1
    np.save(saved / "idf.npy", idf(trained).astype(trained.dtype))
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=r"idf\.npy' holds .* below 1 .*a trained idf is 1 or more"):
        stance.load(saved)


def _label_weights_cut(folder):
    np.save(folder / "target_coef.npy", np.load(folder / "target_coef.npy")[:, :3])


def _label_weights_deleted(folder):
    (folder / "target_coef.npy").unlink()


@pytest.mark.parametrize("damage, message", [
    (_label_weights_cut, r"target_coef\.npy' has shape \((\d+), 3\), but metadata\.json's n_features is \1 and "
                         r"it names 4 labels: expected \(\1, 4\)"),
    (_label_weights_deleted, r"target_coef\.npy' is missing; every model has one \(the label heads' weights\)"),
])
def test_damaged_label_weights_are_named_not_blamed_on_the_stance_bias(saved, damage, message):
    # Both were blamed on stance_label_bias.npy, sound as it was ("has shape (5, 1), but
    # target_coef.npy  and stance_intercept.npy (1,) give 350 features: expected (None, 1)").
    damage(saved)
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=message) as raised:
        stance.load(saved)
    assert "stance_label_bias" not in str(raised.value)


def test_a_vocabulary_naming_a_term_twice_is_refused(saved):
    # An audit copied one term over the next (checksums and digest rewritten): it loaded, and
    # the first copy's feature could never be found, as only the last is looked up.
    vocabulary = json.loads((saved / "vocabulary.json").read_text())
    vocabulary[10] = vocabulary[11]
    (saved / "vocabulary.json").write_text(json.dumps(vocabulary))
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match=re.escape(f"vocabulary.json' names {vocabulary[11]!r} twice (features "
                                                         f"10 and 11); the model is damaged")):
        stance.load(saved)


def test_half_of_a_sparse_array_is_named(saved):
    (saved / "stance_by_label_value.npy").unlink()
    _rewrite_checksums(saved, json.loads((saved / "metadata.json").read_text()))
    with pytest.raises(ModelFormatError, match="stance_by_label_value.npy.* is missing"):
        stance.load(saved)


def test_float64_arrays_still_load(energy_model, tmp_path):
    # A model whose values need float64 (e.g. written by hand, or by an older stance) keeps them.
    import copy

    model = stance.StanceModel.from_parameters(copy.deepcopy(energy_model.params_), energy_model.get_params())
    model.params_.idf = model.params_.idf + 1e-12
    model.save(tmp_path / "m")
    assert np.load(tmp_path / "m" / "idf.npy").dtype == np.float64
    assert stance.load(tmp_path / "m").params_.idf.tobytes() == model.params_.idf.tobytes()


def test_a_load_that_meets_a_save_in_progress_tries_again(energy_model, tmp_path, monkeypatch):
    # The seventh user audit: a load racing save(overwrite=True) could read files from the
    # old and the new directory, or find no directory at the instant of the swap.
    from stance import model_loading

    energy_model.save(tmp_path / "m")
    real, calls = model_loading.verified_files, []

    def swapped_once(folder):
        calls.append(folder)
        if len(calls) == 1:
            (tmp_path / ".m.saving-abc123").mkdir()  # what save_model's staging looks like
            raise ModelIntegrityError("checksum changed under us")
        (tmp_path / ".m.saving-abc123").rmdir()
        return real(folder)

    monkeypatch.setattr(model_loading, "verified_files", swapped_once)
    assert stance.load(tmp_path / "m").labels == energy_model.labels
    assert len(calls) == 2


def test_a_damaged_model_with_no_save_in_progress_fails_at_once(saved, monkeypatch):
    from stance import model_loading

    calls = []

    def damaged(folder):
        calls.append(folder)
        raise ModelIntegrityError("altered")

    monkeypatch.setattr(model_loading, "verified_files", damaged)
    with pytest.raises(ModelIntegrityError):
        stance.load(saved)
    assert len(calls) == 1


def test_a_load_that_meets_a_whole_save_between_two_of_its_files_tries_again(energy_model, default_model, tmp_path,
                                                                              monkeypatch):
    # A user audit: a service reloading a model while a training job saved over it was told
    # "metadata.json does not match its checksum ... corrupted" (or a file "far more than a
    # saved model's"). The load read checksums.json from the old folder and the other files
    # from the new one, and by then the save had deleted the old folder it looks for.
    from stance import model_loading

    target = tmp_path / "m"
    energy_model.save(target)
    real, state = model_loading._read_at_most, {"saved": False}

    def save_after_the_checksums(path, limit):
        data = real(path, limit)
        if path.name == "checksums.json" and not state["saved"]:
            state["saved"] = True  # first, so that the save's own read of checksums.json does not save again
            default_model.save(target, overwrite=True)  # moved aside, replaced and deleted
        return data

    monkeypatch.setattr(model_loading, "_read_at_most", save_after_the_checksums)
    loaded = stance.load(target)
    assert state["saved"] and not list(tmp_path.glob(".m.*"))
    probes = [*PROBES, "NATO must deter Russia with more troops on the eastern flank."]
    assert loaded.labels == default_model.labels != energy_model.labels
    assert loaded.predict(probes).tolist() == default_model.predict(probes).tolist()


def test_a_load_that_saves_keep_replacing_says_so(energy_model, default_model, tmp_path, monkeypatch):
    # Tried again only so often: then the error says why, not that the model is corrupted.
    from stance import model_loading

    target = tmp_path / "m"
    energy_model.save(target)
    state = _saving_after_each_checksums_read(monkeypatch, target, default_model, energy_model)
    with pytest.raises(ModelIntegrityError, match=rf"^'{re.escape(str(target))}' could not be loaded: other saves kept "
                                                  rf"replacing it while it was read, on each of "
                                                  rf"{model_loading.LOAD_ATTEMPTS} tries; load it again"):
        stance.load(target)
    assert state["saves"] == model_loading.LOAD_ATTEMPTS


def test_a_folder_deleted_while_it_is_read_is_named_as_vanished(saved, monkeypatch):
    # Deleted (by hand, a cleanup job) after the load began and before it read a file, with
    # no save to put another in its place: the load said the path "does not exist", as if
    # mistyped, or could let the FileNotFoundError of the file it was reading out.
    import shutil

    from stance import model_loading

    real, reads = model_loading._read_at_most, []

    def deleted_first(path, limit):
        reads.append(path.name)
        if len(reads) == 1:
            shutil.rmtree(saved)
        return real(path, limit)

    monkeypatch.setattr(model_loading, "_read_at_most", deleted_first)
    with pytest.raises(ModelFormatError, match=rf"^'{re.escape(str(saved))}' vanished while it was read: it was "
                                               rf"deleted, and no save put a model in its place") as caught:
        stance.load(saved)
    assert not isinstance(caught.value, OSError) and reads == ["checksums.json"]


def test_a_corrupted_file_in_a_folder_nobody_replaces_fails_at_once(saved, monkeypatch):
    from stance import model_loading

    data = bytearray((saved / "target_coef.npy").read_bytes())
    data[-1] ^= 1
    (saved / "target_coef.npy").write_bytes(bytes(data))
    real, calls = model_loading._load_once, []
    monkeypatch.setattr(model_loading, "_load_once", lambda folder: calls.append(folder) or real(folder))
    with pytest.raises(ModelIntegrityError, match=r"target_coef.npy' does not match its checksum: the file was "
                                                  r"altered or corrupted"):
        stance.load(saved)
    assert len(calls) == 1


def test_a_model_whose_line_ends_git_changed_loads_as_it_was_saved(saved):
    # A model kept in git and checked out with core.autocrlf=true (Git for Windows' default)
    # has CRLF line ends in its JSON and Markdown files, and failed its checksums: "…
    # does not match its checksum: the file was altered or corrupted". With the line ends
    # turned back they are the bytes saved, to the checksum, so the load takes them.
    clean = stance.load(saved)
    for name in ("metadata.json", "vocabulary.json", "MODEL_CARD.md", "checksums.json"):
        (saved / name).write_bytes((saved / name).read_bytes().replace(b"\n", b"\r\n"))
    model = stance.load(saved)
    assert model.saved_["parameters_sha256"] == clean.saved_["parameters_sha256"]
    assert model.saved_["created"] == clean.saved_["created"] and model.labels == clean.labels
    assert [p.scores for p in model.classify_many(PROBES)] == [p.scores for p in clean.classify_many(PROBES)]
    # The line ends and another change are what they always were: a damaged file.
    card = (saved / "MODEL_CARD.md").read_bytes()
    (saved / "MODEL_CARD.md").write_bytes(card.replace(b"# ", b"## ", 1))
    with pytest.raises(ModelIntegrityError, match=r"MODEL_CARD.md' does not match its checksum: the file was "
                                                  r"altered or corrupted"):
        stance.load(saved)


def _as_git_lfs_pointers(folder: Path, names: tuple[str, ...]) -> None:
    """Each of ``names`` in ``folder`` replaced by the pointer of three lines that a clone without
    git-lfs holds of a file Git LFS keeps."""
    import hashlib

    for name in names:
        data = (folder / name).read_bytes()
        (folder / name).write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:"
                                   f"{hashlib.sha256(data).hexdigest()}\nsize {len(data)}\n", encoding="ascii")


def test_a_model_cloned_without_its_git_lfs_files_is_told_to_fetch_them(saved):
    # A model kept in Git LFS and cloned without git-lfs (a Hugging Face repository, say) has
    # a pointer of three lines for each file LFS keeps. Each was refused as "altered or
    # corrupted; restore it from the copy the model came from", the clone that gave them.
    _as_git_lfs_pointers(saved, ("idf.npy", "target_coef.npy"))
    with pytest.raises(ModelIntegrityError, match=r"idf\.npy' is a Git LFS pointer, not the file it stands for: "
                                                  r".* run git lfs pull in the repository"):
        stance.load(saved)
    # A damaged file that is no pointer is what it was.
    (saved / "idf.npy").write_bytes(b"version https://example.org/spec/v1\n")
    with pytest.raises(ModelIntegrityError, match=r"idf\.npy' does not match its checksum: the file was altered"):
        stance.load(saved)


def test_a_model_whose_json_files_git_lfs_keeps_too_is_told_to_fetch_them(saved):
    # A repository whose .gitattributes puts *.json in Git LFS too, cloned without git-lfs:
    # checksums.json, read first, is a pointer, and was told "is not valid JSON …; restore it
    # from the copy the model came from", the clone that gave it.
    _as_git_lfs_pointers(saved, ("checksums.json", "metadata.json", "idf.npy"))
    with pytest.raises(ModelIntegrityError, match=r"checksums\.json' is a Git LFS pointer, not the file it stands "
                                                  r"for: .* run git lfs pull in the repository"):
        stance.load(saved)
    # A checksums.json garbled otherwise is what it was.
    (saved / "checksums.json").write_bytes(b"version https://example.org/spec/v1\n")
    with pytest.raises(ModelIntegrityError, match=r"checksums\.json' is not valid JSON: .*; restore it"):
        stance.load(saved)


def test_git_leaves_the_line_ends_of_the_models_kept_in_this_repository_alone(energy_model, tmp_path):
    # Without a .gitattributes, a clone with core.autocrlf=true rewrote the line ends of
    # models/default's metadata.json, checksums.json, vocabulary.json and MODEL_CARD.md, and
    # `pip install` of that clone gave a bundled model that failed its checksums.
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout, or no git")

    def git(*arguments, cwd=ROOT):
        return subprocess.run(["git", "-c", "user.name=test", "-c", "user.email=test@example.org",
                               "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", *arguments],
                              cwd=cwd, check=True, capture_output=True, text=True).stdout

    # Also of a model saved under models/ (.gitignore leaves it out, but it may be added).
    for path in ("models/default/metadata.json", "models/default/MODEL_CARD.md", "models/mine/vocabulary.json"):
        assert git("check-attr", "text", "--", path) == f"{path}: text: unset\n"
    # The repository's .gitattributes and models, committed and cloned as Git for Windows does.
    source, clone = tmp_path / "source", tmp_path / "clone"
    shutil.copytree(ROOT / "models" / "default", source / "models" / "default")
    energy_model.save(source / "models" / "energy")
    shutil.copy(ROOT / ".gitattributes", source / ".gitattributes")
    git("init", "-q", cwd=source)
    git("add", "-A", "--force", cwd=source)
    git("commit", "-q", "-m", "models", cwd=source)
    subprocess.run(["git", "clone", "-q", "-c", "core.autocrlf=true", str(source), str(clone)], check=True,
                   capture_output=True)
    for name in ("default", "energy"):
        for file in sorted((source / "models" / name).iterdir()):
            assert (clone / "models" / name / file.name).read_bytes() == file.read_bytes(), file
        stance.load(clone / "models" / name)


def test_a_save_removes_what_saves_killed_long_ago_left_beside_it(energy_model, tmp_path, monkeypatch):
    # Saves killed with SIGKILL left their staging folders (.m.saving-…, a whole model each)
    # and set-aside copies (.m.old-…) for good, and while one was there every load that
    # failed waited half a second for a save in progress.
    import time

    from stance import model_loading

    target = tmp_path / "m"
    energy_model.save(target)
    killed = [tmp_path / ".m.saving-k1ll3d_1", tmp_path / ".m.old-k1ll3d_2"]
    # another model's (saved to "m.old-v1", or "mm"), and folders no save made
    others = [tmp_path / ".m.old-v1.saving-abcd1234", tmp_path / ".mm.saving-abcd1234", tmp_path / "notes"]
    for folder in killed + others:
        folder.mkdir()
        (folder / "metadata.json").write_text("{}")
    calls = []

    def damaged(folder):
        calls.append(folder)
        raise ModelIntegrityError("altered")

    def failing_load():
        calls.clear()
        with monkeypatch.context() as patch:
            patch.setattr(model_loading, "verified_files", damaged)
            with pytest.raises(ModelIntegrityError):
                stance.load(target)
        return len(calls)

    # made just now, they may be saves in progress: kept, and a failing load waits for them
    energy_model.save(target, overwrite=True)
    assert all(folder.exists() for folder in killed + others)
    assert failing_load() == model_loading.LOAD_ATTEMPTS
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + model_loading.LEFTOVER_AFTER + 60)
    assert failing_load() == 1
    energy_model.save(target, overwrite=True)
    assert [folder for folder in killed + others if folder.exists()] == others
    assert stance.load(target).labels == energy_model.labels
    # a save to a missing model leaves the model a killed save set aside, which a load names
    aside = energy_model.save(tmp_path / ".n.old-k1ll3d_3")
    energy_model.save(tmp_path / "n")
    assert stance.load(aside).labels == energy_model.labels


def test_a_model_of_the_longest_name_the_file_system_takes_saves_and_its_leftovers_go(energy_model, tmp_path,
                                                                                      monkeypatch):
    # A Windows user's audit: a folder name of 240 to 255 bytes, which mkdir makes, was refused
    # ("File name too long"): the hidden staging folder beside it added 17 characters.
    import time

    target = tmp_path / ("m" * 225 + "模型" * 5)  # 255 bytes (模 and 型 3 each), the longest ext4 and XFS take
    target.mkdir()
    target.rmdir()
    energy_model.save(target)
    assert stance.load(target).labels == energy_model.labels
    energy_model.save(target, overwrite=True)  # set aside and swapped, under a cut name too
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    # what a killed save of it left is still found by its name cut to 238 bytes at a character
    killed = tmp_path / f".{'m' * 225}模型模型.saving-k1ll3d_1"
    killed.mkdir()
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + stance.model_loading.LEFTOVER_AFTER + 60)
    energy_model.save(target, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def _without_root_powers(script: str, folder: Path) -> subprocess.CompletedProcess:
    """Run ``script`` in ``folder`` as root without the powers that override permissions, as
    a user who is not root would, or skip where they cannot be dropped (the tests run as root)."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed, so permissions cannot be put in force")
    command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--inh-caps",
               "-dac_override,-dac_read_search,-fowner", sys.executable]
    probe = folder / "probe"
    probe.mkdir(mode=0o555)
    tried = subprocess.run([*command, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True, text=True)
    probe.rmdir()
    if tried.returncode == 0 or "PermissionError" not in tried.stderr:
        pytest.skip(f"the powers that override permissions cannot be dropped here: {tried.stderr[-200:]}")
    return subprocess.run([*command, "-W", "always", "-c", script], capture_output=True, text=True, cwd=folder,
                          timeout=300)


def test_a_save_refuses_to_replace_a_write_protected_model(energy_model, tmp_path):
    # A pipeline that write-protects a model after each deploy (chmod -R a-w m) saved over it
    # with overwrite=True in silence: the renames ask only the parent folder, so the new model
    # went in unprotected, and the old one, whose files its folder let no one delete, stayed
    # as a hidden .m.saving-… copy for good, one whole model a save. Refused before writing.
    energy_model.save(tmp_path / "source")
    energy_model.save(tmp_path / "m")
    before = {path.name: path.read_bytes() for path in (tmp_path / "m").iterdir()}
    subprocess.run(["chmod", "-R", "a-w", str(tmp_path / "m")], check=True)
    try:
        done = _without_root_powers("import stance\n"
                                    "try:\n"
                                    "    stance.load('source').save('m', overwrite=True)\n"
                                    "except PermissionError as error:\n"
                                    "    print(error.strerror)\n", tmp_path)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        assert done.stdout == ("'m' is write-protected, so it cannot be replaced; make it writable first "
                               "(chmod -R u+w 'm'), or save to another path\n")
        assert sorted(path.name for path in tmp_path.iterdir()) == ["m", "source"]
        assert {path.name: path.read_bytes() for path in (tmp_path / "m").iterdir()} == before
        assert (tmp_path / "m").stat().st_mode & 0o777 == 0o555
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(tmp_path)], check=True)


def _read_only_under(folder: Path, monkeypatch) -> list[str]:
    """Make ``folder`` and all below it behave as on a file system mounted read-only, as the
    system calls say it: statvfs gives ST_RDONLY, os.access denies writing (root too) and making
    a folder fails with EROFS. The folders a mkdir was asked for there, in a list it fills."""
    from types import SimpleNamespace

    real_access, real_mkdir, real_statvfs = os.access, os.mkdir, os.statvfs
    asked: list[str] = []

    def inside(path) -> bool:
        return Path(path) == folder or folder in Path(path).parents

    def mkdir(path, *args, **kwargs):
        if inside(path):
            asked.append(str(path))
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_mkdir(path, *args, **kwargs)

    def statvfs(path):
        found = real_statvfs(path)
        return SimpleNamespace(f_flag=found.f_flag | os.ST_RDONLY) if inside(path) else found

    monkeypatch.setattr(os, "access", lambda path, mode, **k: not (mode & os.W_OK and inside(path))
                        and real_access(path, mode, **k))
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(os, "statvfs", statvfs)
    return asked


def test_a_save_onto_a_read_only_file_system_says_so(energy_model, tmp_path, monkeypatch):
    # An engineer's audit: a save over a model on a read-only mount was told it "is write-protected
    # …; make it writable first (chmod -R u+w …)", though its files had u+w and chmod fails there.
    model = energy_model.save(tmp_path / "romnt" / "existing")
    _read_only_under(tmp_path / "romnt", monkeypatch)
    with pytest.raises(OSError) as raised:
        energy_model.save(model, overwrite=True)
    assert raised.value.errno == errno.EROFS and not isinstance(raised.value, PermissionError)
    assert raised.value.strerror == (f"{str(model)!r} is on a read-only file system, so it cannot be replaced; save "
                                     f"to another path")


def test_a_trained_models_card_left_out_of_the_checksums_is_saved_again_without_a_recipe(energy_model, tmp_path):
    # A review of bb379b94: such a card loads, unread; the README now says the save over it
    # writes the card without "Training it again" (nothing tells whether it gave one, nor
    # under which versions) and without the line that stands for it.
    folder = energy_model.save(tmp_path / "m")
    assert "\n## Training it again\n" in (folder / "MODEL_CARD.md").read_text()
    checksums = json.loads((folder / "checksums.json").read_text())
    del checksums["MODEL_CARD.md"]
    (folder / "checksums.json").write_text(json.dumps(checksums))
    stance.load(folder).save(folder, overwrite=True)
    card = (folder / "MODEL_CARD.md").read_text()
    assert "Training it again" not in card and "No recipe" not in card
    assert "MODEL_CARD.md" in json.loads((folder / "checksums.json").read_text())  # listed again


@pytest.mark.skipif(not hasattr(os, "ST_RDONLY"), reason="statvfs gives no read-only flag here")
def test_a_locked_model_on_a_read_only_file_system_is_told_so_and_nothing_is_made_in_it(
        energy_model, tmp_path, monkeypatch):
    # A review of b0cdeebd: a model locked with chmod -R a-w on a read-only mount was still told
    # to chmod it, which fails there; and the trial folder that told the mount apart was made
    # inside the model's folder, where a load at the same time could see it. statvfs says it.
    model = energy_model.save(tmp_path / "romnt" / "locked")
    subprocess.run(["chmod", "-R", "a-w", str(model)], check=True)
    try:
        asked = _read_only_under(tmp_path / "romnt", monkeypatch)
        with pytest.raises(OSError) as raised:
            energy_model.save(model, overwrite=True)
        assert raised.value.errno == errno.EROFS and "chmod" not in raised.value.strerror
        assert raised.value.strerror.startswith(f"{str(model)!r} is on a read-only file system")
        assert not [path for path in asked if Path(path).parent == model]
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(tmp_path)], check=True)


def test_a_locked_model_whose_path_names_a_read_only_file_system_is_still_a_permission_error(
        energy_model, tmp_path):
    # A review of b0cdeebd: the errno was chosen by searching the message, which holds the path,
    # so a locked model at "notes on a read-only file system/m" raised OSError 30 with the chmod
    # advice, which `except PermissionError` no longer caught.
    model = energy_model.save(tmp_path / "notes on a read-only file system" / "m")
    subprocess.run(["chmod", "-R", "a-w", str(model)], check=True)
    try:
        with pytest.raises(PermissionError) as raised:
            energy_model.save(model, overwrite=True)
        assert raised.value.errno == errno.EACCES and f"(chmod -R u+w {str(model)!r})" in raised.value.strerror
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(tmp_path)], check=True)


@pytest.mark.parametrize("locked", [".", "inner"])
def test_a_save_as_root_refuses_to_replace_a_write_protected_model(energy_model, tmp_path, locked):
    # Write protection was asked of os.access alone, which lets root through every folder, so
    # a save as root (a container, a CI job) replaced a model locked with chmod -R a-w, and the
    # new one came without the lock: a folder without its owner's write bit is now refused
    # whoever saves, and so is a model with one such folder inside it.
    model = tmp_path / "m"
    energy_model.save(model)
    (model / ".ipynb_checkpoints").mkdir()  # a folder Jupyter adds, which a model may hold
    folder = model / ".ipynb_checkpoints" if locked == "inner" else model
    before = {path.name: path.read_bytes() for path in model.iterdir() if path.is_file()}
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(PermissionError) as raised:
            energy_model.save(model, overwrite=True)
        inside = " (its folder '.ipynb_checkpoints')" if locked == "inner" else ""
        assert raised.value.strerror == (f"{str(model)!r} is write-protected{inside}, so it cannot be replaced; "
                                         f"make it writable first (chmod -R u+w {str(model)!r}), or save to "
                                         f"another path")
        assert sorted(path.name for path in tmp_path.iterdir()) == ["m"]
        assert {path.name: path.read_bytes() for path in model.iterdir() if path.is_file()} == before
        assert folder.stat().st_mode & 0o777 == 0o555
    finally:
        os.chmod(folder, 0o755)
    energy_model.save(model, overwrite=True)  # made writable again, it is replaced as before
    assert stance.load(model).labels == energy_model.labels


def test_a_save_removes_a_write_protected_leftover_or_says_it_cannot(energy_model, tmp_path):
    # A leftover .m.saving-… copy whose folder was write-protected survived the clean-up of
    # what killed saves leave (rmtree with ignore_errors) in silence, once a save at a time:
    # one of ours is made writable and deleted; one that stays (a folder of another user's in
    # it) is named in a warning.
    energy_model.save(tmp_path / "source")
    energy_model.save(tmp_path / "m")
    protected, foreign = tmp_path / ".m.saving-protect1", tmp_path / ".m.saving-foreign1"
    for folder in (protected, foreign):
        shutil.copytree(tmp_path / "m", folder)
    (foreign / "theirs").mkdir()
    (foreign / "theirs" / "file").write_text("x")
    os.chown(foreign / "theirs", 65534, 65534)
    subprocess.run(["chmod", "-R", "a-w", str(protected), str(foreign / "theirs")], check=True)
    try:
        done = _without_root_powers("import stance, stance.model_loading\n"
                                    "stance.model_loading.LEFTOVER_AFTER = -1  # made just now: aged\n"
                                    "stance.load('source').save('m', overwrite=True)\n", tmp_path)
        assert done.returncode == 0, done.stderr
        assert sorted(path.name for path in tmp_path.iterdir()) == [foreign.name, "m", "source"]
        assert (f"StanceWarning: could not delete {foreign.name!r}, a copy a killed or failed save left "
                f"(Permission denied); it holds a whole model that nothing reads: delete it by hand "
                f"(chmod -R u+w, then rm -r)") in done.stderr
        assert done.stderr.count("StanceWarning") == 1
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(tmp_path)], check=True)


def test_a_save_killed_between_its_renames_says_where_the_previous_model_is(energy_model, tmp_path, monkeypatch):
    # The eighth user audit: after a crash between save_model's two renames the model
    # directory is gone and its previous version sits in a hidden sibling.
    from stance import model_loading, persistence

    energy_model.save(tmp_path / "m")
    real_replace, renames = os.replace, []

    def crash_on_the_second_rename(source, destination):
        renames.append(destination)
        if len(renames) == 2:
            raise KeyboardInterrupt  # stands in for the process dying here
        real_replace(source, destination)

    monkeypatch.setattr(persistence.os, "replace", crash_on_the_second_rename)
    monkeypatch.setattr(persistence, "_swap_into_place", _swap_without_rollback(persistence))
    with pytest.raises(KeyboardInterrupt):
        energy_model.save(tmp_path / "m", overwrite=True)
    monkeypatch.undo()
    monkeypatch.setattr(model_loading, "LOAD_ATTEMPTS", 1)
    with pytest.raises(ModelFormatError, match=r"interrupted.*intact in '.*\.m\.old-\w+'; rename that back to 'm'"):
        stance.load(tmp_path / "m")
    retired = next(tmp_path.glob(".m.old-*"))
    retired.rename(tmp_path / "m")
    assert stance.load(tmp_path / "m").labels == energy_model.labels


def _swap_without_rollback(persistence):
    """save_model's swap as a killed process leaves it: no chance to put the old model back."""
    def swap(staging, target):
        retired = target.parent / f".{target.name}.old-killed"
        persistence.os.replace(target, retired)
        persistence.os.replace(staging, target)
    return swap


def test_a_model_saved_before_stance_cues_loads_without_them(energy_frame, tmp_path, saved_as_before_format_9):
    plain = _trained_as_format_2(energy_frame)
    folder = plain.save(tmp_path / "old")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["format_version"] == 2  # what stance before the cues reads
    del metadata["options"]["stance_cues"], metadata["stance_only_features"]
    _rewrite_checksums(folder, metadata)
    old = stance.load(folder)
    assert old.get_params()["stance_cues"] is False and old.params_.label_columns is None
    np.testing.assert_array_equal(old.predict_proba(PROBES), plain.predict_proba(PROBES))


def test_stance_only_features_survive_saving(energy_model, saved):
    loaded = stance.load(saved)
    assert loaded.params_.stance_only_features == energy_model.params_.stance_only_features == ("NOT_", "START_")
    np.testing.assert_array_equal(loaded.params_.label_columns, energy_model.params_.label_columns)


@pytest.mark.parametrize("value", ["NOT_", [1], {"NOT_": 1}])
def test_damaged_stance_only_features_are_refused(saved, value):
    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["stance_only_features"] = value
    _rewrite_checksums(saved, metadata)
    with pytest.raises(ModelFormatError, match="stance_only_features"):
        stance.load(saved)


@pytest.mark.parametrize(("edit", "message"), [
    # Each edit is re-signed, so only consistency can catch it; each would change every score.
    (lambda m: m.pop("stance_only_features"), "the analyzer and options it records give"),
    (lambda m: m.update(stance_only_features=[]), "the analyzer and options it records give"),
    (lambda m: m.update(stance_only_features=["START_"]), "the analyzer and options it records give"),
    (lambda m: m.update(stance_only_features=["NOT_", "START_", "gas"]), "the analyzer and options it records give"),
    (lambda m: m.update(format_version=1), "is format 2 or newer, not 1"),
    (lambda m: (m["analyzer"].pop("opening"), m.update(stance_only_features=[])), "START_… features"),
])
def test_stance_only_features_that_do_not_fit_the_model_are_refused(saved, edit, message):
    _refused_once_edited(saved, edit, message)


# Saved by the checkout of 067e56a5 (stance 0.1.0, the stance cues' first commit) from
# tests/data/energy.csv: stance-only features in format 2, before format 3 was made for them
# (bd47eb91); tests/data/format2_stance_cues.answers.json holds that code's answers.
FORMAT_2_WITH_STANCE_CUES = Path(__file__).resolve().parent / "data" / "format2_stance_cues"


def test_a_format_2_model_with_stance_cues_answers_as_the_code_that_saved_it(tmp_path):
    # Before: refused as "a model with stance-only features is format 3 or newer, not 2; the
    # file is damaged", which stance's own code wrote, as the bundled model of 067e56a5.
    model = stance.load(FORMAT_2_WITH_STANCE_CUES)
    assert model.params_.stance_only_features == ("NOT_", "START_")
    expected = json.loads(Path(f"{FORMAT_2_WITH_STANCE_CUES}.answers.json").read_text(encoding="utf-8"))
    for answer in expected:
        got = model.classify(answer["text"]).to_dict()
        assert {k: got[k] for k in ("label", "labels", "stance")} == \
            {k: answer[k] for k in ("label", "labels", "stance")}, answer["text"]
        # The flag many_unknown_words came after 0.1.0, which flagged no such text.
        assert got["flag"] == answer["flag"] or (answer["flag"], got["flag"]) == (None, "many_unknown_words")
        for key in ("scores", "stance_scores"):
            assert got[key] == pytest.approx(answer[key], rel=1e-15, abs=1e-15), (answer["text"], key)
    # Saved again in format 3, the oldest that holds it, with the same parameters and digest.
    again = stance.load(model.save(tmp_path / "again"))
    assert json.loads((tmp_path / "again" / "metadata.json").read_text())["format_version"] == 3
    assert again.saved_["parameters_sha256"] == model.saved_["parameters_sha256"]
    texts = [answer["text"] for answer in expected]
    assert again.predict_proba(texts).tobytes() == model.predict_proba(texts).tobytes()


# Saved by the checkout of 0.13.0 (defb4e07) from tests/data/polish.csv with stem=False and
# negation_words="polish", as the README advises for Polish: that code folded the letters of
# any text with names (on by default), and recorded it; tests/data/polish_names_0_13_0.answers.json
# holds its answers. names reads English only since 70d90176, which records it off for such a model.
POLISH_NAMES_0_13_0 = Path(__file__).resolve().parent / "data" / "polish_names_0_13_0"


def test_a_model_0_13_0_trained_with_names_and_another_languages_negation_words_answers_as_it_did(tmp_path):
    # Before: refused as "the analyzer's 'names' is true, but the model was trained with names=True
    # and negation_words=[…], not English's; the file is damaged", by 0.14.0 and every version since.
    model = stance.load(POLISH_NAMES_0_13_0)
    expected = json.loads(Path(f"{POLISH_NAMES_0_13_0}.answers.json").read_text(encoding="utf-8"))
    for answer in expected:  # "budowę", "jądrowej": read folded, as its vocabulary holds them
        got = model.classify(answer["text"]).to_dict()
        assert {k: got[k] for k in ("label", "labels", "stance")} == \
            {k: answer[k] for k in ("label", "labels", "stance")}, answer["text"]
        for key in ("scores", "stance_scores"):
            assert got[key] == pytest.approx(answer[key], rel=1e-15, abs=1e-15), (answer["text"], key)
    assert "jadrowej" in set(model.explain(expected[0]["text"])["feature"])
    # Saved again as it was, and loaded again: the same parameters and answers.
    again = stance.load(model.save(tmp_path / "again"))
    assert again.saved_["parameters_sha256"] == model.saved_["parameters_sha256"]
    texts = [answer["text"] for answer in expected]
    assert again.predict_proba(texts).tobytes() == model.predict_proba(texts).tobytes()


def test_retraining_with_a_0_13_0_polish_models_options_says_it_will_read_otherwise(tmp_path):
    # A model saved by 0.13.0 with stem=False and negation_words="polish" reads its letters folded
    # ("budowę" as "budowe"), as trained; stance.train(..., **model.get_params()) gave names=True,
    # which names no longer reads beside Polish's words: the new model read "budowę" as written and
    # answered otherwise (by up to 0.21 in a probability on the model's own test texts), silently.
    import warnings

    from sklearn.base import clone

    from stance.exceptions import StanceWarning

    polish = Path(__file__).resolve().parent / "data" / "polish.csv"
    model = stance.load(POLISH_NAMES_0_13_0)
    options = model.get_params()
    assert options["names"] == "whatever the negation words" and model._options_set_since_fit() == {}
    told = r"names='whatever the negation words' is the reading of a model stance 0\.13\.0 trained .*pass names=False"
    with pytest.warns(StanceWarning, match=told):
        again = stance.train(polish, stance_column="stance", **options)
    # Read as every model of Polish's words trained now is, letters as written, and saved so.
    assert "budowę" in again.params_.vocabulary_index and not again.params_.analyzer_options.get("names")
    assert again.fitted_options_["names"] is True
    folder = again.save(tmp_path / "again")
    assert json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["options"]["names"] is True
    with pytest.warns(StanceWarning, match=told):  # clone(model).fit, as GridSearchCV fits it, alike
        clone(model).fit(["Popieramy budowę.", "Nie."] * 10, ["atom", "none"] * 10)
    with warnings.catch_warnings():  # names=False, or names=True, trains so without a word
        warnings.filterwarnings("error", message="names=", category=StanceWarning)
        quiet = stance.train(polish, stance_column="stance", **{**options, "names": False})
    assert quiet.params_.vocabulary_index == again.params_.vocabulary_index
    # The model itself still saves as it was, with no "options set since" warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error", StanceWarning)
        saved = stance.load(model.save(tmp_path / "same"))
    assert saved.saved_["parameters_sha256"] == model.saved_["parameters_sha256"]


def test_a_0_13_0_polish_models_options_check_their_words_as_the_fit_reads_them():
    # 0e3851f3 gave such a model's get_params() names='whatever the negation words', and the check of
    # negation words read them under it, folded as 0.13.0 read them: stance.train(data, **{**options,
    # "negation_words": ["nie", "żaden"]}) was refused, "got 'żaden', which it reads as 'zaden'; pass
    # 'zaden'", though the fit reads as names=True does, 'żaden' as written (a word 'zaden' never met).
    import warnings

    from stance.exceptions import StanceWarning

    polish = Path(__file__).resolve().parent / "data" / "polish.csv"
    options = {**stance.load(POLISH_NAMES_0_13_0).get_params(), "negation_words": ["nie", "żaden"],
               "stance_ignores": ["budowę"]}
    with pytest.warns(StanceWarning, match="names='whatever the negation words' is the reading"):
        told = stance.train(polish, stance_column="stance", **options)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="names=", category=StanceWarning)
        plain = stance.train(polish, stance_column="stance", **{**options, "names": True})
    assert told.fitted_options_["negation_words"] == ["nie", "żaden"] == plain.fitted_options_["negation_words"]
    texts = ["Nie popieramy budowę elektrowni.", "Żaden pobór nie jest potrzebny."]
    assert told.predict_proba(texts).tobytes() == plain.predict_proba(texts).tobytes()


def test_a_0_13_0_polish_models_options_beside_englishs_negation_words_train_without_a_false_warning():
    # 0e3851f3 warned of any fit with names='whatever the negation words': the loaded model's options
    # with negation_words="english" (a grid over negation_words) were told "this fit reads letters as
    # written, as names=False does", where beside English's words names=True reads names as 0.13.0 did.
    import warnings

    from stance.exceptions import StanceWarning

    polish = Path(__file__).resolve().parent / "data" / "polish.csv"
    options = {**stance.load(POLISH_NAMES_0_13_0).get_params(), "negation_words": "english"}
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="names=", category=StanceWarning)
        quiet = stance.train(polish, stance_column="stance", **options)
        plain = stance.train(polish, stance_column="stance", **{**options, "names": True})
    texts = ["Popieramy budowę elektrowni w Suwałkach.", "Nie chcemy poboru."]
    assert quiet.predict_proba(texts).tobytes() == plain.predict_proba(texts).tobytes()
    assert quiet.fitted_options_ == plain.fitted_options_


def test_a_0_13_0_model_fitted_again_in_place_is_shown_as_it_now_reads_as_stance_info_shows_it(tmp_path, capsys):
    # Fitted again in place, a 0.13.0 Polish model reads letters as written, names=True's reading, and
    # stance info of it says names=True; its repr still said names='whatever the negation words', the
    # 0.13.0 reading it no longer has. get_params() keeps the option (a fit changes none).
    from stance.cli import main

    polish = pd.read_csv(Path(__file__).resolve().parent / "data" / "polish.csv")
    model = stance.load(POLISH_NAMES_0_13_0)
    assert "names='whatever the negation words'" in repr(model)  # as loaded, it reads so
    with pytest.warns(stance.StanceWarning, match=r"names='whatever the negation words' is the reading"):
        model.fit(polish.text, polish.labels, polish.stance)
    assert model.get_params()["names"] == "whatever the negation words"
    assert "budowę" in model.params_.vocabulary_index  # letters as written: no longer 0.13.0's reading
    assert repr(model) == ("<StanceModel(ngram_max=1, stem=False, negation_words='polish') "
                           "labels=['atom', 'none', 'pobor']>")
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)  # no "options set since" either
        folder = model.save(tmp_path / "again")
    capsys.readouterr()
    assert main(["info", "--model", str(folder)]) == 0
    assert " names=True," in capsys.readouterr().out
    assert repr(stance.load(folder)) == repr(model)
    # Unfitted, the option is what the model is: a clone shows it, and its fit will warn.
    assert "names='whatever the negation words'" in repr(model.clone())


def test_stance_info_of_a_0_13_0_model_gives_names_in_its_options_as_its_repr_does(capsys):
    # An audit: as loaded, a 0.13.0 Polish model's repr said names='whatever the negation words'
    # (how it reads: names folded whatever its negation words), while stance info's options line
    # said names=True, the default, unmarked, as its files record it. The options line now
    # reads as the repr; the --json options stay what the files record.
    from stance.cli import main

    model = stance.load(POLISH_NAMES_0_13_0)
    assert "names='whatever the negation words'" in repr(model)
    assert main(["info", "--model", str(POLISH_NAMES_0_13_0)]) == 0
    out = capsys.readouterr().out
    options = " ".join(out.split("\noptions:", 1)[1].split("(* not the default)")[0].split())
    shown = dict(item.split("=", 1) for item in options.rstrip(",").split(", "))
    assert shown["names"] == "'whatever the negation words'*", options
    for name, value in model.get_params().items():  # every other option as the repr's get_params gives it
        assert shown[name].rstrip("*") == repr(value), (name, shown[name])
    assert main(["info", "--model", str(POLISH_NAMES_0_13_0), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["options"]["names"] is True


def test_names_turned_on_in_a_polish_model_trained_now_is_still_refused_as_damaged(tmp_path):
    # A model trained now with Polish's negation words records names off and its vocabulary
    # holds "budowę"; its metadata with names turned on (re-signed) read "budowę" as "budowe",
    # a word it never saw, and loaded since f896a76e, which took any names on for 0.13.0's.
    model = stance.train(Path(__file__).resolve().parent / "data" / "polish.csv", stance_column="stance",
                         stem=False, negation_words="polish")
    assert "budowę" in model.params_.vocabulary_index and not model.params_.analyzer_options.get("names")
    folder = model.save(tmp_path / "m")
    _refused_once_edited(folder, lambda metadata: metadata["analyzer"].update(names=True),
                         r'"names": true in its "analyzer", but "names": true in its "options" \(the options it was '
                         r'trained with\) and "negation_words": \["nie".*not English\'s; the model\'s folder is '
                         r'damaged')


def test_label_weights_on_stance_only_features_are_refused(energy_model):
    from dataclasses import replace

    params = energy_model.params_
    with pytest.raises(ValueError, match="zero on the stance-only features"):
        replace(params, stance_only_features=("NOT_", "START_", "gas"))  # "gas" has label weights


def _a_folder_named_in_the_checksums(folder, tmp_path):
    (folder / "extra").mkdir()
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["extra"] = "0" * 64
    (folder / "checksums.json").write_text(json.dumps(checksums))


def _a_card_linked_to_a_device(folder, tmp_path):
    (folder / "MODEL_CARD.md").unlink()
    (folder / "MODEL_CARD.md").symlink_to("/dev/null")


@pytest.mark.parametrize("damage", [_a_folder_named_in_the_checksums, _a_card_linked_to_a_device])
def test_a_model_file_that_is_not_a_plain_file_is_refused(saved, tmp_path, damage):
    # Before: a folder raised IsADirectoryError (and a pipe there blocked the load for ever,
    # a link to /dev/zero filled the memory).
    damage(saved, tmp_path)
    with pytest.raises(ModelIntegrityError, match="not a regular file"):
        stance.load(saved)


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux's /proc/self/mem")
def test_a_model_file_that_fails_to_read_is_named(saved, capsys):
    # A failing disk, stood in for by /proc/self/mem (a regular file whose read fails): the
    # load ended in a raw OSError from _read_at_most, and `stance info` said "Input/output
    # error" alone, naming no file.
    import errno

    from stance.cli import main

    (saved / "idf.npy").unlink()
    (saved / "idf.npy").symlink_to("/proc/self/mem")
    with pytest.raises(OSError) as raised:
        stance.load(saved)
    assert raised.value.errno == errno.EIO and raised.value.filename == str(saved / "idf.npy")
    assert main(["info", "--model", str(saved)]) == 1  # the machine's failure, not the user's
    assert capsys.readouterr().err == f"stance info: {str(saved / 'idf.npy')!r}: {os.strerror(errno.EIO)}\n"


RESTORE = "from the copy the model came from (all of its files, from one save), or retrain the model"


@pytest.mark.parametrize("removed, said", [
    (["idf.npy"], "is missing ['idf.npy'], which its checksums.json lists as the model's; restore it " + RESTORE),
    (["MODEL_CARD.md"], "is missing ['MODEL_CARD.md'], which its checksums.json lists as the model's; restore it "
     + RESTORE),
    (["idf.npy", "vocabulary.json"], "is missing ['idf.npy', 'vocabulary.json'], which its checksums.json lists as "
     "the model's; restore them " + RESTORE),
    (["checksums.json"], "has no checksums.json: the model's checksums are missing, so its files cannot be checked; "
     "restore checksums.json " + RESTORE),
])
def test_a_model_missing_a_file_is_told_what_to_do(saved, capsys, removed, said):
    # A copy of a model missing a file said "'m' is missing ['idf.npy']" and no more, and one
    # missing checksums.json, its metadata and arrays all there, "has no checksums.json; it is
    # not a saved stance model", which sent the user to look for another folder.
    from stance.cli import main

    for name in removed:
        (saved / name).unlink()
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    assert str(raised.value) == f"{str(saved)!r} {said}"
    assert main(["info", "--model", str(saved)]) == 2
    assert capsys.readouterr().err == f"stance info: {str(saved)!r} {said}\n"
    # A folder with no model in it is still no model.
    for name in list(saved.iterdir()):
        name.unlink()
    with pytest.raises(ModelFormatError, match="has no checksums.json; it is not a saved stance model$"):
        stance.load(saved)


def test_a_model_file_altered_or_a_malformed_checksums_file_is_told_what_to_do(saved):
    (saved / "idf.npy").write_bytes((saved / "idf.npy").read_bytes() + b"x")
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    assert str(raised.value) == (f"{str(saved / 'idf.npy')!r} does not match its checksum: the file was altered or "
                                 f"corrupted; restore it {RESTORE}")
    (saved / "checksums.json").write_text("[]")
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    assert str(raised.value) == f"{str(saved / 'checksums.json')!r} is malformed; restore it {RESTORE}"


@pytest.mark.parametrize("damage", [lambda path: path.mkdir(), lambda path: os.mkfifo(path),
                                    lambda path: path.symlink_to("/dev/zero")])
def test_a_checksums_file_that_is_not_a_plain_file_is_named_as_such(saved, damage):
    # It was "has no checksums.json; it is not a saved stance model".
    (saved / "checksums.json").unlink()
    damage(saved / "checksums.json")
    with pytest.raises(ModelIntegrityError, match="checksums.json' is not a regular file"):
        stance.load(saved)


def test_a_model_whose_files_link_out_of_its_directory_still_loads(saved, tmp_path, energy_model):
    # How model caches store files (Hugging Face: snapshots/<rev>/file -> ../../blobs/<hash>;
    # DVC, git-annex): their bytes are checked against checksums.json all the same.
    blobs = tmp_path / "blobs"
    blobs.mkdir()
    for file in list(saved.iterdir()):
        blob = blobs / file.name
        file.rename(blob)
        file.symlink_to(os.path.relpath(blob, saved))
    assert stance.load(saved).labels == energy_model.labels


def test_a_link_inside_the_model_directory_still_loads(saved, energy_model):
    (saved / "MODEL_CARD.md").rename(saved / "card")
    (saved / "MODEL_CARD.md").symlink_to("card")
    checksums = json.loads((saved / "checksums.json").read_text())
    checksums["card"] = checksums["MODEL_CARD.md"]
    (saved / "checksums.json").write_text(json.dumps(checksums))
    assert stance.load(saved).labels == energy_model.labels


@pytest.mark.parametrize("key, value", [
    ("labels", [1, 2, 3, 4]),          # loaded: predictions and `stance info` carried ints
    ("labels", "abcd"),                # loaded as the labels 'a', 'b', 'c', 'd'
    ("stance_classes", [0, 1]),
    ("none_label", ["none"]),
])
def test_metadata_names_that_are_not_strings_are_refused(saved, key, value):
    _edit_metadata(saved, lambda metadata: metadata.update({key: value}))
    with pytest.raises(ModelFormatError, match=re.escape(f'"{key}": {json.dumps(value)} is no ')):
        stance.load(saved)


@pytest.mark.parametrize("key", ["analyzer", "options", "training_data", "metrics", "versions"])
@pytest.mark.parametrize("value, kind", [(None, "null"), ([], "an array"), ("x", "a string"), (3, "a number")])
def test_a_metadata_object_that_is_not_one_is_refused_naming_its_key(saved, key, value, kind):
    # An audit by an engineer wiring stance into a pipeline: an 'analyzer' of null (checksums
    # rewritten to match) was blamed on 'stance_only_features' ("is ['NOT_', 'START_'], but the
    # analyzer and options it records give []"); 'options' or 'metrics' of null or [] loaded,
    # and a 'training_data' of null failed the digest, naming no key.
    _edit_metadata(saved, lambda metadata: metadata.update({key: value}))
    with pytest.raises(ModelFormatError, match=f"^'{re.escape(str(saved))}/metadata.json': " + re.escape(
            f'"{key}": {json.dumps(value)} is no object ({{...}}, as a save writes it); the model\'s folder is '
            "damaged (its metadata.json was edited or corrupted after the save): restore it from the copy the "
            "model came from, or train the model again") + "$"):
        stance.load(saved)


@pytest.mark.parametrize("key, position, value", [
    ("labels", 0, ""),             # training refuses an empty label
    ("labels", 1, "gas"),          # a label twice
    ("stance_classes", 0, "favor"),  # a stance class twice
    ("none_label", None, "nonexistent"),  # loaded, and the off-topic rows became a target
    ("none_label", None, "\x1b[2J"),
])
def test_metadata_names_that_training_would_refuse_are_refused(saved, energy_model, key, position, value):
    assert energy_model.labels[0] == "gas" and energy_model.stance_classes == ("against", "favor")

    def edit(metadata):
        if position is None:
            metadata[key] = value
        else:
            metadata[key][position] = value
    _edit_metadata(saved, edit)
    with pytest.raises(ModelFormatError, match=rf"metadata\.json'.*{re.escape(json.dumps(value))}"):
        stance.load(saved)


def test_metadata_names_holding_control_characters_load(saved, energy_model):
    # Models trained before training refused them held labels with a tab or an escape, and a
    # load refused them as edited; they load, and the command line prints them escaped.
    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["labels"][0], metadata["labels"][2] = "a\tb", "\x1b]0;X\x07c"
    metadata["stance_classes"][0] = "fa\u202evor"
    _rewrite_checksums(saved, metadata)  # as such a model was saved: from format 9 its digest covers the names
    model = stance.load(saved)
    assert model.labels[0] == "a\tb" and model.labels[2] == "\x1b]0;X\x07c" and model.stance_classes[0] == "fa\u202evor"
    assert [p.labels for p in model.classify_many(PROBES)] == [
        tuple({"gas": "a\tb", "nuclear": "\x1b]0;X\x07c"}.get(label, label) for label in p.labels)
        for p in energy_model.classify_many(PROBES)]


def test_a_model_trained_with_an_off_topic_label_no_row_has_loads(energy_frame, tmp_path):
    # Training warns of it and saves it; it acts as a scheme without one, and must load.
    with pytest.warns(stance.StanceWarning, match="is the label of no row"):
        model = stance.train(energy_frame, none_label="other", threshold_folds=0)
    assert stance.load(model.save(tmp_path / "m")).params_.none_label == "other"


@pytest.mark.parametrize("analyzer, message", [
    # In the file's words (JSON): "stem='klingon'" seemed to name a caller's argument or flag.
    ({"ngram_max": 10**9}, '"ngram_max": 1000000000 in its "analyzer", but "ngram_max": 2 in its "options"'),
    ({"ngram_max": 1}, '"ngram_max": 1 in its "analyzer", but "ngram_max": 2 in its "options" .* and its vocabulary '
                       'has 2-grams'),  # minutes per long text
    ({"ngram_max": "2"}, '"ngram_max": "2" in its "analyzer" must be a whole number from 1'),
    ({"stem": "yes"}, "\"stem\": \"yes\" in its \"analyzer\" is no language the installed nltk's Snowball stemmer "
                      "knows"),
    ({"stem": 1}, re.escape('"stem": 1 in its "analyzer" must be true, false or a language\'s name (one of arabic,')),
    ({"stem": False}, re.escape('"stem": false in its "analyzer", but "stem": true in its "options" (the options it '
                                "was trained with); the model's folder is damaged")),
])
def test_analyzer_options_that_disagree_with_the_model_are_refused(saved, analyzer, message):
    # Outside the parameters' checksum, they loaded, and the analyzer runs on every statement.
    _edit_metadata(saved, lambda metadata: metadata["analyzer"].update(analyzer))
    with pytest.raises(ModelFormatError, match=message):
        stance.load(saved)


def test_a_huge_ngram_max_in_the_metadata_loads_and_predicts_as_the_real_one(format_7_model, tmp_path,
                                                                            saved_as_before_format_9):
    # Since n-grams are made only up to a statement's length, an ngram_max of a billion costs
    # no more than the statement's own length: a load refused one above 10 (and above the
    # vocabulary's longest n-gram), and so a model trained with ngram_max 12 no longer loaded.
    # (Format 7: from format 8 the digest covers the analyzer, so that the edit is refused there.)
    import time

    def edit(metadata):
        metadata["analyzer"]["ngram_max"] = metadata["options"]["ngram_max"] = 10**9

    energy_model = format_7_model
    saved = energy_model.save(tmp_path / "model")
    _edit_metadata(saved, edit)
    model = stance.load(saved)
    texts = [*PROBES, " ".join(["Build more wind turbines and stop the gas detour now."] * 8)]
    started = time.process_time()
    predictions = model.classify_many(texts)
    assert time.process_time() - started < 5
    assert [p.to_dict() for p in predictions] == [p.to_dict() for p in energy_model.classify_many(texts)]


def test_a_huge_ngram_max_costs_a_long_statement_no_more_than_the_real_one(energy_model, tmp_path):
    # An audit set ngram_max to a billion (analyzer and options, re-signed) and classified a
    # statement of 2,000 distinct words: every n-gram up to its length was made, one of 500
    # words took 4 s and 886 MB, and one of 2,000 was killed at 24 GB. No n-gram longer than
    # the vocabulary's longest can match a feature, so the answers are the real model's.
    import time

    saved = energy_model.save(tmp_path / "model")
    metadata = json.loads((saved / "metadata.json").read_text())
    metadata["analyzer"]["ngram_max"] = metadata["options"]["ngram_max"] = 10**9
    _rewrite_checksums(saved, metadata)
    model = stance.load(saved)
    long_statement = " ".join(f"alpha{i}" for i in range(2000)) + " Build more wind turbines."
    started = time.process_time()
    predictions = [model.classify(long_statement), *model.classify_many([long_statement, *PROBES])]
    explained = model.explain(long_statement, n=100)
    assert time.process_time() - started < 5  # the real model's: 0.1 s
    expected = [energy_model.classify(long_statement), *energy_model.classify_many([long_statement, *PROBES])]
    assert [p.to_dict() for p in predictions] == [p.to_dict() for p in expected]
    assert explained.equals(energy_model.explain(long_statement, n=100))


def test_a_model_trained_with_an_ngram_max_above_ten_loads(energy_frame, tmp_path):
    # Training took ngram_max from 1 to 10 only, and a load refused one above 10 whose
    # vocabulary had no n-gram that long, so models trained before with 12 no longer loaded.
    model = stance.train(energy_frame, ngram_max=12, threshold_folds=0)
    loaded = stance.load(model.save(tmp_path / "m"))
    assert loaded.get_params()["ngram_max"] == 12
    assert [str(p) for p in loaded.classify_many(PROBES)] == [str(p) for p in model.classify_many(PROBES)]


def _edit_metadata(folder, edit) -> None:
    """Change ``folder``'s metadata.json with ``edit`` and record its new checksum, as a
    hand edit that knows the format would."""
    import hashlib

    metadata = json.loads((folder / "metadata.json").read_text())
    edit(metadata)
    (folder / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))


@pytest.mark.parametrize("version", [8, 9, 10, 11, 12, 13, 14, 15, 16, 17])
@pytest.mark.parametrize("edit", [
    lambda m: m.update(target_link="softmax"),  # the audit's: each label's probability changed
    lambda m: m.update(none_label=m["labels"][0]),  # another label read as the off-topic one
])
def test_a_format_8_models_digest_covers_how_its_arrays_are_read(energy_model, energy_model_without_invisibles,
                                                                 energy_model_without_cannot,
                                                                 energy_model_without_handles,
                                                                 energy_model_without_marks, energy_model_without_cjk,
                                                                 energy_model_without_lookalikes,
                                                                 energy_model_without_names,
                                                                 tmp_path, edit, version, request):
    # An audit set target_link to "softmax" in metadata.json and rewrote its checksum: the load,
    # pinned with sha256=, took it, and each label's probability changed (0.786 to 0.958). These
    # edits contradict no array, so only the digest can tell.
    if version < 17:  # as versions before format 9, 10, 11, 12, 13, 14, 15, 16 and 17 saved it
        request.getfixturevalue({8: "saved_as_before_format_9", 9: "saved_as_before_format_10",
                                 10: "saved_as_before_format_11", 11: "saved_as_before_format_12",
                                 12: "saved_as_before_format_13", 13: "saved_as_before_format_14",
                                 14: "saved_as_before_format_15", 15: "saved_as_before_format_16",
                                 16: "saved_as_before_format_17"}[version])
        energy_model = (energy_model_without_invisibles if version < 10 else energy_model_without_cannot
                        if version < 11 else energy_model_without_handles if version < 12
                        else energy_model_without_marks if version < 13 else energy_model_without_cjk
                        if version < 14 else energy_model_without_lookalikes if version < 16
                        else energy_model_without_names)
    path = energy_model.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    assert metadata["format_version"] == version  # English, spelling=True: 8 before format 9
    _edit_metadata(path, edit)
    with pytest.raises(stance.ModelIntegrityError, match=r"belongs to different parameters: .*\(target_link"):
        stance.load(path, sha256=metadata["parameters_sha256"])
    with pytest.raises(stance.ModelIntegrityError, match=r"belongs to different parameters"):
        stance.load(path)  # pinned or not


def test_a_label_renamed_in_a_format_8_models_metadata_still_loads(energy_model_without_invisibles, tmp_path,
                                                                  saved_as_before_format_9):
    # Format 8's digest covers how the arrays are read, not the names: a label renamed by hand
    # loads (from format 9 it no longer matches the pin: see the test below).
    energy_model = energy_model_without_invisibles
    path = energy_model.save(tmp_path / "m")
    digest = json.loads((path / "metadata.json").read_text())["parameters_sha256"]
    assert json.loads((path / "metadata.json").read_text())["format_version"] == 8
    renamed = {"gas": "natural_gas"}
    _edit_metadata(path, lambda m: m.update(labels=[renamed.get(label, label) for label in m["labels"]]))
    loaded = stance.load(path, sha256=digest)
    assert "natural_gas" in loaded.labels and "gas" not in loaded.labels
    assert loaded.predict_proba(["Cheap gas from the pipeline keeps bills down."]).tolist() == \
        energy_model.predict_proba(["Cheap gas from the pipeline keeps bills down."]).tolist()


@pytest.fixture(scope="module")
def unread_by_counts_model(energy_frame):
    """A model without an off-topic label: its training's label_counts decide the label of text
    with no word it knows (the label of the most rows, gas's 17 here)."""
    return stance.train(energy_frame[energy_frame["labels"] != "none"], stance_column="stance", none_label=None)


def _swap(names, first, second):
    names[first], names[second] = names[second], names[first]


# The a3 audit's edits of metadata.json: each changes every answer the model gives (or, for
# label_counts, that of text with no known word) and contradicts no array.
ANSWERS_CHANGED = {
    "stance values swapped": lambda m: _swap(m["stance_classes"], 0, 1),
    "two labels swapped": lambda m: _swap(m["labels"], 0, 2),
    "a label renamed": lambda m: m["labels"].__setitem__(0, "natural_gas"),
    "label_counts raised": lambda m: m["training_data"]["label_counts"].update(renewables=1000),
}


@pytest.mark.parametrize("edit", ANSWERS_CHANGED.values(), ids=ANSWERS_CHANGED.keys())
def test_a_format_9_models_pin_refuses_an_edit_of_what_its_predictions_read(unread_by_counts_model, tmp_path, edit):
    # The a3 audit swapped the stance values (or two labels) in metadata.json and rewrote the
    # digest and checksums: a load pinned with the publisher's sha256= took it, and every stance
    # was flipped; raising a label's label_counts changed classify("12345") from gas to
    # renewables. The digest left out the names, their order and the counts.
    model = unread_by_counts_model
    path = model.save(tmp_path / "m")
    metadata = json.loads((path / "metadata.json").read_text())
    pin = metadata["parameters_sha256"]
    assert metadata["format_version"] == 17  # whose digest covers what format 9's does
    texts = ["Gas is a detour.", "Cheap gas from the pipeline keeps bills down.", "12345"]
    answers = [(p.label, p.stance) for p in model.classify_many(texts)]
    resealed = tmp_path / "resealed"
    shutil.copytree(path, resealed)
    edit(metadata)
    _rewrite_checksums(resealed, metadata)  # digest and checksums rewritten, as the audit did
    assert [(p.label, p.stance) for p in stance.load(resealed).classify_many(texts)] != answers  # what it changes
    with pytest.raises(ModelIntegrityError, match=f"not {pin}, the digest given: it is not the model that digest"):
        stance.load(resealed, sha256=pin)
    _edit_metadata(path, edit)  # the checksum alone: the digest recorded is the publisher's
    with pytest.raises(ModelIntegrityError, match=r"belongs to different parameters: .*the label names"):
        stance.load(path)


FITTED_WITH = {"the defaults": {}, "no spelling": {"spelling": False}, "no invisibles": {"invisibles": False},
               "no cannot": {"cannot": False}, "no handles": {"handles": False}, "no marks": {"marks": False},
               "no cjk": {"cjk": False}, "no names": {"names": False},
               "Polish negation words": {"stem": False, "negation_words": "polish"},
               "as the first versions": {"apostrophes": False, "links": False, "spelling": False,
                                         "invisibles": False, "cannot": False, "handles": False, "marks": False,
                                         "cjk": False, "stance_cues": False, "threshold_folds": 0},
               "a German stemmer": {"stem": "german"}, "no stance head": {"stance_column": None}}


@pytest.mark.parametrize("options", FITTED_WITH.values(), ids=FITTED_WITH.keys())
def test_every_model_this_version_fits_saves_in_format_15(energy_frame, tmp_path, options):
    # Saved in the oldest format that held it, a model trained with spelling=False was format 7,
    # whose digest leaves out how its arrays are read, and every one the names: a pin held less
    # for the options it was trained with. Older versions refuse format 15 ("upgrade stance"),
    # whatever the model's options, as versions before format 9 refused format 9.
    model = stance.train(energy_frame, **{"stance_column": "stance", **options})
    metadata = json.loads((model.save(tmp_path / "m") / "metadata.json").read_text())
    assert metadata["format_version"] == 17
    pinned = stance.load(tmp_path / "m", sha256=metadata["parameters_sha256"])
    assert pinned.predict_proba(PROBES).tobytes() == model.predict_proba(PROBES).tobytes()


def test_a_format_8_model_still_loads_pins_and_saves_again_byte_for_byte(energy_model_without_invisibles,
                                                                        energy_frame, tmp_path, monkeypatch):
    # Format 8's digest is checked as format 8 defines it, and a load and a save leave its
    # files, and so the digest its publisher gave, as they were (under the same versions).
    from stance import model_format, model_writing

    energy_model = energy_model_without_invisibles
    with monkeypatch.context() as patched:  # the save of a version before format 9
        patched.setattr(model_writing, "format_to_save", lambda model, params: model_format.oldest_format(params))
        old = energy_model.save(tmp_path / "old")
    metadata = json.loads((old / "metadata.json").read_text())
    assert metadata["format_version"] == 8
    loaded = stance.load(old, sha256=metadata["parameters_sha256"])
    again = loaded.save(tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in old.iterdir()}
    assert stance.load(again, sha256=metadata["parameters_sha256"]).saved_["format_version"] == 8
    # Fitted anew, it is this version's model: format 17, and another digest.
    refitted = loaded.fit(energy_frame["text"], energy_frame["labels"], stance=energy_frame["stance"])
    refitted_metadata = json.loads((refitted.save(tmp_path / "refitted") / "metadata.json").read_text())
    assert refitted_metadata["format_version"] == 17
    assert refitted_metadata["parameters_sha256"] != metadata["parameters_sha256"]


def test_a_save_that_races_another_to_the_same_path_wins_and_leaves_nothing_behind(energy_model, tmp_path,
                                                                                   monkeypatch):
    # Two overwriting saves at once: the other one lands its model between this save's two
    # renames. Before, this save failed with "Directory not empty" and left its set-aside
    # copy (.m.old-…) behind for good.
    from stance import model_placement

    target = tmp_path / "m"
    energy_model.save(target)
    real_replace = os.replace
    raced = []

    def another_save_lands_meanwhile(source, destination):
        real_replace(source, destination)
        if str(source) == str(target) and not raced:  # this save has just moved the old model aside
            raced.append(True)
            other = tmp_path / "other"
            energy_model.save(other)
            real_replace(other, target)

    monkeypatch.setattr(model_placement.os, "replace", another_save_lands_meanwhile)
    monkeypatch.setattr(model_placement, "_exchanged", lambda staging, target: False)  # the two renames, as elsewhere
    energy_model.save(target, overwrite=True)
    monkeypatch.undo()
    assert raced and sorted(p.name for p in tmp_path.iterdir()) == ["m"]
    assert stance.load(target).labels == energy_model.labels


def test_a_saved_class_weight_comes_back_as_it_was_given(energy_frame, tmp_path):
    # JSON keys are strings: {0: 1, 1: 2} came back {"0": 1, "1": 2}, which a refit of the
    # loaded model (clone(model).fit, cross-validation) then refused.
    from sklearn.base import clone

    model = stance.train(energy_frame, class_weight={0: 1, 1: 2})
    model.save(tmp_path / "m")
    loaded = stance.load(tmp_path / "m")
    assert loaded.class_weight == {0: 1, 1: 2}
    assert clone(loaded).fit(energy_frame.text, energy_frame.labels).labels == model.labels


def test_options_a_refit_could_not_use_are_named_at_load(saved, energy_model):
    # They loaded silently, and failed only at a refit months later. The model still
    # loads and predicts (an option a later version checks more strictly must not lock a
    # saved model out).
    _edit_metadata(saved, lambda metadata: metadata["options"].update({"C": "x"}))
    with pytest.warns(stance.StanceWarning, match="C must be a positive number, got 'x'"):
        loaded = stance.load(saved)
    assert loaded.classify("Keep the reactors running.") == energy_model.classify("Keep the reactors running.")


def test_a_metadata_key_given_twice_is_refused(saved):
    # json.loads keeps the last silently: the file says two things.
    text = (saved / "metadata.json").read_text()
    (saved / "metadata.json").write_text(text.replace('"labels":', '"labels": ["a"], "labels":', 1))
    checksums = json.loads((saved / "checksums.json").read_text())
    import hashlib

    checksums["metadata.json"] = hashlib.sha256((saved / "metadata.json").read_bytes()).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(checksums))
    # named with the model's folder, as every other load error is
    with pytest.raises(ModelIntegrityError, match=f"^'{saved / 'metadata.json'}' names \"labels\" twice"):
        stance.load(saved)
    (saved / "metadata.json").write_text("{")
    _rewrite_checksums(saved)
    with pytest.raises(ModelIntegrityError, match=f"^'{saved / 'metadata.json'}' is not valid JSON"):
        stance.load(saved)


def test_checksums_in_upper_case_hex_are_read_as_the_same_checksums(saved, energy_model):
    # As PowerShell's Get-FileHash prints them: each file was told it "does not match its
    # checksum: the file was altered or corrupted". A save still writes them in lower case.
    path = saved / "checksums.json"
    listed = json.loads(path.read_text())
    path.write_text(json.dumps({name: digest.upper() for name, digest in listed.items()}))
    loaded = stance.load(saved)
    assert loaded.classify("Keep the reactors running.") == energy_model.classify("Keep the reactors running.")
    listed[next(iter(listed))] = "A" * 64  # a checksum of other bytes still fails, in either case
    path.write_text(json.dumps(listed))
    with pytest.raises(ModelIntegrityError, match="does not match its checksum"):
        stance.load(saved)
    again = json.loads((loaded.save(saved.parent / "again") / "checksums.json").read_text())
    assert all(digest == digest.lower() for digest in again.values())


@pytest.mark.parametrize("name", ["../train.csv", "/etc/passwd", "", ".", "sub/idf.npy", "..\\train.csv"])
def test_a_checksums_name_that_is_no_file_of_the_folder_is_refused_unread(saved, monkeypatch, name):
    # Each was told it "is missing …, which its checksums.json lists as the model's; restore
    # it", as if the model had such a file. Nothing outside the folder is read.
    import stance.model_loading as model_loading

    (saved.parent / "train.csv").write_text("text,labels\n", encoding="utf-8")  # "../train.csv" is there
    listed = json.loads((saved / "checksums.json").read_text())
    (saved / "checksums.json").write_text(json.dumps({**listed, name: "0" * 64}))
    read = []
    for reader in ("_read_at_most", "_streamed_digests"):
        real = getattr(model_loading, reader)
        monkeypatch.setattr(model_loading, reader,
                            lambda path, limit, real=real: read.append(path) or real(path, limit))
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(saved)
    assert str(raised.value) == (f"{str(saved)!r}: its checksums.json names {name!r}, which is a path outside the "
                                 f"folder or not a file name, not a file of a model (no save writes it); restore "
                                 f"checksums.json from the copy the model came from (all of its files, from one "
                                 f"save), or retrain the model")
    assert all(Path(path).parent == saved for path in read), read


def test_a_damaged_checksums_file_says_what_to_do(saved):
    # "'…/checksums.json' is not valid JSON: Unterminated string…" and no more, where every other
    # damaged file is told to be restored from one save, or the model retrained.
    advice = "restore it from the copy the model came from (all of its files, from one save), or retrain the model"
    path = saved / "checksums.json"
    whole = path.read_bytes()
    for damaged in (whole[:500], b"\xff" + whole, whole.replace(b"{", b'{"labels.json": "a", "labels.json": "b", ', 1)):
        path.write_bytes(damaged)
        with pytest.raises(ModelIntegrityError) as raised:
            stance.load(saved)
        message = str(raised.value)
        assert message.startswith(f"{str(path)!r} ") and message.endswith(f"; {advice}"), message
    path.write_bytes(whole + b" " * 2_000_000)  # far too big for one (a review): told the same
    with pytest.raises(stance.StanceError, match=r"far more than a saved model's checksums.json") as raised:
        stance.load(saved)
    assert str(raised.value).endswith(f"; {advice}"), raised.value


def _told_of_damage(path: Path, damaged, told: str):
    """Damage the model file at ``path`` by ``damaged`` (its bytes to new ones), re-sign the
    model's checksums, and check that its load names the file, says ``told`` and what to do;
    the load's raised error, for more checks."""
    advice = "restore it from the copy the model came from (all of its files, from one save), or retrain the model"
    path.write_bytes(damaged(path.read_bytes()))
    _rewrite_checksums(path.parent)
    with pytest.raises(ModelIntegrityError) as raised:
        stance.load(path.parent)
    message = str(raised.value)
    assert message.startswith(f"{str(path)!r} {told}") and message.endswith(f"; {advice}"), message
    return raised


@pytest.mark.parametrize(("damaged", "told"), [
    (lambda whole: whole[:300], "is not valid JSON: "),
    (lambda whole: b"not json", "is not valid JSON: Expecting value"),
    (lambda whole: b"", "is not valid JSON: Expecting value"),
    (lambda whole: b"[1, 2]", "holds an array, not a JSON object"),  # JSON's name, not Python's "list"
    (lambda whole: b"null", "holds null, not a JSON object"),
    (lambda whole: b'"stance-model"', "holds a string, not a JSON object"),
    (lambda whole: b"14", "holds a number, not a JSON object"),
], ids=["truncated", "not JSON", "empty", "an array", "null", "a string", "a number"])
def test_a_damaged_metadata_json_names_itself_and_says_what_to_do(saved, damaged, told):
    # Re-signed, so that its checksum passes (a model copied by a tool that rewrote the file,
    # or checksums made again by hand): "'…/metadata.json' is not valid JSON: …" said no more,
    # and JSON that is no object was told "'…/model': metadata.json does not describe a
    # stance-model", as of another tool's file, where a damaged checksums.json is told what to do.
    raised = _told_of_damage(saved / "metadata.json", damaged, told)
    error = raised.value  # no traceback of json's within it
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


def test_a_failed_save_whose_rollback_fails_keeps_the_previous_model_on_disk(energy_model, tmp_path,
                                                                             monkeypatch):
    # The new model cannot be renamed into place, and putting the previous one back fails
    # too: the previous model must stay in its set-aside copy (.m.old-…, which a load names),
    # not be deleted with the other set-aside copies.
    from stance import model_placement

    target = tmp_path / "m"
    energy_model.save(target)
    real_replace = os.replace

    def only_the_first_rename_works(source, destination):
        if str(source) != str(target):  # the staging rename and the rollback
            raise PermissionError(errno.EACCES, "Permission denied")
        real_replace(source, destination)

    monkeypatch.setattr(model_placement.os, "replace", only_the_first_rename_works)
    monkeypatch.setattr(model_placement, "_exchanged", lambda staging, target: False)  # the two renames, as elsewhere
    with pytest.raises(PermissionError):
        energy_model.save(target, overwrite=True)
    monkeypatch.undo()
    kept = list(tmp_path.glob(".m.old-*"))
    assert len(kept) == 1 and not target.exists()
    kept[0].rename(target)
    assert stance.load(target).labels == energy_model.labels


@pytest.mark.parametrize(("saved_by", "advice"), [
    ("99.0.0", r"saved by stance 99\.0\.0.*lowercase=False.*upgrade stance to load it"),
    (stance.__version__,
     r"lowercase=False is not one stance .* has \(ngram_max, stem, negation, opening, apostrophes, links, "
     r"spelling, invisibles, cannot, handles, marks, cjk, negation_words, lookalikes, names\)"),
])
def test_an_analyzer_option_this_version_does_not_know_is_named_with_advice(saved, saved_by, advice):
    # A newer stance's analyzer option was refused with Python's own complaint ("make_analyzer()
    # got an unexpected keyword argument 'lowercase'"), which said nothing of upgrading.
    def edit(metadata):
        metadata["analyzer"]["lowercase"] = False
        metadata["versions"]["stance"] = saved_by

    _edit_metadata(saved, edit)
    with pytest.raises(ModelFormatError, match=advice) as caught:
        stance.load(saved)
    assert "make_analyzer" not in str(caught.value) and "keyword argument" not in str(caught.value)


def test_options_this_version_does_not_know_are_named_at_load(saved, energy_model):
    # A newer stance's training option was dropped without a word: the model predicts as saved,
    # but get_params() and a refit (clone(model).fit, cross-validation) lacked it.
    def edit(metadata):
        metadata["options"]["sparse_stance"] = True
        metadata["versions"]["stance"] = "99.0.0"

    _edit_metadata(saved, edit)
    with pytest.warns(stance.StanceWarning, match=r"saved by stance 99\.0\.0.*sparse_stance=True.*upgrade stance"):
        loaded = stance.load(saved)
    assert loaded.classify("Keep the reactors running.") == energy_model.classify("Keep the reactors running.")



@pytest.mark.parametrize("command", [["classify", "Keep the reactors running."], ["info"]])
@pytest.mark.parametrize(("edit", "typed"), [
    # a newer stance's option, which stance train refuses
    (lambda metadata: metadata["options"].update(sparse_stance=True) or metadata["versions"].update(stance="99.0.0"),
     ["saved by stance 99.0.0 with the training option --option sparse_stance=true",
      "stance train refuses it; upgrade stance to train the model again"]),
    (lambda metadata: metadata["options"].update(C="x"),
     ["(--option C must be a positive number, got 'x')", "train it with valid ones (--option NAME=VALUE)"]),
], ids=["a_newer_option", "an_invalid_option"])
def test_the_command_line_says_a_models_load_warnings_in_its_words(saved, capsys, command, edit, typed):
    # `stance classify --model` and `stance info --model` told a terminal user of get_params(),
    # clone(model).fit and model.set_params(...), and of an option as Python writes it
    # ("sparse_stance=True"), where the command line types --option sparse_stance=true.
    from stance.cli import main

    _edit_metadata(saved, edit)
    assert main([command[0], "--model", str(saved), *command[1:]]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"stance {command[0]}: warning: {str(saved)!r} predicts as saved, but ")
    assert all(words in err for words in typed), err
    assert not any(python in err for python in ("get_params", "clone(", "set_params", "=True", "refit")), err


@pytest.mark.parametrize(("none_label", "refused"), [
    (5, "(--none-label must name a label, got 5, a number; labels are read as text: pass --none-label 5)"),
    ("", "(--none-label '' is empty or holds a control character; pass the off-topic label's name, or '' for a "
         "scheme without one)"),
])
def test_the_command_line_says_a_saved_off_topic_label_it_refuses_in_its_flags_words(saved, capsys, none_label,
                                                                                     refused):
    # A model's metadata.json of none_label 5 was told at `stance info --model` "(--none-label must be
    # a str or None, got 5 (int); …: pass --none-label='5')" and "train it with valid ones (--option
    # NAME=VALUE)", which stance train refuses ("none_label has its own flag"); of none_label '', the
    # library's words whole ("none_label '' …, or None for a scheme without one").
    from stance.cli import main

    _edit_metadata(saved, lambda metadata: metadata["options"].update(none_label=none_label))
    assert main(["info", "--model", str(saved)]) == 0
    err = capsys.readouterr().err
    assert f"cannot train a model again {refused}, so stance train with them will fail; train it with a valid " \
           f"--none-label\n" in err, err
    assert not any(python in err for python in ("none_label", "None", "str or", "(int)", "--option")), err
    # The library's words stay Python's.
    with pytest.warns(stance.StanceWarning, match=r"\(none_label .*set valid ones with model\.set_params"):
        stance.load(saved)


def test_stance_train_refuses_an_off_topic_label_of_a_control_character_in_its_flags_words(tmp_path, capsys):
    # "stance train: none_label 'a\x1bb' is empty or holds a control character; pass the off-topic
    # label's name, or None for a scheme without one": Python's argument and None, where the flag
    # is --none-label and '' its scheme without one.
    from stance.cli import main

    (tmp_path / "d.csv").write_text("text,labels\nWind power is cheap.,wind\nCoal must go.,coal\n")
    assert main(["train", str(tmp_path / "d.csv"), "-o", str(tmp_path / "m"), "--none-label", "a\x1bb"]) == 2
    assert capsys.readouterr().err == (
        "stance train: --none-label 'a\\x1bb' is empty or holds a control character; pass the off-topic label's "
        "name, or '' for a scheme without one\n")


def test_several_options_this_version_does_not_know_are_named_as_several(saved):
    def edit(metadata):
        metadata["options"].update(sparse_stance=True, stance_depth=2)
        metadata["versions"]["stance"] = "99.0.0"

    _edit_metadata(saved, edit)
    with pytest.warns(stance.StanceWarning, match=r"with the training options sparse_stance=True, stance_depth=2, "
                                                  r".*get_params\(\) leaves them out"):
        stance.load(saved)

def test_a_model_from_the_same_version_loads_without_warnings(saved):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.load(saved)


def test_the_analyzer_options_a_model_may_record_are_make_analyzers():
    import inspect

    from stance.text import ANALYZER_OPTIONS, make_analyzer

    assert tuple(inspect.signature(make_analyzer).parameters) == ANALYZER_OPTIONS


@pytest.mark.parametrize(("saved_by", "advice"), [
    ("99.0.0", r"saved by stance 99\.0\.0 with the file 'target_scale\.npy'.*upgrade stance to load it"),
    (stance.__version__, r"the file 'target_scale\.npy' is not one stance .* reads .*upgrade stance to load it"),
])
def test_a_model_file_this_version_does_not_read_is_refused(saved, saved_by, advice):
    # A data file listed in checksums.json but unknown to this version (a newer stance's array)
    # was skipped without a word, so the model loaded and predicted without it.
    from stance import persistence

    buffer = io.BytesIO()
    np.save(buffer, np.ones(3))
    (saved / "target_scale.npy").write_bytes(buffer.getvalue())

    def edit(metadata):
        files = {p.name: p.read_bytes() for p in saved.iterdir() if p.suffix == ".npy" or p.name == "vocabulary.json"}
        metadata["parameters_sha256"] = persistence._digest_of(files)
        metadata["versions"]["stance"] = saved_by

    _edit_metadata(saved, edit)
    import hashlib

    checksums = json.loads((saved / "checksums.json").read_text())
    checksums["target_scale.npy"] = hashlib.sha256(buffer.getvalue()).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(checksums))
    with pytest.raises(ModelFormatError, match=advice):
        stance.load(saved)



def test_refuses_to_replace_the_folder_it_works_in(energy_model, tmp_path, monkeypatch):
    folder = energy_model.save(tmp_path / "mymodel")
    monkeypatch.chdir(folder)
    # '.' failed after the files were written (EBUSY); '../mymodel' deleted the working folder
    for path in [".", "../mymodel", folder]:
        with pytest.raises(stance.InvalidInputError, match=r"it is the current folder.*"
                                                           rf"cd {str(tmp_path)!r}, then save to 'mymodel'"):
            energy_model.save(path, overwrite=True)
    for path in ["..", tmp_path]:
        with pytest.raises(stance.InvalidInputError, match="it is a folder holding the current folder"):
            energy_model.save(path, overwrite=True)
    assert os.listdir(tmp_path) == ["mymodel"] and stance.load(".").labels == energy_model.labels
    monkeypatch.chdir(tmp_path)  # from its parent, as the message says, it is replaced
    energy_model.save("mymodel", overwrite=True)
    assert os.listdir(tmp_path) == ["mymodel"]
    # A folder that is no model: the advice to save from its parent led to a second refusal
    # (it "exists and is not a stance model directory"), which is said first instead (an audit).
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "notes.txt").write_text("mine")
    monkeypatch.chdir(tmp_path / "work")
    with pytest.raises(stance.InvalidInputError, match=r"it is the current folder, and not a stance model directory "
                                                       r"\(.*\), which a save never replaces; choose another folder"):
        energy_model.save(".", overwrite=True)
    assert os.listdir(".") == ["notes.txt"]


def test_a_model_is_not_saved_inside_another_models_folder(energy_model, tmp_path, monkeypatch):
    # 'm_new/sub' beside the files of the model in m_new was saved, and m_new then failed to
    # load ("holds files that are not part of the model: ['sub']"): refused before writing,
    # at any depth, with overwrite=True too, naming the model it would break and a path beside it.
    monkeypatch.chdir(tmp_path)
    energy_model.save("m_new")
    before = sorted(os.listdir("m_new"))
    for path, model, beside in [("m_new/sub", "m_new", "sub"), ("m_new/a/b", "m_new", "a/b"),
                                (tmp_path / "m_new" / "sub", tmp_path / "m_new", tmp_path / "sub")]:
        for overwrite in (False, True):
            with pytest.raises(stance.InvalidInputError) as refused:
                energy_model.save(path, overwrite=overwrite)
            message = str(refused.value)
            assert message == (f"cannot save to {str(path)!r}: it is inside the folder of the model "
                               f"{str(model)!r}, which would then no "
                               f"longer load; save it beside that folder instead, say to {str(beside)!r}"), message
            assert "\n" not in message
    assert sorted(os.listdir("m_new")) == before and stance.load("m_new").labels == energy_model.labels
    monkeypatch.chdir(tmp_path / "m_new")  # from inside the model, a relative path is inside it too
    with pytest.raises(stance.InvalidInputError, match=r"inside the folder of the model '\.'.*say to '\.\./v2'$"):
        energy_model.save("v2")
    monkeypatch.chdir(tmp_path)
    energy_model.save("sub")  # beside it, as the message says
    energy_model.save("m_new", overwrite=True)  # the model's own folder is replaced as before
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "checksums.json").write_text("{}")  # another tool's file, no model: saved as before
    energy_model.save("plain/m")
    # nor another tool's checksums.json and metadata.json both, as a project's folder may hold (a review)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "checksums.json").write_text('{"a": "b"}')
    (tmp_path / "project" / "metadata.json").write_text("{}")
    energy_model.save("project/models/m")
    assert stance.load("project/models/m").labels == energy_model.labels
    assert stance.load("plain/m").labels == stance.load("m_new").labels == energy_model.labels


def test_a_model_saved_before_the_apostrophes_option_reads_curly_ones_as_it_did(energy_frame, default_model,
                                                                             tmp_path, saved_as_before_format_9):
    # A model saved before the option (format 4, as the bundled model was until it was rebuilt
    # with it) took "isnʼt" (U+02BC, a letter to the tokenizer) for a word of its own, unknown,
    # where "isn't" is "is not". It must keep predicting exactly that, however the models
    # trained since read the curly apostrophe; the bundled model, rebuilt, reads both alike.
    old = stance.load(stance.train(energy_frame, stance_column="stance", apostrophes=False,
                                   links=False, spelling=False, invisibles=False, cannot=False, handles=False,
                                   marks=False, cjk=False, lookalikes=False, names=False,
                                   length_floor=None).save(tmp_path / "old"))
    assert old.saved_["format_version"] == 4 and "apostrophes" not in old.params_.analyzer_options
    assert old.get_params()["apostrophes"] is False
    curly, unknown, straight = "Gas isnʼt a detour.", "Gas zzzz a detour.", "Gas isn't a detour."
    proba = old.predict_proba([curly, unknown, straight])
    assert proba[0].tobytes() == proba[1].tobytes() and not np.array_equal(proba[0], proba[2])
    assert old.classify(curly) == old.classify_many([curly, unknown])[0]
    assert default_model.saved_["format_version"] >= 6 and default_model.get_params()["apostrophes"] is True
    bundled = default_model.predict_proba(["Weʼll stand with Kyiv.", "We'll stand with Kyiv."])
    assert bundled[0].tobytes() == bundled[1].tobytes()


def test_a_model_written_before_the_apostrophes_option_loads_without_it(energy_frame, tmp_path,
                                                                       saved_as_before_format_9):
    # As stance before the option wrote a model: no "apostrophes" (nor "links", "spelling",
    # "invisibles" and "cannot", which came after it) in the analyzer or options.
    plain = stance.train(energy_frame, stance_column="stance", apostrophes=False, links=False, spelling=False,
                         invisibles=False, cannot=False, handles=False, marks=False, cjk=False, lookalikes=False,
                         names=False, length_floor=None)
    folder = plain.save(tmp_path / "old")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["format_version"] == 4 and "apostrophes" not in metadata["analyzer"]
    for option in ("apostrophes", "links", "spelling", "invisibles", "cannot", "handles", "marks", "cjk"):
        del metadata["options"][option]
    _rewrite_checksums(folder, metadata)
    old = stance.load(folder)
    assert old.get_params()["apostrophes"] is False
    probes = [*PROBES, "Gas isn’t a detour.", "The hearing’s over."]
    np.testing.assert_array_equal(old.predict_proba(probes), plain.predict_proba(probes))
    assert old._feature_index(old.params_).supported


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(format_version=5), "reads curly apostrophes as straight is format 6 or newer, not 5"),
    (lambda m: m["analyzer"].update(apostrophes="yes"), '"apostrophes": "yes" in its "analyzer" must be true or false'),
    (lambda m: m["analyzer"].pop("apostrophes"), 'but "apostrophes": true in its "options"'),
    (lambda m: (m["analyzer"].update(stem="german", apostrophes=False, links=False, spelling=False,
                                     invisibles=False, cannot=False, handles=False, marks=False, cjk=False,
                                     lookalikes=False, names=False),
                m["options"].update(stem="german"), m["options"].pop("apostrophes"), m["options"].pop("links"),
                m["options"].pop("spelling"), m["options"].pop("invisibles"), m["options"].pop("cannot"),
                m["options"].pop("handles"), m["options"].pop("marks"), m["options"].pop("cjk"),
                m.update(format_version=4)),
     "a model stemmed in a named language is format 5 or newer, not 4"),
])
def test_apostrophes_that_do_not_fit_the_model_are_refused(saved, edit, message):
    _refused_once_edited(saved, edit, message)


def test_a_model_saved_before_the_links_option_reads_link_pieces_as_it_did(default_model, tmp_path,
                                                                           saved_as_before_format_9):
    # The bundled model was saved before the option (format 6) until it was rebuilt with it,
    # its weights byte for byte the same. Saved so, it reads "https://t.co/4b3e865" as "https",
    # "t", "co", "4", "b", "3", "e", "865" and "@user_1" as "user" and "1", and must go on
    # predicting exactly what it did, however the models trained since read them.
    import dataclasses

    # (and before the spelling option, which came after it and would make it format 8)
    analyzer = {key: value for key, value in default_model.params_.analyzer_options.items()
                if key not in ("links", "spelling", "invisibles", "cannot", "handles", "marks", "cjk", "lookalikes",
                               "names")}
    before = stance.StanceModel.from_parameters(
        dataclasses.replace(default_model.params_, analyzer_options=analyzer, length_floor=None),
        {**default_model.get_params(), "links": False, "spelling": False, "invisibles": False, "cannot": False,
         "handles": False, "marks": False, "cjk": False, "lookalikes": False, "names": False, "length_floor": None})
    folder = before.save(tmp_path / "before")
    assert json.loads((folder / "metadata.json").read_text())["format_version"] == 6
    old = stance.load(folder)
    assert "links" not in old.params_.analyzer_options and old.get_params()["links"] is False
    post, bare = "@user_1 Bring the brigade home. https://t.co/4b3e865", "Bring the brigade home."
    pieces = "user 1 Bring the brigade home. https t co 4 b 3 e 865"
    proba = old.predict_proba([post, pieces, bare])
    assert proba[0].tobytes() == proba[1].tobytes() and not np.array_equal(proba[0], proba[2])
    assert old.classify(post) == old.classify_many([pieces])[0]
    assert old.classify("Bring the brigade home. https://t.co/4b3e865").label == "none"  # as the audit found
    assert {"co", "t", "user"} <= set(old.explain(post, label="ukraine_support", n=100).feature)
    # The bundled model, rebuilt with the option, reads the post as its words alone.
    assert default_model.saved_["format_version"] >= 7 and default_model.get_params()["links"] is True
    assert default_model.classify(post).label == default_model.classify(bare).label == "eastern_flank"


def test_models_trained_since_the_links_option_record_it_in_format_7_or_newer(energy_frame, tmp_path,
                                                                              saved_as_before_format_9):
    # Saved as versions before format 9 saved them (this version saves every model it fits in
    # 12), trained without invisibles, cannot and handles, which came after them.
    model = stance.train(energy_frame, stance_column="stance", invisibles=False, cannot=False, handles=False,
                         marks=False, cjk=False, lookalikes=False, names=False, length_floor=None)
    assert model.params_.analyzer_options["links"] is True and model.get_params()["links"] is True
    metadata = json.loads((model.save(tmp_path / "new") / "metadata.json").read_text())
    assert metadata["analyzer"]["links"] is True and metadata["options"]["links"] is True
    assert metadata["format_version"] == 8  # 7 without spelling
    loaded = stance.load(tmp_path / "new")
    probes = [*PROBES, "RT @gas_1: Gas is a bridge https://t.co/4b3e865", "@wind's bit.ly/3xYz"]
    np.testing.assert_array_equal(loaded.predict_proba(probes), model.predict_proba(probes))
    assert loaded.get_params()["links"] is True and loaded._feature_index(loaded.params_).supported
    # links=False trains what stance before the option read: no "links" in the analyzer, format 6
    # (without spelling, which came after it).
    old = stance.train(energy_frame, stance_column="stance", links=False, spelling=False, invisibles=False,
                       cannot=False, handles=False, marks=False, cjk=False, lookalikes=False, names=False,
                       length_floor=None)
    assert "links" not in old.params_.analyzer_options
    metadata = json.loads((old.save(tmp_path / "old") / "metadata.json").read_text())
    assert metadata["format_version"] == 6 and "links" not in metadata["analyzer"]
    del metadata["options"]["links"]  # as stance before the option wrote it
    _rewrite_checksums(tmp_path / "old", metadata)
    assert stance.load(tmp_path / "old").get_params()["links"] is False


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(format_version=6), "reads links as no words is format 7 or newer, not 6"),
    (lambda m: m["analyzer"].update(links="yes"), '"links": "yes" in its "analyzer" must be true or false'),
    (lambda m: m["analyzer"].pop("links"), 'but "links": true in its "options"'),
])
def test_links_that_do_not_fit_the_model_are_refused(saved, edit, message):
    _refused_once_edited(saved, edit, message)


def test_a_model_saved_before_the_spelling_option_reads_american_spelling_as_it_did(default_model, energy_frame,
                                                                                   tmp_path, saved_as_before_format_9):
    # A model saved before the option (format 7, as the bundled one was until its rebuild)
    # reads "licenses" as "licens", not as "licences", and must go on predicting what it did.
    before = stance.train(energy_frame, stance_column="stance", spelling=False, invisibles=False, cannot=False,
                          handles=False, marks=False, cjk=False, lookalikes=False, names=False, length_floor=None)
    folder = before.save(tmp_path / "before")
    assert json.loads((folder / "metadata.json").read_text())["format_version"] == 7
    old = stance.load(folder)
    assert "spelling" not in old.params_.analyzer_options and old.get_params()["spelling"] is False
    texts = ["Gas licenses for the center", "Gas licences for the centre"]
    proba = old.predict_proba(texts)
    assert proba.tobytes() == before.predict_proba(texts).tobytes() and not np.array_equal(proba[0], proba[1])
    assert old.classify(texts[0]) == old.classify_many(texts)[0]
    # The bundled model, rebuilt with the option, answers the audit's sentences in either spelling
    # as the annotation guide does (spending more on defence: deterrence, favor); before, the
    # American ones were against and none.
    american = ["We must spend more on defense.", "Congress should pass the defense bill now."]
    british = ["We must spend more on defence.", "Congress should pass the defence bill now."]
    # 8, or 9 to 17 once the bundled model is rebuilt by a version that saves every model it fits so
    assert default_model.saved_["format_version"] in (8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
    assert default_model.params_.analyzer_options["spelling"]
    # (The second is `none` since 0.5.0, whose length floor leaves a short sentence of common
    # words nearer the intercepts: deterrence 0.15, none 0.27, in either spelling.)
    first = default_model.classify(american[0])
    assert (first.label, first.stance) == ("deterrence", "favor")
    assert default_model.predict_proba(american).tobytes() == default_model.predict_proba(british).tobytes()
    assert "defenc" in default_model.explain(american[0], n=100).feature.tolist()


@pytest.mark.parametrize("unrecorded", [("spelling",), ("links", "spelling"), ("stance_cues", "links", "spelling"),
                                        ("invisibles",), ("spelling", "invisibles")])
def test_a_model_saved_before_an_option_saves_again_as_it_was(energy_frame, tmp_path, monkeypatch, unrecorded):
    # A model saved before the spelling option (the bundled one of the day before, every user's
    # format-7 model) re-saved with "spelling": false added to its options and a spelling line
    # on its card: another description, so another model to the save, created now.
    from stance.card import model_card
    from stance.info import secondary_thresholds
    from stance.persistence import _json_bytes, _sha256

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    model = stance.train(energy_frame, stance_column="stance", **dict.fromkeys(unrecorded, False))
    folder = model.save(tmp_path / "old")
    metadata = json.loads((folder / "metadata.json").read_text())
    for name in unrecorded:  # as the version before the options wrote them: not at all
        del metadata["options"][name]
        metadata["analyzer"].pop(name, None)
    card = model_card(metadata, secondary_thresholds(model.params_), calibrated=True)
    assert ("spelling" in unrecorded) == ("spelling" not in card)
    assert ("links" in unrecorded) == ("Web and e-mail addresses" not in card)
    assert ("invisibles" in unrecorded) == ("invisibles" not in card)
    # written as a save writes them (the digest of format 7 is of the arrays alone: unchanged)
    (folder / "metadata.json").write_bytes(_json_bytes(metadata))
    (folder / "MODEL_CARD.md").write_bytes(card.encode("utf-8"))
    files = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "checksums.json"}
    (folder / "checksums.json").write_bytes(_json_bytes({name: _sha256(data) for name, data in sorted(files.items())}))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later
    loaded = stance.load(folder)
    assert all(loaded.get_params()[name] is False for name in unrecorded)  # filled in off, as it reads
    again = loaded.save(tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in folder.iterdir()}
    # Trained anew, it is this version's model, and records every option.
    refit = loaded.fit(energy_frame.text, energy_frame.labels, stance=energy_frame.stance)
    options = json.loads((refit.save(tmp_path / "refit") / "metadata.json").read_text())["options"]
    assert all(options[name] is False for name in unrecorded)


def test_models_trained_since_the_spelling_option_record_it_in_format_8(energy_frame, energy_model_without_invisibles,
                                                                        tmp_path, saved_as_before_format_9):
    # Saved as versions before format 9 saved them (this version saves every model it fits in
    # 12), trained without invisibles, cannot and handles, which came after them.
    energy_model = energy_model_without_invisibles
    assert energy_model.params_.analyzer_options["spelling"] is True and energy_model.get_params()["spelling"] is True
    metadata = json.loads((energy_model.save(tmp_path / "new") / "metadata.json").read_text())
    assert metadata["analyzer"]["spelling"] is True and metadata["options"]["spelling"] is True
    assert metadata["format_version"] == 8
    loaded = stance.load(tmp_path / "new")
    probes = [*PROBES, "Gas licenses for the center", "Gas licences for the centre", "Wind's favorable program"]
    np.testing.assert_array_equal(loaded.predict_proba(probes), energy_model.predict_proba(probes))
    assert loaded.get_params()["spelling"] is True and loaded._feature_index(loaded.params_).supported
    proba = loaded.predict_proba(probes[-3:-1])
    assert proba[0].tobytes() == proba[1].tobytes()
    # spelling=False trains what stance before the option read: no "spelling" in the analyzer, format 7.
    old = stance.train(energy_frame, stance_column="stance", spelling=False, invisibles=False, cannot=False,
                       handles=False, marks=False, cjk=False, lookalikes=False, names=False, length_floor=None)
    assert "spelling" not in old.params_.analyzer_options
    metadata = json.loads((old.save(tmp_path / "old") / "metadata.json").read_text())
    assert metadata["format_version"] == 7 and "spelling" not in metadata["analyzer"]
    assert metadata["options"]["spelling"] is False
    del metadata["options"]["spelling"]  # as stance before the option wrote it
    _rewrite_checksums(tmp_path / "old", metadata)
    loaded = stance.load(tmp_path / "old")
    assert loaded.get_params()["spelling"] is False
    np.testing.assert_array_equal(loaded.predict_proba(probes), old.predict_proba(probes))


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(format_version=7), "reads American spellings as British is format 8 or newer, not 7"),
    (lambda m: m["analyzer"].update(spelling="yes"), '"spelling": "yes" in its "analyzer" must be true or false'),
    (lambda m: m["analyzer"].pop("spelling"), 'but "spelling": true in its "options"'),
    (lambda m: m["options"].update(spelling=False), 'but "spelling": false in its "options"'),
    # Training records no spelling in the analyzer of a model of another language.
    (lambda m: (m["analyzer"].update(stem="german"), m["options"].update(stem="german")),
     re.escape('"spelling": true in its "analyzer", but "spelling": true in its "options" (the options it was '
               'trained with) and "stem": "german" in its "analyzer", which respells nothing')),
])
def test_spelling_that_does_not_fit_the_model_is_refused(saved, edit, message):
    _refused_once_edited(saved, edit, message)


# Invisible format characters that text pasted from a web page or a word processor holds
# inside a word: a zero-width space, a word joiner, a byte-order mark, a zero-width joiner and
# non-joiner, a left-to-right mark.
INVISIBLES = {"ZWSP": "\u200b", "WJ": "\u2060", "BOM": "\ufeff", "ZWJ": "\u200d", "ZWNJ": "\u200c", "LRM": "\u200e"}
DETOUR = ["Gas is a detour.", "Gas is a de tour.", *(f"Gas is a de{mark}tour." for mark in INVISIBLES.values())]


def test_models_trained_since_the_invisibles_option_record_it_in_format_10(energy_model,
                                                                          energy_model_without_invisibles, tmp_path):
    # "More support for Ukr\u200baine now", pasted from a web page, was "ukr" and "aine" to
    # every model, two words it did not know. Trained with invisibles=True (the default), a
    # model reads a word holding such a character as the word, and records that it does.
    assert energy_model.params_.analyzer_options["invisibles"] is True
    assert energy_model.get_params()["invisibles"] is True
    metadata = json.loads((energy_model.save(tmp_path / "new") / "metadata.json").read_text())
    assert metadata["analyzer"]["invisibles"] is True and metadata["options"]["invisibles"] is True
    assert metadata["format_version"] == 17  # (10 before the cannot option, 11 before handles, 12 before marks,
    # 13 before cjk, 14 before negation_words, 15 before lookalikes, 16 before names)
    loaded = stance.load(tmp_path / "new", sha256=metadata["parameters_sha256"])
    probes = [*PROBES, *DETOUR]
    assert loaded.predict_proba(probes).tobytes() == energy_model.predict_proba(probes).tobytes()
    assert loaded.get_params()["invisibles"] is True and loaded._feature_index(loaded.params_).supported
    proba = loaded.predict_proba(DETOUR)
    assert all(proba[i].tobytes() == proba[0].tobytes() for i in range(2, len(DETOUR)))
    assert not np.array_equal(proba[0], proba[1])  # "de tour", two words, is read otherwise
    assert [loaded.classify(text) for text in DETOUR] == loaded.classify_many(DETOUR)
    # invisibles=False trains what stance before the option read: no "invisibles" in the
    # analyzer, and each such character parts the word as a space does.
    old = energy_model_without_invisibles
    assert "invisibles" not in old.params_.analyzer_options and old.get_params()["invisibles"] is False
    proba = old.predict_proba(DETOUR)
    assert all(proba[i].tobytes() == proba[1].tobytes() for i in range(2, len(DETOUR)))
    metadata = json.loads((old.save(tmp_path / "old") / "metadata.json").read_text())
    assert metadata["format_version"] == 17 and "invisibles" not in metadata["analyzer"]
    assert metadata["options"]["invisibles"] is False
    loaded = stance.load(tmp_path / "old")
    assert loaded.get_params()["invisibles"] is False and loaded._feature_index(loaded.params_).supported
    assert loaded.predict_proba(probes).tobytes() == old.predict_proba(probes).tobytes()


def test_a_format_9_model_loads_without_invisibles_and_saves_again_byte_for_byte(energy_model_without_invisibles,
                                                                              energy_frame, tmp_path, monkeypatch,
                                                                              saved_as_before_format_10):
    # As versions before the option saved every model they fitted: format 9, no "invisibles" in
    # the analyzer or the options. Loaded, it reads a zero-width space inside a word as it always
    # did, parting the word, and predicts exactly what it did; saved again, its files, and so
    # the digest its publisher gave, stay as they were (format 9, which those versions read).
    before = energy_model_without_invisibles
    old = before.save(tmp_path / "old")
    metadata = json.loads((old / "metadata.json").read_text())
    assert metadata["format_version"] == 9
    assert "invisibles" not in metadata["analyzer"] and "invisibles" not in metadata["options"]
    monkeypatch.undo()  # this version's saves from here
    loaded = stance.load(old, sha256=metadata["parameters_sha256"])
    assert loaded.get_params()["invisibles"] is False and loaded.fitted_options_["invisibles"] is False
    assert "invisibles" not in loaded.params_.analyzer_options and loaded._feature_index(loaded.params_).supported
    probes = [*PROBES, *DETOUR]
    proba = loaded.predict_proba(probes)
    assert proba.tobytes() == before.predict_proba(probes).tobytes()
    assert [loaded.classify(text) for text in probes] == loaded.classify_many(probes)
    at = len(PROBES)
    assert all(proba[at + i].tobytes() == proba[at + 1].tobytes() for i in range(2, len(DETOUR)))
    again = loaded.save(tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in old.iterdir()}
    assert "invisibles" not in (again / "MODEL_CARD.md").read_text()
    # Fitted anew, it is this version's model: format 17, still without the option it was fitted without.
    refitted = loaded.fit(energy_frame["text"], energy_frame["labels"], stance=energy_frame["stance"])
    refitted_metadata = json.loads((refitted.save(tmp_path / "refitted") / "metadata.json").read_text())
    assert refitted_metadata["format_version"] == 17 and refitted_metadata["options"]["invisibles"] is False
    assert "invisibles" not in refitted_metadata["analyzer"]


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(format_version=9), "drops invisible format characters is format 10 or newer, not 9"),
    (lambda m: m["analyzer"].update(invisibles="yes"), '"invisibles": "yes" in its "analyzer" must be true or false'),
    (lambda m: m["analyzer"].pop("invisibles"), 'but "invisibles": true in its "options"'),
    (lambda m: m["options"].update(invisibles=False), 'but "invisibles": false in its "options"'),
])
def test_invisibles_that_do_not_fit_the_model_are_refused(saved, edit, message):
    _refused_once_edited(saved, edit, message)


def test_the_bundled_model_of_0_3_0_saved_before_the_invisibles_option_reads_them_as_it_did(
        default_model, bundled_model_of_0_3_0, tmp_path, saved_as_before_format_10):
    # 0.3.0's bundled model was saved before the option (format 9): a zero-width space inside
    # "Ukraine" parts it into "ukr" and "aine", as a space does, and a model saved so must go on
    # predicting exactly that. 0.4.0's, the same weights rebuilt with the option (format 10),
    # read the word as typed, and so does 0.5.0's, trained with a length floor besides.
    folder = bundled_model_of_0_3_0.save(tmp_path / "0.3.0")
    old = stance.load(folder)
    assert old.saved_["format_version"] == 9 and "invisibles" not in old.params_.analyzer_options
    assert old.get_params()["invisibles"] is False and old.fitted_options_["invisibles"] is False
    texts = ["More support for Ukr\u200baine now", "More support for Ukr aine now", "More support for Ukraine now"]
    proba = old.predict_proba(texts)
    assert proba[0].tobytes() == proba[1].tobytes() and not np.array_equal(proba[0], proba[2])
    assert old.classify_many(texts)[0] == old.classify(texts[0])
    assert "ukrain" not in old.explain(texts[0], n=100).feature.tolist()
    assert "ukrain" in old.explain(texts[2], n=100).feature.tolist()
    # What the README says 0.3.0's answered so (the section "Invisible characters inside a word").
    written, typed = old.classify(texts[0]), old.classify(texts[2])
    assert written.labels == ("ukraine_support", "deterrence") and written.flag == "many_unknown_words"
    assert round(written.scores["deterrence"], 2) == 0.69 and round(typed.scores["deterrence"], 3) == 0.001
    assert typed.labels == ("ukraine_support",) and typed.flag is None
    assert old.classify("Stand with Ukr\u200baine").label == "unity"
    assert old.classify("Stand with Ukraine").label == "ukraine_support"
    assert round(old.classify("We must support Ukr\u200baine.").scores["ukraine_support"], 2) == 0.22
    assert round(old.classify("We must support Ukraine.").scores["ukraine_support"], 2) == 1.0
    # The bundled model now: format 17 (the names option's), and the word read as typed.
    assert default_model.saved_["format_version"] == 17 and default_model.params_.analyzer_options["invisibles"]
    now = default_model.predict_proba([texts[0], texts[2], "Stand with Ukr\u200baine", "Stand with Ukraine"])
    assert now[0].tobytes() == now[1].tobytes() and now[2].tobytes() == now[3].tobytes()
    assert default_model.classify("We must support Ukr\u200baine.").labels == ("ukraine_support",)


class Reading(NamedTuple):
    """How a model with an analyzer option, and one without it, read texts the option changes."""

    texts: tuple[str, ...]
    since: str  # which texts a model trained with the option reads alike (as ``assert_read_as``)
    before: str  # ... and which a model without it, or saved before it, reads alike
    probes: tuple[str, ...] = ()  # more texts on which a model loaded again must predict as it did
    refusals: tuple = ()  # (id, edit, message) of metadata that a load refuses for this option only
    format_refusal: str = ""  # the refusal of a format before the option that claims it


READINGS = {
    # "cannot" in any case, and "can not" written as two words, which "can't" always was to
    # every model. "We cannot leave the Baltic states undefended." was against to the bundled
    # model (0.58) and "We can not leave…" favor (0.71): "cannot" was one word, with no negation
    # after it. With the option it is "can not".
    "cannot": Reading(("Gas cannot wait.", "Gas can not wait.", "Gas CANNOT wait.", "Gas Cannot wait."),
                      since="aaaa", before="abaa",
                      format_refusal='reads "cannot" as "can not" is format 11 or newer, not 10'),
    # A post naming a dotted handle whose parts are words the model knows ("gas"), the post
    # without it, and the post with those parts as words. "@ukraine.bsky.social Great interview
    # this morning." was ukraine_support 0.495 to the bundled model (0.0025 without the handle):
    # the handle was cut at its dots. With the option it is one word, a name it never saw here.
    "handles": Reading(("@gas.bsky.social Nice to meet you.", "Nice to meet you.", "gas bsky social Nice to meet you.",
                        "Nice to meet you, @Gas.bsky.social."), since="aaba", before="aba.",
                       format_refusal="reads a dotted handle as one word is format 12 or newer, not 11",
                       # An analyzer that reads handles without reading links is damaged too.
                       refusals=(("without-links",
                                  lambda m: (m["analyzer"].update(links=False), m["options"].update(links=False)),
                                  re.escape('"handles": true in its "options" (the options it was trained with) '
                                            'and "links": false in its "analyzer", which reads no handle')),)),
    # A word with a mark NFKC composes into no letter ("g" with a diaeresis), the word without
    # it, and the text without the word. A Ukrainian model labelled "Санкції треба посилити."
    # sanctions/favor 0.90 and the text with stress marks neutral, no known word: each word was
    # parted at its marks. With the option "g̈as" is a word it never saw, not "gas"; without it,
    # "g", "as": not "gas" either.
    "marks": Reading(("Bills stay low with g\u0308as.", "Bills stay low with gas.", "Bills stay low with ."),
                     since="ab.", before="ab.", probes=("Са\u0301нкції हिन्दी نَحْنُ",),
                     format_refusal="reads a combining mark as part of its word is format 13 or newer, not 12"),
    # A Latin word the model knows run into Chinese characters, the word alone, and the
    # characters alone. A model trained on Chinese learnt whole clauses, a run of characters
    # being one word, and "我们坚定支持北约。" was no_known_words to it. With the option "gas"
    # is a word of "gas支持", and "支持" a pair of characters the model never saw.
    "cjk": Reading(("Cheap gas支持", "Cheap gas", "Cheap 支持"), since="aab", before="aba",
                   probes=("北约团结是我们安全的基础。NATOの結束 나토를",),
                   format_refusal="reads Chinese and Japanese in pairs of characters is format 14 or newer, not 13"),
    # A word the model knows after "scarcely", which opens a negation's scope only with the
    # option (on: "not", "scarcely"), the word alone, and the word after "not". A Polish model
    # of stem=False marked nothing after "nie" and the words after "no" ("well"): the English
    # words were every such model's. With the option "scarcely pump" marks NOT_pump, as "not
    # pump" does; without it, it reads as "pump" ("scarcely" a word it never saw).
    "negation_words": Reading(
        ("Gas: scarcely pump.", "Gas: pump.", "Gas: not pump."), since="abc", before="aab",
        probes=("Nie popieramy gazu, no to nie. Never scarcely",),
        format_refusal=re.escape("marks negation after words of its own (negation_words) is format 15 or newer, "
                                 "not 14"),
        refusals=(("upper-case", lambda m: m["analyzer"].update(negation_words=["Not", "scarcely"]),
                   re.escape('"negation_words": ["Not", "scarcely"] in its "analyzer" must be null (the default\'s '
                             'words) or a list of different lower-case words')),
                  ("other-words", lambda m: m["analyzer"].update(negation_words=["not"]),
                   re.escape('"negation_words": ["not"] in its "analyzer", but "negation_words": ["not", "scarcely"] '
                             'in its "options"')),
                  ("no-option", lambda m: m["options"].update(negation_words="klingon"),
                   re.escape('"negation_words": "klingon" in its "options" (the options it was trained with) is no '
                             "value a model is trained with (null, a language's name, one of arabic, czech,")))),
    # A word the model knows with a prime for its apostrophe, as OCR writes it, the word with
    # the apostrophe, and the word parted where the prime was. "NATO isn′t united." was none to
    # the bundled model where "NATO isn't united." was unity against: "isn′t" was "isn", "t".
    # With the option it is "is not"; a prime after a number stays.
    "lookalikes": Reading(("Gas isn′t cheap.", "Gas isn't cheap.", "Gas isn t cheap.", "Gas isn´t cheap."),
                          since="aaba", before="abaa", probes=("5′ 10″ won‛t, doesnʽt, can‵t, Kyivʹs hasnʻt 45′",),
                          format_refusal="reads a look-alike of the apostrophe as it is format 16 or newer, not 15"),
    # A word the model knows written with a diacritic, as a name of the corpus is ("Suwałki"),
    # the word as the press writes it, and in capitals. "Reinforcing Suwalki must be the first
    # priority." was none to the bundled model where "…Suwałki…" was eastern_flank. With the
    # option the three are one word; without it "gäs" is a word the model never saw.
    "names": Reading(("Bills stay low with gäs.", "Bills stay low with gas.", "Bills stay low with GÄS."),
                     since="aaa", before="aba", probes=("Zelenskyy's Kiev-based Suwałki, Ło\u0301dź ǿ æ ß Київ її й",),
                     format_refusal="reads names as the corpus writes them is format 17 or newer, not 16",
                     # Another language's analyzer reads names as written: one that records them is damaged.
                     # (its spelling off too, which is refused first otherwise)
                     refusals=(("german", lambda m: (m["analyzer"].update(stem="german"), m["analyzer"].pop("spelling"),
                                                     m["options"].update(stem="german")),
                                re.escape('"names": true in its "options" (the options it was trained with) and '
                                          '"stem": "german" in its "analyzer", which respells nothing')),)),
}


def _trained_with(option, edit=None):
    """An edit of a saved model's metadata that records ``option`` as trained ``on`` (for an
    option off by default, which the ``saved`` model was trained without), then ``edit``."""
    def edited(metadata):
        if option.on is not True:
            metadata["analyzer"][option.name] = option.recorded
            metadata["options"][option.name] = option.recorded
        if edit is not None:
            edit(metadata)
    return edited


@pytest.mark.parametrize("option", ANALYZER_OPTIONS, ids=OPTION_NAMES)
def test_models_trained_since_an_analyzer_option_record_it_in_the_format_it_came_with(option, request, tmp_path):
    # Trained with the option (the default, or negation_words given), a model reads the texts it
    # changes anew, and records that it does; saved, it is the newest format (15), as every model
    # this version fits.
    name, reading, on = option.name, READINGS[option.name], option.recorded
    energy_model = request.getfixturevalue(option.trained_with)
    assert energy_model.params_.analyzer_options[name] == on and energy_model.get_params()[name] == option.on
    metadata = json.loads((energy_model.save(tmp_path / "new") / "metadata.json").read_text())
    assert metadata["analyzer"][name] == on and metadata["options"][name] == on
    assert metadata["format_version"] == 17 >= option.since
    loaded = stance.load(tmp_path / "new", sha256=metadata["parameters_sha256"])
    probes = [*PROBES, *reading.texts, *reading.probes]
    assert loaded.predict_proba(probes).tobytes() == energy_model.predict_proba(probes).tobytes()
    assert loaded.get_params()[name] == on and loaded._feature_index(loaded.params_).supported
    assert_read_as(loaded.predict_proba(list(reading.texts)), reading.since)
    assert [loaded.classify(text) for text in reading.texts] == loaded.classify_many(list(reading.texts))
    # name=False (negation_words=None) trains what stance before the option read: no name in
    # the analyzer, and the texts read as before.
    old = request.getfixturevalue(option.without)
    assert name not in old.params_.analyzer_options and old.get_params()[name] is option.off
    assert_read_as(old.predict_proba(list(reading.texts)), reading.before)
    metadata = json.loads((old.save(tmp_path / "old") / "metadata.json").read_text())
    assert metadata["format_version"] == 17 and name not in metadata["analyzer"]
    assert metadata["options"][name] is option.off
    loaded = stance.load(tmp_path / "old")
    assert loaded.get_params()[name] is option.off and loaded._feature_index(loaded.params_).supported
    assert loaded.predict_proba(probes).tobytes() == old.predict_proba(probes).tobytes()


@pytest.mark.parametrize("option", ANALYZER_OPTIONS, ids=OPTION_NAMES)
def test_a_model_of_the_format_before_an_analyzer_option_loads_without_it_and_saves_again_byte_for_byte(
        option, request, energy_frame, tmp_path, monkeypatch):
    # As versions before the option saved every model they fitted: the format before it, the
    # option in neither the analyzer nor the options. Loaded, it reads the texts the option
    # changes as it always did, and predicts exactly what it did; saved again, its files, and
    # so the digest its publisher gave, stay as they were (the format those versions read).
    name, reading = option.name, READINGS[option.name]
    before = request.getfixturevalue(option.without)
    request.getfixturevalue(option.saved_before)
    old = before.save(tmp_path / "old")
    metadata = json.loads((old / "metadata.json").read_text())
    assert metadata["format_version"] == option.since - 1 and metadata["length_floor"] is not None
    assert name not in metadata["analyzer"] and name not in metadata["options"]
    monkeypatch.undo()  # this version's saves from here
    loaded = stance.load(old, sha256=metadata["parameters_sha256"])
    assert loaded.get_params()[name] is option.off and loaded.fitted_options_[name] is option.off
    assert name not in loaded.params_.analyzer_options and loaded._feature_index(loaded.params_).supported
    probes = [*PROBES, *reading.texts, *reading.probes]
    proba = loaded.predict_proba(probes)
    assert proba.tobytes() == before.predict_proba(probes).tobytes()
    assert [loaded.classify(text) for text in probes] == loaded.classify_many(probes)
    assert_read_as(proba[len(PROBES):len(PROBES) + len(reading.texts)], reading.before)
    again = loaded.save(tmp_path / "again")
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in old.iterdir()}
    card = (again / "MODEL_CARD.md").read_text().lower()
    assert not [word for word in option.card_silent if word in card]
    # Fitted anew, it is this version's model: format 17, still without the option it was fitted without.
    refitted = loaded.fit(energy_frame["text"], energy_frame["labels"], stance=energy_frame["stance"])
    refitted_metadata = json.loads((refitted.save(tmp_path / "refitted") / "metadata.json").read_text())
    assert refitted_metadata["format_version"] == 17 and refitted_metadata["options"][name] is option.off
    assert name not in refitted_metadata["analyzer"]


def _as_before(option):
    """An edit of a saved model's metadata that leaves out the options after ``option``, which a
    model of the format before it cannot hold either (their own refusal would come first)."""
    def edited(metadata):
        for later in ANALYZER_OPTIONS[OPTION_NAMES.index(option.name) + 1:]:
            metadata["analyzer"].pop(later.name, None)
            metadata["options"][later.name] = later.off
    return edited


def _refusals():
    for option in ANALYZER_OPTIONS:
        name, reading, before = option.name, READINGS[option.name], option.since - 1
        yield pytest.param(_trained_with(option, lambda m, before=before, option=option: (
                               _as_before(option)(m), m.update(format_version=before))),
                           reading.format_refusal, id=f"{name}-in-format-{before}")
        # In the file's words (JSON), as the file holds them, and the folder called damaged.
        kind = ("must be true or false" if option.on is True
                else "must be null (the default's words) or a list of different lower-case words")
        yield pytest.param(lambda m, name=name: m["analyzer"].update({name: "yes"}),
                           re.escape(f'"{name}": "yes" in its "analyzer" {kind}; the model\'s folder is damaged'),
                           id=f"{name}-of-another-kind")
        yield pytest.param(_trained_with(option, lambda m, name=name: m["analyzer"].pop(name)),
                           re.escape(f'but "{name}": {json.dumps(option.recorded)} in its "options" (the options it '
                                     f'was trained with); the model\'s folder is damaged'),
                           id=f"{name}-left-out-of-the-analyzer")
        yield pytest.param(_trained_with(option, lambda m, name=name, off=option.off: m["options"].update({name: off})),
                           re.escape(f'but "{name}": {json.dumps(option.off)} in its "options"'),
                           id=f"{name}-off-in-the-options")
        for refusal, edit, message in reading.refusals:
            yield pytest.param(_trained_with(option, edit), message, id=f"{name}-{refusal}")


@pytest.mark.parametrize(("edit", "message"), list(_refusals()))
def test_an_analyzer_option_that_does_not_fit_the_model_is_refused(saved, edit, message):
    # An older stance would read the texts the option changes as before: a format before the
    # option's claiming it is damaged, and so is an analyzer that does not read as the model
    # was trained.
    _refused_once_edited(saved, edit, message)


def test_the_bundled_model_reads_cannot_as_can_not_and_saves_again_as_shipped(default_model, tmp_path):
    # The bundled model of 0.5.0 was saved before the option (format 10): "cannot" was one word
    # to it, and "We cannot leave the Baltic states undefended." against (0.58) where "We can
    # not…" was favor (0.71); a format-10 model still reads so (the test above). 0.6.0's was
    # rebuilt with the option (format 11, 17 since the names option): both are favor, the
    # first as the second. Saved again, its files are the ones shipped, byte for byte.
    assert default_model.saved_["format_version"] == 17 and default_model.params_.analyzer_options["cannot"]
    assert default_model.get_params()["cannot"] is True and default_model.fitted_options_["cannot"] is True
    texts = ["We cannot leave the Baltic states undefended.", "We can not leave the Baltic states undefended."]
    cannot, can_not = default_model.classify_many(texts)
    # What the README says it answers (the section "Cannot as can not").
    assert (cannot.label, cannot.stance, round(cannot.stance_scores["favor"], 2)) == ("eastern_flank", "favor", 0.91)
    assert default_model.predict_proba(texts[:1]).tobytes() == default_model.predict_proba(texts[1:]).tobytes()
    assert can_not == default_model.classify(texts[1]) and can_not.stance == "favor"
    assert "NOT_leav" in default_model.explain(texts[0], n=1000).feature.tolist()
    from stance.defaults import default_model_path

    shipped = default_model_path()
    again = default_model.save(tmp_path / "again")
    # Its arrays and vocabulary are the shipped files; metadata.json and the card name the
    # versions of this save (the same as the shipped ones where the model was built).
    assert json.loads((again / "metadata.json").read_text())["format_version"] == 17
    kept = [p.name for p in again.iterdir() if p.suffix == ".npy" or p.name == "vocabulary.json"]
    assert len(kept) >= 10
    assert {name: (again / name).read_bytes() for name in kept} == {name: (shipped / name).read_bytes()
                                                                     for name in kept}
    ours, theirs = (json.loads((folder / "metadata.json").read_text()) for folder in (again, shipped))
    assert {**ours, "versions": None} == {**theirs, "versions": None}
    stance.load(again, sha256=theirs["parameters_sha256"])


def test_the_bundled_model_reads_a_dotted_handle_as_one_word(default_model):
    # The bundled model was saved before the option (format 11): "@ukraine.bsky.social" was
    # "ukraine", "bsky" and "social" to it, and "@ukraine.bsky.social Great interview this
    # morning." ukraine_support 0.495 (0.0025 without the handle); a format-11 model still
    # reads so (the test above). Rebuilt with the option (format 12, 17 since the names
    # option), the handle is one word it never saw: the post is read as it is without it.
    assert default_model.saved_["format_version"] == 17 and default_model.params_.analyzer_options["handles"]
    assert default_model.get_params()["handles"] is True and default_model.fitted_options_["handles"] is True
    texts = ["@ukraine.bsky.social Great interview this morning.", "Great interview this morning."]
    at = default_model.labels.index("ukraine_support")
    with_handle, without = default_model.predict_proba(texts)[:, at]
    # What the README says it answers (the section "Dotted handles").
    # 0.0025 before 0.14.0, 0.0022 in 0.14.0
    assert with_handle.tobytes() == without.tobytes() and round(without, 4) == 0.0023
    assert not {"ukrain", "social", "bski"} & set(default_model.explain(texts[0], n=1000).feature.tolist())


def test_the_bundled_model_reads_a_stressed_word_as_the_word(default_model):
    # The bundled model of 0.7.0 was saved before the option (format 12) and parted a word at
    # a combining mark; a format-12 model still reads so (the tests above). Rebuilt with the
    # option (format 13, 17 since the names option), it reads a word as its letters and marks, and a variation
    # selector after a word (an emoji's presentation, pasted with it) is no part of it, as before.
    assert default_model.saved_["format_version"] == 17 and default_model.params_.analyzer_options["marks"]
    assert default_model.get_params()["marks"] is True and default_model.fitted_options_["marks"] is True
    texts = ["Stand with Ukraine\ufe0f, send air defence now.", "Stand with Ukraine, send air defence now."]
    assert default_model.predict_proba(texts[:1]).tobytes() == default_model.predict_proba(texts[1:]).tobytes()


def test_the_bundled_model_reads_a_word_run_into_chinese_as_the_word(default_model):
    # The bundled model of 0.8.0 was saved before the option (format 13) and read "Ukraine" run
    # into Chinese characters ("支持Ukraine") as a word with them, none it knew. Rebuilt with
    # the option (format 14, 17 since the names option; the corpus holds no Chinese or Japanese,
    # so its weights are those of 0.8.0), "Ukraine" is a word of it, and the characters pairs it never saw.
    assert default_model.saved_["format_version"] == 17 and default_model.params_.analyzer_options["cjk"]
    assert default_model.get_params()["cjk"] is True and default_model.fitted_options_["cjk"] is True
    texts = ["Stand with Ukraine支持, send air defence now.", "Stand with Ukraine, send air defence now."]
    assert default_model.predict_proba(texts[:1]).tobytes() == default_model.predict_proba(texts[1:]).tobytes()
    assert "ukrain" in default_model.explain(texts[0], n=1000).feature.tolist()


def test_a_vocabulary_of_long_terms_loads(tmp_path):
    # Chinese has no spaces, so a clause between commas was one word (and is, with cjk=False): a
    # model trained with ngram_max 10 saved 1,324 bytes per term, and a load refused a
    # vocabulary.json above 1,024 bytes per term as damaged. Clauses of 100 characters here, up
    # to 10 to a term.
    import pandas as pd

    def clause(seed):
        return "".join(chr(0x4E00 + (seed * 7919 + i * 104729) % 20000) for i in range(100))

    rows = []
    for label, first in (("a", 0), ("b", 100)):
        for row in range(6):
            rows.append({"text": "，".join(clause(first + i) for i in range(12)) + f"，{clause(500 + row)}",
                         "labels": label})
    model = stance.train(pd.DataFrame(rows), ngram_max=10, threshold_folds=0, none_label=None, cjk=False,
                         lookalikes=False, names=False)
    path = model.save(tmp_path / "chinese")
    assert (path / "vocabulary.json").stat().st_size > 1024 * (len(model.params_.vocabulary) + 1) + 2**14
    assert stance.load(path).classify(rows[0]["text"]).label == "a"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced, and /proc tells the "
                                                                 "memory in use, on Linux")
def test_a_model_loads_in_memory_bounded_by_its_files_not_by_their_limits(tmp_path):
    # The audit: each file was read with read(limit + 1), which allocates the limit before
    # reading, and vocabulary.json's is 64 KiB a feature: 11.2 GB for the bundled model's
    # 2.3 MB, so a load under `ulimit -v 4000000` failed with a MemoryError. Here a load may
    # use 1 GiB beyond what Python, numpy and stance take once imported (measured, not
    # guessed, so that thread pools or a larger machine do not change the answer).
    script = (
        "import re, resource, sys, numpy, stance, stance.persistence\n"
        "from stance.defaults import default_model_path\n"
        "held = int(re.search(r'VmSize:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)) * 1024\n"
        "hard = resource.getrlimit(resource.RLIMIT_AS)[1]\n"
        "limit = held + 2**30 if hard == resource.RLIM_INFINITY else min(held + 2**30, hard)\n"
        "resource.setrlimit(resource.RLIMIT_AS, (limit, hard))\n"
        "print(len(stance.load(default_model_path()).params_.vocabulary))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100_000  # the bundled model's features, whose limit is above 6 GB


def test_two_saves_to_one_new_path_without_overwrite_leave_one_model_and_one_refusal(energy_model, tmp_path,
                                                                                     monkeypatch):
    # The audit: two saves into one new folder at once both succeeded, the later silently
    # replacing the earlier, though neither passed overwrite=True (20 runs in 20). Both
    # wait here until both have written their files, then race for the folder.
    import threading

    from stance import persistence

    target, barrier, outcomes = tmp_path / "m", threading.Barrier(2, timeout=60), []
    real_write = persistence._write_files

    def written_then_wait(*args):
        real_write(*args)
        barrier.wait()

    def save():
        try:
            outcomes.append(energy_model.save(target))
        except FileExistsError as error:
            outcomes.append(error)

    monkeypatch.setattr(persistence, "_write_files", written_then_wait)
    threads = [threading.Thread(target=save) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(isinstance(outcome, FileExistsError) for outcome in outcomes) == [False, True]  # one of each
    refusal = next(outcome for outcome in outcomes if isinstance(outcome, FileExistsError))
    assert str(refusal) == f"{str(target)!r} already exists; pass overwrite=True to replace it"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m"]  # no staging folder or set-aside copy
    assert stance.load(target).labels == energy_model.labels


def test_a_save_without_overwrite_refuses_a_folder_made_while_it_wrote(energy_model, tmp_path, monkeypatch):
    # Renamed onto an empty folder, a folder is replaced (on Linux and macOS): a folder made
    # meanwhile, empty, was replaced as silently, where one made before the save is refused.
    from stance import persistence

    target = tmp_path / "runs" / "m"
    real_write = persistence._write_files

    def written_then_someone_makes_the_folder(*args):
        real_write(*args)
        target.mkdir()

    monkeypatch.setattr(persistence, "_write_files", written_then_someone_makes_the_folder)
    with pytest.raises(FileExistsError, match="already exists; pass overwrite=True to replace it"):
        energy_model.save(target)
    assert [str(p.relative_to(tmp_path)) for p in sorted(tmp_path.rglob("*"))] == ["runs", "runs/m"]


def test_a_loaded_model_saved_again_keeps_when_it_was_created(energy_model, energy_frame, tmp_path, monkeypatch):
    # stance.load("m").save("m2") wrote the re-save's time as "created", so metadata.json,
    # MODEL_CARD.md and checksums.json differed from the folder it was loaded from.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    first = energy_model.save(tmp_path / "m")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later
    again = stance.load(first).save(tmp_path / "m2")
    assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in first.iterdir()}
    assert stance.load(again).saved_["created"] == "1970-01-01T00:00:00+00:00"
    # A loaded model trained anew is another model, created now.
    refit = stance.load(first).fit(energy_frame.text, energy_frame.labels)
    # and stance info says nothing of the files it was loaded from (it quoted their creation)
    assert stance.info.model_info(refit)["saved"] is None
    refit.save(tmp_path / "m3")
    assert stance.load(tmp_path / "m3").saved_["created"] == "1970-01-02T00:00:00+00:00"


def _with_metadata_added(folder, **keys):
    """``folder``'s model with ``keys`` added to its metadata.json by hand, its checksum rewritten."""
    import hashlib

    metadata = json.loads((folder / "metadata.json").read_text())
    metadata.update(keys)
    (folder / "metadata.json").write_text(json.dumps(metadata))
    checksums = json.loads((folder / "checksums.json").read_text())
    checksums["metadata.json"] = hashlib.sha256((folder / "metadata.json").read_bytes()).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums))
    return folder


def test_a_loaded_model_of_the_same_parameters_keeps_its_creation_time_and_a_users_keys(
        energy_model, energy_frame, tmp_path, monkeypatch):
    # An engineer's audit: new metrics or a new source on a loaded model moved "created" to now,
    # though it says when the model was trained and its parameters digest was the same; and keys
    # a user added to metadata.json were dropped by the save without a word. A review of
    # 07a41e0c: then dropped with a warning, saved over its own folder the only copy was gone.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    first = _with_metadata_added(energy_model.save(tmp_path / "m"), my_notes={"by": "me", "n": [1, 2.5]},
                                 experiment="x")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later
    loaded = stance.load(first)
    loaded.metrics_ = {"top1": 0.5}
    loaded.training_["source"] = "corpus v3"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to warn of: nothing is lost
        again = loaded.save(tmp_path / "m2")
        stance.load(first).save(first, overwrite=True)
    saved = json.loads((again / "metadata.json").read_text())
    assert saved["created"] == "1970-01-01T00:00:00+00:00" and saved["metrics"] == {"top1": 0.5}
    assert list(saved)[-2:] == ["my_notes", "experiment"]  # after stance's, as loaded
    assert saved["my_notes"] == {"by": "me", "n": [1, 2.5]} and saved["experiment"] == "x"
    kept = json.loads((first / "metadata.json").read_text())
    assert kept["my_notes"] == {"by": "me", "n": [1, 2.5]} and kept["experiment"] == "x"
    assert stance.load(first).saved_["created"] == "1970-01-01T00:00:00+00:00"
    # Fitted again, it is a new model, which the notes on the old one do not describe.
    refit = stance.load(first).fit(energy_frame.text, energy_frame.labels)
    assert "my_notes" not in json.loads((refit.save(tmp_path / "m3") / "metadata.json").read_text())


def test_a_model_with_many_keys_of_a_users_saves_them_without_a_word(energy_model, tmp_path):
    # A review of 07a41e0c: 40,000 such keys made a warning of 549,065 characters.
    folder = _with_metadata_added(energy_model.save(tmp_path / "m"), **{f"note_{i}": i for i in range(40_000)})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = stance.load(folder).save(tmp_path / "m2")
    assert json.loads((again / "metadata.json").read_text())["note_39999"] == 39_999


def test_a_users_key_or_metrics_holding_a_lone_surrogate_or_nan_saves_as_strict_json(energy_model, tmp_path):
    # A review of b65a95a0: a user's key holding "\ud800" (JSON's escape) loaded, and every save then died
    # in a bare UnicodeEncodeError (metrics_ holding one did so before); a NaN was written back bare.
    folder = _with_metadata_added(energy_model.save(tmp_path / "m"), note="\ud800 odd", score=float("nan"))
    loaded = stance.load(folder)
    loaded.metrics_ = {"name": "x\udcc3"}
    again = loaded.save(tmp_path / "m2")
    text = (again / "metadata.json").read_text(encoding="ascii")  # escaped: UTF-8 holds no lone surrogate
    saved = json.loads(text, parse_constant=lambda constant: pytest.fail(f"not strict JSON: {constant}"))
    assert (saved["note"], saved["score"], saved["metrics"]) == ("\ud800 odd", None, {"name": "x\udcc3"})
    assert stance.load(again).predict(["We stand together."]) == energy_model.predict(["We stand together."])


def test_c_given_as_an_int_a_float_or_a_numpy_float_saves_the_same_files(energy_frame, tmp_path, monkeypatch):
    # C=10 and C=10.0 (--option C=10 and C=10.0; np.float64(10) from a grid) fit the same
    # parameters, but metadata.json, MODEL_CARD.md and checksums.json recorded "C": 10 or 10.0.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    files = {}
    for name, c in [("int", 10), ("float", 10.0), ("numpy", np.float64(10))]:
        folder = stance.train(energy_frame, stance_column="stance", C=c, stance_C=c).save(tmp_path / name)
        files[name] = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert files["int"] == files["float"] == files["numpy"]
    options = json.loads(files["int"]["metadata.json"])["options"]
    assert [(options[k], type(options[k])) for k in ("C", "stance_C")] == [(10.0, float)] * 2
    assert "`C=10.0`, `stance_C=10.0`" in files["numpy"]["MODEL_CARD.md"].decode()


def test_class_weights_given_as_ints_floats_or_numpy_floats_save_the_same_files(energy_frame, tmp_path, monkeypatch):
    # As with C: {0: 1, 1: 5} and {0: 1.0, 1: 5.0} fit the same parameters but saved "1" or "1.0",
    # and a key of 1.0 (which passes for 1) saved "1.0", a key that no load reads back as 1.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    files = {}
    for name, weight, key in [("int", 5, 1), ("float", 5.0, 1.0), ("numpy", np.float64(5), True)]:
        given = {0: 1, key: weight} if name != "numpy" else {key: weight, False: 1}  # and in another order
        folder = stance.train(energy_frame, stance_column="stance", class_weight=given,
                              stance_class_weight={"favor": weight, "against": 1}).save(tmp_path / name)
        files[name] = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert files["int"] == files["float"] == files["numpy"]
    options = json.loads(files["int"]["metadata.json"])["options"]
    assert options["class_weight"] == {"0": 1.0, "1": 5.0}
    assert options["stance_class_weight"] == {"favor": 5.0, "against": 1.0}
    assert stance.load(tmp_path / "numpy").fitted_options_["class_weight"] == {0: 1.0, 1: 5.0}


def test_a_model_saved_with_c_recorded_as_an_int_still_re_saves_byte_for_byte(energy_frame, tmp_path, monkeypatch):
    # Saves before C was recorded in one form wrote C=10 as given, "C": 10: such a model, like
    # the bundled one (C recorded as 30.0), must still load and save again to the same bytes.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    model = stance.train(energy_frame, stance_column="stance", C=10, stance_C=10)
    model.fitted_options_ = {**model.fitted_options_, "C": 10, "stance_C": 10}  # as those saves recorded it
    first = model.save(tmp_path / "old")
    assert '"C": 10,' in (first / "metadata.json").read_text()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later
    import platform

    from stance.info import installed

    # Byte for byte under the same versions, as the README says: a save records them.
    here = {"stance": stance.__version__, "scikit-learn": installed("scikit-learn"), "scipy": installed("scipy"),
            "numpy": np.__version__, "python": platform.python_version()}
    bundled = ROOT / "models" / "default"
    same_versions = json.loads((bundled / "metadata.json").read_text())["versions"] == here
    for source in (first, bundled) if same_versions else (first,):
        again = stance.load(source).save(tmp_path / f"again-{source.name}")
        assert {p.name: p.read_bytes() for p in again.iterdir()} == {p.name: p.read_bytes() for p in source.iterdir()}


@pytest.mark.parametrize("epoch", ["253402300800", "99999999999999", "-5", "+5", "1_700_000_000", "١٧", "abc", " ",
                                   "9" * 5000])  # past Python's 4,300 digits int() refuses with its own error
def test_a_save_refuses_a_source_date_epoch_it_cannot_record(energy_model, tmp_path, monkeypatch, epoch):
    # A date past year 9999 raised "ValueError: year 3170843 is out of range" from deep in the
    # save; -5, +5 or Arabic-Indic digits were skipped without a word, and the model was
    # created now: a build meant to be reproducible that was not.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with pytest.raises(stance.InvalidInputError, match=r"^SOURCE_DATE_EPOCH.* whole seconds since 1970-01-01 UTC"):
        energy_model.save(tmp_path / "m")
    assert list(tmp_path.iterdir()) == []


def test_a_save_reads_source_date_epoch_without_the_spaces_around_it(energy_model, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "\t1700000000 \n")
    assert stance.load(energy_model.save(tmp_path / "m")).saved_["created"] == "2023-11-14T22:13:20+00:00"


def test_a_loaded_model_given_other_options_is_saved_as_the_model_loaded(energy_model, tmp_path, monkeypatch):
    # stance.load(m).set_params(C=5.0).save(x) wrote C=5.0 beside the weights of C=30 (and
    # kept m's creation time, then was made to write now): set_params refits nothing, so the
    # files are m's, created then, and the save warns that C=5.0 takes effect only after fit.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    first = energy_model.save(tmp_path / "m")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")  # a day later
    with pytest.warns(stance.StanceWarning, match=r"only after fit\(\): C=5\.0 \(fitted with 30\.0\)"):
        changed = stance.load(first).set_params(C=5.0).save(tmp_path / "x")
    assert {p.name: p.read_bytes() for p in changed.iterdir()} == {p.name: p.read_bytes() for p in first.iterdir()}
    # Set back to what the files record, there is nothing to warn of.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        back = stance.load(first).set_params(C=5.0).set_params(C=energy_model.get_params()["C"]).save(tmp_path / "y")
    assert {p.name: p.read_bytes() for p in back.iterdir()} == {p.name: p.read_bytes() for p in first.iterdir()}


@pytest.mark.parametrize("changed", [{"ngram_max": 1}, {"stem": "german"}, {"stem": False}, {"links": False},
                                     {"apostrophes": False}, {"spelling": False}])
def test_options_set_after_fitting_do_not_make_a_saved_model_unloadable(energy_model, tmp_path, changed):
    # set_params(ngram_max=1) on a trained or loaded model, then save(overwrite=True), replaced
    # a working model with one a load refused ("the analyzer's ngram_max is 2, but the model was
    # trained with 1 … the file is damaged"): the save wrote the options set since the fit,
    # while the model still read text with the analyzer it was fitted with.
    path = energy_model.save(tmp_path / "m")
    expected = stance.load(path).predict_proba(PROBES[:3])
    model = stance.load(path).set_params(**changed)
    name = next(iter(changed))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.save(path, overwrite=True)
    again = stance.load(path)
    # and the save says that the options set take effect only after fit
    assert [str(w.message) for w in caught if re.search(rf"only after fit\(\): {name}=", str(w.message))]
    assert np.array_equal(again.predict_proba(PROBES[:3]), expected)
    assert again.get_params()[name] == energy_model.get_params()[name]
    # The model itself still predicts with what it was fitted with, and has the option set.
    assert np.array_equal(model.predict_proba(PROBES[:3]), expected) and model.get_params()[name] == changed[name]


def test_a_label_with_a_lone_surrogate_in_metadata_json_loads(energy_model, tmp_path):
    # A review: JSON's "\ud800" reads as a lone surrogate, which UTF-8 cannot encode, and every
    # load of a model naming such a label (re-signed) ended in a UnicodeEncodeError traceback.
    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    first = metadata["labels"][0]
    metadata["labels"][0] = "uni\ud800ty"
    counts = metadata["training_data"]["label_counts"]
    counts["uni\ud800ty"] = counts.pop(first)
    _rewrite_checksums(folder, metadata)
    loaded = stance.load(folder)
    assert loaded.classes_[0] == "uni\ud800ty"
    text = "Every new wind farm cuts the bill."
    assert loaded.classify(text).scores["uni\ud800ty"] == energy_model.classify(text).scores[first]


def test_a_model_whose_label_holds_a_lone_surrogate_explains_and_scores(energy_model, tmp_path):
    # classify, info and evaluate of such a model worked, but explain, score and
    # score_document raised UnicodeEncodeError from inside pandas: under pandas 3 the heads
    # explain grouped by ("label: gas\udcc3") and the column p_gas\udcc3 became Arrow strings,
    # which refuse one. They answer as for the label as trained, the name kept as given.
    folder = energy_model.save(tmp_path / "m")
    metadata = json.loads((folder / "metadata.json").read_text())
    label = "gas\udcc3"  # a byte of a file not in UTF-8, as JSON escapes it
    metadata["labels"][metadata["labels"].index("gas")] = label
    metadata["training_data"]["label_counts"][label] = metadata["training_data"]["label_counts"].pop("gas")
    _rewrite_checksums(folder, metadata)
    loaded = stance.load(folder)
    text = "Gas is a detour."
    assert loaded.classify(text).label == label and energy_model.classify(text).label == "gas"
    explained, expected = loaded.explain(text), energy_model.explain(text)
    assert explained["explains"].tolist() == [head.replace("gas", label) for head in expected["explains"]]
    assert explained["contribution"].tolist() == expected["contribution"].tolist()
    scored = stance.score(pd.DataFrame({"text": [text, "Every new wind farm cuts the bill."]}), model=loaded)
    before = stance.score(pd.DataFrame({"text": [text, "Every new wind farm cuts the bill."]}), model=energy_model)
    assert scored[f"p_{label}"].tolist() == before["p_gas"].tolist() and scored["label"].tolist() == [label,
                                                                                                       "renewables"]
    doc = stance.score_document(f"{text} Every new wind farm cuts the bill.", loaded)
    assert doc.sentences["label"].tolist() == [label, "renewables"]
    assert label in doc.profile.index and "gas\\udcc3" in str(doc)  # kept, and shown escaped


def test_a_digest_of_the_wrong_type_or_size_is_named_as_such(saved, tmp_path):
    # A digest read with read_bytes() was refused as "sha256 must be 64 hexadecimal digits,
    # got b'<64 hexadecimal digits>\n'", a ValueError, though it held them; a megabyte given
    # by mistake made a message of a megabyte.
    published = stance.load(saved).saved_["parameters_sha256"]
    (tmp_path / "digest.txt").write_text(published + "\n")
    with pytest.raises(stance.InvalidTypeError) as raised:
        stance.load(saved, sha256=(tmp_path / "digest.txt").read_bytes())
    assert str(raised.value).startswith("sha256 must be a str, got bytes (decode bytes first, e.g. ")
    with pytest.raises(stance.InvalidTypeError, match="sha256 must be a str, got int"):
        stance.default_model(sha256=12)
    with pytest.raises(stance.InvalidInputError, match="sha256 must be 64 hexadecimal digits, got 'xxx") as raised:
        stance.load(saved, sha256="x" * 1_000_000)
    assert len(str(raised.value)) < 300


def test_metrics_set_by_the_user_save_as_strict_json(energy_model, tmp_path):
    # model.metrics_ = report.metrics of a held-out set with no row of one stance saved its
    # NaN as a bare NaN, which JSON has not (JavaScript's JSON.parse and Go refuse the file),
    # and a count from numpy (np.int64) stopped the save with json's "TypeError: Object of
    # type int64 is not JSON serializable".
    model = stance.load(energy_model.save(tmp_path / "m"))
    model.metrics_ = {"against_f1": float("nan"), "rows": np.int64(40), "f1": np.float32(0.5),
                      "by_register": {"oped": float("inf"), "news": [np.float64(0.25)]}, "note": "held out"}
    model.save(tmp_path / "m2")
    text = (tmp_path / "m2" / "metadata.json").read_text()
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text)["metrics"] == {"against_f1": None, "rows": 40, "f1": 0.5,
                                           "by_register": {"oped": None, "news": [0.25]}, "note": "held out"}
    assert stance.load(tmp_path / "m2").metrics_["rows"] == 40
    model.metrics_ = {"report": pd.DataFrame({"f1": [0.5]})}
    with pytest.raises(stance.InvalidTypeError, match=r"^cannot save the model: metrics_\['report'\] is a DataFrame, "
                                                      r"which JSON cannot hold"):
        model.save(tmp_path / "m3")
    assert sorted(os.listdir(tmp_path)) == ["m", "m2"]


def test_metrics_keys_that_json_writes_alike_are_refused_and_others_saved_as_json_writes_them(energy_model,
                                                                                               tmp_path):
    # JSON keys are strings: {1: 0.1, "1": 0.2} loaded back as {"1": 0.2}, 0.1 lost without a
    # word (an audit); refused now, naming both keys. A key json.dumps writes as text saves so:
    # refusing every key that is no str (as first mended) broke saving a by_group().to_dict()
    # of years, which lost nothing (a review).
    model = stance.load(energy_model.save(tmp_path / "m"))
    for metrics, entry in (({1: 0.1, "1": 0.2}, r"metrics_ has the keys 1 and '1', which JSON writes alike \('1'\)"),
                           ({True: 0.1, "true": 2}, r"metrics_ has the keys True and 'true', which JSON writes alike"),
                           ({"by_fold": [{"f1": 0.5}, {2: 0.5, "2": 0.6}]},
                            r"metrics_\['by_fold'\]\[1\] has the keys 2 and '2', which JSON writes alike")):
        model.metrics_ = metrics
        with pytest.raises(stance.InvalidTypeError, match=rf"^cannot save the model: {entry}"):
            model.save(tmp_path / "dup")
        assert not (tmp_path / "dup").exists()
    model.metrics_ = {("a", "b"): 1}
    with pytest.raises(stance.InvalidTypeError, match=r"^cannot save the model: metrics_ has the key \('a', 'b'\) "
                                                      r"\(tuple\); JSON keys are strings"):
        model.save(tmp_path / "dup")
    model.metrics_ = {"by_year": {2023: 0.81, 2024: 0.79}, 0.5: 2, None: 3, False: 1}
    model.training_["by_year"] = {2024: 10}
    loaded = stance.load(model.save(tmp_path / "dup"))
    assert loaded.metrics_ == {"by_year": {"2023": 0.81, "2024": 0.79}, "0.5": 2, "null": 3, "false": 1}
    assert loaded.training_["by_year"] == {"2024": 10}


def test_training_data_entries_set_by_the_user_save_as_strict_json(energy_model, tmp_path):
    # A pipeline audit: model.training_["source"] = Path("x.csv") (datasets/build.py records a
    # source there) stopped model.save with json's "TypeError: Object of type PosixPath is not
    # JSON serializable"; a count from numpy did the same.
    model = stance.load(energy_model.save(tmp_path / "m"))
    before = (tmp_path / "m" / "metadata.json").read_text()
    model.save(tmp_path / "same")  # the library's own entries save as they did
    assert json.loads((tmp_path / "same" / "metadata.json").read_text())["training_data"] == \
        json.loads(before)["training_data"]
    model.training_["rows_checked"] = np.int64(64)
    model.training_["share"] = float("nan")
    model.save(tmp_path / "m2")
    saved = json.loads((tmp_path / "m2" / "metadata.json").read_text())["training_data"]
    assert (saved["rows_checked"], saved["share"]) == (64, None)
    model.training_["source"] = Path("x.csv")
    with pytest.raises(stance.InvalidTypeError, match=r"^cannot save the model: training_\['source'\] is a "
                                                      r"PosixPath, which JSON cannot hold"):
        model.save(tmp_path / "m3")
    assert sorted(os.listdir(tmp_path)) == ["m", "m2", "same"]


KILLED_AFTER_FIRST_MOVE = """
import os, signal, sys
import stance
from stance import model_placement

def then_killed(move):
    def moved(*args, **kwargs):
        done = move(*args, **kwargs)
        if done is not False:  # the folders moved: die here, as kill -9 would
            os.kill(os.getpid(), signal.SIGKILL)
        return done
    return moved

model_placement.os.replace, model_placement.os.rename = then_killed(os.replace), then_killed(os.rename)
if hasattr(model_placement, "_exchanged"):
    model_placement._exchanged = then_killed(model_placement._exchanged)
stance.load(sys.argv[1]).save(sys.argv[2], overwrite=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="one-step swap: Linux's renameat2")
def test_a_save_killed_at_its_first_move_leaves_a_model_in_place(energy_model, corpus_frame, tmp_path):
    # A save over a model moved the old one aside, then renamed the new one in: kill -9
    # between the two and a service's next load of the folder failed ("'m' is missing: a save
    # over it was interrupted … rename that back"). On Linux the folders now trade places
    # in one step, so the folder holds a whole model, the new one, at any moment.
    target, other = tmp_path / "m", tmp_path / "other"
    energy_model.save(target)
    stance.train(corpus_frame.head(300), stance_column="stance").save(other)
    published = stance.load(other).saved_["parameters_sha256"]
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_FIRST_MOVE, str(other), str(target)],
                            capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    assert stance.load(target, sha256=published).labels == stance.load(other).labels


def test_files_the_checksums_list_that_the_model_never_reads_are_hashed_in_pieces_not_held(saved):
    # The audit of tampered folders: a listed file the model never uses was read whole to check
    # its checksum, each up to its 2 GiB limit, all held at once (three 1.2 GB files: 3.5 GB,
    # an empty MemoryError under `ulimit -v`). Hashed in pieces, memory stays flat.
    import hashlib
    import tracemalloc

    listed = json.loads((saved / "checksums.json").read_text())
    for name in ("notes1.bin", "notes2.bin", "notes3.bin"):
        with open(saved / name, "wb") as handle:
            handle.truncate(40 * 2**20)
        listed[name] = hashlib.sha256(bytes(40 * 2**20)).hexdigest()
    (saved / "notes4.txt").write_bytes(b"a\r\n" * 600_000)  # CRLF as git may check it out, across pieces
    listed["notes4.txt"] = hashlib.sha256(b"a\n" * 600_000).hexdigest()
    (saved / "checksums.json").write_text(json.dumps(listed))
    tracemalloc.start()
    try:
        assert stance.load(saved).labels
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 30 * 2**20
    # Still checked: a change is refused, as in a model file.
    with open(saved / "notes2.bin", "r+b") as handle:
        handle.write(b"x")
    with pytest.raises(ModelIntegrityError, match=r"notes2\.bin' does not match its checksum"):
        stance.load(saved)


def test_a_load_that_runs_out_of_memory_says_so_naming_the_model(saved, monkeypatch):
    # The audit: a MemoryError while loading surfaced empty, a traceback ending "MemoryError".
    from stance import model_loading

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(model_loading, "_parameters_from", exhausted)
    with pytest.raises(MemoryError, match=r"model' could not be loaded: not enough memory"):
        stance.load(saved)
    monkeypatch.undo()
    real_open = open

    class Exhausting:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def read(self, n=-1):
            raise MemoryError

    monkeypatch.setattr(model_loading, "open", lambda path, mode="r": Exhausting(real_open(path, mode)),
                        raising=False)
    with pytest.raises(MemoryError, match=r"checksums\.json' holds [\d,]+ bytes, more than the memory left"):
        stance.load(saved)


@pytest.mark.parametrize("value", [-1.0, 1.5, -0.01])
def test_a_secondary_threshold_no_training_gives_is_refused_naming_the_file_and_label(saved, value):
    # The audit of tampered folders: thresholds.npy re-signed with -1 loaded, and made every
    # label secondary to every statement. Training writes each in [0, 1], or 2.0 for all of a
    # single-label scheme (above any probability).
    metadata = json.loads((saved / "metadata.json").read_text())
    thresholds = np.load(saved / "thresholds.npy")
    thresholds[1] = value
    np.save(saved / "thresholds.npy", thresholds)
    _rewrite_checksums(saved, metadata)
    label = metadata["labels"][1]
    with pytest.raises(ModelFormatError, match=rf"thresholds\.npy' holds {value!r} as the secondary-label "
                                               rf"threshold of {re.escape(repr(label))}.*between 0 and 1"):
        stance.load(saved)
    thresholds[:] = 2.0  # a single-label scheme's
    np.save(saved / "thresholds.npy", thresholds)
    _rewrite_checksums(saved, metadata)
    assert stance.load(saved).labels


@pytest.mark.parametrize("value", [-math.inf, math.nan, 1.5])
def test_a_raised_threshold_no_training_gives_is_refused_naming_the_key(saved, value):
    # The audit: "thresholds_raised": {"x": -Infinity} loaded, and `stance info --json` printed a
    # bare -Infinity. Training records there a threshold it tuned, between 0 and 1.
    metadata = json.loads((saved / "metadata.json").read_text())
    label = metadata["labels"][0]
    metadata["training_data"]["thresholds_raised"] = {label: value}
    _rewrite_checksums(saved, metadata)
    with pytest.raises(ModelFormatError, match=r"metadata\.json': training_data\['thresholds_raised'\]\["
                                               + re.escape(repr(label)) + r"\] must be a number between 0 and 1"):
        stance.load(saved)
    metadata["training_data"]["thresholds_raised"] = {label: 0.05}
    _rewrite_checksums(saved, metadata)
    assert stance.load(saved).training_["thresholds_raised"] == {label: 0.05}


def test_a_model_saved_over_another_keeps_its_files_permissions(energy_model, tmp_path):
    # An audit of odd file modes: a model's folder kept its mode (750) when saved over, but its
    # files (chmod 640) came back 644 by the umask, where an output rewritten keeps its mode.
    old = os.umask(0o022)
    try:
        energy_model.save(tmp_path / "m")
        files = sorted(path for path in (tmp_path / "m").rglob("*") if path.is_file())
        os.chmod(tmp_path / "m", 0o750)
        for path in files:
            os.chmod(path, 0o640)
        os.chmod(files[0], 0o600)
        energy_model.save(tmp_path / "m", overwrite=True)
    finally:
        os.umask(old)
    assert (tmp_path / "m").stat().st_mode & 0o777 == 0o750
    assert {path.name: path.stat().st_mode & 0o777 for path in files} == {
        path.name: 0o600 if path == files[0] else 0o640 for path in files}
    assert stance.load(tmp_path / "m").labels == energy_model.labels


def test_a_model_saved_over_files_no_one_may_read_is_saved_readable_by_its_owner(energy_model, tmp_path):
    # A review of c4d6e46: a file of the old model at mode 000 kept it, so the save said it saved
    # a model that its owner could not load (a PermissionError, where the permissions hold).
    energy_model.save(tmp_path / "m")
    vocabulary = tmp_path / "m" / "vocabulary.json"
    os.chmod(vocabulary, 0o000)
    os.chmod(tmp_path / "m", 0o600)
    try:
        energy_model.save(tmp_path / "m", overwrite=True)
    finally:
        os.chmod(tmp_path / "m", (tmp_path / "m").stat().st_mode | 0o700)
    assert vocabulary.stat().st_mode & 0o777 == 0o400
    assert (tmp_path / "m").stat().st_mode & 0o777 == 0o700


def _bundled_model_package_data() -> list[str]:
    """pyproject.toml's package-data patterns of the bundled model (read as text: no tomllib
    before Python 3.11)."""
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[tool\.setuptools\.package-data\]\n(.*?)(?=^\[|\Z)", pyproject, flags=re.M | re.S)[1]
    listed = re.search(r'^"stance\._bundled\.default" = \[(.*?)\]', section, flags=re.M | re.S)[1]
    return re.findall(r'"([^"]+)"', listed)


def test_the_wheel_carries_only_the_files_of_the_bundled_model():
    # Before: the patterns "*.json", "*.npy", "*.md" shipped any stray file of those kinds put in
    # models/default (notes.md, an old export.json) in the wheel, where a load refuses a file
    # its model's checksums do not name. The rule names each file the model format holds.
    from stance.model_format import CHECKSUMS, MODEL_FILES

    patterns = _bundled_model_package_data()
    model_files = MODEL_FILES | {CHECKSUMS}
    strays = [name for name in patterns if name not in model_files]
    assert not strays, f"package-data of stance._bundled.default names files no model holds: {strays}"
    assert set(patterns) == model_files  # a model saved in any layout of its format ships whole
    bundled = Path(__file__).resolve().parent.parent / "models" / "default"
    assert {path.name for path in bundled.iterdir() if path.name in model_files} <= set(patterns)


def test_a_format_2_model_of_0_1_0_saved_again_keeps_its_metadata_and_creation_time(energy_frame, tmp_path,
                                                                                     saved_as_before_format_9):
    # The README (Formats and versions): a model of format 2 "is saved again in it, as they saved
    # it", and "a load and a save keep the creation time". 0.1.0 wrote no stance_only_features
    # (nor the options added since); a save added "stance_only_features": [], and so took the
    # model for another one, created now (the bundled model of 0.1.0 among them).
    plain = _trained_as_format_2(energy_frame)
    folder = plain.save(tmp_path / "old")
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["format_version"] == 2
    del metadata["stance_only_features"]
    for name in stance.model.OFF_IN_OLDER_MODELS:
        metadata["options"].pop(name, None)
        metadata["analyzer"].pop(name, None)
    metadata.update(created="2026-11-30T06:51:22+00:00",
                    versions={"stance": "0.1.0", "scikit-learn": "1.9.1", "numpy": "2.4.6", "python": "3.11.7"})
    _rewrite_checksums(folder, metadata)
    again = stance.load(folder).save(tmp_path / "again")
    resaved = json.loads((again / "metadata.json").read_text())
    assert "stance_only_features" not in resaved
    assert resaved["created"] == "2026-11-30T06:51:22+00:00"
    assert list(resaved) == list(metadata)
    assert {key: value for key, value in resaved.items() if key != "versions"} == {
        key: value for key, value in metadata.items() if key != "versions"}
    # A format-2 model whose files record the key (as later versions saved one) keeps it.
    recorded = stance.load(plain.save(tmp_path / "recorded")).save(tmp_path / "recorded again")
    assert json.loads((recorded / "metadata.json").read_text())["stance_only_features"] == []


def test_metadata_json_of_another_model_re_signed_is_named_with_what_to_do(saved):
    # An audit copied the bundled model's metadata.json into a saved model and re-signed the
    # checksums: the load blamed the intact idf.npy ("holds 947 numbers, but metadata.json's
    # n_features is 176339; the model is damaged") and said nothing of what to do. The arrays
    # agree with each other, so metadata.json (or the arrays) is another model's, and said so.
    from stance.defaults import default_model_path

    features = np.load(saved / "idf.npy").size
    shutil.copyfile(default_model_path() / "metadata.json", saved / "metadata.json")
    other = json.loads((saved / "metadata.json").read_text())["n_features"]
    assert other > features
    _rewrite_checksums(saved)
    _told_metadata_of_another_model(saved, other, features)


@pytest.mark.parametrize(("damaged", "told"), [
    (lambda whole: whole[:300], "is not valid JSON: Unterminated string"),
    (lambda whole: b"\xff" + whole, "is not valid JSON: 'utf-8' codec can't decode"),
    (lambda whole: b"{}", "must be a JSON list of strings"),
], ids=["truncated", "not UTF-8", "no list"])
def test_a_damaged_vocabulary_json_is_told_what_to_do_as_metadata_json_is(saved, damaged, told):
    # An audit cut vocabulary.json short and re-signed the checksums: "… is not valid JSON:
    # Unterminated string …" and no more, where the same damage to metadata.json or
    # checksums.json is told to restore the file from one save, or retrain.
    _told_of_damage(saved / "vocabulary.json", damaged, told)


def test_a_stem_in_the_options_no_model_is_trained_with_is_blamed_on_the_options(saved):
    # An audit: options of "stem": "klingon" beside the analyzer's true (re-signed) were refused as
    # "the analyzer's 'stem' is True, but the model was trained with stem='klingon'": the sound field
    # blamed, in Python's words, and no word of what a stem may be.
    _edit_metadata(saved, lambda metadata: metadata["options"].update(stem="klingon"))
    with pytest.raises(ModelFormatError) as caught:
        stance.load(saved)
    message = str(caught.value)
    assert message.startswith(f"{str(saved / 'metadata.json')!r}: \"stem\": \"klingon\" in its \"options\" (the "
                              f"options it was trained with) is no stemming a model is trained with (true, false or "
                              f"a language's name, one of arabic, danish, dutch, english,"), message
    assert message.endswith("; the model's folder is damaged (its metadata.json was edited or corrupted after the "
                            "save): restore it from the copy the model came from, or train the model again")
    assert "analyzer" not in message

"""The example data shipped inside the package: the seed and the challenge set, read from
any working directory, and shipped as the very files the repository holds."""

import re
from pathlib import Path

import pandas as pd
import pytest

import stance
from stance import examples

ROOT = Path(__file__).resolve().parent.parent


def test_the_examples_read_the_seed_and_the_challenge_set_from_any_working_directory(tmp_path, monkeypatch):
    # The quickstart notebook opened "../seeds/…" and read "../datasets/corpus": run from a pip
    # install (or any folder but examples/ of a checkout) 7 of its cells failed, with
    # FileNotFoundError and "unknown file type '(none)'". There was no other way to the data.
    monkeypatch.chdir(tmp_path)
    seed = stance.example_data("seed")
    on_disk = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    assert len(seed) == 17
    assert seed[["text", "labels", "register"]].equals(on_disk[["text", "labels", "register"]])
    assert seed["stance"].fillna("").tolist() == on_disk["stance"].tolist() == ["favor"] * 16 + [""]
    assert stance.example_text("seed") == (ROOT / "seeds" / "000_a2d3c2175fd4bd9d.txt").read_text(encoding="utf-8")
    assert stance.example_text("seed").startswith("NATO Secretary General Mark Rutte, speaking at Tapa Army Base")
    challenge = stance.example_data("challenge")
    assert len(challenge) == 5300  # as the datasheet counts it
    assert challenge.index[0] == "challenge_answers_shape.csv:000"
    assert {"text", "labels", "stance"} <= set(challenge.columns)
    # What the notebook does with them: the same report as from the files.
    report = stance.evaluate(None, seed)
    assert report.metrics == stance.evaluate(None, ROOT / "seeds" / "seed_statements.csv").metrics


def test_the_wheel_ships_the_repository_files_the_examples_read():
    # One copy of the truth: pyproject.toml maps the repository's folders into the package
    # (as it does the bundled model) and ships every file the examples read from them, so a
    # wheel's example data cannot drift from seeds/ and datasets/challenge/.
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = re.search(r"^packages = \[(.*)\]$", pyproject, flags=re.M)[1]
    for name, (package, repository, labelled, text) in examples._EXAMPLES.items():
        dotted = "stance._examples" + (f".{package}" if package else "")
        assert f'"{dotted}"' in packages, name
        assert re.search(rf'^"{re.escape(dotted)}" = "{re.escape(repository)}"$', pyproject, flags=re.M), name
        globs = re.search(rf'^"{re.escape(dotted)}" = (\[.*\])$', pyproject, flags=re.M)[1]
        read = [ROOT / repository / text] if text else []
        read += sorted((ROOT / repository).glob("*.csv")) if labelled == "." else [ROOT / repository / labelled]
        assert read and all(path.is_file() for path in read), name
        shipped = [path for path in read if any(path.match(glob) for glob in re.findall(r'"([^"]+)"', globs))]
        assert shipped == read, name


def test_an_unknown_example_is_refused_naming_those_there_are():
    with pytest.raises(stance.InvalidInputError, match=r"name='corpus': no example set of that name; "
                                                       r"expected one of \['challenge', 'seed'\]"):
        stance.example_data("corpus")
    with pytest.raises(stance.InvalidInputError, match=r"name='challenge': no example text of that name; "
                                                       r"expected one of \['seed'\] \('challenge' is statements "
                                                       r"only: stance.example_data\('challenge'\)\)"):
        stance.example_text("challenge")
    with pytest.raises(stance.InvalidTypeError, match="name must be a str, got list"):
        stance.example_data(["seed"])


# Imported from a zip archive of the package: the bundled model, the examples, and a saved
# model's folder, which works from there.
FROM_A_ZIP = """
import sys
import stance

assert ".zip" in stance.__file__, stance.__file__
for call in (stance.default_model, lambda: stance.classify("NATO must stand united."),
             lambda: stance.example_text("seed"), lambda: stance.example_data("challenge")):
    try:
        call()
    except stance.ModelFormatError as error:
        print(error)
    else:
        print("no error")
print(stance.classify("NATO must stand united.", model=sys.argv[1]))
"""


def test_the_bundled_model_and_examples_are_told_unreadable_from_a_zip_archive(tmp_path):
    # A packager's audit: imported from a zip (PYTHONPATH=stance.zip), stance.classify said
    # "'…/stance.zip/models/default' does not exist; expected a saved stance model directory",
    # as if the model had been deleted; example_text raised NotADirectoryError, example_data
    # "file not found".
    import os
    import subprocess
    import sys
    import zipfile

    archive = tmp_path / "stance.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in [*sorted((ROOT / "stance").rglob("*.py")), ROOT / "_stance_command.py"]:
            zipped.write(path, path.relative_to(ROOT).as_posix())
    script = tmp_path / "from_zip.py"
    script.write_text(FROM_A_ZIP)
    done = subprocess.run([sys.executable, str(script), str(ROOT / "models" / "default")], capture_output=True,
                          text=True, timeout=300, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(archive)})
    assert done.returncode == 0, done.stderr[-2000:]
    *said, scored = done.stdout.strip().splitlines()
    assert len(said) == 4, said
    for line, what in zip(said, ["the bundled model", "the bundled model", "the example set 'seed'",
                                 "the example set 'challenge'"]):
        assert line.startswith(f"{what} cannot be read from a zip archive (the package is imported from "
                               f"{str(archive)!r}): install the package, pip install of its wheel or source folder "
                               f"(the package index's 'stance' is another project), or unzip it"), line
    assert "model=" in said[0] and "model=" not in said[2]
    assert scored == "unity"

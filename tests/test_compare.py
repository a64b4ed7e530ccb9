"""datasets/compare.py measures a corpus change like for like."""

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "datasets" / "corpus"
# Small batches that between them hold every target, `none`, both stances and most registers.
# (compare.py validates both corpora, held-out copies too, with word weights of the corpus it has:
# beside secgen_unity_east.csv alone, a row of combined_plain.csv nearly copies a probe statement.)
KEPT, DELETED, ADDED = "secgen_unity_east.csv", "secgen_deterrence_ukraine.csv", "combined_short.csv"


@pytest.fixture(scope="module")
def compare():
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(ROOT / "datasets"))  # compare.py imports its siblings, as scripts do
        spec = importlib.util.spec_from_file_location("compare", ROOT / "datasets" / "compare.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module


def corpus_of(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def texts_of(*names: str) -> set[str]:
    import pandas as pd

    return {t for name in names for t in pd.read_csv(CORPUS / name, dtype=str).text}


def test_a_corpus_compared_with_itself_shows_no_change(compare, tmp_path):
    import pandas as pd

    folder = corpus_of(tmp_path / "c", KEPT, DELETED)
    result = compare.compare(folder, folder)
    assert result["before"] == result["after"]
    assert result["shared_loro"]["before"] == result["shared_loro"]["after"]
    assert result["shared_loro"]["rows"] == len(texts_of(KEPT, DELETED))
    assert result["challenge_rows"] == sum(result["slice_rows"].values())
    probes = sorted(p.name for p in (ROOT / "datasets" / "probes").glob("*.csv"))
    assert sorted(result["probe_rows"]) == sorted(result["after"]["probes"]) == probes
    result["before"]["corpus"] = result["after"]["corpus"] = str(folder)  # as main() names them
    shown = compare.render(result)
    assert "probe reported_events.csv" in shown
    # Where a probe measures nothing, "–" as in the build's probe table, not "nan -> nan (+nan)"
    # or a 0.000: parliament_offtopic.csv is all `none` (no target, no stance to score);
    # press_answers.csv and negation_pairs.csv hold no `none` statement (no `none` F1).
    probes = {name: pd.read_csv(ROOT / "datasets" / "probes" / name, dtype=str, keep_default_na=False).labels
              for name in ("parliament_offtopic.csv", "press_answers.csv", "negation_pairs.csv")}
    assert (probes["parliament_offtopic.csv"] == "none").all()
    assert not probes["press_answers.csv"].str.contains("none").any()
    assert not probes["negation_pairs.csv"].str.contains("none").any()
    lines = {line.split("  ")[0]: line for line in shown.splitlines()}
    cells = {name: lines[f"probe {name}"][42:].split("  ") for name in probes}  # after the name and n
    cells = {name: [c.strip() for c in row if c.strip()] for name, row in cells.items()}
    assert [c == "–" for c in cells["parliament_offtopic.csv"]] == [False, True, False, True]
    assert [c == "–" for c in cells["press_answers.csv"]] == [False, False, True, False]
    assert [c == "–" for c in cells["negation_pairs.csv"]] == [False, False, True, False]
    assert "nan" not in shown


def test_only_the_statements_both_corpora_hold_are_cross_validated(compare, tmp_path):
    before = corpus_of(tmp_path / "before", KEPT, DELETED)
    after = corpus_of(tmp_path / "after", KEPT, ADDED)
    result = compare.compare(before, after)
    assert result["shared_loro"]["rows"] == len(texts_of(KEPT, DELETED) & texts_of(KEPT, ADDED))
    assert result["before"]["rows"] == len(compare.validate.load_corpus(before))
    assert result["after"]["rows"] == len(compare.validate.load_corpus(after))
    # A different training corpus gives a different model on the same challenge rows.
    assert result["before"]["challenge"] != result["after"]["challenge"]


def test_a_git_revision_gives_its_committed_corpus(compare, tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", "HEAD:datasets/corpus"],
                             capture_output=True, text=True, check=True).stdout.split()
    folder = compare.corpus_at("HEAD", tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted(tracked)
    committed = subprocess.run(["git", "-C", str(ROOT), "show", f"HEAD:datasets/corpus/{tracked[0]}"],
                               capture_output=True, check=True).stdout
    assert (folder / tracked[0]).read_bytes() == committed


def test_a_name_that_is_neither_folder_nor_revision_is_refused(compare, tmp_path):
    with pytest.raises(SystemExit, match="'no-such-revision' is neither a folder nor a git revision"):
        compare.corpus_at("no-such-revision", tmp_path)


def test_a_folder_without_corpus_files_is_refused_by_name_before_any_training(compare, tmp_path, monkeypatch):
    # It reached pandas.concat: "ValueError: No objects to concatenate".
    monkeypatch.setattr(compare.stance, "train", lambda *a, **k: pytest.fail("a model was trained"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit) as stopped:
        compare.main([str(tmp_path / "empty"), str(CORPUS), "--no-loro"])
    assert stopped.value.code == f"{str(tmp_path / 'empty')!r} holds no .csv file of a corpus"


def test_an_invalid_corpus_is_refused_with_its_rows_before_any_training(compare, tmp_path, monkeypatch, capsys):
    # The other corpus was trained first, then training this one ended in a traceback naming
    # "row 0" of the two files put together.
    good = corpus_of(tmp_path / "good", KEPT)
    monkeypatch.setattr(compare.stance, "train", lambda *a, **k: pytest.fail("a model was trained"))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "one.csv").write_text(
        "text,labels,stance,source,register,speaker_side\n"
        "Allies must keep troops in Estonia for the long haul.,,favor,authored,news,x\n"
        "We back the alliance fully and always.,unity,favor,authored,news,x\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        compare.main([str(good), str(bad), "--no-loro"])
    said = str(stopped.value.code)
    assert "Traceback" not in said and said.splitlines()[0].startswith(f"{str(bad)!r}: one.csv:2: no labels")
    assert said.splitlines()[-1] == f"{str(bad)!r}: corpus invalid (1 problems): fix them first (datasets/validate.py)"


def test_json_gives_null_where_a_set_measures_nothing_not_bare_nan(compare, tmp_path, capsys):
    import json

    # compare.py --json printed NaN, which is no JSON: jq and JSON.parse refuse the whole output.
    folder = corpus_of(tmp_path / "c", KEPT, DELETED)
    assert compare.main([str(folder), str(folder), "--no-loro", "--json"]) == 0
    out = capsys.readouterr().out

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON")

    result = json.loads(out, parse_constant=refuse)
    # Where the table shows "–", null: an all-`none` probe's stance F_avg was 0.0 in the JSON.
    for side in ("before", "after"):
        offtopic = result[side]["probes"]["parliament_offtopic.csv"]
        assert offtopic["stance_f_avg"] is None and offtopic["macro_f1"] is None and offtopic["top1_in_gold"] > 0.5
        assert result[side]["probes"]["press_answers.csv"]["none_f1"] is None  # it holds no `none` statement
        assert result[side]["challenge"]["none_f1"] > 0.5


def test_the_change_shown_is_the_difference_of_the_figures_shown(compare):
    # "0.936 -> 0.937 (+0.000)": each figure and the change were rounded apart, so a reader
    # adding up the table found changes that did not agree with its figures.
    figures = {"top1_in_gold": 0.9364, "macro_f1": 0.7004, "none_f1": 0.5, "stance_f_avg": 0.2226}
    moved = {"top1_in_gold": 0.9366, "macro_f1": 0.6996, "none_f1": 0.5, "stance_f_avg": 0.2234}
    result = {"before": {"corpus": "old", "rows": 10, "challenge": figures, "slices": {}, "probes": {},
                         "seed_top1_hits": 1},
              "after": {"corpus": "new", "rows": 11, "challenge": moved, "slices": {}, "probes": {},
                        "seed_top1_hits": 1},
              "challenge_rows": 4, "slice_rows": {}, "probe_rows": {}, "seed_rows": 2, "undefined": {}}
    line = next(line for line in compare.render(result).splitlines() if line.startswith("challenge, all slices"))
    assert "0.936 -> 0.937 (+0.001)" in line and "0.700 -> 0.700 (+0.000)" in line
    assert "0.500 -> 0.500 (+0.000)" in line and "0.223 -> 0.223 (+0.000)" in line
    for shown in re.findall(r"(\d\.\d{3}) -> (\d\.\d{3}) \(([+-]\d\.\d{3})\)", line):
        old, new, change = (int(figure.replace(".", "").replace("+", "")) for figure in shown)
        assert new - old == change, shown

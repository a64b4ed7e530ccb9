"""The benchmark's own code (benchmarks/): synthetic data, targets, tables, README rewriting.

The benchmark itself takes minutes; these checks take a second.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(f"stance_benchmarks_{name}", BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def bench():
    return _load("run")


@pytest.fixture(scope="module")
def synthetic():
    return _load("synthetic")


def test_synthetic_statements_reuse_corpus_words_and_label_rows(synthetic, energy_frame):
    corpus = energy_frame[["text", "labels", "stance"]]
    frame = synthetic.synthetic_statements(corpus, 300, seed=1)
    assert len(frame) == 300
    words = {word for text in corpus.text for word in text.split()}
    assert all(word in words for text in frame.text for word in text.split())
    # Each row copies one corpus row's labels and stance, so the pair exists in the corpus.
    pairs = set(zip(corpus.labels, corpus.stance.fillna("")))
    assert set(zip(frame.labels, frame.stance.fillna(""))) <= pairs
    assert frame.equals(synthetic.synthetic_statements(corpus, 300, seed=1))
    assert not frame.text.equals(synthetic.synthetic_statements(corpus, 300, seed=2).text)


def test_targets_are_checked_on_ratio_or_on_value(bench):
    assert bench.Row("a", "a", "x/s", 12.0, 10.0, 1.2, (">=", 1.0)).met is True
    assert bench.Row("a", "a", "x/s", 8.0, 10.0, 0.8, (">=", 1.0)).met is False
    assert bench.Row("b", "b", "µs", 30.0, 100.0, 0.3, ("<=", 0.25)).met is False
    assert bench.Row("c", "c", "MB", 6.6, None, None, ("<=", 10.0), on_value=True).met is True
    assert bench.Row("d", "d", "MB", 1600.0, 700.0, 2.3, ("<=", 1536.0), on_value=True).met is False
    assert bench.Row("e", "e", "s", 1.0, 2.0, 0.5).met is None


def _report(bench, rows):
    return {
        "command": "python benchmarks/run.py", "date": "2026-01-01T00:00:00+00:00", "seconds": 1.0,
        "machine": {"cpu": "Test CPU", "cores": 2, "ram_gb": 8.0, "os": "Linux", "python": "3.11",
                    "numpy": "2", "scipy": "1", "scikit-learn": "1.9", "pandas": "2"},
        "load_average": {"start": 0.5, "end": 0.7},
        "rows": [bench._row_data(row) for row in rows],
    }


def test_table_names_the_machine_and_flags_missed_targets(bench):
    report = _report(bench, [
        bench.Row("batch", "batch (statements/s)", "statements/s", 50_000.0, 40_000.0, 1.25, (">=", 1.0)),
        bench.Row("single", "single p50 (µs)", "µs", 120.0, 400.0, 0.30, ("<=", 0.25)),
    ])
    block = bench.render_readme_block(report)
    assert "Test CPU, 2 cores, 8.0 GB RAM" in block
    lines = [line for line in block.splitlines() if line.startswith("| batch") or line.startswith("| single")]
    assert lines[0].split("|")[3:7] == [" 40,000 ", " 1.25× ", " ≥ 1× ", " yes "]
    assert lines[1].split("|")[4:7] == [" 0.30× ", " ≤ 0.25× ", " **no** "]


def test_readme_table_is_rewritten_between_the_markers_only(bench, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# t\n\nbefore\n{bench.README_START}\nold table\n{bench.README_END}\nafter\n")
    assert bench.rewrite_readme(readme, "new table\n") is True
    assert readme.read_text() == f"# t\n\nbefore\n{bench.README_START}\nnew table\n{bench.README_END}\nafter\n"
    plain = tmp_path / "PLAIN.md"
    plain.write_text("no markers here\n")
    assert bench.rewrite_readme(plain, "new table\n") is False
    assert plain.read_text() == "no markers here\n"


def test_batch_throughput_measures_both_sides(bench, energy_frame, energy_model):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    plain = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression())
    plain.fit(energy_frame.text, energy_frame.labels.str.split("|").str[0])
    sizes = bench.Sizes(batch=50, batch_repeats=1)
    rows = bench.batch_throughput(plain, energy_model, energy_frame.text.tolist(), sizes)
    assert [row.key for row in rows] == ["batch_classify_many", "batch_score"]
    for row in rows:
        assert row.value > 0 and row.reference > 0
        assert row.ratio == pytest.approx(row.value / row.reference)
        assert row.details["batch"] == 50



def test_stance_by_length_bins_statements_by_words_and_counts_only_those_whose_label_is_right(tmp_path):
    # The README's figure of short statements' stance comes from this table.
    from types import SimpleNamespace

    import pandas as pd

    by_length = _load("stance_by_length")
    texts = ["Arm Kyiv.", "Stop arming Kyiv now.", " ".join(["word"] * 10), " ".join(["word"] * 30), "Hello."]
    pd.DataFrame({"text": texts, "labels": ["ukraine_support"] * 4 + ["none"],
                  "stance": ["favor", "against", "favor", "against", ""]}).to_csv(tmp_path / "set.csv", index=False)
    answers = {texts[0]: ("ukraine_support", "favor"), texts[1]: ("ukraine_support", "favor"),  # stance wrong
               texts[2]: ("unity", "favor"),  # label wrong: left out
               texts[3]: ("ukraine_support", "against")}
    model = SimpleNamespace(classify_many=lambda batch: [SimpleNamespace(label=answers[t][0], stance=answers[t][1])
                                                         for t in batch])
    table = by_length.stance_accuracy_by_length(tmp_path, model)
    assert [(name, count) for name, count, _ in table] == [("1-8", 2), ("9-14", 0), ("15-25", 0), ("26+", 1)]
    assert table[0][2] == 0.5 and table[3][2] == 1.0


def test_the_spelling_benchmark_rewrites_british_words_the_american_way_and_back():
    spelling = _load("spelling")
    from stance.spelling import american_to_british, british

    table: dict[str, str] = {}
    for american_form, british_form in american_to_british().items():
        table.setdefault(british_form, american_form)
    text = "Defence budgets: Labour will prioritise the centre, whose neighbours' favour matters."
    rewritten = spelling.american(text, table)
    assert rewritten == "Defense budgets: Labour will prioritize the center, whose neighbors' favor matters."
    # what the option reads the rewrite as is the original, word for word
    words = spelling._WORD.findall
    assert [british(w.lower()) for w in words(rewritten)] == [w.lower() for w in words(text)]


# The scripts that take no arguments (or only SECONDS), each of which ran in full, for minutes,
# on --help (reload_while_saving.py raised a ValueError traceback from float('--help')).
SCRIPTS = ["ablation", "char_ngrams", "confidence", "function_words", "labelling_loop", "spelling",
           "stance_by_length", "reload_while_saving", "primary_rule", "short_texts", "options_cv", "cannot",
           "handles", "marks", "long_documents", "threshold_ties", "label_checks", "target_words_stance",
           "arming_plain"]


@pytest.mark.parametrize("name", SCRIPTS)
def test_a_benchmark_script_describes_itself_on_help_and_refuses_an_argument_it_has_not(name, capsys, monkeypatch):
    # Its __main__ block, run as `python benchmarks/NAME.py` runs it (the script's folder first
    # on sys.path), in this process: two new interpreters a script took 1 to 4 seconds, and the
    # training worker's test below runs a script in its own. Any reading of the data or
    # training is the run begun, which fails here at once, not minutes later.
    import runpy
    import warnings

    import pandas as pd

    import stance
    import stance.sentences

    script = BENCHMARKS / f"{name}.py"
    first_line = _load(name).__doc__.splitlines()[0]
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    # long_documents.py's run is splitting text, no data read and no model trained.
    for started in ((pd, "read_csv"), (stance, "train"), (stance, "default_model"),
                    (stance.sentences, "split_statements")):
        monkeypatch.setattr(*started, lambda *a, **k: pytest.fail(f"{name}.py began its run"))
    for arguments, status, said in ((["--help"], 0, first_line), (["--quick", "3"], 2, None)):
        monkeypatch.setattr(sys, "argv", [str(script), *arguments])
        with warnings.catch_warnings(record=True) as warned, pytest.raises(SystemExit) as done:
            warnings.simplefilter("always")
            runpy.run_path(str(script), run_name="__main__")
        out, err = capsys.readouterr()
        assert [str(w.message) for w in warned] == []
        if said:
            assert done.value.code == status and said in out and err == "", err
        else:
            assert done.value.code == status and "unrecognized arguments: --quick" in err, err


def test_the_training_worker_describes_itself_on_help_and_names_what_it_lacks():
    # run.py's worker read its arguments as `kind, path = argv`: --help, or a kind without
    # DATA.csv, ended in "ValueError: not enough values to unpack".
    import subprocess

    script = BENCHMARKS / "train_worker.py"
    done = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Train once in a fresh process" in done.stdout and done.stderr == "", done.stderr
    done = subprocess.run([sys.executable, str(script), "stance"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "the following arguments are required: DATA.csv" in done.stderr, done.stderr
    done = subprocess.run([sys.executable, str(script), "fast", "x.csv"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "invalid choice: 'fast'" in done.stderr, done.stderr


def test_the_n_jobs_row_says_its_reference_is_stances_own_n_jobs_1_time(bench, energy_model):
    # A political scientist's audit: the row sat under "plain scikit-learn" with stance's own
    # n_jobs=1 time there, which nothing in the table said.
    texts = ["We stand together.", "Bring the brigade home."] * 20
    [row] = bench.score_jobs(energy_model, texts, bench.Sizes(score_repeats=1))
    assert row.measure == "`stance.score` of 40 statements, n_jobs=2 (s; reference: stance's n_jobs=1)"
    assert row.reference == min(row.details["n_jobs_1_seconds"])


def test_attribution_benchmark_puts_the_tail_in_place_of_a_closing_full_stop_only():
    attribution = _load("attribution")
    assert attribution.attributed("Article 5 remains ironclad. ", ", officials said.") == (
        "Article 5 remains ironclad, officials said.")
    assert attribution.attributed("We stand with Ukraine. We always will.", ", officials said.") == (
        "We stand with Ukraine. We always will, officials said.")
    # where a tail would read otherwise, or the statement ends with no full stop of its own: left out
    for text in ("Will NATO stand together?", "Never again!", 'He said: "No."', "And so on...", "Stand firm"):
        assert attribution.attributed(text, ", officials said.") is None, text


def _refusal_of_script(name: str, argument: str, monkeypatch) -> object:
    """What the benchmark script ``name`` exits with, run as ``python benchmarks/NAME.py ARGUMENT``."""
    import runpy

    script = BENCHMARKS / f"{name}.py"
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    monkeypatch.setattr(sys, "argv", [str(script), argument])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(script), run_name="__main__")
    return done.value.code


@pytest.mark.parametrize("name", ["attribution", "arming_plain", "country_names"])
def test_a_benchmark_script_names_itself_when_refusing_a_model_that_does_not_exist(name, monkeypatch, tmp_path):
    # arming_plain.py and country_names.py borrow attribution.py's model_of, whose refusal of a
    # mistyped path said "attribution.py: … does not exist", in another script's name.
    missing = str(tmp_path / "no such model")
    assert _refusal_of_script(name, missing, monkeypatch) == (
        f"{name}.py: {missing!r} does not exist; give a saved model's directory or a folder of labelled tables")


@pytest.mark.parametrize("name", ["attribution", "arming_plain", "country_names"])
def test_a_benchmark_script_says_what_a_folder_of_no_model_and_no_tables_is(name, monkeypatch, tmp_path):
    # model_of of a folder holding neither metadata.json nor a table (a model's parent folder, a
    # folder of notes) ended in read_table's traceback.
    (tmp_path / "notes.txt").write_text("not a model\n", encoding="utf-8")
    said = _refusal_of_script(name, str(tmp_path), monkeypatch)
    assert isinstance(said, str), said
    assert said.startswith(f"{name}.py: {str(tmp_path)!r} is neither a saved model's directory (it has no "
                           "metadata.json) nor labelled tables to train on: "), said
    assert f"folder {str(tmp_path)!r} holds no .csv/.tsv/.jsonl/.parquet files" in said


def test_a_benchmark_script_says_tables_it_cannot_train_on_are_tables(monkeypatch, tmp_path):
    # A review of d2d0f54f: a folder of labelled tables that training refuses (one label) was told
    # "is neither a saved model's directory … nor labelled tables to train on", though it is.
    (tmp_path / "a.csv").write_text("text,labels,stance\nWe stand with Kyiv now.,ukraine_support,favor\n"
                                    "Arm Kyiv today please.,ukraine_support,against\n", encoding="utf-8")
    said = _refusal_of_script("attribution", str(tmp_path), monkeypatch)
    assert isinstance(said, str) and "neither" not in said, said
    assert said.startswith(f"attribution.py: the tables of {str(tmp_path)!r} cannot be trained on: "), said
    assert "need at least two different labels to train, got ['ukraine_support']" in said, said


@pytest.mark.parametrize("name", ["attribution", "country_names"])
def test_a_benchmark_script_says_tables_it_cannot_read_are_tables(name, monkeypatch, tmp_path):
    # A review of 18bea5c5, which told tables training refuses apart from no tables: a folder of a
    # labelled table that cannot be read (saved by Excel in cp1252) was still told "is neither a
    # saved model's directory … nor labelled tables to train on", though it is such a table.
    (tmp_path / "a.csv").write_bytes("text,labels,stance\nWe stand with Kyiv \u2013 now.,ukraine_support,favor\n"
                                     "Allies hold the line.,unity,against\n".encode("cp1252"))
    said = _refusal_of_script(name, str(tmp_path), monkeypatch)
    assert isinstance(said, str) and "neither" not in said, said
    assert said.startswith(f"{name}.py: the tables of {str(tmp_path)!r} cannot be read: "), said
    assert "is not valid utf-8" in said and "cp1252" in said, said


_NO_HEAD_ROWS = ("We stand with Kyiv now.", "Arm Kyiv today please.", "Send Kyiv more shells.",
                 "NATO allies hold the line.", "The alliance stands as one.", "Allies stay united.")

# The scripts that train on a corpus (their model_of is attribution.py's). Those run to the end here, once a
# refusal's advice is followed, measure in a few seconds; attribution.py takes minutes, and is run to its refusal.
_TRAINING_SCRIPTS = ["attribution", "arming_plain", "country_names"]
_QUICK = {"arming_plain", "country_names"}


def _run_script(name: str, argv: list[str], monkeypatch, capsys) -> tuple[object, str, str]:
    """What ``python benchmarks/NAME.py ARGV…`` exits with (its code, or its message), prints and writes to stderr."""
    import runpy

    script = BENCHMARKS / f"{name}.py"
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    monkeypatch.setattr(sys, "argv", [str(script), *argv])
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(script), run_name="__main__")
    printed = capsys.readouterr()
    return done.value.code, printed.out, printed.err


def _follows(name: str, argv: list[str], monkeypatch, capsys) -> None:
    """Run ``name`` with the flag its refusal advised: a quick script trains and measures (exit 0)."""
    if name not in _QUICK:
        return
    code, printed, _ = _run_script(name, argv, monkeypatch, capsys)
    assert code == 0, code
    assert f"trained on {argv[0]}:" in printed, printed


def _corpus(folder: Path, header: str, rows: list[str]) -> str:
    (folder / "a.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
@pytest.mark.parametrize("stance_cells", [None, "favor", ""], ids=["no stance column", "one value", "left empty"])
def test_a_benchmark_script_refusing_tables_without_stances_says_what_its_user_can_do(
        name, stance_cells, monkeypatch, tmp_path):
    # The scripts measure the stance a model reads, so stance's advice for such tables ("pass
    # stance_column=None (on the command line: --stance-column none) to train without a stance head") is no
    # use to them; they said it through regex rewrites of stance's wording, which a new wording slipped past.
    # They check the column themselves now, and say what their user can do in their own words.
    rows = [f"{text},{'ukraine_support' if i < 3 else 'unity'}" + ("" if stance_cells is None else f",{stance_cells}")
            for i, text in enumerate(_NO_HEAD_ROWS)]
    corpus = _corpus(tmp_path, "text,labels" + ("" if stance_cells is None else ",stance"), rows)
    said = _refusal_of_script(name, corpus, monkeypatch)
    held = {None: "--stance-column stance: no such column; columns present: ['text', 'labels']",
            "favor": "the column 'stance' holds one stance value, 'favor'",
            "": "the column 'stance' holds no stance value"}[stance_cells]
    assert said == (f"{name}.py: the tables of {corpus!r} cannot be trained on: {held}; {name}.py measures the stance "
                    "a model reads: give each row with a target a stance, favor or against, or name the column that "
                    "holds them with --stance-column"), said


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
def test_a_benchmark_script_refusing_a_corpus_without_its_column_of_statements_says_so_first(
        name, monkeypatch, tmp_path):
    # A corpus in the user's own column names lacks the stance column too; stance refuses the column of
    # statements first, with its guess of the one meant, which the scripts' own check of the stance column hid.
    rows = [f"{text},{'ukraine_support' if i < 3 else 'unity'}" for i, text in enumerate(_NO_HEAD_ROWS)]
    corpus = _corpus(tmp_path, "body,labels", rows)
    said = _refusal_of_script(name, corpus, monkeypatch)
    assert said.startswith(f"{name}.py: the tables of {corpus!r} cannot be trained on: --text-column text: no such "
                           "column; columns present: ['body', 'labels']."), said
    assert "(--text-column body)" in said, said


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
def test_a_benchmark_script_reads_the_stance_column_its_refusal_points_to(name, monkeypatch, capsys, tmp_path):
    rows = [f"{text},{'ukraine_support' if i < 3 else 'unity'},{('favor', 'against')[i % 2]}"
            for i, text in enumerate(_NO_HEAD_ROWS)]
    corpus = _corpus(tmp_path, "text,labels,Stance", rows)
    said = _refusal_of_script(name, corpus, monkeypatch)
    assert "no such column; columns present: ['text', 'labels', 'Stance']. Did you mean 'Stance'? " in said, said
    assert said.endswith("or name the column that holds them with --stance-column"), said
    _follows(name, [corpus, "--stance-column", "Stance", "--option", "threshold_folds=0"], monkeypatch, capsys)


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
@pytest.mark.parametrize(("flags", "told"), [
    (["--stance-column", "none"], "argument --stance-column: {name}.py measures the stance a model reads, so it "
                                  "trains a stance head: name the column of stance values (favor, against), or give "
                                  "a saved model's directory that has a stance head"),
    (["--stance-column=None"], "argument --stance-column: {name}.py measures the stance a model reads"),
    (["--option", "none_label=x"], "--option none_label=…: none_label has its own flag; pass --none-label instead"),
    (["--option", "C=abc"], "--option C must be a positive number, got 'abc'"),
], ids=["no stance head", "None", "a flag as an option", "a bad option"])
def test_a_benchmark_script_refuses_its_training_flags_as_stance_train_does_before_any_work(
        name, flags, told, monkeypatch, capsys, tmp_path):
    code, _, error = _run_script(name, [str(tmp_path / "no such corpus"), *flags], monkeypatch, capsys)
    assert code == 2, code
    assert f"{name}.py: error: {told.format(name=name)}" in error, error


def test_a_benchmark_scripts_training_flags_given_with_saved_models_alone_are_refused(monkeypatch, capsys, tmp_path):
    # They train a corpus: beside saved models alone they would be taken and do nothing.
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "metadata.json").write_text("{}", encoding="utf-8")
    code, _, error = _run_script("arming_plain", [str(tmp_path / "model"), "--none-label", "offtopic", "--option",
                                                  "threshold_folds=0"], monkeypatch, capsys)
    assert code == 2 and ("arming_plain.py: error: --none-label and --option would do nothing: they train a corpus, "
                          "and every MODEL_OR_CORPUS given is a saved model's directory") in error, error


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
def test_a_benchmark_script_refusing_an_off_topic_label_it_does_not_know_says_what_its_user_can_do(
        name, monkeypatch, capsys, tmp_path):
    # A corpus whose off-topic rows are labelled 'offtopic' (no stance) was refused with stance's advice
    # rewritten by a regex ("write 'none' in place of 'offtopic' in its rows"), as the scripts took no
    # --none-label; they take it now, as `stance train` does, and pass stance's advice on in its words.
    rows = [f"{text},{'ukraine_support' if i < 3 else 'unity'},{'favor' if i % 2 else 'against'}"
            for i, text in enumerate(_NO_HEAD_ROWS)]
    rows += ["The weather is nice.,offtopic,", "I like football.,offtopic,", "Lunch was good.,offtopic,"]
    corpus = _corpus(tmp_path, "text,labels,stance", rows)
    said = _refusal_of_script(name, corpus, monkeypatch)
    assert said.endswith("if 'offtopic' is your off-topic label, pass --none-label offtopic"), said
    assert "none_label=" not in said, said
    _follows(name, [corpus, "--none-label", "offtopic", "--option", "threshold_folds=0"], monkeypatch, capsys)


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
@pytest.mark.parametrize(("rows", "folds"), [(6, 0), (40, 2)], ids=["folds of 0 offered", "folds of 2 offered first"])
def test_a_benchmark_script_refusing_a_rare_label_offers_threshold_folds_it_takes(
        name, rows, folds, monkeypatch, capsys, tmp_path):
    # A corpus with a label in 2 rows was refused with stance's advice to pass threshold_folds cut out by a
    # regex, as the scripts took no option; they take --option NAME=VALUE now, as `stance train` does.
    lines = [f"We must send more weapons number {i} to Ukraine now.,ukraine_support,{('favor', 'against')[i % 2]}"
             for i in range(rows)]
    lines += [f"NATO allies stand united on point {i}.,unity,{('favor', 'against')[i % 2]}" for i in range(rows)]
    lines += ["Pensions must rise for all.,Pensions,favor", "Pensions are too low today.,Pensions,against"]
    corpus = _corpus(tmp_path, "text,labels,stance", lines)
    said = _refusal_of_script(name, corpus, monkeypatch)
    assert isinstance(said, str), said
    assert said.startswith(f"{name}.py: the tables of {corpus!r} cannot be trained on: labels: each label needs at "
                           f"least 3 examples; too few for 'Pensions' (2: rows 'a.csv:{2 * rows:02d}', "
                           f"'a.csv:{2 * rows + 1:02d}')."), said
    assert f"on the command line --option threshold_folds={folds}" in said, said
    _follows(name, [corpus, "--option", f"threshold_folds={folds}"], monkeypatch, capsys)


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
def test_a_benchmark_script_refusing_one_label_says_so_in_the_flags_it_takes(name, monkeypatch, tmp_path):
    corpus = _corpus(tmp_path, "text,labels,stance", ["We stand with Kyiv now.,ukraine_support,favor",
                                                      "Arm Kyiv today please.,ukraine_support,against"])
    said = _refusal_of_script(name, corpus, monkeypatch)
    assert isinstance(said, str), said
    assert said.startswith(f"{name}.py: the tables of {corpus!r} cannot be trained on: 2 problems:\n  (1) "
                           "--labels-column labels: need at least two different labels to train, got "
                           "['ukraine_support']\n  (2) --labels-column labels: each label needs"), said


_OFF_TOPIC_ROWS = ["The weather is nice.,none,against", "I like football.,none,against", "Lunch was good.,none,against"]


@pytest.mark.parametrize("name", _TRAINING_SCRIPTS)
@pytest.mark.parametrize(("header", "rows", "flags", "advised"), [
    # Two values in the column, but 'against' on off-topic rows alone, which stance leaves out.
    ("text,labels,stance", [f"{text},{'ukraine_support' if i < 3 else 'unity'},favor"
                            for i, text in enumerate(_NO_HEAD_ROWS)] + _OFF_TOPIC_ROWS, [],
     "got ['favor']; pass --stance-column none to train without one"),
    # Two values, one of them in a single row: too few to train on.
    ("text,labels,stance", [f"{text},{'ukraine_support' if i < 3 else 'unity'},{'against' if i == 0 else 'favor'}"
                            for i, text in enumerate(_NO_HEAD_ROWS * 2)], [],
     "Add examples, correct a typo, or pass --stance-column none to leave the stance out"),
    # The labels column named as the stance column.
    ("text,stance", [f"{text},{'ukraine_support' if i < 3 else 'unity'}" for i, text in enumerate(_NO_HEAD_ROWS)],
     ["--labels-column", "stance"], "pass the column of the stances, or --stance-column none for none"),
], ids=["off-topic rows' value", "a value in one row", "the labels column"])
def test_a_benchmark_script_refused_by_stance_for_its_stance_column_says_what_its_user_can_do(
        name, header, rows, flags, advised, monkeypatch, capsys, tmp_path):
    # The scripts' own check of the stance column (two values in it) passes these corpora, and stance's
    # refusal advised --stance-column none alone, which the scripts refuse: it is followed by what they take.
    corpus = _corpus(tmp_path, header, rows)
    code, _, _ = _run_script(name, [corpus, *flags], monkeypatch, capsys)
    assert isinstance(code, str), code
    assert code.startswith(f"{name}.py: the tables of {corpus!r} cannot be trained on: "), code
    assert code.endswith(f"{advised}; but not here: {name}.py measures the stance a model reads: give each row with "
                         "a target a stance, favor or against, or name the column that holds them with "
                         "--stance-column"), code


@pytest.mark.parametrize("name", ["attribution", "arming_plain", "country_names"])
def test_a_benchmark_script_refuses_a_saved_model_without_a_stance_head(name, monkeypatch, tmp_path):
    # Given a model trained with stance_column=None, attribution.py ended in a ZeroDivisionError and
    # the other two printed figures of nothing ("stance accuracy 0.0000", "16 of 16 sentences read one
    # stance whatever the name"), as if the model read every stance wrong.
    import pandas as pd

    import stance

    rows = [(text, "ukraine_support" if i < 3 else "unity") for i, text in enumerate(_NO_HEAD_ROWS)]
    model = stance.train(pd.DataFrame(rows, columns=["text", "labels"]), threshold_folds=0)
    model.save(tmp_path / "model")
    said = _refusal_of_script(name, str(tmp_path / "model"), monkeypatch)
    assert said == (f"{name}.py: {str(tmp_path / 'model')!r} is a model without a stance head (trained with "
                    f"stance_column=None), and {name}.py measures the stance a model reads: give a model trained "
                    "with a stance column, or a folder of labelled tables with one"), said

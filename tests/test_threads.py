"""Threads sharing the process: what one thread does must not change another's answers or
leave global state behind (the nineteenth audit's races)."""

from __future__ import annotations

import ast
import codecs
import csv
import gc
import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import stance
from stance.tables import read_table


def run_together(workers: list) -> list[BaseException]:
    """Run the callables in threads at once; the exceptions they raised."""
    raised: list[BaseException] = []

    def guarded(work):
        try:
            work()
        except BaseException as error:  # collected for the assertion
            raised.append(error)

    threads = [threading.Thread(target=guarded, args=(work,)) for work in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return raised


def test_reads_in_threads_leave_the_warning_filters_as_they_were(tmp_path):
    # Reading refused surplus values by turning pandas' warning into an error for a while;
    # the filters are the process's, and threads saving and restoring them at once left
    # the error filter behind for good (and let a bad file through now and then).
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    pd.DataFrame({"text": [f"row {i} about wind farms" for i in range(5000)], "labels": "x"}).to_csv(good, index=False)
    bad.write_text("text,labels\nfirst,x,EXTRA\n" + "".join(f"t{i},x\n" for i in range(5000)))
    before = list(warnings.filters)
    accepted = []

    def read(path, refused):
        for _ in range(4):
            try:
                read_table(path)
            except stance.InvalidInputError:
                continue
            if refused:
                accepted.append(path)

    raised = run_together([lambda i=i: read(bad if i % 2 else good, bool(i % 2)) for i in range(16)])
    assert raised == [] and accepted == []
    assert warnings.filters == before
    # The csv module's field limit, raised while the file's rows are looked at, is the process's too.
    assert csv.field_size_limit() == 131_072


def _two_group_profiles() -> list:
    """Profiles of documents by target, one with a single target (matplotlib's error bars of
    one bar were silenced with catch_warnings) and one with several."""
    one = stance.score_documents({"a": "We stand together. NATO is united.", "b": "NATO is divided. We stand apart."})
    many = stance.score_documents({"a": "We stand together. NATO is united.",
                                   "b": "Bring the brigade home. Not one more cent for Kyiv."})
    return [one.profile, many.profile]


def test_reading_scoring_and_plotting_never_save_or_change_the_warning_filters(tmp_path, monkeypatch):
    # catch_warnings saves the process's filters and puts them back, whatever another thread
    # did meanwhile: a read beside a plot, or beside pandas' own catch_warnings, left an
    # "error" filter for ParserWarning (later pandas reads raised) or an "ignore" for good.
    pytest.importorskip("matplotlib").use("Agg")
    import matplotlib.pyplot as plt

    from_stance = []

    def caller() -> str:
        return sys._getframe(2).f_globals.get("__name__", "")

    class Recorded(warnings.catch_warnings):
        def __init__(self, *args, **kwargs):
            from_stance.append(("catch_warnings", sys._getframe(1).f_globals.get("__name__", "")))
            super().__init__(*args, **kwargs)

    def recording(name: str):
        real = getattr(warnings, name)

        def recorded(*args, **kwargs):
            from_stance.append((name, caller()))
            return real(*args, **kwargs)
        return recorded

    for name in ("simplefilter", "filterwarnings"):
        monkeypatch.setattr(warnings, name, recording(name))
    monkeypatch.setattr(warnings, "catch_warnings", Recorded)

    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    pd.DataFrame({"text": ["We stand together.", "Bring the brigade home."] * 5}).to_csv(good, index=False)
    bad.write_text("text,labels\nWe stand together, with our allies.,unity,favor\n")
    profiles = _two_group_profiles()
    from_stance.clear()
    assert len(read_table(good)) == 10
    with pytest.raises(stance.InvalidInputError, match="line 2 holds 4 values, more than the header's 2 columns"):
        read_table(bad)
    assert stance.score(good, progress=False).label.notna().all()
    for profile in profiles:
        stance.plot_profile(profile, value="position")
        plt.close("all")
    assert [call for call in from_stance if call[1].startswith("stance")] == []


def test_a_read_beside_another_threads_catch_warnings_leaves_the_filters_as_they_were(tmp_path, monkeypatch):
    # The read's catch_warnings began, another thread's began inside it (saving the read's
    # filters, its "error" for ParserWarning among them), the read's ended, then the other's,
    # which put the read's filters back for good: pandas, sklearn and matplotlib all do this.
    bad = tmp_path / "bad.csv"
    bad.write_text("text,labels\nWe stand together, with our allies.,unity,favor\nHold the line.,deterrence\n")
    reading, entered, done = threading.Event(), threading.Event(), threading.Event()
    read_csv = pd.read_csv

    def read_meanwhile(*args, **kwargs):
        if not reading.is_set():
            reading.set()
            entered.wait(10)
        return read_csv(*args, **kwargs)

    def read():
        try:
            with pytest.raises(stance.InvalidInputError, match="line 2 holds 4 values"):
                read_table(bad)
        finally:
            done.set()

    def foreign():
        reading.wait(10)
        with warnings.catch_warnings():
            entered.set()
            done.wait(10)

    monkeypatch.setattr(pd, "read_csv", read_meanwhile)
    before = list(warnings.filters)
    assert run_together([read, foreign]) == []
    assert warnings.filters == before


def test_scoring_and_plotting_in_threads_leave_the_warning_filters_as_they_were(tmp_path, monkeypatch):
    # Only a filter pandas or matplotlib set in a catch_warnings of their own may be left
    # behind (Python's is not thread-safe: under load pandas 2's "ignore" of its own
    # Index.insert deprecation was, once in many runs); stance's own never.
    pytest.importorskip("matplotlib").use("Agg")
    import matplotlib.pyplot as plt

    set_by_libraries, set_by_stance = set(), []

    def recording(name: str):
        real = getattr(warnings, name)

        def recorded(*args, **kwargs):
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if caller.startswith("stance"):
                set_by_stance.append((name, caller))
            given = inspect.signature(real).bind(*args, **kwargs)
            given.apply_defaults()
            set_by_libraries.add((given.arguments["action"], given.arguments.get("message") or None,
                                  given.arguments["category"]))
            return real(*args, **kwargs)
        return recorded

    path = tmp_path / "small.csv"
    pd.DataFrame({"text": ["We stand together.", "Bring the brigade home."] * 100}).to_csv(path, index=False)
    profiles = _two_group_profiles()
    before = list(warnings.filters)

    def score():
        for _ in range(15):
            stance.score(path, progress=False)

    def plot():
        for _ in range(15):
            for profile in profiles:
                stance.plot_profile(profile, value="position")
            plt.close("all")

    def foreign():
        for _ in range(300):
            with warnings.catch_warnings():
                time.sleep(0.001)

    for name in ("simplefilter", "filterwarnings"):
        monkeypatch.setattr(warnings, name, recording(name))
    assert run_together([score, plot, foreign]) == []
    left = [(kept[0], kept[1] and kept[1].pattern, kept[2]) for kept in warnings.filters if kept not in before]
    assert set_by_stance == []
    assert [kept for kept in left if kept not in set_by_libraries] == []


def test_a_refit_while_other_threads_classify(energy_frame, corpus_frame, tmp_path):
    # A batch read the parameters in several places and cached the batch index without
    # the parameters it came from: a refit meanwhile gave IndexErrors, label names of one
    # model on another's answers, and an index that broke the model for good.
    texts = corpus_frame.text.iloc[:300].tolist()
    saved = stance.train(corpus_frame.iloc[:2000], stance_column="stance", threshold_folds=0).save(tmp_path / "m")
    old = stance.load(saved).classify_many(texts)
    new = stance.train(energy_frame, stance_column="stance", threshold_folds=0).classify_many(texts)
    for _ in range(3):
        model = stance.load(saved)
        answers = refit_while_classifying(model, energy_frame, texts)
        assert all(batch in (old, new) for batch in answers)
        assert model.classify_many(texts) == new



def test_a_refit_while_other_threads_score_files_in_chunks(energy_frame, corpus_frame, tmp_path, monkeypatch):
    # score() read the model once per chunk and again to assemble the columns: a refit
    # meanwhile mixed two models' answers in one frame, or broke it.
    monkeypatch.setattr("stance.scoring.SCORE_CHUNK", 20)
    frame = pd.DataFrame({"text": corpus_frame.text.iloc[:300].tolist()})
    saved = stance.train(corpus_frame.iloc[:2000], stance_column="stance", threshold_folds=0).save(tmp_path / "m")
    old = stance.score(frame, model=stance.load(saved))
    new = stance.score(frame, model=stance.train(energy_frame, stance_column="stance", threshold_folds=0))
    for _ in range(3):
        model = stance.load(saved)
        finished = threading.Event()
        results = []

        def keep_scoring(model=model, finished=finished, results=results):
            while not finished.is_set():
                results.append(stance.score(frame, model=model))

        def refit(model=model, finished=finished):
            model.fit(energy_frame.text.tolist(), energy_frame.labels.tolist(), stance=energy_frame.stance.tolist())
            finished.set()

        assert run_together([keep_scoring] * 4 + [refit]) == []
        assert all(result.equals(old) or result.equals(new) for result in results)



def test_a_classification_during_a_refit_uses_the_analyzer_of_the_parameters_it_read(energy_frame, monkeypatch):
    # A fit sets the parameters, then builds their analyzer: a call in between read the
    # new parameters with the old analyzer (stemmed words looked up in an unstemmed
    # vocabulary). The analyzer is now kept with the parameters it belongs to. (Batches
    # build their own from the parameters; classify() used the model's.)
    import stance.model

    texts = energy_frame.text.tolist()
    options = {"stance_column": "stance", "threshold_folds": 0}
    new = stance.train(energy_frame, stem=False, **options).classify_many(texts)
    model = stance.train(energy_frame, stem=True, **options)
    refitted, answers = threading.Event(), []
    building = stance.model.make_analyzer

    def slow_to_build(**analyzer_options):
        if not analyzer_options["stem"] and not refitted.is_set():
            refitted.set()  # the refit has set the new parameters and builds their analyzer
            time.sleep(0.5)
        return building(**analyzer_options)

    def classify_meanwhile():
        assert refitted.wait(timeout=120)
        answers.append([model.classify(text) for text in texts])

    monkeypatch.setattr(stance.model, "make_analyzer", slow_to_build)
    refit = lambda: model.set_params(stem=False).fit(  # noqa: E731
        texts, energy_frame.labels.tolist(), stance=energy_frame.stance.tolist())
    assert run_together([refit, classify_meanwhile]) == []
    assert answers == [new]


def test_a_save_during_a_refit_writes_one_fit_s_parameters_and_options(energy_frame, tmp_path, monkeypatch):
    # save() read the parameters first and the options they were fitted with later, as it
    # wrote the files: a refit with ngram_max=1 in between wrote the old fit's weights beside
    # the new fit's options, files that a load refused as damaged.
    import stance.persistence

    texts, labels, stances = energy_frame.text.tolist(), energy_frame.labels.tolist(), energy_frame.stance.tolist()
    model = stance.StanceModel(threshold_folds=0).fit(texts, labels, stance=stances)
    expected = model.predict_proba(texts)
    writing = stance.persistence._write_files

    def refit_meanwhile(*args, **kwargs):  # another thread's refit, between the reads of the save
        refit = threading.Thread(target=lambda: model.set_params(ngram_max=1).fit(texts, labels, stance=stances))
        refit.start()
        refit.join()
        return writing(*args, **kwargs)

    monkeypatch.setattr(stance.persistence, "_write_files", refit_meanwhile)
    saved = stance.load(model.save(tmp_path / "m"))
    assert model.fitted_options_["ngram_max"] == 1  # the refit did happen, after the save began
    assert saved.fitted_options_["ngram_max"] == 2 and (saved.predict_proba(texts) == expected).all()


def refit_while_classifying(model, frame, texts) -> list:
    """Six threads classify ``texts`` with ``model`` while a seventh refits it on ``frame``."""
    finished = threading.Event()
    answers = []

    def keep_classifying():
        while not finished.is_set():
            answers.append(model.classify_many(texts))

    def refit():
        model.fit(frame.text.tolist(), frame.labels.tolist(), stance=frame.stance.tolist())
        finished.set()

    assert run_together([keep_classifying] * 6 + [refit]) == []
    return answers


def test_a_training_beside_another_in_threads_gives_the_same_model(corpus_frame, energy_frame, monkeypatch):
    # Trainings in threads of one process shared BLAS's thread limit and liblinear's random
    # generator: side by side they gave other weights (the dual stance head most), and BLAS
    # could be left at one thread. The dual form is brought down to this sample's size.
    from threadpoolctl import threadpool_info

    from stance import training

    def blas_threads():
        return [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]

    monkeypatch.setattr(training, "DUAL_STANCE_ROWS", 100)
    sample = corpus_frame.sample(4000, random_state=0)
    alone = stance.train(sample, stance_column="stance", threshold_folds=0).params_.arrays()
    before = blas_threads()  # after a training alone, which loads every BLAS it uses
    finished = threading.Event()

    def beside():
        while not finished.is_set():
            stance.train(energy_frame, stance_column="stance", threshold_folds=0)

    other = threading.Thread(target=beside)
    other.start()
    try:
        together = [stance.train(sample, stance_column="stance", threshold_folds=0).params_.arrays()
                    for _ in range(3)]
    finally:
        finished.set()
        other.join()
    for arrays in together:
        assert [name for name in alone if alone[name].tobytes() != arrays[name].tobytes()] == []
    assert blas_threads() == before


_IMPORT_NLTK_WHILE_STANCE_LOADS_IT = """
import builtins, json, threading
real_import = builtins.__import__
seen = {}

def import_nltk_in_another_thread():
    import nltk
    seen["real_nltk"] = hasattr(nltk, "word_tokenize")

def spy(name, globals=None, locals=None, fromlist=(), level=0):
    # The first import made by nltk.stem.api (its "abc"), which the stemmer needs in every
    # nltk version: stance is half-way through loading the stemmer. Another thread imports
    # nltk at that moment.
    if (globals or {}).get("__name__", "").endswith("nltk.stem.api") and not seen:
        seen["during_load"] = True
        other = threading.Thread(target=import_nltk_in_another_thread)
        other.start()
        other.join()
    return real_import(name, globals, locals, fromlist, level)

builtins.__import__ = spy
from stance.text import CachedStemmer
stem = CachedStemmer()
builtins.__import__ = real_import
import nltk
from nltk.stem.snowball import SnowballStemmer
print(json.dumps({**seen, "stem": stem("alliances"), "later_import_real": hasattr(nltk, "word_tokenize"),
                  "same_stems": SnowballStemmer("english").stem("deterrence") == stem("deterrence")}))
"""


def test_a_thread_importing_nltk_while_stance_loads_the_stemmer_gets_the_real_nltk():
    # stance loads nltk's stemmer without nltk's 1.3 s package __init__. Stand-ins for the
    # nltk packages once sat in sys.modules meanwhile, and another thread's "import nltk"
    # got a stand-in (no word_tokenize) for good.
    out = subprocess.run([sys.executable, "-c", _IMPORT_NLTK_WHILE_STANCE_LOADS_IT], capture_output=True,
                         text=True, check=True, timeout=120)
    assert json.loads(out.stdout.splitlines()[-1]) == {
        "during_load": True, "real_nltk": True, "stem": "allianc", "later_import_real": True, "same_stems": True}


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(energy_model):
    texts = ["Wind farms now."] * 300
    assert gc.isenabled()
    energy_model.classify_many(texts)
    assert gc.isenabled()
    gc.disable()
    try:
        energy_model.classify_many(texts)
        assert not gc.isenabled()  # a program that turned it off keeps it off
    finally:
        gc.enable()


def test_overlapping_batches_in_two_threads_keep_the_collector_paused_until_both_end():
    from stance.model import _collector_paused

    first_inside, second_inside, first_done = threading.Event(), threading.Event(), threading.Event()
    seen_while_second_ran = []

    def first():
        with _collector_paused():
            first_inside.set()
            second_inside.wait(5)
        first_done.set()

    def second():
        first_inside.wait(5)
        with _collector_paused():
            second_inside.set()
            first_done.wait(5)
            seen_while_second_ran.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen_while_second_ran == [False]  # the first thread's end did not cut the pause short
    assert gc.isenabled()


def test_a_held_warning_is_given_from_python_c_whose_main_has_no_source():
    # `python -c` (and a script piped to `python -`) runs __main__ with the built-in
    # importer, whose get_source raises ImportError: cross_validate and find_label_issues
    # finished their folds and then died with "'__main__' is not a built-in module".
    script = ("import stance.exceptions as e\n"
              "with e.warnings_once():\n"
              "    e.warn('a fold warning')\n"
              "print('done')")
    out = subprocess.run([sys.executable, "-W", "always", "-c", script], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "done\n"
    assert "<string>:3: StanceWarning: a fold warning" in out.stderr


def test_a_held_warning_is_given_from_a_notebook_cell_whose_globals_have_no_loader():
    # A notebook's cell runs in globals whose __spec__ is None: Python 3.13's warn_explicit
    # refuses them ("Module globals is missing a __spec__.loader", a ValueError), and
    # cross_validate in Jupyter died after its folds once one of them warned.
    from stance.exceptions import StanceWarning, warn, warnings_once

    cell = {"__name__": "__main__", "__spec__": None, "warn": warn}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with warnings_once():
            exec("warn('a fold warning')", cell)
    assert [(w.category, str(w.message)) for w in caught] == [(StanceWarning, "a fold warning")]


def test_cross_validation_beside_another_threads_warning_block_leaves_the_warnings_machinery_as_it_was():
    # Cross-validation gave each warning once by recording every warning of the process
    # meanwhile (catch_warnings): another thread's catch_warnings that began during it and
    # ended after it put the recorder back for good, so every later warning of the process
    # went into a list no one read.
    from stance.exceptions import warn, warnings_once

    inside, leave = threading.Event(), threading.Event()

    def folds():
        with warnings_once():
            warn("a fold's warning")
            warn("a fold's warning")
            inside.set()
            leave.wait(10)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        state = (list(warnings.filters), warnings.showwarning, warnings._showwarnmsg_impl)
        thread = threading.Thread(target=folds)
        thread.start()
        inside.wait(10)
        with warnings.catch_warnings(record=True) as mine:
            warnings.simplefilter("always")
            warnings.warn("this thread's own", UserWarning, stacklevel=1)
            leave.set()
            thread.join()
        assert (list(warnings.filters), warnings.showwarning, warnings._showwarnmsg_impl) == state
        warnings.warn("after both", UserWarning, stacklevel=1)
        assert sorted(str(w.message) for w in [*caught, *mine]) == ["a fold's warning", "after both",
                                                                    "this thread's own"]


_FORK_WHILE_ANOTHER_THREAD_IS_INSIDE = """
import gc, multiprocessing, sys, threading
import pandas as pd
import stance, stance._nltk, stance.api, stance.defaults, stance.model, stance.text, stance.training

model = stance.load(sys.argv[2])
locks = {"default": stance.defaults._lock, "model": model._lock, "paths": stance.api._loaded_lock,
         "stemmer": stance.text.shared_stemmer("english")._lock, "batch": stance.model._PAUSES,
         "training": stance.training._FITTING}
work = {"default": lambda: stance.default_model().labels[0],
        "model": lambda: model.classify_many(["Wind farms now."] * 40)[0].label,
        "paths": lambda: stance.classify("Wind farms now.", model=sys.argv[2]).label,
        "stemmer": lambda: stance.text.shared_stemmer("english")("overextended"),
        "batch": lambda: [model.classify_many(["Wind farms now."] * 40)[0].label, gc.isenabled()],
        "training": lambda: stance.train(pd.DataFrame({"text": ["wind", "sun", "coal", "gas"] * 3,
                                                       "labels": ["a", "b"] * 6}), threshold_folds=0).labels,
        "nltk": lambda: stance.text.CachedStemmer("german")("verhandlungen")}
name = sys.argv[1]
inside, leave = threading.Event(), threading.Event()

def another_thread():
    # Holds what it holds in the middle of its work, as a thread loading, indexing or
    # batching does for a moment; the nltk loader's lock only for a moment.
    if name == "nltk":
        with stance._nltk._lock:
            inside.set()
            leave.wait(0.5)
    elif name == "batch":
        with stance.model._collector_paused():
            inside.set()
            leave.wait(60)
    else:
        with locks[name]:
            inside.set()
            leave.wait(60)

def child(queue):
    queue.put(work[name]())

threading.Thread(target=another_thread, daemon=True).start()
inside.wait(10)
context = multiprocessing.get_context("fork")
queue = context.Queue()
process = context.Process(target=child, args=(queue,))
process.start()
process.join(20)
if process.is_alive():
    process.kill()
    print("the forked process waited for a lock the other thread held")
else:
    print(queue.get(timeout=5))
leave.set()
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
@pytest.mark.parametrize(("held", "answer"), [
    ("default", "deterrence"), ("model", "renewables"), ("paths", "renewables"), ("stemmer", "overextend"),
    ("batch", "['renewables', True]"), ("training", "('a', 'b')"), ("nltk", "verhandl")])
def test_a_process_forked_while_another_thread_is_inside_stance_does_not_wait_for_it(tmp_path, energy_model,
                                                                                        held, answer):
    # A fork copies only the thread that forks: a lock another thread held stayed held in
    # the child for good. A service that warmed the bundled model in a thread while it
    # forked its workers got workers that hung on their first classification; forked
    # during a batch, a child's garbage collector stayed off for good.
    out = _run_fork_script(_FORK_WHILE_ANOTHER_THREAD_IS_INSIDE, held, tmp_path, energy_model, timeout=120)
    assert out.stdout.strip() == answer, out.stderr


def _run_fork_script(source: str, case: str, tmp_path, energy_model, timeout: float):
    """Run ``source`` in a fresh Python with ``case`` and the saved energy model's path as its arguments."""
    energy_model.save(tmp_path / "model")
    script = tmp_path / "fork.py"
    script.write_text(source)
    return subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", str(script), case,
                           str(tmp_path / "model")], capture_output=True, text=True, timeout=timeout)


_FORK_WHILE_ANOTHER_THREAD_IMPORTS = """
import faulthandler, importlib.abc, os, sys, threading, time
import stance, stance._forksafe

name, path = sys.argv[1], sys.argv[2]
data = os.path.join(os.path.dirname(path), "energy.csv")  # the statements the model was trained on
work = {"default": stance.default_model, "warm": lambda: stance.classify("warm up"),
        "path": lambda: stance.classify("Wind farms now.", model=path), "load": lambda: stance.load(path)}
if name == "warm":
    stance.default_model()  # loaded: the other thread's first import is then the stemmer's
# Past loading and classifying: the child takes the same path, and says what it found.
beyond = {"score": lambda: stance.score(["Wind farms now."], model=model).at[0, "label"],
          "score_document": lambda: stance.score_document("Wind farms now.", model=model).sentences.at[0, "labels"],
          "explain": lambda: model.explain("Wind farms now.").at[0, "feature"],
          "train": lambda: stance.train(data, stance_column="stance", threshold_folds=0).labels,
          "evaluate": lambda: stance.evaluate(model, data).n,
          "suggest": lambda: sorted(stance.suggest(model, ["Wind farms now.", "No more turbines."], n=2).text),
          "plot_profile": lambda: type(stance.plot_profile(stance.profile(scored))).__name__}
work.update(beyond)
if name in beyond:  # loaded (and scored for the plot): the other thread's first import is the path's own
    model = stance.load(path)
    if name == "plot_profile":
        scored = stance.score(["Wind farms now.", "No more turbines."], model=model)
        # profiled once too: with pandas 2.3 and numpy 2.2 the first profile's first import is
        # numpy.rec, which pandas asks numpy for on first use (not stance's: see still_once_imported)
        stance.profile(scored)
inside, forked = threading.Event(), threading.Event()
imported = getattr(stance._forksafe, "imported", None)


def still_once_imported(frame, event, arg):
    # The import over (and its lock let go), the other thread waits for the fork: a fork
    # that waited for the import then never catches the thread in a library's own import on
    # first use of a function of its, which is not stance's (pyarrow's of pyarrow.pandas_compat,
    # which stance does with pandas, the next test's).
    if event == "return" and frame.f_code is imported.__code__:
        sys.setprofile(None)
        forked.wait(10)


class PauseInsideTheImport(importlib.abc.MetaPathFinder):
    # Asked with the module's import lock held: the other thread stops there for a moment,
    # where a fork that catches it leaves the lock held for good.
    def find_spec(self, fullname, path=None, target=None):
        if threading.current_thread() is worker and not inside.is_set():
            print("paused importing", fullname, file=sys.stderr, flush=True)
            if imported is not None:
                sys.setprofile(still_once_imported)
            inside.set()
            time.sleep(0.5)


def warm():
    try:
        work[name]()
    finally:
        inside.set()


worker = threading.Thread(target=warm)
sys.meta_path.insert(0, PauseInsideTheImport())
worker.start()
inside.wait(10)
pid = os.fork()
if pid == 0:
    faulthandler.dump_traceback_later(30, exit=True)  # a child that waits for good: its stack, then exit
    if name in beyond:
        print(beyond[name](), flush=True)
    else:
        given = None if name in ("default", "warm") else path
        print(stance.classify("We have a one-speed NATO." if given is None else "Wind farms now.", model=given).label,
              flush=True)
    os._exit(0)
forked.set()
os.waitpid(pid, 0)
worker.join()
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
@pytest.mark.parametrize(("warming", "answer"), [
    ("default", "unity"), ("warm", "unity"), ("path", "renewables"), ("load", "renewables"),
    ("score", "renewables"), ("score_document", "renewables"), ("explain", "wind"),
    ("train", "('gas', 'none', 'nuclear', 'renewables')"), ("evaluate", "64"),
    ("suggest", "['No more turbines.', 'Wind farms now.']"), ("plot_profile", "Axes")])
def test_a_process_forked_while_another_thread_is_importing_for_stance_does_not_wait_for_it(tmp_path, energy_model,
                                                                                             energy_frame, warming,
                                                                                             answer):
    # A thread that warmed the model imported stance's loader (or the stemmer) on the way; a
    # process forked meanwhile kept that module's import lock held by a thread it does not
    # have, and its first classification waited for good. A fork now waits for the import;
    # so it does for those of scoring, explaining, training and the rest (pandas, stance's
    # modules, scikit-learn, matplotlib), which a service warming them in a thread once did not.
    # It waits before it takes logging's lock: holding it, it waited for matplotlib's import,
    # which waited for the lock (getLogger), and the parent hung (plot_profile).
    energy_frame.to_csv(tmp_path / "energy.csv", index=False)
    out = _run_fork_script(_FORK_WHILE_ANOTHER_THREAD_IMPORTS, warming, tmp_path, energy_model, timeout=120)
    assert out.stdout.strip() == answer, out.stderr


_FORK_WHILE_A_LIBRARY_IMPORTS_ON_FIRST_USE = """
import faulthandler, importlib.abc, os, sys, threading, time
import stance

name, path = sys.argv[1], sys.argv[2]
inside = threading.Event()


class PauseInsideTheImport(importlib.abc.MetaPathFinder):
    # Asked with the module's import lock held: the other thread stops there for a moment,
    # where a fork that catches it leaves the lock held for good. Only in the import named,
    # which pyarrow does inside pandas' first DataFrame of str, with no import of stance's
    # under way: timing alone caught it in 3 forks of 10.
    def find_spec(self, fullname, path=None, target=None):
        if fullname == name and threading.current_thread() is worker and not inside.is_set():
            print("paused importing", fullname, file=sys.stderr, flush=True)
            inside.set()
            time.sleep(0.5)


def score():
    try:
        stance.score(["Wind farms now."] * 10, model=path)
    finally:
        inside.set()


worker = threading.Thread(target=score)
sys.meta_path.insert(0, PauseInsideTheImport())
worker.start()
inside.wait(10)
pid = os.fork()
if pid == 0:
    faulthandler.dump_traceback_later(30, exit=True)  # a child that waits for good: its stack, then exit
    print(stance.score(["Wind farms now."], model=path).at[0, "label"], flush=True)
    os._exit(0)
os.waitpid(pid, 0)
worker.join()
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
def test_a_process_forked_while_pyarrow_imports_for_pandas_first_strings_does_not_wait_for_it(tmp_path,
                                                                                               energy_model):
    # A service that scored in a thread while it forked got a child that hung for good on its
    # first score, 3 times in 10: pandas' first DataFrame of str has pyarrow import
    # pyarrow.pandas_compat, an import of pyarrow's own that no lock a fork waits for covered,
    # and the child's DataFrame waited for that module's lock (or the lock pyarrow's pandas shim
    # holds meanwhile). pyarrow does it with pandas' import now, where the fork waits for it.
    out = _run_fork_script(_FORK_WHILE_A_LIBRARY_IMPORTS_ON_FIRST_USE, "pyarrow.pandas_compat", tmp_path,
                           energy_model, timeout=120)
    assert out.stdout.strip() == "renewables", out.stderr
    # With pyarrow the fork did come in the middle of that import (and waited for it).
    assert ("paused importing pyarrow.pandas_compat" in out.stderr) == (importlib.util.find_spec("pyarrow") is not None)


_FORK_WHILE_AN_IMPORT_REGISTERS_FORK_HANDLERS = """
import os, sys, threading, time
import stance

data = sys.argv[1]
inside = threading.Event()
register_at_fork = os.register_at_fork


def slow_to_register(**handlers):
    # A module imported on first use that pairs a before-fork handler with an after one
    # (concurrent.futures.thread's lock) registers them only now, while a fork waits for
    # the import: the fork took none of the before handlers registered since it began.
    if "before" in handlers and threading.current_thread() is worker:
        print("registering", sys._getframe(1).f_globals.get("__name__"), file=sys.stderr, flush=True)
        inside.set()
        time.sleep(0.5)
    register_at_fork(**handlers)


def train():
    try:
        for _ in range(2):
            stance.train(data, stance_column="stance", threshold_folds=0)
    finally:
        inside.set()


os.register_at_fork = slow_to_register
worker = threading.Thread(target=train)
worker.start()
inside.wait(60)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
worker.join()
print("done")
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
def test_a_fork_while_a_thread_trains_runs_every_fork_handler_in_pairs(tmp_path, energy_frame):
    # A process that forked a pool while a thread trained printed "Exception ignored ...
    # RuntimeError: release unlocked lock": the fork waited for the training's import of
    # concurrent.futures.thread, whose handlers, registered meanwhile, released after the
    # fork a lock that no handler had taken before it.
    energy_frame.to_csv(tmp_path / "energy.csv", index=False)
    script = tmp_path / "fork.py"
    script.write_text(_FORK_WHILE_AN_IMPORT_REGISTERS_FORK_HANDLERS)
    out = subprocess.run([sys.executable, "-W", "ignore", str(script), str(tmp_path / "energy.csv")],
                         capture_output=True, text=True, timeout=120)
    assert (out.returncode, out.stdout.strip()) == (0, "done"), out.stderr
    assert "Exception ignored" not in out.stderr, out.stderr


_IMPORTS_OF_LOADING_AND_CLASSIFYING = """
import importlib.abc, json, sys
import stance, stance._forksafe

held = getattr(stance._forksafe, "IMPORTING", None)  # what a fork waits for
unguarded = []


class Spy(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if held is None or not held._is_owned():
            unguarded.append(fullname)


sys.meta_path.insert(0, Spy())
stance.load(sys.argv[2])  # a model stemmed in German: the loader asks nltk for its languages
stance.classify("Wind farms now.", model=sys.argv[1])
stance.classify("We have a one-speed NATO.")
stance.classify_many(["Ukraine's security is our security."])
print(json.dumps(unguarded))
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
def test_every_import_that_loading_and_classifying_do_lets_a_fork_wait_for_it(tmp_path, energy_model, energy_frame):
    # The test above catches the first import of each path; this one checks them all, in a
    # fresh process: a fork in the middle of any of them would hang the child on its lock.
    energy_model.save(tmp_path / "model")
    stance.train(energy_frame, stem="german", threshold_folds=0).save(tmp_path / "german")
    script = tmp_path / "imports.py"
    script.write_text(_IMPORTS_OF_LOADING_AND_CLASSIFYING)
    out = subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", str(script), str(tmp_path / "model"),
                          str(tmp_path / "german")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


_IMPORTS_OF_A_PUBLIC_PATH = """
import importlib, importlib.abc, json, os, sys, tempfile
import stance, stance._forksafe

held = stance._forksafe.IMPORTING  # what a fork waits for
package, importlib_file = os.path.dirname(stance.__file__), importlib.__file__
unguarded = []


class Spy(importlib.abc.MetaPathFinder):
    # An import statement of stance's own without the lock. The libraries' imports on first
    # use of a function of theirs (pandas' HTML formatter, matplotlib's backend) are theirs.
    def find_spec(self, fullname, path=None, target=None):
        if held._is_owned():
            return None
        frame = sys._getframe(1)  # the import statement's: the first frame outside importlib
        while frame.f_code.co_filename.startswith("<frozen importlib") or frame.f_code.co_filename == importlib_file:
            frame = frame.f_back
        where = frame.f_code.co_filename
        if os.path.dirname(where) == package:
            unguarded.append(f"{fullname} ({os.path.basename(where)}:{frame.f_lineno})")


name, path = sys.argv[1], sys.argv[2]
data = os.path.join(os.path.dirname(path), "energy.csv")
texts = ["Wind farms now.", "No more turbines."]


def evaluate():
    report = stance.evaluate(path, data, by="register")
    report.summary(), report.intervals(resamples=100), report.by_group(), str(report), report._repr_html_()
    report.plot_confusion()


def score_document():
    document = stance.score_document("Wind farms now. No more turbines.", model=path)
    str(document), document._repr_html_(), document.to_dict(), document.plot()


paths = {
    "score": lambda: stance.score(texts, model=path),
    "score a file": lambda: stance.score(data, model=path, prefix="p_"),
    "score_document": score_document,
    "score_documents": lambda: stance.score_documents(dict(zip("ab", texts)), model=path),
    "explain": lambda: stance.load(path).explain("Wind farms now."),
    "stance.explain": lambda: stance.explain("Wind farms now.", model=path),
    "explain_html": lambda: stance.load(path).explain_html("Wind farms now.")._repr_html_(),
    "train": lambda: stance.train(data, stance_column="stance"),
    "save": lambda: stance.load(path).save(os.path.join(tempfile.mkdtemp(), "copy")),
    "evaluate": evaluate,
    "cross_validate": lambda: stance.cross_validate(data, folds=3, threshold_folds=0),
    "profile": lambda: stance.compare_profiles(*[stance.profile(stance.score(texts, model=path))] * 2),
    "plot_profile": lambda: stance.plot_profile(stance.profile(stance.score(texts, model=path))),
    "suggest": lambda: stance.suggest(path, texts, n=1),
    "find_label_issues": lambda: stance.find_label_issues(data, stance_column="stance", folds=3),
}
def note_paired_handlers(register_at_fork=os.register_at_fork, **handlers):
    # A module imported on first use that registers a before-fork handler paired with an
    # after one: a fork that waited for its import ran the after handler only.
    if "before" in handlers:
        paired.append(sys._getframe(1).f_globals.get("__name__"))
    register_at_fork(**handlers)


paired = []
os.register_at_fork = note_paired_handlers
sys.meta_path.insert(0, Spy())
paths[name]()
print(json.dumps({"unguarded imports": unguarded, "paired fork handlers": paired}))
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
@pytest.mark.parametrize("path", ["score", "score a file", "score_document", "score_documents", "explain",
                                  "stance.explain", "explain_html", "train", "save", "evaluate", "cross_validate",
                                  "profile", "plot_profile", "suggest", "find_label_issues"])
def test_every_import_that_a_public_function_does_lets_a_fork_wait_for_it(tmp_path, energy_model, energy_frame, path):
    # Scoring, explaining, training and the rest imported pandas, scikit-learn, matplotlib
    # and stance's own modules on first use without the lock a fork waits for, so a service
    # that warmed one of them in a thread while it forked could get a child that hung for
    # good on its first import of the module. Each path runs in a fresh process, where its
    # imports are first. Nor may such an import register fork handlers in pairs: training's
    # of concurrent.futures.thread did, and a fork that waited for it released a lock its
    # before handler never took ("release unlocked lock").
    energy_model.save(tmp_path / "model")
    energy_frame.to_csv(tmp_path / "energy.csv", index=False)
    script = tmp_path / "imports.py"
    script.write_text(_IMPORTS_OF_A_PUBLIC_PATH)
    out = subprocess.run([sys.executable, "-W", "ignore", str(script), path, str(tmp_path / "model")],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "MPLBACKEND": "Agg"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"unguarded imports": [], "paired fork handlers": []}


def test_every_function_imports_what_import_stance_leaves_out_as_a_fork_waits_for():
    # The tests above run some paths; this reads every function: an import statement of a
    # module that `import stance` does not load (pandas, stance.files, csv) must go through
    # forksafe.imported() (or sit under `with forksafe.IMPORTING`), or a fork can catch it
    # half-way. The command line (cli.py and its cli_*.py, terminal.py, its streams, and __main__.py) is left
    # out: it runs in a process of its own, which forks no worker while another of its
    # threads imports.
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", "import json, sys, stance; "
                                            "print(json.dumps(list(sys.modules)))"],
                                           capture_output=True, text=True, check=True).stdout))
    package = Path(stance.__file__).parent
    found = [f"{path.name}:{line} {name}" for path in sorted(package.glob("*.py"))
             if path.name not in ("cli.py", "terminal.py", "__main__.py") and not path.name.startswith("cli_")
             for line, name in _imports_in_functions(ast.parse(path.read_text()), package)
             if name not in loaded]
    assert found == []


def _imports_in_functions(tree: ast.AST, package: Path, in_function: bool = False) -> list[tuple[int, str]]:
    """(line, module) of each import statement inside a function of ``tree``, but those
    under ``with forksafe.IMPORTING`` or ``if TYPE_CHECKING``."""
    found = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.With) and any("IMPORTING" in ast.unparse(item.context_expr) for item in node.items):
            continue
        if in_function and isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif in_function and isinstance(node, ast.ImportFrom) and not node.level:
            found.append((node.lineno, node.module))
        elif in_function and isinstance(node, ast.ImportFrom):  # stance's own: from .files import x, from . import x
            names = [node.module] if node.module else [alias.name for alias in node.names]
            found += [(node.lineno, f"stance.{name}") for name in names if (package / f"{name}.py").exists()]
        found += _imports_in_functions(node, package, in_function or isinstance(node, (ast.FunctionDef,
                                                                                        ast.AsyncFunctionDef)))
    return found


def test_threads_classifying_with_one_model_path_at_once_load_it_once(energy_model, tmp_path, monkeypatch):
    # A threaded service passing model="models/x" loaded the model once per thread on its
    # first requests (16 threads: 16 loads of the bundled model, each 0.3 s and 50 MB), all
    # but one thrown away; a path is loaded once, as the bundled model is.
    import stance.persistence

    energy_model.save(tmp_path / "model")
    loads = []
    real_load = stance.persistence.load_model

    def slow_load(path, *args, **kwargs):
        loads.append(path)
        time.sleep(0.3)  # every thread asks while the first is still loading
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(stance.persistence, "load_model", slow_load)
    answers: list[str] = []
    raised = run_together([lambda: answers.append(stance.classify("Wind farms now.", model=tmp_path / "model").label)
                           for _ in range(8)])
    assert raised == [] and answers == ["renewables"] * 8
    assert len(loads) == 1


def test_a_file_made_in_another_thread_does_not_hold_the_commands_interrupts():
    # interrupts_held() was one process-wide count: a library save in a notebook's background
    # thread, while main() ran, made the command's Ctrl-C be noted and not raised.
    import threading

    from stance.files import interrupts_are_held, interrupts_held

    seen = []

    def background():
        with interrupts_held():
            seen.append(interrupts_are_held())

    thread = threading.Thread(target=background)
    thread.start()
    thread.join()
    assert seen == [False] and not interrupts_are_held()
    with interrupts_held():  # the main thread's own hold still counts
        assert interrupts_are_held()


_FORK_WHILE_A_CODEC_IS_LOOKED_UP = """
import importlib.abc, os, signal, sys, threading, time
import stance

case, path = sys.argv[1], sys.argv[2]
table = os.path.join(os.path.dirname(path), "votes.csv")
with open(table, "wb") as file:  # in cp1254 (Turkish), which stance names nowhere: bytes, no lookup here
    file.write(b"text,labels\\n" + b"".join(b"Wind farm %d and caf\\xe9s now.,pro\\nNo turbine %d.,anti\\n" % (n, n)
                                          for n in range(3)))
read = {"example": lambda: len(stance.example_data("seed")),
        "given": lambda: len(stance.read_labelled(table, encoding="cp1254"))}[case]
inside = threading.Event()


class PauseInsideTheImport(importlib.abc.MetaPathFinder):
    # Asked with the module's import lock held: the other thread stops there for a moment,
    # where a fork that catches it leaves the lock held for good. Only in a codec's module
    # (encodings.cp850), which the first lookup of each codec imports: timing alone caught it
    # in 2 forks of 54.
    def find_spec(self, fullname, path=None, target=None):
        if fullname.startswith("encodings.") and threading.current_thread() is worker and not inside.is_set():
            print("paused importing", fullname, file=sys.stderr, flush=True)
            inside.set()
            time.sleep(0.5)


def first_read():
    try:
        read()
    finally:
        inside.set()


worker = threading.Thread(target=first_read)
sys.meta_path.insert(0, PauseInsideTheImport())
worker.start()
inside.wait(10)
pid = os.fork()
if pid == 0:
    print(read(), flush=True)
    os._exit(0)
# Timed out here: faulthandler in a child that waits for an import lock can itself hang.
deadline = time.monotonic() + 30
while os.waitpid(pid, os.WNOHANG) == (0, 0):
    if time.monotonic() > deadline:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        print("the child waited for good", file=sys.stderr, flush=True)
        break
    time.sleep(0.05)
worker.join()
print(read(), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "register_at_fork"), reason="no fork on this platform")
@pytest.mark.parametrize("case", ["example", "given"])
def test_a_process_forked_while_a_thread_first_looks_up_a_codec_does_not_wait_for_it(tmp_path, energy_model,
                                                                                   case):
    # A process that trained in a thread while it forked got a child that hung for good on
    # its first file read: the first lookup of a codec (utf-8-sig, the default; cp850, which
    # the warning of a DOS console's mojibake tries; one the caller names) imports its module
    # in encodings, outside any lock a fork waits for, and the child waited for its lock.
    out = _run_fork_script(_FORK_WHILE_A_CODEC_IS_LOOKED_UP, case, tmp_path, energy_model, timeout=120)
    assert "waited for good" not in out.stderr, out.stderr
    lines = out.stdout.split()
    assert len(lines) == 2 and lines[0] == lines[1], (out.stdout, out.stderr)


_IMPORTS_OF_A_FIRST_USE = """
import importlib, importlib.abc, json, os, sys, threading, types
import stance, stance._forksafe

use, folder = sys.argv[1], sys.argv[2]
table = os.path.join(folder, "votes.csv")
with open(table, "wb") as file:
    file.write(b"text,labels\\n" + b"".join(b"Wind farm %d now.,pro\\nNo turbine %d.,anti\\n" % (n, n)
                                          for n in range(3)))


def renamed_in_pandas(module, old, new):
    # What a pandas that gave its private function ``old`` another name is: ``module``'s
    # functions call ``new``, and nothing is called ``old``.
    module = importlib.import_module(module)
    setattr(module, new, getattr(module, old))
    delattr(module, old)
    for function in vars(module).values():
        if isinstance(function, types.FunctionType) and old in function.__code__.co_names:
            function.__code__ = function.__code__.replace(
                co_names=tuple(new if name == old else name for name in function.__code__.co_names))


statements = os.path.join(folder, "statements.csv")
with open(statements, "w", encoding="utf-8") as file:
    file.write("text\\nNATO must stay united.\\nWe oppose sending more weapons to Ukraine.\\n")
gold = os.path.join(folder, "gold.csv")
with open(gold, "w", encoding="utf-8") as file:
    file.write("text,labels,stance\\nNATO must stay united.,unity,favor\\n"
               "Ministers meet in Brussels on Tuesday.,none,\\n")
statement = "NATO must stay united. We oppose sending more weapons to Ukraine."
if use == "read_labelled, pandas' private function renamed":
    renamed_in_pandas("pandas.io.common", "_get_binary_io_classes", "_binary_io_classes")
uses = {
    "read_labelled": lambda: stance.read_labelled(table, encoding="cp1254"),
    "read_labelled, pandas' private function renamed": lambda: stance.read_labelled(table, encoding="cp1254"),
    "score_file into a .csv": lambda: stance.score_file(statements, os.path.join(folder, "scored.csv")),
    "score_file into a .tsv": lambda: stance.score_file(statements, os.path.join(folder, "scored.tsv")),
    "an explanation's HTML": lambda: stance.default_model().explain_html(statement)._repr_html_(),
    "a document's HTML": lambda: stance.score_document(statement)._repr_html_(),
    "an evaluation's HTML": lambda: stance.evaluate(None, gold)._repr_html_(),
    "an explanation printed": lambda: str(stance.default_model().explain_html(statement)),
    "a document printed": lambda: str(stance.score_document(statement)),
    "an evaluation printed": lambda: str(stance.evaluate(None, gold)),
    "train, save and load": lambda: stance.load(stance.train(table).save(os.path.join(folder, "model"))),
    "a document's records": lambda: stance.score_document(statement).to_dict(),
    "an explanation's records": lambda: stance.default_model().explain_html(statement).to_dict(),
    "read_labelled of a .parquet": lambda: stance.read_labelled(os.path.join(folder, "votes.parquet")),
    "score of a .parquet": lambda: stance.score(os.path.join(folder, "statements.parquet")),
}
unlocked = []


def asker(frame):
    # The import's asker, its first frame outside importlib, and the two that called it:
    # "pandas/compat/_optional.py:158 import_optional_dependency <- pandas/io/common.py:1310 …".
    while frame.f_code.co_filename.startswith("<frozen importlib") or frame.f_code.co_filename == importlib.__file__:
        frame = frame.f_back
    callers = []
    while frame is not None and len(callers) < 3:
        where = frame.f_code.co_filename.replace(os.sep, "/").split("/site-packages/")[-1]
        callers.append(f"{where}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " <- ".join(callers)


class SeeEachImport(importlib.abc.MetaPathFinder):
    # Asked for each module not imported yet, by the thread that imports it, before it loads.
    def find_spec(self, fullname, path=None, target=None):
        if not stance._forksafe.IMPORTING._is_owned():
            unlocked.append(f"{fullname} (asked by {asker(sys._getframe(1))})")


sys.meta_path.insert(0, SeeEachImport())
raised = []


def use_first():
    try:
        uses[use]()
    except BaseException as error:  # raised again below: a use that failed imported little
        raised.append(error)


first_use = threading.Thread(target=use_first)  # as a service warms up, while it may fork
first_use.start()
first_use.join()
if raised:
    raise raised[0]
print(json.dumps(unlocked))
"""


def _imports_outside_importing(tmp_path, use: str) -> list[str]:
    """The modules imported outside IMPORTING, each with its asker, by ``use`` (a key of the
    script's ``uses``) called first in a thread of a fresh process."""
    script = tmp_path / "first_use.py"
    script.write_text(_IMPORTS_OF_A_FIRST_USE)
    out = subprocess.run([sys.executable, "-W", "ignore", str(script), use, str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("use", ["read_labelled", "read_labelled, pandas' private function renamed"])
def test_a_first_read_of_a_file_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # A process that read its first file in a thread while it forked got a child that waited
    # for good at its own first read (3 hangs in 30 forks made while that thread was paused in
    # zstandard's import): pandas' first read_csv of a path imports zstandard (or tries to)
    # with a plain import, outside IMPORTING. Each import of a first read is under it now,
    # in a pandas whose private function asking for zstandard has another name too: stance
    # called it by name, found nothing there, and the read imported zstandard outside.
    assert _imports_outside_importing(tmp_path, use) == []


@pytest.mark.parametrize("use", ["score_file into a .csv", "score_file into a .tsv"])
def test_a_first_write_of_a_table_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # pandas' first to_csv imports its CSV writer (pandas.io.formats.csvs) with a plain import
    # inside the call: a service that scored its first file in a thread while it forked could
    # get a child that waited for good for that module's lock at its own first write.
    assert _imports_outside_importing(tmp_path, use) == []


@pytest.mark.parametrize("use", ["an explanation's HTML", "a document's HTML", "an evaluation's HTML"])
def test_a_first_html_view_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # The HTML of an explanation, a document or a report holds a table of pandas' to_html,
    # whose first call imports pandas' HTML formatter (pandas.io.formats.html) with a plain
    # import: a service that drew its first such view in a thread while it forked could get
    # a child that waited for good for that module's lock at its own first view.
    assert _imports_outside_importing(tmp_path, use) == []


@pytest.mark.parametrize("use", ["an explanation printed", "a document printed", "an evaluation printed"])
def test_a_first_table_printed_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # str() of an explanation, a document or a report holds a table of pandas' to_string,
    # whose first call imports pandas' text formatter (pandas.io.formats.string) with a plain
    # import, as the HTML views' first to_html imports its HTML formatter.
    assert _imports_outside_importing(tmp_path, use) == []


@pytest.mark.parametrize("use", ["a document's records", "an explanation's records"])
def test_a_first_table_of_records_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # A document's and an explanation's to_dict hold their tables as records, by pandas'
    # to_dict, whose first call imports pandas.core.methods.to_dict with a plain import, as
    # its first to_string imports its text formatter.
    assert _imports_outside_importing(tmp_path, use) == []


@pytest.mark.parametrize("use", ["read_labelled of a .parquet", "score of a .parquet"])
def test_a_first_read_of_a_parquet_file_imports_nothing_that_a_fork_does_not_wait_for(tmp_path, use):
    # pyarrow.parquet.read_table imports pyarrow.dataset (and a dozen modules of its own) with a
    # plain import inside the call: a service that read its first Parquet file in a thread
    # while it forked could get a child that waited for good for their locks at its own read.
    pytest.importorskip("pyarrow.parquet")
    # Written here, not by the script, whose own writes would import what the read imports.
    frame = pd.DataFrame({"text": [f"Wind farm {n} now." for n in range(3)] + [f"No turbine {n}." for n in range(3)],
                          "labels": ["pro"] * 3 + ["anti"] * 3})
    frame.to_parquet(tmp_path / "votes.parquet")
    frame[["text"]].to_parquet(tmp_path / "statements.parquet")
    assert _imports_outside_importing(tmp_path, use) == []


def test_a_parquet_file_refused_for_a_column_named_twice_imports_no_dataset_reader(tmp_path):
    # The read imports pyarrow.dataset under the lock for read_table (see the test above), a
    # dozen modules; a file refused before it is read (a column named twice) reads nothing.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    twice = tmp_path / "twice.parquet"
    pq.write_table(pa.Table.from_arrays([pa.array(["a"]), pa.array(["b"])], names=["text", "text"]), twice)
    script = ("import sys, stance\n"
              "try:\n    stance.read_labelled(sys.argv[1])\n"
              "except stance.InvalidInputError as error:\n    print(type(error).__name__)\n"
              "print('pyarrow.dataset' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", script, str(twice)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["InvalidInputError", "False"]


_FIRST_USE_UNDER_OPTIONS_THAT_REFUSE_STR = """
import importlib.abc, json, sys


class NoPyarrow(importlib.abc.MetaPathFinder):
    # As if pyarrow were not installed.
    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] == "pyarrow":
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)


sys.meta_path.insert(0, NoPyarrow())
import pandas as pd
import stance

pd.set_option("future.infer_string", True)
pd.set_option("mode.string_storage", "pyarrow")
told = []
for attempt in range(2):
    try:
        stance.score(sys.argv[1])
    except Exception as error:
        told.append([type(error).__name__, str(error)])
print(json.dumps(told))
"""


def test_a_first_use_of_pandas_under_options_that_refuse_a_frame_of_str_is_told_in_stance_words(tmp_path):
    # Options that refuse every DataFrame of str (pandas' str inference, stored by a pyarrow
    # that is missing) made stance's rehearsal of pandas' first use raise pandas' ImportError
    # from inside _forksafe, at each call: it made its one-cell frame outside the rehearsal.
    # stance's own read says what it cannot read, and why, as it did before the rehearsal.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas 3 says the option goes in pandas 4
            pd.get_option("future.infer_string")
    except pd.errors.OptionError:
        pytest.skip("a pandas without str inference (before 2.1)")
    statements = tmp_path / "statements.csv"
    statements.write_text("text\nNATO must stay united.\n", encoding="utf-8")
    script = tmp_path / "options.py"
    script.write_text(_FIRST_USE_UNDER_OPTIONS_THAT_REFUSE_STR)
    out = subprocess.run([sys.executable, "-W", "ignore", str(script), str(statements)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    told = json.loads(out.stdout)
    assert [kind for kind, _ in told] == ["InvalidInputError", "InvalidInputError"], told
    assert all(message.startswith(f"cannot read {str(statements)!r}: pyarrow") for _, message in told), told


def test_a_first_model_saved_imports_nothing_that_a_fork_does_not_wait_for(tmp_path):
    # A saved model's metadata.json names the versions of scikit-learn and scipy it was made
    # with, read from their distributions' metadata (stance.info.installed): importlib.metadata's
    # first read of one parses it with email's parser, which email imports then (email.parser,
    # email.feedparser) with a plain import, as pandas imports its formatters.
    assert _imports_outside_importing(tmp_path, "train, save and load") == []


# Where a str in stance's source is an encoding: an argument of a codec call (.encode(),
# codecs.lookup, forksafe.codec), a field of stance.encodings.Encoding that names a codec, the
# value of a keyword, parameter default, assignment or return of something called *encoding* or
# *codec*, or a side of a comparison with one. A pattern of prefixes (utf, cp, iso…) missed
# "utf-8-sig", "iso-8859-2" and "windows-1254"; a lookup of every str took script names
# ("Cyrillic" is ISO-8859-5 to codecs) for encodings.
_ENCODING_WORDS = re.compile(r"encoding|codec", re.IGNORECASE)
_CODEC_CALLS = frozenset(("encode", "decode", "lookup", "codec", "getincrementaldecoder", "getincrementalencoder",
                          "getdecoder", "getencoder", "getreader", "getwriter", "iterdecode", "iterencode"))
_ENCODING_FIELDS = ("codec", "iconv")  # of stance.encodings.Encoding, which names a script and a language beside


def _called(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _says_encoding(node: ast.AST) -> bool:
    return bool(_ENCODING_WORDS.search(_called(node.func if isinstance(node, ast.Call) else node)))


def _defaults_of(function: ast.FunctionDef | ast.AsyncFunctionDef):
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    yield from zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults)
    yield from ((arg, default) for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults) if default)


def _encoding_places(tree: ast.AST):
    """The expressions of ``tree`` that hold an encoding's name (see above)."""
    fields = importlib.import_module("stance.encodings").Encoding._fields  # imported here: a test may count imports
    encoding_fields = [at for at, field in enumerate(fields) if field in _ENCODING_FIELDS]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if _called(node.func) in _CODEC_CALLS:
                yield from node.args
            elif _called(node.func) == "Encoding":
                yield from (node.args[at] for at in encoding_fields if at < len(node.args))
            yield from (keyword.value for keyword in node.keywords
                        if keyword.arg and _ENCODING_WORDS.search(keyword.arg))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(map(_says_encoding, targets)):
                yield node.value
        elif isinstance(node, ast.Compare) and any(map(_says_encoding, [node.left, *node.comparators])):
            yield from (node.left, *node.comparators)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from (default for arg, default in _defaults_of(node) if _ENCODING_WORDS.search(arg.arg))
            if _ENCODING_WORDS.search(node.name):
                yield from (ret.value for ret in ast.walk(node) if isinstance(ret, ast.Return) and ret.value)


def _is_text_codec(name: str) -> bool:
    try:
        return getattr(codecs.lookup(name), "_is_text_encoding", True)  # not zlib's nor base64's
    except (LookupError, ValueError):
        return False


def codecs_named_in(package: Path) -> list[str]:
    """Every name of a text codec that the source of ``package`` uses as an encoding."""
    return sorted({node.value for path in package.glob("*.py")
                   for place in _encoding_places(ast.parse(path.read_text())) for node in ast.walk(place)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str) and _is_text_codec(node.value)})


def test_the_scan_for_codec_names_finds_names_of_every_shape(tmp_path):
    # Before: "utf-8-sig", "iso-8859-2" and "windows-1254" were not the prefix pattern's shape;
    # a script's name beside a codec's ("Cyrillic", ISO-8859-5 to codecs) is no encoding.
    (tmp_path / "m.py").write_text(
        'CODECS = ("utf-8-sig", "iso-8859-2")\nX = Encoding("cp1254", "Turkish", "Cyrillic", "iso8859_9")\n'
        'def read(path, encoding="windows-1254"):\n    return b"".decode("mac_roman") if encoding == "latin-1" else '
        'open(path, encoding="iso8859_15")\nNAMES = ("Greek", "us", "zip")\n')
    assert codecs_named_in(tmp_path) == ["cp1254", "iso-8859-2", "iso8859_15", "iso8859_9", "latin-1", "mac_roman",
                                         "utf-8-sig", "windows-1254"]


def test_every_codec_stance_names_is_looked_up_with_its_import():
    # A codec's first lookup imports its module, which a fork in the middle of it left held in
    # the child (see the test above): none that stance names in its code may wait for first use.
    named = codecs_named_in(Path(stance.__file__).parent)
    assert {"utf-8-sig", "cp850", "iso-8859-2", "mac_roman", "latin-1", "utf-16-le"} <= set(named), named
    script = ("import codecs, sys, stance\nbefore = set(sys.modules)\nfor name in sys.argv[1:]:\n"
              "    try:\n        codecs.lookup(name)\n    except LookupError:\n        pass\n"
              "print(sorted(set(sys.modules) - before))\n")
    out = subprocess.run([sys.executable, "-c", script, *named], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", (out.stdout, out.stderr)


_FIRST_CAST = """
import sys
import pandas, pyarrow.compute  # the caller's, before stance's first use of them
import stance

first = []


def note_the_first_cast(frame, event, arg):
    if event == "call" and frame.f_code is pyarrow.compute.cast.__code__ and not first:
        first.append(stance._forksafe.IMPORTING._is_owned())


sys.setprofile(note_the_first_cast)
stance.example_data("seed")
sys.setprofile(None)
print(first)
"""


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is None, reason="pyarrow is not installed")
def test_pyarrows_first_cast_is_done_where_a_fork_waits_for_it():
    # A process forked while another thread read its first table (stance.example_data inside
    # stance.train) could hang for good on its first comparison of a column of str: pandas casts
    # the text it compares with, and pyarrow's first cast sets up its table of casts once, in
    # C++, where no import hook can hold a thread; the child's cast waited for that set-up (2
    # forks in 200, timed). stance does that cast with pandas' first use, under IMPORTING.
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", _FIRST_CAST], capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip() == "[True]", (out.stdout, out.stderr)


def test_import_of_stance_does_not_fail_for_a_codec_its_python_lacks():
    # A review of 4a74a21: with the CJK codecs left out of a Python build (here hidden), `import stance` raised
    # LookupError for gb18030 at its look-ups of the codecs it names, where before only a guess of a CJK encoding
    # failed.
    import subprocess
    import sys

    script = ("import sys; sys.modules['_codecs_cn'] = None\n"
              "import stance\n"
              "print(stance.classify('We need more wind farms.').label)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "none"), done.stderr[-2000:]

"""score(): DataFrames in, DataFrames out; bad rows flagged, never raised."""

import contextlib
import copy
import errno
import os
import re
import threading
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import stance
from stance.cli import main
from stance.files import score_file


@pytest.fixture(scope="module")
def messy():
    return pd.DataFrame(
        {"speaker": ["a", "b", "c", "d", "e", "f"],
         "text": ["We have a one-speed NATO.", np.nan, "   ", 42, None, "Bring the brigade home."]},
        index=[10, 10, 30, 40, 50, 60],  # a duplicated index must survive
    )


def test_columns_index_and_flags(messy):
    scored = stance.score(messy)
    assert scored.index.tolist() == messy.index.tolist()
    assert scored.speaker.tolist() == messy.speaker.tolist()
    assert scored.text.iloc[3] == 42  # input kept as it was
    assert {"label", "labels", "stance", "confidence", "flag"} <= set(scored.columns)
    label_columns = [c for c in scored.columns if c.startswith("p_") and not c.startswith("p_stance")]
    assert label_columns == [f"p_{label}" for label in stance.default_model().labels]
    assert scored.flag.tolist() == [None, "missing", "empty", "not_text", "missing", None]
    bad = scored.iloc[1:5]
    assert (bad.label == "none").all() and bad.stance.isna().all()
    assert scored.label.iloc[0] == "unity"


# numpy's NaT (a datetime64 column's gap taken cell by cell) and Decimal("NaN") (a database
# driver's NUMERIC gap) were flagged not_text, as a cell of another type, though pandas.isna
# calls them missing as it does pandas' NaT and NaN; classify_many named them "a datetime64".
def test_every_missing_value_pandas_knows_is_flagged_missing():
    import decimal

    gaps = [pd.NaT, np.datetime64("NaT", "ns"), np.timedelta64("NaT", "ns"), np.nan, decimal.Decimal("NaN"),
            decimal.Decimal("sNaN"), complex("nan"), pd.NA, None]
    assert all(pd.isna(gap) for gap in gaps if not isinstance(gap, decimal.Decimal) or not gap.is_snan())
    scored = stance.score(pd.Series([*gaps, 42, decimal.Decimal("1.5")], dtype=object))
    assert scored.flag.tolist() == ["missing"] * len(gaps) + ["not_text"] * 2
    for gap in (np.datetime64("NaT", "ns"), decimal.Decimal("NaN")):
        with pytest.raises(stance.InvalidTypeError, match=r"texts\[0\] must be a str, got a missing value"):
            stance.classify_many([gap])
        # Training names the row as empty in every column when all its cells are such gaps.
        frame = pd.DataFrame({"text": ["We stand together.", gap] * 3, "labels": ["unity", None] * 3},
                             dtype=object)
        with pytest.raises(stance.InvalidInputError, match=r"rows 1, 3, 5 are empty in every column"):
            stance.train(frame, stance_column=None)


def test_score_row_equals_classify(messy):
    scored = stance.score(messy)
    for position in (0, 5):
        p = stance.classify(messy.text.iloc[position])
        row = scored.iloc[position]
        assert row.label == p.label and row.labels == "|".join(p.labels) and row.stance == p.stance
        assert row.confidence == pytest.approx(p.confidence, abs=1e-12)
        for label, value in p.scores.items():
            assert row[f"p_{label}"] == pytest.approx(value, abs=1e-12)


def test_series_and_list_inputs():
    texts = ["We have a one-speed NATO.", "Thank you."]
    from_list = stance.score(texts)
    from_series = stance.score(pd.Series(texts, index=["x", "y"]))
    assert from_list.label.tolist() == from_series.label.tolist() == ["unity", "none"]
    assert from_series.index.tolist() == ["x", "y"]


def test_bare_string_is_refused():
    with pytest.raises(TypeError, match="single str"):
        stance.score("We have a one-speed NATO.")


def test_missing_text_column_is_named():
    with pytest.raises(stance.InvalidInputError, match="text_column='text'.*columns present"):
        stance.score(pd.DataFrame({"body": ["x"]}))


def test_a_huge_column_name_is_quoted_cut():
    # A user audit: a 10 MB text_column, or a frame whose column is named by a 10 MB string,
    # was quoted whole in the error (a service logs str(error)).
    huge = "x" * 1_000_000
    shown = "'" + "x" * 100 + "…'"
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score(pd.DataFrame({"text": ["NATO must stay united."]}), text_column=huge)
    assert str(raised.value) == (f"text_column={shown}: no such column; columns present: ['text']. Column 'text' "
                                 f"holds sentences (4 words at the median): is it the column of statements? "
                                 f"(text_column='text')")
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score(pd.DataFrame({huge: ["NATO must stay united."]}))
    assert str(raised.value) == (f"text_column='text': no such column; columns present: [{shown}]. Column {shown} "
                                 f"holds sentences (4 words at the median): is it the column of statements? "
                                 f"(text_column={shown})")
    wide = pd.DataFrame([[f"cell {i}" for i in range(15)]], columns=[f"q{i}" for i in range(15)])
    with pytest.raises(stance.InvalidInputError, match=r"columns present: \['q0', 'q1', 'q2', 'q3', 'q4', 'q5', "
                                                       r"'q6', 'q7', 'q8', 'q9'\] and 5 more$"):
        stance.score(wide)


def test_result_columns_never_overwrite_input():
    frame = pd.DataFrame({"text": ["We have a one-speed NATO."], "label": ["gold"]})
    with pytest.raises(stance.InvalidInputError, match="prefix"):
        stance.score(frame)
    scored = stance.score(frame, prefix="pred_")
    assert scored.label.tolist() == ["gold"] and scored.pred_label.tolist() == ["unity"]


def test_empty_input_gives_empty_result():
    scored = stance.score(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert len(scored) == 0 and "label" in scored.columns


def test_parallel_equals_sequential():
    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you.", ""] * 5000
    one = stance.score(texts, n_jobs=1)
    two = stance.score(texts, n_jobs=2)
    pd.testing.assert_frame_equal(one, two)


@pytest.mark.parametrize("files_opened", [0, 3])
def test_n_jobs_in_a_process_started_with_its_standard_streams_closed(tmp_path, files_opened):
    # An audit: a service or daemon started with descriptors 0, 1 and 2 closed (sys.stdout and
    # sys.stderr None) got AttributeError 'NoneType' object has no attribute 'flush' from inside
    # loky, and once past that, workers that died in loky's start-up (their stderr closed too).
    # A review: one that then opened files of its own (its log, a socket) has them on 0, 1 and 2,
    # which its workers do not inherit: each died in loky's faulthandler.enable(), WorkerDiedError.
    import subprocess
    import sys

    result = tmp_path / "labels.json"
    script = (f"import json, stance; texts = ['We have a one-speed NATO.', 'Bring the brigade home.'] * 6000; "
              f"held = [open({str(tmp_path / 'log')!r}, 'a') for _ in range({files_opened})]; "
              f"taken = [handle.fileno() for handle in held]; "
              f"labels = stance.score(texts, n_jobs=2).labels.tolist(); "
              f"open({str(result)!r}, 'w').write(json.dumps([taken, labels == stance.score(texts).labels.tolist(), "
              f"len(labels)]))")

    def closed() -> None:
        for descriptor in (0, 1, 2):
            os.close(descriptor)

    done = subprocess.run([sys.executable, "-c", script], preexec_fn=closed, timeout=300)
    assert done.returncode == 0 and result.read_text() == f"[{[0, 1, 2][:files_opened]}, true, 12000]"


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts this process's descriptors in /proc")
def test_a_standard_descriptor_taken_meanwhile_leaves_no_descriptor_open(monkeypatch):
    # A review: where another thread opened a file on a closed descriptor 1 or 2 between the
    # check and the /dev/null meant for it, the /dev/null landed elsewhere and was left open,
    # with any opened before it, by each call: an OSError, and descriptors lost for good.
    from stance import standard_streams

    fstat = os.fstat

    def seen_closed(descriptor):  # 1 and 2 look closed, and are open: as if taken meanwhile
        if descriptor in (1, 2):
            raise OSError(errno.EBADF, "Bad file descriptor")
        return fstat(descriptor)

    before = sorted(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fstat", seen_closed)
    for _ in range(3):
        with pytest.raises(OSError, match=r"^\[Errno 9\] standard stream 1 is closed, and could not be reopened$"):
            standard_streams.standard_descriptors_open()
    monkeypatch.undo()
    assert sorted(os.listdir("/proc/self/fd")) == before


def test_standard_descriptors_are_left_alone_where_processes_do_not_inherit_them(monkeypatch):
    # A review: on Windows a process without a console (pythonw, a service) has descriptors 0-2
    # closed, which its workers do not inherit (they are given handles), and the /dev/null
    # ('nul') opened for descriptor 0 there lands elsewhere: an OSError, and n_jobs=2 scored
    # in this process alone, "worker processes could not be started".
    import types

    from stance import standard_streams

    def closed(descriptor):
        raise OSError(errno.EBADF, "Bad file descriptor")

    def opened(*args):
        raise AssertionError(f"os.open{args} where nothing is to be opened")

    windows = types.SimpleNamespace(name="nt", fstat=closed, open=opened, devnull="nul", O_RDWR=os.O_RDWR)
    monkeypatch.setattr(standard_streams, "os", windows)
    assert standard_streams.standard_descriptors_open() == []


def _score_in_two_processes(texts):
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scored = stance.score(texts, n_jobs=2)
    return scored, [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]


def test_n_jobs_in_a_pool_worker_scores_there_and_says_so():
    # A multiprocessing Pool's workers are daemonic and may not start processes: n_jobs=2
    # there raised "daemonic processes are not allowed to have children" from inside joblib.
    import multiprocessing

    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000
    expected = stance.score(texts, n_jobs=1)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        scored, messages = pool.apply(_score_in_two_processes, (texts,))
    pd.testing.assert_frame_equal(scored, expected)
    assert len(messages) == 1 and "n_jobs=2 scores in this process alone" in messages[0]


def _score_files_in_two_processes(source, target):
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            stance.score_file(source, target, n_jobs=2, chunk_size=10000)
    return [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]


def test_score_file_in_a_pool_worker_says_it_scores_there_once_a_call(tmp_path):
    # A file is scored a chunk a call of stance.score: 26,500 rows in chunks of 10,000 (two
    # of them big enough to share out) said "n_jobs=2 scores in this process alone" twice,
    # word for word, in a multiprocessing Pool's worker. Once a call of score_file; a second
    # call says it again, as a second call of stance.score does.
    import multiprocessing

    source = tmp_path / "in.csv"
    source.write_text("text\n" + "".join(f"Wind farm number {n} now.\n" for n in range(26500)))
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        messages = pool.apply(_score_files_in_two_processes, (str(source), str(tmp_path / "out.csv")))
    alone = [message for message in messages if "n_jobs=2 scores in this process alone" in message]
    assert len(alone) == 2, messages


FORKED_AFTER_WORKERS = """
import multiprocessing, sys, warnings
import stance
from stance.files import score_file

texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000

def child(queue):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        labels = stance.score(texts, n_jobs=2).label.tolist()
    queue.put((labels, [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]))

if __name__ == "__main__":
    expected = stance.score(texts, n_jobs=2).label.tolist()  # starts the workers
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=child, args=(queue,))
    process.start()
    process.join(60)
    if process.is_alive():
        process.kill()
        sys.exit("the forked process is still waiting for its workers")
    labels, messages = queue.get(timeout=5)
    assert labels == expected, "different labels"
    print(messages)
"""


def test_n_jobs_in_a_process_forked_after_the_workers_started_scores_there_and_says_so(tmp_path):
    # The fork inherits joblib's executor without its threads: the task waited forever.
    import ast
    import subprocess
    import sys

    script = tmp_path / "forked.py"
    script.write_text(FORKED_AFTER_WORKERS)
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    messages = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert len(messages) == 1 and "n_jobs=2 scores in this process alone: it was forked" in messages[0]


def test_worker_without_the_model_is_sent_it_again():
    # The model travels to a worker only until it has a copy; a worker that lost its copy
    # (a replacement process) must be sent it again, not score with nothing.
    from joblib.externals.loky import get_reusable_executor

    from stance import parallel

    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000
    expected = stance.score(texts, n_jobs=1)
    get_reusable_executor(max_workers=1).shutdown(wait=True)
    # As stance.parallel asks for it: an executor asked for otherwise is replaced, not used.
    fresh = get_reusable_executor(max_workers=1, initializer=parallel._worker_started, initargs=(os.getpid(),))
    parallel._shipped[fresh] = {parallel._token(stance.default_model())}  # believed sent, never was
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=2), expected)
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=2), expected)  # now from its copy


def test_a_model_changed_in_place_between_two_calls_is_sent_to_the_workers_again():
    # The workers kept the model they were sent by its parameters object alone: a threshold
    # raised in place between two n_jobs=2 calls left it the same, the workers were sent only
    # its token, and answered their share with the threshold as it was (1,428 of these 9,000
    # rows kept "ukraine_support" as a secondary label, which n_jobs=1 gave without it).
    model = copy.deepcopy(stance.default_model())  # parameters of its own, the cached model left alone
    statement = "Arm Ukraine and reinforce the eastern flank."
    texts = [statement, "We have a one-speed NATO.", "Thank you."] * 3000
    before = stance.score(texts, model=model, n_jobs=1)
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), before)
    from stance import parallel

    assert parallel._token(model) == parallel._token(model)  # unchanged: the workers' copy serves
    model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99  # its 0.97 no longer joins
    expected = stance.score(texts, model=model, n_jobs=1)
    assert set(expected.labels[expected.text == statement]) == {"eastern_flank"}
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)
    model.metrics_["checked_by"] = "our desk"  # no answer changes: sent again all the same, answering alike
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)


def test_a_model_holding_what_only_cloudpickle_pickles_is_scored_by_the_workers_and_sent_again_once_changed():
    # A review of 4962e615: the token compared the model's records pickled by the standard
    # pickle, which refuses a lambda that loky's cloudpickle sends: score(n_jobs=2) raised
    # PicklingError (a local function's AttributeError) where n_jobs=1, and n_jobs=2 before, scored.
    model = copy.deepcopy(stance.default_model())
    model.metrics_["clean"] = lambda text: text.strip()
    statement = "Arm Ukraine and reinforce the eastern flank."
    texts = [statement, "We have a one-speed NATO.", "Thank you."] * 3000
    expected = stance.score(texts, model=model, n_jobs=1)
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)
    model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99  # its 0.97 no longer joins
    scored = stance.score(texts, model=model, n_jobs=2)
    assert set(scored.labels[scored.text == statement]) == {"eastern_flank"}


def test_a_model_holding_a_lambda_keeps_its_token_until_changed_so_the_workers_are_not_sent_it_each_call():
    # A review of efebc057: such a model was given a new token with every call, so n_jobs=2
    # pickled and sent its 17.6 MB each time (10 calls of 10,000 texts: 10.0 s, n_jobs=1's 1.6 s).
    from stance import parallel

    def local(text):
        return text

    model = copy.deepcopy(stance.default_model())
    model.metrics_["clean"], model.hook = (lambda text: text.strip()), local
    token = parallel._token(model)
    assert parallel._token(model) == token  # unchanged: the workers' copy serves
    model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
    changed = parallel._token(model)
    assert changed != token and parallel._token(model) == changed
    model.metrics_["clean"] = lambda text: text.lower()  # another function: sent again, as a pickle differs
    assert parallel._token(model) != changed


@pytest.mark.parametrize("unsendable, named", [(threading.Lock(), "_thread.lock"),
                                               ((i for i in range(3)), "generator")])
def test_a_model_holding_what_loky_cannot_pickle_is_refused_naming_it_and_the_workers_serve_after(unsendable, named):
    # A review of ea4a5dcd: a lock or a generator among a model's records, which n_jobs=1 scores
    # with, made n_jobs=2 fail with loky's "Could not pickle the task to send it to the workers",
    # naming nothing (a new token each call, the model sent and refused each time).
    _refused_with_n_jobs_by_name_and_served_once_taken_out("held", unsendable,
                                                           rf"its metrics_\['held'\], a {named}, cannot be pickled")


def _refused_with_n_jobs_by_name_and_served_once_taken_out(key: str, unsendable: object, named: str) -> None:
    """A copy of the bundled model holding ``unsendable`` in ``metrics_[key]`` scores with
    n_jobs=1, is refused with n_jobs=2 by an error matching ``named``, and once it is taken out
    is served by the workers as n_jobs=1 serves it."""
    model = copy.deepcopy(stance.default_model())
    model.metrics_[key] = unsendable
    texts = ["Arm Ukraine and reinforce the eastern flank.", "We have a one-speed NATO.", "Thank you."] * 3000
    expected = stance.score(texts, model=model, n_jobs=1)
    with pytest.raises(stance.InvalidInputError, match=named):
        stance.score(texts, model=model, n_jobs=2)
    del model.metrics_[key]
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)


def _holding_itself_and(unsendable: object) -> dict:
    records = {"lock": unsendable}
    records["all"] = records
    return records


@pytest.mark.parametrize("held, named", [
    ({"runs": {"last": threading.Lock()}}, r"metrics_\['held'\]\['runs'\]\['last'\], a _thread.lock,"),
    ([1, threading.Lock()], r"metrics_\['held'\]\[1\], a _thread.lock,"),
    ([(1, (i for i in range(3)))], r"metrics_\['held'\]\[0\]\[1\], a generator,"),
    (_holding_itself_and(threading.Lock()), r"metrics_\['held'\]\['lock'\], a _thread.lock,"),
])
def test_what_loky_cannot_pickle_is_named_inside_the_dictionaries_and_lists_holding_it(held, named):
    # A review of 625db417: a lock in a dictionary or a list in metrics_ was named as the
    # dictionary or list holding it ("its metrics_['held'], a dict"), which said neither what
    # nor where; a dictionary holding itself must not send the search round it for ever.
    from stance import parallel

    model = copy.deepcopy(stance.default_model())
    model.metrics_["held"] = held
    with pytest.raises(stance.InvalidInputError, match=rf"and its {named} cannot be pickled"):
        parallel._contents(model)


def _a_function_of_main_holding_a_lock(monkeypatch):
    """A function of ``__main__`` (a script's), which the standard pickle takes by its name and
    loky's sends whole, the lock it holds and all."""
    import __main__

    lock = threading.Lock()

    def hook():
        return lock

    hook.__module__, hook.__qualname__ = "__main__", "stance_review_hook"
    monkeypatch.setattr(__main__, "stance_review_hook", hook, raising=False)
    return hook


@pytest.mark.parametrize("where, named", [("metrics_", r"metrics_\['hook'\]"), ("params_", r"params_.hook")])
def test_a_function_of_main_that_loky_cannot_pickle_is_named_not_what_holds_it(where, named, monkeypatch):
    # A review of dfa294b3: the search asked the standard pickle first, taking what it pickles
    # for what loky's pickles; a script's function holding a lock, beside a lambda (which only
    # loky's sends), was named as "its metrics_, a dict" (or not at all: "it cannot be pickled"),
    # where its parent named metrics_['hook'], a function.
    from stance import parallel

    model = copy.deepcopy(stance.default_model())
    if where == "metrics_":
        model.metrics_["hook"] = _a_function_of_main_holding_a_lock(monkeypatch)
    else:
        model.params_.hook = _a_function_of_main_holding_a_lock(monkeypatch)
    model.metrics_["clean"] = lambda text: text.strip()
    with pytest.raises(stance.InvalidInputError, match=rf"and its {named}, a function, cannot be pickled: take it out"):
        parallel._contents(model)


def test_a_function_of_main_holding_a_lock_alone_is_named_when_loky_fails_to_send_it(monkeypatch):
    # A review of 7623ce2f saw it (older, from 625db417): with no lambda beside it, a script's
    # function holding a lock passes the comparison before the send (the standard pickle takes
    # it by its name), and loky's pickler, which sends it whole, failed with "Could not pickle the
    # task to send it to the workers", naming nothing; it is named once loky has failed so.
    _refused_with_n_jobs_by_name_and_served_once_taken_out("hook", _a_function_of_main_holding_a_lock(monkeypatch),
                                                           r"and its metrics_\['hook'\], a function, cannot be pickled")


def test_what_loky_cannot_pickle_nested_deeper_than_the_search_goes_is_named_as_far_as_it_went():
    # A review of dfa294b3: a lock in lists nested 2,000 deep in metrics_ (which neither pickler
    # sends) raised RecursionError from the search for the innermost refused entry, where its
    # parent named metrics_['held'], a list.
    from stance import parallel

    model = copy.deepcopy(stance.default_model())
    held: list = [threading.Lock()]
    for _ in range(2000):
        held = [held]
    model.metrics_["held"] = held
    with pytest.raises(stance.InvalidInputError, match=r"its metrics_\['held'\](\[0\])+, a list, cannot be pickled: "
                                                       r"take it out of the model"):
        parallel._contents(model)


def test_a_model_refused_whole_though_each_attribute_pickles_is_refused_with_the_picklings_words():
    # A review of 625db417: params_.thresholds set to a list, which the parameters' own pickling
    # refuses though the list pickles alone, was refused as "its whole, a stance.model.StanceModel,
    # cannot be pickled: take it out of the model", naming nothing to take out.
    from stance import parallel

    model = copy.deepcopy(stance.default_model())
    model.params_.thresholds = list(model.params_.thresholds)
    with pytest.raises(stance.InvalidInputError) as refused:
        parallel._contents(model)
    assert "and it cannot be pickled (AttributeError: 'list' object has no attribute 'astype')" in str(refused.value)
    assert "take it out" not in str(refused.value) and "n_jobs=1" in str(refused.value)


@pytest.mark.parametrize("name, edited, refusal", [
    ("stance_only_features", ("NOT_", "START_", "ukrain"), "must be zero on the stance-only features"),
    ("length_floor", -1.0, "length_floor must be a positive finite number"),
])
def test_a_model_changed_in_place_to_what_its_parameters_refuse_is_refused_by_name_and_the_workers_serve_after(
        name, edited, refusal):
    # params_.stance_only_features set in place to features the label heads weigh: n_jobs=1 scores
    # with the model as checked when made, each worker's unpickling refuses its parameters, and
    # n_jobs=2 ended in loky's BrokenProcessPool ("A task has failed to un-serialize").
    model = copy.deepcopy(stance.default_model())
    texts = ["Arm Ukraine and reinforce the eastern flank.", "We have a one-speed NATO.", "Thank you."] * 3000
    expected = stance.score(texts, model=model, n_jobs=1)
    kept = getattr(model.params_, name)
    setattr(model.params_, name, edited)
    with pytest.raises(stance.InvalidInputError, match=f"worker processes, which rebuild its parameters .*{refusal}"):
        stance.score(texts, model=model, n_jobs=2)
    setattr(model.params_, name, kept)  # put back: the next call's workers answer as n_jobs=1
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)


def test_a_refused_change_beside_a_lambda_among_the_parameters_is_refused_by_name():
    # A review of 8c54fb76: beside a lambda among the parameters, which loky sends and the
    # standard pickle refuses, the rebuild here failed otherwise than on the parameters' checks,
    # and a change the workers refused left loky's BrokenProcessPool ("failed to un-serialize").
    model = copy.deepcopy(stance.default_model())
    texts = ["Arm Ukraine and reinforce the eastern flank.", "We have a one-speed NATO.", "Thank you."] * 3000
    expected = stance.score(texts, model=model, n_jobs=1)
    model.params_.note = lambda: "kept by the user"
    kept, model.params_.stance_only_features = model.params_.stance_only_features, ("NOT_", "START_", "ukrain")
    with pytest.raises(stance.InvalidInputError, match="rebuild its parameters .*must be zero on the stance-only"):
        stance.score(texts, model=model, n_jobs=2)
    model.params_.stance_only_features = kept  # put back: the lambda is sent, and the answers are n_jobs=1's
    pd.testing.assert_frame_equal(stance.score(texts, model=model, n_jobs=2), expected)


def _worker_is_gone(pid: int) -> bool:
    """Whether the process ``pid`` has ended (a zombie its parent has not reaped yet included)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)
    except (FileNotFoundError, ProcessLookupError):  # reaped, or exiting as its entry is read (ESRCH)
        return True
    return len(fields) < 2 or fields[1].split()[0] in ("Z", "X")  # an empty read: gone as it was read


# Sends Ctrl-C's SIGINT to the first worker of a fresh process as it starts (its task just
# submitted): what a terminal's Ctrl-C does to a worker that is importing the library.
CTRL_C_AS_THE_WORKER_STARTS = """
import os, signal
import stance
from stance import parallel

texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000
expected = stance.score(texts, n_jobs=1).label.tolist()
submit, interrupted = parallel._submit, []

def submit_then_interrupt(executor, *args):
    future = submit(executor, *args)
    for pid in executor._processes:
        os.kill(pid, signal.SIGINT)
        interrupted.append(pid)
    return future

parallel._submit = submit_then_interrupt
assert stance.score(texts, n_jobs=2).label.tolist() == expected, "different labels"
assert interrupted, "no worker was started"
"""


# Scores on two processes, says its workers' process ids, and waits to be killed.
WORKERS_THEN_WAIT = """
import sys, time
from joblib.externals.loky.backend import context

import stance
from stance import parallel

submit, workers = parallel._submit, set()

def submit_noting_the_workers(executor, *args):
    future = submit(executor, *args)
    workers.update(executor._processes)
    return future

if __name__ == "__main__":
    if sys.argv[1] != "default":
        context.set_start_method(sys.argv[1])
    parallel._submit = submit_noting_the_workers
    stance.score(["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000, n_jobs=2)
    print(*sorted(workers), flush=True)
    time.sleep(600)
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads process states from /proc")
@pytest.mark.parametrize("start_method", ["default", "forkserver"])
def test_workers_end_when_the_process_that_started_them_is_killed(tmp_path, start_method):
    # A service audit: a service killed by a plain SIGTERM or SIGKILL (a supervisor's stop, the
    # OOM killer) runs no clean-up, and its idle workers stayed for good (13 minutes and more,
    # some 240 MB a restart). They watch the process that started them; under loky's
    # forkserver start method their parent is its fork server, which a first watch took for
    # the caller's end, so that every worker exited at once and every call failed.
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "workers_then_wait.py"
    script.write_text(WORKERS_THEN_WAIT)
    process = subprocess.Popen([sys.executable, str(script), start_method], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in process.stdout.readline().split()]
    finally:
        process.kill()
        process.wait(timeout=60)
    assert workers, "no worker was started"
    # loky's idle timeout (10 s) would end them too: well before it.
    deadline = time.monotonic() + 6
    while not all(_worker_is_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if not _worker_is_gone(pid)]
    for pid in left:  # not left behind by a failing run either
        with contextlib.suppress(ProcessLookupError):  # ended since it was looked at
            os.kill(pid, signal.SIGKILL)
    assert not left


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads process states from /proc")
def test_a_caller_that_ended_but_is_not_reaped_yet_is_no_caller_to_wait_for():
    # A scale audit: `stance score -j 2` run by a script with stderr=PIPE and stopped as Python's
    # documentation shows, proc.kill() then proc.communicate(), hung for good: the killed caller
    # stayed a zombie until communicate() returned, which waited for its workers to close the
    # pipe, and each worker's watch took the zombie, which signal 0 still finds, for a caller
    # alive (a worker was there 10 minutes later, gone once the caller was reaped).
    import subprocess
    import sys
    import time

    from stance import parallel

    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while not _worker_is_gone(ended.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _worker_is_gone(ended.pid), "the process did not end"
        assert os.path.exists(f"/proc/{ended.pid}"), "reaped already: no zombie to look at"
        assert not parallel._running(ended.pid)
    finally:
        ended.wait(timeout=60)
    assert parallel._running(os.getpid())  # this process, alive, still is


@pytest.mark.skipif(os.name != "posix", reason="Ctrl-C is a process group's SIGINT on POSIX")
def test_ctrl_c_as_the_workers_start_is_left_to_the_calling_process(tmp_path):
    # A user audit pressed Ctrl-C during `stance score --n-jobs 2`, which a terminal sends to
    # the workers too: one that came while a worker started (imported the library) printed the
    # KeyboardInterrupt of that import, and the call failed. The calling process handles it;
    # the workers ignore it from their birth. A fresh process: its first worker was left
    # exposed after the rest were not (multiprocessing's resource tracker, started first,
    # unblocked the signal).
    import signal
    import subprocess
    import sys

    script = tmp_path / "ctrl_c_at_start.py"
    script.write_text(CTRL_C_AS_THE_WORKER_STARTS)
    # Ctrl-C not ignored, which the workers would inherit: a suite run in the background has it so.
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="the workers' state, seen in /proc")
def test_an_interrupted_call_kills_its_workers_rather_than_leave_them_its_shares(monkeypatch):
    # Workers ignore Ctrl-C (above): an interrupted call left them scoring its shares to their
    # end, and the interpreter's exit waited for them (a user audit: `stance score --n-jobs 2`
    # took seconds to exit after a SIGTERM on a loaded machine). Killed, they are replaced by
    # the next call. Interrupted here in this process's share, as the workers score theirs.
    import time

    from stance import parallel

    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000
    expected = stance.score(texts, n_jobs=1)
    submit, workers = parallel._submit, set()

    def submit_noting_the_workers(executor, *args):
        future = submit(executor, *args)
        workers.update(executor._processes)
        return future

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(parallel, "_submit", submit_noting_the_workers)
        patched.setattr(parallel, "_score_group", interrupted)  # this process's share only
        with pytest.raises(KeyboardInterrupt):
            stance.score(texts, n_jobs=2)
    # Left alone, an idle worker stays 10 s (loky's timeout): 9 s tells the two apart, and
    # leaves the stop room on a machine busy with other work (5 s did not always).
    deadline = time.monotonic() + 9
    while not all(_worker_is_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and all(_worker_is_gone(pid) for pid in workers)
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=2), expected)  # on new workers


def test_shipped_task_without_a_model_asks_for_it():
    from stance import parallel

    model, group = stance.default_model(), [["We have a one-speed NATO."]]
    token = "test-" + parallel._token(model)
    assert parallel._score_shipped(token, None, group) == parallel.MODEL_MISSING
    with_model = parallel._score_shipped(token, model, group)
    from_copy = parallel._score_shipped(token, None, group)
    assert [part[0].tolist() for part in with_model] == [part[0].tolist() for part in from_copy]
    parallel._received.pop(token)


def test_model_score_with_y_is_top1_accuracy(energy_model, energy_frame):
    accuracy = energy_model.score(energy_frame.text, energy_frame.labels)
    assert isinstance(accuracy, float) and 0.9 <= accuracy <= 1.0


@pytest.mark.parametrize("y", [[], pd.Series([], dtype=object), pd.DataFrame({"labels": [], "stance": []})])
def test_model_score_of_no_rows_is_refused_as_evaluate_refuses_them(y):
    # score([], []) returned nan with numpy's "Mean of empty slice": a search ranked a silent nan
    # where scikit-learn's accuracy_score and stance.evaluate refuse empty data.
    model = stance.default_model()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(stance.InvalidInputError, match=r"^data has no rows: nothing to score$"):
            model.score([], y)
        for metric in ("top1_in_gold", "mean_confidence"):  # the scorers refuse them through evaluate
            with pytest.raises(stance.InvalidInputError, match=r"^data has no rows"):
                stance.scorer(metric)(model, [], y)


def test_a_model_trained_on_float_codes_before_they_were_read_as_ints_scores_its_own_codes(monkeypatch):
    # A model trained before "104.0" was read as "104" has the labels "0.0", "104.0", "501.0":
    # score(X, y) read the gold "104.0" as "104", which never equals the prediction "104.0"
    # (0.0 on the training texts), and profile(none_label="0.0") counted the off-topic "0.0"
    # as a target.
    codes = (0.0, 104.0, 501.0)
    frame = pd.DataFrame({"text": [f"text {i} about w{int(c)} number {i}" for i in range(30) for c in codes],
                          "code": [str(c) for i in range(30) for c in codes],
                          "stance": [None if c == 0 else ("favor", "against")[i % 2]
                                     for i in range(30) for c in codes]})
    monkeypatch.setattr(stance.names, "whole_number_text", lambda text: text)
    monkeypatch.setattr(stance.label_cells, "whole_number_text", lambda text: text)
    monkeypatch.setattr(stance.group_values, "whole_number_text", lambda text: text)
    monkeypatch.setattr(stance.label_names, "whole_number_text", lambda text: text)
    older = stance.train(frame, labels_column="code", stance_column="stance", none_label="0.0")
    monkeypatch.undo()
    assert older.labels == ("0.0", "104.0", "501.0")
    assert older.score(frame.text, frame.code) == 1.0
    assert older.score(frame.text, frame.code.str.replace(".0", "", regex=False)) == 1.0
    scored = stance.score(frame.text, model=older)
    for none_label in ("0.0", "0"):  # read as the labels are: both are the off-topic "0.0"
        assert sorted(stance.profile(scored, none_label=none_label).index) == ["104", "501"], none_label


def _workers() -> set[int]:
    import multiprocessing

    return {process.pid for process in multiprocessing.active_children()}


def test_fewer_jobs_after_more_keep_the_workers_and_their_models(monkeypatch):
    # n_jobs=2 after n_jobs=3 shrank joblib's reusable executor, stopping a worker and the
    # models it kept; the next n_jobs=3 started another and sent it the model again.
    monkeypatch.setattr(stance.scoring, "SCORE_CHUNK", 5)  # many chunks from few texts
    model = stance.default_model()
    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 10
    expected = model.score(texts, n_jobs=1)
    pd.testing.assert_frame_equal(model.score(texts, n_jobs=3), expected)
    started = _workers()
    assert len(started) >= 2
    for n_jobs in (2, 3, 2):
        pd.testing.assert_frame_equal(model.score(texts, n_jobs=n_jobs), expected)
        assert started <= _workers(), n_jobs


def test_threads_scoring_with_different_n_jobs_at_once_resize_no_running_executor(monkeypatch):
    # Each call asked loky for its own number of workers: a resize while the other thread's
    # tasks ran, which loky warned of ("Trying to resize an executor with running jobs")
    # and waited out, stopping and starting workers as it went.
    import threading
    import warnings

    monkeypatch.setattr(stance.scoring, "SCORE_CHUNK", 50)
    model = stance.default_model()
    texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 400
    expected = model.score(texts, n_jobs=1)
    results: dict[int, list[pd.DataFrame]] = {2: [], 3: []}
    start = threading.Barrier(2)

    def scores(n_jobs: int) -> None:
        for _ in range(3):
            start.wait()
            results[n_jobs].append(model.score(texts, n_jobs=n_jobs))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        threads = [threading.Thread(target=scores, args=(n_jobs,)) for n_jobs in (2, 3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [str(w.message) for w in caught] == []
    for scored in results[2] + results[3]:
        pd.testing.assert_frame_equal(scored, expected)


class _FailsOrWaits:
    """A stand-in model for the workers: "boom" fails, "slow" takes a second."""

    class Parameters:  # what the workers key their copy by
        pass

    def __init__(self):
        self.params_ = self.Parameters()

    def _batch(self, texts):
        import time

        if "boom" in texts:
            raise RuntimeError("boom")
        if "slow" in texts:
            time.sleep(1.0)
        return list(texts)


def test_a_failed_call_whose_tasks_still_run_does_not_get_them_resized_under_it():
    # The count of calls under way fell to 0 as soon as a call failed, though its other
    # tasks still ran: the next call asking for more workers resized the busy executor, and
    # loky warned "Trying to resize an executor with running jobs" and waited them out.
    import warnings

    from stance import parallel

    model = _FailsOrWaits()
    with pytest.raises(RuntimeError, match="boom"):
        parallel._score_groups(model, [[["x"]], [["boom"]], [["slow"]], [["slow"]]], None)
    more = max(parallel._executor_size + 2, 5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scored = parallel._score_groups(model, [[["x"]]] + [[[str(i)]] for i in range(more)], None)
    assert [str(w.message) for w in caught] == []
    assert scored == [[["x"]]] + [[[str(i)]] for i in range(more)]
    parallel._received.clear()


class _DiesOnDie(_FailsOrWaits):
    """A stand-in model whose worker is killed (as the out-of-memory killer does) at "die"."""

    def _batch(self, texts):
        import os
        import signal

        if "die" in texts:
            os.kill(os.getpid(), signal.SIGKILL)
        return list(texts)


@pytest.mark.skipif(os.name != "posix", reason="a worker killed by a signal")
def test_a_worker_killed_as_it_scores_is_one_clear_error_not_lokys_traceback():
    # A pipeline audit: a worker killed under n_jobs=2 (the OOM killer's SIGKILL) came out as
    # joblib's TerminatedWorkerError, "A worker process managed by the executor was
    # unexpectedly terminated…" over several lines, naming neither the signal plainly nor what to do.
    from stance import parallel

    with pytest.raises(stance.WorkerDiedError) as raised:
        parallel._score_groups(_DiesOnDie(), [[["x"]], [["die"]]], None)
    message = str(raised.value)
    assert "\n" not in message and isinstance(raised.value, stance.StanceError)
    assert message.startswith("a worker process died as it scored (killed by signal 9, SIGKILL")
    assert "chunk_size" in message and "n_jobs=1" in message
    assert raised.value.signal_number == 9
    parallel._received.clear()
    texts = ["We have a one-speed NATO.", "Bring the brigade home."] * 5000
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=2), stance.score(texts, n_jobs=1))  # new workers


class _DiesSoOnDie(_FailsOrWaits):
    """A stand-in model whose worker dies at "die" as ``how`` says: a signal's name, or "exit 3"."""

    def __init__(self, how):
        super().__init__()
        self.how = how

    def _batch(self, texts):
        import os
        import signal

        if "die" in texts:
            if self.how.startswith("exit "):
                os._exit(int(self.how.split()[1]))
            os.kill(os.getpid(), getattr(signal, self.how))
        return list(texts)


@pytest.mark.skipif(os.name != "posix", reason="a worker killed by a signal")
@pytest.mark.parametrize(("how", "said", "number"), [
    ("SIGKILL", "a worker process died as it scored (killed by signal 9, SIGKILL, which the system sends when it "
                "runs out of memory); score fewer texts at once (a smaller chunk_size of score_file, or fewer texts a "
                "call) or on fewer processes (a smaller n_jobs, or n_jobs=1)", 9),
    ("SIGTERM", "a worker process was stopped by signal 15 (SIGTERM) from outside as it scored; run it again", 15),
    ("exit 3", "a worker process crashed as it scored (it exited with status 3); run it again with n_jobs=1 to see "
               "its error", None),
])
def test_a_dead_workers_advice_is_worded_by_how_it_died(how, said, number):
    # A review of 418fcff: every death was told to score fewer texts on fewer processes, though
    # only SIGKILL is plausibly the system's out-of-memory killer; a SIGTERM is someone stopping
    # the worker, an exit of its own (os._exit(3)) a crash, which n_jobs=1 shows in this process.
    from stance import parallel

    with pytest.raises(stance.WorkerDiedError) as raised:
        parallel._score_groups(_DiesSoOnDie(how), [[["x"]], [["die"]]], None)
    assert str(raised.value) == said and raised.value.signal_number == number
    parallel._received.clear()


def test_score_reads_a_file_in_the_encoding_given_as_train_does(tmp_path):
    # The undecodable-file error said "pass the file's real encoding, e.g. encoding='cp1252'",
    # and score() had no such argument (a user audit): TypeError.
    path = tmp_path / "excel.csv"
    path.write_bytes("text\n\"Caf\u00e9: we don\u2019t want NATO split.\"\n".encode("cp1252"))
    with pytest.raises(stance.InvalidInputError, match="encoding='cp1252'"):
        stance.score(path)
    text = "Caf\u00e9: we don\u2019t want NATO split."
    for scored in (stance.score(path, encoding="cp1252"), stance.default_model().score(path, encoding="cp1252")):
        assert scored.text.tolist() == [text] and scored.label.tolist() == [stance.classify(text).label]
    with pytest.raises(TypeError):  # keyword-only, as train's
        stance.score(path, "text", None, "cp1252")


def test_a_prefix_that_collides_too_gets_a_free_one_suggested():
    # prefix="pred_" on data with a pred_label column was told to pass prefix='pred_' (a user audit).
    frame = pd.DataFrame({"text": ["We have a one-speed NATO."], "pred_label": ["unity"]})
    with pytest.raises(stance.InvalidInputError, match=r"prefix='pred2_' \(on the command line: --prefix pred2_\)"):
        stance.score(frame, prefix="pred_")
    assert stance.score(frame, prefix="pred2_").pred2_label.tolist() == ["unity"]  # free indeed
    taken = frame.assign(label="unity", pred2_flag=None)
    with pytest.raises(stance.InvalidInputError, match="prefix='pred3_'"):
        stance.score(taken)


def test_scoring_a_scored_table_again_suggests_dropping_the_earlier_columns():
    scored = stance.score(["We have a one-speed NATO."], prefix="pred_")
    with pytest.raises(stance.InvalidInputError, match="earlier scoring.*drop them") as error:
        stance.score(scored, prefix="pred_")
    assert re.findall(r"pass prefix='(\w*)'", str(error.value)) == ["pred2_"]


def test_score_reads_a_folder_as_train_does_its_rows_named_by_file(tmp_path):
    # A folder path was refused as "a single str; wrap it in a list" though train, evaluate
    # and find_label_issues read one.
    for name, texts in [("a.csv", ["We have a one-speed NATO."]), ("b.csv", ["Thank you.", "Bring the brigade home."])]:
        pd.DataFrame({"text": texts}).to_csv(tmp_path / name, index=False)
    scored = stance.score(tmp_path)
    assert scored.index.tolist() == ["a.csv:0", "b.csv:0", "b.csv:1"]
    expected = stance.score(["We have a one-speed NATO.", "Thank you.", "Bring the brigade home."])
    assert scored.label.tolist() == expected.label.tolist()
    assert stance.score(str(tmp_path)).index.tolist() == scored.index.tolist()


def test_n_jobs_of_more_processes_than_a_few_a_core_starts_that_many():
    # Each process beyond the cores only slows the others; a mistyped 99999999999999999999999
    # started as many as the chunks (a user audit). A review of 38b7e04: refused, n_jobs=16 of a
    # script written for a server failed on a laptop; it starts a few a core at most, as joblib
    # starts one for -100 on two cores.
    from stance.parallel import most_processes, n_workers

    for many in (most_processes() + 1, 16, 10**23):
        assert stance.score(["We have a one-speed NATO."], n_jobs=many).label.tolist() == ["unity"]
        assert n_workers(many, 10**9) == min(many, most_processes())


def test_n_jobs_that_means_no_process_is_refused_as_on_the_command_line():
    # n_jobs=0 scored quietly on every core (or in this process, for 8,192 texts or fewer),
    # while `stance score -j 0` and joblib refuse it (a user audit).
    message = r"^n_jobs must be a number of processes \(1 or more\), or -1 for every core.*got 0$"
    with pytest.raises(stance.InvalidInputError, match=message):
        stance.score(["We have a one-speed NATO."], n_jobs=0)
    assert stance.score(["We have a one-speed NATO."], n_jobs=-1).label.tolist() == ["unity"]
    # below minus the cores is one process, as joblib counts it: a script from a bigger machine runs
    many = -(os.cpu_count() or 1) - 3
    assert stance.score(["We have a one-speed NATO."], n_jobs=many).label.tolist() == ["unity"]


def test_a_file_score_cannot_read_is_named_as_train_names_it(tmp_path, monkeypatch):
    # A user audit: score("notes.txt"), an existing file of another type, was refused as "a
    # single str; wrap it in a list", and score(Path("notes.txt")) as "got PosixPath", which
    # read as if paths were not taken; train said what was wrong with the file.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("text\nNATO is united.\n", encoding="utf-8")
    (tmp_path / "data.xlsx").write_bytes(b"PK\x03\x04 a spreadsheet")
    for given in ("notes.txt", "./notes.txt", tmp_path / "notes.txt", Path("notes.txt")):
        with pytest.raises(stance.InvalidInputError) as raised:
            stance.score(given)
        message = str(raised.value)
        assert message.startswith(f"cannot read {str(Path(given))!r}: unknown file type '.txt'; expected one of "
                                  f".csv, .tsv, .jsonl, .parquet"), message
        # plain text may be a document (a speech) or a table saved under .txt: each is told what to do
        assert "stance.score_document(" in message and "rename it" in message, message
    # and so is every other reader of a table, where train, read_labelled, evaluate and the
    # command line said only "unknown file type '.txt'" (a README check)
    for read in (stance.train, stance.read_labelled, lambda given: stance.evaluate(None, given)):
        with pytest.raises(stance.InvalidInputError, match=r"unknown file type '\.txt'.*stance\.score_document\("
                                                           r"open\('notes\.txt', encoding='utf-8'\)\.read\(\)\), or "
                                                           r"stance document "
                                                           r"notes\.txt.*rename it \.csv"):
            read("notes.txt")
    for given in ("data.xlsx", Path("data.xlsx")):
        with pytest.raises(stance.InvalidInputError, match=r"^cannot read 'data\.xlsx': unknown file type '\.xlsx'; "
                                                           r".*save it as 'CSV UTF-8'"):
            stance.score(given)
    # A Path names a file whether or not one is there; a str that names none is a statement.
    with pytest.raises(stance.InvalidInputError, match=r"^file not found: 'nowhere\.csv'"):
        stance.score(Path("nowhere.csv"))
    with pytest.raises(stance.InvalidInputError, match=r"^cannot read 'nowhere\.txt': unknown file type '\.txt'"):
        stance.score(Path("nowhere.txt"))
    for statement in ("speech.txt", "NATO is united."):  # no such file
        with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
            stance.score(statement)


def test_a_dict_of_one_record_is_told_to_pass_it_as_a_row():
    # An audit (an R user, through reticulate): an R named list, list(text = ..., party = ...), is
    # one record; it was told pd.Series(data), which scores "Labour" as a statement.
    record = {"text": "We stand with Ukraine.", "party": "Labour"}
    with pytest.raises(stance.InvalidInputError, match=r"^data: a dict is read as a table of columns .* but 'text' "
                                                       r"maps to a single str; for one record .*pass "
                                                       r"pd\.DataFrame\(\[data\]\) \(one row\)$"):
        stance.score(record)
    scored = stance.score(pd.DataFrame([record]))  # as advised: one statement, its party beside it
    assert scored[["text", "party", "label"]].to_dict("records") == [{**record, "label": "ukraine_support"}]
    with pytest.raises(stance.InvalidInputError, match=r"pd\.DataFrame\(\[data\]\) \(one row\)$"):
        stance.score({"party": "Labour", "body": "We stand with Ukraine."}, text_column="body")


def test_a_dict_that_is_no_table_of_columns_is_told_what_to_pass():
    # A user audit: score({"a": "NATO is united."}) ended in pandas' words, "(If using all
    # scalar values, you must pass an index)", where classify_many says what to pass.
    named = {"a": "We have a one-speed NATO.", "b": "Thank you."}
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score(named)
    message = str(raised.value)
    assert message.startswith("data: a dict is read as a table of columns (a name to a list of values), but 'a' "
                              "maps to a single str"), message
    assert "pd.Series(data)" in message and "list(data.values())" in message and "If using" not in message, message
    # What it advises works: the texts scored, named by their keys.
    assert stance.score(pd.Series(named)).label.to_dict() == {"a": "unity", "b": "none"}
    with pytest.raises(stance.InvalidInputError, match=r"^data: a dict of columns must give each column as many "
                                                       r"values: 'text' has 2, 'source' 1$"):
        stance.score({"text": ["We have a one-speed NATO.", "Thank you."], "source": ["speech"]})
    with pytest.raises(stance.InvalidTypeError, match=r"^data: column 'text' is a set, which has no order"):
        stance.score({"text": {"We have a one-speed NATO.", "Thank you."}})
    # A table of columns is scored as before, a single value beside lists given to every row.
    scored = stance.score({"text": ["We have a one-speed NATO.", "Thank you."], "source": "speech"})
    assert scored.source.tolist() == ["speech", "speech"] and scored.label.tolist() == ["unity", "none"]


def test_a_dict_of_texts_holding_a_lone_surrogate_is_scored_as_a_list_of_them():
    # score({"text": ["ok", "bad \udcc3"]}) was refused as "a dict must map column names to
    # columns of equal length": pandas 3 made the texts an Arrow string column, whose
    # refusal of the lone surrogate (a UnicodeEncodeError, a ValueError) was taken for
    # unequal lengths. It is scored as the list of the same texts is, the text kept as given.
    texts = ["We have a one-speed NATO.", "Send tanks\udcc3 to Kyiv.", "Thank you."]
    expected = stance.score(texts)
    for data in ({"text": texts, "n": [1, 2, 3]}, {"text": tuple(texts), "n": [1, 2, 3]},
                 {"text": dict(zip("abc", texts)), "n": dict(zip("abc", [1, 2, 3]))}):
        scored = stance.score(data)
        assert scored.text.tolist() == texts and scored.n.tolist() == [1, 2, 3]
        assert scored.label.tolist() == expected.label.tolist()
        assert scored.confidence.tolist() == expected.confidence.tolist()
    assert stance.score({"text": dict(zip("abc", texts))}).index.tolist() == ["a", "b", "c"]
    # Any other failure says what is wrong, not that the lengths differ.
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score({"text": texts, "source": {"x": "speech"}})
    assert "equal length" not in str(raised.value) and "Mixing dicts with non-Series" in str(raised.value)
    with pytest.raises(stance.InvalidInputError, match=r"^data: a dict of columns could not be read as a table: "
                                                       r"array length 3 does not match index length 2"):
        stance.score({"text": texts, "n": pd.Series([1, 2])})


SPEECHES = ["We will stand together as one alliance.", "Send Kyiv more air defence this winter.",
            "Our deterrence must be credible and strong.", "Thank you all for coming here today."]


@pytest.mark.parametrize(("column", "said"), [
    ("id", r"holds numbers \(int64\), no text, in all 4 rows"),
    ("party", r"holds one or two words in 4 of 4 rows, where column 'speech' holds sentences "),
    ("date", r"holds figures written as text \('2024-10-23'\), no text, in 4 of 4 rows")])
def test_scoring_a_column_of_ids_or_names_beside_the_statements_names_the_statements_column(column, said):
    frame = pd.DataFrame({"id": [101, 102, 103, 104], "party": ["Greens", "Labour", "Labour", "SNP"],
                          "date": ["2024-10-23"] * 4, "speech": SPEECHES})
    with pytest.warns(stance.StanceWarning, match=rf"text_column='{column}' {said}.*\(text_column='speech'\)"):
        scored = stance.score(frame, text_column=column)
    assert len(scored) == 4  # a warning, not a refusal: the rows are still scored


# A column of numbers named by mistake (text_column="year", or df["year"] alone) was scored
# "none" in every row, confidence 1.0, flag not_text, with no warning: the warning of a wrong
# column needed another column of sentences, and "Hello" beside two short ones was none.
def test_scoring_a_column_that_holds_no_text_warns_naming_what_it_holds_and_the_text_beside_it(tmp_path, capsys):
    import datetime

    frame = pd.DataFrame({"year": [2022, 2023, 2024],
                          "speech": ["We stand with Ukraine.", "Bring the brigade home.", "Hello"]})
    beside = r"; column 'speech' holds text \(4 words at the median\): .*\(text_column='speech'\)$"
    with pytest.warns(stance.StanceWarning, match=r"^likely the wrong text column: text_column='year' holds numbers "
                                                  r"\(int64\), no text, in all 3 rows, which are scored as no "
                                                  r"statement "
                                                  r"\('none'\)" + beside):
        assert stance.score(frame, text_column="year").flag.tolist() == ["not_text"] * 3
    with pytest.warns(stance.StanceWarning, match=r"^likely the wrong text column: data \(the Series 'year'\) holds "
                                                  r"numbers \(int64\), no text, "
                                                  r"in all 3 rows, .*; pass the statements"):
        stance.score(frame["year"])
    for values, held in (([True, False, None], r"booleans \(object\)|booleans \(bool\)"),
                         ([datetime.date(2024, 1, 2)] * 2, r"dates \(date\)"),
                         (pd.to_datetime(["2024-01-02", "2024-01-03"]), r"dates \(datetime64\[(ns|us)\]\)"),
                         ([1.5, 2, "We act now."], None)):
        column = pd.Series(values, dtype=object if isinstance(values, list) else None)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score(pd.DataFrame({"when": column, "text": ["We stand."] * len(column)}), text_column="when")
        said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
        if held is None:  # 2 of 3 and under 20 rows: a text column with stray numbers is not named
            assert said == [], said
        else:
            start = r"^likely the wrong text column: text_column='when' holds ("
            assert len(said) == 1 and re.search(start + held + r"), no text", said[0]), said
    # Of 20 rows or more, more than half is enough; half is not.
    for numbers, warned in ((11, True), (10, False)):
        column = pd.Series([7] * numbers + ["We act now."] * (20 - numbers), dtype=object)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score(column)
        said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
        assert bool(said) == warned and (not warned or said[0].startswith(f"likely the wrong text column: data holds "
                                                                          f"numbers (int), no text, in {numbers} of 20 "
                                                                          f"rows")), said
    # A file's column of years is read as text, "2022": it is no text either, on the command line too.
    source = tmp_path / "speeches.csv"
    frame.to_csv(source, index=False)
    with pytest.warns(stance.StanceWarning, match=r"^likely the wrong text column: text_column='year' holds figures "
                                                  r"written as text \('2022', '2023'\), no text, in 3 of 3 rows, "
                                                  r".*" + beside):
        stance.score(str(source), text_column="year")
    assert main(["score", str(source), "--text-column", "year", "-o", str(tmp_path / "out.csv")]) == 0
    assert ("stance score: warning: likely the wrong text column: --text-column year holds figures written as text"
            in capsys.readouterr().err)


def test_the_warning_of_a_column_of_no_text_names_the_models_own_off_topic_label_or_says_it_has_none(
        energy_frame):
    # A backend engineer's audit: the warning said such rows "are scored as no statement ('none')"
    # whatever the model's off-topic label: a model trained with none_label="other" gives them
    # 'other', and one with none_label=None gives them no label, or reads figures as text.
    other = stance.train(energy_frame.assign(labels=energy_frame.labels.str.replace("none", "other")),
                         stance_column="stance", none_label="other")
    without = stance.train(energy_frame[energy_frame.labels != "none"], stance_column="stance", none_label=None)
    years = pd.DataFrame({"year": [2022, 2023], "speech": ["We build wind farms now.", "Close the old gas plants."]})
    empty = years.assign(notes=None)
    for model, label, said in ((other, "other", "which are scored as no statement ('other')"),
                               (without, "", "which get no label ('', confidence 0): the model has no off-topic "
                                             "label")):
        for frame, column in ((years, "year"), (empty, "notes")):
            with pytest.warns(stance.TextColumnWarning, match=re.escape(said)):
                assert stance.score(frame, text_column=column, model=model).label.tolist() == [label] * 2
    with pytest.warns(stance.TextColumnWarning, match=re.escape(
            "data holds figures written as text ('12345'), no text, in 1 of 1 rows, which get one of the model's "
            "labels all the same (on the figures it knows, or as any text of no word it knows, flag "
            "no_known_words): the model has no off-topic label;")):
        scored = stance.score(["12345"], model=without)
    assert scored.label[0] in without.labels and scored.flag[0] == "no_known_words"
    mixed = pd.Series(["12345", 7, 8, None], dtype=object)
    with pytest.warns(stance.TextColumnWarning, match=re.escape(
            "which get no label ('', confidence 0) or, figures written as text, one of the model's labels all the "
            "same (on the figures it knows, or as any text of no word it knows, flag no_known_words): the model has "
            "no off-topic label;")):
        assert stance.score(mixed, model=without).label.tolist()[1:] == ["", "", ""]


def test_a_wrong_text_column_longer_than_the_sample_is_counted_whole_or_said_to_be_its_first_rows():
    # A notebook analyst: 20,000 rows of numbers were "in 1000 of 1000 rows", the sample's
    # counts given as the frame's. A dtype of numbers, booleans or dates holds no text in any
    # row, all counted; a column of objects is read in its first 1000 rows, and says so.
    from stance.columns import COLUMN_SAMPLE

    rows = COLUMN_SAMPLE + 200
    speech = ["We stand with Ukraine and its people."] * rows

    def said(column: list) -> str:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score(pd.DataFrame({"x": column, "speech": speech}), text_column="x")
        [message] = [str(w.message) for w in caught if issubclass(w.category, stance.TextColumnWarning)]
        assert message.startswith("likely the wrong text column: "), message  # its class's fixed start
        return message.removeprefix("likely the wrong text column: ")

    assert said(list(range(rows))).startswith(f"text_column='x' holds numbers (int64), no text, in all {rows} rows, ")
    assert said([1.5, None] * (rows // 2)).startswith(
        f"text_column='x' holds numbers (float64), no text, in all {rows // 2} filled rows, ")
    assert said(["2024"] * rows).startswith(f"text_column='x' holds figures written as text ('2024'), no text, in "
                                            f"{COLUMN_SAMPLE} of the first {COLUMN_SAMPLE} rows, ")
    assert said(["Labour"] * rows).startswith(f"text_column='x' holds one or two words in {COLUMN_SAMPLE} of the "
                                              f"first {COLUMN_SAMPLE} rows, where column 'speech' holds sentences")
    assert said([None] * rows).startswith(f"text_column='x' is empty or missing in every one of its {rows} rows, ")



def test_a_file_scored_in_chunks_counts_a_wrong_text_column_in_its_first_chunk_as_its_first_rows(tmp_path):
    # score_file checks the column on its first chunk alone, so a Parquet column of numbers
    # was "in all 10000 rows" of a file of 25,000; a file read in one chunk is counted whole.
    pytest.importorskip("pyarrow")
    rows = 25_000
    source = tmp_path / "day.parquet"
    pd.DataFrame({"x": range(rows), "speech": ["We stand with Ukraine and its people."] * rows}).to_parquet(source)

    def said(chunk_size: int) -> str:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.score_file(source, tmp_path / "out.csv", text_column="x", chunk_size=chunk_size)
        [message] = [str(w.message) for w in caught if issubclass(w.category, stance.TextColumnWarning)]
        assert message.startswith("likely the wrong text column: "), message  # its class's fixed start
        return message.removeprefix("likely the wrong text column: ")

    assert said(10_000).startswith("text_column='x' holds numbers (int64), no text, in 10000 of the first 10000 rows, ")
    assert said(2 * rows).startswith(f"text_column='x' holds numbers (int64), no text, in all {rows} rows, ")


def test_scoring_an_empty_column_beside_one_of_text_warns_naming_it():
    # Left alone by the fix above: a column empty or missing in every row (notes=None) named by
    # mistake was scored 'none' throughout with no word; alone it is the documented neutral answer.
    frame = pd.DataFrame({"notes": [None, "", "  "], "speech": ["We stand with Ukraine and its people.",
                                                                "Bring our soldiers home from the front.", "Hi"]})
    with pytest.warns(stance.StanceWarning, match=r"^likely the wrong text column: text_column='notes' is empty or "
                                                  r"missing in every one of its 3 rows, .*\(text_column='speech'\)$"):
        assert stance.score(frame, text_column="notes").label.tolist() == ["none"] * 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert stance.score(frame[["notes"]], text_column="notes").label.tolist() == ["none"] * 3


def test_a_text_column_blank_in_its_first_rows_is_judged_on_them_all_and_no_name_is_offered_as_statements(tmp_path,
                                                                                                            capsys):
    # A researcher's audit (200,000 parliamentary sentences): text blank in the first 1,500 rows,
    # figures in the next 1,100, sentences after. `stance score` and stance.score(df) both said
    # "--text-column='text' is empty or missing in every one of its first 1000 rows ...; column
    # 'speaker' holds text (2 words at the median): is 'speaker' the column of statements?", the
    # whole column in memory, and 'speaker' holding names ("Member 12").
    rows = 6000
    text = [""] * 1500 + [str(2500 + k) for k in range(1100)] + ["We must send more tanks to Ukraine now."] * 3400
    frame = pd.DataFrame({"row_id": range(rows), "speaker": [f"Member {k % 60}" for k in range(rows)],
                          "party": ["Labour", "SNP", "Green"] * (rows // 3), "text": text})
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.TextColumnWarning)
        assert len(stance.score(frame)) == rows  # the DataFrame's every row: text below the blanks
    frame.to_csv(tmp_path / "topblank.csv", index=False)
    assert main(["score", str(tmp_path / "topblank.csv"), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    assert "warning" not in capsys.readouterr().err  # its first chunk holds the sentences
    # A first chunk blank throughout: a column of names is no column of statements, and is not offered.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.TextColumnWarning)
        stance.score_file(tmp_path / "topblank.csv", tmp_path / "out.csv", chunk_size=1200)
    # One of sentences is, the warning counting the chunk's rows as the first: true of them.
    frame["note"] = "Transcribed from the sitting's official record by the clerks."
    frame.to_csv(tmp_path / "noted.csv", index=False)
    with pytest.warns(stance.TextColumnWarning) as caught:
        stance.score_file(tmp_path / "noted.csv", tmp_path / "out.csv", chunk_size=1200)
    assert [str(w.message) for w in caught if isinstance(w.message, stance.TextColumnWarning)] == [
        "likely the wrong text column: text_column='text' is empty or missing in every one of its first 1200 rows, "
        "which are scored as no "
        "statement ('none'); column 'note' holds sentences (9 words at the median): is 'note' the column of "
        "statements? (text_column='note')"]


def test_a_text_column_blank_past_its_first_rows_is_told_by_pandas_not_cell_by_cell(monkeypatch):
    # A review of f94f83b8: past the first 1,000 rows the column was judged cell by cell in Python,
    # is_blank called once a cell (a DataFrame of 200,000 " " took 1.14 s, 2 million ~11 s).
    # Missing cells and cells of whitespace are left out by pandas now; the answer is the same,
    # a cell of text, of an invisible mark or of another type judged as is_blank and is_missing do.
    import decimal

    import stance.scoring as scoring
    from stance.columns import COLUMN_SAMPLE

    calls = []

    def counted(text: str) -> bool:
        calls.append(text)
        return is_blank(text)

    is_blank = scoring.is_blank
    monkeypatch.setattr(scoring, "is_blank", counted)
    rows, sentence = 200_000, "We must send more air defence to Ukraine now."

    def said(rest: list) -> str | None:
        cells = [" "] * COLUMN_SAMPLE + rest + ([" ", None, "\t", float("nan")] * (rows // 4))[:rows - len(rest)]
        return scoring.no_text_in(pd.DataFrame({"text": cells, "speech": [sentence] * len(cells)}),
                                  "text", "text_column='text'", off_topic="none")

    calls.clear()
    assert said([]).startswith("text_column='text' is empty or missing in every one of its 201000 rows")
    assert len(calls) <= COLUMN_SAMPLE, len(calls)  # the sample's alone: 201,000 before
    blank = ["\u200b", "\u00ad\x00", decimal.Decimal("NaN"), np.datetime64("NaT", "ns"), pd.NA, "\u3000"]
    assert said(blank).startswith("text_column='text' is empty or missing in every one of its 201000 rows")
    for text in ("NATO", 0, "\u200bKyiv", decimal.Decimal("1.5")):  # a value, a text behind a mark: no warning
        assert said([text]) is None, text
    spaces = pd.Series([" "] * rows, dtype="string")
    assert scoring.no_text_in(pd.DataFrame({"text": spaces, "speech": [sentence] * rows}), "text",
                              "text_column='text'", off_topic="none") is not None


CHINESE = ["北约团结是我们安全的基础。", "我们坚定支持北大西洋公约组织的集体防御承诺。",
           "盟国必须站在一起，共同应对威胁。", "今天天气很好。"]


def test_a_column_of_chinese_sentences_is_sentences_not_one_or_two_words():
    # With no spaces, a Chinese sentence was counted one word: scoring the statements, with an
    # English note of a few words beside them, said "text_column='text' holds one or two words
    # in 4 of 4 rows, where column 'note' holds sentences" and pointed at the note. A run of
    # Chinese characters or kana counts as words of two characters (count_words).
    from stance.text import count_words

    assert [count_words(text) for text in CHINESE] == [6, 11, 7, 3]
    assert count_words("NATOの結束こそが我が国の安全の土台です。") == 10 and count_words("北约") == 1
    frame = pd.DataFrame({"speaker": ["spokesperson"] * 4, "text": CHINESE,
                          "note": ["translated from the Chinese original by the research team"] * 4})
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        assert len(stance.score(frame)) == 4
    # Names in Chinese (a run of two characters, one word) beside the statements still warn, naming them.
    with pytest.warns(stance.StanceWarning, match=r"text_column='speaker' holds one or two words in 4 of 4 rows, "
                                                  r"where column 'text' holds sentences \(6\.5 words at the median\)"):
        stance.score(frame[["speaker", "text"]].assign(speaker=["北约", "日本", "欧盟", "美国"]), text_column="speaker")


def test_the_right_text_column_and_short_statements_alone_are_scored_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.StanceWarning)
        stance.score(pd.DataFrame({"id": [1, 2, 3, 4], "speech": SPEECHES}), text_column="speech")
        # Headlines of two words with nothing longer beside them: nothing to point to instead.
        stance.score(pd.DataFrame({"text": ["NATO summit", "Ukraine aid", "Eastern flank", "Vote today"],
                                   "party": ["A", "B", "A", "B"]}))


def test_score_file_warns_of_a_wrong_text_column_once_not_once_a_chunk(tmp_path):
    source = tmp_path / "speeches.csv"
    pd.DataFrame({"id": range(40), "speech": SPEECHES * 10}).to_csv(source, index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        score_file(source, tmp_path / "out.csv", text_column="id", chunk_size=10)
    said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert len(said) == 1 and "is 'speech' the column of statements?" in said[0]
    assert len(pd.read_csv(tmp_path / "out.csv")) == 40


def test_score_file_is_public_as_the_readme_names_it_and_checks_its_chunk_size(tmp_path):
    # The README named stance.score_file, which raised AttributeError (it was stance.files'
    # only); chunk_size="10" raised "TypeError: '<' not supported between instances of 'str'
    # and 'int'", True a pandas message about 'chunksize', and 1000.5 read a JSONL file whole.
    assert stance.score_file is score_file and "score_file" in stance.__all__
    source = tmp_path / "day.jsonl"
    texts = ["Send tanks to Kyiv.", None, "Thank you.", "", "We stand together."]
    frame = pd.DataFrame({"id": range(5), "text": texts})
    frame.to_json(source, orient="records", lines=True)
    assert stance.score_file(source, tmp_path / "out.csv", chunk_size=2) == 5
    written = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    assert written.id.tolist() == [0, 1, 2, 3, 4]
    assert written.flag.tolist() == ["", "missing", "", "empty", ""]
    assert written.label.tolist() == stance.score(frame).label.tolist()
    for bad in ("10", 1000.5, True, None):
        with pytest.raises(stance.InvalidTypeError, match=r"^chunk_size must be an int, the rows read and scored"):
            stance.score_file(source, tmp_path / "again.csv", chunk_size=bad)
    assert not (tmp_path / "again.csv").exists()
    assert stance.score_file(source, tmp_path / "again.csv", chunk_size=np.int64(2)) == 5  # numpy's ints are ints


def test_score_file_names_a_path_argument_that_is_no_path(tmp_path):
    # stance.score_file(frame, "out.csv") raised pathlib's "TypeError: expected str, bytes or
    # os.PathLike object, not DataFrame" from inside pathlib, naming neither the argument nor
    # stance.score, which scores a frame; stance.load and model.save name theirs.
    source = tmp_path / "day.csv"
    pd.DataFrame({"text": ["Send tanks to Kyiv."]}).to_csv(source, index=False)
    frame = pd.DataFrame({"text": ["Send tanks to Kyiv."]})
    with pytest.raises(stance.InvalidTypeError, match=r"^input_path must be a str or path, got DataFrame; to score "
                                                      r"data in memory, stance\.score\(data\)"):
        stance.score_file(frame, tmp_path / "out.csv")
    with pytest.raises(stance.InvalidTypeError, match=r"^output_path must be a str or path, got StringIO"):
        stance.score_file(source, __import__("io").StringIO())
    with pytest.raises(stance.InvalidTypeError, match=r"^input_path must be a str or path, got NoneType"):
        stance.score_file(None, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_score_file_given_a_glob_or_folder_says_it_scores_one_file_and_what_scores_them(tmp_path, monkeypatch):
    # An audit by a pipeline engineer: the README calls score_file `stance score` in Python, and
    # `stance score` takes a quoted glob, but score_file('fold/*.csv', 'o.csv') said "input file not
    # found: 'fold/*.csv' (did you mean 'fold/b.csv' or 'fold/a.csv'?)", as if the glob were mistyped.
    monkeypatch.chdir(tmp_path)
    Path("fold").mkdir()
    for name in ("a", "b"):
        pd.DataFrame({"text": ["Send tanks to Kyiv."]}).to_csv(f"fold/{name}.csv", index=False)
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score_file("fold/*.csv", "o.csv")
    assert str(raised.value) == (
        "input_path 'fold/*.csv' is a glob, and score_file scores one file: score the glob's files with "
        "stance.score('fold/*.csv'), which returns them as one DataFrame, or into one file with "
        "`stance score 'fold/*.csv' -o o.csv` (quoted, read with Dask)")
    # A folder is named as `stance score` reads it, on this machine as stance.score does, every file: the glob
    # named here needed the dask extra, and left a .jsonl file of the folder out (an audit).
    Path("fold/c.jsonl").write_text('{"text": "Bring the brigade home."}\n')
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score_file("fold", "o.csv")
    assert str(raised.value) == (
        "input_path 'fold' is a folder, and score_file scores one file: score the folder's files with "
        "stance.score('fold'), which returns them as one DataFrame, or into one file with "
        "`stance score fold -o o.csv`")
    assert not Path("o.csv").exists()
    assert main(["score", "fold", "-o", "o.csv"]) == 0  # the command named reads all three
    with pytest.warns(stance.RepeatedFileWarning):  # a.csv and b.csv hold the same text
        expected = stance.score("fold").index.tolist()
    assert pd.read_csv("o.csv").row.tolist() == expected == ["a.csv:0", "b.csv:0", "c.jsonl:0"]
    Path("o.csv").unlink()
    assert stance.score_file("fold/a.csv", "o.csv") == 1  # one file, as ever


def test_score_file_names_a_glob_only_when_it_matches_and_the_command_only_when_it_reads_the_matches(
        tmp_path, monkeypatch):
    # A review of the refusal above: a missing file whose name holds [ ] was called a glob
    # (stance.score of it then said no files match) where it had been "did you mean 'br/a[1].csv'?";
    # a glob of .jsonl files was told `stance score 'jd/*.jsonl' -o …`, which refuses .jsonl; an
    # empty folder was told stance.score('emptyd'), which refuses it as holding no files.
    monkeypatch.chdir(tmp_path)
    for folder in ("br", "jd", "emptyd", "notes"):
        Path(folder).mkdir()
    pd.DataFrame({"text": ["Send tanks to Kyiv."]}).to_csv("br/a[1].csv", index=False)
    for name in ("a", "b"):
        Path(f"jd/{name}.jsonl").write_text('{"text": "Send tanks to Kyiv."}\n')
    Path("notes/a.txt").write_text("Send tanks to Kyiv.\n")
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score_file("br/a[2].csv", "o.csv")
    assert str(raised.value).startswith("file not found: 'br/a[2].csv'"), raised.value
    assert "did you mean 'br/a[1].csv'" in str(raised.value), raised.value
    with pytest.raises(stance.InvalidInputError) as raised:
        stance.score_file("jd/*.jsonl", "o.csv")
    assert str(raised.value) == (
        "input_path 'jd/*.jsonl' is a glob, and score_file scores one file: score the glob's files with "
        "stance.score('jd/*.jsonl'), which returns them as one DataFrame")
    assert len(stance.score("jd/*.jsonl")) == 2  # which it names rightly
    for given, kind, holds in (("emptyd", "folder", "holds"), ("notes", "folder", "holds"),
                               ("notes/*", "glob", "matches")):
        with pytest.raises(stance.InvalidInputError) as raised:
            stance.score_file(given, "o.csv")
        assert str(raised.value) == (
            f"input_path {given!r} is a {kind}, and score_file scores one file; the {kind} {holds} no "
            f".csv/.tsv/.jsonl/.parquet files"), raised.value
        if kind == "folder":
            with pytest.raises(stance.InvalidInputError, match="holds no .csv/.tsv/.jsonl/.parquet files"):
                stance.score(given)  # as stance.score says
    assert not Path("o.csv").exists()


# stance.score("notes/*.txt") of a folder of speeches was told to wrap a statement in a list
# (a glob was a path only when its suffix was a table's); and no reader of a folder or glob
# of .txt files said what reads them. A statement that is a glob by chance is still one.
def test_a_glob_of_plain_text_files_is_told_what_reads_them(tmp_path, monkeypatch):
    import glob
    import pathlib

    monkeypatch.chdir(tmp_path)
    Path("notes").mkdir()
    Path("notes/a.txt").write_text("We stand together.\n", encoding="utf-8")
    Path("notes/b.txt").write_text("More tanks for Kyiv.\n", encoding="utf-8")
    for given, named in (("notes/*.txt", "glob 'notes/*.txt' matches"), ("notes/*", "glob 'notes/*' matches"),
                         ("notes", "folder 'notes' holds")):
        with pytest.raises(stance.InvalidInputError) as raised:
            stance.score(given)
        assert str(raised.value) == (
            f"data: {named} no .csv/.tsv/.jsonl/.parquet files; its 2 .txt files are plain text, which stance "
            f"document 'notes/*.txt' splits into statements and scores (in Python: stance.score_documents("
            f"{{name: pathlib.Path(name).read_text(encoding=\"utf-8\") for name in "
            f"sorted(glob.glob('notes/*.txt'))}}))")
    # The recipe it gives works: both documents, one statement each.
    documents = stance.score_documents(
        {name: pathlib.Path(name).read_text(encoding="utf-8") for name in sorted(glob.glob("notes/*.txt"))})
    assert sorted(documents.sentences.document.unique()) == ["notes/a.txt", "notes/b.txt"]
    assert stance.score(["notes/*.txt?", "Why?"]).shape[0] == 2  # texts in a list stay texts
    assert stance.score(pd.DataFrame({"text": ["notes/*.txt"]})).label.tolist() == ["none"]


# "~/speeches" (a folder) was told to wrap a statement in a list after every reader took a
# leading "~" as the home folder: the test of whether a str names a file did not.
def test_a_folder_or_glob_under_the_home_folder_is_read_by_its_tilde(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home" / "days").mkdir(parents=True)
    pd.DataFrame({"text": ["Send tanks to Kyiv.", "We stand together."]}).to_csv(tmp_path / "home" / "days" / "a.csv",
                                                                                   index=False)
    for given in ("~/days", "~/days/", "~/days/*.csv", "~/days/a.csv"):
        assert stance.score(given).text.tolist() == ["Send tanks to Kyiv.", "We stand together."], given
    with pytest.raises(stance.InvalidTypeError, match="got a single str"):
        stance.score("~/nothing here")  # a statement it may be, with a space and nothing there
    with pytest.raises(stance.InvalidTypeError, match="got a single str"):
        stance.score("~")  # a statement of one character, not the home folder (a review)
    # A NUL in "~user" let out expanduser's bare ValueError (a review): named as without the "~".
    with pytest.raises(stance.StanceError):
        stance.score("~a\x00b/x.csv")
    with pytest.raises(stance.InvalidInputError, match="NUL"):
        stance.default_model().save("~a\x00b")
    with pytest.raises(stance.StanceError):
        stance.load("~a\x00b")


# A NUL in a path, which no file name can hold, let out the system's bare "ValueError:
# embedded null byte" from score_file's output, after the whole input was scored; a table
# to read with one was "file not found", as if mistyped. Each names its argument now.
def test_a_path_holding_a_nul_is_refused_naming_its_argument(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["Send tanks to Kyiv."]}).to_csv("day.csv", index=False)
    said = r" holds a NUL character \(\\x00\), which no file or folder name can hold$"
    with pytest.raises(stance.InvalidInputError, match=r"^output_path 'o\\x00\.csv'" + said):
        stance.score_file("day.csv", "o\x00.csv", prefix="p_")
    with pytest.raises(stance.InvalidInputError, match=r"^input_path 'd\\x00\.csv'" + said):
        stance.score_file("d\x00.csv", "o.csv")
    for call, argument in [(stance.score, "data"), (stance.train, "data"),
                           (lambda path: stance.evaluate(None, path), "data"),
                           (lambda path: stance.suggest(None, ["Send tanks."], exclude=path), "exclude")]:
        with pytest.raises(stance.InvalidInputError, match=rf"^{argument} 'd\\x00\.csv'" + said):
            call("d\x00.csv")
    # No shell passes one, but main(argv) may: train's -o raised the bare ValueError.
    for argv, named in [(["score", "day.csv", "-o", "o\x00.csv"], "output_path 'o\\x00.csv'"),
                        (["train", "day.csv", "-o", "m\x00"], "-o 'm\\x00'")]:
        assert main(argv) == 2
        assert f"{named} holds a NUL character" in capsys.readouterr().err
    assert sorted(os.listdir()) == ["day.csv"]


def test_rows_of_a_cursor_or_a_2d_array_are_refused_not_scored_none():
    # A nightly job passed a database cursor's rows, [("We stand together.",), …], or
    # frame[["text"]].to_numpy(), to stance.score: every row scored "none", flag not_text,
    # with no word said; classify_many's error sent it to stance.score.
    import sqlite3

    connection = sqlite3.connect(":memory:")
    connection.execute("create table t (body text)")
    connection.executemany("insert into t values (?)", [("We stand together.",), ("Send tanks to Kyiv.",)])
    rows = connection.execute("select body from t").fetchall()
    with pytest.raises(stance.InvalidTypeError, match=r"^data: every row is a tuple, not a str \(a database "
                                                      r"cursor's rows\?\); pass the texts themselves, e\.g\. "
                                                      r"\[row\[0\] for row in rows\]"):
        stance.score(rows)
    with pytest.raises(stance.InvalidTypeError, match=r"^data is a 2-D array \(2 rows, 1 column\); pass its "
                                                      r"column of texts, e\.g\. array\[:, 0\]"):
        stance.score(np.array(rows))
    with pytest.raises(stance.InvalidTypeError, match=r"^texts\[0\] must be a str, got tuple: a row, not a text"):
        stance.classify_many(rows)
    # One row of another kind among texts is that row's flag, as before.
    assert stance.score(["We stand together.", ("a",)]).flag.tolist() == [None, "not_text"]
    assert stance.score([row[0] for row in rows]).label.tolist() == ["unity", "ukraine_support"]  # as advised


def test_texts_inside_a_list_of_one_are_told_to_pass_that_inner_list():
    # An audit (an R user, through reticulate): classify_many(list(texts)) gives [[text, text]],
    # which was told "a row, not a text …; pass [row[0] for row in rows]", keeping the first text alone.
    texts = ["We stand with Ukraine.", "NATO must stay united."]
    inner = r"pass that inner list, texts\[0\] \(from R: as\.list\(x\)"
    with pytest.raises(stance.InvalidTypeError, match=r"^texts\[0\] must be a str, got list: texts holds one "
                                                      r"list of 2 texts \(R's list\(x\)\?\); if they are the texts, "
                                                      + inner):
        stance.classify_many([texts])
    with pytest.raises(stance.InvalidTypeError, match=r"^data holds one list of 2 texts .*"
                                                      r"pass that inner list, data\[0\] \(from R: as\.list\(x\)"):
        stance.score([texts])
    assert stance.classify_many([texts][0]) == stance.classify_many(texts)  # as advised
    with pytest.raises(stance.InvalidTypeError, match=r"texts holds one list of 2 texts"):  # not "a list" of a tuple
        stance.classify_many((texts,))
    # One text in a list, or a list of rows, is no list of texts wrapped once: told as before.
    with pytest.raises(stance.InvalidTypeError, match=r"got list: a row, not a text"):
        stance.classify_many([[texts[0]]])
    with pytest.raises(stance.InvalidTypeError, match=r"got list: a row, not a text"):
        stance.classify_many([texts, texts])
    # From R, a character vector of one text arrives as a bare str.
    with pytest.raises(stance.InvalidTypeError, match=r"got a single str; wrap it in a list \(from R: as\.list\(x\)\), "
                                                      r"or use classify\(\) for one statement"):
        stance.classify_many(texts[0])


def test_a_bom_that_is_no_bool_is_refused_before_the_output_is_written(tmp_path):
    # bom="no" is true to Python: score_file wrote the byte-order mark it was meant to leave out.
    source = tmp_path / "day.csv"
    pd.DataFrame({"text": ["We back Kyiv.", "Thank you."]}).to_csv(source, index=False)
    for bad in ("no", "False", "", 0, 1, None):
        with pytest.raises(stance.InvalidTypeError, match=r"^bom must be True or False, got "):
            stance.score_file(source, tmp_path / "out.csv", bom=bad, progress=False)
    assert not (tmp_path / "out.csv").exists()
    stance.score_file(source, tmp_path / "out.csv", bom=np.False_, progress=False)
    assert not (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    stance.score_file(source, tmp_path / "out.csv", bom=np.True_, progress=False)
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_progress_that_is_no_bool_is_refused_not_read_as_true(tmp_path, capsys):
    # progress="no" is true to Python: stance.score and score_file showed the bar it meant to turn off.
    source = tmp_path / "day.csv"
    pd.DataFrame({"text": ["We back Kyiv.", "Thank you."]}).to_csv(source, index=False)
    for bad in ("no", "false", "", 0, 1, [False]):
        with pytest.raises(stance.InvalidTypeError, match=r"^progress must be True, False or None .*, got "):
            stance.score(["We back Kyiv."], progress=bad)
        with pytest.raises(stance.InvalidTypeError, match=r"^progress must be True, False or None"):
            stance.score_file(source, tmp_path / "out.csv", progress=bad)
    assert not (tmp_path / "out.csv").exists()
    capsys.readouterr()
    stance.score(["We back Kyiv."], progress=np.False_)  # numpy's bools are the bools they hold
    assert "scoring" not in capsys.readouterr().err
    stance.score(["We back Kyiv."], progress=np.True_)
    assert "scoring" in capsys.readouterr().err
    assert stance.score_file(source, tmp_path / "out.csv", progress=False) == 2
    assert "scoring" not in capsys.readouterr().err


@pytest.fixture
def in_a_notebook(monkeypatch):
    """This process as a Jupyter kernel sees itself: IPython's shell has a kernel, and
    stderr (captured) is no terminal."""
    import sys
    import types

    # Imported first, as it is: where ipywidgets is installed, importing it under the fake
    # ipykernel below asked that for its version_info and failed, once another test had
    # imported IPython's submodules (test_notebook's nbclient), and passed alone.
    import tqdm.notebook  # noqa: F401

    shell = types.SimpleNamespace(kernel=object())
    monkeypatch.setitem(sys.modules, "IPython", types.SimpleNamespace(get_ipython=lambda: shell))
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    for name in [name for name in os.environ if name == "QT_API" or name.startswith("SPYDER")]:
        monkeypatch.delenv(name)


def test_a_notebook_shows_a_bar_for_a_long_run_without_a_warning(in_a_notebook, capsys, monkeypatch, tmp_path):
    # A researcher's 200,000 rows in Jupyter showed no bar (progress=None meant "on a terminal",
    # and a kernel's stderr is none), and progress=True warned "TqdmWarning: IProgress not found.
    # Please update jupyter and ipywidgets" before drawing tqdm's plain bar (tqdm.auto without
    # ipywidgets). A notebook now gets the bar by the terminal's rule, plain and unwarned
    # there; small calls still print nothing.
    import tqdm.notebook

    from stance.progress_bars import bar

    texts = ["We stand together."] * 8193  # one more than a batch
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        monkeypatch.setattr(tqdm.notebook, "IProgress", None)  # no ipywidgets, as in the audit
        assert len(stance.score(texts)) == 8193
        err = capsys.readouterr().err
        assert "scoring: 100%" in err and "8193/8193" in err, err
        stance.score(texts, progress=True)
        assert "scoring: 100%" in capsys.readouterr().err
        stance.score(texts[:8192])
        stance.score(["We stand together."] * 10)
        assert capsys.readouterr().err == ""
        source = tmp_path / "day.csv"  # a file is shown whatever its size, as on a terminal
        pd.DataFrame({"text": ["We back Kyiv.", "Thank you."]}).to_csv(source, index=False)
        assert stance.score_file(source, tmp_path / "out.csv") == 2
        assert "scoring: 100%" in capsys.readouterr().err
        monkeypatch.setattr(tqdm.notebook, "IProgress", object())  # ipywidgets importable: the widget bar
        assert isinstance(bar(3, desc="scoring", disable=True), tqdm.notebook.tqdm)
    monkeypatch.delitem(__import__("sys").modules, "ipykernel")  # a plain IPython, or none: the text bar
    assert not isinstance(bar(3, desc="scoring", disable=True), tqdm.notebook.tqdm)
    stance.score(texts)
    assert capsys.readouterr().err == ""  # no terminal, no notebook: no bar unasked


def test_a_file_scored_in_chunks_is_judged_for_its_language_across_the_file(tmp_path, monkeypatch):
    # A review: a file scored in chunks was judged on its first chunk only: 40 English rows above
    # the 62 told rows of another language of tests/data (and 8 others), read 20 at a time, were
    # not warned of, where stance.score of the same rows is. Now every chunk is judged as it
    # passes: the counts are the file's, those stance.score gives.
    from tests.conftest import DATA

    other = pd.read_csv(DATA / "other_languages.csv").text.tolist()
    english = ["Mr Speaker, this House must stand with Ukraine for as long as it takes.",
               "Defence spending must rise to three per cent of GDP by the end of this Parliament."] * 30
    path = tmp_path / "later.csv"
    pd.DataFrame({"text": english[:40] + other}).to_csv(path, index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stance.score(str(path))
        score_file(path, tmp_path / "out.csv", chunk_size=20)
    said = [str(w.message) for w in caught if issubclass(w.category, stance.OtherLanguageWarning)]
    counted = "text of another language: 62 of the 110 statements of 5 words or more hold none of English's"
    assert len(said) == 2 and all(one.startswith(counted) for one in said), said
    # Chunks larger than the sample are judged on rows spread over each (here 10 a chunk of 40),
    # and their counts, not all counted, are said to be estimated.
    monkeypatch.setattr(stance.scoring, "_LANGUAGE_SAMPLE", 10)
    with pytest.warns(stance.OtherLanguageWarning) as caught:
        score_file(path, tmp_path / "out.csv", chunk_size=40)
    told = [str(w.message) for w in caught if issubclass(w.category, stance.OtherLanguageWarning)]
    assert len(told) == 1 and told[0].startswith("text of another language: an estimated ") and \
        "statements of 5 words or more (judged on rows spread over the file) hold none" in told[0], told
    counted = re.match(r"text of another language: an estimated (\d+) of the (\d+) ", told[0])
    assert 40 <= int(counted[1]) <= 80 and 80 <= int(counted[2]) <= 130, told
    # English throughout is not warned of, sampled or not.
    pd.DataFrame({"text": english * 3}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.OtherLanguageWarning)
        score_file(path, tmp_path / "out.csv", chunk_size=40)


def test_a_file_of_rows_of_another_language_by_turns_is_estimated_on_rows_drawn_not_stepped(tmp_path, monkeypatch):
    # A review of 988bad3a: each chunk was judged on every step-th row, and a file whose languages
    # take turns in a period that divides the step was judged on one language alone: one English row,
    # two German, by turns, 30 a chunk judged on 10 rows (a step of 3), read as all English, and
    # nothing was said of its 60 German rows of 90 (1,000,000 rows of tests/data, 620,000 of
    # another language, were "an estimated 550,000" at the default chunk's step of 25). Now the
    # rows are drawn at random, seeded: the estimate is near the count, and the same each time.
    from stance.text import other_language_rows
    from tests.conftest import DATA

    german = [text for text in pd.read_csv(DATA / "other_languages.csv").query("language == 'german'").text
              if other_language_rows([text]) == (1, 1)]  # 8 of them; "Wir danken Ihnen." is too short to tell
    english = "Mr Speaker, this House must stand with Ukraine for as long as it takes."
    path = tmp_path / "turns.csv"
    pd.DataFrame({"text": [row for i in range(30) for row in (english, german[i % 4], german[i % 4 + 4])]}).to_csv(
        path, index=False)
    monkeypatch.setattr(stance.scoring, "_LANGUAGE_SAMPLE", 10)
    told = []
    for _ in range(2):
        with pytest.warns(stance.OtherLanguageWarning) as caught:
            score_file(path, tmp_path / "out.csv", chunk_size=30)
        told += [str(w.message) for w in caught if issubclass(w.category, stance.OtherLanguageWarning)]
    assert len(told) == 2 and told[0] == told[1], told
    counted = re.match(r"text of another language: an estimated (\d+) of the 90 statements", told[0])
    assert counted and 48 <= int(counted[1]) <= 72, told


def test_a_batch_of_rows_of_another_language_by_turns_is_judged_as_the_same_rows_in_a_file_are(tmp_path, monkeypatch):
    # A review of becda466: a file's chunks were judged on rows drawn at random, a batch still on
    # every step-th row: one English row and two German by turns, 90 judged on 10 (a step of 9),
    # warned "60 of the 90 statements…" of the file (one chunk, counted whole) and nothing of the
    # same rows given to stance.score, where a file of one chunk is told what stance.score tells.
    from stance.text import other_language_rows
    from tests.conftest import DATA

    german = [text for text in pd.read_csv(DATA / "other_languages.csv").query("language == 'german'").text
              if other_language_rows([text]) == (1, 1)]
    english = "Mr Speaker, this House must stand with Ukraine for as long as it takes."
    frame = pd.DataFrame({"text": [row for i in range(30) for row in (english, german[i % 4], german[i % 4 + 4])]})
    frame.to_csv(tmp_path / "turns.csv", index=False)
    monkeypatch.setattr(stance.scoring, "_LANGUAGE_SAMPLE", 10)
    told = []
    for score in (lambda: stance.score(frame), lambda: score_file(tmp_path / "turns.csv", tmp_path / "out.csv")):
        with pytest.warns(stance.OtherLanguageWarning) as caught:
            score()
        told += [str(w.message) for w in caught if issubclass(w.category, stance.OtherLanguageWarning)]
    assert len(told) == 2 and told[0] == told[1], told
    assert told[0].startswith("text of another language: 60 of the 90 statements of 5 words or more"), told


def test_a_batch_of_another_language_scored_by_an_english_model_is_warned_of_once(tmp_path, capsys):
    # The bundled English model scored German, French or Polish statements with no word where
    # their words passed the many_unknown_words flag ("Nous refusons l'envoi de soldats
    # français en Ukraine." is ukraine_support, unflagged): one warning a call now says how
    # many rows hold none of English's commonest words, never one a row. 62 of the 70: those
    # that hold a common word of their language (stance.text.OTHER_WORDS) or are Cyrillic.
    from tests.conftest import DATA

    other = pd.read_csv(DATA / "other_languages.csv")
    english = ["Mr Speaker, this House must stand with Ukraine for as long as it takes.",
               "Defence spending must rise to three per cent of GDP by the end of this Parliament."] * 30
    for call in (lambda texts: stance.score(pd.DataFrame({"text": texts})), stance.classify_many):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call(other.text.tolist() + english[:10])
        said = [str(w.message) for w in caught if "English's commonest words" in str(w.message)]
        assert len(said) == 1 and said[0].startswith("text of another language: 62 of the 80 statements of "
                                                   "5 words or more hold none"), said
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            call(english + other.text.tolist()[:20])  # a third: a question of rows, not of the batch
            call(other.text.tolist()[:2])  # two are too few to tell
    # A file scored in chunks, and a document, warn once too; a model of another stem, never.
    path = tmp_path / "other.csv"
    other.to_csv(path, index=False)
    with pytest.warns(stance.StanceWarning, match="English's commonest words") as caught:
        score_file(path, tmp_path / "out.csv", chunk_size=20)
    assert sum("English's commonest words" in str(w.message) for w in caught) == 1
    with pytest.warns(stance.StanceWarning, match="5 words or more hold none of English's commonest words"):
        stance.score_document(" ".join(other.text[other.language == "german"]))
    german = stance.train(pd.DataFrame({"text": other.text, "labels": other.language}), stem="german",
                          threshold_folds=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.classify_many(other.text.tolist(), model=german)


def test_the_other_language_warning_names_the_options_that_read_the_rows_language():
    # An audit by an analyst with multilingual sources: the warning recommended stem='german'
    # for Russian, Ukrainian, French and Polish rows alike. It names what training's own
    # warnings name for the rows' script: stem='russian' or negation_words='ukrainian' for
    # Cyrillic, a Snowball language or stem=False with Polish negation words for Latin letters.
    def advice(texts):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.classify_many(texts)
        said = [str(w.message) for w in caught if "English's commonest words" in str(w.message)]
        assert len(said) == 1, said
        return said[0].split("set them aside")[1]

    russian = advice(["Мы не будем поддерживать расширение НАТО никогда.",
                      "Россия не угрожает странам Балтии сегодня вообще.",
                      "Запад должен прекратить поставки оружия Украине."])
    assert "stem='russian'" in russian and "negation_words='ukrainian'" in russian and "german" not in russian
    french = advice(["Nous refusons l'envoi de soldats français en Ukraine.",
                     "La France soutient l'Ukraine et l'unité de l'OTAN aujourd'hui.",
                     "Nous ne voulons pas de guerre avec la Russie en Ukraine."])
    assert "stem='german', 'french'" in french and "negation_words='polish'" in french
    assert "russian" not in french and '"Other languages"' in french


def test_the_bar_counts_the_rows_without_text_and_ends_at_the_row_count(capsys, tmp_path):
    # An audit: stance.score(df, progress=True) on 200,000 rows with 4 empty texts ended at
    # 199996/199996, the rows without text (scored, flagged) left out of its total.
    texts = ["We stand together.", "", None, "Send tanks to Kyiv.", "   "] * 2000  # 10,000 rows, 6,000 without text
    scored = stance.score(pd.DataFrame({"text": texts}), progress=True)
    assert len(scored) == 10_000 and scored.flag.notna().sum() == 6000
    bar = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if "%|" in line]
    assert "/10000 " in bar[0] and "100%" in bar[-1] and " 10000/10000 " in bar[-1], bar
    source = tmp_path / "in.parquet"  # the command's bar, rows of a Parquet file: it ends at them too
    pd.DataFrame({"text": texts}).to_parquet(source)
    assert stance.score_file(source, tmp_path / "out.csv", chunk_size=3000, progress=True) == 10_000
    bar = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if "%|" in line]
    assert "100%" in bar[-1] and " 10000/10000 " in bar[-1], bar


def test_a_failed_run_closes_its_bar_where_it_stopped(monkeypatch):
    # A review: a chunk that raised left _progress's generator suspended inside its bar's with,
    # and the traceback (which IPython keeps) held it, so the bar never closed: a saved notebook's
    # text of the widget bar said 0%. The bar is closed when the error leaves score, at 8,192 of 20,000.
    import contextlib

    import stance.progress_bars
    from stance.api import resolve_model

    shown = []

    class Bar:
        n = 0

        def update(self, steps):
            self.n += steps

    @contextlib.contextmanager
    def bar(total, **options):
        one = Bar()
        try:
            yield one
        finally:
            shown.append((one.n, total))

    model = resolve_model(None)
    calls, batch = [0], type(model)._batch

    def failing(self, chunk):
        calls[0] += 1
        if calls[0] == 2:
            raise KeyboardInterrupt
        return batch(self, chunk)

    monkeypatch.setattr(stance.progress_bars, "bar", bar)
    monkeypatch.setattr(type(model), "_batch", failing)
    with pytest.raises(KeyboardInterrupt) as kept:  # the traceback kept, as IPython keeps it
        stance.score(["We stand together."] * 20000, model=model, progress=True, n_jobs=1)
    assert kept.traceback and shown == [(8192, 20000)]


def test_a_whole_debate_in_one_cell_is_warned_of_as_a_document(tmp_path, capsys):
    # A user audit (political scientist): a sitting's whole debate exported in one cell (1.5 MB)
    # was scored as one statement, 'ukraine_support|deterrence', favor, confidence 0.90, with
    # no word; the bundled corpus's longest statement is 495 characters.
    lines = ["Mr Speaker, this House must stand with Ukraine for as long as it takes.",
             "Order, order. The honourable gentleman will resume his seat.",
             "Defence spending must rise to three per cent of GDP by the end of this Parliament."]
    debate = " ".join(lines * 40)  # 8,520 characters
    frame = pd.DataFrame({"sitting": [1, 2, 3, 4], "text": [lines[0], debate, lines[2], "x " * 2499]},
                         index=["a", "b", "c", "d"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scored = stance.score(frame)
    said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert said == [f"text of a document's length: row 'b' holds a text of {len(debate):,} characters, too long for "
                    f"a statement: it is "
                    "scored as one statement, its label and stance the pull of all its sentences together; to score "
                    "a speech or a debate statement by statement, stance.score_documents splits each text into "
                    "statements and scores them, carrying a DataFrame's other columns (stance document reads .txt "
                    "files)"]
    assert scored.index.tolist() == ["a", "b", "c", "d"] and scored.label.iloc[1] != "none"  # scored all the same
    # 4,998 characters (row 'd') is a long statement, not a document; a file scored in chunks
    # is warned of once, its rows counted from the file's start.
    source = tmp_path / "sittings.csv"
    pd.concat([frame] * 3).to_csv(source, index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert score_file(source, tmp_path / "out.csv", chunk_size=3) == 12
    said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert len(said) == 1 and said[0].startswith("text of a document's length: rows 1, 5, 9 hold texts of 5,000 "
                                                            "characters or more"), said
    assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("stance score: warning: text of a document's length: rows 1, 5, 9 hold texts of 5,000 "
                          "characters or more (the longest "
                          f"{len(debate):,}), too long for statements: each is scored as one statement"), err
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a long statement alone says nothing
        stance.score(frame.loc[["a", "c", "d"]])
    # a document's statement too long to split is no document for score_documents to split again: it
    # is warned of as a document's statement, naming its line, not with score's advice
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(stance.score_document("word " * 1500).sentences) == 1
    said = [str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]
    assert len(said) == 1 and said[0].startswith("text of a document's length: the statement on line 1 holds "
                                                            "7,499 characters"), said
    assert "score_documents" not in said[0] and "may lack punctuation" in said[0], said


def test_a_file_scored_in_chunks_names_the_documents_of_every_chunk_whatever_the_chunks(tmp_path, capsys):
    # A user audit (political scientist): 200,000 rows in 50,000-row chunks named 2 of 20 long
    # rows, those of the first chunk that held any; the warning is the whole file's, the same
    # whatever --chunk-size and -j.
    long = "We stand with Ukraine and we will keep sending aid. " * 110  # 5,720 characters
    texts = ["Short line one.", "Short line two.", long, "Short line four.", long, "Short line six."]
    texts += [long if i % 3 == 0 else f"Short line {i}." for i in range(6, 26)]  # documents at rows 6, 9, … 24
    source = tmp_path / "long.csv"
    pd.DataFrame({"id": range(1, len(texts) + 1), "text": texts}).to_csv(source, index=False)
    expected = ("text of a document's length: rows 2, 4, 6, 9, 12 and 4 more hold texts of 5,000 characters or more "
                "(the longest 5,720), "
                "too long for statements: each is scored as one statement")
    for chunk_size, n_jobs in ((1, 1), (2, 1), (100, 1), (7, 2)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert score_file(source, tmp_path / "out.csv", chunk_size=chunk_size, n_jobs=n_jobs,
                              progress=False) == len(texts)
        said = [str(w.message) for w in caught if issubclass(w.category, stance.LongTextWarning)]
        assert len(said) == 1 and said[0].startswith(expected), (chunk_size, n_jobs, said)
    for options in (["--chunk-size", "1"], ["--chunk-size", "2"], ["--chunk-size", "100"], ["-j", "2"]):
        assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "--no-progress", *options]) == 0
        warned = [line for line in capsys.readouterr().err.splitlines() if "characters or more" in line]
        assert len(warned) == 1 and warned[0].startswith(f"stance score: warning: {expected}"), (options, warned)
    # A review: the warning came after the output was put in place, so one made an error replaced
    # the previous output and still raised. It comes before: the previous output stays.
    for chunk_size in (2, 100):
        (tmp_path / "kept.csv").write_text("previous\n")
        with warnings.catch_warnings():
            warnings.simplefilter("error", stance.LongTextWarning)
            with pytest.raises(stance.LongTextWarning):
                score_file(source, tmp_path / "kept.csv", chunk_size=chunk_size, progress=False)
        assert (tmp_path / "kept.csv").read_text() == "previous\n", chunk_size
        assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv", "long.csv", "out.csv"]


def test_a_globs_partitions_warn_of_their_documents_once():
    # The hook's read: the partitions of a glob (stance.distributed) warned of their documents
    # twice, once as the last passed (files._DocumentRows) and once more after it.
    from stance.distributed import _warned_of

    long = "NATO must spend more on defence and deter Russia. " * 120
    parts = [pd.DataFrame({"text": [long, "We back NATO."]}), pd.DataFrame({"text": ["Yes.", long]})]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert [len(part) for part in _warned_of(parts, "text", 1, "none")] == [2, 2]
    said = [str(w.message) for w in caught if issubclass(w.category, stance.LongTextWarning)]
    assert len(said) == 1 and said[0].startswith("text of a document's length: rows 0, 3 hold texts of"), said


def test_a_spreadsheet_or_json_named_that_is_not_there_is_told_its_type_not_to_wrap_a_statement(tmp_path, monkeypatch):
    # A user audit (political scientist): stance.score("hansard_2024.xlsx"), the name mistyped
    # or in another folder, said "got a single str; wrap it in a list, or use stance.classify()
    # for one statement", where the file there was told its type is not read, as train is.
    monkeypatch.chdir(tmp_path)
    for given, said in (("hansard_2024.xlsx", r"unknown file type '\.xlsx'; .*save it as 'CSV UTF-8'"),
                        ("votes.json", r"unknown file type '\.json'"),
                        ("hansard.csv.gz", r"a compressed file \(\.gz\); decompress it first")):
        with pytest.raises(stance.InvalidInputError, match=f"^cannot read '{re.escape(given)}': {said}"):
            stance.score(given)
        with pytest.raises(stance.InvalidInputError, match=f"^cannot read '{re.escape(given)}': {said}"):
            stance.train(given)
    for statement in ("NATO.", "U.S.", "Kyiv.Now"):  # a statement without spaces is still one
        with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
            stance.score(statement)


def test_a_json_file_is_told_how_to_be_read(tmp_path, capsys, energy_model, energy_frame):
    # An audit: stance.score("votes.json") was refused as "unknown file type '.json'; expected
    # one of .csv, .tsv, .jsonl, .parquet", with nothing to say that JSON Lines is read under
    # .jsonl or how to read a JSON array; so were stance score and stance train.
    frame = energy_frame.head(6)[["text", "register"]]
    array, lines = tmp_path / "votes.json", tmp_path / "lines.json"
    frame.to_json(array, orient="records", force_ascii=False)
    frame.to_json(lines, orient="records", lines=True, force_ascii=False)
    hint = (f"(JSON Lines, one record a line, is read under the .jsonl suffix; a JSON array or object: read it "
            f"with pandas.read_json({str(array)!r}) (lines=True for JSON Lines) and pass the DataFrame, or write "
            f"that as JSON Lines, .to_json({str(tmp_path / 'votes.jsonl')!r}, orient='records', lines=True))")
    for call in (lambda: stance.score(array, model=energy_model), lambda: stance.train(str(array))):
        with pytest.raises(stance.InvalidInputError, match=r"unknown file type '\.json'") as raised:
            call()
        assert str(raised.value).endswith(hint), str(raised.value)
    for command in (["score", str(array), "-o", str(tmp_path / "out.csv")],
                    ["train", str(array), "-o", str(tmp_path / "model")]):
        assert main(command) == 2
        assert capsys.readouterr().err.rstrip("\n").endswith(hint)
    # The hint is right: each way it names reads the rows the file holds.
    expected = stance.score(frame, model=energy_model)
    pd.testing.assert_frame_equal(stance.score(pd.read_json(array), model=energy_model), expected)
    pd.testing.assert_frame_equal(stance.score(pd.read_json(lines, lines=True), model=energy_model), expected)
    pd.read_json(array).to_json(tmp_path / "votes.jsonl", orient="records", lines=True)
    pd.testing.assert_frame_equal(stance.score(tmp_path / "votes.jsonl", model=energy_model), expected)
    lines.rename(tmp_path / "lines.jsonl")
    pd.testing.assert_frame_equal(stance.score(tmp_path / "lines.jsonl", model=energy_model), expected)


def test_the_check_for_carriage_returns_before_writing_reads_each_column_whole(monkeypatch):
    # A user audit (political scientist): stance score of 200,000 rows spent a second of its
    # 7 s looking for a carriage return in the output, a cell at a time, each of pandas' Arrow
    # strings boxed as it was taken from its Series (1.2 million cells).
    from stance.files import _holds_carriage_return

    frame = pd.DataFrame({"text": pd.array(["We back Kyiv.", None, "Order."], dtype="string"),
                          "party": pd.Categorical(["Labour", "SNP", "Labour"]),
                          "label": pd.Series(["ukraine_support", "none", "none"], dtype=object),
                          "confidence": [0.9, 1.0, 0.8]})

    def one_at_a_time(self):
        raise AssertionError("a Series read a cell at a time")

    monkeypatch.setattr(pd.Series, "__iter__", one_at_a_time)
    assert not _holds_carriage_return(frame)
    for column, value in (("text", "We back\rKyiv."), ("party", "Plaid\rCymru"), ("label", "none\r")):
        changed = frame.copy()
        if column == "party":
            changed[column] = pd.Categorical([value, "SNP", "Labour"])
        else:
            changed.loc[0, column] = value
        assert _holds_carriage_return(changed), column
    assert _holds_carriage_return(frame.rename(columns={"party": "party\r"}))


def test_a_path_or_glob_with_spaces_is_read_as_a_path_not_refused_as_a_statement(tmp_path, monkeypatch):
    # An audit by an analyst on Windows: folders there hold spaces, and stance.score("glob été/*.csv"),
    # a mistyped "Données/2026 été/excel_utf.csv" or a trailing space were refused as "a single str;
    # wrap it in a list", where the same Path was read or told the file near it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "glob été").mkdir()
    (tmp_path / "Données" / "2026 été").mkdir(parents=True)
    pd.DataFrame({"text": ["We stand together."]}).to_csv(tmp_path / "glob été" / "a.csv", index=False)
    (tmp_path / "Données" / "2026 été" / "excel_utf8.csv").write_bytes(b"\xef\xbb\xbftext\r\nWe stand together.\r\n")
    assert stance.score("glob été/*.csv").text.tolist() == ["We stand together."]
    near = r" \(did you mean 'Données/2026 été/excel_utf8\.csv'\?\)$"
    for typed in ("Données/2026 été/excel_utf.csv", "Données/2026 été/excel_utf8.csv ",
                  "Données/2026 été/EXCEL_UTF.CSV"):
        with pytest.raises(stance.InvalidInputError, match=rf"^file not found: '{re.escape(typed)}'"):
            stance.score(typed)
    with pytest.raises(stance.InvalidInputError, match=near):
        stance.score("Données/2026 été/excel_utf8.csv ")
    with pytest.raises(stance.InvalidInputError, match=r"no files match 'Données/2026 été/\*\.tsv'"):
        stance.score("Données/2026 été/*.tsv")
    # a statement with spaces is still one, a question mark or a slash in it too
    for statement in ("We stand together.", "Why? Because we must.", "Is NATO 50/50 on this?"):
        with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
            stance.score(statement)


@pytest.mark.parametrize("statement", ["Read more at nato.int/news.csv", "Download at nato.int/report.zip",
                                       "See data.json", "Our votes.csv"])
def test_a_statement_with_spaces_ending_in_a_data_suffix_is_refused_as_one_where_no_such_file_is(
        tmp_path, monkeypatch, statement):
    # A review of dd88b9f: a str of several words ending in ".csv", ".zip" or ".json" was taken for a
    # path, whose folder was not there either, and told "file not found" or "unknown file type
    # '.zip'", or given a pandas.read_json recipe; it is told to wrap a statement in a list, and that
    # a path it may be is no file
    monkeypatch.chdir(tmp_path)
    with pytest.raises(stance.InvalidTypeError, match=r"got a single str; wrap it in a list \(from R: as\.list\(x\)\), "
                                                      r"or use stance\.classify\(\) for one statement; if it is a "
                                                      rf"path, no such file: '{re.escape(statement)}'$"):
        stance.score(statement)


def test_a_mistyped_spaced_bare_file_name_is_told_the_file_near_it(tmp_path, monkeypatch):
    # A review of 0c578a9: a name with a space ending in ".csv", with no folder part, was refused
    # as a statement even beside a file it mistypes; it is a path when a file near it is there
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Votes 2024.csv").write_text("text\nWe act.\n", encoding="utf-8")
    with pytest.raises(stance.InvalidInputError, match=r"^file not found: 'votes 2024\.csv' "
                                                       r"\(did you mean 'Votes 2024\.csv'\?\)"):
        stance.score("votes 2024.csv")
    # a sentence ending in a file's name no file there is near stays a statement
    for statement in ("See data.json", "Read more at nato.int/news.csv"):
        with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
            stance.score(statement)


def test_a_missing_columns_hint_names_five_of_its_ties_and_counts_the_rest_as_a_files_does(tmp_path, monkeypatch,
                                                                                           capsys):
    # An audit: the file hint stopped at five ("… or 4 more as near"), the column hint named
    # every tie: item_0 beside item_01 … item_99 named 18 columns in one line. Those one edit from
    # item_0 are item_01 … item_09 and item_10, item_20 … item_90: 18, five named, 13 more.
    frame = pd.DataFrame({f"item_{i:02d}": ["We stand together."] for i in range(1, 100)})
    meant = "'item_01', 'item_02', 'item_03', 'item_04', 'item_05' or 13 more as near?"
    with pytest.raises(stance.InvalidInputError, match=re.escape(f"Did you mean {meant}") + "$"):
        stance.score(frame, text_column="item_0")
    frame.to_csv(tmp_path / "items.csv", index=False)
    assert main(["score", str(tmp_path / "items.csv"), "--text-column", "item_0", "-o", str(tmp_path / "o.csv")]) == 2
    assert capsys.readouterr().err.rstrip().endswith(f"Did you mean {meant}")
    # and a file's, as before: data0.csv beside data1 … data9.csv, five named
    for k in range(1, 10):
        (tmp_path / f"data{k}.csv").write_text("text\nWe agree.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(stance.InvalidInputError, match=re.escape("'data4.csv', 'data5.csv' or 4 more as near?)")):
        stance.score("data0.csv")


@pytest.mark.parametrize("typed, meant", [("speeches.cvs", "speeches.csv"), ("speeches.csvv", "speeches.csv"),
                                          ("held_out.cs", "held_out.csv"), ("speeches.bak", "speeches.csv")])
def test_a_file_name_with_a_mistyped_suffix_is_told_the_file_near_it(tmp_path, monkeypatch, typed, meant):
    # A notebook user's audit: "speeches.cvs" beside speeches.csv was told to wrap a statement
    # in a list, where "speeches" and "Speeches.csv" were told the file near them.
    monkeypatch.chdir(tmp_path)
    for name in ("speeches.csv", "held_out.csv"):
        (tmp_path / name).write_text("text\nWe act.\n", encoding="utf-8")
    with pytest.raises(stance.InvalidInputError, match=rf"^file not found: '{re.escape(typed)}' "
                                                       rf"\(did you mean '{re.escape(meant)}'\?\)$"):
        stance.score(typed)
    # A statement, of one word too, and a name near no file stay statements.
    for statement in ("We stand with Ukraine.", "Ukraine.", "NATO.int", "votes.cvs"):
        with pytest.raises(stance.InvalidTypeError, match="got a single str; wrap it in a list"):
            stance.score(statement)


def test_every_other_language_warning_is_silenced_by_a_filter_of_its_fixed_start_or_of_its_class(capsys):
    # A pipeline filtered it with warnings.filterwarnings("ignore", message=...) by the words
    # it begins with, which were its counts ("3 of the 3 statements…", "1,204 of the 1,377…"):
    # a filter's message is a regex matched at the start, and no fixed start matched them all.
    german = "Wir stehen fest zusammen mit unseren Verbündeten im Bündnis heute."
    english = "Mr Speaker, this House must stand with Ukraine for as long as it takes."
    batches = [[german] * 3, [german] * 12 + [english] * 5, [german] * 1204 + [english] * 173]
    for batch in batches:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stance.classify_many(batch)
        assert [w.category for w in caught] == [stance.OtherLanguageWarning]
        assert str(caught[0].message).startswith(f"text of another language: {batch.count(german):,} of the "
                                                 f"{len(batch):,} statements"), caught[0].message
        for silence in (lambda: warnings.filterwarnings("ignore", message="text of another language"),
                        lambda: warnings.simplefilter("ignore", stance.OtherLanguageWarning)):
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                silence()
                stance.classify_many(batch)
    # the command line says it after its own prefix
    assert main(["classify", german, german, german]) == 0
    assert "stance classify: warning: text of another language: 3 of the 3 statements" in capsys.readouterr().err


@pytest.mark.skipif(int(pd.__version__.split(".")[0]) < 3, reason="pandas 2's Index.insert enters catch_warnings, "
                    "which clears the record of warnings given (a review on pandas 2.0.3)")
@pytest.mark.parametrize("make", [lambda texts: pd.DataFrame({"text": texts}), list, pd.Series],
                         ids=["frame", "list", "series"])
def test_scoring_leaves_the_once_a_warning_filters_working(make):
    # A notebook audit: with warnings.filterwarnings("once", category=OtherLanguageWarning),
    # five calls warned five times, and the user's own warnings.warn in the loop repeated: each
    # call went through catch_warnings (pandas_dtype(object), and pandas 3's first look-up of a
    # text column name), which clears every module's registry of warnings given.
    texts = ["НАТО должно поддержать Украину прямо сейчас и всегда."] * 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stance.score(make(texts))  # the model loaded, once
    with warnings.catch_warnings(record=True) as caught:  # set once: entering it resets them too
        warnings.simplefilter("default")  # Python's own: once per line
        warnings.filterwarnings("once", category=stance.OtherLanguageWarning)
        for _ in range(3):
            stance.score(make(texts))
            warnings.warn("mine", UserWarning, stacklevel=1)  # from this line
    assert [w.category for w in caught] == [stance.OtherLanguageWarning, UserWarning]


@pytest.mark.parametrize("dtype", [object, "str"])
def test_scoring_keeps_the_name_of_the_frames_columns(dtype):
    # A review of b008e00: pandas 3's string column names, rebuilt to their own dtype, lost the
    # name of the column axis (a frame from pivot(columns="field"), or rename_axis(axis=1)).
    frame = pd.DataFrame({"text": ["We must support NATO."], "id": [1]})
    frame.columns = pd.Index(["text", "id"], dtype=dtype if dtype is object or int(pd.__version__[0]) >= 3 else object,
                             name="fields")
    assert stance.score(frame).columns.name == "fields"
    assert stance.score(frame, prefix="p_").columns.name == "fields"


def test_score_file_warns_that_n_jobs_has_nothing_to_share_out_with_chunks_of_one_part(tmp_path):
    # An audit: score_file(..., n_jobs=2, chunk_size=5000) scored in one process without a word,
    # where `stance score -j 2 --chunk-size 5000` exits 2 saying so: a chunk is scored in parts of
    # SCORE_CHUNK rows, one process each. score_file says the same in Python's terms, and still scores.
    from stance.scoring import SCORE_CHUNK

    source = tmp_path / "day.csv"
    pd.DataFrame({"text": ["NATO must stand united.", "We stand with Ukraine."] * 5}).to_csv(source, index=False)
    with pytest.warns(stance.StanceWarning, match=rf"n_jobs=2 has nothing to share out with chunk_size=5000: a chunk "
                                                  rf"is scored in parts of {SCORE_CHUNK} rows, one process each, so "
                                                  rf"each is scored in one; use a chunk_size above {SCORE_CHUNK} "
                                                  rf"\(the default is 50000\)") as caught:
        assert score_file(source, tmp_path / "out.csv", n_jobs=2, chunk_size=5000, progress=False) == 10
    assert len([w for w in caught if issubclass(w.category, stance.StanceWarning)]) == 1
    assert len(pd.read_csv(tmp_path / "out.csv")) == 10
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        score_file(source, tmp_path / "out.csv", n_jobs=1, chunk_size=5000, progress=False)
        score_file(source, tmp_path / "out.csv", n_jobs=2, chunk_size=SCORE_CHUNK + 1, progress=False)


# Makes loky's semaphores fail as they do with /dev/shm read-only (EROFS) or missing (ENOENT),
# then scores on two processes in the library, score_file and the command line.
NO_SHM = """
import errno, importlib, sys, warnings
import pandas as pd

import stance
from stance.cli import main
from stance.files import score_file

def no_semaphore(*args, **kwargs):
    raise OSError(int(sys.argv[1]), "Read-only file system" if sys.argv[1] == "30" else "No such file or directory")

texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 3000
expected = stance.score(texts, n_jobs=1)
# The module itself: the package's attribute of that name is multiprocessing's.
importlib.import_module("joblib.externals.loky.backend.synchronize")._SemLock = no_semaphore
folder = sys.argv[2]
pd.DataFrame({"text": texts}).to_csv(f"{folder}/in.csv", index=False)
if sys.argv[3] == "cli":
    print(main(["score", f"{folder}/in.csv", "-o", f"{folder}/cli.csv", "-j", "2"]))
    sys.exit()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # three chunks, each a call of its own, then a call more: told once, not tried again
    assert score_file(f"{folder}/in.csv", f"{folder}/lib.csv", n_jobs=2, chunk_size=3000) == len(texts)
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=2), expected)
print([str(w.message) for w in caught if "in this process alone" in str(w.message)])
"""


@pytest.mark.parametrize("failure", [errno.EROFS, errno.ENOENT])
def test_n_jobs_where_dev_shm_is_read_only_or_missing_scores_in_one_process_and_says_so(tmp_path, failure):
    # A packager's audit: under a read-only /dev/shm joblib warned it would "operate in serial
    # mode", but the library raised a raw OSError from loky's _SemLock, and `stance score -j 2`
    # said "cannot write 's.csv': Read-only file system", blaming its output. A review: the
    # warning came again for each 50,000-row chunk of a file, each trying to start workers again.
    import ast
    import subprocess
    import sys

    script = tmp_path / "no_shm.py"
    script.write_text(NO_SHM)
    done = {how: subprocess.run([sys.executable, str(script), str(failure), str(tmp_path), how], capture_output=True,
                                text=True, timeout=300) for how in ("lib", "cli")}
    assert done["lib"].returncode == 0, done["lib"].stderr[-2000:]
    messages = ast.literal_eval(done["lib"].stdout.strip().splitlines()[-1])
    assert len(messages) == 1 and "n_jobs=2 scores in this process alone" in messages[0] and "/dev/shm" in messages[0]
    assert done["cli"].stdout.strip().splitlines()[-1] == "0", done["cli"].stderr[-2000:]
    assert "cannot write" not in done["cli"].stderr and done["cli"].stderr.count("/dev/shm") == 1
    expected = pd.read_csv(tmp_path / "lib.csv")
    pd.testing.assert_frame_equal(pd.read_csv(tmp_path / "cli.csv"), expected)
    assert len(expected) == 9000


def test_an_os_error_in_scoring_a_file_is_not_told_as_writing_the_output(tmp_path, monkeypatch):
    # The output is open while the rows are scored, and every OSError in that time was named
    # by it: workers that could not start (too many open files) were "cannot write 's.csv'".
    import stance.scoring

    def cannot_start(*args, **kwargs):
        raise OSError(errno.EMFILE, "Too many open files")

    pd.DataFrame({"text": ["Bring the brigade home."]}).to_csv(tmp_path / "in.csv", index=False)
    monkeypatch.setattr(stance.scoring, "score_checked", cannot_start)
    with pytest.raises(OSError) as raised:
        score_file(tmp_path / "in.csv", tmp_path / "s.csv")
    assert raised.value.errno == errno.EMFILE and "cannot write" not in str(raised.value)
    assert os.listdir(tmp_path) == ["in.csv"]  # no output, and no part of one left
    monkeypatch.undo()
    assert main(["score", str(tmp_path / "in.csv"), "-o", str(tmp_path / "s.csv")]) == 0  # the output is writable


# Makes loky fail to start a worker as it does out of open files (ulimit -n): with the OSError,
# with the UnboundLocalError ('child_r') its clean-up raises over it, or at the second worker
# only (the first started); then scores in the library and on the command line.
NO_FILES_LEFT = """
import errno, importlib, sys, warnings
import pandas as pd

import stance
from stance.cli import main

how, folder = sys.argv[1], sys.argv[2]
popen = importlib.import_module("joblib.externals.loky.backend.popen_loky_posix")
launch, launched = popen.Popen._launch, []

def failing_launch(self, process_obj):
    if how == "second" and not launched:
        launched.append(self)
        return launch(self, process_obj)
    try:
        raise OSError(errno.EMFILE, "Too many open files")
    except OSError:
        if how == "loky":
            raise UnboundLocalError("cannot access local variable 'child_r' where it is not associated with a value")
        raise

texts = ["We have a one-speed NATO.", "Bring the brigade home.", "Thank you."] * 10000
expected = stance.score(texts, n_jobs=1)
popen.Popen._launch = failing_launch
pd.DataFrame({"text": texts}).to_csv(f"{folder}/in.csv", index=False)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    pd.testing.assert_frame_equal(stance.score(texts, n_jobs=3), expected)
print("SAID:" + repr([str(w.message) for w in caught if issubclass(w.category, stance.StanceWarning)]))
status = main(["score", f"{folder}/in.csv", "-o", f"{folder}/cli.csv", "-j", "3"])
print(f"STATUS:{status}")
"""


@pytest.mark.skipif(os.name != "posix", reason="loky's POSIX process launch is made to fail")
@pytest.mark.parametrize("how", ["plain", "loky", "second"])
def test_n_jobs_out_of_open_files_scores_in_one_process_and_says_so(tmp_path, how):
    # A packager's audit: under `ulimit -n 16`, `stance score -j 2` ended in loky's traceback
    # (UnboundLocalError: 'child_r'), and at 14 or 18 said "cannot write 'x.csv': Too many open
    # files", blaming its output.
    import ast
    import subprocess
    import sys

    script = tmp_path / "no_files_left.py"
    script.write_text(NO_FILES_LEFT)
    done = subprocess.run([sys.executable, str(script), how, str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    # Read by their marks: the worker that did start shares stdout, and under load it once wrote a line of
    # dashes after the script's own lines, which were then misread.
    said, status = (line.split(":", 1)[1] for line in done.stdout.splitlines() if line.startswith(("SAID:", "STATUS:")))
    messages = ast.literal_eval(said)
    assert len(messages) == 1 and "n_jobs=3 scores in this process alone" in messages[0], messages
    assert "Too many open files" in messages[0] and "ulimit -n" in messages[0]
    assert status == "0", done.stderr[-2000:]
    assert "cannot write" not in done.stderr and "Traceback" not in done.stderr
    assert len(pd.read_csv(tmp_path / "cli.csv")) == 30000


def test_mojibake_in_a_batch_or_a_table_is_warned_of_as_a_documents_is():
    # An audit of scraped text: "doesnâ€™t" (UTF-8 read as cp1252) flipped the stance without a
    # word in classify_many and score, where score_document warned MojibakeWarning of it.
    bad = "NATO doesnâ€™t need more troops in Estonia."
    with pytest.warns(stance.MojibakeWarning, match="text line 1 holds 'â€™'"):
        stance.score_document(bad)
    texts = ["We stand with Ukraine.", bad, "Déjà vu: NATO is united.", "Ukraineâ€™s future is in NATO."]
    with pytest.warns(stance.MojibakeWarning) as warned:
        stance.classify_many(texts)
    assert [str(w.message) for w in warned if w.category is stance.MojibakeWarning] == [
        "mojibake: 2 texts hold text decoded in the wrong encoding, texts[1] the first, whose 'â€™' is "
        "'’' so "
        "decoded; scored as written, where the model knows no such words; decode the source in its real encoding "
        "(UTF-8 for a web page's text) before scoring"]
    frame = pd.DataFrame({"text": texts[:3]}, index=[10, 11, 12])
    with pytest.warns(stance.MojibakeWarning) as warned:
        stance.score(frame)
    assert [str(w.message) for w in warned if w.category is stance.MojibakeWarning] == [
        "mojibake: row 11 holds 'â€™', which is '’' decoded in the wrong encoding, scored as written, "
        "where the "
        "model knows no such words; decode the source in its real encoding (UTF-8 for a web page's text) before "
        "scoring"]
    # Text as written, accents and curly quotes and all, is no mojibake.
    with warnings.catch_warnings():
        warnings.simplefilter("error", stance.MojibakeWarning)
        stance.classify_many(["We stand with Ukraine’s “allies”.", "Déjà vu: SÃO PAULO agrees."])
        stance.score(["Wir müssen die Ukraine unterstützen."])


@pytest.mark.parametrize(("index", "named"), [
    (["a", "b", "y9"], "texts['b']"),
    ([0, 0, 0], "texts: row at position 1 (index 0)"),
    (["a", "a", "b"], "texts: row at position 1 (index 'a')"),
    (None, "texts[1]"),  # a RangeIndex, as before
])
def test_classify_many_names_a_mojibake_row_of_a_series_as_its_errors_name_rows(index, named):
    # A review of a4b8d54: classify_many's errors name a Series' row by its label, or by its
    # position too where the index repeats (README, "How rows are named"), but its MojibakeWarning
    # named the row by position in brackets: texts[1] for the row labelled 'b'.
    series = pd.Series(["We agree.", "Ukraineâ€™s future is in NATO.", "We stand with Kyiv."], index=index)
    with pytest.warns(stance.MojibakeWarning) as warned:
        stance.classify_many(series)
    assert [str(w.message) for w in warned if w.category is stance.MojibakeWarning] == [
        f"mojibake: {named} holds 'â€™', which is '’' decoded in the wrong encoding, scored as written, "
        f"where the "
        "model knows no such words; decode the source in its real encoding (UTF-8 for a web page's text) before "
        "scoring"]
    with pytest.raises(stance.InvalidTypeError, match=re.escape(f"{named} must be a str")):  # the error, alike
        stance.classify_many(pd.Series(["We agree.", None, "We stand with Kyiv."], index=index))


def test_mojibake_of_a_control_character_cp1252_has_no_meaning_for_says_what_it_is(tmp_path):
    # An audit: 'NATO \x81 allies' warned "holds '\x81', which is '\x81' decoded in the wrong
    # encoding", which explains nothing: 0x81 is one of the five bytes cp1252 leaves undefined,
    # so the C1 control is no cp1252 sign read as Latin-1. It is still a byte no text types
    # (a lead byte of Shift_JIS or GBK, say), and is told as such.
    with pytest.raises(UnicodeDecodeError):
        b"\x81".decode("cp1252")  # the independent answer: no cp1252 character it could have been
    said = "holds the control character U+0081, which no text types: a byte of text decoded in the wrong encoding"
    for call in (lambda: stance.classify_many(["NATO \x81 allies"]), lambda: stance.score(["NATO \x81 allies"]),
                 lambda: stance.score_document("NATO \x81 allies")):
        with pytest.warns(stance.MojibakeWarning) as warned:
            call()
        messages = [str(w.message) for w in warned if w.category is stance.MojibakeWarning]
        assert len(messages) == 1 and said in messages[0] and "which is" not in messages[0], messages
    with pytest.warns(stance.MojibakeWarning) as warned:
        stance.classify_many(["NATO \x81 allies", "Ukraine\x92s allies"])
    message = str(warned[0].message)
    assert "texts[0] the first, which holds the control character U+0081, which no text types" in message, message
    source = tmp_path / "in.csv"
    source.write_bytes(b"text\nNATO \x81 allies\n")  # read in Latin-1: a lone C1 control
    with pytest.warns(stance.MojibakeWarning) as warned:
        stance.score(source, encoding="latin-1")
    messages = [str(w.message) for w in warned if w.category is stance.MojibakeWarning]
    assert messages and all("U+0081, which no text types" in m for m in messages), messages


def test_worker_died_errors_constructor_and_attributes_are_documented():
    # A brief's review: WorkerDiedError's docstring and the README named signal_number and
    # exit_status in passing, but not that they are its constructor's arguments (no message: the
    # message is made of them), their defaults, or told(), which the command line words it with.
    import inspect

    from stance.exceptions import WorkerDiedError

    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    docs = " ".join(WorkerDiedError.__doc__.split())
    assert list(inspect.signature(WorkerDiedError).parameters) == ["signal_number", "exit_status"]
    for said in (docs, readme):
        assert "WorkerDiedError(signal_number=None, exit_status=None)" in said, said
        assert "WorkerDiedError(signal_number=9)" in said and ".told(" in said, said
    assert ">>> error.signal_number, error.exit_status" in WorkerDiedError.__doc__


def test_the_advice_of_a_daemonic_process_names_n_jobs_as_the_caller_gives_it(tmp_path, capsys, monkeypatch):
    # Before: the command line, run in a daemonic process (a Pool's worker), was told "pass
    # n_jobs=1 there", the library's argument, where it takes -j 1 / --n-jobs 1.
    import multiprocessing

    monkeypatch.setattr(multiprocessing.current_process(), "daemon", True)  # as a Pool's worker is
    texts = [f"Wind farm number {n} now." for n in range(9000)]  # more than one chunk to share out
    with pytest.warns(stance.StanceWarning) as caught:
        stance.score(texts, n_jobs=2)
    assert [str(w.message) for w in caught] == [
        "n_jobs=2 scores in this process alone: it is a daemonic process (a multiprocessing Pool's worker, say), "
        "which may not start processes of its own; pass n_jobs=1 there"]
    source = tmp_path / "in.csv"
    source.write_text("text\n" + "".join(text + "\n" for text in texts))
    assert main(["score", str(source), "-o", str(tmp_path / "out.csv"), "-j", "2"]) == 0
    err = capsys.readouterr().err
    assert ("warning: --n-jobs=2 scores in this process alone: it is a daemonic process (a multiprocessing Pool's "
            "worker, say), which may not start processes of its own; pass --n-jobs=1 there") in err, err
    assert "n_jobs" not in err, err


def test_a_column_of_one_word_offered_as_the_statements_is_said_to_hold_one_word(tmp_path, capsys):
    # A review: a column of figures beside one of party names warned "column 'party' holds text
    # (1 words at the median)", a plural for one; two words stay plural.
    frame = pd.DataFrame({"id": [1, 2, 3], "text": ["12", "13", "14"], "party": ["SNP", "Labour", "Green"]})
    frame.to_csv(tmp_path / "figures.csv", index=False)
    assert main(["score", str(tmp_path / "figures.csv"), "-o", str(tmp_path / "out.csv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "column 'party' holds text (1 word at the median): is 'party' the column of statements? " \
           "(--text-column party)" in err, err
    with pytest.warns(stance.TextColumnWarning, match=r"column 'party' holds text \(1 word at the median\)"):
        stance.score(frame)
    with pytest.warns(stance.TextColumnWarning, match=r"column 'party' holds text \(2 words at the median\)"):
        stance.score(frame.assign(party=["Scottish National", "Labour Party", "Green Party"]))


def test_scoring_a_text_that_is_a_spreadsheet_s_error_value_warns_naming_its_rows(tmp_path, capsys):
    # A scholar's audit: "#N/A" in a text column (a formula that failed) was scored as a
    # statement without a word, and counted as one in a profile; training refuses it. Scored
    # as it was (the scores stay the model's), with a warning naming the rows, once a file.
    from stance.cli import main

    texts = ["Deter Russia with more troops.", "#N/A", "Send Kyiv more air defence.", " #REF! ", "#N/A is no code."]
    with pytest.warns(stance.StanceWarning, match=r"^rows 1, 3 hold '#N/A' and '#REF!', a spreadsheet's error values "
                                                  r".*not a statement: each is scored as any text is") as caught:
        scored = stance.score(pd.DataFrame({"text": texts}))
    assert sum("spreadsheet" in str(w.message) for w in caught) == 1
    for at in (1, 3):  # the model's own answers, as classify gives them (and warns of)
        with pytest.warns(stance.StanceWarning, match="spreadsheet's error value"):
            answer = stance.default_model().classify(texts[at])
        assert (scored.loc[at, "label"], scored.loc[at, "confidence"]) == (answer.label, answer.confidence)
    path = tmp_path / "in.csv"
    pd.DataFrame({"text": texts * 3}).to_csv(path, index=False)
    assert main(["score", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", "4"]) == 0
    err = capsys.readouterr().err
    assert err.count("spreadsheet's error value") == 1, err
    assert "rows 1, 3, 6, 8, 11 and 1 more hold '#N/A' (3 times) and '#REF!' (3 times)" in err, err


def test_classifying_a_text_that_is_a_spreadsheet_s_error_value_warns_naming_it(monkeypatch, capsys):
    # stance.classify("#N/A"), classify_many and stance classify of a cell pasted from a sheet's
    # column (a formula that failed) answered it without a word, where stance.score warns of it
    # and training refuses it. Answered as before (the model's own answer), with a warning naming it.
    import io

    from stance.cli import main

    model = stance.default_model()
    with pytest.warns(stance.StanceWarning, match=r"^the text is '#N/A', a spreadsheet's error value .*not a "
                                                  r"statement: it is classified as any text is") as caught:
        answer = stance.classify(" #N/A ")
    assert len(caught) == 1  # once, though the model's own method warns too
    with pytest.warns(stance.StanceWarning, match="spreadsheet's error value"):
        assert answer == model.classify(" #N/A ")
    texts = ["Deter Russia with more troops.", "#N/A", "Send Kyiv more air defence.", "#Н/Д", "#N/A is no code."]
    with pytest.warns(stance.StanceWarning, match=r"^texts\[1\], texts\[3\] are '#N/A' and '#Н/Д', a spreadsheet's "
                                                  r"error values .*not statements: each is classified"):
        assert stance.classify_many(texts) == model.classify_many(texts)
    with pytest.warns(stance.StanceWarning, match=r"^texts\[11\] is '#REF!'"):  # a Series' rows by their labels
        stance.classify_many(pd.Series(["We met.", "#REF!"], index=[10, 11]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.classify("#N/A is VLOOKUP's answer where it finds no code.")
        stance.classify_many(["#1 priority: deter Russia.", "Err: we must act."])
    assert main(["classify", "We met.", "#N/A", "#REF!"]) == 0
    out, err = capsys.readouterr()
    with pytest.warns(stance.StanceWarning, match="spreadsheet's error value"):
        assert out.split() == ["none", model.classify("#N/A").label, model.classify("#REF!").label]
    # said as a reader says them (a review): "statements 2 and 3", not "statement 2, statement 3"
    assert "stance classify: warning: statements 2 and 3 are '#N/A' and '#REF!'" in err, err
    assert main(["classify", "#N/A", "We met.", "#REF!", "#NAME?", "a", "b", "#N/A", "#N/A", "#N/A", "#N/A"]) == 0
    err = capsys.readouterr().err
    assert "warning: statements 1, 3, 4, 7, 8 and 2 more are '#N/A' (5 times), '#REF!' and '#NAME?'" in err, err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We met.\n#N/A\nWe agree.\n#N/A\n")))
    assert main(["classify"]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 4 and err.count("spreadsheet's error value") == 1, err
    assert "warning: line 2 of stdin is '#N/A'" in err and "the first such line" in err, err


def test_stance_explain_names_its_statements_that_are_a_spreadsheet_s_error_value_as_stance_classify_does(
        monkeypatch, capsys):
    # A review of 471d195f: `stance explain "We met." "#N/A" "#REF!"` warned twice, "the text is
    # '#N/A'" and "the text is '#REF!'", of which statements, unsaid, where stance classify warns
    # once, "statements 2 and 3 are …"; of stdin, once a line where classify names the first.
    import io

    from stance.cli import main

    assert main(["explain", "We met.", "#N/A", "#REF!"]) == 0
    err = capsys.readouterr().err
    assert err.count("spreadsheet's error value") == 1 and "the text is" not in err, err
    assert "stance explain: warning: statements 2 and 3 are '#N/A' and '#REF!'" in err, err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We met.\n#N/A\nWe agree.\n#REF!\n")))
    assert main(["explain", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.count("labels: ") == 4 and err.count("spreadsheet's error value") == 1, err
    assert "warning: line 2 of stdin is '#N/A'" in err and "the first such line" in err, err
    with pytest.warns(stance.StanceWarning, match=r"^the text is '#N/A'") as caught:  # the library's, as before
        stance.explain("#N/A")
    assert len(caught) == 1


def test_a_model_s_own_classify_and_explain_warn_of_a_text_that_is_a_spreadsheet_s_error_value():
    # A review: StanceModel.classify and classify_many (a model the user trained, or loaded) and
    # stance.explain("#N/A") answered such a text without a word, where stance.classify warned.
    # Each warns now, once a call, naming the text as stance.classify and classify_many name it.
    texts = ["Deter Russia with more troops.", "Send Kyiv more air defence.", "We met in Brussels.",
             "Ministers agreed the budget.", "More tanks for the eastern flank.", "Thank you all."] * 3
    labels = ["deterrence", "ukraine_support", "none", "none", "deterrence", "none"] * 3
    trained = stance.StanceModel(threshold_folds=0).fit(texts, labels)
    for model in (trained, stance.default_model()):
        with pytest.warns(stance.StanceWarning, match=r"^the text is '#N/A', a spreadsheet's error value") as caught:
            model.classify(" #N/A ")
        assert len(caught) == 1
        given = ["We met.", "#N/A", "Deter Russia.", "#REF!"]
        with pytest.warns(stance.StanceWarning, match=r"^texts\[1\], texts\[3\] are '#N/A' and '#REF!'") as caught:
            model.classify_many(given)  # a handful, classified one by one: still one warning
        assert len(caught) == 1
        with pytest.warns(stance.StanceWarning, match=r"^texts\[3\] is '#N/A'") as caught:
            model.classify_many(["We met."] * 3 + ["#N/A"] + ["Deter Russia."] * 300)  # the batch path
        assert len(caught) == 1
        with pytest.warns(stance.StanceWarning, match=r"^texts\['b'\] is '#NV'"):  # a Series' rows by their labels
            model.classify_many(pd.Series(["We met.", "#NV"], index=["a", "b"]))
        with pytest.warns(stance.StanceWarning, match=r"^the text is '#N/A'") as caught:
            model.explain("#N/A")
        assert len(caught) == 1
    with pytest.warns(stance.StanceWarning, match=r"^the text is '#DIV/0!'") as caught:
        stance.explain("#DIV/0!")
    assert len(caught) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        trained.classify("#1 priority: deter Russia.")
        trained.classify_many(["Err: we must act.", "#N/A is VLOOKUP's answer where it finds no code."])
        stance.explain("#1 priority: deter Russia.")
        trained.explain_many(["#N/A", "We met."])  # rows of a table, as stance.score names them: left to it


def test_an_error_value_written_in_two_cases_is_named_once_with_its_count():
    # A review: "texts[0], texts[1], texts[2] are '#N/A' and '#n/a' and '#REF!'" named one value
    # twice (a spreadsheet reads "#n/a" as "#N/A") and joined three names with "and". Now each value
    # is named once, as first written, with how often it is met where the rows' names do not say it.
    with pytest.warns(stance.StanceWarning, match=r"^texts\[0\], texts\[1\], texts\[2\] are '#N/A' \(twice\) and "
                                                  r"'#REF!', a spreadsheet's error values "):
        stance.classify_many(["#N/A", "#n/a", "#REF!"])
    with pytest.warns(stance.StanceWarning, match=r"^rows 0, 1, 3, 4, 5 hold '#N/A' \(3 times\), '#REF!' and "
                                                  r"'#DIV/0!', a spreadsheet's error values "):
        stance.score(pd.DataFrame({"text": ["#N/A", " #n/a ", "We met.", "#REF!", "#N/A", "#DIV/0!"]}))
    with pytest.warns(stance.StanceWarning, match=r"^rows 0, 1 hold '#N/A', a spreadsheet's error value "):
        stance.score(pd.DataFrame({"text": ["#N/A", "#N/A", "We met."]}))  # the rows' names count them


def test_each_error_value_is_told_what_it_says_went_wrong():
    # A review: a lone "#REF!" or "#DIV/0!" was explained with VLOOKUP's words, advice meant for "#N/A"
    # ("a formula that failed: '#N/A' is what VLOOKUP gives where it finds no code"). Each value is told now
    # what Excel's own help says it means, in any language the sheet writes it in.
    def said(*texts):
        with pytest.warns(stance.StanceWarning, match="spreadsheet's error value") as caught:
            stance.classify_many(list(texts))
        message = next(str(w.message) for w in caught if "spreadsheet" in str(w.message))
        return message.split("(a formula that failed", 1)[1].split("), not ")[0]

    # Plain English, read aloud (a review: "'#REF!' is a formula's whose cell … was deleted" was not).
    assert said("#REF!") == ": '#REF!' is what a formula gives when a cell, row or column it refers to was deleted"
    assert said("#DIV/0!") == ": '#DIV/0!' is what a division by zero or by an empty cell gives"
    assert said("#BEZUG!") == (": '#BEZUG!' is what a formula gives when a cell, row or column it refers to "
                               "was deleted")  # German #REF!
    assert said("#NAME?") == ": '#NAME?' is what a formula gives when a function or range name in it is misspelt"
    assert said("#N/D", "#¡REF!") == (": '#N/D' is what VLOOKUP gives where it finds no code; '#¡REF!' is what a "
                                      "formula gives when a cell, row or column it refers to was deleted")  # Spanish
    assert said("Fehler:502") == ": 'Fehler:502' is what LibreOffice gives for an invalid argument"  # German
    assert "'s whose" not in said("#VALUE!", "#NUM!", "#NULL!", "#SPILL!", "#DIV/0!", "#NAME?", "#REF!", "Err:502")
    assert said("#N/A", "#NV") == ": '#N/A' and '#NV' are what VLOOKUP gives where it finds no code"
    assert said("#N/A", "#REF!") == (": '#N/A' is what VLOOKUP gives where it finds no code; '#REF!' is what a formula "
                                     "gives when a cell, row or column it refers to was deleted")
    assert said("#BUSY!") == ""  # Excel's help says no more than that it is still computing: nothing added
    assert "VLOOKUP" not in said("#VALUE!", "#NUM!", "#NULL!", "#SPILL!", "Err:502")

"""Pickling a model, as pool workers and dask clusters do: small, and the same model after."""

import concurrent.futures
import copy
import multiprocessing
import os
import pickle
import subprocess
import sys
from multiprocessing.reduction import ForkingPickler

import numpy as np
import pytest

import stance

PROBES = ["Build more wind turbines.", "Gas is a detour.", "The hearing resumes on Thursday.", "", "No nuclear."]


def _same_parameters(left: stance.StanceModel, right: stance.StanceModel) -> None:
    assert right.params_.vocabulary == left.params_.vocabulary
    assert right.params_.labels == left.params_.labels
    assert right.params_.stance_classes == left.params_.stance_classes
    for name, array in left.params_.arrays().items():
        unpickled = right.params_.arrays()[name]
        assert unpickled.dtype == np.float64 and unpickled.shape == array.shape, name
        assert unpickled.tobytes() == array.tobytes(), name


def test_an_unpickled_model_has_the_same_parameters_and_predictions(energy_model):
    unpickled = pickle.loads(pickle.dumps(energy_model))
    _same_parameters(energy_model, unpickled)
    for before, after in zip(energy_model.classify_many(PROBES), unpickled.classify_many(PROBES)):
        assert (after.label, after.labels, after.stance) == (before.label, before.labels, before.stance)
        assert after.scores == before.scores and after.confidence == before.confidence


def test_values_float32_cannot_hold_and_negative_zeros_come_back_as_they_were(energy_model):
    params = copy.deepcopy(energy_model.params_)
    params.idf = params.idf + 1e-12  # needs float64
    params.stance_by_label = params.stance_by_label.copy()
    params.stance_by_label[0, :3, 0] = [-0.0, 1e-300, 0.1]  # a signed zero and two float64-only values
    model = stance.StanceModel.from_parameters(params, energy_model.get_params())
    _same_parameters(model, pickle.loads(pickle.dumps(model)))
    assert np.signbit(pickle.loads(pickle.dumps(model)).params_.stance_by_label[0, 0, 0])


def test_a_vocabulary_holding_the_separator_or_an_empty_term_survives(energy_model):
    params = copy.deepcopy(energy_model.params_)
    params.vocabulary = ["", *params.vocabulary[1:-1], "line\nbreak"]
    params.__post_init__()
    unpickled = pickle.loads(pickle.dumps(params))
    assert unpickled.vocabulary == params.vocabulary
    assert unpickled.vocabulary_index["line\nbreak"] == len(params.vocabulary) - 1


def test_the_bundled_model_pickles_to_about_half_its_float64_weights_its_vocabulary_joined():
    # Every pool worker and dask worker is sent this; it was 20.5 MB, the float64 arrays
    # and the vocabulary's index as they are in memory. Packed (float32 where exact, sparse
    # arrays as their entries, the vocabulary one string) it is about half the float64 weights:
    # 0.49 of them until the thirty-first wave, whose vocabulary took 0.14.0's to 0.50003
    # (8.6 MB); a vocabulary left a list makes it 0.521, float64 arrays 1 or more.
    # (multiprocessing sends the bundled model as loaded as a reference: see below. Its
    # parameters in a model of their own, as a path's model or one fitted in this process, never.)
    model = stance.StanceModel.from_parameters(stance.default_model().params_, stance.default_model().get_params())
    in_memory = sum(array.nbytes for array in model.params_.arrays().values())
    assert isinstance(model.params_.__getstate__()["vocabulary"], str)
    pickled = pickle.dumps(model)
    assert len(pickled) < in_memory * 0.51
    _same_parameters(model, pickle.loads(pickled))


@pytest.mark.parametrize("options_then_unknown", [(), ("cjk",), ("marks", "cjk"), ("handles", "marks", "cjk"),
                                                  ("cannot", "handles", "marks", "cjk"),
                                                  ("invisibles", "cannot", "handles", "marks", "cjk"),
                                                  ("spelling", "invisibles", "cannot", "handles", "marks", "cjk"),
                                                  ("links", "spelling", "invisibles", "cannot", "handles", "marks",
                                                   "cjk"),
                                                  ("apostrophes", "links", "spelling", "invisibles", "cannot",
                                                   "handles", "marks", "cjk")])
def test_a_pickle_made_by_an_earlier_stance_still_unpickles(energy_model, tmp_path, options_then_unknown):
    # Before pickles were packed, the parameters pickled as their plain attributes.
    params = energy_model.params_
    plain = object.__new__(type(params))
    plain.__setstate__(dict(params.__dict__))
    unpickled = stance.StanceModel.from_parameters(plain, energy_model.get_params())
    _same_parameters(energy_model, unpickled)
    # A model pickled before fitted_options_ was recorded, or before an option existed, has
    # no such attribute (an AttributeError on 'links' once), and its parameters read text
    # without what the option adds: it unpickles with the option off, as a load gives it.
    older = copy.deepcopy(params)
    older.analyzer_options = {k: v for k, v in params.analyzer_options.items() if k not in options_then_unknown}
    options = {k: v for k, v in energy_model.get_params().items() if k not in options_then_unknown}
    state = {**energy_model.__getstate__(), "params_": older}
    for name in ("fitted_options_", *options_then_unknown):
        del state[name]
    model = object.__new__(stance.StanceModel)
    model.__setstate__(state)
    expected = stance.StanceModel.from_parameters(older, options)
    assert model.get_params() == model.fitted_options_ == expected.get_params()
    assert all(model.get_params()[name] is False for name in options_then_unknown)
    assert model.predict_proba(PROBES).tolist() == expected.predict_proba(PROBES).tolist()
    assert stance.load(model.save(tmp_path / "m")).get_params() == expected.get_params()


@pytest.mark.parametrize("options_then_unknown", [("cjk",), ("marks", "cjk"), ("handles", "marks", "cjk"),
                                                  ("cannot", "handles", "marks", "cjk"),
                                                  ("invisibles", "cannot", "handles", "marks", "cjk")])
def test_a_fitted_pickle_of_0_5_0_records_the_options_it_was_fitted_without(energy_model, tmp_path,
                                                                            options_then_unknown):
    # A fitted model pickled by 0.5.0 records fitted_options_, without "cannot", "handles" and
    # "marks" (0.4.0's also without "invisibles"; 0.7.0's without "marks"), nor "cjk" (0.8.0's
    # without "cjk" alone): its parameters read text without them, so it was fitted with them
    # off, and says so, as a load of its saved files does (the card, stance info).
    params = copy.deepcopy(energy_model.params_)
    params.analyzer_options = {k: v for k, v in params.analyzer_options.items() if k not in options_then_unknown}
    state = {**energy_model.__getstate__(), "params_": params}
    state["fitted_options_"] = {k: v for k, v in state["fitted_options_"].items() if k not in options_then_unknown}
    for name in options_then_unknown:
        del state[name]
    model = object.__new__(stance.StanceModel)
    model.__setstate__(state)
    assert model.fitted_options_ == model.get_params()
    assert all(model.fitted_options_[name] is False for name in options_then_unknown)
    loaded = stance.load(model.save(tmp_path / "m"))
    assert all(loaded.fitted_options_[name] is False for name in options_then_unknown)
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert ('"Cannot" is one word' in card) == ("cannot" in options_then_unknown)
    assert ("A dotted handle is cut at its dots" in card) == ("handles" in options_then_unknown)
    assert ("A word is parted at each combining mark" in card) == ("marks" in options_then_unknown)
    assert "A run of Chinese characters or Japanese kana is one word" in card
    assert loaded.predict_proba(PROBES).tobytes() == model.predict_proba(PROBES).tobytes()


@pytest.fixture()
def bundled(monkeypatch) -> stance.StanceModel:
    """The bundled model as a load gives it, whatever earlier tests did to the cached one (a
    set_params of it pickles it whole); the cached one is back after the test."""
    import stance.defaults as defaults

    for name, value in (("_default", None), ("_bundled_params", None), ("_bundled_state", {}),
                        ("_bundled_contents", ()), ("_bundled_arrays", {}), ("_of_the_files", None)):
        monkeypatch.setattr(defaults, name, value, raising=False)
    return stance.default_model()


STATEMENTS = ["We stand together.", "Bring the brigade home.", "Arm Ukraine now.", "Thank you.",
              "The eastern flank needs more troops.", ""] * 50


@pytest.fixture()
def references(monkeypatch) -> list[bool]:
    """Whether each model that multiprocessing's pickler met in this process was pickled as a
    reference (True) or whole."""
    import stance.defaults as defaults

    made, reference_to_bundled = [], defaults.reference_to_bundled

    def counted(model):
        reference = reference_to_bundled(model)
        made.append(reference is not None)
        return reference

    monkeypatch.setattr(defaults, "reference_to_bundled", counted)
    return made


@pytest.mark.parametrize("start_method", ["fork", "spawn", "forkserver"])
def test_a_pool_mapping_the_bundled_models_classify_sends_a_reference_and_answers_alike(start_method, bundled,
                                                                                        references):
    # Pool().map(model.classify, texts, chunksize=100) pickles the bound method's model with
    # every chunk: 8.8 MB each, and 10,000 statements took 21 s on two workers (forked; 28 s
    # spawned), against 1 s in this process. The bundled model ships in the package: the pool's
    # pickler (multiprocessing's, the bound method's self too) now sends it as a reference that
    # the worker loads once, its answers the same.
    model = bundled
    assert len(ForkingPickler.dumps(model.classify)) < 1000
    references.clear()
    expected = model.classify_many(STATEMENTS)
    with multiprocessing.get_context(start_method).Pool(1) as pool:
        assert pool.map(model.classify, STATEMENTS, chunksize=100) == expected
        # the worker's copy is the bundled model as it loads it there, not another
        assert pool.apply(stance.defaults.is_bundled, (model,)) is True
    assert references == [True] * 4  # the three chunks' bound methods, and apply's model


def test_a_process_pool_executor_sends_the_bundled_model_as_a_reference(bundled, references):
    model = bundled
    expected = model.classify_many(STATEMENTS)
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as executor:
        assert list(executor.map(model.classify, STATEMENTS, chunksize=100)) == expected
        assert executor.submit(stance.defaults.is_bundled, model).result() is True
    assert references == [True] * 4


def _pickled(model, tmp_path):
    pickled = pickle.dumps(model)
    return len(pickled), lambda: pickle.loads(pickled)


def _pickled_with_protocol_2(model, tmp_path):
    pickled = pickle.dumps(model, protocol=2)
    return len(pickled), lambda: pickle.loads(pickled)


def _dumped_by_joblib(model, tmp_path):
    joblib = pytest.importorskip("joblib")
    joblib.dump(model, tmp_path / "model.joblib")
    return (tmp_path / "model.joblib").stat().st_size, lambda: joblib.load(tmp_path / "model.joblib")


def _bound_method_by_cloudpickle(model, tmp_path):  # as Dask sends it
    pickled = pytest.importorskip("cloudpickle").dumps(model.classify)
    return len(pickled), lambda: pickle.loads(pickled).__self__


@pytest.mark.parametrize("pickling", [_pickled, _pickled_with_protocol_2, _dumped_by_joblib,
                                      _bound_method_by_cloudpickle])
def test_the_bundled_model_pickled_but_by_multiprocessing_is_whole_and_answers_alike(bundled, pickling, tmp_path,
                                                                                     monkeypatch):
    # 6818e7ac made every pickle of the bundled model a reference, which only this stance
    # version loads: a file that pickle.dump or joblib.dump wrote of it failed to load under
    # another (ModelIntegrityError), as no other model's does. Only multiprocessing sends it so.
    import stance.defaults as defaults

    model = bundled
    size, unpickle = pickling(model, tmp_path)
    assert size > 1_000_000
    # Another stance's bundled model, or none at all, where it is read: the pickle needs none.
    monkeypatch.setattr(defaults, "default_model", lambda **_: pytest.fail("the unpickling loaded the bundled model"))
    unpickled = unpickle()
    assert unpickled.params_ is not model.params_ and not defaults.is_bundled(unpickled)
    _same_parameters(model, unpickled)
    assert unpickled.get_params() == model.get_params() and unpickled.saved_ == model.saved_
    assert unpickled.predict_proba(STATEMENTS).tobytes() == model.predict_proba(STATEMENTS).tobytes()
    assert unpickled.classify_many(STATEMENTS) == model.classify_many(STATEMENTS)


def test_a_shallow_copy_of_the_bundled_model_shares_its_parameters_without_loading_it(bundled, monkeypatch):
    import stance.defaults as defaults

    monkeypatch.setattr(defaults, "default_model", lambda **_: pytest.fail("the copy loaded the bundled model"))
    copied = copy.copy(bundled)
    assert copied is not bundled and copied.params_ is bundled.params_ and copied.saved_ == bundled.saved_
    assert copied.classify_many(STATEMENTS) == bundled.classify_many(STATEMENTS)


def test_import_stance_imports_no_multiprocessing_and_the_bundled_models_load_has_it_send_a_reference():
    script = ("import sys, stance\n"
              "assert 'multiprocessing' not in sys.modules, 'import stance imported multiprocessing'\n"
              "model = stance.default_model()\n"
              "from multiprocessing.reduction import ForkingPickler\n"
              "print(len(ForkingPickler.dumps(model.classify)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) < 1000


def test_the_bundled_model_unpickles_as_a_copy_of_its_own_and_a_changed_one_pickles_whole(bundled, tmp_path):
    model = bundled
    model.save(tmp_path / "copy")  # where it was saved since is no part of it
    unpickled = pickle.loads(ForkingPickler.dumps(model))
    assert unpickled is not model and unpickled.params_ is model.params_
    assert unpickled.get_params() == model.get_params() and unpickled.saved_ == model.saved_
    assert unpickled.predict_proba(PROBES).tobytes() == model.predict_proba(PROBES).tobytes()
    # An option set since the load would be lost by a reference: such a model pickles whole.
    changed = model._pinned().set_params(C=5.0)
    pickled = ForkingPickler.dumps(changed)
    assert len(pickled) > 1_000_000
    assert pickle.loads(pickled).get_params()["C"] == 5.0 and model.get_params()["C"] == 30.0
    # A fit of the unpickled copy leaves the bundled model alone.
    unpickled.set_params(threshold_folds=0).fit(["cut the aid", "more aid now", "lovely weather", "rain again"],
                                                ["aid", "aid", "none", "none"])
    assert stance.default_model() is model and model.labels[0] == "deterrence"
    # A deep copy is one: its parameters are its own.
    copied = copy.deepcopy(model)
    assert copied.params_ is not model.params_ and copied.params_.idf is not model.params_.idf
    assert copied.predict_proba(PROBES).tobytes() == model.predict_proba(PROBES).tobytes()


@pytest.mark.parametrize("dumps", [pickle.dumps, ForkingPickler.dumps], ids=["pickle", "multiprocessing"])
def test_a_model_trained_in_memory_still_pickles_whole(energy_model, dumps):
    pickled = dumps(energy_model.classify)
    assert len(pickled) > 10_000
    unpickled = pickle.loads(pickled).__self__
    _same_parameters(energy_model, unpickled)
    assert unpickled.classify_many(PROBES) == energy_model.classify_many(PROBES)


def test_a_reference_to_another_bundled_model_is_refused_not_answered_with_this_one(bundled):
    # A pickle of another stance's bundled model (another digest) unpickled here: this
    # installation's bundled model would answer otherwise, so it is refused, saying why.
    digest = bundled.saved_["parameters_sha256"]
    pickled = bytes(ForkingPickler.dumps(bundled))
    assert len(pickled) < 1000
    pickled = pickled.replace(digest.encode(), b"0" * 64)
    with pytest.raises(stance.ModelIntegrityError, match=r"^this pickle holds a reference to the bundled model "
                                                         r"whose parameters' sha256 is 0{64}, and this installation"):
        pickle.loads(pickled)


def _raise_threshold(params):
    params.thresholds[params.labels.index("unity")] = 0.9


def _edit_a_coefficient(params):
    params.target_coef[params.vocabulary_index["nato"], params.labels.index("unity")] += 5.0


def _edit_a_stance_weight(params):
    params.stance_by_label[params.labels.index("unity"), params.vocabulary_index["nato"], 0] -= 5.0


def _rename_a_term(params):
    params.vocabulary[params.vocabulary_index["nato"]] = "otan"


def _set_the_length_floor(params):
    params.length_floor = 99.0


def _turn_an_analyzer_option_off(params):
    params.analyzer_options["stem"] = False


@pytest.mark.parametrize("edit", [_raise_threshold, _edit_a_coefficient, _edit_a_stance_weight, _rename_a_term,
                                  _set_the_length_floor, _turn_an_analyzer_option_off])
def test_the_bundled_model_changed_in_place_pickles_whole_with_its_change(edit, bundled):
    # Each attribute still the very object the load gave, but an array, the vocabulary or a
    # dictionary of it changed in place: a reference, which the worker loads from the bundled
    # files, lost the change (a spawned worker answered with the threshold as shipped).
    model = bundled
    assert len(ForkingPickler.dumps(model.classify)) < 1000  # as loaded: after it, compared with the load's copies
    edit(model.params_)
    pickled = ForkingPickler.dumps(model.classify)
    assert len(pickled) > 1_000_000
    unpickled = pickle.loads(pickled).__self__
    assert unpickled.params_ is not model.params_
    _same_parameters(model, unpickled)
    assert unpickled.params_.length_floor == model.params_.length_floor
    assert unpickled.params_.analyzer_options == model.params_.analyzer_options


def test_the_bundled_models_records_changed_in_place_pickle_whole_with_the_change(bundled):
    model = bundled
    model.metrics_["checked_by"] = "our desk"
    unpickled = pickle.loads(ForkingPickler.dumps(model))
    assert unpickled.params_ is not model.params_ and unpickled.metrics_["checked_by"] == "our desk"


def test_a_spawned_worker_answers_with_the_threshold_edited_in_place(bundled):
    # Ukraine's secondary label (0.97 here) is dropped once its threshold (0.35) is 0.99.
    model, statement = bundled, "Arm Ukraine and reinforce the eastern flank."
    assert model.classify(statement).labels == ("eastern_flank", "ukraine_support")
    model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
    assert model.classify(statement).labels == ("eastern_flank",)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(model.classify, (statement,)).labels == ("eastern_flank",)


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_the_bundled_model_a_worker_returns_answers_as_its_files_not_as_the_callers_changed_cache(start_method,
                                                                                                bundled):
    # The worker's bundled model, as loaded, comes back as a reference, which the calling
    # process took for its own cached model without a look: changed in place there after the
    # pool started, the returned model answered with the change (the worker's held none).
    model, statement = bundled, "Arm Ukraine and reinforce the eastern flank."
    with multiprocessing.get_context(start_method).Pool(1) as pool:
        pool.apply(stance.default_model)  # the worker's model loaded, or inherited, as the files hold it
        model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
        returned = pool.apply(stance.default_model)
    assert model.classify(statement).labels == ("eastern_flank",)  # the change, kept here
    assert returned.classify(statement).labels == ("eastern_flank", "ukraine_support")
    assert returned.params_.thresholds[returned.labels.index("ukraine_support")] != 0.99


def test_the_references_the_main_process_gets_back_after_a_change_here_share_one_load_of_the_files(bundled):
    # A review of 3812a6d1: with the cached model changed in place here, each reference that came
    # back was answered with a load of the files of its own, 0.3 s and 40 MB each: 40 bundled
    # models a Pool(2) returned took 15.7 s and 1.8 GB where they had taken 0.15 s.
    model, statement = bundled, "Arm Ukraine and reinforce the eastern flank."
    ukraine = model.labels.index("ukraine_support")
    reference = ForkingPickler.dumps(model)  # as a worker's returned model comes back
    model.params_.thresholds[ukraine] = 0.99
    first, second = pickle.loads(reference), pickle.loads(reference)
    assert first.params_ is second.params_  # one load for both
    assert second.classify(statement).labels == ("eastern_flank", "ukraine_support")
    first.params_.thresholds[ukraine] = 0.99  # a returned model changed in place: the next is loaded again
    assert pickle.loads(reference).classify(statement).labels == ("eastern_flank", "ukraine_support")
    assert model.classify(statement).labels == first.classify(statement).labels == ("eastern_flank",)


def test_the_load_kept_for_references_while_the_cache_was_changed_is_freed_once_it_is_put_back(bundled):
    # A review of 1ee65bb8: the bundled model loaded again for the references that came back while
    # the cached one was changed in place was kept for the life of the process, 40 MB a service
    # held for good after one such reference, the cache put back or loaded again.
    import gc
    import weakref

    import stance.defaults as defaults

    model = bundled
    ukraine = model.labels.index("ukraine_support")
    reference, kept = ForkingPickler.dumps(model), model.params_.thresholds[ukraine]
    model.params_.thresholds[ukraine] = 0.99
    second_load = weakref.ref(pickle.loads(reference).params_)
    assert second_load() is not None and second_load() is not model.params_
    model.params_.thresholds[ukraine] = kept  # put back: references are answered with the cache again
    assert pickle.loads(reference).params_ is model.params_
    gc.collect()
    assert second_load() is None and defaults._of_the_files is None


def _labels_a_pool_of_a_child_returns_after_a_change_there(answers) -> None:
    """In a child process: start a pool of its own, change the child's cached bundled model in
    place, and put the labels of the bundled model the pool returns, and of the child's."""
    model, statement = stance.default_model(), "Arm Ukraine and reinforce the eastern flank."
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pool.apply(stance.default_model)
        model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
        returned = pool.apply(stance.default_model)
    answers.put((returned.classify(statement).labels, model.classify(statement).labels))


def _answers_of_a_child(target) -> tuple:
    """What ``target(answers)``, run in a forked child process, puts on its queue ``answers``."""
    context = multiprocessing.get_context("fork")
    answers = context.Queue()
    child = context.Process(target=target, args=(answers,))
    child.start()
    try:
        return answers.get(timeout=120)
    finally:
        child.join(timeout=60)


def test_the_bundled_model_a_pool_of_a_child_returns_answers_as_its_files_not_as_the_childs_changed_cache(bundled):
    # A review of 3812a6d1: only the main process (no parent) checked its cache with each
    # reference it got back; a child that started a pool of its own was taken for a worker, and
    # the bundled model its pool returned answered with the child's cache, changed in place there.
    returned, childs = _answers_of_a_child(_labels_a_pool_of_a_child_returns_after_a_change_there)
    assert returned == ("eastern_flank", "ukraine_support") and childs == ("eastern_flank",)


def test_threads_unpickling_references_at_once_after_a_change_here_share_one_load_of_the_files(bundled,
                                                                                               monkeypatch):
    # A review of 1ee65bb8: the load kept for the references that come back while the cached
    # model is changed in place was made by each thread that found none kept: four threads
    # reading a queue at once loaded the files four times (0.3 s and 40 MB each).
    import threading

    import stance.persistence as persistence

    loads, load_model = [], persistence.load_model

    def counted(*args, **kwargs):
        loads.append(threading.current_thread().name)
        return load_model(*args, **kwargs)

    monkeypatch.setattr(persistence, "load_model", counted)
    model, statement = bundled, "Arm Ukraine and reinforce the eastern flank."
    reference = ForkingPickler.dumps(model)
    model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
    together, returned = threading.Barrier(4), []

    def unpickle() -> None:
        together.wait(timeout=60)
        returned.append(pickle.loads(reference))

    threads = [threading.Thread(target=unpickle) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(loads) == 1 and len({id(each.params_) for each in returned}) == 1 and len(returned) == 4
    assert returned[0].classify(statement).labels == ("eastern_flank", "ukraine_support")


def _put_the_bundled_model(queue) -> None:
    queue.put(stance.default_model())


def _labels_a_joined_child_sent_after_a_change_there(answers) -> None:
    """In a child process: read the bundled model a child of its own sent, that child joined
    first, before and after changing the child's cached model in place; put the labels of the
    second and of the child's own."""
    context = multiprocessing.get_context("fork")
    model, statement, queue = stance.default_model(), "Arm Ukraine and reinforce the eastern flank.", context.Queue()
    for changed in (False, True):
        sender = context.Process(target=_put_the_bundled_model, args=(queue,))
        sender.start()
        sender.join(timeout=60)  # a reference of a hundred bytes: the queue's feeder has flushed it
        if changed:
            model.params_.thresholds[model.labels.index("ukraine_support")] = 0.99
        returned = queue.get(timeout=60)
    answers.put((returned.classify(statement).labels, model.classify(statement).labels))


def test_the_bundled_model_a_joined_child_of_a_child_sent_answers_as_its_files_not_as_the_childs_changed_cache(
        bundled):
    # A review of 8111d390: a process was taken for a worker, its references its parent's, when
    # it had no live children; one whose own child sent the bundled model and was joined before
    # the queue was read answered it with its cached model, changed in place there.
    returned, childs = _answers_of_a_child(_labels_a_joined_child_sent_after_a_change_there)
    assert returned == ("eastern_flank", "ukraine_support") and childs == ("eastern_flank",)


def test_an_array_changed_while_the_first_pickling_copies_it_is_not_kept_as_the_loads(bundled, monkeypatch):
    # Another thread raised a threshold just after the first pickling had found the checksums
    # as loaded: the copies it kept held the change, so every later pickling of the changed
    # model compared equal to them and sent a reference, and the workers lost the change.
    import stance.defaults as defaults

    model, checksums = bundled, defaults._checksums
    edits = []

    def checksums_then_edited(arrays):
        found = checksums(arrays)
        if not edits:
            edits.append(True)
            _raise_threshold(model.params_)
        return found

    monkeypatch.setattr(defaults, "_checksums", checksums_then_edited)
    ForkingPickler.dumps(model.classify)
    pickled = ForkingPickler.dumps(model.classify)
    assert len(pickled) > 1_000_000
    assert pickle.loads(pickled).__self__.params_.thresholds[model.labels.index("unity")] == 0.9


_LOADS: list[str] = []  # the bundled model's loads in this process (and, forked, in its parent before)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")
def test_a_forked_worker_answers_with_the_threshold_put_back_after_the_fork(bundled, monkeypatch):
    # A review of 1ea6f5f4: a forked worker inherits the cached bundled model as it was at the
    # fork. Raised before Pool() and put back after, the threshold was sent as a reference (the
    # model held the load's again), which the worker answered with its copy's 0.99.
    import stance.persistence as persistence

    load_model = persistence.load_model
    monkeypatch.setattr(persistence, "load_model", lambda path: _LOADS.append(path) or load_model(path))
    _LOADS.clear()
    model, statement = bundled, "Arm Ukraine and reinforce the eastern flank."
    ukraine, shipped = model.labels.index("ukraine_support"), model.params_.thresholds.copy()
    model.params_.thresholds[ukraine] = 0.99
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(model.classify, (statement,)).labels == ("eastern_flank",)
        model.params_.thresholds[:] = shipped
        assert len(ForkingPickler.dumps(model.classify)) < 1000
        assert pool.apply(model.classify, (statement,)).labels == ("eastern_flank", "ukraine_support")
        assert pool.apply(_loads_here) == 1  # loaded again there, once
    # A worker whose inherited model holds the load's answers with it, loading nothing.
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(model.classify, (statement,)) == model.classify(statement)
        assert pool.apply(_loads_here) == 0


def _loads_here() -> int:
    return len(_LOADS)

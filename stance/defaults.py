"""The bundled default model: found inside the installed package, loaded once, lazily."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe

if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import StanceModel
    from .parameters import ModelParameters

_lock = forksafe.Lock()
# What works from a zip archive in place of the bundled model.
MODEL_INSTEAD = "; a saved model's folder works from the archive (model=, or --model on the command line)"
_default: StanceModel | None = None
# The parameters the bundled model was loaded with. scikit-learn fits in place, so
# `m = stance.default_model(); m.fit(texts, labels)` replaced them in the cached object, and
# every later call without a model (stance.classify, score, explain) answered with the user's
# labels as if they were the bundled model's; default_model() loads the bundled one again then.
_bundled_params: ModelParameters | None = None
# The bundled model's attributes as loaded (runtime caches aside), which a model must still
# hold, each the very object, to pickle as a reference to it (see reference_to_bundled).
_bundled_state: dict[str, object] = {}
# And what they held as loaded (see contents_of): an array or a dictionary changed in place
# since is still the very object. Two loads of the bundled files hold the same, so a pickling
# that meets the one load's state and the other's contents compares alike.
_bundled_contents: tuple[object, ...] = ()
# Copies of its arrays, made by the first pickling that found their checksums as loaded: the
# pickles after it compare with them, 1 ms for the 6 ms of the checksums (a pool pickles the
# model with every chunk), at 17.6 MB held only by a process that pickles the bundled model.
_bundled_arrays: dict[str, object] = {}
# The process that last found the cached bundled model holding what its load gave (the one that
# loaded it, at the load): a forked worker inherits the cache as it was at the fork, changes in
# place and all, which a reference must not answer with (see _as_shipped).
_checked_in: int | None = None
# The bundled model loaded again from its files for the references the main process gets back
# while its cached one is changed in place (see _as_shipped): one for them all, not one each.
_of_the_files: StanceModel | None = None
# Held while it is loaded: threads unpickling such references at once loaded it each.
_loading_the_files = forksafe.Lock()
# Whether multiprocessing's pickler has been told to send the bundled model as a reference
# (see send_by_reference_to_processes); told once a process, with the bundled model's first load.
_sent_by_reference = False
# What a model keeps for itself at run time, rebuilt wherever it is unpickled, and where a save
# put it since (evaluate's report names a loaded model by its load first): no part of the model.
_RUNTIME = frozenset({"_analyzer", "_lock", "_features", "_saved_to"})


def default_model_path() -> Path:
    """Where the bundled model lives: inside the installed package, or ``models/default``
    of a source checkout."""
    with forksafe.IMPORTING:  # importlib.resources imports its readers on first use
        from importlib.resources import files

        packaged = Path(str(files("stance") / "_bundled" / "default"))
    if (packaged / "checksums.json").is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "models" / "default"


def archive() -> Path | None:
    """The zip archive the package is imported from (``PYTHONPATH=stance.zip``), or None.

    Its files are read from paths on disk (the model's with numpy, the examples' with
    pandas), which are no files inside an archive: the model was "'…/stance.zip/models/default'
    does not exist", as if it had been deleted.
    """
    here = Path(__file__).parent
    if here.is_dir():
        return None
    return next((parent for parent in here.parents if parent.is_file()), here)


def refuse_archived(what: str, instead: str) -> None:
    """Raise the error that ``what`` (the bundled model, an example) cannot be read from the zip
    archive the package is imported from, if it is, saying what to do; ``instead`` is what
    else works there. A ModelFormatError, as the missing model's was."""
    from .exceptions import ModelFormatError

    zipped = archive()
    if zipped is not None:
        raise ModelFormatError(f"{what} cannot be read from a zip archive (the package is imported from "
                               f"{str(zipped)!r}): install the package, pip install of its wheel or source folder "
                               f"(the package index's 'stance' is another project), or unzip it and "
                               f"import it from its folder{instead}")


def default_model(*, sha256: str | None = None) -> StanceModel:
    """The bundled NATO stance model (loaded on first use, then cached; thread-safe).

    ``sha256``, the parameters' digest the bundled model's publisher gives (``stance info``
    shows it, and the README), refuses it with :class:`~stance.ModelIntegrityError` unless its
    parameters, recomputed from its files when it was loaded, have that digest, as
    ``stance.load(path, sha256=...)`` refuses a saved model and ``--sha256`` without
    ``--model`` the bundled one on the command line.

    >>> from stance import default_model
    >>> default_model().labels
    ('deterrence', 'eastern_flank', 'none', 'ukraine_support', 'unity')
    """
    global _default, _bundled_params, _bundled_state, _bundled_contents, _bundled_arrays, _checked_in, _of_the_files
    cached = _default
    # Every classify() without a model comes here, and so does every one a service pins to the
    # bundled model's digest: its path (importlib.resources, under IMPORTING), which only a
    # refusal names, took longer than the classification (143 µs a call against 51).
    if _as_loaded(cached) and (sha256 is None or _is_digest_of(cached, sha256)):
        return cached
    persistence = forksafe.imported(".persistence")
    sha256 = persistence.checked_pin(sha256)  # a malformed pin is refused before the load
    if not _as_loaded(_default):
        refuse_archived("the bundled model", MODEL_INSTEAD)
        with _lock:
            if not _as_loaded(_default):  # never loaded, or the object given out was fitted since
                loaded = persistence.load_model(default_model_path())
                # A new dictionary, not this one refilled: a pickling in another thread meanwhile
                # compares with the one load or the other, never with half of one.
                _bundled_state = _state_of(loaded)
                _bundled_contents, _bundled_arrays = contents_of(loaded, kept=True), {}
                # Before it is given out: a thread that gets it sends it to a pool as a reference.
                send_by_reference_to_processes()
                _bundled_params, _default, _checked_in = loaded.params_, loaded, os.getpid()
                _of_the_files = None  # the cache holds the files again: no second load for references
    persistence.refuse_unpinned(_default, sha256, default_model_path())
    return _default


def _is_digest_of(model: StanceModel, sha256: object) -> bool:
    """Whether ``sha256`` is the digest ``model`` was loaded with, written as a pin may be
    (upper case, as some tools print digests; with the line end of a file it was read from),
    which :func:`~stance.persistence.checked_pin` and the refusal accept alike: such a pin
    went the slow way, waiting on other threads' imports. Anything else, no str among it, is
    left to them.

    >>> from types import SimpleNamespace
    >>> model = SimpleNamespace(saved_={"parameters_sha256": "ab" * 32})
    >>> _is_digest_of(model, "ab" * 32), _is_digest_of(model, " " + "AB" * 32 + "\\n"), _is_digest_of(model, "ab")
    (True, True, False)
    """
    if not isinstance(sha256, str):  # an array's == is an array, whose truth numpy refuses
        return False
    published = (model.saved_ or {}).get("parameters_sha256")
    return published is not None and (sha256 == published or sha256.strip().lower() == published)


def _as_loaded(model: StanceModel | None) -> bool:
    """Whether ``model``, the cached bundled model, still holds the parameters it was loaded
    with (a fit of it replaces them: see ``_bundled_params``)."""
    return model is not None and model.__dict__.get("params_") is _bundled_params


def is_bundled(model: object) -> bool:
    """Whether ``model`` is the bundled model (or a pinned copy of it, which shares its
    parameters), as loaded: a message about a label it lacks says so, since a call without
    ``model=`` after training one's own asks the bundled one.

    >>> import stance
    >>> is_bundled(stance.default_model()._pinned()), is_bundled(object())
    (True, False)
    """
    params = getattr(model, "__dict__", {}).get("params_")
    return params is not None and params is _bundled_params


def _state_of(model: StanceModel) -> dict[str, object]:
    return {name: value for name, value in model.__dict__.items() if name not in _RUNTIME}


def send_by_reference_to_processes() -> None:
    """Have multiprocessing's own pickler (``ForkingPickler``: a pool's tasks, a process's
    arguments, a queue's items, a ``ProcessPoolExecutor``'s calls) pickle a StanceModel through
    :func:`reference_to_bundled`, which makes the bundled model as loaded a reference of a
    hundred bytes. Every other pickling (``pickle.dumps``, ``joblib.dump``, ``copy``,
    cloudpickle, Dask) pickles it whole, so a file it writes unpickles under another stance
    version, as a pickle of any model does.

    Done with the bundled model's first load, which alone makes a model to send so, not
    with ``import stance``, which imports no multiprocessing (18 ms); once a process.

    >>> import pickle, stance
    >>> from multiprocessing.reduction import ForkingPickler
    >>> model = stance.default_model()
    >>> len(ForkingPickler.dumps(model.classify)) < 1000, len(pickle.dumps(model.classify)) > 1_000_000
    (True, True)
    """
    global _sent_by_reference
    if _sent_by_reference:
        return
    from .model import StanceModel

    # Its dispatch table, which a pickler consults by the object's exact type before
    # __reduce_ex__ (a bound method's self too, pickled by the same pickler); a subclass's
    # models pickle whole. Registered again by a thread that raced here: the same entry.
    forksafe.imported("multiprocessing.reduction").ForkingPickler.register(StanceModel, _reduced_for_processes)
    _sent_by_reference = True


def _reduced_for_processes(model: StanceModel) -> tuple[object, ...]:
    """How multiprocessing's pickler pickles ``model``: the reference to the bundled model, or
    whole as any other pickler does (a protocol of 2 or more reduces alike; it gives none)."""
    import pickle

    reference = reference_to_bundled(model)
    return reference if reference is not None else model.__reduce_ex__(pickle.DEFAULT_PROTOCOL)


def reference_to_bundled(model: StanceModel) -> tuple[object, ...] | None:
    """How multiprocessing pickles ``model`` (see :func:`send_by_reference_to_processes`) if
    it is the bundled model as loaded (or a pinned copy of it): a call of
    :func:`bundled_model_of` with its parameters' digest, which loads the bundled model where
    it is unpickled (once a process: the loader caches it); else None (pickled whole).

    ``Pool().map(model.classify, texts, chunksize=100)`` pickles the bound method's model with
    every chunk: 8.8 MB, whose unpickling took longer than classifying the chunk. The bundled
    model ships in the package, so every process with this stance holds the same files; the
    digest makes one with other files (another stance version) refuse it rather than answer
    with another model. Only for multiprocessing, whose processes run this stance: a pickle
    written to a file is read later, perhaps by another version, which a reference would
    fail. A model loaded from a path is pickled whole: its files may be saved
    over (a retrained model deployed to the same folder) or be missing where it is unpickled
    (another machine, another working directory); a worker can load the path itself
    (``functools.partial(stance.classify, model=path)``). Every attribute must be the very one
    the load gave, so that one set since (``set_params``) or a fit pickles whole and as it is,
    and must hold what it held then, so that one changed in place (``params_.thresholds[0] = 0.9``,
    a coefficient edited, ``metrics_["note"] = ...``) pickles whole too.

    >>> import stance
    >>> reference_to_bundled(stance.default_model())[0] is bundled_model_of
    True
    >>> reference_to_bundled(stance.default_model().clone()) is None
    True
    """
    contents = _bundled_contents
    if not _has_loads_attributes(model) or not _holds_as_loaded(model, contents):
        return None
    # The sender, so that a process can tell its parent's references (see _as_shipped).
    return bundled_model_of, ((model.saved_ or {}).get("parameters_sha256"), os.getpid())


def _has_loads_attributes(model: StanceModel) -> bool:
    """Whether ``model`` is the bundled model with each attribute the very object the load gave."""
    state, loaded = _state_of(model), _bundled_state
    if not is_bundled(model) or state.keys() != loaded.keys():
        return False
    return all(value is loaded[name] for name, value in state.items())


# What a model's parameters derive from the rest (a pickle leaves them out), and their vocabulary,
# compared apart from the rest (pickling its 183,538 terms would take longer than the checksums).
_DERIVED = frozenset({"vocabulary", "vocabulary_index", "label_columns", "_longest_ngram"})


def contents_of(model: StanceModel, *, kept: bool = False,
                dumps: Callable[[object], bytes] | None = None) -> tuple[object, ...]:
    """What a whole pickle of ``model`` carries, in a form cheap to compare: the rest of it
    (see :func:`_rest_of`, pickled by ``dumps``, the standard pickle's by default), its
    vocabulary (a copy of the list if ``kept``, to compare the one in use with later) and each
    array's CRC-32 (6 ms for the bundled model's 17.6 MB, where a copy kept from every load
    would double them).

    >>> import copy, stance
    >>> as_loaded = contents_of(stance.default_model(), kept=True)
    >>> edited = copy.deepcopy(stance.default_model())
    >>> contents_of(edited) == as_loaded
    True
    >>> edited.params_.thresholds[0] += 0.1
    >>> contents_of(edited) == as_loaded
    False
    """
    vocabulary = model.params_.vocabulary
    return _rest_of(model, dumps), list(vocabulary) if kept else vocabulary, _checksums(model.params_.arrays())


def _rest_of(model: StanceModel, dumps: Callable[[object], bytes] | None = None) -> bytes:
    """``model``'s attributes but its parameters' arrays and vocabulary, pickled by ``dumps``
    (the standard pickle's by default; a few kB): its options, records and the parameters'
    labels and analyzer options, dictionaries among them that may be changed in place
    (``metrics_["note"] = ...``)."""
    import pickle

    params = model.params_
    arrays = params.arrays()
    # Sorted: a copy's attributes may be set in another order (a pickle's bytes follow it).
    rest = sorted((name, value) for name, value in vars(params).items() if name not in arrays and name not in _DERIVED)
    others = sorted((name, value) for name, value in _state_of(model).items() if name != "params_")
    if dumps is not None:
        return dumps((others, rest))
    return pickle.dumps((others, rest), protocol=pickle.HIGHEST_PROTOCOL)


def _checksums(arrays: dict[str, Any]) -> tuple[tuple[object, ...], ...]:
    """Each array's name, type, shape and CRC-32.

    >>> import numpy as np
    >>> _checksums({"thresholds": np.array([0.5])})
    (('thresholds', '<f8', (1,), 2369388984),)
    """
    import zlib

    import numpy as np

    return tuple((name, array.dtype.str, array.shape, zlib.crc32(np.ascontiguousarray(array)))
                 for name, array in arrays.items())


def _holds_as_loaded(model: StanceModel, contents: tuple[object, ...]) -> bool:
    """Whether ``model``, the bundled model's attributes each the very object the load gave,
    holds what they held then (``contents``, see :func:`contents_of`): an array, the
    vocabulary or a dictionary may have been changed in place since."""
    global _bundled_arrays
    import numpy as np

    if not contents:
        return False
    rest, vocabulary, checksums = contents
    if _rest_of(model) != rest or model.params_.vocabulary != vocabulary:
        return False
    arrays, copies = model.params_.arrays(), _bundled_arrays
    if copies.keys() == arrays.keys():
        return all(array.dtype == copies[name].dtype and np.array_equal(array, copies[name])
                   for name, array in arrays.items())
    if _checksums(arrays) != checksums:
        return False
    # The copies' checksums again, once: an array changed in place (by another thread) between
    # the checksums and the copies would be kept as the load's, and lost from every pickle after.
    copied = {name: array.copy() for name, array in arrays.items()}
    if _checksums(copied) != checksums:
        return False
    _bundled_arrays = copied
    return True


def _holds_bundled(model: StanceModel) -> bool:
    """Whether ``model``, the cached bundled model, holds what its load gave, each attribute the
    very object and what it held (1.3 ms once the arrays' copies are kept)."""
    return _has_loads_attributes(model) and _holds_as_loaded(model, _bundled_contents)


def bundled_model_of(sha256: str | None, sender: int | None = None) -> StanceModel:
    """The bundled model, refused unless its parameters' digest is ``sha256``: what
    multiprocessing's pickle of it (see :func:`reference_to_bundled`) unpickles to, a copy of
    its own that shares the parameters, so that a fit of it, or a copy, leaves the bundled one
    alone. ``sender``: the process id of the process that pickled it (see :func:`_as_shipped`).

    >>> bundled_model_of(default_model().saved_["parameters_sha256"]).labels[0]
    'deterrence'
    """
    from . import __version__

    model = _as_shipped(sender)
    actual = (model.saved_ or {}).get("parameters_sha256")
    if sha256 != actual:
        from .exceptions import ModelIntegrityError

        raise ModelIntegrityError(
            f"this pickle holds a reference to the bundled model whose parameters' sha256 is {sha256}, and this "
            f"installation's (stance {__version__}) is {actual}: multiprocessing sends the bundled model so, to a "
            f"process that runs the stance of the sender; for one that runs another, send pickle.dumps(model), "
            f"which holds the whole model")
    return model._pinned()


def _sent_by_its_parent(sender: int | None) -> bool:
    """Whether ``sender``, the process a reference was pickled in, is this one's parent in
    multiprocessing's sense (a pool's, a loky or forkserver worker's caller), which checked its
    model with each reference it sent. Any other sender is not: a child of this process (a pool
    it started, a Process joined before its queue was read), a sibling, this process itself.
    Told by whether it had live children, a child of the main process that read its own child's
    reference after joining it answered with its cached model, changed in place there.

    >>> _sent_by_its_parent(os.getpid()), _sent_by_its_parent(None)  # the main process
    (False, False)
    """
    parent = forksafe.imported("multiprocessing").parent_process()
    return sender is not None and parent is not None and parent.pid == sender


def _as_the_files_hold() -> StanceModel:
    """The bundled model as its files hold it, apart from the cached one (changed in place by
    the user): loaded once and kept while it holds what the load gave (1.3 ms a check), loaded
    again if a model it was given out as was changed in place (they share its parameters);
    dropped once the cached one holds the files again (put back, or loaded again). Loaded for
    each reference, 40 bundled models a Pool returned took 15.7 s and 1.8 GB, each a load of its
    own (0.3 s, 40 MB), where the cached one took 0.15 s.

    >>> _as_the_files_hold() is _as_the_files_hold() is not default_model()
    True
    """
    global _of_the_files
    model = _of_the_files
    if model is not None and _holds_as_loaded(model, _bundled_contents):
        return model
    with _loading_the_files:  # another thread may have loaded it meanwhile: looked at again
        model = _of_the_files
        if model is None or not _holds_as_loaded(model, _bundled_contents):
            model = _of_the_files = forksafe.imported(".persistence").load_model(default_model_path())
    return model


def _as_shipped(sender: int | None = None) -> StanceModel:
    """:func:`default_model`, holding what the bundled files hold. A forked worker inherits the
    cached model as it was at the fork: ``m.params_.thresholds[i] = 0.99`` before ``Pool()``,
    put back after, sent the model as a reference (it held the load's again) that the worker
    answered with 0.99. Checked once a process (the checksums: 8-17 ms), loaded again if changed;
    with each reference but its parent's (1.3 ms): the main process's come back from its children.

    >>> _as_shipped() is default_model()
    True
    """
    global _default, _checked_in, _of_the_files
    model = default_model()
    if _checked_in == os.getpid():  # the process that loaded it: each reference sent checked it
        if _sent_by_its_parent(sender):
            return model
        if _holds_bundled(model):
            # Put back (or loaded again): the load kept for the references while it was changed is
            # freed, 40 MB a service held for good after one such reference.
            _of_the_files = None
            return model
        # The main process, whose cached model was changed in place since a child sent the reference
        # (pool.apply(stance.default_model) after m.params_.thresholds[i] = 0.99 here): answered with
        # the change, where the child's model held none. A model of the files, the cached one left as
        # it is (the user's, changed on purpose); the references it gets come back from children, rarely.
        return _as_the_files_hold()
    with _lock:
        if _default is model and not (_has_loads_attributes(model) and contents_of(model) == _bundled_contents):
            _default = None  # loaded again below, as a fitted one is
        _checked_in = os.getpid()
    return default_model()

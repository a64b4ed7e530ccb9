"""The top-level functions: classify with the default model (or any other), train, load."""

from __future__ import annotations

import inspect
import numbers
from collections.abc import Callable, Iterable
from os import PathLike
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _forksafe as forksafe
from .argument_order import refuse_model_as_data
from .defaults import default_model
from .exceptions import (
    PYTHON,
    InvalidInputError,
    InvalidTypeError,
    ModelFormatError,
    ModelIntegrityError,
    Words,
    is_int,
    quoted,
    quoted_list,
    type_name,
)
from .file_types import is_delimited
from .model import StanceModel

if TYPE_CHECKING:
    import pandas as pd

    from .prediction import Prediction


def resolve_model(model: Any = None, *, sha256: str | None = None) -> StanceModel:
    """``model`` itself, the model saved at a path, or the bundled default when None; with
    ``sha256``, refused unless its parameters' digest is that one (see :func:`pinned_model`)."""
    if sha256 is not None:
        return pinned_model(model, sha256)
    # Imported once at the top, not here: this runs on every classify() call.
    if model is None:
        return default_model()
    if isinstance(model, StanceModel):
        return model
    if isinstance(model, (str, PathLike)):
        # else the current folder, "'.' has no checksums.json"
        files = forksafe.imported(".files")

        files.refuse_empty_path(model, "model")
        return _load_cached(files.expanded(model))
    raise InvalidTypeError(f"model must be a StanceModel, a model directory or None, got {type_name(model)}")


def pinned_model(model: Any, sha256: Any) -> StanceModel:
    """The model ``model`` names (as :func:`resolve_model` finds it: a path's from the cache
    while its files stay as they are), refused with a :class:`~stance.ModelIntegrityError`
    unless ``sha256`` is the digest of the parameters it was loaded with, as ``stance.load(path,
    sha256=...)`` and the command line's ``--sha256`` refuse one. A model trained in this process
    and never loaded has no such digest, and is refused as such.

    >>> import stance
    >>> digest = stance.default_model().saved_["parameters_sha256"]
    >>> stance.classify("We stand together.", sha256=digest).label
    'unity'
    """
    persistence = forksafe.imported(".persistence")
    sha256 = persistence.checked_pin(sha256)
    if model is None:
        return default_model(sha256=sha256)
    resolved = resolve_model(model)
    if isinstance(model, StanceModel):
        model._fitted()  # an unfitted model is told so, as without sha256, not that it has no saved_
        if model.saved_ is None:
            raise ModelIntegrityError(
                "sha256 pins the parameters a model was loaded with, and this model was trained in this process "
                "(or fitted again since it was loaded): save it and load it with stance.load(path, sha256=...), "
                "or leave sha256 out")
        persistence.refuse_unpinned(resolved, sha256, model.saved_.get("path") or "model")
        return resolved
    persistence.refuse_unpinned(resolved, sha256, model)
    return resolved


# A saved model's path -> (the stamp of its checksum file, the model loaded from it).
_loaded: dict[str, tuple[tuple[int, int, int, int], StanceModel]] = {}
_loaded_lock = forksafe.Lock()
# A path -> the lock of the thread loading it, so that threads asking for it meanwhile wait
# for that load instead of each loading a copy (kept only while the path is loaded).
_loading: dict[str, forksafe.Lock] = {}
CACHED_MODELS = 8  # paths whose models are kept: a whole number, 0 keeping none (see _models_kept)


def _models_kept() -> int:
    """:data:`CACHED_MODELS`, which a service sets (from an environment variable, often),
    refused unless a whole number 0 or more: ``None`` or ``"2"`` failed every later call with
    a bare TypeError from the cache, after the model loaded, and ``2.5`` and ``-1`` were taken.

    >>> import stance.api
    >>> stance.api.CACHED_MODELS = "2"
    >>> stance.api._models_kept()
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: stance.api.CACHED_MODELS must be a whole number 0 or more (the models of
    that many paths given as model= are kept; 0 keeps none), got '2' (str)
    >>> stance.api.CACHED_MODELS = 8
    """
    kept = CACHED_MODELS
    expected = ("a whole number 0 or more (the models of that many paths given as model= are kept; "
                "0 keeps none)")
    if not is_int(kept):
        raise InvalidTypeError(f"stance.api.CACHED_MODELS must be {expected}, got {quoted(kept)} ({type_name(kept)})")
    if kept < 0:
        raise InvalidInputError(f"stance.api.CACHED_MODELS must be {expected}, got {kept}")
    return int(kept)


def _load_cached(path: Any) -> StanceModel:
    """The model saved at ``path``, loaded once while its files stay as they are.

    A service that passes ``model="models/x"`` on every call would otherwise read and
    verify the directory each time (about 0.1 s against 0.1 ms for a classification).
    The stamp holds the checksum file's modification time, size and inode, which a save
    changes, and its status change time, which any write changes and no copy can set: a
    deploy that rewrote the files in place keeping their times (``cp -p``, ``tar x``) left
    the other three as they were, and the old model answered on. The checksum file alone
    is stamped: a load checks every other file against it, so while it is unchanged no load
    gives another model, and one stat keeps a call as cheap as before (a stat of every file
    took 60 µs more). One model is kept per path as given: keyed by the stamp too, every
    model saved over the folder stayed in memory (53 MB each for the bundled one) until eight
    more loads pushed it out, in a service that reloads a retrained model; keyed by the folder
    a link points to, every version a deployment's ``models/current`` link had pointed to did.
    Threads that ask for a path at once wait for one of them to load it.
    """
    import os

    kept = _models_kept()  # before a load it would fail after
    persistence = forksafe.imported(".persistence")
    folder = os.path.abspath(path)
    try:
        stat = os.stat(os.path.join(folder, persistence.CHECKSUMS))
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return persistence.load_model(path)  # let the loader say what is wrong with it
    key, stamp = folder, (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
    cached = _loaded.get(key)
    if cached is not None and cached[0] == stamp:
        _asked_for(key, cached)
        return cached[1]
    with _loaded_lock:
        loading = _loading.setdefault(key, forksafe.Lock())
    with loading:  # threads asking at once wait for one load (16 threads loaded 16 copies)
        cached = _loaded.get(key)
        if cached is not None and cached[0] == stamp:  # loaded while this thread waited
            _asked_for(key, cached)
            return cached[1]
        model = None
        try:
            model = persistence.load_model(path)
        finally:
            _keep(key, loading, stamp, model, kept)
    return model


def _keep(key: str, loading: Any, stamp: tuple[int, int, int, int], model: StanceModel | None, kept: int) -> None:
    """Cache ``model`` (None: its load failed) as ``key``'s, keeping at most ``kept`` paths'
    models, and end ``loading``'s turn."""
    with _loaded_lock:  # threads loading other paths at once must not evict the same entry
        if _loading.get(key) is loading:  # forgotten with the model in place: a thread now finds it
            del _loading[key]
        if model is None:
            return
        _loaded.pop(key, None)  # the model saved here before: not asked for again
        # A while, not an if: CACHED_MODELS lowered since (0 keeps none) drops the surplus too.
        while _loaded and len(_loaded) >= max(kept, 1):
            _loaded.pop(next(iter(_loaded)))
        if kept > 0:
            _loaded[key] = (stamp, model)


def _asked_for(key: str, entry: tuple[Any, StanceModel]) -> None:
    """Move ``key``'s ``entry`` to the end of the cache, so that the path asked for longest ago
    is the one dropped: a service's one busy model was dropped, and loaded again, every time
    eight others had been loaded once since it was."""
    with _loaded_lock:
        if _loaded.get(key) is entry:  # not replaced or dropped by another thread meanwhile
            _loaded[key] = _loaded.pop(key)


def classify(text: str, model: StanceModel | str | PathLike[str] | None = None, *,
             sha256: str | None = None) -> Prediction:
    """Classify one statement with the bundled model (or ``model``). ``sha256``, the
    parameters' digest its publisher gave, refuses any other model (see :func:`pinned_model`);
    a path's model is loaded once and checked on each call, as cheaply as it is looked up.

    >>> import stance
    >>> p = stance.classify("We have a one-speed NATO.")
    >>> p.label, p.stance
    ('unity', 'favor')
    """
    # (model, text): the text was taken for a model directory that "does not exist"
    refuse_model_as_data(text, model, call="classify", name="text", expected="a str", model_first=False)
    # The model's method warns of a text that is a spreadsheet's error value ("#N/A" pasted from a sheet).
    return resolve_model(model, sha256=sha256).classify(text)


def _a_count(value: Any) -> bool:
    """Whether ``value`` is a whole number (5, 5.0, numpy's 5), as given for a count: not a bool."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return False
    return isinstance(value, numbers.Integral) or float(value).is_integer()


def explain_text(text: str, model: StanceModel | str | PathLike[str] | None = None, *, n: int = 10,
                 label: str | None = None, sha256: str | None = None) -> pd.DataFrame:
    """What ``stance.explain(text)`` does: the model's :meth:`~stance.StanceModel.explain` of one
    statement, with the bundled model (or ``model``, as :func:`classify` takes it; ``sha256`` pins
    it). ``n`` and ``label`` are the method's.

    >>> import stance
    >>> table = stance.explain("Bring the brigade home.", n=2)
    >>> table["explains"].unique().tolist()
    ['label: eastern_flank', 'stance: against']
    """
    refuse_model_as_data(text, model, call="explain", name="text", expected="a str", model_first=False)
    if _a_count(model):  # explain(text, 5), meant as the method's n
        count = int(model)
        raise InvalidTypeError(f"explain's second argument is the model (a StanceModel, a model directory or "
                               f"None), got the {type_name(model)} {model}: give the number of n-grams as n={count}")
    try:
        resolved = resolve_model(model, sha256=sha256)
    except ModelFormatError as error:  # explain(text, "unity"): the label where the model goes
        # stance.explain is loaded lazily (see stance.__getattr__): imported as a fork waits for it.
        label_as_model = forksafe.imported(".explain").label_as_model
        said = label_as_model(model, lambda: default_model().labels)
        if said is None:
            raise
        raise ModelFormatError(f"{error}{said}") from None
    return resolved.explain(text, n=n, label=label)


def classify_many(texts: Iterable[str], model: StanceModel | str | PathLike[str] | None = None, *,
                  sha256: str | None = None) -> list[Prediction]:
    """Classify many statements, in order. A bare str is an error (wrap it in a list).
    ``sha256`` pins the model, as :func:`classify`'s does.

    >>> import stance
    >>> [str(p) for p in stance.classify_many(["Ministers meet in Brussels on Tuesday."])]
    ['none']
    """
    from .model import _as_named_text_list
    from .scoring import warn_of_classified_spreadsheet_errors, warn_of_mojibake, warn_of_other_languages

    refuse_model_as_data(texts, model, call="classify_many", name="texts", expected="an iterable of str",
                         model_first=False)
    # The warning names a row as the errors do: a Series' by its label (see "How rows are named").
    texts, name = _as_named_text_list(texts, "texts", require_str=True)
    resolved = resolve_model(model, sha256=sha256)
    predictions = resolved._classify_listed(texts)  # unwarned: warned of below, in the order of the warnings
    warn_of_other_languages(texts, resolved)
    warn_of_mojibake(texts, name, "texts")
    warn_of_classified_spreadsheet_errors(texts, name, "texts")
    return predictions


def train(
    data: Any,
    text_column: str = "text",
    labels_column: str = "labels",
    stance_column: str | None = None,
    *,
    encoding: str = "utf-8",
    max_collect_bytes: int | None = None,
    progress: bool | None = None,
    **options: Any,
) -> StanceModel:
    """Train a model on your own labels.

    ``data`` is a table (a pandas, polars or pyarrow one, or a dict of columns, read as
    :func:`stance.score` reads one), a Dask DataFrame, or a path to a .csv/.tsv/.jsonl/.parquet
    file (or a folder of them, or a glob such as ``"data/2024-*.csv"``, read as a folder is). Labels are one per
    row or several joined with ``"|"``, primary first; any names work. ``stance_column``
    trains the stance head (two or more values; the labels column named as it too is
    refused); rows whose
    label is the off-topic one (``none_label``, default ``"none"``) need no stance (one given
    is ignored, with a warning).
    A Dask DataFrame (the ``dask`` extra) is collected first if its columns fit: above
    ``max_collect_bytes`` (default: a share of the available memory, see
    :func:`stance.distributed.collect_for_training`) it is refused with advice.
    Rows with missing or blank text are refused with their row numbers (in a folder or a glob,
    ``"file.csv:row"``, counted in that file from 0 and zero-padded to one width, such as
    ``"a.csv:003"``). ``options`` are
    :class:`StanceModel` options (``C``, ``ngram_max``, ``random_state``, …).
    :func:`read_labelled` reads and checks ``data`` as this does, and returns the DataFrame
    it would fit on. ``progress`` is as :func:`score`'s: None (the default) counts the fits
    done on a bar on a terminal or in a notebook, for more than 8,192 rows; True always,
    False never.

    >>> import pandas as pd, stance
    >>> data = pd.DataFrame({"text": ["wind farms now", "no more turbines", "hello"] * 4,
    ...                      "labels": ["energy", "energy", "none"] * 4})
    >>> stance.train(data).labels
    ('energy', 'none')
    """
    from .exceptions import InvalidInputError, require_progress
    from .problems import columns_named

    progress = require_progress(progress)
    rows = _training_rows(data, text_column, labels_column, stance_column, encoding, max_collect_bytes, options)
    model = rows.model
    shown = forksafe.imported(".progress_bars").wanted_for_training(progress, len(rows.texts))
    try:
        with forksafe.imported(".training").fits_counted(shown):
            model._fit_read(rows.texts, rows.label_sets, rows.stances, rows.frame.index,
                            rows.frame[labels_column].tolist())
    except InvalidInputError as error:
        # fit's own checks of whole columns say "labels:" and "stance:": of columns named
        # otherwise ("code", "pos"), the user was left to guess which column was meant.
        raise columns_named(error, rows.names) from None
    model.training_["columns"] = {"text": text_column, "labels": labels_column, "stance": rows.stance_column}
    if isinstance(data, (str,)) or hasattr(data, "__fspath__"):
        readable_name = forksafe.imported(".files").readable_name

        model.training_["source"] = readable_name(data)
        _record_source_files(model, data)
    return model


def _record_source_files(model: StanceModel, data: str | PathLike[str]) -> None:
    """Record the files a folder or glob ``data`` was, with their digests (see
    :func:`stance.tables.source_files`), beside its ``source``."""
    files = forksafe.imported(".tables").source_files(data)
    if files is not None:
        model.training_["files"] = files


def read_labelled(
    data: Any,
    *,
    text_column: str = "text",
    labels_column: str = "labels",
    stance_column: str | None = None,
    encoding: str = "utf-8",
    max_collect_bytes: int | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Read labelled data as :func:`train` reads it, and return the DataFrame it would fit on.

    ``data`` is what :func:`train` takes: a path to a .csv/.tsv/.jsonl/.parquet file, a
    folder of them (read in name order, its rows named ``"file.csv:row"``, which names
    each row's file), a glob of them (``"data/2024-*.csv"``: its files read as a folder's,
    in name order, each named from the glob's folder), a DataFrame (returned as it is once
    checked), a polars or pyarrow table or a dict of columns (read as pandas) or a Dask
    DataFrame (collected). Every column is kept, as read. The checks are :func:`train`'s, with the
    same errors and warnings: the columns named, texts present, labels and stance values
    readable, each label with enough rows for ``options`` (:class:`StanceModel` options,
    as for :func:`train`: ``threshold_folds`` and ``none_label`` change what passes). So
    ``stance.train(stance.read_labelled(path))`` trains the model ``stance.train(path)`` does,
    and the frame in between can be looked at, sampled or split first.

    >>> import stance, tempfile, pandas as pd
    >>> from pathlib import Path
    >>> data = pd.DataFrame({"text": ["wind farms now", "no more turbines", "hello"] * 2,
    ...                      "labels": ["energy", "energy", "none"] * 2})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     data[:3].to_csv(Path(folder) / "a.csv", index=False)
    ...     data[3:].to_csv(Path(folder) / "b.csv", index=False)
    ...     frame = stance.read_labelled(folder, threshold_folds=0)
    >>> frame.loc["b.csv:2"].tolist()
    ['hello', 'none']
    """
    return _training_rows(data, text_column, labels_column, stance_column, encoding, max_collect_bytes, options,
                          check_labels=True).frame


class _TrainingRows(NamedTuple):
    """What :func:`train` read: the frame, the model to fit, the rows as it fits them, the
    stance column it uses, and what its messages call the labels and stance columns."""

    frame: pd.DataFrame
    model: StanceModel
    texts: list[str]
    label_sets: list[tuple[str, ...]]
    stances: list[str | None] | None
    stance_column: str | None
    names: dict[str, str]


def _training_rows(data: Any, text_column: str, labels_column: str, stance_column: str | None, encoding: str,
                   max_collect_bytes: int | None, options: dict[str, Any],
                   check_labels: bool = False) -> _TrainingRows:
    """``data`` read and checked as :func:`train` reads it, for :func:`train` and
    :func:`read_labelled`; ``check_labels``: run the checks of the labels' names and counts
    (and stance values) that the fit runs, for a caller that does not fit."""
    from .columns import require_columns, stance_column_apart, warn_if_stance_unused
    from .data import refuse_empty_rows
    from .scoring import as_table
    from .tables import read_table

    # Before the work, not at the save after it; and before scikit-learn's import fails on an empty one.
    forksafe.imported(".persistence").source_date_epoch()
    data = as_table(data, text_column)  # a polars or pyarrow table, a dict: before read_table takes it for no table
    stance_column = stance_column_apart(stance_column, labels_column)  # refused before a Dask frame is collected
    distributed = forksafe.imported(".distributed")  # imports dask only for a Dask object
    if distributed.is_dask(data):
        data = distributed.collect_for_training(data, {"text_column": text_column, "labels_column": labels_column,
                                                       "stance_column": stance_column}, max_bytes=max_collect_bytes)
    frame = read_table(data, encoding=encoding, text_columns=[text_column, labels_column, stance_column],
                       r_missing_in=[text_column, labels_column], labelled=True, dask=True)
    require_columns(frame, {"text_column": text_column, "labels_column": labels_column,
                            "stance_column": stance_column}, read_from_path=frame is not data,
                    delimited=lambda: is_delimited(data))
    if frame is not data:  # read from a file: its bytes were decoded, but for these
        from .parquet_files import refuse_undecoded_columns

        refuse_undecoded_columns(frame, (text_column, labels_column, stance_column), data)
    if len(frame) == 0:
        from .exceptions import InvalidInputError

        raise InvalidInputError("data has no rows to train on")
    warn_if_stance_unused(frame, stance_column, "training (no stance head)", labels_column,
                          options.get("none_label", "none"))
    model = StanceModel(**_known_options(options))
    model._check_options()  # a bad option is named before the data is checked
    refuse_empty_rows(frame, text_column)
    from .data import SCORED_FOR_TRAINING, prepare_training, warn_of_rejected_answers, warn_of_scored_labels
    from .exceptions import InvalidInputError
    from .label_checks import check_training_rows
    from .label_names import off_topic_as_written
    from .names import named_rows
    from .problems import columns_named

    minimum = model.min_examples_per_label()

    def then(texts: list[str], label_sets: list[tuple[str, ...]], stances: list[str | None] | None) -> None:
        # The checks fit runs next, said with the rows' problems: every problem of the data in one error.
        check_training_rows(label_sets, stances, minimum, named_rows(frame.index), hint=model._rare_label_hint(minimum),
                            misspelt_only=True, fewer_folds=model._fewer_folds(texts),
                            none_label=off_topic_as_written(model._none_label_as_read(), label_sets))

    names = {"labels": f"labels_column={quoted(labels_column)}", "stance": f"stance_column={quoted(stance_column)}"}
    warn_of_rejected_answers(frame, (text_column, labels_column, stance_column))
    warn_of_scored_labels(frame, labels_column, stance_column, SCORED_FOR_TRAINING)
    texts, label_sets, stances = prepare_training(
        frame[text_column].tolist(), frame[labels_column].tolist(),
        None if stance_column is None else frame[stance_column].tolist(),
        index=frame.index, text_name=f"text_column={quoted(text_column)}",
        labels_name=names["labels"], stance_name=names["stance"], none_label=model._none_label_as_read(), then=then,
    )
    if check_labels:
        from .off_topic import warn_of_unused_off_topic

        try:
            *_, labels, off_topic = model._checked_rows(texts, label_sets, stances, frame.index, read=True)
        except InvalidInputError as error:  # as train names them
            raise columns_named(error, names) from None
        warn_of_unused_off_topic(off_topic, labels)  # as the fit says it, once it worked
    return _TrainingRows(frame, model, texts, label_sets, stances, stance_column, names)


def _known_options(options: dict[str, Any], call: Callable[..., Any] | None = None) -> dict[str, Any]:
    """``options``, once each is one of :class:`StanceModel`'s; ``call`` (default :func:`train`)
    is the function they were given to, whose own arguments an unknown one may have meant."""
    from .exceptions import InvalidInputError

    valid = StanceModel._param_names()
    unknown = sorted(set(options) - set(valid))
    if unknown:
        arguments = _arguments_of(train if call is None else call)
        # A column argument by its stem first ("label_column"), then the closer of a model option's
        # misspelling and an argument's: "stance_c" is stance_C and "stance_colum" stance_column (reviews).
        meant = _argument_meant(unknown[0], arguments, misspelt=False)
        if not meant:
            closest = forksafe.imported(".names")._closest
            option, argument = closest(unknown[0], valid), _argument_meant(unknown[0], arguments)
            if argument and (not option or _likeness(unknown[0], argument) > _likeness(unknown[0], option)):
                meant = argument
        raise InvalidInputError(unknown_options(unknown, valid, meant))
    return options


def unknown_options(unknown: list[str], valid: list[str], meant: str | None = None, words: Words = PYTHON,
                    flag_of: dict[str, str] | None = None) -> str:
    """The refusal of the ``unknown`` training options, of ``valid`` ones, in ``words``: the option
    each most likely meant (:func:`_did_you_mean`), or ``meant``, the call's argument it did
    (on the command line, ``flag_of`` it: a flag, as ``--option labels_column=…`` is refused
    before this is said). One source for the library's words and the command line's, where
    ``--option mindf=2`` was told "(did you mean 'min_df'?)" and a Python list of names.

    >>> unknown_options(["mindf"], ["ngram_max", "min_df"])
    "unknown training option(s) ['mindf'] (did you mean 'min_df'?); valid options: ['ngram_max', 'min_df']"
    >>> from .exceptions import COMMAND_LINE
    >>> unknown_options(["mindf"], ["ngram_max", "min_df"], words=COMMAND_LINE)
    'unknown training option(s) mindf (did you mean --option min_df?); valid options: ngram_max, min_df'
    >>> unknown_options(["label"], ["C"], "labels_column", COMMAND_LINE, {"labels_column": "--labels-column"})
    'unknown training option(s) label (did you mean --labels-column?); valid options: C'
    """
    if meant:
        hint = f" (did you mean {flag_of[meant]}?)" if words.command_line and flag_of else \
            f" (did you mean the argument {meant}=?)"
    else:
        hint = _did_you_mean(unknown[0], valid, words)
    listed = (", ".join(unknown), ", ".join(valid)) if words.command_line else (quoted_list(unknown), str(valid))
    return f"unknown training option(s) {listed[0]}{hint}; valid options: {listed[1]}"


def _likeness(name: str, other: str) -> float:
    """How alike two names are, in any case (difflib's ratio).

    >>> _likeness("stance_c", "stance_C") > _likeness("stance_c", "stance_column")
    True
    """
    difflib = forksafe.imported("difflib")
    return difflib.SequenceMatcher(None, name.casefold(), other.casefold()).ratio()


def _arguments_of(call: Callable[..., Any]) -> list[str]:
    """The named arguments of ``call``, its data and its ``**options`` aside."""
    parameters = inspect.signature(call).parameters.values()
    return [p.name for p in parameters if p.name != "data" and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]


def _argument_meant(name: str, arguments: list[str], misspelt: bool = True) -> str | None:
    """The argument of ``arguments`` that the unknown option ``name`` most likely meant:
    ``label_column=`` or ``labels=`` for ``labels_column`` (a column argument named by its
    stem, one label or many, which is too short for a misspelling of it), else a close
    misspelling (unless not ``misspelt``); None when none is close. ``stance.train(data,
    label_column="labels")`` listed the 26 model options and not labels_column.

    Or its abbreviation, each word shortened to 3 letters or more (``stance_col``, ``lab_col``),
    which a model option spelt more alike (``stance_C``) was named for.

    >>> _argument_meant("label", ["text_column", "labels_column"]), _argument_meant("C", ["labels_column"])
    ('labels_column', None)
    >>> [_argument_meant(name, ["stance_column"], misspelt=False) for name in ("stance_col", "stance_c")]
    ['stance_column', None]
    """
    from .names import _closest

    key = name.strip().casefold()
    for argument in arguments:
        stem = argument.removesuffix("_column")
        if stem != argument and key in (stem, stem.removesuffix("s"), stem.removesuffix("s") + "_column"):
            return argument
    for argument in arguments:
        if _abbreviates(key, argument):
            return argument
    return _closest(name, arguments) if misspelt else None


def _abbreviates(key: str, argument: str) -> bool:
    """Whether ``key`` shortens each word of ``argument`` to its first 3 letters or more (a
    word of fewer letters kept whole): ``stance_col`` of ``stance_column``. Not ``stance_c``,
    which is the option stance_C in another case."""
    words, full = key.split("_"), argument.casefold().split("_")
    return len(words) == len(full) and key != argument.casefold() and all(
        whole.startswith(word) and len(word) >= min(3, len(whole)) for word, whole in zip(words, full))


def _did_you_mean(name: str, valid: list[str], words: Words = PYTHON) -> str:
    """`` (did you mean 'C'?)`` (in ``words``: `` (did you mean --option C?)`` on the command
    line) for the option ``name`` most likely means: the one it is in
    another case above all ("c" for "C"), the one it begins ("ngram" for "ngram_max", which
    ``--option ngram=3`` was told only by the list of every option), or a misspelling of; or "".

    >>> _did_you_mean("c", ["ngram_max", "C", "stance_C"]), _did_you_mean("Cee", ["C"])
    (" (did you mean 'C'?)", '')
    >>> _did_you_mean("ngram", ["ngram_max", "C", "stance_C"])
    " (did you mean 'ngram_max'?)"
    >>> _did_you_mean("m_df", ["min_df", "max_df"])
    " (did you mean 'max_df' or 'min_df'?)"
    """
    from .names import meant_all
    from .nearest import or_listed

    close = meant_all(name, valid)  # every one that ties: "m_df", 'max_df' or 'min_df'
    named = [words.name(option) if words.command_line else repr(option) for option in close]
    return f" (did you mean {or_listed(named)}?)" if close else ""


def load(path: str | PathLike[str], *, sha256: str | None = None) -> StanceModel:
    """Load a saved model directory, verifying every file's checksum (never unpickles).

    Raises :class:`~stance.ModelIntegrityError` for a missing, extra or altered file and
    :class:`~stance.ModelFormatError` for a directory that is not a model this version reads.
    The checksums catch accidental damage, not tampering; pass ``sha256``, the parameters'
    digest the model's publisher gave you (``stance info`` shows it), to refuse a model
    whose parameters differ from it (spaces and a line end around it, as read from a file,
    are ignored; the training-data digest given instead is named as such).

    >>> import stance, tempfile
    >>> from pathlib import Path
    >>> model = stance.StanceModel(threshold_folds=0).fit(["more aid", "cut aid", "hello", "thanks"],
    ...                                                   ["aid", "aid", "none", "none"])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = model.save(Path(folder) / "aid")
    ...     stance.load(Path(folder) / "aid").classify("more aid").label
    'aid'
    """
    return forksafe.imported(".persistence").load_model(path, sha256=sha256)

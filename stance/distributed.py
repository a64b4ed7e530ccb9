"""Scoring and training with Dask: a Dask DataFrame in, a lazy Dask DataFrame out.

Each partition is scored by :func:`stance.score` on the worker that holds it, so the
result has the pandas path's columns and dtypes and equals it row for row. The model
travels to each worker once, not once per partition: with a ``dask.distributed`` client it
is scattered to every worker (``broadcast=True``) under a key derived from its content,
and every partition's task takes it from its worker's memory; with a local scheduler it is
a single node of the task graph that the threads share.

Needs the ``dask`` extra (``pip install ".[dask]"`` in a clone). Dask is imported only when a
function here is called, never by ``import stance``.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import hashlib
import itertools
import logging
import os
import pickle
import re
import sys
import threading
import uuid
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _forksafe as forksafe
from .csv_dialect import given_separator, refuse_repeated_names, tsv_of_another_separator
from .exceptions import (
    InvalidInputError,
    InvalidTypeError,
    MissingDependencyError,
    StanceError,
    install_advice,
    quoted_list,
    require_progress,
    shell_path,
    type_name,
    warn,
)
from .times import TimeLayout, as_text, is_time, layouts_of, merged

if TYPE_CHECKING:
    import pandas as pd

EXTRA = install_advice("dask")
# Training holds the texts several times over (tokens, the TF-IDF matrix, the folds that
# tune thresholds): its peak memory grew by 42x the collected frame's size on 38,000 corpus
# rows and by 27x on 94,000. A collected frame above available memory / this factor is refused.
TRAINING_MEMORY_FACTOR = 30
CLUSTER_SUFFIXES = (".csv", ".tsv", ".parquet")

_arrivals = 0  # how many models arrived in this process by unpickling (see model_arrivals)


def require_dask(purpose: str = "a Dask DataFrame") -> Any:
    """Import and return ``dask.dataframe``, or raise an error naming the extra.

    >>> require_dask().__name__
    'dask.dataframe'
    """
    try:
        return forksafe.imported("dask.dataframe")
    except ImportError as error:
        raise MissingDependencyError(
            f"{purpose} needs dask, which is not installed ({error}); "
            f"install it with {EXTRA}"
        ) from None


def require_distributed(purpose: str = "a Dask cluster") -> Any:
    """Import and return ``dask.distributed``, or raise an error naming the extra."""
    require_dask(purpose)
    try:
        return forksafe.imported("dask.distributed")
    except ImportError as error:
        raise MissingDependencyError(
            f"{purpose} needs dask.distributed, which is not installed ({error}); "
            f"install it with {EXTRA}"
        ) from None


def is_dask(data: Any) -> bool:
    """True for a Dask collection (checked by module name, so dask need not be importable)."""
    return type(data).__module__.split(".")[0] == "dask"


class _ShippedModel:
    """A model on its way to the workers.

    Unpickling counts an arrival in the receiving process, which is how the tests and the
    benchmark check that each worker receives the model once rather than once per partition.
    It also holds which warnings of the data a partition of this scoring call has given in
    this process (see :meth:`warn_once`), as the model arrives once per call and process.
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self._warned: set[str] = set()
        self._lock = threading.Lock()
        # Each partition's language counts (files.language_counts), by its number, until every
        # one has been judged in this process (see judge_language).
        self._languages: dict[int, tuple[int, int, float, list[Any]]] = {}
        # Set in the process that built the graph for Dask's local scheduler, whose computes end
        # there: the partitions' rows whose text is a spreadsheet's error value or a document are
        # kept until then (see warn_of_rows); a copy unpickled elsewhere warns at once.
        self.gathers = False
        self.computes = 0  # computes running whose end warns of the rows kept (see _compute_started)
        self._kept_rows: list[_PartitionRows] = []

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model}

    def __setstate__(self, state: dict[str, Any]) -> None:
        global _arrivals
        _arrivals += 1
        self.__init__(state["model"])

    def warn_once(self, kind: str, check: Callable[[], bool]) -> None:
        """Run ``check``, which gives a warning of ``kind`` when it finds cause and says whether
        it did, until one run has, in this process: each partition warned of the same data, and
        three partitions gave three copies of "text_column='id' holds one or two words…". The
        partitions of a local scheduler's threads share the object, and check one at a time."""
        if kind in self._warned:
            return
        with self._lock:
            if kind not in self._warned and check():
                self._warned.add(kind)

    def judge_language(self, texts: list[Any], number: int, parts: int) -> None:
        """Count partition ``number``'s ``texts`` of another language as ``stance score FILE`` counts
        a chunk (:func:`stance.files.language_counts`), and once all ``parts`` partitions are
        counted in this process, warn as :func:`stance.score` warns of a pandas frame of the same
        rows (:func:`stance.scoring.warn_of_counted_languages`, counts estimated where a partition
        of 4,000 rows or more was sampled): the Dask path judged no language. In partition order,
        whichever finished first, so the same data is told alike. The rows pass here anyway: no
        second pass over the data. A cluster's worker, which sees some partitions only, judges none."""
        from .files import language_counts
        from .scoring import _LANGUAGE_SAMPLE, reads_english, warn_of_counted_languages

        if "language" in self._warned or not reads_english(self.model):
            return
        counts = language_counts(texts, number)
        with self._lock:
            if "language" in self._warned:
                return
            self._languages[number] = counts
            if len(self._languages) < parts:
                return
            self._warned.add("language")
            judged = [self._languages[at] for at in sorted(self._languages)]
        other = round(sum(other * scale for other, _, scale, _ in judged))
        long = round(sum(long * scale for _, long, scale, _ in judged))
        foreign = [text for *_, rows in judged for text in rows][:_LANGUAGE_SAMPLE]
        warn_of_counted_languages(other, long, foreign, self.model,
                                  estimated=any(scale != 1.0 for _, _, scale, _ in judged),
                                  spread_over="the partitions")

    def warn_of_spreadsheet_errors(self, texts: list[Any], index: Any, number: int, labels_apart: bool) -> None:
        """Warn of partition ``number``'s rows (of ``index``) whose text, of ``texts``, is a
        spreadsheet's error value, as :func:`stance.score` warns of a pandas frame's
        (:func:`stance.scoring.warn_of_spreadsheet_errors`), by every compute that scores the
        partition, as :meth:`warn_of_rows` says. Gathered until all partitions were in,
        ``.head()``, ``.partitions[i]`` and the processes scheduler warned of none. The rows are
        named as :func:`_partition_rows_named` says (``labels_apart``: the frame's divisions are known)."""
        from .scoring import warn_of_spreadsheet_errors

        found = warn_of_spreadsheet_errors(texts, None, start=0)
        if found:
            named = _partition_rows_named(index, found, labels_apart)
            self.warn_of_rows(_PartitionRows(number, *named, [texts[at] for at in found]))

    def warn_of_documents(self, texts: list[Any], index: Any, number: int, labels_apart: bool) -> None:
        """Warn of partition ``number``'s rows (of ``index``) whose text, of ``texts``, is a
        document rather than a statement, as :func:`stance.score` warns of a pandas frame's
        (:func:`stance.scoring.warn_of_documents`), by every compute that scores the partition,
        named as :meth:`warn_of_spreadsheet_errors` names its rows. Warned once a call, by the
        first partition that held one, it named that partition's rows alone and by its own index:
        of ``dd.read_csv``'s, whose partitions number their rows from 0, a later partition's
        "row 3" was the frame's row 10, and ``.partitions[1]`` of the same call said nothing."""
        from .scoring import documents_among

        found = documents_among(texts)
        if found:
            named = _partition_rows_named(index, found, labels_apart)
            self.warn_of_rows(_PartitionRows(number, *named, [len(texts[at]) for at in found], _DOCUMENTS))

    def warn_of_rows(self, rows: _PartitionRows) -> None:
        """Warn of a partition's ``rows``. Here, in the process that built the graph (Dask's
        threads or synchronous scheduler), they are kept until the compute's last task ends (see
        :func:`_task_done`), and one warning of each kind names the rows of every partition it
        scored, where Dask gave it the callbacks (see :func:`_compute_started`; else they are
        warned of at once); a copy of the model unpickled elsewhere (a processes scheduler's
        process, a cluster's worker) warns of its partition at once, as that process's other
        warnings are given."""
        if self.gathers and not _on_a_worker():
            with _ending_lock:
                # Kept only while a compute of this model runs whose end warns (see
                # _compute_started): Dask's local scheduler gives no callbacks to a compute that
                # overlaps another, and rows kept for an end that never comes were never told.
                if self.computes:
                    self._kept_rows.append(rows)
                    return
        _warn_of_partition_rows([rows])

    def kept_rows(self) -> list[_PartitionRows]:
        """The rows :meth:`warn_of_rows` kept, in partition order, each partition's once, no
        longer kept; called with ``_ending_lock`` held. A compute may score a partition in two
        tasks (``dask.compute(scored, scored.partitions[0])``), each keeping its rows: told as
        kept, its rows were named twice, "rows 1, 1, 5, 9"."""
        gathered, self._kept_rows = self._kept_rows, []
        once = {(rows.partition, rows.kind): rows for rows in gathered}  # the scored frame's number: its rows
        return sorted(once.values(), key=lambda rows: rows.partition)


# The models of Dask's local scheduler, by the name of their graph node (see _ship), while their frames live.
_local_models: weakref.WeakValueDictionary[str, _ShippedModel] = weakref.WeakValueDictionary()
# The models of each compute running whose end warns, by its graph's id (see _compute_started).
_computing: dict[int, list[_ShippedModel]] = {}
_ending_lock = threading.Lock()


def _compute_started(graph: Any) -> None:
    """Count, on each model whose node the ``graph`` of a compute of Dask's local scheduler holds,
    a compute that will warn of its rows at its end (:func:`_task_done`, :func:`_compute_ended`).
    Not every compute does: the scheduler takes the process's callbacks (``Callback.active``) for
    itself while it computes and puts them back at its end, so a compute that starts while another
    runs, in another thread, or within one of its tasks, gets none; and one that starts as another
    runs and ends after it puts back the empty set it found, which drops the callback for every
    later compute until :func:`score_dask` registers it again. A partition of a model no counted
    compute holds warns of its rows at once (see :meth:`_ShippedModel.warn_of_rows`). Counted by
    model, not for the process, so that of two computes of two scored frames overlapping in two
    threads, each warns of its own frame's rows: counted for the process, the first to end warned
    of the other's too, in its thread. A dictionary look-up a model alive, none a task."""
    models = [model for name, model in list(_local_models.items()) if (name, 0) in graph or name in graph]
    if models:
        with _ending_lock:
            for model in models:
                model.computes += 1
            _computing[id(graph)] = models


def _task_done(key: Any, result: Any, graph: Any, state: dict[str, Any], worker_id: Any) -> None:
    """Dask's local scheduler calls this after each task, in the caller's thread: after the
    compute's last one, each of its models that kept rows warns of them (see :func:`_warn_of_computed`),
    inside the scheduler's ``try``. Warned in its ``finally`` (:func:`_compute_ended`) a warning
    made an error (``python -W error``, pytest's ``filterwarnings = error``) skipped the finish
    callbacks Dask calls after it, in the set's order: a user's own, or a ``ProgressBar``'s, whose
    timer thread was left running. Raised here, it fails the compute as a task's error does, and
    Dask's finish callbacks all run. A test of three dicts a task while a compute of a scored frame runs."""
    if _computing and not (state["waiting"] or state["ready"] or state["running"]):
        _warn_of_computed(graph)


def _compute_ended(graph: Any, state: Any, failed: bool) -> None:
    """Dask's local scheduler (threads, sync, processes) calls this in the process that computes,
    at the end of every compute, once registered by :func:`_warned_at_compute_end`: each model of
    the compute that kept rows whose text is a spreadsheet's error value or a document, not warned
    of by the last task (:func:`_task_done`: a compute that failed before it), warns of them, once,
    whatever partitions it scored (all of them, ``.head()``'s first, ``.partitions[i]``). Such a
    warning made an error is dropped: the compute raises its own, and an error raised here, in
    Dask's ``finally``, would skip the finish callbacks after this one. Two computes of one scored
    frame running at once in two threads may warn of each other's rows: a partition cannot tell
    which compute scores it, and its model's rows are kept while either runs (see :func:`_compute_started`)."""
    try:
        _warn_of_computed(graph)
    except Warning:
        if not failed:  # a compute whose last task did not warn, and raised nothing of its own
            raise


def _warn_of_computed(graph: Any) -> None:
    """The models of the compute of ``graph`` (see :func:`_compute_started`) warn of the rows they
    kept, once, in partition order, each of its own frame's, and are no longer counted for it."""
    with _ending_lock:
        models = _computing.pop(id(graph), [])
        for model in models:
            model.computes -= 1
        kept = [model.kept_rows() for model in models]
    for rows in kept:
        if rows:
            _warn_of_partition_rows(rows)


# Dask's (start, start_state, pretask, posttask, finish): it calls finish of each callback it started.
_AT_COMPUTE_END = (_compute_started, None, None, _task_done, _compute_ended)


def _warned_at_compute_end() -> None:
    """Register :func:`_compute_started`, :func:`_task_done` and :func:`_compute_ended` with Dask's
    local schedulers, once a process, and again where a compute dropped them: they cost a compute
    one call at its start and one at its end, and a task one call of a test (see :func:`_task_done`)."""
    active = forksafe.imported("dask.callbacks").Callback.active
    if _AT_COMPUTE_END not in active:
        active.add(_AT_COMPUTE_END)


def _on_a_worker() -> bool:
    """Whether this runs in a task on a ``dask.distributed`` worker (whose computes end in the
    client's process, which calls no :func:`_compute_ended`).

    >>> _on_a_worker()
    False
    """
    distributed = sys.modules.get("distributed")
    if distributed is None:
        return False
    try:
        distributed.get_worker()
    except ValueError:  # "No worker found"
        return False
    return True


_SPREADSHEET_ERRORS, _DOCUMENTS = "spreadsheet errors", "documents"


@dataclass(frozen=True)
class _PartitionRows:
    """A partition's rows whose text is a spreadsheet's error value (see
    :meth:`_ShippedModel.warn_of_spreadsheet_errors`) or a document (``kind`` :data:`_DOCUMENTS`,
    see :meth:`_ShippedModel.warn_of_documents`): the partition's number, whether the rows' names
    are the frame's labels (see :func:`_partition_rows_named`), their names, and their texts (a
    document's: its length)."""

    partition: int
    by_frame_label: bool
    names: list[Any]
    values: list[Any]
    kind: str = _SPREADSHEET_ERRORS


def _partition_rows_named(index: Any, found: list[int], labels_apart: bool) -> tuple[bool, list[Any]]:
    """Whether the rows at the positions ``found`` of a partition (of ``index``) are named by
    the frame's labels, and their names. By their labels where ``labels_apart`` (the frame's
    divisions are known, so no label of one partition is another's) and the partition's labels
    do not repeat: a label then names one row of the frame. Otherwise the partition's labels
    name them within it, or where those repeat its positions too (a :class:`stance.names.RowAt`,
    as :func:`stance.names.named_rows` names a pandas frame's), the partition's number said
    beside them (see :func:`_rows_named`): ``dd.read_csv`` numbers each partition's rows
    from 0, and its "row 2" was each partition's third. Only a partition that holds such a text
    pays for the check of its labels.

    >>> import pandas as pd
    >>> _partition_rows_named(pd.RangeIndex(4, 8), [1], True), _partition_rows_named(pd.RangeIndex(4), [1], False)
    ((True, [5]), (False, [1]))
    >>> _partition_rows_named(pd.Index([3, 3, 4]), [1], True)
    (False, [RowAt(position=1, label=3)])
    """
    from .names import named_rows

    if labels_apart and _labels_unique(index):
        return True, [index[at] for at in found]
    named = named_rows(index)
    return False, [named[at] for at in found]


def _labels_unique(index: Any) -> bool:
    """Whether no label of a partition's ``index`` repeats. A partition of known divisions is
    sorted, and pandas tells a strictly increasing index unique as it checks the order, which
    costs far less than hashing every label."""
    try:
        return bool(index.is_monotonic_increasing and index.is_unique)
    except TypeError:  # labels of several types, which no order compares
        return False


def _warn_of_partition_rows(gathered: list[_PartitionRows]) -> None:
    """Warn of the rows of the partitions ``gathered`` (in partition order), one warning of each
    kind, documents first, as :func:`stance.score` warns of a pandas frame's, each naming its rows
    as :func:`_rows_named` does.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     _warn_of_partition_rows([_PartitionRows(0, False, [1], ["#N/A"]),
    ...                              _PartitionRows(2, False, [1, 2], ["#N/A"] * 2),
    ...                              _PartitionRows(1, False, [3], [5700], _DOCUMENTS)])
    >>> [str(warning.message)[:60] for warning in caught]  # doctest: +NORMALIZE_WHITESPACE
    ["text of a document's length: partition 1, row 3 holds a text",
     "partition 0, row 1; partition 2, rows 1, 2 hold '#N/A', a sp"]
    """
    from .label_cells import warn_of_spreadsheet_error_texts
    from .scoring import warn_of_document_rows

    documents = [rows for rows in gathered if rows.kind == _DOCUMENTS]
    if documents:
        sizes = [size for rows in documents for size in rows.values]
        warn_of_document_rows([], sizes, named=_rows_named(documents))
    errors = [rows for rows in gathered if rows.kind == _SPREADSHEET_ERRORS]
    if errors:
        warn_of_spreadsheet_error_texts(_rows_named(errors), [text for rows in errors for text in rows.values],
                                        "a profile")


def _rows_named(gathered: list[_PartitionRows], limit: int = 5) -> str:
    """The rows of the partitions ``gathered``, ``limit`` named: by the frame's labels where every
    partition's are (``rows 1, 5, 9``), else each partition's number beside its rows' names
    (``partition 1, row 2; partition 2, row 1``).

    >>> _rows_named([_PartitionRows(0, True, [1], ["#N/A"]), _PartitionRows(2, True, [9], ["#N/A"])])
    'rows 1, 9'
    """
    from .names import row_names

    count = sum(len(rows.names) for rows in gathered)
    if all(rows.by_frame_label for rows in gathered):
        names = [name for rows in gathered for name in rows.names]
        return row_names(names, range(len(names)), limit=limit)
    shown, left = [], limit
    for rows in gathered:
        if left <= 0:
            break
        names = rows.names[:left]
        shown.append(f"partition {rows.partition}, {row_names(names, range(len(names)))}")
        left -= len(names)
    more = count - limit
    return "; ".join(shown) + (f" and {more} more" if more > 0 else "")


def model_arrivals() -> int:
    """How many times a model sent by :func:`score_dask` arrived in this process.

    On a worker it grows by one per scoring call, whatever the number of partitions; read
    it there with ``client.run(stance.distributed.model_arrivals)``.

    >>> model_arrivals() >= 0
    True
    """
    return _arrivals


def score_dask(
    data: Any,
    text_column: str = "text",
    model: Any = None,
    *,
    prefix: str = "",
    client: Any = None,
    sha256: str | None = None,
) -> Any:
    """Score a Dask DataFrame (or Series) lazily, partition by partition.

    What :func:`stance.score` does with a Dask collection. The result is a Dask DataFrame
    with the input's index, divisions and columns plus the result columns of the pandas
    path, with the same dtypes; ``.compute()`` equals ``stance.score(data.compute())``.
    ``client`` is the ``dask.distributed`` client to send the model through (default: the
    current one, if any); compute the result on that client's cluster. A warning of a wrong
    ``text_column`` is given by the first partition that finds cause in each process: once with
    Dask's local threads, once a worker on a cluster.
    Text of another language is warned of once every partition has been scored in one process
    (Dask's local scheduler), as :func:`stance.score` warns of the pandas frame of the same rows
    (see :meth:`_ShippedModel.judge_language`). Texts that are documents or a spreadsheet's error
    value ("#N/A") are warned of by every compute that scores them: once at the end of a compute
    with Dask's local threads, of every partition scored, and by each partition another process
    scores, or that a compute Dask gave no callbacks scores (one that overlapped another in
    another thread; see :meth:`_ShippedModel.warn_of_rows`).
    ``sha256`` refuses any model but the one of that parameters' digest, as :func:`stance.score`'s does.

    >>> import dask.dataframe as dd, pandas as pd, stance
    >>> texts = pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."] * 2})
    >>> lazy = stance.score(dd.from_pandas(texts, npartitions=2))
    >>> lazy.npartitions, lazy.compute().label.tolist()
    (2, ['unity', 'none', 'unity', 'none'])
    """
    require_dask()
    from .api import resolve_model

    return _scored_lazily(data, text_column, resolve_model(model, sha256=sha256), prefix=prefix, client=client,
                          warned=True)


def _scored_lazily(data: Any, text_column: str, model: Any, *, prefix: str, client: Any, warned: bool) -> Any:
    """:func:`score_dask`, whose partitions give the warnings of the data (once, see
    :meth:`_ShippedModel.warn_once`) when ``warned``; :func:`score_files` gives them itself."""
    from .scoring import score

    model = model._pinned()  # one model throughout, whatever fits run meanwhile
    if isinstance(data, require_dask().Series) and data.name is not None:
        text_column = data.name  # a named Series keeps its name, as stance.score's pandas path keeps it
    frame = _as_dask_frame(data, text_column)
    _require_text_column(frame, text_column)
    # Scoring the empty pandas frame that describes the partitions checks the column
    # names and gives the result's exact columns and dtypes, as Dask needs them up front.
    meta = score(frame._meta, text_column=text_column, model=model, prefix=prefix, progress=False)
    shipped = _ship(model, client)
    if not warned:
        return frame.map_partitions(_score_partition, shipped, text_column, prefix, warned, frame.npartitions,
                                    meta=meta)
    # Known divisions keep each label in one partition: a row is named by its label (see _partition_rows_named).
    return frame.map_partitions(_score_partition, shipped, text_column, prefix, warned, frame.npartitions,
                                frame.known_divisions, _partition_numbers(frame.npartitions),
                                align_dataframes=False, meta=meta)


def _partition_numbers(count: int) -> Any:
    """A Dask Series of ``count`` partitions, each holding its own number, which a partition scored
    beside it reads as the scored frame's number of it: Dask's ``partition_info`` counts the
    partitions of what is computed, and ``.partitions[2]`` of the result is its partition 0 there,
    where a partition of this Series, filtered alike, keeps its number.

    >>> _partition_numbers(3).partitions[2].compute().tolist()
    [2]
    """
    pd = forksafe.imported("pandas")
    return require_dask().from_map(_partition_number, range(count), meta=pd.Series([], dtype="int64"))


def _partition_number(number: int) -> pd.Series:
    """The partition ``number`` of :func:`_partition_numbers`."""
    return forksafe.imported("pandas").Series([number], dtype="int64")


def _require_text_column(frame: Any, text_column: Any, *, read_from_path: bool = False,
                         delimited: bool | Callable[[], bool] = True) -> None:
    """Refuse the Dask DataFrame ``frame`` without ``text_column`` as a pandas frame is refused
    (:func:`stance.columns.require_columns`, ``read_from_path`` and ``delimited`` as it takes
    them), judged on the first partition's rows: its empty frame of column names holds no
    sentences, and the column that does went unnamed ("columns present: ['body']" alone).

    >>> import dask.dataframe as dd, pandas as pd
    >>> frame = pd.DataFrame({"body": ["We stand with Ukraine.", "NATO must stay united."]})
    >>> _require_text_column(dd.from_pandas(frame, npartitions=2), "text")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: text_column='text': no such column; ... (text_column='body')
    """
    from .columns import COLUMN_SAMPLE, require_columns

    if not isinstance(text_column, str) or text_column in frame.columns:
        return  # a text_column that is no str is told what to pass by score_checked
    try:
        sample = frame.get_partition(0).compute().head(COLUMN_SAMPLE)
    except Exception:  # a partition that cannot be read is named when it is scored; the column, with no hint
        sample = frame._meta
    require_columns(sample, {"text_column": text_column}, read_from_path=read_from_path, delimited=delimited)


def _as_dask_frame(data: Any, text_column: str) -> Any:
    dd = require_dask()
    if isinstance(data, dd.Series):
        return data.to_frame(name=text_column)
    if isinstance(data, dd.DataFrame):
        return data
    raise InvalidTypeError(
        f"data must be a Dask DataFrame or Series on the Dask path, got {type_name(data)}; "
        f"convert it with dask.dataframe.from_pandas(...) or pass a pandas DataFrame"
    )


def _score_partition(part: pd.DataFrame, shipped: _ShippedModel, text_column: str, prefix: str,
                     warned: bool = True, parts: int = 0, labels_apart: bool = False, numbers: Any = None,
                     partition_info: dict[str, Any] | None = None) -> pd.DataFrame:
    from .scoring import (
        off_topic_label,
        score_checked,
        warn_of_documents,
        warn_of_spreadsheet_errors,
        warn_of_wrong_text_column,
    )

    # Dask already runs the partitions in parallel: no nested workers, no progress bars.
    scored = score_checked(part, text_column=text_column, model=shipped.model, prefix=prefix, n_jobs=1,
                           progress=False, check_text_column=False, check_documents=False)
    if warned:  # after the scoring, which refused a missing column; the input's columns come first in its result
        read = scored.iloc[:, :len(part.columns)]
        shipped.warn_once("text column", lambda: warn_of_wrong_text_column(
            read, text_column, whole=False, off_topic=off_topic_label(shipped.model)))
        if partition_info is not None:  # Dask's number of the partition (none: meta, or a call of its own)
            # as stance.score warns of a pandas frame's documents and "#N/A" texts, by every compute that scores them
            # the scored frame's number of the partition, which partition_info counts among those computed
            number = int(numbers.iloc[0]) if numbers is not None and len(numbers) else partition_info["number"]
            texts = read[text_column].tolist()
            shipped.warn_of_documents(texts, read.index, number, labels_apart)
            shipped.warn_of_spreadsheet_errors(texts, read.index, number, labels_apart)
            shipped.judge_language(texts, partition_info["number"], parts)
        else:
            shipped.warn_once("documents", lambda: warn_of_documents(read[text_column].tolist(), read.index))
            shipped.warn_once("spreadsheet errors",
                              lambda: bool(warn_of_spreadsheet_errors(read[text_column].tolist(), read.index)))
    return scored


def _ship(model: Any, client: Any) -> Any:
    """The model as a graph dependency: scattered to every worker, or one local graph node."""
    shipped = _ShippedModel(model)
    # A key from the content: the same model gives the same graph keys, and scattering it
    # again replaces the copy a worker holds rather than adding one.
    key = "stance-model-" + hashlib.sha256(pickle.dumps(model, protocol=5)).hexdigest()[:32]
    client = client if client is not None else _current_client()
    if client is not None:
        return client.scatter({key: shipped}, broadcast=True)[key]
    delayed = forksafe.imported("dask").delayed
    shipped.gathers = True  # computed by a local scheduler, whose computes end in this process
    _warned_at_compute_end()

    # Locally a name of this call's own: Dask keeps the expression of a graph by its name, and
    # a second scoring of the same frame with the same model, named by content alone, could
    # be given the first's expression, and so the first call's shipped model, which had warned
    # already: the second call was silent while the first one's result was still alive.
    name = f"{key}-{uuid.uuid4().hex}"
    _local_models[name] = shipped  # which computes score it (see _compute_started)
    return delayed(shipped, name=name, traverse=False)


def _current_client() -> Any:
    try:
        default_client = forksafe.imported("dask.distributed").default_client
    except ImportError:  # dask without distributed: only local schedulers exist
        return None
    try:
        return default_client()
    except ValueError:  # no client started in this process
        return None


# -- training -------------------------------------------------------------------------


def collect_for_training(data: Any, columns: dict[str, str | None], *, max_bytes: int | None = None) -> pd.DataFrame:
    """Collect the columns of a Dask DataFrame that training needs, if they fit.

    The size is estimated first from every partition's memory usage (``deep=True``);
    above ``max_bytes`` (default: the available memory divided by
    :data:`TRAINING_MEMORY_FACTOR`) nothing is collected and the error says what to do.

    >>> import dask.dataframe as dd, pandas as pd
    >>> data = dd.from_pandas(pd.DataFrame({"text": ["a", "b"], "labels": ["x", "y"], "n": [1, 2]}),
    ...                       npartitions=2)
    >>> collect_for_training(data, {"text_column": "text", "labels_column": "labels"}).columns.tolist()
    ['text', 'labels']
    """
    from .columns import require_columns

    dd = require_dask("training on a Dask DataFrame")
    if not isinstance(data, dd.DataFrame):
        raise InvalidTypeError(f"data must be a Dask DataFrame to train on, got {type_name(data)}")
    require_columns(data._meta, columns)
    wanted = list(dict.fromkeys(c for c in columns.values() if c is not None))
    frame = data[wanted]
    size = int(frame.memory_usage_per_partition(index=True, deep=True).sum().compute())
    limit = _training_limit() if max_bytes is None else max_bytes
    if size > limit:
        raise InvalidInputError(
            f"data: the Dask DataFrame's {wanted} columns take about {_gb(size)} in memory once collected "
            f"({frame.npartitions} partitions), above the limit of {_gb(limit)}"
            + (" (available memory / "
               f"{TRAINING_MEMORY_FACTOR}, since training needs about {TRAINING_MEMORY_FACTOR}x the data's size)"
               if max_bytes is None else "")
            + ". Training runs on one machine: train on a sample, e.g. "
              "stance.train(data.sample(frac=0.1, random_state=0)), or on a machine with more memory; "
              "pass max_collect_bytes= to raise the limit if you know it fits"
        )
    return frame.compute()


def _training_limit() -> int:
    psutil = forksafe.imported("psutil")  # a dependency of dask.distributed, part of the dask extra

    return psutil.virtual_memory().available // TRAINING_MEMORY_FACTOR


def _gb(size: int) -> str:
    return f"{size / 1e9:.2f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


# -- files on a cluster ---------------------------------------------------------------


def score_files(
    pattern: str | os.PathLike,
    output_path: str | os.PathLike,
    *,
    text_column: str = "text",
    model: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    prefix: str = "",
    blocksize: str | int = "32MB",
    progress: bool | None = None,
    bom: bool = False,
    argument: str = "pattern",
    sha256: str | None = None,
) -> int:
    """Score CSV/TSV or Parquet files (a glob) with Dask into one CSV, TSV, JSONL or Parquet
    file (by the output's suffix, as :func:`stance.score_file` writes it); return the rows.

    ``scheduler`` is the address of a running Dask scheduler (``tcp://host:8786``);
    ``workers`` starts a local cluster of that many processes for the call; with neither,
    the current Dask client is used if there is one, else partitions are scored one after
    the other in this process. Files are read by the
    workers (so they must see the same paths, or use a URL such as ``s3://…``), in name
    order, and rows are written in that order. The output is written beside the target
    and renamed into place once every row is scored, as by ``stance score``. ``progress``
    is True, False or None (a bar on a terminal or in a notebook); anything else is refused.
    A CSV or TSV output begins with UTF-8's byte-order mark as the first file does, or with
    ``bom`` whatever it begins with (see :func:`stance.files.write_table_atomically`).
    ``argument`` names ``pattern`` in a warning of its links to no file, as :func:`read_files`'s.
    ``sha256``, the parameters' digest the model's publisher gave, refuses any other model, as
    :func:`stance.score`'s does, before a file is read or a cluster started.

    >>> import tempfile, pathlib, pandas as pd
    >>> with tempfile.TemporaryDirectory() as name:
    ...     folder = pathlib.Path(name)
    ...     for i in range(2):
    ...         pd.DataFrame({"text": ["We have a one-speed NATO.", "Thank you."]}).to_csv(
    ...             folder / f"{i}.csv", index=False)
    ...     score_files(folder / "*.csv", folder / "out.csv")
    4
    """
    if scheduler is not None and workers is not None:
        raise InvalidInputError("give either scheduler (a running cluster) or workers (a local one), not both")
    if workers is not None and workers < 1:
        raise InvalidInputError(f"workers must be at least 1, got {workers}")
    if workers is not None:
        workers = _check_workers(workers)
    from .api import resolve_model
    from .scoring import off_topic_label

    progress = require_progress(progress)  # before a cluster starts
    if sha256 is not None:  # before a file is read or a cluster started, as stance.score refuses it
        model = resolve_model(model, sha256=sha256)
    target = Path(output_path)
    files = forksafe.imported(".files")

    # As given: a trailing slash names a folder.
    suffix = files.check_output(output_path, files.SCORE_FORMATS, files.SCORE_OUTPUT_SUFFIXES, argument="output_path")
    files.refuse_input_as_output(pattern, output_path)  # one of the glob's files, which it would replace
    frame = read_files(pattern, blocksize=blocksize, text_columns=[text_column], argument=argument)
    # Before a cluster starts, and told as `stance score FILE` tells it, of the file read.
    _require_text_column(frame, text_column, read_from_path=True,
                         delimited=lambda: forksafe.imported(".file_types").is_delimited(pattern))
    client, cluster = _open_client(scheduler, workers)
    owned = client is not None
    interrupted = False
    client = client if owned else _current_client()
    # Held until the cluster is closed: what an interrupt schedules on the loop runs after it leaves the work.
    with _interrupted_loop_logs_dropped():
        try:
            resolved = resolve_model(model)
            scored = _scored_lazily(frame, text_column, resolved, prefix=prefix, client=client, warned=False)
            # Times as times into Parquet, as stance.score keeps them; as text in one form per
            # column into a text output.
            layouts = _time_layouts(frame, client) if suffix != ".parquet" else {}
            computed = _short_rows_refused(_computed_in_order(scored.to_delayed(), client),
                                           getattr(frame, "_stance_partition_files", None),
                                           getattr(frame, "_stance_last_columns", {}), list(frame.columns))
            files_read = _expand(str(pattern))
            parts = (as_text(part, layouts) for part in _repeated_files_warned_of(
                _warned_of(computed, text_column, len(frame.columns), off_topic_label(resolved), resolved,
                           spread_over="the files" if len(files_read) > 1 else "the file"),
                getattr(frame, "_stance_part_files", None),
                text_column, str(pattern), len(frame.columns)))
            return _write_csv_atomically(parts, target, source=str(pattern), progress=progress,
                                         partitions=scored.npartitions, files_read=files_read,
                                         partition_files=getattr(frame, "_stance_partition_files", None), bom=bom,
                                         part_files=getattr(frame, "_stance_part_files", None),
                                         text_column=text_column)
        except KeyboardInterrupt:
            interrupted = True
            raise
        finally:
            _closed(client if owned else None, cluster, interrupted=interrupted)


def _check_workers(workers: int) -> int:
    """The workers to start for ``workers`` asked for: at most a few a core (see
    :func:`stance.parallel.most_processes`), warning of more than the cores: each beyond them
    only slows the others (twelve on two cores took 16 s for 60 rows, where two took 9 s, most
    of it starting them)."""
    parallel = forksafe.imported(".parallel")
    cores, most = parallel.usable_cores(), parallel.most_processes()
    if workers > cores:
        started = f"; {most} are started, the most it starts" if workers > most else ""
        warn(f"workers={workers} asks for more processes than the {cores} core{'s' if cores > 1 else ''} this "
             f"process may use, each of which only slows the others: workers={cores} or fewer is as fast or "
             f"faster{started}")
    return min(workers, most)


def _warned_of(parts: Iterable[pd.DataFrame], text_column: str, columns: int,
               off_topic: str | None, model: Any = None, spread_over: str = "the file") -> Iterator[pd.DataFrame]:
    """The scored partitions ``parts``, in order, warned of as ``stance score FILE`` warns of
    its chunks: the text column checked on the first with rows, and documents among the texts
    of every partition, once the last is yielded, their rows counted from the output's start.
    Warned of by each partition, on a worker, a glob of three files gave three copies of each
    warning (or the workers printed them, as Python's, not the command's), and each named the
    row of a document as counted in its own file. ``columns``: how many of a part's are the input's;
    ``off_topic``: the model's off-topic label, which rows of no text get. The language of the rows
    is judged as ``stance score FILE`` judges its chunks, of ``model`` (see
    :class:`stance.files._LanguageRows`): read with Dask, a file of another language was told nothing.
    ``spread_over``: what estimated counts are said to be judged over, "the files" of a glob of several."""
    from .files import _DocumentRows, _LanguageRows
    from .scoring import warn_of_wrong_text_column

    checked = False
    documents = _DocumentRows(text_column)
    if model is not None:
        parts = _LanguageRows(text_column, model, spread_over).passed(parts)
    for part in documents.passed(parts):
        if not checked and len(part):
            warn_of_wrong_text_column(part.iloc[:, :columns], text_column, whole=False, off_topic=off_topic)
            checked = True
        yield part  # documents.passed warns of the documents once the last part has passed


def _short_rows_refused(parts: Iterable[pd.DataFrame], part_files: list[str] | None, last_columns: dict[str, str],
                         columns: list[Any]) -> Iterator[pd.DataFrame]:
    """The scored partitions ``parts``, in order, a file of which is refused where a row holds
    fewer fields than its header, as ``stance score FILE`` refuses it (see
    :func:`stance.delimited._may_be_short`): pandas, on a worker, filled the fields it lacks
    with empty cells. Such a row's cell of the file's last column (``last_columns``, each
    file's; ``columns``, the input's) is missing: only a file with such a cell is read again,
    on its own and once, for the line. So is a .csv file of which a cell holds a line break,
    which may be rows merged by a quote left open (see :func:`stance.delimited._may_be_merged`),
    and a file with a row of its header's names, which that reading warns of, naming its rows
    (see :func:`stance.record_lines.refuse_or_warn_of_header_rows`).
    ``part_files`` names each partition's file; None (a URL whose sizes are not known) checks
    nothing."""
    from .delimited import _header_rows, _may_be_merged

    checked: set[str] = set()
    for number, part in enumerate(parts):
        file = part_files[number] if part_files is not None and number < len(part_files) else None
        if file is not None and file not in checked and len(part):
            last = last_columns.get(file)
            cells = part[last] if last in columns else part.iloc[:, len(columns) - 1]
            read = part.iloc[:, :len(columns)]
            if (len(columns) > 1 and cells.isna().any()) or _may_be_merged(Path(file), read) or _header_rows(read):
                checked.add(file)
                refused = _read_alone(file)
                if refused is not None:
                    raise refused
        yield part


def _repeated_files_warned_of(parts: Iterable[pd.DataFrame], part_files: list[str] | None, text_column: str,
                              source: str, columns: int) -> Iterator[pd.DataFrame]:
    """The scored partitions ``parts``, in order, and once the last is yielded a warning of a
    file of the glob ``source`` every text of which is in one other file (a copy,
    "a (copy).csv"), as :func:`stance.read_table` warns of a glob's files
    (:func:`stance.tables.warn_of_repeated_texts`). ``part_files`` names each partition's file;
    None (a URL whose sizes are not known) checks nothing. ``columns``: how many of a part's
    are the input's.

    The keys are the texts' hashes, not the texts, 8 bytes a distinct text in arrays
    (:func:`stance.tables.text_keys`): the command streams the rows so as not to hold them, and
    a copy is told by every one of its texts, which chance collisions of 64-bit hashes do not make.
    """
    np = forksafe.imported("numpy")
    from .tables import pattern_base, text_keys, warn_of_repeated_texts

    files = list(dict.fromkeys(part_files or ()))
    keys: dict[str, list[np.ndarray]] = {file: [] for file in files}
    rows = dict.fromkeys(files, 0)
    header: list[Any] = []
    for number, part in enumerate(parts):
        if len(files) > 1 and number < len(part_files or ()):
            file = part_files[number]
            rows[file] += len(part)
            header = list(part.columns[:columns])
            if text_column in part.columns:
                keys[file].append(text_keys(part[text_column]))
        yield part
    if len(files) < 2:
        return
    base = pattern_base(source)
    names = [file if "://" in file else Path(file).relative_to(base).as_posix() if Path(file).is_relative_to(base)
             else file for file in files]
    warn_of_repeated_texts(names, [np.unique(np.concatenate([text_keys(()), *keys[file]])) for file in files],
                           [rows[file] for file in files],
                           [header] * len(files), f"glob {source!r}")


class _AfterAnInterrupt(logging.Filter):
    """Drops every record once the command has received an interrupt signal."""

    def filter(self, record: logging.LogRecord) -> bool:
        interrupt_noted = forksafe.imported(".files").interrupt_noted

        return not interrupt_noted()


@contextlib.contextmanager
def _interrupted_loop_logs_dropped() -> Iterator[None]:
    """Drop what the event loop's logger ("tornado.application") says after the command is
    interrupted, while the cluster works: distributed's sync(), interrupted before its future
    exists, schedules a callback that fails on it, and tornado printed that traceback before
    the one line an interrupt prints, now and then. Before an interrupt nothing is dropped."""
    logger, dropped = logging.getLogger("tornado.application"), _AfterAnInterrupt()
    logger.addFilter(dropped)
    try:
        yield
    finally:
        logger.removeFilter(dropped)


@contextlib.contextmanager
def _dask_logs_muted() -> Iterator[None]:
    """Silence Dask's own logs in this process while a local cluster it started is torn
    down, and restore them after: a killed worker's nanny logged "Restarting worker" after
    the one line an interrupt prints, and on a loaded machine, at the end of a run that
    succeeded, "Worker process still alive after 4.0 seconds, killing". The workers' own
    logs are dropped by :func:`_closing_logs_dropped`."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _closed(client: Any, cluster: Any, *, interrupted: bool) -> None:
    """Close ``client`` (ours, or None) and the local ``cluster`` (or None), its workers killed
    first where the work was ``interrupted``.

    Our own cluster's teardown is muted whatever ended the work: on a loaded machine a nanny
    said it killed a worker slow to stop, after every row was written. An interrupt that
    comes as they close is held until they are closed (about a second for four workers): a
    SIGTERM once the output was in place broke the close off, and the cluster's own close at
    exit took 10.9 s to end the command."""
    files = forksafe.imported(".files")

    with _dask_logs_muted() if cluster is not None else contextlib.nullcontext():
        if interrupted and cluster is not None:
            _stop_workers(cluster)
        with files.interrupts_held():
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
    files.raise_if_interrupted()


def _stop_workers(cluster: Any) -> None:
    """Kill the worker processes of a local cluster this process started, at once.

    Interrupted, the work is abandoned: closed the usual way, a worker in the middle of a
    partition cannot stop until it finishes, and its nanny waited 4 s before killing it
    (with a warning each). Killed first, the workers leave the cluster nothing to wait for.
    """
    signal = forksafe.imported("signal")

    for nanny in list(getattr(cluster, "workers", {}).values()):
        process = getattr(getattr(nanny, "process", None), "process", None)  # the nanny's worker process
        pid = getattr(process, "pid", None)
        if pid:
            with contextlib.suppress(OSError):  # already gone
                os.kill(pid, signal.SIGKILL)


def read_files(pattern: str | os.PathLike, *, blocksize: str | int = "32MB", text_columns: Iterable[str] = (),
               argument: str = "pattern") -> Any:
    """A lazy Dask DataFrame over CSV/TSV (read as text, like ``stance score``) or Parquet files,
    whose ``text_columns`` of bytes are read as text as ``stance score FILE`` reads them.
    Partitions hold up to ``blocksize`` bytes: a block of a text file, row groups of a Parquet one.
    A glob's symbolic links to no file are left out with a warning, after ``argument``, the name
    it gives ``pattern`` ("pattern: left out 1 symbolic link(s) to no file …"; ``IN`` for `stance score`).

    >>> import tempfile, pathlib, pandas as pd
    >>> with tempfile.TemporaryDirectory() as name:
    ...     pd.DataFrame({"text": ["NA", None]}).to_csv(pathlib.Path(name) / "a.csv", index=False)
    ...     read_files(pathlib.Path(name) / "*.csv").compute().text.tolist()
    ['NA', <NA>]
    """
    from .file_types import refuse_compressed

    dd = require_dask("scoring files with Dask")
    source = str(pattern)
    paths = _expand(source, warned=True, argument=argument)
    suffixes = {Path(p).suffix.lower() for p in paths}
    if len(suffixes) != 1 or not suffixes <= set(CLUSTER_SUFFIXES):
        raise InvalidInputError(_types_unread(source, paths, suffixes))
    for path in paths:  # read by Dask, a compressed file was "not valid UTF-8"; say so as one file is told
        if "://" not in path:
            refuse_compressed(Path(path))
            # Dask reads UTF-8 only: one with a byte-order mark is named before Dask fails on
            # it, one without before its NULs make the columns "i\x00d\x00" (file_encoding).
            encoding = _file_encoding_read_as_utf8(path, paths != [source]) if suffixes != {".parquet"} else "utf-8"
            if encoding != "utf-8":
                raise InvalidInputError(_read_as_utf8(path, encoding, paths == [source]))
            if suffixes != {".parquet"}:
                _refuse_unquoted_return(path)
                _refuse_nul(path)
            if suffixes == {".csv"}:
                _refuse_escaped_quotes(path)
    # Dask reads the start of the first file here, to learn the columns: what it cannot
    # read there is named as a worker's failure is, not left as pandas' traceback.
    try:
        if suffixes == {".parquet"}:
            return _read_parquet(dd, paths, blocksize, text_columns)
        above = _excel_separator_line(source, paths)
        _refuse_headerless(paths)
        if ".tsv" in suffixes and given_separator() not in (None, "\t"):
            raise InvalidInputError(tsv_of_another_separator(Path(sorted(paths)[0]), given_separator()))
        sep = given_separator() or ("\t" if suffixes == {".tsv"} else _csv_delimiter(paths))
        quoting = _tsv_quoting(paths) if suffixes == {".tsv"} else {"quoting": csv.QUOTE_MINIMAL}
        headers = {path: _csv_header(path, sep, quoting, above) for path in paths}
        for path, header in headers.items():  # as `stance score FILE` refuses it (csv_dialect._header)
            refuse_repeated_names(path, header or [])
        _refuse_other_columns(headers)
        frame = _read_csv(dd, paths, sep, blocksize, skip_blank_lines=True, quoting=quoting, headers=headers,
                          above=above)
        if _blank_lines_are_rows(headers, quoting, len(frame.columns)):
            # As in `stance score`: an empty line of a one-column sheet is an empty cell, a row
            # to score (flagged); in a wider file it is no row (a trailing one, most often).
            frame = _read_csv(dd, paths, sep, blocksize, skip_blank_lines=False, quoting=quoting,
                              headers=headers, above=above)
            frame = _ending_blank_lines_left_out(frame, paths, blocksize)
    except StanceError:
        raise
    except (ValueError, OSError) as error:
        raise _read_error(error, source) from None
    # For a partition's failure to name its file (see _reading_errors_named); a Parquet piece names its own.
    frame._stance_partition_files = _block_files(paths, blocksize, frame.npartitions)
    frame._stance_part_files = frame._stance_partition_files  # for copies among the files (see score_files)
    frame._stance_last_columns = {path: header[-1] for path, header in headers.items() if header}
    return frame


def _blank_lines_are_rows(headers: dict[str, list[str] | None], quoting: dict[str, Any], columns: int) -> bool:
    """Whether a blank line of the files whose ``headers`` were read here (the files of a URL's
    are not) is a row, by the rule of ``stance score FILE`` (see
    :func:`stance.csv_dialect.blank_lines_are_rows`), R's row names counted: Dask takes them for
    its index and reads one column of a file that holds two, whose blank line is no row (3 rows
    of R's write.table(sep = ",") where ``stance score FILE`` read 2). Without a header read
    here, Dask's own ``columns`` count."""
    from .csv_dialect import _names_rows, blank_lines_are_rows

    read = {path: header for path, header in headers.items() if header}
    if not read:
        return columns == 1
    return all(blank_lines_are_rows(["", *header] if _names_rows(Path(path), "utf-8", quoting, len(header))
                                    else header)
               for path, header in read.items())


def _ending_blank_lines_left_out(frame: Any, paths: list[str], blocksize: str | int | None) -> Any:
    """``frame``, the files ``paths`` read by Dask with their blank lines as rows, without the
    rows of the blank lines that end each file, which ``stance score FILE`` reads as no row
    (see :func:`stance.csv_dialect.trailing_blank_lines`): they are the last rows of the file's
    last partition, or of its last ones, for a run of half a block or more. Files behind a URL,
    and files whose partitions cannot be told (see :func:`_block_files`), as read."""
    from .csv_dialect import trailing_blank_run

    ended = {path: trailing_blank_run(Path(path)) for path in paths if "://" not in path}
    files = _block_files(paths, blocksize, frame.npartitions) if any(lines for lines, _ in ended.values()) else None
    if files is None:
        return frame
    # Dask's last block of a file is half a block or more: a run shorter lies in it.
    least = forksafe.imported("dask.utils").parse_bytes(blocksize) // 2 if blocksize else None
    counts = [0] * len(files)
    for file, (lines, size) in ended.items():
        numbers = [number for number, named in enumerate(files) if named == file]
        if not lines or not numbers:
            continue
        if least is None or size < least or len(numbers) == 1:
            counts[numbers[-1]] = lines
            continue
        # A run of blank lines over several partitions (half a block or more of them): their
        # rows counted, which reads the file once more.
        lengths = frame.partitions[numbers].map_partitions(len).compute().tolist()
        for number, length in reversed(list(zip(numbers, lengths))):
            counts[number], lines = min(lines, int(length)), lines - min(lines, int(length))
    return frame.map_partitions(_without_last_rows, counts, meta=frame._meta)


def _without_last_rows(part: pd.DataFrame, counts: list[int], partition_info: dict[str, Any] | None = None
                       ) -> pd.DataFrame:
    """The partition ``part`` without its last rows, as many as ``counts`` says of its number."""
    count = counts[partition_info["number"]] if partition_info else 0
    return part.iloc[:max(len(part) - count, 0)] if count else part


# Where a file named alone went through Dask: the flags that send it there.
_THROUGH_DASK = "Dask (--workers, --scheduler)"


def _types_unread(source: str, paths: list[str], suffixes: set[str]) -> str:
    """Why the files of ``source`` (``paths``, of ``suffixes``) are not read by Dask: one
    file named with --workers or --scheduler is no glob, and a glob of one type is of one type.

    >>> print(_types_unread("j.jsonl", ["j.jsonl"], {".jsonl"}))  # doctest: +ELLIPSIS
    'j.jsonl' is a .jsonl file, which Dask (--workers, --scheduler) does not read: it reads .csv, .tsv and ...
    >>> print(_types_unread("*.jsonl", ["a.jsonl", "b.jsonl"], {".jsonl"}))  # doctest: +ELLIPSIS
    '*.jsonl' matches .jsonl files, and a glob reads .csv, .tsv and .parquet files only; score each ...
    """
    from .file_types import SUPPORTED_SUFFIXES, unknown_type

    kinds = f"{', '.join(CLUSTER_SUFFIXES[:-1])} and {CLUSTER_SUFFIXES[-1]}"
    (suffix, *others) = sorted(suffixes)
    if paths == [source]:  # no glob: one file, named with --workers or --scheduler
        if suffix not in SUPPORTED_SUFFIXES:  # as `stance score FILE` refuses it
            return unknown_type(Path(source))
        return (f"{source!r} is a {suffix} file, which {_THROUGH_DASK} does not read: it reads {kinds}; drop "
                f"--workers or --scheduler to score it on this machine (--n-jobs N scores it in N processes)")
    if not others and suffix in SUPPORTED_SUFFIXES:
        return (f"{source!r} matches {suffix} files, and a glob reads {kinds} files only; score each file on "
                f"its own (stance score FILE)")
    return (f"{source!r} matches files of type(s) {sorted(suffixes)}; expected files of one type, "
            f"one of {', '.join(CLUSTER_SUFFIXES)}")


def _refuse_escaped_quotes(path: str) -> None:
    """Refuse the .csv file ``path`` if its quotes inside quoted cells are after a backslash,
    as R's ``write.table(d, "x.csv", sep = ",")`` writes them, which ``stance score FILE``
    reads (see :func:`stance.csv_dialect.file_quoting`): a glob's .csv files are read with
    quotes doubled, which made ``He said \\"no\\"`` the text ``He said \\no"``, silently."""
    from .csv_dialect import file_quoting

    quoting = file_quoting(Path(path))  # once: it reads the file through where a quote follows a backslash
    if quoting.get("escapechar"):
        raise InvalidInputError(
            f"{path!r} is written {_quoted_how(quoting)}, which a glob's .csv files are not read "
            f"with; score it on its own (stance score FILE), or write it with quotes doubled (in R, "
            f'write.csv(...), or write.table(..., qmethod = "double"))')


def _refuse_nul(path: str) -> None:
    """Refuse the .csv or .tsv file ``path`` if it holds a NUL and pandas is older than 3: its
    reader, which Dask's is, ends a cell at one, losing the rest of the text with no word
    (``stance score FILE`` reads such a file whole; see :func:`stance.linebreaks.holds_nul`)."""
    from . import linebreaks
    from .delimited import pandas_major

    if pandas_major() >= 3:
        return
    pd = forksafe.imported("pandas")
    line = linebreaks.first_nul_line(Path(path))
    if line is not None:
        raise InvalidInputError(
            f"{path!r}: line {line} holds a NUL character, at which the reader of pandas {pd.__version__}, which "
            f"Dask uses, ends the cell and loses the rest of its text; score the file without Dask (stance score "
            f"FILE, no --workers or --scheduler, reads it whole), or upgrade pandas to 3 or later")


def _refuse_unquoted_return(path: str) -> None:
    r"""Refuse the .csv or .tsv file ``path`` if a "\r" outside quotes that ends no line is in
    one of its cells (see :func:`stance.record_lines.unquoted_return_line`): Dask's reader would end
    the row there, split it in two and shift the columns of its second half, as pandas did
    before ``stance score FILE`` kept such a "\r" as text."""
    from .record_lines import unquoted_return_line

    line = unquoted_return_line(Path(path))
    if line is not None:
        raise InvalidInputError(
            f"{path!r}: line {line} holds a carriage return inside a cell that is not quoted, which Dask would read "
            f"as a line end, splitting the row; score the file without Dask (stance score FILE, no --workers or "
            f"--scheduler, keeps it as text), or quote that cell")


def _file_encoding_read_as_utf8(path: str, of_a_glob: bool) -> str:
    """The encoding of the file ``path``, which Dask reads as UTF-8 (see
    :func:`stance.decoding.file_encoding`), or its refusal as UTF-16 or UTF-32 without a mark
    told as Dask's reader can take it: re-saved as UTF-8, never --encoding, which --workers and
    a glob refuse; and converted in place when it is ``of_a_glob``, whose copy beside it the
    glob would match too."""
    tables = forksafe.imported(".tables")

    try:
        return tables.file_encoding(Path(path))
    except InvalidInputError as error:
        if of_a_glob:
            tables.converted_in_place(error, path)
        error.typed = getattr(error, "typed_without_encoding", getattr(error, "typed", None))
        raise


def _read_as_utf8(path: str, encoding: str, one_file: bool) -> str:
    """Why ``path``, in ``encoding`` (its byte-order mark says so), is not read by Dask, which
    reads UTF-8 only: as a file of a glob, or as ``one_file`` named with --workers or --scheduler."""
    read = f"{_THROUGH_DASK} reads files as UTF-8 only" if one_file else "the files of a glob are read as UTF-8"
    instead = "drop --workers or --scheduler" if one_file else "score it on its own"
    return (f"{path!r} is {encoding.upper()} (it starts with a byte-order mark), and {read}; re-save it as UTF-8, "
            f"or {instead} (stance score FILE reads it)")


def _read_parquet(dd: Any, paths: list[str], blocksize: str | int | None, text_columns: Iterable[str]) -> Any:
    """The Parquet files ``paths`` as one lazy frame, each partition read as ``stance score
    FILE`` reads a chunk (see :func:`stance.files.parquet_part`): a run of a file's row groups
    of up to ``blocksize`` bytes of data, which knows the row of the file it starts at.

    Not Dask's reader, which restores pandas' index itself: a named RangeIndex (recorded by
    its bounds, not as a column) or an index level without a name ended the command in its
    KeyError. Here each part gets the file's index as one file's chunk does, numbered from the
    file's start. An integer column with gaps stays integers (Dask made it floats: 7 written as
    7.0, and ids above 2**53 rounded).
    """
    files = forksafe.imported(".files")

    from .parquet_files import refuse_repeated_columns

    paths = _parquet_paths(paths)
    footers = {}
    for path in paths:
        footers[path] = _parquet_footer(path)
        refuse_repeated_columns(path, footers[path][0].names)
    indexes = {path: files.parquet_index(schema, path) for path, (schema, _) in footers.items()}
    if any(index.names for index in indexes.values()):
        # A frame cut in files with iloc gives the first pandas' default index (0, 1, …), the
        # others theirs: it is kept too, its rows numbered, so that every file has the column.
        indexes = {path: index if index.names else files.parquet_index(footers[path][0], path, default=True)
                   for path, index in indexes.items()}
    # A file whose columns are not the first file's cannot go under the output's one header.
    _refuse_other_columns({path: list(indexes[path].names) + _data_columns(schema)
                           for path, (schema, _) in footers.items()})
    limit = forksafe.imported("dask.utils").parse_bytes(blocksize) if blocksize else None
    pieces = [(path, groups, start, indexes[path])
              for path, (_, metadata) in footers.items() for groups, start in _row_group_runs(metadata, limit)]
    text_columns = list(dict.fromkeys(column for column in text_columns if column is not None))
    schema = footers[paths[0]][0]
    meta = files.parquet_part(schema.empty_table(), indexes[paths[0]], 0, text_columns)
    # Dask's string conversion took every column of Python objects for text: a list was
    # written as "['a' 'b']", a column of bytes (a hash) was decoded. Each part is typed as one file's is.
    with forksafe.imported("dask").config.set({"dataframe.convert-string": False}):
        frame = dd.from_map(_parquet_piece, pieces, args=(text_columns,), meta=meta, label="read-parquet",
                            enforce_metadata=False)
    frame._stance_part_files = [path for path, *_ in pieces]  # for copies among the files (see score_files)
    return frame


def _parquet_paths(paths: list[str]) -> list[str]:
    """``paths``, a glob behind a URL (``s3://bucket/*.parquet``) expanded into its files, in name order."""
    if not any("://" in path for path in paths):
        return paths
    fsspec = forksafe.imported("fsspec")

    found = []
    for path in paths:
        if "://" not in path:
            found.append(path)
            continue
        names = sorted(file.full_name for file in fsspec.open_files(path, "rb")) if glob.has_magic(path) else [path]
        if not names:
            raise InvalidInputError(f"no files match {path!r}; give a file or a glob such as 'data/*.csv' (quoted)")
        found.extend(names)
    return found


def _opened(path: str) -> Any:
    """The file ``path`` open for reading: a local one, or one behind a URL (through fsspec)."""
    if "://" in path:
        return forksafe.imported("fsspec").open(path, "rb")
    return open(path, "rb")


def _parquet_footer(path: str) -> tuple[Any, Any]:
    """The Arrow schema and the metadata of the Parquet file ``path``, or why it is no such file."""
    pq = forksafe.imported("pyarrow.parquet")

    try:
        with _opened(path) as handle:
            parquet = pq.ParquetFile(handle)
            return parquet.schema_arrow, parquet.metadata
    except (ValueError, OSError) as error:  # not Parquet, damaged, gone (ArrowInvalid is a ValueError)
        if forksafe.imported(".files").system_failure(error):
            raise
        line = str(error).strip().splitlines()[0] if str(error).strip() else type_name(error)
        raise InvalidInputError(f"cannot read {path!r}: {line}") from None


def _data_columns(schema: Any) -> list[str]:
    """The names of the columns of a Parquet file (its Arrow ``schema``) that hold no level of pandas' index."""
    stored = [level for level in (schema.pandas_metadata or {}).get("index_columns") or [] if isinstance(level, str)]
    return [name for name in schema.names if name not in stored]


def _row_group_runs(metadata: Any, limit: int | None) -> list[tuple[tuple[int, ...], int]]:
    """A Parquet file's row groups (by its ``metadata``) in runs of up to ``limit`` bytes of
    data (one group at least; None: every group), each with the row it starts at. A file of
    no row groups is one run of none, which reads as its columns and no rows.

    >>> import io, pyarrow as pa, pyarrow.parquet as pq
    >>> buffer = io.BytesIO()
    >>> pq.write_table(pa.table({"n": list(range(5))}), buffer, row_group_size=2)
    >>> _row_group_runs(pq.ParquetFile(buffer).metadata, 1), _row_group_runs(pq.ParquetFile(buffer).metadata, None)
    ([((0,), 0), ((1,), 2), ((2,), 4)], [((0, 1, 2), 0)])
    """
    runs: list[tuple[tuple[int, ...], int]] = []
    groups: list[int] = []
    start = size = rows = 0
    for group in range(metadata.num_row_groups):
        data = metadata.row_group(group)
        if groups and limit is not None and size + data.total_byte_size > limit:
            runs.append((tuple(groups), start))
            groups, start, size, rows = [], start + rows, 0, 0
        groups.append(group)
        size, rows = size + data.total_byte_size, rows + data.num_rows
    runs.append((tuple(groups), start))
    return runs


def _parquet_piece(piece: tuple[str, tuple[int, ...], int, Any], text_columns: list[str]) -> pd.DataFrame:
    """One partition of :func:`_read_parquet`: the row groups ``groups`` of the file ``path``,
    its first row the file's row ``start``. Bytes of a text column that are not UTF-8 are
    refused, naming the file and the row, counted from the file's start, as one file's are;
    a row group that cannot be read, naming the file and that row."""
    pd = forksafe.imported("pandas")
    pq = forksafe.imported("pyarrow.parquet")
    files = forksafe.imported(".files")

    from .parquet_files import refuse_undecoded

    path, groups, start, index = piece
    try:
        with _opened(path) as handle:
            parquet = pq.ParquetFile(handle)
            table = parquet.read_row_groups(list(groups)) if groups else parquet.schema_arrow.empty_table()
    except (ValueError, OSError) as error:  # a damaged page, or a file changed since its footer was read
        if files.system_failure(error):
            raise
        line = str(error).strip().splitlines()[0] if str(error).strip() else type_name(error)
        raise InvalidInputError(f"cannot read {path!r} (its row groups from row {start}): {line}") from None
    part = files.parquet_part(table, index, start, text_columns)
    for column in text_columns:
        if column in part.columns:
            refuse_undecoded(part, column, path, pd.RangeIndex(start, start + len(part)))
    return part


def _read_csv(dd: Any, paths: list[str], sep: str, blocksize: str | int, *, skip_blank_lines: bool,
              quoting: dict[str, Any], headers: dict[str, list[str] | None] | None = None, above: int = 0) -> Any:
    """The files ``paths`` as one lazy frame, the ``above`` lines over each file's header
    skipped. Dask reads every file's columns in the first file's order, and failed on one
    whose columns come in another: such files (by their ``headers``) are read each on its
    own, their columns put in the first file's order."""
    # Dask skips the lines in each file's first block and reads the others under the header;
    # the sample it learns the columns from must then be no longer than a block.
    sample = min(forksafe.imported("dask.utils").parse_bytes(blocksize), 256_000) if blocksize else 256_000
    skipped = {"skiprows": above, "sample": sample} if above else {}

    def read(paths: list[str]) -> Any:
        # As the single-machine path reads: every cell as text, and "NA" or "None" is a statement.
        try:
            return dd.read_csv([_literal(path) for path in paths], sep=sep, dtype=str, keep_default_na=False,
                               na_values=[""], encoding="utf-8-sig", blocksize=blocksize,
                               skip_blank_lines=skip_blank_lines, **quoting, **skipped)
        except StanceError:
            raise
        except (ValueError, OSError) as error:  # in the start of the first file, which Dask reads for the columns
            raise _read_error(error, paths[0], paths[0]) from None

    first = (headers or {}).get(paths[0])
    if not first or all(header in (first, None, []) for header in headers.values()):
        return read(paths)
    if len(set(first)) < len(first) or "" in first:  # pandas names these by position ("Unnamed: 2")
        reordered = next(path for path, header in headers.items() if header not in (first, None, []))
        raise InvalidInputError(
            f"{reordered!r} has the columns of {paths[0]!r} in another order, and an unnamed or repeated one "
            f"among them: name every column once, or put them in the same order in every file")
    frames = [read([path]) for path in paths]
    return dd.concat([frames[0]] + [frame[list(frames[0].columns)] for frame in frames[1:]])


def _literal(path: str) -> str:
    """The file ``path`` as Dask's reader (fsspec) takes it for itself, not as a glob: a
    folder "b[1] 50%" was "resolved to no files", its brackets a pattern. A URL as it is.

    >>> _literal("b[1] 50%/base.csv"), _literal("s3://bucket/a.csv")
    ('b[[]1] 50%/base.csv', 's3://bucket/a.csv')
    """
    return path if "://" in path else glob.escape(path)


def _excel_separator_line(source: str, paths: list[str]) -> int:
    """How many lines over its header the one file ``source`` names has: 1 below Excel's
    ``sep=`` line, which ``stance score FILE`` skips too (see :func:`stance.csv_dialect.excel_separator`),
    else 0. A file of a glob with that line is refused: Dask reads every file alike, and
    would take the line for the header of the files without it.

    >>> _excel_separator_line("https://example.org/a.csv", ["https://example.org/a.csv"])
    0
    """
    from .csv_dialect import excel_separator, file_delimiter

    for path in paths:
        hinted = None if "://" in path else excel_separator(Path(path))
        if hinted is None:
            continue
        if paths == [source]:  # no glob: the file named (--workers or --scheduler)
            file_delimiter(Path(path))  # a .tsv's line naming another character is refused as on its own
            return 1
        raise InvalidInputError(
            f"{path!r} opens with Excel's line 'sep={hinted}', which the files of a glob cannot skip; delete "
            f"that line{_read_otherwise(path, hinted, paths)}, or score the file on its own (stance score "
            # -o too: without it the command offered failed ("-o/--output required")
            f"{shell_path(path)} -o {forksafe.imported('.files').unused_output(path)})")
    return 0


# What a refusal calls the characters that separate a .csv's cells.
_SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}


def _read_otherwise(path: str, hinted: str, paths: list[str]) -> str:
    """What to add to the refusal of the glob file ``path``, which opens with Excel's line
    ``sep=`` ``hinted``, when another file of ``paths`` separates its cells otherwise: deleting
    the line alone was then refused for its cells (see :func:`_csv_delimiter`), a second run.

    >>> _read_otherwise("a.csv", ";", ["a.csv", "https://example.org/b.csv"])
    ''
    """
    from .csv_dialect import file_delimiter

    for other in paths:
        if other == path or "://" in other:
            continue
        try:
            sep = file_delimiter(Path(other))
        except (InvalidInputError, OSError, UnicodeDecodeError):  # refused by its own check, later
            continue
        if sep != hinted:
            said = [_SEPARATOR_NAMES.get(character, repr(character)) for character in (hinted, sep)]
            return (f", though it then separates its cells with {said[0]} and {other!r} with {said[1]}, and the "
                    f"files of a glob are read alike: save them alike")
    return ""


def _refuse_headerless(paths: list[str]) -> None:
    """Refuse a .csv or .tsv file of ``paths`` with no header row (empty, blank lines only,
    Excel's ``sep=`` line alone) by name, as ``stance score FILE`` does: Dask said "No
    columns to parse from file" of the glob. Files behind a URL, which only the workers read, pass,
    and so does a file of no bytes among others, which Dask reads as no rows: a glob's empty file
    holds nothing to lose, and a batch job's glob that read it so must go on doing so. It is
    warned of by name, since such a file in a batch is most often an export that failed (an
    audit: it was left out without a word, where scored alone it is refused)."""
    from .delimited import headerless

    empty = [path for path in paths if "://" not in path and len(paths) > 1 and os.path.getsize(path) == 0]
    if empty:
        warn(f"left out {len(empty)} file{'s' if len(empty) > 1 else ''} of no bytes (no header, no rows: an "
             f"export that failed?): {quoted_list(empty)}")
    for path in paths:
        if "://" in path or path in empty:
            continue
        problem = headerless(Path(path))
        if problem is not None:
            raise InvalidInputError(problem)


def _csv_delimiter(paths: list[str]) -> str:
    """The character that separates the cells of the .csv files ``paths``, as ``stance score
    FILE`` reads each (see :func:`stance.csv_dialect.file_delimiter`: Excel writes ";" in a locale
    whose decimal mark is a comma); files read otherwise are refused, since Dask reads every
    file alike. Files behind a URL, which only the workers read, with commas.

    >>> _csv_delimiter(["https://example.org/a.csv"])
    ','
    """
    from .csv_dialect import file_delimiter

    found = {path: file_delimiter(Path(path)) for path in paths if "://" not in path}
    if len(set(found.values())) > 1:
        semicolons = next(path for path, sep in found.items() if sep == ";")
        commas = next(path for path, sep in found.items() if sep == ",")
        raise InvalidInputError(
            f"{semicolons!r} separates its cells with semicolons and {commas!r} with commas; the files of a "
            f"glob are read alike: save them alike, or score each on its own (stance score FILE)")
    return next(iter(found.values()), ",")


def _csv_header(path: str, sep: str, quoting: dict[str, Any], above: int = 0) -> list[str] | None:
    """The column names of the .csv or .tsv file ``path`` (none for an empty file), on the
    line below the ``above`` it skips, or None if they cannot be read here (a URL, a file
    that is not UTF-8: Dask's reader says why)."""
    if "://" in path:
        return None
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for _ in range(above):
                handle.readline()
            return next(csv.reader(handle, delimiter=sep, **quoting), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


def _refuse_other_columns(columns: dict[str, list[str] | None]) -> None:
    """Refuse a file of a glob whose columns (by name, in any order) are not the first
    file's: its rows could not go under the one header of the output.

    >>> _refuse_other_columns({"a.csv": ["id", "text"], "b.csv": ["text", "id"], "c.csv": None})
    >>> _refuse_other_columns({"a.csv": ["id", "text"], "b.csv": ["text"]})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: 'b.csv' lacks ['id']: its columns are ['text'], where the first file, ...
    """
    (first, names), *others = columns.items()
    if not names:
        return
    for path, own in others:
        if not own or sorted(own) == sorted(names):  # unreadable here, empty, or the same names
            continue
        # A second `stance score "g/*.csv" -o g/scored.csv` read the first's output among its inputs,
        # refused as of "different columns", which sent the user looking for a bad file of theirs.
        for earlier, scored, plain in ((path, own, names), (first, names, own)):
            added = _scores_added(plain, scored)
            if added:
                raise InvalidInputError(
                    f"the glob picked up an earlier output: {earlier!r} holds the columns of stance score's output "
                    f"({quoted_list(added)}) besides those of the other files; move it out of the glob's folder "
                    f"or narrow the glob, so that the output is not scored again as input")
        missing, extra = [name for name in names if name not in own], [name for name in own if name not in names]
        differs = " and ".join(([f"lacks {quoted_list(missing)}"] if missing else [])
                               + ([f"has {quoted_list(extra)} besides"] if extra else []))
        raise InvalidInputError(
            f"{path!r} {differs or 'repeats a column'}: its columns are {quoted_list(own)}, where the first file, "
            f"{first!r}, has {quoted_list(names)}; the files of a glob are scored into one table under one header: "
            f"give every file the same columns (in any order), or score this one on its own (stance score FILE)")


def _scores_added(names: list[str], scored: list[str]) -> list[str]:
    """The columns ``scored`` has besides ``names`` when they are those ``stance score`` adds
    (label, confidence, flag, … under one prefix), else []: ``scored`` is then an earlier output.

    >>> _scores_added(["id", "text"], ["id", "text", "label", "labels", "confidence", "p_unity", "flag"])
    ['label', 'labels', 'confidence', 'p_unity', 'flag']
    >>> _scores_added(["id", "text"], ["id", "text", "flag"])
    []
    """
    from .scoring import RESULT_COLUMNS

    extra = [name for name in scored if name not in names]
    if any(name not in scored for name in names):
        return []
    prefixes = {name[:-len("flag")] for name in extra if name.endswith("flag")}
    needed = [column for column in RESULT_COLUMNS if column != "stance"]  # a model may have no stance head
    return extra if any(all(prefix + column in extra for column in needed) for prefix in prefixes) else []


def _tsv_quoting(paths: list[str]) -> dict[str, Any]:
    """How the quotes of the .tsv files ``paths`` are read, as ``stance score FILE`` reads each
    (see :func:`stance.csv_dialect.file_quoting`); files read otherwise are refused, since Dask reads
    every file alike, but not one that reads alike either way. Files behind a URL, which only
    the workers read, with CSV quoting."""
    from .csv_dialect import quoting_shown

    if any("://" in path for path in paths):
        return {"quoting": csv.QUOTE_MINIMAL}
    quotings = {path: quoting_shown(Path(path)) for path in paths}
    first: dict[tuple, str] = {}  # the first file read each way
    for path, quoting in quotings.items():
        if quoting is not None:
            first.setdefault(tuple(sorted(quoting.items())), path)
    if not first:  # no file whose quotes tell: each line a row, as `stance score FILE` reads each
        return {"quoting": csv.QUOTE_NONE}
    if len(first) > 1:
        # Two files read otherwise, the one with quotes as text named last.
        (quoting, path), (other, other_path) = sorted(first.items(), key=lambda way: dict(way[0])["quoting"])[:2]
        raise InvalidInputError(
            f"{path!r} is written {_quoted_how(dict(quoting))} and {other_path!r} {_quoted_how(dict(other))}, and "
            f"the files of a glob are read alike; score them in two globs, or each file on its own")
    quoting, path = dict(next(iter(first))), next(iter(first.values()))
    # Quotes after a backslash (R's) are read so in every file, which drops any other backslash.
    lost = quoting.get("escapechar") and next(
        (other for other, own in quotings.items() if own is None and _holds_backslash(other)), None)
    if lost:
        raise InvalidInputError(
            f"{lost!r} holds a backslash, which the files of a glob, read alike, would lose, as {path!r} is "
            f"written {_quoted_how(quoting)}; score them in two globs, or each file on its own")
    return quoting


def _holds_backslash(path: str) -> bool:
    """Whether the text file ``path`` holds a backslash."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        return any("\\" in line for line in handle)


def _quoted_how(quoting: dict[str, Any]) -> str:
    """How a file read with ``quoting`` (see :func:`stance.csv_dialect.file_quoting`) is written, in words.

    >>> _quoted_how({"quoting": csv.QUOTE_NONE}), _quoted_how({"quoting": csv.QUOTE_MINIMAL, "escapechar": "\\\\"})
    ('with quotes as text', 'with CSV quoting (quoted cells, their quotes after a backslash)')
    """
    if quoting["quoting"] == csv.QUOTE_NONE:
        return "with quotes as text"
    inside = "after a backslash" if quoting.get("escapechar") else "doubled"
    return f"with CSV quoting (quoted cells, their quotes {inside})"


def _expand(source: str, warned: bool = False, argument: str | None = None) -> list[str]:
    """The files ``source`` names: itself, or a glob's matches in name order, whose symbolic links
    to no file are left out, with a warning when ``warned``, after ``argument``'s name, and named
    by the refusal where they are all it matches. A file
    named that is none is told as `stance score FILE` tells it
    (:func:`stance.file_types.not_a_file`): a link to nothing, or in a loop, was "no files
    match", as if mistyped."""
    if "://" in source:  # a URL (s3://, gcs://, …): fsspec expands it on the workers' side
        return [source]
    if os.path.isdir(source):  # was "is a directory, not a file", not what is read instead
        raise InvalidInputError(_folder_given(source))
    # A file that exists is that file, brackets and all ("[1].csv"), as on the single-machine path.
    if not glob.has_magic(source) or os.path.isfile(source):
        if not os.path.isfile(source):
            from .file_types import not_a_file

            raise InvalidInputError(not_a_file(source))
        return [source]
    paths = sorted(glob.glob(source))
    from .table_folders import _table_folder
    from .tables import pattern_base

    files = [p for p in paths if os.path.isfile(p)]
    if not files:
        from .file_types import to_no_file
        from .table_folders import table_folders_named
        from .tables import NO_FILE_ADVICE, links_to_no_file_named

        # Its links to no file and its folders named as tables named by the refusal, and not warned of first:
        # `stance score 'C/*'` said each twice.
        links = [p for p in paths if to_no_file(p)]
        folders = [p for p in paths if _table_folder(p)]
        if links or folders:
            but = [f"{links_to_no_file_named(links, pattern_base(source))}, {NO_FILE_ADVICE}"] if links else []
            but += [table_folders_named(folders, pattern_base(source), CLUSTER_SUFFIXES)] if folders else []
            raise InvalidInputError(f"glob {source!r} matches no file but {'; '.join(but)}")
        raise InvalidInputError(f"no files match {source!r}; give a file or a glob such as 'data/*.csv' (quoted)")
    if warned:
        from .table_folders import warn_of_table_folders
        from .tables import warn_of_links_to_no_file

        warn_of_links_to_no_file(paths, pattern_base(source), f"glob {source!r}", argument)
        # Passed over as on the single-machine path: Dask's own output ("b.csv/0.part") went without a word.
        warn_of_table_folders(paths, pattern_base(source), f"glob {source!r}", argument, CLUSTER_SUFFIXES)
    return files


def _folder_given(source: str) -> str:
    """Why the folder ``source`` is not read as a pattern is, naming the glob of its files to
    give instead, one for each type read (see :data:`CLUSTER_SUFFIXES`), as `stance score FOLDER
    --workers N` tells it (:func:`folder_refused`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.csv").write_text("text\\nWe agree.\\n")
    ...     print(_folder_given(folder).replace(folder, "DIR"))  # doctest: +NORMALIZE_WHITESPACE
    pattern 'DIR' is a folder (of a.csv); a file or a glob of files is read, not a folder: give the glob of its
    files, 'DIR/*.csv'
    """
    return folder_refused(source, f"pattern {source!r}", CLUSTER_SUFFIXES,
                          lambda path: f"give each file on its own, e.g. {path!r}",
                          lambda patterns: "a file or a glob of files is read, not a folder: give the glob of its "
                                           f"files, {' or '.join(map(repr, patterns))}")


def folder_refused(source: str, named: str, suffixes: tuple[str, ...], one: Callable[[str], str],
                   globs: Callable[[list[str]], str], whole: Callable[[str], str] | None = None) -> str:
    """Why the folder ``source`` (``named`` so) is refused where a file or a glob of files is
    read with Dask, by `stance score --workers` and by :func:`read_files`: what it holds of ``suffixes`` (a glob's
    "*" skipping names beginning with "."), and what to give instead, ``one`` file (given its
    path) where no glob reads them, or else ``globs`` (given the glob of its files for each type
    of :data:`CLUSTER_SUFFIXES`, as written: "*.CSV" for A.CSV, a glob being case-sensitive where
    the file system is; the folder's name escaped, as "b[1]" would be a glob's brackets). Where
    it holds no table but folders named as tables, ``whole`` (the command that reads a folder
    without Dask, given its path) is advised for them, if given (see :func:`stance.table_folders.folder_advice`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / ".a.csv").write_text("text\\nWe agree.\\n")
    ...     print(folder_refused(folder, "it", (".csv",), lambda path: "give " + path, str).replace(folder, "DIR"))
    it is a folder whose tables' names begin with '.', which a glob skips; give DIR/.a.csv
    """
    from .table_folders import suffix_globs

    try:
        names = sorted(os.listdir(source))
    except OSError:  # not ours to list
        names = []
    # Each entry on its own: one link in a loop (ELOOP) took the whole listing with it.
    tables = [name for name in names
              if Path(name).suffix.lower() in suffixes and os.path.isfile(os.path.join(source, name))]
    if not tables:
        from .file_types import to_no_file
        from .table_folders import folder_advice
        from .tables import NO_FILE_ADVICE, links_to_no_file_named

        links = [os.path.join(source, name) for name in names
                 if Path(name).suffix.lower() in suffixes and to_no_file(os.path.join(source, name))]
        # Its folders named as tables, and itself if it is one (Dask's to_csv output, "0.part" within), as
        # read_table's refusal names them; the glob advised is read with Dask.
        return f"{named} is a folder, with no {'/'.join(suffixes)} files in it" + (
            f" but {links_to_no_file_named(links, Path(source))}, {NO_FILE_ADVICE}" if links else "") + (
            folder_advice(source, CLUSTER_SUFFIXES, whole))
    hidden = [name for name in tables if name.startswith(".")]
    tables = [name for name in tables if not name.startswith(".")]
    if not tables:  # a glob reads none of them: named one by one
        return f"{named} is a folder whose tables' names begin with '.', which a glob skips; " + one(
            os.path.join(source, hidden[0]))
    more = f" and {len(tables) - 5} more" if len(tables) > 5 else ""
    skipped = f"; {len(hidden)} named with a leading '.' a glob skips" if hidden else ""
    held = f"{named} is a folder (of {', '.join(tables[:5])}{more}{skipped})"
    patterns = suffix_globs(source, tables, CLUSTER_SUFFIXES)
    if not patterns:
        return f"{held}; a quoted glob reads {'/'.join(CLUSTER_SUFFIXES)} files only: " + one(
            os.path.join(source, tables[0]))
    return f"{held}; " + globs(patterns)


def _open_client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    if scheduler is None and workers is None:
        return None, None
    distributed = require_distributed()
    if workers is not None:
        # No dashboard, and its HTTP server on a free port: a second cluster must not collide.
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"})
        try:
            client = distributed.Client(cluster)
            client.run(_ignore_interrupts)
            client.run(_closing_logs_dropped)
            client.run(_failed_tasks_unlogged)
        except KeyboardInterrupt:
            with _dask_logs_muted():
                _stop_workers(cluster)
                cluster.close()
            raise
        return client, cluster
    before = _current_client()
    try:
        return distributed.Client(scheduler, timeout="10s"), None
    except (ValueError, TypeError) as error:  # not an address at all ("missing port number")
        _forget_failed_client(before)
        raise InvalidInputError(f"scheduler {scheduler!r} is not a Dask scheduler address such as "
                                f"tcp://10.0.0.5:8786 ({error})") from None
    except (OSError, TimeoutError) as error:
        _forget_failed_client(before)
        # A ConnectionError, not bad input: the command line exits 1, which a batch job retries.
        raise ConnectionError(
            f"cannot reach a Dask scheduler at {scheduler!r} ({type_name(error)}); check the address "
            f"(for example tcp://host:8786) and that the scheduler is running"
        ) from None


def _forget_failed_client(before: Any) -> None:
    """Close the client a failed ``Client(address)`` left behind as the process's default:
    distributed makes it the default before it connects and keeps it there, so a later
    ``stance.score`` of a Dask frame in the same process (a notebook, main() called twice)
    sent its work to an address that never answered, until the garbage collector came by."""
    left = _current_client()
    if left is not None and left is not before:
        left.close()


def _time_layouts(frame: Any, client: Any) -> dict[str, TimeLayout]:
    """The form each timestamp or duration column is written in, chosen from the values of
    every partition (those columns alone), so that every partition is written alike."""
    dask = forksafe.imported("dask")

    names = [name for name in frame.columns if is_time(frame._meta[name])]
    if not names:
        return {}
    tasks = [dask.delayed(layouts_of)(part) for part in frame[names].to_delayed()]
    found = client.gather(client.compute(tasks)) if client is not None else dask.compute(*tasks, scheduler="sync")
    return merged(found)


def _ignore_interrupts() -> None:
    """Run on each worker of a local cluster: Ctrl-C is left to the process that started it.

    Ctrl-C reaches every process of the terminal's foreground group: each worker raised
    KeyboardInterrupt and printed its traceback, while the process that started them stops
    them anyway (see :func:`_stop_workers`). A worker runs this in its main thread.
    """
    signal = forksafe.imported("signal")

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _WhileClosing(logging.Filter):
    """Drops the records of ``worker`` once it has begun to close (by its own status)."""

    def __init__(self, worker: Any) -> None:
        super().__init__()
        self.worker = worker
        status = forksafe.imported("distributed.core").Status
        self.closing = {status.closing_gracefully, status.closing, status.closed}

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(self.worker, "status", None) not in self.closing


def _closing_logs_dropped(dask_worker: Any) -> None:
    """Run on each worker of a local cluster: what it logs once it has begun to close is dropped.

    A closing worker closes its connections while a heartbeat may be on its way to the
    scheduler: on a loaded machine the heartbeat failed and the worker printed "Failed to
    communicate with scheduler during heartbeat." and a CommClosedError's traceback, after
    every row was scored. What it logs while it runs is said as before. The filter sits on
    the handlers, which every ``distributed.*`` logger's records reach.
    """
    dropped = _WhileClosing(dask_worker)
    for handler in {*logging.getLogger("distributed").handlers, *logging.getLogger().handlers}:
        handler.addFilter(dropped)


class _FailedTask(logging.Filter):
    """Drops a worker's record of a task that failed ("Compute Failed", with its traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Compute Failed")


def _failed_tasks_unlogged() -> None:
    """Run on each worker of a local cluster: a task that fails is not logged there.

    The failure reaches the command, which raises it as the partition's result: a file that
    cannot be read is named in one line (see :func:`_reading_errors_named`), any other error
    raised with the worker's traceback, which Dask carries. Logged too, its traceback went to
    the terminal, which the workers share, before the command's one line (a user audit).
    """
    logging.getLogger("distributed.worker").addFilter(_FailedTask())


def _computed_in_order(parts: list[Any], client: Any) -> Iterator[pd.DataFrame]:
    """Each partition's result, in order; on a cluster a few run ahead, the rest wait."""
    if client is None:
        for part in parts:
            yield part.compute(scheduler="sync")
        return
    # Enough in flight to keep every worker busy, few enough to bound the cluster's memory.
    window = 2 * max(1, sum(client.nthreads().values()))
    pending: deque = deque()
    remaining = iter(parts)
    for part in remaining:
        pending.append(client.compute(part))
        if len(pending) >= window:
            break
    while pending:
        future = pending.popleft()
        yield future.result()
        future.release()
        following = next(remaining, None)
        if following is not None:
            pending.append(client.compute(following))


def _write_csv_atomically(parts: Iterable[pd.DataFrame], target: Path, *, source: str, progress: bool | None,
                          partitions: int, files_read: list[str], partition_files: list[str] | None = None,
                          bom: bool = False, part_files: list[str] | None = None, text_column: str = "text") -> int:
    files = forksafe.imported(".files")
    first = files_read[0]

    # The rows are not known before they are read; the partitions are, so the bar counts those.
    extent = files.Extent(partitions, "part")
    starts: list[tuple[int, str]] = []  # the output's row each file of part_files (each part's, in order) begins at

    def counted() -> Iterator[pd.DataFrame]:
        rows = 0
        for number, part in enumerate(_reading_errors_named(parts, source, partition_files)):
            extent.done += 1
            file = part_files[number] if part_files is not None and number < len(part_files) else None
            if file is not None and (not starts or starts[-1][1] != file):
                starts.append((rows, file))
            rows += len(part)
            yield part

    def row_named(row: int) -> str:
        # A file's parts come one after another: its row is the output's less the rows of the files before it.
        begun = [(start, file) for start, file in starts if start <= row]
        return f"row {row - begun[-1][0]} of {begun[-1][1]!r}" if begun else f"row {row}"

    # As `stance score FILE`: files of headers only score to a file of headers only (a
    # pipeline's empty batch is not an error).
    # The output's header is the first file's, its empty names kept, and so is its byte-order mark.
    return files.write_table_atomically(counted(), target, source=source, progress=progress, allow_empty=True,
                                        extent=extent, header_names=files.as_written(first), like=first, bom=bom,
                                        row_named=row_named, declared_by=files_read, read_as_text=[text_column])


def _reading_errors_named(parts: Iterable[pd.DataFrame], source: str,
                          files: list[str] | None = None) -> Iterator[pd.DataFrame]:
    """Re-raise a worker's failure to read or parse a file as an error naming the file, the
    one of ``files`` (each partition's, in order) that the failing partition reads, or else
    the input ``source``. The partitions come in order, so the failing one is the one after
    those yielded."""
    system_failure = forksafe.imported(".files").system_failure

    iterator = iter(parts)
    for number in itertools.count():
        try:
            part = next(iterator)
        except StopIteration:
            return
        except StanceError:
            raise
        except (ValueError, OSError) as error:  # UnicodeDecodeError and pandas' ParserError included
            if system_failure(error):  # the disk's, not the file's: the command line exits 1
                raise
            path = files[number] if files is not None and number < len(files) else None
            raise _read_error(error, source, path) from None
        yield part


def _block_files(paths: list[str], blocksize: str | int | None, partitions: int) -> list[str] | None:
    r"""The file of ``paths`` (.csv or .tsv files) that each of the ``partitions`` Dask reads
    them in is a block of, in order, or None where that cannot be told.

    Dask's CSV reader cuts each file into blocks of about ``blocksize`` bytes, one partition
    each, none for a file of no bytes, with :func:`dask.bytes.read_bytes`; asked here, that
    reads the files' sizes only. A partition never spans two files. Should Dask come to cut
    them otherwise (the partitions counted differ), None: a failure then names the glob.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as name:
    ...     paths = [str(pathlib.Path(name) / f"{n}.csv") for n in "ab"]
    ...     _ = [pathlib.Path(path).write_text("text\n" + "We act.\n" * 100) for path in paths]
    ...     [pathlib.Path(path).name for path in _block_files(paths, 300, 4)], _block_files(paths, 300, 5)
    (['a.csv', 'a.csv', 'b.csv', 'b.csv'], None)
    """
    try:
        _, blocks, found = forksafe.imported("dask.bytes").read_bytes(
            paths, delimiter=b"\n", blocksize=blocksize, sample=False, include_path=True)
    except (ValueError, OSError, TypeError):  # a URL whose file system says no sizes: Dask's reader says why
        return None
    # As the user named them (read_bytes makes them absolute), but a glob behind a URL, expanded there.
    named = paths if len(found) == len(paths) and not any("://" in path for path in paths) else found
    files = [name for name, its_blocks in zip(named, blocks) for _ in its_blocks]
    return files if len(files) == partitions else None


def _read_error(error: ValueError | OSError, source: str, path: str | None = None) -> InvalidInputError:
    """A failure to read or parse the files of ``source``, as an error naming the file
    ``path`` it was reading, when known, and what was expected there: the file is read
    again on its own, as ``stance score FILE`` reads it, for what that says with the
    file's line (see :func:`_read_alone`); else it is named with what Dask's reader said."""
    if path is not None:
        alone = _read_alone(path)
        if alone is not None:
            return alone
        source = path
    # Dask wraps what pandas raised while it read the first file's start: "An error occurred
    # while calling the read_csv method …\nOriginal Message: Error tokenizing data. …".
    text = str(error).split("Original Message:", 1)[-1].strip()
    line = text.splitlines()[0] if text else type_name(error)
    if isinstance(error, UnicodeDecodeError):  # its position counts from the block's start
        line = _undecodable(source, line)
    elif "EOF inside string" in line:  # its row number counts from the block's start, not the file's
        line = ("a quoted cell runs to the end of a block: Dask reads CSV in blocks cut at line ends, "
                "so a cell that spans lines can be cut in two (or a quote is never closed); score "
                "such a file on its own (stance score FILE reads cells that span lines)")
    elif _BLOCK_LINE.search(line):  # "Expected 2 fields in line 10": the 10th of some block
        line += (" (counted from the start of the block Dask read it in, which is the file's start "
                 "only in its first block; stance score FILE names the file's line)")
    return InvalidInputError(f"cannot read {source!r}: {line}")


def _undecodable(source: str, line: str) -> str:
    """Why a file of ``source`` could not be decoded, and what to do: a UTF-16 or UTF-32
    file (a byte-order mark says so) is named, since one file alone reads in that encoding."""
    from .decoding import file_encoding

    try:
        paths = [] if "://" in source else _expand(source)
    except InvalidInputError:  # the files are gone meanwhile
        paths = []
    for path in paths:
        encoding = file_encoding(Path(path))
        if encoding != "utf-8":
            return _read_as_utf8(path, encoding, paths == [source])
    return (f"a file is not valid UTF-8 ({line}, counted from the start of the block Dask read it in); "
            f"re-save it as UTF-8 (stance score FILE names the file's line and byte)")


def _read_alone(path: str) -> InvalidInputError | None:
    """What reading the .csv or .tsv file ``path`` on its own, in chunks, as ``stance score
    FILE`` reads it, refuses in it, or None: it reads whole alone (a quoted cell that Dask cut
    at a block's end), or it is behind a URL or of another type. pandas' line, which Dask
    gives counted from the start of a block, is then the file's, and the words those of one
    file's ("line 101 has 6 fields where the header has 5; quote a text that holds a comma").
    Only a failure reads the file again, as far as its problem."""
    tables = forksafe.imported(".tables")

    file = Path(path)
    if "://" in path or file.suffix.lower() not in (".csv", ".tsv") or not os.path.isfile(file):
        return None
    try:
        encoding = tables.file_encoding(file)
        with tables.read_errors_named(file, encoding), open(file, "rb") as handle:
            for _ in tables.iter_delimited(file, encoding=encoding, keep_blank_lines=True, handle=handle):
                pass
    except InvalidInputError as error:
        # Dask reads UTF-8 only (--encoding is refused beside it): re-saving is the advice, in
        # place, as a copy beside it would be matched by the glob too.
        tables.converted_in_place(error, file)
        error.typed = getattr(error, "typed_without_encoding", getattr(error, "typed", None))
        return error
    except (ValueError, OSError):  # gone or changed meanwhile: Dask's words, with the file named
        return None
    return None


# pandas' parser names a line counted from the start of the text it was given: on the Dask
# path, a block of the file (the tenth line of the third block is "line 10").
_BLOCK_LINE = re.compile(r"\bin line \d+\b")

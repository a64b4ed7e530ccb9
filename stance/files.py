"""Scoring files too large for memory: read in chunks, write the output atomically."""

from __future__ import annotations

import codecs
import csv
import datetime
import errno
import io
import json
import math
import numbers
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from . import _forksafe as forksafe
from .exceptions import (
    QUOTED_PATH_WIDTH,
    CountTypeError,
    InvalidInputError,
    InvalidTypeError,
    quoted,
    quoted_list,
    require_bool,
    require_progress,
    shell_path,
    shortened,
    type_name,
    warn,
)
from .times import TimeLayout, as_text, layouts_of, merged, zone_of

if TYPE_CHECKING:
    import pandas as pd


def score_file(
    input_path: str | os.PathLike,
    output_path: str | os.PathLike,
    *,
    text_column: str = "text",
    model: Any = None,
    chunk_size: int = 50_000,
    progress: bool | None = None,
    prefix: str = "",
    n_jobs: int = 1,
    encoding: str = "utf-8",
    bom: bool = False,
    sha256: str | None = None,
) -> int:
    """Score a CSV, TSV, JSONL or Parquet file, streamed ``chunk_size`` rows at a time, into
    a CSV, TSV, JSONL or Parquet file (by the output's suffix, as the input's is read; Parquet
    with the ``parquet`` extra), one chunk after another; return the rows. ``n_jobs`` scores each chunk in
    that many processes, as :func:`stance.score` does (the workers are kept between chunks).
    ``progress`` is True, False or None (a bar on a terminal or in a notebook, see
    :mod:`stance.progress_bars`); anything else is refused. A .csv, .tsv or .jsonl input is read
    in ``encoding``, as :func:`stance.score` reads one (UTF-8 by default, or UTF-16/32 with a
    byte-order mark). It scores one file: a glob that matches files, or a folder, is refused,
    naming :func:`stance.score` and ``stance score``, which read theirs (see :func:`_refuse_many_files`).

    The output appears whole or not at all: it is written beside the target and renamed
    into place only when every row is scored. Every format holds the same columns, in the
    same order, and the same values (see :func:`write_table_atomically`). A CSV or TSV output
    begins with UTF-8's byte-order mark when the input begins with a byte-order mark (see
    :func:`input_marked`), or with ``bom`` (True or False; anything else is refused), whatever the
    input (Excel reads a CSV without it in the locale's code page), and a CSV of a CSV is
    separated as the input is (see :func:`csv_form`). ``sha256``, the parameters' digest the
    model's publisher gave, refuses any other model, as :func:`stance.score`'s does.

    >>> import stance, tempfile, pandas as pd
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     pd.DataFrame({"text": ["Ukraine's security is our security.", "Thank you."]}).to_csv(
    ...         f"{folder}/in.csv", index=False)
    ...     rows = stance.score_file(f"{folder}/in.csv", f"{folder}/out.csv", progress=False)
    ...     scored = pd.read_csv(f"{folder}/out.csv")
    >>> rows, scored.label.tolist()
    (2, ['ukraine_support', 'none'])
    """
    from .api import resolve_model
    from .decoding import encoding_named
    from .file_types import SUPPORTED_SUFFIXES, not_a_file, refuse_compressed, unknown_type
    from .record_lines import each_read_by
    from .scoring import score_checked

    source, target = _path_argument(input_path, "input_path"), _path_argument(output_path, "output_path")
    input_path, output_path = expanded(input_path), expanded(output_path)  # as given, but for a "~"
    encoding = encoding_named(encoding)
    progress = require_progress(progress)
    bom = require_bool("bom", bom)
    if not os.path.isfile(source):  # pathlib's raised "File name too long" (see not_a_file)
        _refuse_many_files(input_path, output_path)
        raise InvalidInputError(not_a_file(input_path))  # as given: Path drops a trailing slash
    refuse_input_as_output(source, target)
    suffix = source.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InvalidInputError(unknown_type(source))
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, numbers.Integral):
        # "10" raised TypeError: '<' not supported; 1000.5 read a JSONL file whole, in one chunk
        raise CountTypeError(f"chunk_size must be an int, the rows read and scored at a time, got "
                               f"{quoted(chunk_size)} ({type(chunk_size).__name__})")
    if chunk_size < 1:
        raise InvalidInputError(f"chunk_size must be positive, got {chunk_size}")
    _warn_if_nothing_to_share(n_jobs, chunk_size)
    refuse_compressed(source)
    output_suffix = check_output(output_path, SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES, argument="output_path")
    model = resolve_model(model, sha256=sha256)._pinned()  # one model throughout, whatever fits run meanwhile
    extent = _extent_of(source, suffix)
    # A Parquet output holds a Parquet input's times as times, as stance.score keeps them; only
    # a text output writes them as text, in one form per column.
    # A title above a header holding text_column is told as one above a header holding 'text'.
    chunks = (each_read_by(_csv_chunks(source, chunk_size, extent, text_column, encoding), [text_column])
              if suffix in (".csv", ".tsv")
              else _jsonl_chunks(source, chunk_size, extent, text_column, encoding) if suffix == ".jsonl"
              else _parquet_chunks(source, chunk_size, extent, text_column, times_as_text=output_suffix != ".parquet"))
    if suffix not in (".csv", ".tsv"):  # _csv_chunks checks its own first chunk
        chunks = _text_column_checked(chunks, text_column)
    chunks = _reading_named(chunks, source)  # read while the output is written: named by the input, not the output
    # The text column is checked on the first chunk only, and documents among the texts are
    # collected chunk by chunk and warned of once the file is scored: one warning, not one a chunk.
    # Each chunk moves the bar on batch by batch as it is scored (see _ChunkTicks).
    # Its language is judged on rows spread over the whole file, as they pass (see _LanguageRows).
    documents, languages = _DocumentRows(text_column), _LanguageRows(text_column, model)
    chunks = languages.passed(documents.passed(_decoded_texts(chunks, text_column, source)))
    scored = (score_checked(chunk, text_column=text_column, model=model, progress=False, prefix=prefix,
                            n_jobs=n_jobs, check_text_column=number == 0, check_documents=False,
                            check_languages=False, bar=_ChunkTicks(extent, len(chunk)), whole=len(chunk) < chunk_size)
              for number, chunk in enumerate(chunks))
    # A file of headers only scores to a file of headers only: a pipeline's empty batch is not an error.
    # Each chunk is a call of its own that may find it cannot share out: said once for the file.
    with forksafe.imported(".parallel").told_once_a_call():
        return write_table_atomically(scored, target, source=str(source), progress=progress, allow_empty=True,
                                      extent=extent, header_names=as_written(source, encoding), like=source,
                                      like_encoding=encoding, bom=bom, read_as_text=[text_column])


def _warn_if_nothing_to_share(n_jobs: int, chunk_size: int) -> None:
    """Warn that an ``n_jobs`` other than 1 has nothing to share out with chunks of ``chunk_size``
    rows: a chunk is scored in parts of SCORE_CHUNK rows, one process each, so each chunk was
    scored in one process without a word, where ``stance score`` refuses the same options
    (see :func:`stance.cli_score._check_n_jobs`). A warning, not a refusal: a script that runs
    goes on running."""
    from .scoring import SCORE_CHUNK

    # n_jobs of no number of processes (0, "2", True) is left to scoring, which refuses it
    if isinstance(n_jobs, numbers.Integral) and not isinstance(n_jobs, bool) and n_jobs not in (0, 1) \
            and chunk_size <= SCORE_CHUNK:
        warn(f"n_jobs={n_jobs} has nothing to share out with chunk_size={chunk_size}: a chunk is scored in parts "
             f"of {SCORE_CHUNK} rows, one process each, so each is scored in one; use a chunk_size above "
             f"{SCORE_CHUNK} (the default is 50000)")


def _refuse_many_files(input_path: str | os.PathLike, output_path: str | os.PathLike) -> None:
    """Refuse a glob or a folder as :func:`score_file`'s ``input_path``, which scores one file,
    naming what scores many: ``stance.score`` into one DataFrame, ``stance score`` with the folder
    (without Dask, as ``stance.score`` reads it) or a quoted glob (with Dask) into one file. Told
    "file not found (did you mean 'fold/b.csv'?)", a glob looked mistyped, where the README calls
    score_file ``stance score`` in Python, which takes one.

    A pattern that matches no file is left to "file not found", which names the files near it
    ("br/a[2].csv" beside "br/a[1].csv" is a mistyped name), but for one that matches folders
    named as tables alone; a folder or glob of no file stance.score reads is told so, as
    stance.score tells it; the command is named for a glob only where it reads the matches (files of
    one type, .csv, .tsv or .parquet). Either refusal ends with the glob that reads the folders named as
    tables the folder or glob holds or is (Hive's partitions, "out.parquet/party=a/", see
    :func:`stance.table_folders.folder_advice`), whatever else it holds.
    """
    import glob

    from .file_types import SUPPORTED_SUFFIXES
    from .tables import is_pattern

    cluster_suffixes = forksafe.imported(".distributed").CLUSTER_SUFFIXES
    given = os.fspath(input_path)
    if is_pattern(given):
        kind, holds, pattern = "glob", "matches", given
        found = glob.glob(given)
        files = [Path(p) for p in found if os.path.isfile(p)]
        from .table_folders import _table_folder, table_folders_named
        from .tables import pattern_base

        # Its folders named as tables are named with the glob of their files, as `stance score` names them, beside
        # a README too (which hid them) or files it reads.
        folders = [p for p in found if _table_folder(p)]
        named = table_folders_named(folders, pattern_base(given), cluster_suffixes) if folders else ""
        if not files:
            if named:
                raise InvalidInputError(f"input_path: glob {given!r} matches no file but {named}")
            return
        advice = f"; {named}" if named else ""
    elif os.path.isdir(given):
        from .table_folders import folder_advice

        kind, holds = "folder", "holds"
        files = [entry for entry in Path(given).iterdir() if entry.is_file()]
        # A folder of folders named as tables, or one itself (Hive's partitions, "out.parquet/party=a/"): the glob
        # that reads their files, as stance.score and `stance score` name it, read with Dask as the command's is.
        advice = folder_advice(given, cluster_suffixes)
    else:
        return
    readable = {file.suffix.lower() for file in files} & set(SUPPORTED_SUFFIXES)
    if not readable:
        raise InvalidInputError(f"input_path {given!r} is a {kind}, and score_file scores one file; the {kind} "
                                f"{holds} no {'/'.join(SUPPORTED_SUFFIXES)} files{advice}")
    output = shell_path(output_path)
    if kind == "folder":
        # `stance score FOLDER` reads it as stance.score does, every file, without Dask: the glob of its .csv
        # files named here needed the dask extra, and left its .jsonl files out (an audit).
        command = f", or into one file with `stance score {shell_path(given)} -o {output}`"
    elif len({file.suffix.lower() for file in files}) != 1 or not readable <= set(cluster_suffixes):
        command = ""  # the command refuses a glob of .jsonl files, or of several types
    else:
        command = f", or into one file with `stance score {shell_path(pattern)} -o {output}` (quoted, read with Dask)"
    raise InvalidInputError(f"input_path {given!r} is a {kind}, and score_file scores one file: score the {kind}'s "
                            f"files with stance.score({given!r}), which returns them as one DataFrame{command}{advice}")


def input_marked(source: Path) -> bool:
    r"""Whether the file ``source`` begins with a byte-order mark: UTF-8's, which Excel's "CSV
    UTF-8" writes, or UTF-16's or UTF-32's ("Unicode Text"). Excel reads a CSV without one in
    the locale's code page, so the scores of such a file, written without it, showed its
    Chinese or Arabic as mojibake ("ä¸»æŒ"): the user who saved it so opens the output there too.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "t.csv"
    ...     _ = path.write_text("text\n北约\n", encoding="utf-8-sig")
    ...     marked = input_marked(path)
    ...     _ = path.write_text("text\n北约\n", encoding="utf-8")
    ...     marked, input_marked(path)
    (True, False)
    """
    try:
        with open(source, "rb") as handle:
            start = handle.read(4)
    except OSError:  # read already; gone now, the output is written as always
        return False
    return bytes_marked(start)


def bytes_marked(start: bytes) -> bool:
    r"""Whether the bytes ``start`` (a file's or standard input's first) open with a byte-order
    mark, UTF-8's, UTF-16's or UTF-32's, as :func:`input_marked` asks of a file.

    >>> bytes_marked(b"\xef\xbb\xbfNATO"), bytes_marked("NATO".encode("utf-16")), bytes_marked(b"NATO")
    (True, True, False)
    """
    from .decoding import marked_encoding

    return start.startswith(codecs.BOM_UTF8) or marked_encoding(start[:4]) is not None


def first_file(source: str | os.PathLike) -> Path | None:
    """The file whose form an output of ``source`` takes (see :func:`input_marked`): ``source``
    itself, or the first file a folder or a glob holds, in name order, as a glob's output
    takes its first file's header; None for standard input ("-") or a folder of no table.

    >>> first_file("speech.txt"), first_file("-"), first_file("no/such/*.csv")
    (PosixPath('speech.txt'), None, None)
    """
    if os.fspath(source) == "-":
        return None
    if os.path.isfile(source):  # not read as a glob: "day[1].csv" is itself, not day1.csv
        return Path(source)
    read = files_read(source)
    return read[0] if read else None


def _decoded_texts(chunks: Iterable[pd.DataFrame], text_column: str, source: Path) -> Iterator[pd.DataFrame]:
    """``chunks``, each refused if its texts hold bytes that are not UTF-8 (see
    :func:`stance.parquet_files.refuse_undecoded`), its rows named as counted from the file's start."""
    pd = forksafe.imported("pandas")

    from .parquet_files import refuse_undecoded

    start = 0
    for chunk in chunks:
        refuse_undecoded(chunk, text_column, source, pd.RangeIndex(start, start + len(chunk)))
        start += len(chunk)
        yield chunk


class _DocumentRows:
    """The rows of a file's chunks whose text is a document rather than a statement (see
    :func:`stance.scoring.documents_among`), named as counted from the file's start, and
    their texts' lengths, collected as the chunks pass (:meth:`passed`) and warned of once
    the last has passed, before the output is put in place (:meth:`warn`). Warning of the
    first chunk that had any named 2 of a file's 20 such rows in 50,000-row chunks; now the
    rows and the count are the file's, whatever the chunk size and ``n_jobs``."""

    def __init__(self, text_column: str) -> None:
        self.text_column, self.rows, self.sizes = text_column, [], []
        # and the rows whose text is a spreadsheet's error value ("#N/A"), with it, warned of once too
        self.errors: list[int] = []
        self.error_values: list[str] = []

    def passed(self, chunks: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from .scoring import documents_among, warn_of_spreadsheet_errors

        start = 0
        for chunk in chunks:
            if self.text_column in chunk.columns:  # a missing column is refused by the scoring
                texts = chunk[self.text_column].tolist()
                for position in documents_among(texts):
                    self.rows.append(start + position)
                    self.sizes.append(len(texts[position]))
                errors = warn_of_spreadsheet_errors(texts, None, start=start)
                self.errors += errors
                self.error_values += [texts[at - start] for at in errors]
            start += len(chunk)
            yield chunk
        # Once the last chunk has passed, before the writer puts the output in place: a warning
        # made an error (-W error) leaves the previous output as it was, and writes none.
        self.warn()

    def warn(self) -> None:
        from .scoring import warn_of_document_rows, warn_of_spreadsheet_error_rows

        warn_of_document_rows(self.rows, self.sizes)
        warn_of_spreadsheet_error_rows(self.errors, self.error_values)


class _LanguageRows:
    """The judgement of a file scored in chunks by :func:`stance.scoring.warn_of_other_languages`'
    rule, made on rows spread over the whole file as its chunks pass (:meth:`passed`), and warned of
    once the last has passed: the first chunk alone was judged, and a file whose first 50,000 rows
    were English and whose 150,000 after them Polish was not warned of.

    Each chunk is judged on :data:`~stance.scoring._LANGUAGE_SAMPLE` rows drawn from it, seeded by
    its number (:func:`stance.scoring.language_sample`), as a batch is first judged; the first is counted whole
    where those look of another language, as a batch is, so a file of one chunk is told its counts
    as :func:`stance.score` tells them. The chunks after it are not counted whole (all 200,000 rows
    of a file took 3 s of CPU, beside its scoring's 10; their samples 0.13 s): of a file of several
    chunks the counts are estimated from the samples (:func:`stance.scoring.warn_of_counted_languages`'
    ``estimated``). No second pass over the file; what is kept is the counts and, for the script of
    the rows of another language, up to as many of them as a sample holds. ``spread_over`` names
    what was read in the warning of estimated counts: a glob of several files is "the files"."""

    def __init__(self, text_column: str, model: Any, spread_over: str = "the file") -> None:
        self.text_column, self.model, self.spread_over = text_column, model, spread_over
        self.other = self.long = 0.0  # rows of another language, of rows of five words or more
        self.chunks, self.estimated = 0, False
        self.foreign: list[str] = []  # rows of another language sampled, which tell their script

    def passed(self, chunks: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from .scoring import reads_english

        judged = reads_english(self.model)  # nothing to judge for a model of another stem
        for chunk in chunks:
            if judged and self.text_column in chunk.columns:  # a missing column is refused by the scoring
                self._count(chunk[self.text_column].tolist())
            yield chunk
        # As _DocumentRows warns: before the writer puts the output in place.
        if judged:
            self.warn()

    def _count(self, texts: list[Any]) -> None:
        from .scoring import _LANGUAGE_SAMPLE

        other, long, scale, foreign = language_counts(texts, self.chunks)
        if other and len(self.foreign) < _LANGUAGE_SAMPLE:
            self.foreign += foreign[:_LANGUAGE_SAMPLE - len(self.foreign)]
        self.estimated = self.estimated or scale != 1.0
        self.chunks += 1
        self.other += other * scale
        self.long += long * scale

    def warn(self) -> None:
        from .scoring import warn_of_counted_languages

        warn_of_counted_languages(round(self.other), round(self.long), self.foreign, self.model,
                                  estimated=self.estimated, spread_over=self.spread_over)


def language_counts(texts: list[Any], number: int) -> tuple[int, int, float, list[Any]]:
    """How many rows of ``texts``, chunk (or Dask partition) ``number`` of the data, are of another
    language, of how many of five words or more, as :class:`_LanguageRows` counts a chunk: on
    :data:`~stance.scoring._LANGUAGE_SAMPLE` rows drawn from it, seeded by ``number``
    (:func:`stance.scoring.language_sample`), the first counted whole where those look of another
    language, as a batch is; with the scale that makes a sample's counts the chunk's (1.0 when
    counted whole), and the rows of another language sampled, which tell their script.

    >>> language_counts(["Nous refusons l'envoi de soldats français en Ukraine.", "We act."], 0)
    (1, 1, 1.0, ["Nous refusons l'envoi de soldats français en Ukraine."])
    """
    from .scoring import _LANGUAGE_SAMPLE, language_sample
    from .text import _other_language_row, other_language_rows

    step = max(1, len(texts) // _LANGUAGE_SAMPLE)
    sample = language_sample(texts, number)
    rows = [_other_language_row(text) for text in sample]  # None: too short to tell
    other, long = sum(bool(row) for row in rows), sum(row is not None for row in rows)
    foreign = [text for text, row in zip(sample, rows) if row][:_LANGUAGE_SAMPLE]
    scale = 1.0
    if step > 1:
        if number == 0 and other * 3 >= long:  # counted whole, as warn_of_other_languages counts a batch
            other, long = other_language_rows(texts)
        else:
            scale = len(texts) / len(sample)
    return other, long, scale, foreign


@dataclass
class Extent:
    """How much input there is (``total``, in ``unit``s) and how far the chunks read so far
    reach (``done``), for a progress bar that can say how much is left: the rows of a
    Parquet file, which its metadata counts, or the bytes of a text file, whose reader's
    position in it says how far it has got (rows there are not known until read)."""

    total: int | None = None
    unit: str = "stmt"
    done: int = 0
    bar: Any = None  # write_table_atomically's, while it writes (see _ChunkTicks)


class _ChunkTicks:
    """The bar of an :class:`Extent`, moved on as a chunk of ``rows`` rows is scored batch by
    batch (``update(n)``, as tqdm's): from where it stands towards the chunk's end, which the
    reader has reached (``extent.done``), by the share of the rows scored. It moved only once
    a chunk was written, and ``stance score``'s chunks are 50,000 rows: Ctrl-C at 6 or 7
    seconds still showed 0%. Once the chunk is written the bar stands at its end exactly."""

    def __init__(self, extent: Extent, rows: int) -> None:
        self.extent, self.rows, self.scored, self.start = extent, rows, 0, None
        if extent.bar is not None and extent.bar.n == 0:  # the first chunk's scoring starts now
            _rate_from_now(extent.bar)

    def update(self, n: int) -> None:
        bar = self.extent.bar
        if bar is None or not self.rows:
            return
        if self.start is None:
            self.start = bar.n
        self.scored += n
        end = self.extent.done if self.extent.total is None else min(self.extent.done, self.extent.total)
        reached = self.start + (end - self.start) * min(self.scored, self.rows) // self.rows
        if reached > bar.n:
            bar.update(reached - bar.n)


def _rate_from_now(bar: Any) -> None:
    """Have tqdm's ``bar`` measure its rate, and so the time left, from now on: the bar of
    ``stance score`` is shown before its first chunk is read and checked (5 of 7.8 seconds
    before the first 4% of 200,000 rows, later chunks 0.1-0.5), and that start-up, counted as
    the time of the first batch, made the first time left 3:03 for a run of 40 seconds. The time
    elapsed still counts from the bar's start."""
    now = bar._time()
    bar.last_print_t, bar.last_print_n = now, bar.n


def _extent_of(source: Path, suffix: str) -> Extent:
    if suffix != ".parquet":
        return Extent(source.stat().st_size, "B")
    try:
        pq = forksafe.imported("pyarrow.parquet")

        return Extent(pq.read_metadata(source).num_rows)
    except Exception:  # no pyarrow, or not Parquet: no total; its reader names the problem
        return Extent()


def expanded(path: Any) -> Any:
    """``path`` with a leading ``~`` or ``~user`` read as that home folder, as the shell and
    pandas read it; anything else as it is. Every path the library takes passes through here:
    ``--output=~/m`` (the shell expands no ``~`` after "=") and ``model.save("~/m")`` wrote a
    folder named ``~`` in the working folder, which ``~/m`` then named to the user as their home's.
    A folder literally named ``~`` there is ``./~``.

    >>> import os
    >>> expanded("~/m") == os.path.join(os.path.expanduser("~"), "m"), expanded("./~/m"), expanded("m~")
    (True, './~/m', 'm~')
    """
    try:
        if isinstance(path, str):
            return os.path.expanduser(path)
        if isinstance(path, os.PathLike):
            name = os.fspath(path)
            if isinstance(name, str) and name.startswith("~"):  # a Path it need not touch stays the object given
                return Path(os.path.expanduser(name))
    except ValueError:  # a NUL in "~user": left as given, for the check of NULs to name its argument
        return path
    return path


def _path_argument(path: Any, argument: str) -> Path:
    """``path``, the file ``argument`` of :func:`score_file`, as a Path; refused unless it is a
    str or path: a DataFrame raised pathlib's TypeError, naming neither the argument nor
    :func:`stance.score`, which scores data in memory.

    >>> _path_argument("day.csv", "input_path").name
    'day.csv'
    >>> _path_argument(["Send tanks."], "input_path")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidTypeError: input_path must be a str or path, got list; to score data in memory,
    stance.score(data) returns a DataFrame (write it with .to_csv(path, index=False))
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"{argument} must be a str or path, got {type(path).__name__}; to score data in "
                               f"memory, stance.score(data) returns a DataFrame (write it with .to_csv(path, "
                               f"index=False))")
    refuse_empty_path(path, argument)
    refuse_nul_in_path(path, argument)
    return Path(expanded(path))


# A Windows path: a drive letter's ("C:\Users\…") or a share's ("\\server\share\…"). Elsewhere "\" is
# part of a name: "C:\Users\Olena\out.csv" was written as one file of that name in the working folder.
_WINDOWS_PATH = re.compile(r"[A-Za-z]:\\|\\\\[^\\]+\\")
# A Windows path relative to the working folder (".\scored.csv", "..\out\scored.csv"): it means the
# same path with "/", where the name in the working folder that a drive's path is told would not.
_WINDOWS_RELATIVE = re.compile(r"\.\.?\\")


def refuse_unusable_output(path: str | os.PathLike, argument: str) -> None:
    r"""Refuse, before any work, the output path ``argument`` that no file could be written at
    as meant: a Windows path on another system (see _WINDOWS_PATH, _WINDOWS_RELATIVE), and a name too long for
    any file (the system's bare "[Errno 36] File name too long" named no option).

    >>> refuse_unusable_output("out.csv", "-o")
    >>> try:
    ...     refuse_unusable_output(r"C:\Users\Olena\out.csv", "-o")
    ... except InvalidInputError as error:
    ...     print(error if os.name != "nt" else "on Windows it is a path")  # doctest: +ELLIPSIS
    -o 'C:\\Users\\Olena\\out.csv' is a Windows path, and on this system paths are written with "/"...
    """
    from .file_types import _too_long

    name = os.fspath(path)
    relative = _WINDOWS_RELATIVE.match(name)
    if os.name != "nt" and (_WINDOWS_PATH.match(name) or relative):
        posix = name.replace(chr(92), "/")
        meant = repr(posix) if relative else f"{PurePosixPath(posix).name!r} for the working folder"
        raise InvalidInputError(f"{argument} {quoted(name, QUOTED_PATH_WIDTH)} is a Windows path, and on this system "
                                f"paths are written with \"/\" (a \"\\\" is part of a file's name: the file would be "
                                f"named so in the working folder); name it as this system does, e.g. {meant}")
    if _too_long(Path(name)):
        raise InvalidInputError(f"{argument} {quoted(name, QUOTED_PATH_WIDTH)}: the name is too long for a file or "
                                f"folder ({_NAME_MAX} bytes at most on most systems); name a shorter one")


def refuse_nul_in_path(path: str | bytes | os.PathLike, argument: str) -> None:
    r"""Refuse the path ``argument`` when it holds a NUL character, which no file or folder
    name can hold: the system's calls raised a bare ``ValueError: embedded null byte``,
    naming neither the argument nor the path, and a file scored whole before its output
    was opened. (A model path that holds one is read as :func:`stance.load` reads any
    path no folder can have: it does not exist.)

    >>> refuse_nul_in_path("scores\x00.csv", "output_path")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: output_path 'scores\x00.csv' holds a NUL character (\x00), which no file
    or folder name can hold
    """
    name = os.fspath(path)
    if ("\x00" if isinstance(name, str) else b"\x00") in name:
        raise InvalidInputError(f"{argument} {quoted(os.fsdecode(name), QUOTED_PATH_WIDTH)} holds a NUL character "
                                f"(\\x00), which no file or folder name can hold")


def unused_output(read: str, name: str = "scored.csv") -> str:
    """The output to offer in advice of ``stance score READ -o NAME``: ``name`` (in the working
    folder, where -o writes it), or scored_2.csv, scored_3.csv… when that names a file already,
    as stance score writes over one without a word: the file ``read`` itself, or another.
    Only a name is offered; nothing is made."""
    stem, suffix = os.path.splitext(name)
    for number in range(1, 1000):
        offered = name if number == 1 else f"{stem}_{number}{suffix}"
        if offered != Path(read).name and not os.path.lexists(offered):
            return offered
    return f"{stem}_new{suffix}"  # a folder of a thousand outputs: a name, if not a free one


def refuse_empty_path(path: Any, argument: str) -> None:
    """Refuse ``""`` as the path ``argument``: ``Path("")`` is the current folder, so an unset
    shell variable (``stance train "$DATA"``) read every table there, or a message named '.'.

    >>> refuse_empty_path("", "data")
    Traceback (most recent call last):
    ...
    stance.exceptions.InvalidInputError: data is empty, not a path (is a shell variable empty?)
    """
    if isinstance(path, (str, bytes)) and not path:
        raise InvalidInputError(f"{argument} is empty, not a path (is a shell variable empty?)")


def refuse_input_as_output(source: str | os.PathLike, target: str | os.PathLike, what: str = "output") -> None:
    """Refuse an output that is an input file (by any path, a hard link included): it
    would replace the data it was made from. ``source`` may be a folder or a glob, whose
    files are all inputs (:func:`files_read`): ``stance score "g/*.csv" -o g/a.csv`` wrote
    the scores over a.csv. ``what`` names the output in the message.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as name:
    ...     for file in ("a.csv", "b.csv"):
    ...         _ = (Path(name) / file).write_text("text\\nNATO is united.\\n")
    ...     refuse_input_as_output(Path(name) / "*.csv", Path(name) / "b.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: output '.../b.csv' is the input file '.../b.csv' (matched by glob ...
    """
    if not Path(target).exists():  # os.path.samefile needs both
        return
    several = os.path.isdir(source) or _is_glob(source)
    for file in files_read(source):
        try:
            same = os.path.samefile(file, target)
        except OSError:  # the input is missing or unreadable: its reader says so
            continue
        if same and not several:
            raise InvalidInputError(f"{what} {str(target)!r} is the input file; write the results to another file")
        if same:
            kind = "in folder" if os.path.isdir(source) else "matched by glob"
            raise InvalidInputError(f"{what} {str(target)!r} is the input file {str(file)!r} ({kind} "
                                    f"{str(source)!r}); write the results to another file")


def _is_glob(source: str | os.PathLike) -> bool:
    from .tables import is_pattern

    return "://" not in os.fspath(source) and is_pattern(source)


def files_read(source: str | os.PathLike) -> list[Path]:
    """The files a command reads for ``source``: the file itself, a folder's files of a
    supported suffix (as :func:`stance.tables.read_table` reads them), or every file a glob
    matches (Dask reads them all), in name order.

    >>> files_read("no/such/*.csv"), files_read("no-such.csv")
    ([], [PosixPath('no-such.csv')])
    """
    import glob

    from .file_types import SUPPORTED_SUFFIXES

    if os.path.isdir(source):
        return sorted(p for p in Path(source).iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file())
    if _is_glob(source):
        return sorted(Path(p) for p in glob.glob(os.fspath(source)) if os.path.isfile(p))
    return [Path(source)]


OUTPUT_SEPARATORS = {".csv": ",", ".tsv": "\t"}
# What `stance score` and score_file write, by the output's suffix, as its input is read by
# its own, and so do `stance suggest -o` and `stance check -o`; `stance document -o` writes .csv or .tsv.
SCORE_OUTPUT_SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet")
# Names of the standard streams, which are a terminal, a pipe or a file the shell opened.
_STANDARD_STREAMS = {"-": "standard output", "/dev/stdout": "standard output", "/dev/stderr": "standard error"}


# The names of standard output that `stance suggest -o` and `stance check -o` write their
# table to, as CSV: its printed table is too wide for a braille display or a script.
STDOUT_OUTPUTS = ("-", "/dev/stdout")


def to_stdout(output: str | os.PathLike | None) -> bool:
    """Whether the ``-o`` of suggest or check names standard output (see :data:`STDOUT_OUTPUTS`).

    >>> to_stdout("-"), to_stdout("/dev/stdout"), to_stdout("out.csv"), to_stdout(None)
    (True, True, False, False)
    """
    return output is not None and os.fspath(output) in STDOUT_OUTPUTS


# Where the results can be had in other formats, as a refused suffix of a .csv or .tsv
# output is told by default: the library's functions return the rows.
LIBRARY_FORMATS = ("for JSONL or Parquet, use the library (stance.score(), suggest(), find_label_issues() return "
                   "DataFrames) and call .to_parquet()")
# What a refused suffix of `stance score -o` (suggest -o, check -o) is told.
SCORE_FORMATS = "JSON Lines is written under .jsonl, and a spreadsheet opens .csv"

# The formats pandas (or pyreadstat) writes that -o does not, by suffix: the program's name, the
# DataFrame's method, and what it needs. A researcher's -o out.dta was told of .jsonl and .csv alone.
# Stata takes no column of None alone (flag, stance of off-topic rows, a check's suggested_stance), so
# the route fills every column of text or objects (the names of a --prefix or of suggest's and
# check's frames alike; not a categorical's, which takes no '' it lacks, nor needs it; and without
# `pd`, which the caller may not have imported), nor, in pandas' default
# version 114, a text over 244 characters: the plain .to_stata() of a scored frame raised
# ValueError. 117 takes long texts; 118 is the first to take text beyond Latin-1.
_LIBRARY_WRITERS = {".dta": ("Stata", "pipe(lambda f: f.fillna({{c: '' for c in f.select_dtypes(include=['object', "
                             "'string']).columns}})).to_stata({name!r}, write_index=False, version=118)", ""),
                    ".xlsx": ("Excel", "to_excel({name!r}, index=False)", " (which needs openpyxl)"),
                    ".xlsm": ("Excel", "to_excel({name!r}, index=False)", " (which needs openpyxl)"),
                    ".ods": ("LibreOffice", "to_excel({name!r}, index=False)", " (which needs odfpy)"),
                    ".feather": ("Feather", "to_feather({name!r})", " (which needs pyarrow)"),
                    ".arrow": ("Arrow", "to_feather({name!r})", " (which needs pyarrow)"),
                    ".json": ("JSON", "to_json({name!r}, orient='records')", "")}
_SPSS_SUFFIXES = (".sav", ".zsav")


def library_writer_hint(name: str, suffix: str) -> str:
    """For an output ``name`` of ``suffix`` that pandas writes and -o does not, the library's
    route, worded as :data:`LIBRARY_FORMATS` words it; empty for any other suffix. Stata's fills
    every column of text or objects: naming 'stance' and 'flag', it raised on a --prefix's
    's_flag' and on find_label_issues()' 'suggested_stance' (two reviews).

    >>> print(library_writer_hint("out.dta", ".dta"))  # doctest: +NORMALIZE_WHITESPACE
    ; for Stata, use the library (stance.score(), suggest(), find_label_issues() return DataFrames) and call
    .pipe(lambda f: f.fillna({c: '' for c in
    f.select_dtypes(include=['object', 'string']).columns})).to_stata('out.dta', write_index=False, version=118)
    >>> library_writer_hint("out.txt", ".txt")
    ''
    """
    said = "use the library (stance.score(), suggest(), find_label_issues() return DataFrames) and"
    if suffix in _SPSS_SUFFIXES:  # pandas writes no SPSS file
        return f"; for SPSS, {said} write one with pyreadstat.write_sav(frame, {name!r})"
    if suffix not in _LIBRARY_WRITERS:
        return ""
    program, method, needs = _LIBRARY_WRITERS[suffix]
    return f"; for {program}, {said} call .{method.format(name=name)}{needs}"


def output_suffix(target: str | os.PathLike, other_formats: str = LIBRARY_FORMATS,
                  suffixes: Sequence[str] = tuple(OUTPUT_SEPARATORS)) -> str:
    """The suffix of the output file ``target``, one of ``suffixes``, in lower case; others are
    refused up front, saying where results in other formats are had (``other_formats``), and
    so is .parquet without pyarrow, which writes it, naming the extra that brings it.

    >>> output_suffix(Path("scores.TSV")), output_suffix(Path("s.jsonl"), suffixes=SCORE_OUTPUT_SUFFIXES)
    ('.tsv', '.jsonl')
    """
    # The name as given: Path makes "./-", a file named "-", into "-", the shell's name for stdout.
    name = os.fspath(target)
    suffix = Path(name).suffix.lower()
    listed = ", ".join(suffixes[:-1]) + " or " + suffixes[-1] if len(suffixes) > 1 else suffixes[0]
    if name in _STANDARD_STREAMS:  # the shell's name for stdout, which was told to pick a suffix
        raise InvalidInputError(f"output {name!r} ({_STANDARD_STREAMS[name]}): tables are written "
                                f"to a {listed} file, whole or not at all; name one, e.g. "
                                f"-o {unused_output('', 'out.csv')}")
    if suffix not in suffixes:
        close = forksafe.imported(".file_types").suffix_meant(suffix, tuple(suffixes))
        meant = f" (did you mean {name[:-len(suffix)] + close!r}?)" if close is not None else ""
        raise InvalidInputError(
            f"output {name!r}: tables are written as {listed}, got {suffix or 'no suffix'!r}{meant}; "
            f"{other_formats}" + (library_writer_hint(name, suffix) if other_formats == SCORE_FORMATS else "")
        )
    if suffix == ".parquet":
        forksafe.imported(".parquet_files").require_parquet_writer()
    return suffix


def check_output(target: str | os.PathLike, other_formats: str = LIBRARY_FORMATS,
                 suffixes: Sequence[str] = tuple(OUTPUT_SEPARATORS), argument: str = "output") -> str:
    """Refuse, before any work, an output the scores could not be written to; return its
    suffix (see :func:`output_suffix`). Its folder must exist (a mistyped path is not created)
    and be writable; a suffix other than ``suffixes`` (.csv or .tsv by default) is told where
    other formats are had (``other_formats``); a Windows path elsewhere, or a name too long,
    is refused naming ``argument`` (see :func:`refuse_unusable_output`)."""
    refuse_nul_in_path(target, "output")
    refuse_unusable_output(target, argument)
    name = os.fspath(target)  # as given: Path drops a trailing slash, which names a folder
    target = Path(name)
    special = target.is_dir() or (target.exists() and not target.is_file()) or names_folder(name)
    if special and name not in _STANDARD_STREAMS:  # named for what it is, not for its suffix
        raise InvalidInputError(f"output {name!r}: {folder_problem(name)}")
    suffix = output_suffix(name, other_formats, suffixes)
    problem = folder_problem(target)
    if problem:
        raise InvalidInputError(f"output {name!r}: {problem}")
    refuse_what_the_write_would(name)
    return suffix


def names_folder(name: str | os.PathLike) -> bool:
    """Whether ``name`` ends in a path separator, as only a folder's name does (``x.csv/``),
    which ``Path`` drops: the file ``x.csv`` was written.

    >>> names_folder("x.csv/"), names_folder("x.csv"), names_folder(Path("x.csv/"))
    (True, False, False)
    """
    return os.fspath(name).endswith(tuple(sep for sep in (os.sep, os.altsep) if sep))


def on_read_only_file_system(folder: str | os.PathLike) -> bool:
    """Whether ``folder`` is on a file system mounted read-only, as statvfs says (ST_RDONLY).
    os.access denies writing there as for a folder without its write bit, and the fix of that
    one (chmod u+w) fails on this one; a folder locked with chmod -R a-w on such a mount is
    on it too. Where os has no ST_RDONLY (Windows), False: the permissions are told as before.

    >>> on_read_only_file_system(tempfile.gettempdir())
    False
    """
    read_only = getattr(os, "ST_RDONLY", None)
    if read_only is None or not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(folder).f_flag & read_only)
    except OSError:  # gone meanwhile, or not to be asked: the permissions say what they can
        return False


def folder_problem(target: str | os.PathLike, example: str = "scores.csv") -> str | None:
    """Why a file could not be written at ``target`` (its folder missing or read-only, or
    ``target`` itself a folder, when a file named like ``example`` inside it is suggested,
    named as one with a trailing slash, or a device or a pipe), or None."""
    name, target = os.fspath(target), Path(target)
    # A folder at the target is only found by the rename at the very end, after every row
    # of a large input has been scored: refuse it with the other checks, before the work.
    if target.is_dir():
        return f"it is a folder, not a file; name a file inside it, e.g. {str(target / example)!r}"
    if names_folder(name):  # "x.csv/": the file x.csv is likely meant; "out/": a file in the folder
        return (f"it ends in {name[-1]!r}, naming a folder, and that folder does not exist; name a file, "
                f"e.g. {str(target if target.suffix else target / example)!r}")
    if target.exists() and not target.is_file():  # /dev/stdout: a terminal, a pipe; /dev/null
        return (f"it is not a regular file (a terminal, a device or a pipe): the output is written beside its "
                f"name and put in its place whole, or not at all; name a file, e.g. {example!r}")
    folder = followed(target).parent  # through a link, the file is written where it points
    if not folder.is_dir():
        from .file_types import dangling_folder, link_whose_target

        # "mkdir d", as "create it first" said of it, failed: d is there (File exists), a link.
        if broken := dangling_folder(followed(target)):
            return (f"folder {broken!r} is {link_whose_target(broken)} is missing; create the folder it points to "
                    f"first, or point the link elsewhere")
        blocked = made_under_a_file(followed(target))
        if blocked or not target.is_symlink():
            return blocked or f"folder {str(folder)!r} does not exist; create it first"
        # A folder never typed: said as the link's, as a missing input's is.
        return (f"it is {link_whose_target(target)} is in folder {str(folder)!r}, which does not exist; create it "
                f"first, or point the link elsewhere")
    if not os.access(folder, os.W_OK | os.X_OK):
        # Not its permissions: chmod, which a folder "not writable" calls for, fails on such a mount.
        why = "is on a read-only file system" if on_read_only_file_system(folder) else "is not writable"
        return f"folder {str(folder)!r} {why}"
    return None


def refuse_what_the_write_would(name: str | os.PathLike) -> None:
    """Raise, before the work, what the write of the output ``name`` would raise at its end, in
    its words (``cannot write '/proc/x.csv': No such file or directory``): a path through a
    symbolic link in a loop, or a folder no file can be made in, tried by making (and
    removing) an empty hidden file there. Permissions alone do not tell: root passes os.access
    in /proc and /sys, where the write failed only after all the work (check's whole
    cross-validation, every row scored). A disk mounted read-only needs no trial: os.access
    denies root too there, and :func:`folder_problem` refuses it ("is on a read-only file system"). A full
    disk or quota (or a disk turned read-only since) is left to the write, which says it as
    the machine's failure (exit 1).

    >>> refuse_what_the_write_would(Path(tempfile.gettempdir()) / "x.csv")
    """
    loop = in_a_link_loop(name)
    if loop:
        raise loop
    with interrupts_held():  # made and removed as one step: a Ctrl-C between left the file
        problem = _trial_file_problem(Path(name))
    raise_if_interrupted()  # one held above
    if problem:
        raise problem


def _trial_file_problem(target: Path) -> OSError | None:
    """The error, named by ``target``, of making and removing an empty hidden file in the
    folder ``target`` is written to, or None; None too of a full disk or quota (see
    :func:`refuse_what_the_write_would`). A file that cannot be removed (a folder with
    ``chattr +a``) is a write that would fail: its hidden part could not be renamed over the
    output, nor deleted."""
    folder = followed(target).parent
    try:
        handle, made = tempfile.mkstemp(prefix=".stance-check-", dir=folder)
    except OSError as error:
        return None if system_failure(error) else _naming(error, target)
    os.close(handle)
    try:
        os.unlink(made)
    except OSError as error:
        refused = type(OSError(error.errno, ""))(
            f"cannot write {str(target)!r}: folder {str(folder)!r} lets files be made in it but not removed "
            f"({error.strerror}); its trial file {Path(made).name!r} is left there")
        refused.errno = error.errno
        return refused
    return None


def made_under_a_file(target: Path) -> str | None:
    """Why ``target`` cannot be made when the nearest of its folders that exists is a file (or
    a device: ``/dev/full/x.csv``), where no folder can be created, or None. Told that the
    folder "does not exist; create it first", a user's mkdir failed with "File exists".

    >>> made_under_a_file(Path(__file__) / "x.csv").endswith("is a file, so " + repr(str(Path(__file__) / "x.csv"))
    ...                                                      + " cannot be made under it")
    True
    >>> made_under_a_file(Path(__file__).parent / "no" / "x.csv") is None
    True
    """
    nearest = next((folder for folder in target.parents if folder.exists()), None)
    if nearest is None or nearest.is_dir():
        return None
    what = "a file" if nearest.is_file() else "not a folder"
    return f"{str(nearest)!r} is {what}, so {str(target)!r} cannot be made under it"


def followed(target: Path) -> Path:
    """``target``, or the file or folder it points to if it is a symbolic link (a dangling one too).

    An output is written as ``cp`` or a shell's ``>`` writes it: through the link, which is
    kept. Renamed onto the link itself, the new file replaced the link
    (``latest.csv -> runs/monday.csv`` became a plain file, and the file it pointed to kept
    its old rows). A saved model's folder is replaced so too (``models/current -> v1``).
    """
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def in_a_link_loop(target: str | os.PathLike) -> OSError | None:
    """The error, named by ``target`` as the writers name their file, if ``target`` or a
    folder above it is a symbolic link in a loop (``l1 -> l2 -> l1``), else None. Asked
    before any path is resolved: pathlib's ``resolve`` raised a RuntimeError ("Symlink loop
    from …"), which reached the command line as two tracebacks, and ``os.path.realpath``
    returns the loop's own name, as if it were a folder to write in.

    >>> in_a_link_loop(Path(__file__)) is None
    True
    """
    try:
        os.stat(target)
    except OSError as error:
        if error.errno == errno.ELOOP:
            named = OSError(f"cannot write {str(target)!r}: {error.strerror}")  # one argument: no "[Errno 40]"
            named.errno = errno.ELOOP
            return named
    except ValueError:  # a NUL in the name: refused by its own check, which names the argument
        pass
    return None


# The longest name of a file or folder where the system cannot say (os.pathconf): 255 bytes on
# ext4, XFS, Btrfs and APFS, 255 UTF-16 units on NTFS, which a name's UTF-8 bytes never undercount.
_NAME_MAX = 255


def hidden_stem(name: str, folder: Path, added: int) -> str:
    """``name`` as the hidden files and folders written beside it hold it (``.NAME.…part``, a
    model's ``.NAME.saving-…``): whole, or cut at a character so that it and the ``added``
    bytes around it fit in the longest name ``folder``'s file system takes.

    Whole, the hidden name of an output of 241 to 255 bytes was longer than any name can be:
    "File name too long", of a name the system takes. Cut alike for a write and for the search
    for what killed writes left, both find the same names.

    >>> hidden_stem("scores.csv", Path("."), 15), len(hidden_stem("a" * 251 + ".csv", Path("."), 15))
    ('scores.csv', 240)
    >>> hidden_stem("北约" * 50, Path("."), 15) == "北约" * 40  # 3 bytes each: 240 of them
    True
    """
    try:
        longest = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf; a folder not made yet
        longest = _NAME_MAX
    budget = max(1, (longest if longest and longest > 0 else _NAME_MAX) - added)
    encoded = os.fsencode(name)
    if len(encoded) <= budget:
        return name
    while len(os.fsencode(name)) > budget:  # a character at a time: never half of one
        name = name[:-1]
    return name


# The interrupt signals (Ctrl-C, SIGTERM, SIGHUP) the running command has received, counted by the
# command line's handler (see stance.terminal._terminate_cleanly) and emptied when a command
# begins and ends: library calls, which install no handler, never see one. The
# KeyboardInterrupt a handler raises lands wherever the main thread is, and inside a
# finalizer or a library's catch-all it is lost: the command went on, and a write put in
# place an output the user had stopped.
_interrupts: list[int] = []
_holding: list[bool] = []
# The outputs the running command has put in place, for an interrupt after them to name: a
# SIGTERM as 'stance train -o' ended exited 143 with the new model saved, unsaid. Kept after
# the command (its message is printed then), emptied when the next begins.
_written: list[str] = []
_counting: list[bool] = []


def readable_name(path: str | os.PathLike) -> str:
    """A path as text a UTF-8 file can hold, for a model to record where it was trained from.

    A name the locale could not decode (``modèle`` under ``LANG=C``, a Latin-1 name under a
    UTF-8 locale) holds surrogate escapes, which made saving the model fail after training;
    its bytes are read as UTF-8 here, which names written by today's systems are, and any
    that are not are shown as ``\\xe8``.
    """
    text = os.fsdecode(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate no decoded name holds
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def note_interrupt(signal_number: int) -> KeyboardInterrupt:
    """Record an interrupt signal and return the KeyboardInterrupt that stands for it, its
    ``signal_number`` set (the command line exits 128 + it)."""
    _interrupts.append(signal_number)
    return _interruption(signal_number)


@contextmanager
def interrupts_held() -> Iterator[None]:
    """While the block runs, the command line's handler notes an interrupt signal and returns
    (:func:`raise_if_interrupted` raises it after): for steps whose result must be known to be
    undone, as the name of a file just created. Outside a command, Python's own handler raises
    at once, as it always does.

    >>> with interrupts_held():
    ...     interrupts_are_held()
    True
    >>> interrupts_are_held()
    False
    """
    # Only the main thread's: the handler runs there, and a library save in another thread (a
    # notebook's background save) must not make the command's Ctrl-C wait for it.
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _holding.append(True)
    try:
        yield
    finally:
        _holding.pop()


def interrupts_are_held() -> bool:
    """Whether an interrupt signal is to be noted, not raised (see :func:`interrupts_held`)."""
    return bool(_holding)


@contextmanager
def interrupts_counted() -> Iterator[None]:
    """Count interrupts for one command: those of an earlier command in the same process
    (a test, a notebook calling ``main``) stop nothing after it. The outputs it writes are
    recorded too (:func:`written_by_command`)."""
    _interrupts.clear()
    _written.clear()
    _counting.append(True)
    try:
        yield
    finally:
        _counting.pop()
        _interrupts.clear()


def note_written(path: str | os.PathLike) -> None:
    """Record that the running command has put ``path`` in place, whole (see
    :func:`written_by_command`). Outside a command, and in other threads, nothing is recorded."""
    if _counting and threading.current_thread() is threading.main_thread():
        _written.append(os.fspath(path))


def written_by_command() -> list[str]:
    """The outputs the last command put in place, in order, for the message of an interrupt
    that came after them: such a command exits interrupted with its output complete.

    >>> with interrupts_counted():
    ...     note_written("scores.csv")
    >>> written_by_command()
    ['scores.csv']
    """
    return list(_written)


def interrupt_noted() -> bool:
    """Whether the running command has received an interrupt signal (see :func:`note_interrupt`).

    >>> with interrupts_counted():
    ...     before = interrupt_noted()
    ...     _ = note_interrupt(2)
    ...     before, interrupt_noted()
    (False, True)
    """
    return bool(_interrupts)


def raise_if_interrupted() -> None:
    """Raise the KeyboardInterrupt of the last interrupt signal the running command received,
    if any: one Python dropped in a finalizer never reached the command, which would
    otherwise go on to put its output in place. Outside a command this never raises.

    Only in the main thread, where signals are handled and the command runs: a library
    call in another thread of the same process (a notebook's background save) is no part
    of the command, and was refused with the command's interrupt."""
    if _interrupts and threading.current_thread() is threading.main_thread():
        raise _interruption(_interrupts[-1])


class _SignalInterrupt(KeyboardInterrupt):
    """The KeyboardInterrupt of an interrupt signal the command line handles, caught as any
    other is.

    A subclass, because Python marks a plain KeyboardInterrupt that leaves code run by
    ``eval()`` or ``exec()`` of a string (namedtuple's and dataclass's generated methods,
    made while a module is imported) as unhandled, for good, though it is caught further
    up: ``python -m stance`` then killed itself with SIGINT once the command had returned
    its status, and a SIGTERM ended with -2, not 143. Python marks only that exact class.
    """


def _interruption(signal_number: int) -> KeyboardInterrupt:
    """The KeyboardInterrupt that stands for ``signal_number``, a :class:`_SignalInterrupt`.

    >>> error = _interruption(15)
    >>> isinstance(error, KeyboardInterrupt), type(error) is KeyboardInterrupt, error.signal_number
    (True, False, 15)
    """
    error = _SignalInterrupt()
    error.signal_number = signal_number  # type: ignore[attr-defined]
    return error


def write_csv_atomically(parts: Iterable[pd.DataFrame], target: str | os.PathLike, *, source: str,
                         progress: bool | None = None, allow_empty: bool = False,
                         extent: Extent | None = None,
                         header_names: Callable[[list], dict[Any, str]] | None = None) -> int:
    """Write DataFrames one after another into one CSV (TSV for a .tsv target) that appears
    whole or not at all: :func:`write_table_atomically`, which refuses other suffixes."""
    return write_table_atomically(parts, target, source=source, progress=progress, allow_empty=allow_empty,
                                  extent=extent, header_names=header_names, suffixes=tuple(OUTPUT_SEPARATORS))


def write_table_atomically(parts: Iterable[pd.DataFrame], target: str | os.PathLike, *, source: str,
                           progress: bool | None = None, allow_empty: bool = False,
                           extent: Extent | None = None,
                           header_names: Callable[[list], dict[Any, str]] | None = None,
                           suffixes: Sequence[str] = SCORE_OUTPUT_SUFFIXES,
                           like: str | os.PathLike | None = None, like_encoding: str = "utf-8",
                           bom: bool = False, name_lists: Sequence[Any] = (),
                           row_named: Callable[[int], str] | None = None,
                           declared_by: Sequence[str | os.PathLike] | None = None,
                           read_as_text: Collection[str] = ()) -> int:
    """Write DataFrames one after another into one table that appears whole or not at all, in
    the format of ``target``'s suffix, one of ``suffixes``: CSV (TSV for .tsv), JSON Lines
    (.jsonl) or Parquet (.parquet, with pyarrow).

    The rows go to a temporary file beside ``target``, which is renamed into place once
    the last part is written; on any failure it is deleted and ``target`` is untouched.
    Each part is written as it comes (a Parquet row group, JSON Lines appended), so memory
    holds one part. Returns the number of rows written; with ``allow_empty``, parts without
    rows still write their columns. The progress bar (None: on a terminal or in a notebook) counts rows, or with an
    ``extent`` whose total is known, shows how far through it the parts reach.
    ``header_names``, given the first part's columns, says what to write in the header
    for some of them instead of their names (see :func:`as_written`). A CSV or TSV is written
    ``like`` the file the rows were read from (a folder's or a glob's first file; see
    :func:`first_file`): it begins with UTF-8's byte-order mark (U+FEFF), as Excel's "CSV UTF-8"
    does, when that file begins with one (see :func:`input_marked`), since Excel reads a CSV
    without it in the locale's code page; a CSV takes that file's separator, ``sep=`` line and
    decimal mark too (see :func:`csv_form`), read in ``like_encoding``, the encoding the rows
    were read in. Every command that writes a table passes its input, so that each output takes
    the same form from it. ``bom`` writes the mark on a CSV or TSV whatever that file began with (``--bom``),
    for a file read as UTF-8 without one that Excel is to open; never on JSON Lines, whose readers refuse it.

    Every format holds the same columns in the same order and the same values (see
    :class:`_JsonLines` and :class:`_ParquetRows` for how each holds them). The columns
    ``name_lists`` names hold a list of names a cell (``stance check``'s labels column of lists):
    Parquet writes them as lists of strings, as JSON Lines writes them as arrays, not as JSON text.
    ``row_named`` names the output's row N (counted from 0) in a Parquet output's refusal of a
    value: "row N" if None; a glob's, its file and its row there. A Parquet output keeps the
    column types the Parquet files ``declared_by`` agree on (a glob's every file; if None,
    ``like``'s, a folder's every file; see :func:`_parquet_types`), but for the columns
    ``read_as_text`` (the text column, whose bytes are read as text) declared as bytes, and the
    pandas metadata of ``like`` (a folder's first file; see :func:`_pandas_columns`).
    """
    suffix = check_output(target, SCORE_FORMATS if suffixes == SCORE_OUTPUT_SUFFIXES else LIBRARY_FORMATS,
                          suffixes)
    target = Path(target)
    progress = forksafe.imported(".progress_bars").wanted(require_progress(progress))  # a file: whatever its size
    measured, extent = extent, (extent if extent is not None and extent.total is not None else None)
    bar = _bar(progress, extent)
    if measured is not None:
        measured.bar = bar
    rows = 0
    header: list | None = None
    try:
        if suffix == ".parquet":
            replacing = _replacing(target, "wb")
        else:  # a lone surrogate (JSON can escape one) has no UTF-8: written as "\ud800", not lost
            form = csv_form(like, suffix, like_encoding) if suffix in OUTPUT_SEPARATORS else CsvForm()
            # The mark is Excel's sign of UTF-8 in a table; JSON Lines readers (json, pandas) refuse it.
            marked = form.byte_order_mark or (bom and suffix in OUTPUT_SEPARATORS)
            encoding = "utf-8-sig" if marked else "utf-8"
            replacing = _replacing(target, "w", encoding=encoding, errors="backslashreplace", newline="")
        with replacing as handle:
            writer = (_parquet_rows(handle, like, declared_by, name_lists, row_named, read_as_text)
                      if suffix == ".parquet"
                      else _JsonLines(handle) if suffix == ".jsonl" else _CsvRows(handle, form))
            try:
                for part in _made_apart(parts):
                    if header is None:
                        header = list(part.columns)
                        names = header_names(header) if header_names is not None else {}
                        written = [names.get(column, column) for column in header] if names else None
                    elif list(part.columns) != header:
                        part = _under_header(part, header, source)
                    writer.write(part, written)
                    rows += len(part)
                    if bar is not None:
                        _advance(bar, extent, len(part), rows)
                if rows == 0 and not allow_empty:
                    raise InvalidInputError(f"{source!r} has no rows to score")
            finally:  # before its file is closed, whatever stopped it: left open, a writer wrote to it later
                writer.close()
        if isinstance(writer, _JsonLines) and writer.infinities:  # once written: a failed output has none
            warn(_infinities_told(target, writer.infinities))
        _warn_of_bytes(repr(str(target)), getattr(writer, "bytes_cells", {}))
    except _PartFailed as failed:  # past _replacing, which names an OSError by the output
        raise failed.error from None
    finally:
        if measured is not None:
            measured.bar = None
        if bar is not None:
            bar.close()
    return rows


def write_table_to_stdout(frame: pd.DataFrame, *, header_names: Callable[[list], dict[Any, str]] | None = None,
                          like: str | os.PathLike | None = None, like_encoding: str = "utf-8",
                          bom: bool = False) -> int:
    """Write ``frame`` to standard output as the CSV :func:`write_table_atomically` writes to a
    .csv file of it, byte for byte (its byte-order mark, separator and line ends; see
    :func:`csv_form`), for ``-o -``. Returns the number of rows written."""
    form = csv_form(like, ".csv", like_encoding)
    marked = form.byte_order_mark or bom
    names = header_names(list(frame.columns)) if header_names is not None else {}
    header = [names.get(column, column) for column in frame.columns] if names else None
    sys.stdout.flush()  # nothing is printed before the table, but whatever was goes first
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a closed stdout (which says so in one line), or a StringIO put in by redirect_stdout
        text = io.StringIO(newline="")
        rows = _CsvRows(text, form)
        rows.write(frame, header)
        sys.stdout.write(("\ufeff" if marked else "") + text.getvalue())
        _warn_of_bytes("standard output", rows.bytes_cells)
        return len(frame)
    # Its own writer on stdout's bytes: the file's line ends ("\n", or "\r\n" on Windows, where
    # stdout's own would make them "\r\r\n") and the file's errors, whatever stdout's are.
    stream = io.TextIOWrapper(buffer, encoding="utf-8-sig" if marked else "utf-8", errors="backslashreplace",
                              newline="")
    rows = _CsvRows(stream, form)
    try:
        rows.write(frame, header)
        stream.flush()
    except OSError as error:  # a full disk says it was standard output, as the printed table's does
        forksafe.imported(".terminal").raise_named_stdout_error(error)
        raise
    finally:
        with suppress(OSError, ValueError):  # a broken pipe is told by the flush above; stdout stays open
            stream.detach()
    _warn_of_bytes("standard output", rows.bytes_cells)  # as a .csv file's is told
    return len(frame)


@dataclass(frozen=True)
class CsvForm:
    """How a CSV or TSV output is written, taken from the file its rows were read from (see
    :func:`csv_form`): UTF-8's byte-order mark first, the character that separates its
    cells, Excel's ``sep=`` line above the header, and the decimal mark of its numbers."""

    byte_order_mark: bool = False
    separator: str = ","
    separator_line: bool = False
    decimal: str = "."


# A cell that is a number with a decimal comma ("0,5", "-1,25") or a decimal point ("0.5"), as
# a spreadsheet writes one: no thousands separator, which either mark could be.
# A number's integer part, or one grouped in thousands by the other mark: German Excel writes
# "12.345,50", English "12,345.50"; so beside "12.345,50" a "1.234" is a thousands point.
# French Excel groups thousands by a space, a no-break space or a narrow one ("12 345,50").
# "1.234" alone still reads as a decimal point: it is a German thousand or an English 1.234
# alike, and nothing in the cell tells which.
_DECIMAL_COMMA = re.compile(r"[+-]?(\d+|\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+),\d+")
_DECIMAL_POINT = re.compile(r"[+-]?(\d+|\d{1,3}(,\d{3})+)\.\d+")
# The input's rows read for its decimal mark: enough to meet a column of numbers.
_ROWS_FOR_DECIMALS = 100


def csv_form(source: str | os.PathLike | None, suffix: str, encoding: str = "utf-8") -> CsvForm:
    r"""How an output with ``suffix`` (.csv or .tsv) of the rows read from ``source`` in
    ``encoding`` is written, so that whoever opened ``source`` opens it alike (see
    :func:`first_file`).

    - Its byte-order mark when ``source`` begins with one (see :func:`input_marked`), or was read
      in an encoding other than UTF-8 (cp1252, Windows Excel's "CSV"; a Parquet file is read in
      none): the output is UTF-8, which Excel reads as such only after the mark, and without it
      in its code page.
    - A .csv of a .csv input: that input's separator (a semicolon, as Excel writes "CSV" in a
      locale whose decimal mark is a comma, or the character of its ``sep=`` line; see
      :func:`stance.csv_dialect.file_delimiter`), and its ``sep=`` line if it had one: written
      with commas, German or French Excel opened it as one column. A .tsv is always separated
      by tabs, and a .csv of another input by commas.
    - Separated by semicolons, its numbers (the confidences, the ``p_`` columns) are written with
      a decimal comma, which that Excel reads as a number ("0,81" where "0.81" was text), unless
      the input's first rows show decimal points (a cell "0.5" and none "0,5"). The input's own
      cells are text, written as read. Where a comma separates the cells, a decimal comma would
      need every number quoted, so numbers keep their point.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "excel.csv"
    ...     _ = path.write_bytes(b"\xef\xbb\xbfsep=;\r\nid;text;weight\r\n1;Hold the line.;0,5\r\n")
    ...     csv_form(path, ".csv"), csv_form(path, ".tsv").separator
    (CsvForm(byte_order_mark=True, separator=';', separator_line=True, decimal=','), '\t')
    """
    first = first_file(source) if source is not None else None
    if first is None:
        return CsvForm(separator=OUTPUT_SEPARATORS[suffix])
    from .csv_dialect import excel_separator, file_delimiter
    from .decoding import encoding_named, marked_encoding

    # A Parquet file is read in no encoding: an --encoding that read the other files (suggest's
    # --exclude ones) said nothing of the Excel this one came from. But a folder's or glob's .csv
    # files beside it were read in it, whichever file came first by name (a review).
    all_parquet = all(file.suffix.lower() == ".parquet" for file in files_read(source))
    read_in = "utf-8" if all_parquet else encoding_named(encoding)
    marked = input_marked(first) or read_in != "utf-8"
    if suffix != ".csv" or first.suffix.lower() != ".csv":
        return CsvForm(marked, OUTPUT_SEPARATORS[suffix])
    try:
        with open(first, "rb") as handle:
            start = handle.read(4)
        # A UTF-8 mark makes the file UTF-8 whatever encoding was given, as it was read (see
        # decoding.file_encoding): read in utf-16, its separator's line raised UnicodeError.
        encoding = marked_encoding(start) or ("utf-8" if start.startswith(b"\xef\xbb\xbf") else read_in)
        separator = file_delimiter(first, encoding)
    except (OSError, InvalidInputError):  # read already; what the reader took cannot have changed since
        return CsvForm(marked)
    return CsvForm(marked, separator, excel_separator(first, encoding) == separator,
                   _decimal_mark(first, encoding, separator) if separator == ";" else ".")


def _decimal_mark(path: Path, encoding: str, separator: str) -> str:
    """"," unless the first rows of the .csv file ``path`` hold a number with a decimal point
    and none with a decimal comma (see :func:`csv_form`)."""
    import itertools

    points = False
    try:
        with open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="",
                  errors="replace") as handle:
            for row in itertools.islice(csv.reader(handle, delimiter=separator), _ROWS_FOR_DECIMALS):
                for cell in row:
                    if _DECIMAL_COMMA.fullmatch(cell.strip()):
                        return ","
                    points = points or bool(_DECIMAL_POINT.fullmatch(cell.strip()))
    except (OSError, csv.Error):  # read already; a semicolon file is Excel's in a decimal-comma locale
        return ","
    return "." if points else ","


def _parquet_rows(handle: Any, like: str | os.PathLike | None, declared_by: Sequence[str | os.PathLike] | None,
                  name_lists: Sequence[Any], row_named: Callable[[int], str] | None,
                  read_as_text: Collection[str]) -> _ParquetRows:
    """The writer of a Parquet output into ``handle``, with the types and pandas metadata its
    Parquet input declares (see :func:`write_table_atomically`). Only a Parquet output asks:
    a CSV or JSON Lines output read no footer and needs no pyarrow, which ``stance score
    in.csv -o out.csv`` asked for (a traceback without it)."""
    # A folder's every file declares its types, as a glob's does ("stance score fold -o
    # out.parquet" wrote its int8 as int64 and its decimal128(9, 2) as decimal128(38, 2)).
    declared = (declared_by if declared_by is not None
                else files_read(like) if like is not None and os.path.isdir(like) else [like])
    # And its first file's pandas metadata, as a glob's first file's is carried: without it
    # pd.read_parquet read a folder's nullable Int8 ids back as float64.
    carried = _pandas_columns(first_file(like) if like is not None and os.path.isdir(like) else like)
    types = {name: kind for name, kind in _parquet_types(declared).items()
             if not (name in read_as_text and _is_binary(kind))}
    return _ParquetRows(handle, carried, name_lists, row_named, types)


class _CsvRows:
    """Parts written as CSV rows in the ``form`` of the input (see :func:`csv_form` and
    :func:`_write_part`), the header above the first, below Excel's ``sep=`` line if the input
    had one: cells that hold lists or objects as JSON text."""

    def __init__(self, handle: Any, form: CsvForm) -> None:
        self.handle, self.form, self.started = handle, form, False
        self.bytes_cells: dict[str, int] = {}  # a column's cells of bytes written as base64, for a warning

    def write(self, part: pd.DataFrame, names: list | None) -> None:
        if not self.started and self.form.separator_line:
            self.handle.write(f"sep={self.form.separator}{os.linesep}")
        header = (names or True) if not self.started else False
        self.started = True
        part = _with_bytes_as_base64(part, names, self.bytes_cells)
        _write_part(_with_json_containers(part), self.handle, sep=self.form.separator, header=header,
                    decimal=self.form.decimal)

    def close(self) -> None:
        pass


class _JsonLines:
    """Parts written as JSON Lines, one object a row, its keys the columns in order: the
    values the CSV output writes, a missing one (the ``stance`` of a ``none`` row) and an
    infinite number (JSON has none; counted by column, for a warning) as null, a number as
    one, a list or an object as JSON has it, non-ASCII as itself but for what
    ``str.splitlines()`` ends a line at, which is escaped (see :func:`stance.terminal._json_line`).

    >>> import io, pandas as pd
    >>> out = io.StringIO()
    >>> _JsonLines(out).write(pd.DataFrame({"labels": ["unity|deterrence"], "stance": [None], "p": [0.5]}), None)
    >>> out.getvalue()
    '{"labels": "unity|deterrence", "stance": null, "p": 0.5}\\n'
    """

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.infinities: dict[str, int] = {}  # a column's infinite numbers written as null, for a warning
        self.bytes_cells: dict[str, int] = {}  # a column's cells of bytes written as base64, for a warning

    def write(self, part: pd.DataFrame, names: list | None) -> None:
        terminal = forksafe.imported(".terminal")

        part = _with_bytes_as_base64(part, names, self.bytes_cells)
        keys = [str(name) for name in (names or part.columns)]
        for key, position in zip(keys, range(part.shape[1])):
            found = _infinite_count(part.iloc[:, position])
            if found:
                self.infinities[key] = self.infinities.get(key, 0) + found
        # A record was a dict, so a repeated name holds its last column's value where it first stands.
        last = {key: position for position, key in enumerate(keys)}
        # Each column encoded at once, and the records put together with one % format: encoding
        # cell by cell, a JSON Lines output of 200,000 rows took three times as long as a CSV one
        # (an audit). The escapes _json_line adds stand only inside strings, so one pass over the
        # part's text gives each record's.
        template = "{" + ", ".join(json.dumps(key, ensure_ascii=False).replace("%", "%%") + ": %s"
                                   for key in last) + "}\n"
        columns = [_json_column(part.iloc[:, position]) for position in last.values()]
        text = "".join(template % row for row in zip(*columns)) if columns else "{}\n" * len(part)
        self.handle.write(terminal.escaped_in_json(text))

    def close(self) -> None:
        pass


def _json_column(column: pd.Series) -> list[str]:
    """Each cell of ``column`` as the JSON a record writes it in (:func:`_json_cell`, then
    json.dumps): a numpy column of numbers at once, a text or None by json's own encoder, any
    other cell through :func:`_json_cell`.

    >>> import pandas as pd
    >>> _json_column(pd.Series([0.5, float("nan"), float("-inf")])), _json_column(pd.Series(["é", None]))
    (['0.5', 'null', 'null'], ['"é"', 'null'])
    """
    import numpy as np

    pd = forksafe.imported("pandas")
    finite_or_null = forksafe.imported(".terminal")._finite_or_null
    kind = column.dtype.kind if isinstance(column.dtype, np.dtype) else "?"  # "?": pandas' own dtypes
    # Only floats of at most 8 bytes give Python floats by tolist(): a long double's stay numpy's, and
    # their repr ("np.longdouble('0.1')") was written as the cell, no JSON; they go cell by cell below.
    if kind == "f" and column.dtype.itemsize <= 8:  # float.__repr__ is how json.dumps writes a float
        return [repr(value) if math.isfinite(value) else "null" for value in column.to_numpy().tolist()]
    if kind in "iu":
        return list(map(int.__repr__, column.to_numpy().tolist()))
    if kind == "b":
        return ["true" if value else "false" for value in column.to_numpy().tolist()]
    # pandas' text columns (string[pyarrow], which the CSV input gives) as str and None; any
    # other column's cells as iterating it gives them (a datetime64 column's as Timestamps)
    values = (column.to_numpy(dtype=object, na_value=None).tolist() if isinstance(column.dtype, pd.StringDtype)
              else column.to_numpy().tolist() if kind == "O" else list(column))
    encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes a str with
    return [encode(value) if type(value) is str else "null" if value is None
            else _json_of_cell(value, column.name, finite_or_null) for value in values]


def _json_of_cell(value: Any, name: Any, finite_or_null: Callable[[Any], Any]) -> str:
    """``value``, a cell of the column ``name``, as JSON text (:func:`_json_cell`, then json.dumps);
    one JSON has no type for (a numpy long double, a 0-d array) is refused naming the column, where
    json's TypeError, or _plain's "'float' object is not iterable", came from deep in the writer.

    >>> import numpy as np
    >>> _json_of_cell(np.array(0.5), "p", lambda value: value)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.exceptions.InvalidInputError: column 'p' holds a 0-d array (0.5), which JSON Lines cannot write; ...
    """
    import numpy as np

    try:
        return json.dumps(finite_or_null(_json_cell(value)), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        # by its dtype's name, which numpy 1 and 2 give alike ("float128"; the type's name is "longdouble" in 2 only)
        what = ("a 0-d array" if isinstance(value, np.ndarray) and value.ndim == 0
                else f"a {value.dtype.name}" if isinstance(value, np.generic) else f"a {type(value).__name__}")
        raise InvalidInputError(
            f"column {quoted(name)} holds {what} ({shortened(str(value))}), which JSON Lines cannot "
            f"write; convert the column to float, int or str first (df[{quoted(name)}].astype(float), say)") from None


def _infinite_count(column: pd.Series) -> int:
    """How many cells of ``column`` hold an infinite number (a float column's, or a float among
    an object column's values, as a JSON Lines input of mixed cells gives), which
    :func:`_json_cell` writes as null.

    >>> import pandas as pd
    >>> _infinite_count(pd.Series([1.0, float("inf"), -float("inf")])), _infinite_count(pd.Series(["a", float("inf")]))
    (2, 1)
    """
    import numpy as np

    if column.dtype.kind == "f":  # numpy's floats and pandas' Float64, whose NA is no infinity
        return int(np.isinf(column.to_numpy(dtype=float, na_value=np.nan)).sum())
    if column.dtype.kind == "O":
        return sum(isinstance(value, float) and math.isinf(value) for value in column)
    return 0


def _with_bytes_as_base64(part: pd.DataFrame, names: list | None, counted: dict[str, int]) -> pd.DataFrame:
    """``part`` with each cell of bytes (a Parquet ``binary`` column's, a hash say; a frame's
    Python bytes) as its base64 text (RFC 4648, ``base64.b64decode`` reads it back), for a CSV or
    JSON Lines output, which hold text: written as they were, they came out as Python's print
    form, ``b'\\xac\\xc9J'``, which no other tool reads back. Each column's cells of bytes are
    added to ``counted`` by its name (``names`` if given, as written), for a warning.

    >>> import pandas as pd
    >>> counted = {}
    >>> _with_bytes_as_base64(pd.DataFrame({"hash": [b"\\xff\\x00", None], "n": [1, 2]}), None, counted).hash.tolist()
    ['/wA=', None]
    >>> counted
    {'hash': 1}
    """
    pd = forksafe.imported("pandas")

    found = [position for position in range(part.shape[1]) if _may_hold_bytes(part.iloc[:, position])]
    if not found:
        return part
    keys = [str(name) for name in (names or part.columns)]
    part = part.copy()
    for position in found:
        column = part.iloc[:, position]
        cells = sum(isinstance(value, (bytes, bytearray)) for value in column)
        if not cells:
            continue
        counted[keys[position]] = counted.get(keys[position], 0) + cells
        encoded = [_base64_text(value) if isinstance(value, (bytes, bytearray)) else value for value in column]
        part.isetitem(position, pd.Series(encoded, index=part.index, dtype=object))
    return part


def _may_hold_bytes(column: pd.Series) -> bool:
    """Whether ``column`` could hold bytes in some cell: a column of Python objects that pandas
    finds bytes in (at C speed), alone or among other values, or one of Arrow's binary types."""
    pd = forksafe.imported("pandas")

    if isinstance(column.dtype, pd.ArrowDtype):
        return column.dtype.kind == "O" and "binary" in str(column.dtype.pyarrow_dtype)
    if column.dtype != object:
        return False
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    return inferred == "bytes" or inferred.startswith("mixed")


def _base64_text(value: bytes | bytearray) -> str:
    """``value`` as base64 text, the standard alphabet with padding (RFC 4648), as BigQuery and
    Spark write bytes in CSV and JSON.

    >>> _base64_text(b"\\x00\\x01\\xfe")
    'AAH+'
    """
    return forksafe.imported("base64").b64encode(value).decode("ascii")


def _warn_of_bytes(where: str, cells: dict[str, int]) -> None:
    """Warn that the CSV, TSV or JSON Lines output ``where`` (a file's quoted path, or "standard
    output", which ``-o -`` writes as its .csv would be written) wrote the cells of bytes ``cells``
    counts as base64 (see :func:`_with_bytes_as_base64`); nothing if it wrote none."""
    if cells:
        warn(_bytes_told(where, cells))


def _bytes_told(where: str, cells: dict[str, int]) -> str:
    """The warning of a CSV, TSV or JSON Lines output ``where`` (see :func:`_warn_of_bytes`)
    whose columns held the cells of bytes ``cells`` counts, written as base64 text (see
    :func:`_with_bytes_as_base64`).

    >>> _bytes_told("'out.csv'", {"hash": 2})  # doctest: +NORMALIZE_WHITESPACE
    "'out.csv': column 'hash' holds bytes (2 cells), written as base64 text (RFC 4648), which
    base64.b64decode reads back; a .parquet output keeps them as bytes"
    """
    held = ", ".join(f"column {name!r} holds bytes ({count} cell{'' if count == 1 else 's'})"
                     for name, count in cells.items())
    return (f"{where}: {held}, written as base64 text (RFC 4648), which base64.b64decode reads back; "
            "a .parquet output keeps them as bytes")


def _infinities_told(target: Path, infinities: dict[str, int]) -> str:
    """The warning of a JSON Lines output ``target`` whose columns held the infinite numbers
    ``infinities`` counts, written as null: JSON has no infinity, so a reader took them for
    missing values without a word (CSV and Parquet keep "inf").

    >>> _infinities_told(Path("out.jsonl"), {"w": 2, "x": 1})  # doctest: +NORMALIZE_WHITESPACE
    "'out.jsonl': column 'w' holds 2 infinite numbers, column 'x' holds 1 infinite number, written as
    null as a missing value is (JSON has no infinity); a .csv or .parquet output keeps them"
    """
    held = ", ".join(f"column {name!r} holds {count} infinite number{'' if count == 1 else 's'}"
                     for name, count in infinities.items())
    return (f"{str(target)!r}: {held}, written as null as a missing value is (JSON has no infinity); "
            "a .csv or .parquet output keeps them")


def _json_cell(value: Any) -> Any:
    """A cell as JSON holds it: a missing value (None, NaN, NaT, NA) and an infinite number as
    None, a numpy number as Python's, a list, an object or an array with its values so (see
    :func:`_plain`), anything JSON has no type for as :func:`_json_scalar` gives it.

    >>> import numpy as np, pandas as pd
    >>> [_json_cell(v) for v in (np.float64("nan"), pd.NA, np.int64(3), np.array([1, 2]), pd.Timestamp("2024-02-20"))]
    [None, None, 3, [1, 2], '2024-02-20T00:00:00']
    """
    import numpy as np

    from .names import is_missing

    if isinstance(value, (np.ndarray, dict, list, tuple)):
        return _plain(value)
    if is_missing(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    return value if isinstance(value, (str, int, bool)) else _json_scalar(value)


class _ParquetRows:
    """Parts written as the row groups of one Parquet file by pyarrow's ParquetWriter, its
    columns typed by the first part: text as strings, with lists and objects as JSON text as
    the CSV output writes them, numbers as numbers (``confidence`` and the ``p_`` columns
    doubles), timestamps and durations as themselves (a Parquet input's, which score_file
    leaves typed for a Parquet output), and a column the first part holds no value in as strings, but
    where a Parquet input declares it a number, a decimal, a bool or a time (``declared``, see
    :func:`_parquet_types`), which is written as that type whatever the first part holds: a sparse
    id column, null in the first 50,000 rows, stays int64, an int8 int8. A later part's value
    of another type is written as the CSV output writes it where the column is of strings,
    and refused where it is not, naming the column and its row (a chunk of text alone too,
    never parsed as numbers): one Parquet column holds one type.

    ``carried`` (see :func:`_pandas_columns`) holds the pandas metadata a Parquet input gives
    its columns, by name, with their Arrow types: an output column of the same name and type
    takes it, so that ``pd.read_parquet`` reads it as the input's (nullable Int64 ids with gaps
    as Int64, not as float64, where 9007199254740993 became ...992). The output's own columns
    have none, and read as pandas reads text and doubles; a Parquet file written without pandas'
    metadata (Spark's, Arrow's) gives none to carry.

    The columns ``name_lists`` names (a labels column of lists) are lists of strings, as the
    data gave them, not JSON text (see :func:`_name_list_column`). ``row_named`` names a
    refused value's row, counted from the output's start (see :func:`write_table_atomically`)."""

    def __init__(self, handle: BinaryIO, carried: dict[str, tuple[Any, dict]] | None = None,
                 name_lists: Sequence[Any] = (), row_named: Callable[[int], str] | None = None,
                 declared: dict[str, Any] | None = None) -> None:
        self.handle, self.writer, self.schema, self.carried = handle, None, None, carried or {}
        self.declared = declared or {}
        self.name_lists, self.row_named = set(name_lists), row_named
        self.rows = 0  # written before the next part: its rows are named from the output's start

    def write(self, part: pd.DataFrame, names: list | None) -> None:
        pa = forksafe.imported("pyarrow")
        pq = forksafe.imported("pyarrow.parquet")

        # A lone surrogate in a name (a loaded model's label "\ud800", its p_ column) has no
        # UTF-8, which Arrow's names are: written as its escape, as the CSV header writes it.
        keys = [_utf8_text(str(name)) for name in (names or part.columns)]
        # A Parquet input's lists, structs and maps stay so in a Parquet output (they were JSON text:
        # a list<string> of tags came back a string); other columns of containers are JSON text.
        typed = ({field.name: field.type for field in self.schema} if self.schema is not None else self.declared)
        nested = {column for column, key in zip(part.columns, keys)
                  if typed.get(key) is not None and pa.types.is_nested(typed[key])}
        part = _with_json_containers(part, kept=self.name_lists | nested)
        listed = [column in self.name_lists for column in part.columns]
        if self.schema is None:
            arrays = [_name_list_column(part.iloc[:, position]) if listed[position]
                      else self._first_array(part.iloc[:, position], key) for position, key in enumerate(keys)]
            self.schema = pa.schema([pa.field(key, array.type if array.type == self.declared.get(key)
                                              else _text_type(array.type)) for key, array in zip(keys, arrays)])
            self.schema = _with_pandas_columns(self.schema, self.carried)
            self.writer = pq.ParquetWriter(self.handle, self.schema)
        arrays = [_name_list_column(part.iloc[:, position]) if listed[position]
                  else _arrow_column(part.iloc[:, position], field.type, field.name, self.rows, self.row_named)
                  for position, field in enumerate(self.schema)]
        self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
        self.rows += len(part)

    def _first_array(self, values: pd.Series, key: str) -> Any:
        """The first part's column ``values`` as an Arrow array: of the type the Parquet input
        declares for it, if any, whatever values the part holds, so that the schema is one
        whatever the chunking (stance reads an int8 column with gaps, or a decimal128(9, 2), as
        Python objects, which pyarrow would type int64 and decimal128(3, 2) by the first part's
        values, and a part of no value as text); else of the type its values have."""
        declared = self.declared.get(key)
        if declared is not None:
            try:
                return _arrow_column(values, declared, key)
            except InvalidInputError:  # a glob whose first file has no rows: its rows are another file's
                pass
        return _arrow_column(values, None, key)

    def close(self) -> None:
        pa = forksafe.imported("pyarrow")
        pq = forksafe.imported("pyarrow.parquet")

        if self.writer is None:  # no part at all: a file of no columns and no rows
            self.writer = pq.ParquetWriter(self.handle, pa.schema([]))
        self.writer.close()


def _text_type(kind: Any) -> Any:
    """The Arrow type a Parquet output writes a column of the first chunk's type ``kind`` as:
    text of any kind as ``string`` (Parquet's UTF8, as pyarrow reads it back without a stored
    schema), so that the same data give the same schema whatever the chunking, whatever the
    first chunk holds, whichever pandas made the frame and whichever tool wrote a Parquet
    input (a JSON Lines column of text and numbers, written as text, came out ``string`` beside
    a clean chunk's ``large_string``, pandas 3's str, and files of two nights could not be
    stacked). A column of no value here (a chunk's flags, all None) is text too, as every value
    the CSV output holds is. An input's pandas metadata is carried to its text columns all the
    same (see :func:`_with_pandas_columns`). Decimals (read as Python's, which carry no
    precision) at the widest precision of their width and their scale, not the digits the first
    chunk's happen to need: a later chunk's 12345.67 after 1.10 was refused as "decimal128(3, 2) in
    the rows written before and other values".

    >>> import pyarrow as pa
    >>> str(_text_type(pa.large_string())), str(_text_type(pa.null())), str(_text_type(pa.int64()))
    ('string', 'string', 'int64')
    >>> str(_text_type(pa.decimal128(3, 2))), str(_text_type(pa.decimal256(40, 0)))
    ('decimal128(38, 2)', 'decimal256(76, 0)')
    """
    pa = forksafe.imported("pyarrow")
    textual = pa.types.is_null(kind) or pa.types.is_string(kind) or pa.types.is_large_string(kind)
    if pa.types.is_decimal128(kind):
        return pa.decimal128(38, kind.scale)
    if pa.types.is_decimal256(kind):
        return pa.decimal256(76, kind.scale)
    return pa.string() if textual else kind


def _pandas_columns(source: str | os.PathLike | None) -> dict[str, tuple[Any, dict]]:
    """The pandas metadata of the columns of the Parquet file ``source``, by their names in the
    file, each with its Arrow type: what :class:`_ParquetRows` carries to an output column of
    that name and type. Empty for another file, for none, and for a Parquet file without
    pandas' metadata or that cannot be read again (its rows were read: the output is written
    as always)."""
    if source is None or Path(source).suffix.lower() != ".parquet" or not os.path.isfile(source):
        return {}
    pq = forksafe.imported("pyarrow.parquet")
    try:
        schema = pq.read_schema(source)
        columns = (schema.pandas_metadata or {}).get("columns", [])
    except (OSError, ValueError, forksafe.imported("pyarrow").ArrowException):
        return {}
    names = set(schema.names)
    return {entry["field_name"]: (schema.field(entry["field_name"]).type, entry) for entry in columns
            if isinstance(entry, dict) and entry.get("field_name") in names}


def _parquet_types(sources: Iterable[str | os.PathLike | None]) -> dict[str, Any]:
    """The Arrow types the Parquet files ``sources`` (one file's, or a glob's or a folder's
    every file) declare for their columns of numbers, decimals, bools, times and bytes, by name: what
    :class:`_ParquetRows` writes such a column as, whatever the first part holds. A column two
    files declare differently (int8 in one, int64 or text in another) has none, and is typed by
    its first part's values as before: the first file's type would refuse the other's values.
    Empty if one of ``sources`` is another file, none, or cannot be read again (its rows were
    read: the output is written as always).

    >>> _parquet_types([None]), _parquet_types(["scores.csv"])
    ({}, {})
    """
    pa = forksafe.imported("pyarrow")
    pq = forksafe.imported("pyarrow.parquet")
    typed = (pa.types.is_integer, pa.types.is_floating, pa.types.is_decimal, pa.types.is_boolean,
             pa.types.is_temporal, _is_binary, pa.types.is_nested)
    declared: dict[str, Any] = {}
    differing: set[str] = set()
    for source in sources:
        if source is None or Path(source).suffix.lower() != ".parquet" or not os.path.isfile(source):
            return {}
        try:
            schema = pq.read_schema(source)
        except (OSError, ValueError, pa.ArrowException):
            return {}
        for field in schema:
            if declared.setdefault(field.name, field.type) != field.type:
                differing.add(field.name)
    return {name: kind for name, kind in declared.items()
            if name not in differing and any(test(kind) for test in typed)}


def _is_binary(kind: Any) -> bool:
    """Whether the Arrow type ``kind`` is one of bytes (``binary``, ``large_binary``,
    ``fixed_size_binary``): a column of bytes whose first chunk held none was written as text,
    its later bytes as their print form, ``"b'\\xff'"`` (see :func:`_parquet_types`).

    >>> import pyarrow as pa
    >>> _is_binary(pa.binary(16)), _is_binary(pa.string())
    (True, False)
    """
    pa = forksafe.imported("pyarrow")
    return pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_fixed_size_binary(kind)


def _with_pandas_columns(schema: Any, carried: dict[str, tuple[Any, dict]]) -> Any:
    """``schema`` with pandas' metadata for those of its fields that ``carried`` (see
    :func:`_pandas_columns`) holds with the same Arrow type; as it is if none. A column the
    output writes as another type (text where the input held numbers) is read as written."""
    pa = forksafe.imported("pyarrow")
    # Not a list's, struct's or map's: pandas reads them as objects without it, and an Arrow dtype's
    # ("list<item: string>[pyarrow]") is one pd.read_parquet refuses, "not understood".
    entries = [carried[field.name][1] for field in schema
               if field.name in carried and _same_type(carried[field.name][0], field.type)
               and not pa.types.is_nested(field.type)]
    if not entries:
        return schema
    pandas = {"index_columns": [], "column_indexes": [], "columns": entries}
    return schema.with_metadata({b"pandas": json.dumps(pandas).encode()})


def _same_type(carried: Any, written: Any) -> bool:
    """Whether an input column of Arrow type ``carried`` is written as ``written``: text of
    either width is one type (:func:`_text_type` writes both as ``string``), whose pandas
    metadata (a ``string`` dtype's) holds for either."""
    pa = forksafe.imported("pyarrow")
    textual = (pa.types.is_string, pa.types.is_large_string)
    if any(test(carried) for test in textual) and any(test(written) for test in textual):
        return True
    return carried.equals(written)


def _arrow_column(values: pd.Series, kind: Any, name: str, start: int = 0,
                  row_named: Callable[[int], str] | None = None) -> Any:
    """The column ``values`` as an Arrow array of type ``kind`` (None: the type its values
    have); values of mixed types (a JSON Lines key that holds a number in one row and text in
    the next) as the CSV output writes them, as text, where the column is of text or none is
    set yet. Refused otherwise, naming the column ``name``, and a number that is not whole in a
    column of integers (2.5 beside 3) so too, naming its row, counted from ``start``, the row of
    ``values``' first, as ``row_named`` names it ("row N" if None). A lone surrogate in a text, which
    UTF-8 and so Arrow's strings cannot hold, is written as its escape, ``\\udcc3``, as the
    CSV output writes it (see :func:`_utf8_text`)."""
    pa = forksafe.imported("pyarrow")

    from .names import is_missing

    def row(position: int) -> str:
        return row_named(start + position) if row_named is not None else f"row {start + position}"

    # pyarrow parses a pandas column of text into numbers ("007" became 7) and casts bools and
    # numbers to each other, and times and numbers, where it refuses a text or a bool beside numbers:
    # each named by its row.
    if kind is not None and len(values) and values.isna().all():
        # As an all-null column of text is: pyarrow casts no float64 of NaN to a time ("Unsupported cast").
        return pa.nulls(len(values), type=kind)
    foreign = _first_of_another_type(values, kind) if kind is not None else None
    if foreign is not None:
        raise InvalidInputError(_another_type(name, kind, f"{quoted(foreign[1])} in {row(foreign[0])}"))
    finer = _first_finer(values, kind) if kind is not None else None
    if finer is not None:  # pyarrow refuses it in its words: "would lose data: 1704067200000001000"
        raise InvalidInputError(
            f"column {quoted(name)} holds {kind} in the rows written before and times finer than {kind.unit} in a "
            f"later chunk ({quoted(finer[1])} in {row(finer[0])}), which the column would cut; write the output as "
            f".csv or .jsonl, or give the column's times one unit")
    try:
        try:
            array = pa.array(values, type=kind, from_pandas=True)
        except UnicodeEncodeError:  # only then: the scan for surrogates costs every text column a pass
            values = values.map(_utf8_text)
            array = pa.array(values, type=kind, from_pandas=True)
        # A column of Python objects only: pyarrow refuses a fraction in a column of floats itself.
        integers = kind is not None and pa.types.is_integer(kind)
        cut = _first_fraction(values) if integers and values.dtype == object else None
        if cut is not None:
            raise InvalidInputError(_another_type(name, kind, f"{cut[1]!r} in {row(cut[0])}"))
        return array
    except (OverflowError, pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as error:
        textual = kind is not None and (pa.types.is_string(kind) or pa.types.is_large_string(kind))
        # An int past 64 bits (a JSON Lines id) fits no Parquet column of numbers, whatever the
        # chunking; beside a text, in a first chunk, it is of mixed types, written as text.
        # Only a column of integers: beside a float (JSON's 1e20 written whole), a first chunk is of
        # mixed types, written as text as before, and a later chunk of doubles is told its type.
        numeric = pa.types.is_integer(kind) if kind is not None else _integers_only(values)
        if numeric and kind is None and _first_too_big(values) is None:
            # Integers up to 2**64-1, none negative, beside a gap (a Parquet uint64 id column with nulls,
            # which stance reads as Python ints): pyarrow infers int64 and overflows, but holds them unsigned.
            return pa.array(values, type=pa.uint64(), from_pandas=True)
        if numeric and (big := _first_too_big(values)) is not None:
            raise InvalidInputError(
                f"column {quoted(name)} holds an integer too large for Parquet ({big[1]} in {row(big[0])}), "
                f"whose integers run from -2**63 to 2**63-1 (to 2**64-1 without negatives); write the output as "
                f".csv or .jsonl, which keep it, or give the column as text (quoted in JSON Lines)") from None
        if kind is not None and not textual:
            raise InvalidInputError(_another_type(name, kind, str(error).splitlines()[0])) from None
        text = [None if is_missing(value) else _utf8_text(value if isinstance(value, str) else str(value))
                for value in values.tolist()]
        return pa.array(text, type=kind or pa.string())


def _name_list_column(values: pd.Series) -> Any:
    """A column of lists of names as an Arrow list of strings: each list's names as written
    (a null for a missing one), a missing cell null. Any other cell is refused (a TypeError):
    the caller writes a column as lists only when every cell of the data's is one or missing,
    and a text "gas|unity" made a list of that one name would read back as one label.

    >>> import numpy as np, pandas as pd
    >>> _name_list_column(pd.Series([["gas", "nuclear"], np.array(["none"]), None, [104]])).to_pylist()
    [['gas', 'nuclear'], ['none'], None, ['104']]
    """
    pa = forksafe.imported("pyarrow")

    from .names import _label_name, is_missing

    def names(cell: Any) -> list[str | None] | None:
        if not (isinstance(cell, (list, tuple)) or type_name(cell) == "ndarray"):
            if isinstance(cell, str) or not is_missing(cell):
                raise TypeError(f"{quoted(values.name)}: {cell!r} is not a list of names, in a column written as lists")
            return None
        return [None if is_missing(name) else name if isinstance(name, str) else _label_name(name) for name in cell]

    return pa.array([names(cell) for cell in values.tolist()], type=pa.list_(pa.string()))


def _another_type(name: str, kind: Any, what: str) -> str:
    """The refusal of a later chunk's values that column ``name``, of Arrow type ``kind``, cannot
    hold, ``what`` saying which."""
    return (f"column {quoted(name)} holds {kind} in the rows written before and other values in a later chunk "
            f"({what}), and a Parquet column holds one type; write the output as .csv or .jsonl, or give the "
            f"column one type")


def _first_of_another_type(values: pd.Series, kind: Any) -> tuple[int, Any] | None:
    """The position and value of the first of ``values`` (a later chunk's) that a column of
    Arrow type ``kind`` does not hold as its own type, or None: a text in a column of numbers,
    bools, times or dates, a bool among numbers, a number among bools, times among numbers and
    numbers among times, times without a zone among zoned ones and the reverse. pyarrow
    converts such a pandas column silently (a chunk of ids all text, "007", became 7 in a column
    of int64; True became 1, and 2.0 True; 3 became 3µs after 1970, a time 1704067200000000,
    and a time without a zone was shifted by the zone's offset), though it refuses one such value
    beside the others. Times of another zone are the same instants, written in the column's zone.

    >>> import pandas as pd, pyarrow as pa
    >>> _first_of_another_type(pd.Series(["007"], dtype="string"), pa.int64())
    (0, '007')
    >>> _first_of_another_type(pd.Series([None, True]), pa.float64())
    (1, True)
    >>> _first_of_another_type(pd.Series([1, 2.0]), pa.int64()) is None
    True
    >>> _first_of_another_type(pd.Series([None, 3]), pa.timestamp("us"))
    (1, 3.0)
    """
    import numpy as np

    pa = forksafe.imported("pyarrow")

    from .names import is_missing

    numeric, boolean = pa.types.is_integer(kind) or pa.types.is_floating(kind), pa.types.is_boolean(kind)
    temporal = pa.types.is_temporal(kind)
    if _is_binary(kind):  # pyarrow encodes a text into bytes: a decoded text column is no column of bytes
        return next(((position, value) for position, value in enumerate(values.tolist())
                     if not is_missing(value) and not isinstance(value, (bytes, bytearray))), None)
    if not (numeric or boolean or temporal):  # text (a categorical's too), lists
        return None
    held = values.dtype.kind
    if held in "mM" or (temporal and held in "iufb"):  # one type throughout, but not the column's
        if _times_alike(values.dtype, kind):
            return None

        def foreign(value: Any) -> bool:
            return True
    elif held not in "OSU" and not (numeric and held == "b") and not (boolean and held in "iuf"):
        return None  # one type throughout (numbers among numbers), which pyarrow converts or refuses whole
    else:
        def foreign(value: Any) -> bool:
            if isinstance(value, (str, bytes)):
                return True
            if numeric:
                return isinstance(value, (bool, np.bool_))
            if temporal:  # a number pyarrow would read as a time since 1970; a date (date32) among times
                return isinstance(value, numbers.Number) or (
                    pa.types.is_timestamp(kind) and isinstance(value, datetime.date)
                    and not isinstance(value, datetime.datetime))
            return boolean and not isinstance(value, (bool, np.bool_))

    return next(((position, value) for position, value in enumerate(values.tolist())
                 if not is_missing(value) and foreign(value)), None)


def _first_finer(values: pd.Series, kind: Any) -> tuple[int, Any] | None:
    """The position and value of the first of ``values`` (times or durations) finer than the
    unit of ``kind``, a column of timestamps or durations, or None: a file's timestamp[ns] with a
    microsecond after another's timestamp[ms].

    >>> import pandas as pd, pyarrow as pa
    >>> times = pd.Series(pd.to_datetime(["2024-01-01 00:00:00", "2024-01-01 00:00:00.000001"], format="ISO8601"))
    >>> _first_finer(times, pa.timestamp("ms")), _first_finer(times, pa.timestamp("us"))
    ((1, Timestamp('2024-01-01 00:00:00.000001')), None)
    """
    pa, pd = forksafe.imported("pyarrow"), forksafe.imported("pandas")

    if values.dtype.kind not in "mM" or not (pa.types.is_timestamp(kind) or pa.types.is_duration(kind)):
        return None
    # Zoned times are floored in UTC: pandas floors a zone's wall clock and puts it back in the zone,
    # which raised "Cannot infer dst time" (exit 1) for a time in the hour a clock goes back twice
    # (2024-10-27 02:08 in Europe/Warsaw). A zone's offset is whole seconds, so either floor cuts alike.
    if isinstance(values.dtype, pd.ArrowDtype):  # pandas before 2.1 has neither tz_convert nor floor for these
        arrow = pa.array(values)
        per = _TICKS_A_SECOND[arrow.type.unit] // _TICKS_A_SECOND[kind.unit]  # ticks of this column to the other's
        if per <= 1:  # no coarser than the other's unit: nothing it holds is finer
            return None
        # ticks since the epoch in UTC, whatever the zone: a time is finer when they are no multiple of per
        ticks = arrow.cast(pa.int64()).fill_null(0).to_numpy()
        cut = arrow.is_valid().to_numpy(zero_copy_only=False) & (ticks % per != 0)
    else:
        instants = values.dt.tz_convert("UTC") if zone_of(values.dtype) is not None else values
        cut = (values.notna() & (instants.dt.floor(kind.unit) != instants)).to_numpy()
    return next(((int(position), values.iloc[position]) for position in cut.nonzero()[0]), None)


_TICKS_A_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}


def _times_alike(dtype: Any, kind: Any) -> bool:
    """Whether a pandas column of ``dtype`` (a kind of times, or of numbers) holds the times a
    column of Arrow type ``kind`` holds: times among timestamps, zoned (in any zone) or not as
    they are, pandas' own dtypes or Arrow's (see :func:`stance.times.zone_of`), durations
    among durations, or Arrow's dates among dates. pandas gives Arrow's dates (``date32[pyarrow]``)
    the kind of its times, ``"M"``: they are dates all the same, not times at midnight (pandas'
    own dtypes hold dates as objects, which :func:`_first_of_another_type` reads one by one).

    >>> import pandas as pd, pyarrow as pa
    >>> _times_alike(pd.DatetimeTZDtype(tz="UTC"), pa.timestamp("us", tz="Europe/Berlin"))
    True
    >>> _times_alike(pd.Series(pd.to_datetime(["2024-01-01"])).dtype, pa.timestamp("us", tz="UTC"))
    False
    >>> _times_alike(pd.ArrowDtype(pa.timestamp("s", tz="UTC")), pa.timestamp("us", tz="Europe/Berlin"))
    True
    >>> dates = pd.ArrowDtype(pa.date32())
    >>> _times_alike(dates, pa.date32()), _times_alike(dates, pa.timestamp("us"))
    (True, False)
    """
    pa = forksafe.imported("pyarrow")

    arrow = getattr(dtype, "pyarrow_dtype", None)
    dates = arrow is not None and pa.types.is_date(arrow)
    if pa.types.is_date(kind):
        return dates
    if pa.types.is_timestamp(kind):
        return dtype.kind == "M" and not dates and (kind.tz is None) == (zone_of(dtype) is None)
    return pa.types.is_duration(kind) and dtype.kind == "m"


def _first_fraction(values: pd.Series) -> tuple[int, Any] | None:
    """The position and value of the first number among ``values`` (Python objects, as a JSON
    Lines chunk of ints and floats is read) that is not whole, or None. pyarrow cuts such a float
    to an integer silently (2.5 beside 3 became 2), where it refuses a column of floats alone.

    >>> import pandas as pd
    >>> _first_fraction(pd.Series([None, 3, 2.0, 2.5], dtype=object)), _first_fraction(pd.Series([3, 2.0]))
    ((3, 2.5), None)
    """
    from .names import is_missing

    for position, value in enumerate(values.tolist()):
        if (isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral) and not is_missing(value)
                and not float(value).is_integer()):
            return position, value
    return None


def _integers_only(values: pd.Series) -> bool:
    """Whether every value of ``values`` is an integer (bools aside) or missing."""
    from .names import is_missing

    return all(is_missing(value) or (isinstance(value, numbers.Integral) and not isinstance(value, bool))
               for value in values.tolist())


def _first_too_big(values: pd.Series) -> tuple[int, int] | None:
    """The position and value of the first integer among ``values`` that no 64-bit Parquet
    integer holds beside the others (past 2**64-1, or past 2**63-1 beside a negative, where the
    column cannot be unsigned), or None. A gap (None, NaN) is no obstacle: an unsigned column
    holds nulls (see :func:`_arrow_column`).

    >>> import pandas as pd
    >>> _first_too_big(pd.Series([2**64, -1], dtype=object)), _first_too_big(pd.Series([2**63, -1, 2**64]))
    ((0, 18446744073709551616), (2, 18446744073709551616))
    >>> _first_too_big(pd.Series([-1, 2**63], dtype=object)), _first_too_big(pd.Series([2**63, 1], dtype=object))
    ((1, 9223372036854775808), None)
    >>> _first_too_big(pd.Series([2**63 - 1, -2**63], dtype=object)) is None
    True
    >>> _first_too_big(pd.Series([2**64 - 1, None], dtype=object)) is None
    True
    """
    if values.dtype != object:  # numpy's integers are of 64 bits at most
        return None
    integers = [(position, value) for position, value in enumerate(values.tolist())
                if isinstance(value, numbers.Integral) and not isinstance(value, bool)]
    for position, value in integers:  # past any 64 bits first: the likelier to be named
        if not -2**63 <= value < 2**64:
            return position, int(value)
    unsigned = all(value >= 0 for _, value in integers)
    return None if unsigned else next(((position, int(value)) for position, value in integers if value >= 2**63), None)


def _utf8_text(value: Any) -> Any:
    """``value``, if text, with each lone surrogate (half of a UTF-16 pair, which a JSON Lines
    input can escape) as its escape, as the .csv, .tsv and .jsonl outputs write it; other
    values as they are.

    >>> _utf8_text("Arm \\udcc3 Ukraine"), _utf8_text(3)
    ('Arm \\\\udcc3 Ukraine', 3)
    """
    return value.encode("utf-8", "backslashreplace").decode("utf-8") if isinstance(value, str) else value


def as_written(source: str | os.PathLike, encoding: str = "utf-8") -> Callable[[list], dict[Any, str]] | None:
    """For the scored rows of ``source``, what to write in the output's header for the
    columns whose header cell a .csv or .tsv ``source`` leaves empty (as ``DataFrame.to_csv()``
    writes its index): the empty name, not pandas' "Unnamed: 0", so that the output keeps
    the input's header as written. None for other files. The header is read again in
    ``encoding``, the one the rows were read in: read as UTF-8, R's ``write.csv(...,
    fileEncoding = "latin1")`` file failed with a traceback after its rows were scored."""
    from .tables import empty_header_names

    if "://" in str(source):
        return None
    # A folder's first file, whose header comes first, as a glob's output takes its first file's: a folder
    # named as a table ("out.csv/", Spark's) was read as that file, and its output failed "Is a directory".
    path = first_file(source) if os.path.isdir(source) else Path(source)
    if path is None or path.suffix.lower() not in (".csv", ".tsv"):
        return None
    return lambda columns: empty_header_names(path, columns, encoding)


def write_file_atomically(target: str | os.PathLike, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file beside ``target`` and rename that into place once it
    returns, as :func:`write_csv_atomically` does a table: ``target`` appears whole or not at
    all, and not after an interrupt the command received (an image drawn after a Ctrl-C
    that Python dropped in a finalizer)."""
    with _replacing(Path(target), "wb") as handle:
        write(handle)


@contextmanager
def _replacing(target: Path, mode: str, **options: Any) -> Iterator[Any]:
    """A new file beside ``target``, open in ``mode``, put in place of ``target`` when the
    block ends, or deleted if it raises or an interrupt arrived (``target`` untouched). Its
    errors are named by ``target``, the file the user asked for, not the hidden one. A
    symbolic link at ``target`` is kept, and the file it points to replaced, and so are the
    replaced file's permissions (see :func:`keep_mode`); a new file has the umask's."""
    written = followed(target)
    try:
        # Held: an interrupt raised inside NamedTemporaryFile once it has made the file, before
        # it returns the name, left the file behind (a Ctrl-C as the write began).
        with interrupts_held():
            # Closed by the with-block below; its name outlives it, to rename or delete the file.
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
                mode, delete=False, dir=written.parent, prefix=f".{_part_stem(written)}.", suffix=".part", **options)
    except OSError as error:
        raise _naming(error, target) from None
    try:
        raise_if_interrupted()  # one held above
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # An interrupt whose KeyboardInterrupt did not get here, during the write or before
        # it (`stance document -o` scores first): the command was stopped.
        raise_if_interrupted()
        keep_mode(handle.name, written, 0o666)  # NamedTemporaryFile creates 0600
    except InputReadError:  # the input's, named by it already: not the output's to name
        Path(handle.name).unlink(missing_ok=True)
        raise
    except OSError as error:
        Path(handle.name).unlink(missing_ok=True)
        raise _naming(error, target) from None
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    staged = getattr(_together, "parts", None)
    if staged is not None:  # put in place with the block's other outputs (see written_together)
        staged.append(_Part(handle.name, written, target))
        return
    _put_in_place([_Part(handle.name, written, target)])


class _Part(NamedTuple):
    """A whole output written beside its place: the hidden file (``name``), the file it
    replaces (``written``, through a link) and the path the user gave (``target``)."""

    name: str
    written: Path
    target: Path


# The outputs written inside written_together(), this thread's: None outside it.
_together = threading.local()


@contextmanager
def written_together() -> Iterator[None]:
    """Put the files the block writes (every table and image a command writes, see
    :func:`_replacing`) in place only once the block ends without error, all of them; if it
    raises, delete them, the files they would replace untouched. ``stance document -o c.csv
    --plot c.png`` put the table in place, then failed to draw (a full disk, ``ulimit -f``):
    a failed command had replaced the user's c.csv with the new table.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as name:
    ...     first, second = Path(name) / "a.txt", Path(name) / "b.txt"
    ...     try:
    ...         with written_together():
    ...             write_file_atomically(first, lambda handle: handle.write(b"new"))
    ...             made = first.exists()
    ...             raise OSError("the second output failed")
    ...     except OSError:
    ...         pass
    ...     made, sorted(os.listdir(name))
    (False, [])
    """
    if getattr(_together, "parts", None) is not None:  # inside another: that one puts them in place
        yield
        return
    staged: list[_Part] = []
    _together.parts = staged
    try:
        yield
    except BaseException:
        for part in staged:
            Path(part.name).unlink(missing_ok=True)
        raise
    finally:
        _together.parts = None
    _put_in_place(staged)


def _put_in_place(parts: list[_Part]) -> None:
    """Rename each of ``parts`` onto its output, all or none: the files all but the last
    would replace are first set aside (see :func:`_set_aside`), and if a rename fails, or an
    interrupt comes (a library's Ctrl-C, which no handler holds), those put in place are
    undone and the rest deleted. A plot whose rename failed (a folder with ``chattr +a``)
    had left the table in place of the user's. A failure is named by its output."""
    placed: list[_Part] = []
    aside: list[_Aside] = []
    try:
        with interrupts_held():  # in place and recorded as one step, for an interrupt to name them
            for part in parts[:-1]:  # the last one's rename is the step that needs no undoing
                aside.append(_set_aside(part))
            for part in parts:
                try:
                    os.replace(part.name, part.written)
                except OSError as error:
                    raise _naming(error, part.target) from None
                placed.append(part)
            for part in parts:
                note_written(part.target)
    except BaseException:
        _undo(parts, placed, aside)
        raise
    for kept in aside:  # every output in place: the old files are not needed, linked or moved aside
        if kept.name:
            with suppress(OSError):
                os.unlink(kept.name)
    for part in parts:
        _remove_stale_parts(part.written)
    raise_if_interrupted()  # one held above


class _Aside(NamedTuple):
    """The file an output replaces, kept for :func:`_undo`: its hidden name (None when there
    was no file), and whether it was moved there (``moved``) or is a second link to it."""

    name: str | None
    moved: bool


def _set_aside(part: _Part) -> _Aside:
    """Keep the file ``part`` will replace under a hidden name beside it, to put back if
    another output fails: a hard link, which leaves the file in place meanwhile, or, where the
    file system has none (FAT), the file itself moved; one that cannot be moved cannot be
    replaced either, and is refused, named by its output, before any output is put in place."""
    if not os.path.lexists(part.written):
        return _Aside(None, moved=False)
    for _ in range(8):  # another name if one is taken
        name = str(part.written.parent / f".{_part_stem(part.written)}.{os.urandom(4).hex()}.old")
        try:
            os.link(part.written, name)
            return _Aside(name, moved=False)
        except FileExistsError:
            continue
        except OSError:
            break
    else:  # eight names taken: none to move it to without writing over another file
        raise _naming(FileExistsError(17, "File exists", name), part.target)
    try:
        os.rename(part.written, name)
    except OSError as error:
        raise _naming(error, part.target) from None
    return _Aside(name, moved=True)


def _undo(parts: list[_Part], placed: list[_Part], aside: list[_Aside]) -> None:
    """Put back the files ``placed`` replaced (deleting those that replaced none) and those
    moved aside, and delete the parts not placed: the outputs are as they were. Errors are
    passed over: the one that stopped the write is the one to tell."""
    for at, part in enumerate(parts):
        kept = aside[at] if at < len(aside) else _Aside(None, moved=False)
        if part not in placed:
            with suppress(OSError):
                os.unlink(part.name)
        if kept.name and (kept.moved or part in placed):
            with suppress(OSError):
                os.replace(kept.name, part.written)
        elif kept.name:  # a second link to a file that was never replaced
            with suppress(OSError):
                os.unlink(kept.name)
        elif part in placed:  # a new file, where there was none
            with suppress(OSError):
                os.unlink(part.written)


# What a part's hidden name adds to its output's: ".", "." and eight characters, ".part".
_PART_ADDS = 15


def _part_stem(written: Path) -> str:
    """The output's name as its parts' names hold it (see :func:`hidden_stem`)."""
    return hidden_stem(written.name, written.parent, _PART_ADDS)


def _remove_stale_parts(written: Path) -> None:
    """Remove the temporary files that writes of ``written`` killed long ago (SIGKILL, a
    power cut) left beside it, as a model's save removes its killed saves' folders: those
    unchanged for ``LEFTOVER_AFTER`` seconds. A write in progress adds to its file every few
    seconds, so a recent one may be another run's and stays. The names matched are exactly
    those :func:`_replacing` makes (``NamedTemporaryFile`` adds eight letters, digits or
    underscores; a long name is cut as :func:`_part_stem` cuts it), not a user's ``.x.csv.mine.part``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     old, new = Path(folder, ".x.csv.abcd_123.part"), Path(folder, ".x.csv.efgh_456.part")
    ...     _ = old.write_text(""), new.write_text(""), os.utime(old, (0, 0))
    ...     _remove_stale_parts(Path(folder, "x.csv"))
    ...     sorted(p.name for p in Path(folder).iterdir())
    ['.x.csv.efgh_456.part']
    """
    LEFTOVER_AFTER = forksafe.imported(".persistence").LEFTOVER_AFTER

    name = re.compile(rf"\.{re.escape(_part_stem(written))}\.[a-z0-9_]{{8}}\.part")
    try:
        with os.scandir(written.parent) as entries:
            for entry in entries:
                # Its last write: a part is never moved aside, as a model's folder is (a move
                # marks only the change time, which a model's leftovers are timed by).
                if (name.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                        and time.time() - entry.stat(follow_symlinks=False).st_mtime > LEFTOVER_AFTER):
                    os.unlink(entry.path)
    except OSError:  # the output is written; what is left beside it can wait for the next write
        return


def _under_header(part: pd.DataFrame, header: list, source: str) -> pd.DataFrame:
    """A later part's columns in the order of the header written from the first part."""
    if sorted(map(str, part.columns)) != sorted(map(str, header)):
        raise InvalidInputError(f"{source!r}: a later chunk has the columns {quoted_list(part.columns)}, "
                                f"where the output's header has {quoted_list(header)}")
    return part[header]


def _with_json_containers(part: pd.DataFrame, kept: Collection[Any] = ()) -> pd.DataFrame:
    """``part`` with the lists, dicts and numpy arrays in its cells (Parquet's list, struct
    and map columns, JSONL's arrays and objects) as JSON text: ``["a", "b"]``, ``{"n": 1}``;
    the columns ``kept`` as they are (a Parquet output's lists of names).

    Written as they are, they would come out in a Python or numpy print form no other tool
    reads back: ``['a', 'b']``, ``[None, True]``, and for a numpy array one that drops
    values ("[   0    1    2 ... 1997 1998 1999]" for 2,000 numbers).

    >>> import numpy as np, pandas as pd
    >>> _with_json_containers(pd.DataFrame({"ids": [np.arange(3), "x", {"a": None}]})).ids.tolist()
    ['[0, 1, 2]', 'x', '{"a": null}']
    """
    import numpy as np

    pd = forksafe.imported("pandas")

    containers = (np.ndarray, dict, list, tuple)
    columns = [column for column in part.columns if column not in kept and _may_hold_containers(part[column])
               and any(isinstance(value, containers) for value in part[column])]
    if not columns:
        return part
    part = part.copy()
    for column in columns:
        texts = [_json_text(value) if isinstance(value, containers) else value for value in part[column]]
        try:
            part[column] = pd.Series(texts, index=part.index)
        except UnicodeEncodeError:
            # pandas 3 makes a column of only text its Arrow strings, which refuse a lone
            # surrogate (a JSONL list's "a\\udcc3"); kept as objects, the writers escape it.
            part[column] = pd.Series(texts, index=part.index, dtype=object)
    return part


def _may_hold_containers(column: pd.Series) -> bool:
    """Whether ``column`` could hold a list or dict in some cell: every cell counts (a JSONL
    key may hold text in one row and a list in the next), and pandas tells at C speed the
    columns of one kind of scalar (text, as pandas before 3 keeps it; ids; times), which
    cannot. A list is no scalar kind, so a column with one is "mixed" to pandas."""
    pd = forksafe.imported("pandas")

    return column.dtype == object and pd.api.types.infer_dtype(column, skipna=True).startswith("mixed")


def _json_text(value: Any) -> str:
    """``value`` as JSON, its keys in their order, non-ASCII as itself (the file is UTF-8).

    >>> _json_text({"b": [None, True], "a": "é"})
    '{"b": [null, true], "a": "é"}'
    """
    return json.dumps(_plain(value), ensure_ascii=False, default=_json_scalar)


def _json_scalar(value: Any) -> Any:
    """A value JSON has no type for: a time in ISO 8601, a numpy number as its Python
    one, bytes as base64 (see :func:`_base64_text`), anything else (a Decimal) as its text."""
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, (bytes, bytearray)):
        return _base64_text(value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _plain(value: Any) -> Any:
    """``value`` with every numpy array in it, however deep, as a list, and a float JSON
    cannot write (NaN, infinity) as None: ``NaN`` is no JSON, and other tools refuse it."""
    import numpy as np

    if isinstance(value, np.ndarray):
        if value.dtype.kind in "mM":  # tolist() would give nanoseconds as bare integers
            return [str(item) for item in value]
        return [_plain(item) for item in (value if value.dtype == object else value.tolist())]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):  # a Parquet map: [(key, array), …]
        return [_plain(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bytes, bytearray)):  # a Parquet list of binary: as a column of bytes is written
        return _base64_text(value)
    return value


def _write_part(part: pd.DataFrame, handle: Any, *, sep: str, header: bool | list, decimal: str = ".") -> None:
    r"""Write ``part``'s rows to ``handle`` as CSV, lines ending as pandas ends them
    (``os.linesep``), a cell quoted when it holds the separator, a quote, a newline or a
    carriage return, and no other; floats with the ``decimal`` mark.

    Python's csv module (before 3.13) leaves a cell with a bare carriage return unquoted when
    lines end in "\n": read back, its row split in two. Parts holding one had every text
    quoted, which made the output depend on which chunk a row fell in (``--chunk-size``).
    Such a part is written with lines ending in "\r\n", which quotes the cells holding
    either character, and its line ends (those outside quotes) are then put back: each
    cell is written alike in any part. A NUL, which the csv module of Python 3.10 will not
    write, is written through a stand-in there (see :func:`_nul_stood_in`), as 3.11 writes it.

    >>> import io, pandas as pd
    >>> out = io.StringIO()
    >>> _write_part(pd.DataFrame({"text": ["one\rtwo", 'say "no" now'], "n": [1, 2]}), out, sep=",", header=True)
    >>> out.getvalue().replace(os.linesep, "\n")
    'text,n\n"one\rtwo",1\n"say ""no"" now",2\n'
    """
    stand_in = None
    if not _CSV_WRITES_NUL and _holds_character(part, "\x00", header):
        part, header, stand_in = _nul_stood_in(part, header)
    carriage_return = os.linesep != "\r\n" and _holds_character(part, "\r", header)
    if not carriage_return and stand_in is None:
        part.to_csv(handle, sep=sep, index=False, header=header, quoting=csv.QUOTE_MINIMAL, decimal=decimal)
        return
    written = part.to_csv(None, sep=sep, index=False, header=header, quoting=csv.QUOTE_MINIMAL, decimal=decimal,
                          lineterminator="\r\n" if carriage_return else os.linesep)
    if carriage_return:
        # A cell holding a quote is quoted, its quotes doubled, so a "\r\n" outside the quoted
        # stretches ends a line: each stretch is matched whole, and kept as it is.
        written = re.sub(r'"[^"]*"|\r\n', lambda match: os.linesep if match.group() == "\r\n" else match.group(),
                         written)
    if stand_in is not None:
        written = written.replace(stand_in, "\x00")
    handle.write(written)


# Python's csv module before 3.11 refuses to write a NUL ("need to escape, but no escapechar
# set": inside it, NUL stood for "no escape character"); from 3.11 it writes one as it is, in a
# cell left unquoted. A text holding one stopped `stance score` there with that bare error.
_CSV_WRITES_NUL = sys.version_info >= (3, 11)
# Characters of Unicode's private use area, which no csv dialect treats as special: a NUL is
# written as the first of them that the part does not hold, then put back.
_NUL_STAND_INS = tuple(chr(code) for code in range(0xE000, 0xE100))


def _nul_stood_in(part: pd.DataFrame, header: bool | list) -> tuple[pd.DataFrame, bool | list, str]:
    r"""``part`` (and a ``header`` list) with every NUL of a text or a column's name replaced by
    a private-use character that ``part`` does not hold, and that character.

    >>> import pandas as pd
    >>> stood, header, stand_in = _nul_stood_in(pd.DataFrame({"text": ["a\x00b", None], "n": [1, 2]}), True)
    >>> stood.text[0] == "a" + stand_in + "b", stand_in == "\ue000", header
    (True, True, True)
    """
    pd = forksafe.imported("pandas")

    stand_in = next((character for character in _NUL_STAND_INS if not _holds_character(part, character, header)),
                    None)
    if stand_in is None:  # 256 private-use characters all in one part: nothing else can stand in
        raise InvalidInputError("a text holds a NUL character, which Python's csv module before 3.11 cannot "
                                "write; write the output as .jsonl or .parquet, or use Python 3.11 or later")

    def swapped(value: Any) -> Any:
        return value.replace("\x00", stand_in) if isinstance(value, str) else value

    columns = []
    for position in range(len(part.columns)):
        values = part.iloc[:, position]
        if values.dtype.kind in "biufcmM":
            columns.append(values)
        elif isinstance(values.dtype, pd.StringDtype):
            columns.append(values.str.replace("\x00", stand_in, regex=False))
        else:  # object, or a categorical, whose categories would not hold the new values
            columns.append(pd.Series([swapped(value) for value in values.tolist()], index=values.index, dtype=object))
    stood = pd.concat(columns, axis=1, keys=range(len(columns)))
    stood.columns = [swapped(column) for column in part.columns]
    if isinstance(header, list):
        header = [swapped(name) for name in header]
    return stood, header, stand_in


def _holds_carriage_return(part: pd.DataFrame) -> bool:
    r"""Whether a text cell (or a column's name) holds a carriage return, which Python's csv
    module (before 3.13) leaves unquoted when lines end in "\n" (see :func:`_write_part`).

    >>> import pandas as pd
    >>> _holds_carriage_return(pd.DataFrame({"text": ["one\rtwo"], "n": [1]}))
    True
    >>> _holds_carriage_return(pd.DataFrame({"text": pd.array(["one", None, "two\r"], dtype="string")}))
    True
    """
    return _holds_character(part, "\r")


def _holds_character(part: pd.DataFrame, character: str, header: bool | list = True) -> bool:
    """Whether a text cell of ``part``, a column's name or a name of a ``header`` list holds
    ``character``.

    >>> import pandas as pd
    >>> _holds_character(pd.DataFrame({"text": ["a\\x00b"]}), "\\x00"), _holds_character(pd.DataFrame({"n": [1]}), "1")
    (True, False)
    """
    pd = forksafe.imported("pandas")

    names = list(part.columns) + (header if isinstance(header, list) else [])
    if any(character in str(name) for name in names):
        return True
    for position in range(len(part.columns)):
        values = part.iloc[:, position]
        if values.dtype.kind in "biufcmM":
            continue
        # A column of pandas' strings is searched whole: taken a value at a time, an Arrow
        # one boxed each (1.2 million cells of 200,000 rows took a second of a 7 s scoring).
        if isinstance(values.dtype, pd.StringDtype):
            if values.str.contains(character, regex=False).any():
                return True
        elif any(isinstance(value, str) and character in value for value in values.tolist()):
            return True
    return False


# The machine's failures, not the input's or the arguments': a full disk or quota, a file-size
# limit (ulimit -f), a failing or read-only disk, too many open files, too little memory, and
# a server that cannot be reached (a ConnectionError: a Dask scheduler that is down).
# The command line exits 1 for these and 2 for what the user can fix in the call.
SYSTEM_ERRNOS = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS", "ENOMEM",
                                                            "EMFILE", "ENFILE") if hasattr(errno, name))


def system_failure(error: BaseException) -> bool:
    """Whether ``error`` is the machine's failure rather than the input's: running out of
    memory, an OSError whose errno is one of ``SYSTEM_ERRNOS``, or a server that cannot be
    reached (a ConnectionError; a pipe its reader closed is none).

    >>> system_failure(OSError(errno.ENOSPC, "No space left on device")), system_failure(MemoryError())
    (True, True)
    >>> system_failure(ConnectionError("cannot reach a Dask scheduler")), system_failure(BrokenPipeError())
    (True, False)
    >>> system_failure(FileNotFoundError(errno.ENOENT, "No such file or directory")), system_failure(OSError("x"))
    (False, False)
    """
    if isinstance(error, ConnectionError):  # a scheduler that is down: a batch job retries, not fixes
        return not isinstance(error, BrokenPipeError)
    return isinstance(error, MemoryError) or (isinstance(error, OSError) and error.errno in SYSTEM_ERRNOS)


def _naming(error: OSError, target: Path) -> OSError:
    from .file_types import unwritable

    # Windows' "Access is denied" of an output open in Excel: only a file that is there can be
    # open, and /sys/x.csv (root denied a new file there) was asked whether Excel held it.
    if isinstance(error, PermissionError) and os.path.lexists(followed(target)):
        return unwritable(target, error.errno)  # EPERM stays EPERM (a review)
    # One argument, as file_types.unwritable's, so that it reads without Python's "[Errno 2]";
    # of the class its errno makes (FileNotFoundError), with that errno set.
    named = type(OSError(error.errno, ""))(f"cannot write {str(target)!r}: {error.strerror}")
    named.errno = error.errno
    return named


class InputReadError(OSError):
    """An OSError met reading the input while its output is being written, named by the
    input: :func:`_replacing` names every other OSError by the output, and so told a disk's
    failure to read the input as "cannot write" the output. Its errno is the error's, so
    a system failure (see :func:`system_failure`) still exits 1."""


class _PartFailed(Exception):
    """An OSError raised in making a part to write (reading or scoring it: starting worker
    processes, say), carried past :func:`_replacing`, which names an OSError "cannot write"
    the output: a failure to start workers was told as "cannot write 's.csv'"."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _made_apart(parts: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``parts``, an OSError raised in making one carried as a :class:`_PartFailed`.

    >>> def failing():
    ...     raise OSError(24, "Too many open files")
    ...     yield
    >>> try:
    ...     next(_made_apart(failing()))
    ... except _PartFailed as failed:
    ...     print(failed.error)
    [Errno 24] Too many open files
    """
    iterator = iter(parts)
    while True:
        try:
            part = next(iterator)
        except StopIteration:
            return
        except OSError as error:
            raise _PartFailed(error) from None
        yield part


def _reading_named(chunks: Iterable[pd.DataFrame], source: Path) -> Iterator[pd.DataFrame]:
    """``chunks``, read from the file ``source``, an OSError raised in reading one raised as
    an :class:`InputReadError` naming ``source``.

    >>> def failing():
    ...     raise OSError(5, "Input/output error")
    ...     yield
    >>> next(_reading_named(failing(), Path("in.csv")))
    Traceback (most recent call last):
    ...
    stance.files.InputReadError: [Errno 5] cannot read 'in.csv': Input/output error
    """
    iterator = iter(chunks)
    while True:
        try:
            chunk = next(iterator)
        except StopIteration:
            return
        except InputReadError:
            raise
        except OSError as error:
            raise InputReadError(error.errno, f"cannot read {str(source)!r}: {error.strerror or error}") from None
        yield chunk


def keep_mode(made: str | os.PathLike, replaced: str | os.PathLike, new_mode: int) -> None:
    """Give the file or folder ``made``, about to be renamed over ``replaced``, the permission
    bits of ``replaced`` (and its owner and group, where this process may set them), as a shell's
    ``>`` keeps a file's: a private output (chmod 600) rewritten became 644 by the umask. Where
    nothing is replaced, ``new_mode`` less the umask, as ``open()`` makes a file.

    >>> import tempfile, stat
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     old, new = Path(folder, "out.csv"), Path(folder, ".out.csv.part")
    ...     _ = old.write_text("old"), new.write_text("new"), os.chmod(old, 0o600), os.chmod(new, 0o644)
    ...     keep_mode(new, old, 0o666)
    ...     oct(stat.S_IMODE(os.stat(new).st_mode))
    '0o600'
    """
    try:
        was = os.stat(replaced)
    except FileNotFoundError:
        os.chmod(made, new_mode & ~current_umask())
        return
    now = os.stat(made)
    if (now.st_uid, now.st_gid) != (was.st_uid, was.st_gid):  # before chmod: chown clears set-id bits
        # Only root, or the owner to a group of its own, may: the mode is kept all the same.
        with suppress(OSError):
            os.chown(made, was.st_uid, was.st_gid)
    # A file's set-id bits are not carried to new content, as a write clears them; a folder's
    # set-group-id (its files' group) is the folder's to keep.
    os.chmod(made, was.st_mode & (0o7777 if stat.S_ISDIR(was.st_mode) else 0o777))


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _csv_chunks(path: Path, chunk_size: int, extent: Extent, text_column: str, encoding: str = "utf-8"):
    if path.stat().st_size == 0:
        raise InvalidInputError(f"{str(path)!r} is empty: expected a header row and data rows")
    from .columns import EMPTY_HEADER, require_columns
    from .decoding import file_encoding
    from .delimited import iter_delimited
    from .tables import empty_header_names, read_errors_named

    encoding = file_encoding(path, encoding, warned=True)
    empty = None  # the columns whose header cell is empty, named so in a message (see EMPTY_HEADER)
    with read_errors_named(path, encoding), open(path, "rb") as handle:
        for chunk in iter_delimited(path, encoding=encoding, chunksize=chunk_size, keep_blank_lines=True,
                                    handle=handle, r_missing_in=[text_column]):
            extent.done = handle.tell()  # where the reader is: a little past the chunk's end, read ahead
            first = empty is None
            empty = list(empty_header_names(path, chunk.columns, encoding)) if first else empty
            if empty:
                chunk.attrs[EMPTY_HEADER] = empty
            # Read from the path, which a missing column's message says. A text_column that is
            # no str is left to score_checked, which tells what to pass instead.
            if first and isinstance(text_column, str):
                _title_told(path, encoding, chunk, text_column)
                require_columns(chunk, {"text_column": text_column}, read_from_path=True)
            yield chunk


def _title_told(path: Path, encoding: str, chunk: pd.DataFrame, text_column: str) -> None:
    """Refuse the file ``path`` whose first ``chunk`` lacks ``text_column`` as read below a
    title line ("Survey responses" above a blank line and "id,text"), as a larger chunk, which
    reaches the header's wider line, is refused: in chunks of one row the first is the blank
    line's, and the message named no such column among the title's."""
    from .record_lines import title_line_above

    if text_column not in chunk.columns:
        titled = title_line_above(path, encoding)
        if titled is not None:
            raise InvalidInputError(f"cannot read {str(path)!r}: {titled}")


def _text_column_checked(chunks: Iterator[pd.DataFrame], text_column: Any) -> Iterator[pd.DataFrame]:
    """``chunks`` of a Parquet or JSONL file, the first refused without ``text_column`` as read
    from that path: a column named "id|text" in it is told so, not to be read with pd.read_csv,
    which reads neither (score_checked, given the chunk, knew no path). A text_column that is
    no str is left to score_checked, which tells what to pass instead."""
    from .columns import require_columns

    for number, chunk in enumerate(chunks):
        if number == 0 and isinstance(text_column, str):
            require_columns(chunk, {"text_column": text_column}, read_from_path=True, delimited=False)
        yield chunk


def _jsonl_chunks(path: Path, chunk_size: int, extent: Extent, text_column: str, encoding: str = "utf-8"):
    """A JSON Lines file in chunks of rows with the same columns, each read as
    :func:`stance.tables.read_table` reads the whole; an empty file, as no rows."""
    from .decoding import file_encoding
    from .tables import read_errors_named

    jsonl = forksafe.imported(".jsonl")

    if jsonl.holds_no_lines(path):  # blank lines only, as an empty file: no rows, not "no JSON object"
        yield jsonl.no_rows(path, text_column, blank_lines=path.stat().st_size > 0)
        return
    encoding = file_encoding(path, encoding, warned=True)
    with read_errors_named(path, encoding), open(path, "rb") as handle:
        for chunk in jsonl.iter_jsonl(path, chunksize=chunk_size, encoding=encoding, handle=handle):
            extent.done = handle.tell()
            yield chunk


def _parquet_chunks(path: Path, chunk_size: int, extent: Extent, text_column: str, *, times_as_text: bool = True):
    """A Parquet file in batches of rows (read whole when pyarrow is not installed), the
    bytes of its ``text_column`` read as text as :func:`stance.tables.read_table` reads them;
    with ``times_as_text`` (for a text output), its timestamps and durations as text, in one
    form per column whatever the chunking (see :mod:`stance.times`)."""
    from .parquet_files import refuse_repeated_columns, require_parquet
    from .tables import read_table

    require_parquet()
    try:
        pa = forksafe.imported("pyarrow")
        pq = forksafe.imported("pyarrow.parquet")
    except ImportError:  # fastparquet, read whole
        yield read_table(path, text_columns=[text_column])
        return
    try:
        parquet = pq.ParquetFile(path)
    except Exception:  # not Parquet, or damaged: read_table names the problem
        yield read_table(path, text_columns=[text_column])
        return
    refuse_repeated_columns(path, parquet.schema_arrow.names)
    index = parquet_index(parquet.schema_arrow, path)
    if parquet.metadata.num_rows == 0:
        readable_by_pandas = forksafe.imported(".parquet_files").readable_by_pandas
        yield index_as_columns(readable_by_pandas(parquet.schema_arrow.empty_table()).to_pandas(), index, 0)
        return
    layouts = _time_layouts(parquet, chunk_size, index) if times_as_text else {}
    start = 0
    batches = parquet.iter_batches(batch_size=chunk_size)
    while True:
        try:
            batch = next(batches, None)
        except (ValueError, OSError) as error:  # a damaged page: pyarrow's OSError was named as the output's
            if system_failure(error):
                raise
            line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise InvalidInputError(f"cannot read {str(path)!r} (its rows from row {start}): {line}") from None
        if batch is None:
            return
        extent.done += batch.num_rows
        try:
            part = parquet_part(pa.Table.from_batches([batch]), index, start, [text_column])
        except forksafe.imported(".parquet_files").PANDAS_CANNOT_READ as error:  # a dtype pandas cannot read back
            if not forksafe.imported(".parquet_files").dtype_unreadable(error):
                raise
            raise forksafe.imported(".parquet_files").unreadable(path, error) from None
        yield as_text(part, layouts)
        start += batch.num_rows


def parquet_part(table: Any, index: ParquetIndex, start: int, text_columns: Iterable[Any]) -> pd.DataFrame:
    """The rows of a Parquet file from row ``start`` (counted from 0), an Arrow ``table``, as
    the output holds them: the bytes of its ``text_columns`` read as text, as
    :func:`stance.tables.read_table` reads them, integer columns with gaps as integers, and the
    file's ``index`` (see :func:`parquet_index`) as the first columns. One file's chunks and
    the partitions of a glob are read so alike."""
    parquet_files = forksafe.imported(".parquet_files")

    # integer_object_nulls, as read_table: ids with gaps stay integers.
    table = parquet_files.readable_by_pandas(parquet_files.binary_as_text(table, text_columns))
    frame = table.to_pandas(integer_object_nulls=True)
    return index_as_columns(frame, index, start)


@dataclass(frozen=True)
class ParquetIndex:
    """The index pandas recorded in a Parquet file, which the output keeps as its first
    columns, ``names``: as the file stores its levels (``stored``, which Arrow gives back as
    the frame's index), or as a RangeIndex's ``start`` and ``step``, which pandas records in
    place of a column. No ``names``: nothing to keep."""

    names: tuple[str, ...] = ()
    stored: bool = True
    start: int = 0
    step: int = 1


# The column in which Dask's to_parquet stores a default index (dd.from_pandas(...).to_parquet):
# its rows' positions, which the output left out before Dask's reader was replaced (a review).
DASK_DEFAULT_INDEX = "__null_dask_index__"


def parquet_index(schema: Any, source: str | os.PathLike, default: bool = False) -> ParquetIndex:
    """The index of the Parquet file ``source`` (its Arrow ``schema``) that the output keeps: any pandas
    wrote, named as ``reset_index()`` names it (by its name; unnamed, ``index``, or
    ``level_0``, ``level_1``, … for levels), but pandas' default (0, 1, 2, … unnamed), which
    holds nothing, unless ``default`` (a glob whose other files keep one). One named as a
    column is, or as another of its levels, is refused: the output has one header.

    Read from the file's pandas metadata, not from a chunk's frame: a chunk of a RangeIndex,
    which pandas records by its bounds, is no longer that range, and Arrow gave it the
    default index, unnamed (``row_id`` was written for a file of one chunk, not of two).

    >>> import pandas as pd, pyarrow as pa
    >>> frame = pd.DataFrame({"text": ["a", "b"]}, index=pd.RangeIndex(100, 102, name="row_id"))
    >>> parquet_index(pa.Schema.from_pandas(frame), "in.parquet")
    ParquetIndex(names=('row_id',), stored=False, start=100, step=1)
    >>> parquet_index(pa.Schema.from_pandas(frame.reset_index(drop=True)), "in.parquet").names
    ()
    """
    pandas = schema.pandas_metadata or {}  # none: not written by pandas
    recorded = pandas.get("index_columns") or []
    named = {column.get("field_name"): column.get("name") for column in pandas.get("columns") or []}
    ranges = [level for level in recorded if isinstance(level, dict)]
    if not recorded or (ranges and (len(recorded) > 1 or ranges[0].get("kind") != "range")):
        return ParquetIndex()  # none, or none pandas writes: nothing known to keep
    if recorded == [DASK_DEFAULT_INDEX] and not default:
        return ParquetIndex()  # Dask's default index, stored as a column: what Dask's own reader left out
    levels = ([ranges[0].get("name")] if ranges else [named.get(field) for field in recorded])
    bounds = ranges[0] if ranges else {}
    if not default and ranges and levels == [None] and bounds.get("start", 0) == 0 and bounds.get("step", 1) == 1:
        return ParquetIndex()  # pandas' default: its rows' positions
    columns = [name for name in schema.names if name not in recorded]
    names = tuple(str(level) if level is not None
                  else ("index" if "index" not in columns else "level_0") if len(levels) == 1 else f"level_{position}"
                  for position, level in enumerate(levels))
    # pandas stores an index named as a column under another name (__index_level_0__), and
    # reset_index() refused it in pandas' traceback.
    taken = [position for position, name in enumerate(names) if name in columns or name in names[:position]]
    if taken:
        name = names[taken[0]]
        raise InvalidInputError(
            f"{str(source)!r}: its index, which the output keeps as a column, would be named {quoted(name)} "
            f"({'its name' if levels[taken[0]] is not None else 'as reset_index() names an unnamed one'}), as "
            f"{'a column' if name in columns else 'another of its levels'} is; rename it (df.rename_axis(...)) "
            f"or leave it out (df.to_parquet(..., index=False)) and write the file again")
    if ranges:
        return ParquetIndex(names, stored=False, start=int(bounds.get("start", 0)), step=int(bounds.get("step", 1)))
    return ParquetIndex(names)


def index_as_columns(frame: pd.DataFrame, index: ParquetIndex, start: int) -> pd.DataFrame:
    """``frame``, the rows of a Parquet file from row ``start`` (counted from 0), with the
    file's ``index`` as its first columns (the output is written without an index)."""
    pd = forksafe.imported("pandas")

    if not index.names:
        return frame
    if index.stored:
        levels = [frame.index.get_level_values(position) for position in range(len(index.names))]
    else:
        first = index.start + index.step * start
        levels = [pd.RangeIndex(first, first + index.step * len(frame), index.step)]
    frame = frame.reset_index(drop=True)
    for position, (name, level) in enumerate(zip(index.names, levels)):
        frame.insert(position, name, level)
    return frame


def _time_layouts(parquet: Any, chunk_size: int, index: ParquetIndex) -> dict[str, TimeLayout]:
    """The form each timestamp or duration column of a Parquet file is written in, chosen
    from all its values (read alone, in batches) so that every chunk is written alike."""
    pa = forksafe.imported("pyarrow")

    names = [field.name for field in parquet.schema_arrow
             if pa.types.is_timestamp(field.type) or pa.types.is_duration(field.type)]
    if not names:
        return {}
    # With every stored level of the index kept, which Arrow gives back as the index only whole.
    stored = [level for level in (parquet.schema_arrow.pandas_metadata or {}).get("index_columns") or []
              if isinstance(level, str)] if index.names and index.stored else []
    readable_by_pandas = forksafe.imported(".parquet_files").readable_by_pandas

    return merged(layouts_of(index_as_columns(readable_by_pandas(batch).to_pandas(), index, 0))
                  for batch in parquet.iter_batches(batch_size=chunk_size, columns=list(dict.fromkeys(names + stored))))


def _bar(enabled: bool, extent: Extent | None):
    if not enabled:
        return None
    bar = forksafe.imported(".progress_bars").bar

    if extent is None:  # rows counted, with nothing to count them against
        return bar(unit="stmt", desc="scoring")
    return bar(extent.total, unit=extent.unit, unit_scale=extent.unit == "B", desc="scoring")


def _advance(bar: Any, extent: Extent | None, rows: int, written: int) -> None:
    """Move the bar on by a part of ``rows`` rows (``written`` so far), or to the extent reached."""
    if extent is None:  # to the rows written: batches of them moved it on as they were scored
        bar.update(written - bar.n)
        return
    if extent.unit != "stmt":  # bytes are the measure; the rows are worth seeing too
        bar.set_postfix_str(f"{written:,} rows", refresh=False)
    bar.update(min(extent.done, extent.total) - bar.n)

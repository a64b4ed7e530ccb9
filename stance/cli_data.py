"""What several ``stance`` commands make of the same flags: the model of ``--model`` and
``--sha256``, a labelled table (DATA) and the columns of it read as text, ``--stance-column`` and
``--none-label``, and a table of rows written to ``-o`` (checked before the work, written after).
"""

from __future__ import annotations

import argparse
import contextlib
import warnings
from collections.abc import Iterator, Sequence
from typing import Any


def _none_label(value: str, data: Any = None, labels_column: str | None = None) -> str | None:
    """``--none-label`` as ``none_label``: "None" or "" is a scheme without an off-topic label,
    except that "None" names the data's own label when they have one called so (else no
    flag could name it, and the advice to pass --none-label 'None' went round in a circle).

    >>> import pandas as pd
    >>> _none_label("None"), _none_label(""), _none_label("None", pd.DataFrame({"labels": ["a", "b|None"]}), "labels")
    (None, None, 'None')
    """
    from .label_cells import parse_label_set

    named = value == "None" and data is not None and labels_column in getattr(data, "columns", ())
    if named and any("None" in parse_label_set(cell) for cell in data[labels_column]):
        return "None"
    return None if value in ("None", "") else value


def _model(args: argparse.Namespace):
    """The model of ``--model`` (the bundled one without it), checked against ``--sha256``
    when given: in the load the command then uses, so no other files can take its place
    between a check and the use (as between `stance info` and the command)."""
    from .api import resolve_model

    # "bundled" names the bundled model here as --compare-with's does (./bundled is a folder)
    model = _bundled_or(getattr(args, "model", None))
    digest = getattr(args, "sha256", None)
    if digest is None:
        return resolve_model(model)
    from .api import load
    from .defaults import MODEL_INSTEAD, default_model_path, refuse_archived

    if model is None:
        refuse_archived("the bundled model", MODEL_INSTEAD)
    # Loaded afresh, not from the cache of models loaded by path: the files are read and checked now.
    return load(default_model_path() if model is None else model, sha256=digest)


def _refuse_flags_that_do_nothing(args: argparse.Namespace, inputs: Sequence[str], output: str | None) -> None:
    """Refuse, before any work, an ``--encoding`` when every file of ``inputs`` (a folder's, a
    glob's) is Parquet, which is read in no encoding, and a ``--bom`` without a .csv or .tsv
    ``output``, the only files that can begin with one: both were taken without a word, and
    the --encoding then put a byte-order mark on a .csv output, as if the input had been read
    in it (an audit). ``classify`` refuses its --encoding beside arguments so.

    >>> try:
    ...     _refuse_flags_that_do_nothing(argparse.Namespace(encoding="utf-8", bom=True), ["in.csv"], "out.jsonl")
    ... except ValueError as error:
    ...     print(str(error).split(", and ")[1])
    -o 'out.jsonl' is .jsonl; leave --bom out
    """
    from pathlib import Path

    from .files import files_read
    from .terminal import _Missing

    encoding = getattr(args, "encoding", "utf-8")
    if encoding != "utf-8":  # the default, however spelt (see stance.decoding.encoding_named)
        read = [files_read(source) for source in inputs]
        # Not while an input names no file (a glob of no match too): its own refusal says so.
        files = [file for found in read for file in found] if all(read) else []
        # Not while one is missing: a mistyped name (an --exclude beside a Parquet input too) was
        # told it is Parquet, and lost its "file not found" and "did you mean" (reviews).
        if files and all(file.suffix.lower() == ".parquet" and file.is_file() for file in files):
            if len(inputs) > 1:  # suggest's UNLABELLED and --exclude files
                read = f"{' and '.join(map(repr, inputs))} are all"
            else:
                read = f"{inputs[0]!r} is" if files == [Path(inputs[0])] else f"the files of {inputs[0]!r} are all"
            raise _Missing(f"--encoding {encoding} does nothing here: it reads .csv, .tsv and .jsonl files, and "
                           f"{read} Parquet, which holds its text in its own encoding; leave --encoding out")
    _refuse_sep_that_does_nothing(getattr(args, "sep", None), inputs)
    if getattr(args, "bom", False):
        suffix = Path(output).suffix.lower() if output else ""
        # Only a table's suffix: an -o of .gz, which no command writes, is refused by the output's
        # own check, which a "leave --bom out" came before (a review).
        if suffix not in (".csv", ".tsv") and (not output or suffix in (".jsonl", ".parquet")):
            given = f"-o {output!r} is {suffix or 'of no suffix'}" if output else "there is no -o"
            raise _Missing(f"--bom does nothing here: it begins a .csv or .tsv -o with UTF-8's byte-order mark, "
                           f"and {given}; leave --bom out")


def _refuse_sep_that_does_nothing(separator: str | None, inputs: Sequence[str]) -> None:
    """Refuse a ``--sep`` when no file of ``inputs`` is a .csv or .tsv, whose cells alone it
    separates: taken without a word, as an --encoding of Parquet files would be."""
    from .files import files_read
    from .terminal import _Missing

    if separator is None:
        return
    read = [files_read(source) for source in inputs]
    # Not while an input names no file or a missing one: its own refusal says so.
    files = [file for found in read for file in found] if all(read) else []
    if files and all(file.is_file() and file.suffix.lower() in (".jsonl", ".parquet") for file in files):
        shown = "tab" if separator == "\t" else repr(separator)
        raise _Missing(f"--sep {shown} does nothing here: it separates the cells of .csv and .tsv files, and "
                       f"{' and '.join(map(repr, inputs))} hold{'s' if len(inputs) == 1 else ''} none; leave --sep out")


def _refuse_output_in_model(args: argparse.Namespace, outputs: dict[str, str | None]) -> None:
    """Refuse, before any work, an output (``outputs``: each output option and its path) inside
    the folder of a model the command reads (``--model``, ``--compare-with``; the bundled
    model's without them): a model's folder holds its own files alone, and every later load
    of it refused the one written there ("holds files that are not part of the model"), so
    ``stance score in.csv --model m1 -o m1/scores.csv`` broke m1 (an audit).

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     try:
    ...         _refuse_output_in_model(argparse.Namespace(model=folder), {"-o": str(Path(folder) / "s.csv")})
    ...     except ValueError as error:
    ...         print(str(error).replace(folder, "m1").split(":")[0])
    -o 'm1/s.csv' is inside the folder of --model 'm1'
    """
    import os

    from .defaults import default_model_path
    from .terminal import _Missing

    for flag in ("--model", "--compare-with"):
        given = getattr(args, flag.lstrip("-").replace("-", "_"), None)
        if flag == "--compare-with" and given is None:  # no second model
            continue
        folder = _bundled_or(given, warn=False)
        folder = str(default_model_path()) if folder is None else folder
        if not os.path.isdir(folder):  # a missing model is the load's to name
            continue
        named = f"{flag} {folder!r}" if given not in (None, "bundled") else "the bundled model"
        for option, output in outputs.items():
            if output and _inside(output, folder):
                raise _Missing(f"{option} {output!r} is inside the folder of {named}: a model's folder holds its "
                               f"files alone, and every load of it would refuse the model for the file written "
                               f"there; write it outside the folder")


def _inside(path: str, folder: str) -> bool:
    """Whether ``path`` is within ``folder``, at any depth (a model's load refuses a subfolder
    too): by the folders themselves, so that a symbolic link or another spelling of the folder
    (``./m1``, ``M1`` where names ignore case) is found."""
    import os
    from pathlib import Path

    for parent in Path(os.path.abspath(path)).parents:
        try:
            if os.path.samefile(parent, folder):
                return True
        except OSError:  # a folder not made yet is no model's
            continue
    return False


def _refuse_output_among_inputs(data: str, output: str | None, *, reader: str, why: str) -> None:
    """Refuse, before any work, an -o that a later read of the folder or glob ``data`` would take
    for one of its files, whether or not it exists yet; ``reader`` is the command that reads it
    and ``why`` what the copies would do. A check's flagged rows were trained on and evaluated
    twice by every train or evaluate of the folder after it, without a word (an audit: 60 rows
    for 42); a score's or a suggest's output was refused by the next run as its input (an audit).

    >>> _refuse_output_among_inputs("labels/*.csv", "labels/issues.csv", reader="check", why="…")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    stance.terminal._Missing: -o 'labels/issues.csv' would be one of the files of glob 'labels/*.csv', ...
    """
    import os
    from pathlib import Path

    from .file_types import SUPPORTED_SUFFIXES
    from .tables import is_pattern
    from .terminal import _Missing

    if not output or Path(output).suffix.lower() not in SUPPORTED_SUFFIXES:
        return
    if os.path.isdir(data):
        inside = os.path.isdir(Path(output).parent) and os.path.samefile(Path(output).parent, data)
    elif is_pattern(data):
        inside = _glob_would_read(data, output)
    else:
        return
    if inside:
        kind = "folder" if os.path.isdir(data) else "glob"
        raise _Missing(f"-o {output!r} would be one of the files of {kind} {data!r}, which {reader} reads: {why}; "
                       f"write the result outside it")


def _glob_would_read(pattern: str, path: str) -> bool:
    """Whether ``glob.glob(pattern)``, as the folder's reader runs it, would match ``path`` once
    written: part by part, as glob matches, since fnmatch's ``*`` on the whole path also crosses
    a ``/`` ("data/*.csv" would take "data/results/issues.csv", which the reader never reads), and
    a part's wildcard takes no name that starts with a dot unless the pattern's part does.

    >>> _glob_would_read("data/*.csv", "data/issues.csv"), _glob_would_read("data/*.csv", "data/results/issues.csv")
    (True, False)
    >>> _glob_would_read("data/2024-*.csv", "data/2024-checked/issues.csv")
    False
    """
    import fnmatch
    import glob
    import os
    from pathlib import Path

    def parts(name: str, escaped: bool) -> tuple[str, ...]:
        if not os.path.isabs(name):  # the working folder's own name is no pattern
            name = os.path.join(glob.escape(os.getcwd()) if escaped else os.getcwd(), name)
        return Path(os.path.normpath(name)).parts

    wanted, have = parts(pattern, True), parts(path, False)
    return len(wanted) == len(have) and all(
        fnmatch.fnmatch(part, rule) and not (part.startswith(".") and not rule.startswith(".") and glob.has_magic(rule))
        for part, rule in zip(have, wanted))


def _bundled_or(model: str | None, warn: bool = True) -> str | None:
    """A --model or --compare-with value, with "bundled" as None: the bundled model, with a
    warning (unless ``warn`` is False: said once already) when a model's folder ``bundled`` is in
    the working folder, which the user may have meant (a model saved by ``stance train -o bundled``)
    and which was passed over without a word."""
    import os

    if model != "bundled":
        if model is not None and _meant_bundled(model):
            from .exceptions import ModelFormatError

            raise ModelFormatError(f"{model!r} does not exist; expected a saved stance model directory (did you "
                                   f"mean 'bundled', the packaged model?)")
        return model

    # A model's folder, not any folder of that name (./bundled of a site's logos was warned of).
    if warn and os.path.isfile(os.path.join("bundled", "metadata.json")):
        from .exceptions import StanceWarning

        warnings.warn("'bundled' names the packaged model; the folder ./bundled is not read: pass --model ./bundled "
                      "for it", StanceWarning, stacklevel=2)
    return None


def _meant_bundled(model: str) -> bool:
    """Whether ``model``, a name of no file or folder here, is "bundled" mistyped, or "default"
    (the bundled model is the default, and its checkout folder models/default): these were told
    only that they do not exist, the word the command reads for the packaged model unnamed.

    >>> [_meant_bundled(name) for name in ("bundle", "Bundled", "bundeld", "default", "build", "m/bundle")]
    [True, True, True, True, False, False]
    """
    import os

    from .bundled_names import meant_bundled  # the library's rule, so stance.load and --model hint alike

    if os.path.lexists(model):  # there: the load's to name
        return False
    return meant_bundled(model)


@contextlib.contextmanager
def _stance_left_out_on_purpose(args: argparse.Namespace) -> Iterator[None]:
    """Silence the library's warning about a "stance" column left out when
    ``--stance-column none`` asked for exactly that."""
    with warnings.catch_warnings():
        if args.stance_column in ("none", "None"):
            # "Stance" or "stance " as well (the filter ignores case)
            warnings.filterwarnings("ignore", message=r"the data has a '\s*stance\s*' column")
        yield


def _read_as_text(args: argparse.Namespace, stance: bool = True) -> list[str]:
    """The columns a command reads as text: its texts, labels and stance (``"stance"`` when
    ``--stance-column`` is not given), and evaluate's ``--by``, whose Parquet bytes are decoded
    (see :func:`stance.tables.binary_as_text`); without the stance, the columns whose unquoted
    NA is R's missing value (see :func:`stance.tables.read_table`).

    >>> _read_as_text(argparse.Namespace(text_column="t", labels_column="l", stance_column=None))
    ['t', 'l', 'stance']
    >>> _read_as_text(argparse.Namespace(text_column="t", labels_column="l", stance_column="s", by="party"), False)
    ['t', 'l', 'party']
    """
    # The groups of --by are named in the report: stored as bytes, they were shown as b'press'.
    by = getattr(args, "by", None)  # only evaluate has --by
    return [args.text_column, args.labels_column, *([args.stance_column or "stance"] if stance else []),
            *([by] if by is not None else [])]


def _read_labelled(args: argparse.Namespace):
    """A command's labelled table, DATA: its texts, labels, stance and ``--by`` read as text, its
    rows named by position as suggest names them (``-o``'s "row", and a row the table or a warning
    names), a stored index kept as columns, unread.

    Evaluate reads its data so, and chooses its stance column itself (see
    :func:`_labelled_data`, which train and check use)."""
    from .columns import require_columns
    from .file_types import is_delimited
    from .tables import read_table

    data = read_table(args.data, argument="DATA", text_columns=_read_as_text(args), stored_index_as_columns=True,
                      r_missing_in=_read_as_text(args, stance=False), encoding=args.encoding, labelled=True)
    # Told here, as the functions given the frame would tell it, but knowing it was read from its path: a
    # header read whole is then told what to do with the file, not to pass stance its path.
    require_columns(data, {"text_column": args.text_column, "labels_column": args.labels_column}, read_from_path=True,
                    delimited=lambda: is_delimited(args.data))
    return data


def _labelled_data(args: argparse.Namespace) -> tuple[Any, str | None]:
    """Train's and check's labelled table and its stance column (of ``--stance-column``, see
    :func:`_stance_column`), with a column they read still undecoded bytes refused, as
    ``train()`` refuses it for a path: the functions are given the frame read here, whose
    source they do not know."""
    from .tables import refuse_undecoded_columns

    data = _read_labelled(args)
    stance_column = _stance_column(args.stance_column, data, args.labels_column)
    refuse_undecoded_columns(data, (args.text_column, args.labels_column, stance_column), args.data)
    return data, stance_column


def _stance_column(given: str | None, data, labels_column: str) -> str | None:
    """``--stance-column``: not given, the column named "stance" if there is one and it is not
    the labels column; "none", no column; the labels column named, refused."""
    from .columns import require_columns, stance_column_apart

    if given is None:
        return "stance" if "stance" in data.columns and labels_column != "stance" else None
    if given in ("none", "None"):
        return None
    stance_column_apart(given, labels_column)
    require_columns(data, {"--stance-column": given})  # named: it must be there
    return given


def _write_rows(frame: Any, output: str, *, source: str, encoding: str = "utf-8", bom: bool = False,
                name_lists: Sequence[Any] = (), read_as_text: Sequence[Any] = ()) -> None:
    """A result table to a .csv, .tsv, .jsonl or .parquet file by its suffix, as ``stance
    score -o`` writes one, its row labels in a "row" column (``row_2``, ``row_3``, … when the
    file has one already, as suggest's own output does), atomically, or to standard output as
    CSV for "-" (see :func:`stance.files.write_table_to_stdout`); the columns of
    ``source`` (read in ``encoding``) with an empty header cell keep it, and its byte-order mark
    and separator are kept, as ``stance score`` keeps them; ``bom`` (--bom) writes the mark whatever;
    the columns ``name_lists`` names, of lists of names, stay lists in Parquet, and those
    ``read_as_text`` names (the texts, labels and stance the command read as text from a Parquet
    file's bytes) are text there, not the bytes the file declares, whatever rows are written (see
    :func:`stance.files.write_table_atomically`)."""
    from .columns import free_name
    from .files import as_written, to_stdout, write_table_atomically, write_table_to_stdout

    name = free_name("row", list(frame.columns))
    if to_stdout(output):  # -o -: the CSV a .csv file would hold
        write_table_to_stdout(frame.rename_axis(name).reset_index(), header_names=as_written(source, encoding),
                              like=source, like_encoding=encoding, bom=bom)
        return
    write_table_atomically([frame.rename_axis(name).reset_index()], output, source=source, progress=False,
                           allow_empty=True, header_names=as_written(source, encoding), like=source,
                           like_encoding=encoding, bom=bom, name_lists=name_lists, read_as_text=read_as_text)


def _check_table_output(output: str | None, source: str | None = None, other_formats: str | None = None,
                        *, any_format: bool = False, stdout: bool = False) -> None:
    """Refuse an output suffix, or an output that is the input ``source``, before the
    work, not after it; a suffix is told where ``other_formats`` are had (by default, the
    library's functions that return the rows). With ``any_format``, every suffix ``stance
    score -o`` writes is taken (.parquet refused without pyarrow, naming the extra); with
    ``stdout``, "-" (and /dev/stdout) too, standard output (suggest's and check's -o)."""
    from .files import to_stdout

    if output and not (stdout and to_stdout(output)):
        from .files import (
            LIBRARY_FORMATS,
            SCORE_FORMATS,
            SCORE_OUTPUT_SUFFIXES,
            check_output,
            refuse_input_as_output,
            refuse_unusable_output,
        )

        refuse_unusable_output(output, "-o")  # before the comparison with the input, which raised "[Errno 36]"
        if source is not None and source != "-":
            refuse_input_as_output(source, output)
        if any_format:
            check_output(output, other_formats or SCORE_FORMATS, SCORE_OUTPUT_SUFFIXES, argument="-o")
        else:
            check_output(output, other_formats or LIBRARY_FORMATS, argument="-o")

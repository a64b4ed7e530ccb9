"""``stance suggest`` and ``stance check``: the statements to label next, and the labelled rows
that look mislabelled, printed as a table or written to ``-o``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from .cli_data import (
    _check_table_output,
    _labelled_data,
    _model,
    _none_label,
    _refuse_flags_that_do_nothing,
    _refuse_output_among_inputs,
    _refuse_output_in_model,
    _stance_left_out_on_purpose,
    _write_rows,
)
from .cli_errors import EXIT_OK
from .cli_options import _model_options
from .exceptions import QUOTED_PATH_WIDTH, InvalidInputError, quoted, require_seed
from .files import to_stdout
from .terminal import _Missing, _shown, table_width


def cmd_suggest(args: argparse.Namespace) -> int:
    from .columns import require_columns
    from .decoding import one_encoding_for_several
    from .file_types import is_delimited
    from .labelling import _suggest
    from .tables import read_table

    _check_table_output(args.output, args.input, any_format=True, stdout=True)
    _refuse_flags_that_do_nothing(args, [args.input, *(args.exclude or ())], args.output)
    _refuse_output_in_model(args, {"-o": _file_output(args.output)})
    _refuse_output_among_inputs(args.input, args.output, reader="suggest",
                                why="the suggestions, copies of its rows, would be read again by every later "
                                    "suggest of it (and train or check, once filled in)")
    if _file_output(args.output):
        for labelled_file in args.exclude or ():
            _refuse_labelled_as_output(labelled_file, args.output)
    _check_suggest_flags(args)
    # A Parquet file's stored index as its first columns, as score writes it: -o's "row" is
    # then the row's position, as of a CSV file, not a sent_id that names several rows.
    try:
        frame = read_table(args.input, argument="UNLABELLED", text_columns=[args.text_column],
                           stored_index_as_columns=True, r_missing_in=[args.text_column], encoding=args.encoding)
    except InvalidInputError as error:
        if args.exclude:  # the --exclude files are read in the same --encoding
            raise one_encoding_for_several(error, "UNLABELLED and each --exclude file") from None
        raise
    # Read here, not from its path by _suggest: told as score tells it of a file with no header
    # row (its first statement offered or named as --text-column, that statement not scored).
    require_columns(frame, {"text_column": args.text_column}, read_from_path=True,
                    delimited=lambda: is_delimited(args.input))
    labelled = None
    # Each round's labels in a file of their own, each given with --exclude: the last alone was
    # read, and the rounds before it were suggested again (an audit).
    # Each file of a folder or glob by its own column too, as files given one by one are: read as
    # one frame, a file with "text" beside others with the pool's column had no texts (an audit).
    for labelled_file in args.exclude or ():
        try:
            reads = read_table(labelled_file, argument="--exclude", text_columns=[args.text_column, "text"],
                               r_missing_in=[args.text_column, "text"], encoding=args.encoding, by_file=True)
        except InvalidInputError as error:  # read in the pool's --encoding: its advice says so
            raise one_encoding_for_several(error, "UNLABELLED and each --exclude file") from None
        for read in reads:
            texts = _exclude_texts(read, labelled_file, args.text_column)
            if labelled is not None:
                import pandas as pd

                texts = pd.concat([labelled, texts])
            labelled = texts
    model = _model(args)
    if args.strategy == "stance" and not model.stance_classes:
        raise _Missing("--strategy stance needs a model with a stance head (train it on a stance column: "
                       "--stance-column); or use --strategy uncertainty")
    chosen, left_out, renamed = _suggest(model, frame, n=args.n, strategy=args.strategy, text_column=args.text_column,
                                max_similarity=args.max_similarity, random_state=args.random_state, encoding="utf-8",
                                exclude=labelled, pool_named=f"UNLABELLED {quoted(args.input, QUOTED_PATH_WIDTH)}")
    if labelled is not None:
        print(f"left out {left_out} statement{'s' if left_out != 1 else ''} already in "
              f"{', '.join(map(_shown, args.exclude))}", file=sys.stderr)
    if args.output:  # the file holds every suggestion, to fill in: no table of them too (check -o prints its -n)
        from .report import counted

        # The file's own columns come first, as they are (one named like a suggestion column as input_<name>).
        _write_rows(_to_fill_in(chosen, model), args.output, source=args.input, encoding=args.encoding,
                    bom=args.bom, read_as_text=[args.text_column])
        note = "".join(f"; its column {quoted(old)} is {quoted(new)}" for old, new in renamed.items())
        print(f"wrote {counted(len(chosen), 'suggestion')} to {_written_to(args.output)}{note}", file=sys.stderr)
    else:
        text_column = renamed.get(args.text_column, args.text_column)
        # The score of a text the model knows no word of is none (NaN): "-", as check prints one,
        # and the others to 3 places whatever the column holds (0.96 was "0.96" beside no ">0.999").
        print(_table(chosen, ["predicted_label", "second_label", "score", "reason", text_column], blank=["score"]))
    return EXIT_OK


def _file_output(output: str | None) -> str | None:
    """``-o`` when it names a file, None when there is none or it is standard output ("-"),
    which is no file to refuse inside a model's folder or as an --exclude file."""
    return None if to_stdout(output) else output


def _written_to(output: str) -> str:
    """Where ``-o`` wrote, as the line on stderr names it."""
    return "standard output" if to_stdout(output) else _shown(output)


def _to_fill_in(chosen: Any, model: Any) -> Any:
    """The suggestions with an empty ``labels`` column, and ``stance`` for a model with a stance
    head, after the pool's columns where the pool has none, for the annotator to fill in: train
    reads those, never the ``predicted_*`` columns, and a batch filled in by correcting
    ``predicted_labels`` was refused as having no labels column."""
    missing = [name for name in ("labels", "stance") if name not in chosen.columns
               and (name == "labels" or model.stance_classes)]
    if not missing:
        return chosen
    at = list(chosen.columns).index("predicted_label")
    return chosen.iloc[:, :at].assign(**dict.fromkeys(missing)).join(chosen.iloc[:, at:])


def _refuse_labelled_as_output(labelled: str, output: str) -> None:
    """Refuse an -o that is the --exclude file, or one of its folder's or glob's files: the
    suggestions would replace the labels."""
    from .files import files_read

    for file in files_read(labelled) if os.path.exists(output) else ():
        try:
            same = os.path.samefile(file, output)
        except OSError:  # --exclude is missing: its reader says so
            continue
        if same:
            named = "" if str(file) == labelled else f" ({str(file)!r} of {labelled!r})"
            raise _Missing(f"-o {output!r} is the --exclude file{named}, the statements labelled already; "
                           f"write the suggestions to another file")


def _check_suggest_flags(args: argparse.Namespace) -> None:
    """Refuse -n, --strategy, --random-state and --max-similarity by their flags, before the file is read:
    the library names its Python arguments (``strategy='x'``, ``max_similarity``… ``None``)."""
    from .labelling import STRATEGIES
    from .names import meant_all
    from .nearest import or_listed

    if args.n < 1:
        raise _Missing(f"-n must be a positive int, got {args.n}")
    if args.strategy not in STRATEGIES:
        close = meant_all(args.strategy, list(STRATEGIES))  # "entropi": entropy, "rand": random
        hint = f"did you mean {or_listed([f'--strategy {name}' for name in close])}? " if close else ""
        raise _Missing(f"--strategy {quoted(args.strategy)} is not known; {hint}choose one of {', '.join(STRATEGIES)}")
    require_seed("--random-state", args.random_state)  # numpy's own error names no flag
    if args.max_similarity is not None and not 0.0 <= args.max_similarity <= 1.0:
        raise _Missing(f"--max-similarity must be a number in [0, 1], or 'none' to keep near-duplicates; "
                       f"got {args.max_similarity}")


def cmd_check(args: argparse.Namespace) -> int:
    from .labelling import _find_label_issues

    _check_table_output(args.output, args.data, any_format=True, stdout=True)
    _refuse_flags_that_do_nothing(args, [args.data], args.output)
    _refuse_output_among_inputs(args.data, args.output, reader="check",
                                why="the flagged rows, copies of its rows, would be read again by every train, "
                                    "check or evaluate of it, and trained on twice")

    if args.n is not None and args.n < 1:
        raise _Missing(f"-n must be a positive int, got {args.n}")
    # The options the model will be trained with (stem=german for German labels): checked
    # with English stemming, every inflection of a German word was a word of its own.
    options = _model_options(args)
    data, stance_column = _labelled_data(args)
    with _stance_left_out_on_purpose(args):
        issues, renamed = _find_label_issues(
            data, args.text_column, args.labels_column, stance_column, args.folds, options.pop("random_state", 0),
            encoding="utf-8", source=args.data, none_label=_none_label(args.none_label, data, args.labels_column),
            progress=False if args.no_progress else None, **options)
    print(f"{len(issues)} row{'' if len(issues) == 1 else 's'} flagged ({args.folds}-fold "
          f"cross-validation); most suspicious first", file=sys.stderr)
    # A column of the data named like an issue column (suggest's score) is input_<name> in the result.
    labels_column, text_column = (renamed.get(name, name) for name in (args.labels_column, args.text_column))
    if args.output:
        # -o - is the printed rows, as CSV: -n, given, counts them as it counts the table's.
        written = issues.head(args.n) if to_stdout(args.output) and args.n is not None else issues
        # Lists or text by the whole input column, not the rows flagged: which rows are flagged
        # (--folds 2 or 3) gave the same data's labels one Parquet type or the other.
        lists = _all_lists(data[args.labels_column].tolist())
        written = _labels_for(written, labels_column, args.output, lists)
        _write_rows(written, args.output, source=args.data, encoding=args.encoding, bom=args.bom,
                    name_lists=[labels_column] if lists else [],
                    read_as_text=[name for name in (args.text_column, args.labels_column, stance_column) if name])
        # "them" read as every row flagged where -n wrote its first few (an audit: 3 of 150).
        them = ("them" if len(written) == len(issues) else "the most suspicious of them" if len(written) == 1
                else f"the {len(written)} most suspicious of them")
        print(f"wrote {them} to {_written_to(args.output)}", file=sys.stderr)
        if to_stdout(args.output):  # the rows alone on stdout, for a program or a braille display to read
            return EXIT_OK
    given = [labels_column] + ([renamed.get(stance_column, stance_column)] if stance_column else [])
    suggested = ["suggested_label"] + (["suggested_stance"] if stance_column else [])
    # A stance that is none (an off-topic row's, a rare label's suggestion) is "-" (-o writes an empty
    # cell); so is the score of a rare label no model saw, which none could judge ("NaN").
    print(_table(issues.head(args.n or CHECK_ROWS_PRINTED), ["issue", *given, *suggested, "score", text_column],
                 blank=given[1:] + suggested + ["score"]))
    return EXIT_OK


def _exclude_texts(read: Any, labelled_file: str, text_column: Any) -> Any:
    """The texts of ``read``, one file of ``--exclude labelled_file`` (or one of its folder's or
    glob's files), as a column named ``text_column``: by the pool's text column, or by its own
    ``text`` where it has none (see :func:`stance.labelling.exclude_text_column`); one with
    neither is refused, naming the file."""
    from .labelling import exclude_column_message, exclude_text_column
    from .tables import is_pattern

    column = exclude_text_column(read.columns, text_column)
    if column not in read.columns:
        from .columns import require_columns
        from .file_types import is_delimited

        where = quoted(labelled_file)
        if len(read) and (os.path.isdir(labelled_file) or is_pattern(labelled_file)):  # its file, by its rows
            where += f" (its file {quoted(str(read.index[0]).rsplit(':', 1)[0])})"
        try:
            require_columns(read, {"--text-column": text_column}, read_from_path=True,
                            delimited=lambda: is_delimited(labelled_file))
        except InvalidInputError as error:  # the pool has the column: say which file lacks it
            said = exclude_column_message(error, read, text_column, f"--text-column={quoted(text_column)}",
                                          "--text-column")
            raise InvalidInputError(f"--exclude {where}: {said}") from None
    return read[[column]].rename(columns={column: text_column})


def _labels_for(frame: Any, column: str, output: str, lists: bool) -> Any:
    """``frame`` as the output file ``output`` holds its labels: a .jsonl file keeps a column
    of lists as lists, as the data's other columns are kept, and so does a .parquet file when
    the data's whole labels column is lists (or missing cells, ``lists``: see :func:`_all_lists`),
    which it writes as a column of lists of strings; a CSV or TSV cell, which holds no list,
    takes them as "a|b" (see :func:`_labels_as_text`), and so does a Parquet column of lists
    beside text ("gas" in one row, ["gas", "unity"] in the next), which holds one type."""
    from .files import to_stdout

    suffix = "" if to_stdout(output) else os.path.splitext(output)[1].lower()
    if suffix == ".jsonl" or (suffix == ".parquet" and lists):
        return frame
    return _labels_as_text(frame, column)


def _all_lists(cells: list[Any]) -> bool:
    """Whether ``cells`` hold lists (or arrays) of names, a missing cell among them: a labels
    column a Parquet output keeps as lists."""
    from .exceptions import type_name
    from .names import is_missing

    listed = [isinstance(cell, (list, tuple)) or type_name(cell) == "ndarray" for cell in cells]
    return any(listed) and all(lists or is_missing(cell) for lists, cell in zip(listed, cells))


def _labels_as_text(frame: Any, column: str) -> Any:
    """``frame`` with label lists (a Parquet or JSON Lines labels column) joined as "a|b", the
    way a labels cell is read back; a CSV cell of a list was numpy's "['a' 'b']"."""
    from .label_cells import parse_label_set
    from .names import LABEL_SEPARATOR, is_missing

    cells = frame[column].tolist()
    if all(isinstance(cell, str) or is_missing(cell) for cell in cells):
        return frame
    return frame.assign(**{column: [cell if isinstance(cell, str) or is_missing(cell)
                                    else LABEL_SEPARATOR.join(parse_label_set(cell)) for cell in cells]})


# How many flagged rows stance check prints as a table when -n is not given.
CHECK_ROWS_PRINTED = 30

# What a printed table's cell holds for a missing value (no stance), as classify --details writes it.
MISSING = "-"


def _table(frame: Any, columns: list[str], blank: Sequence[str] = ()) -> str:
    """A plain-text table of some columns, long texts cut, indexed by row; the missing
    values of the ``blank`` columns (text: a stance) shown as "-", not "None" or "NaN", as
    classify --details shows one: a blank cell, read aloud, was skipped and the row read as
    though its next cell were this one's. Scores to 3 decimals as the library shows a figure
    (:func:`stance.report.rounded_as_shown`): a score of 0.9996 printed "1.000" beside a reason
    saying ">0.99", and 0.0004 "0.000"; they are ">0.999" and "<0.001" (-o files keep the numbers)."""
    from .report import rounded_as_shown

    if frame.empty:
        return "(none)"
    shown = rounded_as_shown(frame[columns])
    for column in blank:
        cells = shown[column]
        if cells.dtype.kind == "f":  # as the numbers of the column print, not 1.0 beside 0.873
            cells = cells.map("{:.3f}".format)
        shown[column] = cells.astype(object).where(shown[column].notna(), MISSING)
    return _fitted(shown, columns[-1], table_width())


# How wide a printed table's cell may be, and how narrow its texts are cut to fit COLUMNS.
CELL_WIDTH, NARROWEST_TEXT = 80, 20


def _fitted(shown: Any, text_column: str, width: int | None) -> str:
    """``shown`` as a plain table, its cells cut at CELL_WIDTH, and the cells of
    ``text_column`` cut further (to no fewer than NARROWEST_TEXT columns) so that each line
    fits in ``width`` (see :func:`stance.terminal.table_width`; None: no limit). Only the
    texts: the labels, stances and scores are what the table is read for."""
    from .explain import plain_table  # labels a model's metadata.json names, and the texts: escaped
    from .graphemes import width as columns_of  # a Chinese character takes two, as pandas pads it

    table, cut = plain_table(shown, max_colwidth=CELL_WIDTH), CELL_WIDTH
    for _ in range(3):  # escapes and wide characters may leave it a little over after one cut
        over = max(map(columns_of, table.splitlines()), default=0) - width if width else 0
        if over <= 0 or cut <= NARROWEST_TEXT:
            break
        cut = max(cut - over, NARROWEST_TEXT)
        texts = [_cut(text, cut) for text in shown[text_column]]
        table = plain_table(shown.assign(**{text_column: texts}), max_colwidth=CELL_WIDTH)
    return table


def _cut(text: Any, limit: int) -> Any:
    """``text`` ended by "..." at ``limit`` columns of a terminal, as pandas' max_colwidth ends
    a cell, between grapheme clusters (an accent or an emoji's parts are not cut apart).

    >>> _cut("We stand together.", 9), _cut("北约必须保持团结。", 7)
    ('We sta...', '北约...')
    """
    from .graphemes import cut_columns

    return cut_columns(text, limit, "...") if isinstance(text, str) else text

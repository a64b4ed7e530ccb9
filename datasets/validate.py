"""Validate the labelled corpus against ANNOTATION.md: python datasets/validate.py [FOLDER]

Checks the schema (no column outside it), the label vocabulary, stance consistency, sources,
registers, exact duplicates and near-duplicates (TF-IDF cosine of word 1-2-grams at or above
NEAR_DUPLICATE) within the corpus and of a held-out statement (the seed article's, the
probes' and the challenge set's: see held_out_sets), naming each row by file and line as an
editor counts them, and prints the corpus' composition and its nearest pair. Exit status 1
when a check fails, 2 when the folder holds no .csv file or a file that cannot be read as a
table.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the checkout's stance, also when not installed

from stance.data import is_empty_cell, parse_label_set  # noqa: E402
from stance.decoding import file_encoding  # noqa: E402
from stance.exceptions import StanceError  # noqa: E402
from stance.linebreaks import lines_end_in_line_feeds  # noqa: E402
from stance.tables import read_table, row_lines  # noqa: E402

TARGETS = ("unity", "deterrence", "ukraine_support", "eastern_flank")
LABELS = (*TARGETS, "none")
STANCES = ("favor", "against")
REGISTERS = ("speech", "press", "news", "social", "parliament", "communique", "oped", "interview")
REQUIRED = ("text", "labels", "stance", "source", "register")
COLUMNS = (*REQUIRED, "speaker_side")  # the DATASHEET's schema; speaker_side is a free tag
# Where a statement comes from (ANNOTATION.md): the corpus's are authored, the challenge
# set's challenge, and the seed article's seed (as the build adds them to train the model).
SOURCES = ("authored", "challenge", "seed")
NEAR_DUPLICATE = 0.55
MIN_WORDS, MAX_WORDS = 2, 90  # "Scrap Trident." is a statement; one word rarely is


def load_corpus(folder: Path = HERE / "corpus"):
    """The corpus as one DataFrame, with a ``file`` column naming each row's batch and a
    ``line`` column the line of that file the row begins on, as an editor counts (a quoted
    text spanning lines and a blank line are not rows). ``attrs["columns"]`` holds each
    file's own columns, which the concatenation merges, ``attrs["unread"]`` the names of the
    folder's other tables (see :func:`problems`) and ``attrs["left_out"]`` those of its
    spreadsheets (see :func:`left_out`)."""
    import pandas as pd

    from stance.file_types import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES, office_lock_file

    paths = sorted(folder.glob("*.csv"))
    frames = [_read(path, path.name) for path in paths]
    corpus = pd.concat(frames, ignore_index=True)
    corpus.attrs["columns"] = {path.name: frame.attrs["columns"] for path, frame in zip(paths, frames)}
    corpus.attrs["folder"] = str(folder)  # where problems() reads a file as written (see written_quoted)
    # "batch.CSV" or "batch.tsv" was passed over here and by the build, without a word, while
    # stance.train of the folder (as the datasheet reads the corpus) trained on it unchecked.
    # Those the glob above did not match: on Windows its "*.csv" matches "batch.CSV" too.
    read = set(paths)
    others = [path for path in folder.iterdir() if path not in read and path.is_file()]
    corpus.attrs["unread"] = sorted(path.name for path in others if path.suffix.lower() in SUPPORTED_SUFFIXES)
    # A spreadsheet stance.train leaves out of the folder with a warning, and so does the build (the datasheet:
    # "stance.train reads the folder as one table"); its lock file beside it ("~$batch.xlsx") holds no rows.
    corpus.attrs["left_out"] = sorted(path.name for path in others if path.suffix.lower() in SPREADSHEET_SUFFIXES
                                      and not office_lock_file(path.name))
    return corpus


def left_out(corpus) -> list[str]:
    """A line for each spreadsheet of the corpus folder (see :func:`load_corpus`), which is not
    read, as ``stance.train`` of the folder does not read it: a warning, not a problem. It may
    be the workbook a batch was exported from, its .csv beside it; else its rows are not in
    the corpus until it is saved as CSV."""
    return [f"{name}: left out, as stance.train leaves out a spreadsheet of the folder; if its rows are not in a "
            f".csv file of it yet, save it as CSV (UTF-8) named {Path(name).stem}.csv"
            for name in corpus.attrs.get("left_out", ())]


def _read(path: Path, name: str):
    """The file as a DataFrame, with ``file`` (``name``) and ``line`` columns first."""
    import pandas as pd

    frame = read_table(path)
    columns = list(frame.columns)
    lines = row_lines(path, range(len(frame)))
    frame.insert(0, "file", name)
    # Of int dtype even for a file without rows, which would make every line a float.
    frame.insert(1, "line", pd.Series([lines.get(row, row + 2) for row in range(len(frame))],
                                      index=frame.index, dtype="int64"))
    frame.attrs["columns"] = columns
    return frame


def held_out_sets(besides: Path | None = None) -> dict:
    """The statements written to test models trained on the corpus, which it must not copy,
    by path from the checkout: the seed article's (``seeds/seed_statements.csv``), each probe
    file's (``datasets/probes/NAME.csv``) and the challenge set's (``datasets/challenge``, its
    files together). Each frame's ``file`` and ``line`` name a row's file from the checkout
    and its line. Empty when ``besides`` (the folder validated) is the challenge set's or the
    probes' folder, or in one: a held-out set is no training data."""
    import pandas as pd

    root = HERE.parent
    skipped = besides.resolve() if besides is not None else None
    # A held-out set validated itself is no training data: the rule is not its (the challenge
    # set and the probes were written apart, and may share a statement).
    if skipped is not None and any(skipped == held or held in skipped.parents
                                   for held in ((HERE / "challenge").resolve(), (HERE / "probes").resolve())):
        return {}
    paths = [root / "seeds" / "seed_statements.csv", *sorted((HERE / "probes").glob("*.csv")), HERE / "challenge"]
    sets = {}
    for path in paths:
        if skipped is not None and (path.resolve() == skipped or skipped in path.resolve().parents):
            continue
        name = path.relative_to(root).as_posix()
        sets[name] = (pd.concat([_read(file, file.relative_to(root).as_posix())
                                 for file in sorted(path.glob("*.csv"))], ignore_index=True)
                      if path.is_dir() else _read(path, name))
    return sets


def held_out_copies(corpus, sets: dict) -> dict[str, list[tuple[int, int, float]]]:
    """``(corpus row, held-out row, similarity)`` for each statement of each of ``sets`` (see
    :func:`held_out_sets`) that a corpus statement duplicates or nearly duplicates, by the
    set's path: the rule of :func:`near_duplicates`, each set compared with the corpus as on
    its own (:func:`near_duplicates_across_each`)."""
    return dict(zip(sets, near_duplicates_across_each(corpus, list(sets.values()))))


def problems(corpus, held_out: dict | None = None) -> list[str]:
    """Every rule violation, one readable line each (empty when the corpus is valid).

    ``held_out``: the sets the corpus must not copy (:func:`held_out_sets`), each of whose
    statements a corpus row duplicates or nearly duplicates is a problem: a model trained on
    it would be scored on it as unseen. None leaves them unchecked."""
    found = [f"{name}: not read: the corpus is the folder's .csv files, suffix in lower case; save it as CSV "
             f"(UTF-8) named {Path(name).stem}.csv" for name in corpus.attrs.get("unread", ())]
    by_file = corpus.attrs.get("columns") or {"": [c for c in corpus.columns if c not in ("file", "line")]}
    for name, columns in by_file.items():
        where = f"{name}: " if name else ""
        # "Text" or " labels" is a header's cell miswritten, which the stray-column line names.
        if columns and not any(str(c).strip().lower() in COLUMNS for c in columns):
            # Its first statement was taken for the header: "missing columns" and its text named
            # as a stray column did not say what is wrong, nor what to write.
            separator = other_separator(columns)
            found.append(f"{where}its header {columns[0]!r} separates the column names with {separator!r}, not "
                         f"commas: save the file with commas between cells (pandas: to_csv(path, index=False))"
                         if separator else f"{where}no header line: its first line is read as the column names; "
                         f"add the line {','.join(COLUMNS)} above it")
            continue
        if any(c not in columns for c in REQUIRED):
            found.append(f"{where}missing columns {[c for c in REQUIRED if c not in columns]}")
        stray = [c for c in columns if c not in COLUMNS]
        if stray:  # one line for the file
            found.append(f"{where}column {stray[0]!r} is not in the schema {COLUMNS}" if len(stray) == 1
                         else f"{where}columns {stray} are not in the schema {COLUMNS}")
            miswritten = [c for c in stray if str(c).strip().lower() in COLUMNS]
            if miswritten:
                found[-1] += (f"; write {[str(c).strip().lower() for c in miswritten]} for {miswritten}: "
                              "names are lower case, without spaces")
    missing = [c for c in REQUIRED if c not in corpus.columns]
    if missing:  # no row can be read; each file's line above names what it lacks
        return found or [f"missing columns {missing}"]
    # The rows of a file without a text column are not statements: the file's line says why, where
    # each row had said "empty text" of a text it has under another name.
    textless = {name for name, columns in by_file.items() if name and "text" not in columns}
    swapped: dict[str, set[str]] = {}  # by file, the columns of a pair named once as swapped
    # As lists: a frame's column taken per file deep-copied the corpus's attrs each time (1.3 s).
    checked = {column: corpus[column].tolist() for column in _VALUES if column in corpus.columns}
    rows_of: dict[str, list[int]] = {}
    for position, name in enumerate(corpus.file.tolist()):
        rows_of.setdefault(name, []).append(position)
    for name, positions in sorted(rows_of.items()):
        own = by_file.get(name, COLUMNS)
        cells = {column: [values[at] for at in positions] for column, values in checked.items() if column in own}
        for first, second in swapped_columns(cells):
            row = _telling_row(cells[first], cells[second])
            found.append(f"{name}: columns {first!r} and {second!r} hold each other's values in every row (line "
                         f"{corpus.line.iloc[positions[row]]}: {first} {_shown_cell(cells[first][row])}, {second} "
                         f"{_shown_cell(cells[second][row])}): swap the two names in its header, or the two cells "
                         "of each row")
            swapped.setdefault(name, set()).update((first, second))
    seen: dict[str, str] = {}
    keys: dict[int, str] = {}  # by position: the rows whose words are another's, named once as duplicates
    folder, written = corpus.attrs.get("folder"), {}  # files as read for a row that may lack its opening quote
    empty = set(empty_rows(corpus))
    for position, row in enumerate(corpus.itertuples(index=False)):
        if row.file in textless:
            continue
        where = f"{row.file}:{row.line}"
        if position in empty:  # as stance train refuses it, not as a statement that lost its text
            found.append(f"{where}: {EMPTY_ROW}")
            continue
        text = row.text if isinstance(row.text, str) else ""
        labels = parse_label_set(row.labels)
        stance = row.stance if isinstance(row.stance, str) else ""
        if not text.strip():
            found.append(f"{where}: empty text")
            continue
        dropped = quotes_dropped(row.file, row.line, folder, written, by_file.get(row.file, COLUMNS))
        if dropped:
            column, cell = dropped
            shown = cell if len(cell) <= 40 else cell[:39] + "…"
            fixed = '"' + cell.replace('"', '""') + '"'
            found.append(f"{where}: the {column} cell {shown!r} opens with a quote that closes before the cell "
                         "ends: a CSV reader drops such quotes, and read the cell without them; quote the whole "
                         f"cell, its quotes doubled ({fixed if len(fixed) <= 50 else fixed[:49] + '…'!r})")
        elif opening_quote_left_out(text):
            quoted = written_quoted(text, row.file, row.line, folder, written)
            if quoted is None:  # it may be quoted as it should be: told to quote it, the writer was misled
                why = (f"{row.file} could not be read ({written.get(('unread', row.file))})" if folder
                       else "the rows name no folder to read their files from (see load_corpus)")
                found.append(f"{where}: an unpaired '\"' ends the text, and whether its cell is quoted cannot be "
                             f"told, as {why}: if its opening quote was left out, quote the whole cell, a quote "
                             "inside it doubled ('\"He said \"\"no\"\".\"')")
            elif not quoted:
                found.append(f"{where}: an unpaired '\"' in the text: quote the whole cell, "
                             "a quote inside it doubled ('\"He said \"\"no\"\".\"')")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            found.append(f"{where}: {words} words; statements have {MIN_WORDS} to {MAX_WORDS}")
        # A column the file lacks is named once, by the file's own line above; each row had said
        # "no labels" or "stance ''" again.
        # A column swapped with another is named once, above; not as a wrong value on each row.
        columns = [c for c in by_file.get(row.file, COLUMNS) if c not in swapped.get(row.file, ())]
        if "labels" not in columns:
            pass  # and its stance, which is read by its labels, is not checked either
        elif not labels:
            found.append(f"{where}: no labels; expected one or more of {LABELS}, joined with '|'")
        elif any(label not in LABELS for label in labels):
            found.append(f"{where}: labels {row.labels!r} outside {LABELS}")
        elif "none" in labels and len(labels) > 1:
            found.append(f"{where}: 'none' combined with targets")
        elif labels == ("none",) and stance and "stance" in columns:
            found.append(f"{where}: 'none' row has stance {stance!r}")
        elif labels != ("none",) and stance not in STANCES and "stance" in columns:
            found.append(f"{where}: stance {stance!r}, expected one of {STANCES}")
        for column, allowed in (("source", SOURCES), ("register", REGISTERS)):
            if column not in columns:
                continue
            value = getattr(row, column)
            if not isinstance(value, str) or not value.strip():  # an empty cell was named "nan"
                found.append(f"{where}: no {column}; expected one of {allowed}")
            elif value not in allowed:
                found.append(f"{where}: {column} {value!r} outside {allowed}")
        key = " ".join(re.findall(r"\w+", text.lower()))
        if key in seen:
            found.append(f"{where}: duplicate of {seen[key]}")
        seen.setdefault(key, where)
        keys[position] = key
    for i, j, similarity in near_duplicates(corpus):
        if keys.get(i) is not None and keys.get(i) == keys.get(j):
            continue  # "duplicate of" above; a second line, "near-duplicate (1.00)", said it again
        found.append(
            f"{corpus.file[j]}:{corpus.line[j]}: near-duplicate ({similarity:.2f}) of "
            f"{corpus.file[i]}:{corpus.line[i]}"
        )
    for name, pairs in held_out_copies(corpus, held_out or {}).items():
        rows = held_out[name]
        for i, j, similarity in pairs:
            copy = "duplicate" if similarity > 1 - 1e-9 else f"near-duplicate ({similarity:.2f})"
            found.append(f"{corpus.file[i]}:{corpus.line[i]}: {copy} of the held-out statement "
                         f"{rows.file.iloc[j]}:{rows.line.iloc[j]}")
    return found


# What stance train says of such a row (stance.data.refuse_empty_rows), which it refuses too.
EMPTY_ROW = ("empty in every column (as a spreadsheet saves rows below its data whose cells were once used); "
             "delete the row from the file")


def empty_rows(corpus) -> list[int]:
    """The positions of the rows of ``corpus`` empty in every column of their file (``,,,,,``,
    a spreadsheet's used row): no statement, which the counts leave out and :func:`problems`
    names by file and line, as ``stance train`` refuses such a row, naming its line. They
    were counted as statements ("4 statements" of three and such a row)."""
    own = corpus.attrs.get("columns") or {}
    columns = [column for column in corpus.columns if column not in ("file", "line")]
    cells = {column: corpus[column].tolist() for column in columns}
    return [position for position, name in enumerate(corpus.file.tolist())
            if all(is_empty_cell(cells[column][position]) for column in own.get(name, columns))]


def statements(corpus):
    """``corpus`` without its rows of empty cells (see :func:`empty_rows`): its statements."""
    empty = empty_rows(corpus)
    return corpus.drop(index=corpus.index[empty]) if empty else corpus


def other_separator(columns: list) -> str | None:
    """The character that separates the schema's column names in the one name ``columns``
    holds (a header written with another separator, read as one column), or None.

    >>> other_separator(["text|labels|stance"]), other_separator(["We stand with Kyiv."])
    ('|', None)
    """
    if len(columns) != 1:
        return None
    header = str(columns[0])
    names = re.split(r"[^\w]+", header.strip().lower())
    between = set(re.findall(r"[^\w]+", header.strip()))
    if sum(name in COLUMNS for name in names) < 2 or len(between) != 1:
        return None
    separator = between.pop()
    return separator.strip() or separator  # "a | b" is separated by "|"; "a b" by a space


# What each checked column holds, told apart: a pair of them swapped is named once for the file.
_VALUES = {"labels": lambda value: bool(parse_label_set(value)) and all(label in LABELS
                                                                       for label in parse_label_set(value)),
           "stance": lambda value: value in STANCES, "source": lambda value: value in SOURCES,
           "register": lambda value: value in REGISTERS}


def swapped_columns(cells: dict[str, list]) -> list[tuple[str, str]]:
    """The pairs of checked columns (labels, stance, source, register) whose cells, one file's
    by column in ``cells``, hold in every row that fills either a value of the other column
    and none of their own: a header naming them in the wrong order, or cells written so.

    >>> swapped_columns({"labels": ["unity", "none"], "stance": ["authored", "authored"],
    ...                  "source": ["favor", ""], "register": ["news", "news"]})
    [('stance', 'source')]
    """
    found = []
    names = [name for name in _VALUES if name in cells]
    for at, first in enumerate(names):
        for second in names[at + 1:]:
            if _each_holds_the_others(cells[first], cells[second], first, second):
                found.append((first, second))
    return found


def _telling_row(firsts: list, seconds: list) -> int:
    """The first row filling both cells (of two swapped columns), else the first filling either:
    the file's first row may be a "none" row, its stance empty, which showed the stance as nan.

    >>> _telling_row([float("nan"), "favor"], ["authored", "authored"]), _telling_row(["", "x"], ["", ""])
    (1, 1)
    """
    filled = [(isinstance(a, str) and bool(a.strip()), isinstance(b, str) and bool(b.strip()))
              for a, b in zip(firsts, seconds)]
    return next((row for row, (a, b) in enumerate(filled) if a and b),
                next((row for row, (a, b) in enumerate(filled) if a or b), 0))


def _shown_cell(value) -> str:
    """A cell as a problem line quotes it: an empty one (read as NaN) as ``empty``, not ``nan``.

    >>> _shown_cell("favor"), _shown_cell(float("nan")), _shown_cell(" ")
    ("'favor'", 'empty', 'empty')
    """
    return repr(value) if isinstance(value, str) and value.strip() else "empty"


def _each_holds_the_others(firsts: list, seconds: list, first: str, second: str) -> bool:
    """Whether every row that fills the column ``first`` or ``second`` holds in each the other's
    value (and some row does). Nearly always the first row holds its own, and the rest is not read."""
    filled = False
    for a, b in zip(firsts, seconds):
        a, b = (a if isinstance(a, str) else ""), (b if isinstance(b, str) else "")
        if not (a or b):
            continue
        if not (_of_the_other(a, first, second) and _of_the_other(b, second, first)):
            return False
        filled = True
    return filled


def _of_the_other(value: str, own: str, other: str) -> bool:
    """Whether ``value``, of the column ``own``, is empty or the ``other`` column's and not its own."""
    return not value or (_VALUES[other](value) and not _VALUES[own](value))


def opening_quote_left_out(text: str) -> bool:
    """Whether ``text`` is what is read of a cell whose opening '"' was left out ('Bring them
    home now.",eastern_flank,…'): a cell not quoted keeps its quotes as text, the closing one
    last, unpaired. An odd count alone is no sign: a quoted cell's quotes are the writer's,
    whatever their number ('"Send Kyiv the 12"" guns."', a quotation left open).

    >>> opening_quote_left_out('Bring them home now."'), opening_quote_left_out('Send Kyiv the 12" guns.')
    (True, False)
    """
    return text.rstrip().endswith('"') and text.count('"') % 2 == 1


def written_quoted(text: str, name: str, line: int, folder: str | None, written: dict) -> bool | None:
    r"""Whether the file ``name`` of ``folder`` holds ``text`` as a quoted cell, its quotes doubled,
    in the row beginning on ``line``: a text read as a cell whose opening quote was left out may
    be the writer's own, quoted as the CSV rule asks (a quotation closing it, 'she said, ""now""'
    and then the cell's own quote), which the text alone cannot tell. ``written`` keeps each file
    read, with where its lines begin (only such rows read one); None, as it cannot tell, without
    a folder or where the file cannot be read (the reason kept in ``written[("unread", name)]``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.csv").write_text('text\n"Say ""now""' + '"' + '\nGo home."\n')
    ...     written_quoted('Say "now"', "a.csv", 2, folder, {}), written_quoted('Go home."', "a.csv", 3, folder, {})
    (True, False)
    """
    read = _as_written(name, folder, written) if folder else None
    if read is None:
        return None
    whole, starts, _ = read
    if not 1 <= line <= len(starts):
        return False
    # The cell opens on the row's first line: looking there alone, a file of many such rows is
    # read once, where a search of the whole file for each took 45 s of 40,000. The file is read
    # with its line breaks as written, as the reader keeps a cell's ("\r\n", "\r").
    cell = '"' + text.replace('"', '""') + '"'
    after = starts[line] if line < len(starts) else len(whole)
    return whole.find(cell, starts[line - 1], after + len(cell)) >= 0


def _as_written(name: str, folder: str, written: dict) -> tuple[str, list[int], str] | None:
    """The file ``name`` of ``folder`` as written (its line breaks too), where its lines begin
    as the reader counts them, and the characters that end a line ("\\n"; "\\r\\n", each, in an
    old Mac file), read once into ``written``; None where it cannot be read (moved since it was
    loaded, or no file of the folder), the reason kept in ``written[("unread", name)]``."""
    if name not in written:
        path = Path(folder) / name
        try:
            # In the encoding the corpus was read in: a UTF-16 file read as UTF-8 held no such cell.
            encoding = file_encoding(path)
            with path.open(encoding=encoding, errors="replace", newline="") as handle:
                whole = handle.read()
        except OSError as error:
            written[name], written["unread", name] = None, f"{error.strerror or error}: {str(path)!r}"
            return None
        # A "\r" in a line of a file whose lines end in "\n" is a cell's text, as the reader and
        # row_lines read it (stance.linebreaks): read as a line break, it moved every later row
        # a line down, and a row was checked on the line above it.
        # An old Mac file's lines are read as universal newlines (a "\n" in it ends a line too, as
        # Excel for Mac writes a break inside a cell): counted at "\r" alone, a cell holding one
        # moved every later row a line up.
        feeds = lines_end_in_line_feeds(path, encoding)
        breaks = re.finditer("\n" if feeds else "\r\n?|\n", whole)
        written[name] = whole, [0, *(found.end() for found in breaks)], "\n" if feeds else "\r\n"
    return written[name]


def _line_end(whole: str, start: int, ends: str) -> int:
    r"""Where the line of ``whole`` holding ``start`` ends: at the first of the characters
    ``ends`` (see :func:`_as_written`), or the end of ``whole``. Each is looked for only up to
    the first found, so that a file holding none of one is not searched to its end for each row.

    >>> _line_end("a,b\rc\nd", 0, "\n"), _line_end("a,b\rc\nd", 0, "\r\n"), _line_end("a\nb", 2, "\r\n")
    (5, 3, 3)
    """
    line_end = len(whole)
    for end in ends:
        found = whole.find(end, start, line_end)
        line_end = line_end if found < 0 else found
    return line_end


# A quoted cell from its opening quote to its closing one, its quotes inside doubled.
_QUOTED_CELL = re.compile(r'"[^"]*(?:""[^"]*)*"')


def quotes_dropped(name: str, line: int, folder: str | None, written: dict,
                   columns: list | tuple) -> tuple[str, str] | None:
    r"""The column and the cell as written, of the row of the file ``name`` of ``folder``
    beginning on ``line``, whose cell opens with a quote that closes before the cell ends
    ('"Never again" is our pledge.'): a CSV reader takes the quotes for quoting and drops
    them, so the text changes without a word. None when no cell is so written (or without a
    folder). ``written`` keeps each file read (see :func:`written_quoted`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     rows = '"No" means no.,none\n' + '"' * 3 + 'No"" means no.",none\n'  # the second quoted as it should be
    ...     _ = (Path(folder) / "a.csv").write_text("text,labels\n" + rows)
    ...     [quotes_dropped("a.csv", line, folder, {}, ["text", "labels"]) for line in (2, 3)]
    [('text', '"No" means no.'), None]
    """
    read = _as_written(name, folder, written) if folder else None
    if read is None:  # its quoting cannot be checked, nor an unpaired quote's (see problems)
        return None
    whole, starts, newline = read
    if not 1 <= line <= len(starts):
        return None
    at = starts[line - 1]
    if '"' not in whole[at : starts[line] if line < len(starts) else len(whole)]:
        return None  # nearly every row: no quote on the line the row begins on
    from stance.csv_dialect import file_delimiter

    if ("delimiter", name) not in written:  # a .csv's may be ";", as Excel writes one in some locales
        written["delimiter", name] = file_delimiter(Path(folder) / name)
    delimiter = written["delimiter", name]
    for column in columns:
        end = at
        if whole.startswith('"', at):
            quoted = _QUOTED_CELL.match(whole, at)
            if quoted is None:  # a quote never closed: the reader named it
                return None
            end = quoted.end()
        line_end = _line_end(whole, end, newline)
        # The delimiter is looked for on this line only: in a file of one column, whose lines hold none,
        # a search to the file's end for each row took quadratic time.
        cell_end = whole.find(delimiter, end, line_end)
        cell_end = line_end if cell_end < 0 else cell_end
        if end > at and cell_end > end and whole[end:cell_end].rstrip("\r"):
            return str(column), whole[at:cell_end].rstrip("\r")
        if not whole.startswith(delimiter, cell_end):
            return None  # the record ends
        at = cell_end + len(delimiter)
    return None


def near_duplicates(corpus, threshold: float = NEAR_DUPLICATE):
    from stance.similarity import similar_pairs

    return similar_pairs(corpus.text.fillna("").tolist(), threshold)


def near_duplicates_across(corpus, others, threshold: float = NEAR_DUPLICATE) -> list[tuple[int, int, float]]:
    """``(i, j, similarity)`` for each row ``j`` of ``others`` nearly duplicating row ``i`` of
    ``corpus``: the pairs :func:`near_duplicates` finds across the two, without the
    corpus-internal comparisons (which dominate its cost)."""
    return near_duplicates_across_each(corpus, [others], threshold)[0]


def near_duplicates_across_each(corpus, each, threshold: float = NEAR_DUPLICATE) -> list[list[tuple[int, int, float]]]:
    """:func:`near_duplicates_across` of ``corpus`` and each frame of ``each``, in order, with
    the corpus tokenized once for all (the seed, the ten probes and the challenge set: 9
    seconds, where a call for each took 31). Each frame is compared as on its own, with the
    word weights of the corpus and that frame alone."""
    from stance.similarity import BLOCK, tfidf_unit_vectors_beside

    n = len(corpus)
    found = []
    for vectors in tfidf_unit_vectors_beside(corpus.text.fillna("").tolist(),
                                             [others.text.fillna("").tolist() for others in each]):
        # By blocks of the frame's rows: nearly every pair shares a word ("the"), and the product
        # of the challenge set's 4,700 rows by the corpus's 24,000 at once took 6 seconds and
        # brought the process to 1.8 GB (by blocks, 2 seconds and under 1 GB).
        corpus_columns = vectors[:n].T.tocsr()
        pairs: list[tuple[int, int, float]] = []
        for start in range(n, vectors.shape[0], BLOCK):
            similarity = (vectors[start : start + BLOCK] @ corpus_columns).tocoo()
            near = similarity.data >= threshold
            pairs += zip(similarity.col[near].tolist(), (similarity.row[near] + start - n).tolist(),
                         similarity.data[near].tolist())
        found.append(sorted(pairs))
    return found


def nearest_pair(corpus) -> tuple[float, str, str] | None:
    """The two most similar statements of the corpus, and their similarity; None when fewer
    than two rows hold a text. A row of empty cells is no statement: its text, read as NaN,
    was shown as the pair's "nan" (problems() names the row)."""
    from stance.similarity import nearest_neighbours

    texts = [text for text in corpus.text.tolist() if isinstance(text, str) and text.strip()]
    if len(texts) < 2:
        return None
    index, similarity = nearest_neighbours(texts)
    i = int(similarity.argmax())
    return float(similarity[i]), texts[i], texts[int(index[i])]


def composition(corpus) -> dict:
    """Counts the datasheet and the acceptance criteria are about."""
    labels = [parse_label_set(v) for v in corpus.labels]
    # A row without labels has no primary: problems() reports it, and the counts go on without it.
    primary = Counter(row[0] for row in labels if row)
    against = Counter(row[0] for row, s in zip(labels, corpus.stance) if row and s == "against")
    # An empty cell is read as NaN, which str() made the word form "nan".
    words = {w for text in corpus.text if isinstance(text, str) for w in re.findall(r"[^\W\d_]+", text.lower())}
    n_target = sum(row != ("none",) for row in labels)
    return {
        "rows": len(corpus),
        "primary": {label: primary[label] for label in LABELS},
        "against_share": {t: against[t] / primary[t] if primary[t] else 0.0 for t in TARGETS},
        "multi_target_share": sum(len(row) > 1 for row in labels) / len(corpus),
        "multi_target_share_of_target_rows": sum(len(row) > 1 for row in labels) / max(n_target, 1),
        "registers": {r: int((corpus.register == r).sum()) for r in REGISTERS},
        "sources": dict(Counter(corpus.source)),
        "distinct_word_forms": len(words),
        "files": dict(Counter(corpus.file)),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1].replace("\n", " "))
    parser.add_argument("folder", nargs="?", type=Path, default=HERE / "corpus",
                        help="a folder of corpus CSV files (default: datasets/corpus)")
    folder = parser.parse_args(sys.argv[1:] if argv is None else argv).folder
    if not folder.is_dir() or not any(folder.glob("*.csv")):
        parser.error(f"{str(folder)!r} is not a folder of .csv files")
    try:
        corpus = load_corpus(folder)
    except StanceError as error:  # its message names the file and the line; a traceback buried it
        parser.error(str(error))
    found = problems(corpus, held_out_sets(besides=folder))
    for line in left_out(corpus):
        print("WARNING", line)
    if corpus.empty:  # files of a header alone (a batch's template): the counts below divided by 0 rows
        found.append(f"no statements: the .csv files of {str(folder)!r} hold no row below their header")
    counted = statements(corpus) if all(column in corpus.columns for column in REQUIRED) else corpus
    if counted.empty and not corpus.empty:  # rows of empty cells alone, each named by a problem
        found.append(f"no statements: the .csv files of {str(folder)!r} hold rows of empty cells alone")
    if counted.empty or any(column not in corpus.columns for column in REQUIRED):  # nothing to count by
        for line in found:
            print("PROBLEM", line)
        print(f"{len(found)} problems")
        return 1
    stats = composition(counted)
    left = len(corpus) - len(counted)
    print(f"{stats['rows']} statements, {stats['distinct_word_forms']} distinct word forms"
          + (f" ({left} row{'s' if left > 1 else ''} of empty cells not counted: see below)" if left else ""))
    for label, n in stats["primary"].items():
        share = stats["against_share"].get(label)
        print(f"  {label:16s} {n:5d} as primary" + (f", {share:.0%} against" if share is not None else ""))
    print(f"  multi-target: {stats['multi_target_share']:.1%} of all statements")
    print("  registers: " + ", ".join(f"{r} {n / stats['rows']:.1%}" for r, n in stats["registers"].items()))
    pair = nearest_pair(corpus)  # one statement has no pair: a batch checked alone in a folder of its own
    if pair is not None:
        similarity, a, b = pair
        print(f"nearest pair ({similarity:.3f}):\n  {a}\n  {b}")
    for line in found:
        print("PROBLEM", line)
    print("valid" if not found else f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What the ``stance`` command says when a command fails or warns, and the status it exits with.

An error or a warning is one line on stderr: its first line (escaped where a terminal would act
on it), in the words the command line is typed in (the library's ``text_column`` as
``--text-column``, a model option as ``--option NAME``), with the lines of the file of the rows it
names; a failure of the machine (a full disk, too little memory) in its own words. Labelled
data's several problems are a line each, the first beside their count. 0 is success, 2 bad usage
or input, 1 the machine's failure (see :mod:`stance.cli`).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Callable
from typing import Any

from .exceptions import shell_option

# 1 is a failure of the machine, not of the call (see stance.files.system_failure): a
# nightly job retries it, or pages someone, where it would fix its input for a 2.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _first_line(message: str) -> str:
    r"""The first line of an error's or a warning's ``message``, as the command line prints it:
    up to its first "\n", the line end a message is written with, and every other character a
    terminal acts on or ``str.splitlines`` ends a line at escaped where it stands (see
    :func:`stance.text.escaped_in_place`). A message may quote a name a model's metadata.json
    gives, as written: its escape reached the terminal raw, and a line separator in it cut the
    message short.

    >>> _first_line("option 'x' of 'm\x1b[2J' is unknown\nmore")
    "option 'x' of 'm\\x1b[2J' is unknown"
    >>> _first_line("option wind\u2028power is unknown")
    'option wind\\u2028power is unknown'
    """
    from .text import escaped_in_place

    return escaped_in_place(message.split("\n", 1)[0].removesuffix("\r"))


def _out_of_memory(args: argparse.Namespace, error: MemoryError) -> str:
    """What a MemoryError says, with numpy's size of what it could not allocate when it
    gives one, and for ``stance score`` the flag that holds fewer rows at once."""
    said = _first_line(str(error)) if str(error) else ""
    chunk_size = _chunk_size(args)
    advice = (f"give a smaller --chunk-size (it is {chunk_size:,}), or free memory" if chunk_size is not None
              else "score its files one at a time (stance score FILE), or free memory" if _folder_scored(args)
              else "free memory, or run it on a machine with more")
    return f"out of memory{f' ({said})' if said else ''}; {advice}"


def _worker_died(args: argparse.Namespace, error: Any) -> str:
    """What a WorkerDiedError says (a worker of --n-jobs died), with the flags that ask for
    less: a smaller --chunk-size holds fewer rows in each process, -j 1 starts no worker."""
    chunk_size = _chunk_size(args)
    smaller = f"a smaller --chunk-size (it is {chunk_size:,}), or " if chunk_size is not None else ""
    return error.told(f"give {smaller}fewer --n-jobs (-j 1 scores in this process alone)", "-j 1")


def _chunk_size(args: argparse.Namespace) -> int | None:
    """``--chunk-size``, where it holds fewer rows at once: not for a folder that ``stance score``
    reads whole, as ``stance.score`` does, which a smaller one would not help."""
    return None if _folder_scored(args) else getattr(args, "chunk_size", None)


def _folder_scored(args: argparse.Namespace) -> bool:
    """Whether ``stance score`` was given a folder, which it reads whole (see :mod:`stance.cli_score`)."""
    import os

    source = getattr(args, "input", None)
    return getattr(args, "command", None) == "score" and isinstance(source, str) and os.path.isdir(source)


def _system_message(error: OSError) -> str:
    """A system failure in one line: its own words ("cannot write 'x.csv': File too large",
    as the writers name their file), without Python's "[Errno 27]", and the file it names.

    >>> import errno
    >>> _system_message(OSError(errno.EIO, "Input/output error", "in.csv"))
    "'in.csv': Input/output error"
    """
    text = _first_line(error.strerror or str(error))
    return f"{str(error.filename)!r}: {text}" if error.filename is not None else text


# The library's arguments that the command line sets with flags of their own: its messages
# name the argument ("text_column='body': no such column"), which a terminal user never typed.
_FLAG_OF = {"text_column": "--text-column", "labels_column": "--labels-column", "stance_column": "--stance-column",
            "none_label": "--none-label", "random_state": "--random-state", "chunk_size": "--chunk-size",
            "folds": "--folds", "by": "--by", "favor": "--favor", "against": "--against", "sha256": "--sha256",
            "max_similarity": "--max-similarity", "n_jobs": "--n-jobs", "workers": "--workers"}
# The library's words for a list given to an argument, where the flag is repeated instead
# (profile's warning of stance values counted together; see --favor in cli.py).
_LISTS_AS_FLAGS = {"favor= and against= (a value or a list of values each)":
                   "--favor and --against (a value each, repeated for several values)"}
# Not after "--option ": there the name is what the user typed ("--option random_state=5").
_ARGUMENT_NAMED = re.compile(rf"(?<![\w-])(?<!--option )({'|'.join(_FLAG_OF)})(?=\s*=|\s+must\b)")
# The arguments whose None their flag takes as "none" (see --help): "stance_column=None" became
# "--stance-column=None", where --help and the README spell "--stance-column none". Not
# --none-label, whose "none" is the label 'none' (its None is "None", see cli_data._none_label).
# An argument named with "=" and no value ("pass favor= and against= to name them"): its flag
# alone, as typed ("--favor="'s "=" is Python's, half-turned).
_BARE_ARGUMENT = re.compile(rf"(?<![\w-])(?<!--option )({'|'.join(_FLAG_OF)})=(?=[\s),;:?]|$)")
_NONE_AS_TYPED = re.compile(r"(?<![\w-])(?<!--option )(stance_column|max_similarity)=None\b")
# A value a message quotes, as repr quotes it (a column's name, a path): the user's own words, in
# which no argument is named. A column "by= x" was listed as "--by x", and --text-column "favor= x"
# echoed as "--text-column='--favor x'". An apostrophe inside a word ("model's") opens none.
_QUOTED = re.compile(r"""(?<!\w)(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")(?!\w)""")
# A value as the command line types it after its flag, unquoted where the shell takes it so
# (exceptions.shell_option, "--none-label other"): the user's own too. A label 'by=x' was offered as
# "did you mean --none-label --by=x?", which argparse refuses ("expected one argument").
_TYPED_AFTER_FLAG = re.compile(r"--[a-z][a-z-]*[ =][\w@%+=:,./\\-]+")
_KEPT_AS_GIVEN = re.compile(f"{_TYPED_AFTER_FLAG.pattern}|{_QUOTED.pattern}")
# An argument given a text as Python writes a keyword argument ("text_column='body'"), or its flag so
# ("--text-column='body'", as a command's own messages wrote it), outside any quoted value (the
# alternatives after it take those whole, so a column named "text_column='x'" is left as it is): the
# command line types it "--text-column body", where "--text-column='body'" read as Python half-turned.
_QUOTED_ARGUMENT = re.compile(rf"(?<![\w-])(?:(?<!--option )({'|'.join(_FLAG_OF)})|({'|'.join(_FLAG_OF.values())}))"
                              rf"=({_QUOTED.pattern})|{_KEPT_AS_GIVEN.pattern}")


def _said(error: BaseException) -> str:
    """``error``'s message, in the words of the command line where it has them (``typed``): a
    model option's refusal in the words its ``--option`` is typed in (--option NAME, true,
    false, none, a JSON object), as the only model options a command takes are those; an
    undecodable file's with ``--encoding`` and the command that re-saves it.

    >>> from .exceptions import refuse_option
    >>> _said(refuse_option(lambda words: f"{words.name('negation')} must be {words.value(True)}"))
    '--option negation must be true'
    """
    typed = getattr(error, "typed", None)
    return typed if isinstance(typed, str) else str(error)


# An argument as the library's messages give it with its flag beside them: "pass
# prefix='p_' (on the command line: --prefix p_)".
_WITH_ITS_FLAG = re.compile(r"\b\w+=(?:'[^']*'|\"[^\"]*\"|[^\s()]+) \(on the command line: ([^)]+)\)")
# A text argument with its flag beside it, up to the flag: "pass none_label='none (off-topic)' (on
# the command line: --none-label 'none (off-topic)')". Its value, shell-quoted after the flag,
# may hold ")", where _WITH_ITS_FLAG's flag ended: the text is read from its repr instead.
_TEXT_WITH_ITS_FLAG = re.compile(r"""\b\w+=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*") """
                                 r"\(on the command line: (--[\w-]+)(?=[ =])")
# An argument named alone with its flag beside it: "in exclude (on the command line: --exclude)".
_NAMED_WITH_ITS_FLAG = re.compile(r"(?<![\w=])[a-z_]+ \(on the command line: (--[^)]+)\)")


# The library's advice for a file it read whole from its path (columns._read_from_path_hint),
# which no command can follow: a command reads a path, not a frame, with --sep naming its
# separator (or Excel's line naming it above the header, "sep=|": csv_dialect.excel_separator);
# a ';' file whose rows end with ';' is read by ';' once its header ends so too, which the
# advice says after.
_READ_AS_A_FRAME = re.compile(r"read it with pd\.read_csv\(path, sep='([^'\\]|\\t)'(, index_col=False)?\) "
                              r"and pass stance the frame(?:, or )?")
# The library's advice for a tab-separated .csv file (csv_dialect._refuse_other_delimiter), which
# no frame's reader can follow but --sep tab can: it reads the file as it is.
_TABS_IN_A_CSV = re.compile(r"(a \.csv file is read with commas \(or semicolons\); save it as CSV "
                            r"\(in Excel: CSV UTF-8\)), or name it \.tsv")


def _as_the_command_line_reads(message: str) -> str:
    r"""``message`` with the library's advice to read a file with pd.read_csv and pass the frame
    as what a command can do instead.

    >>> _as_the_command_line_reads("the file is separated by '|'; read it with pd.read_csv(path, sep='|') and pass "
    ...                            "stance the frame")  # doctest: +NORMALIZE_WHITESPACE
    "the file is separated by '|'; give --sep '|' (or put the line 'sep=|' above its header, Excel's line naming
    the separator)"
    >>> _as_the_command_line_reads("read it with pd.read_csv(path, sep=';', index_col=False) and pass stance the "
    ...                            "frame, or end the header with ';' too")
    "end the header with ';' too"

    A tab, which pandas' advice writes '\t' and which no line above a header names visibly, is
    "--sep tab", as --help writes it; a tab-separated .csv file is told it too:

    >>> _as_the_command_line_reads("separated by '\\t'; read it with pd.read_csv(path, sep='\\t') and pass stance "
    ...                            "the frame")
    "separated by '\\t'; give --sep tab (or name it .tsv)"
    >>> _as_the_command_line_reads("its header separates names with tabs, but a .csv file is read with commas (or "
    ...                            "semicolons); save it as CSV (in Excel: CSV UTF-8), or name it .tsv")
    ... # doctest: +NORMALIZE_WHITESPACE
    'its header separates names with tabs, but a .csv file is read with commas (or semicolons); save it as CSV
    (in Excel: CSV UTF-8), name it .tsv, or give --sep tab'
    """
    def instead(match: re.Match[str]) -> str:
        separator, ending = match.groups()
        if ending:  # what follows is what a command can do
            return ""
        if separator == "\\t":  # a sep= line holding a tab reads as blank: the name says it plainly
            return "give --sep tab (or name it .tsv)"
        return (f"give {shell_option('--sep', separator)} (or put the line 'sep={separator}' above its header, "
                f"Excel's line naming the separator)")

    return _TABS_IN_A_CSV.sub(r"\1, name it .tsv, or give --sep tab", _READ_AS_A_FRAME.sub(instead, message))


# _as_the_command_line_reads' advice to give --sep for a file of another separator: where --sep was
# given, it reads that file too (every .csv of the command, suggest's --exclude files among them).
_SEP_ADVICE = re.compile(r"give --sep (?:tab \(or name it \.tsv\)|\S+ \(or put the line 'sep=(.)' above its header, "
                         r"Excel's line naming the separator\))")


def _with_the_sep_given(message: str, separator: str | None, excluded: bool = False) -> str:
    r"""``message`` whose advice to give ``--sep`` for a file of another separator is, where
    ``--sep`` (``separator``) was given, what can read both: giving this file's, the pool's
    ``.tsv`` was refused and its other .csv files misread, since one ``--sep`` reads every .csv
    file of a command (``excluded``: suggest's --exclude files among them). Without it, each
    file's separator is found from it, and a line "sep=X" above a header names one it cannot find.

    >>> print(_with_the_sep_given("separated by ','; give --sep , (or put the line 'sep=,' above its header, "
    ...                           "Excel's line naming the separator)", "\t", True))  # doctest: +NORMALIZE_WHITESPACE
    separated by ','; --sep tab reads every .csv file of the command (--exclude's too): leave --sep out, so that
    each file's separator is found from it (a .tsv file's is a tab; the line 'sep=,' above a .csv file's header
    names its own)
    """
    if separator is None:
        return message
    given = "--sep tab" if separator == "\t" else shell_option("--sep", separator)
    files = "every .csv file of the command (--exclude's too)" if excluded else "every .csv file of the command"

    def told(advice: re.Match[str]) -> str:
        line = f"the line 'sep={advice[1]}'" if advice[1] else "a line such as 'sep=|'"
        return (f"{given} reads {files}: leave --sep out, so that each file's separator is found from it (a .tsv "
                f"file's is a tab; {line} above a .csv file's header names its own)")

    return _SEP_ADVICE.sub(told, message)


def _texts_as_flags(message: str) -> str:
    """``message`` with each text argument given with its flag beside it as the flag alone, the
    flag's value found as the text shell-quoted (:func:`shell_option`), so whatever it holds.

    >>> print(_texts_as_flags("pass none_label='none (off-topic)' (on the command line: "
    ...                       "--none-label 'none (off-topic)') or not"))
    pass --none-label 'none (off-topic)' or not
    """
    kept, done = [], 0
    for match in _TEXT_WITH_ITS_FLAG.finditer(message):
        typed = shell_option(match[2], ast.literal_eval(match[1]))
        # A value cut short in the library's words (quoted(), "'We stand…'") is not the one typed:
        # _WITH_ITS_FLAG reads that as before.
        if message.startswith(typed + ")", match.start(2)):
            kept += [message[done:match.start()], typed]
            done = match.start(2) + len(typed) + 1
    return "".join(kept) + message[done:]


def _quoted_arguments_as_typed(message: str) -> str:
    r"""``message`` with each argument the library names with a text ("text_column='body'") as the
    command line types it, the flag and the text after it, shell-quoted where it must be
    (:func:`stance.exceptions.shell_option`); a quoted value is the user's own, left as it is.

    >>> print(_quoted_arguments_as_typed("text_column='my text': no such column (--text-column='body'?)"))
    --text-column 'my text': no such column (--text-column body?)
    >>> print(_quoted_arguments_as_typed("columns present: [\"by='x'\", 'text']; none_label='-'"))
    columns present: ["by='x'", 'text']; --none-label=-

    A quoted text that is no Python string (the user's own words echoed, "--option
    negation_words=[by='\x']") is kept as it is:

    >>> print(_quoted_arguments_as_typed("--option negation_words=[by='\\x']: not a JSON list"))
    --option negation_words=[by='\x']: not a JSON list
    """
    def typed(match: re.Match[str]) -> str:
        argument, flag, value = match.groups()
        if value is None:  # a quoted value, or a flag's value as typed: kept
            return match[0]
        try:
            text = ast.literal_eval(value)
        except (SyntaxError, ValueError):  # '\x' typed by the user, not a repr: a traceback stood for the message
            return match[0]
        return shell_option(_FLAG_OF[argument] if argument else flag, text)

    return _QUOTED_ARGUMENT.sub(typed, message)


def _in_flags(message: str) -> str:
    """``message`` with the library's argument names as the command line's flags (and its advice to
    pass a frame as what a command can do, see :func:`_as_the_command_line_reads`); an
    argument given with its flag beside it, as the flag alone (turned into a flag too, the
    argument said the flag twice).

    >>> _in_flags("text_column='body': no such column; random_state must be an int")
    '--text-column body: no such column; --random-state must be an int'
    >>> _in_flags("--option text_column=…: text_column has its own flag")
    '--option text_column=…: text_column has its own flag'
    >>> _in_flags("pass none_label='aucun' (on the command line: --none-label aucun)")
    'pass --none-label aucun'
    >>> _in_flags("all 5 statements are in exclude (on the command line: --exclude), labelled already")
    'all 5 statements are in --exclude, labelled already'
    >>> _in_flags("pass favor= and against= (a value or a list of values each) to count otherwise")
    'pass --favor and --against (a value each, repeated for several values) to count otherwise'
    >>> _in_flags("got ['favor']; pass stance_column=None to train without one")
    "got ['favor']; pass --stance-column none to train without one"
    >>> _in_flags("cannot tell which is against; pass favor= and against= to name them")
    'cannot tell which is against; pass --favor and --against to name them'

    A quoted value is the user's own, left as it is (a column named "by= x" was listed as "--by x"):

    >>> print(_in_flags("text_column='favor= x': no such column; columns present: ['text', 'by= x']"))
    --text-column 'favor= x': no such column; columns present: ['text', 'by= x']
    """
    message = _as_the_command_line_reads(message)
    for said, typed in _LISTS_AS_FLAGS.items():
        message = message.replace(said, typed)
    flags = _NAMED_WITH_ITS_FLAG.sub(r"\1", _WITH_ITS_FLAG.sub(r"\1", _texts_as_flags(message)))
    flags = _quoted_arguments_as_typed(flags)

    def named_as_flags(unquoted: str) -> str:
        unquoted = _NONE_AS_TYPED.sub(lambda name: f"{_FLAG_OF[name.group(1)]} none", unquoted)
        unquoted = _BARE_ARGUMENT.sub(lambda name: _FLAG_OF[name.group(1)], unquoted)
        return _ARGUMENT_NAMED.sub(lambda name: _FLAG_OF[name.group(1)], unquoted)

    return _outside_quotes(flags, named_as_flags)


def _outside_quotes(message: str, change: Callable[[str], str]) -> str:
    """``message`` after ``change``, its quoted values (:data:`_QUOTED`) and the values its flags
    are given as typed (:data:`_TYPED_AFTER_FLAG`) kept as they are.

    >>> _outside_quotes("by='by= x': no such column", str.upper)
    "BY='by= x': NO SUCH COLUMN"
    >>> _outside_quotes("did you mean --none-label by=x?", str.upper)
    'DID YOU MEAN --none-label by=x?'
    """
    kept: list[str] = []

    def held(quoted: re.Match[str]) -> str:  # a mark no first line holds: _first_line escapes a NUL
        kept.append(quoted.group())
        return f"\x00{len(kept) - 1}\x00"

    changed = change(_KEPT_AS_GIVEN.sub(held, message))
    return re.sub("\x00(\\d+)\x00", lambda mark: kept[int(mark.group(1))], changed)


# A row of a folder's CSV/TSV file as the library names it: "row 'b.csv:02'" (see read_table);
# the rows after it in a list ("rows 'b.csv:02', 'b.csv:05'") are such names alone.
_FOLDER_ROW = re.compile(r"""\brows? (['"])((?:(?!\1).)+?\.(?i:csv|tsv|jsonl)):(\d+)\1""")
_FOLDER_ROW_NAME = re.compile(r"""(['"])((?:(?!\1).)+?\.(?i:csv|tsv|jsonl)):(\d+)\1""")
# Rows of a single file as the library names them: "row 3", "rows 3, 7, 9".
_FILE_ROWS = re.compile(r"\brows? (\d+(?:, \d+)*)\b")


def _line_hint(args: argparse.Namespace, message: str) -> str:
    """Where a row an error names sits in a CSV/TSV file, or in a folder's: rows count from 0
    after the header. The file is read in the command's ``--encoding``: read as UTF-8, a
    latin1 file's row had no line named, and a UTF-16 one's neither."""
    import os

    source = getattr(args, "data", None) or getattr(args, "input", None)
    if not isinstance(source, str) or _through_dask(args):
        return ""  # Dask reads in blocks: its row numbers count from a block's start, not the file's
    encoding = getattr(args, "encoding", None) or "utf-8"  # classify and explain read no table
    if os.path.isdir(source):
        return _folder_line_hint(source, message, encoding)
    from .tables import is_pattern, pattern_base

    if is_pattern(source):  # read as a folder's files are, each row named from the glob's folder
        return _folder_line_hint(str(pattern_base(source)), message, encoding)
    if source.lower().endswith(".jsonl"):
        return _jsonl_line_hint(source, message, encoding)
    if not source.lower().endswith((".csv", ".tsv")):
        return ""
    # Every row named, in the order named: an error or a warning may name several, of several kinds.
    numbers = _rows_named(message)
    if not numbers:
        return ""
    lines = _rows_on_lines(source, numbers, [str(number) for number in numbers], "the file", encoding)
    return f" (rows count from 0 after the header{lines})"


def _rows_named(message: str) -> list[int]:
    """Every row of a single file ``message`` names, in the order named: an error or a
    warning may name several, of several kinds.

    >>> _rows_named("row 3 has no label; rows 7, 3 have no text")
    [3, 7]
    """
    return list(dict.fromkeys(int(number) for found in _FILE_ROWS.finditer(message)
                              for number in found.group(1).split(", ")))


def _jsonl_line_hint(source: str, message: str, encoding: str = "utf-8") -> str:
    """Where a row an error names sits in a JSON Lines file: the reader skips blank lines,
    so row 10 need not be line 11 (the hint was given for CSV and TSV files only).

    >>> _jsonl_line_hint("gone.jsonl", "row 3 has no label")
    ''
    """
    numbers = _rows_named(message)
    lines = (_rows_on_lines(source, numbers, [str(number) for number in numbers], "the file", encoding)
             if numbers else "")
    return f" (rows count from 0, blank lines skipped{lines})" if lines else ""


def _rows_on_lines(path: str, rows: list[int], named: list[str], file: str, encoding: str = "utf-8") -> str:
    """Which lines of ``path`` (called ``file``, read in ``encoding``) its data rows ``rows`` (``named`` so) begin
    on, as words to follow "rows count from 0 after the header"; nothing of a row whose line
    cannot be told: a wrong line is worse than none (``row + 2`` was wrong after a cell over
    several lines, or a blank line, which the reader skips).

    >>> _rows_on_lines("gone.csv", [1], ["1"], "the file")
    ''
    """
    from pathlib import Path

    from .jsonl import jsonl_row_lines
    from .tables import row_lines

    lines = (jsonl_row_lines if path.lower().endswith(".jsonl") else row_lines)(Path(path), rows, encoding)
    known = [(name, lines[row]) for row, name in zip(rows, named) if row in lines]
    if not known:
        return ""
    if len(known) == 1:
        return f": row {known[0][0]} is line {known[0][1]} of {file}"
    return (f": rows {', '.join(name for name, _ in known)} are lines {', '.join(str(line) for _, line in known)} "
            f"of {file}")


def _folder_line_hint(folder: str, message: str, encoding: str = "utf-8") -> str:
    """Where a row of a folder's CSV, TSV or JSON Lines file that an error names ("row
    'b.csv:02'") sits in that file, as _line_hint says it of a single file's.

    >>> _folder_line_hint("fold", "row 'b.jsonl:2' has no label"), _folder_line_hint("f", "row 'a.parquet:1'")
    ('', '')
    """
    import os

    if not _FOLDER_ROW.search(message):
        return ""
    by_file: dict[str, dict[int, str]] = {}  # each file's rows, in the order named
    for quote, name, number in (row.groups() for row in _FOLDER_ROW_NAME.finditer(message)):
        by_file.setdefault(name, {}).setdefault(int(number), f"{quote}{name}:{number}{quote}")
    said = []
    for name, rows in by_file.items():
        path = os.path.join(folder, name)
        if lines := _rows_on_lines(path, list(rows), list(rows.values()), path, encoding):
            said.append(lines.removeprefix(": "))
    # A .jsonl file has no header: its rows count from its first line (blank ones skipped).
    tables = any(not name.lower().endswith(".jsonl") for name in by_file)
    if not tables and not said:
        return ""
    counted = "after each file's header" if tables else "in each file, blank lines skipped"
    if tables and any(name.lower().endswith(".jsonl") for name in by_file):
        counted += " (a .jsonl file has none)"
    return f" (rows count from 0 {counted}{': ' + '; '.join(said) if said else ''})"


def _through_dask(args: argparse.Namespace) -> bool:
    """Whether ``stance score`` reads its input with Dask: a glob, --workers or --scheduler."""
    import glob
    import os

    source = getattr(args, "input", None)
    pattern = isinstance(source, str) and glob.has_magic(source) and not os.path.exists(source)
    return bool(pattern or getattr(args, "scheduler", None) or getattr(args, "workers", None) is not None)


def _one_line_warning(arguments: argparse.Namespace) -> Callable[..., None]:
    """Show a warning as the CLI's errors are shown: one line on stderr, naming the command,
    and the lines of the file of the rows it names."""
    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        # in the command line's words where the warning has them (stance.exceptions.warn)
        text = _in_flags(_first_line(_said(message) if isinstance(message, Warning) else message))
        # One write, line end and all: print writes them apart, and a warning of another
        # thread (training fits in threads) fell between, two warnings on one line.
        sys.stderr.write(f"stance {arguments.command}: warning: {text}{_line_hint(arguments, text)}\n")

    return show


def _warning_raised(arguments: argparse.Namespace, warning: Warning) -> str:
    """The line of a stance warning that the warnings filter raised as an error (PYTHONWARNINGS=error,
    ``python -W error``): its message as a warning's, said to be one, as it otherwise stops
    the command with nothing to tell it from an error. Only the library's warnings: they are
    about the input, a 2; another library's (a DeprecationWarning) is not the call's to fix.

    >>> from .exceptions import LongTextWarning
    >>> _warning_raised(argparse.Namespace(command="score"), LongTextWarning("row 1 holds a text of 6,900 characters"))
    'warning raised as an error by the warnings filter (PYTHONWARNINGS or -W): row 1 holds a text of 6,900 characters'
    """
    text = _in_flags(_first_line(_said(warning)))
    return (f"warning raised as an error by the warnings filter (PYTHONWARNINGS or -W): {text}"
            f"{_line_hint(arguments, text)}")

"""``stance document``: a document's plain text read (refusing, with what to do instead, a
spreadsheet, a PDF, a compressed or undecodable file), split into statements, scored, and its
profile printed, written or drawn.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .cli_classify import _a_device
from .cli_data import _check_table_output, _model, _refuse_flags_that_do_nothing, _refuse_output_in_model
from .cli_errors import EXIT_OK
from .exceptions import install_advice, quoted, shell_path, warn
from .terminal import (
    _UNMARKED_START,
    _json_text,
    _Missing,
    _no_stdin,
    _refuse_compressed_stdin,
    _refuse_unmarked,
    _shown,
    bounded_lines,
)

if TYPE_CHECKING:
    from .document import DocumentScore

# Files `stance document` cannot read as text, known by their first bytes.
DOCUMENT_FORMATS = (
    (b"PK\x03\x04", "is a zip archive (a .docx, .odt or .pages file?); save it as plain text (.txt) first"),
    (b"%PDF", "is a PDF; extract its text first (for example with pdftotext)"),
    (b"{\\rtf", "is RTF; save it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0", "is an old Office file (.doc?); save it as plain text (.txt) first"),
)


def cmd_document(args: argparse.Namespace) -> int:
    from .document import score_document, score_documents
    from .report import statements

    if "-" in args.files and len(args.files) > 1:
        raise _Missing("FILE: - (stdin) is one document; give it alone, or name files only")
    if "-" in args.files and sys.stdin is None:  # closed (<&-): read, it raised AttributeError
        raise _no_stdin("FILE", "the document", "name the document's file")
    if len(set(args.files)) < len(args.files):
        counts = Counter(args.files)  # not list.count per name: quadratic on a shell's long glob
        twice = sorted(name for name, count in counts.items() if count > 1)
        raise _Missing(f"FILE: {', '.join(map(repr, twice))} given twice; name each document once")
    _refuse_one_file_named_twice(args.files)
    args.files = _globs_expanded(args.files)
    for name in args.files:
        _check_document_file(name, args.output)
    if args.plot:
        _check_plot_target(args.plot, args.files)
    for name in args.files:
        _check_table_output(args.output, name, other_formats=_DOCUMENT_FORMATS, any_format=True)
    _refuse_output_in_model(args, {"-o": args.output, "--plot": args.plot})
    _refuse_flags_that_do_nothing(args, [], args.output)  # its --encoding reads every document
    several = len(args.files) > 1  # one --encoding reads them all
    # A pipe is read once: its mark kept here. A line at a time, each bounded: /dev/zero's one
    # line, read whole, ran out of memory, deaf to SIGTERM.
    stdin = b"".join(bounded_lines(sys.stdin.buffer, "document")) if args.files == ["-"] else None
    if stdin == b"" and (sys.stdin.isatty() or _a_device(sys.stdin)):
        # As classify's rule (README, Exit status): nothing from a terminal (Ctrl-D at once) or a
        # device such as /dev/null (a job run without one) is a document forgotten, not one of no
        # statements; a pipe or file of nothing (a filter upstream that matched nothing) still is.
        raise _Missing("no document on stdin; name the document's file, or pipe its text "
                       "(cat speech.txt | stance document -)")
    texts = {name: _read_document(name, args.encoding, several, stdin) for name in args.files}
    if len(texts) == 1:
        doc = score_document(texts[args.files[0]], model=_model(args), favor=_side(args.favor),
                             against=_side(args.against))
    else:
        doc = score_documents(texts, model=_model(args), favor=_side(args.favor), against=_side(args.against))
    speakers = None  # whose statements a plot draws, for its title
    if args.speaker or args.leave_out_speaker:
        doc, speakers = _of_speakers(doc, args)
    from .files import written_together

    # Both in place or neither: a plot that could not be drawn (a full disk) had left the
    # new table in place of the user's. Before the tables on stdout: a reader that quits
    # (| head -1) ends the command there.
    with written_together():
        if args.output:
            _write_statements(doc, args, stdin)
        if args.plot:
            _draw_profile(doc, args.plot, speakers)
    if args.output:
        print(f"wrote {statements(len(doc.sentences))} to {_shown(args.output)}", file=sys.stderr)
    if args.plot:
        print(f"profile drawn to {_shown(str(args.plot))}", file=sys.stderr)
    if args.json:
        print(_json_text(doc.to_dict(), indent=1))
    elif len(texts) == 1:
        print(doc.to_string())  # every statement: print(doc) shows a long one's first and last
    else:  # every statement of many documents is for -o; the terminal gets each one's profile
        print(f"{statements(len(doc.sentences))} in {len(texts)} documents"
              + ("" if args.output else " (-o OUT.csv writes every statement)"))
        print(f"\nProfile per document\n{_profile_per_document(doc, list(texts))}")
    return EXIT_OK


def _write_statements(doc: Any, args: argparse.Namespace, stdin: bytes | None) -> None:
    """Write every statement of ``doc`` to -o, by its suffix."""
    from .files import write_table_atomically
    from .text import index_as_columns

    # A document without statements (blank, or furniture only) is a table of headers only,
    # as it is "(no statements)" on stdout, not an error after the scoring. By -o's suffix, as
    # score, suggest and check write theirs: a .jsonl was refused, pointing to Python. Its
    # byte-order mark is the first document's, as a glob's output has its first file's; stdin,
    # which has no file to look at again, by its bytes read, with the same rule.
    bom = args.bom or (stdin is not None and _stdin_marked(stdin, args.encoding))
    write_table_atomically([index_as_columns(doc.sentences)], args.output, source=args.files[0], progress=False,
                           allow_empty=True, like=args.files[0], like_encoding=args.encoding, bom=bom)


def _stdin_marked(raw: bytes, encoding: str) -> bool:
    """Whether a CSV of the document read from stdin's bytes ``raw`` in ``encoding`` begins with
    UTF-8's byte-order mark: when ``raw`` does, or another encoding read it (cp1252), as a file's
    output does (see :func:`stance.files.csv_form`). It never did: stdin has no file to read again.

    >>> _stdin_marked(b"\\xef\\xbb\\xbfNATO.", "utf-8"), _stdin_marked(b"NATO.", "cp1252")
    (True, True)
    >>> _stdin_marked(b"NATO.", "utf-8")
    False
    """
    from .files import bytes_marked

    return bytes_marked(raw) or encoding != "utf-8"


def _profile_per_document(doc: DocumentScore, names: list[str]) -> str:
    """The profile of many documents as the terminal gets it: every row naming its document, and
    a line for each of ``names`` with no statement on a target (Chinese, off-topic), or none at all
    (blank, furniture alone), as the warning on stderr says."""
    from .document import NO_TARGET, POSITION_NOT_DEFINED, without_target
    from .explain import plain_table
    from .report import NOT_DEFINED

    # sparsify=False: pandas left the document's cell blank under its first row. A position not
    # defined (0 favor, 0 against) "n/a" and why under it, as one document's profile prints it:
    # of several it read "NaN", with no word of why.
    table = (plain_table(doc.profile.round(2), sparsify=False, na_rep=NOT_DEFINED) if len(doc.profile)
             else NO_TARGET)
    if len(doc.profile) and doc.profile.isna().any(axis=None):
        table += f"\n{POSITION_NOT_DEFINED}"
    # With no target in any, the documents --speaker kept none of are still named so (doc._unchosen_lines)
    return table + (without_target(doc.profile, names, doc._empty, dict(doc._unchosen)) if len(doc.profile)
                    else doc._unchosen_lines())


# Where a document's statements are had in formats other than -o's, as an -o of another suffix is told.
_DOCUMENT_FORMATS = ("for JSON, use --json (every statement and the profile, on standard output); JSON Lines is "
                     "written under .jsonl, and a spreadsheet opens .csv")


def _file_key(name: str) -> tuple[str, int, int] | str:
    """What tells the file ``name`` from others: its path with links resolved in any case, with
    its device and inode, the same for "a.txt", "./a.txt", its absolute path, a path through a
    linked folder and, on a file system blind to case (macOS's, Windows'), "A.txt"; the name
    itself for stdin ("-"), a missing file or a name no path can hold (refused later, naming it).

    Not the device and inode alone: hard links are two names a backup tree gives two days'
    copies of one text ("snap/mon/speech.txt", "snap/tue/speech.txt"), two documents, and a
    file system may give every file inode 0 (FAT and some network drives on Windows).
    """
    if name == "-":
        return name
    try:
        status = os.stat(name)
        return (os.path.realpath(name).casefold(), status.st_dev, status.st_ino)
    except (OSError, ValueError):  # missing, or a NUL in the name
        return name


def _refuse_one_file_named_twice(names: list[str]) -> None:
    """Refuse two FILE arguments (not globs) that name one file by two paths, as the same name
    twice is refused: the file was scored as two documents, each statement counted twice."""
    from .tables import is_pattern

    seen: dict[tuple[str, int, int] | str, str] = {}
    for name in names:
        if name == "-" or is_pattern(name):
            continue
        first = seen.setdefault(_file_key(name), name)
        if first != name:
            raise _Missing(f"FILE: {first!r} and {name!r} name the same file; name each document once")


def _globs_expanded(names: list[str]) -> list[str]:
    """FILE arguments with each glob ("speeches/*.txt", see :func:`stance.tables.is_pattern`)
    replaced by the files it matches, in name order, as the table commands read a quoted glob:
    Windows' shells pass a glob as typed, which was "file not found". A file matched twice, or
    named and matched, is read once, under the name it had first, whatever path each gives it
    (absolute, or through a link); a glob that matches no file is refused, naming it, and its
    symbolic links to no file are left out with a warning, or named by the refusal where they
    are all it matches (it said "no files match", as if mistyped); so are its folders named as
    documents ("sub.txt/"), as a glob of tables names its folders named as tables."""
    import glob

    from .file_types import DOCUMENT_SUFFIXES, to_no_file
    from .table_folders import _table_folder, table_folders_named
    from .tables import NO_FILE_ADVICE, is_pattern, links_to_no_file_named, pattern_base

    expanded: list[str] = []
    for name in names:
        if name == "-" or not is_pattern(name):
            expanded.append(name)
            continue
        found = glob.glob(name)
        matched = sorted(path for path in found if os.path.isfile(path))
        dead = sorted(path for path in found if to_no_file(path))
        folders = sorted(path for path in found if _table_folder(path, DOCUMENT_SUFFIXES))
        base = pattern_base(name)
        links = links_to_no_file_named(dead, base) if dead else ""
        subfolders = table_folders_named(folders, base, DOCUMENT_SUFFIXES, "document") if folders else ""
        if not matched and (links or subfolders):
            but = ([f"{links}, {NO_FILE_ADVICE}"] if links else []) + ([subfolders] if subfolders else [])
            raise _Missing(f"FILE: glob {name!r} matches no file but {'; '.join(but)}")
        if not matched:
            raise _Missing(f"FILE: no files match {name!r}; give a file or a glob such as 'speeches/*.txt'")
        if links:
            warn(f"FILE: left out {links} of glob {name!r}, {NO_FILE_ADVICE}")
        if subfolders:  # as a glob of tables warns of its folders named as tables
            warn(f"FILE: glob {name!r}: passed over {subfolders}")
        expanded += matched
    first: dict[tuple[str, int, int] | str, str] = {}
    for name in expanded:
        first.setdefault(_file_key(name), name)
    return list(first.values())


def _check_document_file(name: str, output: str | None = None) -> None:
    """Refuse a FILE that is missing or a folder before any document is read; a missing one is
    told the text files beside it it likely meant, not the tables and folders that the table
    readers offer, which document refuses. A folder is told the quoted glob of its documents to
    type (with ``output``, the -o given), as ``stance score`` tells a folder of tables: it was
    "is a directory, not a file", where a glob scores them together (README "Several documents").
    The folder's name is escaped for the glob ("b[1]"), a folder of several suffixes is told one
    command of a glob for each, and documents named with a leading "." (which a glob skips) by name.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "a.txt").write_text("We agree.")
    ...     try:
    ...         _check_document_file(folder, "all.csv")
    ...     except _Missing as error:
    ...         print(str(error).split(": ")[-1].replace(folder, "DIR"))
    stance document 'DIR/*.txt' -o all.csv
    """
    import glob
    from pathlib import Path

    from .file_types import DOCUMENT_SUFFIXES, a_document, names_closed_standard_input, not_a_file, to_no_file

    path = Path(name)
    if names_closed_standard_input(name):  # /dev/null's device since the command's start, which put it there
        raise _Missing(not_a_file(name, a_document))
    if name != "-" and _a_device_not_a_terminal(name):
        raise _Missing(f"{name!r} is a device, not a file; name the document's file, or pipe its text "
                       f"(cat speech.txt | stance document -)")
    if name == "-" or (os.path.exists(path) and not os.path.isdir(path)):  # os.path's: see not_a_file
        return
    if not os.path.isdir(path):
        raise _Missing(not_a_file(name, a_document))  # as typed: Path drops a trailing slash
    try:
        with os.scandir(path) as entries:
            named = sorted((entry.name, to_no_file(entry.path)) for entry in entries if a_document(entry))
    except OSError:  # a folder not ours to list: said as before
        raise _Missing(not_a_file(name, a_document)) from None
    # Its links to no file are no documents: named where nothing else is there.
    documents = [document for document, dead in named if not dead]
    links = [path / document for document, dead in named if dead]
    to = f" -o {shell_path(output)}" if output else ""
    # A glob's "*" skips names beginning with ".", so such documents are named one by one.
    hidden = [document for document in documents if document.startswith(".")]
    documents = [document for document in documents if not document.startswith(".")]
    if not documents and hidden:
        files = " ".join(shell_path(path / document) for document in hidden)
        raise _Missing(f"{name!r} is a folder whose documents' names begin with '.', which a glob skips; "
                       f"name them: stance document {files}{to}")
    if not documents:
        from .tables import NO_FILE_ADVICE, links_to_no_file_named

        raise _Missing(f"{name!r} is a folder, with no documents in it (files named {', '.join(DOCUMENT_SUFFIXES)})"
                       + (f" but {links_to_no_file_named(links, path)}, {NO_FILE_ADVICE}" if links else ""))
    more = f" and {len(documents) - 5} more" if len(documents) > 5 else ""
    # As written ("*.TXT" for A.TXT): a glob is case-sensitive where the file system is. The folder's
    # name escaped, as "b[1]" would be a glob's brackets; one command of a glob per suffix, as FILE
    # takes several, since two commands writing one -o would each score a part.
    suffixes = sorted({Path(document).suffix for document in documents})
    globs = " ".join(shell_path(os.path.join(glob.escape(str(path)), "*" + suffix)) for suffix in suffixes)
    skipped = f"; {len(hidden)} named with a leading '.' a glob skips" if hidden else ""
    raise _Missing(f"{name!r} is a folder (of {', '.join(documents[:5])}{more}{skipped}); "
                   + ("a quoted glob scores its documents together, in name order: " if len(suffixes) == 1 else
                      "quoted globs score its documents together, each glob's in name order: ")
                   + f"stance document {globs}{to}")


def _a_device_not_a_terminal(name: str) -> bool:
    """Whether FILE ``name`` is a character device other than a terminal: /dev/null read as a
    document of no statements, exit 0, where ``- < /dev/null`` is a usage error, and /dev/zero
    as one line that never ends, until memory ran out. A terminal (/dev/tty, or /dev/stdin on
    one) is typed into, as stdin is; a named pipe is read as a pipe is.

    >>> _a_device_not_a_terminal("/dev/null"), _a_device_not_a_terminal(".")
    (True, False)
    """
    import stat

    try:
        if not stat.S_ISCHR(os.stat(name).st_mode):
            return False
        # Opened without reading, and without becoming the controlling terminal, to ask.
        descriptor = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except (OSError, ValueError):  # missing, not ours to open, a NUL in the name: told later
        return False
    try:
        return not os.isatty(descriptor)
    finally:
        os.close(descriptor)


def _read_document(name: str, encoding: str = "utf-8", several: bool = False, stdin: bytes | None = None) -> str:
    """The text of FILE (- for stdin, or its bytes ``stdin`` read already), in ``encoding``
    (--encoding; see :func:`_document_text`), refused when it is a .docx, PDF, other binary
    format or compressed file. With ``several`` (other documents read in the same --encoding) a
    file not in UTF-8 is told to be re-saved."""
    from pathlib import Path

    from .file_types import is_parquet, unreadable

    refused = _misnamed_parquet(name) if name != "-" else None
    refused = refused or _refused_by_suffix(name)
    if refused is not None:
        raise _Missing(refused)
    try:
        raw = (stdin if stdin is not None else sys.stdin.buffer.read()) if name == "-" else Path(name).read_bytes()
    except PermissionError:
        raise _Missing(unreadable(name)) from None
    refused = _refused_by_content(name, raw, stdin=name == "-")
    if refused is not None:
        raise _Missing(refused)
    if name == "-":  # else "not UTF-8 text", with advice no re-saving follows
        _refuse_compressed_stdin(raw, "document")
        if is_parquet(raw[:4], raw[-8:], len(raw)):
            raise _Missing(f"standard input is a Parquet file; save it as a .parquet file and {_PARQUET_THEN}")
    text = _without_dos_end(_document_text(raw, name, encoding, several))
    if name != "-":  # "stance document - < votes.csv" is how to read a table as prose on purpose
        told = _table_saved_as_text(name, text)
        if told is not None:
            warn(told)
    return text


# What a Parquet file given to stance document is told to do instead.
_PARQUET_THEN = "score its rows with stance score, which reads a table of statements"


def _misnamed_parquet(name: str) -> str | None:
    """Why stance document refuses the FILE ``name``, a Parquet file under another suffix (told
    as one, whatever its name; a .parquet name is refused by :func:`_refused_by_suffix`), or
    None. Only a regular file is opened: a FIFO would wait for a writer."""
    from pathlib import Path

    from .file_types import is_parquet_file, misnamed_parquet

    if os.path.isfile(name) and is_parquet_file(name):
        return misnamed_parquet(Path(name), _PARQUET_THEN) or None
    return None


def _refused_by_content(name: str, start: bytes, *, stdin: bool = False) -> str | None:
    """Why stance document refuses the FILE ``name`` whose first bytes are ``start`` (RESEARCH_SAMPLED
    suffice): a binary document format, a statistics program's data or a compressed file; None
    when its bytes are not refused as these (they may still not decode). ``stdin``: standard
    input, whose own checks follow in :func:`_read_document`."""
    from pathlib import Path

    from .file_types import RESEARCH_SAMPLED, research_file
    from .files import unused_output
    from .tables import SUPPORTED_SUFFIXES, compressed_kind, decompressed_name

    for magic, what in DOCUMENT_FORMATS:
        if start.startswith(magic):
            return f"{name!r} {what}"
    if stdin:  # a compressed stream is told by _read_document's own check, how to decompress it
        return None if compressed_kind(start[:10]) is not None else _binary(name, start)
    # Before gzip: an .rds is one, whose decompressed bytes were then told to be UTF-16.
    research = research_file(Path(name), start[:RESEARCH_SAMPLED])
    if research is not None:
        return research
    compressed = compressed_kind(start[:10])
    if compressed is None:
        return _binary(name, start)
    kind, command = compressed
    plain = decompressed_name(Path(name), ".txt")
    # votes.csv.gz was told to decompress to votes.csv "and read that", which is refused as a table.
    then = (f"and run stance score {shell_path(plain)} -o {unused_output(str(plain))} on its rows, a table of "
            f"statements ({plain.suffix.lower()})" if plain.suffix.lower() in SUPPORTED_SUFFIXES else "and read that")
    return (f"{name!r} is a compressed file ({kind}); decompress it first "
            f"(e.g. {command} {shell_path(name)} > {shell_path(plain)}) {then}")


def _binary(name: str, start: bytes) -> str | None:
    """Why the FILE ``name`` whose first bytes are ``start`` is refused as binary data (see
    :func:`stance.file_types.binary_kind`), or None: an executable or an image was told to be
    text in another encoding, and scored with the one advised."""
    from .file_types import binary_kind

    kind = binary_kind(start)
    if kind is None:
        return None
    shown = "standard input" if name == "-" else repr(name)
    return f"{shown} is {kind}, not text; stance document reads a document's plain text (.txt)"


def _refused_by_suffix(name: str) -> str | None:
    """Why stance document refuses the FILE ``name`` by its suffix alone, before reading it: a
    spreadsheet, a statistics program's data, a table of statements or JSON, each rows of
    statements and not a document's text; None for any other suffix.

    >>> print(_refused_by_suffix("votes.xlsx"))  # doctest: +NORMALIZE_WHITESPACE
    'votes.xlsx' is a spreadsheet, and stance document reads a document's plain text; to score its rows, save it
    as 'CSV UTF-8' and run stance score on the CSV
    >>> _refused_by_suffix("speech.txt") is None
    True
    """
    from pathlib import Path

    from .file_types import RESEARCH_SUFFIXES, research_hint
    from .tables import SPREADSHEET_SUFFIXES, SUPPORTED_SUFFIXES

    suffix = Path(name).suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:  # rows of statements, not a document's text
        return (f"{name!r} is a spreadsheet, and stance document reads a document's plain text; to score "
                f"its rows, save it as 'CSV UTF-8' and run stance score on the CSV")
    if suffix in RESEARCH_SUFFIXES:  # a statistics program's rows of statements, as a spreadsheet's
        what, advice = research_hint(Path(name), RESEARCH_SUFFIXES[suffix]).split("; ", 1)
        return (f"{name!r} is {what}, and stance document reads a document's plain text; to score its rows, "
                f"{advice.replace('and read that', 'and run stance score on the CSV')}")
    if suffix in SUPPORTED_SUFFIXES:  # a CSV's header and a JSONL's braces were scored as statements
        return _table_as_document(name)
    if suffix == ".json":  # its braces and keys were scored as statements, as a JSONL's were
        return _json_as_document(name)
    return None


# The first bytes of DOCUMENT_FORMATS' files by the suffix each is saved under, which tell a
# file's name not yet there (stance classify report.pdf) what stance document would say of it.
_FORMAT_SUFFIXES = {".docx": b"PK\x03\x04", ".odt": b"PK\x03\x04", ".pdf": b"%PDF", ".rtf": b"{\\rtf",
                    ".doc": b"\xd0\xcf\x11\xe0"}


def _refused_document(name: str) -> str | None:
    """What stance document says in refusing the FILE ``name`` (see :func:`_read_document`),
    told by its suffix and, a file here, by its first bytes (a .docx of plain text is read); a
    name of no file by its suffix alone. None when stance document reads it.

    >>> print(_refused_document("no such report.pdf"))
    'no such report.pdf' is a PDF; extract its text first (for example with pdftotext)
    >>> _refused_document("speech.md") is None
    True
    """
    refused = _misnamed_parquet(name) or _refused_by_suffix(name)
    if refused is not None:
        return refused
    start = _first_bytes(name)
    if start is None:  # no regular file (or no file's name at all): told by its suffix
        start = _FORMAT_SUFFIXES.get(os.path.splitext(name)[1].lower(), b"")
    # as stance document tells a file here by its bytes (votes.csv.gz, a gzip, was offered it)
    return _refused_by_content(name, start)


def _first_bytes(name: str) -> bytes | None:
    """The first bytes of the regular file ``name`` (RESEARCH_SAMPLED, as stance document looks
    at them); None when it is none. Only a regular
    file is opened: opening a FIFO waits for a writer (stance classify pipe.txt hung), and a
    device or /dev/stdin would be read from. isfile asks stat, which opens nothing, and is
    False, not an error, of a name too long or with a NUL."""
    from .file_types import RESEARCH_SAMPLED

    if not os.path.isfile(name):
        return None
    try:
        with open(name, "rb") as handle:
            return handle.read(RESEARCH_SAMPLED)
    except OSError:  # unreadable, or gone since
        return None


# The column of statements stance reads by default (--text-column's default, text_column=),
# in any case: a first line that names it is a header.
_TEXT_COLUMN = "text"
# Lines split alike, the header among them: a header and a row, or two lines of tabbed prose
# ("Q\tWhat is NATO doing"), are too few to tell.
_TABLE_LINES = 3


def _column_name_like(field: str) -> bool:
    """Whether ``field`` of a .txt file's first line reads as a column's name: a spreadsheet's
    header, up to three words ("speaker name"), not a sentence's (no final stop) nor empty.

    >>> _column_name_like("speaker name"), _column_name_like("We stand together."), _column_name_like(" ")
    (True, False, False)
    """
    words = field.split()
    return 0 < len(words) <= 3 and not field.rstrip().endswith((".", "!", "?", ":"))


def _table_saved_as_text(name: str, text: str) -> str | None:
    r"""The warning for the .txt FILE ``name`` whose ``text`` is a table of statements (Excel's
    "Unicode Text", a CSV saved as "votes.csv.txt"), or None: read as prose, its header was glued
    to the first statement and each row's id to its text, with exit 0 and no word. It is one
    when its name ends .csv.txt or .tsv.txt, or when every line but blank ones, three or more,
    splits, at tabs, or at commas as a CSV is read, into the same number of fields, two or more,
    and the first line's are names of columns as stance reads them: short names (see
    _column_name_like), one of them "text" (in any case), the column of statements stance finds.
    A transcript, a poem or a table of contents tabbed ("Moderator\tGood evening", "Introduction\tpage
    1") is prose.
    A warning: the document is scored all the same.

    >>> rows = "ID\tText\r\n1\tWe stand together.\r\n2\tNot one more cent.\r\n"
    >>> print(_table_saved_as_text("u.txt", rows))  # doctest: +NORMALIZE_WHITESPACE
    'u.txt' looks like a table of statements saved as text (each line splits at tabs into 2 fields, the first line
    naming them), scored here as one document's prose, its header and cells in the statements: to score its rows,
    rename it 'u.tsv' and run stance score on it
    >>> print(_table_saved_as_text("s.txt", "Ladies, gentlemen\nToday, we meet.\nThank you, all.\n"))
    None
    >>> print(_table_saved_as_text("t.txt", "NATO summit\tVilnius\nDate\tJuly 2023\nHost\tLithuania\n"))
    None
    >>> print(_table_saved_as_text("n.txt", "id\tspeaker name\ttext\n1\tA B\tWe act.\n2\tC D\tWe stay.\n"))
    ... # doctest: +ELLIPSIS
    'n.txt' looks like a table of statements saved as text (each line splits at tabs into 3 fields, ...
    >>> print(_table_saved_as_text("v.txt", "Text\tWe stand together.\nBy\tthe minister\nOn\tMonday\n"))
    None
    """
    import csv
    from pathlib import Path

    path = Path(name)
    if path.suffix.lower() != ".txt":
        return None
    inner = Path(path.stem).suffix.lower()
    lines = [line for line in text.splitlines() if line.strip()]
    found = None
    if inner in (".csv", ".tsv"):
        found, renamed = f"its name ends {inner}.txt", path.with_name(path.stem)
    elif len(lines) >= _TABLE_LINES:
        for delimiter, what, suffix in (("\t", "tabs", ".tsv"), (",", "commas", ".csv")):
            header = lines[0].split(delimiter)
            if (len(header) < 2 or not all(_column_name_like(field) for field in header)
                    or not any(field.strip().casefold() == _TEXT_COLUMN for field in header)):
                continue
            if all(len(row) == len(header) for row in csv.reader(lines[1:], delimiter=delimiter)):
                found = f"each line splits at {what} into {len(header)} fields, the first line naming them"
                renamed = path.with_suffix(suffix)
                break
    if found is None:
        return None
    return (f"{name!r} looks like a table of statements saved as text ({found}), scored here as one document's "
            f"prose, its header and cells in the statements: to score its rows, rename it {str(renamed)!r} and run "
            f"stance score on it")


def _without_dos_end(text: str) -> str:
    r"""A document's ``text`` without a Ctrl-Z (U+001A) that ends it, the end-of-file mark DOS
    programs wrote (``copy /a``, old editors): read, it was glued to the last sentence
    ("Russia. \x1a").

    A review: an editor re-saving it in DOS mode ends it with a line break after the mark
    ("\x1a\r\n"); a mark right after the last sentence is one too, as are two.

    >>> _without_dos_end("We agree.\r\n\x1a"), _without_dos_end("We agree.\x1a"), _without_dos_end("We\x1a agree.")
    ('We agree.\r\n', 'We agree.', 'We\x1a agree.')
    >>> _without_dos_end("We agree.\r\n\x1a\r\n"), _without_dos_end("Yes.\x1a\n"), _without_dos_end("We.\n\x1a\x1a ")
    ('We agree.\r\n', 'Yes.', 'We.\n')
    """
    # Looked for in the text's tail of marks and white space only: searched through the whole text,
    # each mark was read to the next other character (a text of 20,000 "\x1a " took 2.6 s).
    tail = len(text)
    while tail and (text[tail - 1] == "\x1a" or text[tail - 1].isspace()):
        tail -= 1
    return text[:tail] + _DOS_END.sub("", text[tail:])


# Ctrl-Zs ending a text, with only white space among and after them.
_DOS_END = re.compile(r"\x1a[\x1a\s]*\Z")  # \s: a form feed (a printer's page end) and a no-break space too


def _table_as_document(name: str) -> str:
    """Why FILE ``name``, named as a table of statements (.csv, .tsv, .jsonl, .parquet), is no
    document: read as prose, a CSV's header and a JSONL's braces and keys were scored as
    statements, and a Parquet file was "not UTF-8 text" to re-save with iconv. It names the
    command for the rows, and how to read a text file as prose all the same.

    >>> print(_table_as_document("votes.csv"))
    'votes.csv' is a table of statements (.csv), and stance document reads a document's plain text: to score its
    rows, run stance score votes.csv -o scored.csv (--text-column names the column of statements); to read the file
    as one document's text all the same, give it on stdin: stance document - < votes.csv
    >>> "stdin" in _table_as_document("votes.parquet")  # no prose in it to read
    False
    """
    from pathlib import Path

    from .files import unused_output

    suffix, shell_name = Path(name).suffix.lower(), shell_path(name)
    prose = ("" if suffix == ".parquet" else
             f"; to read the file as one document's text all the same, give it on stdin: "
             f"stance document - < {shell_name}")
    return (f"{name!r} is a table of statements ({suffix}), and stance document reads a document's plain text: "
            f"to score its rows, run stance score {shell_name} -o {unused_output(name)} (--text-column names the "
            f"column of "
            f"statements){prose}")


def _json_as_document(name: str) -> str:
    """Why the .json FILE ``name`` is no document: its records are rows of statements, which
    stance score reads as JSON Lines under the .jsonl suffix, or Python as pandas reads them.

    >>> print(_json_as_document("votes.json"))  # doctest: +NORMALIZE_WHITESPACE
    'votes.json' is JSON, and stance document reads one document's plain text: stance score scores a table of
    statements, JSON Lines (one record a line) under the .jsonl suffix (mv votes.json votes.jsonl; stance score
    votes.jsonl -o scored.csv), a JSON array in Python (stance.score(pandas.read_json('votes.json'))); to read the
    file as one document's text all the same, give it on stdin: stance document - < votes.json
    """
    from pathlib import Path

    from .files import unused_output
    from .jsonl import array_route

    array, encoding = _json_array(name)
    if array:  # renamed .jsonl it is refused, as a line holding an array
        return (f"{name!r} is a JSON array, and stance document reads one document's plain text: to score its "
                f"records, {array_route(name, encoding)}; to read the file as one "
                f"document's text all the same, give it on stdin: stance document - < {shell_path(name)}")
    jsonl = str(Path(name).with_suffix(".jsonl"))
    lines = shell_path(jsonl)
    return (f"{name!r} is JSON, and stance document reads one document's plain text: stance score scores a table "
            f"of statements, JSON Lines (one record a line) under the .jsonl suffix (mv {shell_path(name)} {lines}; "
            f"stance score {lines} -o {unused_output(jsonl)}), a JSON array in Python "
            f"(stance.score(pandas.read_json({name!r}))); "
            f"to read the file as one document's text all the same, give it on stdin: "
            f"stance document - < {shell_path(name)}")


def _json_array(name: str) -> tuple[bool, str | None]:
    """Whether the file ``name`` is a JSON array, and the encoding pandas.read_json needs to
    read it (see :func:`stance.jsonl.array_encoding`); not one when it cannot be read (a name
    not there, which the advice is about)."""
    from .files import expanded
    from .jsonl import array_encoding

    try:
        with open(expanded(name), "rb") as handle:
            return array_encoding(handle.read(4096))
    except OSError:
        return False, None


def _of_speakers(doc: Any, args: argparse.Namespace) -> tuple[Any, str]:
    """``doc`` with the statements of ``--speaker`` alone, or without those of
    ``--leave-out-speaker`` (see :meth:`stance.document.DocumentScore._of_speakers`, which
    ``doc.plot(speakers=…)`` shares); with the speakers counted, or "without" those left out,
    for a plot's title."""
    flag = "--speaker " if args.speaker else "--leave-out-speaker "
    return doc._of_speakers(args.speaker or args.leave_out_speaker, leave_out=not args.speaker, argument=flag)


def _side(values: list[str] | None) -> str | list[str] | None:
    """A repeated ``--favor`` or ``--against`` as the library takes it: one value given once as
    itself, so that a refusal names it as typed ("--favor recht", not "--favor=['recht']").

    >>> _side(["favor"]), _side(["favor", "pro"]), _side(None)
    ('favor', ['favor', 'pro'], None)
    """
    return values[0] if values is not None and len(values) == 1 else values


def _draw_profile(doc: Any, target: str, speakers: str | None = None) -> None:
    """Draw ``doc``'s profile into the image file ``target`` (``--plot``), whole or not at all;
    its title names the ``speakers`` kept (or "without" those left out), when --speaker chose them."""
    with _config_dir_notes_muted():
        if "matplotlib.pyplot" not in sys.modules:  # a command line run: a file is wanted, never a window
            import matplotlib

            # Not when pyplot is in use (main() called from a notebook): switching would close
            # every figure the caller has open and stop plt.show() from showing anything.
            matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    from pathlib import Path

    from .files import write_file_atomically

    # Into a hidden file first (whose name says nothing of the format, so it is given):
    # an interrupted or failed drawing leaves no half image, nor replaces an older one.
    image_format = Path(target).suffix.lower().lstrip(".")
    # The same document gives the same file: matplotlib writes the time into an SVG or
    # PDF unless SOURCE_DATE_EPOCH names one, and random clip-path ids into an SVG
    # unless svg.hashsalt is set (a salt or date the user set is kept).
    metadata = None if "SOURCE_DATE_EPOCH" in os.environ else UNDATED_METADATA.get(image_format)
    with _missing_glyphs_told() as drawn:  # the legend is laid out, so drawn, as the figure is made
        figure = doc._plot(speakers=speakers).figure
        drawn.append(figure)
        try:
            with plt.rc_context({"svg.hashsalt": plt.rcParams["svg.hashsalt"] or "stance"}):
                write_file_atomically(target, lambda handle: figure.savefig(
                    handle, format=image_format, dpi=120, bbox_inches="tight", metadata=metadata))
        finally:
            plt.close(figure)


# The starts of what matplotlib logs as it is imported where its config or cache folder cannot
# be made (a read-only HOME, a container's): "mkdir -p failed for path …", "… is not a writable
# directory" and "Matplotlib created a temporary cache directory at …" (3.7: "config/cache").
_CONFIG_DIR_NOTES = ("mkdir -p failed for path ", "%s is not a writable directory", "Matplotlib created a temporary ")


def _is_config_dir_note(record: Any) -> bool:
    """Whether a log ``record`` of matplotlib's is one of its notes of a config folder it could
    not make (see :data:`_CONFIG_DIR_NOTES`), by its message before the values put in it.

    >>> import logging
    >>> note = logging.LogRecord("matplotlib", 30, "", 0, "mkdir -p failed for path %s: %s", ("/h", "ro"), None)
    >>> other = logging.LogRecord("matplotlib", 30, "", 0, "Bad value in file %r, line %d (%r): %s", (), None)
    >>> _is_config_dir_note(note), _is_config_dir_note(other)
    (True, False)
    """
    return isinstance(record.msg, str) and record.msg.startswith(_CONFIG_DIR_NOTES)


@contextmanager
def _config_dir_notes_muted() -> Iterator[None]:
    """While matplotlib is imported for --plot, its notes that it could not make its config
    folder and uses a temporary one (see :data:`_CONFIG_DIR_NOTES`) are dropped: with a
    read-only HOME they were two lines of matplotlib's on stderr before the command's own,
    where the image is drawn all the same. Its other messages (a bad matplotlibrc line) are
    given as they come, and so are these where MPLCONFIGDIR, which they name, is set: a folder
    the user chose and cannot be used is theirs to hear of."""
    import logging

    if os.environ.get("MPLCONFIGDIR"):
        yield
        return
    logger = logging.getLogger("matplotlib")  # the notes are its own, not a module's below it

    def kept(record: logging.LogRecord) -> bool:
        return not _is_config_dir_note(record)

    logger.addFilter(kept)
    try:
        yield
    finally:
        logger.removeFilter(kept)


# matplotlib's warning of a character its font has no glyph for, drawn as an empty box, given
# for each such character at each drawing pass: "Glyph 21271 (\N{CJK UNIFIED IDEOGRAPH-5317})
# missing from font(s) DejaVu Sans." (before 3.6, "missing from current font.").
_MISSING_GLYPH = re.compile(r"Glyph (\d+) \(.*\) missing from (?:font\(s\) (.+)|current font)\.", re.DOTALL)


@contextmanager
def _missing_glyphs_told() -> Iterator[list]:
    """While the figures put in the list it gives are drawn, matplotlib's warnings of characters its font
    cannot draw are gathered into one warning, naming the characters, the texts of the
    picture that hold them and how to choose a font that has them; other warnings are given
    as they came. A document named in Chinese (``北约讲话.txt``) gave a line per character and
    drawing pass, eight for its four, and said nothing of how to draw them.
    """
    import warnings

    from matplotlib.text import Text

    from .exceptions import quoted_list, warn

    drawn: list = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield drawn
    missing: dict[str, None] = {}
    fonts: dict[str, None] = {}
    for item in caught:
        told = _MISSING_GLYPH.fullmatch(str(item.message))
        if told is None:
            warnings.warn_explicit(item.message, item.category, item.filename, item.lineno)
            continue
        missing[chr(int(told.group(1)))] = None
        fonts[told.group(2) or "its current font"] = None
    if missing:
        # A name wrapped over lines (a document's path in the legend) is named on one.
        texts = dict.fromkeys(" ".join(text.get_text().split("\n")) for figure in drawn
                              for text in figure.findobj(Text)
                              if any(character in text.get_text() for character in missing))
        warn(f"the picture draws {len(missing)} character(s) ({''.join(missing)}) of {quoted_list(texts)} as empty "
             f"boxes: matplotlib's font ({', '.join(fonts)}) has no glyph for them; name fonts that have them, "
             f"first, in a file named matplotlibrc in the folder the command runs in (a line such as "
             f"'font.family: Microsoft YaHei, DejaVu Sans'; Noto Sans CJK SC on Linux, PingFang SC on macOS), or "
             f"in Python matplotlib.rcParams[\"font.family\"] = [\"Microsoft YaHei\", \"DejaVu Sans\"]")


def _document_text(raw: bytes, name: str, encoding: str = "utf-8", several: bool = False) -> str:
    """A document's text: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so (Windows
    Notepad's "Unicode" saves UTF-16 with one, and the bytes cannot be mistaken); in
    ``encoding`` when --encoding names another (the user's to answer for, as a table's is).

    Without the mark it is refused as a table is (see :func:`stance.tables.unmarked_encoding`):
    a quarter of NUL bytes, asked for alone, is Latin text's share, and Ukrainian in UTF-16 has
    about a tenth (its spaces' and full stops'), decodes as UTF-8 and was scored as
    "\x048\x04 \x00?…" with exit status 0; Chinese was "not UTF-8", to re-save from cp1252.
    A line with no ASCII has no NUL to count (see :func:`stance.tables.unmarked_script`).
    The check is :func:`stance.terminal._refuse_unmarked`, which reads the lines of ``stance classify -`` too.
    """
    from .decoding import _UTF8_MARK, _utf8, utf8_mark_set_aside
    from .tables import marked_encoding

    if encoding != "utf-8" and raw.startswith(_UTF8_MARK) and not _utf8(encoding):
        # UTF-8's mark proves the file UTF-8, as a table's does (see stance.decoding.file_encoding)
        warn(utf8_mark_set_aside(name, encoding, "--encoding"))
        encoding = "utf-8"
    if encoding != "utf-8":
        return _decoded_in(raw, name, encoding)
    codec = marked_encoding(raw)
    if codec is not None:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            raise _Missing(f"{name!r} starts like {codec.upper()} text but is not; "
                           f"re-save it as UTF-8") from None
    _refuse_unmarked(raw[:_UNMARKED_START], name, flag=True)  # as stance classify - refuses its lines
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Missing(_undecodable_document(raw, name, error, several)) from None
    # NUL bytes are valid UTF-8, so UTF-16 or UTF-32 without a mark decodes, as "W\0e\0…":
    # nonsense that would score as off-topic. Plain text has none, or a stray one.
    if text.count("\0") * 4 > len(text):
        raise _Missing(f"{name!r} looks like UTF-16 or UTF-32 text without a byte-order mark "
                       f"(every second or fourth byte is 0); re-save it as UTF-8")
    return text


def _decoded_in(raw: bytes, name: str, encoding: str) -> str:
    """The document's bytes ``raw`` decoded in ``encoding`` (--encoding), or refused naming the
    first byte it cannot decode, as a table's is (its line and its place there, from 1). cp850
    text so read as cp1252's signs ("D‚fense", see :func:`stance.decoding.dos_misread`) is warned of."""
    from .decoding import (
        CYRILLIC_NAMES,
        DOS_ADVICE,
        dos_misread,
        is_utf8,
        marked_advice,
        other_mark,
        utf8_read_as_wide_told,
    )
    from .encodings import cyrillic_swap
    from .exceptions import MojibakeWarning

    if (told := utf8_read_as_wide_told(name, encoding, raw[:4096])) is not None:  # UTF-8 read as UTF-16
        raise _Missing(told)
    try:
        text = raw.decode(encoding)
    except UnicodeError as error:  # utf-32's "does not start with BOM" is no UnicodeDecodeError
        start = error.start if isinstance(error, UnicodeDecodeError) else 0
        bad = raw[start:start + 1] or b"\0"
        line = raw.count(b"\n", 0, start) + 1
        place = start - raw.rfind(b"\n", 0, start)
        # A byte-order mark says which encoding it is: "the file's real encoding" left that to guess.
        marked = other_mark(raw[:4], encoding)
        advice = marked_advice(marked, flag=True) if marked else "pass the file's real encoding with --encoding"
        if not marked and is_utf8(raw):
            advice = "it is UTF-8 text (its bytes beyond ASCII all decode as UTF-8): leave --encoding out"
        raise _Missing(f"{name!r} is not valid {encoding} (line {line}: its byte {place} is 0x{bad[0]:02x}, which "
                       f"{encoding} cannot decode); {advice}") from None
    # Excel's "CSV (MS-DOS)" read in cp1252 is "D‚fense": only bytes so decoded tell it
    if (dos := dos_misread(text, encoding)) is not None:
        line = text.count("\n", 0, dos[0]) + 1
        warn(f"{name!r} line {line} holds {dos[1]!r}, which is {dos[2]!r} in {DOS_ADVICE} read in the encoding "
             f"given, {encoding}, scored as written, where the model knows no such words; read the "
             f"file in cp850 (--encoding cp850)", MojibakeWarning)
    # and KOI8 read in cp1251, or cp1251 in KOI8, "нЩ ОЕ РПДДЕТЦЙЧБЕН" (see stance.encodings.cyrillic_swap)
    elif (swap := cyrillic_swap(raw[:_CYRILLIC_SAMPLE], encoding)) is not None:
        codec, at, end = swap
        warn(f"{name!r} line {text.count(chr(10), 0, at) + 1} holds {text[at:end]!r}, which is "
             f"{raw[at:end].decode(codec)!r} in {CYRILLIC_NAMES[codec]} read in the encoding given, {encoding}, "
             f"scored as written, where the model knows no such words; read the file in {codec} "
             f"(--encoding {codec})", MojibakeWarning)
    return text


# Of a document's first bytes, how many are read for Cyrillic in the wrong one of cp1251 and KOI8.
_CYRILLIC_SAMPLE = 1 << 16


# A run of bytes beyond ASCII, which in UTF-8 is one or more whole characters.
_BEYOND_ASCII = re.compile(rb"[\x80-\xff]+")


def _undecodable_document(raw: bytes, name: str, error: UnicodeDecodeError, several: bool = False) -> str:
    r"""Why a document's bytes ``raw`` are refused, UTF-8 failing at ``error``: where (the line
    and the byte's place in it, counted from 1, as stance score names them, and its value), and
    how to re-save it. A file that holds UTF-8 text beside the bad bytes mixes encodings (text
    pasted into a UTF-8 file from a cp1252 one): re-saving it whole from cp1252 would turn its
    valid "déjà" into "dÃ©jÃ", so it is told to mend the bad bytes instead. Its UTF-8 text is a
    run of bytes beyond ASCII that decodes whole as UTF-8, in a file that does not decode whole
    in a two-byte encoding it may be in: a pair of GB18030's bytes is valid UTF-8 by chance
    ("\xc8\xa1"), and a file of GB18030 alone was said to mix encodings. With ``several`` (other
    documents read in one --encoding) re-saving it comes first.

    >>> raw = b"We agree.\nThe Alliance\x92s unity"
    >>> print(_undecodable_document(raw, "a.txt", UnicodeDecodeError("utf-8", raw, 22, 23, "invalid start byte")))
    ... # doctest: +NORMALIZE_WHITESPACE
    'a.txt' is not UTF-8 text; pass --encoding cp1252, or re-save it as UTF-8, e.g. iconv -f cp1252 -t utf-8 a.txt >
    a.utf8.txt (cp1252 for Excel on Windows; else the file's real encoding); the first byte UTF-8 cannot decode is 0x92
    at line 2, its byte 13
    """
    from .decoding import encoding_flag
    from .encodings import WIDE, likely_encodings
    from .tables import resave_command, sample_at

    try:  # counted in the file's bytes, a byte-order mark's too ("utf-8-sig" counts after it)
        raw.decode("utf-8")
    except UnicodeDecodeError as in_file:
        error = in_file
    bad, sample = raw[error.start], sample_at(raw, error.start)
    line = raw.count(b"\n", 0, error.start) + 1
    place = error.start - raw.rfind(b"\n", 0, error.start)  # from 1, as stance score and stdin count
    where = f"0x{bad:02x} at line {line}, its byte {place}"
    likely = likely_encodings(sample, "utf-8")
    if not _holds_utf8(raw, [encoding.codec for encoding in likely if encoding in WIDE]) and several:
        # "pass --encoding cp1250" would read the other documents, UTF-8 as most are, in it too
        return (f"{name!r} is not UTF-8 text; re-save it as UTF-8, {resave_command(sample, name)}; the first byte "
                f"UTF-8 cannot decode is {where}; one --encoding reads every document given alike: pass "
                f"{encoding_flag(likely)} only if they are all in it")
    if not _holds_utf8(raw, [encoding.codec for encoding in likely if encoding in WIDE]):
        return (f"{name!r} is not UTF-8 text; pass {encoding_flag(likely)}, or re-save it as UTF-8, "
                f"{resave_command(sample, name)}; the first byte UTF-8 cannot decode is {where}")
    reads = f" ({quoted(bytes([bad]).decode(likely[0].codec, 'replace'))} in {likely[0].codec})" if likely else ""
    return (f"{name!r} mixes encodings: it holds UTF-8 text beside bytes UTF-8 cannot decode, the first "
            f"is {where}{reads}; re-saving it whole from another encoding (iconv -f cp1252) would garble its UTF-8 "
            f"text, so replace the bad bytes in a UTF-8 editor (or re-save each part from its own encoding) and "
            f"read it again")


def _holds_utf8(raw: bytes, wide: Sequence[str] = ()) -> bool:
    r"""Whether ``raw``, bytes UTF-8 cannot decode whole, holds UTF-8 text beside them: a run of
    bytes beyond ASCII that decodes as UTF-8, unless the whole decodes in one of ``wide``, the
    two-byte encodings the bad bytes may be in (see :func:`_undecodable_document`).

    >>> _holds_utf8(b"d\xc3\xa9j\xc3\xa0 vu. The Alliance\x92s"), _holds_utf8(b"The Alliance\x92s")
    (True, False)
    >>> gb = "取 NATO 主持人".encode("gb18030")  # "取" is "\xc8\xa1", UTF-8's "ȡ"
    >>> _holds_utf8(gb), _holds_utf8(gb, ["gb18030"])
    (True, False)
    """
    if not any(_decodes(run.group(), "utf-8") for run in _BEYOND_ASCII.finditer(raw)):
        return False
    return not any(_decodes(raw, codec) for codec in wide)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


# savefig's metadata that leaves the time out of a file whose format would stamp it in.
UNDATED_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None}}
DATED_IMAGE_SUFFIXES = (".svg", ".pdf", ".eps", ".ps")  # matplotlib writes the time (SOURCE_DATE_EPOCH) into them
IMAGE_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg", ".webp", ".eps", ".ps", ".tif", ".tiff")


def _check_plot_target(name: str, sources: Sequence[str]) -> None:
    """Refuse an image path (one of the documents ``sources`` too: an SVG or EPS file is
    text) or a missing extra before any work is done, not after."""
    import importlib.util
    from pathlib import Path

    from .files import (
        folder_problem,
        refuse_input_as_output,
        refuse_nul_in_path,
        refuse_unusable_output,
        refuse_what_the_write_would,
    )

    refuse_nul_in_path(name, "--plot")
    refuse_unusable_output(name, "--plot")
    if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
        raise _Missing(f"--plot {name!r}: name an image file ending in one of {', '.join(IMAGE_SUFFIXES)}")
    if importlib.util.find_spec("matplotlib") is None:
        raise _Missing(f"--plot needs matplotlib: {install_advice('plot')}")
    for source in sources:
        if source != "-":
            refuse_input_as_output(source, name, what="--plot")
    problem = folder_problem(name, example="profile.png")  # an image, not the tables' scores.csv
    if problem:
        raise _Missing(f"--plot {name!r}: {problem}")
    refuse_what_the_write_would(name)  # before the work, as -o's (see stance.files.check_output)
    # matplotlib dates a PDF, SVG or PostScript image by it: 'abc' ended the drawing, after the
    # scoring, in its traceback, and -5 drew a file dated 1969. Checked as a model's save checks
    # it, for those formats only: a PNG carries no date, and drew whatever it said.
    if Path(name).suffix.lower() in DATED_IMAGE_SUFFIXES:
        from .persistence import source_date_epoch

        source_date_epoch()

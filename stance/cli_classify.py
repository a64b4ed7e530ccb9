"""``stance classify`` and ``stance explain``: statements given as arguments or read from
standard input, answered one line (or one JSON object) each as they come.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .cli_data import _model
from .cli_errors import EXIT_OK
from .prediction import probability_shown
from .terminal import (
    _escaped,
    _json_line,
    _Missing,
    _no_stdin,
    _shown,
    _stdin_batches,
    _utf8_argument,
    _warn_of_unquoted_words,
)


def cmd_classify(args: argparse.Namespace) -> int:
    if args.json and args.details:  # one format per line: --details was ignored
        raise _Missing("--json and --details are two output formats; give one (--json holds everything --details "
                       "prints, and the stance's probabilities)")
    dash = "-" in args.texts  # stdin, as for stance document: not the text "-"
    if dash and len(args.texts) > 1:
        raise _Missing("TEXT: - (stdin) is read alone; give it alone, or statements only")
    if args.texts and not dash:
        _refuse_encoding_of_arguments("classify", args.encoding)
        batches: Iterable[list[str]] = [[_utf8_argument(text) for text in args.texts]]
        # Files named, as files warned of: not as a sentence's words to quote (a review).
        if _warn_of_file_names("classify", args.texts) < len(args.texts):
            _warn_of_unquoted_words("classify", args.texts)
    else:
        if dash and sys.stdin is None:  # asked for by name, as explain's: said alike
            raise _no_stdin("TEXT", "statements", "give statements as arguments")
        if sys.stdin is None or (sys.stdin.isatty() and not dash):  # asked for, a terminal is read as cat - reads it
            raise _Missing("give statements as arguments or pipe lines on stdin")
        batches = _warned_of_file_lines("classify", _stdin_batches(encoding=args.encoding))
    model = _model(args)
    # A statement given blank is classified, `none` with flag "empty", as the README
    # guarantees (a service's `stance classify --json "$BODY"` of an empty body gets its
    # record); only a warning says that none had text, as an unset shell variable gives.
    if args.texts and not dash and not any(text.strip() for text in args.texts):
        print(f"stance classify: warning: every statement given is blank, so each is {_blank_answer(model)} "
              f"(flag empty); pass the text to classify (is a shell variable empty?)", file=sys.stderr)
    seen_line = False
    from_stdin = not args.texts or dash
    checked = _warned_of_spreadsheet_errors(_warned_of_mojibake(batches, from_stdin), from_stdin)
    for batch in _warned_of_other_languages(checked, model):
        seen_line = True
        for prediction in model._classify_many(batch):  # "#N/A" warned of above, as "statement 2"
            if args.json:
                _write_line(_json_line(prediction.to_dict()))
            elif args.details:
                _write_line(_describe(prediction))
            else:
                _write_line(_shown(prediction.label))  # the label, as str(prediction) is everywhere
        sys.stdout.flush()  # each batch is out before the next is read: works behind `tail -f`
    if not seen_line:  # stdin of no line at all; a blank line is one, classified `none` as the API does
        # `stance classify -` ended at once on a terminal, or stdin a device such as /dev/null (cron,
        # ssh or docker without a terminal, where a forgotten argument had passed silently): a usage slip.
        if sys.stdin.isatty() or _a_device(sys.stdin):
            raise _Missing("no statements on stdin; give statements as arguments or pipe lines")
        # A pipe or file of no line (a filter upstream that matched nothing): no line out, as
        # `stance score` of a headers-only file writes headers only; a failure would stop the pipeline.
        print("stance classify: no statements on stdin", file=sys.stderr)
    return EXIT_OK


def _warned_of_other_languages(batches: Iterable[list[str]], model: Any) -> Iterator[list[str]]:
    """``batches`` passed on as they come; their first 2,000 lines are judged as
    :func:`stance.classify_many` judges its batch, once those lines are answered (or stdin has
    ended, of fewer), and warned of when most are of another language. Judged once, not after
    each batch: a live stream's first few lines (three English headlines that read as French)
    warned where the same lines read from a file did not (a review)."""
    from .scoring import _LANGUAGE_SAMPLE, warn_of_counted_languages
    from .text import other_language_rows

    read: list[str] = []
    for batch in batches:
        yield batch
        if len(read) < _LANGUAGE_SAMPLE:
            read += batch[:_LANGUAGE_SAMPLE - len(read)]
            if len(read) == _LANGUAGE_SAMPLE:
                warn_of_counted_languages(*other_language_rows(read), read, model)
    if read and len(read) < _LANGUAGE_SAMPLE:
        warn_of_counted_languages(*other_language_rows(read), read, model)


def _warned_of_mojibake(batches: Iterable[list[str]], from_stdin: bool) -> Iterator[list[str]]:
    """``batches`` passed on as they come, warning (as :func:`stance.classify_many` warns) of
    the statements decoded in the wrong encoding ("doesnâ€™t"): of the arguments, how many and
    the first ("statement 2"); of stdin, once, of the first line that holds such text, as it
    comes ("line 7 of stdin"), the lines after it unread for it."""
    from .scoring import warn_of_mojibake

    number = 0  # the lines of stdin before this batch
    warned = False
    for batch in batches:
        if not warned and from_stdin:
            warned = warn_of_mojibake(batch, lambda at, before=number: f"line {before + at + 1} of stdin", "lines",
                                      stop_at_first=True)
        elif not warned:
            warned = warn_of_mojibake(batch, lambda at: f"statement {at + 1}", "statements")
        number += len(batch)
        yield batch


def statements_named(positions: Sequence[int], limit: int = 5) -> str:
    """The statements given at ``positions`` (counted from 0) named as a reader says them: one
    word for them all and "and" before the last ("statements 2 and 3", not "statement 2,
    statement 3"), ``limit`` of them at most, the rest counted.

    >>> statements_named([1]), statements_named([1, 2]), statements_named([0, 3, 6])
    ('statement 2', 'statements 2 and 3', 'statements 1, 4 and 7')
    >>> statements_named(range(8))
    'statements 1, 2, 3, 4, 5 and 3 more'
    """
    numbers = [str(at + 1) for at in positions]
    if len(numbers) == 1:
        return f"statement {numbers[0]}"
    if len(numbers) > limit:
        return f"statements {', '.join(numbers[:limit])} and {len(numbers) - limit} more"
    return f"statements {', '.join(numbers[:-1])} and {numbers[-1]}"


def _warned_of_spreadsheet_errors(batches: Iterable[list[str]], from_stdin: bool) -> Iterator[list[str]]:
    """``batches`` passed on as they come, warning (as :func:`stance.classify_many` warns) of
    the statements that are a spreadsheet's error value ("#N/A" pasted from a sheet's column):
    of the arguments, each ("statement 2"); of stdin, once, of the first line that is one, as it
    comes ("line 7 of stdin"), as :func:`_warned_of_mojibake` warns of it."""
    from .scoring import warn_of_classified_spreadsheet_errors

    number = 0  # the lines of stdin before this batch
    warned = False
    for batch in batches:
        if not warned and from_stdin:
            warned = warn_of_classified_spreadsheet_errors(
                batch, lambda at, before=number: f"line {before + at + 1} of stdin", "lines", stop_at_first=True)
        elif not warned:
            warned = warn_of_classified_spreadsheet_errors(batch, lambda at: f"statement {at + 1}", "statements",
                                                           named=statements_named)
        number += len(batch)
        yield batch


def _write_line(text: str = "") -> None:
    """Write ``text`` and its line break to standard output in one write. print() writes them
    apart, and a SIGTERM's or Ctrl-C's KeyboardInterrupt raised between the two left the last
    answer of a stream without its line break: a reader got a half line (2 runs in 12)."""
    sys.stdout.write(text + "\n")


def _blank_answer(model: Any) -> str:
    """What ``model`` answers blank text, as a warning says it: "classified none", the
    model's off-topic label, or for a model without one "given no label" (its label is "")."""
    label = model.classify("").label
    return f"classified {_shown(label)}" if label else "given no label"


def cmd_explain(args: argparse.Namespace) -> int:
    from .explain import (
        NOTHING_TO_EXPLAIN,
        bundled_remedy,
        flag_reason,
        known_label,
        legend_of,
        plain_table,
        rounded,
        unwarned_contributions,
    )

    if args.n < 1:  # by its flag: the library's message names its argument, n
        raise _Missing(f"-n must be a positive int (n-grams shown per head), got {args.n}")
    texts = _explained_texts(args.texts, args.encoding)
    model = _model(args)
    if args.label is not None:  # as the model spells it: its probability and stance are looked up by it
        args.label = known_label(args.label, model.labels, bundled_remedy(model, "--model DIR"), model.stance_classes)
    number = -1  # no statement yet: stdin of no line at all holds none
    tabled = False  # a table was printed, which the legend below explains
    for number, text in enumerate(texts):
        # model.explain's table, with the prediction and what --label's rows add up to: the
        # library's record (Explanation.to_dict), without the highlights no command shows.
        # "#N/A" warned of by _explained_texts, as stance classify names it ("statement 2"), not "the text"
        explanation = unwarned_contributions(model, text, label=args.label, n=args.n, highlights=False)
        prediction, table = explanation.prediction, explanation.summary
        if args.json:
            _write_line(_json_line(explanation.to_dict()))
            continue
        if number:
            _write_line()
        stance = "-" if prediction.stance is None else (
            f"{_shown(prediction.stance)} ({probability_shown(prediction.stance_scores[prediction.stance], 2)})")
        # The rows add up to the label's probability, so it is shown; confidence is calibrated from it.
        probability = prediction.scores.get(prediction.label, 0.0)
        # The statement escaped as --details writes it: one line, and no escape reaches the terminal.
        # Each figure as a Prediction's repr and print(doc) show it: 0.9998 is ">0.99", never "1.00"
        lines = [f"{_escaped(text)}\nlabels: {'|'.join(map(_shown, prediction.labels))} (probability "
                 f"{probability_shown(probability, 2)}, confidence {probability_shown(prediction.confidence, 2)}"
                 f"{_secondary_probabilities(prediction)}); "
                 f"stance: {stance}"
                 # A model without an off-topic label gives blank text the label "" (README, "Empty text"):
                 # "labels:  (probability 0.00 …)" named no answer, and a probability of no label.
                 if prediction.labels else
                 f"{_escaped(text)}\nlabels: - (given no label: the model has no off-topic label for text of no "
                 f"words, and invents none of its targets); stance: {stance}"]
        if prediction.flag:  # and why, as the explanation's plain text says it (str(model.explain_html(text)))
            lines.append(f"flag: {prediction.flag}: {flag_reason(prediction.flag)}")
        if explanation.explained is not None and len(table):
            lines.append(_explained_label(explanation.explained))
        # Each head's rows add up to the log-odds of its answer, or a softmax head's score (see
        # stance.explain.explain); a line break in an n-gram is escaped, so that its row stays one line.
        lines.append(plain_table(rounded(table), index=False) if len(table) else NOTHING_TO_EXPLAIN)
        _write_line("\n".join(lines))  # the explanation whole, or (interrupted) not begun
        tabled = tabled or bool(len(table))
        sys.stdout.flush()  # each explanation is out before the next line is read, as classify's labels are
    if tabled:  # once, under the last: what the numbers and the features' prefixes are (--json's keys say it)
        _write_line(f"\n{legend_of(model)}")
    if number < 0:  # as for classify: a terminal's or a device's nothing is a slip, an empty pipe's is no line
        if sys.stdin.isatty() or _a_device(sys.stdin):
            raise _Missing("no statements on stdin; give statements as arguments or pipe lines")
        print("stance explain: no statements on stdin", file=sys.stderr)
    return EXIT_OK


def _secondary_probabilities(prediction: Any) -> str:
    """The probabilities of a prediction's labels after the primary one, which their rows in
    ``stance explain`` add up to (the primary's is shown before the confidence).

    >>> from stance import Prediction
    >>> _secondary_probabilities(Prediction("a", ("a", "b", "c"), None, {"a": 0.9, "b": 0.5, "c": 0.456}, 0.9))
    '; probability of b 0.50, of c 0.46'
    """
    shown = [f"{_shown(label)} {probability_shown(prediction.scores[label], 2)}" for label in prediction.labels[1:]]
    return f"; probability of {', of '.join(shown)}" if shown else ""


def _refuse_encoding_of_arguments(command: str, encoding: str) -> None:
    """Refuse --encoding beside statements given as arguments: it says how stdin's bytes are
    read, and an argument is text the terminal has decoded already (ignored, it let a caller
    think the statements were read in it)."""
    if encoding != "utf-8":
        raise _Missing(f"--encoding {encoding} says how the lines on stdin are read; the statements given as "
                       f"arguments are text already: leave it out, or pipe them with - (… | stance {command} "
                       f"--encoding {encoding} -)")


def _explained_texts(texts: Sequence[str], encoding: str = "utf-8") -> Iterable[str]:
    """The statements ``stance explain`` was given: its TEXT arguments, or with ``-`` alone
    the lines of stdin, read as ``stance classify -`` reads them (``-`` was explained as the
    text "-", a statement of no known word, and the piped lines were never read). Those that
    are a spreadsheet's error value ("#N/A") are warned of as ``stance classify`` warns of
    them, once the first is read: "statements 2, 3 are …", "line 7 of stdin is …"."""
    if "-" not in texts:
        _refuse_encoding_of_arguments("explain", encoding)
        # Files named, as files warned of: not as a sentence's words to quote (a review).
        if _warn_of_file_names("explain", texts) < len(texts):
            _warn_of_unquoted_words("explain", texts)
        given = [[_utf8_argument(text) for text in texts]]
        return (line for batch in _warned_of_spreadsheet_errors(given, from_stdin=False) for line in batch)
    if len(texts) > 1:
        raise _Missing("TEXT: - (stdin) is read alone; give it alone, or statements only")
    if sys.stdin is None:
        raise _no_stdin("TEXT", "statements", "give statements as arguments")
    read = _warned_of_file_lines("explain", _stdin_batches("explain", encoding))
    return (line for batch in _warned_of_spreadsheet_errors(read, from_stdin=True) for line in batch)


_FILE_LINES_WARNED = 3  # then counted: `ls | stance classify -` of a big folder warns in four lines, not one a file


def _warned_of_file_lines(command: str, batches: Iterable[list[str]]) -> Iterator[list[str]]:
    """``batches`` of stdin's lines, passed on as they come, warning (as
    :func:`_warn_of_file_names` warns of arguments) of the first lines that are a file here
    or look like a file's name, and of how many more there were once stdin ends: ``echo
    speech.txt | stance classify -`` and ``ls *.txt | stance classify -`` answered each name
    as a statement without a word, as arguments were before their warning (left by a user audit)."""
    from .document import _FILE_SUFFIXES

    number, warned, more = 0, 0, []
    for batch in batches:
        for line in batch:
            number += 1
            # Only a line of one word, or ending in a file's suffix, can be warned of: a cheap test
            # first, so that 200,000 statements are not each a file system call.
            name = line.strip()
            if len(name) > 255 or (" " in name and name.rpartition(".")[2].lower() not in _FILE_SUFFIXES):
                continue
            warning = _file_name_warning(command, line, f"line {number} of stdin, ")
            if warning is None:
                continue
            if warned < _FILE_LINES_WARNED:
                print(warning, file=sys.stderr)
                warned += 1
            else:
                more.append(number)
        yield batch
    if more:
        shown = ", ".join(map(str, more[:5])) + (", …" if len(more) > 5 else "")
        done = "classified" if command == "classify" else "explained"
        said = (f"{len(more)} more lines of stdin are files or files' names, each {done} as the text itself "
                f"(lines {shown})" if len(more) > 1 else
                f"1 more line of stdin is a file or a file's name, {done} as the text itself (line {shown})")
        print(f"stance {command}: warning: {said}", file=sys.stderr)


def _warn_of_file_names(command: str, texts: Sequence[str]) -> int:
    """Warn, on stderr, of each statement given that is a file here or looks like a file's name
    as :func:`stance.score_document` tells one (a word ending in a document's or a table's
    suffix): ``stance classify speech.txt`` answered "none" for the word "speech", and ``stance
    explain speech.txt`` explained it, with nothing to say the file was never read. It is still
    answered, as the text given; the warning names the command that reads the file. Returns
    how many were warned of.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     _warn_of_file_names("classify", ["votes.csv", "NATO is strong.", "Yes."])
    1
    >>> print(err.getvalue())  # doctest: +NORMALIZE_WHITESPACE
    stance classify: warning: 'votes.csv' looks like a file's name, and is classified as the text itself; to read
    the file, stance score votes.csv -o scored.csv (a table of statements, one a row)
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     _warn_of_file_names("classify", ["-h.csv", "~/votes.csv"])
    2
    >>> print(err.getvalue())  # doctest: +NORMALIZE_WHITESPACE
    stance classify: warning: '-h.csv' looks like a file's name, and is classified as the text itself; to read
    the file, stance score ./-h.csv -o scored.csv (a table of statements, one a row)
    stance classify: warning: '~/votes.csv' looks like a file's name, and is classified as the text itself; to
    read the file, stance score ~/votes.csv -o scored.csv (a table of statements, one a row)
    """
    warned = 0
    for text in texts:
        warning = _file_name_warning(command, text)
        if warning is not None:
            print(warning, file=sys.stderr)
            warned += 1
    return warned


def _file_name_warning(command: str, text: str, where: str = "") -> str | None:
    """:func:`_warn_of_file_names`' warning of ``text`` (None when it is no file's name);
    ``where`` says where it was read, such as "line 2 of stdin, ".

    >>> print(_file_name_warning("classify", "report.md", "line 1 of stdin, "))  # doctest: +NORMALIZE_WHITESPACE
    stance classify: warning: line 1 of stdin, 'report.md', looks like a file's name, and is classified as the text
    itself; to read the file, stance document report.md (a speech or article)
    >>> _file_name_warning("classify", "We stand together.") is None
    True
    """
    import os

    from .document import _FILE_NAME, _WINDOWS_FILE_PATH
    from .exceptions import quoted, shell_quoted
    from .text import shown

    name = text.strip()
    if not name or "\n" in name:
        return None
    # isfile is False, not an error, of a name too long or with a NUL for the system
    if os.path.isfile(name):
        what = "is a file here"
    elif _FILE_NAME.fullmatch(name):
        what = "looks like a file's name"
    elif _WINDOWS_FILE_PATH.fullmatch(name) and len(name.rsplit("\\", 1)[-1].split()) <= 6:
        # spaces and all ("C:\Users\Ana Lopes\notes.txt"), but a file's name of a few words, not
        # a sentence after a share ("\\server\share is down again and nobody can open minutes.docx")
        what = "looks like a file's Windows path"
    else:
        return None
    # Quoted for the shell; a name with an escape is shown as FILE, so that none reaches the terminal raw.
    # A review: "-h.txt" given so is read as a flag ("./-h.txt" is not), and a quoted "~" is no home.
    path = f"./{name}" if name.startswith("-") else name
    file = ((f"~/{shell_quoted(path[2:])}" if path.startswith("~/") else shell_quoted(path))
            if shown(name) == name else "FILE")
    reads = _reader(name, file)
    done = "classified" if command == "classify" else "explained"
    named = f"{where}{quoted(name)}," if where else quoted(name)
    return f"stance {command}: warning: {named} {what}, and is {done} as the text itself; {reads}"


def _reader(name: str, file: str) -> str:
    """The command that reads the file ``name`` (``file`` as the shell is to be given it), or,
    when neither stance score nor stance document does, what stance document says in refusing
    it: "stance document c.pdf or stance score c.pdf" was offered, and each refuses a PDF.

    >>> _reader("votes.csv", "votes.csv")
    'to read the file, stance score votes.csv -o scored.csv (a table of statements, one a row)'
    >>> _reader("no such speech.txt", "'no such speech.txt'")
    "to read the file, stance document 'no such speech.txt' (a speech or article)"
    """
    import os
    from pathlib import Path

    from .cli_documents import _refused_document
    from .files import unused_output
    from .tables import SUPPORTED_SUFFIXES

    # "~/data.json", quoted, reached the program unexpanded: the refusal's advice names the file
    # as the shell would reach it ("mv '~/data.json' …" names no home when pasted).
    path = os.path.expanduser(name) if name.startswith("~/") else name
    if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
        refused = _refused_table(path)
        if refused is None:  # -o is stance score's to be given: without it, the command offered failed
            out = unused_output(name)  # not over the file read, nor any other
            return f"to read the file, stance score {file} -o {out} (a table of statements, one a row)"
    else:
        refused = _refused_document(path)
    if refused is None:
        return f"to read the file, stance document {file} (a speech or article)"
    return f"stance document and stance score do not read it: {refused}"


def _refused_table(name: str) -> str | None:
    """What stance score says in refusing the table ``name`` by its bytes (a gzip or Parquet file
    named .csv, see :func:`stance.file_types.refuse_compressed`), or None. Only a regular file
    is opened: a FIFO would wait for a writer."""
    import os
    from pathlib import Path

    from .exceptions import InvalidInputError
    from .file_types import refuse_compressed

    if not os.path.isfile(name):
        return None
    try:
        refuse_compressed(Path(name))
    except InvalidInputError as error:
        return str(error)
    return None


def _explained_label(explained: dict[str, Any]) -> str:
    """``--label``'s line under the prediction's: what its rows add up to, that label's
    probability and the stance it would bring (:meth:`stance.explain.Explanation.to_dict`'s
    ``explained``), not the predicted label's and stance."""
    stance = ("-" if explained["stance"] is None
              else f"{_shown(explained['stance'])} ({probability_shown(explained['stance_probability'], 2)})")
    return (f"explained: {_shown(explained['label'])} (probability {probability_shown(explained['probability'], 2)}); "
            f"stance were it the label: {stance}")


def _describe(prediction: Any) -> str:
    """labels, the label's confidence, stance, the stance's probability, the flag and the text,
    tab-separated (``--details``)."""
    # A model without an off-topic label gives a blank text no label: "-", as every field
    # without a value, so that no field of the record is empty.
    labels = "|".join(map(_shown, prediction.labels)) or "-"
    text = _escaped(prediction.text)  # one record per line, and no escape reaches the terminal
    # Each number beside what it measures: "against 1.00" read as a sure stance when the 1.00 was
    # the label's (a user audit); a stance is often far less sure than its label.
    probability = prediction.stance_scores.get(prediction.stance) if prediction.stance else None
    stance = _shown(prediction.stance) if prediction.stance else "-"
    # each figure as print(doc) and a Prediction's repr show it: 0.9990 is ">0.99", as no answer is
    # certain (see probability_shown); --json keeps the values
    stance += "\t-" if probability is None else f"\t{probability_shown(probability, 2)}"
    return f"{labels}\t{probability_shown(prediction.confidence, 2)}\t{stance}\t{prediction.flag or '-'}\t{text}"


def _a_device(stream: Any) -> bool:
    """Whether ``stream`` reads a character device (/dev/null), not a pipe or a file.

    >>> import io
    >>> _a_device(io.StringIO(""))
    False
    """
    import os
    import stat

    try:
        return stat.S_ISCHR(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):  # no descriptor: a test's or an app's stream
        return False

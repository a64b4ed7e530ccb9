"""The model card (``MODEL_CARD.md``) written beside every saved model.

It is generated from the metadata alone, so what it says is what the model records.
"""

from __future__ import annotations

import contextlib
import json
import re
import shlex
from collections.abc import Sequence
from typing import Any

from . import _forksafe as forksafe
from .exceptions import and_listed, as_written
from .info import (
    may_predate_calibration,
    no_folds_because,
    thresholds_flat,
    thresholds_of_one_text,
    thresholds_raised,
    uncalibrated_because,
)
from .metrics import as_count

CUE_MEANINGS = {"NOT_": "the words after a negation", "START_": "the opening word"}


def model_card(metadata: dict[str, Any], thresholds: dict[str, float | None] | None = None,
               calibrated: bool | None = None, *, worded_before: bool = False, retraining: bool = True,
               retraining_note: str | None = None) -> str:
    """Render a short model card in Markdown from a model's metadata and, when given, each
    label's secondary-label threshold (:func:`stance.info.secondary_thresholds`; None for a
    label that never joins) and whether its confidence is calibrated (None: not said), which
    the metadata do not hold. ``worded_before``: say when it was created "with" the versions,
    as cards did before "saved with", for files loaded in those words and saved again as they were;
    ``retraining=False``: no "Training it again" section, for files loaded without one (cards
    before it, the bundled model's) or saved again under other versions than those that wrote
    it; ``retraining_note``: the line said in its place then (see :func:`retraining_left_out`)."""
    training = metadata.get("training_data") or {}
    # A map of each label's rows as training records it; anything else (a list, edited into a
    # loaded model's training_, which a save writes as given) is left out, not read.
    counts = training.get("label_counts") if isinstance(training.get("label_counts"), dict) else {}
    lines = [
        "# Model card",
        "",
        "A `stance` model: TF-IDF word n-grams into logistic regression, with a target head "
        f"({metadata['target_link']}) and "
        + ("a stance head." if metadata.get("stance_classes") else "no stance head."),
        *(["The stance head also reads features the label heads do not: "
           + "; ".join(f"`{prefix}…` ({CUE_MEANINGS.get(prefix, 'stance only')})"
                       for prefix in metadata["stance_only_features"]) + "."]
          if metadata.get("stance_only_features") else []),
        *_negation_lines(metadata),
        # Said only of a model whose files record the option: a model saved before it keeps
        # the card it had when it is saved again (and `stance info` says how it reads them).
        *([_links_line(metadata)] if _records(metadata, "links") else []),
        *([_spelling_line(metadata)] if _records(metadata, "spelling") else []),
        *([_invisibles_line(metadata)] if _records(metadata, "invisibles") else []),
        *([_cannot_line(metadata)] if _records(metadata, "cannot") else []),
        *([_handles_line(metadata)] if _records(metadata, "handles") else []),
        *([_marks_line(metadata)] if _records(metadata, "marks") else []),
        *([_cjk_line(metadata)] if _records(metadata, "cjk") else []),
        *([_lookalikes_line(metadata)] if _records(metadata, "lookalikes") else []),
        *([_names_line(metadata)] if _records(metadata, "names") else []),
        # Only of a model trained with the option: one without keeps the card it had before it.
        *([_stance_ignores_line(metadata)] if _stance_ignores(metadata) else []),
        # Only of a model with a floor: one without keeps the card it had before the option.
        *([length_floor_line(metadata)] if metadata.get("length_floor") is not None else []),
        *_confidence_lines(metadata, calibrated),
        "",
        "## Labels",
        "",
        *_label_table(metadata["labels"], counts, thresholds, thresholds_raised(training),
                      no_folds_because(metadata.get("options"), training), thresholds_flat(training),
                      thresholds_of_one_text(training), bool(calibrated)),
        "",
        f"Off-topic label: {_off_topic(metadata.get('none_label'))}. Stance classes: "
        + (", ".join(code_span(c) for c in metadata.get("stance_classes") or []) or "none") + ".",
        "",
        "## Training data",
        "",
        f"- rows: {training.get('rows', '?')}",
        f"- SHA-256: `{training.get('sha256', '?')}`",
    ]
    if training.get("source"):
        lines.append(f"- source: {training['source']}")
    lines += ["", "## Evaluation", ""]
    metrics = metadata.get("metrics") or {}
    if metrics.get("table"):
        lines.append(metrics["table"])
    elif metrics:
        # a count saved as a float as the whole number it is (n_rows 120.0 was "120.0")
        lines += [f"- {name}: {as_count(name, value)}" for name, value in metrics.items()
                  if not isinstance(value, dict)]
    else:
        lines.append("None recorded with the model (evaluation does not write into it): measure it on held-out "
                     "data with `stance evaluate DATA --model DIR`.")
    versions = metadata.get("versions", {})
    lines += [
        "",
        "## Intended use and limits",
        "",
        "Scores statements (one to three sentences) for the labels above. Probabilities are "
        "those of a linear bag-of-n-grams model: it reads cue words and phrases, not "
        "argument structure, so irony, quoted opponents and long documents need a human "
        "reading. Score whole speeches with `stance.score_document`, which splits them.",
        "",
        "## Provenance",
        "",
        # "Saved with", not "created with": a load and a save keep the creation time but record
        # the versions of the save (a model trained by 0.7.0 and saved again by 0.9.0 read
        # "Created <its time> with stance 0.9.0", which no version did). Which version trained
        # it is not recorded: a key for it would make the older releases that load a re-saved
        # model (they take any key) give it a new creation time and drop the key at their save.
        f"Created {metadata.get('created')}{' with' if worded_before else '; saved with'} "
        f"{versions_named(versions)}. Options: "
        + ", ".join(code_span(f"{k}={v!r}") for k, v in (metadata.get("options") or {}).items()) + ".",
        "",
        *(_retraining_lines(metadata) if retraining else [retraining_note, ""] if retraining_note else []),
    ]
    return "\n".join(lines)


def versions_named(versions: dict[str, Any]) -> str:
    """The library versions a save recorded, as the card names them.

    >>> versions_named({"stance": "0.15.0", "scikit-learn": "1.9.1", "numpy": "2.3.1", "python": "3.13.0"})
    'stance 0.15.0, scikit-learn 1.9.1, numpy 2.3.1, Python 3.13.0'
    """
    return (f"stance {versions.get('stance')}, scikit-learn {versions.get('scikit-learn')}, "
            + (f"scipy {versions['scipy']}, " if "scipy" in versions else "")  # older saves lack it
            + f"numpy {versions.get('numpy')}, Python {versions.get('python')}")


RETRAINING_HEADING = "## Training it again"
# How the line that stands for the section begins: a load finds it there, and a save keeps it.
RETRAINING_LEFT_OUT = "No recipe to train it again:"


def retraining_left_out(versions: dict[str, Any]) -> str:
    """The line a card gives in place of "Training it again" when a model whose card had the
    section is saved again under other ``versions`` than those that saved it then: its recipe
    gave the parameters digest "under the versions above", and those above are now the new
    save's. Which versions trained it is not recorded (older releases drop a key they do not
    know), so the recipe is not written again under the new ones.

    Worded to stay true however often the model is saved again: that card is not said to be
    the one before, nor to be kept anywhere (a save over its folder replaces it).

    >>> retraining_left_out({"stance": "0.15.0", "scikit-learn": "1.9.1", "numpy": "2.3.1", "python": "3.13.0"})[:76]
    'No recipe to train it again: an earlier card of this model gave one, under t'
    """
    return (f"{RETRAINING_LEFT_OUT} an earlier card of this model gave one, under the versions that saved that "
            f"card ({versions_named(versions)}); saved since under other versions, and the versions that trained "
            f"it not being recorded, this card leaves the recipe out.")


def _left_out_as_first_worded(versions: dict[str, Any]) -> str:
    """The note of :func:`retraining_left_out` in the words it had first (a card saved then
    is read, and saved again in the words above): "that card has it" was false once a save
    replaced that card."""
    return (f"{RETRAINING_LEFT_OUT} the card this model was saved with before gave one, under the versions that "
            f"saved it then ({versions_named(versions)}); saved again under other versions, and the versions that "
            f"trained it not being recorded, this card leaves the recipe out (that card has it).")


# The versions a note of retraining_left_out names: a version is letters, digits and . + ! _ -
# ("None" where a save did not record one), so no text of another kind passes through a load.
_NOTED_VERSIONS = re.compile(r"\((?:stance (?P<stance>[\w.+!-]+), scikit-learn (?P<sklearn>[\w.+!-]+), "
                             r"(?:scipy (?P<scipy>[\w.+!-]+), )?numpy (?P<numpy>[\w.+!-]+), "
                             r"Python (?P<python>[\w.+!-]+))\)", re.ASCII)


def retraining_note_read(line: str) -> str | None:
    """The note :func:`retraining_left_out` gives, rebuilt from the versions that a card's
    ``line`` names, when the line is that note word for word; else None. A load passes on
    only what it rebuilds: a line of a card edited by hand ("No recipe to train it again:
    <script>…", a carriage return showing a heading of its own) is not written again.

    >>> note = retraining_left_out({"stance": "0.15.0", "scikit-learn": "1.9.1", "numpy": "2.3.1", "python": "3.13"})
    >>> retraining_note_read(note) == note, retraining_note_read(note + " Run it.")
    (True, None)
    """
    found = _NOTED_VERSIONS.search(line)
    if not found:
        return None
    versions = {"stance": found["stance"], "scikit-learn": found["sklearn"],
                **({"scipy": found["scipy"]} if found["scipy"] is not None else {}),
                "numpy": found["numpy"], "python": found["python"]}
    note = retraining_left_out(versions)
    return note if line in (note, _left_out_as_first_worded(versions)) else None

# The options `stance train` takes as flags of its own, not as --option NAME=VALUE.
_FLAGGED_OPTIONS = {"none_label": "--none-label"}


def _retraining_lines(metadata: dict[str, Any]) -> list[str]:
    """The card's recipe to train the model again: the ``stance train`` command and the
    ``stance.train`` call, with the columns it read and its options as each takes them (the
    Options line above is Python's, which --option refused: ``target_head='ovr'``). Only of a
    model that records its columns (trained by ``stance.train``, or saved after they were
    recorded): one fitted on lists, or saved before, gets none rather than a wrong one."""
    training = metadata.get("training_data") or {}
    columns, options = training.get("columns"), metadata.get("options")
    if not (isinstance(columns, dict) and isinstance(options, dict) and isinstance(columns.get("text"), str)
            and isinstance(columns.get("labels"), str) and isinstance(columns.get("stance"), (str, type(None)))):
        return []
    source = training.get("source")
    labels = metadata.get("labels") if isinstance(metadata.get("labels"), list) else []
    command, call = _training_command(source, columns, options, labels), _training_call(source, columns, options)
    data = ("`DATA` and `data` stand for the data it was trained on, which the model records by its digest alone"
            if not isinstance(source, str) else
            "run where it was trained: the source is the path as it was typed")
    lines = [RETRAINING_HEADING, "",
             f"Trained on the same data (SHA-256 above; {data}), under the versions above and on a processor of the "
             f"same kind, these give the same parameters, SHA-256 `{metadata.get('parameters_sha256')}` "
             f"(`stance info`'s \"parameters\"):", ""]
    if command is not None:
        lines += [*_fenced(command, "sh"), ""]
    else:  # a value --option cannot write, or a stance column named "none"
        lines += ["(The command line cannot give all of its options or columns: train it in Python.)", ""]
    return [*lines, *_fenced(call, "python"), ""]


def _fenced(text: str, language: str) -> list[str]:
    """``text`` as a fenced code block, its fence longer than any run of backticks in it."""
    fence = "`" * max(3, max(map(len, re.findall("`+", text)), default=0) + 1)
    return [fence + language, text, fence]


def _training_command(source: str | None, columns: dict[str, Any], options: dict[str, Any],
                      labels: Sequence[str] = ()) -> str | None:
    """The ``stance train`` command line that trains the model again, or None where the
    command line cannot say it: a stance column named "none" (``--stance-column none`` is
    no column), an option value that ``--option`` would read as another, an off-topic label
    "None" that no row of the data has (``--none-label None`` is then no off-topic label).
    A source that begins with "-" is given as "./-d.csv", which argparse takes for no flag.

    >>> print(_training_command("a.csv", {"text": "t", "labels": "l", "stance": None},
    ...                         {"target_head": "ovr", "none_label": None, "negation_words": ["nie"], "C": 3.0}))
    stance train a.csv -o retrained --text-column t --labels-column l --stance-column none --none-label '' \
--option target_head=ovr --option 'negation_words=["nie"]' --option C=3.0
    """
    stance_column = columns["stance"]
    if stance_column in ("none", "None") or (options.get("none_label") == "None" and "None" not in labels):
        return None
    data = source if isinstance(source, str) else "DATA"
    if data.startswith("-"):
        data = f"./{data}"
    words = ["stance", "train", data, "-o", "retrained",
             *_flag("--text-column", columns["text"]), *_flag("--labels-column", columns["labels"]),
             *_flag("--stance-column", "none" if stance_column is None else stance_column)]
    for name, flag in _FLAGGED_OPTIONS.items():
        if name in options:
            words += _flag(flag, "" if options[name] is None else options[name])
    for name, value in options.items():
        if name in _FLAGGED_OPTIONS:
            continue
        typed = _option_value(name, value)
        if typed is None:
            return None
        words += ["--option", f"{name}={typed}"]
    return shlex.join(words)


def _flag(flag: str, value: str) -> list[str]:
    """A flag and its value, joined by "=" for a value that begins with "-", which argparse
    would take for a flag."""
    return [f"{flag}={value}"] if value.startswith("-") else [flag, value]


def _option_value(name: str, value: Any) -> str | None:
    """``value`` as ``--option NAME=VALUE`` takes it (none, true, 3.0, a JSON list or
    object), or None when ``--option`` would read what it writes as another value (a text
    "none", "3" or "a,b").

    >>> _option_value("target_head", "ovr"), _option_value("min_df", None), _option_value("stem", "true")
    ('ovr', 'none', None)
    """
    cli_options = forksafe.imported(".cli_options")

    if value is None or isinstance(value, bool):
        typed = json.dumps(value).replace("null", "none")
    elif isinstance(value, (list, dict)):
        typed = json.dumps(value, ensure_ascii=False)
    else:
        typed = value if isinstance(value, str) else repr(value)
    try:
        read = cli_options._word_list(cli_options._option(f"{name}={typed}"))
    except (cli_options.argparse.ArgumentTypeError, cli_options._Missing):  # --option refuses what it writes
        return None
    # Compared as JSON writes them: the class weights' keys 0 and 1 are "0" and "1" there, and 3 is not 3.0.
    return typed if json.dumps(read) == json.dumps(value) else None


def _training_call(source: str | None, columns: dict[str, Any], options: dict[str, Any]) -> str:
    """The ``stance.train`` call that trains the model again.

    >>> _training_call(None, {"text": "t", "labels": "l", "stance": "s"}, {"class_weight": {"0": 1.0, "1": 2.0}})
    "stance.train(data, text_column='t', labels_column='l', stance_column='s', class_weight={0: 1.0, 1: 2.0})"
    """
    given = {"text_column": columns["text"], "labels_column": columns["labels"], "stance_column": columns["stance"],
             **options}
    weights = given.get("class_weight")
    if isinstance(weights, dict):  # JSON keeps only str keys: the weights of 0 and 1, as a load reads them
        given["class_weight"] = {int(k) if k in ("0", "1") else k: v for k, v in weights.items()}
    data = repr(source) if isinstance(source, str) else "data"
    return f"stance.train({data}, " + ", ".join(f"{name}={value!r}" for name, value in given.items()) + ")"


def _confidence_lines(metadata: dict[str, Any], calibrated: bool | None) -> list[str]:
    """What the card says of ``confidence``, as ``stance info`` says it: calibrated, or the
    primary label's own probability, and why (format 4 and newer models need not be
    calibrated: the default options make format 7, with or without a calibration; see
    :func:`stance.info.may_predate_calibration` for a format-3 one).

    >>> _confidence_lines({"options": {"threshold_folds": 0}}, False)[0][:75]
    "`confidence` is the primary label's probability, not calibrated (trained wi"
    >>> _confidence_lines({}, None)
    []
    """
    if calibrated is None:
        return []
    if calibrated:
        return ["`confidence` is the chance that the primary label is right: its probability, "
                "calibrated on out-of-fold predictions when the model was trained (Platt scaling). "
                "`scores` are each label's own probability."]
    options, format_version = metadata.get("options"), metadata.get("format_version")
    why = uncalibrated_because(options, format_version if may_predate_calibration(options, format_version) else None,
                               metadata.get("training_data"))
    return [f"`confidence` is the primary label's probability, not calibrated ({why}): not the chance that the "
            f"label is right, which it can be far from on small data. `scores` are each label's own probability."]


def _negation_lines(metadata: dict[str, Any]) -> list[str]:
    """What the card says of the model's negation marks: the words they follow (English ones
    for a model without stemming, whatever its text's language), and nothing without them.

    >>> _negation_lines({"analyzer": {"stem": False, "negation": True}, "stance_only_features": ["NOT_"]})[0][:60]
    '`NOT_…` marks the 3 words after an English negation word (no'
    >>> _negation_lines({"analyzer": {"stem": False, "negation": True, "negation_words": ["nie", "nigdy"]},
    ...                  "options": {"negation_words": "polish"}, "stance_only_features": ["NOT_"]})[0][-67:]
    '(nie, nigdy), for the stance head only (`negation_words="polish"`).'
    """
    from .text import NEGATION_SCOPE, NOT_PREFIX, negation_words

    analyzer = metadata.get("analyzer") or {}
    if not analyzer.get("negation"):
        return []
    given = analyzer.get("negation_words")
    options = metadata.get("options") if isinstance(metadata.get("options"), dict) else {}
    language, words = negation_words(analyzer.get("stem", True), given, options.get("negation_words"))
    read_by = "the stance head only" if NOT_PREFIX in (metadata.get("stance_only_features") or ()) else "every head"
    if given is not None and not words:
        return ["No word opens a negation's scope: the model makes no `NOT_…` marks (`negation_words=[]`)."]
    if given is not None and language is None:
        return [f"`{NOT_PREFIX}…` marks the {NEGATION_SCOPE} words after a negation word given in training "
                f"({', '.join(words)}), for {read_by} (`negation_words`)."]
    article = "an" if language[:1] in "aeiou" else "a"
    line = (f"`{NOT_PREFIX}…` marks the {NEGATION_SCOPE} words after {article} {language.capitalize()} negation "
            f"word ({', '.join(words)}), for {read_by}")
    if given is not None:
        return [line + f" (`negation_words=\"{language}\"`)."]
    return [line + (", whatever the language of the text (the model does not stem: `stem=False`)."
                    if analyzer.get("stem") is False else ".")]


def _records(metadata: dict[str, Any], option: str) -> bool:
    """Whether ``metadata`` records ``option``, in the options or the analyzer: a model saved
    before the option records it in neither.

    >>> _records({"options": {"spelling": False}}, "spelling"), _records({"options": {}}, "spelling")
    (True, False)
    """
    return option in (metadata.get("options") or {}) or option in (metadata.get("analyzer") or {})


def _links_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads a post's links and handles (``links``).

    >>> _links_line({"analyzer": {"links": True}})[:52]
    'Web and e-mail addresses are no words to this model,'
    """
    if (metadata.get("analyzer") or {}).get("links"):
        return "Web and e-mail addresses are no words to this model, and an @handle is one word (`links=True`)."
    return ('Web and e-mail addresses are read as words ("https", "t", "co"…) and an @handle as its pieces '
            '("user", "8725"): a model trained with `links=False` or saved before the option.')


def _spelling_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads American spellings (``spelling``).

    >>> _spelling_line({"analyzer": {"stem": True, "spelling": True}})[:44]
    'American spellings are read as British ones '
    >>> _spelling_line({"analyzer": {"stem": "german"}})
    'Words are read as spelt: `spelling` respells English only, and this model stems in german.'
    """
    from .text import respells

    analyzer = metadata.get("analyzer") or {}
    if analyzer.get("spelling"):
        return ('American spellings are read as British ones ("defense" as "defence", "mobilize" as "mobilise"; '
                '`spelling=True`).')
    stem = analyzer.get("stem", True)
    if not respells(stem):
        return f"Words are read as spelt: `spelling` respells English only, and this model stems in {stem}."
    return ('American and British spellings are two words to this model ("defense" and "defence"): a model '
            'trained with `spelling=False` or saved before the option.')


def _invisibles_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads invisible format characters (``invisibles``).

    >>> _invisibles_line({"analyzer": {"invisibles": True}})[:53]
    'Invisible format characters inside a word are dropped'
    """
    if (metadata.get("analyzer") or {}).get("invisibles"):
        return ("Invisible format characters inside a word are dropped (a zero-width space, a word joiner, a "
                "byte-order mark, a zero-width joiner or non-joiner, a direction mark), so that the word is read "
                "as if typed without them (`invisibles=True`).")
    return ("Invisible format characters (a zero-width space, a word joiner, a byte-order mark, a zero-width joiner "
            "or non-joiner, a direction mark) part the word they are in: a model trained with `invisibles=False` "
            "or saved before the option.")


def _cannot_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads "cannot" (``cannot``).

    >>> _cannot_line({"analyzer": {"cannot": True}}).startswith('"Cannot" is read as "can not"')
    True
    """
    if (metadata.get("analyzer") or {}).get("cannot"):
        return ('"Cannot" is read as "can not", as "can\'t" is, so that its "not" opens a negation\'s scope '
                '(`cannot=True`).')
    return ('"Cannot" is one word, after which no negation\'s scope opens (where "can\'t" is "can not"): a model '
            'trained with `cannot=False` or saved before the option.')


def _handles_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads a dotted handle (``handles``).

    >>> _handles_line({"analyzer": {"links": True, "handles": True}})[:54]
    'A dotted handle ("@ukraine.bsky.social", "@nato.int", '
    """
    analyzer = metadata.get("analyzer") or {}
    if analyzer.get("handles"):
        return ('A dotted handle ("@ukraine.bsky.social", "@nato.int", a Mastodon "@rutte@mastodon.social") is one '
                'word, the handle with its dots, not the words it is made of (`handles=True`).')
    if not analyzer.get("links"):
        return "No handle is one word, a dotted one neither (`links=False`)."
    return ('A dotted handle is cut at its dots ("@ukraine.bsky.social" is "ukraine", "bsky", "social") and a '
            'Mastodon handle ("@rutte@mastodon.social") is read as an e-mail address, no word: a model trained '
            'with `handles=False` or saved before the option.')


def _marks_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads combining marks (``marks``).

    >>> _marks_line({"analyzer": {"marks": True}})[:52]
    'A combining mark is part of the word it follows (Hin'
    """
    if (metadata.get("analyzer") or {}).get("marks"):
        return ('A combining mark is part of the word it follows (Hindi\'s vowel signs and viramas: "हिन्दी" is one '
                'word), and the marks that only annotate pronunciation are dropped (a stress mark on a Cyrillic '
                'letter, the Arabic harakat and tatweel: "Са\u0301нкції" is "санкції") (`marks=True`).')
    return ('A word is parted at each combining mark NFKC composes into no letter ("हिन्दी" is "ह", "न", "द"; '
            '"Са\u0301нкції" is "са", "нкції"): a model trained with `marks=False` or saved before the option.')


def _cjk_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads Chinese and Japanese (``cjk``).

    >>> _cjk_line({"analyzer": {"cjk": True}})[:52]
    'A run of Chinese characters or Japanese kana, writte'
    """
    if (metadata.get("analyzer") or {}).get("cjk"):
        return ('A run of Chinese characters or Japanese kana, written without spaces between words, is read as its '
                'overlapping pairs of characters ("支持北约" is "支持", "持北", "北约"); Latin words inside stay '
                'words, and Korean is read by its words (`cjk=True`).')
    return ('A run of Chinese characters or Japanese kana is one word ("北约团结是我们安全的基础" is one word, which '
            'no other text repeats): a model trained with `cjk=False` or saved before the option.')


def _lookalikes_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads the look-alikes of the apostrophe (``lookalikes``).

    >>> _lookalikes_line({"analyzer": {"lookalikes": True}})[:52]
    'A look-alike of the apostrophe between two letters, '
    """
    if (metadata.get("analyzer") or {}).get("lookalikes"):
        return ('A look-alike of the apostrophe between two letters, as OCR and scraped text write it (a prime ′, an '
                'acute accent ´, ‛, ‵, ʹ, ʽ, ʻ), is read as the apostrophe ("isn′t" is "is not"); after a number it '
                'stays ("5′ 10″") (`lookalikes=True`).')
    return ('A look-alike of the apostrophe (a prime ′, an acute accent ´, ‛, ‵, ʹ, ʽ, ʻ) parts its word ("isn′t" is '
            '"isn" and "t", no negation): a model trained with `lookalikes=False` or saved before the option.')


def _names_line(metadata: dict[str, Any]) -> str:
    """What the card says of how the model reads names as the press writes them (``names``).

    >>> _names_line({"analyzer": {"stem": True, "names": True}})[:51]
    'Names are read as the corpus writes them: the Latin'
    >>> _names_line({"analyzer": {"stem": "german"}})
    'Names are read as written: `names` reads English only, and this model stems in german.'
    >>> print(_names_line({"analyzer": {"stem": False, "negation_words": ["nie"]},
    ...                    "options": {"negation_words": "polish"}}).split(", and ")[1])
    this model's negation words are Polish's (`negation_words="polish"`).
    """
    from .text import negation_words, reads_names, respells

    analyzer = metadata.get("analyzer") or {}
    if analyzer.get("names"):
        return ('Names are read as the corpus writes them: the Latin letters without their diacritics ("Suwalki" '
                'as "Suwałki") and another transliteration as the corpus\'s ("Kiev" as "Kyiv", "Zelenskyy" as '
                '"Zelensky"; `names=True`).')
    stem, words = analyzer.get("stem", True), analyzer.get("negation_words")
    if not respells(stem):
        return f"Names are read as written: `names` reads English only, and this model stems in {stem}."
    if not reads_names(stem, words):  # Polish text read with stem=False: "że" is no "ze"
        options = metadata.get("options") if isinstance(metadata.get("options"), dict) else {}
        named = negation_words(stem, words, options.get("negation_words"))[0]
        whose = (f'{named.capitalize()}\'s (`negation_words="{named}"`)' if named else
                 "not English's (`negation_words`)" if words else "none (`negation_words=[]`)")
        return f"Names are read as written: `names` reads English only, and this model's negation words are {whose}."
    return ('"Suwalki" and "Suwałki", "Kiev" and "Kyiv" are two words to this model: a model trained with '
            '`names=False` or saved before the option.')


def _stance_ignores(metadata: dict[str, Any]) -> list[str]:
    """The words of ``stance_ignores`` a model's options record (none: [])."""
    words = (metadata.get("options") or {}).get("stance_ignores")
    return [word for word in words if isinstance(word, str)] if isinstance(words, list) else []


def _stance_ignores_line(metadata: dict[str, Any]) -> str:
    """What the card says of a model trained with ``stance_ignores``: its words as the model
    reads them (its ``analyzer``), each once, the first of those read alike shown.

    >>> print(_stance_ignores_line({"options": {"stance_ignores": ["Hungary", "Estonia"]}}))
    The stance head reads no feature of the 2 words of `stance_ignores` ("Hungary", "Estonia"); the label heads read
    them.
    >>> print(_stance_ignores_line({"options": {"stance_ignores": ["Hungary", "hungary"]}, "analyzer": {"stem": True}}))
    The stance head reads no feature of the 1 word of `stance_ignores` as the model reads them ("Hungary"; 2 given);
    the label heads read them.

    A name of more words than the model's n-grams hold is no feature's, so it ignores nothing:

    >>> print(_stance_ignores_line({"options": {"stance_ignores": ["Hungary", "United States"]},
    ...                             "analyzer": {"ngram_max": 1}}))
    The stance head reads no feature of the 1 word of `stance_ignores` as the model reads them ("Hungary"; 2 given);
    the label heads read them. "United States" ignores nothing: the model's n-grams hold 1 word at most
    (`ngram_max=1`).
    """
    from .text import NGRAM_MAX, distinct_readings, unread_phrases

    given = _stance_ignores(metadata)
    analyzer = metadata.get("analyzer")
    words, unread = list(dict.fromkeys(given)), []  # an edited file's analyzer, which no fit took: as written
    if isinstance(analyzer, dict):
        with contextlib.suppress(TypeError, ValueError):
            unread = list(dict.fromkeys(word for word, _ in unread_phrases(given, analyzer)))
            words = distinct_readings([word for word in given if word not in unread], analyzer)
    phrases = ""
    if unread:  # no n-gram holds them: counted among the words ignored, they were not
        longest = analyzer.get("ngram_max", NGRAM_MAX)
        names, verb = and_listed(unread, lambda word: f'"{word}"'), "ignores" if len(unread) == 1 else "ignore"
        holds = f"the model's n-grams hold {longest} word{'s' * (longest != 1)} at most (`ngram_max={longest}`)."
        if not words:
            return f"The stance head reads every feature: {names}, the `stance_ignores` of this model, {verb} " \
                   f"nothing: {holds}"
        phrases = f" {names} {verb} nothing: {holds}"
    shown = ", ".join(f'"{word}"' for word in words[:5]) + (", …" if len(words) > 5 else "")
    read = (" as the model reads them", f"; {len(given)} given") if len(words) != len(given) else ("", "")
    return (f"The stance head reads no feature of the {len(words)} word{'s' * (len(words) != 1)} of "
            f"`stance_ignores`{read[0]} ({shown}{read[1]}); the label heads read them.{phrases}")


def length_floor_line(metadata: dict[str, Any]) -> str:
    """What the card says of a model's ``length_floor``.

    >>> length_floor_line({"length_floor": 26.43, "options": {"length_floor": 5.0}})  # doctest: +ELLIPSIS
    "Short texts: vectors shorter than 26.4 (the 5th percentile of the training texts') are not scaled up: ..."
    >>> length_floor_line({"length_floor": 26.43, "options": {"length_floor": 5.0}, "stance_classes": []})[-50:]
    'read as surely as a sentence (`length_floor=5.0`).'
    """
    floor = metadata["length_floor"]
    percentile = (metadata.get("options") or {}).get("length_floor")
    which = f" (the {ordinal(percentile)} percentile of the training texts')" if is_percentile(percentile) else ""
    # The stance head only of a model that has one: the card of one without had said so just before.
    stance_head = "; the stance head reads every vector at unit length" if metadata.get("stance_classes") else ""
    return (f"Short texts: vectors shorter than {floor:.1f}{which} are not scaled up: the label heads read a "
            f"text's TF-IDF vector divided by the greater of its length and {floor:.1f}, so that a text of a word "
            f"or two is not read as surely as a sentence (`length_floor={percentile!r}`){stance_head}.")


def is_percentile(value: Any) -> bool:
    """Whether ``value`` (a model's recorded ``length_floor`` option) is a percentile to be named
    as one: an edited 10**400 was, and writing it as an ordinal raised OverflowError.

    >>> is_percentile(5.0), is_percentile(20), is_percentile(10**400), is_percentile(True), is_percentile("5")
    (True, True, False, False, False)
    """
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 100


# The zeros after the point a fraction is written with in plain digits (1e-12 as 0.000000000001);
# past them as typed (1e-300), not as a line of zeros.
_PLAIN_ZEROS = 12


def ordinal(number: float) -> str:
    """``number`` as an ordinal: 1st, 2nd, 3rd, 11th, 2.5th.

    >>> [ordinal(n) for n in (1, 2.0, 3, 5, 11, 22, 2.5)]
    ['1st', '2nd', '3rd', '5th', '11th', '22nd', '2.5th']

    A fraction in the digits it was given, in plain digits: ``:g`` kept six, so that a
    length_floor of 99.99999999 was "the 100th percentile" (of what is short of all),
    33.333333333 "33.3333th", and 0.00001 "the 1e-05th".

    >>> [ordinal(n) for n in (99.99999999, 33.333333333, 0.00001, 1e-12)]
    ['99.99999999th', '33.333333333th', '0.00001th', '0.000000000001th']

    Smaller, as typed: a percentile of 1e-300 (which ``length_floor`` takes) was three
    hundred zeros in plain digits, in the card and in ``stance info``.

    >>> [ordinal(n) for n in (1e-13, 2.5e-300)]
    ['1e-13th', '2.5e-300th']
    """
    number = as_written(number)  # a float32 as typed: np.float32(33.3) was "33.29999923706055th"
    if float(number) != int(number):
        decimal = forksafe.imported("decimal")  # not loaded by `import stance`: a fork waits for it
        # repr: the shortest digits that give the float back, as the option was typed
        given = repr(float(number))
        digits = decimal.Decimal(given)
        return f"{digits:f}th" if digits.adjusted() >= -_PLAIN_ZEROS else f"{given}th"
    shown = f"{number:g}"
    whole = int(number)
    suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
    return shown + suffix


def _label_table(labels: list[str], counts: dict[str, int], thresholds: dict[str, float | None] | None,
                 raised: dict[str, float] | None = None, untuned: str | None = None,
                 flat: dict[str, tuple[float, float]] | None = None, one_text: list[str] | None = None,
                 calibrated: bool = False) -> list[str]:
    """The card's table of labels: each one's training examples and, given ``thresholds``,
    the probability at which it joins the primary label as a secondary one (and of those
    ``raised`` to the label's share of the rows, what tuning gave; ``untuned``: why none was
    tuned, see :func:`stance.info.no_folds_because`; of those ``flat``, the run of thresholds
    the out-of-fold F1 was the same over, see :func:`stance.info.thresholds_flat`; of those
    ``one_text``, that the folds could not tune it, see
    :func:`stance.info.thresholds_of_one_text`), as ``stance info`` says them: with
    ``calibrated``, the note of flat thresholds says the confidence map was fitted on the same
    out-of-fold answers.

    >>> table = _label_table(["gas", "none"], {"gas": 9, "none": 4}, {"gas": 0.225, "none": None})
    >>> print("\\n".join(table))  # doctest: +ELLIPSIS
    | label | training examples | secondary label at |
    |---|---|---|
    | `gas` | 9 | 0.225 |
    | `none` | 4 | never |
    <BLANKLINE>
    A label joins a statement's primary label when its probability reaches its threshold (tuned by cross-validation; ...
    >>> _label_table(["gas", "none"], {}, {"gas": 0.5, "none": None}, untuned="no threshold folds ran: …")[-1][-58:]
    'its threshold (0.5, not tuned: no threshold folds ran: …).'
    >>> _label_table(["gas", "none"], {}, {"gas": 0.5, "none": None}, one_text=["gas"])[2]
    '| `gas` | ? | 0.500 (not tuned: every row of it is one text copied, which a fold keeps together) |'
    >>> _label_table(["gas", "none"], {}, {"gas": 0.475, "none": None}, flat={"gas": (0.05, 0.9)},
    ...              calibrated=True)[-1][-105:]
    'check it on held-out data, and the confidence too, whose map was fitted on the same out-of-fold answers).'
    """
    if thresholds is None:
        return ["| label | training examples |", "|---|---|",
                *[f"| {code_span(label)} | {counts.get(label, '?')} |" for label in labels]]
    MIN_TUNING_POSITIVES = forksafe.imported(".training").MIN_TUNING_POSITIVES

    one_text = [label for label in one_text or [] if thresholds.get(label) is not None]
    # A label of one text copied is said so alone, as stance info says it (its F1 was 0 everywhere).
    raised = {label: value for label, value in (raised or {}).items() if label not in one_text}
    flat = {label: ends for label, ends in (flat or {}).items()
            if thresholds.get(label) is not None and label not in one_text}
    return ["| label | training examples | secondary label at |", "|---|---|---|",
            *[f"| {code_span(label)} | {counts.get(label, '?')} | "
              f"{'never' if thresholds.get(label) is None else format(thresholds[label], '.3f')}"
              + (" (not tuned: every row of it is one text copied, which a fold keeps together)"
                 if label in one_text else "")
              + (f" (tuned {raised[label]:.3f}, raised)" if label in raised and thresholds.get(label) else "")
              + (f" (flat from {flat[label][0]:.3f} to {flat[label][1]:.3f})" if label in flat else "") + " |"
              for label in labels],
            "", "A label joins a statement's primary label when its probability reaches its threshold "
                + (f"(0.5, not tuned: {untuned})." if untuned is not None else
                   "(tuned by cross-validation; 0.5 with threshold_folds below 2"
                   + (f"; one tuned on fewer than {MIN_TUNING_POSITIVES} different texts of its label (a text's copies "
                      f"count once, so the examples counted here can be more) is at least the share of "
                      f"the rows carrying it, and those marked raised were lower" if raised else "")
                   + ("; one marked flat had the same out-of-fold F1 at every threshold of that range, and is its "
                      "middle, which the folds did not choose: check it on held-out data"
                      + (", and the confidence too, whose map was fitted on the same out-of-fold answers"
                         if calibrated else "") if flat else "") + ").")
            if any(t is not None for t in thresholds.values())
            else "Trained on one label a statement: no label joins the primary one."]


def _off_topic(none_label: str | None) -> str:
    """The off-topic label in words: a model trained with ``none_label=None`` has none, which
    read as a label named `None` (and a label called "none" there is an ordinary target)."""
    if none_label is None:
        return "none (every label above is a target)"
    return code_span(none_label)


def code_span(text: str) -> str:
    """``text`` as a Markdown code span that reads back whole (CommonMark's rule): fenced by
    one backtick more than its longest run of them, and spaced inside when it starts or ends
    with a backtick (which would join the fence) or with a space at both ends (which
    CommonMark strips), so that a label "a`b" does not close its span at its own backtick.

    >>> code_span("gas"), code_span("a`b"), code_span("`x"), code_span(" a ")
    ('`gas`', '``a`b``', '`` `x ``', '`  a  `')
    """
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    spaced = text[:1] == "`" or text[-1:] == "`" or (text[:1] == text[-1:] == " " and text.strip(" "))
    return f"{fence} {text} {fence}" if spaced else f"{fence}{text}{fence}"

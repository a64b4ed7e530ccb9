"""``stance info``: what a saved model is, in words: its labels, features, options and
thresholds, how it reads text, the data it was trained on, its files and its metrics; and its
thresholds in words, which ``stance train`` prints too.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from .cli_data import _model
from .cli_errors import EXIT_OK
from .metrics import as_count
from .prediction import probability_shown, unsigned_zero
from .terminal import _json_text, _listed, _shown, _shown_names


def _secondary_at(thresholds: dict[str, float | None], raised: dict[str, float], untuned: str | None = None,
                  flat: dict[str, Any] | None = None, one_text: list[str] | None = None,
                  calibrated: bool = False) -> str:
    """Each label's secondary-label threshold in words, saying which were raised to the label's
    share of the rows for too few different texts to tune them on, and what tuning gave them,
    or why none was tuned (``untuned``, see :func:`stance.info.no_folds_because`), and which
    the folds did not place, their F1 the same over a wide run of thresholds (``flat``, see
    :func:`stance.info.thresholds_flat`), and which the folds could not tune, every row of the
    label one text copied (``one_text``, see :func:`stance.info.thresholds_of_one_text`). With
    ``calibrated``, the note of flat thresholds says the confidence map was fitted on the same
    out-of-fold answers: near-copies that make them sure make it overconfident or, as on a
    user's 20,000 near-copies (mean confidence 0.169, every answer right), wrong the other way.

    >>> _secondary_at({"gas": 0.3, "none": None, "wind": 0.2}, {"gas": 0.05})  # doctest: +ELLIPSIS
    'gas 0.300 (tuned 0.050, raised), none never, wind 0.200; raised: ... rows carrying it'
    >>> _secondary_at({"gas": 0.5, "none": None}, {}, "trained with threshold_folds=0, below 2")
    'gas 0.500, none never (not tuned: trained with threshold_folds=0, below 2)'
    >>> _secondary_at({"gas": 0.475, "none": None}, {}, flat={"gas": (0.05, 0.9)})  # doctest: +ELLIPSIS
    'gas 0.475 (flat from 0.050 to 0.900), none never; flat: the out-of-fold F1 was the same ... on held-out data'
    >>> _secondary_at({"gas": 0.5, "none": None}, {}, one_text=["gas"])
    'gas 0.500 (not tuned: every row of it is one text copied, which a fold keeps together), none never'
    """
    from .training import MIN_TUNING_POSITIVES

    if not any(t is not None for t in thresholds.values()):
        return "never (trained on one label a statement: predicts one label)"
    flat, one_text = flat or {}, one_text or []
    shown = dict(zip(thresholds, _shown_names(thresholds)))  # quoted when a label holds a comma
    return (", ".join(f"{shown[label]} {'never' if t is None else format(t, '.3f')}"
                      + (" (not tuned: every row of it is one text copied, which a fold keeps together)"
                         if label in one_text and t is not None else "")
                      + (f" (tuned {raised[label]:.3f}, raised)" if label in raised and label not in one_text else "")
                      + (f" (flat from {flat[label][0]:.3f} to {flat[label][1]:.3f})"
                         if label in flat and label not in raised and label not in one_text and t is not None else "")
                      for label, t in thresholds.items())
            + (f"; raised: tuned on fewer than {MIN_TUNING_POSITIVES} different texts of the label, so at least the "
               f"share of "
               f"the rows carrying it" if set(raised) - set(one_text) else "")
            + ("; flat: the out-of-fold F1 was the same at every threshold of that range, so the threshold is "
               "the middle of the run, not chosen by the folds (out-of-fold answers that sure often come from "
               "near-copies of a text in different folds): check it on held-out data"
               + (", and the confidence too, whose map was fitted on the same out-of-fold answers" if calibrated
                  else "")
               if any(label in flat and label not in raised and label not in one_text
                      for label, t in thresholds.items() if t is not None)
               else "")
            + (f" (not tuned: {untuned})" if untuned is not None else ""))


def _off_topic(labels: list[str], none_label: str | None) -> str:
    """What ``stance info`` says of the off-topic label, written as its ``labels:`` line writes it.

    >>> _off_topic(["gas", "none"], "none"), _off_topic(["gas, oil", "none"], "none"), _off_topic(["gas"], None)
    ('none', "'none'", '(none: every label is a target)')
    """
    if none_label not in labels:  # None, or a none_label no training row had (its model has no such label)
        return "(none: every label is a target)"
    return _shown_names(labels)[labels.index(none_label)]


def _handles(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads a dotted handle.

    >>> _handles({"links": True, "handles": True})
    'a dotted one (@ukraine.bsky.social, @nato.int, @rutte@mastodon.social) is one word'
    """
    if analyzer.get("handles"):
        return "a dotted one (@ukraine.bsky.social, @nato.int, @rutte@mastodon.social) is one word"
    if not analyzer.get("links"):
        return "no handle is one word (links=false)"
    return ("a dotted one cut at its dots (ukraine, bsky, social), a Mastodon one read as an e-mail address "
            "(a model saved before format 12, or trained with handles=false)")


def _marks(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads combining marks.

    >>> _marks({"marks": True})[:44]
    'part of the word they follow (हिन्दी is one '
    """
    if analyzer.get("marks"):
        return ("part of the word they follow (हिन्दी is one word); stress marks on Cyrillic letters, Arabic "
                "harakat and tatweel dropped (Са\u0301нкції is санкції)")
    return ("part the word they are in (हिन्दी is ह, न, द; Са\u0301нкції is са, нкції) (a model saved before "
            "format 13, or trained with marks=false)")


def _cjk(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads Chinese and Japanese.

    >>> _cjk({"cjk": True})[:50]
    'a run of Chinese characters or kana in overlapping'
    """
    if analyzer.get("cjk"):
        return ("a run of Chinese characters or kana in overlapping pairs of characters (支持北约 is 支持, 持北, "
                "北约); Latin words inside and Korean by their words")
    return ("a run of Chinese characters or kana as one word (支持北约 is 支持北约) (a model saved before format 14, "
            "or trained with cjk=false)")


def _lookalikes(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` options reads the look-alikes of the apostrophe.

    >>> _lookalikes({"lookalikes": True})[:43]
    'read as the apostrophe between two letters '
    """
    if analyzer.get("lookalikes"):
        return ("read as the apostrophe between two letters (isn′t and isn´t are is not; 5′ stays); a prime, an acute "
                "accent, ‛, ‵, ʹ, ʽ, ʻ")
    return ("part the word they are in (isn′t is isn, t) (a model saved before format 16, or trained with "
            "lookalikes=false)")


def cmd_info(args: argparse.Namespace) -> int:
    from .info import model_info

    model = _model(args)
    info = model_info(model)
    if args.json:
        print(_json_text(info, indent=1))
        return EXIT_OK
    print(f"labels:         {_listed(info['labels'])}")
    # Which label means "takes no position": a 'none' among the labels may be a target.
    print(f"off-topic:      {_off_topic(info['labels'], info['none_label'])}")
    # When a label joins the primary one: a model trained on one label a statement never adds one.
    print("secondary at:   " + _secondary_at(info["secondary_thresholds"], info["thresholds_raised"],
                                              info["thresholds_not_tuned_because"], info["thresholds_flat"],
                                              info["thresholds_one_text"], info["confidence_calibration"] is not None))
    print(f"stance classes: {_listed(info['stance_classes']) or '(no stance head)'}")
    only = info["stance_only_features"]
    print(f"features:       {info['n_features']}" + (
        f" ({sum(only.values())} read by the stance head only: "
        + ", ".join(f"{n} {prefix}…" for prefix, n in only.items()) + ")" if only else ""))
    stem = info["analyzer"].get("stem", True)
    # Which language the model reads: a model applied to another language's text finds few words.
    print("stemming:       " + ("english (Snowball)" if stem is True else "none" if stem is False else
                                f"{stem} (Snowball)"))
    # Whether a post's link is words to the model: models saved before the option read it so.
    print("links:          " + ("no words (web and e-mail addresses); an @handle is one word"
                                if info["analyzer"].get("links") else
                                'read as words ("https", "t", "co"…), an @handle as its pieces (a model saved '
                                "before format 7, or trained with links=false)"))
    # Whether "defense" is "defence" to the model: models saved before the option, and models
    # of other languages, read words as spelt.
    print("spelling:       " + _spelling(info["analyzer"]))
    # Whether a zero-width space inside a word (pasted web text) parts it: models saved before
    # the option read it so.
    print("invisibles:     " + ("dropped inside a word (zero-width spaces, word joiners, byte-order marks, "
                                "joiners, direction marks)" if info["analyzer"].get("invisibles") else
                                "part the word they are in (a model saved before format 10, or trained with "
                                "invisibles=false)"))
    # Whether "cannot" opens a negation's scope as "can't" does: models saved before the
    # option read it as one word.
    print("cannot:         " + ('read as "can not", as "can\'t" is' if info["analyzer"].get("cannot") else
                                'one word, no negation (a model saved before format 11, or trained with '
                                'cannot=false)'))
    # Whether a dotted handle ("@ukraine.bsky.social") is one word: models saved before the
    # option cut it at its dots, into words the model knows.
    print("handles:        " + _handles(info["analyzer"]))
    # Whether a combining mark (a Hindi vowel sign, a stress mark, a haraka) parts its word:
    # models saved before the option part it there.
    print("marks:          " + _marks(info["analyzer"]))
    # Whether Chinese and Japanese, written without spaces, are read in pairs of characters:
    # models saved before the option read a whole clause as one word.
    print("cjk:            " + _cjk(info["analyzer"]))
    # Whether "isn′t" (a prime for the apostrophe, as OCR gives it) is "is not": models saved
    # before the option part the word there.
    print("lookalikes:     " + _lookalikes(info["analyzer"]))
    # Whether "Suwalki" and "Kiev" (as the press writes them) are "Suwałki" and "Kyiv": models
    # saved before the option, and models of other languages, read them as written.
    print("names:          " + _names(info["analyzer"], info["options"]))
    # Whether a text of a word or two is read as surely as a sentence (see length_floor).
    print("short texts:    " + _length_floor(info))
    # Which words open a negation's scope: a model without stemming marks every language's
    # with the English words (Polish "nie" marks nothing, Polish "no", "well", does).
    # The negation_words option names the words (a language's or the user's) in place of stem's.
    print("negation marks: " + _negation_marks(info["negation_marks"], stem))
    calibration = info["confidence_calibration"]
    print("confidence:     " + (f"the primary label's probability (not calibrated: "
                                f"{info['confidence_not_calibrated_because']})" if calibration is None else
                                "calibrated on out-of-fold predictions (log-odds x "
                                f"{_calibration_figure(calibration['slope'])} + "
                                f"{_calibration_figure(calibration['intercept'])})"))
    # What the README promises (and --json and the card give): every option it was fitted with.
    print("options:        " + _options(_as_it_reads(info.get("options") or {}, model)))
    # What metadata.json records is shown escaped as the labels are: whoever publishes a model
    # writes it, and a line break in `created` forged a "parameters: sha256" line (an audit).
    training = info["training_data"]
    print(f"training rows:  {_recorded(training.get('rows', '?'))}{_per_label(training.get('label_counts'))}")
    print(f"training sha256: {_recorded(training.get('sha256', '?'))}")
    if training.get("source"):  # as the card's "source", which --json holds too
        print(f"training source: {_recorded(training['source'])}")
    print("versions:       " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()))
    saved = info.get("saved")
    if saved:
        print("saved with:     " + ", ".join(f"{_recorded(k)} {_recorded(v)}" for k, v in saved["versions"].items()))
        print(f"created:        {_recorded(saved.get('created') or '?')}")
        print(f"loaded from:    {_recorded(saved.get('path') or '?')} "
              f"(model format {saved.get('format_version') or '?'})")
        print(f"parameters:     sha256 {saved.get('parameters_sha256') or '?'}")
    # Every metric model_info gives (its texts, the card's table, aside): one saved as a whole
    # number or as null (as a save writes NaN) was skipped without a word.
    # A count saved as a float (n_rows 120.0) as the whole number it is: "120.000" gave it decimals
    metrics = {name: _metric_recorded(as_count(name, value)) for name, value in (info.get("metrics") or {}).items()}
    width = max((len(_shown(name)) for name in metrics), default=0) + 2
    for name, shown in metrics.items():
        print(f"{_shown(name) + ':':{width}s}{shown}")
    return EXIT_OK


def _calibration_figure(value: float) -> str:
    """A calibration's slope or intercept to 3 decimals, a zero unsigned as every figure the
    library shows is: an intercept of -0.0001 read "+ -0.000".

    >>> _calibration_figure(-0.0001), _calibration_figure(-0.25), _calibration_figure(1.5)
    ('0.000', '-0.250', '1.500')
    """
    return unsigned_zero(f"{value:.3f}")


def _metric_recorded(value: Any) -> str:
    """A metric metadata.json records, as ``stance info`` prints it: a figure to 3 decimals,
    ">0.999" and "<0.001" past the digits, as the library shows one (see probability_shown:
    a held-out top-1 of 0.9996 printed "1.000", a model never wrong); a whole number as it is
    (a count saved as a float is made one first: :func:`stance.metrics.as_count`);
    no value (null, as a save writes NaN and infinity, or NaN or Infinity written in the file) as
    evaluate writes one, "n/a", and why; a list or an object by what it is and where to read it.

    >>> [_metric_recorded(v) for v in (0.9996, 0.5, 120, True, None, float("nan"))]
    ['>0.999', '0.500', '120', 'true', 'n/a (no value: null in metadata.json)', 'n/a (no value: NaN in metadata.json)']
    >>> _metric_recorded(float("-inf")), _metric_recorded([1, 2]), _metric_recorded(-int("9" * 40))
    ('n/a (no value: -Infinity in metadata.json)', 'a list (stance info --json gives it)', '-99999999999… (40 digits)')
    """
    from .model_checks import _value_shown
    from .report import NOT_DEFINED

    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        # as --json gives it (null: JSON holds no NaN or infinity) and as the file writes it
        written = "null" if value is None else "NaN" if value != value else f"{'-' if value < 0 else ''}Infinity"
        return f"{NOT_DEFINED} (no value: {written} in metadata.json)"
    if isinstance(value, bool):  # a flag, as metadata.json writes it ("True" is Python's)
        return "true" if value else "false"
    if isinstance(value, int):
        return _value_shown(value)
    if isinstance(value, float):
        return probability_shown(value, 3)
    kind = "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else "a value"
    return f"{kind} (stance info --json gives it)"


def _as_it_reads(options: dict[str, Any], model: Any) -> dict[str, Any]:
    """The ``options`` a model was fitted with (as its files record them), ``names`` as the model
    reads it: a model saved by stance 0.13.0 with names on and stem=False reads names whatever
    its negation words (:data:`stance.text.NAMES_WHATEVER_WORDS`), which its repr shows, while its
    files record names=True; the options line said names=True beside the repr's reading."""
    from .text import NAMES_WHATEVER_WORDS

    if "names" in options and model.params_.analysis_options.get("names") == NAMES_WHATEVER_WORDS:
        return {**options, "names": NAMES_WHATEVER_WORDS}
    return options


def _options(options: dict[str, Any], width: int = 100) -> str:
    """The options a model was fitted with, as its card gives them (``C=10.0``), in the order
    ``StanceModel`` takes them (one a save records that this version lacks after them), each
    not the default marked ``*``; wrapped at ``width`` under the value column of ``stance
    info``'s other lines, so that 27 options stay readable in a terminal; a long list of words
    as its first few and how many more (:func:`stance.exceptions.option_value`).

    >>> print(_options({"C": 10.0, "ngram_max": 2, "new_option": "x"}, width=40))
    ngram_max=2, C=10.0*,
                    new_option='x'*
                    (* not the default)
    >>> _options({"ngram_max": 2})
    'ngram_max=2 (each the default)'
    """
    from .exceptions import option_value
    from .model import StanceModel

    if not options:
        return "none recorded"
    defaults = StanceModel().get_params()
    names = [name for name in defaults if name in options] + [name for name in options if name not in defaults]
    differ = {name for name in names if name not in defaults or options[name] != defaults[name]}
    items = [_recorded(f"{name}={option_value(options[name])}") + ("*" if name in differ else "") for name in names]
    items = [item + "," for item in items[:-1]] + items[-1:]
    items.append("(* not the default)" if differ else "(each the default)")
    lines = [""]
    for item in items:  # greedy, whole items a line: a value is never cut
        if lines[-1] and 16 + len(lines[-1]) + 1 + len(item) > width:
            lines.append("")
        lines[-1] += (" " if lines[-1] else "") + item
    return ("\n" + " " * 16).join(lines)


def _per_label(counts: Any) -> str:
    """What ``stance info`` adds to the training rows of the rows of each label, as the
    card's "training examples" column gives them ("" for a model that recorded none), the
    names quoted as the labels line quotes them when one holds a comma.

    >>> _per_label({"climate_action": 12, "economy": 8}), _per_label(None)
    (' (per label: climate_action 12, economy 8)', '')
    >>> print(_per_label({"carbon_tax, nuclear": 16, "gas": 16}))
     (per label: 'carbon_tax, nuclear' 16, 'gas' 16)
    """
    if not isinstance(counts, dict) or not counts:
        return ""
    names = _shown_names(str(label) for label in counts)
    return " (per label: " + ", ".join(f"{name} {_recorded(n)}" for name, n in zip(names, counts.values())) + ")"


def _length_floor(info: dict[str, Any]) -> str:
    """What ``stance info`` says of the model's ``length_floor``.

    >>> _length_floor({"length_floor": 26.43, "options": {"length_floor": 5.0}})
    "vectors shorter than 26.4 (the 5th percentile of the training texts') are not scaled up (length_floor=5.0)"
    >>> _length_floor({"length_floor": None, "options": {}})[:45]
    'every vector scaled to unit length, however s'
    """
    from .card import is_percentile, ordinal

    floor = info.get("length_floor")
    if floor is None:
        return ("every vector scaled to unit length, however short the text (a model trained without "
                "length_floor, or saved before it)")
    percentile = (info.get("options") or {}).get("length_floor")
    known = is_percentile(percentile)
    return (f"vectors shorter than {floor:.1f}"
            + (f" (the {ordinal(percentile)} percentile of the training texts')" if known else "")
            + f" are not scaled up (length_floor={percentile!r})")


def _recorded(value: Any) -> str:
    r"""A value a model's metadata.json records (or, for ``loaded from``, a folder's name), as
    :func:`_shown` gives a label: as it is, or as Python writes it when it holds what a
    terminal acts on or a line break; a value of another type (JSON allows any) as its str.

    >>> print(_recorded(23820), _recorded("2026-12-02"), _recorded("0.1.0\x1b[2J"))
    23820 2026-12-02 '0.1.0\x1b[2J'
    """
    return _shown(value if isinstance(value, str) else str(value))


def _spelling(analyzer: dict[str, Any]) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` reads American spellings.

    >>> _spelling({"stem": "german"})
    'as written (spelling respells English only; this model stems in german)'
    """
    from .text import respells

    if analyzer.get("spelling"):
        return 'American read as British ("defense" as "defence")'
    stem = analyzer.get("stem", True)
    if not respells(stem):
        return f"as written (spelling respells English only; this model stems in {stem})"
    return ('as written: "defense" and "defence" are two words (a model saved before format 8, or trained with '
            'spelling=false)')


def _names(analyzer: dict[str, Any], options: dict[str, Any] | None = None) -> str:
    """What ``stance info`` says of how a model with ``analyzer`` (trained with ``options``) reads
    names as the press writes them.

    >>> _names({"stem": "german"})
    'as written (names reads English only; this model stems in german)'
    >>> _names({"stem": False, "negation_words": ["nie"]}, {"negation_words": "polish"})
    "as written (names reads English only; this model's negation words are Polish's)"
    """
    from .text import negation_words, reads_names, respells

    if analyzer.get("names"):
        return 'as the corpus writes them: diacritics folded ("Suwalki" is "Suwałki"), "Kiev" is "Kyiv"'
    stem, words = analyzer.get("stem", True), analyzer.get("negation_words")
    if not respells(stem):
        return f"as written (names reads English only; this model stems in {stem})"
    if not reads_names(stem, words):  # Polish text read with stem=False: "że" is no "ze"
        named = negation_words(stem, words, (options or {}).get("negation_words"))[0]
        whose = f"{named.capitalize()}'s" if named else "not English's" if words else "none (negation_words=[])"
        return f"as written (names reads English only; this model's negation words are {whose})"
    return ('as written: "Suwalki" and "Suwałki" are two words (a model saved before format 17, or trained with '
            'names=false)')


def _negation_marks(marks: dict[str, Any] | None, stem: Any) -> str:
    """What ``stance info`` says of a model's negation marks (``negation_marks`` of its --json).

    >>> _negation_marks({"language": "polish", "words": ["nie", "nigdy"], "from": "negation_words", "scope": 3,
    ...                  "read_by": "stance head"}, False)[:-14] + "…"
    'NOT_… on the 3 words after a Polish negation word (nie, nigdy; negation_words=polish), for the stance head only…'
    >>> _negation_marks({"language": None, "words": [], "from": "negation_words", "scope": 3,
    ...                  "read_by": "stance head"}, False)
    'none (negation_words is empty)'
    """
    if marks is None:
        return "none"
    if not marks["words"]:
        return "none (negation_words is empty)"
    if marks["from"] == "stem":
        after = f"{_a_language(marks['language'])} negation word ({', '.join(marks['words'])}" + (
            "; stem=false reads every language with these" if stem is False else "")
    elif marks["language"] is None:
        after = f"a negation word of negation_words ({', '.join(marks['words'])}"
    else:
        after = (f"{_a_language(marks['language'])} negation word ({', '.join(marks['words'])}; "
                 f"negation_words={marks['language']}")
    read_by = ("the stance head only (stance_cues)" if marks["read_by"] == "stance head"
               else "every head (negation=true)")
    return f"NOT_… on the {marks['scope']} words after {after}), for {read_by}"


def _a_language(name: str) -> str:
    """``"an English"``, ``"a German"``: a language's name with its article.

    >>> _a_language("english"), _a_language("german")
    ('an English', 'a German')
    """
    return ("an " if name[:1] in "aeiou" else "a ") + name.capitalize()

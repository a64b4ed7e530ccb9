"""A wire service's attribution, measured: python benchmarks/attribution.py [MODEL_OR_CORPUS …]

News copy ends a statement with who said it (", according to a statement.", ", officials
said."): the house style of the press, not a position, so it should not change the stance the
model reads. This script takes the statements of the challenge set and the probes that have a
target and a stance, ends each sentence-final one with each of eight attributions in turn (the
first four measured before the thirty-first corpus wave, whose last batches were written to
answer them; the last four chosen after it, by a review, to test it on tails it was not steered
by), and counts, for each model, the stances that change (favor to against, against to favor),
the mean probability of `favor` of the gold-favor and gold-against statements before and
after, and stance accuracy (on statements whose primary label the model gets right, before and
after). A tail that changes the label (to `none`, or to another target) is not counted as a
change of stance, and the means leave out the statements read as `none` (they have no
P(favor)), so that they are over slightly different statements before and after.

Each argument is a saved model's directory, or a folder of labelled tables (a corpus), on which
a model is trained with the default options, or with the flags `stance train` takes for them
(--text-column, --labels-column, --stance-column, --none-label, --option NAME=VALUE; see
benchmarks/training_flags.py), which its refusal of a corpus names; with none, the bundled
model and a model of ``datasets/corpus`` alone. Deterministic; about two minutes a model on two
cores.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from training_flags import (  # noqa: E402  # the training flags, as `stance train` takes them
    in_the_command_lines_words,
    parsed,
    script_arguments,
    script_name,
    stances_missing,
    training_keywords,
    with_the_stance_head_kept,
)

import stance  # noqa: E402
from stance.file_types import SUPPORTED_SUFFIXES  # noqa: E402
from stance.tables import read_table  # noqa: E402

# The first four were measured before the thirty-first corpus wave, whose last batches were written to answer
# them; the last four were chosen after it, by a review, to test it on tails it was not steered by.
TAILS = (", according to a statement.", ", officials said.", ", a spokesperson told reporters.",
         ", the ministry said in a statement.", ", according to a source.", ", he said.", ", the agency reported.",
         ", according to officials.")


def attributed(text: str, tail: str) -> str | None:
    """``text`` with ``tail`` in place of its closing full stop; None when it does not end with
    one (a question, an exclamation, a quotation closing it), where a tail reads otherwise."""
    if not re.search(r"[^.]\.$", text.rstrip()):
        return None
    return text.rstrip()[:-1] + tail


def model_of(argument: str | None, flags: argparse.Namespace | None = None) -> tuple[str, stance.StanceModel]:
    """The model ``argument`` names (a model's directory, or a corpus to train one on with the training
    ``flags``, see benchmarks/training_flags.py; without them, the defaults), and how it is shown."""
    if argument is None:
        return "bundled", stance.default_model()
    path = Path(argument)
    # In the name of the script run: arming_plain.py and country_names.py borrow this.
    script = script_name()
    if (path / "metadata.json").exists():  # a saved model's directory
        model = stance.load(path)
        if not model.stance_classes:  # every stance None: attribution.py divided by 0, the others printed zeros
            raise SystemExit(f"{script}: {argument!r} is a model without a stance head (trained with "
                             f"stance_column=None), and {script} measures the stance a model reads: give a model "
                             "trained with a stance column, or a folder of labelled tables with one")
        return argument, model
    if not path.exists():
        raise SystemExit(f"{script}: {argument!r} does not exist; give a saved model's directory "
                         "or a folder of labelled tables")
    try:
        tables = read_table(path)
    except stance.StanceError as error:  # said, not a traceback
        if holds_tables(path):  # a table that cannot be read (its encoding, a quote never closed): not "no tables"
            raise SystemExit(f"{script}: the tables of {argument!r} cannot be read: {error}") from None
        raise SystemExit(f"{script}: {argument!r} is neither a saved model's directory (it has no metadata.json) "
                         f"nor labelled tables to train on: {error}") from None
    flags = parsed(argv=[]) if flags is None else flags
    # The script's own need, in its words: stance would advise training without a stance head.
    missing = stances_missing(tables, flags)
    if missing is not None:
        raise SystemExit(f"{script}: the tables of {argument!r} cannot be trained on: {missing}")
    try:
        with warnings.catch_warnings(record=True) as caught:  # said below, as the refusals are
            warnings.simplefilter("always")
            model = stance.train(tables, **training_keywords(flags, tables))
    except stance.StanceError as error:  # tables read, but not fit to train on (one label): not "no tables"
        # stance's advice as it is, in the words of the flags this script takes as `stance train` does
        raise SystemExit(f"{script}: the tables of {argument!r} cannot be trained on: "
                         f"{with_the_stance_head_kept(in_the_command_lines_words(error))}") from None
    finally:
        for warning in caught:  # "if 'NA' is your label for … no position, pass --none-label NA" is one
            warnings.warn_explicit(in_the_command_lines_words(str(warning.message)), warning.category,
                                   warning.filename, warning.lineno)
    return f"trained on {argument}", model


def holds_tables(path: Path) -> bool:
    """Whether ``path`` is a table, or a folder holding one, by its name (.csv, .tsv, .jsonl or
    .parquet, in any case), whether or not it can be read.

    >>> holds_tables(Path(__file__)), holds_tables(ROOT / "datasets" / "corpus")
    (False, True)
    """
    def table(entry: Path) -> bool:
        return entry.suffix.lower() in SUPPORTED_SUFFIXES and entry.is_file()

    return table(path) or (path.is_dir() and any(table(entry) for entry in path.iterdir()))


def measured(model: stance.StanceModel, texts: list[str], labels: list[str], stances: list[str]) -> dict:
    """P(favor) of each statement's stance head, its stance, and whether its primary label is the gold one."""
    predictions = model.classify_many(texts)
    # A statement read as `none` has no stance, nor P(favor): left out of the means (NaN).
    return {"favor": [p.stance_scores.get("favor", float("nan")) for p in predictions],
            "stance": [p.stance for p in predictions],
            "right": [p.label == gold.split("|")[0] for p, gold in zip(predictions, labels)]}


def main(argv: list[str] | None = None) -> int:
    flags = script_arguments(__doc__, argv)  # refused, or --help, before any work
    import pandas as pd

    data = pd.concat([read_table(ROOT / "datasets" / "challenge"), read_table(ROOT / "datasets" / "probes")])
    data = data[data.text.notna() & data.stance.isin(["favor", "against"])]
    texts, labels, stances = data.text.tolist(), data.labels.tolist(), data.stance.tolist()
    ending = [i for i, text in enumerate(texts) if attributed(text, TAILS[0]) is not None]
    print(f"challenge and probes: {len(texts):,} statements with a stance, {len(ending):,} ending with a full stop")
    for argument in flags.models or [None, str(ROOT / "datasets" / "corpus")]:
        shown, model = model_of(argument, flags)
        print(f"{shown}:")
        kept = [texts[i] for i in ending]
        gold = [stances[i] for i in ending]
        before = measured(model, kept, [labels[i] for i in ending], gold)
        for tail in TAILS:
            after = measured(model, [attributed(text, tail) for text in kept], [labels[i] for i in ending], gold)
            flips = {(old, new): sum(b == old and a == new for b, a in zip(before["stance"], after["stance"]))
                     for old, new in (("favor", "against"), ("against", "favor"))}
            means = {side: (_mean(before["favor"], gold, side), _mean(after["favor"], gold, side))
                     for side in ("favor", "against")}
            accuracy = [_accuracy(run, gold) for run in (before, after)]
            print(f"  {tail!r:40} favor→against {flips['favor', 'against']:4d}, against→favor "
                  f"{flips['against', 'favor']:4d}; P(favor) of gold favor {means['favor'][0]:.3f}→"
                  f"{means['favor'][1]:.3f}, of gold against {means['against'][0]:.3f}→{means['against'][1]:.3f}; "
                  f"stance accuracy {accuracy[0]:.4f}→{accuracy[1]:.4f}")
    return 0


def _mean(values: list[float], gold: list[str], side: str) -> float:
    chosen = [value for value, stance_of in zip(values, gold) if stance_of == side and value == value]
    return sum(chosen) / len(chosen)


def _accuracy(run: dict, gold: list[str]) -> float:
    right = [said == wanted for said, wanted, primary in zip(run["stance"], gold, run["right"]) if primary]
    return sum(right) / len(right)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

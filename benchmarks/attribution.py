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

Each argument is a saved model's directory, or a folder of labelled tables (a corpus), on
which a model is trained with the default options; with none, the bundled model and a model of
``datasets/corpus`` alone. Deterministic; about two minutes a model on two cores.
"""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def model_of(argument: str | None) -> tuple[str, stance.StanceModel]:
    """The model ``argument`` names (a model's directory, or a corpus to train one on), and how it is shown."""
    if argument is None:
        return "bundled", stance.default_model()
    path = Path(argument)
    # In the name of the script run: arming_plain.py and country_names.py borrow this.
    script = Path(sys.argv[0]).name
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
    try:
        with warnings.catch_warnings(record=True) as caught:  # said again below, in words for the script's user
            warnings.simplefilter("always")
            model = stance.train(tables, stance_column="stance")
    except stance.StanceError as error:  # tables read, but not fit to train on (one label): not "no tables"
        raise SystemExit(f"{script}: the tables of {argument!r} cannot be trained on: "
                         f"{for_the_script(str(error), script)}") from None
    finally:
        for warning in caught:  # "if 'NA' is your label for … no position, pass none_label='NA'" is one
            warnings.warn_explicit(with_the_off_topic_label_written(str(warning.message), script),
                                   warning.category, warning.filename, warning.lineno)
    return f"trained on {argument}", model


# stance's advice to train without a stance head, which these scripts take no option for (they measure the
# stance a model reads), with the clause it stands in: "; pass stance_column=None (on the command line:
# --stance-column none) to train without a stance head, or fill in …", "…; pass stance_column=None to train
# without one", "Add examples, correct a typo, or pass stance_column=None to leave the stance out".
_NO_STANCE_HEAD_ADVICE = re.compile(r"(?P<lead>: |; |, or |, )?pass stance_column=None(?: \(on the command line: "
                                    r"--stance-column none\))? to (?:train without (?:a stance head|one)|leave the "
                                    r"stance out)(?P<trail>, or )?")
# A refusal (or one line of several, "  (2) …") of the stance column.
_OF_THE_STANCE = re.compile(r"(?m)^(?:\s*\(\d+\) )?(?:stance_column='stance'|stance): ")


# stance's advice to name the off-topic label, which these scripts take no option for (they train with stance's
# default, "none"): "pass none_label='offtopic' (on the command line: --none-label offtopic)", its value
# quoted for Python and for the shell ('it'"'"'s'), or "--none-label=-x".
_NONE_LABEL_ADVICE = re.compile(r"""pass none_label=(?P<label>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
                                r"""(?: \(on the command line: --none-label[ =]"""
                                r"""(?:'[^']*'(?:"'"'[^']*')*|[^\s)]+)\))?""")


def with_the_off_topic_label_written(message: str, script: str) -> str:
    """stance's ``message`` with its advice to pass ``none_label`` put as what the user of ``script``,
    which takes no such option, can do: write the off-topic label it trains with in those rows.

    >>> with_the_off_topic_label_written("if 'offtopic' is your off-topic label, pass none_label='offtopic' "
    ...                                  "(on the command line: --none-label offtopic)", "a.py")
    "if 'offtopic' is your off-topic label, write 'none' in place of 'offtopic' in its rows (a.py trains with \
the off-topic label 'none')"
    """
    return _NONE_LABEL_ADVICE.sub(lambda found: f"write 'none' in place of {found['label']} in its rows ({script} "
                                                "trains with the off-topic label 'none')", message)


# stance's advice to train with fewer threshold folds, which these scripts take no option for (they train with
# the default options): "… or drop their rows (or pass threshold_folds=0, on the command line --option
# threshold_folds=0, which needs 2: …)", and, offered first, "Pass threshold_folds=2 (on the command line
# --option threshold_folds=2), which needs … (each runs where … right and wrong); or add examples, …".
_FEWER_FOLDS_ADVICE = re.compile(r" \(or pass threshold_folds=0, on the command line --option threshold_folds=0, "
                                 r"which needs 2: [^()]*\)|(?P<first>[Pp])ass threshold_folds=\d+ \(on the command "
                                 r"line --option threshold_folds=\d+\), which needs [^()]*\([^()]*\); or (?P<next>\w)")


def _without_fewer_folds(message: str) -> str:
    """``message`` without stance's advice to pass ``threshold_folds``, which the scripts take no option for.

    >>> _without_fewer_folds("Add examples or drop their rows (or pass threshold_folds=0, on the command line "
    ...                      "--option threshold_folds=0, which needs 2: the 3 are one per fold). Or not")
    'Add examples or drop their rows. Or not'
    >>> _without_fewer_folds("x. Pass threshold_folds=2 (on the command line --option threshold_folds=2), which "
    ...                      "needs 2 rows (each runs where the data allow it); or add examples")
    'x. Add examples'
    """
    return _FEWER_FOLDS_ADVICE.sub(lambda found: "" if found["first"] is None else
                                   (found["next"].upper() if found["first"] == "P" else found["next"]), message)


def for_the_script(message: str, script: str) -> str:
    """stance's refusal of training on a corpus, ``message``, in words for the user of ``script``:
    its advice to pass ``stance_column=None`` or ``threshold_folds`` left out, that to pass ``none_label`` put as what
    the user can do (see :func:`with_the_off_topic_label_written`), and a refusal of the stance column
    followed by what the user can do, as the script takes no option but models and corpora.

    >>> for_the_script("stance_column='stance': need at least two different stance values to train a stance "
    ...                "head, got ['favor']; pass stance_column=None to train without one", "a.py")
    ... # doctest: +NORMALIZE_WHITESPACE
    "stance_column='stance': need at least two different stance values to train a stance head, got ['favor'];
    a.py measures the stance a model reads: give each row with a target a stance, favor or against, in a column
    named 'stance', or give a saved model's directory that has a stance head"
    >>> for_the_script("labels: need at least two different labels to train, got ['a']", "a.py")
    "labels: need at least two different labels to train, got ['a']"
    """
    said = _NO_STANCE_HEAD_ADVICE.sub(lambda found: found["lead"] if found["trail"] and found["lead"] in (": ", "; ")
                                      else "", with_the_off_topic_label_written(_without_fewer_folds(message), script))
    if not _OF_THE_STANCE.search(said):
        return said
    joined = " " if said.endswith(("?", ".")) else "; "  # after "Did you mean 'Stance'?"
    return (f"{said}{joined}{script} measures the stance a model reads: give each row with a target a stance, "
            "favor or against, in a column named 'stance', or give a saved model's directory that has a stance head")


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


def main(arguments: list[str]) -> int:
    import pandas as pd

    data = pd.concat([read_table(ROOT / "datasets" / "challenge"), read_table(ROOT / "datasets" / "probes")])
    data = data[data.text.notna() & data.stance.isin(["favor", "against"])]
    texts, labels, stances = data.text.tolist(), data.labels.tolist(), data.stance.tolist()
    ending = [i for i, text in enumerate(texts) if attributed(text, TAILS[0]) is not None]
    print(f"challenge and probes: {len(texts):,} statements with a stance, {len(ending):,} ending with a full stop")
    for argument in arguments or [None, str(ROOT / "datasets" / "corpus")]:
        shown, model = model_of(argument)
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
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", metavar="MODEL_OR_CORPUS")
    raise SystemExit(main(parser.parse_args().models))

"""Rebuild everything that is derived from the corpus: python datasets/build.py

1. validate the corpus (stop if it is invalid, or if a row copies or nearly copies a
   statement of the challenge set, the probes or the seed article);
2. run the evaluation protocol:
   - a fixed held-out split (20%) in which near-paraphrases (clusters of statements with
     TF-IDF cosine >= PARAPHRASE) never straddle train and test;
   - leave-one-register-out cross-validation (train on seven registers, test on the eighth);
   - the challenge set (datasets/challenge/: statements written to be unlike the corpus,
     with entities and phrasings it rarely or never uses), with a model trained on the
     whole corpus: the closest thing we have to real text from elsewhere;
   - the seed article's 17 statements, held out, with a model trained on the corpus alone;
   - the probes (datasets/probes/: small sets the developers wrote to test one weakness
     each, and statements modelled on publicly reported positions), with the same model;
3. train the default model on corpus + seed statements and save it to models/default,
   with the protocol's results in its metadata and model card;
4. write the tables into README.md, datasets/DATASHEET.md and datasets/evaluation.json.

Deterministic: the same corpus gives the same splits, metrics and model parameters.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.card import RETRAINING_HEADING  # noqa: E402
from stance.evaluation import CONFIDENCE_BINS as EDGES  # noqa: E402
from stance.evaluation import calibration_error, compute_report, confidence_bin, cross_validate  # noqa: E402

import validate  # noqa: E402

PARAPHRASE = 0.35
TEST_SHARE = 0.2
SEED = 0
METRICS = ("top1_in_gold", "macro_f1", "none_f1", "micro_f1", "stance_f_avg", "against_f1", "favor_f1")
NAMES = {
    "top1_in_gold": "top-1 in gold", "macro_f1": "macro-F1 (5 labels)", "none_f1": "`none` F1",
    "micro_f1": "multi-label micro-F1", "stance_f_avg": "stance F_avg", "against_f1": "F1 against",
    "favor_f1": "F1 favor",
}


# What measures nothing, which the tables show as "–": on statements all `none` (an off-topic
# probe), the metrics of the targets and the stance; on statements without `none`, `none` F1.
OFF_TOPIC_UNDEFINED = frozenset({"macro_f1", "stance_f_avg", "stance_accuracy", "against_f1", "favor_f1"})


def undefined_metrics(labels) -> frozenset[str]:
    """The metrics that measure nothing on statements of the gold ``labels`` (see
    OFF_TOPIC_UNDEFINED): a 0.000 or a NaN there is no result."""
    rows = [stance.data.parse_label_set(v) for v in labels]
    undefined = set(OFF_TOPIC_UNDEFINED) if all(row == ("none",) for row in rows) else set()
    if not any("none" in row for row in rows):
        undefined.add("none_f1")
    return frozenset(undefined)


def measured(metrics: dict, name: str, undefined: frozenset[str] = frozenset()) -> bool:
    """Whether ``metrics[name]`` is a result: not among ``undefined`` and not NaN (no statement
    to measure it on, gold or predicted)."""
    value = metrics[name]
    return name not in undefined and value == value


def cell(metrics: dict, name: str, undefined: frozenset[str] = frozenset()) -> str:
    """``metrics[name]`` as a table shows it: three decimals, or "–" where it measures nothing."""
    return f"{metrics[name]:.3f}" if measured(metrics, name, undefined) else "–"


def held_out_split(corpus):
    """Train and test row positions; paraphrase clusters stay on one side."""
    import numpy as np
    from sklearn.model_selection import GroupShuffleSplit

    from stance.similarity import clusters, similar_pairs

    groups = clusters(len(corpus), similar_pairs(corpus.text.tolist(), PARAPHRASE))
    splitter = GroupShuffleSplit(n_splits=1, test_size=TEST_SHARE, random_state=SEED)
    train, test = next(splitter.split(np.arange(len(corpus)), groups=groups))
    return sorted(train), sorted(test), len(set(groups))


def report_for(model, frame, predictions=None):
    """Metrics of ``model`` on ``frame``, as :func:`stance.evaluate` gives them: the tables call
    their brackets ``EvaluationReport.intervals``, and a report built without the predictions'
    confidences drew its resamples over the statements in another order, which moved the
    stance metrics' bounds. Pass ``predictions`` already made for its rows to reuse them
    (``datasets/compare.py`` and ``benchmarks/confidence.py`` do)."""
    if predictions is None:
        return stance.evaluate(model, frame, stance_column="stance")
    return compute_report(
        [p.labels for p in predictions], [p.stance for p in predictions],
        [stance.data.parse_label_set(v) for v in frame.labels],
        [s if isinstance(s, str) and s else None for s in frame.stance],
        model.labels, model.params_.none_label, model.stance_classes,
        confidences=[p.confidence for p in predictions],
    )


def load_probes() -> dict:
    """Each probe file of datasets/probes/ as a DataFrame, by file name."""
    import pandas as pd

    return {path.name: pd.read_csv(path, dtype=str, keep_default_na=False)
            for path in sorted((HERE / "probes").glob("*.csv"))}


def run_protocol(corpus, seeds, challenge, probes=None) -> dict:
    started = time.time()
    train_rows, test_rows, n_clusters = held_out_split(corpus)
    train, test = corpus.iloc[train_rows], corpus.iloc[test_rows]
    held_out = report_for(stance.train(train, stance_column="stance"), test)
    loro = cross_validate(corpus, folds=len(validate.REGISTERS), groups="register")
    corpus_model = stance.train(corpus, stance_column="stance")
    seed_predictions = corpus_model.classify_many(seeds.text.tolist())
    seed_report = report_for(corpus_model, seeds)
    challenge_predictions = corpus_model.classify_many(challenge.text.tolist())
    challenge_report = report_for(corpus_model, challenge)
    slices = {
        name: {"rows": len(rows), "metrics": report_for(corpus_model, rows).metrics}
        for name, rows in challenge.groupby("file", sort=True)
    }
    seed_hits = [p.label in stance.data.parse_label_set(gold) for p, gold in zip(seed_predictions, seeds.labels)]
    probe_predictions = {name: corpus_model.classify_many(rows.text.tolist()) for name, rows in (probes or {}).items()}
    probe_reports = {name: {"rows": len(rows), "off_topic_only": bool((rows.labels == "none").all()),
                            "metrics": report_for(corpus_model, rows).metrics}
                     for name, rows in (probes or {}).items()}
    # Confidence is judged on everything written apart from the corpus: challenge set and probes.
    judged = [(challenge, challenge_predictions)] + [(rows, probe_predictions[name])
                                                     for name, rows in (probes or {}).items()]
    outside = [(p, gold) for frame, predictions in judged for p, gold in zip(predictions, frame.labels)]
    gold_stances = [value for frame, _ in judged for value in frame.stance]
    return {
        "confidence": reliability(outside, gold_stances),
        "held_out": {"train_rows": len(train_rows), "test_rows": len(test_rows),
                     "paraphrase_clusters": n_clusters, "metrics": held_out.metrics,
                     "intervals": _intervals(held_out)},
        "leave_one_register_out": {"metrics": loro.metrics, "spread": loro.spread, "folds": loro.folds},
        "challenge": {"rows": len(challenge), "metrics": challenge_report.metrics,
                      "intervals": _intervals(challenge_report), "slices": slices},
        "seed": {"rows": len(seeds), "top1_hits": int(sum(seed_hits)), "metrics": seed_report.metrics},
        "probes": probe_reports,
        "seconds": round(time.time() - started, 1),
    }


def _intervals(report) -> dict:
    """Each table metric's 95% bootstrap interval over the statements (seeded: the same
    predictions give the same interval)."""
    table = report.intervals(level=0.95, resamples=1000, random_state=SEED)
    return {name: [round(row.low, 6), round(row.high, 6)] for name, row in table.iterrows() if name in METRICS}


def reliability(predictions_and_gold, stances) -> dict:
    """How often the top label was in gold, by confidence, and the calibration error of the
    calibrated confidence, of the raw label probability, and of the stance's probability."""
    import numpy as np

    right = np.array([p.label in stance.data.parse_label_set(gold) for p, gold in predictions_and_gold])
    calibrated = np.array([p.confidence for p, _ in predictions_and_gold])
    raw = np.array([p.scores[p.label] for p, _ in predictions_and_gold])
    which = confidence_bin(calibrated)
    bins = [{"from": float(EDGES[b]), "to": float(EDGES[b + 1]), "n": int((which == b).sum()),
             "confidence": float(calibrated[which == b].mean()), "label_probability": float(raw[which == b].mean()),
             "top1_in_gold": float(right[which == b].mean())}
            for b in range(len(EDGES) - 1) if (which == b).any()]
    # The stance's probability, where the primary label is the gold one and gold has a stance.
    judged = [(max(p.stance_scores.values()), p.stance == gold_stance) for (p, gold), gold_stance in
              zip(predictions_and_gold, stances) if p.stance_scores and gold_stance
              and p.label == stance.data.parse_label_set(gold)[0]]
    return {"rows": len(right), "bins": bins, "calibration_error": calibration_error(calibrated, right),
            "stance_rows": len(judged),
            "stance_calibration_error": calibration_error(np.array([v for v, _ in judged]),
                                                          np.array([hit for _, hit in judged])),
            "calibration_error_label_probability": calibration_error(raw, right),
            "brier": float(np.mean((calibrated - right) ** 2)),
            "brier_label_probability": float(np.mean((raw - right) ** 2))}


def evaluation_table(results: dict) -> str:
    held = results["held_out"]["metrics"]
    loro = results["leave_one_register_out"]
    challenge = results["challenge"]["metrics"]
    lines = [
        "| metric | held-out split | leave-one-register-out (pooled ± sd over folds) | challenge set |",
        "|---|---|---|---|",
    ]
    held_ends, challenge_ends = results["held_out"]["intervals"], results["challenge"]["intervals"]
    for name in METRICS:
        lines.append(f"| {NAMES[name]} | {held[name]:.3f} {_ends(held_ends[name])} "
                     f"| {loro['metrics'][name]:.3f} ± {loro['spread'][name]:.3f} "
                     f"| {challenge[name]:.3f} {_ends(challenge_ends[name])} |")
    seed = results["seed"]
    lines += [
        "",
        f"Held-out split: {results['held_out']['test_rows']} test statements, "
        f"{results['held_out']['train_rows']} training statements; near-paraphrase clusters "
        f"(cosine ≥ {PARAPHRASE}) never straddle the split. In brackets, 95% bootstrap intervals "
        f"over the test statements (`EvaluationReport.intervals`). Challenge set: "
        f"{results['challenge']['rows']} statements written to be unlike the corpus, model trained on "
        f"the whole corpus. Seed article (held out, model "
        f"trained on the corpus only): {seed['top1_hits']}/{seed['rows']} top labels in gold.",
        "",
        "Leave-one-register-out, per held-out register:",
        "",
        "| register | n | top-1 | macro-F1 | `none` F1 | stance F_avg | F1 against |",
        "|---|---|---|---|---|---|---|",
    ]
    for fold in loro["folds"]:
        lines.append(_slice_row(fold["group"], fold["n"], fold))
    lines += [
        "",
        "Challenge set, per slice (model trained on the whole corpus):",
        "",
        "| slice | n | top-1 | macro-F1 | `none` F1 | stance F_avg | F1 against |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, entry in results["challenge"]["slices"].items():
        lines.append(_slice_row(f"`{name}`", entry["rows"], entry["metrics"]))
    if results.get("probes"):
        lines += [
            "",
            "Probes (`datasets/probes/`, written apart from the corpus and the challenge set; "
            "model trained on the whole corpus):",
            "",
            "| probe | n | top-1 | macro-F1 | stance F_avg | stance accuracy |",
            "|---|---|---|---|---|---|",
        ]
        for name, entry in results["probes"].items():
            # All `none`: top-1 is the share left `none`; the rest has nothing to measure.
            off_topic = bool(entry.get("off_topic_only"))
            cells = [cell(entry["metrics"], k, OFF_TOPIC_UNDEFINED if off_topic else frozenset())
                     for k in ("top1_in_gold", "macro_f1", "stance_f_avg", "stance_accuracy")]
            lines.append(f"| `{name}`{' (all `none`)' if off_topic else ''} | {entry['rows']} | {' | '.join(cells)} |")
    confidence = results.get("confidence")
    if confidence:
        lines += [
            "",
            f"Confidence on the challenge set and the probes ({confidence['rows']} statements, model trained on "
            f"the corpus): how often the top label was in gold, by `confidence`. The label's own probability "
            f"(`scores[label]`), before calibration, is shown beside it.",
            "",
            "| confidence | n | mean confidence | top label in gold | mean label probability |",
            "|---|---|---|---|---|",
        ]
        for entry in confidence["bins"]:
            lines.append(f"| {entry['from']:.2f}–{entry['to']:.2f} | {entry['n']} | {entry['confidence']:.3f} | "
                         f"{entry['top1_in_gold']:.3f} | {entry['label_probability']:.3f} |")
        lines += [
            "",
            f"Calibration error (the bins' gaps, weighted by size): {confidence['calibration_error']:.3f} "
            f"({confidence['calibration_error_label_probability']:.3f} for the label probability); "
            f"Brier score {confidence['brier']:.4f} ({confidence['brier_label_probability']:.4f}). "
            f"The stance's probability is used as the stance head gives it: on the {confidence['stance_rows']} "
            f"of these statements whose primary label was the gold one, its calibration error was "
            f"{confidence['stance_calibration_error']:.3f}.",
        ]
    return "\n".join(lines)


def _ends(ends: list) -> str:
    return f"[{ends[0]:.3f}, {ends[1]:.3f}]"


def _slice_row(name: str, n: int, metrics: dict) -> str:
    return (f"| {name} | {n} | {metrics['top1_in_gold']:.3f} | {metrics['macro_f1']:.3f} | "
            f"{metrics['none_f1']:.3f} | {metrics['stance_f_avg']:.3f} | {metrics['against_f1']:.3f} |")


def composition_tables(stats: dict) -> str:
    rows = stats["rows"]
    lines = ["| label | as primary | share | against |", "|---|---|---|---|"]
    for label, n in stats["primary"].items():
        against = stats["against_share"].get(label)
        lines.append(f"| `{label}` | {n} | {n / rows:.1%} | {'' if against is None else f'{against:.1%}'} |")
    lines += ["", "| register | statements | share |", "|---|---|---|"]
    for register, n in stats["registers"].items():
        lines.append(f"| {register} | {n} | {n / rows:.1%} |")
    lines += ["", "| batch file | statements |", "|---|---|"]
    lines += [f"| `{name}` | {n} |" for name, n in stats["files"].items()]
    lines += [
        "",
        f"{rows} statements; {stats['multi_target_share']:.1%} take positions on two or more "
        f"targets; {stats['distinct_word_forms']} distinct word forms; sources: "
        + ", ".join(f"{k} {v}" for k, v in stats["sources"].items()) + ".",
    ]
    return "\n".join(lines)


def replace_between(path: Path, marker: str, body: str) -> None:
    """Replace the text between ``<!-- marker:start -->`` and ``<!-- marker:end -->``."""
    text = path.read_text(encoding="utf-8")
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    if start not in text or end not in text:
        raise SystemExit(f"{path} lacks the markers {start} … {end}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{body}\n{end}{tail}", encoding="utf-8")


def save_model_if_changed(model, folder: Path) -> bool:
    """Save ``model`` to ``folder`` unless the model there is the same one (parameters,
    options, training data and metrics) with a card without "Training it again"; return
    whether it was saved.

    Its card is written without that section: the bundled model's source is two files joined,
    which no command reads, so that its recipe would fail when followed (its recipe is this
    script).

    A save records when and with which library versions it was made, so saving the same
    model again changes metadata.json, MODEL_CARD.md and checksums.json: keeping the files
    lets ``git status`` show whether a rebuild reproduced the shipped model.
    """
    import tempfile

    def described(path: Path) -> dict:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
        # Not the format: a model loaded from an older one is the same model (its digest, which
        # covers what a prediction reads, says so), and the format's newer options it does not
        # record are None, as a fresh save records them (format 15's negation_words).
        described = {k: v for k, v in metadata.items() if k not in ("created", "versions", "format_version")}
        described["options"] = {k: v for k, v in metadata.get("options", {}).items() if v is not None}
        return described

    shipped = None
    with tempfile.TemporaryDirectory() as scratch:
        fresh = model.save(Path(scratch) / "model")
        try:
            shipped = stance.load(folder)  # every file checked against its checksum: a damaged model is replaced
            unchanged = (described(fresh) == described(folder)
                         and f"\n{RETRAINING_HEADING}\n" not in (folder / "MODEL_CARD.md").read_text(encoding="utf-8"))
            same_parameters = described(fresh)["parameters_sha256"] == described(folder)["parameters_sha256"]
        except (stance.StanceError, OSError):  # no model there yet, or not one we can read
            unchanged = same_parameters = False
    if unchanged:
        return False
    if same_parameters:
        # Only what the build measured changed (a probe added): the shipped model takes the new
        # metrics and is saved in its own format, which a fresh save would raise to the newest
        # (format 14's bundled model as 16), as a load and a save keep it.
        shipped.metrics_ = model.metrics_
        shipped.training_ = model.training_
        shipped.save(folder, overwrite=True)
    else:
        model.save(folder, overwrite=True)
    _save_card_without_recipe(folder)
    return True


def _save_card_without_recipe(folder: Path) -> None:
    """Save the model in ``folder`` again, its card without "Training it again" and without the
    note that stands for it (which a shipped model whose card had the recipe, saved again
    under other versions, has): the bundled model has neither."""
    again = stance.load(folder)
    again._card_without_retraining = True
    again._card_retraining_note = None
    again.save(folder, overwrite=True)


def _undefined_as_null(value):
    """``value`` with every NaN or infinity made None: a metric undefined on a slice (F1 of a
    stance no statement of it takes) is null, as ``stance evaluate --json`` writes it, since
    JSON has no NaN and strict readers (JavaScript's JSON.parse, jq) refuse Python's."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _undefined_as_null(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_undefined_as_null(item) for item in value]
    return value


def write_results_if_changed(path: Path, results: dict) -> None:
    """Write the protocol's ``results`` to ``path`` unless only their running time differs
    from what it holds, so that a rebuild that reproduced them leaves the file as it was."""
    text = json.dumps(_undefined_as_null(results), indent=1, allow_nan=False) + "\n"
    try:
        held = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        held = None
    # Compared as JSON reads them: the results hold tuples, which come back as lists.
    if isinstance(held, dict) and {**held, "seconds": None} == {**json.loads(text), "seconds": None}:
        return
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse

    import pandas as pd

    # It took no arguments and ignored them: `python datasets/build.py --help` rebuilt
    # models/default and rewrote the README's tables.
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args(sys.argv[1:] if argv is None else argv)
    corpus = validate.load_corpus()
    # A row copying a held-out statement would be trained on and then scored as unseen.
    found = validate.problems(corpus, validate.held_out_sets())
    for line in validate.left_out(corpus):  # as stance.train of the folder warns of a spreadsheet it leaves out
        print("WARNING", line)
    if found:
        print("\n".join(found[:20]))
        print(f"corpus invalid ({len(found)} problems): fix them first (python datasets/validate.py)")
        return 1
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    challenge = validate.load_corpus(HERE / "challenge")
    stats = validate.composition(corpus)
    results = run_protocol(corpus, seeds, challenge, load_probes())
    table = evaluation_table(results)
    print(table)
    everything = pd.concat([corpus, seeds.assign(source="seed")], ignore_index=True)
    model = stance.train(everything, stance_column="stance")
    model.training_["source"] = "datasets/corpus/*.csv + seeds/seed_statements.csv"
    model.metrics_ = {
        **{f"loro_{k}": v for k, v in results["leave_one_register_out"]["metrics"].items()},
        **{f"heldout_{k}": v for k, v in results["held_out"]["metrics"].items()},
        "table": table,
    }
    saved = save_model_if_changed(model, ROOT / "models" / "default")
    write_results_if_changed(HERE / "evaluation.json", {"composition": stats, **results})
    replace_between(ROOT / "README.md", "evaluation", table)
    replace_between(HERE / "DATASHEET.md", "composition", composition_tables(stats))
    replace_between(HERE / "DATASHEET.md", "evaluation", table)
    print(f"models/default rebuilt from {len(everything)} statements"
          + ("" if saved else ": the same model as before, so its files are left as they were"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a corpus change does to the model: python datasets/compare.py BEFORE [AFTER]

BEFORE and AFTER are git revisions (their ``datasets/corpus``) or corpus folders; AFTER
defaults to the working tree's ``datasets/corpus``. Both are validated first, as the build
validates its corpus (a folder without .csv files, a file that cannot be read, a rule of
``datasets/validate.py`` broken, a row copying a held-out statement: refused, rows named by
file and line, before any training). A model is trained on each with the default options,
and both are scored on the same test sets, today's:

- the challenge set (``datasets/challenge``), whole and per slice;
- the seed article's statements (held out from both);
- each probe file of ``datasets/probes``;
- leave-one-register-out on the statements the two corpora share, so that neither the
  statements a change adds nor those it deletes are scored (``--no-loro`` skips it; it
  trains sixteen models).

The build reports only the current corpus, and its held-out split is re-cut whenever the
corpus changes; this is the like-for-like comparison the datasheet quotes for each wave.

    python datasets/compare.py HEAD~3               # before the last three commits
    python datasets/compare.py 1c31168 --json       # machine-readable; "–" is null
    python datasets/compare.py /tmp/old_corpus /tmp/new_corpus

Deterministic: the same two corpora give the same figures.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402

import validate  # noqa: E402
from build import load_probes, measured, report_for, undefined_metrics  # noqa: E402

SHOWN = ("top1_in_gold", "macro_f1", "none_f1", "stance_f_avg")
HEADINGS = {"top1_in_gold": "top-1", "macro_f1": "macro-F1", "none_f1": "none F1", "stance_f_avg": "stance F_avg"}
CORPUS_PATH = "datasets/corpus"


def corpus_at(spec: str, scratch: Path) -> Path:
    """The corpus folder ``spec`` names: a folder as it is, or a git revision's corpus copied out."""
    folder = Path(spec)
    if folder.is_dir():
        return folder
    try:
        names = _git("ls-tree", "-r", "--name-only", f"{spec}:{CORPUS_PATH}").split()
    except SystemExit:
        names = []
    if not names:
        raise SystemExit(f"{spec!r} is neither a folder nor a git revision with {CORPUS_PATH}/")
    target = scratch / spec.replace("/", "_").replace("~", "-").replace("^", "-")
    target.mkdir(parents=True)
    for name in names:
        (target / name).write_bytes(_git_bytes("show", f"{spec}:{CORPUS_PATH}/{name}"))
    return target


def _git(*args: str) -> str:
    return _git_bytes(*args).decode("utf-8")


def _git_bytes(*args: str) -> bytes:
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SystemExit(f"git {' '.join(args[:2])}: {message[-1] if message else 'failed'}")
    return done.stdout


def shared_loro(before, after) -> tuple[dict, dict, int]:
    """Leave-one-register-out metrics of both corpora on the statements they share.

    For each register, a model trained on each corpus without that register predicts the
    shared statements of that register.
    """
    shared = sorted(set(before.text) & set(after.text))
    wanted = set(shared)
    results = []
    for corpus in (before, after):
        rows = corpus[corpus.text.isin(wanted)].drop_duplicates("text")
        predictions = {}
        for register in sorted(set(corpus.register)):
            train = corpus[corpus.register != register]
            test = rows[rows.register == register]
            if test.empty:
                continue
            model = stance.train(train, stance_column="stance")
            predictions.update(zip(test.text, model.classify_many(test.text.tolist())))
        frame = rows.set_index("text").loc[shared].reset_index()
        results.append(report_for(model, frame, [predictions[t] for t in shared]).metrics)
    return results[0], results[1], len(shared)


def valid_corpus(folder: Path, name: str, held_out: dict):
    """The corpus of ``folder``, which the command line named ``name``, refused (SystemExit)
    as the build refuses one: without .csv files, unreadable, or with any of
    :func:`validate.problems`, each row named by file and line."""
    if not any(folder.glob("*.csv")):
        raise SystemExit(f"{name!r} holds no .csv file of a corpus")
    try:
        corpus = validate.load_corpus(folder)
    except stance.StanceError as error:  # its message names the file and the line
        raise SystemExit(f"{name!r}: {error}") from None
    found = validate.problems(corpus, held_out)
    if found:
        raise SystemExit("\n".join(f"{name!r}: {line}" for line in found[:20])
                         + f"\n{name!r}: corpus invalid ({len(found)} problems): fix them first (datasets/validate.py)")
    return corpus


def compare(before_dir: Path, after_dir: Path, loro: bool = True, names: tuple[str, str] | None = None) -> dict:
    """Every figure for the two corpora, as plain data. Both are validated first, with the
    held-out sets they are scored on (:func:`valid_corpus`), before any model is trained:
    training one had ended in a traceback after the other's. ``names``: the two as the
    command line gave them (a git revision), for the refusal; by default the folders."""
    import pandas as pd

    names = names or (str(before_dir), str(after_dir))
    held_out = validate.held_out_sets()
    before, after = (valid_corpus(folder, name, held_out) for folder, name in zip((before_dir, after_dir), names))
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    challenge = validate.load_corpus(HERE / "challenge")
    slices = dict(sorted(challenge.groupby("file").groups.items()))
    probes = load_probes()
    result: dict = {
        "challenge_rows": len(challenge),
        "slice_rows": {name: len(rows) for name, rows in slices.items()},
        "probe_rows": {name: len(rows) for name, rows in probes.items()},
        "seed_rows": len(seeds),
        # The metrics each test set cannot measure (all `none`, or no `none`), shown as "–".
        "undefined": {"challenge": sorted(undefined_metrics(challenge.labels)),
                      "slices": {name: sorted(undefined_metrics(challenge.labels[rows]))
                                 for name, rows in slices.items()},
                      "probes": {name: sorted(undefined_metrics(rows.labels)) for name, rows in probes.items()}},
    }
    for side, corpus in (("before", before), ("after", after)):
        model = stance.train(corpus, stance_column="stance")
        predictions = model.classify_many(challenge.text.tolist())
        seed_predictions = model.classify_many(seeds.text.tolist())
        result[side] = {
            "rows": len(corpus),
            "challenge": report_for(model, challenge, predictions).metrics,
            "slices": {
                name: report_for(model, challenge.loc[rows], [predictions[i] for i in rows]).metrics
                for name, rows in slices.items()
            },
            "seed_top1_hits": sum(p.label in stance.data.parse_label_set(gold)
                                  for p, gold in zip(seed_predictions, seeds.labels)),
            "probes": {name: report_for(model, rows).metrics for name, rows in probes.items()},
        }
    if loro:
        old, new, n_shared = shared_loro(before, after)
        result["shared_loro"] = {"rows": n_shared, "before": old, "after": new}
    return result


def render(result: dict) -> str:
    """The figures as a plain-text table: before -> after (change) for each test set."""
    b, a = result["before"], result["after"]
    lines = [f"before: {b['corpus']} ({b['rows']} statements)   after: {a['corpus']} ({a['rows']} statements)", ""]
    header = f"{'test set':34s} {'n':>5s}  " + "  ".join(f"{HEADINGS[k]:>22s}" for k in SHOWN)
    lines += [header, "-" * len(header)]

    undefined = result.get("undefined", {})

    def row(name: str, n: int, old: dict, new: dict, cannot: list | tuple = ()) -> str:
        # As the build's tables: "–" where the set measures nothing, not a NaN or a 0.000.
        cells = "  ".join(shown_change(old[k], new[k])
                          if measured(old, k, frozenset(cannot)) and measured(new, k, frozenset(cannot))
                          else f"{'–':>23s}" for k in SHOWN)
        return f"{name:34s} {n:5d}  {cells}"

    if "shared_loro" in result:
        shared = result["shared_loro"]
        lines.append(row("leave-one-register-out, shared", shared["rows"], shared["before"], shared["after"]))
    lines.append(row("challenge, all slices", result["challenge_rows"], b["challenge"], a["challenge"],
                     undefined.get("challenge", ())))
    for name, n in result["slice_rows"].items():
        lines.append(row(f"  {name}", n, b["slices"][name], a["slices"][name],
                         undefined.get("slices", {}).get(name, ())))
    for name, n in result.get("probe_rows", {}).items():
        lines.append(row(f"probe {name}", n, b["probes"][name], a["probes"][name],
                         undefined.get("probes", {}).get(name, ())))
    seeds = result["seed_rows"]
    lines += ["", f"seed statements, top label in gold: {b['seed_top1_hits']}/{seeds} -> {a['seed_top1_hits']}/{seeds}"]
    return "\n".join(lines)


def shown_change(old: float, new: float) -> str:
    """``old -> new (change)`` to three decimals, the change that of the figures shown: each
    figure rounded apart, 0.9364 -> 0.9366 read "0.936 -> 0.937 (+0.000)".

    >>> shown_change(0.9364, 0.9366), shown_change(0.9366, 0.9364), shown_change(0.5, 0.5)
    ('0.936 -> 0.937 (+0.001)', '0.937 -> 0.936 (-0.001)', '0.500 -> 0.500 (+0.000)')
    """
    before, after = f"{old:.3f}", f"{new:.3f}"
    # Thousandths as integers: a difference of floats would print 0.937 - 0.936 as -0.000 or
    # +0.001 by its binary error.
    change = round(float(after) * 1000) - round(float(before) * 1000)
    return f"{before} -> {after} ({'-' if change < 0 else '+'}{abs(change) / 1000:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", help="a git revision or a corpus folder")
    parser.add_argument("after", nargs="?", default=str(HERE / "corpus"),
                        help="a git revision or a corpus folder (default: datasets/corpus)")
    parser.add_argument("--no-loro", action="store_true", help="skip leave-one-register-out (faster)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stance-compare-") as scratch:
        before_dir = corpus_at(args.before, Path(scratch) / "before")
        after_dir = corpus_at(args.after, Path(scratch) / "after")
        result = compare(before_dir, after_dir, loro=not args.no_loro, names=(args.before, args.after))
    result["before"]["corpus"], result["after"]["corpus"] = args.before, args.after
    print(json.dumps(as_json(result), indent=1, allow_nan=False) if args.json else render(result))
    return 0


def as_json(result: dict) -> dict:
    """``result`` as ``--json`` prints it: a figure the table shows as "–" is null, both a
    metric its set cannot measure (``result["undefined"]``: a probe of `none` alone has no
    stance, and scored 0.0) and a NaN, which is no JSON (jq and JSON.parse refuse the output)."""
    undefined = result["undefined"]
    shown = dict(result)
    for side in ("before", "after"):
        figures = dict(result[side])
        figures["challenge"] = _nulled(figures["challenge"], undefined["challenge"])
        for part in ("slices", "probes"):
            figures[part] = {name: _nulled(metrics, undefined[part][name]) for name, metrics in figures[part].items()}
        shown[side] = figures
    return without_nan(shown)


def _nulled(metrics: dict, undefined: list[str]) -> dict:
    """``metrics`` with those ``undefined`` as None."""
    return {name: None if name in undefined else value for name, value in metrics.items()}


def without_nan(value: object) -> object:
    """``value`` (dicts and lists of figures) with each NaN as None, which JSON writes as null.

    >>> without_nan({"probes": {"a.csv": [0.5, float("nan")]}})
    {'probes': {'a.csv': [0.5, None]}}
    """
    if isinstance(value, dict):
        return {key: without_nan(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_nan(item) for item in value]
    return None if isinstance(value, float) and math.isnan(value) else value


if __name__ == "__main__":
    raise SystemExit(main())

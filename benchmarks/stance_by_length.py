"""How often the bundled model's stance is right, by the length of the statement.

    python benchmarks/stance_by_length.py            # the probes and the challenge set

For each held-out set, the statements with a gold stance whose primary label the model got
right, grouped by their number of words (split on whitespace): the share of them whose stance
is the gold one. The README's known weaknesses quote the probes' row of eight words or fewer.
Deterministic: the bundled model and the files in datasets/ give the same table every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.tables import read_table  # noqa: E402

# Upper bounds of the word-count bins (inclusive); the last takes every longer statement.
BINS = (8, 14, 25)


def stance_accuracy_by_length(folder: Path, model: stance.StanceModel) -> list[tuple[str, int, float]]:
    """``(bin, statements, stance accuracy)`` for the statements of ``folder`` that have a
    gold stance and whose primary label the model predicts."""
    data = read_table(folder)
    data = data[data.stance.isin(["favor", "against"])]
    predictions = model.classify_many(data.text.tolist())
    right_label = [p.label == gold.split("|")[0] for p, gold in zip(predictions, data.labels)]
    rows = [(len(text.split()), p.stance == gold)
            for text, p, gold, kept in zip(data.text, predictions, data.stance, right_label) if kept]
    table, low = [], 1
    for high in (*BINS, None):
        inside = [right for words, right in rows if words >= low and (high is None or words <= high)]
        name = f"{low}-{high}" if high is not None else f"{low}+"
        table.append((name, len(inside), sum(inside) / len(inside) if inside else float("nan")))
        low = (high or 0) + 1
    return table


def main() -> None:
    model = stance.default_model()
    for name in ("probes", "challenge"):
        print(f"{name}: words, statements, stance accuracy (label right)")
        for words, count, accuracy in stance_accuracy_by_length(ROOT / "datasets" / name, model):
            print(f"  {words:>6} {count:>5} {accuracy:.3f}")


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)
    main()

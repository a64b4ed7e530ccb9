"""What the benchmarks of one analyzer option share (cannot.py, handles.py): the corpus, the
held-out sets and the seed, and the figures of a model trained on the corpus alone.

Each option's script trains a model with the option off and one with it on, and prints for
both the figures :func:`figures` gives on each held-out set and :func:`seed_hits` of the seed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import pandas as pd  # noqa: E402

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.tables import read_table  # noqa: E402


class HeldOut(NamedTuple):
    """The corpus a model is trained on, the sets it is measured on by name, and the seed."""

    corpus: pd.DataFrame
    sets: dict[str, pd.DataFrame]
    seeds: pd.DataFrame


def held_out() -> HeldOut:
    """The corpus, the challenge set and the probes (pooled), and the seed's statements."""
    from build import load_probes

    return HeldOut(read_table(ROOT / "datasets" / "corpus"),
                   {"challenge": read_table(ROOT / "datasets" / "challenge"),
                    "probes": pd.concat(load_probes().values(), ignore_index=True)},
                   pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False))


def figures(model: stance.StanceModel, frame: pd.DataFrame) -> str:
    """Top-1 in gold and stance F_avg of ``model`` on ``frame``, as the model tables give them."""
    from build import report_for

    metrics = report_for(model, frame).metrics
    return f"top-1 {metrics['top1_in_gold']:.4f} stance F_avg {metrics['stance_f_avg']:.4f}"


def seed_hits(model: stance.StanceModel, seeds: pd.DataFrame) -> int:
    """How many seed statements ``model`` gives a label of their gold set."""
    return sum(p.label in parse_label_set(gold)
               for p, gold in zip(model.classify_many(seeds.text.tolist()), seeds.labels))

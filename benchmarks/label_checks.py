"""Label checks on a column of many rare labels, measured: python benchmarks/label_checks.py

A coder's column with thousands of labels of one row each (ids, or notes written as labels)
beside a dozen real ones. Training refuses it, naming the rare labels, and beside a row
without a label names only those that look misspelt; ``find_label_issues`` lists them and
warns of rare twins. Each rare label was compared with every other, which was quadratic:
20,000 of 200,000 rows took over five minutes to refuse, and ``find_label_issues`` spent
204 s of 227 on 2,000 of 20,000 rows. Prints the seconds of each case; about a minute in all
on two cores (2026-12-06, other work running, load about 5: 5.0 s, 5.7 s, 5.2 s, 14.4 s, 13.4 s).
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import stance  # noqa: E402

_WORDS = ["alliance", "defence", "budget", "troops", "border", "energy", "tax", "school", "health", "farm", "road",
          "union", "migration", "court", "police", "climate"]
_SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "ne", "po", "fi", "da", "ve", "go", "ru", "ba"]
_COMMON = ["asylum", "border_control", "integration", "labour", "family", "deportation", "citizenship", "refugees",
           "smuggling", "visa", "returns", "none"]


def coded_rows(rows: int, rare: int, kind: str, blank: bool) -> pd.DataFrame:
    """``rows`` statements of twelve labels, ``rare`` of them relabelled each with a label of its
    own: a code with numbers ("code_5113_7") or two made-up words ("kalomi retusa"); with
    ``blank``, one row without a label."""
    draw = random.Random(0)
    texts = [" ".join(draw.choice(_WORDS) for _ in range(12)) + f" {i}" for i in range(rows)]
    labels = [_COMMON[i % len(_COMMON)] for i in range(rows)]
    for k in range(rare):
        labels[k * (rows // rare)] = (f"code_{draw.randrange(10**6)}_{k}" if kind == "codes" else
                                      " ".join("".join(draw.choice(_SYLLABLES) for _ in range(3)) for _ in range(2)))
    if blank:
        labels[5] = ""
    return pd.DataFrame({"text": texts, "labels": labels})


def seconds(what: str, data: pd.DataFrame) -> float:
    """How long ``what`` ("train" or "check") takes on ``data``, refused or not."""
    started = time.perf_counter()
    with warnings.catch_warnings(), contextlib.suppress(stance.InvalidInputError):
        warnings.simplefilter("ignore")
        stance.train(data) if what == "train" else stance.find_label_issues(data)
    return time.perf_counter() - started


def main() -> int:
    cases = [("train", 200_000, 20_000, "codes", False), ("train", 200_000, 20_000, "words", True),
             ("train", 200_000, 20_000, "words", False), ("check", 20_000, 2_000, "words", False),
             ("check", 20_000, 2_000, "codes", False)]
    for what, rows, rare, kind, blank in cases:
        data = coded_rows(rows, rare, kind, blank)
        took = seconds(what, data)
        blank_label = " + a blank label" if blank else ""
        print(f"{what:5} {rows:>7,} rows, {rare:>6,} rare {kind:5}{blank_label:17} {took:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

"""Train once in a fresh process and print time and peak memory as JSON (run by run.py).

    python benchmarks/train_worker.py stance|plain DATA.csv

A separate process per fit makes ``ru_maxrss`` (the peak resident memory of this process)
the peak of that fit alone: data loading is reported as ``rss_before_mb`` and included in
``peak_mb``, the same way for both sides.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

# The checkout's stance, as run.py uses, even when an older copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def fit_plain(frame) -> None:
    """The plain scikit-learn pipeline the issue compares against, fitted with saga."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    primary = frame["labels"].str.split("|").str[0]
    pipeline = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        LogisticRegression(solver="saga", max_iter=1000, random_state=0),
    )
    pipeline.fit(frame["text"].tolist(), primary.tolist())


def fit_stance(frame) -> None:
    import stance

    stance.train(frame, stance_column="stance")


def main(argv: list[str]) -> int:
    import argparse

    # Read as `kind, path = argv`, --help (or a missing DATA.csv) ended in a ValueError traceback.
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=("stance", "plain"), help="train stance, or the plain baseline")
    parser.add_argument("path", metavar="DATA.csv", help="the rows to train on")
    arguments = parser.parse_args(argv)
    kind, path = arguments.kind, arguments.path
    import pandas as pd

    # Import what each fit needs before the clock starts: import time is measured separately.
    import sklearn.linear_model  # noqa: F401

    import stance  # noqa: F401

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    before = _rss_mb()
    started, cpu = time.perf_counter(), _cpu_seconds()
    {"plain": fit_plain, "stance": fit_stance}[kind](frame)
    seconds = time.perf_counter() - started
    print(json.dumps({"kind": kind, "rows": len(frame), "seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu,
                      "rss_before_mb": before, "peak_mb": _rss_mb()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

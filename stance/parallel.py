"""Scoring on several cores with joblib: one task per worker, so each gets the model once."""

from __future__ import annotations

from typing import Any


def predict_parallel(model, chunks: list[list[str]], *, n_jobs: int, progress: bool) -> list[Any]:
    """Run ``model._batch`` over ``chunks`` on ``n_jobs`` processes, keeping order."""
    import os

    from joblib import Parallel, delayed

    workers = os.cpu_count() or 1 if n_jobs in (-1, 0) else max(1, min(n_jobs, len(chunks)))
    groups = [chunks[i::workers] for i in range(workers)]  # interleaved: balanced sizes
    results = Parallel(n_jobs=workers, backend="loky")(delayed(_score_group)(model, group) for group in groups)
    ordered: list[Any] = [None] * len(chunks)
    for i, group_results in enumerate(results):
        for k, result in enumerate(group_results):
            ordered[i + k * workers] = result
    return ordered


def _score_group(model, group: list[list[str]]) -> list[Any]:
    return [model._batch(chunk) for chunk in group]

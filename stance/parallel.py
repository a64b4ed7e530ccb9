"""Scoring on several cores: this process and ``n_jobs - 1`` worker processes each take a share.

Each worker gets one task holding its whole share, so the model is sent to it once per
call. This process scores a share itself instead of waiting idle, so ``n_jobs=2`` uses two
cores with one worker process and half the data sent between processes. The workers are
joblib's reusable loky processes: started on the first call, kept for later ones.
"""

from __future__ import annotations

import os
from typing import Any


def n_workers(n_jobs: int, n_chunks: int) -> int:
    """How many processes (this one included) score ``n_chunks`` chunks for ``n_jobs``.

    ``n_jobs`` counts like joblib: -1 (or 0) means every core, -2 all but one, and so on.

    >>> n_workers(2, 10), n_workers(4, 3), n_workers(1, 10)
    (2, 3, 1)
    """
    cores = os.cpu_count() or 1
    wanted = cores if n_jobs in (-1, 0) else cores + 1 + n_jobs if n_jobs < 0 else n_jobs
    return max(1, min(wanted, n_chunks))


def predict_parallel(model, chunks: list[list[str]], *, n_jobs: int, progress: bool) -> list[Any]:
    """Run ``model._batch`` over ``chunks`` on ``n_jobs`` processes; results in chunk order."""
    workers = n_workers(n_jobs, len(chunks))
    bar = _progress_bar(sum(len(chunk) for chunk in chunks)) if progress else None
    try:
        if workers == 1:
            return _score_group(model, chunks, bar)
        groups = [chunks[i::workers] for i in range(workers)]  # interleaved: balanced sizes
        results = _score_groups(model, groups, bar)
    finally:
        if bar is not None:
            bar.close()
    ordered: list[Any] = [None] * len(chunks)
    for i, group_results in enumerate(results):
        for k, result in enumerate(group_results):
            ordered[i + k * workers] = result
    return ordered


def _score_groups(model, groups: list[list[list[str]]], bar) -> list[list[Any]]:
    from joblib.externals.loky import get_reusable_executor

    executor = get_reusable_executor(max_workers=len(groups) - 1)
    futures = [executor.submit(_score_group, model, group) for group in groups[1:]]
    results = [_score_group(model, groups[0], bar)]  # this process's share, meanwhile
    for group, future in zip(groups[1:], futures):
        results.append(future.result())
        if bar is not None:
            bar.update(sum(len(chunk) for chunk in group))
    return results


def _score_group(model, group: list[list[str]], bar=None) -> list[Any]:
    results = []
    for chunk in group:
        results.append(model._batch(chunk))
        if bar is not None:
            bar.update(len(chunk))
    return results


def _progress_bar(total: int):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="stmt", desc="scoring")

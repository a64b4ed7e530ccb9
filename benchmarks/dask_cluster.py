"""Scoring throughput on a local Dask cluster against single-process ``stance.score``.

    python benchmarks/dask_cluster.py [--rows 100000] [--partitions 8] [--workers 2]

The rows are the bundled corpus's statements repeated and shuffled (deterministic). Three
figures, each timed on a second pass, so that imports, the model's first load and the
stemmer's cache are warm on every side (as in a long-running service):

* ``single process``: ``stance.score(frame)`` on a pandas frame in memory;
* ``cluster, files``: the workers read Parquet files and score them, and only label counts
  come back (how a cluster is meant to be used: the data never passes through the client);
* ``cluster, round trip``: ``stance.score(dask.dataframe.from_pandas(frame))`` computed back
  into the client (the data goes out to the workers and the scores come back).

Then each worker's memory: resident now, peak, and how many times the model arrived there
during one scoring call (once, not once per partition). On a machine with as many cores as
workers the scheduler and the client compete with the workers, so the speed-up stays below
the number of workers; the CPU seconds (of this process, which hosts the client and the
scheduler, and of the workers) show the cluster's overhead even on a busy machine.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import stance
from stance.distributed import model_arrivals

ROOT = Path(__file__).resolve().parent.parent


def statements(rows: int) -> pd.DataFrame:
    texts = stance.tables.read_table(ROOT / "datasets" / "corpus").text.to_numpy(dtype=object)
    order = np.random.default_rng(0).integers(0, len(texts), size=rows)
    return pd.DataFrame({"text": texts[order]})


def timed(call, client=None) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds (this process, which hosts the client and the scheduler,
    plus every worker) and the result of ``call()``."""
    workers = client.run(_cpu_seconds) if client is not None else {}
    cpu, start = time.process_time(), time.perf_counter()
    result = call()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if client is not None:
        cpu += sum(n - workers[w] for w, n in client.run(_cpu_seconds).items())
    return wall, cpu, result


def _cpu_seconds() -> float:
    return time.process_time()


def _memory() -> dict[str, float]:
    import psutil

    return {"rss_mb": psutil.Process().memory_info().rss / 2**20,
            # ru_maxrss is in kilobytes on Linux
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    frame = statements(args.rows)
    model = stance.default_model()
    stance.score(frame, model=model)  # warm-up: the stemmer's cache, as in a long-running process
    single = timed(lambda: stance.score(frame, model=model))[:2]

    with tempfile.TemporaryDirectory() as folder:
        size = -(-args.rows // args.partitions)
        for i in range(args.partitions):
            frame.iloc[i * size:(i + 1) * size].to_parquet(Path(folder) / f"part{i:04d}.parquet", index=False)
        started, _, (cluster, client) = timed(lambda: _start(LocalCluster, Client, args.workers))
        with cluster, client:
            files = dd.read_parquet(str(Path(folder) / "*.parquet"))
            _label_counts(files, model)  # warm-up: imports and the stemmer's cache on the workers
            before = client.run(model_arrivals)
            *on_files, counts = timed(lambda: _label_counts(files, model), client)
            arrivals = {w: n - before[w] for w, n in client.run(model_arrivals).items()}
            lazy = dd.from_pandas(frame, npartitions=args.partitions)
            with warnings.catch_warnings():  # "Sending large graph": the data is in it, on purpose
                warnings.simplefilter("ignore", UserWarning)
                *round_trip, scored = timed(lambda: stance.score(lazy, model=model).compute(), client)
            workers = client.run(_memory)
    assert int(counts.sum()) == args.rows and len(scored) == args.rows

    print(f"rows {args.rows}, partitions {args.partitions}, workers {args.workers} (1 thread each), "
          f"cores {_cores()}; cluster started in {started:.1f} s")
    print(f"{'path':24s}{'seconds':>9s}{'rows/s':>10s}{'vs single':>11s}{'CPU s':>8s}{'rows/CPU s':>12s}")
    for name, (seconds, cpu) in (("single process", single), ("cluster, files", on_files),
                                 ("cluster, round trip", round_trip)):
        print(f"{name:24s}{seconds:9.2f}{args.rows / seconds:10.0f}{single[0] / seconds:10.2f}x"
              f"{cpu:8.1f}{args.rows / cpu:12.0f}")
    print(f"memory (MB)                    now     peak   model arrivals in the {args.partitions}-partition files run")
    for address in sorted(workers):
        print(f"  worker {address:22s}{workers[address]['rss_mb']:6.0f}{workers[address]['peak_mb']:9.0f}"
              f"{arrivals[address]:9d}")
    mine = _memory()
    print(f"  {'client (single-process run)':29s}{mine['rss_mb']:6.0f}{mine['peak_mb']:9.0f}")


def _label_counts(lazy, model) -> pd.Series:
    # split_out=1: one small reduction, no shuffle between the workers
    return stance.score(lazy, model=model).label.value_counts(split_out=1).compute()


def _start(cluster_class, client_class, workers: int):
    cluster = cluster_class(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return cluster, client_class(cluster)


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    main()

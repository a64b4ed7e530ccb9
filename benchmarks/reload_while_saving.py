"""Loads that race saves over the same folder: how many fail (none should).

The README promises that a service can reload a model while a training job saves a new
one over the same folder. ``python benchmarks/reload_while_saving.py [SECONDS]`` has a
second process save two models trained on tests/data/energy.csv (small, so that loads and
saves are many) in turn over one folder, as fast as it can, for SECONDS (default 20), while two threads here load
that folder over and over. It prints how many loads succeeded and every distinct error,
and exits with 1 if any load failed or loaded a model that predicts as neither.

The race shows only now and then (a load failed about once in 1,000 on two cores, said to
be corrupted), so it is no test: tests/test_persistence.py makes the same swap happen at
the worst moment, every time.
"""

from __future__ import annotations

import collections
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pandas as pd

import stance

ROOT = Path(__file__).resolve().parent.parent
PROBES = ["Build more wind turbines.", "Gas is a detour.", "Nuclear power is safe.", "The hearing resumes on Thursday."]
WRITER = """
import sys, time
import stance
folder, seconds = sys.argv[1], float(sys.argv[2])
models = [stance.load(f"{folder}/a"), stance.load(f"{folder}/b")]
models[0].save(f"{folder}/warm-up")  # the first save imports what the others need
print("ready", flush=True)
end, saves = time.monotonic() + seconds, 0
while time.monotonic() < end:
    models[saves % 2].save(f"{folder}/model", overwrite=True)
    saves += 1
print(saves, "saves", flush=True)
"""


def main(seconds: float = 20.0) -> int:
    energy = pd.read_csv(ROOT / "tests" / "data" / "energy.csv", dtype=str, keep_default_na=False, na_values=[""])
    models = [stance.train(energy, stance_column="stance", C=C) for C in (1.0, 30.0)]
    expected = [_predicted(model) for model in models]
    assert expected[0] != expected[1]
    with tempfile.TemporaryDirectory() as folder:
        models[0].save(f"{folder}/a")
        models[1].save(f"{folder}/b")
        models[0].save(f"{folder}/model")
        writer = subprocess.Popen([sys.executable, "-c", WRITER, folder, str(seconds)], stdout=subprocess.PIPE,
                                  text=True)
        assert writer.stdout is not None
        writer.stdout.readline()  # "ready"
        loads, errors = collections.Counter(), collections.Counter()

        def reader() -> None:
            while writer.poll() is None:
                try:
                    predicted = _predicted(stance.load(f"{folder}/model"))
                except (stance.StanceError, OSError) as error:
                    errors[f"{type(error).__name__}: {str(error).replace(folder, '…')}"] += 1
                else:
                    loads["as one of the two models" if predicted in expected else "as neither model"] += 1

        threads = [threading.Thread(target=reader) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(writer.stdout.read().strip())
    print(f"loads that predicted {dict(loads)}; failed: {sum(errors.values())}")
    for error, count in errors.most_common():
        print(f"  {count} × {error}")
    return 1 if errors or loads["as neither model"] else 0


def _predicted(model: stance.StanceModel) -> list:
    """What ``model`` predicts for the probes, to the sixth decimal: enough to tell the two apart."""
    return model.predict_proba(PROBES).round(6).tolist()


if __name__ == "__main__":
    import argparse

    # SECONDS was read with float(), so --help raised a ValueError traceback.
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seconds", nargs="?", type=float, default=20.0, metavar="SECONDS",
                        help="how long the saves and loads race (default: 20)")
    sys.exit(main(parser.parse_args().seconds))

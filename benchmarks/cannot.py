"""Reading "cannot" as "can not", measured: python benchmarks/cannot.py

Trains two models on the corpus alone, with ``cannot=False`` (as every model before the
option read "cannot": one word) and ``cannot=True`` (the default since format 11: "can not",
whose "not" opens a negation's scope, as "can't" always was). For the challenge set and the
probes it prints top-1 in gold and stance F_avg, on every statement and on those holding the
word "cannot"; then how many seed statements get a label of their gold set, and each model's
answer to "We cannot leave the Baltic states undefended." The README's "Cannot as can not"
quotes it. Deterministic; under a minute on two cores.
"""

from __future__ import annotations

import re

from option_effect import figures, held_out, seed_hits  # before stance: it puts this checkout first on sys.path

import stance

CANNOT = re.compile(r"\bcannot\b", re.IGNORECASE)
BALTIC = "We cannot leave the Baltic states undefended."


def main() -> int:
    corpus, sets, seeds = held_out()
    for flag in (False, True):
        model = stance.train(corpus, stance_column="stance", cannot=flag)
        print(f"cannot={flag}")
        for name, frame in sets.items():
            frame = frame[frame.text.notna()]
            holding = frame[frame.text.str.contains(CANNOT)]
            print(f"  {name}: {figures(model, frame)}; the {len(holding)} with \"cannot\": {figures(model, holding)}")
        hits = seed_hits(model, seeds)
        baltic = model.classify(BALTIC)
        print(f"  seed: {hits} of {len(seeds)}; {BALTIC!r}: {baltic.label}, {baltic.stance} "
              f"({baltic.stance_scores[baltic.stance]:.2f})")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run
    raise SystemExit(main())

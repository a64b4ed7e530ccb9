"""The stance head without the words that name a target, measured: python benchmarks/target_words_stance.py

The stance head reads every n-gram, and in a short statement a target's own name outweighs
its verb: "I am against aid to Ukraine." is `favor` (0.82) with the bundled model, "Ukraine"
+1.88 and "aid" +0.93 towards favor in `stance explain` against "against" −1.17, because the
corpus's `ukraine_support` statements that say "Ukraine" are mostly favor (1,526 to 1,014).
This trains the model as it is (K=0) and variants whose stance head does not read the K
n-grams with the largest weights in a one-vs-rest label model of each target (those that
say which target a statement is about: "ukrain", "aid", "alli"…), and prints, for each, top-1
and stance F_avg on the challenge set, the probes and the seed (all held out of the corpus),
and how many of the plain statements below get their stance right. The label heads are
the same in every variant. Models are trained on the corpus alone. About a minute.

The README's "Verbs of less beside a target's name" quotes it (2026-12-05: not adopted).
"""

from __future__ import annotations

import glob
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import stance  # noqa: E402
import stance.training as training  # noqa: E402

# Short statements a critic or a supporter might post, written for this measurement; none
# is in the corpus, the challenge set or the probes.
PLAIN = [
    ("Stop the aid to Ukraine.", "against"), ("End the aid to Ukraine.", "against"),
    ("Cut off Ukraine.", "against"), ("Stop arming Ukraine.", "against"),
    ("Stop sending weapons to Ukraine.", "against"), ("No more money for Ukraine.", "against"),
    ("Bring the troops home from Lithuania.", "against"),
    ("Stop the military buildup on the eastern flank.", "against"), ("Stop the arms race.", "against"),
    ("Stop spending on tanks.", "against"), ("Leave NATO now.", "against"), ("Stop the NATO expansion.", "against"),
    ("Keep the aid to Ukraine flowing.", "favor"), ("Stop Putin in Ukraine.", "favor"),
    ("Stop the cuts to the defence budget.", "favor"), ("Don't stop the aid to Ukraine.", "favor"),
    ("Ukraine aid is a scam.", "against"), ("Ukraine aid is theft from taxpayers.", "against"),
    ("Not one more cent for Kyiv.", "against"), ("Enough is enough: end the Ukraine handouts.", "against"),
    ("The aid to Ukraine must end.", "against"), ("We oppose further aid to Ukraine.", "against"),
    ("I am against aid to Ukraine.", "against"), ("Aid to Ukraine only prolongs the war.", "against"),
]
VARIANTS = (0, 10, 50, 200)


def _frame(pattern: str) -> pd.DataFrame:
    return pd.concat([pd.read_csv(path) for path in sorted(glob.glob(str(ROOT / pattern)))], ignore_index=True)


def _without_target_words(keep_out: int):
    """training._fit_stance_head, its design without each target's ``keep_out`` strongest label n-grams."""
    fit_stance_head = training._fit_stance_head

    def fit(x, label_sets, stances, labels, options):
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        indicator = training._indicator(label_sets, labels)
        columns: set[int] = set()
        for j, label in enumerate(labels):
            if label != options["none_label"]:
                weights = LogisticRegression(C=options["C"], solver="liblinear").fit(x, indicator[:, j]).coef_[0]
                columns.update(np.argsort(-weights)[:keep_out].tolist())
        kept = np.ones(x.shape[1])
        kept[sorted(columns)] = 0.0
        return fit_stance_head(sparse.csr_matrix(x @ sparse.diags(kept)), label_sets, stances, labels, options)

    return fit


def main() -> int:
    corpus = _frame("datasets/corpus/*.csv")
    held_out = {"challenge": _frame("datasets/challenge/*.csv"), "probes": _frame("datasets/probes/*.csv"),
                "seed": pd.read_csv(ROOT / "seeds" / "seed_statements.csv")}
    print("| K | " + " | ".join(f"{name} top-1 | {name} stance F_avg" for name in held_out) + " | plain stances |")
    print("|---:|" + "---:|" * (2 * len(held_out) + 1))
    fit_stance_head = training._fit_stance_head
    try:
        for keep_out in VARIANTS:
            training._fit_stance_head = _without_target_words(keep_out) if keep_out else fit_stance_head
            model = stance.train(corpus, stance_column="stance")
            cells = []
            for data in held_out.values():
                metrics = stance.evaluate(model, data, stance_column="stance").metrics
                cells += [f"{metrics['top1_in_gold']:.4f}", f"{metrics['stance_f_avg']:.4f}"]
            right = sum(p.stance == gold for p, (_, gold) in zip(model.classify_many([t for t, _ in PLAIN]), PLAIN))
            print(f"| {keep_out} | " + " | ".join(cells) + f" | {right} of {len(PLAIN)} |", flush=True)
    finally:
        training._fit_stance_head = fit_stance_head
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

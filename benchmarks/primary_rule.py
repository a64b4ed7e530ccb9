"""How the rule that picks the primary label does on text written apart from the corpus.

    python benchmarks/primary_rule.py            # about two minutes: seven trainings

A model is trained on datasets/corpus alone, and each rule picks a primary label from its
probabilities for the challenge set, the probes and the seed statements: top-1 in gold, and
for the challenge set the F1 of `none`. The README's "Labels" section quotes the table.

- argmax: the most probable label, `none` included (the rule in use);
- hurdle T: `none` only when its own head reaches T, else the most probable target;
- any target: `none` only when its probability reaches the chance that any target applies;
- per-head Platt: the most probable label after each head's probability is scaled on
  out-of-fold answers (5 folds of the corpus).
Deterministic: the same corpus gives the same table.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.tables import read_table  # noqa: E402

HURDLES = (0.4, 0.5, 0.6)


def _log_odds(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def platt_maps(corpus, labels: list[str]) -> list:
    """One logistic map a label, from the log-odds its head gave out of fold to whether the
    label is gold, over 5 folds of ``corpus`` stratified by the primary label."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    gold = np.array([[label in parse_label_set(g) for label in labels] for g in corpus.labels])
    primary = np.array([parse_label_set(g)[0] for g in corpus.labels])
    out_of_fold = np.zeros(gold.shape)
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(corpus, primary):
        fold = stance.train(corpus.iloc[train], stance_column="stance")
        out_of_fold[test] = fold.predict_proba(corpus.text.iloc[test].tolist())
    return [LogisticRegression(C=1e6).fit(_log_odds(out_of_fold[:, [j]]), gold[:, j]) for j in range(len(labels))]


def rules(labels: list[str], maps: list) -> dict:
    """Each rule, as a function from probabilities (rows x labels) to primary label positions."""
    none_at = labels.index("none")

    def best_target(p: np.ndarray) -> np.ndarray:
        targets = p.copy()
        targets[:, none_at] = -1
        return targets.argmax(axis=1)

    def any_target(p: np.ndarray) -> np.ndarray:
        chance = 1 - np.prod(1 - np.delete(p, none_at, axis=1), axis=1)
        return np.where(p[:, none_at] >= chance, none_at, best_target(p))

    def platt(p: np.ndarray) -> np.ndarray:
        return np.column_stack([m.predict_proba(_log_odds(p[:, [j]]))[:, 1] for j, m in enumerate(maps)]).argmax(1)

    found = {"argmax": lambda p: p.argmax(axis=1)}
    for hurdle in HURDLES:
        found[f"hurdle {hurdle}"] = lambda p, h=hurdle: np.where(p[:, none_at] >= h, none_at, best_target(p))
    return {**found, "any target": any_target, "per-head Platt": platt}


def main() -> int:
    corpus = read_table(ROOT / "datasets" / "corpus")
    sets = {"challenge": read_table(ROOT / "datasets" / "challenge"),
            "probes": read_table(ROOT / "datasets" / "probes"),
            "seed": read_table(ROOT / "seeds" / "seed_statements.csv")}
    model = stance.train(corpus, stance_column="stance")
    labels = list(model.labels)
    probabilities = {name: model.predict_proba(frame.text.tolist()) for name, frame in sets.items()}
    print(f"{'rule':16} {'challenge':>9} {'none F1':>8} {'probes':>7} {'seed':>6}")
    for name, rule in rules(labels, platt_maps(corpus, labels)).items():
        cells = []
        for set_name, frame in sets.items():
            picked = [labels[j] for j in rule(probabilities[set_name])]
            gold = [parse_label_set(g) for g in frame.labels]
            hits = sum(label in g for label, g in zip(picked, gold))
            cells.append(f"{hits}/{len(gold)}" if set_name == "seed" else f"{hits / len(gold):.3f}")
            if set_name == "challenge":
                is_none, said_none = np.array(["none" in g for g in gold]), np.array(picked) == "none"
                cells.append(f"{2 * (is_none & said_none).sum() / (is_none.sum() + said_none.sum()):.3f}")
        print(f"{name:16} {cells[0]:>9} {cells[1]:>8} {cells[2]:>7} {cells[3]:>6}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())

"""American spelling, measured: python benchmarks/spelling.py

The corpus is written in British English. This script rewrites the challenge set and the
probes in American spelling (each word the ``spelling`` option reads as British, written
back the American way: "defence" is "defense", "prioritise" "prioritize"; "Labour", a
party's name, stays) and scores them, and the originals, with two models trained on the
corpus: with ``spelling=True`` (the default) and ``spelling=False``. For each set it prints
top-1 in gold and stance accuracy (on statements with a gold stance whose primary label the
model got right) on the originals, and on the statements the rewrite changed, before and
after it. The README's "American and British spelling" quotes it. Deterministic; about 15
seconds on two cores (14.6 s on 2026-12-02, other work running).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import stance  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.spelling import american_to_british  # noqa: E402
from stance.tables import read_table  # noqa: E402

_WORD = re.compile(r"[A-Za-z]+")


def american(text: str, table: dict[str, str]) -> str:
    """``text`` with each word the option would respell written the American way, its first
    capital kept. Several American forms can share a British one ("program" and "programme"
    are one when read); the rewrite takes the first the map lists."""
    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        if word == "Labour":
            return word
        found = table.get(word.lower())
        if found is None:
            return word
        return found[0].upper() + found[1:] if word[0].isupper() else found

    return _WORD.sub(rewrite, text)


def accuracy(model: stance.StanceModel, texts: list[str], labels: list[str], stances: list) -> tuple[float, float]:
    """Top-1 in gold, and stance accuracy where the primary label is the gold one."""
    predictions = model.classify_many(texts)
    top = [p.label in parse_label_set(gold) for p, gold in zip(predictions, labels)]
    right = [p.stance == gold_stance for p, gold, gold_stance in zip(predictions, labels, stances)
             if gold_stance in ("favor", "against") and p.label == gold.split("|")[0]]
    return sum(top) / len(top), sum(right) / len(right)


def main() -> int:
    table: dict[str, str] = {}
    for american_form, british_form in american_to_british().items():
        table.setdefault(british_form, american_form)
    corpus = read_table(ROOT / "datasets" / "corpus")
    models = {flag: stance.train(corpus, stance_column="stance", spelling=flag) for flag in (False, True)}
    for name in ("challenge", "probes"):
        data = read_table(ROOT / "datasets" / name)
        data = data[data.text.notna()]
        rewritten = [american(text, table) for text in data.text]
        changed = [i for i, (old, new) in enumerate(zip(data.text, rewritten)) if old != new]
        labels, stances = data.labels.tolist(), data.stance.tolist()
        print(f"{name}: {len(data)} statements, {len(changed)} changed by the rewrite")
        for flag, model in models.items():
            original = accuracy(model, data.text.tolist(), labels, stances)
            before = accuracy(model, [data.text.iloc[i] for i in changed], [labels[i] for i in changed],
                              [stances[i] for i in changed])
            after = accuracy(model, [rewritten[i] for i in changed], [labels[i] for i in changed],
                             [stances[i] for i in changed])
            print(f"  spelling={flag!s:5}  originals: top-1 {original[0]:.4f} stance {original[1]:.4f} | changed, "
                  f"British: top-1 {before[0]:.4f} stance {before[1]:.4f}; American: top-1 {after[0]:.4f} "
                  f"stance {after[1]:.4f}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which trains two models first
    raise SystemExit(main())

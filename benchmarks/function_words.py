"""Grammatical words kept out of the label heads, measured: python benchmarks/function_words.py

The corpus's `none` rows use grammatical words more than its on-topic rows ("the" is 8.7%
of their words against 6.1%): many are long news and press sentences about other matters,
while on-topic rows lean to first-person opinion. The `none` head has "in" and "the"
among its strongest features, which pushes on-topic news sentences towards `none`.

This script trains the model as it is and two variants whose label heads do not read
closed-class words (articles, prepositions, conjunctions, auxiliaries, pronouns other
than "we", "our" and "us"; no stance-bearing word such as not, no, never, all, alone,
together or against): ``unigrams`` leaves out the words alone, ``pairs`` also the word
pairs made only of them. The stance head reads everything in all three. For each it
prints the build's protocol (held out, leave one register out, challenge set, seed) and
which challenge and probe statements changed their top label, by register. The datasheet
quotes it (not adopted). Takes about seven minutes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "datasets"))

import pandas as pd  # noqa: E402

import stance  # noqa: E402
import stance.parameters  # noqa: E402
import stance.training  # noqa: E402
from stance.data import parse_label_set  # noqa: E402
from stance.text import shared_stemmer  # noqa: E402

import build  # noqa: E402
import validate  # noqa: E402

CLOSED_CLASS = (
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into",
    "onto", "as", "and", "or", "is", "are", "was", "were", "be", "been", "being", "it", "its",
    "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his",
    "her", "him", "has", "have", "had", "do", "does", "did", "about", "which", "who", "whom",
    "whose", "what", "when", "where", "than", "then", "so", "if", "whether", "also", "just",
    "very", "i", "you", "your", "my", "me",
)
VARIANTS = ("as it is", "unigrams", "pairs")
SHOWN = ("top1_in_gold", "macro_f1", "none_f1", "stance_f_avg")

_stem = shared_stemmer()
_closed = {_stem(word) for word in CLOSED_CLASS}
_label_column_mask = stance.parameters.label_column_mask
_variant = [VARIANTS[0]]


def _mask(vocabulary: list[str], stance_only: tuple[str, ...]) -> np.ndarray | None:
    kept = _label_column_mask(vocabulary, stance_only)
    if _variant[0] == "unigrams":
        closed = np.array([term in _closed for term in vocabulary])
    elif _variant[0] == "pairs":
        closed = np.array([all(word in _closed for word in term.split()) for term in vocabulary])
    else:
        return kept
    return (np.ones(len(vocabulary), dtype=bool) if kept is None else kept) & ~closed


# Both the training and a fitted model's parameters ask this function which columns the
# label heads read, so the variants predict as they were trained.
stance.parameters.label_column_mask = _mask
stance.training.label_column_mask = _mask


def main() -> int:
    corpus = validate.load_corpus()
    seeds = pd.read_csv(ROOT / "seeds" / "seed_statements.csv", dtype=str, keep_default_na=False)
    challenge = validate.load_corpus(build.HERE / "challenge")
    probes = build.load_probes()
    outside = pd.concat([challenge, *probes.values()], ignore_index=True)
    gold = [parse_label_set(value) for value in outside.labels]
    right = {}
    print("| variant | split | " + " | ".join(SHOWN) + " |")
    print("|---|---|" + "---|" * len(SHOWN))
    for name in VARIANTS:
        _variant[0] = name
        results = build.run_protocol(corpus, seeds, challenge, probes)
        for split, key in (("held out", "held_out"), ("LORO", "leave_one_register_out"), ("challenge", "challenge")):
            metrics = results[key]["metrics"]
            print(f"| {name} | {split} | " + " | ".join(f"{metrics[m]:.4f}" for m in SHOWN) + " |")
        print(f"| {name} | seed top-1 | {results['seed']['top1_hits']}/{len(seeds)} |")
        model = stance.train(corpus, stance_column="stance")
        right[name] = np.array([p.label in g for p, g in zip(model.classify_many(outside.text.tolist()), gold)])
    off_topic = np.array([labels == ("none",) for labels in gold])
    for name in VARIANTS[1:]:
        gained, lost = ~right[VARIANTS[0]] & right[name], right[VARIANTS[0]] & ~right[name]
        print(f"\n{name}: of {len(outside)} challenge and probe statements, top label gained "
              f"{gained.sum()}, lost {lost.sum()}")
        for register in sorted(outside.register.unique()):
            rows = (outside.register == register).to_numpy()
            print(f"  {register:11s} on-topic +{(gained & rows & ~off_topic).sum()} "
                  f"-{(lost & rows & ~off_topic).sum()}   none +{(gained & rows & off_topic).sum()} "
                  f"-{(lost & rows & off_topic).sum()}")
    return 0


if __name__ == "__main__":
    from measure import script_arguments

    script_arguments(__doc__)  # --help describes the run, which takes minutes
    raise SystemExit(main())
